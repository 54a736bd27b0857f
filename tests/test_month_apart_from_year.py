"""A pay period printed as its month and its year apart, each after its own label: "所属月份：11月份  年度：2026"
(development set independent 25's Nankang wage strip). The month's cell said "11月份" (月份, "month's"), which the
month-and-year reading (``extract.month_in_cells``) did not take for a month, so the payslip had no period and a
complete case was told its income proof was missing.

Text pages (tests/textdoc.py) through the real extraction, and a photo read by Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_sheet
from photo_forms import Sheet
from textdoc import make_doc

from packet.understanding.extract import read_fields_evidence

SLIP = ("赣州市南康区恒木居家具有限公司\n工 资 条\n{period}\n姓名：刘桂英 工种：喷漆工\n应发合计 4309.20\n基本工资 2100.00\n"
        "计件工资 1621.20\n加班费 588.00\n个人社保 283.50\n伙食费 180.00\n实发工资 3845.70\n")


@pytest.mark.parametrize("period", ["所属月份：11月份     年度：2026", "月份：11月     年份：2026", "月份：11     年度：2026年"])
def test_the_month_and_the_year_under_their_labels(period: str) -> None:
    fields, _ = read_fields_evidence("payslip", make_doc(SLIP.format(period=period)).pages, "zh")
    assert fields["period"] == "2026-11"


def test_the_strip_photographed(tmp_path: Path) -> None:
    s = Sheet("month-apart-zh", "zh")
    s.text(150, 50, "赣州市南康区恒木居家具有限公司", 13, "cjk", "centre")
    s.text(150, 72, "工 资 条", 12, "cjk", "centre")
    s.text(30, 100, "所属月份：11月份      年度：2026", 10, "cjk")
    s.text(30, 120, "姓名：刘桂英     工种：喷漆工", 10, "cjk")
    s.text(30, 144, "应发合计        4309.20", 10, "cjk")
    s.text(30, 164, "个人社保         283.50", 10, "cjk")
    s.text(30, 184, "伙食费           180.00", 10, "cjk")
    s.text(30, 208, "实发工资        3845.70", 10, "cjk")
    item = read_sheet(s, "photo", tmp_path / "case", 6)
    assert item.type == "payslip"
    assert item.fields["period"] == "2026-11"
