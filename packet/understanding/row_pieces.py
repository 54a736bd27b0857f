"""Pieces of one printed row that the reader handed over as separate lines, put back together.

OCR reads a statement's "Closing balance ........ 3,084.41" as two lines when the scan is tilted: the figure at
the right edge sits a little higher than the label at the left, their boxes overlap by a third of their height,
and :func:`packet.reading.word_lines.rows` (which asks for half, on the raw boxes) keeps them apart. The label
then has no value on its line. Here the tilt of the page is measured from the lines that reach across it (each
line's first and last word), taken out, and two lines whose words do not overlap across and whose bands (the
median top and bottom of their words: one tall word does not stretch a row into the next) then overlap by most
of the smaller one's height are one row.

Works on word boxes as fractions of the page (:class:`packet.core.model.Word`); pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from packet.core.model import Word

# Two pieces are one row when, tilt taken out, their bands overlap by at least this share of the smaller band's
# height: half, as packet.reading.word_lines.rows asks of raw boxes (a row's next row, one line pitch away,
# overlaps it by nothing; a row's other half, by nearly all of it).
ROW_SHARE = 0.5
# ... and the smaller band is at least this share of the taller one's height (a speck or a rule read as a word,
# a few pixels high, "overlaps" any row it touches by all of its height: it joins nothing)
ROW_HEIGHTS = 0.5
# A line tells the page's tilt when its first and last words stand at least this far apart across (fraction of the
# page's width): over a short line a pixel's error in a box is a large slope
TILT_SPAN = 0.3
# the tilt at a line is the median of the slopes of this many telling lines nearest it down the page (a photo's
# page bends: its tilt changes from top to bottom); fewer than TILT_MIN telling lines on the page: no tilt
TILT_NEAR = 5
TILT_MIN = 2
# slopes steeper than this (page height per page width) are no tilt of rows but lines read across two rows
TILT_MAX = 0.05
# how many earlier lines a line may join (the pieces of one row come out next to each other in reading order,
# with at most a short line of another column between them)
ROW_REACH = 3


def _centre_y(w: Word) -> float:
    return (w.box[1] + w.box[3]) / 2


def _centre_x(w: Word) -> float:
    return (w.box[0] + w.box[2]) / 2


def line_slope(words: Sequence[Word]) -> float | None:
    """The slope (page height per page width, y down) from the first to the last of one line's ``words`` (sorted
    left to right), or None when they stand less than :data:`TILT_SPAN` apart or the slope passes
    :data:`TILT_MAX`."""
    if len(words) < 2:
        return None
    a, b = words[0], words[-1]
    dx = _centre_x(b) - _centre_x(a)
    if b.box[2] - a.box[0] < TILT_SPAN or dx <= 0:
        return None
    slope = (_centre_y(b) - _centre_y(a)) / dx
    return slope if abs(slope) <= TILT_MAX else None


# a word that is one printed amount ("3,734.00", "-298.80"): the figure at the end of a list's row
_FIGURE = re.compile(r"[-−+]?\d{1,3}(?:,\d{3})*(?:\.\d{2})|[-−+]?\d+\.\d{2}")
# a list re-paired by :func:`repair_shifted_list` has at least this many rows
SHIFT_MIN_ROWS = 3
# ... and the first figure as read stands above its label by at least this share of the words' median height (the
# dairy's photo: 0.53; a level list under a heading of its own with a lone total below it: about 0)
SHIFT_FIRST = 1 / 3


def _figure(w: Word) -> bool:
    return _FIGURE.fullmatch(w.text.strip()) is not None


def repair_shifted_list(lines: Sequence[Sequence[Word]]) -> list[list[Word]]:
    """``lines`` (one page's, in reading order, each sorted left to right) with a list the reader paired one row off
    paired in order again. A phone photo of a sheet that drops to the right (turned, creased, seen at an angle) puts
    each figure of a long list (labels at the left, dotted leaders, amounts at the right) half a line pitch or more
    below its label, and the reader joins it to the next row's label: the list's first label then stands alone, each
    other label holds the figure of the row above, and the last figure stands alone (independent set 22's dairy
    payslip photo: "应发工资 100.00", the bonus of the row above, and "实发工资 -636.28", the net pay alone below).
    Such a run of lines (a line of labels only, at least :data:`SHIFT_MIN_ROWS` - 1 lines of labels ending in one
    figure, a line of one figure only; every figure right of every label) is paired again label to figure in order
    when the geometry says so: each figure in order stands below its label (the page drops to the right), while the
    figures as read stand above their labels on average, the first by :data:`SHIFT_FIRST` of a word's height at
    least (a level list under a heading, a lone total below it, stays as read). Every other line comes back as it was
    (new lists)."""
    out = [list(ln) for ln in lines]
    i = 0
    while i < len(out):
        j = _shifted_run(out, i)
        if j is None:
            i += 1
            continue
        labels = [[w for w in out[k] if not (k > i and w is out[k][-1])] for k in range(i, j)]
        figures = [out[k][-1] for k in range(i + 1, j + 1)]
        out[i:j + 1] = [sorted(lab + [fig], key=lambda w: w.box[0]) for lab, fig in zip(labels, figures, strict=True)]
        i += j - i
    return out


def _shifted_run(lines: Sequence[Sequence[Word]], i: int) -> int | None:
    """The index of the lone figure closing a list paired one row off that starts at line ``i``, or None."""
    first = lines[i]
    if not first or any(_figure(w) for w in first):
        return None
    j = i + 1
    while j < len(lines) and len(lines[j]) >= 2 and _figure(lines[j][-1]) and \
            not any(_figure(w) for w in lines[j][:-1]):
        j += 1
    if j >= len(lines) or j - i < SHIFT_MIN_ROWS or len(lines[j]) != 1 or not _figure(lines[j][0]):
        return None
    labels = [lines[i]] + [list(lines[k][:-1]) for k in range(i + 1, j)]
    figures = [lines[k][-1] for k in range(i + 1, j + 1)]
    if min(f.box[0] for f in figures) <= max(w.box[2] for lab in labels for w in lab):
        return None  # not a column of labels beside a column of figures

    def mid(words: Sequence[Word]) -> float:
        return median(_centre_y(w) for w in words)

    in_order = [_centre_y(f) - mid(lab) for lab, f in zip(labels, figures, strict=True)]
    as_read = [_centre_y(f) - mid(lab) for lab, f in zip(labels[1:], figures[:-1], strict=True)]
    height = median(w.box[3] - w.box[1] for w in [*figures, *(w for lab in labels for w in lab)])
    if min(in_order) <= 0 or sum(as_read) >= 0 or as_read[0] > -SHIFT_FIRST * height:
        return None
    return j


def join_pieces(lines: Sequence[Sequence[Word]]) -> list[list[Word]]:
    """``lines`` (one page's, in reading order, each sorted left to right) with the pieces of one row joined: a
    line joins an earlier one (at most :data:`ROW_REACH` back) when no word of one overlaps a word of the other
    across and, the page's tilt taken out, their bands overlap by :data:`ROW_SHARE` of the smaller. A joined line
    stands where its first piece stood, its words sorted left to right. Lines that join nothing come back as they
    were (new lists)."""
    slopes = [(median(_centre_y(w) for w in ln), s) for ln in lines if ln and (s := line_slope(ln)) is not None]
    out: list[list[Word]] = []
    bands: list[tuple[float, float, float]] = []  # each output line's band (top, bottom) and its centre across
    for ln in lines:
        words = list(ln)
        if not words:
            continue
        band = _band(words)
        placed = False
        for i in range(len(out) - 1, max(-1, len(out) - 1 - ROW_REACH), -1):
            if _ordinal(words) or _ordinal(out[i]):
                break  # a grid's row number in its margin: the reader's line of its own stays
            if _one_row(bands[i], band, _tilt(slopes, (band[0] + band[1]) / 2)) and not _cross(out[i], words):
                out[i] = sorted(out[i] + words, key=lambda w: w.box[0])
                bands[i] = _band(out[i])
                placed = True
                break
        if not placed:
            out.append(words)
            bands.append(band)
    return out


_ORDINAL = re.compile(r"\d{1,3}")


def _ordinal(words: Sequence[Word]) -> bool:
    """Whether a line is one bare number of one to three digits: a spreadsheet's row number or a list's ordinal in
    the margin, level with a row it is no value of (independent set 17's Panzhihua spreadsheet strip photo: its
    "29" joined to the heads' line put one more head before the values and shifted the net pay's column)."""
    return len(words) == 1 and _ORDINAL.fullmatch(words[0].text.strip()) is not None


def _band(words: Sequence[Word]) -> tuple[float, float, float]:
    """(median top, median bottom, mean centre across) of ``words``."""
    return (median(w.box[1] for w in words), median(w.box[3] for w in words),
            sum(_centre_x(w) for w in words) / len(words))


def _tilt(slopes: Sequence[tuple[float, float]], y: float) -> float:
    near = sorted(slopes, key=lambda s: abs(s[0] - y))[:TILT_NEAR]
    return median(s for _, s in near) if len(slopes) >= TILT_MIN else 0.0


def _one_row(a: tuple[float, float, float], b: tuple[float, float, float], slope: float) -> bool:
    shift = slope * (b[2] - a[2])  # b's band moved to a's place across, the tilt taken out
    b0, b1 = b[0] - shift, b[1] - shift
    ha, hb = a[1] - a[0], b1 - b0
    if min(ha, hb) <= 0 or min(ha, hb) < ROW_HEIGHTS * max(ha, hb):
        return False
    return min(a[1], b1) - max(a[0], b0) >= ROW_SHARE * min(ha, hb)


def _cross(a: Sequence[Word], b: Sequence[Word]) -> bool:
    """Whether a word of ``a`` overlaps a word of ``b`` across (then they are two rows, one above the other)."""
    return any(min(u.box[2], v.box[2]) > max(u.box[0], v.box[0]) for u in a for v in b)
