"""What packet reads on phone photos of statements and payslips (issues 9 and 10): pages generated here in
their own words and figures, photographed by :func:`phone_photo` (the sheet at an angle on a desk, a little out
of focus, lit from one side, saved as a camera JPEG) and read by the real stages (Tesseract, classify, extract)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import case_at, page_image
from PIL import Image, ImageFilter
from textdoc import make_doc

from packet.core import page_images
from packet.core.model import Classified, Extracted
from packet.reading.ingest import read_case
from packet.understanding.classify import classify
from packet.understanding.extract import extract


def phone_photo(sheet: Image.Image, blur: float = 0.8) -> Image.Image:
    """``sheet`` as a phone sees it: a trapezium (held low and to one side), on a dark desk, blurred by
    ``blur`` pixels, darker towards the right (a window on the left)."""
    sheet = sheet.convert("RGB")
    w, h = sheet.size
    out_w, out_h = round(w * 1.2), round(h * 1.15)
    quad = [(0.12 * w, 0.06 * h), (1.08 * w, 0.09 * h), (1.14 * w, 1.10 * h), (0.06 * w, 1.07 * h)]
    coeffs = page_images.perspective_coefficients(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    desk = Image.new("RGB", (out_w, out_h), (64, 50, 38))
    warped = sheet.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                             fillcolor=(64, 50, 38))
    mask = Image.new("L", sheet.size, 255).transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs,
                                                      Image.Resampling.BILINEAR, fillcolor=0)
    photo = Image.composite(warped, desk, mask).filter(ImageFilter.GaussianBlur(blur))
    shade = Image.linear_gradient("L").rotate(90).resize(photo.size)  # 255 at the left edge, 0 at the right
    dark = Image.new("RGB", photo.size, (0, 0, 0))
    return Image.composite(photo, dark, shade.point(lambda v: 190 + v * 65 // 255))


def _read(tmp_path: Path, photo: Image.Image, name: str, language: str = "en") -> dict:
    root = tmp_path / "case"
    root.mkdir()
    photo.save(root / name, format="JPEG", quality=88)
    read = read_case(case_at(root, language), languages="eng" if language == "en" else "chi_sim+eng", jobs=1)
    (item,) = classify(read.documents, case_at(root, language))
    return dict(extract(item, language).fields)


# --- a running balance mid-period is no closing balance ---------------------------------------------------------

STATEMENT_PAGE_ONE = ["Westmoor Mutual Bank", "Account statement", "Account holder: Priya Raman",
                      "Account number: 6650 2291 0418", "Statement period: 02/06/2025 to 30/06/2025",
                      "Date        Description             Debit      Credit     Balance",
                      "02/06/2025  Opening balance                                2,480.15",
                      "03/06/2025  Card payment Tesco      64.20                  2,415.95",
                      "05/06/2025  Transfer from savings              300.00      2,715.95",
                      "06/06/2025  Direct debit Octopus    92.45                  2,623.50",
                      "09/06/2025  Cash withdrawal         150.00                 2,473.50",
                      "11/06/2025  Card payment Boots      18.99                  2,454.51",
                      "12/06/2025  Standing order rent     875.00                 1,579.51"]


def test_a_photo_of_page_one_gives_no_closing_balance_from_its_last_row(tmp_path):
    """The rows of page one stop on the 12th of a month-long period at the page's foot: the last running
    balance is the balance on the 12th, not the closing balance — no value rather than a wrong one."""
    sheet = page_image(STATEMENT_PAGE_ONE, size_in=(7.5, 4.1), font_pt=10)  # the rows run to the sheet's foot
    got = _read(tmp_path, phone_photo(sheet), "statement.jpg")
    assert got["account_number"] and got["account_number"].endswith("0418")
    assert got["period_end"] == "2025-06-30"
    assert got["closing_balance"] is None


def _statement(*tail: str, space: int = 16) -> dict:
    """The statement as a text page whose rows reach its foot (``space`` blank lines above the table)."""
    text = "\n".join(STATEMENT_PAGE_ONE[:5] + [""] * space + STATEMENT_PAGE_ONE[5:] + list(tail))
    return dict(extract(Classified(make_doc(text), "bank_statement"), "en").fields)


def test_the_running_balance_is_the_closing_balance_when_the_rows_reach_the_end_or_are_closed():
    assert _statement()["closing_balance"] is None  # cut short at the page's foot
    # rows that end high on the page finished there, a day or two before the period's end
    assert _statement(space=0)["closing_balance"] == "1579.51"
    # the rows reach the period's end
    assert _statement("30/06/2025  Interest paid                        1.12      1,580.63")["closing_balance"] \
        == "1580.63"
    # the table ends on this page: a footer below it
    assert _statement("", "Westmoor Mutual Bank is authorised by the Prudential Regulation Authority.")[
        "closing_balance"] == "1579.51"


# --- a period end misread by OCR loses to the transaction rows ----------------------------------------------------

LEDGER = ["Kestrel Credit Union", "Member: Tomas Lindqvist", "Share draft account 88-01934",
          "Statement period: {start} to {end}",
          "Date        Description             Debit      Credit     Balance",
          "{first}  Balance forward                                   905.40",
          "04/09/2026  Payroll deposit                    1,220.00    2,125.40",
          "08/09/2026  Water utility           61.75                  2,063.65",
          "15/09/2026  Check 1184              400.00                 1,663.65",
          "{last}  Dividend                                0.88     1,664.53",
          "", "Questions? Call member services."]


def _period(start: str, end: str, first: str = "01/09/2026", last: str = "30/09/2026") -> tuple:
    text = "\n".join(LEDGER).format(start=start, end=end, first=first, last=last)
    got = extract(Classified(make_doc(text, form="photo", rel="statement.jpg", confidence=0.9), "bank_statement"), "en")
    return got.fields["period_start"], got.fields["period_end"], got.evidence.get("period_start")


def test_a_period_end_one_misread_figure_from_the_rows_loses_to_them():
    start, end, evidence = _period("07/09/2026", "30/09/2026")  # "01" read as "07": the rows start on the 1st
    assert (start, end) == ("2026-09-01", "2026-09-30")
    assert evidence.confidence < 0.9
    assert _period("01/09/2026", "20/09/2026")[1] == "2026-09-30"  # "30" read as "20": the last row is the 30th
    assert _period("01/09/2026", "30/09/2026")[:2] == ("2026-09-01", "2026-09-30")  # agreeing: unchanged


def test_a_period_that_disagrees_by_more_than_a_misread_figure_stands():
    # purchases made before the period (a card statement): another month, or days far apart, are not misreadings
    assert _period("02/09/2026", "30/09/2026", first="29/08/2026")[0] == "2026-09-02"
    assert _period("15/09/2026", "30/09/2026", first="03/09/2026")[0] == "2026-09-15"


def test_rows_that_end_a_page_with_a_later_page_given_keep_their_closing_balance():
    """The document goes on after the rows (a later page: rewards, notices): the table was not cut short."""
    pages = ["\n".join(STATEMENT_PAGE_ONE[:5] + [""] * 16 + STATEMENT_PAGE_ONE[5:]), "Westmoor Mutual Bank\nYour savings goals\nEnd of statement"]
    got = extract(Classified(make_doc(*pages), "bank_statement"), "en").fields
    assert got["closing_balance"] == "1579.51"
    labelled = "\n".join(STATEMENT_PAGE_ONE[:5] + ["Balance: 2,480.15"] + [""] * 16 + STATEMENT_PAGE_ONE[5:])
    # a bare "Balance" (the column's first row, or mid-period) is not made the closing balance either
    assert extract(Classified(make_doc(labelled), "bank_statement"), "en").fields["closing_balance"] is None


def test_a_second_reading_of_the_rows_alone_does_not_bring_back_the_mid_period_balance():
    """The second reading of a photo reads a strip of it (the rows) again: without the printed period its rows
    end "on time", so its closing balance was judged against another period end and is not taken."""
    from packet.understanding.second_reading import merge

    first = extract(Classified(make_doc("\n".join(STATEMENT_PAGE_ONE[:5] + [""] * 16 + STATEMENT_PAGE_ONE[5:]), form="photo", rel="s.jpg"),
                               "bank_statement"), "en")
    strip = extract(Classified(make_doc("\n".join(STATEMENT_PAGE_ONE[5:]), form="photo", rel="s.jpg"),
                               "bank_statement"), "en")
    assert first.fields["closing_balance"] is None and strip.fields["closing_balance"] == "1579.51"
    assert merge(first, strip).fields["closing_balance"] is None
    # a second reading that saw the same period end brings what the first lacked
    whole = "\n".join(STATEMENT_PAGE_ONE + ["", "Closing balance 1,579.51"])  # a closing line: not cut short
    again = extract(Classified(make_doc(whole, form="photo", rel="s.jpg"), "bank_statement"), "en")
    assert merge(first, again).fields["closing_balance"] == "1579.51"
    # a strip whose closing balance its label printed (not the rows) brings it, whatever period its rows span
    labelled = extract(Classified(make_doc("\n".join(STATEMENT_PAGE_ONE[5:] + ["Closing balance 1,579.51"]),
                                           form="photo", rel="s.jpg"), "bank_statement"), "en")
    assert merge(first, labelled).fields["closing_balance"] == "1579.51"


# --- a pay period printed as a month cell and a year cell ----------------------------------------------------------

def _payslip(text: str, language: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), "payslip"), language).fields)


def test_month_and_year_columns_of_a_one_row_table_make_the_period():
    got = _payslip("""
staff no   grade   Month   Year   Basic     Gross pay   Net pay
A-0117     G4      3       2025   2,150.00  2,480.00    2,096.30
""")
    assert got["period"] == "2025-03"


def test_month_and_year_as_two_labelled_values_on_a_photo(tmp_path):
    sheet = page_image(["NORTHGATE HAULAGE CO.", "Salary advice", "Name: Efua Darko",
                        "Month: November     Year: 2025", "Gross pay 3,215.00", "Net pay 2,744.60"],
                       size_in=(5.0, 4.0), font_pt=12)
    got = _read(tmp_path, phone_photo(sheet), "advice.jpg")
    assert got["period"] == "2025-11"
    assert got["net_pay"] == "2744.60"


def test_year_and_month_cells_of_a_chinese_table():
    got = _payslip("""
                 职工工资发放表
姓名     年      月     应发工资     实发工资
赵立新   2025    7      8,600.00     7,412.35
""", "zh")
    assert got["period"] == "2025-07"


def test_a_month_without_its_year_cell_or_a_word_month_in_a_sentence_gives_no_period():
    assert _payslip("""
PAY ADVICE
Employee: Lena Ortiz
Hours this month: 12        Year: 2025 rates apply
Gross pay 1,900.00
Net pay 1,655.20
""")["period"] is None  # "12" hours is no month of the year's label: the year cell holds more than a year
    assert _payslip("""
PAY ADVICE
Employee: Lena Ortiz
Month: 4
Gross pay 1,900.00
Net pay 1,655.20
""")["period"] is None  # a month without a year


# --- small English labels of a Chinese statement, read by PP-OCR on a photo ---------------------------------------

def test_labels_and_dates_with_the_stray_spaces_ocr_puts_in_small_print():
    """PP-OCR reading a photo's small English print breaks words ("A ccount N umber") and reads an ISO date's
    hyphen as a space ("2024 11- 01"): the labels and the dates are still found (generated lines, own figures)."""
    got = extract(Classified(make_doc("""
中国光大银行 对账单
A ccount N umber: 6214 **** **** 4410
Statem ent Period: 2024 11- 01 to 2024 11- 30
C losing Balance: CNY 12,806.40
2024 11-04 代发工资 9,200.00 21,406.40
2024-11-09 信用卡还款 -8,600.00 12,806.40
""", form="photo", rel="s.jpg", confidence=80.0), "bank_statement"), "zh").fields
    assert got["account_number"] and got["account_number"].endswith("4410")
    assert (got["period_start"], got["period_end"]) == ("2024-11-01", "2024-11-30")
    assert got["closing_balance"] == "12806.40"


@pytest.mark.slow
def test_a_chinese_statement_photo_with_english_labels_reads_them(tmp_path):
    """The whole path on PP-OCR: a generated Chinese statement with small English label lines, photographed.
    (PP-OCR reads this font cleanly: the stray spaces of the test above are not reproduced here.)"""
    from packet.reading.engines import available
    if not available().get("rapidocr"):
        pytest.skip("PP-OCR is not installed")
    lines = ["浦江农商银行 个人账户对账单", "Account Number: 6230 **** **** 5521",
             "Statement Period: 2025-08-01 to 2025-08-31", "Closing Balance: CNY 9,415.70",
             "交易日期     摘要         交易金额      账户余额",
             "2025-08-05   工资入账     7,800.00     15,040.70",
             "2025-08-20   房租         -5,625.00     9,415.70"]
    sheet = page_image(lines, size_in=(6.0, 3.2), font_pt=9, cjk=True)
    root = tmp_path / "case"
    root.mkdir()
    phone_photo(sheet, blur=1.0).save(root / "statement.jpg", format="JPEG", quality=85)
    case = case_at(root, "zh")
    read = read_case(case, languages="chi_sim+eng", jobs=1, engine="rapidocr")
    (item,) = classify(read.documents, case)
    got = extract(item, "zh").fields
    assert got["account_number"] and got["account_number"].endswith("5521")
    assert (got["period_start"], got["period_end"]) == ("2025-08-01", "2025-08-31")


# --- net pay whose own figure is unread: gross pay less the printed total deductions ------------------------------

def _slip(*rows: str, form: str = "photo") -> Extracted:
    text = "\n".join(["Harlow Joinery Ltd   PAY ADVICE", "Employee: Samir Haddad", "Pay period: 03/2026", *rows])
    return extract(Classified(make_doc(text, form=form, rel="advice.jpg", confidence=85.0), "payslip"), "en")


def test_net_pay_unread_is_gross_less_the_current_total_deductions_with_a_low_confidence():
    got = _slip("Gross pay              2,640.00",
                "GROSS YTD     TOTAL DEDUCTIONS     NET PAY",
                "7,920.00      412.37               ~~~")
    assert got.fields["net_pay"] == "2227.63"
    assert got.evidence["net_pay"].confidence < 0.6  # shown for the user to confirm


def test_no_net_pay_from_a_year_to_date_total_or_a_total_larger_than_gross():
    assert _slip("Gross pay 2,640.00", "YTD total deductions 1,237.11").fields["net_pay"] is None
    assert _slip("Gross pay 2,640.00", "Total deductions 2,900.00").fields["net_pay"] is None
    assert _slip("Gross pay 2,640.00", "Net pay 2,227.63", "Total deductions 400.00").fields["net_pay"] == "2227.63"


def test_a_photographed_slip_whose_net_figure_is_covered_gives_net_from_gross_and_deductions(tmp_path):
    lines = ["Harlow Joinery Ltd        PAY ADVICE", "Employee: Samir Haddad", "Pay period: 03/2026",
             "Gross pay            2,640.00", "Income tax             301.20", "Pension                111.17",
             "Total deductions       412.37", "Net pay              2,227.63"]
    sheet = page_image(lines, size_in=(5.0, 4.2), font_pt=12)
    from PIL import ImageDraw
    draw = ImageDraw.Draw(sheet)
    y = round(0.4 * 200 + 7 * round(12 / 72 * 200 * 1.9))
    draw.ellipse((330, y - 14, 560, y + 62), fill=90)  # a thumb over the net figure
    got = _read(tmp_path, phone_photo(sheet), "advice.jpg")
    assert got["gross_pay"] == "2640.00"
    assert got["net_pay"] == "2227.63"


def test_an_account_given_by_its_last_figures_after_account_ending():
    got = extract(Classified(make_doc("""
Bluestem Community Credit Union          Statement period 09/01/26 - 09/30/26
Member no. ****8830
ROSA I MENDEZ
CLUB SAVINGS   Account ending in 2957
Beginning balance 402.10    Ending balance 655.35
""", form="photo", rel="s.jpg", confidence=85.0), "bank_statement"), "en").fields
    assert got["account_number"] and got["account_number"].endswith("2957")
