"""The follow-up letter (and its email draft) that `packet status --follow-up` writes when the reply date
the cover letter asked for has passed without an answer.

One page, in the case's language, on the same paper and with the same stamp band as the packet: which
request it follows up (date, how it was sent), what that letter enclosed and what reply it asked for, read
from the very PDF sent (:mod:`packet.assembly.letter_record`; a date only where the lender can check it),
that it is a complaint about the missing answer, a new reply date, the applicant's ways to be answered,
and a signature line. Written next to the case folder as
``DIR-followup.pdf`` and ``DIR-followup.eml``, atomically; never inside the case folder.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from packet.assembly.exhibits import fmt_date
from packet.assembly.fonts import font_set
from packet.assembly.letter import REPLY_DAYS, written_reply_ways
from packet.assembly.letter_record import LetterRecord, sent_copy, sent_letter
from packet.assembly.output_file import check_output_path, write_atomic
from packet.assembly.page_frame import Band, paper_size
from packet.assembly.pdf_style import make_styles, render_story
from packet.case.casefile import Case
from packet.case.followup import Status, reply_reference
from packet.case.value_names import value_name
from packet.core.display import header_value
from packet.core.own_output import PACKET_CREATOR
from packet.core.version import __version__
from packet.rules.shown import shown_case

VIA = {"email": ("by email", "通过电子邮件"), "post": ("by post", "通过邮寄"), "portal": ("through your website",
       "通过贵司网站/App"), "in-person": ("in person", "当面")}


def _asked(case: Case, st: Status, letter: LetterRecord | None) -> tuple[str, str]:
    """(what the first letter enclosed, what reply it asked for) in the follow-up's words, from ``letter`` (the record
    read from the very PDF sent, :func:`packet.assembly.letter_record.sent_letter`), never from the case file as it is
    now; a date only where the lender can check it: the letter's own date plus its days (en), or, for a letter that
    counts from its receipt (zh), the day it was sent by email, portal or in person, or the delivery recorded from the
    post's tracking — never packet's own allowance for the post. Without a record: no claim about a plan, no date."""
    zh = case.language == "zh"
    assert st.request is not None
    if letter is None:
        enclosed = ""
    else:
        docs = letter.enclosures > 0
        if letter.plan:
            enclosed = (("附还款计划及证明材料" if docs else "附还款计划") if zh else
                        "with a proposed repayment plan" + (" and supporting documents" if docs else ""))
        elif zh:
            enclosed = ("附证明材料，" if docs else "") + "请求与贵司协商还款计划"
        else:
            enclosed = ("with supporting documents, " if docs else "") + "asking to agree a repayment plan I can afford"
    days = letter.reply_days if letter else REPLY_DAYS
    call = letter is not None and letter.call_back  # the letter asked for a call back (a phone number only)
    written_zh, written_en = ("致电本人答复", "a call back") if call else ("书面答复", "a written reply")
    from_receipt = (letter.reply_from == "receipt") if letter else zh  # letter.py: zh 收到本申请之日起, en its date
    if not from_receipt:
        by = letter.reply_by if letter else None
        if zh:
            asked = (f"申请书日期为{fmt_date(letter.dated, 'zh')}，请贵司于该日起 {days} 日内"
                     + (f"（即{fmt_date(by, 'zh')}前）" if by else "") + written_zh) if letter else \
                f"请贵司于申请书日期起 {days} 日内{written_zh}"
        else:
            asked = (f"My letter was dated {fmt_date(letter.dated, 'en')} and asked for {written_en} within {days} "
                     f"days of that date, that is by {fmt_date(by, 'en')}." if letter and by else
                     f"My letter asked for {written_en} within {days} days of its date.")
        return enclosed, asked
    # the receipt is stated only when recorded ([[sent]] delivered: the post's tracking, or the lender's own
    # acknowledgement of the date); otherwise the letter says the day it was sent, and counts from it as such (a
    # trial: "贵司于2026年12月1日收到该申请" when only the sending by email had been recorded)
    received = max(st.request.delivered.date(), st.request.at.date()) if st.request.delivered is not None else None
    if received is None and st.request.via != "post":  # email, website, in person: counted from the day it was sent
        sent = st.request.at.date()
        by = sent + timedelta(days=days)
        if zh:
            asked = (f"并请贵司于收到申请之日起 {days} 日内{written_zh}。该申请于{fmt_date(sent, 'zh')}发出，"
                     f"自发出之日起计算，答复期限为{fmt_date(by, 'zh')}")
        else:
            asked = (f"My letter asked for {written_en} within {days} days of receiving it; I sent it on "
                     f"{fmt_date(sent, 'en')}, so counted from that day the reply was due by {fmt_date(by, 'en')}.")
        return enclosed, asked
    by = received + timedelta(days=days) if received else None
    if zh:
        asked = (f"并请贵司于收到申请之日起 {days} 日内{written_zh}"
                 + (f"。该申请已于{fmt_date(received, 'zh')}送达贵司，答复期限为{fmt_date(by, 'zh')}" if received else ""))
    else:
        asked = (f"My letter asked for {written_en} within {days} days of receiving it"
                 + (f"; it was delivered to you on {fmt_date(received, 'en')}, so the reply was due by "
                    f"{fmt_date(by, 'en')}." if received else "."))
    return enclosed, asked


def _contact_line(case: Case) -> str:
    """The applicant's ways to be answered, as the zh letter's table gives them ("" when the case gives none)."""
    a = case.applicant
    parts = [f"{k}：{v}" for k, v in (("联系电话", a.phone), ("电子邮箱", a.email), ("联系地址", a.address)) if v]
    return "　".join(parts)


def _so_far(case: Case, st: Status, today: date, call: bool = False) -> str:
    """The sentence saying what came back so far, from the replies logged (``packet log --reply``) since the request
    was sent: none, "As of DATE I have not received one."; an acknowledgement (which is no answer: the follow-up is
    written only while nothing else came, :func:`packet.workflow.follow_up`), "You acknowledged it on DATE (your
    reference …), but as of DATE I have not received an answer." — the first acknowledgement's date, the first
    reference a summary gives (:func:`packet.case.followup.reply_reference`). A trial: an acknowledgement with ref
    88213 was logged and the letter said no reply had come at all. ``call``: the letter asked for a call back (no
    written reply was asked for: "未收到答复", not "未收到书面答复")."""
    zh = case.language == "zh"
    assert st.request is not None
    asof = fmt_date(today, case.language)
    acks = [r for r in case.replies if r.kind == "acknowledged" and st.request.at.date() <= r.at.date() <= today]
    if not acks:
        return f"截至{asof}，本人未收到{'' if call else '书面'}答复。" if zh else f"As of {asof} I have not received one."
    on = fmt_date(min(r.at for r in acks).date(), case.language)
    ref = next((x for x in (reply_reference(r.summary) for r in sorted(acks, key=lambda r: r.at)) if x), None)
    if zh:
        return f"贵司已于{on}确认收到该申请" + (f"（编号 {ref}）" if ref else "") + f"，但截至{asof}，本人仍未收到{'' if call else '书面'}答复。"
    return (f"You acknowledged it on {on}" + (f" (your reference {ref})" if ref else "")
            + f", but as of {asof} I have not received an answer.")


def _contacts_since(case: Case, st: Status, today: date) -> str:
    """The contacts logged (``packet log``) from the day the request was sent to ``today`` that recorded what was
    said or promised (or a summary of it), dated, in one short paragraph in the case's language; "" when none. The
    letter tells the lender what its own staff told the applicant meanwhile (a trial: "no calls while reviewing" and
    "说会停止给我妈妈打电话" were logged, and both follow-ups said only that no reply had come). ``case`` is the case as
    the letter shows it (:func:`packet.rules.shown.shown_case`: numbers in the free text already masked); the
    applicant's own next step is not the lender's word and is left out."""
    zh = case.language == "zh"
    assert st.request is not None
    since = st.request.at.date()
    items = []
    for c in sorted(case.contacts, key=lambda c: c.at):
        if not since <= c.at.date() <= today or not (c.said or c.promised or c.summary):
            continue
        how = "" if c.assumed else value_name("channel", c.channel, "zh" if zh else "en")  # a default: not stated
        about = ("，" if zh else ", ").join(x for x in (how if zh else how.lower(), c.with_) if x)
        if zh:
            words = "；".join(x for x in (c.summary, f"对方表示：{c.said}" if c.said else None,
                                         f"承诺：{c.promised}" if c.promised else None) if x)
            items.append(f"{fmt_date(c.at.date(), 'zh')}" + (f"（{about}）" if about else "") + f"：{words.rstrip('。')}")
        else:
            words = "; ".join(x for x in (c.summary, f"said: “{c.said}”" if c.said else None,
                                         f"promised: “{c.promised}”" if c.promised else None) if x)
            items.append(f"{fmt_date(c.at.date(), 'en')}" + (f" ({about})" if about else "") + f": {words.rstrip('.')}")
    if not items:
        return ""
    if zh:
        return "自提交申请以来，本人记录的与贵司（含催收方）的联系：" + "；".join(items) + "。"
    return "Since I sent it, my notes of our contacts: " + "; ".join(items) + "."


def _paragraphs(case: Case, st: Status, today: date, letter: LetterRecord | None = None) -> tuple[str, list[str]]:
    """(subject, paragraphs) of the follow-up in the case's language; what the first letter said and asked comes
    from ``letter`` (:func:`_asked`)."""
    zh = case.language == "zh"
    a, lender = case.applicant, case.lender
    assert st.request is not None and st.deadline is not None
    sent = fmt_date(st.request.at.date(), case.language)
    # how it went, only when somebody said so: a default recorded off a terminal is not stated to the lender
    how = "" if st.request.assumed else VIA.get(st.request.via, (st.request.via, st.request.via))[1 if zh else 0]
    if st.request.tracking:  # the proof of posting, so the lender can find the letter it had
        how += f"（快递单号 {st.request.tracking}）" if zh else f" (tracking number {st.request.tracking})"
    kind_zh = "停催申请" if case.request.kind == "stop" else "缓催申请"
    kind_en = "pause collection" if case.request.kind == "stop" else "reduce collection contact"
    call = letter is not None and letter.call_back  # the letter asked for a call back, not a written reply
    enclosed, asked = _asked(case, st, letter)
    ways = written_reply_ways(case, case.language, spell=True)  # only the ways the letter gives (a phone alone: a call back)
    contacts = _contacts_since(case, st, today)
    if zh:
        subject = f"关于{kind_zh}的跟进函" + (f"（合同编号 {lender.contract_number}）" if lender.contract_number else "")
        paras = [f"本人{a.name or ''}于{sent}{how}向贵司提交了{kind_zh}" + (f"，{enclosed}" if enclosed else "")
                 + f"，{asked}。" + _so_far(case, st, today, call),
                 *([contacts] if contacts else []),
                 "请将本函视为本人就上述申请未获答复一事提出的正式投诉。",
                 f"请于收到本函之日起 {REPLY_DAYS} 日内" + (f"书面答复本人的申请（{ways}）" if ways else (
                     f"致电本人答复本人的申请（联系电话：{a.phone}）" if a.phone else "书面答复本人的申请"))
                 + "。在此期间，请暂停对本人的催收联系。"]
        contact = _contact_line(case)
        if contact:
            paras.append(contact)
    else:
        subject = (f"Follow-up and complaint: my request to {kind_en}"
                   + (f" — contract {lender.contract_number}" if lender.contract_number else ""))
        paras = [f"On {sent} I sent you {how.strip() + ' ' if how.strip() else ''}a request to {kind_en} on this account"
                 + (f", {enclosed}" if enclosed else "") + f". {asked} " + _so_far(case, st, today, call),
                 *([contacts] if contacts else []),
                 "Please treat this letter as a formal complaint about the lack of a reply.",
                 (f"Please reply in writing to my request within {REPLY_DAYS} days of the date of this letter"
                  + (f" ({ways})" if ways else "") if ways or not a.phone else
                  f"Please reply to my request within {REPLY_DAYS} days of the date of this letter by calling me on "
                  f"{a.phone}")
                 + ", and put collection activity on hold in the meantime."]
    return subject, paras


def render_follow_up(case: Case, st: Status, today: date, letter: LetterRecord | None = None) -> bytes:
    """The follow-up letter as PDF bytes (A4; one page as a rule); ``letter``: what the first letter said."""
    lang = case.language
    zh = lang == "zh"
    a, lender = case.applicant, case.lender
    subject, paras = _paragraphs(case, st, today, letter)
    fonts = font_set(lang, a.name, a.address, lender.name, lender.address, subject, *paras)
    s = make_styles(fonts, lang)
    paper = paper_size("A4", lang)
    band = Band(lang, fonts, a.name, lender.contract_number, 1)
    if zh:
        story = [s.p(subject, s.title)] + ([s.p(f"致：{lender.name}", s.heading)] if lender.name else [])
        story += [s.p(p) for p in paras]
        story += [KeepTogether([Spacer(1, 6 * mm), s.p("　　此致"), s.p("敬礼"), Spacer(1, 8 * mm),
                                s.p("申请人（签名）：____________________", s.right),
                                s.p(f"日期：{fmt_date(today, 'zh')}", s.right)])]
    else:
        sender = [x for x in (a.name, a.address, a.phone, a.email) if x]
        to = [x for x in (lender.name, lender.address, lender.complaints or lender.email) if x]
        story = ([s.p("\n".join(sender), s.body)] if sender else []) + [Spacer(1, 4 * mm), s.p(fmt_date(today, "en"))]
        if to:
            story += [Spacer(1, 3 * mm), s.p("\n".join(to))]
        story += [Spacer(1, 3 * mm), s.rich(f"<b>Re: {s.m(subject)}</b>"), Spacer(1, 2 * mm), s.p("Dear Sir or Madam,")]
        story += [s.p(p) for p in paras]
        story += [KeepTogether([Spacer(1, 3 * mm), s.p("Yours faithfully,"), Spacer(1, 10 * mm),
                                s.p("Signature: ____________________"), s.p(a.name or "")])]
    data = render_story(story, paper=paper, band=band, first_page=1, label="跟进函" if zh else "Follow-up",
                        title=subject).data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Creator": f"{PACKET_CREATOR}{__version__}", "/Producer": f"{PACKET_CREATOR}{__version__}",
                         "/Title": subject, "/Author": a.name or ""})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# the most a follow-up email's attachments may weigh together: the size ``packet build`` keeps a packet under so that
# common mail providers take it (:data:`packet.assembly.assemble.Options.max_size`, 18 MB; Gmail and Outlook cap a
# message at 20–25 MB, and base64 adds a third)
EMAIL_ATTACH_MAX = 18_000_000  # bytes


def _email(case: Case, st: Status, today: date, pdf: Path, letter: LetterRecord | None = None,
           request: Path | None = None) -> bytes:
    subject, paras = _paragraphs(case, st, today, letter)
    a, lender = case.applicant, case.lender
    zh = case.language == "zh"
    msg = EmailMessage(policy=SMTP)
    if a.email:
        msg["From"] = formataddr((header_value(a.name or ""), header_value(a.email)))
    to = lender.complaints or lender.email
    if to and "@" in to:
        msg["To"] = formataddr((header_value(lender.name or ""), header_value(to)))
    msg["Subject"] = header_value(subject + (f" — {a.name}" if a.name else ""))
    msg["Date"] = format_datetime(datetime(today.year, today.month, today.day, 9, 0).astimezone())
    msg["X-Unsent"] = "1"
    msg["X-Mailer"] = f"packet {__version__}"
    greeting = (f"{lender.name}：" if lender.name else "您好：") if zh else "Dear Sir or Madam,"
    closing = (["", "此致", "敬礼", ""] if zh else ["", "Yours faithfully,", ""]) + [x for x in (a.name, a.phone, a.email) if x]
    letter_bytes = pdf.read_bytes()
    first = request.read_bytes() if request is not None else None
    if first is not None and len(first) + len(letter_bytes) > EMAIL_ATTACH_MAX:
        first = None  # too large to go with it: the lender has it already; the letter says when it was sent
    sent_on = st.request.at.date().isoformat() if st.request else ""
    if first is not None:
        attached = (f"附件：跟进函（PDF），以及我于 {sent_on} 发送的申请材料副本（PDF，与当时发送的文件相同）。" if zh else
                    f"Attached: this follow-up letter (PDF), and a copy of my request as sent on {sent_on} (PDF, the "
                    "same file).")
    else:
        attached = "附件：跟进函（PDF）。" if zh else "Attached: this follow-up letter (PDF)."
    msg.set_content("\n".join([greeting, "", *[p + "\n" for p in paras], attached, *closing]) + "\n", charset="utf-8")
    msg.add_attachment(letter_bytes, maintype="application", subtype="pdf", filename=pdf.name)
    if first is not None and request is not None:
        msg.add_attachment(first, maintype="application", subtype="pdf", filename=request.name)
    return msg.as_bytes(policy=SMTP)


def write_follow_up(case: Case, st: Status, today: date, output: Path | None = None) -> tuple[Path, Path]:
    """Write the follow-up letter and its email draft; return (pdf, eml).

    ``output`` defaults to ``DIR-followup.pdf`` next to the case folder. Raises OutputError for a path inside
    the case folder or over a file packet did not write; ValueError when nothing was sent yet."""
    if st.request is None or st.deadline is None:
        raise ValueError("nothing was sent yet")
    pdf = Path(output) if output else case.beside("-followup.pdf")
    pdf = pdf.expanduser().resolve()
    eml = pdf.with_suffix(".eml")
    check_output_path(case, pdf, kind="followup")
    check_output_path(case, eml, kind="followup")
    letter = sent_letter(case, st.request)  # what the lender got: read from the file sent, not the case file now
    request = sent_copy(case, st.request)  # that very file (sha256 as recorded), attached again to the email
    case, _masked = shown_case(case)  # sanitised values, numbers in free text masked
    write_atomic(pdf, render_follow_up(case, st, today, letter))
    write_atomic(eml, _email(case, st, today, pdf, letter, request))
    return pdf, eml
