"""The list of cases says in words when a reply is overdue and what to do (round 23's trial: the Shanghai worker on
her phone saw only a red date, "答复期限 2026-11-15", and had to open the case to learn it had passed). In a real
browser (Chromium through Selenium, as test_web_browser.py) at a phone's width; the server's as-of date is
2026-11-20."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.test_web_browser import downloads, server  # noqa: F401  (the fixtures)
from tests.test_web_browser_r20 import _phone

WORDS = {"en": ("Reply was due by 2026-11-03: no answer — send a follow-up", "follow-up sent on 2026-11-10"),
         "zh": ("答复期限 2026-11-03 已过，未答复：请发送跟进函", "已于 2026-11-10 发送跟进函")}


def _case(folder: Path, lang: str, followed_up: bool) -> None:
    folder.mkdir()
    (folder / "packet.toml").write_text(
        '[applicant]\nname = "Zhou Xiuying"\nphone = "139 1234 5678"\n[lender]\nname = "Calder Finance"\n'
        f'contract_number = "CF-2291"\n[request]\nlanguage = "{lang}"\nhardship = "unemployment"\n'
        '[[sent]]\nat = 2026-10-20T09:00:00\nvia = "email"\n'
        + ('[[sent]]\nat = 2026-11-10T09:00:00\nvia = "email"\nkind = "follow-up"\n' if followed_up else ""),
        encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_list_of_cases_says_a_passed_reply_date_in_words(server, lang):  # noqa: F811
    overdue, sent = WORDS[lang]
    _case(server.settings.cases / f"Overdue {lang}", lang, followed_up=False)
    _case(server.settings.cases / f"Followed {lang}", lang, followed_up=True)
    drv = _phone(lang)
    try:
        drv.get(server.url)
        cards = {c.find_element(By.TAG_NAME, "h2").text: c.text for c in drv.find_elements(By.CSS_SELECTOR, "li.card")}
        assert overdue in cards[f"Overdue {lang}"], cards
        assert sent in cards[f"Followed {lang}"] and overdue not in cards[f"Followed {lang}"], cards
    finally:
        drv.quit()
