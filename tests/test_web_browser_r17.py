"""Back after a refused new-case form, in a real browser (Chromium through Selenium, as test_web_browser.py): what
was typed is still there, and Back from the case made next lands on the form, never on "Confirm Form
Resubmission" (a trial lost the form, or met that error page)."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from tests.test_web_browser import _wait, browser, downloads, server  # noqa: F401  (the fixtures)


def test_back_after_a_refused_new_case_form_keeps_what_was_typed(server, browser, tmp_path):  # noqa: F811
    drv = browser
    drv.get(server.url)
    drv.get(server.url.split("?")[0].rstrip("/") + "/new")
    _wait(drv).until(EC.presence_of_element_located((By.ID, "f-folder"))).send_keys("Back test")
    drv.find_element(By.ID, "f-name").send_keys("Ann Lee")
    drv.find_element(By.ID, "f-lender").send_keys("Northfield Credit Ltd")
    Select(drv.find_element(By.ID, "f-language")).select_by_value("en")
    drv.find_element(By.ID, "f-outstanding").send_keys("lots")
    drv.find_element(By.ID, "create").click()
    _wait(drv).until(EC.presence_of_element_located((By.ID, "e-outstanding")))
    assert drv.find_element(By.ID, "f-name").get_attribute("value") == "Ann Lee"  # the refused form, as typed
    drv.save_screenshot(str(tmp_path / "refused.png"))

    drv.back()  # to the form as first opened: filled in again
    _wait(drv).until(lambda d: not d.find_elements(By.ID, "e-outstanding"))
    _wait(drv).until(lambda d: d.find_element(By.ID, "f-name").get_attribute("value") == "Ann Lee")
    assert drv.find_element(By.ID, "f-lender").get_attribute("value") == "Northfield Credit Ltd"
    assert drv.find_element(By.ID, "f-outstanding").get_attribute("value") == "lots"

    drv.forward()  # the refused form again (a page of its own, not a re-sent post)
    field = _wait(drv).until(EC.presence_of_element_located((By.ID, "f-outstanding")))
    field.clear()
    field.send_keys("4820.00")
    drv.find_element(By.ID, "create").click()
    _wait(drv).until(EC.title_contains("Back test"))
    assert (server.settings.cases / "Back test" / "packet.toml").is_file()

    drv.back()  # from the case made: the form, never the browser's "Confirm Form Resubmission" error page
    made = _wait(drv).until(EC.presence_of_element_located((By.ID, "made")))
    assert "ERR_CACHE_MISS" not in drv.page_source and "resubmission" not in drv.page_source.lower()
    assert "“Back test” was made" in made.text  # and no stale refusal of the amount, nor "already a case"
    assert not drv.find_elements(By.ID, "e-outstanding") and not drv.find_elements(By.ID, "e-folder")
    drv.save_screenshot(str(tmp_path / "back-from-case.png"))
    drv.get(server.url.split("?")[0].rstrip("/") + "/new")  # the case was made: a new form starts empty
    assert drv.find_element(By.ID, "f-name").get_attribute("value") == ""
