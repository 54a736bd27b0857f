"""A first payment already past, typed straight into packet.toml: ``check`` says so (report and --json), ``build``
refuses (exit 1) unless --force, and a forced letter offers to agree a plan instead of payments already late.
``init`` and the new-case page warned; the case file alone did not (a trial)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from cli_inprocess import Done, cli
from conftest import AS_OF, SAMPLES
from pypdf import PdfReader

from packet.case.casefile import Case, Installment, Plan
from packet.rules.readiness import letter_needs


def _packet(*args: str) -> Done:
    """``packet ARGS…`` in this process (tests/cli_inprocess.py: the same command, its exit code, stdout and stderr;
    the locale is the suite's C.UTF-8, so the case's own language speaks unless --lang says otherwise)."""
    return cli(*args)


@pytest.fixture
def past_plan(tmp_path) -> Path:
    """The complete Chinese sample case, its plan starting a month before the date it is checked on."""
    case = tmp_path / "zh"
    shutil.copytree(SAMPLES / "zh-medical-stop", case)
    toml = case / "packet.toml"
    text = toml.read_text(encoding="utf-8")
    assert "first_payment = 2027-02-15" in text  # the sample as generated: the edit below must land
    toml.write_text(text.replace("first_payment = 2027-02-15", "first_payment = 2026-10-15"), encoding="utf-8")
    return case


@pytest.mark.slow
def test_check_says_the_first_payment_is_past(past_plan):
    done = _packet("check", str(past_plan), "--json", "--as-of", AS_OF)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["complete"], report["missing"]  # the documents are all there
    assert report["letter_needs"] == ["plan.first_payment"] and not report["ready"]
    text = " ".join(_packet("check", str(past_plan), "--as-of", AS_OF, "--lang", "en").stdout.split())  # unwrapped
    assert "first payment, 2026-10-15, is already past" in text and "Write the date you can really start paying" in text
    zh = "".join(_packet("check", str(past_plan), "--as-of", AS_OF).stdout.split())  # the case's own language
    assert "首次还款日期2026-10-15已经过去" in zh


@pytest.mark.slow
def test_build_refuses_a_past_plan_and_forced_leaves_the_plan_out(past_plan, tmp_path):
    out = tmp_path / "out" / "packet.pdf"
    done = _packet("build", str(past_plan), "--as-of", AS_OF, "-o", str(out), "--json")
    said = json.loads(done.stdout)
    assert done.returncode == 1 and said["code"] == "not-ready" and "2026-10-15" in said["error"], said
    assert not out.exists()
    done = _packet("build", str(past_plan), "--as-of", AS_OF, "-o", str(out), "--force")
    assert done.returncode == 0, done.stderr
    assert "没有还款计划（首次还款日期已过）" in done.stdout and "还款计划：共" not in done.stdout
    letter = "".join(p.extract_text() for p in PdfReader(out).pages[:2])
    assert "愿与贵司协商可行的还款计划" in letter and "2026年10月15日" not in letter and "2026-10-15" not in letter


def _case(plan: Plan) -> Case:
    from packet.case.casefile import Applicant, Lender

    return Case(root=Path("."), applicant=Applicant(name="Ann Lee"),
                lender=Lender(name="Northfield Credit", contract_number="NFC-1"), plan=plan)


@pytest.mark.parametrize(("plan", "past"), [
    (Plan(outstanding=Decimal(900), monthly_payment=Decimal(100), first_payment=date(2026, 11, 19)), True),
    (Plan(outstanding=Decimal(900), monthly_payment=Decimal(100), first_payment=date(2026, 11, 20)), False),
    (Plan(installments=(Installment(date(2027, 1, 5), Decimal(50)), Installment(date(2026, 11, 5), Decimal(50)))), True),
    (Plan(installments=(Installment(date(2026, 12, 5), Decimal(50)),)), False),
    (Plan(), False),
], ids=["monthly-yesterday", "monthly-today", "installment-earliest-past", "installment-ahead", "no-plan"])
def test_the_plan_counts_as_past_from_its_earliest_payment(plan, past):
    assert ("plan.first_payment" in letter_needs(_case(plan), date(2026, 11, 20))) is past
    assert "plan.first_payment" not in letter_needs(_case(plan))  # no date to compare with: nothing said
