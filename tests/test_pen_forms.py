"""Printed forms whose values are written by pen (tests/pengen.py), read by the real stages: the auto OCR engine
(PP-OCR for Chinese, Tesseract for English), classify, extract."""

from __future__ import annotations

from pathlib import Path

import pengen
from fixtures_reading import case_at, read_documents

from packet.rules.registry import load_surnames
from packet.understanding.classify import classify
from packet.understanding.extract import extract


def _read(tmp_path: Path, name: str, seed: int, form: str = "scan"):
    img, labels = pengen.form(name, seed)
    root = tmp_path / f"{name}-{seed}"
    root.mkdir()
    data = pengen.scan(img, seed) if form == "scan" else pengen.photo(img, seed)
    (root / f"page-{seed}.{'png' if form == 'scan' else 'jpg'}").write_bytes(data)
    language = name[:2]
    (item,) = classify(read_documents(root, language), case_at(root, language))
    return extract(item, language), labels


def test_a_family_name_is_one_in_either_writing():
    """The gazetteer lists 麥 (traditional) and 吴 (simplified): 麦 and 吳 are family names as well."""
    s = load_surnames()
    assert s.leads("麦秀英") and s.leads("邝志坚") and s.leads("区丽华") and s.leads("吳淑芬")
    assert not s.leads("一式两份") and not s.leads("如有疑问")


def test_a_pen_written_name_after_its_printed_label_on_a_wage_slip(tmp_path):
    """A 工资条 pad filled in by pen for 麦秀英 (seed 2): the name written after the printed 姓名 is the employee."""
    got, labels = _read(tmp_path, "zh-wage-slip", 2)
    assert labels["employee"] == "麦秀英"
    assert got.type == "payslip"
    assert got.fields["employee"] == "麦秀英"
    assert got.fields["net_pay"] == labels["net_pay"]
