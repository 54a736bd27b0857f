"""Words into reading-order lines, the same way for text layers and for OCR.

Both readers hand over *units* (a text-layer line or a Tesseract line: tokens with boxes in any
y-down unit). Units that sit on the same visual row are merged into one line, left to right, and
rows are ordered top to bottom. Payslips, statements and bills are tables: a label and its value
often land in different Tesseract blocks, and a row-wise text keeps "Net pay ... 3,512.40" on one
line for the extractors. Chinese has no spaces: :func:`join_cjk` glues the per-character words
Tesseract emits into runs, keeping a space only where the page shows a real gap.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from statistics import median

from packet.core.model import Page, Word
from packet.core.text import unspaced_script

CJK_GAP = 1.0  # CJK next to CJK joins when the gap is below this many line heights (table columns are wider)
MIXED_GAP = 0.3  # CJK next to Latin/digits joins below this (a real space is ~0.3 em or more)


@dataclass
class Token:
    """A word with its box (x0, y0, x1, y1; any unit, y down) and confidence."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float = 100.0
    parts: int = 1  # how many source words were joined into this one

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _punct(text: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in text)


def _cjk_end(text: str) -> bool:
    """Ends in a CJK character, or in punctuation right after one ("姓名:")."""
    return unspaced_script(text[-1]) or (len(text) > 1 and _punct(text[-1]) and unspaced_script(text[-2]))


def join_cjk(tokens: list[Token]) -> list[Token]:
    """Join neighbouring tokens of one line (left to right) where CJK text runs on without a real gap.

    CJK next to CJK (or to bare punctuation such as a full-width colon read as ":") joins unless the gap
    is as wide as a character (a table column); CJK next to Latin or digits ("2026年") joins only when
    the gap is narrower than a space. Latin next to Latin keeps Tesseract's spaces.
    """
    out: list[Token] = []
    for tok in tokens:
        if out:
            prev = out[-1]
            gap = tok.x0 - prev.x1
            h = max(prev.height, tok.height, 1e-9)
            a_cjk, b_cjk = _cjk_end(prev.text), unspaced_script(tok.text[0])
            a_p, b_p = _punct(prev.text), _punct(tok.text)
            tight = (a_cjk or b_cjk) and (a_cjk or a_p) and (b_cjk or b_p)
            if (tight and gap < CJK_GAP * h) or ((a_cjk or b_cjk) and gap < MIXED_GAP * h):
                n = prev.parts + tok.parts
                out[-1] = Token(prev.text + tok.text, min(prev.x0, tok.x0), min(prev.y0, tok.y0),
                                max(prev.x1, tok.x1), max(prev.y1, tok.y1),
                                (prev.conf * prev.parts + tok.conf * tok.parts) / n, n)
                continue
        out.append(tok)
    return out


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def rows(units: list[list[Token]]) -> list[list[Token]]:
    """Merge units that share a visual row (vertical overlap >= half the smaller height, no horizontal
    overlap); return rows top to bottom, tokens left to right."""
    boxes = []
    for unit in units:
        if unit:
            boxes.append((min(t.y0 for t in unit), max(t.y1 for t in unit), min(t.x0 for t in unit),
                          max(t.x1 for t in unit), unit))
    boxes.sort(key=lambda b: ((b[0] + b[1]) / 2, b[2]))
    out: list[tuple[float, float, list[tuple[float, float]], list[Token]]] = []  # y0, y1, x-spans, tokens
    for y0, y1, x0, x1, unit in boxes:
        placed = False
        for i in range(len(out) - 1, max(-1, len(out) - 4), -1):
            ry0, ry1, spans, toks = out[i]
            if _overlap(y0, y1, ry0, ry1) >= 0.5 * min(y1 - y0, ry1 - ry0) and \
                    all(_overlap(x0, x1, s0, s1) <= 0 for s0, s1 in spans):
                spans.append((x0, x1))
                toks.extend(unit)
                placed = True
                break
        if not placed:
            out.append((y0, y1, [(x0, x1)], list(unit)))
    out.sort(key=lambda r: (r[0] + r[1]) / 2)
    return [sorted(toks, key=lambda t: t.x0) for _, _, _, toks in out]


TALL_BLOB = 2.5  # a word without digits taller than this many median word heights is glyphs of several rows read as one


def unstack(units: list[list[Token]]) -> list[list[Token]]:
    """OCR units with each column of glyphs read as one "line" taken apart: a unit whose tokens lie one under the
    other (each overlapping the previous across, not down) becomes one unit per token, so each lands on its own
    row; in such a column a token with no digit taller than :data:`TALL_BLOB` median heights (glyphs of several
    rows read as one word) is dropped. Other units are kept whole, tall words too (a letterhead's large name: an
    earlier version dropped every tall word and lost a bank's name on a scan of independent set 4). Tesseract reads a column of "$" or "₹" signs printed beside a column of figures so
    (tests/photo_forms.py: scans of a letter-style slip gave "Total Earnings GF FF Fil AA F FF 11,099.01"
    on one row, its gross figure lost)."""
    tall = TALL_BLOB * median_height([t for u in units for t in u])
    out: list[list[Token]] = []
    for unit in units:
        if len(unit) >= 2:
            short = [t for t in unit if not (tall and t.height > tall and not any(c.isdigit() for c in t.text))]
            by_y = sorted(short, key=lambda t: t.y0)
            stacked = all(_overlap(a.x0, a.x1, b.x0, b.x1) > 0 and _overlap(a.y0, a.y1, b.y0, b.y1) <= 0
                          for a, b in zip(by_y, by_y[1:], strict=False))
            # only inside a column of glyphs are tall words blobs: a letterhead's large name is kept
            if by_y and stacked and (len(by_y) >= 2 or len(by_y) < len(unit)):
                out.extend([t] for t in by_y)
                continue
        out.append(unit)
    return out


def to_words(lines: list[list[Token]], width: float, height: float) -> tuple[tuple[Word, ...], str]:
    """Words with boxes as fractions of a ``width`` x ``height`` page, and the page text (one line per row)."""
    words: list[Word] = []
    text_lines: list[str] = []
    for index, line in enumerate(lines):
        text_lines.append(" ".join(t.text for t in line))
        for t in line:
            box = (_clamp(t.x0 / width), _clamp(t.y0 / height), _clamp(t.x1 / width), _clamp(t.y1 / height))
            words.append(Word(text=t.text, box=box, conf=round(t.conf, 1), line=index))
    return tuple(words), "\n".join(text_lines)


def _clamp(v: float) -> float:
    return round(min(1.0, max(0.0, v)), 5)


def median_height(tokens: list[Token]) -> float:
    return median(t.height for t in tokens) if tokens else 0.0


OVERLAP_DROP = 0.3  # an added word sharing more than this share of its box with a word already there is a duplicate
ADDED_CONF_CAP = 99.0  # added OCR words score at most this, so they never pass for text-layer words (100)


def with_words(page: Page, extra: Page) -> Page:
    """``page`` with the words of ``extra`` (another reading of part of the same page: boxes as fractions of the
    same page) added where ``page`` has none (a word overlapping one of its words by more than
    :data:`OVERLAP_DROP` of its box is dropped), lines rebuilt by :func:`rows`. Added words keep their OCR
    confidence, capped at :data:`ADDED_CONF_CAP`; ``page`` itself when nothing is added."""
    kept = [w for w in extra.words if w.text.strip() and not any(_cover(w.box, t.box) > OVERLAP_DROP for t in page.words)]
    if not kept:
        return page
    width, height = page.width or 1.0, page.height or 1.0

    def units(words, cap: float) -> list[list[Token]]:
        by_line: dict[int, list[Token]] = {}
        for w in words:
            by_line.setdefault(w.line, []).append(Token(w.text, w.box[0] * width, w.box[1] * height, w.box[2] * width,
                                                        w.box[3] * height, min(w.conf, cap)))
        return [by_line[k] for k in sorted(by_line)]

    words, text = to_words(rows(units(page.words, 100.0) + units(kept, ADDED_CONF_CAP)), width, height)
    return replace(page, words=words, text=text)


def _cover(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The share of box ``a``'s area that box ``b`` covers."""
    w, h = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    area = (a[2] - a[0]) * (a[3] - a[1])
    return w * h / area if w > 0 and h > 0 and area > 0 else 0.0
