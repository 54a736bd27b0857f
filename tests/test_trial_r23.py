"""What three new users met (round 23's trial: a US homeowner, an Shanghai factory worker on the page, an Irish debt
adviser's scripts), each as a test that failed before its fix. Documents are drawn here as real PDFs, in layouts and
words of their own."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli

AS_OF = "2026-11-20"


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


# --- two bi-weekly pay stubs of one month are two documents ------------------------------------------------------

def _stub(path: Path, start: str, end: str, paid: str, ytd: str) -> None:
    """A US earnings statement as a salaried worker gets every two weeks: the same employer's address and tax
    number, the same hours, pay and deductions each time; only the pay period, the pay date and the year-to-date
    figure change."""
    text_pdf(path, [[
        "Larkspur Home Care, Inc.", "1180 Quarry Bend Rd, Dayton, OH 45402  EIN 31-5520871",
        "EARNINGS STATEMENT", "Employee: Marisol T. Avery", "Employee ID: 20417",
        f"Pay period: {start} - {end}", f"Pay date: {paid}", "Regular 80.00 hrs @ 21.40   1,712.00",
        f"YTD gross {ytd}", "Federal Income Tax 131.26", "Social Security 106.14", "Medicare 24.82",
        "OH State Tax 41.09", "401(k) 51.36", "Gross Pay 1,712.00", "Net Pay 1,357.33",
        "Deposited to checking ******5108",
    ]], size=(612, 792))


def _stub_case(root: Path) -> Path:
    _stub(root / "stub-oct-09.pdf", "09/20/2026", "10/03/2026", "10/09/2026", "32,528.00")
    _stub(root / "stub-oct-23.pdf", "10/04/2026", "10/17/2026", "10/23/2026", "34,240.00")
    (root / "packet.toml").write_text('[applicant]\nname = "Marisol T. Avery"\n[request]\nlanguage = "en"\n'
                                      'hardship = "medical"\n', encoding="utf-8")
    return root


def test_two_bi_weekly_stubs_of_one_month_with_equal_pay_are_both_kept(tmp_path) -> None:
    """Trial r23 (b): the second stub of October was "Same document as … (the same content) … you may delete it",
    left out of the packet: three quarters of the figures (address, tax number, pay, deductions) are on both. The
    pay periods and pay dates differ: two documents."""
    root = _stub_case(tmp_path / "c")
    out = json.loads(_run("check", root, "--json", "--as-of", AS_OF, "--no-cache").stdout)
    docs = {d["path"]: d for d in out["documents"]}
    assert set(docs) == {"stub-oct-09.pdf", "stub-oct-23.pdf"}
    for d in docs.values():
        assert d["type"] == "payslip" and d["fields"]["period"] == "2026-10", d
        assert [p["code"] for p in d["problems"] if p["code"] == "duplicate"] == [], d["problems"]
        assert d["included"] is True


def test_the_same_stub_saved_twice_is_still_one(tmp_path) -> None:
    """The dates rule never makes a copy two: the same stub in another file (other bytes) is a duplicate."""
    root = _stub_case(tmp_path / "c")
    _stub(root / "stub-oct-09 (copy).pdf", "09/20/2026", "10/03/2026", "10/09/2026", "32,528.00")
    text = (root / "stub-oct-09 (copy).pdf").read_bytes()
    (root / "stub-oct-09 (copy).pdf").write_bytes(text + b"\n% saved again\n")
    out = json.loads(_run("check", root, "--json", "--as-of", AS_OF, "--no-cache").stdout)
    dup = {d["path"] for d in out["documents"] if any(p["code"] == "duplicate" for p in d["problems"])}
    assert len(dup) == 1 and dup <= {"stub-oct-09.pdf", "stub-oct-09 (copy).pdf"}, dup


# --- the letter says a family member was treated only when the person said so ----------------------------------

def _bill_case(root: Path, fields: str = "") -> Path:
    text_pdf(root / "bill.pdf", [["Harrowgate General Hospital", "Statement of charges", "Patient name: Owen Pryce",
                                  "Date of service: 11/02/2026", "Amount due: $386.50"]], size=(612, 792))
    text_pdf(root / "letter.pdf", [["Tern Valley Logistics LLC", "Notice of layoff", "Employee: Rhiannon Pryce",
                                    "Date: 10/15/2026", "Your employment ends on 10/15/2026 (position eliminated)."]],
             size=(612, 792))
    (root / "packet.toml").write_text(
        '[applicant]\nname = "Rhiannon Pryce"\nemail = "rp@example.com"\n[lender]\nname = "Hollis Home Loans"\n'
        'contract_number = "HHL-5521"\n[request]\nlanguage = "en"\nhardship = "medical"\n'
        '[files]\n"letter.pdf" = "unemployment_proof"\n' + fields, encoding="utf-8")
    return root


def _letter(root: Path) -> str:
    from pypdf import PdfReader

    out = root.parent / "out.pdf"
    res = _run("build", root, "-o", out, "--as-of", AS_OF, "--force", "--no-cache")
    assert res.exit_code == 0, res.output
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages[:2])


def test_a_patient_only_read_is_not_told_to_the_lender_as_a_family_member(tmp_path) -> None:
    """Trial r23 (b): a hospital bill's heading "Patient Financial Services" was read as the patient "Financial
    Services"; the letter told the mortgage servicer of "a family member's medical treatment" though the applicant
    wrote of her own surgery. A name only read says nothing sure of whose treatment it was: the letter speaks of the
    cost of treatment, and says a family member's once the person has confirmed the patient under [fields]."""
    text = _letter(_bill_case(tmp_path / "read"))
    assert "family member" not in text and "cost of medical treatment has reduced" in text, text
    text = _letter(_bill_case(tmp_path / "confirmed", '[fields."bill.pdf"]\npatient = "Owen Pryce"\n'))
    assert "cost of a family member's medical treatment" in text, text


# --- a month enclosed in a copy that does not count is not "still to follow" as if absent -------------------------

def test_a_month_enclosed_without_a_field_is_followed_by_a_copy_that_shows_it(tmp_path) -> None:
    """Trial r23 (b): the September stub, a phone photo whose net pay was not read, went in as "Exhibit A: Payslip —
    Sep 2026" and the same letter said "Still to follow: Payslip: Sep 2026". The lender is told what will follow: a
    copy that shows the net pay."""
    root = tmp_path / "c"
    for month, net in (("September", None), ("October", "1,357.33")):
        lines = ["Larkspur Home Care, Inc.", "EARNINGS STATEMENT", "Employee: Marisol T. Avery",
                 f"Pay period: {month} 2026", "Gross Pay 1,712.00"] + ([f"Net Pay {net}"] if net else [])
        text_pdf(root / f"stub-{month.lower()}.pdf", [lines], size=(612, 792))
    (root / "packet.toml").write_text(
        '[applicant]\nname = "Marisol T. Avery"\nemail = "ma@example.com"\n[lender]\nname = "Hollis Home Loans"\n'
        'contract_number = "HHL-5521"\n[request]\nlanguage = "en"\nhardship = "income-drop"\n', encoding="utf-8")
    text = _letter(root)
    assert "Exhibit A: Payslip" in text and "Sep 2026" in text, text
    follow = text.split("Still to follow", 1)[1]
    assert "Sep 2026 (a copy that shows the net pay: the one enclosed does not)" in follow, follow


# --- the follow-up says what reply the letter asked for --------------------------------------------------------

def _phone_only_case(root: Path, lang: str) -> Path:
    if lang == "zh":
        text_pdf(root / "证明.pdf", [["解除劳动合同证明", "周秀兰：", "您与本公司的劳动合同于2026年9月30日解除。",
                                      "出具单位：上海申江精密电子有限公司", "日期：2026年9月30日"]], cjk=True)
    else:
        text_pdf(root / "notice.pdf", [["Tern Valley Logistics LLC", "Notice of layoff", "Employee: Rhiannon Pryce",
                                        "Date: 10/15/2026", "Your employment ends on 10/15/2026."]], size=(612, 792))
    name = "周秀兰" if lang == "zh" else "Rhiannon Pryce"
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "{name}"\nphone = "139 1234 5678"\n[lender]\nname = "Hollis Credit"\n'
        f'contract_number = "HC-5521"\n[request]\nlanguage = "{lang}"\nhardship = "unemployment"\n'
        + ('[files]\n"notice.pdf" = "unemployment_proof"\n' if lang == "en" else ""), encoding="utf-8")
    return root


def test_the_follow_up_of_a_letter_that_asked_for_a_call_never_says_it_asked_for_a_written_reply(tmp_path) -> None:
    """Trial r23 (a): a phone-only case's letter asked "…日内致电本人答复"; its follow-up (also a formal complaint)
    told the lender the request had asked for "书面答复" and that no written reply had come. It says what the letter
    sent asked for: a call back."""
    from pypdf import PdfReader

    for lang, asked, never in (("zh", "日内致电本人答复", "书面答复"), ("en", "asked for a call back", "written reply")):
        root = _phone_only_case(tmp_path / lang, lang)
        out = tmp_path / f"{lang}-packet.pdf"
        assert _run("build", root, "-o", out, "--as-of", "2026-11-01", "--force", "--no-cache").exit_code == 0
        res = _run("sent", root, "--file", out, "--via", "email", "--at", "2026-11-01T09:00")
        assert res.exit_code == 0, res.output
        fu = tmp_path / f"{lang}-followup.pdf"
        res = _run("status", root, "--follow-up", "-o", fu, "--as-of", "2026-11-25")
        assert res.exit_code == 0, res.output
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(fu).pages)
        first = text.split("请将本函" if lang == "zh" else "Please treat", 1)[0]  # what was sent and asked, so far
        assert asked in first and never not in first, first


# --- batch --build says what it wrote ---------------------------------------------------------------------------

def test_batch_build_names_each_packet_it_wrote(tmp_path) -> None:
    """Trial r23 (c): an adviser's `packet batch CASES --build` printed the queue and nothing of the packets it had
    written next to the folders; each is named, as `build` names its file."""
    from test_batch import AS_OF as BATCH_AS_OF
    from test_batch import write_case

    cases = tmp_path / "cases"
    write_case(cases / "ready", "Ann Lee")
    write_case(cases / "not-ready", "Cy Diaz", contract=False)
    res = _run("batch", cases, "--as-of", BATCH_AS_OF, "--build")
    assert res.exit_code in (0, 1), res.output
    assert f"Written: {cases / 'ready-packet.pdf'}" in res.output, res.output
    assert "not-ready-packet.pdf" not in res.output


# --- an IBAN typed in lower case is masked like one in capitals -------------------------------------------------

def test_an_iban_typed_in_lower_case_is_masked_in_the_log_and_the_letter(tmp_path) -> None:
    """Trial r23 (c): an adviser's contact note "gave iban ie29 aibk 9311 5212 3456 78" (the IBAN of ISO 13616's
    Irish example, check digits right) was written whole to the log and its JSON, where the same IBAN in capitals
    is masked; so was it in the letter's statement."""
    root = _bill_case(tmp_path / "c")
    typed = "ie29 aibk 9311 5212 3456 78"
    res = _run("log", root, "--channel", "phone", "--with", "Agent 4", "--said", f"gave iban {typed} to verify", "--json")
    assert res.exit_code == 0, res.output
    said = json.loads(res.stdout)["logged"]["said"]
    assert typed not in said and "****5678" in said, said
    listed = _run("log", root, "--list").output
    assert typed not in listed and "****5678" in listed, listed
    toml = (root / "packet.toml").read_text(encoding="utf-8")
    (root / "packet.toml").write_text(toml.replace('hardship = "medical"\n', 'hardship = "medical"\nstatement = '
                                                   f'"My wages go to {typed.replace(" ", "")}."\n'), encoding="utf-8")
    text = _letter(root)
    assert typed.replace(" ", "") not in text and "****5678" in text, text


def test_two_stubs_described_alike_are_numbered_in_the_index(tmp_path) -> None:
    """Trial r23 (b): once both October stubs went in, the index and the letter listed "Payslip — …, Oct 2026" twice,
    word for word, as if one were sent twice; each says which of the two it is."""
    from pypdf import PdfReader

    root = _stub_case(tmp_path / "c")
    out = tmp_path / "p.pdf"
    assert _run("build", root, "-o", out, "--as-of", AS_OF, "--force", "--no-cache").exit_code == 0
    index = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages[:3])
    assert "Oct 2026 (1 of 2)" in index and "Oct 2026 (2 of 2)" in index, index
