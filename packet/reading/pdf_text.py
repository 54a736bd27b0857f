"""PDF text layers through PDFium: words with boxes, and whether a page's layer is worth using.

PDFium (pypdfium2, already needed to render pages) reads a page's characters in-process at a few ms
a page with their boxes (pdftotext -bbox-layout is ~2 ms but needs poppler, a subprocess per file and
an XML parse), and it maps text to the same displayed page that ``render_pdf_page`` draws, /Rotate
and CropBox included, so word boxes line up with the rendering. Callers hold
:data:`packet.core.page_images.PDFIUM_LOCK` around every call into PDFium.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from packet.core.model import Page
from packet.reading.word_lines import Token, rows, to_words

logger = logging.getLogger(__name__)

MIN_CHARS = 10  # fewer letters/digits than this: the layer is empty (a page number at most)
MAX_BAD = 0.2  # more than this share of unmapped/private-use/control characters: the layer is garbage
IMAGE_PAGE = 0.4  # an image covering this share of the page makes it a scan ...
HEADER_ONLY = 0.35  # ... whose text layer must span at least this share of the page height to be trusted
SCAN_LOOK = 0.7  # an image covering this much of a page makes the document look scanned (form "scan")


@dataclass(frozen=True)
class PageLayer:
    """What one PDF page offers: its displayed size, its text-layer lines and how much image it holds."""

    width: float  # points, as displayed (/Rotate applied)
    height: float
    lines: list[list[Token]]  # reading-order lines; boxes in points, y down, on the displayed page
    chars: int  # letters and digits
    bad: int  # unmapped, private-use or control characters
    image_cover: float  # share of the page area covered by images (0..1)
    image_dpi: float | None  # resolution of the largest image

    @property
    def text_span(self) -> float:
        """Share of the page height between the top of the first and the bottom of the last text line."""
        tokens = [t for line in self.lines for t in line]
        if not tokens or not self.height:
            return 0.0
        return (max(t.y1 for t in tokens) - min(t.y0 for t in tokens)) / self.height

    @property
    def usable(self) -> bool:
        """Take the text layer as is (no OCR): enough real text, not garbage, not just a header on a scan."""
        if self.chars < MIN_CHARS or self.bad > MAX_BAD * (self.chars + self.bad):
            return False
        if self.image_cover >= IMAGE_PAGE and (self.text_span < HEADER_ONLY or self.chars < 60):
            return False
        return True


def analyse(page: pdfium.PdfPage) -> PageLayer:
    """Read the text layer and image coverage of an open PDFium page."""
    width, height = page.get_size()  # PDFium gives the displayed size (/Rotate applied)
    rotation = page.get_rotation() % 360
    left, bottom, right, top = page.get_cropbox()

    def to_display(x: float, y: float) -> tuple[float, float]:
        if rotation == 90:
            return y - bottom, x - left
        if rotation == 180:
            return right - x, y - bottom
        if rotation == 270:
            return top - y, right - x
        return x - left, top - y

    textpage = page.get_textpage()
    try:
        lines, chars, bad = _lines(textpage, to_display, width, height)
    finally:
        textpage.close()
    cover, dpi = _images(page, (right - left) * (top - bottom))
    return PageLayer(width, height, lines, chars, bad, cover, dpi)


def text_page(layer: PageLayer, number: int) -> Page:
    """A :class:`Page` from a usable text layer."""
    words, text = to_words(layer.lines, layer.width, layer.height)
    return Page(number=number, width=round(layer.width, 2), height=round(layer.height, 2), source="text",
                text=text, words=words)


def _bad(ch: str) -> bool:
    code = ord(ch)
    return (code in (0, 0xFFFD, 0xFFFE, 0xFFFF) or 0xE000 <= code <= 0xF8FF
            or (unicodedata.category(ch) == "Cc" and ch not in "\r\n\t"))


def _lines(textpage: pdfium.PdfTextPage, to_display, width: float, height: float
           ) -> tuple[list[list[Token]], int, int]:
    """Characters grouped into words (split at spaces and wide gaps) and lines (split at breaks and jumps).

    Grouping happens in the frame where the text runs left to right (text on a page shown turned by
    /Rotate runs down or up the displayed page); the boxes are then given on the displayed page.
    """
    count = textpage.count_chars()
    if count <= 0:
        return [], 0, 0
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: fetch one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    glyphs: list[tuple[str, float, float, float, float] | None] = []  # None: a space or a line break
    chars = bad = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            glyphs.append(None)
            continue
        if _bad(ch):
            bad += 1
            continue
        if ch.isalnum():
            chars += 1
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        (ax, ay), (bx, by) = to_display(rect.left, rect.top), to_display(rect.right, rect.bottom)
        glyphs.append((ch, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    forward, back = _frame(glyphs, width, height)
    lines: list[list[Token]] = []
    line: list[Token] = []
    word: Token | None = None
    for glyph in glyphs:
        if glyph is None:
            if word is not None:
                line.append(word)
                word = None
            continue
        ch, *box = glyph
        x0, y0, x1, y1 = forward(*box)
        h = max(y1 - y0, 1e-6)
        prev = word or (line[-1] if line else None)
        if prev is not None:
            if not (prev.y0 <= (y0 + y1) / 2 <= prev.y1) or x0 < prev.x0 - h:  # a new line
                if word is not None:
                    line.append(word)
                    word = None
                lines.append(line)
                line = []
            elif word is not None and x0 - word.x1 > 0.5 * h:  # a wide gap without a space
                line.append(word)
                word = None
        if word is None:
            word = Token(ch, x0, y0, x1, y1)
        else:
            word.text += ch
            word.x0, word.y0 = min(word.x0, x0), min(word.y0, y0)
            word.x1, word.y1 = max(word.x1, x1), max(word.y1, y1)
    if word is not None:
        line.append(word)
    if line:
        lines.append(line)
    out = []
    for ln in rows([ln for ln in lines if ln]):
        for t in ln:
            t.x0, t.y0, t.x1, t.y1 = back(t.x0, t.y0, t.x1, t.y1)
        out.append(ln)
    return out, chars, bad


Box = tuple[float, float, float, float]


def _frame(glyphs: list[tuple[str, float, float, float, float] | None], width: float, height: float):
    """Maps display boxes to a frame where the text runs left to right, and back."""
    dx = dy = 0.0
    for a, b in zip(glyphs[:-1], glyphs[1:], strict=True):
        if a is not None and b is not None:
            dx += (b[1] + b[3] - a[1] - a[3]) / 2
            dy += (b[2] + b[4] - a[2] - a[4]) / 2

    def box(x0: float, y0: float, x1: float, y1: float, f) -> Box:
        (ax, ay), (bx, by) = f(x0, y0), f(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    if abs(dy) > abs(dx) and dy > 0:  # running down the page
        return (lambda *b: box(*b, lambda x, y: (y, width - x))), (lambda *b: box(*b, lambda x, y: (width - y, x)))
    if abs(dy) > abs(dx):  # running up
        return (lambda *b: box(*b, lambda x, y: (height - y, x))), (lambda *b: box(*b, lambda x, y: (y, height - x)))
    if dx < 0:  # upside down
        return (lambda *b: box(*b, lambda x, y: (width - x, height - y))), \
            (lambda *b: box(*b, lambda x, y: (width - x, height - y)))
    return (lambda *b: tuple(b)), (lambda *b: tuple(b))


def _images(page: pdfium.PdfPage, area: float) -> tuple[float, float | None]:
    """Share of the page covered by images and the DPI of the largest one."""
    covered, best, dpi = 0.0, 0.0, None
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
            left, bottom, right, top = obj.get_bounds()
            w_pt, h_pt = max(right - left, 0.0), max(top - bottom, 0.0)
            size = w_pt * h_pt
            covered += size
            if size > best:
                best = size
                try:
                    px = obj.get_px_size()
                    dpi = max(px) / (max(w_pt, h_pt) / 72.0) if max(w_pt, h_pt) > 0 else None
                except pdfium.PdfiumError:
                    dpi = None
    except pdfium.PdfiumError as exc:
        logger.debug("could not list images: %s", exc)
    return (min(1.0, covered / area) if area > 0 else 0.0), dpi
