"""Fuzzing `packet check --json` and `packet build --force` with mutated input files (issue 9).

Seed files are made here (small born-digital PDFs, one scanned PDF, PNG/JPEG/TIFF/GIF/WebP page images);
each mutant is one seed with one or two mutations: truncation, byte flips, a duplicated chunk, a corrupted
header, zeroed xref offsets, huge declared sizes (a PDF /Length, /MediaBox or image /Width, an image's
header dimensions), a dropped ``endstream``, a zero MediaBox. The CLI runs in this process (click's
CliRunner on :data:`packet.cli.cli`), a case folder of a few mutants at a time, each run under a time bound
(``SIGALRM``). A run *fails* when it ends in an internal error (exit 2 with code ``internal``), a traceback
or the time bound; the failing folder is re-run one file at a time to name the file.

Used by tests/test_fuzz.py (a bounded run) and bench/fuzz.py (``--seed``, ``--count``: a longer one).
"""

from __future__ import annotations

import io
import json
import logging
import random
import re
import shutil
import signal
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from fixtures_reading import page_image, text_pdf

CASE_TOML = """[applicant]
name = "John Smith"
[lender]
name = "Harbour Credit Ltd"
[request]
kind = "reduce"
language = "en"
checklist = "en-hardship"
hardship = "unemployment"
statement = "I lost my job."
"""

AS_OF = "2026-11-20"
SMALL = (216.0, 144.0)  # a 3 x 2 inch page: OCR of a mutant whose text layer is gone stays well under a second


# --- seeds --------------------------------------------------------------------------------------------------

def seeds(tmp: Path) -> dict[str, bytes]:
    """Name (with its extension) -> bytes of every seed file."""
    tmp.mkdir(parents=True, exist_ok=True)
    out: dict[str, bytes] = {}
    text_pdf(tmp / "payslip.pdf", [["PAYSLIP September 2026", "Employee: John Smith", "Net pay 3,512.40"]], size=SMALL)
    text_pdf(tmp / "two.pdf", [["BANK STATEMENT", "Closing balance 1,234.56"], ["Page two", "Total 9.00"]],
             size=SMALL)
    text_pdf(tmp / "bill-zh.pdf", [["门诊收费票据", "患者姓名：张伟", "合计金额：1286.50元"]], cjk=True, size=SMALL)
    for name in ("payslip.pdf", "two.pdf", "bill-zh.pdf"):
        out[name] = (tmp / name).read_bytes()
    out["payslip-pypdf.pdf"] = _rewritten(out["payslip.pdf"])
    small = page_image(["Net pay 3,512.40"], size_in=(2.0, 0.8), dpi=100, font_pt=16)
    buf = io.BytesIO()
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canv = Canvas(buf, pagesize=(144, 58), invariant=1)
    canv.drawImage(ImageReader(small), 0, 0, 144, 58)
    canv.showPage()
    canv.save()
    out["scan.pdf"] = buf.getvalue()
    for name, fmt, img in (("page.png", "PNG", small), ("photo.jpg", "JPEG", small.convert("RGB")),
                           ("fax.tif", "TIFF", small.convert("1")), ("anim.gif", "GIF", small.convert("P")),
                           ("shot.webp", "WEBP", small)):
        buf = io.BytesIO()
        extra = {"compression": "group4"} if fmt == "TIFF" else {}
        img.save(buf, fmt, dpi=(100, 100), **extra) if fmt != "GIF" else img.save(buf, fmt)
        out[name] = buf.getvalue()
    return out


def _rewritten(data: bytes) -> bytes:
    """The same PDF written by pypdf (another writer's layout of objects and xref)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- mutations ----------------------------------------------------------------------------------------------

def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(0, max(1, len(data)))]


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 5, 20))):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data * 2
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randrange(1, 512))
    at = rng.randrange(len(data))
    return data[:at] + data[a:b] + data[at:]


def corrupt_header(rng: random.Random, data: bytes) -> bytes:
    n = rng.randrange(1, 9)
    return bytes(rng.randrange(256) for _ in range(n)) + data[n:]


def zero_xref(rng: random.Random, data: bytes) -> bytes:
    """PDF: the startxref offset and some xref table entries set to 0."""
    out = re.sub(rb"startxref\s+\d+", b"startxref\n0", data)
    return re.sub(rb"\d{10} (\d{5}) n", lambda m: (b"0000000000 " + m.group(1) + b" n") if rng.random() < 0.5
                  else m.group(0), out)


def huge_sizes(rng: random.Random, data: bytes) -> bytes:
    """Declared sizes far beyond the data: PDF /Length, /Width, /Height, /MediaBox; PNG IHDR; JPEG SOF;
    GIF screen; TIFF ImageWidth/ImageLength."""
    big = rng.choice((2**31 - 1, 2**32 - 1, 10**12, 65535, 0))
    if data.startswith(b"%PDF"):
        key = rng.choice((rb"/Length", rb"/Width", rb"/Height"))
        out = re.sub(key + rb" \d+", key + b" " + str(big).encode(), data, count=rng.randrange(1, 4))
        if rng.random() < 0.5:
            out = re.sub(rb"/MediaBox\s*\[[^\]]*\]", f"/MediaBox [0 0 {big} {big}]".encode(), out)
        return out
    if data.startswith(b"\x89PNG") and len(data) > 24:
        import zlib

        ihdr = bytearray(data[16:29])
        ihdr[0:8] = struct.pack(">II", min(big, 2**31 - 1), min(big, 2**31 - 1))
        crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)) & 0xFFFFFFFF)
        return data[:16] + bytes(ihdr) + crc + data[33:]
    if data.startswith(b"\xff\xd8"):
        i = data.find(b"\xff\xc0")
        if i > 0:
            v = min(big, 65535)
            return data[:i + 5] + struct.pack(">HH", v, v) + data[i + 9:]
    if data.startswith(b"GIF"):
        v = min(big, 65535)
        return data[:6] + struct.pack("<HH", v, v) + data[10:]
    if data[:2] in (b"II", b"MM"):
        endian = "<" if data[:2] == b"II" else ">"
        out = bytearray(data)
        for m in re.finditer(re.escape(struct.pack(endian + "HH", 256, 4)) + b"|" + re.escape(
                struct.pack(endian + "HH", 257, 4)) + b"|" + re.escape(struct.pack(endian + "HH", 256, 3)), data):
            at = m.start() + 8
            out[at:at + 4] = struct.pack(endian + "I", min(big, 2**32 - 1))
        return bytes(out)
    return flip_bytes(rng, data)


def drop_endstream(rng: random.Random, data: bytes) -> bytes:
    spots = [m.start() for m in re.finditer(rb"endstream", data)]
    if not spots:
        return truncate(rng, data)
    at = rng.choice(spots)
    return data[:at] + data[at + len(b"endstream"):]


def zero_mediabox(rng: random.Random, data: bytes) -> bytes:
    return re.sub(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox [0 0 0 0]", data)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": truncate, "flip": flip_bytes, "duplicate": duplicate_chunk, "header": corrupt_header,
    "zero-xref": zero_xref, "huge": huge_sizes, "no-endstream": drop_endstream, "zero-mediabox": zero_mediabox,
}
PDF_ONLY = ("zero-xref", "no-endstream", "zero-mediabox")


@dataclass(frozen=True)
class Mutant:
    name: str  # file name in its case folder: <seed stem>-<n>-<mutations>.<ext>
    data: bytes


def mutants(seed_files: dict[str, bytes], count: int, seed: int) -> Iterator[Mutant]:
    """``count`` mutants, the same ones for the same ``seed``: PDFs three times out of four."""
    rng = random.Random(seed)
    pdfs = sorted(n for n in seed_files if n.endswith(".pdf"))
    images = sorted(n for n in seed_files if not n.endswith(".pdf"))
    for i in range(count):
        base = rng.choice(pdfs) if rng.random() < 0.75 else rng.choice(images)
        kinds = [k for k in MUTATIONS if base.endswith(".pdf") or k not in PDF_ONLY]
        chosen = rng.sample(kinds, rng.choice((1, 1, 2)))
        data = seed_files[base]
        for kind in chosen:
            data = MUTATIONS[kind](rng, data)
        stem, ext = base.rsplit(".", 1)
        yield Mutant(f"{stem}-{i:04d}-{'+'.join(chosen)}.{ext}", data)


# --- running the CLI ------------------------------------------------------------------------------------------

class TimeBound(BaseException):  # noqa: N818 - BaseException: the CLI's last line of defence must not catch it
    """A run took longer than its time bound."""


@dataclass
class Failure:
    files: tuple[str, ...]
    command: str
    what: str  # "internal: <message>", "traceback: <exception>", "time bound <s> s"
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.command} {', '.join(self.files)}: {self.what}\n{self.detail}"


@dataclass
class Outcome:
    runs: int = 0
    files: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0


class _Grab(logging.Handler):
    """Keeps the traceback the CLI logs (at debug) when it reports an internal error."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text = ""

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.getMessage() == "internal error":
            self.text = "".join(__import__("traceback").format_exception(*record.exc_info))


def _alarm(_signum, _frame):
    raise TimeBound


def run_cli(args: list[str], bound: float) -> tuple[int, str, str | None, str]:
    """Run ``packet ARGS`` in this process within ``bound`` seconds. Returns (exit code, output, the
    failure or None, the traceback if any)."""
    from packet.cli import cli

    grab = _Grab()
    logger = logging.getLogger("packet")
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(grab)
    logger.setLevel(logging.DEBUG)  # to see the traceback the CLI logs at debug; kept out of the output:
    logger.propagate = False
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, bound)
    try:
        result = CliRunner().invoke(cli, args)
    except TimeBound:
        return -1, "", f"time bound {bound:.0f} s", ""
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        logger.removeHandler(grab)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
    out = result.output
    if args[0] == "check" and result.exit_code in (0, 1):
        try:
            json.loads(result.stdout)  # --json prints one JSON object on stdout
        except ValueError:
            return result.exit_code, out, "check --json did not print one JSON object", result.stdout[:2000]
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        tb = "".join(__import__("traceback").format_exception(result.exception))
        return result.exit_code, out, f"traceback: {result.exception!r}", tb
    if "Traceback (most recent call last)" in out:
        return result.exit_code, out, "traceback in the output", out
    if result.exit_code == 2 and ('"code": "internal"' in out or "internal error" in out):
        return result.exit_code, out, "internal: " + out.strip().splitlines()[-1][:300], grab.text
    return result.exit_code, out, None, ""


def check_and_build(folder: Path, bound: float) -> list[tuple[str, str, str]]:
    """``check --json`` then ``build --force`` on ``folder``: [(command, failure, traceback)] of the runs that failed."""
    failed = []
    _, _, fail, tb = run_cli(["check", str(folder), "--json", "-j", "1", "--as-of", AS_OF], bound)
    if fail:
        failed.append(("check --json", fail, tb))
    target = folder.parent / f"{folder.name}-packet.pdf"
    _, _, fail, tb = run_cli(["build", str(folder), "--force", "-q", "-j", "1", "-o", str(target),
                                "--as-of", AS_OF], bound)
    if fail:
        failed.append(("build --force", fail, tb))
    target.unlink(missing_ok=True)
    return failed


def fuzz(work: Path, *, count: int, seed: int, per_folder: int = 5, bound: float = 60.0,
         budget: float | None = None, progress: Callable[[str], None] | None = None) -> Outcome:
    """Run ``count`` mutants (``per_folder`` to a case folder) through check and build in ``work``. A failing
    folder is re-run one file at a time to name the file. ``budget`` seconds: stop starting new folders
    after it (the outcome says how many files ran)."""
    start = time.monotonic()
    outcome = Outcome()
    seed_files = seeds(work / "seeds")
    batch: list[Mutant] = []
    every = list(mutants(seed_files, count, seed))
    for i, m in enumerate(every):
        batch.append(m)
        if len(batch) < per_folder and i < len(every) - 1:
            continue
        if budget is not None and time.monotonic() - start > budget:
            break
        folder = work / f"case-{i:04d}"
        folder.mkdir(parents=True)
        (folder / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
        for mm in batch:
            (folder / mm.name).write_bytes(mm.data)
        failed = check_and_build(folder, bound)
        outcome.runs += 2
        outcome.files += len(batch)
        if failed:
            for mm in batch:  # which file: each alone
                alone = work / f"alone-{mm.name}"
                alone.mkdir()
                (alone / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
                (alone / mm.name).write_bytes(mm.data)
                for command, what, tb in check_and_build(alone, bound):
                    outcome.failures.append(Failure((mm.name,), command, what, tb))
                    (work / "failed").mkdir(exist_ok=True)
                    (work / "failed" / mm.name).write_bytes(mm.data)
                shutil.rmtree(alone)
            if not any(set(f.files) & {m.name for m in batch} for f in outcome.failures):
                outcome.failures += [Failure(tuple(m.name for m in batch), c, w, tb) for c, w, tb in failed]
        if progress:
            progress(f"{outcome.files} files, {len(outcome.failures)} failures, {time.monotonic() - start:.0f} s")
        shutil.rmtree(folder)
        batch = []
    outcome.seconds = time.monotonic() - start
    return outcome
