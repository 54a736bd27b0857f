"""A name read from OCR noise is no value: a blurred letterhead whose words Tesseract scored below its floor gave
"GETX.MERICAL, GENTBE" as a clinic's name at confidence 0.00 (round 17, hold-out 12's OPD receipt photo). The page
here is as OCR returns it (word boxes and word confidences, the heading's words scored 15-17, the rest 90-95)."""

from __future__ import annotations

from pathlib import Path

from packet.core.model import Classified, Document, Page, SourceFile, Word
from packet.understanding.extract import extract

LINES = [("HARBQR MEDICAL CENTRE", 15.0),
         ("Receipt No: RC/2026/1142 Date: 14-Mar-2026", 91.0),
         ("Patient: Meera Pillai", 90.0),
         ("Consultation 600.00", 92.0),
         ("X-ray chest 450.00", 90.0),
         ("Total Amount: 1,050.00", 93.0)]


def _page() -> Document:
    words, texts = [], []
    for n, (text, conf) in enumerate(LINES):
        x = 0.08
        for k, t in enumerate(text.split()):
            w = len(t) * 0.012
            words.append(Word(t, (x, 0.05 + n * 0.04, x + w, 0.075 + n * 0.04), conf + k % 3, line=n))
            x += w + 0.012
        texts.append(text)
    page = Page(1, 1240.0, 1754.0, "ocr", "\n".join(texts), tuple(words), confidence=80.0, dpi=150.0)
    src = SourceFile(Path("/nonexistent/receipt.jpg"), "receipt.jpg", 1000, "0" * 64, "image", "jpeg")
    return Document(src, (page,), "photo")


def test_a_provider_read_from_noise_is_no_value() -> None:
    got = extract(Classified(_page(), "medical_bill"), "en")
    assert got.fields.get("provider") is None  # was "HARBQR MEDICAL CENTRE" at confidence 0.00
    assert got.fields.get("total") == "1050.00"
