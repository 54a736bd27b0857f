"""Structure before labels (issue 10): tables, transaction rows, 大写/小写, magnitudes, reconciliation, gazetteers.

Every input is generated here (text laid out in columns, read with monospace word boxes as a text layer).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.rules.registry import load_banks
from packet.understanding import tables
from packet.understanding.classify import classify_one, structures
from packet.understanding.extract import extract, sane_bank, sane_name
from packet.understanding.label_geometry import doc_lines
from packet.understanding.values import dayfirst_for, find_money, parse_daxie, parse_range


def fields(type_name: str, *pages: str, language: str = "zh") -> dict:
    return dict(extract(Classified(make_doc(*pages), type_name), language).fields)


# --- values ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("柒仟伍佰柒拾捌元肆角伍分", "7578.45"), ("陆佰零壹元肆角整", "601.40"), ("壹万贰仟元整", "12000"),
    ("叁亿零伍万元", "300050000"), ("拾元", "10"), ("伍角", "0.5"), ("人民币（大写）：贰拾叁元", "23"),
])
def test_daxie(text: str, value: str) -> None:
    assert parse_daxie(text) == Decimal(value)


def test_daxie_absent() -> None:
    assert parse_daxie("实发工资 8,000.00") is None
    assert parse_daxie("壹") is None  # a lone numeral is no amount


@pytest.mark.parametrize("text,value", [("月均收入：1.2万元", "12000.0"), ("年薪 30万", "300000"), ("约8千元", "8000"),
                                        ("总额 1.5亿元", "150000000.0")])
def test_magnitudes(text: str, value: str) -> None:
    hits = find_money(text)
    assert hits and hits[0].value == Decimal(value) and hits[0].marked


@pytest.mark.parametrize("text,dayfirst,expected", [
    ("Period: 01/01/2024 - 01/31/2024", False, (date(2024, 1, 1), date(2024, 1, 31))),
    ("February 1 – April 30, 2022", True, (date(2022, 2, 1), date(2022, 4, 30))),
    ("1 Feb to 30 Apr 2022", True, (date(2022, 2, 1), date(2022, 4, 30))),
    ("2026-05-01 -- 2026-07-31", True, (date(2026, 5, 1), date(2026, 7, 31))),
    ("2026-05-01 至 2026-07-31", True, (date(2026, 5, 1), date(2026, 7, 31))),
    ("查询期间 :2026/08/01-2026/10/31", True, (date(2026, 8, 1), date(2026, 10, 31))),  # a hyphen, no spaces
    ("01/01/2024-01/31/2024", False, (date(2024, 1, 1), date(2024, 1, 31))),
    ("2026.08.01-2026.10.31", True, (date(2026, 8, 1), date(2026, 10, 31))),
])
def test_ranges(text: str, dayfirst: bool, expected) -> None:
    assert parse_range(text, dayfirst) == expected


def test_us_address_means_month_first() -> None:
    assert dayfirst_for("en", "Jane Roe\n12 Elm St\nSpringfield, IL 62704\n03/04/2026") is False
    assert dayfirst_for("en", "Jane Roe\n12 Elm St\nLeeds LS1 4AB\n03/04/2026") is True


# --- tables ------------------------------------------------------------------------------------------------

STRIP = """
华润达精密制造有限公司 2026年9月工资条
工号   姓名     部门     基本工资   岗位津贴   应发合计   养老保险   个人所得税   扣款合计   本月实发
0317   刘晓燕   质检部   5200.00    800.00     6000.00    480.00     20.00        500.00     5500.00
"""


def test_strip_grid_headings_over_one_row() -> None:
    grids = tables.grids(doc_lines(make_doc(STRIP).pages))
    assert len(grids) == 1
    g = grids[0]
    assert g.headers[1] == "姓名" and g.headers[-1] == "本月实发" and g.rows[0][-1] == "5500.00"


def test_strip_payslip_fields() -> None:
    f = fields("payslip", STRIP)
    assert f["employee"] == "刘晓燕"
    assert (f["gross_pay"], f["net_pay"]) == ("6000.00", "5500.00")


def test_net_by_reconciliation_without_its_label() -> None:
    """No label names the net pay: the figure that, with another printed one, adds up to the gross is it."""
    text = """
Acme Widgets Ltd payslip   Pay period: September 2026
Employee: Jane Roe
Gross pay                     3,000.00
Tax                             400.00
Pension                         100.00
Total deductions                500.00
Paid to your account          2,500.00
"""
    f = fields("payslip", text, language="en")
    assert (f["gross_pay"], f["net_pay"]) == ("3000.00", "2500.00")


def test_year_to_date_gross_loses_because_it_does_not_reconcile() -> None:
    text = """
Pay Stub        Period Ending: 12/31/2025
Employee: Jane Roe
Gross Pay  60,000.00 YTD
Gross Pay       5,000.00
Total deductions  1,682.50
Net Pay         3,317.50
"""
    f = fields("payslip", text, language="en")
    assert (f["gross_pay"], f["net_pay"]) == ("5000.00", "3317.50")


def test_daxie_xiaoxie_net_pay() -> None:
    text = """
工资发放单
单位名称：杭州青禾信息科技有限公司      所属月份：2026年08月
员工姓名：陈建国
应发工资合计    9,800.00      扣款合计   2,221.55
实发金额（大写）：柒仟伍佰柒拾捌元肆角伍分      （小写）：¥7,578.45
"""
    assert fields("payslip", text)["net_pay"] == "7578.45"


def test_two_line_header_summary_table() -> None:
    text = """
Harbour Bank
Account name: Jane Roe     Account number: 12345678
Statement period: 1 September 2026 to 30 September 2026
Opening        Money       Money       Closing
balance        in          out         balance
1,000.00       2,500.00    1,200.00    2,300.00
"""
    assert fields("bank_statement", text, language="en")["closing_balance"] == "2300.00"


LEDGER_ZH = """
中国工商银行 INDUSTRIAL AND COMMERCIAL BANK OF CHINA
个人账户历史明细清单
户名：周敏          卡号：6222 0212 0304 5567 891
交易日期     摘要    交易金额      账户余额
2026-05-06   工资    +8,210.00     15,470.33
2026-05-18   消费    -326.80       15,143.53
2026-06-05   工资    +8,210.00     23,353.53
2026-07-29   还款    -3,180.00     20,173.53
"""


def test_ledger_gives_period_and_closing_balance() -> None:
    f = fields("bank_statement", LEDGER_ZH)
    assert (f["period_start"], f["period_end"]) == ("2026-05-06", "2026-07-29")
    assert f["closing_balance"] == "20173.53"  # the last running balance, not the column's first row
    assert f["bank"] == "中国工商银行"  # the gazetteer's name in the document's script, not the English header


def test_ledger_newest_first_is_turned_round() -> None:
    text = """
Date         Description        Amount      Balance
03/20/2026   Grocery            -45.10      1,204.90
03/10/2026   Salary           1,000.00      1,250.00
03/02/2026   Rent              -750.00        250.00
03/01/2026   Opening                        1,000.00
"""
    book = tables.ledger(doc_lines(make_doc(text).pages), dayfirst=False)
    assert book is not None and book.confirmed
    assert book.closing == Decimal("1204.90") and book.first == date(2026, 3, 1)


def test_ledger_that_does_not_chain_gives_no_balance() -> None:
    text = """
2026-03-01   Coffee     3.10    5.00
2026-03-02   Lunch      8.20    9.00
2026-03-03   Taxi      12.00   40.00
"""
    book = tables.ledger(doc_lines(make_doc(text).pages), dayfirst=True)
    assert book is not None and not book.confirmed and book.closing is None


def test_ledger_is_a_classification_signal() -> None:
    doc = make_doc(LEDGER_ZH)
    assert "ledger" in structures(doc)
    assert classify_one(doc).type == "bank_statement"


def test_count_column_is_not_the_balance() -> None:
    text = """
CHECKING SUMMARY            INSTANCES     AMOUNT
Beginning Balance                         $81,607.40
Deposits and Additions         10         125,883.63
Ending Balance                 16         $189,296.31
"""
    assert fields("bank_statement", text, language="en")["closing_balance"] == "189296.31"


# --- names -------------------------------------------------------------------------------------------------

def test_gazetteer_has_each_bank_once_with_valid_prefixes() -> None:
    banks = load_banks()
    names = [n for b in banks for n in b.names]
    assert len(names) == len(set(names))
    assert any("Westpac" in b.names for b in banks) and any("招商银行" in b.names for b in banks)


def test_logo_glyph_fused_to_the_name_is_cut() -> None:
    text = """
工中国工商银行
户名：周敏     卡号：6222021203045567891
起止日期：2026-05-01 至 2026-07-31
期末余额：23,383.53
"""
    assert fields("bank_statement", text)["bank"] == "中国工商银行"


def test_brand_without_the_word_bank() -> None:
    text = """
Westpac
Statement of account
Account name: Jane Roe       Account number: 031234567890
Statement period: 01/09/2026 to 30/09/2026
Closing balance: $1,234.56
"""
    assert fields("bank_statement", text, language="en")["bank"] == "Westpac"


def test_bank_from_card_prefix_when_no_name_is_printed() -> None:
    text = """
个人账户交易明细
户名：孙立伟     账号：6214 8301 2345 6789
起止日期：2026-09-01 至 2026-09-30
期末余额：8,562.13
"""
    assert fields("bank_statement", text)["bank"] == "招商银行"


@pytest.mark.parametrize("value", ["网上银行", "微信支付", "Telephone Bank", "of America", "Bank Statement"])
def test_not_banks(value: str) -> None:
    assert sane_bank(value) is None


@pytest.mark.parametrize("value,ok", [("VOID VOID VOID", False), ("Everyday account", False),
                                      ("Billing Office PO Box", False), ("Jane Roe", True), ("刘晓燕", True)])
def test_name_sanity(value: str, ok: bool) -> None:
    assert (sane_name(value) == value) is ok


def test_one_word_label_not_inside_a_heading() -> None:
    text = """
Bank Statement Example
Harbour Bank
Account name: Jane Roe     Account number: 12345678
Statement period: 01/09/2026 to 30/09/2026
Closing balance: £2,300.00
"""
    assert fields("bank_statement", text, language="en")["bank"] == "Harbour Bank"


def test_unlabelled_name_at_the_head_of_an_address_block() -> None:
    text = """
Harbour Bank
Statement period: 01/09/2026 to 30/09/2026

JANE ROE
12 ELM STREET
SPRINGFIELD IL 62704
Account number: 12345678
Closing balance: $2,300.00
"""
    assert fields("bank_statement", text, language="en")["account_holder"] == "JANE ROE"


# --- types -------------------------------------------------------------------------------------------------

def test_diagnosis_certificate_is_not_a_medical_bill() -> None:
    doc = make_doc("""
诊断证明书
医院：南京鼓楼医院
姓名：唐伟   性别：男   年龄：46岁
诊断：腰椎间盘突出症
日期：2026-09-03
""")
    assert classify_one(doc).type == "other"


def test_card_contract_is_not_a_statement() -> None:
    doc = make_doc("""
信用卡领用合约（个人卡）
甲方（发卡机构）：中国银行股份有限公司
第一条 乙方应按月偿还对账单所列最低还款额，账单日及到期还款日以对账单为准。
第二条 透支利率为日万分之五。
""")
    assert classify_one(doc).type == "other"


def test_us_pay_stub_reaches_the_threshold() -> None:
    doc = make_doc("""
Pay Stub
Period Ending: 12/31/2025
EARNINGS                      TAXES & DEDUCTIONS
Regular Pay     5,000.00      Federal Income Tax    800.00
                              Social Security       310.00
""")
    assert classify_one(doc).type == "payslip"


def test_a_notice_addressed_to_the_person_names_them() -> None:
    """A termination notice begins with its addressee and an honorific, with no label and no 兹证明 before it."""
    got = fields("unemployment_proof", "\n".join([
        "              解除（终止）劳动合同证明书",
        "",
        "罗雪梅 同志（身份证号码：4401**********2268）：",
        " 你与本单位签订的劳动合同，因经济性裁员原因，于2026年8月31日解除。",
        "",
        "                                    单位（盖章）：广州南沙海运服务有限公司",
        "                                         2026年9月1日",
    ]))
    assert got["person"] == "罗雪梅"
    assert fields("unemployment_proof", "尊敬的王先生：\n您的劳动合同已于2026年8月31日解除。")["person"] is None


def test_a_bills_total_is_the_amount_its_items_add_up_to() -> None:
    """No total label the registry knows ("费用总额" here): the amount the items before it add up to is the total;
    the payment split after it (统筹基金支付 + 个人支付) is not taken."""
    got = fields("medical_bill", "\n".join([
        "住院费用结算清单",
        "医院名称：华中科技大学同济医学院附属协和医院",
        "患者姓名：冯志刚      住院号：ZY2026081123",
        "结算日期：2026-08-24",
        "床位费   1,040.00      手术费   8,600.00",
        "药品费   6,215.37      材料费   12,480.00",
        "检查检验费   2,318.00      护理费   546.00",
        "费用总额：31,199.37   统筹基金支付：19,883.12   个人支付：11,316.25",
    ]))
    assert got["total"] == "31199.37"


def test_kept_readings_are_not_shared_with_callers():
    """find_money and the label search keep what they worked out per text (a warm re-run reads the same cells for
    every field): a caller changing its list must not change the next caller's answer, and a label printed in a
    cell, or not at all, is found the same way through the whole-text pre-search."""
    from packet.understanding.label_geometry import find_labels

    first = find_money("应还金额 ¥8,560.00 最低还款 ¥856.00")
    first.clear()
    again = find_money("应还金额 ¥8,560.00 最低还款 ¥856.00")
    assert [h.value for h in again] == [Decimal("8560.00"), Decimal("856.00")]
    doc = make_doc("Account holder: Mira Patel        Sort code 20-45-77\nClosing balance     £1,204.50")
    lines = doc_lines(doc.pages)
    hits = find_labels(lines, "Closing balance")
    assert [(h.line.index, h.rest.strip()) for h in hits] == [(1, "")]
    assert find_labels(lines, "Closing balance")[0].x0 == hits[0].x0
    assert find_labels(lines, "Opening balance") == []
