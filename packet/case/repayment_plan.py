"""The proposed repayment plan as a dated schedule: date, amount and the balance left after each payment.

A plan is either ``outstanding`` paid at ``monthly_payment`` a month from ``first_payment`` (same day each
month, clamped to the month's end; the last instalment is the remainder), or an explicit list of
instalments. The cover letter prints the schedule, its total and the number of months.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from packet.case.casefile import MAX_INSTALMENTS, Plan
from packet.core.i18n import tr
from packet.core.money import format_money


@dataclass(frozen=True)
class Row:
    number: int  # 1-based instalment number
    date: date
    amount: Decimal
    balance: Decimal  # what is still owed after this payment


@dataclass(frozen=True)
class Schedule:
    rows: tuple[Row, ...]
    total: Decimal  # the sum of ``rows``
    outstanding: Decimal  # the amount the plan starts from (the total when no outstanding was given)
    # a monthly plan too long to propose whole (:data:`MAX_PLAN_MONTHS`): ``rows`` are its first
    # :data:`REVIEW_MONTHS` payments, then a review; ``clears_in`` the payments the whole debt would take at that rate
    clears_in: int | None = None

    @property
    def reviewed(self) -> bool:
        """Whether the plan proposes its payments for a stated period, then a review (:data:`MAX_PLAN_MONTHS`)."""
        return self.clears_in is not None

    @property
    def months(self) -> int:
        return len(self.rows)

    @property
    def first(self) -> date:
        return self.rows[0].date

    @property
    def last(self) -> date:
        return self.rows[-1].date


def add_months(start: date, months: int, day: int | None = None) -> date:
    """``start`` moved ``months`` calendar months on, on ``day`` (default start's day), clamped to the month end."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    want = day if day is not None else start.day
    return date(year, month, min(want, calendar.monthrange(year, month)[1]))


def first_date(plan: Plan) -> date | None:
    """The date of the plan's first payment: the earliest ``[[plan.installment]]`` date, else ``first_payment``;
    None when the case gives neither."""
    if plan.installments:
        return min(i.date for i in plan.installments)
    return plan.first_payment


# A hardship request asks for temporary relief while the applicant recovers, not for a new loan term: a monthly plan
# that would take more than MAX_PLAN_MONTHS payments to clear the debt (a trial: £96,400 at £300 a month, 322
# payments, a 10-page schedule) is proposed for REVIEW_MONTHS payments, then reviewed with the lender. The numbers
# are packet's own rule, reasoned from: the FCA's forbearance rules for consumer credit (CONC 7.3.4R-7.3.5G: a firm
# considers reduced or token payments "for a reasonable period of time" while a customer recovers, and reviews them),
# the free debt advice services' practice of reviewing a reduced-payment arrangement at least once a year (a year of
# income and spending is what the Standard Financial Statement budgets), and China's rule for a credit card's
# individual instalment agreement (《商业银行信用卡业务监督管理办法》第七十条: at most 5 years), which a plan of
# decades would break. 24 months: two review periods, and as long as a hardship plan listed payment by payment runs.
# A plan given payment by payment ([[plan.installment]]) is the applicant's own: proposed as written.
MAX_PLAN_MONTHS = 24
REVIEW_MONTHS = 12


def schedule(plan: Plan) -> Schedule | None:
    """The dated schedule of ``plan``, or None when the case gives no plan. A monthly plan that would take more than
    :data:`MAX_PLAN_MONTHS` payments is its first :data:`REVIEW_MONTHS` payments, then a review
    (:attr:`Schedule.clears_in` the payments the whole would take). Raises ValueError for a plan of more than
    :data:`packet.case.casefile.MAX_INSTALMENTS` months (a typing mistake, not a plan)."""
    if plan.installments:
        total = sum((i.amount for i in plan.installments), Decimal("0"))
        start = plan.outstanding if plan.outstanding is not None else total
        rows, balance = [], start
        for n, inst in enumerate(plan.installments, 1):
            balance = balance - inst.amount
            rows.append(Row(n, inst.date, inst.amount, max(balance, Decimal("0.00"))))
        return Schedule(tuple(rows), total.quantize(Decimal("0.01")), start.quantize(Decimal("0.01")))
    if plan.monthly_payment is None or plan.outstanding is None or plan.first_payment is None:
        return None
    pay, owed = plan.monthly_payment, plan.outstanding
    if pay <= 0 or owed <= 0:
        return None
    rows, balance, n = [], owed, 0
    day = plan.first_payment.day
    while balance > 0:
        if n >= MAX_INSTALMENTS:
            raise ValueError(f"the plan would take more than {MAX_INSTALMENTS} months")
        amount = min(pay, balance)
        balance -= amount
        rows.append(Row(n + 1, add_months(plan.first_payment, n, day), amount.quantize(Decimal("0.01")),
                        balance.quantize(Decimal("0.01"))))
        n += 1
    if len(rows) > MAX_PLAN_MONTHS:
        head = tuple(rows[:REVIEW_MONTHS])
        return Schedule(head, sum((r.amount for r in head), Decimal("0")).quantize(Decimal("0.01")),
                        owed.quantize(Decimal("0.01")), clears_in=len(rows))
    return Schedule(tuple(rows), owed.quantize(Decimal("0.01")), owed.quantize(Decimal("0.01")))


def money(value: Decimal, lang: str = "en") -> str:
    """``12000`` -> ``12,000.00`` (both languages use this grouping on Chinese bank forms too)."""
    return f"{value.quantize(Decimal('0.01')):,.2f}"


# --- a long schedule, said in a few lines ----------------------------------------------------------------------

GROUP_FROM = 13  # a schedule of this many payments or more is summarised by runs (12 = a year is listed in full)


@dataclass(frozen=True)
class Run:
    """Consecutive payments of one amount, one calendar month apart on the same day of the month (clamped to the
    month's end, as :func:`add_months` does): ``count`` payments from ``first`` to ``last``. A payment that
    breaks the pattern (another amount, another interval) is a run of its own (``count`` 1)."""

    first: Row
    last: Row
    count: int

    @property
    def amount(self) -> Decimal:
        return self.first.amount


def runs(sch: Schedule) -> tuple[Run, ...]:
    """``sch`` as runs of equal monthly payments, in order; every row is in exactly one run."""
    out: list[Run] = []
    start = 0
    rows = sch.rows
    for i in range(1, len(rows) + 1):
        head = rows[start]
        if (i < len(rows) and rows[i].amount == head.amount
                and rows[i].date == add_months(head.date, i - start, head.date.day)):
            continue
        out.append(Run(head, rows[i - 1], i - start))
        start = i
    return tuple(out)


def grouped(sch: Schedule) -> tuple[Run, ...] | None:
    """The runs to show instead of every payment: when the schedule has :data:`GROUP_FROM` payments or more
    and the runs are fewer than half as many lines (else listing each payment is as short); None otherwise."""
    if len(sch.rows) < GROUP_FROM:
        return None
    rs = runs(sch)
    return rs if 2 * len(rs) <= len(sch.rows) else None


def run_text(run: Run, lang: str, money: Callable[[Decimal], str], when: Callable[[date], str]) -> str:
    """One run in words: "12 payments of £150.00, monthly from 1 January 2027 to 1 December 2027" /
    "2027年1月1日至2027年12月1日，每月还款 150.00 元，共 12 期"; a single payment "1 payment of £130.00 on …" /
    "…还款 130.00 元". ``money`` and ``when`` format an amount and a date for the page it is printed on."""
    if run.count == 1:
        return tr(lang, "1 payment of {m} on {d}", "{d}还款 {m}", m=money(run.amount), d=when(run.first.date))
    return tr(lang, "{n} payments of {m}, monthly from {a} to {b}", "{a}至{b}，每月还款 {m}，共 {n} 期", n=run.count,
              m=money(run.amount), a=when(run.first.date), b=when(run.last.date))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(d: date, lang: str) -> str:
    """A date for the terminal: "1 Jan 2027" / "2027年1月1日" (not the locale's month names)."""
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def plan_summary(plan: Plan, lang: str, currency: str | None) -> list[str]:
    """The plan for the terminal (`packet build`): a line with the number of payments and the total, then one
    line per run of equal monthly payments (:func:`runs`). [] without a plan."""
    sch = schedule(plan)
    if sch is None:
        return []

    def money(value: Decimal) -> str:
        return format_money(value, currency, lang)

    head = (tr(lang, "Repayment plan: {n} payments, {t} in total", "还款计划：共 {n} 期，合计 {t}", n=sch.months,
               t=money(sch.total)) if sch.months > 1
            else tr(lang, "Repayment plan: 1 payment of {t}", "还款计划：一次还清 {t}", t=money(sch.total)))
    if sch.reviewed:  # too long to propose whole: a stated period, then a review (MAX_PLAN_MONTHS)
        head = tr(lang, "Repayment plan: {n} payments, {t} in total, then a review with the lender (at this rate the "
                        "{o} owed would take {c} payments: more than {x} months, too long to propose whole)",
                  "还款计划：先行 {n} 期，合计 {t}，期满后与贷款机构重新协商（按此金额还清欠款 {o} 需 {c} 期，超过 {x} 个月，"
                  "不宜整体提出）", n=sch.months, t=money(sch.total), o=money(sch.outstanding), c=sch.clears_in,
                  x=MAX_PLAN_MONTHS)
    return [head] + [f"  · {run_text(r, lang, money, lambda d: short_date(d, lang))}" for r in runs(sch)]
