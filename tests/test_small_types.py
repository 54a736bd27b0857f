"""Small documents and their look-alikes by type (issue 10, wave 9): what a document is about, and the structure of
pages that print few words.

The documents come from :mod:`smalltypes`, a generator written apart from the classifier (14 layouts: app transfer
details whose memo says pay, workplace apps' monthly pay cards, a gig worker's income list, a payslip of a few lines
with no title, pharmacy till receipts in English and Chinese, a clinic's receipt for tests, a credit union statement
scan; and look-alikes that must stay ``other``: a transfer for rent or a loan, the termination of a subscription,
tenancy or policy, job offers in English and Chinese, a benefit award that says nothing of a job lost, a supermarket
receipt that sells a painkiller), in the forms they come in (text PDF, app screen capture, phone photo, scan).
Measured before this wave's mechanisms (main 44e5163): 16 of 42 right on seed 9 and 21 of 42 on seed 13 (the transfer
details, the income lists, the titleless payslips and most receipts typed other; every termination, offer and benefit
award given a type); after: 42/42 on seed 9, 42/42 on seed 13, 27/28 on seed 11 (below: a laboratory's cash receipt
that prints no medical word but its name). The threshold leaves room for that one miss, never for a look-alike given
a type.

The mechanisms are tested on their own below with other words and figures.
"""

from __future__ import annotations

from pathlib import Path

import smalltypes as st
from textdoc import make_doc

from packet.rules.registry import load_types, load_vocabulary
from packet.understanding.classify import (
    _itemised,
    _rows_removed,
    classify_one,
    deduction_rows,
    income_list,
    pay_memo,
    scores,
    structures,
)
from packet.understanding.label_geometry import doc_lines


def test_small_documents_and_look_alikes_of_many_countries(tmp_path: Path) -> None:
    made = st.generate(seed=11, per_layout=1)  # two per layout (28) gave 27 right when the bar was set
    r = st.measure(tmp_path, made)
    assert r["docs"] == 14
    assert not [f for f in r["failures"] if f[2] == "other"], r["failures"]  # no look-alike given a type
    assert r["right"] >= r["docs"] - 1, r["failures"]


def test_the_generator_draws_enough_layouts_and_forms() -> None:
    kinds = {(typ, form) for typ, form, _ in st.LAYOUTS}
    assert len(st.LAYOUTS) >= 10
    assert {f for _, f in kinds} == {"text", "screen", "photo", "scan"}
    made = st.generate(seed=3, per_layout=1)
    assert {m.sheet.language for m in made} == {"en", "zh"}
    assert sum(1 for m in made if m.type == "other") >= 5
    assert [m.sheet.ops for m in st.generate(seed=3, per_layout=1)] == [m.sheet.ops for m in made]


def test_a_termination_is_unemployment_only_when_a_job_ends() -> None:
    """The same letter about the end of a gym membership and about the end of a job: only the job is unemployment;
    a benefit award that says nothing of a lost job is no proof of it, one that says the job ended is."""
    gym = ("Notice of Termination\nDear Mr Ferreira,\nWe confirm the termination of your gym membership.\n"
           "Your membership is terminated with effect from 31 October 2026.\nYours sincerely,\nKettlebell Clubs Ltd")
    job = gym.replace("gym membership", "employment").replace("Your membership is terminated",
                                                               "Your employment is terminated")
    assert classify_one(make_doc(gym)).type == "other"
    assert classify_one(make_doc(job)).type == "unemployment_proof"
    award = ("Universal Credit\nYour payment statement\nAssessment period 3 May to 2 June 2026\n"
             "Standard allowance £400.14\nClaimant: Ana Lopes\nYour claimant commitment: look for work")
    assert scores(make_doc(award))["unemployment_proof"] == 0
    lost = award + "\nYou told us your employment ended on 28 April 2026."
    assert scores(make_doc(lost))["unemployment_proof"] > 0
    assert not load_types()["income_proof"].about  # a type without the condition is not held to it


def test_a_job_offer_is_no_proof_of_income() -> None:
    offer = ("Kestrel Foods Pte Ltd\nDear Ms Tan,\nWe are pleased to offer you the position of Packer.\n"
             "Your monthly salary will be S$2,600.00. Your start date will be 4 January 2027.\n"
             "Please sign to accept this offer.\nYours sincerely,\nHuman Resources")
    verify = ("Kestrel Foods Pte Ltd\nTo whom it may concern\nThis is to confirm that Ms Tan is employed by us as a "
              "Packer.\nHer monthly salary is S$2,600.00.\nYours faithfully,\nHuman Resources")
    assert classify_one(make_doc(offer)).type == "other"
    assert classify_one(make_doc(verify)).type == "income_proof"


def test_one_payment_whose_memo_says_pay() -> None:
    v = load_vocabulary()
    screen = "交易详情\n+6,410.50\n入账成功\n汇款人 远航物流有限公司\n附言\n代发薪资\n入账时间 2026-09-10 10:02:11"
    lines = doc_lines(make_doc(screen).pages)
    assert pay_memo(lines, v.memo_labels, v.pay_memo_words)
    assert classify_one(make_doc(screen, rel="IMG_1.png")).type == "payslip"
    rent = screen.replace("代发薪资", "三季度房租")
    assert not pay_memo(doc_lines(make_doc(rent).pages), v.memo_labels, v.pay_memo_words)
    assert classify_one(make_doc(rent, rel="IMG_2.png")).type == "other"
    # a statement's memo column over many rows is no single payment
    rows = "摘要 金额 余额\n" + "\n".join(f"代发工资 {5000 + i}.00 {9000 + i}.00" for i in range(3))
    assert not pay_memo(doc_lines(make_doc(rows).pages), v.memo_labels, v.pay_memo_words)


def test_a_list_of_incomes() -> None:
    words = load_vocabulary().income_list_words
    page = "My earnings\nOctober 2026\nDelivery fees\n+112.40\nTips\n+18.00\nPeak bonus\n+40.00\nDelivery fees\n+96.10"
    assert income_list(doc_lines(make_doc(page).pages), words)
    both = page + "\nCash out\n-200.00"  # a wallet runs both ways
    assert not income_list(doc_lines(make_doc(both).pages), words)
    untitled = page.replace("My earnings", "Activity")
    assert not income_list(doc_lines(make_doc(untitled).pages), words)


def test_pay_less_payroll_deductions_in_a_few_lines() -> None:
    words = load_vocabulary().payroll_deduction_words
    slip = "Worker: Lebo Nkosi\nMonth: May 2026\nWages R 8,400.00\nUIF R 84.00\nPAYE R 610.00\nTo bank R 7,706.00"
    assert deduction_rows(doc_lines(make_doc(slip).pages), words)
    assert classify_one(make_doc(slip)).type == "payslip"
    assert not deduction_rows(doc_lines(make_doc(slip.replace("7,706.00", "7,716.00")).pages), words)
    bill = "Total charges 540.00\nInsurance paid 300.00\nAdjustment 40.00\nAmount due 200.00"
    assert not deduction_rows(doc_lines(make_doc(bill).pages), words)


def test_a_till_receipts_two_line_items_and_a_rows_day_without_a_year() -> None:
    units = frozenset(u.lower() for u in load_vocabulary().measure_units)
    receipt = ["Amoxicillin caps", "2 x 7.90 15.80", "Saline spray", "1 x 6.25 6.25", "Cough syrup", "3 x 4.10 12.30"]
    assert _itemised(receipt, units)
    assert not _itemised(["2 x 7.90 15.80", "1 x 6.25 6.25", "3 x 4.10 12.30"], units)
    text = "10/10 ACH WESTAR ENERGY BILLPAY 134.60 1,876.51\nStatement period 10/01/26 - 10/31/26"
    assert "energy" not in _rows_removed(text).lower()
    assert "Statement period" in _rows_removed(text)


def test_deductions_printed_as_money_out_still_make_the_pay_arithmetic() -> None:
    """A gig platform's month: incomes, a total, deductions signed with a minus and their total, the amount received
    on top: gross less the deductions' total is the figure received, so it is pay, whatever its lines are called."""
    page = ("收入账单\n2026年9月\n本月实际到账(元)\n3,912.50\n跑单收入 4,100.00\n夜间补贴 160.00\n收入合计 4,260.00\n"
            "保险费 -80.00\n平台服务费 -267.50\n扣款合计 -347.50")
    assert "pay_arithmetic" in structures(make_doc(page))
    assert classify_one(make_doc(page, rel="IMG_9.png")).type == "payslip"
    assert "pay_arithmetic" not in structures(make_doc(page.replace("3,912.50", "3,902.50")))
