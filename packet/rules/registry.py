"""Document types as data (``checklists/types.toml``): labels, required fields, recognising words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from packet.core.errors import ChecklistError
from packet.core.model import DOC_TYPES
from packet.core.strict_toml import Strict, read_toml

# The field vocabulary is fixed by the public interface (shared/spec/interface.md).
SPEC_FIELDS: Mapping[str, tuple[str, ...]] = {
    "payslip": ("employer", "employee", "period", "gross_pay", "net_pay"),
    "bank_statement": ("bank", "account_holder", "account_number", "period_start", "period_end", "closing_balance"),
    "medical_bill": ("provider", "patient", "date", "total"),
    "unemployment_proof": ("person", "issuer", "date"),
    "income_proof": ("employer", "employee", "monthly_income", "date"),
    "other": (),
}


@dataclass(frozen=True)
class DocType:
    name: str
    label: Mapping[str, str]  # {"zh": …, "en": …}
    fields: tuple[str, ...]
    date_fields: tuple[str, ...]
    name_field: str | None = None
    keywords: Mapping[str, float] = field(default_factory=dict)
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    negative: Mapping[str, float] = field(default_factory=dict)  # words that speak against this type
    filenames: tuple[str, ...] = ()  # words in file/folder names hinting at this type


def _weights(table: Strict) -> dict[str, float]:
    """A {phrase = weight} table; weights are positive numbers."""
    out = {}
    for phrase in table.data:
        weight = table.get(phrase, (int, float))
        if weight <= 0:
            table.fail("weight must be a positive number", phrase)
        out[phrase] = float(weight)
    return out


def parse_types(path: Path) -> dict[str, DocType]:
    data = read_toml(path)
    top = Strict(path, "", data)
    missing = [t for t in DOC_TYPES if t not in data]
    if missing:
        raise ChecklistError(f"{path.name}: missing document type(s): {', '.join(missing)}")
    top.only(*DOC_TYPES)
    out: dict[str, DocType] = {}
    for name in DOC_TYPES:
        t = top.child(name).only("label", "fields", "name_field", "date_fields", "keywords", "labels",
                                    "negative", "filenames")
        fields = t.str_list("fields")
        if set(fields) != set(SPEC_FIELDS[name]):
            t.fail(f"must list exactly the spec's fields: {', '.join(SPEC_FIELDS[name]) or '(none)'}", "fields")
        name_field = t.get("name_field", str, None)
        if name_field is not None and name_field not in fields:
            t.fail(f"'{name_field}' is not one of this type's fields", "name_field")
        date_fields = t.str_list("date_fields")
        for f in date_fields:
            if f not in fields:
                t.fail(f"'{f}' is not one of this type's fields", "date_fields")
        keywords = _weights(t.child("keywords"))
        negative = _weights(t.child("negative", {}))
        lb = t.child("labels").only(*fields)
        labels = {f: lb.str_list(f) for f in lb.data}
        out[name] = DocType(name=name, label=t.texts("label"), fields=fields, date_fields=date_fields,
                            name_field=name_field, keywords=keywords, labels=labels, negative=negative,
                            filenames=t.str_list("filenames", ()))
    return out


@lru_cache(maxsize=1)
def load_types() -> dict[str, DocType]:
    """The built-in document types, parsed once."""
    with resources.as_file(resources.files("packet.checklists") / "types.toml") as path:
        return parse_types(Path(path))
