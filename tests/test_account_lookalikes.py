"""Pages about an account that are no bank statement are typed "other" by their structure (round 22: independent
17's bank letter confirming an account and a wallet's 零钱明细 with a balance column, independent 16's Universal
Credit payment screen were typed bank statements): a letter printing no amount at all is ``moneyless``, and a list of
movements headed by a payment app's wallet with no bank named outside its rows is ``wallet_flow``. Real statements with the traps (a bank
app's two-line rows naming payment apps, a short printed statement) stay bank statements. Pages from
``accountlookalikegen``, written as text PDFs and as scans, read by the real pipeline (Tesseract, the PDF text
layer)."""

from __future__ import annotations

import pytest
from accountlookalikegen import LOOKALIKES, STATEMENTS, generate
from fixtures_reading import read_generated

from packet.understanding.classify import classify_one, structures


@pytest.mark.parametrize("form", ["text", "scan"])
def test_account_pages_without_movements_or_of_a_wallet_are_no_statements(tmp_path, form: str) -> None:
    seed = 11
    items = generate(seed, (form,))
    read = read_generated(items, tmp_path, seed)
    wrong = []
    for item, doc in read:
        got = classify_one(doc).type
        if got != item.type:
            wrong.append((doc.rel, item.type, got))
        shapes = structures(doc)
        if ("wallet_flow" in shapes) != (item.sheet.layout == "zh-wallet-listing"):
            wrong.append((doc.rel, "wallet_flow", sorted(shapes)))
        if item.type == "bank_statement" and "dated_rows" not in shapes:
            wrong.append((doc.rel, "dated_rows", sorted(shapes)))
    assert len({id(item) for item, _ in read}) == len(items) == len(LOOKALIKES) + len(STATEMENTS)
    assert not wrong
