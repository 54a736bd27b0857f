"""Reading a case folder: discovery, every input format, text layers vs OCR, passwords, the OCR cache."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from fixtures_reading import (
    BILL_ZH,
    PAYSLIP_EN,
    case_at,
    encrypt_pdf,
    image_pdf,
    mixed_pdf,
    page_image,
    save_image,
    text_pdf,
)
from PIL import Image

from packet.core.errors import TesseractMissing
from packet.core.model import Page
from packet.core.page_images import render_pdf_page
from packet.reading import ingest, ocr, tesseract
from packet.reading.ocr_cache import OcrCache

STATEMENT_EN = ["BANK STATEMENT", "Account holder: John Smith", "Closing balance 1,234.56"]


@pytest.fixture
def no_ocr(monkeypatch):
    """Fail the test if anything starts Tesseract."""
    def refuse(*args, **kwargs):
        raise AssertionError("Tesseract was started")

    monkeypatch.setattr(tesseract, "run_tsv", refuse)
    monkeypatch.setattr(tesseract, "run_osd", refuse)


@pytest.fixture
def count_ocr(monkeypatch):
    """Count Tesseract OCR runs (the real ones still happen)."""
    calls: list[str] = []
    real = tesseract.run_tsv

    def counting(image, languages, **kw):
        calls.append(str(image))
        return real(image, languages, **kw)

    monkeypatch.setattr(tesseract, "run_tsv", counting)
    return calls


def read(root: Path, language: str = "en", cache: OcrCache | None = None, **kw):
    languages = "chi_sim+eng" if language == "zh" else "eng"
    return ingest.read_case(case_at(root, language, **kw), languages=languages, jobs=2, cache=cache)


def only(result, rel: str):
    return next(d for d in result.documents if d.rel == rel)


# --- discovery ---------------------------------------------------------------------------------------


def test_discover_walks_subfolders_sorted_and_skips_what_is_not_an_input(tmp_path):
    text_pdf(tmp_path / "b.pdf", [PAYSLIP_EN])
    text_pdf(tmp_path / "a" / "z.pdf", [PAYSLIP_EN])
    text_pdf(tmp_path / ".hidden" / "x.pdf", [PAYSLIP_EN])
    text_pdf(tmp_path / ".x.pdf", [PAYSLIP_EN])
    text_pdf(tmp_path / "out" / "packet.pdf", [PAYSLIP_EN], creator="packet 0.1.0")
    (tmp_path / "packet.toml").write_text("[request]\nlanguage = \"en\"\n")
    (tmp_path / "draft.eml").write_text("X-Mailer: packet 0.1.0\nSubject: hi\n\nbody\n")
    (tmp_path / "Thumbs.db").write_bytes(b"\x00junk")
    cache = OcrCache(tmp_path / "cache")
    cache.put("ab" * 32, Page(number=1, width=1, height=1, source="ocr", text=""))
    sources, errors = ingest.discover(case_at(tmp_path), exclude=[cache.dir])
    assert [s.rel for s in sources] == ["a/z.pdf", "b.pdf"]
    assert errors == []
    assert sources[1].fmt == "pdf" and sources[1].kind == "pdf" and len(sources[1].sha256) == 64


def test_a_link_to_nothing_is_reported_not_skipped(tmp_path):
    text_pdf(tmp_path / "payslip.pdf", [PAYSLIP_EN])
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "elsewhere" / "gone.pdf")
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    (tmp_path / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder loop is not followed
    sources, errors = ingest.discover(case_at(tmp_path))
    assert [s.rel for s in sources] == ["payslip.pdf"]
    assert [(e.rel, e.code) for e in errors] == [("a.pdf", "unreadable"), ("b.pdf", "unreadable"),
                                                 ("gone.pdf", "unreadable")]
    assert "link to a file that is not there" in errors[0].message


def test_formats_come_from_content_not_extension(tmp_path):
    save_image(page_image(["x"]), tmp_path / "scan.pdf", "PNG")
    text_pdf(tmp_path / "photo.jpg", [PAYSLIP_EN])
    (tmp_path / "notes.txt").write_text("call the bank on Monday\n")
    (tmp_path / "mail.eml").write_text("From: bank@example.com\nSubject: statement\n\nsee attached\n")
    sources, errors = ingest.discover(case_at(tmp_path))
    assert {s.rel: s.fmt for s in sources} == {"photo.jpg": "pdf", "scan.pdf": "png"}
    codes = {e.rel: e.code for e in errors}
    assert codes == {"notes.txt": "unsupported-format", "mail.eml": "unsupported-format"}
    assert "Save as PDF" in next(e.message for e in errors if e.rel == "notes.txt")
    assert "attachments" in next(e.message for e in errors if e.rel == "mail.eml")


def test_messages_follow_the_case_language(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    _, errors = ingest.discover(case_at(tmp_path, "zh"))
    assert errors[0].code == "empty-file" and "空文件" in errors[0].message


def test_password_for_matches_relative_paths():
    case = case_at(Path("/x"), passwords={"statements/cmb.pdf": "123456", "./b.pdf": "pw"})
    assert case.password_for("statements/cmb.pdf") == "123456"
    assert case.password_for("b.pdf") == "pw"
    assert case.password_for("cmb.pdf") is None


# --- PDFs --------------------------------------------------------------------------------------------


def test_born_digital_pdf_is_read_from_its_text_layer_without_ocr(tmp_path, no_ocr):
    text_pdf(tmp_path / "payslip.pdf", [PAYSLIP_EN, STATEMENT_EN])
    result = read(tmp_path)
    doc = only(result, "payslip.pdf")
    assert doc.form == "text" and len(doc.pages) == 2
    page = doc.pages[0]
    assert page.source == "text" and page.confidence is None and page.dpi is None
    assert page.text.splitlines()[:2] == ["PAYSLIP September 2026", "Employer: Acme Widgets Ltd"]
    assert (page.width, page.height) == pytest.approx((297.6, 419.5))
    assert [w.line for w in page.words if w.text in ("PAYSLIP", "Employer:")] == [0, 1]
    assert all(0 <= v <= 1 for w in page.words for v in w.box)


def test_chinese_text_layer_keeps_runs_without_spaces(tmp_path, no_ocr):
    text_pdf(tmp_path / "bill.pdf", [BILL_ZH], cjk=True)
    page = only(read(tmp_path, "zh"), "bill.pdf").pages[0]
    assert page.text.splitlines() == BILL_ZH


def test_rotated_text_pdf_boxes_match_the_rendered_page(tmp_path, no_ocr):
    from pypdf import PdfReader, PdfWriter

    text_pdf(tmp_path / "src.pdf", [PAYSLIP_EN])
    writer = PdfWriter(clone_from=PdfReader(tmp_path / "src.pdf"))
    writer.pages[0].rotate(90)
    with open(tmp_path / "turned.pdf", "wb") as fh:
        writer.write(fh)
    (tmp_path / "src.pdf").unlink()
    page = only(read(tmp_path), "turned.pdf").pages[0]
    assert (page.width, page.height) == pytest.approx((419.5, 297.6))
    img = render_pdf_page(tmp_path / "turned.pdf", 0, 72, grey=True)
    word = next(w for w in page.words if w.text == "PAYSLIP")
    x0, y0, x1, y1 = (round(v * s) for v, s in zip(word.box, img.size * 2, strict=True))
    assert x1 - x0 < y1 - y0  # the word runs down the turned page
    assert min(img.crop((x0, y0, x1, y1)).tobytes()) < 100
    assert min(img.crop((0, 0, img.width // 2, img.height)).tobytes()) > 200  # nothing on the left half


def test_image_only_pdf_is_ocred(tmp_path):
    image_pdf(tmp_path / "scan.pdf", [PAYSLIP_EN])
    doc = only(read(tmp_path), "scan.pdf")
    assert doc.form == "scan"
    page = doc.pages[0]
    assert page.source == "ocr" and "Acme Widgets" in page.text
    assert page.dpi == pytest.approx(200, abs=1)
    assert (page.width, page.height) == pytest.approx((297.4, 419.8), abs=1)


def test_mixed_pdf_ocrs_only_the_page_without_text(tmp_path, count_ocr):
    mixed_pdf(tmp_path / "mixed.pdf", PAYSLIP_EN, STATEMENT_EN)
    doc = only(read(tmp_path), "mixed.pdf")
    assert [p.source for p in doc.pages] == ["text", "ocr"]
    assert "Closing balance 1,234.56" in doc.pages[1].text
    assert doc.form == "scan" and len(count_ocr) == 1


def test_scan_with_only_a_text_header_is_ocred(tmp_path):
    image_pdf(tmp_path / "scan.pdf", [PAYSLIP_EN], header="Scanned 2026-10-02 by OfficeJet 4650 page 1")
    page = only(read(tmp_path), "scan.pdf").pages[0]
    assert page.source == "ocr" and "Net pay 3,512.40" in page.text


@pytest.mark.parametrize(("given", "code", "says"), [
    (None, "encrypted", "[passwords]"),
    ("letmein", "encrypted", "wrong"),
    ("s3cret", None, None),
], ids=["no-password", "wrong-password", "right-password"])
def test_protected_pdf(tmp_path, no_ocr, given, code, says):
    text_pdf(tmp_path / "plain.pdf", [STATEMENT_EN])
    encrypt_pdf(tmp_path / "plain.pdf", tmp_path / "statements.pdf", "s3cret")
    (tmp_path / "plain.pdf").unlink()
    result = read(tmp_path, passwords={"statements.pdf": given} if given else {})
    if code:
        (error,) = result.errors
        assert (error.rel, error.code) == ("statements.pdf", code)
        assert says in error.message and '"statements.pdf" = ' in error.message
        assert "s3cret" not in error.message and (given is None or given not in error.message)
    else:
        assert "Closing balance 1,234.56" in only(result, "statements.pdf").text


# --- images ------------------------------------------------------------------------------------------


def test_multi_page_tiff_is_one_document_with_every_page(tmp_path):
    frames = [page_image(["Page one", "Gross pay 4,200.00"]), page_image(["Page two", "Net pay 3,512.40"])]
    frames[0].save(tmp_path / "scan.tif", save_all=True, append_images=frames[1:], dpi=(200, 200))
    doc = only(read(tmp_path), "scan.tif")
    assert doc.source.fmt == "tiff" and doc.form == "scan"
    assert [p.number for p in doc.pages] == [1, 2]
    assert "Gross pay 4,200.00" in doc.pages[0].text and "Net pay 3,512.40" in doc.pages[1].text


def test_heic_phone_photo_with_exif_orientation(tmp_path):
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Apple", "iPhone 13", 6  # stored turned; viewers rotate 90
    stored = page_image(PAYSLIP_EN, colour=True).rotate(90, expand=True)
    save_image(stored, tmp_path / "IMG_2031.heic", "HEIF", dpi=None, exif=exif.tobytes())
    doc = only(read(tmp_path), "IMG_2031.heic")
    assert doc.source.fmt == "heif" and doc.form == "photo"
    page = doc.pages[0]
    assert page.rotation == 0  # EXIF already made it upright
    assert page.height > page.width
    assert "Acme Widgets" in page.text


def test_a_heic_without_exif_is_a_photo(tmp_path):
    """HEIC is what phone cameras write: a photo also without EXIF and below PHOTO_PIXELS (r19: such a HEIC was "a
    scan", and kept as the better copy over a JPEG photo of the same page)."""
    save_image(page_image(["Payslip", "Gross pay 4,200.00"], colour=True, size_in=(5.0, 4.0), dpi=150),
               tmp_path / "IMG_0042.HEIC", "HEIF", dpi=None)
    doc = only(read(tmp_path), "IMG_0042.HEIC")
    assert doc.source.fmt == "heif" and doc.form == "photo"


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp")],
                         ids=["jpeg", "png", "webp"])
def test_plain_images(tmp_path, fmt, name):
    save_image(page_image(PAYSLIP_EN), tmp_path / name, fmt)
    doc = only(read(tmp_path), name)
    assert "Employee: John Smith" in doc.text and doc.form == "scan"


def test_image_dpi_uses_a_plausible_header_else_a4_width():
    assert ingest.image_dpi(1654, 2339, (200, 200)) == 200
    assert ingest.image_dpi(3024, 4032, (72, 72)) == pytest.approx(3024 / 8.27)  # 42 inches wide: no
    assert ingest.image_dpi(1654, 2339, (200, 200), trust_header=False) == pytest.approx(1654 / 8.27)
    assert ingest.image_dpi(1654, 2339, None) == pytest.approx(200, abs=1)


# --- cache and Tesseract -----------------------------------------------------------------------------


def test_second_run_starts_no_tesseract_and_a_changed_file_is_read_again(tmp_path, count_ocr):
    case = tmp_path / "case"
    image_pdf(case / "scan.pdf", [PAYSLIP_EN])
    save_image(page_image(STATEMENT_EN), case / "statement.png", "PNG")
    cache = OcrCache(tmp_path / "cache")
    first = read(case, cache=cache)
    assert count_ocr, "the first run reads the pages with Tesseract"
    calls = count_ocr
    calls.clear()
    second = read(case, cache=cache)
    assert calls == []
    assert second == first
    save_image(page_image(["Closing balance 99.00"]), case / "statement.png", "PNG")
    third = read(case, cache=cache)
    assert len(calls) == 1
    assert "99.00" in only(third, "statement.png").text


def test_corrupt_cache_entry_is_recomputed(tmp_path, count_ocr):
    save_image(page_image(STATEMENT_EN), tmp_path / "case" / "s.png", "PNG")
    cache = OcrCache(tmp_path / "cache")
    read(tmp_path / "case", cache=cache)
    entries = list(cache.dir.rglob("*.json.gz"))
    assert len(entries) == 1
    entries[0].write_bytes(b"not gzip")
    again = read(tmp_path / "case", cache=cache)
    assert len(count_ocr) == 2 and "Closing balance" in again.documents[0].text
    with gzip.open(entries[0], "rt") as fh:
        assert "Closing balance" in fh.read()


def test_no_cache_means_no_cache_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "cache"))
    save_image(page_image(STATEMENT_EN), tmp_path / "case" / "s.png", "PNG")
    read(tmp_path / "case", cache=None)
    assert not (tmp_path / "cache").exists()


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "c"))
    assert OcrCache.default().dir == tmp_path / "c"
    monkeypatch.delenv("PACKET_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if not ingest.sys.platform.startswith(("darwin", "win")):
        assert OcrCache.default().dir == tmp_path / "xdg" / "packet"


@pytest.fixture
def no_tesseract(monkeypatch, tmp_path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    tesseract.probe.cache_clear()
    yield
    tesseract.probe.cache_clear()


def test_missing_tesseract_is_raised_only_when_ocr_is_needed(tmp_path, no_tesseract):
    text_pdf(tmp_path / "text" / "payslip.pdf", [PAYSLIP_EN])
    assert read(tmp_path / "text").documents[0].pages[0].source == "text"
    save_image(page_image(PAYSLIP_EN), tmp_path / "scan" / "p.png", "PNG")
    with pytest.raises(TesseractMissing):
        read(tmp_path / "scan")


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path, capsys):
    save_image(page_image(STATEMENT_EN), tmp_path / "s.png", "PNG")
    ingest.read_case(case_at(tmp_path), languages="eng", jobs=1, progress=True)
    assert capsys.readouterr().err == ""


def test_serial_and_parallel_runs_agree(tmp_path):
    for i in range(3):
        save_image(page_image([f"Statement page {i}", *STATEMENT_EN]), tmp_path / f"s{i}.png", "PNG")
    serial = ingest.read_case(case_at(tmp_path), languages="eng", jobs=1)
    parallel = ingest.read_case(case_at(tmp_path), languages="eng", jobs=2)
    assert serial == parallel
    assert [d.rel for d in serial.documents] == ["s0.png", "s1.png", "s2.png"]


def test_ocr_constants_are_sane():
    assert 0 < ocr.LOW_CONFIDENCE < 100 and 72 <= ocr.LOW_DPI < ocr.TARGET_DPI
