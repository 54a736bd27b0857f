"""English payslips, statements, bills and letters laid out as others print them: a name set in tracked capitals, a
company's name with "Ta'" or "+", a bank named in French, courtesy titles of other countries, a middle initial in the
fuller name, a pay period printed only as a heading's range, a negative net pay under its own label, a heading beside
a company label, a cumulative section's gross, a bullet between two labelled fields, a practice named after its
doctor, a net pay boxed beside another column.

Every input is made here (tests/placedgen.py: real PDFs drawn with reportlab, a page image read by the real OCR), in
names and wording of our own; each test failed before the mechanism it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import case_at, read_documents
from placedgen import placed_pdf, spaced_image

from packet.core.model import Classified
from packet.pipeline import settle
from packet.understanding.extract import extract


def _fields(tmp_path: Path, type_name: str) -> dict:
    [doc] = read_documents(tmp_path, "en")
    return dict(extract(Classified(doc, type_name), "en").fields)


def _settled(tmp_path: Path, type_name: str):
    """The document as ``check`` ends its reading: extracted, then settled (implausible amounts doubted)."""
    [doc] = read_documents(tmp_path, "en")
    [item] = settle([extract(Classified(doc, type_name), "en")], case_at(tmp_path))
    return item


# --- an issuer's name ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [["HALDEN", "&", "VOSS"], ["ORCHARD", "K"]], ids=["ampersand", "lone-letter"])
def test_a_letterhead_in_tracked_capitals_is_one_name(tmp_path: Path, words: list[str]) -> None:
    """A logo's name set in widely tracked capitals: the OCR's words stand further apart than the column gap, and
    the name was cut to one of them ("ORCHARD" of "ORCHARD K")."""
    spaced_image(tmp_path / "slip.png", words, [
        "PAYSLIP", "Employee: Tamsin Oduya", "Pay period: October 2026",
        "Basic salary 3,120.00", "Gross pay 3,120.00", "Income tax 402.10", "Net pay 2,717.90"])
    got = _fields(tmp_path, "payslip")
    assert got["employer"] == " ".join(words)


@pytest.mark.parametrize("name", ["Ta’ Kandja Marine Works Ltd", "Hollis + Moore Joinery Ltd"],
                         ids=["apostrophe", "plus"])
def test_a_company_name_keeps_its_apostrophe_word_and_plus(tmp_path: Path, name: str) -> None:
    """The whole run of capitalised words before the legal form: "Ta’" (a Maltese place name's article, printed with
    a typographic apostrophe) and "+" join it."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, name, 14), (430, "PAY SLIP", 14)],
        [(40, "Employee: Corin Vella", 10)],
        [(40, "Pay period: September 2026", 10)],
        [(40, "Gross pay", 10), (300, "2,480.00", 10)],
        [(40, "Net pay", 10), (300, "2,011.35", 10)]])
    assert _fields(tmp_path, "payslip")["employer"] == name


def test_a_heading_beside_a_company_label_is_no_employer(tmp_path: Path) -> None:
    """A template's "COMPANY NAME" placeholder over nothing, the document's heading "Monthly Payslip" beside it: the
    heading names the document, not its issuer."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "COMPANY NAME", 10), (400, "Monthly Payslip", 12)],
        [(40, "Emp Name:", 10), (120, "Ferdia Quinlan", 10)],
        [(40, "Pay Date:", 10), (120, "28/08/2026", 10)],
        [(40, "Gross Pay", 10), (300, "3,300.00", 10)],
        [(40, "Net Pay", 10), (300, "2,640.00", 10)]])
    assert _fields(tmp_path, "payslip")["employer"] is None


def test_a_practice_named_after_its_doctor_is_the_provider(tmp_path: Path) -> None:
    """"Physiotherapy Clinic Dr. Miriam Osei": a practice word and the practitioner's titled name, the practice's
    name (French and German practices are named so); before, the provider words alone named no one."""
    placed_pdf(tmp_path / "bill.pdf", [
        [(40, "Receipt No. R-7731", 10)],
        [(40, "Date: 09/10/2026", 10)],
        [(40, "Physiotherapy Clinic Dr. Miriam Osei", 13)],
        [(40, "4 Quayside Row, Galway", 10)],
        [(40, "Patient Name: Bronagh Tully", 10)],
        [(40, "Assessment and treatment", 10), (400, "85.00", 10)],
        [(40, "Total", 10), (400, "85.00", 10)]])
    assert _fields(tmp_path, "medical_bill")["provider"] == "Physiotherapy Clinic Dr. Miriam Osei"


@pytest.mark.parametrize("dated", ["09/14/2026 10:05 REG 03 TRN 5120", "Date: 14/09/2026 10:05 Rept: 0004-5120"],
                         ids=["unlabelled", "labelled"])
def test_a_till_receipts_date_line_with_register_codes_is_its_date(tmp_path: Path, dated: str) -> None:
    """A till receipt's one date shares its line with the till's codes ("REG 03 TRN 5120"): the codes' numbers were
    read as the line's amounts, so the date was a table row's and the receipt had none; a labelled one stays read."""
    placed_pdf(tmp_path / "receipt.pdf", [
        [(40, "BIRCHWOOD FAMILY PHARMACY", 12)],
        [(40, "88 Harbor Rd, Ashland WI", 9)],
        [(40, dated, 9)],
        [(40, "RX 7731902 LISINOPRIL 10MG QTY 30", 9)],
        [(40, "RX 7731903 AMLODIPINE 5MG QTY 30", 9)],
        [(40, "TOTAL", 9), (300, "24.60", 9)],
        [(40, "THANK YOU", 9)]])
    assert _fields(tmp_path, "medical_bill")["date"] == "2026-09-14"


def test_a_payee_named_as_a_service_over_a_tear_line_read_as_letters(tmp_path: Path) -> None:
    """A bill's remittance stub on top: a tear line read as letters ("EEE EEE EE LLL") was taken for the provider by
    prominence, and the payee under "Make checks payable to:" was refused because its last word ("Service") is also a
    table's word. The payee's name is the provider; runs of one letter are no name."""
    placed_pdf(tmp_path / "bill.pdf", [
        [(40, "EEE EEE EE LLL", 14)],
        [(40, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", 8)],
        [(40, "JONAS P EKLUND", 9), (330, "Make checks payable to:", 9)],
        [(40, "77 W 4TH AVE, HELENA MT 59601", 9), (330, "Tamarack Valley Ambulance Service", 9)],
        [(40, "Patient: Jonas P. Eklund", 9)],
        [(40, "Statement date: 10/19/2026", 9)],
        [(40, "09/30/2026", 9), (120, "BLS emergency transport", 9), (460, "1,240.00", 9)],
        [(40, "Total charges", 9), (460, "1,240.00", 9)]])
    assert _fields(tmp_path, "medical_bill")["provider"] == "Tamarack Valley Ambulance Service"


# --- banks and holders --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header,bank", [
    ("Banque Ondine du Sud SA  RELEVE DE COMPTE / STATEMENT", "Banque Ondine du Sud SA"),
    ("BANCO TERRAMAR  EXTRACTO / STATEMENT", "BANCO TERRAMAR"),
], ids=["banque", "banco-caps"])
def test_a_bank_named_in_another_language_is_found_by_its_form(tmp_path: Path, header: str, bank: str) -> None:
    placed_pdf(tmp_path / "stmt.pdf", [
        [(40, header, 12)],
        [(40, "Account holder: Rohan Appadoo", 10)],
        [(40, "Account: 0007 3391 2284", 10)],
        [(40, "01.09.2026", 9), (120, "Opening balance", 9), (460, "4,100.00", 9)],
        [(40, "05.09.2026", 9), (120, "Card purchase", 9), (380, "210.00", 9), (460, "3,890.00", 9)],
        [(40, "30.09.2026", 9), (120, "Closing balance", 9), (460, "3,890.00", 9)]])
    assert _fields(tmp_path, "bank_statement")["bank"] == bank


@pytest.mark.parametrize("header,bank", [
    ("Kaveri Delta Urban Co-operative Bank Ltd.", "Kaveri Delta Urban Co-operative Bank"),
    ("Saint Aidan Mill Town Savings Bank   MS. OONAGH FERRIS", "Saint Aidan Mill Town Savings Bank"),
    ("Pine Cay & Western Co-operative Credit Union Ltd.", "Pine Cay & Western Co-operative Credit Union"),
], ids=["four-words", "five-words-holder-after", "credit-union-ampersand"])
def test_a_bank_name_opening_its_line_is_read_from_the_line_start(tmp_path: Path, header: str, bank: str) -> None:
    """A letterhead's bank name of four or five words before "Bank" (a co-operative's place and kind): its first
    words were cut (read "Delta Urban Co-operative Bank"); the holder's name run on after it is no part of it."""
    placed_pdf(tmp_path / "stmt.pdf", [
        [(40, header, 12)],
        [(40, "A/c No.: 0330 1177 4521", 10)],
        [(40, "12-09-2026", 9), (120, "Opening Balance", 9), (460, "9,100.00", 9)],
        [(40, "15-09-2026", 9), (120, "ATM WDL", 9), (380, "500.00", 9), (460, "8,600.00", 9)],
        [(40, "30-09-2026", 9), (120, "Closing Balance", 9), (460, "8,600.00", 9)]])
    assert _fields(tmp_path, "bank_statement")["bank"] == bank


@pytest.mark.parametrize("printed,name", [("Mme Priyanka BHUGON", "Priyanka BHUGON"),
                                          ("Mdm Siew Ling Tan", "Siew Ling Tan")], ids=["mme", "mdm"])
def test_a_courtesy_title_of_another_country_is_no_part_of_the_holder(tmp_path: Path, printed: str,
                                                                       name: str) -> None:
    placed_pdf(tmp_path / "stmt.pdf", [
        [(40, "Pelican Bay Bank", 14)],
        [(40, "Account holder:", 10), (140, printed, 10)],
        [(40, "Account number: 4471 9920 1183", 10)],
        [(40, "Statement period: 01/09/2026 to 30/09/2026", 10)],
        [(40, "Closing balance", 10), (400, "1,204.77", 10)]])
    assert _fields(tmp_path, "bank_statement")["account_holder"] == name


def test_a_bullet_between_two_fields_is_no_mask(tmp_path: Path) -> None:
    """"Account No: 60221849305512 • Period: …": the bullet separates two labelled fields on one line; it was read
    as a masked number's mark, and the digits before it lost."""
    placed_pdf(tmp_path / "stmt.pdf", [
        [(40, "Marigold Bank", 14)],
        [(40, "Account No: 60221849305512 • Period: 01-May-2026 to 31-May-2026 • Branch: PUNE EAST", 9)],
        [(40, "Closing balance", 10), (400, "18,220.40", 10)]])
    assert _fields(tmp_path, "bank_statement")["account_number"] == "60221849305512"


# --- people in letters ----------------------------------------------------------------------------------------------

def test_a_middle_initial_belongs_to_the_fuller_name(tmp_path: Path) -> None:
    """"Dear Ms Keane" of a letter whose address block prints "Ms Orlaith T. Keane": the full name with its middle
    initial, not the salutation's title and surname."""
    placed_pdf(tmp_path / "letter.pdf", [
        [(40, "Brackwater Foods Ltd", 14)],
        [(40, "Unit 9, Mill Lane, Athlone", 9)],
        [(40, "Ms Orlaith T. Keane", 10), (400, "3 November 2026", 10)],
        [(40, "22 Ferry Road", 10)],
        [(40, "Dear Ms Keane,", 10)],
        [(40, "We write to confirm that your post of packing operative ended on 31 October 2026", 10)],
        [(40, "because the packing line was closed and your role is redundant.", 10)],
        [(40, "Yours sincerely,", 10)],
        [(40, "Dervla Hanratty, HR Manager", 10)]])
    assert _fields(tmp_path, "unemployment_proof")["person"] == "Orlaith T. Keane"


def test_a_greeting_by_title_and_given_name_names_the_addressee(tmp_path: Path) -> None:
    """"Dear Mr. Rafeek," of a letter addressed to "Mr. Rafeek Thottathil Valappil" (a title with the given name, as
    letters in the Gulf or South Asia greet): the whole addressee's name, not the greeting's one word."""
    placed_pdf(tmp_path / "letter.pdf", [
        [(40, "NAJMAT AL KHOR STEEL WORKS LLC", 14)],
        [(40, "Street 4, Industrial Area, Ajman", 9)],
        [(40, "Ref: NKS/HR/2026/112", 10), (400, "Date: 03/12/2026", 10)],
        [(40, "Mr. Rafeek Thottathil Valappil", 10)],
        [(40, "Fitter, Employee No. 4410", 10)],
        [(40, "NOTICE OF TERMINATION", 12)],
        [(40, "Dear Mr. Rafeek,", 10)],
        [(40, "We regret to inform you that your employment ends on 31/12/2026 on grounds of redundancy,", 10)],
        [(40, "as the workshop closes at the end of the year.", 10)],
        [(40, "Yours sincerely,", 10)],
        [(40, "Leena Mathew, HR Officer", 10)]])
    assert _fields(tmp_path, "unemployment_proof")["person"] == "Rafeek Thottathil Valappil"


# --- pay figures and periods ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "net"), [
    ("Rs. 64,38 2.50", "64382.50"),   # OCR's space inside the last group of thousands (two digits + one)
    ("Rs. 64,3 82.50", "64382.50"),   # one digit + two
    ("Rs. 64,382.50", "64382.50"),
], ids=["two-one", "one-two", "whole"])
def test_a_figure_cut_inside_its_group_of_thousands(tmp_path: Path, printed: str, net: str) -> None:
    """"NET SALARY Rs. 76,91 5.00": a space OCR put inside the last group of thousands of a figure written with a
    decimal point; "76,91" is no figure there (a group after a comma has three digits): read whole, not 76.91."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Kelani Valley Guest House (Pvt) Ltd", 14)],
        [(40, "PAY SLIP - Salary for the month of September 2026", 10)],
        [(40, "Employee:", 9), (120, "R. P. Nirosha Madushani", 9)],
        [(40, "Basic Salary", 9), (250, "60,000.00", 9), (320, "EPF Employee 8%", 9), (480, "5,617.50", 9)],
        [(40, "GROSS SALARY", 9), (250, "70,218.75", 9), (320, "TOTAL DEDUCTIONS", 9), (480, "5,836.25", 9)],
        [(40, "NET SALARY", 9), (250, printed, 9)]])
    assert _fields(tmp_path, "payslip")["net_pay"] == net

@pytest.mark.parametrize("heading,month", [
    ("ROWAN TILING PAYSLIP  Mar. 16, 2026 to Mar. 31, 2026", "2026-03"),
    ("ROWAN TILING PAYSLIP  Apr. 25, 2026 to May. 08, 2026", "2026-05"),
    ("ROWAN TILING PAYSLIP  Jan. 01, 2026 to Jun. 30, 2026", None),
], ids=["half-month", "fortnight-across-months", "half-year-no-period"])
def test_a_pay_period_printed_as_the_headings_range(tmp_path: Path, heading: str, month: str | None) -> None:
    """No period label: the heading's range is the pay period, of the month it ends in; a range longer than a
    month is no pay period (a year-to-date span)."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, heading, 10)],
        [(40, "Employee Name:", 9), (160, "Marites Dumalag", 9)],
        [(40, "Basic Salary", 9), (250, "12,500.00", 9)],
        [(40, "GROSS Amount", 9), (250, "12,500.00", 9)],
        [(40, "Total Deductions", 9), (250, "1,100.00", 9)],
        [(40, "NET PAY", 9), (250, "11,400.00", 9)]])
    assert _fields(tmp_path, "payslip")["period"] == month


def test_a_negative_net_pay_under_its_own_label(tmp_path: Path) -> None:
    """Deductions larger than the month's earnings leave a net pay below zero, printed under its own label: it is
    read, and doubted (the user confirms it); a negative figure under a lone "Net" stays no pay."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Varsha Textiles Pvt. Ltd.", 14)],
        [(40, "Payslip for September 2026", 11)],
        [(40, "Employee Name: Hemant Kolte", 10)],
        [(40, "Base Salary: Rs. 1,540.00", 10), (300, "Gross Pay: Rs. 1,540.00", 10)],
        [(40, "Employee PF: -Rs. 1,800.00", 10)],
        [(40, "Net Salary: Rs. -312.40", 10)]])
    item = _settled(tmp_path, "payslip")
    assert item.fields["net_pay"] == "-312.40"
    assert item.evidence["net_pay"].confidence < 0.6


def test_a_lone_net_with_a_negative_figure_is_no_pay(tmp_path: Path) -> None:
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Varsha Textiles Pvt. Ltd.", 14)],
        [(40, "Payslip for September 2026", 11)],
        [(40, "Employee Name: Hemant Kolte", 10)],
        [(40, "Net", 10), (300, "-312.40", 10)]])
    assert _fields(tmp_path, "payslip")["net_pay"] is None


def test_a_cumulative_sections_gross_is_not_the_periods(tmp_path: Path) -> None:
    """"Gross Pay" under a "Cumulative Details" heading is the year's: the period's gross is the total printed for
    the period."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Lisheen Engineering Ltd", 14), (420, "Payslip", 12)],
        [(40, "Emp Name: Cathal Brennock", 10), (300, "Pay Date: 25/09/2026", 10)],
        [(40, "Salary", 10), (250, "4,600.00", 10)],
        [(40, "Total Earnings", 10), (250, "4,600.00", 10)],
        [(40, "Cumulative Details", 11)],
        [(40, "Gross Pay", 10), (250, "41,400.00", 10)],
        [(40, "Tax Paid", 10), (250, "7,210.00", 10)]])
    assert _fields(tmp_path, "payslip")["gross_pay"] == "4600.00"


def test_a_net_pay_boxed_beside_another_column(tmp_path: Path) -> None:
    """A "Net Wage" box right of the payment method: its figure right-aligned under the label (further right than
    the label's column), the other column's line beside it."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Qormi Bakeries Ltd", 14), (450, "PAYSLIP", 14)],
        [(40, "Employee: Dorianne Zammit", 10), (380, "Period 09 / 2026", 9)],
        [(40, "Basic Wage", 10), (300, "1,480.00", 10)],
        [(40, "Gross Pay", 10), (300, "1,480.00", 10)],
        [(40, "FSS Tax", 10), (300, "120.55", 10)],
        [(40, "SSC Class 1", 10), (300, "148.00", 10)],
        [(40, "Paid by credit transfer", 9), (380, "Net Wage", 9)],
        [(40, "Account ** 5512", 9), (440, "EUR 1,211.45", 13)]], gap=1.6)
    assert _fields(tmp_path, "payslip")["net_pay"] == "1211.45"


def test_a_banking_apps_account_line_names_its_holder(tmp_path: Path) -> None:
    """A banking app's screen prints no holder label: its account line gives the name before the product and the
    masked number ("Name - Product ****1234"); a product alone there ("Everyday ****1234") names no one."""
    placed_pdf(tmp_path / "app.pdf", [
        [(40, "09:41", 9)],
        [(40, "Conch Harbour Bank", 14)],
        [(40, "Delphine Rolle-Ferguson - Savings ****7741", 10)],
        [(40, "Current balance", 10)],
        [(40, "B$2,480.15", 14)],
        [(40, "Oct 28", 9), (120, "Harbour Grocers", 9), (420, "-64.20", 9)],
        [(40, "Oct 15", 9), (120, "Payroll - Nassau Freight", 9), (420, "+1,210.00", 9)]])
    assert _fields(tmp_path, "bank_statement")["account_holder"] == "Delphine Rolle-Ferguson"


def test_a_product_alone_on_the_account_line_is_no_holder(tmp_path: Path) -> None:
    placed_pdf(tmp_path / "app.pdf", [
        [(40, "09:41", 9)],
        [(40, "Conch Harbour Bank", 14)],
        [(40, "Everyday Savings - Joint ****7741", 10)],
        [(40, "Current balance", 10)],
        [(40, "B$2,480.15", 14)],
        [(40, "Oct 28", 9), (120, "Harbour Grocers", 9), (420, "-64.20", 9)]])
    assert _fields(tmp_path, "bank_statement")["account_holder"] is None


def test_a_tables_last_heading_over_its_rows_is_no_box(tmp_path: Path) -> None:
    """The last heading of a register's row of headings ("Net Pay" over each employee's figure, set right of it):
    its first row's figure is one row's, not the document's net pay — unlike a box's single figure."""
    placed_pdf(tmp_path / "slip.pdf", [
        [(40, "Qormi Bakeries Ltd", 14), (450, "PAYSLIP", 14)],
        [(40, "Employee: Dorianne Zammit", 10), (380, "Period 09 / 2026", 9)],
        [(40, "Week", 9), (200, "Gross", 9), (380, "Net Pay", 9)],
        [(40, "Week 1", 9), (200, "370.00", 9), (440, "EUR 302.86", 9)],
        [(40, "Week 2", 9), (200, "370.00", 9), (440, "EUR 302.86", 9)],
        [(40, "Week 3", 9), (200, "370.00", 9), (440, "EUR 302.86", 9)]], gap=1.6)
    assert _fields(tmp_path, "payslip")["net_pay"] != "302.86"
