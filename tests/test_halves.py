"""One paper photographed in parts is read as one document (user trials 13 and 14: a hospital's itemised bill and
a bank statement, each photographed top half then bottom half, were read as two documents: the bill's first half
had no total, its second half no hospital; the statement's bottom half no bank, holder or period label, and the
user was told they were missing). The halves are real phone photos (:mod:`halvesgen`) read by the real OCR
through the real pipeline (PP-OCR for the Chinese case, Tesseract for the English one)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import halvesgen as gen
import pytest

from packet import pipeline
from packet.assembly.exhibits import order_exhibits
from packet.case.casefile import CaseFileError, load_case
from packet.rules.report_text import render_text

AS_OF = date(2026, 12, 2)

BILLS_ONLY = """name = "bills-only"
language = "zh"
title = { zh = "医疗票据", en = "Medical bills" }
description = { zh = "医疗票据", en = "Medical bills" }

[[requirement]]
id = "medical-bills"
title = { zh = "医疗票据", en = "Medical bills" }

  [[requirement.option]]
  type = "medical_bill"
  rule = "within-days"
  days = 365
"""


@pytest.fixture(scope="module", autouse=True)
def _readings(tmp_path_factory):
    """One OCR cache for this module's cases (set into :data:`CACHE`): the same photos (``halvesgen`` is seeded,
    so the bytes are equal) are put in several cases to test how they are joined, corrected and kept apart; each
    photo is read by the real OCR once, by the first test that checks it, and the others take that reading."""
    CACHE[:] = [tmp_path_factory.mktemp("halves-ocr")]
    yield
    CACHE.clear()


CACHE: list[Path] = []


def _options(checklist: str | None = None) -> pipeline.CheckOptions:
    return pipeline.CheckOptions(as_of=AS_OF, jobs=2, use_cache=True, cache_dir=CACHE[0], checklist=checklist)


def _check(root: Path, checklist: str | None = None):
    return pipeline.check(root, _options(checklist))


def _bill_case(tmp_path: Path, toml: str = "") -> tuple[Path, dict]:
    top, bottom, truth = gen.bill_halves(3)
    root = tmp_path / "case"
    gen.write_photo(top, root, "IMG_2041", 1)
    gen.write_photo(bottom, root, "IMG_2042", 2)
    (tmp_path / "bills.toml").write_text(BILLS_ONLY, encoding="utf-8")  # a checklist of the bill alone
    (root / "packet.toml").write_text(
        '[request]\nlanguage = "zh"\nhardship = "medical"\n'
        f'[applicant]\nname = "{truth["patient"]}"\n{toml}', encoding="utf-8")
    return root, truth


@pytest.fixture(scope="module")
def bill(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bill")
    root, truth = _bill_case(tmp)
    return root, truth, _check(root, str(tmp / "bills.toml"))


def test_a_hospital_bill_in_two_photos_is_one_bill_with_its_provider_patient_and_total(bill) -> None:
    root, truth, run = bill
    (doc,) = run.report.documents
    assert doc.type == "medical_bill"
    assert {f: doc.fields[f] for f in truth} == truth
    assert [f.rel for f in doc.document.files] == ["IMG_2041.jpg", "IMG_2042.jpg"]
    out = run.report.to_json()["documents"][0]
    assert out["path"] == "IMG_2041.jpg" and out["files"] == ["IMG_2041.jpg", "IMG_2042.jpg"] and out["pages"] == 2
    # the total is printed on the second photo, the hospital on the first: each value's own file and page
    assert (out["evidence"]["total"]["page"], out["evidence"]["total"]["file"], out["evidence"]["total"]["file_page"]) \
        == (2, "IMG_2042.jpg", 1)
    assert (out["evidence"]["provider"]["file"], out["evidence"]["provider"]["file_page"]) == ("IMG_2041.jpg", 1)


def test_the_case_told_missing_before_is_complete_and_says_it_read_one_paper(bill) -> None:
    root, truth, run = bill
    assert run.report.complete and not run.report.missing
    (problem,) = [p for p in run.report.documents[0].problems if p.code == "joined-pictures"]
    assert "IMG_2041.jpg、IMG_2042.jpg" in problem.message and "医疗票据" in problem.message
    assert '"IMG_2042.jpg" = { join = false }' in problem.message and "[files]" in problem.message
    text = render_text(run.report, run.case, run.checklist)  # what `packet check` prints
    assert "医疗票据：IMG_2041.jpg + IMG_2042.jpg" in text and "当作同一份材料" in text.replace("\n", "")


def test_the_joined_bill_is_one_exhibit_of_both_pictures_in_order(bill) -> None:
    root, truth, run = bill
    exhibits = order_exhibits(run.report, "zh", run.checklist)
    (ex,) = [e for e in exhibits if e.result.type == "medical_bill"]
    assert [run.report.documents[0].document.locate(p)[0].rel for p in ex.doc_pages] == ["IMG_2041.jpg", "IMG_2042.jpg"]
    # the web page's view of page 2 opens the second photo (the report's document, not the file alone)
    assert pipeline.page_image(run, "IMG_2041.jpg", 2)[:4] == b"\x89PNG"


def test_the_packet_holds_both_pictures_as_one_exhibit(bill, tmp_path) -> None:
    from decimal import Decimal

    from pypdf import PdfReader

    root, truth, run = bill
    result = pipeline.build_from(run, _options(),
                                 output=tmp_path / "packet.pdf", force=True)
    texts = [p.extract_text() for p in PdfReader(str(result.files[0])).pages]
    assert len(texts) == 4 and "附件 1" in texts[1] and "第 3–4 页" in texts[1]  # letter, index, the two photos
    total = f"{Decimal(truth['total']):,.2f}"
    assert "附件 1" in texts[2] and "附件 1" in texts[3] and total not in texts[2] and total in texts[3]


def test_redact_naming_the_second_picture_paints_its_page_of_the_joined_exhibit(bill, tmp_path) -> None:
    """[[redact]] names a file: on a joined document it reaches the page of the picture it names."""
    from dataclasses import replace

    from pypdf import PdfReader

    from packet.case.casefile import Redaction

    root, truth, run = bill
    hidden = replace(run, case=replace(run.case, redactions=(Redaction(file="IMG_2042.jpg", text="王敏"),)))
    result = pipeline.build_from(hidden, _options(),
                                 output=tmp_path / "packet.pdf", force=True)
    texts = [p.extract_text() for p in PdfReader(str(result.files[0])).pages]
    assert "收费员" in texts[3] and "王敏" not in texts[3]


def test_a_fields_value_given_for_either_picture_corrects_the_joined_bill(tmp_path) -> None:
    root, truth = _bill_case(tmp_path, '[fields."IMG_2042.jpg"]\ntotal = "9999.00"\n')
    run = _check(root, str(tmp_path / "bills.toml"))
    (doc,) = run.report.documents
    assert doc.fields["total"] == "9999.00" and doc.evidence["total"].source == "case-file"
    assert doc.fields["provider"] == truth["provider"]


def test_join_false_under_files_reads_the_pictures_apart(tmp_path) -> None:
    root, truth = _bill_case(tmp_path, '[files]\n"IMG_2042.jpg" = { join = false }\n')
    run = _check(root, str(tmp_path / "bills.toml"))
    assert [d.document.rel for d in run.report.documents] == ["IMG_2041.jpg", "IMG_2042.jpg"]
    assert run.report.documents[0].fields["total"] is None and not run.report.complete


def test_join_must_be_true_or_false(tmp_path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.jpg").write_bytes(b"x")
    (root / "packet.toml").write_text('[files]\n"a.jpg" = { join = "no" }\n', encoding="utf-8")
    with pytest.raises(CaseFileError, match="join must be true or false"):
        load_case(root)


def test_a_bank_statement_in_two_photos_is_one_statement_with_its_closing_balance_and_period(tmp_path) -> None:
    top, bottom, truth = gen.statement_halves(5)
    root = tmp_path / "stmt"
    gen.write_photo(top, root, "IMG_3001", 3)
    gen.write_photo(bottom, root, "IMG_3002", 4)
    run = _check(root)
    (doc,) = run.report.documents
    assert doc.type == "bank_statement"
    assert {f: doc.fields[f] for f in truth} == truth
    assert not doc.missing_fields
    out = json.loads(json.dumps(run.report.to_json()))["documents"][0]
    assert out["evidence"]["closing_balance"]["file"] == "IMG_3002.jpg"
    (problem,) = [p for p in doc.problems if p.code == "joined-pictures"]
    assert problem.message.startswith("The pictures IMG_3001.jpg and IMG_3002.jpg were read as one paper (Bank "
                                      "statement)")
    text = " ".join(render_text(run.report, run.case, run.checklist).split())
    assert "Bank statement: IMG_3001.jpg + IMG_3002.jpg" in text and '"IMG_3002.jpg" = { join = false }' in text


def test_two_monthly_statements_photographed_one_after_the_other_stay_two(tmp_path) -> None:
    first, second = gen.monthly_statements(7)
    root = tmp_path / "months"
    gen.write_photo(first, root, "IMG_4001", 5)
    gen.write_photo(second, root, "IMG_4002", 6)
    run = _check(root)
    got = [(d.document.rel, d.type, d.fields["period_start"], len(d.document.files)) for d in run.report.documents]
    assert got == [("IMG_4001.jpg", "bank_statement", "2026-09-01", 1), ("IMG_4002.jpg", "bank_statement",
                                                                         "2026-10-01", 1)]


def test_the_bottom_half_of_another_months_statement_stays_apart(tmp_path) -> None:
    """October's top half, then November's bottom half (no heading of its own): its balance does not follow from
    October's last row and its dates leave October's period, so it is not October's bottom half."""
    top, _, _ = gen.statement_halves(5)
    _, bottom, _ = gen.statement_halves(6, month=11)
    root = tmp_path / "mixed"
    gen.write_photo(top, root, "IMG_3001", 3)
    gen.write_photo(bottom, root, "IMG_3002", 4)
    run = _check(root)
    assert [(d.document.rel, len(d.document.files)) for d in run.report.documents] == [("IMG_3001.jpg", 1),
                                                                                       ("IMG_3002.jpg", 1)]


def test_two_different_bills_stay_two(tmp_path) -> None:
    """Two whole bills of two hospitals, photographed one after the other: each its own heading, never joined."""
    root = tmp_path / "bills"
    for k, seed in enumerate((3, 4)):
        whole, _, _ = gen.bill_halves(seed, items=12, cut=12)
        gen.write_photo(whole, root, f"IMG_50{k}", 7 + k)
    run = _check(root)
    assert [len(d.document.files) for d in run.report.documents] == [1, 1]


def test_packet_batch_reads_the_two_photos_as_one_bill_too(tmp_path) -> None:
    """``packet batch`` settles each case as ``check`` does: the bill's two photos are one document there too."""
    from packet.batch import check_many

    root, truth = _bill_case(tmp_path)
    done, _read, _cached = check_many([root], _options(str(tmp_path / "bills.toml")))
    ((_case, run),) = done
    (doc,) = run.report.documents
    assert [f.rel for f in doc.document.files] == ["IMG_2041.jpg", "IMG_2042.jpg"] and run.report.complete
