"""A proof of income that states pay by the fortnight or the week, or a total for a span of months.

Independent set 20 (spent, read after judging): a Samoan employer's letter gives only "WST 840.00 per fortnight"
and a Shouguang co-operative's certificate only "近一年收入合计 49,920.00元" with "上述收入为2025年11月至2026年10月
实际发放金额"; no monthly income was found, and both complete cases were told an income proof was missing. The
monthly income is now derived (× 26 / 12, × 52 / 12, the total over the span's months), doubted, for the user to
confirm. Pages from text (tests/textdoc.py).
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

LETTER = ("Vaitele Bottling Company Ltd\nDated this 2nd day of November 2026\nTO WHOM IT MAY CONCERN\n"
          "This letter confirms that Losa Fuimaono has been employed by Vaitele Bottling Company Ltd since\n"
          "14 February 2022. {pay}\nTauiliili Leavasa\nHuman Resources Officer")
CERT = ("收入证明\n姓名  綦玉芬   性别  女\n工作单位  寿光市洛城街道绿蔓蔬菜专业合作社\n"
        "{total}    大写  肆万玖仟玖佰贰拾元整\n兹证明以上人员系我社社员，工资按月以银行转账方式发放，{span}\n"
        "单位联系人：孙主任")


def _monthly(doc_type: str, text: str, lang: str):
    fields, evidence = read_fields_evidence(doc_type, make_doc(text).pages, lang)
    return fields["monthly_income"], evidence.get("monthly_income")


@pytest.mark.parametrize("pay,want", [("Her gross salary is WST 840.00 per fortnight, paid by direct credit.", "1820.00"),
                                      ("He is paid $615.00 a week before tax.", "2665.00"),
                                      ("Her pay is $1,200.00 bi-weekly.", "2600.00")])
def test_pay_by_the_week_or_fortnight_gives_a_doubted_monthly_income(pay: str, want: str) -> None:
    value, ev = _monthly("income_proof", LETTER.format(pay=pay), "en")
    assert value == want
    assert ev.method == "period-pay" and ev.confidence < 0.6


def test_an_amount_after_the_word_is_no_weeks_pay() -> None:
    value, _ = _monthly("income_proof", LETTER.format(pay="She works 40 hours a week and $26.85 is her hourly rate."),
                        "en")
    assert value != "155.54"  # 26.85 × 52 / 12 would take the rate for a week's pay


@pytest.mark.parametrize("total,span,want", [
    ("近一年收入合计    49,920.00元", "上述收入为2025年11月至2026年10月实际发放金额（税前）。", "4160.00"),
    ("近一年收入合计    49,920.00元", "上述收入为实际发放金额（税前）。", "4160.00"),  # 近一年: twelve months
    ("收入合计    24,000.00元", "上述收入为2026年5月至2026年10月实际发放金额。", "4000.00"),
])
def test_a_total_for_a_stated_span_gives_a_doubted_monthly_income(total: str, span: str, want: str) -> None:
    value, ev = _monthly("income_proof", CERT.format(total=total, span=span), "zh")
    assert value == want
    assert ev.method == "span-total" and ev.confidence < 0.6


def test_a_total_without_a_span_gives_nothing() -> None:
    value, _ = _monthly("income_proof", CERT.format(total="收入合计    24,000.00元", span="上述收入为实际发放金额。"), "zh")
    assert value is None
