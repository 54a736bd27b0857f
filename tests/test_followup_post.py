"""A posted request's reply deadline counts from its delivery where the letter counts from receipt (the zh letter:
收到本申请之日起), and the follow-up letter names the tracking number (r17). Real case files, the real PDF writer."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest
from pypdf import PdfReader

import packet

TOML = '''[applicant]
name = "{name}"
email = "a@example.org"
[lender]
name = "{lender}"
contract_number = "HT-2026-001"
[request]
language = "{lang}"
{sent}'''


def case(tmp_path, lang: str, sent: str):
    folder = tmp_path / f"case-{lang}"
    folder.mkdir()
    (folder / "packet.toml").write_text(TOML.format(name="李娜" if lang == "zh" else "Ann Lee",
                                                    lender="安心消费金融" if lang == "zh" else "Acme Loans",
                                                    lang=lang, sent=sent), encoding="utf-8")
    return folder


POSTED = '[[sent]]\nat = 2026-11-02T10:00:00\nvia = "post"\ntracking = "SF1234567890"\n'


@pytest.mark.parametrize("lang, sent, deadline", [
    ("zh", POSTED, date(2026, 11, 23)),  # 2 Nov + 7 days for the post + 14 days
    ("zh", POSTED.replace('tracking', 'delivered = 2026-11-04\ntracking'), date(2026, 11, 18)),  # delivered + 14
    ("zh", POSTED.replace('"post"', '"email"'), date(2026, 11, 16)),  # an email arrives the day it is sent
    ("en", POSTED, date(2026, 11, 16)),  # the en letter counts from its own date
])
def test_the_reply_deadline_counts_from_delivery_where_the_letter_counts_from_receipt(tmp_path, lang, sent, deadline):
    folder = case(tmp_path, lang, sent)
    _case, st = packet.case_status(folder, date(2026, 11, 10))
    assert st.deadline == deadline, (lang, sent)
    assert not st.overdue


def test_the_wait_says_what_the_days_count_from(tmp_path):
    st = packet.case_status(case(tmp_path, "zh", POSTED), date(2026, 11, 10))[1]
    assert "2026-11-23" in st.next and "2026-11-09" in st.next and "邮寄 7 日" in st.next, st.next


def test_a_posted_request_is_not_overdue_before_it_could_have_arrived_and_been_answered(tmp_path):
    folder = case(tmp_path, "zh", POSTED)
    with pytest.raises(packet.PacketError):  # 17 Nov: 14 days after sending, but the letter was still in the post
        packet.follow_up(folder, date(2026, 11, 17))
    assert packet.case_status(folder, date(2026, 11, 24))[1].overdue


@pytest.mark.parametrize("lang, said", [("zh", "快递单号 SF1234567890"), ("en", "tracking number SF1234567890")])
def test_the_follow_up_letter_names_the_tracking_number(tmp_path, lang, said):
    folder = case(tmp_path, lang, POSTED)
    pdf, eml = packet.follow_up(folder, date(2026, 12, 10))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "").replace(" ", "")
    assert said.replace(" ", "") in text, text
    body = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    assert said in body, body


def test_without_tracking_the_letter_names_none(tmp_path):
    folder = case(tmp_path, "en", '[[sent]]\nat = 2026-11-02T10:00:00\nvia = "post"\n')
    pdf, _eml = packet.follow_up(folder, date(2026, 12, 10))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "tracking" not in text.lower()


def _cli(*args: str):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "packet", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, env={**__import__("os").environ, "PACKET_LANG": "en"})


def test_the_delivery_is_recorded_by_command_and_moves_the_deadline(tmp_path):
    """`packet sent DIR --delivered DAY` writes `delivered` into the last [[sent]] (keeping the file's other lines)
    and the zh deadline counts from it; a day before the sending, or a case with nothing sent, is refused (exit 2)
    with packet.toml untouched."""
    import json

    folder = case(tmp_path, "zh", "# 我的备注\n" + POSTED)
    r = _cli("sent", str(folder), "--delivered", "2026-11-04", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["delivered"]["at"].startswith("2026-11-04")
    text = (folder / "packet.toml").read_text(encoding="utf-8")
    assert "# 我的备注" in text and "delivered = 2026-11-04" in text
    assert packet.case_status(folder, date(2026, 11, 10))[1].deadline == date(2026, 11, 18)
    before = (folder / "packet.toml").read_bytes()
    r = _cli("sent", str(folder), "--delivered", "2026-11-01")
    assert r.returncode == 2 and "2026-11-01" in r.stderr and "Traceback" not in r.stderr
    assert (folder / "packet.toml").read_bytes() == before
    empty = case(tmp_path / "b", "en", "") if (tmp_path / "b").mkdir() is None else None
    r = _cli("sent", str(empty), "--delivered", "2026-11-04")
    assert r.returncode == 2 and "packet sent" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("lang, country, opens", [("en", "GB", "2026-12-15"), ("zh", "CN", None)])
def test_after_the_follow_up_is_sent_next_no_longer_says_to_send_it(tmp_path, lang, country, opens):
    """The step the reply's deadline opens (the complaint) is done once the follow-up is recorded as sent: "next"
    says it was sent and names the day the next step opens, never "send the follow-up" again (a trial)."""
    sent = ('[[sent]]\nat = 2026-10-02T10:00:00\nvia = "email"\n'
            '[[sent]]\nat = 2026-10-20T10:00:00\nvia = "email"\nkind = "follow-up"\n')
    folder = case(tmp_path, lang, sent)
    toml = folder / "packet.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(f'language = "{lang}"',
                                                              f'language = "{lang}"\ncountry = "{country}"'),
                    encoding="utf-8")
    st = packet.case_status(folder, date(2026, 10, 25))[1]
    assert st.steps and not st.steps[0].open_now
    assert "2026-10-20" in st.next and ("follow-up" in st.next or "跟进函" in st.next), st.next
    assert "send the follow-up" not in st.next.lower() and "请发送跟进函" not in st.next
    if opens:
        assert opens in st.next


def _attachments(eml) -> list[tuple[str, bytes]]:
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    return [(a.get_filename(), a.get_content()) for a in msg.iter_attachments()]


@pytest.mark.parametrize("lang, said", [("zh", "申请材料副本"), ("en", "a copy of my request as sent on 2026-11-02")])
def test_the_follow_up_email_attaches_the_request_as_sent_and_only_that_file(tmp_path, lang, said):
    """The lender who lost the first email gets it again with the follow-up: the very file `packet sent` recorded
    (its sha256), not whatever a later build left at that path."""
    import hashlib

    from reportlab.pdfgen import canvas

    sent_pdf = tmp_path / f"case-{lang}-packet.pdf"
    c = canvas.Canvas(str(sent_pdf))
    c.drawString(72, 720, "Request for a repayment plan")
    c.save()
    digest = hashlib.sha256(sent_pdf.read_bytes()).hexdigest()
    folder = case(tmp_path, lang, '[[sent]]\nat = 2026-11-02T10:00:00\nvia = "email"\n'
                                  f'file = "{sent_pdf.as_posix()}"\nsha256 = "{digest}"\n')
    _pdf, eml = packet.follow_up(folder, date(2026, 12, 10))
    got = _attachments(eml)
    assert [n for n, _ in got] == [f"case-{lang}-followup.pdf", sent_pdf.name]
    assert got[1][1] == sent_pdf.read_bytes()
    body = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    assert said in body, body
    c = canvas.Canvas(str(sent_pdf))  # built again since: no longer the file the lender got
    c.drawString(72, 720, "Another letter")
    c.save()
    _pdf, eml = packet.follow_up(folder, date(2026, 12, 11))
    assert [n for n, _ in _attachments(eml)] == [f"case-{lang}-followup.pdf"]
