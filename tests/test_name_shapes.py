"""Names of shapes the name checks refused.

Names that repeat a word are names: a father's or a grandfather's given name chained after one's own ("Mohamed
Ahmed Mohamed", Somali and Sudanese usage), an Arabic or Malay lineage ("Abdullah bin Ahmed bin Saeed"), a doubled
given name in pinyin ("Li Li", 李莉), a Vietnamese name whose family name is a middle name too ("Nguyen Thi Thu
Nguyen"). ``sane_name`` used to refuse every value with a word printed twice (meant for "VOID VOID VOID"), so each of
these payslips and statements lost its employee or holder: a placeholder repeats one word three times or more, and
a name read twice along a line repeats a whole block; one repeated word is neither.

Names with Latin letters that no accent makes (Polish Ł, Norwegian Ø and Æ, Icelandic Ð and Þ, German ß, Turkish ı,
Croatian Đ): the shape checks see names through ``plain_latin``, which took accents off but left these letters as
they were, so "Łukasz Wróbel" was no name at all and "Ole Gunnar Solskjær" lost its family name.

Text pages (tests/textdoc.py) through the real extraction, and a payslip photographed and read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_sheet
from photo_forms import Sheet
from textdoc import make_doc

from packet.core.text import plain_latin
from packet.understanding.extract import read_fields_evidence, sane_name

PAY = ("Gulf Coast Marine Services LLC\nPayslip for the month of November 2026\nEmployee Name: {name}\nStaff No: 40417\n"
       "Basic Salary 4,200.00\nHousing Allowance 1,000.00\nGross Pay 5,200.00\nDeductions 260.00\nNet Pay 4,940.00\n")
STMT = ("Harbour Commercial Bank\nStatement of Account\nAccount Name: {name}\nAccount No: 0123 4567 8901\n"
        "Period: 01/11/2026 to 30/11/2026\nDate Description Debit Credit Balance\n"
        "01/11/2026 Opening balance 1,000.00\n05/11/2026 Salary 4,940.00 5,940.00\n"
        "20/11/2026 Rent 2,000.00 3,940.00\nClosing Balance 3,940.00\n")
NAMES = ["Mohamed Ahmed Mohamed", "Abdullah bin Ahmed bin Saeed", "Li Li", "Nguyen Thi Thu Nguyen",
         "Faisal Hamad Faisal Al Marri", "Łukasz Wróbel", "Małgorzata Dąbrowska", "Ole Gunnar Solskjær",
         "Øyvind Ødegård", "Dóra Guðmundsdóttir", "Ævar Þórsson", "Jürgen Großmann", "Đorđe Marković"]


def test_letters_with_strokes_and_ligatures_are_plain_letters() -> None:
    assert plain_latin("Łukasz Solskjær Þórsson Guðmundsdóttir Großmann Yılmaz Đorđe Œuvre") == \
        "Lukasz Solskjar Torsson Gudmundsdottir Grosmann Yilmaz Dorde Ouvre"
    assert plain_latin("Ciarán 中文 1,2 ¥") == "Ciaran 中文 1,2 ¥"  # one character for each: offsets hold


@pytest.mark.parametrize("name", NAMES)
def test_a_name_repeating_a_word_is_read(name: str) -> None:
    pay, _ = read_fields_evidence("payslip", make_doc(PAY.format(name=name)).pages, "en")
    stmt, _ = read_fields_evidence("bank_statement", make_doc(STMT.format(name=name)).pages, "en")
    assert pay["employee"] == name
    assert stmt["account_holder"] == name


@pytest.mark.parametrize("value", ["VOID VOID VOID", "VOID VOID", "XXXX XXXX", "Jane Smith Jane Smith",
                                   "Name Name Name"])
def test_placeholders_and_doubled_readings_are_no_names(value: str) -> None:
    assert sane_name(value) is None
    pay, _ = read_fields_evidence("payslip", make_doc(PAY.format(name=value)).pages, "en")
    assert pay["employee"] is None


def test_the_payslip_photographed(tmp_path: Path) -> None:
    s = Sheet("repeated-name-en", "en")
    s.text(150, 50, "Gulf Coast Marine Services LLC", 13, "sans", "centre")
    s.text(150, 72, "Payslip for the month of November 2026", 10, "sans", "centre")
    s.text(30, 100, "Employee Name: Mohamed Ahmed Mohamed", 10)
    s.text(30, 118, "Staff No: 40417", 10)
    s.text(30, 142, "Basic Salary            4,200.00", 10)
    s.text(30, 160, "Housing Allowance       1,000.00", 10)
    s.text(30, 178, "Gross Pay               5,200.00", 10)
    s.text(30, 196, "Deductions                260.00", 10)
    s.text(30, 220, "Net Pay                 4,940.00", 10)
    item = read_sheet(s, "photo", tmp_path / "case", 5)
    assert item.type == "payslip"
    assert item.fields["employee"] == "Mohamed Ahmed Mohamed"
