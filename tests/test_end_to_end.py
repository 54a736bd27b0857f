"""The whole path on the bundled samples, through the real CLI: check --json against the spec, then build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytesseract
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from packet.cli import cli

AS_OF = "2026-11-20"  # the date the bundled samples are written for

TOP_KEYS = {"case", "checklist", "as_of", "complete", "ready", "letter_needs", "letter_warnings", "currency",
            "documents", "missing", "errors", "other_person"}  # other_person: round 19 (another person's papers)
DOC_KEYS = {"path", "type", "pages", "fields", "missing_fields", "problems", "included", "evidence", "uncertain_fields"}
EVIDENCE_SOURCES = {"text", "ocr", "table", "case-file"}
TYPES = {"payslip", "bank_statement", "medical_bill", "unemployment_proof", "income_proof", "id_document", "other"}
ERROR_CODES = {"encrypted", "unreadable", "unsupported-format", "empty-file", "too-large", "no-permission",
               "outside-case"}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def inputs_of(case: Path) -> set[str]:
    return {p.relative_to(case).as_posix() for p in case.rglob("*")
            if p.is_file() and p.name != "packet.toml" and not any(x.startswith(".") for x in p.relative_to(case).parts)}


def assert_spec_shape(data: dict, case: Path) -> None:
    assert set(data) == TOP_KEYS
    assert data["case"] == case.name and data["as_of"] == AS_OF
    assert data["complete"] is (not data["missing"])
    for doc in data["documents"]:
        assert set(doc) - {"parts"} == DOC_KEYS  # "parts" only for a file holding several documents
        found = {f for f, v in doc["fields"].items() if v is not None}
        assert set(doc["evidence"]) == found and set(doc["uncertain_fields"]) <= found
        for e in doc["evidence"].values():
            assert e["source"] in EVIDENCE_SOURCES and 0.0 <= e["confidence"] <= 1.0
            assert (e["page"] is None) == (e["box"] is None)
            assert e["page"] is None or (1 <= e["page"] <= doc["pages"] and all(0 <= v <= 1 for v in e["box"]))
        assert doc["type"] in TYPES and isinstance(doc["pages"], int) and doc["pages"] >= 1
        assert all(v is None or isinstance(v, str) for v in doc["fields"].values())
        assert set(doc["missing_fields"]) <= set(doc["fields"])
        for p in doc["problems"]:
            assert set(p) == {"code", "message"} and p["message"]
    for m in data["missing"]:
        assert set(m) == {"requirement", "type", "message"} and m["type"] in TYPES and m["message"]
    for e in data["errors"]:
        assert set(e) == {"path", "code", "message"} and e["code"] in ERROR_CODES
    listed = [d["path"] for d in data["documents"]] + [e["path"] for e in data["errors"]]
    assert sorted(listed) == sorted(inputs_of(case)), "every input file exactly once"


def test_check_json_complete_chinese_case(sample_case):
    case = sample_case("zh-medical-stop")
    result = run("check", case, "--json", "--as-of", AS_OF)
    data = json.loads(result.stdout)
    assert_spec_shape(data, case)
    assert data["checklist"] == "zh-stop-collection"
    assert result.exit_code == 0, data["missing"]
    assert data["complete"] is True
    types = sorted(d["type"] for d in data["documents"])
    assert types.count("payslip") == 3 and types.count("bank_statement") == 2 and "medical_bill" in types
    periods = sorted(d["fields"]["period"] for d in data["documents"] if d["type"] == "payslip")
    assert periods == ["2026-08", "2026-09", "2026-10"]


def test_check_json_incomplete_english_case(sample_case):
    case = sample_case("en-job-loss")
    result = run("check", case, "--json", "--as-of", AS_OF)
    data = json.loads(result.stdout)
    assert_spec_shape(data, case)
    assert result.exit_code == 1 and data["complete"] is False
    missing = {m["requirement"]: m for m in data["missing"]}
    assert set(missing) == {"bank-statements"}
    assert missing["bank-statements"]["type"] == "bank_statement"
    assert "2026-10-01" in missing["bank-statements"]["message"]
    assert "unemployment_proof" in {d["type"] for d in data["documents"]}
    # where a value sits is where it is printed: the scanned payslip's figures, read from a grid of headings over
    # values, were placed at a made-up box on the top edge (a new user's trial); crop each box and read it again
    scan = next(d for d in data["documents"] if d["path"].endswith("-scan.png"))
    image = Image.open(case / scan["path"])
    for field in ("gross_pay", "net_pay"):
        x0, y0, x1, y1 = scan["evidence"][field]["box"]
        crop = image.crop((int(x0 * image.width) - 8, int(y0 * image.height) - 8,
                           int(x1 * image.width) + 8, int(y1 * image.height) + 8))
        read = pytesseract.image_to_string(crop.resize((crop.width * 2, crop.height * 2)), config="--psm 7")
        assert scan["fields"][field].split(".")[1] in read.replace(",", ""), (field, read)


def test_check_human_output_says_what_to_do(sample_case):
    result = run("check", sample_case("en-job-loss"), "--as-of", AS_OF)
    assert result.exit_code == 1
    assert "2026-10" in result.output and "Traceback" not in result.output


def test_build_chinese_sample(sample_case, tmp_path):
    case = sample_case("zh-medical-stop")
    out = tmp_path / "packet.pdf"
    result = run("build", case, "--as-of", AS_OF, "-o", out)
    assert result.exit_code == 0, result.output
    assert str(out) in result.output and re.search(r"\d+ 页", result.output)
    reader = PdfReader(out)
    checked = json.loads(run("check", case, "--json", "--as-of", AS_OF).stdout)
    exhibit_pages = sum(d["pages"] for d in checked["documents"])
    assert len(reader.pages) >= exhibit_pages + 2  # cover letter + index + every page of every document
    cover = reader.pages[0].extract_text()
    assert "李秀英" in cover and "AX2025031200458" in cover
    everything = "".join(p.extract_text() for p in reader.pages)
    assert "110105198806154321" not in everything  # the ID number only ever appears masked
    assert "4321" in cover


def test_build_refuses_incomplete_case_unless_forced(sample_case, tmp_path):
    case = sample_case("en-job-loss")
    out = tmp_path / "en.pdf"
    refused = run("build", case, "--as-of", AS_OF, "-o", out)
    assert refused.exit_code == 1 and not out.exists()
    assert "2026-10" in refused.output and "--force" in refused.output
    forced = run("build", case, "--as-of", AS_OF, "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    cover = PdfReader(out).pages[0].extract_text()
    assert "Daniel Okafor" in cover and "NFC-7734-2291" in cover


def test_build_json_refusal_carries_the_report(sample_case, tmp_path):
    case = sample_case("en-job-loss")
    result = run("build", case, "--as-of", AS_OF, "-o", tmp_path / "x.pdf", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["build"] is None and data["exit_code"] == 1 and data["complete"] is False
    assert data["missing"][0]["requirement"] == "bank-statements"


def test_build_json_success_says_what_was_written(sample_case, tmp_path):
    case = sample_case("en-job-loss")
    out = tmp_path / "x.pdf"
    result = run("build", case, "--as-of", AS_OF, "-o", out, "--json", "--force")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["build"]["files"] == [str(out)] and data["build"]["pages"] == len(PdfReader(out).pages)
    assert data["build"]["size"] == out.stat().st_size


def test_json_report_never_carries_a_full_account_number(sample_case):
    data = json.loads(run("check", sample_case("zh-medical-stop"), "--json", "--as-of", AS_OF).stdout)
    numbers = [d["fields"]["account_number"] for d in data["documents"] if d["type"] == "bank_statement"]
    assert numbers == ["8901", "8901"]
