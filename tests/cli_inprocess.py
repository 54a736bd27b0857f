"""The command line run in the test's own process (click's runner: no input, not a terminal): quicker than starting
a new program, for tests of messages and exit codes. The subprocess tests elsewhere keep the real program's path."""

from __future__ import annotations


class Done:
    """What a run left, shaped as :class:`subprocess.CompletedProcess`: ``returncode``, ``stdout``, ``stderr``."""

    def __init__(self, result) -> None:
        self.returncode, self.stdout, self.stderr = result.exit_code, result.stdout, result.stderr


def cli(*args: str) -> Done:
    """``packet ARGS…`` in this process, 250 columns wide, with no PACKET_LANG from the caller's environment."""
    from click.testing import CliRunner

    from packet.cli import cli as packet_cli

    return Done(CliRunner().invoke(packet_cli, list(args), env={"COLUMNS": "250", "PACKET_LANG": None}))
