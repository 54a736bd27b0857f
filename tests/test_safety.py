"""Issue 12: nothing leaks, nothing escapes the case folder.

Hostile folders and case files, generated here, go through the real CLI (check and build): no internal
error, no file outside the case opened (a Python audit hook on ``open`` events, and the boundary run again
as ``nobody`` when the tests run as root), no control character but line breaks in terminal output, in the
packet's text (pypdf and pdftotext) or in email headers, each hostile case file handled in under 10 s and
300 MB. Redaction is checked with pdftotext, pypdf and the raw decompressed streams; masking on the letter,
the contact log and the email; the purpose line on an ID copy; stale temporary files; a read-only target.
"""

from __future__ import annotations

import email
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from email.policy import default as default_policy
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_reading import page_image, save_image, text_pdf
from pypdf import PdfReader
from unprivileged import as_unprivileged

from packet.cli import cli

AS_OF = "2026-11-20"
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u2028\u2029]")
STATEMENT_ROWS = ["2026-10-03  TESCO STORES 2231        -42.10", "2026-10-09  HOLLYBROOK PHARMACY LTD  -18.99",
                  "2026-10-15  SALARY ACME LTD       2,298.10", "2026-10-21  ST MARY CHURCH GIFT AID  -20.00"]


def payslip(root: Path, month: str, net: str) -> None:
    text_pdf(root / f"payslip-{month}.pdf", [[f"ACME LTD PAYSLIP {month}", "Employer: Acme Widgets Ltd",
                                              "Employee: John Smith", f"Pay period {month}", "Gross pay 3,000.00",
                                              f"Net pay {net}"]])


def statement(root: Path, name: str = "statement.pdf") -> Path:
    return text_pdf(root / name, [["Northern Bank plc", "Bank statement", "Account holder: John Smith",
                                   "Account number 55120934", "Statement period: 01/09/2026 to 31/10/2026",
                                   *STATEMENT_ROWS, "Closing balance 1,428.95"]], size=(595, 842))


CASE_TOML = """
[applicant]
name = "John Smith"
phone = "07700 900123"
email = "john@example.com"

[lender]
name = "Nimble Finance Ltd"
email = "hardship@nimble.example"
contract_number = "NFC-2025-0042"

[request]
kind = "stop"
language = "en"
hardship = "unemployment"
statement = '''I lost my job in August. My card 4111 1111 1111 1111 was cancelled; NI number QQ 12 34 56 C.
My Chinese ID is 11010519491231002X and passport no. E12345678. Account number 77001234.
Contract NFC-2025-0042, phone 07700 900123, I owe 12000.00 since 2026-08-31.'''

[[contact]]
at = 2026-11-02T10:30:00
channel = "phone"
with = "Agent 1234"
summary = "Gave my card number 5500 0000 0000 0004 to confirm identity; call back on 07700 900123."
"""


def make_case(root: Path, toml: str = CASE_TOML) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    payslip(root, "2026-09", "2,310.55")
    payslip(root, "2026-10", "2,298.10")
    statement(root)
    (root / "packet.toml").write_text(toml, encoding="utf-8")
    return root


def cli_run(*args: object, env: dict | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"PACKET_LANG": "en", **(env or {})})


def no_internal(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.output
    assert "internal" not in result.stdout and "Traceback" not in result.output, result.output


def pdf_texts(path: Path) -> tuple[str, str]:
    """(pypdf's text, pdftotext's text) of a PDF."""
    pypdf_text = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    poppler = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return pypdf_text, poppler.decode("utf-8", "replace")


def raw_streams(path: Path) -> bytes:
    """Every stream of the PDF, decompressed where it is Flate, concatenated (with the file's bytes)."""
    data = path.read_bytes()
    out = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            out.append(m.group(1))
    return b"\n".join(out)


# --- masking of numbers in free text ------------------------------------------------------------------------


def test_numbers_typed_into_the_statement_and_contacts_are_masked_in_letter_appendix_email_and_report(tmp_path):
    case = make_case(tmp_path / "case")
    out = tmp_path / "out" / "packet.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", "--eml", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    pypdf_text, poppler = pdf_texts(out)
    eml = out.with_suffix(".eml").read_bytes().decode()
    body = email.message_from_bytes(out.with_suffix(".eml").read_bytes(), policy=default_policy)
    plain = body.get_body(("plain",)).get_content()
    for full in ("4111 1111 1111 1111", "4111111111111111", "QQ 12 34 56 C", "11010519491231002X", "E12345678",
                 "5500 0000 0000 0004", "77001234"):
        assert full not in poppler.replace("\n", " ") and full not in pypdf_text, full
        assert full not in plain, full
    squeezed = re.sub(r"\s+", "", poppler)
    for masked in ("****1111", "****456C", "****002X", "****5678", "****0004", "****1234"):
        assert masked in squeezed, masked
    # the contact log (appendix) carries the masked card number; contract and phone numbers are whole
    assert "****0004" in re.sub(r"\s+", "", poppler.split("Contact log")[-1])
    for whole in ("NFC-2025-0042", "07700 900123", "12000.00", "2026-08-31"):
        assert whole in poppler, whole
    # the email carries no free text of its own (the letter is attached); what it says is whole where it must be
    assert "NFC-2025-0042" in plain and "07700 900123" in eml
    # the exhibits too: the statement's own account number is on its page by its last four only
    assert "55120934" not in pypdf_text and "55120934" not in poppler and "Account number" in pypdf_text
    assert "0934" in pypdf_text
    # check says so, and prints no number in full
    check = cli_run("check", case, "--as-of", AS_OF, "--no-cache")
    no_internal(check)
    assert "masked to the last four" in check.stdout
    assert "4111 1111 1111 1111" not in check.stdout


def test_masking_by_mechanism_not_lists():
    from packet.core.masking import luhn_ok, mask_numbers, resident_id_ok

    assert resident_id_ok("11010519491231002X") and not resident_id_ok("110105194912310021")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    # on a user's own page (redaction marks): only numbers whose check digit agrees
    text, n = mask_numbers("id 110105194912310021 (bad check digit), card 4111111111111112 (bad Luhn), "
                           "date 2026-11-20 2026-12-01, amount 1234567890123.00, phone +44 7700 900123", by_shape=False)
    assert n == 0 and "110105194912310021" in text and "4111111111111112" in text


def test_packets_own_text_masks_an_id_or_card_by_its_shape_whatever_its_check_digit():
    """A resident ID with a wrong check digit (the interface page's own example) or a card number that fails Luhn,
    typed in a contact note, stayed whole on the page and in `log --list --json` (a new user's trial): masking
    protects, it does not validate. Dates, amounts, phone numbers and what is not of those shapes stay whole."""
    from packet.core.masking import card_shaped, mask_numbers, resident_id_shaped

    assert resident_id_shaped("110101199003071234") and resident_id_shaped("11010519491231002x")
    assert not resident_id_shaped("110101199013071234")  # month 13: no birth date
    assert not resident_id_shaped("910101199003071234") and not resident_id_shaped("202611200000012345")
    assert card_shaped("4111111111111112") and not card_shaped("1234567890123456") and not card_shaped("411111111111")
    text, n = mask_numbers("id 110101199003071234 (bad check digit), card 4111 1111 1111 1112 (bad Luhn), "
                           "date 2026-11-20 2026-12-01, amount 1234567890123.00, phone +44 7700 900123, "
                           "ref 910101199003071234, order 1234567890123456")
    assert n == 2 and "****1234 (bad" in text and "****1112 (bad" in text, text
    assert "2026-11-20" in text and "1234567890123.00" in text and "+44 7700 900123" in text
    assert "910101199003071234" in text and "1234567890123456" in text



def test_an_iban_is_masked_in_free_text_by_its_check_digits():
    """An IBAN (ISO 13616) in text the user typed is masked whole, with or without a label, together or in groups
    of four, also when a capitalised word follows it; one whose check digits do not agree (MOD 97-10) is left as
    typed, and no run of its digits is taken for a card."""
    from packet.core.masking import iban_ok, mask_numbers

    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82WEST12345698765433")
    text, n = mask_numbers("Pay into IE29 AIBK 9311 5212 3456 78 TODAY, or DE89370400440532013000。ES91 2100 0418 "
                           "4502 0005 1332.")
    assert n == 3 and "AIBK" not in text and "3704" not in text and "0418" not in text, text
    assert "****5678 TODAY" in text and "****3000" in text and "****1332." in text, text
    text, n = mask_numbers("not one: GB82WEST12345698765433 and AB12 CDEF")
    assert n == 0 and "GB82WEST12345698765433" in text

# --- terminal, PDF and email injection --------------------------------------------------------------------------


def test_escape_sequences_and_bidi_overrides_are_shown_not_obeyed(tmp_path):
    case = tmp_path / "case"
    name = "John \x1b]0;pwned\x07Smith\u202e"
    toml = CASE_TOML.replace('name = "John Smith"', 'name = "John Smith\u202e"').replace(
        'name = "Nimble Finance Ltd"', 'name = "Nimble \u2066Finance\u2069 Ltd"')
    make_case(case, toml)
    evil = case / "pay\u202egnp.pdf"
    shutil.copy(case / "payslip-2026-09.pdf", evil)
    shutil.copy(case / "payslip-2026-10.pdf", case / "clear\x1b[2J\x1b]0;title\x07.pdf")
    check = cli_run("check", case, "--as-of", AS_OF, "--no-cache")
    no_internal(check)
    assert not CONTROL.search(check.stdout.replace("\n", "")), repr(check.stdout)
    assert not CONTROL.search(check.stderr.replace("\n", ""))
    assert "pay\\u202Egnp.pdf" in check.stdout and "clear\\x1b[2J" in check.stdout
    data = json.loads(cli_run("check", case, "--as-of", AS_OF, "--no-cache", "--json").stdout)
    paths = {d["path"] for d in data["documents"]} | {e["path"] for e in data["errors"]}
    assert evil.name in paths, "JSON keeps exact paths"
    out = tmp_path / "out.pdf"
    build = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", "--eml", "--no-cache")
    no_internal(build)
    assert build.exit_code == 0, build.output
    for text in pdf_texts(out):
        assert not CONTROL.search(text.replace("\n", "").replace("\t", " ").replace("\x0c", "")), repr(text[:300])
    msg = email.message_from_bytes(out.with_suffix(".eml").read_bytes(), policy=default_policy)
    for key, value in msg.items():
        assert not CONTROL.search(str(value)), (key, value)
    assert name not in out.with_suffix(".eml").read_bytes().decode("utf-8", "replace")


def test_a_line_break_in_the_lenders_email_is_a_case_file_error_before_anything_is_written(tmp_path):
    case = make_case(tmp_path / "case", CASE_TOML.replace('email = "hardship@nimble.example"',
                                                          'email = "hardship@nimble.example\\nBcc: all@evil.example"'))
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", "--eml", "--json", "--no-cache")
    no_internal(result)
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and "[lender] email" in data["error"] and result.exit_code == 2
    assert not out.exists() and not out.with_suffix(".eml").exists()


def test_a_long_statement_with_many_sentences_is_not_mistaken_for_a_dotted_key(tmp_path):
    from packet.case.casefile import parse_case

    statement = "I lost my job. My income fell. " * 200  # 400 full stops inside one string
    case = parse_case(tmp_path, (BASE + 'statement = """' + statement + '"""\n').encode())
    assert case.request.statement == statement.strip()


def test_csv_cells_cannot_start_a_formula():
    from packet.core.display import clean, csv_cell, json_safe

    assert csv_cell("=HYPERLINK(\"http://evil\")").startswith("'=")
    assert csv_cell("+1") == "'+1" and csv_cell("@SUM(A1)") == "'@SUM(A1)" and csv_cell("\tx").startswith("'")
    assert csv_cell("John Smith") == "John Smith" and csv_cell("a\nb") == "a\nb"
    assert csv_cell("pay\u202egnp.pdf") == "pay\\u202Egnp.pdf" and csv_cell("x\x1b[2J") == "x\\x1b[2J"
    assert clean("a\x1b]0;t\x07b\u202ec") == "a\\x1b]0;t\\x07b\\u202Ec"
    assert json.loads(json_safe(json.dumps("p\u202e\x9b", ensure_ascii=False))) == "p\u202e\x9b"
    assert "\u202e" not in json_safe(json.dumps("p\u202e", ensure_ascii=False))


# --- hostile case files -----------------------------------------------------------------------------------------

BASE = '[request]\nlanguage = "en"\n'
HOSTILE_CASE_FILES = {
    "deep brackets": BASE + "[plan]\noutstanding = " + "[" * 100_000 + "]" * 100_000 + "\n",
    "deep inline tables": BASE + "x = " + "{a=" * 50_000 + "1" + "}" * 50_000 + "\n",
    "5000-digit number": BASE + "[plan]\noutstanding = " + "9" * 5000 + "\n",
    "5000-digit float": BASE + "[plan]\noutstanding = 1." + "9" * 5000 + "\n",
    "NUL in a [files] key": BASE + '[files]\n"a\\u0000b.pdf" = "payslip"\n',
    "NUL in a value": BASE + '[applicant]\nname = "John\\u0000Smith"\n',
    "ESC in a value": BASE + '[applicant]\nname = "John\\u001b]0;x\\u0007"\n',
    "C1 CSI in a value": BASE + '[applicant]\nname = "John\\u009b2J"\n',
    "10 MB name": BASE + '[applicant]\nname = "' + "x" * 10_000_000 + '"\n',
    "10 MB statement": '[request]\nlanguage = "en"\nstatement = """' + "Lorem ipsum dolor sit amet. " * 380_000 + '"""\n',
    "100,000 contacts": BASE + '[[contact]]\nat = 2026-11-02T10:30:00\nsummary = "x"\n' * 100_000,
    "long statement over the text cap": '[request]\nlanguage = "en"\nstatement = """' + "word " * 190_000 + '"""\n',
    "largest case file the caps allow": CASE_TOML.split("[request]")[0]
    + '[request]\nlanguage = "en"\nstatement = """' + ("I lost my job. My income fell. " * 700)[:20_000] + '"""\n'
    + "".join(f'[[contact]]\nat = 2026-11-02T10:{i % 60:02d}:00\nsummary = "{("Asked again to pause. " * 14)[:300]}"\n'
              for i in range(500)),
    "many [files] keys": BASE + "[files]\n" + "".join(f'"f{i}.pdf" = "payslip"\n' for i in range(3000)),
    "absolute checklist": BASE.replace('language = "en"', 'language = "en"\nchecklist = "/etc/passwd.toml"'),
    "../ checklist": BASE.replace('language = "en"', 'language = "en"\nchecklist = "../../shared.toml"'),
    "lender email with CRLF": BASE + '[lender]\nemail = "a@b.example\\r\\nBcc: x@y.example"\n',
    "applicant email with LF": BASE + '[applicant]\nemail = "a@b.example\\nX: y"\n',
    "bad redact regex": BASE + '[[redact]]\nfile = "statement.pdf"\ntransactions = "(unclosed"\n',
    "redact outside": BASE + '[[redact]]\nfile = "../x.pdf"\ntext = "a"\n',
    "redact box inverted": BASE + '[[redact]]\nfile = "statement.pdf"\npage = 1\nbox = [10, 10, 5, 5]\n',
    "not UTF-8": None,
    "unterminated string with brackets": BASE + '[applicant]\nname = "' + "[" * 100_000 + "\n",
    "huge integer key path": BASE + "a" + ".a" * 20_000 + " = 1\n",
    "many tables": BASE + "".join(f"[t{i}]\n" for i in range(50_000)),
}


# One child process runs every hostile case file's check and build (two fresh interpreters per case file spent ~1 s
# each on starting Python and importing packet, 50 times), forking once per command. Each fork is a process of its
# own, as a fresh run is: its memory peak (VmHWM) starts from the pages it shares with the parent (the interpreter and
# the modules loaded) and never counts what another command used. After each command the parent imports the modules
# that command loaded, so later forks find them loaded (the largest case file goes first: its build loads the most).
# A later command's time, measured around the command, thus leaves out importing packet's modules (about 0.3 s on a
# quiet machine, against the 10 s bound), and its peak leaves out what importing them allocates and frees (about
# 12 MB, against the 300 MB bound).
_LIMITS_CHILD = """
import importlib, json, os, resource, sys, time
from click.testing import CliRunner
from packet.cli import cli

def one(args):
    t = time.monotonic()
    r = CliRunner().invoke(cli, args, env={'PACKET_LANG': 'en'})
    t = time.monotonic() - t
    exc = r.exception if not isinstance(r.exception, SystemExit) else None
    hwm = [int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')]
    return {'code': r.exit_code, 'out': r.stdout, 'err': r.stderr, 'exc': repr(exc) if exc else None, 'seconds': t,
            'peak_kb': hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}

def loaded():
    return sorted(name for name in sys.modules if not name.startswith('__'))

for key, args in json.loads(sys.stdin.read()):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            got = one(args)
            got['modules'] = loaded()
        except BaseException as exc:
            got = {'code': None, 'out': '', 'err': '', 'exc': 'in the fork: ' + repr(exc), 'seconds': 0, 'peak_kb': 0}
        with os.fdopen(write, 'w') as fh:
            fh.write(json.dumps(got))
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        got = json.loads(fh.read() or '{"exc": "the fork died"}')
    _, status = os.waitpid(pid, 0)
    for name in set(got.pop('modules', [])) - set(sys.modules):
        try:
            importlib.import_module(name)
        except Exception:
            pass
    print(json.dumps({'key': key, 'status': status, **got}), flush=True)
"""


def _limits_child(runs: list) -> list[str]:
    """Run :data:`_LIMITS_CHILD` with ``runs`` ([key, CLI args] pairs) on its stdin: its output lines, one a run."""
    proc = subprocess.run([sys.executable, "-c", _LIMITS_CHILD], input=json.dumps(runs),
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip().splitlines()


@pytest.fixture(scope="module")
def hostile_runs(tmp_path_factory) -> dict[str, tuple[Path, list[dict]]]:
    """{kind: (its case folder, [the check's result, the build's])} for every hostile case file: each result a dict
    of exit code, stdout, stderr, exception (repr or None), seconds and peak kB of that command."""
    cases, runs = {}, []
    for kind, text in HOSTILE_CASE_FILES.items():
        case = tmp_path_factory.mktemp("hostile") / "case"
        case.mkdir()
        payslip(case, "2026-10", "2,298.10")
        statement(case)
        if text is None:
            (case / "packet.toml").write_bytes(b'[applicant]\nname = "\xff\xfe"\n')
        else:
            (case / "packet.toml").write_text(text, encoding="utf-8")
        out = case.parent / "out.pdf"
        cases[kind] = case
        runs.append([kind, [["check", str(case), "--as-of", AS_OF, "--no-cache"],
                            ["build", str(case), "-o", str(out), "--as-of", AS_OF, "--force", "--no-cache", "--json"]]])
    runs.sort(key=lambda run: run[0] != "largest case file the caps allow")  # stable: the rest in their order
    lines = _limits_child(runs=[[kind, args] for kind, both in runs for args in both])
    got: dict[str, list[dict]] = {kind: [] for kind in cases}
    for line in lines:
        one = json.loads(line)
        got[one["key"]].append(one)
    return {kind: (cases[kind], got[kind]) for kind in cases}


@pytest.mark.parametrize("kind", list(HOSTILE_CASE_FILES))
def test_hostile_case_files_are_case_file_errors_within_10_s_and_300_mb(hostile_runs, kind):
    case, results = hostile_runs[kind]
    out = case.parent / "out.pdf"
    assert len(results) == 2, (kind, results)  # the check's and the build's
    for args, got in zip(("check", "build --json"), results, strict=True):
        seconds, peak_mb = got["seconds"], got["peak_kb"] / 1024
        assert got["exc"] is None and got["status"] == 0, (kind, got)
        assert seconds < 10, (kind, seconds)
        assert peak_mb < 300, (kind, peak_mb)
        assert "internal" not in got["out"] and "Traceback" not in got["err"], (kind, got["err"][-500:])
        if kind != "largest case file the caps allow":
            assert got["code"] == 2, (kind, got)
            # with --json the JSON object on stdout says it and stderr stays empty (scripts run 2>&1)
            said = got["out"] if "--json" in args else got["err"]
            assert "packet.toml" in said or "case file" in said.lower(), (kind, said[:300])
            assert "--json" not in args or got["err"] == "", (kind, got["err"][:300])
        assert not CONTROL.search(got["err"].replace("\n", "")), (kind, got["err"][:300])
    if kind == "largest case file the caps allow":
        assert got["code"] == 0 and out.exists(), got  # built: the letter and the log stay linear in the text
    else:
        assert not out.exists()


def test_the_messages_name_the_key():
    from packet.case.casefile import parse_case
    from packet.core.errors import CaseFileError

    root = Path(tempfile.mkdtemp())
    for text, key in ((HOSTILE_CASE_FILES["deep brackets"], "outstanding"),
                      (HOSTILE_CASE_FILES["5000-digit number"], "outstanding"),
                      (HOSTILE_CASE_FILES["NUL in a value"], "name"),
                      (HOSTILE_CASE_FILES["10 MB name"], "packet.toml"),
                      (BASE + '[applicant]\nname = "' + "x" * 30_000 + '"\n', "[applicant] name"),
                      (BASE + '[[contact]]\nat = 2026-11-02T10:30:00\n' * 2_500, "[[contact]]"),
                      (HOSTILE_CASE_FILES["huge integer key path"], "dotted key")):
        with pytest.raises(CaseFileError) as err:
            parse_case(root, text.encode())
        assert key in err.value.message, (key, err.value.message[:200])


# --- the case folder is a boundary -------------------------------------------------------------------------------


def _outside_files(base: Path) -> dict[str, Path]:
    """Files and a folder outside the case that links in it name: a PDF, a root-only PDF, a folder of PDFs."""
    outside = base / "elsewhere"
    outside.mkdir(parents=True)
    secret = text_pdf(outside / "secret.pdf", [["SECRET-OUTSIDE-7731 payslip", "Net pay 9,999.00"]])
    private = text_pdf(outside / "private" / "root-only.pdf", [["ROOT-ONLY-4412", "Net pay 1.00"]])
    os.chmod(private, 0o600)
    os.chmod(private.parent, 0o700)
    folder = outside / "folder"
    text_pdf(folder / "inner.pdf", [["FOLDER-OUTSIDE-5519"]])
    shared = outside / "shared.toml"
    shared.write_text("SHARED-CHECKLIST-8841 = 1\n")
    return {"secret": secret, "private": private, "folder": folder, "shared": shared}


def _linked_case(base: Path) -> tuple[Path, dict[str, Path]]:
    out = _outside_files(base)
    case = make_case(base / "case")
    (case / "link.pdf").symlink_to(out["secret"])
    (case / "root-only.pdf").symlink_to(out["private"])
    (case / "passwd.pdf").symlink_to("/etc/passwd")
    (case / "docs").symlink_to(out["folder"], target_is_directory=True)
    (case / "sub").mkdir()
    (case / "sub" / "up.pdf").symlink_to("../../elsewhere/secret.pdf")
    (case / "inside-link.pdf").symlink_to(case / "statement.pdf")  # inside the case: read as that file
    return case, out


class _OpenAudit:
    """Records the path of every ``open`` audit event (Python's open, os.open) while active."""

    paths: list[str] = []
    active = False
    installed = False

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if cls.active and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            cls.paths.append(os.fsdecode(args[0]))


def test_links_out_of_the_case_are_outside_case_errors_and_never_opened(tmp_path):
    case, out = _linked_case(tmp_path)
    if not _OpenAudit.installed:
        sys.addaudithook(_OpenAudit.hook)
        _OpenAudit.installed = True
    target = tmp_path / "built" / "packet.pdf"
    _OpenAudit.paths, _OpenAudit.active = [], True
    try:
        check = cli_run("check", case, "--as-of", AS_OF, "--json", "--no-cache")
        build = cli_run("build", case, "-o", target, "--as-of", AS_OF, "--force", "--eml", "--no-cache")
    finally:
        _OpenAudit.active = False
    no_internal(check)
    no_internal(build)
    assert build.exit_code == 0, build.output
    data = json.loads(check.stdout)
    errors = {e["path"]: e["code"] for e in data["errors"]}
    assert errors == {"link.pdf": "outside-case", "root-only.pdf": "outside-case", "passwd.pdf": "outside-case",
                      "docs": "outside-case", "sub/up.pdf": "outside-case"}, errors
    assert "inside-link.pdf" in {d["path"] for d in data["documents"]}
    # no file outside the case, the output folder, the program and its data was opened
    allowed = [str(case.resolve()), str(target.parent.resolve()), sys.prefix, sys.base_prefix,
               str(Path(__file__).resolve().parents[1]), "/usr/share/fonts", "/usr/share/texmf", "/etc/fonts",
               "/dev/null", "/proc/", "/usr/lib", "/usr/share/zoneinfo", "/usr/share/tesseract-ocr",
               os.path.realpath(sys.prefix), os.path.realpath(sys.base_prefix)]
    opened = {os.path.realpath(p) if os.path.isabs(p) else p for p in _OpenAudit.paths}
    strays = sorted(p for p in opened if os.path.isabs(p) and not any(p.startswith(a) for a in allowed))
    assert not strays, strays
    forbidden = {str(p.resolve()) for p in (out["secret"], out["private"], out["folder"] / "inner.pdf")} | {"/etc/passwd"}
    assert not (opened & forbidden), opened & forbidden
    texts = " ".join(pdf_texts(target))
    for marker in ("SECRET-OUTSIDE-7731", "ROOT-ONLY-4412", "FOLDER-OUTSIDE-5519", "root:x:0"):
        assert marker not in texts


def test_checklist_and_case_file_links_out_of_the_case_are_refused(tmp_path):
    out = _outside_files(tmp_path)
    case = make_case(tmp_path / "case", CASE_TOML.replace('language = "en"', 'language = "en"\nchecklist = "../elsewhere/shared.toml"'))
    result = cli_run("check", case, "--json", "--as-of", AS_OF, "--no-cache")
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and "outside the case folder" in data["error"] and result.exit_code == 2
    assert "--checklist" in data["error"]
    linked = make_case(tmp_path / "linked")
    (linked / "packet.toml").unlink()
    (linked / "packet.toml").symlink_to(out["shared"])
    result = cli_run("check", linked, "--json", "--as-of", AS_OF, "--no-cache")
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and "outside the case folder" in data["error"]
    assert "SHARED-CHECKLIST-8841" not in result.output




def _world_readable(root: Path) -> None:
    for dirpath, _dirnames, filenames in os.walk(root):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            p = Path(dirpath) / name
            if not p.is_symlink() and "private" not in dirpath:
                os.chmod(p, 0o644)


def test_the_boundary_holds_for_an_unprivileged_user(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="packet-boundary-"))  # pytest's tmp_path is private to root
    try:
        os.chmod(base, 0o755)
        case, out = _linked_case(base)
        _world_readable(base)
        os.chmod(out["private"].parent, 0o700)
        os.chmod(out["private"], 0o600)
        target_dir = base / "built"
        target_dir.mkdir()
        os.chmod(target_dir, 0o777)

        def run() -> str:
            check = CliRunner().invoke(cli, ["check", str(case), "--as-of", AS_OF, "--json", "--no-cache"],
                                       env={"PACKET_LANG": "en"})
            build = CliRunner().invoke(cli, ["build", str(case), "-o", str(target_dir / f"p{os.getuid()}.pdf"),
                                             "--as-of", AS_OF, "--force", "--no-cache", "--json"],
                                       env={"PACKET_LANG": "en"})
            bad = [r.exception for r in (check, build) if r.exception and not isinstance(r.exception, SystemExit)]
            return json.dumps({"check": check.stdout, "build": build.stdout, "bad": repr(bad) if bad else None})

        got = json.loads(as_unprivileged(run))
        assert got["bad"] is None, got
        errors = {e["path"]: e["code"] for e in json.loads(got["check"])["errors"]}
        assert errors["root-only.pdf"] == "outside-case" and errors["link.pdf"] == "outside-case", errors
        built = sorted(target_dir.glob("p*.pdf"))
        assert built, got["build"]
        for pdf in built:
            text = " ".join(pdf_texts(pdf))
            assert "SECRET-OUTSIDE-7731" not in text and "ROOT-ONLY-4412" not in text
    finally:
        shutil.rmtree(base, ignore_errors=True)


# --- redaction -----------------------------------------------------------------------------------------------


def test_redacted_text_and_transactions_cannot_be_recovered_and_the_rest_stays_searchable(tmp_path):
    toml = CASE_TOML + '''
[[redact]]
file = "statement.pdf"
text = "HOLLYBROOK PHARMACY"

[[redact]]
file = "statement.pdf"
transactions = "CHURCH|MOSQUE"

[[redact]]
file = "payslip-2026-09.pdf"
page = 1
box = [20, 370, 290, 395]
'''
    case = make_case(tmp_path / "case", toml)
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    pypdf_text, poppler = pdf_texts(out)
    raw = raw_streams(out)
    hidden = ("HOLLYBROOK", "PHARMACY", "ST MARY CHURCH GIFT AID", "CHURCH", "GIFT AID", "ACME LTD PAYSLIP 2026-09")
    for s in hidden:
        assert s not in pypdf_text and s not in poppler, s
        assert s.encode() not in raw and s.encode("utf-16-be") not in raw, s
    # the rest of the statement page is still there, searchable
    for s in ("TESCO STORES", "SALARY ACME LTD", "Closing balance", "Northern Bank plc", "LTD"):
        assert s in pypdf_text and s in poppler, s
    # the painted areas are black in the pixels of the page
    page_png = tmp_path / "page"
    reader = PdfReader(out)
    number = next(i for i, p in enumerate(reader.pages, 1) if "TESCO STORES" in (p.extract_text() or ""))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(number), "-l", str(number), str(out), str(page_png)],
                   check=True)
    from PIL import Image

    img = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert img.getextrema()[0] < 40


def test_check_suggests_redacting_transactions_that_reveal_health_or_religion(tmp_path):
    case = make_case(tmp_path / "case")
    result = cli_run("check", case, "--as-of", AS_OF, "--no-cache")
    no_internal(result)
    flat = re.sub(r"\s+", " ", result.stdout)
    assert "[[redact]]" in flat and "PHARMACY" in flat
    lines = result.stdout.splitlines()
    start = lines.index("      [[redact]]")
    block = "\n".join(x.strip() for x in lines[start:start + 3])  # printed unwrapped, ready to paste as it is
    assert block == "[[redact]]\nfile = \"statement.pdf\"\ntransactions = 'pharmacy|church'", block
    (case / "packet.toml").write_text(CASE_TOML + "\n" + block + "\n")
    again = cli_run("check", case, "--as-of", AS_OF, "--no-cache")
    assert "[[redact]]" not in again.stdout and "Privacy:" in again.stdout  # done: only the masking note is left


# --- identity documents ----------------------------------------------------------------------------------------


def test_an_id_copy_carries_the_purpose_line(tmp_path):
    case = make_case(tmp_path / "case")
    img = page_image(["PASSPORT", "Surname / Given names", "SMITH JOHN", "Nationality BRITISH",
                      "Date of expiry 01 JAN 2031", "P<GBRSMITH<<JOHN<<<<<<<<<<"], size_in=(4.9, 3.5))
    save_image(img, case / "passport.png", "PNG")
    data = json.loads(cli_run("check", case, "--as-of", AS_OF, "--json").stdout)
    types = {d["path"]: d["type"] for d in data["documents"]}
    assert types["passport.png"] == "id_document", types
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force")
    no_internal(result)
    pypdf_text, poppler = pdf_texts(out)
    line = "Copy provided only to Nimble Finance Ltd for a hardship request, 20 November 2026"
    assert line in pypdf_text
    raw_order = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
    assert raw_order.count(line) == 1  # once: on the ID copy's page, not on the others


def test_purpose_line_in_chinese():
    from datetime import date

    from packet.assembly.purpose_line import purpose_text
    from packet.case.casefile import Case, Lender, Request

    case = Case(root=Path("/x"), lender=Lender(name="某某消费金融"), request=Request(language="zh"))
    assert purpose_text(case, "zh", date(2026, 11, 20)) == "仅供向某某消费金融申请停催使用 2026年11月20日"


# --- clean failures ----------------------------------------------------------------------------------------------


def test_stale_temporary_files_of_a_killed_build_are_removed(tmp_path):
    case = make_case(tmp_path / "case")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out_dir / f".packet.pdf.{dead.pid}.tmp"
    stale.write_bytes(b"%PDF-1.7 half written")
    other = out_dir / ".notes.txt.123.tmp"
    other.write_bytes(b"not ours")
    live = out_dir / f".packet.pdf.{os.getppid()}.tmp"  # a live process's: left alone
    live.write_bytes(b"in progress")
    result = cli_run("build", case, "-o", out_dir / "packet.pdf", "--as-of", AS_OF, "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0
    assert not stale.exists() and other.exists() and live.exists()
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([live.name, other.name, "packet.pdf"])


def test_a_read_only_target_is_an_output_error_and_nothing_partial_is_left(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="packet-ro-"))
    try:
        os.chmod(base, 0o755)
        case = make_case(base / "case")
        _world_readable(base)
        ro = base / "readonly"
        ro.mkdir()
        os.chmod(ro, 0o555)

        warm = base / "warm-up"  # root's run first (to load every module) writes here: root ignores chmod
        warm.mkdir()

        def run() -> str:
            target = (warm if os.geteuid() == 0 else ro) / "packet.pdf"
            r = CliRunner().invoke(cli, ["build", str(case), "-o", str(target), "--as-of", AS_OF,
                                         "--force", "--no-cache", "--json", "--eml"], env={"PACKET_LANG": "en"})
            return json.dumps({"code": r.exit_code, "out": r.stdout,
                               "exc": repr(r.exception) if r.exception and not isinstance(r.exception, SystemExit)
                               else None})

        got = json.loads(as_unprivileged(run))
        assert got["exc"] is None, got
        data = json.loads(got["out"])
        assert got["code"] == 2 and data["code"] == "output", data
        assert "read-only" in data["error"] and "-o" in data["hint"]
        assert list(ro.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_full_disk_is_an_output_error_with_advice(tmp_path, monkeypatch):
    import errno

    from packet.assembly import output_file
    from packet.core.errors import OutputError

    target = tmp_path / "packet.pdf"
    real_open = open

    class Full:
        def __init__(self, path, mode):
            self.fh = real_open(path, mode)

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_file, "open", Full, raising=False)
    with pytest.raises(OutputError) as err:
        output_file.write_atomic(target, b"x" * 100, "en")
    assert "disk is full" in err.value.message and "space" in err.value.hint
    assert list(tmp_path.iterdir()) == []


def test_a_chinese_letter_masks_an_id_and_a_card_number_and_keeps_the_phone(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    save_image(page_image(["中华人民共和国", "居民身份证", "姓名 李娜", "签发机关 北京市公安局"], size_in=(3.4, 2.1), cjk=True),
               case / "身份证.png", "PNG")
    (case / "packet.toml").write_text(
        '[applicant]\nname = "李娜"\nphone = "139 1234 5678"\n[lender]\nname = "安心消费金融"\n'
        'contract_number = "AX2025110700017"\n[request]\nlanguage = "zh"\n'
        'statement = "本人身份证号 11010519491231002X，银行卡号 6222 0212 3456 7890 128，电话 139 1234 5678，'
        '合同 AX2025110700017。"\n', encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", env={"PACKET_LANG": "zh"})
    no_internal(result)
    pypdf_text, poppler = pdf_texts(out)
    flat = re.sub(r"\s+", "", poppler)
    assert "****002X" in flat and "****0128" in flat
    assert "11010519491231002X" not in flat and "62220212345678901" not in flat.replace(" ", "")
    assert "13912345678" in flat and "AX2025110700017" in flat
    assert "仅供向安心消费金融申请停催使用2026年11月20日" in re.sub(r"\s+", "", pypdf_text)


def test_an_identity_number_after_its_label_is_masked_whatever_its_check_character():
    """A resident ID typed with a wrong check character (a slip of the finger, or the README's own example) after
    身份证号 was printed whole in the letter beside its masked copy in the header table (a new user's trial); the
    case's own [applicant] id_number is masked wherever it stands, with or without separators."""
    from packet.core.masking import mask_numbers
    from packet.rules.registry import load_vocabulary

    labels = load_vocabulary().id_number_labels
    text, n = mask_numbers("身份证号110101199003071234，银行卡号6222021234567890128。", id_labels=labels)
    assert text == "身份证号****1234，银行卡号****0128。" and n == 2  # the card by its Luhn check
    text, n = mask_numbers("My NI number is QQ 12 34 56 C; ID no. 12; from Japan 20240101; Nino 123456",
                           id_labels=labels)
    assert n == 1 and "ID no. 12" in text and "Japan 20240101" in text and "Nino 123456" in text
    text, n = mask_numbers("ref 1101 0119 9003 0712 34, again 110101199003071234",
                           secrets=("110101199003071234",))
    assert n == 2 and "1234" in text and "0119" not in text


@pytest.mark.parametrize("typed,whole", [("SIN 123-456-789", "123-456-789"),
                                         ("my social insurance number is 046 454 286", "046 454 286"),
                                         ("NAS : 123 456 789", "123 456 789")])
def test_a_canadian_social_insurance_number_is_masked_after_its_label(typed, whole):
    """Canada's Social Insurance Number after its label ("SIN", "social insurance number", French "NAS") in text the
    user types was printed whole in the letter (an adviser's trial, r22), though the card number beside it was
    masked; a word merely ending in the letters ("basin 123456") is no label."""
    from packet.core.masking import mask_numbers
    from packet.rules.registry import load_vocabulary

    labels = load_vocabulary().id_number_labels
    text, n = mask_numbers(f"My hours were cut. {typed}. Thanks", id_labels=labels)
    assert n == 1 and whole not in text and whole[-3:] in text, text
    text, n = mask_numbers("the basin 123456 and Sinai 1234567", id_labels=labels)
    assert n == 0, text


def test_a_chinese_letter_masks_an_id_number_that_fails_its_check(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "packet.toml").write_text(
        '[applicant]\nname = "李娜"\nid_number = "110101199003071234"\nphone = "139 1234 5678"\n[lender]\n'
        'name = "安心消费金融"\ncontract_number = "AX2025110700017"\n[request]\nlanguage = "zh"\n'
        'statement = "本人身份证号110101199003071234，因病住院三个月，收入中断。我的证件号码 1101 0119 9003 0712 34。"\n',
        encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", AS_OF, "--force", env={"PACKET_LANG": "zh"})
    no_internal(result)
    pypdf_text, poppler = pdf_texts(out)
    flat = re.sub(r"\s+", "", poppler) + re.sub(r"\s+", "", pypdf_text)
    assert "110101199003071234" not in flat and "11010119900307" not in flat
    assert "****1234" in flat and "13912345678" in flat
