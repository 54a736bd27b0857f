"""Tables read from the word boxes before any label: header rows over value rows, and transaction rows.

Two structures, both from :class:`packet.understanding.label_geometry.Line` (words with boxes as fractions
of the upright page, y down):

- a **grid**: a line of values (at least :data:`MIN_COLUMNS` slots, at least two of them amounts or
  dates) under one or two lines of headings. Each value slot owns the band of the page from half-way to
  its left neighbour to half-way to its right neighbour, and every character of the heading lines whose
  x position falls in the band is its heading (so headings OCR ran together, "住房公积金个人所得税扣款合计",
  are cut apart at the value columns). A grid with a single value row — a "strip" payslip (fifteen headings
  over one row of values), a statement's summary table — is handed to the label search as heading/value
  pairs (:func:`pair_lines`), so the ordinary labels find their values in it.
- a **ledger**: a statement's transaction rows, each a line that starts with a full date and carries
  amounts, the last of which is the running balance when each balance follows from the one before plus or
  minus an amount of its row (:func:`ledger`). It gives the period (first and last transaction dates) and
  the closing balance (the running balance of the last transaction) when no label does, and tells the
  classifier that a document holds a statement's table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from packet.core.model import Word
from packet.core.text import CJK, fold, is_wide
from packet.understanding.label_geometry import Line, join_words
from packet.understanding.values import clean, find_dates, find_money

SLOT_GAP = 0.012  # a horizontal gap wider than this (fraction of page width) separates two slots of a table row
MIN_COLUMNS = 3  # a grid has at least this many value slots
HEADER_REACH = 3.5  # a heading line is at most this many line heights above the values (two heading lines: twice)
CHAIN_SHARE = 0.6  # a ledger's balance column is confirmed when this share of its row steps agree


@dataclass(frozen=True)
class Slot:
    """Words of one row that sit together (gaps under :data:`SLOT_GAP`): a table cell."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True)
class Grid:
    """A table: ``headers`` (one text per column, "" when none) over ``rows`` (texts per column, "" when empty).

    ``page`` is the 0-based page, ``top`` the 0-based index of its first value row on that page."""

    page: int
    top: int
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _unit(line: Line) -> float:
    """The line's median character width (a full-width character counts as two), a fraction of the page width."""
    widths = sorted((w.box[2] - w.box[0]) / max(sum(2 if is_wide(c) else 1 for c in w.text), 1) for w in line.words)
    return widths[len(widths) // 2] if widths else 0.0


def slots(line: Line, gap: float = SLOT_GAP) -> list[Slot]:
    """The line cut into slots at gaps wider than ``gap`` (fractions of the page width) and than one and a half
    characters of the line (so the spaces inside "6217 0000 1234" keep one slot)."""
    gap = max(gap, 1.6 * _unit(line))
    groups: list[list[Word]] = []
    for w in line.words:
        if groups and w.box[0] - groups[-1][-1].box[2] <= gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return [Slot(join_words(g), g[0].box[0], g[-1].box[2]) for g in groups]


def _is_value(text: str) -> bool:
    """An amount or a date: what a table's value row holds."""
    t = clean(text).strip()
    return bool(find_dates(t)) or bool(re.fullmatch(r"[-+(]?\s*[¥$£€]?\s*[\d,.]+\s*\)?\s*(?:元)?", t) and re.search(r"\d", t))


def _chars(line: Line) -> list[tuple[str, float]]:
    """Every character of the line with its x position (its share of its word's box)."""
    out = []
    for w in line.words:
        t = fold(w.text)
        n = max(len(t), 1)
        for k, ch in enumerate(t):
            out.append((ch, w.box[0] + (w.box[2] - w.box[0]) * (k + 0.5) / n))
    return out


def _bands(row: Sequence[Slot]) -> list[tuple[float, float]]:
    edges = [0.0] + [(a.x1 + b.x0) / 2 for a, b in zip(row, row[1:], strict=False)] + [1.0]
    return list(zip(edges, edges[1:], strict=False))


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" |”“\"'_-:：")
    return re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", text)


def _headings(line: Line, bands: Sequence[tuple[float, float]]) -> list[str]:
    """The heading line's text per band: a slot whose characters mostly fall in one band goes there whole (a
    left-aligned heading wider than its figures), a slot spanning several bands (headings OCR ran together) is
    cut at the bands' edges."""
    out = [""] * len(bands)

    def band_of(x: float) -> int:
        return next((k for k, b in enumerate(bands) if b[0] <= x < b[1]), len(bands) - 1)

    chars = _chars(line)
    for slot in slots(line):
        own = [(ch, x) for ch, x in chars if slot.x0 <= x <= slot.x1]
        if not own:
            continue
        ks = [band_of(x) for _, x in own]
        top = max(set(ks), key=ks.count)
        if ks.count(top) >= 0.7 * len(ks):
            out[top] = f"{out[top]} {slot.text}"
        else:
            for (ch, _), k in zip(own, ks, strict=True):
                out[k] += ch
    return [_tidy(t) for t in out]


def _header_like(line: Line, row: Sequence[Slot] = ()) -> bool:
    """Headings, not values: at least two slots, or one slot over at least :data:`MIN_COLUMNS` slots of the value
    ``row`` beneath (headings printed close together, or run together by OCR, make one slot); few values."""
    s = slots(line)
    wide = len(s) == 1 and sum(s[0].x0 <= (v.x0 + v.x1) / 2 <= s[0].x1 for v in row) >= MIN_COLUMNS
    return (len(s) >= 2 or wide) and sum(_is_value(x.text) for x in s) <= len(s) // 4


def grids(lines: Sequence[Line]) -> list[Grid]:
    """Every grid of the document, in reading order: heading line(s) over value rows aligned with them."""
    out: list[Grid] = []
    used: set[tuple[int, int]] = set()
    for i, ln in enumerate(lines):
        if (ln.page, ln.index) in used:
            continue
        row = slots(ln)
        if len(row) < MIN_COLUMNS or sum(_is_value(s.text) for s in row) < 2 or re.search("[:：]", ln.text):
            continue  # a line of "label: value" pairs is a form, not a table's values
        height = max(ln.y1 - ln.y0, 0.008)
        heads = []
        for j in (i - 1, i - 2):
            if j < 0 or lines[j].page != ln.page or not _header_like(lines[j], row if j == i - 1 else ()):
                break
            if ln.y0 - lines[j].y1 > HEADER_REACH * height * (len(heads) + 1):
                break
            heads.insert(0, lines[j])
        if not heads:
            continue
        bands = _bands(row)
        per_line = [_headings(h, bands) for h in heads]
        headers = tuple(_tidy(" ".join(parts)) for parts in zip(*per_line, strict=True))
        if sum(bool(h) for h in headers) < MIN_COLUMNS - 1:
            continue
        rows = [tuple(s.text for s in row)]
        used.add((ln.page, ln.index))
        for nxt in lines[i + 1:]:
            if nxt.page != ln.page or nxt.y0 - lines[i].y1 > HEADER_REACH * height * len(rows):
                break
            if re.search("[:：]", nxt.text):
                break  # "发放日期：2026年10月10日" under a strip payslip is a form's line, not another row of values
            cells = [""] * len(bands)
            for s in slots(nxt):
                centre = (s.x0 + s.x1) / 2
                k = next(k for k, b in enumerate(bands) if b[0] <= centre < b[1] or k == len(bands) - 1)
                cells[k] = f"{cells[k]} {s.text}".strip()
            if sum(bool(c) for c in cells) < 2 or sum(_is_value(c) for c in cells) < 1:
                break
            rows.append(tuple(cells))
            used.add((nxt.page, nxt.index))
        out.append(Grid(ln.page, ln.index, headers, tuple(rows)))
    return out


def pair_lines(lines: Sequence[Line]) -> list[Line]:
    """The single-row grids of the document as synthetic lines "heading：value", one per column with both,
    for the label search (on page -1, so no search for a value "below" them reaches the real page)."""
    out: list[Line] = []
    n = 0
    for g in grids(lines):
        if len(g.rows) != 1:
            continue
        for head, value in zip(g.headers, g.rows[0], strict=True):
            if head and value:
                h = f"{head}："
                out.append(Line(-1, n, (Word(h, (0.0, 0.0, 0.2, 0.01), 100.0, n),
                                        Word(value, (0.2, 0.0, 0.4, 0.01), 100.0, n))))
                n += 1
    return out


# --- the ledger: a statement's transaction rows ------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One transaction row: its date, the amounts printed on it (left to right) and its line."""

    day: date
    amounts: tuple[Decimal, ...]
    line: Line


@dataclass(frozen=True)
class Ledger:
    """Dated transaction rows in date order. ``chained`` is how many row-to-row steps agree with a running
    balance in the last amount column (balance = previous balance ± an amount of the row), ``steps`` how many
    steps there were; ``confirmed`` when enough agree."""

    entries: tuple[Entry, ...]
    chained: int
    steps: int

    @property
    def confirmed(self) -> bool:
        return self.steps >= 2 and self.chained >= max(2, CHAIN_SHARE * self.steps)

    @property
    def first(self) -> date:
        return min(e.day for e in self.entries)

    @property
    def last(self) -> date:
        return max(e.day for e in self.entries)

    @property
    def closing(self) -> Decimal | None:
        """The running balance after the last transaction (None unless the balance column is confirmed)."""
        last = self.entries[-1].amounts
        return last[-1] if self.confirmed and len(last) >= 2 else None


def _entry(line: Line, dayfirst: bool) -> Entry | None:
    text = clean(line.text)
    hits = find_dates(text, dayfirst)
    if not hits or hits[0].precision != "day" or hits[0].start > max(12, len(text) // 4):
        return None
    rest = text[:hits[0].start] + " " * (hits[0].end - hits[0].start) + text[hits[0].end:]
    for h in hits[1:]:
        rest = rest[:h.start] + " " * (h.end - h.start) + rest[h.end:]
    amounts = tuple(h.value for h in find_money(rest) if h.marked)
    return Entry(hits[0].value, amounts, line) if amounts else None


def _steps(entries: Sequence[Entry]) -> int:
    """How many consecutive rows have a last amount equal to the previous row's last amount plus or minus
    another amount of the row (or the balance column alone changed by a signed amount)."""
    n = 0
    for a, b in zip(entries, entries[1:], strict=False):
        diff = b.amounts[-1] - a.amounts[-1]
        if diff and any(abs(diff) == abs(x) for x in b.amounts[:-1]):
            n += 1
    return n


def ledger(lines: Sequence[Line], dayfirst: bool) -> Ledger | None:
    """The document's transaction rows (at least two lines starting with a full date and carrying an amount),
    in date order; None when there are fewer. Rows printed newest first are turned round when the balances
    chain that way."""
    entries = [e for ln in lines if (e := _entry(ln, dayfirst))]
    if len(entries) < 2:
        return None
    forward, backward = _steps(entries), _steps(entries[::-1])
    if backward > forward:
        entries = entries[::-1]
    elif forward == backward and entries[0].day > entries[-1].day:
        entries = entries[::-1]
    with_balance = [e for e in entries if len(e.amounts) >= 2]
    chained = max(forward, backward)
    return Ledger(tuple(entries), chained, max(len(with_balance) - 1, 0))


# --- a pay stub's earnings table: current-period column versus year-to-date -----------------------------------

def _word_in(words: Sequence[str], text: str) -> bool:
    """One of ``words`` in ``text`` (folded, lower case), as a whole word where it is Latin."""
    low = fold(text).lower()
    return any(re.search(rf"(?<![a-z]){re.escape(fold(w).lower())}(?![a-z])", low) for w in words)


def _sure_amounts(text: str) -> list[Decimal]:
    return [h.value for h in find_money(text) if h.marked]


def _where(lines: Sequence[Line], line: Line) -> int | None:
    """The position of ``line`` (this very object) in ``lines``; None for a synthetic line (page -1) or one not there."""
    if line.page < 0:
        return None
    return next((k for k, ln in enumerate(lines) if ln is line), None)


def heading_over(lines: Sequence[Line], line: Line, x0: float, x1: float, reach: int = 12) -> str:
    """The text of the nearest section heading above ``line`` over the span ``x0``-``x1`` (fractions of the
    page width): walking up the page, the first line without a sure amount that has a slot overlapping the span
    ("Year to Date Information" over "Gross Pay 60,000.00"; "项目 本期金额 本年累计" over "税前收入合计"), only its
    slots over the span; "" when there is none within ``reach`` lines."""
    i = _where(lines, line)
    if i is None:
        return ""
    for prev in reversed(lines[max(0, i - reach):i]):
        if prev.page != line.page:
            break
        if _sure_amounts(prev.text):
            continue
        over = [s.text for s in slots(prev) if s.x0 < x1 + 0.01 and s.x1 > x0 - 0.01]
        if over:
            return " ".join(over)
    return ""


def under_heading(lines: Sequence[Line], line: Line, x0: float, x1: float, words: Sequence[str]) -> bool:
    """Whether the nearest section heading over ``line`` at ``x0``-``x1`` (:func:`heading_over`) names one of
    ``words`` (a year-to-date section: its "Gross Pay" is the year's, not the period's)."""
    return _word_in(words, heading_over(lines, line, x0, x1))


def column_heading(lines: Sequence[Line], line: Line, reach: int = 12) -> Line | None:
    """The nearest line above ``line`` (same page, within ``reach`` lines) that can head its columns: at least two
    slots and no sure amount ("Earnings  Rate  Hours  Current  YTD"); None when there is none."""
    i = _where(lines, line)
    if i is None:
        return None
    for prev in reversed(lines[max(0, i - reach):i]):
        if prev.page != line.page:
            return None
        if not _sure_amounts(prev.text) and len(slots(prev)) >= 2:
            return prev
    return None


def current_amount(lines: Sequence[Line], line: Line, x1: float, current: Sequence[str],
                   ytd: Sequence[str]) -> Decimal | None:
    """The current-period amount of a labelled row that prints several ("Gross Pay  80.00  25.00  2,000.00
    24,000.00" under "Hours  Rate  Current  YTD"): the amount slots right of the label (``x1``, a fraction of the
    page width), up to the next text, chosen by :func:`_column_of` under :func:`column_heading`. None when the row
    has fewer than two amounts, or no heading names a column and no rate × hours gives the amount (the caller
    then reads the row as before)."""
    amounts: list[Slot] = []
    for s in slots(line):
        if s.x1 <= x1:
            continue
        if not _is_value(s.text):
            if amounts:
                break
            continue
        amounts.append(s)
    if len(amounts) < 2:
        return None
    head = column_heading(lines, line)
    named = head is not None and any(_word_in(current, h.text) or _word_in(ytd, h.text) for h in slots(head))
    values = [a[0] for s in amounts if (a := _sure_amounts(s.text))]
    product = len(values) >= 3 and values[0] * values[1] == values[2]
    return _column_of(amounts, head, current, ytd) if named or product else None


def _column_of(row: Sequence[Slot], head: Line | None, current: Sequence[str], ytd: Sequence[str]) -> Decimal | None:
    """The current-period amount among a row's amount slots ``row``: the one under a heading slot naming the
    current period (``current``: "Current", "This period", "本期") when the heading has one; else the amounts not
    under a year-to-date heading (``ytd``), the last of them; else rate × hours = amount gives the amount; else the
    first amount (a stub prints the period's figure before the year's)."""
    cells = [(s, _sure_amounts(s.text)) for s in row]
    cells = [(s, a[0]) for s, a in cells if a]
    if not cells:
        return None

    def nearest(slot: Slot) -> Decimal:
        mid = (slot.x0 + slot.x1) / 2
        return min(cells, key=lambda c: abs((c[0].x0 + c[0].x1) / 2 - mid))[1]

    heads = slots(head) if head else []
    now = [h for h in heads if _word_in(current, h.text) and not _word_in(ytd, h.text)]
    if now:
        return nearest(now[0])
    year = [h for h in heads if _word_in(ytd, h.text)]
    if year and len(cells) > 1:
        drop = {id(min(cells, key=lambda c: abs((c[0].x0 + c[0].x1) / 2 - (h.x0 + h.x1) / 2))) for h in year}
        rest = [c for c in cells if id(c) not in drop]
        if rest:
            return rest[-1][1]
    values = [v for _, v in cells]
    if len(values) >= 3 and values[0] * values[1] == values[2]:
        return values[2]
    return values[0]


def earnings_total(lines: Sequence[Line], items: Sequence[str], current: Sequence[str],
                   ytd: Sequence[str]) -> Decimal | None:
    """Gross pay as the sum of a pay stub's earnings rows, for a stub that prints no gross total: every row that
    starts with an earnings item (``items``: "Regular", "Overtime", "Salary", "基本工资" — the type's words), read
    from its item up to the next label on the line (two sections side by side: "Regular Pay 5,000.00  Federal
    Income Tax 800.00" gives 5,000.00), its current-period amount chosen by :func:`_column_of` under the nearest
    heading. A row under a year-to-date heading (``ytd``: "Year to Date", "YTD TOTALS") or with a YTD word before
    its item is left out. None when no row gives an amount; the total must be positive."""
    total, found = Decimal(0), False
    for ln in lines:
        if ln.page < 0:
            continue
        row = slots(ln)
        for k, s in enumerate(row):
            low = fold(s.text).lower()
            if not any(re.match(rf"{re.escape(fold(w).lower())}(?![a-z])", low) for w in items):
                continue
            before = " ".join(x.text for x in row[:k])
            if _word_in(ytd, before) or _word_in(ytd, heading_over(lines, ln, s.x0, s.x1)):
                break
            amounts = [s] if _sure_amounts(s.text) else []
            for nxt in row[k + 1:]:
                if not _is_value(nxt.text):
                    break
                amounts.append(nxt)
            value = _column_of(amounts, column_heading(lines, ln), current, ytd)
            if value is not None:
                total += value
                found = True
            break
    return total if found and total > 0 else None
