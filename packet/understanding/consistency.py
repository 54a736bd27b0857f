"""Organisations that several documents of a case name, made consistent where OCR confused a character.

OCR misreads one or two characters of a long name (北京华晟科技有限公司 read as 北京华妃科技有限公司,
蓝海 as 监海), and the wrong name would reach the lender in the packet's index. The same employer, bank
or hospital usually appears on several documents of one case, some with a text layer. Runs after
extract (and the second reading): a value read by OCR is replaced by another document's value of the
same field group when the two have the same length and differ in at most :func:`max_diff` characters,
and the other value is better supported — it comes from a text layer, or more documents agree on it.

Only organisations are reconciled. People's names are left as read: a relative's name may differ from
the applicant's by one character, and ``name-mismatch`` already warns about a name that differs.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from packet.core.model import Evidence, Extracted
from packet.rules.registry import load_types
from packet.understanding import evidence
from packet.understanding.extract import named_like_org, sane_bank, sane_org
from packet.understanding.values import same_name

log = logging.getLogger(__name__)

IMPLAUSIBLE = 0.3  # the confidence of an amount outside its type's plausible range: well below UNCERTAIN_BELOW
TEXT_WEIGHT = 3  # a value from a text layer counts as much as three OCR readings that agree


def groups() -> tuple[tuple[str, ...], ...]:
    """Fields naming the same kind of organisation, from the registry's ``org_group`` of each type (an
    unemployment proof's issuer is often the employer): one tuple of field names per group, in file order."""
    out: dict[str, list[str]] = {}
    for t in load_types().values():
        for f, group in t.org_group.items():
            if f not in out.setdefault(group, []):
                out[group].append(f)
    return tuple(tuple(fs) for fs in out.values())


def max_diff(length: int) -> int:
    """How many characters may differ for two names of ``length`` characters to be taken as one: none
    below 6 characters (中国银行 and 中信银行 are two banks), one up to 9, two from 10 (a company's
    full name, 北京华晟科技有限公司)."""
    return 0 if length < 6 else 1 if length < 10 else 2


def similar(a: str, b: str) -> bool:
    """Same length, not equal, at most :func:`max_diff` characters different."""
    if len(a) != len(b) or a == b:
        return False
    diff = sum(x != y for x, y in zip(a, b, strict=True))
    return diff <= max_diff(len(a))


def _from_text_layer(item: Extracted) -> bool:
    return bool(item.document.pages) and all(p.source == "text" for p in item.document.pages)


def _values(item: Extracted) -> list[Mapping[str, str | None]]:
    return list(item.parts or (item.fields,))


def reconcile(extracted: Sequence[Extracted]) -> list[Extracted]:
    """``extracted`` with OCR'd organisation names replaced by a better-supported, nearly equal name."""
    out = list(extracted)
    for group in groups():
        weight: dict[str, int] = defaultdict(int)
        from_text: set[str] = set()
        counted: set[tuple[str, str, int]] = set()  # (content, value, part): copies of one file count once
        for item in extracted:
            for k, values in enumerate(_values(item)):
                for f in group:
                    if (v := values.get(f)) and (item.document.source.sha256, v, k) not in counted:
                        counted.add((item.document.source.sha256, v, k))
                        weight[v] += TEXT_WEIGHT if _from_text_layer(item) else 1
                        if _from_text_layer(item):
                            from_text.add(v)
        fix: dict[str, str] = {}
        for v in weight:
            better = [r for r in weight if similar(v, r) and weight[r] > weight[v]
                      and (r in from_text or weight[r] >= 2)]
            if better:
                fix[v] = max(better, key=lambda r: (weight[r], r))
        if not fix:
            continue
        for i, item in enumerate(out):
            if _from_text_layer(item):
                continue
            changed = [_fixed(values, group, fix) for values in _values(item)]
            if changed != _values(item):
                log.info("%s: %s read as %s, taken as %s (other documents)", item.document.rel, "/".join(group),
                         [v.get(f) for v in _values(item) for f in group], [v.get(f) for v in changed for f in group])
                evs = [_fixed_evidence(old, new, e) for old, new, e in zip(_values(item), changed, _evidences(item),
                                                                          strict=True)]
                out[i] = replace(item, fields=dict(changed[0]), parts=tuple(changed) if item.parts else (),
                                 evidence=evs[0], part_evidence=tuple(evs) if item.parts else ())
    return out


def _evidences(item: Extracted) -> list[Mapping[str, Evidence]]:
    """The evidence of each of ``_values(item)``, aligned with it."""
    if item.parts:
        return list(item.part_evidence) if len(item.part_evidence) == len(item.parts) else [{}] * len(item.parts)
    return [item.evidence]


def _fixed_evidence(old: Mapping[str, str | None], new: Mapping[str, str | None],
                    ev: Mapping[str, Evidence]) -> dict[str, Evidence]:
    out = dict(ev)
    for f, v in new.items():
        if v is not None and v != old.get(f):
            out[f] = evidence.reconciled(ev.get(f))
    return out


def _copy_key(item: Extracted, k: int, values: Mapping[str, str | None]) -> tuple | None:
    """What makes the ``k``-th document of ``item`` the same document as another file's: its type's
    ``duplicate_key`` values, all read (the key :mod:`packet.rules.evaluate` counts duplicates by), or None."""
    t = load_types().get(item.type)
    keys = t.duplicate_key if t else ()
    if not keys or not all(values.get(f) for f in keys):
        return None
    return (item.type, *(values[f] for f in keys))


def agree(extracted: Sequence[Extracted], applicant_name: str | None = None) -> list[Extracted]:
    """``extracted`` with the evidence of values others confirm made surer (:func:`packet.understanding.evidence.agreed`):
    an organisation another document of the case names alike (same field group, same value), and a person's name
    equal to ``applicant_name`` (packet.toml's [applicant] name, compared as
    :func:`packet.understanding.values.same_name` does). Copies of one document are one document: they confirm
    nothing of each other — the same bytes (a file added twice or five times: a new user's trial), and two files of
    the same type whose ``duplicate_key`` values are equal unless what they print shows them apart
    (:func:`packet.rules.evaluate.may_be_copies`: a phone photo and the PDF of one letter). Their agreement says the
    words were read alike, not that they fill the field's role: a benefit office's letter naming the claimant's
    employer, its text and its photo, gave the employer as the issuer at 0.93 (independent set 16, read after it was
    judged; a value read once never reaches 0.9, :mod:`packet.understanding.evidence`)."""
    from packet.rules.evaluate import figures, may_be_copies, part_text

    Source = tuple[str, tuple | None, frozenset[str]]  # (file sha256, copy key, figures printed)
    seen: dict[tuple[int, str], list[Source]] = defaultdict(list)  # (group, value) -> the documents naming it
    field_group = {f: g for g, fs in enumerate(groups()) for f in fs}
    sources: dict[tuple[int, int], Source] = {}
    for i, item in enumerate(extracted):
        for k, values in enumerate(_values(item)):
            sources[(i, k)] = (item.document.source.sha256, _copy_key(item, k, values),
                               figures(part_text(item, k)))
            for f, v in values.items():
                if v and f in field_group:
                    seen[(field_group[f], v)].append(sources[(i, k)])

    def copies(a: Source, b: Source) -> bool:
        return a[0] == b[0] or (a[1] is not None and a[1] == b[1] and may_be_copies(a[2], b[2]))

    types = load_types()
    out = []
    for i, item in enumerate(extracted):
        t = types.get(item.type)
        evs = []
        for k, (values, ev) in enumerate(zip(_values(item), _evidences(item), strict=True)):
            new = dict(ev)
            me = sources[(i, k)]
            for f, e in ev.items():
                v = values.get(f)
                if not v:
                    continue
                others = [s for s in seen[(field_group[f], v)] if not copies(s, me)] if f in field_group else []
                other = bool(others) and _reads_as_org(t, f, v)
                mine = bool(t and applicant_name and t.kind(f) == "name" and same_name(v, applicant_name))
                if other or mine:
                    new[f] = evidence.agreed(e)
            evs.append(new)
        if evs != _evidences(item):
            item = replace(item, evidence=evs[0], part_evidence=tuple(evs) if item.parts else ())
        out.append(item)
    return out


def _reads_as_org(t, field: str, value: str) -> bool:
    """Whether ``value`` of ``field`` reads as an organisation's name by the checks the label reader applies
    (:func:`packet.understanding.extract.sane_org` / ``sane_bank``). Two documents of one case from the same issuer
    print the same template: the words after a label inside its footnote ("…请到开户网点核对。" → "核对。") are read
    alike on both, and that agreement confirms the reading, not that the words name the bank — it must not lift such
    a value over 0.9 (it did: 0.86 → 0.93); nor may an organisation not printed as a name
    (:func:`packet.understanding.extract.named_like_org`: "经济性" of a registration's reason cell, 0.86 → 0.93)."""
    kind = t.kind(field) if t else "org"
    if kind == "bank":
        return sane_bank(value) is not None
    return sane_org(value) is not None and named_like_org(value)  # "经济性", "closure": a cell's fragment, read alike


def _fixed(values: Mapping[str, str | None], group: Sequence[str], fix: Mapping[str, str]) -> Mapping[str, str | None]:
    new = dict(values)
    for f in group:
        v = new.get(f)
        if v in fix:
            new[f] = fix[v]
    return new if new != dict(values) else values


def doubt_implausible(extracted: Sequence[Extracted]) -> list[Extracted]:
    """``extracted`` with every amount outside its type's ``plausible`` range (types.toml: a month's pay below 50,
    a bill below 1…) doubted: its evidence's confidence at most :data:`IMPLAUSIBLE` and ``+implausible`` added to its
    method, so the report lists it for the user to confirm (it still counts: a field found but uncertain does, and
    the user sees it). A part larger than its whole (the type's ``reconcile`` pair: net pay above gross pay, which no
    payslip prints) doubts both the same way: one of the two is misread, and nothing says which. Runs after
    :func:`agree`, which must not make such a value sure."""
    types = load_types()
    out = []
    for item in extracted:
        t = types.get(item.type)
        if not t or not (t.plausible or t.reconcile):
            out.append(item)
            continue
        evs = []
        for values, ev in zip(_values(item), _evidences(item), strict=True):
            new = dict(ev)
            for f in sorted(implausible_fields(item.type, values)):
                e = ev.get(f)
                if e is not None:
                    log.info("%s: %s %s is implausible (outside %s or a part above its whole): doubted",
                             item.document.rel, f, values.get(f), t.plausible.get(f))
                    new[f] = replace(e, confidence=min(e.confidence, IMPLAUSIBLE), method=e.method + "+implausible")
            evs.append(new)
        if evs != _evidences(item):
            item = replace(item, evidence=evs[0], part_evidence=tuple(evs) if item.parts else ())
        out.append(item)
    return out


def implausible_fields(type_name: str, values: Mapping[str, str | None]) -> set[str]:
    """The amounts of ``values`` (fields of the type ``type_name``) that :func:`doubt_implausible` doubts: outside the
    type's ``plausible`` range, or both of its ``reconcile`` pair when the part is larger than the whole."""
    t = load_types().get(type_name)
    out: set[str] = set()
    if t is None:
        return out
    for f, (low, high) in t.plausible.items():
        try:
            amount = Decimal(values.get(f) or "")
        except InvalidOperation:
            continue
        if not low <= amount <= high:
            out.add(f)
    if t.reconcile and _part_above_whole(values, *t.reconcile):
        out |= {f for f in t.reconcile if values.get(f)}
    return out


def _part_above_whole(values: Mapping[str, str | None], whole: str, part: str) -> bool:
    """Whether ``values`` hold both amounts of a reconcile pair and the part is larger than the whole."""
    try:
        return Decimal(values.get(part) or "") > Decimal(values.get(whole) or "")
    except InvalidOperation:
        return False
