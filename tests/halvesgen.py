"""Long papers photographed in two parts (user trials 13 and 14): a hospital's itemised bill (zh) and a bank's
statement (en), each drawn whole and cut into a top and a bottom half, each half one A5 sheet and photographed
as a phone photographs it (:func:`photo_forms.photo`); and two separate monthly statements of one account, each
a whole sheet with its own heading and its own opening balance, which must stay two documents.

The words are written here from how Chinese hospitals print a 住院费用清单 and how UK banks print a current
account's statement; they share nothing with packet's vocabulary. Everything is drawn from a seeded
``random.Random``.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from photo_forms import PAGE, Sheet, photo, to_image

HOSPITALS = ["杭州市第三人民医院", "南昌大学第二附属医院", "佛山市中医院", "绵阳市中心医院"]
PATIENTS = ["陈秀兰", "刘建国", "黄丽娟", "周志强"]
ITEMS = [("床位费", "日"), ("护理费", "日"), ("诊查费", "次"), ("血常规检查", "次"), ("肝功能检测", "次"),
         ("胸部CT平扫", "次"), ("静脉输液", "组"), ("氯化钠注射液", "袋"), ("头孢呋辛钠", "支"), ("心电图", "次"),
         ("彩色多普勒超声", "次"), ("换药", "次"), ("吸氧", "小时"), ("雾化吸入", "次"), ("尿常规", "次"),
         ("葡萄糖注射液", "瓶"), ("奥美拉唑肠溶胶囊", "盒"), ("留置针", "个")]
BANKS = ["Northbridge Bank plc", "Harland & Vale Building Society", "Stourport Savings Bank"]
HOLDERS = ["Aisha Kamara", "Tomasz Nowak", "Grace O'Brien", "Olivia Brennan"]
PAYEES = ["Tesco Stores", "Direct debit - Council Tax", "Card payment - Boots", "Transfer from J Kamara",
          "Standing order - Rent", "Card payment - Greggs", "Direct debit - EE Mobile", "Cash machine",
          "Card payment - Sainsbury's", "Faster payment - Octopus Energy", "Card payment - Aldi",
          "Refund - Argos"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _m(v: Decimal) -> str:
    return f"{v:,.2f}"


def bill_halves(seed: int, items: int = 16, cut: int = 9) -> tuple[Sheet, Sheet, dict[str, str]]:
    """A hospital's itemised bill (住院费用清单) of ``items`` rows cut in two after row ``cut``: the top sheet has the
    hospital, the title, the patient and the first rows of the items table; the bottom sheet goes on with rows of
    the same table (no heading of its own) and ends with the total. Returns (top, bottom, truth) with truth's
    provider, patient, date, total. With ``cut`` = ``items`` the top sheet is the whole bill, its total under its
    rows (the bottom sheet is then empty)."""
    rng = random.Random(seed)
    hospital, patient = rng.choice(HOSPITALS), rng.choice(PATIENTS)
    issued = date(2026, 11, rng.randint(3, 20))
    rows = []
    for name, unit in rng.sample(ITEMS, items):
        qty = rng.randint(1, 6)
        price = Decimal(rng.randint(800, 48000)) / 100
        rows.append((name, unit, qty, price, price * qty))
    total = sum((r[4] for r in rows), Decimal(0))
    top, bottom = Sheet("bill-top", "zh"), Sheet("bill-bottom", "zh")
    top.text(210, 48, hospital, 15, "cjk", "centre")
    top.text(210, 74, "住院费用清单", 13, "cjk", "centre")
    top.text(36, 104, f"患者姓名：{patient}", 9, "cjk")
    top.text(230, 104, f"住院号：ZY{rng.randint(10000000, 99999999)}", 9, "cjk")
    top.text(36, 122, f"入院日期：{(issued - timedelta(days=6)).isoformat()}", 9, "cjk")
    top.text(230, 122, f"开票日期：{issued.isoformat()}", 9, "cjk")
    cols = (36, 200, 250, 310, 384)

    def head(s: Sheet, y: float) -> None:
        s.hline(30, 390, y - 13)
        for x, t in zip(cols, ("项目名称", "单位", "数量", "单价"), strict=False):
            s.text(x, y, t, 9, "cjk")
        s.text(cols[4], y, "金额", 9, "cjk", "right")
        s.hline(30, 390, y + 6)

    def row(s: Sheet, y: float, r: tuple) -> None:
        s.text(cols[0], y, r[0], 9, "cjk")
        s.text(cols[1], y, r[1], 9, "cjk")
        s.text(cols[2], y, str(r[2]), 9, "cjk")
        s.text(cols[3], y, _m(r[3]), 9, "cjk")
        s.text(cols[4], y, _m(r[4]), 9, "cjk", "right")

    head(top, 150)
    y = 176
    for r in rows[:cut]:
        row(top, y, r)
        y += 24
    last = top if cut >= items else bottom
    y = y if cut >= items else 40
    for r in rows[cut:]:
        row(bottom, y, r)
        y += 24
    last.hline(30, 390, y - 12)
    last.text(36, y + 8, "合计", 10, "cjk")
    last.text(cols[4], y + 8, _m(total), 10, "cjk", "right")
    last.text(36, y + 40, "收费员：王敏", 9, "cjk")
    last.text(230, y + 40, "（本清单仅供参考）", 9, "cjk")
    truth = {"provider": hospital, "patient": patient, "date": issued.isoformat(), "total": f"{total:.2f}"}
    return top, bottom, truth


def _statement_rows(rng: random.Random, start: date, end: date, opening: Decimal, n: int) -> list[tuple]:
    days = sorted(start + timedelta(days=rng.randint(1, (end - start).days - 1)) for _ in range(n))
    bal, rows = opening, []
    for d in days:
        payee = rng.choice(PAYEES)
        amt = Decimal(rng.randint(350, 42000)) / 100
        money_in = payee.startswith(("Transfer from", "Refund"))
        bal = bal + amt if money_in else bal - amt
        rows.append((d, payee, None if money_in else amt, amt if money_in else None, bal))
    return rows


def _statement_head(s: Sheet, bank: str, holder: str, account: str, start: date, end: date) -> None:
    s.text(36, 44, bank, 14, "sans-bold")
    s.text(36, 66, "Current account statement", 11, "sans")
    s.text(36, 92, "Account holder", 8.5)
    s.text(130, 92, holder, 8.5)
    s.text(36, 108, "Account number", 8.5)
    s.text(130, 108, account, 8.5)
    s.text(36, 124, "Statement period", 8.5)
    s.text(130, 124, f"{start.day} {MONTHS[start.month - 1]} {start.year} to {end.day} {MONTHS[end.month - 1]} "
                     f"{end.year}", 8.5)


COLS = (30, 92, 290, 340, 392)  # date, description (left), money out, money in, balance (right edges)


def _table_head(s: Sheet, y: float) -> None:
    s.hline(26, 396, y - 12)
    s.text(COLS[0], y, "Date", 8, "sans-bold")
    s.text(COLS[1], y, "Description", 8, "sans-bold")
    s.text(COLS[2], y, "Money out", 8, "sans-bold", "right")
    s.text(COLS[3], y, "Money in", 8, "sans-bold", "right")
    s.text(COLS[4], y, "Balance", 8, "sans-bold", "right")
    s.hline(26, 396, y + 6)


def _table_row(s: Sheet, y: float, r: tuple) -> None:
    d, payee, out, inn, bal = r
    s.text(COLS[0], y, f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}", 8)
    s.text(COLS[1], y, payee, 8)
    if out is not None:
        s.text(COLS[2], y, _m(out), 8, "sans", "right")
    if inn is not None:
        s.text(COLS[3], y, _m(inn), 8, "sans", "right")
    s.text(COLS[4], y, _m(bal), 8, "sans", "right")


def statement_halves(seed: int, month: int = 10) -> tuple[Sheet, Sheet, dict[str, str]]:
    """A month's (``month`` of 2026) current-account statement cut in two: the top sheet has the bank, the title, the holder, the
    account, the period, the opening balance and the first rows; the bottom sheet goes on with rows (their balance
    chaining on from the top's last row) and ends with the closing balance. Returns (top, bottom, truth)."""
    rng = random.Random(seed)
    bank, holder = rng.choice(BANKS), rng.choice(HOLDERS)
    account = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} {rng.randint(10000000, 99999999)}"
    start = date(2026, month, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    opening = Decimal(rng.randint(80000, 300000)) / 100
    rows = _statement_rows(rng, start, end, opening, 22)
    top, bottom = Sheet("stmt-top", "en"), Sheet("stmt-bottom", "en")
    _statement_head(top, bank, holder, account, start, end)
    _table_head(top, 156)
    top.text(COLS[0], 178, f"01 {MONTHS[start.month - 1][:3]} {start.year}", 8)
    top.text(COLS[1], 178, "Opening balance", 8)
    top.text(COLS[4], 178, _m(opening), 8, "sans", "right")
    y = 196
    for r in rows[:11]:
        _table_row(top, y, r)
        y += 18
    y = 40
    for r in rows[11:]:
        _table_row(bottom, y, r)
        y += 18
    bottom.hline(26, 396, y - 8)
    closing = rows[-1][4]
    bottom.text(COLS[0], y + 10, f"{end.day} {MONTHS[end.month - 1][:3]} {end.year}", 8)
    bottom.text(COLS[1], y + 10, "Closing balance", 8, "sans-bold")
    bottom.text(COLS[4], y + 10, _m(closing), 8, "sans-bold", "right")
    bottom.text(36, y + 44, "Please check this statement and tell us about anything you do not recognise.", 7)
    truth = {"bank": bank, "account_holder": holder, "period_start": start.isoformat(),
             "period_end": end.isoformat(), "closing_balance": f"{closing:.2f}"}
    return top, bottom, truth


def monthly_statements(seed: int) -> tuple[Sheet, Sheet]:
    """Two whole statements of one account, September then October 2026: each its own heading and opening
    balance (the second's opening is the first's closing), one sheet each."""
    rng = random.Random(seed)
    bank, holder = rng.choice(BANKS), rng.choice(HOLDERS)
    account = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} {rng.randint(10000000, 99999999)}"
    sheets, opening = [], Decimal(rng.randint(80000, 300000)) / 100
    for start, end in ((date(2026, 9, 1), date(2026, 9, 30)), (date(2026, 10, 1), date(2026, 10, 31))):
        s = Sheet("stmt-month", "en")
        _statement_head(s, bank, holder, account, start, end)
        _table_head(s, 156)
        s.text(COLS[0], 178, f"01 {MONTHS[start.month - 1][:3]} {start.year}", 8)
        s.text(COLS[1], 178, "Opening balance", 8)
        s.text(COLS[4], 178, _m(opening), 8, "sans", "right")
        rows = _statement_rows(rng, start, end, opening, 14)
        y = 196
        for r in rows:
            _table_row(s, y, r)
            y += 18
        s.text(COLS[1], y + 10, "Closing balance", 8, "sans-bold")
        s.text(COLS[4], y + 10, _m(rows[-1][4]), 8, "sans-bold", "right")
        sheets.append(s)
        opening = rows[-1][4]
    return sheets[0], sheets[1]


def write_photo(s: Sheet, folder: Path, name: str, seed: int) -> Path:
    """The sheet photographed by a phone (:func:`photo_forms.photo`), saved as ``folder/name.jpg``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    buf = io.BytesIO()
    photo(to_image(s), rng).save(buf, format="JPEG", quality=rng.randint(80, 90))
    path = folder / f"{name}.jpg"
    path.write_bytes(buf.getvalue())
    return path


assert PAGE == (420.0, 595.0)  # the layouts above are drawn for an A5 portrait sheet
