"""A proof of income that states pay by the day and the days worked: a casual labourer's, a day worker's (零工,
日结) certificate, the common proof where there is no monthly wage ("日工资200元，每月出勤26天"; "a daily wage of
KES 800.00, working 6 days a week"). Before, no monthly income was found and a complete case was told an income
proof was missing. The monthly income is the day's pay × the days a month (or × the days a week × 52 / 12),
doubted, for the user to confirm; no number of days is ever assumed. Text pages (tests/textdoc.py) for each rule,
and a scan and a phone photo read by the real OCR engines through the real stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from photo_forms import Sheet, write
from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract, read_fields_evidence

CERT_ZH = ("收入证明\n兹证明王建国同志（身份证号：410102198503******）在我公司从事装卸工作，按日结算工资，{pay}\n"
           "特此证明。\n郑州市金水区顺达搬运服务有限公司\n2026年11月10日")
LETTER_EN = ("Kisii Tea Growers Co-operative Society Ltd\n12 November 2026\nTO WHOM IT MAY CONCERN\n"
             "This is to confirm that Mr. Evans Onchieku is engaged as a casual tea plucker. {pay}\n"
             "Yours faithfully,\nFactory Manager")


def _monthly(doc_type: str, text: str, lang: str):
    fields, evidence = read_fields_evidence(doc_type, make_doc(text).pages, lang)
    return fields["monthly_income"], evidence.get("monthly_income")


@pytest.mark.parametrize("text,lang,want", [
    (CERT_ZH.format(pay="日工资200元，每月出勤26天。"), "zh", "5200.00"),
    (CERT_ZH.format(pay="工资标准为180元/天，每周工作6天。"), "zh", "4680.00"),  # 180 × 6 × 52 / 12
    (LETTER_EN.format(pay="He is paid a daily wage of KES 800.00 and works 26 days a month."), "en", "20800.00"),
    (LETTER_EN.format(pay="He earns KES 650.00 per day, 5 days a week."), "en", "14083.33"),
])
def test_a_days_pay_and_the_days_worked_give_a_doubted_monthly_income(text: str, lang: str, want: str) -> None:
    value, ev = _monthly("income_proof", text, lang)
    assert value == want
    assert ev.method == "daily" and ev.confidence < 0.6


@pytest.mark.parametrize("text,lang", [
    (CERT_ZH.format(pay="日工资200元。"), "zh"),  # the days are not said: none is assumed
    (LETTER_EN.format(pay="He works 8 hours per day at KES 100.00 an hour, 6 days a week."), "en"),  # an hour's rate
])
def test_no_days_or_no_days_pay_gives_nothing(text: str, lang: str) -> None:
    value, _ = _monthly("income_proof", text, lang)
    assert value is None


def _sheet(lang: str) -> Sheet:
    s = Sheet(f"daily-{lang}", lang)
    if lang == "zh":
        f, fb = "cjk", "cjk"
        rows = ["兹证明王建国同志在我公司从事装卸工作，", "按日结算工资，日工资200元，每月出勤26天。", "特此证明。",
                "郑州市金水区顺达搬运服务有限公司", "2026年11月10日"]
        s.text(150, 60, "收入证明", 16, fb, "centre")
    else:
        f, fb = "sans", "sans-bold"
        rows = ["This is to confirm that Mr. Evans Onchieku is engaged", "as a casual tea plucker. He is paid a daily wage of",
                "KES 800.00 and works 26 days a month.", "Yours faithfully,", "Factory Manager, 12 November 2026"]
        s.text(30, 40, "Kisii Tea Growers Co-operative Society Ltd", 12, fb)
        s.text(30, 66, "TO WHOM IT MAY CONCERN", 10, fb)
    y = 100.0
    for r in rows:
        s.text(30, y, r, 10, f)
        y += 20
    return s


@pytest.mark.parametrize("lang,form,want", [("zh", "scan", "5200.00"), ("en", "photo", "20800.00")])
def test_a_day_workers_certificate_read_by_ocr(tmp_path: Path, lang: str, form: str, want: str) -> None:
    path = write(_sheet(lang), form, tmp_path / "case", "certificate", 3)
    case = Case(root=path.parent, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                                  else "zh-stop-collection"))
    got = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=1, engine=choose("auto", lang))
    item = extract(classify_one(got.documents[0], case), lang)
    assert item.type == "income_proof"
    assert item.fields["monthly_income"] == want
    assert item.evidence["monthly_income"].confidence < 0.6
