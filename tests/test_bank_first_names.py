"""Banks whose name starts with "Bank": the word order of Malay, Indonesian, Arabic, Bangla and Pacific banks ("Bank
Muscat", "Bank Dhofar", "Bank Asia", "Bank Al Habib", "Bank South Pacific"). The bank patterns knew "<Name> Bank"
and "Bank of <Place>" only, and the gazetteer knows a few such names (Bank Islam, Bank Rakyat), so a statement from
any other gave no bank. "Bank" followed by capitalised words is now a bank's name unless the word after it is a
heading's or a form's ("Bank Statement", "Bank Transfer", "BANK DETAILS", in any case): then the name is sought
elsewhere, as before.

Text pages (tests/textdoc.py) through the real extraction, and a statement scanned and read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_sheet
from photo_forms import Sheet
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

STMT = ("{head}\n14 Harbour Road, Muscat\nStatement of Account\nAccount Name: Priya Ramdass\nAccount No: 0123 4567 8901\n"
        "Period: 01/11/2026 to 30/11/2026\nDate Description Debit Credit Balance\n01/11/2026 Opening balance 1,000.00\n"
        "05/11/2026 Salary 4,940.00 5,940.00\n20/11/2026 Rent 2,000.00 3,940.00\nClosing Balance 3,940.00\n")


@pytest.mark.parametrize(("head", "bank"), [
    ("Bank Muscat", "Bank Muscat"),
    ("Bank Muscat Statement of Account", "Bank Muscat"),
    ("BANK DHOFAR", "BANK DHOFAR"),
    ("Bank Al Habib Limited", "Bank Al Habib"),
    ("Bank South Pacific", "Bank South Pacific"),
    ("BANK ASIA LIMITED", "BANK ASIA LIMITED"),
    ("Bank Islam Malaysia Berhad", "Bank Islam Malaysia Berhad"),
    ("BANK SERIA DARUSSALAM BERHAD STATEMENT OF ACCOUNT", "BANK SERIA DARUSSALAM BERHAD"),
])
def test_a_name_that_starts_with_bank(head: str, bank: str) -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(STMT.format(head=head)).pages, "en")
    assert fields["bank"] == bank


@pytest.mark.parametrize("head", ["Bank Statement\nHarbour Commercial Bank", "BANK STATEMENT\nCoral Sea Bank",
                                  "Bank Details\nCoral Sea Bank", "Bank Transfer Advice\nCoral Sea Bank"])
def test_a_heading_that_starts_with_bank_is_no_name(head: str) -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(STMT.format(head=head)).pages, "en")
    assert fields["bank"] == head.splitlines()[1]


def test_bank_closing_a_name_before_its_legal_form_is_no_name_of_its_own() -> None:
    # "Co-op. Bank Ltd.": "Bank" ends the name printed before it; "Bank Ltd" alone names no bank
    fields, _ = read_fields_evidence("bank_statement",
                                     make_doc(STMT.format(head="Sitabuldi Urban Co-op. Bank Ltd.")).pages, "en")
    assert fields["bank"] != "Bank"


def test_a_payslips_bank_transfer_is_no_employer() -> None:
    pay = ("Payslip for the month of November 2026\nBank Transfer Advice\nEmployee Name: Ali Hassan\n"
           "Employer: Gulf Coast Marine Services LLC\nBasic Salary 4,200.00\nGross Pay 5,200.00\nDeductions 260.00\n"
           "Net Pay 4,940.00\n")
    fields, _ = read_fields_evidence("payslip", make_doc(pay).pages, "en")
    assert fields["employer"] == "Gulf Coast Marine Services LLC"


def test_the_statement_scanned(tmp_path: Path) -> None:
    s = Sheet("bank-first-en", "en")
    s.text(30, 50, "Bank Dhofar", 16, "sans")
    s.text(30, 68, "Ruwi Branch, Muscat, Sultanate of Oman", 9)
    s.text(30, 96, "Statement of Account", 12)
    s.text(30, 118, "Account Name: Salim Nasser Al Harthy", 9)
    s.text(30, 134, "Account No: 0412 0098 7711", 9)
    s.text(30, 150, "Period: 01/11/2026 to 30/11/2026", 9)
    s.text(30, 176, "Date          Description          Debit       Credit      Balance", 9)
    s.text(30, 192, "01/11/2026    Opening balance                                 410.250", 9)
    s.text(30, 208, "05/11/2026    Salary                             620.000     1,030.250", 9)
    s.text(30, 224, "18/11/2026    Rent                 300.000                   730.250", 9)
    s.text(30, 248, "Closing Balance                                               730.250", 9)
    item = read_sheet(s, "scan", tmp_path / "case", 3)
    assert item.type == "bank_statement"
    assert item.fields["bank"] == "Bank Dhofar"
