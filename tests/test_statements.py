"""English bank statements nobody here wrote, by kind of layout (issue 10): the addressee's postal block, the
balance summary whose figures must agree, periods printed as headings on any page, rows dated without a year,
and the bank's name as printed. Every statement is generated here, with its own bank, names and figures.
"""

from __future__ import annotations

from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one, structures
from packet.understanding.extract import extract


def fields(*pages: str) -> dict:
    return dict(extract(Classified(make_doc(*pages), "bank_statement"), "en").fields)


# --- the addressee's postal block --------------------------------------------------------------------------

HOLDER_NUMBER_AFTER = """
Marram Building Society                                  Statement 14
                                                         18 March 2025 to 17 April 2025
PRIYA NAIR-OKONJO
HARBOUR LANE 42                                          Helpline 0300 555 0199
SEAHAM
                                                         Sort code 40-11-62
                                                         Account 71820455

Date          Details                      Paid out     Paid in      Balance
18 Mar 2025   Opening balance                                        1,020.00
21 Mar 2025   Card purchase Tesco            41.20                     978.80
02 Apr 2025   Salary Wearside Council                   1,650.00     2,628.80
"""


def test_holder_from_an_address_block_with_the_number_after_the_street() -> None:
    assert fields(HOLDER_NUMBER_AFTER)["account_holder"] == "PRIYA NAIR-OKONJO"


HOLDER_TWO_COLUMNS = """
                                         Redwood Valley Bank
                                         Member FDIC
Tomas Villanueva                         Statement Period: 09/01/2024 - 09/30/2024
880 Orchard Hill Rd, Apt 3               Account Number: 5521 0093 7714
Fresno, CA 93721                         Opening Balance: 2,310.55
                                         Closing Balance: 1,977.12
"""


def test_holder_beside_a_column_of_labels() -> None:
    assert fields(HOLDER_TWO_COLUMNS)["account_holder"] == "Tomas Villanueva"


ROW_NOT_HOLDER = """
Pinecrest Savings Bank
Statement Period: 03/01/2024 - 03/31/2024

Date           Description               Amount      Balance
03/04/2024     CASH DEPOSIT              400.00      1,400.00
03/09/2024     POS PURCHASE              -25.10      1,374.90
03/15/2024     ONLINE TRANSFER           -100.00     1,274.90
03/21/2024     PARKING METER #3310       -4.50       1,270.40
03/28/2024     TRANSIT CARD 2291         -20.00      1,250.40
"""


def test_a_transaction_description_is_not_the_holder() -> None:
    assert fields(ROW_NOT_HOLDER)["account_holder"] is None


HOLDER_SPACED = """
                         Account No: 4410-2290-118
Statement Date: 06/30/2025
Daniel      Okafor                       Previous Balance: 80400
17 Birchwood Ave                          Deposits: 12000
Tulsa, OK 74105                           Closing Balance: 92400
"""


def test_holder_printed_with_wide_letter_spacing() -> None:
    assert fields(HOLDER_SPACED)["account_holder"] == "Daniel Okafor"


# --- the balance summary: opening ± the period's totals = closing -------------------------------------------

SUMMARY = """
Tidewater Federal Credit Union
Member Services 1-800-555-0142

MARISOL BRANDT-OYELARAN
4471 Gullwing Pkwy
Wilmington, NC 28401

ACCOUNT OVERVIEW                     Items      Amount
Starting balance on March 4, 2025               $3,402.18
Credits posted                       6          +2,950.00
Debits posted                        11          1,211.47
Fees                                            -12.00
New balance on April 3, 2025                    $5,128.71

Share draft transactions continue overleaf
"""


def test_a_balance_summary_that_agrees_makes_a_statement() -> None:
    doc = make_doc(SUMMARY, rel="scan0031.jpg", form="photo")
    assert "balance_summary" in structures(doc)
    assert classify_one(doc).type == "bank_statement"


def test_a_balance_summary_gives_the_period_and_the_closing_balance() -> None:
    got = fields(SUMMARY)
    assert (got["period_start"], got["period_end"], got["closing_balance"]) == ("2025-03-04", "2025-04-03", "5128.71")


def test_a_summary_whose_figures_do_not_agree_is_no_evidence() -> None:
    doc = make_doc(SUMMARY.replace("1,211.47", "1,211.74"), rel="scan0031.jpg", form="photo")
    assert "balance_summary" not in structures(doc)
    assert classify_one(doc).type == "other"
