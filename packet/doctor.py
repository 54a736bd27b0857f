"""`packet doctor`: what packet needs on this machine, what is there, and how to install what is not."""

from __future__ import annotations

import platform
import shutil
from dataclasses import dataclass
from importlib import metadata

from packet.core.errors import PacketError
from packet.reading.tesseract import INSTALL_HINT, REQUIRED_LANGS, TesseractTooOld, probe

PACKAGES = ("click", "pypdf", "pillow", "pillow-heif", "pypdfium2", "pytesseract", "reportlab")
LANG_PACKAGES = {"eng": "tesseract-ocr-eng", "chi_sim": "tesseract-ocr-chi-sim", "osd": "tesseract-ocr-osd"}


@dataclass(frozen=True)
class Check:
    what: str
    ok: bool
    detail: str
    fix: str | None = None  # the exact command that installs what is missing


def _on_mac() -> bool:
    return platform.system() == "Darwin"


def run_checks() -> list[Check]:
    checks: list[Check] = []
    try:
        info = probe()
    except PacketError as exc:
        fix = INSTALL_HINT["brew"] if _on_mac() else INSTALL_HINT["apt"]
        checks.append(Check("Tesseract", False, exc.message if isinstance(exc, TesseractTooOld) else "not found on PATH",
                            fix))
        info = None
    if info:
        checks.append(Check("Tesseract", True, f"{info.version} ({info.path})"))
        for lang in REQUIRED_LANGS:
            have = lang in info.languages
            fix = "brew install tesseract-lang" if _on_mac() else f"sudo apt-get install -y {LANG_PACKAGES[lang]}"
            checks.append(Check(f"Tesseract language {lang}", have, "installed" if have else "missing",
                                None if have else fix))
    for name in PACKAGES:
        try:
            checks.append(Check(f"Python package {name}", True, metadata.version(name)))
        except metadata.PackageNotFoundError:
            checks.append(Check(f"Python package {name}", False, "missing", f"pip install '{name}'"))
    try:
        from packet.assembly.fonts import find_cjk_font

        path, index = find_cjk_font()
        checks.append(Check("CJK font (Chinese cover letters)", True, f"{path}" + (f" (face {index})" if index else "")))
    except PacketError:
        fix = "brew install --cask font-wqy-zenhei" if _on_mac() else "sudo apt-get install -y fonts-wqy-zenhei"
        checks.append(Check("CJK font (Chinese cover letters)", False, "no TrueType font with Chinese glyphs", fix))
    except ImportError:  # pragma: no cover - during development only
        pass
    for tool, why in (("pdftoppm", "optional: render pages to PNG to look at them"),):
        found = shutil.which(tool)
        fix = "brew install poppler" if _on_mac() else "sudo apt-get install -y poppler-utils"
        checks.append(Check(f"{tool} ({why})", True, found or "not installed (optional)",
                            None if found else fix))
    try:
        from packet.reading.ocr_cache import OcrCache

        checks.append(Check("OCR cache folder", True, str(OcrCache.default().dir)))
    except (ImportError, AttributeError, PacketError):  # pragma: no cover
        pass
    return checks
