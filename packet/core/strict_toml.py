"""Strict reading of the project's TOML data files (checklists, document types).

A malformed file is rejected with its name and the key at fault, never skipped with a warning.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from packet.core.errors import ChecklistError


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ChecklistError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ChecklistError(f"{path}: not valid TOML: {exc}") from None


class Strict:
    """Typed access to one TOML table, naming the file and key path in every error."""

    def __init__(self, path: Path, where: str, data: Any) -> None:
        self.path, self.where = path, where
        if not isinstance(data, dict):
            self.fail(f"must be a table, got {type(data).__name__}")
        self.data: Mapping[str, Any] = data

    def fail(self, msg: str, key: str | None = None) -> None:
        at = ".".join(x for x in (self.where, key) if x)
        raise ChecklistError(f"{self.path.name}: {at or '(top level)'}: {msg}")

    def only(self, *allowed: str) -> Strict:
        for key in self.data:
            if key not in allowed:
                self.fail(f"unknown key (allowed: {', '.join(allowed)})", key)
        return self

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., choices: tuple | None = None) -> Any:
        if key not in self.data:
            if default is ...:
                self.fail("is required", key)
            return default
        value = self.data[key]
        if isinstance(value, bool) and kind is not bool:
            self.fail(f"must be {getattr(kind, '__name__', kind)}, got true/false", key)
        if not isinstance(value, kind):
            self.fail(f"must be {getattr(kind, '__name__', kind)}, got {type(value).__name__}", key)
        if choices is not None and value not in choices:
            self.fail(f"'{value}' is not one of {', '.join(map(str, choices))}", key)
        if kind is int and value < 0:
            self.fail("must not be negative", key)
        return value

    def child(self, key: str, default: Any = ...) -> Strict:
        if key not in self.data and default is not ...:
            return Strict(self.path, f"{self.where}.{key}".strip("."), default)
        return Strict(self.path, f"{self.where}.{key}".strip("."), self.get(key, dict))

    def texts(self, key: str) -> dict[str, str]:
        """A {zh = "…", en = "…"} pair; both languages required."""
        t = self.child(key).only("zh", "en")
        return {lang: t.get(lang, str) for lang in ("zh", "en")}

    def str_list(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(key, list, default)
        if any(not isinstance(v, str) for v in value):
            self.fail("must be a list of strings", key)
        return tuple(value)
