"""Round 27's trial of three new users (a 深圳 courier on his phone's browser, a retired Ontario bus driver at a
terminal for the first time, a legal-aid caseworker scripting 40 client folders with ``xargs -P 4``): each failure
they met, fixed, with the test that failed before."""

from __future__ import annotations

import json

import pytest
from fixtures_reading import text_pdf

DRIVER = ('[applicant]\nname = "Walter Kowalczyk"\naddress = "123 Elm Street, Hamilton ON L8P 1A1"\n[lender]\n'
          'name = "Maple Trust Bank"\ncontract_number = "MTG-0042-9981"\n[request]\nlanguage = "en"\n'
          'hardship = "medical"\n[plan]\n# outstanding = ""\n')


def _cli(*args):
    from tests.cli_inprocess import cli

    return cli(*[str(a) for a in args])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_password_line_pasted_without_its_heading_is_told_to_go_under_passwords(tmp_path, lang):
    """Trial 16 (b): told his bank's PDF is password-protected ("Add its password under [passwords] in packet.toml:
    "Maple Trust e-statement (Nov).pdf" = "…""), the driver pasted that line at the end of the template, below
    [plan]. ``check`` then told him the line "says what a file is" and goes under a [files] heading — where it would
    have been refused as no document type. A text value that is no document type is the file's password: the
    message names [passwords]; a type still names [files]; and the first message says to write the heading."""
    case = tmp_path / "Bob's papers"
    name = "Maple Trust e-statement (Nov).pdf"
    text_pdf(case / name, [["Maple Trust Bank", "Chequing Account Statement"]])
    (case / "packet.toml").write_text(DRIVER + f'"{name}" = "K1234"\n', encoding="utf-8")
    said = json.loads(_cli("check", case, "--json", "--lang", lang, "--as-of", "2026-12-02", "--no-cache").stdout)
    assert said["code"] == "case-file"
    message = said["problems"][0]["message"]
    assert "[passwords]" in message and "[files]" not in message, message
    # the same line under [files]: no type, and the message says where a password goes
    (case / "packet.toml").write_text(DRIVER + f'[files]\n"{name}" = "K1234"\n', encoding="utf-8")
    said = json.loads(_cli("check", case, "--json", "--lang", lang, "--as-of", "2026-12-02", "--no-cache").stdout)
    assert "[passwords]" in said["problems"][0]["message"], said
    # a type pasted below [plan] still goes under [files]
    (case / "packet.toml").write_text(DRIVER + f'"{name}" = "bank_statement"\n', encoding="utf-8")
    said = json.loads(_cli("check", case, "--json", "--lang", lang, "--as-of", "2026-12-02", "--no-cache").stdout)
    message = said["problems"][0]["message"]
    assert "[files]" in message and "[passwords]" not in message, message


def test_the_locked_pdf_message_says_to_write_the_passwords_heading(tmp_path):
    """Trial 16 (b): the message for a locked PDF gave only the line, and a template without [passwords] has no
    heading to put it under; it now says to write the heading on a line of its own when there is none."""
    from packet.reading.file_formats import encrypted_message

    for lang, heading in (("en", "write [passwords] on a line"), ("zh", "单独写一行 [passwords]")):
        assert heading in encrypted_message(lang, "a.pdf", wrong=False)


def test_a_folder_typed_or_dragged_in_with_quotes_escapes_or_a_trailing_space_is_found(tmp_path):
    """Trial 16 (b): the driver dragged his folder into the terminal inside quotes he had typed ("…/Bob's papers "
    with the space the drag leaves), typed it in single quotes inside double ones, or kept the backslashes macOS
    Terminal writes (``My\\ Documents``): each was "No such folder" with the folder right there. A name that names
    nothing as given is taken as the one existing folder it was meant to be; two different candidates are no
    guess."""
    case = tmp_path / "My Documents"
    text_pdf(case / "letter.pdf", [["Maple Trust Bank", "Notice of arrears"]])
    for given in (f"{case} ", f"'{case}'", str(case).replace(" ", "\\ "), f"file://{str(case).replace(' ', '%20')}/",
                  f'"{case}"\n'):
        done = _cli("check", given, "--json", "--as-of", "2026-12-02", "--no-cache")
        said = json.loads(done.stdout)
        assert done.returncode == 1 and said["case"] == "My Documents", (given, said)
    # a name that is none of them is still "No such folder"
    done = _cli("check", f"{tmp_path}/My Papers ", "--json", "--no-cache")
    assert done.returncode == 2 and json.loads(done.stdout)["code"] == "no-such-folder"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_folder_name_with_spaces_typed_without_quotes_is_told_to_put_it_in_quotes(tmp_path, monkeypatch, lang):
    """Trial 16 (b): ``packet check My Documents`` said only "Got unexpected extra argument (Documents)" and "Run
    'packet check --help'". When the words joined by spaces name a folder, the hint is the command with the name in
    quotes."""
    (tmp_path / "My Documents").mkdir()
    monkeypatch.chdir(tmp_path)
    done = _cli("--lang", lang, "check", "My", "Documents", "--json")
    said = json.loads(done.stdout)
    assert done.returncode == 2 and said["code"] == "usage"
    assert "packet check 'My Documents'" in said["hint"], said
    assert ("quotes" if lang == "en" else "引号") in said["hint"]


def test_a_document_left_out_is_put_in_the_packet_from_the_page(tmp_path):
    """Trial 16 (a): the courier uses the page only. His lenders' own app screens (what he owes, days overdue) were
    read as "other" and left out of the packet ("not in the packet"), and the page had no way to send them anyway —
    ``check`` tells a terminal to write ``{ include = true }`` under [files]. The page now has "Put it in the packet"
    beside such a document: it writes that line, the next check counts it in, and "Let packet decide again" takes
    it back out."""
    import shutil
    import time
    from datetime import date

    import tomllib
    from starlette.testclient import TestClient
    from test_web import SAMPLE, _enter

    from packet.web import Settings
    from packet.web.app import create_apps

    cases = tmp_path / "cases"
    shutil.copytree(SAMPLE, cases / "Loan")
    settings = Settings(cases=cases, as_of=date(2026, 11, 20))
    app, _phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    try:
        _enter(settings, client)
        rel = "bills/irwell-energy-bill-2026-10.pdf"

        def checked():
            web.jobs.submit("Loan", "check", "en")
            while web.jobs.busy("Loan"):
                time.sleep(0.2)
            return next(d for d in web.jobs.runs["Loan"].report.documents if d.document.rel == rel)

        assert not checked().included
        page = client.get("/case/Loan").text
        assert 'action="/case/Loan/include"' in page and "Put it in the packet" in page
        r = client.post("/case/Loan/include", data={"csrf": web.csrf, "path": rel, "include": "1"})
        assert r.status_code == 200 and "it goes into the packet as it is" in r.text
        toml = (cases / "Loan" / "packet.toml").read_text(encoding="utf-8")
        assert tomllib.loads(toml)["files"][rel] == {"include": True}
        assert "# " in toml  # the file's comments kept (a round-trip edit)
        assert checked().included
        assert "Let packet decide again" in client.get("/case/Loan").text
        client.post("/case/Loan/include", data={"csrf": web.csrf, "path": rel, "include": "0"})
        assert "files" not in tomllib.loads((cases / "Loan" / "packet.toml").read_text(encoding="utf-8"))
        assert not checked().included
    finally:
        web.jobs.shutdown(wait=True)


def test_set_file_include_keeps_a_type_given_and_goes_back_to_the_plain_line(tmp_path):
    """``set_file_include`` on a file whose type [files] gives as a plain line keeps the type in the table, and
    withdrawing it writes the plain line back."""
    import tomllib

    from packet import set_file_include

    case = tmp_path / "case"
    text_pdf(case / "note.pdf", [["Dr A Patel", "To whom it may concern"]])
    (case / "packet.toml").write_text(DRIVER + '[files]\n"note.pdf" = "medical_evidence"  # the GP\'s letter\n',
                                      encoding="utf-8")
    set_file_include(case, "note.pdf", True)
    assert tomllib.loads((case / "packet.toml").read_text(encoding="utf-8"))["files"]["note.pdf"] == {
        "type": "medical_evidence", "include": True}
    set_file_include(case, "note.pdf", None)
    assert tomllib.loads((case / "packet.toml").read_text(encoding="utf-8"))["files"]["note.pdf"] == "medical_evidence"


def test_the_case_page_on_a_390_px_phone_has_touch_sized_controls_and_readable_text(tmp_path):
    """Trial 16 (a): on his phone (390 x 844 CSS px) the courier met a document type list 19 px high and its Save
    button 28 px (13-px text), a 13-px "build anyway" checkbox, 16-px "correct" links, 19-px "← back" and language
    links, a 21-px file picker, and tags and notes in 12.8-13.6 px text. Every list, button and file picker is now at least 44 px high, a checkbox 24 px,
    a "correct", back or language link 24 px, and no tag or note is below 15 px."""
    import shutil
    import time
    from datetime import date

    from test_web import SAMPLE

    web_browser = pytest.importorskip("test_web_browser")  # skips, saying why, without chromium
    from packet.web import Server, Settings

    cases = tmp_path / "cases"
    shutil.copytree(SAMPLE, cases / "Loan")
    srv = Server(Settings(cases=cases, as_of=date(2026, 11, 20)))
    srv.start()
    drv = web_browser.phone(390, 844, 3.0)
    try:
        drv.get(srv.url)
        drv.get(srv.url.split("?")[0] + "lang/en?next=/case/Loan")
        web_browser._wait(drv, 300).until(web_browser._settled)
        time.sleep(0.5)
        found = drv.execute_script("""
          const out = {small: [], text: [], wide: document.documentElement.scrollWidth - window.innerWidth};
          for (const el of document.querySelectorAll('select, button, input[type=file], input[type=checkbox], dd a, a.back, #lang-switch')) {
            const r = el.getBoundingClientRect(); if (!r.width || !r.height) continue;
            const need = el.matches('input[type=checkbox], dd a, a.back, #lang-switch') ? 24 : 44;
            if (r.height < need - 0.5 || r.width < 24) out.small.push([el.outerHTML.slice(0, 80), r.width, r.height]);
          }
          for (const el of document.querySelectorAll('.tag, .small, .notice')) {
            const r = el.getBoundingClientRect(); if (!r.width) continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < 15) out.text.push([el.className, el.textContent.trim().slice(0, 40), px]);
          }
          return out;""")
        assert found["wide"] <= 0, found
        assert not found["small"], found["small"][:8]
        assert not found["text"], found["text"][:8]
        assert drv.find_elements(web_browser.By.CSS_SELECTOR, "form.include button")  # the energy bill, left out
    finally:
        drv.quit()
        srv.stop()


def test_a_packet_of_letter_size_documents_is_printed_on_letter(tmp_path):
    """Trial 16 (b): the Ontario driver's bank statement and his hospital's TIFF scan are US Letter, as is the paper in
    his printer; the packet came out A4, and printed on Letter its foot (every page's exhibit stamp and page number)
    is cropped or the whole page shrunk. Without ``--paper`` the packet is now the paper most of its documents' pages
    are; ``--paper A4`` still decides; documents of neither size (a phone's photo, an A6 slip) leave it A4."""
    from PIL import Image, ImageDraw, ImageFont
    from pypdf import PdfReader

    case = tmp_path / "driver"
    letter = (612.0, 792.0)
    text_pdf(case / "statement.pdf", [["Maple Trust Bank", "Chequing Account Statement", "Walter Kowalczyk",
                                       "Statement period: 2026-10-01 to 2026-10-31", "Closing balance: $987.12"]] * 2,
             size=letter)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    pages = []
    for lines in (["Hamilton General Hospital", "Patient Account Statement", "Patient: Walter Kowalczyk",
                   "Statement date: 2026-11-04", "Total amount due $1,615.00"], ["Page 2 of 2"]):
        im = Image.new("L", (2550, 3300), 255)
        d = ImageDraw.Draw(im)
        for i, line in enumerate(lines):
            d.text((200, 200 + 80 * i), line, fill=0, font=font)
        pages.append(im.convert("1"))
    pages[0].save(case / "scan 0001.tif", save_all=True, append_images=pages[1:], compression="group4", dpi=(300, 300))
    (case / "packet.toml").write_text(DRIVER + '[files]\n"scan 0001.tif" = { include = true }\n', encoding="utf-8")

    def size(*extra):
        out = tmp_path / f"p{len(extra)}.pdf"
        done = _cli("build", case, "--force", "-o", out, "--as-of", "2026-12-02", "--no-cache", "--jobs", "1", *extra)
        assert done.returncode == 0, done.stdout + done.stderr
        return {tuple(round(float(x)) for x in p.mediabox[2:]) for p in PdfReader(out).pages}

    assert size() == {(612, 792)}
    assert size("--paper", "A4") == {(595, 842)}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_home_folder_is_refused_as_a_case(tmp_path, monkeypatch, lang):
    """Trial 16 (b): told "Type it after the command, e.g. packet check ./my-docs", the driver ran ``packet check .``
    where his terminal opened — his home folder — and packet set out to read every photo and download under it. The
    home folder, a folder above it or the top of the disk, without a packet.toml, is refused (exit 2, code usage)
    with the commands that make a case folder; with a packet.toml it is a case as any other."""
    home = tmp_path / "home" / "walter"
    text_pdf(home / "Pictures" / "holiday.pdf", [["Niagara Falls, summer 2026"]])
    monkeypatch.setenv("HOME", str(home))
    for folder in (home, home.parent):
        done = _cli("--lang", lang, "check", folder, "--json", "--no-cache")
        said = json.loads(done.stdout)
        assert done.returncode == 2 and said["code"] == "usage", said
        assert ("home folder" if lang == "en" else "个人主文件夹") in said["error"]
        assert "packet init" in said["hint"] and "packet check" in said["hint"]
    case = home / "Documents" / "Bob's papers"  # a folder below it is a case
    text_pdf(case / "letter.pdf", [["Maple Trust Bank", "Notice of arrears"]])
    assert _cli("check", case, "--json", "--no-cache", "--as-of", "2026-12-02").returncode == 1
    (home / "packet.toml").write_text(DRIVER, encoding="utf-8")  # a packet.toml there: a choice made
    assert _cli("check", home, "--json", "--no-cache", "--as-of", "2026-12-02").returncode == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_folder_with_no_files_says_so_and_how_to_give_the_right_one(tmp_path, lang):
    """Trial 16 (b): ``packet check .`` in a folder holding nothing (the wrong one) said only "(nothing readable
    yet)" over the whole list of what is missing. A folder with no files at all now says so, and that the folder
    holding the documents can be given instead; a folder whose files cannot be read still says "nothing readable"."""
    case = tmp_path / "Downloads"
    case.mkdir()
    done = _cli("--lang", lang, "check", case, "--no-cache", "--as-of", "2026-12-02")
    assert done.returncode == 1
    said = " ".join(done.stdout.split())
    assert ("no files in" if lang == "en" else "还没有任何文件") in said, said
    assert ("packet check FOLDER" if lang == "en" else "packet check 文件夹") in said
    (case / "notes.pdf").write_bytes(b"")  # a file that cannot be read: not "no files"
    said = " ".join(_cli("--lang", lang, "check", case, "--no-cache", "--as-of", "2026-12-02").stdout.split())
    assert ("nothing readable yet" if lang == "en" else "还没有可读取的材料") in said, said


def test_the_no_cache_help_says_what_the_cache_holds_and_where_to_see_it():
    """Trial 16 (c): the caseworker scripting 40 folders read ``packet check --help`` for what the shared cache holds
    and how to clear it; ``--no-cache`` said only "Do not use or fill the OCR cache." It now says what it keeps and
    that ``packet cache`` shows where it is, how big, and clears it."""
    said = " ".join(_cli("check", "--help").stdout.split())
    assert "scanned pages" in said and "packet cache" in said, said


@pytest.mark.parametrize(("country", "size"), [("CA", (612, 792)), ("GB", (595, 842)), (None, (595, 842))])
def test_a_packet_of_photos_and_slips_takes_its_paper_from_the_country(tmp_path, country, size):
    """Trial 16 (b): when no page of the documents is Letter or A4 (phone photos, an A6 slip), an English packet is
    printed on the paper of the case's country ([request] country, as ``init`` asks it; checklists/followup.toml
    [paper]): Letter in Canada or the US, A4 elsewhere or when no country is given."""
    from pypdf import PdfReader

    case = tmp_path / "driver"
    text_pdf(case / "slip.pdf", [["Lakeshore Pharmacy", "Receipt", "Walter Kowalczyk", "TOTAL $126.65"]])
    toml = DRIVER.replace('hardship = "medical"\n', 'hardship = "medical"\n' + (f'country = "{country}"\n' if country else ""))
    (case / "packet.toml").write_text(toml + '[files]\n"slip.pdf" = { include = true }\n', encoding="utf-8")
    out = tmp_path / "p.pdf"
    done = _cli("build", case, "--force", "-o", out, "--as-of", "2026-12-02", "--no-cache", "--jobs", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert {tuple(round(float(x)) for x in p.mediabox[2:]) for p in PdfReader(out).pages} == {size}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_pharmacy_receipt_without_the_patient_is_told_to_ask_the_pharmacy(tmp_path, lang):
    """Trial 16 (b), a known leftover: the driver's pharmacy till receipt names no patient, and ``check`` told him to
    ask "the hospital or clinic (its billing office)" for one that shows it — the wrong counter. Whom to ask for a
    medical bill now names the pharmacy too (checklists/types.toml, medical_bill ``ask``)."""
    case = tmp_path / "driver"
    text_pdf(case / "receipt.pdf", [["Lakeshore Pharmacy", "RECEIPT", "Date: 2026-11-12", "Rx 4471203 Metformin 500mg",
                                     "$18.40", "TOTAL $126.65"]])
    (case / "packet.toml").write_text(DRIVER, encoding="utf-8")
    said = json.loads(_cli("--lang", lang, "check", case, "--json", "--no-cache", "--as-of", "2026-12-02").stdout)
    doc = next(d for d in said["documents"] if d["path"] == "receipt.pdf")
    assert doc["type"] == "medical_bill" and "patient" in doc["missing_fields"], doc
    text = " ".join(m["message"] for m in said["missing"])
    assert ("pharmacy" if lang == "en" else "药店") in text, text
