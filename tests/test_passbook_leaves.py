"""A passbook photographed open on both leaves (branch r23-passbook): its rows are a bank statement's by their
balances chaining, whatever the page's words.

On main independent 19's 农信社 passbook was typed other, for two reasons together: (1) each row starts with the
book's printing-line number ("13 261001 承前 1,468.54"; "2 14 261003 …" where OCR joins both leaves' numbers), so
no row read as dated by digits run together (yymmdd); (2) OCR reads across both leaves, so the newer leaf's rows
(higher on the page) come before the older leaf's, and the dates run in two runs, not in one date order. Once
typed, the statement still did not count for its case: its account is the card number printed alone over the rows
("6229512003781146907", no label; :func:`packet.understanding.extract.account_form` now takes a card-shaped number
alone on a heading line). Independent 19's credit-union passbook (English) stays other: Tesseract reads only its
dates and descriptions from the dim photo (no figure, no heads, not the union's name), so no structure is there to
find; that is the reading's to mend, not the classifier's. Pictures
from :mod:`passbookleavesgen`, photographed (:func:`screenledgergen.photo`) and read by the real OCR that a
Chinese case gets (``--ocr-engine auto``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import passbookleavesgen as gen
import pytest
import screenledgergen

from packet.case.casefile import Case, Request
from packet.core.model import Word
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding import tables
from packet.understanding.classify import classify_one, structures
from packet.understanding.extract import account_form, extract
from packet.understanding.label_geometry import Line

BOOKS = {"leaves-1": (1, True), "leaves-4": (4, True), "stockbook-2": (2, False), "stockbook-5": (5, False)}


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{name: (the Book drawn, its Extracted, its structures)}, each book photographed and read as a Chinese case."""
    root = tmp_path_factory.mktemp("leaves") / "case"
    root.mkdir()
    made = {}
    for name, (seed, chained) in BOOKS.items():
        made[name] = gen.open_passbook(seed, chained)
        screenledgergen.photo(made[name].image, seed).save(root / f"{name}.jpg", quality=85)
    case = Case(root=root, request=Request(language="zh", checklist="zh-stop-collection"))
    got = read_case(case, languages="chi_sim+eng", jobs=1, engine=choose("auto", "zh"))
    assert not got.errors
    return {d.rel.rsplit(".", 1)[0]: (made[d.rel.rsplit(".", 1)[0]], extract(classify_one(d, case), "zh"),
                                      structures(d)) for d in got.documents}


@pytest.mark.parametrize("name", ["leaves-1", "leaves-4"])
def test_an_open_passbook_is_a_statement_by_its_chain(read, name: str) -> None:
    book, got, shapes = read[name]
    assert "ledger" in shapes, sorted(shapes)
    assert got.type == "bank_statement", (got.type, sorted(shapes))
    assert got.fields.get("closing_balance") in (f"{book.closing:.2f}", None), got.fields
    assert got.fields.get("account_number") == book.card, got.fields  # printed alone over the rows
    assert got.evidence["account_number"].confidence < 0.9  # a shape and a place, no label


@pytest.mark.parametrize("name", ["stockbook-2", "stockbook-5"])
def test_the_same_leaves_whose_figures_do_not_chain_stay_other(read, name: str) -> None:
    _, got, shapes = read[name]
    assert "ledger" not in shapes, sorted(shapes)
    assert got.type == "other", (got.type, sorted(shapes))


# --- the mechanism on lines made by hand (no OCR): independent 19's rows as OCR read them ------------------------


def _lines(texts: list[str]) -> list[Line]:
    return [Line(0, k, (Word(t, (0.05, 0.02 + k * 0.03, 0.95, 0.04 + k * 0.03)),)) for k, t in enumerate(texts)]


LEAVES = ["13 261001 承前 1,468.54", "2 14 261003 取现 600.00 868.54 0412", "15 261009 转支 350.00 518.54 0412",
          "16 261015 代缴 72.30 446.24 9001", "17 261021 存现 500.00 946.24 0415", "20", "21",
          "10 260921 转存 200.00 1,467.52 22", "11 260930 结息 1.02 1,468.54 23", "12 24"]


def test_numbered_rows_on_two_leaves_make_a_ledger_in_date_order() -> None:
    book = tables.ledger(_lines(LEAVES), True)
    assert book is not None and book.confirmed
    assert (book.first, book.last) == (date(2026, 9, 21), date(2026, 10, 21))
    assert book.closing == Decimal("946.24")


def test_a_line_number_before_a_compact_date_is_skipped() -> None:
    assert tables.compact_day("13 261001 承前 1,468.54") == date(2026, 10, 1)
    assert tables.compact_day("2 14 261003 取现 600.00") == date(2026, 10, 3)
    assert tables.compact_day("123 261003 x 1.00") is None  # three digits are no printing line's number
    assert tables.compact_day("1 2 3 261003 x 1.00") is None  # nor three numbers


def test_two_runs_whose_figures_do_not_chain_make_no_ledger() -> None:
    rows = [t.replace("868.54", "861.00").replace("518.54", "512.10").replace("446.24", "431.90")
            .replace("946.24", "991.70").replace("1,468.54", "1,470.00") for t in LEAVES]
    book = tables.ledger(_lines(rows), True)
    assert book is None or not book.confirmed


def test_three_runs_are_no_two_leaves() -> None:
    """Rows in date order in three runs (no two leaves read across) are left to the usual reading, even chaining."""
    rows = ["15 261009 转支 350.00 518.54", "16 261015 代缴 72.30 446.24",
            "13 261001 承前 1,468.54", "14 261003 取现 600.00 868.54",
            "10 260921 转存 200.00 1,467.52", "11 260930 结息 1.02 1,468.54"]
    book = tables.ledger(_lines(rows), True)
    assert book is None or not book.confirmed


def test_a_card_number_alone_on_a_line_is_the_account() -> None:
    """A line holding nothing but a card-shaped number (16–19 digits, the ISO/IEC 7812-1 industry digit 3–6) among
    the heading lines; a number of another first digit, or one with words beside it, is not taken so."""
    head = ["鹤壁市淇滨农村信用合作联社", "日期 摘要 支出 存入 余额"]
    assert account_form(_lines([*head, "6229512003781146907", *LEAVES]), [], []) == "6229512003781146907"
    assert account_form(_lines([*head, "6229 5120 0378 1146", *LEAVES]), [], []) == "6229512003781146"
    assert account_form(_lines([*head, "2026100112345678901", *LEAVES]), [], []) is None  # no card begins with 2
    assert account_form(_lines([*head, "合同号 6229512003781146907", *LEAVES]), [], []) is None
