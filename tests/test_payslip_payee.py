"""Who is paid and who employs them on a payslip (issue 10, fifteenth round): strips, grids and screenshots where a
heading, another label's value or the payroll office stood in for the employee or the employer. Layouts from the
generator :mod:`payeegen` (own wording from mainland China, AU, NZ, UK, IE, ZW, ZM, NG, GH, KE, ZA, IN and PH
slips), and each mechanism on its own."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from payeegen import measure
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract
from packet.understanding.values import fmt_money


def read(text: str, lang: str = "en", ocr: bool = False):
    doc = make_doc(text, form="photo" if ocr else "text")
    if ocr:  # words as OCR gives them: read with less than full confidence, so misread labels are looked for
        doc = replace(doc, pages=tuple(replace(p, words=tuple(replace(w, conf=96.0) for w in p.words))
                                       for p in doc.pages))
    return extract(Classified(doc, "payslip"), lang)


def test_another_labels_value_and_a_label_value_pair_are_no_name() -> None:
    # "Designation: Employee": the word is the designation, not a label; "Total Leave Days: 11" under it is a pair
    ex = read("""
                                                          Salary Slip
Lusaka Agro Dealers Ltd
Plot 2219 Cairo Road, Lusaka
Employee Id: EMP-504182            Name: Chanda Mwansa
Department: Stores                 Designation: Employee
Date of Joining: 04/07/2019        Total Leave Days: 24
Payroll Period: March 2026         Leave Days Taken: 2
Earnings         Amount            Deductions        Amount
Basic Salary     4,200.00          PAYE              630.00
Housing          900.00            NAPSA             255.00
Total Earnings   5,100.00          Total Deductions  885.00
Net Pay: 4,215.00                  Tax Credits: 40.00
""")
    assert ex.fields["employee"] == "Chanda Mwansa"


def test_a_name_glued_to_the_next_label_and_no_column_head_for_a_name() -> None:
    # the space between "姓名：…" and "人员类别：…" lost; "职工" inside the title heads nothing; "金额" heads figures
    ex = read("""
       赣州市章贡区第五小学 职工工资明细
统发单位：章贡区教育局会计核算中心                所属期：2026年3月
姓名：宓晓琳人员类别：工勤人员                   职称：初级
应发项目        金额         代扣项目       金额
岗位工资     2,380.00       养老保险       302.40
薪级工资     1,400.00       医疗保险        75.60
应发小计     3,780.00       代扣小计       378.00
实发金额：¥3,402.00
""", "zh")
    assert ex.fields["employee"] == "宓晓琳"
    assert ex.evidence["employee"].confidence < 0.9  # its length was a guess: shown for the user to confirm
    assert ex.fields["employer"] == "赣州市章贡区第五小学"


def test_the_payroll_office_is_not_the_employer() -> None:
    # OCR words: "核算单位" is a label of its own, not "预算单位" misread; the school in the title employs the person
    ex = read("""
       赣州市章贡区第五小学 职工工资明细
核算单位：章贡区教育局会计核算中心                所属期：2026年3月
姓名：宓晓琳                                     职称：初级
应发小计     3,780.00       代扣小计       378.00
实发金额：¥3,402.00
""", "zh", ocr=True)
    assert ex.fields["employer"] == "赣州市章贡区第五小学"


def test_a_grid_row_of_label_value_cells_is_no_table_heading() -> None:
    # "Name | … | Designation | …" over rows of identifiers and dates (no amount): a grid, its name beside its label
    ex = read("""
                  BARISAL JUTE SPINNERS LTD.
                  PAY SLIP FOR THE MONTH OF APRIL, 2026
Emp. Code       BJ-20931                     Section          Spinning-3
Name            Rokeya Sultana Begum         Designation      Line Operator
NID No.         19902****4417                Date of Joining  11-Jan-2018
Salary A/C      Sonali Bank 0031 **** 8812   Days Worked      26
EARNINGS                                                       Amount (Tk.)
Basic Salary                                                      12,400.00
House Rent                                                         6,200.00
Gross Salary                                                      18,600.00
Net Salary                                                        17,350.00
""")
    assert ex.fields["employee"] == "Rokeya Sultana Begum"


def test_a_company_registered_in_a_place_in_brackets() -> None:
    # the place in brackets before the legal form is part of the name ("(HK) Limited", "(M) Sdn Bhd")
    for name in ("Tsuen Wan Cold Store (HK) Limited", "Batu Kawan Precision (M) Sdn Bhd"):
        ex = read(f"""
{name}    _  7                                   PAYSLIP
Unit 12, 3/F, Wing Kei Road
Employee Name: LAU Ka Yan                  Employee No.: TW0093
Pay Period: 01/10/2026 - 31/10/2026
Total Income                                  24,860.00
NET PAY                                       23,617.00
""")
        assert ex.fields["employer"] == name


def test_a_company_whose_legal_form_follows_a_comma() -> None:
    # the US writes a comma before the legal form ("Money Instructor, INC.": hold-out set 14, read after judging);
    # beside the title on the first line, nothing labels it
    for name in ("Palmetto Tidewater Outfitters, INC", "Cedar Ridge Staffing, LLC"):
        ex = read(f"""
{name}.                        EARNINGS STATEMENT
EMPLOYEE NAME        EMPLOYEE ID       PAY DATE
Renata Villalobos    5512              10/16/2026
Gross Pay                                     1,940.00
Net Pay                                       1,512.37
""")
        assert ex.fields["employer"] == name
    # an Irish address's county after a comma is no company's legal form (independent set 7's Intreo letter: "Tralee,
    # Co. Kerry" was taken for its issuer when the comma was first allowed)
    ex = extract(Classified(make_doc("""
Intreo Centre
Edward Street, Tralee, Co. Kerry V92 K2TX
4 November 2026
Dear Aoife Brosnan,
Your claim for Jobseeker's Benefit has been awarded from 12 October 2026.
"""), "unemployment_proof"), "en")
    assert ex.fields["issuer"] != "Tralee, Co"


def test_a_strip_head_reads_the_name_under_it() -> None:
    # heads on two lines over one row of values: right of "Employee" is the next head, the name is under it
    ex = read("""
Coimbatore Pumps Pvt Ltd
Wage slip for May 2026
 Emp    Employee        Days     Basic      Shift       Gross     Provident   Total      Net
 No.    Name            Worked   Salary     Allowance   Pay       Fund        Ded.       Pay
 4471   Lakshmi Narayanan  26    3,410.00   620.00      4,030.00  483.60      483.60     3,546.40
""")
    assert ex.fields["employee"] == "Lakshmi Narayanan"


def test_the_receipt_signature_names_the_worker() -> None:
    # a tear-off strip that prints the worker's number only; the worker signs for the pay under it
    ex = read("""
宿迁市洋河包装材料有限公司  2026年6月份工资条
工号   班组   应出  实出  基本工资   加班费    应发合计   社保     扣款合计   实发工资
B0412  包装   26    26    2,350.00  612.00   2,962.00   236.96   236.96   2,725.04
注：工资有异议请于三日内向班组长反映。
签收：骆永康                                   发放日：2026年7月10日
""", "zh")
    assert ex.fields["employee"] == "骆永康"


def test_a_run_of_digits_longer_than_any_amount_is_formatted() -> None:
    # OCR joining a strip's figures into one "number" of 30 digits: formatted, not an InvalidOperation
    assert fmt_money(Decimal("293431102562132582109680129518")) == "293431102562132582109680129518.00"
    assert fmt_money(Decimal("4661.4")) == "4661.40"


def test_generated_strips_grids_and_public_employers(tmp_path: Path) -> None:
    # text PDFs of every payeegen layout (seed 5): before this round, employees were headings or nothing
    r = measure(tmp_path, seed=5, per_layout=2)
    wrong = [f for f in r["failures"] if f[2] in ("employee", "employer")]
    assert r["sure_wrong"] == 0
    assert not wrong, wrong
