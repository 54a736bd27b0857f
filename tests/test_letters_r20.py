"""What a new user's trial (round 20) found in the letters:

- the medical reason says whose treatment the bills are for: a bill for the applicant's child never makes the letter
  say the applicant was ill (本人因疾病), in Chinese and English;
- a value run on into the next label of its line, a label the vocabulary does not know ("科室:", "Dept:"), stops
  before it: the provider read "首都儿科研究所附属儿童医院科室:儿科急诊";
- the letter asks for a reply only by the ways it gives: a phone number alone asks for a call back (never "by
  letter or email"), and ``check`` / ``build`` warn, with the packet.toml lines to add, that no written reply can come;
- a packet built with --force whose letter lacks a name, lender or contract number is refused by ``sent`` (exit 2,
  nothing recorded) unless --force; ``build`` then never says "send it to your lender";
- a logged refusal is no final response: ``status`` says to answer the offer or complain to the lender first (the UK:
  8 weeks for its final response, then the Ombudsman), in every country's route; a final response opens the next;
- a monthly plan too long to propose whole (£96,400 at £300 a month: 322 payments) proposes the payment for 12 months,
  then a review, in a letter of a few pages; a schedule's table is never split with its tail alone on a page;
- ``init`` takes a month for the first payment ("January 2027", 2027-01, 2027年1月: its 1st, said), says Enter skips
  it and what is then missing, and names only what the plan still lacks;
- a logo's capitals read on the letterhead's line before the organisation's name ("CP Castlegate Print Solutions
  Ltd") are no part of the name when the document prints the name elsewhere without them.

Documents are real PDFs (a text layer drawn here, or a scan the fixtures draw); the packet is built and its text read.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_assemble import AS_OF, zh_case
from fixtures_reading import text_pdf
from pypdf import PdfReader

from packet.assembly.assemble import BuildOptions, build_packet
from packet.case.casefile import load_case
from packet.cli import cli
from packet.rules.checklist import load_checklist


def _text(pdf: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def _letter_with_patient(tmp: Path, lang: str, patient: str) -> str:
    built = zh_case(tmp)
    docs = tuple(dataclasses.replace(d, fields={**d.fields, "patient": patient}) if d.type == "medical_bill" else d
                 for d in built.report.documents)
    case = dataclasses.replace(built.case, request=dataclasses.replace(built.case.request, language=lang,
                                                                       statement=None))
    res = build_packet(dataclasses.replace(built.report, documents=docs), case, load_checklist(case.request.checklist),
                       BuildOptions(output=tmp / "out" / "p.pdf", force=True), as_of=AS_OF)
    return _text(res.files[0])[0]


@pytest.mark.parametrize(("lang", "patient", "said", "never"), [
    ("zh", "张小宇", "本人家人因疾病治疗产生医疗费用", "本人因疾病"),          # the applicant 张伟's child
    ("zh", "张伟", "本人因疾病治疗产生医疗费用", "本人家人"),                   # his own bill: as before
    ("zh", "张纬", "因疾病治疗产生医疗费用，家庭支出", "本人因疾病"),          # one character apart: not told apart
    ("en", "张小宇", "cost of a family member's medical treatment", "illness and the cost"),
    ("en", "张纬", "the cost of medical treatment has reduced", "illness and the cost"),
], ids=["zh-child", "zh-own", "zh-unsure", "en-child", "en-unsure"])
def test_the_letter_says_whose_treatment_the_bills_are_for(tmp_path, lang, patient, said, never) -> None:
    first = _letter_with_patient(tmp_path, lang, patient)
    assert said in first, first
    assert never not in first, first


# --- a value stops before the next label on its line ------------------------------------------------------------

@pytest.mark.parametrize(("lines", "provider", "patient"), [
    (["北京市医疗门诊收费票据（电子）", "票据代码：11060126 票据号码：0038815472 交款人：王小宇 性别：男",
      "医疗机构：首都儿科研究所附属儿童医院   科室：儿科急诊   开票日期：2026-11-24", "项目名称 金额(元)",
      "挂号费 50.00", "西药费 86.30", "合计（大写）叁佰捌拾陆元伍角整 （小写）386.50"], "首都儿科研究所附属儿童医院", "王小宇"),
    (["滨江区第一人民医院 门诊收费票据", "患者姓名：李秀英", "收款单位：滨江区第一人民医院 病区：三病区 日期：2026-10-02",
      "合计 1,208.40"], "滨江区第一人民医院", "李秀英"),
    (["Riverside Children's Hospital", "Patient statement", "Patient name: Owen Pryce",
      "Provider: Riverside Children's Hospital Dept: Paediatric A&E", "Date of service: 24/11/2026",
      "Amount due: £386.50"], "Riverside Children's Hospital", "Owen Pryce"),
    (["Patient name: Mia Laurent", "Provider: Harbour Dental Care Ward: Day unit",
      "Date of service: 02/10/2026", "Amount due: £120.00"], "Harbour Dental Care", "Mia Laurent"),
], ids=["zh-keshi", "zh-bingqu", "en-dept", "en-ward"])
def test_a_value_stops_before_an_unknown_label_on_its_line(tmp_path, lines, provider, patient) -> None:
    text_pdf(tmp_path / "c" / "bill.pdf", [lines], cjk=any("\u4e00" <= ch <= "\u9fff" for ln in lines for ch in ln),
             size=(842, 595))
    out = CliRunner().invoke(cli, ["check", str(tmp_path / "c"), "--no-cache", "--json"])
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["type"] == "medical_bill", doc
    assert doc["fields"]["provider"] == provider and doc["fields"]["patient"] == patient, doc["fields"]


# --- the reply asked for: only by the ways the letter gives --------------------------------------------------------

def _reply_case(root: Path, lang: str, applicant: str) -> Path:
    text_pdf(root / "payslip.pdf", [["Kestrel Print Works Ltd", "Payslip", "Employee: Ruth Adeyemi",
                                     "Pay period: October 2026", "Net pay: 2,100.00"]])
    checklist = "zh-reduce-collection" if lang == "zh" else "en-hardship"
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "Ruth Adeyemi"\n{applicant}[lender]\nname = "Northfield Credit Ltd"\n'
        f'contract_number = "NFC-1"\n[request]\nlanguage = "{lang}"\nchecklist = "{checklist}"\n'
        'hardship = "unemployment"\n', encoding="utf-8")
    return root


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize(("lang", "asked", "never"), [
    ("en", "Please reply within 14 days of the date of this letter by calling me on 07700 900123.", "in writing"),
    ("zh", "日内致电本人答复（联系电话：07700 900123）。", "书面答复"),
])
def test_a_phone_only_letter_asks_for_a_call_back_and_check_and_build_warn(tmp_path, lang, asked, never) -> None:
    root = _reply_case(tmp_path / "c", lang, 'phone = "07700 900123"\n')
    said = _run("check", root, "--as-of", "2026-11-20", "--no-cache").output
    line = 'address = "your postal address"' if lang == "en" else 'address = "您的通讯地址"'
    assert f"\n    {line}\n" in said, said  # the line to add, printed whole
    assert ("cannot reply in writing" if lang == "en" else "无法书面答复") in said, said
    out = _run("build", root, "--as-of", "2026-11-20", "--no-cache", "--force", "-o", tmp_path / "p.pdf")
    assert out.exit_code == 0, out.output
    assert f"\n    {line}\n" in out.output, out.output
    letter = _text(tmp_path / "p.pdf")
    first = " ".join(letter[:2])
    assert asked in first, first
    assert never not in first and "email" not in first.split("Dear")[-1] and "信函" not in first, first


@pytest.mark.parametrize(("lang", "applicant", "asked"), [
    ("en", 'address = "4 Mill Lane, Leeds LS1 4AB"\n', "(by post to the address above)."),
    ("en", 'email = "ruth@mail.test"\n', "(by email to ruth@mail.test)."),
    ("zh", 'address = "4 Mill Lane, Leeds LS1 4AB"\nphone = "07700 900123"\n', "书面答复（按上述联系地址邮寄信函）。"),
    ("zh", 'email = "ruth@mail.test"\n', "书面答复（电子邮件：ruth@mail.test）。"),
], ids=["en-post", "en-email", "zh-post", "zh-email"])
def test_a_written_reply_is_asked_only_by_the_ways_given(tmp_path, lang, applicant, asked) -> None:
    root = _reply_case(tmp_path / "c", lang, applicant)
    said = _run("check", root, "--as-of", "2026-11-20", "--no-cache").output
    assert "postal address" not in said and "通讯地址" not in said, said
    out = _run("build", root, "--as-of", "2026-11-20", "--no-cache", "--force", "-o", tmp_path / "p.pdf")
    assert out.exit_code == 0, out.output
    first = " ".join(_text(tmp_path / "p.pdf")[:2])
    assert asked in first, first
    assert "by email" not in first or "email =" in applicant or "@" in applicant, first


# --- a forced build of a letter lacking its facts is not recorded as sent ---------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sent_refuses_a_packet_whose_letter_lacks_what_build_said(tmp_path, lang) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    text_pdf(root / "payslip.pdf", [["Kestrel Print Works Ltd", "Payslip", "Pay period: October 2026",
                                     "Net pay: 2,100.00"]])
    (root / "packet.toml").write_text(f'[request]\nlanguage = "{lang}"\n', encoding="utf-8")
    pdf = tmp_path / "empty-packet.pdf"
    built = _run("build", root, "--as-of", "2026-11-20", "--no-cache", "--force")
    assert built.exit_code == 0 and pdf.is_file(), built.output
    said = " ".join(built.output.split())
    assert ("build again before sending" in said) if lang == "en" else ("发送前请在 packet.toml 中补上" in said), said
    assert "send it to your lender" not in said and "发送给贷款机构" not in said, said  # never both
    before = (root / "packet.toml").read_text(encoding="utf-8")
    out = _run("sent", root, "--at", "2026-11-20 10:00")
    assert out.exit_code == 2, out.output
    assert (root / "packet.toml").read_text(encoding="utf-8") == before  # nothing recorded
    words = " ".join(out.output.split())
    assert ("your name" in words and "--force" in words) if lang == "en" else ("您的姓名" in words), words
    forced = _run("sent", root, "--at", "2026-11-20 10:00", "--force")
    assert forced.exit_code == 0, forced.output
    assert "[[sent]]" in (root / "packet.toml").read_text(encoding="utf-8")


def test_sent_records_a_packet_whose_letter_lacks_nothing(tmp_path) -> None:
    root = _reply_case(tmp_path / "c", "en", 'email = "ruth@mail.test"\n')
    assert _run("build", root, "--as-of", "2026-11-20", "--no-cache", "--force").exit_code == 0
    out = _run("sent", root, "--at", "2026-11-20 10:00")
    assert out.exit_code == 0, out.output


# --- after a refusal: answer the offer or complain to the lender first ------------------------------------------------

def _refused_case(root: Path, country: str, lang: str, reply: str) -> dict:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "Ruth Adeyemi"\nemail = "ruth@mail.test"\n[lender]\nname = "Northfield Credit Ltd"\n'
        f'contract_number = "NFC-1"\n[request]\nlanguage = "{lang}"\ncountry = "{country}"\n', encoding="utf-8")
    assert _run("build", root, "--force", "--no-cache", "--as-of", "2026-11-01").exit_code == 0
    assert _run("sent", root, "--at", "2026-11-02 10:00", "--force").exit_code == 0
    logged = _run("log", root, "--reply", reply, "--at", "2026-11-20 10:00", "--summary",
                  "refused; offered a 3-month deferral")
    assert logged.exit_code == 0, logged.output
    out = _run("status", root, "--as-of", "2026-11-25", "--json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


@pytest.mark.parametrize(("country", "lang", "first", "not_now"), [
    ("GB", "en", "make a formal complaint to Northfield Credit Ltd", "refer it to the Financial Ombudsman Service (0800"),
    ("GB", "zh", "请向Northfield Credit Ltd正式投诉", "答复后 6 个月内向英国金融申诉专员服务"),
    ("CN", "zh", "请先向Northfield Credit Ltd投诉", "12378"),
    ("US", "en", "answer that offer in writing", "check the complaint's status"),
    ("FR", "en", "complain to Northfield Credit Ltd first", "has had no written reply"),
], ids=["gb-en", "gb-zh", "cn", "us", "other"])
def test_a_refusal_is_answered_by_the_offer_or_a_complaint_to_the_lender_first(tmp_path, country, lang, first,
                                                                               not_now) -> None:
    st = _refused_case(tmp_path / "c", country, lang, "refused")
    assert first in st["next"], st["next"]
    assert not_now not in st["next"], st["next"]
    assert ("offer" in st["next"]) if lang == "en" else ("其他方案" in st["next"]), st["next"]


def test_a_final_response_still_opens_the_ombudsman_within_six_months(tmp_path) -> None:
    st = _refused_case(tmp_path / "c", "GB", "en", "final-response")
    assert "Financial Ombudsman Service" in st["next"] and "within 6 months" in st["next"], st["next"]
    assert "refused your request" not in st["next"], st["next"]


# --- a plan too long to propose whole; the schedule's table kept whole -------------------------------------------------

def _plan_case(root: Path, lang: str, plan: str, statement: str = "") -> Path:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(
        '[applicant]\nname = "Gareth Pryce"\naddress = "4 Mill Lane, Leeds LS1 4AB"\n[lender]\n'
        'name = "Harbour Home Loans"\ncontract_number = "HHL-88"\n'
        f'[request]\nlanguage = "{lang}"\nhardship = "unemployment"\n'
        + (f'statement = "{statement}"\n' if statement else "") + plan, encoding="utf-8")
    return root


@pytest.mark.parametrize(("lang", "said"), [
    ("en", ["I propose to pay £300.00 a month on the 1st of each month for 12 months, from 1 January 2027 to "
            "1 December 2027 (£3,600.00 in total), and then to review the arrangement with you."]),
    ("zh", ["每月1日还款 300.00 英镑，先行 12 期（至2027年12月1日，合计 3,600.00 英镑），期满后与贵司重新协商还款安排"]),
])
def test_a_plan_of_decades_is_proposed_for_a_year_then_reviewed(tmp_path, lang, said) -> None:
    root = _plan_case(tmp_path / "c", lang, '[plan]\noutstanding = "£96,400"\nmonthly_payment = "£300"\n'
                                            'first_payment = 2027-01-01\n')
    pdf = tmp_path / "p.pdf"
    out = _run("build", root, "--force", "--no-cache", "--as-of", "2026-11-20", "-o", pdf)
    assert out.exit_code == 0, out.output
    assert "322" in out.output and ("review" in out.output or "重新协商" in out.output), out.output
    pages = _text(pdf)
    assert len(pages) <= 4, len(pages)  # no pages of rows (before: 10 pages of schedule)
    letter = " ".join(pages)
    for words in said:
        assert words in letter, letter
    # the count is the terminal's, not the letter's: a lender would hold "322 payments" against the borrower (r21)
    assert "322" not in letter and "would take" not in letter, letter
    assert "2027-12-01" in letter or "1 December 2027" in letter
    assert "2028-01-01" not in letter and "1 January 2028" not in letter  # the 13th payment is not proposed


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_schedule_table_is_never_split_with_its_tail_alone(tmp_path, lang) -> None:
    """12 payments listed in the letter; statements of growing length move the table down page 1 until it would
    split: its last rows and total never stand on a page without its first row."""
    plan = '[plan]\noutstanding = "3600"\nmonthly_payment = "300"\nfirst_payment = 2027-01-01\n'
    word = "本人失业后靠积蓄生活，每月房租和生活费用超过收入。" if lang == "zh" else \
        "I lost my job in September and live on my savings, which run out in March. "
    first, total = ("2027-01-01", "合计 12 期") if lang == "zh" else ("1 January 2027", "Total 12 months")
    for n in (4, 15, 17, 19):  # before: from 15 (zh) or 17 (en) sentences on, the table split
        root = _plan_case(tmp_path / f"c{n}", lang, plan, word * n)
        pdf = tmp_path / f"p{n}.pdf"
        assert _run("build", root, "--force", "--no-cache", "--as-of", "2026-11-20", "-o", pdf).exit_code == 0
        on = next(p for p in _text(pdf) if total in p)
        assert first in on, (n, on)


# --- init: a month for the first payment; what the plan still lacks ---------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def _init(folder: Path, lang: str, answers: str) -> subprocess.CompletedProcess:
    cmd = f"{sys.executable} -m packet init {folder} --lang {lang}"
    return subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
@pytest.mark.parametrize(("lang", "month", "said"), [
    ("en", "January 2027", "Taken as 1 January 2027"),
    ("en", "2027-01", "Taken as 1 January 2027"),
    ("zh", "2027年1月", "已按 2027年1月1日"),
], ids=["en-name", "en-iso-month", "zh"])
def test_init_takes_a_month_for_the_first_payment_as_its_first_day(tmp_path, lang, month, said) -> None:
    answers = (f"Gareth Pryce\nHarbour Home Loans\nHHL-88\n\n1\n2026-09\nI was made redundant.\n2\n"
               f"£96,400\n£300\n{month}\n\n\n\n\n")  # … the country and where the reply goes: Enter
    out = _init(tmp_path / "c", lang, answers)
    assert out.returncode == 0, out.stdout + out.stderr
    assert said in out.stdout, out.stdout
    assert "Please write it as" not in out.stdout and "请按此格式填写" not in out.stdout, out.stdout
    case = load_case(tmp_path / "c")
    assert case.plan.first_payment == date(2027, 1, 1) and case.plan.monthly_payment == Decimal("300")
    assert case.plan.outstanding == Decimal("96400")


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_says_enter_skips_the_date_and_names_only_what_the_plan_lacks(tmp_path) -> None:
    answers = ("Gareth Pryce\nHarbour Home Loans\nHHL-88\n\n1\n2026-09\nI was made redundant.\n2\n"
               "£96,400\n£300\n\n\n\n\n\n")  # Enter at the date
    out = _init(tmp_path / "c", "en", answers)
    assert out.returncode == 0, out.stdout + out.stderr
    said = " ".join(out.stdout.split())
    assert "Enter to skip: the letter then offers no plan" in said, said  # the question says what Enter does
    assert "a plan also needs the date of the first payment." in said, said
    assert "first_payment = 2027-01-15" in out.stdout and "outstanding =" not in said.split("not in the letter")[1]
    case = load_case(tmp_path / "c")
    assert case.plan.outstanding == Decimal("96400") and case.plan.monthly_payment is None


@pytest.mark.parametrize(("typed", "kept"), [
    ("2027-01-15", "2027-01-15"), ("2027年1月15日", "2027-01-15"), ("15 January 2027", "2027-01-15"),
    ("January 15, 2027", "2027-01-15"), ("January 2027", "2027-01-01"), ("2027-01", "2027-01-01"),
    ("2027年1月", "2027-01-01"), ("1/2027", "2027-01-01"),
])
def test_the_first_payment_question_reads_a_day_or_a_month(typed, kept) -> None:
    from packet.case.init_file import QUESTIONS, check_answer

    q = next(q for q in QUESTIONS if q.key == "first_payment")
    assert check_answer(q, typed) == kept
    for bad in ("05/06/2027", "next month", "2027-13"):  # 05/06: which is the month? (15/01/2027 is one day)
        with pytest.raises(ValueError):
            check_answer(q, bad)


# --- a logo's letters before the letterhead's name ----------------------------------------------------------------------

def _letterhead(path: Path, mark: str, firm: str, footer_firm: str, person: str = "Alys Morgan") -> None:
    """A redundancy letter drawn as a born-digital PDF: a dark box holding ``mark`` in white beside the firm's name
    (one text line for the reader), the body, a sign-off naming ``footer_firm`` and a registration footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    if mark:
        c.setFillColor(colors.HexColor("#203040"))
        c.rect(42, h - 98, 52, 52, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(50, h - 80, mark)
    c.setFillColor(colors.HexColor("#203040"))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(104, h - 70, firm)
    c.setFont("Helvetica", 9)
    domain = "".join(firm.split()[:2]).lower()
    c.drawString(104, h - 85, f"2 Quayside Road, Swansea SA1 8PP  |  01792 555 0192  |  people@{domain}.example")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 11)
    y = h - 150
    for line in [person, "9 Orchard Row", "Swansea SA2 0LB", "", "3 November 2026", "", f"Dear {person.split()[0]},",
                 "", "Confirmation of redundancy", "",
                 "Following our meetings in October, I confirm that your post of Warehouse Supervisor is redundant.",
                 "Your employment ends on 14 November 2026. A statutory redundancy payment of £3,150.00 will be",
                 "paid with your final salary.", "", "Yours sincerely,", "", "Owen Rees",
                 f"Operations Director, {footer_firm}"]:
        c.drawString(60, y, line)
        y -= 16
    c.setFont("Helvetica", 7)
    c.drawString(60, 40, f"{footer_firm}. Registered in England and Wales No. 08812345.")
    c.save()


@pytest.mark.parametrize(("mark", "firm", "footer", "issuer"), [
    ("TW", "Tawe Wholesale Foods Ltd", "Tawe Wholesale Foods Ltd", "Tawe Wholesale Foods Ltd"),   # a logo's letters
    ("QMS", "Quayside Marine Services Ltd", "Quayside Marine Services Ltd", "Quayside Marine Services Ltd"),
    ("BW", "BW Harbour Logistics Ltd", "BW Harbour Logistics Ltd", "BW Harbour Logistics Ltd"),  # part of the name
    ("", "MJ Rowlands Haulage Ltd", "MJ Rowlands Haulage Ltd", "MJ Rowlands Haulage Ltd"),  # no logo: initials kept
], ids=["two-letters", "three-letters", "logo-and-initials", "initials-always-printed"])
def test_a_logo_mark_before_the_letterhead_name_is_no_part_of_it(tmp_path, mark, firm, footer, issuer) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    _letterhead(folder / "redundancy.pdf", mark, firm, footer)
    out = _run("check", folder, "--no-cache", "--json", "--as-of", "2026-11-20")
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["type"] == "unemployment_proof", doc
    assert doc["fields"]["issuer"] == issuer, doc["fields"]


def test_a_value_that_begins_as_a_label_and_its_value_is_not_cut() -> None:
    """Independent set 15's Kenyan payslip: "Housing Levy: 720.60" read under the employer's label gave "Housing" once
    cut before "Levy:"; a short run and its colon at the start is a label of its own, not a name and a label."""
    from packet.understanding.extract import before_label

    assert before_label("Housing Levy: 720.60") is None
    assert before_label("科室:儿科急诊", ("院", "室")) is None
    assert before_label("Harbour Dental Care Ward: Day unit") == "Harbour Dental Care"
    assert before_label("首都儿科研究所附属儿童医院科室:儿科急诊", ("院", "室")) == "首都儿科研究所附属儿童医院"
