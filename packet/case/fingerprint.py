"""What a packet PDF was built from, kept inside it, so that a PDF older than its case is not sent or recorded as sent.

A trial removed a document, added one, re-typed one and edited packet.toml after building; the page still offered
the old PDF ("Built: 10 pages … Download the PDF", next step: send it) and "I have sent it" recorded that stale PDF
as sent. So the build writes into the PDF's document information (:data:`KEY`, JSON) the sha256 of packet.toml's
content and of every document file the case reads (as :func:`packet.reading.ingest.discover` finds them), each
file named by the sha256 of its path (:func:`name_key`), not the path: the PDF goes to the lender, and a file's
name ("mum's hospital bill.jpg") is no business of the lender's. ``packet status``, ``packet sent`` and the page
compare it with the case as it is now (:func:`differences`); a file removed since is then counted, not named.

packet.toml's content is taken without its log (``[[contact]]``, ``[[reply]]``, ``[[sent]]``): ``packet sent`` and
``packet log`` add to it after the build, and recording that the PDF was sent must not make that PDF "out of date".
Comments and layout do not count either (the parsed content is compared, not the bytes): they change no page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from packet.case.casefile import CASE_FILE
from packet.core.i18n import tr

log = logging.getLogger(__name__)

KEY = "/PacketSource"  # the document-information entry holding the fingerprint (JSON text)
LOG_TABLES = ("contact", "reply", "sent")  # what packet.toml records after the build: not what the PDF shows


@dataclass(frozen=True)
class Fingerprint:
    """What a packet was built from. ``case_file``: sha256 (hex) of packet.toml's content without its log tables
    (:func:`case_file_digest`), None when the case had no packet.toml; ``files``: ``((rel, sha256), …)`` of every
    document file of the case, sorted by the path relative to the case folder (``/``-separated)."""

    case_file: str | None
    files: tuple[tuple[str, str], ...]
    hashed: bool = False  # the names in ``files`` are :func:`name_key` of the paths (as read back from a PDF)

    def keyed(self) -> dict[str, str]:
        """``{name_key(rel): sha256}`` of the files."""
        return dict(self.files) if self.hashed else {name_key(rel): sha for rel, sha in self.files}

    def to_meta(self) -> dict[str, str]:
        """The fingerprint as a document-information entry (``{KEY: JSON}``), the files named by :func:`name_key`."""
        return {KEY: json.dumps({"case_file": self.case_file, "files": self.keyed()}, sort_keys=True)}


def name_key(rel: str) -> str:
    """What names the file ``rel`` (a path relative to the case folder) in a PDF's fingerprint: the first 32 hex
    digits of the sha256 of its UTF-8 bytes (the path itself stays out of the PDF the lender gets)."""
    return hashlib.sha256(rel.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Differences:
    """How the case differs now from what a PDF was built from: files ``added``, ``removed`` and ``changed``
    (relative paths), and whether packet.toml's content (log aside) ``case_file`` changed."""

    added: tuple[str, ...] = ()
    removed: int = 0  # how many: the PDF keeps no file's name (:func:`name_key`)
    changed: tuple[str, ...] = ()
    case_file: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.case_file)

    def describe(self, lang: str, most: int = 3) -> str:
        """In plain words, ``lang`` "en" or "zh": "added a.pdf; removed b.jpg; packet.toml changed" (at most
        ``most`` names in each list, then "and N more")."""

        def names(items: tuple[str, ...]) -> str:
            shown = ", ".join(items[:most])
            return shown + (tr(lang, " and {n} more", " 等 {n} 个", n=len(items) - most) if len(items) > most else "")

        parts = []
        if self.added:
            parts.append(tr(lang, "added {f}", "新增了 {f}", f=names(self.added)))
        if self.removed:
            parts.append(tr(lang, "removed a file", "移除了 1 个文件") if self.removed == 1 else
                         tr(lang, "removed {n} files", "移除了 {n} 个文件", n=self.removed))
        if self.changed:
            parts.append(tr(lang, "changed {f}", "修改了 {f}", f=names(self.changed)))
        if self.case_file:
            parts.append(tr(lang, "packet.toml changed", "packet.toml 有改动"))
        return tr(lang, "; ", "；").join(parts)


def case_file_digest(root: Path) -> str | None:
    """sha256 (hex) of the content of ``root``/packet.toml without its log tables (:data:`LOG_TABLES`): the TOML
    parsed, those tables dropped, the rest as sorted JSON (dates as ISO text). A file that does not parse is
    taken by its bytes. None when there is no packet.toml; raises OSError when it cannot be read."""
    path = Path(root) / CASE_FILE
    if not path.is_file():
        return None
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return hashlib.sha256(raw).hexdigest()
    kept = {k: v for k, v in data.items() if k not in LOG_TABLES}
    return hashlib.sha256(json.dumps(kept, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()


def read_fingerprint(pdf: Path) -> Fingerprint | None:
    """The fingerprint in the PDF at ``pdf`` (its files named by :func:`name_key`), or None: none written (a packet
    built before it was, another PDF), a malformed one, or a file pypdf cannot read."""
    from pypdf import PdfReader

    try:
        raw = (PdfReader(pdf).metadata or {}).get(KEY)
        data = json.loads(str(raw)) if raw else None
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            return None
        case_file = data.get("case_file")
        return Fingerprint(case_file=str(case_file) if case_file else None,
                           files=tuple(sorted((str(k), str(v)) for k, v in data["files"].items())), hashed=True)
    except Exception:  # noqa: BLE001 - any unreadable file or record: then nothing is claimed about it
        log.debug("no source fingerprint in %s", pdf, exc_info=True)
        return None


def differences(built: Fingerprint, now: Fingerprint) -> Differences:
    """How ``now`` (the case as it is, files by their paths) differs from ``built`` (what the PDF was built from);
    falsy when not at all. Files added or changed are named by their paths; those removed are counted."""
    was = built.keyed()
    is_ = {rel: (name_key(rel), sha) for rel, sha in now.files} if not now.hashed else {k: (k, v) for k, v in now.files}
    keys = {key for key, _ in is_.values()}
    return Differences(added=tuple(sorted(rel for rel, (key, _) in is_.items() if key not in was)),
                       removed=len(set(was) - keys),
                       changed=tuple(sorted(rel for rel, (key, sha) in is_.items() if key in was and was[key] != sha)),
                       case_file=built.case_file != now.case_file)
