"""The reading stage: find every input file, open it, and read every page, from its text layer or by OCR.

:func:`read_case` reads like its steps: :func:`discover` the files; plan each one (open it, check its
limits, take each PDF page's text layer when it is usable, look OCR pages up in the cache); OCR all
remaining pages of all files in one go on the run's executor (:func:`packet.reading.ocr.read_pages`); put each
file together in input order. A bad file becomes a :class:`FileError` and never stops the run.

``Document.form`` is a heuristic: ``text`` for a PDF whose every page has a usable text layer and no
page-filling image; ``photo`` for an image with camera EXIF (Make/Model) or a colour image of 6
megapixels or more in JPEG/HEIF/WebP; ``scan`` for everything else (image-only or mixed PDFs, TIFFs,
other images).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from packet.case.casefile import CASE_FILE, Case
from packet.case.fingerprint import Fingerprint, case_file_digest
from packet.core.errors import PacketError
from packet.core.executor import Executor, executor_for
from packet.core.i18n import message_lang, tr
from packet.core.model import Document, FileError, Page, ReadResult, SourceFile
from packet.core.own_output import file_sha256, written_by_packet
from packet.core.page_images import PDFIUM_LOCK
from packet.core.text import is_cjk
from packet.reading import engines, ocr
from packet.reading import file_formats as formats
from packet.reading import pdf_text as pdftext
from packet.reading.ocr_cache import OcrCache

try:
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - declared dependency
    pass

logger = logging.getLogger(__name__)

JUNK_NAMES = {"thumbs.db", "desktop.ini", "icon\r"}  # files the OS leaves in folders, skipped silently
# the copies an editor leaves of packet.toml when it is edited (gedit and Kate "packet.toml~", Emacs "#packet.toml#",
# nano's "packet.toml.save", a hand-made ".bak" / ".orig"): the case file, not a document, skipped silently (a trial,
# r25: "packet.toml~ is a plain-text file … use Save as PDF" among the files that could not be read)
EDITOR_COPIES = ("{}~", "#{}#", "{}.bak", "{}.orig", "{}.save", "{}.old")
PHOTO_PIXELS = 6_000_000
A4_SHORT_IN = 8.27


class _Refused(Exception):
    """A file that cannot be read: carries its error code and message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class _Plan:
    """One readable file: its pages, each already read (text layer, cache) or an OCR task."""

    source: SourceFile
    form: str
    slots: list[Page | ocr.OcrTask] = field(default_factory=list)


# --- discovery ---------------------------------------------------------------------------------------


def discover(case: Case, *, exclude: Iterable[Path] = ()) -> tuple[list[SourceFile], list[FileError]]:
    """Every input file below ``case.root``, sorted by relative path; see the module docstring for what is
    skipped. ``exclude`` adds folders to skip (the OCR cache when it lies inside the case)."""
    root = case.root.resolve()
    skip_dirs = {Path(p).resolve() for p in exclude} | {OcrCache.default().dir.resolve()}
    found: list[tuple[str, Path]] = []
    broken: list[str] = []
    lang = message_lang(case.language)  # --lang, PACKET_LANG, the case's, the locale
    errors: list[FileError] = []

    def locked(rel: str, folder: bool) -> None:
        errors.append(FileError(rel, "no-permission", formats.no_permission_message(lang, rel, folder=folder)))

    def walk_error(exc: OSError) -> None:  # a folder os.walk cannot list
        if exc.filename is None:
            return
        rel = Path(exc.filename).relative_to(root).as_posix() if Path(exc.filename) != root else "."
        if isinstance(exc, PermissionError):
            locked(rel, True)
        else:
            errors.append(FileError(rel, "unreadable", formats.unreadable_message(lang, rel, exc.strerror or str(exc))))

    def outside(path: Path) -> bool:
        """A link that leads out of the case folder (resolved without opening anything)."""
        real = Path(os.path.realpath(path))
        return real != root and root not in real.parents

    def leads_out(rel: str, folder: bool) -> None:
        errors.append(FileError(rel, "outside-case", outside_message(lang, rel, folder)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error):
        here = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if os.path.islink(here / d):  # never walked: outside, it is listed; inside, its files are found anyway
                if outside(here / d):
                    leads_out((here / d).relative_to(root).as_posix(), True)
                continue
            if (here / d).resolve() not in skip_dirs:
                kept.append(d)
        dirnames[:] = kept
        for name in filenames:
            path = here / name
            rel = path.relative_to(root).as_posix()
            if name.startswith((".", "~$")) or name.lower() in JUNK_NAMES or rel == CASE_FILE or (
                    here == root and name in {c.format(CASE_FILE) for c in EDITOR_COPIES}):
                continue
            try:
                link = path.is_symlink()
            except PermissionError:  # a folder that may be listed but not entered (r without x)
                locked(rel, False)
                continue
            if link:
                if outside(path):
                    leads_out(rel, False)
                    continue
                real = Path(os.path.realpath(path))
                if real.is_file():
                    path = real  # read the file inside the case that the link names, not the link
            try:
                is_file = path.is_file()
            except PermissionError:  # a folder that may be listed but not entered (r without x)
                locked(rel, False)
                continue
            if is_file:
                found.append((rel, path))
            elif path.is_symlink():  # a link to nothing, or a loop of links: say so rather than skip it
                broken.append(rel)
    found.sort()
    errors.sort(key=lambda e: e.rel)
    sources: list[SourceFile] = []
    names = {rel for rel, _ in found}  # a Live Photo's video is told by the photo of its name beside it
    errors += [FileError(rel, "unreadable", formats.unreadable_message(lang, rel, tr(
        lang, "a link to a file that is not there", "指向不存在文件的链接"))) for rel in sorted(broken)]
    for rel, path in found:
        try:
            size = path.stat().st_size
            if size == 0:
                errors.append(FileError(rel, "empty-file", formats.empty_message(lang, rel)))
                continue
            if size > formats.MAX_FILE_BYTES:
                errors.append(FileError(rel, "too-large", formats.too_large_message(
                    lang, rel, f"{size / 1024 / 1024:.0f} MB > {formats.MAX_FILE_BYTES // 1024 // 1024} MB")))
                continue
            fmt = formats.kind_of(path)
            if fmt == "eml" and written_by_packet(path):
                continue
            if fmt == "pdf" and written_by_packet(path):
                continue
            if fmt == "unknown" and path.suffix.lower().lstrip(".") in formats.READABLE_SUFFIXES:
                errors.append(FileError(rel, "unreadable", formats.unreadable_message(
                    lang, rel, tr(lang, "its content is not a {ext} file", "内容不是有效的 {ext} 文件",
                                  ext=path.suffix.lstrip(".").upper()))))
                continue
            if fmt not in formats.READABLE:
                still = formats.live_photo_still(rel, names) if fmt == "video" else None
                errors.append(FileError(rel, "unsupported-format", formats.live_photo_message(lang, rel, still)
                                        if still else formats.unsupported_message(lang, rel, fmt)))
                continue
            sources.append(SourceFile(path=path, rel=rel, size=size, sha256=file_sha256(path),
                                      kind="pdf" if fmt == "pdf" else "image", fmt=fmt))
        except PermissionError:
            locked(rel, False)
        except OSError as exc:
            logger.debug("cannot read %s", path, exc_info=True)
            errors.append(FileError(rel, "unreadable", formats.unreadable_message(lang, rel, exc.strerror or str(exc))))
    return sources, errors


def source_fingerprint(case: Case, *, exclude: Iterable[Path] = ()) -> Fingerprint:
    """What a packet built from ``case`` now is built from (:class:`packet.case.fingerprint.Fingerprint`): the
    digest of its packet.toml (log aside) and the sha256 of every document file :func:`discover` finds (files it
    cannot read are left out: they are in no packet). Raises OSError when packet.toml cannot be read."""
    sources, _errors = discover(case, exclude=exclude)
    return Fingerprint(case_file=case_file_digest(case.root), files=tuple(sorted((s.rel, s.sha256) for s in sources)))


def outside_message(lang: str, rel: str, folder: bool = False) -> str:
    """A link in the case folder to a file or folder elsewhere: never opened, and how to include it."""
    if folder:
        return tr(lang, "{rel} is a link to a folder outside the case folder; packet does not read it. Copy the "
                        "documents you want to send into the case folder.",
                  "{rel} 是指向案件文件夹之外的文件夹的链接；packet 不会读取。请把要提交的材料复制到案件文件夹中。", rel=rel)
    return tr(lang, "{rel} is a link to a file outside the case folder; packet does not open it. If it is one of "
                    "your documents, copy the file itself into the case folder.",
              "{rel} 是指向案件文件夹之外文件的链接；packet 不会打开它。如果这是您的材料，请把文件本身复制到案件文件夹中。",
              rel=rel)


def documents_language(case: Case, most: int = 12) -> str | None:
    """The language the case's documents are written in, judged before anything is OCR'd: Chinese characters
    against Latin letters in the files' names and in the text layer of the first page of up to ``most`` PDFs.
    "zh" when Chinese characters are at least a quarter of the letters, "en" when there are 40 or more Latin
    letters and hardly any Chinese, None when the folder does not tell (photos named IMG_2031.jpg).
    Only opens files that discovery lists (never a link out of the case); raises nothing."""
    try:
        sources, _errors = discover(case)
    except OSError:
        return None
    cjk = latin = 0

    def count(text: str) -> None:
        nonlocal cjk, latin
        cjk += sum(1 for ch in text if is_cjk(ch))
        latin += sum(1 for ch in text if ch.isascii() and ch.isalpha())

    for src in sources:
        count(src.rel.replace(".pdf", "").replace(".jpg", "").replace(".png", ""))
    for src in [s for s in sources if s.kind == "pdf"][:most]:
        try:
            with PDFIUM_LOCK:
                pdf = pdfium.PdfDocument(str(src.path), password=case.password_for(src.rel))
                try:
                    page = pdf[0]
                    text = page.get_textpage().get_text_range()[:3000]
                finally:
                    pdf.close()
        except Exception:  # noqa: BLE001 - a file that cannot be peeked at says nothing about the language
            continue
        count(text)
    return _verdict(cjk, latin)


PICTURE_PAGES = 2  # at most this many pages are read to tell a folder's language from its pictures


def _verdict(cjk: int, latin: int) -> str | None:
    """"zh" when Chinese characters are at least a quarter of the letters, "en" when there are 40 or more Latin
    letters and hardly any Chinese (under 5 %), else None."""
    letters = cjk + latin
    if cjk and cjk >= 0.25 * letters:
        return "zh"
    if latin >= 40 and cjk < 0.05 * letters:
        return "en"
    return None


def pictures_language(case: Case, *, languages: str, engine: str, cache: OcrCache | None = None,
                      most: int = PICTURE_PAGES) -> tuple[str | None, dict[tuple[str, int], Page]]:
    """The language of a case's documents told from the pictures of its pages, for a folder whose names and text
    layers say nothing (:func:`documents_language` gave None: phone photos named IMG_2031.jpg, scans).

    The first page that needs OCR (in file order; then the next, up to ``most``, while the pages read say nothing)
    is read with ``engine`` in ``languages`` — the reading of a Chinese case, which sees Chinese and Latin letters
    alike (PP-OCR's recogniser reads both; Tesseract with ``chi_sim+eng``) — and its text judged as
    :func:`documents_language` judges text layers. Tesseract's own script detection (OSD ``--psm 0``) was tried
    first and dropped: on the 40 phone photos of tests/phototypegen.py ``corpus()`` (their sheets cut out and
    straightened as for reading) it named 3 of the 20 Chinese ones "Han" (most "Latin", some "Arabic", "Cyrillic"
    or nothing) and 8 of the 20 English ones "Latin".

    Returns (``"zh"`` | ``"en"`` | None, the pages read: ``{(file sha256, page index): Page}``). A page read here
    is stored in ``cache`` (under the key of that reading) and handed to :func:`read_case` (``known``) so that no
    page is read twice; a page already in ``cache`` is not read again. Raises nothing: an engine that is missing or
    fails leaves the language undecided (None)."""
    pages: dict[tuple[str, int], Page] = {}
    try:
        sources, _errors = discover(case, exclude=[cache.dir] if cache else [])
    except OSError:
        return None, pages
    settings = ocr.cache_settings(languages, engine=engine)
    cjk = latin = 0
    for src in sources:
        if len(pages) >= most:
            break
        try:
            plan = _plan(src, case, languages, cache, settings, engine)
        except Exception:  # noqa: BLE001 - a file that cannot be opened says nothing about the language
            continue
        for slot in plan.slots:
            if len(pages) >= most:
                break
            if isinstance(slot, ocr.OcrTask) and slot.region is None:
                try:
                    engines.engine(engine).require(languages)
                    got = ocr.read_pages([slot], None, cache)[id(slot)]
                except Exception as exc:  # noqa: BLE001 - no engine, a page it cannot take: no verdict
                    got = exc
                if not isinstance(got, Page):
                    logger.debug("cannot tell the language from %s page %d: %s", src.rel, slot.index + 1, got)
                    return None, pages
                page = got
            elif isinstance(slot, Page) and slot.source == "ocr":  # in the cache: read before, not read again
                page = slot
            else:
                continue
            pages[(src.sha256, page.number - 1)] = page
            cjk += sum(1 for ch in page.text if is_cjk(ch))
            latin += sum(1 for ch in page.text if ch.isascii() and ch.isalpha())
            lang = _verdict(cjk, latin)
            logger.debug("language of the pictures after %s page %d: %d Chinese characters, %d Latin letters: %s",
                         src.rel, page.number, cjk, latin, lang)
            if lang:
                return lang, pages
    return None, pages


# --- reading -----------------------------------------------------------------------------------------


@dataclass
class Reading:
    """A case planned for reading (:func:`plan_reading`): the files' plans, the discovery errors, and the OCR
    tasks still to run (every page not read from a text layer or the cache), in file and page order."""

    case: Case
    languages: str
    plans: list[_Plan | FileError]
    errors: list[FileError]

    @property
    def tasks(self) -> list[ocr.OcrTask]:
        return [slot for p in self.plans if isinstance(p, _Plan) for slot in p.slots if isinstance(slot, ocr.OcrTask)]


def read_case(case: Case, *, languages: str, jobs: int = 2, cache: OcrCache | None = None,
              progress: bool = False, executor: Executor | None = None,
              engine: str = engines.TESSERACT, on_page: Callable[[int, int], None] | None = None,
              known: Mapping[tuple[str, int], Page] | None = None) -> ReadResult:
    """Discover, open and read every file of the case; see the module docstring. OCR runs on ``executor``
    (default: :func:`packet.core.executor.executor_for` ``jobs``) with ``engine`` ("tesseract" | "rapidocr",
    :mod:`packet.reading.engines`). Raises :class:`TesseractMissing` (or its :class:`engines.EngineMissing`) when
    pages need OCR and the engine or a language is missing; a bad file is a :class:`FileError` in the result.

    The same as :func:`plan_reading`, then :func:`packet.reading.ocr.read_pages` of its tasks, then
    :func:`finish_reading` (which ``packet batch`` calls for many cases at once). ``on_page(done, total)`` is
    called after each page read by OCR (a front end's progress display). ``known``: pages already read this run
    (:func:`pictures_language`), by (file sha256, page index); they are taken as they are."""
    executor = executor or executor_for(jobs)
    reading = plan_reading(case, languages=languages, cache=cache, engine=engine, known=known)
    tasks = reading.tasks
    done: dict[int, Page | Exception] = {}
    if tasks:
        engines.engine(engine).require(languages)
        logger.debug("OCR of %d page(s) with %s, %d at a time", len(tasks), engine, executor.workers)
        count = [0]

        def step() -> None:
            bar.update(1)
            count[0] += 1
            if on_page is not None:
                on_page(count[0], len(tasks))

        with _progress(progress, len(tasks), message_lang(case.language)) as bar:
            if on_page is not None:
                on_page(0, len(tasks))
            done = ocr.read_pages(tasks, executor, cache, on_done=step)
    return finish_reading(reading, done)


def plan_reading(case: Case, *, languages: str, cache: OcrCache | None = None,
                 engine: str = engines.TESSERACT, known: Mapping[tuple[str, int], Page] | None = None) -> Reading:
    """Discover and open every file of the case; take text layers, cached pages and the ``known`` pages already
    read this run (by (file sha256, page index): :func:`pictures_language`); leave the rest as OCR tasks
    (:attr:`Reading.tasks`). A bad file is a :class:`FileError`; nothing here runs OCR."""
    sources, errors = discover(case, exclude=[cache.dir] if cache else [])
    settings = ocr.cache_settings(languages, engine=engine)
    plans: list[_Plan | FileError] = []
    for src in sources:
        try:
            plans.append(_plan(src, case, languages, cache, settings, engine))
        except _Refused as refused:
            plans.append(FileError(src.rel, refused.code, refused.message))
        except PermissionError:  # made unreadable since discovery
            plans.append(FileError(src.rel, "no-permission", formats.no_permission_message(message_lang(case.language), src.rel)))
        except Exception as exc:  # noqa: BLE001 - a bad file never stops the run
            logger.debug("cannot read %s", src.rel, exc_info=True)
            plans.append(_gone(message_lang(case.language), src) or FileError(src.rel, "unreadable", formats.unreadable_message(
                message_lang(case.language), src.rel, type(exc).__name__)))
    for plan in plans if known else ():
        if isinstance(plan, _Plan):
            plan.slots = [known.get((plan.source.sha256, slot.index), slot)
                          if isinstance(slot, ocr.OcrTask) and slot.region is None else slot for slot in plan.slots]
    return Reading(case, languages, plans, list(errors))


def plan_file(src: SourceFile, case: Case, *, languages: str, engine: str,
              cache: OcrCache | None = None) -> list[Page | ocr.OcrTask] | None:
    """The pages of one file already read once, planned again for ``engine`` exactly as a run with that engine
    plans them (the same tasks, looked up in the cache under that engine's own settings: a page read here is the
    page a run with ``--ocr-engine`` ``engine`` finds cached, and the other way round): each page from a text layer
    or the cache, or as an OCR task. None when the file no longer opens. Runs no OCR."""
    try:
        plan = _plan(src, case, languages, cache, ocr.cache_settings(languages, engine=engine), engine)
    except Exception as exc:  # noqa: BLE001 - a file changed or gone since its first reading: no second look
        logger.debug("cannot plan %s again: %s", src.rel, exc)
        return None
    return list(plan.slots)


def finish_reading(reading: Reading, done: dict[int, Page | Exception]) -> ReadResult:
    """Put each file of ``reading`` together from its pages: ``done`` maps ``id(task)`` of every task of
    :attr:`Reading.tasks` to its page or the exception it raised (a failed page makes its file an error)."""
    case = reading.case
    errors = list(reading.errors)
    documents: list[Document] = []
    for plan in reading.plans:
        if isinstance(plan, FileError):
            errors.append(plan)
            continue
        pages: list[Page] = []
        for slot in plan.slots:
            got = done[id(slot)] if isinstance(slot, ocr.OcrTask) else slot
            if isinstance(got, Exception):
                errors.append(_gone(message_lang(case.language), plan.source)
                              or _page_error(message_lang(case.language), plan.source.rel, slot, got))
                break
            pages.append(got)
        else:
            documents.append(Document(source=plan.source, pages=tuple(pages), form=plan.form))  # type: ignore[arg-type]
    errors.sort(key=lambda e: e.rel)
    return ReadResult(documents=tuple(documents), errors=tuple(errors))


def _gone(lang: str, src: SourceFile) -> FileError | None:
    """The error of a file that failed because it is no longer there (moved, deleted, its drive taken out while
    it was read), else None: such a file is not damaged, and saying so would send the person to replace it."""
    try:
        if src.path.exists():
            return None
    except OSError:  # the drive went away under the path itself
        pass
    return FileError(src.rel, "unreadable", formats.gone_message(lang, src.rel))


def _page_error(lang: str, rel: str, task: Page | ocr.OcrTask, exc: Exception) -> FileError:
    number = task.index + 1 if isinstance(task, ocr.OcrTask) else 0
    if isinstance(exc, Image.DecompressionBombError):
        return FileError(rel, "too-large", formats.too_large_message(lang, rel, str(exc)))
    detail = exc.message if isinstance(exc, PacketError) else f"page {number}: {type(exc).__name__}: {exc}"
    return FileError(rel, "unreadable", formats.unreadable_message(lang, rel, detail))


def _plan(src: SourceFile, case: Case, languages: str, cache: OcrCache | None, settings: str,
          engine: str = engines.TESSERACT) -> _Plan:
    if src.kind == "pdf":
        plan = _plan_pdf(src, case, languages, cache, settings)
    else:
        plan = _plan_image(src, case, languages, cache, settings)
    if engine != engines.TESSERACT:  # the tasks were planned for the default engine and looked up under settings
        plan.slots = [replace(s, engine=engine) if isinstance(s, ocr.OcrTask) else s for s in plan.slots]
    return plan


def _cached_or_task(plan: _Plan, task: ocr.OcrTask, cache: OcrCache | None, settings: str) -> None:
    plan.slots.append(ocr.cached_or_task(task, plan.source.sha256, cache, settings))


def _plan_pdf(src: SourceFile, case: Case, languages: str, cache: OcrCache | None, settings: str) -> _Plan:
    lang, rel = message_lang(case.language), src.rel  # the language of messages
    if not _has_eof(src.path):
        raise _Refused("unreadable", formats.unreadable_message(lang, rel, tr(lang, "the file is cut off",
                                                                               "文件不完整")))
    password = case.password_for(rel)
    plan = _Plan(src, "text")
    with PDFIUM_LOCK:
        try:
            pdf = pdftext.open_document(src.path, password=password)
        except pdfium.PdfiumError as exc:
            logger.debug("pdfium cannot open %s: %s", rel, exc)
            if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
                raise _Refused("encrypted", formats.encrypted_message(lang, rel, wrong=password is not None)) from None
            raise _Refused("unreadable", formats.unreadable_message(lang, rel, tr(lang, "not a valid PDF",
                                                                                   "不是有效的 PDF"))) from None
        try:
            count = len(pdf)
            if count == 0:
                raise _Refused("unreadable", formats.unreadable_message(lang, rel, tr(lang, "no pages", "没有页面")))
            for index in range(count):
                page = pdf[index]
                try:
                    layer = pdftext.analyse(page)
                finally:
                    page.close()
                if not (layer.width >= 1 and layer.height >= 1):  # a zero or negative MediaBox/CropBox
                    raise _Refused("unreadable", formats.unreadable_message(lang, rel, tr(
                        lang, "page {n} has no size", "第 {n} 页没有尺寸", n=index + 1)))
                if max(layer.width, layer.height) > formats.MAX_PAGE_SIDE_PT:
                    raise _Refused("too-large", formats.too_large_message(lang, rel, tr(
                        lang, "page {n} is {w:.0f} x {h:.0f} cm; the limit is 200 cm a side",
                        "第 {n} 页为 {w:.0f} x {h:.0f} 厘米；上限为每边 200 厘米", n=index + 1,
                        w=layer.width / 72 * 2.54, h=layer.height / 72 * 2.54)))
                if layer.image_cover >= pdftext.SCAN_LOOK:
                    plan.form = "scan"
                if layer.usable:
                    plan.slots.append(pdftext.text_page(layer, index + 1))
                    continue
                plan.form = "scan"
                render_dpi = min(ocr.TARGET_DPI, (ocr.MAX_OCR_PIXELS / max(1.0, layer.width * layer.height)) ** 0.5 * 72)
                dpi = min(render_dpi, layer.image_dpi) if layer.image_dpi and layer.image_cover >= 0.3 else render_dpi
                _cached_or_task(plan, ocr.OcrTask(path=src.path, kind="pdf", index=index, languages=languages,
                                                  dpi=round(dpi, 1), size_pt=(layer.width, layer.height),
                                                  render_dpi=render_dpi, password=password), cache, settings)
        finally:
            pdf.close()
    return plan


def _has_eof(path: Path) -> bool:
    """A complete PDF ends with %%EOF (a truncated download does not)."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 4096))
        return b"%%EOF" in fh.read()


def _plan_image(src: SourceFile, case: Case, languages: str, cache: OcrCache | None, settings: str) -> _Plan:
    lang, rel = message_lang(case.language), src.rel  # the language of messages
    try:
        with Image.open(src.path) as im:
            frames = getattr(im, "n_frames", 1) if src.fmt == "tiff" else 1
            sizes = []
            for frame in range(frames):
                if frame:
                    im.seek(frame)
                w, h = im.size
                # a JPEG decodes reduced (file_formats.MAX_JPEG_PIXELS): a phone's 108 or 200 MP photo is read
                limit = formats.MAX_JPEG_PIXELS if src.fmt == "jpeg" else formats.MAX_IMAGE_PIXELS
                if w * h > limit:
                    raise _Refused("too-large", formats.too_large_message(lang, rel, tr(
                        lang, "{w} x {h} pixels; the limit is {mp} megapixels",
                        "{w} x {h} 像素；上限为 {mp} 百万像素", w=w, h=h, mp=limit // 1_000_000)))
                sizes.append((w, h, im.info.get("dpi")))
            if frames > 1:
                im.seek(0)
            exif = im.getexif()
            mode = im.mode
    except Image.DecompressionBombError:
        most = formats.MAX_JPEG_PIXELS if src.fmt == "jpeg" else formats.MAX_IMAGE_PIXELS
        raise _Refused("too-large", formats.too_large_message(lang, rel, tr(
            lang, "more than {mp} megapixels", "超过 {mp} 百万像素", mp=most // 1_000_000))) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        logger.debug("cannot open image %s", rel, exc_info=True)
        raise _Refused("unreadable", formats.unreadable_message(lang, rel, tr(
            lang, "the image cannot be decoded", "图片无法解码"))) from exc
    camera = bool(exif.get(0x010F) or exif.get(0x0110))
    turned = exif.get(0x0112) in (5, 6, 7, 8)
    w0, h0, _ = sizes[0]
    colour = mode not in ("1", "L", "LA", "I", "I;16", "F")
    # HEIF/HEIC is what phone cameras write (no scanner or scanning app saves it): a photo, EXIF or not (r19 trial:
    # a HEIC without EXIF was "a scan", kept over a sharper JPEG photo of the same page as the better copy)
    photo = src.fmt != "tiff" and (camera or src.fmt == "heif"
                                   or (colour and w0 * h0 >= PHOTO_PIXELS and src.fmt in ("jpeg", "webp")))
    screen = not photo and screen_capture(src.fmt, w0, h0, sizes[0][2], camera)
    plan = _Plan(src, "photo" if photo else "scan")
    for frame, (w, h, header_dpi) in enumerate(sizes):
        dpi = image_dpi(w, h, header_dpi, trust_header=not photo)
        if turned:
            w, h = h, w
        _cached_or_task(plan, ocr.OcrTask(path=src.path, kind="image", index=frame, languages=languages,
                                          dpi=round(dpi, 1), size_pt=(w / dpi * 72, h / dpi * 72),
                                          screen=screen), cache, settings)
    return plan


SCREEN_DPI = (None, 72, 96, 144)  # what screenshot tools write in the header, if anything
SCREEN_ASPECT = 1.9  # phone screens are ~2.2:1, scrolling captures far taller; paper is 1.41:1
SCREEN_JPEG_SHORT_PX = 1600  # phones' screens are 720-1440 px across (a 1080 x 2340 JPEG screenshot, 2026 trial)


def screen_capture(fmt: str, width: int, height: int, header_dpi: object, camera: bool) -> bool:
    """Whether an image is a screen capture rather than a scan or photo of paper: a PNG/WebP/GIF, or a JPEG no
    wider than a phone or tablet screen (short side <= SCREEN_JPEG_SHORT_PX pixels: many Android phones save
    screenshots as JPEG), with no camera EXIF, a screen resolution header (72/96/144 dpi, or none) and a screen's
    tall aspect (>= 1.9:1, a scrolling capture much more; paper is 1.41:1, camera frames 1.33 or 1.78:1). Such an
    image has no physical dpi to judge: its short side is not an A4 width."""
    if camera or fmt not in ("png", "webp", "gif", "jpeg"):
        return False
    if fmt == "jpeg" and min(width, height) > SCREEN_JPEG_SHORT_PX:
        return False
    d = None
    if isinstance(header_dpi, tuple) and header_dpi:
        try:
            d = round(float(header_dpi[0]))
        except (TypeError, ValueError):
            d = None
    return d in SCREEN_DPI and max(width, height) >= SCREEN_ASPECT * min(width, height)


def image_dpi(width: int, height: int, header: object, *, trust_header: bool = True) -> float:
    """The image's DPI when its header gives a plausible one (72-1200, and a page no larger than A3),
    else the DPI at which its short side fills an A4 width (photos: always)."""
    short, long = min(width, height), max(width, height)
    if trust_header and isinstance(header, tuple) and header:
        try:
            d = float(header[0])
        except (TypeError, ValueError):
            d = 0.0
        if 72 <= d <= 1200 and short / d <= 12.0 and long / d <= 17.0:
            return d
    return max(1.0, short / A4_SHORT_IN)


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None


def _progress(enabled: bool, length: int, lang: str):
    """A progress bar on stderr for OCR runs (each page takes seconds), only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty() or length < 1:
        return _NoBar()
    import click

    return click.progressbar(length=length, file=sys.stderr, label=tr(lang, "Reading pages", "正在识别页面"),
                             show_pos=True)
