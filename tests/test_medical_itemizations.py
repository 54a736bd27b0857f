"""Medical bills that print a disclaimer: a hospital's itemisation of charges ("This is not a bill. This is an
itemized statement of the charges on your account"), a statement of detailed transactions with revenue and
CPT/HCPCS codes, a dental practice's invoice. They list what was charged, so they are medical bills (the
checklist's medical-bills item); an insurer's Explanation of Benefits, which also prints "this is not a bill"
and lists services, stays ``other``. Inputs are written here (our own names, figures and layouts); one is
drawn as an image and read by the real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.core.model import Classified
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract, sane_name


def type_of(text: str, rel: str = "scan.pdf") -> str:
    return classify_one(make_doc(text, rel=rel)).type


ITEMIZATION = """
BLUE HERON REGIONAL HEALTH
Blue Heron Valley Hospital
2100 Cedar Crossing
Dayton, OH 45402
Printed 07/09/2025
This is not a bill. Itemized statement of hospital charges for:
Patient: Ramon Ortega          Admission Date: 06/02/2025
Hospital Account: 4471002      Discharge Date: 06/04/2025
Hospital Charges
Svc Dt     RevCd  CPT    Description              Qty   Amount
06/02/25   0301   80053  Metabolic panel          1     214.00
06/02/25   0320   71046  Chest x-ray 2 views      1     486.50
06/03/25   0636   J1885  Ketorolac injection      2     38.40
Total Charges                                           738.90
Payments and Adjustments
07/01/25   Insurer payment                               -402.10
07/01/25   Contractual adjustment                        -300.00
Account Balance                                           36.80
"""

TRANSACTIONS = """
Northgate Medical Center
77 Quarry Road, Salem OR 97301
PATIENT NAME    ACCOUNT NO.    ADMISSION DATE    DISCHARGE DATE    PRINT DATE
Account Class: Outpatient Surgery
Rev Code   CPT/HCPCS   Charge Description        Service Date   Price      Qty
0360       29881       Knee arthroscopy          03/11/2026     6,120.00   1
0370       01400       Anesthesia, knee          03/11/2026     1,305.00   1
0250       J2250       Midazolam                 03/11/2026     12.75      2
                                                                7,450.50
This is not a bill, it is a statement of detailed hospital transactions posted before
the print date. Physician fees are billed separately.
"""

EOB = """
Evergreen Mutual Health Plan
EXPLANATION OF BENEFITS
THIS IS NOT A BILL
Member: Dana Whitfield    Member ID: EVG55120931    Group number: 44017
Claim for services at Northgate Medical Center
Service date   CPT     Amount billed   Plan discount   Plan paid   You may owe
03/11/2026     29881   6,120.00        3,980.00        1,712.00    428.00
Total                  6,120.00        3,980.00        1,712.00    428.00
"""

DENTAL = """
Seacliff Dental Studio
Level 1, 9 Esplanade, Glenelg SA 5045   ABN 33 118 402 771
TAX INVOICE                          Invoice No: 20931
Patient: Priya Raman                 Date: 02/09/2026
Date         Item   Description                         Tooth   Fee
02/09/2026   013    Limited oral examination                    62.00
02/09/2026   521    Adhesive restoration, one surface   16      185.00
Total (GST free)                                                247.00
Paid - card                                                     247.00
Balance owing                                                   0.00
Claimed through your health fund.
"""


@pytest.mark.parametrize("text", [ITEMIZATION, TRANSACTIONS], ids=["itemization", "detailed-transactions"])
def test_an_itemisation_that_says_it_is_not_a_bill_is_a_medical_bill(text: str) -> None:
    assert type_of(text) == "medical_bill"


def test_an_explanation_of_benefits_is_still_not_a_medical_bill() -> None:
    assert type_of(EOB) == "other"


def test_a_dental_invoice_is_a_medical_bill() -> None:
    assert type_of(DENTAL) == "medical_bill"


def test_the_disclaimer_alone_does_not_make_a_bill_of_a_lab_report() -> None:
    # no charges: the medical-bill core is unmet whatever the hospital words
    report = """
Blue Heron Valley Hospital - Laboratory
This is not a bill.
Patient: Ramon Ortega     Admission Date: 06/02/2025
Test              Result   Reference range
Sodium            139      135-145 mmol/L
Potassium         4.1      3.5-5.1 mmol/L
"""
    assert type_of(report) != "medical_bill"


def _font(size: int) -> ImageFont.FreeTypeFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    pytest.skip("no TrueType font to draw with")


def test_an_image_only_itemisation_read_by_tesseract(tmp_path: Path) -> None:

    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    font = _font(30)
    y = 120
    for line in ITEMIZATION.strip("\n").splitlines():
        draw.text((110, y), line, font=font, fill=0)
        y += 52
    case_dir = tmp_path / "case"
    case_dir.mkdir()
    img.save(case_dir / "hospital-scan.png", dpi=(200, 200))
    read = read_case(Case(root=case_dir, request=Request(language="en", checklist="en-hardship")), languages="eng")
    assert not read.errors
    (doc,) = read.documents
    assert doc.pages[0].source == "ocr"
    assert "not a bill" in doc.text.lower()
    assert classify_one(doc).type == "medical_bill"


def test_a_title_naming_what_the_document_lists_is_not_the_provider() -> None:
    text = """
Copper Ridge Medical Center
PO Box 5120, Boise ID 83705
Summary of Hospital Services                    Patient Name: Alma Reyes
Dates of Service: 02/03/2026 - 02/05/2026
02/03/2026   0450   Emergency room visit        1     1,140.00
02/04/2026   0250   Pharmacy                    3     96.30
Total Charges                                         1,236.30
"""
    got = dict(extract(Classified(make_doc(text), "medical_bill"), "en").fields)
    assert got["provider"] == "Copper Ridge Medical Center"


def bill_fields(text: str) -> dict:
    return dict(extract(Classified(make_doc(text), "medical_bill"), "en").fields)


def test_a_redacted_patient_gives_no_name_not_the_table_headings_below() -> None:
    # the patient's name is blacked out: nothing is printed after the label, and the next line with words is the
    # item table's abbreviated headings
    got = bill_fields("""
Lakeview Community Hospital
12 Harbor Street, Toledo OH 43604
This is not a bill. This is an itemization of services for:
Patient:
Svc Dt    RevCd   CPT     Qty    Amount
05/05/26  0450    99284   1      1,480.00
Total Charges                    1,480.00
""")
    assert got["patient"] is None
    assert got["total"] == "1480.00"


def test_a_legends_definition_is_not_the_patient() -> None:
    got = bill_fields("""
Palmer Valley Health
Statement date: 09/01/2026                 Amount due: $212.40
Guarantor: The person or party responsible for paying this account
Date        Description                       Charges
08/12/2026  Office visit, established         212.40
""")
    assert got["patient"] is None


@pytest.mark.parametrize("name", ["Anna van Dijk", "José de la Cruz", "LIAM O'BRIEN", "Mei-lin Chen", "Jeanne d'Arc"])
def test_names_with_particles_or_capitals_are_still_names(name: str) -> None:
    assert sane_name(name) == name


@pytest.mark.parametrize("prose", ["Located on following", "See the reverse", "Paid in full"])
def test_prose_is_no_name(prose: str) -> None:
    assert sane_name(prose) is None


def test_a_letterhead_with_a_web_address_is_not_the_patients_address_block() -> None:
    # the health system's own name and address, with its web address under it, heads the page: no patient in it
    got = bill_fields("""
Tallow Creek Health
5100 Mill Pond Road
Ashland, KY 41101
www.tallowcreek.example.org
Detailed hospital transactions
03/02/2026   0300   Laboratory        1     74.00
Total charges                              74.00
""")
    assert got["patient"] is None


def test_a_patients_address_block_is_still_found_under_a_letterhead() -> None:
    got = bill_fields("""
Tallow Creek Health
5100 Mill Pond Road
Ashland, KY 41101
www.tallowcreek.example.org

Nadia Petrov
77 Willow Bend
Lexington, KY 40502
Detailed hospital transactions
03/02/2026   0300   Laboratory        1     74.00
Total charges                              74.00
""")
    assert got["patient"] == "Nadia Petrov"


def test_a_tax_forms_medical_and_dental_deduction_is_no_bill() -> None:
    # a tax return's itemised-deductions schedule totals medical and dental expenses: no provider charges anything
    assert type_of("""
Form 1040 - Itemized Deductions                                   2025
Medical and dental expenses paid (see instructions)        1    6,412.00
Hospital and clinic costs included above                   2    3,900.00
Multiply line 11 by 7.5%                                   3    4,875.00
Subtract line 3 from line 1                                4    1,537.00
Total itemized deductions                                 17    9,204.00
""") != "medical_bill"
