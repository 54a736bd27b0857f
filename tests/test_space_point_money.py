"""Amounts grouped in thousands by single spaces around a decimal point ("R 13 046.99", "2 964.00"), as South African
payslips and accounts print them (ISO 31-0 / the SI brochure allow a space as the thousands separator with either
decimal mark): read whole where they cannot be two figures of a row. Independent set 19's Mahikeng payslip gave net
pay 46.99 for "R 13 046.99" in its text PDF and its photo (read after that set was judged).

The payslip below is our own (names, employer, figures and layout invented here), drawn with Pillow and reportlab and
read through the real reading stage: Tesseract for the photo, the text layer for the PDF.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from fixtures_reading import read_documents
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfgen import canvas
from seeded_noise import noise_field

from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.values import find_money


@pytest.mark.parametrize(("text", "want"), [
    ("R 13 046.99", ["13046.99"]),
    ("NETT PAY R 13 046.99", ["13046.99"]),          # a group begins with a zero: it continues the figure before
    ("14 250.00", ["14250.00"]),                     # a cell holding one amount
    ("R 1 444.02", ["1444.02"]),
    ("-1 084.50", ["-1084.50"]),
    ("1 234 567.89", ["1234567.89"]),
    ("R 4\u202f813.40", ["4813.40"]),              # a narrow no-break space, as a typesetter groups
    ("1\u2009250.00", ["1250.00"]),                # a thin space
    # a row's quantity and price stay two figures
    ("Qty 2 150.00", ["2", "150.00"]),
    ("8101 Oral examination 1 412.00", ["8101", "1", "412.00"]),
    ("2 x 12.80", ["2", "12.80"]),
    # a text that groups with commas: its spaces part figures
    ("Hours 12 480.00 Gross 1,250.00", ["12", "480.00", "1250.00"]),
    ("Units 3 055.20 Total 1,250.00", ["3", "55.20", "1250.00"]),
])
def test_space_grouped_figures_with_a_decimal_point(text: str, want: list[str]) -> None:
    assert [str(h.value) for h in find_money(text)] == want


_EARN = [("Basic wage", "15 320.00"), ("Overtime 1.5", "1 046.10"), ("Standby allowance", "780.00")]
_DEDUCT = [("PAYE", "2 318.44"), ("UIF", "171.46"), ("Provident fund", "1 225.60")]
_GROSS, _NET = "17 146.10", "13 430.60"   # 17 146.10 - 3 715.50


def _lines() -> list[tuple[str, str]]:
    rows = [("THABA CEMENT DEPOT (PTY) LTD", ""), ("Employee: NALEDI KHUMALO   Period 2026/08", ""),
            ("EARNINGS", "")] + _EARN + [("Total earnings", _GROSS), ("DEDUCTIONS", "")] + _DEDUCT
    return rows + [("Total deductions", "3 715.50"), ("NETT PAY", "R " + _NET)]


def test_the_generated_figures_add_up() -> None:
    def d(s: str) -> Decimal:
        return Decimal(s.replace(" ", "").lstrip("R"))
    assert sum(d(v) for _, v in _EARN) == d(_GROSS)
    assert d(_GROSS) - sum(d(v) for _, v in _DEDUCT) == d(_NET)


def _photo(path: Path) -> Path:
    dpi, rng = 200, random.Random(23)
    img = Image.new("L", (round(5.8 * dpi), round(5.2 * dpi)), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    y = 70
    for label, value in _lines():
        draw.text((70, y), label, fill=25, font=font)
        if value:
            right = 1060
            draw.text((right - draw.textlength(value, font=font), y), value, fill=25, font=font)
        y += 66
    img = img.rotate(0.6, resample=Image.BICUBIC, expand=True, fillcolor=200).filter(ImageFilter.GaussianBlur(0.8))
    noise = noise_field(img.size, 12, rng)
    img = Image.blend(img, noise, 0.08)
    img.resize((round(img.width * 0.8), round(img.height * 0.8))).convert("RGB").save(
        path, "JPEG", quality=70 + rng.randint(0, 5))
    return path


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=(420, 595))
    y = 550
    for label, value in _lines():
        c.setFont("Helvetica", 11)
        c.drawString(36, y, label)
        if value:
            c.drawRightString(380, y, value)
        y -= 20
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("form", ["text", "photo"])
def test_a_payslip_grouping_with_spaces_and_a_point_gives_whole_net_pay(tmp_path: Path, form: str) -> None:
    if form == "photo":
        _photo(tmp_path / "payslip.jpg")
    else:
        _pdf(tmp_path / "payslip.pdf")
    [doc] = read_documents(tmp_path, "en")
    item = classify_one(doc)
    assert item.type == "payslip", item
    e = extract(item, "en")
    assert e.fields.get("net_pay") == _NET.replace(" ", ""), e.fields
