"""A packet.toml with several mistakes is fixed in one round: the loader lists every mistake it can find (two in
one section, in two entries of a list, in two [fields] values, several lines the TOML parser refuses), each with
its line, in the user's language, and `--json` carries them as a list. The files are written here; the CLI is run
as a user runs it."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from packet.case.casefile import parse_case
from packet.cli import cli
from packet.core.errors import CaseFileError

CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


# each mistake: (its line as written, the line that fixes it); the file is the lines joined
MISTAKES = [
    ("[applicant]", None),
    ('nmae = "Ola Berg"', 'name = "Ola Berg"'),
    ('phoen = "07700 900123"', 'phone = "07700 900123"'),
    ('email = "ola at example"', 'email = "ola@example.org"'),
    ("[lender]", None),
    ('name = "Fjord Lending"', None),
    ('email = "two words@x"', 'email = "care@fjord.example"'),
    ("[request]", None),
    ('language = "en"', None),
    ('kind = "pause"', 'kind = "stop"'),
    ('hardship = "sick"', 'hardship = "medical"'),
    ('currency = "POUNDS"', 'currency = "GBP"'),
    ("[plan]", None),
    ('outstanding = "3,900"', None),
    ('monthly_payment = "a hundred"', 'monthly_payment = "100.00"'),
    ('first_payment = "2027-02-30"', 'first_payment = 2027-02-28'),
    ("[[contact]]", None),
    ('at = "last Tuesday"', "at = 2026-11-10T09:00:00"),
    ('channel = "pigeon"', 'channel = "letter"'),
    ("[[contact]]", None),
    ("at = 2026-11-12T15:00:00", None),
    ('with = "agent 42"', None),
    ('sumary = "agreed to wait"', 'summary = "agreed to wait"'),
]


def _text(fixed: set[int] = frozenset()) -> str:
    return "\n".join(good if (i in fixed and good) else bad for i, (bad, good) in enumerate(MISTAKES, 1)) + "\n"


def test_every_mistake_of_a_file_is_listed_with_its_line_and_fixing_them_is_enough(tmp_path):
    wrong = {i for i, (_bad, good) in enumerate(MISTAKES, 1) if good}
    with pytest.raises(CaseFileError) as err:
        parse_case(tmp_path, _text().encode())
    listed = {line for line, _message in err.value.problems}
    assert listed == wrong, (sorted(listed), err.value.message)
    assert f"{len(wrong)} problems in packet.toml" in err.value.message
    assert f"… and {len(wrong) - 10} more" in err.value.message  # 10 shown; the JSON lists every one
    # one round: fixing exactly the lines listed leaves a file that loads
    case = parse_case(tmp_path, _text(listed).encode())
    assert case.applicant.email == "ola@example.org" and case.plan.monthly_payment is not None
    assert [c.channel for c in case.contacts] == ["letter", "phone"] and case.contacts[1].summary == "agreed to wait"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_check_json_lists_the_problems_in_the_users_language(tmp_path, lang):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "packet.toml").write_text(_text(), encoding="utf-8")
    result = run("check", folder, "--json", "--no-cache", "--lang", lang)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["code"] == "case-file" and data["exit_code"] == 2
    wrong = [i for i, (_bad, good) in enumerate(MISTAKES, 1) if good]
    assert [p["line"] for p in data["problems"]] == wrong  # every one, in file order (the text shows 10)
    for p in data["problems"]:
        assert bool(CJK.search(p["message"])) == (lang == "zh"), p
        assert re.search(rf"(line |第 ){p['line']}\b", p["message"]), p
    assert bool(CJK.search(data["hint"])) == (lang == "zh")


def test_two_fields_values_and_two_redactions_are_all_reported(tmp_path):
    (tmp_path / "slip.pdf").write_bytes(b"%PDF-1.4\n")
    text = ('[request]\nlanguage = "en"\n'
            '[fields."slip.pdf"]\nnet_pay = "about 900"\ngross_pay = "lots"\nperiod = "2026-09"\n'
            '[fields."gone.pdf"]\nnet_pay = "900.00"\n'
            '[[redact]]\nfile = "slip.pdf"\n'
            '[[redact]]\nfile = "slip.pdf"\npage = 0\nbox = [1, 2, 3, 4]\n')
    with pytest.raises(CaseFileError) as err:
        parse_case(tmp_path, text.encode(), known_fields={"payslip": {"net_pay": "money", "gross_pay": "money",
                                                                          "period": "month"}})
    lines = [line for line, _m in err.value.problems]
    assert lines == [4, 5, 7, 9, 13], err.value.message


def test_several_lines_the_parser_refuses_are_listed_at_once(tmp_path):
    """Values written without quotes, as people new to TOML write them: each such line is named in one run."""
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "packet.toml").write_text(
        '[request]\nlanguage = "zh"\n\n[applicant]\nname = 李娜\nphone = 139 1234 5678\n\n[lender]\nname = 某银行\n'
        'contract_number = "HT-2026-0091"\n', encoding="utf-8")
    result = run("check", folder, "--no-cache")
    assert result.exit_code == 2
    assert "3 处问题" in result.output, result.output
    for line in (5, 6, 9):
        assert f"第 {line} 行" in result.output, (line, result.output)
    assert "Invalid" not in result.output and "Expected" not in result.output  # the parser's words never shown


def test_a_broken_section_header_stops_the_syntax_list_there(tmp_path):
    """Setting aside a broken [section] line would move its keys into the section above and invent mistakes:
    the list stops at that line (what follows is checked in the next run)."""
    text = '[request]\nlanguage = "en"\nkind = stop\n[lender\nname = "Fjord"\n[applicant]\nname = Ola\n'
    with pytest.raises(CaseFileError) as err:
        parse_case(tmp_path, text.encode())
    assert [line for line, _m in err.value.problems] == [3, 4], err.value.message


def test_one_mistake_is_shown_as_before(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "packet.toml").write_text('[request]\nlanguage = "en"\nkind = "halt"\n', encoding="utf-8")
    result = run("check", folder, "--json", "--no-cache")
    data = json.loads(result.stdout)
    assert data["error"].startswith("packet.toml, line 3: [request] kind: 'halt' is not allowed")
    assert data["problems"] == [{"line": 3, "message": data["error"]}]
