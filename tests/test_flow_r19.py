"""What a new user's trial (r19) found in the process around the packet, each tested as a user meets it (the command
line with no input; the page through its own forms).

1. A packet built before the case changed is not offered as the one to send, nor recorded as sent unconfirmed: the
   build keeps a fingerprint of what it was built from (packet.case.fingerprint).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


class _Done:
    def __init__(self, result) -> None:
        self.returncode, self.stdout, self.stderr = result.exit_code, result.stdout, result.stderr


def _cli(*args: str) -> _Done:
    """The command line in this process (click's runner: no input, not a terminal)."""
    from click.testing import CliRunner

    from packet.cli import cli

    return _Done(CliRunner().invoke(cli, list(args), env={"COLUMNS": "250", "PACKET_LANG": None}))


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
    assert list(record["files"]) == ["termination.pdf"] and len(record["case_file"]) == 64
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
    assert st["out_of_date"], st
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
        web.jobs.shutdown()
