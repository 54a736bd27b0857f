"""The registry of document types is data: a new type and a new field come from TOML alone.

``PACKET_TYPES`` points the registry at a types.toml written here: the built-in one plus a pension
statement (a new type) and a tax code on the payslip (a new field). The real pipeline then classifies,
extracts, reports and indexes them. A second test checks that no module outside the registry (and the
modules that word generated pages and messages) names a document type or holds the vocabulary.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from fixtures_reading import text_pdf

from packet.core.errors import ChecklistError
from packet.rules.registry import SPEC_FIELDS, builtin_dir, load_types, load_vocabulary, parse_types

PENSION = """
[pension_statement]
label = { zh = "养老金对账单", en = "Pension statement" }
fields = ["provider", "member", "statement_date", "annual_pension"]
name_field = "member"
date_fields = ["statement_date"]
kinds = { provider = "org", member = "name", statement_date = "date", annual_pension = "money" }
names.provider = { en = "pension provider", zh = "养老金机构" }
names.member = { en = "member's name", zh = "参保人" }
names.statement_date = { en = "statement date", zh = "对账日期" }
names.annual_pension = { en = "annual pension", zh = "年养老金" }
indefinite = "a pension statement"
plural = "pension statements"
issuer_field = "provider"
duplicate_key = ["statement_date", "annual_pension"]
summary = ["statement_date", "annual_pension", "provider"]
keywords = { "pension statement" = 6, "annual pension" = 3, "scheme member" = 2 }
negative = {}
filenames = ["pension"]
labels.provider = ["Pension provider", "Scheme administrator"]
labels.member = ["Member name", "Member"]
labels.statement_date = ["Statement date"]
labels.annual_pension = ["Annual pension", "Pension per year"]
"""

CHECKLIST = """
name = "pension-check"
language = "en"
title = { zh = "养老金核对", en = "Pension check" }
description = { zh = "养老金对账单和工资单", en = "A pension statement and a payslip" }

[[requirement]]
id = "pension"
title = { zh = "养老金对账单", en = "Pension statement" }
  [[requirement.option]]
  type = "pension_statement"
  rule = "within-days"
  days = 90

[[requirement]]
id = "income"
title = { zh = "收入", en = "Income" }
  [[requirement.option]]
  type = "payslip"
  rule = "each-month"
  months = 1
"""

CASE = """
[applicant]
name = "Alice Walker"

[lender]
name = "Northfield Credit Ltd"
contract_number = "NFC-1"

[request]
kind = "reduce"
language = "en"
hardship = "income-drop"
statement = "My hours were cut."
"""


def extended_types(tmp_path: Path) -> Path:
    """The built-in types.toml with a pension statement added and a tax code on the payslip."""
    text = (builtin_dir() / "types.toml").read_text(encoding="utf-8")
    edits = [
        ('fields = ["employer", "employee", "period", "gross_pay", "net_pay"]',
         'fields = ["employer", "employee", "period", "gross_pay", "net_pay", "tax_code"]\n'
         'labels.tax_code = ["Tax code"]\nnames.tax_code = { en = "tax code", zh = "税码" }'),
        ('net_pay = "money" }', 'net_pay = "money", tax_code = "code" }'),
        ('summary = ["period", "net_pay", "gross_pay", "employer"]',
         'summary = ["period", "net_pay", "gross_pay", "tax_code", "employer"]'),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "types.toml"
    path.write_text(text + PENSION, encoding="utf-8")
    return path


def test_new_type_and_field_from_toml_alone(tmp_path, monkeypatch):
    from pypdf import PdfReader

    from packet import pipeline
    from packet.rules.report_text import render_text

    monkeypatch.setenv("PACKET_TYPES", str(extended_types(tmp_path)))
    types = load_types()
    assert "pension_statement" in types and types["payslip"].kind("tax_code") == "code"

    case = tmp_path / "case"
    case.mkdir()
    (case / "packet.toml").write_text(CASE, encoding="utf-8")
    text_pdf(case / "statement.pdf", [[
        "Pennine Pensions Ltd", "Annual Pension Statement", "Member name: Alice Walker",
        "Statement date: 01/11/2026", "Annual pension: £6,240.00", "Pension provider: Pennine Pensions Ltd"]])
    text_pdf(case / "october.pdf", [[
        "Brightwater Logistics Ltd", "Payslip", "Employee: Alice Walker", "Pay period: October 2026",
        "Tax code: 1257L", "Gross pay: £2,100.00", "Net pay: £1,700.00"]])
    checklist = tmp_path / "pension-check.toml"
    checklist.write_text(CHECKLIST, encoding="utf-8")
    options = pipeline.CheckOptions(as_of=date(2026, 11, 20), checklist=str(checklist), jobs=1, use_cache=False)

    run = pipeline.check(case, options)
    docs = {d.document.rel: d for d in run.report.documents}
    assert docs["statement.pdf"].type == "pension_statement"
    assert dict(docs["statement.pdf"].fields) == {
        "provider": "Pennine Pensions Ltd", "member": "Alice Walker", "statement_date": "2026-11-01",
        "annual_pension": "6240.00"}
    assert docs["october.pdf"].type == "payslip"
    assert docs["october.pdf"].fields["tax_code"] == "1257L"
    assert docs["october.pdf"].fields["net_pay"] == "1700.00"
    assert run.report.complete, run.report.missing

    text = render_text(run.report, run.case, run.checklist)
    assert "Pension statement: statement.pdf" in text
    assert "2026-11-01 · annual pension 6240.00 · Pennine Pensions Ltd" in text
    assert "tax code 1257L" in text

    out = tmp_path / "packet.pdf"
    pipeline.build(case, options, out, force=True)
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    index = next(t for t in pages if "Index of exhibits" in t)
    flat = " ".join(index.split())
    assert "Pension statement — Pennine Pensions Ltd, 1 Nov 2026" in flat
    assert "Payslip — Brightwater Logistics Ltd, Oct 2026" in flat


def test_spec_types_keep_their_fields(tmp_path):
    path = extended_types(tmp_path)
    types = parse_types(path)
    for name, fields in SPEC_FIELDS.items():
        assert set(fields) <= set(types[name].fields)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"net_pay", "tax_code"]', '"tax_code"]', 1), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"types.toml(, line \d+)?: payslip.fields: must list the spec's fields"):
        parse_types(path)
    path.write_text(text.replace('annual_pension = "money" }', 'annual_pension = "pounds" }'), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"pension_statement.kinds.annual_pension"):
        parse_types(path)
    path.write_text(text.replace('summary = ["statement_date"', 'summary = ["issued"'), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"pension_statement.summary: 'issued' is not one of"):
        parse_types(path)


# --- nothing about a type outside the registry -------------------------------------------------------------

PACKAGE = Path(__file__).resolve().parent.parent / "packet"
# the registry itself, and the modules that word the generated pages and the messages people read
WORDING = {"rules/registry.py", "assembly/letter.py", "assembly/index_pages.py", "assembly/email_draft.py",
           "assembly/page_frame.py", "rules/wording.py", "rules/report_text.py", "rules/checklist_text.py",
           "reading/file_formats.py", "assembly/followup_letter.py", "case/init_file.py", "rules/readiness.py",
           "case/value_names.py"}
# calls whose string arguments are messages for people (bilingual, i18n'd) or log lines
MESSAGE_CALLS = {"tr", "fail", "debug", "info", "warning", "error", "exception", "PacketError", "ChecklistError",
                 "CaseFileError", "Check", "Both"}  # Both: the page's notice in both languages (packet.web.app)


def _code_strings_and_names(tree: ast.AST) -> tuple[list[str], list[str]]:
    """String constants that are not docstrings or message/log arguments, and every identifier."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in MESSAGE_CALLS:
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    for sub in ast.walk(arg):
                        skip.add(id(sub))
    strings = [n.value for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip]
    names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
    names += [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    names += [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    return strings, names


def _modules() -> list[tuple[str, ast.AST]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel not in WORDING:
            out.append((rel, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def test_no_module_outside_the_registry_names_a_type_or_holds_vocabulary():
    types = load_types()
    vocab = load_vocabulary()
    catch_all = next(t.name for t in types.values() if t.catch_all)
    named = [t for t in types if t != catch_all]
    words = set(vocab.words())
    for t in types.values():
        words |= {lb for ls in t.labels.values() for lb in ls} | set(t.keywords) | set(t.negative)
        words |= {w for ws in t.near.values() for w in ws}
    # one character ("号", "于") is grammar, not vocabulary; Latin words of a few letters ("Name", "Date", "no")
    # are also the names of kinds, keys and arguments: phrases and longer words are domain vocabulary
    cjk = sorted(w for w in words if re.search(r"[\u3400-\u9fff]", w) and len(w) >= 2)
    latin = sorted(w for w in words if not re.search(r"[\u3400-\u9fff]", w) and (" " in w.strip() or len(w) >= 8))
    # one alternation per kind of word, longest first, instead of a search per word and string (which grew with the
    # vocabulary to minutes): a string holding any of the words matches its pattern
    def any_of(ws, bounded):
        body = "|".join(re.escape(w.lower()) for w in sorted(ws, key=len, reverse=True)) or "(?!)"
        return re.compile(rf"(?<![a-z])(?:{body})(?![a-z])" if bounded else f"(?:{body})")

    cjk_re = any_of(cjk, False)
    phrases_re = any_of([w for w in latin if " " in w], True)
    latin_re = any_of(latin, True)
    found = []
    for rel, tree in _modules():
        strings, names = _code_strings_and_names(tree)
        for s in strings + names:
            low = s.lower()
            found += [f"{rel}: type {t!r} in {s!r}" for t in named if t in low]
        for s in strings:
            found += [f"{rel}: word {m.group(0)!r} in {s!r}" for m in cjk_re.finditer(s.lower())]
            key = re.fullmatch(r"[a-z_]+", s) is not None  # a key or enum value ("statement", "provider")
            found += [f"{rel}: word {m.group(0)!r} in {s!r}" for m in (phrases_re if key else latin_re).finditer(s.lower())]
        for node in ast.walk(tree):  # the catch-all type by name: a comparison with it
            if isinstance(node, ast.Compare):
                for side in [node.left, *node.comparators]:
                    if isinstance(side, ast.Constant) and side.value == catch_all:
                        found.append(f"{rel}: compares with {catch_all!r} (line {node.lineno})")
    assert not found, "\n".join(found)


def test_words_derived_from_the_registry_follow_it(tmp_path, monkeypatch):
    """What a module derives once from the registry (a word set, a pattern) is derived again when the registry in use
    changes: an extended types file set for one run must not stay in the words of the next (it did, through an
    lru_cache of no arguments, for the rest of a test worker's life)."""
    from packet.understanding import date_roles, extract, unlabelled

    before = extract._label_words(), extract._cjk_printed(), unlabelled._type_words(), date_roles._roles()
    assert "administrator" not in before[0]  # a word of the extended types' labels only ("Scheme administrator")
    monkeypatch.setenv("PACKET_TYPES", str(extended_types(tmp_path)))
    assert "administrator" in extract._label_words()
    monkeypatch.delenv("PACKET_TYPES")
    assert (extract._label_words(), extract._cjk_printed(), unlabelled._type_words(), date_roles._roles()) == before
