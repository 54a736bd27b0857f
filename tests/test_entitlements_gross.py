"""Gulf payroll names a payslip's earnings "Entitlements" (UAE and Saudi WPS payslips: a summary row "Pay Currency |
Entitlements | Deductions | Net Pay" over its figures, then "Entitlements | Amount" items). Hold-out 8's HR-system
payslip gave no gross pay, so a payslip whose every figure was printed did not count. Text pages (tests/textdoc.py)
through the real extraction."""

from __future__ import annotations

from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

SLIP = ("EMPLOYEE PAYSLIP\nEmployer          Gulf Line Facilities LLC\nPay Period        Oct-2026\n"
        "Employee Name     Rashid Mahmood\n"
        "Pay Currency    Entitlements    Deductions    Net Pay\n"
        "AED             4,850.00        350.00        4,500.00\n"
        "Bank Name               Beneficiary Name\nEmirates Islamic        Rashid Mahmood\n")


def test_entitlements_are_the_gross_pay() -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc(SLIP).pages, "en")
    assert fields["gross_pay"] == "4850.00"
    assert evidence["gross_pay"].method == "label"  # read under its label, not worked out from net + deductions
    assert fields["net_pay"] == "4500.00"
    assert fields["period"] == "2026-10"
