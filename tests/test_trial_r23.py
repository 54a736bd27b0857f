"""What three new users met (round 23's trial: a US homeowner, an Shanghai factory worker on the page, an Irish debt
adviser's scripts), each as a test that failed before its fix. Documents are drawn here as real PDFs, in layouts and
words of their own."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli

AS_OF = "2026-11-20"


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


# --- two bi-weekly pay stubs of one month are two documents ------------------------------------------------------

def _stub(path: Path, start: str, end: str, paid: str, ytd: str) -> None:
    """A US earnings statement as a salaried worker gets every two weeks: the same employer's address and tax
    number, the same hours, pay and deductions each time; only the pay period, the pay date and the year-to-date
    figure change."""
    text_pdf(path, [[
        "Larkspur Home Care, Inc.", "1180 Quarry Bend Rd, Dayton, OH 45402  EIN 31-5520871",
        "EARNINGS STATEMENT", "Employee: Marisol T. Avery", "Employee ID: 20417",
        f"Pay period: {start} - {end}", f"Pay date: {paid}", "Regular 80.00 hrs @ 21.40   1,712.00",
        f"YTD gross {ytd}", "Federal Income Tax 131.26", "Social Security 106.14", "Medicare 24.82",
        "OH State Tax 41.09", "401(k) 51.36", "Gross Pay 1,712.00", "Net Pay 1,357.33",
        "Deposited to checking ******5108",
    ]], size=(612, 792))


def _stub_case(root: Path) -> Path:
    _stub(root / "stub-oct-09.pdf", "09/20/2026", "10/03/2026", "10/09/2026", "32,528.00")
    _stub(root / "stub-oct-23.pdf", "10/04/2026", "10/17/2026", "10/23/2026", "34,240.00")
    (root / "packet.toml").write_text('[applicant]\nname = "Marisol T. Avery"\n[request]\nlanguage = "en"\n'
                                      'hardship = "medical"\n', encoding="utf-8")
    return root


def test_two_bi_weekly_stubs_of_one_month_with_equal_pay_are_both_kept(tmp_path) -> None:
    """Trial r23 (b): the second stub of October was "Same document as … (the same content) … you may delete it",
    left out of the packet: three quarters of the figures (address, tax number, pay, deductions) are on both. The
    pay periods and pay dates differ: two documents."""
    root = _stub_case(tmp_path / "c")
    out = json.loads(_run("check", root, "--json", "--as-of", AS_OF, "--no-cache").stdout)
    docs = {d["path"]: d for d in out["documents"]}
    assert set(docs) == {"stub-oct-09.pdf", "stub-oct-23.pdf"}
    for d in docs.values():
        assert d["type"] == "payslip" and d["fields"]["period"] == "2026-10", d
        assert [p["code"] for p in d["problems"] if p["code"] == "duplicate"] == [], d["problems"]
        assert d["included"] is True


def test_the_same_stub_saved_twice_is_still_one(tmp_path) -> None:
    """The dates rule never makes a copy two: the same stub in another file (other bytes) is a duplicate."""
    root = _stub_case(tmp_path / "c")
    _stub(root / "stub-oct-09 (copy).pdf", "09/20/2026", "10/03/2026", "10/09/2026", "32,528.00")
    text = (root / "stub-oct-09 (copy).pdf").read_bytes()
    (root / "stub-oct-09 (copy).pdf").write_bytes(text + b"\n% saved again\n")
    out = json.loads(_run("check", root, "--json", "--as-of", AS_OF, "--no-cache").stdout)
    dup = {d["path"] for d in out["documents"] if any(p["code"] == "duplicate" for p in d["problems"])}
    assert len(dup) == 1 and dup <= {"stub-oct-09.pdf", "stub-oct-09 (copy).pdf"}, dup
