"""One exception hierarchy. Exit codes are decided at the CLI edge from ``exit_code``; ``code`` is the
stable machine-readable name of the failure in ``--json`` output (interface.md, "Errors and exit codes"):
usage, no-such-folder, no-permission, case-file, checklist, ocr-missing, output, not-ready, interrupted, internal,
and input-changed (an addition: see :class:`InputChanged`)."""

from __future__ import annotations

import os
from pathlib import Path

from packet.core.i18n import tr


class PacketError(Exception):
    """A failure that stops a command. ``message`` says what is wrong, ``hint`` what to do next; ``field``, when
    given, the one input it is about (a form's field: "summary", "at"), so the page says it beside that box."""

    exit_code = 2
    code = "internal"

    def __init__(self, message: str, hint: str | None = None, code: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class CaseFileError(PacketError):
    """packet.toml is invalid: names the key and its line."""

    code = "case-file"


class ChecklistError(PacketError):
    """A checklist or document-type file is malformed or unknown."""

    code = "checklist"


class TesseractMissing(PacketError):
    """Tesseract or a language it needs is not installed."""

    code = "ocr-missing"


class OCRFailed(PacketError):
    """Tesseract ran but failed (crash, timeout) on a page."""


class IncompleteCase(PacketError):
    """`packet build` refused: the checklist is not met (exit 1). Carries the report, for --json."""

    exit_code = 1
    code = "not-ready"

    def __init__(self, message: str, hint: str | None = None, report: object = None) -> None:
        super().__init__(message, hint)
        self.report = report


class OutputError(PacketError):
    """The output path is not acceptable (inside the inputs, overwriting an input, not writable)."""

    code = "output"


class InputChanged(PacketError):
    """A document file changed (or went) between the check reading it and the build drawing its pages: exit 2,
    code ``input-changed`` (an addition to interface.md's codes), nothing written. ``paths``: the files, relative
    to the case folder."""

    code = "input-changed"

    def __init__(self, paths: list[str], lang: str) -> None:
        names = ", ".join(paths)
        super().__init__(
            tr(lang, "Not built: {names} changed while packet was building (still being copied, synced or edited?). "
                     "Nothing was written.",
               "未生成：{names} 在生成过程中被改动了（还在复制、同步或编辑中？）。没有写入任何文件。", names=names),
            tr(lang, "Wait until the file is fully copied and no longer changes, then run the same command again.",
               "请等文件复制完成、不再变化后，再运行一次同样的命令。"))
        self.paths = list(paths)


class NoSuchFolder(PacketError):
    """The case folder given does not exist or is not a folder."""

    code = "no-such-folder"


class FolderNotReadable(PacketError):
    """The case folder (or the folder of cases) exists and this user account may not list or enter it: exit 2, code
    ``no-permission`` (the code interface.md gives a file packet may not read), never the "internal" error a
    PermissionError became in ``batch``, nor click's "Invalid value for 'DIR'" with a pointer to --help (an adviser's
    scripted trial, r22: one client folder of twelve was unreadable)."""

    code = "no-permission"


def readable_folder(root: Path, lang: str) -> None:
    """Raise :class:`FolderNotReadable` (message and hint in ``lang``, "zh" or "en") when the folder ``root`` may
    not be listed and entered by this process (``os.access`` R_OK and X_OK: its mode, owner and ACLs as the system
    judges them); return None otherwise. ``root`` must be a folder."""
    if os.access(root, os.R_OK | os.X_OK):
        return
    raise FolderNotReadable(tr(lang, "{p}: your user account has no permission to open this folder, so packet cannot "
                                     "read what is in it.", "{p}：您的用户账户没有权限打开这个文件夹，packet 无法读取其中的内容。",
                               p=root),
                            tr(lang, "Give yourself access (for example  chmod u+rx {p}  if it is yours), or ask whoever "
                                     "owns it to share it or copy it for you, then run the command again.",
                               "请给自己访问权限（如果文件夹是您的，例如运行  chmod u+rx {p}），或请文件夹的所有者共享或复制给您，"
                               "然后再运行一次。", p=root))
