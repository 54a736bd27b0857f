"""Read each field of a classified document: find its label on the page, take the value beside or below.

Labels per field are data (``checklists/types.toml``), tried best first; a label that is part of a
longer label ("Name" inside "Employer name", "户名" inside "对方户名") is not taken for the shorter
one. Values are parsed by the field's kind (money, date, month, range, account, name, organisation)
and normalised per the spec; what no label gives is looked for by :mod:`packet.understanding.unlabelled`.
A file that holds several documents (three payslips in one PDF) is read page by page too:
``Extracted.parts`` then lists each one's fields and ``Extracted.part_pages`` its pages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache, partial
from itertools import pairwise

from packet.core.masking import card_shaped, mask
from packet.core.model import Classified, Evidence, Extracted, Page, Word
from packet.core.text import CJK, fold, fold_width, has_cjk, one_edit, page_numbers, plain_latin
from packet.core.traditional import in_printed_script, to_simplified
from packet.rules.registry import (
    DocType,
    Vocabulary,
    from_registry,
    load_surnames,
    load_types,
    load_vocabulary,
)
from packet.understanding import date_roles, figures, month_table, tables
from packet.understanding import evidence as ev
from packet.understanding import unlabelled as hx
from packet.understanding.label_geometry import (
    Hit,
    Line,
    column_span,
    doc_lines,
    edit_distance,
    find_labels,
    join_words,
    label_pattern,
    near_budget,
    strip_sep,
    value_below,
    value_right,
)
from packet.understanding.values import (
    MONTHS,
    CellAmount,
    MoneyHit,
    cell_amount,
    cells_money_text,
    clean,
    clean_text,
    dates_of,
    dayfirst_for,
    find_dates,
    find_money,
    fmt_money,
    is_placeholder,
    is_specimen,
    month_end,
    parse_date,
    parse_daxie,
    parse_month,
    parse_range,
    range_end_alone,
    yearless_date,
)

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class _Words:
    name_stop: re.Pattern[str]  # a Chinese name runs up to (not into) one of these
    labelish: re.Pattern[str]  # the last word of a column heading, not of a name
    title: re.Pattern[str]  # a courtesy title before a Latin name
    seal: re.Pattern[str]  # "(盖章)" after an organisation's name
    bank_zh: re.Pattern[str]  # a Chinese bank's legal form and branch after 银行
    bank_en: re.Pattern[str]  # an English bank's legal form
    signed: re.Pattern[str]  # a signature's word in Chinese at a value's start, its colon after it ("签名：")


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=4)
def _patterns(v: Vocabulary) -> _Words:
    """The vocabulary's words as the patterns the parsers use (once per vocabulary)."""
    return _Words(
        name_stop=re.compile(f"({_alt(v.name_stop)})"),
        labelish=re.compile(rf"(?:\b(?:{_alt(v.labelish_en)})|{_alt(v.labelish_zh)})$"),
        title=re.compile(rf"^(?:{_alt(v.titles)})\.?\s+", re.I),
        # OCR reads the brackets round 章 as any bracket-like mark: 〈 < [ { as often as (
        # "（盖章）" after or before a name; OCR may lose its closing bracket before the name ("(盖章库尔勒市…公司")
        seal=re.compile(rf"[（(〈<\[{{]\s*({_alt(v.seal_words)})\s*(?:[)）〉>\]}}]|(?=[{CJK}]))", re.I),
        bank_zh=re.compile(rf"({_alt(v.bank_words_zh)})({_alt(v.bank_forms_zh)})?([{CJK}]{{0,12}}?({_alt(v.branch_words_zh)}))*$"),
        bank_en=re.compile(rf"[\s,]+({_alt(sorted(v.bank_forms_en, key=len, reverse=True))})$"),
        signed=re.compile(rf"^(?:{_alt([w for w in v.signature_words if has_cjk(w)])})\s*[:：]?\s*"),
    )


# a cell that is a label alone, ending in its colon: up to four Latin words (a bracketed note allowed: "Employer
# (agency):") or a run of Chinese characters ("用工单位：") — no digits, so never a value
BARE_LABEL = re.compile(rf"(?:[A-Za-z][A-Za-z.'/&()\-]*\s*){{1,4}}[:：]|[{CJK}]{{2,8}}\s*[:：]")


def _w() -> _Words:
    return _patterns(load_vocabulary())


# --- value parsers per kind --------------------------------------------------------------------------

def p_money(text: str) -> str | None:
    """An amount: one marked as money (currency, 元, decimals), a bare number alone in its cell (also grouped by
    spaces, "17 500", or behind a sign the font lacked, "?52,500": :func:`packet.understanding.values.cell_amount`),
    or an amount in Chinese numerals (大写) — which, when the same text also prints the figure (小写), must agree with it (the
    figure's brackets, "（¥8,500.00）" after the words, repeat the amount: they do not make it negative)."""
    words = parse_daxie(text, whole=True)
    if words is not None:
        figures = [abs(h.value) for h in find_money(text) if h.marked]
        if not figures or words in figures:
            return fmt_money(words)
    hits = find_money(text)
    spaced = _space_grouped(text)
    if spaced is not None:
        return fmt_money(spaced.value) if abs(spaced.value) < 10**8 else None
    for h in hits:
        if h.marked:
            return fmt_money(_aside(h, text))
    if re.fullmatch(r"\s*[-(]?\s*[\d,.]+\s*\)?\s*", clean(text)) and hits:
        v = hits[0].value
        year = 1990 <= v <= 2100 and "," not in clean(text)  # "2,000" is an amount, "2000" may be a year
        if not year and abs(v) < 10**8:
            return fmt_money(v)
    lone = cell_amount(text)  # a grouped figure behind a sign the font lacked, printed as "?" ("?52,500")
    if lone is not None and lone.grouped and abs(lone.value) < 10**8:
        return fmt_money(lone.value)
    return None


# a figure whose one comma has a single digit after it: under a Chinese label no decimal comma is written (GB/T
# 15835-2011: the point is the decimal mark, the comma groups thousands), so it is a figure cut after its first group
# (a photo's edge, a torn till roll: "实发 4,5" of 4,594.80)
_CUT_GROUP = re.compile(r"(?<![\d,.])\d{1,3},\d(?![\d,.])")


def p_money_zh(text: str) -> str | None:
    """:func:`p_money` of a value under a Chinese label: None for a figure cut after its first thousands group
    (:data:`_CUT_GROUP`), which a decimal comma would read as 4.50."""
    return None if _CUT_GROUP.search(clean(text)) else p_money(text)


def _space_grouped(text: str) -> CellAmount | None:
    """The amount of a cell that holds one figure grouped in thousands by spaces ("17 500", "€ 1 200,50"), which
    :func:`packet.understanding.values.find_money` reads as several numbers; None for any other text."""
    if len(find_money(text)) < 2:
        return None
    got = cell_amount(text)
    return got if got is not None and got.grouped else None


def p_sure_money(text: str) -> str | None:
    """An amount marked as one (currency sign, 元, decimals, a magnitude) or written in Chinese numerals; None
    for a bare integer."""
    if parse_daxie(text, whole=True) is not None:
        return p_money(text)
    spaced = _space_grouped(text)  # "€ 1 200,50", "1 250 000,00": marked, grouped by spaces
    if spaced is not None:
        return fmt_money(spaced.value) if spaced.marked and abs(spaced.value) < 10**9 else None
    hits = [h for h in find_money(text) if h.marked]
    return fmt_money(_aside(hits[0], text)) if hits and abs(hits[0].value) < 10**9 else None


def _aside(hit: MoneyHit, text: str) -> Decimal:
    """The value of an amount found in ``text``: brackets after a sentence's word are an aside ("a gross monthly
    salary of (Rs. 173,500.00)"), its size; an accountant's negative stands alone in its cell ("(1,250.00)")."""
    aside = hit.value < 0 and text[hit.start:hit.start + 1] in "(（" and re.search(r"[a-z]{2,}\s*$", text[:hit.start])
    return abs(hit.value) if aside else hit.value


def sane_name(value: str | None, surname_free: bool = False, any_surname: bool = False) -> str | None:
    """``value`` when it can be a person's name: not a heading or a form's text (a word of the vocabulary's
    ``not_name_words``; with ``surname_free``, only its first word is checked: the caller has other evidence that
    it is a name, an address block under it — "Jane Customer"), not a blank form's slot (:func:`is_placeholder`:
    "XXXX XXXX") nor one block printed again (:func:`_repeated`: "VOID VOID VOID"; "Mohamed Ahmed Mohamed" is a name), not a run of Chinese characters that starts with no family name of the surname gazetteer
    (:func:`packet.rules.registry.load_surnames`: a family name and one or two characters; a name with a middle dot,
    a transliterated one, is not checked), not prose: a lower-case word among capitalised ones that is none of the vocabulary's
    ``name_particles`` ("Located on following"; "Anna van Dijk" is a name), nor words all in lower case
    ("financially responsible for": a legend's sentence under a label). With ``any_surname`` (a holder's own label
    gave the value, :func:`p_lone_name`), a Chinese name of two or three characters whose family name the gazetteer
    lacks (庹, a rare one) is a name too."""
    if not value or unopened_bracket(value) or is_placeholder(value):
        return None  # "XXXX XXXX", "[Name]": a blank form's slot
    if fold(value).strip().lower() in _folded(load_vocabulary().status_words):
        return None  # a status column's cell under a name label ("终止", "在职", "Active"), not the person
    cjk = re.sub(rf"[^{CJK}·]", "", value)
    if any_surname and cjk and "·" not in cjk and not 2 <= len(cjk) <= 3 and not _full_name_run(cjk):
        return None
    if cjk and "·" not in cjk and not re.search(r"[A-Za-z]", fold(value)) and not any_surname \
            and not load_surnames().leads(cjk):
        return None  # a Chinese name is a family name and one or two characters: "一式两份", "各执一份" are prose
    words = re.findall(r"[a-z]+", plain_latin(fold(value)).lower())  # "ciarán" one word, not "ciar" and "n"
    checked = words[:1] if surname_free else words
    if words and (_repeated(words) or any(w in load_vocabulary().not_name_words for w in checked)):
        return None
    printed = [w for w in fold(value).split() if re.search(r"[A-Za-z]", w)]
    if printed and not any(c.isupper() for w in printed for c in w) and not _lower_name(printed):
        return None  # words all in lower case are prose's, unless shaped as a name printed in lower case
    particles = set(load_vocabulary().name_particles)
    if (any(any(c.isupper() for c in w) for w in printed)  # "d'Artagnan", "Mei-lin" hold a capital: no prose
            and any(not any(c.isupper() for c in w) and w.strip(".,'").lower() not in particles for w in printed)):
        return None
    return value


# the longest name of a Chinese citizen written in characters without a middle dot: Mongolian, Tibetan and Uyghur
# names are often four to six (乌云其其格, 扎西顿珠, 买买提艾力; GB 11643's name field takes up to 15, the Ministry of
# Public Security's 2007 guidance on names transliterated from minority languages keeps most within six)
FULL_NAME_RUN = 6


def _full_name_run(cjk: str) -> bool:
    """Whether ``cjk`` (Chinese characters, no middle dot) may be a name of four to :data:`FULL_NAME_RUN` characters
    whose first is no family name (an ethnic minority's name, written in full): it holds none of the types' and the
    vocabulary's printed words (:func:`_cjk_printed`: "门诊收费", "自费") and no organisation's ending (公司, 医院).
    Asked only where a person's own label gave the value (``sane_name(any_surname=True)``)."""
    if not 4 <= len(cjk) <= FULL_NAME_RUN:
        return False
    signs = [w for w in load_vocabulary().signature_words if has_cjk(w)]
    return not any(w in cjk for w in (*_cjk_printed(), *signs)) and not hx.is_org_name(cjk)


# a mixed-case name (mixed_name) whose evidence is below this is dropped: 0.56 (lone-name) x an OCR reading factor
# under ~0.55 (its weakest word scored below ~63): such a reading's lower-case word is likelier a capital misread
# ("Lakshmi Venkatesh lyer" for "Iyer", independent 5) than a name printed so
MIXED_SURE = 0.3


def mixed_name(value: str | None) -> str | None:
    """``value`` when it is a name a system printed with a lower-case word among capitalised ones (a test account's
    "asdf Syed", "vimal Achariya aru", "Deva dev cybertron"): :func:`sane_name` takes such a mix for prose ("Located
    on following"); its words in lower case shaped as a name (:func:`sane_name` of the lower-cased value: two to four
    words of letters, no function word, no word of the labels or of ``not_name_words``, :func:`_lower_name`) make it
    one. Latin words only; not when every lower-case word starts with "l" (OCR reads a sans-serif capital I so).
    Only for a value a person's own label gives (the caller's check), taken with less
    confidence (evidence method ``lone-name``): the label says it is a name, its shape hardly does."""
    if not value or re.search(f"[{CJK}]", value) or sane_name(value) is not None:
        return None
    lower = [w for w in fold(value).split() if w[:1].islower()]
    if lower and all(w.startswith("l") for w in lower):
        return None  # "Lakshmi Venkatesh lyer": a sans-serif capital I read as l, not a name printed in lower case
    return value if sane_name(fold(value).lower()) is not None else None


def _repeated(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` are one block printed again and again rather than a name: a placeholder filling
    a slot with one word ("VOID VOID VOID", three times or more) or a name read twice along one line ("jane smith
    jane smith": two columns joined). A name may repeat a word once it stands for another person: a father's or a
    grandfather's given name ("Mohamed Ahmed Mohamed", "Abdullah bin Ahmed bin Saeed": Somali, Sudanese and Arabic
    names chain given names), or a doubled given name in pinyin ("Li Li", 李莉)."""
    n = len(words)
    if n >= 3 and len(set(words)) == 1:
        return True
    return any(n % k == 0 and n // k >= 2 and words == list(words[:k]) * (n // k) for k in range(2, n // 2 + 1))


@from_registry
def _label_words() -> frozenset[str]:
    """Every Latin word of the document types' labels and keywords and of the distractors, lower case."""
    return frozenset(w for p in _printed_words(tuple(load_types().values()), load_vocabulary())
                     for w in re.findall(r"[a-z]+", p))


def _lower_name(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` can be a name a system printed in lower case ("aslam khan"): two to four words of
    letters (a hyphen or an apostrophe inside), of two letters or more but for a particle (the vocabulary's
    ``name_particles``), none an English function word (``prose_words_en``: "financially responsible for" is a
    sentence) nor a word of the document types' labels and keywords ("pay currency" is a column's head). Case
    decides nothing; the words do."""
    v = load_vocabulary()
    particles, prose = set(v.name_particles), set(v.prose_words_en) | _label_words()
    if not 2 <= len(words) <= 4:
        return False
    for w in words:
        w = w.strip(".,")
        if not re.fullmatch(r"[a-z]+(?:['\-][a-z]+)*", w) or w in prose or (len(w) < 2 and w not in particles):
            return False
    return words[0].strip(".,") not in particles and words[-1].strip(".,") not in particles


def sane_org(value: str | None, provider: bool = False) -> str | None:
    """``value`` when it can be an organisation's name: not a legal form alone (the vocabulary's ``org_forms_en``, ``org_form_words``:
    "Pvt. Ltd", whose name OCR lost), not an identifier or a number (a run of three digits:
    "ID: HSP-CCM-8821", a phone number) or a rate ("Employer SPK 8.5%": a contribution's head), not a blank form's
    placeholder (:func:`is_placeholder`); for a bill's
    ``provider``, not an insurer (the vocabulary's ``insurer_words``: "OptiHealth Insurance" pays, it does not
    treat) nor a software product's title (:func:`hx.is_product`: a payslip's "MSA Payroll System" may stand for
    its employer, a bill's "Hospital Management System" names no provider), not another label's line ("Location: Chennai, India"), not a department or contact line alone
    (:func:`hx.is_department`: "客户服务中心", "HR Department"), not a former employer read with its label
    (:func:`hx.is_former_org`: "失业前单位桂林…"), not a document's heading (:func:`hx.ends_in_title`: "Current
    Payslip"), not a reference to an organisation (the vocabulary's ``org_references_en``: "The Company")."""
    if not value or is_placeholder(value) or re.search(r"\d{3}|\d\s*%", fold(value)) or is_sentence(value) \
            or unopened_bracket(value):
        return None  # a rate ("SPK 8.5%", a contribution's head after "Employer") is no organisation's name
    v = load_vocabulary()
    if " ".join(fold(value).lower().strip(" .,;:").split()) in v.org_references_en:
        return None  # "The Company thanks you for your service": a letter refers to its issuer, it does not name it
    forms = {f.lower().rstrip(".") for f in (*v.org_forms_en, *v.org_form_words)}
    words = re.findall(r"[A-Za-z]+", fold(value))
    if words and all(w.lower() in forms for w in words):
        return None  # a legal form alone ("Pvt. Ltd": the name before it was lost) names no one
    if _zh_form_alone(value, v.org_forms_zh):
        return None  # "有限责任公司" alone: a form's 单位性质 (the kind of body), or a name whose head was lost
    if re.match(rf"[A-Za-z][A-Za-z .]{{0,20}}[:：]|[{CJK}]{{2,6}}[:：]", fold(value)):
        return None  # another field's label and value ("Location: Chennai"), read under a label whose own was no name
    if provider and (hx.is_insurer(value) or hx.is_product(value)):
        return None  # an insurer pays, it does not treat; a hospital's software ("Hospital Management System")
    if hx.is_department(value) or hx.is_former_org(value):
        return None  # "客户服务中心", "Payroll Office" alone; "失业前单位…": a department, a former employer's label
    if hx.ends_in_title(value):
        return None  # a heading ("Current Payslip" beside a template's "COMPANY NAME"), not whom it is from
    return value


def _zh_form_alone(value: str, forms: Sequence[str]) -> bool:
    """Whether ``value`` is a Chinese legal form and no name: once the vocabulary's ``org_forms_zh`` are taken off
    its end (as often as they end it: "有限责任公司", "集团有限公司"), fewer than two Chinese characters are left
    (every Chinese organisation's name puts at least a two-character name before its form)."""
    text = re.sub(r"[\s·.]", "", fold(value))
    if not forms or not re.search(f"[{CJK}]", text) or re.search(r"[A-Za-z0-9]", text):
        return False
    longest = sorted(forms, key=len, reverse=True)
    cut = True
    while cut:
        cut = False
        for f in longest:
            if f and text.endswith(f):
                text, cut = text[:-len(f)], True
                break
    return len(re.findall(f"[{CJK}]", text)) < 2


def named_like_org(value: str) -> bool:
    """Whether ``value``, read beside an organisation's label, is printed as an organisation's name: a Chinese name
    ends in an organisation's head noun (:func:`headed_zh`, the vocabulary's ``org_heads_zh``), a Latin one holds a
    capital or a digit. Not so: "经济性" read after 用人单位 in the cell "用人单位经济性裁员" (a reason of a
    registration's table), "closure" after "Employer" in "Employer closure" — a fragment of another value, which two
    copies of one document would read alike (:func:`packet.understanding.consistency.agree` must not lift it). A brand
    found by its prominence in a letterhead (华岳物流) is judged by that mechanism, not here."""
    if not headed_zh(value, load_vocabulary().org_heads_zh):
        return False
    return bool(re.search(f"[{CJK}]", value) or re.search(r"[A-Z0-9]", fold(value)))


def headed_zh(value: str, heads: Sequence[str]) -> bool:
    """Whether ``value``, when it is a Chinese name alone (Chinese characters only, besides spaces, dots and a
    trailing bracketed aside such as "（盖章）" or "（深圳）"), ends in one of ``heads`` (the vocabulary's
    ``org_heads_zh``: 公司, 中心, 局, 站…): what every Chinese organisation's name ends in, and no fragment of a sentence
    ("经济性" of "经济性裁员"). True for any other value (a Latin name, one with digits: not judged here) and when
    ``heads`` is empty."""
    text = re.sub(r"[\s·.]", "", fold(value))
    text = re.sub(r"[(（][^()（）]*[)）]$", "", text)
    if not heads or not text or not re.fullmatch(f"[{CJK}()（）]+", text):
        return True
    return any(text.endswith(h) for h in heads)


@lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` folded and lower-cased, once per word list (:func:`sane_name` runs for every candidate name)."""
    return frozenset(fold(w).lower() for w in words)


def unopened_bracket(value: str) -> bool:
    """Whether ``value`` closes a bracket it never opened ("各执一份)", "Holdings Ltd)"): the tail of a sentence or of
    an aside read from its middle (a footer "本证明一式两份，用人单位、劳动者各执一份)"), never a whole name. Each
    closing round bracket, ASCII or full-width, must follow an opening one of either width."""
    depth = 0
    for c in fold(value):
        if c in "(（":
            depth += 1
        elif c in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


def inside_sentence(hit: Hit) -> bool:
    """Whether the Chinese label of ``hit`` stands inside a sentence rather than heading a field: its cell holds a
    clause's mark (，、。；), the character right before the label is a Chinese character or one of those marks (no line
    or cell start, no separator such as a colon, a space or a bracket), and no colon or separator follows it
    ("本证明一式两份，用人单位、劳动者各执一份": 用人单位 and 劳动者 are words of the sentence, their "values" its
    rest). A Latin label is judged by :func:`label_geometry.find_labels` (it must stand alone or before a colon)."""
    if not re.search(f"[{CJK}]", hit.label) or hit.cell >= len(hit.line.streams):
        return False
    text, xs = hit.line.streams[hit.cell]
    label = fold(hit.label).lower()
    at = [m.start() for m in re.finditer(re.escape(label), text)]
    if not at or not re.search(r"[，、。；,;]", text):
        return False
    start = min(at, key=lambda i: abs(xs[i] - hit.x0))
    before = text[:start]
    after = text[start + len(label):].lstrip()
    if not before or not re.search(rf"[{CJK}，、,]$", before):
        return False
    return not after or after[:1] not in ":：;；|(（"


def is_sentence(value: str) -> bool:
    """Whether ``value`` is a piece of prose, never a name: it holds a sentence's or clause's mark (。；！？ or a
    comma between Chinese characters: "经核实，上述人员已在本机构办理失业登记，…", "核对。" read after a label printed
    inside a sentence). Names of organisations print none of these (a Latin comma before a legal form, "Acme, Inc.",
    is not between Chinese characters)."""
    return any(re.search(rf"[。；！？]|(?<=[{CJK}])\s*[,;!?](?=\s*[{CJK}])", text) for text in (value, fold(value)))


TITLE_WORDS = 4  # a document's title printed before the bank's name on its line is at most this many words
TITLE_WEIGHT = 4  # a type's keyword of this weight or more names the document it is ("account statement" = 4)


@lru_cache(maxsize=4)
def _title_names(types: tuple[DocType, ...]) -> frozenset[str]:
    """The types' titles and their keywords of weight :data:`TITLE_WEIGHT` or more, folded and lower-cased."""
    return frozenset(fold(p).lower() for t in types
                     for p in (*t.titles, *(k for k, w in t.keywords.items() if w >= TITLE_WEIGHT)))


def _title_dropped(value: str) -> str:
    """``value`` without a document's title printed before the bank's name on the same line ("ACCOUNT STATEMENT
    ELGON MUTUAL BANK"): its first one to :data:`TITLE_WORDS` words when they are a type's title or one of its
    keywords of weight :data:`TITLE_WEIGHT` or more (types.toml), and words follow them. ``value`` otherwise."""
    words = value.split()
    names = _title_names(tuple(load_types().values()))
    for k in range(min(TITLE_WORDS, len(words) - 1), 0, -1):
        if fold(" ".join(words[:k])).lower().strip(" :") in names:
            return " ".join(words[k:])
    return value


def sane_bank(value: str | None) -> str | None:
    """``value`` when it can be a bank's name: not a service or channel (``not_banks``: 网上银行, Telephone Bank),
    not a fragment starting in lower case ("of America"), not a sentence (more than six words besides connectors, or a clause's
    mark: :func:`is_sentence`) or a figure, not a document type's title ("Current account statement": trial 13's
    statements, whose bank's name OCR read as "Bank" alone over it) nor words in lower case beyond a name's
    particles and connectors ("Important information about your account"); a Chinese value holds a bank word (the
    vocabulary's ``bank_words_zh``: 银行, 信用社) — a branch printed alone ("广州分行天河支行") is where the account is
    kept, not the bank."""
    if not value or is_sentence(value):
        return None
    value = _title_dropped(value)
    v = load_vocabulary()
    low = fold(value).lower().strip()
    if any(low == fold(n).lower() or fold(n).lower() in low for n in v.not_banks):
        return None
    if hx.is_title(value):
        return None  # "Current account statement" under a logo OCR read as "Bank" alone: the document's title
    lower = [w for w in re.findall(r"[^\W\d_][\w'’-]*", value) if w[0].islower()
             and w.lower() not in ("of", "and", "the", "for", "im", "am", "für", *v.name_particles)]
    if len(lower) >= 2:
        return None  # "Important information about your account": a heading's words, not a name's capitals
    if re.search(f"[{CJK}]", value) and not any(w in value for w in v.bank_words_zh):
        return None  # a branch alone ("广州分行天河支行" after 开户行) or prose names no bank: the heading's bank does
    # connectors are no words of the name's length ("Fox Hill & Eastern Co-operative Credit Union" is six words), nor
    # are the kind of institution and the legal form that close it (:func:`hx.bank_own_words`)
    words = [w for w in hx.bank_own_words(value).split() if w.lower() not in ("&", "and", "of", "the")]
    if re.match(r"[a-z]", value) or len(words) > hx.BANK_NAME_WORDS or re.search(r"\d{3}", value):
        return None
    return value




def _not_a_title(line: Line, cell: Sequence[Word]) -> bool:
    """Whether ``cell`` (under a bank's or an organisation's label) is not a document type's title: "Bank" over
    "Current account statement" is the end of a logo's name over the statement's title, and nothing under that
    title is the bank's name either (trial 13: the search went on to the address, "Flat 3")."""
    return not hx.is_title(join_words(cell))


# a name written in Chinese characters with a middle dot between its parts: a transliterated one (a Uyghur, Kazakh,
# Tibetan or foreign name: 阿依古丽·吐尔逊, 买买提·艾力, 扎西·次仁), each part one to eight characters, two to four parts
# (GB/T 28039-2011, 中国人名汉语拼音字母拼写规则, and the ID card's practice of the separator "·"); no family name of the
# gazetteer is asked of it (sane_name: a dotted name is not checked)
DOTTED_NAME = re.compile(rf"[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}}){{1,3}}(?![{CJK}·])")


def p_name(text: str) -> str | None:
    text = fold(text).strip()
    if re.match(rf"[{CJK}]", text):
        head = re.match(rf"([{CJK}]{{2,4}})\s+[{CJK}]{{4,}}", text)
        if head and load_surnames().leads(head.group(1)):
            return head.group(1)  # a name, a space, then a title run on after it on one line ("饶冬梅 鹰潭农村商业银行…")
        text = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", text)
        # a signature's word after a payee's label ("领款人签名 麦润棠", "签收人签字：…"): the name is signed after it
        text = _w().signed.sub("", text, count=1)
        dotted = DOTTED_NAME.match(text)
        m = dotted or re.match(rf"[{CJK}·]{{2,8}}", text)
        if not m:
            return None
        # a next label run on after the name ("…吐尔逊住院号", "乌云其其格日期：2025年9月3日"): the name runs up to it
        name = _w().name_stop.split(m.group(0))[0]
        if name == m.group(0) and text[m.end():].lstrip()[:1] in (":", "："):
            return None  # a run followed by a colon is the next label ("登记状态：失业"), not a name
        if unopened_bracket(text[:m.end() + 1]):
            return None  # "各执一份)": the end of a sentence's aside, read from its middle, is no one
        if dotted:
            return name if DOTTED_NAME.fullmatch(name) else None
        name = name.strip("·")  # a dot with no part on one side is no name's
        return name if 2 <= len(name) <= 5 else None
    titled = bool(_w().title.match(text))
    text = _w().title.sub("", text)
    reordered = _surname_first(text)
    if reordered:
        return reordered
    # "100326, Evan": an employee number in the surname's place of "Surname, Given names" — the number is no part
    # of the name, and the given name printed after it is the name (one word, as the form printed no other)
    numbered = re.match(r"\d{4,},\s*(?=[A-Za-z])", text)
    if numbered:
        text = text[numbered.end():]
    words = []
    no_name = set(load_vocabulary().not_name_words)
    for tok in text.split():
        slashed = re.fullmatch(r"[A-Za-z]/[A-Za-z]", tok) is not None  # "s/o", "A/L": a particle with a slash
        # a letter's accent is a letter's ("Ciarán", "Siân"): the shape is checked on the letters alone
        if not (re.fullmatch(r"[A-Za-z][A-Za-z'\-.]*,?", plain_latin(tok)) or slashed and words and _with_particle([tok])) \
                or tok.endswith(":"):
            break
        if words and tok.rstrip(",.").lower() in no_name:
            break  # the next cell's word run on after the name ("Jane Roe  Visit 20931", "Ana Ruiz Account no")
        words.append(tok.rstrip(","))
        # four words, or five with a particle among them ("Wei Ling van der Berg"); initials do not count: a Sri Lankan
        # name prints its given names' initials before the names ("W. M. Dilrukshi Kumari Wijesundara")
        full = [w for w in words if not INITIAL.fullmatch(w)]
        if tok.endswith(",") or len(full) == 5 or len(full) == 4 and not _with_particle(words) \
                or len(words) == NAME_WORDS_MAX:
            break
    if len(words) == 1 and titled and len(words[0].strip(".")) > 1 and not text[len(words[0]):].strip(" .,;") \
            and words[0].strip(".").lower() not in no_name:
        # "Mr. PRAVEEN": a courtesy title before one word that fills its cell is a person named by one name (India,
        # Indonesia print one; a receipt may print the given name alone); without the title one word is no name
        return words[0].rstrip(".")
    if len(words) < 2 and not (numbered and words):  # a Latin name has a given name and a family name; one word
        return None  # is a heading or OCR noise — but for the given name after an employee number
    if words[-1].strip(".").lower() in load_vocabulary().name_never_ends:
        return None  # "Share Of": a phrase a narrow cell wrapped, cut at the line's end, is no one's name
    return " ".join(words)


INITIAL = re.compile(r"[A-Za-z]\.?")  # one letter, its full stop or none: an initial of a name
NAME_WORDS_MAX = 7  # words of a Latin name, initials included ("W. M. Dilrukshi Kumari Wijesundara" has five)


# "Nehru"; run together, "NeymarJrYohan"; in capitals, as payroll systems print names ("JUN", "ARMAN"), with a vowel
# (a column's abbreviation, "SSN", "TDS", "PF", is none)
LONE_NAME = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]*)*|(?=[A-Z]*[AEIOUY])[A-Z]{3,}")


def p_lone_name(text: str) -> str | None:
    """A person's name printed as one word that fills its value (:data:`LONE_NAME`: one capitalised word, or
    capitalised words run together: "Nehru", "NeymarJrYohan", or one word in capitals of three letters or more:
    "JUN"), or a Chinese name (:func:`p_name`); None for more
    words (those are :func:`p_name`'s), a word of the types' labels or keywords or of ``not_name_words``
    ("Currency": a grid's next heading), or anything else. Only for a value a holder's own label gives (the caller's
    check), and taken with less confidence: one word alone does not show it is a name (evidence method
    ``lone-name``)."""
    text = fold(text).strip(" :：")
    if re.match(rf"[{CJK}]", text):
        return p_name(text)
    if not LONE_NAME.fullmatch(text) or text.lower() in _label_words() | set(load_vocabulary().not_name_words):
        return None  # "Currency", "Branch": a word of the document types' labels is the next cell's heading
    return text


def _with_particle(words: Sequence[str]) -> bool:
    """Whether a name's words hold a nobiliary or patronymic particle (the vocabulary's ``name_particles``)."""
    particles = set(load_vocabulary().name_particles)
    return any(w.lower() in particles for w in words)


_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")  # a generation after a family name ("DOE SR, JOHN")


def _surname_first(text: str) -> str | None:
    """A name printed family name first, "SURNAME, Given names" (a hospital's or bank's system prints it so:
    "ABERNETHY, Ngaire", "DOE SR, JOHN", "Okafor, Daniel J"), given name first: "Ngaire ABERNETHY", "JOHN DOE SR".
    Only a family name printed in capitals or of one word (and a generation: Jr, Sr, III) before the comma: "Jane
    Roe, Manager" is a name and its role, not a family name; one to three given names after it (an initial
    among them), the run stopping at a form's word (``not_name_words``) or a figure. None when ``text`` is no such
    name."""
    m = re.match(r"\s*([A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){0,3})\s*,\s*(.*)$", text)
    if not m:
        return None
    family = m.group(1).split()
    core = [w for w in family if w.lower().strip(".") not in _SUFFIXES]
    if not core or not (len(core) == 1 and core[0][:1].isupper() or all(w.isupper() for w in core)):
        return None
    no_name = set(load_vocabulary().not_name_words) | {t.lower() for t in load_vocabulary().titles}
    if any(w.lower() in no_name for w in family):
        return None
    given: list[str] = []
    for tok in m.group(2).split():
        word = tok.rstrip(",")
        if not re.fullmatch(r"[A-Z][A-Za-z'\-]*\.?", word) or word.lower().strip(".") in no_name:
            break
        given.append(word)
        if tok.endswith(",") or len(given) == 3:
            break
    if not given or not any(len(w.strip(".")) > 1 for w in given):
        return None
    return " ".join(given + family)


def p_org(text: str) -> str | None:
    text = _w().seal.sub("", fold(text))
    # OCR's "(St) :" or "〈章):" before the name (it reads the brackets of (章) as any bracket-like mark)
    text = re.sub(r"^\s*[(〈<\[{][^)〉>\]}]{0,8}[)〉>\]}]\s*[:：]?\s*", "", text)
    # a name and its postal address in one box ("Employer's Name and Address": "Peach State Millwork, Inc., 2290
    # Industrial Blvd, Macon GA"): the name ends at the comma before the house number or PO box
    text = ADDRESS_AFTER_NAME.split(text, maxsplit=1)[0]
    value = clean_text(text)
    if not value or not re.search(rf"[A-Za-z{CJK}]{{2}}", value) or find_dates(value):
        return None
    return value[:80]


ADDRESS_AFTER_NAME = re.compile(r"(?i),\s*(?=\d{1,6}[a-z]?\s+[a-z]|p\.?\s?o\.?\s*box\b)")


IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])")


def p_account_after_code(text: str) -> str | None:
    """The account of a value printed after a routing code under one key ("90-00-17  12345678", "062-000 1234 5678",
    "900017 12345678": the label names the code, the vocabulary's ``routing_code_words``): the number groups after
    the first, as :func:`p_account` reads them; the whole value when it holds one group only (the code left out)."""
    groups = re.findall(r"\d[\d-]*", clean(text) if text else "")
    if len(groups) >= 2:
        return p_account(" ".join(groups[1:]))
    return p_account(text)


FIELD_BULLET = re.compile(r"\s[•·]\s+(?=[^\W\d_])")  # "… • Period: …": one field's end, the next's start


def p_account(text: str) -> str | None:
    """An account number as banks print it: digits grouped by spaces or hyphens (NZ 12-3077-0548819-00, AU
    "1048 2291"), an IBAN (ISO 13616: two letters, two check digits, up to 30 letters and digits, printed in groups
    of four) kept whole without its spaces, or a masked number's last four ("••••8046", "6217****1234"); a
    sub-account's letters after the last hyphen are kept ("10-08834-S1" → "1008834S1"). None without four digits, or
    when the digits are a date's (its year alone, or a date printed with hyphens)."""
    iban = IBAN.search(clean(text)) if text else None
    if iban:
        return re.sub(r"\s", "", iban.group(0))
    if text:  # a bullet between spaces before words separates fields ("50100234567891 • Period: …"): no mask
        text = FIELD_BULLET.split(text, maxsplit=1)[0]
    m = re.search(r"(?<![A-Za-z0-9_])[\dXx*•·#\-\s]{4,40}", clean(text).replace("（", "(")) if text else None
    if not m:
        return None
    run = m.group(0).strip()
    if re.match(r"[.,]\d{2}(?!\d)", clean(text).replace("（", "(")[m.end():]) and not re.search(r"[*•·#Xx]", run):
        return None  # "$1000.00" after "account(current account)": an amount, its cents after it, is no account
    if (re.fullmatch(r"\d{4}", run) or re.fullmatch(r"\d{2,4}-\d{1,2}-\d{1,4}", run)) \
            and any(h.start <= m.start() + 1 and m.end() <= h.end + 1 for h in find_dates(clean(text).replace("（", "("))):
        return None  # a date ("02 Oct 2026" under "Statement of Account", "2025-03-01" under 账户名称) is no account
    masked = re.split(r"[*•·#Xx]", m.group(0))
    groups = re.findall(r"\d+", masked[-1])
    if len(masked) > 1 and len(groups) >= 2 and len(groups[-1]) < 4 and len(groups[-2]) >= 4:
        # a short group after a masked number's shown digits is a sub-account suffix (US credit unions, Australian
        # and Irish banks print "******3318-09", "XXXX 4471 02"): the account's digits are the group before it
        return groups[-2]
    value = re.sub(r"[\s\-]", "", m.group(0)).replace("•", "*").replace("·", "*")
    value = re.sub(r"[Xx#]", "*", value).strip("*") if "*" not in value[-4:] else re.sub(r"[Xx#]", "*", value)
    if "*" in value:  # a masked number: only the digits after the mask are known, and only the last four count
        tail = re.sub(r"\D", "", value.split("*")[-1])
        return tail[-4:] if len(tail) >= 4 else None
    digits = re.sub(r"\D", "", value)
    if len(digits) < 4 or round_number(digits):
        return None
    # a sub-account's letters after the last hyphen ("10-08834-S1": a credit union's share account 1, "-L01" a loan)
    # are part of the number the lender knows it by
    suffix = re.match(r"[A-Z]{1,2}\d{1,3}(?![A-Za-z0-9])", clean(text)[m.end():]) if m.group(0).rstrip().endswith("-") \
        else None
    return digits + suffix.group(0) if suffix else digits


def round_number(digits: str) -> bool:
    """Whether ``digits`` are one digit and zeros, or zeros alone ("1000", "3000", "0000"): a round amount, a
    chart's axis or a blank form's filler, never an account number (banks number accounts with check digits;
    hold-out 13's "$1000.00" beside "account" and a chart's "3000" were read as accounts)."""
    return bool(re.fullmatch(r"\d0+|0+", digits))


def p_code(text: str) -> str | None:
    """A short code with a digit in it, as printed: a tax code "1257L", a sort code "12-34-56"."""
    for tok in clean(text).split():
        tok = tok.strip(" ,.;:：()（）")
        if 2 <= len(tok) <= 20 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/\-]*", tok) and re.search(r"\d", tok):
            return tok
    return None


# (the first of three mask marks or more may be read as another glyph: "•••• 5521" read "e*** 5521")
MASKED_TAIL = re.compile(r"(?<![\w*•·#])(?:\d{6}\s?)?(?:[^\s\d*•·](?=[*•·]{3}))?(?:[*•·xX#][\s-]?){2,}\s*(\d{4})"
                         r"(?![\d*•·])")
# the same masked by dots after the account's kind ("Savings ...7472", "Cheque a/c …9706"): never a dot leader's
# figure, which has decimals or grouping after it
DOTTED_TAIL = re.compile(r"(?<=[A-Za-z] )(?:\.{2,4}|…)\s?(\d{4})(?![\d.,])")
# the same masked by bullets OCR read as other marks ("Classic Account «++°6613" for "••••6613"): three to six marks
# that are no letter, digit, currency sign or a figure's punctuation, after a word and a space, then four digits
GARBLED_TAIL = re.compile(r"(?<=[A-Za-z] )[^\w\s$£€¥.,:;/()\-]{3,6}\s?(\d{4})(?![\d/.,\-])")
TAIL_LINES = 12  # an account without a label is printed in the heading: among a page's first lines


@lru_cache(maxsize=4)
def _forms(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def account_form(lines: Sequence[Line], patterns: Sequence[str], phone_words: Sequence[str]) -> str | None:
    """An account printed without a label, among the first :data:`TAIL_LINES` lines of a page: a number in a form
    only a bank account takes (``patterns``, the vocabulary's account_form_patterns, each capturing the number: NZ
    bank-branch-account-suffix "12-3077-0548819-00" beside the product's name, a sort code's 8-digit account, an
    IBAN), else a masked number's last four digits ("Everyday Account ••••8046", "Debit card **** 5121",
    "6217 ******** 1234": two or more mask marks, perhaps after a card's six-digit prefix, then exactly four digits;
    "Savings ...7472": dots after the account's kind), else a line holding nothing but a card-shaped number
    (:data:`LONE_CARD`, :func:`packet.core.masking.card_shaped`: a passbook's card number printed over its rows).
    A telephone's or a member's masked number is not one: three digits before the mask ("138****5678"), or a line
    holding one of ``phone_words`` ("Member Number ****2013"). The number as :func:`p_account` gives it, or None; the caller gives it a fallback's low
    confidence (a position and a form, no label)."""
    phones = _worded(phone_words)
    heading = [ln for ln in lines if 0 <= ln.index < TAIL_LINES]
    for ln in heading:
        text = clean(ln.text)
        for pat in _forms(tuple(patterns)):
            m = pat.search(text)
            if m and p_account(m.group(1)):
                return p_account(m.group(1))
    for ln in heading:
        text = clean(ln.text)
        if phones is not None and phones.search(fold(text).lower()):
            continue
        m = MASKED_TAIL.search(text) or DOTTED_TAIL.search(text) or GARBLED_TAIL.search(text)
        if m and not round_number(m.group(1)):
            return m.group(1)
    for ln in heading:  # a passbook prints its card's number alone over the rows ("6229512003781146907")
        digits = clean(ln.text).strip()
        if LONE_CARD.fullmatch(digits) and card_shaped(digits.replace(" ", "")) and p_account(digits):
            return p_account(digits)
    return None


# a line holding nothing but a payment card's number (16–19 digits, one run or in groups of four): a bank's card or
# passbook printed over its rows; :func:`packet.core.masking.card_shaped` asks for the ISO/IEC 7812-1 industry digit
LONE_CARD = re.compile(r"\d{16,19}|\d{4}(?: \d{4}){3}(?: \d{1,3})?")


def _range_or_month(text: str, dayfirst: bool) -> tuple[date, date] | None:
    rng = parse_range(text, dayfirst)
    if rng:
        return rng
    m = _SHORT_RANGE.search(clean(text))
    if m:
        hits = find_dates(m.group(2), dayfirst)
        if hits:
            end = hits[0].value
            start = parse_date(f"{m.group(1)} {end.year}", dayfirst)
            if start and start <= end:
                return start, end
    hits = find_dates(text, dayfirst)
    if len(hits) == 1 and hits[0].precision == "month":
        return hits[0].value, month_end(hits[0].value)
    return None


_SHORT_RANGE = re.compile(r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?)\s*(?:to|-|–|until)\s*(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})")


def parser_for(field: str, t: DocType, label: str, dayfirst: bool,
               known: Callable[[], Sequence[date]] | None = None) -> Callable[[str], str | None]:
    """The parser of ``field``'s kind: a text in, the normalised value (or None) out. ``known``: the document's
    full dates, asked for only when a date's value is a day and month with no year (:func:`yearless_date`)."""
    kind = t.kind(field)
    if kind == "money":
        return p_money_zh if re.search(f"[{CJK}]", label) else p_money
    if kind == "name":
        return p_name
    if kind in ("org", "bank"):
        return p_org
    if kind == "account":
        routing = [w for w in load_vocabulary().routing_code_words if _worded([w]).search(fold(label).lower())]
        return p_account_after_code if routing else p_account
    if kind == "code":
        return p_code
    if kind == "month":
        return lambda s: parse_month(s, dayfirst)
    if kind == "date":
        def dated(s: str) -> str | None:
            d = parse_date(s, dayfirst) or (yearless_date(s, known()) if known is not None else None)
            return d.isoformat() if d else None
        return dated
    # a period's start or end: from a range, or from a label that names only that end
    side = 0 if kind == "start" else 1
    other = t.field_of_kind("end" if kind == "start" else "start") or ""
    single = label not in t.labels.get(other, ())

    def parse(s: str) -> str | None:
        rng = _range_or_month(s, dayfirst)
        if rng:
            return rng[side].isoformat()
        if single:
            d = parse_date(s, dayfirst)
            return d.isoformat() if d else None
        return None

    return parse


# --- the label search ---------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _folded_labels(labels: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of ``labels`` with its folded lower-case form (:func:`fold`), in order. Cached on the tuple: a reader's
    labels are the same for every field it searches, and folding them again for each label searched was a third of
    an extraction's time."""
    return tuple((b, fold(b).lower()) for b in labels)


@lru_cache(maxsize=8192)
def _blockers(label: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    """The longer ones of ``labels`` that hold ``label`` (folded, lower case: "Employer name" holds "Name"), in the
    order of ``labels``: a hit of ``label`` inside one of them is that label's (:func:`find_labels` ``blockers``).
    Cached: the same label is searched among the same labels in every document of a type."""
    low = fold(label).lower()
    return tuple(b for b, folded in _folded_labels(labels) if low in folded and folded != low)


class _Reader:
    def __init__(self, t: DocType, lines: Sequence[Line], dayfirst: bool) -> None:
        self.t, self.lines, self.dayfirst = t, lines, dayfirst
        self.words = load_vocabulary()
        # other people's labels ("Guarantor name", "Prepared by", "Joint holder") hold ours ("Name", "Account
        # holder") and end a value's search like any other label (vocabulary ``other_person_labels``)
        self.all_labels = tuple(sorted({lb for ls in t.labels.values() for lb in ls} | set(self.words.distractors)
                                       | set(self.words.other_person_labels), key=len))
        self.vocab = _printed_words(tuple(load_types().values()), self.words)
        # what a misread label must not be nearer to (label_geometry.near_labels): every label and printed word
        self.rivals = tuple(sorted(set(self.all_labels) | self.vocab))
        self.kind_now, self.field_now = "", ""
        self.lone = False  # a name's second search: one word, or a rare family name, under a label of two words or more
        self.between = False  # in that search, only a Chinese name that fills its cell between two labels
        self.own = True  # the field's own labels searched (not a stand-in's): a mixed-case name is taken (mixed_name)
        self.found: dict[str, tuple[Hit, Callable[[str], str | None], str]] = {}  # field -> its label, parser, value
        self.hits: dict[str, dict[str, tuple[Hit, Callable[[str], str | None]]]] = {}  # field -> value -> label, parser
        self.guessed: set[str] = set()  # names cut from the next label by a guess of their length (_glued_name)

    def known_dates(self) -> list[date]:
        """Every full date printed on the document (day precision; a birthday too: it only gives a year's
        neighbourhood), read once."""
        if not hasattr(self, "_known"):
            self._known = [h.value for ln in self.lines for h in find_dates(clean(ln.text), self.dayfirst)
                           if h.precision == "day"]
        return self._known

    def stop(self, own: str) -> Callable[[str], bool]:
        """A cell that begins with another field's label ends the search for a value."""
        others = [lb for f, ls in self.t.labels.items() if f != own for lb in ls if lb not in self.t.labels.get(own, ())]
        others += list(self.words.distractors)
        if self.t.kind(own) == "name":  # a cell labelled with another person's role: that person, never ours
            others += [lb for lb in self.words.other_person_labels if lb not in self.t.labels.get(own, ())]

        def is_label(text: str) -> bool:
            low = fold(text).lower().strip()
            for lb in others:
                m = label_pattern(lb).match(low)
                if m and (" " in lb.strip() or re.search(rf"[{CJK}]", lb) or not low[m.end():].strip()
                          or low[m.end():].lstrip()[:1] in ":："):
                    return True
            return False

        return is_label

    def field(self, name: str) -> str | None:
        """The first value a label of ``name`` gives (best label first), remembered with its label for the evidence."""
        value = next(self.candidates(name), None)
        self.chosen(name, value)
        return value

    def chosen(self, name: str, value: str | None) -> None:
        """Record that ``value`` is the field's value: its label's hit when a label gave it, else nothing."""
        found = self.hits.get(name, {}).get(value) if value is not None else None
        if found:
            self.found[name] = (found[0], found[1], value)
        else:
            self.found.pop(name, None)

    def candidates(self, name: str, labels: Sequence[str] | None = None):
        """Every value a label of field ``name`` gives (or one of ``labels``: a stand-in's), best label first, in page
        order (a generator)."""
        stop = self.stop(name)
        kind = self.t.kind(name)
        self.kind_now, self.field_now = kind, name
        self.own = labels is None
        avoid = self.words.avoid.get(kind, ())
        deferred: list[tuple[str, Hit, Callable[[str], str | None]]] = []  # a money column's head: tried last
        for label in self.t.labels.get(name, ()) if labels is None else labels:
            blockers = _blockers(label, self.all_labels)
            parse = parser_for(name, self.t, label, self.dayfirst, self.known_dates)
            if self.lone:
                if kind != "name" or not (" " in label.strip() or re.search(f"[{CJK}]", label) or self.between):
                    continue  # "Name", "Holder" alone label many things; "Account holder", "客户名称" a holder
                    # (between two labels of a form's grid, "Name: | Krupa | Employee ID:", the grid says whose)
                parse = p_lone_name
            if kind in ("name", "org", "bank"):
                parse = self._not_a_label(parse)
            for hit in _separated_first(label, find_labels(self.lines, label, avoid=avoid, blockers=blockers,
                                                           fuzzy_others=self.rivals, glued=kind == "name")):
                if kind == "money" and avoid and tables.under_heading(self.lines, hit.line, hit.x0, hit.x1, avoid):
                    continue  # "Gross Pay" in a section headed "Year to Date Information"
                if self._counterparty(hit):
                    continue  # "账号" in "对方卡号/账号": the other party's account, a table column's head
                if kind in ("name", "org", "bank") and ((heads_table(self.lines, hit, self.all_labels)
                                                         and not grid_row(self.lines, hit, parse))
                                                        or names_an_item(hit) or inside_sentence(hit)):
                    continue
                if kind == "name" and another_labels_value(hit):
                    continue  # "Designation: Employee": the word is that label's value, not our label
                if kind == "bank" and self._wraps_a_name(hit):
                    continue  # "Bank" under "Tamarind Coast Mutual": the end of the letterhead's name, not a label
                if self.t.fallback.get(name) == "letter_date" and _date_aside(hit):
                    continue  # "日期" ending "离职日期", "Date" ending "Start date": a date about something else
                if self.between:
                    lone = lambda text: sane_name(p_lone_name(text))  # noqa: E731
                    if heads_over_name(hit, self.lines, lone):
                        # a row of heads: the cell between two of them is a third head, not a name; the name is
                        # under the label, one word as a staff table prints it ("Payee Name" over "Jay")
                        v = strip_value(hit, self.lines, lone, stop)
                        if v is not None:
                            self.hits.setdefault(name, {}).setdefault(v, (hit, parse))
                            yield v
                        continue
                    v = between_labels(hit, stop) or line_end_name(hit, stop)
                    if v is not None and self._not_a_label(lambda text: text)(v) is not None:
                        self.hits.setdefault(name, {}).setdefault(v, (hit, parse))
                        yield v
                    continue
                # money: the current-period column of a row of several amounts, else a sure amount (currency,
                # decimals) on the label's line before a bare number (a count)
                v = self.current_column(hit) if kind == "money" else None
                if v is None and kind == "money":
                    sure = p_sure_money if parse is not p_money_zh else (
                        lambda text: None if _CUT_GROUP.search(clean(text)) else p_sure_money(text))
                    v = value_right(hit, sure, stop)
                if kind == "name":  # a strip's head over its row of values: the cell right of it is the next head
                    v = strip_value(hit, self.lines, parse, stop)
                # "姓名 | 班组 | 应发项目" over its row: the cell right of the label (班组) is a head, no one's name
                right_is_head = kind == "name" and v is None and heads_over_name(hit, self.lines, parse)
                if v is None and not right_is_head:
                    v = value_right(hit, parse, stop)
                if v is None and kind == "org":
                    v = self._wrapped_value(hit, parse, stop)
                if v is None and self.lone:
                    continue  # one word is taken only beside its label, on its line: under it, it is the next cell's
                if v is None and kind in ("name", "account"):  # a holder's or account's labels in two languages
                    v = twin_value(hit, self.lines, parse, self.vocab) \
                        or centred_twin_value(hit, self.lines, parse, self.vocab)
                if v is None and kind == "name" and glued_inside(hit):
                    continue  # "职工" inside the title "教职工工资明细": a word of a longer run, nothing under it is its
                if v is None and kind == "name" and not right_is_head:
                    v = self._beside_name(hit, stop)
                if v is None:
                    v = value_below(hit, self.lines, parse, stop, row_ok=None if kind != "name" else not_item_row,
                                    cell_ok=partial(no_heading_cell, self.lines) if kind == "name"
                                    else _not_a_title if kind in ("bank", "org") else None)
                    if v is not None and kind == "money" and heads_money_column(hit, self.lines, parse):
                        deferred.append((str(v), hit, parse))  # "Closing Balance" over twelve months' rows: its
                        continue  # first row is one month's; a labelled line ("Final Closing Balance: …") wins
                if v is None and kind == "money":
                    v = lone_amount_below(hit, self.lines) or year_like_amount_below(hit, self.lines)
                if v is not None:
                    shown = mask(str(v)) if kind == "account" else v
                    log.debug("%s = %r (label %r, line %d)", name, shown, label, hit.line.index)
                    self.hits.setdefault(name, {}).setdefault(str(v), (hit, parse))
                    yield str(v)
        for v, hit, parse in deferred:
            self.hits.setdefault(name, {}).setdefault(v, (hit, parse))
            yield v


    def _beside_name(self, hit: Hit, stop: Callable[[str], bool]) -> str | None:
        """A Chinese name written beside its Chinese label on the label's own line whose family name the gazetteer
        lacks or OCR misread (a pen-filled form's "姓名 洗美玲" for 冼美玲, PP-OCR 92): two or three Chinese characters
        alone, as the lone pass of :func:`_read_fields_evidence` takes them (:func:`p_lone_name`, ``any_surname``),
        found before anything under the label (a table's head "项目" printed below the 姓名 line is no one's name).
        The shape alone says it is a name, so the value goes into ``self.guessed`` (shown for the user to confirm);
        None for a Latin label or value, or nothing name-shaped beside the label."""
        if self.lone or not re.search(f"[{CJK}]", hit.label):
            return None
        self.lone = True
        try:
            v = value_right(hit, self._not_a_label(p_lone_name), stop)
        finally:
            self.lone = False
        if v is None or not re.fullmatch(f"[{CJK}]{{2,3}}", str(v)):
            return None
        self.guessed.add(str(v))
        return str(v)

    def _wrapped_value(self, hit: Hit, parse: Callable[[str], str | None], stop: Callable[[str], bool]) -> str | None:
        """An organisation's Chinese name after its label that the line's end cut in two, read whole: the text after
        the label ends its line and the next line continues it (:func:`hx.run_on`: "发放单位：钦州港湾粮油加工有限公" over
        "司。如有疑问…", a text message wrapped by the phone's screen); None when the join does not parse either."""
        rest = strip_sep(hit.rest).rstrip()
        if not rest or not re.search(f"[{CJK}]$", rest) or not fold(hit.line.text).rstrip().endswith(fold(rest)):
            return None  # the value must run to the line's end
        nxt = [ln for ln in self.lines if ln.page == hit.line.page and ln.index == hit.line.index + 1]
        more = hx.run_on(hit.line, nxt[0]) if nxt else ""
        return parse(rest + more) if more and not stop(rest + more) else None

    def _wraps_a_name(self, hit: Hit) -> bool:
        """Whether the label's line ends a bank's name wrapped from the line above it (:func:`hx.wrapped_bank`)."""
        above = [ln for ln in self.lines if ln.page == hit.line.page and ln.index == hit.line.index - 1]
        return bool(above) and hx.wrapped_bank(above[0], hit.line) is not None

    def _counterparty(self, hit: Hit) -> bool:
        """Whether the label's printed cell begins with a word about the other party of a transaction
        (``counterparty_words`` in vocabulary.toml: "对方卡号/账号", "Counterparty account") while the label
        itself does not: that cell labels the other party's name or account, never the document's own. For an
        organisation, a word of ``former_role_words`` too ("Previous employer", "失业前单位"): the cell names whom the
        person worked for before, a role of the letter's subject, never the organisation that issued it."""
        words = self.words.counterparty_words
        if self.kind_now == "org":  # "Previous employer: X", "失业前单位：X": a former employer, a role, not the issuer
            words = (*words, *self.words.former_role_words)
        if not words or hit.cell >= len(hit.line.streams):
            return False
        text = hit.line.streams[hit.cell][0].lstrip(" :：")
        label = fold(hit.label).lower()
        return any(text.startswith(w := fold(cw).lower()) and w not in label for cw in words)

    def current_column(self, hit: Hit) -> str | None:
        """The amount of the label's row under its current-period column (:func:`tables.current_amount`)."""
        if hit.line.page < 0:
            return None
        v = tables.current_amount(self.lines, hit.line, hit.x1, self.words.current_column_words,
                                  self.words.avoid.get("money", ()))
        return fmt_money(v) if v is not None else None

    def _not_a_label(self, parse: Callable[[str], str | None]) -> Callable[[str], str | None]:
        """A name or organisation that is itself a printed label ("NI Number", "基本工资") is no value."""
        def judged(v: str | None) -> str | None:
            if v is None:
                return None
            low = fold(v).lower().strip(" :：.")
            if FORM_CAPTION.match(low):
                return None  # a form's box caption ("4. Employer's Address") or a label's possessive tail ("'s Name")
            if low in self.vocab or _w().labelish.search(low) or re.sub(r"\s+", "", low) in _spaceless(self.vocab):
                return None  # also a label whose spaces the text layer lost ("PAYPERIOD" beside "EMPLOYER")
            kind = self.kind_now
            if is_placeholder(v):
                return None
            if kind in ("org", "name") and _repeats_label(v, self.t.labels.get(self.field_now, ())):
                return None  # "Employer | Empioyer phone": the next head (its label's word, misread), not a value
            if kind == "org":  # beside its label, printed as a name ("用人单位经济性裁员" names none: named_like_org)
                v = sane_org(v, provider=self.t.fallback.get(self.field_now) == "provider")
                return v if v is not None and named_like_org(v) else None
            if kind == "name":
                return sane_name(v, any_surname=self.lone) or (mixed_name(v) if self.own else None)
            return sane_bank(v) if kind == "bank" else v

        def checked(text: str) -> str | None:
            if _bilingual_label(text, self.vocab):
                return None  # "Rhif Gweithiwr / Employee No.": a label in two languages, the next cell's, no name
            if BARE_LABEL.fullmatch(fold(text).strip()):
                return None  # "Employer (agency):  End client:": a row of labels over their values, the next
                # cell another label ending in its colon, not a value (the value is under the label)
            # the value run on into the next "label: value" pair, the gap between them lost ("户名：李秀英账号：
            # 6217…" as a text layer or OCR joins CJK; "Holder: Ana Ruiz Account no: 8812"; "…保健院收款人:住院处"):
            # a value ends where the next printed label starts, so it is what comes before that label
            cut = _next_label(self.vocab).search(fold(text), 1)
            if cut is None and self.kind_now == "name":
                # the next cell's label of two words or more closing a name's cell, its gap lost by a text layer
                # ("Darlene Marie Thibodeaux Pay Period" beside the period's dates): the name ends before it
                cut = _closing_label(self.vocab).search(fold(text), 1) or _near_closing_label(fold(text), self.vocab)
            head = fold(text)[:cut.start()] if cut else fold(text)
            # a label the vocabulary does not know ("科室:", "Dept:") ends the value as well (:func:`before_label`)
            short = before_label(head, load_vocabulary().org_heads_zh if self.kind_now in ("org", "bank") else ())
            v = judged(parse(short)) if short is not None else None
            if v is None and cut:
                v = judged(parse(head))
            v = v if v is not None else judged(parse(text))
            if v is None and self.kind_now == "name":
                v = self._glued_name(fold(text), parse, judged)
            return v
        return checked

    def _glued_name(self, text: str, parse: Callable[[str], str | None],
                    judged: Callable[[str | None], str | None]) -> str | None:
        """A Chinese name run on into the next "label：value" pair that no printed word of the vocabulary begins
        ("郜婉清人员类别：专任教师", the space between the pairs lost by OCR or the text layer): the run before the
        colon is the name and the next label together. A Chinese name is a family name and one or two given
        characters; a label of two characters at least follows it. Three characters are taken when that leaves two
        or more to the label, else two; the cut is a guess of length, so the value is remembered in ``self.guessed``
        (its evidence is doubted)."""
        m = _GLUED_PAIR.match(text)
        if m is None:
            return None
        run = m.group(1)
        if _w().name_stop.split(run)[0] != run:
            return None  # the next label is one the vocabulary knows ("乌云其其格日期："): the name's end is known,
            # and the whole run before it was judged already — no length to guess
        for n in (3, 2):
            if len(run) - n >= 2:
                v = judged(parse(run[:n]))
                if v is not None:
                    self.guessed.add(v)
                    return v
        return None


def _bilingual_label(text: str, printed: frozenset[str]) -> bool:
    """Whether ``text`` (a cell read as a value) is a label printed in two languages, the two set apart by a slash
    ("Rhif Gweithiwr / Employee No.", "Enw / Name", "姓名 / Name"): one side, without its full stop or colon, is a
    printed label (``printed``, folded: :func:`_printed_words`) and the other holds no digit — a Welsh, Māori,
    French or Chinese label beside the English one is no one's name (independent set 23's bilingual payslip gave
    "Rhif Gweithiwr", Welsh for "employee number", as the employee)."""
    parts = [fold(p).strip(" .:：").lower() for p in re.split(r"\s+/\s+|\s*／\s*", fold(text).strip())]
    if len(parts) != 2 or not all(parts) or any(re.search(r"\d", p) for p in parts):
        return False
    return any(p in printed for p in parts)


# a short Latin word and its colon after a space ("Dept:", "Ward:", "Tel.:"), inside a value: the next label
_LATIN_LABEL = re.compile(r"(?<=\s)[A-Za-z][A-Za-z.]{1,11}\s?:(?!//)")
_CJK_COLON = re.compile(f"([{CJK}]{{4,}})[:：]")
_LABEL_FIRST = re.compile(rf"[A-Za-z][A-Za-z .]{{0,20}}[:：]|[{CJK}]{{2,6}}[:：]")  # as sane_org: a label and value
SHORT_LABEL = (2, 4)  # the length of a Chinese label, in characters: 科室, 开票日期, 就诊科室 (every label of types.toml)


def before_label(text: str, heads: Sequence[str] = ()) -> str | None:
    """``text`` (a value read after its label, folded) up to a next label that the vocabulary does not know, on the
    same line: None when there is none. Such a label is a short word and its colon: in Latin text, one word of 2-12
    letters after a space ("Riverside Clinic Dept: Cardiology" -> "Riverside Clinic"; a URL's "https://" is none);
    in Chinese text, where the text layer or OCR joins the runs without the space between them
    ("首都儿科研究所附属儿童医院科室:儿科急诊"), the last :data:`SHORT_LABEL` characters before the colon, cut where
    what comes before ends in one of ``heads`` (an organisation's head noun, the vocabulary's ``org_heads_zh``:
    医院 | 科室), the shortest such label first; without ``heads`` (a name: :meth:`_Reader._glued_name` guesses its
    length) a Chinese run is not cut. Never when ``text`` itself begins as a label and its value ("Housing Levy:
    720.60", "科室:内科": a short run and a colon, as :func:`sane_org` refuses it): its words before the colon are
    one label, no name and a label. A trial's provider read "…儿童医院科室:儿科急诊", the next label glued on."""
    if _LABEL_FIRST.match(text):
        return None
    latin = _LATIN_LABEL.search(text)
    cjk = _CJK_COLON.search(text) if heads else None
    if cjk is not None:
        run = cjk.group(1)
        for n in range(SHORT_LABEL[0], SHORT_LABEL[1] + 1):
            if len(run) - n >= 2 and any(run[:-n].endswith(h) for h in heads):
                cjk_at = cjk.start(1) + len(run) - n
                break
        else:
            cjk_at = None
    else:
        cjk_at = None
    cuts = [at for at in (latin.start() if latin else None, cjk_at) if at]
    if not cuts:
        return None
    head = text[:min(cuts)].rstrip(" ,;|-")
    return head if re.search(rf"[A-Za-z{CJK}]{{2}}", head) else None


# a run of CJK characters ended by a colon at the start of a value: a value glued to the next label and its colon
_GLUED_PAIR = re.compile(f"^([{CJK}]{{4,12}})[:：]")
# what no name or organisation begins with: a form box's number ("5. First Day Worked", "(3) Employer's name"), or
# the possessive of a label matched at its word's start ("Employer" in "Employer's Address" leaves "'s Address")
FORM_CAPTION = re.compile(r"^(?:\(?\d{1,2}[a-z]?[.)]\s+\S|['’]s\b)")
_PAIR = re.compile(r"^\s*([^:：\d]{2,40}?)\s*[:：]\s*(\S.*)$")  # "NOMBOR AKAUN : 7634 1824 5670"
TWIN_EDGE = 0.015  # of the page's width: two stacked labels start at the same left edge
TWIN_CENTRE = 0.25  # a value centred on two stacked labels sits this share of their distance away from either one


@lru_cache(maxsize=256)
def _label_heads(labels: tuple[str, ...]) -> frozenset[str]:
    """The Latin words of five letters or more of ``labels`` that make no organisation's name (:func:`_repeats_label`)."""
    return frozenset(w for label in labels for w in re.findall(r"[a-z]{5,}", fold(label).lower())
                     if not hx.is_org_name(w.title()))


def _repeats_label(value: str, labels: Sequence[str]) -> bool:
    """Whether ``value`` (a name or an organisation read beside or under a label) holds a word of one of its field's
    ``labels`` (Latin words of five letters or more) with one letter misread (:func:`packet.core.text.one_edit`: OCR's
    "Empioyer phone" for "Employer phone", a next head the vocabulary would know as printed): a form's next head,
    not the value. A word as printed is no sign ("Kestrel Labour Hire Ltd" under "Labour hire company"), nor is a
    word that makes organisations' names ("Hospital", "Clinic": :func:`packet.understanding.unlabelled.is_org_name`)."""
    words = set(re.findall(r"[a-z]{5,}", fold(value).lower()))
    if not words:
        return False
    heads = _label_heads(tuple(labels))
    # a letter read as another (i for l), never one added or dropped: "labour" is "labor" spelled the British way
    return any(w not in heads and len(w) == len(h) and one_edit(w, h) for w in words for h in heads)


def between_labels(hit: Hit, stop: Callable[[str], bool]) -> str | None:
    """A Chinese name of two or three characters that fills the cell between the label of ``hit`` and another label
    on its line ("姓名 | 庹明辉 | 性别 | 男"): the label's own cell holds nothing more, the next cell is the name
    whole (:func:`p_name`), the cell after it a label (``stop``). Its family name may be one the gazetteer lacks
    (庹, 禤: :func:`sane_name` with ``any_surname``): a form's grid leaves that cell to the name alone. None
    otherwise."""
    cells = hit.line.cells()
    if strip_sep(hit.rest).strip() or hit.cell + 2 >= len(cells):
        return None
    after = join_words(cells[hit.cell + 2])
    text = re.sub(r"\s+", "", fold(join_words(cells[hit.cell + 1])))
    labelled_next = len(cells) > hit.cell + 3 and not re.search(r"\d", after) and len(after.split()) <= 3 \
        and re.search(r"\d", join_words(cells[hit.cell + 3])) is not None  # "PAN No. | MSRPN7895D": a label, its code
    if re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", text) and (stop(after) or fold(after).rstrip().endswith(":")
                                                       or labelled_next):
        # a Latin name of one word in that cell ("Name: | Krupa | Employee ID:", the next label known or shaped as
        # one, words and a colon: OCR's "Employee !D:"): India's payroll systems print the name an employee is known
        # by, often one word; the grid leaves the cell to it (:func:`p_lone_name`); the next cell is a label too when
        # a code or figure follows it on the grid's row ("Employee Name | Jay | PAN No. | MSRPN7895D")
        return sane_name(p_lone_name(text))
    if not stop(after):
        return None
    name = p_name(text) if re.fullmatch(f"[{CJK}]{{2,{FULL_NAME_RUN}}}", text) else None
    return sane_name(name, any_surname=True) if name == text else None


def line_end_name(hit: Hit, stop: Callable[[str], bool] | None = None) -> str | None:
    """A Latin name of one word that ends the line of a person's label, beside it ("Employee Name: Asif" alone on
    its line, as a plain-text payslip prints it; the caller asks only a name field's own labels of two words or
    more): the rest of the line is one capitalised word (:func:`p_lone_name`: no word of the types' labels or
    keywords, none of ``not_name_words``) and nothing after it — or, with ``stop``, the rest of the label's own cell
    is that word and the next cell on the line starts with another field's label ("Employee: Noor | Period ending 28
    Feb 2025": the cell ends the name as the line's end would). A Chinese name of two or three characters filling
    the label's cell, the line ending or another label's cell following it, may have a family name the gazetteer
    lacks. One word in capitals (:data:`LONE_NAME`: "Name: | ZAHID", hold-out 13's lab receipt) is never one of the
    types' words ("TOTAL"). One word is no proof of a name: the caller takes it with the
    ``lone-name`` confidence, for the user to confirm. None otherwise."""
    cells = hit.line.cells()
    own = strip_sep(hit.rest).strip()
    # the next label the vocabulary knows glued to the name, with its colon ("乌云其其格日期：2025年9月3日": OCR and
    # text layers join Chinese words): it ends the name as the cell's edge would
    glued = re.match(rf"([{CJK}]{{2,{FULL_NAME_RUN}}}?)(?={_w().name_stop.pattern}\s*[:：])", own)
    if glued is not None:
        own = glued.group(1)
    if re.fullmatch(f"[{CJK}]{{2,{FULL_NAME_RUN}}}", own):
        # a Chinese name filling the label's cell ("患者：矫玉凤 | 病历号：…"): the cell ends it as a form's grid would,
        # the next cell is another label's or the line ends; its family name may be one the gazetteer lacks (矫, 冼),
        # as between two labels (:func:`between_labels`), or it may have none: an ethnic minority's name written in
        # full (乌云其其格; :func:`_full_name_run`)
        after = join_words(cells[hit.cell + 1]) if hit.cell + 1 < len(cells) else ""
        if glued is not None or not after or (stop is not None and stop(after)) or _labels_a_value(after):
            name = p_name(own)
            if name != own or any(name in w or w in name for w in _cjk_printed()):
                return None  # "门诊", "自费": a word printed on forms (a label, a keyword), no one's name
            return sane_name(name, any_surname=True)
        return None
    if stop is not None and own and " " not in own and hit.cell + 1 < len(cells) \
            and stop(join_words(cells[hit.cell + 1])):
        return sane_name(p_lone_name(own))
    rest = " ".join([own] + [join_words(c) for c in cells[hit.cell + 1:]]).strip()
    if not rest or " " in rest:
        return None
    return sane_name(p_lone_name(rest))


def _labels_a_value(cell: str) -> bool:
    """Whether ``cell`` (a cell's text) starts with a label and its colon: a few words without a digit, then ":" or
    "：" ("病历号：BH-25-0716", "Sex: F")."""
    return re.match(rf"[{CJK}A-Za-z][^:：\d]{{0,15}}[:：]", fold(cell).strip()) is not None


def twin_value(hit: Hit, lines: Sequence[Line], parse: Callable[[str], str | None],
               printed: frozenset[str]) -> str | None:
    """The value of a label printed under its twin in another language ("NOMBOR AKAUN : 7634…" over "ACCOUNT
    NUMBER"; "NAMA : Nur Aisyah binti Ahmad" over "NAME"): when the label stands alone on its line and the line
    right above it starts at the same left edge (within :data:`TWIN_EDGE` of the page) with a "words : value" pair
    whose words are no label packet knows (``printed``) and the line below, if any, is itself such a pair (so the
    value is not under the label), the value is the pair's. None otherwise."""
    own = fold(hit.line.text).strip(" :：").lower()
    if own != fold(hit.label).strip(" :：").lower() or hit.line.page < 0:
        return None
    same_page = [ln for ln in lines if ln.page == hit.line.page]
    above = [ln for ln in same_page if ln.index == hit.line.index - 1]
    below = [ln for ln in same_page if ln.index == hit.line.index + 1]
    if not above or abs(above[0].words[0].box[0] - hit.x0) > TWIN_EDGE:
        return None
    if below and not _PAIR.match(fold(below[0].text)):
        return None  # a value may stand under the label: value_below reads it
    m = _PAIR.match(fold(above[0].text))
    if m is None or m.group(1).strip().lower() in printed:
        return None
    return parse(m.group(2))


def centred_twin_value(hit: Hit, lines: Sequence[Line], parse: Callable[[str], str | None],
                       printed: frozenset[str]) -> str | None:
    """The value of a label printed under its twin in another language, the value set right of the pair and centred
    on its two lines ("NOMBOR AKAUN" over "ACCOUNT NUMBER", ":162133095847" level with the gap between them): the
    reader then puts the value on a line of its own between the twin's and the label's, often with an address
    block's lines on the left of all three. The label fills its cell; the next line up (or down) holds the value in
    one cell right of the label's column and nothing in that column; the line after it holds, at the label's left
    edge (within :data:`TWIN_EDGE`) and last on its line, a cell of words only that is no label packet knows
    (``printed``): the twin, over the label or under it. Or the value is read on the twin's line, next to the label's,
    as the one cell right of the twin. The value's middle must lie between the twin's and the
    label's middles (a value centred on the pair); a value found both ways is none. None otherwise. Seen on a
    Malaysian bank's bilingual statement (independent set 7: "ACCOUNT NUMBER" under "NOMBOR AKAUN")."""
    if hit.line.page < 0 or hit.cell >= len(hit.line.cells()):
        return None
    cells = hit.line.cells()
    cell = cells[hit.cell]
    if fold(join_words(cell)).strip(" :：.").lower() != fold(hit.label).strip(" :：.").lower():
        return None  # the label fills its cell ("A/C NO." for the label "A/C No")
    if cells[hit.cell + 1:]:
        return None  # something right of the label on its own line: value_right's
    same_page = {ln.index: ln for ln in lines if ln.page == hit.line.page}
    right = cell[-1].box[2]

    def middle(ws: Sequence) -> float:
        return (min(w.box[1] for w in ws) + max(w.box[3] for w in ws)) / 2

    def centred(twin: tuple[Word, ...], value: tuple[Word, ...]) -> bool:
        """The value's middle in the middle half between the twin's and the label's (level with neither line)."""
        lo, hi = sorted((middle(twin), middle(cell)))
        return lo + TWIN_CENTRE * (hi - lo) < middle(value) < hi - TWIN_CENTRE * (hi - lo)

    def twin_of(ln: Line | None) -> tuple[Word, ...] | None:
        """The cell of ``ln`` at the label's left edge, words only and no label packet knows; None otherwise."""
        twins = [c for c in ln.cells() if abs(c[0].box[0] - hit.x0) <= TWIN_EDGE] if ln is not None else []
        if len(twins) != 1:
            return None
        twin = fold(join_words(twins[0])).strip(" :：").lower()
        return None if not twin or re.search(r"\d", twin) or twin in printed else twins[0]

    found = []
    for step in (-1, 1):  # the twin over the label, or under it
        near, far = same_page.get(hit.line.index + step), same_page.get(hit.line.index + 2 * step)
        twin = twin_of(near)
        if twin is not None and near is not None and near.cells()[-1] is not twin:
            # the value read on the twin's line, right of it (the reader put it with the twin)
            after = near.cells()[near.cells().index(twin) + 1:]
            if len(after) == 1:
                if centred(twin, after[0]):
                    found.append(parse(strip_sep(join_words(after[0]))))
            continue
        twin = twin_of(far)
        if twin is None or far is None or near is None or far.cells()[-1] is not twin:
            continue  # none, or something right of the twin on its line (that line's own value)
        if any(c[-1].box[2] >= hit.x0 and c[0].box[0] <= right for c in near.cells()):
            continue  # something in the label's column between the two: not a pair of stacked labels
        values = [c for c in near.cells() if c[0].box[0] > right]
        if len(values) != 1:
            continue
        if centred(twin, values[0]):
            found.append(parse(strip_sep(join_words(values[0]))))
    return found[0] if len(found) == 1 else None


def _has_digit(cell: Sequence) -> bool:
    return bool(re.search(r"\d", join_words(cell)))


def heads_table(lines: Sequence[Line], hit: Hit, labels: Sequence[str] = ()) -> bool:
    """Whether the label of ``hit`` is one heading of a table of several rows: its line holds three cells or more and
    no figure ("BASE PERIOD QUARTER | EMPLOYER | WAGES | HOURS"), and each of the next two lines of its page holds
    three cells or more with a figure in one. Such a label heads a column of values, one a row (the employers of a
    claim's base period): neither the next heading ("WAGES") nor a row's value is the document's one name or
    organisation. (A single-row "strip" table, headings over one row of values, is read by :func:`tables.pair_lines`.)
    Not a heading when, under it, the next lines' cells start with other ``labels`` (the document type's labels):
    that is a column of key/value pairs beside an address block ("Account holder | Sort code | Account number")."""
    ln = hit.line
    cells = ln.cells()
    if ln.page < 0 or len(cells) < 3 or any(_has_digit(c) and not quarter_head(c) for c in cells):
        return False
    after = {x.index: x for x in lines if x.page == ln.page and ln.index < x.index <= ln.index + 2}
    rows = [after.get(ln.index + k) for k in (1, 2)]
    if not all(r is not None and len(r.cells()) >= 3 and any(_has_digit(c) for c in r.cells()) for r in rows):
        return False
    folded = tuple(f for f in (fold(label).lower().strip() for label in labels) if f)
    for r in rows:
        under = [c for c in r.cells() if c and c[0].box[0] < hit.x1 and c[-1].box[2] > hit.x0]
        if any(fold(join_words(c)).lower().startswith(folded) for c in under if folded):
            return False
    return True


def quarter_head(cell: Sequence) -> bool:
    """Whether ``cell`` is a wage table's heading naming a calendar quarter ("Q3 2026", "3rd Qtr", "第三季度": the
    vocabulary's ``quarter_head_patterns``): its figure numbers the quarter, it is no value."""
    text = re.sub(r"^\W+|\W+$", "", fold(join_words(cell)).lower())  # OCR's specks at its ends: "Q4 2025 ©", "Q1 2026."
    return any(re.search(p, text) for p in load_vocabulary().quarter_head_patterns)


def quarter_table_rows(lines: Sequence[Line]) -> set[tuple[int, int]]:
    """The rows (page, index) of wage tables headed by calendar quarters ("Employer | Q4 2025 | Q1 2026 | Q2 2026",
    "用人单位 | 2025年第四季度 | …": a benefit office's base period): a heading line of three cells or more, two of
    them quarter headings (:func:`quarter_head`) and no other figure, and the lines right under it that hold three
    cells or more with a figure. The organisations named in those rows are the claimant's former employers, never
    whoever issued the letter."""
    out: set[tuple[int, int]] = set()
    by_place = {(ln.page, ln.index): ln for ln in lines}
    for ln in lines:
        cells = ln.cells()
        if len(cells) < 3 or sum(quarter_head(c) for c in cells) < 2 \
                or any(_has_digit(c) and not quarter_head(c) for c in cells):
            continue
        k = ln.index + 1
        while (row := by_place.get((ln.page, k))) is not None and len(row.cells()) >= 3 \
                and any(_has_digit(c) for c in row.cells()):
            out.add((ln.page, k))
            k += 1
    return out


def not_item_row(line: Line) -> bool:
    """Whether ``line`` is no item row of a table of charges or earnings: its last cell is not an amount alone
    ("Room Rent - Twin Sharing (5 days)   17,500.00"). A person's name printed under its label is never read
    from such a row (the item's description is no one)."""
    cells = line.cells()
    if len(cells) < 2:
        return True
    last = fold(join_words(cells[-1])).strip()
    return not (find_money(last) and re.fullmatch(r"[-(]?\D{0,3}\s?[\d,]*\d(?:\.\d{2})\)?", last))


def grid_row(lines: Sequence[Line], hit: Hit, parse: Callable[[str], str | None]) -> bool:
    """Whether the label of ``hit`` is the first of a grid's "label | value | label | value" row, not a table's
    heading (:func:`heads_table` takes both for a row of heads over rows of figures): the cell right of the label
    is a value of its kind (``parse``: "Name | Muhammad Usman Tariq | Designation | …"), and the next two lines of
    its page hold no amount (a grid's identifiers and dates: "CNIC No. | 33100-…", "Date of Joining | 04-Mar-2019";
    a table's rows hold its figures)."""
    cells = hit.line.cells()
    if strip_sep(hit.rest).strip() or hit.cell + 1 >= len(cells) or parse(join_words(cells[hit.cell + 1])) is None:
        return False
    after = [ln for ln in lines if ln.page == hit.line.page and hit.line.index < ln.index <= hit.line.index + 2]
    return not any(p_sure_money(join_words(c)) is not None for ln in after for c in ln.cells())


def another_labels_value(hit: Hit) -> bool:
    """Whether the label of ``hit`` stands after another label's separator in its own cell ("Designation: Employee",
    "岗位：职员"): the word is the value of the label before it, not a label of its own."""
    cells = hit.line.cells()
    if not 0 <= hit.cell < len(cells):
        return False
    before = join_words([w for w in cells[hit.cell] if w.box[2] <= hit.x0 + 1e-4])
    return bool(re.search(r"\w\s*[:：]\s*$", fold(before)))


STRIP_FIGURES = 2  # cells with a figure that make a line a strip's row of values


def strip_value(hit: Hit, lines: Sequence[Line], parse: Callable[[str], str | None],
                stop: Callable[[str], bool]) -> str | None:
    """The name under a person's label that heads a strip: the label alone in its cell on a row of three cells or
    more with no figure (a row of heads, some on two lines: "Emp | Employee | Days | Basic | … | Net" over "No. |
    Name | Worked | …"), and under it, within three lines, a name on a row of values (:data:`STRIP_FIGURES` cells
    with a figure at least). The cell right of such a label is the next head ("Days Bonus Housing"), never its
    value. None otherwise (the caller reads beside the label)."""
    cells = hit.line.cells()
    if hit.line.page < 0 or len(cells) < 3 or strip_sep(hit.rest).strip() or any(_has_digit(c) for c in cells):
        return None
    v = value_below(hit, lines, parse, stop, cell_ok=partial(no_heading_cell, lines))  # a row of figures: its own
    if v is None:
        return None
    following = [ln for ln in lines if ln.page == hit.line.page and hit.line.index < ln.index <= hit.line.index + 3]
    for ln in following:
        if v in fold(ln.text) and (sum(_has_digit(c) for c in ln.cells()) >= STRIP_FIGURES
                                   or cells_under_heads(cells, ln.cells())):
            return v
    return None


def heads_row(hit: Hit, lines: Sequence[Line]) -> bool:
    """Whether the label of ``hit`` stands alone in its cell on a row of heads: three cells or more, none with a
    digit, over (within three lines) a row of values — one with :data:`STRIP_FIGURES` figures or more, or one whose
    cells stand each under one head (:func:`cells_under_heads`). The cells right of such a label are heads of other
    columns ("姓名 | 班组 | 应发项目 …" over "栾宏斌 | JR3316 | 焊接二组 | 2,600.00 …"): a head is never a person."""
    cells = hit.line.cells()
    if hit.line.page < 0 or len(cells) < 3 or strip_sep(hit.rest).strip() or any(_has_digit(c) for c in cells):
        return False
    following = [ln for ln in lines if ln.page == hit.line.page and hit.line.index < ln.index <= hit.line.index + 3]
    return any(sum(_has_digit(c) for c in ln.cells()) >= STRIP_FIGURES or cells_under_heads(cells, ln.cells())
               for ln in following)


def heads_over_name(hit: Hit, lines: Sequence[Line], parse: Callable[[str], str | None]) -> bool:
    """Whether the label of ``hit`` heads a column of a table whose row of values holds a name under it: the label
    on a row of heads (:func:`heads_row`) and, within three lines under it, a cell ``parse`` reads as a name (any
    head between, "工号" under "姓名" on a heading's second line, passed over). A grid of label | value cells
    ("Name | Rokeya Sultana Begum | Designation | …" over "NID No. | 1990… | …") has a label under its label, no
    name: its name is right of the label, as usual."""
    return heads_row(hit, lines) and value_below(hit, lines, parse, lambda _text: False) is not None


def cells_under_heads(heads: Sequence[Sequence[Word]], row: Sequence[Sequence[Word]]) -> bool:
    """Whether ``row`` (a line's cells) is a row of values under the row of heads ``heads`` with no figure needed (a
    table of staff attributes: "职工姓名 | 班组 | 部门" over "邴立伟 | 一班 | 生产部", "Team | Payee Name | Cost Centre"
    over "Line 3 | Jay | 7720"): three cells or more, as many as the heads, each under one head of its own (their
    spans overlap, no two cells under one head). Then the cell right of a head is the next head, never its value."""
    if len(row) < 3 or len(row) != len(heads):
        return False
    taken: set[int] = set()
    for c in row:
        x0, x1 = c[0].box[0], c[-1].box[2]
        over = [k for k, h in enumerate(heads) if h[0].box[0] < x1 and h[-1].box[2] > x0]
        if len(over) != 1 or over[0] in taken:
            return False
        taken.add(over[0])
    return True


def glued_inside(hit: Hit) -> bool:
    """Whether a CJK label of ``hit`` runs on, with no separator, into more CJK text that is no value of it (the
    caller found none beside it): the label is a part of a longer word ("职工" in the title "教职工工资明细"), so
    nothing printed under it is its value."""
    return bool(re.match(f"[{CJK}]", hit.label) and re.match(f"[{CJK}]", hit.rest))


def no_heading_cell(lines: Sequence[Line], line: Line, cell: Sequence) -> bool:
    """Whether ``cell`` of ``line``, found under a person's label, may hold the person's name: not when it is
    itself a "label: value" pair ("Total Leave Days: 11", or "Leave Entitlement 24" ending its row: another
    field's), nor when it heads a column of figures
    (the cell right under it, on the next line of the page, holds an amount: "金额" over "2,650.00" in an
    item | amount | item | amount table). A name under its label has no figure under it."""
    text = fold(join_words(cell)).strip()
    if re.match(r"^[^:：\d]{2,40}[:：]\s*\S", text):
        return False  # "Total Leave Days: 11": words and their value, no one's name
    if re.match(r"^[^:：\d]{2,40}\s\d[\d,./-]*$", text) and line.words and cell[-1] is line.words[-1]:
        return False  # "Leave Entitlement 24" ending a grid's row (a strip's name glued to its count has figures after)
    nxt = [ln for ln in lines if ln.page == line.page and ln.index == line.index + 1]
    if not nxt:
        return True
    x0, x1 = cell[0].box[0], cell[-1].box[2]
    for c in nxt[0].cells():
        if c[-1].box[2] >= x0 and c[0].box[0] <= x1 and p_sure_money(join_words(c)) is not None:
            return False
    return True


def names_an_item(hit: Hit) -> bool:
    """Whether the label of ``hit`` is a word of a row's item name rather than a label: the label runs on into more
    words of its own cell with no colon between ("13% Employer SSF", "Employer pension"), and the line ends with
    another cell holding an amount, a bare figure or a blank template's placeholder ("{ssf}"): a contribution the
    employer pays is a payslip's row, and "SSF" is no employer's name. A code of letters glued to digits with no
    grouping or decimals ("Employee Name Mohd Hafiz bin Ismail | Emp Code | E8633", the label's cell fused with its
    value's) is an identifier, not an amount."""
    cells = hit.line.cells()
    rest = hit.rest.strip()
    if not rest or rest[:1] in ":：-" or hit.cell >= len(cells) - 1:
        return False
    last = fold(join_words(cells[-1])).strip()  # the whole cell one figure, with its currency mark or none
    figure = re.fullmatch(r"[-(]?(?:[^\w\s]{1,2}|[A-Za-z]{1,3}\.?)?\s?[\d,]*\d(?:\.\d+)?\)?%?", last)
    code = re.fullmatch(r"[A-Za-z]{1,3}\d+", last)  # "E8633": an employee code's cell, letters glued to digits
    return bool(is_placeholder(last) or figure and not code)


def _date_aside(hit: Hit) -> bool:
    """Whether the date label ``hit`` ends a longer label printed before it in its cell ("离职日期" for "日期",
    "Benefit year end date" for "Date") that gives the date another role than the letter's own
    (:func:`packet.understanding.unlabelled.date_role` "aside"). The longer label is what follows the last colon,
    figure or comma before it."""
    cells = hit.line.cells()
    if not 0 <= hit.cell < len(cells):
        return False
    text = fold(join_words(cells[hit.cell]))
    head = text[:len(text) - len(hit.rest)] if hit.rest and text.endswith(hit.rest) else text
    at = head.lower().rfind(fold(hit.label).lower())
    before = head[:at] if at >= 0 else join_words([w for w in cells[hit.cell] if w.box[2] <= hit.x0 + 1e-4])
    before = re.split(r"[:：\d,.;，。；]", fold(before))[-1].strip()
    if not before:
        return False
    sep = "" if re.search(rf"[{CJK}]$", before) and re.match(rf"[{CJK}]", hit.label) else " "
    # an office's act on the form ("审核日期") is left to the letter-date fallback too, which takes the latest act
    return hx.date_role(" ".join(f"{before}{sep}{fold(hit.label)}".lower().split()), True) in ("aside", "act")


COLUMN_ROWS = 3  # amounts in consecutive rows under a label that make it a column's heading


def heads_money_column(hit: Hit, lines: Sequence[Line], parse: Callable[[str], str | None]) -> bool:
    """Whether the label of ``hit`` heads a table column: its line holds two cells at least (a header row) and each
    of the next :data:`COLUMN_ROWS` lines of its page has an amount (``parse``) in a cell under the label's span. Such
    a label's value below it is one row's (the first month of a twelve-month summary, the first transaction's
    balance), weaker than the same label printed beside its own value."""
    if len(hit.line.cells()) < 2:
        return False
    following = [ln for ln in lines if ln.page == hit.line.page and ln.index > hit.line.index][:COLUMN_ROWS]
    lo, hi = column_span(hit)
    return len(following) == COLUMN_ROWS and all(
        any(c[-1].box[2] >= lo and c[0].box[0] <= hi and parse(strip_sep(join_words(c))) is not None
            for c in ln.cells()) for ln in following)


def lone_amount_below(hit: Hit, lines: Sequence[Line]) -> str | None:
    """The amount a label alone on its line heads from afar: a box or a band printing "Net Pay" over a figure set
    to the right and some way below. Only when the label's line holds nothing but the label, and the next line of
    the page holds one cell and it is one sure amount (:func:`p_sure_money`: a currency mark or decimals) and
    nothing else; None otherwise (a column heading over rows, a label with a value beside it). The box may stand
    beside another column ("Paid by credit transfer" left of a "Net Wage" box): then the label is the last cell of
    its line, and of the next line only what lies right of the label's left edge counts — one cell, the amount —
    the other column's cells ending before it; and no amount there on the line after (a table's last heading over
    its rows)."""
    line = hit.line
    if line.page < 0 or hit.rest.strip(" :：") or hit.cell != len(line.cells()) - 1:
        return None
    nxt = next((ln for ln in lines if ln.page == line.page and ln.index == line.index + 1 and ln is not line), None)
    if nxt is None:
        return None
    left = line.cells()[hit.cell][0].box[0]
    mine = [c for c in nxt.cells() if c[-1].box[2] > left]
    if len(mine) != 1 or (hit.cell > 0 and mine[0][0].box[0] < left):
        return None
    if hit.cell > 0:  # beside another column: a box, not the last heading of a table whose rows run on below
        after = next((ln for ln in lines if ln.page == line.page and ln.index == line.index + 2), None)
        if after is not None and any(c[-1].box[2] > left and any(h.marked for h in find_money(join_words(c)))
                                     for c in after.cells()):
            return None
    text = join_words(mine[0])
    hits = find_money(text)
    if len(hits) != 1 or not hits[0].marked:
        return None
    cleaned = clean(text)
    if re.search(r"\w", cleaned[:hits[0].start] + cleaned[hits[0].end:]):
        return None  # words beside the figure (its currency is part of it): a row of its own, not the label's value
    return p_sure_money(text)


_YEAR_LIKE = re.compile(r"\d{4}")


def year_like_amount_below(hit: Hit, lines: Sequence[Line]) -> str | None:
    """The figure under a money label that :func:`p_money` refuses because it could be a year ("2000" under "Net
    Pay"), taken when its row says it is money: another cell of that row is a currency's code or mark alone (the
    vocabulary's ``currency_marks``: "PKR | 2000 | 0 | 2000", a summary's row under "Pay Currency | Entitlements |
    Deductions | Net Pay"). Only the first cell under the label on the next line of the page (its column,
    :func:`~packet.understanding.label_geometry.column_span`), a bare four-digit number; formatted, or None."""
    line = hit.line
    if line.page < 0:
        return None
    nxt = next((ln for ln in lines if ln.page == line.page and ln.index == line.index + 1 and ln is not line), None)
    if nxt is None:
        return None
    lo, hi = column_span(hit)
    cells = [join_words(c).strip() for c in nxt.cells()]
    under = [t for c, t in zip(nxt.cells(), cells, strict=True) if not (c[-1].box[2] < lo or c[0].box[0] > hi)]
    if not under or not _YEAR_LIKE.fullmatch(under[0]):
        return None
    marks = {m.rstrip(".").casefold() for m in load_vocabulary().currency_marks}
    if not any(t.rstrip(".").casefold() in marks for t in cells):
        return None
    return fmt_money(Decimal(under[0]))


@lru_cache(maxsize=4)
def _next_label(printed: frozenset[str]) -> re.Pattern[str]:
    """A printed label (one of ``printed``, folded: :func:`_printed_words`) followed by a colon: where the next
    "label: value" pair of a line starts. Labels of two or more characters, longest first."""
    alts = sorted((w for w in printed if len(w) >= 2), key=len, reverse=True)
    return re.compile(r"(?i)(?:" + "|".join(re.escape(w) for w in alts) + r")\s*[:：]")


@lru_cache(maxsize=4)
def _closing_label(printed: frozenset[str]) -> re.Pattern[str]:
    """A printed label of two words or more (one of ``printed``, folded: :func:`_printed_words`) that closes a cell's
    text after a space, no colon: the next cell's label run on into a value, whose own value is printed beyond it
    ("… Thibodeaux Pay Period" | "11/01/2026 - 11/30/2026"). Latin labels only, longest first."""
    alts = sorted((w for w in printed if re.fullmatch(r"[a-z][a-z.'’]*(?: [a-z.'’&/-]+)+", w)), key=len, reverse=True)
    return re.compile(r"(?i)(?<=\s)(?:" + "|".join(re.escape(w) for w in alts) + r")\s*$")


@lru_cache(maxsize=4)
def _multiword_labels(printed: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The Latin labels of two or three words among ``printed``, split into words."""
    return tuple(tuple(w.split()) for w in printed
                 if re.fullmatch(r"[a-z][a-z.'’]*(?: [a-z.'’&/-]+){1,2}", w))


def _near_closing_label(text: str, printed: frozenset[str]) -> re.Match[str] | None:
    """:func:`_closing_label` for a label OCR misread by a letter or two (:func:`near_budget`: "Pay Pernod" for
    "Pay Period"), its first word spelt right, after two words at least; the match of the misread words, or None."""
    words = list(re.finditer(r"\S+", text))
    for label in _multiword_labels(printed):
        n = len(label)
        if len(words) < n + 2 or words[-n].group(0).lower() != label[0]:
            continue
        tail = text[words[-n].start():].lower().rstrip()
        whole = " ".join(label)
        most = near_budget(whole)
        if most and edit_distance(tail, whole, most) <= most:
            return re.compile(re.escape(text[words[-n].start():])).search(text, words[-n].start())
    return None


@lru_cache(maxsize=4)
def _spaceless(words: frozenset[str]) -> frozenset[str]:
    """``words`` without their spaces, those of two words or more ("pay period" → "payperiod")."""
    return frozenset(re.sub(r"\s+", "", w) for w in words if " " in w.strip())


def _printed_words(types: tuple[DocType, ...], v: Vocabulary) -> frozenset[str]:
    """Every label and keyword of every type, the distractors and the labels of other people printed on a form
    (收款人, 复核人, "Approved by"), folded: words printed on forms, never a field's value."""
    words = set(v.distractors) | set(v.other_person_labels)
    for t in types:
        words |= set(t.keywords) | set(t.negative) | {lb for ls in t.labels.values() for lb in ls}
    return frozenset(fold(w).lower() for w in words)


@from_registry
def _cjk_printed() -> tuple[str, ...]:
    """Every Chinese label, keyword and title of the types and vocabulary, of two characters or more."""
    words = _printed_words(tuple(load_types().values()), load_vocabulary())
    return tuple(w for w in words if len(w) >= 2 and re.fullmatch(f"[{CJK}]+", w))


def _unlabelled_name(text: str) -> str | None:
    """A name read without a label: :func:`p_name` and :func:`sane_name`; a Chinese one holding none of the
    documents' printed words (a heading "工资明细" over "部门：…" is no name)."""
    name = sane_name(p_name(text))
    if name and re.search(f"[{CJK}]", name) and any(w in name for w in _cjk_printed()):
        return None
    return name


def _addressee(t: DocType, lines: Sequence[Line]) -> str | None:
    """The person a document is addressed to: a titled name ("Mrs Jane Roe") or the name over a postal address
    (:func:`packet.understanding.unlabelled.address_name`), never whom a bill is paid to nor an organisation's name
    (:func:`packet.understanding.unlabelled.is_org_name`: a remittance block), nor, on a type whose issuer
    heads the page (``fallback`` "letterhead"), the issuer's own name and address; else the recipient an e-mail's
    header or greeting names (:func:`packet.understanding.unlabelled.recipient`: "收件人：孙浩", "孙浩您好："), else
    the name heading a details block (:func:`packet.understanding.unlabelled.over_details`: "Amina Rao / Developer /
    Employee ID: E-10"), else a Chinese name over its postal address
    (:func:`packet.understanding.unlabelled.zh_address_name`), else the person a sentence names (:func:`packet.understanding.unlabelled.person`: "患者张伟，男",
    "Statement for Jane Roe", "Re: Jane Roe, DOB …"). All by
    position or prose: the caller's ``fallback:address`` confidence (below 0.6) has the user confirm them."""
    payee = hx.payee(lines) or ""  # the address block of whom a bill is paid to is not the person's
    titled = hx.titled_name(lines)
    if titled and titled in payee:
        titled = None
    issuer = t.issuer_field
    return titled or hx.address_name(lines, ok=lambda s: sane_name(s, surname_free=True) is not None
                                     and s not in payee and not hx.is_org_name(s),
                                     letterhead=bool(issuer) and t.fallback.get(issuer) == "letterhead") \
        or hx.recipient(lines, lambda s: sane_name(p_name(s))) \
        or hx.over_details(lines, _unlabelled_name) \
        or hx.zh_address_name(lines) \
        or sane_name(hx.person(lines)) \
        or account_line_name(lines)


def _issuer_heading(t: DocType, lines: Sequence[Line]) -> str:
    """The issuer's name as the page's letterhead gives it (the type's issuer fallback), "" when none: a name
    printed without a label at the head of the page is never the issuer's own."""
    issuer = t.issuer_field
    if not issuer or t.fallback.get(issuer) != "letterhead":
        return ""
    return sane_org(hx.org(lines, 10)) or ""


ACCOUNT_LINE_SEP = re.compile(r"\s[-–—|·]\s")  # "Latrelle Pinder-Knowles - Chequing ****3092": name, separator, product


def account_line_name(lines: Sequence[Line]) -> str | None:
    """The holder a banking app names on its account's line, among a page's first :data:`TAIL_LINES` lines: a
    person's name, a separator set apart by spaces (a dash, a bar, a middle dot) and the product with its masked
    number's tail (:data:`MASKED_TAIL`): "Latrelle Pinder-Knowles - Chequing ****3092". The name must be a whole
    name as :func:`p_name` and :func:`sane_name` read one (two words or more, none a form's word); None otherwise
    (a product's name alone before the number, "Everyday ••••8046"). Else the name alone on the line right above
    such a line of a product and its masked or dotted tail (:data:`DOTTED_TAIL`: "Delphine R. Aukustsson" over
    "Everyday Checking ...3081", the holder an app prints over the account's card; independent set 18's Fargo app
    screen), else alone on the line right under it (independent set 23's app: "Classic Account ••••6613" over
    "Ciarán Joseph McLaughlin"; its bullets OCR read as other marks, :data:`GARBLED_TAIL`). By position and form only: the caller's fallback confidence has the user confirm it."""
    real = [ln for ln in lines if ln.page >= 0]
    for k, ln in enumerate(real):
        if not 0 <= ln.index < TAIL_LINES:
            continue
        text = fold(ln.text)
        m = MASKED_TAIL.search(text) or DOTTED_TAIL.search(text) or GARBLED_TAIL.search(text)
        if not m:
            continue
        parts = ACCOUNT_LINE_SEP.split(text[:m.start()].strip(), maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            name = parts[0].strip()
            if sane_name(p_name(name)) == name:
                return name
            continue
        if not re.search(r"[^\W\d_]", text[:m.start()]):
            continue
        # the line right above, else right below ("Classic Account ••••6613" over "Ciarán Joseph McLaughlin")
        for near in (real[k - 1] if k else None, real[k + 1] if k + 1 < len(real) else None):
            if near is None or near.page != ln.page or abs(near.index - ln.index) != 1 or len(near.cells()) != 1:
                continue
            name = fold(near.text).strip()
            if sane_name(p_name(name)) == name and not hx.is_org_name(name) and not hx.names_bank(name):
                return name
    return None


SUM_REACH = 6  # amounts after a monthly figure searched for the total they and it add up to


def column_summed(lines: Sequence[Line], value: str, words: Sequence[str]) -> str | None:
    """The total of the money column that holds ``value`` among its rows (:func:`tables.money_columns` under a
    heading naming one of ``words``: "Per Month", "Monthly", "Amount"), when a line after the rows prints their sum:
    a compensation table's "Gross Salary" under its per-month column, its per-annum column beside it kept apart (an
    Indian or Philippine certificate of employment and compensation). Formatted, or None."""
    want = Decimal(value)
    for col in tables.money_columns(lines, words):
        if col.total is not None and want in col.amounts and col.total != want:
            return fmt_money(col.total)
    return None


def summed_after(lines: Sequence[Line], value: str) -> str | None:
    """The total of a compensation table that opens with ``value``: the first amount after ``value`` (reading order,
    marked amounts) equal to ``value`` plus the one to :data:`SUM_REACH` positive amounts printed between them
    (Basic monthly salary 25,000.00 · Rice allowance 2,000.00 · Transportation allowance 1,500.00 · Total monthly
    compensation 28,500.00): the figures agree, so the monthly income is the total. Formatted, or None."""
    run = [h.value for ln in lines for h in find_money(clean(ln.text)) if h.marked]
    want = Decimal(value)
    for j, v in enumerate(run):
        if v != want:
            continue
        acc = v
        for k, c in enumerate(run[j + 1:j + 2 + SUM_REACH]):
            if k and c == acc:
                return fmt_money(c)
            if c <= 0:
                break
            acc += c
    return None


def monthly_from_annual(lines: Sequence[Line], words: Sequence[str]) -> str | None:
    """A monthly amount from the yearly one a letter prints beside one of ``words`` (the vocabulary's
    ``annual_income_words``: "an annual salary of $54,000.00" → "4500.00", "年薪18万元" → "15000.00"), as
    :func:`packet.understanding.unlabelled.money_after` finds it, over twelve and rounded to the cent; None when no
    such amount is printed. The caller gives it a low confidence (a bonus or a thirteenth month makes the true
    monthly amount less): derived, never printed."""
    yearly = hx.money_after(lines, words)
    if yearly is None:
        return None
    return fmt_money((Decimal(yearly) / 12).quantize(Decimal("0.01")))


# weeks in a year over months in a year: a weekly amount's monthly equivalent (US Department of Labor, 29 CFR
# 778.113(b): "multiply by 52 and divide by 12"; the same factor the UK's and New Zealand's benefit offices use)
WEEKS_A_YEAR = 52
WEEKS_PER_MONTH = Decimal(WEEKS_A_YEAR) / Decimal(12)
WEEK_HOURS = (1, 80)  # a week's hours worth believing (a number outside is a count of something else, or misread)


def weekly_hours(lines: Sequence[Line], words: Sequence[str]) -> Decimal | None:
    """The hours a week a letter states: the number right before one of ``words`` (the vocabulary's
    ``weekly_hours_words``: "40 hours per week", "37.5 hours a week"), spaces only between
    (:func:`number_stated`); None when none is printed, when two such numbers differ (a part-time and a full-time
    figure: which one is hers?) or the number is outside :data:`WEEK_HOURS`."""
    return number_stated(lines, ["{n} " + w for w in words], WEEK_HOURS)


def monthly_from_hourly(lines: Sequence[Line], rate_words: Sequence[str], hours_words: Sequence[str]) -> str | None:
    """A monthly amount from the rate of pay by the hour and the hours a week a letter states (the vocabulary's
    ``hourly_rate_words`` and ``weekly_hours_words``: "40 hours per week … $26.85 per hour" → 26.85 × 40 × 52 / 12
    = "4654.00", :data:`WEEKS_PER_MONTH`), rounded to the cent; None unless both are printed (the rate as
    :func:`packet.understanding.unlabelled.money_after` finds a marked amount beside a rate word, the hours as
    :func:`weekly_hours`). The caller gives it a low confidence: ordinary hours leave out overtime and allowances,
    and unpaid weeks make it less — derived, never printed."""
    hours = weekly_hours(lines, hours_words)
    if hours is None:
        return None
    rate = hx.money_after(lines, rate_words)
    if rate is None or Decimal(rate) <= 0:
        return None
    return fmt_money((Decimal(rate) * hours * WEEKS_PER_MONTH).quantize(Decimal("0.01")))


MONTH_DAYS = (1, 31)  # days worked a month worth believing
WEEK_DAYS = (1, 7)  # and a week


def number_stated(lines: Sequence[Line], forms: Sequence[str], bounds: tuple[int, int]) -> Decimal | None:
    """The number a letter states by one of ``forms`` (phrases with ``{n}`` for the number: the vocabulary's
    ``month_days_forms`` "每月出勤{n}天", "{n} days a month", ``week_days_forms``; :func:`weekly_hours`'s "{n} hours
    per week"), one or two digits and up to two decimals, spaces allowed round it; None when none is printed, when
    two differ, or the number is outside ``bounds``."""
    flat = hx.prose_text(lines)
    low = fold(flat).lower()
    found: set[Decimal] = set()
    for form in forms:
        head, _, tail = fold(form).lower().partition("{n}")
        pat = re.escape(head.strip()) + r"\s*(\d{1,2}(?:\.\d{1,2})?)\s*" + re.escape(tail.strip())
        for m in re.finditer(rf"(?<![\d.,]){pat}" if not head.strip() else pat, low):
            found.add(Decimal(m.group(1)))
    if len(found) != 1:
        return None
    (days,) = found
    return days if bounds[0] <= days <= bounds[1] else None


def amounts_before(flat: str, word: str, reach: int = 40) -> list[Decimal]:
    """The marked amounts (their size) printed right before each place ``word`` stands in ``flat`` (running text,
    :func:`packet.understanding.unlabelled.prose_text`) as a word of its own ("weekly", not inside "bi-weekly"):
    "WST 840.00 per fortnight", "200元/天" — within ``reach`` characters, nothing but spaces, a slash or a bracket
    between the amount and the word."""
    low, w = fold(flat).lower(), fold(word).lower()
    out = []
    for m in re.finditer(rf"(?<![a-z-]){re.escape(w)}(?![a-z])", low):
        start = max(0, m.start() - reach)
        before = [h for h in find_money(flat[start:m.start()]) if h.marked and h.value]
        if before and re.fullmatch(r"[\s/(（]*", flat[start + before[-1].end:m.start()]):
            out.append(abs(before[-1].value))
    return out


def day_rate(lines: Sequence[Line], pay_words: Sequence[str], labels: Sequence[str]) -> Decimal | None:
    """A day's pay a letter states: the marked amount printed right before one of ``pay_words`` ("KES 800 per
    day", "200元/天": nothing but spaces, a slash or a bracket between), else beside one of ``labels`` ("daily wage
    of ₹450", "日工资：200元", :func:`packet.understanding.unlabelled.money_after`). An amount after "per day" is
    another clause's ("8 hours per day at KES 100 an hour"): not taken. None when none, or two different ones."""
    flat = hx.prose_text(lines)
    found = {v for word in pay_words for v in amounts_before(flat, word)}
    if not found:
        labelled = hx.money_after(lines, labels)
        if labelled is not None:
            found.add(Decimal(labelled))
    return found.pop() if len(found) == 1 else None


def monthly_from_daily(lines: Sequence[Line], pay_words: Sequence[str], labels: Sequence[str],
                       month_forms: Sequence[str], week_forms: Sequence[str]) -> str | None:
    """A monthly amount from a day's pay and the days worked a letter states (the vocabulary's ``daily_pay_words``,
    ``daily_rate_labels``, ``month_days_forms``, ``week_days_forms``): "日工资200元，每月出勤26天" → 200 × 26 =
    "5200.00"; "KES 800 per day, 6 days a week" → 800 × 6 × 52 / 12 = "20800.00" (:data:`WEEKS_PER_MONTH`). None
    unless a day's pay (:func:`day_rate`) and the days (:func:`number_stated`; the month's days first) are both
    printed: no number of days is assumed. The caller gives it a low confidence: days off unpaid, overtime and
    allowances make the true month differ — derived, never printed."""
    rate = day_rate(lines, pay_words, labels)
    if rate is None or rate <= 0:
        return None
    days = number_stated(lines, month_forms, MONTH_DAYS)
    if days is not None:
        return fmt_money((rate * days).quantize(Decimal("0.01")))
    days = number_stated(lines, week_forms, WEEK_DAYS)
    if days is None:
        return None
    return fmt_money((rate * days * WEEKS_PER_MONTH).quantize(Decimal("0.01")))


def rated_income(lines: Sequence[Line], v) -> tuple[str, str] | None:
    """(the monthly amount, the evidence method) a letter's pay by a rate and the time worked gives: an hour's pay
    and the hours a week (:func:`monthly_from_hourly`, "hourly"), a day's pay and the days worked
    (:func:`monthly_from_daily`, "daily"), a week's or a fortnight's pay (:func:`monthly_from_period_pay`,
    "period-pay"), the first that is printed; ``v`` the vocabulary (:class:`packet.rules.registry.Vocabulary`).
    None when none is. Classification asks it too: such a letter states an income (classify.stated_income)."""
    got = monthly_from_hourly(lines, v.hourly_rate_words, v.weekly_hours_words)
    if got is not None:
        return got, "hourly"
    got = monthly_from_daily(lines, v.daily_pay_words, v.daily_rate_labels, v.month_days_forms, v.week_days_forms)
    if got is not None:
        return got, "daily"
    got = monthly_from_period_pay(lines, {**{w: WEEKS_A_YEAR for w in v.weekly_pay_words},
                                          **{w: WEEKS_A_YEAR // 2 for w in v.fortnightly_pay_words}})
    return (got, "period-pay") if got is not None else None


def monthly_from_period_pay(lines: Sequence[Line], periods: Mapping[str, int]) -> str | None:
    """A monthly amount from pay a letter states by another period: a marked amount printed right before a word of
    ``periods`` (the vocabulary's ``weekly_pay_words`` and ``fortnightly_pay_words``, each with its periods in a
    year: "WST 840.00 per
    fortnight" → 840.00 × 26 / 12 = "1820.00"; "$615.00 a week" → × 52 / 12), nothing but spaces, a slash or a
    bracket between (an amount after the word is another sentence's: "40 hours a week and $26.85 an hour"). None
    when none is printed, or when two such amounts give different monthly amounts (which one is the pay?). The
    caller gives it a low confidence: overtime, allowances and unpaid periods make the true month differ — derived,
    never printed. Periods in a year: 52 weeks, 26 fortnights (US Department of Labor, 29 CFR 778.113(b))."""
    flat = hx.prose_text(lines)
    found = {(v * per_year / 12).quantize(Decimal("0.01")) for word, per_year in periods.items()
             for v in amounts_before(flat, word)}
    return fmt_money(found.pop()) if len(found) == 1 else None


SPAN_MONTHS = (2, 24)  # a stated span of pay worth dividing a total by (one month is the month's own figure)


def months_stated(lines: Sequence[Line], dayfirst: bool, twelve: Sequence[str] = ()) -> int | None:
    """How many months a letter says its figures cover: a span of two months printed with a connector between
    them ("2025年11月至2026年10月", "from November 2025 to October 2026": both ends counted, 12), else 12 where it
    prints one of ``twelve`` (the vocabulary's ``past_year_words``: "近一年", "past twelve months"). None when it
    states no span, or two spans of different lengths, or one outside :data:`SPAN_MONTHS`."""
    flat = hx.prose_text(lines)
    hits = [h for h in find_dates(flat, dayfirst)]
    spans: set[int] = set()
    for a, b in pairwise(hits):
        if re.fullmatch(r"\s*(?:至|到|[-–—~～]|to|until|through|thru)\s*", flat[a.end:b.start], re.I):
            n = (b.value.year - a.value.year) * 12 + b.value.month - a.value.month + 1
            if SPAN_MONTHS[0] <= n <= SPAN_MONTHS[1]:
                spans.add(n)
            elif a.precision == "month" or b.precision == "month":
                return None
    if len(spans) == 1:
        return spans.pop()
    if spans:
        return None
    low = fold(flat).lower()
    return 12 if any(fold(w).lower() in low for w in twelve) else None


def monthly_from_span_total(lines: Sequence[Line], total_words: Sequence[str], twelve: Sequence[str],
                            dayfirst: bool, only: str | None = None) -> str | None:
    """A monthly amount from the total a letter states for a span of months: the marked amount after (or right
    before) one of ``total_words`` (the vocabulary's ``income_total_words``: "近一年收入合计 49,920.00元", "total
    income for the period") over the months :func:`months_stated` finds ("上述收入为2025年11月至2026年10月实际发放金额":
    12) → "4160.00". None unless both are printed; with ``only``, unless the total is that amount (a figure already
    taken for the month). The caller gives it a low confidence: a span's total may hold a bonus or irregular pay —
    derived, never printed."""
    months = months_stated(lines, dayfirst, twelve)
    if months is None:
        return None
    total = hx.money_after(lines, total_words)
    if total is None or Decimal(total) <= 0 or (only is not None and Decimal(total) != Decimal(only)):
        return None
    return fmt_money((Decimal(total) / months).quantize(Decimal("0.01")))


def _dated_by_role(reader: _Reader, out: dict[str, str | None], f: str, lines: Sequence[Line],
                   dayfirst: bool) -> str | None:
    """Date field ``f`` by the roles of the dates printed (:func:`packet.understanding.date_roles.bill_date`): the
    issue date, else the end of the care, else the last date of service, whatever label order gave ``out[f]``
    (a bill prints "Admission Date" before "Statement Date", 就诊日期 before 结算日期). A labelled value that is a
    date of another role (an admission, a payment) is dropped for the fallback. The evidence method of the chosen
    date when it is not the labelled value (None: the label's own evidence stands)."""
    found = date_roles.dated(lines, dayfirst)
    chosen = date_roles.bill_date(found)
    other = {d.value.isoformat() for d, o in zip(found, date_roles.other_calendar(found), strict=True) if o}
    if chosen is None and out[f] in other:
        # the labelled date is another calendar's ("BS Date : 25/01/2082"): the first Gregorian date no label gives
        # another role, else none (a year no bill has is not the document's date)
        greg = [d for d in found if d.value.isoformat() not in other and d.role != "unrelated" and not d.row]
        out[f] = greg[0].value.isoformat() if greg else None
        reader.chosen(f, None)
        return date_roles.CHOICE[""] if greg else None
    if chosen is None:
        if out[f] and any(d.role == "unrelated" and d.value.isoformat() == out[f] for d in found) \
                and not any(d.role != "unrelated" and d.value.isoformat() == out[f] for d in found):
            out[f] = None
            reader.chosen(f, None)
        return None
    value, method = chosen
    if value.isoformat() == out[f]:
        return None if method == "label" else method
    out[f] = value.isoformat()
    reader.chosen(f, None)
    return method


RUN_ON_REST = 4  # characters an organisation's name keeps after a person's name run on before it is cut off


def _without_a_name_run_on(t: DocType, out: dict[str, str | None]) -> None:
    """A bank's name that begins with a person's name the document gives in another field (a label's value run on
    into the title after it on one line: "户名：饶冬梅 鹰潭农村商业银行账户交易明细" gave the bank "饶冬梅鹰潭农村商业银行";
    independent set 15, read after it was judged) keeps what follows the name, when that is a name still (at least
    :data:`RUN_ON_REST` characters). Not an employer's or issuer's name: a firm may bear its owner's ("Jane Roe
    Consulting Ltd"); no bank bears its customer's. Changes ``out`` in place."""
    people = [out[f] for f in t.fields if t.kind(f) == "name" and out.get(f)]
    for f in t.fields:
        value = out.get(f)
        if t.kind(f) != "bank" or not value:
            continue
        for person in people:
            rest = value[len(person):].strip(" ,:：")
            if value.startswith(person) and len(rest) >= RUN_ON_REST:
                out[f] = rest
                break


def split_name(lines: Sequence[Line]) -> str | None:
    """A person's name a form asks in two boxes: the value right of a family-name label (the vocabulary's
    ``surname_labels``) and of a given-names label (``given_name_labels``), each a run of one to four name words, as
    "<given names> <family name>" ("Surname or family name  AMBROSE-THACKERAY" / "First or given name(s)  LEWIS
    OWEN" -> "LEWIS OWEN AMBROSE-THACKERAY"; independent set 15's P45, read after it was judged). A label printed
    in a box's top-left corner has its value under it, in the box: nothing right of the label, the line right
    below it is read in the label's column (:func:`value_below`, one line down: "3 Surname" over "HEPPLEWHITE",
    independent set 17's P45). None unless both are found, each once."""
    v = load_vocabulary()
    word = r"[A-Za-z][A-Za-z'’.\-–—]*"  # OCR reads a hyphen in a double-barrelled name as a dash
    run = re.compile(rf"({word}(?:\s+{word}){{0,3}})")
    known = {x.lower() for x in (*v.surname_labels, *v.given_name_labels)}

    def name_run(text: str) -> str | None:
        m = run.fullmatch(fold(text).strip())
        return m.group(1) if m and m.group(1).lower() not in known else None

    def one(labels: Sequence[str]) -> str | None:
        found = []
        for label in sorted(labels, key=len, reverse=True):
            for hit in find_labels(lines, label, blockers=[b for b in labels if label.lower() in b.lower()
                                                           and b.lower() != label.lower()]):
                after = strip_sep(hit.rest).strip()
                right = hit.line.cells()[hit.cell + 1:hit.cell + 2]
                m = name_run(after) or next((name_run(join_words(c)) for c in right), None)
                if m is None and not after and not right:
                    # the label alone in its box's top-left corner: its value on the next line, in the label's column
                    m = value_below(hit, lines, name_run, lambda s: s.strip().lower() in known, depth=1)
                if m:
                    found.append(m)
            if found:
                break
        return found[0] if len(set(found)) == 1 else None

    family, given = one(v.surname_labels), one(v.given_name_labels)
    if not (family and given):
        return None
    return re.sub(r"[-–—]+", "-", f"{given} {family}")


def greeted_addressee(lines: Sequence[Line]) -> str | None:
    """The name a letter is addressed to when its greeting names the same person: a name with a courtesy title alone
    on its line among the first lines (:func:`packet.understanding.unlabelled.titled_name`: "Mr. Jean-Paul
    Hoareau-Savy" over a postal address whose town the address reader does not know) whose last word the greeting
    repeats (a line opening with one of the vocabulary's ``letter_openings`` — "Dear Mr. Hoareau-Savy,"), or whose
    first given name the greeting gives alone after a courtesy title (the vocabulary's ``titles``: "Dear Mr. Shafeeq,"
    of a letter to "Mr. Shafeeq Kunhabdulla Puthiyapurayil", where a title goes with the given name, as in the Gulf,
    South Asia or Malaysia). A titled name the greeting does not name (a signatory, a manager the letter is copied
    to) is none. By position: the caller's fallback confidence has the user confirm it."""
    titled = sane_name(hx.titled_name(lines))
    if not titled:
        return None
    v = load_vocabulary()
    surname = fold(titled.split()[-1]).lower()
    given = fold(titled.split()[0]).lower()
    titles = {fold(t).lower().strip(".") for t in v.titles}
    openings = sorted((fold(o).lower() for o in v.letter_openings), key=len, reverse=True)
    for ln in lines:
        text = fold(ln.text).strip().lower()
        opening = next((o for o in openings if text.startswith(o)), None)
        if opening is None:
            continue
        if re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            return titled
        words = re.sub(r"[,:;!]+$", "", text[len(opening):].strip()).split()
        if len(titled.split()) > 1 and len(words) == 2 and words[0].strip(".") in titles and words[1] == given:
            return titled
    return None


GREETED_WORDS = (2, 5)  # words of a whole name a greeting's one name is looked for in (given names and family names)


def greeted_cell(lines: Sequence[Line]) -> str | None:
    """The whole name of the person a letter greets by one name ("Dear Semisi," of a redundancy notice whose
    particulars grid prints "Worker's name | Semisi Vakaloloma Tuilagi"): the greeting is a line opening with one of
    the vocabulary's ``letter_openings`` followed by one capitalised word (a given name), or a courtesy title and one
    word (a family name); the name is the one cell of the document, not on the greeting's line, of
    :data:`GREETED_WORDS` capitalised words that :func:`sane_name` accepts and that opens with that given name, or
    ends with that family name (whole words). Two such cells naming different people, a greeting of several words or
    of none (Sir, Madam, Customer: the vocabulary's ``not_name_words``) give None. By position and agreement only:
    never certain (the ``prose`` fallback's confidence, packet.understanding.evidence, is below 0.9)."""
    v = load_vocabulary()
    openings = sorted((fold(o).lower().strip() for o in v.letter_openings if re.search(r"[a-z]", o)), key=len,
                      reverse=True)
    titles = {t.lower().strip(".") for t in v.titles}
    greeted: tuple[str, bool] | None = None  # (the name greeted, whether it is a family name after a title)
    where = None
    for ln in lines:
        text = fold(ln.text).strip()
        low = text.lower()
        opening = next((o for o in openings if low.startswith(o) and o.isalpha()), None)
        if opening is None:
            continue
        words = re.sub(r"[,:;!]+$", "", text[len(opening):].strip()).split()
        if len(words) == 2 and words[0].lower().strip(".") in titles:
            greeted, where = (words[1], True), ln
        elif len(words) == 1:
            greeted, where = (words[0], False), ln
        break
    if greeted is None:
        return None
    name, family = greeted
    if not re.fullmatch(r"[A-Z][a-zA-Z'-]+", name) or name.lower() in v.not_name_words \
            or name.lower() in titles:
        return None
    found: set[str] = set()
    for ln in lines:
        if ln is where:
            continue
        for cell in ln.cells():
            text = fold(join_words(cell)).strip(" ,.;:")
            words = text.split()
            if not GREETED_WORDS[0] <= len(words) <= GREETED_WORDS[1] \
                    or not all(re.fullmatch(r"[A-Z][a-zA-Z'.-]*", w) for w in words):
                continue
            if (words[-1] if family else words[0]).casefold() != name.casefold():
                continue
            if sane_name(text) is not None:
                found.add(text)
    return found.pop() if len(found) == 1 else None


def _fallback(t: DocType, field: str, lines: Sequence[Line], dayfirst: bool) -> str | None:
    """A field printed without a label, looked for as the type's ``fallback`` for it says (None: not at all)."""
    how = t.fallback.get(field)
    kind = t.kind(field)
    if how in ("letterhead", "sealed"):
        rows = quarter_table_rows(lines)
        lines = [ln for ln in lines if (ln.page, ln.index) not in rows] if rows else lines
    if how == "letterhead":
        return sane_org(hx.org(lines, 10))
    if how == "sealed":
        # no name printed as a company's or a body's, by place or seal: the company a sentence says the person works
        # for, where the field is the employer (a photo that cut off the letterhead)
        return sane_org(hx.org(lines, None, sealed_first=True, agencies=True)) or (
            sane_org(hx.employed_by(lines)) if t.org_group.get(field) == "employer" else None)
    if how == "bank":
        return bank_name(sane_bank(hx.bank(lines)))
    if how == "provider":
        return hx.provider(lines) or hx.payee(lines) or hx.foot_provider(lines)
    if how in ("address", "address_or_head"):
        return _addressee(t, lines)
    if how == "prose":  # the letter's subject ("兹证明张伟同志", "Re: Kevin Hartman"), else the block it is addressed to,
        # else whom it greets, else whom its recipient label names ("To / À : Dawson Kyle Tremblay": a notice handed to
        # the person; "Dear Mr Okonkwo-Baptiste" is the greeting's, which finds the full name)
        return sane_name(hx.person(lines)) \
            or hx.address_name(lines, ok=lambda s: sane_name(s, surname_free=True) is not None) \
            or greeted_addressee(lines) or greeted_cell(lines) \
            or hx.recipient(lines, lambda s: sane_name(p_name(s)))
    if how == "heading" and kind == "month":
        for ln in lines[:10]:
            hits = [h for h in find_dates(ln.text, dayfirst) if h.precision == "month"]
            if hits:
                return hits[0].value.strftime("%Y-%m")
        # no month printed: a pay period printed as a range in the heading ("PAYSLIP Jun. 01, 2026 to Jun. 15, 2026",
        # a half month's cut-off), as parse_month reads a labelled one: the month it ends in
        rng = heading_range(lines[:10], dayfirst)
        if rng and (rng[1] - rng[0]).days <= PAY_PERIOD_DAYS:
            return rng[1].strftime("%Y-%m")
        # no month printed: the month of the one date the heading labels as a date ("Advice no. 1 | Date: 12/31/2025",
        # a stub's pay date), never a birthday
        v = load_vocabulary()
        for ln in lines[:10]:
            low = fold(ln.text).lower()
            if any(re.search(p, low) for p in v.birth_patterns):
                continue
            days = [h for h in find_dates(ln.text, dayfirst) if h.precision == "day"]
            if len(days) == 1 and any(re.search(rf"(?<![a-z]){re.escape(w)}\s*[:：]", low) for w in v.date_label_words):
                return days[0].value.strftime("%Y-%m")
        titled = title_date(lines[:10], t.titles, dayfirst, v.birth_patterns)
        return titled.strftime("%Y-%m") if titled else None
    if how == "heading" and kind in ("start", "end"):
        rng = heading_range(lines, dayfirst)
        return rng[0 if kind == "start" else 1].isoformat() if rng else None
    if how == "issued":  # no date of the bill's own roles printed: the first date no label gives another role
        d = date_roles.roleless(date_roles.dated(lines, dayfirst))
        return d.isoformat() if d else None
    if how in ("first_date", "letter_date"):
        d = hx.letter_date(lines, dayfirst) if how == "letter_date" else hx.first_date(lines, dayfirst)
        return d.isoformat() if d else None
    if how in ("money_after", "monthly"):
        return hx.money_after(lines, t.near.get(field, ()))
    if how == "largest_total":
        return hx.largest_total(lines, t.near.get(field, ())) or largest_whole_total(lines, t.near.get(field, ())) \
            or hx.worded_figure(lines)
    if how == "account_form":
        v = load_vocabulary()
        return account_form(lines, v.account_form_patterns, v.phone_words)
    if how == "earnings_rows":
        v = load_vocabulary()
        total = tables.earnings_total(lines, t.near.get(field, ()), v.current_column_words, v.avoid.get(kind, ()))
        return fmt_money(total) if total is not None else None
    return None


TITLE_DATE_GAP = 2  # at most this many words (no digit among them) between a title and the date it is for


def title_date(lines: Sequence[Line], titles: Sequence[str], dayfirst: bool, birth: Sequence[str] = ()) -> date | None:
    """The one full date a document's title is for, printed on the title's line right after it ("Paystub For Wed,
    Aug 14 2024", "Pay Advice 31/10/2026"): a line of ``lines`` holding one of ``titles`` (the type's, folded,
    case-insensitive) and exactly one date of day precision, which follows the title with at most
    :data:`TITLE_DATE_GAP` words between them (a preposition, a weekday) and no digit; a line matching one of
    ``birth`` (patterns) is skipped. The first such line's date, or None."""
    for ln in lines:
        text = clean(ln.text)
        low = fold(text).lower()
        if any(re.search(p, low) for p in birth):
            continue
        days = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
        if len(days) != 1:
            continue
        for title in titles:
            m = re.search(rf"(?<![a-z]){re.escape(fold(title).lower())}(?![a-z])", low)
            if m is None or m.end() > days[0].start:
                continue
            between = re.findall(r"[^\W\d_]+|\d", low[m.end():days[0].start])
            if len(between) <= TITLE_DATE_GAP and not any(w.isdigit() for w in between):
                return days[0].value
    return None


PAY_PERIOD_DAYS = 31  # at most this long a pay period (a week, a fortnight, half a month, a month)
HEADING_LINES = 20  # a period printed as a heading is among the first lines of a page (each page repeats it)


def heading_range(lines: Sequence[Line], dayfirst: bool) -> tuple[date, date] | None:
    """A period printed as a heading: the first range among the first :data:`HEADING_LINES` lines of any page
    (a continuation page repeats its statement's period in its header), written with two full dates ("May 1, 2019
    to May 31, 2019") or with the year only at the end ("1 February to 1 March, 2019"); None when none is."""
    for ln in lines:
        if not 0 <= ln.index < HEADING_LINES:
            continue
        text = clean(ln.text)
        days = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
        # one full date is enough when the other end is written without its year ("November 1 - November 30,
        # 2026", "1 Oct to 31 Oct 2026"): parse_range takes only an explicit range, never a lone date
        if days or _SHORT_RANGE.search(text):
            rng = _range_or_month(ln.text, dayfirst)
            if rng and rng[0] < rng[1]:
                return rng
    return None


def heading_month(lines: Sequence[Line], dayfirst: bool) -> tuple[date, date] | None:
    """The one month a statement's heading names ("Statement for July 2024", a file title printed at the top,
    "bank_statement_july_2024"): the first and last days of the only month (a date of month precision: no day) among
    the first :data:`HEADING_LINES` lines of any page; words joined by underscores are read apart. None when there is
    none or more than one month."""
    months = set()
    for ln in lines:
        if 0 <= ln.index < HEADING_LINES:
            text = clean(ln.text).replace("_", " ")
            months |= {h.value.replace(day=1) for h in find_dates(text, dayfirst) if h.precision == "month"}
    if len(months) != 1:
        return None
    (m,) = months
    return m, month_end(m)


def _one_period(t: DocType, reader: _Reader, out: dict[str, str | None], lines: Sequence[Line],
                dayfirst: bool) -> None:
    """A period's two ends from one place: when a label gave only one of them (a one-word label such as "From"
    can sit in a sentence: "From 12 April 2022 we're reducing…") and a heading prints the whole range, both
    ends are the heading's."""
    start, end = t.field_of_kind("start"), t.field_of_kind("end")
    if not start or not end or t.fallback.get(start) != "heading" or t.fallback.get(end) != "heading":
        return
    by_label = [f for f in (start, end) if f in reader.found]
    if len(by_label) != 1:
        return
    rng = heading_range(lines, dayfirst)
    if rng:
        out[start], out[end] = rng[0].isoformat(), rng[1].isoformat()
        reader.chosen(start, out[start])
        reader.chosen(end, out[end])


STACKED_EDGE = 0.03  # a cell's left or right edge this close (a fraction of the page width) to the one above it
STACKED_SPAN = 400  # days: at most this long a period printed as two stacked dates


def _stacked_end(t: DocType, reader: _Reader, out: dict[str, str | None], lines: Sequence[Line],
                 dayfirst: bool) -> bool:
    """A period's end printed alone on the line under its start's label and value, at the same left or right edge
    (:data:`STACKED_EDGE`): "FROM 01-FEB-2026" over "TO 28-FEB-2026", "Start date: 2025-03-06" over "2025-03-13"
    — a range wrapped over two lines (:func:`packet.understanding.values.range_end_alone`: an optional connecting
    word and one full date, nothing else), no later than :data:`STACKED_SPAN` days after the start. Sets the end in
    ``out`` and returns True when it was found so (its evidence: by position, below a label's)."""
    start, end = t.field_of_kind("start"), t.field_of_kind("end")
    if not start or not end or out.get(end) or not out.get(start) or start not in reader.found:
        return False
    hit = reader.found[start][0]
    if hit.line.page < 0 or hit.cell >= len(hit.line.cells()):
        return False
    upper = hit.line.cells()[hit.cell]
    ux0, ux1 = min(w.box[0] for w in upper), max(w.box[2] for w in upper)
    first = date.fromisoformat(out[start])
    for ln in lines:
        if ln.page != hit.line.page or ln.index != hit.line.index + 1:
            continue
        for cell in ln.cells():
            x0, x1 = min(w.box[0] for w in cell), max(w.box[2] for w in cell)
            if abs(x0 - ux0) > STACKED_EDGE and abs(x1 - ux1) > STACKED_EDGE:
                continue
            day = range_end_alone(join_words(cell), dayfirst)
            if day is not None and first <= day <= first + timedelta(days=STACKED_SPAN):
                out[end] = day.isoformat()
                return True
    return False


def _month_number(text: str) -> int | None:
    """A month alone in its cell: 1-12 (optionally "10月", "11月份"), or an English month's name or abbreviation."""
    t = fold(text).strip(" .:：").lower()
    m = re.fullmatch(r"(\d{1,2})\s*月?份?", t)
    if m:
        return int(m.group(1)) if 1 <= int(m.group(1)) <= 12 else None
    return MONTHS.get(t)


def _year_number(text: str) -> int | None:
    """A year alone in its cell: 1990-2099 (optionally "2024年")."""
    m = re.fullmatch(r"((?:19|20)\d\d)\s*年?", fold(text).strip(" .:："))
    return int(m.group(1)) if m and int(m.group(1)) >= 1990 else None


def month_in_cells(lines: Sequence[Line], month_labels: Sequence[str], year_labels: Sequence[str]
                   ) -> tuple[str, Hit] | None:
    """A month printed as its month and its year in two cells, each under or after its own label: a table's
    "month | year" columns over "10 | 2024", a form's "Month: October   Year: 2024", 年/月 cells. The year's
    label must be on the month label's line or one of the two lines after it (the same row of headings, or a
    form's next line), and each value must be nothing but a month (1-12 or its name) or a year (1990-2099).
    Returns ("YYYY-MM", the month label's hit) or None. The labels are the vocabulary's ``month_cell_labels``
    and ``year_cell_labels``."""
    labels = [*month_labels, *year_labels]

    def stop(text: str) -> bool:
        low = fold(text).lower().strip()
        return any(label_pattern(lb).match(low) for lb in labels)

    def value(hit: Hit, parse: Callable[[str], int | None]) -> int | None:
        v = value_right(hit, parse, stop)
        return v if v is not None else value_below(hit, lines, parse, stop, depth=2)

    for ml in month_labels:
        for mh in find_labels(lines, ml):
            month = value(mh, _month_number)
            if month is None:
                continue
            for yl in year_labels:
                for yh in find_labels(lines, yl):
                    if yh.line.page != mh.line.page or not 0 <= yh.line.index - mh.line.index <= 2 or yh == mh:
                        continue
                    year = value(yh, _year_number)
                    if year is not None:
                        return f"{year:04d}-{month:02d}", mh
    return None


def remainder(lines: Sequence[Line], whole: str, labels: Sequence[str], avoid: Sequence[str]) -> str | None:
    """The part left of ``whole`` (a decimal string) after the printed total taken from it: gross pay less the
    amount a label of ``labels`` gives ("Total deductions", "扣款合计": beside it, else in the cell under it), a
    sure amount (:func:`p_sure_money`) not next to one of ``avoid`` (year to date). None when no such label gives
    an amount, or the amount is not between 0 and the whole (not what was taken from it)."""
    def never(_text: str) -> bool:
        return False

    for label in labels:
        for hit in find_labels(lines, label, avoid=avoid):
            if tables.under_heading(lines, hit.line, hit.x0, hit.x1, avoid):
                continue
            v = value_right(hit, p_sure_money, never)
            if v is None:
                v = value_below(hit, lines, p_sure_money, never, depth=1)
            if v is not None and 0 < Decimal(v) < Decimal(whole):
                return fmt_money(Decimal(whole) - Decimal(v))
    return None


def money_text(line: Line) -> str:
    """The cleaned text of ``line`` for reading its amounts: cell by cell, so that a figure grouped by spaces alone in
    its cell ("R 3 369.38") reads as one amount (:func:`packet.understanding.values.cells_money_text`)."""
    return cells_money_text([clean(join_words(c)) for c in line.cells()])


def sum_of_items(lines: Sequence[Line], most: int = 40) -> str | None:
    """The printed amount that equals the sum of a run of at least two amounts printed just before it, in
    reading order (a bill's items and its total: 1,040.00 + 8,600.00 + … = 费用总额 31,199.37); the largest
    such amount, formatted as the report writes money, or None. Sure amounts only (decimals or a currency
    mark, or grouped in thousands: "15,000", whose currency sign OCR may have read as a letter), and at most
    ``most`` amounts back, so the search stays linear in the page's length."""
    texts = [money_text(ln) for ln in lines]
    amounts = [h.value for text in texts for h in find_money(text)
               if h.value > 0 and (h.marked or re.search(r"\d,\d{2,3}(?!\d)", text[h.start:h.end]))]
    best = None
    for i, value in enumerate(amounts):
        total = Decimal(0)
        for k in range(i - 1, max(-1, i - 1 - most), -1):
            total += amounts[k]
            if total == value and i - k >= 2:
                best = value if best is None or value > best else best
                break
            if total > value:
                break
    return fmt_money(best) if best is not None else None


def charged_items(lines: Sequence[Line], dayfirst: bool) -> tuple[Decimal, tuple[int, ...]] | None:
    """The sum of a bill's item charges and the item lines (their indexes in ``lines``): each line that begins with a date (the date of
    service) and prints a sure positive amount after it is an item, its first such amount the charge (a bill's
    item columns run charge, then payments, adjustments and what remains: the US CMS-1500/UB-04 statement
    layouts and UK private invoices alike). None without such a line. A row whose first amount is negative or
    in brackets (a payment or a credit) is no charge."""
    total, rows = Decimal(0), []
    for i, ln in enumerate(lines):
        text = clean(ln.text)
        dates = find_dates(text, dayfirst)
        if not dates or dates[0].precision != "day" or dates[0].start > 3:
            continue
        rest = text[dates[0].end:]
        amounts = [h for h in find_money(rest) if h.marked]
        if not amounts or amounts[0].value <= 0 or re.match(r"\s*[(-]", rest[amounts[0].start - 1:amounts[0].start]):
            continue
        total += amounts[0].value
        rows.append(i)
    return (total, tuple(rows)) if rows else None


def _total_charged(lines: Sequence[Line], dayfirst: bool, value: str | None) -> str | None:
    """A bill's total as the sum of its item charges (:func:`charged_items`) where the labelled ``value`` is
    smaller: the total charged is never less than the charges it adds up, so a smaller labelled figure is what
    remains owed (Amount due, Patient balance) or an ageing bucket's total. The sum must agree with the page: printed on
    a line that is not an item (a total), or, for a single item, its own charge — then
    only against a labelled value. A larger labelled total is kept (an item the reading missed); without a
    labelled value, a sum no total line prints is no total. ``value`` otherwise."""
    items = charged_items(lines, dayfirst)
    if items is None:
        return value
    charged, rows = items
    elsewhere = {h.value for i, ln in enumerate(lines) if i not in rows for h in find_money(ln.text) if h.marked}
    agrees = charged in elsewhere or (len(rows) == 1 and value is not None)
    if agrees and (value is None or Decimal(value) < charged):
        return fmt_money(charged)
    return value


CHAIN_REACH = 6  # amounts back from a balance searched for the charges it is what remains of


def charged_before_deductions(lines: Sequence[Line], value: str | None, words: Sequence[str],
                              discounts: Sequence[str] = ()) -> str | None:
    """The charges a bill's balance is what remains of: where the labelled ``value`` is printed as the last of a
    run of amounts ``C, d1 … dk, value`` (k >= 1, in reading order: a summary row of Charges | Insurance payments |
    Adjustments | Balance, or a summary column of Total fees / Less insurer / Balance payable) with C − |d1| − … −
    |dk| = value, each deduction printed negative or in brackets, as 0.00, or on a line holding one of ``words``
    (the vocabulary's bill_deduction_words: insurance, adjustment, discount, 统筹, 预交金 …): the figures that make
    the arithmetic work say ``value`` is what remains owed and C what was charged. A run whose every deduction is
    on a line of a price reduction (one of ``discounts``, the vocabulary's bill_discount_words: discount, 优惠) and of
    no payment (no other of ``words`` but "less") is no such run: the bill charges the reduced price, and ``value``
    is its total (Amount 1,000.00 − Discount 500.00 = Total Amount 500.00). C formatted, or None when no such run is
    printed (then ``value`` stands). C may be printed with its currency sign read as a digit ("TOTAL 74,745.38" for
    ₹4,745.38 over "Deposit paid -1,755.79" and "Balance Due 2,989.59": :func:`_sign_as_digit`); the arithmetic
    confirms the reading, and C is then the figure without that digit."""
    if value is None:
        return None
    target = Decimal(value)
    run = _amount_run(lines, words, discounts)
    for j, (v, _, _, _) in enumerate(run):
        if abs(v) != target:
            continue
        left = Decimal(0)
        paid = False  # a deduction of the run is no price reduction
        for i in range(j - 1, max(-1, j - 1 - CHAIN_REACH), -1):
            c, deduction, discount, unsigned = run[i]
            if i < j - 1 and c > target and c - left == target:
                return fmt_money(c) if paid else None
            if i < j - 1 and left and target + left in unsigned:
                return fmt_money(target + left) if paid else None
            if not deduction:
                break
            left += abs(c)
            paid = paid or not discount
    return None


def _amount_run(lines: Sequence[Line], words: Sequence[str], discounts: Sequence[str]) \
        -> list[tuple[Decimal, bool, bool, frozenset[Decimal]]]:
    """Every marked amount of ``lines`` in reading order: (its value, whether it may be a deduction — negative, in
    brackets, 0.00 or on a line holding one of ``words`` —, whether its line is a price reduction's: one of
    ``discounts`` and no other of ``words`` but "less", what it reads as with its first digit a currency sign
    misread: :func:`_sign_as_digit`)."""
    low = [fold(w).lower() for w in words]
    off = [fold(w).lower() for w in discounts]
    payers = [w for w in low if w not in off and w != "less"]
    word = lambda w, text: re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text)  # noqa: E731
    run: list[tuple[Decimal, bool, bool, frozenset[Decimal]]] = []
    for ln in lines:
        text = money_text(ln)
        folded = fold(ln.text).lower()
        worded = any(w in folded for w in low)
        discount = any(word(w, folded) for w in off) and not any(word(w, folded) for w in payers)
        for h in find_money(text):
            if not h.marked:
                continue
            signed = h.value < 0 or bool(re.search(r"\(\s*$", text[:h.start]))
            run.append((h.value, signed or h.value == 0 or worded, discount, _sign_as_digit(text, h.start, h.end)))
    return run


def after_discount(lines: Sequence[Line], charged: str, words: Sequence[str], discounts: Sequence[str]) -> str | None:
    """The reduced price a bill charges: the amount printed after ``charged`` with only price reductions between
    them (amounts on lines of ``discounts`` that may be deductions, :func:`_amount_run`) and equal to charged − the
    reductions (Amount 1,000.00, Discount 500.00, Total Amount 500.00): the bill's total, though its items add up
    to ``charged``. Formatted, or None when no reduction follows ``charged``."""
    gross = Decimal(charged)
    run = _amount_run(lines, words, discounts)
    rounds = _rounding_at(lines, load_vocabulary().round_off_words)
    for j, (v, _, _, _) in enumerate(run):
        if v != gross:
            continue
        left = Decimal(0)
        for k, (c, deduction, discount, _) in enumerate(run[j + 1:j + 1 + CHAIN_REACH], start=j + 1):
            if left and c == gross - left and c > 0:
                return fmt_money(c)
            if k in rounds and left:  # "Round off -0.05" after the reduction: added as printed, signed
                left -= c
                continue
            if not (deduction and discount):
                break
            left += abs(c)
    return None


def _rounding_at(lines: Sequence[Line], words: Sequence[str]) -> set[int]:
    """The positions, in :func:`_amount_run`'s reading order (every marked amount), of the amounts that round what
    is payable: on a line holding one of ``words`` (the vocabulary's round_off_words: "Round off", "Rounding
    adjustment", 抹零) and less than one unit (a rounding never moves a whole unit)."""
    pattern = _worded(words)
    out: set[int] = set()
    k = 0
    for ln in lines:
        on = bool(pattern and pattern.search(fold(ln.text).lower()))
        for h in find_money(clean(ln.text)):
            if not h.marked:
                continue
            if on and 0 < abs(h.value) < 1:
                out.add(k)
            k += 1
    return out


TAX_REACH = 5  # amounts after a subtotal searched for its discount, its taxes and the total they add up to


def _worded(words: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``words`` as a whole word (case-insensitive, full-width folded text)."""
    if not words:
        return None
    alt = "|".join(re.escape(fold(w).lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{alt})(?![a-z])")


def taxed_total(lines: Sequence[Line], value: str | None, tax_words: Sequence[str],
                deduction_words: Sequence[str]) -> str | None:
    """The total a bill's taxes add up to, where ``value`` is its subtotal: ``value`` printed, then within
    :data:`TAX_REACH` amounts after it (reading order) optional deductions (printed negative or in brackets, or on a
    line holding one of ``deduction_words``: a discount, a rebate), at least one tax (a positive amount on a line
    holding one of ``tax_words``: GST, VAT, 增值税 — the vocabulary's sales_tax_words) and then an amount equal to
    ``value`` − deductions + taxes: total = subtotal − discount + tax, the arithmetic every tax invoice prints
    (AU/NZ/SG/IN GST, UK/IE/ZA VAT, CA HST, 增值税). That total formatted, or None when the figures do not add up
    (``value`` then stands). A later balance (the total less a payment) is never reached: the run stops at the
    first amount that is neither a tax, a deduction nor the sum. The sum may be printed with its currency sign read
    as a digit (:func:`packet.understanding.figures.readings`, ``sign-as-digit``: "TOTAL 74,745.38" for ₹4,745.38 on
    a far photo, the generated bill of tests/test_amounts_generated.py): the subtotal and its taxes adding up to the
    figure without its first digit is the confirmation; the total is then that figure."""
    if value is None:
        return None
    taxes, deductions = _worded(tax_words), _worded(deduction_words)
    if taxes is None:
        return None
    rounding = _worded(load_vocabulary().round_off_words)
    # (amount, "tax" | "less" | "round" | "plain", what it reads as with its first digit a currency sign misread)
    run: list[tuple[Decimal, str, frozenset[Decimal]]] = []
    for ln in lines:
        text = clean(ln.text)
        low = fold(ln.text).lower()
        for h in find_money(text):
            if not h.marked:
                continue
            signed = h.value < 0 or bool(re.search(r"\(\s*$", text[:h.start]))
            role = ("round" if rounding is not None and rounding.search(low) and 0 < abs(h.value) < 1
                    else "less" if signed or (deductions is not None and deductions.search(low))
                    else "tax" if taxes.search(low) else "plain")
            run.append((h.value, role, _sign_as_digit(text, h.start, h.end)))
    base = Decimal(value)
    for j, (v, _, _) in enumerate(run):
        if v != base:
            continue
        acc, taxed = base, False
        for a, role, unsigned in run[j + 1:j + 1 + TAX_REACH]:
            if taxed and acc in unsigned and acc > base:
                return fmt_money(acc)  # the total, its currency sign read as its first digit
            if taxed and a == acc and a > base - abs(a):
                return fmt_money(a) if a != base else None
            if role == "less":
                acc -= abs(a)
            elif role == "tax" and a > 0:
                acc += a
                taxed = True
            elif role == "round" and taxed:  # "Round off -0.05" / "+0.05": added as printed, signed
                acc += a
            else:
                break
    return None


def _sign_as_digit(text: str, start: int, end: int) -> frozenset[Decimal]:
    """The values the amount at ``text[start:end]`` (one line's text) reads as when its first digit is a currency
    sign OCR misread (:func:`packet.understanding.figures.readings`, ``sign-as-digit``: "74,745.38" for ₹4,745.38);
    empty when a currency sign or code is printed right before it (the digit is then the figure's own)."""
    if re.search(r"[$£€¥￥₹\u20a0-\u20cf]\s*$|(?<![A-Za-z])[A-Z]{3}\s*$", text[:start]):
        return frozenset()
    return frozenset(r for r, how in figures.readings(text[start:end]) if how == "sign-as-digit")


def largest_whole_total(lines: Sequence[Line], words: Sequence[str]) -> str | None:
    """A total printed in whole units, for a document whose total lines print no sure amount: the largest figure
    grouped in thousands that stands alone in its cell (:func:`packet.understanding.values.cell_amount`: "Total
    Bill Amount:   ¹48,250", the rupee sign lost) on a line naming a total (``words``: the type's ``near``
    words, matched case-insensitively). A bare figure without grouping ("2024", "99213") is never one. The largest,
    since a bill's total charged is not less than what remains owed or what insurance paid."""
    best = None
    for ln in lines:
        if ln.page < 0 or not any(fold(w).lower() in fold(ln.text).lower() for w in words):
            continue
        for cell in ln.cells():
            got = cell_amount(join_words(cell))
            if got is not None and got.grouped and got.value > 0 and (best is None or got.value > best):
                best = got.value
    return fmt_money(best) if best is not None else None


def untotalled_items(columns: Sequence[tables.MoneyColumn], lines: Sequence[Line]) -> str | None:
    """A bill's total when it prints none: the sum of a money column's rows (at least two, each a positive amount
    marked as money: "Cost" over "$50" and "$20") when those rows hold every marked amount the document prints —
    nothing else (a payment, a deposit, a balance) that the sum might have to take into account. None otherwise.
    The value is a sum nothing printed confirms: its evidence method "items-sum" keeps it below the confidence at
    which a value is shown as sure (packet.understanding.evidence.METHOD). A figure of 0 adds nothing (an item
    bulk-billed at 0.00), and one inside an item's words is no charge (:func:`in_phrase`: "lenses, hi-index 1.67,
    pair"): neither is an amount the sum leaves out (independent set 18's Hobart optometrist photo, its total under a
    thumb). A line among the column's rows or right after them that ends in a figure the column did not take (an
    amount OCR misread, "222-15") leaves the sum short: None."""
    marked = [(i, h.value) for i, ln in enumerate(lines) for cell in ln.cells()
              for text in (join_words(cell),) for h in find_money(text)
              if h.marked and h.value != 0 and not in_phrase(text, h.start, h.end)]
    for c in columns:
        charged = [(i, a) for i, a in zip(c.rows, c.amounts, strict=True) if a != 0]
        if c.total is not None or len(charged) < 2 or any(a < 0 for a in c.amounts):
            continue
        if any(j not in c.rows and lines[j].page == c.page and re.search(r"\d", lines[j].words[-1].text)
               for j in range(c.rows[0], min(len(lines), c.rows[-1] + 2))):
            continue  # a row among or right after the column's that ends in a figure it could not read ("222-15")
        if sorted(i for i, _ in marked) == sorted(i for i, _ in charged) and all(
                v == a for (i, v), (_, a) in zip(sorted(marked), charged, strict=True)):
            return fmt_money(sum(c.amounts, Decimal(0)))
    return None


def in_phrase(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` (one cell's text) stands between words of its cell: letters before
    it and after it ("Single vision lenses, hi-index 1.67, pair": a measure in a description, not a charge)."""
    return bool(re.search(r"[^\W\d_]", text[:start])) and bool(re.search(r"[^\W\d_]", text[end:]))


def column_total(columns: Sequence[tables.MoneyColumn], value: str | None, glyph: str | None = None) -> str | None:
    """A bill's total as the largest total of a money column whose rows add up to it
    (:func:`packet.understanding.tables.money_columns`: "Amount" over 17,500 … 3,500 and "Total 48,250" under them),
    where ``value`` is None or smaller: the total charged is never less than the charges it adds up, so a smaller
    labelled figure is what remains owed (Patient liability, Amount due, Balance due). A larger ``value`` stays,
    unless it is such a total with its currency sign read as the digit ``glyph`` ("118,150" for ₹18,150:
    :func:`packet.understanding.tables.misread_sign`).
    The figures agreeing is what lets a whole-unit total without decimals or currency sign count."""
    sums = [c.total for c in columns if c.total is not None]
    if not sums:
        return value
    best = max(sums)
    if value is None or Decimal(value) < best:
        return fmt_money(best)
    digits = str(int(abs(Decimal(value))))
    if glyph is not None and digits.startswith(glyph) and len(digits) > 1 and Decimal(digits[1:]) in sums \
            and Decimal(value) == int(Decimal(value)):
        return fmt_money(Decimal(digits[1:]))  # the labelled figure is the agreeing total with its sign read as a digit
    return value


BARE_GROUPED = 0.75  # a whole-unit figure beside its label, grouped in thousands ("48,250"): (b) alone
BARE_PLAIN = 0.6  # the same without grouping ("900": a count or a code as much as an amount)
SAME_FORM = 0.9  # (d): the document prints at least SAME_FORM_COUNT other amounts written the same way
SAME_FORM_COUNT = 2


def whole_unit_doubt(t: DocType, out: Mapping[str, str | None], found: Mapping[str, Evidence], text: str,
                     columns: Sequence[tables.MoneyColumn]) -> dict[str, Evidence]:
    """The evidence of each money field, its confidence lowered where the value is a whole-unit figure that nothing
    but its label makes an amount (issue 10: "48,250" beside "Total", "900" beside "Fee"). A figure is an amount
    for sure when the document prints it with decimals or a currency mark somewhere (:class:`~packet.understanding.
    values.MoneyHit` ``marked``), it stands in a money column or is the total a money column adds up to
    (:func:`packet.understanding.tables.money_columns`), or it is one of the type's ``reconcile`` pair whose
    difference is printed (gross − net = the deductions), or it was worked out from marked amounts
    (:data:`WORKED_FROM_MARKED`: a yearly salary over twelve, an hourly rate by the week's hours); such values
    keep their confidence. Otherwise the
    confidence is multiplied by :data:`BARE_GROUPED` when the figure is grouped in thousands as printed, by
    :data:`BARE_PLAIN` when it is not; and by :data:`SAME_FORM` only (a smaller doubt) when the document prints
    at least :data:`SAME_FORM_COUNT` other whole-unit figures grouped in thousands (amounts written the same way).
    The factors are judgement, not measured: they put a lone bare figure near or under
    :data:`packet.core.model.UNCERTAIN_BELOW` so the user is asked to confirm it."""
    result = dict(found)
    marked = {abs(h.value) for h in find_money(text) if h.marked}
    in_columns = {abs(a) for c in columns for a in c.amounts} | {c.total for c in columns if c.total is not None}
    agreed: set[str] = set()
    if t.reconcile and all(out.get(f) for f in t.reconcile):  # gross − net printed: the three figures agree
        whole, part = (Decimal(out[f]) for f in t.reconcile)
        if whole > part and whole - part in marked | _whole_unit_figures(text, columns):
            agreed = set(t.reconcile)
    for f, value in out.items():
        if value is None or t.kind(f) != "money" or f not in found or f in agreed:
            continue
        e = found[f]
        amount = abs(Decimal(value))
        if amount in marked or amount in in_columns or e.source == "case-file" or e.method in WORKED_FROM_MARKED:
            continue
        printed = clean(text)
        is_grouped = bool(re.search(_grouped_pattern(amount), printed))
        others = {h.value for h in find_money(printed) if not h.marked and abs(h.value) != amount
                  and _WHOLE_GROUPED.fullmatch(printed[h.start:h.end].strip(" -()"))}
        factor = SAME_FORM if is_grouped and len(others) >= SAME_FORM_COUNT else BARE_GROUPED if is_grouped \
            else BARE_PLAIN
        result[f] = replace(e, confidence=round(e.confidence * factor, 3), method=e.method + "+whole-unit")
    return result


# evidence methods of a value worked out from amounts the page marks as money (a yearly salary, an hourly rate: both
# read by unlabelled.money_after, which takes only marked amounts): never printed itself, so not a bare figure
WORKED_FROM_MARKED = ("annual", "hourly", "daily", "period-pay", "span-total")
_WHOLE_GROUPED = re.compile(r"\d{1,3}(?:[, ]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}")  # 48,250 · 17 500 · 1,03,000


def _grouped_pattern(amount: Decimal) -> str:
    """A pattern of ``amount``'s whole part printed grouped in thousands: by commas or spaces ("48,250", "17 500")
    or in lakhs ("1,03,000"); one that never matches below 1,000."""
    digits = str(int(abs(amount)))
    if len(digits) <= 3:
        return r"(?!x)x"
    western = [digits[max(0, k - 3):k] for k in range(len(digits), 0, -3)][::-1]
    head, tail = digits[:-3], digits[-3:]
    indian = [head[max(0, k - 2):k] for k in range(len(head), 0, -2)][::-1] + [tail]
    forms = {"[, ]".join(western), ",".join(indian)}
    return r"(?<![\d,.])(?:" + "|".join(forms) + r")(?![\d,]|\.\d)"


def misread_figures(t: DocType, out: Mapping[str, str | None], text: str, glyph: str | None,
                    columns: Sequence[tables.MoneyColumn]) -> list[str]:
    """The money fields whose value may hold a currency sign OCR read as the digit ``glyph``
    (:func:`packet.understanding.tables.misread_sign`: the heading "Amount ( 1)", the figures "148,250"; "" for any
    digit, the heading "Amount (')"): a value printed without decimals or currency mark whose figure begins with
    that digit, that no agreement backs — not
    a money column's agreeing total, not one of a ``reconcile`` pair whose difference is printed. Which of its two
    readings is right nothing tells, and a wrong amount is worse than none (the user is asked for it)."""
    if glyph is None:
        return []
    marked = {abs(h.value) for h in find_money(text) if h.marked}
    backed = {c.total for c in columns if c.total is not None}
    if t.reconcile and all(out.get(f) for f in t.reconcile):
        whole, part = (Decimal(out[f]) for f in t.reconcile)
        if whole > part and whole - part in marked | _whole_unit_figures(text, columns):
            backed |= {whole, part}
    doubtful = []
    for f, value in out.items():
        if value is None or t.kind(f) != "money":
            continue
        amount = abs(Decimal(value))
        digits = str(int(amount))
        if amount in marked or amount in backed or len(digits) < 2 or not digits.startswith(glyph):
            continue
        doubtful.append(f)
    return doubtful


def misread_in(item: Extracted, fields: Mapping[str, str | None]) -> list[str]:
    """:func:`misread_figures` for ``fields`` read from another reading of ``item``'s document (the second reading
    reads a strip round a label, without the money heading that shows the misread sign): judged on the item's own
    pages."""
    t = load_types().get(item.type)
    if t is None or not any(t.kind(f) == "money" for f in t.fields):
        return []
    v = load_vocabulary()
    lines = doc_lines(item.document.pages)
    glyph = tables.misread_sign(lines, v.money_column_words, v.money_column_patterns)
    if glyph is None:
        return []
    columns = tables.money_columns(lines, v.money_column_words, v.money_column_patterns, glyph)
    text = "\n".join(p.text for p in item.document.pages)
    return misread_figures(t, fields, text, glyph, columns)


def blank_figures(t: DocType, out: Mapping[str, str | None], text: str) -> bool:
    """Whether the document's figures, as a set, are a blank template's: it has money fields, every one found is
    zero, and every amount it prints is zero too ("Gross Salary 0.0", "Net Salary 0.00", "-" and "XXXX" printing no
    figure at all). Such a form says nothing about anyone's money, so its amounts are no values: reported as
    zero, a required amount would count with nothing behind it (issue 10). A real document that pays or charges
    nothing still prints some figure that is not zero (a rate, a balance brought forward, a deduction)."""
    money = [f for f in t.fields if t.kind(f) == "money"]
    found = [out[f] for f in money if out.get(f) is not None]
    if not found or any(Decimal(v) != 0 for v in found):
        return False
    return all(h.value == 0 for h in find_money(text) if h.marked)


def _from_ledger(kind: str, book: tables.Ledger, value: str | None) -> str | None:
    """A field the transaction rows give: the period's ends when nothing else did (first and last transaction
    dates), the closing balance as the last running balance when the balances chain (it then wins over a
    labelled value, which on a statement is often a column's first row). Its sign yields to a labelled value of
    the same size: the chain of balances agrees whichever sign all of them carry (each step is the difference of
    two of them), so a minus read from a neighbouring column's empty-cell dash ("-   1,380.00") is not proof of
    an overdrawn account, while the labelled closing line prints its own sign (a minus against the figure, DR)."""
    if kind == "money":
        closing = book.closing
        if closing is not None and value is not None and abs(Decimal(value)) == abs(closing):
            return value
        # the rows hold several accounts' ledgers (tables.Ledger.ends): a labelled value that closes one of them
        # is the statement's (its summary names that account first); otherwise the first ledger's
        if value is not None and any(e is not None and abs(Decimal(value)) == abs(e) for e in book.ends()):
            return value
        return fmt_money(closing) if closing is not None else value
    if value is None and kind in ("start", "end") and len(book.dated) >= 3:
        day = book.first if kind == "start" else book.last
        return day.isoformat() if day else None
    return value


# fewer dated rows than this say little of the period a statement covers when it prints none (a mini statement's
# three or four rows span a week of a month): their first and last dates are then given below UNCERTAIN_BELOW
FEW_ROWS = 6
ROW_BALANCE_SHARE = 0.6  # of the steps between row balances that a printed amount must explain


def row_balances(lines: Sequence[Line], dayfirst: bool, words: Sequence[str]) -> Decimal | None:
    """The closing balance of a transaction list that prints each row's balance after a word (``words``, the
    vocabulary's row_balance_words: a banking app's "2026-10-02 余额 1,862.15" under "微信转账 -200.00"), dated on
    its line or the line before: at least three such balances, of which at least two steps, and
    :data:`ROW_BALANCE_SHARE` of them, differ by an amount printed beside them (each balance follows from the one
    before: closing = opening + credits − debits, step by step). The balance of the latest date (the last of that
    date in the list's own order), or None."""
    pat = _worded(words)
    if pat is None:
        return None
    rows: list[tuple[int, date | None, Decimal, int]] = []  # line, date, balance, the balance's position in its line
    for i, ln in enumerate(lines):
        text = clean(ln.text)
        m = pat.search(fold(text).lower())
        if m is None:
            continue
        hits = [h for h in find_money(text[m.end():]) if h.marked]
        if not hits:
            continue
        days = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
        if not days and i > 0:
            days = [h for h in find_dates(clean(lines[i - 1].text), dayfirst) if h.precision == "day"]
        rows.append((i, days[0].value if days else None, hits[0].value, m.end() + hits[0].start))
    if len(rows) < 3:
        return None
    balance_at = {(i, pos) for i, _, _, pos in rows}
    chained = 0
    for (i0, _, b0, _), (i1, _, b1, _) in zip(rows, rows[1:], strict=False):
        step = abs(b1 - b0)
        near = {abs(h.value) for k in range(max(0, i0 - 1), min(len(lines), i1 + 2))
                for h in find_money(clean(lines[k].text)) if h.marked and (k, h.start) not in balance_at}
        chained += bool(step) and step in near
    if chained < 2 or chained < ROW_BALANCE_SHARE * (len(rows) - 1):
        return None
    if any(d is None for _, d, _, _ in rows):  # rows dated without their year ("06-27 14:57"): the chain's direction
        return _newest_by_chain(lines, rows, balance_at)
    latest = max(d for _, d, _, _ in rows if d is not None)
    ascending = rows[0][1] <= rows[-1][1]
    last = [b for _, d, b, _ in rows if d == latest]
    return last[-1] if ascending else last[0]


def _newest_by_chain(lines: Sequence[Line], rows: Sequence[tuple[int, date | None, Decimal, int]],
                     balance_at: set[tuple[int, int]]) -> Decimal | None:
    """The newest balance of a list whose rows carry no full date, by which way the balances follow: each row's
    signed amount (on the balance's line or the line above it, "+487.35" / "-213.70") is the step from the balance
    before it in time. Newest first when balance[k] − balance[k+1] = amount[k] for :data:`ROW_BALANCE_SHARE` of the
    steps (the closing balance is the top row's), oldest first when balance[k+1] − balance[k] = amount[k+1] (the
    bottom row's); None when neither holds."""
    def amounts(i: int) -> set[Decimal]:
        return {h.value for k in (i - 1, i) if k >= 0 for h in find_money(clean(lines[k].text))
                if h.marked and (k, h.start) not in balance_at}

    signed = [amounts(i) for i, _, _, _ in rows]
    steps = len(rows) - 1
    down = sum(rows[k][2] - rows[k + 1][2] in signed[k] for k in range(steps))
    up = sum(rows[k + 1][2] - rows[k][2] in signed[k + 1] for k in range(steps))
    if down >= max(2, ROW_BALANCE_SHARE * steps) and down > up:
        return rows[0][2]
    if up >= max(2, ROW_BALANCE_SHARE * steps) and up > down:
        return rows[-1][2]
    return None


def _issue_date(lines: Sequence[Line], book: tables.Ledger, dayfirst: bool) -> date | None:
    """The statement's own date, printed with its year outside its transaction rows on the pages before the rows
    end (its issue or statement date): the latest such date, never one on a line about a birthday (the
    vocabulary's ``birth_patterns``); None when none is printed."""
    rows = {(e.line.page, e.line.index) for e in book.entries}
    last_page = book.entries[-1].line.page if book.entries else 0
    birth = re.compile("|".join(load_vocabulary().birth_patterns) or "(?!)", re.I)
    found = [h.value for ln in lines if ln.page <= last_page and (ln.page, ln.index) not in rows
             and not birth.search(ln.text) for h in find_dates(clean(ln.text), dayfirst) if h.precision == "day"]
    return max(found, default=None)


def _closing_stands(t: DocType, reader: _Reader, field: str, book: tables.Ledger, out: Mapping[str, str | None],
                    closing_labels: Sequence[str]) -> bool:
    """Whether the labelled closing balance stands against the last running balance of the transaction rows: its
    label is a closing balance's (the vocabulary's ``closing_balance_labels``: "Closing balance", not a bare
    "Balance" that may head the column, nor such a label heading the table's balance column: :func:`heads_table`),
    and the rows stop before the period ends (the last dated row before the
    period's end date) — the table is cut short (a page not given, a photo of the first page only), so its last
    balance is not the period's. Otherwise the rows' balance wins (:func:`_from_ledger`)."""
    found = reader.found.get(field)
    end = out.get(t.field_of_kind("end") or "")
    if found is None or not end or book.last is None or out.get(field) is None:
        return False
    label = fold(found[0].label).lower()
    if not any(label == fold(c).lower() for c in closing_labels):
        return False
    if heads_table(reader.lines, found[0]):
        return False  # "Closing Balance" heading the running-balance column: its value was the first row's
    try:
        return book.last < date.fromisoformat(end)
    except ValueError:
        return False


def _balance_at_end(reader: _Reader, field: str, end: str | None, dayfirst: bool) -> str | None:
    """The value of a balance label whose line names the period's last day (``end``, ISO): "Balance on 30 September
    2026 £412.09" on a statement of 1–30 September is its closing balance, though "Balance on" alone also opens it
    ("Balance on 1 September 2026 £956.49", a UK bank's summary, whose first hit had been taken). Such a dated
    balance beats the last running balance of the rows: a phone photo of page 1 of 2 ends its rows on 22 September
    (a new user's trial, where 78.97 was given at 0.86). None when no label's line names that day."""
    if not end:
        return None
    try:
        last = date.fromisoformat(end)
    except ValueError:
        return None
    for _ in reader.candidates(field):  # every value a label gives, each recorded with its hit
        pass
    for value, (hit, _parse) in reader.hits.get(field, {}).items():
        text = clean(hit.line.text)
        if any(h.precision == "day" and h.value == last for h in find_dates(text, dayfirst)):
            return value
    return None


_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_MONTH_DAY = re.compile(rf"(?i)(?<![a-z])(?:({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORDS}))(?![a-z])")


def _line_days(text: str, dayfirst: bool) -> set[tuple[int, int]]:
    """The (month, day) pairs a line names: full dates, and days written with a month's name but no year ("Oct 1",
    "1 October": an app's dated balance)."""
    out = {(h.value.month, h.value.day) for h in find_dates(text, dayfirst) if h.precision == "day"}
    for m in _MONTH_DAY.finditer(text):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.add((MONTHS[month.lower()], int(day)))
    return out


def balance_at_start(reader: _Reader, field: str, start: str | None, end: str | None, dayfirst: bool) -> bool:
    """Whether the label that gave the closing balance ``field`` names on its line the period's first day and not
    its last: "Balance on Oct 1: BZ$ 1,041.66" under an app's October list is the balance the period opened with
    ("Balance on" heads both ends: :func:`_balance_at_end`). Such a value is no closing balance; the caller drops it
    so the rows' last balance (or none) stands. False when the period is unknown or one day long."""
    found = reader.found.get(field)
    if found is None or not start or not end or start == end:
        return False
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        return False
    days = _line_days(clean(found[0].line.text), dayfirst)
    return (first.month, first.day) in days and (last.month, last.day) not in days


def qualified_closing(lines: Sequence[Line], labels: Sequence[str], ends: Sequence[Decimal]) -> Decimal | None:
    """A closing balance whose label carries one word more, after its first word, than a label packet knows ("Closing share
    balance: €3,184.84", "Ending ledger balance"), taken only where the figure after it on its line is the last
    figure of a running-balance column of the rows (``ends``: :func:`tables.balance_column_ends`): the qualifier
    says which of two balances (shares, loan) the account's is, the chain proves the figure. Latin labels of two
    words or more only (Chinese runs its words together). None when no such line, or when two give different
    figures."""
    if not ends:
        return None
    pats = []
    for label in labels:
        words = label.split()
        if len(words) >= 2 and all(w.isascii() and w.isalpha() for w in words):
            pats.append(re.compile(r"(?i)(?<![a-z])" + r"\s+[a-z]+\s+".join(map(re.escape, words[:2]))
                                   + "".join(r"\s+" + re.escape(w) for w in words[2:]) + r"(?![a-z])"))
    found = set()
    for ln in lines:
        text = clean(ln.text)
        for pat in pats:
            m = pat.search(text)
            if m is None:
                continue
            money = [h for h in find_money(text[m.end():]) if h.marked]
            if money and money[0].value in ends:
                found.add(money[0].value)
    return found.pop() if len(found) == 1 else None


def misread_end(kind: str, value: str | None, book: tables.Ledger) -> date | None:
    """The transaction rows' date that a period end printed with a misread day must be: the labelled start falls
    after the first row (or the labelled end before the last row) of the same month and year, and the two days
    differ in one figure written as two ("11" for "1", "07" for "01": OCR doubling a stroke or mistaking one
    figure). A period cannot start after a transaction it lists, so the date that agrees with the rows wins;
    None when the label agrees with the rows, or disagrees by more than a misread figure (a card statement's
    purchases made before its period: the printed period stands)."""
    if kind not in ("start", "end") or not value or len(book.dated) < 3:
        return None
    try:
        printed = date.fromisoformat(value)
    except ValueError:
        return None
    row = book.first if kind == "start" else book.last
    if row is None or (row >= printed if kind == "start" else row <= printed):
        return None
    if (row.year, row.month) != (printed.year, printed.month):
        return None
    a, b = f"{row.day:02d}", f"{printed.day:02d}"
    return row if sum(x != y for x, y in zip(a, b, strict=True)) == 1 else None


# where a page's foot begins, as a fraction of its height from the top: rows reaching below it fill the page (a
# printed page keeps ~5-10 % as its bottom margin; a photo straightened to its sheet a little more)
PAGE_FOOT = 0.7


def rows_cut_short(book: tables.Ledger, lines: Sequence[Line], end: str | None) -> bool:
    """Whether the transaction rows stop before the statement's period does, at the foot of their page: the last
    dated row is before the period's end date (``end``, ISO), it reaches below :data:`PAGE_FOOT` of its page, and
    the document ends with it (no closing line, no totals, no footer, no later page) — the table goes on over a
    page that was not given (a photo of the first page only). The last running balance is then a balance in
    mid-period, not the closing balance. Rows that end higher up a page finished on it (a statement whose last
    transaction is a day before its period's end)."""
    if not end or book.last is None or not book.entries:
        return False
    try:
        if book.last >= date.fromisoformat(end):
            return False
    except ValueError:
        return False
    last = book.entries[-1].line
    if last.y1 < PAGE_FOOT:
        return False
    return not any((ln.page, ln.index) > (last.page, last.index) for ln in lines)


def _from_summary(kind: str, summary: tables.Summary, value: str | None) -> str | None:
    """A field the balance summary gives (:func:`packet.understanding.tables.balance_summary`): the closing
    balance, which wins over a labelled value since its figures agree; the period's ends from the dates printed
    on its opening and closing lines ("Beginning balance on May 3, 2003") when nothing else gave them."""
    if kind == "money":
        return fmt_money(summary.closing)
    if value is None and kind == "start" and summary.opened:
        return summary.opened.isoformat()
    if value is None and kind == "end" and summary.closed:
        return summary.closed.isoformat()
    return value


def _reconcile(t: DocType, reader: _Reader, out: dict[str, str | None], text: str,
               columns: Sequence[tables.MoneyColumn] = (), derived: dict[str, str] | None = None) -> set[str]:
    """Choose a whole and its remainder (gross and net pay: ``reconcile = [whole, part]``) among every value
    their labels give, by which pair agrees with the document's other figures: whole ≥ part, and the
    difference (the deductions) printed somewhere. A year-to-date or count column loses, for it does not
    reconcile. Without an agreeing pair the first values stay. Whole-unit figures count as printed amounts here
    (grouped in thousands, or in a money column: :func:`_whole_unit_figures`): three figures agreeing is what
    makes them amounts. When no labelled pair agrees, the part is what remains of the whole on its row
    (:func:`remainder_in_row`: a strip's net pay read as the tax cell's 0.00) when the row's figures work out to
    the cent. The fields so found (their evidence: the table's figures). With a labelled part and no labelled whole,
    the whole is the one printed figure whose difference from the part is printed too; its method ("derived", a
    confidence under 0.6) goes into ``derived``. A labelled deductions' total D (:func:`remainder`) narrows the
    unlabelled part to whole − D, and, when no labelled part agrees, whole − D printed anywhere is the part (a
    net's line printing a count or a stray figure first: three figures agreeing to the cent)."""
    whole_f, part_f = t.reconcile
    wholes = list(dict.fromkeys(reader.candidates(whole_f)))[:6]
    parts = list(dict.fromkeys(reader.candidates(part_f)))[:6]
    printed = {abs(h.value) for h in find_money(text) if h.marked} | _whole_unit_figures(text, columns)
    v = load_vocabulary()
    # the whole less its labelled deductions' total ("Total deductions 1,520.75"): what the part must be
    taken = remainder(reader.lines, wholes[0], v.deduction_total_labels, v.avoid.get("money", ())) if wholes else None
    if wholes and not parts:
        # no label for the part: the one printed figure p with whole − p also printed (the deductions), p the larger;
        # with a labelled deductions' total only whole − that total (an earnings item plus an allowance also make
        # the whole); unprinted (a net in a band OCR lost), it is derived below
        w = Decimal(wholes[0])
        pairs = {max(p, w - p) for p in printed if 0 < p < w and (w - p) in printed}
        if taken is not None:
            pairs &= {Decimal(taken)}
        if len(pairs) == 1:
            out[whole_f], out[part_f] = wholes[0], fmt_money(pairs.pop())
        return set()
    if parts and not wholes:
        # no label for the whole ("Gross for week", a label of the slip's own): the one printed figure w above the
        # part whose difference w − part is printed too (the deductions' total) — three figures that agree
        p = Decimal(parts[0])
        above = {w for w in printed if w > p > 0 and (w - p) in printed and w - p != p}
        if not above:  # no deductions' total printed: the rows between a figure and the part's add up to the gap
            above = _less_rows(reader.lines, p)
        if len(above) == 1:
            out[whole_f], out[part_f] = fmt_money(above.pop()), parts[0]
            if derived is not None:
                derived[whole_f] = "derived"  # no label: its figures agree, the user is asked to confirm it
        return set()
    if not wholes or not parts:
        return set()
    for w in wholes:
        for p in parts:
            diff = Decimal(w) - Decimal(p)
            if diff > 0 and diff in printed and Decimal(p) > 0:  # a part of 0.00 agrees with anything: no proof
                out[whole_f], out[part_f] = w, p
                return set()
    if taken is not None and Decimal(taken) in printed and taken not in parts:
        # no labelled part agrees, and the whole less its labelled deductions' total is printed (a net read beside
        # a stray figure under its label): three figures agreeing to the cent
        out[whole_f], out[part_f] = wholes[0], taken
        return {part_f}
    if out[whole_f] and out[part_f] and Decimal(out[whole_f]) < Decimal(out[part_f]):
        ok = [(w, p) for w in wholes for p in parts if Decimal(w) >= Decimal(p)]
        if ok:
            out[whole_f], out[part_f] = ok[0]
    if out[whole_f]:
        # no labelled part agrees (a strip's 实发 read over the tax cell's 0.00 or the next cell): the row's own
        # arithmetic, when it works to the cent
        rest = remainder_in_row(reader.lines, out[whole_f])
        if rest is not None and rest != out[part_f]:
            out[part_f] = rest
            return {part_f}
    return set()


def _less_rows(lines: Sequence[Line], part: Decimal, most: int = 8) -> set[Decimal]:
    """The figures w printed on a row above the one that ends in ``part`` (the net) with the last amounts of the rows
    between them — at least one, at most ``most`` — adding up to w − part: a gross, its deductions row by row, then
    the net (net = gross − deductions, to the cent). Each row counts by its last amount marked as money (decimals or
    a currency mark), or else grouped in thousands or in brackets (a slip kept in whole units). A set: one figure
    when the arithmetic picks one out."""
    rows = []
    for ln in lines:
        if ln.page < 0:
            continue
        text = clean(ln.text)
        # a slip in a currency kept in whole units (NT$, ¥, ₩): a figure grouped in thousands or in a deduction's
        # brackets counts too ("本薪 29,500", "勞保自付 (760)"): the sum working out to the unit is the proof
        hits = [h for h in find_money(text) if h.marked or _WHOLE_GROUPED.fullmatch(text[h.start:h.end].strip(" -"))
                or re.fullmatch(r"\(\s*[\d,]+\s*\)", text[h.start:h.end].strip())]
        rows.append(abs(hits[-1].value) if hits else None)
    out: set[Decimal] = set()
    for i, v in enumerate(rows):
        if v != part:
            continue
        between: Decimal = Decimal(0)
        for j in range(i - 1, max(-1, i - most - 2), -1):
            w = rows[j]
            if w is None:
                break
            if j < i - 1 and w == part + between and w > part:
                out.add(w)
                break
            between += w
    return out


BRACKETED = re.compile(r"\(\s*(?:[^\d\s()]{1,4}\s*)?$")  # an amount in brackets, its currency mark inside: "(KSh 58.00"
PAY_REACH = 12  # amounts in one run of earnings, or of deductions, at most


def pay_runs(lines: Sequence[Line]) -> tuple[Decimal, Decimal, bool] | None:
    """Gross and net pay from the figures alone, for a payslip whose deductions are printed negative or in brackets
    (a piece-work slip's "-58.00", a bureau's "(500.00)"): in reading order, a run of positive amounts (the earnings,
    perhaps closed by their printed sum), then a run of signed amounts (the deductions, perhaps closed by their
    total), then a positive amount N with N = gross − the deductions, to the cent — net = gross − deductions.
    Gross is the run's printed amount equal to N + deductions, else the sum of the run's last two or more amounts
    when it equals it (a row's figure has no words between it and the line's next amount: not the rate of "Overtime 1.5x 193.50"). (gross, net, whether
    gross is printed), or None when no figures work out. A signed amount is
    never gross or net. Only amounts marked as money (decimals or a currency sign) count; labels do not matter."""
    run: list[tuple[Decimal, bool]] = []
    last: list[bool] = []  # a row's figure: no words after it before the line's next amount (not "1.5x … 193.50")
    for ln in lines:
        text = clean(ln.text)
        hits = [h for h in find_money(text) if h.marked and h.value != 0]
        for n, h in enumerate(hits):
            run.append((abs(h.value), h.value < 0 or bool(BRACKETED.search(text[:h.start]))))
            last.append(n == len(hits) - 1 or not re.search(r"[^\W\d_]", text[h.end:hits[n + 1].start]))
    i, n = 0, len(run)
    while i < n:
        if run[i][1]:
            i += 1
            continue
        j = i
        while j < n and not run[j][1] and j - i < PAY_REACH:
            j += 1
        if j >= n or not run[j][1]:
            i = j if j > i else i + 1
            continue
        k = j
        while k < n and run[k][1] and k - j < PAY_REACH:
            k += 1
        earnings = [v for (v, _), end in zip(run[i:j], last[i:j], strict=True) if end]
        deductions = [v for v, _ in run[j:k]]
        total_d = sum(deductions, Decimal(0))
        if len(deductions) >= 3 and deductions[-1] == total_d - deductions[-1]:
            total_d = deductions[-1]  # the run closed by its printed total
        for net, signed in run[k:k + 2]:  # the net, perhaps after an unsigned deductions total
            if signed:
                break
            gross = net + total_d
            if gross in earnings[-1:] or (gross in earnings and len(earnings) >= 2):
                return gross, net, True
            for a in range(len(earnings) - 2, -1, -1):
                if sum(earnings[a:], Decimal(0)) == gross:
                    return gross, net, False
        i = k
    return None


COLUMN_ROWS = 3  # a column total adds up the last figures of at least this many rows right above it


def column_totals(lines: Sequence[Line]) -> list[Decimal]:
    """The amounts printed on a line that equal the sum of the last amounts of the :data:`COLUMN_ROWS` or more lines
    right above it, each of which ends in one (a deductions column's total printed under it, its label lost: the
    grey "Total deductions" over a photographed stub's summary figures that OCR did not read). Amounts marked as
    money only; a total of 0 counts for nothing. In page order, without repeats."""
    last: list[Decimal | None] = []
    out: list[Decimal] = []
    for ln in lines:
        hits = [h for h in find_money(clean(ln.text)) if h.marked]
        run, total = 0, Decimal(0)
        for v in reversed(last):
            if v is None:
                break
            run, total = run + 1, total + v
            if run >= COLUMN_ROWS and total > 0 and any(abs(h.value) == total for h in hits) and total not in out:
                out.append(total)
        last.append(abs(hits[-1].value) if hits else None)
    return out


def pay_set(lines: Sequence[Line], deduction_labels: Sequence[str]) -> tuple[Decimal, Decimal, bool] | None:
    """Gross and net pay from the figures alone wherever the page prints them (a strip's cells read out of order by
    OCR, a slip whose pay labels are not known): a deductions total D — the amount after one of ``deduction_labels``
    (the vocabulary's deduction_total_labels: "Total deductions", 扣款合计), else the signed amount (negative or in
    brackets) that the other signed amounts add up to, else any signed amount, else a column's total printed under
    the column (:func:`column_totals`: the deductions listed unsigned, their labels lost) — and exactly one pair of positive
    printed amounts G, N with G − D = N and G > D: net = gross − deductions. (gross, net, whether D is confirmed by
    a label or by the signed items adding up to it), or None when no pair, or more than one, works out (a
    year-to-date column agreeing too leaves the choice open; G − D = D is a figure doubled, a year-to-date
    column two equal months in, never a pair). Amounts marked as money only."""
    low_labels = [fold(w).lower() for w in deduction_labels]
    positive: set[Decimal] = set()
    signed: list[Decimal] = []
    labelled: list[Decimal] = []
    for ln in lines:
        text = clean(ln.text)
        low = fold(text).lower()
        after = min((low.find(w) + len(w) for w in low_labels if w in low), default=None)
        for h in find_money(text):
            if not h.marked or h.value == 0:
                continue
            if h.value < 0 or BRACKETED.search(text[:h.start]):
                signed.append(abs(h.value))
            else:
                positive.add(h.value)
            if after is not None and h.start >= after:
                labelled.append(abs(h.value))
                after = None
    summed = [d for d in signed if len(signed) >= 3 and sum(signed, Decimal(0)) - d == d]
    for group, sure in ((labelled, True), (summed, True), (signed, False), (column_totals(lines), False)):
        # g − d = d is a figure doubled (a year-to-date column after two equal months), no remainder
        pairs = {(g, g - d) for d in dict.fromkeys(group) for g in positive if g > d and (g - d) in positive
                 and g - d != d}
        if len(pairs) == 1:
            g, n = pairs.pop()
            return g, n, sure
        if pairs:
            return None
    return None


def remainder_in_row(lines: Sequence[Line], whole: str) -> str | None:
    """What remains of ``whole`` on its own row: the amount X printed after it on a line that prints it (a strip
    payslip's value row: 应发 6,842.50 | 社保 486.20 | 住宿 120.00 | 个税 0.00 | 实发 6,236.30) such that whole less the
    amounts between them is X, at least one amount between. The figures agreeing to the cent is the proof; None
    when no row does. Sure amounts only (decimals or a currency mark)."""
    target = Decimal(whole)
    for ln in lines:
        amounts = [h.value for h in find_money(clean(ln.text)) if h.marked]
        for i, a in enumerate(amounts):
            if a != target:
                continue
            left = target
            for k in range(i + 1, len(amounts)):
                if k > i + 1 and amounts[k] == left and left > 0:
                    return fmt_money(left)
                left -= abs(amounts[k])
                if left <= 0:
                    break
    return None


def _whole_unit_figures(text: str, columns: Sequence[tables.MoneyColumn]) -> set[Decimal]:
    """The whole-unit figures of ``text`` that may be amounts when other figures agree with them: those grouped in
    thousands as printed ("30,500", "1,03,000"; a bare "2024" or "99213" is not) and those of a money column."""
    printed = clean(text)
    grouped = {abs(h.value) for h in find_money(printed) if not h.marked
               and _WHOLE_GROUPED.fullmatch(printed[h.start:h.end].strip(" -()"))}
    return grouped | {abs(a) for c in columns for a in c.amounts} | {c.total for c in columns if c.total is not None}


def _known_bank(lines: Sequence[Line], language: str, t: DocType, out: Mapping[str, str | None]) -> str | None:
    """A bank of the gazetteer named in the document (its first lines first), as printed — the longest name
    found, in the document's script first (a Chinese statement's 中国工商银行 before its English header) — else
    the bank its web or e-mail domain, SWIFT/BIC code or service number names (:func:`hx.bank_by_mark`), else a
    gazetteer name printed lower down, else the bank whose card prefix starts the account number."""
    for pool in (lines[:15], None, lines):
        if pool is None:  # no name in its header: its web or e-mail domain, SWIFT/BIC or service number, before a
            marked = hx.bank_by_mark(lines)  # name printed lower down (a payee of a transaction row)
            if marked:
                return marked
            continue
        found = hx.gazetteer_banks(pool)
        if found:
            zh = [n for n in found if re.search(f"[{CJK}]", n)]
            pick = (zh if language == "zh" and zh else found)
            return bank_name(max(pick, key=len))
    account = out.get(t.field_of_kind("account") or "") or ""
    return hx.bank_by_prefix(account)


def letterhead_lender(lines: Sequence[Line], people: Sequence[str]) -> str | None:
    """The institution a statement is from when no bank's word names it ("Denver&co limited", a lender or an
    e-money firm): a company by its legal form (:func:`hx.org`) in the letterhead (the first
    :data:`hx.LETTERHEAD_LINES` lines of page 1) that the document prints again further down ("issued by: …", a
    footer) — two printings, the letterhead's place and the repetition, say it is the issuer. Never the account's
    holder (one of ``people``, compared without case and punctuation, either inside the other): a business
    account's holder is printed at the top and in its address block. None otherwise. A guess by position: the
    caller gives it the ``prominence`` confidence (below 0.6)."""
    head = [ln for ln in lines[:hx.LETTERHEAD_LINES] if ln.page == lines[0].page] if lines else []
    name = sane_org(hx.org(head)) if head else None
    if not name:
        return None

    def key(s: str) -> str:
        return re.sub(r"[\W_]+", "", fold(s)).casefold()

    k = key(name)
    if len(k) < 4 or any(key(p) and (key(p) in k or k in key(p)) for p in people):
        return None
    again = [ln for ln in lines[len(head):] if k in key(ln.text)]
    return name if again else None


def _addressee_named(value: str, lines: Sequence[Line]) -> bool:
    """Whether ``value`` is the name at the head of the page's postal address block (:func:`hx.address_name`): a
    person the document is sent to, never its issuer (compared without case, spaces and punctuation)."""
    addressee = hx.address_name(lines, ok=lambda s: sane_name(s, surname_free=True) is not None)
    return bool(addressee) and _inside(value, addressee) and _inside(addressee, value)


def _signs(label: str, lines: Sequence[Line], words: Sequence[str]) -> bool:
    """Whether the party a label names ("Employer's name", "用人单位") signs the document: a line holds the label's
    first word (its role: "employer") and one of the vocabulary's ``signature_words`` ("Employer's Signature: …",
    "用人单位（盖章）"). A form a public body prints for an employer to fill and sign (a state's separation notice) is
    issued by the employer."""
    role = re.split(r"[\s'’:：]", label.strip().lower())[0]
    if not role:
        return False
    marks = [fold(w).lower() for w in words]
    return any(role in low and any(m in low for m in marks) for low in (fold(ln.text).lower() for ln in lines))


def _inside(part: str, whole: str) -> bool:
    """Whether ``part`` is printed inside ``whole``, compared without case, spaces and punctuation."""
    a, b = (re.sub(r"[\W_]", "", fold(x)).lower() for x in (part, whole))
    return bool(a) and a in b


def _not_the_issuer(t: DocType, out: dict[str, str | None]) -> None:
    """A person's field (kind ``name``: the account holder, the employee) that names the document's own issuer (its
    ``issuer_field``, or a bank named in it) is cleared in ``out``: a statement's letterhead "PRAIRIE FEDERAL CREDIT
    UNION" over its address block is the bank, never the account's holder. Compared without case, spaces and
    punctuation, either one inside the other."""
    issuer = out.get(t.issuer_field or "") if t.issuer_field else None
    if not issuer:
        return

    def key(s: str) -> str:
        return re.sub(r"[\W_]+", "", fold(s)).casefold()

    for f in t.fields:
        value = out.get(f)
        if t.kind(f) == "name" and value and len(key(value)) >= 4 and (key(value) in key(issuer)
                                                                           or key(issuer) in key(value)):
            out[f] = None


def bank_name(value: str | None) -> str | None:
    """A bank's name without its legal form or branch: "Pennine Bank plc" → "Pennine Bank", "Rimu Bank Limited" →
    "Rimu Bank", "中国工商银行股份有限公司北京分行" → "中国工商银行" (the forms and branch words are the vocabulary's);
    a country printed with the name stays ("Kowhai Bank NZ"). The short name is the one the shared input cases
    expect (../shared/cases: "Tidewater Bank" for a header printing "Tidewater Bank plc") and the one people use.
    A Chinese bank's logo that is its name's first character, printed or fused just before the name ("赣 赣州银行",
    "赣赣州银行"), is dropped: the same character twice starts no bank's name."""
    if not value:
        return value
    w = _w()
    # a logo that is the name's first character, printed (or fused) just before it: "赣 赣州银行", "赣赣州银行"
    value = re.sub(rf"^([{CJK}])\s*(?=\1)", "", value.strip())
    value = w.bank_zh.sub(r"\1", value).strip().rstrip(",")
    value = w.bank_en.sub("", value).strip().rstrip(",")
    return value or None


def negative_remainder(t: DocType, reader: _Reader, f: str, value: str) -> bool:
    """Whether the negative ``value`` of ``f`` is what remains after deductions that exceed the earnings: ``f`` is
    the part of the type's ``reconcile`` pair (a payslip's net pay), read beside a label of its own of two words or
    more ("Net Salary Payable: ₹-238.66", an unpaid month whose provident fund was still deducted). A net pay
    below zero is printed so, under its own name; a lone "Net" or another label's negative figure stays a
    deduction. The value is outside the type's ``plausible`` range, so it is shown for the user to confirm."""
    if not t.reconcile or f != t.reconcile[-1] or f not in reader.found:
        return False
    hit, _, found = reader.found[f]
    return found == value and len(fold(hit.label).split()) >= 2 and hit.label in t.labels.get(f, ())


def read_fields(type_name: str, pages: Sequence[Page], language: str, ledger: bool = True,
                items_sum: bool = True) -> dict[str, str | None]:
    """All spec fields of ``type_name`` read from ``pages``; None where not found. ``ledger=False`` leaves out what
    only the transaction rows give (the second reading asks whether the printed labels were all read);
    ``items_sum=False`` leaves out a total that only the sum of the items gives (:func:`untotalled_items`: a page
    of a longer bill read alone prints its items and not yet their total)."""
    return read_fields_evidence(type_name, pages, language, ledger, items_sum)[0]


def read_fields_evidence(type_name: str, pages: Sequence[Page], language: str, ledger: bool = True,
                         items_sum: bool = True) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """:func:`read_fields`, and the evidence of each field found (:mod:`packet.understanding.evidence`). Dates are
    read in the calendar of ``pages`` (:func:`packet.understanding.values.dates_of`: the second reading's pages too)."""
    with dates_of("\n".join(p.text for p in pages)):
        return _read_fields_evidence(type_name, pages, language, ledger, items_sum)


def _read_fields_evidence(type_name: str, pages: Sequence[Page], language: str, ledger: bool,
                          items_sum: bool) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """:func:`read_fields_evidence`."""
    t = load_types()[type_name]
    lines = doc_lines(pages)
    text = "\n".join(p.text for p in pages)
    dayfirst = dayfirst_for(language, text)
    # structure before labels: a single-row table's heading/value pairs are read first
    reader = _Reader(t, tables.pair_lines(lines, load_vocabulary().avoid.get("money", ())) + lines, dayfirst)
    out: dict[str, str | None] = {}
    mixed: set[str] = set()  # name fields whose value is a mixed-case name (mixed_name): shown to confirm
    for f in t.fields:
        out[f] = reader.field(f)
        if t.kind(f) == "name" and mixed_name(out[f]):
            mixed.add(f)
        if t.fallback.get(f) == "provider" and out[f] and not hx.is_provider(out[f]):
            # a labelled value without a hospital or clinic word yields to such a name in the letterhead: the
            # one-word labels ("Hospital", "Provider") also head other lines ("Hospital ID", "Insurance Provider")
            head = hx.provider(lines)
            if head:
                out[f] = head
                reader.chosen(f, head)
    by_role = {f: _dated_by_role(reader, out, f, lines, dayfirst) for f in t.fields if t.fallback.get(f) == "issued"}
    v = load_vocabulary()
    money = any(t.kind(f) == "money" for f in t.fields)
    glyph = tables.misread_sign(lines, v.money_column_words, v.money_column_patterns) if money else None
    columns = tables.money_columns(lines, v.money_column_words, v.money_column_patterns, glyph) if money else []
    from_rows: set[str] = set()
    pay_methods: dict[str, str] = {}  # gross and net found by their arithmetic: field -> evidence method
    if t.reconcile:
        from_rows |= _reconcile(t, reader, out, text, columns, pay_methods)
        whole_f, part_f = t.reconcile
        pay = pay_runs(lines) or pay_set(lines, v.deduction_total_labels)
        if pay is not None:
            deducted = {abs(h.value) for h in find_money(text) if h.marked and h.value < 0}
            other_whole = out[whole_f] is not None and Decimal(out[whole_f]) > 0 \
                and Decimal(out[whole_f]) != pay[0] and abs(Decimal(out[whole_f])) not in deducted
            for f, value in ((whole_f, pay[0]), (part_f, pay[1])):
                if f == part_f and other_whole:
                    continue  # the remainder of another whole than the one read (a year-to-date column's)
                # a figure missing, or a deduction taken for it: the figures that add up decide
                if out[f] is None or Decimal(out[f]) < 0 or abs(Decimal(out[f])) in deducted:
                    out[f] = fmt_money(value)
                    pay_methods[f] = "table" if pay[2] else "derived"
        for f in t.reconcile:
            reader.chosen(f, out[f])
    for f in t.sum_of_items:
        charged = _total_charged(lines, dayfirst, out[f])
        charged = column_total(columns, charged, glyph)
        if charged == out[f]:  # the labelled figure is what remains of the charges after what was deducted
            charged = charged_before_deductions(lines, out[f], v.bill_deduction_words,
                                                v.bill_discount_words) or charged
        net = after_discount(lines, charged, v.bill_deduction_words, v.bill_discount_words) if charged else None
        if net is not None and (out[f] is None or Decimal(out[f]) in (Decimal(net), Decimal(charged))
                                or taxed_total(lines, net, v.sales_tax_words, v.bill_deduction_words) == out[f]):
            # the items add up to the price before its discount: the total is the price after it (and the taxes
            # added to it, when the labelled figure is what they add up to: a GST invoice's taxable value)
            charged = net
        if charged != out[f]:
            out[f] = charged
            from_rows.add(f)
        if out[f] is None:
            out[f] = sum_of_items(lines)
            if out[f] is not None:  # the items' sum before a discount printed after it: the price after it
                out[f] = after_discount(lines, out[f], v.bill_deduction_words, v.bill_discount_words) or out[f]
        taxed = taxed_total(lines, out[f], v.sales_tax_words, v.bill_deduction_words)
        if taxed is not None:  # the subtotal before tax was taken: the total is what it and its tax add up to
            out[f] = taxed
            from_rows.add(f)
    _one_period(t, reader, out, lines, dayfirst)
    for f in t.fields:
        if out[f] is None and t.kind(f) == "month":
            cells = month_in_cells(reader.lines, v.month_cell_labels, v.year_cell_labels)
            if cells:
                out[f] = cells[0]
                reader.hits.setdefault(f, {})[cells[0]] = (cells[1], lambda s: s)
                reader.chosen(f, cells[0])
    book = tables.ledger(lines, dayfirst) if t.ledger and ledger else None
    summary = (tables.balance_summary(lines, v.opening_balance_labels, v.closing_balance_labels, dayfirst)
               if t.ledger and ledger else None)
    guessed = set()
    by_rows: dict[str, str] = {f: m for f, m in by_role.items() if m} | pay_methods  # field -> evidence method: period ends given
    # by the transaction dates, a bill's date chosen by its role
    if _stacked_end(t, reader, out, lines, dayfirst):
        by_rows[t.field_of_kind("end") or ""] = "stacked-end"
    for f in t.fields:
        if f in mixed and out[f] is not None and mixed_name(out[f]):
            by_rows[f] = "lone-name"  # a mixed-case name its label gives: the label says it is one, its shape hardly
        if out[f] is None:
            out[f] = _fallback(t, f, lines, dayfirst)
            guessed.add(f)
        # an account's holder as a bank's system prints it: "Account Holder: Nehru", "客户名称：庹桂英" (one word, a rare
        # surname); only where the type names a bank — a payslip's "Employee Name: Marta" stays no name
        # elsewhere only a Chinese name filling its cell between two labels ("姓名 | 庹明辉 | 性别"): a rare surname
        if out[f] is not None and t.kind(f) == "name" and out[f] in reader.guessed:
            by_rows[f] = "lone-name"  # cut from the next label by a guess of its length: shown for the user to confirm
        if t.kind(f) == "name" and f == t.name_field and (out[f] is None or f in guessed):
            # a form's two boxes, family name and given names; also over a fallback's reading that is only part of
            # it (the given names alone, read from the page's prose: "ROWAN JAMES" under "First name(s)")
            split = split_name(lines)
            if split is not None and (out[f] is None or set(out[f].split()) < set(split.split())):
                out[f] = split
                by_rows[f] = "split-name"
        if out[f] is None and t.kind(f) == "name":
            reader.lone, reader.between = True, not any(t.kind(g) == "bank" for g in t.fields)
            out[f] = next(reader.candidates(f), None)
            reader.lone = reader.between = False
            if out[f] is not None:
                by_rows[f] = "lone-name"  # its label says it is a name, its shape does not: shown for the user to confirm
        if out[f] is None and t.fallback.get(f) == "address_or_head":
            # nothing labelled, not even one word: a name alone at the head of the page, in no table of heads over
            # values and not the issuer's (a payslip's "Declan Moriarty" beside its period), by place alone
            issuer = out.get(t.issuer_field or "") or _issuer_heading(t, lines) or (
                hx.prominent_org(lines) or "" if t.issuer_field else "")  # the letterhead's name by its prominence
            out[f] = hx.top_name(lines, _unlabelled_name, issuer)
            if out[f] is not None:
                guessed.add(f)
        if out[f] is not None and t.fallback.get(f) == "monthly":
            total = column_summed(lines, out[f], (*t.near.get(f, ()), *v.money_column_words)) \
                or summed_after(lines, out[f])
            if total is not None:  # the figure found opens a table of pay whose total follows it
                out[f] = total
                if f not in guessed:
                    by_rows[f] = "table"
        if t.fallback.get(f) == "monthly" and out[f] is not None and f in guessed:
            # the figure a pay word led the fallback to is the total of a span the letter states ("近一年收入合计
            # 49,920.00元" over "工资按月…发放"): the month's income is that total over the span's months
            spread = monthly_from_span_total(lines, v.income_total_words, v.past_year_words, dayfirst, out[f])
            if spread is not None:
                out[f] = spread
                guessed.discard(f)
                by_rows[f] = "span-total"
        if t.fallback.get(f) == "monthly" and (out[f] is None or f in guessed):
            # a table of months and the average printed with it: the income, where nothing was found or the fallback
            # took one month's figure of the table (the first row after a pay word)
            avg = month_table.month_average(lines, dayfirst)
            if avg is not None and (out[f] is None or Decimal(out[f]) in avg.rows):
                out[f] = fmt_money(avg.value)
                guessed.discard(f)
                by_rows[f] = "month-average" if avg.printed else "month-total"
        if out[f] is None and t.fallback.get(f) == "monthly":
            out[f] = monthly_from_annual(lines, v.annual_income_words)
            if out[f] is not None:
                by_rows[f] = "annual"  # the evidence's method: derived, uncertain
        if out[f] is None and t.fallback.get(f) == "monthly":
            rated = rated_income(lines, v)  # pay by the hour, the day, the week or the fortnight: derived, uncertain
            if rated is not None:
                out[f], by_rows[f] = rated
        if out[f] is None and t.fallback.get(f) == "monthly":
            out[f] = monthly_from_span_total(lines, v.income_total_words, v.past_year_words, dayfirst)
            if out[f] is not None:
                by_rows[f] = "span-total"  # the evidence's method: a span's total over its months, uncertain
        if out[f] is None and f in t.stand_in:  # no one named as the patient: who answers for the bill, doubted
            out[f] = next(reader.candidates(f, t.stand_in[f]), None)
            if out[f] is None:  # one word beside a stand-in's label of two words ("Customer Name | Deepak"), as
                reader.lone = True  # for the field's own labels above: the label says it is a name
                out[f] = next(reader.candidates(f, t.stand_in[f]), None)
                reader.lone = False
            if out[f] is not None:
                by_rows[f] = "stand-in"
        if out[f] is None and f in t.sum_of_items and items_sum:
            out[f] = untotalled_items(columns, lines)
            if out[f] is not None:
                by_rows[f] = "items-sum"  # a total nobody printed: shown for the user to confirm
        if summary is not None and f in t.ledger:
            before = out[f]
            out[f] = _from_summary(t.kind(f), summary, out[f])
            if out[f] != before or t.kind(f) == "money":
                from_rows.add(f)  # the summary's figures agree to the cent: its closing balance is proved, whatever
                # label first gave it ("Ending Balance" heading a table of accounts is a guess below 0.6)
            if t.kind(f) == "money":
                continue  # the summary's agreeing closing balance stands (the rows are often a page's extract)
        if book is not None and f in t.ledger:
            at_end = _balance_at_end(reader, f, out.get(t.field_of_kind("end") or ""), dayfirst) \
                if t.kind(f) == "money" else None
            if at_end is not None:  # the balance printed for the period's last day: the closing one, whatever the rows
                out[f] = at_end
                reader.chosen(f, at_end)
                continue
            if t.kind(f) == "money" and _closing_stands(t, reader, f, book, out, v.closing_balance_labels):
                continue
            if t.kind(f) == "money" and rows_cut_short(book, lines, out.get(t.field_of_kind("end") or "")):
                out[f] = None  # a mid-period balance is no closing balance (a closing label's value stood above)
                continue
            before = out[f]
            out[f] = _from_ledger(t.kind(f), book, out[f])
            if t.kind(f) == "money" and out[f] is not None and Decimal(out[f]) in tables.closing_candidates(book):
                from_rows.add(f)  # the label's balance is the rows' last one moved by the movements after it
            if out[f] is None and t.kind(f) == "money" and book.short_closing is not None:
                out[f] = fmt_money(book.short_closing)  # no label: a short listing's last balance, which follows
                by_rows[f] = "rows"
                continue
            agreed = misread_end(t.kind(f), out[f], book)
            if agreed is not None:  # a period end that contradicts the rows by a misread figure
                out[f] = agreed.isoformat()
                from_rows.add(f)
                by_rows[f] = "rows"
                continue
            if out[f] != before:
                from_rows.add(f)
                if t.kind(f) in ("start", "end"):  # a handful of rows is no period's span: a guess to confirm
                    # (a banking app's screen shows the rows scrolled into view, not a period's: also a guess)
                    by_rows[f] = "rows" if len(book.dated) >= FEW_ROWS and not book.screen else "rows-few"
            if out[f] is None and t.kind(f) in ("start", "end"):
                # rows dated without their year ("1 February"): placed by the statement's own dated line
                ref = _issue_date(lines, book, dayfirst)
                span = tables.placed_in_year(book, ref) if ref else None
                if span:
                    out[f] = (span[0] if t.kind(f) == "start" else span[1]).isoformat()
                    from_rows.add(f)
                    by_rows[f] = "rows-year"
    start_f, end_f = t.field_of_kind("start"), t.field_of_kind("end")
    if book is not None and start_f and end_f and by_rows.get(start_f, "").startswith("rows") \
            and by_rows.get(end_f, "").startswith("rows") and out[start_f] and out[end_f]:
        # the rows' first and last dates stand for a period nobody labelled; a month the heading names that holds
        # them all is the period printed (a statement for July whose first row is on the 2nd): it wins over the rows
        month = heading_month(lines, dayfirst)
        if month and month[0] <= date.fromisoformat(out[start_f]) and date.fromisoformat(out[end_f]) <= month[1]:
            out[start_f], out[end_f] = month[0].isoformat(), month[1].isoformat()
    if t.ledger and ledger and start_f in t.ledger and end_f in t.ledger and out[start_f] is None \
            and out[end_f] is None:  # rows dated without a year under a month filter (a banking app's list)
        span = tables.shown_month(lines, dayfirst) or tables.chosen_month(lines, dayfirst)
        if span:
            out[start_f], out[end_f] = span[0].isoformat(), span[1].isoformat()
            by_rows[start_f] = by_rows[end_f] = "rows"
    for f in t.ledger:  # a balance dated the period's first day is its opening, not its closing balance
        if t.kind(f) == "money" and out[f] is not None and f not in from_rows and f not in by_rows \
                and balance_at_start(reader, f, out.get(start_f or ""), out.get(end_f or ""), dayfirst):
            out[f] = None
            reader.chosen(f, None)
    for f in t.ledger:  # "Closing share balance: €3,184.84": a closing label with a word inside, proved by the rows
        if t.kind(f) == "money" and out[f] is None and book is not None:
            proved = qualified_closing(lines, t.labels.get(f, ()), tables.balance_column_ends(book))
            if proved is not None:
                out[f] = fmt_money(proved)
                by_rows[f] = "rows"
    for f in t.ledger:  # no label and no table: each row's balance printed after its word (a banking app's list)
        if t.kind(f) == "money" and out[f] is None:
            last = row_balances(lines, dayfirst, v.row_balance_words)
            if last is not None:
                out[f] = fmt_money(last)
                by_rows[f] = "rows"
    for f in t.ledger:  # opening + in − out = closing, printed apart (a banking app's month): the figure that closes
        if t.kind(f) == "money" and summary is None and f not in from_rows:
            proved = tables.checked_closing(lines, v.opening_balance_labels, v.closing_balance_labels)
            if proved is not None and (out[f] is None or Decimal(out[f]) != proved):
                out[f] = fmt_money(proved)
                reader.chosen(f, None)
                by_rows[f] = "rows"
    derived: dict[str, str] = {}
    if t.reconcile:
        whole_f, part_f = t.reconcile
        if whole_f in guessed and out[whole_f] and out[part_f] and Decimal(out[whole_f]) < Decimal(out[part_f]):
            out[whole_f] = None  # a whole found without its label that is less than its part is a wrong guess
        if out[part_f] is None and out[whole_f] and whole_f not in guessed:
            # the part's own figure unread: the whole less the printed total taken from it
            out[part_f] = remainder(lines, out[whole_f], v.deduction_total_labels, v.avoid.get("money", ()))
            if out[part_f] is not None:
                derived[part_f] = "derived"
        # figures that work out as pay, read in order (payable − the deductions after it = paid, confirmed by the
        # earnings adding up or paid in words): they give what no label gave, the whole only where it agrees with a
        # part read (or none was)
        chain = figures.pay_chain(lines)
        if chain is not None:
            whole, part = fmt_money(chain[0]), fmt_money(chain[1])
            if whole_f not in reader.found and out[whole_f] != whole and out[part_f] in (None, part):
                out[whole_f] = whole
                guessed.discard(whole_f)
                derived[whole_f] = "pay-chain"
            if out[whole_f] == whole and part_f not in reader.found and out[part_f] != part:
                out[part_f] = part
                derived[part_f] = "pay-chain"
        # no label gave the part: the one amount printed both as a figure and in English words (a payslip's net
        # written out as on a cheque, "9500" over "Nine Thousand Five Hundred"), never above the whole
        if out[part_f] is None:
            spelled = figures.paid_in_words(lines)
            if spelled is not None and (not out[whole_f] or spelled <= Decimal(out[whole_f])):
                out[part_f] = fmt_money(spelled)
                derived[part_f] = "amount-in-words"
    for f in t.fields:
        if t.kind(f) == "bank":
            known = _known_bank(lines, language, t, out)
            value = bank_name(sane_bank(out[f]))
            hit = reader.found.get(f)
            if value and hit is not None and fold(hit[0].label).lower() in {fold(b).lower() for b in v.branch_labels}:
                # the branch the account is kept at ("开户网点：陶店信用社"): part of the bank its letterhead names
                # ("黄冈市黄州区农村信用合作联社"), which is the statement's bank
                first = min((ln.page for ln in lines if ln.page >= 0), default=0)
                head = bank_name(sane_bank(hx.bank([ln for ln in lines if ln.page == first][:hx.LETTERHEAD_LINES])))
                if head and not _inside(value, head) and not _inside(head, value):
                    out[f] = value = head
                    by_rows[f] = "fallback:bank"
            if value and f not in guessed and _addressee_named(value, lines):
                value = None  # "Bank" ending a wrapped letterhead, read as a label over the holder's name and address
            # a gazetteer name inside the value is the name without what OCR fused to it ("工中国工商银行")
            # and a Chinese statement's bank is named in Chinese, not by its English header
            cjk_known = bool(known and re.search(f"[{CJK}]", known))
            out[f] = known if not value or (cjk_known and (known in value or not re.search(f"[{CJK}]", value))) \
                else value
            if known and value and out[f] == value and len(known) > len(value) \
                    and re.search(rf"(?<![A-Za-z]){re.escape(value)}$", known):
                out[f] = known  # the brand is the tail of the fuller name printed ("TSB" of "Permanent TSB")
            out[f] = hx.of_place(out[f], lines) or out[f]  # "State Bank" printed "State Bank of India" in its header
            app = hx.bank_by_app(lines)  # a banking app's screen: the app's name is its bank's ("平安口袋银行": 平安银行)
            if app and (out[f] is None or _inside(out[f], app[0]) or _inside(app[0], out[f])):
                out[f] = app[1]
            if out[f] is None:  # named only in its regulatory footer ("Tallyfin is a trading name of …"): a guess
                out[f] = bank_name(sane_bank(hx.regulated_brand(lines)))
                if out[f] is not None:
                    by_rows[f] = "prominence"
            if out[f] is None:  # a lender or fintech named without "Bank": its letterhead, printed again below
                out[f] = letterhead_lender(lines, [out[g] for g in t.fields if t.kind(g) == "name" and out[g]])
                if out[f] is not None:
                    by_rows[f] = "prominence"
    people = [out[f] for f in t.fields if t.kind(f) == "name" and out[f]]
    for f in t.fields:  # the issuer printed under no label and by no organisation's form: its letterhead, sign-off
        if t.kind(f) != "org" or f not in guessed:
            continue
        if out[f] is None:
            out[f] = sane_org(hx.prominent_org(lines, people, reader.vocab), provider=t.fallback.get(f) == "provider")
            if out[f] is not None:
                by_rows[f] = "prominence"  # a guess by position: shown for the user to confirm
        else:  # a brand or short form found by a fallback yields to the fuller name the document prints
            out[f] = hx.fuller_org(out[f], lines) or out[f]
    for f in t.fields:
        if out[f] is None and t.fallback.get(f) == "provider":
            # nothing names the issuer but a form key's value ("Destination | … Hospital", the letterhead unread): a
            # name the bill prints, doubted, so that the bill counts and the user is asked whose it is
            out[f] = hx.provider(lines, keyed=True)
            if out[f] is not None:
                by_rows[f] = "keyed-name"
    for f in t.fields:  # "MR D OKAFOR" under its label, "Mr Daniel Okafor" over the address: the full form names him
        if t.kind(f) == "name" and out[f]:
            out[f] = hx.fuller_name(out[f], lines) or out[f]
            # "A Cupidredthree R" (a stray letter OCR read before it) printed whole elsewhere: "Cupidredthree R Zztest"
            out[f] = hx.better_read(out[f], lines, lambda s: sane_name(p_name(s)) == s) or out[f]
            # "OOE SR" (a letter misread, the given name lost) printed whole over the address: "JOHN DOE SR"
            out[f] = hx.misread_tail(out[f], lines, lambda s: sane_name(p_name(s)) == s) or out[f]
            out[f] = hx.mixed_case_form(out[f], lines) or out[f]  # "KEVIN L HARTMAN" printed "Kevin L. Hartman" in the body
    for f in t.fields:  # "CP Castlegate Print Solutions Ltd": a logo's letters read on the letterhead's line
        if t.kind(f) in ("org", "bank") and out[f]:
            out[f] = hx.without_logo_mark(out[f], lines)
    _not_the_issuer(t, out)
    _without_a_name_run_on(t, out)
    for f in t.fields:  # a blank form's stand-in ("Company Address", "[Name]", "XXXX") is never a value, found how it may
        if t.kind(f) in ("name", "org", "bank", "account", "code") \
                and is_placeholder(out[f], heads=t.kind(f) == "org"):
            out[f] = None
        if t.kind(f) in ("org", "bank") and is_specimen(out[f]):  # "Sample Bank Statement" names no bank
            out[f] = None
        if t.kind(f) == "org" and f in guessed and out[f] and hx.is_product(out[f], firm=True):
            # a guess that is the software's title ("Payroll Management System"), not who issued it
            out[f] = None
    start, end = t.field_of_kind("start"), t.field_of_kind("end")
    if start and end and out.get(start) and out.get(end) and out[start] > out[end]:
        out[start] = out[end] = None
    if blank_figures(t, out, text):
        for f in t.fields:
            if t.kind(f) == "money":
                out[f] = None
    for f in t.fields:  # a negative amount is a deduction, a payment or a credit: never pay, a total or an income
        if t.kind(f) == "money" and f not in t.ledger and out[f] and Decimal(out[f]) < 0 \
                and not negative_remainder(t, reader, f, out[f]):
            out[f] = None
    for f in misread_figures(t, out, text, glyph, columns):
        out[f] = None
    issuer = t.issuer_field
    if issuer and t.kind(issuer) == "org" and out.get(issuer) and issuer not in guessed \
            and t.fallback.get(issuer) == "sealed" and not hx.is_public_body(out[issuer]):
        # a company under a label ("Employer: Bluegrass Harness & Trim LLC") in a notice that a public body
        # letterheads: the notice's subject's employer, not its issuer (a public body under its label, "Issued by:
        # Intreo Centre Cork", is the office that issued it, and stays)
        body = hx.letterhead_agency(lines)
        if body and not _inside(body, out[issuer]) and not _inside(out[issuer], body) \
                and not _signs(fold(reader.found[issuer][0].label), lines, v.signature_words):
            out[issuer] = body
            by_rows[issuer] = "letterhead-agency"
    found = _evidence(t, pages, lines, dayfirst, reader, out, from_rows, {**by_rows, **derived})
    for f in mixed:  # a mixed-case name OCR read poorly: its lower-case word is likelier a misread capital ("lyer")
        if by_rows.get(f) == "lone-name" and f in found and found[f].confidence < MIXED_SURE:
            out[f] = None
            del found[f]
    return out, whole_unit_doubt(t, out, found, text, columns)


def _evidence(t: DocType, pages: Sequence[Page], lines: Sequence[Line], dayfirst: bool, reader: _Reader,
              out: Mapping[str, str | None], from_rows: set[str] = frozenset(),
              by_rows: Mapping[str, str] | None = None) -> dict[str, Evidence]:
    """Where each value of ``out`` came from: the transaction rows (``from_rows``; a period's end given by the
    first or last transaction date has the method ``by_rows`` names, "rows" or "rows-year"; a bill's total that is
    the sum of its unprinted-total items, "items-sum"), its label's hit when
    the label search found it, else its fallback."""
    found: dict[str, Evidence] = {}
    by_rows = by_rows or {}
    for f, value in out.items():
        if value is None:
            continue
        if f in by_rows:
            found[f] = ev.of_value(pages, lines, value, t.kind(f), dayfirst, by_rows[f])
        elif f in from_rows:
            found[f] = ev.of_value(pages, lines, value, t.kind(f), dayfirst, "table")
        elif f in reader.found:
            hit, parse, raw = reader.found[f]
            found[f] = ev.of_label(pages, lines, hit, raw, parse, t.kind(f), dayfirst, shown=value)
            if t.kind(f) == "org":  # read where the seal is stamped (evidence.under_seal)
                found[f] = ev.under_seal(found[f], value, "\n".join(p.text for p in pages), hit.line.text,
                                         load_vocabulary().seal_marks)
        else:
            found[f] = ev.of_value(pages, lines, value, t.kind(f), dayfirst, f"fallback:{t.fallback.get(f, '')}")
            if t.kind(f) == "org":  # found in the seal's box: on the sealed line, or under its label ("经办机构（盖章）")
                found[f] = ev.under_seal(found[f], value, "\n".join(p.text for p in pages),
                                         _with_line_above(lines, value), load_vocabulary().seal_marks)
        if t.kind(f) == "name":  # a Chinese name OCR read once is less sure (evidence.read_once)
            found[f] = ev.read_once(found[f], value, "\n".join(p.text for p in pages))
    return found


def _separated_first(label: str, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` of a one-word Latin ``label`` with those printed before a colon first, the others after, each in page
    order: "Patient: Dana R. Whitfield" is the label, where "… OH 43214 Patient Financial Services (614) …" in the
    letterhead is a department's name that happens to follow a figure (trial 12's US hospital bill gave the patient
    "Financial Services" at 0.86). A label of several words or in Chinese says what it is without its colon."""
    if " " in label.strip() or re.search(f"[{CJK}]", label):
        return list(hits)
    return sorted(hits, key=lambda h: h.rest.lstrip()[:1] not in (":", "："))


def _with_line_above(lines: Sequence[Line], value: str) -> str:
    """The text of the first line that prints ``value`` (spaces ignored) and of the line above it on its page (the
    label of a form's box over its value); "" when no line prints it."""
    want = re.sub(r"\s+", "", fold(value))
    for i, ln in enumerate(lines):
        if want and want in re.sub(r"\s+", "", fold(ln.text)):
            above = lines[i - 1].text if i and lines[i - 1].page == ln.page else ""
            return f"{above}\n{ln.text}"
    return ""


def _key(t: DocType, fields: Mapping[str, str | None]) -> tuple | None:
    values = tuple(fields.get(k) for k in t.split_key)
    return values if all(values) else None


def _continues(t: DocType, current: tuple | None, key: tuple) -> bool:
    """Whether a page with split key ``key`` continues the document whose key is ``current``: the key repeats its
    amounts and differs only in a date of kind ``date`` (a bill's total printed again on its last page, under the
    date of the services listed there: one bill, not two). A month (a payslip's) still tells two documents apart:
    two payslips of one file often pay the same."""
    if current is None:
        return False
    kinds = [t.kind(f) for f in t.split_key]
    if "money" not in kinds or "date" not in kinds:
        return False
    return all(a == b or kind == "date" for a, b, kind in zip(current, key, kinds, strict=True))


def _numbered_on(before: Sequence[tuple[int, int]], page: Sequence[tuple[int, int]]) -> bool:
    """Whether a page continues the page before it by their printed page numbers (``(n, m)`` pairs of
    :func:`packet.core.text.page_numbers`): the page before says it is page n of m with n < m, and this page does not
    say it is page 1 (a new document's first page). A two-page itemised bill whose page 2 prints another date and
    only then the grand total was split in two, its page 1 guessed a total of its own (an independent set's
    住院费用清单 "第1页/共2页": a subtotal, not the total, was reported)."""
    return any(n < m for n, m in before) and not any(n == 1 for n, _ in page)


def split(type_name: str, pages: Sequence[Page], language: str
          ) -> tuple[tuple[Mapping[str, str | None], ...], tuple[tuple[int, int], ...]]:
    """Each document in a file of several (fields, and 1-based inclusive page ranges), or ((), ()) for one.

    A page whose own fields give a new key (the type's ``split_key``: a month and an amount, …) starts a part; a page
    without one (a payslip's second page, a blank page), with a key seen before (the same payslip
    twice: a duplicate, not a part) or with the same amount under another date (:func:`_continues`: an itemised
    bill's last page) belongs to the part before it, and leading pages to the first.
    A part spanning several pages takes the fields its first page lacks from all its pages together.
    """
    t = load_types()[type_name]
    if not t.split_key or len(pages) < 2:
        return (), ()
    # a page is judged by what it prints: a sum of items nobody printed as a total never splits a file
    per_page = [read_fields(type_name, [p], language, items_sum=False) for p in pages]
    keys = [_key(t, f) for f in per_page]
    if len({k for k in keys if k}) < 2:
        return (), ()
    seen: set[tuple] = set()
    starts: list[int] = []
    numbered = [page_numbers(p.text, load_vocabulary().page_count_patterns) for p in pages]
    for i, k in enumerate(keys):
        if i and _numbered_on(numbered[i - 1], numbered[i]):
            continue  # "第1页/共2页" on the page before: this page is its page 2, whatever its own fields say
        if k and k not in seen and not (starts and _continues(t, keys[starts[-1]], k)):
            seen.add(k)
            starts.append(i)
    if len(starts) < 2:
        return (), ()
    ends = [s - 1 for s in starts[1:]] + [len(pages) - 1]
    ranges = tuple((1 if j == 0 else s + 1, e + 1) for j, (s, e) in enumerate(zip(starts, ends, strict=True)))
    parts = []
    for s, (a, b) in zip(starts, ranges, strict=True):
        fields = per_page[s]
        if b > a and any(v is None for v in fields.values()):
            whole = read_fields(type_name, pages[a - 1:b], language)
            fields = {k: v if v is not None else whole.get(k) for k, v in fields.items()}
        parts.append(fields)
    return tuple(parts), ranges


def labelled_only(item: Classified, language: str) -> dict[str, str | None]:
    """The document's fields without what only its transaction rows give (see :func:`read_fields`)."""
    if item.type not in load_types() or not load_types()[item.type].fields:
        return {}
    return read_fields(item.type, item.document.pages, language, ledger=False)


def extract(item: Classified, language: str) -> Extracted:
    """Every field of the document's type, normalised; ``parts`` when the file holds several documents. Dates are
    read in the document's own calendar (:func:`packet.understanding.values.dates_of`: Minguo on a Taiwan page)."""
    with dates_of("\n".join(p.text for p in item.document.pages)):
        return _extract(item, language)


def _extract(item: Classified, language: str) -> Extracted:
    """:func:`extract`."""
    doc, type_name = item.document, item.type
    types = load_types()
    if type_name not in types or not types[type_name].fields:  # the catch-all type has no fields
        return Extracted(doc, type_name, {}, suggested=item.suggested, leaning=item.leaning)
    fields, evidence = read_fields_evidence(type_name, doc.pages, language)
    t = types[type_name]
    fields, evidence = figures.choose(doc.pages, fields, evidence, [f for f in t.fields if t.kind(f) == "money"])
    if t.reconcile:
        low = t.plausible.get(t.reconcile[1], (Decimal(0), None))[0]
        fields, evidence = figures.whole_and_part(doc.pages, fields, evidence, *t.reconcile, low=Decimal(low))
        fields, evidence = figures.part_against_whole(doc.pages, fields, evidence, *t.reconcile)
        fields, evidence = figures.net_from_parts(doc.pages, fields, evidence, *t.reconcile)
    parts, ranges = split(type_name, doc.pages, language)
    part_evidence: tuple[Mapping[str, Evidence], ...] = ()
    if parts:
        part_evidence = tuple(_part_evidence(type_name, doc.pages[a - 1:b], language, p)
                              for p, (a, b) in zip(parts, ranges, strict=True))
        fields, evidence = dict(parts[0]), dict(part_evidence[0])
        log.info("%s holds %d %s documents on pages %s", doc.rel, len(parts), type_name, ranges)
    printed = "\n".join(p.text for p in doc.pages)
    fields, parts = _as_printed(fields, printed), tuple(_as_printed(p, printed) for p in parts)
    return Extracted(doc, type_name, fields, parts=parts, part_pages=ranges, evidence=evidence,
                     part_evidence=part_evidence, suggested=item.suggested, leaning=item.leaning)


def _as_printed(fields: Mapping[str, str | None], text: str) -> dict[str, str | None]:
    """``fields`` with each value in the characters the document prints: values are read from folded text
    (:func:`packet.core.text.fold`: Traditional characters as Simplified ones), and an employer, bank or name is
    reported as printed (府城第一商業銀行, not 府城第一商业银行). ``text`` is the document's text."""
    if not has_cjk(text):
        return dict(fields)
    printed = fold_width(text)
    folded = to_simplified(printed)
    return {f: in_printed_script(v, printed, folded) if v and has_cjk(v) else v for f, v in fields.items()}


def _part_evidence(type_name: str, pages: Sequence[Page], language: str,
                   fields: Mapping[str, str | None]) -> dict[str, Evidence]:
    """The evidence of one part's ``fields`` (read from its ``pages`` by :func:`split`): the pages read once more
    with evidence where that gives the same value, else the value's first place on the part's pages."""
    again, evidence = read_fields_evidence(type_name, pages, language)
    t = load_types()[type_name]
    lines = doc_lines(pages)
    dayfirst = dayfirst_for(language, "\n".join(p.text for p in pages))
    out: dict[str, Evidence] = {}
    for f, value in fields.items():
        if value is None:
            continue
        if again.get(f) == value and f in evidence:
            out[f] = evidence[f]
        else:
            out[f] = ev.of_value(pages, lines, value, t.kind(f), dayfirst, "label")
    return out
