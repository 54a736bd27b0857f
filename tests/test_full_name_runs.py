"""Chinese names written in full without a family name, and a name glued to the next label (development set
independent 20: a Baotou health station's receipt, "姓名：乌云其其格 日期：2025年9月3日", read as one run by OCR).

Two things failed together:
- the run "乌云其其格日期：" was taken for the next label (a run before a colon), so no name was read from it, and the
  guess that cuts a glued name to a family name and one or two characters gave "乌云其" — a name that is not the
  patient's. When the next label is one the vocabulary knows (日期, 性别, 住院号: ``name_stop``), the name's end is
  known and no length is guessed;
- a name of four to six characters with no family name first (Mongolian, Tibetan, Uyghur names written in full:
  乌云其其格, 扎西顿珠, 买买提艾力) was refused by the surname gazetteer. Under a person's own label, filling its cell
  up to the next label, it is now read (evidence ``lone-name``, for the user to confirm) unless it holds a word
  printed on forms (门诊收费) or an organisation's ending (某某公司).

Text pages (tests/textdoc.py) through the real extraction, and a rendered photo through Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_forms import Sheet, write
from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract, p_name, read_fields_evidence

RECEIPT = ("包头市青山区富强路社区卫生服务站\n门诊收费收据 No.05800\n姓名：{name} 日期：2025年9月3日 医保：自费\n"
           "收费项目 金额 收费项目 金额\n西药费 86.40 治疗费 30.00\n合计（小写） ¥116.40\n")


@pytest.mark.parametrize("name", ["乌云其其格", "扎西顿珠", "买买提艾力", "欧阳其其格"])
def test_a_full_name_without_a_family_name_is_read(name: str) -> None:
    fields, evidence = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(name=name)).pages, "zh")
    assert fields["patient"] == name
    assert evidence["patient"].confidence < 0.9  # a shape, not a gazetteer's family name: the user confirms it


@pytest.mark.parametrize("words", ["门诊收费", "某某公司"])
def test_form_words_and_organisations_are_no_names(words: str) -> None:
    fields, _ = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(name=words)).pages, "zh")
    assert fields["patient"] is None


def test_a_known_label_ends_a_glued_name() -> None:
    assert p_name("乌云其其格日期:2025年9月3日医保:自费") == "乌云其其格"
    assert p_name("登记状态：失业") is None  # a run before its colon is still the next label
    fields, _ = read_fields_evidence("medical_bill", make_doc(RECEIPT.format(name="张伟")).pages, "zh")
    assert fields["patient"] == "张伟"


def test_the_receipt_photographed(tmp_path: Path) -> None:
    s = Sheet("full-name-zh", "zh")
    s.text(150, 50, "包头市青山区富强路社区卫生服务站", 13, "cjk", "centre")
    s.text(150, 72, "门诊收费收据", 12, "cjk", "centre")
    s.text(30, 100, "姓名：扎西顿珠   日期：2025年9月3日   医保：自费", 10, "cjk")
    s.text(30, 122, "收费项目        金额", 10, "cjk")
    s.text(30, 142, "西药费          86.40", 10, "cjk")
    s.text(30, 162, "治疗费          30.00", 10, "cjk")
    s.text(30, 186, "合计（小写）    ¥116.40", 10, "cjk")
    path = write(s, "photo", tmp_path / "case", "receipt", 7)
    case = Case(root=path.parent, request=Request(language="zh", checklist="zh-stop-collection"))
    got = read_case(case, languages="chi_sim+eng", jobs=1, engine=choose("auto", "zh"))
    item = extract(classify_one(got.documents[0], case), "zh")
    assert item.type == "medical_bill"
    assert item.fields["patient"] == "扎西顿珠"
