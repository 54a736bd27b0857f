"""The person of an income certificate or a termination letter where the page names them by a "Full names" row or by
a titled address block the greeting repeats (branch r17-enpay; independent set 12's Eswatini salary certificate and
Seychelles termination notice had no employee, no person, so the case's income did not count). Text PDFs of
:mod:`letternamegen` read by the real stages. On main both were None."""

from __future__ import annotations

from pathlib import Path

import pytest
from letternamegen import salary_certificate, termination_letter

from packet.case.casefile import Case, Request
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

SEEDS = (0, 1, 2)


def _read(tmp_path: Path, pdf: bytes) -> object:
    (tmp_path / "doc.pdf").write_bytes(pdf)
    case = Case(root=tmp_path, request=Request(language="en", checklist="en-hardship"))
    got = read_case(case, languages="eng", jobs=1)
    assert not got.errors
    return extract(classify_one(got.documents[0], case), "en")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_full_names_row_names_the_employee(tmp_path: Path, seed: int) -> None:
    pdf, name = salary_certificate(seed)
    got = _read(tmp_path, pdf)
    assert got.type == "income_proof"
    assert got.fields["employee"] == name
    assert got.evidence["employee"].confidence < 0.9


@pytest.mark.parametrize("seed", SEEDS)
def test_the_greeted_addressee_is_the_person(tmp_path: Path, seed: int) -> None:
    pdf, name = termination_letter(seed)
    got = _read(tmp_path, pdf)
    assert got.type == "unemployment_proof"
    assert got.fields["person"] == name
    assert got.evidence["person"].confidence < 0.9


def test_a_titled_name_the_greeting_does_not_name_is_no_person(tmp_path: Path) -> None:
    pdf, name = termination_letter(0, greeted=False)
    got = _read(tmp_path, pdf)
    assert got.fields["person"] != name
