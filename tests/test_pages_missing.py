"""A file that holds fewer pages than its pages say the document has ("Page 1 of 2" on a photo of a statement's
first page: a new user's trial, where the last running balance of page 1 was taken for the closing balance) is
warned ``pages-missing``, with how to put all the pages in one file. A warning only: it still counts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf
from textdoc import make_doc

from packet.cli import cli
from packet.core.model import PROBLEM_CODES, Extracted
from packet.rules.wording import pages_missing


@pytest.mark.parametrize(("pages", "warned"), [
    (["Pennine Bank  Page 1 of 2  Statement"], 2),
    (["第 1 页 共 3 页 中国工商银行 对账单"], 3),
    (["共2页 第1页"], 2),
    (["Page 1 of 2", "Page 2 of 2"], None),  # all there
    (["Payslip October  Page 1 of 1", "Payslip November  Page 1 of 1"], None),  # two documents in one file
    (["Invoice 12 of 2026, page 1"], None),  # no page count
    (["Page 1 of 250"], None),  # a count no document has: a misread
])
def test_a_page_count_beyond_the_files_pages_is_warned(pages, warned):
    e = Extracted(make_doc(*pages, rel="IMG_0001.jpg"), "bank_statement", {})
    got = pages_missing("en", e)
    if warned is None:
        assert got is None
    else:
        assert got.code == "pages-missing" and f"has {warned} pages" in got.message and "holds 1" in got.message


def test_the_code_is_a_problem_code():
    assert "pages-missing" in PROBLEM_CODES


def test_check_warns_a_one_page_file_of_a_two_page_statement_and_still_counts_it(tmp_path):
    text_pdf(tmp_path / "stmt.pdf", [["Harbourside Bank", "Statement of account                Page 1 of 2",
                                      "Account holder: Ruth Adeyemi", "Account number: 55012934",
                                      "Statement period: 01/10/2026 to 31/10/2026",
                                      "Date        Description        Amount      Balance",
                                      "01/10/2026  Opening balance                 1,200.00",
                                      "05/10/2026  Card TESCO          -45.20      1,154.80"]], size=(595, 842))
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "zh"\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--json", "--no-cache"])
    doc = json.loads(out.output)["documents"][0]
    codes = {p["code"]: p["message"] for p in doc["problems"]}
    assert "pages-missing" in codes and "共 2 页" in codes["pages-missing"]
