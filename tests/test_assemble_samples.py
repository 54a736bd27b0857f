"""The bundled samples through the real reading stage (ingest, OCR, classify, extract, evaluate) and then
assembly: what the lender gets from a real folder of PDFs, scans and phone photos."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_assemble import image_streams, pdf_text
from pypdf import PdfReader

from packet.assembly.exhibits import order_exhibits
from packet.pipeline import CheckOptions, build

AS_OF = date(2026, 11, 20)


@pytest.fixture(scope="module", params=["zh-medical-stop", "en-job-loss"])
def built(request, tmp_path_factory):
    from conftest import SAMPLES

    case_dir = SAMPLES / request.param
    assert (case_dir / "packet.toml").is_file(), f"sample case {case_dir} is missing: run samples/generate.py"
    out = tmp_path_factory.mktemp("samples") / f"{request.param}.pdf"
    run, result = build(case_dir, CheckOptions(as_of=AS_OF, jobs=2), out, force=True, eml=True)
    return run, result


def test_pages_are_letter_index_every_document_page_and_the_log(built):
    run, result = built
    reader = PdfReader(result.files[0])
    included = [d for d in run.report.documents if d.included]
    doc_pages = sum(len(d.document.pages) for d in included)
    marks = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    letter_pages = marks[1][1]
    assert len(reader.pages) == result.pages == letter_pages + 1 + doc_pages + (1 if run.case.contacts else 0)
    assert len(marks) == 2 + len(included) + (1 if run.case.contacts else 0)
    # what the checklist does not need stays out by default (the energy bill of the English sample)
    assert all(d.type != "other" for d in included)
    if run.case.language == "en":
        assert any(d.type == "other" and not d.included for d in run.report.documents)


def test_no_file_name_reaches_the_lender(built):
    """The letter, the index, the log and the email name documents by what they are, never by file name."""
    import email
    from email import policy

    run, result = built
    reader = PdfReader(result.files[0])
    marks = [reader.get_destination_page_number(o) for o in reader.outline]
    generated = list(range(marks[2])) + ([len(reader.pages) - 1] if run.case.contacts else [])
    texts = pdf_text(result.files[0])
    msg = email.message_from_bytes([p for p in result.files if p.suffix == ".eml"][0].read_bytes(), policy=policy.default)
    body = msg.get_body(("plain",)).get_content()
    for d in run.report.documents:
        name = d.document.rel.rsplit("/", 1)[-1]
        stem = name.rsplit(".", 1)[0]
        for n in generated:
            assert stem not in texts[n], (name, n + 1)
        assert stem not in body, name
        assert stem not in "".join(o.title for o in reader.outline)
    if run.case.language == "en":
        assert "£" in texts[0] and "£100.00" in body  # the case's currency, from the documents' marks


def test_every_page_says_whose_it_is(built):
    run, result = built
    texts = pdf_text(result.files[0])
    for n, text in enumerate(texts, 1):
        assert run.case.lender.contract_number in text
        assert run.case.applicant.name in text
        assert (f"第 {n} / {len(texts)} 页" if run.case.language == "zh" else f"Page {n} / {len(texts)}") in text


def test_id_masked_and_no_exif(built):
    run, result = built
    text = "".join(pdf_text(result.files[0]))
    assert run.case.applicant.id_number not in text
    assert run.case.applicant.masked_id in text
    for data in image_streams(result.files[0]):
        assert b"Exif" not in data and b"GPS" not in data


def test_scanned_pages_are_searchable(built):
    """Each OCR'd document's first page in the packet carries its words as text."""
    run, result = built
    reader = PdfReader(result.files[0])
    firsts = [reader.get_destination_page_number(o) for o in reader.outline][2:]
    exhibits = order_exhibits(run.report, run.case.language, run.checklist)
    texts = pdf_text(result.files[0])
    checked = 0
    for ex, first in zip(exhibits, firsts, strict=False):
        page = ex.result.document.pages[0]
        if page.source != "ocr":
            continue
        words = [w.text for w in page.words if len(w.text) >= 4 and w.conf > 60][:6]
        assert words, ex.result.document.rel
        for w in words:
            assert w in texts[first], (ex.result.document.rel, w)
        checked += 1
    assert checked


def test_email_draft_next_to_it(built):
    run, result = built
    eml = [p for p in result.files if p.suffix == ".eml"]
    assert eml and eml[0].with_suffix(".pdf") == result.files[0]
    assert b"X-Unsent: 1" in eml[0].read_bytes()
