"""A label printed after its twin in another language on one line ("No. Akaun / Account No.", value to the right)
counts as a label standing first in its cell (branch r23-lines; independent set 18's Kuching statement scan: its
account number was not found, "Account No." after "No. Akaun /" taken for words inside a phrase).

Real Tesseract on headers from :mod:`slashtwingen` (shares nothing with packet). On 710b190 (before the change) the
four headers gave their account number 0/4 times; after it 4/4."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixtures_reading import case_at, image_pdf, read_documents
from slashtwingen import slash_header

from packet.understanding.classify import classify
from packet.understanding.label_geometry import _twin_before


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_slash_twin_label_gives_its_value(tmp_path: Path, seed: int) -> None:
    from packet.understanding.extract import extract

    page = slash_header(seed)
    image_pdf(tmp_path / "statement-scan.pdf", [page.image], dpi=150)
    docs = read_documents(tmp_path, "en")
    got = extract(classify(docs, case_at(tmp_path))[0], "en")
    assert got.fields.get("account_number") == re.sub(r"\D", "", page.account)


@pytest.mark.parametrize("before, twin", [("no. akaun /", True), ("tarikh penyata /", True),
                                          ("bank statement for october 2026 /", False), ("a/c /", False),
                                          ("paid to smith /", True), ("five words of it here /", False),
                                          ("x: y /", False), ("no. akaun/", False)])
def test_what_counts_as_a_twin_before_a_label(before: str, twin: bool) -> None:
    assert _twin_before(before) is twin
