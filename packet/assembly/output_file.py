"""Where the packet may be written, and writing it so that nothing is ever half-written.

An output never lands among the case's documents, never over an input, and never over a file packet did
not write; each file is written to a temporary name in the same folder, synced and renamed into place.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from packet.case.casefile import Case
from packet.core.errors import OutputError
from packet.core.i18n import env_lang, message_lang, tr
from packet.core.own_output import written_by_packet
from packet.core.stopping import committing

OUTPUT_MARKER = ".packet-output"  # a folder inside a case that holds packet's own output


def check_output_path(case: Case, output: Path, lang: str | None = None, kind: str = "packet") -> None:
    """Refuse an output inside the case's inputs, over an input, or over a file packet did not write. Messages in
    ``lang``, else in the messages' language (``--lang``, PACKET_LANG, then the case's), never just the letter's.
    ``kind``: what is written (``packet`` or ``followup``): the place suggested instead is ``<folder>-<kind>`` next
    to the folder with ``output``'s suffix, so a follow-up is never sent over the packet's own file."""
    lang = lang or message_lang(case.language)
    out = Path(output).expanduser().resolve()
    root = case.root.resolve()
    if out.is_dir():
        raise OutputError(tr(lang, "{p} is a folder, not a file name.", "{p} 是文件夹，不是文件名。", p=out),
                          tr(lang, "Give a file name, e.g. -o {p}/packet.pdf", "请给出文件名，例如 -o {p}/申请材料.pdf", p=out))
    if out == root or root in out.parents:
        inside = out.relative_to(root).parts[:-1]
        ok = any(part.startswith(".") for part in inside) or any(
            (root.joinpath(*inside[: i + 1]) / OUTPUT_MARKER).exists() for i in range(len(inside)))
        if not ok:
            raise OutputError(
                tr(lang, "Will not write {p}: it is inside the case folder {root}, among your documents.",
                   "不能写入 {p}：它位于案件文件夹 {root} 之内，和您的材料混在一起。", p=out, root=root),
                tr(lang, "Write it next to the folder instead, e.g. -o {s}", "请写到文件夹之外，例如 -o {s}",
                   s=case.beside(f"-{kind}{out.suffix or '.pdf'}")))
    if out.exists() and not written_by_packet(out):
        raise OutputError(
            tr(lang, "Will not overwrite {p}: it is not a file packet wrote.", "不会覆盖 {p}：它不是 packet 生成的文件。", p=out),
            tr(lang, "Choose another name with -o, or move that file away first.", "请用 -o 换一个文件名，或先把该文件移走。"))
    # a folder that does not exist yet is made when the file is written (write_atomic), not now: a build refused or
    # stopped (Ctrl-C) leaves no empty folder behind (a new user's trial); its nearest existing folder must take it
    base = out.parent
    while not base.exists() and base != base.parent:
        base = base.parent
    if not base.is_dir():
        exc = NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
        if base == out.parent:  # "-o taken/x.pdf" where taken is a file
            raise output_failed(out, exc, lang)
        raise OutputError(tr(lang, "Cannot create the folder {p}: {e}", "无法创建文件夹 {p}：{e}", p=out.parent, e=exc),
                          tr(lang, "Choose another place with -o.", "请用 -o 选择其他位置。"))
    if base == out.parent:
        remove_stale_temps(out)
    if not os.access(base, os.W_OK):  # say so before the pages are made, not after
        code = errno.EROFS if _read_only_disk(base) else errno.EACCES
        raise output_failed(out, OSError(code, os.strerror(code)), lang)


def _read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (``statvfs``'s ST_RDONLY flag, POSIX), so that the
    message names the disk, not a permission the person could be given; False where that cannot be told."""
    try:
        return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 0))
    except (OSError, AttributeError):
        return False


def _temp_name(path: Path, pid: int) -> Path:
    return path.with_name(f".{path.name}.{pid}.tmp")


_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.tmp$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete ``.NAME.<pid>.tmp`` files beside ``path`` left by a run that was killed while writing ``path``
    (its pid no longer alive, or this very process). Returns what was removed; a file that cannot be removed
    is left (it is packet's own temporary file, never an input)."""
    removed = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        m = _TEMP.match(name)
        if not m or m.group("name") != path.name:
            continue
        pid = int(m.group("pid"))
        if pid != os.getpid() and _alive(pid):
            continue
        try:
            (path.parent / name).unlink()
            removed.append(path.parent / name)
        except OSError:
            pass
    return removed


def output_failed(path: Path, exc: OSError, lang: str) -> OutputError:
    """The ``output`` error for an OSError while writing ``path``: a full disk, a read-only or forbidden
    folder, each with what to do next (the command line's words); the OSError is kept as its ``os_error``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        what = tr(lang, "the disk is full", "磁盘已满")
        hint = tr(lang, "Free some space (or choose another disk with -o) and run this again. Nothing was written.",
                  "请腾出一些磁盘空间（或用 -o 写到其他磁盘）后再运行一次。没有写入任何文件。")
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        what = tr(lang, "the folder is read-only or you may not write there", "该文件夹是只读的，或您没有写入权限")
        hint = tr(lang, "Choose a folder you can write to with -o, e.g. -o ~/Documents/packet.pdf. Nothing was written.",
                  "请用 -o 选择一个可以写入的文件夹，例如 -o ~/Documents/申请材料.pdf。没有写入任何文件。")
    else:
        what = exc.strerror or type(exc).__name__
        hint = tr(lang, "Choose another place with -o. Nothing was written.", "请用 -o 选择其他位置。没有写入任何文件。")
    failed = OutputError(tr(lang, "Cannot write {p}: {what}.", "无法写入 {p}：{what}。", p=path, what=what), hint)
    failed.os_error = exc  # for a caller that words it its own way (the page of `packet serve`)
    return failed


def write_atomic(path: Path, data: bytes, lang: str | None = None) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``. Leftovers of a killed
    run are removed first (:func:`remove_stale_temps`). Raises :class:`OutputError` (code ``output``) when the
    disk is full or the folder cannot be written; the temporary file is removed and ``path`` is untouched."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # made now, when there is something to put in it
    except OSError as exc:
        raise output_failed(path, exc, lang or env_lang()) from None
    remove_stale_temps(path)
    tmp = _temp_name(path, os.getpid())
    with committing():  # a stop (Ctrl-C) waits for the write: the output whole or not at all, no temporary file left
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            raise output_failed(path, exc, lang or env_lang()) from None
        finally:
            try:
                if tmp.exists():
                    tmp.unlink()
            except OSError:  # pragma: no cover - the folder became unwritable meanwhile
                pass
    try:
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:  # pragma: no cover - not every platform can fsync a folder
        pass
