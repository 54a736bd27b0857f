"""Stale documents are reported stale even when they also lack a required field (issue 10: "Stale: 6 of 13 missed").

A document too old for its requirement's window must be replaced whatever else it lacks, so the missing field must
not hide the age: the JSON report carries ``stale``, the message says to get a newer one AND that the newer one must
show what this one lacks (or, if a date was misread, what to write in [fields]), in English and Chinese. Fast unit
tests on extracted fields first, then whole checks of text-layer PDFs made here (born-digital, no OCR).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from fixtures_reading import text_pdf
from textdoc import make_doc

from packet.case.casefile import Applicant, Case, Request
from packet.cli import cli
from packet.core.model import Extracted
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate

AS_OF = date(2026, 11, 20)  # en-hardship then wants 2026-09 and 2026-10


def _case(lang: str = "en", hardship: str = "unemployment") -> Case:
    return Case(root=Path("/tmp/c"), applicant=Applicant(name="Ruth Adeyemi"),
                request=Request(language=lang, checklist="en-hardship" if lang == "en" else "zh-stop-collection",
                                hardship=hardship))


def _x(type_name: str, rel: str, **fields: str | None) -> Extracted:
    return Extracted(make_doc(f"{type_name} {rel}", rel=rel), type_name, fields)


def _payslip(period: str | None, net: str | None, rel: str) -> Extracted:
    return _x("payslip", rel, employer="Kestrel Print Works Ltd", employee="Ruth Adeyemi", period=period,
              gross_pay="2650.00", net_pay=net)


def _statement(start: str | None, end: str | None, closing: str | None, rel: str) -> Extracted:
    return _x("bank_statement", rel, bank="Harbourside Bank", account_holder="Ruth Adeyemi",
              account_number="55012934", period_start=start, period_end=end, closing_balance=closing)


def _run(docs, c: Case | None = None, as_of: date = AS_OF):
    c = c or _case()
    return evaluate(docs, (), c, load_checklist(c.request.checklist), as_of)


def _problems(report, rel: str) -> dict[str, str]:
    return {p.code: p.message for d in report.documents if d.document.rel == rel for p in d.problems}


def test_an_old_payslip_without_net_pay_is_stale_and_says_what_the_newer_one_needs() -> None:
    r = _run([_payslip("2026-05", None, "old.pdf"), _payslip("2026-09", "2100.00", "sep.pdf")])
    msg = _problems(r, "old.pdf")["stale"]
    assert "2026-05" in msg and "2026-09 – 2026-10" in msg  # the month it is for and the months wanted
    assert "net pay" in msg and "newer one" in msg  # the newer payslip must show what this one lacks
    assert '[fields."old.pdf"] period = "…", net_pay = "…"' in msg  # a misread month can be corrected
    income = {m.requirement: m.message for m in r.missing}["income"]
    assert "2026-10" in income and "old.pdf" not in income  # not also told to fill in a field that would not help
    # a payslip of a wanted month that lacks the net pay is NOT stale: it is told to add the field
    r = _run([_payslip("2026-10", None, "oct.pdf")])
    assert "stale" not in _problems(r, "oct.pdf")
    assert "oct.pdf (net pay not found)" in {m.requirement: m.message for m in r.missing}["income"]


def test_a_document_without_its_date_is_not_called_stale() -> None:
    r = _run([_payslip(None, "2100.00", "undated.pdf"), _statement("2026-04-01", None, "10.00", "open.pdf")])
    assert _problems(r, "undated.pdf") == {} and "stale" not in _problems(r, "open.pdf")


def test_an_old_statement_without_a_closing_balance_is_stale_in_both_languages() -> None:
    docs = [_statement("2026-04-01", "2026-04-30", None, "april.pdf")]
    en = _problems(_run(docs), "april.pdf")["stale"]
    assert "2026-04-30" in en and "closing balance" in en and "period_start" in en and "period_end" in en
    zh = _problems(_run(docs, _case("zh")), "april.pdf")["stale"]
    assert "2026-04-30" in zh and "期末余额" in zh and "新的材料" in zh and '[fields."april.pdf"]' in zh


def test_a_dated_document_too_old_and_incomplete_is_stale() -> None:
    bill = _x("medical_bill", "bill.pdf", provider="Riverside Clinic", patient="Ruth Adeyemi", total=None,
              date="2025-10-02")  # more than 365 days before
    r = _run([bill], _case(hardship="medical"))
    msg = _problems(r, "bill.pdf")["stale"]
    assert "2025-10-02" in msg and "total" in msg.lower()
    letter = _x("unemployment_proof", "letter.pdf", person="Ruth Adeyemi", issuer=None, date="2026-01-15")
    r = _run([letter])
    assert "stale" in _problems(r, "letter.pdf")
    proof = _x("income_proof", "proof.pdf", employer=None, employee="Ruth Adeyemi", monthly_income="2500.00",
               date="2026-06-30")  # too old to stand in for a payslip month, and lacks its employer
    assert "stale" in _problems(_run([_payslip("2026-09", "2100.00", "s.pdf"), proof]), "proof.pdf")


# --- whole checks of generated text-layer PDFs ---------------------------------------------------------------

def _folder(root: Path, lang: str) -> Path:
    # a statement from April (long before the window), with no balance printed anywhere
    text_pdf(root / "statements" / "april.pdf", [[
        "Harbourside Bank plc", "Current account statement", "Account holder: Ruth Adeyemi",
        "Account number: 55012934", "Statement period: 1 April 2026 to 30 April 2026",
        "Date        Description           Amount"]])
    # a payslip from June with the gross pay but no net pay
    text_pdf(root / "payslips" / "june.pdf", [[
        "Kestrel Print Works Ltd", "Payslip", "Employee: Ruth Adeyemi", "Pay period: June 2026",
        "Gross pay: 2,650.00"]])
    (root / "packet.toml").write_text(
        '[applicant]\nname = "Ruth Adeyemi"\n[request]\nlanguage = "en"\nchecklist = "en-hardship"\n'
        'hardship = "unemployment"\n', encoding="utf-8")
    return root


def _check(root: Path, *extra: str):
    return CliRunner().invoke(cli, ["check", str(root), "--as-of", "2026-11-20", "--no-cache", *extra])


def test_check_json_reports_old_incomplete_documents_stale(tmp_path) -> None:
    root = _folder(tmp_path, "en")
    result = _check(root, "--json")
    assert result.exit_code == 1, result.output
    docs = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    slip, stmt = docs["payslips/june.pdf"], docs["statements/april.pdf"]
    assert slip["missing_fields"] == ["net_pay"] and slip["fields"]["period"] == "2026-06"
    assert stmt["missing_fields"] == ["closing_balance"] and stmt["fields"]["period_end"] == "2026-04-30"
    for d in (slip, stmt):
        assert [p["code"] for p in d["problems"]] == ["stale"]
        assert "newer one" in d["problems"][0]["message"]


def test_check_terminal_says_too_old_and_what_the_newer_one_must_show(tmp_path) -> None:
    root = _folder(tmp_path, "en")
    out = _check(root).output
    flat = " ".join(out.split())
    assert "payslips/june.pdf: This is for 2026-06, older than the months asked for" in flat
    assert "Add the payslips for those months instead. Also not found on it: net pay; make sure the newer one" in flat
    assert "statements/april.pdf: This statement ends on 2026-04-30" in flat
    assert "Also not found on it: closing balance" in flat
    # under the document: too old, not the lines to fill in (they would not make it count)
    assert flat.count("not counted: it is too old, so get a newer one that shows these too") == 2
    assert 'net_pay = "…"\n' not in out
    zh = " ".join(_check(root, "--lang", "zh").output.split())
    assert "payslips/june.pdf：这是 2026-06 的材料，早于所需月份" in zh
    assert "另外，这份材料上 未读到实发工资" in zh or "另外，这份材料上未读到实发工资" in zh
    assert "statements/april.pdf：这份流水截至 2026-04-30" in zh and "期末余额" in zh
    assert zh.count("未计入：材料太旧") == 2
