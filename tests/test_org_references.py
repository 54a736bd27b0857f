"""An organisation referred to is not named: "The Company thanks you for your service" in a termination letter whose
letterhead a photo lost (development set independent 25's Sylhet letter) gave the issuer "The Company" at 0.8, over
the company's name printed under the signatory's title. ``sane_org`` refuses the vocabulary's
``org_references_en`` ("the company", "the employer", "the management" …) as whole values; a name that holds such
words stays a name ("The Jaflong Company", "The Salvation Army")."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence, sane_org

LETTER = ("Ref: JHTC/HR/2026/417\nDate: 06.11.2026\nShahana Akter Chowdhury\nGarden Clerk\nSubject: Termination of service\n"
          "Dear Shahana,\nYour post has become redundant. Your service with the Company is accordingly terminated with\n"
          "effect from the close of business on 15.11.2026, which shall be your last working day.\n"
          "The Company thanks you for your service since 01.03.2013 and wishes you well.\nYours faithfully,\n"
          "Mizanur Rahman\nGeneral Manager\nJaflong Hills Tea Company Ltd.\n")


@pytest.mark.parametrize("value", ["The Company", "the Employer", "THE MANAGEMENT", "The Bank."])
def test_a_reference_is_no_name(value: str) -> None:
    assert sane_org(value) is None


@pytest.mark.parametrize("value", ["The Jaflong Company", "The Salvation Army", "The Co-operative Bank"])
def test_names_with_an_article_stay(value: str) -> None:
    assert sane_org(value) == value


def test_the_letter_names_its_issuer_under_the_signature() -> None:
    fields, _ = read_fields_evidence("unemployment_proof", make_doc(LETTER).pages, "en")
    assert fields["issuer"] in ("Jaflong Hills Tea Company Ltd.", "Jaflong Hills Tea Company Ltd")
