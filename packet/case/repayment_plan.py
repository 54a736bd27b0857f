"""The proposed repayment plan as a dated schedule: date, amount and the balance left after each payment.

A plan is either ``outstanding`` paid at ``monthly_payment`` a month from ``first_payment`` (same day each
month, clamped to the month's end; the last instalment is the remainder), or an explicit list of
instalments. The cover letter prints the schedule, its total and the number of months.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from packet.case.casefile import MAX_INSTALMENTS, Plan


@dataclass(frozen=True)
class Row:
    number: int  # 1-based instalment number
    date: date
    amount: Decimal
    balance: Decimal  # what is still owed after this payment


@dataclass(frozen=True)
class Schedule:
    rows: tuple[Row, ...]
    total: Decimal
    outstanding: Decimal  # the amount the plan starts from (the total when no outstanding was given)

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


def schedule(plan: Plan) -> Schedule | None:
    """The dated schedule of ``plan``, or None when the case gives no plan."""
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
    return Schedule(tuple(rows), owed.quantize(Decimal("0.01")), owed.quantize(Decimal("0.01")))


def money(value: Decimal, lang: str = "en") -> str:
    """``12000`` -> ``12,000.00`` (both languages use this grouping on Chinese bank forms too)."""
    return f"{value.quantize(Decimal('0.01')):,.2f}"
