"""A statement's totals line under its rows, and the bookkeeper's "Balance b/f" and "Balance c/f".

A line without a date under the last row, beginning with a word and holding two amounts, is read as a second
transaction of that day (``tables._same_day``). A totals line ("Total 2,352.40 4,940.00": money out, money in) is
shaped the same way, so its money-in total became the ledger's last balance and the statement lost its closing
balance. The figures tell them apart: a totals line holds the sum of a column of the rows above
(``tables._column_totals``). "Balance c/f" (carried forward) and "Balance b/f" (brought forward), the abbreviations
of Commonwealth statements, are closing and opening balance labels.

Text pages (tests/textdoc.py) through the real extraction, and a scan read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_sheet
from photo_forms import Sheet
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

ROWS = [("05-11-2026", "Salary", "", "4,940.00", "5,940.00"), ("12-11-2026", "Groceries", "212.40", "", "5,727.60"),
        ("20-11-2026", "Rent", "2,000.00", "", "3,727.60"), ("28-11-2026", "Electricity", "140.00", "", "3,587.60")]
STMT = ("Coral Sea Bank\nStatement of Account\nAccount Name: Priya Ramdass\nAccount No: 0123 4567 8901\n"
        "Statement Period: 01-11-2026 to 30-11-2026\nDate Description Debit Credit Balance\n"
        "01-11-2026 {first} 1,000.00\n"
        + "".join(f"{d} {what} {out} {into} {bal}\n" for d, what, out, into, bal in ROWS) + "{end}\n")


@pytest.mark.parametrize("end", ["Total 2,352.40 4,940.00", "TOTALS 2,352.40 4,940.00", "Page total 2,352.40"])
def test_a_totals_line_is_no_transaction(end: str) -> None:
    fields, evidence = read_fields_evidence("bank_statement",
                                            make_doc(STMT.format(first="Opening balance", end=end)).pages, "en")
    assert fields["closing_balance"] == "3587.60"
    assert evidence["closing_balance"].method == "table"


def test_a_same_day_row_is_still_a_row() -> None:
    # an undated line whose amount is no column's total stays the last row's day's second transaction
    text = STMT.format(first="Opening balance", end="Card fee 2.50 3,585.10")
    fields, _ = read_fields_evidence("bank_statement", make_doc(text).pages, "en")
    assert fields["closing_balance"] == "3585.10"


def test_brought_and_carried_forward() -> None:
    # two rows: too few for the ledger to vouch for its last balance, so the label gives the closing balance
    text = ("Coral Sea Bank\nStatement of Account\nAccount Name: Priya Ramdass\nAccount No: 0123 4567 8901\n"
            "From 01-11-2026 To 30-11-2026\nDate Description Debit Credit Balance\n01-11-2026 Balance b/f 1,000.00\n"
            "05-11-2026 Salary 4,940.00 5,940.00\n20-11-2026 Rent 2,000.00 3,940.00\nBalance c/f 3,940.00\n")
    fields, _ = read_fields_evidence("bank_statement", make_doc(text).pages, "en")
    assert fields["closing_balance"] == "3940.00"


def test_the_statement_scanned(tmp_path: Path) -> None:
    s = Sheet("totals-line-en", "en")
    s.text(30, 50, "Coral Sea Bank", 16)
    s.text(30, 78, "Statement of Account", 12)
    s.text(30, 100, "Account Name: Priya Ramdass      Account No: 0123 4567 8901", 9)
    s.text(30, 116, "Statement Period: 01-11-2026 to 30-11-2026", 9)
    y = 142
    for cells in [("Date", "Description", "Debit", "Credit", "Balance"), ("01-11-2026", "Opening balance", "", "", "1,000.00"),
                  *ROWS, ("", "Total", "2,352.40", "4,940.00", "")]:
        for x, cell in zip((30, 110, 230, 300, 370), cells, strict=True):
            s.text(x, y, cell, 9)
        y += 16
    item = read_sheet(s, "scan", tmp_path / "case", 4)
    assert item.type == "bank_statement"
    assert item.fields["closing_balance"] == "3587.60"
