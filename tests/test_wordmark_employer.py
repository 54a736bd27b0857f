"""An employer's name whose first word is the logo's lettering (a new user's trial, round 21: an iPhone photo and a
PNG of an Australian payslip, "HARBOURLINE" in white on a blue band over "Freight Pty Ltd · ABN …" in small print;
the employer was read as "Freight Pty Ltd", at 0.9 when the two payslips agreed, and the index named one employer
two ways). The page is drawn here (PIL, DejaVu fonts) and read by the real Tesseract."""

from __future__ import annotations

import re
from pathlib import Path

from fixtures_reading import read_documents
from PIL import Image, ImageDraw, ImageFont

from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _payslip(path: Path) -> Path:
    """An A4 page at 150 dpi (1240 x 1754 pixels): a navy band across the top holding the wordmark (46 px capitals)
    over the company's small print (22 px), then the payslip's rows."""
    img = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1240, 150), fill=(14, 60, 110))
    d.text((60, 48), "WATTLEGROVE", font=ImageFont.truetype(BOLD, 46), fill="white")
    d.text((60, 108), "Joinery Pty Ltd  ·  ABN 63 208 411 790", font=ImageFont.truetype(SANS, 22), fill=(220, 230, 240))
    d.text((60, 205), "PAYSLIP", font=ImageFont.truetype(BOLD, 38), fill=(14, 60, 110))
    small = ImageFont.truetype(SANS, 26)
    rows = [("Employee", "Dana Whitcombe"), ("Pay period", "05/10/2026 - 18/10/2026"), ("Pay date", "21/10/2026"),
            ("Gross pay", "2,140.00"), ("PAYG withholding", "-318.00"), ("Net pay", "1,822.00")]
    for i, (k, v) in enumerate(rows):
        d.text((60, 290 + 48 * i), k, font=small, fill=(60, 60, 60))
        d.text((420, 290 + 48 * i), v, font=small, fill="black")
    img.save(path, dpi=(150, 150))
    return path


def test_the_logo_word_over_the_small_print_is_part_of_the_employers_name(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    _payslip(folder / "payslip.png")
    [read] = read_documents(folder, "en")
    item = classify_one(read)
    assert item.type == "payslip"
    e = extract(item, "en")
    got = e.fields["employer"] or ""
    assert re.sub(r"\W", "", got).casefold() == "wattlegrovejoinerypty ltd".replace(" ", ""), got
    # shown where it is printed: one box round the wordmark and the small print (fractions of the page)
    ev = e.evidence["employer"]
    assert ev.page is not None and ev.box is not None, ev
    assert ev.box[1] < 48 / 1754 + 0.01 and ev.box[3] > 108 / 1754, ev.box
    assert ev.confidence < 0.9
