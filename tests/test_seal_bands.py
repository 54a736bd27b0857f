"""A solid red or orange band is no seal (branch r21-redseal): the seal filter (packet.core.page_images.ink_grey)
whitened a bank app's red header, and the bank's name, the card's digits and the dates printed white on it were lost.
Screens and pages are generated (tests/bandscreengen.py) and read by the real Tesseract; each OCR test also reads
the same picture with the band left to the seal filter, as before, to show that the input tests the mechanism."""

from __future__ import annotations

import pytest
from bandscreengen import app_screen, letterhead
from fixtures_reading import PAYSLIP_EN
from PIL import Image, ImageDraw
from test_page_prep import sealed

from packet.core import page_images
from packet.reading import ocr


def _flat(text: str) -> str:
    return "".join(text.split())


def _read(img: Image.Image, languages: str) -> str:
    return ocr.ocr_image(img, number=1, languages=languages, dpi=img.width / 8.27).text


@pytest.mark.slow
@pytest.mark.parametrize(("seed", "zh"), [(4, False), (0, True)])  # a red rounded card; an orange band edge to edge
def test_white_text_on_a_red_app_header_is_read(seed, zh, monkeypatch):
    """Measured on seeds 0-5 of each language: 34 of the 36 values on the bands read (an English tail read
    '7/061', a Chinese bank's name split by a misread character), none before."""
    screen = app_screen(seed, zh)
    languages = "chi_sim+eng" if zh else "eng"
    values = [screen.tail, _flat(screen.bank), _flat(screen.dates)]
    text = _flat(_read(screen.image, languages))
    assert all(v in text for v in values), text
    # as before: the band taken for seal ink and whitened, its white text with it
    monkeypatch.setattr(page_images, "seal_coloured_bands", lambda mask: [])
    before = _flat(_read(screen.image, languages))
    assert not any(v in before for v in values), before


@pytest.mark.slow
def test_a_stamped_page_under_a_red_letterhead_reads_the_name_and_the_letterhead(monkeypatch):
    page = letterhead(sealed(PAYSLIP_EN, 2).convert("RGB"), "Harrowgate Mutual", seed=5)
    text = _read(page, "eng")
    assert "John Smith" in text, text  # the seal over the name still goes
    assert "Harrowgate" in text, text  # and the band's name is read
    monkeypatch.setattr(page_images, "seal_coloured_bands", lambda mask: [])
    before = _read(page, "eng")
    assert "John Smith" in before and "Harrowgate" not in before, before


def test_band_ground_turns_white_and_its_white_letters_dark():
    img = Image.new("RGB", (600, 900), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((20, 100, 580, 260), radius=20, fill=(230, 50, 40))
    draw.rectangle((100, 160, 140, 166), fill=(255, 255, 255))  # a white stroke on the band
    draw.rectangle((200, 160, 240, 166), fill=(10, 10, 10))  # a black one
    grey = page_images.ink_grey(img)
    assert grey.getpixel((300, 120)) == 255  # the band's ground: paper
    assert grey.getpixel((120, 163)) < 40 and grey.getpixel((220, 163)) < 40  # both strokes dark
    assert grey.getpixel((21, 101)) == 255  # paper at the rounded corner stays paper
    assert grey.getpixel((300, 50)) == 255 and grey.getpixel((300, 500)) == 255  # the screen round it too


@pytest.mark.parametrize("what", ["ring", "square seal", "red cloth"])
def test_seals_and_a_red_cloth_round_a_slip_are_no_band(what):
    img = Image.new("RGB", (1600, 900), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    red = (215, 40, 45)
    if what == "ring":
        draw.ellipse((300, 100, 800, 600), outline=red, width=30)
    elif what == "square seal":  # 阴文: a filled square, its characters in white
        draw.rectangle((300, 100, 700, 500), fill=red)
        for y in (160, 320):
            draw.rectangle((360, y, 640, y + 60), fill=(255, 255, 255))
    else:  # a till slip photographed lying on a red cloth: the cloth is as wide and solid as a band, with a hole
        img.paste(red, (0, 0, 1600, 900))
        draw.rectangle((950, 600, 1450, 850), fill=(250, 250, 250))
    draw.rectangle((1000, 700, 1400, 730), fill=(30, 30, 30))  # print on the page (on the slip)
    r, _g, _b = img.split()
    mask = r.point(lambda v: 255 if v == 215 else 0)
    assert page_images.seal_coloured_bands(mask) == []
    grey = page_images.ink_grey(img)
    assert grey.getpixel((500, 110)) == 255  # its ink whitened, as a seal's
    assert grey.getpixel((1200, 715)) < 60  # the slip's print (or the page's) stays dark
