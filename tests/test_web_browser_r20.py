"""The case page on a phone (390 px) in a real browser (Chromium through Selenium, as test_web_browser.py), r20
trial: the remove button "从案件中移除 mmexport1764000000000.jpg" ran off its card; the type chooser of a document
read as none of the types said nothing of a platform's monthly income statement. With ``PACKET_SCREENSHOTS=DIR`` the
pages are saved there to look at."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import pytest
from PIL import Image, ImageDraw
from selenium.webdriver.common.by import By

from tests.test_web_browser import CHROMIUM, DRIVER, _wait, downloads, server  # noqa: F401  (the fixtures)

LONG = "mmexport1764000000000.jpg"


def _phone(lang: str):
    """Chromium as a phone 390 CSS px wide (its mobile emulation, as the trial's): a headless window is never
    narrower than about 500 px, so a window size alone does not make a phone."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--lang={lang}",
                "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
    opts.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh" if lang == "zh" else "en-GB,en"})
    return webdriver.Chrome(service=Service(DRIVER), options=opts)


def _photo(path: Path) -> None:
    """A phone photo of a page with a few words on it, none of a document packet asks for."""
    img = Image.new("RGB", (900, 1200), (236, 232, 220))
    draw = ImageDraw.Draw(img)
    draw.rectangle((80, 80, 820, 1120), fill=(252, 252, 250))
    for i, line in enumerate(("Shopping list", "milk, eggs, bread", "call the plumber")):
        draw.text((140, 200 + 80 * i), line, fill=(30, 30, 30))
    img.save(path, "JPEG", quality=88)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_390px_the_remove_button_stays_in_its_card_and_no_income_note_for_a_shopping_list(
        server, downloads, tmp_path, lang):  # noqa: F811
    name = f"Phone {lang}"
    folder = server.settings.cases / name
    folder.mkdir()
    (folder / "packet.toml").write_text(f'[applicant]\nname = "Wang Jianjun"\n[lender]\nname = "Calder Finance"\n'
                                        f'[request]\nlanguage = "{lang}"\n', encoding="utf-8")
    _photo(folder / LONG)
    drv = _phone(lang)
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(name))
        button = _wait(drv, 180).until(lambda d: d.find_element(By.CSS_SELECTOR, f'button[data-path="{LONG}"]'))
        card = button.find_element(By.XPATH, "ancestor::li[contains(@class, 'doc')]")
        drv.execute_script("arguments[0].closest('details').open = true;", button)
        drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        chooser = card.find_element(By.CSS_SELECTOR, "details.doc-type")
        drv.execute_script("arguments[0].open = true;", chooser)
        b, c = button.rect, card.rect
        width = drv.execute_script("return document.documentElement.clientWidth;")
        assert width == 390, width
        assert b["x"] >= c["x"] - 1 and b["x"] + b["width"] <= c["x"] + c["width"] + 1, (b, c)
        assert b["x"] + b["width"] <= width, (b, width)
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= width, "the page scrolls sideways"
        # a shopping list shows no pay: the platform-income note is not said of it (round 21 trial: said of every
        # document read as "other"; test_web_r20 has the rider's income list that gets it)
        assert not card.find_elements(By.CSS_SELECTOR, ".counts-too")
        shots = Path(os.environ.get("PACKET_SCREENSHOTS") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        drv.save_screenshot(str(shots / f"r20-remove-390-{lang}.png"))
        drv.execute_script("arguments[0].scrollIntoView({block: 'start'});", chooser)
        drv.save_screenshot(str(shots / f"r20-chooser-390-{lang}.png"))
    finally:
        drv.quit()
