"""A Chinese label with its translation before the colon, and a Chinese name whose family name the gazetteer lacks.

Independent set 19 (spent, read after judging): a Macau payslip prints "僱員 Empregado：冼慧珊" (each label in
Chinese and Portuguese) and a dental fee slip "患者：矫玉凤 | 病历号：…"; neither person was found, in the text
layer either. Pages made from text (tests/textdoc.py): the reading of labels, not OCR, is under test.
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence
from packet.understanding.label_geometry import without_translation

SLIP = ("澳門氹仔海韻酒店有限公司\n薪 俸 單\n{label}{name}          職員編號 N.º：HY-30417\n"
        "基本薪金  14,800.00\n實收 MOP  14,800.00")
BILL = "某某口腔诊所\n收 费 单\n患者：{name}          病历号：BH-25-0716     2025年8月14日\n口腔检查   20.00\n合计：¥20.00"


@pytest.mark.parametrize("label", ["僱員 Empregado：", "员工 Employee Name：", "僱員 N.º Empregado："])
def test_a_labels_translation_before_its_colon_is_skipped(label: str) -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc(SLIP.format(label=label, name="张玉凤")).pages, "zh")
    assert fields["employee"] == "张玉凤"
    assert evidence["employee"].method == "label"


def test_only_latin_words_before_a_colon_are_a_translation() -> None:
    assert without_translation(" Empregado：冼慧珊") == "：冼慧珊"
    assert without_translation("：冼慧珊") == "：冼慧珊"
    assert without_translation(" 冼慧珊 Sex: F") == " 冼慧珊 Sex: F"  # the value first: nothing is skipped


@pytest.mark.parametrize("doc_type,text,field", [("medical_bill", BILL, "patient"),
                                                  ("payslip", SLIP.replace("{label}", "僱員："), "employee")])
def test_a_rare_family_name_filling_its_labels_cell_is_a_name_to_confirm(doc_type: str, text: str, field: str) -> None:
    fields, evidence = read_fields_evidence(doc_type, make_doc(text.format(name="矫玉凤")).pages, "zh")
    assert fields[field] == "矫玉凤"
    assert evidence[field].method == "lone-name" and evidence[field].confidence < 0.6  # the user confirms it


@pytest.mark.parametrize("word", ["门诊", "自费", "住院"])
def test_a_word_printed_on_forms_in_the_name_cell_is_no_one(word: str) -> None:
    fields, _ = read_fields_evidence("medical_bill", make_doc(BILL.format(name=word)).pages, "zh")
    assert fields["patient"] is None


def test_xian_is_a_family_name() -> None:
    """冼 (Xian, a Cantonese family name) was listed as 洗 (to wash) in the surname gazetteer."""
    fields, evidence = read_fields_evidence("medical_bill", make_doc(BILL.format(name="冼慧珊")).pages, "zh")
    assert fields["patient"] == "冼慧珊" and evidence["patient"].method == "label"
