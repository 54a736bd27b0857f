"""Input kinds people really send (issue 9): each is read, or refused with words that say what to do.

Every input is made here; none is copied from elsewhere.
"""

from __future__ import annotations

from fixtures_reading import PAYSLIP_EN, page_image
from test_ingest import only, read

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
