"""Parties and names (issue 10): the mechanisms :mod:`partygen` measures, each on its own, on text (no OCR).

Who is the employer when the salary bank is printed too; a Chinese organisation's name cut by a line's end; a
public body named by its head noun; a short sign-off; the holder beside a joint holder; a name printed in lower case;
an amount in brackets or in 大写 in a sentence."""

from __future__ import annotations

from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract, p_money, sane_name
from packet.understanding.label_geometry import doc_lines
from packet.understanding.unlabelled import address_name, money_after, org, prominent_org


def _fields(type_name: str, text: str, language: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


def _lines(text: str):
    return doc_lines(make_doc(text).pages)


def test_the_salary_bank_after_its_label_is_not_the_employer() -> None:
    # the letterhead set in two lines, the bank after 工资卡开户行: the employer is the company, whole
    got = _fields("payslip", """
成都天府云图信息技术股份有限
公司
2025年3月工资条
员工姓名：邓志伟      所属部门：销售部
工资卡开户行：中国农业银行股份有限公司成都高新支行
项目        金额（元）
基本工资    6,000.00
应发合计    6,000.00
实发金额    5,370.00
""", "zh")
    assert got["employer"] == "成都天府云图信息技术股份有限公司"
    # the bank alone, after its label: no employer rather than the bank
    assert org(_lines("工资条\n开户银行：中国建设银行股份有限公司深圳南山支行\n姓名：黄丽萍"), 10) is None
    assert org(_lines("PAY ADVICE\nBank: Meezan Bank Limited\nEmployee: Farhan Qureshi"), 10) is None
    assert org(_lines("Indus Valley Ceramics (Pvt) Limited\nBank: Meezan Bank Limited"), 10) \
        == "Indus Valley Ceramics (Pvt) Limited"


def test_a_chinese_name_cut_by_a_line_end_is_read_whole() -> None:
    assert org(_lines("厦门鹭岛海景酒店管理有限\n公司\n2025年5月工资单"), 10) == "厦门鹭岛海景酒店管理有限公司"
    # in a sentence that wraps in the middle of the name
    prose = _lines("兹证明林晓彤同志（身份证号：510170197434972976）系厦门鹭\n"
                   "岛海景酒店管理有限公司正式员工，自2021年起在我司工作。")
    assert org(prose, None) == "厦门鹭岛海景酒店管理有限公司"
    # two lines that are two things (a name, then a heading under it) stay apart
    assert org(_lines("江州宏达科技有限公司\n工资条"), 10) == "江州宏达科技有限公司"


def test_a_public_body_named_by_its_head_noun_issues_the_notice() -> None:
    for body in ("Unemployment Insurance Fund", "Social Security System", "National Social Security Fund"):
        got = _fields("unemployment_proof", f"""
{body}
Claims Unit

RODEL BAUTISTA                                  Claim No: 4859082
75 Hill Crescent                                Date: 9 March 2025
DUBLIN 7

NOTICE OF DETERMINATION
Dear Rodel,
Your claim has been decided. You are entitled to a weekly payment while you are unemployed.
""")
        assert got["issuer"] == body
        assert got["person"] == "RODEL BAUTISTA"  # the address block's town with its postal district
    zh = _fields("unemployment_proof", """
失业证明
上官婉清，性别女，身份证号码：440112631583569488，
于2025年6月11日与原单位解除劳动关系，现处于失业状态。
特此证明。
杭州市余杭区劳动就业管理处
（盖章）
2025年7月19日
""", "zh")
    assert zh["person"] == "上官婉清" and zh["issuer"] == "杭州市余杭区劳动就业管理处"


def test_a_short_signoff_names_the_employer_and_a_signatory_title_does_not() -> None:
    lines = _lines("PAY ADVICE\nNet pay  4,330.48\n\nSigned for Highveld Packaging (Pty) Ltd\nDirector, Human Resources")
    assert prominent_org(lines) == "Highveld Packaging (Pty) Ltd"
    assert prominent_org(_lines("Yours faithfully,\nYours faithfully, for Sinar Jaya Plastik Sdn. Bhd.\nHead of People")) \
        == "Sinar Jaya Plastik Sdn. Bhd"  # the closing full stop is punctuation
    # "For the month of …" is no sign-off; a title before a department is no organisation
    assert prominent_org(_lines("Wage Slip\nFor the month of October 2025\nNet pay 1,200.00\nDirector, Human Resources")) \
        is None
    assert org(_lines("For Kowhai Freight Limited\nHR Manager"), None) == "Kowhai Freight Limited"


def test_the_holder_beside_a_joint_holder() -> None:
    got = _fields("bank_statement", """
Westpac                                  Statement of Account
Prepared for: Marcus Delgado
Joint holder: Shanice Whitfield
Account Number: 5100682659
Period: 01/05/2025 to 31/05/2025
Date        Details          Debit      Balance
02/05/2025  CARD PURCHASE    20.00      980.00
""")
    assert got["account_holder"] == "Marcus Delgado"
    # two addressees one under the other: the first; a heading over one name is no addressee
    assert address_name(_lines("Lloyds Bank\n\nMEI LING TRUONG\nSHANICE WHITFIELD\n79 Willow Close\nLeeds LS6 2AB")) \
        == "MEI LING TRUONG"
    assert address_name(_lines("Clinic\n\nSEND TO\nCARMEN DELGADO\n4410 W ELM AVE\nPHOENIX, AZ 85031")) \
        == "CARMEN DELGADO"


def test_a_name_in_lower_case_is_a_name_and_prose_is_not() -> None:
    assert sane_name("aslam khan") == "aslam khan"
    assert sane_name("NGOZI ADEBAYO-OKAFOR") == "NGOZI ADEBAYO-OKAFOR"
    for prose in ("financially responsible for", "see reverse side", "pay currency", "total amount due"):
        assert sane_name(prose) is None, prose
    got = _fields("payslip", """
Bluegum Civil Pty Ltd
PAYSLIP
Employee Name:   aslam khan
Pay Period: March 2025
Description          Amount
Basic Salary         4,000.00
Gross Earnings       4,000.00
NET PAY              3,520.00
""")
    assert got["employee"] == "aslam khan" and got["employer"] == "Bluegum Civil Pty Ltd"


def test_a_name_with_particles_in_a_sentence() -> None:
    got = _fields("income_proof", """
Highveld Packaging (Pty) Ltd
12 Commerce Avenue
LETTER OF EMPLOYMENT
This is to confirm that Mr. Pieter van der Merwe has been employed with us since 2015
and currently receives a gross monthly salary of (R 23,500.00).
""")
    assert got["employee"] == "Pieter van der Merwe"
    assert got["monthly_income"] == "23500.00"  # brackets in a sentence are an aside, not a negative


def test_an_income_in_prose_in_brackets_or_in_words_across_a_wrap() -> None:
    assert p_money("a gross monthly salary of (J$174,000.00)") == "174000.00"
    assert p_money("(1,250.00)") == "-1250.00"  # an accountant's negative stands alone in its cell
    assert p_money("人民币叁仟") is None  # a 大写 amount cut by the line's end names no unit: not an amount
    assert p_money("人民币叁仟叁佰元整") == "3300.00"
    lines = _lines("兹证明林晓彤同志系我司正式员工，月薪人民币叁仟\n叁佰元整（¥3,300.00）。")
    assert money_after(lines, ["月薪"]) == "3300.00"
    got = _fields("income_proof", """
收入证明
兹证明林晓彤同志（身份证号：510170197434972976）系厦门鹭岛
海景酒店管理有限公司正式员工，自2021年起在我司市场部工作，月薪人民币叁仟
叁佰元整（¥3,300.00）。
特此证明。
""", "zh")
    assert got["monthly_income"] == "3300.00"
    assert got["employer"] == "厦门鹭岛海景酒店管理有限公司"


def test_a_cell_off_to_the_right_does_not_run_into_the_next_line() -> None:
    # a heading line whose month sits at the right edge, over the company's name at the left margin
    lines = _lines("云帆科技·薪资单                                          2026年10月\n杭州云帆网络科技有限公司\n姓名：温雅婷")
    assert org(lines, 10) == "杭州云帆网络科技有限公司"


def test_an_ampersand_between_capitalised_words_is_part_of_the_banks_name() -> None:
    # a 2026 trial's UK statement: "Harbour & Vale Bank" was read "Vale Bank" into the letter, the index and the email
    from packet.understanding.unlabelled import bank
    assert bank(_lines("H    Harbour & Vale Bank\nMs Sarah J Whitfield    Current Account Statement")) \
        == "Harbour & Vale Bank"
    assert bank(_lines("HARBOUR & VALE BANK\nCURRENT ACCOUNT STATEMENT")) == "HARBOUR & VALE BANK"
    assert bank(_lines("Statement of account\nNorthfield Bank plc\nPayments & Transfers")) == "Northfield Bank plc"
    # the same for a mutual's form (independent 14, a judge read after it was spent: "Clanrye Building Society")
    assert bank(_lines("Mourne & Clanrye Building Society\nCurrent account statement")) \
        == "Mourne & Clanrye Building Society"
    assert bank(_lines("CARRIGALINE & DISTRICT CREDIT UNION LTD\nMember statement")) \
        .startswith("CARRIGALINE & DISTRICT CREDIT UNION")
