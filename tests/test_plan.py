"""The repayment schedule (pure logic): monthly plans, the remainder, month ends, explicit instalments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from packet.case.casefile import Installment, Plan
from packet.case.repayment_plan import add_months, money, schedule

D = Decimal


def test_monthly_plan_runs_24_months_to_the_same_day():
    s = schedule(Plan(outstanding=D("36000"), monthly_payment=D("1500"), first_payment=date(2027, 2, 15)))
    assert s.months == 24
    assert s.first == date(2027, 2, 15)
    assert s.last == date(2029, 1, 15)
    assert all(r.date.day == 15 for r in s.rows)
    assert s.total == D("36000.00")
    assert s.rows[0].balance == D("34500.00")
    assert s.rows[-1].balance == D("0.00")


def test_last_instalment_is_the_remainder():
    s = schedule(Plan(outstanding=D("1000.00"), monthly_payment=D("300.00"), first_payment=date(2027, 1, 10)))
    assert [r.amount for r in s.rows] == [D("300.00"), D("300.00"), D("300.00"), D("100.00")]
    assert [r.balance for r in s.rows] == [D("700.00"), D("400.00"), D("100.00"), D("0.00")]
    assert sum(r.amount for r in s.rows) == s.total == D("1000.00")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2027, 1, 31), 2, date(2027, 3, 31)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2027, 12, 15), 1, date(2028, 1, 15)),
        (date(2027, 8, 31), 1, date(2027, 9, 30)),
    ],
    ids=["jan31-feb", "jan31-mar-back-to-31", "leap-feb", "year-end", "aug31-sep30"],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_month_end_plan_keeps_its_day_after_a_short_month():
    s = schedule(Plan(outstanding=D("400"), monthly_payment=D("100"), first_payment=date(2027, 1, 31)))
    assert [r.date for r in s.rows] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]


def test_explicit_installments_with_outstanding_balance():
    plan = Plan(outstanding=D("1000.00"), installments=(Installment(date(2027, 1, 15), D("200.00")),
                                                        Installment(date(2027, 3, 1), D("300.00"))))
    s = schedule(plan)
    assert s.months == 2
    assert s.total == D("500.00")
    assert [r.balance for r in s.rows] == [D("800.00"), D("500.00")]


def test_explicit_installments_without_outstanding_count_down_to_zero():
    plan = Plan(installments=(Installment(date(2027, 1, 15), D("200.00")), Installment(date(2027, 2, 15), D("300.00"))))
    s = schedule(plan)
    assert [r.balance for r in s.rows] == [D("300.00"), D("0.00")]


def test_no_plan_gives_no_schedule():
    assert schedule(Plan()) is None


def test_absurd_plan_is_refused():
    with pytest.raises(ValueError, match="more than"):
        schedule(Plan(outstanding=D("1000000"), monthly_payment=D("1"), first_payment=date(2027, 1, 1)))


def test_money_groups_thousands():
    assert money(D("36000")) == "36,000.00"
    assert money(D("0.5")) == "0.50"
