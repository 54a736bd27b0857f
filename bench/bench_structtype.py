"""Document types by structure (branch r14-types): the generator of tests/structtypegen.py — look-alikes of a bank
statement (budgets, profit and loss summaries, broker statements, invoices, till receipts, gig earnings) and the real
types they are confused with (bank statements, pharmacy and hospital bills listing medicines), English and Chinese,
text PDFs and phone photos — read as ``packet check`` reads them, then classified. Prints type accuracy per kind,
per form and per language, and every document typed wrong with its scores.

    PYTHONPATH=$PWD python bench/bench_structtype.py [--seed 14] [--cache DIR] [-v]

OCR results go to ``--cache`` (default ~/.cache/packet-structtype-ocr), outside the repository; reruns read it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import structtypegen  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.reading.ingest import read_case  # noqa: E402
from packet.reading.ocr_cache import OcrCache  # noqa: E402
from packet.understanding.classify import classify_one, scores  # noqa: E402

LANGS = {"en": "eng", "zh": "chi_sim+eng"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache/packet-structtype-ocr")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each document's type and best scores")
    a = ap.parse_args()
    docs = structtypegen.corpus(a.seed)
    cache = OcrCache(a.cache)
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    for lang, ocr in LANGS.items():
        with tempfile.TemporaryDirectory(prefix="packet-structtype-") as tmp:
            root = Path(tmp)
            want = {}
            for k, (name, ok_types, dl, form, data, suffix) in enumerate(docs):
                if dl != lang:
                    continue
                (root / f"DOC_{k:04d}{suffix}").write_bytes(data)  # no hint of the type in the name
                want[f"DOC_{k:04d}{suffix}"] = (name, ok_types, form)
            case = Case(root=root, request=Request(language=lang,
                                                   checklist="en-hardship" if lang == "en" else "zh-stop-collection"))
            read = read_case(case, languages=ocr, jobs=a.jobs, cache=cache, engine=choose("auto", lang))
            for d in read.documents:
                name, ok_types, form = want[d.rel]
                c = classify_one(d)
                ok = c.type in ok_types
                kind = name.split("-")[0]
                group = "real" if kind in structtypegen.REAL else "look-alikes"
                for key in ("all", group, f"kind/{kind}", f"form/{form}", f"lang/{lang}"):
                    by[key][0] += ok
                    by[key][1] += 1
                top = sorted(scores(d).items(), key=lambda kv: -kv[1])[:3]
                line = f"{name}: {c.type} ({', '.join(f'{t}={s}' for t, s in top)})"
                if a.verbose:
                    print(("  " if ok else "X ") + line)
                if not ok:
                    wrong.append(line + f"   <- expected {'/'.join(ok_types)}")
    print("\nType accuracy by structure")
    for key in sorted(by, key=lambda k: (k != "all", k)):
        r, n = by[key]
        print(f"  {key:22s} {100 * r / n:5.1f} %  ({r}/{n})")
    print(f"\ntyped wrong: {len(wrong)}")
    for w in wrong:
        print("  " + w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
