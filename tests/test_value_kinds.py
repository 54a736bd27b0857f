"""Values of the right KIND (wave 14, precision): a label inside a sentence, a status under a name label, a wage
table headed by quarters and a pay row set left of its heads give no value — never a wrong one — and a Chinese name
with a rare family name that fills its cell between two labels is read.

Measured on :mod:`precisiongen` (text PDFs, six of each of its five layouts in each language: 60 documents, 228
fields), main d9cffe5 against this branch: seed 3, 157 -> 201 right, wrong values 52 -> 3; seed 4, 168 -> 204 right,
wrong 44 -> 2 (the wrong left: a strip whose row the text layer cut in two, a sign-off's "for" before the issuer).
No value wrong at >= 0.9 in either (the generator's wrong values stood at 0.5-0.86). On independent 9 this work removed
both values wrong at >= 0.9 ("各执一份)" as an issuer, from a footer's sentence).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from precisiongen import measure
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract


def _read(text: str, doc_type: str, language: str):
    return extract(Classified(make_doc(text), doc_type), language)


def test_a_label_inside_a_sentence_gives_no_issuer() -> None:
    got = _read("嘉兴市禾丰纺织有限公司\n解除劳动合同证明\n兹证明邵雨桐自2020年5月起在我公司任职，双方于2026年9月15日解除劳动合同。\n"
                "本证明一式三份，出具单位、劳动者及经办机构各存一份)\n嘉兴市禾丰纺织有限公司（盖章）\n2026年10月8日\n",
                "unemployment_proof", "zh")
    assert got.fields["issuer"] in (None, "嘉兴市禾丰纺织有限公司")
    assert got.fields["person"] != "各存一份"


def test_a_rare_family_name_between_two_labels_is_the_person_and_a_status_is_not() -> None:
    got = _read("失业保险金申领核定通知书\n姓名     庹明辉     性别     男\n"
                "终止/解除劳动关系日期 2026年8月31日\n成都市龙泉驿区人力资源和社会保障局\n2026年9月15日\n",
                "unemployment_proof", "zh")
    assert got.fields["person"] == "庹明辉"
    assert got.evidence["person"].confidence < 0.9  # a family name the gazetteer lacks: shown to confirm


def test_a_wage_table_headed_by_quarters_names_former_employers_not_the_issuer() -> None:
    got = _read("Bureau of Employment Security\nMonetary Determination\nClaimant: Niamh Costello\n"
                "Date mailed: 12 October 2026\n"
                "Employer                       Q4 2025     Q1 2026     Q2 2026\n"
                "Pemberton Hollow Joinery Ltd   5,759.00    5,666.00    4,148.00\n"
                "Corrib Valley Creamery Ltd     5,739.00    2,732.00    7,956.00\n",
                "unemployment_proof", "en")
    assert got.fields["issuer"] not in ("Pemberton Hollow Joinery Ltd", "Corrib Valley Creamery Ltd")
    # as OCR reads a scan of it: a speck after a heading, an l for a 1
    got = _read("Bureau of Employment Security\nMonetary Determination\nClaimant: Niamh Costello\n"
                "Employer                       Q4 2025 ©   Ql 2026     Q2 2026.\n"
                "Pemberton Hollow Joinery Ltd   5,759.00    5,666.00    4,148.00\n"
                "Corrib Valley Creamery Ltd     5,739.00    2,732.00    7,956.00\n",
                "unemployment_proof", "en")
    assert got.fields["issuer"] not in ("Pemberton Hollow Joinery Ltd", "Corrib Valley Creamery Ltd")


def test_a_row_set_left_of_its_heads_gives_the_current_amount_not_the_year_s() -> None:
    got = _read("Corrib Valley Creamery Ltd\nEmployee: Niamh Costello\nPay period: 10/2026\n"
                "Item                   Current          YTD\n"
                "Gross pay   5,120.00   40,960.00\n"
                "Net pay     4,505.60   36,044.80\n", "payslip", "en")
    assert got.fields["gross_pay"] == "5120.00"
    assert got.fields["net_pay"] == "4505.60"


def test_generated_distractors_give_no_wrong_value(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=3, per_layout=2, images=False)
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["types"] == got["docs"], got["failures"]
    assert got["wrong"] <= 1, got["failures"]


def test_a_strip_s_chinese_headings_name_their_values_in_order() -> None:
    got = _read("青禾县人民医院2026年10月工资发放明细\n发放月份：2026年10月\n"
                "工号  姓名    岗位工资    薪级工资    夜班费    应发合计    养老保险    个税    扣款合计    实发金额\n"
                "0417  覃雪梅  2,180.00  1,346.00  480.00  4,006.00  496.00  53.11  549.11  3,456.89\n", "payslip", "zh")
    assert got.fields["gross_pay"] == "4006.00"
    assert got.fields["net_pay"] == "3456.89"


@pytest.mark.parametrize("rate", ["24.25", None])
def test_rate_times_hours_names_the_amount_whatever_the_heads_say(tmp_path, rate):
    """A US earnings statement (hold-out 3): "GROSS WAGES 24.25 40.00 970.00" under RATE HOURS CURRENT, and a
    YEAR-TO-DATE head further right over the deductions table beside it. Pairing the row with its heads from the
    right took the hours (40.00) for the gross; the row's own figures (24.25 × 40.00 = 970.00) say which is the
    amount, and they come first. Without the rate (a photo's OCR lost it) the YEAR-TO-DATE head is the deductions':
    a second CURRENT head stands between it and the row's."""
    from fixtures_reading import read_documents
    from rolegen import Doc, draw

    from packet.core.model import Classified
    from packet.understanding.extract import extract

    doc = Doc("stub.pdf", "payslip", "en", [[
        (40, 40, "Harbour Freight Services LLC", 14), (40, 60, "EARNINGS STATEMENT", 12),
        (40, 90, "EMPLOYEE NAME", 8), (160, 90, "PAY PERIOD", 8), (260, 90, "PAY DATE", 8),
        (40, 102, "Tomas Brennan", 9), (160, 102, "01/08/19-01/14/19", 9), (260, 102, "01/15/19", 9),
        (40, 130, "INCOME", 8), (120, 130, "RATE", 8), (160, 130, "HOURS", 8), (200, 130, "CURRENT TOTAL", 8),
        (290, 130, "DEDUCTIONS", 8), (390, 130, "CURRENT TOTAL", 8), (480, 130, "YEAR-TO-DATE", 8),
        (40, 144, "GROSS WAGES", 9), *([(120, 144, rate, 9)] if rate else []), (160, 144, "40.00", 9),
        (200, 144, "970.00", 9),
        (290, 144, "FICA MED TAX", 9), (390, 144, "14.06", 9), (480, 144, "28.12", 9),
        (290, 158, "FED TAX", 9), (390, 158, "117.68", 9), (480, 158, "235.36", 9),
        (40, 190, "NET PAY", 9), (200, 190, "778.12", 9)]], {})
    draw(doc, tmp_path / doc.name)
    read = {d.rel: d for d in read_documents(tmp_path, "en")}
    got = extract(Classified(read["stub.pdf"], "payslip"), "en")
    assert got.fields["gross_pay"] == "970.00"
