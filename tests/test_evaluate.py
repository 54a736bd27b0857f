"""Checklist rules at their edges, on extracted fields given directly (no OCR, no extraction)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textdoc import make_doc

from packet.case.casefile import Applicant, Case, Request
from packet.core.model import Extracted, FileError
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate, months_before, uncovered

AS_OF = date(2026, 11, 20)


def case(lang: str = "en", hardship: str | None = "unemployment", name: str | None = "Daniel Okafor") -> Case:
    cl = "en-hardship" if lang == "en" else "zh-stop-collection"
    return Case(root=Path("/tmp/c"), applicant=Applicant(name=name),
                request=Request(language=lang, checklist=cl, hardship=hardship))


def payslip(period: str, rel: str | None = None, name: str = "Daniel Okafor", net: str | None = "2310.45",
            **kw) -> Extracted:
    f = {"employer": "Brightwater Logistics Ltd", "employee": name, "period": period, "gross_pay": "3010.61",
         "net_pay": net}
    return Extracted(make_doc(f"payslip {period} {rel}", rel=rel or f"payslips/{period}.pdf", **kw), "payslip", f)


def statement(start: str, end: str, rel: str | None = None, name: str = "Daniel Okafor") -> Extracted:
    f = {"bank": "Pennine Bank", "account_holder": name, "account_number": "43917702", "period_start": start,
         "period_end": end, "closing_balance": "412.09"}
    return Extracted(make_doc(f"statement {start} {end}", rel=rel or f"statements/{start}.pdf"), "bank_statement", f)


def dated(type_name: str, when: str, rel: str, **extra: str) -> Extracted:
    base = {"unemployment_proof": {"person": "Daniel Okafor", "issuer": "Brightwater Logistics Ltd"},
            "income_proof": {"employer": "Brightwater Logistics Ltd", "employee": "Daniel Okafor",
                             "monthly_income": "2500.00"},
            "medical_bill": {"provider": "St Mary's Hospital", "patient": "Daniel Okafor", "total": "240.00"}}[type_name]
    return Extracted(make_doc(f"{type_name} {when} {rel}", rel=rel), type_name, {**base, **extra, "date": when})


def run(docs, c: Case | None = None, errors=()):
    c = c or case()
    return evaluate(docs, errors, c, load_checklist(c.request.checklist), AS_OF)


def missing(report) -> dict[str, str]:
    return {m.requirement: m.message for m in report.missing}


def codes(report, rel: str) -> list[str]:
    return [p.code for d in report.documents if d.document.rel == rel for p in d.problems]


FULL_STATEMENTS = [statement("2026-09-01", "2026-09-30"), statement("2026-10-01", "2026-10-31")]


def test_months_before_crosses_the_year() -> None:
    assert months_before(date(2027, 1, 1), 3) == ["2026-10", "2026-11", "2026-12"]
    assert months_before(date(2026, 11, 30), 2) == ["2026-09", "2026-10"]


def test_complete_case() -> None:
    r = run([payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS])
    assert r.complete and r.missing == ()
    assert [d.requirement for d in r.documents] == ["income", "income", "bank-statements", "bank-statements"]
    assert r.order == ("income", "bank-statements", "medical-bills")


@pytest.mark.parametrize("as_of,complete", [(date(2026, 11, 1), True), (date(2026, 10, 31), False)],
                         ids=["first-of-month", "last-of-previous-month"])
def test_month_boundary(as_of: date, complete: bool) -> None:
    docs = [payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS]
    r = evaluate(docs, (), case(), load_checklist("en-hardship"), as_of)
    assert r.complete is complete
    if not complete:  # on 31 October the months asked for are August and September
        assert "2026-08" in missing(r)["income"]
        assert codes(r, "payslips/2026-10.pdf") == []  # newer than needed is not stale


def test_one_day_gap_in_coverage() -> None:
    r = run([payslip("2026-09"), payslip("2026-10"), statement("2026-09-01", "2026-10-14"),
             statement("2026-10-16", "2026-10-31")])
    assert list(missing(r)) == ["bank-statements"]
    assert "2026-10-15" in missing(r)["bank-statements"]  # one day is said as one date (r21)
    assert "2026-10-15 – 2026-10-15" not in missing(r)["bank-statements"]
    assert r.missing[0].detail == ("2026-10-15/2026-10-15",)
    assert r.missing[0].type == "bank_statement"


def test_uncovered_ranges() -> None:
    window = (date(2026, 5, 1), date(2026, 10, 31))
    got = uncovered(window, [(date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 8, 1), date(2026, 9, 30))])
    assert got == [(date(2026, 7, 1), date(2026, 7, 31)), (date(2026, 10, 1), date(2026, 10, 31))]


def test_missing_month_says_what_to_add() -> None:
    r = run([payslip("2026-09"), *FULL_STATEMENTS])
    msg = missing(r)["income"]
    assert "payslip for 2026-10" in msg and "proof of unemployment dated 2026-05-24 or later" in msg
    assert r.missing[0].type == "payslip" and r.missing[0].detail == ("2026-10",)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_early_in_a_month_the_missing_payslip_may_not_be_out_yet(lang: str) -> None:
    """A trial on 1 December was asked for November's payslip, paid on 10 December: the verdict stays the
    interface page's (still missing), the message says it may not be issued yet."""
    c = case(lang)
    docs = [payslip("2026-09"), payslip("2026-10"), payslip("2026-08"),
            statement("2026-06-01", "2026-11-30")]
    early = evaluate(docs, (), c, load_checklist(c.request.checklist), date(2026, 12, 1))
    assert early.missing[0].detail == ("2026-11",)
    assert ("has not been issued yet" if lang == "en" else "还没有发") in missing(early)["income"]
    late = evaluate(docs, (), c, load_checklist(c.request.checklist), date(2026, 12, 20))
    assert "issued yet" not in missing(late)["income"] and "还没有发" not in missing(late)["income"]


def test_income_proof_stands_in_for_one_month_only() -> None:
    proof = dated("income_proof", "2026-10-25", "income.pdf")
    r = run([payslip("2026-09"), proof, *FULL_STATEMENTS])
    assert r.complete
    assert r.documents[1].requirement == "income"
    r = run([proof, *FULL_STATEMENTS])  # one stand-in cannot replace two months
    assert "income" in missing(r)


def test_old_income_proof_does_not_stand_in() -> None:
    r = run([payslip("2026-09"), dated("income_proof", "2026-08-21", "income.pdf"), *FULL_STATEMENTS])
    assert "income" in missing(r)
    assert codes(r, "income.pdf") == ["stale"]


def test_unemployment_proof_is_the_alternative_and_its_window_edge() -> None:
    edge = dated("unemployment_proof", "2026-05-24", "letter.pdf")  # exactly 180 days before: counts
    assert run([edge, *FULL_STATEMENTS]).complete
    late = dated("unemployment_proof", "2026-05-23", "letter.pdf")
    r = run([late, *FULL_STATEMENTS])
    assert "income" in missing(r) and codes(r, "letter.pdf") == ["stale"]


def test_stale_payslip_and_statement() -> None:
    r = run([payslip("2026-06"), payslip("2026-09"), payslip("2026-10"), statement("2026-07-01", "2026-08-31"),
             *FULL_STATEMENTS])
    assert r.complete
    assert codes(r, "payslips/2026-06.pdf") == ["stale"]
    assert codes(r, "statements/2026-07-01.pdf") == ["stale"]
    assert r.documents[0].requirement is None


def test_missing_field_voids_the_document() -> None:
    r = run([payslip("2026-09"), payslip("2026-10", net=None), *FULL_STATEMENTS])
    msg = missing(r)["income"]
    assert "payslips/2026-10.pdf (net pay not found)" in msg
    # a born-digital PDF: the exact [fields] line to add, or whom to ask; never a new photo or scan
    assert '[fields."payslips/2026-10.pdf"] net_pay = "…"' in msg and "ask your employer" in msg
    assert "photograph" not in msg and "clearer copy" not in msg
    assert r.documents[1].missing_fields == ("net_pay",)


def test_medical_condition() -> None:
    docs = [payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS]
    assert run(docs, case(hardship="unemployment")).complete
    r = run(docs, case(hardship="medical"))
    assert list(missing(r)) == ["medical-bills"] and r.missing[0].type == "medical_bill"
    assert "2025-11-20 or later" in missing(r)["medical-bills"]
    bill = dated("medical_bill", "2025-11-20", "bill.pdf")
    assert run([*docs, bill], case(hardship="medical")).complete


def test_family_members_bill_warns_and_counts() -> None:
    docs = [payslip("2026-09"), payslip("2026-10"), *FULL_STATEMENTS,
            dated("medical_bill", "2026-10-12", "bill.pdf", patient="Grace Okafor")]
    r = run(docs, case(hardship="medical"))
    assert r.complete
    assert codes(r, "bill.pdf") == ["name-mismatch"]
    assert "family" in r.documents[-1].problems[0].message


def test_duplicates_count_once() -> None:
    a = payslip("2026-09", rel="a/sep.pdf")
    same_bytes = payslip("2026-09", rel="b/sep-copy.pdf", sha=a.document.source.sha256)
    same_period = payslip("2026-09", rel="c/sep-photo.jpg")
    r = run([a, same_bytes, same_period, *FULL_STATEMENTS])
    assert codes(r, "b/sep-copy.pdf") == ["duplicate"] and codes(r, "c/sep-photo.jpg") == ["duplicate"]
    assert "income" in missing(r)  # two copies of September are still not October
    # the copies go into the packet once, and the JSON says so (a trial saw "included": true for both)
    included = {d.document.rel: d.included for d in r.documents}
    assert included["a/sep.pdf"] and not included["b/sep-copy.pdf"] and not included["c/sep-photo.jpg"]


def test_duplicate_statement_does_not_hide_a_gap() -> None:
    r = run([payslip("2026-09"), payslip("2026-10"), statement("2026-09-01", "2026-09-30", rel="x.pdf"),
             statement("2026-09-01", "2026-09-30", rel="y.pdf")])
    assert "2026-10-01 – 2026-10-31" in missing(r)["bank-statements"]
    assert codes(r, "y.pdf") == ["duplicate"]


@pytest.mark.parametrize("printed,warn", [
    ("Ｄａｎｉｅｌ　ＯＫＡＦＯＲ", False), ("MR DANIEL OKAFOR", False), ("Daniel  Okafor", False), ("Jane Smith", True),
], ids=["full-width", "title-and-caps", "double-space", "someone-else"])
def test_name_mismatch_after_normalising(printed: str, warn: bool) -> None:
    r = run([payslip("2026-09", name=printed), payslip("2026-10"), *FULL_STATEMENTS])
    assert (codes(r, "payslips/2026-09.pdf") == ["name-mismatch"]) is warn
    assert r.complete  # a mismatch is a warning: it still counts


def test_chinese_name_with_spaces() -> None:
    c = case("zh", hardship="medical", name="李秀英")
    bill = dated("medical_bill", "2026-10-12", "bill.pdf", patient="李 秀 英")
    r = run([bill], c)
    assert codes(r, "bill.pdf") == []
    assert "2026-05-01 至 2026-10-31" in missing(r)["bank-statements"]


def test_low_quality_page() -> None:
    blurry = payslip("2026-09", rel="blurry.jpg", form="photo", confidence=41.0, dpi=120.0)
    r = run([blurry, payslip("2026-10"), *FULL_STATEMENTS])
    (problem,) = r.documents[0].problems
    assert problem.code == "low-quality" and "daylight" in problem.message


@pytest.mark.parametrize("dpi,weak", [(149.9, False), (149.4, True)], ids=["a4-at-150dpi", "below"])
def test_a_150_dpi_a4_scan_is_not_low_quality(dpi: float, weak: bool) -> None:
    # 1240 px, the width of an A4 page scanned at 150 dpi, reads back as 1240 / 8.27 in = 149.9 dpi
    scan = payslip("2026-09", rel="scan.png", form="scan", confidence=90.0, dpi=dpi)
    r = run([scan, payslip("2026-10"), *FULL_STATEMENTS])
    assert (codes(r, "scan.png") == ["low-quality"]) is weak
    if weak:
        assert "149 dpi" in r.documents[0].problems[0].message


def test_several_payslips_in_one_file() -> None:
    parts = tuple({"employer": "B Ltd", "employee": "Daniel Okafor", "period": p, "gross_pay": "1.00", "net_pay": "1.00"}
                  for p in ("2026-09", "2026-10"))
    both = Extracted(make_doc("p1", "p2", rel="payslips.pdf"), "payslip", parts[0], parts=parts)
    r = run([both, *FULL_STATEMENTS])
    assert r.complete
    assert codes(r, "payslips.pdf") == ["multiple-documents"]


def test_every_input_once_in_json() -> None:
    err = FileError("locked.pdf", "encrypted", "password needed: add it under [passwords] in packet.toml")
    docs = [payslip("2026-09"), payslip("2026-10")]
    out = run(docs, errors=[err]).to_json()
    assert [d["path"] for d in out["documents"]] == ["payslips/2026-09.pdf", "payslips/2026-10.pdf"]
    assert [e["path"] for e in out["errors"]] == ["locked.pdf"]
    assert out["complete"] is False and out["missing"][0]["requirement"] == "bank-statements"


@pytest.mark.parametrize("first,second,kept,reason_en", [
    (("a-photo.jpg", "photo", 88.0), ("b-scan.pdf", "scan", 90.0), "b-scan.pdf", "a scan, this one a photo"),
    (("a-scan.jpg", "scan", 61.0), ("b-original.pdf", "text", None), "b-original.pdf", "original PDF"),
    (("a-dark.jpg", "photo", 72.0), ("b-light.jpg", "photo", 91.0), "b-light.jpg", "at 91% confidence, this one at 72%"),
    (("a-one.pdf", "scan", 90.0), ("b-two.pdf", "scan", 90.0), "a-one.pdf", "its name comes first"),
    (("a-small.jpg", "scan", None, 118.0), ("b-sharp.png", "scan", 85.0, 300.0), "b-sharp.png", "harder to read"),
], ids=["scan-over-photo", "born-digital-over-scan", "clearer-photo", "same-quality-name-first", "low-dpi-unknown-conf"])
def test_of_two_copies_the_better_is_kept_and_the_message_says_which_and_why(first, second, kept, reason_en) -> None:
    """A new user's trial: a shadowed photo whose name sorted first was kept over a clean scan of the same payslip,
    while the message told the person to keep the clearer one. The better copy counts (born-digital, then a scan
    over a photo, then the reading's confidence); the one left out says which was kept and why, en and zh."""
    import hashlib

    docs = []
    for rel, form, conf, *dpi in (first, second):  # the same words read from two files (not the same bytes)
        doc = make_doc("Payslip September 2026", rel=rel, form=form, confidence=conf, dpi=(dpi or [None])[0],
                       sha=hashlib.sha256(rel.encode()).hexdigest())
        docs.append(Extracted(doc, "payslip", payslip("2026-09").fields))
    dropped = first[0] if kept == second[0] else second[0]
    for lang, said in (("en", reason_en), ("zh", "申请材料中放的是")):
        r = evaluate(docs, (), case(), load_checklist(case().request.checklist), AS_OF, lang)
        assert "duplicate" in codes(r, dropped) and "duplicate" not in codes(r, kept)
        included = {d.document.rel: d.included for d in r.documents}
        assert included[kept] and not included[dropped]
        message = next(p.message for d in r.documents if d.document.rel == dropped for p in d.problems
                       if p.code == "duplicate")
        assert kept in message and said in message, message
