"""Ledgers that look like a bank statement and are a debt's are typed "other" by their structure, not their words
(round 21: independent 16's mortgage statement, loan schedule and card bill were typed bank statements): the
direction of the balance under a money-out column (:func:`packet.understanding.tables.owed_balance` with the
vocabulary's ``debit_headings``), a plan of monthly instalments (:func:`packet.understanding.tables.repayment_schedule`)
and a debt's summary figures (:func:`packet.understanding.classify.owed_summary`). Real statements with the traps
(money out under Debit, an overdraft, a loan's repayments among the rows, a linked card's amount due on the page) stay
bank statements; a flow of money without a balance is no account's when its issuer is no bank (``non_bank_flow``) and
stays a bank's statement under a bank's seal. Pages from ``debtledgergen``, written as text PDFs and as phone photos, read by the real pipeline
(Tesseract, the PDF text layer)."""

from __future__ import annotations

import pytest
from debtledgergen import LOOKALIKES, STATEMENTS, generate
from fixtures_reading import read_generated

from packet.understanding.classify import classify_one, structures

# the structure each kind of debt's page must show (and no real statement shows)
SHAPE = {"balance": "owed_balance", "plan": "repayment_schedule", "summary": "owed_summary", "wallet": "non_bank_flow"}


@pytest.mark.parametrize("form", ["text", "photo"])
def test_debt_ledgers_are_no_bank_statements_and_statements_stay(tmp_path, form: str) -> None:
    seed = 5
    items = generate(seed, (form,))
    read = read_generated(items, tmp_path, seed)
    wrong = []
    for item, doc in read:
        got = classify_one(doc).type
        if got != item.type:
            wrong.append((doc.rel, item.type, got))
        shapes = structures(doc) & set(SHAPE.values())
        if (SHAPE[item.debt] not in shapes) if item.debt else shapes:
            wrong.append((doc.rel, item.debt, sorted(shapes)))
    assert len({id(item) for item, _ in read}) == len(items) == len(LOOKALIKES) + len(STATEMENTS)
    assert not wrong
