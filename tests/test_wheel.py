"""The built wheel, installed into a fresh virtualenv outside the checkout, finds its checklists."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_installed_wheel_finds_builtin_checklists(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("packet-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    target = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                 capture_output=True, text=True, check=True).stdout.strip())
    # install the wheel alone, then let the fresh venv see the dependencies (not packet) of this one
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    deps = sysconfig.get_paths()["purelib"]
    (target / "zz_deps.pth").write_text(deps + "\n")
    out = subprocess.run([str(venv / "bin" / "python"), "-c",
                          "import packet, packet.rules.checklist as c; print(packet.__file__); "
                          "print(c.builtin_names()); print(c.load_checklist('zh-stop-collection').title['zh'])"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120,
                         env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})  # not the checkout
    assert out.returncode == 0, out.stderr
    location, names, title = out.stdout.splitlines()
    assert location.startswith(str(target)), location  # the wheel's copy, not the checkout
    assert "zh-stop-collection" in names and "en-hardship" in names
    assert title == "停催申请"
    assert (target / "packet" / "checklists" / "types.toml").is_file()
