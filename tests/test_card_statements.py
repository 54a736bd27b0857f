"""A credit card statement is not a bank statement (issue 10, seventh round): it lists transactions and balances as a
current account's statement does, but what it shows is a debt — a credit limit, a minimum payment and its due date.
The words that say so are one family in checklists/types.toml (bank_statement's negative words), in the ways card
issuers in the US, UK, Canada, Australia, New Zealand, Ireland, India, Singapore, Hong Kong and South Africa print
them. A generator of its own (deterministic seed, eight layouts, wording written here, not taken from any document);
current-account statements from the same generator stay bank statements.
"""

from __future__ import annotations

import random

import pytest
from textdoc import make_doc

from packet.understanding.classify import classify_one

_ISSUERS = ("Northway Bank", "Calder & Rowe Bank", "Tasman Mutual", "Maple Crest Financial", "Kestrel Bank",
            "Lion City Savings Bank", "Harbourfront Bank", "Veldt Commercial Bank")
_HOLDERS = ("ANGELA M. OKORO", "Rohan Deshpande", "Siobhan Gallagher", "WEI JIE TAN", "Thabo Mokoena",
            "Carys Pritchard", "Mateo Alvarez", "Hemi Walker")
# per layout: the card's title, limit, minimum, due date and new-balance wordings (country styles noted)
_CARD_WORDS = [
    ("Visa Signature Card Statement", "Credit Limit", "Minimum Payment Due", "Payment Due Date", "New Balance"),  # US
    ("Credit Card Statement", "Credit limit", "Minimum payment", "Pay by", "Statement balance"),  # UK
    ("Mastercard Statement", "Credit limit", "Minimum repayment", "Due date", "Closing balance"),  # AU / NZ
    ("World Elite Card - Monthly Statement", "Credit limit", "Minimum payment", "Payment due date",
     "New balance"),  # CA
    ("Card Account Statement", "Total Credit Limit", "Minimum Amount Due", "Payment Due Date",
     "Total Amount Due"),  # IN
    ("Credit Card e-Statement", "Credit Limit", "Minimum Payment", "Payment Due Date",
     "Statement Balance"),  # SG / HK
    ("Gold Credit Card", "Available credit", "Minimum amount payable", "Payment due", "Amount owing"),  # ZA
    ("Platinum Card Statement of Account", "Combined credit limit", "Minimum due", "Please pay by",
     "Current balance"),  # IE
]
_ROWS = ("GROCER 0412", "FUEL STATION 88", "ONLINE RETAIL", "PHARMACY 21", "RESTAURANT", "TRANSPORT TOPUP",
         "PAYMENT RECEIVED - THANK YOU", "INTEREST CHARGED")


def _money(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}.{rng.randint(0, 99):02d}"


def _rows(rng: random.Random) -> list[str]:
    return [f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}   {rng.choice(_ROWS):<34}{_money(rng, 5, 900):>12}"
            for _ in range(rng.randint(4, 8))]


def _card(layout: int, rng: random.Random) -> str:
    title, limit, minimum, due, new = _CARD_WORDS[layout]
    head = [f"{_ISSUERS[layout]}", title, f"{_HOLDERS[layout]}      Card number **** **** **** {rng.randint(1000, 9999)}",
            f"Statement date {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"]
    summary = [f"Previous balance            {_money(rng, 100, 4000)}",
               f"Payments and credits        -{_money(rng, 50, 900)}",
               f"Purchases                   {_money(rng, 100, 2000)}",
               f"{new:<28}{_money(rng, 500, 6000)}",
               f"{limit:<28}{_money(rng, 3000, 20000)}",
               f"{minimum:<28}{_money(rng, 25, 300)}",
               f"{due:<28}{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"]
    table = ["Date    Description                          Amount", *_rows(rng)]
    # the layouts move the summary box: after the heading, after the transactions, or beside them
    parts = [head, summary, table] if layout % 3 == 0 else [head, table, summary] if layout % 3 == 1 else \
        [head, table[:1], summary, table[1:]]
    return "\n".join(line for part in parts for line in part)


def _current(layout: int, rng: random.Random) -> str:
    opening, closing = _money(rng, 100, 4000), _money(rng, 100, 4000)
    return "\n".join([
        _ISSUERS[layout], ("Current account statement", "Bank statement", "Checking account statement",
                           "Statement of account")[layout % 4],
        f"{_HOLDERS[layout]}      Account number {rng.randint(10000000, 99999999)}",
        f"Statement period 01/{layout + 1:02d}/2026 to 28/{layout + 1:02d}/2026",
        f"Opening balance             {opening}",
        "Date    Description                     Paid out     Paid in      Balance",
        *[f"{d:02d}/{layout + 1:02d}   {rng.choice(_ROWS[:6]):<30}{_money(rng, 5, 400):>10}"
          f"{'':>12}{_money(rng, 100, 4000):>12}" for d in range(3, 27, 5)],
        f"Closing balance             {closing}",
    ])


@pytest.mark.parametrize("seed", range(16))
def test_generated_credit_card_statements_are_no_bank_statements(seed: int) -> None:
    rng = random.Random(8832 + seed)
    got = classify_one(make_doc(_card(seed % 8, rng), rel=f"card-{seed}.pdf"))
    assert got.type == "other"


@pytest.mark.parametrize("seed", range(8))
def test_generated_current_account_statements_stay_bank_statements(seed: int) -> None:
    rng = random.Random(5521 + seed)
    assert classify_one(make_doc(_current(seed, rng), rel=f"stmt-{seed}.pdf")).type == "bank_statement"
