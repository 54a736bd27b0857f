"""Input kinds people really send (issue 9): each is read, or refused with words that say what to do.

Every input is made here; none is copied from elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from fixtures_reading import PAYSLIP_EN, page_image, raw_pdf
from test_ingest import only, read
from unprivileged import as_unprivileged

STATEMENT_LINES = ["BANK STATEMENT", "Account holder: John Smith", "Closing balance 1,234.56"]


# --- 1. CCITT Group 4 TIFF ------------------------------------------------------------------------------


def test_ccitt_group4_tiff_one_and_two_pages_are_read(tmp_path):
    one = page_image(PAYSLIP_EN).convert("1")
    one.save(tmp_path / "fax.tif", compression="group4", dpi=(200, 200))
    two = [page_image(STATEMENT_LINES).convert("1"), page_image(["Page two", "Net pay 3,512.40"]).convert("1")]
    two[0].save(tmp_path / "scan.tif", compression="group4", save_all=True, append_images=two[1:], dpi=(200, 200))
    result = read(tmp_path)
    assert not result.errors, result.errors
    assert "Employee: John Smith" in only(result, "fax.tif").text
    pages = only(result, "scan.tif").pages
    assert len(pages) == 2 and "Closing balance 1,234.56" in pages[0].text and "3,512.40" in pages[1].text


def test_a_decoded_page_forgets_how_its_file_was_compressed(tmp_path):
    from packet.core.page_images import open_image

    page_image(["x"]).convert("1").save(tmp_path / "fax.tif", compression="group4", dpi=(200, 200))
    img = open_image(tmp_path / "fax.tif")
    assert "compression" not in img.info and img.mode == "L"
    img.save(tmp_path / "again.tif")  # the OCR stage saves the page like this


# --- 7. GIF ---------------------------------------------------------------------------------------------


def test_gif_content_is_read_even_when_named_jpg(tmp_path):
    first = page_image(PAYSLIP_EN).convert("P")
    second = page_image(["something else"]).convert("P")
    first.save(tmp_path / "payslip.jpg", format="GIF", save_all=True, append_images=[second])
    result = read(tmp_path)
    assert not result.errors, result.errors
    doc = only(result, "payslip.jpg")
    assert doc.source.fmt == "gif" and len(doc.pages) == 1
    assert "Employee: John Smith" in doc.text


# --- 8. two-digit years ---------------------------------------------------------------------------------


def test_day_month_name_two_digit_year_dates_make_a_period():
    from datetime import date

    from packet.understanding.values import find_dates, full_year, parse_date, parse_range

    assert parse_range("Statement period: 01-Oct-26 to 31-Oct-26") == (date(2026, 10, 1), date(2026, 10, 31))
    assert parse_date("Paid 5 Nov '26") == date(2026, 11, 5)
    assert parse_date("born 3-Jan-95") == date(1995, 1, 3)
    assert (full_year(26), full_year(68), full_year(69), full_year(2026)) == (2026, 2068, 1969, 2026)
    assert not [h for h in find_dates("Delivered 5 Oct 12:30") if h.value.year == 2012]  # a time, not a year


def test_a_statement_with_two_digit_year_dates_counts(tmp_path):
    from fixtures_reading import text_pdf

    from packet.understanding.extract import read_fields

    text_pdf(tmp_path / "statement.pdf", [["Tidewater Bank plc", "Bank statement", "Account holder: Mara Ellison",
                                           "Account number 55120934", "Statement period: 01-Oct-26 to 31-Oct-26",
                                           "01-Oct-26 Salary 2,007.42", "Closing balance 1,428.95"]])
    doc = only(read(tmp_path), "statement.pdf")
    fields = read_fields("bank_statement", doc.pages, "en")
    assert (fields["period_start"], fields["period_end"]) == ("2026-10-01", "2026-10-31")


# --- 10. files and folders this user may not read -------------------------------------------------------




def test_unreadable_files_and_folders_are_per_file_no_permission_errors(tmp_path):
    import json
    import os
    import shutil
    import stat
    import tempfile

    from click.testing import CliRunner
    from fixtures_reading import text_pdf

    from packet.cli import cli

    root = Path(tempfile.mkdtemp(prefix="packet-perm-"))  # pytest's tmp_path is private to root
    try:
        os.chmod(root, 0o755)
        case = root / "case"
        statement = ["Tidewater Bank plc", "Bank statement", "Account number 55120934",
                     "Statement period: 01/10/2026 to 31/10/2026", "Closing balance 1,428.95"]
        text_pdf(case / "statement.pdf", [statement])
        text_pdf(case / "secret.pdf", [statement])
        text_pdf(case / "locked" / "inside.pdf", [statement])
        text_pdf(case / "listonly" / "inside.pdf", [statement])
        for folder in (root, case):
            os.chmod(folder, 0o755)
        os.chmod(case / "statement.pdf", 0o644)
        os.chmod(case / "secret.pdf", 0)
        os.chmod(case / "locked", 0)
        os.chmod(case / "listonly", stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # may be listed, not entered

        def run() -> str:
            result = CliRunner().invoke(cli, ["check", str(case), "--as-of", "2026-11-20", "--json", "--no-cache"],
                                    env={"PACKET_LANG": "en"})
            return result.output if result.exception is None or isinstance(result.exception, SystemExit) \
                else f"EXCEPTION {result.exception!r}"

        out = as_unprivileged(run)
        assert out.startswith("{"), out
        report = json.loads(out)
        errors = {e["path"]: e for e in report["errors"]}
        assert {errors[p]["code"] for p in ("secret.pdf", "locked", "listonly/inside.pdf")} == {"no-permission"}, out
        assert "no permission" in errors["secret.pdf"]["message"] and "download" not in errors["secret.pdf"]["message"].lower()
        assert "statement.pdf" in {d["path"] for d in report["documents"]}
    finally:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                os.chmod(os.path.join(dirpath, name), 0o755)
        shutil.rmtree(root, ignore_errors=True)


def test_permission_messages_are_in_both_languages():
    from packet.reading.file_formats import no_permission_message

    assert "权限" in no_permission_message("zh", "a.pdf") and "没有损坏" in no_permission_message("zh", "a.pdf")
    assert "folder" in no_permission_message("en", "scans", folder=True)


# --- 5. OFD e-invoices ----------------------------------------------------------------------------------


def test_an_ofd_e_invoice_is_refused_by_name_with_how_to_get_its_pdf(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "电子发票_1234.ofd", "w") as zf:  # the layout of a real OFD package
        zf.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD"><ofd:DocBody>'
                               "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        zf.writestr("Doc_0/Document.xml", "<ofd:Document/>")
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page/>")
    with zipfile.ZipFile(tmp_path / "scans.zip", "w") as zf:
        zf.writestr("a.txt", "x")
    for lang in ("zh", "en"):
        errors = {e.rel: e for e in read(tmp_path, lang).errors}
        ofd = errors["电子发票_1234.ofd"]
        assert ofd.code == "unsupported-format"
        assert "OFD" in ofd.message and "PDF" in ofd.message and "全国增值税发票查验平台" in ofd.message
        assert ("unpack" not in ofd.message) and ("解压" not in ofd.message)
        assert ("解压" if lang == "zh" else "Unpack") in errors["scans.zip"].message  # a plain zip is still a zip


# --- 2 and 4: what a born-digital page shows is what is read and what the packet carries -----------------


def _build(case: Path, tmp: Path) -> list[str]:
    """Build ``case`` with --force and return the text of each page of the packet (pypdf)."""
    from click.testing import CliRunner
    from pypdf import PdfReader

    from packet.cli import cli

    out = tmp / "packet.pdf"
    result = CliRunner().invoke(cli, ["build", str(case), "--as-of", "2026-11-20", "--force", "--no-cache",
                                      "-o", str(out)], env={"PACKET_LANG": "en"})
    assert result.exit_code == 0, result.output
    return [p.extract_text() or "" for p in PdfReader(out).pages]


def _form_payslip(path: Path, *, appearances: bool, month: str = "October") -> None:
    """A payslip whose values are form fields (reportlab writes their appearance streams; without
    ``appearances`` they are removed and /NeedAppearances is set, as many form tools leave them), for ``month``
    of 2026 (two of one month are copies of one payslip: the packet holds it once)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, NameObject
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(420, 300), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(30, 260, "PAYSLIP")
    c.setFont("Helvetica", 10)
    c.drawString(30, 244, "Pay date: 31/10/2026" if month == "October" else "Pay date: 30/09/2026")
    values = [("Employer:", "Kestrel Harbour Foods Ltd"), ("Employee:", "Mara Ellison"),
              ("Pay period:", f"{month} 2026"), ("Gross pay:", "2,450.00"), ("Net pay:", "2,007.42")]
    for i, (label, value) in enumerate(values):
        y = 210 - 28 * i
        c.drawString(30, y + 5, label)
        c.acroForm.textfield(name=f"f{i}", value=value, x=120, y=y, width=220, height=18, fontSize=10,
                             borderWidth=0, fillColor=None, forceBorder=False)
    c.save()
    if not appearances:
        reader = PdfReader(path)
        writer = PdfWriter(clone_from=reader)
        for annot in writer.pages[0]["/Annots"]:
            annot.get_object().pop("/AP", None)
        writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
        with open(path, "wb") as fh:
            writer.write(fh)


def test_form_field_values_are_read_and_shown_in_the_packet_with_and_without_appearances(tmp_path):
    case = tmp_path / "case"
    _form_payslip(case / "payslip-ap.pdf", appearances=True)
    _form_payslip(case / "noap" / "payslip-noap.pdf", appearances=False, month="September")
    result = read(case)
    assert not result.errors, result.errors
    for rel in ("payslip-ap.pdf", "noap/payslip-noap.pdf"):
        page = only(result, rel).pages[0]
        assert page.source == "text" and page.raster  # read from the file, shown as drawn with its fields
        assert "Employer: Kestrel Harbour Foods Ltd" in page.text and "Net pay: 2,007.42" in page.text
        net = next(w for w in page.words if w.text == "2,007.42")
        assert 120 / 420 - 0.01 <= net.box[0] < 0.5 and net.box[1] > 0.5  # at the field's rectangle
    shown = [t for t in _build(case, tmp_path) if "PAYSLIP" in t]
    assert len(shown) == 2 and all("2,007.42" in t and "Mara Ellison" in t for t in shown)


def test_the_form_values_are_drawn_on_the_packet_page(tmp_path):
    from packet.core.page_images import render_pdf_page

    _form_payslip(tmp_path / "noap.pdf", appearances=False)
    page = render_pdf_page(tmp_path / "noap.pdf", 0, 72, grey=True)
    field = page.crop((125, 300 - 210 - 18 + 30 - 28, 340, 300 - 210 + 30 - 28))  # the "Employee" field
    assert field.getextrema()[0] < 100  # ink where the value is


def test_text_outside_the_crop_box_is_neither_read_nor_carried_into_the_packet(tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    from reportlab.pdfgen import canvas

    case = tmp_path / "case"
    case.mkdir()
    path = case / "statement.pdf"
    c = canvas.Canvas(str(path), pagesize=(420, 600), invariant=1)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(["Tidewater Bank plc", "Bank statement", "Account number 55120934",
                              "Statement period: 01/10/2026 to 31/10/2026", "Closing balance 1,428.95"]):
        c.drawString(30, 560 - 20 * i, line)
    c.drawString(30, 60, "Statement period: 01/01/2024 to 31/01/2024")  # below the crop box: never shown
    c.drawString(30, 40, "Closing balance 99,999.99")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.pages[0].cropbox = RectangleObject((0, 300, 420, 600))
    with open(path, "wb") as fh:
        writer.write(fh)
    page = only(read(case), "statement.pdf").pages[0]
    assert "2024" not in page.text and "99,999.99" not in page.text
    assert "Closing balance 1,428.95" in page.text and page.raster
    assert (page.width, page.height) == (420, 300)
    shown = [t for t in _build(case, tmp_path) if "Tidewater" in t and "0934" in t]  # the account, masked
    assert shown and all("2024" not in t and "99,999.99" not in t and "55120934" not in t for t in shown)


# --- 3. a text layer whose ToUnicode map is wrong ------------------------------------------------------


def _shifted_tounicode_pdf(path: Path, lines: list[str]) -> None:
    """A PDF that prints ``lines`` in Helvetica but whose /ToUnicode map gives every character as the next one
    ("Tidewater" extracts as "Ujefxbufs"), as some PDF generators' subset fonts do."""
    content = "BT /F1 16 Tf 40 760 Td 22 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines) + " ET"
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Shifted def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            "1 beginbfrange <21> <7D> <0022> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ]
    raw_pdf(path, objects)


def test_a_text_layer_that_reads_as_nonsense_is_read_from_the_pixels(tmp_path):
    lines = ["Tidewater Bank plc", "Bank statement", "Account holder: Mara Ellison", "Account number 55120934",
             "Statement period: 01/10/2026 to 31/10/2026", "Opening balance 612.30", "Closing balance 1,428.95"]
    _shifted_tounicode_pdf(tmp_path / "statement.pdf", lines)
    page = only(read(tmp_path), "statement.pdf").pages[0]
    assert page.source == "ocr"
    assert "Tidewater Bank" in page.text and "1,428.95" in page.text and "Ujefxbufs" not in page.text


def test_letter_pairs_tell_language_from_a_shifted_map():
    from packet.reading.pdf_text import MIN_PLAUSIBLE, letter_pair_score

    english = "Tidewater Bank plc Bank statement Account holder Opening balance Salary Rent Groceries Closing balance"
    german = "Kontoauszug Sparkasse Kontoinhaber Datum Buchungstext Betrag Gehalt Miete Lebensmittel Kontostand neu"
    shifted = "".join(chr(ord(c) + 1) if c.isalpha() else c for c in english)
    assert letter_pair_score(english) > 0.9 and letter_pair_score(german) > 0.8
    assert letter_pair_score(shifted) < MIN_PLAUSIBLE
    assert letter_pair_score("工商银行 账户明细 交易日期 金额 2026-10-01 1,428.95 " * 5) is None  # not judged


# --- 9. damaged PDFs that PDFium forgives and pypdf does not ---------------------------------------------


def test_a_page_pypdf_cannot_place_is_shown_as_a_rendering_and_the_build_finishes(tmp_path):
    import re

    from fixtures_reading import text_pdf

    case = tmp_path / "case"
    lines = ["Tidewater Bank plc", "Bank statement", "Account number 55120934",
             "Statement period: 01/10/2026 to 31/10/2026", "Closing balance 1,428.95"]
    damaged = {
        "zero-mediabox.pdf": lambda b: re.sub(rb"/MediaBox \[[^\]]*\]", b"/MediaBox [0 0 0 0]", b),
        "no-endstream.pdf": lambda b: b.replace(b"endstream", b"         ", 1),
        "ascii85-overflow.pdf": lambda b: b.replace(b"~>endstream", b"uuuuu~>endstream", 1),
    }
    for month, (name, damage) in zip(("08", "09", "10"), damaged.items(), strict=True):
        # three months: three statements (three copies of one would go into the packet once)
        text_pdf(case / name, [[*lines[:3], f"Statement period: 01/{month}/2026 to 28/{month}/2026",
                                f"Closing balance 1,428.{month}"]])
        before = (case / name).read_bytes()
        (case / name).write_bytes(damage(before))
        assert (case / name).read_bytes() != before
    result = read(case)
    assert {d.rel for d in result.documents} == set(damaged), result.errors
    shown = [t for t in _build(case, tmp_path) if "0934" in t and "Statement period" in t]  # the account, masked
    assert len(shown) == 3



# --- 6. long screen captures ------------------------------------------------------------------------------


def test_a_scrolling_screenshot_is_a_screen_capture_without_dpi_advice(tmp_path):

    from packet.reading.ingest import screen_capture

    page = page_image(STATEMENT_LINES, size_in=(3.9, 9.75), dpi=150, font_pt=10).convert("RGBA")
    page.putalpha(255)
    page.convert("P").save(tmp_path / "Screenshot_1.png", dpi=(72, 72), transparency=0)
    doc = only(read(tmp_path), "Screenshot_1.png")
    assert "Closing balance 1,234.56" in doc.text
    assert doc.pages[0].dpi is None  # nothing for the quality rule to call "only 142 dpi"
    assert screen_capture("png", 1170, 8775, (72, 72), camera=False)
    assert not screen_capture("png", 2480, 3508, (300, 300), camera=False)  # an A4 scan saved as PNG
    assert not screen_capture("jpeg", 1170, 2532, None, camera=True)  # a photo of a long receipt
    assert not screen_capture("jpeg", 3024, 4032, None, camera=False)  # a photo whose EXIF was stripped
    assert screen_capture("jpeg", 1080, 2340, None, camera=False)  # an Android screenshot saved as JPEG


def test_a_jpeg_screenshot_is_read_without_dpi_advice(tmp_path):
    """Many Android phones save screenshots as JPEG (a 2026 trial's 1080 x 2340 bank-app captures were told
    "131 dpi, below the 150 dpi small print needs… lay the paper flat"): no dpi, no photo advice."""
    page = page_image(STATEMENT_LINES, size_in=(3.9, 9.75), dpi=150, font_pt=10).convert("RGB")
    page.save(tmp_path / "Screenshot_20261101.jpg", quality=90)
    doc = only(read(tmp_path), "Screenshot_20261101.jpg")
    assert "Closing balance 1,234.56" in doc.text
    assert doc.pages[0].dpi is None
