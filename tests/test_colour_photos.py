"""Phone photos where colour tells things apart that brightness does not (tests/colourphotogen.py): a payslip's header
printed light on a brown band, on a wooden desk about as dark as the band, stays on the sheet
(packet.reading.ocr._with_bands, BAND_HUE); a red seal in the phone's shadow, kept as print cutting the date under
its ring (packet.core.page_images.ink_grey: an open problem, xfail). Real Tesseract and PP-OCR on the real reading
path (ocr.read_task: the picture decoded, its colour copy kept)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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


# seeds whose date main reads with a character lost under the seal's ring. Not fixed: judging seal ink against the
# paper round it where that paper lies in shade (branch r27-photo, ocr-18..20) read these and independent 22's
# 收入证明 right, but took out shaded seals whose text or residue other documents were read by (independent 21's
# provider, 23's issuer lost a character each)
@needs_rapid
@pytest.mark.xfail(strict=True, reason="a red seal in shade is kept as ink (packet.core.page_images.ink_grey)")
@pytest.mark.parametrize("seed", [0, 1])
def test_seal_in_shade_is_taken_out(tmp_path, seed):
    shot = colourphotogen.seal_photo(seed)
    page = _read(tmp_path, shot.image, "chi_sim+eng", engines.RAPIDOCR)
    date, = shot.header
    assert date in page.text.replace(" ", ""), page.text
