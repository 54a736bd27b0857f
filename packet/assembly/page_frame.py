"""The page frame: paper sizes, the margin stamp band, and where an exhibit page goes inside the frame.

Every page of the packet carries a band at the bottom (``BAND`` high) saying what the page is (附件 1 /
Exhibit A), whose it is (applicant, contract number) and "page n / total". Exhibit content is scaled
into the frame above the band, so the stamp never covers the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from packet.assembly.fonts import FontSet

BAND = 14 * mm  # height of the stamp band at the bottom of every page
SIDE = 9 * mm  # exhibit frame: side and top margins
TOP = 9 * mm
GAP = 2 * mm  # between the frame and the band
STAMP_SIZE = 8.5
GREY = (0.35, 0.35, 0.35)


SAME_SIZE = 0.02  # a page within 2 % of a paper's width and height is printed on it (a scan's edges, rounding)


def paper_of(size: tuple[float, float]) -> str | None:
    """"A4", "letter" or None: which of the two papers a page of ``size`` (width, height in points, either way up)
    is, within :data:`SAME_SIZE`; a phone's photo or a receipt is neither."""
    w, h = sorted(size)
    for name, (pw, ph) in (("A4", A4), ("letter", LETTER)):
        if abs(w - pw) <= SAME_SIZE * pw and abs(h - ph) <= SAME_SIZE * ph:
            return name
    return None


def paper_size(paper: str | None, lang: str, pages: tuple[tuple[float, float], ...] = (),
               letter_country: bool = False) -> tuple[float, float]:
    """The packet's paper (width, height in points): A4 for Chinese cases always; for English ones ``paper`` ("A4"
    or "letter"), or (None) the paper the documents' own pages are (``pages``: their sizes in points): US Letter
    when more of them are Letter than A4, A4 when more are A4; when none is either (phone photos, receipts), Letter
    if ``letter_country`` (the case's country prints on Letter: checklists/followup.toml [paper]), else A4. Someone
    in the US or Canada prints on Letter, and their bank's statements and scans are Letter (a trial, r27: an Ontario
    packet came out A4, whose foot, where every page's stamp is, a Letter printer crops or shrinks)."""
    if lang == "zh":
        return A4
    if paper is None:
        kinds = [paper_of(p) for p in pages]
        letters, a4s = kinds.count("letter"), kinds.count("A4")
        paper = "letter" if letters > a4s or (letters == a4s == 0 and letter_country) else "A4"
    return LETTER if paper.lower() == "letter" else A4


def content_frame(paper: tuple[float, float]) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the area an exhibit page may use, in points, y up."""
    w, h = paper
    y = BAND + GAP
    return SIDE, y, w - 2 * SIDE, h - TOP - y


@dataclass(frozen=True)
class Placement:
    x: float  # lower-left corner of the placed page, points
    y: float
    scale: float
    width: float  # placed size
    height: float


def fit(width: float, height: float, paper: tuple[float, float], upscale: bool) -> Placement:
    """Scale a page of ``width`` x ``height`` points into the frame: centred across, aligned to the top.

    Pages are never rotated (nothing sideways or upside down): landscape pages are scaled down to the
    frame's width. Small PDF pages (receipts) keep their size unless ``upscale``.
    """
    fx, fy, fw, fh = content_frame(paper)
    scale = min(fw / width, fh / height)
    if not upscale:
        scale = min(scale, 1.0)
    pw, ph = width * scale, height * scale
    return Placement(fx + (fw - pw) / 2, fy + fh - ph, scale, pw, ph)


@dataclass(frozen=True)
class Band:
    """What the stamp says besides the page's own label: whose pages these are and how many."""

    lang: str
    fonts: FontSet
    name: str | None
    contract: str | None
    total: int

    def middle(self) -> str:
        zh = self.lang == "zh"
        bits = []
        if self.name:
            bits.append(f"申请人：{self.name}" if zh else self.name)
        if self.contract:
            bits.append(f"合同编号：{self.contract}" if zh else f"Contract {self.contract}")
        return " · ".join(bits)

    def page_text(self, number: int | None) -> str:
        if number is None:
            return ""
        return f"第 {number} / {self.total} 页" if self.lang == "zh" else f"Page {number} / {self.total}"

    def draw(self, canv, paper: tuple[float, float], label: str, number: int | None) -> None:
        """Draw the band on ``canv`` (a reportlab canvas) for page ``number`` (None: unnumbered page)."""
        w, _ = paper
        canv.saveState()
        canv.setStrokeColorRGB(*GREY)
        canv.setLineWidth(0.5)
        canv.line(SIDE, BAND, w - SIDE, BAND)
        canv.setFillColorRGB(0, 0, 0)
        base = BAND / 2 - STAMP_SIZE / 3
        left_font = self.fonts.bold if self.fonts.for_text(label) == self.fonts.regular else self.fonts.for_text(label)
        canv.setFont(left_font, STAMP_SIZE + 1)
        canv.drawString(SIDE, base, label)
        right = self.page_text(number)
        if right:
            canv.setFont(self.fonts.for_text(right), STAMP_SIZE + 1)
            canv.drawRightString(w - SIDE, base, right)
        mid = self.middle()
        if mid:
            font = self.fonts.for_text(mid)
            size = STAMP_SIZE
            room = w - 2 * SIDE - 2 * 40 * mm
            while size > 5 and stringWidth(mid, font, size) > room:
                size -= 0.5
            canv.setFont(font, size)
            canv.drawCentredString(w / 2, base, mid)
        canv.restoreState()


def draw_blank(canv, paper: tuple[float, float], band: Band, number: int) -> None:
    """An "intentionally blank" page (print mode), stamped and counted like any other."""
    w, h = paper
    text = "此页空白" if band.lang == "zh" else "This page is intentionally blank"
    canv.saveState()
    canv.setFillColorRGB(*GREY)
    canv.setFont(band.fonts.for_text(text), 11)
    canv.drawCentredString(w / 2, h / 2, text)
    canv.restoreState()
    band.draw(canv, paper, "", number)
