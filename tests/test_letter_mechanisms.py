"""The mechanisms that read letters, certificates and bills whose own fields compete with others printed on them
(issue 10): a formal dating clause, a value that ends where the next printed label starts, a bill's price after a
discount, a compensation table's total, a job's end said around its employer's name, a Chinese organisation's
name running on to its legal form, a salutation's surname standing for the full name printed elsewhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fixtures_reading import read_documents
from rolegen import Doc, draw
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import scores
from packet.understanding.extract import extract
from packet.understanding.values import find_dates


def fields(text: str, type_: str, language: str = "en"):
    got = extract(Classified(make_doc(text), type_), language)
    return got.fields, got.evidence


@pytest.mark.parametrize(("text", "day"), [
    ("Issued this 9th day of November 2026 at Makati City", date(2026, 11, 9)),
    ("Given this 2nd day of November, 2026.", date(2026, 11, 2)),
    ("Dated at Nairobi this 21st day of October 2026", date(2026, 10, 21)),
])
def test_a_formal_date_is_a_day(text: str, day: date) -> None:
    assert [(h.value, h.precision) for h in find_dates(text)] == [(day, "day")]


def test_a_certificate_is_dated_by_its_formal_clause_not_by_the_start_of_employment() -> None:
    got, _ = fields("""
Sampaguita Business Solutions Inc.
CERTIFICATE OF EMPLOYMENT
This is to certify that MS. MARISOL DELA CRUZ has been employed with us
from June 24, 2017 up to the present as Accounts Assistant.
Basic monthly salary                PHP 25,000.00
Rice allowance                      PHP 2,000.00
Transportation allowance            PHP 1,500.00
Total monthly compensation          PHP 28,500.00
Issued this 9th day of November 2026 at Makati City, upon the request of the employee.
""", "income_proof")
    assert got["date"] == "2026-11-09"
    assert got["monthly_income"] == "28500.00"


def test_a_start_date_in_a_sentence_still_dates_no_letter() -> None:
    got, _ = fields("""
Kestrel Freight Ltd
We confirm that Ravi Pillai has worked for us since 3 March 2019.
""", "income_proof")
    assert got["date"] is None


def test_a_value_ends_where_the_next_printed_label_starts() -> None:
    got, _ = fields("""
住院收费票据
交款人：孙志远            开票日期：2026-10-12
床位费      300.00
检查费      215.50
合计（小写）515.50
收款单位（章）：江州市妇幼保健院收款人:住院处02复核人:黄丽
""", "medical_bill", "zh")
    assert got["provider"] == "江州市妇幼保健院"


def test_a_bills_total_is_the_price_after_its_discount() -> None:
    got, _ = fields("""
Hospital Management System
Patient Name : Rahul Sharma
Amount : Rs 1000.0
Discount : Rs 500.0
Total Amount : Rs 500.0
Payment Method : Cash
""", "medical_bill")
    assert got["total"] == "500.00"


def test_a_payment_after_the_charges_still_leaves_the_charges_the_total() -> None:
    got, _ = fields("""
Riverbend Regional Medical Center
Statement Date: 10/02/2026
Total Charges                 5,120.00
Insurance Payments           -3,800.00
Discount                       -500.00
Amount Due                      820.00
""", "medical_bill")
    assert got["total"] == "5120.00"


def test_items_after_a_discount_make_the_net_the_total() -> None:
    got, _ = fields("""
Klinik Seri Mutiara                         TAX INVOICE
Date: 26/10/2026
Name: Tariq Iyer
Consultation                      48.42
Medication                       282.41
Sub-total                        330.83
Less: Discount                   -33.08
Net Amount                       297.75
""", "medical_bill")
    assert got["total"] == "297.75"


def test_a_job_ended_with_the_employer_named_between() -> None:
    doc = make_doc("""
Corran Hospitality Group
5 September 2026
Dear Mr Iyer,
We write to confirm that your employment with Corran Hospitality Group Pty. Ltd.
ceased on 1 August 2026.
Sincerely,
""")
    s = scores(doc)
    assert max(s, key=s.get) == "unemployment_proof"


def test_a_chinese_name_runs_on_to_its_legal_form() -> None:
    got, _ = fields("""
离职证明
兹证明郭丽萍于2019年3月1日入职我单位，双方已于2026年9月30日解除劳动合同。
特此证明。
                              南湖酒店管理有限公司
                              （盖章）
                              二〇二六年十月八日
""", "unemployment_proof", "zh")
    assert got["issuer"] == "南湖酒店管理有限公司"
    assert got["date"] == "2026-10-08"


def test_a_salutation_yields_to_the_full_name_of_the_same_surname() -> None:
    got, ev = fields("""
Corran Hospitality Group
5 September 2026
Wanjiru Okafor
34 Palm Court
Dear Ms Okafor,
Your employment with Corran Hospitality Group ended on 1 August 2026.
""", "unemployment_proof")
    assert got["person"] == "Wanjiru Okafor"
    assert ev["person"].confidence < 0.9


def test_two_people_of_the_surname_leave_the_salutation() -> None:
    got, _ = fields("""
Corran Hospitality Group
5 September 2026
Wanjiru Okafor
c/o Daniel Okafor
Dear Ms Okafor,
Your employment with Corran Hospitality Group ended on 1 August 2026.
""", "unemployment_proof")
    assert got["person"] != "Daniel Okafor"



def test_a_software_products_title_is_no_provider(tmp_path: Path) -> None:
    """A bill printed from a hospital's software, its title large over the fields, names no provider."""
    doc = Doc("hms.pdf", "medical_bill", "en", [[
        (200, 60, "Hospital Management System", 20), (60, 110, "Patient Name : Rahul Sharma", 11),
        (60, 135, "Amount : Rs 1000.0", 11), (60, 160, "Discount : Rs 500.0", 11),
        (60, 185, "Total Amount : Rs 500.0", 11), (60, 210, "Payment Status : Paid", 11)]], {})
    draw(doc, tmp_path / "en" / doc.name)
    read = read_documents(tmp_path / "en", "en")[0]
    got = extract(Classified(read, "medical_bill"), "en").fields
    assert got["provider"] is None
    assert got["total"] == "500.00"
