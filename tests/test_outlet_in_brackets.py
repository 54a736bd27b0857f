"""A chain's outlet or a hospital's site printed in brackets after its name is part of the name a receipt is issued
under: "亳州康寿堂大药房（魏武店）" (development set independent 18's till receipt photo), "老百姓大药房（中山路店）",
"…人民医院（东院区）". The provider's name stopped at its head noun (药房, 医院); it now takes the bracket when what is
inside ends in one of the vocabulary's ``outlet_marks_zh``. Any other bracket stays out ("（盖章）", "（收费专用章）").
Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

RECEIPT = "{head}\n收据\n就诊人：张伟     日期：2026年11月12日\n西药费 120.00\n检查费 80.00\n治疗费 300.00\n合计 500.00\n"


@pytest.mark.parametrize(("head", "provider"), [("老百姓大药房（中山路店）", "老百姓大药房(中山路店)"),
                                                ("赣州市人民医院（东院区）", "赣州市人民医院(东院区)"),
                                                ("赣州市人民医院（盖章）", "赣州市人民医院"),
                                                ("赣州市人民医院（收费专用章）", "赣州市人民医院")])
def test_the_outlet_is_part_of_the_name(head: str, provider: str) -> None:
    fields, _ = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(head=head)).pages, "zh")
    assert fields["provider"] == provider
