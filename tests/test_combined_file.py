"""A file holding several documents (three payslips in one PDF): one exhibit per document, each on its
own pages, in month order with the other files; the JSON report still lists the file once."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

from click.testing import CliRunner
from fixtures_assemble import text_pdf
from pypdf import PdfReader
from test_evaluate import FULL_STATEMENTS, case, payslip, run
from test_report import render, width
from textdoc import make_doc

from packet.assembly.exhibits import lay_out, order_exhibits
from packet.assembly.parts import _units
from packet.cli import cli
from packet.core.model import Extracted
from packet.rules.checklist import load_checklist

# --- from extracted fields to exhibits (no files) -----------------------------------------------------

def _slip(period: str) -> dict:
    return {"employer": "Brightwater Logistics Ltd", "employee": "Daniel Okafor", "period": period,
            "gross_pay": "3010.61", "net_pay": "2310.45"}


def combined(periods=("2026-08", "2026-10", "2026-11"), spans=((1, 1), (2, 3), (4, 4)), pages: int = 4) -> Extracted:
    parts = tuple(_slip(p) for p in periods)
    doc = make_doc(*[f"page {i}" for i in range(1, pages + 1)], rel="payslips/q4.pdf")
    return Extracted(doc, "payslip", parts[0], parts=parts, part_pages=spans)


def test_each_part_is_an_exhibit_in_month_order() -> None:
    report = run([combined(), payslip("2026-09"), *FULL_STATEMENTS])
    (doc,) = [d for d in report.documents if d.document.rel == "payslips/q4.pdf"]
    assert doc.part_pages == ((1, 1), (2, 3), (4, 4)) and [p["period"] for p in doc.parts] == ["2026-08", "2026-10",
                                                                                                "2026-11"]
    assert [d["path"] for d in report.to_json()["documents"]].count("payslips/q4.pdf") == 1
    exhibits = order_exhibits(report, "en", load_checklist("en-hardship"))
    got = [(e.label, e.title, e.result.document.rel, e.span) for e in exhibits[:4]]
    assert got == [("Exhibit A", "Payslip, Aug 2026", "payslips/q4.pdf", (1, 1)),
                   ("Exhibit B", "Payslip, Sep 2026", "payslips/2026-09.pdf", None),
                   ("Exhibit C", "Payslip, Oct 2026", "payslips/q4.pdf", (2, 3)),
                   ("Exhibit D", "Payslip, Nov 2026", "payslips/q4.pdf", (4, 4))]
    assert exhibits[2].description == "Payslip — Brightwater Logistics Ltd, Oct 2026"
    assert [p.text for p in exhibits[2].doc_pages] == ["page 2", "page 3"]
    layout = lay_out(exhibits, letter_pages=2, index_pages=1, appendix_pages=0, lang="en")
    spans = [(s.label, s.first, s.last) for s in layout.sections if s.kind == "exhibit"][:4]
    assert spans == [("Exhibit A", 4, 4), ("Exhibit B", 5, 5), ("Exhibit C", 6, 7), ("Exhibit D", 8, 8)]
    plan = SimpleNamespace(layout=layout, front=SimpleNamespace(lang="en"))
    assert [(u.label, u.first, u.last) for u in _units(plan)][1:5] == spans  # a split cuts between parts


def test_parts_whose_pages_do_not_tile_the_file_stay_one_exhibit() -> None:
    report = run([combined(spans=((1, 1), (3, 4), (4, 4))), *FULL_STATEMENTS])
    exhibits = order_exhibits(report, "en", load_checklist("en-hardship"))
    assert [(e.result.document.rel, e.span, e.pages) for e in exhibits[:1]] == [("payslips/q4.pdf", None, 4)]


def test_human_report_lists_the_parts() -> None:
    text = render([combined(), payslip("2026-09"), *FULL_STATEMENTS], case())
    assert "holds 3 payslips: 2026-08, 2026-10, 2026-11" in text
    assert "pp. 2–3: 2026-10 · net pay 2310.45" in text
    assert all(width(line) <= 80 for line in text.splitlines())


# --- end to end: real files, the real pipeline, the built PDF ---------------------------------------

AS_OF = "2026-11-30"
COMBINED = "payslips/2026-combined.pdf"


def _payslip_lines(month: int, net: str) -> list[str]:
    return ["北京华晟科技有限公司 工资条", "员工姓名：李秀英", f"工资所属期：2026年{month:02d}月",
            "应发工资：9,700.00", f"实发工资：{net}"]


def make_case(root: Path) -> Path:
    """A 缓催 case: one born-digital PDF with the Aug, Oct and Nov payslips (a page each), the Sep
    payslip on its own, and one statement covering Aug–Oct."""
    (root / "payslips").mkdir(parents=True)
    (root / "statements").mkdir()
    text_pdf(root / COMBINED, [_payslip_lines(m, n) for m, n in ((8, "7,810.09"), (10, "7,830.09"), (11, "7,840.09"))],
             cjk=True)
    text_pdf(root / "payslips/2026-09.pdf", [_payslip_lines(9, "7,820.09")], cjk=True)
    text_pdf(root / "statements/jinggang.pdf", [["京港商业银行 对账单", "户名：李秀英", "账号：6222 **** **** 7702",
                                                  "起止日期：2026-08-01 至 2026-10-31", "期末余额：7,493.30"]], cjk=True)
    (root / "packet.toml").write_text(
        '[applicant]\nname = "李秀英"\n[lender]\nname = "安信消费金融有限公司"\ncontract_number = "AX2025031200458"\n'
        '[request]\nkind = "reduce"\nlanguage = "zh"\n[plan]\noutstanding = "36000.00"\nmonthly_payment = "1500.00"\n'
        "first_payment = 2027-02-15\n", encoding="utf-8")
    return root


def test_combined_payslips_end_to_end(tmp_path: Path) -> None:
    root = make_case(tmp_path / "case")
    checked = CliRunner().invoke(cli, ["check", str(root), "--json", "--as-of", AS_OF])
    assert checked.exit_code == 0, checked.output
    data = json.loads(checked.stdout)
    listed = [d["path"] for d in data["documents"]]
    assert sorted(listed) == sorted([COMBINED, "payslips/2026-09.pdf", "statements/jinggang.pdf"])
    (doc,) = [d for d in data["documents"] if d["path"] == COMBINED]
    assert doc["pages"] == 3 and doc["fields"]["period"] == "2026-08"
    assert [p["code"] for p in doc["problems"]] == ["multiple-documents"]

    human = CliRunner().invoke(cli, ["check", str(root), "--as-of", AS_OF]).stdout
    assert "含 3 份工资单：2026-08、2026-10、2026-11" in human

    out = tmp_path / "packet.pdf"
    built = CliRunner().invoke(cli, ["build", str(root), "--as-of", AS_OF, "-o", str(out)])
    assert built.exit_code == 0, built.output
    reader = PdfReader(out)
    texts = [p.extract_text() for p in reader.pages]
    marks = [(m.title, reader.get_destination_page_number(m) + 1) for m in reader.outline]
    exhibits = [(m.groups(), page) for t, page in marks if (m := re.match(r"(附件 \d+) (\S+) (\S+)", t))]
    assert [(label, kind, when) for (label, kind, when), _ in exhibits] == [
        ("附件 1", "工资单", "2026-08"), ("附件 2", "工资单", "2026-09"), ("附件 3", "工资单", "2026-10"),
        ("附件 4", "工资单", "2026-11"), ("附件 5", "银行流水", "2026-08-01")]
    first = exhibits[0][1]
    assert [page for _, page in exhibits] == list(range(first, first + 5)), "one page each, in order"
    index = texts[first - 2]
    for (label, _, when), page in exhibits[:4]:
        assert re.search(rf"{label}\s*工资单 · 北京华晟科技有限公司 · {when}\s*第 {page} 页", index), (label, index)
    source_month = {"附件 1": "08", "附件 2": "09", "附件 3": "10", "附件 4": "11"}
    for (label, _, _), page in exhibits[:4]:
        text = texts[page - 1]
        assert f"工资所属期：2026年{source_month[label]}月" in text, "the part's own page of the file"
        assert re.search(rf"{label}\s*第 {page} / {len(texts)} 页", text), "the stamp carries the part's label"
        assert [x for x in source_month if x != label and x in text] == []
