"""Phone photos whose light or size used to cost what is read: a sharp shadow across the sheet (its header cut away
with the shade), a 90-megapixel JPEG (refused as too large). Real Tesseract and PP-OCR, photos from
tests/shadowgen.py."""

from __future__ import annotations

import resource

import pytest
import shadowgen
from fixtures_reading import case_at, png_header_only
from PIL import Image, ImageDraw, ImageFont

from packet.core.page_images import DECODE_PIXELS, decode_image
from packet.reading import engines, ocr
from packet.reading.engines import available

pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    return "".join(text.split()).lower()


def _read(shot, cjk):
    """The photo read as packet reads it: PP-OCR for Chinese (the engine `auto` picks), Tesseract for English."""
    if cjk and not available().get(engines.RAPIDOCR):
        pytest.skip("PP-OCR (rapidocr) is not installed")
    eng = engines.RAPIDOCR if cjk else engines.TESSERACT
    return ocr.ocr_image(shot.image, number=1, languages="chi_sim+eng" if cjk else "eng", dpi=180, engine=eng)


@pytest.mark.parametrize("cjk,strength,seed", [(True, 0.55, 1), (False, 0.7, 1), (True, 0.45, 2), (False, 0.5, 4)],
                         ids=["zh-55", "en-70", "zh-45", "en-50"])
def test_a_shadow_across_the_sheet_does_not_cut_its_header_away(cjk, strength, seed):
    # before: the shaded paper counted as desk, the crop ended at the shadow's edge (a third of the way down) and the
    # title, name and employer were never read (the page then read with a high confidence, as 'other')
    shot = shadowgen.photo(cjk, "wedge", strength, seed=seed)
    page = _read(shot, cjk)
    text = _flat(page.text)
    assert _flat(shot.title) in text
    for line in shot.lines[1:3]:  # the employer and the name, under the shadow
        assert _flat(line.split(" ", 1)[1]) in text
    assert page.crop is not None  # the sheet is still cut out of the desk, whole: its top and bottom are in
    assert page.crop[1] < 0.1 and page.crop[3] > 0.9


def test_a_sheet_in_even_light_is_cut_at_its_edges_and_print_beside_it_stays_out():
    # the box grows only over an edge that cuts through print: a sheet's own edge (a blank margin inside it) stays
    # where it is, even with a printed card lying on the desk just past it
    shot = shadowgen.photo(False, "wedge", 0.0, seed=3)
    img = shot.image.copy()
    d = ImageDraw.Draw(img)
    card = ImageFont.truetype(shadowgen.SANS, 26)
    box0 = ocr.paper_box(ocr.grey(shot.image))
    assert box0 is not None
    right = box0[2] + 20
    d.rectangle((right, 300, img.width, 900), fill=(235, 235, 228))
    for i in range(8):
        d.text((right + 10, 320 + i * 60), "CARD TEXT 12345 LOREM", font=card, fill=(20, 20, 20))
    box = ocr.paper_box(ocr.grey(img))
    assert box is not None and abs(box[2] - box0[2]) < 25 and abs(box[0] - box0[0]) < 25


def _big_jpeg(path, size):
    img = Image.new("L", size, 238)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(shadowgen.SANS, size[0] // 40)
    for i, line in enumerate(["WAGE SLIP", "Worker: Nadia Brennan", "Net paid 1,929.65"]):
        d.text((size[0] // 10, size[1] // 10 + i * size[0] // 20), line, font=font, fill=20)
    img.save(path, quality=80)


def test_a_90_megapixel_jpeg_is_decoded_at_half_size(tmp_path):
    # before: refused as too large (limit 80 MP); phones have 108 and 200 MP modes
    path = tmp_path / "IMG_huge.jpg"
    _big_jpeg(path, (8000, 11314))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    img, decoded = decode_image(path)
    assert img.width * img.height <= DECODE_PIXELS and decoded == 0.5
    # the whole image in RGB would be 272 MB; decoded at half size it is a quarter of that
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # KB


def test_a_90_megapixel_jpeg_is_read_and_a_png_that_large_still_refused(tmp_path):
    from packet.reading.ingest import read_case

    folder = tmp_path / "case"
    folder.mkdir()
    _big_jpeg(folder / "IMG_0001.jpg", (8000, 11314))
    png_header_only(folder / "scan.png", 9000, 10000)  # 90 MP, not a JPEG: it would decode whole
    read = read_case(case_at(folder), languages="eng", jobs=1)
    errors = {e.rel: e for e in read.errors}
    assert "IMG_0001.jpg" not in errors
    doc = next(d for d in read.documents if d.rel == "IMG_0001.jpg")
    assert "nadiabrennan" in _flat(" ".join(p.text for p in doc.pages))
    assert errors["scan.png"].code == "too-large"


def test_a_jpeg_header_of_a_billion_pixels_is_still_refused(tmp_path):
    from PIL import Image as _I

    path = tmp_path / "bomb.jpg"
    _I.new("L", (64, 64), 255).save(path)
    data = bytearray(path.read_bytes())
    i = data.find(b"\xff\xc0")  # baseline frame header: length(2) precision(1) height(2) width(2)
    data[i + 5:i + 9] = (40000).to_bytes(2, "big") + (40000).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    from packet.reading.ingest import read_case

    read = read_case(case_at(tmp_path), languages="eng", jobs=1)
    error = next(e for e in read.errors if e.rel == "bomb.jpg")
    assert error.code == "too-large" and "200 megapixels" in error.message


def _exhibit(tmp_path, photo: Image.Image, form: str = "photo"):
    import hashlib

    from packet.assembly.exhibit_images import LEVELS, page_image
    from packet.core.model import Document, Page, SourceFile

    path = tmp_path / "IMG_dim.jpg"
    photo.save(path, quality=90)
    data = path.read_bytes()
    src = SourceFile(path=path, rel=path.name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), kind="image",
                     fmt="jpeg")
    w_pt, h_pt = photo.width / 150 * 72, photo.height / 150 * 72
    page = Page(number=1, width=w_pt, height=h_pt, source="ocr", text="", words=(), rotation=0, skew=0.0,
                confidence=95.0, dpi=150.0)
    doc = Document(source=src, pages=(page,), form=form)
    out = page_image(doc, page, (w_pt, h_pt), LEVELS[0])
    return Image.open(__import__("io").BytesIO(out.data)).convert("L"), out


def test_a_dim_photo_goes_into_the_packet_with_white_paper_and_dark_text(tmp_path):
    # before: the photo's paper, 110 of 255 in dim light, printed as a mid-grey page
    shot = shadowgen.photo(False, "wedge", 0.0, seed=5, dim=0.45)
    img, out = _exhibit(tmp_path, shot.image)
    assert img.size == out.size and abs(img.width / img.height - shot.image.width / shot.image.height) < 0.01
    hist = img.histogram()
    paper = next(v for v in range(256) if sum(hist[:v + 1]) >= 0.75 * sum(hist))
    assert paper >= 235  # white paper
    ink = next(v for v in range(256) if sum(hist[:v + 1]) >= 0.005 * sum(hist))
    assert ink < 90  # the print stays dark


def test_a_bright_photo_and_a_scan_keep_their_levels(tmp_path):
    shot = shadowgen.photo(False, "wedge", 0.0, seed=5, dim=1.0)
    from packet.assembly.exhibit_images import paper_white

    sheet = shot.image.crop((300, 300, 1200, 1700))  # paper already near white: left as it is
    assert paper_white(sheet) is sheet or list(paper_white(sheet).getdata()) == list(sheet.getdata())
    dim_scan = Image.new("L", (400, 400), 120)
    img, _ = _exhibit(tmp_path, dim_scan.convert("RGB"), form="scan")  # only photos are levelled
    assert abs(img.getpixel((200, 200)) - 120) < 6
