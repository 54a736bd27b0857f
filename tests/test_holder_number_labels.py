"""A statement's holder and number under labels the types did not list: South Asian and African "Acc No" / "Ac No",
the Chinese passbook's and card's 存款人 (depositor), 储户 and 持卡人 (cardholder). Found probing statements of many
places on generated text pages: the holder or the number was lost. Text pages through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

EN = ("Coral Sea Bank\nStatement of Account\nAccount Name: Priya Ramdass\n{label} 0123 4567 8901\n"
      "Statement Period: 01-11-2026 to 30-11-2026\nDate Description Debit Credit Balance\n"
      "01-11-2026 Opening balance 1,000.00\n05-11-2026 Salary 4,940.00 5,940.00\n12-11-2026 Groceries 212.40 5,727.60\n")
ZH = ("中国农业银行\n个人账户交易明细\n{label}张伟\n账号：6228480123456789012\n起止日期：2026-11-01 至 2026-11-30\n"
      "交易日期 摘要 收入 支出 余额\n2026-11-01 期初 1,000.00\n2026-11-05 工资 3,960.00 4,960.00\n"
      "2026-11-20 消费 1,000.00 3,960.00\n")


@pytest.mark.parametrize("label", ["Acc No:", "Ac No:", "Acc. No.", "A/c No."])
def test_account_number_labels(label: str) -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(EN.format(label=label)).pages, "en")
    assert fields["account_number"] is not None and fields["account_number"].endswith("8901")


@pytest.mark.parametrize("label", ["持卡人：", "存款人：", "储户姓名："])
def test_holder_labels(label: str) -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(ZH.format(label=label)).pages, "zh")
    assert fields["account_holder"] == "张伟"
