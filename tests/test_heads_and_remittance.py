"""Two mends found when wave 7's branches met (issue 10):

- a bill's address block that is an organisation's own (a hospital's remittance address, printed in capitals over a
  street and a ZIP code) is no patient, whatever its words: its name holds a word only organisations' names hold
  ("MEDICAL CTR", "Pty", "Clinic");
- a document whose head begins with its type's title ("Salary Slip for the month of …") keeps part of its score when
  its figures were lost (a phone photo whose lower half OCR could not read): it is that type with fields missing,
  not `other`.

Inputs are made here, in wording and layouts of their own."""
from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import page_image, read_documents, save_image
from PIL import ImageFilter
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.classify import classify_one, scores
from packet.understanding.extract import extract
from packet.understanding.unlabelled import is_org_name


def fields(type_name: str, text: str) -> dict:
    return dict(extract(Classified(make_doc(text), type_name), "en").fields)


REMIT = """                                   Orchard Valley Medical Center
                                   ITEMIZED STATEMENT
Statement date 10/01/2025

{block}
PO Box 4410
Dunmore, VA 24013

Date of Service   Description                 Charges
09/02/2025        EMERGENCY ROOM LEVEL 4      1,250.00
09/02/2025        CT HEAD W/O CONTRAST        2,310.50
                  Total Charges               3,560.50
"""


@pytest.mark.parametrize("block", ["ORCHARD-VALLEY MEDICAL CTR", "HARBOUR ROAD BILLING PTY",
                                   "ORCHARD VALLEY PHYSICIANS LLC"])
def test_an_organisations_remittance_block_is_no_patient(block: str) -> None:
    got = fields("medical_bill", REMIT.format(block=block))
    assert got.get("patient") is None
    assert got.get("total") == "3560.50" and got.get("provider") == "Orchard Valley Medical Center"


def test_a_persons_address_block_still_names_the_patient() -> None:
    assert fields("medical_bill", REMIT.format(block="MARISOL QUINTERO")).get("patient") == "MARISOL QUINTERO"


def test_organisation_words_in_a_name() -> None:
    assert is_org_name("LEWIS-GALE MEDICAL CTR")
    assert is_org_name("Karoo Freight Pty")
    assert is_org_name("Harbourside Dental Clinic")
    assert not is_org_name("Marisol Quintero")
    assert not is_org_name("Anna van Dijk")


HEAD_ONLY = """Brightwater Analytics Pvt. Ltd.
Plot 9, Phase II, Hinjewadi, Pune 411057
Salary Slip for the month of September 2026
Employee Name  Kavya Menon
Designation  Data Engineer   Employee Code  BW-1182
Earnings   Amount (Rs.)
Basic
HRA
"""


def test_a_head_beginning_with_a_title_keeps_its_type_without_figures() -> None:
    doc = make_doc(HEAD_ONLY, form="photo")
    s = scores(doc)
    assert s["payslip"] > 0
    assert classify_one(doc).type == "payslip"


def test_a_title_inside_a_sentence_is_not_a_head() -> None:
    text = HEAD_ONLY.replace("Salary Slip for the month of September 2026",
                             "Please find your salary slip for the month of September 2026 attached")
    assert scores(make_doc(text, form="photo"))["payslip"] == 0


def test_a_look_alike_titled_otherwise_stays_other() -> None:
    text = HEAD_ONLY.replace("Salary Slip for the month of September 2026", "Leave Application for September 2026")
    assert classify_one(make_doc(text, form="photo")).type == "other"


def test_a_blurred_photo_of_a_slip_whose_figures_are_gone_is_still_a_payslip(tmp_path: Path) -> None:
    """Real Tesseract on an image made here: the slip's figure rows were never printed (cut off below the frame)."""
    lines = [line for line in HEAD_ONLY.strip().splitlines()]
    img = page_image(lines, size_in=(5.8, 4.1), dpi=200).filter(ImageFilter.GaussianBlur(0.6))
    save_image(img, tmp_path / "case" / "slip.jpg", "JPEG", quality=80)
    docs = read_documents(tmp_path / "case", "en")
    assert len(docs) == 1
    c = classify_one(docs[0])
    assert c.type == "payslip", docs[0].text
    got = dict(extract(c, "en").fields)
    assert got.get("gross_pay") is None and got.get("net_pay") is None
    assert got.get("period") == "2026-09"


def test_a_label_beginning_with_a_title_word_is_no_title() -> None:
    """ "Salary slip reference: see the attached letter" is a label with its value, not the document's title."""
    text = HEAD_ONLY.replace("Salary Slip for the month of September 2026", "Salary slip reference: see the attached letter")
    assert scores(make_doc(text, form="photo"))["payslip"] == 0
