"""Evidence for every field: where its value came from, how sure packet is of it, and where it sits on the page.

Where: the words that hold the value, found again after the value was read — beside or under the label that gave it
(the same cells :mod:`packet.understanding.label_geometry` searched, in the same order), or for a value found
without a label, the first words of the document that hold it (an amount or a date as printed in any form, a name
as a run of characters, spaces ignored). The box is the union of those words, narrowed to the value's characters
when it shares a word with other text ("兹证明张伟同志"), in fractions of the page as displayed, origin top-left
(the words' own coordinates: :class:`packet.core.model.Word`).

How sure (``confidence``, 0.0-1.0) is the product of what found the value and how well it was read:

    confidence = method × reading × later
    method   beside its label 0.86 · a table 0.86 · under its label 0.5 · a period from the transaction dates 0.7,
             0.5 when their year came from the statement's own date · without a label: the bank fallback 0.5,
             the others 0.8 (:data:`METHOD`, :data:`FALLBACK`)
    reading  1.0 for a text layer; for OCR clamp((c − 30) / 60, 0, 1), c = the lowest Tesseract confidence
             (Word.conf, 0-100) of the value's words (one misread digit changes an amount); the page's mean when
             the words cannot be found again, and then × 0.9
    later    × 0.9 when only a second reading (other OCR settings) found it; the doubt halves, 1 − (1 − x) / 2,
             when another document of the case names the same organisation or a name equals [applicant] name in
             packet.toml; a name taken from a better-supported document (an OCR misreading): at least 0.8
    [fields] in packet.toml: 1.0
    case-name  a person field no label gave, found on the page as packet.toml's [applicant] name or another
             document's sure name prints it (packet.understanding.case_names): 0.75, 0.65 one letter off (OCR);
             not raised again by the agreement with [applicant] name that found it
    read-once  a Chinese name OCR read from a scan or photo that the page prints only once: × 0.8 (one character
             misread is another real name; :data:`OCR_CJK_NAME`)
    under-seal an organisation's Chinese name OCR read beside a seal mark ("（盖章）") and printed only once: × 0.8
             (the seal's ink, taken out before reading, takes characters with it; :data:`OCR_SEALED_ORG`)
    day-month  a date printed d/m/y or m/d/y whose day and month could swap, nothing on the document settling the
             order: × 0.8 (:data:`DAY_MONTH`, :func:`order_unsettled`)

Sources. ``method``: the share of right values per mechanism on the third-party corpus (documents nobody here
wrote; the counts are beside :data:`METHOD`); so no value read once reaches 0.9 — a second source must agree.
``reading``: Tesseract 4/5 gives words it read right 85-96 and noise below 30; on the corpus, OCR'd values found
beside a label were right as often as text-layer ones (46 of 52), so a clean OCR word costs nothing. A value whose
weakest word scores below ~72 (beside a label) lands under :data:`packet.core.model.UNCERTAIN_BELOW` (0.6), as
does every value read under its label or from the bank fallback: those are listed for the user to confirm.
The bench prints how many fields are right in each confidence band: rerun it when a mechanism changes and
update these numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from packet.core.model import Evidence, Page, Word
from packet.core.text import CJK, fold
from packet.understanding.label_geometry import Hit, Line, column_span, join_words, strip_sep
from packet.understanding.values import find_dates, find_money, fmt_money

# How often each mechanism's value was right on the third-party corpus (bench/bench_accuracy.py --thirdparty,
# 86 documents, measured with this module's first version): beside its label 105 of 121; under its label 4 of 13;
# the bank fallback 7 of 14; the other fallbacks 39 of 39 (taken as 0.8: few, and a guess by position). No single
# reading reaches 0.9: that takes a second source (another document, packet.toml, a figure that adds up).
METHOD = {"label": 0.86, "table": 0.86, "below": 0.5,
          # a statement's period from its first and last transaction dates, when nothing printed gives it: a period
          # often starts days before its first transaction, so below a printed one; and below UNCERTAIN_BELOW when
          # the rows print no year and the statement's own date placed them (shown for the user to confirm)
          "rows": 0.7, "rows-year": 0.5,
          # the same from fewer than extract.FEW_ROWS rows (a mini statement's three or four): a guess to confirm;
          # right 4 times of 18 pooled over the 14 development sets (bench method table, main 515701c: mock-ups and
          # a month's first days), so a little above that share, well under UNCERTAIN_BELOW
          "rows-few": 0.3,
          # a provider no label, letterhead or foot names, taken from a form key's value (unlabelled.provider with
          # keyed: "Destination | Savanna-la-Mar Public Hospital", an ambulance invoice whose letterhead OCR lost):
          # a name the bill prints in another role as often as not, so the bill counts and the user confirms it
          "keyed-name": 0.3,
          # a monthly amount derived from a yearly one printed in a letter (over twelve: a bonus or a thirteenth month
          # would make it less): below UNCERTAIN_BELOW, shown for the user to confirm
          "annual": 0.5,
          # a monthly amount derived from a rate by the hour and the hours a week a letter states (× 52 / 12,
          # extract.monthly_from_hourly): ordinary hours leave out overtime, unpaid weeks make it less, so the same
          # as "annual": below UNCERTAIN_BELOW, shown for the user to confirm
          "hourly": 0.5,
          # a monthly amount from a day's pay and the days worked a month (or a week) a letter states
          # (extract.monthly_from_daily): days off unpaid and overtime make the true month differ, as "hourly"
          "daily": 0.5,
          # a monthly income from a week's or a fortnight's pay a letter states (extract.monthly_from_period_pay: × 52
          # or 26, / 12), or from a total it states for a span of months over those months (monthly_from_span_total):
          # overtime, allowances, a bonus or unpaid periods make the true month differ, shown for the user to confirm
          "period-pay": 0.5, "span-total": 0.45,
          # a bill's total that no line prints, as the sum of its charges column (extract.untotalled_items): the
          # rows may not be all the bill charges, so it is shown for the user to confirm
          "items-sum": 0.5,
          # a remainder worked out from its whole and the printed total taken from it (net pay = gross pay − total
          # deductions, its own figure unread): two readings and a subtraction, shown for the user to confirm
          "derived": 0.5,
          # a net pay no label gives, worked out by the page's figures in reading order (figures.pay_chain: payable less
          # the deductions after it is paid, and the earnings add up to payable or paid is also in words): two
          # relations agree, still below 0.9 (a second source must confirm)
          "pay-chain": 0.7,
          # a net pay no label gives, the one amount the page prints both as a figure and in English words
          # (figures.paid_in_words): two printings agree on the amount, not on its role: below 0.9
          "amount-in-words": 0.7,
          # an issuer named under no label and by no organisation's form: the largest name of the letterhead, the
          # one a letter is signed for, a copyright footer's owner (unlabelled.prominent_org), a guess by position
          # and prominence: below UNCERTAIN_BELOW, shown for the user to confirm
          "prominence": 0.55,
          # an official notice's issuer taken from its letterhead's public body over a company a label names in its
          # body (extract: the employer in a determination's table): the letterhead is printed, its role inferred
          "letterhead-agency": 0.7,
          # a bill that prints no issue date, dated by the end of the care it bills (its discharge date: hospitals
          # bill days or weeks later) or, lower, by its last date of service (packet.understanding.date_roles);
          # the latter is below UNCERTAIN_BELOW, shown for the user to confirm
          "role-end": 0.7, "role-service": 0.55,
          # a date its label or its arithmetic says is of another calendar (a Nepali bill's Bikram Sambat date, 56
          # years ahead), taken only when the document prints no Gregorian date: a year no bill has, to confirm
          "other-calendar": 0.3,
          # a person in another role standing for the field's person, the document naming no one as them (a bill's
          # guarantor for its patient: often the same person, not always): shown for the user to confirm
          "stand-in": 0.5,
          # a person's name under a holder's own label that is one word or run together ("Nehru", "NeymarJrYohan"),
          # or a Chinese name whose family name the gazetteer lacks: the label says it, the shape does not (below
          # UNCERTAIN_BELOW, shown for the user to confirm)
          "lone-name": 0.55,
          # a period's end printed alone under its start's labelled value (a range wrapped over two lines,
          # extract._stacked_end): printed, but placed by position, not by a label of its own
          "stacked-end": 0.7,
          # a monthly income no label gives: the mean of a table's month rows that the document prints too
          # (month_table.month_average): the arithmetic and the printed figure agree, what the figure stands for
          # (net or gross, which months) is inferred; from a printed total over the months, unprinted: to confirm
          "month-average": 0.7, "month-total": 0.5}
# a field found without a label, by the type's ``fallback`` (packet.rules.registry.FALLBACKS)
# earnings_rows: a sum of earnings rows no printed total confirms; issued: a bill's date that no label gives any role,
# the first date no label names (a letterhead's date), a guess by position shown for the user to confirm
# address: a person's name by its place alone (over a postal address, after an e-mail's "To:", before a greeting):
# most often the person, but the place does not say it, so the user confirms
# address_or_head: as address, else a name alone at the head of the page in no table (unlabelled.top_name)
FALLBACK = {"bank": 0.5, "earnings_rows": 0.6, "issued": 0.5, "address": 0.55, "address_or_head": 0.55,
            "account_form": 0.55}
FALLBACK_DEFAULT = 0.8
OCR_FLOOR, OCR_FULL, OCR_CAP = 30.0, 90.0, 1.0  # Tesseract word confidence: noise below, as sure as text above
FROM_TABLE = ("table", "rows", "rows-year", "rows-few", "items-sum")  # methods whose value the transaction table gives: source "table"
NOT_ON_PAGE = 0.9  # the value could not be found again among the words: its reading is the page's mean
SECOND_READING = 0.9
# a value beside a label OCR misread (label_geometry.near_labels: "Net Pav"): the label may be another word, so the
# value is shown for the user to confirm (0.86 x 0.65 = 0.56, below UNCERTAIN_BELOW and the 0.6 of a fallback)
NEAR_LABEL = 0.65
RECONCILED = 0.8
# a Chinese name OCR read once (from a scan or a photo): one character misread is another real name (牟风霞 for
# 牟凤霞) and nothing on the page shows it, so it is less sure than a text layer's (0.86 x 0.8 = 0.69) unless the
# page prints it twice and both readings agree (packet.understanding.extract)
OCR_CJK_NAME = 0.8
# an organisation's Chinese name OCR read on the line where the document is sealed ("用人单位（盖章）：…"): the seal is
# stamped over it, and its red ink, taken out before reading (packet.core.page_images.ink_grey), takes the strokes of
# the characters under it too (independent 17: "鹤岗兴山选煤有限责任公司" read "岗兴选煤有限责任公司" at 0.86); less sure
# (0.86 x 0.8 = 0.69) unless the page prints the name again elsewhere and the two readings agree
OCR_SEALED_ORG = 0.8


def ocr_factor(conf: float) -> float:
    """The ``reading`` factor of an OCR'd value whose weakest word Tesseract scored ``conf`` (0-100)."""
    return OCR_CAP * min(1.0, max(0.0, (conf - OCR_FLOOR) / (OCR_FULL - OCR_FLOOR)))


def method_weight(method: str) -> float:
    """The ``method`` factor: ``label``, ``below``, ``table`` or ``fallback:<how>``."""
    if method.startswith("fallback:"):
        return FALLBACK.get(method.split(":", 1)[1], FALLBACK_DEFAULT)
    return METHOD.get(method, FALLBACK_DEFAULT)


# --- finding the value's words again ---------------------------------------------------------------------

def _norm(text: str) -> str:
    return re.sub(r"\s+", "", fold(text)).lower()


def _chars(words: Sequence[Word]) -> tuple[str, list[tuple[int, float, float]]]:
    """The words' text without spaces, folded and lower-cased, and for each character its word and x span."""
    text, where = "", []
    for i, w in enumerate(words):
        t = _norm(w.text)
        n = max(len(t), 1)
        for k, ch in enumerate(t):
            text += ch
            x0, x1 = w.box[0], w.box[2]
            where.append((i, x0 + (x1 - x0) * k / n, x0 + (x1 - x0) * (k + 1) / n))
    return text, where


def _union(words: Sequence[Word], x0: float | None = None, x1: float | None = None) -> tuple[float, float, float, float]:
    bx0 = min(w.box[0] for w in words) if x0 is None else x0
    bx1 = max(w.box[2] for w in words) if x1 is None else x1
    return (bx0, min(w.box[1] for w in words), bx1, max(w.box[3] for w in words))


def _money_equal(value: str) -> Callable[[str], bool]:
    return lambda text: any(fmt_money(h.value) == value or fmt_money(abs(h.value)) == value for h in find_money(text))


def _date_equal(value: str, dayfirst: bool) -> Callable[[str], bool]:
    month = len(value) == 7
    return lambda text: any((h.value.strftime("%Y-%m") if month else h.value.isoformat()) == value
                            for h in find_dates(text, dayfirst))


def _account_equal(value: str) -> Callable[[str], bool]:
    return lambda text: bool(value) and value in re.sub(r"\D", "", text)


def _matcher(kind: str, value: str, dayfirst: bool) -> Callable[[str], bool] | None:
    """A test that a text holds ``value`` as printed (an amount, a date or month, an account's digits); None for
    the text kinds, found as a run of characters."""
    if kind == "money":
        return _money_equal(value)
    if kind in ("date", "start", "end", "month"):
        return _date_equal(value, dayfirst)
    if kind == "account":
        return _account_equal(value)
    return None


def in_words(words: Sequence[Word], value: str, kind: str, dayfirst: bool = True
             ) -> tuple[tuple[Word, ...], tuple[float, float, float, float]] | None:
    """The fewest consecutive ``words`` (one line or cell, left to right) that hold ``value`` of ``kind``, and
    their box narrowed to the value's characters for a text value; None when they do not hold it."""
    words = [w for w in words if w.text.strip()]
    match = _matcher(kind, value, dayfirst)
    if match is None:
        text, where = _chars(words)
        at = text.find(_norm(value))
        if at < 0 or not value.strip():
            return None
        first, last = where[at], where[at + len(_norm(value)) - 1]
        chosen = words[first[0]: last[0] + 1]
        return tuple(chosen), _union(chosen, first[1], last[2])
    for size in range(1, min(len(words), 8) + 1):
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            if match(join_words(window)):
                return tuple(window), _union(window)
    return None


def after_label(hit: Hit, lines: Sequence[Line], value: str, parse: Callable[[str], str | None],
                depth: int = 3) -> tuple[Line, tuple[Word, ...], str] | None:
    """The line and words that gave ``value`` for the label ``hit``, looked for where
    :func:`packet.understanding.label_geometry.value_right` and ``value_below`` look, in their order: the rest of the
    label's cell, the next cells of its line (``label``), the cells under it (``below``). None when not found."""
    cells = hit.line.cells()
    cell = cells[hit.cell]
    rest = [w for w in cell if w.box[2] > hit.x1 + 1e-6]
    if strip_sep(hit.rest) and rest and parse(strip_sep(hit.rest)) == value:
        return hit.line, tuple(rest), "label"
    for c in cells[hit.cell + 1: hit.cell + 4]:
        text = join_words(c)
        if re.search(r"\w", text) and parse(strip_sep(text)) == value:
            return hit.line, c, "label"
    following = [ln for ln in lines if ln.page == hit.line.page and ln.index > hit.line.index][:depth]
    lo, hi = column_span(hit)
    for ln in following:
        for c in ln.cells():
            if c[-1].box[2] < lo or c[0].box[0] > hi:
                continue
            if parse(strip_sep(join_words(c))) == value:
                return ln, c, "below"
    return None


def anywhere(lines: Sequence[Line], value: str, kind: str, dayfirst: bool = True) -> tuple[Line, tuple[Word, ...],
                                                                                          tuple] | None:
    """The first line (reading order) whose words hold ``value`` of ``kind``: (line, words, box); else the first two
    lines in a row on one page whose words, read one after the other, hold it (a name set in two lines: a wordmark over
    the rest of a company's name, a letterhead wrapped), its box round both parts."""
    for ln in lines:
        for cell in ln.cells():
            got = in_words(cell, value, kind, dayfirst)
            if got:
                return ln, got[0], got[1]
        got = in_words(ln.words, value, kind, dayfirst)  # a name spread over cells
        if got:
            return ln, got[0], got[1]
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if ln.page == nxt.page:
            got = in_words(ln.words + nxt.words, value, kind, dayfirst)
            if got:
                return ln, got[0], _union(got[0])
    return None


# --- evidence --------------------------------------------------------------------------------------------

def read_once(ev: Evidence, value: str, text: str) -> Evidence:
    """``ev`` of a Chinese name (``value``) less sure by :data:`OCR_CJK_NAME` when OCR read it (its source "ocr")
    and the document's ``text`` prints it only once (spaces between characters ignored); else ``ev`` unchanged."""
    if ev.source != "ocr" or not re.search(f"[{CJK}]", value):
        return ev
    if re.sub(r"\s+", "", text).count(re.sub(r"\s+", "", value)) >= 2:
        return ev  # two readings agree
    return replace(ev, confidence=round(ev.confidence * OCR_CJK_NAME, 3), method=ev.method + "+read-once")


def under_seal(ev: Evidence, value: str, text: str, line_text: str, marks: Sequence[str]) -> Evidence:
    """``ev`` of an organisation's Chinese name (``value``) less sure by :data:`OCR_SEALED_ORG` when OCR read it (its
    source "ocr") on a line holding one of ``marks`` (the vocabulary's ``seal_marks``: "盖章", "公章": where the seal
    is stamped, ``line_text``) and the document's ``text`` prints it only once (spaces ignored); else unchanged."""
    if ev.source != "ocr" or not re.search(f"[{CJK}]", value):
        return ev
    if not any(fold(m).lower() in fold(line_text).lower() for m in marks):
        return ev
    if re.sub(r"\s+", "", text).count(re.sub(r"\s+", "", value)) >= 2:
        return ev  # printed again elsewhere, and both readings agree
    return replace(ev, confidence=round(ev.confidence * OCR_SEALED_ORG, 3), method=ev.method + "+under-seal")


def _reading(page: Page, words: Sequence[Word]) -> float:
    if page.source != "ocr" and not _ocr_words(page, words):
        return 1.0
    return ocr_factor(min((w.conf for w in words), default=page.confidence or 0.0))


def _ocr_words(page: Page, words: Sequence[Word]) -> bool:
    """Words a text-layer page holds from OCR (its letterhead pictures read, packet.reading.word_lines.with_words:
    they score under 100, text-layer words 100)."""
    return page.source == "text" and any(w.conf < 100 for w in words)


def _off_page(pages: Sequence[Page], method: str) -> Evidence:
    ocr = [p for p in pages if p.source == "ocr"]
    reading = 1.0
    if ocr:
        mean = sum(p.confidence or 0.0 for p in ocr) / len(ocr)
        reading = ocr_factor(mean)
    source = "table" if method in FROM_TABLE else "ocr" if ocr and len(ocr) == len(pages) else "text"
    return Evidence(source, round(method_weight(method) * reading * NOT_ON_PAGE, 3), None, None, method)


def _at(pages: Sequence[Page], line: Line, words: Sequence[Word], box: tuple, method: str) -> Evidence:
    page = pages[line.page]
    conf = method_weight(method) * _reading(page, words)
    source = "table" if method in FROM_TABLE else page.source  # the interface's sources: text, ocr, table, case-file
    if source == "text" and _ocr_words(page, words):
        source = "ocr"
    return Evidence(source, round(conf, 3), page.number, tuple(round(v, 4) for v in box), method)


def of_label(pages: Sequence[Page], lines: Sequence[Line], hit: Hit, value: str, parse: Callable[[str], str | None],
             kind: str, dayfirst: bool, shown: str | None = None) -> Evidence:
    """The evidence of ``value`` read for label ``hit`` by ``parse``; ``shown`` is the value as reported when it
    differs (a bank's name without its legal form): the box is narrowed to it when the words hold it."""
    found = after_label(hit, lines, value, parse)
    if not found:
        got = of_value(pages, lines, shown or value, kind, dayfirst, "label")
        return replace(got, confidence=round(got.confidence * NEAR_LABEL, 3)) if hit.fuzzy else got
    line, words, method = found
    narrowed = in_words(words, shown or value, kind, dayfirst)
    words, box = narrowed if narrowed else (words, _union(words))
    if line is hit.line and words[0] in hit.line.cells()[hit.cell]:
        box = (max(box[0], hit.x1), *box[1:])  # the value shares a word with its label ("实发工资：8560.00")
    found_ev = _at(pages, line, words, box, method)
    if line.page < 0:
        found_ev = _printed_place(found_ev, pages, lines, shown or value, kind, dayfirst)
    if kind in DATED and order_unsettled(" ".join(w.text for w in words), "\n".join(p.text for p in pages)):
        found_ev = replace(found_ev, confidence=round(found_ev.confidence * DAY_MONTH, 3),
                           method=found_ev.method + "+day-month")
    if hit.fuzzy:
        return replace(found_ev, confidence=round(found_ev.confidence * NEAR_LABEL, 3), method=found_ev.method + "+near-label")
    return found_ev


def _printed_place(ev: Evidence, pages: Sequence[Page], lines: Sequence[Line], value: str, kind: str,
                   dayfirst: bool) -> Evidence:
    """``ev`` of a value read from a heading and its value paired out of a grid (packet.understanding.tables.
    pair_lines: a line of page -1 whose words have made-up boxes) with the page and box where the value is
    printed — the first real line holding it — or with none when no line does; its confidence is kept. Before,
    such a value was placed on the last page at the made-up box (0.2, 0, 0.4, 0.01): the web page marked a bar
    at the top edge of the page (a new user's trial, a scanned payslip)."""
    found = anywhere([ln for ln in lines if ln.page >= 0], value, kind, dayfirst)
    if not found:
        return replace(ev, page=None, box=None)
    line, _words, box = found
    return replace(ev, page=pages[line.page].number, box=tuple(round(v, 4) for v in box))


DATED = ("month", "date", "start", "end")  # the kinds read from a date as printed
# a date printed d/m/y or m/d/y whose order nothing on the document settles (values.dayfirst_for fell back on marks:
# "$", "£", a postcode): read the other way it is another month (independent 13's photographed payslip: "Pay date
# 06/11/2026", the period taken as June at 0.86 for October, a "$" OCR read in the photo's noise deciding). Such
# values were right 6 times of 7 on the development sets (independent 7, 8, 9, 11, 13; bench, r18): 0.86 x 0.8 =
# 0.69, about that share, no longer as sure as a date that reads one way
DAY_MONTH = 0.8
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.])")


def order_unsettled(value_text: str, document_text: str) -> bool:
    """Whether ``value_text`` holds a numeric date whose first two numbers, both 12 or less and different, could be
    day and month either way ("06/11/2026"), while ``document_text`` prints no date that can be read one way only
    ("31/10/2026": that decides, as :func:`packet.understanding.values.dayfirst_for` counts)."""
    m = _NUMERIC_DATE.search(fold(value_text))
    if not m or int(m.group(1)) > 12 or int(m.group(2)) > 12 or m.group(1).lstrip("0") == m.group(2).lstrip("0"):
        return False
    return not any(max(int(a), int(b)) > 12 for a, b in
                   (d.groups() for d in _NUMERIC_DATE.finditer(fold(document_text))))


def of_value(pages: Sequence[Page], lines: Sequence[Line], value: str, kind: str, dayfirst: bool,
             method: str) -> Evidence:
    """The evidence of ``value`` found by ``method`` without a label hit: its first place among ``lines``."""
    found = anywhere(lines, value, kind, dayfirst)
    if not found:
        return _off_page(pages, method)
    line, words, box = found
    return _at(pages, line, words, box, method)


def from_case_file() -> Evidence:
    """A value the user gave under [fields] in packet.toml: sure, and not placed on a page."""
    return Evidence("case-file", 1.0, None, None, "case-file")


def second_reading(ev: Evidence) -> Evidence:
    """Evidence of a value only a second reading found (:mod:`packet.understanding.second_reading`)."""
    return replace(ev, confidence=round(ev.confidence * SECOND_READING, 3), method=ev.method + "+second-reading")


def agreed(ev: Evidence) -> Evidence:
    """Evidence of a value another source confirms (another document, or packet.toml): the doubt halves."""
    if ev.source == "case-file" or ev.method.endswith("+agreed") or ev.method.startswith("case-name"):
        # a name found by the case's own name: that agreement made it, it does not count twice
        return ev
    return replace(ev, confidence=round(1 - (1 - ev.confidence) / 2, 3), method=ev.method + "+agreed")


def reconciled(ev: Evidence | None) -> Evidence:
    """Evidence of a name replaced by a better-supported, nearly equal one (:mod:`packet.understanding.consistency`):
    still where it was read, at least :data:`RECONCILED` sure."""
    if ev is None:
        return Evidence("ocr", RECONCILED, None, None, "reconciled")
    return replace(ev, confidence=max(ev.confidence, RECONCILED), method=ev.method + "+reconciled")


def for_fields(fields: Mapping[str, str | None], evidence: Mapping[str, Evidence]) -> dict[str, Evidence]:
    """``evidence`` for the fields that have a value."""
    return {f: evidence[f] for f, v in fields.items() if v is not None and f in evidence}
