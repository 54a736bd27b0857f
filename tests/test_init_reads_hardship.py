"""``packet init`` in a folder that already holds the documents: the hardship they point to is offered as the
answer to "What happened?" (Enter takes it), as ``check`` would suggest it. A trial: init read the medical bills
for the name, then asked what happened blind."""

from __future__ import annotations

import shutil

import pytest

from packet.case.casefile import load_case
from tests.conftest import SAMPLES, init_on_terminal

BILL = SAMPLES / "zh-medical-stop" / "医疗" / "住院费用清单_20260703.pdf"


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
@pytest.mark.parametrize(("lang", "offered"), [("zh", "[疾病]"), ("en", "[medical]")])
def test_init_offers_the_hardship_the_documents_show(tmp_path, lang, offered):
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(BILL, folder)
    # name (Enter keeps the one read), lender, contract, email, hardship (Enter), since, statement, kind, owed, monthly
    answers = "\n安信消费金融有限公司\nAX2025031200458\n\n\n\n\n1\n\n\n\n\n\n\n"  # … the country and where the reply goes (Enter)
    out = init_on_terminal(folder, answers, lang, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    assert offered in out.stdout, out.stdout
    assert load_case(folder).request.hardship == "medical"


@pytest.mark.skipif(shutil.which("script") is None, reason="needs script(1) for a terminal")
def test_init_without_documents_still_asks_with_no_answer_offered(tmp_path):
    answers = "李秀英\n安信消费金融有限公司\nAX2025031200458\n\n\n\n\n1\n\n\n\n\n\n\n"
    out = init_on_terminal(tmp_path / "c", answers, "en")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "[medical]" not in out.stdout and load_case(tmp_path / "c").request.hardship is None
