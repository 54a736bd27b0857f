"""The OCR engines behind one interface: Tesseract and PP-OCR (``rapidocr`` 3.x on onnxruntime).

An :class:`OcrEngine` reads one prepared page image file (grey, upright, straightened, cropped to the sheet:
:mod:`packet.reading.ocr` does that for every engine alike) and returns :class:`EngineOutput`: lines of
:class:`packet.reading.word_lines.Token` in pixels of that image with confidences 0-100 — CJK one token per
character, Latin one token per word — so both engines feed the same :class:`packet.core.model.Page` (the text
layer, the label/value geometry and the second reading see no difference).

Choosing (:func:`choose`): ``auto`` reads Chinese cases with PP-OCR and English cases with Tesseract. Measured
on the same pages (PERF-NOTES "Added in the second round", bench/README.md "Engines"): on Chinese scans PP-OCR
found 94-96 % of the field values in its raw text against Tesseract's 73 %, character error rate 2.1-2.6 % vs
13.7 %; on upright English pages both were equal (CER 0.06-0.25 % vs 0.45 %) while PP-OCR costs 2-2.5x the time
and ~6x the memory, so English stays with Tesseract — but an English picture whose Tesseract reading came out poor
gets a second look by PP-OCR (:func:`second_look`, :mod:`packet.understanding.second_look`). When one engine is not
installed, ``auto`` takes the other
(PP-OCR reads English too; Tesseract reads Chinese worse).

Models come only from the installed ``rapidocr`` wheel (:data:`RAPID_MODELS`): the engine is built with the
explicit paths of those three files, so rapidocr's model-hub download code is never reached; when a file is
missing the engine is unavailable rather than downloaded. Memory: one PP-OCR instance per process, built lazily
on the first page and shared by the process's worker threads (onnxruntime sessions are safe to run from several
threads), each run on one onnxruntime thread (two were slower than one on a loaded 2-core machine, PERF-NOTES);
:func:`jobs_for` caps ``--jobs`` so each concurrent PP-OCR page has :data:`RAPID_MB_PER_JOB` MB available.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from statistics import fmean
from typing import Protocol

from packet.core.errors import OCRFailed, PacketError, TesseractMissing
from packet.core.executor import Executor, executor_for
from packet.core.i18n import env_lang, tr
from packet.core.stopping import stopping
from packet.core.text import unspaced_script
from packet.reading import tesseract
from packet.reading.word_lines import Token

log = logging.getLogger(__name__)

ENGINE_CHOICES = ("auto", "tesseract", "rapidocr")
TESSERACT, RAPIDOCR = "tesseract", "rapidocr"

# the three model files the rapidocr 3.x wheel ships in rapidocr/models (PP-OCRv6 small det/rec, v2 mobile cls)
RAPID_MODELS = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx",
                "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}
RAPID_MAX_SIDE = 2000  # rapidocr's own default max_side_len: a 300-dpi A4 page is read at ~170 dpi
# detection on the page scaled so its longer side is 960 px (PaddleOCR's own default, limit_type "max"), not
# rapidocr's "shorter side at least 736" that ran detection on the whole 2000-px page: 1.6 s against 5.0 s on one
# payslip on the loaded 2-core machine, the same 86-87 characters read on the three pages compared; recognition
# still reads each line cut from the 2000-px page
RAPID_DET_SIDE = 960
RAPID_MB_PER_JOB = 1000  # peak RSS of one process reading one page with PP-OCR: 0.65-1.2 GB (PERF-NOTES, bench)
WORD_GAP = 0.35  # Latin characters further apart than this many line heights are two words (rebuilt words)


@dataclass(frozen=True)
class EngineOutput:
    """What an engine read on one image: ``lines`` of tokens (pixels of the image, y down, left to right) in
    the engine's reading order, and ``confs``: every token's confidence (0-100)."""

    lines: list[list[Token]]
    confs: list[float]

    @property
    def mean_confidence(self) -> float:
        return fmean(self.confs) if self.confs else 0.0


class OcrEngine(Protocol):
    """One OCR engine. ``name`` is what ``--ocr-engine`` calls it; :meth:`version` names the engine and its
    models for the cache key; :meth:`read` reads one image file."""

    name: str
    target_dpi: float  # the resolution pages are prepared at for it
    max_side: int | None  # pixels: larger pages are scaled down to this before it reads them (None: no limit)
    orientation_pass: bool  # it can say a page's orientation without reading it (Tesseract's OSD)
    # it binarises a page with one threshold (Tesseract's Otsu), so a photo lit from one side is evened out first
    # (packet.core.page_images.even_light); PP-OCR's detector finds text in uneven light itself, and evening a
    # photo for it moved its lines (a housing-fund ledger photo of independent set 4 read as a bank statement)
    one_threshold: bool

    def version(self) -> str: ...

    def require(self, languages: str) -> None: ...

    def read(self, image: Path, languages: str, dpi: float, *, psm: int = 3) -> EngineOutput: ...


class EngineMissing(TesseractMissing):
    """The chosen OCR engine is not installed (the ``ocr-missing`` error, exit 2)."""


# --- Tesseract -----------------------------------------------------------------------------------------


class TesseractEngine:
    """Tesseract through :mod:`packet.reading.tesseract`: TSV words with pixel boxes and confidences."""

    name = TESSERACT
    target_dpi = 300.0
    max_side = None
    orientation_pass = True
    one_threshold = True

    def version(self) -> str:
        try:
            return f"tesseract {tesseract.probe().version}"
        except TesseractMissing:
            return "tesseract missing"

    def require(self, languages: str) -> None:
        tesseract.require(languages)

    def read(self, image: Path, languages: str, dpi: float, *, psm: int = 3) -> EngineOutput:
        units, confs = parse_tsv(tesseract.run_tsv(image, languages, psm=psm))
        return EngineOutput(units, confs)


def parse_tsv(tsv: str) -> tuple[list[list[Token]], list[float]]:
    """Tesseract TSV -> its lines (block/par/line order) of word tokens in pixels, and every word's conf."""
    lines: dict[tuple[str, str, str], list[Token]] = {}
    confs: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        try:
            conf = float(cols[10])
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        confs.append(conf)
        lines.setdefault((cols[2], cols[3], cols[4]), []).append(
            Token(text, left, top, left + width, top + height, conf))
    return [sorted(u, key=lambda t: t.x0) for u in lines.values()], confs


# --- PP-OCR through rapidocr ----------------------------------------------------------------------------


def rapid_model_dir() -> Path | None:
    """The folder of the models inside the installed ``rapidocr`` package (found without importing it, which
    takes a second), or None when rapidocr is not installed."""
    try:
        dist = metadata.distribution("rapidocr")
    except metadata.PackageNotFoundError:
        return None
    return Path(str(dist.locate_file("rapidocr"))) / "models"


# onnxruntime's Linux and macOS wheels from 1.29.0 on carry Microsoft's 1DS telemetry: on first use they write a
# device id and an event queue under ~/.cache/Microsoft/DeveloperTools/.onnxruntime and look up
# mobile.events.data.microsoft.com to send a ProcessInfo event (seen by strace with 1.32.0; the endpoint's name is in
# the 1.29.0-1.32.0 binaries and in none up to 1.28.0). ORT_TELEMETRY_DISABLED=1 did not stop it in 1.32.0 (it became
# a full opt-out only in onnxruntime PR #29843). packet promises that nothing leaves the machine, so it uses no
# onnxruntime from this version on.
ORT_FIRST_TELEMETRY = (1, 29)
ORT_FIX = "pip install 'onnxruntime<1.29'"


def ort_sends_telemetry(version: str) -> bool:
    """Whether onnxruntime ``version`` (a version string such as ``1.32.0``) is one whose non-Windows builds
    record a device id and send usage events (see :data:`ORT_FIRST_TELEMETRY`); an unparsable version counts as
    one that does."""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return True
    return (major, minor) >= ORT_FIRST_TELEMETRY


@lru_cache(maxsize=1)
def rapid_status() -> tuple[bool, str]:
    """(usable, detail): whether rapidocr 3.x, onnxruntime (a version that sends nothing: :func:`ort_sends_telemetry`)
    and the three model files are installed; detail is the version string, or what is missing."""
    try:
        version = metadata.version("rapidocr")
    except metadata.PackageNotFoundError:
        return False, "Python package rapidocr is not installed"
    if not version.startswith("3."):
        return False, f"rapidocr {version} is installed; packet needs 3.x"
    try:
        ort = metadata.version("onnxruntime")
    except metadata.PackageNotFoundError:
        return False, "Python package onnxruntime is not installed"
    if ort_sends_telemetry(ort):
        return False, (f"onnxruntime {ort} records a device id and sends usage data to Microsoft; packet does not use "
                       f"it ({ORT_FIX})")
    folder = rapid_model_dir()
    sizes = []
    for file in RAPID_MODELS.values():
        path = folder / file if folder else None
        if path is None or not path.is_file():
            return False, f"the model {file} is not inside the rapidocr package"
        sizes.append(f"{file}:{path.stat().st_size}")
    return True, f"rapidocr {version}, onnxruntime {ort}, det {RAPID_DET_SIDE}, models " + ",".join(sizes)


_RAPID_LOCK = threading.Lock()
_RAPID: dict[int, object] = {}  # pid -> the process's one RapidOCR instance (a forked child builds its own)


def _rapid_instance():
    """This process's RapidOCR, built on first use from the wheel's own model files (never a download)."""
    pid = os.getpid()
    inst = _RAPID.get(pid)
    if inst is not None:
        return inst
    with _RAPID_LOCK:
        inst = _RAPID.get(pid)
        if inst is None:
            ok, detail = rapid_status()
            if not ok:
                raise EngineMissing(detail, install_advice(RAPIDOCR))
            # an opt-out that newer onnxruntime releases honour in full (see ORT_FIRST_TELEMETRY), set before import
            os.environ.setdefault("ORT_TELEMETRY_DISABLED", "1")
            from rapidocr import RapidOCR  # a second to import (onnxruntime, opencv): only when used

            folder = rapid_model_dir()
            params = {
                "Global.log_level": "error",
                "Global.max_side_len": RAPID_MAX_SIDE,
                "Global.model_root_dir": str(folder),
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                # no line classifier: it turns a page's upside-down lines round one by one and leaves them placed
                # upside down (the page's geometry reversed, seen on a generated page); an upside-down page reads as
                # low-confidence garbage instead, and packet.reading.ocr reads it again turned half round
                "Global.use_cls": False,
                "Det.limit_type": "max",
                "Det.limit_side_len": RAPID_DET_SIDE,
            }
            for task, file in RAPID_MODELS.items():
                params[f"{task.capitalize()}.model_path"] = str(folder / file)
            inst = RapidOCR(params=params)
            _RAPID.clear()
            _RAPID[pid] = inst
    return inst


class RapidOcrEngine:
    """PP-OCR (PP-OCRv6 small detection and recognition, a 0/180 line classifier) through rapidocr 3.x.

    rapidocr gives a box and score per text line and, asked for single-character boxes, one box per character;
    :func:`rapid_tokens` turns a line into tokens: one per CJK character, Latin words rebuilt from the line's
    spaces and from character gaps (where the engine ran two words together)."""

    name = RAPIDOCR
    target_dpi = 300.0
    max_side = RAPID_MAX_SIDE
    orientation_pass = False
    one_threshold = False

    def version(self) -> str:
        return f"rapidocr: {rapid_status()[1]}"

    def require(self, languages: str) -> None:
        ok, detail = rapid_status()
        if not ok:
            raise EngineMissing(tr(env_lang(), "The PP-OCR engine cannot run: {d}.", "PP-OCR 引擎无法运行：{d}。",
                                   d=detail), install_advice(RAPIDOCR))

    def read(self, image: Path, languages: str, dpi: float, *, psm: int = 3) -> EngineOutput:
        if stopping():  # Ctrl-C: no new page run (packet.core.stopping ends the process)
            raise OCRFailed("stopped")
        engine = _rapid_instance()
        try:
            out = engine(str(image), return_word_box=True, return_single_char_box=True)
        except PacketError:
            raise
        except Exception as exc:  # noqa: BLE001 - onnxruntime/opencv errors become a page error
            raise OCRFailed(tr(env_lang(), "The PP-OCR engine failed on a page: {e}", "PP-OCR 引擎识别页面失败：{e}",
                               e=f"{type(exc).__name__}: {exc}")) from None
        lines: list[list[Token]] = []
        confs: list[float] = []
        txts = out.txts or ()
        words = out.word_results or ()
        for i, txt in enumerate(txts):
            chars = words[i] if i < len(words) else ()
            toks = rapid_tokens(str(txt), [(str(c), float(s), b) for c, s, b in chars])
            if toks:
                lines.append(toks)
                confs.extend(t.conf for t in toks)
        return EngineOutput(lines, confs)


def _is_space(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Zs"


def rapid_tokens(text: str, chars: list[tuple[str, float, object]]) -> list[Token]:
    """One rapidocr line -> tokens. ``chars`` are (character, score 0-1, 4-point box) in reading order, one per
    non-space character of ``text``; a CJK character is a token of its own, Latin/digit runs become words,
    split where ``text`` has a space or the gap between two characters exceeds :data:`WORD_GAP` line heights.
    Returns [] for a line without characters."""
    boxes = []
    for ch, score, quad in chars:
        xs = [float(p[0]) for p in quad]  # type: ignore[union-attr]
        ys = [float(p[1]) for p in quad]  # type: ignore[union-attr]
        boxes.append((ch, score * 100.0, min(xs), min(ys), max(xs), max(ys)))
    visible = [c for c in text if not _is_space(c)]
    breaks: set[int] = set()  # index in ``boxes`` before which the text has a space
    if len(visible) == len(boxes):
        k = 0
        for c in text:
            if _is_space(c):
                breaks.add(k)
            else:
                k += 1
    out: list[Token] = []
    run: list[tuple] = []

    def flush() -> None:
        if run:
            n = len(run)
            out.append(Token("".join(b[0] for b in run), min(b[2] for b in run), min(b[3] for b in run),
                             max(b[4] for b in run), max(b[5] for b in run), sum(b[1] for b in run) / n, 1))
            run.clear()

    for k, b in enumerate(boxes):
        ch = b[0]
        if not ch.strip():
            flush()
            continue
        if unspaced_script(ch):
            flush()
            out.append(Token(ch, b[2], b[3], b[4], b[5], b[1]))
            continue
        if run:
            prev = run[-1]
            h = max(b[5] - b[3], prev[5] - prev[3], 1e-9)
            if k in breaks or b[2] - prev[4] > WORD_GAP * h:
                flush()
        run.append(b)
    flush()
    return out


# --- choosing --------------------------------------------------------------------------------------------

_ENGINES: dict[str, OcrEngine] = {TESSERACT: TesseractEngine(), RAPIDOCR: RapidOcrEngine()}


def engine(name: str) -> OcrEngine:
    """The engine called ``name`` ("tesseract" | "rapidocr"); KeyError for another name."""
    return _ENGINES[name]


def tesseract_ok() -> bool:
    try:
        tesseract.probe()
    except TesseractMissing:
        return False
    return True


def available() -> dict[str, bool]:
    """Which engines can run on this machine (Tesseract: the binary runs; PP-OCR: :func:`rapid_status`)."""
    return {TESSERACT: tesseract_ok(), RAPIDOCR: rapid_status()[0]}


def choose(requested: str | None, case_language: str, have: dict[str, bool] | None = None) -> str:
    """The engine that reads a case's pages: ``requested`` ("auto", None, "tesseract", "rapidocr") for a case in
    ``case_language``. ``auto``: Chinese with PP-OCR, English with Tesseract (see the module docstring for the
    measurements), the other engine when the preferred one is not installed. An explicit choice is kept even
    when it is not installed (the run then says so: :class:`EngineMissing`, exit 2)."""
    requested = (requested or "auto").lower()
    if requested != "auto":
        if requested not in _ENGINES:
            raise KeyError(requested)
        return requested
    have = available() if have is None else have
    first, second = (RAPIDOCR, TESSERACT) if case_language == "zh" else (TESSERACT, RAPIDOCR)
    if have.get(first) or not have.get(second):
        return first
    return second


def second_look(requested: str | None, first: str, case_language: str, have: dict[str, bool] | None = None) -> str | None:
    """The engine that takes a second look at an English case's pictures its first engine read poorly
    (:mod:`packet.understanding.second_look`), or None for no second look: PP-OCR, when the engine was left to
    ``auto`` (``requested`` "auto" or None: an explicit ``--ocr-engine tesseract`` is kept to), the case is English,
    its pages were read by Tesseract (``first``) and PP-OCR is installed (``have``: as :func:`available` says;
    default :func:`rapid_status`).
    Chinese cases are read by PP-OCR already, and a missing PP-OCR changes nothing."""
    if (requested or "auto").lower() != "auto" or first != TESSERACT or case_language == "zh":
        return None
    ok = rapid_status()[0] if have is None else bool(have.get(RAPIDOCR))
    return RAPIDOCR if ok else None


def _mem_available_mb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def jobs_for(name: str, jobs: int, mem_mb: float | None = None) -> int:
    """``jobs`` capped for engine ``name``: PP-OCR takes up to :data:`RAPID_MB_PER_JOB` MB per page read at once,
    so at most MemAvailable / that many pages run at once (at least 1). Tesseract (170 MB a page) is not
    capped. ``mem_mb``: the memory available (default: MemAvailable from /proc/meminfo; unknown: no cap)."""
    if name != RAPIDOCR:
        return jobs
    mem_mb = _mem_available_mb() if mem_mb is None else mem_mb
    if mem_mb is None:
        return jobs
    cap = max(1, int(mem_mb // RAPID_MB_PER_JOB))
    if cap < jobs:
        log.info("PP-OCR: %d page(s) at a time rather than %d (%.0f MB available, ~%d MB each)", cap, jobs,
                 mem_mb, RAPID_MB_PER_JOB)
    return min(jobs, cap)


def capped(executor: Executor, name: str) -> Executor:
    """``executor``, or one of fewer workers on this machine when engine ``name`` takes fewer pages at once in the
    memory available (:func:`jobs_for`): how a run reads a round of PP-OCR pages on an executor sized by ``--jobs``
    for Tesseract (``check``'s second look, each OCR round of ``batch``). A remote executor's workers are sized by
    their cluster: left as it is."""
    if getattr(executor, "remote", False):
        return executor
    cap = jobs_for(name, executor.workers)
    return executor_for(cap) if cap < executor.workers else executor


def install_advice(name: str, lang: str | None = None) -> str:
    """How to install engine ``name``, in ``lang``."""
    if name == TESSERACT:
        return tesseract.install_advice(lang)
    return tr(lang or env_lang(), "Install it with:  pip install 'rapidocr>=3,<4' onnxruntime\n"
                                  "then run `packet doctor` to check.",
              "请先安装：  pip install 'rapidocr>=3,<4' onnxruntime\n然后运行 `packet doctor` 检查。")
