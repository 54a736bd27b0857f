"""What ``packet check`` and ``status`` say and the page did not (r22): the statement speaking of the applicant in the
third person (``voice_warning``), the complaint route's note for a country packet has no route of its own for
(``route_note``), and the note that a pension or benefit replaces wages (``no_wages_note``). Each is said on the page,
in the page's language, where the person acts on it, in a real browser (Chromium through Selenium, as
test_web_browser.py) at a phone's width (390 px, the trial's). With ``PACKET_SCREENSHOTS=DIR`` the pages are saved."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By

from tests.test_web_browser import _submit, _wait, downloads, server  # noqa: F401  (the fixtures)
from tests.test_web_browser_r20 import _phone

# (name, a statement written about the applicant by a relative and naming what they live on, the same in the
# applicant's own words, words each note holds) in each language; the server's as-of date is 2026-11-20
CASES = {
    "en": ("Margaret Hughes", "Margaret Hughes is 74 and lives on the age pension since her husband died.",
           "I am 74 and live on the age pension since my husband died.",
           {"voice": "speaks of Margaret Hughes as someone else", "country": "no complaint route of its own for CA",
            "wages": "If you have no wages"}),
    "zh": ("王桂兰", "我母亲王桂兰今年74岁，丈夫去世后靠养老金生活。", "本人今年74岁，丈夫去世后靠养老金生活。",
           {"voice": "把王桂兰写成了第三人称", "country": "packet 还没有 CA 的投诉途径", "wages": "如果您没有工资收入"}),
}


def _case(folder: Path, lang: str) -> None:
    name, statement, _own, _words = CASES[lang]
    folder.mkdir()
    (folder / "packet.toml").write_text(
        f'[applicant]\nname = "{name}"\nemail = "mh@example.com"\n'
        f'[lender]\nname = "Calder Finance"\ncontract_number = "CF-2291"\n'
        f'[request]\nlanguage = "{lang}"\ncountry = "CA"\nhardship = "income-drop"\nstatement = "{statement}"\n'
        f'[[sent]]\nat = 2026-10-20T09:00:00\nvia = "email"\n', encoding="utf-8")


def _read(drv) -> None:
    """Wait until the case page shows its report: the reading ended and the page was drawn again (by the page's script,
    or by its "Reading finished" link, which it offers instead when it judges the person busy in a form)."""
    def ended(d):
        for link in d.find_elements(By.ID, "reading-done"):
            link.click()
            return False
        return d.find_elements(By.ID, "missing") and not d.find_elements(By.ID, "progress")
    _wait(drv, 180).until(ended)


def _shown(drv, element_id: str) -> str:
    """The text of the element with ``element_id``, asserting a person can see it (displayed, not in a closed
    <details>)."""
    el = drv.find_element(By.ID, element_id)
    assert el.is_displayed(), element_id
    return el.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_what_check_says_of_the_statement_the_route_and_wages_is_on_the_page(server, tmp_path, lang):  # noqa: F811
    name, _statement, own, words = CASES[lang]
    case = f"Voice {lang}"
    _case(server.settings.cases / case, lang)
    drv = _phone(lang)
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(case))
        _read(drv)
        # the statement's voice: at the top with a link to the box, under the box itself (tied to it), above Build
        assert words["voice"] in _shown(drv, "voice-warning")
        assert words["voice"] in _shown(drv, "r-statement-voice")
        box = drv.find_element(By.ID, "r-statement")
        assert box.is_displayed() and box.get_attribute("aria-describedby") == "r-statement-voice"
        assert drv.find_element(By.CSS_SELECTOR, "#voice-warning a").get_attribute("href").endswith("#r-statement")
        assert name in _shown(drv, "build-voice-warning")
        # the country without a route of its own: beside the country's box, and above the general steps
        assert words["country"] in _shown(drv, "r-country-note")
        note = _shown(drv, "route-note")
        assert "CA" in note and drv.find_elements(By.CSS_SELECTOR, "#route li")
        # no wages: said with the missing payslips, naming the page's own checkbox and section by their words
        wages = [li.text for li in drv.find_elements(By.CSS_SELECTOR, "#missing li") if words["wages"] in li.text]
        assert wages, [li.text for li in drv.find_elements(By.CSS_SELECTOR, "#missing li")]
        force = drv.find_element(By.CSS_SELECTOR, "label.check input#force").find_element(By.XPATH, "..").text
        section = drv.find_element(By.CSS_SELECTOR, "#build h2").text
        quoted = force.split(";")[0].split("；")[0].strip()
        assert quoted in wages[0] and section in wages[0], (force, section, wages[0])
        width = drv.execute_script("return document.documentElement.clientWidth;")
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= width, "the page scrolls sideways"
        shots = Path(os.environ.get("PACKET_SCREENSHOTS") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        drv.save_screenshot(str(shots / f"r22-voice-390-{lang}.png"))
        # the statement mended on the page in the applicant's own words: no warning of its voice is left
        box.clear()
        box.send_keys(own)
        _submit(drv, drv.find_element(By.ID, "request-save"))
        _read(drv)
        assert not drv.find_elements(By.ID, "voice-warning")
        assert not drv.find_elements(By.ID, "r-statement-voice") and not drv.find_elements(By.ID, "build-voice-warning")
    finally:
        drv.quit()

