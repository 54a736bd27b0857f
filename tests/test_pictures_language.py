"""A folder of phone photos with no packet.toml is read in the language its pictures are written in, whatever the
computer's locale (a new user's trial: Chinese photos on a C.UTF-8 machine were read as English with Tesseract's
``eng``, all typed ``other``, against ``en-hardship``); and a photo taken upside down is read the right way up by
PP-OCR as by Tesseract.

Real parts: the photos are painted and photographed by :mod:`phototypegen` (which shares no code or wording with
packet's classifier), read by the real engines, and ``packet check`` runs in a subprocess with the locale given."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import phototypegen as gen
import pytest
from conftest import ROOT
from PIL import Image

from packet.core.text import is_cjk
from packet.reading import engines, ocr

pytestmark = pytest.mark.slow

needs_ppocr = pytest.mark.skipif(not engines.rapid_status()[0], reason="PP-OCR (rapidocr) is not installed")


def _photo(kind: str, zh: bool, seed: str, condition: str = "jpeg", layout: str = "letterhead") -> bytes:
    rng = random.Random(seed)
    sheet = gen.MAKERS[kind](rng, zh)
    page = gen.paint(sheet, layout, rng, scale=0.72 if "small" in condition else 1.0)
    return gen.photograph(page, condition, rng, zh)


def _folder(root: Path, kinds: list[str], zh: bool) -> Path:
    """Phone photos named as a phone names them (IMG_2031.jpg): the names say nothing of the language."""
    root.mkdir(parents=True)
    for i, kind in enumerate(kinds):
        (root / f"IMG_{2031 + i}.jpg").write_bytes(_photo(kind, zh, f"pictures-language-{kind}-{zh}"))
    return root


def _check(folder: Path, cache: Path, locale: str, *extra: str) -> tuple[dict, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "PACKET_LANG")}
    env.update(LANG=locale, PACKET_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    got = subprocess.run([sys.executable, "-m", "packet", "check", str(folder), "--json", "--as-of", "2026-11-20",
                          "-v", *extra], capture_output=True, text=True, env=env, timeout=600)
    assert got.returncode in (0, 1), got.stderr[-3000:]
    return json.loads(got.stdout), got.stderr


@needs_ppocr
def test_chinese_photos_without_packet_toml_are_read_as_chinese_on_a_c_locale(tmp_path):
    """Fails before: checklist en-hardship, every photo 'other', read with Tesseract 'eng'."""
    kinds = ["payslip", "unemployment_proof", "bank_statement"]
    folder = _folder(tmp_path / "c-李娜 手机照片", kinds, zh=True)
    report, log = _check(folder, tmp_path / "cache", "C.UTF-8")
    assert report["checklist"] == "zh-stop-collection"
    assert [d["type"] for d in report["documents"]] == kinds
    # the messages are in the documents' language: nothing else (packet.toml, --lang, the locale "C") said one
    said = [p["message"] for d in report["documents"] for p in d["problems"]] + [m["message"] for m in report["missing"]]
    assert said and all(any(is_cjk(ch) for ch in text) for text in said), said
    # the page read to tell the language is not read again: 3 photos, 2 left to OCR, with PP-OCR
    assert "OCR of 2 page(s) with rapidocr" in log, log[-2000:]
    # a second run takes the page it read from the cache: nothing is read at all
    again, log = _check(folder, tmp_path / "cache", "C.UTF-8")
    assert again["checklist"] == "zh-stop-collection" and "OCR of" not in log


@needs_ppocr
def test_english_photos_on_a_chinese_locale_get_the_english_checklist(tmp_path):
    """The documents decide the checklist (and, with no packet.toml or --lang, the messages: the report is about
    them); --lang still decides for the user."""
    folder = _folder(tmp_path / "photos", ["payslip"], zh=False)
    report, _log = _check(folder, tmp_path / "cache", "zh_CN.UTF-8")
    assert report["checklist"] == "en-hardship"
    assert report["documents"][0]["type"] == "payslip"
    report, _log = _check(folder, tmp_path / "cache", "C.UTF-8", "--lang", "zh")
    assert report["checklist"] == "zh-stop-collection"


def _corpus_photo(kind: str, k: int, first: str, layout: str) -> bytes:
    """Photo ``k`` of a Chinese ``kind`` of :func:`phototypegen.corpus` (seed 12), drawn as the corpus draws it."""
    rng = random.Random(f"12-{kind}-True-{k}")
    second = rng.choice([c for c in gen.CONDITIONS if c != first and {c, first} != {"small", "dotmatrix"}])
    condition = f"{first}+{second}"
    page = gen.paint(gen.MAKERS[kind](rng, True), layout, rng, scale=0.72 if "small" in condition else 1.0,
                     mono="dotmatrix" in condition)
    return gen.photograph(page, condition, rng, True)


@needs_ppocr
@pytest.mark.parametrize("kind,k,first,layout,title", [("payslip", 3, "small", "letterhead", "工资"),
                                                       ("income_proof", 0, "jpeg", "strip", "收入证明")],
                         ids=["payslip-small-dim", "income-proof-jpeg-seal"])
def test_an_upside_down_photo_is_read_the_right_way_up_by_ppocr(tmp_path, kind, k, first, layout, title):
    """PP-OCR read these photos turned half round as garbage with a mean confidence of 72-77 and kept it (fails
    before: rotation 0, the title unread); Tesseract's OSD turns them, as it turns Tesseract's pages."""
    photo = Image.open(io.BytesIO(_corpus_photo(kind, k, first, layout))).rotate(180)
    path = tmp_path / "IMG_0001.jpg"
    photo.save(path, "JPEG", quality=85)
    img, dpi = ocr.load_image(path, 0, 72.0)
    page = ocr.ocr_image(img, number=1, languages="chi_sim+eng", dpi=dpi, engine=engines.RAPIDOCR)
    assert page.rotation == 180 and page.confidence >= 90, (page.rotation, page.confidence, page.text[:200])
    assert title in page.text, page.text[:300]


@needs_ppocr
def test_batch_reads_a_case_of_chinese_photos_as_chinese_on_a_c_locale(tmp_path):
    """``packet batch`` opens each case as ``check`` does (fails before: its missing items were said in English,
    against en-hardship)."""
    _folder(tmp_path / "caseload" / "li-na", ["payslip"], zh=True)
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "PACKET_LANG")}
    env.update(LANG="C.UTF-8", PACKET_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    got = subprocess.run([sys.executable, "-m", "packet", "batch", str(tmp_path / "caseload"), "--json", "--as-of",
                          "2026-11-20"], capture_output=True, text=True, env=env, timeout=600)
    row = json.loads(got.stdout)["cases"][0]
    assert row["error"] is None and row["missing"], row
    assert any(is_cjk(ch) for ch in row["missing"]), row["missing"]
