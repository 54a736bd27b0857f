"""A long scrolling screen capture in the packet (issue 9): split over as many pages as keep its text at the
size it had across the screen, each band stamped and numbered, the invisible text layer following the bands."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from fixtures_reading import LATIN_FONT
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

from packet.assembly.exhibits import band_cuts, split_tall_pages
from packet.assembly.page_frame import content_frame, paper_size
from packet.cli import cli
from packet.core.model import Word

CASE_TOML = """[applicant]
name = "Mara Ellison"
[lender]
name = "Harbour Credit Ltd"
contract_number = "HC-5521-0007"
[request]
kind = "reduce"
language = "en"
checklist = "en-hardship"
hardship = "unemployment"
statement = "I lost my job."
[files]
"Screenshot_app.png" = { include = true, title = "Banking app, September" }
"""

ROWS = 60


def long_screenshot(path: Path, rows: int = ROWS) -> Path:
    """A phone-width scrolling capture (720 px wide, 72 dpi header, palette PNG with transparency as screenshot
    tools write them): a heading, then ``rows`` numbered rows ``ROW 07 SEPTEMBER 107.00``."""
    w, row_h = 720, 72
    img = Image.new("RGBA", (w, 200 + rows * row_h), (255, 255, 255, 255))
    draw = ImageDraw.Draw(img)
    big, font = ImageFont.truetype(LATIN_FONT, 48), ImageFont.truetype(LATIN_FONT, 32)
    draw.text((30, 60), "Tidewater Bank", fill=(0, 0, 0, 255), font=big)
    for i in range(rows):
        draw.text((30, 200 + i * row_h), f"ROW {i:02d} SEPTEMBER {100 + i}.00", fill=(0, 0, 0, 255), font=font)
    img.quantize(colors=16).save(path, dpi=(72, 72))
    return path


def test_band_cuts_fall_between_rows_and_no_band_is_taller_than_the_frame():
    # rows of text 0.02 high every 0.03 of the page, bands of at most 0.25
    words = tuple(Word(f"r{i}", (0.1, 0.01 + i * 0.03, 0.5, 0.03 + i * 0.03), line=i) for i in range(33))
    cuts = band_cuts(words, 0.25)
    assert cuts[0] == 0.0 and cuts[-1] == 1.0
    assert all(0 < b - a <= 0.25 + 1e-9 for a, b in zip(cuts[:-1], cuts[1:], strict=True))
    assert len(cuts) - 1 <= 5  # at most one band more than the 4 a cut anywhere would need
    for c in cuts[1:-1]:
        assert not any(w.box[1] < c < w.box[3] for w in words), c  # no row cut in half


def test_a_page_that_fits_stays_whole():
    assert band_cuts((), 1.3) == [0.0, 1.0]


def test_a_long_screenshot_becomes_several_legible_pages_each_with_its_own_words(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    long_screenshot(case / "Screenshot_app.png")
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(cli, ["build", str(case), "--force", "-o", str(out), "-q", "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    texts = [p.extract_text() for p in reader.pages]
    shot = [i for i, t in enumerate(texts) if re.search(r"ROW \d\d", t)]
    # 720 x 4520 px with its width filling the frame: 4.4 frames high -> 5 pages (6 when cuts fall between rows)
    frame_w, frame_h = content_frame(paper_size("A4", "en"))[2:]
    need = (200 + ROWS * 72) * frame_w / 720 / frame_h
    assert len(shot) >= int(need) + 1 and len(shot) <= int(need) + 2, (len(shot), need)
    assert shot == list(range(shot[0], shot[0] + len(shot)))  # one run of consecutive pages
    seen = []
    for i in shot:
        rows = [int(n) for n in re.findall(r"ROW (\d\d)", texts[i])]
        assert rows == sorted(rows) and rows, texts[i]
        seen += rows
        assert f"Page {i + 1} / {len(reader.pages)}" in texts[i]  # stamped and numbered like any page
    # every row read lies in exactly one band: the text layer follows the slices, nothing twice
    assert len(seen) == len(set(seen)) and len(seen) >= ROWS * 0.9, seen
    # the image fills the frame's width: text as large as it was across the screen
    for i in shot:
        page = reader.pages[i]
        images = list(page.images)
        assert len(images) == 1
        assert images[0].image.width >= 700


def test_only_screen_pages_are_split_and_a_scan_stays_one_page():
    from packet.assembly.exhibits import Exhibit
    from packet.core.model import Document, DocumentResult, Page, SourceFile

    scan = Page(number=1, width=595, height=1400, source="ocr", text="", dpi=300.0)  # a tall scanned receipt
    screen = Page(number=2, width=595, height=4000, source="ocr", text="", dpi=None)
    doc = Document(SourceFile(Path("/x.tif"), "x.tif", 1, "0" * 64, "image", "tiff"), (scan, screen), "scan")
    ex = Exhibit("Exhibit A", "t", "d", DocumentResult(doc, "other", {}))
    (split,) = split_tall_pages((ex,), paper_size("A4", "en"))
    _, _, fw, fh = content_frame(paper_size("A4", "en"))
    assert split.sheets[0].whole and split.sheets[0].page is scan
    bands = split.sheets[1:]
    need = 4000 * fw / 595 / fh  # the capture's height with its width filling the frame, in frames: 4.7
    assert len(bands) == 5 == int(need) + 1 and all(b.page is screen for b in bands)
    assert bands[0].top == 0.0 and bands[-1].bottom == 1.0
    assert split.pages == 6 and ex.pages == 2


def test_a_cut_falls_between_entries_not_between_an_entry_s_two_lines():
    """A banking app prints each entry over two lines (description and amount; date and balance), the entries further
    apart than their lines: a cut between an entry's two lines put its amount on one page and its date on the next."""
    words, y = [], 0.0
    for i in range(30):  # entry: line 0.02 high, 0.005 apart; entries 0.02 apart
        words.append(Word(f"Payee {i}", (0.1, y, 0.5, y + 0.02), line=2 * i))
        words.append(Word(f"0{i % 9 + 1}/09", (0.1, y + 0.025, 0.3, y + 0.045), line=2 * i + 1))
        y += 0.065
    top_lines = {round(w.box[1], 6) for w in words if w.text.startswith("Payee")}
    cuts = band_cuts(tuple(words), 0.3)
    assert all(0 < b - a <= 0.3 + 1e-9 for a, b in zip(cuts[:-1], cuts[1:], strict=True))
    for c in cuts[1:-1]:
        below = min((w.box[1] for w in words if w.box[1] > c), default=None)
        assert below is None or round(below, 6) in top_lines, (c, below)  # each page starts with an entry's first line


def test_a_capture_a_little_taller_than_a_page_stays_one_and_longer_ones_split_evenly():
    """A trial's bank-app capture just over one frame tall: page 2 of its exhibit held one line ("余额 ¥356.21")."""
    words = tuple(Word(f"r{i}", (0.1, 0.01 + i * 0.03, 0.5, 0.03 + i * 0.03), line=i) for i in range(33))
    assert band_cuts(words, 1 / 1.05) == [0.0, 1.0]  # 5 % taller than the frame: shrunk to fit one page
    cuts = band_cuts(words, 1 / 1.3)  # 1.3 frames: two bands, neither a sliver
    spans = [b - a for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
    assert len(spans) == 2 and min(spans) >= 0.35 and max(spans) <= 1 / 1.3 + 1e-9, spans
    for c in cuts[1:-1]:
        assert not any(w.box[1] < c < w.box[3] for w in words), c
