"""[fields] corrections as a user meets them: a wrong path or field name stops the check with the file, the line and
what to do (zh and en, exit 2, no traceback); ``"<path>#2"`` addresses the second document of a combined file, and
the report's own advice for a field not found on that document gives exactly that header."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli


def _slip(month: str, gross: bool = True, net: str = "2,204.15") -> list[str]:
    return ["Wrenfield Dairies Ltd", "Payslip", "Employee: Tomas Lindqvist", f"Pay period: {month} 2026",
            *(["Gross pay: 2,870.00"] if gross else []), f"Net pay: {net}"]


def _case(root: Path, lang: str, extra: str = "") -> None:
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "Tomas Lindqvist"\n\n[request]\nlanguage = "{lang}"\n{extra}', encoding="utf-8")


def _check(root: Path, *args: str):
    return CliRunner().invoke(cli, ["check", str(root), "--as-of", "2026-11-20", "--no-cache", *args])


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("table,line,says", [
    ('[fields."slips/Oct.pdf"]\nnet_pay = "2204.15"\n', 7,
     {"en": ("slips/Oct.pdf", "no such file", "check the name"), "zh": ("slips/Oct.pdf", "没有这个文件", "请检查文件名")}),
    ('[fields."slips/oct.pdf"]\nnetpay = "2204.15"\n', 8,
     {"en": ("'netpay' is not a field name", "net_pay"), "zh": ("'netpay' 不是字段名", "可以写", "net_pay")}),
], ids=["wrong-path", "wrong-field-name"])
def test_a_wrong_path_or_field_name_says_file_line_and_what_to_do(tmp_path, lang, table, line, says):
    text_pdf(tmp_path / "slips" / "oct.pdf", [_slip("October")])
    _case(tmp_path, lang, "\n" + table)
    result = _check(tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.output
    where = f"packet.toml, line {line}" if lang == "en" else f"packet.toml 第 {line} 行"
    assert where in result.output
    for bit in says[lang]:
        assert bit in result.output
    out = json.loads(_check(tmp_path, "--json").stdout)
    assert out["code"] == "case-file" and (f"line {line}" in out["error"] or f"第 {line} 行" in out["error"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_second_document_of_a_file_is_addressed_with_hash_2(tmp_path, lang):
    # one file, two payslips: September prints its gross pay, October does not
    text_pdf(tmp_path / "slips.pdf", [_slip("September"), _slip("October", gross=False, net="2,190.40")])
    _case(tmp_path, lang)
    before = _check(tmp_path)
    assert before.exit_code == 1
    assert '[fields."slips.pdf#2"]' in before.output and '[fields."slips.pdf#1"]' not in before.output
    (doc,) = json.loads(_check(tmp_path, "--json").stdout)["documents"]
    assert [p["fields"]["gross_pay"] for p in doc["parts"]] == ["2870.00", None]
    _case(tmp_path, lang, '\n[fields."slips.pdf#2"]\ngross_pay = "2,851.00"\n')
    after = json.loads(_check(tmp_path, "--json").stdout)
    (doc,) = after["documents"]
    assert [p["fields"]["gross_pay"] for p in doc["parts"]] == ["2870.00", "2851.00"]
    assert doc["parts"][1]["evidence"]["gross_pay"]["source"] == "case-file"
    assert doc["parts"][0]["evidence"]["gross_pay"]["source"] == "text"  # #2 touches only the second document
    wanted = [m for m in after["missing"] if m["type"] == "payslip"]  # the zh checklist asks for more months
    assert not any(month in m["message"] for m in wanted for month in ("2026-09", "2026-10"))
    assert not any("slips.pdf" in m["message"] for m in wanted)


def test_set_file_type_keeps_a_files_table_and_withdraws_cleanly(tmp_path):
    """packet.set_file_type writes the type as a person would: the shorthand for a file with no entry, the
    ``type`` key of an existing table (its include and title kept), and withdrawing removes only what it wrote."""
    import packet
    from packet.core.errors import CaseFileError

    text_pdf(tmp_path / "a.pdf", [["Thank you for your order"]])
    text_pdf(tmp_path / "b.pdf", [["Energy bill"]])
    (tmp_path / "packet.toml").write_text('# mine\n[files]\n"b.pdf" = { include = true, title = "Energy" }\n',
                                          encoding="utf-8")
    packet.set_file_type(tmp_path, "a.pdf", "medical_bill")
    packet.set_file_type(tmp_path, "./b.pdf", "payslip")
    text = (tmp_path / "packet.toml").read_text(encoding="utf-8")
    assert text.startswith("# mine\n") and '"a.pdf" = "medical_bill"' in text
    assert '"b.pdf" = {include = true, title = "Energy", type = "payslip"}' in text
    with pytest.raises(CaseFileError, match="not a document type"):
        packet.set_file_type(tmp_path, "a.pdf", "bill")
    with pytest.raises(CaseFileError):
        packet.set_file_type(tmp_path, "c.pdf", "payslip")  # not in the case folder
    assert (tmp_path / "packet.toml").read_text(encoding="utf-8") == text
    packet.set_file_type(tmp_path, "a.pdf", None)
    packet.set_file_type(tmp_path, "b.pdf", "")
    assert (tmp_path / "packet.toml").read_text(encoding="utf-8") == \
        '# mine\n[files]\n"b.pdf" = {include = true, title = "Energy"}\n'
    (tmp_path / "packet.toml").write_text('[files."b.pdf"]\ntitle = "Energy"\n', encoding="utf-8")
    packet.set_file_type(tmp_path, "b.pdf", "payslip")
    assert (tmp_path / "packet.toml").read_text(encoding="utf-8") == '[files."b.pdf"]\ntitle = "Energy"\ntype = "payslip"\n'


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_date_is_taken_as_printed_when_only_one_day_fits(tmp_path, lang):
    """r20 trial: "31 10 2026", typed as printed as packet's message said, was refused. Accepted now when only one
    day fits; a month alone, or a day with two readings, is answered with the exact value to type."""
    import packet
    from packet.core.i18n import set_lang

    case = tmp_path / "c"
    case.mkdir()
    (case / "letter.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (case / "packet.toml").write_text(f'[request]\nlanguage = "{lang}"\n[files]\n"letter.pdf" = "unemployment_proof"\n',
                                      encoding="utf-8")
    set_lang(lang)
    try:
        for typed in ("31 10 2026", "31/10/2026", "10/31/2026", "31 October 2026", "Oct 31, 2026", "2026年10月31日",
                      "2026.10.31"):
            got = packet.correct_field(case, "letter.pdf", "date", typed)
            assert [f.value for f in got.fields if f.field == "date"] == ["2026-10-31"], typed
        with pytest.raises(packet.PacketError) as month:
            packet.correct_field(case, "letter.pdf", "date", "2026年9月")
        assert "2026-09-30" in month.value.plain and "packet.toml" not in month.value.plain
        with pytest.raises(packet.PacketError) as either:
            packet.correct_field(case, "letter.pdf", "date", "05 06 2026")
        assert "2026-06-05" in either.value.plain and "2026-05-06" in either.value.plain
    finally:
        set_lang(None)


def test_the_note_on_values_to_check_ends_in_a_colon_only_when_its_lines_follow():
    """r20 trial: "…(keeping a right one there confirms it):" was followed by another sentence, not the lines."""
    from packet.rules.wording import uncertain_steps

    for lang in ("en", "zh"):
        right_after, _ = uncertain_steps(lang, "p.pdf", "payslip", [("net_pay", "1.00", 1)])
        later, block = uncertain_steps(lang, "p.pdf", "payslip", [("net_pay", "1.00", 1)], lines_next=False)
        assert right_after.endswith((":", "：")) and not later.endswith((":", "：")) and block
