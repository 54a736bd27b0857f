"""Accuracy of understanding documents, measured on a generated, labelled set (not samples/).

    python bench/bench_accuracy.py [--copies 2] [--jobs 2] [--out DIR] [--cache DIR] [--forms text,scan,photo]
    python bench/bench_accuracy.py --thirdparty [DIR] [--cache DIR]   (documents we did not write: thirdparty_bench.py)
    python bench/bench_accuracy.py --holdout [DIR] [--cache DIR]      (the hold-out set: bench/thirdparty/holdout.json)
    python bench/bench_accuracy.py --holdout2 [DIR] [--cache DIR]     (the second one: bench/thirdparty/holdout2.json)
    python bench/bench_accuracy.py --holdout3 [DIR] [--cache DIR]     (the third one: bench/thirdparty/holdout3.json)
    python bench/bench_accuracy.py --holdout4 [DIR] [--cache DIR]     (the fourth one: bench/thirdparty/holdout4.json)
    python bench/bench_accuracy.py --holdout5 [DIR] [--cache DIR]     (the fifth one: bench/thirdparty/holdout5.json)
    python bench/bench_accuracy.py --holdout6 [DIR] [--cache DIR]     (the sixth one: bench/thirdparty/holdout6.json)
    python bench/bench_accuracy.py --holdout7 [DIR] [--cache DIR]     (the seventh one: bench/thirdparty/holdout7.json)
    python bench/bench_accuracy.py --holdout8 [DIR] [--cache DIR]     (the eighth one: bench/thirdparty/holdout8.json)
    python bench/bench_accuracy.py --holdout9 [DIR] [--cache DIR]     (the ninth one: bench/thirdparty/holdout9.json)
    python bench/bench_accuracy.py --holdout10 [DIR] [--cache DIR]    (the tenth one: bench/thirdparty/holdout10.json)
    python bench/bench_accuracy.py --holdout11 [DIR] [--cache DIR]    (the eleventh one: bench/thirdparty/holdout11.json)
    python bench/bench_accuracy.py --holdout12 [DIR] [--cache DIR]    (the twelfth one: bench/thirdparty/holdout12.json)
    python bench/bench_accuracy.py --holdout13 [DIR] [--cache DIR]    (the thirteenth one: bench/thirdparty/holdout13.json)
    python bench/bench_accuracy.py --holdout14 [DIR] [--cache DIR]    (the fourteenth one: bench/thirdparty/holdout14.json)
    python bench/bench_accuracy.py --holdout15 [DIR] [--cache DIR]    (the fifteenth one: bench/thirdparty/holdout15.json)
    python bench/bench_accuracy.py --independent3 [DIR] [--cache DIR] (generated judging set: thirdparty/independent3.json)
    python bench/bench_accuracy.py --independent4 [DIR] [--cache DIR] (the fourth one: thirdparty/independent4.json)
    python bench/bench_accuracy.py --independent5 [DIR] [--cache DIR] (the fifth one: thirdparty/independent5.json)
    python bench/bench_accuracy.py --independent6 [DIR] [--cache DIR] (the sixth one: thirdparty/independent6.json)
    python bench/bench_accuracy.py --independent7 [DIR] [--cache DIR] (the seventh one: thirdparty/independent7.json)
    python bench/bench_accuracy.py --independent8 [DIR] [--cache DIR] (the eighth one: thirdparty/independent8.json)
    python bench/bench_accuracy.py --independent9 [DIR] [--cache DIR] (the ninth one: thirdparty/independent9.json)
    python bench/bench_accuracy.py --independent10 [DIR] [--cache DIR] (the tenth one: thirdparty/independent10.json)
    python bench/bench_accuracy.py --independent11 [DIR] [--cache DIR] (the eleventh one: thirdparty/independent11.json)
    python bench/bench_accuracy.py --independent12 [DIR] [--cache DIR] (the twelfth one: thirdparty/independent12.json)
    python bench/bench_accuracy.py --independent13 [DIR] [--cache DIR] (the thirteenth one: thirdparty/independent13.json)
    python bench/bench_accuracy.py --independent14 [DIR] [--cache DIR] (the fourteenth one: thirdparty/independent14.json)
    python bench/bench_accuracy.py --independent15 [DIR] [--cache DIR] (the fifteenth one: thirdparty/independent15.json)
    python bench/bench_accuracy.py --independent16 [DIR] [--cache DIR] (the sixteenth one: thirdparty/independent16.json)
    python bench/bench_accuracy.py --independent17 [DIR] [--cache DIR] (the seventeenth one: thirdparty/independent17.json)
    python bench/bench_accuracy.py --independent18 [DIR] [--cache DIR] (the eighteenth one: thirdparty/independent18.json)
    python bench/bench_accuracy.py --independent19 [DIR] [--cache DIR] (the nineteenth one: thirdparty/independent19.json)
    python bench/bench_accuracy.py --independent20 [DIR] [--cache DIR] (the twentieth one: thirdparty/independent20.json)
    python bench/bench_accuracy.py --independent21 [DIR] [--cache DIR] (the twenty-first one: thirdparty/independent21.json)
    python bench/bench_accuracy.py --independent22 [DIR] [--cache DIR] (the twenty-second one: thirdparty/independent22.json)
    python bench/bench_accuracy.py --independent23 [DIR] [--cache DIR] (the twenty-third one: thirdparty/independent23.json)
    python bench/bench_accuracy.py --independent24 [DIR] [--cache DIR] (the twenty-fourth one: thirdparty/independent24.json)
    python bench/bench_accuracy.py --independent25 [DIR] [--cache DIR] (the twenty-fifth one: thirdparty/independent25.json)

Generates the evaluation set (bench/evalset/generate.py) into a temporary folder, reads it with the
real pipeline stages (``packet.reading.ingest.read_case``: text layer or Tesseract), classifies, extracts and
reads again what was not found (``packet.understanding.second_reading``), reconciles names (``packet.understanding.consistency``),
and prints: type accuracy; per-field precision and recall split by language and by form; how many of the
fields found are right in each confidence band of their evidence (the check of the confidence formula); and
missing-item precision/recall: the checklist evaluated on the extracted fields versus on the true
fields, for cases made from the set (all documents; without statements; one copy only).
Targets: type ≥ 98 %, fields ≥ 95 % (text) and ≥ 90 % (scan, photo), missing items ≥ 95 %.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "evalset"))
sys.path.insert(0, str(ROOT / "thirdparty"))  # fetch_corpus: the sets kept apart

from fetch_corpus import SETS  # noqa: E402
from generate import generate  # noqa: E402
from thirdparty_bench import understand  # noqa: E402

from packet.case.casefile import Applicant, Case, Request  # noqa: E402
from packet.core.model import UNCERTAIN_BELOW, Extracted  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.rules.checklist import load_checklist  # noqa: E402
from packet.rules.evaluate import evaluate  # noqa: E402

AS_OF = date(2026, 11, 20)
LANGS = {"en": "eng", "zh": "chi_sim+eng"}


ENGINE = "tesseract"  # --ocr-engine: auto | tesseract | rapidocr

def read_all(out: Path, forms: list[str], jobs: int, cache_dir: Path | None):
    """{(form, lang): [(doc_id, Extracted)]} read through the real stages."""
    from packet.reading.ocr_cache import OcrCache

    cache = OcrCache(cache_dir) if cache_dir else None
    got: dict[tuple[str, str], list[tuple[str, Extracted]]] = {}
    for form in forms:
        for lang, ocr_langs in LANGS.items():
            case = Case(root=out / form / lang, request=Request(language=lang, checklist=_checklist(lang)))
            t = time.monotonic()
            eng = choose(ENGINE, lang)
            read, extracted = understand(case, ocr_langs, jobs, cache, eng, ENGINE)
            for e in read.errors:
                print(f"  ! {form}/{lang}/{e.rel}: {e.code} {e.message}")
            got[(form, lang)] = [(Path(e.document.rel).stem, e) for e in extracted]
            print(f"  read [{eng}] {form}/{lang}: {len(read.documents)} documents in {time.monotonic() - t:.1f} s")
    return got


def _checklist(lang: str) -> str:
    return "en-hardship" if lang == "en" else "zh-stop-collection"


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    - "


def score(got, truth) -> list[str]:
    failures = []
    types = defaultdict(lambda: [0, 0])
    fields = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    bands = defaultdict(lambda: [0, 0])  # (band, form) -> right, wrong: the check of the confidence formula
    for (form, lang), items in got.items():
        for doc_id, e in items:
            t = truth[doc_id]
            for key in (("all",), (form,), (lang,)):
                types[key][0] += e.type == t["type"]
                types[key][1] += 1
            if e.type != t["type"]:
                failures.append(f"{form}/{doc_id}: type {e.type}, expected {t['type']}")
            for f, want in t["fields"].items():
                have = e.fields.get(f) if e.type == t["type"] else None
                ok = have == want
                for key in (("all",), (form,), (lang,), (form, lang)):
                    fields[key][0] += ok
                    fields[key][1] += (have is not None and not ok)
                    fields[key][2] += not ok
                if have is not None and f in e.evidence:
                    c = e.evidence[f].confidence
                    band = ">=0.9" if c >= 0.9 else ">=0.6" if c >= UNCERTAIN_BELOW else "<0.6"
                    for key in ((band, "all"), (band, form)):
                        bands[key][0 if ok else 1] += 1
                if not ok and e.type == t["type"]:
                    failures.append(f"{form}/{doc_id}: {f} = {have!r}, expected {want!r}")
    print("\nType accuracy")
    for key in sorted(types, key=str):
        print(f"  {'/'.join(key):12} {pct(*types[key])}  ({types[key][0]}/{types[key][1]})")
    print("\nFields            precision   recall   (right / found / expected)")
    for key in sorted(fields, key=lambda k: (len(k), k)):
        tp, fp, fn = fields[key]
        print(f"  {'/'.join(key):12}    {pct(tp, tp + fp)}   {pct(tp, tp + fn)}   ({tp} / {tp + fp} / {tp + fn})")
    print("\nFields found, by confidence (evidence)   right / found   wrong")
    for key in sorted(bands, key=lambda k: (k[1] != "all", k[1], k[0])):
        right, wrong = bands[key]
        print(f"  {key[0]:6} {key[1]:6}   {pct(right, right + wrong)}   ({right} / {right + wrong})   {wrong}")
    return failures


def _truth_extracted(items: list[tuple[str, Extracted]], truth) -> list[Extracted]:
    return [Extracted(e.document, truth[i]["type"], dict(truth[i]["fields"])) for i, e in items]


def _missing_items(report) -> set[tuple[str, str]]:
    out = set()
    for m in report.missing:
        out.add((m.requirement, ""))
        out |= {(m.requirement, d) for d in m.detail}
    return out


def missing_bench(got, truth) -> list[str]:
    failures = []
    tp = fp = fn = 0
    for (form, lang), items in got.items():
        cl = load_checklist(_checklist(lang))
        case = Case(root=Path(f"/{form}/{lang}"), applicant=Applicant(),
                    request=Request(language=lang, checklist=cl.name, hardship="medical"))
        subsets = {"all": items,
                   "no-statements": [(i, e) for i, e in items if truth[i]["type"] != "bank_statement"],
                   "one-copy": [(i, e) for i, e in items if i.endswith("-0")]}
        for name, sub in subsets.items():
            want = _missing_items(evaluate(_truth_extracted(sub, truth), (), case, cl, AS_OF))
            have = _missing_items(evaluate([e for _, e in sub], (), case, cl, AS_OF))
            tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
            for x in sorted(have ^ want):
                failures.append(f"{form}/{lang}/{name}: {'extra' if x in have else 'lost'} missing item {x}")
    print(f"\nMissing items     precision {pct(tp, tp + fp)}   recall {pct(tp, tp + fn)}   ({tp} right, {fp} extra, {fn} lost)")
    return failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, help="keep the generated set here (default: a temporary folder)")
    ap.add_argument("--cache", type=Path, help="OCR cache folder, to rerun quickly")
    ap.add_argument("--forms", default="text,scan,photo")
    ap.add_argument("--thirdparty", nargs="?", const=True, default=None, metavar="DIR",
                    help="score the third-party corpus instead (bench/thirdparty; files brought into DIR, "
                         "default $PACKET_CORPUS or ~/.cache/packet-corpus)")
    for name, (path, suffix, what) in SETS.items():
        ap.add_argument(f"--{name}", nargs="?", const=True, default=None, metavar="DIR",
                        help=f"score {what} (bench/thirdparty/{path.name}); files brought into DIR, default "
                             f"$PACKET_CORPUS_{suffix.upper()} or ~/.cache/packet-corpus-{suffix}")
    ap.add_argument("--manifest", type=Path, help="with --thirdparty: score this manifest instead of manifest.json")
    ap.add_argument("--json", type=Path, help="with --thirdparty, a --holdout flag or an --independent flag: also write the numbers here")
    ap.add_argument("--ocr-engine", default="tesseract", choices=("auto", "tesseract", "rapidocr"))
    args = ap.parse_args()
    global ENGINE
    ENGINE = args.ocr_engine
    chosen = [(name, getattr(args, name)) for name in ("thirdparty", *SETS) if getattr(args, name) is not None]
    if len(chosen) > 1:
        ap.error("give one of " + ", ".join(f"--{name}" for name in ("thirdparty", *SETS)))
    if chosen:
        import thirdparty_bench
        from fetch_corpus import MANIFEST
        from thirdparty_bench import run

        thirdparty_bench.ENGINE = args.ocr_engine
        name, where = chosen[0]
        manifest = SETS[name][0] if name in SETS else (args.manifest or MANIFEST)
        run(None if where is True else Path(where), args.jobs, args.cache, args.json, manifest)
        return
    with tempfile.TemporaryDirectory(prefix="packet-evalset-") as tmp:
        out = args.out or Path(tmp)
        t = time.monotonic()
        truth = generate(out, args.copies, args.seed)
        print(f"generated {len(truth)} documents x 3 forms in {time.monotonic() - t:.1f} s")
        got = read_all(out, args.forms.split(","), args.jobs, args.cache)
        failures = score(got, truth) + missing_bench(got, truth)
    print(f"\nWhat failed ({len(failures)}):")
    for f in failures:
        print("  " + f)


if __name__ == "__main__":
    main()
