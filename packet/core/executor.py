"""One way to run independent tasks: page OCR, second readings, the packet's page images.

Every parallel step of a run goes through an :class:`Executor`, made once from ``--jobs`` by
:func:`executor_for` and handed down from :mod:`packet.pipeline`:

* :class:`SerialExecutor` (``jobs=1``) calls the function on each item in the calling thread: no pool,
  no thread, no process is ever started.
* :class:`LocalExecutor` (``jobs>1``) runs the items on this machine, ``workers`` at a time.

The interface is ``map_ordered(fn, items) -> iterator of (item, result or exception)``, in input order,
so a caller may show progress and consume results as they come, and one failed item never stops the
others. Where the work runs is the executor's business, chosen per task by the ``python_heavy`` hint:

* **threads** for tasks whose work happens in a child process (page OCR and second readings: each
  thread waits on one Tesseract process, and waiting holds no GIL; threads cost nothing to start, share
  the parent's memory, and let tests patch the OCR engine);
* **processes** (``fork`` where the platform has it) for tasks that do their work in Python and Pillow in
  this interpreter (the packet's page images: decoding, rotating, resizing and JPEG-encoding scans, and
  rendering PDF pages with PDFium, which is not thread-safe, so threads would take turns on one lock).
  Measured on the 2-core development machine, 16 A4 page images of the two samples (PNG, JPEG and
  scanned-PDF pages), best of 3, serial = 1: with a core free, threads 0.58 (runs 0.58-0.81), processes
  0.53 (0.53-0.54); with the machine busy (load 3-6), threads 1.10-1.19, processes 0.92-1.23. Pillow
  releases the GIL in decoding, resizing and encoding, so threads help too, but processes are faster and
  steadier and need no PDFium lock; the stage keeps batches under 8 pages serial, so the fork cost is
  only paid on big packets.

Stages keep their workers **pure**: a worker is a module-level function of picklable inputs (paths,
numbers, frozen dataclasses) that returns a picklable value and writes nothing shared (the parent writes
the OCR cache from the results). That is what lets a process pool run them today, and what lets a
distributed engine be dropped in later without touching the stages: a Dask executor is
``futures = client.map(fn, items, pure=False)`` then ``yield item, future.result()`` (or the exception
from ``future.exception()``) in input order, behind the same ``map_ordered`` — the input files must then
be visible to the workers (a shared file system), which is a deployment question, not a stage's.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor as _PoolExecutor
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs independent tasks; see the module docstring."""

    workers: int  # how many tasks may run at once (1: one after another in the calling thread)

    def map_ordered(self, fn: Callable[[T], R], items: Sequence[T], *,
                    python_heavy: bool = False) -> Iterator[tuple[T, R | Exception]]:
        """Apply ``fn`` to every item, yielding ``(item, fn(item))`` in input order; an exception raised by
        ``fn`` is yielded in place of its result, never raised. ``python_heavy``: ``fn`` does its work in
        Python in this interpreter (a local executor then uses processes, so ``fn`` and the items must be
        picklable); otherwise its work is in a child process or I/O (threads suffice)."""
        ...


def _call(fn: Callable[[T], R], item: T) -> R | Exception:
    try:
        return fn(item)
    except Exception as exc:  # noqa: BLE001 - handed back to the caller, which decides
        log.debug("failed on %r", item, exc_info=True)
        return exc


class SerialExecutor:
    """The serial twin: each item in turn, in the calling thread. Starts no thread and no process."""

    workers = 1

    def map_ordered(self, fn: Callable[[T], R], items: Sequence[T], *,
                    python_heavy: bool = False) -> Iterator[tuple[T, R | Exception]]:
        """See :meth:`Executor.map_ordered`; ``python_heavy`` makes no difference here."""
        for item in items:
            yield item, _call(fn, item)


class LocalExecutor:
    """``workers`` tasks at a time on this machine: threads, or processes for ``python_heavy`` tasks.

    A pool lives for one :meth:`map_ordered` call and has at most one worker per item; a single item runs
    serially. Where processes cannot start (a sandbox without fork), the items run serially with a note in
    the log. Whether a batch is worth a pool at all is the stage's call (it knows how big its tasks are)."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, int(workers))

    def map_ordered(self, fn: Callable[[T], R], items: Sequence[T], *,
                    python_heavy: bool = False) -> Iterator[tuple[T, R | Exception]]:
        """See :meth:`Executor.map_ordered`."""
        items = list(items)
        if self.workers <= 1 or len(items) <= 1:
            yield from SerialExecutor().map_ordered(fn, items)
            return
        if python_heavy:
            try:
                pool: _PoolExecutor = ProcessPoolExecutor(max_workers=min(self.workers, len(items)),
                                                          mp_context=multiprocessing.get_context(_start_method()))
            except (OSError, NotImplementedError) as exc:  # pragma: no cover - e.g. a sandbox without fork
                log.info("no process pool (%s): running %d task(s) one by one", exc, len(items))
                yield from SerialExecutor().map_ordered(fn, items)
                return
        else:
            pool = ThreadPoolExecutor(max_workers=min(self.workers, len(items)), thread_name_prefix="packet")
        try:
            futures = [pool.submit(_call, fn, item) for item in items]
            for item, future in zip(items, futures, strict=True):
                try:
                    yield item, future.result()
                except BrokenProcessPool as exc:  # pragma: no cover - a worker process died (e.g. killed)
                    yield item, exc
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def executor_for(jobs: int | None) -> Executor:
    """The executor for ``--jobs``: serial for 1, local with ``jobs`` workers above; ``None``: all cores."""
    jobs = jobs or os.cpu_count() or 1
    return SerialExecutor() if jobs <= 1 else LocalExecutor(jobs)
