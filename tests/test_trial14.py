"""Round 25's trial of three new users (a 杭州 delivery rider on his phone's browser, a Manchester care worker at a
terminal her son set up, a Canadian legal-aid clinic scripting 40 client folders overnight): each failure they met,
fixed, with the test that failed before."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_reading import CJK_FONT
from PIL import Image, ImageDraw, ImageFont

from packet import pipeline
from packet.rules.report_text import render_text

AS_OF = date(2026, 12, 2)
RIDER = ('[applicant]\nname = "李建军"\nphone = "13805712233"\n[lender]\nname = "某银行信用卡中心"\ncontract_number = "XY-1"\n'
         '[request]\nlanguage = "zh"\nhardship = "medical"\n')


def _wallet_screen(path, title: str, rows: list[tuple[str, str, str]]) -> None:
    """A phone's screenshot (1080 px wide, as Android saves it) of a wallet's bill list: each row a memo over its
    time, the signed amount at the right."""
    img = Image.new("RGB", (1080, 2000), (245, 245, 245))
    d = ImageDraw.Draw(img)
    big, mid, small = (ImageFont.truetype(CJK_FONT, s) for s in (50, 42, 34))
    d.text((460, 120), title, fill="black", font=big)
    y = 260
    for memo, when, amount in rows:
        d.rectangle((0, y, 1080, y + 170), fill="white")
        d.text((50, y + 25), memo, fill="black", font=mid)
        d.text((50, y + 95), when, fill=(140, 140, 140), font=small)
        d.text((1030 - d.textlength(amount, font=mid), y + 55), amount, fill="black", font=mid)
        y += 178
    img.save(path, "PNG")


@pytest.mark.parametrize("kind", ["earnings", "transfers"])
def test_a_wallet_list_of_a_platforms_payouts_is_told_it_counts_as_income(tmp_path, kind):
    """Trial 14 (a): a rider's Alipay bill list (美团众包-配送收入结算 +312.50, one a day, a 花呗 repayment between) and
    his WeChat one (饿了么蜂鸟-收入提现) were read as "other" with no word of what they could be: the hint that a
    platform's income statement counts as that month's payslip was given only to an income list with no payment
    out. Now the payouts named as earnings, three or more signed as money in, point the document at the income
    types, and the hint and its [files] line are said; a list of ordinary transfers and red packets is told nothing
    of the kind."""
    case = tmp_path / "rider"
    case.mkdir()
    (case / "packet.toml").write_text(RIDER, encoding="utf-8")
    if kind == "earnings":
        rows = [("美团众包-配送收入结算", "2026-08-31 23:10", "+312.50"), ("美团众包-配送收入结算", "2026-08-30 23:05", "+287.00"),
                ("转账-王小红", "2026-08-29 12:40", "-200.00"), ("美团众包-配送收入结算", "2026-08-28 23:01", "+276.40"),
                ("花呗自动还款", "2026-08-27 10:00", "-1,200.00"), ("美团众包-配送收入结算", "2026-08-26 23:03", "+321.90")]
    else:
        rows = [("微信红包", "2026-08-31 20:10", "+66.00"), ("转账-王小红", "2026-08-30 12:40", "+200.00"),
                ("超市消费", "2026-08-29 18:02", "-48.50"), ("转账-李建国", "2026-08-28 09:12", "+500.00"),
                ("花呗自动还款", "2026-08-27 10:00", "-1,200.00")]
    shot = case / "Screenshot_20261001_203311_com.eg.android.AlipayGphone.png"
    _wallet_screen(shot, "账单", rows)
    run = pipeline.check(case, pipeline.CheckOptions(as_of=AS_OF, jobs=1, use_cache=False))
    doc = next(d for d in run.report.documents if d.document.rel == shot.name)
    assert doc.type == "other"  # what it is read as does not change: only what it is told
    text = render_text(run.report, run.case, run.checklist)
    told = "平台的月度收入明细" in text and f'"{shot.name}" = "payslip"' in text
    assert told is (kind == "earnings"), text
