"""Benchmark of ``packet batch``: run as ``python bench/bench_batch.py`` (``--quick`` for a short run).

Makes a caseload of scanned cases in a temp dir — one large case and several small ones, every page an
image (PNG, 200 dpi, half an A4 page of payslip or statement text) so every page is read by Tesseract —
and, in one run, on the same cases with no OCR cache:

* ``check`` case by case, ``--jobs`` = all cores (what a loop over ``packet check`` does);
* ``batch`` locally, 1 worker and all cores (the pages of all cases on one executor);
* ``batch`` through a Dask ``LocalCluster`` on this machine (loopback; one worker process per core, one
  thread each), the page content sent by the client;
* ``batch`` again with the cache filled by the run before (a re-check: every page a cache hit).

Prints seconds, pages/s and the ratio to case by case, and checks every report equals ``check``'s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from fixtures_reading import page_image, save_image  # noqa: E402

import packet  # noqa: E402
from packet.batch import check_many  # noqa: E402
from packet.core.executor import DaskExecutor  # noqa: E402

AS_OF = date(2026, 11, 20)
CORES = os.cpu_count() or 1
TOML = '''[applicant]
name = "{name}"
[lender]
name = "Northfield Credit Ltd"
contract_number = "NFC-{n}"
[request]
language = "en"
checklist = "en-hardship"
hardship = "unemployment"
'''


def make_caseload(root: Path, small: int, large_pages: int) -> tuple[list[Path], int]:
    """``small`` cases of 3 scanned pages (2 payslips, a statement) and one of ``large_pages`` pages."""
    folders, pages = [], 0
    sizes = [large_pages] + [3] * small
    for n, size in enumerate(sizes):
        name = f"Client {n:02d}"
        case = root / f"case-{n:02d}"
        case.mkdir(parents=True)
        (case / "packet.toml").write_text(TOML.format(name=name, n=n), encoding="utf-8")
        for p in range(size):
            if p % 3 == 2:
                lines = ["STATEMENT OF ACCOUNT", "Bank name: Starling Bank", f"Account holder: {name}",
                         "Account number: 12345678", f"Statement period: 2026-09-01 to 2026-10-31 ({p})",
                         "Closing balance: 310.20"]
            else:
                month = "2026-09" if p % 3 == 0 else "2026-10"
                lines = ["ACME LTD PAYSLIP", "Employer: Acme Ltd", f"Employee: {name}", f"Pay period: {month}",
                         "Gross pay: 1,500.00", f"Net pay: 1,2{p % 10}0.00"]
            save_image(page_image(lines, size_in=(8.27, 5.8), dpi=200), case / f"scan-{p:03d}.png", "png", dpi=200)
            pages += 1
        folders.append(case)
    return folders, pages


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="4 small cases and one of 6 pages instead of 8 and 12")
    args = ap.parse_args()
    small, large = (4, 6) if args.quick else (8, 12)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        os.environ["PACKET_CACHE_DIR"] = str(Path(tmp) / "cache")
        folders, pages = make_caseload(Path(tmp) / "cases", small, large)
        print(f"{len(folders)} cases, {pages} scanned pages (one case of {large}, {small} of 3); {CORES} cores; "
              f"load average {os.getloadavg()[0]:.1f}")
        cold = packet.CheckOptions(as_of=AS_OF, jobs=CORES, use_cache=False)
        results = {}

        def one_by_one():
            return [packet.check(f, cold).report.to_json() for f in folders]

        t, alone = timed(one_by_one)
        results[f"check case by case, jobs={CORES}"] = t

        def batch(jobs, executor=None, use_cache=False, cache_dir=None):
            opts = packet.CheckOptions(as_of=AS_OF, jobs=jobs, use_cache=use_cache, cache_dir=cache_dir)
            outcomes, read, cached = check_many(folders, opts, executor)
            reports = [run.report.to_json() for _case, run in outcomes]
            assert reports == alone, "batch must give check's reports"
            return read, cached

        for jobs in (1, CORES):
            t, _ = timed(lambda jobs=jobs: batch(jobs))
            results[f"batch local, jobs={jobs}"] = t
        try:
            from distributed import LocalCluster
        except ImportError:
            print("(distributed not installed: pip install 'packet[cluster]' for the cluster line)")
        else:
            with LocalCluster(n_workers=CORES, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0") as cluster:
                ex = DaskExecutor(cluster.scheduler_address)
                try:
                    t, _ = timed(lambda: batch(CORES, ex))
                finally:
                    ex.close()
            results[f"batch on a LocalCluster ({CORES} workers x 1 thread)"] = t
        cache_dir = Path(tmp) / "warm"
        batch(CORES, use_cache=True, cache_dir=cache_dir)  # fill
        t, (read, cached) = timed(lambda: batch(CORES, use_cache=True, cache_dir=cache_dir))
        results[f"batch re-check, warm cache ({cached} hits, {read} OCR)"] = t
        base = results[f"check case by case, jobs={CORES}"]
        print(f"{'':58} {'seconds':>8} {'pages/s':>8} {'vs case by case':>16}")
        for name, secs in results.items():
            print(f"{name:58} {secs:8.1f} {pages / secs:8.2f} {base / secs:15.2f}x")


if __name__ == "__main__":
    main()
