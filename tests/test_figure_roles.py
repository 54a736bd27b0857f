"""The roles of a bill's dates and amounts (packet.understanding.date_roles, extract.charged_before_deductions):
which date dates the bill when admission, service, payment, discharge and issue dates compete, and which figure is
its total when charges, insurance payments, adjustments and the balance are all printed. Fast text-layout tests of
the mechanisms, in wording and layouts of their own (tests/rolegen.py measures them on drawn PDFs)."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.date_roles import role_of
from packet.understanding.extract import charged_before_deductions, extract, remainder_in_row
from packet.understanding.label_geometry import doc_lines
from packet.understanding.values import dayfirst_for


def bill(text: str, language: str = "en"):
    got = extract(Classified(make_doc(text), "medical_bill"), language)
    return got.fields, got.evidence


@pytest.mark.parametrize(("label", "role"), [
    ("Statement Date:", "issue"), ("DATE OF INVOICE", "issue"), ("Printed on", "issue"), ("Balance as of", "issue"),
    ("结算日期：", "issue"), ("打印日期", "issue"), ("Admission Date:", "unrelated"), ("Date Admitted", "unrelated"),
    ("入院日期", "unrelated"), ("Payment Due By", "unrelated"), ("Last Payment Received:", "unrelated"),
    ("Discharge Date", "end"), ("出院日期", "end"), ("Date of Service", "service"), ("Svc Dt", "service"),
    ("就诊日期：", "service"), ("Date", "generic"), ("日期", "generic"), ("Patient Name", ""), ("Account No.", ""),
])
def test_a_label_names_its_dates_role(label: str, role: str) -> None:
    assert role_of(label) == role


def test_the_issue_date_wins_over_an_admission_date_printed_first() -> None:
    fields, ev = bill("""
Westfield General Hospital
Guarantor: Ruth Abernathy
Date Admitted: 02/03/2026        Date Discharged: 02/06/2026
                                 Billing Date: 02/20/2026
Svc Date     Description               Charges
02/03/2026   Emergency room level 4     1,180.00
02/04/2026   MRI lumbar spine           2,260.00
Total Charges                           3,440.00
""")
    assert fields["date"] == "2026-02-20"
    assert ev["date"].confidence >= 0.6


def test_a_bill_printing_only_service_dates_is_dated_by_the_last_uncertainly() -> None:
    fields, ev = bill("""
Pinecrest Orthopaedic Clinic
Patient: Imogen Vale
Service Dt    Code    Procedure                 Fee
11/02/2025    20610   Joint injection           410.00
11/19/2025    97110   Therapeutic exercise      130.00
12/08/2025            Insurance payment        -300.00
Total fees                                      540.00
""")
    assert fields["date"] == "2025-11-19"  # not the payment's 12/08, not the first service
    assert ev["date"].confidence < 0.6  # shown for the user to confirm


def test_a_row_posted_with_the_payments_is_no_service() -> None:
    fields, _ = bill("""
Harbor Point Medical Center
Svc Dt        Description                   Amount
07/01/2025    Observation room              2,900.00
07/02/2025    Lab panel                       310.00
08/15/2025    Reversal                        120.00
08/15/2025    Insurance payment            -2,000.00
""")
    assert fields["date"] == "2025-07-02"


def test_an_admission_date_alone_never_dates_the_bill() -> None:
    fields, _ = bill("""
Kowloon East Private Hospital
Patient Name: Chan Tai Man
Admission Date: 05/09/2025
Ward charges                    HK$ 8,400.00
Total                           HK$ 8,400.00
""")
    assert fields["date"] != "2025-09-05"


def test_discharge_dates_a_zh_settlement_without_its_own_date() -> None:
    fields, ev = bill("""
临江市第三人民医院
住院费用结算单
姓名  周海燕    住院号  402211
入院日期  2025-04-02     出院日期  2025-04-09
费用总额：6,812.40
统筹基金支付：4,100.00
个人自付：2,712.40
""", "zh")
    assert fields["date"] == "2025-04-09"
    assert 0.6 <= ev["date"].confidence < 0.9


def test_the_settlement_date_wins_over_the_visit_date() -> None:
    fields, _ = bill("""
南桥社区卫生服务中心
门诊收费结算单
就诊日期：2025-10-11        姓名：罗志明
西药费   86.20
检查费   120.00
费用合计：206.20
结算日期：2025-10-12
""", "zh")
    assert fields["date"] == "2025-10-12"


def test_the_charges_a_balance_remains_of_are_the_total() -> None:
    fields, _ = bill("""
Lakeland Eye Surgery
Patient: Marco Bellini
Fees for treatment                  1,240.00
Insurer contribution                 -800.00
Courtesy adjustment                   -40.00
Amount due                            400.00
""")
    assert fields["total"] == "1240.00"


def test_a_summary_row_over_its_figures_gives_the_charges() -> None:
    lines = doc_lines(make_doc("""
Charges       Plan Payments and Adjustments     Patient Payments     Balance
5,120.00      -4,300.00                         0.00                 820.00
""").pages)
    assert charged_before_deductions(lines, "820.00", ["payment", "adjustment"]) == "5120.00"


def test_items_are_no_deductions() -> None:
    lines = doc_lines(make_doc("""
Consultation        300.00
X-ray               100.00
Amount due          200.00
""").pages)
    assert charged_before_deductions(lines, "200.00", ["insurance", "payment"]) is None


@pytest.mark.parametrize("mark", ["Parramatta NSW 2150", "ABN 51 824 753 556", "A$120.00", "Rs. 4,500"])
def test_dollars_or_rupees_with_a_day_first_countrys_mark_are_day_first(mark: str) -> None:
    assert dayfirst_for("en", f"Invoice $80.00 {mark} 02/03/2025") is True
    assert dayfirst_for("en", "Invoice $80.00 Springfield, IL 62701 02/03/2025") is False


def test_what_remains_of_the_gross_on_its_row_is_the_net() -> None:
    lines = doc_lines(make_doc("""
员工    应发合计    公积金    社保      个税    实发合计
李娜    9,310.00    651.70    744.80    0.00    7,913.50
""").pages)
    assert remainder_in_row(lines, "9310.00") == "7913.50"
    assert remainder_in_row(lines, "651.70") is None  # nothing after it is what remains of it


def test_a_net_pay_read_as_a_tax_cells_zero_gives_way_to_the_rows_arithmetic() -> None:
    # the headings set closer than their values: 实发 stands over the tax cell's 0.00
    text = """
恒远机械厂 2025年11月工资条
姓名 应发工资 社保 住宿 个税 实发工资
周建华    7,420.00    593.60    150.00    0.00    6,676.40
"""
    got = extract(Classified(make_doc(text), "payslip"), "zh").fields
    assert got["gross_pay"] == "7420.00"
    assert got["net_pay"] == "6676.40"


def test_a_date_run_into_its_time_is_still_the_date() -> None:
    fields, _ = bill("""
桐城市中心医院
门诊收费结算单
姓名：邓丽萍   就诊科室：眼科   结算时间：2025-12-0309:15
检查费 210.00
合计 210.00
""", "zh")
    assert fields["date"] == "2025-12-03"


def test_the_deductions_gross_is_no_gross_pay() -> None:
    text = """
Kavya Textiles Pvt Ltd
Salary Slip for the month of March 2026
Employee Name: Suresh Iyer
Gross Deduction        1,280.00
Net Pay               11,320.00
"""
    got = extract(Classified(make_doc(text), "payslip"), "en").fields
    assert got["gross_pay"] != "1280.00"
    assert got["net_pay"] == "11320.00"
