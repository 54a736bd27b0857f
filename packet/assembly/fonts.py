"""Fonts for the generated pages: a CJK TrueType font for Chinese, Helvetica for English.

Chinese text must show in every PDF viewer, so the font is embedded (reportlab subsets it). reportlab
can embed only TrueType outlines (``glyf``), not CFF/OpenType-PS outlines (``OTTO``), so candidates
are checked before use. ``PACKET_CJK_FONT`` (a path, optionally ``path#index`` for a .ttc) overrides
the search.
"""

from __future__ import annotations

import logging
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from packet.core.errors import PacketError
from packet.core.i18n import tr

log = logging.getLogger(__name__)

CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # usually CFF: checked, skipped if so
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)
INSTALL = {"apt": "sudo apt-get install fonts-wqy-zenhei", "brew": "brew install --cask font-wqy-zenhei"}
CJK_NAME = "PacketCJK"
LATIN, LATIN_BOLD = "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True)
class FontSet:
    """The font names to use on a page: ``regular``/``bold`` for body text, ``cjk`` for Chinese runs."""

    regular: str
    bold: str
    cjk: str | None  # registered CJK font name, or None when none is needed

    def for_text(self, text: str) -> str:
        """Helvetica cannot show anything beyond Latin-1: use the CJK font for such text."""
        if self.cjk and not _latin1(text):
            return self.cjk
        return self.regular


def _latin1(text: str) -> bool:
    return all(ord(c) < 256 for c in text)


def needs_cjk(*texts: str | None) -> bool:
    return any(t and not _latin1(t) for t in texts)


def truetype_faces(path: Path) -> list[int]:
    """Indexes of the faces in ``path`` that have TrueType outlines (empty for CFF-only or non-fonts)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                offsets = struct.unpack(f">{count}I", fh.read(4 * count))
            else:
                offsets = (0,)
            faces = []
            for i, off in enumerate(offsets):
                fh.seek(off)
                sfnt = fh.read(12)
                if sfnt[:4] not in (b"\x00\x01\x00\x00", b"true"):
                    continue
                tables = struct.unpack(">H", sfnt[4:6])[0]
                tags = {fh.read(16)[:4] for _ in range(tables)}
                if b"glyf" in tags:
                    faces.append(i)
            return faces
    except (OSError, struct.error):
        return []


def _env_font() -> tuple[Path, int] | None:
    raw = os.environ.get("PACKET_CJK_FONT", "").strip()
    if not raw:
        return None
    path, _, idx = raw.partition("#")
    return Path(path).expanduser(), int(idx) if idx.isdigit() else -1


@lru_cache(maxsize=1)
def find_cjk_font() -> tuple[Path, int]:
    """The first usable CJK TrueType font (path, face index); raise PacketError with install advice if none."""
    tried: list[str] = []
    env = _env_font()
    candidates: list[tuple[Path, int]] = [env] if env else []
    candidates += [(Path(p), -1) for p in CANDIDATES]
    for path, index in candidates:
        if not path.is_file():
            continue
        faces = truetype_faces(path)
        if not faces:
            tried.append(f"{path} (PostScript/CFF outlines: cannot be embedded)")
            continue
        return path, index if index in faces else faces[0]
    lang = "zh" if os.environ.get("PACKET_LANG", os.environ.get("LANG", "")).startswith("zh") else "en"
    detail = ("; ".join(tried) + ". ") if tried else ""
    raise PacketError(
        tr(lang, "No Chinese TrueType font found to write the Chinese pages. {detail}",
           "找不到可用于生成中文页面的中文 TrueType 字体。{detail}", detail=detail),
        tr(lang, "Install one:\n  Debian/Ubuntu: {apt}\n  macOS: {brew}\nor set PACKET_CJK_FONT=/path/to/font.ttf "
                 "(TrueType outlines; .ttc also works).",
           "请安装字体：\n  Debian/Ubuntu：{apt}\n  macOS：{brew}\n或设置 PACKET_CJK_FONT=/字体/路径.ttf（需 TrueType 轮廓，.ttc 亦可）。",
           apt=INSTALL["apt"], brew=INSTALL["brew"]),
    )


@lru_cache(maxsize=1)
def register_cjk() -> str:
    """Register the CJK font with reportlab once (a regular and a 'bold' alias) and return its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path, index = find_cjk_font()
    try:
        pdfmetrics.registerFont(TTFont(CJK_NAME, str(path), subfontIndex=index))
    except TTFError as exc:  # pragma: no cover - the header check should have caught it
        raise PacketError(f"cannot use the font {path}: {exc}",
                          f"Install another one: {INSTALL['apt']}, or set PACKET_CJK_FONT") from None
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK_NAME, bold, italic, CJK_NAME)
    log.debug("CJK font %s (face %d)", path, index)
    return CJK_NAME


def font_set(lang: str, *texts: str | None) -> FontSet:
    """Fonts for a document in ``lang`` whose content includes ``texts`` (names, addresses, statement…)."""
    if lang == "zh":
        name = register_cjk()
        return FontSet(regular=name, bold=name, cjk=name)
    cjk = register_cjk() if needs_cjk(*texts) else None
    return FontSet(regular=LATIN, bold=LATIN_BOLD, cjk=cjk)


def markup(text: str, fonts: FontSet) -> str:
    """``text`` escaped for a reportlab Paragraph, with non-Latin-1 runs set in the CJK font."""
    from xml.sax.saxutils import escape

    if not fonts.cjk or fonts.regular == fonts.cjk:
        return escape(text)
    out, run, run_cjk = [], "", False
    for ch in text:
        beyond = ord(ch) >= 256
        if run and beyond != run_cjk:
            out.append(f'<font face="{fonts.cjk}">{escape(run)}</font>' if run_cjk else escape(run))
            run = ""
        run += ch
        run_cjk = beyond
    if run:
        out.append(f'<font face="{fonts.cjk}">{escape(run)}</font>' if run_cjk else escape(run))
    return "".join(out)
