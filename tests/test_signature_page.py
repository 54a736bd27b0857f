"""The build names the page the letter's signature line really stands on, found from the rendered letter (a trial:
"sign … (page 1)" while the line stood alone on page 2), and the closing request stays with the signature (r17)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from packet.cli import cli

TOML = '''[applicant]
name = "{name}"
email = "a@example.org"
[lender]
name = "{lender}"
contract_number = "HT-2026-001"
[request]
language = "{lang}"
kind = "stop"
hardship = "medical"
statement = """{statement}"""
'''
SIGNED = {"zh": "申请人（签名）", "en": "Signature:"}
CLOSING = {"zh": "日内书面答复", "en": "Please reply in writing"}


def build(tmp_path, lang: str, sentences: int):
    folder = tmp_path / f"c-{lang}-{sentences}"
    folder.mkdir()
    one = ("本人因病住院，收入中断，目前无力按原合同还款，恳请贵司暂停催收。" if lang == "zh"
           else "I was in hospital for three months and my income stopped, so I cannot pay as the contract says. ")
    (folder / "packet.toml").write_text(TOML.format(name="李娜" if lang == "zh" else "Ann Lee",
                                                    lender="安心消费金融" if lang == "zh" else "Acme Loans", lang=lang,
                                                    statement=one * sentences), encoding="utf-8")
    out = tmp_path / f"{folder.name}.pdf"
    r = CliRunner().invoke(cli, ["build", str(folder), "--force", "-o", str(out), "--as-of", "2026-11-20",
                                 "--no-cache"])
    assert r.exit_code == 0, r.output
    return out, r.output


def pages_with(pdf, words: str) -> list[int]:
    return [i for i, p in enumerate(PdfReader(pdf).pages, 1) if words in re.sub(r"\s+", "", p.extract_text() or "")]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("sentences", [1, 26])
def test_the_build_names_the_page_of_the_signature_line(tmp_path, lang, sentences):
    pdf, said = build(tmp_path, lang, sentences)
    where = pages_with(pdf, SIGNED[lang].replace(" ", ""))
    assert len(where) == 1, where
    page = where[0]
    if sentences > 1:
        assert page >= 2, "the long statement was meant to push the signature past page 1"
    flat = " ".join(said.split())
    assert (f"签名处签字（第 {page} 页）" if lang == "zh" else f"signature line (page {page})") in flat, flat
    # the closing request is on the signature's page: the line does not stand alone
    assert page in pages_with(pdf, CLOSING[lang].replace(" ", "")), (page, pages_with(pdf, CLOSING[lang]))
