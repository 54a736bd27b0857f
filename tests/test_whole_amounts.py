"""Amounts printed the way real bills and payslips print them (issue 10): whole units without decimals ("48,250",
"17 500"), a currency sign the PDF font lacked (₹ printed as "¹", "?" or nothing), blank templates whose figures
are all zero, and the total charged against what remains owed. Every input here is generated in the test, in
layouts, words and figures of its own; the fast tests lay text out with :mod:`textdoc`, the last ones draw a real
PDF and read it the way ``packet check`` does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.rules.registry import load_vocabulary
from packet.understanding import tables
from packet.understanding.extract import BARE_GROUPED, BARE_PLAIN, extract
from packet.understanding.label_geometry import doc_lines
from packet.understanding.values import cell_amount


def read(type_name: str, text: str, language: str = "en"):
    return extract(Classified(make_doc(text), type_name), language)


def fields(type_name: str, text: str, language: str = "en") -> dict:
    return dict(read(type_name, text, language).fields)


def columns(text: str) -> list[tables.MoneyColumn]:
    v = load_vocabulary()
    return tables.money_columns(doc_lines(make_doc(text).pages), v.money_column_words, v.money_column_patterns)


# --- one amount alone in a cell ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "marked", "grouped"), [
    ("¹48,250", "48250", False, True),      # ₹ the font lacked, printed as a superscript one (folded away)
    ("?9,615", "9615", False, True),        # ... or as a question mark
    ("Rs 17,500", "17500", True, True),
    ("$1,200", "1200", True, True),
    ("¥8,000", "8000", True, True),
    ("17 500", "17500", False, True),       # grouped by a space
    ("2 340 115,75", "2340115.75", True, True),
    ("Rs.2,07,500", "207500", True, True),  # lakhs
    ("640", "640", False, False),
    ("(75.50)", "-75.50", True, False),
])
def test_cell_amount_reads_an_amount_alone_in_its_cell(text, value, marked, grouped) -> None:
    got = cell_amount(text)
    assert got is not None and (got.value, got.marked, got.grouped) == (Decimal(value), marked, grouped)


@pytest.mark.parametrize("text", ["2023", "0071", "9876543210", "2023-04-18", "07/11/2024", "415-555-0182",
                                  "3 tablets", "CPT 99214", "Qty 4", "12.5 mg", "Room 204 B", "#12,345",
                                  "№ 4,410", "12.5%"])
def test_cell_amount_refuses_years_ids_phones_dates_and_counts_with_words(text) -> None:
    assert cell_amount(text) is None


# --- (a) a money column and (c) its total: the figures agree -------------------------------------------------

CLINIC_INR = """
SHANTIVAN MULTISPECIALITY CLINIC
Final Bill                                       Bill date: 2023-04-18
Patient: Meera Kulkarni
Particulars                 Code      Qty      Charges (¹)
Ward stay, general          W110      3        ¹12,600
Surgeon fee                 S402      1        ¹21,000
Anaesthesia                 A017      1        ¹6,300
Dressings and consumables   C903      14       ¹940
Physiotherapy session       P220      2        ¹1,200
Gross bill value                                             ¹42,040
Paid by insurer                                     ¹30,000
Balance payable by patient                          ¹12,040
Contact 020-2765-4410 · Reg. No 2011
"""


def test_money_column_rows_add_up_to_a_whole_unit_total() -> None:
    [col] = columns(CLINIC_INR)
    # the Charges column, not the codes or the quantities
    assert col.amounts == (Decimal(12600), Decimal(21000), Decimal(6300), Decimal(940), Decimal(1200))
    assert col.total == Decimal(42040)


def test_whole_unit_bill_total_is_the_charges_total_not_what_the_patient_owes() -> None:
    got = read("medical_bill", CLINIC_INR)
    assert got.fields["total"] == "42040.00"
    assert got.evidence["total"].confidence >= 0.8  # the items agree with it


def test_money_column_without_an_agreeing_total_gives_no_total() -> None:
    # the last line is no total of the rows above (they add up to 3,150): a column alone makes no total
    text = """
Service                       Fee
Consultation                  1,500
Blood panel                   1,650
Grand total                   3,400
"""
    [col] = columns(text)
    assert col.amounts == (Decimal(1500), Decimal(1650), Decimal(3400)) and col.total is None


def test_chinese_letter_spaced_amount_heading_over_whole_yuan() -> None:
    text = """
康宁社区卫生服务中心
门诊费用明细                        开票日期：2024年03月09日
患者姓名：周晓兰
项 目            数 量       金 额
西药费            2           186
检查费            1           240
治疗费            3           90
合 计                        516
医保统筹支付                  300
个人支付                      216
"""
    got = fields("medical_bill", text, "zh")
    assert got["total"] == "516.00"


def test_codes_years_and_counts_in_other_columns_never_enter_the_sum() -> None:
    # a code column of five-digit numbers and a year column beside the fee column: only the fees add up
    text = """
Procedure            CPT       Year      Fee
Office visit         99204     2022      $310
Electrocardiogram    93000     2022      $95
Total fees                               $405
"""
    [col] = [c for c in columns(text) if c.total is not None]
    assert col.amounts == (Decimal(310), Decimal(95)) and col.total == Decimal(405)
    assert fields("medical_bill", text)["total"] == "405.00"


# --- 4. the total charged versus the amount owed, in three more layouts ----------------------------------------

def test_labelled_total_charges_beats_amount_due_printed_first() -> None:
    text = """
Harbourside Imaging Centre
Statement date: 09/14/2025
Patient name: Tomas Reyes
Amount Due:             $380.00
Total Charges:          $1,900.00
Insurance Payments:     $1,520.00
"""
    assert fields("medical_bill", text)["total"] == "1900.00"


def test_dated_item_rows_beat_patient_liability_and_balance_due() -> None:
    text = """
Northgate Orthopaedic Hospital
Invoice date: 02/03/2026
Patient: Ilse Brandt
01/20/2026   Knee arthroscopy          4,300.00
01/20/2026   Recovery room               650.00
01/21/2026   Brace                       115.00
Total                                  5,065.00
Patient Liability                        900.00
Balance Due                              900.00
"""
    assert fields("medical_bill", text)["total"] == "5065.00"


def test_remaining_balance_column_does_not_make_the_total() -> None:
    # Charges and Balance are both money columns; the total charged is the larger agreeing sum
    text = """
Lakeview Dental Practice
Statement date: 10/02/2025
Patient name: Aiko Mori
Description          Charges      Paid      Balance
Crown                1,200        800       400
X-ray                  150        150       0
Cleaning               110         60       50
Totals               1,460        1,010     450
Amount due now                              450
"""
    assert fields("medical_bill", text)["total"] == "1460.00"


# --- (b) a bare figure beside a money label: kept, with less confidence -----------------------------------------

def test_grouped_whole_unit_value_of_a_money_label_is_less_sure() -> None:
    text = """
Riverside Family Clinic
Visit date: 2025-06-02
Patient: Oskar Lind
Total amount: 27,500
"""
    got = read("medical_bill", text)
    assert got.fields["total"] == "27500.00"
    assert got.evidence["total"].confidence == pytest.approx(0.86 * BARE_GROUPED, abs=0.01)


def test_ungrouped_bare_value_is_less_sure_still_and_a_marked_one_keeps_its_confidence() -> None:
    bare = read("payslip", "Pay month: 2025-03\nEmployee: Lena Park\nEmployer: Brightwell Ltd\nGross pay: 640\n"
                           "Net pay: 600\n")
    assert bare.fields["gross_pay"] == "640.00"
    assert bare.evidence["gross_pay"].confidence == pytest.approx(0.86 * BARE_PLAIN, abs=0.01)
    marked = read("payslip", "Pay month: 2025-03\nEmployee: Lena Park\nEmployer: Brightwell Ltd\n"
                             "Gross pay: 640.00\nNet pay: 600.00\n")
    assert marked.evidence["gross_pay"].confidence == pytest.approx(0.86, abs=0.01)


def test_space_grouped_amount_beside_its_label() -> None:
    text = "Bulletin de paie\nPay month: 2025-02\nEmployee: Claire Dubois\nGross pay: 3 450,00\nNet pay: 2 689,15\n"
    got = fields("payslip", text)
    assert (got["gross_pay"], got["net_pay"]) == ("3450.00", "2689.15")


def test_a_year_or_a_phone_number_beside_a_money_label_is_no_amount() -> None:
    text = """
Brookfield Urgent Care
Visit date: 2024-08-12
Patient: Dana Whitfield
Total: 2024
Amount due: 415-555-0182
"""
    assert fields("medical_bill", text)["total"] is None


# --- 3. blank templates: the figures as a set --------------------------------------------------------------------

def test_blank_payslip_template_whose_figures_are_all_zero_reports_no_amounts() -> None:
    text = """
Salary Statement : March - 2026
Employee Name      Employee Name
Basic Salary       0.00
Allowances         0.00
Gross Earnings     0.00
Deductions         -
Net Salary         0.00
"""
    got = fields("payslip", text)
    assert got["gross_pay"] is None and got["net_pay"] is None
    assert got["period"] == "2026-03"


def test_a_zero_net_pay_among_real_figures_is_still_read() -> None:
    # an advance repaid in full leaves nothing to pay: the figures as a set are not a template's
    text = """
Pay month: 2026-03
Employee: Ruth Okafor
Gross pay     1,850.00
Advance repaid 1,850.00
Net pay       0.00
"""
    got = fields("payslip", text)
    assert (got["gross_pay"], got["net_pay"]) == ("1850.00", "0.00")


# --- the whole path on a real PDF: a rupee sign the font lacks ------------------------------------------------------

def test_pdf_bill_whose_font_lacks_the_rupee_sign(tmp_path: Path) -> None:
    """A born-digital bill drawn with a font without ₹: the sign comes out as a superscript one (as the corpus's
    generators print it), the item amounts and the total are whole rupees. Read as ``packet check`` reads it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from packet.case.casefile import Case, Request
    from packet.reading.ingest import read_case
    from packet.understanding.classify import classify

    root = tmp_path / "case"
    root.mkdir()
    pdf = root / "bill.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    w, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, h - 60, "SAHYADRI CARE HOSPITAL")
    c.setFont("Helvetica", 10)
    c.drawString(60, h - 80, "Patient Name: Arjun Deshpande")
    c.drawString(60, h - 96, "Bill Date: 2025-01-22")
    c.drawString(60, h - 130, "Service")
    c.drawString(300, h - 130, "Units")
    c.drawString(430, h - 130, "Amount (\u00b9)")
    rows = [("Room rent, semi-private", "4", "\u00b99,200"), ("Cardiology consultation", "2", "\u00b93,000"),
            ("Echocardiogram", "1", "\u00b94,750"), ("Medicines", "1", "\u00b9865")]
    y = h - 148
    for name, units, amount in rows:
        c.drawString(60, y, name)
        c.drawString(300, y, units)
        c.drawRightString(490, y, amount)
        y -= 16
    c.drawString(60, y - 6, "Gross Bill Amount:")
    c.drawRightString(530, y - 6, "\u00b917,815")
    c.drawString(60, y - 26, "Advance received: \u00b915,000")
    c.drawString(60, y - 42, "Net payable: \u00b92,815")
    c.showPage()
    c.save()
    case = Case(root=root, request=Request(language="en", checklist="en-hardship"))
    doc = read_case(case, languages="eng", jobs=1, cache=None).documents
    [item] = classify(doc, case)
    assert item.type == "medical_bill"
    got = extract(item, "en")
    assert got.fields["total"] == "17815.00"
    assert got.evidence["total"].source in ("table", "text")


# --- a blank statement form: stand-in dates, computed balances printed unrounded, whole-unit amounts ----------------

def test_float_printed_unrounded_is_read_to_the_cent() -> None:
    from packet.understanding.values import find_money

    [h] = find_money("4410.349999999999")
    assert (h.value, h.marked) == (Decimal("4410.35"), True)
    assert find_money("2.718281828") == []  # no cents hide in it: not an amount


def test_statement_form_with_stand_in_dates_chains_its_balances() -> None:
    text = """
Current Account Statement
Account name: Larkspur Joinery Ltd
Account number: 40-71-22 90817263
Date         Type    Description             In          Out        Balance
             Balance brought forward                                2,640.10
DD/MM/YYYY   FPI     Invoice 1182            750                    3390.1
DD/MM/YYYY   DD      Water board                         64.25      3325.8499999999999
DD/MM/YYYY   CHQ     Cheque 004117                       1500       1825.85
DD/MM/YYYY   BGC     Refund                  38.40                  1864.2500000000002
"""
    got = fields("bank_statement", text)
    assert got["closing_balance"] == "1864.25"
    # stand-in dates give no period
    assert got["period_start"] is None and got["period_end"] is None


def test_whole_unit_figures_of_a_row_count_only_where_the_balances_chain() -> None:
    from packet.understanding.label_geometry import doc_lines

    text = """
12/05/2025   Opening                                 3,000.00
13/05/2025   Cheque 004117    1500                   1,500.00
14/05/2025   Card 7731 TAXI                  25.00   1,475.00
15/05/2025   Transfer in      200                    1,675.00
"""
    book = tables.ledger(doc_lines(make_doc(text).pages), True)
    assert book is not None
    # the cheque number (a leading zero) is no figure; 1500 is the movement; the card number is never one
    assert [e.whole for e in book.entries] == [(), (Decimal(1500),), (), (Decimal(200),)]
    assert book.chained == 3 and book.closing == Decimal("1675.00")


# --- 2. a currency sign the PDF font lacks: every rendering, the whole path ------------------------------------------

@pytest.mark.parametrize("sign", ["¹", "?", "■", "", "Rs."])
def test_lost_rupee_sign_from_label_to_value_and_from_items_to_total(sign: str) -> None:
    bill = f"""
GREENFIELD EYE INSTITUTE
Receipt date: 2024-07-30
Patient: Farida Qureshi
Investigation                          Amount
Slit-lamp exam                       {sign}1,350
Retinal scan                         {sign}2,900
Eye drops                              {sign}475
Net Amount                                           {sign}4,725
"""
    got = read("medical_bill", bill)
    assert got.fields["total"] == "4725.00"
    assert got.evidence["total"].confidence >= 0.8  # the items agree with it
    labelled = read("medical_bill", f"Greenfield Eye Institute\nReceipt date: 2024-07-30\nPatient: Farida Qureshi\n"
                                    f"Total amount: {sign}52,500\n")
    assert labelled.fields["total"] == "52500.00"


# --- (c) on a payslip: gross − deductions = net in whole units ----------------------------------------------------

WHOLE_PAYSLIP = """
NILGIRI TEXTILE MILLS PVT LTD
Salary Slip for the month of August 2024
Employee Name: Ravi Shankar Iyer          Employee Code: NT-2207
Designation: Loom Supervisor              Days Worked: 26
Earnings              Amount        Deductions            Amount
Basic                 18,400        Provident Fund         2,208
House Rent Allowance   7,360        Professional Tax         200
Conveyance             1,600        Income Tax             1,150
Special Allowance      3,140        Canteen                  420
Gross Earnings        30,500        Total Deductions       3,978
Net Salary Payable: {net}
"""


def test_whole_unit_payslip_net_pay_is_the_figure_gross_minus_deductions_leaves() -> None:
    got = read("payslip", WHOLE_PAYSLIP.format(net="26,522"))
    assert (got.fields["gross_pay"], got.fields["net_pay"]) == ("30500.00", "26522.00")
    # gross is the total of its Amount column; net agrees with gross and the deductions: neither is doubted
    assert got.evidence["gross_pay"].confidence >= 0.8 and got.evidence["net_pay"].confidence >= 0.8


def test_whole_unit_figures_that_do_not_agree_make_no_net_pay() -> None:
    got = read("payslip", WHOLE_PAYSLIP.format(net="26,000"))
    assert got.fields["gross_pay"] == "30500.00" and got.fields["net_pay"] is None


def test_an_item_equal_to_the_items_above_it_is_not_the_total() -> None:
    text = """
Item                 Charges
Consultation         100
Dressing             200
Minor procedure      300
Medicines            150
Total                                750
Paid                                 500
"""
    [col] = columns(text)
    assert col.amounts == (Decimal(100), Decimal(200), Decimal(300), Decimal(150)) and col.total == Decimal(750)


def test_totals_in_the_column_then_payments_keep_the_charges_total() -> None:
    text = """
Item                 Amount
Ward                 2,000
Theatre              3,500
Total                5,500
Insurance paid       4,000
Balance              1,500
"""
    [col] = columns(text)
    assert col.total == Decimal(5500) and col.amounts == (Decimal(2000), Decimal(3500))


def test_a_grouped_figure_in_the_years_range_is_an_amount_and_a_bare_one_is_not() -> None:
    assert cell_amount("2,000").value == Decimal(2000)
    assert cell_amount("2000") is None
    base = "Brookfield Urgent Care\nVisit date: 2024-08-12\nPatient: Dana Whitfield\n"
    assert fields("medical_bill", base + "Total: 2,050\n")["total"] == "2050.00"
    assert fields("medical_bill", base + "Total: 2050\n")["total"] is None


def test_whole_unit_total_line_without_items_is_the_largest_grouped_total() -> None:
    text = """
ANANDA NURSING HOME
Discharge Summary Bill              Date: 2023-12-02
Patient Name: Sunil Varma
Total Bill Amount:                                  ¹63,400
Received from insurer:                ¹50,000
Balance Due:                                        ¹13,400
Reg. No 2019 · Beds 40
"""
    got = read("medical_bill", text)
    assert got.fields["total"] == "63400.00"
    assert got.evidence["total"].confidence < 0.8  # a guess by position in whole units: less sure


def test_whole_unit_total_without_a_label_is_the_largest_grouped_figure_on_a_total_line() -> None:
    text = """
ANANDA NURSING HOME
Discharge Summary Bill              Date: 2023-12-02
Patient Name: Sunil Varma
Total of this bill                                  ¹63,400
Received from insurer                 ¹50,000
Reg. No 2019 · Beds 40
"""
    got = read("medical_bill", text)
    assert got.fields["total"] == "63400.00"
    assert got.evidence["total"].confidence < 0.8


def test_no_grouped_figure_on_a_total_line_gives_no_total() -> None:
    text = """
ANANDA NURSING HOME
Discharge Summary Bill              Date: 2023-12-02
Patient Name: Sunil Varma
Total beds: 40
Total visits 2019
"""
    assert fields("medical_bill", text)["total"] is None


# --- a currency sign OCR read as a digit: "Amount (₹)" read as "Amount ( 1)", "₹2,600" as "12,600" ---------------

def test_sign_read_as_a_digit_the_readings_that_add_up_give_the_total() -> None:
    # an OCR reading of a photographed bill: the rupee sign came out as "1" on most figures, dropped on one
    text = """
MEHTA EYE & ENT CLINIC
Bill date: 2025-02-11
Patient: Kavya Menon
Procedure                      Amount ( 1)
Audiometry                     12,600
Nasal endoscopy                14,100
Ear wax removal                1950
Consultation                   7,500
Total                                     115,150
"""
    got = read("medical_bill", text)
    assert got.fields["total"] == "15150.00"  # 2,600 + 4,100 + 950 + 7,500: the one reading that adds up


def test_sign_read_as_a_digit_without_agreeing_figures_gives_no_total() -> None:
    text = """
MEHTA EYE & ENT CLINIC
Bill date: 2025-02-11
Patient: Kavya Menon
Procedure                      Amount ( 1)
Audiometry                     12,600
Nasal endoscopy                44,100
Total Bill Amount:                        118,150
"""
    # 118,150 or 18,150: nothing tells, and a wrong amount is worse than none
    assert fields("medical_bill", text)["total"] is None


def test_sign_read_as_a_quote_in_the_heading_makes_every_whole_unit_figure_doubtful() -> None:
    # the heading's sign came out as a quote, the figures' as various digits: any first digit may be the sign
    text = """
ST. JUDE NURSING CENTRE
Bill date: 2025-05-19
Patient: Noor Fatima
Particulars                    Fees (')
Room                           73,200
Oxygen                         7450
Physiotherapy                  1,300
Grand Bill Amount:                        94,950
"""
    got = fields("medical_bill", text)
    assert got["total"] == "4950.00"  # 3,200 + 450 + 1,300: the one reading of the total that adds up
    unsure = fields("medical_bill", text.replace("7450", "7750"))
    assert unsure["total"] is None  # nothing adds up: 94,950 or 4,950, nothing tells


def test_a_real_sign_in_the_heading_is_no_misreading() -> None:
    text = """
MEHTA EYE & ENT CLINIC
Bill date: 2025-02-11
Patient: Kavya Menon
Procedure                      Amount (Rs)
Audiometry                     2,600
Nasal endoscopy                14,100
Total Bill Amount:                        16,700
"""
    assert fields("medical_bill", text)["total"] == "16700.00"


def test_photographed_bill_with_a_rupee_sign_gives_the_total_or_none_never_a_misread_one(tmp_path: Path) -> None:
    """A bill printed with the rupee sign, scanned, read by real OCR: Tesseract knows no ₹ and reads it as some
    other mark — a digit on many pages. The total must come out right (its items agree with it) or not at all."""
    from PIL import Image, ImageDraw, ImageFont

    from packet.case.casefile import Case, Request
    from packet.reading.ingest import read_case
    from packet.understanding.classify import classify

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
    img = Image.new("L", (1654, 1400), 255)
    d = ImageDraw.Draw(img)
    d.text((120, 80), "KAVERI CHILDREN'S HOSPITAL", font=bold, fill=0)
    d.text((120, 170), "Patient Name: Ishaan Rao", font=font, fill=0)
    d.text((120, 220), "Bill Date: 2024-09-03", font=font, fill=0)
    d.text((120, 320), "Service", font=font, fill=0)
    d.text((1150, 320), "Amount (\u20b9)", font=font, fill=0)
    rows = [("Paediatric ward, 2 days", "\u20b93,400"), ("Nebulisation", "\u20b9600"),
            ("Blood tests", "\u20b91,250"), ("Medicines", "\u20b9785")]
    y = 380
    for name, amount in rows:
        d.text((120, y), name, font=font, fill=0)
        d.text((1400, y), amount, font=font, fill=0, anchor="ra")
        y += 55
    d.text((120, y + 20), "Total Bill Amount:", font=font, fill=0)
    d.text((1400, y + 20), "\u20b96,035", font=font, fill=0, anchor="ra")
    d.text((120, y + 80), "Deposit paid: \u20b95,000", font=font, fill=0)
    root = tmp_path / "case"
    root.mkdir()
    img.save(root / "bill.png", dpi=(200, 200))
    case = Case(root=root, request=Request(language="en", checklist="en-hardship"))
    read_ = read_case(case, languages="eng", jobs=1, cache=None)
    [item] = classify(read_.documents, case)
    got = extract(item, "en").fields.get("total")
    assert got in ("6035.00", None), (got, read_.documents[0].pages[0].text)


# --- a statement's table cut short: the labelled closing balance stands ----------------------------------------------

CUT_SHORT = """
Kestrel Savings Bank
Account holder: Priya Natarajan
Account number: 5521 8874
Statement period: 01/09/2025 to 30/09/2025
{label}: £2,310.40
Date         Details                    Paid out     Paid in     Balance
01/09/2025   Balance brought forward                             3,120.00
03/09/2025   Council tax                 140.00                  2,980.00
08/09/2025   Groceries                    62.10                  2,917.90
12/09/2025   Refund                                   12.10      2,930.00
"""


def test_rows_that_stop_before_the_period_ends_leave_the_labelled_closing_balance() -> None:
    # a photo of the first page only: the last running balance (2,930.00) is not the period's
    assert fields("bank_statement", CUT_SHORT.format(label="Closing balance"))["closing_balance"] == "2310.40"


def test_a_bare_balance_label_still_yields_to_the_rows() -> None:
    # "Balance" may head the column: the rows' chained balance wins, as before
    assert fields("bank_statement", CUT_SHORT.format(label="Balance"))["closing_balance"] == "2930.00"
