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
distributed engine run them without touching the stages: :class:`DaskExecutor` (``packet batch
--scheduler``) submits the same workers to a Dask cluster and yields their results in input order behind
the same ``map_ordered``. Workers there do not see this machine's files: an item may carry a
:class:`FileContent` (a file named by path and sha256), which a local executor hands over as it is and
:class:`DaskExecutor` replaces by the file's bytes, sent once per file to the cluster (see its docstring).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import Executor as _PoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from packet.core.stopping import stopping

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class FileContent:
    """A file a worker needs, named by its ``path`` on this machine and the ``sha256`` of its bytes.

    Local executors pass it to the worker unchanged (the worker opens ``path``); :class:`DaskExecutor`
    puts the file's bytes in its place, so the worker receives ``bytes``. Only in a tuple item."""

    path: Path
    sha256: str


class Executor(Protocol):
    """Runs independent tasks; see the module docstring."""

    workers: int  # how many tasks may run at once (1: one after another in the calling thread)
    remote: bool  # True: tasks run on other machines (see FileContent)

    def map_ordered(self, fn: Callable[[T], R], items: Sequence[T], *,
                    python_heavy: bool = False) -> Iterator[tuple[T, R | Exception]]:
        """Apply ``fn`` to every item, yielding ``(item, fn(item))`` in input order; an exception raised by
        ``fn`` is yielded in place of its result, never raised. ``python_heavy``: ``fn`` does its work in
        Python in this interpreter (a local executor then uses processes, so ``fn`` and the items must be
        picklable); otherwise its work is in a child process or I/O (threads suffice)."""
        ...


def _call(fn: Callable[[T], R], item: T) -> R | Exception:
    if stopping():  # the run is being stopped (Ctrl-C): a task that had not started yet does not start
        return RuntimeError("stopped")
    try:
        return fn(item)
    except Exception as exc:  # noqa: BLE001 - handed back to the caller, which decides
        log.debug("failed on %r", item, exc_info=True)
        return exc


class SerialExecutor:
    """The serial twin: each item in turn, in the calling thread. Starts no thread and no process."""

    workers = 1
    remote = False

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

    remote = False

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
        wait = True
        try:
            futures = [pool.submit(_call, fn, item) for item in items]
            for item, future in zip(items, futures, strict=True):
                try:
                    yield item, future.result()
                except BrokenProcessPool as exc:  # pragma: no cover - a worker process died (e.g. killed)
                    yield item, exc
        except KeyboardInterrupt:
            # Ctrl-C: the tasks not started are cancelled and the ones in flight are not waited for (a PP-OCR page
            # cannot be cut short inside onnxruntime: waiting for two of them took 15-25 s); the program then ends
            # the process (packet.core.stopping), a library caller gets the KeyboardInterrupt at once
            wait = False
            raise
        finally:
            pool.shutdown(wait=wait, cancel_futures=True)


def _start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def executor_for(jobs: int | None) -> Executor:
    """The executor for ``--jobs``: serial for 1, local with ``jobs`` workers above; ``None``: all cores."""
    jobs = jobs or os.cpu_count() or 1
    return SerialExecutor() if jobs <= 1 else LocalExecutor(jobs)


class ExecutorUnavailable(Exception):
    """A remote executor cannot be used: the engine is not installed (``packet[cluster]``) or the scheduler
    does not answer. ``reason`` is ``"not-installed"`` or ``"unreachable"``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class DaskExecutor:
    """The tasks on a Dask distributed cluster (``pip install 'packet[cluster]'``), behind ``map_ordered``.

    ``address`` is the scheduler's (``tcp://host:8786``), or an existing ``distributed.Client`` is given
    as ``client``. ``workers`` is the cluster's thread count when connected. Each item is submitted
    with ``client.submit(fn, item, pure=False, retries=retries)``; at most ``window`` items are in flight
    (default 4 per worker thread, at least 8), so the client and the cluster hold the content of a bounded
    number of pages whatever the size of the batch, and results are yielded in input order as they come.

    Content, not paths: any :class:`FileContent` in a tuple item is replaced by the file's bytes, read here
    and sent to the cluster once per file (``client.scatter``, keyed by sha256) and released when no task
    in flight needs it; workers therefore need no access to the cases folder and keep no copy (a worker
    writes a page to a private temporary folder only while it reads it).

    Failures: a task that raises is retried ``retries`` times by the scheduler, then its exception is
    yielded for its item (never raised). A worker lost mid-run does not lose its tasks: the scheduler runs
    them again elsewhere (up to ``distributed.scheduler.allowed-failures`` times, 3 by default, after which
    the item gets a ``KilledWorker`` error). A file's bytes scattered to a worker that dies are lost with
    it and the tasks needing them are cancelled by the scheduler: such an item is shipped and submitted
    again (up to 3 times; tests/test_batch.py kills a worker mid-run). Ctrl-C in the client cancels every
    task in flight."""

    remote = True

    def __init__(self, address: str | None = None, *, client=None, window: int | None = None,
                 retries: int = 1, timeout: float = 10.0) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise ExecutorUnavailable("not-installed", str(exc)) from None
        self._own = client is None
        if client is None:
            try:
                client = Client(address, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ExecutorUnavailable("unreachable", f"{address}: {exc}") from None
        self.client = client
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.window = window
        self.retries = retries
        self.resubmit = 3  # times an item is submitted again when its input was lost with a worker

    def close(self) -> None:
        """Disconnect from the scheduler (when this executor connected; a given client is left open)."""
        if self._own:
            self.client.close()

    def run_on_workers(self, fn: Callable[[], R]) -> dict[str, R]:
        """``fn()`` on every worker now: ``{worker address: result}`` (for checks such as engine versions)."""
        return self.client.run(fn)

    def map_ordered(self, fn: Callable[[T], R], items: Sequence[T], *,
                    python_heavy: bool = False) -> Iterator[tuple[T, R | Exception]]:
        """See :meth:`Executor.map_ordered`; ``python_heavy`` makes no difference (workers are processes)."""
        items = list(items)
        window = self.window or max(8, 4 * self.workers)
        shared: dict[str, list] = {}  # sha256 -> [future of the bytes, tasks in flight using it]
        pending: deque = deque()
        upcoming = iter(items)

        def ship(item):
            if not isinstance(item, tuple):
                return item, ()
            out, used = [], []
            for part in item:
                if isinstance(part, FileContent):
                    entry = shared.setdefault(part.sha256, [None, 0])
                    if entry[0] is None or entry[0].status != "finished":  # new, or lost with its worker
                        entry[0] = self.client.scatter(part.path.read_bytes(), hash=False)
                    entry[1] += 1
                    used.append(part.sha256)
                    part = shared[part.sha256][0]
                out.append(part)
            return tuple(out), tuple(used)

        def release(used):
            for sha in used:
                shared[sha][1] -= 1
                if shared[sha][1] == 0:
                    shared.pop(sha)[0].release()

        def fill() -> None:
            while len(pending) < window:
                item = next(upcoming, _END)
                if item is _END:
                    return
                try:
                    args, used = ship(item)
                except OSError as exc:  # the file went away or cannot be read: this item only
                    pending.append((item, exc, (), 0))
                    continue
                pending.append((item, self.client.submit(fn, args, pure=False, retries=self.retries), used, 0))

        try:
            fill()
            while pending:
                item, future, used, again = pending.popleft()
                if isinstance(future, Exception):
                    result: R | Exception = future
                else:
                    try:
                        result = future.result()
                    except (KeyboardInterrupt, SystemExit):
                        raise
                    except BaseException as exc:  # noqa: BLE001 - the task's own error, KilledWorker, cancelled
                        result = exc if isinstance(exc, Exception) else RuntimeError(repr(exc))
                        lost = isinstance(exc, (CancelledError, asyncio.CancelledError)) or future.cancelled()
                    else:
                        lost = False
                    if lost:  # cancelled by the scheduler: its input was lost with a worker
                        release(used)
                        if again < self.resubmit:  # send the content again and run the task again
                            log.info("task of %r lost with a worker; submitting it again", item)
                            args, used = ship(item)
                            pending.appendleft((item, self.client.submit(fn, args, pure=False, retries=self.retries),
                                                used, again + 1))
                            continue
                        result, used = RuntimeError(f"task lost with its worker: {result!r}"), ()
                    release(used)
                fill()
                yield item, result
        finally:
            for _item, future, _used, _again in pending:
                if not isinstance(future, Exception):
                    future.cancel()
            for fut, _n in shared.values():
                if fut is not None:
                    fut.release()


_END = object()
