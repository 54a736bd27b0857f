"""init, log, sent, status and the CLI's behaviour: language, one JSON error object, exit codes, Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES
from pypdf import PdfReader

import packet
from packet.case.casefile import load_case
from packet.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def filled(tmp_path: Path, extra: str = "", lang: str = "en") -> Path:
    case = tmp_path / "case"
    packet.init_case(case, lang, {"name": "Ann Lee", "lender": "Northfield Credit Ltd", "contract_number": "NFC-1",
                                  "lender_email": "hardship@northfield.example", "kind": "stop",
                                  "outstanding": "£4,200", "monthly_payment": "100", "first_payment": "2027-01-31"})
    if extra:
        with open(case / "packet.toml", "a", encoding="utf-8") as fh:
            fh.write(extra)
    return case


# --- init -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_init_off_a_terminal_writes_a_template_with_no_values(tmp_path, lang):
    result = run("init", tmp_path / "c", "--lang", lang)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "c" / "packet.toml").read_text(encoding="utf-8")
    assert text.startswith("#") and ("的案件信息" in text) == (lang == "zh")
    case = load_case(tmp_path / "c")  # the loader accepts what init writes
    assert case.applicant.name is None and case.lender.name is None and case.lender.contract_number is None
    assert case.plan.is_empty and case.request.statement is None and case.request.language == lang
    for example in ("张伟", "某某", "2026", "Daniel"):
        assert example not in text
    again = run("init", tmp_path / "c")
    assert again.exit_code == 2 and "never overwrites" in again.output
    assert (tmp_path / "c" / "packet.toml").read_text(encoding="utf-8") == text


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_on_a_terminal_asks_and_writes_the_answers(tmp_path):
    answers = ("李秀英\n安信消费金融有限公司\nAX2025031200458\n\nmedical\n2026-06\n住院手术后收入下降。\nstop\n"
               "36000\n1500\n2027-02-15\n\n\n\n\n")  # … where the reply goes (3) and the country: Enter
    cmd = f"{sys.executable} -m packet init {tmp_path / 'c'} --lang zh"
    out = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "您的姓名" in out.stdout and "贷款机构名称" in out.stdout
    case = load_case(tmp_path / "c")
    assert case.applicant.name == "李秀英" and case.lender.contract_number == "AX2025031200458"
    assert case.request.hardship == "medical" and "2026年6月" in case.request.statement
    assert case.plan.monthly_payment == 1500 and case.plan.first_payment == date(2027, 2, 15)
    assert case.request.currency is None  # zh: CNY by default, nothing written


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_on_a_terminal_asks_again_in_plain_words_for_a_bad_email_choice_or_amount(tmp_path):
    # before: the bad address was taken, and after the last question init stopped (exit 2) writing nothing
    answers = ("李秀英\n安信消费金融有限公司\nAX2025031200458\nnot-an-email\nloans@anxin.example\n7\nmedical\n2026-06\n"
               "住院手术后收入下降。\nstop\n\n0\n\n\n\n\n\n")  # … where the reply goes (3), the country: Enter
    cmd = f"{sys.executable} -m packet init {tmp_path / 'c'} --lang zh"
    out = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "一个电子邮箱，例如 name@example.com" in out.stdout
    assert "1 到 4 之间的数字" in out.stdout and "unemployment |" not in out.stdout  # a choice: the number, in Chinese
    assert "大于 0 的金额" in out.stdout  # 0 a month: not "write it as an amount", it is one
    case = load_case(tmp_path / "c")
    assert case.lender.email == "loans@anxin.example" and case.request.hardship == "medical"


def test_init_answers_check_an_email_address():
    from packet.case.init_file import QUESTIONS, check_answer

    q = next(q for q in QUESTIONS if q.key == "lender_email")
    assert check_answer(q, " loans@anxin.example ") == "loans@anxin.example"
    for bad in ("not-an-email", "a@b.example, c@d.example", "a b@c.example"):
        with pytest.raises(ValueError):
            check_answer(q, bad)


def test_init_on_a_terminal_offers_the_name_the_documents_show(tmp_path, sample_case):
    """In a folder that already holds documents, init reads them first and offers the applicant's name they
    show: Enter keeps it (the check that follows reads nothing twice: the OCR cache holds the pages)."""

    case = tmp_path / "c"
    shutil.copytree(sample_case("en-job-loss"), case)
    (case / "packet.toml").unlink()
    assert packet.names_on_documents(case)[0] == "Daniel Okafor"
    answers = "\nNorthfield Credit Ltd\nNFC-7734-2291\n\n1\n2026-09\nI was made redundant.\n2\n\n\n\n\n\n\n"
    cmd = f"{sys.executable} -m packet init {case} --lang en"
    out = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                         timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "[Daniel Okafor]" in out.stdout
    c = load_case(case)
    assert c.applicant.name == "Daniel Okafor" and c.request.hardship == "unemployment" and c.request.kind == "reduce"


# --- log and sent ---------------------------------------------------------------------------------------------

def test_log_keeps_comments_validates_and_removes(tmp_path):
    case = filled(tmp_path, "\n# my own note: called twice\n")
    before = (case / "packet.toml").read_text(encoding="utf-8")
    r = run("log", case, "--at", "2026-11-25T10:30", "--with", "Priya 1234", "--said", "Asked for a pause",
            "--promised", "Call back", "--next", "Wait for email")
    assert r.exit_code == 0, r.output
    r = run("log", case, "--reply", "acknowledged", "--at", "2026-11-26", "--summary", "Received")
    assert r.exit_code == 0, r.output
    text = (case / "packet.toml").read_text(encoding="utf-8")
    assert text.startswith(before) and "# my own note: called twice" in text and "# your full name" in text
    c = load_case(case)
    assert c.contacts[0].said == "Asked for a pause" and c.contacts[0].next_step == "Wait for email"
    assert c.replies[0].kind == "acknowledged"
    bad = run("log", case, "--reply", "maybe")
    assert bad.exit_code == 2 and "maybe" in bad.output
    bad = run("log", case, "--at", "yesterday", "--json")
    assert bad.exit_code == 2 and json.loads(bad.stdout.splitlines()[0])["code"] == "usage"
    assert (case / "packet.toml").read_text(encoding="utf-8") == text
    listing = run("log", case, "--list")
    assert " 1. 2026-11-25 10:30  Phone" in listing.output and " 2. 2026-11-26" in listing.output
    assert run("log", case, "--remove", "1").exit_code == 0
    c = load_case(case)
    assert not c.contacts and len(c.replies) == 1
    assert "# my own note: called twice" in (case / "packet.toml").read_text(encoding="utf-8")
    assert run("log", case, "--remove", "5").exit_code == 2
    assert not list(case.glob(".*tmp"))  # the lock file stays (hidden, never a document: case_edit._locked)


def test_log_masks_an_id_or_card_number_whose_check_digit_is_wrong(tmp_path):
    """A resident ID with a wrong check digit (interface.md's own example, 110101199003071234) and a card number that
    fails Luhn, typed in a contact note, stayed whole in `log --list --json` (a new user's trial, r17): anything of
    their shape is masked where packet writes."""
    case = filled(tmp_path)
    said = "Gave my ID 110101199003071234 and card 6222 0212 3456 7890 123"
    r = run("log", case, "--at", "2026-11-25T10:30", "--said", said, "--json")
    assert r.exit_code == 0, r.output
    for out in (json.loads(r.stdout)["logged"]["said"], json.loads(run("log", case, "--list", "--json").stdout)[0]["said"],
                run("log", case, "--list").output):
        assert "110101199003071234" not in out and "0212 3456" not in out, out
        assert "****1234" in out and "****0123" in out, out
    assert load_case(case).contacts[0].said == said


def test_log_shows_identity_card_and_account_numbers_masked_and_keeps_them_typed(tmp_path):
    """interface.md, "Masking": the terminal and JSON too. A trial echoed a card, an account and an NI number
    whole from `log --json` and `log --list`."""
    case = filled(tmp_path)
    said = "Card 4929 1234 5678 9015 and account number 41234567 and NI AB123456C"
    r = run("log", case, "--at", "2026-11-25T10:30", "--with", "agent 5678", "--said", said, "--json")
    assert r.exit_code == 0, r.output
    logged = json.loads(r.stdout)["logged"]
    for out in (logged["said"], json.loads(run("log", case, "--list", "--json").stdout)[0]["said"],
                run("log", case, "--list").output):
        assert "4929 1234 5678 9015" not in out and "41234567" not in out and "AB123456C" not in out, out
        assert "4567" in out and "9015" in out
    assert logged["with"] == "agent 5678"  # a short number is no account
    assert load_case(case).contacts[0].said == said  # packet.toml keeps what was typed
    removed = run("log", case, "--remove", "1", "--json")
    assert "41234567" not in removed.stdout and json.loads(removed.stdout)["removed"]["said"]
    # status shows the lender's answers as log does (a trial saw `status` print the card `log` had masked)
    r = run("log", case, "--reply", "refused", "--at", "2026-11-26", "--summary", "quoted card 4929 1234 5678 9015")
    assert r.exit_code == 0, r.output
    for args in (("status", case, "--as-of", "2026-11-30"), ("status", case, "--as-of", "2026-11-30", "--json")):
        out = run(*args).output
        assert "4929 1234 5678 9015" not in out and "9015" in out, out


def test_commands_packet_tells_people_to_run_can_be_pasted_when_the_folder_has_a_space(tmp_path, monkeypatch):
    """A trial pasted `packet sent cases/f-滥用 abuse case` as printed: "Got unexpected extra arguments"."""
    import shlex

    monkeypatch.chdir(tmp_path)
    case = tmp_path / "李娜 手机照片"
    packet.init_case(case, "en", {"name": "Ann Lee", "lender": "Northfield Credit Ltd", "contract_number": "NFC-1",
                                  "kind": "stop"})
    r = run("log", case, "--reply", "acknowledged", "--at", "2026-11-26", "--summary", "Received")
    assert r.exit_code == 0, r.output
    assert "packet status '李娜 手机照片'" in r.output
    r = run("sent", case, "--via", "email")
    assert r.exit_code == 2
    assert "packet build '李娜 手机照片'" in r.output
    line = next(x for x in r.output.splitlines() if "packet build" in x)
    command = line[line.index("packet build"):].split(",")[0]
    assert shlex.split(command) == ["packet", "build", "李娜 手机照片"]
    r = run("log", case)  # nothing to record: the example it gives can be pasted (a trial's "my mortgage")
    assert r.exit_code == 2 and "packet log '李娜 手机照片' --channel phone" in r.output, r.output
    with open(case / "packet.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[[sent]]\nat = 2026-11-20T09:00:00\nvia = "email"\n')
    r = run("status", case, "--as-of", "2026-11-25", "--follow-up")  # before the deadline
    assert r.exit_code == 2 and "packet status '李娜 手机照片' --follow-up" in r.output, r.output


def test_commands_run_at_once_on_one_case_each_record_their_entry(tmp_path):
    """Six `packet log` processes started together on one case file: each waits its turn, each says it recorded
    its contact, and all six are in packet.toml (a trial: four said so, two were lost; two more were refused)."""
    case = filled(tmp_path)
    procs = [subprocess.Popen([sys.executable, "-m", "packet", "log", str(case), "--with", f"agent {i}",
                               "--said", f"call {i}", "--json"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for i in range(6)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, outs
    withs = sorted(c.with_ for c in load_case(case).contacts)
    assert withs == [f"agent {i}" for i in range(6)], withs


def test_an_invalid_case_file_is_never_edited(tmp_path):
    case = filled(tmp_path, "\n[oops]\nx = 1\n")
    before = (case / "packet.toml").read_bytes()
    r = run("log", case, "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["code"] == "case-file"
    assert (case / "packet.toml").read_bytes() == before


def test_sent_records_the_hash(tmp_path):
    import hashlib

    case = filled(tmp_path)
    pdf = tmp_path / "case-packet.pdf"
    pdf.write_bytes(b"%PDF-1.4 pretend")
    r = run("sent", case, "--via", "post", "--tracking", "RR123456789GB", "--at", "2026-11-20T09:00")
    assert r.exit_code == 0, r.output
    (s,) = load_case(case).sent
    assert s.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest() and s.via == "post"
    assert s.tracking == "RR123456789GB" and s.file == "../case-packet.pdf" and s.at == datetime(2026, 11, 20, 9)
    assert run("sent", case, "--file", tmp_path / "nothing.pdf").exit_code == 2


def test_building_again_keeps_the_pdf_recorded_as_sent(tmp_path):
    """A trial's adviser script built again after `packet sent` (a new contact for the appendix): the PDF the lender
    has was replaced without a word. It is moved aside first, named with the day it was sent, and the build says so."""
    import hashlib

    case = filled(tmp_path)
    pdf = tmp_path / "case-packet.pdf"
    assert run("build", case, "--force", "--as-of", "2026-11-20").exit_code == 0
    sent_bytes = pdf.read_bytes()
    assert run("sent", case, "--via", "email", "--at", "2026-11-21T09:00").exit_code == 0
    assert run("log", case, "--at", "2026-11-25T10:00", "--said", "Called about the request").exit_code == 0
    r = run("build", case, "--force", "--as-of", "2026-11-26", "--json")
    assert r.exit_code == 0, r.output
    kept = tmp_path / "case-packet-sent-2026-11-21.pdf"
    assert json.loads(r.stdout)["build"]["kept_sent"] == str(kept)
    assert kept.read_bytes() == sent_bytes and hashlib.sha256(kept.read_bytes()).hexdigest() == load_case(case).sent[0].sha256
    assert pdf.read_bytes() != sent_bytes
    r = run("build", case, "--force", "--as-of", "2026-11-26")  # the new PDF was never sent: replaced, nothing kept
    assert r.exit_code == 0 and "kept as" not in r.output and not (tmp_path / "case-packet-sent-2026-11-21-2.pdf").exists()
    # status says it too (it was only the page that did): the PDF there now is not the one the lender has
    st = run("status", case, "--as-of", "2026-11-26", "--json")
    assert st.exit_code == 0 and json.loads(st.stdout)["sent_copy_kept"] == [str(kept)], st.output
    text = " ".join(run("status", case, "--as-of", "2026-11-26", "--lang", "en").output.split())
    assert "differs from the one you sent" in text and kept.name in text, text


# --- status ----------------------------------------------------------------------------------------------------

def test_status_deadline_across_a_month_end_and_the_uk_route(tmp_path):
    case = filled(tmp_path, '\n[[sent]]\nat = 2026-12-20T09:00:00\nvia = "email"\n')
    text = (case / "packet.toml").read_text(encoding="utf-8").replace('language = "en"', 'language = "en"\ncountry = "GB"')
    (case / "packet.toml").write_text(text, encoding="utf-8")
    _, st = packet.case_status(case, date(2027, 1, 3))
    assert st.deadline == date(2027, 1, 3) and not st.overdue and "Wait" in st.next  # 20 Dec + 14 days
    _, st = packet.case_status(case, date(2027, 1, 4))
    assert st.overdue and "follow-up" in st.next and st.steps[0].opens == date(2027, 1, 4)
    packet.record_sent(case, _pdf(tmp_path), via="email", at=datetime(2027, 1, 5, 9), follow_up=True,
                       today=date(2027, 1, 5))  # a day after the clock's: the test lives then
    _, st = packet.case_status(case, date(2027, 3, 2))
    fos = st.steps[1]
    assert fos.opens == date(2027, 3, 2) and fos.open_now and "Financial Ombudsman" in st.next  # 5 Jan + 8 weeks
    assert "DISP 1.6.2R" in fos.source
    packet.log_reply(case, at=datetime(2026, 8, 31, 12), kind="other")  # before sending: not an answer
    packet.log_reply(case, at=datetime(2027, 8, 31, 12), kind="final-response", today=date(2027, 8, 31))
    _, st = packet.case_status(case, date(2027, 9, 1))
    assert not any("no written reply" in s.text.lower() for s in st.steps)  # it answered: that path is over
    last = next(s for s in st.steps if "DISP 2.8.2R" in s.source)
    assert last.until == date(2028, 2, 29) and last.open_now  # 31 Aug + 6 months: the end of February (leap)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_after_a_refusal_status_moves_on_and_no_follow_up_claims_silence(tmp_path, lang):
    """A refusal is an answer: the 'no reply' steps and letter no longer apply; the next step says what to do."""
    case = filled(tmp_path, '\n[[sent]]\nat = 2026-11-01T09:00:00\nvia = "post"\n', lang=lang)
    packet.log_reply(case, at=datetime(2026, 11, 30, 12), kind="refused", summary="declined")
    for today in (date(2026, 12, 20), date(2027, 3, 1)):
        _, st = packet.case_status(case, today)
        assert st.outcome == "refused"
        assert not any("no written reply" in s.text.lower() or "未获书面答复" in s.text for s in st.steps)
        assert ("complain" in st.next.lower()) if lang == "en" else ("投诉" in st.next)
    with pytest.raises(packet.PacketError) as err:
        packet.follow_up(case, date(2026, 12, 20))
    assert "2026-11-30" in err.value.message and not list(tmp_path.glob("*followup*.pdf"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_follow_up_before_the_reply_deadline_has_passed(tmp_path, lang):
    """A new user's trial: sent today, `status --follow-up` wrote a letter saying no reply came and asking that it
    be treated as a formal complaint, 14 days early. Until the deadline has passed it is a usage error that says
    when to come back; the day after, the letter is written."""
    case = filled(tmp_path, '\n[[sent]]\nat = 2026-11-20T09:00:00\nvia = "email"\n', lang=lang)
    for today in ("2026-11-20", "2026-12-04"):  # the day of sending, and the deadline itself (20 Nov + 14 days)
        r = run("status", case, "--as-of", today, "--follow-up", "--json")
        assert r.exit_code == 2 and not r.stderr, r.output
        data = json.loads(r.stdout)
        assert data["code"] == "usage" and "2026-12-04" in data["error"] and "2026-12-05" in data["hint"], data
        assert not list(tmp_path.glob("*followup*"))
    r = run("status", case, "--as-of", "2026-12-05", "--follow-up", "--json")
    assert r.exit_code == 0, r.output
    assert [Path(f).suffix for f in json.loads(r.stdout)["files"]] == [".pdf", ".eml"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_contact_that_says_nothing_is_not_recorded(tmp_path, lang):
    """A new user's trial: `packet log DIR`, meant to show the log, recorded an empty phone contact that would
    have gone into the lender's appendix. Now a usage error saying what to add and how to see the log."""
    case = filled(tmp_path, lang=lang)
    before = (case / "packet.toml").read_bytes()
    r = run("log", case, "--json")
    assert r.exit_code == 2 and not r.stderr, r.output
    data = json.loads(r.stdout)
    assert data["code"] == "usage" and "--list" in data["hint"] and "--said" in data["hint"], data
    assert (case / "packet.toml").read_bytes() == before
    assert run("log", case, "--channel", "email", "--summary", " ").exit_code == 2
    assert run("log", case, "--with", "Agent 7").exit_code == 0 and len(packet.log_entries(case)) == 1


def _pdf(tmp_path: Path) -> Path:
    p = tmp_path / "sent-followup.pdf"
    p.write_bytes(b"%PDF-1.4 follow-up")
    return p


@pytest.mark.parametrize(("lang", "country", "words"), [
    ("zh", None, ("12378", "投诉")), ("en", "US", ("consumerfinance.gov/complaint",)), ("en", "GB", ("Formal", ))])
def test_status_names_the_route_of_the_country_and_writes_the_follow_up(tmp_path, lang, country, words):
    case = filled(tmp_path, '\n[[sent]]\nat = 2026-11-20T09:00:00\nvia = "email"\n', lang=lang)
    if country:
        text = (case / "packet.toml").read_text(encoding="utf-8").replace("[request]", f'[request]\ncountry = "{country}"')
        (case / "packet.toml").write_text(text, encoding="utf-8")
    packet.record_sent(case, _pdf(tmp_path), via="email", at=datetime(2026, 12, 10, 9), follow_up=True,
                       today=date(2026, 12, 10))
    r = run("status", case, "--as-of", "2027-01-20", "--follow-up", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["deadline"] == "2026-12-04" and data["overdue"] is True
    joined = " ".join(s["text"] for s in data["steps"])
    assert all(w.lower() in joined.lower() for w in words), joined
    assert all(s["source"] for s in data["steps"])
    pdf = Path(data["files"][0])
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    # no file recorded with the sending: what the letter said is not known, so no date is claimed for it (r18: a date
    # the lender can check, read from the PDF sent; tests/test_flow_r18.py)
    assert ("未收到书面答复" in text) if lang == "zh" else ("formal complaint" in text and "4 December 2026" not in text)
    assert "Ann Lee" in text and "NFC-1" in text
    eml = pdf.with_suffix(".eml").read_text(encoding="utf-8", errors="replace")
    assert "X-Unsent: 1" in eml


# --- the CLI: language, JSON errors, exit codes --------------------------------------------------------------------

def test_options_after_the_subcommand_and_lang(tmp_path):
    r = run("checklists", "-v", "--quiet", "--lang", "zh")
    assert r.exit_code == 0
    r = run("check", tmp_path / "none", "--lang", "zh")
    assert r.exit_code == 2 and "找不到文件夹" in r.output
    r = run("check", tmp_path / "none", "--bogus", "--lang", "zh")
    assert r.exit_code == 2 and "没有这个选项：--bogus" in r.output and "No such option" not in r.output
    r = run("--lang", "zh", "check", tmp_path / "none", "--jobs", "0")
    assert r.exit_code == 2 and "的值无效" in r.output
    r = run("check", tmp_path / "none", env={"PACKET_LANG": "zh"})
    assert "找不到文件夹" in r.output
    r = run("check", tmp_path / "none", "--lang", "en", env={"PACKET_LANG": "zh"})
    assert "No such folder" in r.output


def test_json_error_object_for_a_bad_value_a_case_file_and_an_internal_error(tmp_path, monkeypatch):
    keys = {"error", "code", "hint", "exit_code"}
    r = run("check", tmp_path, "--as-of", "20/11/2026", "--json")
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and set(data) == keys and data["code"] == "usage" and "20/11/2026" in data["error"]
    (tmp_path / "packet.toml").write_text("[request]\nkind = \"pause\"\n", encoding="utf-8")
    r = run("check", tmp_path, "--json")
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["code"] == "case-file" and "line 2" in data["error"]
    r = run("check", tmp_path / "nope", "--json")
    assert json.loads(r.stdout)["code"] == "no-such-folder"

    def boom(*_a, **_k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(packet, "check", boom)
    r = run("check", tmp_path, "--json")
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["code"] == "internal" and "kaboom" in data["error"] and "Traceback" not in r.output


def test_build_refuses_a_letter_without_lender_with_code_not_ready(tmp_path):
    case = tmp_path / "c"
    case.mkdir()
    r = run("build", case, "--json", "--as-of", "2026-11-20")
    data = json.loads(r.stdout)
    assert r.exit_code == 1 and data["code"] == "not-ready" and data["ready"] is False
    assert data["letter_needs"] == ["applicant.name", "lender.name", "lender.contract_number"]
    assert "[lender] contract_number" in data["error"] and "packet init" in data["hint"]
    assert not list(tmp_path.glob("*.pdf"))


def test_files_title_and_inclusion(tmp_path):
    case = tmp_path / "en"
    shutil.copytree(SAMPLES / "en-job-loss", case)
    with open(case / "packet.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[files]\n"bills/irwell-energy-bill-2026-10.pdf" = { type = "other", include = true, '
                 'title = "Energy bill, October 2026" }\n')
    run_ = packet.check(case, packet.CheckOptions(as_of=date(2026, 11, 20), jobs=2))
    bill = next(d for d in run_.report.documents if d.document.rel.startswith("bills/"))
    assert bill.included and bill.title == "Energy bill, October 2026"
    from packet.assembly.exhibits import order_exhibits

    descs = [e.description for e in order_exhibits(run_.report, "en", run_.checklist)]
    assert "Energy bill, October 2026" in descs and not any("irwell" in d for d in descs)


def test_amounts_with_a_currency_mark_are_accepted(tmp_path):
    c = load_case(filled(tmp_path))
    assert c.plan.outstanding == 4200 and c.request.currency == "GBP"


@pytest.mark.slow
def test_ctrl_c_exits_130_and_leaves_nothing_half_written(tmp_path):
    case = tmp_path / "zh"
    shutil.copytree(SAMPLES / "zh-medical-stop", case)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKET_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PACKET_LANG", None)  # the case's language speaks: a Chinese case is told in Chinese (a trial)
    proc = subprocess.Popen([sys.executable, "-m", "packet", "build", str(case), "--force", "--no-cache", "--json",
                             "-o", str(tmp_path / "out.pdf"), "--as-of", "2026-11-20"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            # Ctrl-C as at a terminal: a test runner's worker may ignore SIGINT, and an ignored signal
                            # stays ignored in its children (the build then finished, and serve never stopped)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()  # never leave a build running after the test
        proc.communicate()
        raise
    assert proc.returncode == 130, err
    said = json.loads(out)
    assert said["code"] == "interrupted" and "已停止" in said["error"] and "再运行同一条命令" in said["hint"], said
    assert "Traceback" not in err and "已停止" not in err  # with --json the object says it, stderr does not
    assert not (tmp_path / "out.pdf").exists() and not list(tmp_path.glob(".*tmp"))


def test_init_choices_accept_the_number_or_the_word_in_either_language():
    """A Chinese user types 医疗 or 2, not the case file's English value."""
    from packet.case.init_file import QUESTIONS, check_answer

    q = {x.key: x for x in QUESTIONS}
    assert [check_answer(q["hardship"], a) for a in ("医疗", "2", "medical", "Medical")] == ["medical"] * 4
    assert [check_answer(q["kind"], a) for a in ("缓催", "2", "reduce")] == ["reduce"] * 3
    assert check_answer(q["kind"], "") == ""
    with pytest.raises(ValueError, match="1 stop | 2 reduce"):
        check_answer(q["kind"], "pause")


def test_without_packet_toml_the_documents_language_picks_the_checklist(tmp_path, sample_case):
    """No case file and no language asked for: Chinese documents are checked against the Chinese checklist even on
    an English locale, English ones against the English checklist on a Chinese locale; --lang still wins."""
    zh, en = tmp_path / "zh", tmp_path / "en"
    zh.mkdir()
    en.mkdir()
    # a born-digital document of each sample is enough to tell the language (the whole cases, scans and photos
    # read by OCR, took a minute of the suite for the same answer)
    for src, dst in ((sample_case("zh-medical-stop") / "工资" / "工资单_2026年08月.pdf", zh),
                     (sample_case("zh-medical-stop") / "流水" / "京港银行交易明细_20260501-20260731.pdf", zh),
                     (sample_case("en-job-loss") / "redundancy-letter.pdf", en),
                     (sample_case("en-job-loss") / "statements" / "pennine-statement-2026-09.pdf", en)):
        shutil.copy(src, dst)
    got = json.loads(run("check", zh, "--json", "--as-of", "2026-11-20",
                         env={"PACKET_LANG": None, "LC_ALL": "C.UTF-8"}).stdout)
    assert got["checklist"] == "zh-stop-collection" and any(m["type"] == "payslip" for m in got["missing"]), got
    got = json.loads(run("check", en, "--json", "--as-of", "2026-11-20",
                         env={"PACKET_LANG": None, "LC_ALL": "zh_CN.UTF-8"}).stdout)
    assert got["checklist"] == "en-hardship"
    got = json.loads(run("check", zh, "--json", "--lang", "en", "--as-of", "2026-11-20").stdout)
    assert got["checklist"] == "en-hardship"  # asked for: the user's choice is kept


@pytest.mark.parametrize("args", [("log", "--with", "agent 12", "--said", "will call back"), ("log", "--list"),
                                  ("log", "--remove", "1"), ("sent", "--via", "post")],
                         ids=["log", "log-list", "log-remove", "sent"])
def test_log_and_sent_do_not_read_or_replace_a_case_file_linked_from_outside(tmp_path, args):
    # check refuses a packet.toml that links outside the case folder; log and sent read it and swapped the link
    # for a copy of the outside file with the entry added
    elsewhere = filled(tmp_path, '\n[[contact]]\nat = 2026-11-20T10:00:00\nwith = "agent 7"\n')
    outside = elsewhere / "packet.toml"
    before = outside.read_bytes()
    case = tmp_path / "linked"
    case.mkdir()
    (case / "packet.toml").symlink_to(outside)
    (tmp_path / "linked-packet.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = run(args[0], case, *args[1:], "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "link to a file outside the case folder" in result.output and "agent 7" not in result.output
    assert (case / "packet.toml").is_symlink() and outside.read_bytes() == before


@pytest.mark.parametrize("lang,said,promised,nxt", [
    ("en", "Said: will pass it to the hardship team", "Promised: no calls for 14 days", "Next step: wait for the letter"),
    ("zh", "对方表示：会转交困难客户组", "承诺：14 天内不再致电", "下一步：等待书面答复")])
def test_contact_log_appendix_shows_what_was_said_promised_and_next(tmp_path, lang, said, promised, nxt):
    # `packet log --said/--promised/--next` (the README's way to log a call) left the appendix's column empty ("—")
    case = filled(tmp_path, lang=lang)
    values = [v.split("：" if lang == "zh" else ": ", 1)[1] for v in (said, promised, nxt)]
    logged = run("log", case, "--with", "agent 1234", "--said", values[0], "--promised", values[1], "--next", values[2])
    assert logged.exit_code == 0, logged.output
    out = tmp_path / "out.pdf"
    built = run("build", case, "--force", "-o", out, "--no-cache")
    assert built.exit_code == 0, built.output
    appendix = "".join(PdfReader(out).pages[-1].extract_text().split())
    for text in (said, promised, nxt):
        assert "".join(text.split()) in appendix, (text, appendix)


def test_status_before_sending_names_the_built_packet_instead_of_asking_to_build_it(tmp_path):
    case = filled(tmp_path)
    before = run("status", case, "--lang", "en")
    assert before.exit_code == 0 and "Build the packet" in before.output, before.output
    built = run("build", case, "--force", "--no-cache", "--lang", "en")
    assert built.exit_code == 0, built.output
    after = run("status", case, "--lang", "en")
    assert "case-packet.pdf is built" in after.output and "Build the packet" not in after.output, after.output
    assert "packet sent" in after.output
    zh = run("status", case, "--lang", "zh")
    assert "case-packet.pdf 已经生成" in zh.output, zh.output


def test_a_split_that_cannot_fit_the_letter_says_so_in_the_message_language_with_the_right_advice(tmp_path):
    # a Chinese letter (its font embedded) cannot go under 100KB with a part cover: the message followed the
    # letter's language instead of --lang, read "0.1 MB, more than 0.1 MB" and said to scan a document again
    import random

    from PIL import Image

    case = filled(tmp_path, lang="zh")
    rng = random.Random(7)  # a small scan of noise: an exhibit smaller than the letter, together over 100KB
    Image.frombytes("L", (250, 250), bytes(rng.choice((0, 255)) for _ in range(250 * 250))).save(
        case / "scan.png", dpi=(150, 150))
    (case / "packet.toml").write_text((case / "packet.toml").read_text(encoding="utf-8") +
                                      '\n[files]\n"scan.png" = { type = "other", include = true, title = "扫描件" }\n',
                                      encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = run("build", case, "--force", "--no-cache", "--max-size", "100KB", "--split", "-o", out, "--lang", "en",
                 "--json")
    assert result.exit_code == 2, result.output
    data = json.loads(result.stdout)
    assert data["code"] == "output" and data["error"].startswith("申请书、附件目录 alone is"), data
    assert "(100 KB)" in data["error"] and " KB;" in data["error"] and "0.1 MB" not in data["error"], data
    assert data["hint"].startswith("Raise --max-size") and "Scan" not in data["hint"], data
    assert not list(tmp_path.glob("out*.pdf"))


def test_follow_up_refusing_to_overwrite_a_foreign_file_speaks_the_lang_asked_for(tmp_path):
    # the follow-up's output check spoke the letter's language (zh) although --lang en was given
    case = filled(tmp_path, '\n[[sent]]\nat = 2026-11-20T09:00:00\nvia = "email"\n', lang="zh")
    mine = tmp_path / "case-followup.pdf"
    mine.write_bytes(b"my own notes, not a packet\n")
    r = run("status", case, "--as-of", "2027-01-20", "--follow-up", "--lang", "en")
    assert r.exit_code == 2, r.output
    assert "Will not overwrite" in r.output and not re.search(r"[\u4e00-\u9fff]", r.output.replace(str(tmp_path), "")), r.output
    assert mine.read_bytes() == b"my own notes, not a packet\n"



def test_a_bad_date_on_a_chinese_case_is_said_in_chinese_alone(tmp_path):
    """A new user's trial: '--as-of' 的值无效：'2026-13-45' is not a date … — two languages in one line."""
    case = filled(tmp_path, lang="zh")
    r = run("check", case, "--as-of", "2026-13-45", env={"PACKET_LANG": ""})
    assert r.exit_code == 2
    assert "不是有效日期" in r.output and "is not a date" not in r.output, r.output


def test_a_chinese_word_for_a_choice_is_told_which_english_value_means_it(tmp_path):
    """A new user's trial: `kind = "停催"` in a Chinese case file was told to use one of "stop, reduce"."""
    case = filled(tmp_path, lang="zh")
    text = (case / "packet.toml").read_text(encoding="utf-8")
    (case / "packet.toml").write_text(re.sub(r'(?m)^kind = .*$', 'kind = "停催"', text), encoding="utf-8")
    r = run("check", case, "--json", env={"PACKET_LANG": ""})
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["code"] == "case-file"
    assert '"stop"（停催' in data["error"] and '"reduce"（缓催' in data["error"], data["error"]


def test_init_writes_the_language_check_reads_the_documents_in(tmp_path):
    """A trial: on an English machine, check read a folder of Chinese documents as Chinese and said to run init;
    init wrote language = "en" from the locale, and every document then read as "other"."""
    from fixtures_reading import BILL_ZH, text_pdf

    case = tmp_path / "材料"
    text_pdf(case / "bill.pdf", [BILL_ZH], cjk=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("PACKET_LANG", None)
    out = subprocess.run([sys.executable, "-m", "packet", "init", str(case), "--json"], capture_output=True, text=True,
                         timeout=300, env=env, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stdout + out.stderr
    assert load_case(case).language == "zh"
    en = tmp_path / "docs"
    text_pdf(en / "slip.pdf", [["ACME LTD PAYSLIP", "Employee: Ann Lee", "Pay period 2026-10", "Net pay 1,234.56"]])
    out = subprocess.run([sys.executable, "-m", "packet", "init", str(en), "--json"], capture_output=True, text=True,
                         timeout=300, env={**env, "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"},
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stdout + out.stderr
    assert load_case(en).language == "en"


def test_init_asks_again_for_a_year_no_plan_or_hardship_is_in():
    """A trial answered 0027-01-15 (for 2027): init warned once, wrote it, and the letter offered payments "from 15
    January 27". A year outside 2000-2099 is asked again, for the plan's first payment and the hardship's month."""
    from packet.case.init_file import QUESTIONS, check_answer

    first = next(q for q in QUESTIONS if q.key == "first_payment")
    since = next(q for q in QUESTIONS if q.key == "since")
    assert check_answer(first, "2027-01-15") == "2027-01-15" and check_answer(since, "2026年6月") == "2026-06"
    for q, bad in ((first, "0027-01-15"), (first, "2207-01-15"), (since, "0027-01-15"), (since, "1926-06")):
        with pytest.raises(ValueError):
            check_answer(q, bad)
