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


def test_an_output_folder_is_made_only_when_the_file_is_written(tmp_path):
    """A new user's trial: Ctrl-C late in `build -o newdir/x.pdf` left an empty newdir/ behind, as packet said
    "Nothing was written". The check before the pages are made no longer creates the folder; the write does."""
    from packet.assembly.output_file import check_output_path, write_atomic
    from packet.case.casefile import load_case

    case_dir = tmp_path / "case"
    case_dir.mkdir()
    (case_dir / "packet.toml").write_text(CASE, encoding="utf-8")
    out = tmp_path / "new" / "deeper" / "x.pdf"
    check_output_path(load_case(case_dir), out, "en")
    assert not (tmp_path / "new").exists()
    write_atomic(out, b"%PDF-1.4\n")
    assert out.read_bytes() == b"%PDF-1.4\n" and sorted(p.name for p in out.parent.iterdir()) == ["x.pdf"]


def test_a_read_only_disk_is_named_as_one_not_as_a_permission(tmp_path):
    """A new user's trial: a build into a read-only bind mount said "you do not have permission to write" (the
    check before the pages are made took any refusal for a permission). On a real read-only mount (root only) the
    error names the read-only disk, for the command line and for the page (its os_error is EROFS)."""
    import shutil
    import subprocess

    from packet.assembly.output_file import check_output_path
    from packet.case.casefile import load_case
    from packet.core.errors import OutputError

    case_dir = tmp_path / "case"
    case_dir.mkdir()
    (case_dir / "packet.toml").write_text(CASE, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a bind mount needs root")
    if subprocess.run(["mount", "--bind", ro, ro], capture_output=True).returncode:
        pytest.skip("this process may not mount")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", ro], capture_output=True).returncode:
            pytest.skip("this process may not remount read-only")
        for target in (ro / "x.pdf", ro / "sub" / "x.pdf"):
            with pytest.raises(OutputError) as err:
                check_output_path(load_case(case_dir), target, "en")
            assert err.value.os_error.errno == errno.EROFS, err.value
            assert "read-only" in str(err.value).lower() and "permission" not in str(err.value).lower(), str(err.value)
    finally:
        subprocess.run(["umount", "-l", ro], check=True)
