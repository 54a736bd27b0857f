"""Statements nobody printed a header row for, found by their rows (branch r18-ledger): dated rows whose amounts
chain as a running balance make a ledger, whether each row is one line (a passbook printer's fixed columns, dated
"dd-mm-yy") or two (a banking app's entry: the amount above or below the dated line, the balance on either), newest
first or oldest first. Pictures from :mod:`screenledgergen`, as screenshots and as photos, read by the real OCR.

On main every app screen below was typed other (each entry's amount and balance sit on two lines, so no row carried
both), and every passbook page too ("28-09-26" was read as no date); the look-alikes stayed other and must still."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import screenledgergen as gen

from packet.case.casefile import Case, Request
from packet.core.model import UNCERTAIN_BELOW, Word
from packet.reading.ingest import read_case
from packet.understanding import tables
from packet.understanding.classify import classify_one, structures
from packet.understanding.extract import extract
from packet.understanding.label_geometry import Line

STATEMENTS = {
    "app-en-light-above": lambda: gen.app_screen(1, "en", False, "amount_above"),
    "app-en-dark-below": lambda: gen.app_screen(2, "en", True, "balance_below"),
    "app-zh-light-above": lambda: gen.app_screen(3, "zh", False, "amount_above"),
    "app-zh-dark-below": lambda: gen.app_screen(4, "zh", True, "balance_below"),
    "book-wd": lambda: gen.passbook(5, "wd"),
    "book-drcr": lambda: gen.passbook(6, "drcr"),
}
LOOKALIKES = {
    "rent": lambda: gen.rent_account(7),
    "loan": lambda: gen.loan_schedule(8),
    "points": lambda: gen.points_history(9),
    "topup": lambda: gen.topup_history(10),
}
PHOTOGRAPHED = ("app-en-light-above", "app-zh-dark-below", "book-wd", "rent", "topup")


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{name: (the Picture made, its Extracted, its structures)}: every picture as a screenshot (PNG) and the
    :data:`PHOTOGRAPHED` ones also as a photo (JPEG, name suffixed "-photo"), read as an English and a Chinese case."""
    made = {**{k: f() for k, f in STATEMENTS.items()}, **{k: f() for k, f in LOOKALIKES.items()}}
    out = {}
    for lang in ("en", "zh"):
        root = tmp_path_factory.mktemp(f"ledger-{lang}") / "case"
        root.mkdir()
        wanted = {}
        for name, pic in made.items():
            if ("-zh-" in name) != (lang == "zh"):
                continue
            pic.image.save(root / f"{name}.png")
            wanted[name] = pic
            if name in PHOTOGRAPHED:
                gen.photo(pic.image, len(name)).save(root / f"{name}-photo.jpg", quality=85)
                wanted[f"{name}-photo"] = pic
        case = Case(root=root, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                               else "zh-stop-collection"))
        got = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=1)
        assert not got.errors
        for d in got.documents:
            name = Path(d.rel).stem
            out[name] = (wanted[name], extract(classify_one(d, case), lang), structures(d))
    return out


def _forms(name: str) -> list[str]:
    return [name, f"{name}-photo"] if name in PHOTOGRAPHED else [name]


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_a_statement_without_a_header_row_is_found_by_its_rows(read, name: str) -> None:
    """Typed bank_statement by its chaining rows; the closing balance is the newest entry's balance (on a photo,
    where OCR may lose the newest row's figures, that balance or none: never the balance of the row before)."""
    for form in _forms(name):
        pic, got, shapes = read[form]
        assert "ledger" in shapes, (form, sorted(shapes))
        assert got.type == "bank_statement", (form, got.type, sorted(shapes))
        wanted = (f"{pic.closing:.2f}", None) if form.endswith("-photo") else (f"{pic.closing:.2f}",)
        assert got.fields.get("closing_balance") in wanted, (form, got.fields)


@pytest.mark.parametrize("name", ["app-zh-light-above", "app-zh-dark-below"])
def test_a_screen_gives_its_rows_span_as_a_period_to_confirm(read, name: str) -> None:
    """A screen printing no period, its entries dated with their year: the first and last entry dates stand for
    the period, below the confidence at which the user is asked to confirm (an app shows the entries scrolled into
    view, not a statement period's)."""
    pic, got, _ = read[name]
    assert got.fields.get("period_start") == pic.first.isoformat(), got.fields
    assert got.fields.get("period_end") == pic.last.isoformat(), got.fields
    assert got.evidence["period_start"].confidence < UNCERTAIN_BELOW


@pytest.mark.parametrize("name", ["book-wd", "book-drcr"])
def test_a_passbook_page_gives_its_rows_span(read, name: str) -> None:
    """The first and last rows' dates (a passbook page prints no period), the account from the printer's top line
    (a bank's account form: its abbreviation, then seven digits or more) and the bank printed over the rows."""
    for form in _forms(name):
        pic, got, _ = read[form]
        assert got.fields.get("account_number", "").endswith(pic.tail), (form, got.fields)
        assert got.fields.get("bank", "").casefold() == pic.bank.casefold(), (form, got.fields)
        assert got.fields.get("period_start") == pic.first.isoformat(), (form, got.fields)
        assert got.fields.get("period_end") == pic.last.isoformat(), (form, got.fields)


@pytest.mark.parametrize("name", ["app-en-light-above", "app-en-dark-below"])
def test_a_screen_gives_its_masked_account(read, name: str) -> None:
    pic, got, _ = read[name]
    assert got.fields.get("account_number") == pic.tail, got.fields


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_a_lookalike_with_a_running_figure_stays_other(read, name: str) -> None:
    for form in _forms(name):
        _, got, shapes = read[form]
        assert got.type == "other", (form, got.type, sorted(shapes))


# --- the rows' mechanism on lines made by hand (no OCR) ---------------------------------------------------------


def _lines(texts: list[str]) -> list[Line]:
    return [Line(0, k, (Word(t, (0.05, 0.02 + k * 0.03, 0.95, 0.04 + k * 0.03)),)) for k, t in enumerate(texts)]


def test_two_line_entries_chain_newest_first() -> None:
    book = tables.ledger(_lines([
        "Grocer -$12.40", "2026-10-09 08:00 Balance $487.60",
        "Wages +$300.00", "2026-10-07 09:10 Balance $500.00",
        "Fuel -$50.00", "2026-10-05 17:45 Balance $200.00",
        "Rent -$250.00", "2026-10-02 12:00 Balance $250.00",
        "Card fee -$2.00", "2026-10-01 10:00 Balance $500.00"]), True)
    assert book is not None and book.confirmed and book.screen
    assert book.closing == Decimal("487.60")
    assert (book.first, book.last) == (date(2026, 10, 1), date(2026, 10, 9))


def test_two_line_entries_that_do_not_chain_make_no_ledger() -> None:
    """The same shape whose figures do not follow one from another (a list of payments with a points total)."""
    book = tables.ledger(_lines([
        "Grocer -$12.40", "2026-10-09 08:00 Total $87.60",
        "Wages +$300.00", "2026-10-07 09:10 Total $500.00",
        "Fuel -$50.00", "2026-10-05 17:45 Total $210.00",
        "Rent -$250.00", "2026-10-02 12:00 Total $950.00"]), True)
    assert book is None or not book.confirmed


def test_passbook_rows_dated_with_a_two_digit_year() -> None:
    """Month first when a row says so ("10-28-26"); day first when a row says so ("28-10-26")."""
    day_first = tables.ledger(_lines([
        "28-09-26 BAL FWD 1,000.00", "03-10-26 CASH WDL 300.00 700.00", "15-10-26 SALARY 900.00 1,600.00",
        "21-10-26 TRF 100.00 1,500.00"]), False)
    assert day_first is not None and day_first.confirmed
    assert (day_first.first, day_first.last) == (date(2026, 9, 28), date(2026, 10, 21))
    month_first = tables.ledger(_lines([
        "09-28-26 BAL FWD 1,000.00", "10-03-26 CASH WDL 300.00 700.00", "10-15-26 SALARY 900.00 1,600.00",
        "10-21-26 TRF 100.00 1,500.00"]), True)
    assert (month_first.first, month_first.last) == (date(2026, 9, 28), date(2026, 10, 21))


def test_a_newest_entry_whose_amount_was_lost_leaves_the_closing_balance_unsure() -> None:
    """The newest entry's amount lost by OCR (its line shows no figure): its balance does not chain, and the entry
    before it is no closing balance (independent set 8's app screen gave 7,530.85 for 7,532.22 at 0.86)."""
    book = tables.ledger(_lines([
        "Interest", "2026-10-31 18:22 Balance $7,532.22",
        "Transfer out -$1,800.00", "2026-10-24 15:32 Balance $7,530.85",
        "Online shop -$236.50", "2026-10-19 08:55 Balance $9,330.85",
        "Card repayment -$1,560.00", "2026-10-14 20:11 Balance $9,567.35",
        "Takeaway -$58.00", "2026-10-09 12:03 Balance $11,127.35",
        "Grocer -$8.00", "2026-10-05 12:03 Balance $11,185.35"]), True)
    assert book is not None and book.confirmed
    assert book.closing is None
