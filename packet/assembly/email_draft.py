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
from packet.assembly.letter import request_sentence, subject_line
from packet.assembly.output_file import check_output_path, write_atomic
from packet.core.clock import build_time
from packet.core.version import __version__


def _when(as_of: date) -> datetime:
    return build_time(as_of, hour=9)


def _body(front: Front, pdf: Path, part: int, count: int) -> str:
    c = front.case
    a, lender = c.applicant, c.lender
    names = ("、" if front.zh else ", ").join(ex.label for ex in front.exhibits)
    if front.zh:
        lines = [f"{lender.name or '贵司'}：", "",
                 f"您好！本人{a.name or ''}（借款合同编号：{lender.contract_number or '—'}）。" + request_sentence(c, "zh"), "",
                 f"附件为本人的{front.request_title()}及证明材料（{pdf.name}"
                 + (f"，第 {part}/{count} 部分" if count > 1 else "") + f"）：申请书、附件目录、{names}"
                 + ("及沟通记录" if c.contacts else "") + "。", "",
                 "请于 14 日内书面答复。", "", "此致", "敬礼", "", a.name or "",
                 *(x for x in (a.phone, a.email) if x)]
    else:
        lines = ["Dear Sir or Madam,", "",
                 f"Re: contract {lender.contract_number or '—'} — {a.name or ''}", "",
                 request_sentence(c, "en"), "",
                 f"Attached is my letter with the supporting documents ({pdf.name}"
                 + (f", part {part} of {count}" if count > 1 else "") + f"): the cover letter, an index, {names}"
                 + (" and a log of our contacts" if c.contacts else "") + ".", "",
                 "Please reply in writing within 14 days.", "", "Yours faithfully,", "", a.name or "",
                 *(x for x in (a.phone, a.email) if x)]
    return "\n".join(lines) + "\n"


def draft(front: Front, pdf: Path, as_of: date, part: int = 1, count: int = 1) -> bytes:
    """The .eml bytes for ``pdf`` (part ``part`` of ``count``)."""
    c = front.case
    data = pdf.read_bytes()
    digest = hashlib.sha256(data + f"{part}/{count}".encode()).hexdigest()
    msg = EmailMessage(policy=SMTP)
    if c.applicant.email:
        msg["From"] = formataddr((c.applicant.name or "", c.applicant.email))
    if c.lender.email:
        msg["To"] = formataddr((c.lender.name or "", c.lender.email))
    subject = subject_line(c, front.lang)
    if c.applicant.name:
        subject += f" — {c.applicant.name}"
    if count > 1:
        subject += f" ({part}/{count})"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_when(as_of))
    msg["Message-ID"] = f"<{digest[:32]}@packet.invalid>"
    msg["X-Unsent"] = "1"
    msg["X-Mailer"] = f"packet {__version__}"
    msg.set_content(_body(front, pdf, part, count), charset="utf-8")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=pdf.name)
    msg.set_boundary(f"=_packet_{digest[32:56]}")
    return msg.as_bytes(policy=SMTP)


def write_drafts(front: Front, pdfs: list[Path], as_of: date) -> list[Path]:
    """Write one draft per PDF next to it (same stem, .eml) and return their paths."""

    for pdf in pdfs:
        check_output_path(front.case, pdf.with_suffix(".eml"), front.lang)
    out = []
    for i, pdf in enumerate(pdfs, 1):
        path = pdf.with_suffix(".eml")
        write_atomic(path, draft(front, pdf, as_of, i, len(pdfs)))
        out.append(path)
    return out
