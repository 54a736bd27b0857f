"""The case page at 200 % zoom on an Android phone (412 CSS px at 200 %: 206 px wide) in a real browser (Chromium
through Selenium, as test_web_browser.py), round 24's trial: a 深圳 worker with his browser zoomed to 200 % found the
contact log's "When" box (a date-and-time control, its least width about 17rem) and a document's "This is" list (as
wide as "医疗证明（诊断证明/医生信函）") running off the screen, the calendar button out of reach, the page scrolling
sideways."""

from __future__ import annotations

from urllib.parse import quote

from fixtures_reading import text_pdf
from selenium.webdriver.common.by import By

from tests.test_web_browser import _wait, phone, server  # noqa: F401  (the fixture)

OUTSIDE = """const vw = document.documentElement.clientWidth;
return [...document.querySelectorAll('input, select, button, textarea, summary')].filter(el => {
  const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 1 || r.left < -1);
}).map(el => (el.id || el.name || el.tagName) + ' ' + Math.round(el.getBoundingClientRect().right));"""


def _zoomed_phone():
    """Chromium as a 412 px Android phone zoomed to 200 %: a layout viewport 206 CSS px wide."""
    return phone(206, 457, 4)


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


def test_the_same_documents_make_a_case_for_another_lender_in_one_step(server):  # noqa: F811
    """Trial 13 (a): a worker behind on three lending apps, with a phone only, is told one request goes to one
    lender, "one case folder per lender (the same documents copied into each)" — on the page that meant adding every
    photo three times. Now "Another lender, the same documents" makes the case: the files copied under the same
    paths, [lender] the new one, the first lender's log left behind, the first case untouched; a missing name is
    said beside its box, where the keyboard goes."""
    import tomllib

    name = "陈德兵 网贷A"
    folder = server.settings.cases / name
    (folder / "photos").mkdir(parents=True)
    toml = ('[applicant]\nname = "陈德兵"\nphone = "139 2845 6610"\n[lender]\nname = "某某网贷A"\n'
            'contract_number = "HB2025080311"\nemail = "kefu@a.example"\n[request]\nlanguage = "zh"\n'
            'hardship = "medical"\nstatement = "我在工地摔伤，住院12天。"\n[fields."photos/bill.pdf"]\ntotal = "18642.30"\n'
            '[[contact]]\nat = 2026-11-18T10:00:00\nchannel = "phone"\nwith = "客服"\nsummary = "要求暂停催收"\n')
    (folder / "packet.toml").write_text(toml, encoding="utf-8")
    text_pdf(folder / "photos" / "bill.pdf", [["深圳市宝安区人民医院", "住院收费票据", "姓名：陈德兵", "合计：18,642.30"]])
    text_pdf(folder / "notes.pdf", [["Shopping list", "milk, eggs, bread"]])
    drv = _zoomed_phone()
    try:
        drv.get(server.url)
        drv.get(server.url.split("?")[0].rstrip("/") + "/case/" + quote(name) + "#another")
        form = _wait(drv, 60).until(lambda d: d.find_element(By.CSS_SELECTOR, "#another form"))
        assert drv.execute_script(OUTSIDE) == []
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        box = _wait(drv, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "#c-lender[aria-invalid=true]"))
        problem = drv.find_element(By.ID, box.get_attribute("aria-describedby"))
        assert "请填写另一家贷款机构的名称" in problem.text
        _wait(drv, 10).until(lambda d: d.switch_to.active_element == d.find_element(By.ID, "c-lender"))
        box.send_keys("某某网贷B")
        drv.find_element(By.ID, "c-contract").send_keys("XB-7781")
        drv.find_element(By.CSS_SELECTOR, "#another button[type=submit]").click()
        _wait(drv, 30).until(lambda d: "/case/" + quote("某某网贷B") in d.current_url)
        assert "复制了“陈德兵 网贷A”中的 2 份材料" in drv.find_element(By.TAG_NAME, "body").text
    finally:
        drv.quit()
    made = server.settings.cases / "某某网贷B"
    assert sorted(p.relative_to(made).as_posix() for p in made.rglob("*") if p.is_file() and not p.name.startswith(".")) == [
        "notes.pdf", "packet.toml", "photos/bill.pdf"]
    assert (made / "photos" / "bill.pdf").read_bytes() == (folder / "photos" / "bill.pdf").read_bytes()
    new = tomllib.loads((made / "packet.toml").read_text(encoding="utf-8"))
    assert new["lender"] == {"name": "某某网贷B", "contract_number": "XB-7781"}
    assert "contact" not in new and new["applicant"]["name"] == "陈德兵"
    assert new["request"]["statement"] == "我在工地摔伤，住院12天。" and new["fields"]["photos/bill.pdf"]["total"] == "18642.30"
    assert (folder / "packet.toml").read_text(encoding="utf-8") == toml  # the first case untouched
