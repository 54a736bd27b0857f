"""One exception hierarchy. Exit codes are decided at the CLI edge from ``exit_code``; ``code`` is the
stable machine-readable name of the failure in ``--json`` output (interface.md, "Errors and exit codes"):
usage, no-such-folder, case-file, checklist, ocr-missing, output, not-ready, interrupted, internal."""

from __future__ import annotations


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


class NoSuchFolder(PacketError):
    """The case folder given does not exist or is not a folder."""

    code = "no-such-folder"
