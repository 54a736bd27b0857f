"""The second reading of OCR'd documents that lack fields (packet.understanding.second_reading): the merge rules from recorded
values, and one real Tesseract run on a small generated page (cached, so it is never repeated)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fixtures_reading import BILL_ZH, case_at, page_image, save_image
from textdoc import make_doc

from packet.core.model import Extracted
from packet.reading import ocr
from packet.reading.ingest import read_case
from packet.reading.ocr_cache import OcrCache
from packet.understanding import second_reading as reread
from packet.understanding.classify import classify
from packet.understanding.extract import extract

BILL = {"provider": "北京协和医院", "patient": None, "date": "2026-10-08", "total": "1286.50"}


def _item(fields, form="scan", parts=()):
    return Extracted(make_doc("x", rel="bill.jpg", form=form), "medical_bill", dict(fields), parts=tuple(parts))


def test_merge_fills_only_what_the_first_reading_lacks():
    first = _item(BILL)
    second = _item({"provider": "北京协和医阮", "patient": "张伟", "date": None, "total": "1286.50"})
    merged = reread.merge(first, second)
    assert merged.fields == {**BILL, "patient": "张伟"}


def test_merge_never_takes_a_period_that_runs_backwards():
    fields = {"bank": "招商银行", "account_holder": "张伟", "account_number": "1234", "period_start": "2026-09-01",
              "period_end": None, "closing_balance": "10.00"}
    first = Extracted(make_doc("x", form="scan"), "bank_statement", fields)
    second = Extracted(make_doc("x", form="scan"), "bank_statement", {**fields, "period_end": "2026-08-31"})
    assert reread.merge(first, second).fields["period_end"] is None


def test_merge_part_by_part_only_when_both_readings_split_alike():
    a = {**BILL, "date": "2026-09-01"}
    first = _item(a, parts=[a, {**BILL, "patient": "张伟"}])
    second = _item(a, parts=[{**a, "patient": "张伟"}, {**BILL, "patient": "李娜"}])
    merged = reread.merge(first, second)
    assert [p["patient"] for p in merged.parts] == ["张伟", "张伟"]
    assert merged.fields["patient"] == "张伟"
    assert reread.merge(first, _item({**a, "patient": "张伟"})) == first


@pytest.mark.parametrize(("fields", "form", "wanted"), [
    (BILL, "scan", True),
    ({**BILL, "patient": "张伟"}, "scan", False),
    (BILL, "text", False),
], ids=["ocr-lacking", "ocr-complete", "text-layer"])
def test_who_is_read_again(fields, form, wanted):
    assert reread.wants_second_reading(_item(fields, form=form)) is wanted


def test_nothing_runs_when_every_field_was_found(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "read_pages", lambda *a, **k: pytest.fail("no second reading expected"))
    items = [_item({**BILL, "patient": "张伟"}), _item(BILL, form="text")]
    assert reread.improve(items, case_at(tmp_path, "zh"), languages="chi_sim+eng") == items


def test_second_reading_finds_a_lost_field_and_is_cached(tmp_path, monkeypatch):
    case_dir = tmp_path / "case"
    save_image(page_image(BILL_ZH, cjk=True, dpi=200, font_pt=12), case_dir / "bill.png", "PNG")
    case = case_at(case_dir, "zh")
    cache = OcrCache(tmp_path / "cache")
    read = read_case(case, languages="chi_sim+eng", jobs=1, cache=cache)
    first = extract(classify(read.documents, case)[0], "zh")
    assert first.type == "medical_bill" and first.fields["patient"] == "张伟"
    lost = replace(first, fields={**first.fields, "patient": None})  # as when the first reading garbles it

    again = reread.improve([lost], case, languages="chi_sim+eng", jobs=1, cache=cache)[0]
    assert again.fields == first.fields

    def no_ocr(task):
        raise AssertionError("read from the cache, not by Tesseract")

    monkeypatch.setattr(ocr, "read_task", no_ocr)
    assert reread.improve([lost], case, languages="chi_sim+eng", jobs=1, cache=cache)[0].fields == first.fields


def test_only_a_strip_round_the_label_is_read_again():
    """A label found with no value beside it: its page is read again only from a little above that line to the
    lines a value below it could be on, the whole width; a page showing no label is read whole."""
    body = ["社区卫生服务中心 收费单据", "流水号 88120417"] + [f"项目{k}  检验费  {k * 3}.00" for k in range(1, 14)]
    labelled = "\n".join(body[:8] + ["患者姓名：", "  "] + body[8:])  # the name was printed, but not made out
    item = Extracted(make_doc(labelled, "\n".join(body), rel="bill.jpg", form="scan"), "medical_bill",
                     {**BILL, "patient": None})
    strips = reread.strips_to_read(item)
    assert list(strips) == [0]
    top, bottom = strips[0]
    label = next(w for w in item.document.pages[0].words if w.text.startswith("患者"))
    assert top < label.box[1] and label.box[3] < bottom
    assert bottom - top <= reread.BAND_MAX and top > 0.1  # not the whole page: the lines far above are not read
    assert reread.pages_to_read(item) == [0]
    unlabelled = Extracted(make_doc("\n".join(body), rel="bill.jpg", form="scan"), "medical_bill",
                           {**BILL, "patient": None})
    assert reread.strips_to_read(unlabelled) == {0: None}  # no label seen: the first page, whole


LEDGER_PAGE = """瑞丰农商银行 个人账户交易明细
户名：赵春梅    账号：6230 5812 0077 4419
交易日期      摘要              收入        支出        余额
2026-09-03    快捷支付                      120.00      4,880.00
2026-09-28    代发工资          5,000.00                9,880.00
"""


def test_a_period_only_the_rows_gave_is_read_again_only_where_its_label_is_printed():
    """Fields a statement already has from its transaction rows are looked for again only on a page where one of
    their labels was seen (a printed period beats the rows'); with no label anywhere there is nothing printed to
    find, and no page is read again (it would cost a whole OCR pass)."""
    fields = {"bank": "瑞丰农商银行", "account_holder": "赵春梅", "account_number": "4419",
              "period_start": "2026-09-03", "period_end": "2026-09-28", "closing_balance": "9880.00"}
    rows_only = Extracted(make_doc(LEDGER_PAGE, LEDGER_PAGE, rel="flow.pdf", form="scan"), "bank_statement", fields)
    assert reread.strips_to_read(rows_only, ["period_start", "period_end"]) == {}
    labelled = LEDGER_PAGE.replace("交易明细\n", "交易明细\n起止日期：\n")
    printed = Extracted(make_doc(labelled, LEDGER_PAGE, rel="flow.pdf", form="scan"), "bank_statement", fields)
    assert list(reread.strips_to_read(printed, ["period_start", "period_end"])) == [0]
    # a field the document truly lacks is still looked for on its first page when no label was seen
    no_holder_line = LEDGER_PAGE.replace("户名：赵春梅    ", "")
    lacking = Extracted(make_doc(no_holder_line, rel="flow.pdf", form="scan"), "bank_statement",
                        {**fields, "account_holder": None})
    assert reread.strips_to_read(lacking, ["account_holder", "period_start"]) == {0: None}


def test_a_strip_read_by_tesseract_keeps_its_words_where_the_page_has_them():
    """The strip is cut from the upright page, read, and its words put back at their places on the whole page."""
    lines = ["Riverside Dental Practice", "Invoice 55-0193", "Treatment: scale and polish",
             "Patient: Ngozi Adeyemi", "Date of visit: 14/07/2026", "Fee 62.00", "Paid 20.00", "Balance 42.00",
             "Thank you for your visit"]
    img = page_image(lines, dpi=200, font_pt=12)
    whole = ocr.ocr_image(img, number=1, languages="eng", dpi=200, rotation=0, upscale=False)
    patient = next(w for w in whole.words if w.text.startswith("Patient"))
    band = (round(patient.box[1] - 0.02, 4), round(patient.box[3] + 0.1, 4))
    strip = ocr.ocr_image(img, number=1, languages="eng", dpi=200, rotation=0, upscale=False, band=band)
    assert "Adeyemi" in strip.text and "Riverside" not in strip.text and "Thank" not in strip.text
    assert (strip.width, strip.height) == (whole.width, whole.height)
    assert all(band[0] - 0.01 <= w.box[1] and w.box[3] <= band[1] + 0.01 for w in strip.words)
    placed = {w.text: w.box for w in whole.words}
    same = [w for w in strip.words if w.text in placed]
    assert len(same) >= 3
    for w in same:
        assert all(abs(a - b) < 0.01 for a, b in zip(w.box, placed[w.text], strict=True)), (w, placed[w.text])
