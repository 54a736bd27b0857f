"""Round 26's trial (user trial 15) in a real browser (Chromium through Selenium, as test_web_browser.py): a
58-year-old laid-off textile worker with poor eyesight uses the page on a laptop zoomed to 200 % (a 1366 px screen
shows 683 CSS px) with the keyboard alone. With nine documents and six privacy buttons on his case page, his first
document was the 77th tab stop; the page now lists its parts as links at the top, and Enter on one puts the next
Tab inside that part."""

from __future__ import annotations

import os
from urllib.parse import quote

from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.test_trial15 import CASE_TOML, _bank_statement
from tests.test_web_browser import CHROMIUM, DRIVER, _settled, _wait, server, webdriver  # noqa: F401  (the fixture)

WIDTH = 683  # CSS px: a 1366 px laptop screen at 200 % zoom


def _zoomed():
    """Chromium as a laptop browser zoomed to 200 %: 683 x 384 CSS px at two device pixels per CSS px."""
    os.environ.setdefault("SE_OFFLINE", "true")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB",
                f"--window-size={WIDTH},420", "--force-device-scale-factor=2", "--no-first-run",
                "--disable-extensions"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(DRIVER), options=opts)


def _focus(drv) -> dict:
    return drv.execute_script("""const e = document.activeElement, cs = getComputedStyle(e);
        return {text: (e.textContent || '').trim(), inDocs: !!e.closest('#documents'),
                outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2};""")


def test_a_keyboard_user_at_200_percent_reaches_his_documents_in_a_few_tabs(server):  # noqa: F811
    name = "Gwen statements"
    folder = server.settings.cases / name
    folder.mkdir()
    (folder / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    for month in ("September", "October", "November"):
        _bank_statement(folder / f"statement-{month}.pdf", [("01", "Balance brought forward", "", "", "212.40")],
                        month=month)
    drv = _zoomed()
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(name))
        _wait(drv, 180).until(_settled)
        drv.get(drv.current_url)  # the page as it is once read, focus at its top
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= WIDTH, "the page scrolls sideways"
        for _ in range(8):  # the skip link, the brand, the language, "All cases", then the parts
            ActionChains(drv).send_keys(Keys.TAB).perform()
            if _focus(drv)["text"] == "Your documents":
                break
        got = _focus(drv)
        assert got["text"] == "Your documents" and got["outline"], got  # reached, and the focus is seen
        ActionChains(drv).send_keys(Keys.ENTER).perform()
        ActionChains(drv).send_keys(Keys.TAB).perform()
        assert _focus(drv)["inDocs"], _focus(drv)  # the next Tab is on the first document
    finally:
        drv.quit()


def test_a_paper_in_two_photos_shows_each_photo_as_its_page(server):  # noqa: F811
    """The known leftover, tried in a browser: a hospital bill photographed in two halves is one document, named by
    its first photo. Its page now says which photo each page is (the pager's links and the picture named by page and
    file), and the second photo's own name opens the document at its page instead of "not found"."""
    import halvesgen as gen

    name = "王建国 住院"
    folder = server.settings.cases / name
    top, bottom, truth = gen.bill_halves(3)
    gen.write_photo(top, folder, "IMG_2041", 1)
    gen.write_photo(bottom, folder, "IMG_2042", 2)
    (folder / "packet.toml").write_text(f'[request]\nlanguage = "zh"\nhardship = "medical"\n[applicant]\nname = '
                                        f'"{truth["patient"]}"\n', encoding="utf-8")
    drv = _zoomed()
    try:
        drv.get(server.url)
        base = server.url.split("?")[0].rstrip("/") + "/case/" + quote(name)
        drv.get(base)
        _wait(drv, 240).until(_settled)
        drv.get(base + "/doc?path=IMG_2042.jpg")
        parts = drv.find_element(By.ID, "parts").text
        assert "IMG_2041.jpg" in parts and "IMG_2042.jpg" in parts, parts
        shown = drv.execute_script("return Array.from(document.images).map(i => [i.alt, i.naturalWidth]);")
        assert shown and shown[0][1] > 0 and "IMG_2042.jpg" in shown[0][0], shown  # the second photo, drawn
        labels = drv.execute_script("return Array.from(document.querySelectorAll('.pager a, .pager b'))"
                                    ".map(e => e.getAttribute('aria-label'));")
        assert any("IMG_2041.jpg" in x for x in labels) and any("IMG_2042.jpg" in x for x in labels), labels
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= WIDTH
    finally:
        drv.quit()
