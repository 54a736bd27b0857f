"""The rough edges new users hit, each as they met it: a file added by mistake on the page (taken out of the case,
never deleted, nothing outside the case touched), ``status --follow-up`` before anything was sent (a usage matter,
not a broken case file), a packet.toml whose value mistakes hid behind a later syntax mistake (now listed in the
same round), ``init`` taking a month to come and the README's example lender without a word (now a warning), the
page's missing-document advice naming the folder and packet.toml (now the page's own controls), and the log's
channel codes shown raw (now in the user's language; --json keeps the codes).

Real parts: the CLI as a user runs it, the page's routes through Starlette's client with its CSRF token, PDFs made
with reportlab, packet.toml files written here."""

from __future__ import annotations

import json
import random
import shutil
import time
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf
from starlette.testclient import TestClient

import packet
from packet.case.casefile import load_case, parse_case
from packet.cli import cli
from packet.core.errors import CaseFileError
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate
from packet.web import Settings, create_apps
from tests.conftest import SAMPLES, init_on_terminal
from tests.test_evaluate import AS_OF, FULL_STATEMENTS, case, payslip, statement

SAMPLE = SAMPLES / "en-job-loss"


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def _new_case(tmp_path: Path, lang: str = "en") -> Path:
    folder = tmp_path / "case"
    packet.init_case(folder, lang, {"name": "Ann Lee", "lender": "Northfield Credit Ltd", "contract_number": "NFC-1",
                                    "hardship": "unemployment", "kind": "reduce"})
    return folder


# --- 1. the page: a file added by mistake ------------------------------------------------------------------------

@pytest.fixture
def site(tmp_path):
    cases = tmp_path / "cases"
    folder = cases / "Loan"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE / "redundancy-letter.pdf", folder / "redundancy-letter.pdf")
    (folder / "packet.toml").write_text((SAMPLE / "packet.toml").read_text(encoding="utf-8"), encoding="utf-8")
    text_pdf(folder / "holiday" / "shopping list.pdf", [["Shopping list", "milk, eggs, bread"]])
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF-1.4 not the case's")
    settings = Settings(cases=cases, as_of=date(2026, 11, 20))
    app, _phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    client.get(f"/?s={settings.secret}")
    yield folder, client, web, outside
    _settle(web)
    web.jobs.shutdown(wait=True)


def _settle(web, name: str = "Loan") -> None:
    deadline = time.monotonic() + 120
    while web.jobs.busy(name) and time.monotonic() < deadline:
        time.sleep(0.2)


def test_a_file_added_by_mistake_is_taken_out_of_the_case_and_kept(site):
    folder, client, web, _outside = site
    toml = folder / "packet.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[passwords]\n"holiday/shopping list.pdf" = "1234"\n\n'
                    '[[redact]]  # the list\nfile = "holiday/shopping list.pdf"\ntext = "milk"\n', encoding="utf-8")
    web.jobs.submit("Loan", "check", "en")
    _settle(web)
    page = client.get("/case/Loan").text
    assert 'action="/case/Loan/remove"' in page and 'value="holiday/shopping list.pdf"' in page
    r = client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "holiday/shopping list.pdf"})
    assert r.status_code == 200
    assert not (folder / "holiday" / "shopping list.pdf").exists()
    kept = folder / ".removed" / "holiday" / "shopping list.pdf"
    assert kept.read_bytes()[:5] == b"%PDF-"  # moved, not deleted
    assert "was taken out of the case" in r.text and ".removed/holiday/shopping list.pdf" in r.text
    assert "nothing was deleted" in r.text and "password given for it) was taken out too" in r.text
    # what packet.toml said of the file went with it (a case file naming a file that is gone would not load)
    text = toml.read_text(encoding="utf-8")
    assert "shopping list" not in text and "# Hardship application: Daniel Okafor" in text
    assert load_case(folder).passwords == {}
    _settle(web)  # the check that follows no longer reads it (a hidden folder)
    rels = [d.document.rel for d in web.jobs.runs["Loan"].report.documents]
    assert rels == ["redundancy-letter.pdf"], rels
    # the same name again: kept beside the first, never over it
    text_pdf(folder / "holiday" / "shopping list.pdf", [["Another list"]])
    client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "holiday/shopping list.pdf"})
    assert (folder / ".removed" / "holiday" / "shopping list (2).pdf").is_file() and kept.is_file()


def test_in_chinese_the_page_says_where_the_file_went(site):
    folder, client, web, _outside = site
    client.cookies.set("packet_lang", "zh")
    r = client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "holiday/shopping list.pdf"})
    assert "已移出本案件" in r.text and "没有删除任何文件" in r.text and ".removed" in r.text
    assert (folder / ".removed" / "holiday" / "shopping list.pdf").is_file()


def test_remove_touches_nothing_outside_the_case_and_asks_for_the_form_token(site, tmp_path):
    folder, client, web, outside = site
    (folder / "out-link.pdf").symlink_to(outside)  # a link inside the case to a file outside it
    (folder / "linked-dir").symlink_to(tmp_path)  # a folder link out of the case
    before = outside.read_bytes()
    for bad in ("../../outside.pdf", str(outside), "/etc/hostname", "packet.toml", ".removed/x.pdf", "holiday",
                "linked-dir/outside.pdf", "nope.pdf", "", "holiday/../../../outside.pdf", "..\\outside.pdf"):
        r = client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": bad}, follow_redirects=False)
        key = parse_qs(urlsplit(r.headers["location"]).query)["n"][0]  # the server keeps what the page says
        said = " ".join(" ".join(v) for v in web.notices_by_key(key).values())
        assert r.status_code == 303 and "nothing was moved" in said, bad
    assert outside.read_bytes() == before and (tmp_path / "outside.pdf").is_file()
    assert (folder / "packet.toml").is_file() and (folder / "holiday" / "shopping list.pdf").is_file()
    r = client.post("/case/Loan/remove", data={"csrf": "guess", "path": "redundancy-letter.pdf"},
                    follow_redirects=False)
    assert r.status_code == 403 and (folder / "redundancy-letter.pdf").is_file()
    r = client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "redundancy-letter.pdf"},
                    headers={"origin": "http://evil.example"}, follow_redirects=False)
    assert r.status_code == 403 and (folder / "redundancy-letter.pdf").is_file()
    # the link itself is taken out; what it points to stays as it was
    client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "out-link.pdf"}, follow_redirects=False)
    moved = folder / ".removed" / "out-link.pdf"
    assert moved.is_symlink() and not (folder / "out-link.pdf").exists() and outside.read_bytes() == before


# --- 2. status --follow-up before anything was sent --------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_follow_up_before_sending_is_a_usage_matter_that_says_to_send_first(tmp_path, lang):
    folder = _new_case(tmp_path, lang)
    r = run("status", folder, "--follow-up", "--json", "--as-of", "2026-12-01")
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["code"] == "usage" and data["exit_code"] == 2, r.stdout
    assert f"packet sent {folder}" in data["hint"]
    assert ("Send the packet first" if lang == "en" else "请先发送申请材料") in data["hint"]
    assert not list(tmp_path.glob("*followup*"))


# --- 3. packet.toml: every mistake in one round, a syntax one among them -----------------------------------------

# value mistakes (a line, the line that fixes it) and syntax mistakes (the same), each in its own section's lines
VALUE = [("applicant", 'nmae = "Ola Berg"', 'name = "Ola Berg"'),
         ("applicant", 'email = "ola at home"', 'email = "ola@example.org"'),
         ("lender", 'emial = "care@fjord.example"', 'email = "care@fjord.example"'),
         ("request", 'kind = "pause"', 'kind = "stop"'),
         ("request", 'hardship = "sick"', 'hardship = "medical"'),
         ("plan", 'first_payment = "2027-02-30"', 'first_payment = 2027-02-28')]
SYNTAX = [("applicant", 'phone = 07700 900123', 'phone = "07700 900123"'),
          ("lender", 'name = Fjord Lending', 'name = "Fjord Lending"'),
          ("request", 'statement = "lost my job', 'statement = "lost my job"'),
          ("plan", 'outstanding = 3,900.00', 'outstanding = "3900.00"'),
          ("lender", 'contract_number = NFC 1', 'contract_number = "NFC 1"')]
SECTIONS = ("applicant", "lender", "request", "plan")


def _file(picked: list[tuple[str, str, str]], fixed: set[int]) -> tuple[str, dict[int, int]]:
    """The text of a packet.toml holding ``picked`` mistakes (fixed where their index is in ``fixed``), and the line
    of each mistake by its index."""
    lines, where = [], {}
    for section in SECTIONS:
        lines.append(f"[{section}]")
        if section == "request":
            lines.append('language = "en"')
        for i, (sec, bad, good) in enumerate(picked):
            if sec == section:
                lines.append(good if i in fixed else bad)
                where[len(lines)] = i
    return "\n".join(lines) + "\n", where


@pytest.mark.parametrize("seed", range(12))
def test_value_mistakes_before_a_syntax_mistake_come_in_the_same_round(tmp_path, seed):
    rng = random.Random(seed)
    picked = rng.sample(VALUE, rng.randint(1, 3)) + rng.sample(SYNTAX, rng.randint(1, 2))
    text, where = _file(picked, set())
    with pytest.raises(CaseFileError) as err:
        parse_case(tmp_path, text.encode())
    listed = {line for line, _message in err.value.problems}
    assert listed == set(where), (listed, sorted(where), err.value.message)
    # one round: fixing exactly what was listed leaves a file that loads
    parse_case(tmp_path, _file(picked, {where[n] for n in listed})[0].encode())


def test_a_key_set_aside_for_its_syntax_is_not_also_reported_missing(tmp_path):
    # first_payment is unreadable: "monthly_payment also needs first_payment" would not be the user's mistake
    text = ('[applicant]\nnmae = "Ola"\n[plan]\noutstanding = "3900.00"\nmonthly_payment = "100.00"\n'
            'first_payment = 2027-02-30x\n')
    with pytest.raises(CaseFileError) as err:
        parse_case(tmp_path, text.encode())
    assert [line for line, _m in err.value.problems] == [2, 6], err.value.message


def test_check_lists_them_together_in_chinese(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "packet.toml").write_text('[request]\nlanguage = "zh"\nkind = "暂停"\n[plan]\noutstanding = 3,900\n',
                                        encoding="utf-8")
    r = run("check", folder, "--json", "--no-cache")
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["code"] == "case-file"
    assert [p["line"] for p in data["problems"]] == [3, 5] and "2 处问题" in data["error"]


# --- 4. init: a month to come, the README's example lender ------------------------------------------------------

def test_init_warnings_name_a_month_to_come_and_the_readmes_example_values():
    w = packet.init_warnings("en", {"since": "2027-03", "lender": "某某消费金融", "name": "Ann Lee"}, date(2026, 12, 1))
    assert set(w) == {"since", "lender"}
    assert "2027-03 is after this month (2026-12)" in w["since"]
    assert "example from packet's README" in w["lender"] and "[lender] name" in w["lender"]
    assert packet.init_warnings("en", {"since": "2026-12", "lender": "Northfield Credit"}, date(2026, 12, 1)) == {}
    zh = packet.init_warnings("zh", {"contract_number": "JK20250312001", "since": "2030-01-15"}, date(2026, 12, 1))
    assert set(zh) == {"contract_number", "since"} and "示例" in zh["contract_number"]
    # a first payment long past or years ahead is a typo (a trial's form took year 0007)
    assert "first_payment" in packet.init_warnings("en", {"first_payment": "0007-02-02"}, date(2026, 12, 1))
    assert "first_payment" in packet.init_warnings("zh", {"first_payment": "2072-01-15"}, date(2026, 12, 1))
    assert packet.init_warnings("en", {"first_payment": "2027-01-15"}, date(2026, 12, 1)) == {}
    # the example's name is a real, common name: said only beside another of the example's values
    assert packet.init_warnings("zh", {"name": "张伟", "lender": "招联消费金融有限公司"}, date(2026, 12, 1)) == {}
    both = packet.init_warnings("zh", {"name": "张伟", "lender": "某某消费金融"}, date(2026, 12, 1))
    assert set(both) == {"name", "lender"}


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_on_a_terminal_warns_but_keeps_the_answers(tmp_path):
    answers = "Ann Lee\n某某消费金融\nAX-2025-88\n\nunemployment\n2099-06\nI lost my job.\nreduce\n\n\n\n\n\n\n"
    out = init_on_terminal(tmp_path / 'c', answers, "en")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Note: “某某消费金融” is the example from packet's README" in out.stdout
    assert "Note: 2099-06 is after this month" in out.stdout
    case_ = load_case(tmp_path / "c")  # written as answered: a warning, not a refusal
    assert case_.lender.name == "某某消费金融" and "June 2099" in case_.request.statement


def test_new_case_form_warns_on_the_case_page(site):
    _folder, client, web, _outside = site
    r = client.post("/new", data={"csrf": web.csrf, "folder": "Second", "name": "Ann Lee", "lender": "某某消费金融",
                                  "since": "2099-01", "language": "en", "kind": "reduce"})
    assert r.status_code == 200 and "Second" in r.url.path
    assert "example from packet&#39;s README" in r.text and "2099-01 is after this month" in r.text
    # the page's own forms mend them (round 18: it said to delete the case and make it again)
    assert "change it under “The request and the plan” on this page" in r.text
    assert "write yours in its place under “Details for the letter” on this page" in r.text
    notices = " ".join(x.split("</p>")[0] for x in r.text.split('class="notice warn"')[1:])
    assert "delete this case" not in notices.lower(), notices
    assert "packet.toml" not in notices, notices  # the page's own way, not a file to edit
    _settle(web, "Second")


# --- 5. the page's advice names the page's controls ------------------------------------------------------------

def _page_report(docs, lang="en"):
    c = case()  # the English checklist; the messages in ``lang``
    return evaluate(docs, (), c, load_checklist(c.request.checklist), AS_OF, lang=lang, surface="page")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_missing_advice_on_the_page_says_what_to_do_on_the_page(lang):
    folder, toml = ("folder", "packet.toml") if lang == "en" else ("文件夹", "packet.toml")
    gap = _page_report([payslip("2026-09"), payslip("2026-10"), FULL_STATEMENTS[0],
                        statement("2026-10-01", "2026-10-20")], lang)
    unread = _page_report([payslip("2026-09"), payslip("2026-10", net=None), *FULL_STATEMENTS], lang)
    future = _page_report([payslip("2026-09"), payslip("2026-10"), payslip("2026-12", rel="p12.pdf"),
                           *FULL_STATEMENTS], lang)
    texts = [m.message for r in (gap, unread) for m in r.missing]
    texts += [p.message for d in future.documents for p in d.problems if p.code == "future-date"]
    assert len(texts) == 3, texts
    for text in texts:
        assert folder not in text and toml not in text and "--as-of" not in text, text
    assert ("“Add documents”" if lang == "en" else "“添加材料”") in texts[0]
    assert ("“correct”" if lang == "en" else "“更正”") in texts[1] and ("“correct”" if lang == "en" else "“更正”") in texts[2]
    # the terminal keeps its own words
    c = case()
    cli_unread = evaluate([payslip("2026-09"), payslip("2026-10", net=None), *FULL_STATEMENTS], (), c,
                          load_checklist(c.request.checklist), AS_OF, lang=lang)
    assert "packet.toml" in cli_unread.missing[0].message


# --- 6. the log in the user's language ----------------------------------------------------------------------------

def test_log_remove_and_the_page_name_the_channel_in_the_users_language(site):
    folder, client, web, _outside = site
    packet.log_contact(folder, at=datetime(2026, 11, 2, 10, 0), channel="visit", with_="branch", summary="went in")
    packet.log_reply(folder, at=datetime(2026, 11, 3, 10, 0), kind="refused", summary="no")
    client.cookies.set("packet_lang", "zh")
    page = client.get("/case/Loan").text
    entries = page.split('id="entries"')[1].split("</ol>")[0]
    assert "面谈/上门" in entries and "拒绝" in entries and ">visit<" not in entries and "refused" not in entries
    rows = packet.log_entries(folder)
    n = next(i for i, (table, _, _v) in enumerate(rows, 1) if table == "reply")
    r = run("log", folder, "--remove", n, "--lang", "zh")
    assert r.exit_code == 0 and "答复：拒绝" in r.stdout and "reply" not in r.stdout, r.stdout
    rows = packet.log_entries(folder)
    n = next(i for i, (_t, _, v) in enumerate(rows, 1) if v.get("channel") == "visit")
    r = run("log", folder, "--remove", n, "--lang", "en")
    assert "(Visit, 2026-11-02 10:00)" in r.stdout, r.stdout
    packet.log_contact(folder, at=datetime(2026, 11, 4, 10, 0), channel="letter", summary="wrote to them")
    n = next(i for i, (_t, _, v) in enumerate(packet.log_entries(folder), 1) if v.get("channel") == "letter")
    r = run("log", folder, "--remove", n, "--json")
    assert json.loads(r.stdout)["removed"]["channel"] == "letter"  # the code stays in --json


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_says_when_a_monthly_payment_cannot_go_into_the_plan(tmp_path):
    """A trial typed 1500 a month and skipped the date: packet.toml kept it as a comment and init said nothing."""
    answers = "Ann Lee\nNorthfield Credit\nNF-2025-1\n\nunemployment\n2026-06\nI lost my job.\nreduce\n\n150\n\n\n\n\n\n"
    out = init_on_terminal(tmp_path / 'c', answers, "en")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Your monthly payment (150) is not in the letter yet" in out.stdout, out.stdout
    assert load_case(tmp_path / "c").plan.is_empty
