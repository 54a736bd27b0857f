"""Stopping the ``packet`` program at once on Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP).

Before this module, Ctrl-C in a run reading pages on worker threads waited for the pages in flight: the main thread
got KeyboardInterrupt at once, but the thread pool's shutdown, and then the interpreter's exit, joined every worker,
and a PP-OCR page cannot be interrupted inside onnxruntime (15-25 s measured on the 2-core development machine for a
6-page photographed statement, 2026-12-02). SIGTERM ended the process without any cleanup: its Tesseract children
ran on as orphans and their temporary page images stayed in the temporary folder.

For the program only (:func:`begin`, called by the command line; a library user or a test runner importing
``packet`` keeps Python's own behaviour), a run:

* gets a private temporary folder, ``packet-run-<pid>-*`` in the system's, that every ``tempfile`` call of the
  process uses from then on (``tempfile.tempdir``): the page images packet writes for the engines and
  pytesseract's own input and output files all live there, so one ``rmtree`` removes whatever a page in flight
  left. A folder left by a run killed outright (SIGKILL, power loss) is removed by the next run, once its pid is
  no longer alive;
* turns SIGTERM and SIGHUP into KeyboardInterrupt, as Ctrl-C is, so every ``finally`` on the main thread runs the
  same way (an atomic write removes its temporary file); a second press changes nothing (:func:`_interrupt`);
* has a watchdog thread woken by the signal itself (``signal.set_wakeup_fd``: the C-level handler writes a byte to a
  pipe even while the main thread is inside a long C call) that marks the run stopping (:func:`stopping`: no new
  task and no new Tesseract process starts), kills the OCR children at once (:func:`kill_children`), and, if the
  main thread has not reached the command line's handler within :data:`GRACE_S`, stops the run itself.

:func:`stop` ends it: it waits for any write in progress (:func:`committing`: an output or a cache entry is written
whole or not at all), says the one line once, kills the children, removes the run's folder, flushes and exits with
``os._exit`` (the interpreter's own exit would join the worker threads still inside a page). Nothing half-written
is left: outputs and cache entries are written to a temporary name and renamed inside :func:`committing`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

log = logging.getLogger(__name__)

#: Seconds the watchdog leaves the main thread to reach the command line's handler (KeyboardInterrupt unwinds in
#: well under 0.3 s when the main thread waits on a worker; a main thread inside one onnxruntime, PDFium or Pillow
#: call gets it only when that call returns). Chosen so that signal-to-exit stays under 2 s with room for a loaded
#: machine: the watchdog's own stop (kill, rmtree, _exit) takes ~0.05 s.
GRACE_S = 1.0
#: Seconds :func:`stop` waits for a write in progress (:func:`committing`) before it exits anyway: an 18 MB packet's
#: write and fsync, with room for a slow disk. A write cut short here leaves only its temporary file, which the
#: next write of that output removes (:func:`packet.assembly.output_file.remove_stale_temps`).
COMMIT_WAIT_S = 10.0
#: The signals that stop a run: Ctrl-C, ``kill`` and a closed terminal.
STOP_SIGNALS = tuple(s for s in (getattr(signal, n, None) for n in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None)
RUN_PREFIX = "packet-run-"

_STOP = threading.Event()
_COMMIT = threading.RLock()
_ONCE = threading.Lock()
_STATE: dict = {"folder": None, "say": None, "code": 130, "wake": None, "main_done": threading.Event(), "written": [],
                "raised": False}


def stopping() -> bool:
    """Whether this run is being stopped: workers start no new task, no new OCR process."""
    return _STOP.is_set()


def active() -> bool:
    """Whether :func:`begin` armed this process (the program), so that :func:`stop` may end it."""
    return _STATE["folder"] is not None


@contextlib.contextmanager
def committing() -> Iterator[None]:
    """Around a write that must land whole or not at all (a temporary file written, then renamed): :func:`stop`
    waits for it to end before the process exits. Re-entrant; cheap when nothing is stopping."""
    with _COMMIT:
        yield


def farewell(say: Callable[[], None], code: int) -> None:
    """Change what a stop says and its exit status (``packet serve``: Ctrl-C is how it ends, "Stopped.", exit 0)."""
    _STATE.update(say=say, code=code)


def wrote(path: object) -> None:
    """Note a finished output of this run (``packet batch --build``'s packets), for the line a stop says: the ones
    already written are named, not "nothing was written". Kept only for the armed program."""
    if active():
        _STATE["written"].append(path)


def written() -> list:
    """What :func:`wrote` noted, in order."""
    return list(_STATE["written"])


def _interrupt(_signum: int, _frame: object) -> None:
    """The stop signals' handler on the main thread: KeyboardInterrupt the first time, as Python's own for Ctrl-C;
    nothing on a second press (a frightened user presses again): the stop is under way, and a KeyboardInterrupt
    raised inside the command line's handler would escape it as a traceback."""
    if _STATE["raised"]:
        return
    _STATE["raised"] = True
    raise KeyboardInterrupt


def begin(say: Callable[[], None], code: int = 130) -> None:
    """Arm the program's stop (see the module docstring): ``say`` prints the one line that says the run stopped
    (called once, by whichever of the main thread and the watchdog stops first), ``code`` is the exit status.
    Main thread only; does nothing when called again."""
    if active() or threading.current_thread() is not threading.main_thread():
        return
    sweep_stale_folders()
    folder = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-"))
    tempfile.tempdir = str(folder)  # every tempfile call of the process, pytesseract's included, lands here
    _STATE.update(folder=folder, say=say, code=code)
    for sig in STOP_SIGNALS:  # one left ignored (nohup, a background job) stays ignored
        if signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler, None):
            signal.signal(sig, _interrupt)
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (ValueError, OSError):  # pragma: no cover - not the main thread of the main interpreter
        os.close(read_end)
        os.close(write_end)
        return
    _STATE["wake"] = (read_end, write_end)
    threading.Thread(target=_watch, args=(read_end,), name="packet-stop", daemon=True).start()
    if hasattr(os, "register_at_fork"):  # POSIX: a process pool's forked workers
        os.register_at_fork(after_in_child=_forget_in_child)


def _forget_in_child() -> None:
    """A forked worker (a process pool) keeps Python's default handling: the parent stops it."""
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)
    for sig in STOP_SIGNALS:
        if signal.getsignal(sig) is _interrupt:
            signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)


def _watch(read_end: int) -> None:
    while True:
        try:
            got = os.read(read_end, 64)
        except OSError:  # pragma: no cover - the pipe closed
            return
        if not got:  # pragma: no cover
            return
        if not any(b in STOP_SIGNALS for b in got):
            continue
        _STOP.set()
        kill_children()
        if not _STATE["main_done"].wait(GRACE_S):
            log.debug("the main thread did not stop within %.1f s: stopping from the watchdog", GRACE_S)
            stop()


def stop(code: int | None = None) -> NoReturn:
    """End the armed program now: wait for a write in progress (:func:`committing`, at most :data:`COMMIT_WAIT_S`),
    say the line (once), kill the OCR children, remove the run's temporary folder, flush and ``os._exit`` with
    ``code`` (default: the one given to :func:`begin`). Called by the command line's KeyboardInterrupt handler and
    by the watchdog; whichever comes second waits here until the process has gone."""
    if threading.current_thread() is threading.main_thread():
        _STATE["main_done"].set()
    _STOP.set()
    _ONCE.acquire()  # the second caller never gets past this: the first one exits the process
    committed = _COMMIT.acquire(timeout=COMMIT_WAIT_S)
    if not committed:  # pragma: no cover - a write hung on a dead disk
        log.debug("a write did not end within %.0f s", COMMIT_WAIT_S)
    kill_children()
    with contextlib.suppress(Exception):
        say = _STATE["say"]
        if say is not None:
            say()
    finish()
    kill_children()  # a process started between the first kill and the stop flag (a worker's race)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(_STATE["code"] if code is None else code)


def finish() -> None:
    """Remove the run's temporary folder (a run that ends normally calls this too, once its command is done: a
    signal after that is ignored, so the command's own exit status and output stand). Safe to call twice."""
    _STATE["raised"] = True
    _STATE["main_done"].set()
    folder = _STATE.get("folder")
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


# --- children ------------------------------------------------------------------------------------------------


def children() -> list[int]:
    """Pids of this process's descendants in its own process group: the OCR engine's processes (Tesseract) and the
    process pool's workers, and their children. A process started in a session of its own (a web browser opened by
    ``packet serve``, :mod:`webbrowser` starts it so) is not one of them. Read from ``/proc`` (Linux); elsewhere
    from psutil when it is installed, else the pool workers :mod:`multiprocessing` knows of."""
    me, group = os.getpid(), os.getpgrp()
    proc = Path("/proc")
    if (proc / str(me) / "stat").is_file():
        parent_of: dict[int, tuple[int, int]] = {}
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'
            fields = stat[stat.rfind(")") + 2:].split()
            with contextlib.suppress(IndexError, ValueError):
                parent_of[int(entry.name)] = (int(fields[1]), int(fields[2]))
        found, todo = [], [me]
        while todo:
            pid = todo.pop()
            for child, (ppid, pgrp) in parent_of.items():
                if ppid == pid and pgrp == group:
                    found.append(child)
                    todo.append(child)
        return found
    try:  # pragma: no cover - not Linux
        import psutil

        return [c.pid for c in psutil.Process(me).children(recursive=True) if os.getpgid(c.pid) == group]
    except Exception:  # noqa: BLE001  # pragma: no cover
        import multiprocessing

        return [p.pid for p in multiprocessing.active_children() if p.pid]


def kill_children() -> list[int]:
    """SIGKILL every process :func:`children` lists (their work is thrown away: nothing they write is kept);
    returns their pids."""
    pids = children()
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    return pids


# --- folders left by runs that were killed outright ------------------------------------------------------------

_RUN_DIR = re.compile(re.escape(RUN_PREFIX) + r"(?P<pid>\d+)-")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def sweep_stale_folders(base: Path | None = None, min_age_s: float = 60.0) -> list[Path]:
    """Remove the temporary folders of this user's runs that were killed outright (``packet-run-<pid>-*`` in
    ``base``, default the system's temporary folder, whose pid is no longer alive and which are at least
    ``min_age_s`` seconds old: a pid reused at once is not taken for a dead run's). Returns what was removed."""
    base = Path(base or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = _RUN_DIR.match(entry.name)
        if not m or int(m.group("pid")) == os.getpid():
            continue
        try:
            st = entry.lstat()
        except OSError:
            continue
        mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
        if (not entry.is_dir() or entry.is_symlink() or not mine or now - st.st_mtime < min_age_s
                or _alive(int(m.group("pid")))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed
