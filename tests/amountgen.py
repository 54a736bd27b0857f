"""Amounts OCR damages: payslips, statements, bills and income letters from :mod:`figgen` and :mod:`photo_forms`
(eighteen layouts, zh and en; currencies ₹ ¥/元 $ £ € R KSh S$ HK$ and more) drawn as phone photos taken from far
away or low-dpi scans, so that the print is small enough for Tesseract to damage figures the way it does on the
users' photos (a decimal point lost, a table rule read as a "1" after the cents, a thousands separator read as a
point, a currency sign read as a digit). Only the money fields are counted (issue 10, item 2: check the figures
against each other): gross and net pay, a closing balance, a bill's total, a month's income.

Deterministic for a seed (the pictures are the same bytes; Tesseract reads them the same way on one machine).
``measure`` reads the pictures as packet does (``read_case``, the auto engine, optionally with an OCR cache folder
so a rerun of the development measure takes seconds) and extracts them with the real extractor.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import figgen
import photo_forms
from photo_forms import Sheet

MONEY = ("gross_pay", "net_pay", "closing_balance", "total", "monthly_income")


@dataclass
class Item:
    sheet: Sheet
    type: str
    form: str  # "far-photo" | "low-scan"
    accept: dict[str, set[str]] = field(default_factory=dict)


def generate(seed: int, per_layout: int = 1) -> list[Item]:
    """``per_layout`` documents of each layout: figgen's ten (statements, payslips, bills, income proofs) and
    photo_forms' payslip layouts, each a far photo or a low-dpi scan (chosen by the seed)."""
    out = []
    for li, lay in enumerate(figgen.LAYOUTS):
        for k in range(per_layout):
            rng = random.Random(seed * 10007 + li * 101 + k)
            fig = lay(rng)
            out.append(Item(fig.sheet, fig.type, rng.choice(("far-photo", "low-scan")), fig.accept))
    for li in range(len(photo_forms.LAYOUTS)):
        for k in range(per_layout):
            s = photo_forms.sheet(li, seed * 31 + k)
            rng = random.Random(seed * 7 + li * 13 + k)
            out.append(Item(s, "payslip", rng.choice(("far-photo", "low-scan"))))
    return out


def write(item: Item, folder: Path, name: str, seed: int) -> Path:
    """The item's picture: a phone photo shrunk to about 80 dpi of paper (``far-photo``) or a greyscale scan at
    90 dpi (``low-scan``), as JPEG."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    img = photo_forms.to_image(item.sheet)
    if item.form == "far-photo":
        pic = photo_forms.photo(img, rng, scale=rng.uniform(0.36, 0.44))
    else:
        g = photo_forms.scan(img, rng)
        pic = g.resize((round(g.width * 0.45), round(g.height * 0.45)))
    path = folder / f"{name}.jpg"
    buf = io.BytesIO()
    pic.convert("RGB").save(buf, format="JPEG", quality=rng.randint(70, 85))
    path.write_bytes(buf.getvalue())
    return path


def measure(root: Path, seed: int, per_layout: int = 1, cache: Path | None = None,
            pick: list[int] | None = None) -> dict:
    """Write, read, classify and extract the items; count the money fields: ``fields``, ``right``, ``missing``,
    ``wrong``, ``sure_wrong`` (wrong at confidence >= 0.9), ``doubted_wrong`` (wrong below 0.6) and the failures
    (layout, file, field, wanted, got, confidence), with the text OCR read of each failed file (``texts``). ``pick`` keeps those items of :func:`generate` (a fast test)."""
    from packet.case.casefile import Case, Request
    from packet.core.model import Classified
    from packet.reading.engines import choose
    from packet.reading.ingest import read_case
    from packet.reading.ocr_cache import OcrCache
    from packet.understanding.classify import classify_one
    from packet.understanding.extract import extract

    items = generate(seed, per_layout)
    names = {}
    for i, it in enumerate(items):
        if pick is not None and i not in pick:
            continue
        p = write(it, root / it.sheet.language, f"{it.sheet.layout}-{i:02d}", seed + i)
        names[(it.sheet.language, p.name)] = it
    r = {"docs": 0, "fields": 0, "right": 0, "missing": 0, "wrong": 0, "sure_wrong": 0, "doubted_wrong": 0,
         "failures": [], "texts": {}}
    for lang in ("en", "zh"):
        if not (root / lang).exists():
            continue
        case = Case(root=root / lang, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                                      else "zh-stop-collection"))
        read = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=1,
                         cache=OcrCache(cache) if cache else None, engine=choose("auto", lang))
        for doc in read.documents:
            it = names[(lang, doc.rel)]
            r["docs"] += 1
            ex = extract(Classified(classify_one(doc).document, it.type), lang)
            for f, want in it.sheet.truth.items():
                if f not in MONEY:
                    continue
                got, ev = ex.fields.get(f), ex.evidence.get(f)
                conf = ev.confidence if ev else None
                r["fields"] += 1
                if figgen.same(f, want, got, it.accept.get(f, set())):
                    r["right"] += 1
                    continue
                if got is None:
                    r["missing"] += 1
                else:
                    r["wrong"] += 1
                    r["sure_wrong"] += conf is not None and conf >= 0.9
                    r["doubted_wrong"] += conf is not None and conf < 0.6
                r["failures"].append((it.sheet.layout, doc.rel, f, want, got, conf))
                r["texts"][doc.rel] = "\n".join(p.text for p in doc.pages)  # what OCR read, to tell a misread from a misparse
    return r
