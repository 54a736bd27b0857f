"""Running part of a test as a user without root's right to read everything (CI runs as root, and root reads
files whatever their permission bits say)."""

from __future__ import annotations

import os
import pwd

import pytest


def as_unprivileged(fn):
    """Run ``fn()`` (returning a str) as a user without root's right to read everything: in place when this
    process is not root, else in a forked child that drops to ``nobody``. Skips only when neither is possible."""
    if os.geteuid() != 0:
        return fn()
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no user 'nobody' to drop to")
    fn()  # as root first: every module the run imports lazily is loaded before the child loses access to it
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run, hand the output back, never return into pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            out = fn()
            with os.fdopen(write_end, "w") as fh:
                fh.write(out)
            code = 0
        except BaseException as exc:  # noqa: BLE001 - reported through the pipe
            try:
                os.write(write_end, f"CHILD FAILED: {exc!r}".encode())
            except OSError:
                pass
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        out = fh.read()
    os.waitpid(pid, 0)
    return out
