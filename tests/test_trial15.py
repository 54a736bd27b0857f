"""User trial 15: what failed three new users (a laid-off worker on the page at 200 % zoom, a single parent on the
command line, a money adviser scripting 25 client folders), each with real parts: real Tesseract, real files."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from packet.core.errors import NoSuchFolder
from packet.pipeline import CheckOptions, check

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

CASE_TOML = """[applicant]
name = "Gwen Parry"
email = "gwen.parry@example.com"

[lender]
name = "Cardiff Catalogue Ltd"
contract_number = "CC-2231"

[request]
kind = "reduce"
language = "en"
hardship = "income-drop"
"""


def _picture(path: Path, lines: list[str]) -> None:
    """A scanned page: black text on white, 1200 x 1600 px (about 150 dpi on A4)."""
    img = Image.new("RGB", (1200, 1600), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    for i, line in enumerate(lines):
        draw.text((90, 120 + 60 * i), line, fill="black", font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)


def _client(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    _picture(folder / "a-payslip.png", ["Payslip", "Pay date 28 October 2026", "Employee Gwen Parry",
                                        "Gross pay 1,210.00", "Net pay 1,034.55"])
    _picture(folder / "b-payslip.png", ["Payslip", "Pay date 28 November 2026", "Employee Gwen Parry",
                                        "Gross pay 1,190.00", "Net pay 1,020.10"])
    return folder


def test_a_folder_taken_out_mid_check_is_said_gone_not_damaged(tmp_path):
    """The adviser's client folder is on a USB stick that is pulled out while `check` reads it: before, every file
    not yet read was reported "damaged or incomplete, download or scan it again" and the case incomplete (exit 1);
    now the run stops with exit 2's no-such-folder, saying the folder went away and to put it back."""
    case = _client(tmp_path / "usb" / "client07")
    away = tmp_path / "elsewhere"

    def pulled_out(done: int, total: int) -> None:
        if case.exists():
            shutil.move(str(case.parent), away)

    options = CheckOptions(as_of=date(2026, 12, 2), jobs=1, use_cache=False, on_page=pulled_out)
    with pytest.raises(NoSuchFolder) as err:
        check(case, options)
    assert "went away while packet was reading it" in err.value.message
    assert "Put it back" in err.value.hint


def test_a_file_deleted_mid_check_is_said_moved_not_damaged(tmp_path):
    """One file taken away (moved to another folder) after the folder was listed: its message says it was moved
    or deleted while being read, never that it is damaged and must be downloaded again."""
    case = _client(tmp_path / "client08")

    def moved(done: int, total: int) -> None:
        if (case / "b-payslip.png").exists():
            shutil.move(str(case / "b-payslip.png"), tmp_path / "b-payslip.png")

    run = check(case, CheckOptions(as_of=date(2026, 12, 2), jobs=1, use_cache=False, on_page=moved))
    errors = {e.rel: e.message for e in run.report.errors}
    gone = [m for m in errors.values() if "moved or deleted while packet was reading it" in m]
    assert gone and not any("damaged" in m for m in errors.values()), errors


def test_batch_row_of_a_client_folder_taken_out(tmp_path, monkeypatch):
    """`packet batch` over the adviser's clients, one of whose folders goes away after its pages were read: its row
    is an error (no-such-folder, "went away"), the other client is checked as usual, and the batch exits 1."""
    import importlib
    import json

    from tests.cli_inprocess import cli

    batch = importlib.import_module("packet.batch")  # the module (packet.batch is also a function's name)
    caseload = tmp_path / "clients"
    gone = _client(caseload / "a-gwen")
    _client(caseload / "b-rhys")
    real = batch.reread.finish_second_reading

    def pulled_out(rereading, done):
        if gone.exists():
            shutil.move(str(gone), tmp_path / "stick-a-gwen")
        return real(rereading, done)

    monkeypatch.setattr(batch.reread, "finish_second_reading", pulled_out)
    out = cli("batch", str(caseload), "--json", "--as-of", "2026-12-02", "--no-cache", "--jobs", "1")
    rows = {r["case"]: r for r in json.loads(out.stdout)["cases"]}
    assert out.returncode == 1
    assert rows["a-gwen"]["error_code"] == "no-such-folder" and "went away" in rows["a-gwen"]["error"]
    assert rows["b-rhys"]["error"] is None


def test_build_of_a_folder_taken_out_mid_build_says_gone(tmp_path, monkeypatch):
    """The stick pulled out after the check, while the packet is drawn: before, every document was named as
    "changed during the build (still copying or syncing?)"; now it says the folder went away (exit 2,
    no-such-folder), and no PDF is written."""
    import importlib
    import json

    from tests.cli_inprocess import cli

    assemble = importlib.import_module("packet.assembly.assemble")
    case = _client(tmp_path / "usb" / "client09")
    real = assemble.make_front

    def pulled_out(*args, **kwargs):
        if case.exists():
            shutil.move(str(case.parent), tmp_path / "elsewhere")
        return real(*args, **kwargs)

    monkeypatch.setattr(assemble, "make_front", pulled_out)
    out = cli("build", str(case), "--force", "--json", "--as-of", "2026-12-02", "--jobs", "1")
    err = json.loads(out.stdout)
    assert out.returncode == 2 and err["code"] == "no-such-folder" and "went away" in err["error"], err
    assert not list(tmp_path.rglob("*-packet.pdf"))


@pytest.mark.parametrize("lang, words", [("en", "packet batch"), ("zh", "一次只处理一个案件文件夹")])
def test_status_of_several_client_folders_points_to_batch(tmp_path, lang, words):
    """The adviser's follow-up round: `packet status clients/*` stopped with click's bare "Got unexpected extra
    arguments" and "see --help"; now the hint says status takes one folder and `packet batch` does them all."""
    import json

    from tests.cli_inprocess import cli

    for name in ("client01", "client02", "client03"):
        (tmp_path / "clients" / name).mkdir(parents=True)
    folders = [str(p) for p in sorted((tmp_path / "clients").iterdir())]
    out = cli("status", *folders, "--json", "--lang", lang)
    err = json.loads(out.stdout)
    assert out.returncode == 2 and err["code"] == "usage"
    assert words in err["hint"] and "packet batch" in err["hint"] and "clients" in err["hint"], err


def test_a_hand_typed_call_time_is_told_how_to_write_it(tmp_path):
    """The adviser typed a call's time in [[contact]] as she writes it, `at = 14/10/2026 11:20`: before, the message
    was "something follows the value on the same line" (not what is wrong); now it names the value and shows
    2026-10-14T11:20:00, in both languages."""
    import json

    from tests.cli_inprocess import cli

    case = tmp_path / "client11"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML + '\n[[contact]]\nat = 14/10/2026 11:20\nchannel = "phone"\n',
                                      encoding="utf-8")
    for lang, words in (("en", "write it year-month-day, then T and the time"), ("zh", "再加 T 和时间")):
        out = cli("check", str(case), "--json", "--lang", lang)
        err = json.loads(out.stdout)
        assert out.returncode == 2 and err["code"] == "case-file"
        assert "14/10/2026 11:20" in err["error"] and words in err["error"] and "2026-10-14T11:20:00" in err["error"]


def _bank_statement(path: Path, rows: list[tuple[str, str, str, str, str]], month: str = "October",
                    holder: str = "Ms Gwen Parry") -> None:
    """A born-digital bank statement for ``month`` 2026 (reportlab, a text layer) of ``holder``'s account."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 60, "Cambrian Building Society")
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 120, holder)
    c.drawString(350, h - 120, "Account number: 40221187")
    c.drawString(350, h - 134, "Sort code: 40-12-76")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, h - 170, f"Statement 1 {month} 2026 to 30 {month} 2026")
    c.setFont("Helvetica", 10)
    y = h - 210
    for x, t in zip((50, 110, 360, 430, 500), ("Date", "Description", "Paid out", "Paid in", "Balance"), strict=True):
        c.drawString(x, y, t)
    for row in rows:
        y -= 18
        for x, t in zip((50, 110, 360, 430, 500), row, strict=True):
            c.drawString(x, y, t)
    c.drawString(50, y - 40, "Closing balance 925.17")
    c.save()


@pytest.mark.parametrize("wages", [True, False])
def test_a_benefit_with_wages_on_the_statement_is_not_said_to_have_no_wages(tmp_path, wages):
    """The single parent on Universal Credit ("I am a single parent on Universal Credit… cut my hours at the cafe")
    built with --force: her letter said "I have no wages (I live on a pension or benefit), so there are no
    payslips" while her own bank statement, enclosed, shows "PART-TIME WAGES CAFE 240.00" paid in. Wages paid in
    on a statement are wages: the letter lists the payslip as still to follow, and check gives no "never payslips"
    note. Without such a row the letter still says there are no wages (the r21 trial's pensioner)."""
    from pypdf import PdfReader

    from tests.cli_inprocess import cli

    case = tmp_path / "gwen-card"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML.replace('hardship = "income-drop"', 'hardship = "income-drop"\n'
                                      'statement = "I am a single parent on Universal Credit. I had to cut my hours '
                                      'at the cafe to look after my daughter."'), encoding="utf-8")
    rows = [("01 Oct", "Balance brought forward", "", "", "212.40"),
            ("11 Oct", "DWP UC", "", "1,012.37", "1,224.77"),
            ("12 Oct", "SWANSEA COUNCIL RENT", "450.00", "", "774.77")]
    if wages:
        rows.append(("28 Oct", "PART-TIME WAGES CAFE", "", "240.00", "1,014.77"))
    _bank_statement(case / "statement-oct.pdf", rows)
    out = cli("build", str(case), "--force", "--as-of", "2026-11-20")
    assert out.returncode == 0, out.stderr
    letter = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "gwen-card-packet.pdf").pages[:3]).split())
    checked = cli("check", str(case), "--as-of", "2026-11-20").stdout
    if wages:
        assert "I have no wages" not in letter and "· Payslip:" in letter, letter
        assert "there will never be payslips" not in checked
    else:
        assert "I have no wages" in letter
        assert "there will never be payslips" in checked


def test_status_says_the_last_call_and_the_next_step_logged(tmp_path):
    """A week after sending, the single parent logs the lender's call (what they said, a promised call back, her
    own next step) and asks `status` what to do: before, it said only "wait for a written reply", none of what
    she had just logged. Now it shows the last contact, what was said and promised, and her next step (JSON:
    ``last_contact``), in both languages."""
    import json

    from tests.cli_inprocess import cli

    case = tmp_path / "gwen-card"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML + '\n[[sent]]\nat = 2026-11-25T10:00:00\nvia = "email"\n'
                                      'file = "gwen-card-packet.pdf"\n\n[[contact]]\nat = 2026-12-01T14:05:00\n'
                                      'channel = "phone"\nwith = "Dragon Card, Sian"\n'
                                      'said = "Account on hold for 30 days; they want an income and expenditure form"\n'
                                      'promised = "Call back on 16 December"\n'
                                      'next_step = "Fill in the income and expenditure form"\n', encoding="utf-8")
    out = cli("status", str(case), "--as-of", "2026-12-02")
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())
    assert "Last contact: 2026-12-01 14:05, phone, Dragon Card, Sian" in text, text
    assert "They promised: Call back on 16 December" in text
    assert "Your next step: Fill in the income and expenditure form" in text
    zh = " ".join(cli("status", str(case), "--as-of", "2026-12-02", "--lang", "zh").stdout.split())
    assert "最近一次联系：2026-12-01 14:05，电话，Dragon Card, Sian" in zh and "您的下一步：" in zh, zh
    got = json.loads(cli("status", str(case), "--as-of", "2026-12-02", "--json").stdout)["last_contact"]
    assert got["promised"] == "Call back on 16 December" and got["next_step"].startswith("Fill in")


def test_build_with_an_email_draft_says_the_email_size(tmp_path):
    """The single parent emails her packet: build said only the PDF's size, and --max-size's help "Largest file size
    to email" led her to give her mail service's limit, which the email (a third bigger: base64) then exceeds. Now
    build says the draft's own size, and the help says what to give for a mail limit."""
    from tests.cli_inprocess import cli

    case = tmp_path / "gwen-card"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    _bank_statement(case / "statement-oct.pdf", [("01 Oct", "Balance brought forward", "", "", "212.40")])
    out = cli("build", str(case), "--force", "--eml", "--as-of", "2026-11-20")
    assert out.returncode == 0, out.stderr
    size = (tmp_path / "gwen-card-packet.eml").stat().st_size
    assert "The email draft is " in out.stdout and size > 0, out.stdout
    zh = cli("build", str(case), "--force", "--eml", "--as-of", "2026-11-20", "--lang", "zh")
    assert "邮件草稿为" in zh.stdout
    assert "a third bigger" in " ".join(cli("build", "--help").stdout.split())


def test_the_same_advice_for_several_documents_is_said_once(tmp_path):
    """The laid-off worker's six bank-app screenshots lacked the holder's name: the page's "still missing" box said
    the same paragraph of advice six times, four screens of it at 200 % zoom. Documents lacking the same detail with
    the same advice are now named together and the advice said once (page wording; the command line's advice names
    each file's own lines, so stays one a file)."""
    case = tmp_path / "statements"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    for month in ("September", "October", "November"):
        _bank_statement(case / f"statement-{month}.pdf", [("01", "Balance brought forward", "", "", "212.40")],
                        month=month, holder="")
    run = check(case, CheckOptions(as_of=date(2026, 12, 2), jobs=1, surface="page"))
    said = " ".join(m.message for m in run.report.missing)
    assert "statement-November.pdf, statement-October.pdf (account holder not found)" in said, said
    assert said.count("If the account holder is printed on it") == 1, said


def test_a_bank_app_screenshot_names_its_holder_before_the_cards_kind(tmp_path):
    """The laid-off worker's six 工行 app screenshots print "账户：王建国  借记卡 ****4417"; OCR reads the name and the
    card's kind as one word, "王建国借记卡", and the holder was not found on any of them (six corrections to type at
    200 % zoom). The account's kind after a name ends the name, as a next label does."""
    case = tmp_path / "王建国"
    case.mkdir()
    (case / "packet.toml").write_text('[applicant]\nname = "王建国"\n[lender]\nname = "某某消费金融有限公司"\n'
                                      '[request]\nlanguage = "zh"\nhardship = "unemployment"\n', encoding="utf-8")
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 44)
    img = Image.new("RGB", (1080, 1600), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 100, 1080, 260), fill=(200, 20, 30))
    draw.text((60, 150), "中国工商银行  交易明细", font=ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                                                                    56), fill="white")
    lines = ["账户：王建国  借记卡 ****4417", "查询区间：2026-10-01 至 2026-10-31"]
    balance = 8123.55
    for day, what, amount in (("05", "工资", 3860.00), ("08", "房租", -1200.00), ("12", "网贷还款 借呗", -680.00),
                              ("15", "网贷还款 分期乐", -520.00), ("21", "超市消费", -86.50)):
        balance += amount
        lines += [f"2026-10-{day}", f"{what}  {amount:+,.2f}", f"余额 {balance:,.2f}"]
    for i, line in enumerate(lines):
        draw.text((60, 300 + 66 * i), line, font=font, fill="black")
    img.save(case / "Screenshot_2026-11-21-工行.png")
    run = check(case, CheckOptions(as_of=date(2026, 12, 2), jobs=1))
    doc = next(d for d in run.report.documents if d.type == "bank_statement")
    assert doc.fields.get("account_holder") == "王建国", doc.fields


@pytest.mark.parametrize("args", [("log", "--list"), ("log", "--remove", "1")])
def test_an_unreadable_case_file_is_a_case_file_error_not_a_crash(tmp_path, monkeypatch, args):
    """The adviser's client folder whose packet.toml her user may not read (copied from a colleague's account):
    `packet log --list` and `--remove` stopped with "internal error: [Errno 13] Permission denied"; now they give the
    case-file error (exit 2) with how to give read access, as check, status and sent do. (The tests run as root,
    whom file modes do not stop, so the refusal is the operating system's PermissionError raised for that file.)"""
    import json
    import pathlib

    from tests.cli_inprocess import cli

    case = tmp_path / "client12"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML + '\n[[contact]]\nat = 2026-11-20T10:00:00\nchannel = "phone"\n',
                                      encoding="utf-8")
    real = pathlib.Path.read_text

    def refused(self, *a, **k):
        if self.name == "packet.toml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *a, **k)

    monkeypatch.setattr(pathlib.Path, "read_text", refused)
    out = cli(args[0], str(case), *args[1:], "--json")
    err = json.loads(out.stdout)
    assert out.returncode == 2 and err["code"] == "case-file" and "chmod u+r" in err["error"], err


def test_batch_row_of_a_client_folder_gone_before_it_was_opened(tmp_path, monkeypatch):
    """The whole caseload's stick pulled out just after the batch listed the clients: a client not yet opened was
    "No such folder … check the folder's name", as if mistyped; now it went away, like the one being read."""
    import importlib
    import json

    from tests.cli_inprocess import cli

    batch = importlib.import_module("packet.batch")
    caseload = tmp_path / "clients"
    for name in ("a-gwen", "b-rhys"):
        (caseload / name).mkdir(parents=True)
        (caseload / name / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    real = batch.case_folders

    def listed_then_pulled(cases_dir):
        found = real(cases_dir)
        shutil.move(str(caseload / "b-rhys"), tmp_path / "b-rhys")
        return found

    monkeypatch.setattr(batch, "case_folders", listed_then_pulled)
    out = cli("batch", str(caseload), "--json", "--as-of", "2026-12-02")
    rows = {r["case"]: r for r in json.loads(out.stdout)["cases"]}
    assert rows["b-rhys"]["error_code"] == "no-such-folder" and "went away" in rows["b-rhys"]["error"], rows
