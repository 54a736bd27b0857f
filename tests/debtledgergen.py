"""A generator of ledgers that look like a bank statement and are a debt's (round 21), and of real statements with the
traps that must not be taken for one.

Look-alikes (type "other"): a mortgage's annual statement (Debit / Credit / Balance owed: interest charged raises
the balance, the monthly payment lowers it); a loan's repayment schedule in Chinese (期数 / 还款日 / 本金 / 利息 /
剩余本金: monthly instalments that take the balance to zero) and in English (the first instalments of a longer
plan, printed part-way, so most rows are dated after the page's own date); a card's bill without a running balance,
whose summary is a credit line (limit − available = owed) or a minimum payment below the amount due; a payment
platform's list of a wallet's money in and out, without a balance, under the platform's seal.

Real statements (type "bank_statement"): a savings account (Debit / Credit / Balance: money out lowers the balance),
an overdrawn current account (its balance below zero, printed with a minus), an account whose rows are a loan's
monthly repayments beside the pay that comes in, and a current account whose first page boxes its linked card's
amount due, minimum payment, limit and available credit; a bank's list of money in and out without a balance, under the
bank's seal.

Wording written here from how lenders and banks print these pages; drawn with :mod:`photo_forms`. Deterministic for
a seed. Shares nothing with packet.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet

D = Decimal
C = Decimal("0.01")


@dataclass
class Item:
    """One generated page and the type packet must give it."""

    sheet: Sheet
    form: str
    type: str
    # what makes it no account's page: "balance" (its direction), "plan" (instalments ahead), "summary" (a debt's
    # figures), "wallet" (a flow issued by no bank)
    debt: str = ""


def _m(v: Decimal) -> str:
    return f"{v:,.2f}" if v >= 0 else f"-{-v:,.2f}"


def _month(d: date, k: int) -> date:
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


def _table(s: Sheet, y: float, heads: tuple[str, ...], xs: list[float], rows: list[tuple[str, ...]], font: str = "sans",
           size: float = 8.0, step: float = 14.0) -> float:
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, size, "cjk" if font == "cjk" else "sans-bold", "right" if i >= 2 else "left")
    for row in rows:
        y += step
        for i, cell in enumerate(row):
            if cell:
                s.text(xs[i], y, cell, size, font if (font == "cjk" and i == 1) else "sans", "right" if i >= 2 else "left")
    return y


def mortgage(rng: random.Random, form: str) -> Item:
    """An annual mortgage statement: interest charged under Debit raises the balance owed, payments lower it."""
    s = Sheet("mortgage-annual", "en")
    s.text(24, 40, "Fenwick Vale Building Society", 13, "sans-bold")
    s.text(24, 58, "Yearly statement of your mortgage account", 10)
    s.text(24, 80, rng.choice(["Mr A. Okafor", "Ms R. Lindqvist", "Mrs H. Patel"]), 8.5)
    s.text(24, 92, "Mortgage account 5510-" + str(rng.randint(100000, 999999)), 8.5)
    year = 2025
    owed = D(rng.randint(90000, 220000)) + D(rng.randint(0, 99)) / 100
    rate = D(rng.choice(["0.0031", "0.0036", "0.0040"]))
    pay = (owed * D("0.0062")).quantize(C)
    day = rng.choice([5, 12, 20])
    rows = [(f"01/01/{year}", "Opening balance", "", "", _m(owed))]
    for k in range(1, 10):
        d = date(year, k, day)
        interest = (owed * rate).quantize(C)
        owed += interest
        rows.append((f"{d:%d/%m/%Y}", "Interest added", _m(interest), "", _m(owed)))
        owed -= pay
        rows.append((f"{d:%d/%m/%Y}", "Direct debit received", "", _m(pay), _m(owed)))
    _table(s, 124, ("Date", "Transaction", "Debit", "Credit", "Balance owed"), [24, 84, 262, 326, 396], rows, step=13)
    return Item(s, form, "other", "balance")


def savings(rng: random.Random, form: str, overdrawn: bool = False) -> Item:
    """A savings (or, overdrawn, a current) account: Debit / Credit / Balance, money out lowering the balance."""
    s = Sheet("current-overdrawn" if overdrawn else "savings", "en")
    s.text(24, 40, "Fenwick Vale Building Society" if not overdrawn else "Harrowgate Bank plc", 13, "sans-bold")
    s.text(24, 58, "Current account statement" if overdrawn else "Savings account statement", 10)
    s.text(24, 80, rng.choice(["Mr A. Okafor", "Ms R. Lindqvist", "Mrs H. Patel"]), 8.5)
    s.text(24, 92, f"Account number {rng.randint(10000000, 99999999)}   Sort code 40-12-{rng.randint(10, 99)}", 8.5)
    held = D(rng.randint(60, 240)) if overdrawn else D(rng.randint(2000, 9000)) + D(rng.randint(0, 99)) / 100
    start = date(2026, rng.randint(1, 8), 1)
    rows = [(f"{start:%d/%m/%Y}", "Balance brought forward", "", "", _m(held))]
    d = start
    for k in range(8):
        d += timedelta(days=rng.randint(2, 4))
        if k in (3, 6):
            amt = D(rng.randint(150, 400)) if overdrawn else D(rng.randint(40, 200))
            held += amt
            rows.append((f"{d:%d/%m/%Y}", "Transfer in", "", _m(amt), _m(held)))
        else:
            amt = D(rng.randint(30, 160)) + D(rng.randint(0, 99)) / 100
            held -= amt
            rows.append((f"{d:%d/%m/%Y}", rng.choice(["Card payment", "Cash withdrawal", "Standing order"]),
                         _m(amt), "", _m(held)))
    y = _table(s, 124, ("Date", "Description", "Debit", "Credit", "Balance"), [24, 84, 262, 326, 396], rows)
    s.text(24, y + 22, f"Closing balance {_m(held)}", 8.5, "sans-bold")
    return Item(s, form, "bank_statement")


def zh_schedule(rng: random.Random, form: str) -> Item:
    """A consumer loan's repayment plan: equal monthly instalments, the principal left falling to zero."""
    s = Sheet("zh-schedule", "zh")
    s.text(24, 40, "分期借款还款计划", 13, "cjk")
    principal = D(rng.choice([6000, 9000, 12000]))
    n = rng.choice([6, 9, 12])
    start = date(2026, rng.randint(1, 6), rng.choice([8, 15, 22]))
    s.text(24, 62, f"借款本金：{_m(principal)}元  期限：{n}个月  首期还款日：{_month(start, 1):%Y-%m-%d}", 8.5, "cjk")
    s.text(24, 76, f"打印日期：{_month(start, n // 2):%Y-%m-%d}", 8.5, "cjk")
    left = principal
    base = (principal / n).quantize(C)
    rows = []
    for k in range(1, n + 1):
        part = left if k == n else base
        interest = (left * D("0.008")).quantize(C)
        left -= part
        rows.append((f"{_month(start, k):%Y-%m-%d}", f"第{k}期", _m(part), _m(interest), _m(left)))
    _table(s, 104, ("还款日", "期次", "本金", "利息", "剩余本金"), [24, 84, 262, 326, 396], rows, font="cjk", size=8.5,
           step=15)
    return Item(s, form, "other", "plan")


def en_schedule(rng: random.Random, form: str) -> Item:
    """The first instalments of a longer loan, printed part-way: most rows dated after the page's date."""
    s = Sheet("en-schedule", "en")
    s.text(24, 40, "Kestrel Lending Ltd", 13, "sans-bold")
    s.text(24, 58, "Your instalment plan", 10)
    start = date(2026, rng.randint(2, 6), rng.choice([3, 10, 17]))
    s.text(24, 80, f"Printed on {_month(start, 3):%d/%m/%Y}", 8.5)
    left = D(rng.choice([8000, 15000, 24000]))
    s.text(24, 92, f"Amount borrowed {_m(left)} over 36 months", 8.5)
    base = (left / 36).quantize(C)
    rows = []
    for k in range(1, 11):
        interest = (left * D("0.007")).quantize(C)
        left -= base
        rows.append((f"{_month(start, k):%d/%m/%Y}", f"Instalment {k}", _m(base), _m(interest), _m(left)))
    _table(s, 120, ("Due date", "Instalment", "Principal", "Interest", "Still to repay"), [24, 84, 262, 326, 396], rows)
    return Item(s, form, "other", "plan")


def loan_repaid_from_pay(rng: random.Random, form: str) -> Item:
    """A current account whose rows are a loan's monthly repayments and the monthly pay that comes in."""
    s = Sheet("current-loan-rows", "en")
    s.text(24, 40, "Harrowgate Bank plc", 13, "sans-bold")
    s.text(24, 58, "Current account statement", 10)
    s.text(24, 80, rng.choice(["Mr A. Okafor", "Ms R. Lindqvist"]), 8.5)
    s.text(24, 92, f"Account number {rng.randint(10000000, 99999999)}", 8.5)
    start = date(2026, rng.randint(1, 3), 1)
    held = D(rng.randint(800, 2000)) + D(rng.randint(0, 99)) / 100
    rows = [(f"{start:%d/%m/%Y}", "Balance brought forward", "", "", _m(held))]
    repay = D(rng.randint(250, 420))
    for k in range(5):
        d = _month(start, k)
        pay = D(rng.randint(1900, 2400))
        held += pay
        rows.append((f"{d.replace(day=25):%d/%m/%Y}", "Salary", "", _m(pay), _m(held)))
        held -= repay
        rows.append((f"{_month(start, k + 1).replace(day=2):%d/%m/%Y}", "Loan repayment", _m(repay), "", _m(held)))
    s.text(24, 106, f"Statement period {start:%d/%m/%Y} to {_month(start, 5).replace(day=2):%d/%m/%Y}", 8.5)
    _table(s, 128, ("Date", "Description", "Paid out", "Paid in", "Balance"), [24, 84, 262, 326, 396], rows)
    return Item(s, form, "bank_statement")


def zh_card_bill(rng: random.Random, form: str) -> Item:
    """A card's monthly bill without a running balance: its credit line says what is owed."""
    s = Sheet("zh-card-bill", "zh")
    s.text(24, 40, "青禾银行信用卡 账单", 13, "cjk")
    s.text(24, 62, f"尊敬的{rng.choice(['周敏', '陈立新', '黄秀英'])}：以下是您本月的账单。", 8.5, "cjk")
    start = date(2026, rng.randint(1, 9), 1)
    rows, total = [], D(0)
    for k in range(6):
        amt = D(rng.randint(20, 600)) + D(rng.randint(0, 99)) / 100
        total += amt
        rows.append((f"{start + timedelta(days=3 * k + 2):%m/%d}", rng.choice(["超市购物", "网上购物", "加油", "餐饮"]),
                     "", "", _m(amt)))
    y = _table(s, 96, ("交易日", "交易说明", "", "", "金额"), [24, 84, 262, 326, 396], rows, font="cjk", size=8.5, step=15)
    limit = D(rng.choice([10000, 20000, 30000]))
    s.text(24, y + 26, f"信用额度：{_m(limit)}   可用额度：{_m(limit - total)}", 8.5, "cjk")
    s.text(24, y + 42, f"本期账单金额：{_m(total)}", 8.5, "cjk")
    return Item(s, form, "other", "summary")


def en_card_bill(rng: random.Random, form: str) -> Item:
    """A card's statement page without a running balance: a minimum payment below the amount due."""
    s = Sheet("en-card-bill", "en")
    s.text(24, 40, "Larkspur Card Services", 13, "sans-bold")
    s.text(24, 58, "Statement of account", 10)
    start = date(2026, rng.randint(1, 9), 1)
    rows, total = [], D(0)
    for k in range(6):
        amt = D(rng.randint(8, 260)) + D(rng.randint(0, 99)) / 100
        total += amt
        rows.append((f"{start + timedelta(days=3 * k + 1):%m/%d/%Y}", rng.choice(["Grocery", "Fuel", "Hardware",
                                                                                 "Online order"]), "", "", f"${_m(amt)}"))
    s.text(24, 80, f"Total due: ${_m(total)}", 8.5)
    s.text(24, 92, f"Minimum payment: ${_m(max(D(25), (total * D('0.03')).quantize(C)))}", 8.5)
    _table(s, 120, ("Date", "Details", "", "", "Amount"), [24, 84, 262, 326, 396], rows)
    return Item(s, form, "other", "summary")


def linked_card_statement(rng: random.Random, form: str) -> Item:
    """A current account's statement whose first page boxes its linked card's amount due, limit and credit."""
    item = savings(rng, form)
    s = item.sheet
    s.layout = "current-linked-card"
    limit = D(rng.choice([2000, 5000]))
    due = D(rng.randint(100, 900)) + D(rng.randint(0, 99)) / 100
    y = max(op[2] for op in s.ops if op[0] == "text") + 40
    s.text(24, y, "Your linked credit card", 9, "sans-bold")
    s.text(24, y + 13, f"Amount due {_m(due)}   Minimum payment {_m((due * D('0.05')).quantize(C))}", 8.5)
    s.text(24, y + 26, f"Credit limit {_m(limit)}   Available credit {_m(limit - due)}", 8.5)
    return item


def _flow_rows(rng: random.Random, start: date) -> list[tuple[str, str, str]]:
    out = []
    d = start
    for _ in range(rng.randint(6, 8)):
        d += timedelta(days=rng.randint(1, 4))
        way = rng.choice(["收入", "支出", "支出"])
        amt = D(rng.randint(12, 900)) + D(rng.randint(0, 99)) / 100
        out.append((f"{d:%Y-%m-%d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", way, _m(amt)))
    return out


def _flow_page(s: Sheet, rng: random.Random, title: str, issuer: str) -> None:
    s.text(24, 40, title, 13, "cjk")
    start = date(2026, rng.randint(1, 9), 1)
    s.text(24, 62, f"查询区间：{start:%Y-%m-%d} 至 {start + timedelta(days=29):%Y-%m-%d}", 8.5, "cjk")
    s.text(24, 76, f"用户：{rng.choice(['周敏', '陈立新', '黄秀英'])}", 8.5, "cjk")
    y = 100
    for x, h in zip((24, 150, 230, 396), ("交易时间", "收/支", "对方", "金额(元)"), strict=True):
        s.text(x, y, h, 8.5, "cjk", "right" if x == 396 else "left")
    for when, way, amt in _flow_rows(rng, start):
        y += 15
        s.text(24, y, when, 8.5)
        s.text(150, y, way, 8.5, "cjk")
        s.text(230, y, rng.choice(["便利店", "转账", "外卖", "水果店", "红包"]), 8.5, "cjk")
        s.text(396, y, amt, 8.5, align="right")
    s.text(230, y + 40, issuer, 9, "cjk")
    s.text(230, y + 54, "电子业务专用章", 8.5, "cjk")


def wallet_flow(rng: random.Random, form: str) -> Item:
    """A payment platform's record of a wallet's money in and out: no balance, issued under a company's seal."""
    s = Sheet("zh-wallet-flow", "zh")
    _flow_page(s, rng, "钱包收支明细证明", "星桥支付科技有限公司")
    return Item(s, form, "other", "wallet")


def bank_flow(rng: random.Random, form: str) -> Item:
    """The same list of money in and out without a balance, issued by a bank under its seal: a bank's statement."""
    s = Sheet("zh-bank-flow", "zh")
    _flow_page(s, rng, "活期账户银行流水", "青禾农村商业银行股份有限公司")
    return Item(s, form, "bank_statement")


LOOKALIKES = (mortgage, zh_schedule, en_schedule, zh_card_bill, en_card_bill, wallet_flow)
STATEMENTS = (savings, lambda rng, form: savings(rng, form, overdrawn=True), loan_repaid_from_pay, linked_card_statement,
              bank_flow)


def generate(seed: int, forms: tuple[str, ...] = ("text",)) -> list[Item]:
    """Every look-alike and every real statement, in each of ``forms`` (photo_forms.FORMS)."""
    rng = random.Random(seed)
    return [lay(rng, form) for lay in (*LOOKALIKES, *STATEMENTS) for form in forms]
