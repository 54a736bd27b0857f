"""What every stage means by Chinese text, and folding text for comparison.

One place for "CJK": :data:`CJK` is the regex class of the ideographs that names, labels and values are
written in (used inside ``[...]`` of a pattern), :func:`has_cjk` tests a text for one. Two wider notions
are kept beside it, named for what they are for: :func:`unspaced_script` (scripts written without spaces,
CJK punctuation and kana/hangul included: where OCR words are glued back together) and :func:`is_wide`
(characters set two columns wide when laying out a label). :func:`fold` is the width/dash folding every
comparison of printed text goes through; :func:`same_name` compares people's names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from packet.core.traditional import simplified_table

CJK = "\u3400-\u9fff"  # CJK ideographs (Extension A and the Unified block), as the body of a regex class
CJK_RE = re.compile(f"[{CJK}]")

# CJK ideographs, CJK and full-width punctuation, kana/hangul: scripts written without spaces.
UNSPACED_RANGES = (
    (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x31BF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F),
)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK ideograph (:data:`CJK`)."""
    return bool(CJK_RE.search(text))


def is_cjk(ch: str) -> bool:
    """Whether the single character ``ch`` is a CJK ideograph (:data:`CJK`)."""
    return bool(CJK_RE.fullmatch(ch))


def unspaced_script(ch: str) -> bool:
    """Whether the single character ``ch`` belongs to a script written without spaces (:data:`UNSPACED_RANGES`)."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in UNSPACED_RANGES)


def is_wide(ch: str) -> bool:
    """Whether ``ch`` takes two columns when a label's width is estimated: CJK radicals to ideographs,
    full-width forms and CJK punctuation."""
    return "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f"


# superscript and subscript digits: footnote marks, exponents, or what a PDF font without the rupee sign prints in
# its place ("¹1,850.00" for "₹1,850.00") — never digits of a value, so NFKC must not turn them into digits
_RAISED_DIGITS = str.maketrans({c: " " for c in "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"})


def fold_width(text: str) -> str:
    """Full-width to ASCII (NFKC), unify dashes and ideographic spaces; keeps CJK characters as printed. Superscript
    and subscript digits become spaces (a footnote mark or a stand-in glyph is no digit of an amount)."""
    text = unicodedata.normalize("NFKC", text.translate(_RAISED_DIGITS))
    return text.replace("\u2212", "-").replace("\u2013", "–").replace("\u3000", " ").replace("\u00a0", " ")


def fold(text: str) -> str:
    """:func:`fold_width`, then Traditional Chinese characters to Simplified ones, one for one
    (:func:`packet.core.traditional.to_simplified`: 薪資 → 薪资, 帳號 → 账号), so the vocabulary, written once in
    Simplified, matches pages in either script. Same length as :func:`fold_width` of the same text; a value taken
    from it is given back in the printed characters by :func:`packet.core.traditional.in_printed_script`."""
    text = fold_width(text)
    return text if text.isascii() else text.translate(simplified_table())


# Latin letters that no accent makes: a stroke or a ligature is part of the letter itself, so Unicode gives them no
# decomposition (Polish Ł, Danish and Norwegian Ø and Æ, Icelandic Ð and Þ, German ß, Turkish ı, Croatian Đ). Their
# Unicode names say which letter each stands for: "LATIN SMALL LETTER L WITH STROKE" is an l; the few named otherwise
# are given by their first letter or sound (AE, OE: a, o; ETH: d; THORN: t; SHARP S: s; DOTLESS I: i).
_LETTER_NAME = re.compile(r"LATIN (SMALL|CAPITAL) (?:LETTER|LIGATURE) (?:([A-Z]) WITH .+|(DOTLESS|AE|OE|ETH|THORN|SHARP) ?([A-Z])?)")
_NAMED = {"DOTLESS": "i", "AE": "a", "OE": "o", "ETH": "d", "THORN": "t", "SHARP": "s"}


@lru_cache(maxsize=512)
def _plain_letter(ch: str) -> str:
    """The plain letter [A-Za-z] a Latin letter with marks, a stroke or a ligature stands for; ``ch`` itself
    otherwise (digits, punctuation, other scripts)."""
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and base[0].isascii() and base[0].isalpha() and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    if ch.isascii() or not ch.isalpha():
        return ch
    m = _LETTER_NAME.fullmatch(unicodedata.name(ch, ""))
    if not m:
        return ch
    letter = m.group(2) or _NAMED[m.group(3)]
    return letter.lower() if m.group(1) == "SMALL" else letter.upper()


def plain_latin(text: str) -> str:
    """``text`` with the accents of its Latin letters taken off ("Ciarán" -> "Ciaran", "Siân" -> "Sian", "Zoë" ->
    "Zoe"), one character for each: for the shape checks of names written in [A-Za-z] (Irish, Welsh, French, Māori
    and Vietnamese names carry diacritics; a check made on the letters alone holds for them too). Letters with a
    stroke or ligatures, which Unicode does not decompose, are given as the letter they stand for ("Łukasz" ->
    "Lukasz", "Solskjær" -> "Solskjar", "Guðmundsdóttir" -> "Gudmundsdottir": :func:`_plain_letter`). Every other
    script is kept as it is."""
    return "".join(_plain_letter(ch) for ch in text)


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def name_key(name: str, titles: Sequence[str] = (), honorifics: Sequence[str] = ()) -> str:
    """A name folded for comparison: full-width, case, spaces and dots removed, and a courtesy title
    (one of ``titles``, lower case, before the name) or honorific (one of ``honorifics``, after it) dropped.
    A Latin name's words are sorted, so the order they are written in does not matter."""
    text = fold(name).casefold()
    if titles:
        text = re.sub(rf"^({_alternatives(titles)})\.?\s+", "", text.strip())
    else:
        text = text.strip()
    if honorifics:
        text = re.sub(rf"({_alternatives(honorifics)})$", "", text)
    if has_cjk(text):
        return re.sub(r"[\s·.•]", "", text)
    parts = sorted(p for p in re.split(r"[\s,.]+", text) if p)
    return " ".join(parts)


def same_name(a: str, b: str, titles: Sequence[str] = (), honorifics: Sequence[str] = ()) -> bool:
    """Names equal after :func:`name_key`; Latin names also match in any order or with a middle name more.
    ``titles`` and ``honorifics`` are the courtesy words to ignore (the registry's vocabulary)."""
    ka, kb = name_key(a, titles, honorifics), name_key(b, titles, honorifics)
    if ka == kb:
        return True
    sa, sb = set(ka.split()), set(kb.split())
    return len(sa) >= 2 and len(sb) >= 2 and (sa <= sb or sb <= sa)


def one_edit(a: str, b: str) -> bool:
    """Whether words ``a`` and ``b`` are equal or differ by one substituted, missing or extra character (Levenshtein
    distance at most 1): the commonest OCR slip in a word ("Empioyer" for "Employer", "Omondl" for "Omondi")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _near(a: str, b: str) -> bool:
    """Two words of a Latin name that may be one word read twice: equal, one an initial of the other ("j" and
    "jane"), or, both of 4 letters or more, one character apart (replaced, added or dropped: an OCR slip, "smlth")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    return one_edit(a, b)


def _latin_words(key: str) -> list[str]:
    """The words of a folded Latin name (:func:`name_key`), hyphenated parts apart, letters only."""
    return [w for w in (re.sub(r"[\W\d_]", "", w) for w in re.split(r"[\s\-‐]+", key)) if w]


def _family(core: str, compound: Sequence[str]) -> str:
    return next((c for c in compound if core.startswith(c) and len(core) > len(c)), core[:1])


def other_person(seen: str, wanted: str, titles: Sequence[str] = (), honorifics: Sequence[str] = (),
                 variants: Mapping[str, str] | None = None, compound: Sequence[str] = (),
                 romanised: Collection[str] = ()) -> bool:
    """Whether the name ``seen`` (printed on a document) is clearly someone else's than ``wanted`` (the applicant's),
    not the same person written another way. Latin names: no word in common, a word counting as common when it is
    the same up to one character (an OCR slip) or an initial of the other's word; hyphenated parts are words of their
    own (a married name keeps the given names; a middle name or an initial adds a word). Chinese names: the family
    name (a ``compound`` surname, else the first character) differs and at most one character is shared, after
    ``variants`` (traditional -> simplified characters) folded both. A Chinese name and one in Latin letters: clearly
    different only when no word of the Latin one is (up to an OCR slip) a spelling of a Chinese family name
    (``romanised``, lower case; empty: never): "Jane Smith" is not 王秀兰, "Mary Chan" or "Wei Zhang" may be her name
    written in Latin letters. A Latin name of a single word is never clearly different (a lone given name). ``titles``/``honorifics`` as
    :func:`name_key`. A mechanism of the team's brief (round 19): the build refuses a document naming someone else."""
    ka, kb = name_key(seen, titles, honorifics), name_key(wanted, titles, honorifics)
    if not ka or not kb:
        return False
    if has_cjk(ka) != has_cjk(kb):
        latin, han = (kb, ka) if has_cjk(ka) else (ka, kb)
        words = _latin_words(latin)
        if not romanised or len(words) < 2 or len([ch for ch in han if is_cjk(ch)]) < 2:
            return False
        return not any(_near(w, r) for w in words for r in romanised if len(w) > 1)
    if has_cjk(ka):
        table = str.maketrans(dict(variants or {}))
        a = "".join(ch for ch in ka.translate(table) if is_cjk(ch))
        b = "".join(ch for ch in kb.translate(table) if is_cjk(ch))
        if len(a) < 2 or len(b) < 2 or _family(a, compound) == _family(b, compound):
            return False
        shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
        return shared <= 1
    wa, wb = _latin_words(ka), _latin_words(kb)
    if len(wa) < 2 or len(wb) < 2:
        return False
    return not any(_near(x, y) for x in wa for y in wb)


def not_same_person(seen: str, wanted: str, titles: Sequence[str] = (), honorifics: Sequence[str] = (),
                    variants: Mapping[str, str] | None = None) -> bool:
    """Whether ``seen`` names another person than ``wanted`` though they may be family (a parent and child share
    a family name, which :func:`other_person` takes as "maybe the same"). Beyond an OCR slip: Latin names, each has
    a word that matches none of the other's (up to one character, or as an initial): "Tom Pryce" is not "David
    Pryce", "D. Pryce" may be. Chinese names (after ``variants``, traditional -> simplified), the longer has at least
    two characters the other lacks and each has one (王小宇 is not 王建军; 王建车 may be 王建军 misread, 王建 part of
    it). False when either has fewer than two name characters or words, or when they are :func:`same_name`."""
    if not seen or not wanted or same_name(seen, wanted, titles, honorifics):
        return False
    ka, kb = name_key(seen, titles, honorifics), name_key(wanted, titles, honorifics)
    if has_cjk(ka) != has_cjk(kb):
        return False
    if has_cjk(ka):
        table = str.maketrans(dict(variants or {}))
        a = "".join(ch for ch in ka.translate(table) if is_cjk(ch))
        b = "".join(ch for ch in kb.translate(table) if is_cjk(ch))
        if len(a) < 2 or len(b) < 2:
            return False
        shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
        return shared < len(a) and shared < len(b) and max(len(a), len(b)) - shared >= 2
    wa, wb = _latin_words(ka), _latin_words(kb)
    if len(wa) < 2 or len(wb) < 2:
        return False
    return (any(not any(_near(x, y) for y in wb) for x in wa)
            and any(not any(_near(y, x) for x in wa) for y in wb))


MAX_PAGE_COUNT = 60  # a page count printed above this is a misread ("Page 1 of 2" read "of 21" stays possible)


def page_numbers(text: str, patterns: Sequence[str]) -> list[tuple[int, int]]:
    """Every page number a page prints as "n of m" ("Page 1 of 2", "第1页/共2页"): (n, m) pairs in the order found,
    by ``patterns`` (regular expressions with groups ``n`` and ``m``: the vocabulary's ``page_count_patterns``),
    kept when 1 <= n <= m <= :data:`MAX_PAGE_COUNT`. [] when the page prints none."""
    out = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            n, of = int(m.group("n")), int(m.group("m"))
            if 1 <= n <= of <= MAX_PAGE_COUNT:
                out.append((n, of))
    return out
