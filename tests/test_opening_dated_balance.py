"""A balance dated the period's first day is the one it opened with: a banking app's month list that prints "Balance
on Oct 1" at its foot (under cards newest first, each with its running "Bal") must not give that figure as the
closing balance (round 17: independent set 12's credit-union app screen gave 1,041.66 for 2,904.14). Generated app
screens (an image as a phone saves it, and a text PDF) read by the real pipeline; the closing balance is the newest
row's balance, below 0.9 (rows, not a label)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from fixtures_reading import read_documents
from photo_forms import Sheet, write

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

D = Decimal
_PAYEES = [("Grocery Mart", -1), ("Water utility", -1), ("Salary - Harbour Authority", 1), ("Phone top-up", -1),
           ("Cash withdrawal", -1), ("Transfer from savings", 1), ("Pharmacy", -1)]


def _screen(rng: random.Random) -> tuple[Sheet, Decimal]:
    month = rng.randint(2, 10)
    start = date(2026, month, 1)
    end = date(2026, month + 1, 1) - timedelta(days=1)
    s = Sheet("app-opening", "en")
    s.text(24, 34, "Riverbend Members Credit Union", 11, "sans-bold")
    s.text(24, 52, "Everyday Share Account ****" + str(rng.randint(1000, 9999)), 9)
    s.text(24, 70, f"{start:%b} 1, 2026 - {end:%b} {end.day}, 2026", 9)
    opening = D(rng.randint(400, 2500)) + D(rng.randint(0, 99)) / 100
    bal, rows, day = opening, [], start
    for _ in range(rng.randint(5, 7)):
        day += timedelta(days=rng.randint(2, 4))
        what, sign = rng.choice(_PAYEES)
        amt = sign * (D(rng.randint(20, 900)) + D(rng.randint(0, 99)) / 100)
        bal += amt
        rows.append((day, what, amt, bal))
    y = 96
    for day, what, amt, b in reversed(rows):  # newest first, as apps list them
        s.text(24, y, what, 9)
        s.text(400, y, ("+" if amt > 0 else "-") + f"${abs(amt):,.2f}", 9, align="right")
        s.text(24, y + 13, f"{day:%b %d}", 8)
        s.text(400, y + 13, f"Bal ${b:,.2f}", 8, align="right")
        y += 32
    s.text(24, y + 6, f"Balance on {start:%b} 1: ${opening:,.2f}", 9)
    return s, bal


@pytest.mark.parametrize(("seed", "form"), [(1, "screenshot"), (5, "text"), (8, "screenshot")])
def test_a_balance_dated_the_first_day_is_no_closing_balance(tmp_path, seed: int, form: str) -> None:
    sheet, closing = _screen(random.Random(seed))
    write(sheet, form, tmp_path / "en", "app", seed)
    (doc,) = read_documents(tmp_path / "en", "en")
    ex = extract(Classified(classify_one(doc).document, "bank_statement"), "en")
    assert ex.fields.get("closing_balance") == f"{closing:.2f}"
