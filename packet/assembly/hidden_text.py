"""An invisible text layer over a scanned page, so the lender can select and search its words.

Each OCR word is written in text render mode 3 (neither filled nor stroked) at its box, its font size
taken from the box height and its width stretched to the box width, as OCRmyPDF's hOCR renderer does.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfbase.pdfmetrics import stringWidth

from packet.assembly.fonts import FontSet
from packet.core.model import Word

BASELINE = 0.22  # the baseline sits this fraction of the box height above the box bottom (descenders)
MIN_SIZE = 1.0


def draw_words(canv, words: Iterable[Word], x: float, y: float, width: float, height: float,
               fonts: FontSet) -> int:
    """Write ``words`` (boxes: fractions of the upright page, y down) over the rectangle (x, y, width,
    height) in points, y up. Returns how many words were written."""
    ordered = sorted(words, key=lambda w: (w.line, w.box[0]))
    if not ordered:
        return 0
    # one baseline and size per line, so that viewers and extractors see the words as one line
    lines: dict[int, tuple[float, float]] = {}
    for w in ordered:
        top, bottom = lines.get(w.line, (1.0, 0.0))
        lines[w.line] = (min(top, w.box[1]), max(bottom, w.box[3]))
    text = canv.beginText()
    text.setTextRenderMode(3)
    count = 0
    for i, word in enumerate(ordered):
        value = word.text.strip()
        if not value:
            continue
        x0, _, x1, _ = word.box
        top_f, bottom_f = lines[word.line]
        left, right = x + x0 * width, x + x1 * width
        line_h = max((bottom_f - top_f) * height, MIN_SIZE)
        baseline = y + height - bottom_f * height + BASELINE * line_h
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        # a space after every word but the last of its line keeps words apart in extracted text
        trailing = " " if nxt is not None and nxt.line == word.line else ""
        font = fonts.for_text(value)
        size = line_h
        natural = stringWidth(value, font, size)
        if natural <= 0:
            continue
        text.setFont(font, size)
        text.setHorizScale(max(1.0, min(1000.0, 100.0 * (right - left) / natural)))
        text.setTextOrigin(left, baseline)
        text.textOut(value + trailing)
        count += 1
    canv.saveState()  # the render mode is graphics state: keep it from leaking into the stamp
    canv.drawText(text)
    canv.restoreState()
    return count
