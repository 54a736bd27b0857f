"""Payslips in the layouts of issue 10's eleventh round, from the generator :mod:`paygen3` (labour-hire and 派遣
slips, a label/value grid with the employer as its heading only, the period only as a pay date, strips of heads over
values in Chinese and English, side-by-side panels: own wording from UK, US, CA, AU, NZ, IE, IN, SG, MY, PH, ZA, KE,
HK and mainland China slips), and the mechanisms they needed, each on its own."""

from __future__ import annotations

from pathlib import Path

from paygen3 import measure
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding import tables
from packet.understanding.extract import extract


def fields(text: str, lang: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), "payslip"), lang).fields)


def test_a_label_alone_beside_a_label_is_no_value() -> None:
    # a row of labels over their values: the agency that pays is the employer, not the next label ("End client:")
    got = fields("""
Temporary Worker Payslip
Employing agency:                       End client:
Kestrel Labour Hire Ltd                 Waikato Meat Processors
Worker: Ngaio Parata                    Week ending: 14/03/2026
Gross pay                                               1,210.00
Net pay                                                   998.20
""")
    assert got["employer"] == "Kestrel Labour Hire Ltd"
    assert got["employee"] == "Ngaio Parata"
    assert got["period"] == "2026-03"


def test_the_dispatch_agency_is_the_employer() -> None:
    got = fields("""
劳务派遣人员工资条
用工单位：南宁邕江物流有限公司
派遣单位：广西八桂人力资源服务有限公司
姓名：覃志刚 工资月份：2026年4月
应发工资 4,350.00
实发工资：3,902.55元
""", "zh")
    assert got["employer"] == "广西八桂人力资源服务有限公司"


def test_a_name_cell_beside_an_employee_code() -> None:
    # the label's cell fused with its value's, an employee code glued to its letter at the end of the row
    got = fields("""
NILGIRI TEA ESTATES PVT LTD
Salary Slip for the month of May 2024
Employee Name Venkata Lakshmi P    Emp Code    E8633
Gross Earnings                  ₹24,365.33
Net Salary Payable              ₹20,466.87
""")
    assert got["employee"] == "Venkata Lakshmi P"


def test_a_strip_of_heads_over_marked_figures() -> None:
    # heads over one row of values, every figure with its currency mark (KSh, S$, R before the cents)
    assert tables._is_value("KSh 4,458.11") and tables._is_value("S$749.67") and tables._is_value("R 912.40")
    assert not tables._is_value("E8633") and not tables._is_value("Net Pay")
    got = fields("""
Rift Valley Flowers Ltd                                        Pay Statement
Employee Name      Pay Period                 Gross Pay     Deductions     Net Pay
Kofi Mensah        01/07/2026 - 28/07/2026    KSh 3,605.67  KSh 721.14     KSh 2,884.53
""")
    assert got["employee"] == "Kofi Mensah"
    assert got["gross_pay"] == "3605.67"
    assert got["net_pay"] == "2884.53"


def test_headings_run_together_are_cut_at_their_capital() -> None:
    def band_of(x: float) -> int:
        return 0 if x < 0.5 else 1
    # "PayTotal" spread over 0.3-0.6: its characters cross the edge at 0.5 after "PayTo", the capital T is the cut
    assert tables._word_parts("PayTotal", (0.3, 0.0, 0.6, 0.01), band_of) == [(0, "Pay"), (1, "Total")]
    # no capital to cut at: the edge itself
    assert tables._word_parts("abcdef", (0.35, 0.0, 0.65, 0.01), band_of) == [(0, "abc"), (1, "def")]
    # mostly in one band: whole
    assert tables._word_parts("Deductions", (0.1, 0.0, 0.52, 0.01), band_of) == [(0, "Deductions")]


def test_generated_payslips_layouts3(tmp_path: Path) -> None:
    # 14 text PDFs over seven layouts (photos are measured by hand: they cost OCR). Measured before the mechanisms of
    # this round (b264f52): 85.7 % of the five fields on seeds 1 and 2 (4 per layout, text), 90.0 % on seed 1's 14
    # photos, 92.9 % on this seed; after: 100 % on seeds 1, 2 and 3 (text), 100 % and 97.1 % on the 14 photos of seeds
    # 3 and 4; nothing wrong at >= 0.9. Not reached: photos of a print turned 2-4 degrees inside its sheet's edges
    # (form "tilted"), 80 % on seed 5's seven
    r = measure(tmp_path, seed=3, per_layout=2, pictures=0)
    assert r["docs"] == 14 and r["types"] == 14, r["failures"]
    assert r["sure_wrong"] == 0, r["failures"]
    assert r["right"] >= 0.97 * r["fields"], r["failures"]


def test_a_gross_under_a_label_of_its_own_from_the_figures_that_agree() -> None:
    # "Gross for week" is no label packet knows; net − the deduction rows between them names the gross, with a
    # confidence under 0.6 (no label: the user confirms it)
    doc = make_doc("""
Contractor Payslip
Employer: Kestrel Labour Hire Ltd
Worker: Ngaio Parata                    Week ending: 14/03/2026
Description                     Hours     Rate       Amount
Basic                           30.00    36.74     1,102.09
Night Allowance                 10.00    40.00       400.00
Gross for week                                     1,502.09
PAYE                                                 150.00
ACC levy                                              50.00
Net to bank                                        1,302.09
""")
    ex = extract(Classified(doc, "payslip"), "en")
    assert ex.fields["gross_pay"] == "1502.09" and ex.fields["net_pay"] == "1302.09"
    assert ex.evidence["gross_pay"].confidence < 0.6
    # the deductions' total printed instead of its rows
    got = fields("""
Gross for week                                     1,502.09
Deductions                                           200.00
Net to bank                                        1,302.09
""")
    assert got["gross_pay"] == "1502.09"
    # rows that do not add up name no gross
    got = fields("""
Gross for week                                     1,502.09
PAYE                                                 150.00
ACC levy                                              51.00
Net to bank                                        1,302.09
""")
    assert got["gross_pay"] != "1502.09"


def test_the_period_from_a_payment_date_alone() -> None:
    got = fields("""
Blue Mountains Veterinary Clinic                         Pay Advice
Employee                 Paid on              Employee no.
Farah Siddiqui           10 Jan 2025          1590
Gross pay                                     3,875.86
Net pay                                       3,410.76
""")
    assert got["period"] == "2025-01"


def test_an_employer_whose_name_ends_in_two_legal_forms() -> None:
    got = fields("""
Tsim Sha Tsui Optical Co. Ltd
Serving the community since 1987
PAY SLIP
Name    Kofi Mensah          Month   Mar-2026
Gross Pay                           12,400.00
NET PAY                             11,780.00
""")
    assert got["employer"] == "Tsim Sha Tsui Optical Co. Ltd"
