"""The balance printed for the period's last day is the closing balance: "Balance on 30 September 2026 £412.09" in a
UK bank's summary, whose opening line reads "Balance on 1 September 2026 £956.49". A phone photo of page 1 of 2
(a new user's trial) ends its rows on 22 September at 78.97, and that last running balance was given at 0.86."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli

ROWS = [("01 Sep", "BALANCE BROUGHT FORWARD", "", "956.49"), ("01 Sep", "DD IRWELL ENERGY LTD", "92.50", "863.99"),
        ("05 Sep", "CARD ALDI 78 MANCHESTER", "41.26", "822.73"), ("12 Sep", "FPO J OKAFOR", "52.40", "770.33"),
        ("15 Sep", "DD NORTHFIELD CREDIT LTD", "245.00", "525.33"), ("19 Sep", "CARD LIDL GB", "40.00", "485.33"),
        ("22 Sep", "CARD TESCO STORES 2911", "406.36", "78.97")]


def test_the_balance_of_the_periods_last_day_is_the_closing_balance(tmp_path):
    lines = ["Pennine Bank                                   Page 1 of 2", "Account name  Daniel Okafor",
             "Account number  43917702", "Statement period 1 September 2026 to 30 September 2026",
             "Your account summary", "Balance on 1 September 2026          £956.49",
             "Money in                             £2,310.45", "Money out                            £2,854.85",
             "Balance on 30 September 2026         £412.09", "",
             "Date      Description                      Paid out     Balance"]
    lines += [f"{d}    {w:<30}   {o:>8}   {b:>8}" for d, w, o, b in ROWS]
    text_pdf(tmp_path / "statement-p1.pdf", [lines], size=(595, 842))
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "en"\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--json", "--no-cache"])
    doc = json.loads(out.output)["documents"][0]
    assert doc["type"] == "bank_statement"
    assert doc["fields"]["closing_balance"] == "412.09", doc["fields"]
    assert "pages-missing" in {p["code"] for p in doc["problems"]}
