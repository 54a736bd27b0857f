"""Checklists: which documents a request needs, as data (``checklists/*.toml``) parsed into typed objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from packet.core.errors import ChecklistError
from packet.core.i18n import env_lang, tr
from packet.core.strict_toml import Strict, load_toml
from packet.rules.registry import DATA_FILES as REGISTRY_FILES
from packet.rules.registry import builtin_dir, load_types

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

    def asked_types(self, case_values: Mapping[str, str | None]) -> frozenset[str]:
        """The document types the requirements that apply to a case ask for, stand-ins included. ``case_values``:
        the case's values a requirement's ``when`` reads ({"hardship": "medical", "kind": "reduce"}). The web page
        offers a type only the user gives (a doctor's letter as medical evidence) where one of these names it."""
        return frozenset(t for r in self.requirements if r.applies(case_values) for o in r.options
                         for t in (o.type, o.stand_in.type if o.stand_in else None) if t)


DATA_FILES = (*REGISTRY_FILES, "followup.toml")  # data files beside the checklists, not checklists


def _builtin_dir():
    return builtin_dir()


def builtin_names() -> tuple[str, ...]:
    names = [p.name[:-5] for p in _builtin_dir().iterdir() if p.name.endswith(".toml") and p.name not in DATA_FILES]
    return tuple(sorted(names))


def parse_checklist(path: Path, doc_types: tuple[str, ...] | None = None) -> Checklist:
    """Parse one checklist file; raise :class:`ChecklistError` naming the file and key when malformed."""
    types = doc_types or tuple(load_types())
    data, source = load_toml(path)
    top = Strict(source, "", data).only("name", "language", "title", "description", "requirement")
    reqs = []
    raw = top.get("requirement", list)
    if not raw:
        top.fail("needs at least one [[requirement]]", "requirement", "至少需要一个 [[requirement]]")
    seen: set[str] = set()
    for i, item in enumerate(raw):
        r = top.item("requirement", i, item).only("id", "title", "when", "option")
        rid = r.get("id", str)
        if rid in seen:
            r.fail("duplicate requirement id '{rid}'", "id", "重复的 requirement id '{rid}'", rid=rid)
        seen.add(rid)
        when = r.child("when", {}).only(*CONDITION_KEYS)
        options = []
        raw_opts = r.get("option", list)
        if not raw_opts:
            r.fail("needs at least one [[requirement.option]]", "option", "至少需要一个 [[requirement.option]]")
        for j, o in enumerate(raw_opts):
            s = r.item("option", j, o).only(
                "type", "rule", "months", "days", "count", "stand_in", "optional_fields")
            rule = s.get("rule", str, choices=RULES)
            months = s.get("months", int, None)
            days = s.get("days", int, None)
            if rule in ("each-month", "cover-days") and not months:
                s.fail("rule '{rule}' needs months = N (N > 0)", "months", "规则 '{rule}' 需要 months = N（N > 0）", rule=rule)
            if rule == "within-days" and not days:
                s.fail("rule 'within-days' needs days = N (N > 0)", "days", "规则 'within-days' 需要 days = N（N > 0）")
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
            lang = env_lang()
            raise ChecklistError(tr(lang, "checklist file {p} does not exist", "清单文件 {p} 不存在", p=text),
                                 tr(lang, "Give the path of a .toml checklist, or a built-in name (see `packet checklists`).",
                                    "请给出 .toml 清单文件的路径，或内置清单的名称（见 `packet checklists`）。"))
        return parse_checklist(path)
    if text not in builtin_names():
        lang = env_lang()
        raise ChecklistError(tr(lang, "unknown checklist '{name}'", "没有名为 '{name}' 的清单", name=text),
                             tr(lang, "Built-in checklists: {names}. Or give the path of your own .toml file.",
                                "内置清单：{names}。也可以给出您自己的 .toml 文件路径。", names=", ".join(builtin_names())))
    with resources.as_file(_builtin_dir() / f"{text}.toml") as path:
        return parse_checklist(Path(path))


def all_checklists() -> tuple[Checklist, ...]:
    return tuple(load_checklist(n) for n in builtin_names())


@dataclass
class Outcome:
    """What one option's rule found among the documents on the as-of date (see packet.rules.evaluate)."""

    met: bool
    need_months: list[str] = field(default_factory=list)  # each-month: months still without a document
    gaps: list[tuple[date, date]] = field(default_factory=list)  # cover-days: uncovered day ranges
    since: date | None = None  # within-days: the oldest date that still counts
    found: int = 0
    # (doc, fields not found, the document's number within its file or None)
    unusable: list[tuple[int, tuple[str, ...], int | None]] = field(default_factory=list)


def months_before(as_of: date, n: int) -> list[str]:
    """The ``n`` complete calendar months before the as-of month, oldest first, as ``YYYY-MM``."""
    y, m = as_of.year, as_of.month
    out = []
    for _ in range(n):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        out.append(f"{y:04d}-{m:02d}")
    return out[::-1]
