"""A checklist in readable form, in its own language (for `packet checklists NAME`)."""

from __future__ import annotations

from collections.abc import Mapping

from packet.core.i18n import tr
from packet.rules.checklist import Checklist, Option
from packet.rules.registry import DocType


def _option(o: Option, types: Mapping[str, DocType], lang: str) -> str:
    label = types[o.type].label[lang]
    if o.rule == "each-month":
        text = tr(lang, "{t}: one for each of the {n} complete months before the as-of date",
                  "{t}：截至日期所在月之前的 {n} 个完整月份，每月一份", t=label, n=o.months)
    elif o.rule == "cover-days":
        text = tr(lang, "{t}: together covering every day of the {n} complete months before the as-of date",
                  "{t}：合起来覆盖截至日期所在月之前 {n} 个完整月份的每一天", t=label, n=o.months)
    else:
        text = tr(lang, "{t}: at least {c}, dated within {d} days before the as-of date",
                  "{t}：至少 {c} 份，日期在截至日期前 {d} 天之内", t=label, c=o.count, d=o.days)
    if o.stand_in:
        si = types[o.stand_in.type].label[lang]
        text += tr(lang, " ({t} dated within {d} days may stand in for up to {m})",
                   "（{d} 天内的{t}最多可代替 {m} 份）", t=si, d=o.stand_in.within_days, m=o.stand_in.max)
    t = types[o.type]
    if t.given_only:  # never given by packet: the user marks the file (a doctor's letter as medical evidence)
        when = t.given_when[lang] if t.given_when else ""
        when = f"{when[:1].upper()}{when[1:]}{tr(lang, ': ', '：')}" if when else ""
        text += tr(lang, "\n      {w}packet does not recognise it by itself, so mark the file under [files] in "
                         "packet.toml:  \"file.pdf\" = \"{n}\"", "\n      {w}packet 不会自动识别，请在 packet.toml 的 "
                   "[files] 下写明：  \"文件名.pdf\" = \"{n}\"", w=when, n=o.type)
    fields = [types[o.type].field_name(lang, f) for f in types[o.type].fields if f not in o.optional_fields]
    if fields:
        text += tr(lang, "\n      needs: {f}", "\n      须包含：{f}", f=", ".join(fields) if lang == "en" else "、".join(fields))
    return text


def describe(cl: Checklist, types: Mapping[str, DocType]) -> str:
    lang = cl.language
    lines = [f"{cl.name} — {cl.title[lang]}", cl.description[lang], ""]
    for i, req in enumerate(cl.requirements, 1):
        cond = ""
        if req.when:
            cond = tr(lang, " (only when {c})", "（仅当 {c} 时）", c=", ".join(f"{k} = {v}" for k, v in req.when.items()))
        lines.append(f"{i}. {req.title[lang]}{cond}")
        for j, o in enumerate(req.options):
            prefix = "   - " if j == 0 else tr(lang, "   - or ", "   - 或 ")
            lines.append(prefix + _option(o, types, lang))
    lines.append("")
    lines.append(tr(lang, "A document counts only when all its required fields were found.",
                    "只有找到全部必需信息的文件才计入。"))
    lines.append(tr(lang, "Source: {p}", "来源：{p}", p=cl.source))
    return "\n".join(lines)
