"""Checklists: which documents a request needs, as data (``checklists/*.toml``) parsed into typed objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from packet.core.errors import ChecklistError
from packet.core.strict_toml import Strict, read_toml
from packet.rules.registry import DATA_FILES, builtin_dir, load_types

RULES = ("each-month", "cover-days", "within-days")
CONDITION_KEYS = ("hardship", "kind")


@dataclass(frozen=True)
class StandIn:
    """Another document type that may replace up to ``max`` of the monthly documents."""

    type: str
    within_days: int
    max: int = 1


@dataclass(frozen=True)
class Option:
    """One way to meet a requirement.

    rule ``each-month``: a document for each of the ``months`` complete months before the as-of month;
    ``cover-days``: the documents' periods together cover every day of those months;
    ``within-days``: at least ``count`` documents dated within ``days`` days before the as-of date.
    """

    type: str
    rule: str
    months: int | None = None
    days: int | None = None
    count: int = 1
    stand_in: StandIn | None = None
    optional_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Requirement:
    id: str
    title: Mapping[str, str]
    options: tuple[Option, ...]
    when: Mapping[str, str] = field(default_factory=dict)  # e.g. {"hardship": "medical"}

    def applies(self, case_values: Mapping[str, str | None]) -> bool:
        return all(case_values.get(k) == v for k, v in self.when.items())


@dataclass(frozen=True)
class Checklist:
    name: str
    language: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    requirements: tuple[Requirement, ...]
    source: Path


def _builtin_dir():
    return builtin_dir()


def builtin_names() -> tuple[str, ...]:
    names = [p.name[:-5] for p in _builtin_dir().iterdir() if p.name.endswith(".toml") and p.name not in DATA_FILES]
    return tuple(sorted(names))


def parse_checklist(path: Path, doc_types: tuple[str, ...] | None = None) -> Checklist:
    """Parse one checklist file; raise :class:`ChecklistError` naming the file and key when malformed."""
    types = doc_types or tuple(load_types())
    top = Strict(path, "", read_toml(path)).only("name", "language", "title", "description", "requirement")
    reqs = []
    raw = top.get("requirement", list)
    if not raw:
        top.fail("needs at least one [[requirement]]", "requirement")
    seen: set[str] = set()
    for i, item in enumerate(raw):
        r = Strict(path, f"requirement[{i}]", item).only("id", "title", "when", "option")
        rid = r.get("id", str)
        if rid in seen:
            r.fail(f"duplicate requirement id '{rid}'", "id")
        seen.add(rid)
        when = r.child("when", {}).only(*CONDITION_KEYS)
        options = []
        raw_opts = r.get("option", list)
        if not raw_opts:
            r.fail("needs at least one [[requirement.option]]", "option")
        for j, o in enumerate(raw_opts):
            s = Strict(path, f"requirement[{i}].option[{j}]", o).only(
                "type", "rule", "months", "days", "count", "stand_in", "optional_fields")
            rule = s.get("rule", str, choices=RULES)
            months = s.get("months", int, None)
            days = s.get("days", int, None)
            if rule in ("each-month", "cover-days") and not months:
                s.fail(f"rule '{rule}' needs months = N (N > 0)", "months")
            if rule == "within-days" and not days:
                s.fail("rule 'within-days' needs days = N (N > 0)", "days")
            stand_in = None
            if "stand_in" in s.data:
                si = s.child("stand_in").only("type", "within_days", "max")
                stand_in = StandIn(type=si.get("type", str, choices=types), within_days=si.get("within_days", int),
                                   max=si.get("max", int, 1))
            options.append(Option(type=s.get("type", str, choices=types), rule=rule, months=months, days=days,
                                  count=s.get("count", int, 1), stand_in=stand_in,
                                  optional_fields=s.str_list("optional_fields", [])))
        reqs.append(Requirement(id=rid, title=r.texts("title"), options=tuple(options),
                                when={k: when.get(k, str) for k in when.data}))
    return Checklist(name=top.get("name", str), language=top.get("language", str, choices=("zh", "en")),
                     title=top.texts("title"), description=top.texts("description"),
                     requirements=tuple(reqs), source=Path(path))


def load_checklist(name_or_path: str | Path) -> Checklist:
    """A built-in checklist by name, or a user's own file by path."""
    text = str(name_or_path)
    if text.endswith(".toml") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_file():
            raise ChecklistError(f"checklist file {text} does not exist",
                                 "Give the path of a .toml checklist, or a built-in name (see `packet checklists`).")
        return parse_checklist(path)
    if text not in builtin_names():
        raise ChecklistError(f"unknown checklist '{text}'",
                             f"Built-in checklists: {', '.join(builtin_names())}. Or give the path of your own .toml file.")
    with resources.as_file(_builtin_dir() / f"{text}.toml") as path:
        return parse_checklist(Path(path))


def all_checklists() -> tuple[Checklist, ...]:
    return tuple(load_checklist(n) for n in builtin_names())
