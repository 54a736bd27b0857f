"""A date in Chinese numerals whose day is written with 廿 (twenty) or 卅 (thirty), as formal and handwritten dates
are: 二〇二六年十一月廿日, 十一月廿八日, 卅日. The pattern knew 一 to 十 only, so such an income certificate had no date and
could not count as recent. Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence
from packet.understanding.values import find_dates

CERT = ("收入证明\n兹证明张伟同志系我单位员工，月平均收入为人民币肆仟伍佰元整（¥4,500.00）。\n特此证明。\n"
        "沧州市渤海管件制造有限公司（盖章）\n{day}\n")


@pytest.mark.parametrize(("day", "iso"), [("二零二六年十一月廿日", "2026-11-20"), ("二〇二六年十一月廿八日", "2026-11-28"),
                                          ("二〇二六年十一月卅日", "2026-11-30"), ("二〇二六年十月卅一日", "2026-10-31"),
                                          ("二〇二六年十一月二十日", "2026-11-20")])
def test_days_with_twenty_and_thirty(day: str, iso: str) -> None:
    fields, _ = read_fields_evidence("income_proof", make_doc(CERT.format(day=day)).pages, "zh")
    assert fields["date"] == iso


def test_no_thirtieth_of_a_short_month() -> None:
    assert [h.value for h in find_dates("二〇二六年二月卅日", True)] != ["2026-02-30"]
