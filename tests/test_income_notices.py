"""A notice of reduced pay is a proof of income: a 停工待岗通知书 (standby: the plant stopped, the worker kept on a
living allowance) states what the person is paid each month now — the very hardship a 停催/缓催 request is about.
Independent set 15, read after it was judged: such a notice was typed other (text and photo), and its monthly figure
was the minimum wage it was worked out from (2040元/月) instead of the amount it states and spells out in 大写.
Inputs written here (our names, figures and wording)."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

NOTICE = """
{title}
湘达机电〔2026〕第12号
贺春燕 同志（工号：XD-2207，所在部门：装配车间）：
受订单减少影响，公司装配车间自2026年8月1日起阶段性停产。安排你自2026年8月1日起{what}，期间保留劳动关系。
一、{what}期间，公司按本市最低工资标准（{base}元/月）的{pct}%按月向你发放生活费，即每月人民币{pay}元（大写：{words}），
于每月10日前发放至你的工资卡。
二、恢复生产时，公司将提前三日通知你返岗。
特此通知。
湘达机电设备有限公司
2026年9月20日
"""


@pytest.mark.parametrize("title,what,base,pct,pay,words", [
    ("停工待岗通知书", "停工待岗", "1900", "80", "1,520.00", "壹仟伍佰贰拾元整"),
    ("待岗通知", "待岗", "2100", "70", "1,470.00", "壹仟肆佰柒拾元整"),
])
def test_a_standby_notice_is_a_proof_of_the_income_it_states(title, what, base, pct, pay, words) -> None:
    text = NOTICE.format(title=title, what=what, base=base, pct=pct, pay=pay, words=words)
    item = classify_one(make_doc(text, rel="notice.pdf"))
    assert item.type == "income_proof", item
    got = extract(Classified(item.document, "income_proof"), "zh").fields
    assert got["monthly_income"] == pay.replace(",", ""), got  # the amount stated and spelled out, not the base
    assert got["employee"] == "贺春燕" and got["date"] == "2026-09-20", got


def test_a_notice_of_a_meeting_with_a_monthly_figure_stays_other() -> None:
    text = """
会议通知
各部门：
定于2026年9月25日召开月度经营分析会，请各部门负责人准时参加。本月车间电费约每月人民币3,200.00元，请节约用电。
综合办公室
2026年9月20日
"""
    assert classify_one(make_doc(text, rel="meeting.pdf")).type == "other"
