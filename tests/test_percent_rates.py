"""A figure followed by a percent sign is a rate, not an amount (development set independent 20, a Brunei labour
supplier's pay slip: "SCP 3.5% (21.46)" between the gross and its deductions).

Read as an amount, the rate broke the run of deductions the pay arithmetic adds up (613.25 − 3.5 − 21.46 − 60.00 −
20.00 is no printed figure), and the only pair left was the earnings split: 613.25 − 572.00 = 41.25 (the overtime
line), so net pay was taken as 572.00, the days-worked line, at 0.80. With the rate left out the deductions run
613.25 − 21.46 − 60.00 − 20.00 = 511.79, the figure printed after "NETT".

A "%" glued to the figure after it stays what it was: Tesseract's English model reads a lost ₹ sign so ("Basic
%8000", values._TOFU). Text pages (tests/textdoc.py) and a born-digital PDF through `packet check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf
from textdoc import make_doc

from packet.cli import cli
from packet.understanding.extract import read_fields_evidence
from packet.understanding.values import find_money


@pytest.mark.parametrize("text, amounts", [
    ("SCP 3.5% (21.46)", ["-21.46"]),
    ("Tax 20 % 100.00", ["100.00"]),
    ("个税 3% 120.00", ["120.00"]),
    ("Employee pension 5 per cent 30.00", ["30.00"]),
    ("NIS 5.5 percent 162.25", ["162.25"]),
    ("Basic %8000", ["8000"]),            # a lost ₹ before the figure: an amount
    ("HRA 40%", []),
    ("$3.50", ["3.50"]),
])
def test_a_rate_is_no_amount(text: str, amounts: list[str]) -> None:
    assert [str(h.value) for h in find_money(text)] == amounts


SLIP = ["SERI ANDALAN MANPOWER SUPPLY", "Seria, Belait District", "PAY SLIP", "MONTH: OCTOBER 2026",
        "Staff No.: SAM-2281 Site: Lumut", "Days Worked 26 x B$22.00 ~ 572.00", "Overtime 41.25", "GROSS 613.25",
        "SCP 3.5% (21.46)", "Accommodation (60.00)", "Transport (20.00)", "NETT B$ 511.79", "Received by:"]


def test_the_deductions_after_a_rate_still_add_up() -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc("\n".join(SLIP)).pages, "en")
    assert fields["gross_pay"] == "613.25"
    assert fields["net_pay"] == "511.79"
    assert evidence["net_pay"].method == "pay-chain"


def test_the_rate_line_as_a_born_digital_slip(tmp_path: Path) -> None:
    text_pdf(tmp_path / "slip-october.pdf", [SLIP], size=(420, 595))
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--json", "--as-of", "2026-11-20", "--no-cache",
                                      "--checklist", "en-hardship"])
    report = json.loads(result.output)
    doc = next(d for d in report["documents"] if d["path"] == "slip-october.pdf")
    assert doc["type"] == "payslip"
    assert doc["fields"]["net_pay"] == "511.79"
    assert doc["fields"]["gross_pay"] == "613.25"
