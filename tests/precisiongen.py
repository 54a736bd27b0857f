"""A generator of documents whose distractors look like values of the right field but are of the wrong KIND (wave 14,
precision): a value read there must be none, never a wrong one at high confidence.

Layouts, each in Chinese and English, as text PDFs or scans/photos (drawn with :mod:`photo_forms`):

- ``footer``: a letter whose closing note names the parties in prose ("此件一式两份，用工单位与劳动者本人各留存一份)",
  "(one copy each for the Employer and the Employee)"): a label word inside a sentence gives no name or issuer;
- ``status``: a certificate whose name box was left for a hand to fill in (the name is in the letter's prose) and a
  status stamp sits under the name label ("终止", "TERMINATED"): a status is not a person;
- ``ytd``: a pay advice whose amount rows are set left of their heads ("Current" over the year-to-date figure): the
  year's figure must not be read as gross or net;
- ``quarters``: a benefit office's determination with a base-period wage table headed by quarters ("Q3 2025",
  "第三季度") naming the former employers: the first employer of the table is not who issued the letter;
- ``strip``: a one-row Chinese pay strip whose headings stand at a wider pitch than their figures (as a photo shows
  them): by position "应发合计" drifts over a neighbour's figure; by order it names its own.

The words were written for this file from how employers, payroll bureaux and benefit offices print such pages — not
copied from ``checklists/*.toml`` nor from any bench document (the organisations and people are made up).
Deterministic for a seed; truths as packet normalises them.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from photo_forms import Sheet, measure_sheets

ORGS_ZH = ["嘉兴市禾丰纺织有限公司", "贵阳黔山建材有限公司", "洛阳伊滨机电设备厂", "昆明滇池印务有限责任公司",
           "潍坊鸢都食品有限公司", "南通江海港务服务有限公司"]
PEOPLE_ZH = ["邵雨桐", "范建军", "梁晓红", "覃志远", "甘秀英", "蒋文博"]
AGENCIES_ZH = ["嘉兴市社会保险事业管理中心", "洛阳市就业服务中心", "潍坊市人力资源和社会保障局"]
ORGS_EN = ["Pemberton Hollow Joinery Ltd", "Corrib Valley Creamery Ltd", "Wattle Creek Freight Pty Ltd",
           "Redfern & Lowe Printing Co.", "Kauri Point Horticulture Ltd", "Mbeki Street Bakery (Pty) Ltd"]
PEOPLE_EN = ["Niamh Costello", "Oluwaseun Adeyemi", "Bartholomew Quist", "Priyanka Raghunathan", "Tane Whaanga",
             "Ingrid Solberg"]
AGENCIES_EN = ["Department of Workforce Services", "Bureau of Employment Security", "Office of Reemployment Assistance"]

FOOTERS_ZH = ["此件一式两份，用工单位与劳动者本人各留存一份)", "（本证明一式两份，用人单位、劳动者各执一份)",
              "注：本件经用人单位盖章后有效，劳动者凭此办理失业登记手续。", "本证明一式三份，出具单位、劳动者及经办机构各存一份)"]
FOOTERS_EN = ["(This letter is issued in duplicate: one copy each for the Employer and the Employee)",
              "Note: issued in two originals, one retained by the Company and one given to the Employee)",
              "(Copies: Employee file; Employer records)"]
STAMPS_ZH = ["终止", "解除", "离职"]
STAMPS_EN = ["TERMINATED", "CEASED", "Terminated"]


@dataclass
class Item:
    """One generated page: the sheet, its form ("text", "scan", "photo"), its document type, other right readings."""

    sheet: Sheet
    form: str = "text"
    type: str = "unemployment_proof"
    accept: dict[str, set[str]] = field(default_factory=dict)


def _day(rng: random.Random) -> tuple[int, int, int]:
    return 2026, rng.randint(8, 11), rng.randint(1, 28)


def _zh_date(d: tuple[int, int, int]) -> str:
    return f"{d[0]}年{d[1]}月{d[2]}日"


def _en_date(d: tuple[int, int, int]) -> str:
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return f"{d[2]} {months[d[1] - 1]} {d[0]}"


def _iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def footer(rng: random.Random, zh: bool) -> Item:
    """A termination letter: letterhead, title, the person in prose, a closing note naming the parties in a
    sentence, the sign-off with the organisation and the date."""
    s = Sheet("footer", "zh" if zh else "en")
    d = _day(rng)
    if zh:
        org, who = rng.choice(ORGS_ZH), rng.choice(PEOPLE_ZH)
        s.text(210, 50, org, 13, "cjk", "centre")
        s.text(210, 80, rng.choice(["解除劳动合同证明", "终止劳动合同证明"]), 14, "cjk", "centre")
        s.text(40, 120, f"兹证明{who}（身份证号码：3304{rng.randint(10**13, 10**14 - 1)}）自2020年5月起在我公司任职，", 9, "cjk")
        s.text(40, 136, f"双方于{_zh_date((2026, d[1] - 1 if d[1] > 1 else 1, 15))}解除劳动合同，劳动关系终止。", 9, "cjk")
        s.text(40, 152, "特此证明。", 9, "cjk")
        s.text(40, 200, rng.choice(FOOTERS_ZH), 8, "cjk")
        s.text(380, 250, f"{org}（盖章）", 9, "cjk", "right")
        s.text(380, 266, _zh_date(d), 9, "cjk", "right")
    else:
        org, who = rng.choice(ORGS_EN), rng.choice(PEOPLE_EN)
        s.text(210, 50, org, 13, "sans-bold", "centre")
        s.text(40, 80, _en_date(d), 9)
        s.text(40, 100, rng.choice(["Confirmation of Termination of Employment", "Separation Letter"]), 11, "sans-bold")
        s.text(40, 124, f"This is to confirm that {who} was employed by us as a machine operator from", 8.5)
        s.text(40, 138, "March 2019 until the end of last month, when the employment ended by reason of", 8.5)
        s.text(40, 152, "redundancy.", 8.5)
        s.text(40, 190, rng.choice(FOOTERS_EN), 8)
        s.text(40, 230, "Yours faithfully,", 8.5)
        s.text(40, 262, f"for {org}", 8.5)
    s.truth.update(person=who, issuer=org, date=_iso(d))
    return Item(s)


def status(rng: random.Random, zh: bool) -> Item:
    """A certificate whose name box is left blank for a hand to fill in (the name is in its prose), a status stamp
    under the name label; the issuer's name at the top and the date at the foot."""
    s = Sheet("status", "zh" if zh else "en")
    d = _day(rng)
    if zh:
        org, who = rng.choice(ORGS_ZH), rng.choice(PEOPLE_ZH)
        s.text(210, 50, org, 13, "cjk", "centre")
        s.text(210, 80, "离职证明", 14, "cjk", "centre")
        s.text(40, 115, "姓名", 9, "cjk")
        s.text(200, 115, "离职原因", 9, "cjk")
        s.text(44, 133, rng.choice(STAMPS_ZH), 10, "cjk")
        s.text(200, 133, "合同期满不再续签", 9, "cjk")
        s.text(40, 170, f"兹证明{who}原系我公司员工，现已办结离职手续，与我公司不存在劳动关系。", 9, "cjk")
        s.text(380, 240, f"{org}（盖章）", 9, "cjk", "right")
        s.text(380, 256, _zh_date(d), 9, "cjk", "right")
    else:
        org, who = rng.choice(ORGS_EN), rng.choice(PEOPLE_EN)
        s.text(210, 50, org, 13, "sans-bold", "centre")
        s.text(40, 78, f"Date: {_en_date(d)}", 9)
        s.text(40, 100, "Record of Separation", 11, "sans-bold")
        s.text(40, 124, "Employee name", 9)
        s.text(220, 124, "Reason", 9)
        s.text(42, 142, rng.choice(STAMPS_EN), 10, "sans-bold")
        s.text(220, 142, "Position made redundant", 9)
        s.text(40, 180, f"We confirm that {who} has been made redundant and is no longer employed by us.", 8.5)
        s.text(40, 230, f"for {org}", 8.5)
    s.truth.update(person=who, issuer=org, date=_iso(d))
    return Item(s)


def _amt(v: Decimal) -> str:
    return f"{v:,.2f}"


def ytd(rng: random.Random, zh: bool) -> Item:
    """A pay advice: employer, employee and period labelled at the top; an earnings table headed "Item | Current |
    YTD" whose amount rows are set left of their heads (the year-to-date figure under the current head)."""
    s = Sheet("ytd", "zh" if zh else "en")
    month = rng.randint(5, 10)
    basic = Decimal(rng.randint(3000, 9000))
    extra = Decimal(rng.randint(200, 900)) + Decimal(rng.randint(0, 99)) / 100
    gross = basic + extra
    tax = (gross * Decimal("0.12")).quantize(Decimal("0.01"))
    net = gross - tax
    shift = rng.uniform(45, 60)  # points the amounts stand left of their heads
    if zh:
        org, who = rng.choice(ORGS_ZH), rng.choice(PEOPLE_ZH)
        font = "cjk"
        s.text(210, 45, org, 12, font, "centre")
        s.text(40, 75, f"员工姓名：{who}", 9, font)
        s.text(230, 75, f"工资月份：2026年{month}月", 9, font)
        heads, rows = ("项目", "本期", "本年累计"), [("基本工资", basic), ("加班工资", extra), ("应发合计", gross),
                                                     ("代扣个税", tax), ("实发工资", net)]
    else:
        org, who = rng.choice(ORGS_EN), rng.choice(PEOPLE_EN)
        font = "sans"
        s.text(210, 45, org, 12, "sans-bold", "centre")
        s.text(40, 75, f"Employee: {who}", 9)
        s.text(230, 75, f"Pay period: {month:02d}/2026", 9)
        heads, rows = ("Item", "Current", "YTD"), [("Basic", basic), ("Overtime", extra), ("Gross pay", gross),
                                                  ("Income tax", tax), ("Net pay", net)]
    y = 110
    s.text(40, y, heads[0], 9, font)
    s.text(250, y, heads[1], 9, font, "right")
    s.text(360, y, heads[2], 9, font, "right")
    s.hline(40, 380, y + 4)
    for name, v in rows:
        y += 16
        year = v * month
        s.text(40, y, name, 9, font)
        s.text(250 - shift, y, _amt(v), 9, font, "right")
        s.text(360 - shift, y, _amt(year), 9, font, "right")
    s.truth.update(employer=org, employee=who, period=f"2026-{month:02d}", gross_pay=f"{gross:.2f}",
                   net_pay=f"{net:.2f}")
    return Item(s, type="payslip")


def quarters(rng: random.Random, zh: bool) -> Item:
    """A benefit office's determination: the office at the top, the claimant labelled, a base-period wage table
    headed by quarters naming two or three former employers, the date of the letter."""
    s = Sheet("quarters", "zh" if zh else "en")
    d = _day(rng)
    if zh:
        office, who = rng.choice(AGENCIES_ZH), rng.choice(PEOPLE_ZH)
        firms = rng.sample(ORGS_ZH, 3)
        s.text(210, 45, office, 12, "cjk", "centre")
        s.text(210, 72, "失业保险待遇核定通知书", 13, "cjk", "centre")
        s.text(40, 100, f"申领人：{who}", 9, "cjk")
        s.text(40, 116, f"核定日期：{_zh_date(d)}", 9, "cjk")
        s.text(40, 132, "经审核，你在失业前十二个月内的缴费工资如下，符合领取失业保险金的条件。", 8.5, "cjk")
        heads = ["用人单位", "2025年第四季度", "2026年第一季度", "2026年第二季度"]
        font = "cjk"
    else:
        office, who = rng.choice(AGENCIES_EN), rng.choice(PEOPLE_EN)
        firms = rng.sample(ORGS_EN, 3)
        s.text(210, 45, office, 12, "sans-bold", "centre")
        s.text(210, 70, "Monetary Determination", 12, "sans-bold", "centre")
        s.text(40, 98, f"Claimant: {who}", 9)
        s.text(40, 114, f"Date mailed: {_en_date(d)}", 9)
        heads = ["Employer", "Q4 2025", "Q1 2026", "Q2 2026"]
        font = "sans"
    y = 150
    xs = (40, 230, 310, 390) if zh else (40, 250, 310, 370)
    for x, h in zip(xs, heads, strict=True):
        s.text(x, y, h, 8, font, "left" if x == 40 else "right")
    for firm in firms[:rng.choice((2, 3))]:
        y += 15
        s.text(40, y, firm, 8, font)
        for x in xs[1:]:
            s.text(x, y, _amt(Decimal(rng.randint(2000, 9000))), 8, font, "right")
    s.truth.update(person=who, issuer=office, date=_iso(d))
    return Item(s)


EARN_STRIP = ["岗位薪资", "级别薪资", "基础绩效", "奖励绩效", "工龄补贴", "夜班补助", "交通补助", "通讯补助"]
DEDUCT_STRIP = ["养老金", "年金", "医保", "失业金", "公积金", "个税"]


def strip(rng: random.Random, zh: bool) -> Item:
    """A one-row pay strip (a hospital's or a school's monthly slip): a title naming the unit and the month, then one
    line of Chinese headings over one line of values, the headings set at a wider pitch than the figures under them
    so that, by position, the later headings drift over their neighbours' figures (as a photo of such a strip shows
    them). Chinese only: the headings are one word each. An English page is the ``ytd`` layout."""
    if not zh:
        it = ytd(rng, zh)
        it.sheet.layout = "strip"
        return it
    s = Sheet("strip", "zh")
    org, who = rng.choice(ORGS_ZH), rng.choice(PEOPLE_ZH)
    month = rng.randint(5, 10)
    earn = rng.sample(EARN_STRIP, rng.randint(4, 6))
    deduct = rng.sample(DEDUCT_STRIP, rng.randint(3, 5))
    e = [Decimal(rng.randint(20, 3000)) for _ in earn]
    d = [(Decimal(rng.randint(500, 40000)) / 100) for _ in deduct]
    gross, cut = sum(e), sum(d)
    heads = ["工号", "姓名", *earn, "应发合计", *deduct, "扣款合计", "实发金额"]
    values = [str(rng.randint(100, 9999)), who, *[_amt(v) for v in e], _amt(gross), *[_amt(v) for v in d], _amt(cut),
              _amt(gross - cut)]
    s.text(210, 50, f"{org}2026年{month}月职工工资发放明细", 11, "cjk", "centre")
    s.text(20, 74, f"发放月份：2026年{month}月", 8, "cjk")
    pitch_h = 395 / len(heads)
    pitch_v = pitch_h * rng.uniform(0.86, 0.9)
    for i, (h, v) in enumerate(zip(heads, values, strict=True)):
        s.text(14 + i * pitch_h, 100, h, 5.5, "cjk")
        s.text(14 + i * pitch_v, 114, v, 5.5, "cjk")
    s.truth.update(employer=org, employee=who, period=f"2026-{month:02d}", gross_pay=f"{gross:.2f}",
                   net_pay=f"{gross - cut:.2f}")
    return Item(s, type="payslip")


LAYOUTS: list[Callable[[random.Random, bool], Item]] = [footer, status, ytd, quarters, strip]


def generate(seed: int, per_layout: int, images: bool = False) -> list[Item]:
    """``per_layout`` pages of each layout in each language; with ``images`` each page as a scan or a photo."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        for zh in (False, True):
            for k in range(per_layout):
                rng = random.Random(seed * 7919 + li * 613 + k * 31 + zh)
                it = lay(rng, zh)
                it.form = rng.choice(("scan", "photo")) if images else "text"
                out.append(it)
    return out


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """Money by amount; names folded (case, spaces, punctuation and brackets aside); others exactly."""
    if got is None:
        return False
    if f in ("gross_pay", "net_pay"):
        try:
            return Decimal(got.replace(",", "")) == Decimal(want)
        except ArithmeticError:
            return False

    def key(s: str) -> str:
        return re.sub(r"[\s.,·'\-()（）&]", "", unicodedata.normalize("NFKC", s)).casefold()
    return key(got) in {key(w) for w in {want, *accept}}


def measure(root: Path, seed: int, per_layout: int, images: bool = False) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`): documents, types,
    fields, right, ``wrong`` (a value given that is not the truth), wrong at >= 0.9, failures."""
    got = measure_sheets(root, generate(seed, per_layout, images), seed, same)
    got["wrong"] = sum(1 for fl in got["failures"] if fl[2] != "type" and fl[4] is not None)
    return got


if __name__ == "__main__":  # pragma: no cover - a developer's view of the failures
    import sys
    import tempfile

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as t:
        got = measure(Path(t), seed, int(sys.argv[2]) if len(sys.argv) > 2 else 3,
                      images=len(sys.argv) > 3 and sys.argv[3] == "images")
    for fl in got["failures"]:
        print(fl)
    print({k: v for k, v in got.items() if k != "failures"})
