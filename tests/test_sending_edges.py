"""What a new-user trial of round 2's sending steps found (r17 trial 5): `packet sent .` inside the case folder, a
delivery day in the future, on an email, or with options that describe a sending; the plan's message naming only
what is missing; a damaged file's message without a library's error text. Real case files and the CLI in a child
process (stdin /dev/null, as a script runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from packet.reading.file_formats import unreadable_message

TOML = '''[applicant]
name = "Ann Lee"
email = "a@example.org"
[lender]
name = "Acme Loans"
contract_number = "HT-1"
[request]
language = "en"
'''


def _cli(*args: str, cwd=None):
    return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, text=True, cwd=cwd,
                          stdin=subprocess.DEVNULL, env={**os.environ, "PACKET_LANG": "en"})


@pytest.fixture
def folder(tmp_path):
    case = tmp_path / "loan"
    case.mkdir()
    (case / "packet.toml").write_text(TOML, encoding="utf-8")
    (tmp_path / "loan-packet.pdf").write_bytes(b"%PDF-1.4\n% built\n")
    return case


def test_sent_inside_the_case_folder_finds_the_packet_build_wrote_beside_it(folder):
    r = _cli("sent", ".", "--via", "post", "--at", "2026-11-02T10:00", "--json", cwd=folder)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["sent"]["file"].endswith("loan-packet.pdf")


def test_a_delivery_day_is_refused_in_the_future_on_an_email_or_beside_a_sending_s_options(folder):
    assert _cli("sent", str(folder), "--via", "email", "--at", "2026-11-02T10:00").returncode == 0
    before = (folder / "packet.toml").read_bytes()
    r = _cli("sent", str(folder), "--delivered", "2026-11-04")
    assert r.returncode == 2 and "not by post" in r.stderr, r.stderr  # an email arrives the day it is sent
    assert _cli("sent", str(folder), "--via", "post", "--at", "2026-11-03T10:00", "--again").returncode == 0
    before = (folder / "packet.toml").read_bytes()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    r = _cli("sent", str(folder), "--delivered", tomorrow)
    assert r.returncode == 2 and "has not come yet" in r.stderr, r.stderr
    r = _cli("sent", str(folder), "--delivered", "2026-11-05", "--tracking", "RR1GB", "--json")
    assert r.returncode == 2 and "--tracking" in json.loads(r.stdout)["error"], r.stdout
    assert (folder / "packet.toml").read_bytes() == before  # nothing written by any refusal
    assert _cli("sent", str(folder), "--delivered", "2026-11-05").returncode == 0
    assert "delivered = 2026-11-05" in (folder / "packet.toml").read_text(encoding="utf-8")


def test_a_monthly_payment_s_message_names_only_what_is_missing(folder):
    (folder / "packet.toml").write_text(TOML + '[plan]\nmonthly_payment = "100"\nfirst_payment = 2027-01-05\n',
                                        encoding="utf-8")
    r = _cli("check", str(folder), "--json")
    assert r.returncode == 2
    said = json.dumps(json.loads(r.stdout), ensure_ascii=False)
    assert "also needs outstanding" in said and "first_payment (the first date)" not in said, said


def test_a_damaged_file_is_named_without_a_library_s_error_text():
    said = unreadable_message("en", "scan.jpg", "page 1: OSError: image file is truncated (2 bytes not processed)")
    assert said.startswith("scan.jpg is damaged or incomplete (page 1).") and "OSError" not in said
    assert "Error" not in unreadable_message("zh", "scan.jpg", "OSError: broken data stream")
    assert "(the file ends too early)" in unreadable_message("en", "a.pdf", "the file ends too early")
