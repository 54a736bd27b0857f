"""The check's result for a person: what is there, what is missing and how to fix it, what to do next.

Plain words in the case's language, wrapped for an 80-column terminal. Account and ID numbers are
never printed in full (:func:`packet.core.masking.mask`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import replace

from packet.case.casefile import Case
from packet.core.display import clean, command_path, toml_name
from packet.core.i18n import tr
from packet.core.masking import last_digits, mask
from packet.core.model import DocumentResult, Evidence, Report, uncertain
from packet.rules.checklist import Checklist
from packet.rules.readiness import (
    describe_need,
    leans_to,
    offered_types,
    reply_warning,
    suggested_hardship,
    voice_warning,
    written_reply_warning,
)
from packet.rules.registry import load_types
from packet.rules.shown import privacy_notes
from packet.rules.wording import (
    field_name,
    given_note,
    indefinite,
    not_found_steps,
    part_key,
    someone_else_message,
    type_name,
    uncertain_steps,
)

WIDTH = 80
# problems that are warnings: the document still counts with them (interface.md, evaluate's module docstring)
WARNING_CODES = ("low-quality", "name-mismatch", "pages-missing")


def _not_needed(d, report, checklist) -> bool:
    """Whether ``d`` (a document of the report) is too old for its requirement but not needed by it: warned
    ``stale``, counted for nothing, while every requirement asking for its type is met (none is in
    ``report.missing``). The warning itself then says so (:func:`packet.rules.wording.stale_period` with ``met``)."""
    if d.requirement or not any(p.code == "stale" for p in d.problems):
        return False
    wanting = {r.id for r in checklist.requirements for o in r.options
               if d.type in (o.type, o.stand_in.type if o.stand_in else None)}
    return bool(wanting) and not wanting & {m.requirement for m in report.missing}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


_NO_BREAK_BEFORE = set("，。、：；！？）」』》〉】…,.;:!?)%·")
_NO_BREAK_AFTER = set("（「『《〈【(")


def _cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _segments(text: str, keep: tuple[str, ...]) -> list[tuple[str, str]]:
    """``text`` cut where a line may break: (piece, the spaces that came before it).

    A line breaks at spaces, and between two CJK characters (Chinese is written without spaces), but never
    inside a run of Latin letters or digits (a word, a number, a path), never inside one of ``keep`` (names,
    CJK words), never before closing or after opening punctuation."""
    group = [-1] * len(text)
    for g, word in enumerate(k for k in keep if k and len(k) > 1):
        start = text.find(word)
        while start >= 0:
            for i in range(start, start + len(word)):
                group[i] = g if group[i] < 0 else group[i]
            start = text.find(word, start + len(word))
    out: list[tuple[str, str]] = []
    cur, gap = "", ""
    for i, ch in enumerate(text):
        inside = group[i] >= 0 and i > 0 and group[i - 1] == group[i]  # a space within a kept phrase (a command)
        if (ch == " " and not inside) or ch == "\n":
            if cur:
                out.append((cur, gap))
                cur, gap = "", ""
            gap += " "
            continue
        if cur:
            prev = text[i - 1]
            may_break = ((_cjk(prev) or _cjk(ch)) and ch not in _NO_BREAK_BEFORE and prev not in _NO_BREAK_AFTER
                         and not (group[i] >= 0 and group[i] == group[i - 1]))
            if may_break:
                out.append((cur, gap))
                cur, gap = "", ""
        cur += ch
    if cur:
        out.append((cur, gap))
    return out


def wrap(text: str, indent: str = "  ", first: str | None = None, width: int = WIDTH,
         keep: tuple[str, ...] = ()) -> list[str]:
    """Wrap ``text`` to ``width`` display columns (CJK characters are two columns wide).

    Breaks only at word boundaries: at spaces, and between CJK characters except inside any of ``keep``
    (pass names and CJK words that must stay whole). A single piece wider than the line is never split:
    it gets a line of its own and overflows."""
    first = indent if first is None else first
    lines: list[str] = []
    cur, has_text = first, False
    for piece, gap in _segments(text, keep):
        sep = gap if has_text else ""
        if has_text and _width(cur + sep + piece) > width:
            lines.append(cur.rstrip())
            cur, sep = indent, ""
        cur += sep + piece
        has_text = True
    lines.append(cur.rstrip())
    return lines


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
            bits.append(f"{field_name(lang, d.type, key)} {mask(value) if kind == 'account' else value}")
        else:
            bits.append(value)
    return tr(lang, " · ", " · ").join(bits)


def _parts_lines(lang: str, d: DocumentResult, keep: tuple[str, ...] = ()) -> list[str]:
    """A file holding several documents: "holds 3 <plural>: 2026-08, 2026-09, 2026-10", then each one's
    facts with its pages (each becomes an exhibit of its own in the packet)."""
    keys = [part_key(d.type, f) for f in d.parts]
    t = load_types().get(d.type)
    out = wrap(keep=keep, text=tr(lang, "holds {n} {t}: {k}", "含 {n} 份{t}：{k}", n=len(d.parts),
                  t=(t.plural if t else d.type) if lang == "en" else type_name(lang, d.type),
                  k=tr(lang, ", ", "、").join(keys)), indent="      ")
    spans = d.part_pages if len(d.part_pages) == len(d.parts) else ((0, 0),) * len(d.parts)
    evs = d.part_evidence if len(d.part_evidence) == len(d.parts) else ({},) * len(d.parts)
    for k, (part, (a, b), ev) in enumerate(zip(d.parts, spans, evs, strict=True), 1):
        where = "" if not a else (tr(lang, "p. {a}: ", "第 {a} 页：", a=a) if a == b else
                                  tr(lang, "pp. {a}–{b}: ", "第 {a}–{b} 页：", a=a, b=b))
        facts = summary(lang, replace(d, fields=part))
        out += wrap(where + facts, indent="          ", first="        ", keep=keep)
        missing = tuple(f for f, v in part.items() if v is None) if d.included else ()
        out += _field_notes(lang, d, part, ev, k, keep, "          ", missing)
    return out


def _kind(type_name: str, f: str) -> str | None:
    t = load_types().get(type_name)
    return t.kinds.get(f) if t else None


def _field_notes(lang: str, d: DocumentResult, fields: Mapping[str, str | None], evidence: Mapping[str, Evidence],
                 part: int | None, keep: tuple[str, ...], indent: str, missing: tuple[str, ...] = ()) -> list[str]:
    """Under a document (or one part of it): the values given in packet.toml, the values to check, and what to add
    for the fields not found, each with the exact packet.toml lines."""
    out: list[str] = []
    block_indent = indent + "    "
    given = [f for f, e in evidence.items() if e.source == "case-file" and fields.get(f) is not None]
    if given:
        out += wrap(given_note(lang, d.type, given), indent=indent + "  ", first=indent, keep=keep)
    unsure = uncertain(fields, evidence)
    block: list[str] = []
    if unsure:
        shown = [(f, (last_digits(v) or v) if _kind(d.type, f) == "account" else v, evidence[f].page)
                 for f in unsure if (v := fields.get(f)) is not None]
        # an uncertain name that is not the applicant's (the name-mismatch warning) is left for the user to write
        t = load_types().get(d.type)
        clash = ([t.name_field] if t and t.name_field and any(p.code == "name-mismatch" for p in d.problems)
                 else [])
        text, block = uncertain_steps(lang, d.document.rel, d.type, shown, part, lines_next=not missing,
                                      conflicting=clash)
        out += wrap("? " + text, indent=indent + "  ", first=indent, keep=keep)
        if not missing:
            out += [block_indent + line for line in block]
    if missing:
        first, lacking, then = not_found_steps(lang, d.document, d.type, missing, part)
        out += wrap(first, indent=indent + "  ", first=indent, keep=keep)
        # one [fields."…"] table for the values to confirm and those to add: TOML refuses a table written twice,
        # so two blocks pasted as told made packet.toml invalid (a new user's trial)
        out += [block_indent + line for line in (block + lacking[1:] if block else lacking)]
        out += wrap(then, indent=indent + "  ", first=indent, keep=keep)
    return out


def _command(case: Case) -> str:
    return command_path(case.root)


def keep_words(report: Report, case: Case) -> tuple[str, ...]:
    """Names and CJK words the terminal report must never split across lines: the applicant and lender, every
    text field value of the documents (employer, bank, hospital, names) and the document type names."""
    words = {case.applicant.name, case.lender.name, case.lender.contract_number}
    for d in report.documents:
        for part in (d.fields, *d.parts):
            words.update(v for v in part.values() if v)
        words.add(type_name(report.language, d.type))
        words.update(f'"{d.document.rel}" = "{t}"' for t in d.suggested)  # the [files] line a missing item gives
    words.update(field_name(report.language, t.name, f) for t in load_types().values() for f in t.fields)
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def _say_its_type(lang: str, d: DocumentResult, report: Report, checklist: Checklist, case: Case,
                  keep: tuple[str, ...]) -> list[str]:
    """What to write in packet.toml's [files] when ``d``, read as the catch-all type, is in fact one of the
    documents the checklist still lacks: one line to copy per type that would meet a missing requirement (the
    ``"path" = "type"`` shorthand :mod:`packet.case.casefile` reads), and how to send it anyway. A type packet never
    gives by itself whose words the document shows (``d.suggested``: a doctor's letter) comes first, said in plain
    words with its line. Lines of the report, indented 6 spaces; the lines to copy are never wrapped."""
    rel = d.document.rel
    missing = {m.requirement for m in report.missing}
    # the types that would meet a missing requirement, and the stand-ins its message names ("a proof of income …
    # can replace one month's payslip"; the proof of a benefit a person with no wages is told to add: r22 trial)
    wanted = list(dict.fromkeys(t for r in checklist.requirements if r.id in missing for o in r.options
                                for t in (o.type, o.stand_in.type if o.stand_in else None) if t))
    out: list[str] = []
    told = []
    for t in offered_types(checklist, case, d.suggested):  # as the page's chooser offers it
        out += wrap(tr(lang, "It reads like {a}. If so, mark it in packet.toml under [files] and it counts:",
                       "它看起来是{l}。如果是，请在 packet.toml 的 [files] 下写明，即可计入：",
                       a=indefinite(t), l=type_name(lang, t)), indent="      ", keep=keep)
        out.append(f"        \"{toml_name(rel)}\" = \"{t}\"")
        told.append(t)
    if not told and not case.request.hardship:  # it reads like a type the checklist asks for only for a hardship
        # not named yet (a GP's letter checked before packet init: trial 14): which hardship makes it count
        for t in d.suggested:
            when = next((r.when["hardship"] for r in checklist.requirements if r.when.get("hardship")
                         and any(o.type == t or (o.stand_in and o.stand_in.type == t) for o in r.options)), None)
            if when:
                out += wrap(tr(lang, "It reads like {a}: that counts once packet.toml names the hardship: [request] "
                                     "hardship = \"{h}\" (packet init asks it).",
                               "它看起来是{l}：在 packet.toml 中写明困难类型后即可计入：[request] hardship = \"{h}\"（packet init "
                               "会问到）。", a=indefinite(t), l=type_name(lang, t), h=when), indent="      ", keep=keep)
                break
    types = load_types()
    # a doctor's letter is not told it might be a gig app's income as well (r22 trial), also before the case names
    # the hardship its checklist would ask it for (trial 14: a GP's letter checked before packet init)
    reads_like = bool(told) or bool(d.suggested)
    for t in wanted:  # what else counts as a type the case lacks, in plain words, with its line (a rider's income
        # screenshots were read as "other" and the case could never complete: r20 trial)
        # only for a document with some signs of a document that requirement takes (leans_to: pay figures, an income
        # list): a discharge summary is never told it might be a gig app's income (a trial's elderly patient)
        too = (types[t].counts_too if t in types and t not in told and not reads_like
               and leans_to(checklist, d.leaning, t) else None)
        if too:
            words = too["zh"] if lang == "zh" else too["en"][:1].upper() + too["en"][1:]
            out += wrap(tr(lang, "{w} counts as that month's {n}. If this is one, write this line under [files] in "
                                 "packet.toml:", "{w}就算那个月的{n}。如果这份就是，请在 packet.toml 的 [files] 下写这一行：",
                           w=words, n=type_name(lang, t).lower() if lang != "zh" else type_name(lang, t)),
                        indent="      ", keep=keep)
            out.append(f"        \"{toml_name(rel)}\" = \"{t}\"")
            told.append(t)
    rest = [t for t in wanted if t not in told]
    if rest:
        out += wrap(tr(lang, "If it is one of the documents still missing, say which in packet.toml under [files] "
                             "(copy one line):", "如果它其实是还缺的材料之一，请在 packet.toml 的 [files] 下写明是哪一种（复制其中一行）：")
                    if not told else tr(lang, "If it is another of the documents still missing, copy one of these "
                                              "lines instead:", "如果它是还缺的其他材料，请改为复制下面其中一行："),
                    indent="      ", keep=keep)
        for t in rest:
            line = f"        \"{toml_name(rel)}\" = \"{t}\""
            note = f"{line}   # {type_name(lang, t)}"  # the type's name as a TOML comment, where it fits the line
            out.append(note if _width(note) <= WIDTH else line)
    out += wrap(tr(lang, "To send it anyway as it is:", "如仍要原样附上："), indent="      ", keep=keep)
    out.append(f"        \"{toml_name(rel)}\" = {{ include = true, title = \"{tr(lang, '…', '……')}\" }}")
    return out


def render_text(report: Report, case: Case, checklist: Checklist) -> str:
    """The human report for ``packet check`` in the case's language."""
    lang = report.language
    cmd = _command(case)
    keep = (*(f"packet {verb} {cmd}" for verb in ("init", "check", "build", "sent", "status")), *keep_words(report, case),
            tr(lang, "packet check FOLDER", "packet check 文件夹"))
    types = load_types()

    def w(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
        return wrap(text, indent=indent, first=first, keep=keep)

    out: list[str] = []
    title = checklist.title["zh" if lang == "zh" else "en"]
    out += w(tr(lang, "{case}: {title}, checked as of {d}", "{case}：{title}，核对日期 {d}",
                   case=report.case, title=title, d=report.as_of.isoformat()), indent="", first="")
    out.append("")
    out.append(tr(lang, "What is there ({n}):", "已有材料（{n} 份）：", n=len(report.documents)))
    if not report.documents and not report.errors:
        # no file at all: most likely not the folder that holds them (a trial, r27: a first-time user's
        # "packet check ." where the terminal opened was told only what is missing)
        out += w(tr(lang, "(no files in {d} yet. If your documents are in another folder, give that folder instead: "
                          "packet check FOLDER. Else put them in this one.)",
                    "（{d} 里还没有任何文件。如果材料在别的文件夹里，请改用那个文件夹：packet check 文件夹。否则请把材料放进这个文件夹。）",
                    d=cmd))
    elif not report.documents:
        out.append(tr(lang, "  (nothing readable yet)", "  （还没有可读取的材料）"))
    for d in report.documents:
        catch_all = d.type in types and types[d.type].catch_all
        asked_in = d.included and case.file_option(d.document.rel).include  # an exhibit [files] asks for
        mark = "✓" if d.requirement else ("·" if catch_all or asked_in or _not_needed(d, report, checklist) else "!")
        # a paper photographed in parts names every picture of it (the first is the document's name)
        named = " + ".join(f.rel for f in d.document.files)
        head = f"{mark} {type_name(lang, d.type)}{'：' if lang == 'zh' else ': '}{named}"
        out += w(head, indent="      ", first="  ")  # wrap drops a text's own leading spaces: the margin is `first`
        if d.parts:
            out += _parts_lines(lang, d, keep)
        elif facts := summary(lang, d):
            out += w(facts, indent="      ")
        if catch_all:
            if d.included:
                out += w(tr(lang, "not needed for this checklist; included in the packet as [files] asks",
                            "本清单不需要；按 [files] 的设置放入申请材料"), indent="      ")
            else:
                out += w(tr(lang, "not one of the documents this checklist asks for (or too hard to read to tell), "
                                  "so it is left out of the packet.",
                            "不是本清单要求的材料（或太难辨认，无法判断），因此不放入申请材料。"), indent="      ")
                out += _say_its_type(lang, d, report, checklist, case, keep)
        elif not d.included and any(p.code == "duplicate" for p in d.problems):
            out += w(tr(lang, "a copy of another file (see the problems below): the packet holds it once",
                        "与另一份文件是同一份材料（见下方问题）：申请材料中只放一份"), indent="      ")
        elif not d.included and case.file_option(d.document.rel).include is None:
            # a type this checklist does not ask for in this case (a medical bill with no medical hardship)
            out += w(tr(lang, "not counted: the checklist does not need it, so it is left out of the packet. To send "
                              "it anyway, add under [files]:", "未计入：本清单不需要这份材料，因此不放入申请材料。如仍要"
                              "附上，请在 [files] 下加上："), indent="      ")
            out += [f'        "{d.document.rel}" = {{ include = true }}']
        elif not d.included:
            out += w(tr(lang, "left out of the packet ([files] include = false)", "不放入申请材料（[files] 中 include = false）"),
                     indent="      ")
        elif d.missing_fields:
            if not d.parts:  # a file of several documents has its notes under each one (_parts_lines)
                names = tr(lang, ", ", "、").join(field_name(lang, d.type, f) for f in d.missing_fields)
                out += w(tr(lang, "not found on it: {f}", "未读到：{f}", f=names), indent="      ")
                if _not_needed(d, report, checklist):  # too old, and not needed: nothing to get
                    out += w(tr(lang, "not needed: older than the period asked for, which other documents cover",
                                "不需要：早于所需期间，该期间已由其他材料覆盖"), indent="      ")
                elif any(p.code == "stale" for p in d.problems):  # too old: filling in the fields would not make it count
                    out += w(tr(lang, "not counted: it is too old, so get a newer one that shows these too (see the "
                                      "problems below)", "未计入：材料太旧，请获取一份新的、并写明上述各项的材料（见下方问题）"),
                             indent="      ")
                else:
                    out += _field_notes(lang, d, d.fields, d.evidence, None, keep, "      ", d.missing_fields)
        else:
            if not d.parts:
                out += _field_notes(lang, d, d.fields, d.evidence, None, keep, "      ")
            if not d.requirement and _not_needed(d, report, checklist):
                out += w(tr(lang, "not needed: older than the period asked for, which other documents cover; in the "
                                  "packet as an extra exhibit", "不需要：早于所需期间，该期间已由其他材料覆盖；作为额外附件放入申请材料"),
                         indent="      ")
            elif not d.requirement and case.file_option(d.document.rel).include:
                # an exhibit by [files] include = true (an ID card's copy): not "not counted", it is in the packet
                # (a trial: "! ID copy … not counted: the checklist does not need it" beside its exhibit number)
                out += w(tr(lang, "not needed for this checklist; included in the packet as [files] asks",
                            "本清单不需要；按 [files] 的设置放入申请材料"), indent="      ")
            elif not d.requirement:
                # a warning (low-quality, name-mismatch) never keeps a document from counting: only stale and
                # duplicate do, so only they are pointed at as the reason
                out += w(tr(lang, "not counted (see problems below)", "未计入（见下方问题）")
                         if any(p.code not in WARNING_CODES for p in d.problems) else
                         tr(lang, "not counted: the checklist does not need it", "未计入：本清单不需要这份材料"),
                         indent="      ")
    out.append("")
    if report.missing:
        out.append(tr(lang, "What is missing ({n}):", "还缺（{n} 项）：", n=len(report.missing)))
        titles = {r.id: r.title["zh" if lang == "zh" else "en"] for r in checklist.requirements}
        for i, m in enumerate(report.missing, 1):
            out += w(f"{titles.get(m.requirement, m.requirement)}: {m.message}" if lang == "en"
                        else f"{titles.get(m.requirement, m.requirement)}：{m.message}", indent="     ", first=f"  {i}. ")
    else:
        out.append(tr(lang, "Nothing is missing: every item of the checklist is there.", "材料齐全：清单上的每一项都有了。"))
    problems = [(d.document.rel, p) for d in report.documents for p in d.problems]
    if problems:
        out.append("")
        out.append(tr(lang, "Problems to look at ({n}):", "需要注意的问题（{n} 个）：", n=len(problems)))
        for rel, p in problems:
            out += w(f"{rel}: {p.message}" if lang == "en" else f"{rel}：{p.message}", indent="    ", first="  - ")
    if report.errors:
        out.append("")
        out.append(tr(lang, "Files that could not be read ({n}):", "无法读取的文件（{n} 个）：", n=len(report.errors)))
        for e in report.errors:
            out += w(f"{e.rel}: {e.message}" if lang == "en" else f"{e.rel}：{e.message}", indent="    ", first="  - ")
    notes = privacy_notes(report, case, lang)
    if notes:
        out.append("")
        out.append(tr(lang, "Privacy:", "隐私："))
        for n in notes:
            head, *block = n.split("\n")  # lines to paste into packet.toml are printed as they are, never wrapped
            out += w(head, indent="    ", first="  - ")
            out += [f"      {line}" for line in block]
    if report.letter_needs or report.letter_warnings:
        out.append("")
        if not case.has_case_file:
            out += w(tr(lang, "There is no packet.toml in the folder: the letter would have no name, lender or "
                              "contract number. Run  packet init {d}  to write it.",
                        "文件夹里没有 packet.toml：申请书将没有姓名、贷款机构和合同编号。运行  packet init {d}  生成它。",
                        d=cmd), indent="", first="")
        if report.letter_needs:
            out.append(tr(lang, "The cover letter cannot be written without ({n}):",
                          "申请书还缺以下信息，无法生成（{n} 项）：", n=len(report.letter_needs)))
            for k in report.letter_needs:
                out += w(describe_need(k, lang, case), indent="    ", first="  - ")
        if "reply" in report.letter_warnings:  # a warning, said as build, batch and the page say it
            out += w(reply_warning(lang), indent="    ", first="")
        if "written_reply" in report.letter_warnings:  # said as build says it; the lines to add printed as they are
            head, *block = written_reply_warning(lang).split("\n")
            out += w(head, indent="    ", first="")
            out += [f"    {line}" for line in block]
        if "voice" in report.letter_warnings:  # the statement about the applicant in a first-person letter
            out += w(voice_warning(lang, case), indent="    ", first="")
        stronger = [k for k in report.letter_warnings if k not in ("reply", "written_reply", "voice")]
        if stronger:
            out.append(tr(lang, "The letter would be stronger with:", "建议补充（申请书更有说服力）："))
            for k in stronger:
                text = describe_need(k, lang, case)
                hint = suggested_hardship(case, checklist, (d.type for d in report.documents)) if k == "hardship" else None
                if hint:
                    text += tr(lang, ". Your documents point to this one: hardship = \"{v}\"",
                               "。您的材料显示应为：hardship = \"{v}\"", v=hint)
                out += w(text, indent="    ", first="  - ")
    out.append("")
    if report.ready:
        out += w(tr(lang, "Ready: run  packet build {d}", "可以生成了：运行  packet build {d}", d=cmd), indent="", first="")
    elif report.complete and not report.letter_needs:  # only another person's papers stop the build
        head, *rest = someone_else_message(lang, report.others, case.applicant.name or "").split("\n")
        out += w(head, indent="", first="")
        for line in rest:  # the files, the lines to paste (never wrapped), the ways on
            out += [line] if line.startswith("  ") else w(line, indent="", first="")
    elif report.complete:
        out += w(tr(lang, "The documents are complete. Next: fill in packet.toml as listed above, then run  "
                          "packet build {d}", "材料已齐全。下一步：按上面所列填写 packet.toml，然后运行  packet build {d}",
                    d=cmd), indent="", first="")
    else:
        out += w(tr(lang, "Next: add what is missing to the folder, then run  packet check {d}  again.",
                       "下一步：把缺少的材料放进文件夹，再运行  packet check {d}", d=cmd), indent="", first="")
        out += w(tr(lang, "When all is there, run  packet build {d}", "材料齐全后运行  packet build {d}", d=cmd),
                    indent="", first="")
    return clean("\n".join(out) + "\n")  # file names and values: no control or bidi character reaches a terminal
