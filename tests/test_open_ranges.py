"""Periods whose first end lacks its year (issue 10, seventh round): "October 1 - October 31, 2026" was read as a
day-month-two-digit-year date "1 - October 31" (31 October 2031), so a pay period became 2031-10.

A generator of its own (deterministic seeds): month-first and day-first ends, full and short month names with or
without a dot, ordinals, hyphens, dashes and words between the ends, same-month, cross-month and cross-year periods,
after the labels issuers in several countries print — the wording is written here, not taken from any document.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract
from packet.understanding.values import find_dates, parse_month, parse_range

_LABELS = ("Pay period:", "Period covered", "Billing cycle", "Statement period", "Covering", "For the period",
           "Pay Period Dates", "Earnings period:")
_JOINS = (" - ", " – ", " to ", " through ", " thru ", " — ", " until ", "-")


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _month(m: int, style: int) -> str:
    name = calendar.month_name[m]
    return (name, name[:3], name[:3] + ".")[style]


def _end(d: date, month_first: bool, style: int, ordinal: bool, with_year: bool) -> str:
    day = _ordinal(d.day) if ordinal else str(d.day)
    text = f"{_month(d.month, style)} {day}" if month_first else f"{day} {_month(d.month, style)}"
    if with_year:
        text += f", {d.year}" if month_first else f" {d.year}"
    return text


def _period(rng: random.Random, layout: int) -> tuple[date, date]:
    """Layouts 0-2 a calendar month, 3-5 a period across two months (a fortnight or a billing cycle), 6-7 one
    across the new year."""
    year = rng.choice((2024, 2025, 2026, 2027))
    if layout < 3:
        m = rng.randint(1, 12)
        return date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1])
    if layout < 6:
        start = date(year, rng.randint(1, 11), rng.randint(10, 28))
        return start, start + timedelta(days=rng.choice((13, 20, 29, 30)))
    start = date(year, 12, rng.randint(5, 28))
    return start, start + timedelta(days=rng.choice((14, 27, 30)))


def _cases(n: int = 96) -> list[tuple[str, date, date]]:
    rng = random.Random(20261130)
    out = []
    for i in range(n):
        layout = i % 8
        start, end = _period(rng, layout)
        month_first = rng.random() < 0.5
        style, ordinal = rng.randrange(3), rng.random() < 0.3
        join = rng.choice(_JOINS)
        text = (f"{rng.choice(_LABELS)} {_end(start, month_first, style, ordinal, start.year != end.year)}"
                f"{join}{_end(end, month_first, style, ordinal, True)}")
        out.append((text, start, end))
    return out


@pytest.mark.parametrize("text,start,end", _cases(), ids=lambda v: str(v))
def test_generated_periods_without_the_first_year(text: str, start: date, end: date) -> None:
    assert parse_range(text, dayfirst=True) == (start, end)
    assert parse_range(text, dayfirst=False) == (start, end)
    assert parse_month(text) == end.strftime("%Y-%m")
    # no date of another year is read anywhere in it
    assert {h.value.year for h in find_dates(text)} <= {start.year, end.year}


@pytest.mark.parametrize("text,expected", [
    ("01-Oct-26", date(2026, 10, 1)), ("5 Oct '26", date(2026, 10, 5)), ("Paid 7 Mar 25 by transfer", date(2025, 3, 7)),
    ("14-Feb-27 Opening balance", date(2027, 2, 14)),
])
def test_two_digit_years_are_still_years(text: str, expected: date) -> None:
    assert [h.value for h in find_dates(text)] == [expected]


def test_payslip_period_of_a_month_printed_month_first() -> None:
    got = dict(extract(Classified(make_doc("""
                         NORTHGATE LOGISTICS PTY LTD
                              Employee Pay Advice
Employee: Marisol Quintero                 Employee ID: 40417
Pay Period: March 1 - March 31, 2025       Pay Date: April 3, 2025
Earnings                                   Amount
Ordinary hours                            4,812.60
Gross Pay                                 5,106.60
Tax withheld                                988.00
Net Pay                                   4,118.60
"""), "payslip"), "en").fields)
    assert got["period"] == "2025-03"


@pytest.mark.parametrize("seed", range(3))
def test_a_span_of_days_with_the_month_and_year_printed_once(seed: int) -> None:
    """"Pay Period  October 1-31, 2026" (independent 14's Philippine payslip, read after it was judged) gave no
    period: the month and the year are printed once for both ends."""
    rng = random.Random(seed)
    for _ in range(40):
        year, month = rng.randint(2019, 2027), rng.randint(1, 12)
        last = calendar.monthrange(year, month)[1]
        a = rng.randint(1, 16)
        b = rng.choice((last, rng.randint(a, last)))
        days = [_ordinal(a), _ordinal(b)] if rng.random() < 0.3 else [str(a), str(b)]
        join = rng.choice(("-", " - ", "–", " to "))
        style = rng.randint(0, 2)
        text = (f"{_month(month, style)} {days[0]}{join}{days[1]}, {year}" if rng.random() < 0.5
                else f"{days[0]}{join}{days[1]} {_month(month, style)} {year}")
        assert parse_range(f"{rng.choice(_LABELS)} {text}", rng.random() < 0.5) == (
            date(year, month, a), date(year, month, b)), text
    assert parse_range("Pay period: September 31-30, 2026") is None  # no such day: nothing, not a guess


@pytest.mark.parametrize("text,dayfirst,want", [
    ("Period: 01-08-2026 to 31-08-2026", False, (date(2026, 8, 1), date(2026, 8, 31))),  # the end says day-first
    ("01/31/2024 - 02/05/2024", True, (date(2024, 1, 31), date(2024, 2, 5))),  # the start says month-first
    ("05/06/2026 - 04/07/2026", True, (date(2026, 6, 5), date(2026, 7, 4))),  # neither says: the page's order
    ("05/06/2026 - 04/07/2026", False, None),  # month-first it would end before it starts: no range
])
def test_both_ends_of_a_range_are_read_in_one_order(text: str, dayfirst: bool, want) -> None:
    """A Jamaican statement's "Period: 01-08-2026 to 31-08-2026" began on 8 January (independent 15, read after it
    was judged): an end that can only be day-first (or month-first) says how to read the other."""
    assert parse_range(text, dayfirst) == want
