"""Normalise what documents print into the spec's values: dates, months, date ranges and money.

OCR text is noisy, so every parser first folds full-width forms (NFKC), repairs letters read in
place of digits inside numbers (O/o→0, l/I/|→1) and joins numbers split by a stray space
("8, 560.00"). Day-first or month-first for ``01/09/2026`` is decided by the caller (see
:func:`dayfirst_for`).
"""

from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Context, Decimal, InvalidOperation
from functools import lru_cache

from packet.core.money import MAGNITUDES
from packet.core.text import CJK, fold
from packet.core.text import same_name as _same_name
from packet.core.traditional import is_traditional
from packet.rules.registry import load_vocabulary

log = logging.getLogger(__name__)

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


_DIGITISH = re.compile(r"(?<![A-Za-z])[0-9OoIl|]*[0-9][0-9OoIl|,.:/\-]*(?![A-Za-z])")


def fix_digits(text: str) -> str:
    """Repair OCR letter/digit confusion inside number-like runs (``2O26`` → ``2026``, ``l5`` → ``15``)."""
    def repl(m: re.Match[str]) -> str:
        run, rule = m.group(0), ""
        if re.search(r"[.,]\d\d\|+$", run):  # a table's rule after the cents ("285.00|"), not a digit
            run, rule = run.rstrip("|"), run[len(run.rstrip("|")):]
        return run.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})) + rule

    return _DIGITISH.sub(repl, text)


def clean(text: str) -> str:
    """fold + fix_digits + join digits split around separators by stray spaces; a date run into its time split."""
    text = fix_digits(fold(text))
    text = re.sub(r"(?<=\d)([,.])\s+(?=\d{3}(?!\d))", r"\1", text)   # "8, 560.00" → "8,560.00"
    text = re.sub(r"(?<=\d)\s+([,.])(?=\d)", r"\1", text)             # "8 ,560" / "8560 .00"
    text = re.sub(r"(?<=\d)\.\s(?=\d{2}(?!\d))", ".", text)           # "8560. 00"
    # a date run into the time after it, the space lost in OCR or a text layer: "2026-10-2210:41" → "2026-10-22 10:41"
    text = re.sub(r"(?<!\d)(\d{4}[-/.]\d{1,2}[-/.]\d{2})(?=\d{1,2}:\d{2}(?!\d))", r"\1 ", text)
    return text


def dayfirst_for(language: str, text: str = "") -> bool:
    """Whether ``01/09/2026`` means 1 September, from the document's own context.

    A date elsewhere in the text that can only be read one way (``25/09/2026``) decides; then
    British marks (£, sort code, NHS…) and day_first_patterns (an Australian postcode, A$, ₹) → day first, American ($, ZIP…) → month first; else day first
    (Chinese documents write y/m/d anyway, and most of the world writes d/m/y).
    """
    votes = 0
    for a, b in re.findall(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d/.])", fold(text)):
        if int(a) > 12 >= int(b):
            votes += 1
        elif int(b) > 12 >= int(a):
            votes -= 1
    if votes:
        return votes > 0
    v = load_vocabulary()
    day_first, month_first = _marks(v.day_first_marks, v.month_first_marks)
    if "£" in text or day_first.search(text) or _us_address(v.day_first_patterns).search(text):
        return True  # an Australian state and postcode, a business number, A$, ₹: dollars or not, day first
    if "$" in text or month_first.search(text) or _us_address(v.month_first_patterns).search(text):
        return False
    return True


@lru_cache(maxsize=4)
def _us_address(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """A list of the vocabulary's patterns as one regex (month_first_patterns: a US state and ZIP code in an
    address; day_first_patterns: an Australian state and postcode, an ABN, a dollar of another country)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x")


@lru_cache(maxsize=4)
def _marks(day_first: tuple[str, ...], month_first: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The vocabulary's day-first marks (any case) and month-first marks (as written), as whole words."""
    return (re.compile(r"\b(" + "|".join(map(re.escape, day_first)) + r")\b", re.I),
            re.compile(r"\b(" + "|".join(map(re.escape, month_first)) + r")\b"))


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    value: date  # the first day of the month when precision == "month"
    precision: str  # "day" or "month"


def full_year(y: int) -> int:
    """A year as printed, four digits: a two-digit year ``yy`` is 20yy for 00–68 and 19yy for 69–99 (the POSIX
    ``%y`` pivot, so ``26`` is 2026 and ``95`` is 1995); a four-digit year is returned as it is."""
    if y >= 100:
        return y
    return 2000 + y if y < 69 else 1900 + y


def _mk(y: int, m: int, d: int | None) -> date | None:
    y = full_year(y)
    if not (1990 <= y <= 2100 and 1 <= m <= 12):
        return None
    if d is None:
        return date(y, m, 1)
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


_SEP = r"\s*[-/.]\s*"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # not the year of a date before it: "01/01/2024 - 01/31/2024" holds no "2024 - 01/31"
    # not the year of a day/month/year date before it ("01/01/2024-01/31/2024"); a hyphen before it is a range
    ("ymd", re.compile(r"(?<!\d)(?<!\d[/.])(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)\s*日?")),
    # OCR read one of an ISO date's hyphens as a space ("2025 02-03", "2025-02 03"): two-digit month and day, the
    # other hyphen kept, nothing numeric after it (not "2025-02 15.00", a month and an amount)
    ("ymd_ocr", re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:\s+(\d\d)\s*-\s*|\s*-\s*(\d\d)\s+)(\d\d)(?![\d.,:])")),
    # a date in Chinese numerals, as letters print them: 二〇二六年九月二十八日 (the day may be left out)
    # (OCR of a scan may put a space between every character: 二 〇 二 六 年 十 月 二 十 八 日); a day may be written with
    # 廿 (twenty) or 卅 (thirty), as formal and handwritten dates are: 十一月廿日, 廿八日, 卅一日
    ("zh_num", re.compile(r"(?<!\d)((?:[〇零○OoＯ一二三四五六七八九0-9] ?){3}[〇零○OoＯ一二三四五六七八九0-9])\s*年\s*"
                          r"((?:[一二三四五六七八九十] ?){0,2}[一二三四五六七八九十])\s*月"
                          r"(?:\s*((?:[一二三四五六七八九十廿卅] ?){0,2}[一二三四五六七八九十廿卅])\s*[日号])?")),
    ("ymd8", re.compile(r"(?<![\d*])(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d*])")),
    # a day, a month name and a year of four digits, or of two ("01-Oct-26", "5 Oct '26"; not a time "5 Oct 12:30")
    # the two digits after the month are a day, not a year, when a four-digit year or another month follows them: a
    # range whose first end lacks its year ("October 1 - October 31, 2026", "1 October - 31 October 2026") holds
    # no "1 - October 31" (31 October 2031)
    # a formal letter's "the 9th day of November, 2026" is the same day-month-year date
    ("dmy_name", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?:\s+day\s+of)?[\s\-/.]*(" + _MONTH_RE
                            + r")(?:[\s,\-/.]*(\d{4})|[\s\-/.']+(\d{2})(?!(?:st|nd|rd|th)?[\s,.]*(?:\d{4}|"
                            + _MONTH_RE + r")))(?![\d:])(?![,.]\d)", re.I)),  # not 12,800.00
    ("mdy_name", re.compile(r"(?<![a-z])(" + _MONTH_RE + r")\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)),
    # a two-digit year is followed by no decimals: "10.01-10.31" (a banking app's range of days, 统计区间) is two days
    # without their year, not 10 January 2010
    # OCR split one of a day/month/year date's two-digit numbers with a space ("06/1 1/2026" for 06/11/2026: Tesseract
    # parts the narrow "11" of a small print; independent set 13's payslip photo, read as the month "1/2026"): the same
    # separator on both sides, one digit either side of the space, so a plain "5 1/2026" (a figure, then a month) is
    # never joined
    ("num3_ocr", re.compile(r"(?<![\d.,/])(?<!\d )(\d{1,2})([/.\-])(\d) (\d)\2(\d{4})(?![\d/.\-])")),
    ("num3", re.compile(r"(?<![\d.])(\d{1,2})" + _SEP + r"(\d{1,2})" + _SEP + r"(\d{4}|\d{2}(?![.,]\d))(?![\d])")),
    ("ym", re.compile(r"(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月|[-/.]\s*(\d{1,2})(?![\d/.\-]*\d))")),
    # two digits after a month name are its day, not a year, when a range's other end follows them ("December 12
    # thru December 26, 2026", "June 27-July 26, 2024": no month December 2012)
    ("my_name", re.compile(r"(?<![a-z])(" + _MONTH_RE + r")[\s,\-']*(\d{4}|'?\d{2}(?!(?:st|nd|rd|th)?\s*"
                           r"(?:-{1,2}|–|—|~|to|thru|through|until|till)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?"
                           + _MONTH_RE + r"))(?![\d:])(?![,.]\d)", re.I)),
    ("my", re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{4})(?![\d/.\-])")),
]


_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0}


def _zh_small(run: str, positional: bool = False) -> int:
    """A year written digit by digit (二〇二六 → 2026, ``positional``) or a month or day with 十 (二十八 → 28; 廿八 → 28,
    卅 → 30)."""
    if positional:
        return int("".join(c if c.isdigit() else str(_ZH_DIGIT[c]) for c in run))
    run = run.replace("廿", "二十").replace("卅", "三十")  # 廿八 is 二十八, 卅 is 三十
    if "十" not in run:
        return _ZH_DIGIT.get(run[:1], 0) if len(run) == 1 else 0
    tens, _, ones = run.partition("十")
    return (_ZH_DIGIT.get(tens, 0) if tens else 1) * 10 + (_ZH_DIGIT.get(ones, 0) if ones else 0)


def _day_month(a: int, b: int, dayfirst: bool) -> tuple[int, int]:
    """(day, month) of two numbers printed before a year: a number above 12 is the day; else the order the document
    uses (``dayfirst``: :func:`dayfirst_for`)."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return (a, b) if dayfirst else (b, a)


# The Minguo calendar (民國紀年, the Republic of China's, printed on Taiwan's documents): year N is N + 1911, year 1
# being 1912, the Republic's first (民國115年 = 2026). Source: the ROC calendar as Taiwan's government uses it
# (Executive Yuan, 中華民國曆; the Unicode CLDR "roc" calendar: era start 1912-01-01).
MINGUO_OFFSET = 1911
_MINGUO: ContextVar[bool] = ContextVar("minguo", default=False)
_MILS: ContextVar[bool] = ContextVar("mils", default=False)


def minguo_document(text: str) -> bool:
    """Whether a document of ``text`` dates in the Minguo calendar: it prints one of the vocabulary's minguo_marks
    (民國, folded 民国) or is written in Traditional characters (:func:`packet.core.traditional.is_traditional`:
    Taiwan's documents, whose dates are Minguo ones: 115/10/31). Not from a three-digit year alone."""
    marks = load_vocabulary().minguo_marks
    folded = fold(text)
    return any(m in folded for m in marks) or is_traditional(text)


def mils_document(text: str) -> bool:
    """Whether a document of ``text`` counts its money in a currency divided into a thousand: it names one of the
    vocabulary's ``mils_currencies`` (OMR, "Rial Omani", KWD …), as a whole word, case aside."""
    words = load_vocabulary().mils_currencies
    if not words:
        return False
    pat = _mils_pattern(tuple(words))
    return bool(pat.search(fold(text)))


@lru_cache(maxsize=4)
def _mils_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])", re.I)


@contextmanager
def dates_of(text: str) -> Iterator[bool]:
    """Within the block, dates and figures are read as the document of ``text`` prints them: dates in the Minguo
    calendar when :func:`minguo_document` says so (``115/10/31`` is 31 October 2026), else as Gregorian ones only;
    amounts with three decimals when :func:`mils_document` says so ("400.000" is 400 Omani rials, not 400,000).
    Yields whether Minguo dates are read."""
    token = _MINGUO.set(minguo_document(text))
    mils = _MILS.set(mils_document(text))
    try:
        yield _MINGUO.get()
    finally:
        _MINGUO.reset(token)
        _MILS.reset(mils)


@lru_cache(maxsize=4)
def _minguo_patterns(marks: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a date after a minguo mark: 民国115年10月份, 中华民国115年11月5日, read on any page; a date of a Minguo
    document without the mark: 115/10/31, 115年10月31日, 115.10.31, three digits of a year, or two before 年)."""
    alt = "|".join(map(re.escape, marks)) or r"(?!x)x"
    marked = re.compile(rf"(?:{alt})\s*(\d{{2,3}})\s*年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*[日号])?")
    bare = re.compile(r"(?<![\d/.\-])(?:(\d{3})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.\-])"
                      r"|(\d{2,3})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)")
    return marked, bare


def _minguo_hits(text: str, minguo: bool) -> list[DateHit]:
    """The Minguo dates of ``text`` (cleaned): after a minguo mark always, bare ones only in a Minguo document."""
    marked, bare = _minguo_patterns(load_vocabulary().minguo_marks)
    hits: list[DateHit] = []
    for m in marked.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        value = _mk(y + MINGUO_OFFSET, mo, int(d) if d else None)
        if value is not None:
            hits.append(DateHit(m.start(), m.end(), value, "day" if d else "month"))
    for m in bare.finditer(text) if minguo else ():
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        g = m.groups()
        y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        value = _mk(int(y) + MINGUO_OFFSET, int(mo), int(d) if d else None)
        if value is not None:
            hits.append(DateHit(m.start(), m.end(), value, "day" if d else "month"))
    return hits


def find_dates(text: str, dayfirst: bool = True) -> list[DateHit]:
    """Every date or month in ``text`` (already cleaned or not), left to right, without overlaps. Minguo dates
    (民国115年10月, and 115/10/31 within :func:`dates_of` a Minguo document) as their Gregorian days."""
    return list(_date_hits(text, dayfirst, _MINGUO.get()))


@lru_cache(maxsize=1 << 14)
def _date_hits(text: str, dayfirst: bool, minguo: bool = False) -> tuple[DateHit, ...]:
    """:func:`find_dates`, kept per text (as :func:`_money_hits`)."""
    text = clean(text)
    hits: list[DateHit] = _minguo_hits(text, minguo)
    taken: list[tuple[int, int]] = [(h.start, h.end) for h in hits]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.groups()
            value, precision = None, "day"
            if kind == "zh_num":
                g = tuple(x.replace(" ", "") if x else x for x in g)
                y, mo = _zh_small(g[0], positional=True), _zh_small(g[1])
                value, precision = (_mk(y, mo, _zh_small(g[2])), "day") if g[2] else (_mk(y, mo, None), "month")
                if value is None:
                    continue
            elif kind == "ymd_ocr":
                value = _mk(int(g[0]), int(g[1] or g[2]), int(g[3]))
            elif kind in ("ymd", "ymd8"):
                value = _mk(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "dmy_name":
                value = _mk(int(g[2] or g[3]), MONTHS[g[1].lower().rstrip(".")], int(g[0]))
            elif kind == "mdy_name":
                value = _mk(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))
            elif kind == "num3_ocr":
                a, b, y = int(g[0]), int(g[2] + g[3]), int(g[4])
                d, mo = _day_month(a, b, dayfirst)
                value = _mk(y, mo, d)
            elif kind == "num3":
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                if len(g[2]) == 2 and not re.search(r"[/.]", m.group(0)):
                    continue
                d, mo = _day_month(a, b, dayfirst)
                value = _mk(y, mo, d)
            elif kind == "ym":
                value, precision = _mk(int(g[0]), int(g[1] or g[2]), None), "month"
            elif kind == "my_name":
                y = g[1].lstrip("'")
                value, precision = _mk(int(y), MONTHS[g[0].lower().rstrip(".")], None), "month"
            elif kind == "my":
                value, precision = _mk(int(g[1]), int(g[0]), None), "month"
            if value is None:
                continue
            hits.append(DateHit(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))
    return tuple(sorted(hits, key=lambda h: h.start))


def parse_date(text: str, dayfirst: bool = True) -> date | None:
    """The first full date (day precision) in ``text``."""
    for h in find_dates(text, dayfirst):
        if h.precision == "day":
            return h.value
    return None


# a day and a month name with no year, alone as a value ("4 November", "November 4th", "4th Nov."): letters and
# bills print their own date so when the year stands in their other dates (a UK/IE/NZ hospital's charge letter)
_YEARLESS = re.compile(r"^\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r")|(" + _MONTH_RE
                       + r")\s+(\d{1,2})(?:st|nd|rd|th)?)\s*[,.]?\s*$", re.I)


def yearless_date(text: str, known: Sequence[date]) -> date | None:
    """A day and month printed with no year (the whole of ``text``: "4 November", "November 4th"), given the year of
    the document's full dates ``known`` (day precision): of the years before, of and after the latest of them, the
    one that puts the day nearest to it (a letter of 5 January about a visit on 20 December is of the next year).
    None when ``text`` is not such a day, or when the document prints no full date (a year is never invented)."""
    m = _YEARLESS.match(clean(text))
    if not m or not known:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    mo, latest = MONTHS[month.lower().rstrip(".")], max(known)
    options = [d for y in (latest.year - 1, latest.year, latest.year + 1) if (d := _mk(y, mo, int(day)))]
    return min(options, key=lambda d: abs((d - latest).days)) if options else None


def parse_month(text: str, dayfirst: bool = True) -> str | None:
    """A pay period ``YYYY-MM``: a month, or the month of a date or of a range's end."""
    rng = parse_range(text, dayfirst)
    if rng:
        return rng[1].strftime("%Y-%m") if rng[0].month != rng[1].month else rng[0].strftime("%Y-%m")
    hits = find_dates(text, dayfirst)
    months = [h for h in hits if h.precision == "month"]
    h = (months or hits or [None])[0]
    if h is None:
        return _compact_month(text)
    return h.value.strftime("%Y-%m")


# a month printed as six digits, year then month ("202610"), alone at the start of a labelled value: payroll systems
# print a pay month so (Chinese treasury payroll: 发放年月：202610). Only after a month label (the caller's label says
# it is a month); in running text six digits are as likely a code, so find_dates never reads them.
_COMPACT_MONTH = re.compile(r"^\s*((?:19|20)\d\d)(0[1-9]|1[0-2])(?![\d.,/\-])")


def _compact_month(text: str) -> str | None:
    """``YYYY-MM`` of a value that begins with ``YYYYMM`` (six digits, month 01–12), else None."""
    m = _COMPACT_MONTH.match(clean(text))
    return f"{m.group(1)}-{m.group(2)}" if m else None


# the word between a range's two ends, a colon after it when the ends are printed as two labelled values
# ("From : 01/10/2026 To : 31/10/2026"); between two whole dates also the marks a Chinese OCR model reads a dash as
# (一 "one", － the full-width hyphen, ー the katakana long-vowel mark: "2026年09月01日一2026年10月31日" is a
# scanned "—", measured on independent set 8's scanned statement), which a date's digits never touch otherwise
_CONNECT = re.compile(r"^\s*,?\s*(?:至|到|~|～|-{1,2}|–|—|一|－|ー|to|until|till|through|thru|and)\s*[:：]?\s*$", re.I)
# a range whose first end lacks its year: "February 1 – April 30, 2022", "1 Feb to 30 Apr 2022"
_OPEN_START = re.compile(r"(?<![a-z])(" + _MONTH_RE + r"\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
                         + _MONTH_RE + r")\s*,?\s*(?:至|到|~|～|-{1,2}|–|—|to|until|through|thru)\s*(?=\S)", re.I)


# a range of days within one month, the month and year printed once: "October 1-31, 2026", "1–31 October 2026"
# (a Philippine payslip's pay period; independent set 14)
_DAY_SPAN = re.compile(r"(?<![a-z])(?:(?P<m1>" + _MONTH_RE + r")\s*(?P<a1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to)\s*"
                       r"(?P<b1>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<y1>\d{4})"
                       r"|(?<![\d/.:-])(?P<a2>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to)\s*(?P<b2>\d{1,2})(?:st|nd|rd|th)?\s+"
                       r"(?P<m2>" + _MONTH_RE + r")\s*,?\s+(?P<y2>\d{4}))(?!\d)", re.I)


def day_span(text: str) -> tuple[date, date] | None:
    """A range of days inside one month whose month and year are printed once ("October 1-31, 2026", "1–31 October
    2026") as (first day, last day); None when there is none or its days do not exist in that month."""
    m = _DAY_SPAN.search(clean(text))
    if not m:
        return None
    name, a, b, year = (m.group("m1"), m.group("a1"), m.group("b1"), m.group("y1")) if m.group("m1") else (
        m.group("m2"), m.group("a2"), m.group("b2"), m.group("y2"))
    month = MONTHS.get(name.lower().rstrip(".")[:3])
    if month is None:
        return None
    try:
        start, end = date(int(year), month, int(a)), date(int(year), month, int(b))
    except ValueError:
        return None
    return (start, end) if start <= end else None


def range_end_alone(text: str, dayfirst: bool = True) -> date | None:
    """A range's second end printed alone, as a range wrapped over two lines prints it under its first end: an
    optional connecting word (:data:`_CONNECT`: "TO", "至", "–") and one full date, nothing else ("TO 28-FEB-2026",
    "2025-03-13"); None for anything more (a label, a second date, words after it)."""
    cleaned = clean(text).strip()
    hits = find_dates(cleaned, dayfirst)
    if len(hits) != 1 or hits[0].precision != "day" or cleaned[hits[0].end:].strip(" .,"):
        return None
    before = cleaned[:hits[0].start]
    return hits[0].value if not before.strip() or _CONNECT.match(before) else None


def parse_range(text: str, dayfirst: bool = True) -> tuple[date, date] | None:
    """A period ``A 至 B`` / ``A to B`` / ``A - B`` (also ``from A to B``) as (start, end) dates.

    Month-precision ends expand to the first / last day of their month; a single month is the whole month.
    """
    cleaned = clean(text)
    span = day_span(cleaned)
    if span:
        return span
    hits = find_dates(cleaned, dayfirst)
    for m in _OPEN_START.finditer(cleaned):
        end = next((h for h in hits if h.start == m.end() and h.precision == "day"), None)
        if end is not None and not any(h.start < m.end() and h.end > m.start() for h in hits):
            start = parse_date(f"{m.group(1)} {end.value.year}", dayfirst)
            if start and start > end.value:
                start = parse_date(f"{m.group(1)} {end.value.year - 1}", dayfirst)
            if start and start <= end.value:
                return start, end.value
    for a, b in zip(hits, hits[1:], strict=False):
        if _CONNECT.match(cleaned[a.end:b.start]) or (not cleaned[a.end:b.start].strip() and b.start > a.end):
            start = a.value
            end = b.value if b.precision == "day" else month_end(b.value)
            start, end = _same_order(cleaned[a.start:a.end], cleaned[b.start:b.end], start, end)
            if start <= end:
                return start, end
    return None


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\s*")


def _same_order(first: str, second: str, start: date, end: date) -> tuple[date, date]:
    """The two ends of a range written alike ("01-08-2026 to 31-08-2026") read in one order: when one end can only
    be day-first (its first number above 12) or only month-first (its second), the other end is read so too (a
    Jamaican statement's "Period: 01-08-2026 to 31-08-2026" began on 8 January; independent set 15, read after it
    was judged). The ends as they were when neither says, or when the other reading does not exist."""
    ma, mb = _NUMERIC_DATE.fullmatch(first), _NUMERIC_DATE.fullmatch(second)
    if not ma or not mb or ma.group(2) != mb.group(2):
        return start, end

    def read(m: re.Match, dayfirst: bool) -> date | None:
        d, mo = (int(m.group(1)), int(m.group(3))) if dayfirst else (int(m.group(3)), int(m.group(1)))
        try:
            return date(int(m.group(4)), mo, d)
        except ValueError:
            return None

    for sure, other, is_start in ((mb, ma, True), (ma, mb, False)):
        day_first = int(sure.group(1)) > 12 >= int(sure.group(3))
        month_first = int(sure.group(3)) > 12 >= int(sure.group(1))
        if day_first or month_first:
            again = read(other, day_first)
            if again is not None:
                return (again, end) if is_start else (start, again)
    return start, end


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


# --- money -----------------------------------------------------------------------------------------

# a currency sign: the Unicode currency block (₹ ₩ ₦ ₱ ₽ …) and $ £ € ¥, or a glyph the text layer could not map
# (■ □ �: PDF fonts made before 2010 lack ₹, and the text layer prints a box where the sign was)
_SIGNS = "¥$£€\u20a0-\u20cf"
_TOFU = "\u25a0\u25a1\ufffd"  # only against the figure: "■ 2 tablets" is a bullet, "■103000" a lost ₹
# Tesseract's English model has no ₹ and reads it glued to the figure as "%" ("Basic %8000", "Total Deductions
# %1200": the hold-out photo of an Indian payslip); a percentage is written after its number, never before, so "%"
# against a figure's first digit is that lost sign too
_TOFU += "%"


# a percentage sign after a figure, not glued to a figure after it (that "%" is a lost ₹ sign: _TOFU), or the words
_PERCENT = re.compile(r"\s*(?:[%％](?!\d)|per\s?cent\b)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _money_re(marks: tuple[str, ...]) -> re.Pattern[str]:
    """The amount pattern with the vocabulary's currency ``marks`` (codes, "Rs.") before or after the figure."""
    codes = sorted({m.rstrip(".") for m in marks}, key=len, reverse=True)
    code = "|".join(re.escape(c) for c in codes) or r"(?!x)x"
    # a column's or label's unit in brackets before the figure ("Total Earnings (Rs) 1,07,083", "Net Pay (₹): 74,096")
    # marks it as money too; OCR's English model, which has no ₹, reads it there as "%", "®" or "*" ("(%) 88,441")
    unit = rf"[(（]\s*(?:(?:{code})\s*[{_SIGNS}]?|[{_SIGNS}{_TOFU}®*])\s*[)）]\s*[:：]?"
    cur = rf"(?:{unit}|(?<![A-Za-z])(?:{code})(?![A-Za-z])\s*[{_SIGNS}]?|[{_SIGNS}]|[{_TOFU}](?=\d))"
    # a minus printed against the figure before it and a space after ("1,800.00- 384.90", a debit in a statement that
    # prints debits with a trailing minus) is that figure's sign, not the next one's; "/-" or "/=" after a figure marks
    # a sum of money in whole units, as South Asia and East Africa print it ("Rs 45,000/-", "Shs 32,500/=")
    return re.compile(
        r"(?P<lead>[-(])?\s*(?P<cur>" + cur + r")?\s*(?P<sign>-)?\s*"
        r"(?P<num>(?<![\d.,])\d[\d,.]*\d(?![\d])|(?<![\d.,])\d(?![\d.,]))"
        r"\s*(?P<mag>万|萬|亿|億|千|仟)?\s*(?P<yuan>元|(?<![A-Za-z])(?:" + code + r")(?![A-Za-z]))?"
        r"\s*(?P<trail>/\s?[-=](?![\d=-])|(?<=\d)-(?![\d$£€¥])|-(?!\s*[\d$£€¥])|\)|CR\b|DR\b|Cr\b|Dr\b|OD\b)?",
    )


@lru_cache(maxsize=4)
def _dotted(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    """The marks written with a full stop ("Rs."), whose stop is read as a space: "Rs.1,03,000" is "Rs 1,03,000"."""
    dotted = [re.escape(m[:-1]) for m in marks if m.endswith(".")]
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(dotted) + r")(\.)(?=\s*\d)") if dotted else None


# Chinese magnitudes printed after digits ("1.2万元"); the same characters are units in amounts in words (大写)
_DIGITS_ZH = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")} | {c: i for i, c in enumerate("〇一二三四五六七八九")} \
    | {"两": 2, "貳": 2, "參": 3, "陸": 6, "O": 0, "o": 0}
_UNITS_ZH = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
_BIG_ZH = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_FRACTION_ZH = {"角": Decimal("0.1"), "毛": Decimal("0.1"), "分": Decimal("0.01")}
_DAXIE = re.compile("[" + "".join(_DIGITS_ZH) + "".join(_UNITS_ZH) + "".join(_BIG_ZH) + "元圆圓角毛分整正]{2,}")


def parse_daxie(text: str, whole: bool = False) -> Decimal | None:
    """An amount written in Chinese numerals (大写, "柒仟伍佰柒拾捌元肆角伍分" → 7578.45), the first such run in
    ``text``; None when there is none or it does not parse. The rules are the usual ones of Chinese
    financial writing: digit then unit (拾佰仟), 万/亿 close a group, 元 the whole part, 角/分 the fraction,
    整 or 正 at the end; "拾" at the start means ten, any other unit without its digit is a blank box of a printed
    form (万仟贰佰贰拾捌元伍角零分 is 228.50). With ``whole``, a run that names no money unit (元, 圆, 角,
    分) nor ends with 整/正 is none: financial writing always does, and a run without is cut short (a sentence
    wrapped in the middle of "人民币叁仟 / 叁佰元整" reads 3000 on its first line)."""
    m = _DAXIE.search(fold(text).replace("圓", "圆"))
    if not m or not re.search("[元圆角分拾佰仟十百千万亿萬億]", m.group(0)):
        return None
    if whole and not re.search("[元圆角分整正]", m.group(0)):
        return None
    run = m.group(0)
    total, group, digit = Decimal(0), 0, None
    whole_done = False
    # a hundred or a thousand printed without its digit: the pre-printed boxes of a form (拾万 万 仟 佰 拾 元 角 分), of
    # which those above the amount are left empty, its leading 拾 too ("拾万仟贰佰贰拾捌元伍角零分" is 228.50)
    # — or a zero written before its unit ("零佰", "零拾": financial writing never does, a box filled with 0 does)
    boxed = re.search("(?:^|[^" + "".join(_DIGITS_ZH) + "])[佰仟百千]|[零〇][拾佰仟十百千]", run) is not None
    fraction = Decimal(0)
    for ch in run:
        if ch in _DIGITS_ZH:
            digit = _DIGITS_ZH[ch]
        elif ch in _UNITS_ZH:
            # a unit with no digit before it: "拾" opening the amount is ten ("拾伍元", "拾万元整"); any other is a
            # box of a pre-printed form left blank ("万仟贰佰贰拾捌元": the 万 and 仟 boxes empty), nothing
            lone = 1 if ch in "拾十" and not boxed and not total and not group else 0
            group += (lone if digit is None else digit) * _UNITS_ZH[ch]
            digit = None
        elif ch in _BIG_ZH:
            group += digit or 0
            total = (total + group) * _BIG_ZH[ch] if _BIG_ZH[ch] > 10**4 else total + group * _BIG_ZH[ch]
            group, digit = 0, None
        elif ch in "元圆":
            total += group + (digit or 0)
            group, digit, whole_done = 0, None, True
        elif ch in _FRACTION_ZH:
            if digit is None:
                return None
            fraction += digit * _FRACTION_ZH[ch]
            digit = None
        elif ch in "整正":
            break
    if not whole_done:
        if fraction:
            return fraction  # "伍角" alone
        total += group + (digit or 0)
    return total + fraction


@dataclass(frozen=True)
class MoneyHit:
    start: int
    end: int
    value: Decimal
    marked: bool  # a currency sign, 元, or decimals: surely an amount


FLOAT_NOISE = Decimal("0.000001")  # a figure within this of a whole cent is a float printed unrounded


# English number words, as a letter writes an amount out before its figure ("One Hundred and Seventy-Four Thousand
# Jamaican Dollars (J$174,000.00)"): the grammar of the language, as 大写 above is, not a document's wording
_ONES_EN = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
_TENS_EN = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_BIG_EN = {"thousand": 1000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "million": 1_000_000,
           "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = "|".join(sorted([*_ONES_EN, *_TENS_EN, "hundred", *_BIG_EN], key=len, reverse=True))
# a run of number words: words joined by spaces, hyphens or "and" ("Two Thousand Two Hundred and Fifty")
NUMBER_WORDS = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:\s+and\s+|[\s\-]+)(?:{_NUMBER_WORD}))*\b", re.I)


def parse_number_words(run: str) -> int | None:
    """The whole number an English run of number words writes ("One Hundred and Seventy-Four Thousand" → 174000,
    "Two Lakh Fifty Thousand" → 250000), as :data:`NUMBER_WORDS` finds one; None when the words are not in the
    order numbers are written (a scale after a larger one: "thousand million" is read, "hundred thousand hundred" is
    not), or ``run`` holds another word."""
    total, group, last_big = 0, 0, None
    for w in re.split(r"[\s\-]+", run.lower().strip()):
        if w in ("", "and"):
            continue
        if w in _ONES_EN:
            group += _ONES_EN[w]
        elif w in _TENS_EN:
            group += _TENS_EN[w]
        elif w == "hundred":
            group = (group or 1) * 100
        elif w in _BIG_EN:
            if last_big is not None and _BIG_EN[w] >= last_big:
                return None
            total += (group or 1) * _BIG_EN[w]
            group, last_big = 0, _BIG_EN[w]
        else:
            return None
    return total + group


def number_word(word: str) -> str | None:
    """What an English word (lower case) is in a number written out: "unit" (zero to ninety: "seventeen",
    "forty"), "scale" ("hundred", "thousand", "lakh", "million" ...), or None (any other word; "and" too)."""
    if word in _ONES_EN or word in _TENS_EN:
        return "unit"
    return "scale" if word == "hundred" or word in _BIG_EN else None


WORDED_LEAST = 100  # an amount written out in words and read as one is at least this ("one" or "ten" in prose is none)


def worded_amounts(text: str) -> frozenset[int]:
    """The whole amounts ``text`` writes out in English number words (:data:`NUMBER_WORDS`, :func:`parse_number_words`:
    "Eight thousand five hundred vatu" -> 8500), of at least :data:`WORDED_LEAST`: a receipt's "the sum of" line, a
    cheque's or an Indian bill's "Rupees Five Hundred Only". A figure printed as the same amount is what they state,
    though it prints no decimals or currency sign."""
    out = set()
    for run in NUMBER_WORDS.finditer(text):
        n = parse_number_words(run.group(0))
        if n is not None and n >= WORDED_LEAST:
            out.add(n)
    return frozenset(out)


def _number(num: str, mils: bool = False) -> tuple[Decimal, bool] | None:
    """(the value, whether it prints decimals) of a figure ``num``: its last "." or "," before one or two digits is
    the decimal point, the others group thousands (or lakhs); with ``mils`` (a currency divided into a thousand,
    :func:`mils_document`) a "." before three digits is the decimal point too. None when the separators fit no
    writing of an amount."""
    seps = [i for i, c in enumerate(num) if c in ",."]
    decimals = False
    if seps:
        last = seps[-1]
        tail = num[last + 1:]
        if mils and num[last] == "." and len(tail) == 3 and num.count(".") == 1 \
                and all(len(num[a + 1:b]) == 3 for a, b in zip(seps, seps[1:], strict=False)):
            return Decimal(num[:last].replace(",", "") + "." + tail), True  # "1,030.250" Omani rials
        if num[last] == "." and len(tail) >= 6 and num.count(".") == 1:
            # a form field's computed value printed unrounded: "8180.999999999999" is 8,181.00 (binary floating point
            # cannot hold most cents; a PDF form's script adds them and prints what it gets)
            exact = Decimal(num.replace(",", ""))
            cents = exact.quantize(Decimal("0.01"))
            return (cents, True) if abs(exact - cents) < FLOAT_NOISE else None
        if len(tail) in (1, 2) and (num[last] == "." or len(seps) > 1 or num[last] == ","):
            whole = re.sub(r"[,.]", "", num[:last])
            num = f"{whole}.{tail}"
            decimals = True
        elif len(tail) == 3 and all(len(num[a + 1:b]) == 3 for a, b in zip(seps, seps[1:] + [len(num)], strict=False)):
            if num[last] == "." and len(seps) == 1 and len(num[:last]) > 3:
                return None
            num = re.sub(r"[,.]", "", num)
            if len(num[: seps[0]]) > 3:
                return None
        elif re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", num):  # Indian grouping: lakh and crore (1,03,000)
            num = num.replace(",", "")
        else:
            return None
    try:
        return Decimal(num), decimals
    except InvalidOperation:
        return None


# a figure grouped in thousands whose decimal point OCR read as a colon ("3,150:00", independent set 15's photo; a
# photo's point and a colon's upper dot differ by a speck): a time is never grouped by commas, so the colon is the point
_COLON_CENTS = re.compile(r"(?<![\d,.:])(\d{1,3}(?:,\d{3})+):(\d{2})(?![\d:])")

# a comma-grouped figure with a decimal point that OCR cut by a space inside its last group of thousands ("76,91 5.00"
# for "76,915.00", independent set 22's scan): a group after a comma has three digits, so "76,91" is no figure of a text
# that writes its decimals with a point, and the one to two digits before the point complete the group (two + one, one
# + two). Read whole; a decimal comma ("76,91") followed by a figure with a point is no writing of two amounts.
_SPLIT_GROUP = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})*),(\d{1,2}) (\d{1,2})\.(\d{2})(?![\d,.])")


def _split_group(m: re.Match[str]) -> str:
    """The figure :data:`_SPLIT_GROUP` matched written whole, its space moved after it (the same length)."""
    if len(m.group(2)) + len(m.group(3)) != 3:
        return m.group(0)
    return f"{m.group(1)},{m.group(2)}{m.group(3)}.{m.group(4)} "


# a figure grouped in thousands by single spaces with a decimal comma, as South Africa, France and most of Europe print
# it ("Total earnings 14 942,00", "R 11 298,11"): read whole, not as its last group (942,00 was read as gross pay at
# 0.86 on independent set 17's Gqeberha payslip, and "R 9 850,00" broke independent set 15's school-fee ledger). The
# spaces become points (the same length: each hit's start and end stay those of ``text``) and _number reads
# "14.942,00" as 14942.00. A decimal comma is required: with a decimal point, "2 150.00" is as often a quantity
# and an amount in two columns.
_SPACE_CENTS = re.compile(r"(?<![\d,.])(\d{1,3})((?: \d{3})+),(\d{2})(?![\d,.])")


# the same grouping with a decimal point ("R 13 046.99", "2 964.00"; South Africa prints the point, and ISO 31-0 and
# the SI brochure (BIPM, 9th ed., "Formatting numbers") group by a space with either decimal mark) is read whole only
# where it cannot be two figures of a row: the text is that figure alone, with at most a currency mark before it (a
# code of the vocabulary, a sign, or one capital letter, the symbol of the rand, pula or kina: "R", "$", "ZAR") and a
# sign or bracket around it, as a cell holds one amount; or a group after the first begins with a zero ("13 046.99":
# no quantity or price is printed "046.99", so the group continues the figure before it). Never in a text that groups
# another figure with commas ("1,250.00"): there the spaces part figures ("12 480.00", a count and an amount).
_SPACE_POINT = re.compile(r"(?<![\d,.])(\d{1,3})((?: \d{3})+)\.(\d{2})(?![\d,.])")
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d])")


@lru_cache(maxsize=4)
def _space_point_alone(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A text holding one space-grouped figure with a decimal point and at most a currency mark (``marks``) before it."""
    code = "|".join(re.escape(m.rstrip(".")) for m in sorted(marks, key=len, reverse=True)) or r"(?!x)x"
    mark = rf"(?:(?:{code})\.?|[{_SIGNS}]|[A-Z])"
    return re.compile(rf"\s*[-(]?\s*(?:{mark}\s?)?-?\d{{1,3}}(?: \d{{3}})+\.\d{{2}}[-)]?\s*")


def _space_point(text: str) -> str:
    """``text`` with each figure grouped by spaces around a decimal point ("13 046.99") written "13,046.99" (the same
    length: hits keep their places), where it is one figure (see :data:`_SPACE_POINT`); other text unchanged."""
    if " " not in text or _COMMA_GROUPED.search(text):
        return text
    alone = _space_point_alone(load_vocabulary().currency_marks).fullmatch(text) is not None

    def join(m: re.Match[str]) -> str:
        if alone or " 0" in m.group(2):
            return m.group(1) + m.group(2).replace(" ", ",") + "." + m.group(3)
        return m.group(0)

    return _SPACE_POINT.sub(join, text)


def cells_money_text(cells: Sequence[str]) -> str:
    """The text of a line given as its cells' texts (joined by one space), each cell's figure grouped by spaces
    around a decimal point written with commas where the cell holds it alone ("R 1 444.02" -> "R 1,444.02"; see
    :data:`_SPACE_POINT`): :func:`find_money` of a whole line reads "Balance due R 1 444.02" as 1 and 444.02, since in
    a row "12 480.00" may be a count and an amount; the cell says it is one figure. Other text is unchanged."""
    return " ".join(_space_point(c) for c in cells)


def find_money(text: str) -> list[MoneyHit]:
    """Every amount in ``text``; ``marked`` tells a sure amount from a bare integer."""
    return list(_money_hits(text, _MILS.get()))


@lru_cache(maxsize=1 << 14)
def _money_hits(text: str, mils: bool = False) -> tuple[MoneyHit, ...]:
    """:func:`find_money`, kept per text: the evidence of each amount looks through the same cells and lines
    again for every field (a warm re-run of a 10-page statement called it 11,800 times on a few hundred texts)."""
    text = clean(text)
    marks = load_vocabulary().currency_marks
    dotted = _dotted(marks)
    if dotted is not None:  # the same length, so each hit's start and end stay those of ``text``
        text = dotted.sub(lambda m: m.group(0)[:-1] + " ", text)
    text = _COLON_CENTS.sub(r"\1.\2", text)  # the same length: each hit's start and end stay those of ``text``
    text = _SPLIT_GROUP.sub(_split_group, text)  # the same length too
    text = _SPACE_CENTS.sub(lambda m: m.group(1) + m.group(2).replace(" ", ".") + "," + m.group(3), text)
    text = _space_point(text)
    out = []
    for m in _money_re(marks).finditer(text):
        parsed = _number(m.group("num"), mils)
        if parsed is None:
            continue
        value, decimals = parsed
        mag = m.group("mag")
        if mag:  # 1.2万元 is 12000 yuan; a bare "3千" too
            value *= MAGNITUDES[mag]
        if not (m.group("cur") or m.group("yuan") or mag) and _PERCENT.match(text, m.end("num")):
            continue  # a rate ("SCP 3.5%", "个税 3%"), not an amount: it would break the sums it sits among
        trail = (m.group("trail") or "").upper()
        # a dash, a space, then a currency sign is an empty cell's dash before the next cell ("-   $4,750.00"
        # under Withdrawals | Balance), not a minus: a minus is printed against what it negates ("-$4,750.00")
        detached = m.group("lead") == "-" and m.group("cur") is not None and text[m.start("lead") + 1:][:1].isspace()
        negative = bool(m.group("sign")) or trail in ("-", "DR", "OD") or (m.group("lead") == "-" and not m.group("cur")) \
            or (m.group("lead") == "(" and trail == ")") or (m.group("lead") == "-" and m.group("cur") is not None
                                                             and not detached)
        if negative:
            value = -value
        marked = decimals or bool(m.group("cur") or m.group("yuan") or mag) or trail.replace(" ", "") in ("/-", "/=")
        out.append(MoneyHit(m.start(), m.end(), value, marked))
    return tuple(out)


# a figure grouped in thousands by spaces, as French, Nordic and SI style print it ("17 500", "1 250 000,50"); the
# thin and no-break spaces are folded to plain spaces first. Only a whole cell is read so: in a row, "17 500" can be
# two columns.
_SPACE_GROUPED = re.compile(r"(?P<num>\d{1,3}(?: \d{3})+)(?:(?P<sep>[.,])(?P<dec>\d{2}))?")
_WHOLE_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}")  # 48,250 · 1,03,000 (lakh)


@dataclass(frozen=True)
class CellAmount:
    """The one amount a cell holds and nothing else (:func:`cell_amount`): ``marked`` as in :class:`MoneyHit`;
    ``grouped`` when its figure is grouped in thousands ("48,250", "17 500", "1,03,000")."""

    value: Decimal
    marked: bool
    grouped: bool


def cell_amount(text: str) -> CellAmount | None:
    """The amount ``text`` holds when it holds one and nothing else but a currency mark, a sign or brackets: "¹48,250"
    (a lost ₹ folded to a space), "Rs 17,500", "$1,200", "17 500", "(350.00)", "900". None for text with words, two
    figures, a date, or a figure no amount is written as (a year 1990-2100 printed bare, ten digits or more, a
    leading zero as in "0042": an id)."""
    t = clean(text).strip(" :：|")
    if not t or find_dates(t):
        return None
    bare = re.sub(r"\s+", " ", t.replace("\u202f", " "))
    m = _SPACE_GROUPED.fullmatch(bare.strip(f" {_SIGNS}"))
    if m and not re.search(r"[A-Za-z]", bare):
        value = Decimal(m.group("num").replace(" ", "") + ("." + m.group("dec") if m.group("dec") else ""))
        signed = bool(re.match(rf"\s*[{_SIGNS}]", bare) or m.group("dec"))
        return CellAmount(value, signed, True)
    hits = find_money(t)
    if len(hits) != 1:
        return None
    h = hits[0]
    rest = t[:h.start] + t[h.end:]
    if re.search(rf"[0-9A-Za-z{CJK}#№%]", rest):
        return None  # words or another figure beside it; "#12,345" a number, "12%" a rate
    figure = re.search(r"\d[\d,.]*", t[h.start:h.end])
    digits = figure.group(0) if figure else ""
    grouped = bool(_WHOLE_GROUPED.match(digits))
    if not h.marked:  # a year is printed without a thousands separator: "2,000" is an amount, "2000" may be a year
        year = not grouped and 1990 <= abs(h.value) <= 2100
        if year or len(re.sub(r"\D", "", digits)) >= 10 or re.match(r"0\d", digits):
            return None
    return CellAmount(h.value, h.marked, grouped)


_WIDE = Context(prec=80)  # a run of digits OCR joined from a row's figures has more than the default 28 places


def fmt_money(value: Decimal) -> str:
    """``value`` with two decimal places, as a string ("1234.50"). Any length: quantizing a run of 27 digits or
    more (OCR joining a strip's figures into one "number") in the default context raised InvalidOperation."""
    return str(value.quantize(Decimal("0.01"), context=_WIDE))


def parse_money(text: str, strict: bool = True) -> str | None:
    """The first amount in ``text`` as ``"8560.00"``; ``strict`` skips bare integers (years, ids)."""
    for h in find_money(text):
        if h.marked or not strict:
            if not h.marked and (abs(h.value) >= Decimal(10**8) or (1990 <= h.value <= 2100)):
                continue
            return fmt_money(h.value)
    return None


# --- text ------------------------------------------------------------------------------------------

def clean_text(value: str) -> str | None:
    """Trim a text value: separators and symbols at the ends (Unicode category So: a seal's "★", a tick, "®"
    printed or read beside a name: "…安源分局 ★" under its 经办机构 label), doubled spaces; None when nothing is
    left."""
    value = re.sub(r"\s+", " ", fold(value))
    while True:
        trimmed = value.strip(" :：,;，；|_-—.")
        trimmed = trimmed[1:] if trimmed[:1] and unicodedata.category(trimmed[0]) == "So" else trimmed
        trimmed = trimmed[:-1] if trimmed[-1:] and unicodedata.category(trimmed[-1]) == "So" else trimmed
        if trimmed == value:
            return value or None
        value = trimmed


def same_name(a: str, b: str) -> bool:
    """Names equal after folding, ignoring the vocabulary's courtesy titles and honorifics; English names
    also match in any order or with a middle name more (:func:`packet.core.text.same_name`)."""
    v = load_vocabulary()
    return _same_name(a, b, v.titles, v.honorifics)



def is_placeholder(value: str | None, heads: bool = False) -> bool:
    """Whether ``value`` is a blank form's stand-in for a value, never a value itself: a bracketed word ("[Name]",
    "<Company>", "{employer}"); a run of X, ×, #, *, _ or 某 with nothing else but spaces, dashes and an
    organisation's ending ("XXXX", "xxx-xx-xxxx", "____", "某某公司", "XX有限公司"); or words that are all the
    vocabulary's ``placeholder_words`` and ``labelish_en``, with or without a legal form (``org_form_words``: "Company
    Address", "Employee Name", "Your Full Name", "Company Name Pvt. Ltd").
    With ``heads`` (an organisation's field), the head nouns of a provider's name (the vocabulary's
    ``provider_words_en``, ``provider_tails_en``, ``provider_words_zh``) add no name either: a template's letterhead
    "Hospital Name", "Your Clinic Name", "医院名称" is a slot, while "Clinic" or "医院" alone is left to other checks.
    A value with a digit or any other word is no placeholder ("ABC Company", "XXXX1234" — a masked number)."""
    if not value:
        return False
    v = load_vocabulary()
    if heads and _head_slot(value, v):
        return True
    text = fold(value).strip(" :：.,;")
    if re.fullmatch(r"[\[<{(（【]\s*[^\]>})）】]{1,40}\s*[\]>})）】]", text):
        return True
    bare = text
    for suffix in sorted(v.org_suffixes_zh, key=len, reverse=True):
        if bare.endswith(suffix):
            bare = bare[: -len(suffix)]
            break
    if bare and re.fullmatch(r"[Xx×#*_某○\s\-/.]+", bare) and re.search(r"[Xx×#*_某○]{2,}|某", bare):
        return True
    low = text.lower()
    if re.search(r"[\d]", low):
        return False
    words = set(v.placeholder_words) | set(v.labelish_en)
    zh = [w for w in v.placeholder_words if re.search(r"[^\x00-\x7f]", w)]
    if low in zh or _made_of(low, zh + list(v.labelish_zh)):
        return True
    tokens = re.findall(r"[a-z]+", low)
    forms = {w.lower() for w in v.org_form_words}  # a template's "Company Name Pvt. Ltd": its legal form adds no name
    return (bool(tokens) and not re.search(r"[^\x00-\x7f]", low) and all(t in words or t in forms for t in tokens)
            and any(t not in forms for t in tokens))


def _head_slot(value: str, v) -> bool:
    """Whether ``value`` is a provider's head noun with nothing but placeholder words beside it, one of them a label's
    word or a template's (``labelish_en``, ``slot_words``: "Hospital Name", "Your Clinic",
    "Name of Clinic", "Your Pharmacy Name", "医院名称"): see :func:`is_placeholder`."""
    text = fold(value).strip(" :：.,;")
    if re.search(r"\d", text):
        return False
    if re.search(f"[{CJK}]", text):
        rest = text
        for w in sorted(v.provider_words_zh, key=len, reverse=True):
            rest = rest.replace(w, "")
        return bool(rest) and rest != text and _made_of(rest, [w for w in v.placeholder_words if re.search(f"[{CJK}]", w)]
                                                        + list(v.labelish_zh))
    low = " " + " ".join(re.findall(r"[a-z]+", text.lower())) + " "
    stripped = low
    for w in sorted((*v.provider_words_en, *v.provider_tails_en), key=len, reverse=True):
        stripped = stripped.replace(f" {w.lower()} ", " ")
    tokens = stripped.split()
    words = {w.lower() for w in (*v.placeholder_words, *v.labelish_en, *v.prose_words_en)}
    return stripped != low and bool(tokens) and all(t in words for t in tokens) \
        and any(t in {w.lower() for w in (*v.labelish_en, *v.slot_words)} for t in tokens)  # "First Street Clinic" is one


def _made_of(text: str, words: Sequence[str]) -> bool:
    """Whether Chinese ``text`` is wholly a run of ``words`` ("单位地址" of 单位 and 地址: a form's label read as its
    value)."""
    text = re.sub(r"\s+", "", text)
    if not text or not re.fullmatch(f"[{CJK}]+", text):
        return False
    alts = sorted({w for w in words if w}, key=len, reverse=True)
    return re.fullmatch("(?:" + "|".join(re.escape(w) for w in alts) + ")+", text) is not None if alts else False


def is_specimen(value: str | None) -> bool:
    """Whether an organisation's name ``value`` holds a word of the vocabulary's ``specimen_words`` (whole words,
    any case; Chinese words anywhere) and no legal form (``org_forms_en``, ``bank_forms_en``, ``org_suffixes_zh``):
    "Sample Bank" is what a sample statement's title "Sample Bank Statement" calls it, never its bank, while
    "Example Co. Ltd" is printed as a firm's name would be, and is what the document names. A name of specimen and
    placeholder words alone (``placeholder_words``: "Sample Company", "Demo Employer") is a specimen whatever
    form it holds: nothing in it names anyone."""
    if not value:
        return False
    v = load_vocabulary()
    low = fold(value).lower()
    words = re.findall(r"[a-z]+", low)
    specimen = {fold(w).lower() for w in v.specimen_words}
    if words and len(words) == len(low.split()) and any(w in specimen for w in words) \
            and all(w in specimen or w in v.placeholder_words for w in words):
        return True
    forms = [f for f in (*v.org_forms_en, *v.bank_forms_en) if f.strip(".")]
    if any(re.search(rf"(?<![a-z]){re.escape(f.lower().rstrip('.'))}\.?(?![a-z])", low) for f in forms) \
            or any(low.endswith(f) for f in v.org_suffixes_zh):
        return False
    for w in v.specimen_words:
        w = fold(w).lower()
        if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w), low):
            return True
    return False
