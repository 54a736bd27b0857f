"""`packet doctor`: what packet needs on this machine, what is there, and how to install what is not.

Both OCR engines are listed (Tesseract; PP-OCR through rapidocr), then one line saying what reads scans and
photos with the engines that are there: packet works with either one alone.
"""

from __future__ import annotations

import platform
import shutil
from dataclasses import dataclass
from functools import partial
from importlib import metadata

from packet.core.errors import PacketError
from packet.core.i18n import env_lang, tr
from packet.reading.engines import RAPIDOCR, TESSERACT, rapid_status
from packet.reading.tesseract import INSTALL_HINT, REQUIRED_LANGS, TesseractTooOld, probe

PACKAGES = ("click", "pypdf", "pillow", "pillow-heif", "pypdfium2", "pytesseract", "reportlab")
RAPID_FIX = "pip install 'rapidocr>=3,<4' 'onnxruntime<1.29'"  # see engines.ORT_FIRST_TELEMETRY
LANG_PACKAGES = {"eng": "tesseract-ocr-eng", "chi_sim": "tesseract-ocr-chi-sim", "osd": "tesseract-ocr-osd"}


@dataclass(frozen=True)
class Check:
    """One line of `packet doctor`: ``what`` was looked for (in the messages' language), whether it is there,
    ``detail`` (a version, a path, or why it is missing), ``fix`` the exact command that installs it, and ``id``,
    a name that does not change with the language (``tesseract``, ``tesseract-lang:chi_sim``, ``rapidocr``,
    ``ocr-engines``, ``package:pypdf``, ``cjk-font``, ``tool:pdftoppm``, ``cache-dir``) for scripts reading
    ``packet doctor --json``."""

    what: str
    ok: bool
    detail: str
    fix: str | None = None  # the exact command that installs what is missing
    id: str = ""

    def to_json(self) -> dict:
        """``{"id", "what", "ok", "detail", "fix"}``: the shape of each entry of ``packet doctor --json``."""
        return {"id": self.id, "what": self.what, "ok": self.ok, "detail": self.detail, "fix": self.fix}


def _on_mac() -> bool:
    return platform.system() == "Darwin"


def run_checks() -> list[Check]:
    """Every check, its words in the messages' language (``env_lang``): what, ok, detail, the install command."""
    lang = env_lang()
    checks: list[Check] = []
    try:
        info = probe()
    except PacketError as exc:
        fix = INSTALL_HINT["brew"] if _on_mac() else INSTALL_HINT["apt"]
        checks.append(Check("Tesseract", False, exc.message if isinstance(exc, TesseractTooOld) else tr(
            lang, "not found on PATH", "未找到（不在 PATH 中）"),
                            fix, id="tesseract"))
        info = None
    if info:
        checks.append(Check("Tesseract", True, f"{info.version} ({info.path})", id="tesseract"))
        for code in REQUIRED_LANGS:
            have = code in info.languages
            fix = "brew install tesseract-lang" if _on_mac() else f"sudo apt-get install -y {LANG_PACKAGES[code]}"
            checks.append(Check(tr(lang, "Tesseract language {c}", "Tesseract 语言数据 {c}", c=code), have,
                                tr(lang, "installed", "已安装") if have else tr(lang, "missing", "缺少"),
                                None if have else fix, id=f"tesseract-lang:{code}"))
    rapid_ok, rapid_detail = rapid_status()
    checks.append(Check(tr(lang, "OCR engine PP-OCR (rapidocr)", "识别引擎 PP-OCR（rapidocr）"), rapid_ok, rapid_detail.split(", models ")[0],
                        None if rapid_ok else RAPID_FIX, id="rapidocr"))
    tess_ok = info is not None and all(lang in info.languages for lang in REQUIRED_LANGS)
    checks.append(engines_summary({TESSERACT: tess_ok, RAPIDOCR: rapid_ok}, lang))
    for name in PACKAGES:
        try:
            checks.append(Check(tr(lang, "Python package {n}", "Python 包 {n}", n=name), True, metadata.version(name),
                                id=f"package:{name}"))
        except metadata.PackageNotFoundError:
            checks.append(Check(tr(lang, "Python package {n}", "Python 包 {n}", n=name), False, tr(lang, "missing", "缺少"),
                                f"pip install '{name}'", id=f"package:{name}"))
    try:
        from packet.assembly.fonts import find_cjk_font

        path, index = find_cjk_font()
        checks.append(Check(tr(lang, "CJK font (Chinese cover letters)", "中文字体（中文申请书）"), True, f"{path}" + (f" (face {index})" if index else ""),
                            id="cjk-font"))
    except PacketError:
        fix = "brew install --cask font-wqy-zenhei" if _on_mac() else "sudo apt-get install -y fonts-wqy-zenhei"
        checks.append(Check(tr(lang, "CJK font (Chinese cover letters)", "中文字体（中文申请书）"), False,
                            tr(lang, "no TrueType font with Chinese glyphs", "没有含中文字形的 TrueType 字体"), fix, id="cjk-font"))
    except ImportError:  # pragma: no cover - during development only
        pass
    for tool, why in (("pdftoppm", tr(lang, "optional: render pages to PNG to look at them",
                                      "可选：把页面转成 PNG 图片查看")),):
        found = shutil.which(tool)
        fix = "brew install poppler" if _on_mac() else "sudo apt-get install -y poppler-utils"
        checks.append(Check(tr(lang, "{t} ({w})", "{t}（{w}）", t=tool, w=why), True,
                            found or tr(lang, "not installed (optional)", "未安装（可选）"),
                            None if found else fix, id=f"tool:{tool}"))
    try:
        from packet.reading.ocr_cache import OcrCache

        cache = OcrCache.default()
        ok = cache.writable()
        checks.append(Check(tr(lang, "OCR cache folder", "识别结果缓存文件夹"), ok, str(cache.dir) if ok else tr(
            lang, "{d}: cannot be written, so every run reads every page again", "{d}：无法写入，每次运行都要重新识别每一页",
            d=cache.dir), None if ok else tr(lang, "set PACKET_CACHE_DIR to a folder you can write", "把 PACKET_CACHE_DIR 设为一个可写入的文件夹"),
                            id="cache-dir"))
    except (ImportError, AttributeError, PacketError):  # pragma: no cover
        pass
    return checks


def engines_summary(have: dict[str, bool], lang: str | None = None) -> Check:
    """One line on what reads scans and photos with the engines ``have`` says are usable; ok unless neither is."""
    lang = lang or env_lang()
    what = tr(lang, "Reading scans and photos", "识别扫描件和照片")
    check = partial(Check, what, id="ocr-engines")
    if have.get(TESSERACT) and have.get(RAPIDOCR):
        return check(True, tr(lang, "both engines: Chinese with PP-OCR, English with Tesseract (--ocr-engine auto)",
                                    "两个引擎都可用：中文用 PP-OCR，英文用 Tesseract（--ocr-engine auto）"))
    if have.get(RAPIDOCR):
        return check(True, tr(lang, "PP-OCR alone reads Chinese and English pages; Tesseract is needed only "
                                          "for --ocr-engine tesseract",
                                    "仅 PP-OCR：中文和英文页面都能识别；只有 --ocr-engine tesseract 需要 Tesseract"))
    if have.get(TESSERACT):
        return check(True, tr(lang, "Tesseract alone reads every page; Chinese scans read less well without "
                                          "PP-OCR (install it: {fix})",
                                    "仅 Tesseract：所有页面都能识别，但没有 PP-OCR 时中文扫描件识别较差（安装：{fix}）",
                                    fix=RAPID_FIX))
    return check(False, tr(lang, "no OCR engine: only PDFs with a text layer can be read",
                                 "没有可用的识别引擎：只能读取带文字层的 PDF"), RAPID_FIX)
