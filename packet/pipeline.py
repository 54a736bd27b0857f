"""The whole run, stage by stage: ingest -> OCR -> classify -> extract -> evaluate -> assemble.

This module reads like a table of contents; each stage lives in its own module and takes and
returns plain typed values (:mod:`packet.core.model`). The CLI only parses options and calls these.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from packet.case import casefile
from packet.case.casefile import Case
from packet.core.display import command_path
from packet.core.errors import IncompleteCase, InputChanged, NoSuchFolder, PacketError, readable_folder
from packet.core.executor import Executor, executor_for
from packet.core.i18n import env_lang, explicit_lang, message_lang, tr
from packet.core.model import Page, ReadResult, Report
from packet.rules import checklist
from packet.rules.checklist import Checklist
from packet.rules.registry import doc_types, field_kinds

if TYPE_CHECKING:
    from packet.reading.ocr_cache import OcrCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckOptions:
    as_of: date
    checklist: str | None = None  # a built-in name or a path; overrides [request] checklist
    jobs: int = os.cpu_count() or 1  # tasks at once in every parallel step; 1: no thread or process pool
    use_cache: bool = True
    cache_dir: Path | None = None  # default: the platform cache dir (see packet.reading.ocr_cache)
    progress: bool = False
    ocr_engine: str | None = None  # "auto" | "tesseract" | "rapidocr"; None: the case's [request] ocr_engine
    # called as on_page(done, total) each time a page has been read by OCR (from the run's own thread); for
    # a front end's progress display (the web page). Pages with a text layer take no time and are not counted.
    on_page: Callable[[int, int], None] | None = None
    # whose controls the report's advice names: "cli" (the folder, packet.toml) or "page" (packet serve's own:
    # "Add documents", the "correct" links); see packet.rules.evaluate.evaluate
    surface: str = "cli"

    def executor(self) -> Executor:
        """The executor of every parallel step of the run (OCR, second reading, page images), from ``jobs``."""
        return executor_for(max(1, self.jobs))


@dataclass(frozen=True)
class CheckRun:
    case: Case
    checklist: Checklist
    read: ReadResult
    report: Report


def ocr_languages(case: Case) -> str:
    """Tesseract languages for the case: Chinese cases read Chinese and English, English cases English."""
    return _languages(case.language)


def _languages(language: str) -> str:
    return "chi_sim+eng" if language == "zh" else "eng"


def ocr_engine(case: Case, options: CheckOptions) -> str:
    """The OCR engine of the run: ``--ocr-engine``, else the case's ``[request] ocr_engine``, else ``auto``, as
    :func:`packet.reading.engines.choose` resolves it for the case's language ("tesseract" | "rapidocr")."""
    from packet.reading import engines

    return engines.choose(options.ocr_engine or case.request.ocr_engine, case.language)


def refuse_folder_of_cases(root: Path) -> None:
    """Refuse (PacketError, code ``usage``: exit 2) a folder with no packet.toml of its own whose subfolders (not
    hidden) hold one each: it holds several people's cases, not one (a trial's ``packet check clients`` read every
    client's documents as one case, and ``build --force`` wrote one PDF of them all). ``packet batch`` refuses the
    reverse mistake (:func:`packet.batch.case_folders`)."""
    if (root / casefile.CASE_FILE).exists():
        return
    try:
        cases = sorted(p.name for p in root.iterdir()
                       if not p.name.startswith(".") and p.is_dir() and (p / casefile.CASE_FILE).is_file())
    except OSError:  # a folder that cannot be listed: the reading says so, file by file
        return
    if not cases:
        return
    lang = env_lang()
    shown = command_path(root)
    raise PacketError(
        tr(lang, "{p} holds {n} case folders ({c}), each with its own packet.toml, and has none of its own: it is "
                 "not one case.", "{p} 中有 {n} 个案件文件夹（{c}），各有自己的 packet.toml，它本身没有：它不是一个案件。",
           p=shown, n=len(cases), c=", ".join(cases[:3]) + (" …" if len(cases) > 3 else ""))
        if len(cases) > 1 else
        tr(lang, "{p} has no packet.toml, but its folder {c} has one: that folder is the case.",
           "{p} 没有 packet.toml，但其中的文件夹 {c} 有：那个文件夹才是案件。", p=shown, c=cases[0]),
        tr(lang, "Run  packet batch {p}  for all of them, or  packet check {one}  for one.",
           "对全部案件运行  packet batch {p}，或对其中一个运行  packet check {one}。", p=shown,
           one=command_path(root / cases[0])), code="usage")


def refuse_home_folder(root: Path) -> None:
    """Refuse (PacketError, code ``usage``: exit 2) the user's home folder, a folder above it or the top of the disk
    as a case when it has no packet.toml of its own: every photo, download and document under it would be read (a
    trial, r27: a first-time terminal user told "packet check DIR" ran ``packet check .`` where his terminal
    opened, his home folder, and his family photos went through OCR into the cache). A packet.toml there is a
    choice made, and is left to stand."""
    if (root / casefile.CASE_FILE).exists():
        return
    try:
        here, home = root.resolve(), Path.home().resolve()
    except (OSError, RuntimeError):  # no home folder known: nothing to compare with
        return
    if here != home and here not in home.parents and here != Path(here.anchor):
        return
    lang = env_lang()
    example = command_path(home / tr(lang, "my-docs", "我的材料"))
    raise PacketError(
        tr(lang, "{p} is your home folder (or a folder above it), not a folder of one case's documents: packet would "
                 "read every file in it, your photos and downloads too.",
           "{p} 是您的个人主文件夹（或更上层的文件夹），不是一个案件的材料文件夹：packet 会读取其中的每一个文件，包括您的照片和下载的文件。",
           p=command_path(root)),
        tr(lang, "Make a folder for this case and put its documents in it:  packet init {e}  then  packet check {e}",
           "请为这个案件新建一个文件夹，把材料放进去：packet init {e}，然后 packet check {e}", e=example),
        code="usage")


def open_case(case_dir: Path, checklist_override: str | None = None, *, cache: OcrCache | None = None,
              ocr_engine: str | None = None, seen: dict[tuple[str, int], Page] | None = None,
              pictures: bool = True) -> tuple[Case, Checklist]:
    """Validate the folder and its case file, and load the checklist the case asks for.

    Without ``packet.toml``, ``--checklist`` and ``--lang``/``PACKET_LANG``, the documents' language sets the case's
    language (and so its checklist and messages): the files' names and text layers
    (:func:`packet.reading.ingest.documents_language`), else the first pictures of pages read as a Chinese case
    would read them (:func:`packet.reading.ingest.pictures_language`, with ``ocr_engine`` as ``--ocr-engine`` and
    ``cache``); the pages it read are put in ``seen`` (by (file sha256, page index)) for the run's reading to
    take as they are (``pictures=False``: no page is read, for a caller that reads none). The locale decides only
    when the documents do not."""
    root = Path(case_dir)
    if not root.exists():
        raise NoSuchFolder(tr(env_lang(), "No such folder: {p}", "找不到文件夹：{p}", p=root),
                          tr(env_lang(), "Check the folder's name and where it is, then give the folder that holds your "
                                         "documents again (the same command, with the right folder).",
                             "请检查文件夹的名字和位置，然后用正确的文件夹再运行一次同一个命令。"))
    if not root.is_dir():
        raise NoSuchFolder(tr(env_lang(), "{p} is a file, not a folder.", "{p} 是文件，不是文件夹。", p=root),
                          tr(env_lang(), "Put your documents in one folder and give that folder.",
                             "请把所有材料放进一个文件夹，然后给出这个文件夹。"))
    readable_folder(root, env_lang())
    refuse_folder_of_cases(root)
    refuse_home_folder(root)
    case = casefile.load_case(root.resolve(), known_checklists=checklist.builtin_names(), known_types=doc_types(),
                              known_fields=field_kinds())
    if not case.has_case_file and not checklist_override and not explicit_lang():
        # no packet.toml and no language asked for: the documents' own language picks the checklist, not the locale
        from packet.reading import engines
        from packet.reading.ingest import documents_language, pictures_language

        lang = documents_language(case)  # names and text layers: free
        if lang is None and pictures:  # photos or scans only: the first page read as a Chinese case reads it tells
            engine = engines.choose(ocr_engine or case.request.ocr_engine, "zh")
            lang, pages = pictures_language(case, languages=_languages("zh"), engine=engine, cache=cache)
            if seen is not None:
                seen.update(pages)
        if lang and lang != case.language:
            case = replace(case, request=replace(case.request, language=lang,
                                                 checklist=casefile.default_checklist(lang, case.request.kind)))
    name = checklist_override or case.request.checklist
    if name.endswith(".toml") and not checklist_override and not Path(name).is_absolute():
        name = str(case.root / name)
    cl = checklist.load_checklist(name)
    if checklist_override:
        case = replace(case, request=replace(case.request, checklist=cl.name))
    return case, cl


def check(case_dir: Path, options: CheckOptions) -> CheckRun:
    """`packet check`: read every file, understand each document, evaluate the checklist."""
    from packet.reading import engines, ingest
    from packet.reading.ocr_cache import OcrCache
    from packet.rules import evaluate
    from packet.understanding import classify, extract, second_look
    from packet.understanding import second_reading as reread

    cache = None
    if options.use_cache:
        cache = OcrCache(options.cache_dir) if options.cache_dir else OcrCache.default()
    seen: dict[tuple[str, int], Page] = {}  # pages read to tell the documents' language: not read again
    case, cl = open_case(case_dir, options.checklist, cache=cache, ocr_engine=options.ocr_engine, seen=seen)
    engine = ocr_engine(case, options)
    # OCR runs on its own executor: PP-OCR caps how many pages are read at once by the memory it needs
    executor = executor_for(engines.jobs_for(engine, max(1, options.jobs)))
    read = ingest.read_case(case, languages=ocr_languages(case), cache=cache, progress=options.progress,
                            executor=executor, engine=engine, on_page=options.on_page, known=seen)
    classified = classify.classify(read.documents, case)
    extracted = [extract.extract(item, case.language) for item in classified]
    extracted = reread.improve(extracted, case, languages=ocr_languages(case), cache=cache, executor=executor,
                               engine=engine)
    # English pictures Tesseract read poorly, read once more by PP-OCR where engine was left to auto
    look = engines.second_look(options.ocr_engine or case.request.ocr_engine, engine, case.language)
    extracted = second_look.look_again(extracted, case, languages=ocr_languages(case), look=look, cache=cache,
                                       executor=executor)
    still_there(case)
    extracted = settle(extracted, case)
    report = evaluate.evaluate(extracted, read.errors, case, cl, options.as_of, lang=message_lang(case.language),
                               surface=options.surface)
    if cache is not None:
        cache.prune_if_due()
    return CheckRun(case=case, checklist=cl, read=read, report=report)


def still_there(case: Case) -> None:
    """Raise NoSuchFolder (exit 2) when the case folder went away while it was being read (a USB stick or a
    network drive taken out, the folder moved): every file of it would otherwise be reported as damaged and the
    case as incomplete, which is not true of the papers and sends the person to replace them."""
    if case.root.is_dir():
        return
    raise gone(case.root, message_lang(case.language))


def gone(root: Path, lang: str) -> NoSuchFolder:
    """The error of a case folder that was there when the run began and is not now (see :func:`still_there`)."""
    return NoSuchFolder(tr(lang, "The folder {p} went away while packet was reading it (a USB stick or network drive "
                                 "taken out, or the folder moved). Nothing was written.",
                           "读取过程中文件夹 {p} 不见了（U 盘或网络盘被拔出，或者文件夹被移走）。没有写入任何文件。",
                           p=command_path(root)),
                        tr(lang, "Put it back where it was and run the same command again.",
                           "请把它放回原处，再运行一次同一个命令。"))


def settle(extracted: list, case: Case) -> list:
    """After every reading of a case's documents: the pictures that are parts of one paper joined into one document
    (:mod:`packet.understanding.joining`), organisation names made consistent across documents, person
    fields no label gave found by the names the case knows (:mod:`packet.understanding.case_names`), values that agree across documents made surer, amounts outside their plausible range doubted, then the user's
    ``[fields]`` corrections (they win).
    ``extracted`` is a list of :class:`packet.core.model.Extracted`; raises CaseFileError for a correction
    that names a field the document does not have."""
    from packet.understanding import case_names, consistency, corrections, joining

    extracted = joining.join(extracted, case)  # one paper photographed in parts: one document
    extracted = consistency.reconcile(extracted)
    extracted = case_names.fill(extracted, case.applicant.name)
    extracted = consistency.agree(extracted, case.applicant.name)
    extracted = consistency.doubt_implausible(extracted)
    return corrections.apply(extracted, case, message_lang(case.language))


def page_image(run: CheckRun, rel: str, page: int, max_side: int = 1400) -> bytes:
    """The page ``page`` (1-based) of the document ``rel`` as the check read it (upright, a photo's sheet cut
    out: the frame of the report's evidence boxes, fractions of this image, top-left origin), as PNG bytes
    whose longer side is at most ``max_side`` pixels.

    Raises KeyError when the run has no such document or page. The file is only read."""
    from packet.core import page_images as pages

    # the report's document first: a paper photographed in parts is one document there, its pages in both files
    doc = next((d.document for d in run.report.documents if d.document.rel == rel), None) \
        or next((d for d in run.read.documents if d.rel == rel), None)
    if doc is None or not 1 <= page <= len(doc.pages):
        raise KeyError(f"{rel}#{page}")
    pg = doc.pages[page - 1]
    src, number = doc.locate(pg)
    if src.kind == "pdf":
        dpi = max(12.0, min(200.0, max_side / max(pg.width, pg.height, 1.0) * 72.0))
        with pages.PDFIUM_LOCK:
            img = pages.render_pdf_page(src.path, number - 1, dpi, password=run.case.password_for(src.rel))
    else:
        img = pages.open_image(src.path, number - 1, draft=max_side)
    # the sheet of a photo taken at an angle is flattened by its corners, as the packet shows it (without them the
    # page showed the desk round the sheet and every evidence box off its value: a new user's trial)
    img = pages.upright(img, pg.rotation, pg.skew, pg.crop, pg.corners)
    img.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PNG", optimize=False)
    return buf.getvalue()


def default_output(case: Case) -> Path:
    """Next to the case folder, never inside it: ``./my-docs`` -> ``<cwd>/my-docs-packet.pdf``; ``.`` inside
    ``my-docs`` gives the same file (:meth:`Case.beside`)."""
    return case.beside("-packet.pdf")


def not_ready(run: CheckRun, surface: str = "cli") -> IncompleteCase:
    """The refusal of ``build`` (exit 1, code ``not-ready``): what is missing from the folder and what the
    letter still needs from packet.toml, each said exactly. ``surface`` "cli" (the hint names the commands
    and ``--force``) or "page" (``packet serve``: it names the page's own controls instead)."""
    from packet.rules.readiness import FORM_TITLE, describe_need
    from packet.rules.wording import someone_else_message

    lang = run.report.language
    if run.report.complete and not run.report.letter_needs and run.report.others:
        # only another person's papers stop it: say which, whose, and the ways on (the trial's packet went out)
        return IncompleteCase(
            tr(lang, "Not built.", "未生成。"),
            someone_else_message(lang, run.report.others, run.case.applicant.name or "", surface), report=run.report)
    parts = []
    if run.report.missing:
        parts.append(tr(lang, "Documents still missing:", "还缺材料："))
        parts += [f"  - {m.message}" for m in run.report.missing]
    if run.report.letter_needs:
        page = surface == "page"
        parts.append(tr(lang, "The cover letter still needs:", "申请书还需要：") if page else
                     tr(lang, "The cover letter still needs, in packet.toml:", "申请书还需要在 packet.toml 中填写："))
        parts += [f"  - {describe_need(k, lang, run.case, surface)}" for k in run.report.letter_needs]
    page = surface == "page"
    if not run.case.has_case_file and page:
        hint = tr(lang, "This folder has no packet.toml, which the letter needs. Make the case with “New case” on the "
                        "list of cases, then add these documents to it.",
                  "此文件夹没有申请书所需的 packet.toml。请在案件列表中点击“新建案件”，再把这些材料添加进去。")
    elif not run.case.has_case_file:
        hint = tr(lang, "Run  packet init {d}  to write packet.toml (it asks for what the letter needs), then build again.",
                  "运行  packet init {d}  生成 packet.toml（会逐项询问申请书需要的信息），然后再生成。",
                  d=command_path(run.case.root))
    elif run.report.letter_needs and page:
        hint = tr(lang, "Fill them in under “{form}” on this page and build again; or tick “Build it now anyway” "
                        "and the letter leaves them out.",
                  "请在本页“{form}”中填写后再生成；或勾选“仍然现在生成”，申请书中将不出现这些内容。",
                  form=tr(lang, *FORM_TITLE))
    elif run.report.letter_needs:
        hint = tr(lang, "Fill those in packet.toml and run this again. --force builds without them, and the letter "
                        "then leaves them out.",
                  "请在 packet.toml 中填写后再运行一次。--force 会在缺少这些信息的情况下生成，申请书中将不出现这些内容。")
    elif page:
        hint = tr(lang, "Add what is missing with “Add documents” and build again; or tick “Build it now anyway” "
                        "to build it now and send the rest later (the cover letter will list what is still to follow).",
                  "请在“添加材料”中补上缺少的材料后再生成；或勾选“仍然现在生成”先生成，其余材料稍后补交（申请书会列出待补材料）。")
    else:
        hint = tr(lang, "Add what is missing to the folder and run this again, or use --force to build it now "
                        "and send the rest later (the cover letter will list what is still to follow).",
                  "请把缺少的材料放进文件夹后再运行一次；或者加上 --force 先生成，其余材料稍后补交（申请书会列出待补材料）。")
    if run.report.others:  # besides what is missing: the other person's documents, said the same way
        hint += "\n" + someone_else_message(lang, run.report.others, run.case.applicant.name or "", surface)
    return IncompleteCase(tr(lang, "Not built: {what}", "未生成：{what}",
                             what="\n".join(parts) if parts else "") if parts else tr(lang, "Not built.", "未生成。"),
                          hint, report=run.report)


def build(case_dir: Path, options: CheckOptions, output: Path | None = None, surface: str = "cli", **build_options):
    """`packet build`: check, refuse an incomplete case unless forced, then write the submission file.
    ``surface``: whose controls a refusal's hint names ("cli" or "page", see :func:`not_ready`)."""
    run = check(case_dir, options)
    return run, build_from(run, options, output, surface=surface, **build_options)


def build_from(run: CheckRun, options: CheckOptions, output: Path | None = None, executor: Executor | None = None,
               surface: str = "cli", **build_options):
    """Write the submission file of a case already checked (``run``, as :func:`check` returns it); refuses
    (:class:`IncompleteCase`) unless the case is ready or ``force`` is given. Page images are made on
    ``executor`` (default: from ``options.jobs``); ``surface`` "cli" or "page": whose controls the refusal's hint
    names (:func:`not_ready`). Returns the assembler's result (files, pages, size)."""
    from packet.assembly.assemble import BuildOptions, build_packet

    force = bool(build_options.get("force"))
    if not run.report.ready and not force:
        raise not_ready(run, surface)
    target = Path(output) if output else default_output(run.case)
    from packet.reading.ingest import source_fingerprint

    # what it is built from, as the case folder holds it now (packet.case.fingerprint): kept in the PDF
    opts = BuildOptions(output=target.resolve(), source=source_fingerprint(run.case), **build_options)
    kept = _keep_sent_copy(run.case, target.resolve())  # the page too: one mechanism (a trial lost the sent PDF)
    case = run.case
    if "plan.first_payment" in run.report.letter_needs:  # forced: no plan offered rather than one already late
        case = replace(case, plan=casefile.Plan())
    try:
        result = build_packet(run.report, case, run.checklist, opts, as_of=options.as_of,
                              executor=executor or options.executor())
    except InputChanged:
        still_there(run.case)  # every file "changed" because the folder itself went away: say that
        raise
    return dataclasses.replace(result, kept_sent=kept) if kept else result


def _keep_sent_copy(case, target: Path) -> Path | None:
    """Before a build replaces ``target``: when the file there is the one ``[[sent]]`` records (same sha256), move
    it to ``<name>-sent-<day sent>.pdf`` beside it and return that path (None when there is nothing to keep). The
    lender has that PDF: a script, or the page's "Build it again", after ``packet sent`` must not lose it (two
    trials). The page lists what was kept (:func:`packet.workflow.kept_sent_files`)."""
    from packet.case.followup import sent_as

    hit = sent_as(case, target)
    if hit is None:
        return None
    kept = target.with_name(f"{target.stem}-sent-{hit.at.date().isoformat()}{target.suffix}")
    n = 2
    while kept.exists():
        kept = target.with_name(f"{target.stem}-sent-{hit.at.date().isoformat()}-{n}{target.suffix}")
        n += 1
    target.rename(kept)
    return kept


# --- the OCR cache, for `packet cache` -------------------------------------------------------------------

def ocr_cache(cache_dir: Path | None = None):
    """The OCR cache (:class:`packet.reading.ocr_cache.OcrCache`) at ``cache_dir`` or the default place.

    Its ``stats()``, ``prune()`` and ``clear()`` are what `packet cache` shows and does."""
    from packet.reading.ocr_cache import OcrCache

    return OcrCache(cache_dir) if cache_dir else OcrCache.default()


def cache_limit_problems(lang: str, falls_back: bool = True) -> list[str]:
    """One sentence in ``lang`` for each cache limit set in the environment to something that is not a positive
    number (``PACKET_CACHE_MAX_MB=abc`` or ``=0``: :func:`packet.reading.ocr_cache.invalid_limits`), saying what a
    valid value looks like and (``falls_back``: the run goes on) the default used instead; [] when both are valid
    or unset."""
    from packet.reading.ocr_cache import invalid_limits

    unit = {"PACKET_CACHE_MAX_MB": ("megabytes", "兆字节", "200"), "PACKET_CACHE_MAX_AGE_DAYS": ("days", "天", "14")}
    return [tr(lang, "{n}={v!r} is not valid: it must be a number above 0 ({u}), e.g. {n}={e}.",
               "{n}={v!r} 无效：必须是大于 0 的数字（单位：{uz}），例如 {n}={e}。",
               n=name, v=raw, u=unit[name][0], uz=unit[name][1], e=unit[name][2])
            + (tr(lang, " Using the default, {d:g}.", "现在使用默认值 {d:g}。", d=default) if falls_back else "")
            for name, raw, default in invalid_limits()]


def forget_case(case_dir: Path, cache_dir: Path | None = None) -> int:
    """Delete the cache entries of every file of the case at ``case_dir`` (by content). Returns how many.

    Raises :class:`PacketError` when the folder or its case file cannot be read."""
    from packet.reading import ingest

    case, _ = open_case(case_dir, pictures=False)  # its language does not matter here: no page is read for it
    cache = ocr_cache(cache_dir)
    sources, _errors = ingest.discover(case, exclude=[cache.dir])
    return cache.forget({s.sha256 for s in sources})
