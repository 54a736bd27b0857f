"""A generator of bank statements aimed at their IDENTITY block (issue 10, wave 11): who holds the account, which
account, which bank, which period, which balance — printed the many ways issuers print them, not the way packet's
data files word them.

Layouts: a key/value grid of bordered cells (Customer | Name | Account Name; 户名 | 客户名称); a summary table whose
header row stands over one value row (Account No | Currency | Product | Balance); a short brand as the only bank
name (HSBC, ANZ, DBS, 招行 …) with the holder in an unlabelled name-and-address block beside it; the account in the
heading line ("Savings Account 1621-3309-5847"); the account printed after a sort code, BSB or transit number on
one line; masked accounts (****7716, xxxx xxxx 1234, 尾号7716); banking-app screens with a month filter
(2026年10月 / "Oct 2026") as the period; a short statement that prints no period at all (the period must then be
absent or below 0.6, never guessed with confidence).

Words were written from how banks print them in the UK, IE, US, CA, AU, NZ, SG, MY, IN, PH, ZA, KE, HK and mainland
China — not copied from ``checklists/*.toml`` nor from any bench document. Drawn with :mod:`photo_forms` (a text PDF,
or a scan/photo/screenshot). Deterministic for a seed; truths as packet normalises them (ISO dates, amounts with two
decimals; an account as its printed digits — a masked account's visible digits count).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from photo_forms import Sheet, measure_sheets
from stmtgen import _amt, generate_from, money

D = Decimal

# short brands as their logos print them, with the names people also give them, the web domain and the BIC
BRANDS = [("HSBC", {"HSBC UK", "HSBC Bank"}, "hsbc.co.uk", "HBUKGB4B", "UK"),
          ("ANZ", {"ANZ Bank"}, "anz.co.nz", "ANZBNZ22", "NZ"),
          ("DBS", {"DBS Bank"}, "dbs.com.sg", "DBSSSGSG", "SG"),
          ("OCBC", {"OCBC Bank"}, "ocbc.com", "OCBCSGSG", "SG"),
          ("RHB", {"RHB Bank"}, "rhbgroup.com", "RHBBMYKL", "MY"),
          ("AIB", {"Allied Irish Banks"}, "aib.ie", "AIBKIE2D", "IE"),
          ("RBC", {"Royal Bank of Canada", "RBC Royal Bank"}, "rbc.com", "ROYCCAT2", "CA"),
          ("ICICI Bank", {"ICICI"}, "icicibank.com", "ICICINBB", "IN"),
          ("Absa", {"Absa Bank"}, "absa.co.za", "ABSAZAJJ", "ZA"),
          ("KCB", {"KCB Bank"}, "kcbgroup.com", "KCBLKENX", "KE"),
          ("BPI", {"Bank of the Philippine Islands"}, "bpi.com.ph", "BOPIPHMM", "PH"),
          ("Chase", {"JPMorgan Chase Bank", "JPMorgan Chase"}, "chase.com", "CHASUS33", "US")]
NAMES_EN = ["Siti Nurhaliza binti Kamal", "Ahmad Faizal bin Yusof", "Niamh O'Sullivan", "Declan Murphy",
            "Priya Venkataraman", "Liam Fraser", "Wanjiru Kamau", "Maria Clara Reyes", "Jean-Luc Gagnon",
            "Hemi Walker", "Lindiwe Dlamini", "Wong Kar Keong", "Oliver Bennett", "Emily Tran"]
STREETS = ["No. 8, Jalan SS2/24", "27 Harcourt Road", "14 Ponsonby Road", "Apt 5B, 301 King St W", "9 Lavender Lane",
           "221 Orchard Road #05-12", "Plot 14, Kiambu Road", "32 Kloof Street", "1420 Elm Street",
           "Unit 3, 18 Wattle Grove"]
TOWNS = ["47300 Petaling Jaya, Selangor", "Dublin 2, D02 XY45", "Grey Lynn, Auckland 1021", "Toronto, ON M5V 1J5",
         "Leeds LS6 2AB", "Singapore 238877", "Nairobi 00200", "Cape Town 8001", "Springfield, IL 62704",
         "Parramatta NSW 2150"]
TX_EN = ["CARD PURCHASE - SUPERMART", "DD ELECTRIC CO", "PAYROLL CREDIT", "ATM WITHDRAWAL", "FASTER PAYMENT RECEIVED",
         "STANDING ORDER RENT", "EFTPOS PETROL", "IBG TRANSFER", "PAYNOW TRANSFER", "UPI/PAYTM", "CHEQUE DEPOSIT",
         "INTEREST PAID", "MOBILE TOP UP"]
BANKS_ZH = ["中国建设银行", "交通银行", "中信银行", "兴业银行", "上海浦东发展银行", "中国农业银行", "中国民生银行"]
APPS_ZH = [("平安口袋银行", "平安银行"), ("招商银行", "招商银行"), ("中国建设银行", "中国建设银行"),
           ("工银融e联", "中国工商银行")]
NAMES_ZH = ["孙志远", "林佳怡", "马文涛", "何静雯", "罗振宇", "高雅琴", "梁子豪"]
TX_ZH = ["代发工资", "支付宝-淘宝", "跨行转出", "ATM取款", "消费-超市", "还款-信用卡", "利息", "转账存入", "水电燃气"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Stmt:
    """One generated statement: its sheet (drawing and truths), the form to write it in, other right readings, and
    fields the page does NOT print (they must be absent or given below 0.6)."""
    sheet: Sheet
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)
    absent: tuple[str, ...] = ()


def _month(rng: random.Random) -> tuple[date, date]:
    a = date(rng.choice([2025, 2026]), rng.randint(1, 11), 1)
    return a, date(a.year, a.month + 1, 1) - timedelta(days=1)


def _rows(rng: random.Random, a: date, b: date, opening: Decimal, n: int, words: list[str]):
    """Dated rows strictly inside [a, b] (oldest first): (date, words, signed amount, running balance)."""
    days = sorted(rng.sample(range(1, (b - a).days), n))
    rows, bal = [], opening
    for k in days:
        v = _amt(rng, 250, 3500) if rng.random() < 0.3 else -_amt(rng, 4, 400)
        if bal + v < 0:
            v = -v
        bal += v
        rows.append((a + timedelta(days=k), rng.choice(words), v, bal))
    return rows


def _table(s: Sheet, rng: random.Random, y: float, rows, zh: bool, newest_first: bool = False,
           datefmt: str = "%d %b %Y") -> float:
    """A transaction table with debit, credit and running-balance columns; returns the last baseline."""
    f, fb = ("cjk", "cjk") if zh else ("sans", "sans-bold")
    cols = rng.choice([("交易日期", "交易摘要", "支出", "收入", "余额"), ("记账日", "摘要", "借方发生额", "贷方发生额", "账户余额")]) \
        if zh else rng.choice([("Posting date", "Narrative", "Paid out", "Paid in", "Balance"),
                               ("Value Date", "Transaction", "Withdrawals", "Deposits", "Running balance"),
                               ("Date", "Details", "Debits", "Credits", "Balance")])
    xs = [24, 92, 268, 330, 396]
    s.hline(22, 398, y - 11, 0.8)
    for i, c in enumerate(cols):
        s.text(xs[i], y, c, 7, fb, "right" if i >= 2 else "left")
    s.hline(22, 398, y + 4, 0.5)
    for d, desc, v, bal in (list(reversed(rows)) if newest_first else rows):
        y += 13
        s.text(xs[0], y, d.strftime("%Y-%m-%d") if zh else d.strftime(datefmt), 7, f)
        s.text(xs[1], y, desc, 7, f)
        s.text(xs[2] if v < 0 else xs[3], y, money(abs(v)), 7, f, "right")
        s.text(xs[4], y, money(bal), 7, f, "right")
    return y


def _truth(s: Sheet, bank: str, holder: str | None, acct: str, a: date | None, b: date | None, close: Decimal | None):
    t = {"bank": bank, "account_holder": holder, "account_number": acct,
         "period_start": a.isoformat() if a else None, "period_end": b.isoformat() if b else None,
         "closing_balance": f"{close:.2f}" if close is not None else None}
    s.truth = {k: v for k, v in t.items() if v is not None}


def kv_grid(rng: random.Random) -> Stmt:
    """A grid of bordered key/value cells, two pairs a row: the holder after Customer/Name/Account Name (户名/客户名称),
    the account after its key, the period as two dates after one key; no closing label (the last running balance
    in date order) or a current/available balance cell."""
    zh = rng.random() < 0.5
    s = Sheet("kv_grid", "zh" if zh else "en")
    f, fb = ("cjk", "cjk") if zh else ("sans", "sans-bold")
    a, b = _month(rng)
    if zh:
        bank, holder = rng.choice(BANKS_ZH), rng.choice(NAMES_ZH)
        acct = "6" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([15, 18])))
        title = rng.choice(["个人活期账户交易明细", "账户交易流水", "个人客户交易清单"])
        pairs = [(rng.choice(["户名", "客户名称", "账户名称", "姓名"]), holder),
                 (rng.choice(["账号", "卡号", "账户"]), acct),
                 (rng.choice(["起止日期", "查询期间", "交易期间"]),
                  f"{a:%Y-%m-%d} 至 {b:%Y-%m-%d}" if rng.random() < 0.5 else f"{a:%Y/%m/%d}—{b:%Y/%m/%d}"),
                 ("币种", "人民币"), (rng.choice(["开户网点", "开户机构"]), rng.choice(["朝阳支行", "天河支行", "鼓楼支行"])),
                 ("打印日期", f"{b + timedelta(days=3):%Y-%m-%d}")]
    else:
        bank = rng.choice(["Standard Bank", "Bank of New Zealand", "Bank of Montreal", "Ulster Bank",
                           "Public Bank Berhad", "Kotak Mahindra Bank"])
        holder = rng.choice(NAMES_EN)
        acct = f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}"
        title = rng.choice(["Account Statement", "Statement of Account", "Transaction History"])
        pairs = [(rng.choice(["Customer", "Name", "Account Name", "Customer Name", "Client"]), holder),
                 (rng.choice(["Account No.", "A/C Number", "Acct #", "Account"]), acct),
                 (rng.choice(["Statement Period", "Period Covered", "Period"]),
                  f"{a:%d %b %Y} - {b:%d %b %Y}" if rng.random() < 0.5 else f"{a:%d/%m/%Y} to {b:%d/%m/%Y}"),
                 ("Currency", rng.choice(["ZAR", "NZD", "CAD", "EUR", "MYR", "INR"])),
                 (rng.choice(["Branch", "Home Branch"]), rng.choice(["Sandton City", "Queen Street", "Main Street"])),
                 (rng.choice(["Date Issued", "Statement Date"]), f"{b + timedelta(days=2):%d %b %Y}")]
    order = pairs[:]
    rng.shuffle(order)
    s.text(24, 38, bank, 13, fb)
    s.text(396, 38, title, 9, fb, "right")
    y = 62
    for i in range(0, len(order), 2):
        for j, (k, v) in enumerate(order[i:i + 2]):
            x = 22 + j * 188
            s.rect(x, y, x + 72, y + 16, fill=235)
            s.rect(x + 72, y, x + 188, y + 16)
            s.text(x + 4, y + 11, k, 7, f)
            s.text(x + 76, y + 11, v, 7, f)
        y += 16
    rows = _rows(rng, a, b, _amt(rng, 300, 15000), rng.randint(6, 10), TX_ZH if zh else TX_EN)
    newest = rng.random() < 0.4
    y = _table(s, rng, y + 28, rows, zh, newest_first=newest)
    if rng.random() < 0.4:
        s.text(24, y + 22, rng.choice(["当前余额：", "可用余额："]) if zh else
               rng.choice(["Available balance: ", "Current balance: "]) + "", 8, fb)
        s.text(120, y + 22, money(rows[-1][3]), 8, fb)
    _truth(s, bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, accept={"bank": {"Public Bank"}})


def summary_table(rng: random.Random) -> Stmt:
    """A short brand as the only bank name at the top (its domain and BIC in the footer; in some, the logo a picture
    and the footer the only name), the holder in an unlabelled
    name-and-address block beside it, and a summary table: a header row over one value row (Account No | Currency |
    Product | Opening | Closing)."""
    brand, also, domain, bic, _ = rng.choice(BRANDS)
    holder = rng.choice(NAMES_EN)
    s = Sheet("summary_table", "en")
    picture = rng.random() < 0.3  # the logo is a picture: the footer's domain and BIC alone name the bank
    if picture:
        s.rect(24, 24, 64, 48, fill=90)
    else:
        s.text(24, 42, brand, 18, rng.choice(["sans-bold", "serif-bold"]))
    y0 = rng.choice([72, 80])
    if rng.random() < 0.5:
        s.text(24, y0, holder.upper() if rng.random() < 0.5 else holder, 8.5)
        s.text(24, y0 + 11, rng.choice(STREETS), 8)
        s.text(24, y0 + 22, rng.choice(TOWNS), 8)
    else:  # a title line before the name ("MS", "MR"): the name is still the holder
        s.text(24, y0, f"{rng.choice(['Ms', 'Mr', 'Mx', 'Dr'])} {holder}", 8.5)
        s.text(24, y0 + 11, rng.choice(STREETS), 8)
        s.text(24, y0 + 22, rng.choice(TOWNS), 8)
    a, b = _month(rng)
    s.text(396, y0, rng.choice(["Statement", "Your Statement", "Account Statement"]), 10, "sans-bold", "right")
    s.text(396, y0 + 13, rng.choice([f"{a:%d %B %Y} to {b:%d %B %Y}", f"Period: {a:%d/%m/%Y} - {b:%d/%m/%Y}",
                                     f"From {a:%d %b %Y} To {b:%d %b %Y}"]), 7.5, "sans", "right")
    acct = rng.choice([f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(100, 999)}",
                       f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
                                                                f" {rng.randint(1000, 9999)}"])
    rows = _rows(rng, a, b, _amt(rng, 300, 12000), rng.randint(6, 10), TX_EN)
    opening, close = rows[0][3] - rows[0][2], rows[-1][3]
    hdr = rng.choice([("Account No", "Currency", "Product", "Opening Balance", "Closing Balance"),
                      ("Account Number", "Ccy", "Account Type", "Balance B/F", "Balance C/F"),
                      ("Account", "Currency", "Product", "Start Balance", "End Balance")])
    xs = [24, 130, 180, 320, 396]
    y = y0 + 52
    s.rect(22, y - 10, 398, y + 4, fill=220)
    for i, h in enumerate(hdr):
        s.text(xs[i], y, h, 7, "sans-bold", "right" if i >= 3 else "left")
    y += 14
    for i, v in enumerate([acct, rng.choice(["GBP", "NZD", "SGD", "MYR", "EUR", "CAD", "INR", "ZAR"]),
                           rng.choice(["Current Account", "Everyday Saver", "Basic Savings", "Cheque Account"]),
                           money(opening), money(close)]):
        s.text(xs[i], y, v, 7.5, "sans", "right" if i >= 3 else "left")
    y = _table(s, rng, y + 30, rows, False, datefmt=rng.choice(["%d %b %Y", "%d/%m/%Y"]))
    s.text(24, y + 30, f"www.{domain}   SWIFT/BIC {bic}", 6.5 if picture else 6)
    _truth(s, brand, holder, acct, a, b, close)
    return Stmt(s, form="scan", accept={"bank": also})


def heading_account(rng: random.Random) -> Stmt:
    """The account printed in the heading line after the product ("Savings Account 1621-3309-5847"); the holder after
    a one-word key; a closing balance as a bare "Balance: $5000" or an "Available balance"."""
    bank = rng.choice(["Westpac", "Bank of Ireland", "Kiwibank", "Maybank", "Nedbank", "Scotiabank", "CIMB Bank",
                       "Bank of America", "Barclays", "Metrobank"])
    holder = rng.choice(NAMES_EN)
    s = Sheet("heading_account", "en")
    s.text(24, 38, bank, 12, "sans-bold")
    acct = rng.choice([f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}-00",
                       f"{rng.randint(100000000, 999999999)}"])
    prod = rng.choice(["Savings Account", "Everyday Account", "Current Account", "Chequing Account", "eSaver"])
    s.text(24, 62, f"{prod} {acct}", 11, "sans-bold")
    a, b = _month(rng)
    s.text(24, 80, rng.choice(["Name", "Holder", "Owner"]) + f": {holder}", 8)
    s.text(24, 92, rng.choice([f"{a:%d %b %Y} to {b:%d %b %Y}", f"Statement period {a:%d.%m.%Y} - {b:%d.%m.%Y}"]), 8)
    rows = _rows(rng, a, b, D(rng.randint(300, 9000)), rng.randint(5, 9), TX_EN)
    close = rows[-1][3]
    cur = rng.choice(["$", "€", "RM", "R", "£", "₱"])
    if rng.random() < 0.5:  # whole: the last movement makes the balance round
        adj = close - close.to_integral_value()
        d0, w0, v0, b0 = rows[-1]
        rows[-1] = (d0, w0, v0 - adj, b0 - adj)
        close = rows[-1][3]
        s.text(396, 80, f"Balance: {cur}{int(close)}", 10, "sans-bold", "right")
    else:
        s.text(396, 74, rng.choice(["Available balance", "Available Balance"]), 7.5, "sans", "right")
        s.text(396, 88, f"{cur}{close:,.2f}", 11, "sans-bold", "right")
    y = _table(s, rng, 122, rows, False, datefmt=rng.choice(["%d %b", "%d/%m/%Y", "%b %d, %Y"]) if False else "%d %b %Y")
    s.text(24, y + 26, "Please examine this statement promptly.", 6)
    _truth(s, bank, holder, acct, a, b, close)
    return Stmt(s, accept={"bank": {"Bank of America", "Maybank", "CIMB"}})


def sort_code_line(rng: random.Random) -> Stmt:
    """The account printed after a sort code, BSB, transit or IFSC on one line, under one key
    ("Sort code / Account number  90-00-17  12345678", "BSB & Account 062-000 1234 5678"): only the account part
    is the account number."""
    kind = rng.choice(["uk", "au", "ca", "uk6", "ie"])
    holder = rng.choice(NAMES_EN)
    acct = f"{rng.randint(10000000, 99999999)}"
    if kind == "uk":
        bank, key, pre = rng.choice(["Lloyds Bank", "NatWest", "Nationwide Building Society"]), \
            rng.choice(["Sort code / Account number", "Sort Code & Account No."]), \
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    elif kind == "uk6":
        bank, key, pre = rng.choice(["Santander UK", "Halifax"]), "Sort code and account", \
            f"{rng.randint(100000, 999999)}"
    elif kind == "ie":
        bank, key, pre = "Permanent TSB", "NSC / Account", f"{rng.randint(90, 99)}-{rng.randint(10, 99)}-" \
                                                           f"{rng.randint(10, 99)}"
    elif kind == "au":
        bank, key, pre = rng.choice(["Commonwealth Bank", "Bendigo Bank", "National Australia Bank"]), \
            rng.choice(["BSB & Account", "BSB / Account number"]), f"{rng.randint(10, 99)}{rng.randint(0, 9)}-" \
                                                                    f"{rng.randint(100, 999)}"
    else:
        bank, key, pre = rng.choice(["TD Canada Trust", "Bank of Montreal"]), "Transit / Account", \
            f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
        acct = f"{rng.randint(1000000, 9999999)}"
    s = Sheet("sort_code_line", "en")
    s.text(396, 40, bank, 13, "serif-bold", "right")
    s.text(24, 70, holder, 9)
    s.text(24, 81, rng.choice(STREETS), 8)
    s.text(24, 92, rng.choice(TOWNS), 8)
    a, b = _month(rng)
    s.text(24, 120, key, 7.5, "sans-bold")
    s.text(150, 120, f"{pre}  {acct}" if rng.random() < 0.7 else f"{pre} {acct}", 8.5)
    s.text(24, 133, rng.choice(["Statement period", "Period"]), 7.5, "sans-bold")
    s.text(150, 133, f"{a:%d %B %Y} to {b:%d %B %Y}", 8.5)
    rows = _rows(rng, a, b, _amt(rng, 100, 7000), rng.randint(6, 10), TX_EN)
    y = _table(s, rng, 162, rows, False)
    s.text(24, y + 16, rng.choice(["Closing balance", "Balance carried forward", "Ending balance"]), 7.5, "sans-bold")
    s.text(396, y + 16, money(rows[-1][3]), 7.5, "sans-bold", "right")
    _truth(s, bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, accept={"bank": {"Nationwide", "CommBank", "NAB", "TD", "BMO"}})


def masked(rng: random.Random) -> Stmt:
    """A masked account (****7716, xxxx xxxx 1234, 6222 **** **** 7716, 尾号7716): the printed digits are the
    account number; the holder after its key; a labelled period and closing balance."""
    zh = rng.random() < 0.5
    s = Sheet("masked", "zh" if zh else "en")
    f, fb = ("cjk", "cjk") if zh else ("sans", "sans-bold")
    tail = f"{rng.randint(1000, 9999)}"
    a, b = _month(rng)
    rows = _rows(rng, a, b, _amt(rng, 300, 20000), rng.randint(6, 9), TX_ZH if zh else TX_EN)
    if zh:
        bank, holder = rng.choice(BANKS_ZH), rng.choice(NAMES_ZH)
        form = rng.choice(["tail", "mid"])
        shown = f"尾号{tail}" if form == "tail" else f"6222 **** **** {tail}"
        s.text(210, 40, f"{bank}  账户对账单", 13, "cjk", "centre")
        s.text(24, 70, f"{rng.choice(['户名', '客户姓名'])}：{holder}", 8.5, f)
        s.text(220, 70, f"{rng.choice(['账号', '卡号'])}：{shown}" if form == "mid" else f"借记卡（{shown}）", 8.5, f)
        s.text(24, 84, f"对账期间：{a.year}年{a.month}月{a.day}日至{b.year}年{b.month}月{b.day}日", 8.5, f)
        y = _table(s, rng, 112, rows, True)
        s.text(24, y + 18, f"期末余额：{money(rows[-1][3])}", 8.5, f)
        want = shown
    else:
        bank, holder = rng.choice(["HDFC Bank", "Hong Leong Bank", "Capitec Bank", "Bank of Baroda", "UOB",
                                   "Citizens Bank", "Co-operative Bank of Kenya"]), rng.choice(NAMES_EN)
        shown = rng.choice([f"****{tail}", f"xxxx xxxx {tail}", f"XXXXXX{tail}", f"•••• {tail}"])
        s.text(24, 40, bank, 13, fb)
        s.text(24, 70, f"{rng.choice(['Account holder', 'Customer name'])}: {holder}", 8.5)
        s.text(24, 84, f"{rng.choice(['Account number', 'Account No.', 'Account'])}: {shown}", 8.5)
        s.text(24, 98, f"Statement period: {a:%d %b %Y} - {b:%d %b %Y}", 8.5)
        y = _table(s, rng, 126, rows, False)
        s.text(24, y + 18, f"{rng.choice(['Closing balance', 'Ending balance'])}: {money(rows[-1][3])}", 8.5, fb)
        want = shown
    _truth(s, bank, holder, want, a, b, rows[-1][3])
    return Stmt(s, form="photo", accept={"account_number": {tail}, "bank": {"UOB"}})


def app_month(rng: random.Random) -> Stmt:
    """A banking-app screen: the bank in the app's header, a masked account, a month filter (2026年10月 ▼ /
    "Oct 2026") as the period, rows newest first, a current or available balance at the top."""
    zh = rng.random() < 0.6
    s = Sheet("app_month", "zh" if zh else "en")
    f, fb = ("cjk", "cjk") if zh else ("sans", "sans-bold")
    a, b = _month(rng)
    tail = f"{rng.randint(1000, 9999)}"
    rows = _rows(rng, a, b, _amt(rng, 300, 15000), rng.randint(5, 7), TX_ZH if zh else TX_EN)
    s.rect(0, 0, 420, 30, fill=70)
    if zh:
        app, bank = rng.choice(APPS_ZH)
        s.text(210, 52, app, 11, f, "centre")
        s.text(210, 72, rng.choice(["收支明细", "交易明细"]), 10, f, "centre")
        s.text(24, 96, rng.choice([f"借记卡 尾号{tail}", f"一类户（{tail}）", f"储蓄卡 **** {tail}"]), 8.5, f)
        s.text(24, 118, f"{a.year}年{a.month}月 ▼", 10, f)
        s.text(396, 118, rng.choice(["当前余额", "可用余额"]) + f" {money(rows[-1][3])}", 8.5, f, "right")
        y = 146
        for d, desc, v, _bal in reversed(rows):
            s.text(24, y, desc, 9, f)
            s.text(396, y, ("+" if v > 0 else "-") + f"{abs(v):,.2f}", 9, f, "right")
            s.text(24, y + 12, f"{d.month}月{d.day}日 {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}", 7, f)
            s.hline(24, 396, y + 18, 0.3)
            y += 32
        accept = {"bank": {"平安银行", "招商银行", "中国建设银行", "中国工商银行"}, "account_number": {tail}}
    else:
        bank = rng.choice(["ASB", "Maybank", "Standard Chartered", "Capitec", "Monzo", "Tangerine", "ING"])
        s.text(210, 52, bank, 12, fb, "centre")
        s.text(210, 70, rng.choice([f"Everyday ••{tail}", f"Savings ...{tail}", f"Account ending {tail}"]), 8.5, f,
               "centre")
        s.text(210, 92, rng.choice(["Available balance", "Current balance"]), 8, f, "centre")
        s.text(210, 114, money(rows[-1][3], rng.choice(["$", "RM", "R", "£", "€"])), 18, fb, "centre")
        s.text(24, 140, rng.choice(["Transactions", "Activity", "Recent transactions"]), 10, fb)
        s.text(396, 140, f"{MON[a.month - 1]} {a.year} ▾", 9, f, "right")
        y = 164
        for d, desc, v, _bal in reversed(rows):
            s.text(24, y, desc.title(), 9, f)
            s.text(396, y, ("+" if v > 0 else "-") + f"{abs(v):,.2f}", 9, f, "right")
            s.text(24, y + 12, f"{d.day} {MON[d.month - 1]}", 7, f)
            s.hline(24, 396, y + 18, 0.3)
            y += 32
        accept = {"account_number": {tail}}
    _truth(s, bank, None, tail, a, b, rows[-1][3])
    return Stmt(s, form="screenshot", accept=accept)


def no_period(rng: random.Random) -> Stmt:
    """A short mini-statement that prints no period at all, only three or four dated rows: the period is absent (or
    given below 0.6, a guess the user is asked to confirm); the other fields are labelled."""
    zh = rng.random() < 0.5
    s = Sheet("no_period", "zh" if zh else "en")
    f, fb = ("cjk", "cjk") if zh else ("sans", "sans-bold")
    a, b = _month(rng)
    rows = _rows(rng, a, b, _amt(rng, 300, 9000), rng.randint(3, 4), TX_ZH if zh else TX_EN)
    if zh:
        bank, holder = rng.choice(BANKS_ZH), rng.choice(NAMES_ZH)
        acct = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
        s.text(24, 40, f"{bank}", 13, fb)
        s.text(24, 60, rng.choice(["账户交易凭条", "近期交易查询", "账户信息"]), 10, fb)
        s.text(24, 84, f"户名：{holder}", 8.5, f)
        s.text(24, 98, f"账号：{acct}", 8.5, f)
        y = _table(s, rng, 126, rows, True)
        s.text(24, y + 18, f"余额：{money(rows[-1][3])}", 8.5, f)
    else:
        bank, holder = rng.choice(["First National Bank", "Bank of Ireland", "Maybank", "ANZ Bank", "Equity Bank"]), \
            rng.choice(NAMES_EN)
        acct = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        s.text(24, 40, bank, 13, fb)
        s.text(24, 60, rng.choice(["Mini statement", "Account activity", "Recent transactions"]), 10, fb)
        s.text(24, 84, f"Account holder: {holder}", 8.5, f)
        s.text(24, 98, f"Account number: {acct}", 8.5, f)
        y = _table(s, rng, 126, rows, False)
        s.text(24, y + 18, f"Balance: {money(rows[-1][3])}", 8.5, f)
    _truth(s, bank, holder, acct, None, None, rows[-1][3])
    return Stmt(s, absent=("period_start", "period_end"))


LAYOUTS: list[Callable[[random.Random], Stmt]] = [kv_grid, summary_table, heading_account, sort_code_line, masked,
                                                   app_month, no_period]


def generate(seed: int, per_layout: int, images: bool = False) -> list[Stmt]:
    """``per_layout`` statements of each of :data:`LAYOUTS` (:func:`stmtgen.generate_from`, seeds of its own)."""
    return generate_from(LAYOUTS, seed, per_layout, images, (104729, 613))


def _norm(s: str) -> str:
    """A name folded, without its legal form or a title before it."""
    s = re.sub(r"\s+(Limited|Ltd\.?|PLC|DAC|Berhad|Bhd)$", "", s.strip())
    s = re.sub(r"^(Ms|Mr|Mx|Dr|Mrs)\.?\s+", "", s)
    return re.sub(r"[\s.,'()（）]", "", s).casefold()


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """Money by amount; an account by its digits (a masked one by its visible digits); dates exactly; names folded."""
    if got is None:
        return False
    if f == "account_number":
        gd = re.sub(r"\D", "", got)
        return bool(gd) and any(gd == re.sub(r"\D", "", w) for w in {want} | accept)
    if f == "closing_balance":
        try:
            return D(got.replace(",", "")) == D(want)
        except ArithmeticError:
            return False
    if f in ("bank", "account_holder"):
        return any(_norm(got) == _norm(w) for w in {want} | accept)
    return got == want


def measure(root: Path, seed: int, per_layout: int, images: bool = False) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); count documents, types,
    fields (a mistyped statement's fields as missed), right, wrong at >= 0.9, and printed-nowhere fields given at
    0.6 or more (``absent_sure``)."""
    return measure_sheets(root, generate(seed, per_layout, images), seed, same, doc_type="bank_statement",
                          count_mistyped=True)


def developer_view(measure_fn: Callable[..., dict], argv: list[str]) -> None:  # pragma: no cover - by hand
    """A developer's view of a generator's failures: ``argv`` = [seed (3), statements per layout (3), "images"?];
    runs ``measure_fn`` (a :func:`measure`) in a temporary folder and prints each failure, then the counts."""
    import tempfile

    seed = int(argv[0]) if argv else 3
    with tempfile.TemporaryDirectory() as t:
        got = measure_fn(Path(t), seed, int(argv[1]) if len(argv) > 1 else 3,
                         images=len(argv) > 2 and argv[2] == "images")
    for fl in got["failures"]:
        print(fl)
    print({k: v for k, v in got.items() if k != "failures"})


if __name__ == "__main__":  # pragma: no cover - a developer's view of the failures
    import sys

    developer_view(measure, sys.argv[1:])
