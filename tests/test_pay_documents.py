"""Payslips and income proofs in layouts the extractor was not written against (issue 10, third round).

Each input is generated here, in its own words and figures (not those of any corpus document): letters that
state the monthly figure after it, 大写 amounts with the figure in brackets, dates in Chinese numerals, a
company name whose legal form follows 集团, a form whose label cell sits before the company's name.
"""

from __future__ import annotations

from datetime import date

from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract, p_money
from packet.understanding.values import find_dates


def fields(type_name: str, *pages: str, language: str = "zh") -> dict:
    return dict(extract(Classified(make_doc(*pages), type_name), language).fields)


def test_daxie_with_its_figure_in_brackets_is_not_negative() -> None:
    assert p_money("月薪：人民币壹万零贰佰元整（¥10,200.00）") == "10200.00"
    assert p_money("(1,250.00)") == "-1250.00"  # a bracketed figure alone stays an accounting negative


def test_date_in_chinese_numerals() -> None:
    hits = find_dates("落款：二〇二五年十一月三日")
    assert [(h.value, h.precision) for h in hits] == [(date(2025, 11, 3), "day")]
    assert find_dates("二〇二四年十月")[0].precision == "month"
    assert not find_dates("二〇二四年十三月一日")  # no thirteenth month


def test_zh_income_letter_group_company_numeral_date_and_bracketed_figure() -> None:
    got = fields("income_proof", """
                 在职及收入证明
兹证明王海燕女士系我单位正式员工，现任采购主管。
月收入：人民币壹万零贰佰元整（¥10,200.00）
                                   出具单位：成都蓉江交通集团有限公司（盖章）
                                   二〇二五年十一月三日
""")
    assert got["monthly_income"] == "10200.00"
    assert got["employer"] == "成都蓉江交通集团有限公司"
    assert got["date"] == "2025-11-03"


def test_form_label_cell_is_not_glued_to_the_company_name() -> None:
    got = fields("payslip", """
                    工资明细单
单位            杭州青禾食品股份有限公司
员工            陈思远
月份            2025-04
应发合计        9,100.00
实发合计        7,433.25
""")
    assert got["employer"] == "杭州青禾食品股份有限公司"


def test_english_letter_states_the_monthly_figure_after_it() -> None:
    got = fields("income_proof", """
Harbourline Logistics LLC
12 Quay Street, Tacoma, WA 98402
March 3, 2026
To whom it may concern
We confirm that Priya Nair has worked for Harbourline Logistics LLC since 2019. Her gross salary
is $91,200.00 a year, which she receives as $7,600.00 per month by direct deposit.
""", language="en")
    assert got["monthly_income"] == "7600.00"


# --- US pay stubs: an earnings table with current and year-to-date columns --------------------------------

def test_stub_without_a_gross_total_adds_its_earnings_rows_current_column() -> None:
    got = fields("payslip", """
Northgate Staffing Pay Statement
Pay Date: 11/14/2025
Earnings        Rate     Hours      Current         YTD
Regular        28.50     80.00     2,280.00     27,360.00
Overtime       42.75      4.00       171.00        855.00
Deductions                          Current         YTD
Federal Tax                          260.10      3,121.20
Medicare                              35.54        408.87
""", language="en")
    assert got["gross_pay"] == "2451.00"
    assert got["period"] == "2025-11"


def test_gross_in_a_year_to_date_section_is_not_the_periods() -> None:
    got = fields("payslip", """
Lakeshore Dental Group Earnings Statement
Check Date: 06/30/2025
Earnings                                    Amount
Salary                                    2,616.67
Taxes
Federal Withholding                         301.00
State Withholding                            88.20
Year-To-Date Summary
Gross Pay                                15,700.02
Federal Withholding                       1,806.00
""", language="en")
    assert got["gross_pay"] == "2616.67"


def test_earnings_and_deductions_side_by_side() -> None:
    got = fields("payslip", """
Pinecrest Labs Pay Stub
Period Ending: 09/30/2025
EARNINGS                       DEDUCTIONS
Salary        3,900.00         Federal Tax      410.00
Bonus           250.00         Social Security  257.30
                               YTD Gross     37,350.00
""", language="en")
    assert got["gross_pay"] == "4150.00"
    assert got["period"] == "2025-09"


def test_a_heading_date_of_birth_is_no_pay_period() -> None:
    got = fields("payslip", """
Acme Pay Advice
Date of birth: 04/02/1988
Earnings        Amount
Regular       1,200.00
""", language="en")
    assert got["period"] is None


# --- a strip payslip: one row of headings over one row of values ------------------------------------------

HEADS = ["员工姓名", "员工编号", "基本工资", "全勤奖金", "交通补贴", "应发工资", "社会保险", "住房公积", "个人所得", "其他扣款",
         "实发工资"]
VALUES = ["周敏", "A112", "4800.00", "300.00", "200.00", "5300.00", "480.00", "318.00", "15.06", "25.00", "4461.94"]
# headings one space apart (OCR runs them together into one word), values in columns under them, and a form's
# line ("发放日期：…" and a note) right under the values
STRIP = "\n".join([
    "          宁波海曙恒丰电器有限公司  2025年8月工资条",
    " ".join(HEADS),
    "".join(v.ljust(9) for v in VALUES),
    "发放日期：2025年9月8日                       有异议请于五日内提出",
])


def test_strip_payslip_with_a_form_line_right_beneath() -> None:
    got = fields("payslip", STRIP)
    assert (got["employee"], got["gross_pay"], got["net_pay"]) == ("周敏", "5300.00", "4461.94")


def test_strip_payslip_scanned_and_read_by_ocr(tmp_path) -> None:
    """The same kind of page printed, scanned (grey paper, specks, a slight skew) and read by the OCR engine
    packet chooses for Chinese: the headings run together, the footer sits close under the values."""
    import random
    import sys
    from pathlib import Path

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "evalset"))
    import generate as evalgen

    from packet.case.casefile import Case, Request
    from packet.reading.engines import choose
    from packet.reading.ingest import read_case
    from packet.understanding.classify import classify

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(evalgen.FONT), subfontIndex=0))
    pdf = tmp_path / "strip.pdf"
    c = canvas.Canvas(str(pdf), pagesize=landscape(A4), invariant=1)
    w, h = landscape(A4)
    c.setFont("wqy", 14)
    c.drawString(0.3 * w, h - 50, "宁波海曙恒丰电器有限公司 2025年8月工资条")
    c.setFont("wqy", 10)
    for k, (head, value) in enumerate(zip(HEADS, VALUES, strict=True)):
        x = 40 + k * 68
        c.drawString(x, h - 90, head)
        c.drawString(x, h - 108, value)
    c.drawString(40, h - 124, "发放日期：2025年9月8日")
    c.drawString(320, h - 124, "制表：财务部")
    c.drawString(520, h - 124, "有异议请于五日内提出")
    c.showPage()
    c.save()
    root = tmp_path / "case"
    root.mkdir()
    evalgen._scan(evalgen._render(pdf, 200), random.Random(5)).save(root / "strip.png", dpi=(200, 200))
    case = Case(root=root, request=Request(language="zh", checklist="zh-stop-collection"))
    read = read_case(case, languages="chi_sim+eng", jobs=1, cache=None, engine=choose("auto", "zh"))
    [item] = classify(read.documents, case)
    assert item.type == "payslip"
    got = extract(item, "zh").fields
    assert (got["employee"], got["gross_pay"], got["net_pay"]) == ("周敏", "5300.00", "4461.94")


# --- an unemployment notice from a public body (no legal form after its name) ---------------------------

def test_public_body_without_a_legal_form_issues_the_notice() -> None:
    got = fields("unemployment_proof", """
COMMONWEALTH DEPARTMENT OF WORKFORCE SERVICES   Reemployment Assistance
Notice of Claim Determination            Issued: 08/14/2026
Claimant: ROSA M. DELGADO
Your weekly benefit rate is $388.00 beginning with the week ending 08/08/2026.
""", language="en")
    assert got["issuer"] == "COMMONWEALTH DEPARTMENT OF WORKFORCE SERVICES"


def test_a_department_inside_a_company_is_no_public_body() -> None:
    got = fields("unemployment_proof", """
Termination of Employment
Harbourline Logistics LLC
The Payroll Department confirms that Owen Price left on 30 June 2026.
""", language="en")
    assert got["issuer"] == "Harbourline Logistics LLC"


def test_labelled_gross_on_a_row_with_hours_rate_and_year_to_date() -> None:
    got = fields("payslip", """
Cedar Valley Hospital Payroll   Pay Stub
Pay Period: 10/01/2025 - 10/15/2025
Description        Hours     Rate       Current          YTD
Gross Pay          72.00    31.40      2,260.80    43,110.40
Federal Income Tax                       241.90     4,611.25
Net Pay                                1,824.33    34,787.02
""", language="en")
    assert (got["gross_pay"], got["net_pay"]) == ("2260.80", "1824.33")


def test_year_to_date_column_printed_first() -> None:
    got = fields("payslip", """
Orchard Lane Bakery Ltd   Payslip
Pay date: 28/02/2026
                        Year to date     This period
Total gross pay            5,120.00        2,560.00
Net pay                    4,301.56        2,150.78
""", language="en")
    assert (got["gross_pay"], got["net_pay"]) == ("2560.00", "2150.78")


def test_earnings_rows_less_than_net_pay_are_no_gross() -> None:
    """Only part of the earnings is itemised (the rest printed as codes): the rows add up to less than the
    net pay, so they are not the gross pay, and none is reported rather than a wrong one."""
    got = fields("payslip", """
Summit Freight Inc.   Earnings Statement
Period Ending: 03/31/2026
Earnings                 Current
Overtime                  412.50
E07                     3,100.00
Net Pay                 2,894.10
""", language="en")
    assert got["gross_pay"] is None and got["net_pay"] == "2894.10"


def test_emoluments_wording_for_gross_and_net_pay() -> None:
    """Payrolls in the Commonwealth style (Ghana, Nigeria, Kenya) call gross pay "emoluments": a generated
    slip in that wording, with its own figures, reads both totals."""
    got = fields("payslip", """
                 SALARY ADVICE  -  MARCH 2025
Staff name             Kofi Mensah Boateng
Basic salary           4,150.00
Transport allowance      620.00
Total Emoluments       4,770.00
Income tax (PAYE)        611.20
Net Emoluments         4,158.80
""", language="en")
    assert got["gross_pay"] == "4770.00"
    assert got["net_pay"] == "4158.80"
    other = fields("payslip", """
PAY ADVICE FOR APRIL 2025
Employee       Ama Owusu
Basic          2,400.00
Gross Emolument 2,910.50
Net Pay        2,390.75
""", language="en")
    assert other["gross_pay"] == "2910.50"


def test_a_contribution_line_after_a_rate_names_no_employer() -> None:
    """"12% Employer pension 486.00" is a line item (the employer's contribution at a rate), not the label
    "Employer" before the employer's name: a generated slip with no employer's name gives none."""
    got = fields("payslip", """
PAY ADVICE   JUNE 2025
Staff name             Yaw Asante
Gross Emoluments       4,050.00
8% Staff pension         324.00
12% Employer pension     486.00
Net pay                3,320.15
""", language="en")
    assert got["employer"] is None
    assert got["gross_pay"] == "4050.00"
