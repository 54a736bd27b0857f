"""Account listings printed with no header row, drawn as pictures: banking-app screens (English and Chinese, light
and dark, newest entry first, each entry over two lines), passbook pages as a passbook printer fills them (fixed
columns in a monospaced face, dd-mm-yy dates, withdrawal/deposit columns or an amount marked Dr/Cr, no heads) and
look-alikes with a dated running figure that are no bank statement (a tenant's rent account, a loan's repayment
schedule, a loyalty-points history, a prepaid phone's top-up history).

Written for branch r18-ledger; it shares no code or wording with packet: the labels and descriptions below were
written from how such screens and passbooks look, not copied from ``checklists/``. Everything comes from a seeded
``random.Random``: the same arguments give the same picture. :func:`photo` degrades a picture as a phone camera does
(a slight turn, uneven light, blur, JPEG).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

SCREEN = (900, 1950)  # a phone screenshot, pixels
CENT = Decimal("0.01")


@dataclass
class Picture:
    """One generated picture and what a reader should find in it: ``kind`` (bank_statement or other), and for a
    statement its ``closing`` balance (the newest entry's), the first and last entry dates and the account tail."""

    image: Image.Image
    kind: str
    closing: Decimal | None = None
    first: date | None = None
    last: date | None = None
    tail: str | None = None
    bank: str | None = None
    notes: dict = field(default_factory=dict)


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _fmt(v: Decimal, sign: bool = False) -> str:
    s = f"{abs(v):,.2f}"
    if sign:
        return ("+" if v > 0 else "-") + s
    return s


def _walk(rng: random.Random, n: int, start: date, moves: list[str], incomes: list[str]) -> list[tuple[date, str, Decimal, Decimal]]:
    """``n`` entries oldest first: (day, what, signed amount, balance after), days strictly rising."""
    bal = Decimal(rng.randint(800, 3000)) + Decimal(rng.randint(0, 99)) / 100
    day = start
    out = []
    for k in range(n):
        day = day + timedelta(days=rng.randint(1, 4))
        if k in (2, 6) or rng.random() < 0.12:
            amt = Decimal(rng.randint(900, 3200)) + Decimal(rng.randint(0, 99)) / 100
            what = rng.choice(incomes)
        else:
            amt = -(Decimal(rng.randint(5, 420)) + Decimal(rng.randint(0, 99)) / 100)
            if bal + amt < 20:
                amt = -(bal / 4).quantize(CENT)
            what = rng.choice(moves)
        bal = (bal + amt).quantize(CENT)
        out.append((day, what, amt, bal))
    return out


EN_BANKS = ["Harbourline Bank", "Kestrel Valley Credit Union", "Moana Trust Bank", "Palmgrove Savings and Loan"]
ZH_BANKS = ["青禾农商银行", "临江村镇银行", "东岭农村商业银行"]
EN_MOVES = ["Card purchase SUNMART", "ATM cash out MAIN ST", "Transfer to J KOROI", "Power bill PACIFIC ENERGY",
            "Grocer FRESHWAY", "Pharmacy CORNER CARE", "Fuel TOTALSTOP", "Phone bill TELEMO"]
EN_IN = ["Salary ISLAND PORTS AUTHORITY", "Deposit from S TUILAGI", "Wages HARBOUR FISHERIES"]
ZH_MOVES = ["快捷支付-美食外卖", "扫码付款-生鲜超市", "转账-郑小禾", "取现-城南网点", "缴费-自来水公司", "消费-平价药房"]
ZH_IN = ["工资-临江机械厂", "转入-罗文斌", "代发-青禾物流"]


def _canvas(dark: bool) -> tuple[Image.Image, ImageDraw.ImageDraw, str, str]:
    bg, fg, dim = ((22, 24, 28), (236, 236, 236), (160, 164, 170)) if dark else ((250, 250, 250), (20, 20, 20), (105, 108, 112))
    img = Image.new("RGB", SCREEN, bg)
    return img, ImageDraw.Draw(img), fg, dim


def app_screen(seed: int, lang: str = "en", dark: bool = False, layout: str = "amount_above") -> Picture:
    """A banking app's list of entries, newest first, no header row and no period printed. ``layout``
    "amount_above": what and the signed amount on the upper line, the day and the balance after it below;
    "balance_below": the day, what and the amount on the upper line, the balance alone below."""
    rng = random.Random(f"app-{seed}-{lang}-{dark}-{layout}")
    zh = lang == "zh"
    face = CJK_FONT if zh else SANS
    img, d, fg, dim = _canvas(dark)
    big, mid, small = _font(face, 44), _font(face, 34), _font(face, 30)
    bank = rng.choice(ZH_BANKS if zh else EN_BANKS)
    tail = f"{rng.randint(1000, 9999)}"
    rows = _walk(rng, rng.randint(8, 9), date(2026, 9, rng.randint(10, 20)), ZH_MOVES if zh else EN_MOVES,
                 ZH_IN if zh else EN_IN)
    d.text((40, 30), "9:41", font=small, fill=fg)
    d.text((SCREEN[0] // 2, 120), "交易明细" if zh else "Activity", font=big, fill=fg, anchor="mm")
    d.text((SCREEN[0] // 2, 185), bank, font=mid, fill=dim, anchor="mm")
    d.text((50, 260), f"储蓄卡 尾号{tail}" if zh else f"Everyday Account  **** {tail}", font=mid, fill=fg)
    y = 360
    for day, what, amt, bal in reversed(rows):  # newest first
        when = f"{day:%Y-%m-%d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}" if zh else f"{day.day} {day:%b}"
        balance = f"余额 {_fmt(bal)}" if zh else f"Bal ${_fmt(bal)}"
        amount = _fmt(amt, sign=True) if zh else ("+" if amt > 0 else "-") + "$" + _fmt(amt)
        if layout == "amount_above":
            d.text((50, y), what, font=mid, fill=fg)
            d.text((SCREEN[0] - 50, y), amount, font=mid, fill=fg, anchor="ra")
            d.text((50, y + 52), when, font=small, fill=dim)
            d.text((SCREEN[0] - 50, y + 52), balance, font=small, fill=dim, anchor="ra")
        else:
            d.text((50, y), f"{when}  {what}", font=mid, fill=fg)
            d.text((SCREEN[0] - 50, y), amount, font=mid, fill=fg, anchor="ra")
            d.text((SCREEN[0] - 50, y + 52), balance, font=small, fill=dim, anchor="ra")
        d.line((50, y + 112, SCREEN[0] - 50, y + 112), fill=dim, width=1)
        y += 150
    return Picture(img, "bank_statement", rows[-1][3], rows[0][0], rows[-1][0], tail, bank)


def passbook(seed: int, style: str = "wd") -> Picture:
    """A passbook page as the printer fills it: an account line on top, then one row per entry in fixed columns,
    "dd-mm-yy", what, then withdrawal and deposit columns (``style`` "wd") or one amount with Dr or Cr after it
    ("drcr"), then the balance and a teller's code. No heads: they are pre-printed on the book, off this picture."""
    rng = random.Random(f"book-{seed}-{style}")
    img = Image.new("RGB", (1700, 1150), (246, 241, 226))
    d = ImageDraw.Draw(img)
    f = _font(MONO, 32)
    bank = rng.choice(["CORAL COAST SAVINGS BANK", "Lagoon Mutual Bank", "HIGHVELD PEOPLES BANK"])
    d.text((850, 40), bank, font=_font(SANS_BOLD, 34), fill=(20, 70, 120), anchor="ma")  # pre-printed on the page
    rows = _walk(rng, rng.randint(8, 10), date(2026, 9, rng.randint(1, 20)),
                 ["CASH WDL", "TRF OUT", "CHQ 000" + str(rng.randint(100, 999)), "STANDING ORDER", "SVC FEE"],
                 ["CASH DEP", "SALARY CREDIT", "REMITTANCE IN"])
    acct = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
    d.text((60, 120), f"ACCT {acct}   PAGE {rng.randint(2, 19):02d}", font=f, fill=(20, 20, 40))
    y = 200
    for day, what, amt, bal in rows:
        if style == "wd":
            wd, dep = (_fmt(amt), "") if amt < 0 else ("", _fmt(amt))
            line = f"{day:%d-%m-%y}  {what:<16}{wd:>11}  {dep:>11}  {_fmt(bal):>12}  T{rng.randint(1, 9):02d}"
        else:
            mark = "Dr" if amt < 0 else "Cr"
            line = f"{day:%d-%m-%y}  {what:<16}{_fmt(amt):>11} {mark}  {_fmt(bal):>12}  T{rng.randint(1, 9):02d}"
        d.text((60, y), line, font=f, fill=(15, 15, 50))
        y += 86
    return Picture(img, "bank_statement", rows[-1][3], rows[0][0], rows[-1][0], acct[-4:], bank)


def _listing(title: str, top: list[str], rows: list[tuple[str, str, str]], seed: str) -> Image.Image:
    """A screen of entries over two lines: (upper left, upper right, lower line), under a title and lines on top."""
    img, d, fg, dim = _canvas(False)
    big, mid, small = _font(SANS_BOLD, 42), _font(SANS, 32), _font(SANS, 29)
    d.text((SCREEN[0] // 2, 110), title, font=big, fill=fg, anchor="mm")
    y = 190
    for t in top:
        d.text((50, y), t, font=mid, fill=fg)
        y += 55
    y += 40
    for left, right, low in rows:
        d.text((50, y), left, font=mid, fill=fg)
        d.text((SCREEN[0] - 50, y), right, font=mid, fill=fg, anchor="ra")
        d.text((50, y + 50), low, font=small, fill=dim)
        y += 135
    return img


def rent_account(seed: int) -> Picture:
    """A tenant's rent account in a letting agent's app: rent charged and rent paid, the arrears after each."""
    rng = random.Random(f"rent-{seed}")
    owed, day, rows = Decimal("0.00"), date(2026, 5, 1), []
    rent = Decimal(rng.choice([650, 720, 880])) + Decimal("0.00")
    for m in range(8):
        day = date(2026, 5 + m // 2, 1 if m % 2 == 0 else rng.randint(3, 9))
        if m % 2 == 0:
            owed += rent
            rows.append((f"Rent due - Unit {rng.randint(2, 14)}", f"+${_fmt(rent)}", f"{day:%d %b %Y}  Arrears ${_fmt(owed)}"))
        else:
            paid = rent - Decimal(rng.randint(0, 120))
            owed -= paid
            rows.append(("Tenant payment received", f"-${_fmt(paid)}", f"{day:%d %b %Y}  Arrears ${_fmt(owed)}"))
    rows.reverse()
    img = _listing("My Tenancy", ["Lettings portal - tenant account", "Property: 7 Wharf Lane, Flat 3",
                                  "Landlord: Coastline Homes"], rows, f"rent-{seed}")
    return Picture(img, "other")


def loan_schedule(seed: int) -> Picture:
    """A loan's repayment schedule: each instalment split into interest and principal, the principal left after it."""
    rng = random.Random(f"loan-{seed}")
    left = Decimal(rng.randint(4000, 9000)) + Decimal("0.00")
    rate = Decimal("0.015")
    pay = (left / 10 + left * rate).quantize(CENT)
    rows = []
    for k in range(8):
        due = date(2026, 1 + k, 15)
        interest = (left * rate).quantize(CENT)
        principal = pay - interest
        left -= principal
        rows.append((f"Instalment {k + 1}  due {due:%d %b %Y}", f"${_fmt(pay)}",
                     f"Interest {_fmt(interest)}  Principal {_fmt(principal)}  Remaining ${_fmt(left)}"))
    img = _listing("Repayment Schedule", ["Personal loan agreement PL-" + str(rng.randint(10000, 99999)),
                                          "Borrower copy - amortisation table", "Fixed rate, monthly instalments"],
                   rows, f"loan-{seed}")
    return Picture(img, "other")


def points_history(seed: int) -> Picture:
    """A loyalty scheme's points history: points earned and redeemed, the points after each."""
    rng = random.Random(f"points-{seed}")
    pts, day, rows = rng.randint(1500, 4000), date(2026, 9, 1), []
    for _ in range(8):
        day += timedelta(days=rng.randint(2, 6))
        move = rng.choice([rng.randint(20, 300), -rng.randint(200, 900)])
        pts += move
        rows.append(("Earned at store" if move > 0 else "Reward redeemed", f"{move:+,} pts",
                     f"{day:%d %b %Y}  Points {pts:,}"))
    rows.reverse()
    img = _listing("Rewards", ["FreshMart Club member", "Points history"], rows, f"points-{seed}")
    return Picture(img, "other")


def topup_history(seed: int) -> Picture:
    """A prepaid phone line's top-ups and bundle purchases, the airtime credit after each."""
    rng = random.Random(f"topup-{seed}")
    credit, day, rows = Decimal(rng.randint(2, 9)) + Decimal("0.50"), date(2026, 9, 2), []
    for _ in range(8):
        day += timedelta(days=rng.randint(1, 5))
        if credit < 6 or rng.random() < 0.4:
            amt = Decimal(rng.choice([5, 10, 20])) + Decimal("0.00")
            what = "Airtime top-up voucher"
        else:
            amt = -Decimal(rng.choice(["1.99", "2.50", "4.99"]))
            what = "Data bundle 1GB"
        credit += amt
        rows.append((what, ("+" if amt > 0 else "-") + f"${_fmt(amt)}", f"{day:%d %b %Y}  Airtime credit ${_fmt(credit)}"))
    rows.reverse()
    img = _listing("My Line", [f"Prepaid mobile 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                               "Top-up and usage history"], rows, f"topup-{seed}")
    return Picture(img, "other")


def photo(img: Image.Image, seed: int) -> Image.Image:
    """The picture as a phone photo of it: turned up to a degree, lit unevenly, a little blurred, JPEG-compressed."""
    rng = random.Random(f"photo-{seed}")
    base = img.convert("RGB")
    w, h = base.size
    shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 5)
    lit = Image.composite(base, Image.new("RGB", (w, h), (70, 70, 70)), shade)
    turned = lit.rotate(rng.uniform(-1.0, 1.0), expand=True, fillcolor=(90, 84, 78), resample=Image.BICUBIC)
    soft = turned.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    soft.save(buf, "JPEG", quality=82)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
