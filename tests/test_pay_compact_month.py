"""Payroll prints from public-sector treasury systems (issue 10, sixth round): the pay month printed as six digits
after its label (发放年月：202511) and the employing body under its budget-unit label (预算单位). Inputs generated here,
in their own words and figures (not those of any corpus document)."""

from __future__ import annotations

from textdoc import make_doc

from packet.core.model import Classified
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
