"""Round 22 trial on the page, without a browser (the browser's side is test_web_browser_r22.py)."""

from __future__ import annotations

import time

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
    submit = web.jobs.submit

    def at_once(*args, **kw):
        job = submit(*args, **kw)
        for _ in range(600):
            if job.state not in ("queued", "running"):
                break
            time.sleep(0.05)
        return job

    web.jobs.submit = at_once
    said = _text(client.get("/case/Empty").text)
    assert "Not checked yet" not in said and "Still missing" in said, said
