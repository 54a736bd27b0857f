"""Round 21 trial (trial 10) on the page, without a browser: where the command line and the page disagreed (an .eml,
a large photo), and the forms' own words (a phone with letters, a date box labelled with the terminal's prompt).
The browser's side (focus, names, tab stops, print) is in test_web_browser.py's whole path."""

from __future__ import annotations

import re

import pytest

import packet
from packet.web import app as webapp
from tests.test_web import _enter, site  # noqa: F401  (the fixture)
from tests.test_web_r17 import _text

EML = (b"From: HR <hr@example.com>\r\nTo: me@example.com\r\nSubject: Your payslips\r\nMIME-Version: 1.0\r\n"
       b"Content-Type: text/plain; charset=utf-8\r\n\r\nPlease find your payslips attached.\r\n")


@pytest.mark.parametrize("lang,says,never", [("en", "Save its attachments", "Save as PDF"),
                                             ("zh", "请把邮件附件保存到文件夹中", "另存为 PDF")])
def test_an_email_is_told_to_save_its_attachments_as_check_says(site, monkeypatch, tmp_path, lang, says, never):  # noqa: F811
    """The page read the upload from a nameless temporary file, so an .eml was "a plain-text file… Save as PDF",
    which loses its attachments; ``packet check`` said to save them. One rule now (file_formats.kind_of)."""
    settings, client, web = site
    _enter(settings, client)
    monkeypatch.setattr(web.jobs, "submit", lambda *a, **k: None)
    client.cookies.set("packet_lang", lang)
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf},
                    files=[("files", ("payslips.eml", EML, "message/rfc822"))])
    said = _text(r.text)
    assert says in said and never not in said, said
    # the command line, on the same file in a case folder
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "payslips.eml").write_bytes(EML)
    assert says in packet.unreadable_upload(folder / "payslips.eml", "payslips.eml", lang)


def test_the_page_takes_every_file_the_reader_reads():
    """A 65 MB phone photo was refused by the page's own 50 MB limit and read by ``packet check``: the page's limit
    is now the reader's (packet.MAX_FILE_BYTES), and one such file fits in one upload."""
    assert webapp.MAX_FILE == packet.MAX_FILE_BYTES >= 65 * 2**20
    assert webapp.MAX_REQUEST >= webapp.MAX_FILE + 2**20


def test_a_phone_with_letters_is_refused_beside_its_box(site):  # noqa: F811
    """The new-case form and "Details for the letter" took "abc" as a phone number (a trial); an email and a phone
    that are wrong are both said beside their boxes, tied to them, the form kept as typed and nothing written."""
    settings, client, web = site
    _enter(settings, client)
    before = (settings.cases / "Loan" / "packet.toml").read_bytes()
    r = client.post("/case/Loan/facts", data={"csrf": web.csrf, "applicant.phone": "abc",
                                              "applicant.email": "me@example.com", "applicant.name": "Daniel Okafor"})
    page = r.text
    assert (settings.cases / "Loan" / "packet.toml").read_bytes() == before
    box = re.search(r'<input id="f-applicant-phone"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in box and 'aria-describedby="f-applicant-phone-problem"' in box and 'value="abc"' in box
    said = re.search(r'id="f-applicant-phone-problem">([^<]*)<', page).group(1)
    assert "not a phone number" in said, said
    assert 'autocomplete="tel"' in box
    r = client.post("/new", data={"csrf": web.csrf, "folder": "Phone case", "reply_phone": "call me"})
    assert "“call me” is not a phone number" in _text(r.text)
    assert not (settings.cases / "Phone case").exists()
    for ok in ("+44 20 7946 0958", "138 0013 8000", "025-8457 1234 转 12", "95588"):
        assert "applicant.phone" not in packet.letter_fact_problems("en", {"applicant.phone": ok}), ok


def test_the_date_box_is_labelled_for_a_calendar(site):  # noqa: F811
    """The first payment's box is a calendar (type=date): its label was the terminal's "a month alone, e.g. January
    2027… Enter to skip", which it accepts neither of, and its year took six digits (a trial's 52026)."""
    settings, client, web = site
    _enter(settings, client)
    for lang in ("en", "zh"):
        client.cookies.set("packet_lang", lang)
        page = client.get("/case/Loan").text
        label = _text(re.search(r'<label for="r-first_payment">(.*?)</label>', page, re.S).group(1))
        assert not any(w in label for w in ("Enter", "回车", "month alone", "只写月份")), label
        box = re.search(r'<input id="r-first_payment"[^>]*>', page, re.S).group(0)
        assert 'type="date"' in box and 'max="2099-12-31"' in box, box
    problems = packet.init_problems("en", {"first_payment": "52026-01-15"})[1]
    assert "not a day" in problems["first_payment"] and "calendar" in problems["first_payment"]
