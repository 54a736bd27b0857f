"""Sums of money in whole units as South Asia and East Africa print them: "Rs 45,000/-", "Shs 32,500/=" (the stroke
and dash say no cents follow), and the marks of their currencies ("KSh", "Kshs", "USh", "TSh", "Tk."). Such a figure
was a bare integer, not a sure amount: a payslip's net pay "45,000/-" was not taken for money, a slip in Kenyan
shillings named no currency. Found probing figures of many places. Text pages through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence
from packet.understanding.values import find_money


@pytest.mark.parametrize(("text", "value"), [("Net Pay: 45,000/-", 45000), ("Shs 32,500/=", 32500),
                                             ("Net Salary Tk. 32,500", 32500), ("KSh 4,940", 4940),
                                             ("Rent 45,000 /-", 45000)])
def test_marked_whole_sums(text: str, value: int) -> None:
    hits = find_money(text)
    assert [(h.value, h.marked) for h in hits] == [(value, True)]


def test_a_date_and_a_debit_are_not_changed() -> None:
    assert [(h.value, h.marked) for h in find_money("12/-2026")] == [(12, False), (-2026, False)]
    assert [str(h.value) for h in find_money("Paid 1,800.00- 384.90")] == ["-1800.00", "384.90"]


SLIP = ("Sylhet Valley Tea Estates Ltd.\nSalary Slip for November 2026\nName: Rahima Begum   Designation: Clerk\n"
        "Basic Salary 18,000/-\nHouse Rent 7,200/-\nMedical 1,500/-\nGross Salary 26,700/-\nProvident Fund 1,800/-\n"
        "Net Payable 24,900/-\n")


def test_a_payslip_in_whole_sums() -> None:
    fields, _ = read_fields_evidence("payslip", make_doc(SLIP).pages, "en")
    assert (fields["gross_pay"], fields["net_pay"]) == ("26700.00", "24900.00")
