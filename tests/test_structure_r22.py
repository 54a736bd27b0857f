"""Particulars read by the page's structure (branch r22-structure; independent set 17, read after it was judged):
a box's caption in its top-left corner with its entry under it, a date's digits in boxes of their own, a grid whose
short caption stands close to its entry (the columns the rows round it print part them), and a table of months
whose average the document states. Pages of :mod:`structuregen` as text PDFs and scans (real Tesseract or PP-OCR),
read by the real stages; on main each of these fields was None."""

from __future__ import annotations

from pathlib import Path

import pytest
import structuregen as sg
from photo_forms import write

from packet.case.casefile import Case, Request
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.label_geometry import Line, boxed_date, grid_cuts, synth_words


def _read(tmp_path: Path, sheet, form: str, seed: int = 0):
    path = write(sheet, form, tmp_path / "case", "doc", seed)
    lang = sheet.language
    case = Case(root=path.parent, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                                  else "zh-stop-collection"))
    got = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=1, engine=choose("auto", lang))
    return extract(classify_one(got.documents[0], case), lang)


@pytest.mark.parametrize("form", ["text", "scan"])
@pytest.mark.parametrize("seed", [0, 1])
def test_names_in_boxes_under_their_captions(tmp_path: Path, seed: int, form: str) -> None:
    sheet = sg.leaver_form(seed)
    got = _read(tmp_path, sheet, form, seed)
    assert got.type == "unemployment_proof"
    assert got.fields["person"] == sheet.truth["person"]
    assert got.evidence["person"].confidence < 0.9


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_leaving_date_in_digit_boxes(tmp_path: Path, seed: int) -> None:
    sheet = sg.leaver_form(seed)
    got = _read(tmp_path, sheet, "text")
    assert got.fields["date"] == sheet.truth["date"]


@pytest.mark.parametrize("form", ["text", "scan"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_short_caption_close_to_its_entry_in_a_grid(tmp_path: Path, seed: int, form: str) -> None:
    sheet = sg.pay_grid(seed)
    got = _read(tmp_path, sheet, form, seed)
    assert got.type == "payslip"
    assert got.fields["employee"] == sheet.truth["employee"]
    assert got.evidence["employee"].confidence < 0.9


@pytest.mark.parametrize("maker", [sg.months_certificate_zh, sg.months_letter_en], ids=["zh", "en"])
@pytest.mark.parametrize("form", ["text", "scan"])
def test_monthly_income_is_the_average_of_a_table_of_months(tmp_path: Path, maker, form: str) -> None:
    sheet = maker(0)
    got = _read(tmp_path, sheet, form)
    assert got.type == "income_proof"
    assert got.fields["monthly_income"] == sheet.truth["monthly_income"]
    assert got.evidence["monthly_income"].confidence < 0.9


# --- the mechanisms alone, on lines made from text -------------------------------------------------------------


def _lines(text: str) -> list[Line]:
    words = synth_words(text, char_w=0.008)  # three spaces: 0.024 of the width, narrower than a cell's gap
    out: dict[int, list] = {}
    for w in words:
        out.setdefault(w.line, []).append(w)
    return [Line(0, i, tuple(ws)) for i, ws in sorted(out.items())]


def test_a_column_start_of_the_next_row_cuts_a_cell() -> None:
    lines = _lines("Employee   Nomsa Cele       Staff no.      AB12\nGrade      C2               Tax no.        991")
    assert lines[0].cells()[0][-1].text == "Cele"  # one cell: "Employee   Nomsa Cele"
    assert grid_cuts(lines)[0] == (lines[0].words[1].box[0],)  # "Nomsa" starts where "C2" does
    assert not any(grid_cuts(_lines("Employee   Nomsa Cele went home early today\nand stayed there till noon")))
    # the column the row below starts must be one this row's cell starts with too
    assert not any(grid_cuts(_lines("Employee   Nomsa Cele       Staff no.      AB12\n"
                                    "      Grade      C2         Tax no.        991")))


def test_boxed_digits_follow_the_layout_their_caption_prints() -> None:
    cells = _lines("1 9      0 3      2 0 2 6")[0].cells()  # three cells: the gaps between boxes are wide
    assert boxed_date("DD MM YYYY", cells) == "2026-03-19"
    assert boxed_date("MM DD YYYY", cells) == "2026-19-03"  # as printed: the date parser refuses a 19th month
    assert boxed_date("", cells) == "19/03/2026"
    assert len(cells) == 3 and boxed_date("DD MM YYYY", _lines("1 9      0 3")[0].cells()) is None
    assert boxed_date("", _lines("19      03      2026")[0].cells()) is None  # no boxes: a digit a word
