"""The case knows its people: a document's name field that no label gave, found by the names the case already has.

packet.toml's ``[applicant] name`` is the person almost every document of a case is about (their payslips, their
statements, their bills, their termination letter). When a document's person field (a field of kind ``name``:
employee, account_holder, patient, person) was not found, or only by a weak fallback (confidence below
:data:`packet.core.model.UNCERTAIN_BELOW`), the applicant's name is looked for in the document's words — as OCR and
issuers print it: spaces between Chinese characters (何 文 涛), family name first with or without a comma
(OMONDI, Kevin / OMONDI Kevin), in capitals, after a courtesy title, and, in a long Latin name read by OCR, one
letter off (Omondl: then with the known name's letters, in the page's case). Found, it is taken as printed on the
page, with evidence method ``case-name`` and a confidence
of :data:`CASE_NAME` (:data:`CASE_NAME_NEAR` for the one-letter-off reading): the case file's name says who is meant,
the page confirms it is printed; not a label's reading, so below 0.9, and the user is not asked to confirm a name
they gave. Next, a name another document of the same case gives for a person field with a confidence of at least
UNCERTAIN_BELOW is looked for the same way (a case without [applicant] name).

Never the other way: a name printed by a label stays, even when it differs from the applicant's (``name-mismatch``
warns about it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from packet.core.model import UNCERTAIN_BELOW, Evidence, Extracted, Page, Word
from packet.core.text import fold, fold_width, has_cjk, one_edit
from packet.rules.registry import load_types, load_vocabulary
from packet.understanding.evidence import ocr_factor

log = logging.getLogger(__name__)

# How sure a name found by the case's own names is: the name is known (the user typed it), only its place as this
# document's person is inferred — most documents of a case are about the applicant, a few name a relative (a child's
# bill). Below 0.9 (a second source would be needed) and above UNCERTAIN_BELOW (the user gave this name already).
CASE_NAME = 0.75
CASE_NAME_NEAR = 0.65  # one letter of a long Latin name read differently by OCR
NEAR_MIN_LETTERS = 10  # a name of at least this many letters may be found one letter off (shorter: another person)
METHOD = "case-name"


def _tokens(name: str) -> list[str]:
    """A Latin name's words, folded and lower-cased, a courtesy title and commas dropped."""
    titles = {t.lower() for t in load_vocabulary().titles}
    words = [w.strip(".,").lower() for w in fold(name).split()]
    return [w for w in words if w and w not in titles]


def _cased(word: str, printed: str) -> str:
    """``word`` (a known name's word, lower case) in the case ``printed`` (the page's reading of it) is in: capitals
    ("SEMIS!" → "SEMISI"), capitalised at each hyphen ("Okonkwo-bastlen" → "Okonkwo-Bastien"), or as given. A name
    one letter off is the known name misread (:func:`packet.core.text.one_edit`), so its letters are the known name's, not OCR's."""
    letters = [c for c in printed if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def _lines(page: Page) -> list[list[Word]]:
    out: dict[int, list[Word]] = {}
    for w in page.words:
        out.setdefault(w.line, []).append(w)
    return [sorted(ws, key=lambda w: w.box[0]) for _, ws in sorted(out.items())]


def _box(words: Sequence[Word]) -> tuple[float, float, float, float]:
    return (round(min(w.box[0] for w in words), 4), round(min(w.box[1] for w in words), 4),
            round(max(w.box[2] for w in words), 4), round(max(w.box[3] for w in words), 4))


def _evidence(page: Page, words: Sequence[Word], weight: float) -> Evidence:
    ocr = page.source == "ocr" or any(w.conf < 100 for w in words)
    # a clean OCR reading costs nothing; a doubtful one lowers the confidence, never under UNCERTAIN_BELOW: the
    # characters match a name the user gave
    reading = ocr_factor(min(w.conf for w in words)) if ocr else 1.0
    conf = max(UNCERTAIN_BELOW, round(weight * max(reading, 0.85), 3))
    return Evidence("ocr" if ocr else "text", conf, page.number, _box(words), METHOD)


def _find_cjk(pages: Sequence[Page], name: str) -> tuple[str, Evidence] | None:
    want = re.sub(r"[\s·.]", "", fold(name))
    if len(want) < 2:
        return None
    for page in pages:
        for words in _lines(page):
            chars = [(i, ch) for i, w in enumerate(words) for ch in re.sub(r"\s", "", fold(w.text))]
            text = "".join(ch for _, ch in chars)
            # the same characters as printed (Traditional ones too: 陳婉雯 is found as 陈婉雯 and given as printed)
            printed = "".join(re.sub(r"\s", "", fold_width(w.text)) for w in words)
            start = text.find(want)
            while start >= 0:
                end = start + len(want)
                # the whole name, not part of a longer run (张伟 inside 张伟明): it starts and ends a word, or
                # runs into a label, an honorific or a sentence's word (姓名张伟, 张伟同志, 张伟性别男, 兹有张伟于…)
                before = text[start - 1] if start else ""
                starts = start == 0 or chars[start][0] != chars[start - 1][0] or not _cjk_char(before) \
                    or _boundary(before) or len(want) >= 3  # a three-character name glued to a sentence's verb
                # ("仅供郭佳怡本人查阅") is the name: few such names end another
                ends = end == len(text) or chars[end][0] != chars[end - 1][0] or not _cjk_char(text[end]) \
                    or any(text.startswith(w, end) for w in _stops())
                if starts and ends:
                    used = sorted({chars[k][0] for k in range(start, end)})
                    shown = printed[start:end] if len(printed) == len(text) else want
                    return shown, _evidence(page, [words[i] for i in used], CASE_NAME)
                start = text.find(want, start + 1)
    return None


def _stops() -> tuple[str, ...]:
    """Words that may follow a name glued to it: honorifics, the vocabulary's ``name_stop`` (the next column's
    heading) and ``person_end_zh`` (a sentence's next word)."""
    v = load_vocabulary()
    return (*v.honorifics, *v.name_stop, *v.person_end_zh)


def _cjk_char(ch: str) -> bool:
    return bool(ch) and has_cjk(ch)


def _boundary(ch: str) -> bool:
    """A character that may follow or precede a name in running text: an honorific's first character, a label's
    last, a preposition of a sentence (张伟同志, 姓名张伟, 兹有张伟于…)."""
    v = load_vocabulary()
    return any(ch in w for w in (*v.honorifics, *v.person_end_zh, *v.person_lead_zh)) or ch in "名人者户"


def _find_latin(pages: Sequence[Page], name: str) -> tuple[str, Evidence] | None:
    want = _tokens(name)
    if len(want) < 2:
        return None
    n = len(want)
    letters = sum(len(w) for w in want)
    orders = [want] + ([want[-1:] + want[:-1]] if n >= 2 else [])
    for page in pages:
        for words in _lines(page):
            toks = [re.sub(r"[^\w'\-]", "", fold(w.text)).lower() for w in words]
            for i in range(len(toks) - n + 1):
                window = toks[i:i + n]
                for order in orders:
                    exact = window == order
                    near = not exact and letters >= NEAR_MIN_LETTERS and \
                        sum(a != b for a, b in zip(window, order, strict=True)) == 1 and \
                        all(one_edit(a, b) for a, b in zip(window, order, strict=True)) and \
                        all(len(b) >= 4 for a, b in zip(window, order, strict=True) if a != b)
                    if not (exact or near):
                        continue
                    printed = [fold(w.text).strip(",.;:") for w in words[i:i + n]]
                    if near:  # the one word OCR read a letter off is the known name's word, in the page's case
                        printed = [p if a == b else _cased(b, p) for p, a, b in zip(printed, window, order, strict=True)]
                    if order is not want:  # printed family name first: given name first, as printed
                        printed = printed[1:] + printed[:1]
                    return " ".join(printed), _evidence(page, words[i:i + n], CASE_NAME if exact else CASE_NAME_NEAR)
    return None


def find(pages: Sequence[Page], name: str) -> tuple[str, Evidence] | None:
    """``name`` as ``pages`` print it, with its evidence (method ``case-name``), or None when it is not printed.
    A Chinese name is matched whole, spaces aside, not as part of a longer run of characters; a Latin name's words
    in order or family name first, case, commas and a title aside, one letter off in a name of at least
    :data:`NEAR_MIN_LETTERS` letters."""
    if not name or not name.strip():
        return None
    return _find_cjk(pages, name) if has_cjk(name) else _find_latin(pages, name)


def _weak(value: str | None, ev: Evidence | None) -> bool:
    return value is None or ev is None or ev.confidence < UNCERTAIN_BELOW and ev.source != "case-file"


def fill(extracted: Sequence[Extracted], applicant_name: str | None) -> list[Extracted]:
    """``extracted`` with each person field (kind ``name``) that was not found, or found only below
    UNCERTAIN_BELOW, taken from the document's words where they print ``applicant_name`` (packet.toml's
    [applicant] name), else a name another document of the case gives for a person field with a confidence of at
    least UNCERTAIN_BELOW. A document split into several parts is searched whole for each part."""
    types = load_types()
    others: list[tuple[int, str]] = []  # (document index, name) read surely elsewhere in the case
    for i, item in enumerate(extracted):
        t = types.get(item.type)
        if not t:
            continue
        for values, evs in _parts(item):
            for f in t.fields:
                v, e = values.get(f), evs.get(f)
                if t.kind(f) == "name" and v and e is not None and e.confidence >= UNCERTAIN_BELOW \
                        and e.method != METHOD:
                    others.append((i, v))
    out = []
    for i, item in enumerate(extracted):
        t = types.get(item.type)
        names = [f for f in (t.fields if t else ()) if t.kind(f) == "name"]
        if not names:
            out.append(item)
            continue
        candidates = ([applicant_name] if applicant_name else []) + list(dict.fromkeys(
            v for k, v in others if k != i))
        new_parts = []
        changed = False
        for values, evs in _parts(item):
            values, evs = dict(values), dict(evs)
            for f in names:
                if not _weak(values.get(f), evs.get(f)):
                    continue
                for who in candidates:
                    got = find(item.document.pages, who)
                    if got:
                        log.info("%s: %s found as the case's person %r", item.document.rel, f, got[0])
                        values[f], evs[f] = got
                        changed = True
                        break
            new_parts.append((values, evs))
        if changed:
            item = replace(item, fields=dict(new_parts[0][0]), evidence=dict(new_parts[0][1]),
                           parts=tuple(p[0] for p in new_parts) if item.parts else (),
                           part_evidence=tuple(p[1] for p in new_parts) if item.parts else ())
        out.append(item)
    return out


def _parts(item: Extracted) -> list[tuple[dict, dict]]:
    if item.parts:
        evs = list(item.part_evidence) if len(item.part_evidence) == len(item.parts) else [{}] * len(item.parts)
        return [(dict(p), dict(e)) for p, e in zip(item.parts, evs, strict=True)]
    return [(dict(item.fields), dict(item.evidence))]
