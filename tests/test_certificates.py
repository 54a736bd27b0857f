"""Letters and certificates (收入证明, 失业证明, employers' letters) in forms of our own: dates in Chinese numerals,
a company's name with consecutive legal suffixes, an amount in words with its figure in brackets, and a monthly
amount printed before "per month" in prose."""

from __future__ import annotations

from datetime import date

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract, p_money
from packet.understanding.values import parse_date


def fields(type_name: str, text: str, language: str) -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


@pytest.mark.parametrize("text,expected", [
    ("二〇二五年十二月三日", date(2025, 12, 3)), ("落款：二○二六年一月三十一日", date(2026, 1, 31)),
    ("二〇二六年十月二十日", date(2026, 10, 20)), ("2026年九月八号", date(2026, 9, 8)),
    ("二〇二六年二月三十日", None),  # no 30 February
    ("一二三四年五月六日", None),  # not a year packet reads (before 1990)
])
def test_dates_in_chinese_numerals(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_words_with_their_figure_in_brackets_are_not_negative() -> None:
    assert p_money("月薪：人民币陆仟叁佰元整（￥6,300.00）") == "6300.00"
    assert p_money("（¥6,300.00）") == "-6300.00"  # a bracketed figure alone is still a negative amount


def test_chinese_income_proof_in_its_certificate_form() -> None:
    text = """
收入证明
兹证明林晓峰同志系我单位正式员工，现任销售主管。
每月工资收入：人民币柒仟贰佰元整（¥7,200.00）
特此证明。
证明单位：杭州远帆贸易集团股份有限公司（盖章）
二〇二五年十二月三日
"""
    got = fields("income_proof", text, "zh")
    assert got["employer"] == "杭州远帆贸易集团股份有限公司"
    assert got["monthly_income"] == "7200.00"
    assert got["date"] == "2025-12-03"


def test_unemployment_certificate_dated_in_chinese_numerals() -> None:
    text = """
解除劳动合同证明书
兹证明周佳宁同志原系我公司员工，双方于2026年8月31日解除劳动合同。
特此证明。
宁波东港物流集团有限公司（盖章）
二〇二六年九月五日
"""
    got = fields("unemployment_proof", text, "zh")
    assert got["issuer"] == "宁波东港物流集团有限公司"
    assert got["date"] == "2026-09-05"


def test_monthly_amount_before_per_month_in_prose() -> None:
    text = """
Harlow & Finch Engineering Ltd
12 Quay Street, Bristol BS1 4DJ
3 November 2026
To whom it may concern
We confirm that Aisha Karim is employed by us as a draughtsperson on a permanent contract.
Her salary is £51,000.00 per year, which is £4,250.00 a month before tax.
Yours faithfully, Tom Hale, HR Manager
"""
    got = fields("income_proof", text, "en")
    assert got["monthly_income"] == "4250.00"
    assert got["employer"] == "Harlow & Finch Engineering Ltd"
