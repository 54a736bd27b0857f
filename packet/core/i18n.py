"""Tiny helper for messages in the user's language (zh or en)."""

from __future__ import annotations

import os

LANGS = ("zh", "en")


def tr(lang: str, en: str, zh: str, **kw: object) -> str:
    """Return the message in ``lang`` (``zh`` or ``en``), formatted with ``kw``."""
    text = zh if lang == "zh" else en
    return text.format(**kw) if kw else text


def env_lang() -> str:
    """The language to speak before a case file says which: ``zh`` for a Chinese locale, else ``en``."""
    for var in ("PACKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
