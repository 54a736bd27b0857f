"""Two mechanisms from independent set 21, read after it was judged (now a development set):

- a name written in Chinese characters with a middle dot between its parts — a transliterated name, as Uyghur,
  Kazakh, Tibetan and foreign names are written (阿依古丽·吐尔逊, 买买提·艾力) — is a name of up to four parts of one
  to eight characters; the patient and the holder were not found (any Chinese name longer than five characters was
  refused), so a complete case was told its bank statement and medical bill were missing;
- a statement's rows dated "11/02" … "11/30" under a heading month (活期存款对账单（2026年11月）) cover that month: the
  month shown decides whether the rows read day-first or month-first (day-first, 11/02 was 11 February and the
  rows left the month, so no period was found).

Pages from text (tests/textdoc.py) and a scan read by PP-OCR through the real stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_forms import Sheet, write
from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract, p_name, read_fields_evidence

BILL = "伊宁市友谊路人民医院\n住院费用清单\n姓名{sep}{name} 住院号 ZY2026110372\n科室 内分泌科 入院日期 2026-11-11\n合计 1,000.00"


@pytest.mark.parametrize("name", ["阿依古丽·吐尔逊", "买买提·艾力", "扎西·次仁", "玛丽亚·安娜·罗西"])
@pytest.mark.parametrize("sep", [" ", "："])
def test_a_name_with_a_middle_dot_is_the_patient(name: str, sep: str) -> None:
    fields, evidence = read_fields_evidence("medical_bill", make_doc(BILL.format(sep=sep, name=name)).pages, "zh")
    assert fields["patient"] == name


def test_a_dotted_name_keeps_its_shape() -> None:
    assert p_name("阿依古丽·吐尔逊住院号 ZY2026110372") == "阿依古丽·吐尔逊"  # the next label run on is cut
    assert p_name("·吐尔逊") is None and p_name("阿依古丽·") == "阿依古丽"  # a dot with no part after it is dropped
    assert p_name("王秀英 住院号") == "王秀英"  # names without a dot as before


STATEMENT = ("伊犁河农村商业银行\n活期存款对账单（2026年11月）\n户名：阿依古丽·吐尔逊\n账号:6224180733604419\n"
             "日期 摘要 支取 存入 余额\n上月结存 1,326.78\n11/02 POS消费 86.00 1,240.78\n11/04 网银转出 500.00 740.78\n"
             "11/09 代缴电费 74.35 666.43\n11/15 代发工资 4,012.60 4,679.03\n11/30 POS消费 37.50 4,641.53\n本月余额 4,641.53")


def test_rows_month_first_under_a_heading_month_cover_the_month() -> None:
    fields, _ = read_fields_evidence("bank_statement", make_doc(STATEMENT).pages, "zh")
    assert (fields["period_start"], fields["period_end"]) == ("2026-11-01", "2026-11-30")
    assert fields["account_holder"] == "阿依古丽·吐尔逊"
    # rows outside the heading's month both ways: no period from the heading
    other = STATEMENT.replace("（2026年11月）", "（2026年10月）")
    fields, _ = read_fields_evidence("bank_statement", make_doc(other).pages, "zh")
    assert fields["period_start"] != "2026-10-01"


def test_a_scanned_bill_names_its_dotted_patient(tmp_path: Path) -> None:
    s = Sheet("dotted-zh", "zh")
    s.text(150, 50, "伊宁市友谊路人民医院", 14, "cjk", "centre")
    s.text(150, 72, "住院费用清单", 12, "cjk", "centre")
    s.text(30, 100, "姓名  阿依古丽·吐尔逊      住院号  ZY2026110372", 10, "cjk")
    s.text(30, 120, "项目名称        数量      单价       金额", 10, "cjk")
    s.text(30, 140, "床位费          9         45.00      405.00", 10, "cjk")
    s.text(30, 160, "护理费          9         28.00      252.00", 10, "cjk")
    s.text(30, 185, "合计金额                             657.00", 10, "cjk")
    path = write(s, "scan", tmp_path / "case", "bill", 5)
    case = Case(root=path.parent, request=Request(language="zh", checklist="zh-stop-collection"))
    got = read_case(case, languages="chi_sim+eng", jobs=1, engine=choose("auto", "zh"))
    item = extract(classify_one(got.documents[0], case), "zh")
    assert item.type == "medical_bill"
    assert item.fields["patient"] == "阿依古丽·吐尔逊"
