"""What a new user's trial (r18) found said wrong after the build, each tested as a user meets it: the command line
with stdin /dev/null (and --json), the built PDFs opened and their text read.

1. The follow-up letter says what the first letter said and asked, read from the PDF sent (not the case file now),
   and a date only where the lender can check it; a follow-up with no way to reply warns.
3. The letter's missing way to reply: one warning, said alike by check, build and batch.
5. ``packet batch`` rows carry letter_warnings (JSON, CSV, table).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import cli as _cli
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent

TOML = '''[applicant]
name = "{name}"
{contact}
[lender]
name = "{lender}"
contract_number = "HT-2026-001"
[request]
language = "{lang}"
kind = "stop"
[plan]
outstanding = "3000.00"
monthly_payment = "100.00"
first_payment = "{first}"
'''


def _program(*args: str) -> subprocess.CompletedProcess:
    """The program itself, stdin /dev/null, as a script or a user's terminal without input runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "250"}
    env.pop("PACKET_LANG", None)
    return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=env)




def _case(tmp_path: Path, lang: str, first: str, contact: str = "") -> Path:
    folder = tmp_path / f"case-{lang}"
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML.format(
        name="李娜" if lang == "zh" else "Ann Lee", lender="安心消费金融" if lang == "zh" else "Acme Loans", lang=lang,
        first=first, contact=contact), encoding="utf-8")
    return folder


def _text(pdf: Path, lang: str = "zh") -> str:
    """The PDF's text; its lines joined without a space for zh, with one for en."""
    return ("" if lang == "zh" else " ").join(p.extract_text() for p in PdfReader(pdf).pages).replace(
        "\n", "" if lang == "zh" else " ")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _sent_and_followed_up(folder: Path, via: str, follow_on: str, *extra: str) -> subprocess.CompletedProcess:
    done = _cli("sent", str(folder), "--via", via, "--at", "2026-11-02", *extra)
    assert done.returncode == 0, done.stderr
    return _cli("status", str(folder), "--follow-up", "--as-of", follow_on)


def test_a_follow_up_after_a_plan_was_dropped_does_not_say_a_plan_was_proposed_nor_a_date_never_given(tmp_path):
    """zh, the first payment past: build --force wrote a letter with no plan (it asked to agree one), posted without a
    recorded delivery. The follow-up said 附还款计划 and 于2026年11月23日前 (packet's own 7 days for the post + 14):
    a plan and a date the lender never saw."""
    folder = _case(tmp_path, "zh", "2026-10-01", 'phone = "139 1234 5678"')
    built = _program("build", str(folder), "--force", "--as-of", "2026-11-01")
    assert built.returncode == 0, built.stderr
    done = _sent_and_followed_up(folder, "post", "2026-12-10", "--tracking", "SF1234567890")
    assert done.returncode == 0, done.stderr
    text = _text(folder.parent / f"{folder.name}-followup.pdf")
    assert "还款计划" in text and "附还款计划" not in text and "协商还款计划" in text, text
    assert "收到申请之日起 14 日内" in text, text
    assert "11月23日" not in text and "11月22日" not in text and "11月16日" not in text, text  # no date made up
    assert "快递单号 SF1234567890" in text and "联系电话：139 1234 5678" in text, text  # a way to reply


@pytest.mark.parametrize("delivered, said", [
    ("2026-11-05", "该申请已于2026年11月5日送达贵司，答复期限为2026年11月19日"),  # the tracking's day, + 14
])
def test_a_posted_zh_request_with_its_delivery_recorded_names_that_day_and_the_date_it_sets(tmp_path, delivered, said):
    folder = _case(tmp_path, "zh", "2026-12-15", 'email = "li@example.org"')
    assert _cli("build", str(folder), "--force", "--as-of", "2026-11-01").returncode == 0
    assert _cli("sent", str(folder), "--via", "post", "--at", "2026-11-02").returncode == 0
    assert _cli("sent", str(folder), "--delivered", delivered).returncode == 0
    done = _cli("status", str(folder), "--follow-up", "--as-of", "2026-12-10")
    assert done.returncode == 0, done.stderr
    text = _text(folder.parent / f"{folder.name}-followup.pdf")
    assert said in text and "附还款计划" in text, text


def test_the_follow_up_reads_what_was_sent_not_the_case_file_rebuilt_since(tmp_path):
    """en: the letter sent had its plan (dated 1 Nov, a reply asked by 15 Nov: 14 days of its date); then the person
    emptied [plan] and built again (the sent PDF was kept aside). The follow-up still refers to the letter sent."""
    folder = _case(tmp_path, "en", "2026-12-15", 'email = "ann@example.org"')
    assert _cli("build", str(folder), "--force", "--as-of", "2026-11-01").returncode == 0
    assert _cli("sent", str(folder), "--via", "email", "--at", "2026-11-02").returncode == 0
    toml = folder / "packet.toml"
    toml.write_text(re.sub(r"\[plan\][^\[]*", "", toml.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    rebuilt = _cli("build", str(folder), "--force", "--as-of", "2026-11-03")
    assert rebuilt.returncode == 0 and "kept as" in rebuilt.stdout, rebuilt.stdout + rebuilt.stderr
    done = _cli("status", str(folder), "--follow-up", "--as-of", "2026-12-10")
    assert done.returncode == 0, done.stderr
    text = _flat(_text(folder.parent / f"{folder.name}-followup.pdf", "en"))
    assert "with a proposed repayment plan" in text, text
    assert "dated 1 November 2026" in text and "by 15 November 2026" in text, text


def test_a_follow_up_without_the_sent_file_claims_no_plan_and_no_date(tmp_path):
    folder = _case(tmp_path, "en", "2026-12-15", 'email = "ann@example.org"')
    assert _cli("build", str(folder), "--force", "--as-of", "2026-11-01").returncode == 0
    assert _cli("sent", str(folder), "--via", "email", "--at", "2026-11-02").returncode == 0
    (folder.parent / f"{folder.name}-packet.pdf").unlink()  # deleted: what it said is not known
    assert _cli("status", str(folder), "--follow-up", "--as-of", "2026-12-10").returncode == 0
    text = _flat(_text(folder.parent / f"{folder.name}-followup.pdf", "en"))
    assert "repayment plan" not in text and "November 2026 I have" not in text, text
    assert "within 14 days of its date" in text, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_way_to_reply_is_one_warning_in_check_build_follow_up_and_batch(tmp_path, lang):
    """The trial: check said "would be stronger", the page listed it in red as a need, build said nothing, and the
    follow-up (which carries none either) said nothing. One sentence everywhere (packet.reply_warning)."""
    import packet

    folder = _case(tmp_path, lang, "2026-12-15")
    def bare(text: str) -> str:  # no spaces at all: the terminal's wrapping of a Chinese line adds some
        return re.sub(r"\s+", "", text)

    warning = bare(packet.reply_warning(lang))
    checked = _program("check", str(folder), "--as-of", "2026-11-01")
    assert warning in bare(checked.stdout), checked.stdout
    assert "would be stronger" not in checked.stdout or "email, phone or address" not in checked.stdout.split(
        "would be stronger")[1]
    built = _cli("build", str(folder), "--force", "--as-of", "2026-11-01")
    assert built.returncode == 0 and warning in bare(built.stdout), built.stdout
    assert _cli("sent", str(folder), "--via", "post", "--at", "2026-11-02").returncode == 0
    done = _cli("status", str(folder), "--follow-up", "--as-of", "2026-12-10")
    assert bare(packet.reply_warning(lang, letter="follow-up")) in bare(done.stdout), done.stdout
    as_json = json.loads(_cli("status", str(folder), "--as-of", "2026-12-10", "--follow-up", "--json").stdout)
    assert as_json["follow_up_warnings"] == ["reply"]
    # batch: the row carries letter_warnings in JSON, CSV (a column added last) and the table
    rows = json.loads(_cli("batch", str(tmp_path), "--json", "--as-of", "2026-11-01").stdout)["cases"]
    assert rows[0]["letter_warnings"].split(", ")[0] == "reply"
    out = tmp_path.parent / f"{tmp_path.name}-queue.csv"
    table = _cli("batch", str(tmp_path), "--csv", str(out), "--as-of", "2026-11-01").stdout
    assert "letter: no way to reply" in table, table  # batch speaks the locale's language (C: en)
    with out.open(encoding="utf-8-sig") as fh:
        head, first = list(csv.reader(fh))[:2]
    # letter_warnings keeps its place (17th) after the columns before it; name_mismatches and other_person (round 19)
    # come after it
    at = head.index("letter_warnings")
    assert at == 16 and first[at].startswith("reply") and head[:16] == list(packet.BATCH_COLUMNS)[:16]
    assert head[17:] == ["name_mismatches", "other_person"] and first[18] == ""


NOTE = ("Gave them sort code 20-11-33 acct 12345678 and IBAN GB82 WEST 1234 5698 7654 32; US: routing 021000021 "
        "account 123456789012; 账号是 110123456789，卡号为 8888 1234 5678。They called from 0800 123 4567 on "
        "2026-11-20 at 14:30 about £1,250.00; next payment 20-12-26.")


def test_account_numbers_typed_into_a_log_note_are_masked_by_shape_and_the_lenders_figures_stay(tmp_path):
    """r18: 'sort code 20-11-33 acct 12345678' stayed whole in the log, its JSON and the page (IDs, cards, NI numbers
    were masked by shape). An account after its branch's routing code (UK sort code, US ABA number), an IBAN, a
    Chinese 账号/卡号 (also after 是/为) are masked to their last four; the lender's phone number, dates, times and
    amounts stay whole."""
    from packet.core.masking import aba_ok

    assert aba_ok("021000021") and aba_ok("011000015") and not aba_ok("021000022") and not aba_ok("000000000")
    folder = _case(tmp_path, "en", "2026-12-15", 'email = "ann@example.org"')
    logged = _cli("log", str(folder), "--at", "2026-11-20T14:30", "--summary", NOTE, "--json")
    assert logged.returncode == 0, logged.stdout + logged.stderr
    listed = _cli("log", str(folder), "--list", "--json")
    for said in (logged.stdout, listed.stdout):
        for whole in ("12345678", "1234 5698 7654 32", "123456789012", "110123456789", "8888 1234 5678"):
            assert whole not in said, (whole, said)
        for masked in ("acct ****5678", "account ****9012", "账号是 ****6789", "卡号为 ****5678"):
            assert masked in said, (masked, said)
        for kept in ("20-11-33", "021000021", "0800 123 4567", "2026-11-20", "14:30", "£1,250.00", "20-12-26"):
            assert kept in said, (kept, said)


def test_of_two_files_with_the_same_bytes_the_one_not_named_as_a_copy_counts(tmp_path):
    """A trial: "payslip-sep (1).pdf" (a second download) sorts before "payslip-sep.pdf", and check counted the copy
    and told the person the original was the duplicate."""
    import json
    import shutil
    import subprocess
    import sys

    from conftest import ROOT, SAMPLES

    letter = SAMPLES / "en-job-loss" / "redundancy-letter.pdf"
    shutil.copy(letter, tmp_path / "letter.pdf")
    shutil.copy(letter, tmp_path / "letter (1).pdf")
    out = subprocess.run([sys.executable, "-m", "packet", "check", str(tmp_path), "--json", "--as-of", "2026-11-20"],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=ROOT, timeout=120)
    docs = {d["path"]: d for d in json.loads(out.stdout)["documents"]}
    assert any(p["code"] == "duplicate" for p in docs["letter (1).pdf"]["problems"]), docs
    assert not any(p["code"] == "duplicate" for p in docs["letter.pdf"]["problems"]), docs
