"""Printed forms filled in by pen (tests/pengen.py: a 工资条 pad, a clinic's 收据, a clinic's cash receipt, a pay slip
pad), each as a scan and a phone photo, read through the product's stages with ``--ocr-engine auto`` (read, classify,
extract, second reading, second look by PP-OCR: bench/thirdparty_bench.understand).

    PYTHONPATH=$PWD python bench/bench_pen_forms.py [--seeds 4] [--cache DIR] [-v]

Prints the type accuracy and the fields right / found / labelled per form and language, the wrong values (and those
at a confidence of 0.9 or more), and the pages read by the second look. Seeds 1..N of every form."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import pengen  # noqa: E402
import thirdparty_bench as tb  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.reading.ocr_cache import OcrCache  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=4)
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "packet-pen-ocr")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    looks = tb._Looks()
    logger = logging.getLogger("packet.understanding.second_look")
    logger.addHandler(looks)
    logger.setLevel(logging.INFO)
    cache = OcrCache(args.cache)
    want: dict[str, dict] = {}
    got: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="packet-pen-") as tmp:
        for lang in ("en", "zh"):
            root = Path(tmp) / lang
            root.mkdir()
            for name in pengen.FORMS:
                if not name.startswith(lang):
                    continue
                for seed in range(1, args.seeds + 1):
                    img, labels = pengen.form(name, seed)
                    stem = f"{name}-{seed}"
                    (root / f"{stem}-scan.png").write_bytes(pengen.scan(img, seed))
                    (root / f"{stem}-photo.jpg").write_bytes(pengen.photo(img, seed))
                    want[f"{stem}-scan"] = want[f"{stem}-photo"] = labels
            checklist = "en-hardship" if lang == "en" else "zh-stop-collection"
            case = Case(root=root, request=Request(language=lang, checklist=checklist))
            _read, extracted = tb.understand(case, "eng" if lang == "en" else "chi_sim+eng", 2, cache,
                                             choose("auto", lang), "auto")
            for e in extracted:
                got[Path(e.document.rel).stem] = e
            shutil.rmtree(root)
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # types right, docs, right, found, want, wrong>=.9
    for stem, labels in sorted(want.items()):
        e = got.get(stem)
        key = stem.rsplit("-", 2)[0] + "/" + stem.rsplit("-", 1)[1]
        s = stats[key]
        s[1] += 1
        if e is None:
            print(f"  {stem}: not read")
            continue
        s[0] += e.type == labels["type"]
        if e.type != labels["type"]:
            print(f"  {stem}: typed {e.type}, labelled {labels['type']}")
        for f, v in labels.items():
            if f == "type":
                continue
            s[4] += 1
            have = e.fields.get(f) if e.type == labels["type"] else None
            if have is not None:
                s[3] += 1
                if tb.same(f, have, v):
                    s[2] += 1
                else:
                    ev = e.evidence.get(f)
                    conf = ev.confidence if ev else 0.0
                    s[5] += conf >= 0.9
                    print(f"  {stem}: {f} = {have!r} (conf {conf:.2f}), labelled {v!r}")
            elif args.verbose and e.type == labels["type"]:
                print(f"  {stem}: {f} not found, labelled {v!r}")
    print(f"{'form':28} {'type':>7} {'precision':>10} {'recall':>8}  right/found/labelled  wrong>=0.9")
    tot = [0] * 6
    for key, s in sorted(stats.items()):
        tot = [a + b for a, b in zip(tot, s, strict=True)]
        print(f"{key:28} {s[0]:>3}/{s[1]:<3} {tb.pct(s[2], s[3]):>10} {tb.pct(s[2], s[4]):>8}  "
              f"{s[2]}/{s[3]}/{s[4]}  {s[5]}")
    print(f"{'all':28} {tot[0]:>3}/{tot[1]:<3} {tb.pct(tot[2], tot[3]):>10} {tb.pct(tot[2], tot[4]):>8}  "
          f"{tot[2]}/{tot[3]}/{tot[4]}  {tot[5]}")
    tb._print_looks(looks)


if __name__ == "__main__":
    main()
