"""Eye-care and pharmacy invoices photographed with a thumb over their totals column (branch r23-lines; independent
set 18's Hobart optometrist photo: its total under a thumb, the items' sum not taken because an item bulk-billed at
0.00 and a lens's "1.67" index counted as amounts the sum left out).

An invoice header, a table of items (description with a measure in it, a code, an amount; the first item at 0.00),
then the totals' labels at the right with their figures covered by a skin-coloured blot. Written for branch
r23-lines; it shares no code or wording with packet. Everything comes from a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CLINICS = ["Battery Point Vision Care", "Kingston Beach Optical", "Derwent Eye Centre"]
PATIENTS = ["Ottilie Brandsma", "Ruairi McAlinden", "Precious Nkabinde"]
ITEMS = [("Progressive lenses, index {m}, pair", "PL{c}"), ("Contact lens trial, power {m}, box", "CL{c}"),
         ("Tinted lenses, density {m}, pair", "TL{c}"), ("Frame - acetate {c}", "FA{c}"), ("Lens case and cloth", "LC"),
         ("Repair of hinge, {m} mm screw", "RH")]


@dataclass
class Invoice:
    image: Image.Image
    total: Decimal


def covered_invoice(seed: int, dpi: int = 170) -> Invoice:
    rnd = random.Random(seed)
    w, h = round(7 * dpi), round(8 * dpi)
    img = Image.new("RGB", (w, h), (246, 243, 236))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, round(9 / 72 * dpi))
    fb = ImageFont.truetype(BOLD, round(13 / 72 * dpi))
    ink = (25, 25, 30)

    def right_at(x: int, y: int, text: str, font=f) -> None:
        d.text((x - d.textlength(text, font=font), y), text, font=font, fill=ink)

    left, right = round(0.4 * dpi), round(6.6 * dpi)
    d.text((left, round(0.4 * dpi)), rnd.choice(CLINICS), font=fb, fill=(30, 60, 120))
    right_at(right, round(0.4 * dpi), "TAX INVOICE", font=fb)
    y = round(1.0 * dpi)
    for label, value in (("Invoice no.", f"INV-{rnd.randint(10000, 99999)}"), ("Date", f"{rnd.randint(1, 28):02d}/10/2026"),
                         ("Patient", rnd.choice(PATIENTS))):
        d.text((round(3.8 * dpi), y), label, font=f, fill=ink)
        right_at(right, y, value)
        y += round(0.2 * dpi)
    y += round(0.25 * dpi)
    d.text((left, y), "Description", font=f, fill=ink)
    d.text((round(4.0 * dpi), y), "Code", font=f, fill=ink)
    right_at(right, y, "Amount")
    amounts = [Decimal("0.00")]
    rows = [("Eye examination (bulk billed)", "EX01")]
    for text, code in rnd.sample(ITEMS, rnd.randint(3, 4)):
        c = rnd.randint(10, 99)
        rows.append((text.format(m=f"{rnd.randint(100, 199) / 100:.2f}", c=c), code.format(c=c)))
        amounts.append(Decimal(rnd.randint(900, 42000)) / 100)
    for (text, code), amt in zip(rows, amounts, strict=True):
        y += round(0.22 * dpi)
        d.text((left, y), text, font=f, fill=ink)
        d.text((round(4.0 * dpi), y), code, font=f, fill=ink)
        right_at(right, y, f"{amt:,.2f}")
    total = sum(amounts, Decimal(0))
    y += round(0.4 * dpi)
    top = y
    for label in ("Total (incl. GST)", "GST included", "Less health fund benefit", "Balance owing"):
        right_at(round(5.6 * dpi), y, label)
        right_at(right, y, f"{total:,.2f}" if label.startswith("Total") else f"{rnd.randint(100, 9000) / 100:.2f}")
        y += round(0.22 * dpi)
    # the thumb: a rounded blot over the figures of the totals
    d.rounded_rectangle((round(5.75 * dpi), top - 8, w + 40, y + 10), radius=round(0.25 * dpi), fill=(196, 140, 110))
    return Invoice(img, total)
