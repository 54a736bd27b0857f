"""Files packet wrote itself: never inputs, and the only files ``packet build`` may overwrite.

Both the reading stage (to skip them) and the assembly stage (to refuse overwriting anything else) ask
:func:`written_by_packet`; the PDFs say so in their /Creator (:data:`PACKET_CREATOR`), email drafts in
their X-Mailer header.
"""

from __future__ import annotations

from pathlib import Path

from packet.core.page_images import PDFIUM_LOCK

PACKET_CREATOR = "packet "  # /Creator of the PDFs packet writes (skipped as inputs)


def written_by_packet_pdf(path: Path) -> bool:
    """True when the PDF at ``path`` opens and its /Creator starts with :data:`PACKET_CREATOR`."""
    import pypdfium2 as pdfium

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


def written_by_packet_eml(path: Path) -> bool:
    """True when the email file at ``path`` has an ``X-Mailer: packet ...`` header (first 64 KiB read)."""
    with open(path, "rb") as fh:
        head = fh.read(65536).decode("utf-8", "replace")
    for line in head.splitlines():
        if not line.strip():
            break
        if line.lower().startswith("x-mailer:") and line.split(":", 1)[1].strip().lower().startswith("packet"):
            return True
    return False


def written_by_packet(path: Path) -> bool:
    """True for a file packet wrote (a PDF with our /Creator, an email draft with our X-Mailer): never an input,
    and the only kind of file ``packet build`` may overwrite. False for anything unreadable."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(5)
        if head.startswith(b"%PDF"):
            return written_by_packet_pdf(path)
        return written_by_packet_eml(path)
    except OSError:
        return False
