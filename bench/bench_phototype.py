"""Document types on hard phone photos (issue 10): the generator of tests/phototypegen.py (readable types and
look-alikes that must stay ``other``, English and Chinese, photographed dim, blurred, at a slant, JPEG 55-70, small,
dot-matrix, sealed, shadowed) read by OCR as ``packet check`` reads them, then classified. Prints type accuracy, per type, per
condition and per language, the readable photos typed ``other`` (lost documents), the look-alikes typed as a readable
type (false positives: the worse error) and the types given with a low confidence (the user is asked to confirm).

    PYTHONPATH=$PWD python bench/bench_phototype.py [--seed 12] [--per-type 4] [--cache DIR] [--out DIR]

Photos go to ``--out`` (default ~/.cache/packet-phototype), OCR results to ``--cache`` (default
~/.cache/packet-phototype-ocr), both outside the repository; reruns read the cache.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import phototypegen  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.reading.ingest import read_case  # noqa: E402
from packet.reading.ocr_cache import OcrCache  # noqa: E402
from packet.understanding.classify import classify_one  # noqa: E402

LANGS = {"en": "eng", "zh": "chi_sim+eng"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--per-type", type=int, default=4)
    ap.add_argument("--per-lookalike", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache/packet-phototype-ocr")
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache/packet-phototype")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each photo's type and scores")
    a = ap.parse_args()
    folder = a.out / f"v3-seed{a.seed}-{a.per_type}-{a.per_lookalike}"
    expected: dict[str, tuple[str, str]] = {}
    if not folder.exists():
        tmp = folder.with_suffix(".part")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for k, (name, _type, lang, data) in enumerate(phototypegen.corpus(a.seed, a.per_type, a.per_lookalike)):
            (tmp / lang).mkdir(exist_ok=True)
            (tmp / lang / f"IMG_{k:04d}.jpg").write_bytes(data)  # a phone's name: no hint of the type
            (tmp / "names.tsv").open("a").write(f"{lang}/IMG_{k:04d}\t{name}\n")
        tmp.rename(folder)
    names = dict(ln.split("\t") for ln in (folder / "names.tsv").read_text().splitlines())
    for lang in LANGS:
        for p in sorted((folder / lang).glob("*.jpg")):
            name = names[f"{lang}/{p.stem}"]
            kind = name.split("-")[0]
            expected[name] = (kind if kind in phototypegen.MAKERS else "other", lang)
    cache = OcrCache(a.cache)
    got: dict[str, tuple[str, bool, str]] = {}
    for lang, ocr in LANGS.items():
        with tempfile.TemporaryDirectory(prefix="packet-phototype-") as tmp:
            root = Path(tmp)
            for p in (folder / lang).glob("*.jpg"):
                shutil.copy2(p, root / p.name)
            case = Case(root=root, request=Request(language=lang,
                                                   checklist="en-hardship" if lang == "en" else "zh-stop-collection"))
            t = time.monotonic()
            read = read_case(case, languages=ocr, jobs=a.jobs, cache=cache, engine=choose("auto", lang))
            print(f"read {lang}: {len(read.documents)} photos in {time.monotonic() - t:.1f} s")
            for d in read.documents:
                c = classify_one(d)
                got[names[f"{lang}/{Path(d.rel).stem}"]] = (c.type, getattr(c, "uncertain", False), f"{c.score:.1f}")
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lost, false_pos, wrong, unsure = [], [], [], []
    for name, (want, lang) in sorted(expected.items()):
        have, doubt, score = got.get(name, ("(unread)", False, "0"))
        ok = have == want
        cond = name.split("-")[-1].split("+")[0]
        for key in ("all", f"type/{want}", f"condition/{cond}", f"lang/{lang}",
                    "readable" if want != "other" else "look-alikes"):
            by[key][0] += ok
            by[key][1] += 1
        if doubt:
            unsure.append(f"{name}: {have} (asked to confirm{', right' if ok else ', WRONG'})")
        if a.verbose:
            print(f"  {name}: {have} {score}{' ?' if doubt else ''}{'' if ok else '   <- expected ' + want}")
        if ok:
            continue
        if have == "other":
            lost.append(name)
        elif want == "other":
            false_pos.append(f"{name}: typed {have}")
        else:
            wrong.append(f"{name}: typed {have}, expected {want}")
    print("\nType accuracy on hard photos")
    for key in sorted(by, key=lambda k: (k != "all", k)):
        r, n = by[key]
        print(f"  {key:28s} {100 * r / n:5.1f} %  ({r}/{n})")
    print(f"\nreadable photos typed other (lost): {len(lost)}")
    for x in lost:
        print("  " + x)
    print(f"look-alikes typed as a readable type (false positives): {len(false_pos)}")
    for x in false_pos:
        print("  " + x)
    print(f"readable photos typed as another readable type: {len(wrong)}")
    for x in wrong:
        print("  " + x)
    print(f"typed with a low confidence (the user confirms): {len(unsure)}")
    for x in unsure:
        print("  " + x)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
