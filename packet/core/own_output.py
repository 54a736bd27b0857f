"""Files packet wrote itself: never read as inputs, and the only files ``packet build`` may overwrite.

One answer to "did packet write this file?" for the reading stage (which skips such files) and the
assembly stage (which refuses to overwrite anything else). A PDF is packet's when its ``/Creator``
starts with :data:`PACKET_CREATOR`; an email draft when its ``X-Mailer`` header names packet.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pypdfium2 as pdfium

from packet.core.page_images import PDFIUM_LOCK

PACKET_CREATOR = "packet "  # /Creator of the PDFs packet writes, followed by the version


def _pdf_is_ours(path: Path) -> bool:
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            return False
        try:
            return (pdf.get_metadata_value("Creator") or "").startswith(PACKET_CREATOR)
        except pdfium.PdfiumError:
            return False
        finally:
            pdf.close()


def _eml_is_ours(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(65536).decode("utf-8", "replace")
    for line in head.splitlines():
        if not line.strip():
            break  # end of the headers
        if line.lower().startswith("x-mailer:") and line.split(":", 1)[1].strip().lower().startswith("packet"):
            return True
    return False


def written_by_packet(path: Path) -> bool:
    """True for a file packet wrote (a PDF with our /Creator, an email draft with our X-Mailer).

    Never raises: a file that cannot be opened is not ours (False)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(5)
        if head.startswith(b"%PDF"):
            return _pdf_is_ours(path)
        return _eml_is_ours(path)
    except OSError:
        return False


SHA_MEMO_MAX = 512  # files whose digest one process keeps (the web page checks a case's files on every load)
_sha_memo: dict[tuple[int, ...], str] = {}
_sha_lock = threading.Lock()  # the web page's jobs hash files in threads


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, hex: what names an input (the OCR cache key, duplicates) and what
    ``packet sent`` records of the packet that was sent. Read in 1 MiB chunks; raises OSError.

    A process asked again for a file whose device, inode, size and modification and change times (ns) are those of
    the last reading gets the digest it computed then (at most :data:`SHA_MEMO_MAX` kept, oldest dropped): the
    local web page asks for every file of a case each time it shows it. Any write to the file changes its ctime,
    so a changed file is always read again (git's index trusts the same stat fields)."""
    st = os.stat(path)
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    with _sha_lock:
        known = _sha_memo.get(key)
    if known is not None:
        return known
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    digest = h.hexdigest()
    with _sha_lock:
        if len(_sha_memo) >= SHA_MEMO_MAX:
            _sha_memo.pop(next(iter(_sha_memo)))
        _sha_memo[key] = digest
    return digest
