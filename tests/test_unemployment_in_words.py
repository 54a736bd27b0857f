"""A certificate that says someone is out of work in the words of a residents' or village committee.

Independent set 19 (spent, read after judging): a community's 证明 — "该同志自2026年8月起处于失业状态，无固定工作单位，
无固定收入来源，目前正在求职中" under the title 证明 alone — was typed other: the Chinese keywords named the documents
(失业证明, 失业登记) and none of the words that say the state itself, which the English ones do ("unemployed", "out of
work", "seeking employment"). Pages from text (tests/textdoc.py): the words, not OCR, are under test.
"""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.classify import classify_one

LETTER = ("证明\n兹证明{name}（身份证号：41010219800101****）系我村村民。\n{state}\n特此证明。\n"
          "某某县某某镇某某村民委员会\n2026年11月2日")


@pytest.mark.parametrize("state", ["该村民自2026年7月起待业在家，没有工资收入。",
                                   "本人现处于失业状态，无固定工作，正在求职中。"])
def test_a_committees_certificate_of_being_out_of_work_is_a_proof_of_unemployment(state: str) -> None:
    doc = make_doc(LETTER.format(name="王秀英", state=state), rel="cert.jpg", form="photo")
    assert classify_one(doc).type == "unemployment_proof"


def test_a_residence_certificate_stays_other() -> None:
    doc = make_doc(LETTER.format(name="王秀英", state="该村民长期在本村居住，家庭成员三人。"), rel="cert.jpg", form="photo")
    assert classify_one(doc).type == "other"
