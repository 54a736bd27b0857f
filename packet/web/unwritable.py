"""What the page says when a case folder cannot be written to (a read-only disk or share, no permission, a full
disk): which of these it is and what the person can do, in the page's language, instead of a server error.
"""

from __future__ import annotations

import errno
from pathlib import Path

from packet.core.i18n import tr

# the errno values of a folder that cannot take a write (POSIX; Windows maps its own errors onto EACCES/ENOSPC)
READ_ONLY = frozenset({errno.EROFS})
NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM})
FULL = frozenset({errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set()))


def unwritable(lang: str, exc: OSError, folder: Path | str) -> str:
    """The message for ``exc`` (an OSError raised while writing into ``folder``), in ``lang`` ("en" or "zh"):
    one sentence saying why nothing was saved, one saying what to do. Never raises; an errno outside
    EROFS/EACCES/EPERM/ENOSPC/EDQUOT is named by the system's own words (``exc.strerror``)."""
    code = getattr(exc, "errno", None)
    if code in READ_ONLY:
        why = tr(lang, "Nothing was saved: the folder {f} is on a disk or share that is read-only.",
                 "未保存：文件夹 {f} 所在的磁盘或共享文件夹是只读的。", f=folder)
    elif code in NOT_ALLOWED:
        why = tr(lang, "Nothing was saved: you do not have permission to write in the folder {f}.",
                 "未保存：您没有在文件夹 {f} 中写入的权限。", f=folder)
    elif code in FULL:
        why = tr(lang, "Nothing was saved: the disk that holds the folder {f} is full.",
                 "未保存：文件夹 {f} 所在的磁盘已满。", f=folder)
    else:
        why = tr(lang, "Nothing was saved: the folder {f} could not be written to ({e}).",
                 "未保存：无法写入文件夹 {f}（{e}）。", f=folder, e=exc.strerror or exc)
    if code in FULL:
        todo = tr(lang, "Free some space on that disk (empty the bin, move large files elsewhere), then try again.",
                  "请在该磁盘上腾出空间（清空回收站、把大文件移到别处），然后重试。")
    else:
        todo = tr(lang, "Copy the cases folder to a place where you can write, such as your Documents folder, and open "
                        "packet from there; or ask whoever looks after this computer to let you write here.",
                  "请把案件文件夹复制到您可以写入的位置（例如“文档”文件夹），再从那里打开 packet；"
                  "或请管理这台电脑的人允许您在这里写入。")
    return f"{why}{todo}" if lang == "zh" else f"{why} {todo}"


def os_cause(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc``: ``exc`` itself, the ``os_error`` a library error keeps
    (packet.case.case_edit.unwritable, packet.assembly.output_file.output_failed), or the OSError it was raised
    from (``__context__``: init's "Cannot write …"); None when there is none."""
    for cause in (exc, getattr(exc, "os_error", None), exc.__context__):
        if isinstance(cause, OSError):
            return cause
    return None


def refusal(lang: str, exc: BaseException, folder: Path | str) -> str:
    """What the page says for ``exc``, raised while writing into ``folder``: the page's own words (:func:`unwritable`)
    when an OSError is behind it (:func:`os_cause`: the library's remedy speaks of running a command or of -o),
    else the library's message."""
    cause = os_cause(exc)
    return unwritable(lang, cause, folder) if cause is not None else str(exc)
