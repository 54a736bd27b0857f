"""The one executor (packet.core.executor): input order, errors handed back, threads or processes, the serial
twin starting nothing, pure OCR workers whose pages the parent caches, and `build --jobs 1` without any pool."""

from __future__ import annotations

import concurrent.futures.process
import concurrent.futures.thread
import multiprocessing.process
import os
import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from fixtures_reading import PAYSLIP_EN, case_at, page_image, save_image

from packet.core.executor import LocalExecutor, SerialExecutor, executor_for
from packet.core.model import Page
from packet.reading import ocr
from packet.reading.ocr_cache import OcrCache

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _slow_tens(n: int) -> int:
    """Module-level (picklable) worker: later items finish first; item 3 fails."""
    time.sleep(0.02 * (5 - n))
    if n == 3:
        raise ValueError("bad page")
    return n * 10


def _pid(_: int) -> int:
    time.sleep(0.05)
    return os.getpid()


@pytest.mark.parametrize(("executor", "python_heavy"), [(SerialExecutor(), False), (LocalExecutor(2), False),
                                                        (LocalExecutor(2), True)],
                         ids=["serial", "threads", "processes"])
def test_map_ordered_keeps_input_order_and_returns_errors(executor, python_heavy):
    out = list(executor.map_ordered(_slow_tens, [0, 1, 2, 3, 4], python_heavy=python_heavy))
    assert [item for item, _ in out] == [0, 1, 2, 3, 4]
    assert [r for _, r in out if not isinstance(r, Exception)] == [0, 10, 20, 40]
    assert isinstance(out[3][1], ValueError)


def test_local_executor_runs_threads_in_parallel():
    seen: set[str] = set()

    def work(n: int) -> int:
        seen.add(threading.current_thread().name)
        time.sleep(0.05)
        return n

    list(LocalExecutor(2).map_ordered(work, list(range(4))))
    assert len(seen) == 2


def test_python_heavy_tasks_run_in_other_processes():
    pids = {pid for _, pid in LocalExecutor(2).map_ordered(_pid, list(range(4)), python_heavy=True)}
    assert os.getpid() not in pids


def test_jobs_choose_the_executor():
    assert isinstance(executor_for(1), SerialExecutor)
    assert isinstance(executor_for(3), LocalExecutor) and executor_for(3).workers == 3


@pytest.fixture
def no_pools():
    """Fail the test if anything starts a thread, a thread or process pool, or a Python process (Tesseract
    still runs: a subprocess is not a pool). Yields the function that lifts the guards."""
    def refuse(*args, **kwargs):
        raise AssertionError("a thread, pool or process was started")

    guards = pytest.MonkeyPatch()
    guards.setattr(concurrent.futures.thread.ThreadPoolExecutor, "__init__", refuse)
    guards.setattr(concurrent.futures.process.ProcessPoolExecutor, "__init__", refuse)
    guards.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    guards.setattr(threading.Thread, "start", refuse)
    guards.setattr(os, "fork", refuse)
    yield guards.undo
    guards.undo()


def test_serial_executor_starts_nothing(no_pools):
    assert [r for _, r in SerialExecutor().map_ordered(abs, [-1, -2])] == [1, 2]
    assert [r for _, r in LocalExecutor(1).map_ordered(abs, [-1, -2], python_heavy=True)] == [1, 2]


def test_the_parent_writes_the_cache_not_the_worker(tmp_path, monkeypatch):
    img = save_image(page_image(["x"]), tmp_path / "a.png", "PNG")
    cache = OcrCache(tmp_path / "cache")
    task = ocr.cached_or_task(ocr.OcrTask(path=img, kind="image", index=0, languages="eng", dpi=200.0,
                                          size_pt=(297.0, 420.0)), "sha", cache, "settings")
    assert isinstance(task, ocr.OcrTask) and task.cache_key
    page = Page(number=1, width=297.0, height=420.0, source="ocr", text="x")

    def worker(t):
        assert not list(cache.dir.rglob("*.gz")), "nothing is cached while the worker runs"
        return page

    monkeypatch.setattr(ocr, "read_task", worker)
    calls = []
    done = ocr.read_pages([task], SerialExecutor(), cache, on_done=lambda: calls.append(1))
    assert done == {id(task): page} and calls == [1]
    assert ocr.cached_or_task(task, "sha", cache, "settings") == page


def _small_case(root: Path) -> Path:
    """The English sample's case file and born-digital letter, plus one small scanned payslip (OCR, then a
    page image in the packet)."""
    root.mkdir()
    shutil.copy(SAMPLES / "en-job-loss" / "packet.toml", root / "packet.toml")
    shutil.copy(SAMPLES / "en-job-loss" / "redundancy-letter.pdf", root / "redundancy-letter.pdf")
    save_image(page_image(PAYSLIP_EN), root / "payslip-scan.png", "PNG")
    return root


def test_build_with_one_job_starts_no_pool_and_makes_the_same_pdf(tmp_path, no_pools):
    from packet.pipeline import CheckOptions, build

    case = _small_case(tmp_path / "case")
    one = CheckOptions(as_of=date(2026, 11, 20), jobs=1, use_cache=False)
    run, result = build(case, one, tmp_path / "one.pdf", force=True)
    assert any(p.source == "ocr" for d in run.read.documents for p in d.pages)
    serial = result.files[0].read_bytes()

    no_pools()  # the guards are lifted: the same build on two workers
    two = CheckOptions(as_of=date(2026, 11, 20), jobs=2, use_cache=False)
    _, again = build(case, two, tmp_path / "two.pdf", force=True)
    assert again.files[0].read_bytes() == serial


def test_the_guards_catch_a_pool(no_pools):
    with pytest.raises(AssertionError, match="was started"):
        list(LocalExecutor(2).map_ordered(abs, [-1, -2]))


class _ProcessesAlways(LocalExecutor):
    """Every task in another process, as a distributed engine would run it: proves workers and items pickle."""

    def map_ordered(self, fn, items, *, python_heavy=False):
        return super().map_ordered(fn, items, python_heavy=True)


def test_ocr_workers_give_the_same_pages_in_other_processes(tmp_path):
    from packet.reading.ingest import read_case

    root = tmp_path / "case"
    save_image(page_image(PAYSLIP_EN), root / "a.png", "PNG")
    save_image(page_image(PAYSLIP_EN[::-1]), root / "b.png", "PNG")
    case = case_at(root)
    here = read_case(case, languages="eng", executor=SerialExecutor())
    there = read_case(case, languages="eng", executor=_ProcessesAlways(2))
    assert there == here and len(here.documents) == 2
