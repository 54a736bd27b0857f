"""Money figures of generated payslips, bills and statements drawn as far phone photos and low-dpi scans
(:mod:`amountgen`), read by the real OCR: the figures Tesseract damages are chosen by the page's arithmetic
(packet.understanding.figures; issue 10, item 2).

Measured on the whole generator (18 layouts, 2 of each, 36 pictures, 56 money fields), main 2438fb6 → this work:
seed 5: 49 → 50 right (a gross 8,941.28 read 6,941.28 taken back: net 5,990.66 + deductions 2,950.62), wrong
3 → 2, none at >= 0.9 before or after; seed 7: 51 → 51 (what is left there is no misread figure this model knows:
a leading digit lost, a balance taken from the first row of its column). The development sets' photos: hold-out 8
62.1 → 65.5 %, independent 7 64.8 → 66.7 %, independent 8 64.6 → 69.2 % field recall.

Here four of those pictures (about 20 s of OCR): the payslip whose gross was misread (wrong on main) and three
read right before, which must stay right (a Chinese 薪资单 in a grid with negative deductions, a bill with tax,
an Indian grid in ₹)."""

from __future__ import annotations

from pathlib import Path

from amountgen import generate, measure

SEED = 5
PICK = [30, 11, 12, 24]  # compact_small-30 (6,941.28 for 8,941.28), pay_zh-11, bill_tax-12, india_grid-24


def test_the_picked_items_are_what_this_test_says():
    items = generate(SEED, 2)
    assert [items[i].sheet.layout for i in PICK] == ["compact_small", "pay_zh", "bill_tax", "india_grid"]


def test_money_figures_on_far_photos_and_low_scans(tmp_path: Path) -> None:
    got = measure(tmp_path, SEED, 2, pick=PICK)
    assert got["docs"] == 4
    # on a failure, the OCR text too: once in ~15 full-suite runs bill_tax-12's total came out as its subtotal
    # (4,021.51 for 4,745.38 at 0.86, CI runs 8 and 26) and never in 90 runs of this file alone: is it the reading?
    assert got["sure_wrong"] == 0, (got["failures"], got["texts"])
    assert got["right"] == got["fields"], (got["failures"], got["texts"])
