"""Rows a photo's reading cut in two (branch r20-casesa): a row's date on one line and its figures on the line above
or below, from some row of the page on (a passbook page photographed at a slight turn, independent set 15's
Tongren passbook). The figures are joined back to the date when the balances chain, so the period ends at the last
row and the closing balance is the last row's. Listings from :mod:`splitrowgen` (shares nothing with packet).

On 9023b2e (before the change): 40 draws (seeds 0-39) gave the last row's date 0/40 and the closing balance 11/40;
after it 39/40 and 39/40 (seed 19: a balance "2019.04" read as a month, a limit of the date reading). Fresh draws
(seeds 1000-1099): before 0/100 and 23/100, after 97/100 and 96/100."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import splitrowgen as gen

from packet.core.model import Word
from packet.understanding import tables
from packet.understanding.label_geometry import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(0, k, (Word(t, (0.05, 0.02 + k * 0.03, 0.95, 0.04 + k * 0.03)),)) for k, t in enumerate(texts)]


def test_most_random_cut_listings_end_at_their_last_row() -> None:
    """Over 60 fresh draws, the ledger's last date and closing balance are the listing's in 90 % at least (the
    generator's own misreadings, a balance that reads as a month, account for the rest)."""
    seeds = range(5000, 5060)
    right = 0
    for s in seeds:
        got = gen.listing(s)
        book = tables.ledger(_lines(got.lines), True)
        right += bool(book and book.last == got.last and book.closing == got.closing and book.first == got.first)
    assert right >= 0.9 * len(seeds)


@pytest.mark.parametrize("above", [True, False])
def test_a_cut_row_joins_its_own_date(above: bool) -> None:
    """Figures above or below their dates: each date takes its own row's figures, the footer's date none."""
    head = ["日期 摘要 支取 存入 余额", "2026.09.30 承前页 3187.62", "2026.10.03 ATM取款 500.00 2687.62",
            "2026.10.08 消费 86.00 2601.62"]
    cut = [("2026.10.14", "转存 300.00 2901.62"), ("2026.10.19", "ATM取款 1000.00 1901.62"),
           ("2026.10.26", "跨行转出 1500.00 401.62")]
    body = [x for d, f in cut for x in ((f, d) if above else (d, f))]
    book = tables.ledger(_lines(head + body + ["打印日期 2026.11.25"]), True)
    assert book is not None and book.confirmed
    assert book.last == date(2026, 10, 26)
    assert book.closing == Decimal("401.62")
    assert [e.day for e in book.entries][-3:] == [date(2026, 10, 14), date(2026, 10, 19), date(2026, 10, 26)]


def test_figures_that_do_not_chain_join_nothing() -> None:
    """A date alone on its line beside two amounts that do not follow the balance (a summary's figures): no row."""
    texts = ["Date Details Debit Credit Balance", "2026/10/02 CASH WDL 100.00 900.00",
             "2026/10/05 POS PURCH 50.00 850.00", "2026/10/09 TFR IN 150.00 1,000.00", "2026/10/31",
             "777.00 4,321.00"]
    book = tables.ledger(_lines(texts), True)
    assert book is not None
    assert book.last == date(2026, 10, 9)
    assert book.closing == Decimal("1000.00")
