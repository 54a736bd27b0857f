"""Page images, the same way for every stage: what OCR read is exactly what the packet shows.

``upright()`` is the single definition of how a page's ``rotation`` and ``skew`` (see
:class:`packet.core.model.Page`) turn the original pixels into the upright page whose word boxes
the OCR stage recorded. Both the reader and the assembler call it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

PDFIUM_LOCK = threading.RLock()  # PDFium is not thread-safe: every call into it holds this lock

Image.MAX_IMAGE_PIXELS = 200_000_000  # Pillow's bomb guard; ingest applies its own, lower, documented bound


def upright(img: Image.Image, rotation: int = 0, skew: float = 0.0,
            crop: tuple[float, float, float, float] | None = None,
            corners: tuple[float, ...] | None = None) -> Image.Image:
    """Apply ``rotation`` (clockwise degrees, multiple of 90), then ``skew`` (PIL degrees, CCW positive), then
    cut out ``crop`` (fractions of the straightened image: the sheet of a photo taken on a desk). With
    ``corners`` (a sheet photographed at an angle, :func:`flatten`) the turned image's quadrilateral is warped
    to a rectangle instead of ``skew`` and ``crop``."""
    if rotation % 360:
        img = img.rotate(-(rotation % 360), expand=True)
    if corners is not None:
        return flatten(img, corners)
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


def decode_image(path: Path, frame: int = 0, *, min_side: int | None = None, scale: float | None = None,
                 grey: bool = False) -> tuple[Image.Image, float]:
    """:func:`open_image`, where a JPEG may decode at a reduced size: sides >= ``min_side`` pixels, or >=
    ``scale`` times its size. Returns the image and the size it was decoded at, as a fraction of the full size."""
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - declared dependency
        pass
    with Image.open(path) as im:
        if frame:
            im.seek(frame)
        full = min(im.size)
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
    dark red print stays."""
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
    return Image.composite(Image.new("L", grey.size, 255), softened, mask)


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

