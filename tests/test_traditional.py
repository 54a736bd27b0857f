"""Traditional Chinese (繁體) read with the one Simplified vocabulary, and Minguo dates (branch r23-trad; independent
set 18's Tainan payslip, typed other, and statement, with no field read).

:func:`packet.core.text.fold` maps each Traditional character to its Simplified one (OpenCC's single-character
dictionaries, :mod:`packet.core.traditional`), one for one, so every label, type word and gazetteer entry matches a
page in either script; values are reported in the characters the page prints. A Taiwan page's dates are Minguo ones
(115/09/30 is 30 September 2026) when the page names 民國 or is written in Traditional characters.

The documents are made by :mod:`tradgen` (text PDFs, and scans read by the real OCR engine packet uses for Chinese).
On main every Traditional payslip below was typed other and every Traditional statement read no field; the
Simplified twins read the same on main as here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fixtures_reading import image_pdf, page_image, text_pdf
from tradgen import KINDS, make

from packet.case.casefile import Case, Request
from packet.core.text import fold, fold_width
from packet.core.traditional import _pairs, in_printed_script, is_traditional, simplified_table, to_simplified
from packet.reading import engines
from packet.reading.ingest import read_case
from packet.understanding.classify import _priced, classify_one
from packet.understanding.extract import extract
from packet.understanding.values import dates_of, find_dates, minguo_document

SEEDS = (0, 1)
FORMS = ("text", "scan")
# the seeds draw only names and figures (tradgen.make): both are proven as text, one through the OCR engine (the
# scans of seed 1 were another 6 A4 pages of PP-OCR, 8 of the file's 17 CPU seconds, for the same mechanism)
SCANNED = (0,)


def seeds(form: str) -> tuple[int, ...]:
    """The seeds each form is made and read for."""
    return SCANNED if form == "scan" else SEEDS


def test_the_fold_is_one_character_for_one_and_final() -> None:
    table = simplified_table()
    assert len(table) > 2000  # OpenCC's TSCharacters holds some 4,000 pairs
    assert fold("存款往來明細對帳單 實發金額 帳號 銀行") == "存款往来明细对帐单 实发金额 帐号 银行"
    assert all(len(v) == 1 for v in table.values())
    # folding a folded character changes nothing (no chain 乾 → 干 → …): fold is the same whether applied once or twice
    assert all(ord(v) not in table for v in table.values())


def test_a_character_opencc_writes_as_simplified_stays() -> None:
    """Taiwan's variant table moves 么 to 幺 (for a Traditional page); 么 is what OpenCC writes for 麼, so a Simplified
    page's 什么 is left as it is, and 什麼 folds to it."""
    assert fold("什么") == "什么"
    assert fold("什麼") == "什么"


def test_the_pairs_are_the_librarys_single_characters() -> None:
    lines = ["# comment", "么\t幺 麼", "乾\t乾 干", "電腦\t电脑", "著\t着", "", "x"]
    # several candidates: the first (OpenCC's own default); a phrase's key (two characters) is no pair
    assert _pairs(lines) == {"么": "幺", "乾": "乾", "著": "着"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_simplified_page_folds_as_before(kind: str) -> None:
    """The Simplified twins' every line folds to what width folding alone gives: no Simplified character moves."""
    for seed in SEEDS:
        for line in make(kind, "simp", seed).lines:
            assert fold(line) == fold_width(line), line


def test_a_value_is_given_back_as_printed() -> None:
    printed = fold_width("匯入府城第一商業銀行帳號末四碼")
    folded = to_simplified(printed)
    assert in_printed_script("府城第一商业银行", printed, folded) == "府城第一商業銀行"
    assert in_printed_script("府城第一银行", printed, folded) == "府城第一銀行"  # not whole: character by character
    assert in_printed_script("中国银行", "中国银行", "中国银行") == "中国银行"  # a Simplified page: as it is


def test_traditional_script_is_told_by_more_than_a_character_or_two() -> None:
    assert is_traditional("存款往來明細對帳單 戶名 蘇怡萱")
    assert not is_traditional("招商银行对账单 户名 张伟")
    assert not is_traditional("深圳市麵包坊有限公司 工资单 实发工资 应发工资 个人所得税")  # one Traditional 麵


def test_minguo_dates() -> None:
    # named 民國 (or 中華民國): a Minguo date on any page, folded or not
    got = find_dates("中華民國115年10月份")
    assert [(h.value, h.precision) for h in got] == [(date(2026, 10, 1), "month")]
    assert find_dates("民国114年3月5日")[0].value == date(2025, 3, 5)
    # a bare 115/10/31 only on a page that is Taiwan's: never from three digits alone
    assert not [h for h in find_dates("115/10/31") if h.value.year == 2026]
    with dates_of("苏州银行对账单 查询期间 115/10/01 至 115/10/31"):  # Simplified, no 民国: Gregorian only
        assert not [h for h in find_dates("115/10/31") if h.value.year == 2026]
    with dates_of("存款往來明細對帳單 戶名 蘇怡萱 查詢期間") as minguo:
        assert minguo
        assert [h.value for h in find_dates("115/10/01 至 115/10/31")] == [date(2026, 10, 1), date(2026, 10, 31)]
        assert [h.value for h in find_dates("115年10月31日")] == [date(2026, 10, 31)]
        assert find_dates("2026/10/31")[0].value == date(2026, 10, 31)  # a Gregorian date still one
        assert not find_dates("315/10/31")  # year 2226: no date
    assert minguo_document("列印日期：民國115年11月03日")


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{(name, form): (the Doc made, its Extracted)} for every kind, script and seed as text and for the
    :data:`SCANNED` seeds as a scan, read as one Chinese case by the OCR engine packet chooses for Chinese."""
    root = tmp_path_factory.mktemp("trad") / "case"
    root.mkdir()
    docs = {}
    for kind in KINDS:
        for script in ("trad", "simp"):
            for seed in SEEDS:
                doc = make(kind, script, seed)
                name = f"{kind}-{script}-{seed}"
                text_pdf(root / f"{name}-text.pdf", [doc.lines], cjk=True, size=(595, 842))
                if seed in SCANNED:
                    image_pdf(root / f"{name}-scan.pdf", [page_image(doc.lines, size_in=(8.27, 11.69), cjk=True,
                                                                     font_pt=12)])
                docs[name] = doc
    case = Case(root=root, request=Request(language="zh", checklist="zh-stop-collection"))
    got = read_case(case, languages="chi_sim+eng", jobs=1, engine=engines.choose("auto", "zh"))
    assert not got.errors
    out = {}
    for d in got.documents:
        name, _, form = Path(d.rel).stem.rpartition("-")
        out[(name, form)] = (docs[name], extract(classify_one(d, case), "zh"))
    assert len(out) == len(docs) + len(docs) * len(SCANNED) // len(SEEDS)
    return out


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_traditional_page_reads_as_its_simplified_twin(read, kind: str, form: str) -> None:
    for seed in seeds(form):
        doc, got = read[(f"{kind}-trad-{seed}", form)]
        assert got.type == doc.type, (kind, seed, form, got.type)
        for field, want in doc.fields.items():  # names as printed: 彰化員林織襪股份有限公司, 鄭雅婷
            assert got.fields.get(field) == want, (kind, seed, form, field, got.fields.get(field))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("kind", ("payslip", "statement"))
def test_a_simplified_page_reads_as_before(read, kind: str, form: str) -> None:
    """The same words in Simplified characters, no 民國 printed: every field as before, and the bare 115/09/30 read
    as no Minguo date (a Simplified page is no Taiwan one by its script)."""
    for seed in seeds(form):
        doc, got = read[(f"{kind}-simp-{seed}", form)]
        assert got.type == doc.type, (kind, seed, form, got.type)
        for field, want in doc.fields.items():
            dated = field in ("period", "period_start", "period_end")
            assert got.fields.get(field) == (None if dated else want), (kind, seed, form, field, got.fields.get(field))


def test_whole_dollar_items_priced_by_quantity() -> None:
    """A till in a currency of whole units prints its amount after the currency sign, a tax flag glued on: the
    quantity times the price is still the amount (a shop's goods, no bank's rows)."""
    assert _priced("燻雞蛋餅 65 *2 $130TX")
    assert _priced("鮮奶紅茶 45 *1 $45tx")  # lowered by the caller
    assert not _priced("燻雞蛋餅 65 *2 130")  # a whole figure without its sign: counts and codes may multiply
    assert not _priced("2026-10-01 转账 1 100 100")


@pytest.mark.parametrize("form", FORMS)
def test_a_till_receipt_headed_like_a_bank_list_is_no_statement(read, form: str) -> None:
    """Headed 交易明細 / 交易明细 as a bank's list of transactions is, its items priced by quantity in whole NT dollars:
    other in either script (on main the Simplified one was typed bank_statement, and so was the Traditional one once
    its title matched)."""
    for script in ("trad", "simp"):
        for seed in seeds(form):
            doc, got = read[(f"receipt-{script}-{seed}", form)]
            assert got.type == doc.type == "other", (script, seed, form, got.type)
