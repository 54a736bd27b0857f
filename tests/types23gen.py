"""A generator of pages whose type their structure decides, not their title (round 23): an employer's statement of
earnings that states an average monthly income and prints no pay period and no net pay (an income proof, though it
calls itself a "statement of earnings"), a loan's statement whose payments split into interest and principal while
the balance owed falls by the principal only (no bank statement), a pharmacy's till slip whose item lines run a
medicine's name into its strength ("…颗粒5g*10袋": a medical bill), a table of figures by account code that prints no
date (a trial balance: no bank statement), a benefit award's statement (no bank statement) — and beside each, the
document it must not be mistaken for: a payslip titled the same way with its period and net pay, a savings account
whose balance moves by each row's one amount, a grocer's till slip, a bank statement whose rows print a day and a
month without the year under a dated header, a passbook page whose rows are dated with a two-digit year.

Wording written here, from how employers, lenders, pharmacies and banks print such pages, not copied from checklists/
(a page prints the words its kind prints: a title, its labels). Drawn with :mod:`photo_forms`. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet
from photo_forms import TypedSheet as Item

D = Decimal


def _m(v: Decimal, sign: str = "") -> str:
    return f"{sign}{v:,.2f}"


_PEOPLE = ["Rosalind T. Okonkwo", "Henrik J. Vasquez", "Maud E. Lindqvist", "Tobias K. Ferreira"]
_FIRMS = ["Prairie Sky Milling Co.", "Bayview Freight Services", "Copperhill Packaging Ltd", "Lakeshore Dairy Co-op"]


def earnings_statement(rng: random.Random, form: str) -> Item:
    """An employer's statement of earnings in numbered boxes (for a landlord's or a lender's file): the employee, the
    employer, the hire date, how often pay is made, pay per period, hours, and the average gross monthly income over
    the last months; a remark and a signature with its date. No pay period, no net pay: what the person earns, not a
    pay's record."""
    s = Sheet("earnings-statement", "en")
    per = D(rng.randint(900, 2400)) + D(rng.randint(0, 99)) / 100
    avg = (per * D(26) / D(12)).quantize(D("0.01"))
    s.text(24, 36, rng.choice(["EMPLOYER STATEMENT OF EARNINGS", "STATEMENT OF EARNINGS", "EARNINGS STATEMENT"]),
           13, "sans-bold")
    s.text(24, 52, "To be completed by the employer. Please print clearly.", 7.5)
    rows = [
        (("1 Employee name", rng.choice(_PEOPLE)), ("Staff number", f"E-{rng.randint(1000, 9999)}")),
        (("2 Employer", rng.choice(_FIRMS)), ("Employer phone", f"(306) 555-{rng.randint(1000, 9999)}")),
        (("3 Job title", rng.choice(["Forklift operator", "Line cook", "Warehouse clerk"])),
         ("4 Start date", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(15, 22)}")),
        (("5 Pay frequency", "Every two weeks"), ("6 Hours per week", str(rng.choice([30, 32, 36])))),
        (("7 Gross pay per period", "$" + _m(per)), ("8 Average gross monthly", "$" + _m(avg))),
    ]
    y = 80
    for (l1, v1), (l2, v2) in rows:
        s.rect(20, y - 10, 210, y + 16)
        s.rect(210, y - 10, 400, y + 16)
        s.text(24, y, l1, 7)
        s.text(24, y + 12, v1, 9)
        s.text(214, y, l2, 7)
        s.text(214, y + 12, v2, 9)
        y += 26
    s.text(24, y + 8, "Remarks: hours cut from 40 a week after the night shift closed. Still employed.", 7.5)
    s.text(24, y + 34, "9 Signed for the employer", 7)
    s.text(24, y + 46, "Marguerite Olsen, payroll officer", 9)
    s.text(260, y + 34, "10 Date", 7)
    s.text(260, y + 46, f"{rng.randint(1, 12):02d}/{rng.randint(10, 28):02d}/2026", 9)
    s.truth["monthly_income"] = f"{avg:.2f}"
    return Item(s, form, "income_proof")


def titled_payslip(rng: random.Random, form: str) -> Item:
    """A pay statement titled like the above that prints its pay period, gross, deductions and net pay (and the
    annual salary it is worked out from): a payslip."""
    s = Sheet("earnings-payslip", "en")
    gross = D(rng.randint(1800, 4200)) + D(rng.randint(0, 99)) / 100
    tax = (gross * D("0.14")).quantize(D("0.01"))
    ben = (gross * D("0.05")).quantize(D("0.01"))
    net = gross - tax - ben
    s.text(24, 36, rng.choice(["STATEMENT OF EARNINGS", "EARNINGS STATEMENT"]), 13, "sans-bold")
    s.text(24, 56, rng.choice(_FIRMS), 9)
    s.text(24, 74, f"Employee: {rng.choice(_PEOPLE)}", 8.5)
    s.text(24, 88, "Pay period: 10/01/2026 - 10/31/2026", 8.5)
    s.text(24, 102, f"Annual salary: ${_m(gross * 12)}", 8.5)
    y = 128
    for label, v in (("Gross pay", gross), ("Income tax", tax), ("Benefits", ben), ("Net pay", net)):
        s.text(24, y, label, 8.5)
        s.text(300, y, _m(v), 8.5, align="right")
        y += 15
    return Item(s, form, "payslip")


_LENDERS = ["Foothills Auto Credit Ltd.", "Redwater Finance Corp.", "Kestrel Vehicle Loans"]


def loan_statement(rng: random.Random, form: str) -> Item:
    """A car loan's quarterly statement: the lender, the borrower, the contract, then dated rows of the monthly
    payment, the interest charged, the principal repaid and the balance owing (which falls by the principal)."""
    s = Sheet("loan-statement", "en")
    owing = D(rng.randint(9000, 24000)) + D(rng.randint(0, 99)) / 100
    pay = D(rng.randint(300, 700)) + D(rng.randint(0, 99)) / 100
    rate = D(rng.choice(["0.0065", "0.0071", "0.0058"]))
    s.text(24, 36, rng.choice(_LENDERS), 12, "sans-bold")
    s.text(300, 36, "LOAN STATEMENT", 10, "sans-bold")
    s.text(24, 50, "Box 52, Medicine Hat AB T1A 7E9", 7.5)
    s.text(24, 72, "Borrower", 7)
    s.text(24, 84, rng.choice(_PEOPLE), 9)
    s.text(220, 72, "Contract no.", 7)
    s.text(220, 84, f"KVL-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}", 9)
    y = 112
    heads = ("Date", "Payment", "Interest", "Principal", "Balance owing")
    xs = [24, 150, 220, 290, 390]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "sans-bold", "right" if i else "left")
    day = date(2026, rng.randint(2, 8), rng.randint(1, 25))
    for _ in range(rng.randint(3, 5)):
        y += 14
        interest = (owing * rate).quantize(D("0.01"))
        principal = pay - interest
        owing -= principal
        s.text(xs[0], y, f"{day:%Y-%m-%d}", 8)
        for x, v in zip(xs[1:], (pay, interest, principal, owing), strict=True):
            s.text(x, y, _m(v), 8, align="right")
        day = date(day.year + (day.month == 12), day.month % 12 + 1, day.day)
    s.text(24, y + 28, f"Next payment due {day:%Y-%m-%d}", 8)
    s.text(390, y + 28, "$" + _m(pay), 8, align="right")
    s.text(24, y + 50, "Missed payments are reported to credit bureaus.", 7.5)
    return Item(s, form, "other")


def savings_statement(rng: random.Random, form: str) -> Item:
    """A savings account's statement with as many columns: each row's one amount (withdrawn or deposited) is what
    the balance moves by: a bank statement."""
    s = Sheet("savings-statement", "en")
    bal = D(rng.randint(2000, 9000)) + D(rng.randint(0, 99)) / 100
    s.text(24, 36, "Prairie Valley Credit Union", 12, "sans-bold")
    s.text(280, 36, "Savings account statement", 9)
    s.text(24, 56, f"Member: {rng.choice(_PEOPLE)}", 8.5)
    s.text(24, 70, f"Account number: {rng.randint(100000, 999999)}-{rng.randint(10, 99)}", 8.5)
    s.text(24, 84, "Statement period: 2026-09-01 to 2026-10-31", 8.5)
    y = 112
    heads = ("Date", "Description", "Withdrawals", "Deposits", "Balance")
    xs = [24, 90, 250, 320, 390]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "sans-bold", "right" if i >= 2 else "left")
    day = date(2026, 9, 2)
    for k in range(rng.randint(4, 6)):
        y += 14
        amt = D(rng.randint(20, 400)) + D(rng.randint(0, 99)) / 100
        out = k % 2 == 0
        bal += -amt if out else amt
        s.text(xs[0], y, f"{day:%Y-%m-%d}", 8)
        s.text(xs[1], y, "Transfer to chequing" if out else "Payroll deposit", 8)
        s.text(xs[2] if out else xs[3], y, _m(amt), 8, align="right")
        s.text(xs[4], y, _m(bal), 8, align="right")
        day += timedelta(days=rng.randint(5, 9))
    return Item(s, form, "bank_statement")


def yearless_statement(rng: random.Random, form: str) -> Item:
    """A bank statement whose header prints the statement date and period with the year ("Statement Date: 31 Oct
    2026") over rows dated by day and month only ("03 OCT"), a deposit, a withdrawal and a balance column: a bank
    statement (its header is no table of figures per period)."""
    s = Sheet("yearless-statement", "en")
    bal = D(rng.randint(9000, 30000)) + D(rng.randint(0, 99)) / 100
    s.text(24, 36, "Harbour Mutual Bank", 12, "sans-bold")
    s.text(240, 36, "Integrated Account Statement", 9)
    s.text(24, 54, "12 Queen's Road Central, Hong Kong", 7.5)
    s.text(240, 54, "Statement Date: 31 Oct 2026", 8)
    s.text(24, 68, rng.choice(_PEOPLE), 8)
    s.text(240, 68, "Statement Period: 01 Oct 2026 - 31 Oct 2026", 8)
    acct = f"{rng.randint(100, 999)}-{rng.randint(1, 9)}-{rng.randint(100000, 999999)}"
    s.text(24, 82, "FLAT 9B, 22 TAI PO ROAD", 8)
    s.text(240, 82, f"Account Number: {acct}", 8)
    s.text(24, 96, "SHA TIN NT", 8)
    s.text(24, 116, f"HKD Savings {acct}", 8, "sans-bold")
    y = 134
    heads = ("Date", "Transaction Details", "Deposit", "Withdrawal", "Balance")
    xs = [24, 70, 270, 330, 395]
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "sans-bold", "right" if i >= 2 else "left")
    y += 14
    s.text(xs[0], y, "01 OCT", 8)
    s.text(xs[1], y, "B/F BALANCE", 8)
    s.text(xs[4], y, _m(bal), 8, align="right")
    day = 3
    for k in range(rng.randint(4, 6)):
        y += 14
        amt = D(rng.randint(100, 3000)) + D(rng.randint(0, 99)) / 100
        dep = k == 2
        bal += amt if dep else -amt
        s.text(xs[0], y, f"{day:02d} OCT", 8)
        s.text(xs[1], y, "PAYROLL NORTHWIND LTD" if dep else rng.choice(["ATM WITHDRAWAL", "FPS POWER CO", "EPS MART"]),
               8)
        s.text(xs[2] if dep else xs[3], y, _m(amt), 8, align="right")
        s.text(xs[4], y, _m(bal), 8, align="right")
        day += rng.randint(2, 5)
    return Item(s, form, "bank_statement")


def passbook_page(rng: random.Random, form: str) -> Item:
    """A savings passbook's page: the bank's name, the account and the holder, then rows dated day-month-two-digit-year
    ("28-09-26") with a withdrawal or a deposit, the balance and a teller's code: a bank statement (its rows are dated,
    however short the year)."""
    s = Sheet("passbook-page", "en")
    bal = D(rng.randint(500, 3000)) + D(rng.randint(0, 99)) / 100
    s.text(24, 36, "SOUTH PACIFIC PEOPLE'S SAVINGS BANK", 11, "sans-bold")
    s.text(24, 60, f"A/C {rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}", 8.5)
    s.text(150, 60, rng.choice(_PEOPLE).upper(), 8.5)
    s.text(360, 60, "PAGE 04", 8.5)
    heads = ("DATE", "PARTICULARS", "WITHDRAWAL", "DEPOSIT", "BALANCE", "TLR")
    xs = [24, 80, 250, 305, 365, 375]
    y = 90
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 7.5, "sans-bold", "right" if 2 <= i <= 4 else "left")
    day = date(2026, 9, rng.randint(1, 20))
    y += 18
    s.text(xs[0], y, f"{day:%d-%m-%y}", 8)
    s.text(xs[1], y, "BALANCE FWD", 8)
    s.text(xs[4], y, _m(bal), 8, align="right")
    for k in range(rng.randint(5, 7)):
        y += 18
        day += timedelta(days=rng.randint(2, 6))
        amt = D(rng.randint(50, 900)) + D(rng.choice([0, 50, 27, 60])) / 100
        dep = k in (1, 4)
        bal += amt if dep else -amt
        s.text(xs[0], y, f"{day:%d-%m-%y}", 8)
        s.text(xs[1], y, "SALARY CREDIT" if dep else rng.choice(["CASH WDL", "TRF TO LOAN A/C", "REMITTANCE"]), 8)
        s.text(xs[3] if dep else xs[2], y, _m(amt), 8, align="right")
        s.text(xs[4], y, _m(bal), 8, align="right")
        s.text(xs[5], y, rng.choice(["T01", "T02", "SYS"]), 7.5)
    s.text(24, y + 30, "Keep this passbook safe.", 7.5)
    return Item(s, form, "bank_statement")


def till_slip(rng: random.Random, form: str, pharmacy: bool) -> Item:
    """A Chinese till slip: the shop's name, 销售单 number and time, item lines whose names run into their strength or
    weight without a space, each priced over a "quantity x unit price" line, then the total and the payment. A
    pharmacy's names medicines by their dosage form and strength (a medical bill); a grocer's names food (other)."""
    s = Sheet("till-" + ("pharmacy" if pharmacy else "grocer"), "zh")
    items = [("健胃消食片0.8g*32片", D("12.80")), ("感冒清热颗粒12g*10袋", D("16.50")),
             ("蒲地蓝消炎片0.3g*48片", D("32.00")), ("医用纱布块10片", D("5.90"))] if pharmacy else \
        [("东北大米5kg", D("39.90")), ("薯片70g", D("7.50")), ("纯牛奶250ml*12盒", D("45.00")),
         ("鸡蛋30枚", D("21.80"))]
    rng.shuffle(items)
    # a till printer's one size of type, from the slip's left edge
    s.text(60, 40, "仁和堂大药房（东门店）" if pharmacy else "好邻居生活超市（东门店）", 8.5, "cjk")
    s.text(60, 58, "销售单", 8.5, "cjk")
    s.text(60, 76, f"单号：XS{rng.randint(10**9, 10**10 - 1)}", 8, "cjk")
    s.text(60, 90, f"时间：2026-10-{rng.randint(10, 28)} 1{rng.randint(0, 9)}:{rng.randint(10, 59)}", 8, "cjk")
    s.text(60, 104, f"收银员：0{rng.randint(10, 99)}", 8, "cjk")
    y = 128
    total = D(0)
    for name, price in items:
        qty = rng.randint(1, 3)
        s.text(60, y, name, 8.5, "cjk")
        s.text(360, y, _m(price * qty), 8.5, align="right")
        s.text(80, y + 13, f"{qty} x {_m(price)}", 8)
        total += price * qty
        y += 32
    s.text(60, y, "合计", 9, "cjk")
    s.text(360, y, _m(total), 9, align="right")
    card = D(0) if not pharmacy else min(total, D(rng.randint(0, 30)))
    s.text(60, y + 16, "医保卡支付" if pharmacy else "会员卡支付", 8.5, "cjk")
    s.text(360, y + 16, _m(card), 8.5, align="right")
    s.text(60, y + 32, "微信支付", 8.5, "cjk")
    s.text(360, y + 32, _m(total - card), 8.5, align="right")
    s.text(60, y + 60, "谢谢惠顾", 8, "cjk")
    return Item(s, form, "medical_bill" if pharmacy else "other")


def trial_balance(rng: random.Random, form: str) -> Item:
    """A company's 科目汇总表 (totals by account code: debit, credit, closing balance) that dates nothing: other."""
    s = Sheet("trial-balance", "zh")
    s.text(210, 36, "科目汇总表", 12, "cjk", "centre")
    heads = ("科目代码", "科目名称", "借方发生额", "贷方发生额", "期末余额")
    xs = [30, 90, 250, 320, 395]
    y = 64
    for i, h in enumerate(heads):
        s.text(xs[i], y, h, 8, "cjk", "right" if i >= 2 else "left")
    names = [("1001", "库存现金"), ("1002", "银行存款"), ("1122", "应收账款"), ("1405", "库存商品"), ("2202", "应付账款"),
             ("2211", "应付职工薪酬"), ("6001", "主营业务收入"), ("6602", "管理费用")]
    for code, name in names:
        y += 16
        dr = D(rng.randint(1000, 900000)) + D(rng.randint(0, 99)) / 100
        cr = D(rng.randint(1000, 900000)) + D(rng.randint(0, 99)) / 100
        s.text(xs[0], y, code, 8)
        s.text(xs[1], y, name, 8, "cjk")
        s.text(xs[2], y, _m(dr), 8, align="right")
        s.text(xs[3], y, _m(cr), 8, align="right")
        s.text(xs[4], y, _m(abs(dr - cr)), 8, align="right")
    return Item(s, form, "other")


def award_statement(rng: random.Random, form: str) -> Item:
    """A benefit award's statement as a claimant's account shows it: the assessment's dates, what will be paid,
    the standard allowance and the housing element, the earnings taken off less the work allowance: other."""
    s = Sheet("award-statement", "en")
    std = D("400.14")
    housing = D(rng.randint(300, 700))
    earned = D(rng.randint(300, 900)) + D(rng.randint(0, 99)) / 100
    allowance = D("411.00")
    cut = max(D(0), ((earned - allowance) * D("0.55")).quantize(D("0.01")))
    s.text(24, 36, "Your statement", 13, "sans-bold")
    s.text(24, 54, "12 September to 11 October 2026", 9)
    s.text(24, 78, "We will pay you", 9)
    s.text(24, 94, "£" + _m(std + housing - cut), 12, "sans-bold")
    s.text(200, 94, "on 18 October 2026", 9)
    y = 124
    for label, v in (("Standard allowance", "£" + _m(std)), ("Housing element", "£" + _m(housing)),
                     ("What we take off", ""), ("Earnings from your employer", "£" + _m(earned)),
                     ("Work allowance", "-£" + _m(allowance)), ("Earnings reduction (55%)", "£" + _m(cut))):
        s.text(24, y, label, 8.5, "sans-bold" if not v else "sans")
        if v:
            s.text(380, y, v, 8.5, align="right")
        y += 16
    s.text(24, y + 16, f"Claimant: {rng.choice(_PEOPLE)}", 8.5)
    return Item(s, form, "other")


def generate(seed: int, form: str = "text") -> list[Item]:
    """One of each page in ``form`` (photo_forms.FORMS); the till slips in every form."""
    rng = random.Random(seed)
    return [earnings_statement(rng, form), titled_payslip(rng, form), loan_statement(rng, form),
            savings_statement(rng, form), yearless_statement(rng, form), passbook_page(rng, form),
            till_slip(rng, form, True),
            till_slip(rng, form, False), trial_balance(rng, form), award_statement(rng, form)]
