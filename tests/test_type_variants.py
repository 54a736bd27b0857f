"""Types that rest on a structure more than on words (branch r19-types): a provider of care's receipt that prints only
what was paid is a medical bill, a shop's is not; a settlement of hours or units at a rate, less fees, paid to a worker
is pay, a quotation is not; a passbook page whose rows a dot-matrix printer dated "01OCT26" (OCR: "010CT26") is a bank
statement, a rent ledger whose charges raise its balance and a wallet's export are not. Documents drawn by
:mod:`typevariantgen` (text PDFs; three pages through Tesseract) and lines written here, read by the real stages.

On main every real kind below was typed other (the rent ledger bank_statement); the look-alikes were other and stay
so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fixtures_reading import read_documents, text_pdf
from typevariantgen import draw

from packet.rules.registry import load_vocabulary
from packet.understanding import figures, tables
from packet.understanding.classify import care_receipt, classify_one, medicine_items, unbalanced_flow
from packet.understanding.label_geometry import doc_lines

A4 = (595.3, 841.9)

# (seed, form): each drawn kind in English and Chinese; the real kinds here were typed wrong on main
TEXT = [(200, "text"), (208, "text"), (216, "text"),  # care_total: a pharmacy's or clinic's receipt, a total only
        (217, "text"), (201, "text"), (209, "text"),  # settlement: hours x rate, less fees, paid to the worker
        (218, "text"), (226, "text"),  # passbook: rows dated 04SEP26
        (286, "text"),  # rent: 应收 raises the arrears balance
        (227, "text"), (203, "text"), (228, "text"), (204, "text"), (221, "text"), (205, "text"),
        (215, "text"), (207, "text"), (206, "text")]  # shop_total, quote, points, wallet, rent (en): other
OCR = [(226, "photo"), (208, "photo"), (201, "scan")]  # a dot-matrix passbook (1OSEP26), a 诊所's receipt, a 结算单


def _typed(tmp_path: Path, drawn: list) -> dict[str, tuple[str, tuple[str, ...]]]:
    """{name: (type classified, types expected)} for the drawn documents, read as one case per language."""
    out = {}
    for lang in ("en", "zh"):
        mine = {d.name: d for d in drawn if d.lang == lang}
        if not mine:
            continue
        root = tmp_path / lang
        root.mkdir()
        for d in mine.values():
            (root / f"{d.name}{d.suffix}").write_bytes(d.data)
        for doc in read_documents(root, lang):
            d = mine[Path(doc.rel).stem]
            out[d.name] = (classify_one(doc).type, d.expected)
    return out


@pytest.mark.parametrize("seeds", [TEXT, OCR], ids=["text", "ocr"])
def test_drawn_documents_are_typed_by_their_structure(tmp_path, seeds) -> None:
    got = _typed(tmp_path, [draw(seed, form=form) for seed, form in seeds])
    assert len(got) == len(seeds)
    wrong = {name: t for name, t in got.items() if t[0] not in t[1]}
    assert not wrong


def _lines(tmp_path: Path, texts: list[str], lang: str = "en"):
    root = tmp_path / "case"
    text_pdf(root / "doc.pdf", [texts], cjk=lang == "zh", size=A4)
    (doc,) = read_documents(root, lang)
    return doc_lines(doc.pages)


RECEIPT = ["Ashwick Family Clinic", "12 Harbour Road", "Receipt", "Date: 03/10/2026", "Receipt no: 55120",
           "Amount: 65.00", "Thank you"]


def test_a_provider_of_care_over_an_amount_paid_is_a_care_receipt(tmp_path) -> None:
    assert care_receipt(_lines(tmp_path / "a", RECEIPT))
    zh = ["九江市仁和诊所", "九江市人民路8号", "收据", "日期：2026年10月3日", "实收金额：¥143.13"]
    assert care_receipt(_lines(tmp_path / "b", zh, "zh"))


@pytest.mark.parametrize("change", ["shop", "labelled", "results", "sentence", "no_amount"])
def test_what_is_no_care_receipt(tmp_path, change: str) -> None:
    lines = list(RECEIPT)
    if change == "shop":  # a shop's name: no provider of care
        lines[0] = "Ashwick Hardware"
    elif change == "labelled":  # an insurer's notice names the provider of another's care
        lines[0] = "Provider: Ashwick Family Clinic"
    elif change == "results":  # a laboratory's results: many figures
        lines[5:5] = [f"Result {k}: {k + 3}.25" for k in range(7)]
    elif change == "sentence":  # an amount inside a sentence of a letter
        lines[5] = "We confirm that a payment of 65.00 was received towards your account."
    else:  # no amount at all (a prescription, an appointment card)
        lines[5] = "Amount: see overleaf"
    assert not care_receipt(_lines(tmp_path, lines))


def test_medicines_named_by_brand_priced_by_a_labelled_whole_figure(tmp_path) -> None:
    v = load_vocabulary()
    units = frozenset(u.lower() for u in v.measure_units)

    def items(texts: list[str]) -> bool:
        return medicine_items(_lines(tmp_path / str(len(list(tmp_path.iterdir()))), texts), v.medicine_stems,
                              v.medicine_forms, v.medicine_strength_patterns, units, v.medicine_names)

    brand = ["Bill Details", "Product: Nurofen, Quantity: 2, Subtotal: 24", "Product: Strepsils, Quantity: 1, Subtotal: 12",
             "Total Bill: 36"]
    assert items(brand)
    assert not items([ln.replace("Nurofen", "Widget").replace("Strepsils", "Gadget") for ln in brand])
    # a prescription's count after its medicine is no price: no label before it
    assert not items(["Rx", "Nurofen 200mg tablets 24", "Strepsils lozenges 36"])


SETTLEMENT = ["南充安居家政服务有限公司", "劳务报酬结算单", "服务人员：蒲秀兰", "结算周期：2026年9月1日—9月30日",
              "项目 数量 单价 金额（元）", "服务工时 168小时 22.00 3,696.00", "客户好评奖励 120.00", "应结报酬 3,816.00",
              "平台服务费 (5%) -184.80", "意外伤害保险 -25.00", "实结金额 ¥3,606.20"]


def test_a_settlement_with_deductions_signed_as_money_taken_is_pay_worked_out(tmp_path) -> None:
    assert figures.pay_chain(_lines(tmp_path, SETTLEMENT, "zh")) == (Decimal("3816.00"), Decimal("3606.20"))


def test_hours_at_a_rate_confirm_a_settlement_without_a_bonus(tmp_path) -> None:
    lines = [ln for ln in SETTLEMENT if not ln.startswith("客户好评")]
    lines = [ln.replace("3,816.00", "3,696.00").replace("3,606.20", "3,486.20") for ln in lines]
    assert figures.pay_chain(_lines(tmp_path / "a", lines, "zh")) == (Decimal("3696.00"), Decimal("3486.20"))
    # a tradesman's invoice works out the same way, but names no pay: no pay chain
    invoice = ["Corran Joinery Ltd", "Invoice", "Date: 03/10/2026", "Labour 12 hrs 45.00 540.00", "Subtotal 540.00",
               "Deposit received -200.00", "Balance due 340.00"]
    assert figures.pay_chain(_lines(tmp_path / "b", invoice)) is None


@pytest.mark.parametrize(("row", "want"), [
    ("010CT26 B/F 1,044.35", date(2026, 10, 1)), ("O2NOV26 WDL 120.00 1,486.33 07", date(2026, 11, 2)),
    ("24SEP26 SAL 612.40 1,904.15", date(2026, 9, 24)), ("1OSEP26 INT 2.18 1,606.33", date(2026, 9, 10)),
    ("12ABC26 x 1.00", None), ("31FEB26 x 1.00", None), ("Total 1,606.33", None)])
def test_a_passbook_printers_day_month_year_run_together(row: str, want: date | None) -> None:
    got = tables._named_day(row)
    assert (got[0] if got else None) == want


def test_a_wallet_exports_header_is_no_balance_column(tmp_path) -> None:
    rows = [f"2026-10-{d:02d} 19:02 支出 某商户 {a} 交易成功" for d, a in
            [(31, "39.80"), (29, "2.00"), (24, "33.20"), (21, "112.60"), (18, "50.00")]]
    head = ["某支付平台交易明细", "导出时间：[2026-11-02 20:14:09] 收入：3笔 1,260.00元 支出：9笔 511.00元"]
    assert unbalanced_flow(_lines(tmp_path / "a", head + rows, "zh"), ["期末余额"])
    # rows that each print a balance are an account's, header or not
    balanced = [r.replace(" 交易成功", f" {1000 + k}.00") for k, r in enumerate(rows)]
    assert not unbalanced_flow(_lines(tmp_path / "b", head + balanced, "zh"), ["期末余额"])
