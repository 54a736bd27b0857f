"""A statement's title or a heading is no bank's name, found under a lone "Bank" or anywhere.

Trial 13 (a UK tenant's statements): the logo's "Northgate" was lost by OCR and "Bank" stood alone over "Current
account statement", which became the bank at 0.75 (two statements agreeing lifted it above the confirm band); the
letter's enclosures then read "Bank statement — Current account statement". Refused, the search went on down to the
address ("Flat 3") and, on page 2, to "Important information about your account". Pages from text (tests/textdoc.py).
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields, sane_bank

PAGE = ("Bank\nCurrent account statement\nMs Kayleigh Morris            Sort code 20-45-77\n"
        "Flat 3, 14 Clarence Road, Leeds LS9 8QR            Account number 41027702\n"
        "1 November 2026 to 30 November 2026\nDate   Description   Paid out   Paid in   Balance\n"
        "01 Nov   Balance brought forward      508.07\n03 Nov   DWP UC      912.40   1,420.47\n"
        "05 Nov   Leeds City Council rent   425.00      995.47\n")
PAGE2 = "Bank\nImportant information about your account\nPlease check this statement and tell us of any error."


def test_a_title_under_a_lone_bank_word_is_no_bank_and_nothing_under_it_is() -> None:
    fields = read_fields("bank_statement", make_doc(PAGE, PAGE2, rel="s.pdf", form="scan").pages, "en")
    assert fields["bank"] is None
    assert fields["account_holder"] == "Kayleigh Morris"


@pytest.mark.parametrize("value", ["Current account statement", "Important information about your account"])
def test_headings_are_no_bank(value: str) -> None:
    assert sane_bank(value) is None


@pytest.mark.parametrize("value", ["Bank of America", "The Co-operative Bank", "Banco do Brasil", "Caisse d'Epargne",
                                   "Raiffeisenbank im Stiftland", "Northgate Bank"])
def test_bank_names_with_particles_stay(value: str) -> None:
    assert sane_bank(value) == value
