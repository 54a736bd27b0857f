"""A printed row the OCR handed over as two lines, one again (branch r23-lines; independent set 18's Kamloops credit
union scan: "Closing balance" and its 3,084.41 two lines 0.005 of the page apart, the closing balance not found).

Real Tesseract on statements from :mod:`keystonegen` (shares nothing with packet): sheets whose right edge is shorter
than their left, so the page has no tilt to straighten but the table's last rows rise towards their figures. Before
the change (710b190) the four pages read their closing balance 0/4 times ("4,631.05" on a line above "Closing
balance"); after it 4/4. The rules on word boxes are checked on boxes written out here."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import case_at, image_pdf, read_documents
from keystonegen import fanned_statement

from packet.core.model import Word
from packet.understanding.classify import classify
from packet.understanding.label_geometry import doc_lines
from packet.understanding.row_pieces import join_pieces


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_fanned_scan_reads_its_closing_balance_on_its_row(tmp_path: Path, seed: int) -> None:
    from packet.understanding.extract import extract

    img, closing = fanned_statement(seed, keystone=0.09)
    image_pdf(tmp_path / "statement-scan.pdf", [img], dpi=150)
    docs = read_documents(tmp_path, "en")
    rows = [ln.text for ln in doc_lines(docs[0].pages) if "closing balance" in ln.text.lower()]
    assert rows and f"{closing:,.2f}" in rows[0], rows
    got = extract(classify(docs, case_at(tmp_path))[0], "en")
    assert got.fields["closing_balance"] == f"{closing:.2f}"


def _w(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
    return Word(text, (x0, y0, x1, y1))


def _page(tilt: float, rows: int = 6, pitch: float = 0.03, height: float = 0.01) -> list[list[Word]]:
    """Rows of a label at the left and a figure at the right edge on a page tilted by ``tilt`` (y per x)."""
    out = []
    for k in range(rows):
        y = 0.2 + k * pitch
        out.append([_w("Row", 0.1, y, 0.15, y + height), _w("12.00", 0.85, y + 0.75 * tilt, 0.9, y + 0.75 * tilt + height)])
    return out


def test_a_row_cut_on_a_tilted_page_is_one_line() -> None:
    lines = _page(-0.008)  # the figures stand 0.006 higher than their labels: a third of a word's height overlaps
    cut = [[w] for ln in lines[:3] for w in reversed(ln)] + lines[3:]  # the first three rows cut, figure first
    joined = join_pieces(cut)
    assert [[w.text for w in ln] for ln in joined] == [["Row", "12.00"]] * 6


def test_rows_of_an_untilted_page_stay_apart() -> None:
    """A page without tilt: a label and the figure of the row above (half a pitch away) are two rows."""
    lines = [[_w("Total", 0.1, 0.5, 0.16, 0.51)], [_w("9.00", 0.85, 0.485, 0.9, 0.495)],
             [_w("Balance", 0.1, 0.46, 0.2, 0.47), _w("1.00", 0.85, 0.46, 0.9, 0.47)],
             [_w("Payee", 0.1, 0.53, 0.2, 0.54), _w("2.00", 0.85, 0.53, 0.9, 0.54)]]
    assert len(join_pieces(lines)) == 4


def test_a_tall_word_does_not_chain_two_rows() -> None:
    """A line holding a tall word (a logo's letter, a stamp) reaching into the next row does not take that row's
    pieces: the line's band is its words' median top and bottom."""
    lines = [[_w("Name", 0.1, 0.3, 0.2, 0.31), _w("Jo", 0.25, 0.3, 0.3, 0.31), _w("B", 0.5, 0.3, 0.56, 0.345)],
             [_w("45.00", 0.85, 0.33, 0.9, 0.34)]]
    assert len(join_pieces(lines)) == 2


def test_lines_one_above_the_other_or_a_speck_join_nothing() -> None:
    stacked = [[_w("Opening", 0.1, 0.3, 0.2, 0.31)], [_w("balance", 0.12, 0.304, 0.22, 0.314)]]
    assert len(join_pieces(stacked)) == 2
    speck = [[_w("Paid", 0.1, 0.3, 0.2, 0.31)], [_w(".", 0.5, 0.305, 0.502, 0.307)]]
    assert len(join_pieces(speck)) == 2


def test_a_grid_row_number_stays_on_its_own_line() -> None:
    """A spreadsheet photo's row number "29" level with the heads' line is no piece of it (independent set 17's
    Panzhihua strip photo: joined, it shifted the heads over the values by one)."""
    heads = [_w("No", 0.195, 0.38, 0.21, 0.44), _w("Name", 0.23, 0.38, 0.25, 0.44), _w("Net", 0.8, 0.38, 0.83, 0.44)]
    assert len(join_pieces([heads, [_w("29", 0.166, 0.392, 0.186, 0.447)]])) == 2
    assert len(join_pieces([heads, [_w("29.50", 0.9, 0.39, 0.95, 0.44)]])) == 1
