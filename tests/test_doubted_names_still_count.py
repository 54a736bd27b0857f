"""A bill's provider or patient that only a doubtful place gives is taken doubted, so the bill still counts.

r24-medbill made a form key's value never the provider ("Destination | Savanna-la-Mar Public Hospital" on an
ambulance invoice) and a referrer never the patient ("Ref By: | DR. …"). Right where something else names them; but
where nothing else does (independent 19's ambulance photo, its letterhead unread; hold-out 13's lab receipt, whose
patient is "Name: | ZAHID"), the field went from a doubted wrong value to none, and complete cases were told a
medical bill was missing. Now: the key's value at "keyed-name" (0.3, for the user to confirm), and one word in
capitals after "Name:" read as the name (lone-name). Pages from text (tests/textdoc.py).
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

AMBULANCE = ("INVOICE    No. 00417\nDate: 20/10/2026\nPatient: Delroy McFarquhar\n"
             "Pick-up         12 Market Street, Frome\nDestination     Savanna-la-Mar Public Hospital\n"
             "Run No.         R-2210\nEmergency transport, advanced life support     45,000.00\n"
             "Mileage 31 km     15,550.00\nTotal due     60,550.00\n")
RECEIPT = ("Laboratory Receipt\nLab No: 38062\n25-Jun-2026\nName:      {name}\nGender: Male     Age: 44 Yr\n"
           "Ref By:     DR. FEZAN KHURSHIED\nTest Name     Amount\nHBA1C     2,200.00\nTotal Bill:     2,200.00\n")


def test_a_keys_hospital_is_the_provider_only_as_a_last_resort_and_doubted() -> None:
    fields, evidence = read_fields_evidence("medical_bill", make_doc(AMBULANCE, rel="a.jpg", form="photo").pages, "en")
    assert fields["provider"] == "Savanna-la-Mar Public Hospital"
    assert evidence["provider"].method == "keyed-name" and evidence["provider"].confidence <= 0.3
    named = "Frome Ambulance Clinic\n" + AMBULANCE  # a letterhead's provider read: it is the provider
    fields, _ = read_fields_evidence("medical_bill", make_doc(named, rel="a.jpg", form="photo").pages, "en")
    assert fields["provider"] == "Frome Ambulance Clinic"


def test_one_word_in_capitals_after_name_colon_is_the_patient_to_confirm() -> None:
    fields, evidence = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(name="ZAHID"), rel="r.jpg",
                                                                     form="photo").pages, "en")
    assert fields["patient"] == "ZAHID"
    assert evidence["patient"].method == "lone-name" and evidence["patient"].confidence < 0.6


@pytest.mark.parametrize("word", ["TOTAL", "MALE", "NIL"])
def test_a_word_of_the_forms_in_capitals_is_no_patient(word: str) -> None:
    fields, _ = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(name=word), rel="r.jpg",
                                                              form="photo").pages, "en")
    assert fields["patient"] != word
