"""Real redaction (``[[redact]]``, and the numbers masked on every exhibit): what to paint over on a page, and
the text layer that is left.

A file named by any ``[[redact]]`` is carried in the packet as pixels only, every page of it: the page is
rendered, the areas are painted over in the pixels, and the invisible text layer is rebuilt from the words
that remain. Nothing of the original page's content stream, fonts or text survives, so what was painted
over cannot be selected, searched or copied (the known failure of PDF tools is a black box drawn over text
that stays in the file).

Areas, as fractions of the upright page (y down, like :class:`packet.core.model.Word` boxes):

- ``text``: every occurrence on a text line (case-insensitive, spaces between characters optional); the part
  of a word it covers is found from the characters' widths (Helvetica metrics for Latin, one em for CJK)
  and padded by half a character each side, so a proportional font's estimate still covers the glyphs;
  the uncovered parts of the word stay in the text layer.
- ``transactions``: every text line whose words match the regular expression (case-insensitive), the whole
  line painted and dropped.
- ``page`` + ``box``: PDF points from the bottom-left of the page as displayed, or pixels from the top-left
  of an image as displayed; every word touching the box is dropped.

Numbers, on every page of every exhibit, with or without ``[[redact]]``: the identity, card and account numbers
on a text line (the rule of :func:`packet.core.masking.mask_numbers`, through
:func:`packet.rules.shown.number_finder`: resident ID numbers by their check digit, NI numbers, IBANs, card numbers
by the Luhn check, the case's own ID number, and account, passport and ID numbers after their labels; the
contract number and the phone numbers kept) are painted over but for their last four characters, the way
packet shows them in its own text (the interface's masking rule: wherever packet writes). The document's own
account number (its field of kind ``account``, as read: :func:`own_numbers`) is painted wherever it recurs on its
pages, with or without a label, and so is an IBAN that holds it or stands after an account label, whatever its
check digits; a contract number that is a card number (:func:`packet.rules.shown.card_contract`) is not kept
but painted like any card number. Every exhibit is redacted alike, whatever its type (an ``other`` document
[files] includes too). A page with no such number and a file no ``[[redact]]`` names is carried as it is
(vectors where it has them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from packet.case.casefile import Case, Redaction
from packet.core.masking import kept_tail
from packet.core.model import Document, DocumentResult, Page, Word
from packet.rules.registry import load_types
from packet.rules.shown import number_finder

Box = tuple[float, float, float, float]
PAD_Y = 0.15  # of the line height, above and below a painted word
MASK_TEXT = "■■■"  # what the packet's own pages say instead of a redacted text


@dataclass(frozen=True)
class PageRedaction:
    """A redacted page: the areas to paint (fractions of the upright page, y down) and the words left."""

    boxes: tuple[Box, ...]
    words: tuple[Word, ...]


def redactions_for(case: Case, rel: str) -> tuple[Redaction, ...]:
    """The ``[[redact]]`` entries of the file ``rel`` (relative to the case folder)."""
    return tuple(r for r in case.redactions if r.file == rel)


def _width(text: str) -> float:
    """Relative width of ``text``: Helvetica's metrics for Latin, 1 em (1000 units) for wide characters."""
    total = 0.0
    for ch in text:
        total += 1000.0 if ord(ch) > 0x2E7F else max(250.0, stringWidth(ch, "Helvetica", 1000))
    return total


def _sub_box(word: Word, start: int, end: int, pad_right: float = 0.5) -> Box:
    """The part of ``word``'s box under its characters ``start:end``, padded by half a character on the left and
    ``pad_right`` of a character on the right (see the module docstring)."""
    x0, y0, x1, y1 = word.box
    whole = _width(word.text) or 1.0
    left = x0 + (x1 - x0) * _width(word.text[:start]) / whole
    right = x0 + (x1 - x0) * _width(word.text[:end]) / whole
    pad = (x1 - x0) / max(1, len(word.text)) / 2
    dy = (y1 - y0) * PAD_Y
    return (max(0.0, left - pad), max(0.0, y0 - dy), min(1.0, right + 2 * pad * pad_right), min(1.0, y1 + dy))


def _pieces(word: Word, cuts: list[tuple[int, int]]) -> list[Word]:
    """The parts of ``word`` outside ``cuts`` (character ranges), each a word of its own with its share of the box."""
    keep, pos = [], 0
    for a, b in sorted(cuts):
        if a > pos:
            keep.append((pos, a))
        pos = max(pos, b)
    if pos < len(word.text):
        keep.append((pos, len(word.text)))
    out = []
    x0, y0, x1, y1 = word.box
    whole = _width(word.text) or 1.0
    for a, b in keep:
        piece = word.text[a:b]
        if not piece.strip():
            continue
        left = x0 + (x1 - x0) * _width(word.text[:a]) / whole
        right = x0 + (x1 - x0) * _width(word.text[:b]) / whole
        out.append(Word(piece.strip(), (left, y0, right, y1), word.conf, word.line))
    return out


def _lines(page: Page) -> dict[int, list[Word]]:
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    return {k: sorted(v, key=lambda w: w.box[0]) for k, v in lines.items()}


def _text_pattern(text: str) -> re.Pattern:
    chars = [re.escape(ch) for ch in text if not ch.isspace()]
    return re.compile(r"\s*".join(chars), re.I)


def _box_fraction(red: Redaction, doc: Document, page: Page) -> Box | None:
    """``red.box`` as fractions of the upright page (y down); None when it does not fall on the page."""
    x0, y0, x1, y1 = red.box  # type: ignore[misc]
    if doc.source.kind == "pdf":
        w, h = page.width, page.height
        f = (x0 / w, 1 - y1 / h, x1 / w, 1 - y0 / h)
    else:
        with Image.open(doc.locate(page)[0].path) as im:
            w, h = im.size if len(getattr(im, "size", ())) == 2 else (1, 1)
        if page.rotation in (90, 270):
            w, h = h, w
        f = (x0 / w, y0 / h, x1 / w, y1 / h)
        if page.crop:  # words and width refer to the sheet of a photo: the box too
            c0, c1, c2, c3 = page.crop
            f = ((f[0] - c0) / (c2 - c0), (f[1] - c1) / (c3 - c1), (f[2] - c0) / (c2 - c0), (f[3] - c1) / (c3 - c1))
    f = (max(0.0, f[0]), max(0.0, f[1]), min(1.0, f[2]), min(1.0, f[3]))
    return f if f[0] < f[2] and f[1] < f[3] else None


def _touches(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _joined(words: list[Word]) -> tuple[str, list[tuple[int, int, Word]]]:
    """A line's words joined by single spaces, and each word's (start, end) in the joined text."""
    joined, spans, pos = "", [], 0
    for w in words:
        if joined:
            joined += " "
            pos += 1
        spans.append((pos, pos + len(w.text), w))
        joined += w.text
        pos += len(w.text)
    return joined, spans


def _paint(start: int, end: int, spans: list[tuple[int, int, Word]], boxes: list[Box],
           cuts: dict[int, list[tuple[int, int]]], pad_right: float = 0.5) -> None:
    """Paint the characters ``start:end`` of a joined line (see :func:`_joined`): a box over each word's share
    (padded as :func:`_sub_box` says), and the share cut out of the word."""
    for a, b, w in spans:
        lo, hi = max(start, a), min(end, b)
        if lo < hi:
            boxes.append(_sub_box(w, lo - a, hi - a, pad_right if hi == end else 0.5))
            cuts.setdefault(id(w), []).append((lo - a, hi - a))


def own_numbers(result: DocumentResult | None) -> tuple[str, ...]:
    """The account numbers ``result``'s document gives in its own fields (every field of kind ``account`` of its type,
    for each of its parts), as read: only values of 6 or more digits with nothing but spaces and hyphens between
    them, or an IBAN's shape (two letters, two digits, 11–30 letters or digits), so that a misread field (an amount,
    a date, a masked number's last four) never turns into something painted over. Three groups whose middle one has
    one or two digits are a date's or a sort code's shape ("2026-10-31", "20-44-91"), not an account's."""
    if result is None:
        return ()
    t = load_types().get(result.type)
    if t is None:
        return ()
    names = [f for f in t.fields if t.kinds.get(f) == "account"]
    out = []
    for fields in (result.fields, *result.parts):
        for name in names:
            value = (fields.get(name) or "").strip()
            body = re.sub(r"[\s-]", "", value)
            dated = re.fullmatch(r"\d{1,4}[-/.\s]\d{1,2}[-/.\s]\d{1,4}", value) is not None
            shaped = (body.isdigit() and len(body) >= 6 and not dated) or re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", body)
            if shaped and value not in out:
                out.append(value)
    return tuple(out)


def redact_page(case: Case, doc: Document, page: Page, own: tuple[str, ...] = ()) -> PageRedaction | None:
    """The areas to paint on ``page`` of ``doc`` (fractions of the upright page, y down) and the words left, or
    None when the page is carried as it is: no ``[[redact]]`` names the file and no identity, card or account
    number stands on the page (see the module docstring). ``own``: the document's own account numbers
    (:func:`own_numbers`). A file named by ``[[redact]]`` has every page redacted,
    with no area when nothing on the page matched."""
    src, number = doc.locate(page)  # a paper photographed in parts: each page's own picture is what [[redact]] names
    mine = redactions_for(case, src.rel)
    boxes: list[Box] = []
    cuts: dict[int, list[tuple[int, int]]] = {}  # id(word) -> character ranges painted
    dropped: set[int] = set()
    lines = _lines(page)
    numbers = False
    numbers_in = number_finder(case, own)
    for words in lines.values():
        joined, spans = _joined(words)
        for start, end in numbers_in(joined):
            keep_from = kept_tail(joined, start, end)
            if keep_from > start:
                numbers = True
                # digits are of one width in the fonts statements use: a tenth of one as margin keeps the
                # last four whole (half a character, the text rule's margin, covered most of the first)
                _paint(start, keep_from, spans, boxes, cuts, pad_right=0.1)
    if not mine and not numbers:
        return None
    for red in mine:
        if red.page is not None:
            if red.page != number:
                continue
            area = _box_fraction(red, doc, page)
            if area is None:
                continue
            boxes.append(area)
            dropped |= {id(w) for w in page.words if _touches(w.box, area)}
            continue
        for words in lines.values():
            joined, spans = _joined(words)
            if red.transactions is not None:
                if re.search(red.transactions, joined, re.I) and words:
                    dy = (max(w.box[3] for w in words) - min(w.box[1] for w in words)) * PAD_Y
                    boxes.append((max(0.0, min(w.box[0] for w in words) - 0.005), max(0.0, min(w.box[1] for w in words) - dy),
                                  min(1.0, max(w.box[2] for w in words) + 0.005), min(1.0, max(w.box[3] for w in words) + dy)))
                    dropped |= {id(w) for w in words}
                continue
            if not red.text:
                continue
            for m in _text_pattern(red.text).finditer(joined):
                _paint(m.start(), m.end(), spans, boxes, cuts)
    left: list[Word] = []
    for w in page.words:
        if id(w) in dropped:
            continue
        left += _pieces(w, cuts[id(w)]) if id(w) in cuts else [w]
    return PageRedaction(tuple(boxes), tuple(left))


def scrub_text(text: str, case: Case, rel: str) -> str:
    """``text`` (an exhibit's title or description) with the redacted texts of file ``rel`` replaced by
    :data:`MASK_TEXT`, so the index and bookmarks do not name what the pages hide."""
    for red in redactions_for(case, rel):
        if red.text:
            text = _text_pattern(red.text).sub(MASK_TEXT, text)
        if red.transactions:
            try:
                text = re.sub(red.transactions, MASK_TEXT, text, flags=re.I)
            except re.error:  # pragma: no cover - checked by the case-file loader
                pass
    return text
