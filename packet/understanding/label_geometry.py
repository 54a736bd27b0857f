"""Where a label's value sits on the page: to its right on the same line, or in the cell below it.

Works on word boxes (fractions of the upright page), so it reads forms ("实发工资：8,560.00"),
two-column tables ("Gross pay    Net pay" over "9,800.00    8,560.00") and OCR output whose words
were split or joined differently. A line is cut into *cells* at wide gaps; the value of a label is
looked for first in the rest of its own cell, then in the following cells of the line, then in the
words right below the label.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

from packet.core.model import Page, Word
from packet.core.text import CJK, fold, is_wide
from packet.understanding.row_pieces import join_pieces, repair_shifted_list

log = logging.getLogger(__name__)

CELL_GAP = 0.035  # a horizontal gap wider than this (fraction of page width) separates two cells
_CJK_FIRST = re.compile(f"[{CJK}]")
_CJK_LAST = re.compile(f"[{CJK}]$")


@dataclass(frozen=True)
class Line:
    page: int  # 0-based index of the page in the document
    index: int  # 0-based index of the line on its page
    words: tuple[Word, ...]
    # x positions (fractions of the page's width) where a cell also ends though the gap is narrower than CELL_GAP:
    # the start of a column the lines round it print (:func:`grid_cuts`)
    cuts: tuple[float, ...] = ()

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def y0(self) -> float:
        return min(w.box[1] for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.box[3] for w in self.words)

    def cells(self) -> list[tuple[Word, ...]]:
        """The line cut into cells at gaps wider than :data:`CELL_GAP` (a new list; the cells are shared)."""
        return list(self._cut)

    @cached_property
    def _cut(self) -> tuple[tuple[Word, ...], ...]:
        return _cells(self.words, self.cuts)

    @cached_property
    def streams(self) -> tuple[tuple[str, tuple[float, ...]], ...]:
        """Each cell's folded lower-case text and the x of each character (:func:`_cell_stream`), worked out once
        per line: every label of every field looks through the same lines."""
        return tuple(_cell_stream(cell) for cell in self._cut)


@lru_cache(maxsize=1 << 15)
def _cells(words: tuple[Word, ...], cuts: tuple[float, ...] = ()) -> tuple[tuple[Word, ...], ...]:
    """:meth:`Line.cells` of ``words``, kept: every label of every field looks through the same lines (a warm
    re-run of a 10-page statement spent most of its time cutting and folding the same cells again). A word that
    starts at one of ``cuts`` starts a cell whatever the gap before it."""
    out: list[list[Word]] = []
    ruled = False
    for w in words:
        if is_rule(w.text):
            ruled = True  # a ruled table's border read as a glyph: it ends the cell, and is no cell itself
            continue
        if out and not ruled and w.box[0] - out[-1][-1].box[2] <= CELL_GAP and w.box[0] not in cuts:
            out[-1].append(w)
        else:
            out.append([w])
        ruled = False
    return tuple(tuple(c) for c in out)


RULE_GLYPHS = "|¦│┃║"


def is_rule(text: str) -> bool:
    """Whether a word is a vertical table rule read as a glyph ("|" between two cells of a ruled table: OCR of
    photographed and scanned grids prints it as a word of its own)."""
    t = text.strip()
    return bool(t) and all(c in RULE_GLYPHS for c in t)


def join_words(words: Iterable[Word]) -> str:
    """Words of one line as text: a space between words, none between two CJK runs."""
    out = ""
    for w in words:
        if out and not (_CJK_FIRST.match(w.text[:1]) and _CJK_LAST.search(out)):
            out += " "
        out += w.text
    return out


def synth_words(text: str, char_w: float = 0.0125, line_h: float = 0.018, top: float = 0.05,
                left: float = 0.06) -> tuple[Word, ...]:
    """Words with monospace boxes made from text lines (for pages without word boxes, and tests).

    Each character takes ``char_w`` of the width (CJK and full-width characters twice that), so the
    spaces in ``text`` place words in columns as a printed table would.
    """
    words = []
    for li, line in enumerate(text.splitlines()):
        x = left
        y0 = top + li * line_h * 1.6
        for m in re.finditer(r"\S+|\s+", line):
            tok = m.group(0)
            width = sum(char_w * (2 if is_wide(c) else 1) for c in tok)
            if not tok.isspace():
                words.append(Word(tok, (round(x, 4), round(y0, 4), round(x + width, 4), round(y0 + line_h, 4)), 100.0, li))
            x += width
    return tuple(words)


def lines_of(page: Page, page_index: int = 0) -> list[Line]:
    """The page's lines in reading order, words sorted left to right. A line whose only words are table rules read
    as glyphs ("|  |  |" under a photographed grid) is no line: it has no cell (:meth:`Line.cells` is never empty).
    On a page read by OCR, the pieces of one row the reader handed over as two lines (a tilted scan's label and its
    figure) are one line (:func:`packet.understanding.row_pieces.join_pieces`)."""
    words = page.words or synth_words(page.text)
    by_line: dict[int, list[Word]] = {}
    for w in words:
        if w.text.strip():
            by_line.setdefault(w.line, []).append(w)
    kept = [ws for _, ws in sorted(by_line.items()) if not all(is_rule(w.text) for w in ws)]
    if page.source == "ocr":  # a tilted scan's row read as two lines: one again (row_pieces)
        kept = repair_shifted_list(join_pieces([sorted(ws, key=lambda w: w.box[0]) for ws in kept]))
    lines = [Line(page_index, i, tuple(sorted(ws, key=lambda w: w.box[0]))) for i, ws in enumerate(kept)]
    cuts = grid_cuts(lines)
    return [Line(ln.page, ln.index, ln.words, cuts[i]) if cuts[i] else ln for i, ln in enumerate(lines)]


# A key/value grid (a payslip's or a statement's particulars: "Employee  Thandeka Mbotho | Emp no. ...", "Job title
# Sewing machinist | ...") prints its values in columns, but a short label and its value may stand closer than
# CELL_GAP ("Employee Thandeka Mbotho" read as one cell, so its label seemed the first word of a phrase); and a
# block set beside a long heading may come close to its end ("... Bank Ltd.  MR. SANDEEP ..."). A word starts a
# cell of its own where a line near it (GRID_REACH lines above or below, no more than GRID_DROP of its heights
# away) has cells starting both where this word's cell starts and where this word starts (within GRID_ALIGN of
# the page's width), and the gap before the word is at least GRID_GAP wide and wider than GRID_SPACES times the
# line's narrowest gap between words (a gap a typesetter or a form leaves, not a space between words of a phrase).
GRID_REACH = 2
GRID_DROP = 4.0
GRID_ALIGN = 0.006
GRID_GAP = 0.012
GRID_SPACES = 2.0


def grid_cuts(lines: Sequence[Line]) -> list[tuple[float, ...]]:
    """For each of ``lines`` (one page's, in reading order) the x positions where a cell must end though its gap
    is narrower than :data:`CELL_GAP`: the start of a column of the grid the lines round it print (see
    :data:`GRID_REACH`). An empty tuple for most lines."""
    starts = [[c[0].box[0] for c in ln.cells()] for ln in lines]
    out: list[tuple[float, ...]] = []
    for i, ln in enumerate(lines):
        height = max(ln.y1 - ln.y0, 0.005)
        near = [j for j in range(max(0, i - GRID_REACH), min(len(lines), i + GRID_REACH + 1))
                if j != i and len(starts[j]) >= 2
                and min(abs(lines[j].y0 - ln.y1), abs(ln.y0 - lines[j].y1)) <= GRID_DROP * height]
        gaps = [b.box[0] - a.box[2] for a, b in pairwise(ln.words)]
        narrow = min((g for g in gaps if g > 0), default=0.0)
        cuts: list[float] = []
        for cell in ln.cells() if near else ():
            for a, b in pairwise(cell):
                gap = b.box[0] - a.box[2]
                if gap < GRID_GAP or gap < GRID_SPACES * narrow:
                    continue
                if any(any(abs(x - cell[0].box[0]) <= GRID_ALIGN for x in starts[j])
                       and any(abs(x - b.box[0]) <= GRID_ALIGN for x in starts[j][1:]) for j in near):
                    cuts.append(b.box[0])
        out.append(tuple(cuts))
    return out


def doc_lines(pages: Sequence[Page]) -> list[Line]:
    out: list[Line] = []
    for i, p in enumerate(pages):
        out.extend(lines_of(p, i))
    return out


# --- label matching ----------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def label_pattern(label: str) -> re.Pattern[str]:
    """A regex for a label: case- and width-insensitive, spaces optional between CJK characters, one stray space
    allowed between two letters of a word (OCR), a space between words also read as a dot (OCR), whole words only
    for Latin labels."""
    label = fold(label).lower().strip()
    parts = []
    for i, ch in enumerate(label):
        if ch.isspace():
            parts.append(r"(?:\s+|\.\s*|_)")  # OCR reads a narrow space as a dot: "Account.no."; a form's "Emp_Name"
            continue
        parts.append(re.escape(ch))
        if i + 1 < len(label) and not label[i + 1].isspace():
            # one stray space inside a Latin word: PP-OCR reading small English print on a photo ("A ccount
            # N umber", "Statem ent Period"); the words themselves stay whole, in order
            parts.append(r"\s?" if is_wide(ch) or is_wide(label[i + 1]) or (ch.isalpha() and label[i + 1].isalpha())
                         else "")
    body = "".join(parts)
    if re.match(r"[a-z0-9]", label[:1]):
        body = r"(?<![a-z0-9])" + body
    if re.search(r"[a-z0-9]$", label):
        body += r"(?![a-z0-9])"
    return re.compile(body)


# OCR reads a speck of dirt, a scanner's streak or a ruling's end between two words of a label as a mark of its
# own: "A/c: No." for "A/c No.", "Account , number", "Pay | date". A label of several Latin words is found with
# one such mark in one of its gaps (a dot there is already a read space: label_pattern), in OCR'd words only (a
# text layer prints its marks as they are) and only where nothing but a separator or a figure follows it: when the
# mark is a real colon, the words after it are the shorter label's value ("Account: Name of holder" is an account's
# label, no "Account name"), and a value follows the colon, never the label's end.
STRAY_MARKS = ":;,|"


@lru_cache(maxsize=4096)
def specked_pattern(label: str) -> re.Pattern[str] | None:
    """:func:`label_pattern` of a label of several Latin words with any gap between two of its words also read as
    one stray mark of :data:`STRAY_MARKS` with optional spaces around it ("a/c: no." for "a/c no."); None for a
    label of one word, or one with Chinese characters (which has no gaps between words)."""
    low = fold(label).lower().strip()
    if " " not in low or re.search(f"[{CJK}]", low):
        return None
    gap = r"(?:\s+|\.\s*|_)"
    plain = label_pattern(label).pattern
    if gap not in plain:
        return None
    return re.compile(plain.replace(gap, rf"(?:\s+|\.\s*|_|\s*[{re.escape(STRAY_MARKS)}]\s*)"))


def _specked_label(label: str, cell: tuple[Word, ...], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, found by :func:`specked_pattern` and not by :func:`label_pattern`, is ``label``
    printed with one stray mark in it (see :data:`STRAY_MARKS`): a single mark more than the label has, in a cell
    read by OCR (a word's confidence below 100), followed by nothing, a separator or a figure (after
    its own closing dot, if any)."""
    if all(w.conf >= 100 for w in cell):
        return False
    low = fold(label).lower()
    extra = sum(text[start:end].count(c) - low.count(c) for c in STRAY_MARKS)
    if extra != 1:
        return False
    after = text[end:].lstrip(" .")  # the label's own closing dot ("No.") may stay outside the match
    return not after or after[0] in ":：;；|" or after[0].isdigit()


# a text layer has lost its spaces when at least this share of its Latin words (and at least GLUED_MIN of them)
# run two words together: a small letter followed by a capital inside the word ("GrossPay", "SanFrancisco") or a
# run of GLUED_RUN letters (no English word of a payslip or statement is that long: "PAYPERIODPERIODENDING")
GLUED_SHARE = 0.12
GLUED_MIN = 3
GLUED_RUN = 16
_LATIN_WORD = re.compile(r"[A-Za-z]")
_GLUED = re.compile(rf"[a-z][A-Z]|[A-Za-z]{{{GLUED_RUN},}}")
# where a run-together word is cut back into words: small→capital ("Gross|Pay"), capitals→capital+small
# ("ABC|Company"), letter↔digit ("PAYDATE|07/01", "1234|Main")
CUT_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def lost_spaces(text: str) -> bool:
    """Whether ``text`` comes from a text layer that lost the spaces between its words ("ABCCompany",
    "NETPAY:$3,371.84"): at least :data:`GLUED_SHARE` of its Latin words, and :data:`GLUED_MIN` of them, run two
    words together (a small letter then a capital inside a word, or :data:`GLUED_RUN` letters in a row). Chinese
    text, which has no spaces to lose, never counts."""
    words = [w for w in text.split() if _LATIN_WORD.search(w)]
    glued = sum(1 for w in words if _GLUED.search(w))
    return glued >= GLUED_MIN and glued >= GLUED_SHARE * len(words)


@lru_cache(maxsize=4096)
def joined_pattern(phrase: str) -> re.Pattern[str]:
    """:func:`label_pattern` with the spaces between Latin words optional: "net pay" finds "netpay"."""
    words = fold(phrase).lower().split()
    body = r"\s*".join(re.escape(w) for w in words)
    if re.match(r"[a-z0-9]", words[0][:1]):
        body = r"(?<![a-z0-9])" + body
    if re.search(r"[a-z0-9]$", words[-1]):
        body += r"(?![a-z0-9])"
    return re.compile(body)


@lru_cache(maxsize=256)
def _lines_lost_spaces(lines: tuple[Line, ...]) -> bool:
    return lost_spaces(" ".join(w.text for ln in lines for w in ln.words))


@dataclass(frozen=True)
class Hit:
    """A label found on a line: ``cell`` is the index of its cell, ``rest`` the cell's text after it."""

    line: Line
    cell: int
    rest: str
    x0: float
    x1: float
    label: str
    fuzzy: bool = False  # found by :func:`near_labels` (OCR misread its letters), not as printed


@lru_cache(maxsize=1 << 15)
def _cell_stream(cell: tuple[Word, ...]) -> tuple[str, tuple[float, ...]]:
    """The cell's folded lower-case text and an x position for each character (kept: see :func:`_cells`)."""
    text, xs = "", []
    for w in cell:
        sep = "" if not text or (_CJK_FIRST.match(w.text[:1]) and _CJK_LAST.search(text)) else " "
        if sep:
            text += sep
            xs.append(w.box[0])
        t = fold(w.text).lower()
        n = max(len(t), 1)
        for k, ch in enumerate(t):
            text += ch
            xs.append(w.box[0] + (w.box[2] - w.box[0]) * k / n)
    xs.append(cell[-1].box[2])
    return text, tuple(xs)


def find_labels(lines: Sequence[Line], label: str, avoid: Sequence[str] = (),
                blockers: Sequence[str] = (), fuzzy_others: Sequence[str] | None = None,
                glued: bool = False) -> list[Hit]:
    """Every place ``label`` is printed; a hit next to one of ``avoid`` (e.g. "ytd") is skipped, and so
    is a hit inside a longer label from ``blockers`` ("Name" inside "Employer name"). On lines whose text layer
    lost its spaces (:func:`lost_spaces`) a label of several words not printed as such is looked for with the
    spaces optional ("NETPAY:" is "Net pay"). ``fuzzy_others`` given (every other label the reader knows): a
    label printed nowhere is looked for as OCR may have misread it (:func:`near_labels`). With ``glued``, a label
    of several Latin words printed run into its capitalised value is found too (:func:`glued_value`: "Customer
    NameDeva dev cybertron"). A label of several Latin words OCR read with one stray mark between two of its words
    ("A/c: No.") is found where only a separator or a figure follows it (:func:`specked_pattern`)."""
    pat = label_pattern(label)
    hits: list[Hit] = []
    whole = "\n".join(text for line in lines for text, _xs in line.streams)
    if glued and " " in label.strip() and not re.search(f"[{CJK}]", label):
        hits = glued_value(lines, label, whole)
    camel = False  # the label found only run together in camel case ("NettPay", "PayPeriod")
    specked = specked_pattern(label)
    if specked is not None and not (specked.search(whole) and any(
            _specked_label(label, cell, text, m.start(), m.end())
            for line in lines for cell, (text, _xs) in zip(line._cut, line.streams, strict=True)
            for m in specked.finditer(text) if not pat.fullmatch(m.group()))):
        specked = None  # no label printed with a stray mark: the plain search alone
    if specked is not None:
        plain, pat = pat, specked
    elif not pat.search(whole):  # one search of the whole text first: most labels are not printed at all
        several = " " in label.strip()
        if several and _lines_lost_spaces(tuple(lines)):
            pat = joined_pattern(label)
            if not pat.search(whole):
                return hits
        elif several and joined_pattern(label).search(whole):
            pat, camel = joined_pattern(label), True
        else:
            hits = hits + wrapped_labels(lines, label)
            return hits + near_labels(lines, label, avoid, fuzzy_others) if fuzzy_others is not None else hits
    for line in lines:
        for ci, (cell, (text, xs)) in enumerate(zip(line._cut, line.streams, strict=True)):
            found = list(pat.finditer(text))
            if not found:
                continue
            spans = [(b.start(), b.end()) for bl in blockers for b in label_pattern(bl).finditer(text)]
            for m in found:
                if any(a <= m.start() and m.end() <= b and (b - a) > (m.end() - m.start()) for a, b in spans):
                    continue
                if (specked is not None and not plain.fullmatch(m.group())
                        and not _specked_label(label, cell, text, m.start(), m.end())):
                    continue  # a mark inside the words that no speck put there
                after = text[m.end():].lstrip(" :;.：()（）")
                before = text[: m.start()].rstrip(" :;.：()（）")
                if any(after.startswith(a) or before.endswith(a) for a in avoid):
                    continue
                if camel and not camel_joined(cell, text, m.start(), m.end(), label):
                    continue
                if not (_placed_as_label(label, text, m.start(), m.end())
                        or _closes_cell(label, text, m.end(), ci + 1 < len(line._cut))):
                    continue
                if not glued and _head_of_longer(label, text, m.end()):
                    continue
                rest = _original_rest(cell, m.end(), text)
                if re.search(f"[{CJK}]$", label):
                    rest = without_translation(rest)
                hits.append(Hit(line, ci, rest, xs[m.start()], xs[min(m.end(), len(xs) - 1)], label))
    return hits


# a Chinese label's translation between it and its colon: up to four words of Latin letters (accents, "N.º")
_TRANSLATION = re.compile(r"\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’ºª/-]*(?:\s+[A-Za-zÀ-ÿ.'’ºª/-]+){0,3}\s*(?=[:：])")


def without_translation(rest: str) -> str:
    """``rest`` (a Chinese label's cell after the label) without the label's translation printed between the label
    and its colon: "僱員 Empregado：冼慧珊" (Macau's forms print each label in Chinese and Portuguese), "雇员 Employee
    Name：" (Hong Kong's in Chinese and English) — the value is after the colon. Only words of Latin letters followed
    by a colon: "：冼慧珊" and "冼慧珊" are unchanged."""
    m = _TRANSLATION.match(rest)
    return rest[m.end():] if m else rest


WRAP_EDGE = 0.015  # a label's wrapped words start this close (a fraction of the page's width) under its first words


def wrapped_labels(lines: Sequence[Line], label: str) -> list[Hit]:
    """Hits of ``label`` (several Latin words) that a narrow grid cell wrapped over two lines, its value beside
    the first line: the cell that starts a line with the label's first words ("Employee" — then the value, "Issac",
    or nothing, the value in the next cell) and, on the next line of the page, a cell of the label's last words and
    nothing else ("Name"), its left edge within :data:`WRAP_EDGE` of the first words'. The hit stands on the first
    line (its ``rest``: the cell's text after the first words), where the value is. Only for a label printed nowhere
    whole (the caller's check): a form with narrow label cells (hold-out set 8's HRMS payslip: "Employee | Name",
    "Month & | Year"). Empty when none is so printed."""
    words = fold(label).lower().split()
    if len(words) < 2 or re.search(f"[{CJK}]", label):
        return []
    hits: list[Hit] = []
    below = {(ln.page, ln.index): ln for ln in lines}
    whole = "\n".join(text for line in lines for text, _xs in line.streams)
    splits = [(label_pattern(" ".join(words[:k])), label_pattern(" ".join(words[k:]))) for k in range(1, len(words))]
    splits = [(h, t) for h, t in splits if t.search(whole)]  # the label's last words printed somewhere at least
    if not splits:
        return []
    for line in lines:
        nxt = below.get((line.page, line.index + 1))
        if nxt is None:
            continue
        for head_pat, tail_pat in splits:
            for ci, (cell, (text, xs)) in enumerate(zip(line._cut, line.streams, strict=True)):
                m = head_pat.match(text)
                if m is None or text[m.end():].lstrip()[:1] in (":", "："):
                    continue  # a label of its own ("Employee: Issac"), not the first words of a longer one
                x0 = cell[0].box[0]
                if not any(abs(c[0].box[0] - x0) <= WRAP_EDGE and tail_pat.fullmatch(t.strip(" :："))
                           for c, (t, _xs) in zip(nxt._cut, nxt.streams, strict=True)):
                    continue
                rest = _original_rest(cell, m.end(), text)
                hits.append(Hit(line, ci, rest, xs[0], xs[min(m.end(), len(xs) - 1)], label))
    return hits


def glued_value(lines: Sequence[Line], label: str, whole: str) -> list[Hit]:
    """Hits of ``label`` (several Latin words) printed run into its value with no space or separator, where its
    last small letter meets the value's capital ("Customer NameDeva dev cybertron", "Account NameJane Roe": a
    template that prints its field names and values with nothing between them); the hit's ``rest`` is the value.
    The label must start its cell (a value's own words never hold it: "Nameplate" is no "Name" label). A run in one
    case ("CUSTOMER NAMEJANE") cannot be cut and gives nothing."""
    open_end = re.compile(label_pattern(label).pattern.removesuffix(r"(?![a-z0-9])") + r"(?=[a-z])")
    hits: list[Hit] = []
    if not open_end.search(whole):
        return hits
    for line in lines:
        for ci, (cell, (text, xs)) in enumerate(zip(line._cut, line.streams, strict=True)):
            m = open_end.match(text)
            if not m:
                continue
            original = fold(join_words(cell))
            end = m.end()
            if len(original) != len(text) or not (original[end - 1:end].islower() and original[end:end + 1].isupper()):
                continue
            hits.append(Hit(line, ci, original[end:], xs[m.start()], xs[min(end, len(xs) - 1)], label))
    return hits


def camel_joined(cell: tuple[Word, ...], folded: str, start: int, end: int, label: str) -> bool:
    """Whether the words of ``label`` found at ``folded[start:end]`` (a cell's folded lower-case stream, matched by
    :func:`joined_pattern`) are printed run together in camel case: at every join of two of its words a small letter
    is followed by a capital ("NettPay", "PayPeriod", "AccountNumber" — a template's field names printed as they
    are written in its code, on a page whose other words keep their spaces). A run in one case ("NETPAY",
    "netpay") may be another word, and is left to :func:`lost_spaces` (a page that lost all its spaces)."""
    original = fold(join_words(cell))
    if len(original) != len(folded):
        return False
    span, pos = original[start:end], 0
    for word in fold(label).lower().split()[:-1]:
        pos += len(word)
        if pos >= len(span) or not (span[pos - 1].islower() and span[pos].isupper()):
            return False
    return True


# Tolerant matching of labels in OCR'd words ("Net Pav", "Patent Name", "实发工姿"): a stretch of a cell within a
# few edits of the label. Short labels never ("Net" is one edit from "Not", "Gr0ss" from "Gross" but also from
# many words): Latin labels of at least NEAR_MIN_LATIN letters allow one edit, of NEAR_TWO_LATIN two; Chinese
# labels of at least NEAR_MIN_CJK characters one. The stretch must be nearer this label than any other label or
# word the reader knows (实发工姿 is one edit from 实发工资 and two from 应发工资; 应发工资 itself is printed), and
# only OCR'd words (confidence below 100) are searched: a text layer spells its labels as printed.
NEAR_MIN_LATIN = 6
NEAR_TWO_LATIN = 12
NEAR_MIN_CJK = 4


def near_budget(label: str) -> int:
    """How many edits :func:`near_labels` allows for ``label`` (0: never looked for)."""
    low = fold(label).lower().strip()
    if re.search(f"[{CJK}]", low):
        return 1 if len(low.replace(" ", "")) >= NEAR_MIN_CJK else 0
    letters = sum(c.isalpha() for c in low)
    return 2 if letters >= NEAR_TWO_LATIN else 1 if letters >= NEAR_MIN_LATIN else 0


def edit_distance(a: str, b: str, most: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``most + 1`` as soon as it must exceed ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > most:
            return most + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=64)
def _folded_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` folded (:func:`fold`, lower case, stripped), each once, the empty ones left out: the rivals of a
    misread label in :func:`near_labels`. Cached on the tuple: a reader hands the same words (every label and
    printed word of a document type, ~2,000) to each of its hundreds of searches, and folding them again each time
    was most of the time an extraction took (10 million folds for six checks of a two-page text PDF)."""
    return tuple({w for w in (fold(o).lower().strip() for o in words) if w})


def near_labels(lines: Sequence[Line], label: str, avoid: Sequence[str] = (),
                others: Sequence[str] = ()) -> list[Hit]:
    """Places where OCR printed ``label`` with a misread letter or two (see :data:`NEAR_MIN_LATIN`): hits with
    ``fuzzy`` set, whose evidence is less sure (:mod:`packet.understanding.evidence`). A stretch as near or nearer
    to one of ``others`` (the other labels and printed words the reader knows) is that one, not this; a stretch
    that must start a word and end one (Latin) and stand where a label stands (:func:`_placed_as_label`)."""
    most = near_budget(label)
    if not most:
        return []
    want = fold(label).lower().strip()
    cjk = bool(re.search(f"[{CJK}]", want))
    rivals = _folded_words(tuple(others))  # the label itself among them is skipped where they are compared
    grams = {want[i:i + 2] for i in range(len(want) - 1)}
    hits: list[Hit] = []
    for line in lines:
        for ci, (cell, (text, xs)) in enumerate(zip(line._cut, line.streams, strict=True)):
            if all(w.conf >= 100 for w in cell) or len(text) < len(want) - most:
                continue
            if sum(g in text for g in grams) < len(grams) - 2 * most:
                continue  # too few of the label's letter pairs for the label to be here
            starts = range(len(text)) if cjk else [m.start() for m in re.finditer(r"(?<![a-z0-9])[a-z0-9]", text)]
            for a in starts:
                best: tuple[int, int] | None = None
                for n in range(max(1, len(want) - most), len(want) + most + 1):
                    b = a + n
                    if b > len(text) or (not cjk and b < len(text) and text[b].isalnum()):
                        continue
                    d = edit_distance(text[a:b], want, most)
                    # the nearest stretch; of those as near, one that stands alone ("实发工姿：" not "实发工")
                    if d <= most and (best is None or (d, not _stands_alone(text, a, b))
                                      < (best[0], not _stands_alone(text, a, best[1]))):
                        best = (d, b)
                if best is None or best[0] == 0:
                    continue
                d, b = best
                piece = text[a:b]
                if any(r != want and edit_distance(piece, r, d) <= d for r in rivals):
                    continue  # as near another label or word: not this one
                after = text[b:].lstrip(" :;.：()（）")
                if any(after.startswith(x) for x in avoid) or not (
                        _placed_as_label(label, text, a, b) or _closes_cell(label, text, b, ci + 1 < len(line._cut))):
                    continue
                if cjk and not _stands_alone(text, a, b):
                    continue  # inside a run of glued Chinese table heads: where its value is cannot be told
                rest = _original_rest(cell, b, text)
                hits.append(Hit(line, ci, rest, xs[a], xs[min(b, len(xs) - 1)], label, fuzzy=True))
                break
    return hits


SHORT_HEAD = 2  # characters: a Chinese label this short may be the head of a longer one ("实发" of "实发金额")


def _head_of_longer(label: str, text: str, end: int) -> bool:
    """Whether a Chinese label of at most :data:`SHORT_HEAD` characters ("实发", "应发") is printed as the first
    characters of a longer Chinese word (``text[end:]`` goes on with a Chinese character): a longer head, perhaps
    misread ("实发金頡"), whose value is a figure and never a Chinese character. Only for values that are no names
    (a name may be printed run into its label: "姓名黄丽娟")."""
    return (len(label.strip()) <= SHORT_HEAD and bool(re.fullmatch(f"[{CJK}]+", label.strip()))
            and bool(re.match(f"[{CJK}]", text[end:end + 1])))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a label of its own: at the start of its cell or after a separator, and
    followed by nothing, a separator or a figure — not one of several Chinese table heads OCR glued into one cell
    ("…扣款合计实领金额签收"), where the value's column cannot be told from the characters' positions."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    ok_before = not before or before[-1] in ":：;；|)）,，"
    ok_after = not after or after[0] in ":：;；|(（" or after[0].isdigit()
    return ok_before and ok_after


DATE_UNITS_ZH = "年月日"  # the marks a Chinese date puts after its year, month and day figures


def _closes_cell(label: str, text: str, end: int, more: bool) -> bool:
    """Whether a Latin label of several words stands at the end of its cell (``text``, the label ending at ``end``)
    with another cell right of it on its line (``more``): the value's. The words before it are the previous pair's
    value, run into the label where a text layer or OCR lost the gap between them ("Darlene Marie Thibodeaux Pay
    Period" | "11/01/2026 - 11/30/2026": independent set 23's pay stub)."""
    return more and " " in label.strip() and not re.search(f"[{CJK}]", label) and not text[end:].strip()


def _placed_as_label(label: str, text: str, start: int, end: int) -> bool:
    """A Chinese label counts unless its first character ends a date printed before it (:data:`DATE_UNITS_ZH`:
    "31日期满" holds no 日期 label). A Latin label counts where a label stands: first in its cell, before a colon, or after a value
    ("… 30/09/2026 Pay date 25/09/2026"); not inside a name ("Pennine Bank plc" is no "Bank:" label), nor after a
    rate ("13% Employer SSF": a contribution's line item); a one-word label after another label's colon stands as
    it would first in its cell ("Reason: Employer closure" holds no label)."""
    if re.search(f"[{CJK}]", label):
        # a Chinese label whose first character is a date's unit right after a figure is that date's end, no label:
        # "于2026年10月31日期满" holds no 日期 (nor "2026年收入" a 年收入)
        return not (label.strip()[:1] in DATE_UNITS_ZH and re.search(r"[\d〇零一二三四五六七八九十]\s*$", text[:start]))
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if _twin_before(before):
        before = ""  # "No. Akaun / Account No.": the label's other language before it; it stands first in its cell
    if (not before or before[-1] in ":：") and " " not in label.strip():
        # a one-word label ("Bank", "Patient", "From") stands alone, before a colon or a figure — not as the
        # first word of a heading or a sentence ("Bank Statement Example", "Patient information below"), nor as
        # the first word of another label's value ("Reason: Employer closure": a reason, no employer's label)
        return not after or after[:1] in ":：" or bool(re.match(r"[\d$£€¥#(]", after))
    if not before or before[-1] in ":：;|)）":
        return True
    if text[end:].lstrip()[:1] in (":", "："):
        return True
    last = before.split()[-1] if before.split() else ""
    # a rate before it makes the words a line item ("13% Employer SSF", "5.5% Staff pension"), not a label
    return bool(re.search(r"\d", last)) and not last.endswith("%")


# A label printed after its twin in another language ("No. Akaun / Account No.", "Tempoh / Period" on a Malaysian
# statement; "Numéro de compte / Account number"): the twin is at most TWIN_WORDS words of letters, starting its cell,
# a slash between spaces after it
TWIN_WORDS = 4
_TWIN = re.compile(r"([^\W\d_][^\d/:：|]*?)\s/$")


def _twin_before(before: str) -> bool:
    """Whether ``before`` (a cell's folded text up to a label, stripped at its end) is the label's twin in another
    language and the slash that parts them (:data:`TWIN_WORDS`): a few words of letters and dots, nothing else."""
    m = _TWIN.fullmatch(before)
    return bool(m) and len(m.group(1).split()) <= TWIN_WORDS


def _original_rest(cell: tuple[Word, ...], cut: int, folded: str) -> str:
    """The cell's text after character ``cut`` of its folded stream, in its original case."""
    full = fold(join_words(cell))
    if len(full) == len(folded):
        return full[cut:]
    return folded[cut:]


def strip_sep(text: str) -> str:
    return re.sub(r"^(?:[\s:：;；,，._|=>）)—]|-(?!\s?\d))+", "", text)


STRAY_CONF = 90.0  # an OCR word of one or two characters read with less confidence than this is a misread glyph


def stray_glyph(cell: Sequence[Word]) -> bool:
    """Whether ``cell`` is a lone glyph printed in a column of its own beside a figure, not a value: one word of
    at most three characters and no digit that holds a currency symbol ("₹", "S$", "HK$"), is a single character
    ("R", or "₹" read by an engine that lacks it as "z" or "t"), or is two characters OCR doubts (a column of "$"
    signs read as "GF", "AA": below :data:`STRAY_CONF`). Found on generated Indian and Singaporean slips
    (tests/photo_forms.py) where the sign column stood between every amount and its label."""
    if len(cell) != 1:
        return False
    text = cell[0].text.strip()
    if not text or len(text) > 3 or re.search(r"\d", text):
        return False
    if any(unicodedata.category(c) == "Sc" for c in text) or len(text) == 1:
        return True
    return len(text) == 2 and cell[0].conf < STRAY_CONF


_NOTE = re.compile(r"[(（][^\W\d_][^)）\s]*\s[^)）]*(?:[)）]|$)")  # "(to 38-9012-…)", "(incl. levy)": words inside
_LEADING_FIGURE = re.compile(r"\s*(?P<figure>[-(]?\s*\d[\d,.]*\)?)\s+(?P<rest>\D.*)$")
_UNIT_ONLY = re.compile(r"\s*[(（][^\d()（）]{1,4}[)）]\s*")  # a label's unit in brackets: "(Rs)", "(₹)", "（元）"


# a date's layout printed with its label over boxes for each digit ("Leaving date DD MM YYYY" then [1][0] [1][0]
# [2][0][2][6]: HMRC's P45, many claim forms): each part's letters say how many digits it takes and in which order
_DATE_TEMPLATE = re.compile(r"(?i)(dd|mm|yyyy|yy)(?:[\s/.\-]*(dd|mm|yyyy|yy))(?:[\s/.\-]*(dd|mm|yyyy|yy))")
_DIGIT_BOXES = re.compile(r"\d(?:\s?\d)*")
BOX_CELLS = 4  # a boxed date's digits fill at most this many cells after its label (one a part, and a stray one)


def boxed_date(template: str, cells: Sequence[tuple[Word, ...]]) -> str | None:
    """The date, as ``YYYY-MM-DD`` (or ``YY-MM-DD``), printed digit by digit in boxes after a label whose rest is a
    date's layout (``template``: "DD MM YYYY", "YYYY/MM/DD"): the digits of the cells that follow (each cell only
    digits, spaced or not: a box's digit is a word of its own), as many as the layout's letters and cut as it says.
    None when ``template`` is no layout, or the digits are not exactly as many."""
    m = _DATE_TEMPLATE.fullmatch(template.strip())
    groups = []
    for cell in cells[:BOX_CELLS]:
        text = join_words(cell).strip()
        if not _DIGIT_BOXES.fullmatch(text):
            break
        groups.append(re.sub(r"\s", "", text))
    if not m:
        # no layout printed: the parts boxed apart, a digit a box ("1 4 | 1 0 | 2 0 2 6"), day and month of two digits
        # and a year of four at either end, as a date written with slashes (read by the caller's order of day and month)
        boxes = [join_words(c).split() for c in cells[:len(groups)]]
        if not template.strip() and [len(g) for g in groups] in ([2, 2, 4], [4, 2, 2]) \
                and all(len(b) > 1 and all(len(x) == 1 for x in b) for b in boxes):
            return "/".join(groups)
        return None
    parts = [p.lower() for p in m.groups()]
    if sorted(p[0] for p in parts) != ["d", "m", "y"]:
        return None
    digits = "".join(groups)
    if len(digits) != sum(len(p) for p in parts):
        return None
    got, at = {}, 0
    for p in parts:
        got[p[0]] = digits[at:at + len(p)]
        at += len(p)
    return f"{got['y']}-{got['m']}-{got['d']}"


def value_right(hit: Hit, parse: Callable[[str], object | None], stop: Callable[[str], bool]) -> object | None:
    """The first parseable value after the label on its line: its own cell, then the next cells. A label followed
    by a date's layout ("DD MM YYYY") takes the digits boxed after it (:func:`boxed_date`)."""
    cand = strip_sep(hit.rest)
    boxed = boxed_date(cand, hit.line.cells()[hit.cell + 1:])
    if boxed is not None:
        v = parse(boxed)
        if v is not None:
            return v
    note = _NOTE.match(cand)
    if note:
        # a note in brackets after the label is the label's, not its value: the account the net pay goes to
        # ("NET PAY (to 38-9012-0456789-00) 889.90"), what a deduction includes ("PAYE (incl. ACC levy) 120.00")
        cand = strip_sep(cand[note.end():])
    if cand:
        v = parse(cand)
        if v is not None:
            return v
    cells = hit.line.cells()
    for cell in cells[hit.cell + 1: hit.cell + 4]:
        text = join_words(cell)
        if not re.search(r"\w", text) or stray_glyph(cell):
            continue  # a table rule, an OCR speck or a currency sign in its own column between label and value
        if stop(text):
            return None
        v = parse(strip_sep(text))
        lead = _LEADING_FIGURE.match(text)
        unit = _UNIT_ONLY.fullmatch(cand or "") is not None
        if v is None and lead and (unit or stop(lead.group("rest"))):
            # two label/figure pairs on one row, the gap after the figure too narrow to part the cells ("Total
            # Earnings (Rs) 1,07,083 Total Deductions (Rs) 12,900"): the figure before the next label is ours, with
            # the unit our label printed in brackets ("(Rs)")
            v = parse(f"{cand} {lead.group('figure')}" if unit else lead.group("figure"))
        if v is None and re.fullmatch(r"\s*\d{1,4}\s*", text):
            continue  # a count column ("Ending Balance   16   $189,296.31") the parser refused: the value is further
        return v  # the first real cell is the value or nothing: further right is another column
    return None


_RULE = re.compile(r"[|¦│]+")


def ruled(cell: tuple[Word, ...]) -> list[tuple[Word, ...]]:
    """``cell`` cut where OCR read a grid's vertical rule as a word of its own ("|"): two boxed cells read as one
    ("TOMASZ VAN DER BERG | RAMASWAMY, Lachlan"), each value back in its own cell (the rule left out)."""
    if not any(_RULE.fullmatch(w.text) for w in cell):
        return [cell]
    out: list[list[Word]] = [[]]
    for w in cell:
        if _RULE.fullmatch(w.text):
            out.append([])
        else:
            out[-1].append(w)
    return [tuple(c) for c in out if c]


def column_span(hit: Hit) -> tuple[float, float]:
    """The left and right edges (fractions of the page's width) of the column a label heads: its own width, at least
    0.06 of the page (a short label over a wider value), and 0.02 either side (values set a little left or right of
    their heading)."""
    return hit.x0 - 0.02, max(hit.x1, hit.x0 + 0.06) + 0.02


def value_below(hit: Hit, lines: Sequence[Line], parse: Callable[[str], object | None],
                stop: Callable[[str], bool], depth: int = 3,
                row_ok: Callable[[Line], bool] | None = None,
                cell_ok: Callable[[Line, tuple[Word, ...]], bool] | None = None) -> object | None:
    """The value in the cell under the label (a table column or a form whose values sit below; a date's digits boxed
    under it, :func:`boxed_date`, from the first cell under the label on); with ``row_ok``,
    never from a line it refuses (a person's name is no item of a bill's charges: the caller refuses rows that end
    in an amount); with ``cell_ok``, never from a cell it refuses (a column's heading), which ends the search."""
    following = [ln for ln in lines if ln.page == hit.line.page and ln.index > hit.line.index]
    lo, hi = column_span(hit)
    height = max(hit.line.y1 - hit.line.y0, 0.01)
    last_y = hit.line.y1
    for ln in following[:depth]:
        if ln.y0 - last_y > 4 * height:
            break
        last_y = ln.y1
        if row_ok is not None and not row_ok(ln):
            continue
        pieces = [piece for c in ln.cells() for piece in ruled(c)]
        under = [k for k, c in enumerate(pieces) if not (c[-1].box[2] < lo or c[0].box[0] > hi)]
        boxed = boxed_date(strip_sep(hit.rest), pieces[under[0]:]) if under else None
        if boxed is not None:  # a date's digits boxed under the label that prints its layout ("DD MM YYYY")
            v = parse(boxed)
            if v is not None:
                return v
        for cell in pieces:
            cx0, cx1 = cell[0].box[0], cell[-1].box[2]
            if cx1 < lo or cx0 > hi:
                continue
            text = join_words(cell)
            if stop(text):
                return None
            if cell_ok is not None and not cell_ok(ln, cell):
                return None
            v = parse(strip_sep(text))
            if v is not None:
                return v
    return None
