"""The only module that runs Tesseract: probing the binary and its language data, and running it."""

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

logger = logging.getLogger(__name__)

REQUIRED_LANGS = ("eng", "chi_sim", "osd")
INSTALL_HINT = {
    "apt": "sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd",
    "brew": "brew install tesseract tesseract-lang",
}


@dataclass(frozen=True)
class TesseractInfo:
    path: str
    version: str
    languages: tuple[str, ...]


def install_advice(lang: str | None = None) -> str:
    lang = lang or env_lang()
    return tr(lang, "Install it with:\n  Debian/Ubuntu: {apt}\n  macOS (Homebrew): {brew}\nthen run `packet doctor` to check.",
              "请先安装：\n  Debian/Ubuntu：{apt}\n  macOS（Homebrew）：{brew}\n然后运行 `packet doctor` 检查。",
              apt=INSTALL_HINT["apt"], brew=INSTALL_HINT["brew"])


@lru_cache(maxsize=4)
def probe(binary: str = "tesseract") -> TesseractInfo:
    """Find Tesseract and its language data once; raise :class:`TesseractMissing` with install advice."""
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


def _run(args: list[str], timeout: float, what: str) -> subprocess.CompletedProcess[str]:
    info = probe()
    cmd = [info.path, *args]
    logger.debug("running %s", " ".join(cmd))
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=tesseract_env(),
                              check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise OCRFailed(tr(env_lang(), "Tesseract took longer than {s:.0f} s on {what}.",
                           "Tesseract 处理 {what} 超过 {s:.0f} 秒。", s=timeout, what=what)) from None
    except OSError as exc:
        raise OCRFailed(f"Tesseract could not start: {exc}", install_advice()) from None


def run_tsv(image: Path, languages: str, *, dpi: int | None = None, psm: int = 3,
            timeout: float = OCR_TIMEOUT) -> str:
    """OCR one page image file and return Tesseract's TSV (words with boxes, confidences, line numbers)."""
    args = [str(image), "stdout", "-l", languages, "--psm", str(psm)]
    if dpi:
        args += ["--dpi", str(int(dpi))]
    proc = _run([*args, "tsv"], timeout, image.name)
    if proc.returncode != 0 or not proc.stdout.startswith("level"):
        logger.debug("tesseract failed (%s): %s", proc.returncode, proc.stderr.strip())
        raise OCRFailed(tr(env_lang(), "Tesseract failed on a page (exit {rc}): {err}",
                           "Tesseract 识别页面失败（退出码 {rc}）：{err}", rc=proc.returncode,
                           err=proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "no output"))
    return proc.stdout


def run_osd(image: Path, *, timeout: float = OSD_TIMEOUT) -> Osd | None:
    """Orientation of one page image (``--psm 0``); None when Tesseract cannot tell (too little text)."""
    proc = _run([str(image), "stdout", "--psm", "0"], timeout, image.name)
    rot = re.search(r"Rotate:\s*(\d+)", proc.stdout)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", proc.stdout)
    if proc.returncode != 0 or not rot:
        logger.debug("osd gave no answer (%s): %s", proc.returncode, (proc.stderr or proc.stdout).strip())
        return None
    return Osd(rotate=int(rot.group(1)) % 360, confidence=float(conf.group(1)) if conf else 0.0)
