"""The page's dead ends and silent failures a frightened user met in a real browser (round 16): the letter's
facts had no box to fill, a forced build said only "Built", a sent packet was replaced without a word, a saved
correction was not shown, an amount in words was called missing, no word of signing, notices naming packet.toml."""

from __future__ import annotations

import re
import time

from tests.test_web import _enter, _notice, site  # noqa: F401  (the fixture)


def _wait(web, name="Loan"):
    while web.jobs.busy(name):
        time.sleep(0.2)


def _errors(html: str) -> dict[str, str]:
    return dict(re.findall(r'<p class="error" id="e-([a-z_]+)">([^<]+)</p>', html))


def test_an_amount_in_words_is_said_to_be_no_number(site):  # noqa: F811
    """"两万三" and "about 4000" were answered "A monthly payment needs this too" though the box was filled."""
    settings, client, web = site
    _enter(settings, client)
    for lang, owed, says in (("en", "about 4000", "not a number"), ("zh", "两万三", "不是数字")):
        client.cookies.set("packet_lang", lang)
        r = client.post("/new", data={"csrf": web.csrf, "folder": "W", "name": "A", "outstanding": owed,
                                      "monthly_payment": "100", "first_payment": "2027-01-15"})
        errors = _errors(r.text)
        assert r.status_code == 400 and set(errors) == {"outstanding"}, errors
        assert says in errors["outstanding"] and owed in errors["outstanding"], errors
        assert "needs this too" not in errors["outstanding"] and "也需要填写" not in errors["outstanding"]
    assert not (settings.cases / "W").exists()


def test_a_saved_correction_is_shown_at_once(site, monkeypatch):  # noqa: F811
    """After Save the box kept the old reading and "please check" while the check ran again: the page shows the
    value saved, marked as the person's."""
    settings, client, web = site
    _enter(settings, client)
    web.jobs.submit("Loan", "check", "en")
    _wait(web)
    rel = "payslips/payslip-sep-2026-scan.png"
    monkeypatch.setattr(web.jobs, "submit", lambda *a, **k: None)  # the check after the save has not run yet
    r = client.post("/case/Loan/field", data={"csrf": web.csrf, "path": rel, "field": "net_pay", "value": "1234.56"})
    box = re.search(r'<input id="v-net_pay" name="value" value="([^"]*)"', r.text)
    assert box and box.group(1) == "1234.56", box and box.group(1)
    label = r.text[r.text.index('for="v-net_pay"'):r.text.index('id="v-net_pay"')]
    assert "from you" in label and "please check" not in label
    said = _notice(web, str(r.url))
    assert "Saved" in said and "packet.toml" not in said, said
