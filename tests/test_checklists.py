"""Checklists and document types are data: parsed into typed objects, rejected loudly when malformed."""

from __future__ import annotations

import pytest

from packet.core.errors import ChecklistError
from packet.rules.checklist import builtin_names, load_checklist, parse_checklist
from packet.rules.registry import SPEC_FIELDS, load_types, parse_types

VALID = """\
name = "mine"
language = "en"
title = { zh = "我的", en = "Mine" }
description = { zh = "说明", en = "What it needs" }

[[requirement]]
id = "income"
title = { zh = "收入", en = "Income" }
  [[requirement.option]]
  type = "payslip"
  rule = "each-month"
  months = 1
  optional_fields = ["employer"]
"""


def test_builtin_checklists_match_the_spec():
    assert builtin_names() == ("en-hardship", "zh-reduce-collection", "zh-stop-collection")
    months = {}
    for name in builtin_names():
        cl = load_checklist(name)
        reqs = {r.id: r for r in cl.requirements}
        assert set(reqs) == {"income", "bank-statements", "medical-bills"}
        months[name] = (reqs["income"].options[0].months, reqs["bank-statements"].options[0].months)
        assert reqs["income"].options[1].type == "unemployment_proof" and reqs["income"].options[1].days == 180
        assert reqs["income"].options[0].stand_in.type == "income_proof"
        assert reqs["income"].options[0].stand_in.within_days == 90
        assert dict(reqs["medical-bills"].when) == {"hardship": "medical"}
        assert reqs["medical-bills"].options[0].days == 365
        # where treatment was free, a doctor's letter (marked by the user) meets it within the same window
        assert [(o.type, o.rule, o.days) for o in reqs["medical-bills"].options] == [
            ("medical_bill", "within-days", 365), ("medical_evidence", "within-days", 365)]
    assert months == {"zh-stop-collection": (3, 6), "zh-reduce-collection": (3, 3), "en-hardship": (2, 2)}


def test_types_cover_the_spec_fields():
    types = load_types()
    # in the spec's order too: a document's "fields" in the JSON report follow this order
    # the classifier gives exactly the spec's types; a type beyond them is one only the user gives under [files]
    # (medical_evidence: a departure from the spec, docs/medical-evidence.md)
    assert {t: types[t].fields for t in types if not types[t].given_only} == {t: tuple(f) for t, f in SPEC_FIELDS.items()}
    assert [t for t in types if t not in SPEC_FIELDS] == ["medical_evidence"] and types["medical_evidence"].given_only
    assert types["payslip"].label == {"zh": "工资单", "en": "Payslip"}


def test_user_checklist_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(VALID, encoding="utf-8")
    cl = load_checklist(str(path))
    assert cl.name == "mine" and cl.requirements[0].options[0].optional_fields == ("employer",)


MALFORMED = [
    ("unknown-top-key", VALID + "colour = 1\n", "colour"),
    ("bad-rule", VALID.replace('"each-month"', '"monthly"'), "rule"),
    ("missing-months", VALID.replace("months = 1\n", ""), "months"),
    ("bad-type", VALID.replace('"payslip"', '"pay_slip"'), "type"),
    ("no-requirements", VALID.split("[[requirement]]")[0], "requirement"),
    ("title-one-language", VALID.replace('title = { zh = "我的", en = "Mine" }', 'title = { en = "Mine" }'), "title.zh"),
    ("negative-months", VALID.replace("months = 1", "months = -1"), "months"),
    ("not-toml", "name = [", "line 1: name: a list [ … ] is not closed"),
    ("bool-as-int", VALID.replace("months = 1", "months = true"), "months"),
    ("duplicate-id", VALID + VALID.split("\n", 4)[4].replace("[[requirement]]", "[[requirement]]"), "duplicate"),
]


@pytest.mark.parametrize("text,needle", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_checklist_names_file_and_key(tmp_path, text, needle):
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChecklistError) as err:
        parse_checklist(path)
    assert "broken.toml" in str(err.value) and needle in str(err.value)


def test_malformed_types_file_is_rejected(tmp_path):
    from packet.rules.registry import builtin_dir

    text = (builtin_dir() / "types.toml").read_text(encoding="utf-8")
    path = tmp_path / "types.toml"
    path.write_text(text.replace('fields = ["provider", "patient", "date", "total"]',
                                 'fields = ["provider", "patient", "date"]'), encoding="utf-8")
    with pytest.raises(ChecklistError, match="medical_bill.fields"):
        parse_types(path)
    path.write_text(text.replace("[income_proof]", "[income_proofs]"), encoding="utf-8")
    with pytest.raises(ChecklistError, match="income_proof"):
        parse_types(path)


def test_checklist_errors_give_the_line_and_speak_the_users_language(tmp_path, monkeypatch):
    """One strict reader for the case file and the data files: file, line and key path, in zh or en."""
    path = tmp_path / "broken.toml"
    text = VALID.replace("months = 1", "mnths = 1")
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.strip().startswith("mnths"))
    monkeypatch.setenv("PACKET_LANG", "en")
    with pytest.raises(ChecklistError) as err:
        parse_checklist(path)
    assert f"broken.toml, line {line}: requirement[0].option[0].mnths: unknown key" in str(err.value)
    monkeypatch.setenv("PACKET_LANG", "zh")
    with pytest.raises(ChecklistError) as err:
        parse_checklist(path)
    assert f"broken.toml 第 {line} 行" in str(err.value) and "未知的键" in str(err.value)


def test_a_message_with_braces_from_the_file_is_not_a_format_error(tmp_path):
    path = tmp_path / "braces.toml"
    path.write_text(VALID.replace('id = "', 'id = "{x}') + VALID.split("\n", 4)[4].replace('id = "', 'id = "{x}'),
                    encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"duplicate requirement id '\{x\}"):
        parse_checklist(path)
