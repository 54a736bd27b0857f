"""What keeps the page private: the per-run secret, the CSRF token, safe names, one-time phone tokens.

- The server listens on the loopback address only (``--lan`` adds a second, upload-only listener).
- Every request carries the per-run secret: the address printed by ``packet serve`` holds it as ``?s=…``;
  the first visit turns it into a cookie (HttpOnly, SameSite=Strict) and drops it from the address bar.
- Every form carries a CSRF token derived from the secret, and a post whose ``Origin`` or
  ``Sec-Fetch-Site`` says it came from another site is refused (another site the user visits cannot post
  to the page even though the browser holds the cookie).
- The ``Host`` header must name the address the server listens on (a DNS-rebinding page cannot read it).
- Uploaded file names are refused when they hold a path (``../``, ``/``, ``C:\\``) or control characters,
  and made safe otherwise (see :func:`safe_name`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
import unicodedata
from dataclasses import dataclass

COOKIE = "packet_key"
LANG_COOKIE = "packet_lang"
# the formats the reader accepts (interface.md, "The case folder"); anything else is refused at upload
EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif", ".webp")
MAX_NAME = 120  # characters of an uploaded file's name (many file systems allow 255 bytes, 3 per CJK character)


def new_secret() -> str:
    """A fresh per-run secret: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def derive(secret: str, purpose: str) -> str:
    """A token for ``purpose`` derived from the run's secret (HMAC-SHA256, 32 hex digits)."""
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()[:32]


def same(a: str | None, b: str) -> bool:
    """Constant-time comparison of a token the browser sent with the one expected."""
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


class BadName(ValueError):
    """An uploaded file name that is refused; ``reason`` is ``path``, ``odd``, ``type`` or (a case folder's name)
    ``hidden``: one starting with "." (packet never reads a hidden folder)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name)
        self.name = name
        self.reason = reason


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNSAFE = re.compile(r"[<>:\"|?*]+")  # characters Windows refuses, and shells dislike
# what browsers write for these three characters of a file name in a multipart form (WHATWG HTML, "multipart/form-data
# encoding algorithm": " is sent as %22, LF as %0A, CR as %0D); Starlette passes the name on as sent
_FORM_ESCAPES = {"%22": '"', "%0A": "\n", "%0D": "\r"}


def safe_name(name: str | None) -> str:
    """The name an upload is saved under, or :class:`BadName`.

    Refused: empty; a path (``/`` or ``\\`` anywhere, ``..``, a drive letter); control characters; a name that
    starts with a dot (hidden: the check skips it); ``packet.toml``; a type the reader does not accept.
    Made safe: the browser's escapes of ``"`` and line breaks undone (``%22``: a trial saw its quotes listed as
    %22), Unicode normalised (NFC), ``"`` written ``'``, other characters Windows refuses replaced by ``_``, spaces at the ends
    trimmed, shortened to :data:`MAX_NAME` characters keeping the extension."""
    raw = re.sub("%22|%0A|%0D", lambda m: _FORM_ESCAPES[m.group()], name or "")
    if not raw.strip():
        raise BadName(raw, "odd")
    if "/" in raw or "\\" in raw or raw.strip() in (".", "..") or re.match(r"^[A-Za-z]:", raw):
        raise BadName(raw, "path")
    if _CONTROL.search(raw):
        raise BadName(raw, "odd")
    clean = _UNSAFE.sub("_", unicodedata.normalize("NFC", raw).replace('"', "'")).strip()
    if clean.startswith(".") or clean.lower() == "packet.toml":
        raise BadName(raw, "odd")
    stem, dot, ext = clean.rpartition(".")
    if not dot or f".{ext.lower()}" not in EXTENSIONS:
        raise BadName(raw, "type")
    if len(clean) > MAX_NAME:
        clean = stem[: MAX_NAME - len(ext) - 1].rstrip() + "." + ext
    return clean


def safe_folder(name: str | None) -> str:
    """A new case folder's name: as :func:`safe_name` without the extension rule. Raises :class:`BadName`."""
    raw = (name or "").strip()
    if not raw:
        raise BadName(raw, "odd")
    if "/" in raw or "\\" in raw or raw in (".", "..") or re.match(r"^[A-Za-z]:", raw):
        raise BadName(raw, "path")
    if _CONTROL.search(raw):
        raise BadName(raw, "odd")
    clean = _UNSAFE.sub("_", unicodedata.normalize("NFC", raw).replace('"', "'")).strip().rstrip(".")
    if clean.startswith("."):
        raise BadName(raw, "hidden")
    if not clean:
        raise BadName(raw, "odd")
    return clean[:MAX_NAME]


@dataclass
class PhoneToken:
    case: str  # the case folder's name
    expires: float  # time.monotonic() seconds
    used: bool = False


class PhoneTokens:
    """One-time tokens of the phone's upload page: each opens one case's upload form until it is used once
    (one upload, any number of photos) or ``ttl`` seconds pass (default 10 minutes: time to find the phone,
    scan the code and take the photos)."""

    def __init__(self, ttl: float = 600.0) -> None:
        self.ttl = ttl
        self._tokens: dict[str, PhoneToken] = {}
        self._lock = threading.Lock()

    def issue(self, case: str) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            now = time.monotonic()
            self._tokens = {k: v for k, v in self._tokens.items() if v.expires > now and not v.used}
            self._tokens[token] = PhoneToken(case, now + self.ttl)
        return token

    def peek(self, token: str) -> str | None:
        """The case the token opens, while it is valid (not used, not expired); None otherwise."""
        with self._lock:
            t = self._tokens.get(token)
            if t is None or t.used or t.expires <= time.monotonic():
                return None
            return t.case

    def use(self, token: str) -> str | None:
        """Spend the token: its case once, None ever after (or when it expired)."""
        with self._lock:
            t = self._tokens.get(token)
            if t is None or t.used or t.expires <= time.monotonic():
                return None
            t.used = True
            return t.case

    def expire_all(self) -> None:
        """Make every token expired now (tests of the refusal after expiry)."""
        with self._lock:
            for t in self._tokens.values():
                t.expires = 0.0
