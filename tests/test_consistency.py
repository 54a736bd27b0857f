"""Organisation names made consistent across a case's documents (packet.understanding.consistency), from recorded values."""

from __future__ import annotations

import hashlib

import pytest
from textdoc import make_doc

from packet.core.model import Extracted
from packet.understanding.consistency import reconcile, similar

GOOD, BAD = "北京华晟科技有限公司", "北京华妃科技有限公司"


def _slip(employer, form="scan", rel=None, employee="李秀英"):
    rel = rel or f"{employer}-{form}-{employee}.png"
    # distinct files (copies of one file, the same bytes, count once: test_evidence)
    sha = hashlib.sha256(rel.encode()).hexdigest()
    return Extracted(make_doc(f"{employer} {employee}", rel=rel, form=form, sha=sha), "payslip",
                     {"employer": employer, "employee": employee, "period": "2026-09", "gross_pay": "1.00",
                      "net_pay": "1.00"})


@pytest.mark.parametrize(("a", "b", "same"), [
    (GOOD, BAD, True),
    ("成都蓝海教育咨询有限公司", "成都监海教育咨询有限公司", True),
    (GOOD, "上海华妃物流有限公司", False),  # too many characters differ
    (GOOD, "北京华晟科技有限公司分", False),  # another length
    ("招商银行股份有限公司", "招商很行股份有限公司", True),
    ("中国银行", "中信银行", False),  # too short to tell a misreading from another bank
    ("京港商业银行", "京港商亚银行", True),
    ("京港商业银行", "京港商亚银仃", False),  # two of six characters
], ids=["one-char", "lanhai", "far", "length", "bank-long", "bank-short", "six-one", "six-two"])
def test_similar(a, b, same):
    assert similar(a, b) is same


def test_text_layer_value_wins_over_an_ocr_misreading():
    items = [_slip(GOOD, form="text", rel="a.pdf"), _slip(BAD, rel="b.png")]
    assert [e.fields["employer"] for e in reconcile(items)] == [GOOD, GOOD]


def test_the_value_several_ocr_documents_agree_on_wins():
    items = [_slip(GOOD, rel="a.png"), _slip(GOOD, rel="b.png"), _slip(BAD, rel="c.png")]
    assert [e.fields["employer"] for e in reconcile(items)] == [GOOD, GOOD, GOOD]


def test_one_against_one_is_left_alone():
    items = [_slip(GOOD, rel="a.png"), _slip(BAD, rel="b.png")]
    assert reconcile(items) == items


def test_a_text_layer_value_is_never_changed():
    items = [_slip(BAD, form="text", rel="a.pdf"), _slip(GOOD, rel="b.png"), _slip(GOOD, rel="c.png")]
    assert reconcile(items)[0].fields["employer"] == BAD


def test_people_are_not_reconciled():
    items = [_slip(GOOD, form="text", rel="a.pdf", employee="李秀英"), _slip(GOOD, rel="b.png", employee="李秀华")]
    assert reconcile(items)[1].fields["employee"] == "李秀华"


def test_issuer_of_a_letter_counts_with_the_employer():
    letter = Extracted(make_doc("x", rel="letter.png", form="scan"), "unemployment_proof",
                       {"person": "李秀英", "issuer": BAD, "date": "2026-10-01"})
    got = reconcile([_slip(GOOD, form="text", rel="a.pdf"), letter])
    assert got[1].fields["issuer"] == GOOD


def test_parts_of_a_file_are_fixed_each():
    f1 = dict(_slip(BAD).fields)
    f2 = {**f1, "period": "2026-08"}
    multi = Extracted(make_doc("x", rel="m.png", form="scan"), "payslip", f1, parts=(f1, f2))
    got = reconcile([_slip(GOOD, form="text", rel="a.pdf"), multi])[1]
    assert [p["employer"] for p in got.parts] == [GOOD, GOOD] and got.fields["employer"] == GOOD
