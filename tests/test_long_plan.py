"""A long repayment plan is said in a few lines — runs of equal monthly payments — in the letter, the email and
the terminal, in both languages, with every payment kept in an annex page of the letter. The plans and cases are
made here; the packet is built through the CLI and read back from the PDF."""

from __future__ import annotations

import email
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from packet.case.casefile import Installment, Plan
from packet.case.repayment_plan import grouped, runs, schedule
from packet.cli import cli

D = Decimal


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


# --- runs (pure logic) -----------------------------------------------------------------------------------------

def _instalments(*parts: tuple[date, int, str]) -> Plan:
    """Plans from (first date, how many monthly, amount) parts, written out as explicit instalments."""
    from packet.case.repayment_plan import add_months

    items = [Installment(add_months(start, k, start.day), D(amount)) for start, n, amount in parts for k in range(n)]
    return Plan(installments=tuple(items))


def test_runs_split_where_the_amount_or_the_interval_changes():
    plan = _instalments((date(2027, 3, 31), 10, "80.00"), (date(2028, 1, 31), 3, "95.50"))
    plan = Plan(installments=plan.installments + (Installment(date(2028, 6, 2), D("95.50")),
                                                  Installment(date(2028, 7, 2), D("95.50"))))
    rs = runs(schedule(plan))
    assert [(r.first.number, r.last.number, r.count, r.amount) for r in rs] == [
        (1, 10, 10, D("80.00")), (11, 13, 3, D("95.50")), (14, 15, 2, D("95.50"))]  # a gap of months breaks a run
    # month ends: 31 March, 30 April, … 31 December stay one run (the day is clamped, as the schedule does)
    assert rs[0].last.date == date(2027, 12, 31)


def test_a_monthly_plan_with_a_remainder_is_two_runs_and_every_row_is_in_one():
    # 23 payments: within MAX_PLAN_MONTHS (a longer monthly plan is proposed for a year, then reviewed)
    sch = schedule(Plan(outstanding=D("4790.00"), monthly_payment=D("210.00"), first_payment=date(2027, 5, 6)))
    rs = runs(sch)
    assert [(r.count, r.amount) for r in rs] == [(22, D("210.00")), (1, D("170.00"))]
    assert sum(r.count for r in rs) == len(sch.rows) == 23
    assert grouped(sch) == rs


def test_short_or_irregular_schedules_are_listed_in_full():
    assert grouped(schedule(_instalments((date(2027, 1, 10), 12, "50.00")))) is None  # a year: 12 lines are fine
    weekly = Plan(installments=tuple(Installment(date(2027, 1, 4 + 7 * k) if k < 4 else date(2027, 2, k - 3),
                                                 D("20.00")) for k in range(20)))
    assert grouped(schedule(weekly)) is None  # nothing monthly to group: no shorter than the list


# --- through the CLI: letter, annex, email, terminal -----------------------------------------------------------

PLAN_EN = ('[plan]\noutstanding = "£6,350.00"\n'
           + "".join(f'[[plan.installment]]\ndate = 2027-{m:02d}-28\namount = "£95.00"\n' for m in range(2, 12))
           + "".join(f'[[plan.installment]]\ndate = {2027 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}-28\namount = '
                     f'"£180.00"\n' for m in range(12, 42)))


def _case(folder: Path, lang: str, plan: str) -> Path:
    folder.mkdir(parents=True)
    who = ('[applicant]\nname = "Tomasz Nowak"\nemail = "tomasz@example.org"\n[lender]\nname = "Kestrel Finance"\n'
           'email = "help@kestrel.example"\ncontract_number = "KF-55102"\n') if lang == "en" else (
        '[applicant]\nname = "陈静"\n[lender]\nname = "某某小额贷款有限公司"\nemail = "kefu@lender.example"\n'
        'contract_number = "XD20260417"\n')
    (folder / "packet.toml").write_text(who + f'[request]\nlanguage = "{lang}"\nhardship = "medical"\n' + plan,
                                        encoding="utf-8")
    return folder


def _pages(pdf: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def test_english_letter_groups_the_payments_and_keeps_each_in_the_annex(tmp_path):
    case = _case(tmp_path / "nowak", "en", PLAN_EN)
    out = tmp_path / "nowak.pdf"
    result = run("build", case, "--force", "--eml", "-o", out, "--as-of", "2026-11-20", "--no-cache")
    assert result.exit_code == 0, result.output
    # the terminal: the total, then one line per run
    assert "Repayment plan: 40 payments, £6,350.00 in total" in result.output
    assert "· 10 payments of £95.00, monthly from 28 Feb 2027 to 28 Nov 2027" in result.output
    assert "· 30 payments of £180.00, monthly from 28 Dec 2027 to 28 May 2030" in result.output
    pages = _pages(out)
    letter = pages[0]
    assert "10 payments of £95.00, monthly from 28 February 2027 to 28 November 2027" in letter
    assert "30 payments of £180.00, monthly from 28 December 2027 to 28 May 2030" in letter
    assert "listed in the annex at the end of this letter" in letter
    assert "1 March 2027" not in letter and "28 March 2027" not in letter  # no payment-by-payment list here
    annex = next(i for i, text in enumerate(pages) if "Annex: schedule of payments" in text)
    listed = " ".join(pages[annex:annex + 3])
    for n, when, left in ((1, "28 February 2027", "6,255.00"), (11, "28 December 2027", "5,220.00"),
                          (40, "28 May 2030", "0.00")):
        assert re.search(rf"\b{n} {when} [£]?\S*\s?[\d,]+\.\d\d {left}", listed), (n, listed[:400])
    # the email draft says it the same way
    msg = email.message_from_bytes(out.with_suffix(".eml").read_bytes())
    body = next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "· 10 payments of £95.00, monthly from 28 February 2027 to 28 November 2027" in body
    assert "28 March 2027" not in body


def test_chinese_letter_groups_a_monthly_plan_with_a_last_smaller_payment(tmp_path):
    plan = '[plan]\noutstanding = "10,250.00"\nmonthly_payment = "450"\nfirst_payment = 2027-01-20\n'
    case = _case(tmp_path / "chen", "zh", plan)
    out = tmp_path / "chen.pdf"
    result = run("build", case, "--force", "-o", out, "--as-of", "2026-11-20", "--no-cache")
    assert result.exit_code == 0, result.output
    assert "还款计划：共 23 期，合计 10,250.00 元" in result.output
    assert "2027年1月20日至2028年10月20日，每月还款 450.00 元，共 22 期" in result.output
    assert "2028年11月20日还款 350.00 元" in result.output
    pages = _pages(out)
    assert "· 2027年1月20日至2028年10月20日，每月还款 450.00 元，共 22 期 · 2028年11月20日还款 350.00 元" in pages[0]
    assert "每一期的日期和金额见申请书末页所附《还款计划明细》" in pages[0]
    assert "2027-02-20" not in pages[0]
    annex = " ".join(p for p in pages if "附表：还款计划明细" in p or "2028-11-20" in p)
    assert "附表：还款计划明细" in annex and "2027-02-20" in annex and "2028-11-20 350.00 0.00" in annex


def test_a_short_plan_is_still_listed_payment_by_payment(tmp_path):
    plan = '[plan]\noutstanding = "1,000"\nmonthly_payment = "250"\nfirst_payment = 2027-01-05\n'
    case = _case(tmp_path / "short", "en", plan)
    out = tmp_path / "short.pdf"
    result = run("build", case, "--force", "-o", out, "--as-of", "2026-11-20", "--no-cache")
    assert result.exit_code == 0, result.output
    pages = _pages(out)
    assert not any("Annex: schedule of payments" in p for p in pages)
    assert all(f"{d} 2027 250.00" in pages[0] for d in ("5 January", "5 February", "5 March", "5 April"))
    assert "· 4 payments of 250.00, monthly from 5 Jan 2027 to 5 Apr 2027" in result.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_grouped_letter_renders(tmp_path, lang):
    """Look at the pages (pdftoppm, 60 dpi): page 1 carries the letter, page 2 the annex's ruled table, one rule
    per payment row (a letter that still listed every payment would push the table onto page 1). The en plan's 40
    payments are more than the table lists (TABLE_MAX_ROWS): its first 12, "…", the last and the total."""
    plan = PLAN_EN if lang == "en" else '[plan]\noutstanding = "12000"\nmonthly_payment = "500"\nfirst_payment = 2027-03-01\n'
    case = _case(tmp_path / "c", lang, plan)
    out = tmp_path / "c.pdf"
    assert run("build", case, "--force", "-o", out, "--as-of", "2026-11-20", "--no-cache").exit_code == 0
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "p")], check=True)

    def long_rules(png: Path) -> int:
        img = Image.open(png).convert("L")
        w, h = img.size
        raw = img.tobytes()
        return sum(1 for y in range(h) if sum(1 for x in range(w) if raw[y * w + x] < 200) > 0.6 * w)

    first, second = sorted(tmp_path.glob("p-*.png"))
    assert long_rules(first) <= 6  # the footer band, the applicant table (zh); no payment table on the letter page
    if lang == "zh":
        assert long_rules(second) >= 25  # the annex: a ruled row per payment (24)
    else:
        assert 15 <= long_rules(second) <= 20  # 12 payments, "…", the last, the head and the total: no 40 rows
