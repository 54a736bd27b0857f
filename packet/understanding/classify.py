"""Which kind of document each file is, from its words (weighted, as data in ``checklists/types.toml``).

Each type scores the weight of its keywords found in the text (words in the first lines count
1.5 times), minus its negative words, plus a small bonus when the file or folder name hints at it. The
document's own title (:func:`title_lines`: a short line at the top of its first page, printed larger than
its body or centred) outweighs words met in the body: a type whose ``titles`` it holds gains
:data:`TITLE_WEIGHT` and every other type keeps :data:`TITLE_DAMP` of its score (a 在职证明 that quotes the
employee's passport number is no identity document).
A type with a ``core`` in types.toml must also show it (:func:`core_met`: a medical bill prints an amount
charged, a payslip a pay figure and the month or day it is for); without it the type scores 0, however many of
its words the document has — a discharge summary or a laboratory report is not a bill, an annual tax statement
is not a payslip. A form of the type whose figures are missing (a blank template, a photo whose amounts OCR lost:
:func:`form_met`) stands for the core at :data:`FORM_DAMP` of its score. Structures of the layout add their weight
(``structure`` in types.toml, :func:`structures`): a statement's running balance, a payslip's gross less deductions
equal to a printed figure, a letter's salutation or sign-off, a hospital's or clinic's name as the heading (the last
two shared by many kinds, so they only support a type whose own words the document shows; a negative weight speaks
against a type: figures per period without a dated row, securities trades, goods priced by quantity speak against a
bank statement, and such a counter-structure also voids the type's title and its form's rescue below). A text layer that lost the spaces between its words ("GrossPay", "NETPAY:") is matched with
spaces optional (:func:`lost_spaces`). The best type wins only when it is convincing (score ≥ ``MIN_SCORE`` and
ahead of the runner-up by ``MIN_LEAD``); otherwise the document is ``other`` — a wrong confident type is worse than ``other``,
since the report then asks for the document instead of counting a utility bill as a bank statement.
``[files]`` in the case file overrides all of this.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import cache

from packet.case.casefile import Case
from packet.core.model import Classified, Document
from packet.core.text import fold
from packet.rules.registry import (
    CORE_CARD,
    CORE_ITEMS,
    SHARED_STRUCTURES,
    SOFT_STRUCTURES,
    STRUCTURES,
    DocType,
    catch_all_type,
    load_types,
    load_vocabulary,
)
from packet.understanding import extract, figures, tables
from packet.understanding.label_geometry import (
    CUT_GLUED,
    Line,
    doc_lines,
    join_words,
    joined_pattern,
    label_pattern,
    lost_spaces,
)
from packet.understanding.unlabelled import (
    bank,
    gazetteer_banks,
    is_provider,
    names_bank,
    org,
    transaction_row,
)
from packet.understanding.values import (
    clean,
    dates_of,
    dayfirst_for,
    find_dates,
    find_money,
    parse_daxie,
    worded_amounts,
)

log = logging.getLogger(__name__)

MIN_SCORE = 5.0
MIN_LEAD = 1.5
HEAD_LINES = 6
HEAD_BOOST = 1.5
NAME_BONUS = 2.0
# A document's own title: a short line near the top of its first page, printed larger than its body or centred.
# Measured on letters and certificates of our own and third-party specimens: titles are printed at 1.3-2x the
# body's word height, or centred within a few per cent of the page's width; body lines are neither.
TITLE_TOP = 0.4  # fraction of the page height: a title sits above it
TITLE_LINES = 12  # among the first lines of the first page
TITLE_CHARS = 40  # at most this many characters (a sentence is no title)
TITLE_HEIGHT = 1.25  # printed at least this many times the median word height of the page
TITLE_CENTRE = 0.05  # or centred: its middle within this fraction of the page width from the page's middle,
TITLE_MARGIN = 0.2  # with a margin of at least this fraction of the width on each side (a full-width line is not)
TITLE_WEIGHT = 8.0  # a type named by the title gains this: more than any one word met in the body
TITLE_DAMP = 0.5  # and the words of every type it does not name count this much (a title outweighs the body)


def _prepare(text: str, joined: bool = False) -> str:
    """Folded lower-case text; with ``joined`` (a layer that lost its spaces) run-together words cut apart first."""
    if joined:
        text = CUT_GLUED.sub(" ", text)
    return fold(text).lower()


# a Chinese enumeration inside a sentence: items joined by the enumeration comma 、 (and a closing 等), on a line of
# prose (it holds a comma or a full stop): "请携带收入、银行流水等相关证明材料" names kinds of documents the letter asks
# for, not what the letter is. Punctuation of the language (GB/T 15834-2011: 、 joins the items of a list)
_ENUMERATION = re.compile(r"[^\s、，,。；;：:（）()]{1,12}(?:、[^\s、，,。；;：:（）()]{1,12})+(?:等)?")


def _enumerations_removed(text: str) -> str:
    """``text`` with the enumerations of its sentences blanked (:data:`_ENUMERATION`, lines holding ， or 。 only):
    a type's words named in a list of documents to bring are no evidence of the document's own type."""
    return "\n".join(_ENUMERATION.sub(lambda m: " " * len(m.group(0)), ln) if re.search("[，。]", ln) else ln
                     for ln in text.split("\n"))


def _found(phrase: str, text: str, joined: bool = False) -> bool:
    return _search(phrase, text, joined) is not None


ABOUT_GAP = 60  # characters of a "with <employer>" phrase between the two words of an about phrase


def _about(phrase: str, text: str, joined: bool = False) -> bool:
    """Whether ``text`` says what ``phrase`` (a type's ``about`` entry) says: the phrase itself, or, for a phrase of
    two words, its first word and its last with a phrase naming whom or where between them (at most
    :data:`ABOUT_GAP` characters, across a line break: "your employment with Corran Hospitality Group Ltd. ceased"
    says "employment ceased"; "employment at the Sheraton ended")."""
    if _found(phrase, text, joined):
        return True
    pattern = _about_split(phrase)
    return pattern is not None and pattern.search(text) is not None


@cache
def _about_split(phrase: str) -> re.Pattern[str] | None:
    """The pattern of a two-word ``phrase`` split by a phrase naming whom or where (:func:`_about`), compiled once
    per phrase: built afresh on every call, the patterns of all the types' about phrases outnumbered the ``re``
    module's cache (512) and were compiled again on every page (4 s of 180 s of CPU in five test files, measured
    with cProfile in branch r25-suite); None for a phrase of another shape."""
    words = phrase.split()
    if len(words) != 2 or not all(re.fullmatch(r"[a-z'-]+", w) for w in words):
        return None
    gap = rf"\s+(?:with|at|by|in)\s+[^;:]{{1,{ABOUT_GAP}}}?\s+"
    return re.compile(rf"(?<![a-z]){re.escape(words[0])}{gap}{re.escape(words[1])}(?![a-z])")


def _search(phrase: str, text: str, joined: bool = False) -> re.Match[str] | None:
    if joined and " " in phrase.strip():
        return joined_pattern(phrase).search(text)
    return label_pattern(phrase).search(text)


_UNIT_AFTER = re.compile(r"\s*([^\s\d,;:()]+)")


_RANGE_END = re.compile(r"\s*[-–~]\s*\d+(?:\.\d+)?")
_RANGE_START = re.compile(r"\d\s*[-–~]\s*$")  # before a figure: it ends a range ("3.10-5.20"), no amount


def _ranged(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` begins or ends a range of figures ("3.10-5.20", "12.0 – 15.5": a
    laboratory's reference range): a range is no amount charged or paid."""
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    body = seg.strip()
    before, after = text[:start + lead], text[start + lead + len(body):]
    if body[:1] in ("-", "–", "~") and re.search(r"\d\s*$", before):  # "3.10-5.20" read as 3.10 and -5.20
        return True
    return bool(_RANGE_START.search(before) or _RANGE_END.match(after))


def _measure(after: str, units: frozenset[str]) -> bool:
    """Whether the text right after a figure makes it a measurement ("g/dL", "%", "mg"), not an amount; the start
    of a range is measured in the unit after its end (a reference range "0.1-1.0 mg%")."""
    r = _RANGE_END.match(after)
    if r is not None:
        after = after[r.end():]
    m = _UNIT_AFTER.match(after)
    if m is None:
        return False
    unit = m.group(1).lower().rstrip(".")
    return "/" in unit or "%" in unit or unit in units


def _amount_in(text: str, units: frozenset[str], bare: bool = False) -> bool:
    """Whether ``text`` prints an amount of money: a marked figure (decimals, a currency sign, 元) that is not a
    measurement; with ``bare`` also a whole number of at least 10 that is not a year (right after its label, a
    currency sign the text layer lost: "Total Bill: ■52500")."""
    for h in find_money(text):
        if _measure(text[h.end:], units) or _ranged(text, h.start, h.end):
            continue
        if h.marked or (bare and abs(h.value) >= 10 and not 1900 <= h.value <= 2100):
            return True
    return False


ITEM_ROWS = 3  # item rows that make an itemised list of charges
_FIGURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w.])|(?<![\w.,])\d+(?:\.\d+)?(?![\w.,])")


# a till's tax flag glued to an amount ("$248TX", "4.99T": taxable, the rate's code), parted from it before figures
# are read
_TAX_FLAG = re.compile(r"(?<=\d)([A-Za-z]{1,2})(?![A-Za-z])")  # any case: callers may lower the text
_SIGNED = re.compile(r"[¥$£€\u20a0-\u20cf]\s?$")  # a currency sign just before a figure


def _priced(text: str) -> bool:
    """Whether a line is an item row priced by quantity: words, then three figures in a row of which the first
    times the second is the third to the cent, the third printed with two decimals ("血常规 次 3 104.10 312.30 甲",
    "Dressing pack 4 12.25 49.00") or, in a currency of whole units, after its currency sign ("肉桂捲 108 *1 $108TX":
    a Taiwan till's NT dollars): the figures agree, so they are a quantity, a unit price and an amount
    whatever columns stand around them (a category, a code) — counts and codes in other tables do not multiply."""
    text = _TAX_FLAG.sub(r" \1", text)
    figures = [(m, Decimal(m.group(0).replace(",", ""))) for m in _FIGURE.finditer(text)]
    for (ma, a), (_, b), (mc, c) in zip(figures, figures[1:], figures[2:], strict=False):
        amount = re.search(r"\.\d\d$", mc.group(0)) or _SIGNED.search(text[:mc.start()])
        if c <= 0 or not amount or not re.search(r"[^\W\d_]{2}", text[:ma.start()]):
            continue
        if abs(a * b - c) <= Decimal("0.01"):
            return True
    return False


def _itemised(texts: Sequence[str], units: frozenset[str]) -> bool:
    """Whether the lines hold :data:`ITEM_ROWS` item rows: words, then an amount with two decimals at the end of
    the line that is not a measurement ("MRI Scan - Brain 1 3200.00 3200.00"), or a row whose quantity times unit
    price is its amount (:func:`_priced`: the row may end in a category or a code; its words may stand alone on the
    line above, as a till receipt prints them). A figure that ends a range
    ("Creatinine 71.00 umol/L 45.00-90.00": a laboratory's reference range) is no amount."""
    rows = 0
    for k, t in enumerate(texts):
        # an item's name may stand on the line above its quantity, price and amount (a till receipt's two lines)
        if _priced(t) or (k > 0 and not find_money(texts[k - 1]) and _priced(texts[k - 1] + " " + t)):
            rows += 1
            continue
        hits = find_money(t)
        if not hits or not re.search(r"[^\W\d_]{3}", t[:hits[0].start]):
            continue
        last = hits[-1]
        tail = t[last.end:].strip()
        if last.marked and re.search(r"\d[.,]\d\d$", t[last.start:last.end]) and not tail \
                and not _measure(t[last.end:], units) and not _ranged(t, last.start, last.end):
            rows += 1
    return rows >= ITEM_ROWS


INLINE_ITEMS = 2  # amounts on one line, each after its words, that make a list of charges when they add up


def _inline_items(texts: Sequence[str], units: frozenset[str]) -> bool:
    """Whether a line lists charges that add up: at least :data:`INLINE_ITEMS` amounts marked as money, each after
    words of its own ("诊查10元输液3天150元药品68.5元": what a receipt was paid for, written on its one ruled line), that
    are no measurement, whose sum is an amount printed on another line, in figures or in words (大写: "¥ 228.50",
    "贰佰贰拾捌元伍角"). A pre-printed receipt filled in by hand names its charges so, without a table."""
    printed: list[set[Decimal]] = []
    for t in texts:
        got = {h.value for h in find_money(t) if h.marked and h.value > 0}
        big = parse_daxie(t, whole=True)
        printed.append(got | ({big} if big else set()))
    for k, t in enumerate(texts):
        hits = [h for h in find_money(t) if h.marked and not _measure(t[h.end:], units)]
        if len(hits) < INLINE_ITEMS:
            continue
        starts = [0] + [h.end for h in hits[:-1]]
        if not all(re.search(r"[^\W\d_]{2}|[\u3400-\u9fff]", t[a:h.start]) for a, h in zip(starts, hits, strict=True)):
            continue
        total = sum(h.value for h in hits)
        if total > 0 and any(total in p for j, p in enumerate(printed) if j != k):
            return True
    return False


COLUMN_ITEMS = 2  # rows under a money heading that make a list of charges without a printed total


def _column_adds_up(lines: Sequence[Line], words: Sequence[str], patterns: Sequence[str]) -> bool:
    """Whether the lines hold an itemised list of charges by structure: a column under a money heading
    (:func:`packet.understanding.tables.money_columns`) whose rows (at least two) add up to an amount printed under
    them, whole units without decimals included ("Amount (₹)" over 12,600 … 1,200 and "Total 42,040"), or whose
    rows — at least :data:`COLUMN_ITEMS` — each print an amount marked as money (a currency sign or code:
    "Cost" over "$45" and "$30", a bill that prints no total)."""
    for c in tables.money_columns(lines, words, patterns):
        if c.total is not None:
            return True
        if len(c.rows) >= COLUMN_ITEMS and all(any(h.marked for h in find_money(lines[r].text)) for r in c.rows):
            return True
    return False


# An identity card or a passport's data page prints a handful of lines: measured on card and passport specimens read
# by OCR (7-16 lines with their noise); a credit report's or a contract's page that quotes an ID number prints 25 and
# more.
CARD_LINES = 20  # at most this many lines on the card's page
CARD_PAGES = 2  # a card's copy is its front and back, at most
CARD_LABELS = 2  # lines printing one of the vocabulary's card_labels, or one line of its card_patterns (an MRZ)
_WORDY = re.compile(r"[^\W\d_]{3}|[\u3400-\u9fff]{2}")  # a line that counts: a word, not OCR's specks of a photo


def card_layout(lines: Sequence[Line], texts: Sequence[str], labels: Sequence[str], patterns: Sequence[str]) -> bool:
    """Whether the document is laid out as an identity card or a passport page: at most :data:`CARD_PAGES` pages,
    and a page of at most :data:`CARD_LINES` lines with a word on them (a photo's background read as specks does not
    count) of which :data:`CARD_LABELS` print one of ``labels`` (the vocabulary's ``card_labels``: 居民身份证,
    公民身份号码, 签发机关, Nationality, Date of expiry…; "Passport number: … Nationality: …" on one line counts
    once), or one line matches one of ``patterns`` (``card_patterns``: the machine-readable zone). ``texts`` are the
    lines' folded lower-case texts. A document that only quotes an ID number (a credit report, a contract, an
    employer's letter) is no card."""
    pages = sorted({ln.page for ln in lines})
    if len(pages) > CARD_PAGES:
        return False
    mrz = [re.compile(p) for p in patterns]
    for page in pages:
        mine = [i for i, ln in enumerate(lines) if ln.page == page]
        if sum(1 for i in mine if _WORDY.search(lines[i].text)) > CARD_LINES:
            continue
        if any(r.search(lines[i].text.replace(" ", "")) for i in mine for r in mrz):
            return True
        if sum(1 for i in mine if any(_found(w.lower(), texts[i]) for w in labels)) >= CARD_LABELS:
            return True
    return False


def core_met(document: Document, doc_type: DocType, lines: Sequence[Line] | None = None,
             joined: bool | None = None, shapes: set[str] | None = None) -> bool:
    """Whether ``document`` shows the core of ``doc_type`` (``core`` in types.toml; True when it has none).

    Every group of core fields must be met by one of its fields: one of the field's labels (or its ``near``
    words) on a line, with a value of the field's kind after it on that line or anywhere on the next line (a
    header row over its values). An amount is a marked figure (decimals, a currency sign, 元, 万) not followed
    by a unit of measurement (``measure_units`` in vocabulary.toml, or any unit with "/" or "%"); a date or
    month any date :func:`packet.understanding.values.find_dates` reads (a bare year is not one: an annual
    statement is for no month); a month or date field is met too by a date after any date label
    (``date_label_words`` in vocabulary.toml: "Payment date", "发放日期"), never on a line about a birthday. On the
    label's own line a whole number of at least 10 that is not a year counts
    as an amount too (a currency sign lost from the text layer). The entry "items" in a group is met by an
    itemised list (:func:`_itemised`: :data:`ITEM_ROWS` rows of words ending in an amount with two decimals); the
    entry "card" by a card's layout (:func:`card_layout`); an entry naming a structure (``pay_memo``: one payment whose
    memo says pay) by that structure in ``shapes`` (default: :func:`structures` of the document, when asked). A month or date field is also met by a month or day in the first
    :data:`HEAD_LINES` lines of the first page ("2024年3月工资条"). ``joined``: the text layer lost its spaces
    (default: :func:`lost_spaces` of the document's text)."""
    if not doc_type.core:
        return True
    if joined is None:
        joined = lost_spaces(document.text)
    lines = doc_lines(document.pages) if lines is None else lines
    texts = [_prepare(ln.text, joined) for ln in lines]
    vocab = load_vocabulary()
    units = frozenset(u.lower() for u in vocab.measure_units)
    birth = re.compile("|".join(vocab.birth_patterns) or "(?!)", re.IGNORECASE)
    dayfirst = dayfirst_for("", document.text)
    first = document.pages[0].text if document.pages else ""
    head = _prepare("\n".join(first.splitlines()[:HEAD_LINES]), joined)

    def shown(field: str) -> bool:
        nonlocal shapes
        if field in STRUCTURES:  # a structure whose figures agree stands for the labelled ones
            shapes = structures(document) if shapes is None else shapes
            return field in shapes
        if field == CORE_CARD:
            return len(document.pages) <= CARD_PAGES and card_layout(lines, texts, vocab.card_labels,
                                                                      vocab.card_patterns)
        if field == CORE_ITEMS:
            return _itemised(texts, units) or _column_adds_up(lines, vocab.money_column_words,
                                                              vocab.money_column_patterns) \
                or _inline_items(texts, units)
        kind = doc_type.kinds[field]
        money = kind == "money"
        if not money and find_dates(head, dayfirst):
            return True
        words = tuple(doc_type.labels.get(field, ())) + tuple(doc_type.near.get(field, ()))
        if not money:
            words += vocab.date_label_words
        for i, text in enumerate(texts):
            if not money and birth.search(text):
                continue
            for w in words:
                m = _search(w, text, joined)
                if m is None:
                    continue
                nxt = [texts[i + 1]] if i + 1 < len(lines) and lines[i + 1].page == lines[i].page else []
                for j, after in enumerate([text[m.end():], *nxt]):
                    if (_amount_in(after, units, bare=j == 0) if money else bool(find_dates(after, dayfirst))):
                        return True
        return False

    return all(any(shown(f) for f in group) for group in doc_type.core)


# A form of the type whose figures are not there: a blank template ("GROSS SALARY : NaN") or a photo whose amounts
# OCR lost ("Gross Earnings" and nothing after it). Its score counts FORM_DAMP of itself: the evidence is weaker than
# a figure read beside its label, so a clearer type still wins.
FORM_DAMP = 0.75
FORM_SLOT = 12  # at most this many characters after a label, no digit and no word, make its value's slot empty
FORM_FIELDS = 0.5  # and at least this fraction of the type's fields must have their labels printed


def form_met(document: Document, doc_type: DocType, lines: Sequence[Line] | None = None,
             joined: bool | None = None) -> bool:
    """Whether ``document`` is a form of ``doc_type`` whose figures are missing, in place of its core
    (:func:`core_met`): every core group holds a field whose label is printed with an empty slot after it (no digit,
    no word of four letters or a Chinese character, at most :data:`FORM_SLOT` characters up to the end of the line or
    the next label of the type: "NET SALARY : NaN", "Balance Due", "实发工资：____"), and the labels of at least :data:`FORM_FIELDS` of the type's fields are printed (a
    month or date field also counts when a date stands in the first :data:`HEAD_LINES` lines). A laboratory report's
    "Total cholesterol 5.2" or a blank one's "Total count of:" holds a figure or a word after its label, so it is no
    bill's form. False for a type without a
    core, or whose core is only "items" or "card"."""
    if not doc_type.core:
        return False
    if joined is None:
        joined = lost_spaces(document.text)
    lines = doc_lines(document.pages) if lines is None else lines
    texts = [_prepare(ln.text, joined) for ln in lines]
    labels = {f: [w.lower() for w in doc_type.labels.get(f, ())] for f in doc_type.fields}
    every = sorted({w for ws in labels.values() for w in ws}, key=len, reverse=True)
    first = document.pages[0].text if document.pages else ""
    head = _prepare("\n".join(first.splitlines()[:HEAD_LINES]), joined)
    dated = bool(find_dates(head, dayfirst_for("", document.text)))

    def printed(field: str) -> bool:
        if doc_type.kinds.get(field) in ("date", "month", "start", "end") and dated:
            return True
        return any(_search(w, t, joined) for w in labels[field] for t in texts)

    def empty_slot(field: str) -> bool:
        for t in texts:
            for w in labels.get(field, ()):
                m = _search(w, t, joined)
                if m is None or any(len(o) > len(w) and (n := _search(o, t[m.start():], joined)) and n.start() == 0
                                    for o in every):
                    continue  # "Gross" where "Gross pay" is printed: the longer label is the one printed here
                tail = t[m.end():]
                cut = [n.start() for o in every if o != w and (n := _search(o, tail, joined))]
                tail = tail[:min(cut)] if cut else tail
                slot = tail.strip(" :：-_.|()[]/\\（）")
                if not re.search(r"\d|[^\W\d_]{4}|[\u3400-\u9fff]", slot) and len(slot) <= FORM_SLOT:
                    return True
        return False

    for group in doc_type.core:
        if not any(f in labels and empty_slot(f) for f in group):
            return False
    return sum(1 for f in doc_type.fields if printed(f)) >= FORM_FIELDS * len(doc_type.fields)


_ROW_DAY = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)")  # a row's day and month without a year ("10/10", "03.11")


def _rows_removed(text: str, booked: frozenset[str] = frozenset()) -> str:
    """The text without transaction rows (a date and an amount on one line, the date also as a day and month without
    a year at the start of the line: "10/10 ACH WESTAR ENERGY 134.60 1,876.51", or as digits run together:
    "261103 电费代扣 96.35 3,464.66", :func:`packet.understanding.tables.compact_day`): a bank statement's "代扣电费 186.40"
    row must not make it look like an electricity bill. ``booked``: the rows of the document's ledger, written without
    spaces (:func:`_booked_rows`: "115/11/04 代繳電費 684 5,944", whose whole-unit figures are no sure amount)."""
    return "\n".join(ln for ln in text.splitlines() if not _dated_row(ln) and _spaceless(ln) not in booked)


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _lines_and_ledger(document: Document) -> tuple[list[Line], tables.Ledger | None]:
    """The document's lines and its transaction rows (:func:`packet.understanding.tables.ledger`, dates read in the
    document's own order)."""
    lines = doc_lines(document.pages)
    return lines, tables.ledger(lines, dayfirst_for("", document.text))


def _booked_rows(book: tables.Ledger | None) -> frozenset[str]:
    """The lines (written without spaces) that are rows of ``book``, a confirmed ledger, whose figures are whole units
    only (:attr:`packet.understanding.tables.Entry.units`): rows as sure as any once their balances chain, so their
    words (代繳電費, 保險費) are a statement's descriptions, not a bill's or a policy's."""
    if book is None or not book.confirmed:
        return frozenset()
    return frozenset(_spaceless(e.line.text) for e in book.entries if e.units)


def _dated_row(text: str) -> bool:
    """Whether a line reads as a dated transaction row: a date (also a day and month at its start without a year,
    or digits run together: :func:`packet.understanding.tables.compact_day`) and an amount marked as money."""
    return bool((find_dates(text) or _ROW_DAY.match(text) or tables.compact_day(text))
                and any(h.marked for h in find_money(text)))


def structures(document: Document, read: tuple[list[Line], tables.Ledger | None] | None = None) -> set[str]:
    """The structures of :data:`packet.rules.registry.STRUCTURES` found in the document's layout: "ledger" when
    it holds dated transaction rows whose balances chain (:func:`packet.understanding.tables.ledger`),
    "balance_summary" when an opening balance plus or minus the period's totals equals the closing balance printed
    under them (:func:`packet.understanding.tables.balance_summary`), "credits_and_debits" when a run of dated
    credits and a run of dated debits each print a total that agrees (a statement's page without a balance
    column: :func:`packet.understanding.tables.credits_and_debits`), "month_listing" when rows dated without a year
    fall in the one month printed over them and carry signed amounts (a banking app's list:
    :func:`packet.understanding.tables.shown_month`); against a bank statement "period_table" (:func:`period_table`),
    "priced_rows" (:data:`PRICED_ROWS` rows priced by quantity, :func:`_priced`) and "trade_rows" (:data:`TRADE_ROWS`
    rows with an amount and a trade word), these three only where no ledger chains, "undated_table" (figures in
    rows and no date anywhere: :func:`undated_table`), "instalment_rows" (a loan's
    payments split into interest and principal: :func:`packet.understanding.tables.instalment_rows`), "stated_income"
    (an income over months or a year with no net pay and no pay period: :func:`stated_income`), "unbalanced_flow"
    (:func:`unbalanced_flow`) and with it "non_bank_flow" when the organisation that issued it (its seal or letterhead:
    :func:`packet.understanding.unlabelled.org`) is no bank and no bank is named, "owed_balance" when purchases or rows
    under a money-out column raise the ledger's running balance (a card account's, a mortgage's debt:
    :func:`packet.understanding.tables.owed_balance`), "repayment_schedule" (a loan's plan:
    :func:`packet.understanding.tables.repayment_schedule`), "owed_summary" (a debt's summary figures where no account's
    structure stands: :func:`owed_summary`), else
    "bank_ledger" when a bank's name (:func:`packet.understanding.unlabelled.bank`) heads a ledger; "dated_rows" and
    "wallet_flow" (:func:`_row_structures`: a table of transaction rows, and one headed by a payment platform's wallet);
    "balance_messages" (:func:`balance_messages`: messages naming one account again and again, each with its own
    balance: a phone's list of a bank's text alerts);
    "moneyless" when a letter (above) prints no amount marked as money; for a medical bill
    "medicine_items" (:func:`medicine_items`), "provider_field" (:func:`provider_field`) and "care_receipt" (a provider
    of care's name over an amount paid: :func:`care_receipt`)."""
    found = set()
    dayfirst = dayfirst_for("", document.text)
    # ``read``: the document's lines and ledger when the caller has them (:func:`_scores` reads them once)
    lines, book = read if read is not None else _lines_and_ledger(document)
    if book is not None and book.confirmed:
        found.add("ledger")
    v = load_vocabulary()
    # a balance that purchases, or rows under a money-out column (interest charged: a mortgage), raise is owed
    if tables.owed_balance(lines, book, v.card_charge_headings) or tables.owed_balance(lines, book, v.debit_headings):
        found.add("owed_balance")
    elif "ledger" in found and bank(lines):  # a bank's name over chaining rows (a passbook page that prints no heads)
        found.add("bank_ledger")
    if tables.repayment_schedule(lines, book, dayfirst):
        found.add("repayment_schedule")
    if tables.instalment_rows(book):
        found.add("instalment_rows")
    if tables.balance_summary(lines, v.opening_balance_labels, v.closing_balance_labels, dayfirst) is not None:
        found.add("balance_summary")
    if tables.credits_and_debits(lines, dayfirst):
        found.add("credits_and_debits")
    if pay_arithmetic(lines, v.deduction_total_labels):
        found.add("pay_arithmetic")
    if lettered(lines, v.letter_openings, v.letter_closings):
        found.add("letter")
    if any(is_provider(t) for t in _title_texts(document)):
        found.add("provider_heading")
    if pay_memo(lines, v.memo_labels, v.pay_memo_words):
        found.add("pay_memo")
    if income_list(lines, v.income_list_words):
        found.add("income_list")
    if deduction_rows(lines, v.payroll_deduction_words):
        found.add("deduction_rows")
    # pay worked out, with the month or day it is for printed; a running balance chains row by row as pay does
    if (book is None or not book.confirmed) and find_dates(document.text, dayfirst) \
            and figures.pay_chain(lines) is not None:
        found.add("pay_chain")
    # an income stated over months or a year, no net pay and no pay period: an income statement, not a payslip
    pay = {lab for t in load_types().values() for lab in t.labels.get("net_pay", ())}
    periods = {lab for t in load_types().values() for lab in t.labels.get("period", ())}
    if not found & {"pay_arithmetic", "pay_memo", "income_list", "deduction_rows", "pay_chain"} \
            and stated_income(lines, v.average_income_labels, sorted(pay), sorted(periods), dayfirst,
                              rated=lambda: extract.rated_income(lines, v) is not None):
        found.add("stated_income")
    if account_activity(lines, v.row_balance_words):
        found.add("account_activity")
    if tables.shown_month(lines, dayfirst) is not None and _signed_rows(lines):
        found.add("month_listing")
    texts = [fold(ln.text).lower() for ln in lines]
    # no two rows the ledger reader dates either (a passbook's "28-09-26" is a day whatever find_dates reads)
    if book is None and undated_table(lines, texts, dayfirst):
        found.add("undated_table")
    if "ledger" not in found:  # a statement whose balances chain is an account's, whatever its rows say
        # (a statement's header, "Statement Date: 31 Oct 2026", over rows dated "03 OCT" without a year is no table of
        # figures per period: its rows' balances chain)
        if period_table(lines, v.period_heading_patterns, texts):
            found.add("period_table")
        if sum(1 for t in texts if _priced(t)) >= PRICED_ROWS:
            found.add("priced_rows")
        if sum(1 for t in texts if any(h.marked for h in find_money(t))
               and any(_found(w.lower(), t) for w in v.trade_words)) >= TRADE_ROWS:
            found.add("trade_rows")
    if not found & {"ledger", "balance_summary", "credits_and_debits", "account_activity", "month_listing"} \
            and unbalanced_flow(lines, (*v.opening_balance_labels, *v.closing_balance_labels,
                                        *(lab for t in load_types().values() for lab in t.labels.get("closing_balance", ()))),
                                dayfirst,
                                v.row_balance_words):
        found.add("unbalanced_flow")
        # issued by an organisation that is no bank (a payment platform's seal, a lender's letterhead), no bank named
        # at its head or anywhere by the gazetteer: a wallet's or a platform's flow, not an account's statement
        # (never a counterparty named on a row: "2026-10-02 支出 <company> 生活缴费 86.40" is whom the wallet paid)
        issuer = org([ln for ln in lines if not transaction_row(ln.text)], sealed_first=True, agencies=True)
        if issuer and not names_bank(issuer) and not bank(lines) and not gazetteer_banks(lines):
            found.add("non_bank_flow")
    found |= _row_structures(lines, book, v.wallet_names, dayfirst)
    accounts = {lab for t in load_types().values() for f, k in t.kinds.items() if k == "account"
                for lab in t.labels.get(f, ())}
    if balance_messages(lines, sorted(accounts), v.row_balance_words):
        found.add("balance_messages")
    # a letter (a salutation or a sign-off) printing no amount anywhere: about an account (confirming it), not its
    # money; a statement's photo whose figures OCR read without decimals is no letter
    if "letter" in found and not any(h.marked for ln in lines for h in find_money(ln.text)):
        found.add("moneyless")
    # a debt's summary figures, where no account's own structure stands (a current account's statement may print
    # its linked card's amount due and limit beside rows whose balance rises with money in)
    held = found & {"balance_summary", "credits_and_debits", "account_activity", "month_listing"} or (
        "ledger" in found and not found & {"owed_balance", "repayment_schedule"})
    if not held and owed_summary(lines, v.credit_limit_labels, v.available_credit_labels, v.minimum_payment_labels,
                                 v.amount_due_labels):
        found.add("owed_summary")
    units = frozenset(u.lower() for u in v.measure_units)
    if medicine_items(lines, v.medicine_stems, v.medicine_forms, v.medicine_strength_patterns, units,
                      v.medicine_names):
        found.add("medicine_items")
    if provider_field(lines, v.provider_field_labels):
        found.add("provider_field")
    if care_receipt(lines, units):
        found.add("care_receipt")
    return found


DATED_ROWS = 2  # transaction rows (a date and an amount) that make a table of an account's movements


def _row_structures(lines: Sequence[Line], book: tables.Ledger | None, wallets: Sequence[str],
                    dayfirst: bool = True) -> set[str]:
    """"dated_rows" when at least :data:`DATED_ROWS` lines are dated transaction rows (:func:`_dated_row`: a date
    and an amount marked as money on one line; a row signed but undated, "Work allowance -£411.00", is none) or rows of the
    ``book`` (:func:`packet.understanding.tables.ledger`, also rows printed over two lines), or an app's rows of a
    signed amount over their date (:func:`packet.understanding.tables.signed_pairs`: "Cash out -40,000" over
    "Agent 3120 … 07 Oct, 17:45", whole units with no balance to chain); with it "wallet_flow"
    when a line above the first row names a payment platform's wallet or app (``wallets``: the vocabulary's
    ``wallet_names``, whole words: WeChat's 零钱明细) and no bank is named outside the rows
    (:func:`packet.understanding.unlabelled.bank` and the gazetteer, :func:`gazetteer_banks`): the platform's list of
    payments, balance column or not, not a bank account's statement. The line just above the first row of a listing
    printed over two lines (``book.screen``) is that row's own description ("零钱提现-到工商银行(4871)"), never its
    head, nor is a line holding an amount; a bank named on a row is where the wallet's money went or came from."""
    out: set[str] = set()
    booked = {id(e.line) for e in book.entries} if book is not None else set()
    pairs = set(tables.signed_pairs(lines, dayfirst))
    at = [k for k, ln in enumerate(lines) if id(ln) in booked or k in pairs or _dated_row(ln.text)]
    if len(at) < DATED_ROWS:
        return out
    out.add("dated_rows")
    first, last = at[0], at[-1]
    paired = 1 if book is not None and book.screen else 0
    head = [ln for ln in lines[:max(first - paired, 0)] if lines[first].page == ln.page]
    named = [ln for ln in head if not any(h.marked for h in find_money(ln.text))
             and any(_found(fold(w).lower(), _prepare(ln.text)) for w in wallets)]
    outside = head + list(lines[last + 1 + paired:])
    if named and not bank(outside) and not gazetteer_banks(outside):
        out.add("wallet_flow")
    return out


# messages naming one account, each with its own balance, that make a phone's list of alerts: a screen of them shows
# three or more (independent 20's shows four); a statement of two pages may name its account at the head of each
ALERT_MESSAGES = 3
ALERT_GAP = 4  # characters at most between an account's label (or its mask) and its digits ("A/C No. XX3391")
# characters at most between a balance word and its amount ("活期余额4,717.77", "Avl Bal: KES 2,686.27"): a label and
# its figure, not a column's heading over the rows under it
ALERT_BALANCE_GAP = 6
_MASK = r"[*xX•·]{2,}"  # a masked account number's hidden digits ("****3391", "XX3391")
_SENTENCE_END = re.compile(r"[。！？!?]|(?<!\d)\.(?=\s|$)|(?<=\d)\.(?=\s*$)|(?<=\d)\.(?=\s)")


def balance_messages(lines: Sequence[Line], account_labels: Sequence[str], balance_words: Sequence[str]) -> bool:
    """Whether the lines are messages about one account, each carrying its own balance, not a statement's table: the
    text (lines joined) names the same account — its digits after one of ``account_labels`` (the types' account
    number labels: "尾号", "Account ending in", "A/C No") or after masked digits ("****3391", "XX3391") — at least
    :data:`ALERT_MESSAGES` times, and each stretch from one mention to the next is a message: written as a sentence
    (a full stop, 。 or "."), an amount marked as money moved, then exactly one balance (one of ``balance_words``,
    the vocabulary's ``row_balance_words``, with an amount marked as money right after it) after that amount. A bank's
    text alerts on a phone ("【银行】您尾号3391的账户10月11日09:15转账支出人民币1,800.00元，活期余额2,917.77元。") are
    such; a statement names its account once at its head and prints its balances in a column."""
    text = " ".join(clean(ln.text) for ln in lines)
    labels = sorted({fold(a).lower() for a in account_labels}, key=len, reverse=True)
    low = fold(text).lower()
    if len(low) != len(text):
        return False  # folding changed the length: the places below would not match the text
    heads = [re.escape(a) for a in labels if a] + [_MASK]
    mention = re.compile(rf"(?:{'|'.join(heads)})[\s:：#.]{{0,{ALERT_GAP}}}(?:{_MASK}\s?)?(\d{{3,}})(?![\d,.]\d)")
    found = [(m.start(), m.group(1)) for m in mention.finditer(low)]
    by_account: dict[str, list[int]] = {}
    for at, digits in found:
        by_account.setdefault(digits[-4:], []).append(at)
    words = [fold(w).lower() for w in balance_words]
    bal = re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(w) for w in words)})(?![a-z])") if words else None
    if bal is None:
        return False
    for starts in by_account.values():
        if len(starts) < ALERT_MESSAGES:
            continue
        messages = 0
        for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
            part = text[a:b]
            balances = []
            for m in bal.finditer(low[a:b]):
                after = part[m.end():m.end() + ALERT_BALANCE_GAP + 16]
                hits = [h for h in find_money(after) if h.marked and h.start <= ALERT_BALANCE_GAP]
                if hits:
                    balances.append(m.start())
            if len(balances) != 1 or not _SENTENCE_END.search(part):
                continue
            moved = [h for h in find_money(part[:balances[0]]) if h.marked]
            if moved:
                messages += 1
        if messages >= ALERT_MESSAGES:
            return True
    return False


def _labelled_figures(lines: Sequence[Line], labels: Sequence[str], unless: Sequence[str] = ()) -> list[Decimal]:
    """The first amount marked as money after each of ``labels`` on its line, or on the next line when none follows
    it on its own (a label over its figure); lines holding one of ``unless`` are skipped (a "Minimum amount due"
    is no "Amount due")."""
    texts = [fold(ln.text).lower() for ln in lines]
    out = []
    for i, t in enumerate(texts):
        if any(_search(u.lower(), t) for u in unless):
            continue
        for lab in labels:
            m = _search(fold(lab).lower(), t)
            if m is None:
                continue
            for rest in (t[m.end():], texts[i + 1] if i + 1 < len(texts) else ""):
                money = [h.value for h in find_money(clean(rest)) if h.marked and h.value > 0]
                if money:
                    out.append(money[0])
                    break
    return out


def _figure_under(lines: Sequence[Line], i: int, m: re.Match[str], text: str) -> bool:
    """Whether an amount marked as money follows the label matched by ``m`` in ``text`` (the folded text of
    ``lines[i]``) on its line, or stands on the next line of the page under the label's words (a form's box: the
    label over its figure, "7 Average gross monthly" over "$3,189.33")."""
    if any(h.marked and h.value > 0 for h in find_money(clean(text[m.end():]))):
        return True
    if i + 1 >= len(lines) or lines[i + 1].page != lines[i].page or not lines[i].words:
        return False
    # the label's words: those whose characters the match covers, in the line's text as words joined by spaces
    spans, at = [], 0
    for w in lines[i].words:
        size = len(fold(w.text))
        if at < m.end() and at + size > m.start():
            spans.append((w.box[0], w.box[2]))
        at += size + 1
    if not spans:
        return False
    x0, x1 = min(a for a, _ in spans), max(b for _, b in spans)
    return any(w.box[0] < x1 and w.box[2] > x0 and any(h.marked and h.value > 0 for h in find_money(clean(w.text)))
               for w in lines[i + 1].words)


def _labelled(lines: Sequence[Line], texts: Sequence[str], labels: Sequence[str], dates: bool = False,
              dayfirst: bool = True) -> bool:
    """Whether one of ``labels`` is printed with its value: an amount marked as money after it or under it
    (:func:`_figure_under`), or with ``dates`` a date or month after it on its line or on the next line."""
    for i, t in enumerate(texts):
        for lab in labels:
            m = _search(fold(lab).lower(), t)
            if m is None:
                continue
            if dates:
                nxt = [texts[i + 1]] if i + 1 < len(texts) and lines[i + 1].page == lines[i].page else []
                if any(find_dates(r, dayfirst) for r in [t[m.end():], *nxt]):
                    return True
            elif _figure_under(lines, i, m, t):
                return True
    return False


def stated_income(lines: Sequence[Line], income_labels: Sequence[str], net_labels: Sequence[str],
                  period_labels: Sequence[str], dayfirst: bool = True,
                  rated: Callable[[], bool] | None = None) -> bool:
    """Whether the document states an income over several months or a year rather than one pay: a figure after or
    under one of ``income_labels`` (the vocabulary's ``average_income_labels``: "Average gross monthly", "Annual
    salary", 月均收入), no net pay printed (a figure after one of ``net_labels``, a payslip's net pay labels) and no
    pay period printed (a date or month after one of ``period_labels``, a payslip's period labels). A payslip is
    the record of one pay: the period it is for and what was paid; an employer's statement of earnings, a
    verification of income or a certificate of wages states what the person earns on average (interface.md: an
    ``income_proof``), whatever its title calls it. The caller asks only where no pay's arithmetic was found.
    ``rated``: whether the document states pay by a rate and the time worked instead (a day's pay and the days a
    month, an hour's and the hours a week, a week's or a fortnight's pay:
    :func:`packet.understanding.extract.rated_income`), which stands for the income label; asked last, only of a
    document that prints no income label, net pay or pay period (it reads the page's prose three times)."""
    texts = [fold(ln.text).lower() for ln in lines]
    return (not _labelled(lines, texts, net_labels)
            and not _labelled(lines, texts, period_labels, dates=True, dayfirst=dayfirst)
            and (_labelled(lines, texts, income_labels) or (rated is not None and rated())))


def owed_summary(lines: Sequence[Line], limit_labels: Sequence[str], available_labels: Sequence[str],
                 minimum_labels: Sequence[str], due_labels: Sequence[str]) -> bool:
    """Whether the document's summary figures are a debt's, checked by their arithmetic: a credit limit (after one of
    ``limit_labels``) less the credit still available (``available_labels``) equals another positive amount printed
    as money (the balance owed: 20,000.00 − 17,630.30 = 2,369.70), or a minimum payment (``minimum_labels``) below
    the amount due (``due_labels``, on a line without a minimum's label): a part of a debt asked for by a date. The
    labels are the vocabulary's ``credit_limit_labels``, ``available_credit_labels``, ``minimum_payment_labels`` and
    ``amount_due_labels``. A deposit account prints an opening and a closing balance; an overdraft's limit and
    available funds add up the other way (available − limit = balance), so they make no debt here."""
    limits = _labelled_figures(lines, limit_labels)  # "Available credit limit" gives a limit − available of 0
    available = _labelled_figures(lines, available_labels)
    if limits and available:
        printed = {h.value for ln in lines for h in find_money(clean(ln.text)) if h.marked and h.value > 0}
        if any(a - b > 0 and a - b in printed and a - b not in (a, b) for a in limits for b in available):
            return True
    minimum = _labelled_figures(lines, minimum_labels)
    due = _labelled_figures(lines, due_labels, unless=minimum_labels)
    return any(0 < m < d for m in minimum for d in due)


FLOW_ROWS = 4  # dated rows of one amount each that make a flow of payments


FLOW_GAP = 0.02  # fraction of the page's width between two columns of amounts
# dated rows printing two amounts (a balance column) that make the rows an account's: one row in this many or more
# (a row OCR gave a second figure from its noise — "$49" read from "Sent" — leaves a flow of payments a flow)
FLOW_TWO = 4


def _two_columns(spans: Sequence[tuple[float, float]]) -> bool:
    """Whether the rows' amounts (each its (x0, x1) across the page) stand in two columns or more, each of two rows at
    least, the columns apart by :data:`FLOW_GAP` (money out and money in printed apart: a statement's debit and credit
    columns; a flow of payments prints its amounts in one column, its direction in words)."""
    groups: list[list[float]] = []  # [x0, x1, rows]
    for x0, x1 in sorted(spans):
        if groups and x0 <= groups[-1][1] + FLOW_GAP:
            groups[-1][1] = max(groups[-1][1], x1)
            groups[-1][2] += 1
        else:
            groups.append([x0, x1, 1])
    return sum(1 for g in groups if g[2] >= 2) >= 2


def unbalanced_flow(lines: Sequence[Line], balance_labels: Sequence[str], dayfirst: bool = True,
                    row_words: Sequence[str] = ()) -> bool:
    """Whether the lines are a flow of payments that no account's balance follows: at least :data:`FLOW_ROWS` lines
    each printing a full date, not after a label (a header's "导出时间：<date>", "Exported: <date>" is no row), and
    exactly one amount marked as money (the date's digits not counted), fewer than one such line in
    :data:`FLOW_TWO` printing two amounts beside its date (a balance column), the rows' amounts in one column (not a
    statement's debit and credit columns: :func:`_two_columns`), no balance printed on rows of their own (one of ``row_words``, the
    vocabulary's ``row_balance_words``, right before an amount on :data:`FLOW_ROWS` − 1 lines: a banking app's
    "2026-10-02 余额 1,862.15" under each movement), and no balance label (``balance_labels``: the vocabulary's
    opening and closing labels, a statement's closing-balance labels) with an amount after it on its line or the
    next. A payment platform's 交易流水证明 (收/支, 交易对方, 金额, 交易时间) lists a wallet's payments,
    not a bank account's: a bank's statement prints its balance, by row or for the period. The caller asks only where
    no statement's structure was found (a ledger, a balance summary, credits and debits, an app's signed list)."""
    rows = two = 0
    spans: list[tuple[float, float]] = []  # where each row's one amount is printed across the page
    for ln in lines:
        text = clean(ln.text)
        days = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
        if not days or re.search(r"[:：]", text[:days[0].start]):
            continue  # a date after a label is a header's: "导出时间：2026-11-02 … 收入 1,260.00元 支出 511.00元"
        for h in days:
            text = text[:h.start] + " " * (h.end - h.start) + text[h.end:]
        amounts = [h for h in find_money(text) if h.marked]
        if len(amounts) >= 2:
            two += 1
            continue
        if len(amounts) == 1:
            rows += 1
            spans += [(w.box[0], w.box[2]) for w in ln.words
                      if any(h.marked for h in find_money(clean(w.text))) and not find_dates(clean(w.text), dayfirst)][-1:]
    if rows < FLOW_ROWS or two * FLOW_TWO >= rows + two or _two_columns(spans):
        return False
    texts = [fold(ln.text).lower() for ln in lines]
    # a balance printed on rows of its own ("2026-10-02 余额 1,862.15" under each movement: a banking app's list)
    if sum(1 for t in texts for w in row_words if re.search(re.escape(fold(w).lower()) + r"\s*[:：]?\s*[-+]?[¥$£€]?\s*\d", t)) \
            >= FLOW_ROWS - 1:
        return False
    for i, t in enumerate(texts):
        for lb in balance_labels:
            m = _search(fold(lb).lower(), t)
            if m is None:
                continue
            rest = [t[m.end():]] + ([texts[i + 1]] if i + 1 < len(texts) else [])
            if any(any(h.marked for h in find_money(r)) for r in rest):
                return False
    return True


PRICED_ROWS = 2  # rows whose quantity times unit price is their amount (:func:`_priced`) that make goods sold
TRADE_ROWS = 2  # rows with an amount and a trade's side (the vocabulary's ``trade_words``) that make securities trades
PERIOD_COLUMNS = 2  # period headings over a table's figure columns (Jan Feb Mar, Q1 Q2, 2025 2026)
PERIOD_ROWS = 3  # category rows under them, each with figures
PERIOD_SPAN = 20  # lines under the heading searched for those rows


def period_table(lines: Sequence[Line], patterns: Sequence[str], texts: Sequence[str] | None = None) -> bool:
    """Whether the lines hold a table of figures per period and no dated row: a heading line of which at least
    :data:`PERIOD_COLUMNS` words (whitespace-separated, or cells) each read as a period (``patterns``, the
    vocabulary's ``period_heading_patterns``: a month, a quarter, a year) and make at least half of its words, then at
    least :data:`PERIOD_ROWS` lines within :data:`PERIOD_SPAN` lines under it that begin with words and print two or
    more figures; and no line of the document prints a date beside an amount (a budget, a profit and loss summary or
    a tax summary lists categories per period; a statement lists dated movements). ``texts``: the lines' folded
    lower-case text when the caller has it."""
    pats = [re.compile(p, re.IGNORECASE) for p in patterns]
    if not pats:
        return False
    texts = texts if texts is not None else [fold(ln.text).lower() for ln in lines]
    if any((find_dates(t) or _ROW_DAY.match(t)) and any(h.marked for h in find_money(t)) for t in texts):
        return False
    for i, ln in enumerate(lines):
        words = [fold(w.text).strip().lower() for w in ln.words]
        cells = [fold(join_words(c)).strip().lower() for c in ln.cells()]
        hits = max(sum(1 for w in words if any(p.match(w) for p in pats)),
                   sum(1 for c in cells if any(p.match(c) for p in pats)))
        if hits < PERIOD_COLUMNS or hits * 2 < min(len(words), len(cells)):
            continue
        rows = 0
        for u in texts[i + 1:i + 1 + PERIOD_SPAN]:
            figs = list(_FIGURE.finditer(u))
            if len(figs) >= 2 and re.search(r"[^\W\d_]", u[:figs[0].start()]):
                rows += 1
        if rows >= PERIOD_ROWS:
            return True
    return False


UNDATED_ROWS = 5  # lines of two amounts or more that make a table of figures


def undated_table(lines: Sequence[Line], texts: Sequence[str] | None = None, dayfirst: bool = True) -> bool:
    """Whether the document is a table of figures that prints no date at all: at least :data:`UNDATED_ROWS` lines
    each printing two amounts marked as money or more, and no day or month anywhere in it (a bare year is none).
    An account's statement dates its movements and its period; a trial balance, a ledger's summary by account code
    or a price list lists figures by category and dates nothing. ``texts``: the lines' folded lower-case text when
    the caller has it."""
    texts = texts if texts is not None else [fold(ln.text).lower() for ln in lines]
    if sum(1 for t in texts if sum(1 for h in find_money(clean(t)) if h.marked) >= 2) < UNDATED_ROWS:
        return False
    return not any(h.precision in ("day", "month") for t in texts for h in find_dates(clean(t), dayfirst)) \
        and not any(_ROW_DAY.match(t) or tables.compact_day(t) for t in texts)


MEDICINE_ITEMS = 2  # item lines naming medicines that make a bill for medicines
_WORD = re.compile(r"[^\W\d_]+")
STEM_WORD = 3  # a medicine's name is at least this many letters longer than its stem ("amoxicillin" over "cillin")


_LABELLED_END = re.compile(r"[:：]\s*\d+\s*$")  # a line ending in a label's whole figure ("Subtotal: 20")


def medicine_items(lines: Sequence[Line], stems: Sequence[str], forms: Sequence[str],
                   strengths: Sequence[str], units: frozenset[str] = frozenset(),
                   names: Sequence[str] = ()) -> bool:
    """Whether at least :data:`MEDICINE_ITEMS` lines are items charging for a medicine: a line prints an amount of
    money (:func:`_amount_in`; a strength in ``units``, the vocabulary's ``measure_units``, is none) and names a
    medicine by a word ending in an INN stem (``stems``, the vocabulary's ``medicine_stems``: "amoxicillin",
    "lisinopril"), or by two of that word, a dosage form (``forms``, ``medicine_forms``: "胶囊", "tablets"; a Chinese
    form ends a run of Chinese characters) and a strength (``strengths``, ``medicine_strength_patterns``: "500 mg",
    "0.25g×24片"), or by a name no stem shows (``names``, ``medicine_names``: brands, "Panadol", "芬必得", and common
    INNs, "paracetamol"). A medicine named by its stem or name may be priced by a whole figure after a label at the
    end of its line ("Product: Panadol, Quantity: 2, Subtotal: 20"). A prescription charges nothing; a pay or bank row names no medicine."""
    stem_list = [s.lower() for s in stems]
    form_list = [f.lower() for f in forms]
    name_list = [n.lower() for n in names]
    pats = [re.compile(p, re.IGNORECASE) for p in strengths]
    found = 0
    for ln in lines:
        t = fold(ln.text).lower()
        marked = _amount_in(t, units)
        if not marked and not (_LABELLED_END.search(t) and _amount_in(t, units, bare=True)):
            continue
        stem = any(w.endswith(s) and len(w) >= len(s) + STEM_WORD for w in _WORD.findall(t) if w.isascii()
                   for s in stem_list) or any(_found(n, t) for n in name_list)
        if not marked and not stem:
            continue
        form = any(_found(f, t) if f.isascii() else re.search(re.escape(f) + r"(?![\u4e00-\u9fff])", t)
                   for f in form_list)
        strength = any(p.search(t) for p in pats)
        if stem or bool(form) + strength >= 2:
            found += 1
            if found >= MEDICINE_ITEMS:
                return True
    return False


CARE_HEAD = 4  # the first lines of the first page where a receipt prints its issuer's name
CARE_AMOUNTS = 6  # at most this many different amounts on a receipt that prints only what was paid
CARE_LINE = 48  # characters at most of the line printing it: a label and its amount, not a sentence


def care_receipt(lines: Sequence[Line], units: frozenset[str] = frozenset()) -> bool:
    """Whether the lines are a provider of care's receipt or bill that prints only what was paid or is owed: a
    hospital's, clinic's, pharmacy's or laboratory's name (:func:`packet.understanding.unlabelled.is_provider`: the
    vocabulary's provider words and naming patterns) on one of the first :data:`CARE_HEAD` lines of the first page,
    unlabelled (the issuer's own name: an insurer's "Provider: Lakeside Clinic" names another),
    and a short line (at most :data:`CARE_LINE` characters) of words ending in an amount marked as money — two
    decimals or a currency sign, no measurement, no range ("Amount: 40.90", "实收金额：¥143.13") — on a page of at most
    :data:`CARE_AMOUNTS` different amounts (a receipt, not a laboratory's table of results or a payslip). Whether or
    not the items are listed, a provider of care and an amount charged make a medical bill; a shop's receipt names no
    provider of care."""
    if not lines:
        return False
    first = [ln for ln in lines if ln.page == lines[0].page and _WORDY.search(ln.text)][:CARE_HEAD]
    named = [k for k, ln in enumerate(first) if is_provider(ln.text) and not re.search(r"[:：]", ln.text)]
    if not named:
        return False  # the issuer's own name, unlabelled ("Provider: …" on an insurer's notice names another's)
    if len({h.value for ln in lines for h in find_money(clean(ln.text)) if h.marked}) > CARE_AMOUNTS:
        return False
    # the head is the issuer's name and what is printed above it; the lines after the name are the receipt's own,
    # also among the first CARE_HEAD (a clinic's 收据 of five lines: its name, 收据, the payer, the amount)
    heads = {id(ln) for ln in first[:named[-1] + 1]}
    worded = worded_amounts("\n".join(clean(ln.text) for ln in lines))
    for ln in lines:
        t = clean(ln.text).strip()
        if id(ln) in heads or len(t) > CARE_LINE or find_dates(t):
            continue
        hits = find_money(t)
        if not hits or (t[hits[-1].end:].strip(" 元.。") and not _restated(t[hits[-1].end:], hits[-1].value)):
            continue
        last = hits[-1]
        printed = t[last.start:last.end]
        # a figure in thousands the page also writes out in words ("The sum of: Eight thousand five hundred vatu" and
        # "VT 8,500": a currency without minor units, its code unknown): the two agreeing make it an amount
        stated = bool(re.search(r"\d,\d{3}(?!\d)", printed)) and abs(last.value) in worded
        if not stated and not (last.marked and (re.search(r"\d[.,]\d\d$", printed.strip())
                                                or re.search(r"[¥$£€₹元]", printed))):
            continue
        if _measure(t[last.end:], units) or _ranged(t, last.start, last.end):
            continue
        if re.search(r"[^\W\d_]{2}|[\u3400-\u9fff]", t[:last.start]):
            return True
    return False


def _restated(tail: str, value: Decimal) -> bool:
    """Whether ``tail``, what a line prints after its last figure, is that figure's amount written out again: in
    Chinese capital numerals (大写: "2,250 元（大寫）新臺幣貳仟貳佰伍拾元整", as Chinese receipts and invoices print a
    sum, :func:`packet.understanding.values.parse_daxie`) or in English number words ("500.00 (Five hundred
    only)"). The line then still ends in its amount."""
    said = parse_daxie(tail, whole=True)
    return (said is not None and said == abs(value)) or (value == int(value) and abs(value) in worded_amounts(tail))


def provider_field(lines: Sequence[Line], labels: Sequence[str]) -> bool:
    """Whether a line begins with a provider's label (``labels``, the vocabulary's ``provider_field_labels``:
    "Pharmacy", "医疗机构") followed by a colon and a name (letters), "Dispensed by: Hillcrest Chemist"."""
    for ln in lines:
        t = fold(ln.text).strip().lower()
        for label in labels:
            lab = label.lower()
            if t.startswith(lab):
                rest = t[len(lab):]
                if re.match(r"\s*(?:name\s*)?[:：]\s*[^\W\d_]{2}", rest):
                    return True
    return False


SIGNED_ROWS = 3  # amounts printed with their sign (+ in, - out) that make a list of movements


def _signed_rows(lines: Sequence[Line]) -> bool:
    """Whether the lines print at least :data:`SIGNED_ROWS` amounts with a sign before them (+ money in, - money
    out: a banking app's list of movements, never a bill's or a payslip's unsigned figures)."""
    return sum(len(_PLUS.findall(t)) + len(_MINUS.findall(t)) for t in (fold(ln.text).lower() for ln in lines)) \
        >= SIGNED_ROWS


PAY_MEMO_AMOUNTS = 3  # a single payment's page prints at most this many different amounts (the amount, a fee, a total)


def pay_memo(lines: Sequence[Line], labels: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the lines show one payment whose memo says it is pay: a memo label (``labels``, the vocabulary's
    ``memo_labels``: "备注", "转账说明", "Reference") with a pay word (``words``, ``pay_memo_words``: "工资", "代发工资",
    "Salary", "Payroll") after it on its line or on the next, on a page of at most :data:`PAY_MEMO_AMOUNTS` different
    amounts marked as money (an app's transfer detail; a statement's table of many rows with a 摘要 column is none)."""
    amounts = {h.value for ln in lines for h in find_money(ln.text) if h.marked}
    if not amounts or len(amounts) > PAY_MEMO_AMOUNTS:
        return False
    texts = [fold(ln.text).lower() for ln in lines]
    for i, t in enumerate(texts):
        for label in labels:
            m = _search(label.lower(), t)
            if m is None:
                continue
            rest = [t[m.end():]]
            if i + 1 < len(lines) and lines[i + 1].page == lines[i].page:
                rest.append(texts[i + 1])
            if any(_found(w.lower(), r) for w in words for r in rest):
                return True
    return False


INCOME_ROWS = 3  # amounts signed as money in that make a list of incomes
INCOME_HEAD = 8  # the income heading stands in the first lines of the first page
_PLUS = re.compile(r"(?<![\w.])\+\s?(?:[¥$£€₹]|rmb|cny)?\s?\d[\d,]*\.\d\d(?!\d)")
_MINUS = re.compile(r"(?<![\w.])[-−–]\s?(?:[¥$£€₹]|rmb|cny)?\s?\d[\d,]*\.\d\d(?!\d)")


def income_list(lines: Sequence[Line], words: Sequence[str]) -> bool:
    """Whether the lines are a list of incomes: one of ``words`` (the vocabulary's ``income_list_words``: "收入明细",
    "Earnings") in the first :data:`INCOME_HEAD` lines of the first page, at least :data:`INCOME_ROWS` amounts
    printed with a plus sign ("+356.20": money in) and none with a minus (a statement's or a wallet's list runs both
    ways)."""
    if not lines:
        return False
    first = [fold(ln.text).lower() for ln in lines if ln.page == lines[0].page][:INCOME_HEAD]
    if not any(_found(w.lower(), t) for w in words for t in first):
        return False
    texts = [fold(ln.text).lower() for ln in lines]
    if settled(texts) and not any(_END_SIGNED.search(t) for t in texts[INCOME_HEAD:] if find_dates(t)):
        return True
    if any(_MINUS.search(t) for t in texts):
        return False
    return sum(len(_PLUS.findall(t)) for t in texts) >= INCOME_ROWS


def earning_credits(lines: Sequence[Line], words: Sequence[str]) -> bool:
    """Whether the lines list at least :data:`INCOME_ROWS` amounts signed as money in ("+312.50") each of whose row
    names a platform's payout of earnings (``words``, the vocabulary's ``earning_memo_words``: "配送收入结算",
    "收入提现", "payout"), on the amount's line or the line just above it (a wallet prints a row's memo over its
    amount or beside it). A rider's Alipay or WeChat bill list, payments out between the payouts: not a list of
    incomes (:func:`income_list`), but a sign that the document could stand for one (a trial, r25)."""
    if not words:
        return False
    texts = [fold(ln.text).lower() for ln in lines]
    low = [w.lower() for w in words]
    credits = 0
    for k, t in enumerate(texts):
        if not _PLUS.search(t):
            continue
        row = t if k == 0 else texts[k - 1] + " " + t
        if any(_found(w, row) for w in low):
            credits += 1
    return credits >= INCOME_ROWS


SETTLED_AMOUNTS = 24  # at most this many different amounts on a settlement's page (a statement's many rows are none)


def settled(texts: Sequence[str]) -> bool:
    """Whether the lines print a settlement of earnings, checked arithmetically: two amounts that add up to a third
    printed (earned + incentives = total), and that total less a fourth equal to a fifth printed (less the
    platform's fees = paid out), all five different amounts printed as money (signs ignored: "+420.00",
    "-2,353.44"), the fee signed minus with its cents below the two it is taken from the sum of, on a page of at
    most :data:`SETTLED_AMOUNTS` different amounts (a company's accounts print a cost in brackets). A gig platform's month for a
    driver or a rider: incomes and the fee taken, not an account's movements."""
    first: dict[Decimal, int] = {}  # each amount printed as money, and the line it is first printed on
    for k, t in enumerate(texts):
        for h in find_money(t):
            if h.marked and h.value:
                first.setdefault(abs(h.value), k)
    values = sorted(first)
    if len(values) < 5 or len(values) > SETTLED_AMOUNTS:
        return False
    have = set(values)
    # the fee is printed signed as money taken, with its cents ("-2,353.44"; a company's accounts print "(250,000)"),
    # below the two amounts it is taken from the sum of
    fees = [(k, abs(Decimal(m.group(0).lstrip("-−– ").lstrip("¥$£€₹rmbcny ").replace(",", ""))))
            for k, t in enumerate(texts) for m in _MINUS.finditer(t)]
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            total = a + b
            if total not in have:
                continue
            for line, fee in fees:
                if fee not in (a, b, total) and (total - fee) in have and (total - fee) not in (a, b, fee) \
                        and first[a] < line and first[b] < line:
                    return True
    return False


ACTIVITY_ROWS = 4  # signed rows that make an account's activity list
_END_SIGNED = re.compile(r"(?<![\w.])[+\-−–]\s?(?:[¥$£€₹]|rmb|cny|r|s\$)?\s?\d[\d,]*\.\d\d\s*$")


def account_activity(lines: Sequence[Line], words: Sequence[str]) -> bool:
    """Whether the lines are a banking app's account screen: one of ``words`` (the vocabulary's
    ``row_balance_words``: "余额", "balance") in the first :data:`INCOME_HEAD` lines of the first page with an amount
    marked as money on its line or the next ("Available balance" over "R2,696.89"), and at least
    :data:`ACTIVITY_ROWS` lines ending in a signed amount, both signs among them (money in and money out: an
    account's movements, not a list of incomes or of charges)."""
    if not lines:
        return False
    first = [ln for ln in lines if ln.page == lines[0].page][:INCOME_HEAD]
    texts = [fold(ln.text).lower() for ln in first]
    headed = any(any(_found(w.lower(), t) for w in words) and any(
        h.marked for k in (i, i + 1) if k < len(first) for h in find_money(clean(first[k].text)))
        for i, t in enumerate(texts))
    if not headed:
        return False
    ends = [m.group(0).strip()[0] for ln in lines if (m := _END_SIGNED.search(fold(ln.text).lower()))]
    return len(ends) >= ACTIVITY_ROWS and "+" in ends and len(set(ends) - {"+"}) > 0


def deduction_rows(lines: Sequence[Line], words: Sequence[str]) -> bool:
    """Whether a run of lines reads as pay less its deductions: a line ending in an amount, then one or more lines
    each a payroll deduction (``words``, the vocabulary's ``payroll_deduction_words``: "Tax", "PAYE", "NI", "个税")
    with its amount, then a line whose amount is the first less those deductions, to the cent (a payslip of a few
    lines with no title and no totals' labels). A bill's insurance and adjustments are no payroll deductions."""
    rows = []
    for ln in lines:
        t = fold(ln.text).lower()
        figs = [h for h in find_money(t) if h.marked]
        if len(figs) != 1:
            rows.append(None)
            continue
        label = t[:figs[0].start].strip(" :：-.")
        rows.append((label, figs[0].value))
    for i, row in enumerate(rows):
        if row is None or row[1] <= 0:
            continue
        taken, j = Decimal(0), i + 1
        while j < len(rows) and rows[j] is not None and rows[j][0] \
                and any(_found(w.lower(), rows[j][0]) for w in words):
            taken += abs(rows[j][1])
            j += 1
        if j > i + 1 and j < len(rows) and rows[j] is not None and taken > 0 and rows[j][1] == row[1] - taken:
            return True
    return False


def _figures(text: str) -> list[Decimal]:
    """The amounts of a line that are printed as money: marked (a currency sign, decimals), never a bare count."""
    return [h.value for h in find_money(text) if h.marked]


def pay_arithmetic(lines: Sequence[Line], deduction_labels: Sequence[str]) -> bool:
    """Whether a payslip's sum is printed: a figure after a deductions-total label (``deduction_labels``, the
    vocabulary's ``deduction_total_labels``: "Total Deductions", "扣款合计"), some larger figure of the document less
    it equals a third figure printed on it (gross − deductions = net, to the cent), all three printed as money (the
    deductions' total also with a minus sign). The
    net's label does not matter ("Amount credited to bank", "Take home"), so this holds where the words do not;
    a year-to-date column beside the current one agrees the same way."""
    found = [(i, v) for i, ln in enumerate(lines) for v in _figures(ln.text)]
    values = {v for _, v in found}
    for i, ln in enumerate(lines):
        text = fold(ln.text).lower()
        for label in deduction_labels:
            m = _search(label.lower(), text)
            if m is None:
                continue
            for b in _figures(text[m.end():]):
                b = abs(b)  # deductions are printed signed as money out too ("扣款合计 -746.40")
                if b == 0:
                    continue
                for j, a in found:
                    if a > b and (a - b) in values and (a - b) != b and not (j == i and a == b):
                        return True
    return False


LETTER_CLOSING_CHARS = 30  # a sign-off is a short line of its own ("Yours sincerely,"), not a sentence holding it


def lettered(lines: Sequence[Line], openings: Sequence[str], closings: Sequence[str]) -> bool:
    """Whether the lines are laid out as a letter: a line that starts with a salutation (``openings``: "Dear Ms
    Khan,", "To whom it may concern", "尊敬的"), or a sign-off printed as a line of its own (``closings``, at most
    :data:`LETTER_CLOSING_CHARS` characters: "Yours faithfully,", "Kind regards", "此致"). Words of the vocabulary's
    ``letter_openings`` and ``letter_closings``."""
    opens = [fold(o).lower() for o in openings]
    closes = [fold(c).lower() for c in closings]
    for ln in lines:
        t = fold(ln.text).strip().lower()
        if any(t.startswith(o) and (len(t) == len(o) or not t[len(o)].isalnum() or not o.isascii()) for o in opens):
            return True
        bare = t.rstrip(" ,.;:，。：")
        if len(t) <= LETTER_CLOSING_CHARS and any(bare == c or bare.replace(" ", "") == c.replace(" ", "")
                                                  for c in closes):
            return True
    return False


def title_lines(document: Document) -> list[str]:
    """The lines of :func:`_title_texts`, folded lower-case."""
    return [fold(t).lower() for t in _title_texts(document)]


def _title_texts(document: Document) -> list[str]:
    """The lines that make the document's own title, as printed: of the first :data:`TITLE_LINES` lines of
    the first page above :data:`TITLE_TOP`, the short ones (:data:`TITLE_CHARS`) printed larger than the page's
    body (:data:`TITLE_HEIGHT` times its median word height) or centred (:data:`TITLE_CENTRE`,
    :data:`TITLE_MARGIN`). Empty for a page without word boxes of different sizes and places (text made into
    lines without a layout), so such a document is classified by its words alone."""
    if not document.pages or not document.pages[0].words:
        return []
    lines = doc_lines(document.pages[:1])
    heights = sorted(w.box[3] - w.box[1] for ln in lines for w in ln.words)
    if not heights:
        return []
    body = heights[len(heights) // 2]
    out = []
    for ln in lines[:TITLE_LINES]:
        text = ln.text.strip()
        if ln.y0 >= TITLE_TOP or not text or len(text) > TITLE_CHARS:
            continue
        hs = sorted(w.box[3] - w.box[1] for w in ln.words)
        x0, x1 = ln.words[0].box[0], ln.words[-1].box[2]
        large = hs[len(hs) // 2] >= TITLE_HEIGHT * body
        centred = abs((x0 + x1) / 2 - 0.5) <= TITLE_CENTRE and x0 >= TITLE_MARGIN and x1 <= 1 - TITLE_MARGIN
        if large or centred:
            out.append(text)
    return out


def titled(document: Document, doc_type: DocType, titles: Sequence[str] | None = None) -> bool:
    """Whether the document's title (:func:`title_lines`) holds one of ``doc_type``'s ``titles`` (types.toml) and
    none of its ``negative`` words (a "Credit Card Statement" is titled no bank statement)."""
    titles = title_lines(document) if titles is None else titles
    return any((_found(t, line) or _found(t, line.replace(" ", "")))
               and not any(_found(n, line) for n in doc_type.negative) for t in doc_type.titles for line in titles)


def scores(document: Document, types: Mapping[str, DocType] | None = None) -> dict[str, float]:
    """:func:`_scores`, the document's dates read in its own calendar (:func:`packet.understanding.values.dates_of`:
    a Taiwan statement's 115/10/16 rows are dated rows)."""
    with dates_of("\n".join(p.text for p in document.pages)):
        return _scores(document, types)


def _scores(document: Document, types: Mapping[str, DocType] | None = None) -> dict[str, float]:
    """Every type's score for ``document`` (higher is more likely): its words, the weights of the structures its
    layout shows (``structure`` in types.toml), and :data:`TITLE_WEIGHT` for a type its own title names
    (``titles``: an employment certificate that quotes a passport number is titled 在职证明, so it is no
    identity document) while the other types' scores count :data:`TITLE_DAMP` of theirs (where a structure of the
    layout speaks against every type the title names, not a type whose own structure the layout shows); 0 for a type
    whose core the document does not show (:func:`core_met`),
    unless a line of its head begins with the type's title or it is the type's form without its figures
    (:func:`form_met`): then :data:`FORM_DAMP` of its score (a photo whose amounts OCR lost, a blank template)."""
    types = types or load_types()
    heading = title_lines(document) if any(t.titles for t in types.values()) else []
    titled_as = {t.name for t in types.values() if heading and titled(document, t, heading)}
    read = _lines_and_ledger(document)  # once: the structures and the booked rows below both stand on the ledger
    shapes = structures(document, read) if any(t.structure for t in types.values()) else set()

    def countered(t: DocType) -> bool:
        """A structure of the layout speaks against ``t`` (not a shared one; a soft one only where the title does not
        call the document by the type's own name): it outweighs the type's title and blocks its form's rescue."""
        own_name = any(_found(fold(n).lower(), line) or _found(fold(n).lower(), line.replace(" ", ""))
                       for n in t.label.values() for line in heading)
        return any(w < 0 and s in shapes and s not in SHARED_STRUCTURES and (s not in SOFT_STRUCTURES or not own_name)
                   for s, w in t.structure.items())

    # a title of a type only the user gives ("Discharge summary", 诊断证明书) damps no other type's score: the others
    # are scored as if that type did not exist (classify_one), so no document's type moves because it was added
    named = {n for n in titled_as if not types[n].given_only}
    # a title its layout speaks against (countered) still says what the document is not ("支付宝交易明细" over a
    # wallet's rows naming a pharmacy is no medical bill), but it damps no type whose own structure the layout shows:
    # "Employer statement of earnings" over an average monthly income with no net pay names no payslip, and the
    # income proof's stated income counts in full
    overruled = bool(named) and all(countered(types[n]) for n in named)
    joined = lost_spaces(document.text)
    text = _prepare(document.text, joined)
    booked = _booked_rows(read[1])
    plain = _prepare(_rows_removed(document.text, booked), joined)
    listed = _prepare(_enumerations_removed(document.text), joined)  # keywords: not in a sentence's list of kinds
    plain_listed = _prepare(_enumerations_removed(_rows_removed(document.text, booked)), joined)
    first = document.pages[0].text if document.pages else ""
    head = _prepare("\n".join(first.splitlines()[:HEAD_LINES]), joined)
    # the catch-all's words are never read in transaction rows, at the head of a page either (a passbook's "代扣水费"
    # row is no water bill)
    plain_head = _prepare(_rows_removed("\n".join(first.splitlines()[:HEAD_LINES]), booked), joined)
    lines = read[0] if any(t.core for t in types.values()) else []
    name = _prepare(document.rel).replace("_", " ").replace("-", " ")
    # a type a line of the head begins with the title of ("Salary Slip for the month of October 2026"), however
    # printed: when its core is not shown, its figures were lost or never printed, and it keeps part of its score
    # — never a label ("Passport number: 531928476" begins with no title) nor a type known by a shape alone (a card)
    starts = [fold(ln).strip().lower() for ln in first.splitlines()[:HEAD_LINES]]
    headed = {t.name for t in types.values()
              if t.core and all(any(f not in (CORE_ITEMS, CORE_CARD) for f in g) for g in t.core)
              and any(ln.startswith(ti.lower()) and not re.search(r"[:：]", ln)
                      and not any(_found(n, ln) for n in t.negative) for ti in t.titles for ln in starts)}
    out: dict[str, float] = {}
    for t in types.values():
        score = 0.0
        body, top = (plain_listed, plain_head) if t.catch_all else (listed, head)
        for phrase, weight in t.keywords.items():
            if _found(phrase, top, joined):
                score += weight * HEAD_BOOST
            elif _about(phrase, body, joined):  # also split by a phrase naming whom ("employment with X ended")
                score += weight
        for phrase, weight in t.negative.items():
            if _found(phrase, plain, joined):
                score -= weight
        score += sum(w for s, w in t.structure.items() if s in shapes and (score > 0 or s not in SHARED_STRUCTURES))
        # a structure of the layout that speaks against the type (figures per period, trades, priced goods) outweighs
        # its title and blocks the rescue of its form below: "对账单" over an invoice's lines names no bank statement
        # a soft one (a flow of payments without a balance) outweighs a title only where the title does not call the
        # document by the type's own name ("Bank Statement", "银行流水"; a wallet's "交易明细证明" does not)
        against = countered(t)
        if t.name in titled_as and not against:
            score += TITLE_WEIGHT
        elif named and not (overruled and any(w > 0 and sh in shapes and sh not in SHARED_STRUCTURES
                                              for sh, w in t.structure.items())):
            score *= TITLE_DAMP
        if any(hint.lower() in name for hint in t.filenames):
            score += NAME_BONUS
        if score > 0 and t.about and not any(_about(w.lower(), text, joined) for w in t.about):
            log.debug("%s: not about what %s is about -> 0 (was %.1f)", document.rel, t.name, score)
            score = 0.0
        if score > 0 and not core_met(document, t, lines, joined, shapes):
            if not against and (t.name in titled_as or t.name in headed or form_met(document, t, lines, joined)):
                # its own title names it ("Salary Slip for the month of October 2026") or its labels stand with empty
                # slots: the figures were lost (a photo's lower half) or never printed (a template)
                log.debug("%s: %s's form without its figures -> %.1f x %s", document.rel, t.name, score, FORM_DAMP)
                score *= FORM_DAMP
            else:
                log.debug("%s: no %s core -> 0 (was %.1f)", document.rel, t.name, score)
                score = 0.0
        out[t.name] = round(score, 2)
    return out


def classify_one(document: Document, case: Case | None = None) -> Classified:
    """The type of one document, or its override from ``[files]``. A type only the user gives (types.toml
    ``given_only``: medical_evidence) is never returned but from ``[files]``; a document read as the catch-all whose
    score for one clears :data:`MIN_SCORE` and leads every ranked type by :data:`MIN_LEAD` names it in
    ``suggested``; read as the catch-all, the ranked types it scores above 0 for are its ``leaning``."""
    if case is not None and document.rel in case.files:
        return Classified(document, case.files[document.rel], score=0.0, overridden=True)
    types = load_types()
    s = scores(document, types)
    fallback = catch_all_type(types)
    # a type only the user gives (given_only: a doctor's letter as medical evidence) is never ranked: the others
    # compete as if it did not exist, so no document's type moves because it was added
    ranked = sorted(((k, v) for k, v in s.items() if not types[k].given_only), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if best != fallback and (top < MIN_SCORE or top - second < MIN_LEAD):
        log.debug("%s: not convincing (%s %.1f vs %.1f) -> %s", document.rel, best, top, second, fallback)
        best = fallback
    # read as the catch-all, a document whose words make a convincing case for a type only the user gives is
    # pointed at it (the report's hint writes the [files] line): by the same bar a detected type must clear
    suggested = tuple(k for k, v in sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))
                      if best == fallback and types[k].given_only and v >= MIN_SCORE and v - max(top, 0.0) >= MIN_LEAD)
    log.debug("%s: %s (%s)%s", document.rel, best, ", ".join(f"{k}={v}" for k, v in ranked[:3]),
              f", suggested {', '.join(suggested)}" if suggested else "")
    leaning = tuple(k for k, v in ranked if best == fallback and k != fallback and v > 0)
    if best == fallback:
        # a wallet's or bank app's list whose credits are a platform's payouts leans to the income types (those
        # whose structures include a list of incomes), for the hint only: what it is read as does not change
        income = tuple(k for k, t in types.items() if "income_list" in t.structure and k not in leaning)
        if income and earning_credits(doc_lines(document.pages), load_vocabulary().earning_memo_words):
            leaning += income
    return Classified(document, best, score=max(top, 0.0), suggested=suggested, leaning=leaning)


def classify(documents: Sequence[Document], case: Case) -> tuple[Classified, ...]:
    """Classify every document, in the same order as given."""
    return tuple(classify_one(d, case) for d in documents)
