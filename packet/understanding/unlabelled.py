"""Fallbacks for fields printed without a label: letterheads, prose ("兹证明张伟…"), a lone date line.

Used by :mod:`packet.understanding.extract` only after the label search found nothing. Each function returns a
normalised value or None; a guess that is likely wrong returns None (the report then asks for it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from packet.understanding.label_geometry import Line, join_words
from packet.understanding.values import clean, find_dates, find_money, fmt_money, fold

CJK = "\u3400-\u9fff"
ORG_ZH = re.compile(
    rf"[{CJK}()（）]{{2,30}}?(?:有限责任公司|股份有限公司|有限公司|集团|公司|工作室|厂|研究院|研究所|事务所|"
    r"人力资源和社会保障局|社会保障局|就业服务中心|服务中心|学校|大学)")
ORG_EN = re.compile(
    r"\b(?:[A-Z][\w&'.-]*\s+){0,5}?(?:[A-Z][\w&'.-]*)\s+(?i:Ltd\.?|Limited|LLC|Inc\.?|plc|Corporation|Corp\.?|"
    r"Co\.|Group|LLP|GmbH|Company)(?![\w])|\bJobcentre Plus\b|\bDepartment for Work and Pensions\b")
BANK_ZH = re.compile(rf"(?:中国)?[{CJK}]{{2,10}}?银行(?:股份有限公司)?(?:[{CJK}]{{2,8}}?(?:分行|支行))?")
BANK_EN = re.compile(
    r"\b(?:HSBC(?: UK)?(?: Bank)?(?: plc)?|Barclays(?: Bank)?(?: UK)?(?: PLC| plc)?|NatWest|Lloyds(?: Bank)?|Santander(?: UK)?|"
    r"Nationwide(?: Building Society)?|Halifax|TSB(?: Bank)?|Monzo(?: Bank)?|Starling(?: Bank)?|Chase(?: Bank)?|"
    r"Citibank|Wells Fargo(?: Bank)?|Bank of America|Capital One|"
    r"(?:[A-Z][A-Za-z&]+\s+){1,3}Bank(?:\s+(?:plc|PLC|N\.A\.|UK))?|Bank of (?:[A-Z][a-z]+\s?){1,3})")
PROVIDER_ZH = re.compile(rf"[{CJK}]{{2,20}}?(?:医院|卫生院|诊所|卫生服务中心|医疗中心|门诊部)")
PROVIDER_EN = re.compile(
    r"\b(?:[A-Z][\w'&.-]*\s+(?:(?:of|and|&|the)\s+)?){0,5}(?:Hospital|Clinic|Medical Cent(?:re|er)|Health Cent(?:re|er)|"
    r"Surgery|Infirmary|NHS(?: Foundation)? Trust)(?:\s+of(?:\s+[A-Z][\w'-]*){1,3})?")
_LABEL_WORDS = ("开户银行", "银行名称", "开户行", "银行流水", "银行卡", "银行账号", "银行对账单")
_BIRTH = re.compile(r"出生|生日|date of birth|\bdob\b|born", re.I)


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


_GENERIC_ORG = re.compile(r"[我本贵该此][公单]|[我本贵该]司|我院|本院")


def org(lines: Sequence[Line], limit: int | None = None, sealed_first: bool = False) -> str | None:
    """An organisation's name: a company or office named in the first lines (or by its seal)."""
    pool = list(lines[:limit])
    if sealed_first:
        pool = [ln for ln in lines if re.search(r"盖章|公章|\(seal\)", ln.text, re.I)] + pool
    for ln in pool:
        text = fold(ln.text)
        for pat in (ORG_ZH, ORG_EN):
            for m in pat.finditer(text):
                value = re.sub(r"^[()（）]*(?:系|在|于|与|为|经|由|原|是|兹证明|证明)?", "", m.group(0)).strip(" ,.:：()（）")
                if len(value) >= 4 and not _GENERIC_ORG.search(value):
                    return value
    return None


_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx|MR|MRS|MS|MISS|DR)\.?\s+([A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){1,3})\s*$")


def titled_name(lines: Sequence[Line], limit: int = 20) -> str | None:
    """A name on its own line with a courtesy title (the address block of a statement)."""
    for ln in lines[:limit]:
        m = _TITLED.match(fold(ln.text).strip())
        if m:
            return m.group(1)
    return None


def bank(lines: Sequence[Line]) -> str | None:
    return first_match(lines, [BANK_EN, BANK_ZH], 12, exclude=_LABEL_WORDS)


def provider(lines: Sequence[Line]) -> str | None:
    return first_match(lines, [PROVIDER_ZH, PROVIDER_EN], 15)


_PERSON_ZH = [re.compile(rf"{w}[ \t]*[:：]?[ \t]*([{CJK}·]{{2,5}}?)[ \t]*(?:同志|先生|女士|[，,（(]|系|为|自|于|身份|在)")
              for w in ("兹证明", "兹有", "证明", "职工", "员工")]
_PERSON_EN = re.compile(
    r"(?:certify that|confirm that|confirms that|to certify|regarding|RE:|Re:|Dear)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?"
    r"([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+){1,3})")


def person(lines: Sequence[Line]) -> str | None:
    """The person a letter is about: 兹证明张伟同志… / This is to certify that John Smith …"""
    zh = "\n".join(re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", fold(ln.text)) for ln in lines)
    for pat in _PERSON_ZH:
        m = pat.search(zh)
        if m:
            return m.group(1)
    en = " ".join(fold(ln.text) for ln in lines)
    for m in _PERSON_EN.finditer(en):
        name = re.sub(r"\s+(?:Has|Was|Is|Who|Of|From|At|Employee|Worked|Joined)\b.*$", "", m.group(1))
        if len(name.split()) >= 2:
            return name
    return None


def letter_date(lines: Sequence[Line], dayfirst: bool) -> date | None:
    """A letter's date: the last date standing alone in its cell (the letterhead's or the signature's),
    else the first date of the first lines, else the last date printed."""
    alone: list[date] = []
    every: list[date] = []
    for ln in lines:
        if _BIRTH.search(ln.text):
            continue
        for cell in ln.cells():
            text = clean(join_words(cell))
            hits = [h for h in find_dates(text, dayfirst) if h.precision == "day"]
            every.extend(h.value for h in hits)
            if len(hits) == 1:
                rest = (text[: hits[0].start] + text[hits[0].end:]).strip()
                rest = re.sub(r"(?i)^(date|dated|日期|出具日期|开具日期)\s*[:：]?", "", rest).strip(" ,.")
                if len(rest) <= 2:
                    alone.append(hits[0].value)
    if alone:
        return alone[-1]
    top = first_date(lines[:12], dayfirst)
    return top or (every[-1] if every else None)


def first_date(lines: Sequence[Line], dayfirst: bool) -> date | None:
    for ln in lines:
        text = clean(ln.text)
        if _BIRTH.search(text):
            continue
        for h in find_dates(text, dayfirst):
            if h.precision == "day":
                return h.value
    return None


def money_after(lines: Sequence[Line], words: Sequence[str], span: int = 40) -> str | None:
    """An amount printed shortly after one of ``words`` in the running text (prose across line breaks)."""
    flat = clean(" ".join(ln.text for ln in lines))
    flat = re.sub(rf"(?<=[{CJK}])\s+(?=[{CJK}])", "", flat)
    low = flat.lower()
    for w in words:
        for m in re.finditer(re.escape(fold(w).lower()), low):
            window = flat[m.end(): m.end() + span]
            for h in find_money(window):
                if h.marked:
                    return fmt_money(h.value)
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
