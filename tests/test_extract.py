"""Fields from recorded text with word boxes: labels right of or above values, tables, noise, both languages."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract


def fields(type_name: str, *pages: str, language: str = "zh", rel: str = "doc.pdf", form: str = "text") -> dict:
    return dict(extract(Classified(make_doc(*pages, rel=rel, form=form), type_name), language).fields)


PAYSLIPS = {
    "zh-colon-form": ("zh", """
北京华晟科技有限公司
2026年9月 工资条
员工姓名：李秀英          部门：行政部
工资所属期：2026年09月
应发工资：9,700.00       实发工资：7,810.09
""", {"employer": "北京华晟科技有限公司", "employee": "李秀英", "period": "2026-09", "gross_pay": "9700.00",
      "net_pay": "7810.09"}),
    "zh-table-values-below": ("zh", """
北京华晟科技有限公司2026年9月工资条
部门:研发中心        发放日期:2026-10-10
工号          姓名       基本工资    应发合计    实发工资
HS-0342       李秀英     8000.00     7600.00     5773.09
""", {"employer": "北京华晟科技有限公司", "employee": "李秀英", "period": "2026-09", "gross_pay": "7600.00",
      "net_pay": "5773.09"}),
    "zh-no-colon-ocr-noise": ("zh", """
单位名称 北京华晟科技有限公司
姓名 李秀英
工资月份 2O26.O8
应发工资 9, 700.00
实发工资 Y7,810.O9
""", {"employer": "北京华晟科技有限公司", "employee": "李秀英", "period": "2026-08", "gross_pay": "9700.00",
      "net_pay": "7810.09"}),
    "zh-fullwidth": ("zh", """
单位名称：北京华晟科技有限公司
姓名：李秀英
工资所属期：２０２６年９月
应发工资：９，７００．００
实发工资：８，５６０．００
""", {"employer": "北京华晟科技有限公司", "employee": "李秀英", "period": "2026-09", "gross_pay": "9700.00",
      "net_pay": "8560.00"}),
    "en-gb-ytd-columns": ("en", """
Brightwater Logistics Ltd                 PAYSLIP
Employee: Daniel Okafor        Employee ID: 4471
Pay period: 01/09/2026 - 30/09/2026     Pay date: 25/09/2026
Payments              This period      Year to date
Gross pay             £3,010.61        £27,095.49
Net pay YTD           £20,794.05
Net pay               £2,310.45        £20,794.05
""", {"employer": "Brightwater Logistics Ltd", "employee": "Daniel Okafor", "period": "2026-09",
      "gross_pay": "3010.61", "net_pay": "2310.45"}),
    "en-header-row-values-below": ("en", """
Brightwater Logistics Ltd PAYSLIP
Employee No.     Employee Name      NI Number      Pay Date
004127           Daniel Okafor      QQ 12 3456C    25/09/2026
Gross Pay        Total Deductions   Net Pay
£3,010.61        £700.16            £2,310.45
Employer PAYE ref: 120/BW55321
""", {"employer": "Brightwater Logistics Ltd", "employee": "Daniel Okafor", "period": "2026-09",
      "gross_pay": "3010.61", "net_pay": "2310.45"}),
    "en-us-month-first": ("en", """
ACME WIDGETS INC.
Earnings Statement
Employee Name          Pay Period            Check Date
John Q Public          09/01/2026-09/30/2026 09/30/2026
Gross Pay      Deductions     Net Pay
$5,000.00      $1,200.00      $3,800.00
""", {"employer": "ACME WIDGETS INC", "employee": "John Q Public", "period": "2026-09", "gross_pay": "5000.00",
      "net_pay": "3800.00"}),
    "en-month-name-period": ("en", """
Payslip for Sept 2026
Employer name: Harbour Cafe Ltd
Name: Amy Lee
Gross salary: 2,100.00
Take home pay: 1,812.40
""", {"employer": "Harbour Cafe Ltd", "employee": "Amy Lee", "period": "2026-09", "gross_pay": "2100.00",
      "net_pay": "1812.40"}),
}


@pytest.mark.parametrize("name", list(PAYSLIPS), ids=list(PAYSLIPS))
def test_payslip(name: str) -> None:
    lang, text, expected = PAYSLIPS[name]
    assert fields("payslip", text, language=lang) == expected


STATEMENTS = {
    "zh-online": ("zh", """
京港商业银行 个人账户交易明细
户名：李秀英         账号：6217 0000 1234 5678 901
币种：人民币         开户行：京港商业银行北京望京支行
起止日期：2026-05-01 至 2026-07-31      打印日期：2026-11-06
序号 交易日期    摘要     金额        余额       对方户名
1    2026-05-03  工资     7,810.09    12,000.00  北京华晟科技有限公司
期初余额：18,386.54
期末余额：9,774.76
""", {"bank": "京港商业银行", "account_holder": "李秀英", "account_number": "6217000012345678901",
      "period_start": "2026-05-01", "period_end": "2026-07-31", "closing_balance": "9774.76"}),
    "zh-masked-counter": ("zh", """
京港商业银行
账户明细清单
客户名称:李秀英     卡号/账号:6217********8901     币种:人民币
查询期间: 2026/08/01- 2026/10/31     打印网点:北京望京支行
合计:收入 20,505.93      支出 19,262.24      期末余额:-1,736.99
""", {"bank": "京港商业银行", "account_holder": "李秀英", "account_number": "8901",
      "period_start": "2026-08-01", "period_end": "2026-10-31", "closing_balance": "-1736.99"}),
    "en-gb": ("en", """
Pennine Bank plc
Statement of account
Mr Daniel Okafor                      Account name Daniel Okafor
Sort code 20-45-77     Account number 43917702
Statement period 1 September 2026 to 30 September 2026
Date     Description           Paid out   Paid in   Balance
30 Sep   Closing balance                             412.09
Closing balance    £412.09
""", {"bank": "Pennine Bank", "account_holder": "Daniel Okafor", "account_number": "43917702",
      "period_start": "2026-09-01", "period_end": "2026-09-30", "closing_balance": "412.09"}),
    "en-no-name-label-cr": ("en", """
Northern Rock Bank
MR JAMES HILL
Account 12345678
From 01/08/2026 to 31/08/2026
Opening balance  1,000.00 CR
Closing balance  2,450.10 CR
""", {"bank": "Northern Rock Bank", "account_holder": "JAMES HILL", "account_number": "12345678",
      "period_start": "2026-08-01", "period_end": "2026-08-31", "closing_balance": "2450.10"}),
}


@pytest.mark.parametrize("name", list(STATEMENTS), ids=list(STATEMENTS))
def test_bank_statement(name: str) -> None:
    lang, text, expected = STATEMENTS[name]
    assert fields("bank_statement", text, language=lang) == expected


def test_statement_period_on_one_page_balance_on_the_last() -> None:
    first = "京港商业银行 对账单\n户名：李秀英   账号：6217 0000 1234 5678 901\n起止日期：2026-05-01 至 2026-07-31"
    last = "序号 交易日期 摘要 金额 余额\n68 2026-07-30 快捷支付 234.99 7,493.30\n期末余额：7,493.30"
    got = fields("bank_statement", first, last)
    assert (got["period_end"], got["closing_balance"]) == ("2026-07-31", "7493.30")


BILLS = {
    "zh-upper-and-lower-total": ("zh", """
北京市朝阳区第三人民医院
住院收费票据
患者姓名：李秀英     住院号：2026061801
入院日期：2026-06-18   出院日期：2026-07-03
开票日期：2026年07月03日
合计（大写）：贰万捌仟伍佰壹拾捌元贰角整   （小写）¥28,518.20
""", {"provider": "北京市朝阳区第三人民医院", "patient": "李秀英", "date": "2026-07-03", "total": "28518.20"}),
    "zh-outpatient-ocr": ("zh", """
北京市医疗门诊收费票据(电子)
门诊号: MZ26101200873        开票日期:2026-10-12
姓名：李秀英     性别：女
合计 (大写) 壹仟贰佰陆拾陆元肆角整 (小写)1266.40
就诊日期:2026-10-12     医疗机构类型:综合医院
收款单位(St) :北京市朝阳区第三人民医院
""", {"provider": "北京市朝阳区第三人民医院", "patient": "李秀英", "date": "2026-10-12", "total": "1266.40"}),
    "en-gb-clinic": ("en", """
Riverside Medical Centre
Invoice
Patient: Daniel Okafor        Date of birth: 04/03/1990
Date of service: 12/10/2026
Consultation          £120.00
Subtotal              £200.00
Total                 £240.00
""", {"provider": "Riverside Medical Centre", "patient": "Daniel Okafor", "date": "2026-10-12", "total": "240.00"}),
}


@pytest.mark.parametrize("name", list(BILLS), ids=list(BILLS))
def test_medical_bill(name: str) -> None:
    lang, text, expected = BILLS[name]
    assert fields("medical_bill", text, language=lang) == expected


LETTERS = {
    "zh-termination": ("unemployment_proof", "zh", """
解除劳动合同证明
兹证明李秀英同志（身份证号：110105198806154321）原系我公司员工，
于2026年9月30日与我公司解除劳动合同。
特此证明。
                              北京华晟科技有限公司（盖章）
                              2026年10月8日
""", {"person": "李秀英", "issuer": "北京华晟科技有限公司", "date": "2026-10-08"}),
    "en-redundancy": ("unemployment_proof", "en", """
Brightwater Logistics Ltd
Unit 7, Canalside Park, Manchester M17 1PQ
Mr Daniel Okafor                         30 September 2026
Dear Daniel Okafor,
Confirmation of termination of employment by reason of redundancy
Your employment ended on 30 September 2026. Your redundancy payment of £3,570.00
will be paid on 9 October 2026.
""", {"person": "Daniel Okafor", "issuer": "Brightwater Logistics Ltd", "date": "2026-09-30"}),
    "zh-income": ("income_proof", "zh", """
收入证明
兹证明李秀英同志（身份证号：110105198806154321）系我公司正式员工，
其月收入为人民币9,100.00元。
特此证明。
北京华晟科技有限公司（盖章）
2026年10月20日
""", {"employer": "北京华晟科技有限公司", "employee": "李秀英", "monthly_income": "9100.00", "date": "2026-10-20"}),
    "en-income-form": ("income_proof", "en", """
Confirmation of income
Employer: Harbour Cafe Ltd
Employee name: Amy Lee
Monthly salary: £2,100.00
Date: 2 November 2026
""", {"employer": "Harbour Cafe Ltd", "employee": "Amy Lee", "monthly_income": "2100.00", "date": "2026-11-02"}),
}


@pytest.mark.parametrize("name", list(LETTERS), ids=list(LETTERS))
def test_letters(name: str) -> None:
    type_name, lang, text, expected = LETTERS[name]
    assert fields(type_name, text, language=lang) == expected


def test_field_not_printed_is_none() -> None:
    got = fields("payslip", "工资条\n姓名：李秀英\n实发工资：7,810.09")
    assert got["gross_pay"] is None and got["period"] is None and got["net_pay"] == "7810.09"


def test_other_has_no_fields() -> None:
    assert fields("other", "anything at all") == {}


def test_three_payslips_in_one_file_are_parts() -> None:
    pages = [f"工资条\n单位名称：北京华晟科技有限公司\n姓名：李秀英\n工资所属期：2026年{m}月\n"
             f"应发工资：9,700.00\n实发工资：{m},810.09" for m in (7, 8, 9)]
    item = extract(Classified(make_doc(*pages, rel="payslips.pdf"), "payslip"), "zh")
    assert [p["period"] for p in item.parts] == ["2026-07", "2026-08", "2026-09"]
    assert item.fields["period"] == "2026-07"


def _zh_payslip(month: int, net: str = "7,810.09", gross: str | None = "9,700.00") -> str:
    text = f"工资条\n单位名称：北京华晟科技有限公司\n姓名：李秀英\n工资所属期：2026年{month}月\n"
    return text + (f"应发工资：{gross}\n" if gross else "") + f"实发工资：{net}"


def test_three_payslips_on_three_pages_have_a_page_each() -> None:
    pages = [_zh_payslip(m, net=f"{m},810.09") for m in (8, 9, 10)]
    item = extract(Classified(make_doc(*pages, rel="payslips.pdf"), "payslip"), "zh")
    assert [p["period"] for p in item.parts] == ["2026-08", "2026-09", "2026-10"]
    assert item.part_pages == ((1, 1), (2, 2), (3, 3))


def test_a_payslip_over_two_pages_keeps_its_second_page() -> None:
    """Page 2 (deductions, the gross pay) has no period or net pay of its own: it belongs to August,
    and August's gross pay is read from it."""
    pages = [_zh_payslip(8, gross=None), "扣款明细（续）\n社会保险：890.00\n应发工资：9,700.00",
             _zh_payslip(9, net="7,820.00"), _zh_payslip(10, net="7,830.00")]
    item = extract(Classified(make_doc(*pages, rel="payslips.pdf"), "payslip"), "zh")
    assert [p["period"] for p in item.parts] == ["2026-08", "2026-09", "2026-10"]
    assert item.part_pages == ((1, 2), (3, 3), (4, 4))
    assert item.parts[0]["gross_pay"] == "9700.00" and item.fields["gross_pay"] == "9700.00"


def test_leading_blank_page_and_repeated_payslip_join_a_part() -> None:
    pages = ["", _zh_payslip(8), _zh_payslip(8), _zh_payslip(9, net="7,820.00")]
    item = extract(Classified(make_doc(*pages, rel="payslips.pdf"), "payslip"), "zh")
    assert [p["period"] for p in item.parts] == ["2026-08", "2026-09"]
    assert item.part_pages == ((1, 3), (4, 4))


def test_one_document_has_no_part_pages() -> None:
    item = extract(Classified(make_doc(_zh_payslip(8), "第 2 页", rel="payslip.pdf"), "payslip"), "zh")
    assert item.parts == () and item.part_pages == ()


def test_multi_page_statement_is_one_document() -> None:
    pages = ["京港商业银行 对账单\n户名：李秀英\n起止日期：2026-05-01 至 2026-07-31", "期末余额：7,493.30"]
    item = extract(Classified(make_doc(*pages), "bank_statement"), "zh")
    assert item.parts == ()


def test_an_organisation_after_ocr_bracket_noise_is_read_whatever_the_brackets():
    """收款单位（章）：… read by OCR as "〈章):", "(St) :" or "[章]" (seen once seal ink is taken out, issue 9)."""
    from packet.understanding.extract import p_org

    for noise in ("〈章): ", "(St) :", "[章]：", "<章> "):
        assert p_org(noise + "北京市朝阳区第三人民医院") == "北京市朝阳区第三人民医院", noise
