"""The follow-up letter says what was logged and only what is known (round 19, a new user's trial):

- the contacts logged since the request was sent that recorded what was said or promised are in it, dated, masked as
  packet masks free text (a call "promised: no calls while reviewing"; 催收员 "说会停止给我妈妈打电话");
- a request sent by email with no receipt recorded is said to have been sent on its day, never "贵司于…收到该申请";
  a delivery recorded ([[sent]] delivered) is said as such.

Case folders hold only packet.toml (no documents: ``status --follow-up`` reads none); the PDF's text is read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from packet.cli import cli


def _case(root: Path, lang: str, extra: str = "", sent: str = 'at = 2026-12-01T09:00:00\nvia = "email"\n') -> Path:
    root.mkdir(parents=True)
    (root / "packet.toml").write_text(
        f'[applicant]\nname = "{"王秀兰" if lang == "zh" else "Owen Pritchard"}"\nemail = "o@example.com"\n'
        '[lender]\nname = "Calder Finance"\ncontract_number = "CF-7731"\n'
        f'[request]\nlanguage = "{lang}"\nkind = "stop"\n'
        f'[[sent]]\n{sent}' + extra, encoding="utf-8")
    return root


def _letter(root: Path) -> str:
    out = CliRunner().invoke(cli, ["status", str(root), "--as-of", "2026-12-20", "--follow-up"])
    assert out.exit_code == 0, out.output
    pdf = root.parent / f"{root.name}-followup.pdf"
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)


CONTACTS = '''
[[contact]]
at = 2026-11-20T10:00:00
channel = "phone"
with = "agent 1002"
said = "pay now or we escalate"

[[contact]]
at = 2026-12-03T10:15:00
channel = "phone"
with = "Megan, agent 5512"
said = "they have my email and will review it in 14 days"
promised = "no calls while reviewing"
next_step = "wait for their letter"

[[contact]]
at = 2026-12-05T16:00:00
channel = "chat"
summary = "asked me to confirm my card 4929 1234 5678 9012"
'''


def test_the_follow_up_says_what_was_said_and_promised_since(tmp_path: Path) -> None:
    text = _letter(_case(tmp_path / "c", "en", CONTACTS))
    assert "3December2026(phone,Megan,agent5512)" in text
    assert "promised:“nocallswhilereviewing”" in text and "willreviewitin14days" in text
    assert "5December2026(chat)" in text and "567890" not in text  # masked as packet masks free text
    assert "escalate" not in text  # before the request was sent
    assert "waitfortheirletter" not in text  # the applicant's own next step is not what the lender said


def test_the_zh_follow_up_says_what_the_collector_said(tmp_path: Path) -> None:
    extra = '[[contact]]\nat = 2026-12-01T18:29:00\nchannel = "phone"\nwith = "催收员 小李"\n' \
            'summary = "说会停止给我妈妈打电话，等审核结果"\n'
    text = _letter(_case(tmp_path / "z", "zh", extra))
    assert "2026年12月1日（电话，催收员小李）：说会停止给我妈妈打电话，等审核结果" in text


def test_no_contact_logged_no_paragraph(tmp_path: Path) -> None:
    text = _letter(_case(tmp_path / "c", "en"))
    assert "contactswithyou" not in text


@pytest.mark.parametrize(("sent", "said", "not_said"), [
    ('at = 2026-12-01T09:00:00\nvia = "email"\n', "该申请于2026年12月1日发出，自发出之日起计算，答复期限为2026年12月15日",
     "收到该申请"),
    ('at = 2026-12-01T09:00:00\nvia = "email"\ndelivered = 2026-12-02T11:00:00\n',
     "该申请已于2026年12月2日送达贵司，答复期限为2026年12月16日", "发出之日"),
], ids=["sent-only", "delivered"])
def test_the_zh_follow_up_says_received_only_when_recorded(tmp_path: Path, sent: str, said: str, not_said: str) -> None:
    text = _letter(_case(tmp_path / "z", "zh", sent=sent))
    assert said in text and not_said not in text, text


# --- the CN complaint route depends on who supervises the lender -----------------------------------------------
@pytest.mark.parametrize(("lender", "says", "not_says"), [
    ("深圳速易小额贷款有限公司", "地方金融管理", "拨打银行保险消费者投诉维权热线 12378"),
    ("某某小贷有限公司", "地方金融管理", "拨打银行保险消费者投诉维权热线 12378"),
    ("某某融资担保有限公司", "地方金融管理", "拨打银行保险消费者投诉维权热线 12378"),
    ("马上消费金融股份有限公司", "12378", "地方金融管理"),
    ("中国工商银行", "12378", "地方金融管理"),
    ("某某科技有限公司", "12378", None),  # no telling: both ways, each for its kind of company
], ids=["microloan", "xiaodai", "guarantee", "consumer-finance", "bank", "unknown"])
def test_the_cn_route_follows_the_lenders_kind(lender: str, says: str, not_says: str | None) -> None:
    from datetime import date, datetime

    from packet.case.casefile import Applicant, Case, Lender, Request, Sent
    from packet.case.followup import status

    c = Case(root=Path("/x"), applicant=Applicant(name="王秀兰"), lender=Lender(name=lender),
             request=Request(language="zh", country="CN"), sent=(Sent(at=datetime(2026, 12, 1, 9), via="email"),))
    steps = " ".join(s.text + s.source for s in status(c, date(2027, 1, 20), "zh").steps)
    assert says in steps and (not_says is None or not_says not in steps), steps
    if not_says is None:
        assert "地方金融管理" in steps
