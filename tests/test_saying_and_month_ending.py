"""Two English gaps from independent set 21, read after it was judged (now a development set):

- a letterhead's saying after its label ("Motto: Knowledge and Service", 校训：…) is no organisation's name, however
  it is shaped (capitalised words ending in "Service" are a public body's shape): a school's salary letter gave its
  motto as the employer at 0.80;
- a pay advice's "Month ending 30 November 2026" labels its pay period as "Period ending" does: no period was
  found, so a complete case was told its income proof was missing;
- a bilingual notice addressed "To / À : Dawson Kyle Tremblay" (a recipient label with its translation after a
  slash) names its person: the layoff notice's person was not found.

Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

LETTER = ("HOLY ROSARY MODEL SECONDARY SCHOOL\n12 Ogui Road, Enugu, Enugu State\n{saying}\n14th November, 2026\n"
          "TO WHOM IT MAY CONCERN\nCONFIRMATION OF EMPLOYMENT AND SALARY\n"
          "This is to confirm that Mrs. Chiamaka Ngozi Eze is a staff of this school.\n"
          "Her gross monthly salary is NGN 186,500.00, paid at the end of every month.\nYours faithfully,\nPrincipal")


@pytest.mark.parametrize("saying", ["Motto: Knowledge and Service", "Our Vision: Excellence in Public Service",
                                    "Slogan: Faith and Service"])
def test_a_letterheads_saying_is_no_employer(saying: str) -> None:
    fields, _ = read_fields_evidence("income_proof", make_doc(LETTER.format(saying=saying)).pages, "en")
    said = saying.split(":", 1)[1].strip()
    assert fields["employer"] != said
    assert fields["monthly_income"] == "186500.00"


def test_without_its_label_a_body_shaped_line_is_still_read() -> None:
    # the same words with no saying's label keep their old reading: the label, not the shape, rules them out
    fields, _ = read_fields_evidence("income_proof", make_doc(LETTER.format(saying="Knowledge and Service")).pages, "en")
    assert fields["employer"] is not None


PAY = ("GOUYAVE NUTMEG RECEIVING STATION PAY ADVICE\nGouyave, St. John, Grenada W.I.       {label} 30 November 2026\n"
       "Employee: Marcelle Antoinette Charles    Position: Grading Supervisor\nEarnings ECS Deductions ECS\n"
       "Basic Salary 2,650.00 N.I.S. Employee 5.5% 162.25\nTOTAL EARNINGS 2,950.00 TOTAL DEDUCTIONS 527.25\n"
       "TAKE HOME PAY\nEC$ 2,422.75")


@pytest.mark.parametrize("label", ["Month ending", "Month ended", "Period ending"])
def test_month_ending_labels_the_pay_period(label: str) -> None:
    fields, _ = read_fields_evidence("payslip", make_doc(PAY.format(label=label)).pages, "en")
    assert fields["period"] == "2026-11"
    assert fields["net_pay"] == "2422.75"


NOTICE = ("KLONDIKE GATEWAY AGGREGATES INC.\nKm 1425 Alaska Highway, Whitehorse, Yukon Y1A 0A0\n"
          "{to} Dawson Kyle Tremblay          Date: 2026-05-15\nNOTICE OF LAYOFF AVIS DE MISE À PIED\n"
          "Due to the end of the crushing season, your position as Crusher Operator is laid off.\n"
          "Your last day of work is 2026-05-29.\nOperations Manager")


@pytest.mark.parametrize("to", ["To / À :", "To:"])
def test_a_notice_names_whom_it_is_addressed_to(to: str) -> None:
    fields, evidence = read_fields_evidence("unemployment_proof", make_doc(NOTICE.format(to=to)).pages, "en")
    assert fields["person"] == "Dawson Kyle Tremblay"
    assert evidence["person"].confidence < 0.9
