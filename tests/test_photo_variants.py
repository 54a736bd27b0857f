"""Phone photos of a ledger page taken in a hurry (tests/photovariantgen.py): a smooth shade across part of the sheet
with the sheet running out of the picture, and a small photo turned a quarter round whose orientation Tesseract's OSD
cannot tell. Real Tesseract on generated photos; each test reads at most one page or a few strips."""

from __future__ import annotations

import tempfile
from pathlib import Path

import photovariantgen as gen

from packet.reading import engines, ocr


def _work(v: gen.Variant):
    """The grey page image at the resolution packet reads a photo at (its short side an A4 width, 300 dpi)."""
    return ocr._scale(ocr.grey(v.image), min(v.image.size) / 8.27)


def test_a_sheet_running_out_of_the_picture_is_found_whole_through_a_smooth_shade():
    """The top third of the sheet lies in a shade deepening towards the picture's top edge, and the sheet runs out
    over that edge: the bright region ends inside the print (its quadrilateral's top edge at 0.23 of the height, the
    heading and the account lines above it), and the fill from the border ran in over the sheet where it touches the
    border and found none (main feff781 flattened the lit part; the mask was empty)."""
    v = gen.photo(False, 0, size=1.0)
    assert v.side == "top" and v.turn == 0  # the photo the test is about
    img = ocr.grey(v.image)
    small, _ = ocr._paper_level(img)
    sheet = ocr._despeckled(ocr.shaded_sheet(small)).tobytes()
    assert sum(1 for b in sheet if b) > 0.5 * len(sheet)
    corners = ocr.sheet_corners(img)
    # the flattened sheet reaches up into the shade: its top corners lie above the heading (printed at 4 % of the
    # sheet's height, the sheet's top 5-6 % of the picture past the frame)
    assert corners is None or max(corners[1], corners[3]) < 0.12


def test_the_shaded_lines_of_such_a_sheet_are_read():
    """The same photo read: the bank's name, the holder's line and the table's heading (all in the shade) are read
    (main feff781 read the table's rows alone: recall 0.76 of the page's words)."""
    v = gen.photo(False, 0, size=1.0)
    page = ocr.ocr_image(ocr.grey(v.image), number=1, languages="eng", dpi=min(v.image.size) / 8.27)
    top = v.words[:14]  # the heading, the holder's line, the account number
    assert gen.recall(top, page.text) >= 0.8, page.text[:400]
    assert gen.recall(v.words, page.text) >= 0.9


def test_a_quarter_turned_photo_osd_cannot_tell_is_turned_by_its_strips():
    """A messenger's small copy (600 x 450) of a photo turned a quarter round: OSD cannot tell (confidence below 1),
    and reading one strip at each turn finds the upright one."""
    v = gen.photo(False, 2, size=0.3)
    assert v.turn == 90
    work, dpi = _work(v)
    with tempfile.TemporaryDirectory() as tmp:
        assert ocr._osd_or_none(work, Path(tmp)) is None  # the case the strips are for
        eng = engines.engine(engines.TESSERACT)
        assert ocr.strip_turn(work, (0, 90, 270), "eng", dpi, Path(tmp), eng) == 90


def test_strips_tell_an_upside_down_page_from_an_upright_one():
    """The same small photo, upside down this time: the strips tell the half turn from none."""
    v = gen.photo(False, 2, size=0.3, turn=180)
    work, dpi = _work(v)
    with tempfile.TemporaryDirectory() as tmp:
        eng = engines.engine(engines.TESSERACT)
        assert ocr.strip_turn(work, (0, 180), "eng", dpi, Path(tmp), eng) == 180


def test_a_quarter_turned_ledger_tesseract_reads_on_end_is_turned_upright():
    """A ledger photographed with the phone turned a quarter round: its table's columns make the projection profile
    look like rows (no OSD before reading), and Tesseract finds the vertical lines and reads them confidently, its
    words standing on end (main feff781 kept the page at 0 degrees). Lines read running down the page put its
    orientation in doubt: OSD says the turn and the page is read upright."""
    v = gen.photo(False, 100)
    assert v.turn == 270
    page = ocr.ocr_image(ocr.grey(v.image), number=1, languages="eng", dpi=min(v.image.size) / 8.27)
    assert page.rotation == 270
    assert gen.recall(v.words, page.text) >= 0.9
