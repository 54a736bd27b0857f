"""A table of pay month by month and the average a document prints with it: an income certificate's last six months
(月份 | 实发工资 over "2026年5月 3,620.00" … and "近六个月月均实发收入：人民币3,691.67元"), a verification of employment's
earnings by month over "Average monthly earnings".

The monthly income such a document states is the rows' average; the rows themselves are single months, none of them
the income. The average is found by arithmetic, not by its label's wording: the mean of a column of the month rows
is printed somewhere else on the document (a row of its own, a sentence under the table). Only a total printed
instead (合计, "Total") gives the mean as that total over the number of months, unprinted: less sure.

One month's figure that OCR damaged ("£27328°25" for £2,328.25: the comma read as a 7, the point as a degree sign)
breaks neither the run nor the arithmetic: the printed mean fixes that row's figure, and it is taken only when the
damaged characters can be read as it (:func:`_readings`: a separator read as a digit or a digit misread) and exactly
one printed figure and one reading so agree.
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
# a damaged figure's digits: at least a three-figure amount with its cents, at most a ten-figure one; up to
# EXTRA_DIGITS of them may be separators OCR read as digits (a comma as 7 or 1, a point as 0)
MIN_DIGITS, MAX_DIGITS, EXTRA_DIGITS = 3, 12, 2


@dataclass(frozen=True)
class MonthAverage:
    """The average of one column of a run of month rows: ``value`` (the currency's units, to the cent), the months
    (``YYYY-MM``, in the rows' order), the column's figures (``rows``, in the same order), and whether the page prints
    the average itself (``printed``) or only the total it was worked out from."""

    value: Decimal
    months: tuple[str, ...]
    rows: tuple[Decimal, ...]
    printed: bool


def _month_row(line: Line, dayfirst: bool) -> tuple[str, tuple[Decimal | str, ...]] | None:
    """(``YYYY-MM``, the amounts) of a line whose first cell is one month and nothing else ("2026年5月", "May 2026",
    "05/2026") and whose every other cell is one amount, or a figure OCR damaged (:func:`_damaged`: kept as its text);
    None for any other line."""
    cells = line.cells()
    if len(cells) < 2:
        return None
    first = join_words(cells[0]).strip()
    hits = find_dates(first, dayfirst)
    if len(hits) != 1 or hits[0].precision != "month":
        return None
    amounts = []
    for cell in cells[1:]:
        text = join_words(cell)
        a = cell_amount(text)
        if a is not None:
            amounts.append(a.value)
        elif _damaged(text):
            amounts.append(text)  # kept as read: the printed mean may say what it was (_repaired)
        else:
            return None
    return hits[0].value.strftime("%Y-%m"), tuple(amounts)


def _damaged(text: str) -> bool:
    """Whether a cell reads as a figure OCR damaged: :data:`MIN_DIGITS` to :data:`MAX_DIGITS` digits with no letter
    between the first and the last (punctuation only; a currency sign or unit may stand round them)."""
    at = [k for k, ch in enumerate(text) if ch.isdigit()]
    return MIN_DIGITS <= len(at) <= MAX_DIGITS and not any(ch.isalpha() for ch in text[at[0]:at[-1]])


def _readings(text: str) -> set[Decimal]:
    """The amounts a damaged cell's digits can be read as: the last two digits its cents, after dropping up to
    :data:`EXTRA_DIGITS` digits (separators read as digits: "27328°25" -> 2328.25) or changing one digit
    (figures.misread_as's kinds, here without a relation to pick one: the caller's printed mean does)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    strings = {digits}
    for _ in range(EXTRA_DIGITS):
        strings |= {s[:k] + s[k + 1:] for s in strings for k in range(len(s))}
    strings |= {digits[:k] + d + digits[k + 1:] for k in range(len(digits)) for d in "0123456789"}
    return {Decimal(f"{int(s[:-2] or '0')}.{s[-2:]}") for s in strings if len(s) >= MIN_DIGITS and s[0] != "0"}


def _repaired(column: Sequence[Decimal | str], printed: set[Decimal]) -> tuple[Decimal, tuple[Decimal, ...]] | None:
    """(the printed mean, the column with its one damaged figure read) when exactly one printed figure is the mean
    of the column with exactly one reading of its damaged cell, that reading within the column's other figures'
    range halved and doubled; else None."""
    known = [v for v in column if isinstance(v, Decimal)]
    damaged = [k for k, v in enumerate(column) if not isinstance(v, Decimal)]
    if len(damaged) != 1 or len(known) < MIN_MONTHS - 1:
        return None
    low, high, total, n = min(known) / 2, max(known) * 2, sum(known, Decimal(0)), len(column)
    found = set()
    for r in _readings(str(column[damaged[0]])):
        mean = ((total + r) / n).quantize(CENT, rounding=ROUND_HALF_UP)
        if low <= r <= high and mean in printed:
            found.add((mean, r))
    if len(found) != 1:
        return None
    mean, r = found.pop()
    return mean, tuple(r if k == damaged[0] else v for k, v in enumerate(column))


Row = tuple[Line, str, tuple[Decimal | str, ...]]


def _runs(lines: Sequence[Line], dayfirst: bool) -> list[list[Row]]:
    """Runs of consecutive month rows on one page with as many amounts each and no month twice."""
    runs: list[list[Row]] = []
    cur: list[Row] = []
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
            if not all(isinstance(v, Decimal) for v in column):
                fixed = _repaired(column, printed)
                if fixed is not None:
                    means.append(MonthAverage(fixed[0], months, fixed[1], True))
                continue
            total = sum(column, Decimal(0))
            mean = (total / len(column)).quantize(CENT, rounding=ROUND_HALF_UP)
            if mean in printed:
                means.append(MonthAverage(mean, months, tuple(column), True))
            elif total in printed:
                totals.append(MonthAverage(mean, months, tuple(column), False))
        found.extend(means or totals)
    return found[0] if len(found) == 1 else None
