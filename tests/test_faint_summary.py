"""A pay stub whose summary boxes' labels OCR lost ("Gross earnings / Total deductions / Net pay" in pale 4.5 pt):
gross and net found from the figures, the deductions total confirmed by the deductions column it sums (branch
r23-lines; independent set 18's Kamloops mill stub photo: net pay not found, gross taken from three of its four
earnings rows at 0.32).

Real Tesseract on stubs from :mod:`faintsumgen` (shares nothing with packet). On 710b190 (before the change) the
eight stubs gave their net pay 0/8 times and their gross 0/8; after it both 7/8 (seed 5: OCR read the total
2,775.74 as 2,175.74, which no column adds up to: no net is found, and the gross stays the earnings rows' partial sum
5,749.52 it was before, below 0.9)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from faintsumgen import faint_summary_stub
from fixtures_reading import case_at, read_documents, save_image

from packet.core.model import Word
from packet.understanding.classify import classify
from packet.understanding.extract import column_totals
from packet.understanding.label_geometry import Line


def test_faint_summary_stubs_give_gross_and_net(tmp_path: Path) -> None:
    from packet.understanding.extract import extract

    right_net = right_gross = 0
    for seed in range(1, 9):
        root = tmp_path / str(seed)
        stub = faint_summary_stub(seed)
        save_image(stub.image, root / "pay-stub-photo.png", "PNG", dpi=200)
        docs = read_documents(root, "en")
        got = extract(classify(docs, case_at(root))[0], "en")
        net, gross = got.fields.get("net_pay"), got.fields.get("gross_pay")
        assert net in (None, f"{stub.net:.2f}"), (seed, net)  # a net found is the stub's
        right_net += net == f"{stub.net:.2f}"
        right_gross += gross == f"{stub.gross:.2f}"
        if net is not None:
            assert got.evidence["net_pay"].confidence < 0.9  # found without a label: the user confirms it
    assert right_net >= 6 and right_gross >= 6, (right_net, right_gross)


def _lines(texts: list[str]) -> list[Line]:
    return [Line(0, k, (Word(t, (0.05, 0.02 + k * 0.03, 0.95, 0.04 + k * 0.03)),)) for k, t in enumerate(texts)]


def test_a_column_total_sums_the_rows_right_above_it() -> None:
    rows = ["Deductions Current", "Tax 100.00", "Pension 20.50", "Union 9.50", "500.00 130.00 370.00"]
    assert column_totals(_lines(rows)) == [Decimal("130.00")]
    # two rows are no column; a row without a figure ends the column
    assert column_totals(_lines(["Tax 100.00", "Pension 30.00", "130.00"])) == []
    assert column_totals(_lines(["Tax 100.00", "Note", "Pension 20.50", "Union 9.50", "130.00"])) == []
