"""The email draft: parsed back with Python's email package; addressed, worded and attached right."""

from __future__ import annotations

import email
from email import policy

import pytest
from fixtures_assemble import AS_OF, en_case, zh_case

from packet.assembly.assemble import BuildOptions, build_packet
from packet.rules.checklist import load_checklist


def build(built, out, **kw):
    cl = load_checklist(built.case.request.checklist)
    return build_packet(built.report, built.case, cl, BuildOptions(output=out, eml=True, **kw), as_of=AS_OF)


@pytest.mark.parametrize("maker", [en_case, zh_case], ids=["en", "zh"])
def test_draft_is_addressed_and_carries_the_pdf(tmp_path, maker):
    built = maker(tmp_path)
    res = build(built, tmp_path / "packet.pdf")
    pdf, eml = res.files
    assert eml == tmp_path / "packet.eml" and res.parts == 1
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    c = built.case
    assert msg["To"].addresses[0].addr_spec == c.lender.email
    assert msg["From"].addresses[0].addr_spec == c.applicant.email
    assert c.lender.contract_number in msg["Subject"]
    assert msg["X-Unsent"] == "1"
    assert msg["X-Mailer"].startswith("packet ")
    assert msg["Message-ID"].endswith("@packet.invalid>")
    assert msg["Date"].datetime.date() == AS_OF
    body = msg.get_body(("plain",)).get_content()
    (att,) = list(msg.iter_attachments())
    assert att.get_content_type() == "application/pdf"
    assert att.get_filename() == "packet.pdf"
    assert att.get_content() == pdf.read_bytes()
    if maker is zh_case:
        assert msg["Subject"].startswith("停催申请")
        assert "暂停对本人的一切催收联系" in body and "· 附件 1：" in body and "· 附件 2：" in body
    else:
        assert msg["Subject"].startswith("Request to pause collection activity")
        assert "pause all collection activity" in body and "· Exhibit A: " in body and "· Exhibit B: " in body
    for ex in built.report.documents:  # documents by what they are, never by their file name
        assert ex.document.rel.rsplit("/", 1)[-1] not in body


def test_draft_is_the_same_bytes_every_time(tmp_path):
    built = en_case(tmp_path)
    a = build(built, tmp_path / "a" / "p.pdf").files[1].read_bytes()
    b = build(built, tmp_path / "b" / "p.pdf").files[1].read_bytes()
    assert a == b


def test_draft_without_applicant_email_has_no_from(tmp_path):
    built = en_case(tmp_path)
    case = type(built.case)(**{**built.case.__dict__,
                               "applicant": type(built.case.applicant)(name="John Smith")})
    res = build(type(built)(case, built.report, built.root), tmp_path / "p.pdf")
    msg = email.message_from_bytes(res.files[1].read_bytes(), policy=policy.default)
    assert msg["From"] is None and msg["To"] is not None
