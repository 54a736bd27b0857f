"""PDF text layers through PDFium: words with boxes, and whether a page's layer is worth using.

PDFium (pypdfium2, already needed to render pages) reads a page's characters in-process at a few ms
a page with their boxes (pdftotext -bbox-layout is ~2 ms but needs poppler, a subprocess per file and
an XML parse), and it maps text to the same displayed page that ``render_pdf_page`` draws, /Rotate
and CropBox included, so word boxes line up with the rendering. Callers hold
:data:`packet.core.page_images.PDFIUM_LOCK` around every call into PDFium.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from packet.core.model import Page
from packet.core.page_images import PDFIUM_LOCK
from packet.reading.word_lines import Token, rows, to_words

logger = logging.getLogger(__name__)

MIN_CHARS = 10  # fewer letters/digits than this: the layer is empty (a page number at most)
MAX_BAD = 0.2  # more than this share of unmapped/private-use/control characters: the layer is garbage
IMAGE_PAGE = 0.4  # an image covering this share of the page makes it a scan ...
HEADER_ONLY = 0.35  # ... whose text layer must span at least this share of the page height to be trusted
# a browser's print of a web page showing a picture of a bill: its header and footer (title, address, page count,
# time: 78 letters and digits on hold-out 11's pharmacy invoice) frame an image of a third of the page
PICTURE_BODY = 0.2  # an image covering this share of the page may hold the page's content ...
MARGIN_CHARS = 160  # ... when the text layer round it holds at most this many letters and digits (two short lines)
SCAN_LOOK = 0.7  # an image covering this much of a page makes the document look scanned (form "scan")
MIN_PAIRS = 40  # letter pairs needed before a Latin text layer is judged by its letter pairs ...
MIN_PLAUSIBLE = 0.6  # ... and the share of them that must be common in European languages to be believed

# The 266 commonest letter pairs inside English words (a standard table, most frequent first). Real English,
# German and French pages have 88-98 % of their pairs in it, pinyin ~70 %, a text layer whose ToUnicode map is
# off by one letter ("Ujefxbufs Cbol" for "Tidewater Bank") 38-50 %.
COMMON_PAIRS = frozenset("""
th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic
ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo
wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry
mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ef cu rn sc gi
da yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht ru ug ds lt pi rc rr eg au ck ew mu br bi pt ak pu ui rg
ib tl ny ki rk ys ob mm fu ph og ms ye ud mb ip ub oi rl gu dr hr cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz
ok nl my gl aw ju oa eq sy sl ps jo lf nv je nk kn gs dy hy ze ks xt bs ik dd cy rp sk xi oe oy ws
""".split())


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
    hidden: int = 0  # letters and digits drawn outside the crop box: never shown, so not read
    fields: int = 0  # filled, visible form fields (text fields and choices)
    # the largest image's box on the displayed page (points, x0, y0, x1, y1, y down); None without an image
    picture: tuple[float, float, float, float] | None = None

    @property
    def text_span(self) -> float:
        """Share of the page height between the top of the first and the bottom of the last text line."""
        tokens = [t for line in self.lines for t in line]
        if not tokens or not self.height:
            return 0.0
        return (max(t.y1 for t in tokens) - min(t.y0 for t in tokens)) / self.height

    @property
    def raster(self) -> bool:
        """The page's own vectors would show or carry something other than what was read: text outside the crop
        box, or form values (their appearance streams may be missing under NeedAppearances, or stale, and only
        a viewer's form layer draws them). The packet then shows a PDFium rendering (form fields drawn,
        appearances generated) with the words read as its text layer (see :attr:`packet.core.model.Page.raster`)."""
        return self.hidden > 0 or self.fields > 0

    @property
    def plausible(self) -> bool:
        """The words read like a language, not like a font whose ToUnicode map is wrong (it prints right and
        extracts as nonsense): see :func:`letter_pair_score`. Text with too few Latin letters is not judged."""
        score = letter_pair_score(" ".join(t.text for line in self.lines for t in line))
        return score is None or score >= MIN_PLAUSIBLE

    @property
    def usable(self) -> bool:
        """Take the text layer as is (no OCR): enough real text, not garbage (unmapped characters, or words that
        are no language), not just a header on a scan."""
        if self.chars < MIN_CHARS or self.bad > MAX_BAD * (self.chars + self.bad) or not self.plausible:
            return False
        if self.image_cover >= IMAGE_PAGE and (self.text_span < HEADER_ONLY or self.chars < 60):
            return False
        return not self.around_picture

    @property
    def around_picture(self) -> bool:
        """The text layer only frames a picture that holds the page's content: the largest image covers at least
        :data:`PICTURE_BODY` of the page, no word of the layer lies on it, and the layer holds at most
        :data:`MARGIN_CHARS` letters and digits — a browser's print header and footer ("Invoice #12", its address,
        "1 of 1", the time) round a photographed or rendered bill. Its words are in the picture, for OCR to read."""
        if self.picture is None or self.image_cover < PICTURE_BODY or self.chars > MARGIN_CHARS:
            return False
        x0, y0, x1, y1 = self.picture
        return not any(x0 <= (t.x0 + t.x1) / 2 <= x1 and y0 <= (t.y0 + t.y1) / 2 <= y1
                       for line in self.lines for t in line)


def analyse(page: pdfium.PdfPage) -> PageLayer:
    """Read the text layer, the values of its form fields and the image coverage of an open PDFium page.

    Only what the page shows counts: characters outside the crop box are dropped (counted in
    ``PageLayer.hidden``). Form field values (AcroForm text fields and choices, with or without an
    appearance stream) become words at their field's rectangle when the document was opened with
    ``init_forms()`` (see :func:`open_document`)."""
    width, height = page.get_size()  # PDFium gives the displayed size (/Rotate applied)
    rotation = page.get_rotation() % 360
    # the shown area (CropBox within MediaBox), inherited from the page tree when the page has none of its own:
    # get_cropbox() falls back to US Letter then (pypdfium2's known issue, crbug.com/pdfium/1786), and an A4 page
    # whose MediaBox sits on its /Pages node lost its title line, 50 pt above 792, as "outside the page"
    left, bottom, right, top = page.get_bbox()

    def to_display(x: float, y: float) -> tuple[float, float]:
        return _displayed(x, y, rotation, left, bottom, right, top)

    textpage = page.get_textpage()
    try:
        lines, chars, bad, hidden = _lines(textpage, to_display, width, height)
    finally:
        textpage.close()
    field_lines = _fields(page, to_display, width, height)
    if field_lines:
        lines = rows(lines + field_lines)
        chars += sum(ch.isalnum() for ln in field_lines for t in ln for ch in t.text)
    cover, dpi, largest = _images(page, (right - left) * (top - bottom))
    picture = None
    if largest is not None:
        (ax, ay), (bx, by) = to_display(largest[0], largest[1]), to_display(largest[2], largest[3])
        picture = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    return PageLayer(width, height, lines, chars, bad, cover, dpi, hidden, len(field_lines), picture)


def open_document(path, password: str | None = None) -> pdfium.PdfDocument:
    """A PDFium document with its interactive form loaded, so that :func:`analyse` reads field values and
    renderings draw them (appearances generated where the file has none). Raises ``pdfium.PdfiumError``."""
    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        pdf.init_forms()
    except pdfium.PdfiumError as exc:  # pragma: no cover - a broken form: read the page without it
        logger.debug("no form environment: %s", exc)
    return pdf


_FIELD_TYPES = (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX, pdfium_c.FPDF_FORMFIELD_LISTBOX)


def _fields(page: pdfium.PdfPage, to_display, width: float, height: float) -> list[list[Token]]:
    """The visible values of the page's form fields as lines of words at their rectangles (display points, y
    down; each word's share of the rectangle's width follows its share of the characters)."""
    formenv = getattr(page.pdf, "formenv", None)
    if formenv is None:
        return []
    out: list[list[Token]] = []
    rect = pdfium_c.FS_RECTF()
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            if pdfium_c.FPDFAnnot_GetFormFieldType(formenv, annot) not in _FIELD_TYPES:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & (pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW):
                continue
            value = _utf16(lambda buf, n, a=annot: pdfium_c.FPDFAnnot_GetFormFieldValue(formenv, a, buf, n)).strip()
            if not value or not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            (ax, ay), (bx, by) = to_display(rect.left, rect.top), to_display(rect.right, rect.bottom)
            x0, y0, x1, y1 = max(min(ax, bx), 0), max(min(ay, by), 0), min(max(ax, bx), width), min(max(ay, by), height)
            if x1 <= x0 or y1 <= y0:
                continue
            for text_line in value.splitlines():
                words = text_line.split()
                total = sum(len(w) for w in words) + max(0, len(words) - 1)
                if not words:
                    continue
                line, at = [], x0
                for w in words:
                    share = (x1 - x0) * len(w) / total
                    line.append(Token(w, at, y0, at + share, y1))
                    at += share + (x1 - x0) / total
                out.append(line)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def _utf16(call) -> str:
    """A UTF-16LE string from a PDFium getter that takes (buffer, length in bytes) and returns the length needed."""
    import ctypes

    need = call(None, 0)
    if need <= 2:
        return ""
    buf = ctypes.create_string_buffer(need)
    call(ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), need)
    return buf.raw[:need - 2].decode("utf-16-le", "replace")


def letter_pair_score(text: str) -> float | None:
    """The share (0..1) of letter pairs inside the Latin words of ``text`` that are common in European languages
    (:data:`COMMON_PAIRS`), or None when the text has fewer than :data:`MIN_PAIRS` such pairs or is mostly not
    Latin letters (Chinese, figures) and cannot be judged this way."""
    letters = sum(1 for ch in text if ch.isalpha())
    latin = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", text).lower())
    pairs = [w[i:i + 2] for w in latin for i in range(len(w) - 1)]
    if len(pairs) < MIN_PAIRS or sum(map(len, latin)) < 0.5 * letters:
        return None
    return sum(p in COMMON_PAIRS for p in pairs) / len(pairs)


def text_page(layer: PageLayer, number: int) -> Page:
    """A :class:`Page` from a usable text layer."""
    words, text = to_words(layer.lines, layer.width, layer.height)
    return Page(number=number, width=round(layer.width, 2), height=round(layer.height, 2), source="text",
                text=text, words=words, raster=layer.raster)


def _bad(ch: str) -> bool:
    code = ord(ch)
    return (code in (0, 0xFFFD, 0xFFFE, 0xFFFF) or 0xE000 <= code <= 0xF8FF
            or (unicodedata.category(ch) == "Cc" and ch not in "\r\n\t"))


def _lines(textpage: pdfium.PdfTextPage, to_display, width: float, height: float
           ) -> tuple[list[list[Token]], int, int, int]:
    """Characters grouped into words (split at spaces and wide gaps) and lines (split at breaks and jumps),
    the counts of letters/digits and of bad characters, and the count of letters/digits left out because
    they lie outside the displayed page (the crop box).

    Grouping happens in the frame where the text runs left to right (text on a page shown turned by
    /Rotate runs down or up the displayed page); the boxes are then given on the displayed page.
    """
    count = textpage.count_chars()
    if count <= 0:
        return [], 0, 0, 0
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: fetch one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    glyphs: list[tuple[str, float, float, float, float] | None] = []  # None: a space or a line break
    chars = bad = hidden = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            glyphs.append(None)
            continue
        if _bad(ch):
            bad += 1
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        (ax, ay), (bx, by) = to_display(rect.left, rect.top), to_display(rect.right, rect.bottom)
        cx, cy = (ax + bx) / 2, (ay + by) / 2
        if not (0 <= cx <= width and 0 <= cy <= height):  # outside the crop box: not on the page as shown
            hidden += ch.isalnum()
            if glyphs and glyphs[-1] is not None:
                glyphs.append(None)
            continue
        if ch.isalnum():
            chars += 1
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
    return out, chars, bad, hidden


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


def _images(page: pdfium.PdfPage, area: float) -> tuple[float, float | None, tuple[float, float, float, float] | None]:
    """Share of the page covered by images, the DPI of the largest one and its bounds (PDF user space: left, bottom,
    right, top; None without an image)."""
    covered, best, dpi, bounds = 0.0, 0.0, None, None
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
            left, bottom, right, top = obj.get_bounds()
            w_pt, h_pt = max(right - left, 0.0), max(top - bottom, 0.0)
            size = w_pt * h_pt
            covered += size
            if size > best:
                best, bounds = size, (left, bottom, right, top)
                try:
                    px = obj.get_px_size()
                    dpi = max(px) / (max(w_pt, h_pt) / 72.0) if max(w_pt, h_pt) > 0 else None
                except pdfium.PdfiumError:
                    dpi = None
    except pdfium.PdfiumError as exc:
        logger.debug("could not list images: %s", exc)
    return (min(1.0, covered / area) if area > 0 else 0.0), dpi, bounds


# Names drawn as pictures: a bank's or a hospital's logo with its name, a letterhead scanned into an image, placed on
# an otherwise born-digital page. The text layer has no such name; the OCR of the image region does
# (packet.understanding.second_reading asks for it only when the document lacks its issuer's name).
LETTERHEAD = 0.25  # the top share of the page's height where a letterhead sits
MIN_FIGURE = (24.0, 8.0)  # points: a picture smaller than this (width, height) within that band holds no name
FIGURE_PAD = 4.0  # points round the pictures' union


def letterhead_images(page: pdfium.PdfPage) -> tuple[float, float, float, float] | None:
    """The part of an open page's top :data:`LETTERHEAD` band covered by images (pictures at least
    :data:`MIN_FIGURE` points there), as (x0, y0, x1, y1) fractions of the displayed page, y down, padded by
    :data:`FIGURE_PAD` points; None when no image reaches into that band. Caller holds PDFIUM_LOCK."""
    width, height = page.get_size()
    rotation = page.get_rotation() % 360
    left, bottom, right, top = page.get_bbox()
    found: list[tuple[float, float, float, float]] = []
    try:
        objects = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4))
    except pdfium.PdfiumError:
        return None
    for obj in objects:
        try:
            ox0, oy0, ox1, oy1 = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        corners = [_displayed(x, y, rotation, left, bottom, right, top) for x in (ox0, ox1) for y in (oy0, oy1)]
        x0, x1 = max(0.0, min(c[0] for c in corners)), min(width, max(c[0] for c in corners))
        y0, y1 = max(0.0, min(c[1] for c in corners)), min(height * LETTERHEAD, max(c[1] for c in corners))
        if x1 - x0 >= MIN_FIGURE[0] and y1 - y0 >= MIN_FIGURE[1]:
            found.append((x0, y0, x1, y1))
    if not found or width <= 0 or height <= 0:
        return None
    x0, y0 = max(0.0, min(b[0] for b in found) - FIGURE_PAD), max(0.0, min(b[1] for b in found) - FIGURE_PAD)
    x1, y1 = min(width, max(b[2] for b in found) + FIGURE_PAD), min(height, max(b[3] for b in found) + FIGURE_PAD)
    return round(x0 / width, 4), round(y0 / height, 4), round(x1 / width, 4), round(y1 / height, 4)


def _displayed(x: float, y: float, rotation: int, left: float, bottom: float, right: float,
               top: float) -> tuple[float, float]:
    """A point of PDF user space on the displayed page (/Rotate applied, origin top-left, y down), as
    :func:`analyse` maps characters."""
    if rotation == 90:
        return y - bottom, x - left
    if rotation == 180:
        return right - x, y - bottom
    if rotation == 270:
        return top - y, right - x
    return x - left, top - y


def figure_region(path, index: int, password: str | None = None) -> tuple[float, float, float, float] | None:
    """:func:`letterhead_images` of page ``index`` (0-based) of the PDF at ``path``, opened for this alone (under
    :data:`packet.core.page_images.PDFIUM_LOCK`). Raises ``pdfium.PdfiumError`` when the file does not open."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path), password=password)
        try:
            page = pdf[index]
            try:
                return letterhead_images(page)
            finally:
                page.close()
        finally:
            pdf.close()


def password_opens(path, password: str) -> bool | None:
    """Whether ``password`` opens the PDF at ``path``: True (it does, or the file needs none), False (PDFium says the
    password is wrong: ``FPDF_ERR_PASSWORD``), None (not a PDF PDFium opens for another reason: damaged, not a PDF,
    unreadable; whether the password is right cannot be told). Opens the file under
    :data:`packet.core.page_images.PDFIUM_LOCK` and closes it again; never raises for the file's content."""
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError as exc:
            return False if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD else None
        except OSError:
            return None
        pdf.close()
        return True
