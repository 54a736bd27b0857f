"""A payslip's summary row whose figures stand off their heads' columns.

Independent set 20 (spent, read after judging): a Brunei payslip prints "Gross Earnings | Total Deductions |
Employer SPK 8.5% | NET PAY (B$)" over "1,896.28 | 349.00 | 123.25 | 1,547.28", each figure right-aligned left of
its head. The grid cut its heads at the figures' edges ("SPK 8.5% NET PA" over 123.25): net pay was read as the
employer's contribution, 123.25 at 0.86, and the employer as "SPK 8.5% NET". Pages from text (tests/textdoc.py), laid
out as the slip prints them.
"""

from __future__ import annotations

from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence, sane_org

SLIP = """BELAIT OFFSHORE CATERING SDN BHD                                          PAYSLIP
Employee     Mohd Khairul Azmi bin Jalil                          Pay Period   01.10.2026 - 31.10.2026
Basic Salary                 1,450.00          SPK Employee 8.5%          123.25
Offshore Allowance             168.00          SCP Employee 3.5%           50.75
Overtime 1.5x                  188.28          Staff Loan                 150.00
Meal Allowance                  90.00          Uniform                     25.00
  Gross Earnings                                Total Deductions                            Employer SPK 8.5%                      NET PAY (B$)
                            1,896.28                                            349.00                                   123.25                    1,547.28
"""


def test_each_head_of_a_summary_row_names_the_figure_in_its_place() -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc(SLIP).pages, "en")
    assert fields["net_pay"] == "1547.28"
    assert fields["gross_pay"] == "1896.28"
    assert fields["employer"] != "SPK 8.5% NET"


def test_a_rate_is_no_organisation() -> None:
    assert sane_org("SPK 8.5%") is None
    assert sane_org("Belait Offshore Catering Sdn Bhd") == "Belait Offshore Catering Sdn Bhd"
