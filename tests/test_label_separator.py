"""A one-word label printed before its colon is the label; the same word without one, after a figure in a
letterhead ("… OH 43214 Patient Financial Services (614) 566-5000"), is a department's name, tried only after it
(extract._separated_first; trial 12's US hospital bill gave the patient "Financial Services" at 0.86). Our own
wording and names, a text PDF and a page image read by the real Tesseract."""

from __future__ import annotations

import pytest
from fixtures_reading import page_image, read_documents, text_pdf

from packet.core.model import Classified
from packet.understanding.extract import extract

LINES = ["Larchmont Valley Hospital          Itemised Statement",
         "88 Quarry Lane, Dayton, OH 45402 Patient Financial Services (937) 555-0140",
         "Patient: Corinne J. Abernathy          Account #: 5510029",
         "Statement date: 11/02/2026",
         "10/14/2026   Laboratory panel        212.40",
         "10/14/2026   Imaging, chest          488.15",
         "Total charges                         700.55"]


@pytest.mark.parametrize("form", ["text", "image"])
def test_the_colon_label_wins_over_a_department_after_a_figure(tmp_path, form) -> None:
    if form == "text":
        text_pdf(tmp_path / "bill.pdf", [LINES], size=(612, 792))
    else:
        page_image(LINES, size_in=(8.5, 5.5), font_pt=10).save(tmp_path / "bill.png", dpi=(200, 200))
    [doc] = read_documents(tmp_path, "en")
    e = extract(Classified(doc, "medical_bill"), "en")
    assert e.fields["patient"] == "Corinne J. Abernathy"

