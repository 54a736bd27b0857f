"""Gross pay found by the figures on a slip kept in whole units, under a label nobody listed (development set
independent 25's Pingtung slip: NT$ without decimals, deductions in brackets). With the net pay labelled and the
gross not, the gross is the figure above the net that the deductions printed between them add up to
(``extract._less_rows``); its rows counted only amounts with decimals or a currency mark, so "本薪 29,500" and
"勞保自付 (760)" broke the run. Figures grouped in thousands or in a deduction's brackets count too: the sum working
out to the unit is the proof, and the gross so found is uncertain (the user confirms it).

Text pages (tests/textdoc.py) through the real extraction."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

SLIP = ("海豐水產養殖有限公司\n屏東縣林邊鄉\n薪 資 單\n薪資月份：2026年11月\n姓名：林淑芬 職稱：養殖工\n項目 金額（NT$）\n"
        "本薪 29,500\n餵料津貼 2,000\n夜間巡池加給 3,200\n加班費 3,950\n{label} 38,650\n勞保自付 (760)\n健保自付 (466)\n"
        "員工借支 (2,000)\n宿舍水電 (350)\n實領金額 NT$35,074\n發薪日：2026/12/05\n")


@pytest.mark.parametrize("label", ["薪資小計", "合計"])
def test_an_unlisted_gross_label_is_found_by_the_figures(label: str) -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc(SLIP.format(label=label)).pages, "zh")
    assert (fields["gross_pay"], fields["net_pay"]) == ("38650.00", "35074.00")
    assert evidence["gross_pay"].confidence < 0.6  # found by its figures, not its label: the user confirms it


def test_the_listed_label() -> None:
    fields, evidence = read_fields_evidence("payslip", make_doc(SLIP.format(label="應領合計")).pages, "zh")
    assert fields["gross_pay"] == "38650.00"
    assert evidence["gross_pay"].confidence >= 0.6


def test_figures_that_do_not_add_up_give_no_gross() -> None:
    text = SLIP.format(label="薪資小計").replace("(466)", "(460)")
    fields, _ = read_fields_evidence("payslip", make_doc(text).pages, "zh")
    assert fields["gross_pay"] is None
