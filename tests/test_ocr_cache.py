"""The OCR cache keeps people's text: private folders, checked entries, bounded by age and size, forgettable."""

from __future__ import annotations

import gzip
import json
import os
import stat
import time
from dataclasses import replace

from click.testing import CliRunner
from fixtures_reading import page_image, save_image

from packet.cli import cli
from packet.core.model import Page, Word
from packet.reading.ocr_cache import OcrCache, on_disk

SHA = "ab" + "0" * 62


def a_page(text: str = "Closing balance 412.09 ID 110101199003071234") -> Page:
    return Page(number=1, width=595.0, height=842.0, source="ocr", text=text,
                words=(Word(text="Closing", box=(0.1, 0.1, 0.2, 0.12), conf=91.0, line=0),), confidence=91.0, dpi=300.0)


def test_entries_are_private_and_read_back_exactly(tmp_path):
    cache = OcrCache(tmp_path / "cache")
    key = cache.key(SHA, 0, "eng")
    cache.put(key, a_page())
    assert cache.get(key) == a_page()
    entry = next(cache.dir.rglob("*.json.gz"))
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    folder = entry.parent
    while True:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        if folder == cache.dir:
            break
        folder = folder.parent


def test_a_cache_folder_whose_parents_do_not_exist_yet_is_made(tmp_path):
    """A fresh account has no ~/.cache, and PACKET_CACHE_DIR may name a folder several levels deep: entries are kept
    all the same (they were silently not, and every run read every page again)."""
    cache = OcrCache(tmp_path / "home" / ".cache" / "packet")
    assert cache.writable()
    key = cache.key(SHA, 0, "eng")
    cache.put(key, a_page())
    assert cache.get(key) == a_page()
    assert stat.S_IMODE((tmp_path / "home" / ".cache").stat().st_mode) == 0o700


def test_doctor_says_when_the_cache_cannot_be_written(tmp_path, monkeypatch):
    import json as json_

    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o500)
    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "ro" / "cache"))
    if os.access(tmp_path / "ro", os.W_OK):  # root writes anywhere: make the parent a file instead
        os.chmod(tmp_path / "ro", 0o700)
        (tmp_path / "file").write_text("x")
        monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "file" / "cache"))
    r = CliRunner().invoke(cli, ["doctor", "--json"])
    data = json_.loads(r.output)
    check = next(c for c in data["checks"] if c["id"] == "cache-dir")
    assert check["ok"] is False and "PACKET_CACHE_DIR" in check["fix"]


def test_an_existing_open_cache_folder_is_made_private(tmp_path):
    (tmp_path / "cache").mkdir(mode=0o755)
    os.chmod(tmp_path / "cache", 0o755)
    cache = OcrCache(tmp_path / "cache")
    cache.put(cache.key(SHA, 0, "eng"), a_page())
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700


def test_an_entry_that_fails_its_check_is_a_miss_and_is_deleted(tmp_path):
    """A planted or altered entry (valid gzip and JSON, wrong content) is never trusted."""
    cache = OcrCache(tmp_path / "cache")
    key = cache.key(SHA, 0, "eng")
    cache.put(key, a_page())
    entry = next(cache.dir.rglob("*.json.gz"))
    with gzip.open(entry, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    data["page"]["text"] = "Closing balance 999999.00"
    with gzip.open(entry, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    assert cache.get(key) is None and not entry.exists()
    cache.put(key, a_page())  # an entry moved under another key is refused too
    other = cache.key(SHA, 1, "eng")
    target = cache._path(other)
    target.parent.mkdir(parents=True, exist_ok=True)
    next(cache.dir.rglob("*.json.gz")).rename(target)
    assert cache.get(other) is None


def test_prune_by_age_then_by_size_oldest_first(tmp_path):
    cache = OcrCache(tmp_path / "cache", max_age_days=30)
    keys = [cache.key(SHA, i, "eng") for i in range(4)]
    for k in keys:
        cache.put(k, a_page("x" * 4000))
    now = time.time()
    ages = [40, 10, 5, 1]  # days since last use
    for k, age in zip(keys, ages, strict=True):
        os.utime(cache._path(k), (now - age * 86400, now - age * 86400))
    assert cache.prune(now) == 1 and cache.get(keys[0]) is None
    cache.max_bytes = on_disk(cache._path(keys[3]).stat())  # room for the newest entry only: the other two go
    assert cache.prune(now) == 2
    assert [cache.get(k) is not None for k in keys[1:]] == [False, False, True]


def test_cache_command_forgets_a_case_and_clears(tmp_path, monkeypatch):
    """Real OCR of a real image, then `packet cache --forget DIR` removes exactly that case's pages."""
    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PACKET_LANG", "en")
    save_image(page_image(["Statement of account", "Closing balance 412.09"]), tmp_path / "a" / "s.png", "PNG")
    save_image(page_image(["Payslip", "Net pay 1,234.56"]), tmp_path / "b" / "p.png", "PNG")
    runner = CliRunner()
    for case in ("a", "b"):
        runner.invoke(cli, ["check", str(tmp_path / case), "--as-of", "2026-11-20"])
    cache = OcrCache(tmp_path / "cache")
    before = cache.stats()
    assert before.files == 2 and before.entries >= 2  # each page, and its second reading when a field lacked
    out = runner.invoke(cli, ["cache", "--forget", str(tmp_path / "a")])
    forgot = before.entries - cache.stats().entries
    assert out.exit_code == 0 and f"Forgot {forgot} page" in out.output and forgot >= 1, out.output
    assert cache.stats().files == 1
    left = [p for p in cache.dir.rglob("*.json.gz")]
    assert left and all("Payslip" in gzip.open(p, "rt").read() for p in left)
    out = runner.invoke(cli, ["cache"])
    assert str(tmp_path / "cache") in out.output and "from 1 document(s)" in out.output
    out = runner.invoke(cli, ["cache", "--clear"])
    assert out.exit_code == 0 and cache.stats().entries == 0


def test_a_cache_limit_that_is_not_a_positive_number_is_said(tmp_path, monkeypatch):
    """r20 trial: PACKET_CACHE_MAX_MB=abc and =0 were ignored without a word (`cache --json` showed 500000000).
    `packet cache` refuses them (exit 2, saying what a valid value is); check warns on stderr and goes on."""
    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PACKET_LANG", raising=False)
    for bad in ("abc", "0", "-5", "inf"):
        monkeypatch.setenv("PACKET_CACHE_MAX_MB", bad)
        result = CliRunner().invoke(cli, ["cache", "--json", "--lang", "en"])
        assert result.exit_code == 2, (bad, result.output)
        error = json.loads(result.stdout)["error"]
        assert "PACKET_CACHE_MAX_MB" in error and "above 0" in error and "PACKET_CACHE_MAX_MB=200" in error
        zh = CliRunner().invoke(cli, ["cache", "--lang", "zh"])
        assert zh.exit_code == 2 and "大于 0" in zh.stderr
    monkeypatch.setenv("PACKET_CACHE_MAX_MB", "200")
    monkeypatch.setenv("PACKET_CACHE_MAX_AGE_DAYS", "zero")
    result = CliRunner().invoke(cli, ["cache", "--json", "--lang", "en"])
    assert result.exit_code == 2 and "PACKET_CACHE_MAX_AGE_DAYS" in json.loads(result.stdout)["error"]
    monkeypatch.delenv("PACKET_CACHE_MAX_AGE_DAYS")
    ok = CliRunner().invoke(cli, ["cache", "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["max_bytes"] == 200_000_000
    monkeypatch.setenv("PACKET_CACHE_MAX_MB", "abc")
    case = tmp_path / "case"
    case.mkdir()
    checked = CliRunner().invoke(cli, ["check", str(case), "--json", "--lang", "en"])
    assert checked.exit_code == 1 and "PACKET_CACHE_MAX_MB='abc' is not valid" in checked.stderr
    json.loads(checked.stdout)  # stdout stays one JSON object
    quiet = CliRunner().invoke(cli, ["check", str(case), "--json", "--no-cache"])
    assert "PACKET_CACHE_MAX_MB" not in quiet.stderr, "no cache asked: nothing to warn about"


def test_a_photographed_sheet_is_read_again_when_the_sheet_rules_change_and_a_scan_is_not(tmp_path, monkeypatch):
    """Pages read as a photographed sheet (Page.crop or Page.corners) are keyed by ocr.SHEET_VERSION as well: a new
    version re-reads them alone, and a page read once is stored under both keys, so the next run finds it."""
    from pathlib import Path

    from packet.reading import ocr

    cache = OcrCache(tmp_path / "cache")
    settings = ocr.cache_settings("eng")
    task = ocr.OcrTask(path=Path("x.jpg"), kind="image", index=0, languages="eng", dpi=150.0, size_pt=(100.0, 100.0))
    scan = Page(number=1, width=100, height=100, source="ocr", text="scan", words=[])
    photo = Page(number=1, width=80, height=90, source="ocr", text="photo", words=[], crop=(0.1, 0.1, 0.9, 0.95))
    first = ocr.cached_or_task(task, "a" * 64, cache, settings)  # nothing cached: read, stored under both keys
    assert isinstance(first, ocr.OcrTask)
    ocr._collect([(first, photo)], cache, None)
    assert ocr.cached_or_task(task, "a" * 64, cache, settings).text == "photo"
    ocr._collect([(ocr.cached_or_task(task, "b" * 64, cache, settings), scan)], cache, None)
    monkeypatch.setattr(ocr, "SHEET_VERSION", "sheet-next")
    again = ocr.cached_or_task(task, "a" * 64, cache, settings)  # the photo is read again under the new rules
    assert isinstance(again, ocr.OcrTask) and again.sheet_keyed and again.cache_key != first.cache_key
    assert ocr.cached_or_task(task, "b" * 64, cache, settings).text == "scan"  # the scan stays cached
    ocr._collect([(again, replace(photo, text="photo, read again"))], cache, None)
    assert ocr.cached_or_task(task, "a" * 64, cache, settings).text == "photo, read again"
