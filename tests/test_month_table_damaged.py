"""A table of months with one figure OCR damaged: the printed mean says what it was (month_table._repaired).

On a fresh machine the English months letter's scan (tests/structuregen.py, seed 0, now with seeded speckle) read
July's "£2,328.25" as "£27328°25": the run of months was cut there and the monthly income was lost. Lines are made
from text here (label_geometry.synth_words), so each rule is tried alone; test_structure_r22 reads the real scan."""

from __future__ import annotations

from decimal import Decimal

from packet.understanding.label_geometry import Line, synth_words
from packet.understanding.month_table import _readings, month_average


def _lines(text: str) -> list[Line]:
    words = synth_words(text, char_w=0.008)
    out: dict[int, list] = {}
    for w in words:
        out.setdefault(w.line, []).append(w)
    return [Line(0, i, tuple(ws)) for i, ws in sorted(out.items())]


ROWS = ["April 2026      £2,426.00", "May 2026      £1,818.50", "June 2026      £3,088.25",
        "July 2026      {july}", "August 2026      £2,751.00", "September 2026      £3,171.25"]


def _letter(july: str, mean: str = "£2,597.21") -> list[Line]:
    return _lines("\n".join(["Gross pay received in each of the last six months:",
                             *(r.format(july=july) for r in ROWS), f"Six-month mean      {mean}", "Yours faithfully,"]))


def test_a_damaged_month_figure_is_read_as_the_printed_mean_makes_it() -> None:
    assert month_average(_letter("£2,328.25")).value == Decimal("2597.21")  # as printed
    got = month_average(_letter("£27328°25"))  # the comma read as 7, the point as a degree sign
    assert got is not None and got.printed
    assert got.value == Decimal("2597.21") and got.rows[3] == Decimal("2328.25")
    got = month_average(_letter("£2,328.85"))  # one digit misread: a clean amount, the mean no longer fits
    assert got is None
    assert month_average(_letter("£2:32B.25")) is None  # a letter between the digits: not a figure


def test_a_damaged_figure_no_reading_of_which_gives_the_mean_gives_nothing() -> None:
    assert month_average(_letter("£9,999:99")) is None  # no reading of these digits makes £2,597.21
    assert month_average(_letter("£27328°25", mean="£2,600.00")) is None  # nor of these £2,600.00
    # two damaged figures: the mean fixes one unknown, not two
    two = _letter("£27328°25").copy()
    assert month_average([ln if k != 5 else _lines("August 2026      £2.751:00")[0] for k, ln in enumerate(two)]) is None


def test_readings_drop_separators_read_as_digits_or_change_one_digit() -> None:
    got = _readings("£27328°25")
    assert Decimal("2328.25") in got and Decimal("27328.25") in got
    assert Decimal("2328.25") in _readings("2,328.2S5".replace("S", ""))
    assert all(r >= 1 for r in got)  # no reading starts with a zero digit
