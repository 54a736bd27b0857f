"""Phone screens and papers about money moved or owed that are no bank statement stay "other", by their structure
(round 27: independent 20's bank text alerts and mobile-money history were typed bank statements): messages that name
the same account again and again, each with its own balance, are ``balance_messages``; a wallet's two-line rows of a
signed whole amount over their date are rows (``dated_rows``), so a list headed by a wallet with no bank named is
``wallet_flow``. A lender's collection texts, a lending app's overdue screen, a rent receipt and a page of a personal
credit report (its title, 个人信用报告, a negative word of a statement) stay "other" too; real
statements with the traps (a bank app's history of the same two-line rows in whole units, a printed statement whose
rows each carry their balance) stay bank statements. Pages from ``alertlookalikegen``, written as text PDFs, as
phone screenshots and as phone photos, read by the real pipeline (Tesseract, the PDF text layer)."""

from __future__ import annotations

import pytest
from alertlookalikegen import LOOKALIKES, STATEMENTS, generate
from fixtures_reading import read_generated

from packet.understanding.classify import classify_one, structures


@pytest.mark.parametrize("form", ["text", "screenshot", "photo"])
def test_alerts_wallets_and_debts_are_no_statements(tmp_path, form: str) -> None:
    seed = 27
    items = generate(seed, (form,))
    read = read_generated(items, tmp_path, seed)
    wrong = []
    for item, doc in read:
        got = classify_one(doc).type
        if got != item.type:
            wrong.append((doc.rel, item.type, got))
        shapes = structures(doc)
        if ("balance_messages" in shapes) != item.sheet.layout.endswith("sms-alerts"):
            wrong.append((doc.rel, "balance_messages", sorted(shapes)))
        if ("wallet_flow" in shapes) != (item.sheet.layout == "en-wallet-history"):
            wrong.append((doc.rel, "wallet_flow", sorted(shapes)))
        if item.sheet.layout.endswith(("wallet-history", "bank-app-whole")) and "dated_rows" not in shapes:
            wrong.append((doc.rel, "dated_rows", sorted(shapes)))
    assert len({id(item) for item, _ in read}) == len(items) == len(LOOKALIKES) + len(STATEMENTS)
    assert not wrong
