"""The one masking rule: identity and account numbers are shown by their last four characters only.

Source: the interface page (``shared/spec/interface.md``, "Masking"): packet masks resident ID numbers,
National Insurance and passport numbers, bank card and account numbers to their last four characters
wherever it writes text itself (letter, index, email, terminal report, JSON). Contract numbers, phone
numbers, amounts and dates are never masked. The mask has a fixed width, so it does not tell the
length of the number either.
"""

from __future__ import annotations

import re

MASK = "****"
KEEP = 4
_SEPARATORS = re.compile(r"[\s\-./]+")


def tail(value: str, keep: int = KEEP) -> str:
    """The last ``keep`` characters of ``value`` with spaces and separators (``- . /``) removed."""
    return _SEPARATORS.sub("", value)[-keep:]


def mask(value: str) -> str:
    """``"110101199003071234"`` -> ``"****1234"``; ``"QQ 12 34 56 C"`` -> ``"****456C"``; ``"0934"`` -> ``"****0934"``."""
    return MASK + tail(value)


def last_digits(value: str, keep: int = KEEP) -> str:
    """The last ``keep`` digits: how an account number is given as a field value in the JSON report
    (the interface allows "the last four digits"), so a report passed on never carries a full number."""
    return "".join(ch for ch in value if ch.isdigit())[-keep:]
