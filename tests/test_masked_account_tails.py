"""A banking app's masked account number after the account's kind, with no brackets and no label: "借记卡****5308",
"Member Chequing ••4410" (OCR: "°*4410"). Independent set 21, read after it was judged: both screens' account numbers
were not found, and the Yukon statement then did not count (a complete case told its statement was missing). The
last four digits are the account number, from its form alone (account_form, doubted). Text pages."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

ZH = "交易明细\n鸭绿江商业银行\n{kind}\n户名于春燕\n2026.11.10 - 2026.11.30\n收入 支出 期末余额\n2,172.00 3,361.65 1,828.01"
EN = ("eStatement\nYukon River Credit Union\n{kind}\nDawson Kyle Tremblay\nNov 1 — Nov 30, 2026\n"
      "Opening balance Closing balance\n$2,560.82 $2,417.63")


@pytest.mark.parametrize("text,lang,want", [
    (ZH.format(kind="借记卡****5308"), "zh", "5308"),
    (ZH.format(kind="储蓄卡 ＊＊＊＊ 5308"), "zh", "5308"),
    (EN.format(kind="Member Chequing ••4410"), "en", "4410"),
    (EN.format(kind="Member Chequing °*4410"), "en", "4410"),
    (EN.format(kind="Savings ...4410"), "en", "4410"),
])
def test_a_masked_tail_after_the_accounts_kind_is_its_number(text: str, lang: str, want: str) -> None:
    fields, evidence = read_fields_evidence("bank_statement", make_doc(text).pages, lang)
    assert fields["account_number"] == want
    assert evidence["account_number"].confidence < 0.6


def test_a_kind_word_before_a_year_or_an_amount_is_no_account() -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(EN.format(kind="Member Chequing 2026")).pages, "en")
    assert fields["account_number"] != "2026"
