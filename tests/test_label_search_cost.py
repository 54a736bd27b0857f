"""What one extraction costs in the label search: the words a misread label is compared with (every label and printed
word of a document type, ~2,000) and the longer labels that may hold a label are folded once per process, not again for
every field and label searched. Folding them anew was most of an extraction's time: six ``check`` runs of a two-page
text PDF made 10 million calls of :func:`packet.core.text.fold` and took 95 % of the test that ran them."""

from __future__ import annotations

import pytest
from textdoc import make_doc

from packet.core import text as core_text
from packet.core.model import Classified
from packet.understanding import extract as extract_mod
from packet.understanding import label_geometry

SLIP = """
Harbourline Joinery Ltd
Payslip
Employee: Aoife Brennan         Pay period: October 2026
Basic pay                                  2,410.00
Overtime                                     300.00
Gross pay                                  2,710.00
Income tax                                  -402.10
Net pay                                    2,307.90
Payment date 31/10/2026
"""


@pytest.fixture
def folds(monkeypatch) -> list[int]:
    """Counts the calls of ``fold`` made by the label search (both modules' own references to it)."""
    calls = [0]

    def counting(text: str) -> str:
        calls[0] += 1
        return core_text.fold(text)

    monkeypatch.setattr(label_geometry, "fold", counting)
    monkeypatch.setattr(extract_mod, "fold", counting)
    return calls


def test_a_second_extraction_folds_no_vocabulary_again(folds) -> None:
    doc = make_doc(SLIP)
    first = extract_mod.extract(Classified(doc, "payslip"), "en")
    once = folds[0]
    folds[0] = 0
    again = extract_mod.extract(Classified(make_doc(SLIP.replace("Aoife", "Niamh")), "payslip"), "en")
    # the fields are read as before, and a second document of the type costs a small share of the first: the
    # labels searched, not the whole vocabulary once more for each of them (before: ~{once} each time)
    assert first.fields["net_pay"] == again.fields["net_pay"] == "2307.90"
    assert again.fields["employee"] == "Niamh Brennan"
    assert folds[0] < 5000, (once, folds[0])
    assert folds[0] < once / 4 or once < 5000, (once, folds[0])
