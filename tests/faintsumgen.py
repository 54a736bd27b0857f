"""Pay stubs whose summary figures stand under labels too small and pale to read (branch r23-lines; independent set
18's Kamloops mill stub photo: the grey "Gross earnings / Total deductions / Net pay" over its summary boxes were
lost to OCR, its net pay not found and its gross taken from three of its four earnings rows).

An earnings table (hours, rate, current, year to date) on the left, a deductions table (current only) on the right
of the same rows and below them, then a row of boxes: gross, total deductions, net, the deposit. The boxes' labels
are printed in 4.5 pt light grey; the figures in 10 pt black. Written for branch r23-lines; it shares no code or
wording with packet. Everything comes from a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EARNINGS = ["Regular hours", "Overtime", "Night differential", "Holiday pay", "Call-in pay"]
DEDUCTIONS = ["Income tax", "Pension plan", "Employment insurance", "Health plan", "Union dues", "Parking",
              "Life insurance", "Charity"]
MILLS = ["NORTHFORK TIMBER PRODUCTS LTD.", "ASHCROFT VENEER WORKS INC.", "CLEARWATER PULP & BOARD LTD."]


@dataclass
class Stub:
    image: Image.Image
    gross: Decimal
    net: Decimal


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def faint_summary_stub(seed: int, dpi: int = 200) -> Stub:
    rnd = random.Random(seed)
    w, h = round(8.5 * dpi), round(6 * dpi)
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, round(8.5 / 72 * dpi))
    fb = ImageFont.truetype(BOLD, round(12 / 72 * dpi))
    fig = ImageFont.truetype(SANS, round(10 / 72 * dpi))
    faint = ImageFont.truetype(SANS, round(4.5 / 72 * dpi))

    def right_at(x: int, y: int, text: str, font=f, fill=20) -> None:
        d.text((x - d.textlength(text, font=font), y), text, font=font, fill=fill)

    d.text((round(0.4 * dpi), round(0.3 * dpi)), rnd.choice(MILLS), font=fb, fill=20)
    d.text((round(5.6 * dpi), round(0.35 * dpi)), "PAY STUB", font=fb, fill=20)
    d.text((round(0.4 * dpi), round(0.6 * dpi)), f"Pay period 2026-{rnd.randint(1, 9):02d}-01 to end of month",
           font=f, fill=20)
    y = round(0.9 * dpi)
    cols = [round(x * dpi) for x in (2.3, 2.9, 3.7, 4.5)]
    for x, t in zip(cols, ("Hours", "Rate", "Current", "YTD"), strict=True):
        right_at(x, y, t)
    d.text((round(0.4 * dpi), y), "Earnings", font=f, fill=20)
    d.text((round(4.9 * dpi), y), "Deductions", font=f, fill=20)
    right_at(round(8.1 * dpi), y, "Current")
    pitch = round(0.19 * dpi)
    earnings = []
    for name in rnd.sample(EARNINGS, rnd.randint(3, 4)):
        hours = Decimal(rnd.choice([8, 16, 24, 40, 80, 120, 160]))
        rate = Decimal(rnd.randint(1800, 4200)) / 100
        earnings.append((name, hours, rate, (hours * rate).quantize(Decimal("0.01"))))
    gross = sum((e[3] for e in earnings), Decimal(0))
    # the deductions take 15-35 % of the gross, as a stub's taxes, pension and insurance do
    names = rnd.sample(DEDUCTIONS, rnd.randint(5, 7))
    shares = [rnd.random() + 0.2 for _ in names]
    part = gross * Decimal(rnd.randint(15, 35)) / 100 / Decimal(str(sum(shares)))
    deductions = [(name, (part * Decimal(str(sh))).quantize(Decimal("0.01"))) for name, sh in zip(names, shares, strict=True)]
    for k in range(max(len(earnings), len(deductions))):
        y += pitch
        if k < len(earnings):
            name, hours, rate, cur = earnings[k]
            d.text((round(0.4 * dpi), y), name, font=f, fill=20)
            for x, v in zip(cols, (f"{hours:.2f}", f"{rate:.2f}", _money(cur), _money(cur * rnd.randint(8, 10))),
                            strict=True):
                right_at(x, y, v)
        if k < len(deductions):
            d.text((round(4.9 * dpi), y), deductions[k][0], font=f, fill=20)
            right_at(round(8.1 * dpi), y, _money(deductions[k][1]))
    total = sum((x[1] for x in deductions), Decimal(0))
    net = gross - total
    y += round(0.35 * dpi)
    boxes = [("Gross earnings", gross), ("Total deductions", total), ("Net pay", net),
             (f"Direct deposit ****{rnd.randint(1000, 9999)}", net)]
    bw = round(1.9 * dpi)
    for k, (label, v) in enumerate(boxes):
        x0 = round(0.4 * dpi) + k * bw
        d.rectangle((x0, y, x0 + bw - 8, y + round(0.45 * dpi)), outline=200, fill=238)
        d.text((x0 + 8, y + 6), label, font=faint, fill=175)
        right_at(x0 + bw - 20, y + round(0.2 * dpi), _money(v), font=fig)
    return Stub(img, gross, net)
