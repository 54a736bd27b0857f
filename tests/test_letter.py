"""The cover letter and the fonts behind it: Chinese is embedded (renders anywhere and extracts back),
the request is one sentence per kind, and the font search explains how to install a font."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from fixtures_assemble import AS_OF, FULL_ID, en_case, pdf_text, zh_case
from PIL import Image

from packet.assembly import fonts
from packet.assembly.assemble import BuildOptions, build_packet
from packet.assembly.exhibits import exhibit_label, fmt_date
from packet.assembly.letter import request_sentence
from packet.core.errors import PacketError
from packet.rules.checklist import load_checklist


@pytest.fixture(scope="module")
def zh_pdf(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("zhl")
    built = zh_case(tmp)
    return build_packet(built.report, built.case, load_checklist("zh-stop-collection"),
                        BuildOptions(output=tmp / "zh.pdf"), as_of=AS_OF).files[0]


def test_chinese_font_is_embedded_as_a_subset(zh_pdf):
    out = subprocess.run(["pdffonts", str(zh_pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        if "Helvetica" in row:
            continue
        assert "TrueType" in row and " yes " in row, row  # embedded (and subset: name has a +prefix)
        assert "+" in row.split()[0]


def test_chinese_renders_to_ink(zh_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(zh_pdf),
                    str(tmp_path / "p")], check=True)
    img = Image.open(tmp_path / "p.png").convert("L")
    w, h = img.size
    title = img.crop((int(w * 0.3), int(h * 0.04), int(w * 0.7), int(h * 0.1)))
    dark = sum(title.histogram()[:128])
    assert dark > 150  # the 停催申请书 title is drawn, not blank boxes or nothing


def test_chinese_extracts_back(zh_pdf):
    text = pdf_text(zh_pdf)[0]
    assert "停催申请书" in text and "困难情况说明" in text and "张伟" in text
    assert FULL_ID not in text and "****1234" in text


@pytest.mark.parametrize(("lang", "kind", "phrase"), [
    ("zh", "stop", "暂停对本人的一切催收联系"),
    ("zh", "reduce", "仅以书面方式或在双方约定的时间联系本人"),
    ("en", "stop", "pause all collection activity"),
    ("en", "reduce", "reduce collection contact on this account to written contact only"),
], ids=["zh-stop", "zh-reduce", "en-stop", "en-reduce"])
def test_request_sentence(tmp_path, lang, kind, phrase):
    built = (zh_case if lang == "zh" else en_case)(tmp_path)
    case = replace(built.case, request=replace(built.case.request, kind=kind))
    sentence = request_sentence(case, lang)
    assert phrase in sentence
    assert sentence.count("。" if lang == "zh" else ". ") <= 1


def test_reduce_title_in_chinese(tmp_path):
    built = zh_case(tmp_path)
    case = replace(built.case, request=replace(built.case.request, kind="reduce"))
    res = build_packet(built.report, case, load_checklist("zh-reduce-collection"),
                       BuildOptions(output=tmp_path / "r.pdf"), as_of=AS_OF)
    assert "缓催申请书" in pdf_text(res.files[0])[0]


def test_english_letter_with_chinese_names_embeds_the_cjk_font(tmp_path):
    built = en_case(tmp_path)
    case = replace(built.case, lender=replace(built.case.lender, name="招商银行信用卡中心"))
    res = build_packet(built.report, case, load_checklist("en-hardship"), BuildOptions(output=tmp_path / "e.pdf"),
                       as_of=AS_OF)
    assert "招商银行信用卡中心" in pdf_text(res.files[0])[0]


def test_no_plan_asks_to_agree_one(tmp_path):
    from packet.case.casefile import Plan

    built = en_case(tmp_path)
    case = replace(built.case, plan=Plan())
    res = build_packet(built.report, case, load_checklist("en-hardship"), BuildOptions(output=tmp_path / "e.pdf"),
                       as_of=AS_OF)
    assert "agree an affordable repayment plan" in pdf_text(res.files[0])[0]


@pytest.mark.parametrize(("index", "lang", "label"), [(0, "zh", "附件 1"), (9, "zh", "附件 10"), (0, "en", "Exhibit A"),
                                                      (25, "en", "Exhibit Z"), (26, "en", "Exhibit AA")])
def test_exhibit_labels(index, lang, label):
    assert exhibit_label(index, lang) == label


def test_dates_for_people():
    assert fmt_date(AS_OF, "zh") == "2026年11月20日"
    assert fmt_date(AS_OF, "en") == "20 November 2026"


def test_truetype_faces_of_the_system_font_and_a_cff_font(tmp_path):
    wqy = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if not wqy.exists():
        pytest.fail("the test machine needs fonts-wqy-zenhei (see README)")
    assert fonts.truetype_faces(wqy)[0] == 0
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO" + b"\x00" * 60)
    assert fonts.truetype_faces(cff) == []


def test_missing_font_error_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "CANDIDATES", (str(tmp_path / "none.ttc"),))
    monkeypatch.delenv("PACKET_CJK_FONT", raising=False)
    fonts.find_cjk_font.cache_clear()
    try:
        with pytest.raises(PacketError) as err:
            fonts.find_cjk_font()
        assert "apt-get install fonts-wqy-zenhei" in str(err.value)
        assert "brew install --cask font-wqy-zenhei" in str(err.value)
    finally:
        fonts.find_cjk_font.cache_clear()


def test_env_override_is_used(monkeypatch):
    path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    monkeypatch.setenv("PACKET_CJK_FONT", f"{path}#1")
    fonts.find_cjk_font.cache_clear()
    try:
        assert fonts.find_cjk_font() == (Path(path), 1)
    finally:
        fonts.find_cjk_font.cache_clear()


@pytest.mark.parametrize(("paper", "lang", "size"), [("A4", "en", (595, 842)), ("letter", "en", (612, 792)),
                                                     ("letter", "zh", (595, 842))], ids=["en-a4", "en-letter", "zh-a4"])
def test_paper_rule(paper, lang, size):
    from packet.assembly.page_frame import paper_size

    assert tuple(round(v) for v in paper_size(paper, lang)) == size
