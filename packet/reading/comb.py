"""Figures written one character per box ("comb fields") on page images: found, their borders taken away, read again.

Official forms print dates and numbers in a row of boxes, one character each: a UK P45's leaving date (DD MM YYYY
boxes with an empty box between the groups), a Canadian Record of Employment's dates (eight adjoining DDMMYYYY
boxes), an 18-box Chinese identity number, a bank slip's account number. A page reading takes the boxes' borders for
characters ("Li[s]1joj2foj2{6", "BOB Os BOG"), so the date is lost. Here, on the prepared image an engine has just
read (:func:`packet.reading.ocr._read`):

- :func:`find_combs`: the borders are drawn out of the ink (morphological opening with a short horizontal and a
  short vertical line, so print is left out), and the holes they enclose are the boxes' insides: about square, of a
  box's size, reaching into their four corners (:func:`_cornered`), framed on each side by a thin straight line
  (:func:`_framed`; a bold letter's counter is round, its strokes thick). A comb is a row of at least
  :data:`MIN_BOXES` such holes of one size (within :data:`SIZE_TOLERANCE`), on one line, each next to the one before
  (a shared border, a narrow gap, or a group gap up to :data:`GROUP_GAP` box widths). A table's cells are larger or
  of other shapes, and a single box (a tick box) is no comb.
- :func:`read_combs`: the inside of every box that holds ink is cleaned of what is left of its borders
  (:func:`_inked`: lines along its sides, specks at its edges) and cut to its character; each group of a comb (boxes
  the form parts by a wider gap or an empty box) is set on a row of its own of one white sheet, the characters a
  sixth of a line apart as print is, and the sheet is read by one Tesseract call per page (``--psm 6``, digits and X
  only, hOCR with each character's confidence). A comb's reading is kept only when it gives one character for each
  inked box, digits with at most a trailing X per group, at a mean character confidence of :data:`MIN_CONFIDENCE`
  and none below :data:`MIN_CHAR`; else the page keeps what the engine read.
- :func:`with_combs`: the engine's words over the comb are replaced by the reading, in the row of the comb's label.
  A comb whose groups have the shape of a date (day, month and year of 2, 2 and 4 digits, or the year first, its
  values in range: :func:`date_groups`) is written as one word, its groups joined by "/" (16/10/2026, 2026/10/16;
  also where the form prints 年 and 月 between them), so the date readers take it; the order of day and month is
  then the document's (:func:`packet.understanding.values.dayfirst_for`, whose day-first marks include a format
  hint such as "DD MM YYYY" or "DDMMYYYY"). Eight adjoining boxes are parted by the runs of a format hint's letters
  beside, over or under them ("DDMMYYYY", "YYYY MM DD": the letters' lengths only, no word is read), else by their
  values (16102026: 16/10/2026, since 1610 is no year). Other combs are written as their groups (an insurance number
  "532 118 974", an identity number), each group a word at its place.

Born-digital pages carry the digits in their text layer: only pictures are read here. Cost: the search, 0.05-0.25 s
of OpenCV on a 300-DPI page (OpenCV comes with rapidocr, a dependency), on every page read by an engine; one Tesseract
call of 0.3-0.9 s (two loaded cores) on a page where combs are found, none on one without.
"""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean, median

from PIL import Image

from packet.core.errors import OCRFailed, TesseractMissing
from packet.reading import tesseract
from packet.reading.word_lines import Token

logger = logging.getLogger(__name__)

MIN_BOXES = 4  # a comb has at least this many boxes (a date's DD MM is 4; a pair of tick boxes is none)
# a box's inside, as a share of an inch: 0.09 in (2.3 mm: the smallest comb box of the forms looked at, a US state
# form's, is 4 mm with 0.5 mm borders) to 0.45 in (11 mm: a form filled in by hand)
MIN_BOX_INCH = 0.09
MAX_BOX_INCH = 0.45
MIN_ASPECT, MAX_ASPECT = 0.45, 1.6  # a box's inside, width over height: about square (1.0), a little tall or wide
SIZE_TOLERANCE = 0.18  # boxes of one comb differ in width and height by at most this share (a photo's perspective)
GROUP_GAP = 1.6  # box widths: a wider gap ends the comb (a DD MM YYYY comb's groups are parted by 0.3-1 box)
SPLIT_GAP = 0.25  # box widths: a gap wider than this parts two groups (adjoining boxes share a border: no gap)
FILL = 0.5  # a hole is a box's inside when it fills this share of its bounding rectangle (its digit may touch a side: 0.66-0.9 seen on a photo)
CORNER = 0.12  # of a box's size: how far into its corners its inside reaches (a circle's does not past 0.15)
FRAMED = 0.8  # a box's side is a line of ink along this share of it (a digit's notch or a blur's break aside)
THIN = 0.3  # of a box's size: past its border this far out, paper (adjoining boxes: the next box's inside)
LINE_INCH = 0.04  # the opening's line length (1 mm): a border is longer; print's strokes are mostly shorter
BORDER_DARK = 0.35  # a column or row of a box's edge band dark over this share of the box is its border's
EDGE = 0.2  # share of a box's inside, at each side, where its border's remains are looked for (_inked)
INK_SHARE = 0.025  # a box holds a character when this share of its inside is ink
MIN_CONFIDENCE = 75.0  # Tesseract's mean character confidence below which a comb's reading is not trusted
MIN_CHAR = 30.0  # nor when one of its characters is read at a lower confidence than this
STRIP_DPI = 300
HALF_ABOVE = 250.0  # DPI: pages at this or more are searched at half their resolution (find_combs)


@dataclass(frozen=True)
class Comb:
    """A row of boxes found on a page image: ``boxes`` are the boxes' insides, (x0, y0, x1, y1) pixels of the
    image, left to right; ``groups`` the index ranges (start, end) of the boxes the form groups together."""

    boxes: tuple[tuple[int, int, int, int], ...]
    groups: tuple[tuple[int, int], ...]

    @property
    def bounds(self) -> tuple[int, int, int, int]:
        return (min(b[0] for b in self.boxes), min(b[1] for b in self.boxes),
                max(b[2] for b in self.boxes), max(b[3] for b in self.boxes))


def _np():
    import cv2  # here: only pictures need it (0.1 s to import)
    import numpy as np

    return cv2, np


def find_combs(img: Image.Image, dpi: float) -> list[Comb]:
    """The combs on ``img`` (8-bit grey, dark print on light paper, at ``dpi``), top to bottom. See the module.
    The search runs at half the resolution of a page of :data:`HALF_ABOVE` DPI or more (a 300-DPI page's
    borders, 2-4 px, are still 1-2 px; it takes a third of the time)."""
    if min(img.size) < 2 * dpi * MIN_BOX_INCH:  # a strip too thin to hold a box (and nothing to scale down)
        return []
    cv2, np = _np()
    grey = np.asarray(img if img.mode == "L" else img.convert("L"))
    scale = 2 if dpi >= HALF_ABOVE else 1
    if scale > 1:
        grey = cv2.resize(grey, (grey.shape[1] // scale, grey.shape[0] // scale), interpolation=cv2.INTER_AREA)
    at = dpi / scale
    block = max(15, int(at / 10) | 1)
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 10)
    n = max(5, round(at * LINE_INCH))
    lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1)))
    lines |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, n)))
    # a blurred photo's borders break: a pixel's closing mends them
    lines = cv2.morphologyEx(lines, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    contours, hierarchy = cv2.findContours(lines, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    lo, hi = at * MIN_BOX_INCH, at * MAX_BOX_INCH
    holes: list[tuple[int, int, int, int]] = []
    for c, h in zip(contours, hierarchy[0], strict=True):
        if h[3] < 0:  # an outer edge, not a hole
            continue
        x, y, w, hh = cv2.boundingRect(c)
        if not (lo <= hh <= hi and lo * MIN_ASPECT <= w <= hi * MAX_ASPECT and MIN_ASPECT <= w / hh <= MAX_ASPECT):
            continue
        if cv2.contourArea(c) < FILL * w * hh or not _cornered(c, x, y, w, hh) or not _framed(ink, x, y, w, hh):
            continue
        holes.append((x * scale, y * scale, (x + w) * scale, (y + hh) * scale))
    return _rows_of(holes)


def _cornered(contour, x: int, y: int, w: int, h: int) -> bool:
    """Whether the hole ``contour`` (bounding rectangle x, y, w, h) reaches into its rectangle's four corners, as a
    box's inside does: a point :data:`CORNER` of the way in along each diagonal lies inside it. The round or open
    counters of letters (o, c, u, n: white letters on a dark bar, each ringed by the threshold) do not reach them."""
    cv2 = _np()[0]
    dx, dy = max(2.0, CORNER * w), max(2.0, CORNER * h)
    return all(cv2.pointPolygonTest(contour, (float(px), float(py)), False) >= 0
               for px, py in ((x + dx, y + dy), (x + w - 1 - dx, y + dy), (x + dx, y + h - 1 - dy),
                              (x + w - 1 - dx, y + h - 1 - dy)))


def _framed(ink, x: int, y: int, w: int, h: int) -> bool:
    """Whether the hole (x, y, w, h) of the ink mask ``ink`` (pixels, 255 = ink) is framed as a box is: on each of its
    four sides a straight line of ink along :data:`FRAMED` of the side, within a few pixels of the hole's edge, whose
    ink runs outward no further than :data:`THIN` of the box's size at the median of the places along the side (a
    thin border; the counters of a bold heading's letters, o, e, B, are round and their strokes thick: an app
    screen's title was read as two combs)."""
    np = _np()[1]
    H, W = ink.shape
    t = max(3, round(THIN * min(w, h)))
    reach = 6 + t
    if x < reach or y < reach or x + w + reach > W or y + h + reach > H or w < 8 or h < 8:
        return False
    dark = ink[y - reach:y + h + reach, x - reach:x + w + reach] > 0  # the box and its surround only
    x, y = reach, reach
    # each side seen from 2 px inside the hole outward, one row per place along the side (its middle 80 %: corners
    # are rounded on screens and in blurred photos)
    a, b = y + h // 10, y + h - h // 10
    c, d = x + w // 10, x + w - w // 10
    sides = (dark[a:b, x - reach:x + 2][:, ::-1], dark[a:b, x + w - 2:x + w + reach],
             dark[y - reach:y + 2, c:d][::-1, :].T, dark[y + h - 2:y + h + reach, c:d].T)
    for side in sides:
        if max(side[:, k].mean() for k in range(7)) < FRAMED:
            return False
        # the run of ink outward from the first ink pixel, at each place
        first = side[:, :7].argmax(axis=1)
        runs = [int(np.argmin(row[f:])) if not row[f:].all() else len(row) - f for row, f in zip(side, first, strict=True)]
        if float(np.median(runs)) > t:
            return False
    return True


def _alike(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    wa, ha, wb, hb = a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1]
    return (abs(wa - wb) <= SIZE_TOLERANCE * max(wa, wb) and abs(ha - hb) <= SIZE_TOLERANCE * max(ha, hb)
            and abs((a[1] + a[3]) - (b[1] + b[3])) / 2 <= 0.25 * max(ha, hb))


def _rows_of(holes: list[tuple[int, int, int, int]]) -> list[Comb]:
    """Chains of like holes, each the next one to the right of the one before within :data:`GROUP_GAP`."""
    holes = sorted(set(holes))
    used = [False] * len(holes)
    combs: list[Comb] = []
    for i in range(len(holes)):
        if used[i]:
            continue
        chain = [i]
        while True:
            last = holes[chain[-1]]
            w = last[2] - last[0]
            nxt = [j for j in range(chain[-1] + 1, len(holes)) if not used[j] and j not in chain
                   and _alike(last, holes[j]) and -0.2 * w <= holes[j][0] - last[2] <= GROUP_GAP * w]
            if not nxt:
                break
            chain.append(min(nxt, key=lambda j: holes[j][0]))
        if len(chain) < MIN_BOXES:
            continue
        boxes = [holes[j] for j in chain]
        widths = [b[2] - b[0] for b in boxes]
        if max(widths) - min(widths) > 2 * SIZE_TOLERANCE * median(widths):
            continue
        for j in chain:
            used[j] = True
        w = median(widths)
        groups, start = [], 0
        for k in range(1, len(boxes)):
            if boxes[k][0] - boxes[k - 1][2] > SPLIT_GAP * w + 4:
                groups.append((start, k))
                start = k
        groups.append((start, len(boxes)))
        combs.append(Comb(tuple(boxes), tuple(groups)))
    return sorted(combs, key=lambda c: (c.bounds[1], c.bounds[0]))


def _inked(img, box: tuple[int, int, int, int]) -> Image.Image | None:
    """The inside of a box with what is left of its borders taken away (white), when it holds a character; else
    None. A border is a column (row) near the box's side, in its outer :data:`EDGE` share, dark over half the box's
    height (width): a digit's strokes there are shorter."""
    cv2, np = _np()
    x0, y0, x1, y1 = box
    grow = max(1, round(0.06 * min(x1 - x0, y1 - y0)))  # the hole's edge lies a little inside the border's ink
    part = np.asarray(img.crop((x0 - grow, y0 - grow, x1 + grow, y1 + grow)).convert("L")).copy()
    if part.size == 0 or int(part.max()) - int(part.min()) < 60:  # a blank box: paper and its noise only
        return None
    part = part.copy()
    _, dark = cv2.threshold(part, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    dark = dark > 0
    h, w = dark.shape
    ew, eh = max(2, round(EDGE * w)), max(2, round(EDGE * h))
    cols = dark.mean(axis=0) > BORDER_DARK
    rows = dark.mean(axis=1) > BORDER_DARK
    for x in [*range(ew), *range(w - ew, w)]:
        if cols[x]:
            part[:, x], dark[:, x] = 255, False
    for y in [*range(eh), *range(h - eh, h)]:
        if rows[y]:
            part[y, :], dark[y, :] = 255, False
    # what is left of a border (a corner, a broken line) at the sides: a speck no taller than a fifth of the box, or
    # a thin upright stroke along a side
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8), connectivity=8)
    for k in range(1, n):
        x, y, cw, ch, _area = stats[k]
        at_side = x < ew or y < eh or x + cw > w - ew or y + ch > h - eh
        edge = x == 0 or y == 0 or x + cw == w or y + ch == h
        thin = (cw < w / 8 and (x < ew or x + cw > w - ew)) or (ch < h / 8 and (y < eh or y + ch > h - eh))
        if edge or (at_side and (ch < h / 5 or thin)):
            part[labels == k] = 255
            dark[labels == k] = False
    if dark.mean() < INK_SHARE:
        return None
    # the character alone, black on white: what was paper (a photo's grey, a box's tint) is white
    return Image.fromarray(np.where(dark, 0, 255).astype(np.uint8))


def _tight(piece: Image.Image) -> Image.Image:
    """A box's cleaned inside (:func:`_inked`) cut to its ink."""
    box = piece.point(lambda v: 255 - v).getbbox()
    return piece.crop(box) if box else piece


def _parts(insides: list, comb: Comb) -> list[list[int]]:
    """Runs of inked boxes (indices), parted by the form's group gaps and by empty boxes."""
    parts: list[list[int]] = []
    for start, end in comb.groups:
        run: list[int] = []
        for k in range(start, end):
            if insides[k]:
                run.append(k)
            elif run:
                parts.append(run)
                run = []
        if run:
            parts.append(run)
    return parts


def read_combs(img: Image.Image, combs: list[Comb], tmpdir: Path) -> list[list[tuple[str, int, int, float]] | None]:
    """The characters of each of ``combs`` on ``img``: one string per group of inked boxes in the comb's order (an
    empty box parts groups) with the group's left and right edges (pixels of ``img``) and its characters' mean
    confidence (0-100); None for a comb without
    :data:`MIN_BOXES` - 1 inked boxes or whose reading is not trusted (see the module). One Tesseract call for all
    of them: each group of each comb on a row of its own of a white sheet, its boxes' insides cut to their ink and
    set as print is, a sixth of the line apart. Set a box's width apart, or groups a word space apart on one row,
    Tesseract read them right but gave the characters after a space, and a row's last ones, confidences of 0-70
    (tests/test_comb_fields.py)."""
    rows: list[tuple[Comb, list[list[int]]]] = []
    lines: list[list[Image.Image]] = []
    for comb in combs:
        insides = [_inked(img, b) for b in comb.boxes]
        if sum(1 for b in insides if b) >= MIN_BOXES - 1:
            parts = _parts(insides, comb)
            rows.append((comb, parts))
            lines.extend([_tight(insides[k]) for k in p] for p in parts)
    if not rows:
        return [None] * len(combs)
    line = max(max(b[3] - b[1] for c, _ in rows for b in c.boxes), 8)
    gap = max(2, line // 6)
    width = max(sum(pc.width + gap for pc in row) for row in lines) + 2 * line
    sheet = Image.new("L", (width, (2 * len(lines) + 1) * line), 255)
    for r, row in enumerate(lines):
        x, y = line, (2 * r + 1) * line
        for piece in row:
            sheet.paste(piece, (x, y + (line - piece.height) // 2))
            x += piece.width + gap
    path = tmpdir / "combs.png"
    sheet.save(path, dpi=(STRIP_DPI, STRIP_DPI))
    try:
        import pytesseract

        hocr = tesseract._pytesseract(pytesseract.image_to_pdf_or_hocr, path, tesseract.OCR_TIMEOUT, lang="eng",
                                      extension="hocr", config="--psm 6 -c tessedit_char_whitelist=0123456789X "
                                                               "-c hocr_char_boxes=1")
    except (OCRFailed, TesseractMissing) as exc:
        logger.debug("combs not read: %s", exc)
        return [None] * len(combs)
    by_row: dict[int, list[Token]] = {}
    for t in _characters(hocr.decode("utf-8", "replace") if isinstance(hocr, bytes) else hocr):
        by_row.setdefault(int((t.y0 + t.y1) / 2 // line) // 2, []).append(t)
    got: dict[int, list[tuple[str, int, int, float]]] = {}
    r = 0
    for comb, parts in rows:
        out, confs = [], []
        for p in parts:
            toks = sorted(by_row.get(r, []), key=lambda t: t.x0)
            r += 1
            out.append(("".join(t.text for t in toks), comb.boxes[p[0]][0], comb.boxes[p[-1]][2],
                        fmean(t.conf for t in toks) if toks else 0.0))
            confs.extend(t.conf for t in toks)
        text = " ".join(g for g, _, _, _ in out)
        need = [len(p) for p in parts]
        conf = fmean(confs) if confs else 0.0
        if [len(g) for g, _, _, _ in out] != need or conf < MIN_CONFIDENCE or min(confs) < MIN_CHAR:
            logger.debug("comb of %s inked boxes read as %r (confidence %.1f): not kept", need, text, conf)
            continue
        # digits, and an X only as a group's last character (the check character of an identity number: ISO 7064
        # MOD 11-2, GB 11643)
        if not all(re.fullmatch(r"\d+X?", g) for g, _, _, _ in out):
            logger.debug("comb read as %r: not figures", text)
            continue
        got[id(comb)] = out
    return [got.get(id(c)) for c in combs]


_CHAR = re.compile(r"x_bboxes (\d+) (\d+) (\d+) (\d+); x_conf ([\d.]+)'>([^<]*)<")


def _characters(hocr: str) -> list[Token]:
    """Every character of a Tesseract hOCR page read with ``hocr_char_boxes``, with its box and confidence (a word's
    own confidence is 0 for a string of digits Tesseract finds in no dictionary, whatever its characters')."""
    return [Token(m.group(6), int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), float(m.group(5)))
            for m in _CHAR.finditer(hocr) if m.group(6).strip()]


_YEAR = (1900, 2099)  # a comb's four digits are a year within these (forms of the living)


def date_groups(groups: list[str], hint: str | None = None) -> list[str] | None:
    """``groups`` (a comb's digits) parted as a date's day, month and year, in the order printed: three groups of
    2, 2 and 4 or 4, 2 and 2 digits, or one of 8 digits parted so (by the runs of the letters of ``hint``, a format
    mask printed beside the boxes such as "DDMMYYYY", when it has them; else by the values, when only one way gives
    a year within :data:`_YEAR`, a month and a day); None when they are no date. Word-free: the letters of the hint
    are not read, only the lengths of their runs."""
    if len(groups) == 1 and len(groups[0]) == 8:
        s = groups[0]
        runs = [len(m.group(0)) for m in re.finditer(r"(.)\1*", re.sub(r"[^A-Za-z]", "", hint or ""))]
        if runs in ([2, 2, 4], [4, 2, 2]):
            cut = [s[:runs[0]], s[runs[0]:runs[0] + runs[1]], s[runs[0] + runs[1]:]]
            return cut if _date_like(cut) else None
        ways = [c for c in ([s[:2], s[2:4], s[4:]], [s[:4], s[4:6], s[6:]]) if _date_like(c)]
        return ways[0] if len(ways) == 1 else None
    return groups if len(groups) == 3 and _date_like(groups) else None


def _date_like(parts: list[str]) -> bool:
    lengths = [len(p) for p in parts]
    if lengths == [2, 2, 4]:
        a, b, y = int(parts[0]), int(parts[1]), int(parts[2])
    elif lengths == [4, 2, 2]:
        y, a, b = int(parts[0]), int(parts[1]), int(parts[2])
    else:
        return False
    ok = (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
    return ok and _YEAR[0] <= y <= _YEAR[1]


def _hint(units: list[list[Token]], comb: Comb) -> str | None:
    """Letters printed on the comb's row beside it, or right under or over it, within four boxes' widths: a format
    mask such as "DDMMYYYY" or "DD MM YYYY" (its letters only; None when there is none)."""
    x0, y0, x1, y1 = comb.bounds
    h = y1 - y0
    w = (x1 - x0) / len(comb.boxes)
    near = []
    for u in units:
        for t in u:
            cy = (t.y0 + t.y1) / 2
            beside = y0 - h / 2 <= cy <= y1 + h / 2 and (x1 <= t.x0 <= x1 + 4 * w or x0 - 4 * w <= t.x1 <= x0)
            under = (y1 <= t.y0 <= y1 + 1.5 * h or y0 - 1.5 * h <= t.y1 <= y0) and t.x1 > x0 and t.x0 < x1
            if (beside or under) and re.fullmatch(r"[A-Za-z]+", t.text):
                near.append(t)
    # the mask's words left to right on one row: "DD MM YYYY" is three
    near.sort(key=lambda t: (round(t.y0 / max(h, 1)), t.x0))
    letters = "".join(t.text for t in near)
    return letters if len(letters) == len(comb.boxes) else None


def with_combs(img: Image.Image, units: list[list[Token]], dpi: float) -> list[list[Token]]:
    """``units`` (an engine's lines on ``img``, pixels) with the words over each comb found on ``img`` replaced by
    its reading (:func:`read_combs`, written as the module says); ``units`` themselves when none is found or read."""
    combs = find_combs(img, dpi)
    if not combs:
        return units
    out = [list(u) for u in units]
    with tempfile.TemporaryDirectory(prefix="packet-comb-") as tmp:
        for comb, read in zip(combs, read_combs(img, combs, Path(tmp)), strict=True):
            if read:
                out = _replace(out, comb, read)
    return [u for u in out if u]


def _replace(units: list[list[Token]], comb: Comb, read: list[tuple[str, int, int, float]]) -> list[list[Token]]:
    """``units`` with their words lying over ``comb`` (what its borders were read as, and what the form prints
    between its groups: 年, 月, a hyphen) replaced by its reading, put in the unit that lost most of them (the row
    of the comb's label), or in one of its own."""
    x0, y0, x1, y1 = comb.bounds
    h = y1 - y0
    m = h / 4  # a box's border and the engine's loose boxes

    def over(t: Token) -> bool:
        # within the boxes' height: a label printed right over or under them is kept (a Record of Employment's "12
        # Final pay period ending date" lost its "ending", which stands over the boxes' left end)
        cx, cy = (t.x0 + t.x1) / 2, (t.y0 + t.y1) / 2
        return y0 <= cy <= y1 and x0 - m <= cx <= x1 + m

    kept = [[t for t in u if not over(t)] for u in units]
    lost = [len(u) - len(k) for u, k in zip(units, kept, strict=True)]
    groups = [g for g, _, _, _ in read]
    conf = round(min(c for _, _, _, c in read), 1)
    date = date_groups(groups, _hint(kept, comb))
    if date:
        tokens = [Token("/".join(date), x0, y0, x1, y1, conf)]
    else:
        tokens = [Token(g, a, y0, b, y1, c) for g, a, b, c in read]
    logger.debug("comb of %d boxes at %s read as %s", len(comb.boxes), comb.bounds, [t.text for t in tokens])
    if lost and max(lost) > 0:
        i = lost.index(max(lost))
        kept[i] = sorted([*kept[i], *tokens], key=lambda t: t.x0)
        return kept
    return [*kept, tokens]
