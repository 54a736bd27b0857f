"""What a person or a script sees on stderr, run as a real process: a library's warning never reaches it, and with
--json nothing does (advisers' scripts run ``2>&1`` and parse one JSON object). Found by a new user's trial."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fixtures_reading import png_header_only

from packet.reading.file_formats import unsupported_message


def _packet(*args: str | Path, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PACKET_LANG": lang, "PYTHONWARNINGS": ""}
    return subprocess.run([sys.executable, "-m", "packet", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_huge_image_is_refused_by_packet_without_pillows_bomb_warning(tmp_path):
    png_header_only(tmp_path / "photo.png", 15000, 15000)  # 225 MP: over Pillow's warning bound (200 MP)
    done = _packet("check", tmp_path, "--as-of", "2026-11-20", "--no-cache")
    assert done.returncode == 1, done.stderr
    assert "DecompressionBomb" not in done.stderr and "DOS attack" not in done.stderr, done.stderr
    assert "80 megapixels" in done.stdout  # packet's own message, with what to do


def test_json_keeps_stderr_empty_on_a_case_file_error(tmp_path):
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "xx"\n', encoding="utf-8")
    done = _packet("check", tmp_path, "--json", "--no-cache")
    assert done.returncode == 2
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["code"] == "case-file" and data["problems"][0]["line"] == 2


def test_json_keeps_stderr_empty_on_a_missing_folder(tmp_path):
    done = _packet("check", tmp_path / "nowhere", "--json")
    assert done.returncode != 0 and done.stderr == ""
    assert json.loads(done.stdout)["code"] in {"no-such-folder", "usage"}


def test_without_json_the_error_is_on_stderr(tmp_path):
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "xx"\n', encoding="utf-8")
    done = _packet("check", tmp_path, "--no-cache")
    assert done.returncode == 2 and "line 2" in done.stderr and done.stdout == ""


def test_a_latin_word_after_a_chinese_character_is_spaced():
    assert "是 Word 文档" in unsupported_message("zh", "信.docx", "docx")
    assert "是压缩包" in unsupported_message("zh", "a.zip", "zip")
    assert "is a Word document" in unsupported_message("en", "a.docx", "docx")


def test_json_keeps_stderr_empty_on_a_usage_error(tmp_path):
    done = _packet("sent", tmp_path, "--json", "--no-such-option")
    assert done.returncode == 2 and done.stderr == ""
    assert json.loads(done.stdout)["code"] == "usage"
    done = _packet("--json")
    assert done.returncode == 2 and done.stderr == "" and json.loads(done.stdout)["code"] == "usage"


def test_json_keeps_stderr_empty_on_an_output_error(tmp_path):
    """An error raised outside the command's own handling (an unwritable case folder) is JSON alone too."""
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / ".packet.toml.lock").mkdir()
    done = _packet("log", tmp_path, "--with", "Bank", "--summary", "called", "--json")
    assert done.returncode == 2 and done.stderr == "", done.stderr
    assert json.loads(done.stdout)["code"] == "output"
