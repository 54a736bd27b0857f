"""Where the test suite's CPU goes: a pytest plugin that writes each test's CPU seconds, and an analysis of them.

CPU, not wall time: the machine is shared and its load moves the wall times of the same test by 3x (branch r25-suite
measured a test at 23 s wall on one run and 68 s on another for the same 22 s of CPU).

Run (any selection of tests; with or without xdist)::

    SUITE_CPU_DIR=/tmp/cpu PYTHONPATH=bench .venv/bin/python -m pytest -p suite_cpu -n 2 --dist loadfile tests/...
    .venv/bin/python bench/suite_cpu.py /tmp/cpu [N]

Each process writes ``SUITE_CPU_DIR/<worker>.jsonl``: one line per test item with the CPU seconds (user + system)
of the test process itself (``self``: Python, PP-OCR's onnxruntime, the web server's threads) and of its children
reaped during the item (``child``: Tesseract, ``python -m packet`` subprocesses, process pools), over setup, call and
teardown, so a module fixture's cost falls on the first test that uses it and a file's sum is the file's cost,
and its outcome (passed, failed in any phase, skipped).
Children not reaped by the end of an item (a pool kept across tests) are counted when they are.

With ``SUITE_CPU_OCR=1`` every OCR engine call made in a test process or its forked pool workers (Tesseract TSV and
OSD, PP-OCR) is also logged to ``SUITE_CPU_DIR/ocr.jsonl`` with a hash of the page image it read, so that pages read
more than once across tests show (``python bench/suite_cpu.py DIR`` prints them). Calls in ``python -m packet``
subprocesses are not seen: the tests give those their own PYTHONPATH.
"""

from __future__ import annotations

import collections
import glob
import hashlib
import json
import os
import resource
import sys
import time

import pytest

_DIR = os.environ.get("SUITE_CPU_DIR")


def _cpu() -> tuple[float, float]:
    """(this process's CPU seconds, its reaped children's), user + system."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _write(name: str, rec: dict) -> None:
    if not _DIR:
        return
    os.makedirs(_DIR, exist_ok=True)
    with open(os.path.join(_DIR, name), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")


def _worker_file() -> str:
    return f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.jsonl"


def _log_ocr(kind: str, image, extra: str, t0: float, c0: tuple[float, float]) -> None:
    try:
        with open(image, "rb") as fh:
            digest = hashlib.sha1(fh.read()).hexdigest()[:16]
    except OSError:
        digest = "?"
    c1 = _cpu()
    _write("ocr.jsonl", {"kind": kind, "img": digest, "extra": extra, "self": round(c1[0] - c0[0], 3),
                         "child": round(c1[1] - c0[1], 3), "wall": round(time.time() - t0, 3), "pid": os.getpid(),
                         "test": os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]})


def _wrap_ocr() -> None:
    """Log every OCR engine call (see the module docstring); the engines themselves are untouched."""
    from packet.reading import engines, tesseract

    tsv, osd, rapid = tesseract.run_tsv, tesseract.run_osd, engines.RapidOcrEngine.read

    def run_tsv(image, languages, **kw):
        t0, c0 = time.time(), _cpu()
        try:
            return tsv(image, languages, **kw)
        finally:
            _log_ocr("tesseract", image, f"{languages} psm{kw.get('psm', 3)}", t0, c0)

    def run_osd(image, **kw):
        t0, c0 = time.time(), _cpu()
        try:
            return osd(image, **kw)
        finally:
            _log_ocr("osd", image, "", t0, c0)

    def read(self, image, languages, dpi, **kw):
        t0, c0 = time.time(), _cpu()
        try:
            return rapid(self, image, languages, dpi, **kw)
        finally:
            _log_ocr("ppocr", image, languages, t0, c0)

    tesseract.run_tsv, tesseract.run_osd, engines.RapidOcrEngine.read = run_tsv, run_osd, read


def pytest_configure(config) -> None:
    if _DIR and os.environ.get("SUITE_CPU_OCR"):
        _wrap_ocr()


def pytest_collection_finish(session) -> None:
    me, kids = _cpu()
    _write(_worker_file(), {"event": "collected", "self": me, "child": kids})


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    report = (yield).get_result()
    if report.failed or (report.skipped and not hasattr(item, "_suite_cpu_outcome")):
        item._suite_cpu_outcome = "failed" if report.failed else "skipped"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    t0, (me0, kids0) = time.time(), _cpu()
    yield
    me1, kids1 = _cpu()
    _write(_worker_file(), {"event": "item", "id": item.nodeid, "file": item.nodeid.split("::")[0],
                            "self": round(me1 - me0, 3), "child": round(kids1 - kids0, 3),
                            "wall": round(time.time() - t0, 3),
                            "outcome": getattr(item, "_suite_cpu_outcome", "passed")})


def pytest_sessionfinish(session) -> None:
    me, kids = _cpu()
    _write(_worker_file(), {"event": "end", "self": me, "child": kids})


def report(folder: str, n: int = 25) -> None:
    """Print the ``n`` heaviest files and tests by CPU seconds, and the OCR of one page repeated across tests."""
    cpu, wall, me, kids = (collections.Counter() for _ in range(4))
    tests, failed = [], []
    for path in glob.glob(os.path.join(folder, "*.jsonl")):
        if path.endswith("ocr.jsonl"):
            continue
        for line in open(path, encoding="utf-8"):
            rec = json.loads(line)
            if rec["event"] == "item":
                f = rec["file"]
                cpu[f] += rec["self"] + rec["child"]
                me[f] += rec["self"]
                kids[f] += rec["child"]
                wall[f] += rec["wall"]
                tests.append((rec["self"] + rec["child"], rec["wall"], rec["id"]))
                if rec.get("outcome") == "failed":
                    failed.append(rec["id"])
    print(f"{len(tests)} tests in {len(cpu)} files: {sum(cpu.values()):.1f} s CPU "
          f"({sum(me.values()):.1f} in the test processes, {sum(kids.values()):.1f} in their children)")
    for i in failed:  # a run cut short by a timeout prints no summary: the records still say what failed
        print(f"FAILED {i}")
    print("    CPU     self    child     wall  file")
    for f, c in cpu.most_common(n):
        print(f"{c:7.1f}  {me[f]:7.1f}  {kids[f]:7.1f}  {wall[f]:7.1f}  {f}")
    print("    CPU     wall  test")
    for c, w, i in sorted(tests, reverse=True)[:n]:
        print(f"{c:7.1f}  {w:7.1f}  {i}")
    ocr = os.path.join(folder, "ocr.jsonl")
    if os.path.exists(ocr):
        calls = collections.defaultdict(list)
        for line in open(ocr, encoding="utf-8"):
            rec = json.loads(line)
            calls[(rec["kind"], rec["img"], rec["extra"])].append(rec)
        total = sum(r["self"] + r["child"] for v in calls.values() for r in v)
        again = sum(r["self"] + r["child"] for v in calls.values() for r in v[1:])
        print(f"OCR: {sum(map(len, calls.values()))} calls, {len(calls)} distinct pages, {total:.1f} s CPU, "
              f"{again:.1f} s of it on pages read before")
        for key, v in sorted(calls.items(), key=lambda kv: -sum(r["self"] + r["child"] for r in kv[1][1:]))[:n]:
            if len(v) > 1:
                print(f"  {key}: {sorted({r['test'] for r in v})}")


if __name__ == "__main__":
    report(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
