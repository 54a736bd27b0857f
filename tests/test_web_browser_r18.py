"""Round 18's trial of the page in a real browser (Chromium through Selenium, as test_web_browser.py), in Chinese:
the request and the plan mended on the page (a past first payment said beside its field, in view), and the privacy
advice's button, on a phone-wide window with nothing wider than the screen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import tomllib
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from tests.conftest import SAMPLES
from tests.test_web_browser import (  # noqa: F401  (the fixtures)
    SAMPLE,
    _driver,
    _in_view,
    _settled,
    _submit,
    _wait,
    browser,
    downloads,
    server,
)

SHOTS = os.environ.get("PACKET_SCREENSHOTS")


def _shot(drv, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        drv.save_screenshot(str(Path(SHOTS) / f"{name}.png"))


def test_the_request_and_the_plan_are_mended_on_the_page(server, browser):  # noqa: F811
    drv = browser
    case_dir = server.settings.cases / "计划"
    case_dir.mkdir()
    text = (SAMPLE / "packet.toml").read_text(encoding="utf-8")
    (case_dir / "packet.toml").write_text(text[:text.index("[[plan.installment]]")], encoding="utf-8")
    base = server.url.split("?")[0]
    drv.get(server.url)
    drv.get(base + "lang/zh?next=/case/%E8%AE%A1%E5%88%92")
    summary = _wait(drv).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#request summary")))
    assert "申请内容和还款计划" in summary.text
    summary.click()
    Select(drv.find_element(By.ID, "r-kind")).select_by_value("stop")
    for key, value in (("outstanding", "20000"), ("monthly_payment", "500")):
        box = drv.find_element(By.ID, f"r-{key}")
        box.clear()
        box.send_keys(value)
    drv.execute_script("document.getElementById('r-first_payment').value = '2026-10-01'")  # already past
    _submit(drv, drv.find_element(By.ID, "request-save"))
    said = _wait(drv).until(EC.presence_of_element_located((By.ID, "r-first_payment-problem")))
    assert "已经过去" in said.text and _in_view(drv, said), said.text
    assert drv.find_element(By.ID, "r-outstanding").get_attribute("value") == "20000"  # as typed
    assert "monthly_payment" not in (case_dir / "packet.toml").read_text(encoding="utf-8")
    _shot(drv, "request-refused-zh-1280")
    drv.execute_script("document.getElementById('r-first_payment').value = '2027-01-15'")
    _submit(drv, drv.find_element(By.ID, "request-save"))
    _wait(drv, 90).until(_settled)
    plan = tomllib.loads((case_dir / "packet.toml").read_text(encoding="utf-8"))["plan"]
    assert plan == {"outstanding": "20000.00", "monthly_payment": "500.00",
                    "first_payment": __import__("datetime").date(2027, 1, 15)}, plan
    assert tomllib.loads((case_dir / "packet.toml").read_text(encoding="utf-8"))["request"]["kind"] == "stop"
    drv.get(base + "lang/en?next=/")


def test_the_privacy_button_on_a_phone(server, downloads):  # noqa: F811
    case_dir = server.settings.cases / "流水"
    case_dir.mkdir()
    shutil.copy(SAMPLES / "zh-medical-stop" / "流水" / "京港银行交易明细_20260501-20260731.pdf", case_dir)
    text = (SAMPLES / "zh-medical-stop" / "packet.toml").read_text(encoding="utf-8")
    (case_dir / "packet.toml").write_text(text.split("[[redact]]")[0], encoding="utf-8")  # no redaction yet
    drv = _driver(downloads, "zh", width=390, height=844)
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0] + "lang/zh?next=/case/%E6%B5%81%E6%B0%B4")
        _wait(drv, 90).until(_settled)
        note = drv.find_element(By.CSS_SELECTOR, ".privacy")
        assert "可能透露健康" in note.text and "packet.toml" not in note.text, note.text
        wide = drv.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert wide <= 0, f"the page is {wide} px wider than the phone's screen"
        drv.execute_script("arguments[0].scrollIntoView()", note)
        _shot(drv, "privacy-zh-390")
        _submit(drv, note.find_element(By.CSS_SELECTOR, "form.redact-form button"))
        _wait(drv, 90).until(_settled)
        entries = tomllib.loads((case_dir / "packet.toml").read_text(encoding="utf-8"))["redact"]
        assert len(entries) == 1 and entries[0]["file"] == "京港银行交易明细_20260501-20260731.pdf"
        assert not drv.find_elements(By.CSS_SELECTOR, ".privacy")  # covered now: the advice is gone
        _shot(drv, "privacy-done-zh-390")
    finally:
        drv.quit()
