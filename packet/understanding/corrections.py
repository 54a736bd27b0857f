"""The user's own readings: ``[fields."<path>"]`` in packet.toml replace what packet read (interface.md).

Runs after extraction, the second reading and the consistency steps, and before the checklist is evaluated, so a
corrected value counts like any other and nothing later overrides it. A value given for ``"<path>#N"`` goes to the
N-th document of a file that holds several (numbered from 1 in page order, as the report lists them); a value
given for the path alone goes to the file's document, or to its first one. Each corrected value carries the
evidence :func:`packet.understanding.evidence.from_case_file` (source ``case-file``, confidence 1.0).

The case-file loader has already checked paths, field names against every type (or the [files] type) and values
against their kind; what can only be checked once the documents are read is checked here, as a case-file error
naming packet.toml's line (exit 2): the field must be one of the document's own type, and ``#N`` must be a
document the file holds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from packet.case.casefile import Case, FieldValue, field_error, kind_example, normalise_field
from packet.core.i18n import tr
from packet.core.model import Evidence, Extracted
from packet.rules.registry import catch_all_type, load_types
from packet.understanding import evidence

log = logging.getLogger(__name__)


def _check(fv: FieldValue, item: Extracted, lang: str) -> str:
    """The value of ``fv`` normalised for its field in ``item``'s type; CaseFileError when it does not fit."""
    types = load_types()
    t = types.get(item.type)
    if t is None or fv.field not in t.fields:
        label = t.label["zh" if lang == "zh" else "en"] if t else item.type
        if t is None or not t.fields:
            named = [n for n in types if n != catch_all_type(types)]
            raise field_error(fv, lang, tr(
                lang, "packet did not recognise {p} as a document with fields (it was read as {t}). If it is one of "
                      "the documents asked for, say which under [files], e.g. \"{p}\" = \"{e}\" (types: {types}).",
                "packet 未能识别 {p} 的类型（被识别为{t}），因此无法填写字段。如果它是所需材料之一，请在 [files] "
                "中写明类型，例如 \"{p}\" = \"{e}\"（可用的类型：{types}）。",
                p=fv.rel, t=label, e=named[0] if named else "", types=", ".join(named)))
        raise field_error(fv, lang, tr(
            lang, "{p} was read as {t}, which has no field '{f}'. Its fields: {names}. If it is another kind of "
                  "document, set its type under [files].",
            "{p} 被识别为{t}，没有字段 '{f}'。可以写：{names}。如果它其实是另一类材料，请在 [files] 中写明类型。",
            p=fv.rel, t=label, f=fv.field, names=", ".join(t.fields)))
    value = normalise_field(t.kind(fv.field), fv.raw or fv.value)
    if value is None:
        raise field_error(fv, lang, tr(lang, "'{v}' is not {what}", "'{v}' 不是有效的{what}", v=fv.raw,
                                       what=kind_example(lang, t.kind(fv.field))))
    held = max(1, len(item.parts))
    if (fv.part or 1) > held:
        raise field_error(fv, lang, tr(
            lang, "{p} holds {n} document(s), so there is no #{k}. Number them from 1 in page order, as packet check "
                  "lists them.",
            "{p} 中只有 {n} 份材料，没有第 {k} 份（#{k}）。请按页码顺序从 1 编号，与 packet check 列出的一致。",
            p=fv.rel, n=held, k=fv.part))
    return value


def apply(extracted: Sequence[Extracted], case: Case, lang: str | None = None) -> list[Extracted]:
    """``extracted`` with the values of ``case.fields`` in place of what was read, each with case-file evidence.

    A value for a file that is not among the documents (it could not be read) is left unused: the file's error
    already says what to do. Raises :class:`CaseFileError` (with packet.toml's line) for a field the document's
    type does not have, a value that does not parse for that field's kind, or a ``#N`` beyond the file's documents."""
    lang = lang or case.language
    out = list(extracted)
    # a paper photographed in parts is one document: a value given for any of its pictures is its value
    index = {f.rel: i for i, e in enumerate(out) for f in reversed(e.document.files)}
    for fv in case.fields:
        i = index.get(fv.rel)
        if i is None:
            log.debug("[fields] %s: not among the documents read; not used", fv.key)
            continue
        item = out[i]
        value = _check(fv, item, lang)
        given = evidence.from_case_file()
        if item.parts:
            k = (fv.part or 1) - 1
            parts = [dict(p) for p in item.parts]
            evs: list[dict[str, Evidence]] = [dict(e) for e in item.part_evidence] if len(item.part_evidence) == len(
                item.parts) else [{} for _ in item.parts]
            parts[k][fv.field] = value
            evs[k][fv.field] = given
            item = replace(item, parts=tuple(parts), part_evidence=tuple(evs), fields=dict(parts[0]), evidence=evs[0])
        else:
            item = replace(item, fields={**item.fields, fv.field: value}, evidence={**item.evidence, fv.field: given})
        log.info("%s: %s = %r from packet.toml", fv.key, fv.field, value)
        out[i] = item
    return out

