"""An official receipt names whom it received the money from ("Received from: …", as a Chinese receipt's 交款人): with
no patient printed, that payer stands in for the patient, doubted (a parent may pay for a child), as a guarantor or
an insured member does (types.toml ``stand_in.patient``). Development set independent 20: a Brunei clinic's official
receipt photo named no patient but "Received from: Nurul Hidayah binti Abdul Karim", and its patient was not found.

Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.model import UNCERTAIN_BELOW
from packet.understanding.extract import read_fields_evidence

RECEIPT = ("KLINIK RAHMAT PANAGA\nSimpang 1, Jalan Tengah, Panaga, Seria KB2933 Tel: 3337421\nOFFICIAL RECEIPT\n"
           "No.: 25/04117\nDate: 22.09.2025\n{who}\nParticulars B$\nConsultation 20.00\nMedication (5 items) 34.50\n"
           "TOTAL 54.50\nPaid by: Cash\nCashier: Aidah")


@pytest.mark.parametrize("label", ["Received from:", "Received with thanks from", "Payer:"])
def test_the_payer_stands_in_for_the_patient(label: str) -> None:
    text = RECEIPT.format(who=f"{label} Nurul Hidayah binti Abdul Karim")
    fields, evidence = read_fields_evidence("medical_bill", make_doc(text).pages, "en")
    assert fields["patient"] == "Nurul Hidayah binti Abdul Karim"
    assert evidence["patient"].method == "stand-in"
    assert evidence["patient"].confidence < UNCERTAIN_BELOW  # shown for the user to confirm


def test_a_printed_patient_wins_over_the_payer() -> None:
    text = RECEIPT.format(who="Patient: Aisyah binti Hamid\nReceived from: Nurul Hidayah binti Abdul Karim")
    fields, _ = read_fields_evidence("medical_bill", make_doc(text).pages, "en")
    assert fields["patient"] == "Aisyah binti Hamid"
