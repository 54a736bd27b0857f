"""Fields found per form on generated payslips (tests/photo_forms.py): the same page as a text PDF, a scan, a phone
photo and a screenshot, read through the real stages (ingest with the auto OCR engine, classify, extract).

    PYTHONPATH=$PWD python bench/bench_photo_forms.py [--seeds 3] [--cache DIR] [--verbose]

Prints, per form and per layout, the share of true field values found, the wrong values (and how many of them had
a confidence of 0.9 or more), and the documents not recognised as payslips. Seeds 1..N of every layout."""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import photo_forms as pf  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.core.text import fold  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.reading.ingest import read_case  # noqa: E402
from packet.understanding.classify import classify  # noqa: E402
from packet.understanding.extract import extract  # noqa: E402


def same(field: str, got: str | None, want: str) -> bool:
    """Whether ``got`` is ``want``: names compared without case, spaces or punctuation."""
    if got is None:
        return False
    if field in ("employer", "employee"):
        key = lambda s: re.sub(r"[\W_]+", "", fold(s).lower())  # noqa: E731
        return key(got) == key(want)
    return got == want


def measure(seeds: int, cache_dir: Path | None, verbose: bool, forms=pf.FORMS, layouts=None):
    """{(form, layout): [right, total, wrong, wrong_sure, not_payslip]}"""
    from packet.reading.ocr_cache import OcrCache

    cache = OcrCache(cache_dir) if cache_dir else None
    stats: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for li in layouts if layouts is not None else range(len(pf.LAYOUTS)):
            for seed in range(1, seeds + 1):
                s = pf.sheet(li, seed)
                for form in forms:
                    root = Path(tmp) / f"{li}-{seed}-{form}"
                    pf.write(s, form, root, "payslip", seed=seed * 31 + li)
                    lang = s.language
                    case = Case(root=root, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                                           else "zh-stop-collection"))
                    read = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=1, cache=cache,
                                     engine=choose("auto", lang))
                    (item,) = classify(read.documents, case)
                    ex = extract(item, lang)
                    st = stats[(form, s.layout)]
                    if ex.type != "payslip":
                        st[4] += 1
                    for f, want in s.truth.items():
                        got = ex.fields.get(f) if ex.type == "payslip" else None
                        st[1] += 1
                        if same(f, got, want):
                            st[0] += 1
                        elif got is not None:
                            st[2] += 1
                            conf = ex.evidence[f].confidence if f in ex.evidence else 0
                            st[3] += conf >= 0.9
                            if verbose:
                                print(f"  WRONG {form} {s.layout} s{seed} {f}: {got!r} (want {want!r}, conf {conf})")
                        elif verbose:
                            print(f"  miss  {form} {s.layout} s{seed} {f} (want {want!r})")
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--forms", default=",".join(pf.FORMS))
    a = ap.parse_args()
    t = time.monotonic()
    stats = measure(a.seeds, a.cache, a.verbose, forms=a.forms.split(","))
    forms = a.forms.split(",")
    layouts = [f.__name__.removeprefix("layout_") for f in pf.LAYOUTS]
    print(f"{'layout':16}" + "".join(f"{f:>12}" for f in forms))
    for lay in layouts:
        print(f"{lay:16}" + "".join(f"{stats[(f, lay)][0]:>6}/{stats[(f, lay)][1]:<5}" for f in forms))
    print(f"{'recall':16}" + "".join(
        f"{100 * sum(v[0] for k, v in stats.items() if k[0] == f) / max(1, sum(v[1] for k, v in stats.items() if k[0] == f)):>11.1f}%"
        for f in forms))
    for label, i in (("wrong", 2), ("wrong >=0.9", 3), ("not payslip", 4)):
        print(f"{label:16}" + "".join(f"{sum(v[i] for k, v in stats.items() if k[0] == f):>12}" for f in forms))
    print(f"{time.monotonic() - t:.0f} s")


if __name__ == "__main__":
    main()
