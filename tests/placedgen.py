"""Pages of our own for the English layout tests of tests/test_placed_en.py: each line a list of pieces placed at
an x (points from the left edge) in a size, drawn as a born-digital PDF (reportlab) or as a page image (Pillow) that
the real OCR reads. Wording and names are made up here; nothing is shared with packet's vocabulary or code.
"""

from __future__ import annotations

from pathlib import Path

from fixtures_reading import LATIN_FONT, _canvas
from PIL import Image, ImageDraw, ImageFont

A4 = (595.0, 842.0)

# a piece: (x in points, text, font size in points); a line: its pieces; lines run down the page
Piece = tuple[float, str, float]


def placed_pdf(path: Path, lines: list[list[Piece]], *, top: float = 60, gap: float = 1.9) -> Path:
    """A one-page A4 text PDF: each line's pieces drawn at their x, lines ``gap`` times their largest size apart."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = _canvas(path, A4)
    y = A4[1] - top
    for line in lines:
        tallest = max(size for _, _, size in line)
        for x, text, size in line:
            c.setFont("Helvetica", size)
            c.drawString(x, y, text)
        y -= tallest * gap
    c.showPage()
    c.save()
    return path


def spaced_image(path: Path, heading: list[str], body: list[str], *, dpi: int = 200, heading_pt: float = 26,
                 tracking: float = 0.55, word_gap: float = 1.4, body_pt: float = 11) -> Path:
    """A page image (A5, ``dpi``) whose first line is ``heading``'s words set letter by letter in large capitals
    with ``tracking`` ems between letters and ``word_gap`` ems between words (a logo's tracked type), centred; then
    ``body`` lines at ``body_pt``. Saved as PNG for the OCR to read."""
    w, h = round(5.83 * dpi), round(8.27 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    big = ImageFont.truetype(LATIN_FONT, round(heading_pt / 72 * dpi))
    em = heading_pt / 72 * dpi
    widths = [sum(draw.textlength(ch, font=big) for ch in word) + tracking * em * (len(word) - 1) for word in heading]
    total = sum(widths) + word_gap * em * (len(heading) - 1)
    x = (w - total) / 2
    y = round(0.5 * dpi)
    for word, width in zip(heading, widths, strict=True):
        cx = x
        for ch in word:
            draw.text((cx, y), ch, fill=0, font=big)
            cx += draw.textlength(ch, font=big) + tracking * em
        x += width + word_gap * em
    small = ImageFont.truetype(LATIN_FONT, round(body_pt / 72 * dpi))
    y += round(em * 2.2)
    for line in body:
        draw.text((round(0.5 * dpi), y), line, fill=0, font=small)
        y += round(body_pt / 72 * dpi * 2.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", dpi=(dpi, dpi))
    return path
