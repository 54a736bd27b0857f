"""A persistent, private and bounded cache of OCR'd pages, so `packet check` then `packet build` never OCR a page twice.

What it keeps: for each page read by OCR, the words packet read on it (their text, boxes and confidences),
as gzipped JSON of the :class:`Page`. That is the text of people's documents, ID numbers included, so
(the interface page, "Cache"):

- the folder and every folder below it are private to the user (mode 0700, entries 0600);
- entries are content-addressed below the file's sha256 (``<dir>/<sha[:2]>/<sha>/<key>.json.gz``), so the
  entries of one case's files can be forgotten (:meth:`OcrCache.forget`);
- every entry carries the sha256 of its payload and its own key, checked before use: an entry that does
  not match (corrupt, truncated, planted) is a miss, deleted, and the page is read again;
- entries not used for ``PACKET_CACHE_MAX_AGE_DAYS`` days (default 30) are pruned, and so are the oldest
  beyond ``PACKET_CACHE_MAX_MB`` megabytes (default 500), at most once an hour after a run that wrote.

The key covers the file's content (sha256), the page index and the OCR settings (languages, engine
version, :data:`packet.reading.ocr.OCR_VERSION`). Two runs may share a cache: entries are written to a
private temp file then renamed into place.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import shutil
import stat
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from packet.core.model import Page, Word
from packet.core.stopping import committing

logger = logging.getLogger(__name__)

FORMAT = 2  # layout of an entry; bump to ignore old entries (2: checked payload hash, entries per file)
DEFAULT_MAX_AGE_DAYS = 30.0
DEFAULT_MAX_MB = 500.0
PRUNE_EVERY_S = 3600.0  # automatic pruning at most this often
_PRUNE_STAMP = ".pruned"


@dataclass(frozen=True)
class CacheStats:
    """What the cache holds: ``entries`` pages in ``files`` documents, ``size`` bytes on disk."""

    dir: Path
    entries: int
    files: int
    size: int
    max_age_days: float
    max_bytes: int


def _env_number(name: str, default: float) -> float:
    """The positive number in the environment variable ``name``, else ``default`` (unset, or not valid: see
    :func:`invalid_limits`, which says so)."""
    try:
        value = float(os.environ.get(name, "") or default)
    except ValueError:
        return default
    return value if value > 0 and value == value and value != float("inf") else default


def invalid_limits() -> list[tuple[str, str, float]]:
    """The cache's limits set in the environment to something that is not a positive number: a list of
    (variable, value as set, default used instead), e.g. ``[("PACKET_CACHE_MAX_MB", "abc", 500.0)]``. A trial set
    ``PACKET_CACHE_MAX_MB=abc`` and ``=0`` and saw the default kept without a word; the commands warn with this."""
    bad = []
    for name, default in (("PACKET_CACHE_MAX_MB", DEFAULT_MAX_MB), ("PACKET_CACHE_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS)):
        raw = os.environ.get(name, "")
        if not raw.strip():
            continue
        try:
            value = float(raw)
        except ValueError:
            bad.append((name, raw, default))
            continue
        if not (value > 0 and value != float("inf")):
            bad.append((name, raw, default))
    return bad


def on_disk(st: os.stat_result) -> int:
    """The bytes a file takes on the disk: its allocated blocks (POSIX ``st_blocks``, in 512-byte units whatever the
    file system's block size), else its length where the system reports no blocks (Windows). A cache entry of a
    page's words is 1–3 KB compressed and takes a whole 4 KB block: counted by length, the cache's 500 MB limit let
    it grow to several times that on the disk (the size ``packet cache`` printed was 14 KB for 112 KB used: trial
    14)."""
    blocks = getattr(st, "st_blocks", None)
    return blocks * 512 if blocks else st.st_size


class OcrCache:
    """OCR results on disk below ``dir`` (created on first write, mode 0700).

    ``max_age_days`` and ``max_bytes`` bound it (default from ``PACKET_CACHE_MAX_AGE_DAYS`` and
    ``PACKET_CACHE_MAX_MB``). No method raises for a cache that cannot be read or written: a cache only
    saves time, so a failure costs a second reading and is logged with -v."""

    def __init__(self, dir: Path, *, max_age_days: float | None = None,  # noqa: A002 - the interface names it so
                 max_bytes: int | None = None) -> None:
        self.dir = Path(dir)
        self.max_age_days = max_age_days or _env_number("PACKET_CACHE_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS)
        self.max_bytes = max_bytes or int(_env_number("PACKET_CACHE_MAX_MB", DEFAULT_MAX_MB) * 1_000_000)
        self._wrote = False

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
        """The entry for page ``index`` of the file with content hash ``sha256`` read with ``settings``:
        ``"<sha256>/<digest>"``, so that a file's entries live together."""
        digest = hashlib.sha256(f"{FORMAT}|{sha256}|{index}|{settings}".encode()).hexdigest()
        return f"{sha256}/{digest}"

    def _path(self, key: str) -> Path:
        sha, _, digest = key.partition("/")
        return self.dir / sha[:2] / sha / f"{digest}.json.gz"

    def _private_dirs(self, path: Path) -> None:
        """Create ``path``'s folders, each made here mode 0700: the cache root's missing parents too (a fresh
        account has no ~/.cache; a new PACKET_CACHE_DIR may be several levels deep), else nothing would be kept."""
        for folder in reversed(self.dir.parents):
            if not folder.exists():
                folder.mkdir(mode=0o700, exist_ok=True)
        for folder in [*reversed(path.parents)][len(self.dir.parents):]:
            if folder == self.dir or self.dir in folder.parents:
                folder.mkdir(mode=0o700, exist_ok=True)
                if stat.S_IMODE(folder.stat().st_mode) != 0o700:
                    folder.chmod(0o700)

    def get(self, key: str) -> Page | None:
        """The page stored under ``key``, or None (absent, unreadable, or failing its check: then deleted)."""
        path = self._path(key)
        try:
            with gzip.open(path, "rb") as fh:
                entry = json.loads(fh.read().decode("utf-8"))
            payload = entry["page"]
            digest = hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
            if entry.get("key") != key or entry.get("sha256") != digest:
                raise ValueError("entry does not match its key or its checksum")
            page = page_from_json(payload)
        except FileNotFoundError:
            return None
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
            logger.debug("ignoring and removing a bad cache entry %s: %s", path, exc)
            path.unlink(missing_ok=True)
            return None
        try:
            os.utime(path)  # recently used: kept by the age limit
        except OSError:
            pass
        return page

    def put(self, key: str, page: Page) -> None:
        """Store ``page`` atomically and privately (0600 in 0700 folders)."""
        path = self._path(key)
        payload = page_to_json(page)
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        entry = {"format": FORMAT, "key": key, "sha256": hashlib.sha256(text.encode()).hexdigest(), "page": payload}
        try:
            self._private_dirs(path)
            with committing():  # a stop (Ctrl-C) waits for the entry: whole or not at all, no temporary file left
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".gz", dir=path.parent)  # mkstemp: mode 0600
                try:
                    with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
                        fh.write(json.dumps(entry, ensure_ascii=False).encode("utf-8"))
                    os.replace(tmp, path)
                except BaseException:
                    Path(tmp).unlink(missing_ok=True)
                    raise
            self._wrote = True
        except OSError as exc:
            logger.debug("could not write cache entry %s: %s", path, exc)

    def writable(self) -> bool:
        """Whether entries can be stored: the cache folder, or its nearest existing parent (folders are made on
        the first write), is a folder this process may write in."""
        folder = self.dir
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)

    # --- housekeeping ---------------------------------------------------------------------------------

    def _entries(self) -> list[tuple[Path, os.stat_result]]:
        out = []
        if not self.dir.is_dir():
            return out
        for path in [*self.dir.glob("??/*/*"), *self.dir.glob("??/*")]:
            try:
                st = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                out.append((path, st))
        return out

    def stats(self) -> CacheStats:
        """How many entries, for how many files, and how many bytes they take on the disk (:func:`on_disk`)."""
        entries = self._entries()
        return CacheStats(dir=self.dir, entries=sum(1 for p, _ in entries if p.name.endswith(".json.gz")),
                          files=len({p.parent for p, _ in entries}), size=sum(on_disk(st) for _, st in entries),
                          max_age_days=self.max_age_days, max_bytes=self.max_bytes)

    def prune(self, now: float | None = None) -> int:
        """Delete entries unused for longer than the age limit, then the least recently used beyond the size
        limit, and left-over temporary files of killed runs. Returns how many files were deleted."""
        now = time.time() if now is None else now
        removed = 0
        keep = []
        for path, st in self._entries():
            stale_tmp = path.name.startswith(".tmp-") and now - st.st_mtime > 3600
            legacy = path.parent.parent == self.dir  # an entry of the first format, directly below <sha[:2]>/
            if stale_tmp or legacy or now - st.st_mtime > self.max_age_days * 86400:
                path.unlink(missing_ok=True)
                removed += 1
            else:
                keep.append((path, st))
        total = sum(on_disk(st) for _, st in keep)
        for path, st in sorted(keep, key=lambda e: e[1].st_mtime):
            if total <= self.max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= on_disk(st)
            removed += 1
        self._remove_empty_dirs()
        return removed

    def prune_if_due(self) -> None:
        """After a run that wrote entries: :meth:`prune`, at most once per :data:`PRUNE_EVERY_S`."""
        if not self._wrote:
            return
        stamp = self.dir / _PRUNE_STAMP
        try:
            if stamp.exists() and time.time() - stamp.stat().st_mtime < PRUNE_EVERY_S:
                return
            self.prune()
            stamp.touch(mode=0o600)
            os.utime(stamp)
        except OSError as exc:
            logger.debug("could not prune the cache: %s", exc)

    def forget(self, sha256s: set[str]) -> int:
        """Delete every entry of the files with these content hashes. Returns how many were deleted."""
        removed = 0
        for sha in sha256s:
            folder = self.dir / sha[:2] / sha
            if folder.is_dir() and not folder.is_symlink():
                removed += sum(1 for _ in folder.iterdir())
                shutil.rmtree(folder, ignore_errors=True)
        self._remove_empty_dirs()
        return removed

    def clear(self) -> int:
        """Delete everything packet keeps in this cache. Returns how many entries were deleted."""
        count = len(self._entries())
        for child in (self.dir.iterdir() if self.dir.is_dir() else ()):
            if child.is_dir() and not child.is_symlink() and len(child.name) == 2:
                shutil.rmtree(child, ignore_errors=True)
            elif child.name == _PRUNE_STAMP:
                child.unlink(missing_ok=True)
        return count

    def _remove_empty_dirs(self) -> None:
        for folder in sorted(self.dir.glob("??/*"), reverse=True) + sorted(self.dir.glob("??"), reverse=True):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                pass


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
                corners=tuple(float(v) for v in data["corners"]) if data.get("corners") else None,
                raster=bool(data.get("raster", False)), shade=bool(data.get("shade", False)))
