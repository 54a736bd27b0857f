"""`packet batch`: the caseload as a queue, on generated cases read by the real stages (text PDFs, and one
scanned page read by the real Tesseract), locally and on a Dask cluster started in the test (loopback)."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_reading import page_image, save_image, text_pdf
from pypdf import PdfReader

import packet
from packet.cli import cli
from packet.core.csv_cells import FORMULA_STARTS, guard_cell

AS_OF = "2026-11-20"
A4 = (595, 842)

TOML = '''[applicant]
name = "{name}"
[lender]
name = "Northfield Credit Ltd"
{contract}
[request]
language = "en"
checklist = "en-hardship"
hardship = "unemployment"
{extra}'''


def write_case(root: Path, name: str, *, payslips=("2026-09", "2026-10"), statement=True, contract=True,
               extra="", scan_payslip: str | None = None) -> Path:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(TOML.format(name=name, contract='contract_number = "NFC-1"' if contract else "",
                                                  extra=extra), encoding="utf-8")
    for m in payslips:
        text_pdf(root / f"payslip-{m}.pdf", [["ACME LTD PAYSLIP", "Employer: Acme Ltd", f"Employee: {name}",
                                               f"Pay period: {m}", "Gross pay: 1,500.00", "Net pay: 1,250.00"]], size=A4)
    if scan_payslip:
        save_image(page_image(["ACME LTD PAYSLIP", "Employer: Acme Ltd", f"Employee: {name}",
                               f"Pay period: {scan_payslip}", "Gross pay: 1,500.00", "Net pay: 1,250.00"],
                              size_in=(8.27, 5.0), dpi=200), root / f"payslip-{scan_payslip}-scan.png", "png", dpi=200)
    if statement:
        text_pdf(root / "statement.pdf", [["STATEMENT OF ACCOUNT", "Bank name: Starling Bank", f"Account holder: {name}",
                                           "Account number: 12345678", "Statement period: 2026-09-01 to 2026-10-31",
                                           "Closing balance: 310.20"]], size=A4)
    return root


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    """Seven cases, one of each kind the queue orders, and a bad packet.toml."""
    cases = tmp_path_factory.mktemp("caseload") / "cases"
    write_case(cases / "a-ready", "Ann Lee")
    write_case(cases / "b-scanned", "Bo Chan", payslips=("2026-10",), scan_payslip="2026-09")
    write_case(cases / "c-not-ready", "Cy Diaz", contract=False)
    write_case(cases / "d-one-missing", "Di Evans", statement=False)
    write_case(cases / "e-two-missing", "Ed Ford", payslips=(), statement=False)
    write_case(cases / "f-overdue", "Fay Gill", statement=False,
               extra='[[contact]]\nat = 2026-10-05T10:00:00\nchannel = "phone"\n'
                     '[[sent]]\nat = 2026-10-01T09:00:00\nvia = "email"\n')
    bad = cases / "g-broken"
    bad.mkdir()
    (bad / "packet.toml").write_text('[request]\nlanguage = "xx"\n', encoding="utf-8")
    (cases / ".hidden").mkdir()
    (cases / "empty-folder").mkdir()
    (cases / "notes.txt").write_text("not a case", encoding="utf-8")
    return cases


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def options(**kw) -> packet.CheckOptions:
    return packet.CheckOptions(as_of=date.fromisoformat(AS_OF), **kw)


# "empty-folder": a client whose documents have not come yet is listed, incomplete (r20 trial: it was dropped)
EXPECTED_ORDER = ["g-broken", "f-overdue", "e-two-missing", "empty-folder", "d-one-missing", "c-not-ready", "a-ready", "b-scanned"]


@pytest.fixture(scope="module")
def local_json(caseload) -> dict:
    result = run("batch", caseload, "--json", "--as-of", AS_OF, "--no-cache", "--jobs", "2")
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_queue_order_columns_and_rows(local_json, caseload):
    rows = local_json["cases"]
    assert list(local_json) == ["cases"]
    assert [r["case"] for r in rows] == EXPECTED_ORDER
    assert all(list(r) == list(packet.BATCH_COLUMNS) for r in rows)
    by = {r["case"]: r for r in rows}
    broken = by["g-broken"]
    assert broken["error_code"] == "case-file" and "language" in broken["error"]
    assert broken["complete"] is None and broken["ready"] is None
    assert by["f-overdue"]["deadline_passed"] is True and by["f-overdue"]["next_deadline"] == "2026-10-15"
    assert by["f-overdue"]["last_contact"] == "2026-10-05T10:00"
    assert by["e-two-missing"]["missing_count"] == 2 and by["d-one-missing"]["missing_count"] == 1
    assert "bank statements" in by["d-one-missing"]["missing"].lower() and "\n" not in by["d-one-missing"]["missing"]
    assert by["c-not-ready"]["complete"] is True and by["c-not-ready"]["ready"] is False
    assert by["c-not-ready"]["letter_needs"] == "lender.contract_number"
    assert by["a-ready"]["ready"] is True and by["a-ready"]["applicant"] == "Ann Lee"
    assert by["b-scanned"]["ready"] is True, "the scanned payslip was read by OCR and counted"
    assert all(r["error"] is None for r in rows if r["case"] != "g-broken")
    assert all(r["path"] == str(caseload / r["case"]) for r in rows)
    empty = by["empty-folder"]
    assert empty["complete"] is False and empty["missing"].startswith("No documents yet · ")
    assert not by["e-two-missing"]["missing"].startswith("No documents yet"), "only an empty folder says so"


def test_batch_reports_equal_check_case_by_case(caseload):
    result = packet.batch(caseload, options(use_cache=False, jobs=2))
    for row in result.rows:
        if row.is_error:
            with pytest.raises(packet.PacketError):
                packet.check(row.path, options(use_cache=False, jobs=1))
            continue
        alone = packet.check(row.path, options(use_cache=False, jobs=1))
        assert row.run.report.to_json() == alone.report.to_json(), row.case
    assert result.pages_read >= 1  # the scanned page went through the OCR of the batch


def test_cli_batch_matches_cli_check_json(local_json, caseload):
    for row in local_json["cases"]:
        if row["error"]:
            continue
        data = json.loads(run("check", caseload / row["case"], "--json", "--as-of", AS_OF).stdout)
        assert (data["complete"], data["ready"], len(data["missing"])) == (row["complete"], row["ready"],
                                                                            row["missing_count"])
        said = " · ".join(m["message"] for m in data["missing"])
        assert row["missing"] == (f"No documents yet · {said}" if row["case"] == "empty-folder" else said)


def test_a_document_that_crashes_is_one_error_row(tmp_path, monkeypatch):
    cases = tmp_path / "cases"
    write_case(cases / "fine", "Ann Lee")
    write_case(cases / "crashing", "Bo Chan")
    batch_module = sys.modules["packet.batch"]  # the module (packet.batch is also the public function)

    real = batch_module.extract

    def extract(item, language):
        if item.document.rel == "statement.pdf" and item.document.source.path.parent.name == "crashing":
            raise ValueError("a bug met on this document")
        return real(item, language)

    monkeypatch.setattr(batch_module, "extract", extract)  # jobs=1: the stage runs in this process
    result = packet.batch(cases, options(use_cache=False, jobs=1))
    assert [r.case for r in result.rows] == ["crashing", "fine"]
    crash = result.rows[0]
    assert crash.error_code == "internal" and "statement.pdf" in crash.error and "a bug met" in crash.error
    assert crash.applicant == "Bo Chan" and crash.complete is None
    assert result.rows[1].ready is True and not result.rows[1].is_error


def test_exit_codes(tmp_path, caseload):
    good = tmp_path / "good"
    write_case(good / "one", "Ann Lee")
    ok = run("batch", good, "--as-of", AS_OF, "--json")
    assert ok.exit_code == 0 and json.loads(ok.stdout)["cases"][0]["complete"] is True
    assert run("batch", caseload, "--as-of", AS_OF).exit_code == 1
    missing = run("batch", tmp_path / "nowhere", "--json")
    assert missing.exit_code == 2 and json.loads(missing.stdout)["code"] == "no-such-folder"
    (tmp_path / "nothing").mkdir()
    empty = run("batch", tmp_path / "nothing", "--json")
    assert empty.exit_code == 2 and "No case folders" in json.loads(empty.stdout)["error"]
    one = run("batch", good / "one")  # a case folder given instead of the caseload: say so
    assert one.exit_code == 2 and "packet check" in one.stderr


def test_human_queue_lists_every_case_in_order(caseload):
    result = run("batch", caseload, "--as-of", AS_OF)
    lines = result.stdout.splitlines()
    firsts = [line.split()[0].lstrip("!") for line in lines[1:len(EXPECTED_ORDER) + 1]]
    assert firsts == EXPECTED_ORDER
    assert "8 case(s): 1 could not be checked, 1 past the reply deadline, 4 incomplete, 2 ready" in result.stdout


def test_csv_has_the_columns_and_defuses_formulas(tmp_path):
    cases = tmp_path / "cases"
    write_case(cases / "@evil", "=SUM(1,2)*cmd", statement=False)
    write_case(cases / "plain", "Ann Lee")
    out = tmp_path / "queue.csv"
    result = run("batch", cases, "--as-of", AS_OF, "--csv", out, "--json")
    assert result.exit_code == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for spreadsheets"
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert list(rows[0]) == list(packet.BATCH_COLUMNS)
    by = {r["case"]: r for r in rows}
    assert by["'@evil"]["applicant"] == "'=SUM(1,2)*cmd"
    assert by["plain"]["applicant"] == "Ann Lee" and by["plain"]["ready"] == "true"
    assert by["'@evil"]["error"] == "" and by["'@evil"]["complete"] == "false"
    inside = run("batch", cases, "--as-of", AS_OF, "--csv", cases / "plain" / "q.csv", "--json")
    assert inside.exit_code == 2 and json.loads(inside.stdout)["code"] == "output"
    assert not (cases / "plain" / "q.csv").exists()


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_guard_cell_prefixes_every_formula_start(start):
    assert guard_cell(f"{start}1+1") == f"'{start}1+1"


def test_guard_cell_leaves_safe_values():
    assert [guard_cell(v) for v in ("Ann", "1-2", "", None, 3, -4.5, True)] == ["Ann", "1-2", "", None, 3, -4.5, True]


def test_build_writes_the_packet_of_ready_cases_only(tmp_path):
    cases = tmp_path / "cases"
    write_case(cases / "ready", "Ann Lee")
    write_case(cases / "not-ready", "Cy Diaz", contract=False)
    result = run("batch", cases, "--as-of", AS_OF, "--build", "--json")
    rows = {r["case"]: r for r in json.loads(result.stdout)["cases"]}
    built = cases / "ready-packet.pdf"
    assert rows["ready"]["built"] == str(built) and built.is_file()
    text = "".join(p.extract_text() for p in PdfReader(built).pages)
    assert "Ann Lee" in text and "Northfield Credit Ltd" in text
    assert rows["not-ready"]["built"] is None and not (cases / "not-ready-packet.pdf").exists()
    again = run("batch", cases, "--as-of", AS_OF, "--json")  # the packet written next to the cases is no case
    assert [r["case"] for r in json.loads(again.stdout)["cases"]] == ["not-ready", "ready"]


# --- on a Dask cluster -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="packet[cluster] is part of the dev extra")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0") as c:
        yield c


def test_dask_cluster_gives_the_same_rows(cluster, caseload, local_json):
    result = run("batch", caseload, "--json", "--as-of", AS_OF, "--no-cache", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout) == local_json


def test_dask_workers_read_pages_sent_by_content(cluster, tmp_path):
    """The workers read the pages from the bytes the client sends: the case folder is gone from where a worker
    could look for it by path (a worker on another machine never had it)."""
    from packet.core.executor import DaskExecutor, FileContent
    from packet.reading import ocr

    img = save_image(page_image(["PAYSLIP", "Net pay 1,250.00"], size_in=(4.0, 2.0), dpi=200), tmp_path / "p.png",
                     "png", dpi=200)
    task = ocr.OcrTask(path=Path("/nonexistent/folder/p.png"), kind="image", index=0, languages="eng", dpi=200.0,
                       size_pt=(288.0, 144.0))
    data = img.read_bytes()
    ex = DaskExecutor(cluster.scheduler_address)
    try:
        [(item, page)] = list(ex.map_ordered(ocr.read_shipped, [(task, data)]))
        shipped = FileContent(img, "sha")
        [(_, page2)] = list(ex.map_ordered(ocr.read_shipped, [(task, shipped)]))
        [(_, lost)] = list(ex.map_ordered(ocr.read_shipped, [(task, FileContent(tmp_path / "gone.png", "x"))]))
    finally:
        ex.close()
    assert "Net pay" in page.text and page2.text == page.text
    assert isinstance(lost, OSError), "a file that cannot be read is that item's error, never the batch's"


def test_unreachable_scheduler_exits_2(caseload, monkeypatch):
    from packet.core.executor import DaskExecutor

    # the client gives up on an address that never answers after its timeout (10 s in packet): the path to the
    # error is the same after 1 s, which is all this test needs to wait
    monkeypatch.setattr(DaskExecutor.__init__, "__kwdefaults__", {**DaskExecutor.__init__.__kwdefaults__, "timeout": 1.0})
    result = run("batch", caseload, "--json", "--scheduler", "tcp://127.0.0.1:9", "--as-of", AS_OF)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "cluster" and "dask scheduler" in data["hint"]


def test_a_worker_killed_mid_run_loses_no_page(tmp_path):
    """Kill one of two worker processes (SIGKILL) once the first page is back: the scheduler runs its pages
    again on the other (the nanny restarts it), and every page comes back, as read without a cluster."""
    import os
    import signal

    distributed = pytest.importorskip("distributed")
    from packet.core.executor import DaskExecutor, FileContent, SerialExecutor
    from packet.reading import ocr

    items = []
    for i in range(6):
        img = save_image(page_image([f"PAGE {i} OF THE BATCH", "Net pay 1,250.00"], size_in=(4.0, 2.0), dpi=200),
                         tmp_path / f"p{i}.png", "png", dpi=200)
        items.append((ocr.OcrTask(path=img, kind="image", index=0, languages="eng", dpi=200.0, size_pt=(288.0, 144.0)),
                      FileContent(img, f"sha{i}")))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0") as c:
        ex = DaskExecutor(c.scheduler_address)
        try:
            pids = ex.run_on_workers(os.getpid)
            got = []
            for n, (_item, page) in enumerate(ex.map_ordered(ocr.read_shipped, items)):
                got.append(page)
                if n == 0:
                    os.kill(sorted(pids.values())[0], signal.SIGKILL)
        finally:
            ex.close()
    alone = [page for _i, page in SerialExecutor().map_ordered(ocr.read_shipped, items)]
    assert all(not isinstance(p, Exception) for p in got), got
    assert [p.text for p in got] == [p.text for p in alone]


def test_each_row_carries_its_files_that_could_not_be_read(tmp_path):
    """A trial's adviser saw a client with a damaged PDF reported only as "bank statements do not cover…", and one
    whose folder held a .docx, an .mp3, an empty PDF and a link out of the folder as "complete, ready" (r17). Each
    row now carries how many files were not read and their messages (r19: all of them), in the table too; the exit code is
    what `packet check` gives each case (0 only when every case is complete)."""
    cases = tmp_path / "cases"
    damaged = write_case(cases / "damaged", "Ann Lee", statement=False)
    whole = text_pdf(tmp_path / "whole.pdf", [["STATEMENT OF ACCOUNT", "Bank name: Starling Bank",
                                                "Account holder: Ann Lee"]], size=A4)
    data = whole.read_bytes()
    (damaged / "statement.pdf").write_bytes(data[: len(data) // 2])  # cut off half way
    odd = write_case(cases / "odd-files", "Bo Chan")
    (odd / "notes.docx").write_bytes(b"PK\x03\x04" + b"\0" * 60)
    (odd / "voicemail.mp3").write_bytes(b"ID3\x03\x00" + b"\0" * 60)
    (odd / "scan-blank.pdf").write_bytes(b"")
    (tmp_path / "secret.pdf").write_bytes(data)
    (odd / "link.pdf").symlink_to(tmp_path / "secret.pdf")
    tidy = write_case(cases / "tidy", "Cy Diaz")
    # r19: another person's payslip in the folder: counted per case (name_mismatches, the CSV's last column)
    text_pdf(tidy / "payslip-other.pdf", [["ACME LTD PAYSLIP", "Employer: Acme Ltd", "Employee: Zoe Black",
                                           "Pay period: 2026-08", "Gross pay: 1,500.00", "Net pay: 1,250.00"]], size=A4)
    r = run("batch", cases, "--json", "--as-of", AS_OF, "--no-cache", "--jobs", "1", "--csv", tmp_path / "q.csv")
    by = {row["case"]: row for row in json.loads(r.stdout)["cases"]}
    assert by["tidy"]["file_problems"] == 0 and by["tidy"]["file_problem"] == []
    assert by["tidy"]["name_mismatches"] == 1 and by["damaged"]["name_mismatches"] == 0, by["tidy"]
    assert by["damaged"]["file_problems"] == 1 and "statement.pdf" in by["damaged"]["file_problem"][0], by["damaged"]
    assert by["odd-files"]["file_problems"] == 4 and by["odd-files"]["complete"] is True, by["odd-files"]
    # every problem, not only the first (r19: a .docx and a locked PDF, only the .docx said)
    odd = by["odd-files"]["file_problem"]
    assert len(odd) == 4 and odd[0].startswith("link.pdf"), odd  # in the report's order
    assert all(any(f in m for m in odd) for f in ("notes.docx", "voicemail.mp3", "scan-blank.pdf")), odd
    with open(tmp_path / "q.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][-2:] == ["name_mismatches", "other_person"]
    rows = {row[0]: dict(zip(table[0], row, strict=True)) for row in table[1:]}
    assert rows["tidy"]["name_mismatches"] == "1" and rows["odd-files"]["file_problem"] == " · ".join(odd)
    checks = {name: run("check", cases / name, "--json", "--as-of", AS_OF, "--no-cache") for name in by}
    for name, c in checks.items():
        assert len(json.loads(c.stdout)["errors"]) == by[name]["file_problems"], name
        assert [e["message"] for e in json.loads(c.stdout)["errors"]] == by[name]["file_problem"]
    assert r.exit_code == max(c.exit_code for c in checks.values()) == 1
    table = CliRunner().invoke(cli, ["batch", str(cases), "--as-of", AS_OF], env={"COLUMNS": "250"}).stdout
    line = next(x for x in table.splitlines() if x.lstrip("! ").startswith("odd-files"))
    assert "4 file(s) not read: link.pdf" in line, table
    assert "2 case(s) hold files that could not be read" in table, table
    assert "packet check" in table.splitlines()[-1] and "damaged" in table.splitlines()[-1]


def test_an_empty_client_folder_is_listed_incomplete_not_dropped(tmp_path, monkeypatch):
    """r20 trial: a caseload of an empty client folder and a complete case exited 0 listing only the complete one.
    The empty one is a client with nothing yet (exit 1, "no documents yet", in the table's language); a hidden one
    is not a client, and an empty subfolder of a case folder given by mistake is not one either."""
    monkeypatch.delenv("PACKET_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    cases = tmp_path / "cases"
    write_case(cases / "one", "Ann Lee")
    (cases / "two-nothing-yet").mkdir()
    (cases / ".trash").mkdir()
    result = run("batch", cases, "--as-of", AS_OF, "--json")
    assert result.exit_code == 1, result.output
    rows = {r["case"]: r for r in json.loads(result.stdout)["cases"]}
    assert set(rows) == {"one", "two-nothing-yet"}
    assert rows["two-nothing-yet"]["complete"] is False and rows["two-nothing-yet"]["error"] is None
    assert rows["two-nothing-yet"]["missing"].startswith("No documents yet")
    table = run("batch", cases, "--as-of", AS_OF)
    line = next(x for x in table.stdout.splitlines() if "two-nothing-yet" in x)
    assert "No documents yet" in line and "no way to reply" not in line
    (cases / "one" / "scans").mkdir()  # a case folder given instead of the caseload: still refused
    assert run("batch", cases / "one").exit_code == 2


def test_batch_rows_speak_the_language_of_the_command_line_and_locale(tmp_path, monkeypatch):
    """r20 trial: LANG=zh_CN.UTF-8 packet batch printed a Chinese table whose English case's row was English."""
    monkeypatch.delenv("PACKET_LANG", raising=False)
    cases = tmp_path / "cases"
    write_case(cases / "one", "Ann Lee", statement=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    zh = json.loads(run("batch", cases, "--as-of", AS_OF, "--json").stdout)["cases"][0]["missing"]
    assert "银行" in zh and "bank" not in zh.lower(), zh
    en = json.loads(run("batch", cases, "--as-of", AS_OF, "--json", "--lang", "en").stdout)["cases"][0]["missing"]
    assert "bank statement" in en.lower(), en
    # one case alone keeps the interface's order (--lang, PACKET_LANG, the case's, the locale)
    alone = run("check", cases / "one", "--as-of", AS_OF, "--json")
    assert "bank statement" in json.dumps(json.loads(alone.stdout)["missing"]).lower()


def test_a_round_of_pp_ocr_pages_is_capped_by_the_memory_available(monkeypatch):
    """batch read every round on its executor as sized by --jobs, PP-OCR's pages too (~RAPID_MB_PER_JOB MB each):
    check caps them by the memory available (pipeline.check, second_look.look_again); batch now does the same per
    round, and leaves a round of Tesseract pages, or a cluster's executor, as it is."""
    import importlib
    from types import SimpleNamespace

    from packet.core.executor import executor_for
    from packet.reading import engines

    batch = importlib.import_module("packet.batch")  # the module; packet.batch is also the public function
    monkeypatch.setattr(engines, "_mem_available_mb", lambda: 2.5 * engines.RAPID_MB_PER_JOB)
    wide = executor_for(8)
    rapid = [SimpleNamespace(engine=engines.RAPIDOCR)] * 5
    assert batch._capped(rapid, wide).workers == 2
    assert batch._capped([SimpleNamespace(engine=engines.TESSERACT)] * 5, wide) is wide
    remote = SimpleNamespace(workers=8, remote=True)
    assert batch._capped(rapid, remote) is remote
