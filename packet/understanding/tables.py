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
  classifier that a document holds a statement's table. No header row is needed: the rows are found by their
  dates and their balances chaining, one line each (a passbook printer's "dd-mm-yy" rows too) or two (a banking
  app's entry, its amount and its balance on two lines: :func:`_paired_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from packet.core.model import Word
from packet.core.text import CJK, fold, is_wide
from packet.rules.registry import load_vocabulary
from packet.understanding.label_geometry import Line, is_rule, join_words
from packet.understanding.values import (
    MONTHS,
    CellAmount,
    cell_amount,
    clean,
    find_dates,
    find_money,
    full_year,
    month_end,
)

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
    ruled = False
    for w in line.words:
        if is_rule(w.text):
            ruled = True  # a ruled grid's border read as a glyph ends the slot
            continue
        if groups and not ruled and w.box[0] - groups[-1][-1].box[2] <= gap:
            groups[-1].append(w)
        else:
            groups.append([w])
        ruled = False
    return [Slot(join_words(g), g[0].box[0], g[-1].box[2]) for g in groups]


def _is_value(text: str) -> bool:
    """An amount or a date: what a table's value row holds. A figure with cents may carry any currency mark before
    it: a sign ("₹2,500.00") or a short mark of letters ("S$5,572.64", "KSh 4,458.11", "R 912.40", "RM 1,050.00", as
    SG, KE, ZA and MY slips print them). A whole figure after letters ("PKR 75,000") stays out, as before: a
    heading's words over an item's amount are no table of values."""
    t = clean(text).strip()
    if find_dates(t) or re.fullmatch(r"[-+(]?\s*[¥$£€]?\s*[\d,.]+\s*\)?\s*(?:元)?", t) and re.search(r"\d", t):
        return True
    return bool(re.fullmatch(r"[-(]?\s*(?:[A-Za-z]{1,3}\$?\.?|[^\w\s]{1,2})\s?[-(]?\d[\d,]*\.\d{2}\)?", t))


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
            continue
        for w in line.words:  # word by word, so the spaces between a heading's words stay
            if not slot.x0 <= (w.box[0] + w.box[2]) / 2 <= slot.x1:
                continue
            for k, part in _word_parts(fold(w.text), w.box, band_of):
                out[k] = f"{out[k]} {part}"
    return [_tidy(t) for t in out]


def _word_parts(text: str, box: tuple[float, float, float, float], band_of) -> list[tuple[int, str]]:
    """One word of a heading line given to the bands its characters fall in: whole to one band when most of it falls
    there and it holds no capital after a lower-case letter, else cut where its characters cross a band's edge — at a capital after a lower-case letter nearest that
    point ("PayTotal": two headings the text layer ran together), or there when there is none."""
    n = max(len(text), 1)
    ks = [band_of(box[0] + (box[2] - box[0]) * (i + 0.5) / n) for i in range(len(text))]
    if not ks:
        return []
    top = max(set(ks), key=ks.count)
    camels = any(text[j].isupper() and text[j - 1].islower() for j in range(1, len(text)))
    if ks.count(top) == len(ks) or ks.count(top) >= 0.7 * len(ks) and not camels:
        return [(top, text)]
    parts, start = [], 0
    for i in range(1, len(text)):
        if ks[i] == ks[i - 1]:
            continue
        camel = [j for j in range(start + 1, len(text)) if text[j].isupper() and text[j - 1].islower()]
        cut = min(camel, key=lambda j: abs(j - i)) if camel else i
        if cut > start:
            parts.append((start, cut))
            start = cut
    parts.append((start, len(text)))
    out: list[tuple[int, str]] = []
    for a, b in parts:
        if a >= b:
            continue
        own = ks[a:b]
        k = max(set(own), key=own.count)
        if out and k <= out[-1][0]:
            k = max(own)  # the part after a cut lies in the next band, most of its characters or not
        out.append((k, text[a:b]))
    return out


def _header_like(line: Line, row: Sequence[Slot] = ()) -> bool:
    """Headings, not values: at least two slots, or one slot over at least :data:`MIN_COLUMNS` slots of the value
    ``row`` beneath (headings printed close together, or run together by OCR, make one slot); few values; no
    slot a form's "label: figure" pair ("Account number: 70257105", "账号：6228…" — a header block's line, whose
    lines below are more of the form, not a table's row)."""
    s = slots(line)
    if any(re.search(r"[:：]\s*\S*\d", x.text) for x in s):
        return False
    wide = len(s) == 1 and sum(s[0].x0 <= (v.x0 + v.x1) / 2 <= s[0].x1 for v in row) >= MIN_COLUMNS
    return (len(s) >= 2 or wide) and sum(_is_value(x.text) for x in s) <= len(s) // 4


def _form_pairs(row: Sequence[Slot], heads: Sequence[Line]) -> bool:
    """Whether a would-be table is a form's lines of label/value pairs printed without colons: in ``row`` every value
    (:func:`_is_value`) follows a slot of words, at least two such pairs ("Employee ID | 00592 | Pay Date | 12/04/2026
    | Pay Frequency Monthly"), and a line of ``heads`` holds a value too ("Employee | Darlene Marie Thibodeaux | Pay
    Period | 11/01/2026 - 11/30/2026"): its cells are labels and values, not headings (independent set 23's pay stub,
    whose "Employee" was read as heading the street address's "Chauvin, LA" two lines up). A table's row opens with a
    date or runs its figures side by side; a two-column table of pairs ("Item | Amount | Item | Amount") has no value
    among its headings."""
    flags = [_is_value(s.text) for s in row]
    pairs = sum(1 for k, v in enumerate(flags) if v and k and not flags[k - 1])
    if pairs < 2 or pairs != sum(flags):
        return False
    return any(_is_value(s.text) for h in heads for s in slots(h))


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
        if not heads or _form_pairs(row, heads):
            continue
        bands = _bands(row)
        per_line = [_headings(h, bands) for h in heads]
        headers = tuple(_tidy(" ".join(parts)) for parts in zip(*per_line, strict=True))
        ordered = _heads_in_order(heads[-1], ln)
        if ordered is not None:
            used.add((ln.page, ln.index))
            out.append(Grid(ln.page, ln.index, ordered, (tuple(w.text for w in ln.words if not is_rule(w.text)),)))
            continue
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


def _heads_in_order(head: Line, row: Line) -> tuple[str, ...] | None:
    """The headings of a strip table paired with its values by order, not by position: a heading line of Chinese
    headings, one word each ("工号 姓名 科室 岗位工资 … 应发合计 … 实发金额"), over a row of as many words, at least
    twice :data:`MIN_COLUMNS`. A photo's heading words are wider or narrower than the figures under them, so that by
    position a heading drifts over its neighbour's figure ("应发合计" over the night shift's 480.00, figures run
    together into one slot); counted in order, the n-th heading names the n-th value. None for any other heading
    (Latin headings may take several words: "Year to Date"; a value of several words breaks the count)."""
    words = [w.text.strip() for w in head.words if w.text.strip() and not is_rule(w.text)]
    values = [w.text.strip() for w in row.words if w.text.strip() and not is_rule(w.text)]
    if len(words) < 2 * MIN_COLUMNS or len(words) != len(values) \
            or not all(re.fullmatch(f"[{CJK}]{{2,8}}", w) for w in words):
        return None
    return tuple(words)


def _cumulative_grid(lines: Sequence[Line], g: Grid, cumulative: Sequence[str]) -> bool:
    """Whether grid ``g`` stands under a section title naming one of ``cumulative`` ("Cumulative to date (tax year
    2026)" over "Gross pay  Tax paid  USC paid" and their row): the nearest line above its heading that holds no
    sure amount is one slot (a title, not a second line of heads) and names such a word."""
    if not cumulative:
        return False
    row = next((ln for ln in lines if ln.page == g.page and ln.index == g.top), None)
    head = column_heading(lines, row) if row is not None else None
    if head is None:
        return False
    i = _where(lines, head)
    for prev in reversed(lines[max(0, (i or 0) - 3):i or 0]):
        if prev.page != head.page:
            return False
        if _sure_amounts(prev.text):
            continue
        return len(slots(prev)) == 1 and _word_in(cumulative, prev.text)
    return False


def pair_lines(lines: Sequence[Line], cumulative: Sequence[str] = ()) -> list[Line]:
    """The single-row grids of the document as synthetic lines "heading：value", one per column with both,
    for the label search (on page -1, so no search for a value "below" them reaches the real page). A column whose
    head names one of ``cumulative`` (year to date, 累计), and every column of a grid under a section title naming
    one (:func:`_cumulative_grid`), gives none: its figures are the year's, and the synthetic line would lose the
    place that says so."""
    out: list[Line] = []
    n = 0
    at = {(ln.page, ln.index): ln for ln in lines}
    for g in grids(lines):
        if len(g.rows) != 1 or _cumulative_grid(lines, g, cumulative):
            continue
        if _ledger_start(at.get((g.page, g.top)), at.get((g.page, g.top + 1))):
            continue  # a transaction table's first row: its "户名" is the other party's, no form's value
        for head, value in zip(_own_heads(g, at.get((g.page, g.top - 1))), g.rows[0], strict=True):
            if cumulative and _word_in(cumulative, head):
                continue
            if head and value:
                h = f"{head}："
                out.append(Line(-1, n, (Word(h, (0.0, 0.0, 0.2, 0.01), 100.0, n),
                                        Word(value, (0.2, 0.0, 0.4, 0.01), 100.0, n))))
                n += 1
    return out


def _own_heads(g: Grid, heads: Line | None) -> tuple[str, ...]:
    """A one-row grid's headers as its heading line cuts them itself, where that line holds as many cells as the row
    has values and the same text as the grid's headers: values printed off their heads' columns (right-aligned under
    the gap between two heads) cut the heads at the values' edges ("Total Dedu" | "ctions Employer" | "SPK 8.5% NET
    PA"), while the heading line's own gaps keep each head whole ("Total Deductions" | "Employer SPK 8.5%" | "NET
    PAY (B$)"): in order, head k names value k (independent set 20's Brunei payslip, read after judging). The grid's
    headers otherwise."""
    if heads is None:
        return g.headers
    cells = [join_words(c) for c in heads.cells()]
    if len(cells) != len(g.rows[0]) or "".join(cells).replace(" ", "") != "".join(g.headers).replace(" ", ""):
        return g.headers
    return tuple(cells)


def _ledger_start(row: Line | None, nxt: Line | None) -> bool:
    """Whether ``row`` (a one-row grid's values) is the first row of a ledger: it opens with a full date, holds an
    amount, and the line under it opens with a full date too (the next transaction), so the grid is a transaction
    table whose heads ("日期 … 余额 户名") say nothing of the document's own fields."""
    def dated(ln: Line | None) -> bool:
        if ln is None:
            return False
        text = ln.text.strip()
        return any(h.start == 0 and h.precision == "day" for h in find_dates(text))
    return dated(row) and dated(nxt) and row is not None and any(h.marked for h in find_money(row.text))


# --- the ledger: a statement's transaction rows ------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One transaction row: its date, the amounts printed on it (left to right) and its line. A row printed
    without a date under a dated one (a second transaction of the same day) has that row's date."""

    day: date
    amounts: tuple[Decimal, ...]
    line: Line
    year_known: bool = True  # False for a row dated "10/02" or "2nd Mar" (the year in :data:`NO_YEAR`)
    # whole-unit figures of a row whose one sure amount is its last (:func:`_whole_figures`): the movement may be
    # one of them, printed without decimals; they count only where they make the balance chain
    whole: tuple[Decimal, ...] = ()
    compact: bool = False  # dated by digits run together ("260928": :func:`_compact_entry`)
    # a row whose figures are all whole units, none sure ("115/11/03 轉帳支出 3,500 6,628": New Taiwan dollars, yen,
    # won): its amounts are its whole-unit figures (:func:`_unit_figures`), amounts only where the balances chain
    units: bool = False


@dataclass(frozen=True)
class Ledger:
    """Dated transaction rows in date order. ``chained`` is how many row-to-row steps agree with a running
    balance in the last amount column (balance = previous balance ± an amount of the row), ``steps`` how many
    steps there were; ``confirmed`` when enough agree."""

    entries: tuple[Entry, ...]
    chained: int
    steps: int
    # read from rows printed over two lines (:func:`_paired_rows`: a banking app's screen, which shows the rows
    # scrolled into view, not a period's): their first and last dates are a guess of the period, to be confirmed
    screen: bool = False

    @property
    def confirmed(self) -> bool:
        return self.steps >= 2 and self.chained >= max(2, CHAIN_SHARE * self.steps)

    @property
    def dated(self) -> tuple[Entry, ...]:
        """The rows whose date has its year (rows dated "10/02" give no period)."""
        return tuple(e for e in self.entries if e.year_known)

    @property
    def first(self) -> date | None:
        return min((e.day for e in self.dated), default=None)

    @property
    def last(self) -> date | None:
        return max((e.day for e in self.dated), default=None)

    @property
    def closing(self) -> Decimal | None:
        """The running balance after the last transaction: the last amount of the last row whose balance follows
        from the row before; None when a later row on the same page carries an amount and a balance that do not
        follow (a totals line, a day's rows printed with one balance) and ends with another balance, when a later
        row prints a movement whose balance was not read (:attr:`moved_after`: the balance after it is not the one
        before it), or the balance column is not confirmed — the label's value then stands. Rows on later pages (a
        table of the same rows "by type") do not count. Where the rows are the ledgers of several accounts
        (:meth:`ends`), the first one's."""
        ends = self.ends()
        return ends[0] if ends else None

    def ends(self) -> tuple[Decimal | None, ...]:
        """The closing balance of each ledger the rows hold, in print order (see :attr:`closing`); () when the balance
        column is not confirmed. The rows hold several ledgers where the dates start again at a row printing one
        amount that does not follow from the row before (its own balance brought forward: a multi-currency account's
        "TRANSACTION DETAILS - USD" after its SGD rows, independent 15); a statement's next page restating the last
        balance starts no new ledger (its balance is the one before it)."""
        if not self.confirmed:
            return ()
        return tuple(_run_closing(run, self.screen) for run in _runs(self.entries))

    @property
    def moved_after(self) -> tuple[Decimal, ...]:
        """The movements of the rows after the last row whose balance follows from the one before, on its page, that
        print one amount only, not that balance (the balance column cut off by the photo's edge, or the balance
        on a line OCR lost: "30 Oct LOAN REPAYMENT 88-4417 310.00" under "28 Oct … 425.00 1,450.12 CR"). The
        closing balance is then the last one plus or minus these (:func:`closing_candidates`)."""
        rows = _runs(self.entries)[0] if self.entries else ()
        k = _last_chained(rows)
        if k is None:
            return ()
        return tuple(e.amounts[0] for e in rows[k + 1:] if len(e.amounts) == 1 and not e.whole
                     and e.line.page == rows[k].line.page and e.amounts[0] != rows[k].amounts[-1])

    @property
    def short_closing(self) -> Decimal | None:
        """The closing balance of a listing too short to be :attr:`confirmed` (two or three rows: a fixture, an
        app's extract): every row prints an amount and a balance, and every row after the first follows from the one
        before (its balance = the previous balance ± its amount, to the cent). The last row's balance, or None.
        Weaker proof than a confirmed chain: the caller uses it only where no label gives the closing balance, and
        gives it the rows' confidence (below 0.9)."""
        rows = self.entries
        if not 2 <= len(rows) <= 3 or any(len(e.amounts) < 2 for e in rows):
            return None
        if not all(_chains(a, b) for a, b in zip(rows, rows[1:], strict=False)):
            return None
        if len({e.line.page for e in rows}) > 1:
            return None
        return rows[-1].amounts[-1]


def _runs(entries: Sequence[Entry]) -> list[tuple[Entry, ...]]:
    """``entries`` cut where a new ledger starts (:meth:`Ledger.ends`): at a row of one amount dated before the row
    above it whose amount is not that row's balance. One run when none does."""
    runs: list[list[Entry]] = [[]]
    for k, e in enumerate(entries):
        if k and len(e.amounts) == 1 and e.day < entries[k - 1].day and e.amounts[0] != entries[k - 1].amounts[-1] \
                and runs[-1]:
            runs.append([])
        runs[-1].append(e)
    return [tuple(r) for r in runs if r]


def _last_chained(rows: Sequence[Entry]) -> int | None:
    """The index of the last row of ``rows`` whose balance follows from the row before, or None."""
    return next((k for k in range(len(rows) - 1, 0, -1) if (len(rows[k].amounts) >= 2 or rows[k].whole)
                 and _chains(rows[k - 1], rows[k])), None)


def _run_closing(rows: Sequence[Entry], screen: bool) -> Decimal | None:
    """The closing balance of one ledger's rows (:attr:`Ledger.closing`), or None."""
    k = _last_chained(rows)
    if k is None:
        return None
    if screen and k < len(rows) - 1:
        return None  # a newer entry on a screen whose figures did not chain (its amount lost): its balance unsure
    # a later row of the same table that does not follow: the balance column ends unsure — unless that row ends
    # with the same balance (a summary under the rows restating it: "Opening · Debits · Credits · Closing")
    if any(len(e.amounts) >= 2 and e.line.page == rows[k].line.page and e.amounts[-1] != rows[k].amounts[-1]
           for e in rows[k + 1:]):
        return None
    if any(len(e.amounts) == 1 and not e.whole and e.line.page == rows[k].line.page
           and e.amounts[0] != rows[k].amounts[-1] for e in rows[k + 1:]):
        return None  # a later movement whose balance was not read: the balance after it is not this one
    return rows[k].amounts[-1]


def closing_candidates(book: Ledger) -> set[Decimal]:
    """The balances the rows allow after their last movement whose balance was not read (:attr:`Ledger.moved_after`):
    the last running balance plus or minus each such movement (2**n sign choices, n at most 4), each at least
    zero. Empty when no such movement follows. A labelled closing balance that is one of these is proved by the
    rows; the figures alone do not say which sign (which column) it was."""
    moves = book.moved_after
    if not moves or len(moves) > 4 or not book.confirmed:
        return set()
    rows = _runs(book.entries)[0]
    last = rows[_last_chained(rows) or 0].amounts[-1]
    out = set()
    for mask in range(2 ** len(moves)):
        total = sum((m if mask >> i & 1 else -m for i, m in enumerate(moves)), Decimal(0))
        if last + total >= 0:
            out.add(last + total)
    return out


NO_YEAR = 2000  # the year given to a row dated without one (a leap year, so "29/02" is a date)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = (
    re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})(?![/.\-]?\d)"),  # 10/02, 02.10
    re.compile(rf"(?i)^\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORD})\.?(?![a-z])"),  # 2nd Mar, 1 February
    re.compile(rf"(?i)^\s*({_MONTH_WORD})\.?\s+(\d{{1,2}})(?!\d)"),  # Feb 3
    re.compile(r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),  # 10月3日 (a banking app's rows)
)


def _day_month(text: str, dayfirst: bool) -> tuple[date, int] | None:
    """A date without its year at the start of a transaction row, in :data:`NO_YEAR`, and where it ends."""
    for k, pat in enumerate(_DAY_MONTH):
        m = pat.match(text)
        if not m:
            continue
        if k == 0:
            a, b = int(m.group(1)), int(m.group(2))
            day, month = (a, b) if (dayfirst and b <= 12) or a > 12 else (b, a)
        elif k == 1:
            day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
        elif k == 2:
            day, month = int(m.group(2)), MONTHS[m.group(1).lower()]
        else:
            day, month = int(m.group(2)), int(m.group(1))
        try:
            return date(NO_YEAR, month, day), m.end()
        except ValueError:
            return None
    return None


def _yearless_entry(line: Line, dayfirst: bool) -> Entry | None:
    """A row dated without a year ("10/02 POS PURCHASE 4.23 65.73", "2nd Mar Interest £0.00")."""
    text = clean(line.text)
    found = _day_month(text, dayfirst)
    if found is None:
        return None
    rest = " " * found[1] + text[found[1]:]
    amounts = tuple(h.value for h in find_money(rest) if h.marked)
    return Entry(found[0], amounts, line, year_known=False) if amounts else None


@lru_cache(maxsize=4)
def _placeholders(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"^\s*(?:" + "|".join(patterns) + r")(?![a-z])", re.I) if patterns else None


def _placeholder_entry(line: Line, text: str) -> Entry | None:
    """A row of a blank form's table whose date is a stand-in (the vocabulary's ``date_placeholder_patterns``:
    "mm/dd/yyyy Fast Payment Amazon 132.30 8,181.00"): a row all the same, its date unknown (in :data:`NO_YEAR`,
    ``year_known`` False, so it gives no period) — its amounts still chain into a running balance."""
    pat = _placeholders(load_vocabulary().date_placeholder_patterns)
    m = pat.match(text) if pat else None
    if not m:
        return None
    rest = " " * m.end() + text[m.end():]
    amounts = tuple(h.value for h in find_money(rest) if h.marked)
    return Entry(date(NO_YEAR, 1, 1), amounts, line, False, _whole_figures(rest)) if amounts else None


def _whole_figures(rest: str) -> tuple[Decimal, ...]:
    """The whole-unit figures of a transaction row (its date blanked out) that has one sure amount (decimals, a
    currency mark) and prints it last — the running balance — before it: "BACS Business Loan 20000 27,585.78" (the
    movement printed without decimals). A figure with a leading zero ("000234", a cheque number), a year, or ten
    digits and more is none. They are candidates only: :func:`_chains` takes one where the balances agree, so a card
    number's "4412" in the description changes nothing."""
    hits = find_money(rest)
    sure = [h for h in hits if h.marked]
    if len(sure) != 1 or hits[-1] is not sure[0]:
        return ()
    whole = []
    for h in hits[:-1]:
        printed = rest[h.start:h.end]
        digits = re.sub(r"\D", "", printed)
        year = 1990 <= h.value <= 2100 and "," not in printed  # "2,000" is an amount, "2000" may be a year
        if h.value > 0 and not digits.startswith("0") and len(digits) < 10 and not year:
            whole.append(h.value)
    return tuple(whole)


def _unit_figures(rest: str) -> tuple[Decimal, ...]:
    """The whole-unit figures of a transaction row (its date blanked out) that prints no sure amount, left to right:
    a statement kept in a currency without minor units in use (New Taiwan dollars, yen, won, rupiah, dong, Chilean
    pesos: "轉帳支出 3,500 6,628 房租"). A figure with a leading zero ("卡-0715", a card's tail), a year, ten digits and
    more, or written against a letter, a digit or a time's colon ("A12", "09:30") is none, as in
    :func:`_whole_figures`. Candidates only: the rows count as a ledger where their balances chain (:func:`ledger`)."""
    out = []
    for h in find_money(rest):
        printed = rest[h.start:h.end]
        digits = re.sub(r"\D", "", printed)
        year = 1990 <= abs(h.value) <= 2100 and "," not in printed
        a, b = h.start + len(printed) - len(printed.lstrip()), h.end - len(printed) + len(printed.rstrip())
        before, after = rest[max(a - 1, 0):a], rest[b:b + 1]
        glued = bool(re.match(r"[A-Za-z0-9./:]", before) or re.match(r"[A-Za-z0-9/:]", after))
        if h.value and h.value == int(h.value) and not digits.startswith("0") and len(digits) < 10 \
                and not year and not glued:
            out.append(h.value)
    return tuple(out)


# a row's date printed as its digits run together at the start of the row, year first: yymmdd ("260928 结息 1.86
# 2,049.41", the dot-matrix rows of a Chinese savings passbook) or yyyymmdd ("20261003", a core banking system's
# export): ISO 8601's basic format, with or without the century. Never read in running text (six or eight digits are
# as likely a code there): only at a row's start, and only where enough such rows run in date order (:func:`ledger`).
# A passbook numbers its printing lines (1 … 24) in a column left of the date: up to two such numbers of one or two
# digits may come first ("13 261001 承前 1,468.54"; on a photo of both leaves OCR reads the left leaf's number and
# the right leaf's on one line: "2 14 261003 取现 600.00 868.54")
_COMPACT_DAY = re.compile(r"^\s*(?:\d{1,2}\s+){0,2}((?:19|20)?\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\s)")
COMPACT_ROWS = 3  # rows dated so that make a listing's dates (fewer: codes at the start of lines)
COMPACT_SPAN = 400  # days at most between the first and the last of them (one statement's or one passbook page's)


def compact_day(text: str) -> date | None:
    """The date a line begins with as digits run together, year first (:data:`_COMPACT_DAY`: "261003 ATM取款 …" is
    2026-10-03), or None. Whether it is a row's date the caller decides (:func:`ledger` asks for rows in date order)."""
    m = _COMPACT_DAY.match(text)
    if m is None:
        return None
    try:
        return date(full_year(int(m.group(1))), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# a row's date with a two-digit year between hyphens at the start of the row ("28-09-26 BALANCE FWD 1,186.45", the
# fixed columns of a passbook printer): :func:`packet.understanding.values.find_dates` reads no "dd-mm-yy" in running
# text (a code or a range as often), so here too only at a row's start and only where enough such rows run in date
# order within a page's span (:func:`_compact_dates_hold`), as the rows dated by digits run together
_SHORT_YEAR_DAY = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{2})(?=\s)")


def short_year_order(lines: Sequence[Line], dayfirst: bool) -> bool:
    """Whether the rows dated "dd-mm-yy" or "mm-dd-yy" (:data:`_SHORT_YEAR_DAY`) among ``lines`` print the day
    first: a first number above 12 on any row says so, a second number above 12 says the month comes first;
    otherwise ``dayfirst`` (the document's convention) decides. One listing prints one order."""
    firsts, seconds = [], []
    for ln in lines:
        m = _SHORT_YEAR_DAY.match(clean(ln.text))
        if m:
            firsts.append(int(m.group(1)))
            seconds.append(int(m.group(2)))
    if any(a > 12 for a in firsts):
        return True
    if any(b > 12 for b in seconds):
        return False
    return dayfirst


def _short_year_day(text: str, dayfirst: bool) -> tuple[date, int] | None:
    """The date a row begins with as "dd-mm-yy" (``dayfirst``) or "mm-dd-yy", and where it ends; None otherwise."""
    m = _SHORT_YEAR_DAY.match(text)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    day, month = (a, b) if dayfirst else (b, a)
    try:
        return date(full_year(int(m.group(3))), month, day), m.end()
    except ValueError:
        return None


# a row's date as a passbook printer runs it together: day, month's three-letter name, two-digit year ("01OCT26",
# "24SEP26"), at the start of the row only. Dot-matrix print read by OCR swaps O and 0 ("010CT26", "O2NOV26", "N0V"):
# the day's and the year's O are read as 0, the month's 0 as O, before the month's name is looked up
_NAMED_DAY = re.compile(r"^\s*([0-3Oo][0-9Oo])\s?([A-Za-z0]{3})\s?([0-9Oo]{2})(?=\s)")


def _named_day(text: str) -> tuple[date, int] | None:
    """The date a row begins with as "ddMONyy" (:data:`_NAMED_DAY`, O and 0 read either way), and where it ends."""
    m = _NAMED_DAY.match(text)
    if m is None:
        return None
    month = MONTHS.get(m.group(2).replace("0", "o").lower())
    if month is None:
        return None
    try:
        day = int(m.group(1).replace("O", "0").replace("o", "0"))
        year = full_year(int(m.group(3).replace("O", "0").replace("o", "0")))
        return date(year, month, day), m.end()
    except ValueError:
        return None


def _compact_entry(line: Line, text: str, dayfirst: bool = True) -> Entry | None:
    """A row dated by its digits run together, year first (:data:`_COMPACT_DAY`: "261003 ATM取款 800.00 1,249.41"),
    by a two-digit year between hyphens (:data:`_SHORT_YEAR_DAY`: "03-10-26 CASH WDL 300.00 1,736.45", day first
    when ``dayfirst``) or as a passbook printer runs day, month's name and year together (:data:`_NAMED_DAY`:
    "01OCT26 CSH 150.00 1,194.35", OCR's "010CT26" too), with the amounts printed after the date; None when the
    digits are no date or the row carries no amount."""
    day = compact_day(text)
    if day is not None:
        end = _COMPACT_DAY.match(text).end()
    elif (short := _short_year_day(text, dayfirst)) is not None:
        day, end = short
    elif (named := _named_day(text)) is not None:
        day, end = named
    else:
        return None
    rest = " " * end + text[end:]
    amounts = tuple(h.value for h in find_money(rest) if h.marked)
    return Entry(day, amounts, line, whole=_whole_figures(rest), compact=True) if amounts else None


def _entry(line: Line, dayfirst: bool, compact: bool = False, short_dayfirst: bool | None = None,
           units: bool = False) -> Entry | None:
    """The transaction row ``line`` is, or None: a line starting with a full date (or, with ``compact``, with a date
    of digits run together or "dd-mm-yy", read day first when ``short_dayfirst``) and carrying sure amounts. With
    ``units``, a line starting with a full date and carrying no sure amount but two whole-unit figures or more
    (:func:`_unit_figures`: "115/11/03 轉帳支出 3,500 6,628 房租") is a row of those figures, marked ``units``:
    whether they are amounts only the chain of their balances tells (:func:`ledger`)."""
    text = clean(line.text)
    hits = find_dates(text, dayfirst)
    if not hits or hits[0].start > 0:
        blank = _placeholder_entry(line, text)
        if blank is not None:
            return blank
        if compact and (e := _compact_entry(line, text, dayfirst if short_dayfirst is None else short_dayfirst)) \
                is not None:
            return e
    # "04-28 6.01 -12.78": the row's date is the first token; "Oct 30 Bal $2,904.14" too (read as a month of 2030
    # where it stands alone, at a row's start before its amounts it is a day without its year)
    if (not hits or hits[0].start > 0 or hits[0].precision != "day") and _day_month(text, dayfirst):
        return _yearless_entry(line, dayfirst)
    if not hits or hits[0].precision != "day" or hits[0].start > max(12, len(text) // 4):
        return None
    rest = text[:hits[0].start] + " " * (hits[0].end - hits[0].start) + text[hits[0].end:]
    for h in hits[1:]:
        if h.precision == "day":  # "SALARY MAY 50.00" is a description and an amount, not the month May 2050
            rest = rest[:h.start] + " " * (h.end - h.start) + rest[h.end:]
    amounts = tuple(h.value for h in find_money(rest) if h.marked)
    if not amounts and units:
        figures = _unit_figures(rest)
        return Entry(hits[0].value, figures, line, units=True) if len(figures) >= 2 else None
    return Entry(hits[0].value, amounts, line, whole=_whole_figures(rest)) if amounts else None


def _steps(entries: Sequence[Entry]) -> int:
    """How many consecutive rows have a last amount equal to the previous row's last amount plus or minus
    another amount of the row (or the balance column alone changed by a signed amount)."""
    return sum(_chains(a, b) for a, b in zip(entries, entries[1:], strict=False))


def _chains(a: Entry, b: Entry) -> bool:
    """Row ``b``'s last amount is row ``a``'s last amount plus or minus another amount of ``b`` (or one of its
    whole-unit figures: the figures agreeing is what makes "20000" an amount)."""
    diff = b.amounts[-1] - a.amounts[-1]
    return bool(diff) and any(abs(diff) == abs(x) for x in b.amounts[:-1] + b.whole)


def chains(a: Entry, b: Entry) -> bool:
    """Row ``b``'s balance follows from row ``a``'s by an amount of ``b`` (:func:`_chains`): for rows of two
    pictures of one statement (:mod:`packet.understanding.joining`)."""
    return _chains(a, b)


def _same_day(line: Line, before: Entry) -> Entry | None:
    """A row printed without a date under a dated row ("Direct debit - Phone 20.00 39,955.50"): a description
    beginning with a letter and two sure amounts at least (an amount and the balance), dated as the row before."""
    text = clean(line.text)
    if not re.match(r"\s*[A-Za-z]", text) or find_dates(text, True) or _balance_line(text):
        return None
    amounts = tuple(h.value for h in find_money(text) if h.marked)
    return Entry(before.day, amounts, line, before.year_known) if len(amounts) >= 2 else None


TOTALLED_ROWS = 2  # a column's total is a sum over two rows or more (one row's amount is itself, no total)


def _column_totals(line: Entry, above: Sequence[Entry]) -> bool:
    """Whether an undated ``line`` under the rows ``above`` is their totals line ("Total 2,352.40 4,940.00", "本页合计")
    and no transaction of the last row's day: one of its amounts is, to the cent, the sum of the money out or of the
    money in of at least :data:`TOTALLED_ROWS` rows above it on its page. Each row's movement is its amount before
    the balance, out or in as the balance fell or rose from the row before (the figures tell the columns apart, not
    their heads). Taken for a row, a totals line gave the ledger a last balance of the money in's total."""
    rows = [e for e in above if e.line.page == line.line.page and len(e.amounts) >= 2]
    out: list = []
    into: list = []
    for a, b in zip(rows, rows[1:], strict=False):
        move = b.amounts[-2]
        if b.amounts[-1] < a.amounts[-1] and abs(a.amounts[-1] - b.amounts[-1]) == move:
            out.append(move)
        elif b.amounts[-1] > a.amounts[-1] and abs(b.amounts[-1] - a.amounts[-1]) == move:
            into.append(move)
    totals = {sum(col) for col in (out, into) if len(col) >= TOTALLED_ROWS}
    return any(x in totals for x in line.amounts)


def _balance_line(text: str) -> bool:
    """Whether an undated line begins with an opening or closing balance's label (the vocabulary's
    ``opening_balance_labels`` and ``closing_balance_labels``: "Opening Balance 48,210.55 … Closing 68,013.75"):
    the statement's summary under its rows, not a second transaction of the last row's day."""
    v = load_vocabulary()
    low = fold(text).lower().lstrip(" |*:-")
    return any(low.startswith(fold(lb).lower()) for lb in (*v.opening_balance_labels, *v.closing_balance_labels))


def _mend_misread_balances(entries: list[Entry]) -> list[Entry]:
    """The rows (in order) with a running balance OCR misread ("8,688.6.0", "4,467:77." read as no amount) put
    back: a row whose printed balance does not follow from the row before gets the balance its movement gives
    (the previous balance plus or minus it) when the next row's balance follows from that one — two figures of
    other rows agree on it, so one misread figure cannot make it. A row left alone otherwise; the first and the
    last rows are never mended (nothing after the last confirms it)."""
    out = list(entries)
    for k in range(1, len(out) - 1):
        a, b, c = out[k - 1], out[k], out[k + 1]
        if len(a.amounts) < 2 or len(c.amounts) < 2 or (len(b.amounts) >= 2 and _chains(a, b)):
            continue
        moves = b.amounts[:-1] if len(b.amounts) >= 2 else b.amounts
        for m in moves:
            fits = [bal for bal in {a.amounts[-1] + m, a.amounts[-1] - m}
                    if any(abs(c.amounts[-1] - bal) == abs(x) for x in c.amounts[:-1] if x)]
            if len(fits) == 1 and fits[0] != a.amounts[-1]:
                out[k] = Entry(b.day, (m, fits[0]), b.line, b.year_known, b.whole)
                break
    return out


def _balance_first(entries: Sequence[Entry]) -> list[Entry]:
    """The rows with each row's first amount moved last: a statement whose balance column is printed left of the
    date and the movement (China Everbright's 账户余额 | 交易日期 | 摘要 | 借贷 | 交易金额, independent set 8), read
    the way :func:`_chains` reads every row, balance last. A row of one amount is left as it is."""
    return [Entry(e.day, e.amounts[1:] + e.amounts[:1], e.line, e.year_known, e.whole) if len(e.amounts) >= 2 else e
            for e in entries]


def _rows(lines: Sequence[Line], dayfirst: bool, compact: bool = False, units: bool = False) -> list[Entry]:
    """The transaction rows of ``lines`` in their printed order; with ``compact`` also rows dated by digits run
    together (:func:`_compact_entry`), with ``units`` also rows of whole-unit figures only (:func:`_entry`)."""
    entries: list[Entry] = []
    order = short_year_order(lines, dayfirst) if compact else None
    for ln in lines:
        e = _entry(ln, dayfirst, compact, order, units)
        if e is None and entries and entries[-1].line.page == ln.page:
            e = _same_day(ln, entries[-1])
            if e is not None and _column_totals(e, entries):
                e = None
        if e is not None:
            entries.append(e)
    return entries


def _compact_dates_hold(entries: Sequence[Entry]) -> bool:
    """Whether the rows dated by digits run together (:func:`_compact_entry`) are a listing's dates: at least
    :data:`COMPACT_ROWS` of them, in date order as printed (oldest or newest first), within :data:`COMPACT_SPAN`
    days. Codes at the start of lines (item numbers, cheque numbers) run in no such order."""
    days = [e.day for e in entries if e.compact]
    if len(days) < COMPACT_ROWS or (max(days) - min(days)).days > COMPACT_SPAN:
        return False
    pairs = list(zip(days, days[1:], strict=False))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


LEAF_ROWS = 2  # rows dated by digits run together on each leaf of a passbook photographed open (:func:`_two_leaves`)


def _two_leaves(entries: Sequence[Entry]) -> list[Entry] | None:
    """The rows of a passbook photographed open on both leaves, in date order, or None. OCR reads such a photo line
    by line across both leaves, so the rows of the leaf whose printing lines stand higher come first whatever their
    dates: the rows, all dated by digits run together (:func:`_compact_entry`), then run in date order in two runs,
    each of at least :data:`LEAF_ROWS` rows, together :data:`COMPACT_ROWS` or more within :data:`COMPACT_SPAN` days
    (the earlier leaf's rows after the later leaf's: "261001 … 261108" then "260921 260930"). Sorted by date (a
    stable sort, rows of one day keep their printed order); whether they are a ledger the chain of their balances
    decides (:func:`ledger` asks for it confirmed). Codes at the start of lines run in no such two runs often, and
    their figures chain in none."""
    if len(entries) < COMPACT_ROWS or not all(e.compact for e in entries):
        return None
    days = [e.day for e in entries]
    if (max(days) - min(days)).days > COMPACT_SPAN:
        return None
    breaks = [k for k in range(1, len(days)) if days[k] < days[k - 1]]
    if len(breaks) != 1 or breaks[0] < LEAF_ROWS or len(days) - breaks[0] < LEAF_ROWS:
        return None
    ordered = sorted(entries, key=lambda e: e.day)
    book = _book(ordered)
    return ordered if book is not None and book.confirmed else None


PAIRED_CHAINED = 3  # steps that must chain before rows read over two lines (:func:`_paired_rows`) make a ledger


def _sure(text: str) -> list[Decimal]:
    return [h.value for h in find_money(text) if h.marked]


def _paired_rows(lines: Sequence[Line], dayfirst: bool, above: bool, balance_dated: bool) -> list[Entry]:
    """The transaction rows of a listing that prints each row over two lines, as banking apps and mobile
    statements do: a dated line with one amount ("2026-10-31 20:14 余额 4,468.31", "31 Oct Interest +$1.12") and,
    just ``above`` it (else just below it) on the same page, an undated line with one amount ("快捷支付-美团 -46.80",
    "Bal $2,462.07"). The two amounts make the row: the dated line's is the running balance when ``balance_dated``,
    else the other line's is. A dated line without such a neighbour stays a row of its one amount (an amount OCR
    lost leaves the balance); a dated line with two amounts or more is a row as it is. Which of the four readings
    is the listing's the chain of balances decides (:func:`ledger`)."""
    dated: dict[int, Entry] = {}
    for k, ln in enumerate(lines):
        e = _entry(ln, dayfirst)
        if e is not None:
            dated[k] = Entry(e.day, e.amounts, e.line, e.year_known)  # a time's "20:14" is no whole-unit amount
    one = {k for k, ln in enumerate(lines) if k not in dated and len(_sure(clean(ln.text))) == 1
           and not find_dates(clean(ln.text), dayfirst) and not _balance_line(ln.text)}
    step = -1 if above else 1

    def partner(k: int) -> int | None:
        j = k + step
        return j if j in one and lines[j].page == lines[k].page else None

    # an entry whose date OCR lost ("8 Oct" read "S Oct"): a line of one amount where the run of two-line entries
    # puts a dated line (two lines from a dated entry of the same page, with a partner), dated as that neighbour but
    # without its year (it moves no period); it stays only as a row of the chain: where it does not chain, the
    # closing balance is left unsure (:attr:`Ledger.closing`), not taken from the entry before it
    lost: dict[int, Entry] = {}
    for k in sorted(one):
        near = next((dated[n] for n in (k - 2, k + 2) if n in dated and partner(n) is not None
                     and lines[n].page == lines[k].page), None)
        if near is not None and partner(k) is not None and partner(k) not in lost:
            lost[k] = Entry(near.day, tuple(_sure(clean(lines[k].text))), lines[k], False)
    out: list[Entry] = []
    for k, e in sorted({**dated, **lost}.items()):
        j = partner(k)
        if len(e.amounts) == 1 and j is not None and j not in lost:
            amounts = _sure(clean(lines[j].text))
            pair = (amounts[0], e.amounts[0]) if balance_dated else (e.amounts[0], amounts[0])
            e = Entry(e.day, pair, e.line, e.year_known)
        out.append(e)
    return out


def _book(entries: list[Entry]) -> Ledger | None:
    """The rows (in printed order) as a ledger in date order: turned round when the balances chain that way (or,
    with equal chains, when the rows run newest first), each row's first amount as its balance when that chains
    better (a balance column on the left), misread balances mended (:func:`_mend_misread_balances`)."""
    if len(entries) < 2:
        return None
    turned = _balance_first(entries)
    if max(_steps(turned), _steps(turned[::-1])) > max(_steps(entries), _steps(entries[::-1])):
        entries = turned  # the running balance printed as the row's first amount (a balance column on the left)
    forward, backward = _steps(entries), _steps(entries[::-1])
    if backward > forward:
        entries = entries[::-1]
    elif forward == backward and entries[0].day > entries[-1].day:
        entries = entries[::-1]
    entries = _mend_misread_balances(entries)
    forward = _steps(entries)
    with_balance = [e for e in entries if len(e.amounts) >= 2 or e.whole]
    chained = forward
    return Ledger(tuple(entries), chained, max(len(with_balance) - 1, 0))


def _bare_date(line: Line, dayfirst: bool) -> date | None:
    """The full date a line begins with when the line carries no sure amount ("2026.10.26", "2026.11.04 ATM取款"):
    a transaction row's date whose figures OCR set on a line of their own; None otherwise."""
    text = clean(line.text)
    hits = find_dates(text, dayfirst)
    if not hits or hits[0].precision != "day" or text[:hits[0].start].strip(" |*:-"):
        return None  # at the line's very start: "Printed 2026/09/10", a footer's date, is no row's
    rest = text[:hits[0].start] + " " * (hits[0].end - hits[0].start) + text[hits[0].end:]
    return None if _sure(rest) else hits[0].value


# an amount printed with its sign at the end of a line, in whole units too ("+60,000", "-2,000": a currency without
# minor units, FCFA, yen, rupiah), or with its cents ("-46.80"); a currency sign may stand between sign and figure
_SIGNED_END = re.compile(r"(?<![\w.,])[+\-−–]\s?(?:[¥$£€₹]\s?)?\d{1,3}(?:,\d{3})*(?:\.\d\d)?\s*$|"
                         r"(?<![\w.,])[+\-−–]\s?(?:[¥$£€₹]\s?)?\d+(?:\.\d\d)?\s*$")


def _dated_cell(line: Line, dayfirst: bool) -> bool:
    """Whether one of ``line``'s cells (:meth:`Line.cells`) begins with a date: a full day, or a day and month
    without a year (:data:`_DAY_MONTH`: "06 Oct, 10:12", "10月3日 09:15")."""
    for c in line.cells():
        text = clean(join_words(c))
        hits = find_dates(text, dayfirst)
        if (hits and hits[0].precision == "day" and not text[:hits[0].start].strip(" |*:-")) \
                or _day_month(text, dayfirst) is not None:
            return True
    return False


def signed_pairs(lines: Sequence[Line], dayfirst: bool) -> list[int]:
    """The indices of the lines that are the first line of a transaction row printed over two lines by an app's
    list, its amount signed and in whole units or with cents: a line ending in a signed amount (:data:`_SIGNED_END`:
    "Transfer received +60,000", "Cash out -40,000") whose next line on the same page holds a date in a cell of its
    own (:func:`_dated_cell`: "From 6 99 ** ** 40    06 Oct, 10:12") and no amount marked as money. A wallet's or a
    bank app's history in a currency without minor units prints its rows so; :func:`ledger` reads them only where a
    balance on each row chains."""
    out = []
    for k in range(len(lines) - 1):
        here, below = lines[k], lines[k + 1]
        if below.page != here.page or not _SIGNED_END.search(clean(here.text)):
            continue
        if find_dates(clean(here.text), dayfirst) or _day_month(clean(here.text), dayfirst) is not None:
            continue  # a one-line row, dated on its own line
        if _dated_cell(below, dayfirst) and not _sure(clean(below.text)):
            out.append(k)
    return out


def figureless_rows(lines: Sequence[Line], dayfirst: bool) -> int:
    """How many of ``lines`` begin with a full date and carry no sure amount (:func:`_bare_date`): the rows of a
    dated table whose figures OCR lost or set apart ("03-OCT-26 CASH W/D" read from a passbook photo without its
    15,000.00). A letter's or a form's date stands alone on one line or two; a table's rows are many."""
    return sum(1 for ln in lines if _bare_date(ln, dayfirst) is not None)


def _monotonic(days: Sequence[date]) -> bool:
    pairs = list(zip(days, days[1:], strict=False))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _rejoined(lines: Sequence[Line], dayfirst: bool, entries: Sequence[Entry], book: Ledger | None) -> Ledger | None:
    """The ledger with the rows OCR cut in two joined again, or None when none were: on a photographed page turned a
    little, a row's date and its figures drift onto lines of their own ("跨行转出 1500.00 401.62" over "2026.10.26";
    the skew grows along the row, so the figures at its right end meet the row above). A line beginning with a full
    date and carrying no amount (:func:`_bare_date`) is joined with the undated line of two amounts or more (the
    movement and the balance) right above it, or right below it on the same page — one direction for the whole page
    (one turn of the camera), the one that joins more. An undated line the rows already took as a second transaction
    of the day before (:func:`_same_day`) takes the bare date instead. When both directions join as many rows and
    disagree on the dates, nothing is joined. The join stands only when the figures prove it:
    the joined rows' balances chain (:data:`CHAIN_SHARE` of the joined steps, and the ledger stays
    :attr:`Ledger.confirmed`) and the dates run in one order as printed. Without it the period would end at the last
    row OCR kept whole and its balance would be taken for the closing one (independent set 15's passbook photo)."""
    taken = {(e.line.page, e.line.index): e for e in entries}
    bare = {k: d for k, ln in enumerate(lines) if (ln.page, ln.index) not in taken
            and (d := _bare_date(ln, dayfirst)) is not None}
    if not bare:
        return None

    def figures(j: int) -> tuple[Decimal, ...] | None:
        if not 0 <= j < len(lines):
            return None
        ln = lines[j]
        text = clean(ln.text)
        got = taken.get((ln.page, ln.index))
        if got is not None and find_dates(text, dayfirst):
            return None  # a row dated on its own line
        if find_dates(text, dayfirst) or _balance_line(ln.text) or len(_sure(text)) < 2:
            return None
        return got.amounts if got is not None else tuple(_sure(text))

    best: tuple[int, Ledger] | None = None
    for step in (-1, 1):
        joined: dict[tuple[int, int], Entry] = {}  # keyed by the line that gives the figures
        fresh = 0
        for k, day in bare.items():
            j = k + step
            amounts = figures(j)
            if amounts is None or lines[j].page != lines[k].page or (lines[j].page, lines[j].index) in joined:
                continue
            key = (lines[j].page, lines[j].index)
            later = lines[max(j, k)]  # the row ends where its later half does (what follows it is after the row)
            fresh += key not in taken
            joined[key] = Entry(day, amounts, later, True, taken[key].whole if key in taken else ())
        if not joined:
            continue
        rows = [e for key, e in taken.items() if key not in joined] + list(joined.values())
        order = {(ln.page, ln.index): n for n, ln in enumerate(lines)}
        rows.sort(key=lambda e: order.get((e.line.page, e.line.index), 0))
        if not _monotonic([e.day for e in rows if e.year_known]):
            continue
        merged = _book(rows)
        if merged is None or not merged.confirmed or merged.chained - (book.chained if book else 0) < CHAIN_SHARE * fresh:
            continue
        if best is not None and len(joined) == best[0] and (merged.first, merged.last) != (best[1].first, best[1].last):
            return None  # either way joins as many rows and the dates differ: which is the row's is not known
        if best is None or len(joined) > best[0]:
            best = (len(joined), merged)
    return best[1] if best else None


UNDATED_SKIP = 2  # lines without a figure passed over between the last row and a row whose date OCR lost


def _undated_last(lines: Sequence[Line], book: Ledger) -> Ledger:
    """``book`` with the rows after its last one whose date OCR lost put back: the line just beyond the last row in
    the direction the rows run as printed (above it when they run newest first), on its page, that is no row, no
    balance line, and prints two sure amounts or more whose last follows from the last row's balance (it is that
    balance plus or minus another of its amounts, to the cent), dated as the last row but without its year (it
    moves no period). Repeated while such lines follow; up to :data:`UNDATED_SKIP` lines without a figure (a
    description's second line) are passed over. Holdout 15's cropped photo of a statement printed newest first read
    its top row's date "09/1 1/2020", and the second row's balance was taken for the closing one at 0.86; the
    figures prove the top row is the later one (9,469.59 + 724.00 = 10,193.59)."""
    rows = list(book.entries)
    if len(rows) < 2 or rows[0].line.page != rows[-1].line.page:
        return book
    order = {(ln.page, ln.index): n for n, ln in enumerate(lines)}
    first, last = order.get((rows[0].line.page, rows[0].line.index)), order.get((rows[-1].line.page, rows[-1].line.index))
    if first is None or last is None or first == last:
        return book
    step = 1 if last > first else -1
    taken = {(e.line.page, e.line.index) for e in rows}
    added, j, skipped = 0, last + step, 0
    while 0 <= j < len(lines) and lines[j].page == rows[-1].line.page and (lines[j].page, lines[j].index) not in taken:
        ln = lines[j]
        amounts = tuple(_sure(clean(ln.text)))
        if not amounts:
            skipped += 1
            if skipped > UNDATED_SKIP:
                break
            j += step
            continue
        if len(amounts) < 2 or _balance_line(ln.text):
            break
        e = Entry(rows[-1].day, amounts, ln, False)
        if not _chains(rows[-1], e):
            break
        rows.append(e)
        added += 1
        skipped = 0
        j += step
    if not added:
        return book
    return Ledger(tuple(rows), book.chained + added, book.steps + added, book.screen)


def ledger(lines: Sequence[Line], dayfirst: bool) -> Ledger | None:
    """The document's transaction rows (at least two lines starting with a full date and carrying an amount),
    in date order; None when there are fewer. Rows printed newest first are turned round when the balances
    chain that way, and each row's first amount is taken as its balance when the balances chain that way and not
    the usual way (last amount).

    No header row is needed: the rows are found by their dates and the balances chaining. When the rows so read
    do not chain (:attr:`Ledger.confirmed` false), rows printed over two lines are tried (:func:`_paired_rows`:
    a banking app's screen, the amount on the line above or below the date, the balance on either), and the
    reading whose balances chain best is kept, when at least :data:`PAIRED_CHAINED` steps chain and the share
    :data:`CHAIN_SHARE` of them does (four readings are tried, so a chance agreement needs more than the usual
    two steps)."""
    entries = _rows(lines, dayfirst, compact=True)
    if not _compact_dates_hold(entries):
        leaves = _two_leaves(entries)
        entries = leaves if leaves is not None else _rows(lines, dayfirst)
    book = _book(entries)
    joined = _rejoined(lines, dayfirst, entries, book)
    if joined is not None:
        return _undated_last(lines, joined)
    if book is not None and book.confirmed:
        return _undated_last(lines, book)
    whole = _unit_ledger(lines, dayfirst, book)
    if whole is not None:
        return whole
    best = None
    for above in (True, False):
        for balance_dated in (True, False):
            paired = _book(_paired_rows(lines, dayfirst, above, balance_dated))
            if paired is not None and paired.confirmed and paired.chained >= PAIRED_CHAINED \
                    and (best is None or paired.chained > best.chained):
                best = paired
    return Ledger(best.entries, best.chained, best.steps, screen=True) if best else book


UNIT_CHAINED = 3  # steps between rows of whole-unit figures only that must chain before they make a ledger


def _unit_ledger(lines: Sequence[Line], dayfirst: bool, book: Ledger | None) -> Ledger | None:
    """The ledger of a statement kept in whole units (New Taiwan dollars, yen, won: "115/11/03 轉帳支出 3,500 6,628
    房租"), or None: its rows print no sure amount, so :func:`_rows` finds none. Rows starting with a full date and
    printing two whole-unit figures or more (:func:`_entry` with ``units``) are read with the sure rows; figures
    agreeing is what makes them amounts, so the reading stands only when the ledger is :attr:`Ledger.confirmed`,
    at least :data:`UNIT_CHAINED` steps chain (more than the usual two: any dated table of counts — hours, items —
    could agree by chance once) and more than the sure rows' ``book`` chained alone, and the rows' dates run in one
    order as printed (a listing's; a table of dated counts needs none)."""
    rows = _rows(lines, dayfirst, units=True)
    if not any(e.units for e in rows) or not _monotonic([e.day for e in rows if e.year_known]):
        return None
    whole = _book(rows)
    if whole is None or not whole.confirmed or whole.chained < UNIT_CHAINED \
            or whole.chained <= (book.chained if book is not None else 0):
        return None
    return _undated_last(lines, whole)


COLUMN_EDGE = 0.015  # of the page's width: figures of one column end within this of each other (right-aligned)


def balance_column_ends(book: Ledger) -> tuple[Decimal, ...]:
    """The last figure of each running-balance column of the ledger's dated rows, read by the columns' right edges
    (figures are right-aligned; within :data:`COLUMN_EDGE`): a credit union's statement prints a share balance and a
    loan balance side by side, so no one amount position of a row is its balance. A column is a running balance when
    at least two of its row-to-row steps, and :data:`CHAIN_SHARE` of the steps that change it, equal another figure
    of the row (the movement: balance = previous balance ± amount); a step that leaves it unchanged (the row moved
    the other column) counts neither way. Only cells holding one sure amount count. An empty tuple when no column
    chains. The caller confirms a labelled figure with it; which column is the account's the label says."""
    rows: list[list[tuple[float, Decimal]]] = []
    for e in book.entries:
        text = clean(e.line.text)
        hits = find_dates(text, True)
        if not hits or hits[0].start > 2:
            continue  # dated rows only: a line under the rows (a summary) is no row of the columns
        cells = []
        for slot in slots(e.line):
            money = [h for h in find_money(slot.text) if h.marked]
            if len(money) == 1 and not find_dates(slot.text, True):
                cells.append((slot.x1, money[0].value))
        rows.append(cells)
    edges: list[float] = []
    for x, _ in sorted(c for r in rows for c in r):
        if not edges or x - edges[-1] > COLUMN_EDGE:
            edges.append(x)
    out = []
    for edge in edges:
        col = [(k, v) for k, r in enumerate(rows) for x, v in r if abs(x - edge) <= COLUMN_EDGE]
        chained = broken = 0
        for (_, a), (kb, b) in zip(col, col[1:], strict=False):
            if b == a:
                continue
            others = [abs(v) for x, v in rows[kb] if abs(x - edge) > COLUMN_EDGE]
            if abs(b - a) in others:
                chained += 1
            else:
                broken += 1
        if chained >= 2 and chained >= CHAIN_SHARE * (chained + broken):
            out.append(col[-1][1])
    return tuple(out)


OWED_ROWS = 2  # rows charged under a purchases column that raise the balance: a card account's, not a current one's
OWED_REACH = 60  # lines above a row within which its column headings are looked for (same page)


def _heading_of(head: Line, rows: Sequence[Line], cell: Slot) -> str:
    """The heading over ``cell``: the columns are the spans of the cells of ``rows`` (a table's rows under ``head``)
    merged where they overlap (cells without a letter or a digit, a scan's specks, left out), each owning the band
    of the page half-way to its neighbours; the heading line's text
    in the cell's band (a Latin word whole by its centre, Chinese headings run together cut character by character). A row leaves empty the
    columns it has no amount in, so the columns come from all rows, not from the cell's own."""
    spans: list[list[float]] = []
    # a cell of OCR's specks (";", "|" read from a scan's noise) makes no column: it would take a heading's band
    for x0, x1 in sorted((c.x0, c.x1) for r in rows for c in slots(r) if any(ch.isalnum() for ch in c.text)):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    mid = (cell.x0 + cell.x1) / 2
    k = next((i for i, (a, b) in enumerate(spans) if a <= mid <= b), None)
    if k is None:
        return ""
    lo = 0.0 if k == 0 else (spans[k - 1][1] + spans[k][0]) / 2
    hi = 1.0 if k == len(spans) - 1 else (spans[k][1] + spans[k + 1][0]) / 2
    # a Latin word goes whole where its centre is (a heading wider than its figures); Chinese headings run together
    # ("消费金额还款金额") are cut character by character
    return "".join(ch for ch, x in _chars(head) if lo <= x < hi and is_wide(ch)) + " " + " ".join(
        fold(w.text) for w in head.words if not any(is_wide(c) for c in w.text) and lo <= (w.box[0] + w.box[2]) / 2 < hi)


def owed_balance(lines: Sequence[Line], book: Ledger | None, words: Sequence[str]) -> bool:
    """Whether a confirmed ledger's running balance is money owed, not money held: at least :data:`OWED_ROWS` rows
    whose movement sits under a column headed by one of ``words`` (the vocabulary's ``card_charge_headings``:
    "Purchases", "Charges", 消费) raise the balance by that amount, and no such row lowers it. On a current or savings
    account spending lowers the balance; on a credit card account a purchase adds to what is owed (the interface's
    "credit card statement": a debt, not an account's money). The heading is the nearest line above the row (same
    page, within :data:`OWED_REACH` lines) without a sure amount that names one of ``words``; the amount's cell is
    matched to the heading over it (:func:`_heading_of`); a movement printed with its own sign counts neither way.
    False without a confirmed ledger or without such a heading: a statement printing "Debit / Credit" columns is judged by nothing here."""
    if book is None or not book.confirmed or not words:
        return False
    rises = falls = 0
    for a, b in zip(book.entries, book.entries[1:], strict=False):
        if len(b.amounts) < 2 or not _chains(a, b):
            continue
        diff = b.amounts[-1] - a.amounts[-1]
        i = _where(lines, b.line)
        if i is None:
            continue
        head = next((prev for prev in reversed(lines[max(0, i - OWED_REACH):i])
                     if prev.page == b.line.page and not _sure_amounts(prev.text) and _word_in(words, prev.text)), None)
        if head is None:
            continue
        cell = next((s for s in slots(b.line) if abs(diff) in _sure_amounts(s.text)), None)
        rows = [e.line for e in book.entries if e.line.page == head.page and e.line.index > head.index]
        # an amount printed with its own sign ("+85,706.02") says its direction itself, whatever heading stands over
        # its column (a summary band's "Total Debits" over a one-column list of signed movements)
        if cell is None or re.match(r"\s*[+\-−–]", cell.text) or not _word_in(words, _heading_of(head, rows, cell)):
            continue
        if diff > 0:
            rises += 1
        else:
            falls += 1
    return rises >= OWED_ROWS and not falls


SCHEDULE_ROWS = 4  # dated rows at least that make a repayment schedule
SCHEDULE_MONTHLY = 0.8  # share of the steps between rows that are one calendar month apart (a schedule's instalments)
SCHEDULE_DAY = 3  # days a monthly instalment's day of the month may move (the 28th, a short month's 30th, a weekend)
SCHEDULE_AHEAD = 2  # rows dated after the document's own latest date that make its rows a plan, not a record


def _row_day(e: Entry, dayfirst: bool) -> date | None:
    """The row's full date: its own when it was read with a year, else the first full date printed on its line (an
    instalment's number "1/12" before "2026-06-18" is read as a day without a year)."""
    if e.year_known:
        return e.day
    days = [h.value for h in find_dates(clean(e.line.text), dayfirst) if h.precision == "day"]
    return days[0] if days else None


def repayment_schedule(lines: Sequence[Line], book: Ledger | None, dayfirst: bool = True) -> bool:
    """Whether a confirmed ledger is a loan's repayment schedule, not an account's record: at least
    :data:`SCHEDULE_ROWS` rows with a full date, a running balance that never rises from row to row (each instalment's
    principal takes it down; a deposit account's balance rises with every credit), the rows one calendar month apart
    (:data:`SCHEDULE_MONTHLY` of the steps, the day of the month within :data:`SCHEDULE_DAY`), and the plan's marks:
    the balance ends at zero (the loan paid off) or at least :data:`SCHEDULE_AHEAD` rows are dated after every date
    the document prints off its rows (its own date, "generated on", the loan's start), that latest date not before the
    first row (the plan printed while the loan runs): a statement records the past,
    a schedule lists instalments to come. Arithmetic and dates only, no words. A savings account drawn down monthly
    ends above zero and is dated in the past, so it stays a statement."""
    if book is None or not book.confirmed:
        return False
    rows = [(d, e) for e in book.entries if len(e.amounts) >= 2 and (d := _row_day(e, dayfirst)) is not None]
    if len(rows) < SCHEDULE_ROWS:
        return False
    rows.sort(key=lambda r: r[0])
    if any(b.amounts[-1] > a.amounts[-1] for (_, a), (_, b) in zip(rows, rows[1:], strict=False)):
        return False
    monthly = sum(1 for (da, _), (db, _) in zip(rows, rows[1:], strict=False)
                  if (db.year - da.year) * 12 + db.month - da.month == 1 and abs(db.day - da.day) <= SCHEDULE_DAY)
    if monthly < SCHEDULE_MONTHLY * (len(rows) - 1):
        return False
    if rows[-1][1].amounts[-1] == 0:
        return True
    on_rows = {id(e.line) for e in book.entries}
    off = [h.value for ln in lines if id(ln) not in on_rows
           for h in find_dates(clean(ln.text), dayfirst) if h.precision == "day"]
    if not off:
        return False
    own = max(off)  # printed while the loan runs: on or after its first instalment, before its last ones
    return own >= rows[0][0] and sum(1 for d, _ in rows if d > own) >= SCHEDULE_AHEAD


INSTALMENT_ROWS = 2  # row-to-row steps at least whose balance falls by a part of the row's instalment


def instalment_rows(book: Ledger | None) -> bool:
    """Whether a confirmed ledger's running balance is a loan's, paid down by instalments: at least
    :data:`INSTALMENT_ROWS` steps where the row prints a payment that is the sum of two other amounts of the row, to
    the cent (payment = interest + principal: 512.40 = 123.19 + 389.21), and the balance falls from the row before by
    one of those two parts (the principal), not by the payment. On an account's statement a
    row's one movement is what the balance moves by; a loan's payment first pays the interest the lender charged, and
    only the rest (the principal) lowers what is owed (an amortising loan's statement or schedule: a car loan's, a
    mortgage's). Arithmetic only, no words; False without a confirmed ledger."""
    if book is None or not book.confirmed:
        return False
    found = 0
    for a, b in zip(book.entries, book.entries[1:], strict=False):
        if len(b.amounts) < 4:
            continue
        fall = a.amounts[-1] - b.amounts[-1]
        moves = [x for x in b.amounts[:-1] if x > 0]
        if fall > 0 and any(p == fall and p + q in moves for i, p in enumerate(moves) for j, q in enumerate(moves)
                            if i != j):
            found += 1
    return found >= INSTALMENT_ROWS


def placed_in_year(book: Ledger, ref: date) -> tuple[date, date] | None:
    """The first and last transaction dates of a statement whose rows print no year ("1 February", "15/03"),
    placed by ``ref``, a date the statement prints with its year outside its rows (its issue date: no transaction
    is later): a row's day on or before ``ref``'s day of the year is in ``ref``'s year, a later one in the year
    before (a statement issued in January lists December's rows). None when any row prints its year (those
    rows give the period themselves), when fewer than three rows are dated, or when the rows so placed do not
    run in date order (not one statement's listing)."""
    rows = [e for e in book.entries if not e.year_known]
    if book.dated or len(rows) < 3:
        return None
    placed = []
    for e in rows:
        year = ref.year if (e.day.month, e.day.day) <= (ref.month, ref.day) else ref.year - 1
        try:
            placed.append(e.day.replace(year=year))
        except ValueError:  # 29 February in a year without one
            return None
    if any(b < a for a, b in zip(placed, placed[1:], strict=False)):
        return None
    return placed[0], placed[-1]


# what may follow a month filter on its line: a drop-down's arrow (▼ ▾ ⌄, read "v" or "V" by OCR), nothing else
_FILTER_MARK = re.compile(r"\s*(?:[vV∨⌄▼▾▽˅]|[^\w\s])?\s*")


def shown_month(lines: Sequence[Line], dayfirst: bool) -> tuple[date, date] | None:
    """The period of a listing that prints its rows' days without a year and one month with its year as a
    heading or filter (a banking app's "2026年10月 ▼" over 收支明细, "Oct 2026 ▾" over "Recent transactions"): the
    whole month (printed first on its line, or last after a heading: "Activity Oct 2026 ▾"), when at least three
    lines start with a yearless day (:func:`_day_month`: "10月3日", "21 Oct",
    "03/10") and every one of them falls in it. None when the page prints any full date (its rows or labels give
    the period), when lines start with two different months, or when a row falls outside the month read day-first
    and read month-first alike (the month printed is then not the listing's). Source: the month filter banking apps
    print over their lists (ICBC, CMB, Ping An, ASB, Monzo screens)."""
    shown: set[date] = set()
    rows: list[str] = []
    for ln in lines:
        text = clean(ln.text)
        hits = find_dates(text, dayfirst)
        if any(h.precision == "day" for h in hits):
            return None
        if len(hits) == 1 and hits[0].precision == "month" and (hits[0].start == 0
                                                                 or _FILTER_MARK.fullmatch(text[hits[0].end:])):
            shown.add(hits[0].value)
            continue
        if _day_month(text, dayfirst) is not None:
            rows.append(text)
    if len(shown) != 1 or len(rows) < 3:
        return None
    month = next(iter(shown))
    # the month shown decides how "11/02" is read: the rows fall in it read day-first or month-first, not mixed (a
    # Chinese counter statement's 11/02 … 11/30 under 对账单（2026年11月）: day-first they were 2 Nov … as 11 Feb)
    for order in (dayfirst, not dayfirst):
        days = [found[0] for text in rows if (found := _day_month(text, order)) is not None]
        if len(days) == len(rows) and all(d.month == month.month for d in days):
            return month, month_end(month)
    return None


TAB_ROWS = 3  # lines starting with a full date, at least, that make a listing whose month a tab or filter chooses


def chosen_month(lines: Sequence[Line], dayfirst: bool) -> tuple[date, date] | None:
    """The period of a listing that prints its rows' full dates and, apart from them, the months one may choose
    between (a banking app's month tabs "2026年8月 2026年9月 2026年10月" over 账户明细, "Sep 2026 Oct 2026" over
    "Transactions"; a filter's one month alike): the whole month of the rows, when at least :data:`TAB_ROWS` lines
    start with a full date, every one of them falls in one calendar month, and a line printing months only (no
    day) names that month. The tab chosen is told by its colour, which OCR does not keep; the rows tell it. None
    otherwise (rows over two months, no such month printed: the rows' own first and last dates stand)."""
    days: list[date] = []
    months: set[date] = set()
    for ln in lines:
        text = clean(ln.text)
        hits = find_dates(text, dayfirst)
        if hits and hits[0].precision == "day" and hits[0].start == 0:
            days.append(hits[0].value)
        elif hits and all(h.precision == "month" for h in hits):
            months.update(h.value.replace(day=1) for h in hits)
    if len(days) < TAB_ROWS or len({(d.year, d.month) for d in days}) != 1:
        return None
    month = days[0].replace(day=1)
    return (month, month_end(month)) if month in months else None


# --- a pay stub's earnings table: current-period column versus year-to-date -----------------------------------

def _word_in(words: Sequence[str], text: str) -> bool:
    """One of ``words`` in ``text`` (folded, lower case), as a whole word where it is Latin."""
    low = fold(text).lower()
    # the spaces of a heading of several words optional: OCR and text layers lose them ("Yearto Date", "ThisPeriod")
    return any(re.search(r"(?<![a-z])" + r"\s*".join(re.escape(p) for p in fold(w).lower().split()) + r"(?![a-z])", low)
               for w in words)


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


STACK_GAP = 0.9  # a head's upper line lies at most this many of its line heights above the lower one


def column_heads(lines: Sequence[Line], line: Line, reach: int = 12) -> list[Slot]:
    """The column heads over ``line``: the slots of its :func:`column_heading`, each joined with the slots of the
    lines stacked on it that stand over or under it — a head printed over two lines ("Year" over "to Date", "This"
    over "Period", 本年 over 累计) is one head, read top to bottom. A stacked line is the one just above the heading,
    or one between the heading and ``line`` (a text layer may give a head's lower half after the heading's line);
    it counts when it holds no sure amount, lies within :data:`STACK_GAP` line heights of the heading block and
    each of its slots stands over or under one slot of the heading or beside them all (a head spanning both lines,
    "Net Pay" centred beside them, then stays a head of its own). A line one of whose slots spans several heads (a
    title, a group's head "Payments" over "Basic  Overtime  Gross") is no part of them. [] when there is no
    heading. Slots are (text, x0, x1), x in fractions of the page width, left to right."""
    head = column_heading(lines, line, reach)
    if head is None:
        return []
    base = slots(head)
    k, i = _where(lines, head), _where(lines, line)
    if k is None or i is None:
        return base
    height = max(head.y1 - head.y0, 0.004)
    stacked: list[Line] = []
    if k > 0:
        up = lines[k - 1]
        if up.page == head.page and not _sure_amounts(up.text) and head.y0 - up.y1 <= STACK_GAP * height:
            stacked.append(up)
    last = head
    for ln in lines[k + 1:i]:
        if ln.page != head.page or _sure_amounts(ln.text) or ln.y0 - last.y1 > STACK_GAP * height:
            break
        stacked.append(ln)
        last = ln
    parts: dict[int, list[tuple[float, str]]] = {j: [(head.y0, s.text)] for j, s in enumerate(base)}
    spans = {j: (s.x0, s.x1) for j, s in enumerate(base)}
    alone: list[Slot] = []
    for ln in stacked:
        placed = []
        for u in slots(ln):
            under = [j for j, s in enumerate(base) if s.x0 < u.x1 and s.x1 > u.x0]
            if len(under) > 1:
                placed = None
                break
            placed.append((u, under[0] if under else None))
        if placed is None:
            continue  # a title or a group's head over several columns
        for u, j in placed:
            if j is None:
                alone.append(u)
                continue
            parts[j].append((ln.y0, u.text))
            spans[j] = (min(spans[j][0], u.x0), max(spans[j][1], u.x1))
    merged = [Slot(" ".join(t for _, t in sorted(parts[j])), *spans[j]) for j in range(len(base))]
    return sorted(merged + alone, key=lambda s: s.x0)


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
    heads = column_heads(lines, line)
    named = any(_word_in(current, h.text) or _word_in(ytd, h.text) for h in heads)
    values = [a[0] for s in amounts if (a := _sure_amounts(s.text))]
    product = len(values) >= 3 and values[0] * values[1] == values[2]
    return _column_of(amounts, heads, current, ytd) if named or product else None


def _column_of(row: Sequence[Slot], heads: Sequence[Slot], current: Sequence[str],
               ytd: Sequence[str]) -> Decimal | None:
    """The current-period amount among a row's amount slots ``row``, under the column heads ``heads``
    (:func:`column_heads`): the one under a heading slot naming the
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

    now = [h for h in heads if _word_in(current, h.text) and not _word_in(ytd, h.text)]
    values = [v for _, v in cells]
    if len(values) >= 3 and values[2] and values[0] * values[1] == values[2]:
        # rate × hours = amount: the figures say which is the amount, whatever the heads' places (a US earnings
        # statement's "GROSS WAGES 24.25 40.00 970.00" under "RATE HOURS CURRENT", a YEAR-TO-DATE head further right
        # over the deductions beside it: paired from the right, the hours were taken for the gross)
        return values[2]
    year = [h for h in heads if _word_in(ytd, h.text)]
    if now and year and len(cells) > 1:
        # a year-to-date head goes with the nearest current head on its side: past another current head it is
        # another section's ("CURRENT TOTAL | DEDUCTIONS CURRENT TOTAL YEAR-TO-DATE": the deductions' year)
        lo = (now[0].x0 + now[0].x1) / 2
        mine = [y for y in year if not any(min(lo, (y.x0 + y.x1) / 2) < (c.x0 + c.x1) / 2 < max(lo, (y.x0 + y.x1) / 2)
                                           for c in now[1:])]
        shifted = _by_order(cells, now[0], mine) if mine else None
        if shifted is not None:
            return shifted
    if now:
        return nearest(now[0])
    if year and len(cells) > 1:
        drop = {id(min(cells, key=lambda c: abs((c[0].x0 + c[0].x1) / 2 - (h.x0 + h.x1) / 2))) for h in year}
        rest = [c for c in cells if id(c) not in drop]
        if rest:
            return rest[-1][1]
    return values[0]


def _by_order(cells: Sequence[tuple[Slot, Decimal]], now: Slot, year: Sequence[Slot]) -> Decimal | None:
    """The current-period amount of a row whose amounts stand shifted from their heads (a photo's row set left of
    its heading, a right-aligned figure under a left-aligned head), so that the amount nearest the current head is
    also nearest a year-to-date head, or the two nearest stand in the other order than their heads: the amounts
    are paired with the heads from the right (figures align on their right edge), the current one being as many
    amounts from the right as there are year-to-date heads right of the current head. None when the nearest amounts
    are in their heads' order (:func:`_column_of` then reads by position), or the row holds too few amounts."""
    def mid(s: Slot) -> float:
        return (s.x0 + s.x1) / 2

    def nearest(h: Slot) -> int:
        return min(range(len(cells)), key=lambda i: abs(mid(cells[i][0]) - mid(h)))

    order = sorted(range(len(cells)), key=lambda i: cells[i][0].x0)
    k_now = nearest(now)
    clash = False
    for y in year:
        k_year = nearest(y)
        if k_year == k_now or (mid(y) > mid(now)) != (cells[k_year][0].x0 > cells[k_now][0].x0):
            clash = True
    if not clash:
        return None
    right = sum(1 for y in year if mid(y) > mid(now))
    if right >= len(order):
        return None
    return cells[order[-1 - right]][1]


def earnings_total(lines: Sequence[Line], items: Sequence[str], current: Sequence[str],
                   ytd: Sequence[str]) -> Decimal | None:
    """Gross pay as the sum of a pay stub's earnings rows, for a stub that prints no gross total: every row that
    starts with an earnings item (``items``: "Regular", "Overtime", "Salary", "基本工资" — the type's words), read
    from its item up to the next label on the line (two sections side by side: "Regular Pay 5,000.00  Federal
    Income Tax 800.00" gives 5,000.00), its current-period amount chosen by :func:`_column_of` under the nearest
    heading. A row under a year-to-date heading (``ytd``: "Year to Date", "YTD TOTALS") or with a YTD word before
    its item is left out. None when no row gives an amount; the total must be positive. None too when one row is
    the only amount the stub prints (a bare "Basic salary: 8,000.00" with no other pay, deduction or net figure):
    nothing shows that pay has no other part, so one item is no gross total."""
    total, found, rows = Decimal(0), False, 0
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
            value = _column_of(amounts, column_heads(lines, ln), current, ytd)
            if value is not None:
                total += value
                found = True
                rows += 1
            break
    if rows == 1 and sum(1 for ln in lines if ln.page >= 0 and _sure_amounts(ln.text)) <= 1:
        return None
    return total if found and total > 0 else None
# --- the balance summary: opening ± the period's movements = closing ----------------------------------------

SUMMARY_REACH = 8  # a summary's closing line is at most this many lines below its opening line
SUMMARY_MOVES = 8  # and at most this many movement lines lie between them (2**8 sign choices at most)


@dataclass(frozen=True)
class Summary:
    """A statement's balance summary whose figures agree: ``opening`` plus or minus each of ``moves`` (the
    totals paid in and out, in print order, signed as they add up) equals ``closing``. ``opened`` and ``closed``
    are the full dates printed on the opening and closing lines ("Beginning balance on May 3, 2003"), or None;
    ``line`` is the closing line."""

    opening: Decimal
    moves: tuple[Decimal, ...]
    closing: Decimal
    opened: date | None
    closed: date | None
    line: Line


def _last_amount(text: str) -> tuple[Decimal, int] | None:
    """The last sure amount of a summary line with the sign printed before it: (value, sign) where sign is -1 or
    +1 when a minus or plus (or brackets) is printed, 0 when none is; a count column before it ("Deposits 10
    125,883.63") is passed over, and so are the digits of dates."""
    text = clean(text)
    for h in find_dates(text):
        text = text[:h.start] + " " * (h.end - h.start) + text[h.end:]
    hits = [h for h in find_money(text) if h.marked]
    if not hits:
        return None
    h = hits[-1]
    before = text[:h.start].rstrip()
    if h.value < 0 or before.endswith(("-", "−", "–")):
        return abs(h.value), -1
    return abs(h.value), 1 if before.endswith("+") else 0


def _starts_with(text: str, labels: Sequence[str]) -> bool:
    """Whether ``text`` begins with one of ``labels`` (folded, lower case, "Your" before it allowed), or with it
    right after a full date ("09/21/2018 Ending Balance $5,684.22": a summary whose lines are dated as the rows are,
    holdout 9's Howard Bank statement)."""
    low = fold(text).lower().strip(" |:;")
    lead = find_dates(low)
    if lead and lead[0].start == 0 and lead[0].precision == "day":
        low = low[lead[0].end:].strip(" |:;-")
    return any(re.match(rf"(?:your\s+)?{re.escape(fold(lb).lower())}\b", low) for lb in labels)


def balance_summary(lines: Sequence[Line], opening_labels: Sequence[str], closing_labels: Sequence[str],
                    dayfirst: bool) -> Summary | None:
    """The first balance summary of the document: a line that begins with an opening label ("Beginning balance",
    "Balance brought forward"; the vocabulary's) and ends in an amount, then up to :data:`SUMMARY_MOVES` lines
    that end in amounts (the totals of the period's credits and debits, a sign printed or not), then a line that
    begins with a closing label (the type's) and ends in an amount, all on one page, where the opening plus or
    minus the movements (printed signs kept, the others tried both ways) equals the closing to the cent. Lines
    without an amount between them (OCR noise, a note) are skipped. None when no summary agrees: a coincidence
    of the cent figures is unlikely, so an agreeing summary is strong evidence of a statement and its balance."""
    for i, ln in enumerate(lines):
        if not _starts_with(ln.text, opening_labels):
            continue
        first = _last_amount(ln.text)
        if first is None:
            continue
        moves: list[tuple[Decimal, int]] = []
        for nxt in lines[i + 1:i + 1 + SUMMARY_REACH]:
            if nxt.page != ln.page:
                break
            amount = _last_amount(nxt.text)
            if _starts_with(nxt.text, closing_labels) and amount is not None:
                signs = _agreeing_signs(first[0], moves, amount[0])
                if signs is not None:
                    return Summary(first[0], signs, amount[0], _day(ln.text, dayfirst), _day(nxt.text, dayfirst), nxt)
                break
            if amount is not None:
                moves.append(amount)
                if len(moves) > SUMMARY_MOVES:
                    break
    return None


def _day(text: str, dayfirst: bool) -> date | None:
    hits = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
    return hits[0].value if len(hits) == 1 else None


def _agreeing_signs(opening: Decimal, moves: Sequence[tuple[Decimal, int]], closing: Decimal
                    ) -> tuple[Decimal, ...] | None:
    """The movements signed so that opening + their sum = closing (printed signs kept), or None; at least one
    movement must be non-zero (a summary of zeros agrees with anything)."""
    if not moves or not any(m for m, _ in moves):
        return None
    free = [k for k, (_, s) in enumerate(moves) if s == 0]
    for mask in range(2 ** len(free)):
        signed = [m * (s or 1) for m, s in moves]
        for bit, k in enumerate(free):
            if mask >> bit & 1:
                signed[k] = -signed[k]
        if opening + sum(signed) == closing:
            return tuple(signed)
    return None


# --- dated sections: a run of transaction rows and the total printed under it --------------------------------

@dataclass(frozen=True)
class Section:
    """A run of at least two dated rows and the line under it that prints their total: ``total`` is the sum
    of each row's amount (its only or first amount, signed as printed)."""

    rows: int
    total: Decimal


def dated_sections(lines: Sequence[Line], dayfirst: bool) -> list[Section]:
    """The document's runs of dated rows (:func:`_entry`: a full date or a day and month first, then amounts)
    that are followed, on the same page, by a line without a date whose sure amount equals the rows' sum —
    "Total deposits and other additions $200.00" under four deposits of 50.00 — in reading order. A statement
    prints its credits and its debits so, each run with its total (issue 10: the figures must agree)."""
    out: list[Section] = []
    run: list[Entry] = []
    for ln in lines:
        e = _entry(ln, dayfirst)
        if e is not None and (not run or run[-1].line.page == ln.page):
            run.append(e)
            continue
        if e is not None:
            run = [e]
            continue
        if len(run) >= 2:
            amounts = [h.value for h in find_money(ln.text) if h.marked]
            total = sum((r.amounts[0] for r in run), Decimal(0))
            if amounts and total and amounts[-1] == total:
                out.append(Section(len(run), total))
        if find_money(ln.text) or len(run) >= 2:
            run = []
    return out


def credits_and_debits(lines: Sequence[Line], dayfirst: bool) -> bool:
    """Whether the document prints a run of dated credits and a run of dated debits each with its agreeing
    total (:func:`dated_sections`): one sums above zero, another below."""
    totals = [s.total for s in dated_sections(lines, dayfirst)]
    return any(t > 0 for t in totals) and any(t < 0 for t in totals)


# --- a column of amounts under a money heading, and the total its rows add up to ---------------------------------

COLUMN_SLACK = 0.015  # a figure belongs to a column when its slot overlaps the heading's span widened by this much
COLUMN_GAPS = 2  # a column runs on over at most this many lines without a figure under it (a wrapped description)
COLUMN_ROWS = 80  # and ends at the latest this many lines below its heading


@dataclass(frozen=True)
class MoneyColumn:
    """A table column headed by a money word (the vocabulary's ``money_column_words``: "Amount", "Charges", "金额"):
    the amounts printed under it, in print order (whole-unit figures without decimals or currency sign included:
    the heading says they are money), the positions of their lines in the document's lines, and ``total``, the
    amount printed on a line after the rows that equals their sum (None when no line agrees), with its line's
    position ``total_at``."""

    page: int
    heading: str
    amounts: tuple[Decimal, ...]
    rows: tuple[int, ...]
    total: Decimal | None
    total_at: int | None


@lru_cache(maxsize=4)
def _heading_re(words: tuple[str, ...], patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the money headings: each of ``words`` as a whole word, each of ``patterns``."""
    alts = [rf"(?<![a-z]){re.escape(fold(w).lower())}(?![a-z])" for w in words] + list(patterns)
    return re.compile("|".join(alts) or r"(?!x)x", re.I)


def _money_heading(line: Line, words: Sequence[str], patterns: Sequence[str]) -> list[Slot]:
    """The slots of a heading line that name a money column (one of ``words``, or a match of one of ``patterns``):
    the line has at least two slots and no amount."""
    heading = _heading_re(tuple(words), tuple(patterns))
    if not heading.search(fold(line.text)):
        return []
    row = slots(line)
    if len(row) < 2 or any(cell_amount(s.text) for s in row):
        return []
    return [s for s in row if heading.search(fold(s.text))]


def _amount_cells(line: Line) -> list[tuple[Slot, CellAmount]]:
    """The line's slots that hold one amount and nothing else (:func:`packet.understanding.values.cell_amount`)."""
    return [(s, a) for s in slots(line) if (a := cell_amount(s.text)) is not None]


def misread_sign(lines: Sequence[Line], words: Sequence[str], patterns: Sequence[str] = ()) -> str | None:
    """What OCR read in place of the currency sign a money heading prints in brackets ("Amount (₹)" read as
    "Amount ( 1)", "Amount (2%)" or "Amount (')": Tesseract knows no ₹): the digit in the bracket — the document's
    figures printed with that sign may then begin with the same digit ("₹48,250" read as "148,250") — or "" when
    the bracket holds no digit: the sign was read as some other mark, and a figure may begin with any digit in its
    place. None when no money heading holds, in brackets, one to three marks without a letter and without a
    currency sign (a real sign or code, "(₹)", "(Rs)", "(元)", is no misreading; a text layer's lost glyph is folded
    to a space)."""
    for ln in lines:
        if ln.page < 0:
            continue
        for head in _money_heading(ln, words, patterns):
            m = re.search(r"[(（]\s*([^\sA-Za-z(（)）]{1,3})\s*[)）]", fold(head.text))
            if not m or re.search(f"[{CURRENCY_SIGNS}]", m.group(1)):
                continue  # no bracket, or a real sign in it
            digit = re.search(r"\d", m.group(1))
            return digit.group(0) if digit else ""
    return None


CURRENCY_SIGNS = "¥$£€\u20a0-\u20cf元圆"  # a bracket with one of these names the currency: no misreading
SUMS_MOST = 4096  # the most distinct sums :func:`money_columns` keeps when a misread sign makes each row two readings


def _readings(cell: CellAmount, text: str, glyph: str | None) -> tuple[Decimal, ...]:
    """A figure as read, and, when OCR may have read its currency sign as the digit ``glyph`` (:func:`misread_sign`;
    "" for any digit) and it begins with that digit, the figure without it ("148,250" → 48,250) when that is still
    a figure."""
    if glyph is None or cell.marked:
        return (cell.value,)
    t = clean(text)
    m = re.search(r"\d", t)
    if not m or (glyph and t[m.start()] != glyph):
        return (cell.value,)
    rest = cell_amount(t[:m.start()] + " " + t[m.start() + 1:])
    if rest is None or rest.value <= 0 or not re.match(r"\s*\d", t[m.start() + 1:]):
        return (cell.value,)
    return (cell.value, rest.value)


def money_columns(lines: Sequence[Line], words: Sequence[str], patterns: Sequence[str] = (),
                  glyph: str | None = None) -> list[MoneyColumn]:
    """Every money column of the document (:class:`MoneyColumn`), in reading order; its heading names one of
    ``words`` or matches one of ``patterns`` (the vocabulary's ``money_column_words`` and ``_patterns``).

    Under a heading slot naming money, each following line of the page whose slot overlapping the heading's span
    (widened by :data:`COLUMN_SLACK` of the page width, for figures right-aligned under a left-aligned heading)
    holds one amount adds a row; a line with a slot there that is not an amount (text under the column, another
    heading) ends the column, and so do more than :data:`COLUMN_GAPS` lines in a row without one. Before a row is
    added, the line is tried as the total: an amount alone in its slot — in the column, or the line's only amount
    right of the column's left edge ("Total Billed Amount:   48,250" printed further right) — equal to the sum of
    at least two rows above; a total in the column does not end it (an item can equal the items above it: 100,
    200, 300), and a later line equal to all the rows above it (that one included) is the total instead. The sum is what makes a whole-unit total sure: codes, counts and years in other
    columns never enter it (issue 10: the figures must agree)."""
    out: list[MoneyColumn] = []
    for i, ln in enumerate(lines):
        if ln.page < 0:
            continue
        for head in _money_heading(ln, words, patterns):
            lo, hi = head.x0 - COLUMN_SLACK, head.x1 + COLUMN_SLACK
            amounts: list[Decimal] = []
            rows: list[int] = []
            sums = {Decimal(0)}  # every sum the rows can make, each row read either way where a sign was misread
            total = total_at = None
            gaps = 0
            for j in range(i + 1, min(len(lines), i + 1 + COLUMN_ROWS)):
                nxt = lines[j]
                if nxt.page != ln.page:
                    break
                cells = _amount_cells(nxt)
                under = [s for s in slots(nxt) if s.x0 < hi and s.x1 > lo]
                mine = [(s, a) for s, a in cells if s.x0 < hi and s.x1 > lo]
                right = [(s, a) for s, a in cells if s.x1 > lo]
                if len(amounts) >= 2:
                    pick = mine[-1:] or (right if len(right) == 1 else [])
                    agree = [v for v in _readings(pick[0][1], pick[0][0].text, glyph) if v in sums and v > 0] \
                        if pick else []
                    if len(agree) == 1:  # two readings that both agree tell nothing
                        total, total_at = agree[0], j
                        if not mine:
                            break
                        # a figure in the column equal to the rows above may be an item (100, 200, then 300): the
                        # column runs on, and a later line equal to all the rows above it is the total instead
                if mine:
                    amounts.append(mine[-1][1].value)
                    rows.append(j)
                    sums = {a + b for a in sums for b in _readings(mine[-1][1], mine[-1][0].text, glyph)}
                    if len(sums) > SUMS_MOST:
                        break
                    gaps = 0
                    continue
                if under and not right:
                    break  # words under the column: the table has ended
                gaps += 1
                if gaps > COLUMN_GAPS:
                    break
            if total_at is not None:  # the rows are those above the total
                keep = [k for k, r in enumerate(rows) if r < total_at]
                amounts, rows = [amounts[k] for k in keep], [rows[k] for k in keep]
            if rows:
                out.append(MoneyColumn(ln.page, head.text, tuple(amounts), tuple(rows), total, total_at))
    return out


# --- a closing balance checked against its opening: opening + money in − money out = closing -------------------

def _label_word(line: Line, labels: Sequence[str]) -> tuple[int, int] | None:
    """The index of the first word of ``line`` that holds one of ``labels`` (folded, lower case) and where the label
    ends within that word's folded text; None when no word holds one."""
    for k, w in enumerate(line.words):
        low = fold(w.text).lower()
        for lb in labels:
            at = low.find(fold(lb).lower())
            if at >= 0:
                return k, at + len(fold(lb))
    return None


def _after_label(lines: Sequence[Line], i: int, labels: Sequence[str], askew: bool = False) -> list[Decimal]:
    """The amounts a label on ``lines[i]`` may give: after it in its word, in the words right of it on its line, and
    in the words of the next line of the page that stand under it (their boxes overlapping its box: a banking app's
    large figure printed under "月末余额(元)"). With ``askew``, instead, the amounts of that next line right of the
    label: a photo taken askew sets a row's figures on the line under its label ("期末余额" beside the page total's
    "1,728.40" and over its own "1,564.79", independent 15's Yingtan counter statement); the caller tries these only
    where the others prove nothing (:func:`checked_closing`)."""
    ln = lines[i]
    found = _label_word(ln, labels)
    if found is None:
        return []
    k, end = found
    w = ln.words[k]
    below = lines[i + 1].words if i + 1 < len(lines) and lines[i + 1].page == ln.page else ()
    if askew:
        return [h.value for x in below if x.box[0] >= w.box[2] for h in find_money(clean(x.text)) if h.marked]
    out = [h.value for h in find_money(clean(fold(w.text)[end:])) if h.marked]
    out += [h.value for x in ln.words[k + 1:] for h in find_money(clean(x.text)) if h.marked]
    out += [h.value for x in below if x.box[0] < w.box[2] and x.box[2] > w.box[0]
            for h in find_money(clean(x.text)) if h.marked]
    return out


def checked_closing(lines: Sequence[Line], opening_labels: Sequence[str],
                    closing_labels: Sequence[str]) -> Decimal | None:
    """The closing balance the page's own figures prove, wherever they stand (a banking app prints its month's
    opening balance at the foot, under the rows, and its closing balance large at the top): an amount a closing label
    gives (:func:`_after_label`: "月末余额(元)" over "8,331.05"; the vocabulary's ``closing_balance_labels``) equal to
    the amount an opening label gives plus one other amount printed on the page less another (opening + money in −
    money out: "月初余额4,122.08", "收入7,718.35", "支出3,509.38"), all four different. The figures checked against
    each other choose among a label's candidates (the money-in total printed beside "月末余额" on its line is none).
    None when no figure closes, or when two different ones do. The figures of the line under a label, right of it
    (:func:`_after_label` ``askew``: a photo taken askew), are tried only where the label's own figures give no
    opening or none that closes: beside "月末余额(元)" they include the money-out total, which closes as well
    (opening + in − closing = out)."""
    opening = next((a for askew in (False, True) for i in range(len(lines))
                    for a in _after_label(lines, i, opening_labels, askew)[:1]), None)
    if opening is None:
        return None
    printed = {h.value for ln in lines for h in find_money(clean(ln.text)) if h.marked and h.value > 0}
    for askew in (False, True):
        closes = set()
        for i in range(len(lines)):
            for c in _after_label(lines, i, closing_labels, askew):
                others = printed - {opening, c}
                if any(opening + a - c in others and opening + a - c != a for a in others):
                    closes.add(c)
        if closes:
            return next(iter(closes)) if len(closes) == 1 else None
    return None
