"""The HTTP layer of ``packet serve`` (Starlette's TestClient, and real listeners on the loopback range for
the phone page): the secret, CSRF and cross-site refusals, upload names and sizes, what is served."""

from __future__ import annotations

import http.client
import re
import shutil
import time
from datetime import date
from pathlib import Path

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
    web.jobs.shutdown()


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
    assert "Saved in packet.toml" in r.text
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
    assert "Saved in packet.toml" in r.text
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
    r = client.post("/case/Loan/delete", data={"csrf": web.csrf, "confirm": "wrong"})
    assert r.status_code == 400 and (settings.cases / "Loan").is_dir()
    r = client.post("/case/Loan/delete", data={"csrf": web.csrf, "confirm": "Loan"})
    assert r.status_code == 200
    assert sorted(p.name for p in settings.cases.iterdir()) == ["Loaner-packet.pdf"]


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
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
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
