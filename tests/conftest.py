"""Shared fixtures. Every test run uses its own OCR cache folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
AS_OF = "2026-11-20"  # the date the bundled samples are written for


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    # one cache for the run's test processes (pytest-xdist workers share their base temp's parent): the sample
    # cases' pages are read in many test files, which --dist loadfile spreads over both workers; entries are
    # written atomically (OcrCache.put), so two workers may share it
    base = tmp_path_factory.getbasetemp()
    cache = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "ocr-cache"
    cache.mkdir(exist_ok=True)
    mp = pytest.MonkeyPatch()
    mp.setenv("PACKET_CACHE_DIR", str(cache))
    # messages in English unless a case says otherwise: the locale, not PACKET_LANG (which outranks the case)
    mp.delenv("PACKET_LANG", raising=False)
    mp.setenv("LC_ALL", "C.UTF-8")
    yield
    mp.undo()


@pytest.fixture
def sample_case():
    """Path of a bundled sample case; fails (never skips) when the folder is missing."""

    def get(name: str) -> Path:
        path = SAMPLES / name
        assert (path / "packet.toml").is_file(), f"sample case {path} is missing: run samples/generate.py"
        return path

    return get


def init_on_terminal(folder: Path, answers: str, lang: str, timeout: float = 60):
    """Run ``packet init folder --lang lang`` on a real terminal (script(1) gives it one), typing ``answers`` (one
    line per question); returns the CompletedProcess, the terminal's output in ``stdout``."""
    import os
    import subprocess
    import sys

    cmd = f"{sys.executable} -m packet init {folder} --lang {lang}"
    return subprocess.run(["script", "-qec", cmd, "/dev/null"], input=answers, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
