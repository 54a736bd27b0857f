"""The human report: grouped, in the case's language, masked numbers, 80 columns, a next step."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from test_evaluate import FULL_STATEMENTS, case, dated, payslip, statement
from textdoc import make_doc

from packet.core.model import Extracted, FileError
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate
from packet.rules.report_text import render_text

AS_OF = date(2026, 11, 20)


def width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def render(docs, c, errors=()) -> str:
    cl = load_checklist(c.request.checklist)
    return render_text(evaluate(docs, errors, c, cl, AS_OF), c, cl)


def test_incomplete_english_report() -> None:
    full = {"bank": "Pennine Bank", "account_holder": "Daniel Okafor", "account_number": "6217000012345678901",
            "period_start": "2026-09-01", "period_end": "2026-09-30", "closing_balance": "412.09"}
    docs = [payslip("2026-09"), Extracted(make_doc("s", rel="statements/sep.pdf"), "bank_statement", full),
            Extracted(make_doc("energy", rel="bills/energy.pdf"), "other", {})]
    err = FileError("locked.pdf", "encrypted", "password needed: add it under [passwords] in packet.toml")
    text = render(docs, case(), [err])
    assert "6217000012345678901" not in text and "****8901" in text
    for heading in ("What is there (3):", "What is missing (2):", "Files that could not be read (1):"):
        assert heading in text
    assert "payslip for 2026-10" in text and "2026-10-01 – 2026-10-31" in text
    assert "locked.pdf: password needed" in text
    # the unrecognised file: each missing type as a line to copy under [files], and how to send it anyway
    assert "not one of the documents this checklist asks for" in text
    assert '"bills/energy.pdf" = "bank_statement"' in text and '"bills/energy.pdf" = "payslip"' in text
    assert '"bills/energy.pdf" = { include = true, title = "…" }' in text
    assert text.rstrip().splitlines()[-1] == "When all is there, run  packet build /tmp/c"
    assert all(width(line) <= 80 for line in text.splitlines())


def with_lender(c):
    from dataclasses import replace

    from packet.case.casefile import Lender, Plan

    return replace(c, lender=Lender(name="Northfield Credit Ltd", contract_number="NFC-1"), has_case_file=True,
                   plan=Plan(monthly_payment=__import__("decimal").Decimal("100"), outstanding=__import__("decimal")
                             .Decimal("400"), first_payment=date(2027, 1, 5)))


def test_complete_report_says_ready() -> None:
    text = render([payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS], with_lender(case()))
    assert "Nothing is missing" in text
    assert text.rstrip().splitlines()[-1] == "Ready: run  packet build /tmp/c"


def test_complete_but_no_lender_is_not_ready_and_says_what_to_add() -> None:
    c = case()
    cl = load_checklist(c.request.checklist)
    report = evaluate([payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS], (), c, cl, AS_OF)
    assert report.complete and not report.ready
    assert report.letter_needs == ("lender.name", "lender.contract_number")
    assert report.letter_warnings == ("reply", "plan", "statement")
    data = report.to_json()
    assert data["ready"] is False and data["letter_needs"] == ["lender.name", "lender.contract_number"]
    text = render_text(report, c, cl)
    assert "The cover letter cannot be written without (2):" in text
    assert "[lender] contract_number" in text and "[plan]" in text
    assert "Ready:" not in text and text.rstrip().splitlines()[-1].endswith("packet build /tmp/c")
    assert "fill in packet.toml" in text


def test_readme_example_values_count_as_missing() -> None:
    from dataclasses import replace

    from packet.case.casefile import Lender
    from packet.rules.readiness import describe_need, letter_needs

    c = replace(case("zh", name="张伟"), lender=Lender(name="某某消费金融", contract_number="JK20250312001"))
    assert letter_needs(c) == ("applicant.name", "lender.name", "lender.contract_number")
    assert "示例" in describe_need("lender.name", "zh", c)
    assert "示例" in describe_need("applicant.name", "zh", c)


def test_a_real_zhang_wei_with_a_lender_of_his_own_is_ready() -> None:
    """张伟 is the README example's name and one of China's most common names: it counts as copied only beside
    another of the example's values."""
    from dataclasses import replace

    from packet.case.casefile import Lender
    from packet.rules.readiness import describe_need, letter_needs, need_name

    own = replace(case("zh", name="张伟"), lender=Lender(name="招联消费金融有限公司", contract_number="ZL2024110900321"))
    assert letter_needs(own) == ()
    assert "示例" not in describe_need("applicant.name", "zh", own)
    half = replace(own, lender=Lender(name="招联消费金融有限公司", contract_number="JK20250312001"))
    assert letter_needs(half) == ("applicant.name", "lender.contract_number")
    assert need_name("applicant.name", "zh") == "您的姓名" and need_name("lender.contract_number", "en") == "the contract number"


def test_other_documents_are_left_out_and_said_so() -> None:
    docs = [payslip("2026-09"), Extracted(make_doc("energy", rel="bills/energy.pdf"), "other", {})]
    c = case()
    cl = load_checklist(c.request.checklist)
    report = evaluate(docs, (), c, cl, AS_OF)
    assert [d["included"] for d in report.to_json()["documents"]] == [True, False]
    assert "left out of the packet" in render_text(report, c, cl)


def test_wrapping_never_splits_words_or_names() -> None:
    from packet.rules.report_text import wrap

    name = "欧阳娜娜"
    text = ("材料上的姓名是" + name + "，" * 3 + "请确认是您本人的材料；如果只是写法不同，请修改 [applicant] name。") * 3
    lines = wrap(text, indent="    ", first="  - ", width=30, keep=(name,))
    assert "".join(x.strip().lstrip("- ") for x in lines).replace(" ", "") == text.replace(" ", "")
    assert all(width(x) <= 30 for x in lines)
    assert sum(name in x for x in lines) == 3  # each occurrence whole on one line
    assert not any(x.strip().startswith(("，", "。", "；")) for x in lines)
    long = "Hard to read (page 1: text recognised with 45% confidence); supercalifragilisticexpialidocious words"
    lines = wrap(long, width=24)
    words = long.split()
    assert [w for x in lines for w in x.split()] == words  # every word whole
    assert "supercalifragilisticexpialidocious" in [x.strip() for x in lines]
    mixed = "文件 payslips/payslip-sep-2026-scan.png 的 confidence 不足" * 2
    for x in wrap(mixed, width=20):
        assert "confidenc" not in x or "confidence" in x


def test_a_command_to_type_is_never_split_across_lines() -> None:
    from packet.rules.report_text import wrap

    cmd = "packet init my-docs"
    text = "文件夹里没有 packet.toml：申请书将没有姓名、贷款机构和合同编号。运行  " + cmd + "  生成它。"
    for width in range(30, 80, 3):
        lines = wrap(text, indent="", first="", width=width, keep=(cmd,))
        assert sum(cmd in x for x in lines) == 1, (width, lines)


def test_chinese_report() -> None:
    c = case("zh", hardship="medical", name="李秀英")
    docs = [dated("medical_bill", "2026-10-12", "医疗/票据.jpg", patient="王芳"),
            statement("2026-05-01", "2026-09-30", rel="流水/1.pdf", name="李秀英")]
    text = render(docs, c)
    assert "已有材料（2 份）：" in text and "还缺（2 项）：" in text
    assert "2026-10-01 至 2026-10-31" in text and "家人" in text
    assert text.rstrip().splitlines()[-1].startswith("材料齐全后运行  packet build")
    assert all(width(line) <= 80 for line in text.splitlines())


def test_problems_are_listed_with_their_file() -> None:
    text = render([payslip("2026-06"), payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS], case())
    assert "Problems to look at (1):" in text
    assert "payslips/2026-06.pdf: This is for 2026-06" in text


def test_case_folder_with_spaces_is_quoted() -> None:
    c = case()
    c = type(c)(root=Path("/tmp/my docs"), applicant=c.applicant, request=c.request)
    text = render([], c)
    assert "packet build '/tmp/my docs'" in text


def test_check_says_what_the_cover_letter_still_needs(tmp_path):
    from packet.case.casefile import load_case
    from packet.rules.readiness import letter_needs, letter_warnings

    assert letter_needs(load_case(tmp_path)) == ("applicant.name", "lender.name", "lender.contract_number")
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "A B"\n[request]\nlanguage = "zh"\n', encoding="utf-8")
    c = load_case(tmp_path)
    assert letter_needs(c) == ("lender.name", "lender.contract_number")
    assert letter_warnings(c) == ("reply", "plan", "statement")


def test_a_letter_asking_for_a_reply_warns_when_it_gives_nowhere_to_send_it(tmp_path):
    """The letter asks for a written reply (信函或电子邮件); with no applicant address, email or phone a trial's check
    said ready: true, letter_warnings: [] (r17). One way to reply is enough; the warning names the keys and the
    page's form, en and zh."""
    from packet.case.casefile import load_case
    from packet.rules.readiness import describe_need, letter_warnings

    base = '[lender]\nname = "L"\ncontract_number = "C1"\n[request]\nlanguage = "zh"\nstatement = "s"\n'
    for applicant, warned in (('name = "A B"', True), ('name = "A B"\nphone = "139 1234 5678"', False),
                              ('name = "A B"\nemail = "a@b.cn"', False), ('name = "A B"\naddress = "北京市1号"', False),
                              ('name = "A B"\nemail = "  "', True)):
        (tmp_path / "packet.toml").write_text(f"[applicant]\n{applicant}\n{base}", encoding="utf-8")
        assert ("reply" in letter_warnings(load_case(tmp_path))) is warned, applicant
    en, zh = describe_need("reply", "en"), describe_need("reply", "zh")
    assert "[applicant] email, phone or address" in en and "Details for the letter" in en
    assert "[applicant] email、phone 或 address" in zh and "申请书上的信息" in zh
    page = describe_need("reply", "en", surface="page")
    assert "[applicant]" not in page and "Details for the letter" in page


def test_bundled_samples_need_nothing_more_in_their_case_files():
    from pathlib import Path

    from packet.case.casefile import load_case
    from packet.rules.readiness import letter_needs, letter_warnings

    samples = Path(__file__).resolve().parent.parent / "samples"
    for name in ("zh-medical-stop", "en-job-loss"):
        case = load_case(samples / name)
        assert case.has_case_file and letter_needs(case) == () and letter_warnings(case) == (), name


def test_a_document_the_checklist_does_not_need_says_so_even_with_a_warning_on_it() -> None:
    # an unemployment case: a medical bill is not needed; a blurry photo of one must not point at the
    # low-quality warning as the reason it does not count
    blurry = dated("medical_bill", "2026-10-12", "bill.jpg")
    weak = payslip("2026-09", rel="blurry.jpg", form="photo", confidence=41.0, dpi=120.0)
    blurry = Extracted(weak.document, blurry.type, blurry.fields)
    text = render([blurry, payslip("2026-10"), *FULL_STATEMENTS], case())
    assert "Hard to read" in text
    assert "not counted: the checklist does not need it" in text
    assert "not counted (see problems below)" not in text
    # and it is not sent: a medical bill went to the lender with no medical hardship named (a trial)
    c = case()
    report = evaluate([blurry, payslip("2026-10"), *FULL_STATEMENTS], (), c, load_checklist(c.request.checklist), AS_OF)
    assert [d.included for d in report.documents if d.type == "medical_bill"] == [False]
    assert '"bill.jpg" = { include = true }' in text or '"blurry.jpg" = { include = true }' in text


def test_the_line_to_copy_for_an_unrecognised_file_is_read_by_check(tmp_path: Path) -> None:
    """An unrecognised file's report gives a line per missing type; pasted under [files] as printed, the next
    check takes the file as that type (so the line is valid case-file TOML the loader accepts)."""
    from click.testing import CliRunner
    from fixtures_reading import text_pdf

    from packet.cli import cli

    text_pdf(tmp_path / "photos" / "IMG 0412.pdf", [["Thank you for your order", "Ref 55-1"]])
    first = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--no-cache"])
    assert first.exit_code == 1, first.output
    line = next(x.strip() for x in first.output.splitlines() if x.strip().startswith('"photos/IMG 0412.pdf" = "payslip"'))
    (tmp_path / "packet.toml").write_text(f"[files]\n{line}\n", encoding="utf-8")
    again = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--no-cache", "--json"])
    doc = next(d for d in __import__("json").loads(again.output)["documents"] if d["path"] == "photos/IMG 0412.pdf")
    assert doc["type"] == "payslip"


def test_values_to_confirm_and_to_add_share_one_fields_table_that_parses() -> None:
    """A photo whose account number is uncertain and whose period was not found: the report gave two
    [fields."IMG_0002.jpg"] blocks, and pasting both as told made packet.toml invalid (a table written twice: a new
    user's trial). One block now holds both, and pasted into packet.toml it parses."""
    import tomllib

    from packet.core.model import Evidence

    fields = {"bank": "Pennine Bank", "account_holder": "Daniel Okafor", "account_number": "43917702",
              "period_start": None, "period_end": None, "closing_balance": "412.09"}
    evidence = {f: Evidence("ocr", 0.45 if f == "account_number" else 0.86, 1, (0.1, 0.1, 0.3, 0.12), "label")
                for f, v in fields.items() if v}
    doc = Extracted(make_doc("statement", rel="IMG_0002.jpg"), "bank_statement", fields, evidence=evidence)
    text = render([payslip("2026-09"), payslip("2026-10"), doc], case())
    headers = [ln.strip() for ln in text.splitlines() if ln.strip().startswith('[fields."IMG_0002.jpg"]')]
    assert headers == ['[fields."IMG_0002.jpg"]']
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip() == headers[0])
    block = [lines[at].strip()]
    for ln in lines[at + 1:]:
        if not ln.strip() or "=" not in ln or ln.strip().startswith(("If", "Or")):
            break
        block.append(ln.strip())
    pasted = "\n".join(block).replace("…", "2026-09-01")
    assert set(tomllib.loads(pasted)["fields"]["IMG_0002.jpg"]) == {"account_number", "period_start", "period_end"}


def test_a_hardship_the_documents_show_is_suggested_when_the_case_file_names_none() -> None:
    """A trial: medical bills in the folder, no hardship named, and the letter said only "本人遇到经济困难"."""
    docs = [payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS,
            dated("medical_bill", "2026-10-12", "bills/bill.pdf")]
    c = case(hardship=None)
    cl = load_checklist(c.request.checklist)
    report = evaluate(docs, (), c, cl, AS_OF)
    assert "hardship" in report.letter_warnings
    assert 'hardship = "medical"' in render_text(report, c, cl)
    named = case(hardship="unemployment")
    assert "hardship" not in evaluate(docs, (), named, cl, AS_OF).letter_warnings
    no_bill = evaluate(docs[:-1], (), c, cl, AS_OF)
    assert "hardship" not in no_bill.letter_warnings  # nothing points to one: nothing said
