"""The rough edges a new user hit in round 16's trial (CLI and init here; the web page's in test_web.py and
test_web_browser.py): each test fails before its fix."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import packet
from packet.case.casefile import load_case
from packet.case.months import parse_month
from packet.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _zh_case(tmp_path: Path) -> Path:
    folder = tmp_path / "我的材料"
    packet.init_case(folder, "zh", {"name": "李秀英", "lender": "安信消费金融有限公司", "contract_number": "AX1",
                                    "kind": "stop"})
    return folder


# --- a month as people write it (one parser: packet.case.months) -----------------------------------------------

@pytest.mark.parametrize("typed", ["2026-06", "2026-6", "2026/06", "2026.6", "2026年6月", "2026年06月", "2026 年 6 月",
                                   "２０２６年６月", "6/2026", "06-2026", "June 2026", "jun 2026", "2026 June", "202606"])
def test_the_common_month_forms_are_one_month(typed):
    assert parse_month(typed) == "2026-06"


@pytest.mark.parametrize("typed", ["2026-13", "2026年13月", "2026-06-15", "06/26", "soon", "6月", "2026", "Ma 2026", ""])
def test_what_is_not_one_month_is_refused(typed):
    assert parse_month(typed) is None


def test_init_and_the_new_case_form_take_a_chinese_month_and_refuse_nonsense_saying_how():
    tidy, problems = packet.init_problems("zh", {"name": "李秀英", "since": "2026年6月", "kind": "stop"})
    assert not problems and tidy["since"] == "2026-06"
    _tidy, problems = packet.init_problems("zh", {"name": "李秀英", "since": "去年", "kind": "stop"})
    assert "2026年9月" in problems["since"], problems  # says the forms it takes, in the case's language
    _tidy, problems = packet.init_problems("en", {"name": "Ann", "since": "2026-13", "kind": "stop"})
    assert "September 2026" in problems["since"], problems


def test_a_month_written_in_fields_the_chinese_way_loads(tmp_path):
    """[fields] takes the same forms (a month corrected on the page is written as typed)."""
    from packet.rules.registry import doc_types, field_kinds

    folder = _zh_case(tmp_path)
    (folder / "工资单.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    case = packet.correct_field(folder, "工资单.pdf", "period", "2026年6月")
    assert case.fields[0].value == "2026-06"
    assert load_case(folder, known_types=doc_types(), known_fields=field_kinds()).fields[0].value == "2026-06"


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_on_a_terminal_takes_a_chinese_month_and_asks_again_when_what_you_ask_for_is_skipped(tmp_path):
    """A new user's trial: "2026年6月" was refused, and Enter at "申请什么" wrote kind = "stop" without a word."""
    answers = "李秀英\n安信消费金融有限公司\nAX2025031200458\n\n2\n2026年6月\n住院手术后收入下降。\n\n2\n\n\n"
    cmd = f"{sys.executable} -m packet init {tmp_path / 'c'} --lang zh"
    out = subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "请按此格式填写" not in out.stdout, out.stdout  # the month was taken at once
    assert "申请书必须写明申请哪一种" in out.stdout, out.stdout
    case = load_case(tmp_path / "c")
    assert case.request.kind == "reduce" and "2026-06" in case.request.statement


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_init_off_a_terminal_says_the_kind_it_wrote_and_how_to_change_it(tmp_path, lang):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "c"), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert 'kind = "stop"' in result.output and "reduce" in result.output, result.output
    assert ("[request]" in result.output) and (("申请" in result.output) == (lang == "zh"))
    assert load_case(tmp_path / "c").request.kind == "stop"  # today's default kept
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "d"), "--json"])
    assert json.loads(result.output)["defaults"] == {"kind": "stop"}


# --- usage errors in the case's language ------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["log", "{d}", "--at", "2026/11/20", "--summary", "x"],
                                  ["sent", "{d}", "--at", "yesterday"],
                                  ["build", "{d}", "--max-size", "3x"]])
def test_a_wrong_date_or_size_on_a_chinese_case_is_said_in_chinese(tmp_path, args):
    folder = _zh_case(tmp_path)
    env = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PACKET_LANG": ""}
    result = CliRunner().invoke(cli, [a.format(d=folder) for a in args], env=env)
    assert result.exit_code == 2, result.output
    assert "请写成" in result.output and "is not a" not in result.output, result.output
