"""Documents made from lines of text, with plausible word boxes, for fast tests without OCR.

Every character is given the same width (CJK twice that), so the spaces in a line place its words
in columns the way a printed form or table would: ``"Gross pay      Net pay"`` over
``"9,800.00       8,560.00"`` puts each amount under its label.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from packet.core.model import Document, Page, SourceFile
from packet.understanding.label_geometry import synth_words


def make_page(text: str, number: int = 1, source: str = "text", confidence: float | None = None,
              dpi: float | None = None) -> Page:
    text = "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
    words = synth_words(text)
    clean = "\n".join(" ".join(line.split()) for line in text.splitlines())
    return Page(number=number, width=595.0, height=842.0, source=source, text=clean, words=words,
                confidence=confidence, dpi=dpi)


def make_doc(*pages: str, rel: str = "doc.pdf", form: str = "text", sha: str | None = None,
             confidence: float | None = None, dpi: float | None = None) -> Document:
    """A Document whose pages hold ``pages`` (one string per page, lines separated by newlines)."""
    source = "text" if form == "text" else "ocr"
    built = tuple(make_page(p, i + 1, source, confidence, dpi) for i, p in enumerate(pages))
    digest = sha or hashlib.sha256("\f".join(pages).encode()).hexdigest()
    fmt = "pdf" if rel.endswith(".pdf") else "jpeg"
    src = SourceFile(path=Path("/nonexistent") / rel, rel=rel, size=1000, sha256=digest,
                     kind="pdf" if fmt == "pdf" else "image", fmt=fmt)
    return Document(source=src, pages=built, form=form)
