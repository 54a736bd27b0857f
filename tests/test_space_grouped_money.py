"""Amounts grouped in thousands by single spaces with a decimal comma ("14 942,00", "R 11 298,11"), as South Africa,
France and most of Europe print them, read whole: independent set 17's Gqeberha payslip gave gross pay 942.00 and net
pay 298.11 at 0.86 (read after that set was judged), and independent set 15's school-fee ledger read "R 9 850,00" as
850.00. Recorded lines (a payslip in columns, the way a text PDF gives them), no OCR."""

from __future__ import annotations

from decimal import Decimal

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract
from packet.understanding.values import find_money


@pytest.mark.parametrize(("text", "want"), [
    ("Total earnings 14 942,00 Total deductions", [Decimal("14942.00")]),
    ("NETT PAY R 11 298,11", [Decimal("11298.11")]),
    ("Overtime 14,00 1 512,00 UIF 149,42", [Decimal("14.00"), Decimal("1512.00"), Decimal("149.42")]),
    ("1 234 567,89", [Decimal("1234567.89")]),
    # a decimal point: a quantity and an amount in two columns, as before
    ("Qty 2 150.00", [Decimal("2"), Decimal("150.00")]),
])
def test_space_grouped_figures_with_a_decimal_comma_are_read_whole(text: str, want: list[Decimal]) -> None:
    assert [h.value for h in find_money(text)] == want


def test_a_payslip_printing_space_grouped_figures_gives_whole_gross_and_net_pay() -> None:
    doc = make_doc("""
Karoo Lantern Works (Pty) Ltd                                  PAYSLIP
Employee  Lerato Dlamini          Period 2026/10
EARNINGS                       DEDUCTIONS
Basic Salary     12 480,00     PAYE          1 288,67
Overtime          1 512,00     UIF             149,42
Total earnings   13 992,00     Total deductions  1 438,09
NETT PAY         R 12 553,91
""")
    e = extract(Classified(doc, "payslip", 0.9), "en")
    assert e.fields["gross_pay"] == "13992.00", e.fields
    assert e.fields["net_pay"] == "12553.91", e.fields
