"""What the cover letter said, kept inside the packet PDF it opens, and read back from the very file the lender got.

The follow-up letter must refer to what the first letter said and asked, not to what the case file says today: a
trial's follow-up said "with a proposed repayment plan" when the plan had been left out of the letter (its first
payment had passed; built with --force), and a zh follow-up named a reply date ("2026-11-22") that was packet's own
allowance for the post, a date the lender never saw. So the build writes a small record of the letter into the
PDF's document information (:data:`KEY`: the letter's date, whether it proposed a plan, the reply days and what they
count from), and the follow-up reads it back from the file ``[[sent]]`` names, checked by its sha256 — or from the
copy ``packet build`` kept aside when it built again (``<name>-sent-<day>.pdf``). When no such file is found, the
follow-up claims nothing the first letter may not have said (:func:`sent_letter` returns None).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from packet.assembly.front_matter import Front
from packet.assembly.letter import REPLY_DAYS, asks_call_back
from packet.case.casefile import Case, Sent
from packet.core.own_output import file_sha256
from packet.rules.readiness import letter_needs

log = logging.getLogger(__name__)

KEY = "/PacketLetter"  # the document-information entry holding the record (JSON text)
# what the letter's reply days count from, as letter.py words them: zh 请贵司于收到本申请之日起 14 日内书面答复 (the
# lender's receipt), en "within 14 days of the date of this letter"
REPLY_FROM = {"zh": "receipt", "en": "letter"}


@dataclass(frozen=True)
class LetterRecord:
    """What a built cover letter said. ``dated``: the date printed on it; ``language``: "zh" | "en"; ``plan``: it
    proposed a repayment plan (a dated schedule), else it asked to agree one; ``enclosures``: how many documents it
    listed as enclosed (0: none, a forced build of an empty folder); ``reply_days``: the written reply it
    asked for within so many days, counted from ``reply_from``: "letter" (its own date) or "receipt" (the day the
    lender received it); ``lacks``: what the letter could not do without and did not have when it was built with
    --force (:func:`packet.rules.readiness.letter_needs`: ``applicant.name``, ``lender.name``…; empty for a letter
    built ready): ``packet sent`` refuses to record such a packet unless forced; ``call_back``: the reply it asked for
    was a call back, not a written one (:func:`packet.assembly.letter.asks_call_back`: a phone number only), so the
    follow-up never says a written reply was asked for."""

    dated: date
    language: str
    plan: bool
    enclosures: int
    reply_days: int
    reply_from: str
    lacks: tuple[str, ...] = ()
    call_back: bool = False

    @property
    def reply_by(self) -> date | None:
        """The reply date the letter itself sets, when it counts from its own date; None when it counts from the
        lender's receipt (a date only the delivery says)."""
        from datetime import timedelta

        return self.dated + timedelta(days=self.reply_days) if self.reply_from == "letter" else None

    def to_meta(self) -> dict[str, str]:
        """The record as a document-information entry (``{KEY: JSON}``)."""
        return {KEY: json.dumps({"dated": self.dated.isoformat(), "language": self.language, "plan": self.plan,
                                 "enclosures": self.enclosures, "reply_days": self.reply_days, "reply_from": self.reply_from,
                                 "lacks": list(self.lacks), "call_back": self.call_back}, sort_keys=True)}


def record_of(front: Front) -> LetterRecord:
    """The record of the letter :mod:`packet.assembly.letter` writes from ``front``; what it lacks as ``build``
    judged it (:func:`packet.rules.readiness.letter_needs` on the same case and date)."""
    return LetterRecord(dated=front.as_of, language=front.lang, plan=front.schedule is not None,
                        enclosures=len(front.exhibits), reply_days=REPLY_DAYS, reply_from=REPLY_FROM.get(front.lang, "letter"),
                        lacks=letter_needs(front.case, front.as_of), call_back=asks_call_back(front.case))


def read_record(path: Path) -> LetterRecord | None:
    """The record in the PDF at ``path``, or None: no record (a packet built before it was written, another PDF), a
    malformed one, or a file pypdf cannot read."""
    from pypdf import PdfReader

    try:
        raw = (PdfReader(path).metadata or {}).get(KEY)
        data = json.loads(str(raw)) if raw else None
        if not isinstance(data, dict):
            return None
        return LetterRecord(dated=date.fromisoformat(data["dated"]), language=str(data["language"]),
                            plan=bool(data["plan"]), enclosures=int(data["enclosures"]), reply_days=int(data["reply_days"]),
                            reply_from=str(data["reply_from"]),
                            lacks=tuple(str(k) for k in data.get("lacks", ()) if isinstance(k, str)),
                            call_back=data.get("call_back") is True)
    except Exception:  # noqa: BLE001 - any unreadable file or record: the follow-up then claims nothing from it
        log.debug("no letter record in %s", path, exc_info=True)
        return None


def _candidates(case: Case, sent: Sent) -> list[Path]:
    """Where the file ``sent`` names may be now: its path (relative to the case folder, or absolute), then the
    copies a later build kept aside beside it (``<stem>-sent-<day>[-n].pdf``, :func:`packet.pipeline.build_from`)."""
    if not sent.file:
        return []
    path = Path(sent.file)
    path = path if path.is_absolute() else Path(os.path.normpath(case.root / path))
    kept = sorted(path.parent.glob(f"{path.stem}-sent-*{path.suffix}")) if path.parent.is_dir() else []
    return [path, *kept]


def _as_sent(case: Case, sent: Sent) -> list[Path]:
    """The candidate files of ``sent`` (:func:`_candidates`) that are the file sent: sha256 the one recorded (any
    candidate that is a file when none was recorded), in the candidates' order."""
    out = []
    for path in _candidates(case, sent):
        try:
            if path.is_file() and (not sent.sha256 or file_sha256(path) == sent.sha256):
                out.append(path)
        except OSError:
            continue
    return out


def sent_letter(case: Case, sent: Sent) -> LetterRecord | None:
    """The record of the letter in the file ``sent`` records (``[[sent]]``): the first candidate file whose sha256 is
    the one recorded (any candidate when none was recorded); None when no such file holds a record."""
    for path in _as_sent(case, sent):
        found = read_record(path)
        if found is not None:
            return found
    return None


def sent_copy(case: Case, sent: Sent) -> Path | None:
    """The very file ``sent`` records, found where it was written or where a later build kept it aside, checked by
    the sha256 ``packet sent`` recorded: only then is it the copy the lender got (a file rebuilt since is not). None
    without a recorded sha256 or when no candidate matches it."""
    if not sent.sha256:
        return None
    found = _as_sent(case, sent)
    return found[0] if found else None
