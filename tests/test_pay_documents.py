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
