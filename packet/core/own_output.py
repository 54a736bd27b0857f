"""Files packet wrote itself: never read as inputs, and the only files ``packet build`` may overwrite.

One answer to "did packet write this file?" for the reading stage (which skips such files) and the
assembly stage (which refuses to overwrite anything else). A PDF is packet's when its ``/Creator``
starts with :data:`PACKET_CREATOR`; an email draft when its ``X-Mailer`` header names packet.
"""

from __future__ import annotations

import hashlib
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


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, hex: what names an input (the OCR cache key, duplicates) and what
    ``packet sent`` records of the packet that was sent. Read in 1 MiB chunks; raises OSError."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
