"""A bill's total that OCR misread by one digit of like shape is put right when the item lines printed just before
it add up to one reading of it (round 17: hold-out 12's hospital invoice photo read 1,059.40 under Pharmacy 28.40,
Emergency Room 947.00 and EKG 84.00 as 1,059.46). Only the figures just before the total count (a run ending at
it), only a reading with cents, and a total read right or confirmed as read is left alone. Pages as OCR gives
them (source "ocr", word boxes), read by packet.understanding.figures.choose."""

from __future__ import annotations

from textdoc import make_page

from packet.core.model import Evidence
from packet.understanding import figures

BILL = """Riverside Community Hospital
Statement of charges
Amount due: $ 65.20
Laboratory $ 112.35
Radiology $ 640.00
Ward nursing $ 268.90
Total charges $ {total}
Insurance paid $ -900.00"""


def _choose(printed: str, value: str) -> tuple[str | None, Evidence]:
    page = make_page(BILL.format(total=printed), source="ocr")
    box = next(w.box for w in page.words if w.text == printed)
    fields, ev = figures.choose([page], {"total": value}, {"total": Evidence("ocr", 0.86, 1, box, "label")},
                                ["total"])
    return fields["total"], ev["total"]


def test_a_total_misread_by_one_digit_is_the_sum_of_the_items_over_it() -> None:
    got, ev = _choose("1,021.26", "1021.26")  # printed 1,021.25: 112.35 + 640.00 + 268.90
    assert got == "1021.25"
    assert ev.confidence < 0.9 and "digit-as-digit" in ev.method


def test_a_total_read_right_stays() -> None:
    assert _choose("1,021.25", "1021.25")[0] == "1021.25"


def test_a_total_no_run_of_items_explains_stays_as_read() -> None:
    assert _choose("1,024.95", "1024.95")[0] == "1024.95"
