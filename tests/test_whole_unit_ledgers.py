"""Statements kept in whole units (New Taiwan dollars, yen, won, rupiah: no minor unit in use), whose rows print no
sure amount — no decimals, no currency mark: "115/11/03 轉帳支出 3,500 6,628 房租". Their figures are amounts where the
running balance chains (:func:`packet.understanding.tables.ledger` reads them then, and only then): the rows make a
ledger, the statement is typed by it, its rows' payee words (电费, Electricity, 保险) no longer count against a
statement, and its period and closing balance follow. Independent set 23's farmers' association statement was typed
other for want of this. Every input is generated here (text PDFs and a scanned page read by real OCR), in words,
names and figures of its own; a dated table of counts whose figures do not chain stays no ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from fixtures_reading import CJK_FONT, image_pdf, page_image, text_pdf
from PIL import Image, ImageDraw, ImageFont

from packet.case.casefile import Case, Request
from packet.reading import engines
from packet.reading.ingest import read_case
from packet.understanding import tables
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.label_geometry import doc_lines
from packet.understanding.values import dates_of

# (day offset, description, out, in) in whole units; the balance is run from OPENING
YEN_MOVES = [(1, "Tokyo Electric Power electricity", 8_412, 0), (3, "ATM withdrawal", 20_000, 0),
             (6, "Salary Kanda Logistics", 0, 231_500), (8, "Tokyo Gas", 4_870, 0), (11, "Rent transfer", 72_000, 0),
             (15, "Mobile phone", 6_380, 0), (20, "Supermarket Seiyu", 3_915, 0), (27, "Interest", 0, 2)]
OPENING = 118_640


def _run(opening: int, moves) -> list[int]:
    out, bal = [], opening
    for _, _, o, i in moves:
        bal += i - o
        out.append(bal)
    return out


def _yen_lines() -> list[str]:
    start = date(2026, 10, 1)
    bals = _run(OPENING, YEN_MOVES)
    rows = [f"{(start + timedelta(days=d - 1)).isoformat()}  {desc}  {o or i:,}  {b:,}"
            for (d, desc, o, i), b in zip(YEN_MOVES, bals, strict=True)]
    return ["Kanto Shinkin Bank", "Ordinary Deposit Statement", "Name: Haruto Sugimoto  Account: 3817264",
            "Date  Description  Amount  Balance", f"Brought forward  {OPENING:,}", *rows]


# a fishermen's association's statement in Traditional characters and Minguo dates (year 115 = 2026)
TW_MOVES = [(2, "提款", 3_000, 0), (4, "轉帳支出", 5_200, 0), (7, "代繳電費", 1_146, 0), (9, "薪資轉入", 0, 38_620),
            (12, "代繳保費", 2_480, 0), (16, "金融卡消費", 937, 0), (21, "轉帳支出", 12_000, 0), (28, "代繳水費", 406, 0)]
TW_OPENING = 19_215


def _tw_lines() -> list[str]:
    bals = _run(TW_OPENING, TW_MOVES)
    rows = [f"115/10/{d:02d} {desc} {o or i:,} {b:,}" for (d, desc, o, i), b in zip(TW_MOVES, bals, strict=True)]
    return ["南方澳區漁會信用部", "存款交易紀錄", "戶名：林志豪 帳號：2207-03-115942", "日期 摘要 金額 餘額",
            f"上期餘額 {TW_OPENING:,}", *rows]


def _read(tmp_path: Path, name: str, make, lang: str):
    root = tmp_path / "case"
    make(root / name)
    case = Case(root=root, request=Request(language=lang, checklist="zh-stop-collection" if lang == "zh"
                                           else "en-hardship"))
    got = read_case(case, languages="chi_sim+eng" if lang == "zh" else "eng", jobs=1,
                    engine=engines.choose("auto", lang))  # as ``packet check`` reads: PP-OCR for Chinese
    assert not got.errors
    doc = got.documents[0]
    return doc, extract(classify_one(doc, case), lang)


def test_a_yen_statement_in_whole_units_is_a_ledger_typed_and_read(tmp_path) -> None:
    doc, got = _read(tmp_path, "yen.pdf", lambda p: text_pdf(p, [_yen_lines()], size=(595, 842)), "en")
    book = tables.ledger(doc_lines(doc.pages), True)
    assert book is not None and book.confirmed and book.chained >= len(YEN_MOVES) - 1
    assert all(e.units for e in book.entries)
    assert got.type == "bank_statement"
    assert got.fields["period_start"] == "2026-10-01" and got.fields["period_end"] == "2026-10-27"
    assert Decimal(got.fields["closing_balance"]) == _run(OPENING, YEN_MOVES)[-1]


@pytest.mark.parametrize("form", ["text", "scan"])
def test_a_taiwan_credit_department_statement_in_new_taiwan_dollars(tmp_path, form) -> None:
    def make(p: Path) -> None:
        if form == "text":
            text_pdf(p, [_tw_lines()], cjk=True, size=(595, 842))
        else:
            image_pdf(p, [page_image(_tw_lines(), size_in=(8.27, 11.69), cjk=True, font_pt=12)])

    doc, got = _read(tmp_path, f"tw-{form}.pdf", make, "zh")
    with dates_of(doc.text):
        book = tables.ledger(doc_lines(doc.pages), True)
    assert book is not None and book.confirmed
    assert got.type == "bank_statement"
    assert got.fields["bank"] and got.fields["bank"].endswith("漁會信用部")
    assert Decimal(got.fields["closing_balance"]) == _run(TW_OPENING, TW_MOVES)[-1]
    assert (got.fields["period_start"], got.fields["period_end"]) == ("2026-10-02", "2026-10-28")


def test_dated_counts_that_do_not_chain_are_no_ledger(tmp_path) -> None:
    """A dispatch list of pieces and pay per day in whole units: the figures of one row never follow from the row
    before, so no whole-unit ledger is read."""
    rows = [f"2026-10-{d:02d}  Line {d % 3 + 1}  {p}  {p * 12:,}" for d, p in
            [(1, 140), (2, 152), (5, 138), (6, 161), (7, 149), (8, 155), (9, 147)]]
    lines = ["Daily output record", "Worker: Aiko Tanaka", "Date  Line  Pieces  Pay", *rows]
    doc, _ = _read(tmp_path, "counts.pdf", lambda p: text_pdf(p, [lines], size=(595, 842)), "en")
    book = tables.ledger(doc_lines(doc.pages), True)
    assert book is None or not book.confirmed


# --- a receipt that states its whole-unit sum twice: as a figure and in capital numerals (大写) ---------------------

RECEIPTS = {
    "tw": (["安和牙醫診所", "醫療費用收據", "姓名：陳美玲  就診日期：115年10月6日", "掛號費 100  部分負擔 50",
            "自費項目 800", "收款金額：950 元（大寫）新臺幣玖佰伍拾元整", "經手人：王"], "950.00"),
    "cn": (["青石镇卫生院", "门诊收费收据", "姓名：赵德明  日期：2026年10月9日", "诊查费 12  检查费 180",
            "药费 318  治疗费 70", "实收：580元 人民币伍佰捌拾元整", "收款员：刘"], "580.00"),
}


@pytest.mark.parametrize("kind", sorted(RECEIPTS))
@pytest.mark.parametrize("form", ["text", "scan"])
def test_a_care_receipt_stating_its_sum_in_capital_numerals(tmp_path, kind, form) -> None:
    """A clinic's receipt in whole units whose one sure amount is followed on its line by the same sum in 大写,
    under a label no total's (收款金額, 实收): a provider of care over an amount paid (a medical bill), and its total
    the figure the words confirm."""
    lines, total = RECEIPTS[kind]

    def make(p: Path) -> None:
        if form == "text":
            text_pdf(p, [lines], cjk=True, size=(420, 300))
        else:
            image_pdf(p, [page_image(lines, size_in=(5.83, 4.13), cjk=True, font_pt=12)])

    _, got = _read(tmp_path, f"{kind}-{form}.pdf", make, "zh")
    assert got.type == "medical_bill"
    assert got.fields["total"] == total


# --- a banking app's month chosen by a tab: the rows' full dates tell which ------------------------------------------

APP = ["09:41 5G", "交易明细", "青山农村商业银行 储蓄卡（4417）", "户名：韩晓东", "2026年7月  2026年8月  2026年9月",
       "本月收入|本月支出|月末余额", "4,120.00|3,311.74|2,316.46",
       "代发工资·青山机械厂 +4,120.00", "2026-09-28", "消费·永辉超市 -218.64", "2026-09-24",
       "转账·韩晓丽 -1,000.00", "2026-09-17", "缴费·物业费 -93.10", "2026-09-11", "取现·ATM -2,000.00", "2026-09-05"]


def _app_image() -> Image.Image:
    """The app's screen: one column of lines, but the summary card's heads and figures in three columns."""
    dpi, pt = 200, 11
    img = Image.new("L", (round(4.5 * dpi), round(9.5 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(CJK_FONT, round(pt / 72 * dpi))
    y = round(0.4 * dpi)
    for line in APP:
        cells = line.split("|")
        for k, cell in enumerate(cells):
            draw.text((round((0.35 + 1.35 * k) * dpi), y), cell, fill=0, font=font)
        y += round(pt / 72 * dpi * 1.9)
    return img


def test_an_app_month_chosen_by_its_tab_gives_the_whole_month(tmp_path) -> None:
    """Three month tabs over rows dated in full, all in September (the tab chosen, its colour lost to OCR): the
    period is September; the month-end balance (月末余额) under its heading is the closing balance."""
    _, got = _read(tmp_path, "app.pdf", lambda p: image_pdf(p, [_app_image()]), "zh")
    assert got.type == "bank_statement"
    assert (got.fields["period_start"], got.fields["period_end"]) == ("2026-09-01", "2026-09-30")
    assert got.fields["closing_balance"] == "2316.46"


def test_rows_over_two_months_choose_no_tab() -> None:
    rows = ["2026年9月 2026年10月", "2026-09-29 消费 -12.00", "2026-10-02 消费 -8.00", "2026-10-05 消费 -30.00"]
    from textdoc import make_doc
    assert tables.chosen_month(doc_lines(make_doc("\n".join(rows)).pages), True) is None
    assert tables.chosen_month(doc_lines(make_doc("\n".join([rows[0], *rows[2:], "2026-10-09 消费 -1.00"])).pages),
                               True) is not None


# --- a logo's glyph read before a provider's name --------------------------------------------------------------------

def _logo_bill() -> Image.Image:
    """A clinic's charge slip whose letterhead has a logo: the brand's initial, large, white in a dark square, left of
    the name in ordinary print."""
    dpi = 200
    img = Image.new("RGB", (round(5.83 * dpi), round(4.13 * dpi)), (250, 250, 246))
    draw = ImageDraw.Draw(img)
    big, small = ImageFont.truetype(CJK_FONT, 64), ImageFont.truetype(CJK_FONT, 34)
    draw.rectangle((60, 50, 150, 140), fill=(30, 90, 110))
    draw.text((73, 62), "泰", fill=(255, 255, 255), font=big)
    draw.text((180, 60), "洛阳市涧西区泰和口腔诊所", fill=(20, 60, 80), font=small)
    y = 200
    for line in ["收费单", "患者：冯玉芝  就诊日期：2026.10.14", "口腔检查 1 30.00 30.00", "补牙 2 160.00 320.00",
                 "合计：350.00", "收费员：李"]:
        draw.text((60, y), line, fill=(20, 20, 20), font=small)
        y += 62
    return img


def test_a_logo_glyph_before_the_providers_name_is_left_out(tmp_path) -> None:
    _, got = _read(tmp_path, "logo.pdf", lambda p: image_pdf(p, [_logo_bill()]), "zh")
    assert got.type == "medical_bill"
    assert got.fields["provider"] == "洛阳市涧西区泰和口腔诊所"
