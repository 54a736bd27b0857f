"""Mechanisms found on independent set 23's English documents, tested on documents of other wording and layout.

Each test writes real PDFs (a text layer drawn by reportlab at given positions, so cells and columns are where a
printed form puts them) and reads them as packet does (tests/fixtures_reading.read_documents, then classify and
extract). The failures on set 23 they stand for:

- a credit union's long name ("… Teachers & Workers Federal Credit Union": seven words) refused as a sentence;
- a pay stub's form of label/value pairs without colons ("Employee | name | Pay Period | dates" over "Employee ID |
  number | Pay Date | date") read as a table's heads over a row, whose "Employee" then headed the street address;
  the name's cell run on into the next label ("… Thibodeaux Pay Period");
- a banking app's day headings ("27 Nov") taken for a street line under a merchant ("Tesco …" as the holder), the
  holder printed under the account's line, the masked number's bullets read by OCR as other marks;
- "$5,655.00 gross per calendar month" read as no monthly income; the employer a letter's sentence names ("has been
  employed by … Pty Ltd") lost with its letterhead;
- a label in two languages ("Rhif Gweithiwr / Employee No.") taken for the employee's name;
- a name with accents ("Ciarán") refused as a name's shape; the courtesy title kept with the address's name;
- "Bill To:" naming no one for a bill that names no patient; a vet's invoice ("… Vet Hospital") typed medical_bill.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import case_at, read_documents
from textdoc import make_doc

from packet.understanding.classify import classify
from packet.understanding.extract import account_form, extract, sane_bank
from packet.understanding.label_geometry import doc_lines
from packet.understanding.unlabelled import address_name

A4 = (595.0, 842.0)


def placed_pdf(path: Path, rows: list[list[tuple[float, str]]], *, size: tuple[float, float] = A4,
               step: float = 16.0, font_size: float = 10.0) -> Path:
    """A born-digital one-page PDF: each row a line of (x in points from the left, text) pieces, ``step`` points
    apart from the top margin down."""
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setFont("Helvetica", font_size)
    y = size[1] - 48
    for row in rows:
        for x, text in row:
            c.drawString(x, y, text)
        y -= step
    c.showPage()
    c.save()
    return path


def lines_pdf(path: Path, lines: list[str]) -> Path:
    return placed_pdf(path, [[(40, ln)] for ln in lines])


def _read(pdf: Path):
    docs = read_documents(pdf.parent, "en")
    assert len(docs) == 1
    items = classify(docs, case_at(pdf.parent))
    return extract(items[0], "en")


def test_a_credit_unions_long_name_is_its_bank(tmp_path: Path) -> None:
    name = "Bayou Lafourche Parish Nurses & Teachers Federal Credit Union"
    pdf = lines_pdf(tmp_path / "s" / "stmt.pdf", [
        f"{name}   MEMBER STATEMENT",
        "PO Box 118 - Thibodaux, Louisiana 70302     Statement Period 10/01/26 thru 10/31/26",
        "Account 5520-11873-04",
        "JOLENE ANN BROUSSARD   SHARE SAVINGS - SUMMARY",
        "Date Description Withdrawals Deposits Balance",
        "10/01 Beginning Balance 812.40",
        "10/04 PAYROLL DEPOSIT 1,402.18 2,214.58",
        "10/09 ACH DEBIT ENTERGY 120.33 2,094.25",
        "10/31 Ending Balance 2,094.25",
    ])
    e = _read(pdf)
    assert e.type == "bank_statement"
    assert e.fields["bank"] == name


@pytest.mark.parametrize("value", ["Mourne & Clanrye Building Society", "Pine Hollow Community Savings Bank",
                                   "Terrebonne Parish Teachers & Workers Federal Credit Union"])
def test_long_institution_names_stay(value: str) -> None:
    assert sane_bank(value) == value


@pytest.mark.parametrize("value", ["Please Read All Of These Important Notes Before Your Next Visit Bank",
                                   "Important information about your account"])
def test_headings_stay_refused(value: str) -> None:
    assert sane_bank(value) is None


def test_a_stubs_label_value_pairs_are_no_table_and_a_run_on_label_ends_the_name(tmp_path: Path) -> None:
    pdf = placed_pdf(tmp_path / "p" / "stub.pdf", [
        [(40, "Atchafalaya Crawfish Packers, LLC"), (400, "EARNINGS STATEMENT")],
        [(40, "208 Levee Rd, Breaux Bridge, LA 70517"), (430, "Check No. 004518")],
        [(40, "Employee"), (120, "Jolene Ann Broussard Pay Period"), (300, "10/01/2026 - 10/31/2026"),
         (430, "Dept"), (490, "Packing")],
        [(40, "Employee ID"), (120, "00417"), (220, "Pay Date"), (300, "11/04/2026"),
         (430, "Pay Frequency Monthly")],
        [(80, "Earnings"), (170, "Hours"), (230, "Rate"), (290, "Current"), (360, "YTD"), (420, "Gross Pay")],
        [(40, "Regular"), (175, "160.00"), (230, "13.5000"), (290, "2,160.00"), (360, "19,440.00"),
         (480, "$2,160.00")],
        [(40, "Federal Income Tax"), (290, "140.20"), (360, "1,261.80"), (420, "Net Pay")],
        [(40, "Social Security"), (290, "133.92"), (360, "1,205.28"), (480, "$1,854.69")],
        [(40, "Medicare"), (290, "31.19"), (360, "280.71")],
    ])
    e = _read(pdf)
    assert e.type == "payslip"
    assert e.fields["employee"] == "Jolene Ann Broussard"


def test_a_label_in_two_languages_is_no_name(tmp_path: Path) -> None:
    pdf = placed_pdf(tmp_path / "b" / "slip.pdf", [
        [(40, "Kura Kaupapa Tautoko Trust | PAYSLIP")],
        [(40, "Ingoa / Name"), (260, "Tau Kaimahi / Employee No.")],
        [(40, "Aroha Mere Tipene"), (260, "0419")],
        [(40, "Pay Period"), (260, "Pay Date")],
        [(40, "October 2026"), (260, "30/10/2026")],
        [(40, "Basic pay"), (260, "$3,120.00")],
        [(40, "PAYE tax"), (260, "$521.40")],
        [(40, "Gross Pay"), (260, "$3,120.00")],
        [(40, "Net Pay"), (260, "$2,598.60")],
    ])
    e = _read(pdf)
    assert e.type == "payslip"
    assert e.fields["employee"] == "Aroha Mere Tipene"


def test_a_banking_apps_day_headings_are_no_address_and_its_holder_is_under_the_account(tmp_path: Path) -> None:
    pdf = lines_pdf(tmp_path / "a" / "app.pdf", [
        "< Statements",
        "Lough Swilly & Finn Bank",
        "Everyday Account ••••4471",
        "Aoife Máire Brennan",
        "October 2026 (1 - 31 Oct)",
        "Money in   Money out   End balance",
        "€1,612.00   €904.37   €2,318.55",
        "29 Oct",
        "Centra Letterkenny -€23.10",
        "27 Oct",
        "Department of Social Protection +€220.00",
        "21 Oct",
        "Eir Mobile -€35.00",
    ])  # merchants and amounts in one cell; the rows' own test is below
    e = _read(pdf)
    assert e.type == "bank_statement"
    assert e.fields["account_holder"] == "Aoife Máire Brennan"
    assert e.fields["account_number"] == "4471"


def test_day_headings_under_a_merchant_make_no_address_block(tmp_path: Path) -> None:
    pdf = placed_pdf(tmp_path / "d" / "rows.pdf", [
        [(40, "Transactions")], [(40, "30 Nov")], [(40, "Boots Foyleside"), (400, "-£8.99")], [(40, "27 Nov")],
        [(40, "Carers Allowance DfC"), (400, "+£81.90")], [(40, "24 Nov")], [(40, "Eir Mobile"), (400, "-£35.00")],
    ])
    lines = doc_lines(read_documents(pdf.parent, "en")[0].pages)
    assert address_name(lines) is None


def test_a_masked_tail_whose_bullets_ocr_misread_is_the_account() -> None:
    lines = doc_lines(make_doc("Harbour Bank\nClassic Account «++°6613\nNovember 2026", form="scan").pages)
    assert account_form(lines, (), ()) == "6613"


def test_gross_per_calendar_month_and_the_employer_a_sentence_names(tmp_path: Path) -> None:
    pdf = lines_pdf(tmp_path / "i" / "letter.pdf", [
        "3 October 2026",
        "To whom it may concern",
        "Re: Kiri Anne Holloway - confirmation of employment and income",
        "This letter confirms that Kiri Anne Holloway has been employed by Kestrel Orchard Supplies Pty Ltd since",
        "4 March 2019 and holds the position of Packhouse Leader on a permanent full-time basis.",
        "Kiri's base salary is $61,200.00 per annum, which is $5,100.00 gross per calendar month,",
        "paid fortnightly into her nominated account.",
        "Kind regards,",
        "Meera Sandhu",
        "Operations Manager",
    ])
    e = _read(pdf)
    assert e.type == "income_proof"
    assert e.fields["monthly_income"] == "5100.00"
    assert e.fields["employer"] == "Kestrel Orchard Supplies Pty Ltd"


def test_an_accented_name_over_its_address_without_its_title(tmp_path: Path) -> None:
    pdf = lines_pdf(tmp_path / "u" / "redundancy.pdf", [
        "Teifi Valley Woollen Mills Ltd",
        "Station Road, Llandysul SA44 4AA",
        "Ms Siân Eleri Prosser",
        "12 Heol y Bont",
        "Aberaeron",
        "SA46 0AA",
        "Friday 9 October 2026",
        "Dear Siân,",
        "Confirmation of Redundancy",
        "I am sorry to confirm that your position as Weaver has been made redundant. Your employment",
        "will end on 23 October 2026. Your statutory redundancy payment is £6,204.00.",
        "Yours sincerely,",
        "Gwen Howells, HR Manager",
    ])
    e = _read(pdf)
    assert e.type == "unemployment_proof"
    assert e.fields["person"] == "Siân Eleri Prosser"


def test_the_person_billed_stands_in_for_the_patient(tmp_path: Path) -> None:
    pdf = lines_pdf(tmp_path / "m" / "bill.pdf", [
        "Speightstown Family Health Clinic",
        "Queen Street, Speightstown, St. Peter, Barbados",
        "PATIENT BILL   Date: Oct. 8, 2026",
        "Bill No. SF-26-0912",
        "Bill To: Marcia Griffith-Holder",
        "Lot 4, Sunset Crest, St. James",
        "Description   BDS$",
        "Consultation (GP)   160.00",
        "Blood pressure review   40.00",
        "TOTAL BDS$   200.00",
    ])
    e = _read(pdf)
    assert e.type == "medical_bill"
    assert e.fields["patient"] == "Marcia Griffith-Holder"


def test_a_vets_invoice_stays_other(tmp_path: Path) -> None:
    pdf = lines_pdf(tmp_path / "v" / "invoice.pdf", [
        "Kingsbridge Vet Surgery   TAX INVOICE",
        "14 Fore St, Kingsbridge TQ7 1PG | Inv 20417 | 02/11/2026",
        "Client: Tamsin Rowe",
        "Patient: Rex (Labrador x, M, 4y, 31 kg)",
        "Item   Qty   Amount",
        "Consultation - standard   1   £52.00",
        "Vaccination - annual booster   1   £61.00",
        "Total (incl. VAT)   £113.00",
        "Paid card   £113.00",
    ])
    e = _read(pdf)
    assert e.type == "other"


def test_a_name_ends_before_a_next_label_ocr_misread() -> None:
    from packet.understanding.extract import read_fields

    page = ("Atchafalaya Crawfish Packers, LLC          EARNINGS STATEMENT\n"
            "Employee     Jolene Ann Broussard Pay Pernod     10/01/2026 - 10/31/2026\n"
            "Gross Pay     $2,160.00\nNet Pay     $1,854.69\n")
    fields = read_fields("payslip", make_doc(page, rel="stub.jpg", form="photo", confidence=80.0).pages, "en")
    assert fields["employee"] == "Jolene Ann Broussard"
