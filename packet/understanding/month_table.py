"""A table of pay month by month and the average a document prints with it: an income certificate's last six months
(月份 | 实发工资 over "2026年5月 3,620.00" … and "近六个月月均实发收入：人民币3,691.67元"), a verification of employment's
earnings by month over "Average monthly earnings".

The monthly income such a document states is the rows' average; the rows themselves are single months, none of them
the income. The average is found by arithmetic, not by its label's wording: the mean of a column of the month rows
is printed somewhere else on the document (a row of its own, a sentence under the table). Only a total printed
instead (合计, "Total") gives the mean as that total over the number of months, unprinted: less sure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from packet.understanding.label_geometry import Line, join_words
from packet.understanding.values import cell_amount, find_dates, find_money

MIN_MONTHS = 3  # fewer month rows are a payslip's year-to-date or a letter's two figures, not a table of months
MAX_MONTHS = 24  # a table of income by month covers at most two years
CENT = Decimal("0.01")


@dataclass(frozen=True)
class MonthAverage:
    """The average of one column of a run of month rows: ``value`` (the currency's units, to the cent), the months
    (``YYYY-MM``, in the rows' order), the column's figures (``rows``, in the same order), and whether the page prints
    the average itself (``printed``) or only the total it was worked out from."""

    value: Decimal
    months: tuple[str, ...]
    rows: tuple[Decimal, ...]
    printed: bool


def _month_row(line: Line, dayfirst: bool) -> tuple[str, tuple[Decimal, ...]] | None:
    """(``YYYY-MM``, the amounts) of a line whose first cell is one month and nothing else ("2026年5月", "May 2026",
    "05/2026") and whose every other cell is one amount; None for any other line."""
    cells = line.cells()
    if len(cells) < 2:
        return None
    first = join_words(cells[0]).strip()
    hits = find_dates(first, dayfirst)
    if len(hits) != 1 or hits[0].precision != "month":
        return None
    amounts = []
    for cell in cells[1:]:
        a = cell_amount(join_words(cell))
        if a is None:
            return None
        amounts.append(a.value)
    return hits[0].value.strftime("%Y-%m"), tuple(amounts)


def _runs(lines: Sequence[Line], dayfirst: bool) -> list[list[tuple[Line, str, tuple[Decimal, ...]]]]:
    """Runs of consecutive month rows on one page with as many amounts each and no month twice."""
    runs: list[list[tuple[Line, str, tuple[Decimal, ...]]]] = []
    cur: list[tuple[Line, str, tuple[Decimal, ...]]] = []
    for ln in lines:
        row = _month_row(ln, dayfirst)
        if row is not None and cur and (ln.page == cur[-1][0].page and len(row[1]) == len(cur[-1][2])
                                        and row[0] not in {r[1] for r in cur}):
            cur.append((ln, *row))
            continue
        if len(cur) >= MIN_MONTHS:
            runs.append(cur)
        cur = [(ln, *row)] if row is not None else []
    if len(cur) >= MIN_MONTHS:
        runs.append(cur)
    return [r for r in runs if len(r) <= MAX_MONTHS]


def month_average(lines: Sequence[Line], dayfirst: bool = True) -> MonthAverage | None:
    """The monthly income a table of months gives: the one column of a run of at least :data:`MIN_MONTHS` month rows
    (:func:`_month_row`) whose mean, rounded to the cent, the document prints on a line outside the rows (or, when
    no column's mean is printed, the one column whose total is printed: the total over the number of months, with
    ``printed`` False). None when no run of months is found, when no column's mean or total is printed, or when
    two columns' are (the gross and the net averages: which one the document means is not told here)."""
    found: list[MonthAverage] = []
    for run in _runs(lines, dayfirst):
        inside = {(r[0].page, r[0].index) for r in run}
        printed = {h.value for ln in lines if (ln.page, ln.index) not in inside for h in find_money(ln.text)}
        months = tuple(r[1] for r in run)
        means, totals = [], []
        for k in range(len(run[0][2])):
            column = [r[2][k] for r in run]
            total = sum(column, Decimal(0))
            mean = (total / len(column)).quantize(CENT, rounding=ROUND_HALF_UP)
            if mean in printed:
                means.append(MonthAverage(mean, months, tuple(column), True))
            elif total in printed:
                totals.append(MonthAverage(mean, months, tuple(column), False))
        found.extend(means or totals)
    return found[0] if len(found) == 1 else None
