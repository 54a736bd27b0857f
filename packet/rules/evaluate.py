"""Hold the documents against the checklist on the as-of date: what counts, what is missing, what is wrong.

Rules (see :class:`packet.rules.checklist.Option`): ``each-month`` wants a document for each of the N
complete calendar months before the as-of month (by the type's field of kind ``month``; a document of the
stand-in type within its days may stand in for up to ``max`` of them); ``cover-days`` wants the union of the statements' periods to cover every day
of those months, and names the exact days still uncovered; ``within-days`` wants ``count`` documents
dated within N days before the as-of date, both ends included. A document counts only when all its
required fields were found and it falls in the window; a document older than the window is warned ``stale`` by
its date alone, also when it lacks a field (the warning names what the newer one must show); a duplicate (the
same bytes, or the same ``duplicate_key`` and the same content: :func:`same_content`) counts once; a name
mismatch is a warning and still counts; a document dated after the as-of date (a payslip for a month not yet
begun, a statement starting after it, a proof dated after it) is warned ``future-date`` (a misread date or a wrong
``--as-of``: the warning gives the ``[fields]`` line that corrects it). Per-document warnings and the per-requirement messages are in
:mod:`packet.rules.wording`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from packet.case.casefile import Case
from packet.core.model import (
    LOW_CONFIDENCE,
    LOW_DPI,
    DocumentResult,
    Extracted,
    FileError,
    Missing,
    Problem,
    Report,
)
from packet.core.money import guess_currency
from packet.rules import wording as advice
from packet.rules.checklist import Checklist, Option, Outcome, Requirement, months_before
from packet.rules.readiness import (
    benefit_income,
    letter_needs,
    letter_warnings,
    no_income,
    no_income_note,
    no_wages_note,
    statement_types,
    suggested_hardship,
    wages_paid_in,
)
from packet.rules.registry import load_types

log = logging.getLogger(__name__)


@dataclass
class Unit:
    """One countable document: a file, or one of several documents inside a file."""

    doc: int  # index into the extracted list
    type: str
    fields: Mapping[str, str | None]
    duplicate: bool = False
    part: int | None = None  # 1-based number of the document within a file holding several (None: the file)
    rel: str = ""  # the file's path relative to the case folder


@dataclass
class _State:
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    requirement: dict[int, str] = field(default_factory=dict)
    surface: str = "cli"  # whose controls the advice names: "cli" (folder, packet.toml) or "page" (packet serve)
    # the stale warnings of the requirement being evaluated: (doc, the warning given, what it says when the
    # requirement is met by other documents); :func:`evaluate` swaps them once the requirement is met
    pending: list[tuple[int, Problem, Problem]] = field(default_factory=list)
    spare: dict[int, list[Problem]] = field(default_factory=dict)  # the swapped ones: documents not needed

    def not_needed(self) -> None:
        """The requirement just evaluated is met: each of its stale documents is not needed rather than "not
        counted… get a newer one" (nothing is to be added), and is remembered as spare (:func:`evaluate` says
        where it goes)."""
        for doc, warned, spare in self.pending:
            got = self.problems.get(doc, [])
            if warned in got:
                got[got.index(warned)] = spare
                self.spare.setdefault(doc, []).append(spare)

    def warn(self, doc: int, problem: Problem) -> None:
        got = self.problems.setdefault(doc, [])
        if all(p.code != problem.code or p.message != problem.message for p in got):
            got.append(problem)

    def count(self, doc: int, req: str) -> None:
        self.requirement.setdefault(doc, req)


def month_window(as_of: date, n: int) -> tuple[date, date]:
    """First and last day of the ``n`` complete months before the as-of month."""
    first = months_before(as_of, n)[0]
    start = date(int(first[:4]), int(first[5:]), 1)
    end = as_of.replace(day=1) - timedelta(days=1)
    return start, end


def uncovered(window: tuple[date, date], periods: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    """The day ranges of ``window`` that no period covers, in order."""
    start, end = window
    gaps, cursor = [], start
    for a, b in sorted(periods):
        if b < cursor:
            continue
        if a > end:
            break
        if a > cursor:
            gaps.append((cursor, min(a - timedelta(days=1), end)))
        cursor = max(cursor, b + timedelta(days=1))
        if cursor > end:
            break
    if cursor <= end:
        gaps.append((cursor, end))
    return gaps


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def complete_fields(unit: Unit, option: Option) -> bool:
    fields = load_types()[unit.type].fields
    return all(unit.fields.get(f) for f in fields if f not in option.optional_fields)


def _dup_key(unit: Unit) -> tuple | None:
    """The type's ``duplicate_key`` values of ``unit``, or None when the type has none or one is missing."""
    f = unit.fields
    t = load_types().get(unit.type)
    keys = t.duplicate_key if t else ()
    if not keys or not all(f.get(k) for k in keys):
        return None
    return (unit.type,) + tuple(f[k] for k in keys)


# --- the rules -----------------------------------------------------------------------------------------

def _lacking(unit: Unit, option: Option) -> tuple[str, ...]:
    """The required fields of ``unit`` (its type's fields less the option's optional ones) that were not found."""
    return tuple(f for f in load_types()[unit.type].fields if not unit.fields.get(f) and f not in option.optional_fields)


def _unusable(units: Sequence[Unit], option: Option, t: str, stale: Container[tuple[int, int | None]] = frozenset()
              ) -> list[tuple[int, tuple[str, ...], int | None]]:
    """The units of type ``t`` not counted for want of a required field: (doc, fields not found, part). A unit in
    ``stale`` (doc, part) is left out: it would not count even with every field, and its stale warning says so
    and names the fields it lacks (:func:`_stale`)."""
    out = []
    for u in units:
        if u.type == t and not complete_fields(u, option) and (u.doc, u.part) not in stale:
            out.append((u.doc, _lacking(u, option), u.part))
    return out


def _stale(st: _State, u: Unit, option: Option, stale: set[tuple[int, int | None]], problem: Problem,
           lang: str, spare: Problem | None = None) -> None:
    """Warn that ``u`` is too old for ``option``, also when it lacks a required field (a document is stale by its
    date alone: the user must get a newer one whatever else it lacks, and the warning names what the newer one
    must show too). ``spare``: what the warning says instead when the requirement turns out met by other documents
    (:meth:`_State.not_needed`)."""
    lacking = _lacking(u, option)
    if lacking:
        problem = advice.stale_and_lacking(lang, problem, u.rel, u.part, u.type, _fields_of_kind(u.type, "month", "date", "start", "end"), lacking,
                                          st.surface)
    stale.add((u.doc, u.part))
    st.warn(u.doc, problem)
    if spare is not None:
        st.pending.append((u.doc, problem, spare))


def _fields_of_kind(type_name: str, *kinds: str) -> tuple[str, ...]:
    """The type's fields of any of ``kinds``, in the type's order (the fields that date a document)."""
    t = load_types().get(type_name)
    return tuple(f for f in t.fields if t.kind(f) in kinds) if t else ()


def _of_kind(type_name: str, kind: str) -> str:
    """The name of the type's first field of ``kind`` ("" when it has none: no document then counts)."""
    t = load_types().get(type_name)
    return (t.field_of_kind(kind) if t else None) or ""


def each_month(units: Sequence[Unit], option: Option, req: Requirement, as_of: date, st: _State, lang: str) -> Outcome:
    months = months_before(as_of, option.months or 0)
    month = _of_kind(option.type, "month")
    have: set[str] = set()
    stale: set[tuple[int, int | None]] = set()
    for u in units:
        if u.type != option.type:
            continue
        ok = complete_fields(u, option)  # a duplicate still joins its group of exhibits; the set counts its month once
        period = u.fields.get(month) or ""
        if period in months:
            if ok:
                have.add(period)
                st.count(u.doc, req.id)
        elif period > months[-1]:
            if ok:
                st.count(u.doc, req.id)  # newer than needed: kept with the income documents, not needed
            if period > as_of.strftime("%Y-%m"):  # a month that has not begun: a misread date or a wrong --as-of
                st.warn(u.doc, advice.future_date(lang, period, as_of, u.rel, u.part, month, ok, "YYYY-MM",
                                                       st.surface))
        elif period or ok:  # a month older than asked for (checked even when a field is missing)
            _stale(st, u, option, stale, advice.stale_month(lang, period, months), lang,
                   advice.stale_month(lang, period, months, met=True))
    need = [m for m in months if m not in have]
    if option.stand_in and need:
        si = option.stand_in
        si_option = Option(type=si.type, rule="within-days")
        since = as_of - timedelta(days=si.within_days)
        dated = _of_kind(si.type, "date")
        used = 0
        for u in units:
            if u.type != si.type or u.duplicate:
                continue
            d = _d(u.fields.get(dated))
            if d and since <= d <= as_of:
                if used < si.max and need and complete_fields(u, si_option):
                    need.pop()
                    used += 1
                    st.count(u.doc, req.id)
            elif d and d < since:
                _stale(st, u, si_option, stale, advice.stale_date(lang, d, si.within_days, as_of), lang,
                       advice.stale_date(lang, d, si.within_days, as_of, met=True))
            elif d and d > as_of:
                st.warn(u.doc, advice.future_date(lang, d.isoformat(), as_of, u.rel, u.part, dated, False,
                                                       surface=st.surface))
    return Outcome(met=not need, need_months=need, unusable=_unusable(units, option, option.type, stale))


def cover_days(units: Sequence[Unit], option: Option, req: Requirement, as_of: date, st: _State, lang: str) -> Outcome:
    window = month_window(as_of, option.months or 0)
    start, end = _of_kind(option.type, "start"), _of_kind(option.type, "end")
    periods = []
    stale: set[tuple[int, int | None]] = set()
    for u in units:
        if u.type != option.type:
            continue
        a, b = _d(u.fields.get(start)), _d(u.fields.get(end))
        if b and b < window[0]:  # ends before the window: stale, also when a field is missing
            _stale(st, u, option, stale, advice.stale_period(lang, b, window), lang,
                   advice.stale_period(lang, b, window, met=True))
            continue
        if a and a > as_of:  # starts after the day of the check: a misread date or a wrong --as-of
            st.warn(u.doc, advice.future_date(lang, a.isoformat(), as_of, u.rel, u.part, start, False,
                                                       surface=st.surface))
            continue
        if not a or not b or not complete_fields(u, option):
            continue
        st.count(u.doc, req.id)
        if not u.duplicate:
            periods.append((a, b))
    gaps = uncovered(window, periods)
    return Outcome(met=not gaps, gaps=gaps, found=len(periods), unusable=_unusable(units, option, option.type, stale))


def within_days(units: Sequence[Unit], option: Option, req: Requirement, as_of: date, st: _State, lang: str) -> Outcome:
    since = as_of - timedelta(days=option.days or 0)
    dated = _of_kind(option.type, "date")
    found = 0
    stale: set[tuple[int, int | None]] = set()
    for u in units:
        if u.type != option.type:
            continue
        d = _d(u.fields.get(dated))
        if d and since <= d <= as_of:
            if complete_fields(u, option):
                st.count(u.doc, req.id)
                found += 0 if u.duplicate else 1
        elif d and d < since:  # too old, also when a field is missing
            _stale(st, u, option, stale, advice.stale_date(lang, d, option.days or 0, as_of), lang,
                   advice.stale_date(lang, d, option.days or 0, as_of, met=True))
        elif d and d > as_of:  # from the future: a misread date (another calendar, a blurred digit) or a wrong --as-of
            st.warn(u.doc, advice.future_date(lang, d.isoformat(), as_of, u.rel, u.part, dated, False,
                                                       surface=st.surface))
    return Outcome(met=found >= option.count, since=since, found=found,
                   unusable=_unusable(units, option, option.type, stale))


RULES = {"each-month": each_month, "cover-days": cover_days, "within-days": within_days}


# --- the whole evaluation ------------------------------------------------------------------------------

# Two documents with the same duplicate_key (same type, period and amounts) are one document printed or saved twice
# only when they also print the same content (the interface's rule: "same content"; the same period alone makes no
# duplicate): of the numbers printed on either (dates, amounts, reference numbers: the tokens of FIGURE with 3 or more
# digits), at least SAME_FIGURES of them on both (Jaccard index). Two bi-weekly pay stubs of one month with the same
# pay differ in their pay periods and pay dates (and year-to-date figures): about a quarter in common; a scan and the
# PDF of one document share nearly all, OCR misreadings aside (a misread figure costs two of ~20 tokens). Fewer than
# MIN_FIGURES figures on either: the figures cannot tell, and their words do (:func:`same_words`). Neither (a page
# read as next to nothing): the key alone, only when it holds figures itself (an amount, an account number:
# FIGURE_KINDS), so that equal keys are the same figures and dates. A key of a date, a name and an issuer never makes
# a copy alone: a diagnosis certificate and the discharge summary of one hospital stay have the same date, patient
# and hospital, and too few figures (a new user's trial, r21: the certificate, the strongest line, was left out).
FIGURE = re.compile(r"\d(?:[\d,.:/-]*\d)?")
SAME_FIGURES = 0.5
MIN_FIGURES = 4
# The words of two documents, as the sets of their character trigrams (letters, digits and CJK characters, case
# folded, everything else dropped: OCR splits and joins words and misreads punctuation): one document read twice
# shares most of them (each misread character costs at most three of a few hundred), two documents from one issuer
# share the letterhead and the names (a certificate and a discharge summary of one stay: about a fifth). SAME_WORDS
# of the union in common make one document; a text of fewer than MIN_GRAMS trigrams (about 40 characters: a label
# and a name, not a document read) tells nothing.
SAME_WORDS = 0.5
MIN_GRAMS = 40
FIGURE_KINDS = ("money", "account")
_WORD_CHARS = re.compile(r"[^\w]|_", re.UNICODE)
# The calendar dates a document prints (day, month and year in figures: 10/24/2026, 2026-10-24, 24.10.2026,
# 2026年10月24日) tell two documents of one kind and period apart before their other figures do: two bi-weekly pay
# stubs of one month print the same employer's address, tax number, pay and deductions (a salaried worker's are
# equal each period: a new user's trial, r23, had three quarters of the figures in common and the second stub left
# out as "the same content"), but other pay periods and pay dates. One document read twice prints the same dates, an
# OCR slip aside; a photo of one page of a longer PDF prints some of the PDF's. So two documents are not one when
# fewer than SAME_DATES of the dates of the one printing fewer are on the other (:func:`other_dates`).
_DATE = re.compile(r"(?<![\d/.-])(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                   r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?![\d/.-])")
SAME_DATES = 0.5


class Content:
    """What a document prints, for telling one document saved twice from two documents alike: its figures
    (:func:`figures`) and its character trigrams (:data:`SAME_WORDS`), the trigrams made only when asked for (the
    figures decide for most pairs, and most documents meet no other of their key)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.figures = figures(text)
        self.dates = printed_dates(text)

    @cached_property
    def grams(self) -> frozenset[str]:
        flat = _WORD_CHARS.sub("", self.text).casefold()
        return frozenset(flat[i:i + 3] for i in range(len(flat) - 2))


def content(text: str) -> Content:
    """The :class:`Content` of ``text`` (a document's or a part's text, as read)."""
    return Content(text)


def figures(text: str) -> frozenset[str]:
    """The numbers printed in ``text`` (dates, amounts, references) with 3 or more digits, thousands separators
    dropped: what tells two documents of the same kind, period and amounts apart."""
    out = set()
    for m in FIGURE.finditer(text):
        token = m.group(0).replace(",", "").rstrip(".:/-")
        if sum(c.isdigit() for c in token) >= 3:
            out.add(token)
    return frozenset(out)


def printed_dates(text: str) -> frozenset[str]:
    """The calendar dates printed in ``text`` with day, month and year in figures (see :data:`_DATE`), spaces
    dropped, as printed (a copy prints them alike; no date is interpreted here)."""
    return frozenset(re.sub(r"\s+", "", m.group(0)) for m in _DATE.finditer(text))


def other_dates(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two documents print other dates (see :data:`SAME_DATES`): of the dates of the one printing fewer,
    fewer than SAME_DATES are on the other. False when either prints none (nothing to tell)."""
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) < SAME_DATES


def same_figures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two documents print the same figures and dates (see SAME_FIGURES); False with too few to tell."""
    if len(a) < MIN_FIGURES or len(b) < MIN_FIGURES:
        return False
    return len(a & b) / len(a | b) >= SAME_FIGURES


def same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two documents print the same words (character trigram sets, see :data:`SAME_WORDS`); False when
    either has fewer than MIN_GRAMS."""
    if len(a) < MIN_GRAMS or len(b) < MIN_GRAMS:
        return False
    return len(a & b) / len(a | b) >= SAME_WORDS


def same_content(a: Content, b: Content, key_figures: bool = False) -> bool:
    """Whether two documents of the same ``duplicate_key`` are one document: the same figures when both print
    enough of them (:func:`same_figures`), else the same words when both have enough (:func:`same_words`), else
    ``key_figures`` (:func:`key_has_figures`: the equal key is itself the same figures and dates). Never when they
    print other dates (:func:`other_dates`: two pay periods of one month)."""
    if other_dates(a.dates, b.dates):
        return False
    if len(a.figures) >= MIN_FIGURES and len(b.figures) >= MIN_FIGURES:
        return same_figures(a.figures, b.figures)
    if len(a.grams) >= MIN_GRAMS and len(b.grams) >= MIN_GRAMS:
        return same_words(a.grams, b.grams)
    return key_figures


def may_be_copies(a: frozenset[str], b: frozenset[str]) -> bool:
    """The cautious twin of :func:`same_content`, for documents of the same ``duplicate_key`` that might confirm
    each other's values (:func:`packet.understanding.consistency.agree`), by the figures they print (:func:`figures`):
    copies unless both print enough (MIN_FIGURES) and those differ. Too little to tell is a copy here (a copy's
    agreement would raise a value to 0.9 on nothing), where :func:`same_content` leaves it a document of its own (one
    left out as a copy is lost)."""
    if len(a) < MIN_FIGURES or len(b) < MIN_FIGURES:
        return True
    return same_figures(a, b)


def key_has_figures(type_name: str) -> bool:
    """Whether the ``duplicate_key`` of ``type_name`` holds a figure (a field of a kind in :data:`FIGURE_KINDS`)."""
    t = load_types().get(type_name)
    return bool(t) and any(t.kinds.get(k) in FIGURE_KINDS for k in t.duplicate_key)


def part_text(e: Extracted, k: int) -> str:
    """The text of the ``k``-th (0-based) document of ``e`` (its pages), the whole file's for a single document."""
    if not e.parts or len(e.part_pages) != len(e.parts):
        return e.document.text
    a, b = e.part_pages[k]
    return "\n".join(p.text for p in e.document.pages[a - 1:b])


# A copy whose duplicate_key differs only by a misread value that is not a date (a phone photo of a statement read
# its account number 4391770 for 43917702: a new user's trial put the photo and the PDF in the packet side by side)
# is still a copy when it prints the same dates and nearly all the same figures: of the figures of the one with
# fewer, at least COPY_SHARE are on the other (a photo of one page of a two-page PDF: 44 of 45), with at least
# COPY_FIGURES on each. Two documents of the same dates that are not copies differ in their amounts and references
# (two accounts' statements of one month, a corrected payslip, two bills of one day): far below that share.
COPY_SHARE = 0.9
COPY_FIGURES = 2 * MIN_FIGURES
DATE_KINDS = ("date", "start", "end", "month")


def nearly_same_figures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the document with fewer figures prints nearly all of them on the other (see COPY_SHARE): one
    document read twice, a misread figure aside. False with fewer than COPY_FIGURES figures on either."""
    if len(a) < COPY_FIGURES or len(b) < COPY_FIGURES:
        return False
    return len(a & b) / min(len(a), len(b)) >= COPY_SHARE


def _dates_key(unit: Unit) -> tuple | None:
    """The date-kind values (:data:`DATE_KINDS`) of the type's ``duplicate_key`` of ``unit``, with its type; None
    when the key has no date field or one of them was not read."""
    t = load_types().get(unit.type)
    keys = [k for k in (t.duplicate_key if t else ()) if t.kinds.get(k) in DATE_KINDS]
    if not keys or not all(unit.fields.get(k) for k in keys):
        return None
    return (unit.type,) + tuple(unit.fields[k] for k in keys)


FORM_RANK = {"text": 0, "scan": 1, "photo": 2}  # born-digital over a scan over a phone photo (model.Form)


def _mean_confidence(e: Extracted) -> float | None:
    """The mean OCR word confidence (0-100) of the pages of ``e`` read from pixels; 100 for a file with a text layer
    on every page; None when a page read from pixels has no confidence recorded."""
    if all(p.source == "text" for p in e.document.pages):
        return 100.0
    confs = [p.confidence for p in e.document.pages if p.source != "text"]
    if any(c is None for c in confs):
        return None
    return sum(confs) / len(confs)  # type: ignore[arg-type]


def _low_pages(e: Extracted) -> int:
    """How many pages of ``e`` were read below the low-quality bounds (:data:`LOW_CONFIDENCE`, :data:`LOW_DPI`)."""
    return sum(1 for p in e.document.pages if p.source != "text" and (
        (p.confidence is not None and p.confidence < LOW_CONFIDENCE) or (p.dpi is not None and p.dpi < LOW_DPI)))


_COPY_SUFFIX = re.compile(r"\s*[(（]\d{1,3}[)）]$")  # "name (1)", "name(2)", "名称（1）"


def copy_named(rel: str) -> bool:
    """Whether the file ``rel`` (a path relative to the case folder) is named as a copy: its name without the
    extension ends in a number in brackets, as browsers and file managers name a second download or copy of a file
    ("payslip (1).pdf", "工资条（2）.jpg")."""
    name = rel.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return bool(_COPY_SUFFIX.search(stem))


def _copy_rank(e: Extracted) -> tuple:
    """Which of two copies is kept as the one that counts (lowest first): every page with a text layer; then the
    form of the file (a scan before a phone photo: :data:`FORM_RANK`); then more pages; then fewer pages read below
    the low-quality bounds (the ``low-quality`` problem's); then the higher mean OCR confidence, in whole points (a
    point's noise does not outweigh file order; unknown counts as none); then file order (the sort is stable). A
    trial: a shadowed photo named first was kept over a clean scan of the same payslip, while the message said to
    keep the clearer one."""
    pages = e.document.pages
    conf = _mean_confidence(e)
    return (not all(p.source == "text" for p in pages), FORM_RANK.get(e.document.form, 1), -len(pages), _low_pages(e),
            -round(conf) if conf is not None else 0)


def copy_reason(kept: Extracted, dropped: Extracted) -> tuple[str, dict[str, object]]:
    """Why ``kept`` counts rather than ``dropped`` (two copies of one document, :func:`_copy_rank`): the first rank
    key that tells them apart, as (code, values) for the message (:func:`packet.rules.wording.duplicate`): ``text``
    (a born-digital file over one read from pixels), ``scan`` (a scan over a photo), ``pages`` (more pages),
    ``low-quality`` (``dropped`` has more pages too small, blurred or faint to read well), ``quality`` (a higher mean
    OCR confidence: ``kept``/``dropped`` in whole points), ``order`` (nothing tells them apart: the first by name)."""
    a, b = _copy_rank(kept), _copy_rank(dropped)
    codes = ("text", "scan", "pages", "low-quality", "quality")
    for i, code in enumerate(codes):
        if a[i] != b[i]:
            return code, {"kept": -a[4], "dropped": -b[4]}
    return "order", {}


def _units(extracted: Sequence[Extracted], st: _State, lang: str) -> list[Unit]:
    """Each countable document, duplicates marked: the same bytes as an earlier file; or the same duplicate_key and
    the same content (:func:`same_content`: figures, else words) as another document; or the same dates of that key and nearly all the
    same figures (:func:`nearly_same_figures`: a key value misread). Of copies, the better (:func:`_copy_rank`: a
    text layer, more pages) is the one that counts, the other is marked."""
    units: list[Unit] = []
    # of files with the same bytes, the one that counts: not a copy by its name ("payslip (1).pdf", as browsers and
    # file managers name a second download or copy; a trial's check kept it over "payslip.pdf"), then the first
    first_by_sha: dict[str, int] = {}
    for i, e in sorted(enumerate(extracted), key=lambda ie: (copy_named(ie[1].document.rel), ie[0])):
        first_by_sha.setdefault(e.document.source.sha256, i)
    looked: list[tuple[Unit, tuple | None, tuple | None, Content]] = []
    for i, e in enumerate(extracted):
        sha = e.document.source.sha256
        if first_by_sha[sha] != i:
            st.warn(i, advice.duplicate(lang, extracted[first_by_sha[sha]].document.rel, same_bytes=True))
            units.extend(Unit(i, e.type, f, duplicate=True, rel=e.document.rel) for f in (e.parts or (e.fields,)))
            continue
        if e.parts:
            st.warn(i, advice.multiple(lang, e))
        if e.document.joined:
            st.warn(i, advice.joined(lang, e))
        for k, f in enumerate(e.parts or (e.fields,)):
            u = Unit(i, e.type, f, part=k + 1 if e.parts else None, rel=e.document.rel)
            key, dates = _dup_key(u), _dates_key(u)
            if key or dates:
                looked.append((u, key, dates, content(part_text(e, k))))
            units.append(u)
    kept: list[tuple[Unit, tuple | None, tuple | None, Content]] = []
    for u, key, dates, mine in sorted(looked, key=lambda x: _copy_rank(extracted[x[0].doc])):
        same = next((v for v, k2, d2, theirs in kept if v.doc != u.doc and (
            (key and k2 == key and same_content(mine, theirs, key_has_figures(u.type)))
            or (dates and d2 == dates and nearly_same_figures(mine.figures, theirs.figures)
                and not other_dates(mine.dates, theirs.dates)))), None)
        if same is None:
            kept.append((u, key, dates, mine))
        else:
            u.duplicate = True
            why = copy_reason(extracted[same.doc], extracted[u.doc])
            st.warn(u.doc, advice.duplicate(lang, extracted[same.doc].document.rel, same_bytes=False, why=why))
    return units


def monthly_pay(req: Requirement) -> bool:
    """Whether ``req`` asks first for a record of pay for each month (its first option's rule is ``each-month``):
    the requirement a person who lives on a pension or a benefit can never meet (:func:`benefit_income`)."""
    return bool(req.options) and req.options[0].rule == "each-month"


def stand_in_texts(req: Requirement, extracted: Sequence[Extracted]) -> list[str]:
    """The text of the documents of the type that may stand in for one month of ``req`` (a proof of income)."""
    si = req.options[0].stand_in if req.options else None
    return [e.document.text for e in extracted if si and e.type == si.type]


def case_currency(case: Case, texts: Sequence[str]) -> str | None:
    """The case's currency (ISO 4217): ``[request] currency`` (or the mark on the plan's amounts), CNY for a
    Chinese case, else the mark most used in the documents' text (£, $, €…); None when nothing says."""
    if case.request.currency:
        return case.request.currency
    if case.language == "zh":
        return "CNY"
    return guess_currency(texts)


def evaluate(extracted: Sequence[Extracted], errors: Sequence[FileError], case: Case, checklist: Checklist,
             as_of: date, lang: str | None = None, surface: str = "cli") -> Report:
    """The report: each document with its fields and warnings, each unmet requirement, each unreadable file.

    ``lang`` is the language of the messages (default the case's); the letter's language stays the case's.
    ``surface``: whose controls the advice names, "cli" (the folder, packet.toml, --as-of) or "page" (``packet
    serve``: "Add documents", the "correct" links; see :func:`packet.rules.wording.missing`)."""
    lang = lang or case.language
    types = load_types()
    st = _State(surface=surface)
    for i, e in enumerate(extracted):
        for p in advice.document_problems(lang, e, case, types, surface):
            st.warn(i, p)
    units = _units(extracted, st, lang)
    values = {"hardship": case.request.hardship, "kind": case.request.kind}
    missing: list[Missing] = []
    statements = statement_types(checklist)  # whose rows may show wages paid in
    for req in checklist.requirements:
        if not req.applies(values):
            continue
        st.pending = []
        outcomes = [(opt, RULES[opt.rule](units, opt, req, as_of, st, lang)) for opt in req.options]
        if not any(o.met for _, o in outcomes):
            missing.append(advice.missing(lang, req, outcomes, extracted, as_of, surface))
            # never wages: say so; unless the case holds a record of pay (a payslip of any month): then the person
            # has wages, only not for these months (a benefit may top up low pay: the UK's Universal Credit)
            paid = any(e.type == req.options[0].type for e in extracted) or wages_paid_in(
                [e.document.text for e in extracted if e.type in statements]) is not None
            if monthly_pay(req) and not paid and benefit_income(case, stand_in_texts(req, extracted)):
                m = missing[-1]
                missing[-1] = replace(m, message=m.message + no_wages_note(lang, surface))
            elif monthly_pay(req) and no_income(case):  # no income now: those months will have no payslips (r25)
                m = missing[-1]
                missing[-1] = replace(m, message=m.message + no_income_note(lang, surface))
        else:
            st.not_needed()
    # a type the checklist asks for only in another case (its requirement's `when` does not hold here: medical bills
    # with no medical hardship) is not sent (README: "documents the checklist does not need are left out of the packet
    # unless [files] includes them"; a trial's medical bill went to the lender while check said it was not counted).
    # Types the checklist never names (an ID copy) go in as before.
    def types_of(reqs):
        return {t for req in reqs for opt in req.options for t in (opt.type, opt.stand_in.type if opt.stand_in else None) if t}

    asked = types_of(r for r in checklist.requirements if r.applies(values))
    elsewhere = types_of(r for r in checklist.requirements if not r.applies(values)) - asked
    results = []
    for i, e in enumerate(extracted):
        names = types[e.type].fields if e.type in types else tuple(e.fields)
        fields = {f: e.fields.get(f) for f in names}
        option = case.file_option(e.document.rel)
        catch_all = e.type in types and types[e.type].catch_all  # not needed unless [files] includes it
        # the worse of two copies goes in once, as the better one (packet.assembly.exhibits leaves it out too)
        copy = not e.parts and any(p.code == "duplicate" for p in st.problems.get(i, ()))
        unasked = e.type in elsewhere
        included = option.include if option.include is not None else not (catch_all or copy or unasked)
        results.append(DocumentResult(
            included=included, title=option.title,
            document=e.document, type=e.type, fields=fields,
            missing_fields=tuple(f for f, v in fields.items() if v is None),
            # a copy left out says it is a copy, not again what its original says (a statement downloaded twice told
            # twice that it is too old: trial 14)
            problems=tuple(advice.extra_exhibit(lang, p, included, e.document.rel, surface)
                           if p in st.spare.get(i, ()) else p for p in st.problems.get(i, ())
                           if not (copy and not included and p.code == "stale")),
            requirement=st.requirement.get(i),
            parts=tuple({f: p.get(f) for f in names} for p in e.parts), part_pages=e.part_pages,
            evidence={f: x for f, x in e.evidence.items() if fields.get(f) is not None},
            part_evidence=tuple(dict(x) for x in e.part_evidence), suggested=e.suggested, leaning=e.leaning))
    others = tuple((e.document.rel, seen) for e, r in zip(extracted, results, strict=True)
                   if r.included and (seen := advice.someone_else(e, case, types)) is not None)
    return Report(case=case.name, checklist=checklist.name, as_of=as_of, language=lang,  # type: ignore[arg-type]
                  others=others,
                  documents=tuple(results), missing=tuple(missing),
                  errors=tuple(advice.file_error(lang, x, case, surface) for x in errors),
                  order=tuple(r.id for r in checklist.requirements),
                  letter_needs=letter_needs(case, as_of),
                  letter_warnings=letter_warnings(case, suggested_hardship(case, checklist, (e.type for e in extracted))),
                  currency=case_currency(case, [e.document.text for e in extracted]))
