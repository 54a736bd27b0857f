"""Account listings whose rows a photo's reading cut in two, as text lines (branch r20-casesa).

A phone photo of a passbook or statement page held at a slight turn: each printed row runs uphill or downhill, so
the OCR's line grouping puts the row's date (and sometimes its description) on one line and the figures at the right
end of the row on another, next to the row above or below. From a random row on, every row is so cut; the rows
before stay whole. Each listing also prints a header, a brought-forward row and a footer with a date of its own (a
print date after the last row), which must not be taken for a row.

Written for branch r20-casesa; it shares no code or wording with packet: descriptions, headers and footers were
written here from how passbooks and statements look. Everything comes from a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CENT = Decimal("0.01")
ZH_MOVES = ["ATM取现", "刷卡消费", "网银转入", "工资入账", "水电缴费", "跨行汇款", "利息", "手机银行转出", "还贷扣款"]
EN_MOVES = ["CASH WDL", "POS PURCH", "TFR IN", "PAYROLL CR", "UTIL BILL", "ATM CASH", "INT CREDIT", "STO RENT",
            "MOBILE TFR"]
ZH_HEAD = ["交易日 摘要 支出 存入 结余 网点", "日期 业务 取出 存入 余额 操作员"]
EN_HEAD = ["DATE PARTICULARS WITHDRAWAL DEPOSIT BALANCE", "Date Details Debit Credit Balance Branch"]
ZH_FWD = ["上页结转", "承上页"]
EN_FWD = ["BAL B/F", "Balance brought forward"]


@dataclass
class Listing:
    """The lines as OCR grouped them, and what a reader should find: the first and last row dates and the last
    running balance."""

    lines: list[str]
    first: date
    last: date
    closing: Decimal
    split_from: int  # index of the first row cut in two
    above: bool  # the figures of a cut row sit on the line above its date (else below)


def _fmt_date(d: date, style: int) -> str:
    return [f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.year}/{d.month:02d}/{d.day:02d}"][style]


def _money(x: Decimal, commas: bool) -> str:
    return f"{x:,.2f}" if commas else f"{x:.2f}"


def listing(seed: int) -> Listing:
    """One listing drawn from ``seed``: 6-12 rows over about a month, Chinese or English, the amounts of a row under
    withdrawal or deposit and its balance, cut in two from a random row on (at least three rows cut)."""
    rnd = random.Random(seed)
    zh = rnd.random() < 0.5
    style = rnd.randrange(4)
    commas = rnd.random() < 0.5
    n = rnd.randint(6, 12)
    day = date(2026, rnd.randint(1, 11), rnd.randint(1, 10))
    balance = Decimal(rnd.randint(50000, 900000)) / 100
    branch = lambda: rnd.choice(["0417", "0402", "POS", "MB", "T07", ""])  # noqa: E731
    rows: list[tuple[date, str, str]] = []  # date text, description, figures
    fwd_day = day - timedelta(days=rnd.randint(1, 3))
    rows.append((fwd_day, rnd.choice(ZH_FWD if zh else EN_FWD), _money(balance, commas)))
    for _ in range(n):
        day += timedelta(days=rnd.randint(1, 6))
        amount = Decimal(rnd.randint(100, 300000)) / 100
        out = rnd.random() < 0.6 and amount < balance
        balance = balance - amount if out else balance + amount
        desc = rnd.choice(ZH_MOVES if zh else EN_MOVES)
        rows.append((day, desc, f"{_money(amount, commas)} {_money(balance, commas)} {branch()}".rstrip()))
    cut = rnd.randint(2, len(rows) - 3)
    above = rnd.random() < 0.5
    desc_with_date = rnd.random() < 0.5
    lines = [rnd.choice(ZH_HEAD if zh else EN_HEAD)]
    if zh:
        lines.append(f"户名:{rnd.choice(['龙','蒙','田'])}{rnd.choice(['正','秀','德'])}{rnd.choice(['明','兰','华'])} "
                     f"账号:{rnd.randint(10**15, 10**16 - 1)}")
    else:
        lines.append(f"A/C {rnd.randint(10**9, 10**10 - 1)} SAVINGS")
    for k, (d, desc, figs) in enumerate(rows):
        ds = _fmt_date(d, style)
        if k < cut:
            lines.append(f"{ds} {desc} {figs}")
            continue
        date_part = f"{ds} {desc}" if desc_with_date else ds
        fig_part = figs if desc_with_date else f"{desc} {figs}"
        if above:
            lines.append(fig_part)
            lines.append(date_part)
        else:
            lines.append(date_part)
            lines.append(fig_part)
    printed = rows[-1][0] + timedelta(days=rnd.randint(3, 20))
    lines.append(f"打印日期 {_fmt_date(printed, style)}" if zh else f"Printed {_fmt_date(printed, style)} Page 1")
    return Listing(lines, rows[0][0], rows[-1][0], balance.quantize(CENT), cut, above)
