"""The wave-11 mechanisms of bills and letters, each on a small document made for it (text boxes, no OCR; one
drawn PDF for a monogram's size): a day and month printed without a year, a letterhead's monogram, a form's box
captions and a name printed with its address, a former employer's label in the cell before it, a compensation
table's per-month column, and a charge letter typed as the bill it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fixtures_reading import read_documents
from rolegen import Doc, draw
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.values import yearless_date


def fields(text: str, type_: str, language: str = "en") -> dict:
    return extract(Classified(make_doc(text), type_), language).fields


@pytest.mark.parametrize(("text", "known", "day"), [
    ("4 November", [date(2026, 10, 19)], date(2026, 11, 4)),
    ("November 4th", [date(2026, 10, 19), date(2020, 1, 2)], date(2026, 11, 4)),
    ("5 January", [date(2026, 12, 20)], date(2027, 1, 5)),  # a letter of January about a visit in December
    ("20 December", [date(2027, 1, 5)], date(2026, 12, 20)),
    ("4 November", [], None),  # no year anywhere: none invented
    ("4 November 2026 and more", [date(2026, 1, 1)], None),  # not a day and month alone
    ("31 February", [date(2026, 1, 1)], None),
])
def test_a_day_and_month_take_the_year_of_the_documents_dates(text: str, known: list, day: date | None) -> None:
    assert yearless_date(text, known) == day


ED_LETTER = """\
                                    Dunmore General Hospital
                                    Patient Accounts Office
                                    Date: 30 October
Marco De Luca
Flat 3, 41 Grove Street
Ennis, Co. Clare
Re: Attendance at the Emergency Department on 19 October 2026
Dear Marco,
You attended the Emergency Department without a referral letter from your GP.
A charge of €100.00 applies and is now payable.
Amount payable: €100.00
Yours sincerely,
Accounts Receivable
"""


def test_an_emergency_departments_charge_letter_is_a_bill_dated_in_its_year() -> None:
    item = classify_one(make_doc(ED_LETTER))
    assert item.type == "medical_bill"
    got = fields(ED_LETTER, "medical_bill")
    assert got["date"] == "2026-10-30"  # its own date line, the year from the attendance's date
    assert got["total"] == "100.00"
    assert got["provider"] == "Dunmore General Hospital"


SEPARATION = """\
STATE OF GEORGIA - DEPARTMENT OF LABOR
SEPARATION NOTICE
1. Employee's Name                  2. Social Security No.
Kofi Asante                         XXX-XX-4486
3. Employer's Name and Address      4. Employer's Account Number
Thika Road Motors, Inc., 4410 Industrial Pkwy, Macon GA 31206    0471223-05
5. First Day Worked                 6. Last Day Worked
04/27/2024                          07/25/2026
7. Reason for Separation: lack of work
9. Date: 07/28/2026
10. Employer's Signature: ______________________
"""
# the form's signature box, as the state's form prints it: the employer fills in and signs the notice, so it is the
# issuer though the department's name heads it (r21: a public body's letterhead is the issuer of a notice no labelled
# party signs — a benefit determination naming the claimant's employer; without this line the department is taken)


def test_a_separation_forms_boxes_give_the_employer_not_their_captions() -> None:
    got = fields(SEPARATION, "unemployment_proof")
    assert got["issuer"].rstrip(".") == "Thika Road Motors, Inc"  # the name, before its address
    assert got["person"] == "Kofi Asante"
    assert got["date"] == "2026-07-28"


ZH_REGISTRATION = """\
失业登记证明
姓名          周海燕         性别    女
原工作单位    南湖印染厂
失业登记日期  2026年9月3日
兹证明该同志已在我处办理失业登记，特此证明。
                              湖州市吴兴区公共就业服务中心
                              2026年9月8日
"""


def test_a_former_employer_in_the_cell_after_its_label_is_not_the_issuer() -> None:
    got = fields(ZH_REGISTRATION, "unemployment_proof", "zh")
    assert got["issuer"] == "湖州市吴兴区公共就业服务中心"


COMPENSATION = """\
Halcyon Shipping Agencies Pte Ltd
                                                   Date: 10.09.2026
SALARY CERTIFICATE
This is to certify that Maricel Bautista is working with us as Team Leader since 01 March 2020.
Component                    Per Month          Per Annum
Basic Salary                 46,000.00          552,000.00
Housing Allowance             7,500.00           90,000.00
Special Allowance             2,750.00           33,000.00
Gross Salary                 56,250.00          675,000.00
This certificate is issued at the request of the employee.
"""


def test_the_monthly_income_is_the_total_of_the_per_month_column() -> None:
    assert fields(COMPENSATION, "income_proof")["monthly_income"] == "56250.00"


def test_a_letterheads_monogram_is_no_part_of_the_providers_name(tmp_path: Path) -> None:
    """Letters drawn large before the name are a logo; a name's own capitals at its size stay in it."""
    doc = Doc("mark.pdf", "medical_bill", "en", [[
        (40, 44, "SM", 24), (90, 40, "Harbourside Medical Centre", 14), (90, 70, "NHS Lothian Day Clinic", 14),
        (40, 120, "Patient Name: Eleanor Fraser", 10), (40, 140, "Statement Date: 12/10/2026", 10),
        (40, 160, "Total Charges: £320.00", 10)]], {})
    draw(doc, tmp_path / "en" / doc.name)
    read = read_documents(tmp_path / "en", "en")[0]
    assert extract(Classified(read, "medical_bill"), "en").fields["provider"] == "Harbourside Medical Centre"
