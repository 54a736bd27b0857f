"""Page images, the same way for every stage: what OCR read is exactly what the packet shows.

``upright()`` is the single definition of how a page's ``rotation`` and ``skew`` (see
:class:`packet.core.model.Page`) turn the original pixels into the upright page whose word boxes
the OCR stage recorded. Both the reader and the assembler call it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import Image, ImageOps

PDFIUM_LOCK = threading.RLock()  # PDFium is not thread-safe: every call into it from a thread pool holds this lock
Image.MAX_IMAGE_PIXELS = 200_000_000  # Pillow's bomb guard; ingest applies its own, lower, documented bound


def upright(img: Image.Image, rotation: int = 0, skew: float = 0.0,
            crop: tuple[float, float, float, float] | None = None) -> Image.Image:
    """Apply ``rotation`` (clockwise degrees, multiple of 90), then ``skew`` (PIL degrees, CCW positive), then
    cut out ``crop`` (fractions of the straightened image: the sheet of a photo taken on a desk)."""
    if rotation % 360:
        img = img.rotate(-(rotation % 360), expand=True)
    if abs(skew) >= 0.05:
        fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    if crop is not None:
        x0, y0, x1, y1 = crop
        img = img.crop((round(x0 * img.width), round(y0 * img.height), round(x1 * img.width), round(y1 * img.height)))
    return img


def open_image(path: Path, frame: int = 0, draft: int | None = None, *, grey: bool = False) -> Image.Image:
    """Open frame ``frame`` of an image file with its EXIF orientation applied (HEIC/HEIF included), on
    white paper (:func:`on_paper`): the one image opener of the reader and the assembler.

    ``draft``: a JPEG may decode at a reduced scale whose sides stay >= ``draft`` pixels (faster, less memory;
    word boxes are fractions, so they still fit). ``grey``: an 8-bit grey image (a JPEG decodes straight to it).
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
            im.draft("L" if grey else im.mode if im.mode in ("L", "RGB") else "RGB", want)
        im.load()
        decoded = min(im.size) / full
        out = ImageOps.exif_transpose(im)
    return on_paper(out, grey=grey), decoded


def on_paper(img: Image.Image, *, grey: bool = False) -> Image.Image:
    """``img`` as 8-bit grey (``grey``, or a grey source) or RGB: transparency flattened onto white paper (not
    black), 16- and 32-bit grey scaled down to 8 bits (not clipped to white)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        img = white.convert("L" if grey else "RGB")
    elif img.mode in ("I", "I;16", "I;16B", "I;16L"):
        img = img.convert("I").point(lambda v: v / 256).convert("L")
    if grey or img.mode in ("1", "L", "F"):
        return img if img.mode == "L" else img.convert("L")
    return img if img.mode == "RGB" else img.convert("RGB")


def render_pdf_page(path: Path, index: int, dpi: float, password: str | None = None, grey: bool = False) -> Image.Image:
    """Render page ``index`` (0-based) of a PDF at ``dpi`` with pdfium, honouring its /Rotate: RGB, or with
    ``grey`` 8-bit grey rendered straight into a one-byte-per-pixel bitmap (a quarter of the memory; what
    OCR reads). The caller holds :data:`PDFIUM_LOCK` when other threads may use PDFium."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        page = pdf[index]
        try:
            if grey:
                bitmap = page.render(scale=dpi / 72.0, grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray)
            else:
                bitmap = page.render(scale=dpi / 72.0)
            img = bitmap.to_pil()
            img = img.convert("L" if grey else "RGB")  # a copy: detached from PDFium's buffer
            bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()
    return img
