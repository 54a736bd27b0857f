"""What a new user's trial (r21, trial 10) found in the case flow, each tested as a user meets it: the command line
with no input, real case files, the real PDF writer.

4. ``packet status . --follow-up`` (and every command given ``.``, ``./`` or ``sub/..``) names its files after the
   folder's resolved name, and no suggestion points at the packet's own file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_inprocess import cli as _cli

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
country = "GB"
'''
SENT = '[[sent]]\nat = 2026-10-02T10:00:00\nvia = "email"\n'




def _case(tmp_path: Path, extra: str = "", name: str = "amy") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML + extra, encoding="utf-8")
    return folder


@pytest.mark.parametrize("given", [".", "./", "sub/.."])
def test_follow_up_from_inside_the_folder_is_named_after_it(tmp_path, monkeypatch, given):
    folder = _case(tmp_path, SENT)
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    done = _cli("status", given, "--follow-up", "--as-of", AS_OF)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["amy", "amy-followup.eml", "amy-followup.pdf"]
    assert not (folder / "-followup.pdf").exists() and not list(folder.glob("*followup*"))


@pytest.mark.parametrize("given", [".", "./", "sub/.."])
def test_build_and_check_from_inside_the_folder_use_its_name(tmp_path, monkeypatch, given):
    folder = _case(tmp_path)
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    done = _cli("check", given, "--json", "--as-of", AS_OF)
    assert json.loads(done.stdout)["case"] == "amy"
    done = _cli("build", given, "--force", "--as-of", AS_OF)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "amy-packet.pdf").is_file()


@pytest.mark.parametrize("given", [".", "./"])
def test_a_follow_up_refused_inside_the_folder_never_suggests_the_packets_own_file(tmp_path, monkeypatch, given):
    folder = _case(tmp_path, SENT)
    monkeypatch.chdir(folder)
    done = _cli("status", given, "--follow-up", "-o", "letter.pdf", "--as-of", AS_OF)
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert str(tmp_path / "amy-followup.pdf") in said and "-packet.pdf" not in said, said


# --- 2. two documents of one stay are two documents; a scan of one of them is a copy ------------------------------

ZH_TOML = '''[applicant]
name = "周秀英"
[lender]
name = "安信消费金融"
contract_number = "AX-2026-0415"
[request]
language = "zh"
kind = "reduce"
hardship = "medical"
[files]
"诊断证明.pdf" = "medical_evidence"
"出院记录.pdf" = "medical_evidence"
"诊断证明扫描.pdf" = "medical_evidence"
[fields."出院记录.pdf"]
date = "2026-10-19"
'''
# the summary's own date confirmed in [fields] (its admission date comes first on the page): the rule under test is
# the duplicate's, not the reading of a letter's date
_HEAD = [(150, 60, "杭州市拱墅区第三人民医院", 16), (210, 84, "HANGZHOU GONGSHU THIRD PEOPLE'S HOSPITAL", 8)]
CERTIFICATE = _HEAD + [
    (250, 120, "诊 断 证 明 书", 15),
    (60, 160, "姓名：周秀英    性别：女    年龄：68岁    住院号：ZY20260917", 11),
    (60, 190, "临床诊断：股骨颈骨折（右）；骨质疏松症", 11),
    (60, 220, "处理意见：已行人工股骨头置换术，建议卧床休养六个月，", 11),
    (60, 240, "期间需专人护理，不宜从事任何劳动。", 11),
    (330, 300, "医师签名：何立群", 11), (330, 320, "日期：2026年10月19日", 11)]
SUMMARY = _HEAD + [
    (260, 120, "出 院 记 录", 15),
    (60, 160, "姓名：周秀英    性别：女    年龄：68岁    住院号：ZY20260917    床号：23", 11),
    (60, 185, "入院时间：2026年9月17日    出院时间：2026年10月19日    共住院32天", 11),
    (60, 210, "入院情况：患者在家中跌倒后右髋部疼痛、活动受限3小时入院。", 11),
    (60, 235, "诊治经过：完善检查后于9月19日在腰麻下行右侧人工股骨头置换术，", 11),
    (60, 255, "术后抗感染、抗凝及康复锻炼，切口愈合良好。", 11),
    (60, 280, "出院医嘱：1.扶助行器行走，避免负重；2.术后一个月、三个月骨科门诊复查。", 11),
    (330, 320, "主治医师：何立群    2026年10月19日", 11)]


def test_two_documents_of_one_stay_are_not_one_document_and_a_scan_of_one_is(tmp_path):
    from rolegen import Doc, draw, draw_scan

    folder = tmp_path / "zhou"
    folder.mkdir()
    (folder / "packet.toml").write_text(ZH_TOML, encoding="utf-8")
    truth = {"provider": "杭州市拱墅区第三人民医院", "patient": "周秀英", "date": "2026-10-19"}
    certificate = Doc("c.pdf", "medical_evidence", "zh", [CERTIFICATE], truth)
    draw(certificate, folder / "诊断证明.pdf")
    draw(Doc("s.pdf", "medical_evidence", "zh", [SUMMARY], truth), folder / "出院记录.pdf")
    draw_scan(certificate, folder / "诊断证明扫描.pdf", seed=3, dpi=250)
    done = _cli("check", str(folder), "--json", "--as-of", AS_OF, "--no-cache")
    report = json.loads(done.stdout)
    docs = {d["path"]: d for d in report["documents"]}
    assert {d["type"] for d in docs.values()} == {"medical_evidence"}, docs
    for rel in ("诊断证明.pdf", "出院记录.pdf"):  # the same hospital, patient and date: two documents all the same
        assert "duplicate" not in [p["code"] for p in docs[rel]["problems"]], (rel, docs[rel]["problems"])
        assert docs[rel]["included"], rel
    dup = [p for p in docs["诊断证明扫描.pdf"]["problems"] if p["code"] == "duplicate"]
    assert dup and "诊断证明.pdf" in dup[0]["message"] and "同一期间" not in dup[0]["message"], docs["诊断证明扫描.pdf"]


# --- 9. Australia has a complaint route; a country without one is told so, never to set the country it set --------

def _status_json(folder: Path, *extra: str) -> dict:
    done = _cli("status", str(folder), "--json", "--as-of", AS_OF, *extra)
    return json.loads(done.stdout)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_australian_case_has_the_asic_route_then_afca(tmp_path, lang):
    folder = _case(tmp_path, SENT)
    text = (folder / "packet.toml").read_text(encoding="utf-8").replace('country = "GB"', 'country = "AU"')
    (folder / "packet.toml").write_text(text, encoding="utf-8")
    done = _cli("status", str(folder), "--as-of", AS_OF, "--lang", lang)
    assert done.returncode == 0, done.stdout + done.stderr
    out = " ".join(done.stdout.split())
    assert "AFCA" in out and "1800 931 678" in out and "RG 271" in out.replace("Regulatory Guide 271", "RG 271"), out
    assert ("21 days" in out and "30 days" in out) if lang == "en" else ("21 日" in out and "30 日" in out), out
    assert "set [request] country" not in out and "没有填写国家" not in out and "还没有" not in out, out


@pytest.mark.parametrize("lang, said", [("en", "no complaint route of its own for FR"), ("zh", "还没有 FR 的投诉途径")])
def test_a_country_without_a_route_is_told_so_plainly(tmp_path, lang, said):
    folder = _case(tmp_path, SENT)
    text = (folder / "packet.toml").read_text(encoding="utf-8").replace('country = "GB"', 'country = "FR"')
    (folder / "packet.toml").write_text(text, encoding="utf-8")
    done = _cli("status", str(folder), "--as-of", AS_OF, "--lang", lang)
    out = " ".join(done.stdout.split())
    assert said in out, out
    assert "set [request] country" not in out and "[request] 下写上" not in out, out
    done = _cli("init", str(tmp_path / "new"), "--country", "FR", "--lang", lang)
    assert said in done.stdout and "status" in done.stdout, done.stdout
    done = _cli("init", str(tmp_path / "au"), "--country", "AU", "--lang", lang)
    assert "AU" in done.stdout and "no complaint route" not in done.stdout and "还没有" not in done.stdout, done.stdout


def test_a_case_without_a_country_is_told_how_to_set_it(tmp_path):
    folder = _case(tmp_path, SENT)
    text = (folder / "packet.toml").read_text(encoding="utf-8").replace('country = "GB"\n', '')
    (folder / "packet.toml").write_text(text, encoding="utf-8")
    out = " ".join(_cli("status", str(folder), "--as-of", AS_OF).stdout.split())
    assert "No country is set" in out and 'country = "GB"' in out, out


# --- 7. a statement dated by its rows alone, a day short of the month: how to get unstuck -------------------------

def _export_pdf(path: Path) -> Path:
    """A bank app's transactions export printed to PDF: a heading, the account, the holder, then rows of date,
    description, amounts and balance from 1 Sep to 30 Oct 2026, no period printed (a spreadsheet printed as is)."""
    from datetime import date, timedelta

    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    y = 800
    for line in ("Coastline Mutual - Everyday Account", "Account holder   Ann Lee", "Account   4821 0093 7715",
                 "Date         Description                 Debit      Credit     Balance"):
        c.drawString(40, y, line)
        y -= 16
    balance = 1200.00
    day = date(2026, 9, 1)
    n = 0
    while day <= date(2026, 10, 30):
        n += 1
        credit = n % 5 == 0
        amount = 1480.00 if credit else 23.40 + (n * 7) % 60
        balance += amount if credit else -amount
        c.drawString(40, y, f"{day.isoformat()}   {'SALARY ACME' if credit else 'GROCER ' + str(n)}")
        c.drawRightString(330 if not credit else 400, y, f"{amount:.2f}")
        c.drawRightString(480, y, f"{balance:.2f}")
        y -= 14
        if y < 60:
            c.showPage()
            y = 800
        day += timedelta(days=3)
    c.drawString(40, y, "2026-10-30   GROCER LAST")
    c.drawRightString(330, y, "12.00")
    c.drawRightString(480, y, f"{balance - 12:.2f}")
    c.save()
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_statement_dated_by_its_rows_says_how_to_confirm_its_period(tmp_path, lang):
    named = '\n[fields."export.pdf"]\nbank = "Coastline Mutual"\n'  # a small mutual's name, confirmed as the trial's
    folder = _case(tmp_path, named)
    _export_pdf(folder / "export.pdf")
    done = _cli("check", str(folder), "--json", "--as-of", "2026-11-05", "--lang", lang)
    report = json.loads(done.stdout)
    doc = report["documents"][0]
    assert doc["type"] == "bank_statement" and doc["fields"]["period_end"] == "2026-10-30", doc
    bank = [m for m in report["missing"] if m["requirement"] == "bank-statements"]
    assert bank, report["missing"]
    said = bank[0]["message"]
    assert '[fields."export.pdf"] period_end = "2026-10-31"' in said, said
    assert ("download those days" in said) if lang == "en" else ("下载这几天的流水" in said), said
    # the way out works: the line said, written in packet.toml, leaves nothing missing for the statements
    with open(folder / "packet.toml", "a", encoding="utf-8") as fh:
        fh.write('period_end = "2026-10-31"\n')
    report = json.loads(_cli("check", str(folder), "--json", "--as-of", "2026-11-05").stdout)
    assert not [m for m in report["missing"] if m["requirement"] == "bank-statements"], report["missing"]


# --- 11. an uncertain name that is not the applicant's is never pre-filled as if to confirm it ---------------------

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_uncertain_holder_that_is_not_the_applicant_is_left_for_the_user_to_write(lang):
    """The report of a statement whose holder was read at 0.55 as a shop's name (a bank app screenshot's payee line):
    the real evaluation and the real terminal report, from recorded values (no OCR: the rule is the report's)."""
    from textdoc import make_doc

    from packet.case.casefile import Applicant, Case, Request
    from packet.core.model import Evidence, Extracted
    from packet.rules.checklist import load_checklist
    from packet.rules.evaluate import evaluate
    from packet.rules.report_text import render_text

    fields = {"bank": "Wattle Bank", "account_holder": "Woolworths Marrickville", "account_number": "5521",
              "period_start": "2026-09-01", "period_end": "2026-10-31", "closing_balance": "812.40"}
    evidence = {f: Evidence("ocr", 0.95, 1) for f in fields}
    evidence["account_holder"] = Evidence("ocr", 0.55, 1, method="fallback:holder")
    doc = make_doc("Wattle Bank\nWoolworths Marrickville -63.80\n", rel="Screenshot.webp", form="photo")
    case = Case(root=Path("/tmp/c"), applicant=Applicant(name="Megan O'Connell"),
                request=Request(language=lang, checklist="en-hardship"))
    report = evaluate([Extracted(doc, "bank_statement", fields, evidence=evidence)], [], case,
                      load_checklist("en-hardship"), __import__("datetime").date(2026, 11, 20), lang=lang)
    text = render_text(report, case, load_checklist("en-hardship"))
    assert 'account_holder = "…"' in text, text
    assert 'account_holder = "Woolworths Marrickville"' not in text, text
    said = " ".join(text.split()) if lang == "en" else "".join(text.split())
    assert ("it is not your name" in said) if lang == "en" else ("这不是您的姓名" in said), said


# --- 13. a case file that holds a PDF password is its owner's alone ---------------------------------------------

def _locked_pdf(path: Path, password: str) -> Path:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    w.encrypt(password)
    with open(path, "wb") as fh:
        w.write(fh)
    return path


@pytest.mark.skipif(__import__("os").name != "posix", reason="file modes are POSIX")
def test_the_case_file_holding_a_password_is_written_0600(tmp_path):
    import packet

    folder = _case(tmp_path)
    (folder / "packet.toml").chmod(0o644)
    _locked_pdf(folder / "statement.pdf", "154423")
    packet.set_password(folder, "statement.pdf", "154423")  # as the page saves it
    assert (folder / "packet.toml").stat().st_mode & 0o777 == 0o600
    assert 'statement.pdf" = "154423"' in (folder / "packet.toml").read_text(encoding="utf-8")


@pytest.mark.skipif(__import__("os").name != "posix", reason="file modes are POSIX")
def test_a_password_written_by_hand_is_made_private_by_the_next_write_and_none_keeps_its_mode(tmp_path):
    with_pw = _case(tmp_path, '[passwords]\n"statement.pdf" = "154423"\n')
    _locked_pdf(with_pw / "statement.pdf", "154423")
    (with_pw / "packet.toml").chmod(0o644)
    done = _cli("log", str(with_pw), "--channel", "phone", "--with", "agent 12", "--summary", "asked to pause")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (with_pw / "packet.toml").stat().st_mode & 0o777 == 0o600
    plain = _case(tmp_path, name="plain")
    (plain / "packet.toml").chmod(0o640)
    _cli("log", str(plain), "--channel", "phone", "--with", "agent 12", "--summary", "asked to pause")
    assert (plain / "packet.toml").stat().st_mode & 0o777 == 0o640


# --- 12. a statement about the applicant in the third person, in a first-person letter ---------------------------

@pytest.mark.parametrize("lang, statement, said", [
    ("zh", "我母亲周秀英今年68岁，2026年9月在家中跌倒，股骨颈骨折住院32天，现在卧床休养。", "写成了第三人称"),
    ("en", "My mother Ann Lee is 74. She had a stroke in October and now needs care at home.", "as someone else"),
])
def test_a_statement_about_the_applicant_in_the_third_person_is_warned_at_check_and_build(tmp_path, lang, statement,
                                                                                         said):
    name = "周秀英" if lang == "zh" else "Ann Lee"
    toml = TOML.replace('name = "Ann Lee"', f'name = "{name}"').replace('language = "en"', f'language = "{lang}"')
    folder = _case(tmp_path)
    toml = toml.replace('kind = "stop"', f'kind = "stop"\nstatement = "{statement}"')
    (folder / "packet.toml").write_text(toml, encoding="utf-8")
    check = _cli("check", str(folder), "--as-of", AS_OF, "--lang", lang)
    flat = "".join(check.stdout.split()) if lang == "zh" else " ".join(check.stdout.split())
    assert said in flat, flat
    assert ("My mother Ann Lee" in flat) if lang == "en" else ("我母亲周秀英" in flat), flat
    build = _cli("build", str(folder), "--force", "--as-of", AS_OF, "--lang", lang, "-o", str(tmp_path / "p.pdf"))
    assert build.returncode == 0, build.stdout + build.stderr
    flat = "".join(build.stdout.split()) if lang == "zh" else " ".join(build.stdout.split())
    assert said in flat, flat


@pytest.mark.parametrize("statement", ["I, Ann Lee, lost my job in September 2026 and have no income now.",
                                       "I lost my job in September 2026; my husband earns £900 a month."])
def test_a_first_person_statement_is_not_warned(tmp_path, statement):
    folder = _case(tmp_path)
    text = (folder / "packet.toml").read_text(encoding="utf-8").replace(
        'kind = "stop"', f'kind = "stop"\nstatement = "{statement}"')
    (folder / "packet.toml").write_text(text, encoding="utf-8")
    check = _cli("check", str(folder), "--as-of", AS_OF)
    assert "as someone else" not in " ".join(check.stdout.split()), check.stdout


# --- 5. a pensioner never has payslips: the check says so, the letter promises none ------------------------------

@pytest.mark.parametrize("lang, statement, said, promised", [
    ("zh", "本人今年74岁，每月只有养老金1180元和低保金510元，2026年10月脑梗死住院19天。", "就不会有工资单", "工资单（"),
    ("en", "I am 71 and live on the Age Pension of $1,020 a fortnight; my hospital stay in October cost $4,300.",
     "there will never be payslips", "Payslip:"),
])
def test_a_pensioner_is_not_promised_payslips(tmp_path, lang, statement, said, promised):
    from pypdf import PdfReader

    toml = TOML.replace('language = "en"', f'language = "{lang}"').replace(
        'kind = "stop"', f'kind = "reduce"\nstatement = "{statement}"')
    folder = _case(tmp_path)
    (folder / "packet.toml").write_text(toml, encoding="utf-8")
    check = _cli("check", str(folder), "--json", "--as-of", AS_OF, "--lang", lang)
    report = json.loads(check.stdout)
    income = [m for m in report["missing"] if m["requirement"] == "income"]
    assert income and said in income[0]["message"], report["missing"]
    assert "HR" not in income[0]["message"] and "人事部门" not in income[0]["message"], income
    pdf = tmp_path / "p.pdf"
    build = _cli("build", str(folder), "--force", "--as-of", AS_OF, "-o", str(pdf))
    assert build.returncode == 0, build.stdout + build.stderr
    letter = "".join(p.extract_text() for p in PdfReader(pdf).pages[:2])
    flat = "".join(letter.split())
    assert promised.replace(" ", "") not in flat, letter
    assert ("没有工资收入" in flat) if lang == "zh" else ("Ihavenowages" in flat), letter


def test_a_wage_earner_is_still_told_what_payslips_will_follow(tmp_path):
    folder = _case(tmp_path)
    pdf = tmp_path / "p.pdf"
    assert _cli("build", str(folder), "--force", "--as-of", AS_OF, "-o", str(pdf)).returncode == 0
    from pypdf import PdfReader

    flat = "".join("".join(p.extract_text() for p in PdfReader(pdf).pages[:2]).split())
    assert "Payslip:" in flat and "Ihavenowages" not in flat, flat
