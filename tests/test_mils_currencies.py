"""Currencies divided into a thousand (ISO 4217 minor unit 3: the Omani rial's 1,000 baisa, the Kuwaiti, Bahraini
and Jordanian dinars' 1,000 fils). Their documents print "400.000" for 400: read as a figure grouped in thousands,
a Sohar salary certificate's monthly salary came out 400,000.00 (development set independent 25). A document that
names such a currency (the vocabulary's ``mils_currencies``) has its "." before three digits read as the decimal
point (``values.dates_of``); any other keeps reading "280.000" as 280 thousand (Indonesia's rupiah prints so).

Text pages (tests/textdoc.py) through the real extraction, and a photo read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_sheet
from photo_forms import Sheet
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence
from packet.understanding.values import dates_of, find_money

LETTER = ("MUSCAT HARBOUR LOGISTICS LLC\nP.O. Box 44, Ruwi, Sultanate of Oman\nDate: 30/11/2026\nSALARY CERTIFICATE\n"
          "This is to certify that Mr. Anil Joseph Kurian is employed with our company as Forklift Driver.\n"
          "His monthly salary is as follows:\nComponent Amount ({cur})\nBasic Salary 310.500\nHousing Allowance 90.000\n"
          "Transport Allowance 25.000\nTotal Monthly Salary 425.500\n")


@pytest.mark.parametrize("cur", ["OMR", "R.O.", "Rial Omani"])
def test_three_decimals_of_a_mils_currency(cur: str) -> None:
    fields, _ = read_fields_evidence("income_proof", make_doc(LETTER.format(cur=cur)).pages, "en")
    assert fields["monthly_income"] == "425.50"


def test_other_documents_still_group_thousands_by_dots() -> None:
    with dates_of("Gaji pokok Rp 280.000"):
        assert [h.value for h in find_money("Gaji pokok Rp 280.000")] == [280000]
    with dates_of("Basic Salary OMR 280.000"):
        assert [str(h.value) for h in find_money("Basic Salary OMR 280.000")] == ["280.000"]
        assert [str(h.value) for h in find_money("Balance 1,030.250")] == ["1030.250"]


def test_the_certificate_photographed(tmp_path: Path) -> None:
    s = Sheet("mils-en", "en")
    s.text(150, 50, "MUSCAT HARBOUR LOGISTICS LLC", 13, "sans", "centre")
    s.text(150, 68, "P.O. Box 44, Ruwi, Sultanate of Oman", 9, "sans", "centre")
    s.text(30, 96, "Date: 30/11/2026", 10)
    s.text(150, 120, "SALARY CERTIFICATE", 12, "sans", "centre")
    s.text(30, 144, "This is to certify that Mr. Anil Joseph Kurian is employed with", 10)
    s.text(30, 160, "our company as Forklift Driver. His monthly salary is as follows:", 10)
    s.text(30, 184, "Component                         Amount (OMR)", 10)
    s.text(30, 202, "Basic Salary                           310.500", 10)
    s.text(30, 220, "Housing Allowance                       90.000", 10)
    s.text(30, 238, "Transport Allowance                     25.000", 10)
    s.text(30, 258, "Total Monthly Salary                   425.500", 10)
    item = read_sheet(s, "photo", tmp_path / "case", 2)
    assert item.type == "income_proof"
    assert item.fields["monthly_income"] == "425.50"
