"""Document types from text, names and overrides; look-alikes stay `other`."""

from __future__ import annotations

from pathlib import Path

import pytest
from textdoc import make_doc

from packet.case.casefile import Case
from packet.understanding.classify import classify

CASE = Case(root=Path("/tmp/case"))

TEXTS = {
    "zh-payslip": ("payslip", "北京华晟科技有限公司\n2026年9月 工资条\n员工姓名：李秀英\n应发工资：9,700.00   实发工资：7,810.09"),
    "en-payslip": ("payslip", "Brightwater Logistics Ltd\nPAYSLIP\nEmployee: Daniel Okafor\nPay date 30/09/2026\nGross pay £3,010.61\nNet pay £2,310.45"),
    "zh-statement": ("bank_statement", "京港商业银行 个人账户交易明细\n户名：李秀英\n2026-05-20 代扣电费 186.40 19,491.39\n"
                                       "2026-05-22 代扣话费 128.00 19,206.49\n期末余额：9,774.76"),
    "en-statement": ("bank_statement", "Pennine Bank plc\nStatement of account\nSort code 20-45-77\n"
                                       "01 Sep 2026 DD IRWELL ENERGY electricity 92.50 863.99\nClosing balance £412.09"),
    "zh-bill": ("medical_bill", "北京市医疗门诊收费票据\n患者姓名：李秀英\n西药费 236.40\n合计（小写）¥1,266.40"),
    "en-bill": ("medical_bill", "St Mary's Hospital\nPatient name: Daniel Okafor\nDate of service 12/10/2026\nTotal charges £240.00"),
    "zh-unemployment": ("unemployment_proof", "解除劳动合同证明\n兹证明李秀英同志与我公司于2026年9月30日解除劳动合同。"),
    "en-unemployment": ("unemployment_proof", "Notice of redundancy\nYour employment has ended by reason of redundancy."),
    "zh-income": ("income_proof", "收入证明\n兹证明李秀英系我公司员工，月收入为人民币9,100.00元。"),
    "en-income": ("income_proof", "Proof of income\nThis is to confirm that Daniel Okafor earns a monthly salary of £2,500.00."),
    "en-utility": ("other", "Irwell Energy\nYour electricity bill\nStatement date 15 Oct 2026\nAccount number 8812 4470 19\n"
                            "Electricity used 412 kWh\nBalance carried forward £0.00\nAmount due £88.63"),
    "zh-utility": ("other", "国网北京市电力公司\n电费账单\n户名：李秀英\n用电量 236 kWh\n本期余额 0.00\n应缴金额 ¥120.30"),
    "en-insurance-card": ("other", "Acme Health Insurance card\nMember ID 889 221\nGroup number 4412\nPatient copay £20"),
    "zh-insurance-card": ("other", "社会保障卡\n医疗保险\n姓名 李秀英\n社会保障号码 110105198806154321"),
    "zh-shop-receipt": ("other", "物美超市望京店\n增值税普通发票\n商品名称 数量 金额\n合计 ¥86.93"),
    "en-shop-receipt": ("other", "TESCO STORES\nReceipt\nMilk 1.20\nTotal £14.50\nThank you for shopping at Tesco"),
    "empty": ("other", ""),
    "vague": ("other", "Hello, this is a note to myself about the weekend."),
}


@pytest.mark.parametrize("name", list(TEXTS), ids=list(TEXTS))
def test_type_from_text(name: str) -> None:
    expected, text = TEXTS[name]
    (item,) = classify([make_doc(text, rel="scan001.pdf")], CASE)
    assert item.type == expected
    assert not item.overridden


def test_file_name_helps_but_is_not_enough_alone() -> None:
    weak = "余额 12,000.00"  # one weak statement word: not convincing on its own
    plain, named = classify([make_doc(weak, rel="a.pdf"), make_doc(weak + "\n交易日期", rel="流水/2026-05.pdf")], CASE)
    assert plain.type == "other"
    assert named.type == "bank_statement"
    (nothing,) = classify([make_doc("", rel="payslips/2026-09.jpg")], CASE)
    assert nothing.type == "other"


def test_case_file_overrides() -> None:
    case = Case(root=Path("/tmp/case"), files={"IMG_2031.jpg": "medical_bill"})
    a, b = classify([make_doc("blurred", rel="IMG_2031.jpg"), make_doc(TEXTS["en-payslip"][1], rel="x.pdf")], case)
    assert (a.type, a.overridden) == ("medical_bill", True)
    assert (b.type, b.overridden) == ("payslip", False)


def test_order_is_kept() -> None:
    docs = [make_doc(TEXTS[n][1], rel=f"{n}.pdf") for n in ("en-bill", "zh-payslip", "en-utility")]
    assert [c.document.rel for c in classify(docs, CASE)] == ["en-bill.pdf", "zh-payslip.pdf", "en-utility.pdf"]
