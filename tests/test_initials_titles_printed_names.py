"""Independent set 22, read after it was judged (now a development set):

- a Sri Lankan name prints its given names' initials before the names ("W. M. Dilrukshi Kumari Wijesundara"): the
  initials do not count towards a Latin name's four words, so the family name is no longer cut off (a payslip, a
  salary certificate and a statement gave 'W. M. Dilrukshi Kumari' at 0.86), and a certificate's sentence may name
  a person by initials first ("This is to certify that Mrs. W. M. …");
- a name found by the case's own names is given as the page prints it: 陳婉雯 on a Hong Kong pay slip, not the
  folded 陈婉雯;
- a document's title printed before the bank's name on one line ("ACCOUNT STATEMENT ELGON MUTUAL BANK") is no part
  of the bank's name.

Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

from textdoc import make_doc

from packet.understanding.case_names import find
from packet.understanding.extract import p_name, read_fields_evidence, sane_bank


def test_initials_do_not_count_towards_a_names_words() -> None:
    assert p_name("W. M. Dilrukshi Kumari Wijesundara") == "W. M. Dilrukshi Kumari Wijesundara"
    assert p_name("Mary Ann Lee Smith Jones") == "Mary Ann Lee Smith"  # four full words, as before
    assert p_name("Jane Roe Visit 20931") == "Jane Roe"


def test_a_certificate_names_its_person_with_initials_first() -> None:
    text = ("Mahaweli Riverside Hotel (Pvt) Ltd\nNo. 52, Peradeniya Road, Kandy\nOur Ref: MRH/HR/SC/2026/114 2026.11.20\n"
            "SALARY CERTIFICATE\nThis is to certify that Mrs. W. M. Dilrukshi Kumari Wijesundara (NIC No. 1988**3291V)\n"
            "has been employed at Mahaweli Riverside Hotel (Pvt) Ltd as a Room Attendant since 01st June 2019.\n"
            "She draws a monthly gross salary of Rs. 61,500.00.\nYours faithfully,\nRuwan Jayasinghe")
    fields, _ = read_fields_evidence("income_proof", make_doc(text).pages, "en")
    assert fields["employee"] == "W. M. Dilrukshi Kumari Wijesundara"


def test_a_case_name_is_given_as_printed() -> None:
    page = make_doc("糧單 PAY SLIP\n僱員姓名 陳婉雯 職位 侍應").pages
    found = find(page, "陈婉雯")
    assert found is not None and found[0] == "陳婉雯"


def test_a_title_before_the_banks_name_is_dropped() -> None:
    assert sane_bank("ACCOUNT STATEMENT ELGON MUTUAL BANK") == "ELGON MUTUAL BANK"
    assert sane_bank("Statement of Account Harbour Bank") == "Harbour Bank"
    assert sane_bank("Elgon Mutual Bank") == "Elgon Mutual Bank"
