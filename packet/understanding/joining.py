"""One paper photographed in parts: pictures of a case that are the parts of one document, read as one.

People photograph a long paper in parts (a hospital's itemised bill, a bank statement: the top half, then the
bottom half). Read file by file, the first part's subtotal stands for the bill's total and the second part has no
hospital; a statement's bottom half has no bank, no holder and no period label (user trials 13 and 14). Here two
pictures next to each other in the case's order (:func:`packet.reading.ingest.discover` sorts the files by
path) are one document when the pages show it, by their structure and never by the words of one layout:

- the first part has a heading of its own: it was read as a type (not the catch-all) and its issuer was found;
- the second part has none: read as the first part's type, it shows no issuer and no person of its own, and none
  of its first lines is a title any type is known by (``titles`` in types.toml);
- and its rows go on from the first part's: its first transaction row's balance follows from the first part's
  last balance by that row's amount (a running balance that chains across the cut), or it starts with rows of
  the same table the first part ends with (rows of the same shape — dated or not, as many amounts — whose
  amounts stand in the same columns);
- dates continue: the second part's rows are dated no earlier than the first part's last row and, where the first
  part prints its period, within it; where both parts print dated rows, the balance must chain (a table of the
  same columns is not enough then);
- read as one, the document is of the first part's type and finds every field the first part found alone.

Two statements of consecutive months each have their own heading and their own opening balance (whose row prints
one amount: it chains from nothing), and two bills each their own hospital: neither is joined. A user who knows
better writes ``join = false`` for either picture under ``[files]`` in packet.toml; a picture given a type there
is read on its own as well.

The joined document (:class:`packet.core.model.Document` with ``joined``) is named by its first file; its pages
are numbered 1.. across the parts, and :meth:`packet.core.model.Document.locate` gives each page's own file and
page for whatever opens the file again (the packet's page images, the web page's views).
"""

from __future__ import annotations

import logging
import posixpath
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from packet.case.casefile import Case
from packet.core.model import Classified, Document, Extracted, Page
from packet.core.text import fold
from packet.rules.registry import catch_all_type, load_types
from packet.understanding import tables
from packet.understanding.extract import extract
from packet.understanding.label_geometry import Line, lines_of
from packet.understanding.values import cell_amount, dayfirst_for, find_dates

log = logging.getLogger(__name__)

HEAD_LINES = 3  # a title is one of the first lines of the second part's page
MIN_ROWS = 2  # rows of one table: at least this many at the first part's end and at the second part's start
LEAD_LINES = 2  # the second part starts with its rows: at most this many lines before its first row (a cut line)
# the amounts of one column end within this fraction of the page's width of each other in both parts: a sheet cut
# out of its photo and flattened is the paper's width, and the columns of a printed table are fixed (tables.py
# takes 0.015 for one page's figures; two photos of a hand-held sheet vary more in their cut)
COLUMN_EDGE = 0.04


def join(extracted: Sequence[Extracted], case: Case) -> list[Extracted]:
    """``extracted`` (in the case's order) with the parts of one paper joined into one document each (see the
    module docstring); every other document as it was. A run of parts (three photos) joins one by one."""
    out: list[Extracted] = []
    for item in extracted:
        if out:
            joined = _joined(out[-1], item, case)
            if joined is not None:
                log.info("%s: read with %s as one document", item.document.rel, out[-1].document.rel)
                out[-1] = joined
                continue
        out.append(item)
    return out


def _joined(a: Extracted, b: Extracted, case: Case) -> Extracted | None:
    """``a`` and ``b`` read as one document, when ``b`` is the next part of ``a``'s paper; else None."""
    types = load_types()
    t = types.get(a.type)
    if t is None or t.catch_all or not t.issuer_field or not a.fields.get(t.issuer_field):
        return None  # the first part shows no heading: nothing says which paper it begins
    if b.type not in (a.type, catch_all_type(types)) or a.parts or b.parts:
        return None
    da, db = a.document, b.document
    if da.source.kind != "image" or db.source.kind != "image" or len(db.pages) != 1:
        return None  # pictures only: a PDF's pages are its own document's
    if posixpath.dirname(da.rel) != posixpath.dirname(db.rel) or b.document.rel in case.files:
        return None
    if any(case.file_option(f.rel).join is False for f in (*da.files, db.source)):
        return None
    # the second part read as the first part's type: no heading of its own (no issuer, no person, no title)
    alone = b if b.type == a.type else extract(Classified(db, a.type), case.language)
    if any(alone.fields.get(f) for f in (t.issuer_field, t.name_field) if f):
        log.debug("%s after %s: its own issuer or person; apart", db.rel, da.rel)
        return None
    top, bottom = lines_of(da.pages[-1], len(da.pages) - 1), lines_of(db.pages[0], 0)
    if _titled(bottom[:HEAD_LINES]):
        log.debug("%s after %s: its own title; apart", db.rel, da.rel)
        return None
    dayfirst = dayfirst_for(case.language, da.text + "\n" + db.text)
    chained = _balance_goes_on(top, bottom, dayfirst, a)
    if chained is False:
        log.debug("%s after %s: its balance or dates do not go on; apart", db.rel, da.rel)
        return None  # the dates go back, or leave the first part's period: another paper
    if not chained and not _same_table(top, bottom):
        log.debug("%s after %s: no rows of the same table; apart", db.rel, da.rel)
        return None
    one = _one_document(da, db)
    classified = Classified(one, a.type, score=0.0, overridden=True)
    joined = extract(classified, case.language)
    if any(v and not joined.fields.get(f) for f, v in a.fields.items()):
        log.debug("%s + %s: read as one, fields of the first part are lost; kept apart", da.rel, db.rel)
        return None
    return replace(joined, suggested=a.suggested, leaning=a.leaning)


def _one_document(da: Document, db: Document) -> Document:
    """The pages of ``da`` then ``db`` as one document named by ``da``'s first file, numbered 1.. in order."""
    origins = da.joined or tuple((da.source, p.number) for p in da.pages)
    origins += tuple((db.source, p.number) for p in db.pages)
    pages: list[Page] = [replace(p, number=k + 1) for k, p in enumerate((*da.pages, *db.pages))]
    return replace(da, pages=tuple(pages), joined=origins)


def _titled(lines: Sequence[Line]) -> bool:
    """Whether one of ``lines`` (the first of a page) is a title a type is known by, printed as a short line: the
    page heads a document of its own."""
    titles = {fold(x).lower().replace(" ", "") for t in load_types().values() for x in t.titles}
    for ln in lines:
        text = fold(ln.text).lower().replace(" ", "")
        if any(x and x in text and len(text) <= 2 * len(x) + 4 for x in titles):
            return True
    return False


def _balance_goes_on(top: Sequence[Line], bottom: Sequence[Line], dayfirst: bool, a: Extracted) -> bool | None:
    """Whether the running balance goes on across the cut: None when either part has no dated transaction rows
    (:func:`packet.understanding.tables.ledger`) to tell by; else True when the second part's first row's balance
    follows from the first part's last row's balance by an amount of its row and its dates go on, and False when it
    does not (a row of one amount: an opening balance, a statement of its own) or when the second part's rows go
    back before the first's last row or fall outside the period the first part prints."""
    first, second = tables.ledger(top, dayfirst), tables.ledger(bottom, dayfirst)
    if first is None or second is None or not first.entries or not second.entries:
        return None
    last, nxt = first.entries[-1], second.entries[0]
    if nxt.day < last.day:
        return False
    t = load_types().get(a.type)
    start, end = (a.fields.get(f) if t and (f := t.field_of_kind(k)) else None for k in ("start", "end"))
    if start and end and not all(start <= e.day.isoformat() <= end for e in second.dated):
        return False
    return len(nxt.amounts) >= 2 and tables.chains(last, nxt)


def _shape(line: Line) -> tuple[bool, tuple[float, ...]] | None:
    """A table row's shape: whether it starts with a date, and the right edge (fraction of the page's width) of each
    amount it prints, left to right (figures with decimals: a quantity or a code is no amount); None for a line
    that prints no amount."""
    xs = tuple(w.box[2] for w in line.words if any(c in w.text for c in ".,") and cell_amount(w.text) is not None)
    if not xs:
        return None
    dated = any(h.start <= 2 for h in find_dates(line.text))
    return dated, xs


def _same_table(top: Sequence[Line], bottom: Sequence[Line]) -> bool:
    """The first part ends with rows of a table and the second starts with rows of the same table: rows of the
    shape the first part's rows most often have (:func:`_shape`: dated or not, as many amounts) — at least
    :data:`MIN_ROWS` of them among the first part's last lines and the second's first lines, the second's first
    row within :data:`LEAD_LINES` lines of its top — whose amounts stand in the same columns (each column's
    median right edge within :data:`COLUMN_EDGE` of the page's width; a photo's sheet is cut out and flattened,
    so both parts' pages are the width of the paper)."""
    shapes_a, shapes_b = [_shape(ln) for ln in top], [_shape(ln) for ln in bottom]
    kinds = [(s[0], len(s[1])) for s in shapes_a if s]
    if len(kinds) < MIN_ROWS:
        return False
    usual = Counter(kinds).most_common(1)[0][0]

    def rows(shapes: Sequence) -> list[tuple[float, ...]]:
        return [s[1] for s in shapes if s and (s[0], len(s[1])) == usual]

    tail, head = rows(shapes_a[-(MIN_ROWS + LEAD_LINES):]), rows(shapes_b[:MIN_ROWS + LEAD_LINES])
    first = next((k for k, s in enumerate(shapes_b) if s), None)
    if len(tail) < MIN_ROWS or len(head) < MIN_ROWS or first is None or first > LEAD_LINES \
            or (shapes_b[first][0], len(shapes_b[first][1])) != usual:
        return False
    return all(abs(median(c) - median(d)) <= COLUMN_EDGE
               for c, d in zip(zip(*rows(shapes_a), strict=True), zip(*rows(shapes_b), strict=True), strict=True))
