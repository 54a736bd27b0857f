"""Print mode: every exhibit (and the contact log) starts on an odd page, for double-sided printing."""

from __future__ import annotations

import pytest
from fixtures_assemble import AS_OF, en_case, pdf_text, zh_case
from pypdf import PdfReader

from packet.assembly.assemble import BuildOptions, build_packet
from packet.rules.checklist import load_checklist


@pytest.mark.parametrize("maker", [en_case, zh_case], ids=["en", "zh"])
def test_each_exhibit_starts_on_an_odd_page(tmp_path, maker):
    built = maker(tmp_path)
    cl = load_checklist(built.case.request.checklist)
    plain = build_packet(built.report, built.case, cl, BuildOptions(output=tmp_path / "a.pdf"), as_of=AS_OF)
    res = build_packet(built.report, built.case, cl, BuildOptions(output=tmp_path / "b.pdf", print_mode=True),
                       as_of=AS_OF)
    reader = PdfReader(res.files[0])
    starts = [reader.get_destination_page_number(o) + 1 for o in reader.outline[2:]]
    assert starts and all(n % 2 == 1 for n in starts)
    texts = pdf_text(res.files[0])
    blank = "This page is intentionally blank" if maker is en_case else "此页空白"
    blanks = [n for n, t in enumerate(texts, 1) if blank in t]
    assert blanks and res.pages == plain.pages + len(blanks) == len(texts)
    for n in blanks:
        assert (f"Page {n} / {res.pages}" if maker is en_case else f"第 {n} / {res.pages} 页") in texts[n - 1]
        assert n % 2 == 0 and n + 1 in starts
