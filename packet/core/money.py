"""Amounts of money with their currency: reading "£4,200" or "4200 元", and writing them for a letter.

Currencies are ISO 4217 codes. :data:`SYMBOLS` maps the marks people write next to an amount to a code;
:func:`guess_currency` picks the currency a set of documents is written in from those marks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

# the mark -> ISO 4217 code; longer marks first so "HK$" wins over "$"
SYMBOLS: tuple[tuple[str, str], ...] = (
    ("HK$", "HKD"), ("US$", "USD"), ("RMB", "CNY"), ("CNY", "CNY"), ("GBP", "GBP"), ("USD", "USD"), ("EUR", "EUR"),
    ("£", "GBP"), ("€", "EUR"), ("$", "USD"), ("¥", "CNY"), ("￥", "CNY"), ("元", "CNY"), ("人民币", "CNY"),
)
# Chinese magnitudes written after digits ("3万", "1.2万元"), as people write amounts and documents print them
MAGNITUDES = {"千": Decimal(1000), "仟": Decimal(1000), "万": Decimal(10**4), "萬": Decimal(10**4),
              "亿": Decimal(10**8), "億": Decimal(10**8)}
# how a letter writes an amount in each currency: (prefix, suffix) per language
_PREFIX = {"GBP": "£", "USD": "$", "EUR": "€", "HKD": "HK$"}
_ZH_SUFFIX = {"CNY": "元", "GBP": "英镑", "USD": "美元", "EUR": "欧元", "HKD": "港元"}
ISO_CODE = re.compile(r"^[A-Z]{3}$")


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """``"£4,200"`` -> ``(Decimal("4200"), "GBP")``; ``"800.00"`` -> ``(Decimal("800.00"), None)``;
    ``"3万"`` -> ``(Decimal("30000"), None)``; ``"1.2万元"`` -> ``(Decimal("12000.0"), "CNY")``.

    Accepts a currency mark or ISO code before or after the number, thousands separators (``,``) and spaces, and one
    Chinese magnitude (:data:`MAGNITUDES`: 千 万 亿) right after the number, as the documents' reader does
    (:mod:`packet.understanding.values`). Raises ValueError when what is left is not a number."""
    s = text.strip()
    found = None
    for mark, code in SYMBOLS:
        if mark in s:
            found = found or code
            s = s.replace(mark, "")
    s = s.replace(",", "").replace(" ", "").replace("\u00a0", "")
    times = Decimal(1)
    if s[-1:] in MAGNITUDES:
        s, times = s[:-1], MAGNITUDES[s[-1]]
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value * times, found


def guess_currency(texts: Iterable[str]) -> str | None:
    """The currency most often marked in ``texts`` (£, $, €, ¥, 元, RMB…), or None when none is marked."""
    counts: Counter[str] = Counter()
    for text in texts:
        rest = text
        for mark, code in SYMBOLS:
            if mark in ("元", "人民币"):
                n = rest.count(mark)
            else:
                n = len(re.findall(re.escape(mark) + r"\s?\d", rest))
            if n:
                counts[code] += n
                rest = rest.replace(mark, " ")
    return counts.most_common(1)[0][0] if counts else None


def grouped(value: Decimal) -> str:
    """``12000`` -> ``12,000.00``."""
    return f"{value.quantize(Decimal('0.01')):,.2f}"


def format_money(value: Decimal, currency: str | None, lang: str) -> str:
    """An amount as a letter writes it: en ``£4,200.00`` / ``CNY 4,200.00``; zh ``4,200.00 元`` / ``4,200.00 英镑``.

    ``currency`` None writes the bare amount (only when neither the case nor its documents say which)."""
    amount = grouped(value)
    if not currency:
        return amount
    if lang == "zh":
        return f"{amount} {_ZH_SUFFIX.get(currency, currency)}"
    if currency in _PREFIX:
        return f"{_PREFIX[currency]}{amount}"
    return f"{currency} {amount}"


def unit_label(currency: str | None, lang: str) -> str:
    """The currency for a table head: zh ``元``, en ``£`` / ``CNY``; "" when unknown."""
    if not currency:
        return ""
    if lang == "zh":
        return _ZH_SUFFIX.get(currency, currency)
    return _PREFIX.get(currency, currency)
