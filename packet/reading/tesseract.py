"""The only module that runs Tesseract: probing the binary and its language data, and running it.

Pages are read through ``pytesseract`` (``image_to_data`` for TSV, ``image_to_osd`` for orientation), always
given the path of an image file the caller wrote (handing pytesseract a PIL image would make it write
another temporary copy: about 0.5 s a page). Around it this module keeps what pytesseract does not do:
the probe (:func:`probe`, :func:`require`) with a minimum version, a time-out on every call,
``OMP_THREAD_LIMIT=1`` in the environment of every call (OpenMP makes Tesseract 5x slower on shared
cores, and pytesseract's child inherits the environment it is given), and the typed errors
(:class:`TesseractMissing`, :class:`OCRFailed`) in place of pytesseract's own.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from packet.core.errors import OCRFailed, TesseractMissing
from packet.core.i18n import env_lang, tr
from packet.core.stopping import stopping

logger = logging.getLogger(__name__)

REQUIRED_LANGS = ("eng", "chi_sim", "osd")
INSTALL_HINT = {
    "apt": "sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd",
    "brew": "brew install tesseract tesseract-lang",
}


# 4.0 brought the LSTM engine and models (chi_sim reads poorly with 3.x) and the ``--psm`` spelling used
# here; 4.1 is the oldest release still shipped by maintained distributions (Ubuntu 20.04: 4.1.1), so it is
# the floor. The suite runs against 5.3.
MIN_VERSION = (4, 1)


class TesseractTooOld(TesseractMissing):
    """Tesseract runs but is older than :data:`MIN_VERSION` (or does not say its version)."""


@dataclass(frozen=True)
class TesseractInfo:
    path: str
    version: str  # as Tesseract prints it: "5.3.0"
    languages: tuple[str, ...]


def version_tuple(version: str) -> tuple[int, ...] | None:
    """ "5.3.0" -> (5, 3, 0); None when ``version`` does not start with numbers."""
    m = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    return tuple(int(g) for g in m.groups() if g is not None) if m else None


def install_advice(lang: str | None = None) -> str:
    lang = lang or env_lang()
    return tr(lang, "Install it with:\n  Debian/Ubuntu: {apt}\n  macOS (Homebrew): {brew}\nthen run `packet doctor` to check.",
              "请先安装：\n  Debian/Ubuntu：{apt}\n  macOS（Homebrew）：{brew}\n然后运行 `packet doctor` 检查。",
              apt=INSTALL_HINT["apt"], brew=INSTALL_HINT["brew"])


@lru_cache(maxsize=4)
def probe(binary: str = "tesseract") -> TesseractInfo:
    """Find Tesseract, its version and its language data once (30 s time-out per question); raise
    :class:`TesseractMissing` with install advice when it is absent, does not run, or is older than
    :data:`MIN_VERSION`."""
    path = shutil.which(binary)
    if not path:
        raise TesseractMissing(tr(env_lang(), "Tesseract (the OCR program packet uses) is not installed.",
                                  "未安装 Tesseract（packet 用于文字识别的程序）。"), install_advice())
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30, check=False)
        langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TesseractMissing(f"Tesseract at {path} does not run: {exc}", install_advice()) from None
    m = re.search(r"tesseract\s+v?(\d+\.\d+(?:\.\d+)?)", out.stdout + out.stderr)
    version = m.group(1) if m else "unknown"
    numbers = version_tuple(version)
    if numbers is None or numbers < MIN_VERSION:
        minimum = ".".join(map(str, MIN_VERSION))
        raise TesseractTooOld(tr(env_lang(), "Tesseract {v} at {p} is too old: packet needs version {m} or newer.",
                                  "{p} 处的 Tesseract 版本 {v} 太旧：packet 需要 {m} 或更新的版本。",
                                  v=version, p=path, m=minimum), install_advice())
    found = tuple(sorted(line.strip() for line in (langs.stdout + langs.stderr).splitlines()[1:] if line.strip()
                         and not line.startswith("List of")))
    return TesseractInfo(path=path, version=version, languages=found)


def require(languages: str) -> TesseractInfo:
    """Check Tesseract and every language in ``languages`` ("chi_sim+eng") before any OCR starts."""
    info = probe()
    missing = [x for x in languages.split("+") if x and x not in info.languages]
    if missing:
        raise TesseractMissing(
            tr(env_lang(), "Tesseract is installed but lacks the language data: {langs}.",
               "Tesseract 已安装，但缺少语言数据：{langs}。", langs=", ".join(missing)), install_advice())
    return info


# --- running Tesseract -----------------------------------------------------------------------------

OCR_TIMEOUT = 300.0  # seconds for one page; a 300-DPI A4 page takes 2-4 s on one core
OSD_TIMEOUT = 120.0


@dataclass(frozen=True)
class Osd:
    """Tesseract's orientation guess: ``rotate`` clockwise degrees make the page upright."""

    rotate: int
    confidence: float


def tesseract_env() -> dict[str, str]:
    """The environment of every Tesseract call: one thread each (OpenMP makes it 5x slower on shared cores)."""
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


class _NoAnswer(OCRFailed):
    """Tesseract ran and failed (an exit status, or no output file)."""


def _pytesseract(call, image: Path, timeout: float, **kw) -> str:
    """Run one pytesseract ``call`` on the image file ``image``; its errors become the typed ones."""
    import pytesseract  # here, not at the top: it imports numpy (0.25 s), which a warm re-run never needs
    import pytesseract.pytesseract as _pyt

    info = probe()
    _pyt.tesseract_cmd = info.path
    # pytesseract hands its module-level ``environ`` to the child: this call's is os.environ plus one thread
    _pyt.environ = tesseract_env()
    logger.debug("running %s on %s (%s)", call.__name__, image, kw)
    if stopping():  # Ctrl-C: no new Tesseract process (packet.core.stopping kills the ones running)
        raise OCRFailed("stopped")
    try:
        return call(str(image), timeout=timeout, **kw)
    except pytesseract.TesseractNotFoundError:
        raise OCRFailed(f"Tesseract could not start: {info.path}", install_advice()) from None
    except pytesseract.TesseractError as exc:
        logger.debug("tesseract failed (%s): %s", exc.status, exc.message)
        raise _NoAnswer(tr(env_lang(), "Tesseract failed on a page (exit {rc}): {err}",
                           "Tesseract 识别页面失败（退出码 {rc}）：{err}", rc=exc.status,
                           err=exc.message.strip() or "no output")) from None
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout" (the child is killed)
        if "timeout" not in str(exc).lower():
            raise
        raise OCRFailed(tr(env_lang(), "Tesseract took longer than {s:.0f} s on {what}.",
                           "Tesseract 处理 {what} 超过 {s:.0f} 秒。", s=timeout, what=image.name)) from None
    except OSError as exc:  # Tesseract ran but wrote no output file
        raise _NoAnswer(f"Tesseract gave no output for {image.name}: {exc}") from None
    except SystemExit as exc:  # pytesseract's answer to a version it cannot parse
        raise TesseractMissing(f"pytesseract cannot use Tesseract at {info.path}: {exc}", install_advice()) from None


def run_tsv(image: Path, languages: str, *, dpi: int | None = None, psm: int = 3,
            timeout: float = OCR_TIMEOUT) -> str:
    """OCR one page image file (a path: TIFF, PNG, ...; its DPI from the file unless ``dpi`` is given) in
    ``languages`` ("chi_sim+eng") with page segmentation ``psm``, and return Tesseract's TSV: a header line,
    then one tab-separated row per block/paragraph/line/word with pixel boxes and confidences (0-100, -1 for
    non-words). Raises :class:`OCRFailed` on a failure or after ``timeout`` seconds, :class:`TesseractMissing`
    when Tesseract is absent or too old."""
    config = f"--psm {psm}" + (f" --dpi {int(dpi)}" if dpi else "")
    import pytesseract

    tsv = _pytesseract(pytesseract.image_to_data, image, timeout, lang=languages, config=config,
                       output_type=pytesseract.Output.STRING)
    if not tsv.startswith("level"):
        raise OCRFailed(tr(env_lang(), "Tesseract failed on a page (exit {rc}): {err}",
                           "Tesseract 识别页面失败（退出码 {rc}）：{err}", rc=0, err="no TSV output"))
    return tsv


def run_osd(image: Path, *, timeout: float = OSD_TIMEOUT) -> Osd | None:
    """Orientation of one page image file (``--psm 0``); None when Tesseract cannot tell (too little text).
    Raises :class:`OCRFailed` after ``timeout`` seconds, :class:`TesseractMissing` when Tesseract is absent."""
    try:
        # lang=None: no "-l", so the command is the one the OSD results were tuned on
        import pytesseract

        out = _pytesseract(pytesseract.image_to_osd, image, timeout, lang=None)
    except _NoAnswer as exc:
        logger.debug("osd gave no answer: %s", exc.message)
        return None
    rot = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rot:
        logger.debug("osd gave no answer: %s", out.strip())
        return None
    return Osd(rotate=int(rot.group(1)) % 360, confidence=float(conf.group(1)) if conf else 0.0)
