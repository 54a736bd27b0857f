"""A case folder this user account may not open (an adviser's scripted trial, r22: one client folder of twelve was
unreadable): every command says so in plain words with code ``no-permission`` and exit 2, never ``internal`` ("report
the output to the developers") nor click's "Invalid value for 'DIR'" with a pointer to --help. Run as a real process
with the folder's real permissions; as root (who reads everything) the process runs without the capabilities that
let root pass file permissions (setpriv, util-linux), the folder owned by another user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETPRIV = shutil.which("setpriv")
if os.geteuid() == 0 and not SETPRIV:
    pytest.skip("as root, these tests need setpriv (util-linux) to run packet without root's file-permission "
                "override", allow_module_level=True)


def _packet(*args: object) -> subprocess.CompletedProcess:
    caps = "-dac_override,-dac_read_search"
    lead = [SETPRIV, f"--bounding-set={caps}", f"--inh-caps={caps}"] if os.geteuid() == 0 else []
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PACKET_LANG": "en"}
    return subprocess.run([*lead, sys.executable, "-m", "packet", *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture
def clients(tmp_path):
    """A folder of two clients: ``open`` (a case file, no documents yet) and ``locked`` (mode 700, another owner
    when run as root)."""
    for name in ("open", "locked"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "packet.toml").write_text('[applicant]\nname = "Marie Tremblay"\n', encoding="utf-8")
    locked = tmp_path / "locked"
    if os.geteuid() == 0:
        os.chown(locked, 65534, 65534)
        os.chown(locked / "packet.toml", 65534, 65534)
        locked.chmod(0o700)
    else:
        locked.chmod(0o000)
    yield tmp_path
    locked.chmod(0o755)


@pytest.mark.parametrize("command", [["check", "--json"], ["status", "--json"], ["log", "--json"],
                                     ["build", "--json", "--force"]])
def test_a_folder_that_cannot_be_opened_is_said_with_its_code(clients, command):
    done = _packet(command[0], clients / "locked", *command[1:])
    assert done.returncode == 2, done
    out = json.loads(done.stdout)
    assert out["code"] == "no-permission" and out["exit_code"] == 2, out
    assert "no permission to open this folder" in out["error"] and "chmod u+rx" in out["hint"], out
    assert "Traceback" not in done.stderr, done.stderr


def test_the_terminal_says_it_in_chinese_too(clients):
    done = _packet("check", clients / "locked", "--lang", "zh")
    assert done.returncode == 2 and "没有权限打开这个文件夹" in done.stderr + done.stdout, done
    assert "Invalid value" not in done.stderr + done.stdout


def test_batch_lists_the_folder_with_its_code_and_checks_the_others(clients):
    done = _packet("batch", clients, "--json", "--as-of", "2026-11-20")
    rows = {r["case"]: r for r in json.loads(done.stdout)["cases"]}
    assert rows["locked"]["error_code"] == "no-permission", rows["locked"]
    assert "developers" not in rows["locked"]["error"] and "chmod u+rx" in rows["locked"]["error"]
    assert rows["open"]["error"] is None and rows["open"]["complete"] is False, rows["open"]
