"""A card account's statement that prints no credit limit, minimum payment or due date is still no bank statement:
its purchases raise the running balance (what is owed), where a current account's spending lowers it
(:func:`packet.understanding.tables.owed_balance`, round 17). Generated pages (``owedgen``: US, UK and Chinese
layouts), written as text PDFs and as phone photos and read by the real pipeline (Tesseract, the PDF text layer);
the same layouts with a purchases column that lowers the balance stay bank statements."""

from __future__ import annotations

import pytest
from fixtures_reading import read_generated
from owedgen import LAYOUTS, generate

from packet.understanding.classify import classify_one


# the seed draws the figures and names (owedgen.generate); the mechanism is the same under either, so the photos,
# the costly form (real OCR of every layout), are of one seed and the text PDFs of two
@pytest.mark.parametrize("seed,form", [(3, "text"), (11, "text"), (3, "photo")])
def test_purchases_that_raise_the_balance_make_no_bank_statement(tmp_path, seed: int, form: str) -> None:
    items = generate(seed, (form,))
    read = read_generated(items, tmp_path, seed)
    wrong = [(doc.rel, item.type, got) for item, doc in read if (got := classify_one(doc).type) != item.type]
    assert len({id(item) for item, _ in read}) == len(items) == 2 * len(LAYOUTS)
    assert not wrong
