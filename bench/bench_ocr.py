"""Benchmark of the reading stage: run as ``python bench/bench_ocr.py`` (add ``--quick`` for a short run).

It makes its own inputs in a temp dir (realistic 300-DPI A4 statement pages, English and Chinese, as
image-only PDFs; a mixed case of text-layer PDFs, scans and photos) and prints, side by side in one run:

* cold (empty cache) and warm (cache filled) seconds and pages/s of ``packet.reading.ingest.read_case``;
* the floor: the ``tesseract`` CLI on the same page images one after another, single-threaded with
  ``OMP_THREAD_LIMIT=1``; floor = sum of single-page times / cores;
* OCRmyPDF ``-j 2`` on the same PDF when ``ocrmypdf`` is on PATH or in /tmp/ocrmypdf-venv (skipped with
  a note otherwise);
* a warm re-run of a 100-page case, text-layer pages/s, and peak memory for a 200-page scanned statement.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from fixtures_reading import case_at, image_pdf, text_pdf  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from packet.reading import ingest, ocr, tesseract  # noqa: E402
from packet.reading.ocr_cache import OcrCache  # noqa: E402

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
CORES = os.cpu_count() or 1
PAYEES_EN = ["TESCO STORES 2041", "Direct Debit Council Tax", "Transfer to savings", "Salary ACME WIDGETS LTD",
             "CARD PAYMENT AMAZON", "Standing order rent", "ATM withdrawal", "Interest paid"]
PAYEES_ZH = ["快捷支付 京东商城", "POS消费 物美超市", "跨行转账 王建国", "代发工资 华晟科技", "代扣电费 国网北京",
             "手机银行 转账", "微信支付 滴滴出行", "利息 结息"]


def statement_page(lang: str, number: int, dpi: int = 300, size_in=(8.27, 11.69)) -> Image.Image:
    """A realistic A4 bank-statement page: a header, then ~35 rows of date, payee, amounts."""
    rnd = random.Random(number)
    w, h = round(size_in[0] * dpi), round(size_in[1] * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    px = round(10 / 72 * dpi)
    font = ImageFont.truetype(CJK, px, index=0) if lang == "zh" else ImageFont.truetype(LATIN, px)
    big = ImageFont.truetype(CJK, px * 2, index=0) if lang == "zh" else ImageFont.truetype(LATIN, px * 2)
    x, y = round(0.7 * dpi), round(0.8 * dpi)
    if lang == "zh":
        draw.text((x, y), "京港商业银行 个人账户交易明细", font=big, fill=0)
        head = [f"户名：李秀英  账号：6217 **** 8901  第 {number} 页", "交易日期    摘要                    收入        支出        余额"]
    else:
        draw.text((x, y), "Pennine Bank  Current Account Statement", font=big, fill=0)
        head = [f"Account holder: Daniel Okafor   Account 43917702   Page {number}",
                "Date          Description                       Paid in     Paid out     Balance"]
    y += px * 4
    for line in head:
        draw.text((x, y), line, font=font, fill=0)
        y += round(px * 1.8)
    balance = 5000.0
    while y < h - 1.2 * dpi:
        amount = round(rnd.uniform(5, 900), 2)
        balance -= amount
        payee = rnd.choice(PAYEES_ZH if lang == "zh" else PAYEES_EN)
        day = f"2026-09-{rnd.randint(1, 30):02d}"
        draw.text((x, y), day, font=font, fill=0)
        draw.text((x + round(1.4 * dpi), y), payee, font=font, fill=0)
        draw.text((x + round(4.6 * dpi), y), f"{amount:,.2f}", font=font, fill=0)
        draw.text((x + round(5.8 * dpi), y), f"{balance:,.2f}", font=font, fill=0)
        y += round(px * 1.9)
    return img


def peak_mb() -> tuple[float, float]:
    """Peak RSS in MiB of this process and of the largest child so far (Linux reports KiB)."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, child_kb / 1024


def timed_read(root: Path, languages: str, cache: OcrCache | None, jobs: int = CORES) -> tuple[float, int]:
    case = case_at(root, "zh" if languages.startswith("chi") else "en")
    start = time.perf_counter()
    result = ingest.read_case(case, languages=languages, jobs=jobs, cache=cache)
    seconds = time.perf_counter() - start
    assert not result.errors, result.errors
    return seconds, sum(len(d.pages) for d in result.documents)


def floor(images: list[Path], languages: str) -> tuple[float, float]:
    """Sum of single-page times of the tesseract CLI run one after another; and that sum / cores."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    total = 0.0
    for img in images:
        start = time.perf_counter()
        subprocess.run(["tesseract", str(img), "stdout", "-l", languages, "tsv"], env=env, check=True,
                       capture_output=True)
        total += time.perf_counter() - start
    return total, total / CORES


def parallel_cli(images: list[Path], languages: str) -> float:
    """The tesseract CLI on the same images, ``CORES`` at a time: what this machine gives right now."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start = time.perf_counter()
    pending = list(images)
    running: list[subprocess.Popen] = []
    while pending or running:
        while pending and len(running) < CORES:
            running.append(subprocess.Popen(["tesseract", str(pending.pop(0)), "stdout", "-l", languages, "tsv"],
                                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        running[0].wait()
        running = [p for p in running if p.poll() is None]
    return time.perf_counter() - start


def ocrmypdf_time(pdf: Path, languages: str, out: Path) -> float | str:
    exe = shutil.which("ocrmypdf") or "/tmp/ocrmypdf-venv/bin/ocrmypdf"
    if not Path(exe).exists():
        return "skipped: ocrmypdf is not installed (pip install ocrmypdf into /tmp/ocrmypdf-venv to compare)"
    start = time.perf_counter()
    proc = subprocess.run([exe, "-j", "2", "-l", languages, "--output-type", "pdf", "--force-ocr", "-q",
                           str(pdf), str(out)], capture_output=True, text=True, env=dict(os.environ))
    if proc.returncode != 0:
        return f"skipped: ocrmypdf failed ({proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode})"
    return time.perf_counter() - start


def bench_scans(work: Path, lang: str, pages: int) -> None:
    languages = "chi_sim+eng" if lang == "zh" else "eng"
    root = work / f"scan-{lang}"
    imgs = [statement_page(lang, i + 1) for i in range(pages)]
    pdf = image_pdf(root / "statement.pdf", imgs, dpi=300)
    pngs = []
    for i, img in enumerate(imgs):
        pngs.append(work / f"{lang}-{i:03d}.png")
        img.save(pngs[-1], compress_level=1)
    del imgs
    cache = OcrCache(work / f"cache-{lang}")
    cold, n = timed_read(root, languages, cache)
    warm, _ = timed_read(root, languages, cache)
    serial, fl = floor(pngs, languages)
    par = parallel_cli(pngs, languages)
    omp = ocrmypdf_time(pdf, languages, work / f"ocrmypdf-{lang}.pdf")
    print(f"\n== {pages}-page image-only PDF, {languages}, 300 DPI A4, {CORES} cores")
    print(f"  packet cold     {cold:7.2f} s  {n / cold:6.2f} pages/s   ({cold / fl:.2f}x the floor)")
    print(f"  packet warm     {warm:7.2f} s  {n / warm:6.1f} pages/s")
    print(f"  tesseract CLI   {serial:7.2f} s serial = {serial / pages:.2f} s/page; floor {fl:.2f} s "
          f"({pages / fl:.2f} pages/s)")
    print(f"  tesseract CLI x{CORES} {par:7.2f} s  {pages / par:6.2f} pages/s   (the same pages {CORES} at a time: "
          f"what the cores really gave; packet is {cold / par:.2f}x this)")
    if isinstance(omp, float):
        print(f"  OCRmyPDF -j 2   {omp:7.2f} s  {pages / omp:6.2f} pages/s   (packet is {omp / cold:.2f}x faster)")
    else:
        print(f"  OCRmyPDF -j 2   {omp}")


def bench_mixed(work: Path) -> None:
    root = work / "mixed"
    for i in range(4):
        text_pdf(root / f"statement-{i}.pdf", [[f"Statement {i} page {p}", "Closing balance 1,234.56"] * 12
                                               for p in range(3)], size=(595, 842))
    for i in range(3):
        statement_page("en", 100 + i).save(root / f"scan-{i}.png", dpi=(300, 300))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 13"
    for i in range(2):
        photo = statement_page("en", 200 + i, dpi=360).convert("RGB")
        photo.save(root / f"IMG_{i}.jpg", quality=88, exif=exif.tobytes())
    cache = OcrCache(work / "cache-mixed")
    cold, n = timed_read(root, "eng", cache)
    warm, _ = timed_read(root, "eng", cache)
    print(f"\n== mixed case: 4 text PDFs (12 pages), 3 scans, 2 phone photos = {n} pages")
    print(f"  packet cold {cold:6.2f} s ({n / cold:.2f} pages/s); warm {warm:.3f} s ({n / warm:.0f} pages/s)")


def bench_warm_100(work: Path) -> None:
    root = work / "hundred"
    for i in range(5):
        text_pdf(root / f"text-{i}.pdf", [[f"Statement {i} page {p} Closing balance {p},234.56"] * 30
                                          for p in range(10)], size=(595, 842))
    small = [statement_page("en", 300 + p, dpi=100, size_in=(4.13, 5.83)) for p in range(10)]
    for i in range(5):
        image_pdf(root / f"scan-{i}.pdf", small, dpi=100)
    cache = OcrCache(work / "cache-hundred")
    cold, n = timed_read(root, "eng", cache)
    warm, _ = timed_read(root, "eng", cache)
    print(f"\n== warm re-run of a {n}-page case (50 text-layer pages, 50 scanned A6 pages; cold {cold:.1f} s)")
    print(f"  packet warm {warm:.3f} s  (target < 2 s)")


def bench_text_layer(work: Path, pages: int) -> None:
    root = work / "textlayer"
    per = 20
    lines_en = [f"2026-09-{d:02d}  CARD PAYMENT TESCO STORES 2041   {d * 13.7:,.2f}   {5000 - d * 13.7:,.2f}"
                for d in range(1, 31)]
    lines_zh = [f"2026-09-{d:02d} 快捷支付 京东商城 {d * 13.7:,.2f} {5000 - d * 13.7:,.2f}" for d in range(1, 31)]
    for i in range(pages // per):
        text_pdf(root / f"s{i}.pdf", [lines_zh if i % 2 else lines_en] * per, cjk=bool(i % 2), size=(595, 842))
    seconds, n = timed_read(root, "chi_sim+eng", None)
    print(f"\n== text-layer PDFs: {n} pages (A4, 30 rows each, half Chinese)")
    print(f"  packet {seconds:.2f} s  {n / seconds:.0f} pages/s  (target 100+)")


def bench_memory(work: Path, pages: int, real: int) -> None:
    """Peak memory of a 200-page scanned statement, each measured in a fresh Python process (so the inputs
    made here do not count): all pages through rendering, scaling and skew search with Tesseract stubbed
    out (our own memory), and ``real`` pages with real OCR (the Tesseract children's peak)."""
    root = work / "memory"
    base = [statement_page("en", 400 + i) for i in range(10)]
    image_pdf(root / "statement-200.pdf", [base[i % 10] for i in range(pages)], dpi=300)
    del base
    sub = work / "memory-real"
    image_pdf(sub / "part.pdf", [statement_page("en", 500 + i) for i in range(real)], dpi=300)
    stub = _child(root, stub=True)
    full = _child(sub, stub=False)
    print(f"\n== peak memory, {pages}-page scanned statement (300 DPI A4), each run in a fresh process")
    print(f"  all {stub['pages']:.0f} pages read with Tesseract stubbed out: {stub['seconds']:.1f} s; "
          f"packet process peak {stub['self']:.0f} MiB")
    print(f"  {full['pages']:.0f} pages with real OCR: {full['seconds']:.1f} s; packet process peak "
          f"{full['self']:.0f} MiB; largest Tesseract child {full['child']:.0f} MiB; "
          f"whole run (sampled sum) {full['total']:.0f} MiB")
    total = max(stub["self"], full["self"]) + CORES * full["child"]
    print(f"  peak for the {pages} pages: {max(stub['self'], full['self']):.0f} + {CORES} x {full['child']:.0f} = "
          f"{total:.0f} MiB at most (target < 500; pages stream, so memory does not grow with the page count)")


def _child(root: Path, stub: bool) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", str(root)] + (["--stub"] if stub else []),
                         capture_output=True, text=True, check=True).stdout
    return {k: float(v) for k, v in (item.split("=") for item in out.split())}


def measure(root: Path, stub: bool) -> None:
    """Child side of :func:`bench_memory`: read ``root`` and print seconds, pages and peak memory.

    Linux keeps ``ru_maxrss`` across exec (a child would inherit its parent's peak), so memory is read
    from /proc instead: this process's VmHWM, and a 20 ms sampler summing the RSS of this process and of
    its Tesseract children at each moment (the peak of the whole run), with each child's own peak.
    """
    if stub:
        tesseract.run_tsv = lambda *a, **k: "level\tpage_num\n"  # type: ignore[assignment]
        tesseract.run_osd = lambda *a, **k: None  # type: ignore[assignment]
    peaks = {"total": 0.0, "child": 0.0}
    stop = threading.Event()

    def kib(pid: str, key: str) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(key + ":"):
                    return float(line.split()[1])
        except OSError:
            pass
        return 0.0

    def sample() -> None:
        while not stop.is_set():
            kids = []
            for task in Path("/proc/self/task").iterdir():
                try:
                    kids += (task / "children").read_text().split()
                except OSError:
                    pass
            rss = [kib(k, "VmRSS") for k in kids]
            peaks["total"] = max(peaks["total"], kib("self", "VmRSS") + sum(rss))
            peaks["child"] = max([peaks["child"], *(kib(k, "VmHWM") for k in kids)])
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    seconds, n = timed_read(root, "eng", None)
    stop.set()
    sampler.join()
    print(f"seconds={seconds} pages={n} self={kib('self', 'VmHWM') / 1024} child={peaks['child'] / 1024} "
          f"total={peaks['total'] / 1024}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer pages (4 en, 2 zh) for a smoke run")
    parser.add_argument("--en-pages", type=int, default=20)
    parser.add_argument("--zh-pages", type=int, default=10)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stub", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.stub)
        return
    en, zh = (4, 2) if args.quick else (args.en_pages, args.zh_pages)
    info = tesseract.require("eng+chi_sim")
    print(f"packet reading benchmark: tesseract {info.version}, {CORES} cores, OCR {ocr.OCR_VERSION}, "
          f"Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="packet-bench-") as tmp:
        work = Path(tmp)
        bench_scans(work, "en", en)
        if zh:
            bench_scans(work, "zh", zh)
        bench_mixed(work)
        bench_warm_100(work)
        bench_text_layer(work, 200)
        bench_memory(work, 200, 2 if args.quick else 4)


if __name__ == "__main__":
    main()
