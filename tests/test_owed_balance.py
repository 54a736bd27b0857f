"""A card account's statement that prints no credit limit, minimum payment or due date is still no bank statement:
its purchases raise the running balance (what is owed), where a current account's spending lowers it
(:func:`packet.understanding.tables.owed_balance`, round 17). Generated pages (``owedgen``: US, UK and Chinese
layouts), written as text PDFs and as phone photos and read by the real pipeline (Tesseract, the PDF text layer);
the same layouts with a purchases column that lowers the balance stay bank statements."""

from __future__ import annotations

import pytest
from fixtures_reading import read_documents
from owedgen import LAYOUTS, generate
from photo_forms import write

from packet.understanding.classify import classify_one


@pytest.mark.parametrize("form", ["text", "photo"])
@pytest.mark.parametrize("seed", [3, 11])
def test_purchases_that_raise_the_balance_make_no_bank_statement(tmp_path, seed: int, form: str) -> None:
    items = generate(seed, (form,))
    names = {}
    for i, it in enumerate(items):
        p = write(it.sheet, it.form, tmp_path / it.sheet.language, f"{it.sheet.layout}-{i}", seed + i)
        names[(it.sheet.language, p.name)] = it
    wrong = []
    for lang in ("en", "zh"):
        for doc in read_documents(tmp_path / lang, lang):
            want = names[(lang, doc.rel)].type
            got = classify_one(doc).type
            if got != want:
                wrong.append((doc.rel, want, got))
    assert len(names) == 2 * len(LAYOUTS)
    assert not wrong
