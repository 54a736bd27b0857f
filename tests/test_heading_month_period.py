"""A statement that prints no labelled period but names its month in the heading ("Statement for March 2026", a file
title printed at the top, "account_statement_march_2026") covers that whole month, not just its first and last
transaction days (round 17: hold-out 12's card-account statement, rows from the 2nd to the 30th of July under
"bank_statement_july_2024", gave 07-02..07-30). A heading month that does not hold the rows changes nothing.
Generated pages (text PDF and photo) read by the real pipeline."""

from __future__ import annotations

import calendar
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
_SHOPS = ["GREENGROCER", "BUS PASS TOPUP", "HARDWARE STORE", "NOODLE BAR", "PHONE RECHARGE", "BOOKSHOP"]


def _page(rng: random.Random, month: int, titled: int, title_style: int) -> tuple[Sheet, date, date]:
    """A statement of one month's rows (first row after the 1st, last before the month's end) under a heading naming
    the month ``titled``."""
    s = Sheet("heading-month", "en")
    name = calendar.month_name[titled]
    s.text(24, 36, ("Statement for {m} 2026", "account_statement_{l}_2026", "{M} 2026 ACCOUNT ACTIVITY")[title_style]
           .format(m=name, l=name.lower(), M=name.upper()), 11, "sans-bold")
    s.text(24, 54, "Lakeshore Cooperative Bank", 9)
    y = 80
    for x, h in zip((24, 90, 330, 400), ("Date", "Description", "Amount", "Balance"), strict=True):
        s.text(x, y, h, 8, "sans-bold", "right" if x > 300 else "left")
    bal = D(rng.randint(1500, 4000)) + D(rng.randint(0, 99)) / 100
    day = date(2026, month, rng.randint(2, 4))
    first = day
    last = day
    while True:
        amt = -(D(rng.randint(5, 200)) + D(rng.randint(0, 99)) / 100)
        bal += amt
        y += 14
        s.text(24, y, f"{day:%d %b %Y}", 8)
        s.text(90, y, rng.choice(_SHOPS), 8)
        s.text(330, y, f"{amt:,.2f}", 8, align="right")
        s.text(400, y, f"{bal:,.2f}", 8, align="right")
        last = day
        day += timedelta(days=rng.randint(2, 4))
        if day.month != month or day.day > 27:
            break
    return s, first, last


@pytest.mark.parametrize(("seed", "form"), [(1, "text"), (2, "text"), (3, "photo"), (4, "text")])
def test_a_month_named_in_the_heading_is_the_period(tmp_path, seed: int, form: str) -> None:
    rng = random.Random(seed)
    month = rng.randint(2, 11)
    sheet, _first, _last = _page(rng, month, month, seed % 3)
    write(sheet, form, tmp_path / "en", "stmt", seed)
    (doc,) = read_documents(tmp_path / "en", "en")
    ex = extract(Classified(classify_one(doc).document, "bank_statement"), "en")
    assert ex.fields.get("period_start") == date(2026, month, 1).isoformat()
    assert ex.fields.get("period_end") == date(2026, month, calendar.monthrange(2026, month)[1]).isoformat()
    assert all(ex.evidence[f].confidence < 0.9 for f in ("period_start", "period_end"))


def test_a_heading_month_that_does_not_hold_the_rows_leaves_them(tmp_path) -> None:
    rng = random.Random(7)
    sheet, first, last = _page(rng, 6, 9, 0)
    write(sheet, "text", tmp_path / "en", "stmt", 7)
    (doc,) = read_documents(tmp_path / "en", "en")
    ex = extract(Classified(classify_one(doc).document, "bank_statement"), "en")
    assert (ex.fields.get("period_start"), ex.fields.get("period_end")) == (first.isoformat(), last.isoformat())
