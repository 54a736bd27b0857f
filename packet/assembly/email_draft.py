"""An email draft (.eml) next to the PDF, ready to open in a mail program and send.

RFC 5322 with ``X-Unsent: 1`` (Outlook and Thunderbird open it as a draft to edit and send), addressed
to the lender, from the applicant when the case gives an email address, the PDF attached. Date,
Message-ID and MIME boundary are derived from the as-of date and a hash, so rebuilding gives the same
bytes. One draft per file: a split packet gets one email per part.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from packet.assembly.front_matter import Front
from packet.assembly.letter import REPLY_DAYS, plan_text, request_sentence, schedule_lines, subject_line
from packet.assembly.output_file import check_output_path, write_atomic
from packet.core.clock import build_time
from packet.core.display import clean, header_value
from packet.core.version import __version__


def _when(as_of: date) -> datetime:
    return build_time(as_of, hour=9)


def _attachments(front: Front) -> list[str]:
    """What is attached, by what each document is (never a file name): one line each."""
    lines = ["· 申请书（含还款计划）" if front.zh else "· My letter, with the repayment plan",
             "· 附件目录" if front.zh else "· An index of the documents"]
    lines += [f"· {ex.label}{'：' if front.zh else ': '}{ex.description}" for ex in front.exhibits]
    if front.case.contacts:
        lines.append("· 附录：与贵司的沟通记录" if front.zh else "· Appendix: a log of my contacts with you")
    return lines


def body_text(front: Front, part: int = 1, count: int = 1) -> str:
    """The email's text: who writes about which contract, the request, the plan itself (sentence and schedule),
    the attachments by what they are, and the reply asked for; nothing the case file does not give."""
    c = front.case
    a, lender = c.applicant, c.lender
    plan = plan_text(front)
    sched = schedule_lines(front)
    if front.zh:
        # "某某：/ 您好！本人张伟（借款合同编号：X）。申请…": a part that is not known is left out with its punctuation
        who = (f"本人{a.name or ''}" + (f"（借款合同编号：{lender.contract_number}）" if lender.contract_number else "")
               + "。") if (a.name or lender.contract_number) else ""
        greeting = [f"{lender.name}：", "", "您好！" + who + request_sentence(c, "zh")] if lender.name else \
            ["您好：", "", who + request_sentence(c, "zh")]
        lines = [*greeting, ""]
        if plan:
            lines += ["还款计划：" + plan, *sched, ""]
        lines += ["附件为本人的" + front.request_title() + "及证明材料"
                  + (f"（第 {part}/{count} 部分）" if count > 1 else "") + "：", *_attachments(front), "",
                  f"请于收到本邮件之日起 {REPLY_DAYS} 日内书面答复。", "", "此致", "敬礼", ""]
    else:
        lines = ["Dear Sir or Madam,", ""]
        if lender.contract_number or a.name:
            lines += ["Re: " + " — ".join(x for x in (f"contract {lender.contract_number}" if lender.contract_number
                                                     else "", a.name or "") if x), ""]
        lines += [request_sentence(c, "en", where="set out below"), ""]
        if plan:
            lines += ["My proposed repayment plan: " + plan, *sched, ""]
        lines += ["Attached" + (f" (part {part} of {count})" if count > 1 else "") + ":", *_attachments(front), "",
                  f"Please reply in writing within {REPLY_DAYS} days.", "", "Yours faithfully,", ""]
    lines += [x for x in (a.name, a.phone, a.email) if x]
    return "\n".join(lines) + "\n"


def _body(front: Front, pdf: Path, part: int, count: int) -> str:
    return body_text(front, part, count)


def draft(front: Front, pdf: Path, as_of: date, part: int = 1, count: int = 1) -> bytes:
    """The .eml bytes for ``pdf`` (part ``part`` of ``count``)."""
    c = front.case
    data = pdf.read_bytes()
    digest = hashlib.sha256(data + f"{part}/{count}".encode()).hexdigest()
    msg = EmailMessage(policy=SMTP)
    # every header value on one line, its control and bidi characters made visible (no header injection);
    # the addresses themselves were checked by the case-file loader before anything was written
    if c.applicant.email:
        msg["From"] = formataddr((header_value(c.applicant.name or ""), header_value(c.applicant.email)))
    if c.lender.email:
        msg["To"] = formataddr((header_value(c.lender.name or ""), header_value(c.lender.email)))
    subject = subject_line(c, front.lang)
    if c.applicant.name:
        subject += f" — {c.applicant.name}"
    if count > 1:
        subject += f" ({part}/{count})"
    msg["Subject"] = header_value(subject)
    msg["Date"] = format_datetime(_when(as_of))
    msg["Message-ID"] = f"<{digest[:32]}@packet.invalid>"
    msg["X-Unsent"] = "1"
    msg["X-Mailer"] = f"packet {__version__}"
    msg.set_content(clean(_body(front, pdf, part, count)), charset="utf-8")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=pdf.name)
    msg.set_boundary(f"=_packet_{digest[32:56]}")
    return msg.as_bytes(policy=SMTP)


def write_drafts(front: Front, pdfs: list[Path], as_of: date) -> list[Path]:
    """Write one draft per PDF next to it (same stem, .eml) and return their paths."""

    for pdf in pdfs:
        check_output_path(front.case, pdf.with_suffix(".eml"))  # messages: --lang, not the letter's language
    out = []
    for i, pdf in enumerate(pdfs, 1):
        path = pdf.with_suffix(".eml")
        write_atomic(path, draft(front, pdf, as_of, i, len(pdfs)))
        out.append(path)
    return out
