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

from packet.batch import COLUMNS as BATCH_COLUMNS
from packet.batch import BatchResult, CaseRow, batch
from packet.case.followup import sent_as
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
    check,
    default_output,
    forget_case,
    ocr_cache,
    open_case,
    page_image,
)
from packet.rules.checklist import Checklist, all_checklists, load_checklist
from packet.rules.checklist_text import describe as describe_checklist
from packet.rules.readiness import REPLY_WAYS, describe_need, need_name
from packet.rules.registry import load_types
from packet.rules.report_text import render_text as render_report
from packet.rules.report_text import wrap as wrap_text
from packet.workflow import (
    INIT_QUESTIONS,
    LETTER_FACTS,
    MONTH_FORMS,
    built_files,
    case_status,
    check_init_answer,
    correct_field,
    delete_case,
    follow_up,
    init_case,
    init_defaults,
    init_problems,
    init_warnings,
    letter_fact_problems,
    log_contact,
    log_entries,
    log_reply,
    masked_log_texts,
    names_on_documents,
    read_for_init,
    record_sent,
    remove_file,
    remove_log_entry,
    set_file_type,
    set_letter_facts,
    set_password,
)

__all__ = [
    "BATCH_COLUMNS",
    "INIT_QUESTIONS",
    "LETTER_FACTS",
    "MONTH_FORMS",
    "BatchResult",
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
    "correct_field",
    "default_output",
    "delete_case",
    "describe_checklist",
    "REPLY_WAYS",
    "describe_need",
    "need_name",
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
    "read_for_init",
    "ocr_cache",
    "open_case",
    "page_image",
    "plan_summary",
    "record_sent",
    "remove_file",
    "remove_log_entry",
    "render_report",
    "set_file_type",
    "set_letter_facts",
    "set_password",
    "value_name",
    "wrap_text",
]
