"""Input kinds people really send (issue 9): each is read, or refused with words that say what to do.

Every input is made here; none is copied from elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import PAYSLIP_EN, page_image
from test_ingest import only, read

STATEMENT_LINES = ["BANK STATEMENT", "Account holder: John Smith", "Closing balance 1,234.56"]


# --- 1. CCITT Group 4 TIFF ------------------------------------------------------------------------------


def test_ccitt_group4_tiff_one_and_two_pages_are_read(tmp_path):
    one = page_image(PAYSLIP_EN).convert("1")
    one.save(tmp_path / "fax.tif", compression="group4", dpi=(200, 200))
    two = [page_image(STATEMENT_LINES).convert("1"), page_image(["Page two", "Net pay 3,512.40"]).convert("1")]
    two[0].save(tmp_path / "scan.tif", compression="group4", save_all=True, append_images=two[1:], dpi=(200, 200))
    result = read(tmp_path)
    assert not result.errors, result.errors
    assert "Employee: John Smith" in only(result, "fax.tif").text
    pages = only(result, "scan.tif").pages
    assert len(pages) == 2 and "Closing balance 1,234.56" in pages[0].text and "3,512.40" in pages[1].text


def test_a_decoded_page_forgets_how_its_file_was_compressed(tmp_path):
    from packet.core.page_images import open_image

    page_image(["x"]).convert("1").save(tmp_path / "fax.tif", compression="group4", dpi=(200, 200))
    img = open_image(tmp_path / "fax.tif")
    assert "compression" not in img.info and img.mode == "L"
    img.save(tmp_path / "again.tif")  # the OCR stage saves the page like this


# --- 7. GIF ---------------------------------------------------------------------------------------------


def test_gif_content_is_read_even_when_named_jpg(tmp_path):
    first = page_image(PAYSLIP_EN).convert("P")
    second = page_image(["something else"]).convert("P")
    first.save(tmp_path / "payslip.jpg", format="GIF", save_all=True, append_images=[second])
    result = read(tmp_path)
    assert not result.errors, result.errors
    doc = only(result, "payslip.jpg")
    assert doc.source.fmt == "gif" and len(doc.pages) == 1
    assert "Employee: John Smith" in doc.text


# --- 8. two-digit years ---------------------------------------------------------------------------------


def test_day_month_name_two_digit_year_dates_make_a_period():
    from datetime import date

    from packet.understanding.values import find_dates, full_year, parse_date, parse_range

    assert parse_range("Statement period: 01-Oct-26 to 31-Oct-26") == (date(2026, 10, 1), date(2026, 10, 31))
    assert parse_date("Paid 5 Nov '26") == date(2026, 11, 5)
    assert parse_date("born 3-Jan-95") == date(1995, 1, 3)
    assert (full_year(26), full_year(68), full_year(69), full_year(2026)) == (2026, 2068, 1969, 2026)
    assert not [h for h in find_dates("Delivered 5 Oct 12:30") if h.value.year == 2012]  # a time, not a year


def test_a_statement_with_two_digit_year_dates_counts(tmp_path):
    from fixtures_reading import text_pdf

    from packet.understanding.extract import read_fields

    text_pdf(tmp_path / "statement.pdf", [["Tidewater Bank plc", "Bank statement", "Account holder: Mara Ellison",
                                           "Account number 55120934", "Statement period: 01-Oct-26 to 31-Oct-26",
                                           "01-Oct-26 Salary 2,007.42", "Closing balance 1,428.95"]])
    doc = only(read(tmp_path), "statement.pdf")
    fields = read_fields("bank_statement", doc.pages, "en")
    assert (fields["period_start"], fields["period_end"]) == ("2026-10-01", "2026-10-31")


# --- 10. files and folders this user may not read -------------------------------------------------------


def _as_unprivileged(fn):
    """Run ``fn()`` (returning a str) as a user without root's right to read everything: in place when this
    process is not root, else in a forked child that drops to ``nobody``. Skips only when neither is possible."""
    import os
    import pwd

    if os.geteuid() != 0:
        return fn()
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no user 'nobody' to drop to")
    fn()  # as root first: every module the run imports lazily is loaded before the child loses access to it
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run, hand the output back, never return into pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            out = fn()
            with os.fdopen(write_end, "w") as fh:
                fh.write(out)
            code = 0
        except BaseException as exc:  # noqa: BLE001 - reported through the pipe
            try:
                os.write(write_end, f"CHILD FAILED: {exc!r}".encode())
            except OSError:
                pass
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        out = fh.read()
    os.waitpid(pid, 0)
    return out


def test_unreadable_files_and_folders_are_per_file_no_permission_errors(tmp_path):
    import json
    import os
    import shutil
    import stat
    import tempfile

    from click.testing import CliRunner
    from fixtures_reading import text_pdf

    from packet.cli import cli

    root = Path(tempfile.mkdtemp(prefix="packet-perm-"))  # pytest's tmp_path is private to root
    try:
        os.chmod(root, 0o755)
        case = root / "case"
        statement = ["Tidewater Bank plc", "Bank statement", "Account number 55120934",
                     "Statement period: 01/10/2026 to 31/10/2026", "Closing balance 1,428.95"]
        text_pdf(case / "statement.pdf", [statement])
        text_pdf(case / "secret.pdf", [statement])
        text_pdf(case / "locked" / "inside.pdf", [statement])
        text_pdf(case / "listonly" / "inside.pdf", [statement])
        for folder in (root, case):
            os.chmod(folder, 0o755)
        os.chmod(case / "statement.pdf", 0o644)
        os.chmod(case / "secret.pdf", 0)
        os.chmod(case / "locked", 0)
        os.chmod(case / "listonly", stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # may be listed, not entered

        def run() -> str:
            result = CliRunner().invoke(cli, ["check", str(case), "--as-of", "2026-11-20", "--json", "--no-cache"],
                                    env={"PACKET_LANG": "en"})
            return result.output if result.exception is None or isinstance(result.exception, SystemExit) \
                else f"EXCEPTION {result.exception!r}"

        out = _as_unprivileged(run)
        assert out.startswith("{"), out
        report = json.loads(out)
        errors = {e["path"]: e for e in report["errors"]}
        assert {errors[p]["code"] for p in ("secret.pdf", "locked", "listonly/inside.pdf")} == {"no-permission"}, out
        assert "no permission" in errors["secret.pdf"]["message"] and "download" not in errors["secret.pdf"]["message"].lower()
        assert "statement.pdf" in {d["path"] for d in report["documents"]}
    finally:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                os.chmod(os.path.join(dirpath, name), 0o755)
        shutil.rmtree(root, ignore_errors=True)


def test_permission_messages_are_in_both_languages():
    from packet.reading.file_formats import no_permission_message

    assert "权限" in no_permission_message("zh", "a.pdf") and "没有损坏" in no_permission_message("zh", "a.pdf")
    assert "folder" in no_permission_message("en", "scans", folder=True)


# --- 5. OFD e-invoices ----------------------------------------------------------------------------------


def test_an_ofd_e_invoice_is_refused_by_name_with_how_to_get_its_pdf(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "电子发票_1234.ofd", "w") as zf:  # the layout of a real OFD package
        zf.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD"><ofd:DocBody>'
                               "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        zf.writestr("Doc_0/Document.xml", "<ofd:Document/>")
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page/>")
    with zipfile.ZipFile(tmp_path / "scans.zip", "w") as zf:
        zf.writestr("a.txt", "x")
    for lang in ("zh", "en"):
        errors = {e.rel: e for e in read(tmp_path, lang).errors}
        ofd = errors["电子发票_1234.ofd"]
        assert ofd.code == "unsupported-format"
        assert "OFD" in ofd.message and "PDF" in ofd.message and "全国增值税发票查验平台" in ofd.message
        assert ("unpack" not in ofd.message) and ("解压" not in ofd.message)
        assert ("解压" if lang == "zh" else "Unpack") in errors["scans.zip"].message  # a plain zip is still a zip
