"""The check's result for a person: what is there, what is missing and how to fix it, what to do next.

Plain words in the case's language, wrapped for an 80-column terminal. Account and ID numbers are
never printed in full (:func:`packet.case.casefile.mask_number`).
"""

from __future__ import annotations

import os
import shlex
import textwrap
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from packet.case.casefile import Case, mask_number
from packet.core.i18n import tr
from packet.core.model import DocumentResult, Report
from packet.rules.checklist import Checklist
from packet.rules.registry import load_types
from packet.rules.wording import field_name, part_key, type_name

WIDTH = 80


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(text: str, indent: str = "  ", first: str | None = None, width: int = WIDTH) -> list[str]:
    """Wrap ``text`` to ``width`` display columns (CJK characters are two columns wide)."""
    first = indent if first is None else first
    if not any(unicodedata.east_asian_width(c) in "WF" for c in text):
        return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=indent,
                             break_on_hyphens=False, break_long_words=False) or [first.rstrip()]
    lines, cur = [], first
    for ch in text:
        if _width(cur + ch) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent + ("" if ch == " " else ch)
        else:
            cur += ch
    lines.append(cur.rstrip())
    return lines


def masked(value: str) -> str:
    m = mask_number(value)
    return m if len(m) > 4 else "****" + m


# kinds of values shown with their field's name on the summary line ("net pay 8560.00"); the others bare
NAMED_KINDS = ("money", "account", "name", "code")


def summary(lang: str, d: DocumentResult) -> str:
    """The key facts of a document in one line, as its type's ``summary`` lists them: dates and organisations
    bare, amounts, names and codes after their field's name, an account number masked, a period's start
    field as the whole period ("2026-08-01 – 2026-10-31")."""
    t = load_types().get(d.type)
    if t is None:
        return ""
    f: Mapping[str, str | None] = d.fields
    bits: list[str] = []
    end = t.field_of_kind("end")
    for key in t.summary:
        kind, value = t.kind(key), f.get(key)
        if kind == "start":
            if value or (end and f.get(end)):
                bits.append(tr(lang, "{a} – {b}", "{a} 至 {b}", a=value or "?", b=(end and f.get(end)) or "?"))
        elif not value:
            continue
        elif kind in NAMED_KINDS:
            bits.append(f"{field_name(lang, d.type, key)} {masked(value) if kind == 'account' else value}")
        else:
            bits.append(value)
    return tr(lang, " · ", " · ").join(bits)


def _parts_lines(lang: str, d: DocumentResult) -> list[str]:
    """A file holding several documents: "holds 3 <plural>: 2026-08, 2026-09, 2026-10", then each one's
    facts with its pages (each becomes an exhibit of its own in the packet)."""
    keys = [part_key(d.type, f) for f in d.parts]
    t = load_types().get(d.type)
    out = wrap(tr(lang, "holds {n} {t}: {k}", "含 {n} 份{t}：{k}", n=len(d.parts),
                  t=(t.plural if t else d.type) if lang == "en" else type_name(lang, d.type),
                  k=tr(lang, ", ", "、").join(keys)), indent="      ")
    spans = d.part_pages if len(d.part_pages) == len(d.parts) else ((0, 0),) * len(d.parts)
    for part, (a, b) in zip(d.parts, spans, strict=True):
        where = "" if not a else (tr(lang, "p. {a}: ", "第 {a} 页：", a=a) if a == b else
                                  tr(lang, "pp. {a}–{b}: ", "第 {a}–{b} 页：", a=a, b=b))
        facts = summary(lang, replace(d, fields=part))
        out += wrap(where + facts, indent="          ", first="        ")
    return out


def _command(case: Case) -> str:
    root = Path(case.root)
    try:
        shown = os.path.relpath(root)
        if shown.startswith(".."):
            shown = str(root)
    except ValueError:
        shown = str(root)
    return shlex.quote(shown)


def case_file_gaps(case: Case, lang: str) -> list[str]:
    """What the cover letter needs from packet.toml and does not have: said by `check`, before `build`."""
    if not case.has_case_file:
        return [tr(lang, "There is no packet.toml in the folder: the letter would have no name, lender or plan. "
                         "Copy the example from the README into the folder as packet.toml and fill it in.",
                   "文件夹里没有 packet.toml：申请书将没有姓名、贷款机构和还款计划。请把 README 中的示例复制到文件夹，"
                   "保存为 packet.toml 并填写。")]
    wanted = [
        (case.applicant.name, "[applicant] name", "your name, as on your documents", "您的姓名（与材料上一致）"),
        (case.lender.name, "[lender] name", "the lender's name", "贷款机构名称"),
        (case.lender.contract_number, "[lender] contract_number",
         "the loan contract or account number, so the lender can find your account", "借款合同编号，便于对方查找您的账户"),
        (case.request.statement, "[request] statement", "a few sentences on what happened and since when",
         "几句话说明发生了什么、从何时开始"),
        (None if case.plan.is_empty else "plan", "[plan]", "the repayment you can offer (monthly_payment, "
         "first_payment and outstanding, or [[plan.installment]])",
         "您能承担的还款计划（monthly_payment、first_payment 和 outstanding，或逐期的 [[plan.installment]]）"),
    ]
    return [tr(lang, "{key}: {what}", "{key}：{what}", key=key, what=en if lang == "en" else zh)
            for value, key, en, zh in wanted if not value]


def render_text(report: Report, case: Case, checklist: Checklist) -> str:
    """The human report for ``packet check`` in the case's language."""
    lang = report.language
    types = load_types()
    out: list[str] = []
    title = checklist.title["zh" if lang == "zh" else "en"]
    out += wrap(tr(lang, "{case}: {title}, checked as of {d}", "{case}：{title}，核对日期 {d}",
                   case=report.case, title=title, d=report.as_of.isoformat()), indent="", first="")
    out.append("")
    out.append(tr(lang, "What is there ({n}):", "已有材料（{n} 份）：", n=len(report.documents)))
    if not report.documents:
        out.append(tr(lang, "  (nothing readable yet)", "  （还没有可读取的材料）"))
    for d in report.documents:
        catch_all = d.type in types and types[d.type].catch_all
        mark = "✓" if d.requirement else ("·" if catch_all else "!")
        head = f"  {mark} {type_name(lang, d.type)}{'：' if lang == 'zh' else ': '}{d.document.rel}"
        out += wrap(head, indent="      ", first="")
        if d.parts:
            out += _parts_lines(lang, d)
        elif facts := summary(lang, d):
            out += wrap(facts, indent="      ")
        if catch_all:
            out += wrap(tr(lang, "not needed for this checklist; if it is one of the documents asked for, "
                                 "set its type under [files] in packet.toml",
                           "本清单不需要；如果它其实是所需材料之一，请在 packet.toml 的 [files] 中写明类型"),
                        indent="      ")
        elif d.missing_fields:
            names = tr(lang, ", ", "、").join(field_name(lang, d.type, f) for f in d.missing_fields)
            out += wrap(tr(lang, "not found on it: {f}", "未读到：{f}", f=names), indent="      ")
        elif not d.requirement:
            out += wrap(tr(lang, "not counted (see problems below)", "未计入（见下方问题）"), indent="      ")
    out.append("")
    if report.missing:
        out.append(tr(lang, "What is missing ({n}):", "还缺（{n} 项）：", n=len(report.missing)))
        titles = {r.id: r.title["zh" if lang == "zh" else "en"] for r in checklist.requirements}
        for i, m in enumerate(report.missing, 1):
            out += wrap(f"{titles.get(m.requirement, m.requirement)}: {m.message}" if lang == "en"
                        else f"{titles.get(m.requirement, m.requirement)}：{m.message}", indent="     ", first=f"  {i}. ")
    else:
        out.append(tr(lang, "Nothing is missing: every item of the checklist is there.", "材料齐全：清单上的每一项都有了。"))
    problems = [(d.document.rel, p) for d in report.documents for p in d.problems]
    if problems:
        out.append("")
        out.append(tr(lang, "Problems to look at ({n}):", "需要注意的问题（{n} 个）：", n=len(problems)))
        for rel, p in problems:
            out += wrap(f"{rel}: {p.message}" if lang == "en" else f"{rel}：{p.message}", indent="    ", first="  - ")
    if report.errors:
        out.append("")
        out.append(tr(lang, "Files that could not be read ({n}):", "无法读取的文件（{n} 个）：", n=len(report.errors)))
        for e in report.errors:
            out += wrap(f"{e.rel}: {e.message}" if lang == "en" else f"{e.rel}：{e.message}", indent="    ", first="  - ")
    gaps = case_file_gaps(case, lang)
    if gaps:
        out.append("")
        out.append(tr(lang, "For the cover letter, packet.toml still needs ({n}):",
                      "生成申请书还需要在 packet.toml 中填写（{n} 项）：", n=len(gaps)))
        for gap in gaps:
            out += wrap(gap, indent="    ", first="  - ")
    out.append("")
    cmd = _command(case)
    if report.complete:
        out += wrap(tr(lang, "Ready: run  packet build {d}", "可以生成了：运行  packet build {d}", d=cmd), indent="", first="")
    else:
        out += wrap(tr(lang, "Next: add what is missing to the folder, then run  packet check {d}  again.",
                       "下一步：把缺少的材料放进文件夹，再运行  packet check {d}", d=cmd), indent="", first="")
        out += wrap(tr(lang, "When all is there, run  packet build {d}", "材料齐全后运行  packet build {d}", d=cmd),
                    indent="", first="")
    return "\n".join(out) + "\n"
