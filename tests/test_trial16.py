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
