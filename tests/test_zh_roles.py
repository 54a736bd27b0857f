"""Chinese forms read by the roles of their parties and dates (:mod:`zhformgen`, branch r17-zh; the failures of
independent set 12 and 7), OCR'd images read by the real stages:

- a labour-dispatch slip's employer is the agency that pays, never the firm printed under 用工单位 (one character
  from 用人单位: no misread employer label), nor the sentence of the notes that names the agency;
- a benefit claim form is dated by the office's last act on it (审核日期 after 受理日期 and 填表日期); a legal form
  alone (单位性质 有限责任公司) is no issuer; an app's registration result is dated by its 登记日期;
- a payment app's month of payments with a hospital among its payees is no medical bill;
- a firm's name runs on through the bracketed place before its legal form; pay printed as 应发/实发 is read;
- "于2026年10月31日期满" holds no 日期 label: a certificate is dated by its own date in Chinese numerals.

On main each dispatch slip's employer was the host firm (or "工资由派遣单位…" for the slip with notes), each claim form
had no date and issuer "有限责任公司", each app result no date, and the wallet's month was typed medical_bill."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import read_documents
from zhformgen import KINDS, make

from packet.case.casefile import Case, Request
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.unlabelled import org_like

SEEDS = (0, 1)


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{name: (the Doc made, its Extracted)} for every kind and seed, read as one Chinese case."""
    root = tmp_path_factory.mktemp("zhroles") / "case"
    root.mkdir()
    docs = {}
    for kind in KINDS:
        for seed in SEEDS:
            doc = make(kind, seed)
            name = f"{kind}-{seed}"
            (root / f"{doc.saved_as or kind}-{seed}.png").write_bytes(doc.png)
            docs[f"{doc.saved_as or kind}-{seed}"] = (name, doc)
    case = Case(root=root, request=Request(language="zh", checklist="zh-stop-collection"))
    out = {}
    for d in read_documents(root, "zh"):
        name, doc = docs[Path(d.rel).stem]
        out[name] = (doc, extract(classify_one(d, case), "zh"))
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_read_by_the_roles_it_prints(read, kind: str) -> None:
    for seed in SEEDS:
        doc, got = read[f"{kind}-{seed}"]
        assert got.type == doc.type, (kind, seed, got.type)
        for f, want in doc.fields.items():
            assert got.fields.get(f) == want, (kind, seed, f, got.fields.get(f))
        for f, bad in doc.never.items():
            assert got.fields.get(f) != bad, (kind, seed, f)


def test_dates_and_employers_by_role_are_below_sure(read) -> None:
    """A date chosen as the last act and an employer from the letterhead are shown for confirmation unless two
    copies agree: never 0.9 or more from one reading."""
    for seed in SEEDS:
        for kind, f in (("claimform", "date"), ("appresult", "date"), ("dispatch", "employer")):
            _, got = read[f"{kind}-{seed}"]
            assert got.evidence[f].confidence < 0.9, (kind, seed, got.evidence[f])


def test_a_title_with_one_glyph_misread_is_no_organisation() -> None:
    printed = frozenset({"收费票据", "医疗门诊收费票据"})
    assert not org_like("收费票照", printed=printed)  # 据 read as 照
    assert org_like("常德市第二人民医院", printed=printed)
    assert org_like("收费管理中心", printed=printed)  # a name as long, not one character from the title


def test_a_figure_cut_after_its_first_group_under_a_chinese_label_is_no_amount() -> None:
    """"实发 4,5" (a kiosk roll torn after the first group of 4,594.80) is no 4.50: Chinese writes no decimal comma.
    Under a Latin label the comma stays a decimal mark ("Netto 4,5" in a European slip)."""
    from packet.rules.registry import load_types
    from packet.understanding.extract import parser_for

    t = load_types()["payslip"]
    assert parser_for("net_pay", t, "实发", True)("4,5") is None
    assert parser_for("net_pay", t, "实发", True)("4,594.80") == "4594.80"
    assert parser_for("net_pay", t, "实发", True)("4594.80") == "4594.80"
    assert parser_for("net_pay", t, "Net pay", True)("4,5") == "4.50"
