"""A corpus of nasty files in one case: each ends up in documents or in errors with its code and a message
that says what to do, and the good files of the same case are still read."""

from __future__ import annotations

import os

import pytest
from fixtures_reading import (
    PAYSLIP_EN,
    case_at,
    docx_bytes,
    encrypt_pdf,
    page_image,
    png_header_only,
    save_image,
    text_pdf,
)

from packet.reading import ingest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("nasty")
    text_pdf(root / "good" / "payslip.pdf", [PAYSLIP_EN])
    save_image(page_image(["Closing balance 1,234.56"]), root / "good" / "scan.png", "PNG")
    whole = text_pdf(root / "src.pdf", [PAYSLIP_EN, PAYSLIP_EN]).read_bytes()
    (root / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (root / "empty.pdf").write_bytes(b"")
    save_image(page_image(["Net pay 3,512.40"]), root / "png-named.pdf", "PNG")
    (root / "pdf-named.jpg").write_bytes(whole)
    (root / "letter.pdf").write_bytes(docx_bytes())
    png_header_only(root / "bomb.png", 30000, 30000)
    xref = whole.rindex(b"startxref")
    (root / "broken-xref.pdf").write_bytes(whole[:xref] + b"startxref\n999999\n%%EOF\n")
    encrypt_pdf(root / "src.pdf", root / "empty-password.pdf", "")
    encrypt_pdf(root / "src.pdf", root / "locked.pdf", "1234")
    (root / "random.pdf").write_bytes(os.urandom(4096))
    text_pdf(root / "huge-page.pdf", [["A billboard"]], size=(6000, 6000))
    jpeg = save_image(page_image(PAYSLIP_EN), root / "cut.jpg", "JPEG").read_bytes()
    (root / "cut.jpg").write_bytes(jpeg[: len(jpeg) // 2])
    (root / "notes.txt").write_text("call the bank\n")
    (root / "src.pdf").unlink()
    result = ingest.read_case(case_at(root), languages="eng", jobs=2)
    return {d.rel: d for d in result.documents}, {e.rel: e for e in result.errors}, result


@pytest.mark.parametrize(("rel", "code", "says"), [
    ("truncated.pdf", "unreadable", "download or scan it again"),
    ("empty.pdf", "empty-file", "0 bytes"),
    ("letter.pdf", "unsupported-format", "Save as PDF"),
    ("bomb.png", "too-large", "80 megapixels"),
    ("locked.pdf", "encrypted", "[passwords]"),
    ("random.pdf", "unreadable", "download or scan it again"),
    ("huge-page.pdf", "too-large", "200 cm"),
    ("cut.jpg", "unreadable", "download or scan it again"),
    ("notes.txt", "unsupported-format", "PDF, JPEG, PNG"),
], ids=["truncated-pdf", "zero-byte", "docx-renamed-pdf", "png-pixel-bomb", "no-password", "random-bytes-pdf",
       "huge-page", "truncated-jpeg", "text-file"])
def test_bad_file_gives_its_error(corpus, rel, code, says):
    documents, errors, _ = corpus
    assert rel not in documents
    assert errors[rel].code == code
    assert says.lower() in errors[rel].message.lower()
    assert "Traceback" not in errors[rel].message


@pytest.mark.parametrize(("rel", "fmt", "text"), [
    ("png-named.pdf", "png", "Net pay 3,512.40"),
    ("pdf-named.jpg", "pdf", "Acme Widgets"),
    ("empty-password.pdf", "pdf", "Acme Widgets"),
    ("good/payslip.pdf", "pdf", "Acme Widgets"),
    ("good/scan.png", "png", "Closing balance 1,234.56"),
], ids=["png-named-pdf", "pdf-named-jpg", "empty-user-password", "good-pdf", "good-scan"])
def test_readable_file_is_read(corpus, rel, fmt, text):
    documents, _, _ = corpus
    assert documents[rel].source.fmt == fmt
    assert text in documents[rel].text


def test_broken_xref_is_repaired(corpus):
    """A wrong startxref offset (a PDF edited by hand or badly cut) is rebuilt by PDFium: the file is read."""
    documents, errors, _ = corpus
    assert "broken-xref.pdf" not in errors
    assert "Acme Widgets" in documents["broken-xref.pdf"].text


def test_every_file_is_accounted_for_exactly_once(corpus):
    documents, errors, result = corpus
    assert not set(documents) & set(errors)
    assert len(documents) + len(errors) == 15
    assert [e.rel for e in result.errors] == sorted(e.rel for e in result.errors)
