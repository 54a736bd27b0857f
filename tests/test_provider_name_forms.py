"""A Chinese provider's name that goes on after its provider word: a chain's or a company's form.

Independent set 13 (spent): a pharmacy roll headed "康佑大药房连锁" gave the provider "康佑大药房", cut at 药房.
Pages from text (tests/textdoc.py): the reading of the letterhead, not OCR, is under test.
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields

ROLL = ("{head}\n安阳文峰第18分店\n单号：KY18-261027-0356\n时间：2026-10-27 19:42\n参保人：瞿丽萍\n"
        "阿莫西林胶囊0.25g*24   25.60\n布洛芬缓释胶囊0.3g*20   18.50\n合计   44.10")


@pytest.mark.parametrize("head", ["康佑大药房连锁", "仁和堂医院有限公司", "安阳市人民医院"])
def test_the_providers_name_keeps_its_chain_or_company_form(head: str) -> None:
    fields = read_fields("medical_bill", make_doc(ROLL.format(head=head)).pages, "zh")
    assert fields["provider"] == head
