"""A payslip's net paid printed only as a figure with the same amount in English words under it (branch r17-enpay;
hold-out 12's Zoonodle payslip photo lost its "Net Pay" cell and kept "9500" over "Nine Thousand Five Hundred"):
read as the net, below sure. Text PDFs of :mod:`wordspaygen` read by the real stages; on main the net was None.
And the words' reader on lines as printed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from wordspaygen import make, spell

from packet.case.casefile import Case, Request
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract
from packet.understanding.figures import amount_in_words


@pytest.mark.parametrize("seed", (0, 1, 2))
def test_the_net_printed_in_figures_and_words_is_the_net(tmp_path: Path, seed: int) -> None:
    pdf, gross, net = make(seed)
    (tmp_path / "slip.pdf").write_bytes(pdf)
    case = Case(root=tmp_path, request=Request(language="en", checklist="en-hardship"))
    got = read_case(case, languages="eng", jobs=1)
    ex = extract(classify_one(got.documents[0], case), "en")
    assert ex.type == "payslip"
    assert ex.fields["gross_pay"] == gross
    assert ex.fields["net_pay"] == net
    assert ex.evidence["net_pay"].confidence < 0.9


@pytest.mark.parametrize("n", (9500, 1105, 20017, 700040))
def test_words_read_back(n: int) -> None:
    assert amount_in_words(spell(n) + " Only") == Decimal(n)


def test_minor_units_and_prose() -> None:
    assert amount_in_words("Three Thousand Two Hundred Twenty-Four Dirhams and Seventeen Fils Only") == Decimal("3224.17")
    assert amount_in_words("We thank you for one of the best years of service.") is None
    assert amount_in_words("Ref 2 of 3: Nine Thousand") is None  # a digit on the line: no amount in words


def test_a_year_written_out_is_no_pay() -> None:
    from packet.core.model import Word
    from packet.understanding.figures import paid_in_words
    from packet.understanding.label_geometry import Line

    def lines(*texts: str) -> list[Line]:
        return [Line(0, i, (Word(t, (0.1, 0.05 * i, 0.9, 0.05 * i + 0.03)),)) for i, t in enumerate(texts)]

    assert paid_in_words(lines("Signed this 3rd day of November 2026", "Two Thousand and Twenty-Six")) is None
    assert paid_in_words(lines("Net 2,450.00", "Two Thousand Four Hundred and Fifty Only")) == 2450
