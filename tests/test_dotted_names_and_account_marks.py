"""Shapes independent set 24 (judged, then development) showed nobody had described:

- a transliterated name in parts joined by a middle dot in a certificate's sentence ("兹证明 古丽娜尔·艾尼瓦尔 同志"):
  the prose pattern took at most five characters and asked for a family name of the gazetteer;
- "（盖章" whose closing bracket OCR lost before the employer's name ("(盖章库尔勒市…公司");
- the account number under Hong Kong's and Macau's 戶口號碼;
- a credit union's sub-account letters after the last hyphen ("10-08834-S1");
- a logo's monogram of the name's own initials read before a bank's name ("NH NGWA HERITAGE MICROFINANCE BANK");
- a curly apostrophe in a credit union's name ("Montrose Workers’ Co-operative Credit Union"), and a "Savings & Loan
  Society".

Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import p_account, p_org, read_fields_evidence

CERT = ("终止劳动合同证明书\n兹证明 {name} 同志（身份证号：652801********2428），\n于2026年8月20日至2026年11月15日在我公司工作，\n"
        "双方劳动关系自2026年11月15日起终止。\n特此证明。\n用人单位（盖章）：库尔勒市金穗轧花有限责任公司\n日期：2026年11月16日\n")


@pytest.mark.parametrize("name", ["古丽娜尔·艾尼瓦尔", "阿卜杜拉·买买提", "张伟"])
def test_a_dotted_name_in_a_certificates_sentence(name: str) -> None:
    fields, _ = read_fields_evidence("unemployment_proof", make_doc(CERT.format(name=name)).pages, "zh")
    assert fields["person"] == name


def test_a_seal_mark_without_its_closing_bracket() -> None:
    assert p_org("(盖章库尔勒市金穗轧花有限责任公司") == "库尔勒市金穗轧花有限责任公司"
    assert p_org("库尔勒市金穗轧花有限责任公司（盖章）") == "库尔勒市金穗轧花有限责任公司"


STMT = ("{head}\nStatement of Account\nMember: Anjali Ramdass\n{account}\nFrom: 01 November 2026 To: 30 November 2026\n"
        "Date Description Amount Balance\n02/11/2026 Payroll Deposit 2,415.60 4,538.34\n"
        "05/11/2026 POS PriceSmart -388.45 4,149.89\n09/11/2026 Cash Withdrawal -600.00 3,549.89\n")


def test_a_sub_accounts_letters() -> None:
    assert p_account("10-08834-S1 (Regular Savings)") == "1008834S1"
    assert p_account("12-3077-0548819-00") == "123077054881900"
    fields, _ = read_fields_evidence("bank_statement", make_doc(STMT.format(head="Coral Sea Bank",
                                                                            account="Account: 10-08834-S1")).pages, "en")
    assert fields["account_number"] == "1008834S1"


@pytest.mark.parametrize(("head", "bank"), [
    ("NH NGWA HERITAGE MICROFINANCE BANK", "NGWA HERITAGE MICROFINANCE BANK"),
    ("Montrose Workers’ Co-operative Credit Union Ltd", "Montrose Workers’ Co-operative Credit Union"),
    ("Huon Gulf Savings & Loan Society", "Huon Gulf Savings & Loan Society"),
])
def test_bank_names(head: str, bank: str) -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(STMT.format(head=head, account="Account: 0412 0098")).pages,
                                     "en")
    assert fields["bank"] == bank


def test_the_macau_account_label() -> None:
    text = ("濠江儲蓄銀行\n結單 Extracto de conta\n戶口號碼 Conta：21-07-10-388514\n期間 Período：01/11/2026 - 30/11/2026\n"
            "日期 摘要 支出 存入 結餘\n承上結餘 4,137.55\n02/11/2026 澳門通增值 200.00 3,937.55\n"
            "05/11/2026 薪金存入 12,415.00 16,352.55\n")
    fields, _ = read_fields_evidence("bank_statement", make_doc(text).pages, "zh")
    assert fields["account_number"] == "210710388514"
