"""`packet batch CASES_DIR`: every case of a caseload checked together, as a queue of what needs action.

The stages are those of :func:`packet.pipeline.check`, run for all cases at once so that the work is spread
by page, not by case (one large case does not hold up forty small ones, and every core — or every worker
of a cluster — stays busy):

1. open every case folder (its ``packet.toml`` and checklist) and plan its reading
   (:func:`packet.reading.ingest.plan_reading`: text layers and cached pages now, the rest OCR tasks);
2. OCR the tasks of **all** cases in one call to the executor, with each task's file as
   :class:`packet.core.executor.FileContent` (:func:`packet.reading.ocr.read_pages_shipped`); the parent writes
   the OCR cache;
3. put each case's files together, then classify and extract **every document of every case** in one call
   to the executor (the pure worker :func:`understand_one`);
4. plan the second readings of all cases, OCR them in one call, finish them per case;
5. plan the second looks by PP-OCR at English pictures Tesseract read poorly (:mod:`packet.understanding.second_look`)
   of all cases, OCR them in one call;
6. per case: finish them, reconcile, evaluate the checklist, and the request's status (deadline, last contact).

Results are gathered per case in input order, so each case's report is the one ``packet check`` gives
for that case alone (tests/test_batch.py compares them). A case that cannot be read — a bad
``packet.toml``, a checklist that does not load, a document that crashes a stage — becomes one row with its
error; it never stops the others. What stops the batch (exit 2): no such folder, no case folders in it,
Tesseract missing, a cluster that cannot be reached. Its messages, rows included, are in the language of the
command line and environment (``--lang``, ``PACKET_LANG``, a Chinese or English locale): one table speaks one
language. On a locale that names none (``C``, ``POSIX``: a server's default), each row speaks its case's language.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from packet.case.casefile import CASE_FILE, Case
from packet.case.followup import Status, status
from packet.core.display import command_path
from packet.core.errors import NoSuchFolder, PacketError, TesseractMissing, readable_folder
from packet.core.executor import Executor
from packet.core.i18n import asked_lang, env_lang, message_lang, speaking, tr
from packet.core.model import Classified, Document, Extracted, Page, ReadResult, Report
from packet.core.stopping import wrote
from packet.pipeline import (
    CheckOptions,
    CheckRun,
    build_from,
    gone,
    ocr_engine,
    ocr_languages,
    open_case,
    settle,
    still_there,
)
from packet.reading import engines, ingest, ocr, tesseract
from packet.reading.ocr_cache import OcrCache
from packet.rules.checklist import Checklist
from packet.rules.evaluate import evaluate
from packet.understanding import second_look
from packet.understanding import second_reading as reread
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

log = logging.getLogger(__name__)

# the columns of a row, in this order in the table, the CSV and each JSON object
COLUMNS = ("case", "applicant", "complete", "ready", "missing", "missing_count", "letter_needs", "file_problems",
           "file_problem", "next_deadline",
           "deadline_passed", "last_contact", "error", "error_code", "built", "path", "letter_warnings", "name_mismatches",
           "other_person")


@dataclass(frozen=True)
class CaseRow:
    """One case of the queue. ``complete``/``ready`` are None for an error row (the case could not be
    checked; ``error`` says why, in the messages' language, with what to do; ``error_code`` is the stable
    code: ``case-file``, ``checklist``, ``internal``, …). ``missing`` is the report's missing documents in
    one line (``" · "`` between them); ``letter_needs`` the case-file keys the letter still needs, joined by
    ``", "``; ``letter_warnings`` what the letter would be weaker without (the report's ``letter_warnings``:
    ``reply``, ``plan``, ``statement``, ``hardship``), joined the same way (a column added last, after ``path``, so
    a spreadsheet reading the earlier columns by position still reads them). ``file_problems``: how many of the case's files could not be read (the report's ``errors``: damaged,
    locked, unsupported, empty, too large, a link out of the folder), ``file_problem`` their messages, each naming
    the file and what to do (a list in JSON, joined by " · " in the CSV and the table): a trial's damaged statement
    was reported only as "bank statements do not cover…", a folder of a .docx, an .mp3 and an empty PDF as
    "complete", and (r19) a folder with a .docx and a locked PDF named only the .docx. ``name_mismatches``: how many
    of the case's documents carry a ``name-mismatch`` warning (a name that is not the applicant's: another
    client's document in the folder, or a name to check), after ``letter_warnings``. ``other_person``: the included
    files that clearly name someone else than the applicant, as ``file: name`` joined by ``"; "`` (the report's
    ``others``; such a case is not ready and ``--build`` does not build it; the last column). ``next_deadline``: the
    reply date asked of the lender while no answer came, else the next date of the complaint route (:func:`packet.case.followup.status`); ``deadline_passed``: the reply deadline
    passed without an answer. ``last_contact``: the latest entry of the case's log (contact, reply or
    sent). ``built``: the packet written with ``--build``. ``run`` is the full check (not in JSON/CSV)."""

    case: str
    path: Path
    applicant: str | None = None
    complete: bool | None = None
    ready: bool | None = None
    missing: str = ""
    missing_count: int = 0
    letter_needs: str = ""
    file_problems: int = 0
    file_problem: tuple[str, ...] = ()
    letter_warnings: str = ""
    name_mismatches: int = 0
    other_person: str = ""
    next_deadline: date | None = None
    deadline_passed: bool = False
    last_contact: datetime | None = None
    error: str | None = None
    error_code: str | None = None
    built: Path | None = None
    run: CheckRun | None = field(default=None, repr=False, compare=False)

    @property
    def is_error(self) -> bool:
        return self.error is not None

    def to_json(self) -> dict:
        """The row as plain JSON values, keys in :data:`COLUMNS` order (dates ISO 8601, paths as text)."""
        return {
            "case": self.case, "applicant": self.applicant, "complete": self.complete, "ready": self.ready,
            "missing": self.missing, "missing_count": self.missing_count, "letter_needs": self.letter_needs,
            "file_problems": self.file_problems, "file_problem": list(self.file_problem),
            "next_deadline": self.next_deadline.isoformat() if self.next_deadline else None,
            "deadline_passed": self.deadline_passed,
            "last_contact": self.last_contact.isoformat(timespec="minutes") if self.last_contact else None,
            "error": self.error, "error_code": self.error_code,
            "built": str(self.built) if self.built else None, "path": str(self.path),
            "letter_warnings": self.letter_warnings, "name_mismatches": self.name_mismatches,
            "other_person": self.other_person}


@dataclass(frozen=True)
class BatchResult:
    """The queue (:func:`queue_order`) and what it took: ``pages_read`` OCR tasks run (first and second
    readings), ``pages_cached`` pages taken from the cache or a text layer."""

    rows: tuple[CaseRow, ...]
    pages_read: int = 0
    pages_cached: int = 0

    @property
    def all_complete(self) -> bool:
        return all(r.complete and not r.is_error for r in self.rows)


@dataclass
class _Case:
    """One case on its way through the stages; ``error`` set ends its way (an error row)."""

    root: Path
    case: Case | None = None
    checklist: Checklist | None = None
    reading: ingest.Reading | None = None
    documents: tuple[Document, ...] = ()
    read_errors: tuple = ()
    extracted: list[Extracted] = field(default_factory=list)
    rereading: reread.Rereading | None = None
    look: second_look.Look | None = None
    engine: str = "tesseract"  # the case's OCR engine (packet.pipeline.ocr_engine)
    run: CheckRun | None = None
    error: PacketError | None = None


# --- finding the cases --------------------------------------------------------------------------------------

def case_folders(cases_dir: Path) -> list[Path]:
    """The case folders directly under ``cases_dir``, sorted by name: every folder not hidden. One that holds
    nothing yet (no file not hidden, at any depth) is a client whose documents have not come: listed, incomplete,
    "no documents yet" (a trial's empty client folder was dropped without a word and the batch exited 0). When
    ``cases_dir`` is itself a case folder (its own ``packet.toml``), its empty subfolders are not clients.
    Raises :class:`NoSuchFolder` when ``cases_dir`` is not a folder or holds no case folder (with a hint when it
    is itself a case folder)."""
    root = Path(cases_dir)
    lang = env_lang()
    if not root.is_dir():
        raise NoSuchFolder(tr(lang, "No such folder: {p}", "找不到文件夹：{p}", p=root),
                           tr(lang, "Give the folder that holds one folder per case, e.g. packet batch ./cases",
                              "请给出每个案例各占一个子文件夹的总文件夹，例如 packet batch ./案例"))
    readable_folder(root, lang)
    own_case = (root / CASE_FILE).is_file()
    found = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
                    and (not own_case or _holds_case(p))), key=lambda p: p.name)
    if not found:
        if (root / CASE_FILE).is_file():
            hint = tr(lang, "{p} is one case folder: check it with  packet check {p}, or give the folder above it.",
                      "{p} 是一个案例文件夹：请用  packet check {p}  检查，或给出它的上一级文件夹。", p=command_path(root))
        else:
            hint = tr(lang, "Put each case in its own folder under {p} (its documents and packet.toml), then run this "
                            "again.", "请把每个案例放在 {p} 下的单独文件夹中（材料和 packet.toml），然后再运行。", p=root)
        raise NoSuchFolder(tr(lang, "No case folders in {p}.", "{p} 中没有案例文件夹。", p=root), hint)
    return found


def _holds_case(folder: Path) -> bool:
    if (folder / CASE_FILE).is_file():
        return True
    try:
        for _dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            if any(not n.startswith(".") for n in filenames):
                return True
    except OSError:  # pragma: no cover - os.walk reports through onerror; a folder we cannot list is skipped
        return False
    return False


# --- the workers --------------------------------------------------------------------------------------------

def understand_one(item: tuple[Document, str | None, str]) -> Extracted:
    """Worker: classify and extract one document, ``(document, its [files] type or None, case language)``.

    Pure (module-level, picklable in and out), so any executor may run it; the same as ``check`` does per
    document (:func:`packet.understanding.classify.classify_one` then
    :func:`packet.understanding.extract.extract`)."""
    document, override, language = item
    if override is not None:
        classified = Classified(document, override, score=0.0, overridden=True)
    else:
        classified = classify_one(document)
    return extract(classified, language)


# --- the batch ----------------------------------------------------------------------------------------------

def check_many(case_dirs: Sequence[Path], options: CheckOptions, executor: Executor | None = None,
               on_stage: Callable[[str, int], None] | None = None
               ) -> tuple[list[tuple[Case | None, CheckRun | PacketError]], int, int]:
    """Check every case of ``case_dirs`` with the stages of the module docstring, the work of all cases
    together on ``executor`` (default: from ``options.jobs``). Returns, in input order, each case (None when
    its case file could not be read) with its :class:`CheckRun` or the :class:`PacketError` that made it an
    error row; and the counts of pages read by
    OCR and pages taken without OCR. ``on_stage(name, n)`` is told each stage as it starts ("read",
    "understand", "reread", "look") with its number of tasks. Raises :class:`TesseractMissing` when pages need OCR
    and the engine or a language is missing (here, or on a remote executor's workers)."""
    executor = executor or options.executor()
    cache = None
    if options.use_cache:
        cache = OcrCache(options.cache_dir) if options.cache_dir else OcrCache.default()
    cases = [_Case(Path(d)) for d in case_dirs]
    sha_of: dict[Path, str] = {}

    # 1. open and plan
    for c in cases:
        _guard(c, _open_and_plan, options, cache)
        if c.reading is not None:
            for plan in c.reading.plans:
                source = getattr(plan, "source", None)
                if source is not None:
                    sha_of[source.path] = source.sha256
    tasks = [t for c in _live(cases) for t in c.reading.tasks]
    cached = sum(len(getattr(p, "slots", ())) for c in _live(cases) for p in c.reading.plans) - len(tasks)
    # 2. OCR, all cases at once
    done = _ocr_round(tasks, "read", executor, cache, sha_of, on_stage)
    # 3. put together, then understand every document of every case at once
    for c in _live(cases):
        _guard(c, _finish_reading, done)
    items = [(c, (d, c.case.files.get(d.rel), c.case.language)) for c in _live(cases) for d in c.documents]
    if items and on_stage:
        on_stage("understand", len(items))
    results = executor.map_ordered(understand_one, [it for _c, it in items], python_heavy=len(items) > 8)
    for (c, (doc, _t, _l)), (_item, result) in zip(items, results, strict=True):
        if c.error is not None:
            continue
        if isinstance(result, Exception):
            c.error = _crashed(c, doc.rel, result)
        else:
            c.extracted.append(result)
    # 4. second readings, all cases at once
    for c in _live(cases):
        _guard(c, _plan_second, cache)
    tasks2 = [t for c in _live(cases) for t in c.rereading.tasks]
    cached += sum(len(s) for c in _live(cases) for s in c.rereading.slots.values()) - len(tasks2)
    done2 = _ocr_round(tasks2, "reread", executor, cache, sha_of, on_stage)
    # 5. a second look by PP-OCR at the English pictures Tesseract read poorly, all cases at once
    for c in _live(cases):
        _guard(c, _plan_look, done2, options, cache)
    tasks3 = [t for c in _live(cases) for t in c.look.tasks]
    cached += sum(c.look.pages for c in _live(cases)) - len(tasks3)
    done3 = _ocr_round(tasks3, "look", executor, cache, sha_of, on_stage)
    # 6. per case: reconcile, evaluate
    for c in _live(cases):
        _guard(c, _evaluate, done3, options.as_of)
    if cache is not None:
        cache.prune_if_due()
    return ([(c.case, c.run if c.error is None else c.error) for c in cases], len(tasks) + len(tasks2) + len(tasks3),
            cached)


def _live(cases: list[_Case]) -> list[_Case]:
    return [c for c in cases if c.error is None]


def _guard(c: _Case, step: Callable, *args) -> None:
    """Run one stage of one case; any failure makes the case an error row and never reaches the others."""
    try:
        step(c, *args)
    except PacketError as exc:
        c.error = exc
    except Exception as exc:  # noqa: BLE001 - one case never stops the batch
        log.debug("case %s failed", c.root, exc_info=True)
        c.error = _crashed(c, None, exc)


def _crashed(c: _Case, rel: str | None, exc: Exception) -> PacketError:
    if isinstance(exc, PacketError):
        return exc
    lang = message_lang(c.case.language if c.case else None)
    where = f"{rel}: " if rel else ""
    return PacketError(tr(lang, "Could not be checked: {w}{e}", "无法检查：{w}{e}", w=where,
                          e=f"{type(exc).__name__}: {exc}"),
                       tr(lang, "Run  packet check {d} -v  on this case alone and report the output to the developers.",
                          "请单独对此案例运行  packet check {d} -v，并把输出反馈给开发者。", d=command_path(c.root)),
                       code="internal")


def _open_and_plan(c: _Case, options: CheckOptions, cache: OcrCache | None) -> None:
    seen: dict = {}  # pages read to tell the documents' language (pipeline.open_case): not read again
    if not c.root.is_dir():  # listed when the batch began, gone now: the caseload's USB stick taken out
        raise gone(c.root, env_lang())
    c.case, c.checklist = open_case(c.root, options.checklist, cache=cache, ocr_engine=options.ocr_engine, seen=seen)
    c.engine = ocr_engine(c.case, options)
    c.reading = ingest.plan_reading(c.case, languages=ocr_languages(c.case), cache=cache, engine=c.engine,
                                    known=seen)


def _finish_reading(c: _Case, done: dict[int, Page | Exception]) -> None:
    read = ingest.finish_reading(c.reading, done)
    c.documents, c.read_errors = read.documents, read.errors


def _plan_second(c: _Case, cache: OcrCache | None) -> None:
    c.rereading = reread.plan_second_reading(c.extracted, c.case, languages=ocr_languages(c.case), cache=cache,
                                             engine=c.engine)


def _plan_look(c: _Case, done: dict[int, Page | Exception], options: CheckOptions, cache: OcrCache | None) -> None:
    extracted = reread.finish_second_reading(c.rereading, done)
    look = engines.second_look(options.ocr_engine or c.case.request.ocr_engine, c.engine, c.case.language)
    c.look = second_look.plan_second_look(extracted, c.case, languages=ocr_languages(c.case), look=look, cache=cache)


def _evaluate(c: _Case, done: dict[int, Page | Exception], as_of: date) -> None:
    still_there(c.case)  # a client's folder on a USB stick taken out mid-run: its row says so, not "damaged"
    extracted = settle(second_look.finish_second_look(c.look, done), c.case)
    report = evaluate(extracted, c.read_errors, c.case, c.checklist, as_of, lang=message_lang(c.case.language))
    read = ReadResult(documents=c.documents, errors=c.read_errors)
    c.run = CheckRun(case=c.case, checklist=c.checklist, read=read, report=report)


def _ocr_round(tasks: list, stage: str, executor: Executor, cache, sha_of: dict,
               on_stage: Callable[[str, int], None] | None) -> dict[int, Page | Exception]:
    """One OCR round of the caseload (the first reading, or the second): the engines checked on every worker,
    ``on_stage(stage, len(tasks))`` told, the pages read where the executor runs them, each shipped with its file
    (``sha_of``: path → sha256). ``{id(task): Page or exception}``; empty when there is nothing to read."""
    if not tasks:
        return {}
    _require({(t.engine, t.languages) for t in tasks}, executor)
    if on_stage:
        on_stage(stage, len(tasks))
    return ocr.read_pages_shipped(tasks, _capped(tasks, executor), cache, lambda t: sha_of[t.path])


def _capped(tasks: list, executor: Executor) -> Executor:
    """``executor`` for a round of ``tasks``: capped by the memory available when they hold PP-OCR pages
    (:func:`packet.reading.engines.capped`), as ``check`` caps its run and its second look."""
    return engines.capped(executor, engines.RAPIDOCR) if any(t.engine == engines.RAPIDOCR for t in tasks) \
        else executor


def _require(needs: set[tuple[str, str]], executor: Executor) -> None:
    """Each (engine, languages) of ``needs`` here (the engine's version names the cache key) and, on a remote
    executor, the same Tesseract version on every worker (a page read by another version must not be cached
    under this one's key)."""
    for engine, langs in sorted(needs):
        engines.engine(engine).require(langs)
    if not getattr(executor, "remote", False) or not any(e == engines.TESSERACT for e, _ in needs):
        return
    here = tesseract.probe().version
    theirs = executor.run_on_workers(_worker_engine)  # type: ignore[attr-defined]
    wrong = {w: v for w, v in theirs.items() if v != (here, True)}
    if wrong:
        lang = env_lang()
        raise TesseractMissing(
            tr(lang, "The cluster's workers do not have Tesseract {v} with the languages needed: {w}",
               "集群的工作节点没有安装所需语言的 Tesseract {v}：{w}", v=here,
               w=", ".join(f"{w} ({v[0]})" for w, v in sorted(wrong.items()))),
            tr(lang, "Install the same Tesseract version and language data on every worker, or run without --scheduler.",
               "请在每个工作节点上安装相同版本的 Tesseract 和语言数据，或不加 --scheduler 运行。"))


def _worker_engine() -> tuple[str, bool]:
    """Run on each worker: its Tesseract version, and whether it has Chinese and English."""
    try:
        info = tesseract.probe()
    except PacketError:
        return ("missing", False)
    return (info.version, {"chi_sim", "eng"} <= set(info.languages))


# --- the queue ----------------------------------------------------------------------------------------------

def batch(cases_dir: Path, options: CheckOptions, executor: Executor | None = None, *, build: bool = False,
          on_stage: Callable[[str, int], None] | None = None, **build_options) -> BatchResult:
    """`packet batch`: every case folder under ``cases_dir`` (:func:`case_folders`) checked together
    (:func:`check_many`), as rows in queue order (:func:`queue_order`). ``build``: also write the packet
    of every ready case next to its folder (``build_options`` as for :func:`packet.pipeline.build`; page
    images are always made on this machine); a build that fails makes its row an error row."""
    # one table, one language: the command line's or the locale's (module docstring); on a C locale, which names
    # none, each case's row speaks its case's language, as `packet check` does
    with speaking(asked_lang()):
        folders = case_folders(cases_dir)
        outcomes, read, cached = check_many(folders, options, executor, on_stage=on_stage)
        rows = []
        try:
            for folder, (case, outcome) in zip(folders, outcomes, strict=True):
                row = _row(folder, case, outcome, options.as_of)
                if build and row.ready and isinstance(outcome, CheckRun):
                    row = _build(row, outcome, options, build_options)
                    if row.built:
                        wrote(row.built)  # a stop from the watchdog names it too (packet.core.stopping)
                rows.append(row)
        except KeyboardInterrupt:
            written = [r.built for r in rows if r.built]
            if not written:
                raise
            raise BatchStopped(written) from None
    return BatchResult(rows=tuple(queue_order(rows)), pages_read=read, pages_cached=cached)


class BatchStopped(PacketError):
    """Ctrl-C while ``batch --build`` was writing packets, after some were written: ``written`` names them (a trial,
    r25: the stop said "Nothing was written" beside four new PDFs). Exit 130, code ``interrupted``, as any stop."""

    code = "interrupted"
    exit_code = 130

    def __init__(self, written: Sequence[Path]) -> None:
        lang = asked_lang()
        names = ", ".join(Path(p).name for p in written)
        super().__init__(tr(lang, "Stopped. {n} packet(s) were written before the stop: {names}; the other ready cases "
                                  "were not built.", "已停止。停止前已生成 {n} 份申请材料：{names}；其余可以生成的案例没有生成。",
                            n=len(written), names=names),
                         tr(lang, "Run the same command again when you are ready: it builds every ready case, the ones "
                                  "already written again the same.",
                            "准备好后，再运行同一条命令即可：它会生成每个可以生成的案例，已生成的会按相同内容重新生成。"))
        self.written = [str(p) for p in written]


def _build(row: CaseRow, run: CheckRun, options: CheckOptions, build_options: dict) -> CaseRow:
    from dataclasses import replace

    try:
        result = build_from(run, options, **build_options)
    except PacketError as exc:
        hint = _batch_output_hint(exc, row.path.parent) if exc.code == "output" else exc.hint
        return replace(row, error=exc.message + (f"\n{hint}" if hint else ""), error_code=exc.code)
    return replace(row, built=result.files[0])


def _batch_output_hint(exc: PacketError, where: Path) -> str | None:
    """What to do when ``batch --build`` cannot write a packet beside the case folders in ``where``: the build's own
    hint names ``-o``, which ``batch`` does not take (a trial, r25: a caseload on a read-only mount, then on a full
    disk). None leaves the build's hint (an error that is not about the disk or the folder)."""
    import errno

    err = getattr(getattr(exc, "os_error", None), "errno", None)
    lang = asked_lang()
    if err in (errno.ENOSPC, errno.EDQUOT):
        return tr(lang, "Free some space on that disk, then run the batch again. Nothing was written for this case.",
                  "请在该磁盘上腾出空间，然后再运行一次 batch。此案例没有写入任何文件。")
    if err in (errno.EROFS, errno.EACCES, errno.EPERM):
        return tr(lang, "The packets are written beside the case folders, in {d}: make that folder writable, or copy "
                        "the caseload to a folder you can write to, then run the batch again (without --build it "
                        "only checks). Nothing was written for this case.",
                  "申请材料写在案例文件夹旁边（{d}）：请让该文件夹可写，或把全部案例复制到可以写入的文件夹，然后再运行一次 "
                  "batch（不加 --build 则只检查）。此案例没有写入任何文件。", d=where)
    return exc.hint


def _row(folder: Path, case: Case | None, outcome: CheckRun | PacketError, today: date) -> CaseRow:
    if isinstance(outcome, PacketError):
        return CaseRow(case=folder.name, path=folder, applicant=case.applicant.name if case else None,
                       error=outcome.message + (f"\n{outcome.hint}" if outcome.hint else ""), error_code=outcome.code)
    report: Report = outcome.report
    case = outcome.case
    st = status(case, today, report.language)
    deadline, passed = next_deadline(st, today)
    entries = [e.at for e in (*case.contacts, *case.replies, *case.sent)]
    missing = [m.message for m in report.missing]
    if not _holds_case(folder):  # an empty client folder: say that first, then what the checklist asks
        missing.insert(0, tr(message_lang(case.language), "No documents yet", "还没有任何材料"))
    return CaseRow(case=folder.name, path=folder, applicant=case.applicant.name, complete=report.complete,
                   ready=report.ready, missing=" · ".join(missing),
                   missing_count=len(report.missing), letter_needs=", ".join(report.letter_needs),
                   letter_warnings=", ".join(report.letter_warnings),
                   file_problems=len(report.errors), file_problem=tuple(e.message for e in report.errors),
                   name_mismatches=sum(any(p.code == "name-mismatch" for p in d.problems) for d in report.documents),
                   other_person="; ".join(f"{rel}: {name}" for rel, name in report.others),
                   next_deadline=deadline, deadline_passed=passed, last_contact=max(entries) if entries else None,
                   run=outcome)


def next_deadline(st: Status, today: date) -> tuple[date | None, bool]:
    """The date that matters next for a request and whether it has passed: the reply date asked of the
    lender while no answer came (passed: :attr:`Status.overdue`); else the next date of the complaint route
    on or after ``today`` (a step that opens, or the end of one that is open); else None."""
    if st.overdue:
        return st.deadline, True
    if st.request is not None and st.deadline and st.deadline >= today:
        sent_on = st.request.at.date()
        answered = any(r.kind != "acknowledged" and r.at.date() >= sent_on for r in st.replies)
        if not answered:
            return st.deadline, False
    upcoming = [d for s in st.steps for d in (s.opens, s.until) if d is not None and d >= today]
    return (min(upcoming) if upcoming else None), False


def queue_order(rows: Sequence[CaseRow]) -> list[CaseRow]:
    """What needs action first: error rows, then passed deadlines (oldest first), then incomplete cases
    (most missing first), then complete but not ready or with files that could not be read, then ready; by case
    name within each."""

    def key(r: CaseRow):
        if r.is_error:
            return (0, 0, "", r.case)
        if r.deadline_passed:
            return (1, 0, r.next_deadline.isoformat() if r.next_deadline else "", r.case)
        if not r.complete:
            return (2, -r.missing_count, "", r.case)
        if not r.ready or r.file_problems:
            return (3, 0, "", r.case)
        return (4, 0, "", r.case)

    return sorted(rows, key=key)
