"""Write the labelled evaluation set: born-digital PDFs, scanned-looking PNGs and photo-like JPEGs.

    python bench/evalset/generate.py OUT_DIR [--copies 2] [--seed 7]

Deterministic for a seed. Each document of :mod:`docs` is drawn as an A5 PDF with a text layer
(``text/LANG/``), then rendered with pdfium and degraded into a grey, noisy, slightly skewed scan
(``scan/LANG/``, PNG, 200 dpi) and a photo (``photo/LANG/``, JPEG: uneven light, blur, tilt, 150 dpi).
``truth.json`` maps each document id to its type, language and true fields. Nothing here is committed
as binary: the bench writes it to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaldocs import BUILDERS, Row  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
A5 = (420.0, 595.0)


def _pdf(path: Path, rows: list[Row], lang: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(FONT), subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    font = "wqy" if lang == "zh" else "Helvetica"
    y = A5[1] - 50
    for i, row in enumerate(rows):
        size = 13 if i == 0 else 10
        for x, text in row:
            c.setFont("Helvetica-Bold" if (i == 0 and lang == "en") else font, size)
            c.drawString(x * A5[0], y, text)
        y -= size * 1.9
    c.showPage()
    c.save()


def _render(pdf: Path, dpi: float) -> Image.Image:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    return img


def _scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """Grey paper, speckle noise, a slight skew."""
    # ~0.15 % grey specks (as Pillow's effect_noise(28) thresholded at 45 gave), placed by ``rng``: effect_noise is
    # unseeded, and the same page must degrade the same way on every run, or a test that reads it can pass on
    # one run and fail on the next
    specks = Image.new("L", img.size, 255)
    px = specks.load()
    w, h = img.size
    for _ in range(int(w * h * 0.0015)):
        px[rng.randrange(w), rng.randrange(h)] = 0
    out = Image.blend(img, Image.new("L", img.size, 235), 0.12)
    out = Image.composite(out, Image.new("L", img.size, 120), specks)
    out = out.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=235, expand=False)
    return out.filter(ImageFilter.GaussianBlur(0.4))


def _photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light from one side, a little blur, a tilt, on a darker table, as a phone sees it."""
    w, h = img.size
    grad = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270]))
    lit = Image.composite(img, Image.new("L", (w, h), 150), grad.point(lambda v: 190 + v // 4))
    canvas = Image.new("L", (int(w * 1.08), int(h * 1.06)), 70)
    canvas.paste(lit, (int(w * 0.04), int(h * 0.03)))
    out = canvas.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, fillcolor=70)
    return out.filter(ImageFilter.GaussianBlur(0.7)).convert("RGB")


def generate(out: Path, copies: int = 2, seed: int = 7, images: bool = True) -> dict[str, dict]:
    """Write every document in every form under ``out``; return the ground truth (also in truth.json)."""
    rng = random.Random(seed)
    truth: dict[str, dict] = {}
    for sub in ("text", "scan", "photo"):
        for lang in ("en", "zh"):
            (out / sub / lang).mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for type_name, lang, variant, build in BUILDERS:
            rows, fields = build(rng)
            doc_id = f"{lang}-{type_name}-{variant}-{copy}"
            pdf = out / "text" / lang / f"{doc_id}.pdf"
            _pdf(pdf, rows, lang)
            truth[doc_id] = {"type": type_name, "language": lang, "variant": variant, "fields": fields}
            if images:
                _scan(_render(pdf, 200), rng).save(out / "scan" / lang / f"{doc_id}.png", dpi=(200, 200))
                photo = _photo(_render(pdf, 150), rng)
                photo.save(out / "photo" / lang / f"{doc_id}.jpg", quality=72, dpi=(150, 150))
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    truth = generate(args.out, args.copies, args.seed)
    print(f"{len(truth)} documents x 3 forms in {args.out}")


if __name__ == "__main__":
    main()
