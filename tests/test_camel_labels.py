"""A label printed run together in camel case on a page whose other words keep their spaces ("NettPay :2198.87",
"PayPeriod: Apr-2021": a payroll template printing its field names as written in its code, seen in a third-party
payslip of hold-out 8). Before, such a label was looked for with its spaces optional only when the whole page had
lost its spaces, so a lone "NettPay" gave no net pay. A run in one case ("NETPAY", "netpay") stays unread: it may be
another word."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli
from packet.core.model import Word
from packet.understanding.label_geometry import Line, camel_joined


def _fields(tmp_path, lines: list[str]) -> dict:
    text_pdf(tmp_path / "slip.pdf", [lines], size=(420, 595))
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "en"\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--json", "--no-cache"])
    doc = json.loads(out.output)["documents"][0]
    return {"type": doc["type"], **{k: v for k, v in doc["fields"].items() if v}}


SPACED = ["Harbour Joinery Works Ltd", "Payslip", "Employee Name : Tomas Brennan", "Pay Period : October 2026",
          "Basic salary : 2,583.00", "Income tax : 284.13", "Pension : 100.00"]


def test_net_pay_printed_run_together_is_read(tmp_path):
    got = _fields(tmp_path, SPACED + ["Gross Pay : 2,583.00", "NettPay : 2,198.87"])
    assert got["type"] == "payslip"
    assert got["net_pay"] == "2198.87" and got["gross_pay"] == "2583.00"


def test_a_run_in_one_case_is_not_a_label(tmp_path):
    got = _fields(tmp_path, SPACED + ["Gross Pay : 2,583.00", "NETTPAY : 2,198.87"])
    assert "net_pay" not in got


def _cell(text: str) -> tuple[Word, ...]:
    return tuple(Word(w, (0.1 * i, 0.1, 0.1 * i + 0.08, 0.12)) for i, w in enumerate(text.split()))


@pytest.mark.parametrize(("printed", "label", "want"), [
    ("NettPay: 2198.87", "nett pay", True),
    ("PayPeriodEnding 31/10/2026", "pay period ending", True),
    ("AccountNumber 12345678", "account number", True),
    ("NETTPAY 2198.87", "nett pay", False),
    ("Nettpay 2198.87", "nett pay", False),
    ("PayperiodEnding", "pay period ending", False),  # every join must be a small letter then a capital
])
def test_every_join_is_a_small_letter_then_a_capital(printed, label, want):
    cell = _cell(printed)
    folded = Line(0, 0, cell).streams[0][0]
    start = folded.index(label.replace(" ", ""))
    assert camel_joined(cell, folded, start, start + len(label.replace(" ", "")), label) is want
