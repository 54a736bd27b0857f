"""Medical bills and official notices in layouts the extractor's authors did not write: a remittance slip over
an item table, all-capital letterheads, a guarantor instead of a patient, the issue date beside the service
date, and a public body as a notice's issuer. Fast text-layout tests of the mechanisms, and one real OCR reading
of a bill drawn as an image."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import charged_items, extract
from packet.understanding.label_geometry import doc_lines


def fields(type_name: str, text: str, language: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


REMITTANCE = """
PLEASE MAKE CHECKS PAYABLE TO                         STATEMENT DATE    AMOUNT ENCLOSED
Lakeshore Radiology Partners                          11/02/2025
PO Box 88120
Erie, PA 16505-0120

                                                      SEND PAYMENT TO
MARGARET O'NEILL                                      Lakeshore Radiology Partners
42 HARBOR ROAD                                        PO Box 88120
PORTLAND, ME 04101                                    Erie, PA 16505-0120

Svc Date     Patient     Description        Charge      Ins Paid    Adjust     Balance
10/14/2025   MARGARET    CT abdomen         1,250.00    800.00      100.00     350.00
10/14/2025   MARGARET    Contrast agent     150.00      90.00       0.00       60.00
Totals                                      1,400.00    890.00      100.00     410.00
Balance Due                                                                    410.00
"""


def test_remittance_slip_over_an_item_table() -> None:
    got = fields("medical_bill", REMITTANCE)
    # the practice's name is the one on the payee block, not the patient's column heading
    assert got["provider"] == "Lakeshore Radiology Partners"
    # the column headings right of "Patient" are no name; the name heads the address block
    assert got["patient"] == "MARGARET O'NEILL"
    assert got["date"] == "2025-11-02"
    # the total charged (the item charges add up to the printed 1,400.00), not what remains owed
    assert got["total"] == "1400.00"


def test_payee_block_names_a_provider_without_a_hospital_word() -> None:
    text = """
Remit payment to:                                   Statement date: 06/30/2026
Bayview Specialty Group, P.C.
1200 Shore Drive, Suite 4
Tampa, FL 33602
Patient name: Keiko Tanaka
06/12/2026   Follow-up consultation     175.00
Total charges                           175.00
"""
    assert fields("medical_bill", text)["provider"] == "Bayview Specialty Group, P.C."


def test_payee_address_block_is_not_the_patient() -> None:
    # the practice's own address block comes first, with no hospital word the naming patterns know
    text = """
Make checks payable to
Dr Lucia Brenner
88 Orchard Lane
Albany, NY 12207

Account holder
Peter Vance
5 Birch Court
Troy, NY 12180
Invoice date: 04/04/2026
Total charges     $95.00
"""
    got = fields("medical_bill", text)
    assert got["provider"] == "Dr Lucia Brenner"
    assert got["patient"] == "Peter Vance"


def test_practice_address_block_is_not_the_patient() -> None:
    text = """
Harbor Family Medicine
45 Bay Road
Mystic, CT 06355

Invoice date: 04/04/2026
Total charges     $95.00
"""
    got = fields("medical_bill", text)
    assert got["provider"] == "Harbor Family Medicine"
    assert got["patient"] is None


def test_payee_heading_over_an_address_alone_gives_no_provider() -> None:
    text = """
Statement
Make checks payable to:
PO Box 4410
Patient name: Keiko Tanaka
Invoice date: 06/30/2026
Total charges     $175.00
"""
    assert fields("medical_bill", text)["provider"] is None


def test_single_item_charge_beats_the_smaller_amount_owed() -> None:
    text = """
HILLCREST PEDIATRICS, PLLC
Statement date: 05/20/2026
Patient name: Oscar Lindqvist
Date        Description                 Charge     Paid      Owed
04/02/2026  Well-child visit            310.00     248.00    62.00
Amount Due                                                   62.00
"""
    got = fields("medical_bill", text)
    assert got["provider"] == "HILLCREST PEDIATRICS, PLLC"
    assert got["total"] == "310.00"


def test_larger_labelled_total_is_kept_and_an_unprinted_sum_is_no_total() -> None:
    # an item the reading missed: the labelled total charges stay
    missed = """
Fernwood Clinic
Invoice date: 02/03/2026
Patient: Ana Duarte
02/02/2026  Consultation     95.00
Total charges               180.00
"""
    assert fields("medical_bill", missed)["total"] == "180.00"
    # two dated rows whose sum no printed figure confirms (one is a payment): their sum is no total; the charge less
    # the payment is the amount due (95.00 − 40.00 = 55.00), so what was charged is the consultation's 95.00
    unconfirmed = """
Fernwood Clinic
Invoice date: 02/03/2026
Patient: Ana Duarte
02/02/2026  Consultation     95.00
02/02/2026  Payment          40.00
Amount due                   55.00
"""
    assert fields("medical_bill", unconfirmed)["total"] == "95.00"


def test_item_rows_are_dated_lines_with_a_positive_charge() -> None:
    text = """
01/09/2026  X-ray, chest        84.00    10.00
01/09/2026  Payment received   (84.00)
Summary of charges                       84.00
"""
    lines = doc_lines(make_doc(text).pages)
    total, rows = charged_items(lines, dayfirst=False)
    assert str(total) == "84.00" and rows == (0,)


def test_issue_date_wins_over_the_service_date_and_guarantor_stands_in_for_the_patient() -> None:
    text = """
NORTHFIELD COMMUNITY HEALTH CENTER
Billing Department, 900 Mill Street, Dayton, OH 45402
Date of service: 07/03/2026
Guarantor: Thomas J. Whitfield         Statement date: 07/21/2026
Office visit, established patient       145.00
Total charges                           145.00
"""
    got = fields("medical_bill", text)
    assert got["provider"] == "NORTHFIELD COMMUNITY HEALTH CENTER"
    assert got["patient"] == "Thomas J. Whitfield"  # no patient printed: the guarantor stands in (doubted)
    assert got["date"] == "2026-07-21"


def test_service_date_when_it_is_the_only_date() -> None:
    text = """
Brookside Surgery
Patient: Ines Moreau
Date of service: 14/08/2026
Minor procedure     £220.00
Total               £220.00
"""
    assert fields("medical_bill", text, language="en")["date"] == "2026-08-14"


def test_prose_mention_of_a_hospital_is_no_provider() -> None:
    text = """
Statement
the hospital named on your card will send a separate bill
Patient name: Lena Fischer
Invoice date: 09/09/2026
Total charges     $410.00
"""
    assert fields("medical_bill", text)["provider"] is None


def test_public_body_issues_the_notice() -> None:
    text = """
COMMONWEALTH OFFICE OF EMPLOYMENT SECURITY - Claims Center
NOTICE OF BENEFIT ELIGIBILITY                Date mailed: 03/11/2026
Claimant: ROSA M. DELGADO
Your claim for unemployment insurance has been approved.
Weekly benefit amount: $388.00
"""
    got = fields("unemployment_proof", text)
    assert got["issuer"] == "COMMONWEALTH OFFICE OF EMPLOYMENT SECURITY"
    assert got["person"] == "ROSA M. DELGADO"


def test_a_company_still_comes_before_a_public_body() -> None:
    text = """
Calder Freight Ltd
Termination of employment
This is to confirm that Owen Price was made redundant on 30 September 2026.
A copy has been sent to the Department for Work and Pensions.
Date: 2 October 2026
"""
    assert fields("unemployment_proof", text)["issuer"] == "Calder Freight Ltd"


# --- a real OCR reading of a bill drawn as an image ------------------------------------------------------------

def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no TrueType font to draw the bill")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract")
def test_ocr_of_a_remittance_bill(tmp_path: Path) -> None:
    from packet.case.casefile import Case, Request
    from packet.reading.ingest import read_case
    from packet.understanding.classify import classify

    img = Image.new("RGB", (1275, 1650), "white")
    d = ImageDraw.Draw(img)
    f, big = _font(26), _font(34)
    d.text((80, 70), "REMIT PAYMENT TO", font=f, fill="black")
    d.text((80, 110), "Westgate Cardiology Associates", font=big, fill="black")
    d.text((80, 155), "PO Box 5521", font=f, fill="black")
    d.text((80, 190), "Madison, WI 53705-0521", font=f, fill="black")
    d.text((760, 110), "Statement Date: 09/12/2026", font=f, fill="black")
    d.text((110, 330), "DEVON A. MARSH", font=f, fill="black")
    d.text((110, 365), "718 LINDEN AVE", font=f, fill="black")
    d.text((110, 400), "RACINE, WI 53403", font=f, fill="black")
    cols = [80, 260, 420, 800, 1000]
    for x, h in zip(cols, ["Date", "Patient", "Description", "Charge", "Balance"], strict=True):
        d.text((x, 520), h, font=f, fill="black")
    d.line((80, 560, 1200, 560), fill="black", width=2)
    for y, row in ((590, ["08/03/2026", "DEVON", "Echocardiogram", "1,120.00", "224.00"]),
                   (635, ["08/03/2026", "DEVON", "Office consultation", "260.00", "52.00"])):
        for x, cell in zip(cols, row, strict=True):
            d.text((x, y), cell, font=f, fill="black")
    d.text((420, 700), "New charges this period", font=f, fill="black")
    d.text((800, 700), "1,380.00", font=f, fill="black")
    d.text((420, 745), "Patient balance", font=f, fill="black")
    d.text((1000, 745), "276.00", font=f, fill="black")
    img.save(tmp_path / "cardiology-bill.png")

    case = Case(root=tmp_path, request=Request(language="en", checklist="en-hardship"))
    read = read_case(case, languages="eng")
    (item,) = classify(read.documents, case)
    assert item.type == "medical_bill"
    got = extract(item, "en").fields
    assert got["provider"] == "Westgate Cardiology Associates"
    assert got["patient"] == "DEVON A. MARSH"
    assert got["date"] == "2026-09-12"
    # the only labelled figure is what remains owed; the item charges add up to the printed 1,380.00
    assert got["total"] == "1380.00"
