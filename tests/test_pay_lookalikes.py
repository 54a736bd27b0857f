"""A pay chain is pay only where what is payable is named as pay (branch r17-enpay; independent set 12's health policy
renewal notice — premiums of three covered people, less the employer's share, = what is deducted from payroll — was
typed a payslip by its figures alone). Look-alikes of :mod:`paylookalikegen` (a policy's premiums less a share, an
invoice less a discount, school fees less a bursary, a water bill less a credit, a property fee less a waiver, tuition
less a grant; English and Chinese) chain as pay does and must not show ``pay_chain`` nor be typed payslip; the
controls, the same sums with their earnings named as pay, still chain. Text PDFs read by the real stages.

On main every look-alike showed ``pay_chain``."""

from __future__ import annotations

from pathlib import Path

import pytest
from paylookalikegen import KINDS, PAY_KINDS, make

from packet.case.casefile import Case, Request
from packet.reading.ingest import read_case
from packet.understanding import figures
from packet.understanding.classify import classify_one, structures
from packet.understanding.label_geometry import doc_lines

SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple]:
    """{name: (the Document, its Classified)} for every kind and seed, read as one case."""
    root = tmp_path_factory.mktemp("lookalikes") / "case"
    root.mkdir()
    for kind in (*KINDS, *PAY_KINDS):
        for seed in SEEDS:
            (root / f"{kind}-{seed}.pdf").write_bytes(make(kind, seed))
    case = Case(root=root, request=Request(language="en", checklist="en-hardship"))
    got = read_case(case, languages="eng", jobs=1)
    assert not got.errors
    return {Path(d.rel).stem: (d, classify_one(d, case)) for d in got.documents}


@pytest.mark.parametrize("kind", KINDS)
def test_figures_that_chain_without_pay_are_no_payslip(read, kind: str) -> None:
    for seed in SEEDS:
        doc, got = read[f"{kind}-{seed}"]
        lines = doc_lines(doc.pages)
        # the arithmetic alone does chain: the look-alike is a real one
        assert figures.pay_chain(lines, words=()) is not None, (kind, seed)
        assert figures.pay_chain(lines) is None, (kind, seed)
        assert "pay_chain" not in structures(doc), (kind, seed)
        assert got.type != "payslip", (kind, seed)


@pytest.mark.parametrize("kind", PAY_KINDS)
def test_the_same_figures_named_as_pay_still_chain(read, kind: str) -> None:
    for seed in SEEDS:
        doc, got = read[f"{kind}-{seed}"]
        assert figures.pay_chain(doc_lines(doc.pages)) is not None, (kind, seed)
        assert "pay_chain" in structures(doc), (kind, seed)
        assert got.type == "payslip", (kind, seed)
