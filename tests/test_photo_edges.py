"""A phone photo whose sheet has print where a brightness rule sees desk keeps it, in the reading and in the BUILT
packet: a letterhead printed light on a dark band to the paper's top edge, and an ID card's lower lines under a smooth
shade (the new-user trial of round 22 lost both). A dark strip lying on the desk against the sheet stays out. Photos
from tests/edgeprintgen.py, read by real Tesseract, built by the real CLI."""

from __future__ import annotations

import edgeprintgen
import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from packet.cli import cli
from packet.reading import ocr

pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    return "".join(text.split()).lower()


def _read(img: Image.Image, languages: str) -> str:
    return _flat(ocr.ocr_image(ocr.grey(img), number=1, languages=languages, dpi=150).text)


def _exhibit(tmp_path, img: Image.Image, name: str) -> Image.Image:
    """The photo alone in a case folder, built with --force: the exhibit's picture as the packet holds it (grey)."""
    case = tmp_path / "case"
    case.mkdir()
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"  # a camera's make: packet takes the file for a photo
    img.save(case / name, quality=90, exif=exif)
    out = tmp_path / "packet.pdf"
    result = CliRunner().invoke(cli, ["build", str(case), "--force", "-o", str(out), "--as-of", "2026-11-20"])
    assert result.exit_code in (0, 1), result.output
    reader = PdfReader(out)
    index = reader.get_destination_page_number(reader.outline[2])  # cover letter, index, the exhibit
    pictures = reader.pages[index].images
    assert len(pictures) == 1
    return pictures[0].image.convert("L")


def test_band_printed_to_the_top_edge_is_read_and_kept(tmp_path):
    shot = edgeprintgen.banded(seed=0)
    text = _read(shot.image, "eng")
    for line in shot.top + shot.low[:2]:
        assert _flat(line) in text, (line, text)
    pic = _exhibit(tmp_path, shot.image, "IMG_5102.jpg")
    # the exhibit starts with the band: its top rows are dark across the sheet, and its letters read back
    top = pic.crop((pic.width // 5, 0, 4 * pic.width // 5, max(2, pic.height // 40)))
    hist = top.histogram()
    assert sum(v * n for v, n in enumerate(hist)) / sum(hist) < 110
    back = _read(pic, "eng")
    assert _flat(shot.top[0]) in back, back


def test_dark_strip_on_the_desk_against_the_sheet_stays_out():
    shot = edgeprintgen.banded(seed=0, strip=True)
    page = ocr.ocr_image(ocr.grey(shot.image), number=1, languages="eng", dpi=150)
    assert page.crop is not None
    assert _flat(shot.top[0]) not in _flat(page.text)
    assert _flat(shot.low[1]) in _flat(page.text)


def test_card_under_a_smooth_shade_keeps_its_lower_lines(tmp_path):
    shot = edgeprintgen.shaded_card(seed=1)
    text = _read(shot.image, "chi_sim+eng")
    for line in shot.low:
        assert _flat(line) in text, (line, text)
    pic = _exhibit(tmp_path, shot.image, "IMG_5103.jpg")
    back = _read(pic, "chi_sim+eng")
    assert _flat(shot.low[1]) in back, back
