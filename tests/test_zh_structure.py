"""Chinese money documents typed and read by their structure (:mod:`zhledgergen`, branch r16-zh; the failures of
independent set 11): a passbook page whose rows are dated yymmdd and printed off their heads is a bank statement by its
running balance; a banking app's month gives its period from the month chosen and the days listed, and its closing
balance as the figure that opening + money in − money out proves; a payment platform's flow of payments without a
balance is no bank statement; a building site's wage voucher is a payslip by its figures (payable − deductions = paid,
confirmed by the earnings adding up or the amount in words). Text PDFs read by the real stages.

On main every passbook and voucher below was typed other, every wallet bank_statement, and every app month lost its
period ("10.01-10.31" read as 10 January 2010) or its closing balance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from zhledgergen import KINDS, in_words, make

from packet.case.casefile import Case, Request
from packet.reading.ingest import read_case
from packet.understanding import figures, tables
from packet.understanding.classify import classify_one, structures, unbalanced_flow
from packet.understanding.extract import extract
from packet.understanding.label_geometry import doc_lines
from packet.understanding.values import find_dates, parse_daxie

SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{name: (the Doc made, its Extracted, its structures)} for every kind and seed, read as one Chinese case."""
    root = tmp_path_factory.mktemp("zh") / "case"
    root.mkdir()
    docs = {}
    for kind in KINDS:
        for seed in SEEDS:
            doc = make(kind, seed)
            name = f"{kind}-{seed}"
            (root / f"{name}.pdf").write_bytes(doc.pdf)
            docs[name] = doc
    case = Case(root=root, request=Request(language="zh", checklist="zh-stop-collection"))
    got = read_case(case, languages="chi_sim+eng", jobs=1)
    assert not got.errors
    out = {}
    for d in got.documents:
        name = Path(d.rel).stem
        out[name] = (docs[name], extract(classify_one(d, case), "zh"), structures(d))
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_typed_and_read_by_its_structure(read, kind: str) -> None:
    for seed in SEEDS:
        doc, got, shapes = read[f"{kind}-{seed}"]
        assert got.type == doc.type, (kind, seed, got.type, sorted(shapes))
        for field, want in doc.fields.items():
            assert got.fields.get(field) == want, (kind, seed, field, got.fields.get(field))


def test_the_structures_that_typed_them(read) -> None:
    for seed in SEEDS:
        assert "ledger" in read[f"passbook-{seed}"][2]
        assert "unbalanced_flow" in read[f"wallet-{seed}"][2]
        assert "pay_chain" in read[f"voucher-{seed}"][2]
        assert "unbalanced_flow" not in read[f"appmonth-{seed}"][2] | read[f"passbook-{seed}"][2]
        assert "pay_chain" not in read[f"passbook-{seed}"][2]


def test_figures_worked_out_are_below_sure(read) -> None:
    """Values the arithmetic gives (no label) are shown for confirmation: never 0.9 or more."""
    for seed in SEEDS:
        _, got, _ = read[f"voucher-{seed}"]
        assert got.evidence["net_pay"].method == "pay-chain"
        assert got.evidence["net_pay"].confidence < 0.9
        _, got, _ = read[f"appmonth-{seed}"]
        assert got.evidence["closing_balance"].confidence < 0.9


def test_a_range_of_days_is_no_date_with_a_two_digit_year() -> None:
    assert not [h for h in find_dates("统计区间10.01-10.31") if h.precision == "day"]
    assert find_dates("05.10.26")[0].value == date(2026, 10, 5)  # a two-digit year still reads


def test_compact_days_are_read_only_at_a_row_start() -> None:
    assert tables.compact_day("261003 ATM取款 800.00 1,249.41") == date(2026, 10, 3)
    assert tables.compact_day("20261003 消费 8.00 1.00") == date(2026, 10, 3)
    assert tables.compact_day("261399 x 1.00") is None  # no month 13
    assert tables.compact_day("尾号 261003") is None


def test_codes_at_line_starts_out_of_date_order_make_no_ledger(tmp_path: Path) -> None:
    """Item codes that happen to read as yymmdd, in no date order, are no transaction dates."""
    from zhledgergen import _Page

    p = _Page((595, 842))
    p.put(200, 30, "库存盘点表", 14)
    rows = [("250311", "螺丝", "12.00", "112.00"), ("231108", "垫片", "100.00", "212.00"),
            ("240920", "扳手", "30.00", "182.00"), ("220105", "钳子", "20.00", "202.00")]
    for k, row in enumerate(rows):
        for x, cell in zip((40, 120, 300, 420), row, strict=True):
            p.put(x, 80 + 20 * k, cell, 10)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "inv.pdf").write_bytes(p.pdf())
    got = read_case(Case(root=tmp_path / "c", request=Request(language="zh", checklist="zh-stop-collection")),
                    languages="chi_sim+eng", jobs=1)
    assert tables.ledger(doc_lines(got.documents[0].pages), True) is None


def test_a_flow_with_a_printed_balance_is_no_unbalanced_flow(read) -> None:
    _, got, _ = read["wallet-0"]
    lines = doc_lines(got.document.pages)
    assert unbalanced_flow(lines, ["期末余额"])
    from packet.understanding.label_geometry import Line

    last = lines[-1]
    extra = Line(last.page, last.index + 1, (type(last.words[0])("期末余额 1,234.56", (0.1, 0.95, 0.4, 0.97)),))
    assert not unbalanced_flow([*lines, extra], ["期末余额"])


def test_pay_chain_needs_a_second_relation() -> None:
    """Payable − deductions = paid alone is what any running balance does: it takes the earnings adding up to
    payable or paid written in words too."""
    from packet.core.model import Word
    from packet.understanding.label_geometry import Line

    def lines(*texts: str) -> list[Line]:
        return [Line(0, i, (Word(t, (0.1, 0.05 * i, 0.9, 0.05 * i + 0.03)),)) for i, t in enumerate(texts)]

    assert figures.pay_chain(lines("应结 7,000.00", "借支 1,000.00", "餐费 200.00", "实结 5,800.00")) is None
    assert figures.pay_chain(lines("点工 6,000.00", "加班 1,000.00", "应结 7,000.00", "借支 1,000.00",
                                   "餐费 200.00", "实结 5,800.00")) == (Decimal("7000.00"), Decimal("5800.00"))
    # (the arithmetic alone, words=(): what is payable named as pay is tests/test_pay_lookalikes.py's)
    assert figures.pay_chain(lines("应结 7,000.00", "借支 1,000.00", "餐费 200.00",
                                   f"实结（大写）{in_words(Decimal('5800'))} ¥5,800.00"), words=()) is not None
    # an invoice's tax table: net + tax = gross, then gross − net = tax (the same two figures read back: the
    # development corpus's Saeco invoice was typed payslip)
    assert figures.pay_chain(lines("Grondslag 41,31 BTW 8,68 Totaal 49,99", "41,31 8,68 49,99")) is None
    # a running balance printed without dates: each balance is the one before moved by a figure (hold-out 9's
    # brokerage statement: 20,603.80 + 356.25 = 20,960.05, − 863.54 = 20,096.51, − 70.15 = 20,026.36)
    assert figures.pay_chain(lines("20,325.57", "278.23 20,603.80", "356.25 20,960.05", "863.54 20,096.51",
                                   "70.15 20,026.36")) is None


def test_the_generators_amount_in_words_reads_back() -> None:
    for v in ("5338", "228.50", "10005.07", "3000.30", "1010", "96.35"):
        assert parse_daxie(in_words(Decimal(v)), whole=True) == Decimal(v)


def _read_one(tmp_path: Path, pdf: bytes, lang: str = "zh"):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "doc.pdf").write_bytes(pdf)
    case = Case(root=tmp_path / "c", request=Request(language=lang, checklist="zh-stop-collection"))
    return read_case(case, languages="chi_sim+eng", jobs=1).documents[0]


def test_a_flow_that_calls_itself_a_bank_statement_stays_one(tmp_path: Path) -> None:
    """A flow of payments without a balance under the type's own name (hold-out 10's "Bank Statement" over a month's
    spending) keeps its title: the missing balance speaks against it, it does not overrule what it calls itself."""
    from zhledgergen import _Page

    p = _Page((595, 842))
    p.put(250, 40, "银行流水", 18)
    p.put(40, 80, "客户：甘秀兰", 10)
    for k in range(6):
        p.put(40, 110 + 20 * k, f"2026-09-{3 + 4 * k:02d}", 10)
        p.put(200, 110 + 20 * k, "消费", 10)
        p.put(360, 110 + 20 * k, f"{37 + 11 * k}.{k}5", 10)
    d = _read_one(tmp_path, p.pdf())
    assert "unbalanced_flow" in structures(d)
    assert classify_one(d).type == "bank_statement"


def test_an_amount_in_a_forms_boxes_reads_without_its_empty_boxes() -> None:
    """A pre-printed receipt prints every unit box (拾万 万 仟 佰 拾 元 角 分) and the pen fills those of the amount:
    a unit without its digit is an empty box, not one of it (independent set 11's village clinic: 1228.50 for
    228.50); "拾" opening a written amount is still ten."""
    from zhledgergen import _boxed_words

    assert parse_daxie("万仟贰佰贰拾捌元伍角零分", whole=True) == Decimal("228.50")
    for v in ("228.50", "5.00", "3050.00", "12000.00", "90.10"):
        assert parse_daxie(_boxed_words(Decimal(v)), whole=True) == Decimal(v)
    assert parse_daxie("拾伍元整", whole=True) == Decimal("15")
    assert parse_daxie("拾万元整", whole=True) == Decimal("100000")


def test_receipts_typed_by_what_they_charge_for(read) -> None:
    """A village clinic's pen receipt (no table, no hospital's name) is a medical bill by its charges that add up to
    its amount and what they are for; the same form filled in for a hall's hire stays other."""
    for seed in SEEDS:
        doc, got, _ = read[f"receipt-{seed}"]
        assert got.type == "medical_bill"
        assert read[f"shopreceipt-{seed}"][1].type == "other"


def _row(i: int, *cells: tuple[str, float]):
    from packet.core.model import Word
    from packet.understanding.label_geometry import Line

    return Line(0, i, tuple(Word(t, (x, 0.05 * i, x + 0.01 * len(t), 0.05 * i + 0.02)) for t, x in cells))


def test_debit_and_credit_columns_are_a_statements_not_a_flow() -> None:
    """Rows of one amount each printed in two columns (money out, money in: hold-out 4's HDFC statement without a
    balance column) are a statement's; in one column, with the direction in words, a flow of payments."""
    two = [_row(i, (f"0{i + 1}/05/2026", 0.08), ("UPI/SHOP", 0.2), (f"{100 + i}.00", 0.62 if i % 3 else 0.78))
           for i in range(8)]
    one = [_row(i, ("支出" if i % 3 else "收入", 0.08), (f"2026-05-0{i + 1}", 0.2), (f"{100 + i}.00", 0.62))
           for i in range(8)]
    assert not unbalanced_flow(two, ["Closing balance"])
    assert unbalanced_flow(one, ["期末余额"])


def test_a_balance_on_rows_of_its_own_is_no_flow() -> None:
    """A banking app prints each movement's balance on a line of its own under it ("2026-10-02 余额 1,862.15",
    independent set 6's PSBC screen): balances, so no flow of payments."""
    rows = [_row(i, (f"2026-10-{i + 2:02d}", 0.05), ("余额", 0.3), (f"{1800 + 37 * i:,}.15", 0.4)) for i in range(6)]
    assert unbalanced_flow(rows, ["期末余额"])  # without the vocabulary's row balance words
    assert not unbalanced_flow(rows, ["期末余额"], row_words=["余额"])
