"""A statement period printed as two labelled dates (start label, end label), measured on :mod:`periodgen`'s
documents read as packet reads them (born-digital PDFs; one scan of each language read by OCR): the period must
come from the labels, not from the first and last transaction rows, and nothing wrong may be given at >= 0.9."""

from __future__ import annotations

import sys
from pathlib import Path

from fixtures_reading import read_documents
from periodgen import generate
from rolegen import draw, draw_scan

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

SCANNED = ("inline-zh", "cells-en")


def measure(root: Path, seed: int = 7, per_layout: int = 3, scans=SCANNED) -> dict:
    """Draw, read and count: types right, period dates right, wrong at >= 0.9, failures."""
    docs = generate(seed, per_layout)
    scanned: set[str] = set()
    for d in docs:
        if d.layout in scans and d.layout not in scanned:
            scanned.add(d.layout)
            draw_scan(d, root / d.language / d.name, seed)
        else:
            draw(d, root / d.language / d.name)
    r = {"docs": 0, "types": 0, "fields": 0, "right": 0, "sure_wrong": 0, "failures": []}
    for lang in ("zh", "en"):
        read = {doc.rel: doc for doc in read_documents(root / lang, lang)}
        for d in (d for d in docs if d.language == lang):
            r["docs"] += 1
            item = classify_one(read[d.name])
            if item.type != d.type:
                r["failures"].append((d.layout, d.name, "type", d.type, item.type, None))
                continue
            r["types"] += 1
            ex = extract(Classified(item.document, d.type), lang)
            for f, want in d.truth.items():
                got, ev = ex.fields.get(f), ex.evidence.get(f)
                conf = ev.confidence if ev else None
                r["fields"] += 1
                if got == want:
                    r["right"] += 1
                    continue
                if got is not None and conf is not None and conf >= 0.9:
                    r["sure_wrong"] += 1
                r["failures"].append((d.layout, d.name, f, want, got, conf))
    return r


# what packet reaches (seeds 5, 7, 11, 23, 31: 46-48 of 48 on the text PDFs, before this mechanism 11-23 of 48):
# a bare "To" is no end label (it begins sentences: "To 1 September our fees change"), so a stacked From/To
# statement may lose its end to the last row
BAR = 0.9


def test_period_from_two_labelled_dates(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=7, per_layout=2)
    assert got["types"] == got["docs"], got["failures"]
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["right"] / got["fields"] >= BAR, got["failures"]


if __name__ == "__main__":
    import tempfile
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        res = measure(Path(tmp), seed, per, () if len(sys.argv) > 3 else SCANNED)
    print(f"types {res['types']}/{res['docs']}  period {res['right']}/{res['fields']}  sure-wrong {res['sure_wrong']}")
    for f in res["failures"]:
        print("  ", f)
