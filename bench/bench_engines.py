"""The two OCR engines side by side on the same pages, and the whole cold `check` against each engine's floor.

    python bench/bench_engines.py [--copies 1] [--forms scan,photo] [--check-pages 10] [--skip-compare]
    python bench/bench_engines.py --corpus [DIR] [--max-pages 2]

``--corpus``: the same comparison on the third-party corpus (bench/thirdparty/manifest.json, brought by
bench/thirdparty/fetch_corpus.py): every document's first pages as images (born-digital PDFs rendered at 300 dpi,
so their text layer is the exact text and gives a character error rate; scans, photos and screenshots as they
are), read by each engine in a child process of its own; field values of the labels found in the raw text.

1. Compare: the generated evaluation set (bench/evalset, scans and photos, zh and en) read page by page by each
   engine (packet.reading.ocr.ocr_image, 2 pages at a time on threads): share of true field values found in the
   raw text (spaces and thousands separators ignored), character error rate against the same document's text
   layer (the ``text`` form holds the exact words), seconds per page (wall time / pages, 2 at a time) and peak
   RSS of the process (each engine is measured in a child process of its own).
2. Cold check: a 10-page 300-dpi scanned Chinese statement (bench_ocr.statement_page), `packet check` cold
   (empty cache) through packet.pipeline.check per engine, beside the engine's floor: one pass of that engine
   over the same page images, 2 at a time, measured just before and just after the check (their mean: the load of
   a shared machine drifts); then the warm re-run, in the same process and as a new `packet check` process;
   OCRmyPDF -j 2 when installed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "evalset"))
sys.path.insert(0, str(ROOT))

CORES = 2


def _norm(s: str) -> str:
    return re.sub(r"[\s,，]", "", s).lower()


def cer(ref: str, hyp: str) -> float:
    """Levenshtein distance / len(ref), spaces ignored."""
    a, b = _norm(ref), _norm(hyp)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] / max(1, len(a))


def child_compare(engine: str, folder: Path, forms: list[str]) -> dict:
    """Run in a child: read every page image of ``forms`` with ``engine``; return the raw numbers."""
    from PIL import Image

    from packet.reading import ocr
    from packet.reading.pdf_text import analyse, open_document, text_page

    truth = json.loads((folder / "truth.json").read_text())
    jobs = []
    for form in forms:
        for lang in ("en", "zh"):
            for img in sorted((folder / form / lang).iterdir()):
                jobs.append((form, lang, img))

    def one(job):
        form, lang, img = job
        with Image.open(img) as im:
            dpi = float(im.info.get("dpi", (0,))[0] or 0) or min(im.size) / 8.27
            page = ocr.ocr_image(im.copy(), number=1, languages="chi_sim+eng" if lang == "zh" else "eng", dpi=dpi,
                                 engine=engine)
        return form, lang, img.stem, page.text

    start = time.perf_counter()
    with ThreadPoolExecutor(CORES) as pool:
        pages = list(pool.map(one, jobs))
    wall = time.perf_counter() - start
    rows = []
    for form, lang, stem, text in pages:
        doc_id = stem
        fields = truth.get(doc_id, {}).get("fields", {})
        values = [str(v) for v in fields.values() if v]
        found = sum(1 for v in values if _norm(v) in _norm(text) or _norm(v.replace(".00", "")) in _norm(text))
        ref_pdf = folder / "text" / lang / f"{stem}.pdf"
        ref = ""
        if ref_pdf.exists():
            pdf = open_document(ref_pdf)
            ref = "\n".join(text_page(analyse(pdf[i]), i + 1).text for i in range(len(pdf)))
            pdf.close()
        rows.append({"form": form, "lang": lang, "found": found, "values": len(values),
                     "cer": cer(ref, text) if ref else None})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "wall": wall, "pages": len(pages), "peak_mb": peak}


def child_corpus(engine: str, folder: Path, max_pages: int) -> dict:
    """Run in a child: read the corpus documents' first ``max_pages`` pages with ``engine``; raw numbers."""
    from PIL import Image

    from packet.core.page_images import PDFIUM_LOCK
    from packet.reading import ocr
    from packet.reading.pdf_text import analyse, open_document, text_page

    sys.path.insert(0, str(ROOT / "thirdparty"))
    from fetch_corpus import load_manifest

    docs = load_manifest()
    jobs = []
    for doc in docs:
        candidates = sorted(folder.glob(doc["id"] + ".*"))
        if not candidates:
            continue
        path = candidates[0]
        langs = "chi_sim+eng" if doc["lang"] == "zh" else "eng"
        values = [str(v) for v in doc.get("fields", {}).values() if v and not isinstance(v, list)]
        values += [str(v[0]) for v in doc.get("fields", {}).values() if isinstance(v, list) and v]
        if path.suffix.lower() == ".pdf":
            pdf = open_document(path)
            count = len(pdf)
            refs = [text_page(analyse(pdf[i]), i + 1).text if doc["form"] == "text" else ""
                    for i in range(min(max_pages, count))]
            pdf.close()
            jobs += [(doc, langs, path, i, refs[i], values if i == 0 else []) for i in range(len(refs))]
        else:
            jobs.append((doc, langs, path, None, "", values))

    def one(job):
        # each page is decoded when its turn comes (PDF pages rendered at 300 dpi under pdfium's lock), so the
        # peak RSS is the engine's and a page's, not the whole corpus held in memory
        doc, langs, path, index, ref, values = job
        if index is None:
            with Image.open(path) as im:
                im.seek(0)
                img = im.convert("RGB")
                dpi = float(im.info.get("dpi", (0,))[0] or 0) or min(img.size) / 8.27
        else:
            with PDFIUM_LOCK:
                pdf = open_document(path)
                img, dpi = pdf[index].render(scale=300 / 72).to_pil(), 300.0
                pdf.close()
        page = ocr.ocr_image(img, number=1, languages=langs, dpi=dpi, engine=engine)
        return doc, ref, values, page.text

    start = time.perf_counter()
    with ThreadPoolExecutor(CORES) as pool:
        pages = list(pool.map(one, jobs))
    wall = time.perf_counter() - start
    by_doc: dict[str, list[str]] = {}
    for doc, _ref, _values, text in pages:
        by_doc.setdefault(doc["id"], []).append(text)
    rows = []
    for doc, ref, values, text in pages:
        whole = _norm(" ".join(by_doc[doc["id"]]))
        found = sum(1 for v in values if _norm(v) in whole or _norm(v.replace(".00", "")) in whole)
        rows.append({"form": doc["form"], "lang": doc["lang"], "found": found, "values": len(values),
                     "cer": cer(ref, text) if ref.strip() else None})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "wall": wall, "pages": len(pages), "peak_mb": peak}


def compare(folder: Path, forms: list[str], child: list[str] | None = None) -> None:
    """Both engines, each in a child process: ``--child`` on the generated set (``forms``), or ``child`` given
    (``["--child-corpus", max_pages]``) on the third-party corpus in ``folder``. Prints a Markdown table."""
    what = "third-party corpus, first pages" if child else ", ".join(forms)
    print(f"\n== engines side by side: {folder} ({what}), {CORES} pages at a time")
    print("| engine | slice | field values in raw text | CER | s/page (2 cores) | peak RSS |")
    print("|---|---|---|---|---|---|")
    for engine in ("tesseract", "rapidocr"):
        argv = ([child[0], engine, str(folder), child[1]] if child
                else ["--child", engine, str(folder), ",".join(forms)])
        out = subprocess.run([sys.executable, __file__, *argv],
                             capture_output=True, text=True, env=dict(os.environ))
        if out.returncode:
            print(f"| {engine} | failed: {out.stderr.strip().splitlines()[-1:]} |")
            continue
        res = json.loads(out.stdout.strip().splitlines()[-1])
        slices = sorted({(r["form"], r["lang"]) for r in res["rows"]})
        for form, lang in slices:
            rs = [r for r in res["rows"] if (r["form"], r["lang"]) == (form, lang)]
            f, v = sum(r["found"] for r in rs), sum(r["values"] for r in rs)
            cers = [r["cer"] for r in rs if r["cer"] is not None]
            c = f"{100 * sum(cers) / len(cers):.1f} %" if cers else "-"
            print(f"| {engine} | {form}/{lang} | {100 * f / max(1, v):.1f} % ({f}/{v}) | {c} | "
                  f"{res['wall'] / res['pages']:.2f} | {res['peak_mb']:.0f} MB |")


def engine_floor(engine: str, pngs: list[Path], languages: str) -> float:
    """One pass of ``engine`` over the page images, ``CORES`` at a time (the tesseract CLI for Tesseract, the
    rapidocr engine itself for PP-OCR)."""
    if engine == "tesseract":
        from bench_ocr import parallel_cli

        return parallel_cli(pngs, languages)
    from packet.reading import engines

    eng = engines.engine(engine)
    eng.read(pngs[0], languages, 300)  # the models loaded before the clock starts, as in a warm process
    start = time.perf_counter()
    with ThreadPoolExecutor(CORES) as pool:
        list(pool.map(lambda p: eng.read(p, languages, 300), pngs))
    return time.perf_counter() - start


def cold_check(pages: int, which: tuple[str, ...] = ("tesseract", "rapidocr"), ocrmypdf: bool = True) -> None:
    from bench_ocr import ocrmypdf_time, statement_page
    from fixtures_reading import image_pdf

    from packet.pipeline import CheckOptions, check

    with tempfile.TemporaryDirectory(prefix="packet-engines-") as tmp:
        work = Path(tmp)
        root = work / "case"
        imgs = [statement_page("zh", i + 1) for i in range(pages)]
        pdf = image_pdf(root / "statement.pdf", imgs, dpi=300)
        (root / "packet.toml").write_text('[request]\nlanguage = "zh"\n', encoding="utf-8")
        pngs = []
        for i, img in enumerate(imgs):
            pngs.append(work / f"zh-{i:03d}.png")
            img.save(pngs[-1], compress_level=1)
        print(f"\n== cold `check` of a {pages}-page scanned Chinese statement (300 dpi), {CORES} cores")
        for engine in which:
            opts = CheckOptions(as_of=date(2026, 11, 20), jobs=CORES, cache_dir=work / f"cache-{engine}",
                                ocr_engine=engine)
            fl_before = engine_floor(engine, pngs, "chi_sim+eng")
            start = time.perf_counter()
            run = check(root, opts)
            cold = time.perf_counter() - start
            start = time.perf_counter()
            check(root, opts)
            warm = time.perf_counter() - start
            fresh = warm_process(root, work / f"cache-{engine}", engine)
            fl_after = engine_floor(engine, pngs, "chi_sim+eng")
            fl = (fl_before + fl_after) / 2  # the floor just before and just after: the load drifts meanwhile
            doc = run.report.documents[0] if run.report.documents else None
            print(f"  {engine:9} cold check {cold:6.1f} s, floor (one pass, {CORES} at a time, mean of just before "
                  f"{fl_before:.1f} s and just after {fl_after:.1f} s) {fl:6.1f} s: "
                  f"{cold / fl:.2f}x; warm {warm:.2f} s (a new process: {fresh}); fields {doc.fields if doc else None}")
        if ocrmypdf:
            omp = ocrmypdf_time(pdf, "chi_sim+eng", work / "ocrmypdf.pdf")
            print(f"  OCRmyPDF -j 2: {omp if isinstance(omp, str) else f'{omp:.1f} s'}")
        print(f"  load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}")


def _born_digital(path: Path) -> bool:
    """Every page of the PDF has a text layer packet takes as it is (no page to OCR): the files whose cold check
    the letterhead pictures could slow down."""
    from packet.reading import pdf_text

    try:
        pdf = pdf_text.open_document(path)
    except Exception:  # noqa: BLE001 - encrypted or broken: not a plain born-digital file
        return False
    try:
        return all(pdf_text.analyse(pdf[i]).usable for i in range(len(pdf)))
    finally:
        pdf.close()


def text_check(folders: list[tuple[str, Path]], rounds: int = 2) -> None:
    """Cold `check` of born-digital PDFs (every page a usable text layer) with and without reading the letterhead pictures of documents that lack
    their issuer's name (packet.understanding.second_reading.plan_figures), alternating ``rounds`` times (the load
    of a shared machine drifts): wall seconds, the pictures read and the seconds those readings took."""
    import shutil

    from packet import pipeline
    from packet.reading import ocr
    from packet.understanding import second_reading

    real_plan, real_region = second_reading.plan_figures, ocr.read_region
    spent: list[float] = []

    def timed_region(task):
        start = time.perf_counter()
        try:
            return real_region(task)
        finally:
            spent.append(time.perf_counter() - start)

    ocr.read_region = timed_region
    print(f"\n== cold `check` of born-digital PDFs, with and without reading letterhead pictures, {CORES} cores")
    try:
        for name, src in folders:
            with tempfile.TemporaryDirectory(prefix="packet-textcheck-") as tmp:
                cases = {}
                for lang in ("en", "zh"):
                    pdfs = [p for p in sorted(src.rglob("*.pdf")) if (p.name.startswith("zh") or "/zh/" in str(p)) == (lang == "zh")
                            and _born_digital(p)]
                    if not pdfs:
                        continue
                    root = Path(tmp) / lang
                    root.mkdir()
                    for i, p in enumerate(pdfs):
                        shutil.copy(p, root / f"{i:03d}-{p.name}")
                    (root / "packet.toml").write_text(f'[request]\nlanguage = "{lang}"\n', encoding="utf-8")
                    cases[lang] = (root, len(pdfs))
                times: dict[bool, list[float]] = {True: [], False: []}
                reads = 0
                for r in range(rounds):
                    for on in (False, True):
                        second_reading.plan_figures = real_plan if on else (lambda *a, **k: {})
                        spent.clear()
                        start = time.perf_counter()
                        for lang, (root, _n) in cases.items():
                            opts = pipeline.CheckOptions(as_of=date(2026, 11, 20), jobs=CORES,
                                                         cache_dir=Path(tmp) / f"cache-{r}-{on}-{lang}", ocr_engine="auto")
                            pipeline.check(root, opts)
                        times[on].append(time.perf_counter() - start)
                        if on:
                            reads = len(spent)
                            region_s = sum(spent)
                off, on_ = sum(times[False]) / rounds, sum(times[True]) / rounds
                files = sum(n for _, n in cases.values())
                print(f"  {name}: {files} PDFs; cold check without {off:6.1f} s, with {on_:6.1f} s "
                      f"({on_ / off:.3f}x); {reads} picture region(s) read, {region_s:.1f} s of OCR in all")
    finally:
        second_reading.plan_figures, ocr.read_region = real_plan, real_region


def warm_process(root: Path, cache: Path, engine: str) -> str:
    """The warm re-run as a user makes it: `packet check --json` in a new process (imports included, from bytecode
    as an installed package has it: compiled into a private folder by one untimed run first); its wall time and
    the CPU seconds it used (on a loaded machine the wall time is mostly waiting for a core)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT.parent), PACKET_CACHE_DIR=str(cache), PYTHONPYCACHEPREFIX=str(cache.parent / "pyc"))
    argv = [sys.executable, "-m", "packet", "check", str(root), "--json", "--ocr-engine", engine, "--as-of", "2026-11-20"]
    # one untimed run first: with a private bytecode folder every module — packet's and the libraries' — is compiled
    # on first import, which an installed package has done at install time
    subprocess.run(argv, capture_output=True, env=env)
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(argv, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        return f"failed ({proc.returncode}: {proc.stderr.strip().splitlines()[-1:]})"
    return f"{wall:.2f} s, {cpu:.2f} s CPU"


def install_size() -> None:
    import importlib.util

    total = 0
    parts = []
    for mod in ("rapidocr", "onnxruntime", "cv2", "shapely", "pyclipper", "omegaconf"):
        spec = importlib.util.find_spec(mod)
        if not spec or not spec.submodule_search_locations:
            continue
        folder = Path(list(spec.submodule_search_locations)[0])
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        total += size
        parts.append(f"{mod} {size / 1e6:.0f} MB")
    print(f"\n== install size of the PP-OCR engine: {total / 1e6:.0f} MB ({', '.join(parts)}; numpy is shared)")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT.parent / "tests"))
        print(json.dumps(child_compare(sys.argv[2], Path(sys.argv[3]), sys.argv[4].split(","))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-corpus":
        sys.path.insert(0, str(ROOT.parent / "tests"))
        print(json.dumps(child_corpus(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))))
        return
    sys.path.insert(0, str(ROOT.parent / "tests"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--forms", default="scan,photo")
    ap.add_argument("--check-pages", type=int, default=10)
    ap.add_argument("--skip-compare", action="store_true")
    ap.add_argument("--skip-check", action="store_true")
    ap.add_argument("--corpus", nargs="?", const=True, default=None, metavar="DIR",
                    help="compare the engines on the third-party corpus (default folder: fetch_corpus's)")
    ap.add_argument("--max-pages", type=int, default=2, help="with --corpus: pages read per document")
    ap.add_argument("--engines", default="tesseract,rapidocr", help="the engines of the cold check")
    ap.add_argument("--skip-ocrmypdf", action="store_true")
    ap.add_argument("--text-check", nargs="*", metavar="DIR", default=None,
                    help="cold check of born-digital PDFs with and without reading letterhead pictures: the generated "
                         "set's text form, and each DIR given (e.g. the third-party corpus)")
    args = ap.parse_args()
    if args.text_check is not None:
        from generate import generate

        with tempfile.TemporaryDirectory(prefix="packet-engines-text-") as tmp:
            generate(Path(tmp), args.copies, images=False)
            text_check([("generated set, text form", Path(tmp) / "text")]
                       + [(str(d), Path(d)) for d in args.text_check])
        return
    install_size()
    if args.corpus:
        sys.path.insert(0, str(ROOT / "thirdparty"))
        from fetch_corpus import default_dest

        folder = default_dest() if args.corpus is True else Path(args.corpus)
        compare(folder, [], child=["--child-corpus", str(args.max_pages)])
        return
    if not args.skip_check:
        cold_check(args.check_pages, tuple(args.engines.split(",")), not args.skip_ocrmypdf)
    if not args.skip_compare:
        from generate import generate

        with tempfile.TemporaryDirectory(prefix="packet-engines-set-") as tmp:
            generate(Path(tmp), args.copies)
            compare(Path(tmp), args.forms.split(","))


if __name__ == "__main__":
    main()
