"""One parser for a month a person types (``packet init``'s "since when?", the new-case form, a month
corrected on the page or written in [fields]), so every place that asks for a month accepts the same forms.

A new user's trial: ``packet init`` refused "2026年6月", the way a month is written in Chinese. Accepted (year
first or, with a four-digit year, month first; the month 1-12, with or without its leading zero):

- ``2026-06``, ``2026-6``, ``2026/06``, ``2026.06``, ``2026 06``, ``202606`` (year then two digits);
- ``2026年6月``, ``2026年06月``, ``2026 年 6 月`` (spaces allowed), with full-width digits too;
- ``6/2026``, ``06-2026``, ``6.2026`` (a four-digit year after the month: never ambiguous with a day);
- ``June 2026``, ``Jun 2026``, ``June, 2026``, ``2026 June``, ``Sept 2026`` (the English names, any case).

Anything else (a day with it, a month 13, a two-digit year, words) is refused: :func:`parse_month` returns None
and the caller says what to write. The month names are the Gregorian calendar's English ones (as
``calendar.month_name`` in the C locale), a fixed table, not vocabulary read from documents.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


def _month_number(word: str) -> int | None:
    """1-12 for an English month name or its abbreviation of at least three letters (``sept`` too), else None."""
    w = word.lower().rstrip(".")
    if len(w) < 3:
        return None
    for i, name in enumerate(_NAMES, 1):
        if name.startswith(w) or (w == "sept" and i == 9):
            return i
    return None


_YEAR_FIRST = re.compile(r"(\d{4})\s*(?:[-/.]|\s|年)\s*(\d{1,2})\s*月?")
_COMPACT = re.compile(r"(\d{4})(\d{2})")
_MONTH_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")
_NAME_YEAR = re.compile(r"([A-Za-z]+\.?)\s*,?\s*(\d{4})")
_YEAR_NAME = re.compile(r"(\d{4})\s*,?\s*([A-Za-z]+\.?)")


def parse_month(text: str) -> str | None:
    """``text`` (a month as a person types it, see the module's list) as ``YYYY-MM``, or None when it is not one
    month: ``"2026年6月"`` -> ``"2026-06"``, ``"6/2026"`` -> ``"2026-06"``, ``"June 2026"`` -> ``"2026-06"``,
    ``"2026-13"`` -> None, ``"2026-06-15"`` -> None (a day: not a month), ``"06/26"`` -> None (which century?)."""
    if not isinstance(text, str):
        return None
    s = unicodedata.normalize("NFKC", text).strip()  # full-width digits and spaces as plain ones
    year = month = None
    if m := _YEAR_FIRST.fullmatch(s) or _COMPACT.fullmatch(s):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := _MONTH_FIRST.fullmatch(s):
        year, month = int(m.group(2)), int(m.group(1))
    elif m := _NAME_YEAR.fullmatch(s):
        year, month = int(m.group(2)), _month_number(m.group(1))
    elif m := _YEAR_NAME.fullmatch(s):
        year, month = int(m.group(1)), _month_number(m.group(2))
    if year is None or month is None or not 1 <= month <= 12 or not 1900 <= year <= 2200:
        return None
    return f"{year:04d}-{month:02d}"


_ALSO_WORDS = ("march", "may")  # month names that are also everyday words: a month only when written with a capital
_ZH_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def month_words(month: str, lang: str) -> str:
    """``YYYY-MM`` as a letter writes it: en ``September 2026``, zh ``2026年9月``."""
    year, m = int(month[:4]), int(month[5:7])
    return f"{year}年{m}月" if lang == "zh" else f"{_NAMES[m - 1].capitalize()} {year}"


def names_month(text: str, month: str) -> bool:
    """Whether ``text`` (a person's own words) already names the month of ``month`` (``YYYY-MM``): its English name or
    an abbreviation of three letters or more as a word ("in September", "Sept"; March and May only capitalised), ``9月`` / ``09月`` / ``九月``, or the
    month as :func:`parse_month` reads it inside the text ("2026-09", "9/2026"). The year is not required: "in
    September" of a statement written in December names it."""
    s = unicodedata.normalize("NFKC", text or "")
    m = int(month[5:7])
    for word in re.findall(r"[A-Za-z]+\.?", s):
        w = word.lower().rstrip(".")
        if _month_number(w) != m or (w in _ALSO_WORDS and not word[0].isupper()):
            continue
        if w in _NAMES or (len(w) >= 3 and w not in ("mar", "may")) or (w == "may" and word[0].isupper()):
            return True
    if re.search(rf"(?<![\d十一二]){m}\s*月|(?<!\d)0{m}\s*月" if m < 10 else rf"(?<!\d){m}\s*月", s):
        return True
    if re.search(rf"(?<![一二三四五六七八九十]){_ZH_MONTHS[m - 1]}月", s):
        return True
    return any(parse_month(x) == month for x in re.findall(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*月?|\d{1,2}\s*[-/.]\s*\d{4}", s))


# --- a day a person types ([fields] dates corrected on the page or in packet.toml) ---------------------------------

_DAY_YEAR_FIRST = re.compile(r"(\d{4})\s*(?:[-/.]|\s|年)\s*(\d{1,2})\s*(?:[-/.]|\s|月)\s*(\d{1,2})\s*日?")
_DAY_YEAR_LAST = re.compile(r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})")
_DAY_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*[-/.\s]?\s*([A-Za-z]+\.?)\s*[-/.,\s]?\s*(\d{4})")
_NAME_DAY = re.compile(r"([A-Za-z]+\.?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})")


def _iso(year: int, month: int | None, day: int) -> str | None:
    from datetime import date

    try:
        return date(year, month or 0, day).isoformat() if month and 1900 <= year <= 2200 else None
    except ValueError:
        return None


def read_day(text: str) -> tuple[str | None, tuple[str, ...]]:
    """A day as a person types it, as ``(YYYY-MM-DD, ())``; ``(None, (a, b))`` when it could be either of two days
    (``05 06 2026``: 5 June or 6 May, nothing says which); ``(None, ())`` when it is not one day.

    Accepted: year first (``2026-10-31``, ``2026/10/31``, ``2026.10.31``, ``2026 10 31``, ``2026年10月31日``), a
    four-digit year last with the day and month in either order when only one order is a date (``31 10 2026``,
    ``31/10/2026``, ``10/31/2026``: a number above 12 is the day), and the English month names (``31 October
    2026``, ``31 Oct 2026``, ``October 31, 2026``). The r20 trial typed "31 10 2026", the date as printed, and
    was refused though packet's message said to write the value as printed. Full-width digits read as plain ones."""
    if not isinstance(text, str):
        return None, ()
    s = unicodedata.normalize("NFKC", text).strip()
    if m := _DAY_YEAR_FIRST.fullmatch(s):
        day = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return day, ()
    if m := _DAY_NAME.fullmatch(s):
        return _iso(int(m.group(3)), _month_number(m.group(2)), int(m.group(1))), ()
    if m := _NAME_DAY.fullmatch(s):
        return _iso(int(m.group(3)), _month_number(m.group(1)), int(m.group(2))), ()
    if m := _DAY_YEAR_LAST.fullmatch(s):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        days = tuple(dict.fromkeys(x for x in (_iso(year, b, a), _iso(year, a, b)) if x))
        return (days[0], ()) if len(days) == 1 else (None, days)
    return None, ()


def parse_day(text: str) -> date | None:
    """``text`` (a day as a person types it) as a date, or None when it is not one day or could be two
    (:func:`read_day`: ``2027-01-15``, ``2027年1月15日``, ``15 January 2027``, ``January 15, 2027``, ``15/01/2027``
    where only one order is a date; ``05/06/2027`` is None: which is the month?)."""
    day, _either = read_day(text)
    return date.fromisoformat(day) if day else None
