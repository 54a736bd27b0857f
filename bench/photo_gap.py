"""The photo gap: the same documents read as text and as phone photos taken under named conditions.

    python bench/photo_gap.py [--per-type 2] [--conditions all] [--jobs 2] [--cache DIR | --no-cache] [-v]

Takes the labelled TEXT-form documents of every development set (bench/thirdparty/manifest.json and the sets of
fetch_corpus.SETS; files in ~/.cache/packet-corpus*, brought there by fetch_corpus.py), a fixed sample of them
(``--per-type`` documents of each type and language, the lowest SHA-1 of their ids: the same sample on every run),
and makes of each document's FIRST page (a one-page PDF, so text and photos hold the same content):

- ``text``: the one-page PDF itself, read from its text layer (the reference);
- one phone photo per CONDITION (:data:`CONDITIONS`), deterministic per document and condition, made here from the page
  rendered at 300 dpi (not fetch_corpus.as_photo, which the sets' own photo documents use).

Each folder of documents is read by the real stages as ``packet check`` runs them (thirdparty_bench.understand:
read, classify, extract, second reading, settle) and scored by the corpus scorer (thirdparty_bench.score and
thirdparty_bench.same, not a copy). Printed per condition: field recall and precision against the labels, the gap
to the text reading (text recall less photo recall, points), the fields right as text and lost in the photo, and
fields reported wrong with a confidence >= 0.9. ``-v`` lists each lost field with what was read instead.

Files go to ~/.cache/packet-photo-gap (never into the repository); the OCR cache to ~/.cache/packet-photo-gap/ocr
(its key holds ocr.OCR_VERSION: a reading change reads every photo again).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import math
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "thirdparty"))
sys.path.insert(0, str(ROOT))

from fetch_corpus import MANIFEST, SETS, default_dest, load_manifest  # noqa: E402
from thirdparty_bench import FIELDS, LANGS, same, score, understand  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.core.model import Extracted  # noqa: E402
from packet.core.page_images import perspective_coefficients, render_pdf_page  # noqa: E402
from packet.reading.engines import choose  # noqa: E402

OUT = Path.home() / ".cache" / "packet-photo-gap"
TYPES = ("payslip", "bank_statement", "medical_bill", "income_proof", "unemployment_proof")
DESK = (88, 76, 64)  # a brown desk
PAGE_DPI = 300  # the page is rendered at this before it is photographed
SHEET_DPI = 220  # a sheet filling most of a 12-megapixel frame: ~220 pixels per inch of paper


# --- the conditions ------------------------------------------------------------------------------------------------
# Each takes the page (RGB, PAGE_DPI) and a seeded random source and returns (photo RGB, JPEG quality).

def _scaled(page: Image.Image, dpi: float) -> Image.Image:
    f = dpi / PAGE_DPI
    return page.resize((round(page.width * f), round(page.height * f)), Image.Resampling.LANCZOS)


def _on_desk(sheet: Image.Image, rng: random.Random, *, turn: float = 0.0, keystone: float = 0.0,
             margin: float = 0.08) -> Image.Image:
    """The sheet on a desk: turned ``turn`` degrees, its top edge ``keystone`` (fraction) narrower than its bottom (a
    camera tilted towards the top), with a ``margin`` (fraction of the sheet) of desk round it."""
    w, h = sheet.size
    mw, mh = round(w * margin), round(h * margin)
    out_w, out_h = w + 2 * mw, h + 2 * mh
    cx, cy = out_w / 2 + rng.uniform(-0.02, 0.02) * w, out_h / 2 + rng.uniform(-0.02, 0.02) * h
    k = keystone * w / 2
    corners = [(-w / 2 + k, -h / 2), (w / 2 - k, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    a = math.radians(turn)
    dst = [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in corners]
    src = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    coeffs = perspective_coefficients(dst, src)  # output (desk) pixel -> sheet pixel
    photo = sheet.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC,
                            fillcolor=(1, 2, 3))
    mask = Image.new("L", (out_w, out_h), 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    desk = Image.effect_noise((out_w, out_h), 18).convert("RGB")
    desk = Image.blend(Image.new("RGB", (out_w, out_h), DESK), desk, 0.12)
    return Image.composite(photo, desk, mask.filter(ImageFilter.GaussianBlur(1.2)))


def _light(img: Image.Image, field: np.ndarray) -> Image.Image:
    a = np.asarray(img, dtype=np.float32) * field[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def inner_skew(page, rng):
    """The print turned 2-6 degrees on its sheet (copied or printed askew), the sheet photographed at an angle."""
    sheet = _scaled(page, SHEET_DPI)
    sheet = sheet.rotate(rng.choice((-1, 1)) * rng.uniform(2.0, 6.0), resample=Image.Resampling.BICUBIC,
                         fillcolor=(255, 255, 255))
    return _on_desk(sheet, rng, turn=rng.uniform(-2, 2), keystone=rng.uniform(0.06, 0.09)), 75


def desk_turn(page, rng):
    """The whole sheet turned 5-10 degrees on a desk, camera straight above."""
    sheet = _scaled(page, SHEET_DPI)
    return _on_desk(sheet, rng, turn=rng.choice((-1, 1)) * rng.uniform(5.0, 10.0), margin=0.12), 75


def perspective(page, rng):
    """A strong keystone: the camera tilted, the top of the sheet 12-18 % narrower than its bottom."""
    sheet = _scaled(page, SHEET_DPI)
    return _on_desk(sheet, rng, turn=rng.uniform(-3, 3), keystone=rng.uniform(0.12, 0.18)), 75


def shadow(page, rng):
    """Light from one side (paper 55-100 % bright across the sheet) and the soft shadow band of a hand or phone."""
    photo = _on_desk(_scaled(page, SHEET_DPI), rng, turn=rng.uniform(-2, 2))
    h, w = photo.height, photo.width
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    side = rng.choice((0, 1))
    grad = (xx / w) if side else (1 - xx / w)
    field = 0.55 + 0.45 * grad
    angle = rng.uniform(-0.6, 0.6)
    centre, width = rng.uniform(0.35, 0.65) * h, rng.uniform(0.05, 0.09) * h
    d = (yy - centre - (xx - w / 2) * math.tan(angle)) / width
    field *= 1 - 0.4 * np.exp(-d * d)
    return _light(photo, field), 75


def low_light(page, rng):
    """A dim room: the picture at 40-50 % brightness, warm, with sensor noise (sigma 9-12 grey levels)."""
    photo = _on_desk(_scaled(page, SHEET_DPI), rng, turn=rng.uniform(-2, 2))
    a = np.asarray(photo, dtype=np.float32) * rng.uniform(0.40, 0.50) * np.array([1.0, 0.93, 0.82], np.float32)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(9, 12), a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), 75


def blur(page, rng):
    """A hand that moved and a lens slightly out of focus: a 4-6 pixel motion streak and a 0.9-1.2 pixel blur."""
    photo = _on_desk(_scaled(page, SHEET_DPI), rng, turn=rng.uniform(-2, 2))
    n = rng.randint(4, 6)
    a = np.asarray(photo, dtype=np.float32)
    acc = sum(np.roll(a, (i, i // 2), axis=(1, 0)) for i in range(n)) / n
    out = Image.fromarray(np.clip(acc, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.9, 1.2))), 75


def jpeg(page, rng):
    """Sent through a messenger: the photo at ~170 pixels per inch of paper, JPEG quality 55-60."""
    return _on_desk(_scaled(page, 170), rng, turn=rng.uniform(-2, 2)), rng.randint(55, 60)


def fold(page, rng):
    """A sheet folded in three and opened again: two crease lines (a dark and a light edge), the middle panel
    bent so its print runs 1-2 degrees off the others, a little shade on one panel."""
    sheet = _scaled(page, SHEET_DPI)
    w, h = sheet.size
    y1, y2 = round(h / 3), round(2 * h / 3)
    mid = sheet.crop((0, y1, w, y2)).rotate(rng.choice((-1, 1)) * rng.uniform(1.0, 2.0),
                                            resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    sheet = sheet.copy()
    sheet.paste(mid, (0, y1))
    field = np.ones((h, w), np.float32)
    yy = np.arange(h, dtype=np.float32)[:, None]
    for y in (y1, y2):
        field *= 1 - 0.35 * np.exp(-((yy - y) / 4.0) ** 2) + 0.06 * np.exp(-((yy - y - 10) / 6.0) ** 2)
    field[y1:y2] *= 0.85
    return _on_desk(_light(sheet, field), rng, turn=rng.uniform(-2, 2)), 75


def small_print(page, rng):
    """The sheet far from the camera: 120-150 pixels per inch of paper, a wide desk round it."""
    sheet = _scaled(page, rng.uniform(120, 150))
    return _on_desk(sheet, rng, turn=rng.uniform(-3, 3), margin=0.2), 75


CONDITIONS = {f.__name__.replace("_", "-"): f for f in (inner_skew, desk_turn, perspective, shadow, low_light, blur,
                                                           jpeg, fold, small_print)}


def photograph(page: Image.Image, condition: str, seed: str) -> bytes:
    """JPEG bytes of ``page`` (RGB, PAGE_DPI) photographed under ``condition``, deterministic for ``seed``. The file
    carries a camera make in its EXIF, as a phone's does."""
    rng = random.Random(int(hashlib.sha1(f"{seed}|{condition}".encode()).hexdigest()[:12], 16))
    img, quality = CONDITIONS[condition](page, rng)
    exif = Image.Exif()
    exif[0x010F] = "PhotoGap"
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


# --- the sample ------------------------------------------------------------------------------------------------------

def sample(per_type: int) -> list[tuple[dict, Path]]:
    """The labelled text-form PDFs of every development set, ``per_type`` of each (type, language): those with the
    lowest SHA-1 of their id. Returns (manifest entry, file) pairs."""
    pool: dict[tuple[str, str], list[tuple[str, dict, Path]]] = defaultdict(list)
    for manifest in [MANIFEST] + [p for p, _s, _w in SETS.values()]:
        folder = default_dest(manifest)
        if not folder.is_dir():
            print(f"  (absent: {folder}; bring it with bench/thirdparty/fetch_corpus.py)")
            continue
        files = {p.stem: p for p in folder.iterdir() if p.suffix.lower() == ".pdf"}
        for d in load_manifest(manifest):
            if d["form"] == "text" and d["type"] in TYPES and d["id"] in files:
                pool[(d["type"], d["lang"])].append((hashlib.sha1(d["id"].encode()).hexdigest(), d, files[d["id"]]))
    out = []
    for key in sorted(pool):
        out += [(d, f) for _h, d, f in sorted(pool[key], key=lambda x: x[0])[:per_type]]
    return out


def first_page(src: Path, dest: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(src).pages[0])
    with open(dest, "wb") as fh:
        writer.write(fh)


def prepare(docs: list[tuple[dict, Path]], conditions: list[str]) -> None:
    """Write OUT/text/<lang>/<id>.pdf and OUT/<condition>/<lang>/<id>.jpg (kept when already there)."""
    for d, src in docs:
        text = OUT / "text" / d["lang"] / f"{d['id']}.pdf"
        if not text.exists():
            text.parent.mkdir(parents=True, exist_ok=True)
            first_page(src, text)
        page = None
        for c in conditions:
            photo = OUT / c / d["lang"] / f"{d['id']}.jpg"
            if photo.exists():
                continue
            if page is None:
                page = render_pdf_page(text, 0, PAGE_DPI)
            photo.parent.mkdir(parents=True, exist_ok=True)
            photo.write_bytes(photograph(page, c, d["id"]))


def read_folder(folder: Path, docs: list[dict], jobs: int, cache) -> dict[str, Extracted]:
    """{doc id: Extracted} of one condition's folder, through the real stages (a copy per language, as the corpus
    bench reads)."""
    got: dict[str, Extracted] = {}
    with tempfile.TemporaryDirectory(prefix="packet-photo-gap-") as tmp:
        for lang, ocr_langs in LANGS.items():
            src = folder / lang
            if not src.is_dir():
                continue
            root = Path(tmp) / lang
            root.mkdir()
            ids = {d["id"] for d in docs if d["lang"] == lang}
            for p in src.iterdir():
                if p.stem in ids:
                    shutil.copy2(p, root / p.name)
            case = Case(root=root, request=Request(language=lang,
                                                   checklist="en-hardship" if lang == "en" else "zh-stop-collection"))
            _read, extracted = understand(case, ocr_langs, jobs, cache, choose(ENGINE, lang), ENGINE)
            for e in extracted:
                got[Path(e.document.rel).stem] = e
    return got


ENGINE = "auto"


def right_fields(docs: list[dict], got: dict[str, Extracted]) -> dict[tuple[str, str], bool | None]:
    """{(doc id, field): right?} for every labelled field (None: not reported)."""
    out = {}
    for d in docs:
        e = got.get(d["id"])
        for f in FIELDS[d["type"]]:
            want = d["fields"].get(f)
            if want is None:
                continue
            have = e.fields.get(f) if e is not None and e.type == d["type"] else None
            out[(d["id"], f)] = None if have is None else same(f, have, want)
    return out


def main() -> None:
    global ENGINE
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-type", type=int, default=2, help="documents of each type and language (default 2)")
    ap.add_argument("--conditions", default="all", help="comma-separated, of: " + ", ".join(CONDITIONS))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=OUT / "ocr")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--ocr-engine", default="auto", choices=("auto", "tesseract", "rapidocr"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    ENGINE = args.ocr_engine
    from packet.reading.ocr import OCR_VERSION
    from packet.reading.ocr_cache import OcrCache

    conditions = list(CONDITIONS) if args.conditions == "all" else args.conditions.split(",")
    picked = sample(args.per_type)
    docs = [d for d, _f in picked]
    print(f"photo gap: {len(docs)} documents ({sum(d['lang'] == 'en' for d in docs)} en, "
          f"{sum(d['lang'] == 'zh' for d in docs)} zh), {len(conditions)} conditions, {OCR_VERSION}, files in {OUT}")
    t0 = time.monotonic()
    prepare(picked, conditions)
    print(f"  photos made in {time.monotonic() - t0:.0f} s")
    cache = None if args.no_cache else OcrCache(args.cache)
    results = {}
    for c in ["text", *conditions]:
        t = time.monotonic()
        got = read_folder(OUT / c, docs, args.jobs, cache)
        with contextlib.redirect_stdout(io.StringIO()):
            _failures, numbers = score([dict(d, form=c) for d in docs], got)
        results[c] = (numbers, right_fields(docs, got), got, time.monotonic() - t)
    base = results["text"][1]
    print(f"\n{'condition':13} {'recall':>7} {'precision':>9} {'gap':>6} {'lost':>5} {'wrong>=0.9':>10} "
          f"{'en rec':>7} {'zh rec':>7} {'seconds':>7}")
    for c, (numbers, right, _got, secs) in results.items():
        r, rep, lab = numbers["fields"].get(("all",), [0, 0, 0])
        en = numbers["fields"].get(("lang", "en"), [0, 0, 0])
        zh = numbers["fields"].get(("lang", "zh"), [0, 0, 0])
        hi_wrong = numbers["bands"].get((">= 0.9",), [0, 0])[1]
        lost = [k for k, ok in base.items() if ok and not right.get(k)]
        br = sum(1 for ok in base.values() if ok)
        gap = 100 * (br - r) / max(1, lab)
        print(f"{c:13} {100 * r / max(1, lab):6.1f}% {100 * r / max(1, rep):8.1f}% {gap:6.1f} {len(lost):5} "
              f"{hi_wrong:10} {100 * en[0] / max(1, en[2]):6.1f}% {100 * zh[0] / max(1, zh[2]):6.1f}% {secs:7.0f}")
    if args.verbose:
        for c, (_numbers, right, got, _secs) in results.items():
            if c == "text":
                continue
            for (doc, f), ok in base.items():
                if ok and not right.get((doc, f)):
                    e = got.get(doc)
                    have = (e.type, e.fields.get(f)) if e is not None else None
                    print(f"  {c}: {doc} {f}: read {have!r}")
    print(f"\n{time.monotonic() - t0:.0f} s in all")


if __name__ == "__main__":
    main()
