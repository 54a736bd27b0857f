"""`packet log DIR` and `packet sent DIR` ask at a terminal; off one they keep the defaults and say so (r20 trial).

A real terminal: the command runs in a pseudo-terminal (the standard library's ``pty``), its answers typed into it,
as a person types them; off a terminal: stdin from /dev/null.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

WT = Path(__file__).resolve().parents[1]


def _env(lang: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACKET_", "LC_"))}
    env.update(PYTHONPATH=str(WT), LANG="zh_CN.UTF-8" if lang == "zh" else "en_GB.UTF-8", COLUMNS="200")
    return env


def at_terminal(args: list[str], answers: list[str], lang: str = "en", timeout: float = 60.0) -> tuple[int, str]:
    """Run ``python -m packet ARGS`` with a pseudo-terminal as stdin, stdout and stderr; type each answer (then
    Enter) after the command has printed something since the last one. Returns (exit code, all it printed)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "packet", *args], stdin=slave, stdout=slave, stderr=slave,
                            env=_env(lang), close_fds=True)
    os.close(slave)
    out = b""
    pending = list(answers)
    seen = 0
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the command ended: the terminal is closed
                break
            if not chunk:
                break
            out += chunk
        elif pending and len(out) > seen:  # it printed a question and waits: answer it
            seen = len(out)
            os.write(master, (pending.pop(0) + "\n").encode())
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    os.close(master)
    return proc.returncode, out.decode("utf-8", "replace")


def off_terminal(args: list[str], lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "packet", *args], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, env=_env(lang), timeout=60)


def _case(root: Path, lang: str) -> Path:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "{"王秀兰" if lang == "zh" else "Owen Pritchard"}"\n'
        f'[lender]\nname = "Calder Finance"\n[request]\nlanguage = "{lang}"\n', encoding="utf-8")
    return root


def _toml(root: Path) -> str:
    return (root / "packet.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_log_alone_at_a_terminal_asks_what_happened(tmp_path: Path, lang: str) -> None:
    """Build and status say "packet log DIR"; run so at a terminal it failed "Nothing to record". It asks now: when
    (Enter: now), how (the default shown), who, what was said, promised, the next step; Enter skips."""
    case = _case(tmp_path / "c", lang)
    # when (Enter: now, trial 14 asks it first), how, who, what was said, promised, the next step
    code, out = at_terminal(["log", str(case)], ["", "2", "Agent 77", "they will call back on Friday", "", ""], lang)
    assert code == 0, out
    assert ("How were you in touch?" if lang == "en" else "这次用的是哪种方式？") in out
    assert "[1]" in out, "Enter keeps the default, and the default is shown"
    text = _toml(case)
    assert 'channel = "chat"' in text and 'with = "Agent 77"' in text and "they will call back on Friday" in text
    assert "promised" not in text and "next_step" not in text, "Enter skipped them"
    assert ("Recorded the chat contact" if lang == "en" else "在线沟通联系") in out and "default" not in out


def test_log_alone_off_a_terminal_keeps_the_error(tmp_path: Path) -> None:
    case = _case(tmp_path / "c", "en")
    result = off_terminal(["log", str(case)])
    assert result.returncode == 2 and "Nothing to record" in result.stderr
    assert "contact" not in _toml(case)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_log_off_a_terminal_says_which_channel_it_recorded_and_how_to_change_it(tmp_path: Path, lang: str) -> None:
    case = _case(tmp_path / "c", lang)
    result = off_terminal(["log", str(case), "--said", "call back Friday"], lang)
    assert result.returncode == 0, result.stderr
    assert "--channel" in result.stdout and f"packet log {case} --remove 1" in result.stdout, result.stdout
    assert ("the default" if lang == "en" else "按默认记录") in result.stdout
    told = off_terminal(["log", str(case), "--said", "again", "--channel", "phone"], lang)
    assert "--remove" not in told.stdout, "a channel given is not called a default"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sent_asks_how_at_a_terminal_and_says_the_default_off_one(tmp_path: Path, lang: str) -> None:
    case = _case(tmp_path / "c", lang)
    pdf = tmp_path / "c-packet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, out = at_terminal(["sent", str(case), "--force"], ["2", "RR123456789GB"], lang)
    assert code == 0, out
    assert ("How did you send it?" if lang == "en" else "您是怎么发送的？") in out
    text = _toml(case)
    assert 'via = "post"' in text and 'tracking = "RR123456789GB"' in text
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n%other\n%%EOF\n")
    result = off_terminal(["sent", str(case), "--file", str(other), "--force", "--follow-up"], lang)
    assert result.returncode == 0, result.stderr
    assert "--via" in result.stdout and "--remove 2" in result.stdout, result.stdout


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_follow_up_states_no_channel_nobody_gave(tmp_path: Path, lang: str) -> None:
    """Off a terminal `sent` records email and `log` phone, as before; nobody said so, so the follow-up letter does
    not tell the lender the request went by email or that the call was a phone call. Given, they are stated."""
    from pypdf import PdfReader

    def letter(case: Path) -> str:
        out = off_terminal(["status", str(case), "--as-of", "2026-11-30", "--follow-up"], lang)
        assert out.returncode == 0, out.stderr
        pdf = case.parent / f"{case.name}-followup.pdf"
        return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)

    for given in (False, True):
        case = _case(tmp_path / f"c{given}", lang)
        pdf = tmp_path / f"c{given}-packet.pdf"
        pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
        via = ["--via", "email"] if given else []
        channel = ["--channel", "phone"] if given else []
        assert off_terminal(["sent", str(case), "--force", "--at", "2026-09-01T09:00", *via], lang).returncode == 0
        assert off_terminal(["log", str(case), "--at", "2026-09-05T10:00", "--with", "Agent 5",
                             "--said", "we will review it", *channel], lang).returncode == 0
        text = letter(case)
        assert ("Agent5" in text) and (("reviewit" in text) if lang == "en" else ("wewillreviewit" in text)), text
        by_email, phone = ("byemail", "(phone") if lang == "en" else ("通过电子邮件", "（电话")
        assert (by_email in text) is given and (phone in text) is given, (given, text)
