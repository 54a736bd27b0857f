"""Round 24's trial of three new users (an Australian financial counsellor scripting packet over a shared drive, a
UK tenant's iPhone files, a 深圳 worker on his phone): each failure they met, fixed, with the test that failed before.
Cheap on purpose: born-digital pages (no OCR), one process."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fixtures_reading import text_pdf

from packet import pipeline
from packet.core.errors import InputChanged

CASE = ('[applicant]\nname = "Olivia Nguyen"\n[lender]\nname = "Latitude Finance"\ncontract_number = "LF-100001"\n'
        '[request]\nlanguage = "en"\ncountry = "AU"\nhardship = "income-drop"\n')


def _au_case(root):
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(CASE, encoding="utf-8")
    for month, name in (("October", "oct"), ("November", "nov")):
        (root / name).mkdir()
        text_pdf(root / name / "payslip.pdf", [[
            "Harbour Freight Pty Ltd", "Payslip", "Employee: Olivia Nguyen", f"Pay period: {month} 2026",
            "Gross pay: $3,200.00", "Net pay: $2,650.00"]])
    return root


@pytest.mark.parametrize("how", ["rewritten", "truncated"])
def test_a_file_that_changes_during_the_build_stops_it_in_words_and_writes_nothing(tmp_path, how):
    """Trial 13 (c), "a file that changes while check runs": a statement still syncing on the shared drive was cut
    short after the check read it; the build stopped with "internal error: image file is truncated" (exit 2, "report
    it to the developers"), and a file replaced by another whole one went into the packet under the letter and index
    made from the old one. Now: code input-changed, the file named, nothing written."""
    case = _au_case(tmp_path / "client01")
    options = pipeline.CheckOptions(as_of=date(2026, 12, 2), checklist="en-hardship", jobs=1, use_cache=False)
    run = pipeline.check(case, options)
    assert {d.document.rel for d in run.report.documents} == {"oct/payslip.pdf", "nov/payslip.pdf"}
    target = case / "nov" / "payslip.pdf"
    if how == "truncated":
        target.write_bytes(target.read_bytes()[:300])
    else:
        text_pdf(target, [["Another client's page", "Employee: Jack Smith", "Net pay: $9,999.00"]])
    out = tmp_path / "client01-packet.pdf"
    with pytest.raises(InputChanged) as caught:
        pipeline.build_from(run, options, out, force=True)
    assert caught.value.code == "input-changed" and caught.value.exit_code == 2
    assert caught.value.paths == ["nov/payslip.pdf"]
    assert "nov/payslip.pdf changed while packet was building" in caught.value.message
    assert not out.exists() and not list(tmp_path.glob("*.tmp*")) and sorted(p.name for p in tmp_path.iterdir()) == [
        "client01"]


def test_a_file_name_in_another_encoding_keeps_json_and_csv_valid_utf8(tmp_path):
    """Trial 13 (c): a client folder on a shared drive holds b"Relev\\xe9 bancaire.pdf" and b"notes\\xe9.docx" (Latin-1
    names). ``check --json`` wrote the raw byte 0xE9 into stdout (Python's json.load: UnicodeDecodeError; jq showed
    U+FFFD), and ``batch --csv`` stopped the whole caseload with "internal error: … surrogates not allowed". Now the
    JSON carries ``\\udce9`` (os.fsencode of the parsed path opens the file) and the CSV cell shows ``\\xe9``."""
    import os
    import subprocess
    import sys

    def packet_cli(*args: str) -> subprocess.CompletedProcess:
        # the real program, its output as bytes: a file name's surrogate (\udce9) in a log record captured by pytest
        # cannot cross pytest-xdist's channel (the worker crashed, CI run 33)
        env = {k: v for k, v in os.environ.items() if k != "PACKET_LANG"}
        return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, env=env, timeout=300)

    case = _au_case(tmp_path / "cases" / "client02")
    pdf = case / os.fsdecode(b"Relev\xe9 bancaire.pdf")
    text_pdf(pdf, [["Commonwealth Bank", "Account holder: Olivia Nguyen", "Statement period: 01/10/2026 to 30/11/2026",
                    "Closing balance: $512.30"]])
    (case / os.fsdecode(b"notes\xe9.docx")).write_bytes(b"PK\x03\x04 not really a document")
    run = packet_cli("check", str(case), "--json", "--as-of", "2026-12-02", "--jobs", "1", "--no-cache")
    report = json.loads(run.stdout.decode("utf-8"))  # strict: raised before
    paths = [d["path"] for d in report["documents"]] + [e["path"] for e in report["errors"]]
    assert os.fsdecode(b"Relev\xe9 bancaire.pdf") in paths and os.fsdecode(b"notes\xe9.docx") in paths
    assert all((case / p).exists() for p in paths)
    sheet = tmp_path / "caseload.csv"
    run = packet_cli("batch", str(tmp_path / "cases"), "--csv", str(sheet), "--as-of", "2026-12-02", "--jobs", "1",
                     "--no-cache", "-q")
    assert run.returncode in (0, 1), run.stderr.decode("utf-8", "backslashreplace")
    text = sheet.read_bytes().decode("utf-8-sig")
    assert "notes\\xe9.docx" in text


def test_an_iphone_live_photo_video_is_told_as_one_and_a_word_statement_is_pointed_to_the_statement(tmp_path):
    """Trial 13 (b): a UK tenant's iPhone photos came off the phone as IMG_0412.HEIC with IMG_0412.MOV beside it
    (the Live Photo's video); check said of the .MOV "a video … Save or export it as PDF, or photograph/scan the paper
    document" though its photo was read, and the page's upload said the same. Her own statement as a .docx was told
    only "Save as PDF" (a PDF of it is an "Other" document left out of the packet): now it is also pointed to the
    letter's statement. A video with no photo of its name keeps the conversion advice."""
    from packet import unreadable_upload
    from packet.case.casefile import load_case
    from packet.reading.ingest import discover

    case = _au_case(tmp_path / "kayleigh")
    (case / "IMG_0412.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    movie = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + b"\x00\x00\x00\x10mdat" + b"\x01" * 64
    (case / "IMG_0412.MOV").write_bytes(movie)
    (case / "IMG_0500.MOV").write_bytes(movie)
    (case / "My statement.docx").write_bytes(_docx())
    _sources, errors = discover(load_case(case))
    said = {e.rel: (e.code, e.message) for e in errors}
    assert said["IMG_0412.MOV"] == ("unsupported-format", (
        "IMG_0412.MOV is the moving part of the Live Photo IMG_0412.HEIC (a few seconds of video). packet reads the "
        "photo, IMG_0412.HEIC, and leaves the video out: nothing to do (you may delete IMG_0412.MOV from the folder)."))
    assert "Save or export it as PDF" in said["IMG_0500.MOV"][1]
    assert "copy its text into the statement instead ([request] statement" in said["My statement.docx"][1]
    assert "Save as PDF" in said["My statement.docx"][1]
    upload = tmp_path / "upload.bin"
    upload.write_bytes(movie)
    assert "实况照片 IMG_0412.HEIC 的动态部分" in unreadable_upload(upload, "IMG_0412.MOV", "zh", {"IMG_0412.HEIC"})
    assert "Save or export it as PDF" in unreadable_upload(upload, "IMG_0412.MOV", "en", {"IMG_0413.HEIC"})


def _docx() -> bytes:
    """A minimal Word document (its zip holds word/document.xml), written here by hand."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>I lost my job.</w:t></w:r></w:p>"
                                        "</w:body></w:document>")
    return buf.getvalue()


def test_cache_says_its_size_in_kilobytes_when_small(tmp_path, monkeypatch):
    """Trial 13 (c): after 30 clients (21 scanned pages) ``packet cache`` said "0.0 MB (limit 500 MB)" for 30 KB of
    entries — the counsellor could not tell an empty cache from a used one. Now "30 KB", as builds say sizes."""
    from click.testing import CliRunner

    from packet.cli import cli as packet_cli
    from packet.core.model import Page
    from packet.reading.ocr_cache import OcrCache

    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "cache"))
    cache = OcrCache.default()
    for i in range(3):
        words = " ".join(f"word{i}-{n:04d}-{n * 7919 % 10007:05d}" for n in range(600))
        cache.put(OcrCache.key(f"{i:064x}", 0, "eng"), Page(number=1, width=595, height=842, source="ocr", text=words))
    size = json.loads(CliRunner().invoke(packet_cli, ["cache", "--json"]).stdout)["size"]
    assert 1_000 < size < 100_000, size
    said = CliRunner().invoke(packet_cli, ["cache", "--lang", "en"], env={"PACKET_LANG": None}).stdout
    assert f"3 page(s) from 3 document(s), {round(size / 1000)} KB (limit 500 MB)" in said, said
    assert "0.0 MB" not in said
