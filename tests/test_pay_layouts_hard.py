"""Payslips in layouts where the four fields are hard to find (issue 10, ninth round), from the generator
:mod:`paygen2` (own wording from MY, SG, IN, NZ, AU, PH, IE, NL, ES, UK, ZA, KE and mainland China slips), and the
mechanisms they needed, each on its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from paygen2 import measure
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract, p_name
from packet.understanding.values import find_money


def fields(text: str, lang: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), "payslip"), lang).fields)


def test_a_bracketed_unit_before_a_figure_marks_it_as_money() -> None:
    hits = find_money("Total Earnings (Rs) 1,07,083")
    assert [(h.value, h.marked) for h in hits] == [(Decimal("107083"), True)]
    assert [(h.value, h.marked) for h in find_money("Net Pay (₹) : 74,096")] == [(Decimal("74096"), True)]
    # OCR's English model reads the ₹ it lacks as "%" in the brackets
    assert [(h.value, h.marked) for h in find_money("Gross Earnings (%) 88,441")] == [(Decimal("88441"), True)]
    # an amount in brackets is still a negative one, a bare count still unmarked
    assert [(h.value, h.marked) for h in find_money("(350.00)")] == [(Decimal("-350.00"), True)]
    assert [h.marked for h in find_money("Hours 40")] == [False]


def test_two_label_figure_pairs_on_one_row() -> None:
    got = fields("""
Sahyadri Textiles Pvt Ltd
Payslip for the month of March 2026
Employee Name : Meera Joshi
Earnings (Rs)          Amount     Deductions (Rs)       Amount
Basic                  52,300     Provident Fund          1,800
House Rent Allowance   20,900     Income Tax              6,400
Total Earnings (Rs) 73,200 Total Deductions (Rs) 8,200
Net Pay (Rs) : 65,000
""")
    assert got["gross_pay"] == "73200.00"
    assert got["net_pay"] == "65000.00"


def test_names_run_on_through_their_particles() -> None:
    assert p_name("MUTHU A/L KRISHNAN") == "MUTHU A/L KRISHNAN"
    assert p_name("Ravi s/o Subramaniam") == "Ravi s/o Subramaniam"
    assert p_name("Ana Maria de los Santos") == "Ana Maria de los Santos"
    assert p_name("Juan D. dela Cruz") == "Juan D. dela Cruz"
    assert p_name("Siti Hajar binti Mohd Yusof") == "Siti Hajar binti Mohd Yusof"
    # a slash that is no particle ends the name: "and/or" is prose
    assert p_name("John Smith and/or") != "John Smith and/or"


def test_a_section_total_gives_way_to_the_gross_that_reconciles() -> None:
    got = fields("""
成都天府物流有限公司
2026年05月 员工薪资明细
员工姓名：林美玲
A-固定薪酬
基本工资 4,565.03
岗位津贴 687.14
A-固定薪酬合计 5,252.17
B-浮动薪酬
绩效奖金 1,324.40
B-浮动薪酬合计 1,324.40
应发小计 6,576.57
C-代扣项目
社保个人部分 515.01
C-代扣合计 515.01
本月实发：6,061.56
""", "zh")
    assert got["gross_pay"] == "6576.57"
    assert got["net_pay"] == "6061.56"


def test_generated_hard_payslips(tmp_path: Path) -> None:
    # 18 text PDFs and 3 phone photos over six layouts. Measured before the mechanisms of this round: 86.5 % and
    # 84.4 % of fields (seeds 1 and 2, 4 per layout, text), after: 100 % on seeds 1-5 and 7-8 (pictures included)
    r = measure(tmp_path, seed=11, per_layout=3, pictures=3)
    assert r["docs"] == 18 and r["types"] == 18, r["failures"]
    assert r["sure_wrong"] == 0, r["failures"]
    assert r["right"] >= 0.97 * r["fields"], r["failures"]


def test_a_period_label_introduced_by_for_the() -> None:
    # labels over values in a boxed header, "For the period" as Singapore's itemised slips word it: own names, dates
    got = fields("""
ITEMISED PAYSLIP
Name of Employer                                   For the Period
Tampines Signage Works Pte Ltd                     01/08/2025 to 31/08/2025
Name of Employee                                   Date of Payment
Nurul Huda binte Rahmat                            29/08/2025
Basic Pay                                           2,400.00
Gross Pay                                           2,650.00
Net Pay                                             2,120.00
""")
    assert got["period"] == "2025-08"
    assert got["employee"] == "Nurul Huda binte Rahmat"


def test_the_account_named_in_the_net_label_is_not_the_net_pay() -> None:
    got = fields("""
Waitemata Plumbing Ltd                                   Payslip
Employee: Hemi Walker               Pay period: 06/04/2026 - 12/04/2026
Ordinary time                                            1,104.00
Gross earnings                                           1,104.00
PAYE                                                      -171.12
Total deductions                                          -171.12
NET PAY (to 12-3140-0098765.43)                             932.88
""")
    assert got["net_pay"] == "932.88"
    # the closing bracket lost, as OCR loses it on a photo, and no deductions' total to check the net against
    got = fields("""
Waitemata Plumbing Ltd                                   Payslip
Employee: Hemi Walker               Pay period: 06/04/2026 - 12/04/2026
Gross earnings                                           1,104.00
NET PAY (to 12-3140-0098765.43                              932.88
""")
    assert got["net_pay"] == "932.88"
    assert got["gross_pay"] == "1104.00"

