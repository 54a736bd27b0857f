"""What a new user's trial (round 20) found in the letters:

- the medical reason says whose treatment the bills are for: a bill for the applicant's child never makes the letter
  say the applicant was ill (本人因疾病), in Chinese and English;

Documents are real PDFs (a text layer drawn here, or a scan the fixtures draw); the packet is built and its text read.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fixtures_assemble import AS_OF, zh_case
from pypdf import PdfReader

from packet.assembly.assemble import BuildOptions, build_packet
from packet.rules.checklist import load_checklist


def _text(pdf: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def _letter_with_patient(tmp: Path, lang: str, patient: str) -> str:
    built = zh_case(tmp)
    docs = tuple(dataclasses.replace(d, fields={**d.fields, "patient": patient}) if d.type == "medical_bill" else d
                 for d in built.report.documents)
    case = dataclasses.replace(built.case, request=dataclasses.replace(built.case.request, language=lang,
                                                                       statement=None))
    res = build_packet(dataclasses.replace(built.report, documents=docs), case, load_checklist(case.request.checklist),
                       BuildOptions(output=tmp / "out" / "p.pdf", force=True), as_of=AS_OF)
    return _text(res.files[0])[0]


@pytest.mark.parametrize(("lang", "patient", "said", "never"), [
    ("zh", "张小宇", "本人家人因疾病治疗产生医疗费用", "本人因疾病"),          # the applicant 张伟's child
    ("zh", "张伟", "本人因疾病治疗产生医疗费用", "本人家人"),                   # his own bill: as before
    ("zh", "张纬", "因疾病治疗产生医疗费用，家庭支出", "本人因疾病"),          # one character apart: not told apart
    ("en", "张小宇", "cost of a family member's medical treatment", "illness and the cost"),
    ("en", "张纬", "the cost of medical treatment has reduced", "illness and the cost"),
], ids=["zh-child", "zh-own", "zh-unsure", "en-child", "en-unsure"])
def test_the_letter_says_whose_treatment_the_bills_are_for(tmp_path, lang, patient, said, never) -> None:
    first = _letter_with_patient(tmp_path, lang, patient)
    assert said in first, first
    assert never not in first, first
