"""What a new user's trial (r21, trial 10) found in the case flow, each tested as a user meets it: the command line
with no input, real case files, the real PDF writer.

4. ``packet status . --follow-up`` (and every command given ``.``, ``./`` or ``sub/..``) names its files after the
   folder's resolved name, and no suggestion points at the packet's own file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

AS_OF = "2026-12-01"
TOML = '''[applicant]
name = "Ann Lee"
email = "ann@example.com"
[lender]
name = "Acme Loans"
contract_number = "HT-2026-001"
[request]
language = "en"
kind = "stop"
country = "GB"
'''
SENT = '[[sent]]\nat = 2026-10-02T10:00:00\nvia = "email"\n'


class _Done:
    def __init__(self, result) -> None:
        self.returncode, self.stdout, self.stderr = result.exit_code, result.stdout, result.stderr


def _cli(*args: str) -> _Done:
    """The command line in this process (click's runner: no input, not a terminal)."""
    from click.testing import CliRunner

    from packet.cli import cli

    return _Done(CliRunner().invoke(cli, list(args), env={"COLUMNS": "250", "PACKET_LANG": None}))


def _case(tmp_path: Path, extra: str = "", name: str = "amy") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML + extra, encoding="utf-8")
    return folder


@pytest.mark.parametrize("given", [".", "./", "sub/.."])
def test_follow_up_from_inside_the_folder_is_named_after_it(tmp_path, monkeypatch, given):
    folder = _case(tmp_path, SENT)
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    done = _cli("status", given, "--follow-up", "--as-of", AS_OF)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["amy", "amy-followup.eml", "amy-followup.pdf"]
    assert not (folder / "-followup.pdf").exists() and not list(folder.glob("*followup*"))


@pytest.mark.parametrize("given", [".", "./", "sub/.."])
def test_build_and_check_from_inside_the_folder_use_its_name(tmp_path, monkeypatch, given):
    folder = _case(tmp_path)
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder)
    done = _cli("check", given, "--json", "--as-of", AS_OF)
    assert json.loads(done.stdout)["case"] == "amy"
    done = _cli("build", given, "--force", "--as-of", AS_OF)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "amy-packet.pdf").is_file()


@pytest.mark.parametrize("given", [".", "./"])
def test_a_follow_up_refused_inside_the_folder_never_suggests_the_packets_own_file(tmp_path, monkeypatch, given):
    folder = _case(tmp_path, SENT)
    monkeypatch.chdir(folder)
    done = _cli("status", given, "--follow-up", "-o", "letter.pdf", "--as-of", AS_OF)
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert str(tmp_path / "amy-followup.pdf") in said and "-packet.pdf" not in said, said
