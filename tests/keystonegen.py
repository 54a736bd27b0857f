"""Statement pages scanned from a sheet that did not lie flat: its rows fan out (branch r23-lines).

A sheet held a little off the glass at its right edge (or photographed a little from its left) comes out with its
right edge shorter than its left: the rows above the middle of the table run downhill to the right, the rows below it
uphill, so the page as a whole has no tilt to straighten, yet the figure at the right end of the table's last row
stands higher than the words at its left end. Each page prints a credit union's header, a table of description,
withdrawals, deposits and balance, an opening and a closing balance row.

Written for branch r23-lines; it shares no code or wording with packet. Everything comes from a seeded
``random.Random``; fonts are DejaVu (installed with the test requirements).
"""

from __future__ import annotations

import random
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PAYEES = ["Grocer #4411", "Hydro utility debit", "ATM cash Riverside", "Phone plan autopay", "Fuel stop 19",
          "Transfer from K. Amadi", "Pharmacy 2210", "Bus pass renewal", "Insurance premium", "Library fine"]
UNIONS = ["Larchmere Community Credit Union", "Fenwick Valley Savings Co-operative", "Ostrander Workers Credit Union"]


def fanned_statement(seed: int, keystone: float, dpi: int = 150) -> tuple[Image.Image, Decimal]:
    """A letter-size statement page at ``dpi`` whose right edge is shorter than its left by ``2 * keystone`` of the
    table's reach from its middle row, and the closing balance it prints."""
    rnd = random.Random(seed)
    w, h = round(8.5 * dpi), round(11 * dpi)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, round(9.5 / 72 * dpi))
    fb = ImageFont.truetype(BOLD, round(13 / 72 * dpi))
    left, right = round(0.9 * dpi), round(7.7 * dpi)
    d.text((left, round(0.7 * dpi)), rnd.choice(UNIONS), font=fb, fill=0)
    d.text((left, round(1.05 * dpi)), f"Statement of account  -  Everyday chequing {rnd.randint(1000, 9999)}-"
           f"{rnd.randint(100000, 999999)}", font=f, fill=0)
    y = round(1.6 * dpi)
    for x, t in ((left, "Description"), (right - round(2.6 * dpi), "Withdrawals"),
                 (right - round(1.4 * dpi), "Deposits")):
        d.text((x, y), t, font=f, fill=0)
    d.text((right - d.textlength("Balance", font=f), y), "Balance", font=f, fill=0)
    bal = Decimal(rnd.randint(300000, 900000)) / 100
    pitch = round(0.3 * dpi)
    top = y
    y += pitch
    rows: list[tuple[str, Decimal | None, Decimal]] = [("Opening balance", None, bal)]
    for p in rnd.sample(PAYEES, 7):
        amt = Decimal(rnd.randint(1000, 40000)) / 100
        bal = bal - amt if rnd.random() < 0.7 else bal + amt
        rows.append((p, amt, bal))
    rows.append(("Closing balance", None, bal))
    for desc, amt, b in rows:
        d.text((left, y), desc, font=f, fill=0)
        if amt is not None:
            s = f"{amt:,.2f}"
            d.text((right - round(1.6 * dpi) - d.textlength(s, font=f), y), s, font=f, fill=0)
        s = f"{b:,.2f}"
        d.text((right - d.textlength(s, font=f), y), s, font=f, fill=0)
        y += pitch
    # the right edge squeezed towards the table's middle: QUAD maps the source quadrilateral (upper left, lower
    # left, lower right, upper right) onto the whole image
    yc, s = (top + y) / 2, 1 + keystone
    img = img.transform((w, h), Image.Transform.QUAD, (0, 0, 0, h, w, yc + (h - yc) * s, w, yc - yc * s),
                        resample=Image.Resampling.BICUBIC, fillcolor=255)
    return img, bal
