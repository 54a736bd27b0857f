"""A doctor's letter as medical evidence where treatment costs nothing (type ``medical_evidence``, given only by the
user under [files]): the classifier never gives it, a letter read as ``other`` is pointed at it, marked it meets the
medical requirement of every built-in checklist, and the packet names it "Medical evidence". Real PDFs and scans
(tests/medevgen.py, written apart from the extractor), real Tesseract, the real CLI."""

from __future__ import annotations

import json
import re
import shutil
import time
from datetime import date
from pathlib import Path

import medevgen
import pytest
from click.testing import CliRunner
from fixtures_reading import read_documents, text_pdf
from pypdf import PdfReader
from rolegen import draw, draw_scan

from packet.cli import cli
from packet.core.model import Classified
from packet.rules.checklist import load_checklist
from packet.rules.registry import load_types
from packet.understanding.classify import MIN_LEAD, MIN_SCORE, classify_one, scores
from packet.understanding.extract import extract
from tests.conftest import SAMPLES

AS_OF = "2026-11-20"  # the samples' as-of date


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    """The generated letters (two seeds), the first of each language's first layout as a scan: {name: (Doc, Document)}."""
    root = tmp_path_factory.mktemp("letters")
    docs = medevgen.generate(3) + medevgen.generate(11)
    for i, d in enumerate(docs):
        d.name = f"s{i}_{d.name}"
    scans = {docs[0].name, docs[3].name}  # a GP letter and a 诊断证明书, scanned
    for d in docs:
        path = root / d.language / d.name
        draw_scan(d, path, seed=1) if d.name in scans else draw(d, path)
    out = {}
    for lang in ("en", "zh"):
        read = {x.rel: x for x in read_documents(root / lang, lang)}
        out.update({d.name: (d, read[d.name], d.name in scans) for d in docs if d.language == lang})
    return out


def test_the_classifier_never_gives_medical_evidence(letters):
    """Every letter, full of a doctor's words, stays "other" — never a medical bill either — though its words make a
    convincing case for medical_evidence (so without ``given_only`` it would have been typed so): the type is only
    pointed at (``suggested``)."""
    types = load_types()
    assert types["medical_evidence"].given_only
    for name, (_doc, document, _scan) in letters.items():
        item = classify_one(document)
        s = scores(document, types)
        rivals = max(v for k, v in s.items() if k != "medical_evidence")
        assert s["medical_evidence"] >= MIN_SCORE and s["medical_evidence"] - rivals >= MIN_LEAD, (name, s)
        assert item.type == "other", (name, item.type, s)
        assert item.suggested == ("medical_evidence",), name


def test_the_other_types_score_as_if_medical_evidence_did_not_exist(letters, tmp_path):
    """Every other type's score is what it would be without medical_evidence in the registry — a letter titled as one
    ("Statement of Fitness for Work", 诊断证明书) damps no other type's score — so no document's type moves because
    the type was added (a bill and a payslip too)."""
    import random

    from rolegen import pay_columns, us_hospital

    types = load_types()
    without = {k: t for k, t in types.items() if k != "medical_evidence"}
    for d in (us_hospital(random.Random(2), 0), pay_columns(random.Random(2), 1)):
        draw(d, tmp_path / "en" / d.name)
    documents = [doc for _d, doc, _s in letters.values()] + list(read_documents(tmp_path / "en", "en"))
    for document in documents:
        s = scores(document, types)
        assert {k: v for k, v in s.items() if k != "medical_evidence"} == scores(document, without), document.rel


def test_a_bill_is_pointed_at_nothing(tmp_path):
    """A document the classifier types keeps its type and is pointed at nothing: the hint is for the catch-all only."""
    import random

    from rolegen import us_hospital

    doc = us_hospital(random.Random(1), 0)
    draw(doc, tmp_path / "en" / doc.name)
    item = classify_one(read_documents(tmp_path / "en", "en")[0])
    assert item.type == "medical_bill" and item.suggested == ()


def test_a_marked_letter_reads_its_fields(letters):
    """Typed medical_evidence, a letter's provider (its letterhead), patient ("Re:", "Patient's name", 姓名, 兹证明患者…)
    and date (the letter's own, not an admission, discharge or visit date) are read, text PDFs and scans alike, none
    wrong with confidence >= 0.9."""
    wrong = []
    for name, (doc, document, _scan) in letters.items():
        ex = extract(Classified(document, "medical_evidence"), doc.language)
        for f, want in doc.truth.items():
            got, ev = ex.fields.get(f), ex.evidence.get(f)
            if got != want:
                wrong.append((name, f, want, got, ev.confidence if ev else None))
    assert not wrong, wrong


def _case(src: Path, dst: Path, hardship: str | None = "medical") -> Path:
    shutil.copytree(src, dst)
    if hardship:
        toml = dst / "packet.toml"
        text = re.sub(r'^hardship = "[^"]*"', f'hardship = "{hardship}"', toml.read_text(encoding="utf-8"), flags=re.M)
        toml.write_text(text, encoding="utf-8")
    return dst


def _mark(case: Path, rel: str, type_: str = "medical_evidence") -> None:
    toml = case / "packet.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace("\n[plan]", f'\n[files]\n"{rel}" = "{type_}"\n\n[plan]', 1), encoding="utf-8")


def test_en_unmarked_letter_is_other_and_the_hint_names_medical_evidence(tmp_path):
    """The English sample with a medical hardship and a GP letter for its applicant: unmarked, the letter is "other",
    its hint gives the exact [files] line for medical_evidence, and the missing item says a letter will do where
    treatment was free and how to mark it. Marked, the medical requirement is met and the JSON shows the type."""
    case = _case(SAMPLES / "en-job-loss", tmp_path / "uk")
    shutil.rmtree(case / "bills")
    letter = medevgen.gp_letter(__import__("random").Random(0), 0)
    letter.truth["patient"] = "Daniel Okafor"
    letter.pages[0] = [(x, y, re.sub(r"(Mr|Mrs) [A-Z][a-z]+ [A-Z][a-z]+", "Mr Daniel Okafor", t), s)
                       for x, y, t, s in letter.pages[0]]
    draw(letter, case / "gp-letter.pdf")

    result = run("check", case, "--as-of", AS_OF)
    assert result.exit_code == 1
    out = result.output
    assert "Other: gp-letter.pdf" in out
    assert '"gp-letter.pdf" = "medical_evidence"' in out
    assert "It reads like a letter from your doctor or hospital" in out
    medical = out[out.index("Medical bills:"):]
    assert "where treatment was free" in re.sub(r"\s+", " ", medical)
    data = json.loads(run("check", case, "--json", "--as-of", AS_OF).output)
    assert {d["path"]: d["type"] for d in data["documents"]}["gp-letter.pdf"] == "other"
    assert "medical-bills" in {m["requirement"] for m in data["missing"]}

    _mark(case, "gp-letter.pdf")
    data = json.loads(run("check", case, "--json", "--as-of", AS_OF).output)
    doc = next(d for d in data["documents"] if d["path"] == "gp-letter.pdf")
    assert doc["type"] == "medical_evidence" and doc["missing_fields"] == []
    assert doc["fields"]["patient"] == "Daniel Okafor" and doc["fields"]["date"] == "2026-11-20"
    assert not [p for p in doc["problems"] if p["code"] == "name-mismatch"]
    assert {m["requirement"] for m in data["missing"]} == {"bank-statements"}  # the sample lacks October's statement

    # built anyway: the index names the exhibit "Medical evidence", and the letter claims no cost of treatment
    pdf = tmp_path / "uk.pdf"
    assert run("build", case, "--as-of", AS_OF, "--force", "-o", pdf).exit_code == 0
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages[:4])
    assert re.search(r"Exhibit [A-Z]: Medical evidence — [A-Z][\w ]+(Practice|Surgery|Centre)", text)
    assert "Medical bill" not in text and "cost of medical treatment" not in text


def test_zh_marked_certificate_completes_the_case(tmp_path):
    """The Chinese sample with its bills taken out and a 诊断证明书 for its applicant instead: unmarked the case is
    incomplete (exit 1) and the hint names medical_evidence; marked under [files] it is complete (exit 0), the JSON
    shows the type, and the built packet's index lists 医疗证明."""
    case = _case(SAMPLES / "zh-medical-stop", tmp_path / "zh", hardship=None)
    shutil.rmtree(case / "医疗")
    letter = medevgen.zh_certificate(__import__("random").Random(0), 0)
    letter.pages[0] = [(x, y, t.replace(letter.truth["patient"], "李秀英"), s) for x, y, t, s in letter.pages[0]]
    draw(letter, case / "诊断证明.pdf")

    result = run("check", case, "--as-of", AS_OF)
    assert result.exit_code == 1
    assert '"诊断证明.pdf" = "medical_evidence"' in result.output and "如果治疗不收费" in result.output

    _mark(case, "诊断证明.pdf")
    result = run("check", case, "--json", "--as-of", AS_OF)
    data = json.loads(result.output)
    assert result.exit_code == 0 and data["complete"] is True, data["missing"]
    doc = next(d for d in data["documents"] if d["path"] == "诊断证明.pdf")
    assert doc["type"] == "medical_evidence" and doc["fields"]["patient"] == "李秀英"
    pdf = tmp_path / "zh.pdf"
    assert run("build", case, "--as-of", AS_OF, "-o", pdf).exit_code == 0
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages[:4])
    assert re.search(r"附件 \d+ 医疗证明 · ", text) and "医疗票据" not in text
    assert "医疗费用" not in text  # the letter speaks of the illness, not of a cost of treatment


@pytest.mark.parametrize("name", ["zh-stop-collection", "zh-reduce-collection", "en-hardship"])
def test_every_builtin_checklist_takes_a_letter(name):
    """Each built-in checklist's medical requirement (for a medical hardship only) takes a medical_evidence within 365
    days as it takes a bill; the types asked for follow the hardship."""
    checklist = load_checklist(name)
    req = next(r for r in checklist.requirements if r.id == "medical-bills")
    assert [(o.type, o.days) for o in req.options] == [("medical_bill", 365), ("medical_evidence", 365)]
    assert "medical_evidence" in checklist.asked_types({"hardship": "medical"})
    assert "medical_evidence" not in checklist.asked_types({"hardship": "unemployment"})


def test_web_chooser_offers_medical_evidence_only_for_a_medical_hardship(tmp_path):
    """The case page's type chooser lists medical_evidence where the checklist asks for it (a medical hardship), not
    for a job loss."""
    from starlette.testclient import TestClient

    from packet.web import Settings, create_apps

    cases = tmp_path / "cases"
    _case(SAMPLES / "en-job-loss", cases / "Ill")
    _case(SAMPLES / "en-job-loss", cases / "Job", hardship=None)
    letter = medevgen.fit_note(__import__("random").Random(0), 0)
    for name in ("Ill", "Job"):
        draw(letter, cases / name / "fit-note.pdf")
    settings = Settings(cases=cases, as_of=date(2026, 11, 20))
    app, _phone, web = create_apps(settings)
    try:
        client = TestClient(app, base_url="http://127.0.0.1:8765")
        r = client.get(f"/?s={settings.secret}", follow_redirects=False)
        client.get(r.headers["location"])
        pages = {}
        for name in ("Ill", "Job"):
            web.jobs.submit(name, "check", "en")
            while web.jobs.busy(name):
                time.sleep(0.2)
            pages[name] = client.get(f"/case/{name}").text
        # read as "other", the fit note has the type chosen already, with a sentence saying why
        assert '<option value="medical_evidence" selected' in pages["Ill"]
        assert "It reads like “Medical evidence (doctor&#39;s letter)”" in pages["Ill"]
        assert '<option value="medical_bill"' in pages["Job"] and '<option value="medical_evidence"' not in pages["Job"]
        assert "It reads like" not in pages["Job"]
    finally:
        web.jobs.shutdown(wait=True)


def test_packet_checklists_says_how_to_mark_a_letter():
    """``packet checklists`` lists the letter as the medical requirement's second way, when it applies and the
    [files] line that marks it, in both languages."""
    en = run("checklists", "en-hardship")
    assert en.exit_code == 0
    assert "or Medical evidence (doctor's letter)" in en.output
    assert 'Where treatment was free: packet does not recognise it by itself' in en.output
    assert '"file.pdf" = "medical_evidence"' in en.output
    zh = run("checklists", "zh-stop-collection")
    assert "如果治疗不收费：packet 不会自动识别" in zh.output and '"文件名.pdf" = "medical_evidence"' in zh.output


def _gp_letter(case: Path) -> None:
    """The GP letter of :func:`medevgen.gp_letter` for the sample's applicant, as ``case/gp-letter.pdf``."""
    letter = medevgen.gp_letter(__import__("random").Random(0), 0)
    letter.truth["patient"] = "Daniel Okafor"
    letter.pages[0] = [(x, y, re.sub(r"(Mr|Mrs) [A-Z][a-z]+ [A-Z][a-z]+", "Mr Daniel Okafor", t), s)
                       for x, y, t, s in letter.pages[0]]
    draw(letter, case / "gp-letter.pdf")


def test_a_letter_is_pointed_at_medical_evidence_though_a_bill_met_the_requirement(tmp_path):
    """Round 21 trial (item 6): in a medical case whose bill met the medical requirement, check called a discharge
    summary "other" and offered payslip lines and a gig app's income note, never medical_evidence, which the page
    offered. One rule now (packet.offered_types): the hint names it; and a letter shows no pay, so the platform
    income note is not said of it (packet.leans_to)."""
    case = _case(SAMPLES / "en-job-loss", tmp_path / "uk")
    _gp_letter(case)
    (case / "bills" / "irwell-energy-bill-2026-10.pdf").unlink()
    # a bill of the sample's applicant, meeting the medical requirement (medevgen has none: the one of test_medical)
    text_pdf(case / "bills" / "hospital-bill.pdf", [[
        "Royal Infirmary", "INVOICE", "Patient: Daniel Okafor", "Invoice date: 12 October 2026",
        "Consultation  120.00", "Blood tests  45.50", "Total due  165.50"]])
    data = json.loads(run("check", case, "--json", "--as-of", AS_OF).output)
    types = {d["path"]: d["type"] for d in data["documents"]}
    assert types["gp-letter.pdf"] == "other", types
    assert "medical-bills" not in {m["requirement"] for m in data["missing"]}, data["missing"]
    out = run("check", case, "--as-of", AS_OF).output
    part = re.split(r"\n  [✓·!] ", out[out.index("Other: gp-letter.pdf"):])[0]  # its lines, to the next document
    assert '"gp-letter.pdf" = "medical_evidence"' in out and "It reads like a letter from your doctor" in out, out
    assert "platform's monthly income statement" not in part, part


def test_an_exhibit_included_by_files_is_not_called_not_counted(tmp_path):
    """Round 21 trial (item 13): a document of a type the checklist does not need, put in the packet by [files]
    include = true (an ID copy), was marked "!" and told "not counted: the checklist does not need it" beside its
    exhibit letter. Now it says it is included as [files] asks."""
    case = _case(SAMPLES / "en-job-loss", tmp_path / "uk", hardship="unemployment")
    _gp_letter(case)
    toml = case / "packet.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "\n[plan]", '\n[files]\n"gp-letter.pdf" = { type = "medical_evidence", include = true }\n\n[plan]', 1),
        encoding="utf-8")
    out = run("check", case, "--as-of", AS_OF).output
    line = next(i for i, x in enumerate(out.splitlines()) if x.strip().endswith("gp-letter.pdf"))
    near = " ".join(out.splitlines()[line:line + 4])
    assert out.splitlines()[line].strip().startswith("·"), near
    assert "included in the packet as [files] asks" in near and "not counted" not in near, near
