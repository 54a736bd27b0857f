"""A quantity and a unit price printed on an item's line are no items of their own: "中藥 Herbal medicine (5剂 x HK$78)
390.00" (development set independent 22's Hong Kong clinic receipt photo). The figures' checks sum runs of amounts;
the 78 between the items kept 200 + 390 + 280 from confirming the total 870.00 as read, and two other relations
"repaired" it to 670.00. A line's amounts whose product is its last amount are its factors (``figures._factors``)
and stay out of the runs. Pages read as OCR'd (tests/textdoc.py, form photo) through the real extraction."""

from __future__ import annotations

from pathlib import Path

from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.figures import _factors
from packet.understanding.values import find_money

RECEIPT = ("欽州街仁濟堂中醫診所\n收據 RECEIPT\n日期 Date: 19-11-2026\n病人姓名 Patient: 陳婉雯\n"
           "診金 Consultation                      200.00\n"
           "中藥 Herbal medicine (5劑 x HK$78)     390.00\n"
           "針灸 Acupuncture                       280.00\n"
           "合共 Total (HK$)                       870.00\n")


def test_a_quantity_and_its_unit_price_are_factors() -> None:
    assert _factors(find_money("Herbal medicine (5 x HK$78) 390.00")) == {0, 1}
    assert _factors(find_money("Overtime 10 hrs @ 25.00 250.00")) == {0, 1}
    assert _factors(find_money("Basic 3,000.00 Tax 300.00 Net 2,700.00")) == set()


def test_the_total_read_right_stays(tmp_path: Path) -> None:
    doc = make_doc(RECEIPT, rel="receipt.jpg", form="photo", confidence=80.0)
    case = Case(root=tmp_path, request=Request(language="zh", checklist="zh-stop-collection"))
    item = extract(classify_one(doc, case), "zh")
    assert item.type == "medical_bill"
    assert item.fields["total"] == "870.00"
