"""A case folder packet may not write into (read-only, no permission, a full disk): `log` and `sent` said
"internal error … report the output to the developers" (a new user's trial, a read-only bind mount); now an
``output`` error (exit 2) that says what to do, and packet.toml is left as it was. Root ignores file modes, so the
folder's refusal is made by the system call raising what a read-only file system raises (EROFS), and once for real
with a file where the folder should be writable."""

from __future__ import annotations

import errno
import json
import os
from unittest import mock

import pytest
from click.testing import CliRunner

from packet.case import case_edit
from packet.cli import cli

CASE = ('[applicant]\nname = "Ruth Adeyemi"\n[lender]\nname = "Northfield Credit"\ncontract_number = "NFC-2025-0042"\n'
        '[request]\nlanguage = "en"\n')


def _run(*args: str) -> tuple[int, dict]:
    out = CliRunner().invoke(cli, [*args, "--json"])
    return out.exit_code, json.loads(out.output)


def _erofs(path, *args, **kwargs):
    raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))


@pytest.mark.parametrize("fails", ["lock", "temp file"])
def test_log_in_a_read_only_folder_is_an_output_error_that_says_what_to_do(tmp_path, fails):
    (tmp_path / "packet.toml").write_text(CASE, encoding="utf-8")
    before = (tmp_path / "packet.toml").read_bytes()
    real_open = os.open

    def lock_refused(path, *args, **kwargs):
        return _erofs(path) if str(path).endswith(".lock") else real_open(path, *args, **kwargs)

    patch = (mock.patch.object(case_edit.os, "open", side_effect=lock_refused) if fails == "lock"
             else mock.patch.object(case_edit, "open", create=True, side_effect=_erofs))
    with patch:
        code, data = _run("log", str(tmp_path), "--with", "Northfield Credit", "--summary", "asked for a pause")
    assert code == 2 and data["code"] == "output", data
    assert "Read-only file system" in data["error"] and "copy the case folder" in data["hint"]
    assert (tmp_path / "packet.toml").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_case_file_that_cannot_be_replaced_is_an_output_error(tmp_path):
    """For real: the lock file's name is taken by a folder, so opening it fails (EISDIR), as any refusal would."""
    (tmp_path / "packet.toml").write_text(CASE, encoding="utf-8")
    (tmp_path / ".packet.toml.lock").mkdir()
    code, data = _run("log", str(tmp_path), "--with", "Northfield Credit", "--summary", "asked for a pause")
    assert code == 2 and data["code"] == "output", data
    assert "could not write" in data["error"]
