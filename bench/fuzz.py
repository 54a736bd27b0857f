"""A longer fuzz run of `packet check --json` and `packet build --force` on mutated input files.

The same machinery as tests/test_fuzz.py (tests/fuzzing.py), with a seed and a count of your choice.
Failing mutants are kept in WORK/failed for a regression test; the exit code is 1 when any run failed.

    python bench/fuzz.py --seed 7 --count 2000 [--work DIR] [--per-folder 5] [--bound 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fuzzing import fuzz  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--per-folder", type=int, default=5)
    ap.add_argument("--bound", type=float, default=60.0, help="seconds a check or build of one folder may take")
    ap.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="packet-fuzz-"))
    os.environ.setdefault("PACKET_CACHE_DIR", str(work / "ocr-cache"))  # never the user's cache
    outcome = fuzz(work, count=args.count, seed=args.seed, per_folder=args.per_folder, bound=args.bound,
                   progress=lambda s: print(s, file=sys.stderr, flush=True))
    for f in outcome.failures:
        print(f)
    print(f"{outcome.files} files in {outcome.runs} runs, {outcome.seconds:.0f} s: {len(outcome.failures)} failures"
          + (f" (mutants kept in {work / 'failed'})" if outcome.failures else ""))
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
