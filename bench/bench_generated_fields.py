"""The large draws of the test generators of people, roles and organisations, measured here rather than in the test
suite (which keeps one small fixed draw of each, so that it stays under ten minutes on two cores).

    PYTHONPATH=$PWD python bench/bench_generated_fields.py [--only names|roles|orgs] [--verbose]

Three measurements, each on documents drawn by a generator under tests/ that shares no code or wording with the
extractor, read through the real stages (text PDFs read from their text layer; scans and photos by the real OCR):

- names: tests/namegen.py, every layout and language, five documents each (seed 21: 100 documents, the first of
  four layouts a scan, the last of three a phone photo) — the person of each document (employee, patient, holder…);
- roles: tests/person_layouts.py as scans at 150 dpi (seed 23, three per maker) — the person beside another person
  of another role (a guarantor, an approver, a joint holder);
- orgs: tests/orggen.py as text PDFs (seeds 11 and 29, two per layout) — organisations and dates.

Prints, for each, right / reported / expected and the values wrong with a confidence of 0.9 or more, and (with
--verbose) every failure. The figures the test suite's thresholds were set from are these (see each test's module)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def names(tmp: Path, verbose: bool) -> None:
    """tests/namegen.py seed 21, five per layout, through :func:`rolegen.measure_docs`."""
    import namegen
    import rolegen

    docs = namegen.generate(seed=21, per_layout=5)
    got = rolegen.measure_docs(tmp, docs, seed=21, scans=namegen.SCANNED, same=namegen.same_person)
    print(f"names (namegen seed 21 x5): types {got['types']}/{got['docs']}, fields right {got['right']}/{got['fields']} "
          f"({100 * got['right'] / max(got['fields'], 1):.1f} %), wrong at >= 0.9: {got['sure_wrong']}")
    if verbose:
        for f in got["failures"]:
            print("   ", f)


def roles(tmp: Path, verbose: bool) -> None:
    """tests/person_layouts.py seed 23, three per maker, as scans (:func:`test_person_roles.measure`)."""
    from person_layouts import documents
    from test_person_roles import measure

    docs = documents(seed=23, per_maker=3)
    right, reported, failed, sure_wrong = measure(tmp, "scan", docs)
    print(f"roles (person_layouts seed 23 x3, scans): right {right}/{len(docs)}, reported {reported}, "
          f"wrong at >= 0.9: {len(sure_wrong)}")
    if verbose:
        for f in failed:
            print("   ", f)


def orgs(tmp: Path, verbose: bool) -> None:
    """tests/orggen.py seeds 11 and 29, two per layout, text PDFs (:func:`test_org_layouts._score`)."""
    from issuer_layouts import draw_pdf
    from orggen import documents
    from test_org_layouts import _score

    for seed in (11, 29):
        right = total = 0
        missed: list = []
        for i, doc in enumerate(documents(seed=seed, per_layout=2)):
            folder = tmp / f"s{seed}-d{i}"
            folder.mkdir(parents=True)
            draw_pdf(doc, folder / "doc.pdf")
            r, m = _score(folder, doc)
            right, total, missed = right + r, total + len(doc.truth), missed + m
        print(f"orgs (orggen seed {seed} x2, text): right {right}/{total} ({100 * right / max(total, 1):.1f} %)")
        if verbose:
            for m in missed:
                print("   ", m)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=["names", "roles", "orgs"])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    for name, fn in (("names", names), ("roles", roles), ("orgs", orgs)):
        if args.only and args.only != name:
            continue
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            fn(Path(tmp), args.verbose)
        print(f"  ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
