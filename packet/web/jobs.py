"""The slow work of the page (reading pages, building the packet) on one background thread, one job at a
time: the machine's cores go to OCR and the page stays responsive. The page polls :meth:`Jobs.state`.

Each job calls the public API (:func:`packet.check`, :func:`packet.build`) and keeps its result in memory:
the last check and the last build of each case. Nothing here decides anything about the case.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import packet
from packet.core.i18n import set_lang
from packet.web.unwritable import FULL, NOT_ALLOWED, READ_ONLY, os_cause, unwritable

log = logging.getLogger("packet.web")


@dataclass
class Job:
    kind: str  # "check" | "build"
    state: str = "queued"  # queued | running | done | failed
    done: int = 0  # pages read by OCR so far
    total: int = 0  # pages to read by OCR (0 while unknown, or when no page needs OCR)
    error: str | None = None  # the failure's message and hint, in the user's language
    lang: str | None = None  # the language its messages are in (the page's when it was asked for)
    started: datetime = field(default_factory=datetime.now)


@dataclass
class Built:
    files: tuple[Path, ...]
    pages: int
    size: int  # bytes of the PDF(s)
    forced: bool
    at: datetime
    lacks: tuple[str, ...] = ()  # the letter needs it was built without (report.letter_needs: applicant.name, …)
    signature_page: int | None = None  # where the letter's signature line is (BuildResult.signature_page)


class Jobs:
    """Queue of check and build jobs per case (by folder name), run one at a time on a background thread."""

    def __init__(self, cases: Path, as_of: date | None = None, jobs: int | None = None) -> None:
        self.cases = cases
        self.as_of = as_of
        self.jobs = jobs or os.cpu_count() or 1
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packet-web")
        self._lock = threading.Lock()
        self.current: dict[str, Job] = {}
        self.runs: dict[str, packet.CheckRun] = {}
        self.builds: dict[str, Built] = {}

    def options(self, on_page=None) -> packet.CheckOptions:
        return packet.CheckOptions(as_of=self.as_of or date.today(), jobs=self.jobs, on_page=on_page, surface="page")

    def state(self, name: str) -> Job | None:
        with self._lock:
            return self.current.get(name)

    def speaks(self, name: str, lang: str) -> bool:
        """Whether what the page would show of case ``name`` (its last check's report, or its failed job's message)
        is in ``lang``, or something is under way; False asks for a check in ``lang`` (the language switch)."""
        with self._lock:
            job, run = self.current.get(name), self.runs.get(name)
        if job is not None and job.state in ("queued", "running"):
            return True
        if job is not None and job.state == "failed":
            return job.lang in (None, lang)
        return run is None or run.report.language == lang

    def busy(self, name: str) -> bool:
        job = self.state(name)
        return job is not None and job.state in ("queued", "running")

    def forget(self, name: str) -> None:
        with self._lock:
            self.current.pop(name, None)
            self.runs.pop(name, None)
            self.builds.pop(name, None)

    def submit(self, name: str, kind: str, lang: str, **build_options) -> Job:
        """Queue a check (``kind`` "check") or a build ("build", with :func:`packet.build`'s options) of the
        case ``name``. A check already queued (not yet started) is returned instead of a second one: it will
        see the folder as it is when it starts; a running one is followed by the new job (files added meanwhile)."""
        with self._lock:
            job = self.current.get(name)
            if job is not None and job.state == "queued" and job.kind == kind == "check":
                return job
            job = Job(kind, lang=lang)
            self.current[name] = job
        self._pool.submit(self._run, name, job, lang, build_options)
        return job

    def _run(self, name: str, job: Job, lang: str, build_options: dict) -> None:
        set_lang(lang)
        job.state = "running"

        def on_page(done: int, total: int) -> None:
            job.done, job.total = done, total

        folder = self.cases / name
        try:
            if job.kind == "check":
                run = packet.check(folder, self.options(on_page))
                with self._lock:
                    self.runs[name] = run
            else:
                run, result = packet.build(folder, self.options(on_page), surface="page", **build_options)
                with self._lock:
                    self.runs[name] = run
                    self.builds[name] = Built(tuple(result.files), result.pages, result.size,
                                              bool(build_options.get("force")), datetime.now(),
                                              tuple(run.report.letter_needs), result.signature_page)
            job.state = "done"
        except packet.PacketError as exc:
            cause = os_cause(exc)  # "Cannot write …: choose another place with -o": the page words it its own way
            if isinstance(cause, OSError) and cause.errno in READ_ONLY | NOT_ALLOWED | FULL:
                job.error = unwritable(lang, cause, Path(cause.filename).parent if cause.filename else folder.parent)
            else:
                job.error = str(exc)
            job.state = "failed"
            report = getattr(exc, "report", None)
            if report is not None:  # a refused build still checked the case
                pass
        except OSError as exc:
            if exc.errno in READ_ONLY | NOT_ALLOWED | FULL:  # the packet could not be written next to the case
                job.error = unwritable(lang, exc, Path(exc.filename).parent if exc.filename else folder)
            else:
                log.exception("job %s of %s failed", job.kind, name)
                job.error = f"{type(exc).__name__}: {exc}"
            job.state = "failed"
        except Exception as exc:  # noqa: BLE001 - the page says so; the server goes on
            log.exception("job %s of %s failed", job.kind, name)
            job.error = f"{type(exc).__name__}: {exc}"
            job.state = "failed"

    def shutdown(self, wait: bool = False) -> None:
        """Take no more jobs and cancel the queued ones. The running one cannot be stopped: with ``wait`` False (the
        server stopping) it is left to end on its own; with ``wait`` True this returns once it has ended (the tests:
        the check one test started would otherwise go on reading pages while the next test runs)."""
        self._pool.shutdown(wait=wait, cancel_futures=True)
