"""A value ends where the next "label: value" pair of its line begins, even when the gap between them is too
narrow to cut the line into cells (a text layer or OCR joins CJK characters without the space between them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from textdoc import make_doc

from packet.core.model import Classified, Document, SourceFile
from packet.reading import ocr
from packet.understanding.extract import extract

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def fields(type_name: str, text: str, language: str) -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


@pytest.mark.parametrize(("type_name", "text", "language", "field", "expected"), [
    ("bank_statement", "瑞丰农商银行 对账单\n户名：赵春梅  账号：6230 5812 0077 4419  币种：人民币\n", "zh",
     "account_holder", "赵春梅"),
    ("payslip", "远航物流有限公司 工资条\n姓名：孙立伟  部门：仓储部  工号：3307\n", "zh", "employee", "孙立伟"),
    ("bank_statement", "Harbourside Bank\nAccount holder: Tomas Lindqvist  Account no: 55102983\n", "en",
     "account_holder", "Tomas Lindqvist"),
])
def test_a_value_stops_before_the_next_label_on_its_line(type_name, text, language, field, expected) -> None:
    assert fields(type_name, text, language)[field] == expected


def test_the_next_label_is_never_taken_for_the_value() -> None:
    # the holder's label is followed only by another label: no name at all, not the label's words
    got = fields("bank_statement", "瑞丰农商银行 对账单\n户名：账号：6230 5812 0077 4419\n", "zh")
    assert got["account_holder"] is None


def test_read_by_ocr_from_a_scanned_line() -> None:
    """The same from real Tesseract output of a drawn 300-dpi strip: the OCR joins 赵春梅 and 账号 into one run."""
    img = Image.new("L", (2000, 260), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(CJK_FONT, 42, index=0)
    draw.text((60, 40), "瑞丰农商银行 个人账户对账单", font=font, fill=0)
    draw.text((60, 150), "户名：赵春梅  账号：6230 5812 0077 4419", font=font, fill=0)
    page = ocr.ocr_image(img, number=1, languages="chi_sim+eng", dpi=300, engine="tesseract")
    assert "赵春梅" in page.text.replace(" ", "")
    src = SourceFile(path=Path("/nonexistent/scan.png"), rel="scan.png", size=1, sha256="0" * 64, kind="image",
                     fmt="png")
    doc = Document(source=src, pages=(page,), form="scan")
    got = dict(extract(Classified(doc, "bank_statement"), "zh").fields)
    assert got["account_holder"] == "赵春梅"
