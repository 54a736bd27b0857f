"""Ctrl-C while the ``packet`` program is still starting (importing its modules), before the command line's own
handler (:class:`packet.cli.PacketGroup`) exists.

Python turns SIGINT into KeyboardInterrupt wherever the program is, and during the imports nothing catches it: a
trial pressed Ctrl-C just after typing ``packet check`` and got a traceback. :func:`guard_start` installs, for the
program only (never for a library user or a test runner importing ``packet``), a handler that says in both
languages that nothing was written and exits 130 (interface.md, "Errors and exit codes": interrupted); the command
line hands SIGINT back to Python (:func:`started`) as soon as it can catch KeyboardInterrupt itself.
"""

from __future__ import annotations

import os
import signal
import sys

# only what the interpreter has already loaded (os, sys) and the built-in signal module: this module is imported
# first of all, and every millisecond it takes is a millisecond Ctrl-C is not yet guarded

#: What is said when Ctrl-C comes before the case, and so its language, is known: both languages.
STOPPED_EN = "Stopped while starting. Nothing was written. Run the same command again when you are ready."
STOPPED_ZH = "启动时已停止，没有写入任何文件。准备好后，再运行同一条命令即可。"
#: The same with --json: one object, written out here (json is not imported this early; a test reads it back).
STOPPED_JSON = ('{"error": "' + STOPPED_EN + " / " + STOPPED_ZH + '", "code": "interrupted", "hint": null, '
                '"exit_code": 130}')


def is_the_program(argv: list[str] | None = None) -> bool:
    """Whether this process is the ``packet`` program: ``python -m packet …`` or the ``packet`` console script,
    read from the interpreter's own command line (``sys.orig_argv``, Python 3.10+); False for anything else that
    imports the package (a test runner, a script, ``python -c``)."""
    argv = list(sys.orig_argv if argv is None else argv)
    if "-m" in argv[:-1]:
        return argv[argv.index("-m") + 1] == "packet"
    return any(os.path.basename(a) in ("packet", "packet.exe") for a in argv[1:2])


def _stopped_while_starting(_signum: int, _frame: object) -> None:
    if "--json" in sys.argv:
        os.write(1, (STOPPED_JSON + "\n").encode("utf-8"))
    else:
        os.write(2, f"\n{STOPPED_EN}\n{STOPPED_ZH}\n".encode())
    os._exit(130)  # nothing was opened for writing yet: no buffers to flush, no file to finish


def guard_start() -> None:
    """For the program only: Ctrl-C from now until :func:`started` stops it with the message above and exit 130."""
    if is_the_program() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stopped_while_starting)


def started() -> None:
    """The command line catches KeyboardInterrupt from here on: SIGINT goes back to Python's own handler."""
    if signal.getsignal(signal.SIGINT) is _stopped_while_starting:
        signal.signal(signal.SIGINT, signal.default_int_handler)
