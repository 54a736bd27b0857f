"""Dates, months, ranges, money and names as people and OCR print them."""

from __future__ import annotations

from datetime import date

import pytest

from packet.understanding.values import (
    dayfirst_for,
    parse_date,
    parse_money,
    parse_month,
    parse_range,
    same_name,
)


@pytest.mark.parametrize("text,month", [
    ("2026年9月", "2026-09"), ("2026 年 09 月", "2026-09"), ("2026.09", "2026-09"), ("2026-09", "2026-09"),
    ("09/2026", "2026-09"), ("Sep 2026", "2026-09"), ("September 2026", "2026-09"), ("Sept. 2026", "2026-09"),
    ("1 Sept 2026", "2026-09"), ("２０２６年９月", "2026-09"), ("2O26年O9月", "2026-09"),
    ("01/09/2026 - 30/09/2026", "2026-09"), ("工资所属期：2026年08月", "2026-08"),
], ids=lambda v: str(v))
def test_month(text: str, month: str) -> None:
    assert parse_month(text) == month


@pytest.mark.parametrize("text,dayfirst,expected", [
    ("2026-05-01", True, date(2026, 5, 1)),
    ("2026年7月3日", True, date(2026, 7, 3)),
    ("2026/07/03", False, date(2026, 7, 3)),
    ("2026.07.03", True, date(2026, 7, 3)),
    ("20260703", True, date(2026, 7, 3)),
    ("01/09/2026", True, date(2026, 9, 1)),   # en-GB: day first
    ("01/09/2026", False, date(2026, 1, 9)),  # US: month first
    ("25/09/2026", False, date(2026, 9, 25)),  # unambiguous whatever the hint
    ("30 September 2026", True, date(2026, 9, 30)),
    ("September 30, 2026", False, date(2026, 9, 30)),
    ("1st Sept 2026", True, date(2026, 9, 1)),
    ("Date: l5 Oct 2026", True, date(2026, 10, 15)),
    ("2026-02-30", True, None),
], ids=lambda v: str(v))
def test_date(text: str, dayfirst: bool, expected: date | None) -> None:
    assert parse_date(text, dayfirst) == expected


@pytest.mark.parametrize("text,expected", [
    ("2026-05-01 至 2026-10-31", (date(2026, 5, 1), date(2026, 10, 31))),
    ("2026/08/01- 2026/10/31", (date(2026, 8, 1), date(2026, 10, 31))),
    ("20260501-20260731", (date(2026, 5, 1), date(2026, 7, 31))),
    ("1 September 2026 to 30 September 2026", (date(2026, 9, 1), date(2026, 9, 30))),
    ("2026年5月至2026年10月", (date(2026, 5, 1), date(2026, 10, 31))),
    ("2026-05-01", None),
], ids=lambda v: str(v))
def test_range(text: str, expected) -> None:
    assert parse_range(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("实发工资：8,560.00", "8560.00"), ("Net Pay $2,310.45", "2310.45"), ("8, 560.00", "8560.00"),
    ("¥28,518.20", "28518.20"), ("RMB 9,800.00", "9800.00"), ("8560元", "8560.00"), ("£412.09", "412.09"),
    ("-1,234.56", "-1234.56"), ("(1,234.56)", "-1234.56"), ("1,234.56 CR", "1234.56"), ("1,234.56 DR", "-1234.56"),
    ("２，３１０．４５", "2310.45"), ("2,310,45", "2310.45"), ("8.560.00", "8560.00"), ("Page 2026", None),
    ("no amount here", None),
], ids=lambda v: str(v))
def test_money(text: str, expected: str | None) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize("language,text,dayfirst", [
    ("en", "Net pay £2,310.45", True), ("en", "Net pay $2,310.45", False), ("zh", "实发工资 8560.00", True),
    ("en", "Sort code 20-45-77", True),
], ids=["gbp", "usd", "zh", "sort-code"])
def test_dayfirst(language: str, text: str, dayfirst: bool) -> None:
    assert dayfirst_for(language, text) is dayfirst


@pytest.mark.parametrize("a,b,same", [
    ("张伟", "张 伟", True), ("张伟", "张伟", True), ("Daniel Okafor", "DANIEL OKAFOR", True),
    ("Mr Daniel Okafor", "Daniel Okafor", True), ("Okafor Daniel", "Daniel Okafor", True),
    ("Ｄａｎｉｅｌ　Ｏｋａｆｏｒ", "Daniel Okafor", True), ("张伟", "李秀英", False), ("Jane Okafor", "Daniel Okafor", False),
], ids=lambda v: str(v))
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


@pytest.mark.parametrize(("text", "amount"), [
    ("TOTAL BILLED AMOUNT: ¹1,850.00", "1850.00"),  # a font without ₹ printed a superscript one in its place
    ("Balance due²  640.50", "640.50"),  # a footnote mark after the label
    ("Net pay ₂3,100.00", "3100.00"),
])
def test_superscript_and_subscript_digits_are_no_digits_of_an_amount(text: str, amount: str) -> None:
    from packet.understanding.values import find_money

    assert [str(h.value) for h in find_money(text) if h.marked] == [amount]
