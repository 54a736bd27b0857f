"""Before and after the build: writing the case file (`init`), the record of contacts and replies (`log`),
what was sent (`sent`), and where the request stands (`status`, with a follow-up letter on request).

Each function edits ``DIR/packet.toml`` through :mod:`packet.case.case_edit` (round-trip, validated,
atomic, comments kept) or reads it; none touches any other file in the case folder.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from packet.case import case_edit, init_file
from packet.case.casefile import CASE_FILE, Case, is_email, is_phone, load_case, messages_lang, parse_case
from packet.case.fingerprint import Differences, differences, read_fingerprint
from packet.case.followup import Status, sent_as, status
from packet.case.value_names import value_name
from packet.core.display import command_path
from packet.core.errors import CaseFileError, NoSuchFolder, PacketError, readable_folder
from packet.core.i18n import env_lang, message_lang, tr
from packet.core.own_output import file_sha256
from packet.rules.readiness import FORM_TITLE, REQUEST_FORM_TITLE, example_copies, need_name
from packet.rules.registry import doc_types, field_kinds
from packet.rules.shown import mask_free_text

INIT_QUESTIONS = init_file.QUESTIONS
INIT_REPLY = init_file.REPLY_QUESTIONS  # asked by the terminal's init last: where the lender's reply can go
INIT_COUNTRY = init_file.COUNTRY  # asked by the terminal's init after INIT_QUESTIONS
MONTH_FORMS = init_file.MONTH_FORMS  # how a month may be written, said when one is not: (en, zh)


def _folder(root: Path) -> Path:
    """``root`` when it is a folder; NoSuchFolder (exit 2) saying whether it is a file or missing."""
    root = Path(root)
    if root.is_file():
        lang = env_lang()
        parent = root.parent if str(root.parent) not in ("", ".") else Path(".")
        raise NoSuchFolder(tr(lang, "{p} is a file, not a folder: this command takes the case folder (the one that "
                                    "holds packet.toml and your documents).",
                              "{p} 是文件，不是文件夹：这个命令需要案件文件夹（存放 packet.toml 和材料的文件夹）。", p=root),
                           tr(lang, "Give the folder, e.g. {d}", "请给出文件夹，例如 {d}", d=parent))
    if not root.is_dir():
        lang = env_lang()
        raise NoSuchFolder(tr(lang, "No such folder: {p}", "找不到文件夹：{p}", p=root),
                           tr(lang, "Give the folder that holds your documents.", "请给出存放材料的文件夹。"))
    readable_folder(root, env_lang())
    return root


def init_case(root: Path, lang: str, answers: dict[str, str] | None = None, country: str | None = None) -> Path:
    """Write ``root/packet.toml`` in ``lang`` (zh/en) from ``answers`` (keys of :data:`INIT_QUESTIONS` and
    ``country``; None: the commented template with no values). ``country``: the ``[request] country`` written when
    the answers give none (``--country``, or the one the documents point to). Creates ``root`` if needed; returns
    the file's path.

    Raises CaseFileError (exit 2) when packet.toml already exists: it is never overwritten."""
    root = Path(root)
    if (root / CASE_FILE).exists():
        raise case_edit.exists_error(root / CASE_FILE)
    answers = dict(answers or {})
    if country and not answers.get("country"):
        answers["country"] = country
    for key in ("outstanding", "monthly_payment"):
        if answers.get(key):
            answers[key] = init_file.money_text(answers[key])
    # the command in the file's first lines as one types it: quoted when the name holds a space (r19 trial:
    # "# Then run:  packet check clients/01 Smith")
    init_file.write_new(root, init_file.render(lang, answers, folder=command_path(root)))
    return root / CASE_FILE


def init_defaults(answers: dict[str, str] | None) -> dict[str, str]:
    """What :func:`init_case` writes of its own for ``answers`` left empty (None: the blank template), as
    {question key: value written}: ``{"kind": "stop"}`` when "what do you ask for" was skipped. ``packet init``
    says so, and how to change it (a new user's trial: skipping it wrote kind = "stop" without a word)."""
    return init_file.defaults_used(answers)


def check_init_answer(question, value: str) -> str:
    """The answer tidied, or ValueError saying the format wanted (see :func:`packet.case.init_file.check_answer`)."""
    return init_file.check_answer(question, value)


def not_in_future(root: Path, at: datetime, today: date | None = None, field: str = "--at") -> None:
    """Refuse (PacketError, code ``usage``: exit 2) a contact, reply or sending dated after ``today`` (default: the
    clock's date): a typo there moves the reply deadline and blocks the follow-up (a trial's ``--at 2026-12-25``
    was kept). A time later today is allowed (clocks differ). ``field``: what the hint names ("--at", or the page's
    “When”)."""
    today = today or date.today()
    if at.date() <= today:
        return
    lang = messages_lang(_folder(root))
    raise PacketError(tr(lang, "{d} is after today ({t}): packet records only what has happened.",
                         "{d} 晚于今天（{t}）：packet 只记录已经发生的事。", d=at.date().isoformat(), t=today.isoformat()),
                      tr(lang, "Give the day it happened in {f} (e.g. {t}); nothing was recorded.",
                         "请在 {f} 中填写实际发生的日期（例如 {t}）；没有记录任何内容。", f=field, t=today.isoformat()),
                      code="usage", field="at")


def log_contact(root: Path, *, at: datetime, channel: str, with_: str | None = None, said: str | None = None,
                promised: str | None = None, next_step: str | None = None, summary: str | None = None,
                surface: str = "cli", today: date | None = None, assumed: bool = False) -> Case:
    """Add a ``[[contact]]`` (a call, chat, letter… with the lender) to ``root/packet.toml``.

    ``channel``: phone | chat | email | letter | visit. Raises CaseFileError for a bad value (file untouched), and
    PacketError (code ``usage``) for a contact that says nothing (no who, summary, said, promised or next step): it
    would stand in the lender's appendix as an empty line (a new user's trial: ``packet log DIR``, meant to show
    the log, recorded one). ``surface`` "cli" or "page" says whose controls the hint names. A contact dated after
    ``today`` is refused (:func:`not_in_future`). ``assumed``: ``channel`` is the default, nobody gave it (written
    ``assumed = true``: the follow-up letter then names no channel)."""
    case = load_case(_folder(root))
    not_in_future(root, at, today, "--at" if surface == "cli" else tr(message_lang(case.language), "“When”", "“时间”"))
    if not any(x and x.strip() for x in (with_, said, promised, next_step, summary)):
        lang = message_lang(case.language)
        hint = tr(lang, "For example:  packet log {d} --channel phone --with \"Agent 1234\" --said \"...\"   "
                        "To see the log:  packet log {d} --list",
                  "例如：  packet log {d} --channel phone --with \"客服1234\" --said \"……\"   "
                  "查看记录：  packet log {d} --list", d=command_path(root)) if surface == "cli" else tr(
            lang, "Write who you spoke to or what was said, then add it again.", "请写上联系的人或谈话内容，再添加。")
        raise PacketError(tr(lang, "Nothing to record: say what happened in the contact.",
                             "没有可记录的内容：请写明这次联系的情况。"), hint, code="usage", field="summary")
    return case_edit.add_entry(_folder(root), "contact", {
        "at": at, "channel": channel, "with": with_, "summary": summary, "said": said, "promised": promised,
        "next_step": next_step, "assumed": True if assumed else None})


def log_reply(root: Path, *, at: datetime, kind: str, summary: str | None = None, today: date | None = None,
              surface: str = "cli") -> Case:
    """Add a ``[[reply]]`` (what the lender answered): ``kind`` acknowledged | final-response | accepted |
    refused | other. Raises CaseFileError for a bad kind, PacketError (code ``usage``) for a reply dated after
    ``today`` (:func:`not_in_future`); the file is then untouched."""
    case = load_case(_folder(root))
    not_in_future(root, at, today, "--at" if surface == "cli" else tr(message_lang(case.language), "“When”", "“时间”"))
    return case_edit.add_entry(_folder(root), "reply", {"at": at, "kind": kind, "summary": summary})


# the log's texts a person types freely: shown with their ID, card and account numbers masked
_FREE_LOG_TEXT = ("with", "said", "promised", "next_step", "summary")


def _shown_case(root: Path) -> Case:
    """The case whose contract number and phone numbers stay whole in the log's texts (an empty one when
    packet.toml cannot be read: then every number the rule finds is masked)."""
    try:
        return load_case(root)
    except PacketError:
        return Case(root=root)


def masked_log_values(case: Case, values: dict) -> dict:
    """``values`` of a log entry as packet shows them (terminal, ``--json``, the web page): the free texts
    (with, said, promised, next step, summary) with identity, card and account numbers masked to their last four
    by the one masking rule (interface.md, "Masking"; :func:`packet.rules.shown.mask_free_text`); ``case``'s
    contract number and phone numbers stay whole, and packet.toml keeps what was typed."""
    return {k: (mask_free_text(v, case)[0] if k in _FREE_LOG_TEXT and isinstance(v, str) else v)
            for k, v in values.items()}


def masked_log_texts(root: Path, values: dict) -> dict:
    """``values`` (log texts just typed, as for :func:`log_contact`) as packet echoes them back: masked as
    :func:`masked_log_values` says, by the case at ``root``."""
    return masked_log_values(_shown_case(_folder(root)), values)


def log_entries(root: Path) -> list[tuple[str, int, dict]]:
    """The log (contacts, replies, sent) in time order as (table, index, values), free texts masked as
    :func:`masked_log_values` says; numbered from 1 by callers."""
    root = _folder(root)
    rows = case_edit.entries(root)
    case = _shown_case(root)
    return [(table, i, masked_log_values(case, vals)) for table, i, vals in rows]


def remove_log_entry(root: Path, number: int) -> tuple[str, dict]:
    """Remove entry ``number`` (1-based, as :func:`log_entries` orders them); returns (table, values), the values
    masked as :func:`masked_log_values` says."""
    root = _folder(root)
    table, vals = case_edit.remove_entry(root, number)
    return table, masked_log_values(_shown_case(root), vals)


# two recordings of the same file closer than this are one sending recorded twice, whatever way each says (a trial
# clicked "I sent it" in two tabs of the page, one saying post, the other email, a minute apart): refused unless
# ``again``; a person who really sent it twice within the hour says so
SAME_SENDING = timedelta(hours=1)


def record_sent(root: Path, file: Path, *, via: str, at: datetime, tracking: str | None = None,
                follow_up: bool = False, again: bool = False, surface: str = "cli",
                force: bool = False, today: date | None = None, assumed: bool = False) -> tuple[Case, str]:
    """Add a ``[[sent]]``: the file sent (path as given relative to the case folder when it can be), its
    sha256, how (email | post | portal | in-person), when, the tracking number. Returns (case, sha256).

    Raises CaseFileError when packet.toml is invalid (checked first: every mistake in it is listed before anything
    else is said), PacketError (code ``usage``, exit 2) when the file does not exist (saying to build first when
    nothing was built yet) or when the same file (same sha256) was already recorded as sent the same day the same
    way, or within :data:`SAME_SENDING` of it any way, unless ``again``; packet.toml is then left untouched. ``surface`` "cli" or "page": whose controls the
    refusal of a second recording names (the commands' ``--list``/``--again``, or the page's log).

    A packet built before the case last changed (:func:`out_of_date`: a document added, removed or changed,
    packet.toml edited) is refused the same way (code ``usage``) unless ``force``: it is most likely not what should
    have gone, and once recorded its date sets the reply deadline and the follow-up quotes it. The refusal says to
    build again, or to confirm (``--force``, the page's tick box) when that very file is what went. A sending
    dated after ``today`` is refused too (:func:`not_in_future`). ``assumed``: ``via`` is the default, nobody gave
    it (written ``assumed = true``: the follow-up letter then does not say how it was sent). From the command line
    (``surface`` "cli"), a packet whose letter was built with --force lacking a name, lender or contract number
    (:func:`letter_lacks`) is refused the same way unless ``force``: a trial recorded such a letter as sent, exit 0."""
    root = _folder(root)
    file = Path(file)
    lang = messages_lang(root)
    load_case(root)  # a broken case file is the first thing to fix: nothing can be recorded in it
    not_in_future(root, at, today, "--at" if surface == "cli" else tr(lang, "“When”", "“时间”"))
    if not file.is_file():
        built = [p for p in built_files(root) if p.suffix == ".pdf"]
        if not built:
            raise PacketError(tr(lang, "There is nothing to record yet: {p} does not exist, and no packet was built "
                                         "from {d}.", "还没有可以记录的文件：{p} 不存在，{d} 也还没有生成过申请材料。",
                                   p=file, d=root),
                                tr(lang, "Build it first with  packet build {d}, send it to the lender, then run  "
                                         "packet sent {d}", "请先运行  packet build {d}  生成，发送给贷款机构后，再运行  "
                                         "packet sent {d}", d=command_path(root)), code="usage")
        raise PacketError(tr(lang, "No such file: {p}", "找不到文件：{p}", p=file),
                          tr(lang, "Give the file you sent, e.g.  packet sent {d} --file {f}",
                             "请给出您发送的文件，例如  packet sent {d} --file {f}", d=command_path(root),
                             f=command_path(built[0])), code="usage")
    if not follow_up and not force:
        changed = out_of_date(root, file)
        if changed:
            raise PacketError(
                stale_message(lang, file, changed) + " " + tr(lang, "Nothing was recorded.", "没有记录。"),
                tr(lang, "If you have not sent it yet, build it again (“Build it again”) and send the new one. If this "
                         "very file is what you sent, tick “I sent this file as it is” and record it again.",
                   "如果还没有发送，请先点击“重新生成”，发送新生成的文件。如果您发送的确实是这个文件，请勾选"
                   "“我发送的就是这个文件”后再记录。") if surface == "page" else
                tr(lang, "If you have not sent it yet, build it again (packet build {d}) and send the new one. If this "
                         "very file is what you sent, record it with  packet sent {d} --force",
                   "如果还没有发送，请先运行  packet build {d}  重新生成，发送新生成的文件。如果您发送的确实是这个文件，"
                   "请运行  packet sent {d} --force  记录。", d=command_path(root)), code="usage")
    # a packet built with --force whose letter lacks a name, lender or contract number (its record says so) is not
    # recorded as sent unless forced: ``packet sent``; the page keeps its own flow
    if not follow_up and not force and surface == "cli":
        lacks = letter_lacks(file)
        if lacks:
            what = tr(lang, ", ", "、").join(need_name(k, lang) for k in lacks)
            raise PacketError(
                tr(lang, "{f} was built with --force and its letter lacks {w}: the lender cannot tell whose "
                         "account it is about. Nothing was recorded.",
                   "{f} 是用 --force 生成的，申请书中没有{w}：贷款机构无法确认是哪个账户。没有记录。", f=file.name, w=what),
                tr(lang, "Add it to packet.toml, build again (packet build {d}) and send the new one. If this very file "
                         "is what you sent, record it with  packet sent {d} --force",
                   "请在 packet.toml 中补上，重新运行  packet build {d}  生成并发送新文件。如果您发送的确实是这个文件，"
                   "请运行  packet sent {d} --force  记录。", d=command_path(root)), code="usage")
    digest = file_sha256(file)
    if not again:
        case = load_case(root)
        kind = "follow-up" if follow_up else "request"
        same = next((x for x in case.sent if x.sha256 == digest and (
            (x.via == via and x.at.date() == at.date())
            or (x.kind == kind and abs(x.at - at) <= SAME_SENDING)  # "sent" clicked in two tabs (a trial)
        )), None)
        if same is not None and surface == "page":
            raise PacketError(
                tr(lang, "Already recorded: {f} was sent by {v} on {d} (it is in the log under “Contact with the "
                         "lender”). Nothing was added.",
                   "已有记录：{f} 已于 {d} 通过{v}发送（见“与贷款机构的沟通”中的记录）。没有重复添加。",
                   f=file.name, v=value_name("via", same.via, lang), d=same.at.date().isoformat()),
                tr(lang, "If you really sent it once more, tick “I sent it once more” and record it again.",
                   "如果确实又发送了一次，请勾选“我又发送了一次”后再记录。"), code="usage")
        if same is not None:
            raise PacketError(
                tr(lang, "Already recorded: {f} was sent by {v} on {d} (see  packet log {r} --list). Nothing was added.",
                   "已有记录：{f} 已于 {d} 通过{v}发送（运行  packet log {r} --list  查看）。没有重复添加。",
                   f=file.name, v=value_name("via", same.via, lang), d=same.at.date().isoformat(), r=command_path(root)),
                tr(lang, "If you really sent it again, add --again to record the second sending.",
                   "如果确实又发送了一次，请加上 --again 记录第二次发送。"), code="usage")
    try:
        shown = Path(__import__("os").path.relpath(file.resolve(), root.resolve())).as_posix()
    except ValueError:
        shown = str(file.resolve())
    case = case_edit.add_entry(root, "sent", {"at": at, "via": via, "file": shown, "sha256": digest,
                                              "tracking": tracking, "kind": "follow-up" if follow_up else None,
                                              "assumed": True if assumed else None})
    return case, digest


def letter_lacks(file: Path) -> tuple[str, ...]:
    """What the cover letter in the packet ``file`` was built without (its record,
    :attr:`packet.assembly.letter_record.LetterRecord.lacks`: a build with --force of a case without a name, lender or
    contract number); () when it lacks nothing or holds no record (a PDF packet did not write)."""
    from packet.assembly.letter_record import read_record

    found = read_record(file)
    return found.lacks if found is not None else ()


def record_delivered(root: Path, when: datetime) -> dict:
    """Record that the last sending reached the lender on ``when`` (from the post's tracking): ``delivered`` in
    its ``[[sent]]`` entry (:func:`packet.case.case_edit.set_delivered`); a posted request's reply deadline then
    counts from that day. Returns the entry's values (masked as ``log`` shows them).

    Raises CaseFileError when packet.toml is invalid, or (code ``usage``) when nothing was sent yet or ``when`` is
    before the sending."""
    root = _folder(root)
    load_case(root)  # a broken case file is the first thing to fix
    return masked_log_values(_shown_case(root), case_edit.set_delivered(root, when))


def case_status(root: Path, today: date, surface: str = "cli") -> tuple[Case, Status]:
    """Where the case's request stands on ``today`` (see :func:`packet.case.followup.status`); ``surface`` "cli"
    or "page" says whose controls its next step names (the commands, or the page of ``packet serve``)."""
    case = load_case(_folder(root))
    pdf = packet_pdf(root)
    lang = message_lang(case.language)
    # built, then the case changed: not the PDF to send (a trial sent and recorded one built before a document
    # was removed); said only before the request was sent
    changed = out_of_date(root, pdf, case) if pdf and not any(s.kind == "request" for s in case.sent) else None
    st = status(case, today, lang, pdf.name if pdf else None, surface,
                stale=changed.describe(lang) if changed else None)
    # the replies as packet shows them: numbers typed into a summary masked, as `log` shows them (a trial saw a card
    # number `log` had masked printed whole by `status`)
    shown = tuple(dataclasses.replace(r, summary=mask_free_text(r.summary, case)[0]) for r in st.replies)
    return case, dataclasses.replace(st, replies=shown)


def follow_up(root: Path, today: date, output: Path | None = None) -> tuple[Path, Path]:
    """Write the follow-up letter and email draft next to the case folder; returns (pdf, eml).

    Raises PacketError (code ``usage``, exit 2) when nothing was recorded as sent yet: the command came too early,
    packet.toml is not at fault (the hint says to send, then record it with `packet sent`); the same when the reply
    deadline (:func:`packet.case.followup.status`) has not passed and no follow-up was sent yet (the letter says no
    reply came by then), and when the lender already answered."""
    from packet.assembly.followup_letter import write_follow_up

    case = load_case(_folder(root))
    st = status(case, today, case.language)
    if st.request is None:
        lang = message_lang(case.language)
        raise PacketError(tr(lang, "Nothing was recorded as sent yet, so there is nothing to follow up.",
                             "还没有发送记录，无需跟进。"),
                          tr(lang, "Send the packet first, then record it with  packet sent {d}  (when and how). If no "
                                   "answer comes by the reply deadline,  packet status {d} --follow-up  writes the letter.",
                             "请先发送申请材料，再运行  packet sent {d}  记录发送的时间和方式。到了答复期限仍未收到答复时，"
                             "运行  packet status {d} --follow-up  生成跟进函。", d=command_path(root)),
                          code="usage")  # the command was asked too early: nothing is wrong in packet.toml
    answered = [r for r in st.replies if r.kind != "acknowledged" and r.at.date() >= st.request.at.date()]
    if answered:  # the letter says no reply came: it must never be sent after one did
        lang = message_lang(case.language)
        last = answered[-1]
        raise PacketError(
            tr(lang, "{l} already answered on {d} ({k}): a follow-up saying no reply came would not be true, so none "
                     "was written.", "{l}已于 {d} 答复（{k}）：跟进函会说“未收到答复”，这不属实，因此没有生成。",
               l=case.lender.name or tr(lang, "The lender", "贷款机构"), d=last.at.date().isoformat(),
               k=value_name("reply", last.kind, lang)),
            tr(lang, "See what to do next with  packet status {d}", "运行  packet status {d}  查看下一步。", d=command_path(root)),
            code="usage")
    if not st.overdue and not st.follow_ups and st.deadline is not None:
        # the letter says no reply came by the deadline: before it has passed, that is not true (a new user's trial
        # sent a formal complaint on the day of the request)
        lang = message_lang(case.language)
        raise PacketError(
            tr(lang, "The reply deadline has not passed yet: {l} has until {d} to answer, so a follow-up saying no "
                     "reply came would not be true. No letter was written.",
               "答复期限还没到：{l}可以在 {d} 之前答复，现在寄跟进函说“未收到答复”并不属实，因此没有生成。",
               l=case.lender.name or tr(lang, "the lender", "贷款机构"), d=st.deadline.isoformat()),
            tr(lang, "Wait until {n}. If no written answer has come by then, run  packet status {r} --follow-up  again; "
                     "meanwhile log every call or message with  packet log {r}.",
               "请等到 {n}。如果到时仍未收到书面答复，再运行  packet status {r} --follow-up；期间的每次电话或消息请用  "
               "packet log {r}  记录。", n=(st.deadline + timedelta(days=1)).isoformat(), r=command_path(root)),
            code="usage")
    return write_follow_up(case, st, today, output)


def correct_field(root: Path, rel: str, field: str, value: str | None) -> Case:
    """Give, confirm or (``value`` None) withdraw the value of ``field`` of document ``rel`` (``"<path>#N"`` for the
    N-th document of a file holding several) under ``[fields]`` in packet.toml, validated against the registry's
    types and field kinds (:func:`packet.case.case_edit.correct_field`). Returns the new :class:`Case`.

    Raises CaseFileError (key and line named; packet.toml untouched) for a path not in the case folder, a field no
    document type has (or not the [files] type's), or a value that does not parse for the field's kind."""
    value = value.strip() if value else None  # a blank answer in a form withdraws the value too
    return case_edit.correct_field(_folder(root), rel, field, value or None, known_types=doc_types(),
                                   known_fields=field_kinds())


def set_file_type(root: Path, rel: str, doc_type: str | None) -> Case:
    """Say which type of document the file ``rel`` is (``"<rel>" = "<type>"`` under ``[files]`` in packet.toml), or
    (``doc_type`` None or blank) withdraw it so packet detects the type again
    (:func:`packet.case.case_edit.set_file_type`). Returns the new :class:`Case`.

    Raises CaseFileError (key and line named; packet.toml untouched) for a path not in the case folder or a type
    the registry does not have."""
    doc_type = doc_type.strip() if doc_type else None
    return case_edit.set_file_type(_folder(root), rel, doc_type or None, known_types=doc_types(),
                                   known_fields=field_kinds())


def set_file_include(root: Path, rel: str, include: bool | None) -> Case:
    """Send the file ``rel`` in the packet whatever its type (``include`` True: ``{ include = true }`` under
    ``[files]``), keep it out (False), or (None) let the checklist decide again
    (:func:`packet.case.case_edit.set_file_include`). Returns the new :class:`Case`.

    Raises CaseFileError (key and line named; packet.toml untouched) for a path not in the case folder."""
    return case_edit.set_file_include(_folder(root), rel, include, known_types=doc_types(),
                                      known_fields=field_kinds())


def set_password(root: Path, rel: str, password: str | None) -> Case:
    """Give (or, ``password`` None or empty, withdraw) the password of the PDF ``rel`` under ``[passwords]`` in
    packet.toml (:func:`packet.case.case_edit.set_password`), so the next check opens it. Returns the new
    :class:`Case`. Raises CaseFileError (key and line named; packet.toml untouched) for a path not in the case.

    The password is tried on the file first (:func:`packet.reading.pdf_text.password_opens`): one that does not
    open it is not kept and raises PacketError (code ``usage``: a wrong value, exit 2) saying so and what to check (a new
    user's trial: a mistyped password was saved and the page only said "locked" again). A file PDFium cannot open
    for another reason keeps the password (the check then says what is wrong with the file)."""
    folder = _folder(root)
    if password:
        from packet.reading.pdf_text import password_opens

        key = rel.replace("\\", "/").strip().removeprefix("./")
        target = (folder / key).resolve()
        if target.is_file() and target.is_relative_to(folder.resolve()) and password_opens(target, password) is False:
            lang = messages_lang(folder)
            raise PacketError(tr(lang, "That password did not open {rel}, so it was not saved.",
                                 "用这个密码没能打开 {rel}，所以没有保存。", rel=key),
                              tr(lang, "Check the password and type it again: capital and small letters differ, and a "
                                       "space at the start or end counts. The message that came with the file may say "
                                       "what the password is.",
                                 "请核对密码后重新输入：大小写字母不同，开头或结尾的空格也算在内。"
                                 "随文件发来的短信或邮件里可能写明了密码。"), code="usage")  # a wrong value given
    return case_edit.set_password(_folder(root), rel, password or None, known_types=doc_types(),
                                  known_fields=field_kinds())


LETTER_FACTS = ("applicant.name", "lender.name", "lender.contract_number", "lender.email", "applicant.email",
                "applicant.phone", "applicant.address")  # what the page's "Details for the letter" form writes


def letter_fact_problems(lang: str, values: dict[str, str]) -> dict[str, str]:
    """What is wrong with the letter's facts as a form gives them (keys of :data:`LETTER_FACTS` -> text): an email
    that is not one address, a phone number with letters or too few or many digits
    (:func:`packet.case.casefile.is_phone`), and a value of the README's example case file
    (:func:`packet.rules.readiness.example_copies`, as ``packet init`` refuses it: someone else's lender, name or
    contract number). Returns {key: message in ``lang``}; empty when all can be written."""
    problems: dict[str, str] = {}
    clean = {k: " ".join(str(v or "").split()) for k, v in values.items() if k in LETTER_FACTS}
    for key in ("lender.email", "applicant.email"):
        if clean.get(key) and not is_email(clean[key]):
            problems[key] = tr(lang, "“{v}” is not an email address: write one address, e.g. name@example.com.",
                               "“{v}”不是电子邮箱地址：请填写一个地址，例如 name@example.com。", v=clean[key])
    if clean.get("applicant.phone") and not is_phone(clean["applicant.phone"]):
        problems["applicant.phone"] = tr(lang, "“{v}” is not a phone number: write its digits, e.g. +44 20 7946 0958 "
                                               "or 0412 345 678 (spaces, + and - may stay).",
                                         "“{v}”不是电话号码：请填写数字，例如 138 0013 8000 或 025-8457 1234（空格、+ 和 - 可以保留）。",
                                         v=clean["applicant.phone"])
    for key in example_copies(clean):
        if clean.get(key):
            problems[key] = tr(lang, "“{v}” is the example from packet's README: the letter needs your own.",
                               "“{v}”是 packet 说明文档（README）中的示例：申请书需要您自己的信息。", v=clean[key])
    return problems


def set_letter_facts(root: Path, values: dict[str, str], language: str | None = None) -> Case:
    """Write the letter's facts (keys of :data:`LETTER_FACTS`, e.g. ``"lender.name"`` -> text; "" for not given;
    other keys ignored) into packet.toml under [applicant] and [lender] (:func:`packet.case.case_edit.set_values`:
    each line keeps its place and comment, the rest of the file is untouched). Returns the new :class:`Case`.

    Raises PacketError (code ``usage``, exit 2; packet.toml untouched) naming every value that cannot be written
    (:func:`letter_fact_problems`), and CaseFileError when packet.toml is invalid. A folder without packet.toml
    (documents put in the cases folder by hand) gets one first (:func:`init_case`'s template, in ``language``: the
    documents' language as the last check read them, else the messages'): the page offered the form and had nowhere
    to write it (a trial)."""
    folder = _folder(root)
    lang = messages_lang(folder)
    problems = letter_fact_problems(lang, values)
    if problems:
        raise PacketError(" ".join(problems[k] for k in LETTER_FACTS if k in problems),
                          tr(lang, "Correct it and save again; nothing was saved.", "请改正后再保存；这次没有保存任何内容。"),
                          code="usage")
    clean = {tuple(k.split(".", 1)): " ".join(str(v or "").split()) for k, v in values.items() if k in LETTER_FACTS}
    if not (folder / CASE_FILE).exists():
        init_case(folder, language if language in ("zh", "en") else lang, None)
    return case_edit.set_values(folder, clean, known_types=doc_types(), known_fields=field_kinds())


def init_problems(lang: str, answers: dict[str, str], today: date | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Check the answers of a new case (keys of :data:`INIT_QUESTIONS`) the way ``packet init`` and the case-file
    loader do, without writing anything. Returns (tidied answers, problems): ``problems`` maps a question's key
    (or ``""`` for the file as a whole) to a message in ``lang`` saying what to write. A monthly payment without the
    amount owed or the first payment's date is a problem on the missing one: the plan needs all three (a new user's
    trial: the new-case form put the amount into packet.toml as a comment and the letter said nothing of it).

    ``today`` (the page's forms give it; ``packet init`` does not, it warns instead): a first payment before it is
    a problem on ``first_payment`` (:func:`past_first_payment`): the letter would offer payments already late, and
    the check then refuses to build (:func:`packet.rules.readiness.plan_is_past`, the same comparison)."""
    tidy: dict[str, str] = {}
    problems: dict[str, str] = {}
    formats = {"money": ("an amount, e.g. 100.00", "金额，例如 100.00"), "date": ("2027-01-15", "2027-01-15"),
               "email": ("one email address, e.g. name@example.com", "一个电子邮箱，例如 name@example.com"),
               "month": MONTH_FORMS}
    for q in INIT_QUESTIONS:
        value = str(answers.get(q.key) or "")
        try:
            tidy[q.key] = init_file.check_answer(q, value)
        except (ValueError, ArithmeticError) as exc:
            en, zh = formats.get(q.kind, (" | ".join(q.choices),) * 2)
            if q.kind == "money" and str(exc) == "> 0":  # read, but nothing (a trial's "0" was told it was no number)
                problems[q.key] = tr(lang, "“{v}” is not an amount more than 0: write more than 0, or leave the box "
                                           "empty if you cannot pay anything now.",
                                     "“{v}”不是大于 0 的金额：请填写大于 0 的金额；如果现在一点也还不了，请留空。",
                                     v=value.strip())
            elif q.kind == "money":  # "两万三", "about 4000": the money parser reads digits only (a trial: the box was
                # filled and the form said only "a monthly payment needs this too")
                problems[q.key] = tr(lang, "“{v}” is not a number: write the amount in digits only, e.g. 23000 or "
                                           "100.00.", "“{v}”不是数字金额：请只用阿拉伯数字填写，例如 23000 或 100.00。",
                                     v=value.strip())
            elif q.kind == "date":  # the page's calendar box posts year-month-day: a typed "52026" is a year too long
                problems[q.key] = tr(lang, "“{v}” is not a day: choose it in the calendar, or type the year (four "
                                           "digits), the month and the day, e.g. 2027-01-15.",
                                     "“{v}”不是有效日期：请在日历中选择，或依次填写年（四位数）、月、日，例如 2027-01-15。",
                                     v=value.strip())
            else:
                problems[q.key] = tr(lang, "Please write it as {f}.", "请按此格式填写：{f}。", f=tr(lang, en, zh))
    if today and tidy.get("first_payment") and "first_payment" not in problems:
        past = past_first_payment(lang, tidy["first_payment"], today)
        if past:
            problems["first_payment"] = past
    if tidy.get("monthly_payment"):  # the plan needs all three: alone, the amount went in as a comment, unsaid
        for key in ("outstanding", "first_payment"):
            if not tidy.get(key) and key not in problems:  # a box filled with what is not a number says so itself
                problems[key] = tr(lang, "A monthly payment needs this too (or leave the monthly payment empty).",
                                   "填写了每月还款金额，这一项也需要填写（或把每月还款金额留空）。")
    if problems:
        return tidy, problems
    for key in ("outstanding", "monthly_payment"):
        if tidy.get(key):
            tidy[key] = init_file.money_text(tidy[key])
    try:
        parse_case(Path("."), init_file.render(lang, tidy).encode("utf-8"))
    except CaseFileError as exc:
        where = {"name": "applicant] name", "lender": "lender] name", "contract_number": "contract_number",
                 "lender_email": "lender] email", "hardship": "hardship", "statement": "statement", "kind": "kind",
                 "outstanding": "outstanding", "monthly_payment": "monthly_payment", "first_payment": "first_payment"}
        lines = exc.message.splitlines()  # several problems: a heading, then one "  - …" line each
        for text in ([x.strip().removeprefix("- ") for x in lines[1:]] if len(lines) > 1 else lines):
            key = next((k for k, w in where.items() if w in text), "")
            problems[key] = (problems[key] + " " + text) if key in problems else text
    return tidy, problems


def past_first_payment(lang: str, first: str, today: date) -> str | None:
    """The refusal of a first payment ``first`` (YYYY-MM-DD) before ``today``, in ``lang``, or None when it is not
    (or does not read as a date). The same comparison as :func:`packet.rules.readiness.plan_is_past`, which keeps a
    built letter from offering a plan already late: the page's forms refuse it beside the field instead of saying
    after the case is made that it must be deleted (a new user's trial)."""
    try:
        day = date.fromisoformat(str(first).strip()[:10])
    except ValueError:
        return None
    if day >= today:
        return None
    return tr(lang, "{d} is already past (today is {t}): write the date you can really start paying, today or later.",
              "{d} 已经过去（今天是 {t}）：请填写您真正能开始还款的日期（今天或以后）。",
              d=day.isoformat(), t=today.isoformat())


REQUEST_KEYS = ("kind", "hardship", "statement", "outstanding", "monthly_payment", "first_payment", "country")
# the questions of INIT_QUESTIONS (and INIT_COUNTRY, which the terminal's init asks last) the page's "The request and
# the plan" form changes after the case is made, and where each is written in packet.toml
REQUEST_PLACES = {"kind": ("request", "kind"), "hardship": ("request", "hardship"),
                  "statement": ("request", "statement"), "outstanding": ("plan", "outstanding"),
                  "monthly_payment": ("plan", "monthly_payment"), "first_payment": ("plan", "first_payment"),
                  "country": ("request", "country")}


def request_values(case: Case) -> dict[str, str]:
    """The request and plan of ``case`` as the page's form shows them: {key of :data:`REQUEST_KEYS`: text} ("" where
    not given; amounts as plain figures, ``4200.00``; the date as YYYY-MM-DD)."""
    plan, req = case.plan, case.request
    return {"kind": req.kind or "", "hardship": req.hardship or "", "statement": req.statement or "",
            "outstanding": "" if plan.outstanding is None else str(plan.outstanding),
            "monthly_payment": "" if plan.monthly_payment is None else str(plan.monthly_payment),
            "first_payment": plan.first_payment.isoformat() if plan.first_payment else "",
            "country": req.country or ""}


def request_problems(lang: str, values: dict[str, str], today: date) -> tuple[dict[str, str], dict[str, str]]:
    """What is wrong with the request and plan as the page's form gives them (keys of :data:`REQUEST_KEYS` -> text):
    the very checks of the new-case form (:func:`init_problems`, with ``today``: a past first payment is refused).
    Returns (tidied values, {key: message in ``lang``}); the kind of request left empty is asked for (the letter
    asks for something)."""
    tidy, problems = init_problems(lang, {k: values.get(k, "") for k in REQUEST_KEYS}, today)
    tidy = {k: tidy.get(k, "") for k in REQUEST_KEYS}
    problems = {k: v for k, v in problems.items() if k in REQUEST_KEYS or k == ""}
    typed = str(values.get("country") or "").strip()
    if typed:  # "UK", "Germany" -> GB, DE; "XX" refused (the page had no country at all: a trial)
        try:
            tidy["country"] = init_file.check_answer(INIT_COUNTRY, typed)
        except ValueError:
            problems["country"] = tr(lang, "“{v}” is not a country: write its two-letter code, e.g. GB, US or CN.",
                                     "“{v}”不是国家/地区：请写两个字母的代码，例如 CN、GB、US。", v=typed)
    if not tidy.get("kind") and "kind" not in problems:
        q = next(q for q in INIT_QUESTIONS if q.key == "kind")
        problems["kind"] = tr(lang, "Choose one: {c}.", "请选择一项：{c}。",
                              c=tr(lang, ", ", "、").join(value_name("kind", c, lang) for c in q.choices))
    return tidy, problems


def set_request(root: Path, values: dict[str, str], today: date) -> Case:
    """Change the request and the plan of the case at ``root`` (keys of :data:`REQUEST_KEYS` -> text, as typed in
    the page's form; a key left out is left as it is, "" takes the value out of packet.toml) after it was made: the
    same checks as the new-case form (:func:`request_problems`), then one edit of packet.toml
    (:func:`packet.case.case_edit.edit_case`: under its lock, validated, atomic, comments kept). Amounts are kept
    as the figure understood ("3万" -> "30000.00"), the date as a TOML date. Returns the new :class:`Case`.

    Raises PacketError (code ``usage``; packet.toml untouched) naming every value that cannot be written, with
    ``problems`` ({key: message}) on it for a form to say beside each field; CaseFileError when packet.toml is
    invalid or the result would be (a monthly payment beside a list of instalments)."""
    import tomlkit

    folder = _folder(root)
    lang = messages_lang(folder)
    given = {k: str(values.get(k) or "").replace("\r\n", "\n") for k in REQUEST_KEYS if k in values}
    tidy, problems = request_problems(lang, {**request_values(load_case(folder)), **given}, today)
    if problems:
        err = PacketError(" ".join(problems[k] for k in ("", *REQUEST_KEYS) if k in problems),
                          tr(lang, "Correct it and save again; nothing was saved.", "请改正后再保存；这次没有保存任何内容。"),
                          code="usage")
        err.problems = problems  # type: ignore[attr-defined]
        raise err

    def change(doc) -> None:
        for key in given:
            table, name = REQUEST_PLACES[key]
            value = tidy.get(key, "")
            if table not in doc:
                if not value:
                    continue
                doc.add(table, tomlkit.table())
            section = doc[table]
            old = section.get(name)
            if not value:
                if name in section:
                    del section[name]
                continue
            new = tomlkit.date(value) if key == "first_payment" else tomlkit.string(
                value, multiline="\n" in value)
            trivia = getattr(old, "trivia", None)
            if trivia is not None and trivia.comment:
                new.trivia.comment_ws, new.trivia.comment = trivia.comment_ws or "  ", trivia.comment
            section[name] = new

    return case_edit.edit_case(folder, change, known_types=doc_types(), known_fields=field_kinds())


def unreadable_upload(path: Path, name: str, lang: str, beside: Iterable[str] = ()) -> str | None:
    """What ``packet check`` says of a file it cannot read, for an upload refused for its type: the file at ``path``
    (its bytes, however named) told by its content (:func:`packet.reading.file_formats.sniff`), named ``name``, and
    how to convert it (a Word file: "use Save as PDF"), in ``lang``
    (:func:`packet.reading.file_formats.unsupported_message`). None when the content is a format packet reads (the
    name's extension alone was wrong): the caller says so in its own words. A new user's trial: the page refused a
    .docx without the command line's tip. ``beside``: the names uploaded with it and already in the case, so a Live
    Photo's video is said to be one, as ``check`` says (:func:`packet.reading.file_formats.live_photo_still`)."""
    from packet.reading.file_formats import (
        READABLE,
        kind_of,
        live_photo_message,
        live_photo_still,
        unsupported_message,
    )

    kind = kind_of(Path(path), name)
    still = live_photo_still(name, set(beside)) if kind == "video" else None
    if still:
        return live_photo_message(lang, name, still)
    return None if kind in READABLE else unsupported_message(lang, name, kind)


def copy_for_lender(root: Path, target: Path, lender: str, contract_number: str = "", lang: str | None = None) -> int:
    """A new case at ``target`` for another lender, made from the case at ``root``: a copy of every document file
    ``check`` reads there (same relative paths, so ``[files]``, ``[fields]``, ``[passwords]`` and ``[[redact]]`` still
    name them) and of packet.toml with ``[lender]`` replaced by ``lender`` (and ``contract_number`` when given) and
    without the log (``[[contact]]``, ``[[reply]]``, ``[[sent]]``: what passed with the first lender). The request,
    the statement, the plan and the applicant's details stay: one person, the same hardship. Returns how many
    documents were copied. Messages in ``lang`` (default: packet's messages' language).

    One request goes to one lender (README, "The case folder"); a trial's worker behind on three apps, with a phone
    only, would otherwise add every photo three times. Raises :class:`PacketError` (``target`` exists, no lender
    name) or :class:`CaseFileError` (the case file); on any failure the new folder is removed, nothing half-made."""
    import tomlkit

    from packet.case.fingerprint import LOG_TABLES
    from packet.reading.ingest import discover

    lang = lang or message_lang(None)
    lender = " ".join(str(lender or "").split())
    if not lender:
        raise PacketError(tr(lang, "Write the other lender's name.", "请填写另一家贷款机构的名称。"), field="lender")
    case = load_case(root)
    if target.exists():
        raise PacketError(tr(lang, "There is already a case called “{n}”; choose another name.",
                             "已经有一个名为“{n}”的案件；请换一个名字。", n=target.name), field="lender")
    sources, _errors = discover(case)
    target.mkdir(parents=True)
    try:
        for src in sources:
            dst = target.joinpath(*src.rel.split("/"))
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src.path, dst)  # the bytes only: mode, owner and times are the new case's
        if (root / CASE_FILE).is_file():
            shutil.copyfile(root / CASE_FILE, target / CASE_FILE)
        else:
            (target / CASE_FILE).write_text("", encoding="utf-8")

        def change(doc: tomlkit.TOMLDocument) -> None:
            for key in LOG_TABLES:
                if key in doc:
                    del doc[key]
            table = tomlkit.table()
            table["name"] = lender
            if " ".join(str(contract_number or "").split()):
                table["contract_number"] = " ".join(str(contract_number).split())
            doc["lender"] = table

        case_edit.edit_case(target, change, known_types=doc_types(), known_fields=field_kinds())
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return len(sources)


def add_redaction(root: Path, file: str, transactions: str) -> Case:
    """Add one ``[[redact]]`` entry to packet.toml: the transactions matching ``transactions`` (a regular expression,
    as :func:`packet.rules.shown.redaction_notes` suggests it) hidden on every page of ``file`` (a path relative to
    the case folder) in the packet. The page's button for the privacy advice (a new user's trial: the page said "add
    these lines to packet.toml" and its block of lines ran off a phone's screen). Nothing is added when the same
    entry is there already. One edit (:func:`packet.case.case_edit.edit_case`: locked, validated, atomic), so a file
    not in the case or a pattern the loader refuses raises CaseFileError and packet.toml is left as it was. Returns
    the new :class:`Case`."""
    import tomlkit

    def change(doc) -> None:
        there = doc.get("redact")
        if isinstance(there, list) and any(isinstance(x, dict) and x.get("file") == file
                                           and x.get("transactions") == transactions for x in there):
            return
        item = tomlkit.table()
        item["file"] = file
        item["transactions"] = transactions
        if "redact" in doc:
            doc["redact"].append(item)
        else:
            aot = tomlkit.aot()
            aot.append(item)
            doc.append("redact", aot)

    return case_edit.edit_case(_folder(root), change, known_types=doc_types(), known_fields=field_kinds())


def init_warnings(lang: str, answers: dict[str, str], today: date | None = None, surface: str = "cli") -> dict[str, str]:
    """What looks wrong in the answers of a new case though each is well formed: ``packet init`` (and the new-case
    form) say it in plain words and keep the answer (a warning, never a refusal). Returns {question key: message in
    ``lang``}; empty when nothing looks wrong.

    - ``since`` (a YYYY-MM month, or a date) after ``today``'s month (default: today): a hardship that has not begun
      yet is almost always a typed year or month;
    - ``first_payment`` more than a month past or more than three years ahead: a plan is offered from about now (a
      trial's form took year 0007 for 2027);
    - a value of the README's and interface.md's example case file (:func:`packet.rules.readiness.example_copies`:
      the example's name only beside another of its values): someone else's lender, name or contract number, never
      the user's (the letter would go to no one).

    ``surface`` "cli" (change it in packet.toml) or "page" (``packet serve``, the case just made: change it in the
    page's form that holds it, :data:`packet.rules.readiness.REQUEST_FORM_TITLE` or ``FORM_TITLE``)."""
    today = today or date.today()
    if surface == "page":
        how = tr(lang, "If so, change it under “{f}” on this page.", "如需修改，请在本页“{f}”中修改。",
                 f=tr(lang, *REQUEST_FORM_TITLE))
    out: dict[str, str] = {}
    since = str(answers.get("since") or "").strip()[:7]
    if re.fullmatch(r"\d{4}-\d{2}", since) and since > today.strftime("%Y-%m"):
        out["since"] = tr(lang, "{m} is after this month ({now}): is it a typing mistake?", "{m} 晚于本月（{now}）：是否输入有误？",
                          m=since, now=today.strftime("%Y-%m")) + " " + (how if surface == "page" else tr(
            lang, "If so, write the month it began (in packet.toml: the statement under [request]).",
            "如果是，请写上困难开始的月份（在 packet.toml 的 [request] statement 中修改）。"))
    try:
        first = date.fromisoformat(str(answers.get("first_payment") or "").strip()[:10])
    except ValueError:
        first = None
    # a plan is offered from about now: a first payment already past, or years ahead (year 7 typed for 2027), is a typo
    if first and not today - timedelta(days=31) <= first <= date(today.year + 3, today.month, min(today.day, 28)):
        out["first_payment"] = tr(lang, "The first payment on {d} is {w}: is it a typing mistake?",
                                  "首次还款日期 {d} {w}：是否输入有误？", d=first.isoformat(),
                                  w=tr(lang, "already past" if first < today else "years from now",
                                       "已经过去" if first < today else "在几年之后")) + " " + (
            how if surface == "page" else tr(lang, "If so, write the right date (first_payment under [plan] in packet.toml).",
                                             "如果是，请改为正确的日期（packet.toml 中 [plan] 下的 first_payment）。"))
    where = {"name": "[applicant] name", "lender": "[lender] name", "contract_number": "[lender] contract_number",
             "lender_email": "[lender] email"}
    copied = example_copies({k: str(answers.get(k) or "") for k in (*where, "email", "id_number")})
    for key, place in where.items():
        value = str(answers.get(key) or "").strip()
        if value and key in copied:
            out[key] = tr(lang, "“{v}” is the example from packet's README: the letter needs your own.",
                          "“{v}”是 packet 说明文档（README）中的示例：申请书需要您自己的信息。", v=value) + " " + (
                tr(lang, "Unless it really is yours, write yours in its place under “{f}” on this page.",
                   "除非它确实是您的，请在本页“{f}”中改为您自己的信息。", f=tr(lang, *FORM_TITLE))
                if surface == "page" else
                tr(lang, "Unless it really is yours, write yours in its place ({w} in packet.toml).",
                   "除非它确实是您的，请改为您自己的信息（packet.toml 中的 {w}）。", w=place))
    return out


def built_files(root: Path) -> list[Path]:
    """What packet built from the case at ``root`` next to it: ``<name>-packet.pdf`` (and its ``-partNofM``
    parts), ``<name>-followup.pdf`` and their ``.eml`` drafts, that exist now."""
    root = Path(root).resolve()
    pattern = re.compile(re.escape(root.name) + r"-(packet|followup)(-part\d+of\d+)?\.(pdf|eml)")
    if not root.parent.is_dir():
        return []
    return sorted(p for p in root.parent.iterdir() if p.is_file() and pattern.fullmatch(p.name))


def kept_sent_files(root: Path) -> list[Path]:
    """The packets a later build moved aside because ``[[sent]]`` records them as sent
    (:func:`packet.pipeline.build_from`: ``<name>-packet-sent-<YYYY-MM-DD>[-N].pdf`` next to the case folder): the PDF
    the lender has, kept for the person to download. Sorted by name (the day sent); [] when there are none."""
    root = Path(root).resolve()
    pattern = re.compile(re.escape(root.name) + r"-packet(-part\d+of\d+)?-sent-\d{4}-\d{2}-\d{2}(-\d+)?\.pdf")
    if not root.parent.is_dir():
        return []
    return sorted(p for p in root.parent.iterdir() if p.is_file() and pattern.fullmatch(p.name))


def sent_differs(root: Path, case: Case) -> list[Path]:
    """The sent copies kept aside (:func:`kept_sent_files`) when the packet PDF built next to the case folder ``root``
    now is not the one ``[[sent]]`` records as sent (its sha256 differs): the person is about to hand on a PDF the
    lender has not seen, and should know which one the lender has. [] when nothing was sent, nothing is built, no
    copy was kept, or the PDF there is the sent one. Said by ``packet status`` and the page alike (a trial: only
    the page said it)."""
    built = [p for p in built_files(root) if p.suffix == ".pdf" and "-followup" not in p.name]
    kept = kept_sent_files(root)
    if not case.sent or not built or not kept or any(sent_as(case, p) is not None for p in built):
        return []
    return kept


def out_of_date(root: Path, pdf: Path, case: Case | None = None) -> Differences | None:
    """How the case at ``root`` has changed since the packet ``pdf`` was built from it
    (:mod:`packet.case.fingerprint`: documents added, removed or changed, packet.toml's content edited), or None
    when it has not, when ``pdf`` holds no fingerprint (built by an older packet, or another PDF) or cannot be
    read. ``case``: the case already loaded (else loaded here; raises CaseFileError for a broken packet.toml)."""
    from packet.reading.ingest import source_fingerprint

    built = read_fingerprint(Path(pdf)) if Path(pdf).is_file() else None
    if built is None:
        return None
    try:
        found = differences(built, source_fingerprint(case or load_case(_folder(root))))
    except OSError:
        return None
    return found or None


def stale_message(lang: str, pdf: Path, changed: Differences) -> str:
    """The warning that ``pdf`` no longer matches its case (``changed``), in ``lang``: what changed, and that it is
    out of date."""
    return tr(lang, "{f} is out of date: the case changed after it was built ({w}).",
              "{f} 已过时：生成之后案件有改动（{w}）。", f=Path(pdf).name, w=changed.describe(lang))


def packet_pdf(root: Path) -> Path | None:
    """The packet PDF built next to the case folder ``root`` (``<name>-packet.pdf``, or its first part), or None."""
    root = Path(root).resolve()
    built = [p for p in built_files(root) if p.suffix == ".pdf" and p.name.startswith(root.name + "-packet")]
    return built[0] if built else None


REMOVED_DIR = ".removed"  # inside a case folder: the files taken out of the case (hidden, so never read)


def remove_file(root: Path, rel: str) -> tuple[Path, tuple[str, ...]]:
    """Take the document file ``rel`` (a path relative to the case folder ``root``, ``/``-separated, as the report
    names it; a ``#N`` part number is ignored) out of the case: it is moved, never deleted, into the hidden folder
    :data:`REMOVED_DIR` inside ``root`` under the same relative path (``name (2).pdf`` when that is taken), where
    the check no longer reads it and the user can take it back. What packet.toml says of that file ([files],
    [fields], [passwords], [[redact]]) is taken out of it first (:func:`packet.case.case_edit.forget_file`: a case
    file naming a file that is gone would not load), and put back if the move fails. Returns (the new path, the
    packet.toml tables that named the file).

    Only a file inside ``root`` is moved: PacketError (code ``usage``) for an absolute path, ``..``, a hidden file or
    folder, packet.toml, a path through a link, or no such file; the file is then left where it is. A link inside the
    case is moved as the link (what it points to is never touched). NoSuchFolder when ``root`` is not a folder;
    OSError when the folder cannot be written to."""
    root = _folder(root).resolve()
    lang = env_lang()
    name = str(rel or "").split("#")[0]
    parts = [x for x in name.replace("\\", "/").split("/") if x not in ("", ".")]
    refused = PacketError(tr(lang, "“{p}” is not a document of this case, so nothing was moved.",
                             "“{p}”不是本案件中的材料，没有移动任何文件。", p=name),
                          tr(lang, "Choose a file from the case's list of documents.", "请从案件的材料列表中选择文件。"),
                          code="usage")
    if not parts or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or any(
            x == ".." or x.startswith(".") for x in parts) or (len(parts) == 1 and parts[0] == CASE_FILE):
        raise refused
    source = root.joinpath(*parts)
    folder = source.parent
    # every folder on the way is a real folder inside root (no link out); the file itself: a file or a link
    if folder.resolve() != folder or not folder.is_relative_to(root) or not (source.is_symlink() or source.is_file()):
        raise refused
    target = root / REMOVED_DIR / Path(*parts)
    stem, ext = target.stem, target.suffix
    n = 2
    while target.exists() or target.is_symlink():
        target = target.with_name(f"{stem} ({n}){ext}")
        n += 1
    rel = "/".join(parts)
    case_file = root / CASE_FILE
    before = case_file.read_bytes() if case_file.is_file() else None
    try:
        forgotten = case_edit.forget_file(root, rel)
    except CaseFileError:  # packet.toml does not load as it is: the page and check say so; the file still goes
        forgotten = ()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:  # never over an existing file, even in a race: a new name for the same file, then the old name goes
            os.link(source, target, follow_symlinks=False)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT, some shares): renamed instead, the name checked above
            os.rename(source, target)
        else:
            source.unlink()
    except OSError:
        if forgotten and before is not None:
            case_edit.write_atomic(case_file, before.decode("utf-8-sig"))
        raise
    return target, forgotten


def removed_files(root: Path) -> list[str]:
    """The files :func:`remove_file` took out of the case at ``root`` and kept in :data:`REMOVED_DIR`: their paths
    relative to that folder (``/`` separators), as :func:`restore_file` takes them, sorted; links and hidden files
    are left out. [] when nothing was removed."""
    kept = Path(root) / REMOVED_DIR
    if not kept.is_dir() or kept.is_symlink():
        return []
    out = []
    for p in kept.rglob("*"):
        rel = p.relative_to(kept)
        if p.is_file() and not p.is_symlink() and not any(x.startswith(".") for x in rel.parts):
            out.append(rel.as_posix())
    return sorted(out)


def restore_file(root: Path, rel: str) -> Path:
    """Put the file ``rel`` (as :func:`removed_files` names it) back into the case at ``root``, where
    :func:`remove_file` took it from: ``<root>/<rel>``, or ``name (2).pdf`` beside it when that name is taken now
    (never over a file). The undo of "remove" on the page (a new user's trial: the removed file sat in a hidden
    folder with no way back). What packet.toml said of the file before it was removed is not put back. Returns the
    path it has now.

    PacketError (code ``usage``) for a name that is not one of :func:`removed_files` (an absolute path, ``..``, a
    hidden part, a link: nothing is moved); OSError when the folder cannot be written to."""
    root = _folder(root).resolve()
    lang = env_lang()
    if rel not in removed_files(root):
        raise PacketError(tr(lang, "“{p}” is not among the files taken out of this case, so nothing was moved.",
                             "“{p}”不在本案件移出的文件中，没有移动任何文件。", p=rel),
                          tr(lang, "Choose one from the list of removed files.", "请从已移出的文件列表中选择。"),
                          code="usage")
    parts = rel.split("/")
    source = root / REMOVED_DIR / Path(*parts)
    target = root / Path(*parts)
    stem, ext = target.stem, target.suffix
    n = 2
    while target.exists() or target.is_symlink():
        target = target.with_name(f"{stem} ({n}){ext}")
        n += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    try:  # never over an existing file, even in a race
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        os.rename(source, target)
    else:
        source.unlink()
    folder = source.parent
    while folder != root and folder.is_relative_to(root / REMOVED_DIR):  # the empty folders left behind
        try:
            folder.rmdir()
        except OSError:
            break
        folder = folder.parent
    return target


def delete_case(root: Path) -> list[Path]:
    """Delete the case folder ``root`` with everything in it and what was built from it (:func:`built_files`, and
    the sent copies a later build kept, :func:`kept_sent_files`).
    Returns what was removed. This cannot be undone: a front end asks first, and calls
    :func:`packet.forget_case` before it to drop the OCR cache's entries. Raises NoSuchFolder when ``root`` is
    not a folder."""
    root = _folder(root).resolve()
    removed = built_files(root) + kept_sent_files(root)
    for p in removed:
        p.unlink(missing_ok=True)
    shutil.rmtree(root)
    return [root, *removed]


class InitReading(NamedTuple):
    """What ``packet init`` read from the documents already in the folder (:func:`read_for_init`)."""

    lang: str | None  # "zh" | "en": the language check reads them in; None when nothing could be read
    names: list[str]  # the people they are about, most frequent first
    hardship: str | None  # the [request] hardship they point to (medical bills -> "medical"), else None
    country: str | None = None  # the [request] country they point to (packet.case.followup.guess_country), else None
    country_clues: tuple[str, ...] = ()  # what pointed to it: the currency, marks ("sort code"), a postcode, "zh"


def read_for_init(root: Path, as_of: date | None = None) -> InitReading:
    """What ``packet init`` takes from the documents already in the case folder ``root``: the language ``check``
    reads them in ("zh" or "en", decided as ``check`` decides it for a folder without packet.toml), the people
    they are about (as :func:`names_on_documents` gives them) and the hardship they point to
    (:func:`packet.rules.readiness.suggested_hardship`: what ``check`` suggests then; a trial: init asked "What
    happened?" blind right after reading the medical bills), and the country they point to
    (:func:`packet.case.followup.guess_country`: a trial's UK case got no UK complaint route). ``InitReading(None, [], None)`` when nothing there can
    be read. A trial: ``check`` read a Chinese folder as Chinese on an English machine and told the person to run
    ``init``, which wrote language = "en" from the locale, and every document became "other". Reads as ``check``
    does (through the OCR cache: the check that follows reads nothing twice). Raises nothing."""
    from collections import Counter

    from packet.case.followup import guess_country
    from packet.pipeline import CheckOptions, check
    from packet.rules.readiness import suggested_hardship
    from packet.rules.registry import load_types

    try:
        run = check(Path(root), CheckOptions(as_of=as_of or date.today()))
    except PacketError:
        return InitReading(None, [], None)
    types = load_types()
    seen: Counter[str] = Counter()
    for d in run.report.documents:
        t = types.get(d.type)
        if t is None or not t.name_field:
            continue
        for fields in (d.parts or (d.fields,)):
            if fields.get(t.name_field):
                seen[fields[t.name_field]] += 1
    lang = run.report.language if run.report.documents else None
    country, clues = guess_country([d.document.text for d in run.report.documents],
                                   run.report.currency if run.report.documents else None, lang)
    # every type read counts (medical bills are left out of a packet that names no medical hardship: they still show it)
    return InitReading(lang, [name for name, _ in seen.most_common()],
                       suggested_hardship(run.case, run.checklist, (d.type for d in run.report.documents)),
                       country, clues)


def names_on_documents(root: Path, as_of: date | None = None) -> list[str]:
    """The people the documents in the case folder ``root`` are about — each document type's name field
    (``name_field`` in the registry: the employee of a payslip, the account holder of a statement…) — most
    often named first, for ``packet init`` to offer as the applicant's name. Reads the documents as
    ``packet check`` does (through the OCR cache, so the check that follows reads nothing twice); an empty
    list when the folder holds no readable document. Raises nothing: a folder that cannot be read gives []."""
    return read_for_init(root, as_of).names
