"""The words of the check, in the case's language: warnings on documents and what to add for each gap.

Every message says what is wrong and what to do next, in plain words. Kept apart from
:mod:`packet.rules.evaluate` so the rules read as rules.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from packet.case.casefile import Case
from packet.core.display import toml_name
from packet.core.i18n import tr
from packet.core.model import LOW_CONFIDENCE, LOW_DPI, Document, Extracted, FileError, Missing, Problem
from packet.core.text import other_person, page_numbers, same_name
from packet.rules.checklist import Option, Outcome, Requirement, months_before
from packet.rules.readiness import FORM_TITLE
from packet.rules.registry import DocType, load_surnames, load_types, load_vocabulary

# the page-quality thresholds (packet.core.model, used by the reading stage too): below either is `low-quality`
MIN_CONFIDENCE = LOW_CONFIDENCE  # mean OCR word confidence below this: the reading is not to be trusted
MIN_DPI = LOW_DPI  # an image read at less than this many dots per inch is too coarse for small print

def field_name(lang: str, type_name: str, f: str) -> str:
    """Field ``f`` of document type ``type_name`` as people call it, in ``lang`` (the registry's display
    name; the key itself for a type or field the registry does not know)."""
    t = load_types().get(type_name)
    return t.field_name(lang, f) if t else f


def indefinite(t: str) -> str:
    """The type in English with its article ("a payslip"); the type's key when the registry does not know it."""
    types = load_types()
    return types[t].indefinite if t in types else t


def type_name(lang: str, t: str) -> str:
    """The type's display label in ``lang`` ("工资单" / "Payslip"); the key when the registry does not know it."""
    types = load_types()
    return types[t].label["zh" if lang == "zh" else "en"] if t in types else t


def born_digital(doc: Document) -> bool:
    """Every page of ``doc`` was read from a PDF's own text layer: photographing or scanning it again would make it
    worse, never better, so no advice about photos is given for it."""
    return bool(doc.pages) and all(p.source == "text" for p in doc.pages)


def fields_key(rel: str, part: int | None = None) -> str:
    """The ``[fields."…"]`` header for ``rel`` (``#N`` for the N-th document of a file holding several)."""
    key = rel if part is None else f"{rel}#{part}"
    return '[fields."' + toml_name(key) + '"]'  # a name that is not UTF-8 written as TOML can hold it (r25 trial)


def fields_block(rel: str, part: int | None, values: Sequence[tuple[str, str | None]]) -> list[str]:
    """The lines to write in packet.toml to give ``values`` ((field, value or None for "…")) of ``rel``."""
    return [fields_key(rel, part)] + [f"{f} = " + json.dumps(v if v else "…", ensure_ascii=False) for f, v in values]


def who_to_ask(lang: str, type_name: str) -> str:
    """Who to ask for a copy that shows what this document lacks: the registry's ``ask`` for the type."""
    t = load_types().get(type_name)
    if t and t.ask:
        return t.ask["zh" if lang == "zh" else "en"]
    return tr(lang, "whoever issued it", "出具单位")


def not_found_advice(lang: str, doc: Document, type_name: str, fields: Sequence[str], part: int | None = None,
                     surface: str = "cli") -> str:
    """What to do about ``fields`` of ``doc`` that packet did not find: write them under [fields] if they are printed
    on it (the exact header and names), else ask for a copy that shows them; a clearer copy only for a scan or
    photo — never for a born-digital PDF (:func:`born_digital`). ``surface`` "page" (``packet serve``): the page's
    own controls instead of packet.toml (the "correct" link beside the value, "Add documents")."""
    names = _list(lang, [field_name(lang, type_name, f) for f in fields])
    entry = fields_key(doc.rel, part) + " " + tr(lang, ", ", "，").join(f"{f} = \"…\"" for f in fields)
    who = who_to_ask(lang, type_name)
    if surface == "page":
        text = tr(lang, "If the {f} is printed on it, type it in: open the document under “Your documents” and use "
                        "“correct” beside it.", "如果材料上印有{f}，请手动填写：在“您的材料”中打开这份材料，点击该项旁边的“更正”。",
                  f=names)
        if not born_digital(doc):
            text += tr(lang, " Or add a clearer copy with “Add documents”: {a}.", "或者用“添加材料”上传更清晰的版本：{a}。",
                       a=photo_advice(lang))
        return text + tr(lang, " If it is not on the document, ask {who} for one that shows it.",
                         "如果材料上没有，请向{who}索取一份写明该项的材料。", who=who)
    if born_digital(doc):
        return tr(lang, "If the {f} is printed on it, write it in packet.toml: {e} (the value as printed). If it is "
                        "not on the document, ask {who} for one that shows it.",
                  "如果材料上印有{f}，请写进 packet.toml：{e}（按材料上印的填写）。如果材料上没有，请向{who}索取一份写明该项的材料。",
                  f=names, e=entry, who=who)
    return tr(lang, "If the {f} is printed on it, write it in packet.toml: {e} (the value as printed), or add a clearer "
                    "copy: {a}. If it is not on the document, ask {who} for one that shows it.",
              "如果材料上印有{f}，请写进 packet.toml：{e}（按材料上印的填写），或提供更清晰的版本：{a}。"
              "如果材料上没有，请向{who}索取一份写明该项的材料。", f=names, e=entry, a=photo_advice(lang), who=who)


def not_found_steps(lang: str, doc: Document, type_name: str, fields: Sequence[str], part: int | None = None
                    ) -> tuple[str, list[str], str]:
    """:func:`not_found_advice` for the terminal: (what to do first, the packet.toml lines to add, what else)."""
    names = _list(lang, [field_name(lang, type_name, f) for f in fields])
    block = fields_block(doc.rel, part, [(f, None) for f in fields])
    first = tr(lang, "If the {f} is printed on it, add these lines to packet.toml, with the value as printed in "
                     "place of …:", "如果材料上印有{f}，请在 packet.toml 中加入以下几行，把 … 换成材料上印的内容：", f=names)
    who = who_to_ask(lang, type_name)
    if born_digital(doc):
        then = tr(lang, "If it is not on the document, ask {who} for one that shows it.",
                  "如果材料上没有，请向{who}索取一份写明该项的材料。", who=who)
    else:
        then = tr(lang, "Or add a clearer copy: {a}. If it is not on the document, ask {who} for one that shows it.",
                  "或者提供更清晰的版本：{a}。如果材料上没有，请向{who}索取一份写明该项的材料。", a=photo_advice(lang), who=who)
    return first, block, then


def uncertain_steps(lang: str, rel: str, type_name: str, values: Sequence[tuple[str, str, int | None]],
                    part: int | None = None, lines_next: bool = True,
                    conflicting: Sequence[str] = ()) -> tuple[str, list[str]]:
    """What to do about values found but uncertain ((field, value, page)): check them on the document; the lines that
    confirm or correct them in packet.toml. ``lines_next``: the lines are printed right after the text (it ends with
    a colon); else they come further down, with the lines of the values to add, and the text says so (a trial read
    a sentence ending in a colon followed by another sentence).

    ``conflicting``: fields whose uncertain value also conflicts with the applicant (a name that is not theirs: the
    ``name-mismatch`` warning). Such a value is never written into the lines — a block that "confirms it" invited a
    user to confirm a shop's name as the account holder (a new user's trial, r21) — but left as "…" for the user to
    replace with what the document prints; the text says so."""
    def one(f: str, v: str, page: int | None) -> str:
        return (tr(lang, "{f} {v} (page {p})", "{f} {v}（第 {p} 页）", f=field_name(lang, type_name, f), v=v, p=page)
                if page else f"{field_name(lang, type_name, f)} {v}")

    sure = [(f, v, page) for f, v, page in values if f not in conflicting]
    odd = [(f, v, page) for f, v, page in values if f in conflicting]
    parts = []
    if sure:
        parts.append(tr(lang, "please check, packet is not sure it read these right: {s}. They count as read; if one "
                              "is wrong, put the right value in packet.toml (keeping a right one there confirms it)",
                        "请核对，以下内容 packet 没有把握读对：{s}。目前按识别结果计入；如有错误，请在 packet.toml 中写上"
                        "正确的值（照原样写上即表示确认）", s=_list(lang, [one(*x) for x in sure])))
    if odd:
        parts.append(tr(lang, "packet is not sure of {s}, and it is not your name: look at the document and write the "
                              "name printed there in place of … (if it really is another person's name, this is not "
                              "your document)",
                        "packet 没有把握读对{s}，而且这不是您的姓名：请查看材料，把 … 换成材料上印的姓名（如果确实是别人"
                        "的姓名，这就不是您的材料）", s=_list(lang, [one(*x) for x in odd])))
    text = tr(lang, "; ", "；").join(parts)
    text += tr(lang, ":", "：") if lines_next else tr(
        lang, "; its lines are among those below.", "；要写的几行见下面（与需要补充的写在一起）。")
    return text, fields_block(rel, part, [(f, None if f in conflicting else v) for f, v, _ in values])


def given_note(lang: str, type_name: str, fields: Sequence[str]) -> str:
    """The note that values came from packet.toml's [fields], not from reading the document."""
    return tr(lang, "from packet.toml ([fields]): {f}", "来自 packet.toml（[fields]）：{f}",
              f=_list(lang, [field_name(lang, type_name, f) for f in fields]))


def photo_advice(lang: str) -> str:
    return tr(lang, "photograph it flat, in daylight, filling the frame (or scan it at 300 dpi)",
              "请把材料平放，在光线充足处拍摄并让材料占满画面（或以 300 dpi 扫描）")


def _list(lang: str, items: Sequence[str]) -> str:
    if lang == "zh":
        return "、".join(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# --- warnings on one document ----------------------------------------------------------------------------

def pages_missing(lang: str, e: Extracted) -> Problem | None:
    """A warning when a page of the file says the document has more pages than the file holds ("Page 1 of 2" on a
    phone photo of the first page of a statement, a new user's trial: the last running balance of page 1 was taken
    for the closing balance). The count is the largest printed by the vocabulary's ``page_count_patterns`` (a page
    number n of m, n ≤ m ≤ :data:`packet.core.text.MAX_PAGE_COUNT`); a file of several documents each numbered "1 of 1" holds all
    of them. A warning only: what the pages present show still counts."""
    pats = load_vocabulary().page_count_patterns
    counts = [of for page in e.document.pages for _, of in page_numbers(page.text, pats)]
    have = len(e.document.pages)
    if not counts or max(counts) <= have:
        return None
    return Problem("pages-missing", tr(
        lang, "Its pages say the document has {m} pages, but this file holds {k}: the other pages are missing, and "
              "what they show (the closing balance, the totals) may be read wrong or not at all. Put all {m} pages in "
              "one file: scan them together, or use your phone's scanner app (Notes, Files, Google Drive, WeChat) to "
              "make one PDF of the photos.",
        "材料上的页码显示共 {m} 页，但这个文件只有 {k} 页：其余各页缺失，它们上面的内容（期末余额、合计等）可能读错或读不到。"
        "请把 {m} 页放进同一个文件：一起扫描，或用手机的扫描功能（备忘录、文件、微信等）把照片合成一个 PDF。",
        m=max(counts), k=have))


def someone_else(e: Extracted, case: Case, types: Mapping[str, DocType]) -> str | None:
    """The name printed on ``e`` when it is clearly another person's than the applicant's (``case.applicant.name``),
    by :func:`packet.core.text.other_person` (no name word in common; Chinese: another family name and at most one
    character shared, traditional and simplified forms alike), else None. Never for a type whose name may be a
    relative's (``family_name_ok``: a parent's medical bill) nor for a type without a ``name_field``. ``build``
    refuses a packet that includes such a document (:attr:`packet.core.model.Report.others`): a new user's trial
    built a packet of another person's papers under the applicant's name, with only a warning said."""
    t = types.get(e.type)
    wanted = case.applicant.name
    if not (t and t.name_field and wanted) or t.family_name_ok:
        return None
    vocab, surnames = load_vocabulary(), load_surnames()
    for fields in e.parts or (e.fields,):
        seen = fields.get(t.name_field)
        if seen and other_person(seen, wanted, vocab.titles, vocab.honorifics, surnames.variants, surnames.compound,
                                 surnames.romanised):
            return seen
    return None


def someone_else_note(lang: str, seen: str, wanted: str) -> str:
    """The sentence put first in the warning (code ``name-mismatch``) on a document naming ``seen``, clearly not
    ``wanted`` (:func:`someone_else`): it still counts, but the packet is not built with it in. ``seen`` and
    ``wanted`` are named by the warning's own words that follow."""
    return tr(lang, "It looks like another person's document: the packet is not built with it in.",
              "看起来是别人的材料：包含它时材料包不会生成。")


def someone_else_message(lang: str, others: Sequence[tuple[str, str]], wanted: str, surface: str = "cli") -> str:
    """What ``check`` (its last lines), ``build`` (its refusal), ``batch`` and the page say of ``others`` (the files
    clearly naming another person than ``wanted``, as (path, name printed): :attr:`packet.core.model.Report.others`):
    each file and whose it is, then the three ways on (``surface`` "cli": [files] include = false, [applicant] name,
    --force; "page": the page's "Added by mistake? Remove it", its form, "Build it now anyway")."""
    lines = [tr(lang, "Not ready to build: {n} document(s) in the packet name someone else than {want}:",
                "还不能生成：材料包中有 {n} 份材料上的姓名不是 {want}：", n=len(others), want=wanted)]
    lines += [tr(lang, "  - {f}: {seen}", "  - {f}：{seen}", f=rel, seen=seen) for rel, seen in others]
    if surface == "page":
        how = tr(lang, "If they are not yours, take each out with its “Added by mistake? Remove it”. If the case's name "
                       "is wrong, correct it under “{form}”. If they truly are yours, tick “Build it now anyway”.",
                 "如果不是您的，请用各自的“添加错了？移除”把它们移出；如果是案件中的姓名写错了，请在“{form}”中改正；"
                 "如果确实是您本人的，请勾选“仍然现在生成”。", form=tr(lang, *FORM_TITLE))
    else:
        how = tr(lang, "If they are not yours, take them out of the folder, or leave each out with a line under [files] "
                       "in packet.toml:",
                 "如果不是您的，请移出文件夹，或在 packet.toml 的 [files] 下为每份加一行：")
        how += "\n" + "\n".join(f"      \"{toml_name(rel)}\" = {{ include = false }}" for rel, _ in others)
        how += "\n" + tr(lang, "If packet.toml has your name wrong, correct [applicant] name. If they truly are yours, "
                               "build with --force.",
                         "如果是 packet.toml 中的 [applicant] name 写错了，请改正；如果确实是您本人的，请加上 --force 生成。")
    return "\n".join(lines) + "\n" + how


def document_problems(lang: str, e: Extracted, case: Case, types: Mapping[str, DocType],
                      surface: str = "cli") -> list[Problem]:
    """The warnings on the readable document ``e``: low quality, pages missing, a name that is not the applicant's.
    ``surface`` "page" (``packet serve``): the advice names the page's controls (the document's "Added by mistake?
    Remove it", the case's delete) instead of packet.toml, which the page has no control for."""
    out = []
    # The dpi is compared whole: an A4 page scanned at 150 dpi is 1240 px wide, which reads back as 149.9 dpi.
    weak = [p for p in e.document.pages if p.source == "ocr" and (
        (p.confidence is not None and p.confidence < MIN_CONFIDENCE) or (p.dpi is not None and round(p.dpi) < MIN_DPI))]
    if weak:
        p = weak[0]
        how = []
        if p.confidence is not None and p.confidence < MIN_CONFIDENCE:
            how.append(tr(lang, "text recognised with {c:.0f}% confidence", "文字识别可信度 {c:.0f}%", c=p.confidence))
        if p.dpi is not None and round(p.dpi) < MIN_DPI:
            how.append(tr(lang, "{d} dpi, below the {m:.0f} dpi small print needs", "分辨率 {d} dpi，低于小字所需的 {m:.0f} dpi",
                          d=round(p.dpi), m=MIN_DPI))
        out.append(Problem("low-quality", tr(
            lang, "Hard to read (page {n}: {how}); details may be wrong or missing: {advice}.",
            "难以识别（第 {n} 页：{how}），内容可能读错或读不到：{advice}。",
            n=p.number, how=tr(lang, ", ", "，").join(how), advice=photo_advice(lang))))
    short = pages_missing(lang, e)
    if short is not None:
        out.append(short)
    t = types.get(e.type)
    wanted = case.applicant.name
    vocab = load_vocabulary()
    if t and t.name_field and wanted:
        other = someone_else(e, case, types)
        for fields in e.parts or (e.fields,):
            seen = fields.get(t.name_field)
            if seen and not same_name(seen, wanted, vocab.titles, vocab.honorifics):
                if t.family_name_ok:
                    # said of the document as its type names it: a bill, or a doctor's letter (medical_evidence)
                    msg = tr(lang, "The patient is {seen}, not {want}. If {seen} is your family, this is fine: "
                                   "{a} still counts; say who it is in your statement.",
                             "患者为 {seen}，不是 {want}。如果是您的家人，没有关系，这份{t}仍然有效；"
                             "请在情况说明中写明与您的关系。", seen=seen, want=wanted,
                             a="the " + t.indefinite[2:] if t.indefinite.startswith("a ") else t.indefinite,
                             t=type_name(lang, t.name))
                elif surface == "page":
                    msg = tr(lang, "The name on it is {seen}, but this case is for {want}. Check that it is yours: if "
                                   "it is not, take it out with “Added by mistake? Remove it” below. If it is yours "
                                   "with the name written another way, it still counts; if the case's name is the "
                                   "one that is wrong, correct it under “{form}” on this page.",
                             "材料上的姓名是 {seen}，而本案件的姓名是 {want}。请确认是您本人的材料：如果不是，请用下方的"
                             "“添加错了？移除”把它移出。如果是您本人、只是写法不同，这份材料仍然有效；如果是案件中的姓名"
                             "写错了，请在本页“{form}”中改正。", seen=seen, want=wanted, form=tr(lang, *FORM_TITLE))
                else:
                    msg = tr(lang, "The name on it is {seen}, but packet.toml says {want}. Check that it is yours; "
                                   "if your name is written differently, correct [applicant] name.",
                             "材料上的姓名是 {seen}，而 packet.toml 中是 {want}。请确认是您本人的材料；"
                             "如果只是写法不同，请修改 [applicant] name。", seen=seen, want=wanted)
                if other is not None:  # clearly someone else's: the build stops for it, said first
                    msg = someone_else_note(lang, other, wanted) + ("" if lang == "zh" else " ") + msg
                out.append(Problem("name-mismatch", msg))
                break
    return out


def file_error(lang: str, error: FileError, case: Case, surface: str = "cli") -> FileError:
    """``error`` (a file the reading stage could not read) as ``surface`` says it: unchanged for the command line;
    for the page (``packet serve``), a locked PDF names the page's password box instead of [passwords] in
    packet.toml, and says when the password kept for it (``case.password_for``) does not open it."""
    if surface != "page" or error.code != "encrypted":
        return error
    if case.password_for(error.rel) is not None:
        text = tr(lang, "The password kept for this PDF does not open it. Type the right one below and save: capital "
                        "and small letters differ, and spaces count.",
                  "为这个 PDF 保存的密码打不开它。请在下面输入正确的密码并保存：大小写字母不同，空格也算在内。")
    else:
        text = tr(lang, "This PDF is locked with a password. Type the password below and save: packet opens it with it "
                        "(the password stays in this case's folder, on this computer).",
                  "这个 PDF 有密码保护。请在下面输入密码并保存：packet 会用它打开文件（密码只保存在本案件的文件夹里，在这台电脑上）。")
    return FileError(error.rel, error.code, text)


def stale_month(lang: str, period: str, months: Sequence[str], met: bool = False) -> Problem:
    """A document for a month before ``months`` (the months asked for, YYYY-MM). ``met``: the requirement is met
    by other documents, so this one is not needed (nothing is to be added: :func:`extra_exhibit` then says where it
    goes); else it was not counted and the payslips of those months are asked for."""
    if met:
        return Problem("stale", tr(
            lang, "This is for {p}, older than the months asked for ({a} – {b}), which your other documents cover: "
                  "it is not needed.",
            "这是 {p} 的材料，早于所需月份（{a} 至 {b}）；这几个月已由其他材料覆盖，因此不需要这份。",
            p=period or "?", a=months[0], b=months[-1]))
    return Problem("stale", tr(
        lang, "This is for {p}, older than the months asked for ({a} – {b}), so it was not counted. "
              "Add the payslips for those months instead.",
        "这是 {p} 的材料，早于所需月份（{a} 至 {b}），因此不计入。请改为提供这几个月的工资单。",
        p=period or "?", a=months[0], b=months[-1]))


def stale_date(lang: str, d: date, days: int, as_of: date, met: bool = False) -> Problem:
    """A document dated more than ``days`` before ``as_of``; ``met``: as :func:`stale_month`."""
    if met:
        return Problem("stale", tr(
            lang, "Dated {d}, more than {n} days before {asof}; other documents meet this item of the checklist, so "
                  "it is not needed.",
            "出具日期 {d}，早于 {asof} 之前 {n} 天；清单的这一项已由其他材料满足，因此不需要这份。",
            d=d.isoformat(), n=days, asof=as_of.isoformat()))
    return Problem("stale", tr(
        lang, "Dated {d}, more than {n} days before {asof}, so it was not counted. Ask for a new one.",
        "出具日期 {d}，早于 {asof} 之前 {n} 天，因此不计入。请重新开具一份。", d=d.isoformat(), n=days, asof=as_of.isoformat()))


def stale_period(lang: str, end: date, window: tuple[date, date], met: bool = False) -> Problem:
    """A statement that ends before ``window`` (the period asked for); ``met``: as :func:`stale_month` (a trial:
    a September statement was said to be "not counted… download the statements for that period" while the
    months asked were covered and the packet held it as an exhibit)."""
    if met:
        return Problem("stale", tr(
            lang, "This statement ends on {e}, before the period asked for ({a} – {b}), which your other statements "
                  "cover: it is not needed for it.",
            "这份流水截至 {e}，早于所需期间（{a} 至 {b}）；该期间已由其他流水覆盖，因此不需要这份。",
            e=end.isoformat(), a=window[0].isoformat(), b=window[1].isoformat()))
    return Problem("stale", tr(
        lang, "This statement ends on {e}, before the period asked for ({a} – {b}), so it was not counted. "
              "Download the statements for that period from your bank app.",
        "这份流水截至 {e}，早于所需期间（{a} 至 {b}），因此不计入。请在银行 App 中下载该期间的流水。",
        e=end.isoformat(), a=window[0].isoformat(), b=window[1].isoformat()))


def extra_exhibit(lang: str, problem: Problem, included: bool, rel: str, surface: str = "cli") -> Problem:
    """``problem`` (a document not needed: :func:`stale_month` and the others with ``met``) with where the document
    goes: in the packet as an extra exhibit (how to leave it out: ``[files]`` include = false; on the page, nothing
    to type), or left out of it."""
    if not included:
        extra = tr(lang, "It is left out of the packet.", "它不放入申请材料。")
    elif surface == "page":
        extra = tr(lang, "It goes in the packet as an extra exhibit.", "它作为额外附件放入申请材料。")
    else:
        extra = tr(lang, "It goes in the packet as an extra exhibit; to leave it out, add under [files] in "
                         "packet.toml: \"{r}\" = {{ include = false }}",
                   "它作为额外附件放入申请材料；如不想附上，请在 packet.toml 的 [files] 下加上：\"{r}\" = {{ include = false }}",
                   r=rel)
    return Problem(problem.code, problem.message + tr(lang, " ", "") + extra)


def future_date(lang: str, when: str, as_of: date, rel: str, part: int | None, field: str, counted: bool,
                fmt: str = "YYYY-MM-DD", surface: str = "cli") -> Problem:
    """A document dated after the day the case is checked on (``when``: its date, or its month as YYYY-MM): nobody
    has papers from the future, so either packet read the date wrong (a blurred digit, a date in another calendar —
    the Nepali Bikram Sambat year runs 56-57 years ahead, the Thai Buddhist 543), or ``--as-of`` is earlier than
    meant. Says so, and gives both ways out: the ``[fields]`` line that corrects the date, or a later ``--as-of``.
    ``counted``: whether the document still counted (a payslip for a later month does; a dated proof does not);
    ``fmt``: how ``field`` is written (YYYY-MM for a month); ``surface`` "page": the page's "correct" link instead of
    packet.toml and --as-of."""
    entry = fields_key(rel, part) + f" {field} = \"{fmt}\""
    if surface == "page":
        return Problem("future-date", tr(
            lang, "Dated {d}, after {asof}, the day this case is checked on{c}. If packet read the date wrong, use "
                  "“correct” beside it to type the right one. If the date is right, check the case again on that day "
                  "or later.",
            "日期为 {d}，晚于核对日期 {asof}{c}。如果是日期读错了，请点击该项旁边的“更正”填写正确的日期。"
            "如果日期没错，请在该日或之后重新检查。",
            d=when, asof=as_of.isoformat(), c=("" if counted else tr(lang, ", so it was not counted", "，因此不计入"))))
    return Problem("future-date", tr(
        lang, "Dated {d}, after {asof}, the day this case is checked on{c}. If packet read the date wrong, write "
              "the right one in packet.toml: {e}. If the date is right, check again with --as-of set to that day "
              "or later.",
        "日期为 {d}，晚于核对日期 {asof}{c}。如果是日期读错了，请把正确的日期写进 packet.toml：{e}。"
        "如果日期没错，请用 --as-of 设为该日或之后重新核对。",
        d=when, asof=as_of.isoformat(), e=entry,
        c=("" if counted else tr(lang, ", so it was not counted", "，因此不计入"))))


def stale_and_lacking(lang: str, problem: Problem, rel: str, part: int | None, type_name: str,
                      dating: Sequence[str], lacking: Sequence[str], surface: str = "cli") -> Problem:
    """``problem`` (a stale warning) for a document that also lacks required ``lacking`` fields: the newer document
    must show them too; and when the date itself was misread, the lines that correct it (``dating``: the type's
    fields that date it) and give the fields not found, in packet.toml's [fields] — which then make it count if
    it is in fact recent. ``surface`` "page": the page's "correct" links instead of packet.toml."""
    names = _list(lang, [field_name(lang, type_name, f) for f in lacking])
    if surface == "page":
        extra = tr(lang, "Also not found on it: {f}; make sure the newer one shows that too. If a date on this one was "
                         "read wrong and it is in fact recent, use “correct” beside its dates and the {f} to type them.",
                   "另外，这份材料上未读到{f}：请确保新的材料上写明{f}。如果是日期读错了、材料其实在所需期间内，"
                   "请点击日期和{f}旁边的“更正”填写。", f=names)
        return Problem(problem.code, problem.message + tr(lang, " ", "") + extra)
    entry = fields_key(rel, part) + " " + tr(lang, ", ", "，").join(
        f"{f} = \"…\"" for f in (*[d for d in dating if d not in lacking], *lacking))
    extra = tr(lang, "Also not found on it: {f}; make sure the newer one shows that too. If a date on this one was "
                     "read wrong and it is in fact recent, write its dates and the {f} in packet.toml: {e}.",
               "另外，这份材料上未读到{f}：请确保新的材料上写明{f}。如果是日期读错了、材料其实在所需期间内，"
               "请把日期和{f}写进 packet.toml：{e}。", f=names, e=entry)
    return Problem(problem.code, problem.message + tr(lang, " ", "") + extra)


def duplicate(lang: str, other: str, same_bytes: bool, why: tuple[str, Mapping[str, object]] | None = None) -> Problem:
    """The warning on the copy left out: ``other`` is the file kept. ``why`` (from
    :func:`packet.rules.evaluate.copy_reason`): (code, values) saying why that one was kept — ``text``, ``scan``,
    ``pages``, ``low-quality``, ``quality`` (values ``kept``/``dropped``: mean OCR confidence, 0-100) or ``order``."""
    if same_bytes:
        return Problem("duplicate", tr(lang, "The same file as {o}; it is counted once. You may delete one copy.",
                                       "与 {o} 是同一个文件，只计一次。可以删除其中一份。", o=other))
    code, values = why or ("order", {})
    reasons = {
        "text": ("it is the original PDF with its own text, this one an image of it", "它是带文字的原始 PDF，这份是它的图像"),
        "scan": ("it is a scan, this one a photo", "它是扫描件，这份是照片"),
        "pages": ("it has more pages", "它的页数更多"),
        "low-quality": ("this one is harder to read (small, blurred or faint print)", "这份较难辨认（字小、模糊或太淡）"),
        "quality": ("it was read more clearly (text recognised at {k}% confidence, this one at {d}%)",
                    "它识别得更清楚（文字识别可信度 {k}%，这份 {d}%）"),
        "order": ("the two read equally well, and its name comes first", "两份识别得一样清楚，它的文件名排在前面"),
    }
    en, zh = reasons.get(code, reasons["order"])
    because = tr(lang, en, zh, k=values.get("kept", "?"), d=values.get("dropped", "?"))
    return Problem("duplicate", tr(
        lang, "Same document as {o} (the same content); it is counted once, and the packet holds {o}: {b}. This copy is left "
              "out; you may delete it.",
        "与 {o} 是同一份材料（内容相同），只计一次，申请材料中放的是 {o}：{b}。这份不放入，可以删除。",
        o=other, b=because))


def part_key(type_name: str, fields: Mapping[str, str | None]) -> str:
    """What tells one document of a combined file from the next: its month, else its date ("?" if neither)."""
    t = load_types().get(type_name)
    month, dated = (t.field_of_kind("month"), t.field_of_kind("date")) if t else (None, None)
    return str((month and fields.get(month)) or (dated and fields.get(dated)) or "?")


def multiple(lang: str, e: Extracted) -> Problem:
    keys = [part_key(e.type, f) for f in e.parts]
    return Problem("multiple-documents", tr(
        lang, "This file holds {n} documents ({k}); each was counted on its own and is its own exhibit in the "
              "packet. Nothing to do.",
        "这个文件里有 {n} 份材料（{k}），已分别计入，在申请材料中各为一个附件，无需处理。", n=len(e.parts),
        k=_list(lang, keys)))


def joined(lang: str, e: Extracted) -> Problem:
    """The note on a paper photographed in parts and read as one document (:mod:`packet.understanding.joining`):
    which pictures, that it counts once as one exhibit, and how to have them read apart (``join = false``)."""
    files = [f.rel for f in e.document.files]
    undo = f'"{toml_name(files[-1])}" = {{ join = false }}'
    return Problem("joined-pictures", tr(
        lang, "The pictures {f} were read as one paper ({t}) photographed in parts: the first has its heading, the "
              "next goes on with the same rows. It counts once and is one exhibit in the packet, its pages in this "
              "order. If they are different papers, write  {u}  under [files] in packet.toml and check again.",
        "已把照片 {f} 当作同一份材料（{t}）分几张拍摄的几部分：第一张有抬头，后面一张接着同一个表格。它只计一次，"
        "在申请材料中是一个附件，页序同上。如果它们其实是不同的材料，请在 packet.toml 的 [files] 下写  {u}，然后再检查一次。",
        f=_list(lang, files), t=type_name(lang, e.type), u=undo))


# --- what is missing ---------------------------------------------------------------------------------------

# the first days of a month, when last month's payslip may not be out yet: wages are paid on a date the employer
# agrees, at least monthly (China: 《工资支付暂行规定》, 劳部发〔1994〕489号, art. 7), commonly by the 10th–15th of the
# next month. The checklist still asks for that month (the interface page's rule); the message says it may not
# exist yet (a trial on 1 December was asked for November's payslip, paid on 10 December)
PAYDAY_GRACE_DAYS = 15


def given_hint(lang: str, t: str, extracted: Sequence[Extracted], surface: str = "cli") -> str:
    """How to mark a document as type ``t``, one packet never gives on its own (types.toml ``given_only``: a
    doctor's letter as medical evidence): the ``[files]`` line to write in packet.toml, for the first document read as
    the catch-all that :func:`packet.understanding.classify.classify_one` pointed at ``t`` (else for a file name to
    replace), or on the web page (``surface`` "page") the type to choose. One sentence in ``lang``."""
    label = type_name(lang, t)
    if surface == "page":
        return tr(lang, "packet does not recognise {a} by itself: add it, then choose “{l}” as its type.",
                  "packet 不会自动识别{l}：请添加后，在它的类型里选择“{l}”。", a=indefinite(t), l=label)
    rel = next((e.document.rel for e in extracted if t in e.suggested), None)
    line = f'"{rel or tr(lang, "letter.pdf", "证明.pdf")}" = "{t}"'
    if rel:
        return tr(lang, "packet does not recognise {a} by itself: if {p} is one, mark it in packet.toml under [files]:  "
                        "{line}", "packet 不会自动识别{l}：如果 {p} 就是，请在 packet.toml 的 [files] 下写明：  {line}",
                  a=indefinite(t), l=label, p=rel, line=line)
    return tr(lang, "packet does not recognise {a} by itself: put it in the folder and mark it in packet.toml under "
                    "[files] with its file name:  {line}", "packet 不会自动识别{l}：请把它放入文件夹，并在 packet.toml 的 "
              "[files] 下用它的文件名写明：  {line}", a=indefinite(t), l=label, line=line)


def _option_phrase(lang: str, opt: Option, o: Outcome) -> str:
    if opt.rule == "each-month":
        return tr(lang, "the {t} for {m}", "{m} 的{t}", t=type_name(lang, opt.type).lower() if lang == "en"
                  else type_name(lang, opt.type), m=_list(lang, o.need_months))
    if opt.rule == "within-days":
        since = o.since.isoformat() if o.since else "?"
        phrase = tr(lang, "{a} dated {s} or later", "一份 {s} 或之后出具的{t}", a=indefinite(opt.type),
                    s=since, t=type_name(lang, opt.type))
        when = load_types()[opt.type].given_when if opt.type in load_types() else None
        return f"{when['zh' if lang == 'zh' else 'en']}{tr(lang, ', ', '，')}{phrase}" if when else phrase
    ranges = [f"{a.isoformat()} – {b.isoformat()}" for a, b in o.gaps]
    return tr(lang, "{t}s covering {r}", "覆盖 {r} 的{t}", t=type_name(lang, opt.type).lower(), r=_list(lang, ranges))


# A statement that prints no period of its own (a bank app's export, a transactions list) is dated by its first and
# last transactions (the ``rows`` method of packet.understanding.extract): a month whose last days had no transaction
# then looks uncovered though the export covered it. A gap of at most ROW_EDGE_DAYS days beside such a date is said
# with both ways out: confirm the statement's own period in [fields], or download the missing days (a new user's
# trial, r21: "download that period" alone left a statement ending 30 Oct stuck on 31 Oct). A week: the longest run
# of days without a card payment or a direct debit in an ordinary current account is a few days.
ROW_EDGE_DAYS = 7


def _row_edges(lang: str, gaps: Sequence[tuple[date, date]], extracted: Sequence[Extracted], option: Option,
               surface: str) -> str:
    """The advice for each gap of at most :data:`ROW_EDGE_DAYS` days that begins the day after a statement's
    ``end`` dated by its last transaction, or ends the day before a ``start`` dated by its first (evidence method
    ``rows``): the [fields] line that confirms the statement's own period, or the missing days to download. "" when
    no gap is such."""
    t = load_types().get(option.type)
    if t is None:
        return ""
    start_f, end_f = t.field_of_kind("start"), t.field_of_kind("end")
    said = []
    for a, b in gaps:
        if (b - a).days + 1 > ROW_EDGE_DAYS:
            continue
        for e in extracted:
            if e.type != option.type or e.parts:
                continue
            for f, day, edge in ((end_f, a - timedelta(days=1), b), (start_f, b + timedelta(days=1), a)):
                ev = e.evidence.get(f) if f else None
                if not f or ev is None or not ev.method.startswith("rows") or e.fields.get(f) != day.isoformat():
                    continue
                first, last = (e.fields.get(start_f), e.fields.get(end_f)) if start_f and end_f else (None, None)
                line = f'{fields_key(e.document.rel)} {f} = "{edge.isoformat()}"'
                if surface == "page":
                    said.append(tr(lang, " {p} prints no period of its own: packet dated it by its first and last "
                                         "transactions ({x} – {y}). If the statement covers {d} (days without a "
                                         "transaction), correct its {n} to {d} with the “correct” link beside it; "
                                         "if not, download those days from your bank app.",
                                   "{p} 上没有印出流水期间：packet 按其第一笔和最后一笔交易的日期（{x} 至 {y}）计算。如果这份"
                                   "流水其实包括 {d}（那几天没有交易），请用旁边的“更正”链接把{n}改为 {d}；如果不包括，请在"
                                   "银行 App 中下载这几天的流水。", p=e.document.rel, x=first, y=last, d=edge.isoformat(),
                                   n=field_name(lang, option.type, f)))
                else:
                    said.append(tr(lang, " {p} prints no period of its own: packet dated it by its first and last "
                                         "transactions ({x} – {y}). If the statement covers {d} (days without a "
                                         "transaction, e.g. the period you chose when you exported it), confirm it in "
                                         "packet.toml:  {line}  If not, download those days from your bank app (or "
                                         "ask your bank) and add them to the folder.",
                                   "{p} 上没有印出流水期间：packet 按其第一笔和最后一笔交易的日期（{x} 至 {y}）计算。如果这份"
                                   "流水其实包括 {d}（那几天没有交易，例如导出时选择的期间），请在 packet.toml 中写明：  "
                                   "{line}  如果不包括，请在银行 App 中下载这几天的流水（或到银行柜台打印），放入文件夹。",
                                   p=e.document.rel, x=first,
                                   y=last, d=edge.isoformat(), line=line))
    return "".join(dict.fromkeys(said))


def missing(lang: str, req: Requirement, outcomes: Sequence[tuple[Option, Outcome]], extracted: Sequence[Extracted],
            as_of: date, surface: str = "cli") -> Missing:
    """What requirement ``req`` still lacks, in ``lang``: the months, dates or periods to add, and the documents
    that did not count for want of a field. ``surface`` "cli" (the folder, packet.toml) or "page" (``packet serve``:
    "Add documents" and the "correct" link, the page's own controls)."""
    page = surface == "page"
    first_opt, first = outcomes[0]
    detail: list[str] = []
    for _opt, o in outcomes:
        detail += o.need_months + [f"{a.isoformat()}/{b.isoformat()}" for a, b in o.gaps]
    if first_opt.rule == "cover-days" and len(outcomes) == 1:
        ranges = _list(lang, [a.isoformat() if a == b else tr(lang, "{a} – {b}", "{a} 至 {b}", a=a.isoformat(),
                                                                b=b.isoformat()) for a, b in first.gaps])
        edges = _row_edges(lang, first.gaps, extracted, first_opt, surface) if first.found else ""
        if edges:  # a statement dated by its rows ends (or starts) a few days short: both ways out, nothing else
            text = tr(lang, "Your bank statements do not cover {r}.", "银行流水未覆盖 {r}。", r=ranges) + edges
        elif first.found and page:
            text = tr(lang, "Your bank statements do not cover {r}: download that period from your bank app "
                            "(or ask your bank) and add it with “Add documents” on this page.",
                      "银行流水未覆盖 {r}：请在银行 App 中下载这段时间的流水（或到银行柜台打印），再用本页的“添加材料”上传。",
                      r=ranges)
        elif first.found:
            text = tr(lang, "Your bank statements do not cover {r}: download that period from your bank app "
                            "(or ask your bank) and add it to the folder.",
                      "银行流水未覆盖 {r}：请在银行 App 中下载这段时间的流水（或到银行柜台打印），放入文件夹。", r=ranges)
        else:
            text = tr(lang, "Add bank statements covering {r}: download them from your bank app (or ask your bank).",
                      "请补充覆盖 {r} 的银行流水：可在银行 App 中下载，或到银行柜台打印。", r=ranges)
    else:
        phrases = [_option_phrase(lang, opt, o) for opt, o in outcomes]
        text = tr(lang, "Add {p}.", "请补充{p}。", p=tr(lang, ", or ", "，或者").join(phrases))
        si = first_opt.stand_in
        if first_opt.rule == "each-month" and si and first.need_months:
            text += tr(lang, " ({a} dated {s} or later can replace one month's {t}.)",
                       "（{s} 或之后出具的{a}可以代替其中一个月的{t}。）",
                       a=indefinite(si.type).capitalize() if lang == "en" else type_name(lang, si.type),
                       s=(as_of - timedelta(days=si.within_days)).isoformat(), t=type_name(lang, first_opt.type).lower()
                       if lang == "en" else type_name(lang, first_opt.type))
    given = [opt.type for opt, _ in outcomes if opt.type in load_types() and load_types()[opt.type].given_only]
    for t in given:
        text += tr(lang, " ", "") + given_hint(lang, t, extracted, surface)
    last = months_before(as_of, 1)[0]  # the newest month an each-month rule asks for
    if first_opt.rule == "each-month" and last in first.need_months and as_of.day <= PAYDAY_GRACE_DAYS:
        text += tr(lang, " If your payslip for {m} has not been issued yet (wages are often paid by the 15th of the "
                         "next month), add it as soon as you get it, then check again.",
                   "如果 {m} 的工资单还没有发（工资常在次月 15 日前发放），拿到后请马上补充，再检查一次。", m=last)
    # documents that lack the same details and get the same advice are named together, the advice said once: six
    # bank-app screenshots without the holder's name gave six copies of one paragraph, four screens of it on a page
    # zoomed to 200 % (a trial, r26); advice that names its file (the command line's lines to add) stays one a file
    same: dict[tuple[str, str], list[str]] = {}
    for _, o in outcomes:
        for doc, fields, *part in o.unusable:
            e = extracted[doc]
            k = part[0] if part else None
            names = _list(lang, [field_name(lang, e.type, f) for f in fields])
            shown = e.document.rel if k is None else f"{e.document.rel}#{k}"
            files = same.setdefault((names, not_found_advice(lang, e.document, e.type, fields, k, surface)), [])
            if shown not in files:
                files.append(shown)
    unreadable = [tr(lang, "{p} ({f} not found). {advice}", "{p}（未读到{f}）。{advice}",
                     p=tr(lang, ", ", "、").join(files), f=names, advice=advice)
                  for (names, advice), files in same.items()]
    if unreadable:
        text += tr(lang, " Not counted because some details were not found: {u}",
                   "以下材料因部分内容未读到而未计入：{u}", u=" ".join(unreadable))
    return Missing(requirement=req.id, type=first_opt.type, message=text, detail=tuple(detail))
