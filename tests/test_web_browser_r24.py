"""The case page at 200 % zoom on an Android phone (412 CSS px at 200 %: 206 px wide) in a real browser (Chromium
through Selenium, as test_web_browser.py), round 24's trial: a 深圳 worker with his browser zoomed to 200 % found the
contact log's "When" box (a date-and-time control, its least width about 17rem) and a document's "This is" list (as
wide as "医疗证明（诊断证明/医生信函）") running off the screen, the calendar button out of reach, the page scrolling
sideways."""

from __future__ import annotations

import os
from urllib.parse import quote

from fixtures_reading import text_pdf
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from tests.test_web_browser import CHROMIUM, DRIVER, _wait, server  # noqa: F401  (the fixture)

OUTSIDE = """const vw = document.documentElement.clientWidth;
return [...document.querySelectorAll('input, select, button, textarea, summary')].filter(el => {
  const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 1 || r.left < -1);
}).map(el => (el.id || el.name || el.tagName) + ' ' + Math.round(el.getBoundingClientRect().right));"""


def _zoomed_phone():
    """Chromium as a 412 px Android phone zoomed to 200 %: a layout viewport 206 CSS px wide."""
    os.environ.setdefault("SE_OFFLINE", "true")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 206, "height": 457, "pixelRatio": 4}})
    opts.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    return webdriver.Chrome(service=Service(DRIVER), options=opts)


def test_at_200_percent_zoom_on_a_phone_no_control_runs_off_the_screen(server):  # noqa: F811
    name = "陈德兵 网贷A"
    folder = server.settings.cases / name
    folder.mkdir()
    (folder / "packet.toml").write_text('[applicant]\nname = "陈德兵"\n[lender]\nname = "某某网贷"\n'
                                        '[request]\nlanguage = "zh"\nhardship = "medical"\n', encoding="utf-8")
    text_pdf(folder / "notes.pdf", [["Shopping list", "milk, eggs, bread", "call the plumber"]])
    drv = _zoomed_phone()
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(name))
        chooser = _wait(drv, 120).until(lambda d: d.find_element(By.CSS_SELECTOR, "details.doc-type select"))
        drv.execute_script("for (const d of document.querySelectorAll('details')) d.open = true;")
        assert drv.execute_script("return document.documentElement.clientWidth;") == 206
        assert "医疗证明" in chooser.text  # the long choice is in the list
        assert drv.find_element(By.ID, "l-at").get_attribute("type") == "datetime-local"
        assert drv.execute_script(OUTSIDE) == []
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= 206, "the page scrolls sideways"
    finally:
        drv.quit()
