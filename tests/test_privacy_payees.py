"""Which statement lines packet check suggests hiding (``[[redact]]``): health, religion and where someone stays, in
the words of the vocabulary's ``sensitive_transaction_words``; not spending the lender weighs (gambling)."""

from __future__ import annotations

from types import SimpleNamespace

from packet.rules.shown import sensitive_lines

_REQ = SimpleNamespace(hardship="income-drop")


def _statement(lines: list[str]) -> SimpleNamespace:
    page = SimpleNamespace(text="\n".join(lines), number=1)
    doc = SimpleNamespace(rel="statement.pdf", pages=(page,))
    return SimpleNamespace(documents=[SimpleNamespace(type="bank_statement", included=True, document=doc)])


def test_a_hospice_shop_and_a_psychiatrist_are_flagged_a_betting_site_is_not():
    """A trial's statement: the hospital pharmacy was flagged, the hospice shop on the same page was not; another's
    "郑大一附院" (a university's affiliated hospital, 附属医院 shortened) was not either. A betting site stays unflagged
    on purpose: hiding it from the proof of a hardship request would be concealment."""
    report = _statement(["02/09 ST CLARE HOSPICE SHOP 12.00 1,204.10", "03/09 BET365 LTD 40.00 1,164.10",
                         "05/09 DR N OKAFOR PSYCHIATRY 90.00 1,074.10", "06/09 TESCO STORES 23.15 1,050.95",
                         "07/09 市第三人民医院 精神科 挂号 25.00", "2026-09-16 支出 -4,200.00 郑大一附院"])
    found = {line.split()[1]: word for line, word in sensitive_lines(report, SimpleNamespace(redactions=(), request=_REQ))[
        "statement.pdf"]}
    assert found == {"ST": "hospice", "DR": "psychiatr", "市第三人民医院": "医院", "支出": "附院"}, found


def test_a_line_a_redaction_covers_is_not_suggested_again():
    report = _statement(["02/09 ST CLARE HOSPICE SHOP 12.00 1,204.10"])
    case = SimpleNamespace(redactions=(SimpleNamespace(file="statement.pdf", text=None, transactions="HOSPICE",
                                                       page=None),), request=_REQ)
    assert sensitive_lines(report, case) == {}


def test_in_a_medical_case_the_hospital_is_the_evidence_and_the_temple_is_still_private():
    """A trial (r21): an elderly patient's case (hardship = medical) was told to black out 住院押金/结算 7,720.61 paid
    to the hospital, the very payment her request is about. Health care is not suggested there; a temple or a
    shelter still is, and in a case of another hardship the hospital still is."""
    lines = ["2026-10-15 住院押金/结算 7,720.61 4,893.64 南京市秦淮区第二人民医院", "2026-10-20 香火 200.00 4,693.64 栖霞寺",
             "21/10 BOOTS PHARMACY 12.40 1,050.95"]
    medical = sensitive_lines(_statement(lines), SimpleNamespace(redactions=(), request=SimpleNamespace(
        hardship="medical")))
    assert [w for _, w in medical["statement.pdf"]] == ["寺"], medical
    other = sensitive_lines(_statement(lines), SimpleNamespace(redactions=(), request=_REQ))
    assert [w for _, w in other["statement.pdf"]] == ["医院", "寺", "pharmacy"], other
