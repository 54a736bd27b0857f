"""What turning a page by strips costs (packet.reading.ocr.strip_turn), against a floor in the same run.

When Tesseract's OSD cannot tell a page's orientation, packet reads one strip of the page at each candidate turn
(three when the page's lines run down it: 0, 90, 270; four when a first reading came out doubtful: 0, 90, 180, 270).
For each of N English photos of tests/photovariantgen.py this prints, measured pair by pair on the same prepared page:

* the floor: one reading of the whole page, upright, by the engine packet uses (Tesseract, psm 3);
* the strips at three and at four turns, and their time as a ratio to the floor;
* the engine's start alone (a blank 64-pixel image read), which on a loaded machine is much of a small image's time;
* the pixels the strips hand the engine as a share of the page's (independent of the machine's load);
* whether the strips found the turn the photo was taken at.

Usage: ``python bench/bench_turn.py [N] [SEED0]`` (default 6 photos from seed 200; half of them small copies, as a
messenger sends them on, where OSD most often cannot tell).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import photovariantgen as gen  # noqa: E402
from PIL import Image  # noqa: E402

from packet.core.page_images import upright  # noqa: E402
from packet.reading import engines, ocr  # noqa: E402


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 6
    seed0 = int(argv[1]) if len(argv) > 1 else 200
    eng = engines.engine(engines.TESSERACT)
    ratios3, ratios4, right = [], [], 0
    for k in range(n):
        v = gen.photo(False, seed0 + k, size=0.35 if k % 2 else 1.0)
        work, dpi = ocr._scale(ocr.grey(v.image), min(v.image.size) / 8.27)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            page = folder / "floor.tif"
            upright(work, v.turn).save(page, dpi=(round(dpi), round(dpi)))
            t = time.perf_counter()
            eng.read(page, "eng", dpi, psm=ocr.PSM)
            floor = time.perf_counter() - t
            blank = folder / "blank.tif"
            Image.new("L", (64, 64), 255).save(blank, dpi=(300, 300))
            t = time.perf_counter()
            eng.read(blank, "eng", dpi, psm=ocr.PSM)
            start = time.perf_counter() - t
            t = time.perf_counter()
            three = ocr.strip_turn(work, (0, 90, 270), "eng", dpi, folder, eng)
            t3 = time.perf_counter() - t
            t = time.perf_counter()
            four = ocr.strip_turn(work, (0, 90, 180, 270), "eng", dpi, folder, eng)
            t4 = time.perf_counter() - t
            with Image.open(folder / "strips.tif") as im:
                share = im.width * im.height / (work.width * work.height)  # the last (four) strips
        ok = four == v.turn and (three == v.turn or v.turn == 180)
        right += ok
        ratios3.append(t3 / floor)
        ratios4.append(t4 / floor)
        print(f"seed {seed0 + k} size {v.size:.2f} turn {v.turn:3d}: floor {floor:5.1f} s; strips x3 {t3:5.1f} s "
              f"({t3 / floor:.2f}x) -> {three:3d}; x4 {t4:5.1f} s ({t4 / floor:.2f}x) -> {four:3d} "
              f"{'right' if ok else 'WRONG'}; engine start {start:.1f} s; four strips {share:.0%} of the page's pixels",
              flush=True)
    print(f"{n} photos: strips right on {right}; three strips {sum(ratios3) / n:.2f}x the floor "
          f"(max {max(ratios3):.2f}x), four {sum(ratios4) / n:.2f}x (max {max(ratios4):.2f}x)")


if __name__ == "__main__":
    main(sys.argv[1:])
