"""A savings passbook photographed open on both leaves (branch r23-passbook), drawn with PIL for the tests.

Each leaf prints its pre-printed heads and numbered printing lines (1 … 12 on the left leaf, 13 … 24 on the right);
the printer fills lines with rows dated by digits run together (yymmdd), what, out, in, balance and a teller's code.
The left leaf's last lines hold the older rows, the right leaf's first lines the newer ones, so a reading line by
line across both leaves meets the newer rows first. ``chained=False`` draws the same page whose last column does
not follow from the amounts (a look-alike: a stock book's counts). Shares nothing with packet's code."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


@dataclass
class Book:
    image: Image.Image
    closing: Decimal
    first: date
    last: date
    card: str | None = None


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def open_passbook(seed: int, chained: bool = True) -> Book:
    """Two leaves side by side; the older rows on the left leaf's last lines, the rest on the right leaf's first
    lines (a passbook's card number, 19 digits, printed over them). Returns the picture, the last balance, the
    first and last rows' dates and the card number (None for the look-alike)."""
    rng = random.Random(f"leaves-{seed}-{chained}")
    w, h = 2000, 1300
    img = Image.new("RGB", (w, h), (40, 36, 32))
    d = ImageDraw.Draw(img)
    head, small, mono = ImageFont.truetype(CJK, 30), ImageFont.truetype(CJK, 16), ImageFont.truetype(MONO, 24)
    org = rng.choice(["青山县农村信用合作联社", "河口市农村商业银行", "平川县邮政储蓄银行"] if chained
                     else ["青山县五金杂货商店", "河口市粮油批发部"])
    heads = ["日期", "摘要", "支出", "存入", "余额"] if chained else ["日期", "品名", "出库", "入库", "结存"]
    leaves = [(60, 990), (1010, 1940)]
    for x0, x1 in leaves:
        d.rectangle((x0, 40, x1, 1260), fill=(236, 226, 200))
        d.text(((x0 + x1) // 2, 70), org, font=head, fill=(90, 60, 40), anchor="ma")
        for k, word in enumerate(heads):
            d.text((x0 + 60 + k * 170, 140), word, font=head, fill=(90, 60, 40))
    words_out, words_in = (["取现", "转支", "代缴"], ["存现", "代发", "结息"]) if chained else \
        (["铁钉", "水管", "电线"], ["灯泡", "胶带", "螺丝"])
    n_left, n_right = rng.randint(2, 3), rng.randint(5, 6)
    day = date(2026, rng.randint(7, 8), rng.randint(1, 20))
    bal = Decimal(rng.randint(800, 3000)) + Decimal(rng.randint(0, 99)) / 100
    rows = []
    for _ in range(n_left + n_right):
        day += timedelta(days=rng.randint(2, 9))
        if rng.random() < 0.6 and bal > 500:
            amt = -(Decimal(rng.randint(50, 450)) + Decimal(rng.choice([0, 50])) / 100)
            what = rng.choice(words_out)
        else:
            amt = Decimal(rng.randint(100, 2500)) + Decimal(rng.randint(0, 99)) / 100
            what = rng.choice(words_in)
        bal += amt
        shown = bal if chained else bal + Decimal(rng.randint(3, 90))
        rows.append((day, what, amt, shown))
    placed = [(12 - n_left + 1 + k, r) for k, r in enumerate(rows[:n_left])] + \
             [(13 + k, r) for k, r in enumerate(rows[n_left:])]
    for line in range(1, 25):
        x0, x1 = leaves[0] if line <= 12 else leaves[1]
        y = 230 + ((line - 1) % 12) * 82
        d.line((x0 + 40, y + 50, x1 - 30, y + 50), fill=(150, 120, 90), width=2)
        d.text((x0 + 12, y + 10), str(line), font=small, fill=(110, 90, 70))
    card = None
    if chained:  # the card the book goes with, printed over the right leaf's first line
        card = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
        d.text((leaves[1][0] + 45, 195), card, font=ImageFont.truetype(MONO, 18), fill=(60, 50, 40))
    for line, (day, what, amt, shown) in placed:
        x0, _ = leaves[0] if line <= 12 else leaves[1]
        y = 230 + ((line - 1) % 12) * 82
        d.text((x0 + 45, y), f"{day:%y%m%d}", font=mono, fill=(30, 30, 60))
        d.text((x0 + 230, y - 4), what, font=head, fill=(30, 30, 60))
        col = x0 + 400 if amt < 0 else x0 + 570
        d.text((col, y), _money(abs(amt)), font=mono, fill=(30, 30, 60))
        d.text((x0 + 740, y), _money(shown), font=mono, fill=(30, 30, 60))
    return Book(img, rows[-1][3], rows[0][0], rows[-1][0], card)
