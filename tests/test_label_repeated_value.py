"""A value that repeats its own label's word, as printed or one letter off, is a form's next head, not the value
(development set independent 18: a US employer statement of earnings photo, "2 Employer  Empioyer phone" over
"Prairie Rose Grain Cooperative (701) 555-0192", gave the employer 'Empioyer phone' at 0.84 — OCR's misread of the
next box's head "Employer phone"). A word that makes organisations' names ("Hospital", "Clinic") is no such head:
"Hospital: Hualien Hospital" keeps its value. Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.text import one_edit
from packet.understanding.extract import read_fields_evidence

FORM = ("EMPLOYER STATEMENT OF EARNINGS\nTo be completed by the employer. Please print clearly.\n"
        "1 Employee name                      SSN (last 4)\n"
        "Delphine R. Aukustsson               XXX-xx-6120\n"
        "2 Employer                           {head}\n"
        "Prairie Rose Grain Cooperative       (701) 555-0192\n"
        "3 Position          4 Hire date      5 Pay frequency\n"
        "Scale house operator   04/17/2021    Every two weeks\n"
        "6 Gross pay per period   7 Average gross monthly\n"
        "$1,472.00                $3,189.33\n"
        "9 Date\n11/12/2026")


@pytest.mark.parametrize("head", ["Empioyer phone", "Employer phone", "Emplover's phone"])
def test_the_next_head_is_no_employer(head: str) -> None:
    fields, _ = read_fields_evidence("income_proof", make_doc(FORM.format(head=head)).pages, "en")
    assert fields["employer"] == "Prairie Rose Grain Cooperative"


def test_an_organisations_word_in_its_value_stays() -> None:
    bill = "Hospital: Hualien General Hospital\nPatient: Mei-ling Chen\nDate: 2026-11-18\nTotal due: $2,250.00"
    fields, _ = read_fields_evidence("medical_bill", make_doc(bill).pages, "en")
    assert fields["provider"] == "Hualien General Hospital"


def test_one_edit() -> None:
    assert one_edit("empioyer", "employer") and one_edit("omondl", "omondi") and one_edit("smith", "smiths")
    assert not one_edit("employer", "emperor")
