"""A generator of bank statements whose period is printed as TWO labelled dates (a start label and an end label,
each with its own value), over transaction rows that begin after the start and end before the end — so a reader
that takes the first and last rows' dates instead of the printed period is caught.

Label wording comes from pools written from how issuers print these statements (mainland Chinese banks' 查询起日/
查询止日, 起始日期/终止日期, 开始日期/结束日期, 交易起始日/交易截止日, 查询开始时间/查询结束时间; UK, AU, NZ, SG, IN
and ZA banks' From/To, Start date/End date, Period from/Period to, Opening date/Closing date), not from packet's
vocabulary. The two dates are placed label-left on one line (side by side or stacked), in grid cells (label cell,
value cell), or label above value; dates as yyyymmdd, ISO, 年月日, dotted, slashed day-first or day-month-name.
Deterministic for a seed; documents are :class:`rolegen.Doc` and are drawn with :func:`rolegen.draw`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from rolegen import LATIN_FONTS, Doc, money

ZH_PAIRS = [("查询起日", "查询止日"), ("起始日期", "终止日期"), ("开始日期", "结束日期"), ("交易起始日", "交易截止日"),
            ("查询开始时间", "查询结束时间"), ("起始日", "截止日"), ("查询起始日期", "查询终止日期"),
            ("明细起日", "明细止日")]
EN_PAIRS = [("From", "To"), ("Start date", "End date"), ("Period from", "Period to"), ("Statement from", "Statement to"),
            ("Period start", "Period end"), ("Date from", "Date to")]
ZH_BANKS = ["中国农业银行", "交通银行", "上海浦东发展银行", "平安银行", "南粤农村商业银行", "华夏银行"]
EN_BANKS = ["Harbourside Bank", "Kestrel Savings Bank", "Southern Cross Credit Union", "Ridgeview Building Society"]
ZH_NAMES = ["覃海燕", "邬家豪", "柏晓琳", "洪建军", "甄美玲"]
EN_NAMES = ["Aisha Patel", "Connor Walsh", "Thandiwe Mokoena", "Wei Ling Tan", "Rangi Parata"]


def _zh_fmt(d: date, style: int, with_time: bool) -> str:
    s = [f"{d.year}{d.month:02d}{d.day:02d}", f"{d.year}-{d.month:02d}-{d.day:02d}",
         f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d.year}.{d.month:02d}.{d.day:02d}",
         f"{d.year}/{d.month:02d}/{d.day:02d}"][style]
    return s + (" 00:00:00" if with_time else "")


def _en_fmt(d: date, style: int) -> str:
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {d.strftime('%b')} {d.year}",
            f"{d.day} {d.strftime('%B')} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}"][style]


def _period(rng: random.Random) -> tuple[date, date]:
    if rng.random() < 0.6:  # whole months, one to three of them
        start = date(2026, rng.randint(1, 9), 1)
        end = start
        for _ in range(rng.randint(1, 3)):
            end = (end.replace(day=28) + timedelta(days=4)).replace(day=1)
        return start, end - timedelta(days=1)
    start = date(2026, rng.randint(1, 9), rng.randint(5, 20))  # a cycle: the 5th-20th to the day before a month on
    nxt = (start.replace(day=28) + timedelta(days=4)).replace(day=start.day)
    return start, nxt - timedelta(days=1)


def statement(rng: random.Random, n: int, placement: str, lang: str) -> Doc:
    """One statement: the period as two labelled dates placed by ``placement`` ("inline", "stacked", "cells",
    "above"), transaction rows strictly inside the period."""
    start, end = _period(rng)
    span = (end - start).days
    days = sorted(rng.sample(range(1, span), rng.randint(5, 9)))  # never on the period's ends
    opening = Decimal(rng.randint(50000, 900000)) / 100
    rows, bal = [], opening
    for k in days:
        amt = Decimal(rng.randint(500, 150000)) / 100 * (1 if rng.random() < 0.35 else -1)
        bal += amt
        rows.append((start + timedelta(days=k), amt, bal))
    size = rng.choice([8, 9, 10])
    zh = lang == "zh"
    if zh:
        lab_s, lab_e = rng.choice(ZH_PAIRS)
        style, timed = rng.randrange(5), lab_s.endswith("时间")
        fmt = lambda d: _zh_fmt(d, style, False)  # noqa: E731
        pfmt = lambda d: _zh_fmt(d, style, timed)  # noqa: E731
        bank, holder = rng.choice(ZH_BANKS), rng.choice(ZH_NAMES)
        colon = rng.choice(["：", ":"])
        title = rng.choice(["个人账户交易明细", "账户交易明细查询", "活期账户对账单", "借记卡交易流水"])
        head = [(40, 40, f"{bank}{title}", size + 5), (40, 62, f"户名{colon}{holder}", size),
                (300, 62, f"账号{colon}6228{rng.randint(10**11, 10**12 - 1)}", size)]
        heads, descs = ["交易日期", "摘要", "交易金额", "余额"], ["工资", "消费", "转账", "取现", "缴费"]
    else:
        lab_s, lab_e = rng.choice(EN_PAIRS)
        style = rng.randrange(4)
        fmt = pfmt = lambda d: _en_fmt(d, style)  # noqa: E731
        bank, holder = rng.choice(EN_BANKS), rng.choice(EN_NAMES)
        colon = rng.choice([":", ""])
        head = [(40, 40, bank, size + 6), (40, 58, rng.choice(["Account Statement", "Statement of Account"]), size + 2),
                (40, 76, holder, size), (300, 76, f"Account number: {rng.randint(10**7, 10**8 - 1)}", size)]
        heads, descs = ["Date", "Description", "Amount", "Balance"], ["CARD PURCHASE", "SALARY", "ATM", "TRANSFER"]
    y0 = 92
    if placement == "inline":
        gap = "" if zh else " "  # 查询起日：20260901; From: 1 Sep 2026
        cells = [(40, y0, f"{lab_s}{colon}{gap}{pfmt(start)}", size),
                 (300, y0, f"{lab_e}{colon}{gap}{pfmt(end)}", size)]
    elif placement == "stacked":
        cells = [(40, y0, f"{lab_s}{colon} {pfmt(start)}", size), (40, y0 + size + 5, f"{lab_e}{colon} {pfmt(end)}",
                                                                    size)]
    elif placement == "cells":
        cells = [(40, y0, lab_s, size), (130, y0, pfmt(start), size), (300, y0, lab_e, size),
                 (390, y0, pfmt(end), size)]
    else:  # above
        cells = [(40, y0, lab_s, size), (40, y0 + size + 4, pfmt(start), size), (200, y0, lab_e, size),
                 (200, y0 + size + 4, pfmt(end), size)]
    cells = head + cells
    y = y0 + 45
    for x, h in zip([40, 150, 330, 450], heads, strict=True):
        cells.append((x, y, h, size))
    for d, amt, b in rows:
        y += size + 5
        cells += [(40, y, fmt(d), size), (150, y, rng.choice(descs), size), (330, y, money(amt), size),
                  (450, y, money(b), size)]
    cells.append((40, y + 30, ("期末余额" if zh else "Closing balance") + f" {money(bal)}", size))
    return Doc(f"period-{placement}-{lang}-{n}.pdf", "bank_statement", lang, [cells],
               {"period_start": start.isoformat(), "period_end": end.isoformat()},
               font=rng.choice(LATIN_FONTS), layout=f"{placement}-{lang}")


PLACEMENTS = ("inline", "stacked", "cells", "above")


def generate(seed: int = 7, per_layout: int = 3) -> list[Doc]:
    """``per_layout`` documents of each of the eight layouts (four placements, zh and en), the same for a seed."""
    rng = random.Random(seed)
    return [statement(rng, i, p, lang) for lang in ("zh", "en") for p in PLACEMENTS for i in range(per_layout)]
