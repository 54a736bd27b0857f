"""Tiny helper for messages in the user's language (zh or en).

The language of packet's own messages follows, in order (interface.md, "Commands"): ``--lang`` (set by the
command line with :func:`set_lang`), then the ``PACKET_LANG`` environment variable, then the case's
``[request] language``, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``). The generated letter always
follows ``[request] language``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGS = ("zh", "en")

# --lang of the running command, if any; a context variable, so that a server answering several people at once
# (packet serve: each request in its own context) gives each the language they chose
_chosen: ContextVar[str | None] = ContextVar("packet_lang", default=None)


def tr(lang: str, en: str, zh: str, **kw: object) -> str:
    """Return the message in ``lang`` (``zh`` or ``en``), formatted with ``kw``."""
    text = zh if lang == "zh" else en
    return text.format(**kw) if kw else text


def set_lang(lang: str | None) -> None:
    """Make ``lang`` (``zh``/``en``; None to forget) the language of messages for this process (``--lang``)."""
    _chosen.set(lang if lang in LANGS else None)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block, ``lang`` is the language asked for (as ``--lang`` would be), then what it was before.

    For a command over many cases (``packet batch``): its table is in the language of the command line and
    environment, and every row with it — a trial ran ``LANG=zh_CN.UTF-8 packet batch`` and read a Chinese table
    whose English cases' rows were in English."""
    token = _chosen.set(lang if lang in LANGS else None)
    try:
        yield
    finally:
        _chosen.reset(token)


def _norm(value: str) -> str:
    return "zh" if value.lower().startswith("zh") else "en"


def explicit_lang() -> str | None:
    """The language the user asked for: ``--lang``, else ``PACKET_LANG``; None when neither is set."""
    chosen = _chosen.get()
    if chosen:
        return chosen
    value = os.environ.get("PACKET_LANG", "").strip()
    return _norm(value) if value else None


def locale_lang() -> str:
    """``zh`` for a Chinese locale, else ``en``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return _norm(value)
    return "en"


def asked_lang() -> str | None:
    """The language the user asked for or lives in: ``--lang``, ``PACKET_LANG``, else a locale that names Chinese or
    English (``zh_CN.UTF-8``, ``en_GB.UTF-8``); None for no locale or one that names no language (``C``,
    ``POSIX``, ``C.UTF-8``: a server's or a script's default, which says nothing of who reads)."""
    chosen = explicit_lang()
    if chosen:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return _norm(value) if value.lower().startswith(("zh", "en")) else None
    return None


def env_lang() -> str:
    """The language to speak before a case file says which: ``--lang``, ``PACKET_LANG``, then the locale."""
    return explicit_lang() or locale_lang()


def message_lang(case_lang: str | None) -> str:
    """The language of messages once the case is known: ``--lang``, ``PACKET_LANG``, the case's, the locale."""
    return explicit_lang() or (case_lang if case_lang in LANGS else None) or locale_lang()
