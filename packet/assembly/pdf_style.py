"""Shared look of the generated pages (letter, index, contact log, part covers) and how a story is drawn.

A story is rendered on its own with reportlab's platypus into PDF bytes whose pages already carry the
stamp band with their final page numbers; :mod:`packet.assembly.assemble` then joins the pieces. Rows that must
become links (index lines) record where they were drawn, because links are added after joining.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from packet.assembly.fonts import FontSet, markup
from packet.assembly.page_frame import BAND, Band

MARGIN = 22 * mm
TOP_MARGIN = 20 * mm
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.93, 0.93, 0.93)


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write streams as plain Flate, not ASCII85 (reportlab's default): a quarter smaller, and much faster
    (reportlab encodes ASCII85 in pure Python when its C accelerator is missing)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    lang: str
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped; newlines kept; CJK runs in the CJK font)."""
        safe = "<br/>".join(markup(line, self.fonts) for line in text.split("\n"))
        return Paragraph(safe, style or self.body)

    def rich(self, xml: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of already-escaped reportlab markup."""
        return Paragraph(xml, style or self.body)

    def m(self, text: str) -> str:
        return markup(text, self.fonts)


def make_styles(fonts: FontSet, lang: str) -> Styles:
    wrap = "CJK" if lang == "zh" else None
    size, lead = (10.5, 17) if lang == "zh" else (10.5, 14.5)

    def st(name: str, **kw) -> ParagraphStyle:
        base = dict(fontName=fonts.regular, fontSize=size, leading=lead, wordWrap=wrap, spaceAfter=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        fonts=fonts, lang=lang,
        body=st("body", spaceAfter=5, alignment=TA_LEFT),
        small=st("small", fontSize=9, leading=12),
        title=st("title", fontName=fonts.bold, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=10),
        heading=st("heading", fontName=fonts.bold, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4),
        right=st("right", alignment=TA_RIGHT),
        cell=st("cell", fontSize=9.5, leading=12.5),
        cell_right=st("cell_right", fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        cell_head=st("cell_head", fontName=fonts.bold, fontSize=9.5, leading=12.5),
    )


def grid(rows: Sequence[Sequence], widths: Sequence[float], *, header: bool = True, total: bool = False,
         box: bool = True) -> Table:
    """A plain ruled table; the first row shaded as a header, the last bold-ruled as a total."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    if box:
        style += [("GRID", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    if total:
        style += [("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)]
    table.setStyle(TableStyle(style))
    return table


@dataclass
class LinkSpot:
    """Where an index row was drawn: links to ``target`` are added on that page after assembly."""

    page: int  # 1-based page number within the packet
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 in points, y up
    target: int  # page number the row points to


class LinkRow(Flowable):
    """A one-row table that remembers where it was drawn (for the index's links)."""

    def __init__(self, table: Table, target: int, spots: list[LinkSpot], first_page: int) -> None:
        super().__init__()
        self.table, self.target, self.spots, self.first_page = table, target, spots, first_page

    def wrap(self, avail_w, avail_h):
        self.width, self.height = self.table.wrap(avail_w, avail_h)
        return self.width, self.height

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)
        x0, y0 = self.canv.absolutePosition(0, 0)
        x1, y1 = self.canv.absolutePosition(self.width, self.height)
        page = self.first_page + self.canv.getPageNumber() - 1
        self.spots.append(LinkSpot(page, (x0, y0, x1, y1), self.target))


@dataclass
class Rendered:
    data: bytes
    pages: int
    spots: list[LinkSpot] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)  # PageMark name -> the page (1 = the story's first) it fell on


class PageMark(Flowable):
    """A flowable of no size that notes the page it is drawn on, so a caller can say where something really is
    (the signature line: a trial's build said "page 1" while the line stood alone on page 2). ``render_story``
    returns the pages in :attr:`Rendered.marks` under ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.page: int | None = None
        self.width = self.height = 0

    def wrap(self, _aw, _ah):
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


def _marks(story: Sequence) -> Iterator[PageMark]:
    """Every PageMark of ``story``, inside KeepTogether and other flowable containers too."""
    for item in story:
        if isinstance(item, PageMark):
            yield item
        inner = getattr(item, "_content", None)
        if isinstance(inner, (list, tuple)):
            yield from _marks(inner)


def render_story(story: list, *, paper: tuple[float, float], band: Band, first_page: int | None,
                 label: str, title: str = "", numbered: bool = True,
                 extra: Callable | None = None) -> Rendered:
    """Lay ``story`` out on ``paper`` with the stamp band; page numbers start at ``first_page``."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=paper, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
                          bottomMargin=BAND + 8 * mm, invariant=1, title=title, creator="packet",
                          producer="packet", author="", subject="")
    frame = Frame(MARGIN, BAND + 8 * mm, paper[0] - 2 * MARGIN, paper[1] - TOP_MARGIN - BAND - 8 * mm,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canv, _doc):
        number = (first_page or 1) + canv.getPageNumber() - 1 if numbered else None
        band.draw(canv, paper, label, number)
        if extra:
            extra(canv)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    marks = list(_marks(story))  # before building: the build consumes the story list
    with binary_streams():
        doc.build(story)
    data = buf.getvalue()
    return Rendered(data, doc.page, marks={m.name: m.page for m in marks if m.page is not None})


def usable_width(paper: tuple[float, float]) -> float:
    return paper[0] - 2 * MARGIN
