"""A letter that names kinds of documents in a list ("请携带收入、银行流水等相关证明材料") is not one of them: a type's
words in an enumeration of a sentence (items joined by the enumeration comma 、) count for no type. Independent set
21, read after it was judged: a rural bank's 逾期还款提醒函 (an overdue-loan reminder, a look-alike) scored 6.25 as a
bank statement from its request for "银行流水" alone. Text pages through the real classifier."""

from __future__ import annotations

from pathlib import Path

from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.understanding.classify import classify_one

REMINDER = ("肇庆星湖农村商业银行\n逾期还款提醒函\n尊敬的麦润棠先生：\n"
            "您于2024年7月15日在我行办理的个人经营性贷款，截至2026年11月20日已逾期，逾期情况如下：\n"
            "逾期期数 逾期本金 逾期利息 罚息\n2期 3,126.84 603.96 41.27\n"
            "请您在收到本函之日起七日内将上述款项存入还款账户。\n"
            "如您确有还款困难，可携带{kinds}到经办网点申请调整还款计划。\n肇庆星湖农村商业银行\n2026年11月21日")


def _type(text: str) -> str:
    return classify_one(make_doc(text), Case(root=Path("/tmp"), request=Request(language="zh",
                                                                             checklist="zh-stop-collection"))).type


def test_kinds_of_documents_listed_in_a_sentence_name_no_type() -> None:
    assert _type(REMINDER.format(kinds="收入、银行流水等相关证明材料")) == "other"
    assert _type(REMINDER.format(kinds="工资单、银行流水、医疗票据等材料")) == "other"


def test_a_statement_s_own_words_still_count() -> None:
    statement = ("中国农业银行\n银行流水\n户名：王秀英 账号：6228480012345678\n"
                 "日期 摘要 支出 存入 余额\n2026-10-01 期初余额 1,000.00\n2026-10-05 工资 3,000.00 4,000.00\n"
                 "2026-10-09 消费 200.00 3,800.00\n2026-10-20 转账 500.00 3,300.00\n2026-10-31 期末余额 3,300.00")
    assert _type(statement) == "bank_statement"
