"""What a new user's trial (r19) found in the process around the packet, each tested as a user meets it (the command
line with no input; the page through its own forms).

1. A packet built before the case changed is not offered as the one to send, nor recorded as sent unconfirmed: the
   build keeps a fingerprint of what it was built from (packet.case.fingerprint).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_inprocess import cli as _cli
from pypdf import PdfReader

AS_OF = "2026-12-01"
TOML = '''[applicant]
name = "Ann Lee"
email = "ann@example.com"
[lender]
name = "Acme Loans"
contract_number = "HT-2026-001"
[request]
language = "en"
kind = "stop"
'''




def _text_pdf(path: Path, *lines: str) -> Path:
    """A born-digital PDF holding ``lines`` (no OCR needed to read it)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i, line in enumerate(lines):
        c.drawString(72, 720 - 18 * i, line)
    c.save()
    return path


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A case folder with one document and its packet built (forced: the checklist is not complete)."""
    folder = tmp_path / "smith"
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML, encoding="utf-8")
    _text_pdf(folder / "termination.pdf", "Notice of termination of employment",
              "Dear Ann Lee, your employment with Brook Ltd ends on 31 October 2026.")
    done = _cli("build", str(folder), "--force", "--as-of", AS_OF, "--ocr-engine", "tesseract", "--no-cache")
    assert done.returncode == 0, done.stderr
    return folder


def _status(folder: Path) -> dict:
    done = _cli("status", str(folder), "--as-of", AS_OF, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_pdf_records_what_it_was_built_from(built: Path) -> None:
    meta = PdfReader(built.parent / "smith-packet.pdf").metadata
    record = json.loads(str(meta["/PacketSource"]))
    assert len(record["files"]) == 1 and len(record["case_file"]) == 64
    # the file's name stays out of the PDF the lender gets: only digests
    assert "termination" not in str(meta) and all(len(k) == 32 for k in record["files"])
    assert _status(built)["out_of_date"] is None


@pytest.mark.parametrize("change", ["added", "removed", "changed", "toml"])
def test_a_changed_case_makes_the_pdf_out_of_date(built: Path, change: str) -> None:
    if change == "added":
        _text_pdf(built / "statement.pdf", "Bank statement October 2026")
    elif change == "removed":
        (built / "termination.pdf").unlink()
    elif change == "changed":
        _text_pdf(built / "termination.pdf", "Notice of termination of employment", "It ends on 30 November 2026.")
    else:  # a document re-typed: an entry under [files]
        with open(built / "packet.toml", "a", encoding="utf-8") as fh:
            fh.write('\n[files]\n"termination.pdf" = "proof_of_unemployment"\n')
    st = _status(built)
    assert st["out_of_date"] == {"added": "added statement.pdf", "removed": "removed a file",
                                 "changed": "changed termination.pdf", "toml": "packet.toml changed"}[change], st
    assert "out of date" in st["next"] and "packet build" in st["next"]
    text = _cli("status", str(built), "--as-of", AS_OF).stdout
    assert "out of date" in text


def test_sent_refuses_a_stale_pdf_unless_forced(built: Path) -> None:
    _text_pdf(built / "statement.pdf", "Bank statement October 2026")
    before = (built / "packet.toml").read_bytes()
    done = _cli("sent", str(built), "--at", "2026-11-30")
    assert done.returncode == 2
    assert "out of date" in done.stderr and "--force" in done.stderr and "Traceback" not in done.stderr
    assert (built / "packet.toml").read_bytes() == before  # nothing written
    done = _cli("sent", str(built), "--at", "2026-11-30", "--force")
    assert done.returncode == 0, done.stderr
    assert _status(built)["sent"].startswith("2026-11-30")


def test_the_log_does_not_make_the_pdf_out_of_date(built: Path) -> None:
    """``packet sent`` and ``packet log`` write packet.toml after the build: not a change of what the PDF shows."""
    assert _cli("log", str(built), "--at", "2026-11-30T10:00", "--with", "Mr Grey", "--said", "will call back").returncode == 0
    assert _cli("sent", str(built), "--at", "2026-11-30").returncode == 0
    assert _status(built)["out_of_date"] is None


def test_the_page_says_the_pdf_is_out_of_date_and_asks_before_recording_it(built: Path) -> None:
    import re
    from datetime import date

    from starlette.testclient import TestClient

    import packet
    from packet.web import Settings, create_apps

    settings = Settings(cases=built.parent, as_of=date(2026, 12, 1))
    app, _phone, web = create_apps(settings)
    try:
        client = TestClient(app, base_url="http://127.0.0.1:8765")
        r = client.get(f"/?s={settings.secret}", follow_redirects=False)
        client.get(r.headers["location"])
        page = client.get("/case/smith", headers={"accept-language": "en"}).text
        assert 'id="stale"' not in page and 'id="sent-force"' not in page
        _text_pdf(built / "statement.pdf", "Bank statement October 2026")
        page = client.get("/case/smith", headers={"accept-language": "zh"}).text
        assert 'id="stale"' in page and 'id="sent-force"' in page and "已过时" in page
        form = {"csrf": web.csrf, "what": "sent", "via": "email", "at": "2026-11-30T10:00"}
        r = client.post("/case/smith/log", data=form, headers={"accept-language": "en"})
        assert "out of date" in re.sub(r"\s+", " ", r.text) and not packet.open_case(built)[0].sent
        r = client.post("/case/smith/log", data={**form, "force": "1"}, headers={"accept-language": "en"})
        assert len(packet.open_case(built)[0].sent) == 1
    finally:
        web.jobs.shutdown(wait=True)


# --- 2. a date after today is refused (exit 2, nothing written), on the command line and the page --------------

@pytest.mark.parametrize("args", [("log", "--with", "Mr Grey", "--said", "will call back"),
                                  ("log", "--reply", "accepted"), ("sent", "--force")])
def test_a_date_after_today_is_refused(built: Path, args: tuple[str, ...]) -> None:
    from datetime import date, timedelta

    before = (built / "packet.toml").read_bytes()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    done = _cli(args[0], str(built), "--at", tomorrow, *args[1:])
    assert done.returncode == 2, done.stdout
    assert "after today" in done.stderr and "--at" in done.stderr and "Traceback" not in done.stderr
    assert (built / "packet.toml").read_bytes() == before
    assert _cli(args[0], str(built), "--at", date.today().isoformat(), *args[1:]).returncode == 0


def test_the_page_refuses_a_date_after_its_today(built: Path) -> None:
    from datetime import date

    from starlette.testclient import TestClient

    import packet
    from packet.web import Settings, create_apps

    settings = Settings(cases=built.parent, as_of=date(2026, 11, 20))
    app, _phone, web = create_apps(settings)
    try:
        client = TestClient(app, base_url="http://127.0.0.1:8765")
        r = client.get(f"/?s={settings.secret}", follow_redirects=False)
        client.get(r.headers["location"])
        assert 'value="2026-11-20T' in client.get("/case/smith", headers={"accept-language": "en"}).text
        form = {"csrf": web.csrf, "what": "contact", "with": "Mr Grey", "summary": "will call", "at": "2026-12-25T10:00"}
        r = client.post("/case/smith/log", data=form, headers={"accept-language": "zh"})
        assert "晚于今天（2026-11-20）" in r.text and "“时间”" in r.text
        assert not packet.open_case(built)[0].contacts
        r = client.post("/case/smith/log", data={**form, "at": "2026-11-20T09:00"}, headers={"accept-language": "en"})
        assert len(packet.open_case(built)[0].contacts) == 1
    finally:
        web.jobs.shutdown(wait=True)


# --- 4. a folder of case folders is not one case ---------------------------------------------------------------

@pytest.mark.parametrize("command", ["check", "build"])
def test_a_folder_of_case_folders_is_refused(tmp_path: Path, command: str) -> None:
    clients = tmp_path / "clients"
    for name in ("01 Smith", "02 Jones"):
        (clients / name).mkdir(parents=True)
        (clients / name / "packet.toml").write_text(TOML, encoding="utf-8")
        _text_pdf(clients / name / "letter.pdf", f"Letter for {name}")
    done = _cli(command, str(clients), *(["--force"] if command == "build" else []), "--json")
    assert done.returncode == 2
    err = json.loads(done.stdout)
    assert err["code"] == "usage" and "2 case folders" in err["error"]
    assert "packet batch" in err["hint"] and "'" in err["hint"]  # "01 Smith" quoted as a shell needs it
    assert not list(tmp_path.glob("*.pdf"))
    (clients / "packet.toml").write_text(TOML, encoding="utf-8")  # a case of its own: then it is read as one
    assert _cli("check", str(clients), "--json", "--ocr-engine", "tesseract").returncode in (0, 1)


# --- 5. an email address needs a dot in its domain --------------------------------------------------------------

def _site(cases: Path, as_of):
    from starlette.testclient import TestClient

    from packet.web import Settings, create_apps

    settings = Settings(cases=cases, as_of=as_of)
    app, _phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    r = client.get(f"/?s={settings.secret}", follow_redirects=False)
    client.get(r.headers["location"])
    return client, web


def test_an_email_without_a_dot_in_its_domain_is_asked_again(tmp_path: Path) -> None:
    from datetime import date

    import packet

    assert packet.letter_fact_problems("en", {"applicant.email": "wxl@qq"})
    assert not packet.letter_fact_problems("en", {"applicant.email": "wxl@qq.com"})
    (tmp_path / "cases").mkdir()
    client, web = _site(tmp_path / "cases", date(2026, 11, 20))
    try:
        form = {"csrf": web.csrf, "name": "Ann Lee", "lender": "Acme Loans", "contract_number": "AC-1", "language": "en"}
        r = client.post("/new", data={**form, "folder": "Bad", "reply_email": "wxl@qq"})
        assert r.status_code == 400 and 'id="e-reply_email"' in r.text and not (tmp_path / "cases" / "Bad").exists()
        client.post("/new", data={**form, "folder": "Good", "reply_email": "wxl@qq.com"})
        assert packet.open_case(tmp_path / "cases" / "Good")[0].applicant.email == "wxl@qq.com"
    finally:
        web.jobs.shutdown(wait=True)


# --- 3. the terminal's init asks where the lender's reply goes -------------------------------------------------

@pytest.mark.skipif(__import__("shutil").which("script") is None, reason="needs script(1) for a terminal")
def test_init_on_a_terminal_asks_where_the_reply_goes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    import packet

    root = Path(__file__).resolve().parent.parent
    # name, lender, contract, lender's email, hardship, since, statement, kind, outstanding, monthly, country; then
    # the applicant's email (a bad one first), phone, address
    answers = ("Ann Lee\nAcme Loans\nAC-77\n\n1\n2026-09\nI lost my job.\n1\n\n\nGB\n"
               "wxl@qq\nwxl@qq.com\n07700 900123\n1 High Street, Leeds LS1 1AA\n")
    cmd = f"{sys.executable} -m packet init {tmp_path / 'c'} --lang en"
    out = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Your email" in out.stdout and "“wxl@qq” is not an email address" in out.stdout
    a = packet.open_case(tmp_path / "c")[0].applicant
    assert (a.email, a.phone, a.address) == ("wxl@qq.com", "07700 900123", "1 High Street, Leeds LS1 1AA")


# --- 7. the minor ones ------------------------------------------------------------------------------------------

def test_the_template_quotes_the_folder_in_its_command(tmp_path: Path) -> None:
    import shlex

    folder = tmp_path / "clients" / "01 Smith"
    assert _cli("init", str(folder), "--template", "--lang", "en").returncode == 0
    line = next(x for x in (folder / "packet.toml").read_text(encoding="utf-8").splitlines() if "Then run" in x)
    assert shlex.split(line.split("run:", 1)[1]) == ["packet", "check", str(folder)], line


def test_the_page_names_a_hidden_folder_and_separates_the_log_tag_from_who(built: Path, tmp_path: Path) -> None:
    from datetime import date, datetime

    import packet

    packet.log_contact(built, at=datetime(2026, 11, 19, 10), channel="phone", with_="催收员 小李", summary="will call")
    client, web = _site(built.parent, date(2026, 11, 20))
    try:
        page = client.get("/case/smith", headers={"accept-language": "en"}).text
        assert re.search(r"Phone</span>\s+<b>催收员 小李</b>", page), page[page.find('id="entries"'):][:600]
        form = {"csrf": web.csrf, "name": "Ann Lee", "lender": "Acme Loans", "contract_number": "AC-1", "language": "en"}
        r = client.post("/new", data={**form, "folder": ".hidden"}, headers={"accept-language": "en"})
        assert r.status_code == 400 and "cannot start with “.”" in r.text and "without / or" not in r.text
        assert not (built.parent / ".hidden").exists()
    finally:
        web.jobs.shutdown(wait=True)
