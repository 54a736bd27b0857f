"""The time ``packet check`` takes on a folder of phone photos with no packet.toml, by locale: what telling the
documents' language from the pictures (packet.reading.ingest.pictures_language) costs.

Makes two folders of 4 generated phone photos named IMG_2031.jpg.. (tests/phototypegen.py: a payslip, an
unemployment proof, a bank statement, a medical bill; Chinese and English), then runs ``python -m packet check DIR
--json --no-cache`` in a subprocess for each folder under ``LANG=C.UTF-8`` and ``LANG=zh_CN.UTF-8``, with the
packet source tree ``--root`` (default: this one; give it twice, a worktree of main first, for "before" and
"after": their runs alternate, so that a shared machine's changing load falls on both alike), ``--repeat`` times,
and prints the median wall time, the checklist and the document types of each. Every run reads every page (no
cache).

    python bench/bench_language.py [--root DIR [--root DIR2]] [--repeat N] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "tests"))

import phototypegen as gen  # noqa: E402 - the generator lives with the tests

KINDS = ("payslip", "unemployment_proof", "bank_statement", "medical_bill")


def make(folder: Path, zh: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, kind in enumerate(KINDS):
        rng = random.Random(f"bench-language-{kind}-{zh}")
        page = gen.paint(gen.MAKERS[kind](rng, zh), gen.LAYOUTS[i % len(gen.LAYOUTS)], rng)
        (folder / f"IMG_{2031 + i}.jpg").write_bytes(gen.photograph(page, "jpeg", rng, zh))
    return folder


def check(root: Path, folder: Path, locale: str) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "PACKET_LANG")}
    env.update(LANG=locale, PYTHONPATH=str(root))
    t = time.perf_counter()
    got = subprocess.run([sys.executable, "-m", "packet", "check", str(folder), "--json", "--no-cache"],
                         capture_output=True, text=True, env=env, cwd=root)
    return time.perf_counter() - t, json.loads(got.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, action="append")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench-language"))
    args = ap.parse_args()
    roots = args.root or [HERE]
    folders = {"zh photos": make(args.out / "zh", True), "en photos": make(args.out / "en", False)}
    for name, folder in folders.items():
        for locale in ("C.UTF-8", "zh_CN.UTF-8"):
            times: dict[Path, list[float]] = {root: [] for root in roots}
            reports: dict[Path, dict] = {}
            for _ in range(args.repeat):
                for root in roots:
                    took, reports[root] = check(root, folder, locale)
                    times[root].append(took)
            for root in roots:
                types = [d["type"] for d in reports[root].get("documents", [])]
                print(f"{name:9s} LANG={locale:12s} {statistics.median(times[root]):6.1f} s  "
                      f"{reports[root].get('checklist')}  {types}  ({root})")

if __name__ == "__main__":
    main()
