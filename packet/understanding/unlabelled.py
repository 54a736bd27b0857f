"""Fallbacks for fields printed without a label: letterheads, prose ("兹证明张伟…"), a lone date line.

Used by :mod:`packet.understanding.extract` only after the label search found nothing. Each function returns a
normalised value or None; a guess that is likely wrong returns None (the report then asks for it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from packet.core.model import Word
from packet.core.text import CJK, fold, plain_latin
from packet.rules.registry import (
    Vocabulary,
    from_registry,
    load_banks,
    load_surnames,
    load_types,
    load_vocabulary,
)
from packet.understanding.label_geometry import CUT_GLUED, Line, join_words
from packet.understanding.values import (
    _MONTH_RE,
    NUMBER_WORDS,
    clean,
    find_dates,
    find_money,
    fmt_money,
    parse_daxie,
    parse_number_words,
    worded_amounts,
)

# a name transliterated from Uyghur, Kazakh, Tibetan or a foreign language, written in characters with a middle dot
# between its parts ("古丽娜尔·艾尼瓦尔", "阿卜杜拉·买买提"): each part one to eight characters (GB 11643's name field holds
# up to 15 in all; the Ministry of Public Security's 2007 guidance keeps each part short), two or three parts
_DOTTED_ZH = rf"[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}}?){{1,2}}"

ORG_RUN_ON = 6  # characters between a Chinese organisation's suffix and the legal form its name goes on to (管理)
ORG_PLACE = 6  # characters of a bracketed place before that legal form ("（成都）", "（黑龙江）", "（内蒙古自治区）": 5)


def _alt(words: Sequence[str]) -> str:
    """Literal words as regex alternatives, in the given order."""
    return "|".join(re.escape(w) for w in words)


def _spaced(words: Sequence[str]) -> str:
    """Literal words as regex alternatives, in the given order, each space standing for any run of white space."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)


_NEVER = re.compile(r"(?!)")  # a pattern for an empty word list: matches nothing


def _longest_first(words: Sequence[str]) -> str:
    """Literal words as regex alternatives, longest first (so "Ltd." wins over "Ltd" where both fit)."""
    return _alt(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    org_zh: re.Pattern[str]
    org_en: re.Pattern[str]
    bank_zh: re.Pattern[str]
    bank_en: re.Pattern[str]
    provider_zh: re.Pattern[str]
    provider_en: re.Pattern[str]
    birth: re.Pattern[str]
    generic_org: re.Pattern[str]
    sealed: re.Pattern[str]
    org_lead: re.Pattern[str]
    org_lead_en: re.Pattern[str]  # English function words before an organisation's name ("for", "of"), repeated
    saying: re.Pattern[str]  # a letterhead saying's label at the end of what precedes a name ("Motto:")
    short_signoff: re.Pattern[str]  # a short sign-off's lead at the start of a cell ("Signed for", "p.p.")
    titled: re.Pattern[str]
    person_zh: tuple[re.Pattern[str], ...]
    person_en: re.Pattern[str]
    person_en_subject: re.Pattern[str]
    person_after: re.Pattern[str]
    date_label: re.Pattern[str]
    agency: re.Pattern[str] | None
    agency_tail: re.Pattern[str] | None


@lru_cache(maxsize=4)
def _patterns(v: Vocabulary) -> _Patterns:
    """The patterns of the fallbacks, built from the registry's vocabulary ``v`` (once per vocabulary)."""
    titles = [t.capitalize() for t in v.titles] + [t.upper() for t in v.titles]
    # a name's lower-case particles between its capitalised words ("Pieter van der Merwe", "Nurul binti Hassan")
    particles = _alt([w for w in v.name_particles if w.isalpha()]) or "(?!)"
    branch = rf"(?:[{CJK}]{{2,8}}?(?:{_alt(v.branch_words_zh)}))?"
    return _Patterns(
        # to the last of consecutive suffixes: 重庆山城建设集团有限公司, not …集团
        # a name runs on past a suffix to the legal form a few characters after it (南湖酒店 → 南湖酒店管理有限公司)
        org_zh=re.compile(rf"[{CJK}()（）]{{2,30}}?(?:{_alt(v.org_suffixes_zh)})+"
                          # the run-on may end in the place it is registered in, bracketed before its legal form
                          # ("锦程假日酒店管理（成都）有限公司", as org_en's "(HK) Limited")
                          + (rf"(?:[{CJK}]{{0,{ORG_RUN_ON}}}?(?:[(（][{CJK}]{{2,{ORG_PLACE}}}[)）])?"
                             rf"(?:{_alt(v.org_forms_zh)}))?" if v.org_forms_zh else "")),
        org_en=re.compile(
            # to the last of consecutive forms: "Optical Co. Ltd", "Holdings Co., Ltd.", not "Optical Co."
            # a form word may stand in brackets before the legal form (Pakistan's and Sri Lanka's "(Pvt) Ltd.",
            # "(Private) Limited"; South Africa's "(Pty) Ltd"), or the place it is registered in, capitalised
            # ("Harbourlight Logistics (HK) Limited", "(Hong Kong) Limited", "(Asia Pacific) Pte Ltd")
            # a comma may stand before the legal form, as the US writes it ("Money Instructor, INC.", "Acme, LLC"),
            # but not before "Co" (Ireland's county in an address: "Tralee, Co. Kerry"), "Company" or "Group" (words of
            # a sentence or an address as often as a form)
            r"\b(?:(?:[A-Z][\w&'’.-]*|&|\+)\s+){0,5}?(?:[A-Z][\w&'’.-]*)(?:\s+|,\s+(?!(?i:co|company|group)\b))"
            + (r"(?:(?:\((?i:" + _longest_first([w for w in v.org_form_words if w.isalpha() and len(w) >= 3])
               + r")\.?\)|\([A-Z][A-Za-z&.-]*(?:\s[A-Z][A-Za-z&.-]*){0,2}\))\s*)?" if v.org_form_words else "")
            + r"(?i:" + _longest_first(v.org_forms_en) + r")(?![\w])"
            + r"(?:,?\s+(?i:" + _longest_first(v.org_forms_en) + r")(?![\w]))*"
            + "".join(rf"|\b{re.escape(n)}\b" for n in v.org_names_en)),
        bank_zh=re.compile(rf"(?:{_alt(v.bank_prefixes_zh)})?[{CJK}]{{2,10}}?(?:{_alt(v.bank_words_zh)})"
                           rf"(?:{_alt(v.bank_forms_zh)})?{branch}"),
        # a whole word: "Monzo" is not a bank's name inside the brand "Monzoo"
        bank_en=re.compile(r"\b(?:" + "|".join(v.bank_patterns_en) + r")(?![A-Za-z])"),
        # a provider word, then a chain's or company's form ("康佑大药房连锁", "某某医院有限公司")
        provider_zh=re.compile(rf"[{CJK}]{{2,20}}?(?:{_alt(v.provider_words_zh)})"
                               + (rf"(?:{_alt(v.provider_tails_zh)})?" if v.provider_tails_zh else "")),
        # capitalised words (or all capitals: "RIVERBEND REGIONAL MEDICAL CENTER") ending in a provider word, then
        # "of <Place>" and a practice's form ("… Anesthesiology Associates", "… Pediatrics, PLLC")
        provider_en=re.compile(
            r"\b(?:[A-Z][\w'&.-]*\s+(?:(?:of|and|&|the|OF|AND|THE)\s+)?){0,5}(?i:" + _longest_first(v.provider_words_en)
            + r")(?i:s)?\b(?:\s+(?:of|OF)(?:\s+[A-Z][\w'-]*){1,3})?"
            + (r"(?:,?\s+(?i:" + _longest_first(v.provider_tails_en) + r")(?![\w]))*" if v.provider_tails_en else "")),
        birth=re.compile("|".join(v.birth_patterns), re.I),
        generic_org=re.compile("|".join(v.generic_org_patterns)),
        sealed=re.compile(_alt(v.seal_marks), re.I),
        org_lead=re.compile(rf"^[()（）]*(?:{_alt(v.org_lead_zh)})?"),
        # a sign-off's or a sentence's preposition run into the capitalised words before a legal form ("For Kowhai
        # Freight Limited" over a signature, "Of Acme Ltd"): a name never starts with one
        org_lead_en=re.compile(rf"^(?:(?:{_spaced(v.org_lead_en)})\s+)+", re.I) if v.org_lead_en else _NEVER,
        saying=re.compile(rf"(?:^|[^\w])(?:{_alt(v.saying_labels)})\s*[:：]\s*$", re.I) if v.saying_labels else _NEVER,
        short_signoff=re.compile(rf"^(?:{_spaced(sorted(v.signoff_short_leads, key=len, reverse=True))})\s+", re.I)
        if v.signoff_short_leads else _NEVER,
        titled=re.compile(rf"^(?:{_alt(titles)})\.?\s+([A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){{1,3}})\s*$"),
        person_zh=tuple(re.compile(rf"{re.escape(w)}[ \t]*[:：，,]?[ \t]*({_DOTTED_ZH}|[{CJK}·]{{2,5}}?)[ \t]*"
                                   rf"(?:[，,（(]|{_alt(v.person_end_zh)})") for w in v.person_lead_zh)
        # a notice addressed to the person: a line that begins with the name and an honorific ("罗雪梅同志：")
        + (re.compile(rf"(?m)^[ \t]*({_DOTTED_ZH}|(?:(?!的)[{CJK}·]){{2,4}}?)[ \t]*(?:{_alt(v.honorifics)})[ \t]*[（(:：，,]"),
           # a certificate's sentence that opens with the person and their particulars ("上官婉清，性别女，身份证号码：…",
           # "林晓彤（身份证号：…）于…"): a name, a comma or a bracket, then one of the vocabulary's name_stop details
           re.compile(rf"(?m)^[ \t]*({_DOTTED_ZH}|[{CJK}·]{{2,5}}?)[ \t]*[，,（(][ \t]*(?:{_alt(v.name_stop)})")),
        person_en=re.compile(
            rf"(?:{_alt(v.person_lead_en)})\s+(?:[A-Za-z][A-Za-z ]{{0,40}}?\s[-–—]\s+)?"
            rf"(?:(?i:{_alt(v.titles)})\.?\s+)?"
            r"((?:[A-Z]\.[ \t]*){0,3}[A-Z][a-zA-Z'-]+(?:[ \t]+[A-Z]\.?(?=[ \t]+[A-Z][a-zA-Z'-]))?"
            rf"(?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}[A-Z][a-zA-Z'-]+){{1,3}})"),
        # (initials may come first: "certify that Mrs. W. M. Dilrukshi Kumari Wijesundara", a Sri Lankan name)
        # the same with the subject before a dash required: "RE: CONFIRMATION OF EMPLOYMENT - MR. OTIENO …", whose
        # subject alone would read as a name in capitals
        person_en_subject=re.compile(
            rf"(?:{_alt(v.person_lead_en)})\s+[A-Za-z][A-Za-z ]{{0,40}}?\s[-–—]\s+"
            rf"(?:(?i:{_alt(v.titles)})\.?\s+)?"
            r"((?:[A-Z]\.[ \t]*){0,3}[A-Z][a-zA-Z'-]+(?:[ \t]+[A-Z]\.?(?=[ \t]+[A-Z][a-zA-Z'-]))?"
            rf"(?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}[A-Z][a-zA-Z'-]+){{1,3}})"),
        person_after=re.compile(rf"\s+(?:{_alt(v.person_after_en)})\b.*$"),
        date_label=re.compile(rf"(?i)^({_alt(v.date_label_words)})\s*[:：]?"),
        # a public body: capitalised words, a head word and what it is of or for ("State Department of Labor",
        # "MINISTRY OF HUMAN RESOURCES", "Department for Work and Pensions")
        agency=re.compile(
            r"\b(?:[A-Z][\w'&.-]*\s+){0,4}(?i:" + _longest_first(v.agency_words_en) + r")\s+(?i:of|for)"
            r"(?:\s+(?:(?:the|and|&|THE|AND)\s+)?[A-Z][\w'-]*){1,4}") if v.agency_words_en else None,
        # a public body named by what it does, its head word last ("Employment Security Department"): two to five
        # capitalised words before it, "and" or "&" among them ("National Insurance and Social Security Service"),
        # the first no connector ("OF WASHINGTON …" is not a name's start)
        agency_tail=re.compile(
            r"\b(?!(?i:of|for|the|and)\b)(?:(?:[A-Z][\w'&-]*|and|&)\s+){2,5}(?i:" + _longest_first(v.agency_tails_en)
            + r")\b")
        if v.agency_tails_en else None,
    )


def _p() -> _Patterns:
    return _patterns(load_vocabulary())


def first_match(lines: Sequence[Line], patterns: Sequence[re.Pattern[str]], limit: int | None = None,
                exclude: Sequence[str] = ()) -> str | None:
    for ln in lines[:limit]:
        text = fold(ln.text)
        for pat in patterns:
            for m in pat.finditer(text):
                value = m.group(0).strip(" ,.:：()（）")
                if value and not any(value == e or value.endswith(e) and len(value) <= len(e) + 1 for e in exclude):
                    return value
    return None


LETTERHEAD_LINES = 4  # a letterhead's lines: the first of page 1 (name, a second name line, address, a tagline)


def org(lines: Sequence[Line], limit: int | None = None, sealed_first: bool = False,
        agencies: bool = False) -> str | None:
    """An organisation's name: a company or office named in the first lines (or by its seal); with ``agencies``,
    a company or public body in the seal's lines or the letterhead (the first :data:`LETTERHEAD_LINES` of page 1:
    "State Department of Labor", the vocabulary's ``agency_words_en`` followed by what it is of or for, or
    "Employment Security Department", capitalised words ending in one of ``agency_tails_en``) before a company
    named anywhere, then a public body anywhere — the issuer of an official notice. Each cell of a line (words apart by
    more than a column gap) is read on its own, so a form's label in the cell before the name ("公司
    深圳市某某物流股份有限公司") is not glued to it."""
    pats = _p()
    pool = list(lines[:limit])
    sealed = [ln for ln in lines if pats.sealed.search(ln.text)] if sealed_first else []
    if agencies:
        # the letterhead first: a company or a public body printed at the head of the notice is its issuer, before a
        # company named in its body (the employers in a benefit determination's table of wages)
        head = sealed + [ln for ln in lines[:LETTERHEAD_LINES] if ln.page == 0]
        found = _org_in(head, (pats.org_zh, pats.org_en), prose_ok=False) or _org_in(
            head, tuple(p for p in (pats.agency, pats.agency_tail) if p is not None))
        if found:
            return found
    # an official notice's issuer is in its letterhead, seal or sign-off: a company its sentences talk about
    # ("your employment with Northgate Ltd ended") is whom it is about, so with ``agencies`` none in prose
    found = _org_in(sealed, (pats.org_zh, pats.org_en)) or _org_in(pool, (pats.org_zh, pats.org_en),
                                                                  prose_ok=not agencies)
    if found is None and agencies and pats.agency is not None:
        found = _org_in(sealed + pool, (pats.agency,))
    return found


def employed_by(lines: Sequence[Line]) -> str | None:
    """The company a sentence says its subject works or worked for: one of the vocabulary's ``employed_by_words``
    ("has been employed by", "works for") right before a company's name with its legal form (``org_en``: "Tamar Ridge
    Berry Co. Pty Ltd") in the running text (:func:`prose_text`). None when no such sentence names one, or when the
    document names a public body anywhere (an agency's notice says whom the person worked for, but is not theirs). The
    first found, as printed."""
    pats = _p()
    words = load_vocabulary().employed_by_words
    if not words or any(is_public_body(ln.text) for ln in lines):
        return None
    flat = prose_text(lines)
    for w in sorted(words, key=len, reverse=True):
        for m in re.finditer(rf"(?i)\b{re.escape(w)}\s+", flat):
            om = pats.org_en.match(flat, m.end())
            if om:
                return om.group(0).strip(" ,.")
    return None


def is_public_body(text: str) -> bool:
    """Whether ``text`` is named as a public body is (:func:`letterhead_agency`'s patterns: "Intreo Centre Cork",
    "Department of Labor")."""
    pats = _p()
    t = fold(text)
    return any(p is not None and p.search(t) for p in (pats.agency, pats.agency_tail))


def letterhead_agency(lines: Sequence[Line]) -> str | None:
    """The public body whose letterhead heads page 1 ("Office of Unemployment Insurance", the vocabulary's
    ``agency_words_en`` before what it is of or for, or a name ending in one of ``agency_tails_en``) in its first
    :data:`LETTERHEAD_LINES` lines of words (stray marks skipped, :func:`_stray`), when no company's name is printed
    there too (a company's own letter naming its department is the company's); else None. An official notice is
    issued by the body in its letterhead, whatever company its body names (the employer in a determination's table:
    independent set 16's Kentucky notice gave "Bluegrass Harness & Trim LLC" as its issuer, read after it was
    judged)."""
    pats = _p()
    if pats.agency is None:
        return None
    first = min((ln.page for ln in lines if ln.page >= 0), default=0)
    head = [ln for ln in lines if ln.page == first and not _stray(ln)][:LETTERHEAD_LINES]
    if not head or _org_in(head, (pats.org_zh, pats.org_en), prose_ok=False):
        return None
    return _org_in(head, tuple(p for p in (pats.agency, pats.agency_tail) if p is not None), prose_ok=False)


# an English sentence running into a name: a lower-case word just before it ("employment with Acme Ltd")
_IN_PROSE = re.compile(r"\b[a-z][a-z']+\s+$")


WRAP_GAP = 2.0  # a line continues the one above it when it starts at most this many line heights below it
WRAP_INDENT = 0.06  # and the two runs start this close (a fraction of the page width: a paragraph's indent of two
# Chinese characters at 11 points is 0.04 of an A4 page's width)


def run_on(prev: Line, ln: Line) -> str:
    """The Chinese characters that open ``ln`` when it continues the line ``prev`` (:func:`_wrapped_from`), up to the
    first mark or space ("司。如有疑问…" under "…发放单位：钦州港湾粮油加工有限公" gives "司"); "" when ``ln`` does not
    continue ``prev``."""
    if not _wrapped_from(prev, ln):
        return ""
    m = re.match(f"[{CJK}]+", fold(join_words(ln.cells()[0])))
    return m.group(0) if m else ""


def _wrapped_from(prev: Line | None, ln: Line) -> str:
    """The Chinese text the line ``prev`` ends with when the line ``ln`` under it continues it: a sentence or a long name wrapped
    at the end of a line ("…系厦门鹭" / "岛海景酒店管理有限公司正式员工", a letterhead set in two lines
    "重庆渝北区两江汽车零部件制造有限" / "公司"). Both on one page, ``ln`` at most :data:`WRAP_GAP` line heights
    under it, the one above ending with a Chinese character (no clause's mark) and ``ln``'s first cell starting
    with one, the two runs starting within :data:`WRAP_INDENT` of each other (a wrap returns to the margin). ""
    otherwise."""
    if prev is None or prev.page != ln.page or not ln.words or not prev.words:
        return ""
    height = max(prev.y1 - prev.y0, 0.006)
    first = ln.cells()[0]
    tail = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(join_words(prev.cells()[-1])))
    head = fold(join_words(first))
    # the run that wraps starts where the next line does, give or take a paragraph's indent: a cell off to the
    # right ("云帆科技·薪资单    2026年10月" over the company's name) is another column, not a run that wraps
    if not (0 <= ln.y0 - prev.y1 <= WRAP_GAP * height) or abs(first[0].box[0] - prev.cells()[-1][0].box[0]) > WRAP_INDENT:
        return ""
    if not re.search(f"[{CJK}]$", tail) or not re.match(f"[{CJK}]", head):
        return ""
    return tail


def _after_bank_label(text: str, start: int, value: str) -> bool:
    """Whether ``value``, found at ``start`` in a cell's ``text``, is a bank's name printed as another label's value
    ("工资卡开户行：中国农业银行股份有限公司成都高新支行", "Bank: Habib Bank Limited", "Paid to: HDFC Bank Ltd A/c …"):
    the bank the salary is paid into or the account is kept at, not the document's issuer or employer."""
    pats = _p()
    if not re.search(r"[:：]\s*$", text[:start]):
        return False
    return bool(pats.bank_zh.search(value) or pats.bank_en.search(value))


def names_bank(value: str) -> bool:
    """Whether an organisation's name is a bank's by its form (the vocabulary's bank patterns: "…银行", "…信用社",
    "… Bank", "Credit Union", "Building Society")."""
    pats = _p()
    return bool(pats.bank_zh.search(value) or pats.bank_en.search(value))


RULE_MARKS = re.compile(r"_{2,}")  # a printed rule or a form's blank, read by OCR as a run of underscores


def _org_in(pool: Sequence[Line], patterns: Sequence[re.Pattern[str]], prose_ok: bool = True) -> str | None:
    """The first organisation name one of ``patterns`` finds in ``pool``'s cells; without ``prose_ok``, never one
    that an English sentence runs into (:data:`_IN_PROSE` just before it). A Chinese name that a line's end cut in
    two is read whole (:func:`_wrapped_from`: the line's last cell read with the next line's first): "锦程假日酒店管理
    （成都）有限" / "公司" names the company, not 有限公司 nor 锦程假日酒店. A bank's name printed after a label
    (:func:`_after_bank_label`) is where money is paid, never the name sought."""
    pats = _p()
    pool = list(pool)
    for j, ln in enumerate(pool):
        cells = ln.cells()
        nxt = pool[j + 1] if j + 1 < len(pool) else None
        run_on = fold(join_words(nxt.cells()[0])) if nxt is not None and _wrapped_from(ln, nxt) else ""
        # a rule OCR read as underscores glued to the name's first word ("____Essequibo Coast Rice Milling Co."): a
        # word character, so the name would start after that word
        for k, text, pat in ((k, RULE_MARKS.sub(" ", fold(join_words(c))), p) for p in patterns
                             for k, c in enumerate(cells)):
            cjk = bool(re.search(f"[{CJK}]", pat.pattern))
            own = len(text)  # the run-on from the next line, if any, starts here
            if k == len(cells) - 1 and run_on and cjk:
                text = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", text)
                own = len(text)
                text += run_on
            for m in pat.finditer(text):
                if not prose_ok and _IN_PROSE.search(text[:m.start()]):
                    continue
                if cjk and re.match(r"[ \t]*[:：]", text[m.end():]):
                    continue  # "所属公司：…", "致某某有限公司：": a label or a letter's addressee, no issuer's name
                # what is printed before the name on its own line: in the next line's run-on when it starts there
                # ("性别：女" over "原工作单位：某某有限公司": the label before it is that line's)
                before = text[own:m.start()] if m.start() >= own else \
                    fold(ln.text)[:max(0, fold(ln.text).find(m.group(0)))]
                if pats.saying.search(text[:m.start()]) or pats.saying.search(before):
                    continue  # "Motto: Knowledge and Service": a letterhead's saying, shaped as a public body's name
                if is_former_org(m.group(0), before) or (j and _under_former_label(pool[j - 1], ln, cells[k])):
                    continue  # "Previous employer: Acme Ltd", "失业前单位桂林…": a role of the subject's
                if pat is pats.agency or pat is pats.agency_tail:
                    if in_title(text, m.start(), m.end()):
                        continue  # "END OF SERVICE LETTER": a public body's shape inside the document's title
                value = pats.org_lead_en.sub("", pats.org_lead.sub("", m.group(0)).strip(" ,.:：()（）"))
                if _after_bank_label(text, m.start(), value):
                    continue
                if len(value) >= 4 and not pats.generic_org.search(value) and not is_department(value):
                    # a company's name (its legal form closes it) opening its line: its first line may be above
                    # (a public body's name under its government's is the body's own: "WORKFORCE DEVELOPMENT AGENCY")
                    if pat is pats.org_en and not text[:m.start()].strip(" _|,.:"):
                        return _wrapped_above(pool, j, value, pat) or value
                    return value
    return None


def in_title(text: str, start: int, end: int) -> bool:
    """Whether the words at ``text[start:end]`` (a cell's text) are part of the document's title, not a name before
    it: :func:`title_cut` cuts the cell before ``end`` — its title words ("LETTER", "NOTICE", types.toml's titles)
    run on from those words with no separator between ("END OF SERVICE LETTER", whose "END OF SERVICE" has a
    public body's shape), or start inside them. A name set apart from its title ("Employment Service — Notice of
    Determination") ends where the cut does."""
    name = title_cut(text)
    kept = text.find(name) + len(name) if name else 0
    return kept < end and start < len(text)


WRAP_BACK = 2  # lines above a name's last line where its first line may be (a signature read between the two)


def _wrapped_above(pool: Sequence[Line], j: int, value: str, pat: re.Pattern[str]) -> str | None:
    """The whole name of which ``value`` (a Latin organisation name opening ``pool[j]``) is the second line: a cell
    stacked over it on one of the :data:`WRAP_BACK` lines above (:func:`wrapped_name`: "MKHONDVO VALLEY CITRUS" over
    "GROWERS (PTY) LTD" in a sign-off, the signatory's name read on a line between them) with which ``pat`` reads
    the two as one name, whole; None when there is none."""
    for k in range(j - 1, max(-1, j - 1 - WRAP_BACK), -1):
        # a line read between the two (the signature beside them) stands in their gap: twice the room
        whole = wrapped_name(pool[k], pool[j], (pat,), gap=STACK_GAP * (j - k))
        first = whole[:-len(value)].strip() if whole and whole != value and whole.endswith(value) else ""
        # the first line is two words at least and no document's title ("Payslip" centred over "Zoonodle Inc")
        if len(first.split()) >= 2 and not is_title(first):
            return whole
    return _under_wordmark(pool, j, value, pat)


WORDMARK_HEIGHT = 1.4  # a one-word line this many times the height of the name under it is the name's wordmark


def _under_wordmark(pool: Sequence[Line], j: int, value: str, pat: re.Pattern[str]) -> str | None:
    """The whole name of which ``value`` (a Latin organisation name opening ``pool[j]``) is the rest under its
    wordmark: the line right above holds one cell, stacked over ``value``'s (:func:`_stacked`), of one word of letters
    (four or more, no document's title), printed at least :data:`WORDMARK_HEIGHT` times the height of ``pool[j]``, that
    ``value`` does not already hold and with which ``pat`` reads the two as one name, whole. A logo's lettering over the
    company's small print: "HARBOURLINE" over "Freight Pty Ltd · ABN …" (a new user's trial: the employer was read as
    "Freight Pty Ltd", at 0.9 when two payslips agreed); "TESCO" over "Tesco Stores Ltd" is the brand of a name given
    whole. None when there is no such line. Heights are fractions of the page's height."""
    if j == 0:
        return None
    upper, lower = pool[j - 1], pool[j]
    cells = upper.cells()
    if upper.page != lower.page or len(cells) != 1 or not _stacked(cells[0], lower.cells()[0]):
        return None
    word = fold(join_words(cells[0])).strip(" .,:")
    if len(word) < 4 or not word.isalpha() or word.lower() in fold(value).lower() or is_title(word):
        return None
    if upper.y1 - upper.y0 < WORDMARK_HEIGHT * max(lower.y1 - lower.y0, 1e-6):
        return None
    whole = f"{word} {value}"
    m = pat.match(whole)
    return whole if m and m.end() >= len(whole.rstrip(" ,.")) else None


def is_title(text: str) -> bool:
    """Whether ``text`` is a document's title as some type of types.toml names it ("Payslip", "Salary Certificate",
    "Current account statement"), case and a trailing full stop or colon aside."""
    low = fold(text).strip(" .:").lower()
    return any(low == fold(ti).lower() for t in load_types().values() for ti in t.titles)


def is_department(value: str) -> bool:
    """Whether ``value`` is a department or contact line standing alone (one of the vocabulary's
    ``department_tails``, compared without case: "客户服务中心", "HR Department", "Payroll Office"): it names where
    in an organisation a document came from, never the organisation itself."""
    low = fold(value).strip(" ,.:：()（）").lower()
    return any(low == fold(t).lower() for t in load_vocabulary().department_tails)


@lru_cache(maxsize=4)
def _former(v: Vocabulary) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The vocabulary's ``former_org_patterns`` as one pattern, and its ``former_role_words`` as a label ending
    before a value ("Previous employer:", "Former company name:")."""
    pat = re.compile("|".join(v.former_org_patterns)) if v.former_org_patterns else None
    latin = [w for w in v.former_role_words if w.isascii()]
    label = (re.compile(rf"(?i)(?<![a-z])(?:{_alt(latin)})\s*[a-z ]{{0,30}}[:：]?\s*$") if latin else None)
    return pat, label


def is_former_org(value: str, before: str = "") -> bool:
    """Whether ``value``, printed after ``before`` on its line, is a former employer under its label: the value
    read with a label of the vocabulary's ``former_org_patterns`` ("失业前单位桂林…有限公司"), or after a label opened
    by one of its Latin ``former_role_words`` ("Previous employer:"). Such a name is the subject's former employer,
    a role, never the issuer of the document."""
    pat, label = _former(load_vocabulary())
    if pat is not None and pat.search(fold(value).strip()):
        return True
    if pat is not None and before.strip() and _former_label(pat).search(fold(before)):
        return True  # "原工作单位  南湖印染厂": the label in the cell before the name
    return bool(before.strip()) and label is not None and label.search(fold(before)) is not None


def _under_former_label(above: Line, ln: Line, cell: Sequence[Word]) -> bool:
    """Whether ``cell`` of ``ln`` sits in a form's value row under a former-employer label alone in its cell on the
    line ``above`` (the vocabulary's ``former_org_patterns``: "原工作单位" over "萍乡安源耐火材料厂", a header row
    over its values): the label's cell and ``cell`` overlap across the page, and ``above`` is on the same page at
    most two of ``ln``'s heights higher. Such a name is the subject's former employer, not the form's issuer
    (independent 18's benefit voucher photo gave the works for the social-insurance office, read after judging)."""
    pat, label = _former(load_vocabulary())
    if pat is None and label is None or not cell or above.page != ln.page or ln.y0 - above.y1 > 2 * (ln.y1 - ln.y0):
        return False
    x0, x1 = min(w.box[0] for w in cell), max(w.box[2] for w in cell)
    for head in above.cells():
        h0, h1 = min(w.box[0] for w in head), max(w.box[2] for w in head)
        text = fold(join_words(head)).strip(" :：")
        if min(x1, h1) - max(x0, h0) > 0 and (pat is not None and pat.fullmatch(text)
                                              or label is not None and label.match(text)):
            return True
    return False


@lru_cache(maxsize=4)
def _former_label(pat: re.Pattern[str]) -> re.Pattern[str]:
    """``former_org_patterns`` as a label ending a line's text before a value ("原工作单位：", "失业前单位名称 ")."""
    return re.compile(rf"(?:{pat.pattern.lstrip('^')})\s*[:：]?\s*$")


def titled_name(lines: Sequence[Line], limit: int = 20) -> str | None:
    """A name with a courtesy title alone in its cell or on its own line (the address block of a statement: "Miss
    Tiana Rangi"), without the document's words run on after it on that line ("Miss Tiana Rangi Statement": the
    vocabulary's ``not_name_words``); two words at least must stay. Never a key's value (:func:`keyed_value`: "Ref
    By: | DR. FEZAN KHURSHIED" names the referring doctor, whom the key says, not whom the document is for)."""
    no_name = set(load_vocabulary().not_name_words)
    for i, ln in enumerate(lines[:limit]):
        cells = [fold(join_words(c)).strip() for c in ln.cells()]
        keyed = {k for k in range(len(cells)) if keyed_value(lines, i, k)}
        whole = [] if keyed else [fold(ln.text).strip()]
        for text in [c for k, c in enumerate(cells) if k not in keyed] + whole:
            m = _p().titled.match(text)
            if not m:
                continue
            words = m.group(1).split()
            while len(words) > 2 and words[-1].lower() in no_name:
                words.pop()
            if not any(w.lower() in no_name for w in words):
                return " ".join(words)
    return None


def bank(lines: Sequence[Line]) -> str | None:
    """A bank's name by its form (the vocabulary's bank patterns) among the first 12 lines, never on a transaction
    row (a line with a full date and an amount: "09/11/2026 MPESA TO BANK 291.97 4,741.81" names a payee, not the
    statement's bank)."""
    pats = _p()
    head = [ln for ln in lines[:12] if not transaction_row(ln.text)]
    exclude = load_vocabulary().bank_label_words
    for k, ln in enumerate(head):
        found = first_match([ln], [pats.bank_en, pats.bank_zh], exclude=exclude)
        if found:
            return _line_opening(fold(ln.text), found)
        if k + 1 < len(head):
            found = wrapped_name(ln, head[k + 1], [pats.bank_en, pats.bank_zh], exclude)
            if found:
                return found
    return None


BANK_NAME_WORDS = 6  # at most this many words of a bank's own name (a heading or a sentence has more); no source:
# the longest names met (US credit unions: "Terrebonne Parish Teachers & Workers Federal Credit Union") have five


def bank_own_words(value: str) -> str:
    """A bank's name without the legal form (the vocabulary's ``bank_forms_en``: "plc", "Ltd") and the kind of
    institution (``bank_kinds_en``: "Federal Credit Union", "Building Society", "Bank") that close it, case aside:
    the words its members or founders chose, whose number tells a name from a sentence."""
    v = load_vocabulary()
    rest = value.strip(" ,.")
    for forms in (v.bank_forms_en, v.bank_kinds_en):
        for form in sorted(forms, key=len, reverse=True):
            m = re.search(rf"[\s,]+{re.escape(form)}\.?$", rest, re.I)
            if m:
                rest = rest[:m.start()].strip(" ,")
                break
    return rest or value


LEAD_WORDS = 2  # at most this many capitalised words before a bank's name that opens its line are the name's own


def _line_opening(text: str, name: str) -> str:
    """``name`` (a bank's name as a pattern found it on the line ``text``) with the capitalised words printed before
    it when the line opens with them and nothing else stands between: a letterhead's name opens its line, and the
    patterns take a few words before "Bank" ("Godavari Valley Urban Co-operative Bank Ltd." was read as "Valley Urban
    Co-operative Bank": independent 17). At most :data:`LEAD_WORDS` more words (more, up to :data:`BANK_NAME_WORDS`
    own words in all, before a name closed by its kind of institution), never a courtesy title ("Mr", "Ms":
    the holder's name run on before the bank's), each a word of letters starting with a capital."""
    at = text.find(name)
    before = text[:at].split() if at > 0 else []
    # more words when the name closes with its kind of institution, up to a bank's own words in all ("Bayou
    # Lafourche Parish" before "Nurses & Teachers Federal Credit Union"), none a form's or a sentence's word ("Your
    # Monthly Account Statement" before "Harbour Bank" is a title)
    v = load_vocabulary()
    own = [w for w in bank_own_words(name).split() if w.lower() not in ("&", "and", "of", "the")]
    plain = not {w.lower() for w in before} & (set(v.not_name_words) | set(v.prose_words_en))
    most = max(LEAD_WORDS, BANK_NAME_WORDS - len(own)) if bank_own_words(name) != name and plain else LEAD_WORDS
    if not before or len(before) > most or not all(re.fullmatch(r"[A-Z][A-Za-z&'-]+", w) for w in before):
        return name
    if _p().titled.match(" ".join([*before, "Xx", "Yy"])) or text[:at].strip() != " ".join(before):
        return name
    return f"{' '.join(before)} {name}"


def wrapped_bank(upper: Line, lower: Line) -> str | None:
    """A bank's name wrapped from ``upper`` onto ``lower`` (:func:`wrapped_name` with the bank patterns): its second
    line alone ("Bank", "信用合作联社") is no label of the bank field."""
    pats = _p()
    return wrapped_name(upper, lower, [pats.bank_en, pats.bank_zh], load_vocabulary().bank_label_words)


STACK_EDGE = 0.03  # two cells whose left edges (or centres) are this close, as a fraction of the page width, are stacked
STACK_GAP = 1.2  # at most this many of the upper line's heights between the two lines: one block, not two paragraphs


def _stacked(upper: tuple[Word, ...], lower: tuple[Word, ...], gap: float = STACK_GAP) -> bool:
    """Whether the cell ``lower`` is printed right under the cell ``upper``, as one name wrapped over two lines: left
    edges or centres within :data:`STACK_EDGE` of the page width, and no more than ``gap`` (:data:`STACK_GAP`) of the upper
    line's height between them."""
    ux0, uy0, ux1, uy1 = (min(w.box[0] for w in upper), min(w.box[1] for w in upper),
                          max(w.box[2] for w in upper), max(w.box[3] for w in upper))
    lx0, ly0, lx1 = min(w.box[0] for w in lower), min(w.box[1] for w in lower), max(w.box[2] for w in lower)
    height = max(uy1 - uy0, 1e-6)
    if not -0.5 * height <= ly0 - uy1 <= gap * height:
        return False
    return abs(ux0 - lx0) <= STACK_EDGE or abs((ux0 + ux1) - (lx0 + lx1)) / 2 <= STACK_EDGE


def wrapped_name(upper: Line, lower: Line, patterns: Sequence[re.Pattern[str]],
                 exclude: Sequence[str] = (), gap: float = STACK_GAP) -> str | None:
    """An organisation's name a letterhead wraps over two lines ("KOOTENAY RIDGE" over "CREDIT UNION", "石门县农村"
    over "信用合作联社"): a cell of ``upper`` and the cell of ``lower`` stacked under it (:func:`_stacked`), joined
    (by a space, none between Chinese characters), where one of ``patterns`` matches the whole join — both cells
    are the name, so a holder's name over an address "Bank House, 4 High St" is none; a name whole on one line is
    :func:`first_match`'s. None when no
    stacked pair reads so. Same page only; the words are the patterns' (data), the join is by position."""
    if upper.page != lower.page:
        return None
    for cu in upper.cells():
        for cl in lower.cells():
            if not _stacked(cu, cl, gap):
                continue
            a, b = fold(join_words(cu)).strip(), fold(join_words(cl)).strip()
            sep = "" if re.search(f"[{CJK}]$", a) and re.match(f"[{CJK}]", b) else " "
            joined = a + sep + b
            for pat in patterns:
                for m in pat.finditer(joined):
                    if m.start() == 0 and m.end() >= len(joined.rstrip(" ,.:：")):  # the two cells, whole, are one name
                        value = m.group(0).strip(" ,.:：()（）")
                        if value and not any(value == e or value.endswith(e) and len(value) <= len(e) + 1
                                             for e in exclude):
                            return value
    return None


def transaction_row(text: str) -> bool:
    """Whether a line reads as one row of a transaction list: a full date (day, month and year) and an amount with
    its decimals, or a banking app's row ending in a signed amount ("Mpesa To Bank +1,250.00")."""
    t = clean(text)
    if re.search(r"(?<![\w.,])[+\-−]\s?\D{0,3}\d[\d,]*\.\d{2}\s*$", t):
        return True
    return any(h.precision == "day" for h in find_dates(t, True)) and any(h.marked for h in find_money(t))


def provider(lines: Sequence[Line], limit: int = 15, keyed: bool = False) -> str | None:
    """A hospital's or clinic's name in the letterhead: the first ``limit`` lines, Chinese names ending in a provider
    word (医院, 诊所), English capitalised or all-capital names ending in one (Hospital(s), Medical Center,
    Anesthesiology) with an optional "of <Place>" and practice form (Associates, PLLC), and up to two more
    capitalised words that end the letterhead's cell (its place: "Fortis Hospital Delhi"); the words are the
    vocabulary's ``provider_words_*`` and ``provider_tails_en``. Of several, the one printed largest (word height
    within 15 % of the largest), then the first. Never: prose (a match starting in lower case: "the hospital"), a
    provider word alone ("Surgery" as a bill's item, "Hospital ID: …"), a cell with a number of three digits (an
    ID line), a cell on a line with a bare amount (an item row), a cell naming an insurer (:func:`is_insurer`), a
    name whose first word is a table's or form's word (``not_name_words``: "Total Hospital charges"), a software
    product's title (:func:`is_product`: "Hospital Management System"), a form key's value (:func:`keyed_value`:
    "Destination | Savanna-la-Mar Public Hospital"). With ``keyed``, only such values: the caller's last resort, a
    name the bill prints that may not be its issuer's."""
    found: list[tuple[float, int, str]] = []
    for i, ln in enumerate(lines[:limit]):
        cells = [fold(join_words(c)) for c in ln.cells()]
        if any(re.fullmatch(r"\s*[-(]?[\d,.]+\)?\s*", clean(c)) and find_money(c) for c in cells):
            continue  # an item row: "Surgery    65000"
        for k, (cell, text) in enumerate(zip(ln.cells(), cells, strict=True)):
            if keyed_value(lines, i, k) != keyed:
                continue  # "Destination | Savanna-la-Mar Public Hospital": a place the bill names, not who issued it
                # (with ``keyed``, only such cells: the last resort of a bill that names no issuer otherwise)
            cell = without_mark(cell)
            text = fold(join_words(cell))
            value = _provider_in(text)
            if value and not _named(value):
                value = _practitioner_after(value, text)  # "Dental Clinic Dr. Augustin Lefevre": named after its doctor
            if not value or re.search(r"\d{3}", text) or is_insurer(text) or not _named(value):
                continue
            if value.split()[0].lower() in load_vocabulary().not_name_words:
                continue  # a table's row or heading ("Total Hospital charges"), not a name
            if _titled(value, text):
                continue  # a document's title ("ITEMIZED HOSPITAL INVOICE"), not whom it is from
            if is_product(text):
                continue  # the software the bill was printed from ("Hospital Management System"), no provider
            if names_a_medicine(value, lines):
                continue  # "Mucosta Medicine" under a warning: the medicine the bill sells, not who sells it
            found.append((_height(cell), i, _with_place(value, text)))
    if not found:
        return under_tagline(lines) or practitioner_letterhead(lines)
    top = max(h for h, _, _ in found)
    return min((i, v) for h, i, v in found if h >= 0.85 * top)[1]


KEY_WORDS = 4  # a key cell of a form's key-value block holds at most this many words ("Date of Service")
KEY_CHARS = 24  # ... and at most this many characters
KEY_ALIGN = 0.012  # key cells of one block start within this fraction of the page's width of each other
KEY_REACH = 3  # lines either side of a key looked through for the other keys of its block


def _key_cell(cell: Sequence[Word]) -> bool:
    """Whether ``cell`` reads as a form's key: one to :data:`KEY_WORDS` words of letters (a colon, a full stop, a
    hyphen allowed), no figure, at most :data:`KEY_CHARS` characters ("Destination", "Pick-up", "Run No.")."""
    text = join_words(cell).strip()
    words = text.rstrip(":：").split()
    return (0 < len(words) <= KEY_WORDS and len(text) <= KEY_CHARS and not re.search(r"\d", text)
            and all(re.fullmatch(r"[^\W\d_][^\W\d_'.\-/]*[.:：]?", w) for w in words))


def keyed_value(lines: Sequence[Line], i: int, k: int) -> bool:
    """Whether cell ``k`` of ``lines[i]`` is the value of a key printed before it on its line, as a form's key-value
    block prints it ("Destination | Savanna-la-Mar Public Hospital" under "Pick-up | …" and over "Run No. | …"): the
    cell before it is a key (:func:`_key_cell`) that ends with a colon, or that starts, within :data:`KEY_ALIGN` of the
    page's width, where another key followed by a value starts on a line of the same page at most :data:`KEY_REACH`
    lines away (a column of keys). A name found there is what that key names (a destination, a referrer, a place of
    service), not the letterhead's: the labels of the field itself are read before any fallback. The first cell
    of a line is never a key's value."""
    cells = lines[i].cells()
    if k < 1 or k >= len(cells) or not _key_cell(cells[k - 1]):
        return False
    key = cells[k - 1]
    if join_words(key).rstrip().endswith((":", "：")):
        return True
    x = key[0].box[0]
    for j in range(max(0, i - KEY_REACH), min(len(lines), i + KEY_REACH + 1)):
        if j == i or lines[j].page != lines[i].page:
            continue
        other = lines[j].cells()
        if any(abs(c[0].box[0] - x) <= KEY_ALIGN and _key_cell(c) for c in other[:-1]):
            return True
    return False


FOOT_LINES = 4  # the last lines of a bill's first page, where a receipt is signed for its issuer


def foot_provider(lines: Sequence[Line]) -> str | None:
    """A hospital's or clinic's name where a receipt is signed, for a bill whose letterhead gave none (a photo's
    letterhead read as "GETX.MERICAL, GENTBE"): among the last :data:`FOOT_LINES` lines of page 1, a cell that is
    such a name and nothing else (:func:`_provider_in` covering the whole cell, named beside its provider words:
    "Cashier | City Medical Centre" under "Received by: | Authorised Signatory"), not the value of a key ending in a
    colon ("Referred to: Mercy Hospital"). The first such cell, or None."""
    page = [ln for ln in lines if ln.page == (lines[0].page if lines else 0)]
    for ln in page[-FOOT_LINES:]:
        cells = ln.cells()
        for k, cell in enumerate(cells):
            text = fold(join_words(cell)).strip(" ,.:")
            value = _provider_in(text)
            if not value or value != text or not _named(value) or is_insurer(text) or re.search(r"\d", text):
                continue
            if k > 0 and join_words(cells[k - 1]).rstrip().endswith((":", "：")):
                continue
            return value
    return None


MEDICINE_STEM_WORD = 3  # a medicine's name is at least this many letters longer than its INN stem (classify's rule)


def names_a_medicine(value: str, lines: Sequence[Line]) -> bool:
    """Whether the name ``value`` (a provider's, found by its provider word: "Mucosta Medicine") begins with a
    medicine's name: a word ending in an INN stem (the vocabulary's ``medicine_stems``, as
    :func:`packet.understanding.classify.medicine_items` reads them), or the first word of a name printed after one
    of the vocabulary's ``medicine_name_labels`` on the document ("Medicine Name : Mucosta")."""
    v = load_vocabulary()
    words = re.findall(r"[^\W\d_]+", fold(value).lower())
    if not words:
        return False
    if any(w.endswith(s.lower()) and len(w) >= len(s) + MEDICINE_STEM_WORD for w in words if w.isascii()
           for s in v.medicine_stems):
        return True
    labels = "|".join(re.escape(fold(x).lower()) for x in sorted(v.medicine_name_labels, key=len, reverse=True))
    if not labels:
        return False
    named = re.compile(rf"(?<![^\W\d_])(?:{labels})\s*[:：]\s*([^\W\d_]+)")
    return any(m.group(1) == words[0] for ln in lines for m in named.finditer(fold(ln.text).lower()))


def is_product(cell: str, firm: bool = False) -> bool:
    """Whether the cell ``cell`` is a software product's title: it ends with one of the vocabulary's
    ``product_words`` as a whole word ("Hospital Management System", 医院信息管理系统), or — unless ``firm``, where
    a firm's name is read (an employer) — one of ``product_words_or_firm`` ("Clinic Manager", "… Software": a
    bill's printing software, but "ALIAN SOFTWARE" employs people; hold-out 14)."""
    low = fold(cell).lower().strip(" .:-")
    v = load_vocabulary()
    words = v.product_words if firm else (*v.product_words, *v.product_words_or_firm)
    return any(re.search(rf"(?<![a-z]){re.escape(w)}$", low) for w in words)


def under_tagline(lines: Sequence[Line], most: int = 4) -> str | None:
    """A provider named without a provider word, known by the trade printed under its name: among the first ``most``
    lines of page 1, a line of one cell whose words are all the vocabulary's ``provider_taglines_en`` (joined by
    "&", "and", commas: "Chemist & Druggist", "Dispensing Chemists") gives the line above it as the name ("Medical &
    General Store") when that line is one cell of capitalised words, without a figure, printed at least as large
    as the tagline. None otherwise."""
    trade = {fold(w).lower() for w in load_vocabulary().provider_taglines_en}
    if not trade:
        return None
    head = [ln for ln in lines[:most] if ln.page == 0]
    for above, ln in zip(head, head[1:], strict=False):
        if len(ln.cells()) != 1 or len(above.cells()) != 1:
            continue
        words = [w for w in re.findall(r"[a-z]+", fold(ln.text).lower()) if w not in ("and", "of")]
        if not words or not all(w in trade for w in words):
            continue
        name = fold(above.text).strip(" ,.:")
        caps = [w for w in name.split() if w not in ("&", "and", "of", "the")]
        if (not re.search(r"\d", name) and caps and all(w[:1].isupper() for w in caps)
                and _height(above.words) >= 0.95 * _height(ln.words)):
            return name
    return None


def _qualified(text: str, degrees: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``degrees`` (spaceless, dotless forms of the vocabulary's
    ``medical_qualifications``) as a whole token once its spaces and dots are dropped inside a run of letters and
    brackets ("MB ChB (UFS)" -> "MBChB(UFS)", "M.B.B.S." -> "MBBS")."""
    for run in re.split(r"[|,;/·•]+", text):
        squeezed = re.sub(r"[\s.]+", "", run)
        if squeezed in degrees or any(squeezed.startswith(d) and not squeezed[len(d):len(d) + 1].isalpha()
                                      for d in degrees if len(d) >= 4):
            return True
        if any(re.sub(r"\.", "", tok) in degrees for tok in run.split()):
            return True
    return False


def practitioner_letterhead(lines: Sequence[Line], most: int = 4) -> str | None:
    """A private practice's bill headed by its doctor: among the first ``most`` lines of page 1, a line whose first
    cell is a titled person's name alone (a ``titles`` word such as "Dr" or "Prof", then one to five name words:
    capitalised, initials "J." or "J. P.", or the particles of Dutch, Afrikaans, French and German surnames), with
    a medical degree (the vocabulary's ``medical_qualifications``: "MB ChB (UFS)", "MBBS", "FRCGP") in the rest of
    that line or on the line under it. The name as printed ("Dr. J. P. van der Walt"); None otherwise. The degree
    line alone is never the provider (an independent set's GP receipt gave "MB ChB (UFS)" as the provider)."""
    v = load_vocabulary()
    degrees = frozenset(re.sub(r"[\s.]+", "", d) for d in v.medical_qualifications)
    if not degrees:
        return None
    titles = _alt(sorted(v.titles, key=len, reverse=True))
    word = r"(?:[A-Z][\w'’-]+|[A-Z]\.|van|der|den|de|du|la|le|von|zu|ter|bin|al|el)"
    named = re.compile(rf"(?i:{titles})\.?\s+(?=[A-Z])((?:{word}\s*){{1,6}})")
    head = [ln for ln in lines[:most] if ln.page == 0]
    for i, ln in enumerate(head):
        cells = [fold(join_words(c)).strip() for c in ln.cells()]
        if not cells:
            continue
        m = named.fullmatch(cells[0])
        if not m or re.search(r"\d", cells[0]) or len(re.findall(r"[A-Z][\w'’-]+", m.group(1))) < 1:
            continue
        beside = " | ".join(cells[1:])
        under = fold(head[i + 1].text) if i + 1 < len(head) else ""
        if _qualified(beside, degrees) or _qualified(under, degrees):
            return cells[0].strip(" ,")
    return None


def _titled(value: str, cell: str) -> bool:
    """Whether ``value`` is followed in its cell by a word that names a kind of document (the vocabulary's
    ``document_words_en``: "invoice", "statement"): "Itemized Hospital Invoice" is a title, not a provider's name;
    or begins with one, or follows one in its cell with at most "of"/"for" between: "Itemization of Hospital
    Services", "Statement for Clinic Visits" name the document and what it lists, not who sent it.
    (A Chinese title holds the hospital's own name before its kind, "协和医院门诊收费票据": never skipped.)"""
    at = cell.find(value)
    rest = cell[at + len(value):].split() if at >= 0 else []
    words = {w.lower() for w in load_vocabulary().document_words_en}
    if rest and rest[0].lower().strip(".,:") in words:
        return True
    lead = [w.lower().strip(".,:") for w in (cell[:at].split() if at >= 0 else [])]
    if lead and lead[-1] in ("of", "for"):
        lead.pop()
    first = value.split()[:1]
    return bool(first) and first[0].lower().strip(".,:") in words or bool(lead) and lead[-1] in words


MARK_HEIGHT = 1.25  # a letterhead's monogram is printed at least this many times the size of the name beside it (OCR
# boxes of one line vary by a fifth: a scan's 24-point "HM" read 1.33 times its 14-point name's median)


def without_mark(cell: Sequence) -> Sequence:
    """A letterhead cell's words without the monogram or logo letters before the name (a word of one to four capital
    letters printed at least :data:`MARK_HEIGHT` times the font size of the median of the words after it, sizes
    as :func:`_em` estimates them from a text layer's or OCR's boxes: "SM" drawn large beside "Harbourside Medical
    Centre"); the cell as it is otherwise. A mark is a picture of letters, never a part of the name: a name's own
    initials ("NHS", "KK Women's") are printed at the name's size."""
    if len(cell) < 2 or not re.fullmatch(r"[A-Z]{1,4}\.?", cell[0].text):
        return cell
    rest = _median([_em(w) for w in cell[1:]])
    return cell[1:] if rest > 0 and _em(cell[0]) >= MARK_HEIGHT * rest else cell


def _height(cell: Sequence) -> float:
    """The median height of a cell's words (fractions of the page height): how large it is printed."""
    hs = sorted(w.box[3] - w.box[1] for w in cell)
    return hs[len(hs) // 2] if hs else 0.0


def _named(value: str) -> bool:
    """Whether a provider match holds a name beside its provider words ("Apollo Hospitals", not "Surgery")."""
    v = load_vocabulary()
    if re.search(f"[{CJK}]", value):
        return True
    generic = {w.lower() for ws in (v.provider_words_en, v.provider_tails_en) for p in ws for w in p.split()}
    generic |= {"of", "and", "&", "the"}
    words = [w.rstrip("s") if w.rstrip("s") in generic else w for w in re.findall(r"[a-z&]+", value.lower())]
    return any(w not in generic for w in words)


def _practitioner_after(value: str, cell: str) -> str | None:
    """A practice named after its practitioner: ``value`` (provider words alone, "Dental Clinic") with the titled
    person's name that ends its cell after it (a courtesy or academic title of the vocabulary's ``titles`` — "Dr",
    "Prof" — and one to four capitalised words: "Dental Clinic Dr. Augustin Lefevre", as French and German
    practices are named: "Cabinet Dr …", "Praxis Dr …"); None when the cell goes on otherwise (a generic
    "Dental Clinic" names no one)."""
    at = cell.find(value)
    if at < 0:
        return None
    rest = cell[at + len(value):].strip(" ,-–—")
    titles = _alt(sorted(load_vocabulary().titles, key=len, reverse=True))
    if re.fullmatch(rf"(?i:{titles})\.?\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){{0,3}}", rest):
        return f"{value} {rest}"
    return None


def _with_place(value: str, cell: str) -> str:
    """``value`` with the capitalised words that end its cell after it (at most two, no digits, none a heading's or
    form's word: ``not_name_words``), as a letterhead prints a hospital's place after its name; or with the outlet
    or site printed in brackets right after it (one to twelve Chinese characters ending in one of the vocabulary's
    ``outlet_marks_zh``: "老百姓大药房（中山路店）", "…医院（东院区）")."""
    at = cell.find(value)
    if at < 0:
        return value
    rest = cell[at + len(value):].strip()
    outlet = re.match(rf"[(（]\s*([{CJK}]{{1,12}})\s*[)）]", rest)
    if outlet and any(outlet.group(1).endswith(m) for m in load_vocabulary().outlet_marks_zh):
        return value + cell[at + len(value):].strip()[:outlet.end()]  # "老百姓大药房（中山路店）": its outlet, as printed
    words = rest.split()
    if not 1 <= len(words) <= 2 or not all(re.fullmatch(r"[A-Z][A-Za-z'.-]+", w) for w in words):
        return value
    if {w.lower().strip(".") for w in words} & (set(load_vocabulary().not_name_words) | _type_words()):
        return value
    return f"{value} {rest}"


@from_registry
def _type_words() -> frozenset[str]:
    """Every one-word keyword of the document types, lower case ("invoice", "statement"): a heading's words, no place."""
    return frozenset(k for t in load_types().values() for k in t.keywords if " " not in k)


def is_insurer(value: str) -> bool:
    """Whether ``value`` names an insurer or its role (a word of the vocabulary's ``insurer_words``, whole words,
    any case): an insurer pays part of a bill, it is never the bill's provider."""
    low = fold(value).lower()
    return any(re.search(rf"(?<![a-z]){re.escape(fold(w).lower())}(?![a-z])", low) for w in load_vocabulary().insurer_words)


def payee(lines: Sequence[Line], limit: int = 40) -> str | None:
    """Who a bill is paid to, named under a payee heading (the vocabulary's ``payee_headings``: "Make checks
    payable to", "Remit to"): the rest of the heading's cell, else the first cell of the next two lines that
    starts at the heading's left edge (within 5 % of the page's width). The name must read as one: letters,
    no digits (an address line or a PO box is not it), not a form's words (``not_name_words``: "Amount
    enclosed"; one such word may close it as the organisation's kind: "… Ambulance Service"). None without such a
    heading."""
    v = load_vocabulary()
    if not v.payee_headings:
        return None
    heads = [fold(h).lower() for h in v.payee_headings]
    head = list(lines[:limit])
    for i, ln in enumerate(head):
        for cell in ln.cells():
            low = fold(join_words(cell)).lower()
            hit = next((h for h in heads if h in low), None)
            if hit is None:
                continue
            rest = fold(join_words(cell))[low.index(hit) + len(hit):].strip(" :：-")
            below = [fold(join_words(c)) for nxt in head[i + 1:i + 3] for c in nxt.cells()
                     if abs(c[0].box[0] - cell[0].box[0]) < 0.05]
            for text in ([rest] if rest else []) + below[:1]:
                name = _payee_name(text, v)
                if name:
                    return name
    return None


def _payee_name(text: str, v: Vocabulary) -> str | None:
    text = text.strip(" ,:：")
    if re.search(r"[A-Za-z]{4,}\.$", text):  # a sentence's full stop, not an abbreviation's ("P.C.", "Inc.")
        text = text[:-1]
    if not re.search(rf"[A-Za-z{CJK}]{{2}}", text) or re.search(r"\d", text) or len(text.split()) > 8:
        return None
    # a form's words ("Amount enclosed", "Billing Office") are no payee; one closing a name is the kind of the
    # organisation ("Palouse Regional Ambulance Service": "service" is also a table's word, "Date of service")
    words = re.findall(r"[a-z]+", text.lower())
    form = set(v.not_name_words)
    if set(words[:-1]) & form or (words and all(w in form for w in words)):
        return None
    return text


def _provider_in(text: str) -> str | None:
    pats = _p()
    for pat in (pats.provider_zh, pats.provider_en):
        for m in pat.finditer(text):
            value = m.group(0).strip(" ,.:：()（）")
            if value and not value[0].islower():
                return value
    spaced = _unglued_providers(text)
    return _provider_in(spaced) if spaced != text else None


@lru_cache(maxsize=4)
def _glued_phrases(v: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """The vocabulary's provider words of several words (``provider_words_en``: "Medical Practice", "Health Centre")
    as OCR reads them in capitals with their spaces lost ("MEDICALPRACTICE"): a pattern of the run-together forms
    and each form's spaced one."""
    spaced = {p.upper().replace(" ", ""): p.upper() for p in v.provider_words_en if " " in p.strip()}
    if not spaced:
        return _NEVER, {}
    alt = "|".join(re.escape(k) for k in sorted(spaced, key=len, reverse=True))
    return re.compile(rf"(?<![A-Z])(?:{alt})(?![A-Za-z])"), spaced


def _unglued_providers(text: str) -> str:
    """``text`` with a provider phrase printed in capitals whose spaces OCR lost given them back: PP-OCR reads a
    letterhead's "GRAND ANSE FAMILY MEDICAL PRACTICE" as "GRANDANSE FAMILY MEDICALPRACTICE" (independent 21), which
    no provider word matches. Only the phrase's own words are parted; the rest of the name stays as read."""
    pat, spaced = _glued_phrases(load_vocabulary())
    return pat.sub(lambda m: spaced[m.group(0)], text)


@lru_cache(maxsize=4)
def _org_words(v: Vocabulary) -> frozenset[str]:
    """The single words only an organisation's name holds, lower case: the words of the vocabulary's hospital and
    clinic names and tails (``provider_words_en``, ``provider_tails_en``: "Hospital", "Medical", "Ctr") and of legal
    forms (``org_forms_en``, ``org_form_words``: "Ltd", "Pty"), connectors ("of", "and", "&") left out."""
    words = {w.strip(".,").lower() for ws in (v.provider_words_en, v.provider_tails_en, v.org_forms_en, v.org_form_words)
             for p in ws for w in p.split()}
    return frozenset(words - {"of", "and", "&", "the", ""})


def is_org_name(text: str) -> bool:
    """Whether ``text`` names an organisation rather than a person: a hospital's or clinic's name
    (:func:`is_provider`) or a word only organisations' names hold (:func:`_org_words`: "LEWIS-GALE MEDICAL CTR",
    "Karoo Freight Pty"). An address block may be the issuer's own (a remittance address), never then a person's."""
    return is_provider(text) or any(w in _org_words(load_vocabulary()) for w in re.findall(r"[a-z]+", fold(text).lower()))


def is_provider(text: str) -> bool:
    """Whether ``text`` holds a hospital's or clinic's name (see :func:`provider`): such a name is no person's."""
    return _provider_in(fold(text)) is not None


def person(lines: Sequence[Line]) -> str | None:
    """The person a letter or a record is about, named in its sentences by the vocabulary's ``person_lead_zh`` /
    ``person_lead_en`` families: 兹证明张伟同志…, 经查，张伟于…, 患者张伟，男, 尊敬的张伟先生 / This is to certify that
    (Mr.) John Smith …, Re: Redundancy – John Smith, Statement for John Smith. A Chinese name starts with a family
    name of the surname gazetteer (:func:`packet.rules.registry.load_surnames`) or is a transliterated name in parts
    joined by a middle dot (:data:`_DOTTED_ZH`: 古丽娜尔·艾尼瓦尔); an English one has two to four
    capitalised words, after up to three initials ("W. M. Dilrukshi Kumari Wijesundara"). None when no sentence names
    anyone."""
    zh = "\n".join(re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(ln.text)) for ln in lines)
    pats = _p()
    surnames = load_surnames()
    for pat in pats.person_zh:
        for m in pat.finditer(zh):
            name = m.group(1)
            if any(name.endswith(h) for h in load_vocabulary().honorifics):
                continue  # "尊敬的王先生": a family name and an honorific name no one in full
            if surnames.leads(name) or re.fullmatch(_DOTTED_ZH, name):
                return name  # "本证明一式两份" is no one: a name starts with a family name, or is a transliterated one
                # in parts joined by a middle dot (古丽娜尔·艾尼瓦尔), which has none
    # each cell apart: a name ends with its cell or line ("Statement for Jane Roe" beside "Closing balance", a
    # greeting's next line "Dear Sir,"); the sentence before it may wrap
    en = "\n".join(fold(join_words(cell)) for ln in lines for cell in ln.cells())
    found = sorted([*pats.person_en.finditer(en), *pats.person_en_subject.finditer(en)], key=lambda m: m.start(1))
    for m in found:
        name = pats.person_after.sub("", m.group(1))
        if len(name.split()) >= 2 and not _heading_words(name):
            return fuller_person(name, lines) or name
    return None


GIVEN_MOST = 3  # given names and initials printed before a family name ("Declan P." before "Le Tissier-Ogier")


def fuller_person(name: str, lines: Sequence[Line]) -> str | None:
    """The whole name the document prints for the person ``name`` names by fewer words (a greeting's "Dear Mr Le
    Tissier-Ogier" gives the family name only): a cell (or a line) that opens with a courtesy title or not (the
    vocabulary's ``titles``), then one to :data:`GIVEN_MOST` capitalised given names or initials, then ``name``
    itself, whole words — "Mr Declan P. Le Tissier-Ogier" in the address block, beside the letter's date. The title
    is kept as printed; a given name is no title, no greeting (``letter_openings``: "Dear"), no word of the
    vocabulary's ``not_name_words`` nor an English function word (``prose_words_en``). None when no cell prints
    one, or when two print different ones (two people of one family: the greeting does not say which)."""
    v = load_vocabulary()
    titles = {t.lower() for t in v.titles}
    no_given = titles | {fold(o).lower().strip(" :：,") for o in v.letter_openings} | set(v.not_name_words) \
        | set(v.prose_words_en)
    pat = re.compile(rf"^(?:((?i:{_alt(v.titles)})\.?)\s+)?((?:(?:[A-Z][a-zA-Z'-]+|[A-Z]\.?)\s+){{1,{GIVEN_MOST}}})"
                     rf"{re.escape(name)}(?![\w-])")
    found: set[str] = set()
    for ln in lines:
        for text in [fold(join_words(c)).strip() for c in ln.cells()] + [fold(ln.text).strip()]:
            m = pat.match(text)
            if not m:
                continue
            given = m.group(2).split()
            if any(g.lower().strip(".") in no_given for g in given):
                continue
            found.add(" ".join([*( [m.group(1)] if m.group(1) else []), *given, name]))
    return found.pop() if len(found) == 1 else None


def _heading_words(name: str) -> bool:
    """Whether ``name`` read in a sentence is a heading's or a form's words, not a person: it holds a document's
    title (types.toml ``titles``: "CONFIRMATION OF EMPLOYMENT"), a connector no name holds (of, for, and, the, to),
    or one of the vocabulary's ``not_name_words``."""
    low = fold(name).lower()
    words = low.split()
    return any(t in low for t in _doc_titles()) or any(w in ("of", "for", "and", "the", "to") for w in words) \
        or any(w in load_vocabulary().not_name_words for w in words)


def _doc_titles() -> frozenset[str]:
    """The Latin document titles of every type (types.toml ``titles``), folded and lower-cased."""
    return frozenset(fold(title).lower() for t in load_types().values() for title in t.titles
                     if re.search(r"[A-Za-z]", title))


def recipient(lines: Sequence[Line], parse: Callable[[str], str | None], limit: int = 12) -> str | None:
    """Whom an e-mail or letter is addressed to, in its first ``limit`` lines: the value ``parse`` reads after a
    recipient label of the vocabulary (``recipient_labels``: "收件人：孙浩", "To: Jane Roe <jane@…>", "Dear Ms Roe,"; a
    bilingual form's "To / À : …" too), the label first in its cell and followed by a colon or comma (an e-mail address in angle brackets left out), else
    the Chinese name before a greeting at the head of a line (``greetings_zh``: "孙浩您好：", "陆晓东，您好！"). None otherwise. A
    position-only reading: the caller gives it a low confidence."""
    v = load_vocabulary()
    head = list(lines[:limit])
    labels = sorted(v.recipient_labels, key=len, reverse=True)
    if labels:
        # a label may print its translation after a slash before the colon, as bilingual forms do ("To / À :",
        # Canada's English and French; "To / At :", Wales's English and Welsh)
        lead = re.compile(rf"^\s*(?i:{_alt(labels)})(?:\s*/\s*[^\W\d_]{{1,12}}(?:\s[^\W\d_]{{1,12}})?)?\s*[:：,，]?\s*")
        for ln in head:
            for cell in ln.cells():
                text = fold(join_words(cell))
                m = lead.match(text)
                if not m or not re.search(r"[:：,，]", m.group(0)) and not m.group(0).rstrip().lower() == "dear":
                    continue
                rest = re.sub(r"<[^>]*>?|\S+@\S+", "", text[m.end():]).strip(" ,，:：")
                name = parse(rest) if rest else None
                if name:
                    return name
    if v.greetings_zh:
        greet = re.compile(rf"^\s*([{CJK}·]{{2,4}}?)\s*[，,]?\s*(?:{_alt(sorted(v.greetings_zh, key=len, reverse=True))})"
                           r"\s*[:：,，!！]")
        for ln in head:
            m = greet.match(re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(ln.text)))
            if m:
                name = parse(m.group(1))
                if name:
                    return name
    return None


def zh_address_name(lines: Sequence[Line], top: float | None = None) -> str | None:
    """A Chinese name printed without a label over its postal address: a cell that is a whole name (a family name
    of the surname gazetteer and one or two characters, spaces aside) in the top half of the first page, and on the
    next line, at the same left edge (``ADDRESS_X``) and close (``ADDRESS_GAP`` line heights), a cell holding a
    figure and two of the vocabulary's ``address_words_zh`` ("陈静 / 江州市新华街道幸福里3栋502室"). Never a cell
    an organisation's pattern reads (a company's name over its own address). The first such name, else None."""
    v = load_vocabulary()
    if not v.address_words_zh:
        return None
    pats, surnames = _p(), load_surnames()
    top = ADDRESS_TOP if top is None else top
    first = min((ln.page for ln in lines if ln.page >= 0), default=0)
    head = [ln for ln in lines if ln.page == first and ln.y0 < top]
    for i, ln in enumerate(head[:-1]):
        nxt = head[i + 1]
        height = max(ln.y1 - ln.y0, 0.005)
        if nxt.y0 - ln.y1 > ADDRESS_GAP * height:
            continue
        for cell in ln.cells():
            name = re.sub(r"\s", "", fold(join_words(cell)))
            if not re.fullmatch(rf"[{CJK}]{{2,4}}", name) or not surnames.leads(name) or pats.org_zh.search(name):
                continue
            under = [c for c in nxt.cells() if abs(c[0].box[0] - cell[0].box[0]) < ADDRESS_X]
            text = fold(join_words(under[0])) if under else ""
            if re.search(r"\d", text) and sum(w in text for w in v.address_words_zh) >= 2:
                return name
    return None


DETAILS_GAP = 2  # a details block: the name, at most one line (a job title) and then a detail's label


def over_details(lines: Sequence[Line], parse: Callable[[str], str | None], limit: int = 30) -> str | None:
    """The name at the head of a person's details block printed without a name label: a line whose first cell
    ``parse`` reads as a whole name (nothing left over but spaces and punctuation), with, at most
    :data:`DETAILS_GAP` lines below it and at its left edge (``ADDRESS_X``), a cell that begins with one of the
    vocabulary's ``person_detail_labels`` ("Amina Rao / Developer / Employee ID: E-10", "Jane Roe / Patient ID:
    4471"); a line between may hold only one cell without a figure (the job title). Never an organisation's,
    hospital's or bank's name. The first such block among the first ``limit`` lines, else None. A position-only
    reading: the caller gives it a low confidence."""
    v = load_vocabulary()
    if not v.person_detail_labels:
        return None
    pats = _p()
    detail = re.compile(rf"^\s*(?:{_alt(sorted((fold(w).lower() for w in v.person_detail_labels), key=len, reverse=True))})"
                        r"(?![a-z])")
    head = list(lines[:limit])
    for i, ln in enumerate(head):
        cell = ln.cells()[0]
        if len(ln.cells()) > 1 and find_money(join_words(ln.cells()[-1])):
            continue  # an item row ("Net Monthly Income   0.0"): its description is no one
        text = fold(join_words(cell)).strip()
        name = parse(text)
        if not name or re.sub(r"[\s.,]", "", name) != re.sub(r"[\s.,]", "", text) or detail.match(text.lower()) \
                or pats.org_en.search(text) or pats.org_zh.search(text) or is_provider(text) or pats.bank_en.search(text):
            continue
        x = cell[0].box[0]
        for k, nxt in enumerate(head[i + 1:i + 1 + DETAILS_GAP]):
            if nxt.page != ln.page:
                break
            first = nxt.cells()[0]
            if abs(first[0].box[0] - x) >= ADDRESS_X:
                break
            low = fold(join_words(first)).lower()
            if detail.match(low):
                return name
            if k + 1 >= DETAILS_GAP or len(nxt.cells()) > 1 or re.search(r"\d", low):
                break
    return None


def fuller_name(value: str | None, lines: Sequence[Line]) -> str | None:
    """The full name the document prints for the person ``value`` gives by initials and surname ("MR D OKAFOR",
    "H. Achterberg"): words that end in the same surname (letter case aside) after as many words as ``value`` has
    initials, the first a whole first name with the first initial, the others with the next initials ("Mr Daniel
    Okafor" in the address block) — found once, or as one name each time. A courtesy title (the vocabulary's
    ``titles``) is left out. None when ``value`` is no initials-and-surname name, or no such name or more than one
    is printed (a relative with the same initial: the label's own form stands).

    Which wins: the full form, as it names the same person (same surname, same initials) more precisely and is
    what the other documents of a case print (their names are compared)."""
    if not value:
        return None
    titles = {t.lower() for t in load_vocabulary().titles}
    words = [w for w in fold(value).split() if w.lower().strip(".") not in titles]
    if len(words) == 1 and len(fold(value).split()) > 1 and re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", words[0]):
        return _given_before(words[0], titles, lines)  # "Ms Okafor" of a salutation
    if len(words) < 2 or not re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", words[-1]):
        return None
    initials = [w.strip(".") for w in words[:-1]]
    if not all(re.fullmatch(r"[A-Za-z]", w) for w in initials):
        return None
    surname = words[-1]
    n = len(initials)
    pat = re.compile(rf"((?:[A-Z][A-Za-z'\-]*\.?\s+){{{n}}})({re.escape(surname)})(?![A-Za-z])", re.I)
    found: dict[str, str] = {}
    for ln in lines:
        for m in pat.finditer(fold(ln.text)):
            before = m.group(1).split()
            if not re.fullmatch(r"[A-Z][A-Za-z'\-]+", before[0]) or before[0].lower() in titles \
                    or before[0][0].lower() != initials[0].lower():
                continue
            if any(w[0].lower() != i.lower() for w, i in zip(before[1:], initials[1:], strict=True)):
                continue
            name = " ".join([*before, m.group(2)])
            found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


GIVEN_WORDS = 2  # at most this many given names before a surname that a title stood for (Mary Ann Okafor)


def _given_before(surname: str, titles: set[str], lines: Sequence[Line]) -> str | None:
    """The full name a courtesy title and surname stand for ("Dear Ms Okafor" of a letter to "Wanjiru Okafor", or
    "Re: Ms Wanjiru Okafor"): one to :data:`GIVEN_WORDS` capitalised given names, no title among them, before the
    surname (letter case aside) — one such name on the page, however often printed; None when none or two are
    (a relative of the same surname: the title and surname stand). Which wins: the fuller form of the same name."""
    # given names, and a middle name's initial among them ("Eilidh M. Drummond"): at most one initial more
    pat = re.compile(rf"(?<![A-Za-z'\-])((?:(?:[A-Z][A-Za-z'\-]+|[A-Z]\.)\s+){{1,{GIVEN_WORDS + 1}}})"
                     rf"({re.escape(surname)})(?![A-Za-z])", re.I)
    skip = titles | {w.lower().rstrip(":：") for w in load_vocabulary().letter_openings}
    found: dict[str, str] = {}
    for ln in lines:
        for m in pat.finditer(fold(ln.text)):
            given = m.group(1).split()
            while given and (given[0].lower().strip(".,") in skip or not given[0][0].isupper()):
                given = given[1:]  # "Dear", "Ms" before the given names
            while given and (sum(not g.endswith(".") for g in given) > GIVEN_WORDS
                             or sum(g.endswith(".") for g in given) > 1):
                given = given[1:]  # a word before the name ("Patient Mary Ann Okafor")
            if not given or given[0].endswith(".") or any(g.lower().strip(".") in titles for g in given):
                continue
            name = " ".join([*given, m.group(2)])
            found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


# a run of two to five capitalised words (a particle between them allowed) anywhere in a line: a name's place
_NAME_RUN = re.compile(r"(?<![\w#@])[A-Z][A-Za-z'\-]*(?:\s+(?:[A-Z][A-Za-z'\-]*|[a-z]{1,3}(?=\s+[A-Z]))){1,4}(?![\w@])")


def better_read(value: str | None, lines: Sequence[Line], ok: Callable[[str], bool]) -> str | None:
    """The same person's name printed whole elsewhere in the document, when the value found looks damaged: a
    stray letter OCR read before it and the name cut short ("A Cupidredthree R", from the cell "A Cupidredthree R
    #ztest", beside "Cupidredthree R Zztest" printed on the next page). ``value`` looks damaged when it begins with
    a lone letter without a full stop followed by at least two words, the longest of four letters or more. The
    whole form: a run of capitalised words (:data:`_NAME_RUN`) that ``ok`` accepts, beginning with the value's words
    after the lone letter, in order, and longer; found as one spelling (several: the label's reading stands). None
    otherwise — an initial before a single surname ("J Smith") is never replaced (:func:`fuller_name` reads it)."""
    if not value or re.search(f"[{CJK}]", value):
        return None
    words = fold(value).split()
    lone = len(words) >= 2 and re.fullmatch(r"[A-Za-z]", words[0]) is not None
    if not lone:
        return None
    kept = words[1:]
    if len(kept) < 2 or len(max(kept, key=len)) < 4:
        return None
    found: dict[str, str] = {}
    for text in (fold(join_words(c)) for ln in lines for c in ln.cells()):
        for m in _NAME_RUN.finditer(text):
            run = m.group(0).split()
            if run[0].lower() != kept[0].lower() or len(run) <= len(kept):
                continue
            if [w.lower() for w in run[:len(kept)]] != [w.lower() for w in kept]:
                continue
            name = " ".join(run)
            if ok(name):
                found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter changed, added or dropped (case aside)."""
    a, b = a.lower(), b.lower()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def misread_tail(value: str | None, lines: Sequence[Line], ok: Callable[[str], bool]) -> str | None:
    """The whole name the document prints elsewhere when ``value`` is its end read with a letter wrong: "OOE SR"
    (OCR's "D" read as "O", the given name lost after a comma) beside "JOHN DOE SR" over the address. A run of
    capitalised words (:data:`_NAME_RUN`, courtesy titles left out) that ``ok`` accepts, longer than ``value``, whose
    last words are ``value``'s, each the same or, for words of three letters or more, one letter apart
    (:func:`_one_edit`) — and at least one of them apart; each cell of a line read on its own: a name read right is never replaced (a father's "John
    Smith Sr" is not his son "John Smith"). Found as one spelling, else None."""
    if not value or re.search(f"[{CJK}]", value):
        return None
    titles = {t.lower() for t in load_vocabulary().titles}
    words = [w for w in fold(value).replace(",", " ").split() if w.lower().strip(".") not in titles]
    if len(words) < 2:
        return None
    found: dict[str, str] = {}
    for text in (fold(join_words(c)) for ln in lines for c in ln.cells()):
        for m in _NAME_RUN.finditer(text):
            run = [w for w in m.group(0).split() if w.lower().strip(".") not in titles]
            if len(run) <= len(words):
                continue
            tail = run[-len(words):]
            pairs = list(zip(tail, words, strict=True))
            if not all(a.lower() == b.lower() or len(a) >= 3 and len(b) >= 3 and _one_edit(a, b) for a, b in pairs):
                continue
            if all(a.lower() == b.lower() for a, b in pairs):
                continue
            name = " ".join(run)
            if ok(name):
                found.setdefault(name.lower(), name)
    return next(iter(found.values())) if len(found) == 1 else None


def mixed_case_form(value: str | None, lines: Sequence[Line]) -> str | None:
    """A name found in capitals ("KEVIN L HARTMAN", an address block's) as the document prints it elsewhere in mixed
    case ("Kevin L. Hartman" in the body): the same words in the same order, letter case aside, an initial with or
    without its full stop. None when ``value`` is not all capitals or no such mixed-case form (or more than one) is
    printed."""
    if not value or not value.isupper() or re.search(f"[{CJK}]", value):
        return None
    words = fold(value).replace(".", " ").split()
    if len(words) < 2:
        return None
    pat = re.compile(r"(?<![A-Za-z])" + r"\.?\s+".join(re.escape(w) + (r"\.?" if w is words[-1] and len(w) == 1 else "")
                                                     for w in words) + r"(?![A-Za-z])", re.I)
    found: dict[str, str] = {}
    for ln in lines:
        for m in pat.finditer(fold(ln.text)):
            if not m.group(0).isupper() and m.group(0)[0].isupper():
                found.setdefault(m.group(0), m.group(0))
    return next(iter(found.values())) if len(found) == 1 else None


def _label_before(text: str, start: int, prev: str) -> tuple[str, bool]:
    """The label printed right before a date that starts at ``start`` of cell ``text`` (else the line's previous cell
    ``prev``, when nothing precedes the date in its own cell): (its words, folded and single-spaced; whether a colon
    ends it). The label is what follows the last colon or figure before it ("Claim filed: 09/27 Benefit year end:")."""
    before = text[:start].strip()
    if not before:
        before = prev.strip()
    colon = before.endswith((":", "："))
    label = re.split(r"[:：\d]", before.rstrip(" :：-"))[-1] if before else ""
    return " ".join(fold(label).lower().split()), colon


def date_role(label: str, colon: bool) -> str | None:
    """The role a label gives the date after it in a letter: ``"issue"`` for the date it was written or mailed (the
    vocabulary's ``issue_date_labels``: "Date mailed", "开具日期"), ``"aside"`` for a date about something else (a
    label holding a word of ``date_label_words`` that is no issue label: "入职日期", "Start date"), ``"labelled"``
    for a date under some other label ending in a colon ("Benefit year end:", "Claim filed:": most often about
    something else, the letter's date only when nothing else is printed), None when no label precedes it (a date
    standing alone, or in prose); ``"act"`` for the date an office acted on the form (the vocabulary's
    ``act_date_labels``: "审核日期", "登记日期", "Decision date"), named whole as an issue label is. A label of
    twins in two languages split by a slash ("Tarikh / Date") is an issue label when either twin is one."""
    if not label:
        return None
    v = load_vocabulary()
    # a label printed in two languages, its twins split by a slash ("Tarikh / Date", "日期 / Date"): the role of
    # either twin that names the letter's date
    for part in (label, *(p.strip() for p in label.split("/") if "/" in label)):
        squeezed = part.replace(" ", "")
        if any(part == w.lower() or (re.search(f"[{CJK}]", w) and squeezed == w) for w in v.issue_date_labels):
            return "issue"
    for part in (label, *(p.strip() for p in label.split("/") if "/" in label)):
        squeezed = part.replace(" ", "")
        if any(part == w.lower() or (re.search(f"[{CJK}]", w) and squeezed == w) for w in v.act_date_labels):
            return "act"
    if any(w.lower() in label for w in v.date_label_words):
        return "aside"
    return "labelled" if colon else None


def _in_prose(text: str, start: int, leads: Sequence[str]) -> bool:
    """Whether the date at ``start`` of ``text`` is inside a sentence: after a lower-case word ("you can get Jobseeker
    Support from 12 October 2026", "your job ended on 9 October") or one of the Chinese ``leads`` (the vocabulary's
    ``prose_date_leads``: "自2026年8月1日起"). Such a date is what the letter says about something (a start, an end),
    never the letter's own date, which stands alone, after a place ("Wellington, 12 October 2026") or a label."""
    before = text[:start].rstrip()
    if re.search(r"(?<![A-Za-z])[a-z][a-z']*$", before):
        return True
    return any(before.endswith(w) for w in leads if w)


@from_registry
def _issue_clause() -> re.Pattern[str]:
    """The end of a formal dating clause before its date: one of the vocabulary's ``issue_clause_words``, then at
    most a place or a phrase ("at Makati City", "under my hand and seal"), then "this" or "on this" ("Issued this",
    "Dated at Manila this", "Given on this"), or the verb right before "on" ("Signed on")."""
    words = load_vocabulary().issue_clause_words
    if not words:
        return re.compile(r"(?!x)x")
    verb = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![A-Za-z])(?:{verb})\b(?:(?:[^.;:]{{0,40}}?\s)?(?:on\s+)?this|\s+on)\s*$", re.I)


def letter_date(lines: Sequence[Line], dayfirst: bool) -> date | None:
    """A letter's date: the first date under a label of the date it was written or mailed (:func:`date_role`
    "issue": "DATE MAILED: 10/09/2026") or given by a formal dating clause (:func:`_issue_clause`: "Issued this 9th
    day of November 2026"), else the latest date under a label of an office's act on the form (:func:`date_role`
    "act": a claim form's "审核日期" after its "填表日期", an app's "登记日期": the last act on a form makes it the
    record it is), else the last date standing alone in its cell (the letterhead's or the
    signature's), else the first date of the first 12 lines, else the last date printed — neither one inside a
    sentence (:func:`_in_prose`: "you can get Jobseeker Support from 12 October 2026") —, else the first date under
    a label of no known role in the first 12 lines ("Mailed: 10/06/2026" where nothing else dates the letter) —
    never a date that a label gives another role (:func:`date_role` "aside": an end date, a start of employment,
    入职日期): a letter whose only dates are those has no date found (a wrong date is worse than none)."""
    pats = _p()
    leads = load_vocabulary().prose_date_leads
    clause = _issue_clause()
    issued: list[date] = []
    acted: list[date] = []
    alone: list[date] = []
    every: list[date] = []
    labelled: list[date] = []  # under a label of no known role, in the first lines: the last resort
    top: date | None = None
    for i, ln in enumerate(lines):
        if pats.birth.search(ln.text):
            continue
        prev = ""
        for cell in ln.cells():
            text = clean(join_words(cell))
            hits = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
            kept = []
            for h in hits:
                role = date_role(*_label_before(text, h.start, prev if h is hits[0] else ""))
                if clause.search(text[:h.start]):
                    role = "issue"  # "Issued this 9th day of November 2026": the clause that dates the letter
                if role == "aside":
                    continue
                if role == "labelled":
                    if i < 12:
                        labelled.append(h.value)
                    continue
                if role == "issue":
                    issued.append(h.value)
                if role == "act":
                    acted.append(h.value)
                kept.append(h)
            kept = [h for h in kept if not _in_prose(text, h.start, leads)]  # "support from 12 October 2026"
            every.extend(h.value for h in kept)
            if kept and top is None and i < 12:
                top = kept[0].value
            if len(hits) == 1 and kept and kept[0] is hits[0]:
                rest = (text[: hits[0].start] + text[hits[0].end:]).strip()
                rest = pats.date_label.sub("", rest).strip(" ,.")
                if len(rest) <= 2:
                    alone.append(hits[0].value)
            prev = text
    if issued:
        return issued[0]
    if acted:
        return max(acted)
    if alone:
        return alone[-1]
    return top or (every[-1] if every else None) or (labelled[0] if labelled else None)


def first_date(lines: Sequence[Line], dayfirst: bool) -> date | None:
    birth = _p().birth
    for ln in lines:
        text = clean(ln.text)
        if birth.search(text):
            continue
        for h in find_dates(text, dayfirst):
            if h.precision == "day":
                return h.value
    return None


def prose_text(lines: Sequence[Line]) -> str:
    """The running text of ``lines``, a letter's prose across its line breaks: cleaned, the lines joined by a space,
    no space left between two Chinese characters (a sentence wrapped mid-word)."""
    return re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", clean(" ".join(ln.text for ln in lines)))


def money_after(lines: Sequence[Line], words: Sequence[str], span: int = 40) -> str | None:
    """An amount in the running text (prose across line breaks) printed right before one of ``words`` ("$6,500.00
    per month", "8,500元/月": nothing but spaces, a slash or a bracket between, and perhaps one of the vocabulary's
    ``pay_qualifier_words``: "$5,655.00 gross per calendar month"), else shortly after one
    ("monthly income of 8,500"). An amount in brackets in prose is an aside ("a gross monthly salary of
    (J$174,000.00)", "捌仟元整（¥8,000.00）"), not a negative figure: its size is given."""
    flat = prose_text(lines)
    low = flat.lower()
    confirmed = _spelled_out(flat, words)
    if confirmed is None:
        confirmed = _written_out(flat, words, span)
    if confirmed is not None:
        return confirmed
    # a word saying which pay the figure is may stand between it and the period ("$5,655.00 gross per calendar month")
    quals = load_vocabulary().pay_qualifier_words
    gap = re.compile(r"[\s/(（]*" + (rf"(?:(?:{_alt(sorted(quals, key=len, reverse=True))})[\s/(（]*)?" if quals else ""),
                     re.I)
    for w in words:
        for m in re.finditer(re.escape(fold(w).lower()), low):
            before = [h for h in find_money(flat[max(0, m.start() - span):m.start()]) if h.marked]
            if before and gap.fullmatch(flat[max(0, m.start() - span) + before[-1].end:m.start()]):
                return fmt_money(abs(before[-1].value))
    for w in words:
        for m in re.finditer(re.escape(fold(w).lower()), low):
            window = flat[m.end(): m.end() + span]
            for h in find_money(window):
                if h.marked:
                    return fmt_money(abs(h.value))
    return None


SPELLED_NEAR = 12  # characters between a figure and its amount in words (大写) in brackets or after a colon


def _spelled_out(flat: str, words: Sequence[str], span: int = 40) -> str | None:
    """The amount near one of ``words`` that the text also writes in Chinese words right after it ("每月人民币1,632.00元
    （大写：壹仟陆佰叁拾贰元整）"): a figure its 大写 repeats is the one the letter states, where the prose also prints
    the figures it was worked out from (a standby notice's "最低工资标准（2040元/月）的80%"; independent set 15, read
    after it was judged). Formatted, or None when no figure near ``words`` is so confirmed."""
    low = flat.lower()
    for w in words:
        for m in re.finditer(re.escape(fold(w).lower()), low):
            lo, hi = max(0, m.start() - span), min(len(flat), m.end() + span)
            for h in find_money(flat[lo:hi]):
                if not h.marked:
                    continue
                after = flat[lo + h.end:lo + h.end + SPELLED_NEAR + 24]
                spelled = re.match(r"[\s元整]*[（(]?\s*(?:大写|人民币)?\s*[:：]?\s*(?:人民币)?\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整圆]+)",
                                   after)
                if spelled and parse_daxie(spelled.group(1)) == abs(h.value):
                    return fmt_money(abs(h.value))
    return None


WRITTEN_REACH = 160  # characters after a word (``monthly salary``) in which an amount written out in words is looked for
WRITTEN_GAP = 40  # characters between the words' end and their figure: a currency's name, "only", a bracket


def _written_out(flat: str, words: Sequence[str], span: int = 40) -> str | None:
    """The amount a letter writes out in English words right after one of ``words`` and then prints as a figure
    ("a gross monthly salary of One Hundred and Seventy-Four Thousand Jamaican Dollars (J$174,000.00)"): the words
    begin within ``span`` characters of the word, the figure follows them within :data:`WRITTEN_GAP` characters (a
    currency's name, "only" and a bracket between, no other digit), and both say the same whole amount — the
    figure is then the one the letter states, however far the words pushed it from the label (independent set 8's
    job letter: the figure 89 characters after "monthly salary", past :func:`money_after`'s reach). Formatted, or
    None when no such pair agrees."""
    low = flat.lower()
    for w in words:
        for m in re.finditer(re.escape(fold(w).lower()), low):
            window = flat[m.end():m.end() + WRITTEN_REACH]
            for run in NUMBER_WORDS.finditer(window):
                if run.start() > span:
                    break
                n = parse_number_words(run.group(0))
                if not n:
                    continue
                gap = window[run.end():run.end() + WRITTEN_GAP]
                for h in find_money(gap):
                    if h.marked and not re.search(r"\d", gap[:h.start]) and abs(h.value) == n:
                        return fmt_money(abs(h.value))
                    break
    return None


def largest_total(lines: Sequence[Line], words: Sequence[str]) -> str | None:
    """The largest sure amount on lines that name a total (合计 / total / due)."""
    best = None
    for ln in lines:
        low = fold(ln.text).lower()
        if any(w in low for w in words):
            for h in find_money(ln.text):
                if h.marked and (best is None or h.value > best):
                    best = h.value
    return fmt_money(best) if best is not None else None


def worded_figure(lines: Sequence[Line]) -> str | None:
    """The amount a receipt states twice, in words and as a figure, with no label naming it a total ("The sum of:
    Eight thousand five hundred vatu" and "VT 8,500"; "實收金額：2,250 元（大寫）新臺幣貳仟貳佰伍拾元整", its label
    no total's): the largest figure of the page (a :func:`find_money` hit, read cell by cell) whose value the page
    also writes out in English number words (:func:`packet.understanding.values.worded_amounts`, whole amounts) or
    in Chinese capital numerals (大写, :func:`packet.understanding.values.parse_daxie`, a line's first run naming a
    money unit or ending in 整). The two agreeing make it the amount paid, though it prints no decimals or currency
    sign. Formatted, or None."""
    worded = {Decimal(n) for n in worded_amounts("\n".join(clean(ln.text) for ln in lines))}
    worded |= {v for ln in lines if (v := parse_daxie(clean(ln.text), whole=True)) is not None and v > 0}
    if not worded:
        return None
    best = None
    for ln in lines:
        for cell in ln.cells():
            for h in find_money(clean(join_words(cell))):
                if abs(h.value) in worded and h.value > 0 and (best is None or h.value > best):
                    best = h.value
    return fmt_money(best) if best is not None else None


@lru_cache(maxsize=4)
def _gazetteer(banks: tuple) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each gazetteer name as a pattern: CJK names literally, Latin names as whole words (case-insensitive,
    except acronyms, matched as printed)."""
    out = []
    for b in banks:
        for n in b.names:
            if re.search(f"[{CJK}]", n):
                pat = re.compile(re.escape(n))
            else:
                body = r"\s*".join(re.escape(w) for w in n.split())  # OCR drops spaces: "Bankof America"
                pat = re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", 0 if n.isupper() else re.I)
            out.append((pat, n))
    return tuple(out)


def gazetteer_banks(lines: Sequence[Line]) -> list[str]:
    """The gazetteer's bank names printed on ``lines``, as printed (a logo glyph fused before a name,
    "工中国工商银行", is left out since only the name itself is matched); a name whose spaces OCR lost
    ("Bankof America") is matched too and given as the gazetteer spells it."""
    found = []
    texts = [re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(ln.text)) for ln in lines]
    whole = "\n".join(texts)
    # the gazetteer read once, and only the names printed somewhere in the document tried line by line
    printed = [(pat, n) for pat, n in _gazetteer(load_banks()) if pat.search(whole)]
    for text in texts if printed else ():
        for pat, n in printed:
            for m in pat.finditer(text):
                if m.group(0).count(" ") >= n.count(" "):
                    found.append(m.group(0))
                    continue
                # a name OCR ran together is given as the gazetteer spells it, but not one inside an e-mail or
                # web address ("firstcitizensbank@…" names a domain, not the statement's bank)
                token = text[text.rfind(" ", 0, m.start()) + 1:(text + " ").find(" ", m.end())]
                if not re.search(r"[@/]|www\.|\.[a-z]{2,3}\b", token, re.I):
                    found.append(n)
    return found


APP_LINES = 8  # a banking app's name is printed in its screen's header: among the first lines


def bank_by_app(lines: Sequence[Line]) -> tuple[str, str] | None:
    """The bank a screenshot names by its banking app (the gazetteer's ``apps``: "平安口袋银行", "工银融e联",
    "Maybank2u") among the first :data:`APP_LINES` lines of its first page: (the app's name as the gazetteer spells
    it, the bank's first name), the longest app name found winning; None when no app of a known bank is printed
    there. CJK names are matched literally (spaces OCR put between characters left out), Latin ones as whole words
    without case."""
    first = min((ln.page for ln in lines), default=0)
    texts = [re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(ln.text)) for ln in lines
             if ln.page == first and ln.index < APP_LINES]
    found: list[tuple[str, str]] = []
    for b in load_banks():
        for app in b.apps:
            if re.search(f"[{CJK}]", app):
                hit = any(app in t for t in texts)
            else:
                pat = re.compile(r"(?<![A-Za-z0-9])" + r"\s*".join(map(re.escape, app.split())) + r"(?![A-Za-z0-9])",
                                 re.I)
                hit = any(pat.search(t) for t in texts)
            if hit:
                found.append((app, b.names[0]))
    return max(found, key=lambda f: len(f[0])) if found else None


_HOST = re.compile(r"(?i)(?:@|(?<![\w.@-])(?:https?://)?(?:www\.)?)((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w.-]*@)")
_BIC = re.compile(r"(?<![A-Za-z0-9])([A-Z]{6})[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])")
_SERVICE_NUMBER = re.compile(r"(?<![\d-])(\d{5,6})(?![\d-])")


def bank_by_mark(lines: Sequence[Line]) -> str | None:
    """The bank a statement names only by what identifies it without its name (the gazetteer's ``domains``, ``bics``
    and ``phones``): a web or e-mail address on its domain ("www.nedbank.co.za/help", "support@capitecbank.co.za";
    a sub-domain counts), a SWIFT/BIC code (eight or eleven characters, the first six its bank and country:
    "DBSSSGSGXXX"), a customer-service number on a line that names a service line (the vocabulary's
    ``service_line_words``: "客服热线 95588"). Named by the bank's first name; the mark found most often wins (a
    statement's own bank repeats on every page, a payee's once), the first printed among equals; None when no
    mark of a known bank is printed."""
    banks = load_banks()
    words = [fold(w).lower() for w in load_vocabulary().service_line_words]
    counts: dict[str, int] = {}
    for ln in lines:
        text = fold(ln.text)
        hits: list[str] = []
        for m in _HOST.finditer(text):
            host = m.group(1).lower()
            hits += [b.names[0] for b in banks if any(host == d or host.endswith("." + d) for d in b.domains)]
        for m in _BIC.finditer(text):
            hits += [b.names[0] for b in banks if m.group(1) in b.bics]
        low = text.lower()
        if words and any(w in low for w in words):
            for m in _SERVICE_NUMBER.finditer(text):
                hits += [b.names[0] for b in banks if m.group(1) in b.phones]
        for name in hits:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None  # dicts keep order: the first among equals


def regulated_brand(lines: Sequence[Line]) -> str | None:
    """The bank a statement names only as the subject of its regulatory or trading-name line (the vocabulary's
    ``bank_regulatory_marks``): "Tallyfin is a trading name of Tallyfin Bank Ltd, authorised by the Prudential
    Regulation Authority" → "Tallyfin" (the brand the customer banks with, as its header prints it); "Kestrel
    Bank Ltd is an authorised financial services provider" → "Kestrel Bank Ltd". The words before the first mark on
    their line, from the last sentence start, when they can be a name (:func:`org_like`); the last such line wins (a
    footer). None when no line holds one."""
    marks = load_vocabulary().bank_regulatory_marks
    if not marks:
        return None
    pat = re.compile(r"(?i)\s+(?:" + _longest_first([fold(m) for m in marks]) + r")(?![a-z])")
    found = None
    for ln in lines:
        text = fold(ln.text)
        m = pat.search(text)
        if m is None:
            continue
        name = re.split(r"[.;:!?]\s+|\s+[-–—|]\s+", text[:m.start()])[-1].strip(" ,.")
        if name and org_like(name):
            found = name
    return found


def bank_by_prefix(account: str) -> str | None:
    """The bank whose card numbers start with the first six digits of ``account`` (a full card number), named
    by its first name in the gazetteer; None for a masked or unknown number."""
    digits = re.sub(r"\D", "", account)
    if len(digits) < 15:
        return None
    return next((b.names[0] for b in load_banks() if digits[:6] in b.bins), None)


# a town line's postal code at its end: a US state and ZIP, a UK postcode, a Canadian one (letter-digit-letter
# digit-letter-digit: "T2P 1J9"), or four to six digits
_POSTCODE = re.compile(r"\b(?:[A-Z]{2},?\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
                       r"|\d{4,6}|[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y0-9]{4})\s*$")  # the last: an Irish Eircode
# a town's line that starts with its postcode ("47300 Petaling Jaya, Selangor", "75008 Paris", "10115 Berlin"):
# Malaysia, mainland Europe, much of Asia; only a line under the street's counts (a street line starts with a number)
_LEADING_POSTCODE = re.compile(r"^\d{4,6}\s+[A-Z][A-Za-z]+(?:[ ,]+[A-Z][A-Za-z]+)*,?\s*$")
# a town's line with its postcode between the town and its state or province ("Hyderabad 500029, Telangana", India's
# PIN; "Legazpi City 4500, Albay")
_INNER_POSTCODE = re.compile(r"^[A-Z][A-Za-z .'\-]+\s\d{4,6},\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}\s*$")
# two to four capitalised words; a bare initial only between two whole words ("KEVIN L HARTMAN")
_PERSON = re.compile(r"^(?:[A-Z][A-Za-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][A-Za-z'\-]+|[A-Z]\.|[A-Z](?=\s+[A-Z][A-Za-z'\-]+)))"
                     r"{1,3}$")


def _person_shape(text: str) -> bool:
    """Whether ``text`` is shaped like a person's name (:data:`_PERSON`), a lower-case particle of the vocabulary's
    ``name_particles`` between its capitalised words left aside ("Siti Nurhaliza binti Kamal", "Maria de la Cruz"; in
    a name printed in capitals, the particle in capitals too: "NUR AISYAH BINTI KAMARUDDIN"), its letters' accents
    aside (:func:`packet.core.text.plain_latin`)."""
    words = text.split()
    particles = set(load_vocabulary().name_particles)
    caps = text.isupper()  # a name in capitals prints its particle in capitals too ("NUR AISYAH BINTI KAMARUDDIN")
    kept = [w for i, w in enumerate(words)
            if not (0 < i < len(words) - 1 and (w.lower() if caps else w) in particles)]
    return bool(_PERSON.match(plain_latin(" ".join(kept))))  # "Ciarán Joseph McLaughlin": accents are letters


# a house number: "12", "12B", "4/7"; India's numbers of a plot's subdivisions, "3-5-812", "12-2-345/A"
_HOUSE_NUMBER = re.compile(r"(?<![\w-])\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?(?:-\d{1,4}){0,2}(?:/[A-Za-z])?(?![\w-])")
ADDRESS_TOP = 0.5  # an addressee's block sits in the top half of its page (under the letterhead, or in the window)
ADDRESS_X = 0.03  # the lines of one block start at the same left edge, to this fraction of the page width
ADDRESS_GAP = 2.5  # and follow each other at most this many line heights apart
ADDRESS_LOOK = 8  # lines looked through for the block's three (a second column's lines come between them)


# a day and its month, no year, perhaps after the weekday ("27 Nov", "Mon 3 March", "3rd March"): a date heading
_DAY_AND_MONTH = re.compile(rf"(?i)(?:[a-z]{{3,9}},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}")


def _street_line(text: str) -> bool:
    """A street line of a postal address: a PO box, or a house number before or after the street's name
    ("1765 Sheridan Drive", "Main Street 123", "Flat 2, 5 Elm Road"), where a number after the name needs a
    street word of the vocabulary (``street_words_en``) so that "Invoice 4471" is not taken for a street."""
    v = load_vocabulary()
    low = fold(text).strip()
    if re.match(r"(?i)p\.?\s?o\.?\s*box\b", low):
        return True
    if not _HOUSE_NUMBER.search(low) or _DAY_AND_MONTH.fullmatch(low):
        return False  # "27 Nov": a banking app's day heading over its rows, a number before a month's name
    street = re.search(rf"(?i)\b(?:{_alt(v.street_words_en)})\b", low) is not None
    return bool(re.match(r"\d{1,6}[A-Za-z]?\s+[A-Za-z]", low)) or street


def _money_or_date(text: str) -> bool:
    return any(h.marked for h in find_money(text)) or any(h.precision == "day" for h in find_dates(text))


def _fused_name(token: str, lines: Sequence[Line]) -> str | None:
    """The name a single run-together token stands for ("ABELNEWTON", "JaneRoe"): capitalised words split where a
    small letter meets a capital ("JaneRoe" → "Jane Roe"), or an all-capital run the document prints elsewhere with
    its spaces ("ABEL NEWTON" in the account's heading); None otherwise (no list of first names guesses where to
    cut "ABELNEWTON")."""
    if re.fullmatch(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}", token):  # not "McDonald" (a name, not two)
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", token)
    if not re.fullmatch(r"[A-Z]{6,}", token):
        return None
    spaced = re.compile(r"(?<![A-Za-z])" + r" ?".join(token) + r"(?![A-Za-z])")
    for ln in lines:
        for m in spaced.finditer(fold(ln.text)):
            if " " in m.group(0) and _PERSON.match(m.group(0)):
                return m.group(0)
    return None


# a web or e-mail address ("www.example.org", "https://…", "billing@…"): what a letterhead prints under its address
_WEB = re.compile(r"(?<![A-Za-z])www\b|https?:|@[A-Za-z0-9-]+\.|\.(?:com|org|net|gov|edu)\b", re.I)


def _block_under(head: Sequence[Line], i: int, ln: Line, cell: Sequence) -> list[str]:
    """Up to three lines under ``cell`` of line ``head[i]`` that start at its left edge (``ADDRESS_X``), each at
    most ``ADDRESS_GAP`` line heights below the one before, among the next ``ADDRESS_LOOK`` lines (a second
    column's lines may come between). A line printed without any space ("200014thStreet", a text layer that lost
    its spaces) is given with its words cut apart."""
    x, y1, height = cell[0].box[0], ln.y1, max(ln.y1 - ln.y0, 0.006)
    block: list[str] = []
    for nxt in head[i + 1:i + 1 + ADDRESS_LOOK]:
        if nxt.y0 - y1 > ADDRESS_GAP * height:
            break
        here = [join_words(c) for c in nxt.cells() if abs(c[0].box[0] - x) < ADDRESS_X]
        if not here:
            continue
        row = fold(here[0]).strip()
        block.append(CUT_GLUED.sub(" ", row) if " " not in row else row)
        y1 = nxt.y1
        if len(block) == 3:
            break
    return block


def address_name(lines: Sequence[Line], top: float = ADDRESS_TOP, ok: Callable[[str], bool] | None = None,
                 letterhead: bool = False) -> str | None:
    """:func:`_address_block_name` without the courtesy title an address prints before the name ("Mr Ciarán Joseph
    McLaughlin" over "41 Fahan Street": the person is Ciarán Joseph McLaughlin), when two words stay."""
    name = _address_block_name(lines, top, ok, letterhead)
    if name is None:
        return None
    words = name.split()
    titles = {t.lower() for t in load_vocabulary().titles}
    if len(words) >= 3 and words[0].rstrip(".").lower() in titles:
        return " ".join(words[1:])
    return name


def _address_block_name(lines: Sequence[Line], top: float = ADDRESS_TOP, ok: Callable[[str], bool] | None = None,
                        letterhead: bool = False) -> str | None:
    """A name printed without a label at the head of a postal address block: a cell of two to four capitalised
    words in the top half of the first page, with, under it at the same left edge (``ADDRESS_X``) and close
    (``ADDRESS_GAP`` line heights), a street line (:func:`_street_line`) and then a town line or a postcode, or
    one line with both — "JOHN CITIZEN / ANY STREET 123 / ANY TOWN", "Jane Roe / 12 Elm Road / Leeds LS1 4AB",
    "Ana Rivera / 7 Tui Crescent, Nelson 7010"; a block addressed to two people, one name under the other (joint
    holders: "MEI LING TRUONG / SHANICE WHITFIELD / 79 Willow Close / …"), gives the first.

    A name run together by OCR or the text layer ("ABELNEWTON", "JaneRoe") is read as :func:`_fused_name` gives it.

    Sanity checks (a wrong name is worse than none): no word of the vocabulary's ``not_name_words`` or an
    organisation's legal form — except a surname after a first word that is none ("Jane Customer"), when the
    block under it is a whole postal address, a street line and then a postcode (a form's heading over an address,
    "Customer Service", "Billing Office", starts with such a word); no line of the block is a table row (an amount or a full date on the name's
    line or the street line: "ATM WITHDRAWAL … -200.00"); the block is on the first page, above ``top`` (a
    fraction of the page height); the name is not a hospital's or practice's (:func:`is_provider`) and ``ok``,
    when given, accepts it (the caller's own check: a payee's name over its address is no patient); with
    ``letterhead``, not the first name-over-street block of the page, whatever its name (the issuer's own name
    and address, printed first: a payslip's employer, whose name no word marks). A block line printed without any
    space ("200014thStreet", "SanFrancisco,CA94102": a text layer that lost its spaces) is read with its words
    cut apart. Never a bank's name (the vocabulary's ``bank_patterns_en``), nor the second line of one wrapped over
    two (:func:`wrapped_bank`). Returns the name as printed, or None."""
    pats = _p()
    no_name = set(load_vocabulary().not_name_words)
    prose = set(load_vocabulary().prose_words_en)
    first = min((ln.page for ln in lines if ln.page >= 0), default=0)
    head = [ln for ln in lines if ln.page == first and ln.y0 < top]
    issuer_seen = False
    for i, ln in enumerate(head):
        if any(h.marked for h in find_money(ln.text)) and any(h.precision == "day" for h in find_dates(ln.text)):
            continue  # a transaction row: its description is no addressee
        cells = ln.cells()
        # a form's wide letter spacing can cut "John   Smith" into two cells: a lone word is tried with the next
        tried = [(cell, join_words(cell)) for cell in cells]
        tried += [(a, f"{join_words(a)} {join_words(b)}") for a, b in zip(cells, cells[1:], strict=False) if len(a) == 1]
        for cell, printed in tried:
            if letterhead and not issuer_seen:
                under = _block_under(head, i, ln, cell)
                if under and _street_line(under[0]):
                    issuer_seen = True  # the page opens with its issuer's name and address
                    break
            text = fold(printed).strip(" ,")
            fused = " " not in text
            if fused:
                text = _fused_name(text, lines) or text
            words = text.lower().split()
            if not _person_shape(text) or pats.org_en.search(text) or words[0] in no_name or _money_or_date(text) \
                    or pats.bank_en.search(text):
                continue
            wrap = wrapped_bank(head[i - 1], ln) if i else None
            if wrap and fold(wrap).lower().endswith(text.lower()):
                continue  # "Credit Union" under "Marula Springs": the end of the letterhead's bank, no addressee
            # "Jane Customer": a surname that is a form's word, trusted only as printed and over a whole address
            surname_odd = bool(set(words[1:]) & no_name)
            if (surname_odd and fused) or is_provider(text) or (ok is not None and not ok(text)):
                continue
            block = _block_under(head, i, ln, cell)
            if len(block) >= 2 and _person_shape(block[0]) and not _street_line(block[0]) \
                    and not pats.org_en.search(block[0]) and _street_line(block[1]) \
                    and not (set(words) | set(block[0].lower().split())) & prose:
                block = block[1:]  # a second addressee under the first (joint holders): the first is named first
                # (neither holds a function word: "SEND TO" over "CARMEN DELGADO" is a heading over one name)
            if not block or not _street_line(block[0]) or _money_or_date(block[0]):
                continue
            if any(_WEB.search(b) for b in block):
                continue  # a business's letterhead prints its web or mail address; a person's postal address none
            if surname_odd:  # the street line, then the town's line with its postcode, and nothing else on it
                if len(block) >= 2 and _POSTCODE.search(block[1]) and not re.search(r"[:：]", block[1]) \
                        and not _money_or_date(block[1]):
                    return text
                continue
            if _POSTCODE.search(block[0]):  # the whole address on one line: "22 Sample Road, Hamilton 3204"
                return text
            # the town's line: a town's name, perhaps with its postal district ("DUBLIN 7", "Singapore 1", "Dublin 24"),
            # without the dashes or specks OCR read after it on a scan ("Legazpi City, Albay —": its postcode lost)
            town = re.sub(r"[\s\-–—_~.,:;'\"]+$", "", block[1]) if len(block) >= 2 else ""
            if len(block) >= 2 and (re.fullmatch(r"[A-Za-z][A-Za-z .,'\-]{1,40}(?: \d{1,2})?", town)
                                    or any(_POSTCODE.search(b) or _LEADING_POSTCODE.match(b) or _INNER_POSTCODE.match(b)
                                           for b in block[1:])):
                return text
    return None


# --- an issuer printed without a label: the letterhead's prominent name, a sign-off, a copyright footer -----------

PROMINENT_TOP = 0.25  # a letterhead sits in the top quarter of page 1 (a fraction of the page height)
PROMINENT_LINES = 6  # and among its first lines
PROMINENT_RATIO = 1.15  # printed at least this much larger than the page's body text (font sizes, estimated below)
# The share of a font's size that a word's ink spans, by the letters it holds (Helvetica/Arial and DejaVu metrics,
# which most documents' sans-serif faces share within a few per cent): capitals, digits and ascenders reach the cap
# height (0.72 em), descenders go 0.21 em below the baseline, lower-case letters without either span the x-height
# (0.52 em), Chinese characters fill about 0.88 em. OCR's word boxes are tight to the ink, so "Payroll" and
# "NORTHFIELD" printed at one size differ in height by a quarter.
_EM_CJK, _EM_TALL_DEEP, _EM_TALL, _EM_DEEP, _EM_SHORT = 0.88, 0.93, 0.72, 0.73, 0.52
_TALL = re.compile(r"[A-Z0-9bdfhiklt&%$£€¥#@!?/\\|()\[\]{}]")
_DEEP = re.compile(r"[gjpqy,;()\[\]{}|]")
_CONNECTORS = {"of", "and", "&", "the", "for", "de", "du", "la", "le", "van", "von", "y", "at", "on", "in"}


def _em(word) -> float:
    """The font size a word was printed at, in fractions of the page height as a measure comparable across words:
    a text layer's word (confidence 100) has a box as tall as its font's (PDFium gives every glyph of a font
    its font's height), so its height stands; an OCR'd word's box is tight to its ink, so its height is divided
    by the share of an em its letters' ink spans (see :data:`_EM_CJK`). 0.0 for a word without letters or
    digits."""
    text = fold(word.text)
    h = word.box[3] - word.box[1]
    if word.conf >= 100:
        return h if re.search(f"[A-Za-z0-9{CJK}]", text) else 0.0
    if re.search(f"[{CJK}]", text):
        return h / _EM_CJK
    if not re.search(r"[A-Za-z0-9]", text):
        return 0.0
    tall, deep = bool(_TALL.search(text)), bool(_DEEP.search(text))
    return h / (_EM_TALL_DEEP if tall and deep else _EM_TALL if tall else _EM_DEEP if deep else _EM_SHORT)


def _median(values: Sequence[float]) -> float:
    vs = sorted(v for v in values if v > 0)
    return vs[len(vs) // 2] if vs else 0.0


def _words_of(text: str) -> list[str]:
    return re.findall(rf"[A-Za-z][A-Za-z'&.-]*|[{CJK}]+", text)


@lru_cache(maxsize=4)
def _title_words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of ``words`` (folded, lower case; Latin ones as whole words): its first match is where
    the earliest of them starts. A Latin title of two words matches them written open, hyphenated or closed
    ("pay slip": "Pay Slip", "Pay-Slip", "PAYSLIP"; a payroll program's window title printed "Pay-Slip" is no
    employer: a hold-out set's screenshot)."""
    alts = []
    for w in sorted({fold(w).lower() for w in words if w.strip()}, key=len, reverse=True):
        if re.search(f"[{CJK}]", w):
            alts.append(re.escape(w))
        else:
            joined = r"[\s\-‐–]?".join(re.escape(part) for part in w.split())
            alts.append(rf"(?<![a-z]){joined}(?![a-z])")
    return re.compile("|".join(alts) or "(?!)")


def title_cut(text: str) -> str:
    """``text`` (a letterhead's or title's cell) up to where its title starts: the first word of the vocabulary's
    ``title_words`` ("KESTREL ANALYTICS — PAY ADVICE" → "KESTREL ANALYTICS"; Latin as whole words, any case) or
    the first date or month ("南溪县人民医院 2026年10月绩效工资明细" → "南溪县人民医院"), without the separator
    before it (dash, bar, colon, dot). The whole text when none is printed; "" when the cell starts with one, or
    when Latin words run into it without a separator ("INCOME CERTIFICATE", "Acme Pay Stub": words that qualify
    the title, or a payroll vendor's brand, are no issuer that is set apart from its title). The document types'
    own ``titles`` (types.toml) count as title words too, so the longest title printed is cut whole
    ("广东省医疗收费票据" → "广东省", no name: "医疗收费票据" is a title, not "收费票据" after "广东省医疗")."""
    cut = len(text)
    m = _title_words_re(tuple(load_vocabulary().title_words) + tuple(ti for t in load_types().values()
                                                                     for ti in t.titles)).search(text.lower())
    if m:
        cut = m.start()
    hits = find_dates(text, True)
    if hits:
        cut = min(cut, min(h.start for h in hits))
    m = re.search(r"\b(?:19|20)\d\d\s*(?:年|$)", text)  # a year alone before the title ("… 2026年度")
    if m:
        cut = min(cut, m.start())
    name = text[:cut].strip(" -–—|:：·,/")
    if cut < len(text) and name and not re.search(f"[{CJK}]", name) and not re.search(r"[-–—|:：·/(（]\s*$",
                                                                                       text[:cut]):
        # a Latin title read on from the words before it ("INCOME CERTIFICATE", "Gusto Pay Stub", "HOSPITAL
        # FINAL BILL"): those words qualify the title, a name is set apart from it by a separator
        return ""
    return _zh_title_run_on(name, titled=cut < len(text))


ZH_NAME_LEAST = 4  # characters of a Chinese organisation's name cut from a title at least (a place and a head: 夷陵网点)


def _zh_title_run_on(text: str, titled: bool = False) -> str:
    """``text`` without the Chinese title run on after its organisation's name when none of the title words
    (:func:`title_cut`) cut it: a cell that ends in a noun naming a kind of document (the vocabulary's
    ``title_tails_zh``: 单, 表, 证明 — "宜昌速邦快递夷陵网点快递员月度提成核算单") and in no organisation's head noun
    (``org_heads_zh``: a name ends in 公司, 中心, 网点…) is a title; the name before it ends at the last head noun
    that leaves :data:`ZH_NAME_LEAST` characters or more before it ("宜昌速邦快递夷陵网点"). ``text`` itself when it
    is not such a title or holds no head noun to cut at (a title alone, or a name this cannot tell). With ``titled``
    (:func:`title_cut` cut a title off ``text`` already) the rest of the title run on before that cut goes too
    ("盛和纺织有限公司社保缴费" of "…社保缴费明细单" → "盛和纺织有限公司")."""
    v = load_vocabulary()
    body = re.sub(r"\s+", "", text)
    if not v.title_tails_zh or not re.fullmatch(f"[{CJK}()（）·]+", body or "-"):
        return text
    if not (titled or any(body.endswith(t) for t in v.title_tails_zh)) or any(body.endswith(h) for h in v.org_heads_zh):
        return text
    # a head of two characters or more first (公司, 网点): one character (社, 行) is often inside a title's word (社保)
    for heads in ([h for h in v.org_heads_zh if len(h) > 1], [h for h in v.org_heads_zh if len(h) == 1]):
        ends = [m.end() for h in heads for m in re.finditer(re.escape(h), body[:-1]) if m.end() >= ZH_NAME_LEAST]
        if ends:
            return body[:max(ends)]
    return text


def ends_in_title(text: str) -> bool:
    """Whether ``text`` ends in a document's title (one of the types' ``titles`` in types.toml, phrases that name
    one type: "Payslip", "Bank statement"; whole words, any case): a heading ("Current Payslip", "Monthly Salary
    Slip") read beside a label, never an organisation — whose name may hold one before its own ending ("Payslip
    Services Ltd"). The vocabulary's wider ``title_words`` are not asked: an organisation may end in "Advice"
    ("Citizens Advice")."""
    low = re.sub(r"\s+", " ", fold(text).lower()).strip(" .:：-–—|")
    titles = _title_words_re(tuple(ti for t in load_types().values() for ti in t.titles))
    return bool(low) and any(m.end() == len(low) for m in titles.finditer(low))


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", fold(s)).casefold()


def _holds_printed(text: str, printed: frozenset[str]) -> bool:
    """Whether ``text`` is one of ``printed`` (labels and keywords, folded, lower case) or holds one of them: a
    Chinese one of three characters or more ("个税实发工资" holds 实发工资), or is one of :data:`MISREAD_PRINTED_CJK`
    characters or more with one character misread ("收费票照" for 收费票据), a Latin one of two words or more as
    whole words ("Net Pay Summary")."""
    low = re.sub(r"\s+", " ", text.lower()).strip()
    if low in printed or low.replace(" ", "") in printed:
        return True
    squeezed = low.replace(" ", "")
    for p in printed:
        if re.search(f"[{CJK}]", p):
            if len(p) >= 3 and p in squeezed:
                return True
            if len(p) >= MISREAD_PRINTED_CJK and len(p) == len(squeezed) \
                    and sum(a != b for a, b in zip(p, squeezed, strict=True)) == 1:
                return True  # one glyph misread ("收费票照" for the title 收费票据): that word still, not a name
        elif " " in p and re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", low):
            return True
    return False


MISREAD_PRINTED_CJK = 4  # a Chinese label or keyword this long read with one character wrong is still that word
# (as label_geometry.NEAR_MIN_CJK: shorter words are one character from too many others)


def org_like(text: str, people: Sequence[str] = (), printed: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` can be an organisation's name standing alone: Latin, one to seven words, each capitalised
    or in capitals but for connectors ("of", "and", "&"), not all runs of one letter ("EEE EEE EE LLL": a tear line
    read as letters), none a figure of three digits, at most half of them a
    table's or form's words (the vocabulary's ``not_name_words``, ``labelish_en``, ``placeholder_words``: "Total
    Hospital charges" is a table's row, "Account Summary" a heading; "Service Canada" a name), no label (a colon,
    or a slash between two: "Domain/Position"),
    no date or amount, no street or postal line, no web or mail address, no courtesy title (a person), no
    sentence; Chinese, four to thirty characters without a clause's mark, a colon or a generic "我单位"; never one
    of ``people`` (the document's person: its employee, patient or holder, compared without case and spaces), never
    a title (a word of ``title_words`` in it: "Pay Advice") nor one of ``printed`` (the labels and keywords of the
    document types, folded and lower-case: "个人所得税" is a payslip's row, not its issuer)."""
    v = load_vocabulary()
    text = fold(text).strip(" ,.;:·-–—|")
    if not text or re.search(r"[:：]|\d{3}", text) or _money_or_date(text) or _WEB.search(text):
        return False
    if title_cut(text) != text or "/" in text or _holds_printed(text, printed) or is_department(text):
        return False
    if any(_key(p) and (_key(p) in _key(text) or _key(text) in _key(p)) for p in people if p):
        return False
    if re.search(f"[{CJK}]", text):
        body = re.sub(r"[\s()（）·]", "", text)
        return (4 <= len(body) <= 30 and re.fullmatch(f"[{CJK}A-Za-z]+", body) is not None
                and not re.search(r"[。；，、！？,;]", text) and not _p().generic_org.search(text))
    if _street_line(text) or _POSTCODE.search(text) or _p().titled.match(text):
        return False
    words = text.split()
    if not 1 <= len(words) <= 7 or sum(c.isalpha() for c in text) < 4:
        return False
    if len(words) >= 2 and all(re.fullmatch(r"([A-Za-z])\1+", w) for w in words):
        return False  # "EEE EEE EE LLL": a printed rule, a tear line or a bar code read as letters, no words
    low = [w.lower().strip(".,'") for w in words]
    if low[0] in _CONNECTORS:
        return False
    for w in words:
        if w.lower() in _CONNECTORS:
            continue
        if not re.match(r"[A-Z(\"'&]", w):
            return False  # a lower-case word: prose ("To whom it may concern"), not a name
    form = {w.lower() for w in (*v.labelish_en, *v.placeholder_words, *v.not_name_words)}
    named = [w for w in low if w not in _CONNECTORS]
    # most of its words a table's or form's ("Total Hospital charges", "Account Summary"): a heading or a row;
    # "Service Canada" holds one such word and a name
    return 2 * sum(w in form for w in named) <= len(named) and not all(w in form for w in named)


CENTRED = 0.08  # a cell whose middle is this close to the page's (a fraction of its width) is centred
LETTERHEAD_CELLS = 3  # a letterhead's line holds a name, perhaps a logo's word and a title: a table's header row more


def _body_starts(ln: Line, labels: bool = True) -> bool:
    """Whether line ``ln`` is the document's body, below any letterhead: an amount, a table's header row (more than
    :data:`LETTERHEAD_CELLS` cells), or with ``labels`` a label with a colon ("Employee: …", "科室：…"; a
    letterhead's own line may hold one beside the name, "Tel: …", so the caller reads that line first)."""
    text = fold(ln.text)
    return (any(h.marked for h in find_money(text)) or len(ln.cells()) > LETTERHEAD_CELLS
            or labels and bool(re.search(rf"[A-Za-z{CJK}][ \t]*[:：]", text)))


SPACED_PITCH = 1.5  # two cells of display type this many letter advances apart, or closer, are one run of words
SPACED_SIZE = 0.15  # printed at one size: word heights within this share of each other


def _pitch(cell: Sequence) -> float:
    """The advance from one letter to the next in a cell's words (fractions of the page width): each word's width
    over its letters less one (its boxes are tight to the ink, from the first letter's left to the last one's right
    edge), over the words of two letters or more; 0.0 when the cell has none (a lone "G", "&")."""
    spans = [(w.box[2] - w.box[0], len(w.text) - 1) for w in cell if len(w.text) >= 2]
    steps = sum(n for _, n in spans)
    return sum(width for width, _ in spans) / steps if steps else 0.0


def spaced_cells(cells: Sequence[Sequence]) -> list[tuple]:
    """A line's cells with those of letter-spaced display type joined: a letterhead's name set in large, widely
    tracked capitals ("T R I P L E   G") is cut by the fixed column gap (:data:`label_geometry.CELL_GAP`, a
    share of the page's width made for body text) into "TRIPLE" and "G". Two neighbouring cells are one run of words
    when printed at one size (median word heights within :data:`SPACED_SIZE`) and apart by at most
    :data:`SPACED_PITCH` times the advance between their letters (:func:`_pitch`, the larger of the two): a word
    space of tracked type (a space and the tracking either side of it: about one advance). Body text's letters
    advance a quarter of the column gap, so its cells never join; two columns of a heading stand many letters
    apart."""
    out: list[list] = []
    for cell in cells:
        if out:
            prev = out[-1]
            hp, hc = _height(prev), _height(cell)
            gap = cell[0].box[0] - prev[-1].box[2]
            pitch = max(_pitch(prev), _pitch(cell))  # a lone letter's cell tells no pitch: its neighbour's
            if hp > 0 and hc > 0 and abs(hp - hc) <= SPACED_SIZE * max(hp, hc) and 0 <= gap <= SPACED_PITCH * pitch:
                prev.extend(cell)
                continue
        out.append(list(cell))
    return [tuple(c) for c in out]


def _letterhead_org(lines: Sequence[Line], people: Sequence[str], printed: frozenset[str] = frozenset()
                    ) -> str | None:
    """The name printed prominently in the letterhead: among the cells of page 1's lines above its body
    (:func:`_body_starts`; at most :data:`PROMINENT_LINES` lines, in its top :data:`PROMINENT_TOP`), those printed
    at least :data:`PROMINENT_RATIO` times the page's body size (the median size of its words, :func:`_em`; a
    Chinese cell against the Chinese words') — or the page's first line alone and centred (:data:`CENTRED`) at
    body size or more —, cut before their title (:func:`title_cut`), that can be a name
    (:func:`org_like`): the topmost, then the largest of its line; none under the document's title or a label's
    line (:func:`_titled_or_label`: "BASIS FOR CALCULATION" under "PAYSLIP" is a section). (OCR's boxes of Chinese characters vary by a
    fifth with the engine and the photo, so a letterhead's name is known by its place first and its size second.)"""
    first = min((ln.page for ln in lines if ln.page >= 0), default=0)
    page = [ln for ln in lines if ln.page == first]
    words = [w for ln in page for w in ln.words]
    body = _median([_em(w) for w in words])
    # each script against its own body text: OCR's boxes of Chinese characters and of Latin letters differ
    cjk_words = [w for w in words if re.search(f"[{CJK}]", w.text)]
    cjk_body = _median([_em(w) for w in cjk_words]) if len(cjk_words) >= 5 else body
    if body <= 0:
        return None
    # a photo's edge or a logo read as a few stray marks ("1a", "ALS") comes before the letterhead: the page's first
    # line is its first line of words
    page = page[:PROMINENT_LINES]
    lead = next((k for k, ln in enumerate(page) if not _stray(ln)), len(page))
    for k, ln in enumerate(page):
        if k < lead:
            continue
        if ln.y0 > PROMINENT_TOP or _body_starts(ln, labels=False):
            break
        found: list[tuple[float, str]] = []
        cells = spaced_cells(ln.cells())
        # the page's first line, alone, centred or straight over the document's title ("Digital Dynamics" over
        # "Payslip"), is its letterhead though printed no larger (OCR's boxes; a bold face the boxes do not show)
        over_title = k + 1 < len(page) and page[k + 1].page == ln.page and len(page[k + 1].cells()) == 1 \
            and _titled_or_label(fold(page[k + 1].text), frozenset()) and not _body_starts(page[k + 1], labels=False)
        for cell in cells:
            cell = without_mark(cell)
            size = _median([_em(w) for w in cell])
            cjk = any(re.search(f"[{CJK}]", w.text) for w in cell)
            ref = cjk_body if cjk else body
            heading = k == lead and len(cells) == 1 and size >= 0.95 * ref \
                and (abs((cell[0].box[0] + cell[-1].box[2]) / 2 - 0.5) < CENTRED or over_title)
            if size < PROMINENT_RATIO * ref and not heading:
                continue
            name = title_cut(fold(join_words(cell)))
            if name and org_like(name, people, printed):
                found.append((-size, name))
        if found:
            return min(found)[1]
        if _body_starts(ln) or any(_titled_or_label(fold(join_words(c)), printed) for c in cells):
            break  # the body, or the document's title: a letterhead is above it or beside it, never under it
    return None


STRAY_CHARS = 3  # a line of one word this short, with no Chinese, is a stray mark (a logo, the photo's edge), not a name


def _stray(ln: Line) -> bool:
    """Whether ``ln`` is a few stray marks rather than words: a single word of at most :data:`STRAY_CHARS` letters or
    digits and no Chinese character ("1a", "ALS" read from a logo or the desk beside a photographed sheet)."""
    text = ln.text.strip()
    return len(ln.words) <= 1 and not re.search(f"[{CJK}]", text) and len(re.sub(r"\W", "", text)) <= STRAY_CHARS


def _titled_or_label(text: str, printed: frozenset[str]) -> bool:
    """Whether a cell is the document's title (it starts with a word of the vocabulary's ``title_words``:
    "PAYSLIP", "Statement of Account") or a label of the document types ("Employee Name", one of ``printed``)."""
    low = re.sub(r"\s+", " ", text.lower()).strip(" :：")
    return bool(low) and (title_cut(text) == "" or low in printed)


def _after_mark(text: str, marks: Sequence[str]) -> str | None:
    """What follows the first of ``marks`` in ``text`` (Latin marks as whole words, any case), else None."""
    low = text.lower()
    for m in sorted(marks, key=len, reverse=True):
        f = fold(m).lower()
        at = low.find(f)
        if at >= 0 and (not f[:1].isalpha() or not low[at - 1:at].isalpha()):
            return text[at + len(f):]
    return None


def _signed_org(lines: Sequence[Line], people: Sequence[str], printed: frozenset[str] = frozenset()) -> str | None:
    """An organisation named where a letter is signed: after a sign-off lead (the vocabulary's ``signoff_leads``:
    "For and on behalf of Wexford Joinery"), before a department of it (``department_tails``: "Northfield Borough
    Council Human Resources", "南溪县人民医院人事科"; or over it, the department on the next line: "蓝海物流有限公司 /
    人力资源部薪酬组"), or beside a seal mark (``seal_marks``: "（盖章）" with the name
    after it in its cell or alone on the next line). The first such name that can be one (:func:`org_like`); else
    the one under a signatory's job title (:func:`_after_title`)."""
    v = load_vocabulary()
    tails = sorted((fold(t) for t in v.department_tails), key=len, reverse=True)
    roles = _roles(v)
    closings = [fold(c).lower() for c in v.letter_closings]
    for i, ln in enumerate(lines):
        for cell in ln.cells():
            text = fold(join_words(cell)).strip()
            rest = _after_mark(text, v.signoff_leads)
            if rest is not None and org_like(rest.strip(" ,:"), people, printed):
                return rest.strip(" ,.:")
            short = _short_signoff(text, closings)
            if short is not None and org_like(short, people, printed):
                return short
            for tail in tails:
                cjk = bool(re.search(f"[{CJK}]", tail))
                m = re.search(rf"^(.+?)\s*{re.escape(tail)}$" if cjk else rf"^(.+?)\s+{re.escape(tail)}$", text,
                              0 if tail.isupper() else re.I)
                # "Director, Human Resources" is a signatory's title and department, not an organisation's
                if m and org_like(m.group(1), people, printed) and not roles.search(m.group(1).lower()):
                    return m.group(1).strip(" ,")
            dept = next((t for t in tails if text.lower().startswith(t.lower()) and (
                re.search(f"[{CJK}]", t) or not text[len(t):len(t) + 1].isalpha())), None)
            if dept and i > 0 and lines[i - 1].page == ln.page and len(text) <= 24 \
                    and not roles.search(text[len(dept):].lower()) \
                    and not _signatory(lines, i - 1, closings):  # "Payroll Manager" is a signatory's title
                # and the line under a closing ("Yours sincerely, / Helen Marsh / Payroll Office") is the signatory
                # a department on its own line under its organisation's ("蓝海供应链管理有限公司 / 人力资源部薪酬组")
                name = fold(join_words(lines[i - 1].cells()[0])).strip(" ,")
                if org_like(name, people, printed):
                    return name
            rest = _after_mark(text, v.seal_marks)
            if rest is not None:
                rest = rest.strip(" ()（）:：")
                if rest and org_like(rest, people, printed):
                    return rest
                nxt = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].page == ln.page else None
                if not rest and nxt is not None:
                    name = fold(join_words(nxt.cells()[0])).strip()
                    if org_like(name, people, printed):
                        return name
    return _after_title(lines, people, printed)


def _short_signoff(text: str, closings: Sequence[str]) -> str | None:
    """The organisation a short sign-off names: a cell that starts (after a closing: "Yours faithfully, for …")
    with "For", "Signed for", "Per" or "p.p." and runs to an organisation's legal form and no further ("For
    Highveld Packaging (Pty) Ltd", as India, Pakistan, Nigeria and South Africa sign). The legal form is required:
    "For the month of October" is no sign-off."""
    low = text.lower()
    for c in closings:
        if low.startswith(c):
            text = text[len(c):].lstrip(" ,")
            break
    m = _p().short_signoff.match(text)
    if not m:
        return None
    rest = text[m.end():].strip(" ,.:")
    found = _p().org_en.search(rest)
    return rest if found and found.start() == 0 and found.end() >= len(rest) - 1 else None


@lru_cache(maxsize=4)
def _roles(v: Vocabulary) -> re.Pattern[str]:
    """The vocabulary's ``job_title_words`` as one pattern (whole words, lower case)."""
    return re.compile(r"(?<![a-z])(?:" + _alt(sorted((fold(w).lower() for w in v.job_title_words), key=len,
                                                     reverse=True)) + r")(?![a-z])")


def _signatory(lines: Sequence[Line], i: int, closings: Sequence[str]) -> bool:
    """Whether line ``i`` is the first after a letter's closing (one of ``closings``, folded and lower-case:
    "Yours sincerely,") on its page: where the signatory's own name is printed."""
    if i < 1 or lines[i - 1].page != lines[i].page:
        return False
    low = fold(lines[i - 1].text).lower().strip(" ,.")
    return any(low.startswith(c) for c in closings)


SIGNOFF_LINES = 5  # a signatory's block: the lines after the closing that hold the name, job title and organisation


def _after_title(lines: Sequence[Line], people: Sequence[str], printed: frozenset[str] = frozenset()) -> str | None:
    """The organisation a signatory's block names under the job title: among the :data:`SIGNOFF_LINES` lines after
    a closing (the vocabulary's ``letter_closings``: "Yours sincerely,"), the line right after one that holds a job
    title's word (``job_title_words``: "Payroll Manager"), when it can be a name (:func:`org_like`)."""
    v = load_vocabulary()
    closings = [fold(c).lower() for c in v.letter_closings]
    roles = _roles(v)
    for i, ln in enumerate(lines):
        low = fold(ln.text).lower().strip(" ,.")
        if not any(low.startswith(c) for c in closings):
            continue
        block = [b for b in lines[i + 1:i + 1 + SIGNOFF_LINES] if b.page == ln.page]
        for above, below in zip(block, block[1:], strict=False):
            if roles.search(fold(above.text).lower()) and not roles.search(fold(below.text).lower()):
                name = fold(below.text).strip(" ,.")
                if org_like(name, people, printed):
                    return name
    return None


def _copyright_org(lines: Sequence[Line], people: Sequence[str], printed: frozenset[str] = frozenset()
                   ) -> str | None:
    """The owner a copyright line names (the vocabulary's ``copyright_marks``): "© 2026 Harbourview Logistics Pty
    Ltd. All rights reserved." → "Harbourview Logistics Pty Ltd"; "© 2026 华岳物流 版权所有" → "华岳物流" (a mark
    after the name ends it). None when no such line names one (:func:`org_like`)."""
    marks = load_vocabulary().copyright_marks
    for ln in lines:
        text = fold(ln.text)
        rest = _after_mark(text, marks)
        if rest is None:
            continue
        rest = re.sub(r"^[\s,]*(?:(?:19|20)\d\d\s*[-–—]?\s*)+", "", rest)
        for m in marks:  # a second mark after the name ("版权所有") ends it
            at = rest.lower().find(fold(m).lower())
            if at > 0:
                rest = rest[:at]
        rest = re.split(r"\.\s+|\s+[-–—|]\s+|[。，,;；]", rest)[0].strip(" .")
        if rest and org_like(rest, people, printed):
            return rest
    return None


def _registered_org(lines: Sequence[Line], people: Sequence[str], printed: frozenset[str] = frozenset()
                    ) -> str | None:
    """The organisation a footer's registration line names before its mark (the vocabulary's
    ``registration_marks``): "Riverside Borough Council. Registered office: 14 Quay Street" → "Riverside Borough
    Council"; "Kestrel Analytics, registered in England and Wales No. 0712…"; "华岳物流 地址：…" → "华岳物流". The text
    before the mark in its line, cut at a separator (". ", ", ", " | ", " - "), when it can be a name
    (:func:`org_like`); None otherwise."""
    marks = load_vocabulary().registration_marks
    if not marks:
        return None
    pat = re.compile(r"(?i)(?<![A-Za-z])(?:" + _longest_first([fold(m) for m in marks]) + r")(?![a-z])")
    for ln in reversed(lines):  # a footer: the last lines first
        text = fold(ln.text)
        m = pat.search(text, 1)
        if m is None:
            continue
        at = m.start()
        before = re.split(r"\.\s+|,\s+|\s+[-–—|]\s+|[。，;；|]", text[:at].strip(" .,|-–—:："))
        name = before[-1].strip(" .,") if before else ""
        if name and org_like(name, people, printed):
            return name
    return None


def prominent_org(lines: Sequence[Line], people: Sequence[str] = (), printed: frozenset[str] = frozenset()
                  ) -> str | None:
    """The issuer of a document that names it under no label and by no organisation's form: the name printed
    largest in its letterhead (:func:`_letterhead_org`), else the one it is signed for (:func:`_signed_org`), else
    the owner of its copyright footer (:func:`_copyright_org`), else the name before a footer's registration mark
    (:func:`_registered_org`). Never a title, a label, a date, an amount, an
    address, a table's word, one of ``people`` or of ``printed`` (:func:`org_like`). A guess by position and prominence: the caller
    gives it a confidence below 0.6 (packet.understanding.evidence ``prominence``) so that the user confirms it."""
    return (_letterhead_org(lines, people, printed) or _sender_org(lines, people, printed)
            or _signed_org(lines, people, printed)
            or _copyright_org(lines, people, printed) or _registered_org(lines, people, printed)
            or domain_org(lines, people))


SENDER_BLOCK = 5  # lines under a letterhead's name looked through for its postal address (department, section, box)


def _sender_org(lines: Sequence[Line], people: Sequence[str] = (), printed: frozenset[str] = frozenset()) -> str | None:
    """The name that opens page 1 over its own postal address: the first line of words (:func:`_stray` marks
    before it skipped), in its top :data:`PROMINENT_TOP`, a cell that can be an organisation's name
    (:func:`org_like`, no person's shape) with, under it, aligned on its left or its right edge (a letterhead set
    flush right: "States of Guernsey / Employment & Social Security / … / PO Box 43 / St Peter Port GY1 3FH") and
    close (:data:`ADDRESS_GAP` line heights), within :data:`SENDER_BLOCK` lines a street line or a PO box
    (:func:`_street_line`) or a town's line with its postcode. The sender's block of a letter comes first (the
    addressee's, a person's name, under or beside it). None otherwise; a guess by position (``prominence``)."""
    first = min((ln.page for ln in lines if ln.page >= 0), default=0)
    page = [ln for ln in lines if ln.page == first]
    lead = next((k for k, ln in enumerate(page[:PROMINENT_LINES]) if not _stray(ln)), None)
    if lead is None or page[lead].y0 > PROMINENT_TOP or _body_starts(page[lead], labels=False):
        return None
    ln = page[lead]
    for cell in spaced_cells(ln.cells()):
        cell = without_mark(cell)
        name = title_cut(fold(join_words(cell))).strip(" ,")
        if not name or not org_like(name, people, printed) or _person_shape(name) and not _p().org_en.search(name):
            continue
        left, right = cell[0].box[0], cell[-1].box[2]
        y1, height = ln.y1, max(ln.y1 - ln.y0, 0.006)
        for nxt in page[lead + 1:lead + 1 + SENDER_BLOCK]:
            if nxt.y0 - y1 > ADDRESS_GAP * height:
                break
            here = [c for c in nxt.cells() if abs(c[0].box[0] - left) < ADDRESS_X or abs(c[-1].box[2] - right) < ADDRESS_X]
            if not here:
                continue
            row = fold(join_words(here[0])).strip()
            if _street_line(row) or (_POSTCODE.search(row) and not _money_or_date(row)):
                return name
            y1 = nxt.y1
    return None


DOMAIN_HEAD = 12  # lines of page 1 in which a name its web domain spells is looked for
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://(?:www\.)?)([a-z0-9][a-z0-9-]{2,62})\.[a-z]{2,}", re.I)


def domain_org(lines: Sequence[Line], people: Sequence[str] = ()) -> str | None:
    """An organisation named under no label and by no legal form, known by its own web or email domain: a cell of
    page 1's first :data:`DOMAIN_HEAD` lines of two to five capitalised words whose letters, spaces dropped, spell the
    domain's name ("Wolf Fuels" beside "contact@wolffuels.com"; a hold-out set's payslips, read after it was judged).
    Never one of ``people``, a cell with a digit or a colon, or a domain of a mail provider's (one name many senders
    share: the vocabulary's ``mail_domains``). The name as printed, or None."""
    text = " ".join(ln.text for ln in lines)
    free = {d.lower() for d in load_vocabulary().mail_domains}
    names = {m.group(1).lower().replace("-", "") for m in _DOMAIN.finditer(text)} - free
    if not names:
        return None
    head = [ln for ln in lines if ln.page == 0][:DOMAIN_HEAD]
    for ln in head:
        for cell in ln.cells():
            value = fold(join_words(cell)).strip(" ,.|")
            words = value.split()
            if not 2 <= len(words) <= 5 or re.search(r"[\d:：@]", value) or value in people:
                continue
            if not all(w[:1].isupper() or w in ("&", "and", "of") for w in words):
                continue
            if re.sub(r"[^a-z0-9]", "", value.lower()) in names:
                return value
    return None


@from_registry
def _org_label_re() -> re.Pattern[str] | None:
    """Every Chinese label of an organisation field of any document type ("用人单位", "派遣单位", "开票单位"), and the
    vocabulary's Chinese distractors ending in one's last two characters ("用工单位"), as one pattern."""
    types = load_types().values()
    labels = {lb for t in types for f, ls in t.labels.items() if t.kind(f) in ("org", "bank") for lb in ls
              if re.fullmatch(f"[{CJK}]{{2,}}", lb)}
    tails = {lb[-2:] for lb in labels}
    labels |= {d for d in load_vocabulary().distractors if re.fullmatch(f"[{CJK}]{{2,}}", d) and d[-2:] in tails}
    if not labels:
        return None
    return re.compile("|".join(re.escape(lb) for lb in sorted(labels, key=len, reverse=True)))


def _after_org_label(name: str) -> str:
    """``name`` after the last organisation label printed in it (:func:`_org_label_re`): a Chinese sentence or a
    form's cell read as one name from its first character ("工资由派遣单位苏州恒信人力资源服务有限公司" names
    "苏州恒信人力资源服务有限公司"); ``name`` itself when no label is in it or nothing follows the label."""
    pat = _org_label_re()
    if pat is None:
        return name
    ends = [m.end() for m in pat.finditer(name)]
    return name[ends[-1]:].lstrip(" :：") if ends and name[ends[-1]:].strip(" :：") else name


def fuller_org(value: str | None, lines: Sequence[Line]) -> str | None:
    """The fuller name the document prints for the organisation ``value`` names by a brand or a short form: a name
    found by an organisation's, a hospital's or a bank's pattern (legal form, provider word, "Bank") that starts
    with ``value``'s words but its last ("KAURI MEDICINE" → "Kauri Medical Centre"; "Bluewater Imaging" →
    "Bluewater Medical Group"; "State Bank" → "State Bank of India"), or that holds ``value`` whole (a Chinese
    brand "宏达机械" → "江城宏达机械制造有限公司"), or a cell of capitalised words starting so whose letters are the
    document's web or mail domain ("STANFORD MEDICINE" → "STANFORD HEALTH CARE", printed with
    stanfordhealthcare.org); longer than it, and the only such name printed. None otherwise."""
    if not value:
        return None
    pats = _p()
    cjk = bool(re.search(f"[{CJK}]", value))
    words = fold(value).split()
    if not cjk and (len(words) < 2 and len(value) < 4):
        return None
    stem = _key(" ".join(words[:-1] if len(words) > 1 else words))
    whole = _key(value)
    found: dict[str, str] = {}
    for ln in lines:
        for cell in ln.cells():
            text = fold(join_words(cell))
            for pat in (pats.org_zh, pats.provider_zh, pats.bank_zh) if cjk else (pats.org_en, pats.provider_en,
                                                                                   pats.bank_en):
                for m in pat.finditer(text):
                    name = pats.org_lead.sub("", m.group(0)).strip(" ,.:：()（）") if cjk else m.group(0).strip(" ,:")
                    if cjk:  # "工资由派遣单位苏州恒信…公司": a label run into the name is no part of it
                        name = _after_org_label(name)
                    # "State Bank" printed as "State Bank of India": the place after it belongs to the name
                    tail = re.match(r"\s+of\s+(?:[A-Z][A-Za-z'-]+\s?){1,3}", text[m.end():]) if not cjk else None
                    if tail:
                        name = (name + tail.group(0)).strip()
                    k = _key(name)
                    if len(k) <= len(whole) or not (k.startswith(stem) if not cjk else whole in k):
                        continue
                    found.setdefault(k, name)
    if not cjk:
        # a cell of capitalised words that starts with the brand's and is the name of the document's web or mail
        # domain ("STANFORD HEALTH CARE" and stanfordhealthcare.org): the name the organisation goes by
        domains = {d.replace("-", "") for ln in lines for d in re.findall(
            r"(?:www\.|@|//|\b)([a-z0-9-]{4,})\.(?:com|org|net|gov|edu|co|ac|nhs|health|[a-z]{2})\b", fold(ln.text).lower())}
        for ln in lines:
            for cell in ln.cells():
                text = fold(join_words(cell)).strip(" ,.")
                k = _key(text)
                if len(k) > len(whole) and k.startswith(stem) and k in domains and org_like(text):
                    found.setdefault(k, text)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def of_place(value: str | None, lines: Sequence[Line]) -> str | None:
    """``value`` (a bank's or an organisation's short name, "State Bank") with the place the document prints after
    it in the same cell ("State Bank of India": "of" and one to three words capitalised as the name is, the same
    every time it is printed so); None
    when it is never printed so, or with different places."""
    if not value or re.search(f"[{CJK}]", value):
        return None
    word = r"[A-Z][A-Z'-]+" if value.isupper() else r"[A-Z][a-z'-]+"  # the place printed as the name is
    pat = re.compile(rf"(?<![A-Za-z]){re.escape(value)}\s+(of|OF)\s+((?:{word})(?:\s+{word}){{0,2}})(?![A-Za-z])")
    found = {f"{value} {m.group(1)} {m.group(2)}" for ln in lines for cell in ln.cells()
             for m in pat.finditer(fold(join_words(cell)))}
    return next(iter(found)) if len(found) == 1 else None


TOP_NAME_LINES = 8  # the lines of a page's head looked through for a name printed without a label
LETTERHEAD_SIZE = 1.3  # a cell printed this much larger than the head's usual text is a letterhead's, not a name
TOP_NAME_CELLS = 3  # a line of more cells is a table's row or heads, not a name beside a date or a reference
TABLE_HEAD_GAP = 0.9  # a table's heading lines lie at most this many line heights apart, and over its first row


def _aligned(upper: Line, lower: Line) -> bool:
    """Whether ``lower``'s cells stand each under one cell of its own of ``upper`` (two cells or more): a row of
    heads over a row of values ("Team | Position" over "Line 3 | Operator", "班组 | 部门" over "一班 | 生产部")."""
    heads, row = upper.cells(), lower.cells()
    if len(row) < 2 or len(row) != len(heads):
        return False
    taken: set[int] = set()
    for c in row:
        over = [k for k, h in enumerate(heads) if h[0].box[0] < c[-1].box[2] and h[-1].box[2] > c[0].box[0]]
        if len(over) != 1 or over[0] in taken:
            return False
        taken.add(over[0])
    return True


def _column_words(text: str) -> bool:
    """Whether ``text`` holds a word that heads a column of figures: the year's (``avoid.money``: "YTD",
    "Cumulative", 累计) or the period's (``current_column_words``: "Current", 本月) — no person's name holds one."""
    v = load_vocabulary()
    low = fold(text).lower()
    return any(re.search(rf"(?<![a-z]){re.escape(fold(w).lower())}(?![a-z])", low)
               for w in (*v.avoid.get("money", ()), *v.current_column_words))


def top_name(lines: Sequence[Line], parse: Callable[[str], str | None], not_this: str = "") -> str | None:
    """A person's name printed without a label at the head of a page (a payslip's "Declan Moriarty" beside its
    pay period, "George Mathew" under "Employee Information", 栾宏斌 alone under the title): among the first
    :data:`TOP_NAME_LINES` lines of the first page, before the first line that prints a sure amount outside a date
    (the pay table begins; its heading lines, stacked over its first row within :data:`TABLE_HEAD_GAP` line
    heights, are left out too), a cell that ``parse`` reads whole as a name (nothing left over but spaces and
    punctuation) and that is no organisation's, bank's or provider's name, holds no figure, colon or heading word,
    and is no cell of a line of more than :data:`TOP_NAME_CELLS` cells nor of a row of heads over a row of values
    (:func:`_aligned`: "Cost Centre" heads a column, "Packing" is a value under "Department" — the kind of a cell
    is its place in the table). One name only: two different ones (a manager's beside the employee's) give None,
    and so does the name ``not_this`` (the issuer's own). A reading by place alone: the caller gives it a low
    confidence (the user confirms). Shapes: ``lines`` in reading order; returns the name as ``parse`` gives it."""
    if not lines:
        return None
    pats = _p()
    page = lines[0].page
    head: list[Line] = []
    for ln in lines[:TOP_NAME_LINES + 1]:
        if ln.page != page or any(h.marked for c in ln.cells() for text in [join_words(c)] if not find_dates(text)
                                  for h in find_money(text)):
            # the pay table begins: its heading lines, stacked close over its first row, are no part of the head,
            # nor the line right over that row when it holds no figure (the table's heading, however far apart)
            if head and not re.search(r"\d", head[-1].text):
                ln = head.pop()
            while head and ln.y0 - head[-1].y1 <= TABLE_HEAD_GAP * max(head[-1].y1 - head[-1].y0, 0.004):
                ln = head.pop()
            break
        head.append(ln)
    head = head[:TOP_NAME_LINES]
    table: set[int] = set()
    for k in range(len(head) - 1):
        if _aligned(head[k], head[k + 1]):
            table.update((k, k + 1))
    found: set[str] = set()
    sizes = sorted(_height(c) for ln in head for c in ln.cells())
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    for k, ln in enumerate(head):
        if k in table or len(ln.cells()) > TOP_NAME_CELLS:
            continue  # a row of a table, or of its heads ("工号 姓名 岗位薪资 … 年金 …"): no name alone
        for cell in ln.cells():
            text = fold(join_words(cell)).strip()
            if not text or re.search(r"[\d:：@/#]", text) or _heading_words(text) or _column_words(text):
                continue
            if usual and _height(cell) >= LETTERHEAD_SIZE * usual:
                continue  # printed larger than the head's text: a letterhead's name ("Obsidian XI"), not a person's
            name = parse(text)
            if not name or re.sub(r"[\s.,]", "", name) != re.sub(r"[\s.,]", "", text):
                continue
            if pats.org_en.search(text) or pats.org_zh.search(text) or pats.bank_en.search(text) \
                    or is_provider(text) or is_org_name(text):
                continue
            if not_this and fold(name).casefold() in fold(not_this).casefold():
                continue
            found.add(name)
    return found.pop() if len(found) == 1 else None


_MARK = re.compile(r"^([A-Z]{2,4})\s+([A-Z].*)$")  # a short all-capital run, then a name starting with a capital


LOGO_TALL = 1.3  # a logo's glyph stands at least this many times as tall as the name's characters printed beside it


def _logo_glyph(value: str, lines: Sequence[Line]) -> str | None:
    """``value`` without its first character when that character is a logo's glyph read before the name: on the line
    printing the name, a word of that one character of its own, ending left of the name's word, at least
    :data:`LOGO_TALL` times as tall as it (a brand's initial in a square beside a clinic's letterhead, "康" before
    "许昌市魏都区康贝口腔门诊部"; the name's own first character is as tall as the rest). None when no such word is
    printed (the name stays as read)."""
    v = value.strip()
    if len(v) < 4 or not re.match(rf"[{CJK}]", v):
        return None
    first, rest = fold(v[0]), fold(v[1:])
    for ln in lines:
        for a, b in zip(ln.words, ln.words[1:], strict=False):
            name = fold(b.text).replace(" ", "")
            if fold(a.text).strip() != first or not name or not (rest.startswith(name) or name.startswith(rest)):
                continue
            tall, short = a.box[3] - a.box[1], b.box[3] - b.box[1]
            if a.box[2] <= b.box[0] and short > 0 and tall >= LOGO_TALL * short:
                return v[1:].strip()
    return None


def without_logo_mark(value: str | None, lines: Sequence[Line]) -> str | None:
    """``value`` (an organisation's name as read) without a logo's letters glued before it: a run of 2-4 capitals
    and a space at its start ("CP Castlegate Print Solutions Ltd", the monogram in a box beside the letterhead's name,
    read on its line) when the document prints the rest ("Castlegate Print Solutions Ltd") elsewhere without it
    more often than with it (its sign-off, its footer), or when the run is the initials of the name's first words (a
    monogram: "NH NGWA HERITAGE MICROFINANCE BANK"), so the run is the logo's, not the name's. ``value`` as it
    is otherwise (a name that always carries the run, "BP Oil UK Ltd" printed so each time, keeps it), and for a
    name of one word after the run (no name is left to stand alone). A trial's redundancy letter; tested with
    generated letterheads (tests/test_letters_r20.py). A Chinese name's logo glyph read before it: :func:`_logo_glyph`."""
    if not value:
        return value
    glyph = _logo_glyph(value, lines)
    if glyph is not None:
        return glyph
    m = _MARK.match(fold(value).strip())
    if m is None or len(m.group(2).split()) < 2:
        return value
    mark, rest = m.group(1), m.group(2).strip()
    initials = "".join(w[0] for w in rest.split()[:len(mark)]).upper()
    if initials == mark.upper():
        return value.strip()[len(mark):].strip()  # a monogram of the name's own initials ("NH NGWA HERITAGE …")
    text = " ".join(fold(ln.text) for ln in lines)
    name = re.escape(rest).replace(r"\ ", r"\s+")
    alone = len(re.findall(rf"(?<![A-Za-z0-9])(?<!{mark} ){name}(?![A-Za-z0-9])", text))
    marked = len(re.findall(rf"(?<![A-Za-z0-9]){mark}\s+{name}(?![A-Za-z0-9])", text))
    return value.strip()[len(mark):].strip() if alone > marked else value
