"""The role of each date a document prints: the date it was issued (a statement, invoice, bill, settlement or print
date), the end of the care it bills (a discharge date), a date of service, or a date about something else (an
admission, a payment, a due date, a birthday) — from the label printed beside the date, above it (a grid's heading
cell over its value cell), or heading its table column, as the vocabulary's ``date_roles`` lists say.

A bill is dated by the date it was issued; when it prints none, by the end of the care it bills (the discharge
date), else by its last date of service; never by an admission, payment or due date. How sure each choice is goes
with it (:data:`CHOICE`), so a date only inferred from the services is shown for the user to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from packet.core.text import CJK, fold
from packet.rules.registry import from_registry, load_vocabulary
from packet.understanding.label_geometry import Line, join_words
from packet.understanding.values import clean, find_dates, find_money, yearless_date

ROLES = ("issue", "end", "service", "unrelated", "generic")
HEADER_REACH = 40  # lines above a dated row searched for its column's heading
LABEL_CHARS = 40  # characters before a date read as its label
YEARLESS_CHARS = 20  # at most this long, a cell may be a day and month printed alone ("30 September")
# a time of day printed after a date ("25-Jun-2026 5:53:03 PM", a till's or a lab's print stamp): hours, a colon,
# minutes and perhaps seconds and AM/PM; its hour may be one or two marks OCR did not read as digits ("§:53:03", a
# photo's "5"). No amount is printed with a colon between its digits, so a stamp is no item row's amount (hold-out 13's
# lab receipt: its only date taken for a dated item row, so the receipt had no date)
TIME_OF_DAY = re.compile(r"(?<!\S)[\dSsOo§$lI|]{0,2}:[0-5]\d(?::[0-5]\d)?(?![\d.,])(?:\s*[AaPp]\.?\s?[Mm]\b\.?)?")
ROW_LEAD = re.compile(r"\W*(?:[A-Za-z]{2,4}\.?)?\W*")  # what may precede a row's date: a weekday ("Fri"), a mark
PHRASE_GAP = 1.5  # words of one heading are closer than this many of their characters' width (a space is ~1)

# the evidence method of each choice and why: a labelled issue date is read as any labelled value (beside or under
# its label); the discharge date stands for the bill's date only when no issue date is printed (a hospital bills
# after discharge: days or weeks later), and the last service date is further still from the bill's own date, so
# it is below packet.core.model.UNCERTAIN_BELOW (0.6) and shown for the user to confirm, as is a date chosen by its
# place alone (packet.understanding.evidence.FALLBACK)
CHOICE = {"issue": "label", "generic": "label", "": "fallback:issued", "end": "role-end", "service": "role-service"}


@dataclass(frozen=True)
class RoleDate:
    """One day-precise date printed on the page, its role (one of :data:`ROLES`, or "" when no label names it),
    the label that gave the role, and the line it is on."""

    value: date
    role: str
    label: str
    line: Line
    row: bool  # the date begins a row that goes on to an amount (an item or a payment line of a table)
    alone: bool = False  # the date is all its cell prints (a letterhead's date, a grid's value cell)


@from_registry
def _roles() -> tuple[tuple[str, str], ...]:
    """(folded phrase, role) for every phrase of the vocabulary's date roles, longest first."""
    v = load_vocabulary()
    pairs = [(_norm(p), role) for role, phrases in v.date_roles.items() for p in phrases]
    return tuple(sorted(pairs, key=lambda pr: -len(pr[0])))


def _norm(text: str) -> str:
    low = fold(text).lower()
    low = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", low)
    return " ".join(re.sub(r"[:：#.*()（）\[\]]", " ", low).split())


def role_of(label: str) -> str:
    """The role the label text names: the longest role phrase the text ends with (as whole words), "" if none.
    "Admission Date" is "unrelated" though it ends with the generic "date"."""
    low = _norm(label)
    if not low:
        return ""
    for phrase, role in _roles():
        if low.endswith(phrase) and (len(low) == len(phrase) or not low[-len(phrase) - 1].isalnum()
                                     or re.match(f"[{CJK}]", phrase)):
            return role
    return ""


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _heading_above(lines: Sequence[Line], at: int, span: tuple[float, float]) -> str:
    """The text of the nearest cell above line ``at`` (same page) that overlaps ``span`` across and holds no digit:
    a grid's heading over its value, or a table column's heading over its rows. "" when a cell with digits that is
    not a dated row comes first (the column holds other values) or none is within :data:`HEADER_REACH` lines."""
    page = lines[at].page
    for k in range(at - 1, max(-1, at - 1 - HEADER_REACH), -1):
        ln = lines[k]
        if ln.page != page:
            break
        for cell in ln.cells():
            box = (min(w.box[0] for w in cell), max(w.box[2] for w in cell))
            if not _overlaps(box, span):
                continue
            text = join_words(cell)
            if not re.search(r"\d", text):
                # a grid's headings set close together ("Statement Date  Account No.") read as one cell: the
                # words over the value, from the first one over it (the heading may run on right of the value)
                over = [k for k, w in enumerate(cell) if _overlaps((w.box[0], w.box[2]), span)]
                if not over:
                    return text
                last = over[-1]
                while last + 1 < len(cell) and cell[last + 1].box[0] - cell[last].box[2] \
                        < PHRASE_GAP * (cell[last].box[2] - cell[last].box[0]) / max(len(cell[last].text), 1):
                    last += 1
                return join_words(cell[over[0]:last + 1])
            if not find_dates(clean(text)):
                return ""
            break  # another dated row of the same column: look further up
    return ""


def _labelled(before: str, prev: Sequence | None, above) -> tuple[str, str]:
    """The label of a date and its role: the words before it in its cell when they name a role, else the cell
    before it on its line (when it holds no digit), else the heading above (``above()``); the first of these
    that names a role, else the nearest text with no role ("" when none)."""
    tried = []
    if _norm(before):
        tried.append(before)
    if prev is not None and not re.search(r"\d", join_words(prev)):
        tried.append(join_words(prev))
    for text in tried:
        if role_of(text):
            return text.strip(), role_of(text)
    if not tried or not _norm(before):
        head = above()
        if role_of(head):
            return head.strip(), role_of(head)
    return (tried[0].strip() if tried else ""), ""


# an abbreviation a number is the code of ("TRN 7781", "Reg. 02", "No: 33"): two to four letters, a word on its own
_CODE_LABEL = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,4}\.?\s*[#:]?\s*$")


def _amounts(text: str) -> list:
    """The amounts of a dated line's rest (:func:`packet.understanding.values.find_money`), without a bare whole
    number printed right after an abbreviation (:data:`_CODE_LABEL`): an identifier ("REG 02 TRN 7781" on a till
    receipt's date line, "Ref 4471"), not an amount; a marked figure (decimals, currency) is an amount wherever it
    stands. Only an unlabelled date's line is judged so (:func:`dated`): a labelled one keeps its row's role."""
    return [h for h in find_money(text) if h.marked or not _CODE_LABEL.search(text[:h.start])]


def dated(lines: Sequence[Line], dayfirst: bool) -> list[RoleDate]:
    """Every day-precise date of ``lines`` with its role, in reading order. The label of a date is the text
    before it in its cell, else the cell before it on its line when that holds no digit, else the heading above
    it (:func:`_heading_above`). A dated row whose first amount is negative or in brackets is a payment or a
    credit: its role is "unrelated" whatever its column's heading says."""
    out = []
    yearless: list[tuple[int, str, Line]] = []  # a cell that is a day and month with no year: where it goes in out
    for i, ln in enumerate(lines):
        cells = ln.cells()
        for c, cell in enumerate(cells):
            text = clean(join_words(cell))
            hits = find_dates(text, dayfirst)
            if not hits and len(text) <= YEARLESS_CHARS:
                yearless.append((len(out), text, ln))
            for h in hits:
                if h.precision != "day":
                    continue
                before = text[max(0, h.start - LABEL_CHARS):h.start]
                before = re.split(r"\d[\d,./-]*\s", before)[-1]  # the words after any figure before the date
                # a word and a colon before the date is its label ("Date: 01-Nov-2024"), not a row's weekday
                row = c == 0 and bool(ROW_LEAD.fullmatch(text[:h.start])) \
                    and not re.search(r"[A-Za-z]\s*[:：]\W*$", text[:h.start])
                rest = clean(" ".join(join_words(x) for x in cells[c:]))[h.end:] if row else ""
                amounts = find_money(TIME_OF_DAY.sub(" ", rest)) if row else []
                row = bool(amounts)
                span = (min(w.box[0] for w in cell), max(w.box[2] for w in cell))
                label, role = _labelled(before, cells[c - 1] if c > 0 and not _norm(before) else None,
                                        lambda i=i, span=span: _heading_above(lines, i, span))
                if row and not role and not _amounts(TIME_OF_DAY.sub(" ", rest)):
                    row = False  # an unlabelled date whose line's figures are all codes: a receipt's own date
                # a hyphen joining a code's parts ("Bill No: HFP-24-09821") is no minus sign
                minus = rest.find("-", amounts[0].start, amounts[0].end) if amounts else -1
                glued = minus > 0 and re.match(r"[^\W_]", rest[minus - 1]) is not None  # "HFP-24": no sign
                signed = amounts and amounts[0].value < 0 and not glued
                if row and amounts and (signed or re.search(r"\(\s*$", rest[:amounts[0].start])):
                    role = "unrelated"  # a payment or a credit line
                elif row and role == "generic":
                    role = "service"  # a "Date" column of item rows: when each was done
                alone = not re.search(r"\w", text[:h.start] + text[h.end:])
                out.append(RoleDate(h.value, role, label.strip(), ln, row, alone))
    # a cell that is only a day and a month ("30 October" under a letterhead, as UK/IE/NZ letters print their date):
    # alone and unlabelled, in the year of the document's other dates (values.yearless_date); never a year invented
    known = [d.value for d in out]
    for at, text, ln in reversed(yearless):
        day = yearless_date(text, known)
        if day is not None:
            out.insert(at, RoleDate(day, "", "", ln, False, True))
    return out


# Bikram Sambat, Nepal's official calendar, runs 56 years, 8 months and about 17 days ahead of the Gregorian one (1
# Baisakh falls on 13-15 April; its months have 29 to 32 days, so the gap drifts by a few days through the year):
# a bill printing both dates prints the same day so moved, within :data:`BS_SLACK` days
BS_AHEAD = (56, 8, 17)
BS_SLACK = 7


def _bs_of(day: date) -> date | None:
    """``day`` moved by :data:`BS_AHEAD` (its Bikram Sambat date, give or take :data:`BS_SLACK` days), None when
    the move falls on no day (a 31st into a 30-day month: taken as the month's 28th, near enough)."""
    y, m = day.year + BS_AHEAD[0], day.month + BS_AHEAD[1]
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    try:
        return date(y, m, min(day.day, 28)) + timedelta(days=BS_AHEAD[2] + day.day - min(day.day, 28))
    except (ValueError, OverflowError):
        return None


@from_registry
def _calendar_marks() -> re.Pattern[str] | None:
    """The vocabulary's other_calendar_marks as one pattern of whole words (as written), or None when it has none."""
    marks = load_vocabulary().other_calendar_marks
    if not marks:
        return None
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])")


def other_calendar(found: Sequence[RoleDate]) -> list[bool]:
    """For each of ``found``: whether it is a date of another calendar than the Gregorian, by its label (one of
    the vocabulary's other_calendar_marks: "BS Date", "B.E.") or because another date of ``found`` moved by
    Bikram Sambat's lead (:data:`BS_AHEAD`) falls within :data:`BS_SLACK` days of it (a Nepali bill printing its
    day in both calendars). Such a date is read as a Gregorian one by :func:`packet.understanding.values.find_dates`
    (2082-01-25): never the document's date when it prints another."""
    marks = _calendar_marks()
    moved = [_bs_of(d.value) for d in found]
    out = []
    for d in found:
        marked = bool(marks and marks.search(d.label))
        twin = any(b is not None and abs((b - d.value).days) <= BS_SLACK for b in moved)
        out.append(marked or twin)
    return out


def bill_date(found: Sequence[RoleDate]) -> tuple[date, str] | None:
    """The date a bill is dated by, and the evidence method of the choice (:data:`CHOICE`): the first issue date
    (a labelled issue date before a generic "Date:"), else the first date printed alone in its cell with no label
    (under a letterhead's address: a hospital's statement prints its date there), else the latest discharge date,
    else the latest date of service (not a day on which payment or adjustment rows are posted); None when none of these roles is printed (then the caller's own fallback, which never takes a date
    whose role is "unrelated"). A date of another calendar (:func:`other_calendar`) is set aside when any other
    date is printed; taken alone, its method is "other-calendar" (a low confidence: the user confirms it)."""
    other = other_calendar(found)
    gregorian = [d for d, o in zip(found, other, strict=True) if not o]
    if found and not gregorian:
        chosen = _by_role(found)
        return (chosen[0], "other-calendar") if chosen else None
    return _by_role(gregorian)


def _by_role(found: Sequence[RoleDate]) -> tuple[date, str] | None:
    """:func:`bill_date` among ``found`` (all of one calendar)."""
    for role in ("issue", "generic"):
        got = [d for d in found if d.role == role]
        if got:
            return got[0].value, CHOICE[role]
    alone = [d for d in found if not d.role and not d.row and d.alone]
    if alone:  # a date printed alone under a letterhead's address dates the bill (a guess by position)
        return alone[0].value, CHOICE[""]
    posted = {d.value for d in found if d.role == "unrelated" and d.row}
    for role in ("end", "service"):
        # a row dated the day payments or adjustments were posted is posted with them, whatever its amount's sign
        got = [d for d in found if d.role == role and not (role == "service" and d.value in posted)]
        if got:
            return max(d.value for d in got), CHOICE[role]
    return None


def roleless(found: Sequence[RoleDate]) -> date | None:
    """The first date no label gives a role and that begins no table row (a letterhead's date), else None."""
    return next((d.value for d in found if not d.role and not d.row), None)
