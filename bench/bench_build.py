"""Benchmark `packet build` on a 200-page case: time, peak memory, output size against input size.

The case (20 documents: 10 born-digital PDFs of 10 pages, 8 scanned PDFs of 12 pages, 2 phone photos)
is drawn once into bench/out/case200. No OCR runs: the scanned pages' Page objects are constructed
directly with word boxes (the ones drawn), so this measures assembly alone. The build runs in a fresh
child process, so its peak RSS (ru_maxrss) is the build's, not the generator's.

    python bench/bench_build.py            # targets: < 10 s, < 500 MB
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import pickle
import random
import resource
import subprocess
import sys
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CASE = OUT / "case200"
AS_OF = date(2026, 11, 20)
TARGET_SECONDS, TARGET_MB = 10.0, 500
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _source(path: Path):
    from packet.core.model import SourceFile

    data = path.read_bytes()
    kind = "pdf" if path.suffix == ".pdf" else "image"
    return SourceFile(path=path, rel=path.relative_to(CASE).as_posix(), size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), kind=kind, fmt=path.suffix[1:])


def _text_pdf(path: Path, n: int, seed: int):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from packet.core.model import Page

    rnd = random.Random(seed)
    canv = Canvas(str(path), pagesize=A4, invariant=1)
    pages = []
    for p in range(1, n + 1):
        canv.setFont("Helvetica", 9)
        lines = [f"STATEMENT {seed} PAGE {p}"] + [
            f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}  CARD PAYMENT {rnd.randint(1000, 9999)}  "
            f"{rnd.uniform(1, 500):9.2f}  {rnd.uniform(100, 9000):10.2f}" for _ in range(55)]
        for i, line in enumerate(lines):
            canv.drawString(50, 800 - i * 13, line)
        canv.showPage()
        pages.append(Page(number=p, width=A4[0], height=A4[1], source="text", text="\n".join(lines)))
    canv.save()
    return pages


def _scan_page(seed: int, px=(1654, 2339)):
    """A grey 200-DPI scanned page with 30 lines of text and the word boxes drawn."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from packet.core.model import Word

    rnd = random.Random(seed)
    img = Image.new("L", px, 238)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 26)
    words, y = [], 120
    for li in range(30):
        x = 120
        for token in [f"ITEM{rnd.randint(10, 99)}", "Amount", f"{rnd.uniform(1, 999):.2f}", "balance",
                      f"{rnd.uniform(1000, 9999):.2f}"]:
            box = draw.textbbox((x, y), token, font=font)
            draw.text((x, y), token, fill=20, font=font)
            words.append(Word(token, (box[0] / px[0], box[1] / px[1], box[2] / px[0], box[3] / px[1]), 88.0, li))
            x = box[2] + 40
        y += 66
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.effect_noise(px, 12).point(lambda v: v // 8)
    img = Image.composite(img, noise, Image.new("L", px, 230))
    return img, tuple(words)


def _scan_pdf(path: Path, n: int, seed: int):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from packet.core.model import Page

    canv = Canvas(str(path), pagesize=A4, invariant=1)
    pages = []
    for p in range(1, n + 1):
        img, words = _scan_page(seed * 100 + p)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85)
        canv.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, A4[0], A4[1])
        canv.showPage()
        pages.append(Page(number=p, width=A4[0], height=A4[1], source="ocr", text="", words=words,
                          confidence=88.0, dpi=200.0))
    canv.save()
    return pages


def _photo(path: Path, seed: int):
    from PIL import Image

    from packet.core.model import Page

    img, words = _scan_page(seed, px=(1654, 2339))
    big = Image.merge("RGB", (img, img, img.point(lambda v: int(v * 0.9)))).resize((3000, 4243))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    big.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return Page(number=1, width=595.0, height=841.9, source="ocr", text="", words=words, confidence=85.0, dpi=300.0)


def make_case() -> Path:
    """Draw the 20 documents and pickle the Report/Case that point at them (skipped when present)."""
    index = CASE / "report.pickle"
    if index.exists():
        return index
    from packet.case.casefile import Applicant, Case, Contact, Lender, Plan, Request
    from packet.core.model import Document, DocumentResult, Report

    CASE.mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(10):
        p = CASE / f"statement-{i:02d}.pdf"
        pages = _text_pdf(p, 10, i)
        docs.append(DocumentResult(Document(_source(p), tuple(pages), "text"), "bank_statement",
                                   {"bank": "Bench Bank", "period_start": f"2026-{i + 1:02d}-01",
                                    "period_end": f"2026-{i + 1:02d}-28"}, requirement="bank-statements"))
    for i in range(8):
        p = CASE / f"scan-{i:02d}.pdf"
        pages = _scan_pdf(p, 12, i)
        docs.append(DocumentResult(Document(_source(p), tuple(pages), "scan"), "payslip",
                                   {"employer": "Bench Ltd", "period": f"2026-{i + 1:02d}"}, requirement="income"))
    for i in range(2):
        p = CASE / f"photo-{i}.jpg"
        page = _photo(p, 900 + i)
        docs.append(DocumentResult(Document(_source(p), (page,), "photo"), "medical_bill",
                                   {"provider": "Bench Hospital", "date": f"2026-0{i + 1}-15"}, requirement=None))
    case = Case(root=CASE, applicant=Applicant(name="Bench Person", id_number="AB123456C"),
                lender=Lender(name="Bench Lender", email="x@lender.example", contract_number="BENCH-0001"),
                request=Request(kind="stop", language="en", checklist="en-hardship", hardship="unemployment",
                                statement="Benchmark statement."),
                plan=Plan(outstanding=Decimal("6000"), monthly_payment=Decimal("250"), first_payment=date(2027, 1, 5)),
                contacts=(Contact(at=datetime(2026, 11, 1, 9, 0), channel="phone", with_="Agent", summary="Call"),),
                has_case_file=True)
    report = Report(case="case200", checklist="en-hardship", as_of=AS_OF, language="en", documents=tuple(docs),
                    missing=(), errors=(), order=("income", "bank-statements"))
    index.write_bytes(pickle.dumps((case, report)))
    return index


def build_once(index: Path, output: Path) -> dict:
    from packet.assembly.assemble import BuildOptions, build_packet
    from packet.rules.checklist import load_checklist

    case, report = pickle.loads(index.read_bytes())
    start = time.perf_counter()
    res = build_packet(report, case, load_checklist("en-hardship"), BuildOptions(output=output), as_of=AS_OF)
    elapsed = time.perf_counter() - start
    return {"seconds": round(elapsed, 2), "pages": res.pages, "size": res.size,
            "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    out = OUT / "bench-packet.pdf"
    if args.child:
        print(json.dumps(build_once(CASE / "report.pickle", out)))
        return 0
    t = time.perf_counter()
    make_case()
    print(f"case ready in {time.perf_counter() - t:.1f} s: {CASE}")
    child = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    inputs = sum(p.stat().st_size for p in CASE.iterdir() if p.suffix in (".pdf", ".jpg"))
    print(f"build: {result['seconds']} s for {result['pages']} pages (target < {TARGET_SECONDS} s)")
    print(f"peak memory: {result['maxrss_mb']} MB (target < {TARGET_MB} MB)")
    print(f"output {result['size'] / 1e6:.1f} MB vs input {inputs / 1e6:.1f} MB ({result['size'] / inputs:.2f}x)")
    ok = result["seconds"] < TARGET_SECONDS and result["maxrss_mb"] < TARGET_MB
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
