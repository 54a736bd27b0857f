"""Round 25's trial on a cheap Android phone (a 360 CSS px screen) in a real browser (Chromium through Selenium, as
test_web_browser.py): a 杭州 delivery rider added his phone's pictures to a case, Alipay's screenshot among them
(``Screenshot_20261001_203311_com.eg.android.AlipayGphone.jpg``, as Android names it), and the page's "已添加：…"
notice printed that name as one unbroken word 574 px wide: the page scrolled sideways, the rest of the notice off the
screen."""

from __future__ import annotations

from urllib.parse import quote

from PIL import Image, ImageDraw
from selenium.webdriver.common.by import By

from tests.test_web_browser import _settled, _submit, _wait, phone, server  # noqa: F401  (the fixture)

WIDTH = 360  # CSS px: a Redmi 9A's screen at its default zoom


def _phone():
    return phone(WIDTH, 640, 2)


def test_a_long_android_file_name_does_not_push_the_page_off_a_phone_screen(server, tmp_path):  # noqa: F811
    name = "李建军 信用卡"
    folder = server.settings.cases / name
    folder.mkdir()
    (folder / "packet.toml").write_text('[applicant]\nname = "李建军"\n[lender]\nname = "某银行信用卡中心"\n'
                                        '[request]\nlanguage = "zh"\nhardship = "medical"\n', encoding="utf-8")
    shot = tmp_path / "Screenshot_20261001_203311_com.eg.android.AlipayGphone.jpg"
    img = Image.new("RGB", (540, 1170), "white")
    ImageDraw.Draw(img).rectangle((0, 0, 540, 60), fill=(30, 30, 30))
    img.save(shot, "JPEG", quality=80)
    drv = _phone()
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(name))
        _wait(drv).until(lambda d: d.find_element(By.ID, "files")).send_keys(str(shot))
        _submit(drv, drv.find_element(By.ID, "upload"))
        _wait(drv, 180).until(_settled)
        added = drv.find_element(By.ID, "added")
        assert shot.name in added.text
        assert drv.execute_script("return document.documentElement.clientWidth;") == WIDTH
        assert added.rect["x"] + added.rect["width"] <= WIDTH
        assert drv.execute_script("return document.documentElement.scrollWidth;") <= WIDTH, "the page scrolls sideways"
    finally:
        drv.quit()
