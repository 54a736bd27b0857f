"""The HTTP layer of ``packet serve`` (Starlette's TestClient, and real listeners on the loopback range for
the phone page): the secret, CSRF and cross-site refusals, upload names and sizes, what is served."""

from __future__ import annotations

import http.client
import re
import shutil
import time
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

import packet.web.app as webapp
from packet.web import Server, Settings, create_apps
from packet.web.guard import BadName, safe_name
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "en-job-loss"


@pytest.fixture
def site(tmp_path):
    cases = tmp_path / "cases"
    shutil.copytree(SAMPLE, cases / "Loan", ignore=shutil.ignore_patterns("packet.toml"))
    (cases / "Loan" / "packet.toml").write_text((SAMPLE / "packet.toml").read_text(encoding="utf-8"), encoding="utf-8")
    settings = Settings(cases=cases, as_of=date(2026, 11, 20))
    app, phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    yield settings, client, web
    web.jobs.shutdown(wait=True)


def test_jobs_shutdown_can_wait_for_the_running_job(tmp_path):
    """``Jobs.shutdown(wait=True)`` returns once the running check has ended (the web tests' fixtures use it, so that
    no test's check reads pages on into the next test); the default leaves it running, as a stopping server does."""
    from packet.web.jobs import Jobs

    cases = tmp_path / "cases"
    shutil.copytree(SAMPLE, cases / "Loan")
    jobs = Jobs(cases, as_of=date(2026, 11, 20), jobs=1)
    job = jobs.submit("Loan", "check", "en")
    queued = jobs.submit("Other", "check", "en")  # behind the first: cancelled, never run
    jobs.shutdown(wait=True)
    assert job.state == "done" and jobs.runs["Loan"].report.documents, job
    assert queued.state == "queued"


def _enter(settings, client):
    r = client.get(f"/?s={settings.secret}", follow_redirects=False)
    assert r.status_code == 303 and "s=" not in r.headers["location"]
    assert "httponly" in r.headers["set-cookie"].lower() and "samesite=strict" in r.headers["set-cookie"].lower()
    client.get(r.headers["location"])


def test_no_secret_no_page(site):
    settings, client, _web = site
    for path in ("/", "/new", "/case/Loan", "/static/style.css", "/case/Loan/file/Loan-packet.pdf"):
        r = client.get(path)
        assert r.status_code == 403, path
        assert "packet serve" in r.text  # says how to get in
    assert client.get("/?s=wrong-secret").status_code == 403
    assert client.post("/new", data={"folder": "x"}).status_code == 403
    _enter(settings, client)
    assert client.get("/").status_code == 200


def test_host_must_be_the_loopback_address(site):
    settings, client, _web = site
    _enter(settings, client)
    assert client.get("/", headers={"host": "evil.example"}).status_code == 421  # a rebinding page cannot read it


def test_cross_site_posts_are_refused(site):
    settings, client, web = site
    _enter(settings, client)
    form = {"csrf": web.csrf, "folder": "New", "name": "A"}
    r = client.post("/new", data=form, headers={"origin": "http://evil.example"})
    assert r.status_code == 403 and "another site" in r.text
    r = client.post("/new", data=form, headers={"sec-fetch-site": "cross-site"})
    assert r.status_code == 403
    r = client.post("/new", data={**form, "csrf": "guess"})
    assert r.status_code == 403
    assert not (settings.cases / "New").exists()
    r = client.post("/new", data=form, headers={"origin": "http://127.0.0.1:8765"})
    assert r.status_code == 200 and (settings.cases / "New" / "packet.toml").is_file()


def test_new_case_messages_beside_the_field(site):
    settings, client, web = site
    _enter(settings, client)
    r = client.post("/new", data={"csrf": web.csrf, "folder": "B", "name": "A", "outstanding": "lots",
                                  "first_payment": "2027-02-30"})
    assert r.status_code == 400
    errors = dict(re.findall(r'<p class="error" id="e-([a-z_]+)">([^<]+)</p>', r.text))
    assert set(errors) == {"outstanding", "first_payment"} and "100.00" in errors["outstanding"]
    assert not (settings.cases / "B").exists()
    r = client.post("/new", data={"csrf": web.csrf, "folder": "../B", "name": "A"})
    assert r.status_code == 400 and 'id="e-folder"' in r.text
    assert not (settings.cases.parent / "B").exists()


def _notice(web, location: str) -> str:
    """What the page the redirect ``location`` names is to say (kept by the server under its ``n`` key: the
    address carries no text)."""
    key = parse_qs(urlsplit(location).query).get("n", [""])[0]
    said = [x for v in web.notices_by_key(key).values() for x in v]
    # a form's problems are kept by field ({"applicant.email": "…"}): their texts
    return " ".join(" ".join(map(str, x.values())) if isinstance(x, dict) else x for x in said)


def test_a_page_shows_no_text_taken_from_its_address(site):
    """A new user's trial: ?refused=<any sentence> was shown on the case page word for word, so a link could make
    packet's page say anything. Notices are kept by the server; the address names them by a random key."""
    settings, client, web = site
    _enter(settings, client)
    page = client.get("/case/Loan?refused=Call+0900+123456+now&msg=Your+case+is+closed&added=x.pdf&warn=pay+us").text
    for text in ("Call 0900 123456 now", "Your case is closed", "pay us"):
        assert text not in page, text
    r = client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "contact", "summary": "Called."},
                    follow_redirects=False)
    assert r.status_code == 303 and "Called" not in r.headers["location"] and "Added" not in r.headers["location"]
    assert "Added to the log." in _notice(web, r.headers["location"])
    assert "Added to the log." in client.get(r.headers["location"]).text


def test_a_monthly_payment_without_its_date_or_amount_owed_is_said_beside_the_fields(site):
    """A new user's trial: owed and per month given, no start date: the form wrote the amount as a comment in
    packet.toml without a word, and the letter asked for 'an affordable plan' with no figure."""
    settings, client, web = site
    _enter(settings, client)
    r = client.post("/new", data={"csrf": web.csrf, "folder": "P", "name": "A", "lender": "Northfield Credit Ltd",
                                  "outstanding": "4,820", "monthly_payment": "100"})
    assert r.status_code == 400
    errors = dict(re.findall(r'<p class="error" id="e-([a-z_]+)">([^<]+)</p>', r.text))
    assert set(errors) == {"first_payment"} and "monthly payment" in errors["first_payment"], errors
    assert not (settings.cases / "P").exists()
    r = client.post("/new", data={"csrf": web.csrf, "folder": "P", "name": "A", "lender": "Northfield Credit Ltd",
                                  "outstanding": "4,820", "monthly_payment": "100", "first_payment": "2027-01-15"})
    assert r.status_code == 200 and 'monthly_payment = "100.00"' in (settings.cases / "P" / "packet.toml").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("name", ["../evil.pdf", "..\\evil.pdf", "/tmp/evil.pdf", "sub/evil.pdf", "evil\x00.pdf",
                                  "evil\x1b[31m.pdf", ".hidden.pdf", "packet.toml", "evil.exe", "..", ""])
def test_odd_upload_names_are_refused(site, name):
    settings, client, web = site
    _enter(settings, client)
    before = sorted(p.name for p in settings.cases.rglob("*"))
    # the multipart body as a browser (or an attacker) writes it, byte for byte: no client library tidies the name
    body, ctype = _multipart({"csrf": web.csrf}, [(name, b"%PDF-1.4\n")])
    r = client.post("/case/Loan/upload", content=body, headers={"content-type": ctype})
    assert r.status_code == 200
    if name:
        assert "refused" in r.text
    assert sorted(p.name for p in settings.cases.rglob("*")) == before
    assert not (settings.cases.parent / "evil.pdf").exists() and not Path("/tmp/evil.pdf").exists()


def test_a_windows_full_path_keeps_only_its_name(site):
    """Old browsers sent C:\\…\\name; the multipart parser keeps the name alone (python-multipart's documented
    IE workaround), so the file lands in the case folder under that name and nowhere else."""
    settings, client, web = site
    _enter(settings, client)
    body, ctype = _multipart({"csrf": web.csrf}, [("C:\\Users\\x\\evil.pdf", b"%PDF-1.4\n")])
    client.post("/case/Loan/upload", content=body, headers={"content-type": ctype})
    assert (settings.cases / "Loan" / "evil.pdf").is_file()
    assert not any("\\" in p.name or ":" in p.name for p in settings.cases.rglob("*"))


def test_safe_names():
    assert safe_name("Scan 12:30?.PDF") == "Scan 12_30_.PDF"
    assert safe_name("工资单　九月.jpg") == "工资单　九月.jpg"
    long = safe_name("x" * 300 + ".pdf")
    assert len(long) <= 120 and long.endswith(".pdf")
    with pytest.raises(BadName) as bad:
        safe_name("../x.pdf")
    assert bad.value.reason == "path"


def test_upload_copies_under_a_new_name_never_over_a_file(site):
    settings, client, web = site
    _enter(settings, client)
    data = (SAMPLE / "redundancy-letter.pdf").read_bytes()
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf},
                    files=[("files", ("redundancy-letter.pdf", b"%PDF-other", "application/pdf"))])
    assert r.status_code == 200
    assert (settings.cases / "Loan" / "redundancy-letter.pdf").read_bytes() == data  # untouched
    assert (settings.cases / "Loan" / "redundancy-letter (2).pdf").read_bytes() == b"%PDF-other"


def test_oversized_upload_gets_a_clear_message(site, monkeypatch):
    settings, client, web = site
    _enter(settings, client)
    monkeypatch.setattr(webapp, "MAX_FILE", 1000)
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf}, files=[("files", ("big.pdf", b"%PDF" + b"0" * 5000, "application/pdf"))])
    assert r.status_code == 200 and "big.pdf" in r.text and "more than the" in r.text and "MB a file may be" in r.text
    assert not (settings.cases / "Loan" / "big.pdf").exists()
    monkeypatch.setattr(webapp, "MAX_REQUEST", 2000)
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf}, files=[("files", ("big.pdf", b"0" * 5000, "application/pdf"))])
    assert r.status_code == 413 and "a few at a time" in r.text
    monkeypatch.setattr(webapp, "MAX_FILES", 2)
    files = [("files", (f"p{i}.pdf", b"%PDF", "application/pdf")) for i in range(3)]
    r = client.post("/case/Loan/upload", data={"csrf": web.csrf}, files=files)
    assert "At most 2 files" in r.text and not (settings.cases / "Loan" / "p0.pdf").exists()


def test_nothing_outside_the_cases_folder_is_served(site, tmp_path):
    settings, client, _web = site
    _enter(settings, client)
    (tmp_path / "secret.pdf").write_bytes(b"%PDF secret")
    (settings.cases / "Loan-packet.pdf").write_bytes(b"%PDF built")
    assert client.get("/case/Loan/file/Loan-packet.pdf").content == b"%PDF built"
    for path in ("/case/Loan/file/..%2F..%2Fsecret.pdf", "/case/Loan/file/%2E%2E%2Fsecret.pdf", "/case/..%2F/file/secret.pdf",
                 "/case/Loan/file/redundancy-letter.pdf", "/case/Loan/file/packet.toml", "/static/../app.py",
                 "/case/Loan/page.png?path=../../secret.pdf&page=1"):
        r = client.get(path)
        assert r.status_code == 404 and b"secret" not in r.content, path


def test_correction_written_to_fields_and_read_back(site):
    settings, client, web = site
    _enter(settings, client)
    web.jobs.submit("Loan", "check", "en")
    while web.jobs.busy("Loan"):
        time.sleep(0.2)
    rel = "payslips/payslip-sep-2026-scan.png"
    r = client.get("/case/Loan/doc", params={"path": rel, "field": "net_pay"})
    assert r.status_code == 200 and 'id="v-net_pay"' in r.text
    png = client.get("/case/Loan/page.png", params={"path": rel, "page": 1, "w": 300})
    assert png.headers["content-type"] == "image/png" and png.content[:4] == b"\x89PNG"
    r = client.post("/case/Loan/field", data={"csrf": web.csrf, "path": rel, "field": "net_pay", "value": "2310.45"})
    assert "Saved." in r.text and "packet.toml" not in " ".join(_alerts(r.text) + re.findall(r"role=\"status\">([^<]+)", r.text))
    toml = (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8")
    assert "# Hardship application: Daniel Okafor" in toml  # the user's comments kept
    assert f'[fields."{rel}"]\nnet_pay = "2310.45"' in toml
    while web.jobs.busy("Loan"):
        time.sleep(0.2)
    doc = next(d for d in web.jobs.runs["Loan"].report.documents if d.document.rel == rel)
    assert doc.fields["net_pay"] == "2310.45"
    r = client.post("/case/Loan/field", data={"csrf": web.csrf, "path": rel, "field": "Net Pay", "value": "1"})
    assert "is not a field name" in r.text
    r = client.post("/case/Loan/field", data={"csrf": web.csrf, "path": "../x.pdf", "field": "net_pay", "value": "1"})
    assert r.status_code == 404
    assert (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8").count("[fields.") == 1


def test_a_document_packet_could_not_tell_can_be_given_its_type(site):
    """The case page offers an unrecognised file the types to choose from; the choice goes into [files] of
    packet.toml (comments kept), the next check reads the file as that type, a blank choice withdraws it, and an
    unknown type is refused with the case-file message while packet.toml stays as it was."""
    from fixtures_reading import text_pdf

    settings, client, web = site
    _enter(settings, client)
    folder = settings.cases / "Loan"
    rel = "photos/IMG 0412.pdf"
    text_pdf(folder / rel, [["Thank you for your order", "Ref 55-1"]])

    def checked():
        web.jobs.submit("Loan", "check", "en")
        while web.jobs.busy("Loan"):
            time.sleep(0.2)
        return next(d for d in web.jobs.runs["Loan"].report.documents if d.document.rel == rel)

    assert checked().type == "other"
    page = client.get("/case/Loan").text
    assert "too hard to read to tell" in page and 'action="/case/Loan/type"' in page
    assert '<option value="payslip"' in page
    r = client.post("/case/Loan/type", data={"csrf": web.csrf, "path": rel, "type": "payslip"})
    assert "Saved." in r.text and "packet.toml" not in " ".join(_alerts(r.text) + re.findall(r"role=\"status\">([^<]+)", r.text))
    toml = (folder / "packet.toml").read_text(encoding="utf-8")
    assert "# Hardship application: Daniel Okafor" in toml and f'"{rel}" = "payslip"' in toml
    while web.jobs.busy("Loan"):
        time.sleep(0.2)
    assert checked().type == "payslip"
    r = client.post("/case/Loan/type", data={"csrf": web.csrf, "path": rel, "type": "bank_statment"})
    assert "is not a document type" in r.text
    assert (folder / "packet.toml").read_text(encoding="utf-8") == toml
    client.post("/case/Loan/type", data={"csrf": web.csrf, "path": rel, "type": ""})
    assert "[files]" not in (folder / "packet.toml").read_text(encoding="utf-8")
    assert client.post("/case/Loan/type", data={"csrf": "guess", "path": rel, "type": "payslip"}).status_code == 403


def test_delete_removes_the_case_and_what_was_built(site):
    settings, client, web = site
    _enter(settings, client)
    (settings.cases / "Loan-packet.pdf").write_bytes(b"%PDF")
    (settings.cases / "Loan-packet.eml").write_bytes(b"x")
    (settings.cases / "Loaner-packet.pdf").write_bytes(b"%PDF")  # another case's: kept
    r = client.post("/case/Loan/delete", data={"csrf": web.csrf, "confirm": "wrong"}, follow_redirects=False)
    assert r.status_code == 303 and "/case/Loan/delete?n=" in r.headers["location"]  # Back needs no resubmission
    r = client.get(r.headers["location"])
    assert r.status_code == 400 and "name exactly to delete it" in r.text and (settings.cases / "Loan").is_dir()
    r = client.post("/case/Loan/delete", data={"csrf": web.csrf, "confirm": "Loan"})
    assert r.status_code == 200
    assert sorted(p.name for p in settings.cases.iterdir()) == ["Loaner-packet.pdf"]
    assert "“Loan” and its documents were deleted" in r.text  # the list says so (a trial saw nothing said)
    assert "Loan" not in str(r.url)  # what the page says comes from the server, not from its address


def test_pages_follow_the_browser_language_and_the_switch(site):
    settings, client, _web = site
    _enter(settings, client)
    assert "您的案件" in client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"}).text
    assert "Your cases" in client.get("/", headers={"accept-language": "en-GB"}).text
    client.get("/lang/zh?next=/")
    assert "您的案件" in client.get("/", headers={"accept-language": "en-GB"}).text
    assert client.get("/lang/en?next=//evil.example", follow_redirects=False).headers["location"] == "/"


# --- the phone's page, on the loopback range only (127.0.0.2: never a private or public address) ----------

def _http(host: str, port: int, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.request(method, path, body=body, headers={"Host": f"{host}:{port}", **(headers or {})})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data.decode("utf-8", "replace")


def _multipart(fields: dict, files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----packettest"
    out = b""
    for k, v in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
    for name, data in files:
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{quoted}"\r\n'
                f"Content-Type: image/png\r\n\r\n").encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.fixture
def lan_server(tmp_path):
    cases = tmp_path / "cases"
    (cases / "Loan").mkdir(parents=True)
    srv = Server(Settings(cases=cases, as_of=date(2026, 11, 20), lan="127.0.0.2", phone_ttl=60))
    srv.start()
    yield srv
    srv.stop()
    srv.web.jobs.shutdown(wait=True)  # the check the phone's upload started ends here, not in the next test


def test_phone_page_works_once_then_refuses(lan_server):
    srv = lan_server
    lan, port = "127.0.0.2", srv.settings.lan_port
    token = srv.web.phone.issue("Loan")
    status, page = _http(lan, port, "GET", f"/p/{token}")
    assert status == 200 and 'type="file"' in page and "/tmp" not in page  # no paths shown to the phone
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    body, ctype = _multipart({"csrf": csrf}, [("IMG_0001.png", (SAMPLE / "payslips" / "payslip-sep-2026-scan.png").read_bytes())])
    status, page = _http(lan, port, "POST", f"/p/{token}", body, {"Content-Type": ctype})
    assert status == 200 and "IMG_0001.png" in page
    assert (srv.settings.cases / "Loan" / "IMG_0001.png").is_file()
    body2, ctype2 = _multipart({"csrf": csrf}, [("IMG_0002.png", b"\x89PNG")])
    status, page = _http(lan, port, "POST", f"/p/{token}", body2, {"Content-Type": ctype2})
    assert status == 403 and "expired" in page
    assert _http(lan, port, "GET", f"/p/{token}")[0] == 403
    assert not (srv.settings.cases / "Loan" / "IMG_0002.png").exists()


def test_phone_token_expires(lan_server):
    srv = lan_server
    token = srv.web.phone.issue("Loan")
    srv.web.phone.expire_all()
    assert _http("127.0.0.2", srv.settings.lan_port, "GET", f"/p/{token}")[0] == 403


def test_phone_listener_serves_nothing_but_the_upload(lan_server):
    srv = lan_server
    lan, port = "127.0.0.2", srv.settings.lan_port
    secret = srv.settings.secret
    for path in ("/", f"/?s={secret}", "/case/Loan", "/new", "/static/style.css", "/static/app.js",
                 "/case/Loan/file/x.pdf", "/p/", "/p/not-a-token/../../case/Loan"):
        status, page = _http(lan, port, "GET", path)
        assert status in (403, 404), path
        assert "Loan" not in page or path.startswith("/p/")
    # and the page's own listener stays on 127.0.0.1
    status, _ = _http("127.0.0.1", srv.port, "GET", f"/?s={secret}")
    assert status == 303


def test_without_lan_nothing_answers_on_127_0_0_2(tmp_path):
    srv = Server(Settings(cases=tmp_path))
    srv.start()
    try:
        assert _http("127.0.0.1", srv.port, "GET", "/")[0] == 403  # it is running, and wants its key
        with pytest.raises(ConnectionRefusedError):
            _http("127.0.0.2", srv.port, "GET", "/")
    finally:
        srv.stop()


def test_packet_serve_prints_the_address_with_its_secret(tmp_path):
    """The command itself: makes the cases folder, binds 127.0.0.1, prints the address with its key, wants
    the key on every request, stops on Ctrl-C with exit 0."""
    import os
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "LC_ALL": "C.UTF-8"}
    proc = subprocess.Popen([sys.executable, "-m", "packet", "serve", str(tmp_path / "cases"), "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            # Ctrl-C as at a terminal: a test runner's worker may ignore SIGINT, and an ignored signal
                            # stays ignored in its children (the build then finished, and serve never stopped)
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        shown = "".join(proc.stdout.readline() for _ in range(3))
        m = re.search(r"http://127\.0\.0\.1:(\d+)(/\?s=[\w-]+)", shown)
        assert m, shown
        assert (tmp_path / "cases").is_dir() and str(tmp_path / "cases") in shown
        port = int(m.group(1))
        assert _http("127.0.0.1", port, "GET", "/")[0] == 403
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", m.group(2), headers={"Host": f"127.0.0.1:{port}"})
        r = conn.getresponse()
        r.read()
        cookie = r.getheader("set-cookie").split(";")[0]
        assert r.status == 303
        assert _http("127.0.0.1", port, "GET", "/", headers={"Cookie": cookie})[0] == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()  # never leave a server running after the test, whatever failed
            proc.communicate()
            raise
    assert proc.returncode == 0, err
    assert "Stopped" in out


# --- a case folder that cannot be written to; the page's own controls; the new-case form's words ----------

def _unwritable(folder: Path, code: int):
    """Every write into ``folder`` raises OSError(``code``), as on a read-only share or a full disk: Python's
    ``open`` for writing and ``os.open``/``os.link``/``os.replace`` with a path inside it (root ignores chmod)."""
    import builtins
    import contextlib
    import errno
    import os
    from unittest import mock

    inside = str(folder.resolve())
    real_open, real_osopen, real_link, real_replace = builtins.open, os.open, os.link, os.replace

    def fail(path):
        raise OSError(code, os.strerror(code), str(path))

    def in_it(path) -> bool:
        return isinstance(path, (str, Path)) and str(Path(path).resolve()).startswith(inside)

    def opened(f, mode="r", *a, **k):
        if in_it(f) and any(ch in mode for ch in "wxa+"):
            fail(f)
        return real_open(f, mode, *a, **k)

    def os_opened(f, flags, *a, **k):
        if in_it(f) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            fail(f)
        return real_osopen(f, flags, *a, **k)

    def linked(src, dst, *a, **k):
        if in_it(dst):
            fail(dst)
        return real_link(src, dst, *a, **k)

    def replaced(src, dst, *a, **k):
        if in_it(dst):
            fail(dst)
        return real_replace(src, dst, *a, **k)

    stack = contextlib.ExitStack()
    for target, new in (("builtins.open", opened), ("os.open", os_opened), ("os.link", linked),
                        ("os.replace", replaced)):
        stack.enter_context(mock.patch(target, new))
    assert errno.errorcode[code]
    return stack


def _alerts(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", m) for m in re.findall(r'class="[^"]*\bbad\b[^"]*"[^>]*>([^<]*)<', html)]


@pytest.mark.parametrize("code,lang,says", [
    (30, "en", ("read-only", "Copy the cases folder")),  # EROFS
    (13, "zh", ("没有在文件夹", "复制到您可以写入的位置")),  # EACCES
    (28, "en", ("disk that holds the folder", "Free some space")),  # ENOSPC
])
def test_a_folder_that_cannot_be_written_to_is_said_so_never_a_server_error(site, code, lang, says):
    """Adding a photo, a log entry, a correction, a document type or a new case into a folder whose writes fail
    (read-only, no permission, disk full) answers with the case's page (or the form) saying why, in the page's
    language, and what to do; nothing is left behind and the page goes on working."""
    settings, client, web = site
    _enter(settings, client)
    client.get(f"/lang/{lang}?next=/")
    folder = settings.cases / "Loan"
    before = sorted(p.name for p in folder.rglob("*"))
    toml = (folder / "packet.toml").read_text(encoding="utf-8")
    rel = "payslips/payslip-sep-2026-scan.png"
    with _unwritable(settings.cases, code):
        answers = {
            "upload": client.post("/case/Loan/upload", data={"csrf": web.csrf},
                                  files=[("files", ("IMG_0002.jpg", b"\xff\xd8\xff\xe0", "image/jpeg"))]),
            "log": client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "contact", "summary": "Called."}),
            "reply": client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "reply", "kind": "other"}),
            "type": client.post("/case/Loan/type", data={"csrf": web.csrf, "path": rel, "type": "payslip"}),
            "new": client.post("/new", data={"csrf": web.csrf, "folder": "Other", "name": "A"}),
        }
        field = client.post("/case/Loan/field", data={"csrf": web.csrf, "path": rel, "field": "net_pay",
                                                       "value": "1"}, follow_redirects=False)
    for what, r in answers.items():
        assert r.status_code in (200, 400), (what, r.status_code)
        said = " ".join(_alerts(r.text))
        assert all(s in said for s in says), (what, said)
    assert field.status_code == 303 and all(s in _notice(web, field.headers["location"]) for s in says)
    assert sorted(p.name for p in folder.rglob("*")) == before  # no stray .upload or .lock file
    assert (folder / "packet.toml").read_text(encoding="utf-8") == toml
    assert not (settings.cases / "Other").exists()
    r = client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "contact", "summary": "Called again."})
    assert "Called again." in r.text  # writable again: the same page works


def test_a_read_only_mount_is_said_so(site):
    """The same on a real read-only bind mount of the cases folder (only where this process may mount: root
    with CAP_SYS_ADMIN; skipped elsewhere)."""
    import os
    import subprocess

    settings, client, web = site
    cases = str(settings.cases)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a bind mount needs root")
    if subprocess.run(["mount", "--bind", cases, cases], capture_output=True).returncode:
        pytest.skip("this process may not mount")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", cases], capture_output=True).returncode:
            pytest.skip("this process may not remount read-only")
        _enter(settings, client)
        r = client.post("/case/Loan/upload", data={"csrf": web.csrf},
                        files=[("files", ("IMG_0002.jpg", b"\xff\xd8\xff\xe0", "image/jpeg"))])
        assert r.status_code == 200 and "read-only" in " ".join(_alerts(r.text))
        r = client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "contact", "summary": "Called."})
        assert r.status_code == 200 and "read-only" in " ".join(_alerts(r.text))
    finally:  # lazy: detached at once even while a file under it is still open
        subprocess.run(["umount", "-l", cases], check=True)


def test_the_next_step_names_the_page_s_controls_not_commands(site):
    """At every stage of a request (not built, built, sent, no reply in time, refused, accepted) the next step the
    page shows names the page's own controls; the command line's words (``packet sent DIR`` …) stay as they were."""
    from datetime import datetime

    import packet

    settings, client, _web = site
    _enter(settings, client)
    folder = settings.cases / "Loan"
    terminal = ("packet sent", "packet log", "packet status", "--")

    def both(today):
        cli = packet.case_status(folder, today)[1].next
        page = {lang: packet.case_status(folder, today, surface="page")[1].next for lang in ("en", "zh")}
        return cli, page

    stages = []
    cli, page = both(date(2026, 11, 1))
    stages.append(("not built", cli, page, "packet sent", "Build the packet"))
    pdf = settings.cases / "Loan-packet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    cli, page = both(date(2026, 11, 1))
    stages.append(("built", cli, page, "packet sent", "I have sent it"))
    r = client.get("/case/Loan", headers={"accept-language": "en"})
    assert "“I have sent it” below" in r.text and "packet sent" not in r.text
    assert "“我已经发送”" in client.get("/case/Loan", headers={"accept-language": "zh"}).text
    packet.record_sent(folder, pdf, via="email", at=datetime(2026, 11, 2, 10, 0))
    cli, page = both(date(2026, 11, 5))
    stages.append(("sent", cli, page, "packet log", "Record a call, message or letter"))
    cli, page = both(date(2027, 3, 1))
    stages.append(("no reply", cli, page, "packet status", "Write the follow-up letter"))
    packet.log_reply(folder, at=datetime(2026, 11, 20, 9, 0), kind="accepted")
    cli, page = both(date(2026, 11, 21))
    stages.append(("accepted", cli, page, "packet log", "Record a call, message or letter"))
    for stage, cli, page, command, control in stages:
        assert command in cli, (stage, cli)
        assert control in page["en"], (stage, page["en"])
        for lang, text in page.items():
            assert not any(w in text for w in terminal), (stage, lang, text)


def test_the_new_case_form_speaks_the_page_s_language(site):
    """The new-case form's labels are a form's (no "1 …, 2 …" numbering, no "type a number or words"), and its
    drop-downs show words in the page's language while posting the case file's codes."""
    settings, client, web = site
    _enter(settings, client)
    for lang in ("zh", "en"):
        html = client.get("/new", headers={"accept-language": lang}).text
        labels = " ".join(re.findall(r"<label[^>]*>([^<]*)</label>", html))
        assert "输入数字或文字" not in labels and not re.search(r"\b1 \w", labels), labels
        options = dict(re.findall(r'<option value="([a-z-]+)"[^>]*>([^<]*)</option>', html))
        for code in ("unemployment", "medical", "income-drop", "other", "stop", "reduce"):
            shown = options[code]
            assert shown.strip().lower() != code and f"（{code}）" not in shown, (lang, code, shown)
            assert bool(re.search(r"[\u4e00-\u9fff]", shown)) == (lang == "zh"), (lang, code, shown)
    r = client.post("/new", data={"csrf": web.csrf, "folder": "Zh", "name": "王芳", "language": "zh",
                                  "hardship": "medical", "kind": "stop"})
    toml = (settings.cases / "Zh" / "packet.toml").read_text(encoding="utf-8")
    assert r.status_code == 200 and 'hardship = "medical"' in toml and 'kind = "stop"' in toml


def test_a_build_where_nothing_can_be_written_says_so_in_the_page_s_words(site):
    """A build whose packet cannot be written next to the case (a read-only cases folder) fails with the page's
    message (what happened, what to do), never the command line's "choose another place with -o"."""
    settings, client, web = site
    _enter(settings, client)
    with _unwritable(settings.cases, 30):
        web.jobs.submit("Loan", "build", "en", force=True, eml=True)
        while web.jobs.busy("Loan"):
            time.sleep(0.2)
    job = web.jobs.state("Loan")
    assert job.state == "failed" and "read-only" in job.error and "Copy the cases folder" in job.error, job.error
    assert " -o" not in job.error
    assert not list(settings.cases.glob("*.pdf"))
    assert "Copy the cases folder" in client.get("/case/Loan").text


def test_recording_the_same_sending_twice_is_refused_in_the_page_s_words(site):
    """"I have sent it" twice for the same packet, the same day, the same way: the second is refused with a pointer
    to the page's log, not to ``packet log --list`` or ``--again`` (which the page has no control for)."""
    settings, client, web = site
    _enter(settings, client)
    (settings.cases / "Loan-packet.pdf").write_bytes(b"%PDF-1.4\n")
    form = {"csrf": web.csrf, "what": "sent", "via": "email", "at": "2026-11-20T10:00"}
    assert "Added to the log." in client.post("/case/Loan/log", data=form).text
    said = " ".join(_alerts(client.post("/case/Loan/log", data=form).text))
    assert "Already recorded" in said and "Contact with the lender" in said, said
    assert "--" not in said and "packet log" not in said, said
    assert (settings.cases / "Loan" / "packet.toml").read_text(encoding="utf-8").count("[[sent]]") == 1


def test_an_empty_contact_is_refused_in_the_page_s_words(site):
    """The log form sent with nothing written: no empty entry for the lender's appendix, and the page's own words."""
    settings, client, web = site
    _enter(settings, client)
    before = (settings.cases / "Loan" / "packet.toml").read_bytes()
    page = client.post("/case/Loan/log", data={"csrf": web.csrf, "what": "contact", "channel": "chat",
                                               "summary": "  "}).text
    # beside its box, tied to it (aria-describedby), the box marked invalid; what was typed stays (round 21 trial:
    # a general notice at the top, nothing on the field)
    said = re.search(r'<p class="error" id="l-summary-problem">([^<]*)<', page)
    assert said and "Nothing to record" in said.group(1), page[-4000:]
    assert "packet log" not in said.group(1) and "--" not in said.group(1), said.group(1)
    box = re.search(r'<textarea id="l-summary"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in box and 'aria-describedby="l-summary-problem"' in box, box
    assert '<option value="chat" selected>' in page
    assert (settings.cases / "Loan" / "packet.toml").read_bytes() == before


def test_a_locked_pdf_is_opened_with_the_password_typed_on_the_page(site):
    """A new user's trial: a password-protected PDF was told 'Add its password under [passwords] in packet.toml',
    which the page has no control for. Now the page asks for the password, writes it under [passwords] (comments
    kept) and reads the file again with it; an empty password is refused in plain words."""
    from fixtures_reading import text_pdf
    from pypdf import PdfReader, PdfWriter

    settings, client, web = site
    _enter(settings, client)
    folder = settings.cases / "Loan"
    rel = "statements/locked statement.pdf"
    plain = text_pdf(folder / "plain.pdf", [["Northern Bank plc", "Bank statement", "Closing balance 1,428.95"]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("s3cret 9")
    with open(folder / rel, "wb") as fh:
        writer.write(fh)
    plain.unlink()

    def checked():
        web.jobs.submit("Loan", "check", "en")
        while web.jobs.busy("Loan"):
            time.sleep(0.2)
        return web.jobs.runs["Loan"].report

    assert any(e.rel == rel and e.code == "encrypted" for e in checked().errors)
    page = client.get("/case/Loan").text
    assert 'action="/case/Loan/password"' in page and "locked with a password" in page
    assert "[passwords]" not in page  # the page's own control, not packet.toml
    said = " ".join(_alerts(client.post("/case/Loan/password", data={"csrf": web.csrf, "path": rel,
                                                                     "password": ""}).text))
    assert "Type the file" in said and "password, then save" in said, said
    r = client.post("/case/Loan/password", data={"csrf": web.csrf, "path": rel, "password": "s3cret 9"})
    assert "Password kept on this computer only" in r.text and "saved in packet.toml" not in r.text
    toml = (folder / "packet.toml").read_text(encoding="utf-8")
    assert "# Hardship application: Daniel Okafor" in toml and f'[passwords]\n"{rel}" = "s3cret 9"' in toml
    while web.jobs.busy("Loan"):
        time.sleep(0.2)
    report = web.jobs.runs["Loan"].report
    assert not any(e.rel == rel for e in report.errors)
    assert any(d.document.rel == rel and "Northern Bank" in d.document.pages[0].text for d in report.documents)
    r = client.post("/case/Loan/password", data={"csrf": web.csrf, "path": "../outside.pdf", "password": "x"})
    assert r.status_code == 200 and toml == (folder / "packet.toml").read_text(encoding="utf-8")
