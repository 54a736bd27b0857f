"""English bank statements nobody here wrote, by kind of layout (issue 10): the addressee's postal block, the
balance summary whose figures must agree, periods printed as headings on any page, rows dated without a year,
and the bank's name as printed. Every statement is generated here, with its own bank, names and figures.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.rules.registry import load_types
from packet.understanding.classify import classify_one, scores, structures
from packet.understanding.extract import extract
from packet.understanding.values import find_money


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


ONE_LINE_ADDRESS = """
Pohutukawa Bank
Statement of Accounts
WIREMU HOHAIA
7 Tui Crescent, Nelson 7010

Statement period     from 1 Mar 2026 to 31 Mar 2026
Closing balance      $918.02
"""


def test_holder_over_an_address_on_one_line() -> None:
    assert fields(ONE_LINE_ADDRESS)["account_holder"] == "WIREMU HOHAIA"


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
    """The same page with one figure off by a transposition: the summary adds nothing to the statement's score (its
    words — a credit union, a share draft, a starting balance — still count for what they are)."""
    doc = make_doc(SUMMARY.replace("1,211.47", "1,211.74"), rel="scan0031.jpg", form="photo")
    assert "balance_summary" not in structures(doc)
    agree = scores(make_doc(SUMMARY, rel="scan0031.jpg", form="photo"))["bank_statement"]
    weight = load_types()["bank_statement"].structure["balance_summary"]
    assert scores(doc)["bank_statement"] == agree - weight


# --- periods printed as headings ------------------------------------------------------------------------------

PERIOD_IN_PROSE = """
Kestrel Bank plc                                   Current Account
MS HANNAH OYELOWO
Flat 6, 21 Quarry Road
Dundee DD3 7QT

Your statement for
14th Jul 2024 to 13th Aug 2024
Account number 30771245       Sort code 83-19-40

From 1 September 2024 our unarranged overdraft fee changes.
Balance brought forward from 13th Jul statement          £812.40
Total paid in:                                           £1,905.00
Total paid out:                                         -£1,334.18
Your balance at close of business 13th Aug 2024          £1,383.22
"""


def test_a_one_word_label_in_a_sentence_loses_to_the_heading_range() -> None:
    got = fields(PERIOD_IN_PROSE)
    assert (got["period_start"], got["period_end"]) == ("2024-07-14", "2024-08-13")
    assert got["closing_balance"] == "1383.22"


YEAR_AT_THE_END = """
Fernhill Mutual
Mr Arjun Mehta
9 Coppice Way
Stroud GL5 2XX
                               Your current account statement:
                               3 June to 2 July, 2024
Date         Description                    Money out    Money in     Balance
3 Jun 2024   Opening balance                                          310.00
10 Jun 2024  Council tax                     96.00                    214.00
28 Jun 2024  Wages                                        1,120.00    1,334.00
"""


def test_a_range_with_the_year_only_at_the_end() -> None:
    got = fields(YEAR_AT_THE_END)
    assert (got["period_start"], got["period_end"]) == ("2024-06-03", "2024-07-02")


CONTINUED_FIRST = "\n".join(["Oakridge Community Bank", "PO Box 7731", "Boise, ID 83707", "", "IMPORTANT NOTICES"]
                            + [f"Notice {k}: our terms of service have been updated, see our website." for k in range(1, 15)]
                            + ["Closing balance $1,188.20"])
CONTINUED_SECOND = """
Oakridge Community Bank          Account 0041-7720          November 1, 2023 to November 30, 2023
Date          Description              Amount       Balance
11/03/2023    PAYROLL ACME TOOLS       1,400.00     2,012.55
11/14/2023    RENT                     -900.00      1,112.55
11/27/2023    GROCERIES                 -24.35      1,088.20
11/28/2023    TRANSFER IN               100.00      1,188.20
"""


def test_the_period_in_a_later_pages_header() -> None:
    got = fields(CONTINUED_FIRST, CONTINUED_SECOND)
    assert (got["period_start"], got["period_end"]) == ("2023-11-01", "2023-11-30")


# --- transaction rows dated without a year ---------------------------------------------------------------------

NO_YEAR_P1 = """
Great Plains Savings & Loan
Statement of Account
ROSALIND FEATHERSTONE
302 Prairie Wind Blvd
Salina, KS 67401

Daily activity and balances
Date     Description                         Debit      Credit     Balance
03/02    CARD PURCHASE HY-VEE                18.44                 402.16
03/05    PAYROLL DEPOSIT SALINA REGIONAL                1,210.00   1,612.16
         TRANSFER TO SAVINGS                 300.00                1,312.16
03/11    CHECK 2041                          1,190.00              122.16
03/19    CARD PURCHASE CASEYS                 14.26                107.90
03/27    LOAN PAYMENT                         112.00               -4.10
"""
NO_YEAR_P2 = """
Activity by type
Deposits and credits
03/05    PAYROLL DEPOSIT SALINA REGIONAL     1,210.00
Checks
03/11    CHECK 2041                          1,190.00
"""


def test_rows_without_a_year_give_the_closing_balance_not_the_period() -> None:
    got = fields(NO_YEAR_P1, NO_YEAR_P2)
    assert got["closing_balance"] == "-4.10"
    assert got["period_start"] is None and got["period_end"] is None


def test_a_minus_before_the_next_figure_is_that_figures_sign() -> None:
    assert [h.value for h in find_money("112.00   -4.10")] == [Decimal("112.00"), Decimal("-4.10")]
    assert [h.value for h in find_money("112.00- ")] == [Decimal("-112.00")]  # a trailing minus still counts


ONE_BALANCE_A_DAY = """
Tarn Valley Building Society
Statement period 1 April 2025 to 30 April 2025
Date         Description              Paid out    Paid in     Balance
01 Apr 2025  Balance brought forward                          1,204.10
03 Apr 2025  Card Booths Kendal        31.40                  1,172.70
12 Apr 2025  Pension credit                        640.00     1,812.70
29 Apr 2025  Council tax              122.00
29 Apr 2025  Water rates               41.55                  1,649.15
30 Apr 2025  Standing order rent      700.00
30 Apr 2025  Card Co-op Ambleside      19.15                    930.00
Closing balance                                                  £930.00
"""


def test_a_days_rows_printed_with_one_balance_leave_the_closing_balance_to_its_label() -> None:
    assert fields(ONE_BALANCE_A_DAY)["closing_balance"] == "930.00"


# --- the bank's name from the header: the whole name found, its legal form dropped ---------------------------

@pytest.mark.parametrize("header,bank", [
    ("Manuka Bank Limited", "Manuka Bank"),
    ("Matai Bank NZ", "Matai Bank NZ"),
    ("Wattle Bank Australia", "Wattle Bank Australia"),
    ("Ironbridge Bank plc", "Ironbridge Bank"),
    ("PRAIRIE STATE BANK", "PRAIRIE STATE BANK"),
    ("Quarry Hill Bank, N.A.", "Quarry Hill Bank"),
])
def test_the_banks_name_in_the_header(header: str, bank: str) -> None:
    text = f"""
{header}
Transaction history
Period: 01/07/2025 - 31/07/2025
Closing balance 1,024.50
"""
    assert fields(text)["bank"] == bank


# --- a page of dated credits and debits with their totals (no balance column) -------------------------------

CONTINUATION = """
Quillon Federal                         Page 3 of 3
G. ABERNATHY | Acct 7700 1934 | 2 Aug 2024 to 1 Sep 2024
Date        Description                         Amount
05/08/24    Payroll HALDANE FREIGHT             1,845.20
19/08/24    Refund AMZN MKTP SALARY ADJ AUG 12   33.10
Total deposits                                  $1,878.30
Date        Description                         Amount
06/08/24    Card 4412 CORNER GROCER             -62.75
14/08/24    Direct debit WATER CO               -38.00
27/08/24    Card 4412 FUEL STOP 18              -51.48
Total withdrawals                               -$152.23
"""


def test_a_page_of_dated_credits_and_debits_with_agreeing_totals_is_a_statement() -> None:
    doc = make_doc(CONTINUATION, rel="page3.pdf", form="scan")
    assert "credits_and_debits" in structures(doc)
    assert classify_one(doc).type == "bank_statement"


def test_totals_that_do_not_agree_are_no_evidence() -> None:
    doc = make_doc(CONTINUATION.replace("-$152.23", "-$152.32"), rel="page3.pdf", form="scan")
    assert "credits_and_debits" not in structures(doc)
    assert classify_one(doc).type == "other"


SUMMARY_OF_ACCOUNTS = """
Cottonwood State Bank
Statement Period October 1 - October 31, 2024
                                    Summary of Accounts
                                   OPENING        TOTAL        TOTAL       ENDING
ACCOUNT TYPE AND NUMBER            BALANCE        DEBITS       CREDITS     BALANCE
Personal Savings 55012345          1,200.00       300.00       45.10       945.10
"""


def test_the_account_number_under_an_account_type_and_number_heading() -> None:
    assert fields(SUMMARY_OF_ACCOUNTS)["account_number"] == "55012345"


def test_a_space_in_a_label_read_as_a_dot() -> None:
    text = """
Heathfield Bank
MR OWEN PRICE
Account.number 60213377        Sort code 11-22-33
Period covered: 01 Mar 2026 - 31 Mar 2026
Balance carried forward £88.10
"""
    assert fields(text)["account_number"] == "60213377"


def test_a_gazetteer_bank_whose_spaces_ocr_lost() -> None:
    text = """
WellsFargo ~
J. MARQUEZ | Account # 0061 2200 7 | 2 Jun 2025 to 1 Jul 2025
Date        Description                 Amount
03/06/25    Deposit                     120.00
"""
    assert fields(text)["bank"] == "Wells Fargo"


def test_a_run_together_name_inside_an_email_address_is_no_bank() -> None:
    text = """
12 Canal Row, Leeds LS1 4AB    wellsfargo@example.org    STATEMENT OF ACCOUNT
Account Number: 40-1100-77
Closing Balance: 300.00
"""
    assert fields(text)["bank"] is None
