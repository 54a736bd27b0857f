"""packet.toml: every error names the key and its line and exits 2; valid files give typed objects."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from click.testing import CliRunner

from packet.case.casefile import load_case
from packet.cli import cli
from packet.core.errors import CaseFileError
from packet.core.masking import mask
from packet.rules.checklist import builtin_names
from packet.rules.registry import doc_types

GOOD = """\
[applicant]
name = "张伟"
id_number = "110101199003071234"

[lender]
name = "某某消费金融"
email = "support@lender.example"
contract_number = "JK20250312001"

[request]
kind = "stop"
language = "zh"
hardship = "medical"
statement = "因病住院，收入减少。"

[plan]
outstanding = "12000.00"
monthly_payment = "800"
first_payment = 2027-01-15

[files]
"IMG_2031.jpg" = "medical_bill"

[passwords]
"statements/cmb-2026.pdf" = "123456"

[[contact]]
at = 2026-11-20T10:30:00
channel = "phone"
with = "客服 工号 1234"
summary = "Asked to pause collection"
"""


def write_case(tmp_path, text, files=("IMG_2031.jpg", "statements/cmb-2026.pdf")):
    for rel in files:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / "packet.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_valid_case_file_gives_typed_objects(tmp_path):
    case = load_case(write_case(tmp_path, GOOD), known_checklists=builtin_names())
    assert case.applicant.name == "张伟"
    assert case.applicant.masked_id == "****1234"
    assert case.request.checklist == "zh-stop-collection"  # the default for zh + stop
    assert case.plan.monthly_payment == Decimal("800.00")
    assert case.plan.first_payment == date(2027, 1, 15)
    assert case.files == {"IMG_2031.jpg": "medical_bill"}
    assert case.passwords["statements/cmb-2026.pdf"] == "123456"
    assert "123456" not in repr(case)  # passwords never printed
    assert case.contacts[0].at == datetime(2026, 11, 20, 10, 30)
    with pytest.raises(AttributeError):
        case.applicant.name = "x"  # frozen


def test_no_case_file_gives_defaults(tmp_path):
    case = load_case(tmp_path)
    assert not case.has_case_file
    assert case.request.kind == "stop"


def test_explicit_installments(tmp_path):
    text = '[request]\nlanguage = "en"\n[[plan.installment]]\ndate = 2027-01-05\namount = "150.00"\n' \
           '[[plan.installment]]\ndate = 2027-02-05\namount = "150"\n'
    case = load_case(write_case(tmp_path, text, ()))
    assert [i.amount for i in case.plan.installments] == [Decimal("150.00"), Decimal("150.00")]
    assert case.request.checklist == "en-hardship"


BAD = [
    ("unknown-key", '[applicant]\nname = "A"\nidnum = "1"\n', 3, "idnum"),
    ("unknown-section", '[applicant]\nname = "A"\n\n[bank]\nx = 1\n', 4, "bank"),
    ("wrong-type", '[applicant]\nname = 42\n', 2, "name"),
    ("bad-kind", '[request]\nkind = "pause"\n', 2, "pause"),
    ("bad-language", '[request]\nlanguage = "fr"\n', 2, "fr"),
    ("bad-date", '[plan]\noutstanding = "100"\nmonthly_payment = "10"\nfirst_payment = "2027-02-30"\n', 4, "2027-02-30"),
    ("bad-money", '[plan]\noutstanding = "lots"\n', 2, "lots"),
    ("negative-money", '[plan]\noutstanding = "-5"\n', 2, "-5"),
    ("plan-incomplete", '[plan]\nmonthly_payment = "800"\n', 2, "first_payment"),
    ("unknown-checklist", '[request]\nchecklist = "zh-pause"\n', 2, "zh-pause"),
    ("file-missing", '[files]\n"nope.pdf" = "payslip"\n', 2, "nope.pdf"),
    ("file-escapes", '[files]\n"../outside.pdf" = "payslip"\n', 2, "outside"),
    ("file-absolute", '[passwords]\n"/etc/passwd" = "x"\n', 2, "passwd"),
    ("bad-type", '[files]\n"IMG_2031.jpg" = "receipt"\n', 2, "receipt"),
    ("contact-channel", '[[contact]]\nat = 2026-11-20T10:30:00\nchannel = "fax"\n', 3, "fax"),
    ("contact-no-date", '[[contact]]\nchannel = "phone"\n', 1, "at"),
    ("second-contact", '[[contact]]\nat = 2026-11-20\n[[contact]]\nat = 2026-11-21\nwho = "x"\n', 5, "who"),
    ("installment-order", '[[plan.installment]]\ndate = 2027-02-05\namount = "1"\n'
                          '[[plan.installment]]\ndate = 2027-01-05\namount = "1"\n', 1, "order"),
    ("installment-not-table", '[plan]\ninstallment = [1, 2]\n', 2, "[[plan.installment]] table"),
    ("contact-not-table", 'contact = [1]\n', 1, "[[contact]] table"),
    ("money-overflow", '[plan]\noutstanding = "1e400"\n', 2, "1e400"),
    # 2027-13-01 is read by TOML as 2027 followed by "-13-01": the message is about the date, not "something follows"
    ("impossible-date", '[plan]\noutstanding = "1000"\nfirst_payment = 2027-13-01\n', 3, "not a valid date"),
    ("one-digit-month", '[plan]\nfirst_payment = 2027-1-15\n', 2, "2027-01-15"),
    # a trial's day-first date with no quotes was "something follows the value on the same line"
    ("day-first-date", '[plan]\nfirst_payment = 15/01/2027\n', 2, "15/01/2027 is not a date packet.toml can read: "
                                                                  "write it year-month-day, as 2027-01-15"),
    ("dotted-date", '[plan]\nfirst_payment = 15.01.2027\n', 2, "write it year-month-day"),
    # a file name with a dot, unquoted, is a dotted key (passwords.IMG_2031 = {jpg = "…"}): "no such file IMG_2031"
    ("unquoted-password-file", '[passwords]\nIMG_2031.jpg = "open123"\n', 2,
     'a file name with a dot must be written in quotes: "IMG_2031.jpg" ='),
    ("unquoted-files-table", '[files]\nIMG_2031.jpg = { include = true }\n', 2, '"IMG_2031.jpg" = …'),
    ("country-not-iso", '[request]\ncountry = "XX"\n', 2, "'XX' is not a country code"),  # two letters, no country
    ("plan-too-long", '[plan]\noutstanding = "1000000"\nmonthly_payment = "1"\nfirst_payment = 2027-01-01\n', 3,
     "1000000 months"),
]


@pytest.mark.parametrize("text,line,needle", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_case_file_errors_name_key_and_line(tmp_path, text, line, needle):
    write_case(tmp_path, text)
    with pytest.raises(CaseFileError) as err:
        load_case(tmp_path, known_checklists=builtin_names(), known_types=doc_types())
    message = str(err.value)
    assert f"line {line}" in message, message
    assert needle in message


def test_toml_syntax_error_gives_line(tmp_path):
    write_case(tmp_path, '[applicant]\nname = "unclosed\n')
    with pytest.raises(CaseFileError, match="line 2"):
        load_case(tmp_path)


def test_a_mistyped_command_is_guessed_in_chinese_too():
    r = CliRunner().invoke(cli, ["chek", "x"], env={"PACKET_LANG": "zh"})
    assert r.exit_code == 2 and "没有这个命令：chek" in r.output and "您是不是想用：" in r.output and "check" in r.output


def test_chinese_case_file_speaks_chinese(tmp_path):
    write_case(tmp_path, '[request]\nlanguage = "zh"\nkind = "暂停"\n')
    with pytest.raises(CaseFileError, match="第 3 行"):
        load_case(tmp_path)


@pytest.mark.parametrize("command", ["check", "build"])
def test_cli_exits_2_on_bad_case_file(tmp_path, command):
    write_case(tmp_path, '[applicant]\nnmae = "A"\n')
    result = CliRunner().invoke(cli, [command, str(tmp_path), "--no-cache"])
    assert result.exit_code == 2
    assert "line 2" in result.output and "nmae" in result.output
    assert "Traceback" not in result.output


def test_cli_json_error_is_one_json_object(tmp_path):
    import json

    write_case(tmp_path, '[applicant]\nnmae = "A"\n')
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--json", "--no-cache"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert "nmae" in data["error"] and data["exit_code"] == 2


@pytest.mark.parametrize("value,masked", [("110101199003071234", "****1234"), ("QQ 12 34 56 C", "****456C"),
                                          ("6222-0212-3456-0934", "****0934"), ("123", "****123")])
def test_one_masking_rule_shows_the_last_four_characters_behind_a_fixed_mask(value, masked):
    assert mask(value) == masked




@pytest.mark.parametrize(("line", "lang", "says"), [
    ("address = “北京市朝阳区”", "zh", "中文标点的引号"),
    ("address = ‘12 Quay Street’", "en", "typographic quotes"),
    ("address = ＂北京市＂", "zh", "直引号"),
])
def test_typographic_quotes_are_named_as_the_mistake(tmp_path, monkeypatch, line, lang, says):
    """“ ” typed by a Chinese keyboard (or a word processor's smart quotes) where "…" belongs: the message said
    'write text in quotes' to someone who had (a new user's trial); it now names the quotes and what to type."""
    monkeypatch.setenv("PACKET_LANG", lang)
    (tmp_path / "packet.toml").write_text(f'[applicant]\nname = "Li Na"\n{line}\n', encoding="utf-8")
    with pytest.raises(CaseFileError) as err:
        load_case(tmp_path)
    assert says in str(err.value) and "3" in str(err.value)


def test_typographic_quotes_inside_a_quoted_value_are_text(tmp_path):
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Li Na"\naddress = "“Chaoyang” district"\n',
                                          encoding="utf-8")
    assert load_case(tmp_path).applicant.address == "“Chaoyang” district"
