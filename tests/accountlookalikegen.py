"""A generator of pages about an account that are no bank statement (round 22), and of real statements carrying the
same traps.

Look-alikes (type "other"): a bank's letter confirming that someone holds an account (its name, branch code, number,
type and the day it was opened, and a sentence about balances and transactions: no movement at all); a payment app's
list of its stored balance's money in and out, each movement over two lines (what it was and its amount, then its
day and the balance after it), where money went to or came from a bank card named on a row; a benefits agency's
monthly payment screen (one dated payment, the figures that make it up, none dated).

Real statements (type "bank_statement"): a bank app's screen of the same two-line rows with the bank's name at its
head and payments made through a payment app named on the rows; a bank's short printed statement (date, details,
paid out, paid in, balance).

Names, wording and figures written here from how banks, payment apps and benefit offices print these pages; drawn
with :mod:`photo_forms`. Deterministic for a seed. Shares nothing with packet.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet
from photo_forms import TypedSheet as Item

D = Decimal


def _amt(rng: random.Random, lo: int, hi: int) -> Decimal:
    return D(rng.randint(lo, hi)) + D(rng.randint(0, 99)) / 100


def confirmation_letter(rng: random.Random, form: str) -> Item:
    """A bank's letter confirming the account's details: no transaction, no balance."""
    s = Sheet("en-account-letter", "en")
    bank = rng.choice(["Harlow Mutual Bank", "Penrith Savings Bank", "Tamar Valley Bank"])
    who = rng.choice(["Mr Idris Kamau", "Ms Nadia Rasmussen", "Mrs Joan Whitcombe"])
    s.text(24, 40, bank, 14, "sans-bold")
    s.text(24, 56, rng.choice(["1 Market Square, Leek ST13 5HH", "22 Bridge Street, Totnes TQ9 5AD"]), 8)
    s.text(24, 92, who, 8.5)
    s.text(24, 104, rng.choice(["7 Mill Lane", "31 Orchard Close"]), 8.5)
    s.text(396, 92, f"{rng.randint(2, 27)} October 2026", 8.5, align="right")
    s.text(24, 140, f"Dear {who.split()[0]} {who.split()[-1]},", 8.5)
    s.text(24, 162, "Account details you asked us for", 9.5, "sans-bold")
    s.text(24, 180, "We can confirm that the following account is held in your name:", 8.5)
    rows = [("Name on the account", who.upper()),
            ("Branch sort code", f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
            ("Account number", f"{rng.randint(10000000, 99999999)}"),
            ("Type of account", rng.choice(["Classic Current Account", "Instant Access Saver"])),
            ("Opened on", f"{rng.randint(1, 28)} {rng.choice(['May', 'June', 'August'])} {rng.randint(2009, 2020)}")]
    y = 204
    for k, v in rows:
        s.text(40, y, k, 8.5)
        s.text(200, y, v, 8.5)
        y += 16
    s.text(24, y + 14, "This letter only confirms the details above. It shows no balance and no transactions;", 8.5)
    s.text(24, y + 27, "for those please see your statements in the app or at any branch.", 8.5)
    s.text(24, y + 56, "Kind regards,", 8.5)
    s.text(24, y + 84, rng.choice(["P. Okonjo, Branch Manager", "L. Fairbairn, Customer Services"]), 8.5)
    return Item(s, form, "other")


def _two_line_rows(rng: random.Random, start: date, balance: Decimal, wallet: bool) -> list[tuple[str, str, str, str]]:
    """(what, signed amount, when, balance after) newest first, the balance chaining row to row."""
    rows = []
    d = start
    for k in range(7):
        d -= timedelta(days=rng.randint(1, 3))
        if wallet and k == 2:
            what, amt = f"提现至{rng.choice(['建设银行', '农业银行', '中国银行'])}({rng.randint(1000, 9999)})", -_amt(rng, 100, 400)
        elif wallet and k == 5:
            what, amt = f"充值-来自{rng.choice(['交通银行', '招商银行'])}({rng.randint(1000, 9999)})", _amt(rng, 300, 900)
        elif not wallet and k == 1:
            what, amt = "微信支付-" + rng.choice(["美团外卖", "滴滴出行"]), -_amt(rng, 15, 80)
        elif not wallet and k == 4:
            what, amt = "支付宝-" + rng.choice(["超市购物", "话费充值"]), -_amt(rng, 20, 120)
        else:
            what, amt = rng.choice([("转账-给陈阿姨", -1), ("红包-来自同学群", 1), ("付款-给水果摊", -1),
                                    ("转账-来自表哥", 1)])
            amt = amt * _amt(rng, 10, 300)
        rows.append((what, f"{'+' if amt > 0 else '-'}{abs(amt):,.2f}", f"{d.month}月{d.day}日 {rng.randint(8, 22):02d}:"
                     f"{rng.randint(0, 59):02d}", f"余额{balance:,.2f}"))
        balance -= amt
    return rows


def _listing(s: Sheet, rng: random.Random, title: str, head: str, wallet: bool) -> None:
    s.text(24, 36, title, 13, "cjk")
    start = date(2026, rng.randint(5, 10), rng.randint(24, 28))
    s.text(24, 58, f"{start.year}年{start.month}月", 10, "cjk")
    s.text(24, 76, head, 8.5, "cjk")
    y = 104
    for what, amt, when, bal in _two_line_rows(rng, start, _amt(rng, 800, 3000), wallet):
        s.text(24, y, what, 9, "cjk")
        s.text(396, y, amt, 9, align="right")
        s.text(24, y + 14, when, 8, "cjk")
        s.text(396, y + 14, bal, 8, "cjk", "right")
        y += 38


def wallet_listing(rng: random.Random, form: str) -> Item:
    """A payment app's list of its stored balance's movements, with the balance after each: the app's, no bank's."""
    s = Sheet("zh-wallet-listing", "zh")
    _listing(s, rng, rng.choice(["零钱明细", "钱包余额明细"]), f"支出 ¥{_amt(rng, 500, 1500):,.2f}  收入 ¥"
             f"{_amt(rng, 500, 1500):,.2f}", wallet=True)
    return Item(s, form, "other")


def bank_app_listing(rng: random.Random, form: str) -> Item:
    """A bank app's list of the same shape, its bank named at the head; payment apps named on rows."""
    s = Sheet("zh-bank-app-listing", "zh")
    _listing(s, rng, rng.choice(["中国建设银行 账户明细", "招商银行 收支明细"]),
             f"储蓄卡 尾号{rng.randint(1000, 9999)}", wallet=False)
    return Item(s, form, "bank_statement")


def benefit_screen(rng: random.Random, form: str) -> Item:
    """A benefits office's statement of one month's payment: one dated payment and undated figures making it up."""
    s = Sheet("en-benefit-screen", "en")
    s.text(24, 36, "Your payment statement", 13, "sans-bold")
    s.text(24, 56, "9 September to 8 October 2026", 9)
    s.text(24, 84, "We will pay you", 9)
    allowance, housing, earn = _amt(rng, 300, 420), _amt(rng, 350, 650), _amt(rng, 100, 300)
    total = allowance + housing - earn
    s.text(24, 102, f"£{total:,.2f} on {rng.randint(12, 16)} October 2026", 11, "sans-bold")
    y = 134
    for k, v in (("Standard allowance", f"£{allowance:,.2f}"), ("Housing costs", f"£{housing:,.2f}"),
                 ("Taken off for earnings", f"-£{earn:,.2f}")):
        s.text(24, y, k, 9)
        s.text(396, y, v, 9, align="right")
        y += 18
    s.text(24, y + 16, f"Claimant: {rng.choice(['Ruth Abernethy', 'Kwame Asante'])}", 8.5)
    s.text(24, y + 30, "Report a change of circumstances", 8.5)
    return Item(s, form, "other")


def printed_statement(rng: random.Random, form: str) -> Item:
    """A bank's short printed statement: dated rows paid out / paid in with the balance after each."""
    s = Sheet("en-printed-statement", "en")
    s.text(24, 36, rng.choice(["Wensum Building Society", "Calder Vale Bank"]), 13, "sans-bold")
    s.text(24, 54, "Statement of your Current Account", 9.5)
    s.text(24, 70, f"Account number {rng.randint(10000000, 99999999)}", 8.5)
    y = 100
    for x, h, al in ((24, "Date", "left"), (90, "Details", "left"), (270, "Paid out", "right"),
                     (330, "Paid in", "right"), (396, "Balance", "right")):
        s.text(x, y, h, 8.5, "sans-bold", al)
    bal = _amt(rng, 400, 1500)
    d = date(2026, 9, 1)
    for _ in range(7):
        d += timedelta(days=rng.randint(2, 5))
        out = rng.random() < 0.7
        amt = _amt(rng, 10, 240) if out else _amt(rng, 300, 900)
        bal = bal - amt if out else bal + amt
        y += 15
        s.text(24, y, f"{d:%d %b %y}", 8.5)
        s.text(90, y, rng.choice(["Card payment GROCER", "Direct debit COUNCIL", "Faster payment"]) if out
               else "Salary", 8.5)
        s.text(270 if out else 330, y, f"{amt:,.2f}", 8.5, align="right")
        s.text(396, y, f"{bal:,.2f}", 8.5, align="right")
    return Item(s, form, "bank_statement")


LOOKALIKES = (confirmation_letter, wallet_listing, benefit_screen)
STATEMENTS = (bank_app_listing, printed_statement)


def generate(seed: int, forms: tuple[str, ...] = ("text",)) -> list[Item]:
    """Every look-alike and every real statement, in each of ``forms`` (photo_forms.FORMS)."""
    rng = random.Random(seed)
    return [lay(rng, form) for lay in (*LOOKALIKES, *STATEMENTS) for form in forms]
