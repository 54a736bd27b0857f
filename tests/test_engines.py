"""The two OCR engines behind one interface (packet.reading.engines): choosing one, the page model PP-OCR
produces on a real generated Chinese page, no network, the cache key, doctor with one engine missing, and
the second reading reading only the pages where a missing field should be."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import date

import pytest
from fixtures_reading import BILL_ZH, case_at, page_image, save_image
from PIL import Image

from packet.case.casefile import load_case
from packet.core.errors import TesseractMissing
from packet.core.model import Document, Extracted, Page, SourceFile, Word
from packet.pipeline import CheckOptions, ocr_engine
from packet.reading import engines, ocr
from packet.reading.engines import RAPIDOCR, TESSERACT, choose, jobs_for, rapid_tokens
from packet.understanding import second_reading as reread
from packet.understanding.classify import classify
from packet.understanding.extract import extract

needs_rapid = pytest.mark.skipif(not engines.rapid_status()[0], reason="rapidocr 3.x is not installed")
BOTH = {TESSERACT: True, RAPIDOCR: True}


# --- choosing ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("requested", "lang", "have", "chosen"), [
    ("auto", "zh", BOTH, RAPIDOCR),
    ("auto", "en", BOTH, TESSERACT),
    (None, "zh", BOTH, RAPIDOCR),
    ("auto", "en", {TESSERACT: False, RAPIDOCR: True}, RAPIDOCR),  # no Tesseract: PP-OCR reads English too
    ("auto", "zh", {TESSERACT: True, RAPIDOCR: False}, TESSERACT),
    ("tesseract", "zh", BOTH, TESSERACT),
    ("rapidocr", "en", BOTH, RAPIDOCR),
    ("tesseract", "en", {TESSERACT: False, RAPIDOCR: True}, TESSERACT),  # explicit: kept, the run says it is missing
])
def test_engine_choice(requested, lang, have, chosen):
    assert choose(requested, lang, have) == chosen


def test_engine_from_case_file_and_option(tmp_path, monkeypatch):
    monkeypatch.setattr(engines, "available", lambda: dict(BOTH))
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "zh"\nocr_engine = "tesseract"\n', encoding="utf-8")
    case = load_case(tmp_path)
    assert case.request.ocr_engine == "tesseract"
    opts = CheckOptions(as_of=date(2026, 11, 20))
    assert ocr_engine(case, opts) == TESSERACT  # the case file's choice
    assert ocr_engine(case, replace(opts, ocr_engine="auto")) == RAPIDOCR  # --ocr-engine wins; auto: zh -> PP-OCR
    (tmp_path / "packet.toml").write_text('[request]\nlanguage = "en"\n', encoding="utf-8")
    assert ocr_engine(load_case(tmp_path), opts) == TESSERACT


def test_jobs_capped_by_memory_for_ppocr():
    assert jobs_for(RAPIDOCR, 4, mem_mb=2500) == 2
    assert jobs_for(RAPIDOCR, 4, mem_mb=500) == 1
    assert jobs_for(RAPIDOCR, 2, mem_mb=24000) == 2
    assert jobs_for(TESSERACT, 4, mem_mb=500) == 4


def test_words_rebuilt_from_character_gaps():
    """rapidocr ran two words together ("Sortcode"): a gap wider than WORD_GAP line heights splits them; the
    line's own spaces split too; CJK characters are one token each."""
    def quad(x0, x1):
        return [[x0, 10], [x1, 10], [x1, 40], [x0, 40]]

    chars = [("S", .9, quad(0, 15)), ("o", .9, quad(15, 30)), ("r", .9, quad(30, 40)),
             ("t", .9, quad(60, 70)), ("1", .9, quad(70, 85))]
    assert [t.text for t in rapid_tokens("Sort1", chars)] == ["Sor", "t1"]
    assert [t.text for t in rapid_tokens("So rt1", chars)] == ["So", "r", "t1"]
    toks = rapid_tokens("账号:12", [("账", 1, quad(0, 30)), ("号", 1, quad(30, 60)), (":", 1, quad(60, 70)),
                                    ("1", 1, quad(72, 85)), ("2", 1, quad(85, 98))])
    assert [t.text for t in toks] == ["账", "号", ":12"]
    assert toks[0].x0 == 0 and toks[0].x1 == 30 and toks[0].conf == 100.0


# --- PP-OCR on a real generated Chinese page ------------------------------------------------------------

@needs_rapid
def test_ppocr_reads_a_chinese_page_into_the_page_model(tmp_path):
    img = page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12)
    path = save_image(img.convert("L"), tmp_path / "bill.png", "PNG")
    got = engines.engine(RAPIDOCR).read(path, "chi_sim+eng", 200)
    tokens = [t for line in got.lines for t in line]
    cjk = [t for t in tokens if "\u4e00" <= t.text[0] <= "\u9fff"]
    assert cjk and all(len(t.text) == 1 for t in cjk)  # one token per CJK character, each with its own box
    assert all(t.x1 > t.x0 and t.y1 > t.y0 for t in tokens)
    assert 90 <= got.mean_confidence <= 100
    page = ocr.ocr_image(img, number=1, languages="chi_sim+eng", dpi=200, engine=RAPIDOCR)
    assert "北京协和医院" in page.text and "1286.50" in page.text
    assert page.source == "ocr" and page.confidence and page.confidence > 90
    assert all(0 <= v <= 1 for w in page.words for v in w.box) and all(0 <= w.conf <= 100 for w in page.words)
    name = next(w for w in page.words if "北京协和医院" in w.text)
    assert name.box[1] < 0.2 and name.box[0] < 0.2  # top left of the page, as drawn


@needs_rapid
def test_ppocr_case_read_and_value_extracted(tmp_path):
    save_image(page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12).convert("L"), tmp_path / "bill.png", "PNG")
    from packet.reading.ingest import read_case

    case = case_at(tmp_path, "zh")
    read = read_case(case, languages="chi_sim+eng", jobs=1, engine=RAPIDOCR)
    assert not read.errors
    item = extract(classify(read.documents, case)[0], "zh")
    assert item.type == "medical_bill"
    assert item.fields["total"] == "1286.50" and item.fields["patient"] == "张伟"


@needs_rapid
def test_ppocr_reads_with_the_network_blocked(tmp_path, monkeypatch):
    """Models only from the installed wheel: a fresh engine instance built and run with every connection refused."""
    def refuse(*_a, **_k):
        raise AssertionError("packet tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(engines, "_RAPID", {})  # a new instance: its models are loaded under the block
    page = ocr.ocr_image(page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12), number=1, languages="chi_sim+eng",
                         dpi=200, engine=RAPIDOCR)
    assert "门诊收费票据" in page.text


@needs_rapid
def test_ppocr_leaves_no_device_id_or_usage_data(tmp_path):
    """onnxruntime 1.29-1.32 record a device id and usage events under ~/.cache/Microsoft on first use (and look up
    Microsoft's event host), below Python's sockets: a child process reads a Chinese page with PP-OCR under a fresh
    HOME, outside any CI (onnxruntime stays quiet where CI is set), and leaves nothing in that HOME."""
    import os
    import subprocess
    import sys

    save_image(page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12), tmp_path / "bill.png", "PNG")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("CI", "TF_BUILD", "GITHUB_ACTIONS", "JENKINS_URL", "CIRCLECI", "ORT_TELEMETRY_DISABLED",
                        "PACKET_CACHE_DIR", "XDG_CACHE_HOME")}
    env["HOME"] = str(home)
    code = ("import sys; from PIL import Image; from packet.reading import ocr; "
            "p = ocr.ocr_image(Image.open(sys.argv[1]), number=1, languages='chi_sim+eng', dpi=200, engine='rapidocr'); "
            "assert '门诊收费票据' in p.text, p.text[:200]")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "bill.png")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert [p.relative_to(home).as_posix() for p in home.rglob("*")] == []


def test_an_onnxruntime_that_sends_usage_data_is_not_used(monkeypatch):
    real = engines.metadata.version
    monkeypatch.setattr(engines.metadata, "version",
                        lambda name: "1.32.0" if name == "onnxruntime" else real(name))
    engines.rapid_status.cache_clear()
    try:
        ok, detail = engines.rapid_status()
    finally:
        engines.rapid_status.cache_clear()
    assert not ok and "onnxruntime 1.32.0" in detail and "onnxruntime<1.29" in detail
    assert engines.ort_sends_telemetry("1.29.0") and not engines.ort_sends_telemetry("1.28.0")
    assert engines.ort_sends_telemetry("nightly")


# --- cache key --------------------------------------------------------------------------------------------

def test_cache_key_names_the_engine_and_its_models():
    tess = ocr.cache_settings("chi_sim+eng", engine=TESSERACT)
    rapid = ocr.cache_settings("chi_sim+eng", engine=RAPIDOCR)
    assert tess != rapid
    assert "tesseract" in tess and "rapidocr" in rapid
    if engines.rapid_status()[0]:
        assert "PP-OCRv6_rec_small.onnx" in rapid  # the model files are part of the key


def test_cached_pages_of_one_engine_are_not_used_for_the_other(tmp_path):
    from packet.reading.ocr_cache import OcrCache

    cache = OcrCache(tmp_path / "cache")
    task = ocr.OcrTask(path=tmp_path / "x.png", kind="image", index=0, languages="eng", dpi=200.0, size_pt=(595, 842))
    first = ocr.cached_or_task(task, "ab" * 32, cache, ocr.cache_settings("eng", engine=TESSERACT))
    cache.put(first.cache_key, Page(number=1, width=595, height=842, source="ocr", text="x"))
    assert isinstance(ocr.cached_or_task(task, "ab" * 32, cache, ocr.cache_settings("eng", engine=TESSERACT)), Page)
    assert isinstance(ocr.cached_or_task(task, "ab" * 32, cache, ocr.cache_settings("eng", engine=RAPIDOCR)),
                      ocr.OcrTask)


# --- doctor -----------------------------------------------------------------------------------------------

def _doctor(monkeypatch, tess: bool, rapid: bool, lang: str = "en"):
    import importlib

    doctor = importlib.import_module("packet.doctor")  # packet.doctor as an attribute is the function
    monkeypatch.setenv("PACKET_LANG", lang)
    if not rapid:
        monkeypatch.setattr(doctor, "rapid_status", lambda: (False, "Python package rapidocr is not installed"))
    if not tess:
        def missing():
            raise TesseractMissing("not installed")
        monkeypatch.setattr(doctor, "probe", missing)
    return {c.what: c for c in doctor.run_checks()}


def test_doctor_shows_both_engines(monkeypatch):
    checks = _doctor(monkeypatch, True, True)
    assert "OCR engine PP-OCR (rapidocr)" in checks and "Tesseract" in checks


def test_doctor_without_ppocr_says_tesseract_still_reads(monkeypatch):
    checks = _doctor(monkeypatch, True, False)
    rapid = checks["OCR engine PP-OCR (rapidocr)"]
    assert not rapid.ok and "rapidocr" in rapid.fix
    summary = checks["Reading scans and photos"]
    assert summary.ok and "Tesseract alone" in summary.detail


def test_doctor_without_tesseract_says_ppocr_still_reads(monkeypatch):
    checks = _doctor(monkeypatch, False, True, lang="zh")
    assert not checks["Tesseract"].ok
    summary = checks["识别扫描件和照片"]
    assert summary.ok and "仅 PP-OCR" in summary.detail


def test_doctor_without_any_engine(monkeypatch):
    summary = _doctor(monkeypatch, False, False)["Reading scans and photos"]
    assert not summary.ok and "text layer" in summary.detail


# --- the second reading reads only where a missing field should be ---------------------------------------

def _statement(tmp_path, label_page: int | None, pages: int = 10) -> Extracted:
    """A 10-page scanned statement that lacks its closing balance; ``label_page`` shows the label."""
    src = SourceFile(path=tmp_path / "s.pdf", rel="s.pdf", size=1, sha256="cd" * 32, kind="pdf", fmt="pdf")
    out = []
    for n in range(1, pages + 1):
        text = "期末余额 ¥??" if n == label_page else f"2026-10-{n:02d} 消费 100.00"
        words = tuple(Word(text=t, box=(0.1 + 0.3 * i, 0.5, 0.35 + 0.3 * i, 0.52), conf=80.0)
                      for i, t in enumerate(text.split()))
        out.append(Page(number=n, width=595, height=842, source="ocr", text=text, words=words, confidence=80.0,
                        dpi=300.0))
    doc = Document(source=src, pages=tuple(out), form="scan")
    fields = {"bank": "华夏银行", "account_holder": "孙立伟", "account_number": "6222", "period_start": "2026-10-01",
              "period_end": "2026-10-31", "closing_balance": None}
    return Extracted(document=doc, type="bank_statement", fields=fields)


def test_second_reading_targets_the_page_with_the_label(tmp_path):
    assert reread.pages_to_read(_statement(tmp_path, label_page=7)) == [6]
    assert reread.pages_to_read(_statement(tmp_path, label_page=None)) == [0]  # no label seen: the first page
    full = _statement(tmp_path, None)
    full = replace(full, fields={**full.fields, "closing_balance": "12.00"})
    assert reread.pages_to_read(full) == []  # nothing missing: nothing read again


def test_second_reading_reads_one_page_of_ten_not_all(tmp_path, monkeypatch):
    item = _statement(tmp_path, label_page=7)
    read: list[int] = []

    def fake_read_pages(tasks, executor=None, cache=None, on_done=None):
        read.extend(t.index for t in tasks)
        return {id(t): Page(number=t.index + 1, width=595, height=842, source="ocr", text="期末余额 1,234.50",
                            words=(Word("期末余额", (0.1, 0.5, 0.3, 0.52), 90.0), Word("1,234.50", (0.4, 0.5, 0.6, 0.52), 90.0)),
                            confidence=90.0) for t in tasks}

    monkeypatch.setattr(ocr, "read_pages", fake_read_pages)
    monkeypatch.setattr(engines.TesseractEngine, "require", lambda self, languages: None)
    out = reread.improve([item], case_at(tmp_path, "zh"), languages="chi_sim+eng")
    assert read == [6]
    assert out[0].fields["closing_balance"] == "1234.50"
    assert out[0].document.pages[0] is item.document.pages[0]  # the pages not read again are kept as they were


def test_no_second_reading_after_ppocr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "read_pages", lambda *a, **k: pytest.fail("PP-OCR's reading is not repeated"))
    item = _statement(tmp_path, label_page=3)
    assert reread.improve([item], case_at(tmp_path, "zh"), languages="chi_sim+eng", engine=RAPIDOCR) == [item]


@needs_rapid
@pytest.mark.parametrize("turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180])
def test_ppocr_turns_a_turned_page_upright(turn):
    """PP-OCR has no orientation pass: a page read as columns is read a quarter turn round, one read backwards
    half a turn round, and the words land on the upright page."""
    img = page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12).transpose(turn)
    page = ocr.ocr_image(img, number=1, languages="chi_sim+eng", dpi=200, engine=RAPIDOCR)
    assert page.rotation in (90, 180, 270)
    assert "北京协和医院" in page.text and "1286.50" in page.text
    top = next(w for w in page.words if "北京协和医院" in w.text)
    assert top.box[1] < 0.2
