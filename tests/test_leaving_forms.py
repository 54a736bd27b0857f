"""A certificate of leaving work (HMRC's P45 and its kind: "Details of employee leaving work", a leaving date, pay
and tax to date) is a proof of unemployment, not a payslip; and a form that asks the family name and the given names
in boxes of their own names its person as the given names then the family name. Independent set 15, read after it
was judged: a P45 was typed payslip (text and photo). Inputs written here."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract, split_name

LEAVING = """
P45 Part 1A                                              HM Revenue & Customs
Details of employee leaving work
Copy for employee
1  Employer PAYE reference       Office number 120     Reference number QA4471
3  Title                         MS
   {surname_label}               {surname}
   {given_label}                 {given}
4  Leaving date DD MM YYYY       30 09 2026
6  Tax code at leaving date      1257L
7  Total pay to date             £14,210.55
   Total tax to date             £1,402.20
   Employer name and address     Calder Vale Joinery Ltd, 4 Mill Lane, Halifax HX1 2QT
"""


@pytest.mark.parametrize("surname_label,surname,given_label,given,want", [
    ("Surname or family name", "OKORO-BRADSHAW", "First or given name(s)", "ADAEZE GRACE", "ADAEZE GRACE OKORO-BRADSHAW"),
    ("Family name", "Lindqvist", "Given names", "Karin Maja", "Karin Maja Lindqvist"),
    ("Surname", "O'NEILL", "Forenames", "SEAN", "SEAN O'NEILL"),
])
def test_a_leaving_certificate_is_proof_of_unemployment_and_names_its_person(surname_label, surname, given_label,
                                                                            given, want) -> None:
    text = LEAVING.format(surname_label=surname_label, surname=surname, given_label=given_label, given=given)
    item = classify_one(make_doc(text, rel="p45.pdf"))
    assert item.type == "unemployment_proof", item
    assert extract(Classified(item.document, item.type), "en").fields["person"] == want


def test_only_both_boxes_make_a_name() -> None:
    doc = make_doc("Application\nSurname    HALVORSEN\nReference  22817\n", rel="a.pdf")
    from packet.understanding.label_geometry import doc_lines

    assert split_name(doc_lines(doc.pages)) is None
