"""A persistent cache of OCR'd pages, so `packet check` then `packet build` never OCRs a page twice.

Entries are keyed by the file's content (sha256), the page index and the OCR settings (languages,
Tesseract version, :data:`packet.reading.ocr.OCR_VERSION`), and stored as gzipped JSON of the :class:`Page`.
Two runs may share a cache: entries are written to a private temp file then renamed into place, and
a corrupt or unreadable entry is treated as a miss (the page is OCR'd again and the entry rewritten).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from packet.core.model import Page, Word

logger = logging.getLogger(__name__)

FORMAT = 1  # layout of an entry; bump to ignore old entries


class OcrCache:
    """OCR results on disk below ``dir`` (created on first write)."""

    def __init__(self, dir: Path) -> None:  # noqa: A002 - the interface names it so
        self.dir = Path(dir)

    @classmethod
    def default(cls) -> OcrCache:
        """$PACKET_CACHE_DIR, else the platform's cache folder (XDG on Linux, ~/Library/Caches on macOS)."""
        env = os.environ.get("PACKET_CACHE_DIR")
        if env:
            return cls(Path(env).expanduser())
        if sys.platform == "darwin":
            return cls(Path.home() / "Library" / "Caches" / "packet")
        if sys.platform.startswith("win"):
            base = os.environ.get("LOCALAPPDATA")
            return cls(Path(base) / "packet" / "cache" if base else Path.home() / ".cache" / "packet")
        xdg = os.environ.get("XDG_CACHE_HOME")
        return cls((Path(xdg) if xdg else Path.home() / ".cache") / "packet")

    @staticmethod
    def key(sha256: str, index: int, settings: str) -> str:
        """The entry name for page ``index`` of the file with content hash ``sha256`` read with ``settings``."""
        return hashlib.sha256(f"{FORMAT}|{sha256}|{index}|{settings}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json.gz"

    def get(self, key: str) -> Page | None:
        path = self._path(key)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                return page_from_json(json.load(fh))
        except FileNotFoundError:
            return None
        except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
            logger.debug("ignoring corrupt cache entry %s: %s", path, exc)
            return None

    def put(self, key: str, page: Page) -> None:
        """Store ``page`` atomically; a cache that cannot be written only costs time, so failures are logged."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".gz", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
                    fh.write(json.dumps(page_to_json(page), ensure_ascii=False).encode("utf-8"))
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            logger.debug("could not write cache entry %s: %s", path, exc)


def page_to_json(page: Page) -> dict:
    data = asdict(page)
    data["words"] = [[w.text, list(w.box), w.conf, w.line] for w in page.words]
    return data


def page_from_json(data: dict) -> Page:
    words = tuple(Word(text=str(t), box=(float(b[0]), float(b[1]), float(b[2]), float(b[3])), conf=float(c),
                       line=int(n)) for t, b, c, n in data["words"])
    return Page(number=int(data["number"]), width=float(data["width"]), height=float(data["height"]),
                source=data["source"], text=str(data["text"]), words=words, rotation=int(data["rotation"]),
                skew=float(data["skew"]), confidence=data["confidence"], dpi=data["dpi"],
                crop=tuple(float(v) for v in data["crop"]) if data.get("crop") else None,
                raster=bool(data.get("raster", False)))
