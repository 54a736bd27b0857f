"""Figures written one per box (comb fields) on pictures of forms: found, read without their borders, in the page's
words (packet.reading.comb), read by the date readers, an identity number in boxes masked. Real Tesseract on forms
drawn here: several box sizes, adjoining boxes and boxes parted in groups, format hints beside, over and under the
boxes, a photo with tilt and blur, a Chinese form with 日期 boxes and an 18-box identity number."""

from __future__ import annotations

import random
from datetime import date

import pytest
from fixtures_reading import CJK_FONT, LATIN_FONT
from photo_forms import photo
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from packet.core.masking import mask_numbers
from packet.reading import comb, ocr
from packet.reading.word_lines import Token
from packet.understanding.values import dayfirst_for, find_dates

DPI = 300


def _font(px: int, cjk: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(CJK_FONT, px, index=0) if cjk else ImageFont.truetype(LATIN_FONT, px)


def boxes(draw: ImageDraw.ImageDraw, x: int, y: int, text: str, *, box: int, gap: int = 0, group_gap: int = 0,
          groups: tuple[int, ...] = (), line: int = 3, colour: int | tuple = 0) -> int:
    """Draw ``text`` one character per box of ``box`` px from (x, y): boxes ``gap`` px apart (0: adjoining, a
    shared border), ``group_gap`` px more after each group of ``groups`` characters; a space in ``text`` is an
    empty box. Returns the right edge."""
    font = _font(round(box * 0.62))
    ends, k = set(), 0
    for g in groups:
        k += g
        ends.add(k)
    for i, ch in enumerate(text):
        draw.rectangle((x, y, x + box, y + box), outline=colour, width=line)
        if ch != " ":
            draw.text((x + box / 2, y + box / 2), ch, fill=0, font=font, anchor="mm")
        x += box + (gap if gap else -line + 1) + (group_gap if i + 1 in ends else 0)
    return x


def english_form() -> Image.Image:
    """A Letter-width strip of a leaving certificate: three comb fields (a leaving date of adjoining DDMMYYYY boxes,
    the hint beside; a date issued in DD MM YYYY groups, the hint over it; an insurance number in 3-3-3 groups)."""
    img = Image.new("L", (round(8 * DPI), round(4.2 * DPI)), 255)
    d = ImageDraw.Draw(img)
    label = _font(40)
    d.text((90, 80), "RECORD OF LEAVING", fill=0, font=_font(60))
    d.text((90, 260), "Last day for which paid", fill=0, font=label)
    right = boxes(d, 1000, 240, "09102026", box=70)
    d.text((right + 40, 262), "DDMMYYYY", fill=0, font=_font(30))
    d.text((1000, 470), "DD MM YYYY", fill=0, font=_font(30))
    d.text((90, 540), "Date issued", fill=0, font=label)
    boxes(d, 1000, 520, "16102026", box=56, gap=8, group_gap=40, groups=(2, 2, 4), line=2)
    d.text((90, 790), "Insurance number", fill=0, font=label)
    boxes(d, 1000, 770, "532118974", box=84, groups=(3, 3, 3), group_gap=50, line=4)
    d.text((90, 1050), "Employer Prairie Sky Grain Ltd", fill=0, font=label)
    return img


def read(img: Image.Image, dpi: float = DPI, languages: str = "eng"):
    return ocr.ocr_image(img, number=1, languages=languages, dpi=dpi)


@pytest.fixture(scope="module")
def english_page():
    return read(english_form())


def test_dates_in_boxes_are_read_as_dates(english_page):
    text = english_page.text
    assert "09/10/2026" in text and "16/10/2026" in text, text
    # the DDMMYYYY hint makes the document's dates day first: 09/10/2026 is 9 October
    dayfirst = dayfirst_for("en", text)
    assert dayfirst
    found = {h.value for h in find_dates(text, dayfirst)}
    assert {date(2026, 10, 9), date(2026, 10, 16)} <= found, text


def test_a_number_in_grouped_boxes_keeps_its_groups(english_page):
    assert "532 118 974" in english_page.text, english_page.text


def test_a_photo_of_the_form_tilted_and_blurred():
    rng = random.Random(5)
    shot = photo(english_form().convert("RGB"), rng, scale=0.62, tilt=2.0)
    page = read(shot, dpi=DPI * 0.62)
    assert "16/10/2026" in page.text, page.text


def test_a_blurred_scan_at_150_dpi_with_hint_under():
    img = Image.new("L", (1275, 500), 255)
    d = ImageDraw.Draw(img)
    d.text((60, 80), "Date of separation", fill=0, font=_font(26))
    boxes(d, 600, 60, "14032022", box=34, line=2)
    d.text((600, 104), "D D M M Y Y Y Y", fill=0, font=_font(14))
    d.text((60, 260), "Employee: Harpreet Sandhu", fill=0, font=_font(26))
    page = read(img.filter(ImageFilter.GaussianBlur(0.7)), dpi=150)
    assert "14/03/2022" in page.text, page.text


def chinese_form() -> Image.Image:
    """A Chinese registration form: 日期 in 4-2-2 boxes with 年 月 日 printed between the groups, and an 18-box
    identity number (its check character an X)."""
    img = Image.new("L", (round(7 * DPI), round(3 * DPI)), 255)
    d = ImageDraw.Draw(img)
    zh = _font(52, cjk=True)
    d.text((80, 80), "失业登记表", fill=0, font=_font(72, cjk=True))
    d.text((80, 300), "身份证号", fill=0, font=zh)
    boxes(d, 420, 290, "11010519491231002X", box=62, line=3)
    d.text((80, 520), "日期", fill=0, font=zh)
    x = boxes(d, 420, 505, "2026", box=66, line=3)
    d.text((x + 12, 510), "年", fill=0, font=zh)
    x = boxes(d, x + 80, 505, "10", box=66, line=3)
    d.text((x + 12, 510), "月", fill=0, font=zh)
    x = boxes(d, x + 80, 505, "16", box=66, line=3)
    d.text((x + 12, 510), "日", fill=0, font=zh)
    return img


def test_chinese_form_date_and_identity_number():
    page = read(chinese_form(), languages="chi_sim+eng")
    text = page.text
    assert date(2026, 10, 16) in {h.value for h in find_dates(text)}, text
    # the identity number is read whole, and masked where packet writes it
    assert "11010519491231002X" in text.replace(" ", ""), text
    for labels in (("身份证号",), ()):  # after its label, and by its shape alone (GB 11643's check character)
        masked, n = mask_numbers(text, id_labels=labels)
        assert n >= 1 and "11010519491231002X" not in masked.replace(" ", ""), masked


def test_a_table_and_a_short_row_of_boxes_are_no_comb():
    img = Image.new("L", (1600, 900), 255)
    d = ImageDraw.Draw(img)
    # a ledger's cells: wide, not square
    for r in range(4):
        for c in range(5):
            d.rectangle((80 + c * 280, 80 + r * 90, 80 + (c + 1) * 280, 80 + (r + 1) * 90), outline=0, width=3)
    boxes(d, 200, 600, "12", box=60)  # two tick boxes
    assert comb.find_combs(img, DPI) == []


def test_nothing_found_leaves_the_words_as_they_are():
    img = Image.new("L", (800, 400), 255)
    ImageDraw.Draw(img).text((40, 40), "Net pay 1,234.00", fill=0, font=_font(40))
    units = [[Token("Net", 40, 40, 100, 80)]]
    assert comb.with_combs(img, units, DPI) is units


@pytest.mark.parametrize(("groups", "hint", "want"), [
    (["16102026"], None, ["16", "10", "2026"]),
    (["20261016"], None, ["2026", "10", "16"]),
    (["10102026"], "DDMMYYYY", ["10", "10", "2026"]),
    (["20261010"], "YYYYMMDD", ["2026", "10", "10"]),
    (["09", "10", "2026"], None, ["09", "10", "2026"]),
    (["532", "118", "974"], None, None),
    (["12345678"], None, None),  # no year either way
    (["110105194912310021"], None, None),
])
def test_date_groups(groups, hint, want):
    assert comb.date_groups(groups, hint) == want


def test_a_format_hint_says_which_number_is_the_day():
    # nothing else tells: dollars would make 09/10/2026 the 10th of September
    plain = "Total paid $1,280.00\nDate issued 09/10/2026"
    assert not dayfirst_for("en", plain)
    assert dayfirst_for("en", plain + " DDMMYYYY")
    assert dayfirst_for("en", "Leaving date DD MM YYYY 09/10/2026\nTotal paid $1,280.00")
    assert not dayfirst_for("en", "Date (MM/DD/YYYY) 09/10/2026")


def test_bold_letters_are_no_boxes():
    # an app screen's title, white on a dark bar and dark on white: the counters of o, e, a, u, n are holes of one
    # size in a row, round or open (independent set 15's bank app and benefit status screens were taken for combs)
    img = Image.new("L", (1400, 500), 255)
    d = ImageDraw.Draw(img)
    bold = ImageFont.truetype(LATIN_FONT.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), 96)
    d.rectangle((0, 0, 1400, 220), fill=50)
    d.text((60, 50), "Account Statement", fill=255, font=bold)
    d.text((60, 300), "Unemployment Benefit", fill=0, font=bold)
    assert comb.find_combs(img, DPI) == []


def test_a_label_printed_right_over_the_boxes_is_kept():
    # a Record of Employment's block: its label over the boxes' left end, a few pixels above them
    img = Image.new("L", (1500, 420), 255)
    d = ImageDraw.Draw(img)
    d.text((700, 104), "12 Final pay period ending date", fill=0, font=_font(26), anchor="ls")
    boxes(d, 1000, 112, "11102026", box=48, line=2)
    d.text((60, 300), "Employer Prairie Sky Grain Ltd", fill=0, font=_font(30))
    page = read(img)
    assert "ending date" in page.text and "11/10/2026" in page.text, page.text


@pytest.mark.parametrize("size", [(1, 1), (3, 200), (200, 3), (60, 60), (2000, 10)])
def test_strips_too_small_for_a_box(size):
    # a second reading's strip, a letterhead's picture: no box fits, nothing breaks
    assert comb.with_combs(Image.new("L", size, 255), [], DPI) == []
