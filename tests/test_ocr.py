"""OCR of page images: pure logic (TSV parsing, CJK joining, rows, skew) and real Tesseract on
small generated pages (rotations, Chinese, low resolution)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytesseract
import pytest
from fixtures_reading import BILL_ZH, PAYSLIP_EN, page_image
from PIL import Image

from packet.core.page_images import upright
from packet.reading import ocr, tesseract
from packet.reading.word_lines import Token, join_cjk, rows

TSV = "\n".join([
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    "1\t1\t0\t0\t0\t0\t0\t0\t800\t1000\t-1\t",
    "5\t1\t1\t1\t1\t1\t100\t100\t40\t40\t95.0\t患",
    "5\t1\t1\t1\t1\t2\t142\t100\t40\t40\t91.0\t者",
    "5\t1\t1\t1\t1\t3\t200\t100\t120\t40\t80.0\tSmith",
    "5\t1\t1\t1\t1\t4\t330\t100\t30\t40\t-1\t ",
    "5\t1\t2\t1\t1\t1\t600\t105\t100\t38\t90.0\t8,560.00",
    "5\t1\t1\t1\t2\t1\t100\t200\t80\t40\t70.0\tNet",
])


def test_parse_tsv_keeps_lines_and_confidences():
    units, confs = ocr.parse_tsv(TSV)
    assert [[t.text for t in u] for u in units] == [["患", "者", "Smith"], ["8,560.00"], ["Net"]]
    assert confs == [95.0, 91.0, 80.0, 90.0, 70.0]


def test_rows_merge_blocks_on_one_visual_row():
    units, _ = ocr.parse_tsv(TSV)
    lines = rows([join_cjk(u) for u in units])
    assert [[t.text for t in line] for line in lines] == [["患者", "Smith", "8,560.00"], ["Net"]]


@pytest.mark.parametrize(("texts", "gaps", "expected"), [
    (["张", "伟"], [2], ["张伟"]),
    (["张", "伟"], [60], ["张", "伟"]),  # a table column, not a run of text
    (["2026", "年", "10", "月"], [3, 3, 3], ["2026年10月"]),
    (["金额", "8560.00"], [20], ["金额", "8560.00"]),  # a real space between CJK and digits
    (["姓名", ":", "张伟"], [2, 10], ["姓名:张伟"]),
    (["Net", "pay"], [5], ["Net", "pay"]),  # Latin keeps its spaces
], ids=["cjk-run", "cjk-column-gap", "date", "cjk-space-digits", "cjk-colon", "latin"])
def test_join_cjk(texts, gaps, expected):
    x, tokens = 0.0, []
    for i, text in enumerate(texts):
        width = 40.0 * len(text)
        tokens.append(Token(text, x, 0, x + width, 40, 90.0))
        x += width + (gaps[i] if i < len(gaps) else 0)
    assert [t.text for t in join_cjk(tokens)] == expected


@pytest.mark.parametrize("angle", [-3.0, -1.2, 2.0, 4.0], ids=lambda a: f"skew{a:+}")
def test_estimate_skew_finds_the_angle(angle):
    page = page_image(PAYSLIP_EN * 2, dpi=150)
    skewed = page.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    found = ocr.estimate_skew(ocr._binarised(skewed))
    assert found == pytest.approx(angle, abs=0.4)


def test_straight_page_has_no_skew():
    assert ocr.estimate_skew(ocr._binarised(page_image(PAYSLIP_EN, dpi=150))) == 0.0


@pytest.mark.parametrize(("turn", "vertical"), [(0, False), (90, True), (180, False), (270, True)],
                         ids=["0", "90", "180", "270"])
def test_lines_vertical_hint(turn, vertical):
    img = page_image(PAYSLIP_EN, dpi=150).rotate(turn, expand=True)
    assert ocr._lines_vertical(ocr._binarised(img)) is vertical


class FakeTesseract:
    """Stands in for the Tesseract child that pytesseract starts: records how it was started, writes
    ``output`` to the file pytesseract reads, exits with ``rc`` and ``stderr``; ``hang``: runs past any
    time-out."""

    def __init__(self, output="level\tpage_num\n", rc=0, stderr=b"", hang=False):
        self.output, self.rc, self.stderr, self.hang = output, rc, stderr, hang
        self.calls: list[tuple[list[str], dict]] = []

    def __call__(self, cmd, **kw):
        self.calls.append((list(cmd), kw))
        fake, (base, ext) = self, (cmd[2], "tsv" if any("tsv" in c for c in cmd) else "osd")

        class Proc:
            returncode = None
            stdin = stdout = stderr = io.BytesIO()

            def communicate(self, timeout=None):
                if fake.hang:
                    raise subprocess.TimeoutExpired(cmd, timeout)
                if fake.output is not None:
                    Path(f"{base}.{ext}").write_text(fake.output)
                self.returncode = fake.rc
                return b"", fake.stderr

            def terminate(self):
                pass

            def wait(self, timeout=None):
                return -1

            def kill(self):
                pass

        return Proc()


@pytest.fixture
def fake_tesseract(monkeypatch):
    """Patch the Popen that pytesseract starts Tesseract with, for one test; the probe (cached) and
    pytesseract's version check keep the real answers."""
    tesseract.probe()  # the real answer is cached before the fake goes in
    pytesseract.get_tesseract_version()  # pytesseract asks once per process: ask the real one first

    def install(fake: FakeTesseract) -> FakeTesseract:
        monkeypatch.setattr(pytesseract.pytesseract.subprocess, "Popen", fake)
        return fake

    yield install
    monkeypatch.undo()
    tesseract.probe.cache_clear()


def test_every_tesseract_call_is_single_threaded_with_a_timeout(fake_tesseract, tmp_path):
    fake = fake_tesseract(FakeTesseract())
    before = os.environ.get("OMP_THREAD_LIMIT")
    assert tesseract.run_tsv(tmp_path / "x.tif", "eng", psm=3).startswith("level")
    tesseract.run_osd(tmp_path / "x.tif")
    assert len(fake.calls) == 2
    for cmd, kw in fake.calls:
        assert kw["env"]["OMP_THREAD_LIMIT"] == "1"
        assert cmd[0] == tesseract.probe().path and cmd[1] == str((tmp_path / "x.tif").resolve())
    assert fake.calls[0][0][3:] == ["-l", "eng", "-c", "tessedit_create_tsv=1", "--psm", "3"]
    assert fake.calls[1][0][3:] == ["--psm", "0"]  # as before pytesseract: no "-l" for OSD
    assert os.environ.get("OMP_THREAD_LIMIT") == before  # set for Tesseract only, not for this process


def test_failed_tesseract_is_a_typed_error(fake_tesseract, tmp_path):
    fake_tesseract(FakeTesseract(output=None, rc=1, stderr=b"Error: crash"))
    with pytest.raises(tesseract.OCRFailed, match="crash"):
        tesseract.run_tsv(tmp_path / "x.tif", "eng")
    assert tesseract.run_osd(tmp_path / "x.tif") is None  # OSD that cannot tell is no answer, not an error


def test_timeout_is_a_typed_error(fake_tesseract, tmp_path):
    fake_tesseract(FakeTesseract(hang=True))
    with pytest.raises(tesseract.OCRFailed, match="longer than"):
        tesseract.run_tsv(tmp_path / "x.tif", "eng", timeout=3)
    with pytest.raises(tesseract.OCRFailed, match="longer than"):
        tesseract.run_osd(tmp_path / "x.tif", timeout=3)


def test_missing_tesseract_is_a_typed_error(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    tesseract.probe.cache_clear()
    try:
        with pytest.raises(tesseract.TesseractMissing, match="not installed"):
            tesseract.run_tsv(tmp_path / "x.tif", "eng")
    finally:
        monkeypatch.undo()
        tesseract.probe.cache_clear()


@pytest.mark.parametrize(("printed", "ok"), [("tesseract 5.3.0", True), ("tesseract 4.1.1", True),
                                             ("tesseract v5.0.0-alpha.20201127", True), ("tesseract 4.0.0", False),
                                             ("tesseract 3.05.02", False), ("no version here", False)])
def test_probe_states_a_minimum_version(monkeypatch, printed, ok):
    real = subprocess.run

    def fake_run(cmd, **kw):
        if cmd[-1] == "--version":
            return subprocess.CompletedProcess(cmd, 0, stdout=printed + "\n leptonica-1.82.0\n", stderr="")
        return real(cmd, **kw)

    tesseract.probe.cache_clear()
    monkeypatch.setattr(tesseract.subprocess, "run", fake_run)
    try:
        if ok:
            assert tesseract.probe().version in printed
        else:
            with pytest.raises(tesseract.TesseractTooOld, match="too old.*4.1 or newer"):
                tesseract.probe()
    finally:
        monkeypatch.undo()
        tesseract.probe.cache_clear()



# --- real Tesseract ---------------------------------------------------------------------------------


@pytest.mark.parametrize("turned", [90, 180, 270], ids=["turned-90", "turned-180", "turned-270"])
def test_turned_page_is_read_upright(turned):
    original = page_image(PAYSLIP_EN).rotate(-turned, expand=True)  # turned clockwise
    page = ocr.ocr_image(original, number=1, languages="eng", dpi=200)
    assert page.rotation == (360 - turned) % 360
    assert "Acme Widgets" in page.text and "3,512.40" in page.text
    assert page.confidence > ocr.LOW_CONFIDENCE
    assert (page.width, page.height) == pytest.approx((297.4, 419.8), abs=1)  # the upright A6 page
    # the word boxes sit on the page as assembly re-creates it
    fixed = upright(original, page.rotation, page.skew)
    word = next(w for w in page.words if w.text == "Acme")
    x0, y0, x1, y1 = (round(v * s) for v, s in zip(word.box, fixed.size * 2, strict=True))
    crop = fixed.crop((x0, y0, x1, y1)).convert("L")
    assert min(crop.tobytes()) < 100  # ink inside the box


def test_skewed_page_is_straightened():
    skewed = page_image(PAYSLIP_EN).rotate(-2.5, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = ocr.ocr_image(skewed, number=1, languages="eng", dpi=200)
    assert page.skew == pytest.approx(2.5, abs=0.4)
    assert "Net pay 3,512.40" in page.text


def test_chinese_page_has_no_spaces_between_characters():
    page = ocr.ocr_image(page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12), number=1, languages="chi_sim+eng",
                         dpi=200)
    assert "北京协和医院" in page.text
    assert "门诊收费票据" in page.text
    assert "北 京" not in page.text
    assert any(w.text == "北京协和医院" for w in page.words)


def test_low_resolution_image_is_scaled_up_and_reports_its_dpi():
    small = page_image(PAYSLIP_EN, dpi=100, font_pt=16)
    page = ocr.ocr_image(small, number=1, languages="eng", dpi=100)
    assert page.dpi == 100 and page.dpi < ocr.LOW_DPI
    assert "Acme" in page.text


def test_blank_page_reads_as_no_text_and_zero_confidence():
    page = ocr.ocr_image(Image.new("L", (600, 800), 255), number=1, languages="eng", dpi=150)
    assert page.text == "" and page.words == () and page.confidence == 0.0


@pytest.mark.parametrize("mode", ["RGBA", "I;16"], ids=["transparent-png", "16-bit"])
def test_unusual_image_modes_become_readable_grey(mode):
    page = page_image(["Net pay"], dpi=100)
    if mode == "RGBA":
        img = Image.new("RGBA", page.size, (0, 0, 0, 0))
        img.putalpha(page.point(lambda v: 255 - v))  # black ink on a transparent background
    else:
        img = page.convert("I").point(lambda v: v * 256).convert("I;16")
    out = ocr.grey(img)
    assert out.mode == "L"
    assert out.getpixel((1, 1)) > 200  # background white, not black
    assert min(out.tobytes()) < 60  # ink still dark


def test_paper_box_finds_a_sheet_on_a_dark_table_and_leaves_scans_alone():
    sheet = page_image(PAYSLIP_EN, dpi=100)
    photo = Image.new("L", (sheet.width + 200, sheet.height + 160), 60)
    photo.paste(sheet, (100, 80))
    x0, y0, x1, y1 = ocr.paper_box(photo)
    assert abs(x0 - 100) < 12 and abs(y0 - 80) < 12
    assert abs(x1 - (100 + sheet.width)) < 12 and abs(y1 - (80 + sheet.height)) < 12
    assert ocr.paper_box(sheet) is None


def test_photo_of_a_sheet_is_cut_to_the_sheet_and_boxes_fit_it():
    sheet = page_image(PAYSLIP_EN, dpi=200)
    photo = Image.new("L", (sheet.width + 300, sheet.height + 240), 50)
    photo.paste(sheet, (150, 120))
    page = ocr.ocr_image(photo, number=1, languages="eng", dpi=200)
    # the page is the sheet: its size is the sheet's, and the assembler shows the sheet alone
    assert page.crop is not None
    assert (page.width, page.height) == pytest.approx((sheet.width / 200 * 72, sheet.height / 200 * 72), rel=0.03)
    shown = upright(photo, page.rotation, page.skew, page.crop)
    assert shown.size == pytest.approx(sheet.size, rel=0.03)
    edge = [shown.getpixel((x, 2)) for x in range(0, shown.width, 10)]
    assert min(edge) > 150, "no dark desk along the top edge"
    # a word box sits on that word's ink, where the same word sits when the sheet alone is read
    word = next(w for w in page.words if w.text == "Acme")
    x0, y0, x1, y1 = (round(v * s) for v, s in zip(word.box, shown.size * 2, strict=True))
    assert min(shown.crop((x0, y0, x1, y1)).tobytes()) < 100
    alone = ocr.ocr_image(sheet, number=1, languages="eng", dpi=200)
    twin = next(w for w in alone.words if w.text == "Acme")
    assert word.box == pytest.approx(twin.box, abs=0.02)


@pytest.mark.parametrize("mode", ["RGBA", "I;16", "LA", "P"], ids=["transparent-png", "16-bit", "grey-alpha", "palette"])
def test_assembly_shows_the_pixels_ocr_read(tmp_path, mode):
    """One opener: the page image the packet shows (pages.open_image) is the grey image OCR read, for every
    mode; a 16-bit scan is scaled to 8 bits, not clipped to a white page."""
    from packet.core.page_images import open_image

    page = page_image(["Net pay"], dpi=100)
    if mode == "RGBA":
        img = Image.new("RGBA", page.size, (0, 0, 0, 0))
        img.putalpha(page.point(lambda v: 255 - v))
    elif mode == "I;16":
        img = page.convert("I").point(lambda v: v * 256).convert("I;16")
    elif mode == "LA":
        img = page.convert("LA")
    else:
        img = page.convert("P")
        img.info["transparency"] = 255
    img.save(tmp_path / "page.png")
    read, dpi = ocr.load_image(tmp_path / "page.png", 0, 100)
    shown = open_image(tmp_path / "page.png")
    assert dpi == 100 and read.mode == "L"
    assert shown.convert("L").tobytes() == read.tobytes()
    assert read.getpixel((1, 1)) > 200 and min(read.tobytes()) < 60  # white paper, dark ink


def test_doctor_says_when_tesseract_is_too_old(monkeypatch):
    from packet.doctor import run_checks

    real = subprocess.run

    def fake_run(cmd, **kw):
        if cmd[-1] == "--version":
            return subprocess.CompletedProcess(cmd, 0, stdout="tesseract 3.05.02\n", stderr="")
        return real(cmd, **kw)

    tesseract.probe.cache_clear()
    monkeypatch.setattr(tesseract.subprocess, "run", fake_run)
    try:
        first = run_checks()[0]
    finally:
        monkeypatch.undo()
        tesseract.probe.cache_clear()
    assert first.what == "Tesseract" and not first.ok and "3.05.02" in first.detail and "4.1" in first.detail
