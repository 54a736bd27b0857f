"""Round 22 trial on the page, without a browser (the browser's side is test_web_browser_r22.py)."""

from __future__ import annotations

import re
import time

import pytest

from tests.test_web import _enter, site  # noqa: F401  (the fixture)
from tests.test_web_r17 import _text


def test_a_check_that_ends_before_the_page_is_drawn_shows_its_report(site):  # noqa: F811
    """A case with little to read (the OCR cache, an empty folder) was checked so fast that its check had ended
    before the page that asked for it was drawn: the page said "Not checked yet", with no progress to wait for and
    nothing to reload it (a trial's new case in Chinese stayed so). The check is made to end first here."""
    settings, client, web = site
    _enter(settings, client)
    (settings.cases / "Empty").mkdir()
    (settings.cases / "Empty" / "packet.toml").write_text('[applicant]\nname = "Ann Lee"\n', encoding="utf-8")
    _at_once(web)
    said = _text(client.get("/case/Empty").text)
    assert "Not checked yet" not in said and "Still missing" in said, said


def _at_once(web):
    """Make the page's checks end before the page that asked for one is drawn (the job runs as it always does)."""
    submit = web.jobs.submit

    def at_once(*args, **kw):
        job = submit(*args, **kw)
        for _ in range(1200):
            if job is None or job.state not in ("queued", "running"):
                break
            time.sleep(0.05)
        return job

    web.jobs.submit = at_once


def test_a_doctors_letter_is_not_told_on_the_page_it_may_be_a_gig_apps_income(site):  # noqa: F811
    """The page's type chooser said of a GP letter both "It reads like Medical evidence" and "A platform's monthly
    income statement … counts as that month's payslip" (a UK user's trial, r22); check's rule now: one or the other."""
    from tests.test_flow_r22 import GP, _lines_pdf

    settings, client, web = site
    _enter(settings, client)
    folder = settings.cases / "GP"
    folder.mkdir()
    (folder / "packet.toml").write_text('[applicant]\nname = "Aisha Rahman"\n[request]\nlanguage = "en"\n'
                                        'hardship = "medical"\n', encoding="utf-8")
    _lines_pdf(folder / "gp-letter.pdf", GP)
    _at_once(web)
    page = client.get("/case/GP").text
    card = page.split("gp-letter.pdf", 1)[1]
    assert "reads like “Medical evidence" in _text(card), _text(card)
    assert "counts-too" not in card, _text(card)


@pytest.mark.parametrize("lang, said", [("en", "gives only your phone number"), ("zh", "只写了您的电话")])
def test_a_phone_alone_is_warned_on_the_page_as_check_warns_it(site, lang, said):  # noqa: F811
    """A case giving only a phone: check and build warn that the lender cannot answer in writing; the page said
    nothing (r22 trial). It says it now, naming its own form, until an email or an address is saved there."""
    settings, client, web = site
    _enter(settings, client)
    client.cookies.set("packet_lang", lang)
    folder = settings.cases / "Phone"
    folder.mkdir()
    (folder / "packet.toml").write_text('[applicant]\nname = "Ann Lee"\nphone = "07700 900123"\n[lender]\n'
                                        'name = "Acme Loans"\ncontract_number = "AC-1"\n[request]\nlanguage = "en"\n',
                                        encoding="utf-8")
    _at_once(web)
    page = client.get("/case/Phone").text
    warned = re.findall(r'id="(?:build-)?written-reply-warning">([^<]*)<', page)
    assert len(warned) == 2 and said in warned[0], warned
    assert ("Details for the letter" if lang == "en" else "申请书上的信息") in warned[0], warned
    assert "packet.toml" not in warned[0]
    client.post("/case/Phone/facts", data={"csrf": web.csrf, "applicant.name": "Ann Lee", "applicant.phone": "07700 900123",
                                           "lender.name": "Acme Loans", "lender.contract_number": "AC-1",
                                           "applicant.email": "ann@example.com"})
    assert "written-reply-warning" not in client.get("/case/Phone").text
