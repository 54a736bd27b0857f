"""What advisers' scripts rely on beyond check/build: `packet doctor --json` and `packet cache --json` (one JSON
object, stable keys, the exit codes of the other commands, never a prompt), and `build -o` into a folder that
does not exist yet. Every case folder and cache is made here; the CLI is run as a user runs it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from PIL import Image

from packet.cli import cli
from packet.core.model import Page, Word
from packet.reading.ocr_cache import OcrCache

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


# --- packet doctor --json ------------------------------------------------------------------------------------

DOCTOR_IDS = {"tesseract", "tesseract-lang:eng", "tesseract-lang:chi_sim", "rapidocr", "ocr-engines",
              "package:pypdf", "cjk-font", "tool:pdftoppm", "cache-dir"}


def test_doctor_json_is_one_object_with_stable_ids_in_either_language():
    shapes = {}
    for lang in ("en", "zh"):
        result = run("doctor", "--json", "--lang", lang)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)  # stdout is exactly one JSON object, nothing else
        assert data["ok"] is True and data["missing"] == 0
        assert DOCTOR_IDS <= {c["id"] for c in data["checks"]}
        for c in data["checks"]:
            assert set(c) == {"id", "what", "ok", "detail", "fix"}
        shapes[lang] = data
    # ids do not change with the language; the words do
    assert [c["id"] for c in shapes["en"]["checks"]] == [c["id"] for c in shapes["zh"]["checks"]]
    whats = {lang: {c["id"]: c["what"] for c in d["checks"]} for lang, d in shapes.items()}
    assert whats["en"]["cjk-font"] != whats["zh"]["cjk-font"]


def test_doctor_json_without_tesseract_says_what_is_missing_and_exits_2(tmp_path):
    from packet.reading.tesseract import probe

    probe.cache_clear()
    try:
        result = run("doctor", "--json", "--lang", "en", env={"PATH": str(tmp_path)})
    finally:
        probe.cache_clear()
    assert result.exit_code == 2, result.output
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["missing"] >= 1
    tess = next(c for c in data["checks"] if c["id"] == "tesseract")
    assert tess["ok"] is False and "tesseract-ocr" in tess["fix"]


def test_doctor_without_a_terminal_never_waits_for_input():
    """stdin is a pipe that stays open: a prompt would block until the timeout."""
    proc = subprocess.Popen([sys.executable, "-m", "packet", "doctor", "--lang", "zh"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        code = proc.wait(timeout=120)
    finally:
        proc.kill()
        out = proc.stdout.read()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
    assert code == 0 and "packet 所需的一切都已安装" in out, out


# --- packet cache --json -------------------------------------------------------------------------------------

def _page() -> Page:
    return Page(number=1, width=595.0, height=842.0, source="ocr", text="Net pay 1,234.56",
                words=(Word(text="Net", box=(0.1, 0.1, 0.2, 0.12), conf=90.0, line=0),), confidence=90.0, dpi=300.0)


CACHE_KEYS = {"dir", "entries", "files", "size", "max_bytes", "max_age_days", "forgotten", "pruned", "cleared"}


def test_cache_json_shows_forgets_prunes_and_clears(tmp_path):
    cache_dir = tmp_path / "cache"
    case = tmp_path / "case"
    case.mkdir()
    Image.new("L", (40, 30), 255).save(case / "scan.png")
    mine = hashlib.sha256((case / "scan.png").read_bytes()).hexdigest()
    other = "cd" + "1" * 62
    cache = OcrCache(cache_dir)
    for sha in (mine, other):
        cache.put(cache.key(sha, 0, "eng"), _page())
        cache.put(cache.key(sha, 1, "eng"), _page())
    env = {"PACKET_CACHE_DIR": str(cache_dir)}

    shown = run("cache", "--json", env=env)
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert set(data) == CACHE_KEYS
    assert (data["entries"], data["files"], data["dir"]) == (4, 2, str(cache_dir))
    assert data["size"] > 0 and data["max_age_days"] == 30 and (data["forgotten"], data["pruned"], data["cleared"]) == (
        None, None, None)

    forgot = json.loads(run("cache", "--json", "--forget", case, env=env).stdout)
    assert (forgot["forgotten"], forgot["entries"], forgot["files"]) == (2, 2, 1)

    pruned = json.loads(run("cache", "--json", "--prune", env=env).stdout)
    assert (pruned["pruned"], pruned["entries"]) == (0, 2)  # nothing is old yet

    cleared = run("cache", "--json", "--clear", env=env)
    assert cleared.exit_code == 0
    assert json.loads(cleared.stdout) | {"dir": None, "size": None} == {
        "dir": None, "entries": 0, "files": 0, "size": None, "max_bytes": data["max_bytes"],
        "max_age_days": 30.0, "forgotten": None, "pruned": None, "cleared": 2}


def test_cache_json_forget_of_a_missing_folder_is_one_error_object(tmp_path):
    result = run("cache", "--json", "--forget", tmp_path / "nowhere", "--lang", "zh",
                 env={"PACKET_CACHE_DIR": str(tmp_path / "cache")})
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "no-such-folder" and data["exit_code"] == 2 and "nowhere" in data["error"]


def test_cache_quiet_prints_only_the_summary(tmp_path):
    result = run("cache", "--prune", "-q", env={"PACKET_CACHE_DIR": str(tmp_path / "cache")})
    assert result.exit_code == 0 and "Pruned" not in result.output and str(tmp_path / "cache") in result.output


# --- packet build -o into a folder that does not exist yet -----------------------------------------------------

def _en_case(folder: Path, plan: str = "") -> Path:
    folder.mkdir(parents=True)
    (folder / "packet.toml").write_text(
        '[applicant]\nname = "Ruth Mendes"\n[lender]\nname = "Harbour Credit"\ncontract_number = "HC-88120"\n'
        '[request]\nlanguage = "en"\nhardship = "unemployment"\n' + plan, encoding="utf-8")
    return folder


def test_build_creates_the_missing_folders_of_o(tmp_path):
    """A new folder for the packet is what an adviser means by -o clients/2026/x.pdf: it is made, the PDF lands."""
    from pypdf import PdfReader

    case = _en_case(tmp_path / "case")
    out = tmp_path / "clients" / "2026-11" / "mendes.pdf"
    result = run("build", case, "--force", "-o", out, "--as-of", "2026-11-20", "--no-cache", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["build"]["files"] == [str(out)]
    assert "Harbour Credit" in PdfReader(out).pages[0].extract_text()
    assert sorted(p.name for p in out.parent.iterdir()) == ["mendes.pdf"]  # no temporary file left


def test_build_refused_creates_no_folder(tmp_path):
    case = _en_case(tmp_path / "case")
    out = tmp_path / "new" / "folder" / "x.pdf"
    result = run("build", case, "-o", out, "--as-of", "2026-11-20", "--no-cache")
    assert result.exit_code == 1, result.output
    assert not (tmp_path / "new").exists()


def test_build_o_under_a_file_is_an_output_error_not_a_traceback(tmp_path):
    case = _en_case(tmp_path / "case")
    (tmp_path / "taken").write_text("a file, not a folder\n")
    cases = (("en", tmp_path / "taken" / "x.pdf", "Cannot write"), ("zh", tmp_path / "taken" / "x.pdf", "无法写入"),
             ("en", tmp_path / "taken" / "sub" / "x.pdf", "Cannot create the folder"),
             ("zh", tmp_path / "taken" / "sub" / "x.pdf", "无法创建文件夹"))
    for lang, target, words in cases:
        result = run("build", case, "--force", "-o", target, "--json", "--lang", lang, "--as-of", "2026-11-20",
                     "--no-cache")
        assert result.exit_code == 2, result.output
        data = json.loads(result.stdout)
        assert data["code"] == "output" and words in data["error"] and data["hint"], data
        assert "Traceback" not in result.output
    assert (tmp_path / "taken").read_text() == "a file, not a folder\n"


# --- a new user's first steps ------------------------------------------------------------------------------------

def _cli(*args: str, lang: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT), "PACKET_LANG": lang})


def test_packet_alone_lists_the_commands_in_the_users_language():
    zh = _cli(lang="zh")
    assert zh.returncode == 2 and zh.stdout == ""
    assert "请在 packet 后面写上要执行的命令" in zh.stderr and "packet init ./我的材料" in zh.stderr
    for name in ("init", "check", "build", "sent", "log", "status", "doctor", "cache"):
        assert re.search(rf"^  {name}\s+\S*[\u4e00-\u9fff]", zh.stderr, re.M), (name, zh.stderr)
    assert "Error" not in zh.stderr and "Missing command" not in zh.stderr and "Usage" not in zh.stderr
    en = _cli("-q", lang="en")  # an option but no command: the same answer
    assert en.returncode == 2 and "Which command?" in en.stderr and "Commands:" in en.stderr
    assert "Missing command" not in en.stderr and "Error: Usage" not in en.stderr


def test_log_remove_of_a_number_not_in_the_log_is_a_usage_error(tmp_path):
    case = _en_case(tmp_path / "case")
    assert run("log", case, "--with", "agent 7", "--summary", "asked for time", "--at", "2026-11-02T10:00").exit_code == 0
    result = run("log", case, "--remove", "4", "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "usage" and "There is no entry 4; the log has 1." == data["error"]
    assert "agent 7" in (case / "packet.toml").read_text()  # nothing removed


def test_log_json_prints_the_entry_it_recorded_or_removed(tmp_path):
    case = _en_case(tmp_path / "case")
    contact = run("log", case, "--with", "agent 7", "--said", "we can pause for 30 days", "--at", "2026-11-03T14:05",
                  "--json")
    assert contact.exit_code == 0, contact.output
    assert json.loads(contact.stdout) == {"logged": {
        "table": "contact", "at": "2026-11-03T14:05:00", "channel": "phone", "with": "agent 7",
        "said": "we can pause for 30 days", "promised": None, "next_step": None, "summary": None}}
    reply = run("log", case, "--reply", "acknowledged", "--summary", "ref 991", "--at", "2026-11-05", "--json")
    assert json.loads(reply.stdout) == {"logged": {"table": "reply", "at": "2026-11-05T00:00:00",
                                                   "kind": "acknowledged", "summary": "ref 991"}}
    removed = run("log", case, "--remove", "1", "--json")
    data = json.loads(removed.stdout)["removed"]
    assert (data["n"], data["table"], data["with"]) == (1, "contact", "agent 7")
    assert [e["table"] for e in json.loads(run("log", case, "--list", "--json").stdout)] == ["reply"]


def test_sent_names_the_case_file_mistakes_first(tmp_path):
    case = _en_case(tmp_path / "case")
    with open(case / "packet.toml", "a", encoding="utf-8") as fh:
        fh.write('[[contact]]\nat = "soon"\n')
    result = run("sent", case, "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and "'soon' is not a date and time" in data["error"], data


def test_sent_before_anything_was_built_is_a_usage_error(tmp_path):
    case = _en_case(tmp_path / "case")
    before = (case / "packet.toml").read_bytes()
    result = run("sent", case, "--json", "--lang", "zh")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "usage" and "还没有可以记录的文件" in data["error"] and "packet build" in data["hint"]
    assert (case / "packet.toml").read_bytes() == before


def test_checklists_json_lists_them_and_shows_one_with_its_rules(tmp_path):
    listed = run("checklists", "--json")
    assert listed.exit_code == 0
    names = {c["name"]: c for c in json.loads(listed.stdout)["checklists"]}
    assert {"en-hardship", "zh-stop-collection", "zh-reduce-collection"} <= set(names)
    assert set(names["en-hardship"]["title"]) == {"zh", "en"}
    mine = tmp_path / "mine.toml"
    mine.write_text('name = "credit-union"\nlanguage = "en"\ntitle = { zh = "信用社申请", en = "Credit union form" }\n'
                    'description = { zh = "三个月工资单", en = "three payslips" }\n'
                    '[[requirement]]\nid = "pay"\ntitle = { zh = "工资", en = "Pay" }\n'
                    '  [[requirement.option]]\n  type = "payslip"\n  rule = "each-month"\n  months = 3\n',
                    encoding="utf-8")
    one = json.loads(run("checklists", mine, "--json").stdout)
    assert one["name"] == "credit-union" and one["source"] == str(mine)
    assert one["requirements"] == [{"id": "pay", "title": {"zh": "工资", "en": "Pay"}, "when": {}, "options": [
        {"type": "payslip", "rule": "each-month", "months": 3, "days": None, "count": 1, "stand_in": None,
         "optional_fields": []}]}]
    bad = run("checklists", "no-such-list", "--json")
    assert bad.exit_code == 2 and json.loads(bad.stdout)["code"] == "checklist"


def test_init_where_no_folder_can_be_is_an_output_error_not_a_traceback(tmp_path):
    (tmp_path / "notes.txt").write_text("not a folder\n")
    for target, lang, words in ((tmp_path / "notes.txt", "zh", "是文件，不是文件夹"),
                                (tmp_path / "notes.txt" / "case", "en", "Cannot write"),
                                (tmp_path / "notes.txt", "en", "is a file, not a folder")):
        result = run("init", target, "--json", "--lang", lang)
        assert result.exit_code == 2, result.output
        data = json.loads(result.stdout)
        assert data["code"] == "output" and words in data["error"] and data["hint"], data
    assert (tmp_path / "notes.txt").read_text() == "not a folder\n"


def test_init_json_writes_the_template_without_asking(tmp_path):
    result = run("init", tmp_path / "new-case", "--json", "--lang", "en")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {"written": str(tmp_path / "new-case" / "packet.toml"), "template": True,
                    "defaults": {"kind": "stop"},  # what it wrote for want of an answer, said
                    "country": None, "country_from": None, "country_clues": []}  # no documents, no --country
    assert "[applicant]" in (tmp_path / "new-case" / "packet.toml").read_text(encoding="utf-8")
    again = run("init", tmp_path / "new-case", "--json", "--lang", "en")
    assert again.exit_code == 2 and "never overwrites" in json.loads(again.stdout)["error"]
