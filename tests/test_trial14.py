"""Round 25's trial of three new users (a 杭州 delivery rider on his phone's browser, a Manchester care worker at a
terminal her son set up, a Canadian legal-aid clinic scripting 40 client folders overnight): each failure they met,
fixed, with the test that failed before."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_reading import CJK_FONT, text_pdf
from PIL import Image, ImageDraw, ImageFont

from packet import pipeline
from packet.rules.report_text import render_text

AS_OF = date(2026, 12, 2)
RIDER = ('[applicant]\nname = "李建军"\nphone = "13805712233"\n[lender]\nname = "某银行信用卡中心"\ncontract_number = "XY-1"\n'
         '[request]\nlanguage = "zh"\nhardship = "medical"\n')


def _wallet_screen(path, title: str, rows: list[tuple[str, str, str]]) -> None:
    """A phone's screenshot (1080 px wide, as Android saves it) of a wallet's bill list: each row a memo over its
    time, the signed amount at the right."""
    img = Image.new("RGB", (1080, 2000), (245, 245, 245))
    d = ImageDraw.Draw(img)
    big, mid, small = (ImageFont.truetype(CJK_FONT, s) for s in (50, 42, 34))
    d.text((460, 120), title, fill="black", font=big)
    y = 260
    for memo, when, amount in rows:
        d.rectangle((0, y, 1080, y + 170), fill="white")
        d.text((50, y + 25), memo, fill="black", font=mid)
        d.text((50, y + 95), when, fill=(140, 140, 140), font=small)
        d.text((1030 - d.textlength(amount, font=mid), y + 55), amount, fill="black", font=mid)
        y += 178
    img.save(path, "PNG")


@pytest.mark.parametrize("kind", ["earnings", "transfers"])
def test_a_wallet_list_of_a_platforms_payouts_is_told_it_counts_as_income(tmp_path, kind):
    """Trial 14 (a): a rider's Alipay bill list (美团众包-配送收入结算 +312.50, one a day, a 花呗 repayment between) and
    his WeChat one (饿了么蜂鸟-收入提现) were read as "other" with no word of what they could be: the hint that a
    platform's income statement counts as that month's payslip was given only to an income list with no payment
    out. Now the payouts named as earnings, three or more signed as money in, point the document at the income
    types, and the hint and its [files] line are said; a list of ordinary transfers and red packets is told nothing
    of the kind."""
    case = tmp_path / "rider"
    case.mkdir()
    (case / "packet.toml").write_text(RIDER, encoding="utf-8")
    if kind == "earnings":
        rows = [("美团众包-配送收入结算", "2026-08-31 23:10", "+312.50"), ("美团众包-配送收入结算", "2026-08-30 23:05", "+287.00"),
                ("转账-王小红", "2026-08-29 12:40", "-200.00"), ("美团众包-配送收入结算", "2026-08-28 23:01", "+276.40"),
                ("花呗自动还款", "2026-08-27 10:00", "-1,200.00"), ("美团众包-配送收入结算", "2026-08-26 23:03", "+321.90")]
    else:
        rows = [("微信红包", "2026-08-31 20:10", "+66.00"), ("转账-王小红", "2026-08-30 12:40", "+200.00"),
                ("超市消费", "2026-08-29 18:02", "-48.50"), ("转账-李建国", "2026-08-28 09:12", "+500.00"),
                ("花呗自动还款", "2026-08-27 10:00", "-1,200.00")]
    shot = case / "Screenshot_20261001_203311_com.eg.android.AlipayGphone.png"
    _wallet_screen(shot, "账单", rows)
    run = pipeline.check(case, pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False))
    doc = next(d for d in run.report.documents if d.document.rel == shot.name)
    assert doc.type == "other"  # what it is read as does not change: only what it is told
    text = render_text(run.report, run.case, run.checklist)
    told = "平台的月度收入明细" in text and f'"{shot.name}" = "payslip"' in text
    assert told is (kind == "earnings"), text


# --- (c) a legal-aid clinic's overnight batch ------------------------------------------------------------------------

def _caseload(root, n=4):
    from tests.test_batch import write_case

    for i in range(1, n + 1):
        write_case(root / f"client{i:02d}", f"Client {chr(64 + i)} Tremblay")
    return root


def _cli(*args):
    from tests.cli_inprocess import cli

    return cli(*[str(a) for a in args])


def test_ctrl_c_during_the_builds_names_the_packets_already_written(tmp_path, monkeypatch):
    """Trial 14 (c): Ctrl-C halfway through ``batch --build`` (4 of 30 packets written) said "Stopped. Nothing was
    written." (JSON: the same, no list), and the clinic's script took the four PDFs beside the folders for leftovers.
    Now the stop names what was written (``"written"`` in JSON), still exit 130, code ``interrupted``."""
    import importlib
    import json

    batch_module = importlib.import_module("packet.batch")  # the module (packet.batch is also the function)

    cases = _caseload(tmp_path / "cases", 3)
    real = batch_module.build_from
    calls = []

    def build_then_ctrl_c(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the key pressed while the third packet was being made
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_module, "build_from", build_then_ctrl_c)
    done = _cli("batch", cases, "--build", "--json", "--as-of", "2026-11-20", "--no-cache", "--jobs", "1")
    said = json.loads(done.stdout)
    written = sorted(p.name for p in (tmp_path / "cases").glob("*.pdf"))
    assert written == ["client01-packet.pdf", "client02-packet.pdf"]
    assert done.returncode == 130 and said["code"] == "interrupted" and said["exit_code"] == 130
    assert said["written"] == [str(cases / w) for w in written]
    assert "Nothing was written" not in said["error"] and "2 packet(s) were written" in said["error"], said
    calls.clear()
    text = _cli("batch", cases, "--build", "--as-of", "2026-11-20", "--no-cache", "--jobs", "1", "--lang", "zh")
    assert text.returncode == 130 and "已生成 2 份申请材料" in text.stderr and "client02-packet.pdf" in text.stderr


@pytest.mark.parametrize("cause", ["read-only", "full"])
def test_a_batch_whose_packets_cannot_be_written_says_so_not_that_cases_could_not_be_checked(tmp_path, monkeypatch, cause):
    """Trial 14 (c): the caseload on a read-only mount (and again on a full disk) with ``--build``: every ready case's
    row said "ERROR", complete "—", ready "—", the summary "30 could not be checked", and the hint "choose another
    disk with -o", an option ``batch`` does not have. Now such a row keeps complete/ready "yes", says "not built",
    the summary counts the packets not written apart from cases not checked, and the hint is the batch's own
    (JSON keeps ``error``/``error_code`` "output" for scripts; ``complete``/``ready`` stay true)."""
    import errno
    import json
    import os

    from packet.assembly import output_file

    cases = _caseload(tmp_path / "cases", 2)
    real_access = os.access

    def no_writing_here(path, mode, *a, **kw):
        return False if (mode & os.W_OK and os.path.realpath(path) == os.path.realpath(cases)) else real_access(
            path, mode, *a, **kw)

    if cause == "read-only":
        monkeypatch.setattr(output_file.os, "access", no_writing_here)
    else:
        def full(path, data, lang=None):
            raise output_file.output_failed(path, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), lang or "en")
        from packet.assembly import assemble, parts

        for module in (assemble, parts):  # where the packet's bytes are written
            monkeypatch.setattr(module, "write_atomic", full)
    done = _cli("batch", cases, "--build", "--as-of", "2026-11-20", "--no-cache", "--jobs", "1")
    assert done.returncode == 1, done.stdout + done.stderr
    rows = [ln for ln in done.stdout.splitlines() if ln.lstrip("! ").startswith("client")]
    assert len(rows) == 2 and all(" yes " in r and "NOT BUILT" in r for r in rows), done.stdout
    assert "0 could not be checked" in done.stdout and "2 ready to build" in done.stdout, done.stdout
    assert "2 packet(s) could not be written" in done.stdout, done.stdout
    assert " -o" not in done.stdout and "run the batch again" in done.stdout, done.stdout
    as_json = json.loads(_cli("batch", cases, "--build", "--json", "--as-of", "2026-11-20", "--no-cache",
                              "--jobs", "1").stdout)
    for row in as_json["cases"]:
        assert row["complete"] is True and row["ready"] is True and row["error_code"] == "output"
        assert " -o" not in row["error"] and "run the batch again" in row["error"]
    assert not list(cases.glob("*.pdf"))


# --- (b) a care worker at the terminal her son set up ------------------------------------------------------------------

CARER = ('[applicant]\nname = "Blessing Adeyemi"\nemail = "b.adeyemi@example.com"\n[lender]\nname = "Vanquis Bank"\n'
         'contract_number = "VQ 5521 0093 1177"\n[request]\nlanguage = "en"\nhardship = "medical"\n'
         '[plan]\noutstanding = "£1,840.50"\nmonthly_payment = "40.00"\nfirst_payment = 2027-01-15\n')


@pytest.mark.parametrize("where", ["end", "top"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_files_line_pasted_without_its_heading_is_told_to_go_under_files(tmp_path, where, lang):
    """Trial 14 (b): told by ``check`` to write ``"gp letter.pdf" = "medical_evidence"`` under [files], she pasted the
    line at the end of packet.toml, below [plan] (and once at its top, above every heading). ``check`` stopped with
    "[plan] gp letter.pdf: unknown key 'gp letter.pdf'. Allowed here: outstanding, monthly_payment, first_payment,
    installment. Check the spelling." — nothing she could spell differently. Now it says the line names a file of the
    case and goes under a [files] heading, and what to write."""
    case = tmp_path / "carer"
    text_pdf(case / "gp letter.pdf", [["Ardwick Medical Practice", "To whom it may concern", "Dr Helen Marsh, GP"]])
    line = '"gp letter.pdf" = "medical_evidence"\n'
    (case / "packet.toml").write_text(CARER + "\n" + line if where == "end" else line + CARER, encoding="utf-8")
    done = _cli("check", case, "--json", "--lang", lang, "--as-of", "2026-12-02", "--no-cache")
    import json

    said = json.loads(done.stdout)
    assert done.returncode == 2 and said["code"] == "case-file"
    message = said["problems"][0]["message"]
    if lang == "en":
        assert "names a file of this case" in message and "[files]" in message, message
        assert "Check the spelling" not in message
    else:
        assert "是本案例文件夹中的文件" in message and "[files]" in message, message
    # a key that names no file is still a spelling mistake
    (case / "packet.toml").write_text(CARER + 'monthly_payement = "40"\n', encoding="utf-8")
    other = json.loads(_cli("check", case, "--json", "--lang", lang, "--as-of", "2026-12-02", "--no-cache").stdout)
    assert "[files]" not in other["problems"][0]["message"]


@pytest.mark.parametrize("copy", ["packet.toml~", "#packet.toml#", "packet.toml.save", "packet.toml.bak"])
def test_an_editors_copy_of_packet_toml_is_no_document(tmp_path, copy):
    """Trial 14 (b): her son's terminal opens packet.toml in gedit, which leaves ``packet.toml~`` beside it; ``check``
    listed it under "Files that could not be read" ("a plain-text file … use Save as PDF"), and the batch's row of
    the case counted it as a file not read. An editor's copy of the case file is skipped as packet.toml is; a text
    file of another name is still said."""
    case = tmp_path / "carer"
    text_pdf(case / "payslip.pdf", [["Kindly Hands Home Care Ltd", "Payslip", "Employee: Blessing Adeyemi",
                                     "Pay period: October 2026", "Gross pay: 1,430.83", "Net pay: 1,244.66"]])
    (case / "packet.toml").write_text(CARER, encoding="utf-8")
    (case / copy).write_text(CARER.replace("1,840.50", "1,900.00"), encoding="utf-8")
    (case / "notes.txt").write_text("call Vanquis on Monday", encoding="utf-8")
    run = pipeline.check(case, pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False))
    assert [e.rel for e in run.report.errors] == ["notes.txt"]


def test_the_cache_counts_the_disk_its_entries_take(tmp_path):
    """Trial 14 (c), a known leftover: the clinic's overnight runs fill the OCR cache with thousands of pages, each
    entry 1–3 KB that takes a 4 KB block; ``packet cache`` said 14 KB where ``du`` said 112 KB, and the 500 MB limit
    let the cache grow to several times that on the disk. Now the size and the limit count the blocks taken."""
    import os

    from packet.reading.ocr_cache import OcrCache
    from tests.test_ocr_cache import SHA, a_page

    cache = OcrCache(tmp_path / "cache", max_age_days=30)
    keys = [cache.key(SHA, i, "eng") for i in range(6)]
    for k in keys:
        cache.put(k, a_page("Closing balance 412.09"))
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and not p.name.startswith(".")]
    length = sum(p.stat().st_size for p in files)
    taken = sum(p.stat().st_blocks * 512 for p in files)
    if taken <= length:
        pytest.skip("this file system takes no more room than the files' lengths")
    assert cache.stats().size == taken
    cache.max_bytes = (length + taken) // 2  # under the limit by length, over it on the disk
    assert cache.prune() > 0
    kept = [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert sum(p.stat().st_blocks * 512 for p in kept) <= cache.max_bytes
    assert os.path.isdir(tmp_path / "cache")


def test_a_statement_downloaded_twice_is_told_too_old_once(tmp_path):
    """Trial 14 (b): "Statement.pdf" and "Statement (1).pdf" (the same download, twice): ``check`` listed six problems,
    two of them the same "This statement ends on 2026-09-30, before the period asked for…", once per copy, beside
    "The same file as Statement.pdf; it is counted once". The copy left out now says only that it is a copy."""
    import shutil

    case = tmp_path / "carer"
    text_pdf(case / "Statement.pdf", [["Northwest Mutual Bank", "Statement of account",
                                       "Account holder: Blessing Adeyemi", "Account number: 41926630",
                                       "Statement period: 01/09/2026 to 30/09/2026", "Closing balance: 470.49"]])
    shutil.copy(case / "Statement.pdf", case / "Statement (1).pdf")
    (case / "packet.toml").write_text(CARER, encoding="utf-8")
    run = pipeline.check(case, pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False))
    codes = {d.document.rel: [p.code for p in d.problems] for d in run.report.documents}
    assert codes == {"Statement.pdf": ["stale"], "Statement (1).pdf": ["duplicate"]}, codes


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_income_now_is_not_asked_for_payslips_nor_promised_them(tmp_path, lang):
    """Trial 14 (a): the rider's statement says "现在没有收入" (he cannot work since the accident); the page asked for
    the payslips of 2026-09, 2026-10 and 2026-11 (months he earned nothing), the case could never be complete, and the
    letter built anyway promised "尚待补交：工资单（…2026-10、2026-11）" — payslips that will never exist. Now check
    says months without income have no payslips and how to go on, and the letter says he has no income now, naming
    his earlier pay record and his bank statement enclosed, and promises no payslips. The same in English."""
    from pypdf import PdfReader

    case = tmp_path / "rider"
    if lang == "zh":
        toml = RIDER.replace('hardship = "medical"\n', 'hardship = "medical"\nstatement = "我是外卖骑手，9月14日出了车祸，'
                                                          '右腿骨折，医生说要全休三个月，现在没有收入。"\n')
        text_pdf(case / "income-aug.pdf", [["美团众包 骑手收入明细", "骑手：李建军", "结算周期：2026年8月",
                                            "应发收入：8,736.20", "实发收入：8,736.20"]], cjk=True)
        text_pdf(case / "bank.pdf", [["中国农业银行 账户明细", "户名：李建军", "账号：6228480012343317",
                                      "起止日期：2026-09-01 至 2026-11-30", "期末余额：86.45"]], cjk=True)
        promised, said, note = "工资单", "本人目前没有收入", "没有收入的月份不会有工资单"
    else:
        toml = CARER.replace('hardship = "medical"\n', 'hardship = "medical"\nstatement = "I hurt my back in '
                                                         'September 2026 and I have no income now."\n')
        text_pdf(case / "payslip-aug.pdf", [["Kindly Hands Home Care Ltd", "Payslip", "Employee: Blessing Adeyemi",
                                             "Pay period: August 2026", "Gross pay: 1,167.65", "Net pay: 1,052.31"]])
        text_pdf(case / "bank.pdf", [["Northwest Mutual Bank", "Statement of account",
                                      "Account holder: Blessing Adeyemi", "Account number: 41926630",
                                      "Statement period: 01/06/2026 to 30/11/2026", "Closing balance: 86.45"]])
        promised, said, note = "Payslip", "I have no income at present", "months without income have no payslips"
    (case / "packet.toml").write_text(toml, encoding="utf-8")
    options = pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False)
    run = pipeline.check(case, options)
    pay = [m for m in run.report.missing if m.type == "payslip"]
    assert pay and note in pay[0].message, [m.message for m in run.report.missing]
    out = tmp_path / "packet.pdf"
    pipeline.build_from(run, options, out, force=True)
    letter = "".join(p.extract_text() for p in PdfReader(out).pages[:3])
    assert said in letter, letter
    follow = [ln for ln in letter.splitlines() if ln.startswith("·")]  # the items still to follow, letter and index
    assert follow and not any(promised in ln for ln in follow), letter


@pytest.mark.parametrize("name", ["Blessing's papers", "Mum's UC letter 2026", "it's $5", "O'Brien`s"])
def test_a_folder_with_an_apostrophe_is_shown_in_quotes_she_can_read_and_copy(tmp_path, monkeypatch, name):
    """Trial 14 (b): her folder "Blessing's papers"; ``check`` ended "Next: … run  packet check
    'Blessing'"'"'s papers'  again." — right for the shell, unreadable to her. A path whose only special character
    is an apostrophe is now shown in double quotes; one with $ or a backquote keeps the single-quote form. Both give
    the shell the name itself."""
    import subprocess

    from packet.core.display import command_path

    monkeypatch.chdir(tmp_path)
    shown = command_path(tmp_path / name)
    if "$" in name or "`" in name:
        assert shown.startswith("'")
    else:
        assert shown == f'"{name}"'
    said = subprocess.run(["bash", "-c", f"printf %s {shown}"], capture_output=True, text=True, check=True).stdout
    assert said == name


def test_a_file_whose_name_is_not_utf8_can_be_given_its_fields(tmp_path):
    """Trial 14 (c), a known leftover: a client folder on the shared drive holds b"Relev\\xe9 bancaire.pdf" (a Latin-1
    name) whose closing balance packet did not find. ``check`` told the worker to copy ``[fields."Relev<byte E9>
    bancaire.pdf"]``: the raw byte, which no editor saves as UTF-8 and no TOML reader accepts, so the statement could
    never be counted. The line is now printed as ``[fields."Relev\\\\xE9 bancaire.pdf"]`` (valid UTF-8 and TOML) and
    packet.toml's loader finds the file it names; the value written there counts."""
    import json
    import os
    import subprocess
    import sys

    def packet_cli(*args: str) -> subprocess.CompletedProcess:  # the real program, output as bytes (see trial 13)
        env = {k: v for k, v in os.environ.items() if k != "PACKET_LANG"}
        return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, env=env, timeout=300)

    case = tmp_path / "client02"
    case.mkdir()
    (case / "packet.toml").write_text(CARER, encoding="utf-8")
    name = os.fsdecode(b"Relev\xe9 bancaire.pdf")
    text_pdf(case / name, [["Northwest Mutual Bank", "Statement of account", "Account holder: Blessing Adeyemi",
                            "Account number: 41926630", "Statement period: 01/10/2026 to 30/11/2026"]])
    args = ("check", str(case), "--as-of", "2026-12-02", "--jobs", "1", "--no-cache", "--lang", "en")
    said = packet_cli(*args).stdout
    header = next(ln for ln in said.splitlines() if ln.strip().startswith(b'[fields."'))
    header = header.decode("utf-8").strip()  # strict: the raw byte made this raise
    assert header == '[fields."Relev\\\\xE9 bancaire.pdf"]', header
    with open(case / "packet.toml", "a", encoding="utf-8") as fh:
        fh.write(f'\n{header}\nclosing_balance = "512.30"\n')
    report = json.loads(packet_cli(*args, "--json").stdout.decode("utf-8"))
    doc = next(d for d in report["documents"] if d["path"] == name)
    assert doc["fields"]["closing_balance"] == "512.30" and doc["evidence"]["closing_balance"]["source"] == "case-file"


def test_a_gp_letter_is_not_told_it_may_be_a_gig_apps_income_before_the_hardship_is_named(tmp_path):
    """Trial 14 (b): her first ``check``, before ``init`` (no packet.toml, so no hardship named): her GP's letter ("…
    advised to reduce her hours") was told "A platform's monthly income statement (a delivery, ride or gig app's
    earnings for one month) counts as that month's payslip. If this is one…: "gp letter.pdf" = "payslip"". A document
    that reads like a letter from a doctor is never told that, whether or not the checklist asks for one yet."""
    case = tmp_path / "carer"
    text_pdf(case / "gp letter.pdf", [["Ardwick Medical Practice", "12 Hyde Road, Manchester M12 6BQ",
                                       "Date: 14 October 2026", "To whom it may concern",
                                       "Re: Mrs Blessing Adeyemi, DOB 03/04/1984",
                                       "This patient has been under our care since August 2026",
                                       "for a back injury sustained at work. She has been advised to",
                                       "reduce her hours.", "Dr Helen Marsh, GP"]], size=(595, 842))
    run = pipeline.check(case, pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False))
    doc = next(d for d in run.report.documents if d.document.rel == "gp letter.pdf")
    assert doc.type == "other" and "medical_evidence" in doc.suggested
    text = render_text(run.report, run.case, run.checklist)
    assert "platform's monthly income statement" not in text, text
    assert 'hardship = "medical"' in text, text  # what makes it count, said instead


def test_log_on_a_terminal_asks_when_the_call_was(tmp_path):
    """Trial 14 (b): she logged yesterday's call the next morning with ``packet log .``; it asked how, who, what was
    said, and recorded the call as made at that moment ("Recorded the phone contact of 2026-12-02 13:15"), the date
    the follow-up letter then quotes. On a terminal it now asks when first (Enter: now), in words it reads again
    until it is a date not later than now."""
    import os
    import subprocess
    import sys

    import tomllib

    from tests.conftest import ROOT

    (tmp_path / "packet.toml").write_text(CARER, encoding="utf-8")
    answers = "yesterday 3pm\n2999-01-01\n2026-12-01 15:00\n1\nSarah, collections\nno calls for 30 days\n\n\n"
    cmd = f"{sys.executable} -m packet log {tmp_path} --lang en"
    done = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "When was it?" in done.stdout, done.stdout
    assert "“yesterday 3pm” is not a date" in done.stdout and "is later than now" in done.stdout, done.stdout
    contact = tomllib.loads((tmp_path / "packet.toml").read_text(encoding="utf-8"))["contact"][0]
    assert contact["at"].isoformat() == "2026-12-01T15:00:00" and contact["with"] == "Sarah, collections"
