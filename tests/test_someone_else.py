"""Another person's papers do not go into the packet unnoticed (round 19, a new user's trial: packet.toml named
Jane Smith, every document Gareth Llewellyn-Price; check said "Ready", build wrote the PDF with his papers stamped
with her name). The mismatch still only warns where the names may be one person's written two ways.

Documents are drawn here as text PDFs (reportlab), in wording of this file's own: no OCR, so the tests stay fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from packet.cli import cli
from packet.core.text import other_person
from packet.rules.registry import load_surnames, load_vocabulary

AS_OF = "2026-12-01"


def _pdf(path: Path, lines: list[tuple[float, float, str]]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    for x, y, text in lines:
        c.drawString(x, y, text)
    c.save()


def _statement(path: Path, holder: str, month: int, opening: float) -> None:
    rows = [(3, "Direct debit council tax", 142.00, 0.0), (15, "Jobseeker allowance", 0.0, 612.40),
            (22, "Card purchase grocer", 41.20, 0.0)]
    lines = [(60, 800, "Abbotsford Savings Bank"), (60, 785, "Statement of account"), (60, 765, holder),
             (60, 750, "9 Quarry Lane, Leeds LS6 2AB"),
             (60, 730, f"Statement period: 01/{month:02d}/2026 to {30 if month in (9, 11) else 31}/{month:02d}/2026"),
             (60, 715, "Account number: 55501234"),
             (60, 690, "Date"), (150, 690, "Description"), (350, 690, "Paid out"), (420, 690, "Paid in"),
             (490, 690, "Balance")]
    bal, y = opening, 672
    lines += [(60, y, f"01/{month:02d}/2026"), (150, y, "Opening balance"), (490, y, f"{bal:.2f}")]
    for day, what, out, inn in rows:
        y -= 18
        bal = round(bal - out + inn, 2)
        lines += [(60, y, f"{day:02d}/{month:02d}/2026"), (150, y, what)]
        lines += [(350, y, f"{out:.2f}")] if out else [(420, y, f"{inn:.2f}")]
        lines += [(490, y, f"{bal:.2f}")]
    lines += [(150, y - 24, "Closing balance"), (490, y - 24, f"{bal:.2f}")]
    _pdf(path, lines)


def _redundancy(path: Path, person: str) -> None:
    _pdf(path, [(60, 800, "Harrowgate Tooling Ltd"), (60, 785, "2 Mill Street, Leeds LS1 4AA"),
                (60, 760, "Date: 30 September 2026"), (60, 735, person), (60, 720, "9 Quarry Lane, Leeds LS6 2AB"),
                (60, 690, "Notice of redundancy"),
                (60, 670, "This letter confirms that your employment with Harrowgate Tooling Ltd ended by reason of"),
                (60, 655, "redundancy on 30 September 2026."), (60, 625, "Yours sincerely,"),
                (60, 610, "P. Marsh, Personnel Officer")])


def _case(folder: Path, applicant: str, holder: str) -> Path:
    folder.mkdir()
    _statement(folder / "statement-oct.pdf", holder, 10, 926.52)
    _statement(folder / "statement-nov.pdf", holder, 11, 1355.72)
    _redundancy(folder / "redundancy.pdf", f"Mr {holder}")
    (folder / "packet.toml").write_text(
        f'[applicant]\nname = "{applicant}"\nemail = "a@example.org"\n\n'
        '[lender]\nname = "Fenwick Card Services"\ncontract_number = "FCS-2231"\n\n'
        '[request]\nlanguage = "en"\nkind = "stop"\ncountry = "GB"\nhardship = "unemployment"\n'
        'statement = "Made redundant in September."\n', encoding="utf-8")
    return folder


def _run(*args: str):
    return CliRunner().invoke(cli, [*args, "--as-of", AS_OF, "--no-cache", "--jobs", "1"])


@pytest.fixture(scope="module")
def other_case(tmp_path_factory) -> Path:
    return _case(tmp_path_factory.mktemp("else") / "mix", "Jane Smith", "Gareth Llewellyn-Price")


def test_build_refuses_another_persons_papers(other_case: Path) -> None:
    out = other_case.parent / "out.pdf"
    result = _run("build", str(other_case), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert not out.exists()
    said = result.output
    assert "statement-oct.pdf: Gareth Llewellyn-Price" in said and "redundancy.pdf: Gareth Llewellyn-Price" in said
    assert '"redundancy.pdf" = { include = false }' in said and "--force" in said and "[applicant] name" in said


def test_check_counts_them_but_is_not_ready(other_case: Path) -> None:
    result = _run("check", str(other_case), "--json")
    data = json.loads(result.output)
    assert result.exit_code == 0 and data["complete"] and not data["ready"]  # interface.md: a warning still counts
    assert {o["path"] for o in data["other_person"]} == {"statement-oct.pdf", "statement-nov.pdf", "redundancy.pdf"}
    text = _run("check", str(other_case)).output
    assert "Ready: run" not in text and "Not ready to build: 3 document(s)" in text


def test_force_builds_and_says_whose(other_case: Path) -> None:
    out = other_case.parent / "forced.pdf"
    result = _run("build", str(other_case), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert out.is_file() and "another person's name" in result.output


def test_left_out_they_do_not_block(other_case: Path, tmp_path: Path) -> None:
    import shutil

    case = tmp_path / "kept"
    shutil.copytree(other_case, case)
    with (case / "packet.toml").open("a", encoding="utf-8") as f:
        f.write('\n[files]\n"redundancy.pdf" = { include = false }\n')
    data = json.loads(_run("check", str(case), "--json").output)
    assert {o["path"] for o in data["other_person"]} == {"statement-oct.pdf", "statement-nov.pdf"}


def test_batch_says_it_and_does_not_build(other_case: Path, tmp_path: Path) -> None:
    import shutil

    cases = tmp_path / "cases"
    shutil.copytree(other_case, cases / "01 Smith")
    result = _run("batch", str(cases), "--build", "--json")
    rows = json.loads(result.output)
    rows = rows["cases"] if isinstance(rows, dict) else rows
    assert rows[0]["ready"] is False and rows[0]["built"] is None
    assert "redundancy.pdf: Gareth Llewellyn-Price" in rows[0]["other_person"]


def test_a_name_written_another_way_still_builds(tmp_path: Path) -> None:
    case = _case(tmp_path / "own", "Jane Smith", "Jane M Smlth")  # a middle initial and an OCR-like slip
    result = _run("build", str(case), "-o", str(tmp_path / "own.pdf"))
    assert result.exit_code == 0, result.output


def _other(seen: str, wanted: str) -> bool:
    v, s = load_vocabulary(), load_surnames()
    return other_person(seen, wanted, v.titles, v.honorifics, s.variants, s.compound, s.romanised)


@pytest.mark.parametrize("seen,wanted,other", [
    ("Mr Gareth Llewellyn-Price", "Jane Smith", True),
    ("Bob Jones", "Jane Smith", True),
    ("Jane Smlth", "Jane Smith", False),  # one character misread
    ("Jame Smlth", "Jane Smith", False),  # one in each word
    ("J. Smith", "Jane Smith", False),  # an initial
    ("Jane Mary Smith", "Jane Smith", False),  # a middle name
    ("Jane Doe", "Jane Smith", False),  # a married name, the same given name
    ("SMITH, JANE", "Jane Smith", False),
    ("Mary O'Brien-Walsh", "Mary Walsh", False),  # a double-barrelled name
    ("Jane", "Jane Smith", False),  # one word: no telling
    ("王小明", "张伟", True),
    ("李伟", "张伟", True),  # another family name, one character shared
    ("张小红", "张伟", False),  # the same family name
    ("陳偉", "陈伟", False),  # traditional and simplified forms
    ("欧阳娜", "欧阳丽", False),  # a compound family name
    ("王 秀 兰", "王秀兰", False),
    ("Zhang Wei", "张伟", False),  # two scripts: a spelling of a Chinese family name, may be the same person
    ("Mary Chan", "王秀兰", False),  # may be her name abroad (a married name): only a warning
    ("WANG XIULAN", "王秀兰", False),
    ("Jane Smith", "王秀兰", True),  # the trial's zh case: no word of it spells a Chinese family name
    ("王秀兰", "Jane Smith", True),
    ("Jane", "王秀兰", False),
], ids=lambda v: str(v))
def test_other_person(seen: str, wanted: str, other: bool) -> None:
    assert _other(seen, wanted) is other


def test_a_relatives_bill_never_blocks() -> None:
    from textdoc import make_doc

    from packet.case.casefile import Applicant, Case, Request
    from packet.core.model import Extracted
    from packet.rules.registry import load_types
    from packet.rules.wording import someone_else

    c = Case(root=Path("/x"), applicant=Applicant(name="Jane Smith"), request=Request(language="en"))
    types = load_types()
    bill = Extracted(make_doc("x", rel="bill.pdf"), "medical_bill", {"patient": "Bob Jones"})
    assert types["medical_bill"].family_name_ok and someone_else(bill, c, types) is None
    slip = Extracted(make_doc("x", rel="slip.pdf"), "payslip", {"employee": "Bob Jones"})
    assert someone_else(slip, c, types) == "Bob Jones"


def test_the_page_says_it_and_its_build_refuses(other_case: Path, tmp_path: Path) -> None:
    import shutil
    import time
    from datetime import date

    from starlette.testclient import TestClient

    from packet.web import Settings, create_apps
    from tests.test_web import _enter

    cases = tmp_path / "cases"
    shutil.copytree(other_case, cases / "Mix")
    settings = Settings(cases=cases, as_of=date(2026, 12, 1), jobs=1)
    app, _phone, web = create_apps(settings)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    try:
        _enter(settings, client)

        def settle() -> None:
            while web.jobs.busy("Mix"):
                time.sleep(0.1)

        web.jobs.submit("Mix", "check", "en")
        settle()
        page = client.get("/case/Mix").text
        assert 'id="other-person"' in page and "Gareth Llewellyn-Price" in page and 'id="build-other-person"' in page
        assert "Added by mistake? Remove it" in page[page.index('id="other-person"'):]
        client.post("/case/Mix/build", data={"csrf": web.csrf})
        settle()
        assert not list(cases.glob("Mix-packet*.pdf"))  # refused without "Build it now anyway"
    finally:
        web.jobs.shutdown(wait=True)
