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
from datetime import date
from functools import lru_cache

from packet.core.masking import mask
from packet.core.model import Classified, Extracted, Page
from packet.rules.registry import DocType, load_types
from packet.understanding import unlabelled as hx
from packet.understanding.label_geometry import (
    Line,
    doc_lines,
    find_labels,
    label_pattern,
    value_below,
    value_right,
)
from packet.understanding.values import (
    clean,
    clean_text,
    dayfirst_for,
    find_dates,
    find_money,
    fmt_money,
    fold,
    month_end,
    parse_date,
    parse_month,
    parse_range,
)

log = logging.getLogger(__name__)

KIND = {
    "employer": "org", "bank": "org", "provider": "org", "issuer": "org",
    "employee": "name", "account_holder": "name", "patient": "name", "person": "name",
    "period": "month", "period_start": "start", "period_end": "end", "date": "date",
    "gross_pay": "money", "net_pay": "money", "closing_balance": "money", "total": "money", "monthly_income": "money",
    "account_number": "account",
}
# Labels of things that are not our fields but contain our labels ("对方户名" holds "户名").
DISTRACTORS = ("出生日期", "date of birth", "入职日期", "入院日期", "打印日期", "交易日期", "记账日期", "开户日期",
               "对方户名", "对方账号", "对方账户", "对方名称", "对方户名/账号", "客户经理", "year to date", "本年累计",
               "employer's name", "employee id", "employee no", "员工编号", "工号", "national insurance", "身份证号",
               "sort code", "opening balance", "期初余额", "上期余额", "payment due date", "due date", "amount paid by insurance",
               "insurance paid", "paye ref", "employer paye ref", "employer's paye", "医疗机构类型", "机构类型", "医保支付", "统筹支付", "个人支付", "个人自付", "patient id", "patient number", "病人编号")
AVOID = {"money": ("ytd", "year to date", "本年累计", "累计", "大写", "this year", "本年")}
SPLIT_TYPES = ("payslip", "medical_bill", "income_proof", "unemployment_proof")
_NAME_STOP = re.compile(r"(性别|工号|部门|身份证|证件|职务|岗位|编号|账号|卡号|日期|电话|手机|年龄|科室|病历|住院号|门诊号|同志|先生|女士)")
# the last word of a column heading, not of a name: "Payroll number", "Payment date", "证件号码"
_LABELISH = re.compile(r"(?:\b(?:number|no|date|id|code|ref|reference|period|name|type|department|dept|status|title)"
                       r"|号码|编号|日期|名称|类型|部门|号)$")
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|mx)\.?\s+", re.I)


# --- value parsers per kind --------------------------------------------------------------------------

def p_money(text: str) -> str | None:
    hits = find_money(text)
    for h in hits:
        if h.marked:
            return fmt_money(h.value)
    if re.fullmatch(r"\s*[-(]?\s*[\d,.]+\s*\)?\s*", clean(text)) and hits:
        v = hits[0].value
        if not (1990 <= v <= 2100) and abs(v) < 10**8:
            return fmt_money(v)
    return None


def p_name(text: str) -> str | None:
    text = fold(text).strip()
    if hx.CJK and re.match(rf"[{hx.CJK}]", text):
        text = re.sub(rf"(?<=[{hx.CJK}])\s+(?=[{hx.CJK}])", "", text)
        m = re.match(rf"[{hx.CJK}·]{{2,8}}", text)
        if not m or text[m.end():].lstrip()[:1] in (":", "："):
            return None  # a run followed by a colon is the next label ("登记状态：失业"), not a name
        name = _NAME_STOP.split(m.group(0))[0]
        return name if 2 <= len(name) <= 5 else None
    text = _TITLE.sub("", text)
    words = []
    for tok in text.split():
        if not re.fullmatch(r"[A-Za-z][A-Za-z'\-.]*,?", tok) or tok.endswith(":"):
            break
        words.append(tok.rstrip(","))
        if tok.endswith(",") or len(words) == 4:
            break
    if len(words) < 2:  # a Latin name has a given name and a family name; one word is a heading or OCR noise
        return None
    return " ".join(words)


def p_org(text: str) -> str | None:
    text = re.sub(r"[（(]\s*(盖章|公章|seal|stamp)\s*[)）]", "", fold(text), flags=re.I)
    text = re.sub(r"^\s*\([^)]{0,8}\)\s*[:：]?\s*", "", text)  # OCR's "(St) :" before the name
    value = clean_text(text)
    if not value or not re.search(rf"[A-Za-z{hx.CJK}]{{2}}", value) or find_dates(value):
        return None
    return value[:80]


def p_account(text: str) -> str | None:
    m = re.search(r"(?<![\w])[\dXx*•·#\-\s]{4,40}", clean(text).replace("（", "(")) if text else None
    if not m:
        return None
    value = re.sub(r"[\s\-]", "", m.group(0)).replace("•", "*").replace("·", "*")
    value = re.sub(r"[Xx#]", "*", value).strip("*") if "*" not in value[-4:] else re.sub(r"[Xx#]", "*", value)
    if "*" in value:  # a masked number: only the digits after the mask are known, and only the last four count
        tail = re.sub(r"\D", "", value.split("*")[-1])
        return tail[-4:] if len(tail) >= 4 else None
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) >= 4 else None


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


def parser_for(field: str, t: DocType, label: str, dayfirst: bool) -> Callable[[str], str | None]:
    kind = KIND[field]
    if kind == "money":
        return p_money
    if kind == "name":
        return p_name
    if kind == "org":
        return p_org
    if kind == "account":
        return p_account
    if kind == "month":
        return lambda s: parse_month(s, dayfirst)
    if kind == "date":
        return lambda s: (d.isoformat() if (d := parse_date(s, dayfirst)) else None)
    # a period's start or end: from a range, or from a label that names only that end
    side = 0 if kind == "start" else 1
    other = "period_end" if kind == "start" else "period_start"
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

class _Reader:
    def __init__(self, t: DocType, lines: Sequence[Line], dayfirst: bool) -> None:
        self.t, self.lines, self.dayfirst = t, lines, dayfirst
        self.all_labels = sorted({lb for ls in t.labels.values() for lb in ls} | set(DISTRACTORS), key=len)
        self.vocab = _vocabulary()

    def stop(self, own: str) -> Callable[[str], bool]:
        """A cell that begins with another field's label ends the search for a value."""
        others = [lb for f, ls in self.t.labels.items() if f != own for lb in ls if lb not in self.t.labels.get(own, ())]
        others += list(DISTRACTORS)

        def is_label(text: str) -> bool:
            low = fold(text).lower().strip()
            for lb in others:
                m = label_pattern(lb).match(low)
                if m and (" " in lb.strip() or re.search(rf"[{hx.CJK}]", lb) or not low[m.end():].strip()
                          or low[m.end():].lstrip()[:1] in ":："):
                    return True
            return False

        return is_label

    def field(self, name: str) -> str | None:
        stop = self.stop(name)
        avoid = AVOID.get(KIND[name], ())
        for label in self.t.labels.get(name, ()):
            low = fold(label).lower()
            blockers = [b for b in self.all_labels if low in fold(b).lower() and fold(b).lower() != low]
            parse = parser_for(name, self.t, label, self.dayfirst)
            if KIND[name] in ("name", "org"):
                parse = self._not_a_label(parse)
            for hit in find_labels(self.lines, label, avoid=avoid, blockers=blockers):
                v = value_right(hit, parse, stop)
                if v is None:
                    v = value_below(hit, self.lines, parse, stop)
                if v is not None:
                    shown = mask(str(v)) if name == "account_number" else v
                    log.debug("%s = %r (label %r, line %d)", name, shown, label, hit.line.index)
                    return str(v)
        return None


    def _not_a_label(self, parse: Callable[[str], str | None]) -> Callable[[str], str | None]:
        """A name or organisation that is itself a printed label ("NI Number", "基本工资") is no value."""
        def checked(text: str) -> str | None:
            v = parse(text)
            if v is None:
                return None
            low = fold(v).lower().strip(" :：.")
            return None if low in self.vocab or _LABELISH.search(low) else v
        return checked


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every label and keyword of every type, folded: words printed on forms, never a field's value."""
    words = set(DISTRACTORS)
    for t in load_types().values():
        words |= set(t.keywords) | set(t.negative) | {lb for ls in t.labels.values() for lb in ls}
    return frozenset(fold(w).lower() for w in words)


def _fallback(type_name: str, field: str, lines: Sequence[Line], dayfirst: bool, found: Mapping[str, str | None]):
    kind = KIND[field]
    if field == "bank":
        return bank_name(hx.bank(lines))
    if field == "provider":
        return hx.provider(lines)
    if kind == "org":
        letter = type_name in ("unemployment_proof", "income_proof")
        return hx.org(lines, None if letter else 10, sealed_first=letter)
    if kind == "name" and type_name in ("unemployment_proof", "income_proof"):
        return hx.person(lines)
    if field == "account_holder":
        return hx.titled_name(lines)
    if field == "period":
        for ln in lines[:10]:
            hits = [h for h in find_dates(ln.text, dayfirst) if h.precision == "month"]
            if hits:
                return hits[0].value.strftime("%Y-%m")
        return None
    if kind in ("start", "end"):
        for ln in lines[:15]:
            rng = _range_or_month(ln.text, dayfirst) if len(find_dates(ln.text, dayfirst)) >= 2 else None
            if rng:
                return rng[0 if kind == "start" else 1].isoformat()
        return None
    if kind == "date":
        d = hx.letter_date(lines, dayfirst) if type_name in ("unemployment_proof", "income_proof") \
            else hx.first_date(lines, dayfirst)
        return d.isoformat() if d else None
    if field == "monthly_income":
        return hx.money_after(lines, ("月收入", "月均收入", "月薪", "月工资", "monthly income", "monthly salary",
                                      "per month", "a month", "monthly gross"))
    if field == "total":
        return hx.largest_total(lines, ("合计", "总计", "total", "amount due", "balance due"))
    return None


def bank_name(value: str | None) -> str | None:
    """A bank's name without its legal form or branch: "Pennine Bank plc" → "Pennine Bank"."""
    if not value:
        return value
    value = re.sub(r"(银行)(股份有限公司|有限责任公司|有限公司)?([\u3400-\u9fff]{0,12}?(分行|支行|营业部))*$", r"\1", value).strip()
    value = re.sub(r"[\s,]+(plc|PLC|Plc|N\.A\.?|Limited|Ltd\.?)$", "", value).strip()
    return value or None


def read_fields(type_name: str, pages: Sequence[Page], language: str) -> dict[str, str | None]:
    """All spec fields of ``type_name`` read from ``pages``; None where not found."""
    t = load_types()[type_name]
    lines = doc_lines(pages)
    text = "\n".join(p.text for p in pages)
    dayfirst = dayfirst_for(language, text)
    reader = _Reader(t, lines, dayfirst)
    out: dict[str, str | None] = {}
    for f in t.fields:
        out[f] = reader.field(f)
    for f in t.fields:
        if out[f] is None:
            out[f] = _fallback(type_name, f, lines, dayfirst, out)
    if out.get("bank"):
        out["bank"] = bank_name(out["bank"])
    if out.get("period_start") and out.get("period_end") and out["period_start"] > out["period_end"]:
        out["period_start"] = out["period_end"] = None
    return out


def _key(type_name: str, fields: Mapping[str, str | None]) -> tuple | None:
    keys = {"payslip": ("period", "net_pay"), "medical_bill": ("date", "total"),
            "income_proof": ("date", "monthly_income"), "unemployment_proof": ("date", "person")}[type_name]
    values = tuple(fields.get(k) for k in keys)
    return values if all(values) else None


def split(type_name: str, pages: Sequence[Page], language: str
          ) -> tuple[tuple[Mapping[str, str | None], ...], tuple[tuple[int, int], ...]]:
    """Each document in a file of several (fields, and 1-based inclusive page ranges), or ((), ()) for one.

    A page whose own fields give a new key (period and net pay of a payslip, …) starts a part; a page
    without one (a payslip's second page, a blank page) or with a key seen before (the same payslip
    twice: a duplicate, not a part) belongs to the part before it, and leading pages to the first.
    A part spanning several pages takes the fields its first page lacks from all its pages together.
    """
    if type_name not in SPLIT_TYPES or len(pages) < 2:
        return (), ()
    per_page = [read_fields(type_name, [p], language) for p in pages]
    keys = [_key(type_name, f) for f in per_page]
    if len({k for k in keys if k}) < 2:
        return (), ()
    seen: set[tuple] = set()
    starts: list[int] = []
    for i, k in enumerate(keys):
        if k and k not in seen:
            seen.add(k)
            starts.append(i)
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


def extract(item: Classified, language: str) -> Extracted:
    """Every field of the document's type, normalised; ``parts`` when the file holds several documents."""
    doc, type_name = item.document, item.type
    if type_name == "other" or type_name not in load_types():
        return Extracted(doc, type_name, {})
    fields = read_fields(type_name, doc.pages, language)
    parts, ranges = split(type_name, doc.pages, language)
    if parts:
        fields = dict(parts[0])
        log.info("%s holds %d %s documents on pages %s", doc.rel, len(parts), type_name, ranges)
    return Extracted(doc, type_name, fields, parts=parts, part_pages=ranges)
