"""What a new user's trial (round 20) found in the letters:

- the medical reason says whose treatment the bills are for: a bill for the applicant's child never makes the letter
  say the applicant was ill (本人因疾病), in Chinese and English;
- a value run on into the next label of its line, a label the vocabulary does not know ("科室:", "Dept:"), stops
  before it: the provider read "首都儿科研究所附属儿童医院科室:儿科急诊";

Documents are real PDFs (a text layer drawn here, or a scan the fixtures draw); the packet is built and its text read.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_assemble import AS_OF, zh_case
from fixtures_reading import text_pdf
from pypdf import PdfReader

from packet.assembly.assemble import BuildOptions, build_packet
from packet.cli import cli
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


# --- a value stops before the next label on its line ------------------------------------------------------------

@pytest.mark.parametrize(("lines", "provider", "patient"), [
    (["北京市医疗门诊收费票据（电子）", "票据代码：11060126 票据号码：0038815472 交款人：王小宇 性别：男",
      "医疗机构：首都儿科研究所附属儿童医院   科室：儿科急诊   开票日期：2026-11-24", "项目名称 金额(元)",
      "挂号费 50.00", "西药费 86.30", "合计（大写）叁佰捌拾陆元伍角整 （小写）386.50"], "首都儿科研究所附属儿童医院", "王小宇"),
    (["滨江区第一人民医院 门诊收费票据", "患者姓名：李秀英", "收款单位：滨江区第一人民医院 病区：三病区 日期：2026-10-02",
      "合计 1,208.40"], "滨江区第一人民医院", "李秀英"),
    (["Riverside Children's Hospital", "Patient statement", "Patient name: Owen Pryce",
      "Provider: Riverside Children's Hospital Dept: Paediatric A&E", "Date of service: 24/11/2026",
      "Amount due: £386.50"], "Riverside Children's Hospital", "Owen Pryce"),
    (["Patient name: Mia Laurent", "Provider: Harbour Dental Care Ward: Day unit",
      "Date of service: 02/10/2026", "Amount due: £120.00"], "Harbour Dental Care", "Mia Laurent"),
], ids=["zh-keshi", "zh-bingqu", "en-dept", "en-ward"])
def test_a_value_stops_before_an_unknown_label_on_its_line(tmp_path, lines, provider, patient) -> None:
    text_pdf(tmp_path / "c" / "bill.pdf", [lines], cjk=any("\u4e00" <= ch <= "\u9fff" for ln in lines for ch in ln),
             size=(842, 595))
    out = CliRunner().invoke(cli, ["check", str(tmp_path / "c"), "--no-cache", "--json"])
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["type"] == "medical_bill", doc
    assert doc["fields"]["provider"] == provider and doc["fields"]["patient"] == patient, doc["fields"]
