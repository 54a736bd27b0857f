"""A document dated after the as-of date is warned ``future-date`` and the warning says how to get unstuck: nobody has
papers from the future, so the date was misread (a blurred digit, another calendar: a Nepali bill dated in Bikram
Sambat 2082 read as a Gregorian year) or ``--as-of`` is too early. Before this a future-dated proof was silently
neither counted nor warned: the person was told it was missing with no word on the file they had given."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf
from test_stale import _case, _x  # the same case and extracted documents as the stale rules' tests

from packet.case.casefile import Case
from packet.cli import cli
from packet.core.model import PROBLEM_CODES
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate

AS_OF = date(2026, 11, 20)


def _problems(docs, case: Case | None = None) -> dict[str, dict[str, str]]:
    c = case or _case()
    report = evaluate(docs, (), c, load_checklist(c.request.checklist), AS_OF)
    out: dict[str, dict[str, str]] = {}
    for d in report.documents:
        out[d.document.rel] = {p.code: p.message for p in d.problems}
    return out


def test_the_code_is_one_of_the_problem_codes():
    assert "future-date" in PROBLEM_CODES


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_proof_dated_after_the_check_says_why_it_did_not_count_and_how_to_fix_it(lang):
    letter = _x("unemployment_proof", "letter.jpg", person="Ruth Adeyemi", issuer="Jobcentre Plus", date="2082-01-25")
    msg = _problems([letter], _case(lang))["letter.jpg"]["future-date"]
    assert "2082-01-25" in msg and "2026-11-20" in msg
    assert '[fields."letter.jpg"] date = "YYYY-MM-DD"' in msg and "--as-of" in msg
    assert ("not counted" in msg) if lang == "en" else ("不计入" in msg)


def test_a_bill_dated_tomorrow_is_warned_and_one_dated_today_is_not():
    bill = dict(provider="Riverside Clinic", patient="Ruth Adeyemi", total="120.00")
    got = _problems([_x("medical_bill", "tomorrow.pdf", date="2026-11-21", **bill),
                     _x("medical_bill", "today.pdf", date="2026-11-20", **bill)], _case(hardship="medical"))
    assert "future-date" in got["tomorrow.pdf"]
    assert "future-date" not in got["today.pdf"]


def test_a_payslip_for_a_month_not_yet_begun_still_counts_but_is_warned():
    slip = dict(employer="Kestrel Print Works Ltd", employee="Ruth Adeyemi", gross_pay="2650.00", net_pay="2100.00")
    got = _problems([_x("payslip", "dec.pdf", period="2026-12", **slip),
                     _x("payslip", "nov.pdf", period="2026-11", **slip)])
    msg = got["dec.pdf"]["future-date"]
    assert 'period = "YYYY-MM"' in msg and "not counted" not in msg
    assert "future-date" not in got["nov.pdf"]  # the month of the check has begun


def test_a_statement_starting_after_the_check_is_warned():
    st = dict(bank="Harbourside Bank", account_holder="Ruth Adeyemi", account_number="55012934",
              closing_balance="10.00")
    got = _problems([_x("bank_statement", "s.pdf", period_start="2027-01-01", period_end="2027-01-31", **st)])
    assert 'period_start = "YYYY-MM-DD"' in got["s.pdf"]["future-date"]


def test_check_json_carries_the_warning_for_a_real_pdf(tmp_path):
    """The whole path: a text-layer PDF of a redundancy letter dated 2082, read and judged by `packet check`."""
    text_pdf(tmp_path / "letter.pdf", [["Harbour Freight Services Ltd", "12 Quay Street, Bristol BS1 4DJ",
                                        "Date: 25 January 2082", "", "Dear Ruth Adeyemi,",
                                        "Notice of redundancy",
                                        "We confirm that your employment with Harbour Freight Services Ltd ended by "
                                        "reason of redundancy on 31 October 2026.",
                                        "Yours sincerely, HR Department"]])
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Ruth Adeyemi"\n[request]\nlanguage = "en"\n'
                                          'hardship = "unemployment"\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--json", "--no-cache"])
    data = json.loads(out.output)
    doc = next(d for d in data["documents"] if d["path"] == "letter.pdf")
    assert doc["type"] == "unemployment_proof", doc
    assert any(p["code"] == "future-date" for p in doc["problems"]), doc
