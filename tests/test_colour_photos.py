"""Phone photos where colour tells things apart that brightness does not (tests/colourphotogen.py): a payslip's header
printed light on a brown band, on a wooden desk about as dark as the band, stays on the sheet
(packet.reading.ocr._with_bands, BAND_HUE); a red seal in the phone's shadow is taken out as seal ink, not kept as
print cutting the date under its ring (packet.core.page_images.ink_grey, SEAL_PAPER). Real Tesseract and PP-OCR on
the real reading path (ocr.read_task: the picture decoded, its colour copy kept)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import ImageChops

from packet.core.page_images import ink_grey
from packet.reading import engines, ocr

sys.path.insert(0, str(Path(__file__).parent))
import colourphotogen  # noqa: E402

needs_rapid = pytest.mark.skipif(not engines.rapid_status()[0], reason="rapidocr 3.x is not installed")


def _read(tmp_path: Path, image, languages: str, engine: str):
    path = tmp_path / "photo.jpg"
    image.save(path, quality=95)
    task = ocr.OcrTask(path=path, kind="image", index=0, languages=languages, dpi=150.0,
                       size_pt=(image.width / 150 * 72, image.height / 150 * 72), engine=engine)
    return ocr.read_task(task)


# seeds whose band main cut away with the desk (its step to the desk's grain under 1.35 where the band ends)
@pytest.mark.parametrize("seed", [3, 7])
def test_band_as_dark_as_the_desk_stays_on_the_sheet(tmp_path, seed):
    shot = colourphotogen.band_photo(seed)
    page = _read(tmp_path, shot.image, "eng", engines.TESSERACT)
    assert page.crop is not None  # the sheet is cut out of the desk
    employer, period = shot.header
    assert employer.split()[0] in page.text, page.text[:300]
    assert period.split(":")[1].split()[0] in page.text, page.text[:300]


def test_brown_band_and_wooden_desk_are_no_seal_ink():
    # brown print and wood lean to yellow: the levels lowered for a seal in shade whiten none of them
    shot = colourphotogen.band_photo(3)
    assert ImageChops.difference(ink_grey(shot.image), shot.image.convert("L")).getbbox() is None


# seeds whose date main read with a character lost under the seal's ring
@needs_rapid
@pytest.mark.parametrize("seed", [0, 1])
def test_seal_in_shade_is_taken_out(tmp_path, seed):
    shot = colourphotogen.seal_photo(seed)
    page = _read(tmp_path, shot.image, "chi_sim+eng", engines.RAPIDOCR)
    date, = shot.header
    assert date in page.text.replace(" ", ""), page.text


def test_seal_on_lit_paper_is_whitened_as_before():
    # lit paper: the seal's levels are the absolute ones (SEAL_BRIGHT, SEAL_RED), the ink turned to white
    shot = colourphotogen.seal_photo(0, shade=1.0)
    grey = ink_grey(shot.image)
    r, g, b = shot.image.split()
    red = ImageChops.subtract(r, ImageChops.lighter(g, b))
    vivid = [i for i, (v, d) in enumerate(zip(r.tobytes(), red.tobytes(), strict=True)) if v >= 200 and d >= 120]
    assert vivid
    out = grey.tobytes()
    assert all(out[i] == 255 for i in vivid)
