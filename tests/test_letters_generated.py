"""Letters, certificates and bills from :mod:`lettergen` read as packet reads them (real born-digital PDFs, and a
scan of a Chinese letter dated in Chinese numerals by its seal), classified and extracted: every field of each
document counted (a letter's own date, not the dates in its body; the full name, not a salutation's surname; a
provider's name ending where the next label begins; a bill's total after its discount).

The bar is what packet reaches on these layouts, and nothing wrong may be given with a confidence of 0.9."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lettergen import generate
from rolegen import measure_docs, print_measure
from test_roles_generated import _same

# a scan (OCR) of a Chinese letter dated in Chinese numerals by its seal and of a certificate with a compensation table
SCANNED = ("zh_termination", "coe_compensation")
# what packet reaches on these documents (3 of each layout, the two scans; seeds 5, 7, 11: 87/87 fields, 24/24
# types; seed 23: 86/87, OCR read a scan's "Siobhan" as "SSOBHAN"); before this wave's mechanisms 66/81 fields and
# 22/24 types on seed 7: the bar leaves room for one OCR misreading
BAR = 0.95


def measure(root: Path, seed: int = 7, per_layout: int = 3, scans: Sequence[str] = ()) -> dict:
    """:func:`rolegen.measure_docs` on every field of ``generate(seed, per_layout)``."""
    return measure_docs(root, generate(seed, per_layout), seed, scans, same=_same)


def test_letters_on_generated_layouts(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=7, per_layout=2, scans=SCANNED)
    assert got["types"] == got["docs"], got["failures"]
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["right"] / got["fields"] >= BAR, got["failures"]


if __name__ == "__main__":
    print_measure(measure, "fields")
