"""packet: turn a folder of hardship documents into one submission PDF for a lender.

The public API. The command line (``packet.cli``) and every other front end call only what is
listed in ``__all__``; the stages behind it (``packet.reading``, ``packet.understanding``,
``packet.rules``, ``packet.assembly``) may change between versions.

>>> from datetime import date
>>> from packet import CheckOptions, check
>>> run = check("./my-docs", CheckOptions(as_of=date(2026, 11, 20)))   # doctest: +SKIP
>>> run.report.complete, [m.message for m in run.report.missing]        # doctest: +SKIP

Errors a caller can meet are :class:`PacketError` and its subclasses; each carries ``message``,
``hint`` (what to do next, in the case's language) and ``exit_code`` (1 incomplete, 2 cannot run).
"""

from __future__ import annotations

# The first import of the program (``python -m packet`` and the ``packet`` script both import this package first):
# the start-up guard comes before anything else, ``typing`` included (tens of milliseconds on a loaded machine, a
# window in which Ctrl-C gave a traceback). What Python does before this line (its own start, ``site``) no code of
# packet's can guard.
from packet.core.startup import guard_start  # noqa: I001 - first, before the imports below

guard_start()  # Ctrl-C while the program starts says "Stopped" in one line per language and exits 130

import importlib  # noqa: E402
import sys  # noqa: E402
from types import ModuleType  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

# Each public name and where it lives: loaded on first use (PEP 562), so ``import packet`` (and with it the command
# line's start) costs milliseconds, not the second or more the stages take to import. A trial pressed Ctrl-C while
# ``packet check`` was still starting, and the KeyboardInterrupt raised inside these imports came before the command
# line's handler existed: a traceback instead of "Stopped".
_WHERE: dict[str, tuple[str, str]] = {
    "BATCH_COLUMNS": ("packet.batch", "COLUMNS"),
    "BatchResult": ("packet.batch", "BatchResult"),
    "BatchStopped": ("packet.batch", "BatchStopped"),
    "CaseRow": ("packet.batch", "CaseRow"),
    "batch": ("packet.batch", "batch"),
    "sent_as": ("packet.case.followup", "sent_as"),
    "route_note": ("packet.case.followup", "route_note"),
    "has_complaint_route": ("packet.case.followup", "has_complaint_route"),
    "plan_summary": ("packet.case.repayment_plan", "plan_summary"),
    "choice_word": ("packet.case.init_file", "choice_word"),
    "init_date_note": ("packet.case.init_file", "date_note"),
    "init_plan_missing": ("packet.case.init_file", "plan_missing"),
    "privacy_notes": ("packet.rules.shown", "privacy_notes"),
    "value_name": ("packet.case.value_names", "value_name"),
    "IncompleteCase": ("packet.core.errors", "IncompleteCase"),
    "PacketError": ("packet.core.errors", "PacketError"),
    "Report": ("packet.core.model", "Report"),
    "__version__": ("packet.core.version", "__version__"),
    "DoctorCheck": ("packet.doctor", "Check"),
    "doctor": ("packet.doctor", "run_checks"),
    "CheckOptions": ("packet.pipeline", "CheckOptions"),
    "CheckRun": ("packet.pipeline", "CheckRun"),
    "build": ("packet.pipeline", "build"),
    "check": ("packet.pipeline", "check"),
    "default_output": ("packet.pipeline", "default_output"),
    "forget_case": ("packet.pipeline", "forget_case"),
    "ocr_cache": ("packet.pipeline", "ocr_cache"),
    "cache_limit_problems": ("packet.pipeline", "cache_limit_problems"),
    "open_case": ("packet.pipeline", "open_case"),
    "page_image": ("packet.pipeline", "page_image"),
    "Checklist": ("packet.rules.checklist", "Checklist"),
    "all_checklists": ("packet.rules.checklist", "all_checklists"),
    "load_checklist": ("packet.rules.checklist", "load_checklist"),
    "describe_checklist": ("packet.rules.checklist_text", "describe"),
    "describe_need": ("packet.rules.readiness", "describe_need"),
    "need_name": ("packet.rules.readiness", "need_name"),
    "offered_types": ("packet.rules.readiness", "offered_types"),
    "leans_to": ("packet.rules.readiness", "leans_to"),
    "reply_warning": ("packet.rules.readiness", "reply_warning"),
    "written_reply_warning": ("packet.rules.readiness", "written_reply_warning"),
    "voice_warning": ("packet.rules.readiness", "voice_warning"),
    "third_person": ("packet.rules.readiness", "third_person"),
    "someone_else_message": ("packet.rules.wording", "someone_else_message"),
    "REPLY_WAYS": ("packet.rules.readiness", "REPLY_WAYS"),
    "REQUEST_FORM_TITLE": ("packet.rules.readiness", "REQUEST_FORM_TITLE"),
    "load_types": ("packet.rules.registry", "load_types"),
    "render_report": ("packet.rules.report_text", "render_text"),
    "wrap_text": ("packet.rules.report_text", "wrap"),
    "INIT_QUESTIONS": ("packet.workflow", "INIT_QUESTIONS"),
    "INIT_COUNTRY": ("packet.workflow", "INIT_COUNTRY"),
    "INIT_REPLY": ("packet.workflow", "INIT_REPLY"),
    "LETTER_FACTS": ("packet.workflow", "LETTER_FACTS"),
    "MAX_FILE_BYTES": ("packet.reading.file_formats", "MAX_FILE_BYTES"),
    "MONTH_FORMS": ("packet.workflow", "MONTH_FORMS"),
    "built_files": ("packet.workflow", "built_files"),
    "case_status": ("packet.workflow", "case_status"),
    "check_init_answer": ("packet.workflow", "check_init_answer"),
    "correct_field": ("packet.workflow", "correct_field"),
    "delete_case": ("packet.workflow", "delete_case"),
    "follow_up": ("packet.workflow", "follow_up"),
    "init_case": ("packet.workflow", "init_case"),
    "init_defaults": ("packet.workflow", "init_defaults"),
    "init_problems": ("packet.workflow", "init_problems"),
    "init_warnings": ("packet.workflow", "init_warnings"),
    "letter_fact_problems": ("packet.workflow", "letter_fact_problems"),
    "log_contact": ("packet.workflow", "log_contact"),
    "log_entries": ("packet.workflow", "log_entries"),
    "log_reply": ("packet.workflow", "log_reply"),
    "masked_log_texts": ("packet.workflow", "masked_log_texts"),
    "names_on_documents": ("packet.workflow", "names_on_documents"),
    "read_for_init": ("packet.workflow", "read_for_init"),
    "record_sent": ("packet.workflow", "record_sent"),
    "record_delivered": ("packet.workflow", "record_delivered"),
    "remove_file": ("packet.workflow", "remove_file"),
    "remove_log_entry": ("packet.workflow", "remove_log_entry"),
    "set_file_include": ("packet.workflow", "set_file_include"),
    "set_file_type": ("packet.workflow", "set_file_type"),
    "set_letter_facts": ("packet.workflow", "set_letter_facts"),
    "set_request": ("packet.workflow", "set_request"),
    "add_redaction": ("packet.workflow", "add_redaction"),
    "copy_for_lender": ("packet.workflow", "copy_for_lender"),
    "removed_files": ("packet.workflow", "removed_files"),
    "restore_file": ("packet.workflow", "restore_file"),
    "unreadable_upload": ("packet.workflow", "unreadable_upload"),
    "request_values": ("packet.workflow", "request_values"),
    "request_problems": ("packet.workflow", "request_problems"),
    "REQUEST_KEYS": ("packet.workflow", "REQUEST_KEYS"),
    "kept_sent_files": ("packet.workflow", "kept_sent_files"),
    "sent_differs": ("packet.workflow", "sent_differs"),
    "out_of_date": ("packet.workflow", "out_of_date"),
    "packet_pdf": ("packet.workflow", "packet_pdf"),
    "stale_message": ("packet.workflow", "stale_message"),
    "set_password": ("packet.workflow", "set_password"),
}

if TYPE_CHECKING:  # the same names for type checkers and editors
    from packet.batch import COLUMNS as BATCH_COLUMNS
    from packet.batch import BatchResult, BatchStopped, CaseRow, batch
    from packet.case.followup import has_complaint_route, route_note, sent_as
    from packet.case.init_file import choice_word
    from packet.case.init_file import date_note as init_date_note
    from packet.case.init_file import plan_missing as init_plan_missing
    from packet.case.repayment_plan import plan_summary
    from packet.case.value_names import value_name
    from packet.core.errors import IncompleteCase, PacketError
    from packet.core.model import Report
    from packet.core.version import __version__
    from packet.doctor import Check as DoctorCheck
    from packet.doctor import run_checks as doctor
    from packet.pipeline import (
        CheckOptions,
        CheckRun,
        build,
        cache_limit_problems,
        check,
        default_output,
        forget_case,
        ocr_cache,
        open_case,
        page_image,
    )
    from packet.reading.file_formats import MAX_FILE_BYTES
    from packet.rules.checklist import Checklist, all_checklists, load_checklist
    from packet.rules.checklist_text import describe as describe_checklist
    from packet.rules.readiness import (
        REPLY_WAYS,
        REQUEST_FORM_TITLE,
        describe_need,
        leans_to,
        need_name,
        offered_types,
        reply_warning,
        third_person,
        voice_warning,
        written_reply_warning,
    )
    from packet.rules.registry import load_types
    from packet.rules.report_text import render_text as render_report
    from packet.rules.report_text import wrap as wrap_text
    from packet.rules.shown import privacy_notes
    from packet.rules.wording import someone_else_message
    from packet.workflow import (
        INIT_COUNTRY,
        INIT_QUESTIONS,
        INIT_REPLY,
        LETTER_FACTS,
        MONTH_FORMS,
        REQUEST_KEYS,
        add_redaction,
        built_files,
        case_status,
        check_init_answer,
        copy_for_lender,
        correct_field,
        delete_case,
        follow_up,
        init_case,
        init_defaults,
        init_problems,
        init_warnings,
        kept_sent_files,
        letter_fact_problems,
        log_contact,
        log_entries,
        log_reply,
        masked_log_texts,
        names_on_documents,
        out_of_date,
        packet_pdf,
        read_for_init,
        record_delivered,
        record_sent,
        remove_file,
        remove_log_entry,
        removed_files,
        request_problems,
        request_values,
        restore_file,
        sent_differs,
        set_file_include,
        set_file_type,
        set_letter_facts,
        set_password,
        set_request,
        stale_message,
        unreadable_upload,
    )


def __getattr__(name: str) -> object:
    """The public name ``name``, imported from its module on first use and kept; AttributeError for any other."""
    try:
        module, attr = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'packet' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


class _Package(ModuleType):
    """``packet`` itself. Two public names are also the names of submodules (``packet.batch`` the function and
    ``packet.doctor`` = ``run_checks``): importing the submodule sets the package's attribute to the module, which
    the eager imports used to overwrite with the function. This keeps the function there."""

    def __setattr__(self, name: str, value: object) -> None:
        where = _WHERE.get(name)
        if where is not None and isinstance(value, ModuleType) and value.__name__ == where[0]:
            value = getattr(value, where[1])
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "BATCH_COLUMNS",
    "INIT_COUNTRY",
    "INIT_REPLY",
    "INIT_QUESTIONS",
    "LETTER_FACTS",
    "MAX_FILE_BYTES",
    "MONTH_FORMS",
    "REPLY_WAYS",
    "REQUEST_FORM_TITLE",
    "BatchResult",
    "BatchStopped",
    "CaseRow",
    "Checklist",
    "CheckOptions",
    "CheckRun",
    "DoctorCheck",
    "IncompleteCase",
    "PacketError",
    "Report",
    "__version__",
    "all_checklists",
    "batch",
    "build",
    "built_files",
    "case_status",
    "check",
    "check_init_answer",
    "choice_word",
    "init_date_note",
    "init_plan_missing",
    "correct_field",
    "default_output",
    "delete_case",
    "describe_checklist",
    "describe_need",
    "need_name",
    "offered_types",
    "leans_to",
    "reply_warning",
    "written_reply_warning",
    "voice_warning",
    "third_person",
    "someone_else_message",
    "doctor",
    "follow_up",
    "forget_case",
    "init_case",
    "init_defaults",
    "init_problems",
    "init_warnings",
    "letter_fact_problems",
    "load_checklist",
    "load_types",
    "log_contact",
    "log_entries",
    "masked_log_texts",
    "log_reply",
    "names_on_documents",
    "sent_as",
    "route_note",
    "has_complaint_route",
    "read_for_init",
    "ocr_cache",
    "cache_limit_problems",
    "open_case",
    "page_image",
    "plan_summary",
    "privacy_notes",
    "record_delivered",
    "record_sent",
    "remove_file",
    "remove_log_entry",
    "render_report",
    "set_file_include",
    "set_file_type",
    "set_letter_facts",
    "set_request",
    "add_redaction",
    "copy_for_lender",
    "removed_files",
    "restore_file",
    "unreadable_upload",
    "request_values",
    "request_problems",
    "REQUEST_KEYS",
    "kept_sent_files",
    "sent_differs",
    "set_password",
    "out_of_date",
    "packet_pdf",
    "stale_message",
    "value_name",
    "wrap_text",
]
