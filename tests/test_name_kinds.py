"""The kind of a name, checked before it is given (r18-names): a title line is no issuer, a title run on after an
organisation's name is cut off, a greeting's family name is read whole where the address block prints it with the
title and given names, a one-word name beside its label is a name to confirm, and a statement's institution named
without the word "bank" is its letterhead's company when the page prints it again.

The documents come from tests/namekindgen.py (invented names and wording), drawn as born-digital PDFs and, for
some, scanned or photographed and read by Tesseract; read, classified and extracted as ``packet check`` does. Each
test failed on main before this branch (515701c): the issuer was "CESSATION OF SERVICE", the employer the whole
title line, the person "Du Plessis-Ward", the employee and the bank None.
"""

from __future__ import annotations

import re
from pathlib import Path

import namekindgen as gen
import pytest
from fixtures_reading import read_documents

from packet.core.model import UNCERTAIN_BELOW
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.unlabelled import title_cut


def _key(s: str | None) -> str:
    """A name as the accuracy bench compares it: no case, spaces or punctuation."""
    return re.sub(r"[\s.,·'\-()（）]", "", s or "").casefold()


def _fields(folder: Path, language: str, want_type: str):
    [read] = read_documents(folder, language)
    item = classify_one(read)
    assert item.type == want_type
    e = extract(item, language)
    return e.fields, e.evidence


def _pdf(tmp_path: Path, runs, name: str = "doc.pdf") -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    return gen.draw(runs, folder / name)


# --- a title is no name ---------------------------------------------------------------------------------------

def test_a_title_with_a_public_bodys_shape_is_no_issuer_the_letterhead_is(tmp_path: Path) -> None:
    """"CESSATION OF SERVICE LETTER" under the letterhead: "… OF SERVICE" has the shape of a public body's name
    ("Employment Service"), but its line is the document's title; the issuer is the company at the head (its
    legal form W.L.L., Bahrain's)."""
    pdf = _pdf(tmp_path, gen.service_letter())
    fields, evidence = _fields(pdf.parent, "en", "unemployment_proof")
    assert _key(fields["issuer"]) == _key("HALVERN COPPERWORKS W.L.L."), fields
    assert evidence["issuer"].confidence < 0.9


def test_the_same_letter_scanned(tmp_path: Path) -> None:
    pdf = gen.draw(gen.service_letter(), tmp_path / "src.pdf")
    folder = tmp_path / "case"
    gen.scan(pdf, folder)
    fields, _ = _fields(folder, "en", "unemployment_proof")
    assert _key(fields["issuer"]) == _key("HALVERN COPPERWORKS W.L.L."), fields


def test_words_inside_a_title_are_in_it_a_name_set_apart_is_not() -> None:
    from packet.understanding.unlabelled import in_title

    text = "CESSATION OF SERVICE LETTER"
    assert in_title(text, 0, len("CESSATION OF SERVICE"))
    text = "Employment Service — Notice of Determination"
    assert not in_title(text, 0, len("Employment Service"))
    assert not in_title("Texas Workforce Commission", 0, len("Texas Workforce Commission"))


# --- a title run on after the organisation's name is cut where it begins --------------------------------------

def test_a_chinese_title_run_on_after_the_outlet_is_cut_at_its_head_noun() -> None:
    assert title_cut("荆门顺达物流东宝网点配送员月度计件结算单") == "荆门顺达物流东宝网点"
    # a head of two characters before one of one: 社 of 社保 is inside the title's word
    assert title_cut("盛和纺织有限公司社保缴费明细单") == "盛和纺织有限公司"
    # a name that ends in its head noun is a name, whatever noun it holds
    assert title_cut("江城票据服务中心") == "江城票据服务中心"
    # a title alone: nothing to cut at, the cell stays as printed (the callers refuse it as a title)
    assert title_cut("月度计件结算单") == "月度计件结算单"


def test_the_outlets_sheet_names_the_outlet_not_its_title(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, gen.outlet_sheet())
    fields, evidence = _fields(pdf.parent, "zh", "payslip")
    assert fields["employer"] == "荆门顺达物流东宝网点", fields
    assert evidence["employer"].confidence < UNCERTAIN_BELOW  # found by its prominence: the user confirms it


def test_the_outlets_sheet_photographed(tmp_path: Path) -> None:
    pdf = gen.draw(gen.outlet_sheet(), tmp_path / "src.pdf")
    folder = tmp_path / "case"
    gen.photo(pdf, folder)
    fields, _ = _fields(folder, "zh", "payslip")
    assert fields["employer"] == "荆门顺达物流东宝网点", fields


# --- a person's name keeps its title and given names --------------------------------------------------------

def test_a_greeted_family_name_is_read_whole_from_the_address_block(tmp_path: Path) -> None:
    """"Dear Mr Du Plessis-Ward" names the family name; "Mr Tobias R. Du Plessis-Ward" beside the date names him
    whole, title and initial kept as printed."""
    pdf = _pdf(tmp_path, gen.greeted_letter())
    fields, _ = _fields(pdf.parent, "en", "unemployment_proof")
    assert fields["person"] == "Mr Tobias R. Du Plessis-Ward", fields


def test_the_same_letter_scanned_keeps_the_whole_name(tmp_path: Path) -> None:
    pdf = gen.draw(gen.greeted_letter(), tmp_path / "src.pdf")
    folder = tmp_path / "case"
    gen.scan(pdf, folder, dpi=170)
    fields, _ = _fields(folder, "en", "unemployment_proof")
    assert _key(fields["person"]) == _key("Mr Tobias R. Du Plessis-Ward"), fields


def test_one_word_name_beside_its_label_is_read_to_confirm(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, gen.one_word_payslip())
    fields, evidence = _fields(pdf.parent, "en", "payslip")
    assert fields["employee"] == "Farid", fields
    assert evidence["employee"].confidence < UNCERTAIN_BELOW


# --- the next evidence when no bank's word names the institution ----------------------------------------------

def test_a_lender_named_without_bank_is_its_letterhead_printed_again(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, gen.lender_statement())
    fields, evidence = _fields(pdf.parent, "en", "bank_statement")
    assert fields["bank"] == "Marlowe&co limited", fields
    assert evidence["bank"].confidence < UNCERTAIN_BELOW
    assert fields["account_holder"] == "Jane Okoro"


@pytest.mark.parametrize("form", ["text", "scan"])
def test_the_holders_own_company_at_the_head_is_no_bank(tmp_path: Path, form: str) -> None:
    """A business account's statement headed by the holder's company, printed again as the customer: never the
    bank (and the holder stays)."""
    if form == "text":
        folder = _pdf(tmp_path, gen.lender_statement(holder_company=True)).parent
    else:
        folder = tmp_path / "case"
        gen.scan(gen.draw(gen.lender_statement(holder_company=True), tmp_path / "src.pdf"), folder)
    fields, _ = _fields(folder, "en", "bank_statement")
    assert fields["bank"] is None, fields
