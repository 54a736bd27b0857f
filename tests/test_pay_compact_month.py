"""Payroll prints from public-sector treasury systems (issue 10, sixth round): the pay month printed as six digits
after its label (发放年月：202511) and the employing body under its budget-unit label (预算单位). Inputs generated here,
in their own words and figures (not those of any corpus document)."""

from __future__ import annotations

from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.values import find_dates, parse_month


def fields(*pages: str) -> dict:
    return dict(extract(Classified(make_doc(*pages), "payslip"), "zh").fields)


def test_six_digit_month_after_a_label_is_a_month() -> None:
    assert parse_month("202511") == "2025-11"
    assert parse_month(" 199912 人员类别：在编") == "1999-12"


def test_six_digits_that_are_no_month_stay_unread() -> None:
    assert parse_month("202513") is None  # no thirteenth month
    assert parse_month("2025117") is None  # seven digits: a code
    assert parse_month("318204") is None  # not a year of this or the last century
    assert parse_month("202511.50") is None  # a figure
    assert not find_dates("工号 202511")  # in running text six digits are not a date


def test_treasury_pay_detail_month_and_budget_unit() -> None:
    got = fields("""
                 北河市财政集中支付工资明细表
预算单位：北河市实验小学                     发放年月：202511
姓   名：周丽华                        岗位类别：专业技术
项目                                   金额
岗位工资                               2,480.00
薪级工资                               1,912.00
应发工资                               7,105.00
住房公积金                               852.00
实发工资                               5,318.40
""")
    assert got["period"] == "2025-11"
    assert got["employer"] == "北河市实验小学"
    assert got["gross_pay"] == "7105.00"
    assert got["net_pay"] == "5318.40"


def kind_of(text: str) -> str:
    return classify_one(make_doc(text)).type


def test_employment_insurance_decision_is_a_proof_of_unemployment() -> None:
    # a benefit decision in the Canadian wording (Employment Insurance, weekly benefit rate, shortage of work):
    # own names, dates and figures
    assert kind_of("""
Employment Insurance - Decision on your claim                          3 March 2025
PRIYA NADARAJAH
1180 LAKESHORE RD, OAKVILLE ON L6J 1J4
Your job at Norbridge Logistics Ltd. ended on 14 February 2025 (shortage of work).
You are entitled to regular benefits. Your weekly benefit rate is $541.00 for up to 26 weeks.
""") == "unemployment_proof"


def test_pension_benefit_statement_is_no_bank_statement() -> None:
    # a pension scheme's yearly statement prints a statement date and balances, like a bank statement: own words
    assert kind_of("""
Harbourview Staff Pension Scheme
Benefit statement for the year to 31 March 2025           Statement date: 12 May 2025
Member: Ms Laura Pennington                 Scheme reference: HV/55102
Pension pot at 31 March 2025                               £61,204.10
Paid in by you this year                                    £1,980.00
Paid in by your employer this year                          £2,970.00
Your chosen retirement age is 65.
""") == "other"


def test_a_company_the_notice_talks_about_is_not_its_issuer() -> None:
    # a benefit office's notice names the claimant's former employer in a sentence: that company did not issue it
    letter = """
Regional Jobs Office                                               9 June 2025
TOMASZ WIERZBICKI
22 ELM GROVE, HALIFAX NS B3H 2Y9
Your work at Kestrel Foods Ltd. stopped on 30 May 2025 because of a shortage of work.
You are entitled to regular benefits. Your weekly benefit rate is $487.00 for up to 20 weeks.
"""
    got = dict(extract(Classified(make_doc(letter), "unemployment_proof"), "en").fields)
    assert got["issuer"] != "Kestrel Foods Ltd"
    # the same company in the letterhead (its own termination letter) is the issuer
    own = dict(extract(Classified(make_doc("Kestrel Foods Ltd.\n" + letter), "unemployment_proof"), "en").fields)
    assert own["issuer"] == "Kestrel Foods Ltd"


def test_one_pay_item_alone_is_no_gross_total() -> None:
    # a stub that prints one earnings item and no other figure: its gross pay is not known
    alone = fields("PAY ADVICE\nRef: PA-7731\nStaff member: Olga Brennan\nBasic pay: 4,350.00\n")
    assert alone.get("gross_pay") is None
    # with its deductions and net pay printed, the one item is the whole of the pay
    full = fields("PAY ADVICE\nStaff member: Olga Brennan\nBasic pay     4,350.00\nIncome tax      610.00\n"
                  "Net pay       3,740.00\n")
    assert full["gross_pay"] == "4350.00"
