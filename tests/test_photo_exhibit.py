"""A phone photo of a sheet in shade goes into the BUILT packet as the sheet alone: cut out of the desk, turned
straight, its paper white across the shadow, its print still read. Photos from tests/sheetgen.py, read by real
Tesseract (PP-OCR for Chinese), built by the real CLI, the pages rendered back with pdftoppm and OCR'd again."""

from __future__ import annotations

import subprocess

import pytest
import sheetgen
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from packet.cli import cli
from packet.reading import engines, ocr

pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    return "".join(text.split()).lower()


def _built_exhibit(tmp_path, snap, name="IMG_2231.jpg") -> tuple[Image.Image, Image.Image]:
    """The photo alone in a case folder, built with --force: the exhibit's picture as the packet holds it (grey), and
    its page rendered by pdftoppm at 100 dpi (grey)."""
    case = tmp_path / "case"
    case.mkdir()
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"  # a camera's make: packet takes the file for a photo, as a phone's would be
    snap.image.save(case / name, quality=90, exif=exif)
    out = tmp_path / "packet.pdf"
    result = CliRunner().invoke(cli, ["build", str(case), "--force", "-o", str(out), "--as-of", "2026-11-20"])
    assert result.exit_code in (0, 1), result.output
    reader = PdfReader(out)
    index = reader.get_destination_page_number(reader.outline[2])  # cover letter, index, the exhibit
    pictures = reader.pages[index].images
    assert len(pictures) == 1
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-f", str(index + 1), "-l", str(index + 1),
                    "-singlefile", str(out), str(tmp_path / "p")], check=True)
    return pictures[0].image.convert("L"), Image.open(tmp_path / "p.png").convert("L")


def _edge_darkness(pic: Image.Image) -> float:
    """The share of the picture's outer 3 % on each side darker than 150 (desk or shadow: paper is white, and a
    sheet's margin holds no print)."""
    w, h = pic.size
    m = max(3, round(0.03 * min(w, h)))
    dark = total = 0
    for b in ((0, 0, w, m), (0, h - m, w, h), (0, 0, m, h), (w - m, 0, w, h)):
        hist = pic.crop(b).histogram()
        dark += sum(hist[:150])
        total += sum(hist)
    return dark / total


def _print_angle(pic: Image.Image) -> float:
    """Degrees the print on ``pic`` is turned from horizontal: packet's own profile search is not used; the angle
    whose row profile of the dark pixels is sharpest, in 0.25-degree steps over +-6."""
    small = pic.copy()
    small.thumbnail((500, 500))
    ink = small.point(lambda v: 255 if v < 128 else 0)

    def sharp(a):
        prof = list(ink.rotate(a, fillcolor=0).resize((1, ink.height), Image.Resampling.BOX).tobytes())
        return sum((b - a) ** 2 for a, b in zip(prof, prof[1:], strict=False))

    return max((k / 4 for k in range(-24, 25)), key=sharp)


def _read_back(pic: Image.Image, zh: bool) -> str:
    if zh and not engines.available().get(engines.RAPIDOCR):
        pytest.skip("PP-OCR (rapidocr) is not installed")
    eng = engines.RAPIDOCR if zh else engines.TESSERACT
    return ocr.ocr_image(pic, number=1, languages="chi_sim+eng" if zh else "eng", dpi=100, engine=eng).text


CASES = {
    "en-wedge-4": dict(angle=4.0, where="wedge", shade=0.6),
    "zh-wedge-3": dict(zh=True, angle=-3.0, where="wedge", shade=0.55, seed=1),
    "en-side-6-dim": dict(angle=-6.0, where="side", shade=0.5, light=0.75, seed=2),
    "en-tilted-wedge": dict(tilt=0.07, angle=2.0, where="wedge", shade=0.6, seed=3),  # the phone tilted as well
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_shadowed_turned_photo_goes_in_as_the_sheet_alone_white_and_straight(tmp_path, name):
    # before: the reading found no sheet (or only its lit part), so the exhibit was the whole photo: desk round it,
    # the sheet 3-6 degrees crooked, the shaded wedge printed dark grey
    kw = CASES[name]
    snap = sheetgen.photo(**kw)
    pic, rendered = _built_exhibit(tmp_path, snap)
    assert _edge_darkness(pic) < 0.03  # the picture's border is paper: no desk, no shadow
    assert abs(_print_angle(pic)) <= 1.0  # the print (and so the sheet) straight within a degree
    # the sheet, not the photo: the desk round it is gone (the photo is 3:4, the sheet 1:1.414; a tilted one is cut
    # to its box, its top edge narrower)
    if not kw.get("tilt"):
        assert pic.width / pic.height == pytest.approx(1 / 1.414, abs=0.05)
    # the paper in the shade as white as in the light: the paper level of the shaded part
    w, h = pic.size
    shaded = pic.crop((w // 20, h // 20, w // 3, h // 6)) if kw["where"] == "wedge" else \
        pic.crop((w // 20, h // 2, w // 4, 2 * h // 3))
    hist = shaded.histogram()
    assert next(v for v in range(256) if sum(hist[:v + 1]) >= 0.6 * sum(hist)) > 225
    text = _flat(_read_back(rendered, kw.get("zh", False)))
    for line in snap.words[:4]:  # heading, name, period, firm: the first three lie in the shade
        assert _flat(line) in text, (line, text)


def test_a_photo_in_even_light_keeps_the_reading_it_had(tmp_path):
    # no shade: the sheet is found by its brightness as before (the same corners, crop and skew)
    snap = sheetgen.photo(angle=3.0, where="none")
    page = ocr.ocr_image(snap.image, number=1, languages="eng", dpi=150)
    assert not page.shade
    corners, shaded, _ = ocr._sheet_corners(ocr.grey(snap.image))
    assert not shaded


def test_a_110_megapixel_shadowed_photo_is_cut_to_its_sheet(tmp_path):
    # a phone's 108 MP mode: decoded at half size (packet.core.page_images.decode_image), the sheet in the wedge's
    # shade still found whole, turned straight and marked for the exhibit's evening (main: no crop, no straightening)
    from packet.core.page_images import DECODE_PIXELS

    snap = sheetgen.photo(angle=4.0, where="wedge", shade=0.6, size=(1200, 1600))
    big = snap.image.convert("L").resize((9000, 12000), Image.Resampling.BILINEAR)
    path = tmp_path / "IMG_108mp.jpg"
    big.save(path, quality=70)
    del big
    img, dpi_now = ocr.load_image(path, 0, 1200.0)
    assert img.width * img.height <= DECODE_PIXELS
    work, work_dpi = ocr._scale(ocr.grey(img), dpi_now)
    turned = work
    corners, shaded, sheet = ocr._sheet_corners(turned)
    assert corners is None and shaded  # a turned rectangle, found through the shade
    skew = ocr.estimate_skew(ocr._binarised(work))
    assert abs(skew + 4.0) <= 1.0
    from packet.core.page_images import upright

    box, shade = ocr._sheet_box(upright(turned, 0, skew), shade=True, sheet=lambda: sheet.rotate(skew, fillcolor=0))
    assert shade and box is not None
    x0, y0, x1, y1 = (box[0] / work.width, box[1] / work.height, box[2] / work.width, box[3] / work.height)
    # the sheet is the middle 70 % of the width (1:1.414) and no more
    assert 0.1 < x0 < 0.2 and 0.8 < x1 < 0.9 and 0.08 < y0 < 0.18 and 0.82 < y1 < 0.92, (x0, y0, x1, y1)


def test_evening_the_shade_keeps_a_band_printed_light_on_dark():
    # independent set 8's bank statement photo: evening its paper made the blue letterhead band white, and the bank's
    # name, printed white on it, vanished from the exhibit
    from PIL import ImageDraw, ImageFont

    from packet.core.page_images import even_shade_colour

    sheet = Image.new("RGB", (850, 1100), (240, 240, 236))
    d = ImageDraw.Draw(sheet)
    d.rectangle((0, 0, 849, 110), fill=(20, 60, 140))
    d.text((40, 30), "HARBOUR MUTUAL", font=ImageFont.truetype(sheetgen.LATIN, 44), fill=(250, 250, 250))
    d.text((40, 300), "Balance 1,204.50", font=ImageFont.truetype(sheetgen.LATIN, 30), fill=(15, 15, 15))
    shade = Image.new("L", sheet.size, 0)
    ImageDraw.Draw(shade).polygon([(0, 250), (500, 1100), (0, 1100)], fill=255)
    photo = Image.composite(sheet.point(lambda v: int(v * 0.45)), sheet, shade)
    out = even_shade_colour(photo, 100.0).convert("L")
    band = out.crop((300, 10, 800, 100)).histogram()
    assert next(v for v in range(256) if sum(band[:v + 1]) >= 0.5 * sum(band)) < 110  # the band is still dark
    assert out.crop((20, 900, 120, 1000)).getextrema()[0] > 225  # the paper in the shade is white
