"""Masked account numbers with a sub-account suffix (issue 10, seventh round): credit unions and some banks print the
shown digits of a masked number and then a short suffix for the sub-account or the holder ("******3318-09"); the
suffix was run into the digits ("331809" → "1809"), so the account's last four were wrong.

A generator of its own (deterministic seed): mask characters, mask lengths, groupings, separators, suffix lengths,
after labels written here (not taken from any document); unmasked numbers and suffix-less masks keep their reading.
"""

from __future__ import annotations

import random

import pytest
from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract, p_account

_MASKS = ("*", "X", "x", "•", "#")
_LABELS = ("Account number", "Member No.", "A/C No:", "Account #", "Share Draft Acct", "Acct:", "Account ending")


def _cases(n: int = 64) -> list[tuple[str, str]]:
    rng = random.Random(31180)
    out = []
    for i in range(n):
        shown = f"{rng.randint(0, 9999):04d}"
        mask = rng.choice(_MASKS) * rng.choice((4, 6, 8, 12))
        if i % 4 == 0:  # the mask in groups, as a card number is printed
            mask = " ".join(mask[j:j + 4] for j in range(0, len(mask), 4))
        suffix = str(rng.randint(0, 10 ** rng.randint(1, 3) - 1)).zfill(rng.randint(1, 3))
        sep_mask, sep_suffix = rng.choice(("", "-", " ")), rng.choice(("-", " ", " - "))
        out.append((f"{rng.choice(_LABELS)} {mask}{sep_mask}{shown}{sep_suffix}{suffix}", shown))
    return out


@pytest.mark.parametrize("text,last_four", _cases(), ids=lambda v: str(v))
def test_generated_masked_numbers_with_a_suffix(text: str, last_four: str) -> None:
    assert p_account(text) == last_four


@pytest.mark.parametrize("text,expected", [
    ("**** **** **** 1234", "1234"), ("XXXX-XXXX-5521", "5521"), ("******12345678", "12345678"),
    ("1234 5678 9012", "123456789012"), ("12-34-56 88776655", "12345688776655"), ("****12-34", "1234"),
])
def test_numbers_without_a_suffix_keep_their_reading(text: str, expected: str) -> None:
    assert p_account(text) == expected


def test_statement_account_with_a_suffix() -> None:
    got = dict(extract(Classified(make_doc("""
                     Lakeshore Teachers Federal Credit Union
                              Member Account Statement
Statement Period: 09/01/2026 - 09/30/2026
Member: Odalys Ferreira-Banks                 Account: XXXXXX7305 - 14
Share Draft Checking
Date        Description                        Amount        Balance
09/01       Beginning Balance                                  1,311.08
09/12       Payroll Deposit                    2,140.00        3,451.08
09/30       Ending Balance                                     2,874.19
"""), "bank_statement"), "en").fields)
    assert got["account_number"] == "7305"
