"""A photographed grid's borders read as lines of "|" glyphs alone (seen on a phone photo of a Chinese bank statement in
independent set 9 after Pillow changed how the photo was rendered): such a line has no cell, and every reader that
looked at "the first cell of the next line" raised IndexError, so `packet check` ended in a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from packet.core.model import Classified, Document, Page, SourceFile, Word
from packet.understanding.extract import extract
from packet.understanding.label_geometry import lines_of


def _ocr_page(rows: list[list[tuple[str, float]]]) -> Page:
    """A page read by OCR: each row a list of (text, x0) with words 0.02 of the page wide per character."""
    words = []
    for li, row in enumerate(rows):
        y = 0.05 + li * 0.03
        for text, x in row:
            words.append(Word(text, (x, y, x + 0.02 * len(text), y + 0.02), 85.0, li))
    text = "\n".join("  ".join(t for t, _ in row) for row in rows)
    return Page(1, 595.0, 842.0, "ocr", text, tuple(words), confidence=85.0, dpi=200.0)


ROWS = [
    [("重庆渝北区两江汽车零部件制造有", 0.1)],
    [("|", 0.1), ("|", 0.5), ("¦", 0.9)],
    [("限公司", 0.1)],
    [("|", 0.1), ("│", 0.6)],
    [("证明", 0.4)],
]


def test_a_line_of_rules_alone_is_no_line():
    lines = lines_of(_ocr_page(ROWS))
    assert [ln.text for ln in lines] == ["重庆渝北区两江汽车零部件制造有", "限公司", "证明"]
    assert all(ln.cells() for ln in lines)
    assert [ln.index for ln in lines] == [0, 1, 2]


@pytest.mark.parametrize("doc_type", ["other", "unemployment_proof", "income_proof", "payslip", "bank_statement",
                                      "medical_bill"])
def test_extract_reads_a_page_with_rule_only_lines(doc_type):
    src = SourceFile(Path("/nonexistent/grid.jpg"), "grid.jpg", 1000, "0" * 64, "image", "jpeg")
    doc = Document(src, (_ocr_page(ROWS),), "photo")
    result = extract(Classified(doc, doc_type), "zh")  # raised IndexError before lines_of dropped rule-only lines
    assert result is not None
