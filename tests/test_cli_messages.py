"""What a new user reads: the language of every message (--lang wins), case-file errors (all of them, each
with its line, the TOML parser's errors in words), usage errors that say what to type, `packet sent` and
`packet log` on the wrong input, hints with the user's own paths, and letters with no dangling punctuation.

Every case folder is made here; the CLI is run as a user runs it (CliRunner, the real library behind it)."""

from __future__ import annotations

import email
import hashlib
import json
import re
import time
from datetime import date
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from packet.cli import cli

CJK = re.compile(r"[\u4e00-\u9fff]")
PARSER_WORDS = ("Illegal", "Invalid", "Cannot", "Expected", "Unclosed", "Unterminated", "Unescaped", "column")


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def make_case(folder: Path, language: str, extra: str = "") -> Path:
    """A case folder whose packet.toml says ``language``, with an empty image and a plain-text file in it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "packet.toml").write_text(f'[request]\nlanguage = "{language}"\n{extra}', encoding="utf-8")
    (folder / "blank.png").write_bytes(b"")
    (folder / "notes.txt").write_text("call the bank on Monday\n", encoding="utf-8")
    return folder


# --- 1. --lang wins over the case's language, for per-file errors too ---------------------------------------

@pytest.mark.parametrize("case_lang,asked", [("zh", "en"), ("en", "zh")], ids=["zh-case-lang-en", "en-case-lang-zh"])
def test_file_errors_follow_lang_not_the_case(tmp_path, case_lang, asked):
    folder = make_case(tmp_path / "case", case_lang)
    result = run("check", folder, "--json", "--lang", asked, "--no-cache")
    assert result.exit_code == 1, result.output
    errors = {e["path"]: e["message"] for e in json.loads(result.stdout)["errors"]}
    assert set(errors) == {"blank.png", "notes.txt"}
    for message in errors.values():
        assert bool(CJK.search(message)) == (asked == "zh"), message
    assert ("是空文件" if asked == "zh" else "is empty (0 bytes)") in errors["blank.png"]


def test_without_lang_file_errors_follow_the_case_and_packet_lang_outranks_it(tmp_path):
    folder = make_case(tmp_path / "case", "zh")
    result = run("check", folder, "--json", "--no-cache")
    assert "是空文件" in json.loads(result.stdout)["errors"][0]["message"]
    result = run("check", folder, "--json", "--no-cache", env={"PACKET_LANG": "en"})
    assert "is empty (0 bytes)" in json.loads(result.stdout)["errors"][0]["message"]


def test_human_report_and_build_refusal_follow_lang(tmp_path):
    folder = make_case(tmp_path / "case", "zh")
    report = run("check", folder, "--lang", "en", "--no-cache")
    assert "is empty (0 bytes)" in report.output and not CJK.search(report.output), report.output
    refused = run("build", folder, "--lang", "en", "--json", "--no-cache", "-o", tmp_path / "out.pdf")
    assert refused.exit_code == 1
    data = json.loads(refused.stdout)
    assert data["code"] == "not-ready"
    assert not CJK.search(data["error"] + (data["hint"] or "")), data
    assert not CJK.search(json.dumps([e["message"] for e in data["errors"]], ensure_ascii=False))


def test_status_follows_lang(tmp_path):
    folder = make_case(tmp_path / "case", "zh")
    out = run("status", folder, "--lang", "en", "--as-of", "2026-11-20")
    assert out.exit_code == 0 and "Not sent yet" in out.output and not CJK.search(out.output), out.output
    out = run("status", folder, "--as-of", "2026-11-20")
    assert CJK.search(out.output), out.output


def test_cache_takes_lang(tmp_path):
    out = run("cache", "--lang", "zh")
    assert out.exit_code == 0 and "缓存位置" in out.output, out.output


def test_web_page_shows_library_messages_in_the_page_language(tmp_path):
    """The case was checked with the page in English; after the switch to Chinese the same page shows the
    file errors in Chinese (checked again), never the English ones."""
    from starlette.testclient import TestClient

    from packet.web import Settings, create_apps

    cases = tmp_path / "cases"
    make_case(cases / "Mine", "en")
    settings = Settings(cases=cases, as_of=date(2026, 11, 20))
    app, _phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    try:
        r = client.get(f"/?s={settings.secret}", follow_redirects=False)
        client.get(r.headers["location"])

        def page() -> str:
            client.get("/case/Mine")  # asks for a check in the page's language when the last one spoke another
            deadline = time.monotonic() + 60
            while web.jobs.busy("Mine") and time.monotonic() < deadline:
                time.sleep(0.1)
            return client.get("/case/Mine").text

        client.get("/lang/en?next=/")
        assert "is empty (0 bytes)" in page()
        client.get("/lang/zh?next=/")
        shown = page()
        assert "是空文件" in shown and "is empty (0 bytes)" not in shown
    finally:
        web.jobs.shutdown(wait=True)


# --- 2. the TOML parser's errors, in words, in both languages, with the line ---------------------------------

SYNTAX = [
    ("unclosed-string", '[applicant]\nname = "Wang\nphone = "1"\n', 4, "name", "引号", "closing quote"),
    ("duplicate-key", '[applicant]\nname = "A"\nname = "B"\n', 5, "name", "写了两次", "given twice"),
    ("invalid-value", "[plan]\nfirst_payment = next-month\n", 4, "first_payment", "值无效", "not valid"),
    ("missing-equals", '[lender]\nname "Bank"\n', 4, None, "等号", "followed by ="),
    ("duplicate-section", '[plan]\noutstanding = "1.00"\n[plan]\nmonthly_payment = "1.00"\n', 5, None, "写了两次",
     "written twice"),
    ("unclosed-list", '[plan]\noutstanding = "1.00"\nx = [1, 2\n', 5, "x", "没有结束", "not closed"),
]


@pytest.mark.parametrize("text,line,key,zh,en", [s[1:] for s in SYNTAX], ids=[s[0] for s in SYNTAX])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_toml_syntax_errors_in_words_with_file_and_line(tmp_path, lang, text, line, key, zh, en):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "packet.toml").write_text(f'[request]\nlanguage = "{lang}"\n' + text, encoding="utf-8")
    result = run("check", folder, "--no-cache")
    assert result.exit_code == 2, result.output
    message = result.output
    assert (f"packet.toml 第 {line} 行" if lang == "zh" else f"packet.toml, line {line}") in message, message
    if key:
        assert key in message
    assert (zh if lang == "zh" else en) in message, message
    if lang == "zh":
        assert not any(w in message for w in PARSER_WORDS), message


# --- 3. usage errors say what to type -----------------------------------------------------------------------

@pytest.mark.parametrize("lang,says", [("zh", "缺少 DIR：存放材料的文件夹。请把它写在命令后面，例如  packet check ./我的材料"),
                                       ("en", "Missing DIR: the folder that holds your documents. Type it after the "
                                              "command, e.g.  packet check ./my-docs")])
def test_missing_folder_argument_says_what_to_type(lang, says):
    result = run("--lang", lang, "check")
    assert result.exit_code == 2
    assert says in result.output and "的值无效：\n" not in result.output, result.output
    data = json.loads(run("check", "--json", "--lang", lang).stdout)
    assert data["code"] == "usage" and data["error"] == says


def test_missing_cases_folder_of_batch():
    result = run("batch", "--lang", "en")
    assert result.exit_code == 2 and "packet batch ./cases" in result.output, result.output


# --- 4. the template's commented examples are valid TOML when uncommented ----------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_commented_example_in_the_template_parses(tmp_path, lang):
    from packet.case.casefile import load_case

    folder = tmp_path / "case"
    assert run("init", folder, "--template", "--lang", lang).exit_code == 0
    text = (folder / "packet.toml").read_text(encoding="utf-8")
    examples = [i for i, x in enumerate(text.splitlines()) if re.match(r"#\s*[a-z_]+\s*=", x)]
    assert len(examples) >= 4, text  # hardship, outstanding, monthly_payment, first_payment
    for i in [*examples, None]:  # each one alone, then all of them at once
        lines = text.splitlines()
        for j in (examples if i is None else [i]):
            lines[j] = lines[j].lstrip("# ")
        (folder / "packet.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        load_case(folder)  # raises CaseFileError if the uncommented line is not valid
    assert f"packet check {folder}" in text  # the real folder, not a placeholder


# --- 5. packet sent: build first, --json, no duplicate record ----------------------------------------------

def test_sent_before_any_build_says_to_build_first(tmp_path):
    folder = make_case(tmp_path / "case", "en")
    result = run("sent", folder)
    assert result.exit_code == 2
    assert f"packet build {folder}" in result.output and "no packet was built" in result.output, result.output
    zh = run("sent", folder, "--lang", "zh", "--json")
    data = json.loads(zh.stdout)
    assert data["code"] == "usage" and f"packet build {folder}" in data["hint"] and CJK.search(data["error"])


def test_sent_json_and_the_same_sending_twice_is_refused(tmp_path):
    folder = make_case(tmp_path / "case", "zh")
    pdf = tmp_path / "case-packet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a packet\n%%EOF\n")
    first = run("sent", folder, "--json", "--at", "2026-11-21T09:00", "--via", "post", "--tracking", "SF123")
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)["sent"]
    assert data == {"at": "2026-11-21T09:00:00", "via": "post", "file": str(pdf),
                    "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "tracking": "SF123", "kind": "request"}
    before = (folder / "packet.toml").read_text(encoding="utf-8")
    again = run("sent", folder, "--at", "2026-11-21T15:30", "--via", "post")
    assert again.exit_code == 2
    assert "已有记录" in again.output and "--again" in again.output, again.output
    assert (folder / "packet.toml").read_text(encoding="utf-8") == before  # nothing added
    as_json = json.loads(run("sent", folder, "--at", "2026-11-21T15:30", "--via", "post", "--json", "--lang", "en").stdout)
    assert as_json["code"] == "usage" and "Already recorded" in as_json["error"] and as_json["exit_code"] == 2
    other_way = run("sent", folder, "--at", "2026-11-21T15:30", "--via", "email")
    assert other_way.exit_code == 0, other_way.output
    forced = run("sent", folder, "--at", "2026-11-21T16:00", "--via", "post", "--again")
    assert forced.exit_code == 0, forced.output
    assert (folder / "packet.toml").read_text(encoding="utf-8").count("[[sent]]") == 3


# --- 6 and 7. a file given for a folder; hints with the real paths -----------------------------------------

@pytest.mark.parametrize("lang,says", [("en", "is a file, not a folder"), ("zh", "是文件，不是文件夹")])
def test_log_given_a_file_says_a_case_folder_is_expected(tmp_path, lang, says):
    folder = make_case(tmp_path / "case", lang)
    result = run("log", folder / "packet.toml", "--lang", lang)
    assert result.exit_code == 2
    assert says in result.output and "No such folder" not in result.output and "找不到" not in result.output
    assert str(folder) in result.output.splitlines()[-1]  # the folder to give instead


def test_hints_name_the_real_paths(tmp_path):
    folder = make_case(tmp_path / "case", "en")
    removed = run("log", folder, "--remove", "3")
    assert removed.exit_code == 2 and f"packet log {folder} --list" in removed.output, removed.output
    cases = tmp_path / "cases"
    make_case(cases / "alpha", "en")
    queue = run("batch", cases, "--no-cache", "--as-of", "2026-11-20")
    assert f"packet check {cases / 'alpha'}" in queue.output and "CASES_DIR" not in queue.output, queue.output


# --- 8. nothing dangles when a part of the letter is unknown -----------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_forced_build_without_case_file_has_no_dangling_punctuation(tmp_path, lang):
    folder = tmp_path / "empty"
    folder.mkdir()
    out = tmp_path / "out.pdf"
    result = run("build", folder, "--force", "--eml", "--lang", lang, "--as-of", "2026-11-20", "-o", out, "--no-cache")
    assert result.exit_code == 0, result.output
    letter = PdfReader(out).pages[0].extract_text()
    msg = email.message_from_bytes(out.with_suffix(".eml").read_bytes())
    subject = str(make_header(decode_header(msg["Subject"])))
    body = next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    for text in (letter, subject, body):
        for line in text.splitlines():
            assert not re.search(r"[—–]\s*$|^\s*[—–]", line), (line, text)  # a dash with nothing on one side
            assert not re.search(r"\(\s*\)|（\s*）|[:：,，]\s*[.。]|[，。：、]{2}|本人。", line), (line, text)
    assert "My account" not in letter and "您好：\n\n您好" not in body
    if lang == "en":
        assert "Re: Request to pause collection" in letter


# --- 9. every case-file error at once, each with its line ---------------------------------------------------

def test_all_case_file_errors_are_shown_with_their_lines(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "packet.toml").write_text(
        '[request]\nlanguage = "en"\nkind = "halt"\n\n[applicant]\nnmae = "Ann"\n\n[lender]\nemail = "not one"\n\n'
        '[plan]\noutstanding = "lots"\n\n[[contact]]\nat = "yesterday"\n', encoding="utf-8")
    result = run("check", folder, "--json", "--no-cache")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and data["error"].startswith("5 problems in packet.toml")
    for line, key in ((3, "kind"), (6, "nmae"), (9, "email"), (12, "outstanding"), (15, "at")):
        assert re.search(rf"line {line}: \[[a-z]+\] {key}", data["error"]), (line, data["error"])
    lines = [int(n) for n in re.findall(r"line (\d+)", data["error"])]
    assert lines == sorted(lines)


def test_many_case_file_errors_are_capped(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    unknown = "".join(f"colour{i} = 1\n" for i in range(14))
    (folder / "packet.toml").write_text(unknown + '[request]\nlanguage = "zh"\n', encoding="utf-8")
    result = run("check", folder, "--no-cache")
    assert result.exit_code == 2
    assert "14 处问题" in result.output and "另有 4 处" in result.output, result.output
    assert result.output.count("未知的键或小节") == 10


# --- 10. the samples carry the keys the interface page describes --------------------------------------------

@pytest.mark.parametrize("name,country,currency", [("en-job-loss", "GB", "GBP"), ("zh-medical-stop", "CN", "CNY")])
def test_samples_name_their_country_and_currency(sample_case, name, country, currency):
    from packet.case.casefile import load_case

    case = load_case(sample_case(name))
    assert (case.request.country, case.request.currency) == (country, currency)


@pytest.mark.parametrize("args", [("check", "{case}", "--as-of", "2026/11/20"), ("log", "{case}", "--remove", "0"),
                                  ("check", "--bogus", "{case}")], ids=["bad-date", "out-of-range", "no-such-option"])
def test_usage_errors_follow_the_case_language_without_lang(tmp_path, args):
    folder = make_case(tmp_path / "我的材料", "zh")
    argv = [str(folder) if a == "{case}" else a for a in args]
    result = run(*argv, env={"PACKET_LANG": "", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.exit_code == 2
    assert "错误：" in result.stderr and "Error:" not in result.stderr, result.stderr
    asked = run(*argv, "--lang", "en", env={"PACKET_LANG": ""})
    assert "Error:" in asked.stderr and not CJK.search(asked.stderr.replace(str(folder), "")), asked.stderr


def test_sizes_and_pages_are_said_as_people_read_them():
    """A trial's small packet was "0.0 MB" and a one-page document "1 page(s)"."""
    from packet.core.display import command_path, file_size

    assert file_size(31_500) == "32 KB" and file_size(400) == "1 KB" and file_size(2_150_000) == "2.1 MB"
    assert command_path("/tmp/李娜 手机照片") == "'/tmp/李娜 手机照片'" and command_path("/tmp/plain") == "/tmp/plain"
