"""Page images, the same way for every stage: what OCR read is exactly what the packet shows.

``upright()`` is the single definition of how a page's ``rotation`` and ``skew`` (see
:class:`packet.core.model.Page`) turn the original pixels into the upright page whose word boxes
the OCR stage recorded. Both the reader and the assembler call it.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageMath, ImageOps

PDFIUM_LOCK = threading.RLock()  # PDFium is not thread-safe: every call into it holds this lock

Image.MAX_IMAGE_PIXELS = 200_000_000  # Pillow's bomb guard; ingest applies its own, lower, documented bound
# and refuses such an image with a message of its own (packet.reading.ingest, too-large): Pillow's warning
# ("... could be decompression bomb DOS attack"), printed on stderr before it, only frightens the person reading
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


def upright(img: Image.Image, rotation: int = 0, skew: float = 0.0,
            crop: tuple[float, float, float, float] | None = None,
            corners: tuple[float, ...] | None = None) -> Image.Image:
    """Apply ``rotation`` (clockwise degrees, multiple of 90), then ``skew`` (PIL degrees, CCW positive), then
    cut out ``crop`` (fractions of the straightened image: the sheet of a photo taken on a desk). With
    ``corners`` (a sheet photographed at an angle, :func:`flatten`) the turned image's quadrilateral is warped
    to a rectangle instead of ``crop``, and ``skew`` then straightens the print on that rectangle (a page printed
    or copied askew on its sheet: the sheet's edges are square after flattening, its lines are not)."""
    if rotation % 360:
        img = img.rotate(-(rotation % 360), expand=True)
    if corners is not None:
        img = flatten(img, corners)
        crop = None
    if abs(skew) >= 0.05:
        fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    if crop is not None:
        x0, y0, x1, y1 = crop
        img = img.crop((round(x0 * img.width), round(y0 * img.height), round(x1 * img.width), round(y1 * img.height)))
    return img


def flat_size(size: tuple[int, int], corners: tuple[float, ...]) -> tuple[int, int]:
    """Pixels (width, height) of the rectangle :func:`flatten` makes: the mean of the quadrilateral's opposite
    sides. ``corners``: x, y fractions of ``size`` of the top-left, top-right, bottom-right, bottom-left corners."""
    w, h = size
    pts = [(corners[i] * w, corners[i + 1] * h) for i in range(0, 8, 2)]

    def dist(a, b) -> float:
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

    return (max(1, round((dist(pts[0], pts[1]) + dist(pts[3], pts[2])) / 2)),
            max(1, round((dist(pts[0], pts[3]) + dist(pts[1], pts[2])) / 2)))


def flatten(img: Image.Image, corners: tuple[float, ...]) -> Image.Image:
    """The quadrilateral ``corners`` of ``img`` (see :func:`flat_size`) warped onto a rectangle of
    :func:`flat_size`: a sheet photographed at an angle, seen from straight above (Pillow's PERSPECTIVE
    transform, whose 8 coefficients map each output pixel to its source)."""
    w, h = img.size
    out_w, out_h = flat_size(img.size, corners)
    src = [(corners[i] * w, corners[i + 1] * h) for i in range(0, 8, 2)]
    dst = [(0.0, 0.0), (float(out_w), 0.0), (float(out_w), float(out_h)), (0.0, float(out_h))]
    coeffs = perspective_coefficients(dst, src)
    fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
    return img.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                         fillcolor=fill)


def perspective_coefficients(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """The 8 coefficients of Pillow's PERSPECTIVE transform that take each of the four output points ``dst`` (pixels)
    to its source point ``src`` (pixels): for an output pixel (x, y) the source is
    ((a·x + b·y + c) / (g·x + h·y + 1), (d·x + e·y + f) / (g·x + h·y + 1)). Raises ValueError when the points make
    no quadrilateral (no such transform)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting); raises ValueError when a is singular."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("the four corners do not make a quadrilateral")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def open_image(path: Path, frame: int = 0, draft: int | None = None, *, grey: bool = False) -> Image.Image:
    """Open frame ``frame`` of an image file with its EXIF orientation applied (HEIC/HEIF included), on
    white paper (:func:`on_paper`): the one image opener of the reader and the assembler.

    ``draft``: a JPEG may decode at a reduced scale whose sides stay >= ``draft`` pixels (faster, less memory;
    word boxes are fractions, so they still fit). ``grey``: the 8-bit grey image OCR reads (:func:`ink_grey`:
    red seal ink gone), which the assembler never shows.
    """
    return decode_image(path, frame, min_side=draft, grey=grey)[0]


# a JPEG above this many pixels always decodes reduced (Pillow's draft: 1/2, 1/4 or 1/8 of its size, chosen in the
# decoder, at a fraction of the memory and time), so that nothing larger is ever held: packet.reading.ingest accepts
# JPEGs up to file_formats.MAX_JPEG_PIXELS (200 MP phone photos), other images up to this
DECODE_PIXELS = 80_000_000


def decode_image(path: Path, frame: int = 0, *, min_side: int | None = None, scale: float | None = None,
                 grey: bool = False) -> tuple[Image.Image, float]:
    """:func:`open_image`, where a JPEG may decode at a reduced size: sides >= ``min_side`` pixels, or >=
    ``scale`` times its size; a JPEG over :data:`DECODE_PIXELS` always does, to at most that many pixels (a draft
    scale is a power of two: a 200 MP photo decodes at 1/2, 50 MP). Returns the image and the size it was decoded
    at, as a fraction of the full size. Errors: whatever Pillow raises opening or decoding the file (``OSError``,
    ``DecompressionBombError`` above 400 MP)."""
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - declared dependency
        pass
    with Image.open(path) as im:
        if frame:
            im.seek(frame)
        full = min(im.size)
        pixels = im.size[0] * im.size[1]
        if im.format == "JPEG" and pixels > DECODE_PIXELS:  # a phone's 108 or 200 MP photo: never decoded whole
            most = 0.5  # draft scales are powers of two: the largest that brings it within DECODE_PIXELS
            while pixels * most * most > DECODE_PIXELS and most > 0.125:
                most /= 2
            scale = min(scale or most, most)
            min_side = min(min_side, int(full * most)) if min_side else None
        if im.format == "JPEG" and (min_side or scale):
            want = (min_side, min_side) if min_side else (max(1, int(im.size[0] * scale)),
                                                          max(1, int(im.size[1] * scale)))
            # a colour JPEG decodes in colour even for OCR: ink_grey needs the colour to tell seal ink from text
            im.draft(im.mode if im.mode in ("L", "RGB") else "RGB", want)
        im.load()
        decoded = min(im.size) / full
        out = ImageOps.exif_transpose(im)
    return detached(on_paper(out, grey=grey)), decoded


# what a decoded page keeps of its source's header: how it was *encoded* (a TIFF's CCITT Group 4
# compression, a JPEG's quantisation tables, a GIF's palette) describes the file, not the pixels, and a
# later save in another mode would reuse it (1-bit Group 4 on an 8-bit grey page: "encoder error -2")
KEPT_INFO = ("dpi",)


def detached(img: Image.Image) -> Image.Image:
    """``img`` with every header entry except :data:`KEPT_INFO` dropped (in place; returned for chaining)."""
    for key in [k for k in img.info if k not in KEPT_INFO]:
        del img.info[key]
    return img


def on_paper(img: Image.Image, *, grey: bool = False) -> Image.Image:
    """``img`` as 8-bit grey (``grey``: as :func:`ink_grey` makes it; or a grey source) or RGB: transparency
    flattened onto white paper (not black), 16- and 32-bit grey scaled down to 8 bits (not clipped to white)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        img = white.convert("RGB")
    elif img.mode in ("I", "I;16", "I;16B", "I;16L"):
        img = img.convert("I").point(lambda v: v / 256).convert("L")
    if img.mode in ("1", "L", "F"):
        return img if img.mode == "L" else img.convert("L")
    img = img if img.mode == "RGB" else img.convert("RGB")
    return ink_grey(img) if grey else img


# Red seals (印章) are stamped over names, amounts and dates on Chinese documents; in grey their ink is as dark
# as the text under it and OCR reads neither. Seal ink is vivid red: its red channel exceeds both others by well
# over SEAL_RED and is itself bright (the seal of the zh-medical-stop sample photo: (195-210, 0-12, 0-12); the
# generated seal of tests/test_page_prep.py: (215, 40, 45)). The dark red or brown *printed* titles and table
# rules of Chinese receipts are kept: their red channel stays under SEAL_BRIGHT (the same photo: 124-155).
# Black or blue text and paper: R - max(G, B) under 10; black text under seal ink stays dark, so it is kept.
SEAL_RED = 60  # R - max(G, B), 0-255
SEAL_BRIGHT = 170  # R, 0-255


def ink_grey(img: Image.Image) -> Image.Image:
    """The 8-bit grey page OCR reads from an RGB ``img``: luminance, with seal ink (R - max(G, B) >=
    :data:`SEAL_RED` and R >= :data:`SEAL_BRIGHT`) turned to paper white. Bright red printed text goes too;
    dark red print stays. A solid band of that colour (:func:`seal_coloured_bands`: an app's header, a red title
    bar) is no seal: its ground turns paper white and the lettering on it, white or black, dark (:func:`_band_read`),
    so its text is read rather than whitened away."""
    r, g, b = img.split()
    red = ImageChops.subtract(r, ImageChops.lighter(g, b))
    if red.getextrema()[1] < SEAL_RED:  # no seal ink anywhere (every grey scan): no masks to make
        return img.convert("L")
    mask = ImageChops.darker(red.point(lambda v: 255 if v >= SEAL_RED else 0),
                             r.point(lambda v: 255 if v >= SEAL_BRIGHT else 0))
    grey = img.convert("L")
    if mask.getbbox() is None:
        return grey
    # the seal's soft edge (pink, under the thresholds above) goes too: next to seal ink, a reddish pixel takes
    # its red channel, paper-light on the seal's edge and still dark where black text runs under it
    edge = ImageChops.darker(mask.filter(ImageFilter.MaxFilter(3)), red.point(lambda v: 255 if v >= 20 else 0))
    softened = Image.composite(ImageChops.lighter(grey, r), grey, edge)
    out = Image.composite(Image.new("L", grey.size, 255), softened, mask)
    for box in seal_coloured_bands(mask):
        inside, read = _band_read(mask.crop(box), red.crop(box))
        out.paste(Image.composite(read, out.crop(box), inside), box[:2])
    return out


# A solid band of seal-coloured ink is no seal. Bank apps draw their header as a red or orange band with the bank's
# name, the card's last digits and the period in white on it (independent sets 7, 13, 16: a Ping An, a rural
# commercial bank's and a city bank's statement screen); a seal is strokes (a ring, a star, its characters) over
# paper. Told apart by the share of its bounding box the ink covers once the lettering on it is filled, at
# _SOLID_PX pixels on the image's longer side: a band is a near-full rectangle (measured on the three screens:
# 0.90-1.0), a stamped ring with its characters well under half (the generated seal of tests/test_page_prep.py:
# 0.14), and it is wide: at least SOLID_WIDE of the image's width and SOLID_LONG times as wide as it is tall (a
# square seal filled red with its characters in white, 阴文, is no band and stays a seal).
SOLID_FILL = 0.8  # share of its bounding box a band's ink covers, lettering filled
SOLID_WIDE = 0.25  # share of the image's width a band spans at least
SOLID_LONG = 1.5  # a band's width over its height, at least
SOLID_HOLE = 5  # pixels at _SOLID_PX: a hole in a band this wide both ways is no letter's stroke but a sheet lying
# on a red cloth (measured: a bold figure 110 px high on a red band of a 2532-px screen leaves none)
_SOLID_PX = 400  # analysis size, pixels on the image's longer side


def seal_coloured_bands(mask: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes ``(x0, y0, x1, y1)`` in pixels of ``mask`` (8-bit, 255 where the ink is seal-coloured, as
    :func:`ink_grey` makes it) of the solid bands in it (see :data:`SOLID_FILL`); [] when there are none (a seal,
    red print). Found on a copy :data:`_SOLID_PX` pixels on its longer side, where a pixel mostly of ink is ink and
    the lettering on a band (a pixel or two wide there) is closed over by a 3-pixel maximum then minimum filter."""
    factor = max(1, round(max(mask.size) / _SOLID_PX))
    small = mask.reduce(factor) if factor > 1 else mask
    solid = small.point(lambda v: 255 if v >= 128 else 0).filter(ImageFilter.MaxFilter(3)).filter(
        ImageFilter.MinFilter(3))
    out = []
    for (x0, y0, x1, y1), area in _regions(solid):
        w, h = x1 - x0, y1 - y0
        if w < SOLID_WIDE * small.width or w < SOLID_LONG * h or h < 3 or area < SOLID_FILL * w * h:
            continue
        thick = _holes(solid.crop((x0, y0, x1, y1))).filter(ImageFilter.MinFilter(SOLID_HOLE)).filter(
            ImageFilter.MaxFilter(SOLID_HOLE))
        if thick.getbbox() is not None:
            continue  # something large of another colour inside it (a slip lying on a red cloth), not lettering
        out.append((x0 * factor, y0 * factor, min(mask.width, x1 * factor), min(mask.height, y1 * factor)))
    return out


def _holes(mask: Image.Image) -> Image.Image:
    """The holes in ``mask`` (8-bit, 0 or 255): 255 where it is 0 and cut off from its edge by 255s, else 0."""
    framed = ImageOps.expand(mask, border=1, fill=0)
    ImageDraw.floodfill(framed, (0, 0), 128)
    return framed.crop((1, 1, mask.width + 1, mask.height + 1)).point(lambda v: 255 if v == 0 else 0)


def _band_read(mask: Image.Image, red: Image.Image) -> tuple[Image.Image, Image.Image]:
    """For one band's box: ``(inside, read)``, 8-bit images of its size. ``inside`` is the band's own area: all but
    what is joined to the box's edge without crossing the band's ink (a rounded band's corners, the paper above
    and below it, a card laid over its lower edge), so the lettering on it is inside; ``read`` is the band's ground
    made paper white and whatever is not of its colour dark in proportion (``red``: R - max(G, B); the ground's own
    is its ink's median), white letters and black alike."""
    inside = ImageChops.lighter(mask, _holes(mask))
    ground = max(SEAL_RED, histogram_level(red.histogram(mask), 0.5))
    read = red.point(lambda v, s=255.0 / ground: min(255, round(v * s)))
    return inside, read


def render_pdf_page(path: Path, index: int, dpi: float, password: str | None = None, grey: bool = False) -> Image.Image:
    """Render page ``index`` (0-based) of a PDF at ``dpi`` with pdfium, honouring its /Rotate and drawing its form
    fields (with appearances generated for fields that have none): RGB, or with ``grey`` the 8-bit grey page
    OCR reads (:func:`ink_grey`: red seal ink gone). The caller holds :data:`PDFIUM_LOCK` when other threads
    may use PDFium."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        try:
            pdf.init_forms()  # form field values drawn, appearances generated where the file has none
        except pdfium.PdfiumError:  # pragma: no cover - a broken form: the page without it
            pass
        page = pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72.0)
            img = bitmap.to_pil().convert("RGB")  # a copy: detached from PDFium's buffer
            bitmap.close()
            if grey:
                img = ink_grey(img)
        finally:
            page.close()
    finally:
        pdf.close()
    return img



# --- light text on a dark band ---------------------------------------------------------------------------
# Letterheads, bank logos and table headers are often printed white on a coloured band (a blue bar, a red
# header row). In the grey page both OCR engines read nothing there: Tesseract's layout analysis takes the band
# for a picture, and a name printed in it is lost (a hospital's name in a white-on-blue letterhead became the
# next heading). :func:`light_on_dark` finds such bands and turns each into dark text on light paper in the
# image given to the engine (the same pixels the word boxes refer to; the packet still shows the original).
# A band is a solid dark rectangle (below BAND_DARK of the paper's brightness) at least BAND_MIN_W x BAND_MIN_H
# points, mostly of one tone, holding some light marks (text): a photograph is no band (its tones spread), a table
# rule or a text stroke is too thin, grey shading is too light, dark shading under dark text holds no light marks.
# Only a band that reaches the image's edge (within BAND_EDGE) is turned: one printed to the sheet's edge, or joined
# to what is left of a photo's surface there. Measured: both engines read a band with paper round it as it is (24
# blurred, noisy, JPEG'd variants of a generated bill: PP-OCR all, Tesseract all but one), and turning such bands
# moved Tesseract's layout analysis elsewhere on two corpus pages (a date and a name lost); a band joined to the edge
# Tesseract takes for the border and reads as noise (a hospital's name on a photographed bill).
BAND_DARK = 0.55  # a band's tone is darker than this share of the paper's brightness
BAND_MIN_W = 36.0  # points: half an inch, the width of a short word in a header cell
BAND_MIN_H = 9.0  # points: a line of 7-pt text with a little band above and below it
BAND_FILL = 0.8  # share of its bounding box the solid dark region covers (a rectangle, not a blot)
BAND_TONE = 0.7  # share of its pixels within BAND_SPREAD of the band's own tone (one flat colour: no photo)
BAND_SPREAD = 15  # grey levels, 0-255 (measured: bands, sharp or blurred and JPEG'd, 0.92-0.96 within 10; a photo 0.29)
BAND_LIGHT = (0.004, 0.5)  # share of its pixels lighter than halfway to the paper: some text, not a hole
BAND_EDGE = 0.02  # a band this close to an edge of the image (share of its width or height) reaches it
_BAND_PX = 50.0  # analysis resolution, pixels per inch (one pixel ~1.4 pt)


def light_on_dark(img: Image.Image, dpi: float, inside: tuple[int, int, int, int] | None = None) -> Image.Image:
    """``img`` (8-bit grey, ``dpi`` pixels per inch) with each band of light text on a dark ground that reaches its
    edge (see :data:`BAND_DARK` and the thresholds after it) turned into dark text on light ground; ``img`` itself when it
    holds none. The band is stretched so that its own tone becomes paper white and the paper's brightness black,
    so its text reads like the rest of the page. ``inside``: the box (pixels) of ``img`` that is the sheet, when a
    strip of a photo's surface is left round it (:func:`packet.reading.ocr.sheet_inside`): bands are looked for
    there, and reach its edge. Costs a few tens of ms on a 300-dpi A4 page."""
    if img.mode != "L" or dpi <= 0:
        return img
    if inside is not None:
        ox, oy = inside[0], inside[1]
        bands = [((x0 + ox, y0 + oy, x1 + ox, y1 + oy), tone, paper)
                 for (x0, y0, x1, y1), tone, paper in dark_bands(img.crop(inside), dpi)]
    else:
        bands = dark_bands(img, dpi)
    if not bands:
        return img
    out = img.copy()
    for (x0, y0, x1, y1), tone, paper in bands:
        scale = 255.0 / max(1, paper - tone)
        region = img.crop((x0, y0, x1, y1)).point(
            lambda v, t=tone, s=scale: 255 - min(255, max(0, round((v - t) * s))))
        out.paste(region, (x0, y0))
    return out


# A phone photo lit from one side: the paper runs from light grey to white across the sheet, and an engine that
# picks one threshold for the page (Tesseract's Otsu) loses the text on the darker side (tests/photo_forms.py:
# a letter-style payslip photographed with the light from the right, 175-255 across the sheet, read as its figures
# alone). The paper's own brightness is estimated at _LIGHT_PX pixels per inch, the text taken out by a maximum
# filter of LIGHT_WINDOW pixels (~7 mm: wider than a line of body text, narrower than a shaded table row's
# surroundings), and each pixel divided by it. Pages whose paper varies less than LIGHT_SPREAD (every flat scan,
# rendered PDFs, screenshots) are left as they are.
LIGHT_SPREAD = 24  # grey levels, 0-255: the paper's 90th less its 10th percentile (flat scans measured 0-6)
LIGHT_WINDOW = 5  # pixels at _LIGHT_PX
LIGHT_FLOOR = 140  # a darker "paper" is a printed band, not shade: divided by this at most, it stays dark
_LIGHT_PX = 18.0


def paper_light(img: Image.Image, dpi: float) -> Image.Image | None:
    """The brightness of the paper under ``img`` (8-bit grey, ``dpi`` pixels per inch) at :data:`_LIGHT_PX` pixels
    per inch, with the text filtered out (see :data:`LIGHT_SPREAD`); None when it varies less than
    :data:`LIGHT_SPREAD` grey levels across the page (nothing to even out)."""
    if img.mode != "L" or dpi <= 0:
        return None
    factor = max(1, round(dpi / _LIGHT_PX))
    small = img.reduce(factor) if factor > 1 else img.copy()
    if small.width < 3 * LIGHT_WINDOW or small.height < 3 * LIGHT_WINDOW:
        return None
    bg = small.filter(ImageFilter.MaxFilter(LIGHT_WINDOW)).filter(ImageFilter.GaussianBlur(LIGHT_WINDOW))
    hist = bg.histogram()
    if histogram_level(hist, 0.9) - histogram_level(hist, 0.1) < LIGHT_SPREAD:
        return None
    return bg


def even_light(img: Image.Image, dpi: float) -> Image.Image:
    """``img`` (8-bit grey, ``dpi`` pixels per inch) with uneven lighting taken out: each pixel divided by the
    paper's brightness there (:func:`paper_light`, at least :data:`LIGHT_FLOOR`), so the paper becomes white
    and the text keeps its contrast; ``img`` itself when the paper is even. The words stay where they are (the
    image keeps its size). A few tens of ms on a 300-dpi A5 photo."""
    bg = paper_light(img, dpi)
    if bg is None:
        return img
    bg = bg.point(lambda v: max(v, LIGHT_FLOOR)).resize(img.size, Image.Resampling.BILINEAR)
    return ImageMath.lambda_eval(lambda a: a["convert"](a["min"](a["a"] * 255 / a["b"], 255), "L"), a=img, b=bg)


def dark_bands(img: Image.Image, dpi: float, trim: bool = False) -> list[tuple[tuple[int, int, int, int], int, int]]:
    """The bands :func:`light_on_dark` turns (those reaching an edge of ``img``: :data:`BAND_EDGE`): ``(box in
    pixels of img, the band's tone, the paper's brightness)`` each, tones 0-255. Found on a copy at :data:`_BAND_PX` pixels per inch: dark pixels, light gaps of a pixel or
    two closed (the band's own text), then opened by 5 pixels (~7 pt) so text strokes and table rules drop out;
    each connected region left is checked at full resolution. ``trim``: a region that fills too little of its
    bounding box is tried again as its longest run of rows that each span :data:`BAND_FILL` of it (a band printed to
    a photographed sheet's top edge, joined at its ends to the slivers of desk a sheet seen at an angle leaves beside
    it in its box: the exhibit keeps such a band as printed, :func:`even_shade_colour`)."""
    factor = min(1.0, _BAND_PX / dpi)
    small = img.resize((max(1, round(img.width * factor)), max(1, round(img.height * factor))),
                       Image.Resampling.BOX) if factor < 1.0 else img
    paper = histogram_level(small.histogram(), 0.9)
    if paper < 128:
        return []  # no light paper to measure against (a negative, a dark photo)
    cut = round(paper * BAND_DARK)
    dark = small.point(lambda v: 255 if v < cut else 0)
    ex, ey = max(1, round(BAND_EDGE * dark.width)), max(1, round(BAND_EDGE * dark.height))
    edges = ((0, 0, dark.width, ey), (0, dark.height - ey, dark.width, dark.height), (0, 0, ex, dark.height),
             (dark.width - ex, 0, dark.width, dark.height))
    if all(dark.crop(e).getbbox() is None for e in edges):
        return []  # nothing dark along the edges (most pages: a margin of paper all round): no band reaches one
    solid = (dark.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.MinFilter(3))
             .filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5)))
    if solid.getbbox() is None:
        return []
    sx, sy = img.width / small.width, img.height / small.height
    min_w, min_h = BAND_MIN_W / 72.0 * dpi, BAND_MIN_H / 72.0 * dpi
    out = []
    for (bx0, by0, bx1, by1), area in _regions(solid):
        if area < BAND_FILL * (bx1 - bx0) * (by1 - by0):
            core = _band_core(solid, (bx0, by0, bx1, by1)) if trim else None
            if core is None:
                continue
            bx0, by0, bx1, by1 = core
        box = (round(bx0 * sx), round(by0 * sy), min(img.width, round(bx1 * sx)), min(img.height, round(by1 * sy)))
        box = _snug(img, box, cut, max(2, round(1.5 * sx)))
        if box is None or box[2] - box[0] < min_w or box[3] - box[1] < min_h:
            continue
        ex, ey = BAND_EDGE * img.width, BAND_EDGE * img.height
        if box[0] > ex and box[1] > ey and box[2] < img.width - ex and box[3] < img.height - ey:
            continue  # paper all round it: the engines read it as it is
        hist = img.crop(box).histogram()
        total = sum(hist)
        tone = histogram_level(hist, 0.5)
        if tone >= cut:
            continue
        flat = sum(hist[max(0, tone - BAND_SPREAD):tone + BAND_SPREAD + 1]) / total
        light = sum(hist[(tone + paper) // 2:]) / total
        if flat >= BAND_TONE and BAND_LIGHT[0] <= light <= BAND_LIGHT[1]:
            out.append((box, tone, paper))
    return out


# A sharp shadow over part of a sheet leaves its paper two levels of grey with a hard edge between them: the gentle
# evening of packet.core.page_images.even_light (a blurred background, no lower than LIGHT_FLOOR, since a dark printed
# band must stay dark) leaves the shaded part grey (100 of 255 made 182), and Tesseract's one threshold for the page
# (Otsu) then turned it black, text and all (tests/shadowgen.py: a title and a name in shade, not read). Where the sheet
# is known to lie partly in shade (packet.reading.ocr finds it so) the paper's brightness is taken by a grey closing instead (a maximum
# then a minimum filter SHADE_WINDOW pixels wide at _SHADE_PX pixels per inch, ~2 mm: wider than a stroke, narrower
# than a line's gap), which fills the print and keeps the shadow's edge where it is, and each pixel is divided by it
# (no lower than SHADE_FLOOR: what is darker is desk or ink, not paper). Dark bands printed white on dark were made
# dark on light before (light_on_dark), so nothing printed is lost by making the paper white.
SHADE_WINDOW = 11  # pixels at _SHADE_PX
SHADE_FLOOR = 48  # grey levels, 0-255
_SHADE_PX = 150.0


def closing(img: Image.Image, radius: int) -> Image.Image:
    """Grey closing of ``img`` (8-bit) by a square ``2 * radius + 1`` pixels wide: the maximum, then the minimum, each
    taken one axis at a time from shifted copies (PIL's rank filters cost ~60x more at this size). Dark features
    narrower than the square are filled; edges between larger areas stay where they are."""
    def spread(im: Image.Image, op: Callable[[Image.Image, Image.Image], Image.Image]) -> Image.Image:
        for axis in (0, 1):
            acc = im
            for d in range(1, radius + 1):
                for step in (d, -d):
                    acc = op(acc, ImageChops.offset(im, step, 0) if axis == 0 else ImageChops.offset(im, 0, step))
            im = acc
        return im

    return spread(spread(img, ImageChops.lighter), ImageChops.darker)


def even_shade(img: Image.Image, dpi: float) -> Image.Image:
    """``img`` (8-bit grey, ``dpi`` pixels per inch) with its paper made white in sun and shade alike: each pixel
    divided by the paper's brightness there (a grey closing, see :data:`SHADE_WINDOW`), text kept dark. The image
    keeps its size, so the words stay where they are. Tens of ms on a 300-dpi A4 photo."""
    factor = max(1, round(dpi / _SHADE_PX))
    small = img.reduce(factor) if factor > 1 else img.copy()
    bg = closing(small, SHADE_WINDOW // 2)
    bg = bg.point(lambda v: max(v, SHADE_FLOOR)).resize(img.size, Image.Resampling.BILINEAR)
    return ImageMath.lambda_eval(lambda a: a["convert"](a["min"](a["a"] * 255 / a["b"], 255), "L"), a=img, b=bg)


def even_shade_colour(img: Image.Image, dpi: float) -> Image.Image:
    """:func:`even_shade` of an RGB or grey ``img`` (``dpi`` pixels per inch): every channel divided by the paper's
    brightness there, taken from the grey image, so a shadow's wedge is lifted to the paper of the lit part and the
    print in it stays as dark against its paper as the print in the light; bands printed light on dark
    (:func:`dark_bands`) are kept as they are. Same size and mode (other modes come back RGB)."""
    if img.mode == "L":
        return _bands_kept(even_shade(img, dpi), img, dark_bands(img, dpi, trim=True))
    if img.mode != "RGB":
        img = img.convert("RGB")
    factor = max(1, round(dpi / _SHADE_PX))
    grey = img.convert("L")
    small = grey.reduce(factor) if factor > 1 else grey
    bg = closing(small, SHADE_WINDOW // 2)
    bg = bg.point(lambda v: max(v, SHADE_FLOOR)).resize(img.size, Image.Resampling.BILINEAR)
    channels = [ImageMath.lambda_eval(lambda a: a["convert"](a["min"](a["a"] * 255 / a["b"], 255), "L"), a=c, b=bg)
                for c in img.split()]
    out = Image.merge("RGB", channels)
    return _bands_kept(out, img, dark_bands(grey, dpi, trim=True))


def _bands_kept(out: Image.Image, img: Image.Image,
                bands: list[tuple[tuple[int, int, int, int], int, int]]) -> Image.Image:
    """``out`` with the pixels of ``img`` (same size and mode) put back in each band's box: a band printed dark with
    light letters (:func:`dark_bands`) is print, not shade, and evening its ground would leave its letters white on
    white (a bank's name on its blue letterhead, independent set 8)."""
    for box, _tone, _paper in bands:
        out.paste(img.crop(box), box[:2])
    return out


def histogram_level(hist: Sequence[int], share: float) -> int:
    """The level (0-255) below which ``share`` (a fraction, 0-1) of a 256-bin histogram's pixels lie; 255 when the
    histogram is empty."""
    total, acc = sum(hist), 0
    for value, count in enumerate(hist):
        acc += count
        if acc >= share * total:
            return value
    return 255


def _band_core(solid: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The longest run of rows of ``solid`` (a binary mask) within ``box`` that are each set over half the box's width
    (a band's letters leave holes in its rows; a sliver of desk beside a sheet covers a few per cent of them), as a box
    (the columns that run fills to :data:`BAND_FILL`); None when there is none."""
    x0, y0, x1, y1 = box
    part = solid.crop(box)
    rows = part.resize((1, part.height), Image.Resampling.BOX).tobytes()
    best, start = (0, 0), None
    for i, v in enumerate([*rows, 0]):
        if v >= 128 and start is None:
            start = i
        elif v < 128 and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best[1] - best[0] < 2:
        return None
    run = part.crop((0, best[0], part.width, best[1]))
    cols = run.resize((run.width, 1), Image.Resampling.BOX).tobytes()
    xs = [i for i, v in enumerate(cols) if v >= 255 * BAND_FILL]
    if not xs or xs[-1] + 1 - xs[0] < CORE_WIDE * solid.width or best[1] - best[0] > CORE_DEEP * solid.height:
        return None  # a band printed to the sheet's edge runs its whole width and is shallow: no shade's wedge
    return x0 + xs[0], y0 + best[0], x0 + xs[-1] + 1, y0 + best[1]


CORE_WIDE = 0.9  # share of the picture's width a trimmed band spans at least
CORE_DEEP = 0.25  # share of the picture's height a trimmed band spans at most


def _snug(img: Image.Image, box: tuple[int, int, int, int], cut: int, m: int) -> tuple[int, int, int, int] | None:
    """``box`` (pixels) moved, each edge by at most ``m`` pixels either way, onto the band's edge: the outermost
    rows and columns whose mean is darker than ``cut`` (the analysis copy is coarse)."""
    x0, y0, x1, y1 = box
    ox0, oy0, ox1, oy1 = max(0, x0 - m), max(0, y0 - m), min(img.width, x1 + m), min(img.height, y1 + m)
    area = img.crop((ox0, oy0, ox1, oy1))
    rows = area.resize((1, area.height), Image.Resampling.BOX).tobytes()
    cols = area.resize((area.width, 1), Image.Resampling.BOX).tobytes()
    ys = [i for i, v in enumerate(rows) if v < cut]
    xs = [i for i, v in enumerate(cols) if v < cut]
    if not xs or not ys:
        return None
    return ox0 + xs[0], oy0 + ys[0], ox0 + xs[-1] + 1, oy0 + ys[-1] + 1


def _regions(mask: Image.Image) -> list[tuple[tuple[int, int, int, int], int]]:
    """Connected regions of a binary mask (255 = set), 4-connected by runs: ``(bounding box, pixel count)`` each."""
    import re

    w = mask.width
    data = mask.tobytes()
    parent: list[int] = []
    boxes: list[list[int]] = []  # x0, y0, x1, y1, count per run-root

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prev: list[tuple[int, int, int]] = []  # (x0, x1, run id) of the row above
    for y in range(mask.height):
        row = data[y * w:(y + 1) * w]
        cur = []
        j = 0
        for m in re.finditer(rb"\xff+", row):
            a, b = m.start(), m.end()
            rid = len(parent)
            parent.append(rid)
            boxes.append([a, y, b, y + 1, b - a])
            while j < len(prev) and prev[j][1] <= a:
                j += 1
            k = j
            while k < len(prev) and prev[k][0] < b:
                ra, rb_ = find(prev[k][2]), find(rid)
                if ra != rb_:
                    parent[rb_] = ra
                k += 1
            cur.append((a, b, rid))
        prev = cur
    merged: dict[int, list[int]] = {}
    for i, (x0, y0, x1, y1, n) in enumerate(boxes):
        r = find(i)
        if r in merged:
            g = merged[r]
            g[0], g[1], g[2], g[3], g[4] = min(g[0], x0), min(g[1], y0), max(g[2], x1), max(g[3], y1), g[4] + n
        else:
            merged[r] = [x0, y0, x1, y1, n]
    return [((g[0], g[1], g[2], g[3]), g[4]) for g in merged.values()]
