"""What the page made a person do that it should not (round 18, a new user's trial in Chinese): delete the case to
mend a typo in the request or the plan, lose the PDF the lender has when building again, paste [[redact]] lines into
packet.toml, and small things the command line did and the page did not."""

from __future__ import annotations

import re
import time

import tomllib

from tests.test_web import _enter, _notice, site  # noqa: F401  (the fixture)


def _wait(web, name="Loan"):
    while web.jobs.busy(name):
        time.sleep(0.2)


def _toml(settings, name="Loan") -> dict:
    return tomllib.loads((settings.cases / name / "packet.toml").read_text(encoding="utf-8"))


def test_the_request_and_the_plan_are_changed_on_the_page(site, monkeypatch):  # noqa: F811
    """The page said to edit packet.toml ([plan]) or to delete the case and make it again: its own form changes
    them, through the case-file edit the CLI uses (comments kept), with the new-case form's checks beside each
    field, a past first payment among them; a refused form changes nothing and comes back as typed."""
    settings, client, web = site
    _enter(settings, client)
    monkeypatch.setattr(web.jobs, "submit", lambda *a, **k: None)  # the form needs no reading of the documents
    client.cookies.set("packet_lang", "zh")
    page = client.get("/case/Loan").text
    assert 'id="request-form"' in page and "申请内容和还款计划" in page
    form = re.search(r'<form[^>]*id="request-form".*?</form>', page, re.S).group(0)
    assert 'name="statement"' in form and "Brightwater" in form and 'value="4820.00"' in form
    before = (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8")
    # a past first payment (the page's day is 2026-11-20) and an amount in words: refused beside each field
    r = client.post("/case/Loan/request", data={"csrf": web.csrf, "kind": "stop", "hardship": "medical",
                                                "statement": "住院", "outstanding": "两万", "monthly_payment": "",
                                                "first_payment": "2026-10-01"})
    assert r.status_code == 200 and (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8") == before
    problems = dict(re.findall(r'<p class="error" id="r-([a-z_]+)-problem" role="alert">([^<]+)</p>', r.text))
    assert set(problems) == {"outstanding", "first_payment"}, problems
    assert "已经过去" in problems["first_payment"] and "不是数字" in problems["outstanding"], problems
    assert 'value="两万"' in r.text and ">住院</textarea>" in r.text  # the form as typed
    assert "删除此案件" not in r.text[r.text.index('id="request"'):r.text.index('id="add"')]
    # the plan given as a monthly payment: the sample's list of instalments cannot stand beside it -> refused, said
    r = client.post("/case/Loan/request", data={"csrf": web.csrf, "kind": "stop", "hardship": "medical",
                                                "statement": "住院\r\n两个月", "outstanding": "3万",
                                                "monthly_payment": "", "first_payment": ""})
    data = _toml(settings)
    assert data["request"]["kind"] == "stop" and data["request"]["hardship"] == "medical"
    assert data["request"]["statement"] == "住院\n两个月" and data["plan"]["outstanding"] == "30000.00"
    text = (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8")
    assert "# which reply deadlines and complaint routes apply" in text  # comments kept (round-trip edit)
    assert "已保存" in r.text  # the page the redirect led to says it (a notice is shown once)
    # the country (it decides the complaint route; the page had no way to give it): "XX" refused, "UK" kept as GB
    assert 'id="r-country"' in client.get("/case/Loan").text
    before = (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8")
    r = client.post("/case/Loan/request", data={"csrf": web.csrf, "kind": "stop", "country": "XX"})
    problems = dict(re.findall(r'<p class="error" id="r-([a-z_]+)-problem" role="alert">([^<]+)</p>', r.text))
    assert set(problems) == {"country"} and "XX" in problems["country"], problems
    assert (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8") == before
    client.post("/case/Loan/request", data={"csrf": web.csrf, "kind": "stop", "country": "UK"})
    assert _toml(settings)["request"]["country"] == "GB" and _toml(settings)["plan"]["outstanding"] == "30000.00"


def test_the_new_case_form_refuses_a_past_first_payment_beside_the_field(site):  # noqa: F811
    """The case was made, then the page said "首次还款日期已经过去…请删除此案件后重新创建"."""
    settings, client, web = site
    _enter(settings, client)
    client.cookies.set("packet_lang", "zh")
    r = client.post("/new", data={"csrf": web.csrf, "folder": "P", "name": "张伟", "outstanding": "20000",
                                  "monthly_payment": "500", "first_payment": "2026-01-15"})
    errors = dict(re.findall(r'<p class="error" id="e-([a-z_]+)">([^<]+)</p>', r.text))
    assert r.status_code == 400 and set(errors) == {"first_payment"}, errors
    assert "已经过去" in errors["first_payment"] and not (settings.cases / "P").exists()
    r = client.post("/new", data={"csrf": web.csrf, "folder": "P", "name": "张伟", "outstanding": "20000",
                                  "monthly_payment": "500", "first_payment": "2026-11-20"})  # today is not past
    assert (settings.cases / "P" / "packet.toml").is_file(), r.text[:2000]


def _docx() -> bytes:
    """A minimal Word document (a zip holding word/document.xml), made here."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_small_things_the_cli_did_and_the_page_did_not(site, monkeypatch):  # noqa: F811
    """A .docx refused without "Save as PDF"; of a photo and its "(1)" copy the copy was kept; "remove" had no undo."""
    from tests.test_web_r17 import _text

    settings, client, web = site
    _enter(settings, client)
    monkeypatch.setattr(web.jobs, "submit", lambda *a, **k: None)  # no check needed to see the answers
    client.cookies.set("packet_lang", "zh")
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf},
                    files=[("files", ("病历.docx", _docx(), "application/octet-stream"))])
    said = _text(r.text)
    assert "病历.docx 是Word 文档" in said.replace(" ", "") or "Word 文档" in said, said
    assert "另存为 PDF" in said and not (settings.cases / "Loan" / "病历.docx").exists()
    # the copy's name sorts first ("IMG_7 (1)" < "IMG_7."): the original is kept, the copy refused
    photo = (settings.cases / "Loan" / "redundancy-letter.pdf").read_bytes() + b"%another scan\n"
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf},
                    files=[("files", ("IMG_7 (1).pdf", photo, "application/pdf")),
                           ("files", ("IMG_7.pdf", photo, "application/pdf"))])
    assert (settings.cases / "Loan" / "IMG_7.pdf").is_file() and not (settings.cases / "Loan" / "IMG_7 (1).pdf").exists()
    assert "“IMG_7 (1).pdf”未添加：它与本案件中已有的“IMG_7.pdf”是同一个文件" in _text(r.text)
    # removed, then put back where it was
    r = client.post("/case/Loan/remove", data={"csrf": web.csrf, "path": "IMG_7.pdf"})
    assert not (settings.cases / "Loan" / "IMG_7.pdf").exists() and "放回" in _text(r.text)
    assert 'id="removed"' in r.text and 'value="IMG_7.pdf"' in r.text
    r = client.post("/case/Loan/restore", data={"csrf": web.csrf, "path": "IMG_7.pdf"})
    assert (settings.cases / "Loan" / "IMG_7.pdf").read_bytes() == photo and "已放回" in _text(r.text)
    assert 'id="removed"' not in r.text and not (settings.cases / "Loan" / ".removed").exists()
    r = client.post("/case/Loan/restore", data={"csrf": web.csrf, "path": "../packet.toml"})
    assert "没有移动任何文件" in _text(r.text) and (settings.cases / "Loan" / "packet.toml").is_file()


def test_an_email_draft_without_a_to_address_is_said(site, monkeypatch):  # noqa: F811
    """`packet build --eml` warned that the draft had no To:; the page said nothing."""
    settings, client, web = site
    _enter(settings, client)
    monkeypatch.setattr(web.jobs, "submit", lambda *a, **k: None)
    toml = settings.cases / "Loan" / "packet.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('email = "hardship@northfield-credit.example"', 'email = ""'),
                    encoding="utf-8")
    (settings.cases / "Loan-packet.pdf").write_bytes(b"%PDF-1.4\n")
    eml = settings.cases / "Loan-packet.eml"
    eml.write_bytes(b"From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n")
    page = client.get("/case/Loan").text
    assert 'id="no-to"' in page and "no “To:” address" in page
    eml.write_bytes(b"From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\n\r\nbody\r\n")
    assert 'id="no-to"' not in client.get("/case/Loan").text


def test_a_past_plan_and_the_kept_sent_copy_on_the_page_s_terms(tmp_path):
    """The page's words for a plan whose first payment has passed name its own form, not packet.toml; deleting a
    case deletes the sent copies a rebuild kept beside it too."""
    import packet

    folder = tmp_path / "Loan"
    folder.mkdir()
    packet.init_case(folder, "zh", {"name": "张伟", "outstanding": "20000", "monthly_payment": "500",
                                    "first_payment": "2026-01-15"})
    case = packet.open_case(folder)[0]
    said = packet.describe_need("plan.first_payment", "zh", case, surface="page")
    assert "2026-01-15" in said and "申请内容和还款计划" in said and "packet.toml" not in said, said
    assert "packet.toml" in packet.describe_need("plan.first_payment", "zh", case)  # the terminal's words kept
    kept = tmp_path / "Loan-packet-sent-2026-11-20.pdf"
    kept.write_bytes(b"%PDF-1.4\n")
    (tmp_path / "Loan-other-sent-2026-11-20.pdf").write_bytes(b"%PDF-1.4\n")  # not this case's
    assert packet.kept_sent_files(folder) == [kept]
    packet.delete_case(folder)
    assert not kept.exists() and (tmp_path / "Loan-other-sent-2026-11-20.pdf").exists()
