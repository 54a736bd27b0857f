"""What the letters and ``check`` say must be true of the case (a new user's trial, round 18):

- a statement older than the period asked, while other statements cover it, is "not needed" and goes in the packet
  as an extra exhibit, not "not counted… download the statements for that period";
- the follow-up letter says the lender acknowledged the request (date, its reference) when that was logged;
- ``init`` writes ``[request] country`` (guessed from the documents, or ``--country``), so ``status`` gives the
  country's complaint route (the UK: the Financial Ombudsman Service);
- the zh letter says 大额 only when the bills are large against the income shown, and its closing never stands alone
  on a page.

Documents are text-layer PDFs drawn here (no OCR); each test runs the CLI on a real case folder, or builds the packet
and reads the PDF's text.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_assemble import AS_OF, zh_case
from fixtures_reading import text_pdf
from pypdf import PdfReader

import packet
from packet.assembly.assemble import BuildOptions, build_packet
from packet.cli import cli
from packet.rules.checklist import load_checklist


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _text(pdf: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


# --- check: a statement before the period asked ---------------------------------------------------------------

def _statement(root: Path, month: int, last_day: int, closing: str) -> None:
    name = ("", "", "", "", "", "", "", "Jul", "Aug", "Sep", "Oct")[month]  # short: the line fits the A6 page
    text_pdf(root / "statements" / f"2026-{month:02d}.pdf", [[
        "Harbourside Bank plc", "Current account statement", "Account holder: Ruth Adeyemi",
        "Account number: 55012934", f"Statement period: 1 {name} 2026 to {last_day} {name} 2026",
        f"Closing balance: {closing}"]])


def _payslip(root: Path, month: str) -> None:
    text_pdf(root / "payslips" / f"{month}.pdf", [[
        "Kestrel Print Works Ltd", "Payslip", "Employee: Ruth Adeyemi", f"Pay period: {month} 2026",
        "Gross pay: 2,650.00", "Net pay: 2,100.00"]])


def _en_folder(root: Path, *, october: bool = True) -> Path:
    """en-hardship on 2026-11-20 wants September and October 2026; an August statement is older."""
    for month, last, closing in ((8, 31, "1,410.00"), (9, 30, "1,220.00")) + (((10, 31, "1,005.00"),) if october else ()):
        _statement(root, month, last, closing)
    for month in ("September", "October"):
        _payslip(root, month)
    (root / "packet.toml").write_text(
        '[applicant]\nname = "Ruth Adeyemi"\n[lender]\nname = "Northfield Credit Ltd"\ncontract_number = "NFC-1"\n'
        '[request]\nlanguage = "en"\nchecklist = "en-hardship"\nhardship = "unemployment"\n', encoding="utf-8")
    return root


def test_an_older_statement_not_needed_is_said_to_go_in_as_an_extra_exhibit(tmp_path) -> None:
    root = _en_folder(tmp_path / "c")
    out = _run("check", root, "--as-of", "2026-11-20", "--no-cache", "--json")
    assert out.exit_code == 0, out.output  # nothing is missing
    aug = next(d for d in json.loads(out.stdout)["documents"] if d["path"] == "statements/2026-08.pdf")
    assert aug["included"] is True and [p["code"] for p in aug["problems"]] == ["stale"]
    msg = aug["problems"][0]["message"]
    assert "not needed" in msg and "extra exhibit" in msg and "Download" not in msg, msg
    said = " ".join(_run("check", root, "--as-of", "2026-11-20", "--no-cache").output.split())
    assert "Download the statements" not in said and "not counted (see problems below)" not in said, said
    assert "· Bank statement: statements/2026-08.pdf" in said and "in the packet as an extra exhibit" in said
    zh = _run("check", root, "--as-of", "2026-11-20", "--no-cache", "--json", "--lang", "zh")
    aug = next(d for d in json.loads(zh.stdout)["documents"] if d["path"] == "statements/2026-08.pdf")
    assert "不需要" in aug["problems"][0]["message"] and "额外附件" in aug["problems"][0]["message"]


def test_an_older_statement_still_asks_for_the_period_when_it_is_not_covered(tmp_path) -> None:
    root = _en_folder(tmp_path / "c", october=False)
    out = _run("check", root, "--as-of", "2026-11-20", "--no-cache", "--json")
    assert out.exit_code == 1, out.output
    aug = next(d for d in json.loads(out.stdout)["documents"] if d["path"] == "statements/2026-08.pdf")
    assert "Download the statements for that period" in aug["problems"][0]["message"]


# --- the follow-up letter and the replies logged ---------------------------------------------------------------

def _sent_case(root: Path, lang: str) -> Path:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "{"王芳" if lang == "zh" else "Sarah Whitfield"}"\nemail = "s@example.com"\n'
        '[lender]\nname = "Vale Bank"\ncontract_number = "VB-4921"\n'
        f'[request]\nlanguage = "{lang}"\nkind = "reduce"\n'
        '[[sent]]\nat = 2026-12-01T09:00:00\nvia = "email"\n', encoding="utf-8")
    return root


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("en", "You acknowledged it on 2 December 2026 (your reference 88213), but as of 20 December 2026 I have not "
           "received an answer.", "I have not received one"),
    ("zh", "贵司已于2026年12月2日确认收到该申请（编号 88213），但截至2026年12月20日，本人仍未收到书面答复。",
     "本人未收到书面答复。请将")], ids=["en", "zh"])
def test_the_follow_up_says_the_lender_acknowledged_the_request(tmp_path, lang, said, not_said) -> None:
    root = _sent_case(tmp_path / "c", lang)
    # through the library, on the day it happened: `packet log` refuses a date after the clock's today (r19)
    packet.log_reply(root, at=datetime(2026, 12, 2, 10), kind="acknowledged",
                     summary="Email acknowledgement, ref 88213", today=date(2026, 12, 2))
    out = _run("status", root, "--as-of", "2026-12-20", "--follow-up", "--json")
    assert out.exit_code == 0, out.output
    text = " ".join(_text(tmp_path / "c-followup.pdf"))
    assert said.replace(" ", "") in text.replace(" ", ""), text
    assert not_said.replace(" ", "") not in text.replace(" ", ""), text


def test_the_follow_up_without_a_reply_says_none_came(tmp_path) -> None:
    root = _sent_case(tmp_path / "c", "en")
    out = _run("status", root, "--as-of", "2026-12-20", "--follow-up")
    assert out.exit_code == 0, out.output
    text = " ".join(_text(tmp_path / "c-followup.pdf"))
    assert "As of 20 December 2026 I have not received one." in text and "acknowledged" not in text


# --- init: the country ------------------------------------------------------------------------------------------

def _uk_payslip(root: Path) -> Path:
    text_pdf(root / "payslip-nov.pdf", [[
        "Pinefield Care Ltd", "Payslip", "Employee: Sarah Whitfield", "Pay period: November 2026",
        "Gross pay: £1,303.33", "Net pay: £1,184.20", "Paid to sort code 20-11-33", "12 Mill Lane, Stockport SK4 2PL"]])
    return root


def test_init_without_a_terminal_writes_the_country_the_documents_show_and_status_gives_its_route(tmp_path) -> None:
    root = _uk_payslip(tmp_path / "c")
    out = _run("init", root, "--json")
    assert out.exit_code == 0, out.output
    said = json.loads(out.stdout)
    assert said["country"] == "GB" and said["country_from"] == "documents" and "sort code" in said["country_clues"]
    toml = (root / "packet.toml").read_text(encoding="utf-8")
    assert 'country = "GB"' in toml
    with (root / "packet.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[sent]]\nat = 2026-12-01T09:00:00\nvia = "email"\n')
    status = " ".join(_run("status", root, "--as-of", "2026-12-20", "--lang", "en").output.split())
    assert "Complaint route (GB)" in status and "no country-specific rule" not in status, status
    assert "Financial Ombudsman Service" in status or "formal complaint" in status


def test_init_country_flag_takes_a_name_or_code_and_refuses_anything_else(tmp_path) -> None:
    out = _run("init", tmp_path / "a", "--json", "--country", "UK")
    assert out.exit_code == 0 and json.loads(out.stdout)["country"] == "GB", out.output
    assert 'country = "GB"' in (tmp_path / "a" / "packet.toml").read_text(encoding="utf-8")
    bad = _run("init", tmp_path / "b", "--json", "--country", "Narnia")
    assert bad.exit_code == 2 and json.loads(bad.stdout)["code"] == "usage", bad.output
    assert not (tmp_path / "b" / "packet.toml").exists()
    for typed in ("XX", "zz"):  # two letters are not yet a country (a trial's --country XX was written as given)
        two = _run("init", tmp_path / f"x{typed}", "--json", "--country", typed)
        assert two.exit_code == 2 and json.loads(two.stdout)["code"] == "usage", two.output
        assert not (tmp_path / f"x{typed}" / "packet.toml").exists()
    for typed, code in (("Germany", "DE"), ("deu", "DE"), ("nz", "NZ")):  # the ISO 3166-1 list, beyond packet's own
        out = _run("init", tmp_path / f"ok{typed}", "--json", "--country", typed)
        assert out.exit_code == 0 and json.loads(out.stdout)["country"] == code, out.output
    none = _run("init", tmp_path / "d", "--json")  # no documents, no flag: nothing guessed, the key left commented
    assert json.loads(none.stdout)["country"] is None
    assert '# country = ""' in (tmp_path / "d" / "packet.toml").read_text(encoding="utf-8")


# --- the zh letter -------------------------------------------------------------------------------------------

def _build_zh(tmp_path: Path, bill_total: str, statement: str | None = None) -> list[str]:
    built = zh_case(tmp_path)
    docs = tuple(dataclasses.replace(d, fields={**d.fields, "total": bill_total}) if d.type == "medical_bill" else d
                 for d in built.report.documents)
    case = built.case
    if statement is not None:
        case = dataclasses.replace(case, request=dataclasses.replace(case.request, statement=statement))
    report = dataclasses.replace(built.report, documents=docs)
    res = build_packet(report, case, load_checklist(case.request.checklist),
                       BuildOptions(output=tmp_path / "out" / "p.pdf"), as_of=AS_OF)
    return _text(res.files[0])


def test_the_zh_letter_says_large_only_when_the_bills_are_large_against_the_income(tmp_path) -> None:
    # the payslip shows 8,560.00 a month: a year's income 102,720.00, 10% of it 10,272.00
    small = _build_zh(tmp_path / "small", "1201.00")[0]
    assert "本人因疾病治疗产生医疗费用" in small and "大额" not in small, small
    large = _build_zh(tmp_path / "large", "12000.00")[0]
    assert "本人因疾病治疗产生大额医疗费用" in large, large


def test_an_illness_without_a_bill_enclosed_claims_no_cost_of_treatment(tmp_path) -> None:
    """A trial's UK case (NHS: no bill, a GP letter) had its letter speak of "the cost of medical treatment"."""
    built = zh_case(tmp_path)
    docs = tuple(dataclasses.replace(d, type="other", fields={}) if d.type == "medical_bill" else d
                 for d in built.report.documents)
    for lang, cost, said in (("zh", "医疗费用", "本人因疾病，收入减少"), ("en", "cost of medical treatment",
                                                                   "illness has reduced what I can pay")):
        case = dataclasses.replace(built.case, request=dataclasses.replace(built.case.request, language=lang))
        res = build_packet(dataclasses.replace(built.report, documents=docs), case,
                           load_checklist(case.request.checklist),
                           BuildOptions(output=tmp_path / lang / "p.pdf", force=True), as_of=AS_OF)
        first = " ".join(_text(res.files[0])[0].split())
        assert said in first and cost not in first.split("My circumstances")[0].split("情况说明")[0], first


def test_the_zh_letter_never_leaves_the_closing_alone_on_a_page(tmp_path) -> None:
    # a statement of this length ends the body near the foot of page 1: the closing block no longer fits there
    # (before: page 2 held only 请贵司…答复 / 此致 / 敬礼 / the signature)
    pages = _build_zh(tmp_path, "1201.00", "本人于 2026 年 9 月确诊住院，至今仍在治疗，收入减少一半。" * 12)
    on = next(p for p in pages if "此致" in p)
    assert "申请人（签名）" in on and "请贵司于收到本申请之日起" in on
    body = on.split("请贵司于收到本申请之日起")[0]  # the band's line comes first in the page's text
    assert "附件" in body or "附录" in body or "尚待补交" in body or "困难情况说明" in body, on


# --- init: the month it began --------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "statement", "since", "written"), [
    ("en", "My hours were cut from 37 to 20 a week in September.", "2026-09",
     "My hours were cut from 37 to 20 a week in September."),  # names the month: left as written
    ("en", "My hours were cut and I live on Universal Credit", "2026-09",
     "My hours were cut and I live on Universal Credit. This began in September 2026."),
    ("zh", "住院手术后收入下降。", "2026-06", "住院手术后收入下降。（自2026年6月起）"),
    ("zh", "今年6月住院手术后收入下降。", "2026-06", "今年6月住院手术后收入下降。"),
], ids=["en-named", "en-added", "zh-added", "zh-named"])
def test_init_says_the_month_it_began_in_the_letters_words(tmp_path, lang, statement, since, written) -> None:
    import packet

    packet.init_case(tmp_path / "c", lang, {"statement": statement, "since": since, "kind": "reduce"})
    assert packet.open_case(tmp_path / "c")[0].request.statement == written
