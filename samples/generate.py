#!/usr/bin/env python3
"""Write the sample case folders and their ground truth, byte for byte the same on every run.

    python samples/generate.py            # rewrite samples/zh-medical-stop, samples/en-job-loss, expected.json
    python samples/generate.py --out DIR  # write them under DIR instead

Needs reportlab, Pillow and the WenQuanYi Zen Hei font (Debian: fonts-wqy-zenhei). toolchain.json records
the library, codec and font versions the committed files were made with.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _case_en  # noqa: E402
import _case_zh  # noqa: E402
import _render  # noqa: E402

CASES = (_case_zh, _case_en)


def generate(out: Path) -> dict[str, dict[str, dict]]:
    """Replace each case folder under `out`, write expected.json and toolchain.json; return the ground truth."""
    out.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, dict]] = {}
    for case in CASES:
        shutil.rmtree(out / case.CASE, ignore_errors=True)
        truth[case.CASE] = case.write(out)
    for name, data in (("expected.json", truth), ("toolchain.json", _render.toolchain())):
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        (out / name).write_text(text, encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="folder to write into (default: samples/)")
    args = ap.parse_args(argv)
    missing = _render.missing_fonts()
    if missing:
        print(
            "missing fonts: "
            + ", ".join(map(str, missing))
            + "\ninstall them with: apt-get install fonts-wqy-zenhei",
            file=sys.stderr,
        )
        return 2
    truth = generate(args.out)
    n = sum(len(files) for files in truth.values())
    print(f"wrote {n} documents in {len(truth)} cases under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
