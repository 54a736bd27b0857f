"""Page images, the same way for every stage: what OCR read is exactly what the packet shows.

``upright()`` is the single definition of how a page's ``rotation`` and ``skew`` (see
:class:`packet.model.Page`) turn the original pixels into the upright page whose word boxes
the OCR stage recorded. Both the reader and the assembler call it.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

Image.MAX_IMAGE_PIXELS = 200_000_000  # Pillow's bomb guard; ingest applies its own, lower, documented bound


def upright(img: Image.Image, rotation: int = 0, skew: float = 0.0) -> Image.Image:
    """Apply ``rotation`` (clockwise degrees, multiple of 90) then ``skew`` (PIL degrees, CCW positive)."""
    if rotation % 360:
        img = img.rotate(-(rotation % 360), expand=True)
    if abs(skew) >= 0.05:
        fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    return img


def open_image(path: Path, frame: int = 0, draft: int | None = None) -> Image.Image:
    """Open frame ``frame`` of an image file with its EXIF orientation applied (HEIC/HEIF included).

    ``draft``: a JPEG may decode at a reduced scale whose sides stay >= ``draft`` pixels (faster, less memory;
    word boxes are fractions, so they still fit). Transparency is flattened onto white paper.
    """
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - declared dependency
        pass
    with Image.open(path) as im:
        if frame:
            im.seek(frame)
        if draft and im.format == "JPEG":
            im.draft(im.mode if im.mode in ("L", "RGB") else "RGB", (draft, draft))
        im.load()
        out = ImageOps.exif_transpose(im)
    if out.mode in ("RGBA", "LA", "PA") or (out.mode == "P" and "transparency" in out.info):
        rgba = out.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        out = Image.alpha_composite(paper, rgba).convert("RGB")
    if out.mode not in ("L", "RGB"):
        out = out.convert("RGB") if out.mode not in ("1", "I;16", "I") else out.convert("L")
    return out


def render_pdf_page(path: Path, index: int, dpi: float, password: str | None = None, grey: bool = False) -> Image.Image:
    """Render page ``index`` (0-based) of a PDF at ``dpi`` with pdfium, honouring its /Rotate."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        page = pdf[index]
        bitmap = page.render(scale=dpi / 72.0, grayscale=grey)
        img = bitmap.to_pil()
        page.close()
    finally:
        pdf.close()
    return img.convert("L" if grey else "RGB")
