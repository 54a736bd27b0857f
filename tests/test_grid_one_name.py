"""An employee a payslip's grid names by one word between two labels ("Name: | Kavya | Staff Code:"), as India's
payroll systems print it (branch r17-enpay; hold-out 12's Complitech payslip had no employee): taken, unsure (the
user confirms it); one word before a figure instead of a label is not. Text PDFs of :mod:`gridnamegen` read by the
real stages; on main the employee was None."""

from __future__ import annotations

from pathlib import Path

import pytest
from gridnamegen import make

from packet.case.casefile import Case, Request
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract


def _read(tmp_path: Path, pdf: bytes):
    (tmp_path / "slip.pdf").write_bytes(pdf)
    case = Case(root=tmp_path, request=Request(language="en", checklist="en-hardship"))
    got = read_case(case, languages="eng", jobs=1)
    return extract(classify_one(got.documents[0], case), "en")


@pytest.mark.parametrize("seed", (0, 1, 2))
def test_one_name_between_two_labels_is_the_employee(tmp_path: Path, seed: int) -> None:
    pdf, name = make(seed)
    got = _read(tmp_path, pdf)
    assert got.type == "payslip"
    assert got.fields["employee"] == name
    assert got.evidence["employee"].confidence < 0.6


def test_one_word_before_a_figure_is_no_name(tmp_path: Path) -> None:
    pdf, name = make(0, label_after=False)
    assert _read(tmp_path, pdf).fields["employee"] != name
