"""Round 22 trial (new users) through the command line: a UK user signed off sick who lives on Universal Credit is
told that payslips will never come and is promised none in the letter, as a pensioner is (test_flow_r21); a
person whose Universal Credit tops up low pay (a payslip in the case) is still asked for the months' payslips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_inprocess import cli as _cli
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

AS_OF = "2026-12-01"  # the en-hardship checklist asks for the payslips of 2026-10 and 2026-11
TOML = '''[applicant]
name = "Aisha Rahman"
email = "aisha@example.com"
[lender]
name = "Brightway Loans"
contract_number = "BWL-3390127"
[request]
language = "en"
kind = "reduce"
country = "GB"
statement = "{s}"
'''


def _payslip(path: Path, month: str) -> None:
    """A born-digital UK payslip of ``month`` (YYYY-MM) for Aisha Rahman, in this test's own words and layout."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, 790, "Kestrel Care Homes Ltd")
    c.setFont("Helvetica", 11)
    rows = [("PAYSLIP", ""), ("Employee", "Aisha Rahman"), ("Pay period", f"{month}-01 to {month}-28"),
            ("Pay date", f"{month}-28"), ("Basic pay 40 hrs @ 11.44", "457.60"), ("Gross pay", "457.60"),
            ("Income tax", "0.00"), ("National Insurance", "0.00"), ("Net pay", "457.60")]
    for i, (k, v) in enumerate(rows):
        c.drawString(60, 750 - 22 * i, k)
        c.drawRightString(420, 750 - 22 * i, v)
    c.showPage()
    c.save()


def _case(tmp_path: Path, statement: str) -> Path:
    folder = tmp_path / "aisha"
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML.format(s=statement), encoding="utf-8")
    return folder


def _letter(tmp_path: Path, folder: Path) -> str:
    pdf = tmp_path / "p.pdf"
    build = _cli("build", str(folder), "--force", "--as-of", AS_OF, "-o", str(pdf))
    assert build.returncode == 0, build.stdout + build.stderr
    return "".join("".join(p.extract_text() for p in PdfReader(pdf).pages[:2]).split())


@pytest.mark.parametrize("statement", [
    "My GP signed me off work in July and I now live on Universal Credit only.",
    "I have been too ill to work since July and get Employment and Support Allowance.",
])
def test_a_person_on_an_out_of_work_benefit_is_not_promised_payslips(tmp_path, statement):
    folder = _case(tmp_path, statement)
    report = json.loads(_cli("check", str(folder), "--json", "--as-of", AS_OF, "--lang", "en").stdout)
    income = [m for m in report["missing"] if m["requirement"] == "income"]
    assert income and "there will never be payslips" in income[0]["message"], report["missing"]
    flat = _letter(tmp_path, folder)
    assert "Ihavenowages" in flat and "Payslip:" not in flat, flat
    # nothing enclosed shows the income: the letter says it will be sent, never "the bank statements enclosed"
    # beside "Still to follow: Bank statement" (the r22 trial's letter)
    assert "statementsenclosed" not in flat and "whichIwillsend" in flat, flat


def test_a_benefit_that_tops_up_pay_still_asks_for_the_months_payslips(tmp_path):
    folder = _case(tmp_path, "My hours at the care home were cut in July; Universal Credit tops up my pay.")
    _payslip(folder / "payslip-2026-08.pdf", "2026-08")
    report = json.loads(_cli("check", str(folder), "--json", "--as-of", AS_OF, "--lang", "en").stdout)
    assert [d["type"] for d in report["documents"]] == ["payslip"], report["documents"]
    income = [m for m in report["missing"] if m["requirement"] == "income"]
    assert income and "never be payslips" not in income[0]["message"], income
    flat = _letter(tmp_path, folder)
    assert "Ihavenowages" not in flat and "Payslip:" in flat, flat


TWO = '''[applicant]
name = "刘建国"

{h}
name = "安逸花"
contract_number = "AYH20250612001"

{h}
name = "分期乐"
contract_number = "FQL2025080399"

[request]
language = "zh"
'''


@pytest.mark.parametrize("header", ["[lender]", "[[lender]]"])
@pytest.mark.parametrize("lang, said, never", [("en", "make a second case folder", "under one [lender] header"),
                                                ("zh", "另建一个案件文件夹", "同一个 [lender] 标题下")])
def test_two_lenders_in_one_case_file_are_told_to_make_one_case_each(tmp_path, header, lang, said, never):
    """A rider asking two online lenders at once wrote both under [lender] (a trial, r22): the parser's advice, to put
    all the keys under one [lender] header, would mix two lenders' names and contract numbers in one letter."""
    folder = tmp_path / "rider"
    folder.mkdir()
    (folder / "packet.toml").write_text(TWO.format(h=header), encoding="utf-8")
    done = _cli("check", str(folder), "--json", "--lang", lang)
    out = json.loads(done.stdout)
    assert done.returncode == 2 and out["code"] == "case-file", out
    assert said in out["hint"] and never not in out["error"] + out["hint"], out
    assert out["problems"][0]["line"] == 8, out


def test_one_lender_table_is_read_as_before(tmp_path):
    folder = tmp_path / "rider"
    folder.mkdir()
    text = TWO.format(h="[lender]").split("\n")
    (folder / "packet.toml").write_text("\n".join(text[:7] + text[11:]), encoding="utf-8")
    done = _cli("check", str(folder), "--json", "--as-of", AS_OF)
    assert done.returncode == 1 and json.loads(done.stdout)["checklist"] == "zh-stop-collection", done.stdout


GP = ["Brookfield Medical Practice", "14 Station Road, Wakefield WF1 3QT", "", "12 November 2026", "",
      "To whom it may concern", "Re: Mrs Aisha Rahman, DOB 03/04/1986", "",
      "I confirm that Mrs Rahman is a patient at this practice. She has been under my care since",
      "July 2026 for a severe depressive episode following a back injury, and she has been signed",
      "off work since 21 July 2026. She is currently unable to work and is not expected to return",
      "to work before February 2027. I would be grateful if her creditors could take her health",
      "into account.", "", "Yours faithfully,", "Dr Helen Oduya MBBS MRCGP, General Practitioner"]


def _lines_pdf(path: Path, lines: list[str]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        c.drawString(60, 790 - 18 * i, line)
    c.showPage()
    c.save()


def test_a_doctors_letter_is_not_told_it_may_be_a_gig_apps_income_and_a_proof_of_income_is_offered(tmp_path):
    """The UK user's GP letter, read as "other", was told it reads like a doctor's letter and, in the same breath,
    that a platform's monthly income statement counts as a payslip; and the proof of a benefit the no-wages note
    asks for could not be marked, as "income_proof" was not among the lines offered (a trial, r22)."""
    folder = _case(tmp_path, "My GP signed me off work in July and I now live on Universal Credit only.")
    (folder / "packet.toml").write_text((folder / "packet.toml").read_text() + 'hardship = "medical"\n')
    _lines_pdf(folder / "gp-letter.pdf", GP)
    done = _cli("check", str(folder), "--as-of", AS_OF, "--lang", "en")
    said = done.stdout
    block = said.split("gp-letter.pdf", 1)[1].split("What is missing", 1)[0]
    assert '"gp-letter.pdf" = "medical_evidence"' in block, said
    assert "platform" not in block.lower(), block
    assert '"gp-letter.pdf" = "income_proof"' in block, block


def test_the_chinese_complaint_route_cites_its_sources_in_chinese():
    """``packet status`` of a Chinese case printed one step's 依据 in English ("as the two steps above: 12378 for
    banks …", a rider's trial, r22) among Chinese ones: a CN step's source is written in Chinese (the names of laws,
    "App" and packet's own name aside)."""
    import re

    from packet.case.followup import load_rules

    steps = [r for r in load_rules().routes if r.country == "CN"]
    assert steps
    for r in steps:
        english = re.findall(r"\b(?!packet\b|App\b)[A-Za-z]{4,}\b", r.source)
        assert not english, (r.step, english, r.source)
