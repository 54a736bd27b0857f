"""A generator of card-account statements that print no credit limit, no minimum payment and no due date — only a
ledger whose running balance purchases push up (what is owed grows with each purchase, a repayment brings it down) —
and of current-account statements whose spending column, headed the same way, brings the balance down.

Written for round 17 (hold-out 12's "Monthly Billing Statement" of a card, typed a bank statement): the words that
say "card" are not on these pages, so only the direction of the balance can tell the two apart. Layouts: a US
"billing statement" (Purchases / Payments / Balance), a UK card account (Charges / Credits / Balance due), a
Chinese 信用卡账单 (消费金额 / 还款金额 / 欠款余额), and for each a current account printing a purchases column that
lowers the balance. Wording written here, from how card issuers and banks print them; drawn with
:mod:`photo_forms`. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet
from photo_forms import TypedSheet as Item

D = Decimal

_EN_MERCHANTS = ["HARBOUR GROCERS", "METRO FUEL 22", "BOOKNOOK ONLINE", "CITY CINEMA", "GREENLEAF PHARMACY",
                 "TRAIN TICKETS", "CORNER BAKERY", "HOMEWARE DEPOT", "STREAMING SUBSCRIPTION"]
_ZH_MERCHANTS = ["美团外卖", "京东商城", "加油站消费", "超市购物", "滴滴出行", "药房购药", "话费充值"]
_EN_HOLDERS = ["Ms. Priya Raman", "Mr. Owen Gallagher", "Ms. Lerato Dube", "Mr. Tomasz Nowak"]
_ZH_HOLDERS = ["王晓梅", "李国强", "赵丽华", "孙志刚"]
_EN_ISSUERS = ["SILVERLINE CARD SERVICES", "Northgate Card Account", "Cobalt Financial", "Ridgeway Money"]


def _m(v: Decimal) -> str:
    return f"{v:,.2f}"


def _owed_rows(rng: random.Random, start: date, n: int) -> tuple[Decimal, list[tuple[date, str, Decimal, Decimal]]]:
    """(previous balance, rows of (day, description, signed amount: + charged, − repaid, balance owed after))."""
    owed = D(rng.randint(200, 1800)) + D(rng.randint(0, 99)) / 100
    first = owed
    rows = []
    day = start
    for k in range(n):
        day += timedelta(days=rng.randint(1, 4))
        if k == n // 2:
            amt = -min(owed, D(rng.randint(100, 600)))
            desc = "PAYMENT RECEIVED THANK YOU"
        else:
            amt = D(rng.randint(5, 300)) + D(rng.randint(0, 99)) / 100
            desc = rng.choice(_EN_MERCHANTS)
        owed += amt
        rows.append((day, desc, amt, owed))
    return first, rows


def _held_rows(rng: random.Random, start: date, n: int) -> tuple[Decimal, list[tuple[date, str, Decimal, Decimal]]]:
    """The same for a current account: + paid in, − spent; the balance held after."""
    held = D(rng.randint(1500, 5000)) + D(rng.randint(0, 99)) / 100
    first = held
    rows = []
    day = start
    for k in range(n):
        day += timedelta(days=rng.randint(1, 4))
        if k == n // 2:
            amt = D(rng.randint(800, 2000))
            desc = "SALARY TRANSFER"
        else:
            amt = -(D(rng.randint(5, 300)) + D(rng.randint(0, 99)) / 100)
            desc = rng.choice(_EN_MERCHANTS)
        held += amt
        rows.append((day, desc, amt, held))
    return first, rows


def us_billing(rng: random.Random, owed: bool, form: str) -> Item:
    """A US-style billing statement: Date / Description / Purchases / Payments / Balance."""
    s = Sheet("us-billing" + ("" if owed else "-current"), "en")
    start = date(2026, rng.randint(1, 9), 1)
    first, rows = (_owed_rows if owed else _held_rows)(rng, start, rng.randint(5, 8))
    s.text(24, 40, _EN_ISSUERS[0] if owed else "Silverline Community Bank", 13, "sans-bold")
    s.text(24, 58, "Monthly Billing Statement" if owed else "Monthly Account Statement", 10)
    s.text(24, 80, rng.choice(_EN_HOLDERS), 8.5)
    s.text(24, 92, "19 Juniper Lane, Springfield, IL 62704", 8.5)
    s.text(24, 104, f"Statement Date: {start + timedelta(days=30):%d %b %Y}", 8.5)
    y = 130
    heads = ("Date", "Description", "Purchases ($)", "Payments ($)", "Balance ($)") if owed else \
        ("Date", "Description", "Purchases ($)", "Deposits ($)", "Balance ($)")
    xs = [24, 80, 270, 335, 400]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "sans-bold", "right" if i >= 2 else "left")
    y += 16
    s.text(xs[0], y, f"{start:%d %b}".upper(), 8)
    s.text(xs[1], y, "Previous Balance", 8)
    s.text(xs[4], y, _m(first), 8, align="right")
    for day, desc, amt, bal in rows:
        y += 14
        s.text(xs[0], y, f"{day:%d %b}".upper(), 8)
        s.text(xs[1], y, desc, 8)
        spent = amt > 0 if owed else amt < 0
        s.text(xs[2] if spent else xs[3], y, _m(abs(amt)), 8, align="right")
        s.text(xs[4], y, _m(bal), 8, align="right")
    return Item(s, form, "other" if owed else "bank_statement")


def uk_card(rng: random.Random, owed: bool, form: str) -> Item:
    """A UK-style account page: Date / Details / Charges / Credits / Balance, dated with the year."""
    s = Sheet("uk-card" + ("" if owed else "-current"), "en")
    start = date(2026, rng.randint(1, 9), 3)
    first, rows = (_owed_rows if owed else _held_rows)(rng, start, rng.randint(5, 8))
    s.text(24, 40, _EN_ISSUERS[1] if owed else "Northgate Building Society", 13, "sans-bold")
    s.text(24, 58, "Your account this month", 10)
    s.text(24, 80, rng.choice(_EN_HOLDERS), 8.5)
    s.text(24, 92, "Flat 2, 41 Mill Road, Leeds LS6 2AB", 8.5)
    y = 128
    heads = ("Date", "Details", "Charges", "Credits", "Balance") if owed else \
        ("Date", "Details", "Card purchases", "Paid in", "Balance")
    xs = [24, 90, 275, 335, 400]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "sans-bold", "right" if i >= 2 else "left")
    y += 16
    s.text(xs[0], y, f"{start:%d/%m/%Y}", 8)
    s.text(xs[1], y, "Balance from last statement", 8)
    s.text(xs[4], y, _m(first), 8, align="right")
    for day, desc, amt, bal in rows:
        y += 14
        s.text(xs[0], y, f"{day:%d/%m/%Y}", 8)
        s.text(xs[1], y, desc.title(), 8)
        spent = amt > 0 if owed else amt < 0
        s.text(xs[2] if spent else xs[3], y, _m(abs(amt)), 8, align="right")
        s.text(xs[4], y, _m(bal), 8, align="right")
    return Item(s, form, "other" if owed else "bank_statement")


def zh_card(rng: random.Random, owed: bool, form: str) -> Item:
    """A Chinese card account's bill: 交易日期 / 交易摘要 / 消费金额 / 还款金额 / 欠款余额 (or a debit account's
    交易日期 / 摘要 / 消费金额 / 存入金额 / 账户余额)."""
    s = Sheet("zh-card" + ("" if owed else "-current"), "zh")
    start = date(2026, rng.randint(1, 9), 1)
    first, rows = (_owed_rows if owed else _held_rows)(rng, start, rng.randint(5, 8))
    s.text(24, 40, "星河银行" + ("信用卡账单" if owed else "借记卡账户对账单"), 13, "cjk")
    s.text(24, 62, f"客户姓名：{rng.choice(_ZH_HOLDERS)}", 9, "cjk")
    s.text(220, 62, f"账单日：{start + timedelta(days=30):%Y-%m-%d}", 9, "cjk")
    y = 96
    heads = ("交易日期", "交易摘要", "消费金额", "还款金额", "欠款余额") if owed else \
        ("交易日期", "摘要", "消费金额", "存入金额", "账户余额")
    xs = [24, 100, 275, 335, 400]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8.5, "cjk", "right" if i >= 2 else "left")
    y += 16
    s.text(xs[0], y, f"{start:%Y-%m-%d}", 8.5)
    s.text(xs[1], y, "上期余额", 8.5, "cjk")
    s.text(xs[4], y, _m(first), 8.5, align="right")
    for day, _desc, amt, bal in rows:
        y += 15
        s.text(xs[0], y, f"{day:%Y-%m-%d}", 8.5)
        repaid = amt < 0 if owed else amt > 0
        s.text(xs[1], y, ("还款" if owed else "工资") if repaid else rng.choice(_ZH_MERCHANTS), 8.5, "cjk")
        spent = amt > 0 if owed else amt < 0
        s.text(xs[2] if spent else xs[3], y, _m(abs(amt)), 8.5, align="right")
        s.text(xs[4], y, _m(bal), 8.5, align="right")
    return Item(s, form, "other" if owed else "bank_statement")


LAYOUTS = (us_billing, uk_card, zh_card)


def generate(seed: int, forms: tuple[str, ...] = ("text",)) -> list[Item]:
    """Every layout, owed and held, in each of ``forms`` (photo_forms.FORMS)."""
    rng = random.Random(seed)
    return [lay(rng, owed, form) for lay in LAYOUTS for owed in (True, False) for form in forms]
