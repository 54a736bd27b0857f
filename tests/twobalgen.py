"""Member statements that run two balances side by side, a savings (share) balance and a loan balance, and close
with a label that names which ("Closing share balance: €…"), as credit unions and co-operative banks print them
(branch r20-casesa). The word inside the closing label, the order of the columns, the loan line's wording and the
rows are drawn at random; the page is a text PDF or a scan.

Written for branch r20-casesa; it shares no code or wording with packet: the words below were written from how
member statements look, not copied from ``checklists/``. Drawn with :mod:`photo_forms`. Deterministic for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet, measure_sheets

UNIONS = ["Ballyhaunis Community Credit Union Ltd", "Kingston Teachers Co-operative Credit Union",
          "Suva Harbour Credit Union", "Lakeshore Farmers Credit Union", "Kumasi Traders Co-operative Society"]
PEOPLE = ["Aoife Brennan", "Desmond Walcott", "Mere Vunibola", "Grant Olafson", "Kwabena Mensah"]
QUALIFIER = ["share", "savings", "deposit", "regular"]
LOAN_LINE = ["Loan outstanding: {c}{v}", "Loan balance due: {c}{v}", "Amount owed on loan: {c}{v}"]
MOVES = ["Lodgement - cash", "Lodgement - salary", "Withdrawal - ATM", "Withdrawal - counter", "Transfer out",
         "Standing order - loan", "Direct debit - phone"]


@dataclass
class Stmt:
    """One statement drawn: its sheet (drawing and truths) and the form it is written in."""

    sheet: Sheet
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)


def two_balances(rng: random.Random) -> Stmt:
    k = rng.randrange(len(UNIONS))
    cur = rng.choice(["€", "$", "FJ$", ""])
    s = Sheet("two_balances", "en")
    s.text(24, 36, UNIONS[k], 11, "sans-bold")
    s.text(396, 36, "MEMBER STATEMENT", 8, "sans-bold", "right")
    s.text(24, 60, f"Member {PEOPLE[k]}", 8)
    s.text(24, 72, f"Member no. {rng.randint(10000, 99999)}", 8)
    end = date(2026, rng.randint(1, 12), 1) + timedelta(days=rng.randint(27, 30))
    start = end.replace(day=1)
    s.text(24, 84, f"Period {start.strftime('%d/%m/%Y')} to {end.strftime('%d/%m/%Y')}", 8)
    q = rng.choice(QUALIFIER)
    share_first = rng.random() < 0.7
    heads = ["Date", "Transaction", f"{q.title()}s" if share_first else "Loan", "Bal.", "Loan" if share_first else
             f"{q.title()}s", "Bal."]
    xs = [24, 74, 228, 278, 338, 396]  # right edges for figures from the third column on
    y = 104
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 7, "sans-bold", "left" if i < 2 else "right")
    share = Decimal(rng.randint(50000, 600000)) / 100
    loan = Decimal(rng.randint(100000, 800000)) / 100
    day = start
    y += 13

    def row(d: date, desc: str, s_move: str, s_bal: Decimal, l_move: str, l_bal: Decimal) -> None:
        cells = [(s_move, s_bal), (l_move, l_bal)] if share_first else [(l_move, l_bal), (s_move, s_bal)]
        s.text(xs[0], y, d.strftime("%d/%m/%Y"), 7)
        s.text(xs[1], y, desc, 7)
        for j, (mv, bal) in enumerate(cells):
            if mv:
                s.text(xs[2 + 2 * j], y, mv, 7, "sans", "right")
            s.text(xs[3 + 2 * j], y, f"{bal:,.2f}", 7, "sans", "right")

    row(day, "Opening balance", "", share, "", loan)
    for _ in range(rng.randint(5, 9)):
        day = min(day + timedelta(days=rng.randint(1, 5)), end)
        y += 13
        desc = rng.choice(MOVES)
        amt = Decimal(rng.randint(1000, 120000)) / 100
        if desc.startswith("Standing order") and share > 200:
            amt = min(amt, loan, share / 2).quantize(Decimal("0.01"))
            share, loan = share - amt, loan - amt
            row(day, desc, f"-{amt:,.2f}", share, f"{amt:,.2f}", loan)
        elif desc.startswith("Lodgement"):
            share += amt
            row(day, desc, f"+{amt:,.2f}", share, "", loan)
        else:
            desc = desc if not desc.startswith("Standing order") else "Withdrawal - ATM"
            amt = min(amt, share / 2).quantize(Decimal("0.01"))
            share -= amt
            row(day, desc, f"-{amt:,.2f}", share, "", loan)
    y += 18
    s.text(24, y, f"Closing {q} balance: {cur}{share:,.2f}", 8)
    s.text(230, y, rng.choice(LOAN_LINE).format(c=cur, v=f"{loan:,.2f}"), 8)
    s.text(24, y + 14, "Shares are not deposits. Dividend for the year is declared at the AGM.", 6.5)
    s.truth = {"closing_balance": f"{share:.2f}"}
    return Stmt(s, form=rng.choice(["text", "text", "scan"]))


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """Money by amount."""
    return got is not None and Decimal(got.replace(",", "")) == Decimal(want)


def measure(root, seed: int, n: int) -> dict:
    """Write ``n`` statements from ``seed``, read, classify and extract them as packet does, and count."""
    items = [two_balances(random.Random(seed * 7907 + k)) for k in range(n)]
    return measure_sheets(root, items, seed, same, doc_type="bank_statement", count_mistyped=True)
