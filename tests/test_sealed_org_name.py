"""An organisation's Chinese name OCR read on the line where the document is sealed ("用人单位（盖章）：…") is less
sure unless the page prints it again (round 22: independent 17's termination certificate, "鹤岗兴山选煤有限责任公司"
read "岗兴选煤有限责任公司" at 0.86 — the seal's red ink, taken out before reading, took two characters with it).
Pages drawn here (our own names and wording, no seal drawn: the rule reads the line's seal mark), read by the real
OCR; the name printed a second time in the body keeps its confidence."""

from __future__ import annotations

from fixtures_reading import page_image, read_documents

from packet.core.model import Classified
from packet.understanding.extract import extract

HEAD = ["解除劳动合同证明书", "劳动者姓名：韦秋萍", "入职时间：2015年3月2日", "解除时间：2026年9月30日"]


def _issuer(tmp_path, body: str):
    lines = [*HEAD, body, "特此证明。", "用人单位（盖章）：柳江北岸纸业有限公司", "出具日期：2026年10月8日"]
    page_image(lines, cjk=True, font_pt=11, size_in=(5.83, 4.13)).save(tmp_path / "cert.png", dpi=(200, 200))
    [doc] = read_documents(tmp_path, "zh")
    e = extract(Classified(doc, "unemployment_proof"), "zh")
    return e.fields["issuer"], e.evidence.get("issuer")


def test_a_name_read_where_the_seal_is_stamped_is_not_sure(tmp_path) -> None:
    value, evidence = _issuer(tmp_path, "因我公司生产线关闭，双方于2026年9月30日解除劳动合同。")
    assert value == "柳江北岸纸业有限公司"
    assert evidence.confidence < 0.85 and evidence.method.endswith("+under-seal")


def test_the_same_name_printed_again_keeps_its_confidence(tmp_path) -> None:
    value, evidence = _issuer(tmp_path, "柳江北岸纸业有限公司与其于2026年9月30日解除劳动合同。")
    assert value == "柳江北岸纸业有限公司"
    assert "under-seal" not in evidence.method


def test_a_seal_glyph_read_beside_the_name_is_no_part_of_it(tmp_path) -> None:
    """A seal's star read as "★" after the office's name (independent 18's benefit voucher scan gave
    "…安源分局 ★" at 0.40): a symbol at a name's end is trimmed (values.clean_text), on a real OCR reading."""
    lines = [*HEAD, "双方于2026年9月30日解除劳动合同。", "特此证明。", "用人单位（盖章）：", "柳江北岸纸业有限公司 ★",
             "出具日期：2026年10月8日"]
    page_image(lines, cjk=True, font_pt=11, size_in=(5.83, 4.13)).save(tmp_path / "cert.png", dpi=(200, 200))
    [doc] = read_documents(tmp_path, "zh")
    assert "★" in doc.pages[0].text  # the reading holds the glyph: the trim is what takes it off
    e = extract(Classified(doc, "unemployment_proof"), "zh")
    assert e.fields["issuer"] == "柳江北岸纸业有限公司"


def test_symbols_at_a_values_ends_are_trimmed() -> None:
    from packet.understanding.values import clean_text

    assert clean_text("萍乡市某某管理局 ★") == "萍乡市某某管理局"
    assert clean_text("✔ Harbour Dental ®") == "Harbour Dental"
    assert clean_text("Star ★ Bakery") == "Star ★ Bakery"  # inside a name it stays: only the ends are trimmed
    assert clean_text(" ★ ") is None


def test_the_former_employer_under_its_column_head_is_not_the_issuer(tmp_path) -> None:
    """A form's header row over its value row ("原工作单位" over the works' name): the works is whom the person
    worked for, not who issued the form (independent 18's benefit voucher photo gave the works as the issuer at
    0.80; read after judging). The office that issues it is named further down, with no issuer label."""
    lines = ["失业保险金领取凭证", "姓名　　　　原工作单位", "韦秋萍　　　柳江北岸纸业有限公司",
             "领取月份　　2026年11月", "发放金额　　1,656.00", "发放机构：柳州市柳江区人力资源和社会保障局",
             "日期：2026年11月5日"]
    page_image(lines, cjk=True, font_pt=11, size_in=(5.83, 4.13)).save(tmp_path / "voucher.png", dpi=(200, 200))
    [doc] = read_documents(tmp_path, "zh")
    e = extract(Classified(doc, "unemployment_proof"), "zh")
    assert e.fields["issuer"] == "柳州市柳江区人力资源和社会保障局"


def test_a_name_found_by_position_in_the_seals_box_is_not_sure(tmp_path) -> None:
    """An office's name found with no label of its own, printed under a "（盖章）" line (where the seal is
    stamped and its red ink takes strokes: "…安源分局" read "…安源分" on independent 18's voucher photo) is less
    sure, as a name on the sealed line itself is (evidence.under_seal)."""
    lines = ["失业保险金领取凭证", "姓名：韦秋萍", "领取月份：2026年11月", "发放金额：1,656.00", "（盖章）",
             "柳州市柳江区人力资源和社会保障局", "日期：2026年11月5日"]
    page_image(lines, cjk=True, font_pt=11, size_in=(5.83, 4.13)).save(tmp_path / "voucher.png", dpi=(200, 200))
    [doc] = read_documents(tmp_path, "zh")
    e = extract(Classified(doc, "unemployment_proof"), "zh")
    assert e.fields["issuer"] == "柳州市柳江区人力资源和社会保障局"
    assert e.evidence["issuer"].method.endswith("+under-seal") and e.evidence["issuer"].confidence < 0.7
