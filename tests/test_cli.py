"""The CLI shell: help, version, doctor, checklists; clear messages and exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from packet import __version__
from packet.cli import cli, parse_size

COMMANDS = ("check", "build", "doctor", "checklists")


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_help_lists_every_command_with_a_summary():
    result = run("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        line = next(x for x in result.output.splitlines() if x.strip().startswith(name + " "))
        assert len(line.split(None, 1)[1]) > 10, line


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0 and "Usage: packet " + name in result.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "packet", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in out.stdout


def test_doctor_reports_what_is_installed():
    result = run("doctor")
    assert result.exit_code == 0, result.output
    assert "Tesseract" in result.output and "chi_sim" in result.output and "reportlab" in result.output


def test_doctor_without_tesseract_says_how_to_install(tmp_path):
    from packet.reading.tesseract import probe

    probe.cache_clear()
    try:
        result = run("doctor", env={"PATH": str(tmp_path)})
    finally:
        probe.cache_clear()
    assert result.exit_code == 2
    assert "apt-get install" in result.output and "tesseract-ocr-chi-sim" in result.output


def test_check_without_tesseract_stops_with_advice(tmp_path):
    """A case that needs OCR, on a machine without Tesseract: exit 2 and the install command, no traceback."""
    from PIL import Image, ImageDraw

    from packet.reading.tesseract import probe

    img = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(img).text((20, 20), "Payslip", fill=0)
    img.save(tmp_path / "scan.png")
    probe.cache_clear()
    try:
        result = run("check", str(tmp_path), "--no-cache", "--ocr-engine", "tesseract",
                     env={"PATH": str(tmp_path / "nothing")})
    finally:
        probe.cache_clear()
    assert result.exit_code == 2, result.output
    assert "apt-get install" in result.output and "Traceback" not in result.output


def test_check_without_tesseract_reads_with_ppocr_alone(tmp_path):
    """No Tesseract on the machine: `auto` reads an English scan with PP-OCR, and the report shows what it read."""
    from fixtures_reading import PAYSLIP_EN, page_image

    from packet.reading import engines
    from packet.reading.tesseract import probe

    if not engines.rapid_status()[0]:
        pytest.skip("rapidocr 3.x is not installed")
    page_image(PAYSLIP_EN, dpi=200).save(tmp_path / "payslip.png", dpi=(200, 200))
    probe.cache_clear()
    try:
        result = run("check", str(tmp_path), "--no-cache", "--json", "--as-of", "2026-10-15",
                     env={"PATH": str(tmp_path / "nothing")})
    finally:
        probe.cache_clear()
    assert result.exit_code in (0, 1), result.output
    doc = json.loads(result.output)["documents"][0]
    assert doc["type"] == "payslip" and doc["fields"]["net_pay"] == "3512.40"


def test_missing_folder_exits_2(tmp_path):
    result = run("check", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "No such folder" in result.output


def test_file_instead_of_folder_exits_2(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    result = run("check", str(tmp_path / "a.pdf"))
    assert result.exit_code == 2 and "not a folder" in result.output


def test_bad_as_of_is_a_usage_error(tmp_path):
    result = run("check", str(tmp_path), "--as-of", "28/11/2026")
    assert result.exit_code == 2 and "'--as-of'" in result.output and "2026-11-28" in result.output


@pytest.mark.parametrize(("size", "says"), [("1KB", "at least 100KB"), ("lots", "like 18MB")])
def test_bad_max_size_names_the_option(tmp_path, size, says):
    result = run("build", str(tmp_path), "--max-size", size)
    assert result.exit_code == 2 and "'--max-size'" in result.output and says in result.output


@pytest.mark.parametrize("text,size", [("18MB", 18_000_000), ("1.5 MB", 1_500_000), ("900KB", 900_000),
                                       ("2000000", 2_000_000)])
def test_parse_size(text, size):
    assert parse_size(text) == size


def test_unknown_checklist_option_exits_2(tmp_path):
    result = run("check", str(tmp_path), "--checklist", "nope")
    assert result.exit_code == 2 and "en-hardship" in result.output  # lists the built-in ones


def test_no_prompt_when_stdin_is_not_a_terminal(tmp_path):
    """Scripts run packet with no terminal: it must never wait for input."""
    out = subprocess.run([sys.executable, "-m", "packet", "checklists"], stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=60, env={**os.environ, "PACKET_LANG": "en"})
    assert out.returncode == 0 and "zh-stop-collection" in out.stdout


def test_unexpected_error_is_not_a_traceback(tmp_path):
    script = (
        "import packet as p\n"
        "def boom(*a, **k): raise RuntimeError('disk on fire')\n"
        "p.check = boom\n"
        f"import sys; sys.argv = ['packet', 'check', {str(tmp_path)!r}]\n"
        "from packet.cli import main; main()"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "disk on fire" in out.stderr and "Traceback" not in out.stderr and "-v" in out.stderr


def test_checklists_command_lists_and_shows(tmp_path):
    result = run("checklists")
    assert result.exit_code == 0
    for name in ("zh-stop-collection", "zh-reduce-collection", "en-hardship"):
        assert name in result.output
    shown = run("checklists", "zh-stop-collection")
    assert shown.exit_code == 0 and "银行流水" in shown.output and "6" in shown.output
    assert "Bank statements" in run("checklists", "en-hardship").output


def test_checklists_command_rejects_malformed_file(tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text('name = "mine"\nlanguage = "en"\ntitle = {zh="a", en="b"}\ndescription = {zh="a", en="b"}\n'
                   '[[requirement]]\nid = "x"\ntitle = {zh="a", en="b"}\n[[requirement.option]]\n'
                   'type = "payslip"\nrule = "every-month"\nmonths = 2\n')
    result = run("checklists", str(bad))
    assert result.exit_code == 2
    assert "mine.toml" in result.output and "requirement[0].option[0].rule" in result.output


def test_readme_documents_every_command():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"packet {name}" in readme, name


def test_verbose_logs_packet_details_not_pillow_internals(tmp_path):
    from PIL import Image

    Image.new("L", (40, 40), 255).save(tmp_path / "scan.png")
    (tmp_path / "cut.png").write_bytes((tmp_path / "scan.png").read_bytes()[:60])
    (tmp_path / "scan.png").unlink()
    out = subprocess.run([sys.executable, "-m", "packet", "-v", "check", str(tmp_path), "--no-cache"],
                         capture_output=True, text=True, timeout=60, env={**os.environ, "PACKET_LANG": "en"})
    assert out.returncode == 1, out.stderr
    assert "DEBUG packet.reading.ingest: cannot open image cut.png" in out.stderr
    assert "DEBUG PIL" not in out.stderr


def test_doctor_speaks_chinese_with_lang_zh_and_keeps_its_columns():
    import re
    import unicodedata

    result = run("doctor", "--lang", "zh")
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("ok ")]
    assert len(rows) >= 10
    for english in ("Python package", "installed", "CJK font", "OCR cache folder", "Tesseract language", "optional"):
        assert english not in result.output, english
    assert "Python 包 reportlab" in result.output and "中文字体" in result.output and "已安装" in result.output

    def cols(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    # the details start in one column although the names hold Chinese characters (two columns each)
    starts = {cols(m.group(1)) for m in (re.match(r"(ok\s+.*?\S\s{2,})\S", line) for line in rows)}
    assert len(starts) == 1, rows
