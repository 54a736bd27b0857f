"""The follow-up on the page in a real browser (Debian's chromium + chromium-driver through Selenium, headless): a
request left without reply past its deadline, the button that writes the follow-up letter, its download, the
complaint route, and "I have sent the follow-up" (r17). With ``PACKET_SCREENSHOTS=DIR`` it saves the pages seen."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date, datetime
from pathlib import Path

import pytest

import packet
from tests.conftest import SAMPLES

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    pytest.skip("the browser tests need Debian's chromium and chromium-driver packages "
                "(apt-get install chromium chromium-driver; ./run.sh test installs them)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the dev extra: pip install -e '.[dev]'")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from packet.web import Server, Settings  # noqa: E402
from tests.test_web_browser import _driver, _full, _left, _settled  # noqa: E402

SHOTS = os.environ.get("PACKET_SCREENSHOTS")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_follow_up_is_written_downloaded_and_recorded_in_a_browser(tmp_path, lang):
    cases = tmp_path / "cases"
    sample = SAMPLES / ("en-job-loss" if lang == "en" else "zh-medical-stop")
    shutil.copytree(sample, cases / "Loan")
    pdf = cases / "Loan-packet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% as sent\n")
    packet.record_sent(cases / "Loan", pdf, via="email", at=datetime(2026, 10, 1, 10, 0))
    srv = Server(Settings(cases=cases, as_of=date(2026, 11, 20)))
    srv.start()
    drv = _driver(tmp_path / "dl", lang)
    try:
        drv.get(srv.url)
        drv.get(srv.url.split("?")[0] + "case/Loan")
        WebDriverWait(drv, 120).until(_settled)
        route = drv.find_element(By.ID, "route")
        assert ("you can do this now" if lang == "en" else "现在就可以做") in route.text
        button = drv.find_element(By.ID, "followup-write")
        drv.execute_script("arguments[0].scrollIntoView()", button)
        old = drv.find_element(By.TAG_NAME, "html")
        button.click()
        WebDriverWait(drv, 60).until(_left(old))
        files = WebDriverWait(drv, 30).until(EC.presence_of_element_located((By.ID, "followup-files")))
        assert "Loan-followup.pdf" in files.text and "Loan-followup.eml" in files.text
        assert (cases / "Loan-followup.pdf").is_file()
        said = drv.find_element(By.CSS_SELECTOR, "#followup .notice.ok").text
        assert ("Written: Loan-followup.pdf" if lang == "en" else "已生成：Loan-followup.pdf") in said
        # the notice is in view where the button was: the page came back at the follow-up, not at its top
        assert drv.execute_script("var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && "
                                  "r.bottom <= window.innerHeight;", drv.find_element(By.CSS_SELECTOR, "#followup .notice.ok"))
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            drv.save_screenshot(str(Path(SHOTS) / f"followup-view-{lang}.png"))
            _full(drv, Path(SHOTS) / f"followup-{lang}.png", 1280)
        drv.find_element(By.CSS_SELECTOR, "#followup-sent summary").click()
        Select(drv.find_element(By.ID, "fs-via")).select_by_value("post")
        drv.find_element(By.ID, "fs-tracking").send_keys("AB123456789GB")
        old = drv.find_element(By.TAG_NAME, "html")
        drv.find_element(By.CSS_SELECTOR, "#followup-sent button").click()
        WebDriverWait(drv, 60).until(_left(old))
        WebDriverWait(drv, 120).until(_settled)
        sent = packet.open_case(cases / "Loan")[0].sent
        assert [s.kind for s in sent] == ["request", "follow-up"] and sent[1].tracking == "AB123456789GB"
        time.sleep(0.2)
        nxt = drv.find_element(By.ID, "next").text
        assert "Write the follow-up letter" not in nxt and "生成跟进函" not in nxt, nxt
        if SHOTS:
            _full(drv, Path(SHOTS) / f"followup-sent-{lang}.png", 1280)
    finally:
        drv.quit()
        srv.stop()
