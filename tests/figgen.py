"""A generator of documents whose money and account figures packet must find (issue 10: gross and net pay, a
month's income, a statement's closing balance and account number, a bill's total), written apart from the
extractor: eleven layouts of bank statements (a running balance and no closing label; a summary grid of opening,
credits, debits and closing; a mobile-banking screen with the balance big at the top and the account as a card tail;
a Chinese 交易明细), payslips (earnings rows and no gross label, deductions printed negative or in brackets,
currency marks R/KSh/₹/S$; a Chinese slip with 大写 net and negative deductions), bills (subtotal + GST/VAT = total;
a 住院结算清单 whose total sits in a summary table under its header) and income certificates (the monthly figure in
a sentence, in 大写, in a cell; an annual salary with its month's share).

The label wording and the account forms were written from how issuers print them in the UK, IE, US, CA, AU, NZ,
IN, SG, ZA, KE, HK and mainland China — not copied from ``checklists/*.toml``. Pages are drawn with
:mod:`photo_forms` (the same drawing in a born-digital PDF, a scan, a phone photo or a screenshot). Every figure is
drawn from a seeded ``random.Random`` and the truths follow from the arithmetic the page prints (closing = the last
running balance; total = subtotal + tax − discount; net = gross − deductions). Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")

# --- word pools, by how issuers print them ------------------------------------------------------------------

BANKS_EN = [("Tasman Cooperative Bank", "NZ"), ("Harbour Building Society", "UK"), ("Southern Cross Savings Bank", "AU"),
            ("Liffey Credit Union", "IE"), ("Highveld Mutual Bank", "ZA"), ("Straits Commerce Bank", "SG"),
            ("Prairie Trust Bank", "CA"), ("Ganga Co-operative Bank", "IN"), ("Victoria Harbour Bank", "HK")]
BANKS_ZH = ["中国建设银行", "招商银行", "中国农业银行", "交通银行", "上海浦东发展银行", "兴业银行"]
HOLDERS_EN = ["Aroha Ngata", "Siobhan Keane", "Thandiwe Mokoena", "Arjun Pillai", "Wei Jie Lim", "Callum Reid",
              "Priya Desai", "Mateo Rossi", "Chloe Tremblay", "Wanjiru Kamau"]
HOLDERS_ZH = ["王晓燕", "李志明", "张桂芳", "赵永刚", "孙丽华", "马俊杰"]
EMPLOYERS_EN = ["Kauri Timber Mills Ltd", "Nairobi Fresh Produce Ltd", "Drakensberg Mining Services (Pty) Ltd",
                "Coromandel Auto Parts Pvt Ltd", "Marina Bay Hospitality Pte Ltd", "Clyde Valley Bakeries Ltd",
                "Outback Freight Pty Ltd", "Great Lakes Home Care Inc."]
EMPLOYERS_ZH = ["东莞市长安镇永盛电子厂", "杭州西湖区云帆网络科技有限公司", "武汉江城建筑劳务有限公司", "青岛海港食品有限公司"]

L_ACCOUNT = ["Account Number", "Account No.", "Acct No", "A/C No.", "Account", "Account no"]
L_CLOSE = ["Closing Balance", "Balance Carried Forward", "Ending Balance", "Balance at End of Period",
           "Closing balance", "Final Balance", "New Balance"]
L_OPEN = ["Opening Balance", "Balance Brought Forward", "Opening balance", "Balance at Start", "Beginning Balance",
          "Previous Balance"]
L_IN = ["Money In", "Total Credits", "Deposits", "Paid In", "Total Deposits", "Credits"]
L_OUT = ["Money Out", "Total Debits", "Withdrawals", "Paid Out", "Total Withdrawals", "Debits"]
COLS_LEDGER = [("Date", "Description", "Withdrawals", "Deposits", "Balance"),
               ("Date", "Details", "Paid out", "Paid in", "Balance"),
               ("Trans. Date", "Particulars", "Debit", "Credit", "Balance"),
               ("Date", "Transaction", "Debits", "Credits", "Running Balance"),
               ("Posting Date", "Narrative", "Money Out", "Money In", "Balance")]
TX_EN = ["EFTPOS COUNTDOWN", "Direct Debit - Vodafone", "Salary ACME LTD", "ATM Withdrawal", "Transfer to Savings",
         "Card Purchase TESCO", "POS Woolworths", "Interest Paid", "Bill Payment - Council", "Mobile Top-up",
         "Faster Payment Received", "UPI/Zomato", "Debit Order - Insurance", "PayNow Transfer"]
TX_ZH = ["工资", "消费 美团", "转账 张三", "ATM取款", "快捷支付 支付宝", "利息", "代扣 电费", "财付通 微信红包", "跨行转入"]
COLS_ZH = [("交易日期", "摘要", "支出", "存入", "余额"), ("记账日期", "交易摘要", "借方发生额", "贷方发生额", "账户余额"),
           ("日期", "交易类型", "转出金额", "转入金额", "余额")]

L_NET_EN = ["Net Pay", "Amount Credited to Bank", "Net Amount Payable", "Take Home", "Net Salary Credited",
            "NET PAY", "Net Transfer", "Pay Credited"]
L_GROSS_EN = ["Gross Pay", "Total Earnings", "Gross Amount", "Total Gross", "Gross Salary"]
L_DED_EN = ["Total Deductions", "Deductions Total", "Less Deductions"]
EARN_EN = ["Basic Salary", "Overtime 1.5x", "Piece Rate Earnings", "Housing Allowance", "Transport Allowance",
           "Night Shift", "Commission", "Leave Pay"]
DED_EN = ["PAYE", "NHIF", "NSSF", "UIF", "Income Tax", "Provident Fund", "Union Dues", "Loan Repayment",
          "KiwiSaver 3%", "ACC Levy", "Canteen"]
CURRENCY = ["R ", "KSh ", "₹", "S$", "$", "£", "NZ$", ""]

L_SUB = ["Subtotal", "Sub-total", "Sub Total", "Total before GST", "Amount excl. VAT", "Total (excl. tax)"]
L_TAX = [("GST 10%", D("0.10")), ("GST @ 9%", D("0.09")), ("VAT 20%", D("0.20")), ("GST (15%)", D("0.15")),
         ("Add GST 5%", D("0.05")), ("CGST 9% + SGST 9%", D("0.18"))]
L_GRAND = ["Total (incl. GST)", "Total Payable", "Invoice Total", "Grand Total", "Total inc GST", "Amount Payable",
           "Total Amount", "TOTAL"]
L_DISC = ["Less: Discount", "Discount", "Pensioner discount", "Staff rebate"]
PROVIDERS_EN = ["Mount Albert Private Hospital", "Sentosa Medical Centre", "Apollo Lakeside Hospital",
                "Parkview Day Surgery", "Greystones Medical Clinic", "Kowhai Health Centre"]
ITEMS_EN = ["Consultation - specialist", "Blood tests", "Ward charges (2 days)", "Theatre fee", "Pharmacy",
            "Ultrasound", "Dressings and consumables", "Physiotherapy", "X-ray"]
HOSPITALS_ZH = ["南京市第一人民医院", "广州医科大学附属第二医院", "西安市中心医院", "郑州大学第一附属医院"]
ITEMS_ZH = ["床位费", "西药费", "检查费", "化验费", "治疗费", "手术费", "护理费", "材料费"]
SETTLE_ZH = [("费用总额", "统筹基金支付", "大病保险支付", "个人自付", "个人现金支付"),
             ("医疗费总额", "基本医疗保险统筹支付", "公务员补助", "个人负担", "现金支付"),
             ("总费用", "医保支付", "个人账户支付", "自付金额", "现金")]

DIGITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(v: Decimal) -> str:
    """An amount of yuan in 大写 (…元…角…分 or …元整), as banks and 财务 print it."""
    yuan, cents = int(v), int((v * 100) % 100)
    units = ["", "拾", "佰", "仟"]

    def four(n: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d:
                if zero and s:
                    s += "零"
                s += DIGITS[d] + units[i]
                zero = False
            else:
                zero = True
        return s

    wan, rest = divmod(yuan, 10000)
    s = (four(wan) + "万" if wan else "") + (("零" if wan and rest < 1000 and rest else "") + four(rest))
    s += "元"
    jiao, fen = divmod(cents, 10)
    if not cents:
        return s + "整"
    return s + (DIGITS[jiao] + "角" if jiao else "零") + (DIGITS[fen] + "分" if fen else "")


def m(v: Decimal, mark: str = "", neg: str = "-") -> str:
    s = f"{mark}{abs(v):,.2f}"
    if v >= 0:
        return s
    return f"({s})" if neg == "()" else f"{neg}{s}"


def amt(rng: random.Random, low: int, high: int) -> Decimal:
    return D(rng.randint(low * 100, high * 100)) / 100


@dataclass
class Fig:
    """One generated document: its sheet (drawing and truths), type, the form to write it in, other right values."""
    sheet: Sheet
    type: str
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)


# --- bank statements --------------------------------------------------------------------------------------------

def _account_en(rng: random.Random, country: str) -> tuple[list[tuple[str, str]], str, set[str]]:
    """Label/value pairs the bank prints for the account, the true number, and other right readings."""
    if country == "NZ":
        n = f"{rng.randint(1, 38):02d}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 99):02d}"
        return [(rng.choice(L_ACCOUNT), n)], n, set()
    if country == "UK":
        sc = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        acct = f"{rng.randint(10000000, 99999999)}"
        return [("Sort Code", sc), (rng.choice(["Account Number", "Account No"]), acct)], acct, {sc + acct}
    if country == "AU":
        bsb = f"{rng.randint(10, 99)}{rng.randint(0, 9)}-{rng.randint(100, 999)}"
        acct = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        return [("BSB", bsb), ("Account", acct)], acct, {bsb + acct}
    if country == "IE":
        acct = f"{rng.randint(10000000, 99999999)}"
        iban = f"IE{rng.randint(10, 99)} LIFF {rng.randint(9000, 9999)} {rng.randint(10, 99)}{acct[:2]} {acct[2:6]} {acct[6:]}"
        return [("IBAN", iban)], iban, {acct}
    if country == "ZA":
        acct = f"{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        return [(rng.choice(L_ACCOUNT), acct), ("Branch Code", f"{rng.randint(100000, 999999)}")], acct, set()
    if country == "SG":
        acct = f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"
        return [(rng.choice(L_ACCOUNT), acct)], acct, set()
    if country == "IN":
        acct = f"{rng.randint(10**13, 10**14 - 1)}"
        return [(rng.choice(L_ACCOUNT), acct), ("IFSC", f"GCBK0{rng.randint(100000, 999999)}")], acct, set()
    if country == "HK":
        acct = f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(100, 999)}"
        return [(rng.choice(L_ACCOUNT), acct)], acct, set()
    acct = f"{rng.randint(1000000, 9999999)}"
    return [("Transit", f"{rng.randint(10000, 99999)}"), (rng.choice(L_ACCOUNT), acct)], acct, set()


def _ledger_rows(rng: random.Random, start: date, opening: Decimal, n: int, words: Sequence[str]):
    rows, bal, d = [], opening, start
    for _ in range(n):
        d = d + timedelta(days=rng.randint(1, 3))
        if rng.random() < 0.3:
            v = amt(rng, 200, 3800)
        else:
            v = -amt(rng, 5, 400)
        if bal + v < 0:
            v = -v
        bal += v
        rows.append((d, rng.choice(words), v, bal))
    return rows


def rng_free_fmt(d: date) -> str:
    return f"{d.day:02d} {d.strftime('%b')} {d.year}"


def stmt_running(rng: random.Random) -> Fig:
    """A statement whose closing balance is only the last running balance (no closing label, or sometimes one)."""
    bank, country = rng.choice(BANKS_EN)
    holder = rng.choice(HOLDERS_EN)
    s = Sheet("stmt_running", "en")
    s.text(24, 40, bank, rng.choice([12, 14]), rng.choice(["sans-bold", "serif-bold"]))
    s.text(396, 40, rng.choice(["Statement of Account", "Account Statement", "Bank Statement"]), 10, "sans-bold", "right")
    s.text(24, 70, holder.upper() if rng.random() < 0.5 else holder, 9)
    s.text(24, 82, f"{rng.randint(2, 90)} {rng.choice(['Kowhai Road', 'Church Street', 'Main Rd', 'Jalan Besar'])}", 8)
    pairs, acct, extra = _account_en(rng, country)
    start = date(rng.choice([2025, 2026]), rng.randint(1, 10), 1)
    end = start + timedelta(days=29)
    y = 110
    for lab, val in pairs + [("Statement Period", f"{rng_free_fmt(start)} to {rng_free_fmt(end)}")]:
        s.text(190, y, f"{lab}:", 8)
        s.text(268, y, val, 8)
        y += 12
    cols = rng.choice(COLS_LEDGER)
    y = max(y, 150) + 14
    xs = [24, 82, 262, 322, 396]
    s.rect(22, y - 10, 398, y + 4, fill=230)
    for i, c in enumerate(cols):
        s.text(xs[i], y, c, 7.5, "sans-bold", "right" if i >= 2 else "left")
    opening = amt(rng, 300, 9000)
    y += 14
    s.text(xs[0], y, rng_free_fmt(start), 7.5)
    s.text(xs[1], y, rng.choice(["Opening Balance", "Balance Brought Forward", "BALANCE B/F"]), 7.5)
    s.text(xs[4], y, m(opening), 7.5, align="right")
    rows = _ledger_rows(rng, start, opening, rng.randint(7, 14), TX_EN)
    for d, desc, v, bal in rows:
        y += 13
        s.text(xs[0], y, rng_free_fmt(d), 7.5)
        s.text(xs[1], y, desc, 7.5)
        s.text(xs[2] if v < 0 else xs[3], y, m(abs(v)), 7.5, align="right")
        s.text(xs[4], y, m(bal), 7.5, align="right")
    closing = rows[-1][3]
    if rng.random() < 0.35:
        y += 16
        s.hline(22, 398, y - 10)
        s.text(xs[1], y, rng.choice(L_CLOSE), 8, "sans-bold")
        s.text(xs[4], y, m(closing), 8, "sans-bold", "right")
    s.text(24, 570, f"Page 1 of 1   {bank} is regulated. Call us on 0800 {rng.randint(100, 999)} {rng.randint(100, 999)}.", 6)
    s.truth = {"closing_balance": f"{closing:.2f}", "account_number": acct}
    return Fig(s, "bank_statement", accept={"account_number": extra})


def stmt_summary_grid(rng: random.Random) -> Fig:
    """A summary grid (opening | in | out | closing labels over their values) above the transactions."""
    bank, country = rng.choice(BANKS_EN)
    holder = rng.choice(HOLDERS_EN)
    s = Sheet("stmt_summary_grid", "en")
    s.text(210, 36, bank, 13, "serif-bold", "centre")
    s.text(210, 50, rng.choice(["Everyday Account Statement", "Savings Account Statement", "Current Account Statement"]),
           9, "serif", "centre")
    pairs, acct, extra = _account_en(rng, country)
    start = date(rng.choice([2025, 2026]), rng.randint(1, 11), rng.choice([1, 15]))
    end = start + timedelta(days=30)
    y = 76
    s.text(24, y, rng.choice(["Account Holder", "Name", "Customer"]) + f": {holder}", 8.5)
    for lab, val in pairs:
        y += 12
        s.text(24, y, f"{lab}: {val}", 8.5)
    y += 12
    s.text(24, y, f"Period: {start.strftime('%d/%m/%Y')} - {end.strftime('%d/%m/%Y')}", 8.5)
    opening = amt(rng, 100, 6000)
    rows = _ledger_rows(rng, start, opening, rng.randint(5, 10), TX_EN)
    credits = sum((v for _, _, v, _ in rows if v > 0), D(0))
    debits = -sum((v for _, _, v, _ in rows if v < 0), D(0))
    closing = opening + credits - debits
    heads = [rng.choice(L_OPEN), rng.choice(L_IN), rng.choice(L_OUT), rng.choice(L_CLOSE)]
    vals = [opening, credits, debits, closing]
    y += 24
    s.rect(22, y - 12, 398, y + 20)
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 24 + i * 94
        s.text(x + 3, y, h, 7, "sans-bold")
        s.text(x + 88, y + 15, m(v), 8.5, align="right")
    y += 44
    s.text(24, y, rng.choice(["Transactions", "Your transactions", "Account activity"]), 9, "sans-bold")
    xs = [24, 90, 262, 322, 396]
    cols = rng.choice(COLS_LEDGER)
    y += 14
    for i, c in enumerate(cols[:4]):
        s.text(xs[i], y, c, 7.5, "sans-bold", "right" if i >= 2 else "left")
    show_bal = rng.random() < 0.5
    if show_bal:
        s.text(xs[4], y, cols[4], 7.5, "sans-bold", "right")
    for d, desc, v, bal in rows:
        y += 13
        s.text(xs[0], y, d.strftime("%d/%m"), 7.5)
        s.text(xs[1], y, desc, 7.5)
        s.text(xs[2] if v < 0 else xs[3], y, m(abs(v)), 7.5, align="right")
        if show_bal:
            s.text(xs[4], y, m(bal), 7.5, align="right")
    s.truth = {"closing_balance": f"{closing:.2f}", "account_number": acct}
    return Fig(s, "bank_statement", accept={"account_number": extra})


def stmt_app(rng: random.Random) -> Fig:
    """A mobile-banking screen: the balance big at the top, the account as a card tail, recent transactions signed."""
    zh = rng.random() < 0.5
    s = Sheet("stmt_app", "zh" if zh else "en")
    f = "cjk" if zh else "sans"
    fb = "cjk" if zh else "sans-bold"
    tail = f"{rng.randint(0, 9999):04d}"
    bal = amt(rng, 80, 48000)
    s.rect(0, 0, 420, 40, fill=40)
    if zh:
        bank = rng.choice(BANKS_ZH)
        s.text(210, 70, bank, 12, fb, "centre")
        s.text(210, 92, rng.choice([f"储蓄卡 尾号{tail}", f"借记卡(尾号{tail})", f"一类户 **** {tail}"]), 9, f, "centre")
        s.text(210, 122, rng.choice(["可用余额（元）", "可用余额", "账户余额(元)"]), 9, f, "centre")
        s.text(210, 152, f"{bal:,.2f}", 22, fb, "centre")
        s.text(24, 190, "交易明细", 11, fb)
        words = TX_ZH
    else:
        bank, _ = rng.choice(BANKS_EN)
        s.text(210, 70, bank, 12, fb, "centre")
        s.text(210, 92, rng.choice([f"Everyday Account ••••{tail}", f"Savings ending in {tail}",
                                    f"Debit card **** {tail}", f"Transaction Account ···· {tail}"]), 9, f, "centre")
        s.text(210, 122, rng.choice(["Available balance", "Available Balance", "Current balance"]), 9, f, "centre")
        s.text(210, 152, f"{rng.choice(['$', '£', 'R', 'S$'])}{bal:,.2f}", 22, fb, "centre")
        s.text(24, 190, rng.choice(["Recent transactions", "Transactions", "Activity"]), 11, fb)
        words = TX_EN
    y, d = 212, date(rng.choice([2025, 2026]), rng.randint(1, 12), 28)
    for _ in range(rng.randint(5, 8)):
        v = amt(rng, 200, 3000) if rng.random() < 0.25 else -amt(rng, 3, 300)
        s.text(24, y, rng.choice(words), 9, f)
        s.text(24, y + 12, d.isoformat() if zh else d.strftime("%d %b %Y"), 7, f)
        s.text(396, y + 4, ("+" if v > 0 else "-") + f"{abs(v):,.2f}", 9, f, "right")
        s.hline(24, 396, y + 19, 0.3)
        y += 32
        d -= timedelta(days=rng.randint(0, 2))
    s.truth = {"closing_balance": f"{bal:.2f}", "account_number": tail}
    return Fig(s, "bank_statement", form="screenshot")


def stmt_zh(rng: random.Random) -> Fig:
    """个人账户交易明细: 账号 grouped by spaces or masked, the closing balance only in the last row's 余额."""
    s = Sheet("stmt_zh", "zh")
    bank, holder = rng.choice(BANKS_ZH), rng.choice(HOLDERS_ZH)
    s.text(210, 38, bank, 13, "cjk", "centre")
    s.text(210, 58, rng.choice(["个人账户交易明细", "个人活期账户交易明细清单", "借记卡账户历史明细"]), 11, "cjk", "centre")
    n = "6" + "".join(str(rng.randint(0, 9)) for _ in range(18))
    form = rng.randrange(3)
    shown = [" ".join([n[:4], n[4:8], n[8:12], n[12:16], n[16:]]), n, f"{n[:6]}******{n[-4:]}"][form]
    start = date(rng.choice([2025, 2026]), rng.randint(1, 9), 1)
    end = start + timedelta(days=rng.choice([29, 60, 90]))
    s.text(24, 84, f"户名：{holder}", 8.5, "cjk")
    s.text(200, 84, f"{rng.choice(['账号', '卡号', '账户'])}：{shown}", 8.5, "cjk")
    s.text(24, 98, f"起止日期：{start.isoformat()} 至 {end.isoformat()}", 8.5, "cjk")
    s.text(250, 98, "币种：人民币", 8.5, "cjk")
    cols = rng.choice(COLS_ZH)
    xs = [24, 90, 262, 322, 396]
    y = 124
    s.rect(22, y - 10, 398, y + 4, fill=230)
    for i, c in enumerate(cols):
        s.text(xs[i], y, c, 7.5, "cjk", "right" if i >= 2 else "left")
    rows = _ledger_rows(rng, start, amt(rng, 100, 30000), rng.randint(8, 15), TX_ZH)
    for d, desc, v, bal in rows:
        y += 13
        s.text(xs[0], y, d.isoformat(), 7.5, "cjk")
        s.text(xs[1], y, desc, 7.5, "cjk")
        s.text(xs[2] if v < 0 else xs[3], y, m(abs(v)), 7.5, "cjk", "right")
        s.text(xs[4], y, m(bal), 7.5, "cjk", "right")
    s.text(24, y + 24, f"打印日期：{end.isoformat()}   本明细仅供参考，如有疑问请致电客服热线95{rng.randint(500, 599)}", 6.5, "cjk")
    acc = {n} if form == 2 else set()
    s.truth = {"closing_balance": f"{rows[-1][3]:.2f}", "account_number": n if form < 2 else n[-4:]}
    return Fig(s, "bank_statement", accept={"account_number": acc})


# --- payslips ---------------------------------------------------------------------------------------------------

def pay_rows(rng: random.Random) -> Fig:
    """Earnings rows (no gross label in half), deductions printed negative or in brackets, net in a pool of words."""
    s = Sheet("pay_rows", "en")
    employer = rng.choice(EMPLOYERS_EN)
    cur = rng.choice(CURRENCY)
    neg = rng.choice(["-", "()"])
    s.text(24, 40, employer, 12, "sans-bold")
    s.text(396, 40, rng.choice(["PAYSLIP", "Pay Slip", "Salary Slip", "Wage Slip"]), 11, "sans-bold", "right")
    s.text(24, 62, f"{rng.choice(['Employee', 'Name'])}: {rng.choice(HOLDERS_EN)}", 8.5)
    mo = date(rng.choice([2025, 2026]), rng.randint(1, 12), 1)
    s.text(220, 62, f"{rng.choice(['Pay Period', 'Month'])}: {mo.strftime('%B %Y')}", 8.5)
    s.text(24, 74, f"Employee No: {rng.randint(100, 9999)}", 8.5)
    earn = [(n, amt(rng, 150, 2500)) for n in rng.sample(EARN_EN, rng.randint(2, 4))]
    earn[0] = (earn[0][0], amt(rng, 1200, 9000))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, (gross * D(rng.randint(2, 9)) / 100).quantize(C)) for n in rng.sample(DED_EN, rng.randint(2, 4))]
    dsum = sum((v for _, v in ded), D(0))
    net = gross - dsum
    y = 100
    s.text(24, y, rng.choice(["Earnings", "Payments", "Income", "Allowances & Pay"]), 9, "sans-bold")
    s.text(396, y, rng.choice(["Amount", "This Period", "Current"]), 8, "sans-bold", "right")
    for n, v in earn:
        y += 13
        s.text(30, y, n, 8.5)
        s.text(396, y, m(v, cur), 8.5, align="right")
    labelled = rng.random() < 0.5
    if labelled:
        y += 15
        s.hline(250, 396, y - 10)
        s.text(30, y, rng.choice(L_GROSS_EN), 8.5, "sans-bold")
        s.text(396, y, m(gross, cur), 8.5, "sans-bold", "right")
    y += 24
    s.text(24, y, rng.choice(["Deductions", "Less", "Statutory & Other Deductions"]), 9, "sans-bold")
    for n, v in ded:
        y += 13
        s.text(30, y, n, 8.5)
        s.text(396, y, m(-v, cur, neg), 8.5, align="right")
    if rng.random() < 0.6:
        y += 15
        s.text(30, y, rng.choice(L_DED_EN), 8.5, "sans-bold")
        s.text(396, y, m(-dsum, cur, neg), 8.5, "sans-bold", "right")
    y += 30
    s.rect(200, y - 14, 398, y + 6)
    s.text(206, y, rng.choice(L_NET_EN), 10, "sans-bold")
    s.text(392, y, m(net, cur), 10, "sans-bold", "right")
    s.text(24, y + 40, f"Paid by EFT to account ****{rng.randint(1000, 9999)} on {mo.strftime('%d/%m/%Y')}", 7)
    s.truth = {"gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}
    return Fig(s, "payslip", form=rng.choice(["text", "text", "photo"]))


def pay_zh(rng: random.Random) -> Fig:
    """工资条: items in a grid of label cells over value cells, deductions negative, 实发 in 大写 and 小写."""
    s = Sheet("pay_zh", "zh")
    employer = rng.choice(EMPLOYERS_ZH)
    s.text(210, 38, f"{employer}", 12, "cjk", "centre")
    mo = date(rng.choice([2025, 2026]), rng.randint(1, 12), 1)
    s.text(210, 56, f"{mo.year}年{mo.month}月{rng.choice(['工资条', '工资单', '薪资单'])}", 11, "cjk", "centre")
    s.text(24, 80, f"姓名：{rng.choice(HOLDERS_ZH)}    工号：{rng.randint(1000, 9999)}", 8.5, "cjk")
    earn = [(n, amt(rng, 100, 1500)) for n in rng.sample(["岗位工资", "加班费", "计件工资", "绩效奖金", "全勤奖", "高温补贴"], 3)]
    earn.insert(0, ("基本工资", amt(rng, 2000, 6000)))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, amt(rng, 20, 600)) for n in rng.sample(["养老保险", "医疗保险", "住房公积金", "个人所得税", "餐费", "宿舍费"], 3)]
    net = gross - sum((v for _, v in ded), D(0))
    gl = rng.choice(["应发合计", "应发工资", "应发小计", "工资总额"])
    cells = earn + [(gl, gross)] + [(n, -v) for n, v in ded]
    per = 4
    y = 100
    w = 372 / per
    for i in range(0, len(cells), per):
        row = cells[i:i + per]
        for j, (n, v) in enumerate(row):
            x = 24 + j * w
            s.rect(x, y, x + w, y + 16, fill=235)
            s.rect(x, y + 16, x + w, y + 32)
            s.text(x + 4, y + 11, n, 8, "cjk")
            s.text(x + w - 4, y + 27, m(v), 8, "cjk", "right")
        y += 40
    y += 16
    if rng.random() < 0.5:
        s.text(24, y, f"实发金额（大写）：{daxie(net)}    （小写）：¥{net:,.2f}", 9, "cjk")
    else:
        s.text(24, y, f"{rng.choice(['实发工资', '实领金额', '本月实发'])}：{net:,.2f}元", 9, "cjk")
    s.text(24, y + 30, f"发放日期：{mo.year}年{mo.month}月{rng.randint(5, 15)}日", 8, "cjk")
    s.truth = {"gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}
    return Fig(s, "payslip", form=rng.choice(["text", "text", "scan"]))


# --- bills ------------------------------------------------------------------------------------------------------

def bill_tax(rng: random.Random) -> Fig:
    """A clinic or hospital invoice: items, subtotal, discount sometimes, GST/VAT, the total after tax, then payments."""
    s = Sheet("bill_tax", "en")
    prov = rng.choice(PROVIDERS_EN)
    s.text(24, 40, prov, 12, rng.choice(["sans-bold", "serif-bold"]))
    s.text(24, 54, f"{rng.choice(['GST Reg No', 'ABN', 'GSTIN', 'VAT No'])}: {rng.randint(10**8, 10**9 - 1)}", 7)
    s.text(396, 40, rng.choice(["TAX INVOICE", "Invoice", "Final Bill", "Patient Invoice"]), 11, "sans-bold", "right")
    s.text(24, 80, f"Patient: {rng.choice(HOLDERS_EN)}", 8.5)
    d = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    s.text(250, 80, f"Invoice Date: {d.strftime('%d/%m/%Y')}", 8.5)
    items = [(n, amt(rng, 40, 900)) for n in rng.sample(ITEMS_EN, rng.randint(3, 6))]
    y = 108
    s.text(24, y, "Description", 8, "sans-bold")
    s.text(396, y, "Amount", 8, "sans-bold", "right")
    for n, v in items:
        y += 13
        s.text(24, y, n, 8.5)
        s.text(396, y, m(v), 8.5, align="right")
    sub = sum((v for _, v in items), D(0))
    y += 20
    s.hline(240, 396, y - 11)
    s.text(250, y, rng.choice(L_SUB), 8.5)
    s.text(396, y, m(sub), 8.5, align="right")
    base = sub
    if rng.random() < 0.35:
        disc = (sub * D(rng.randint(5, 15)) / 100).quantize(C)
        y += 13
        s.text(250, y, rng.choice(L_DISC), 8.5)
        s.text(396, y, m(-disc, neg=rng.choice(["-", "()"])), 8.5, align="right")
        base = sub - disc
    lab, rate = rng.choice(L_TAX)
    tax = (base * rate).quantize(C)
    y += 13
    s.text(250, y, lab, 8.5)
    s.text(396, y, m(tax), 8.5, align="right")
    total = base + tax
    y += 16
    s.text(250, y, rng.choice(L_GRAND), 9, "sans-bold")
    s.text(396, y, m(total, rng.choice(["", "$", "S$", "₹"])), 9, "sans-bold", "right")
    if rng.random() < 0.5:
        paid = (total * D(rng.randint(20, 90)) / 100).quantize(C)
        y += 14
        s.text(250, y, rng.choice(["Less: Paid", "Payment received", "Deposit paid"]), 8.5)
        s.text(396, y, m(-paid), 8.5, align="right")
        y += 14
        s.text(250, y, rng.choice(["Balance Due", "Amount Outstanding", "Balance owing"]), 8.5, "sans-bold")
        s.text(396, y, m(total - paid), 8.5, "sans-bold", "right")
    s.truth = {"total": f"{total:.2f}"}
    return Fig(s, "medical_bill", form=rng.choice(["text", "text", "scan"]))


def bill_settle_zh(rng: random.Random) -> Fig:
    """住院结算清单: charges by category, the total in a summary table (labels in one row, values beneath)."""
    s = Sheet("bill_settle_zh", "zh")
    hosp = rng.choice(HOSPITALS_ZH)
    s.text(210, 36, hosp, 12, "cjk", "centre")
    s.text(210, 54, rng.choice(["住院结算清单", "住院费用结算单", "医疗保险住院结算单"]), 11, "cjk", "centre")
    adm = date(rng.choice([2025, 2026]), rng.randint(1, 11), rng.randint(1, 20))
    dis = adm + timedelta(days=rng.randint(3, 12))
    s.text(24, 78, f"姓名：{rng.choice(HOLDERS_ZH)}   住院号：{rng.randint(100000, 999999)}", 8.5, "cjk")
    s.text(24, 92, f"入院日期：{adm.isoformat()}   出院日期：{dis.isoformat()}   结算日期：{dis.isoformat()}", 8, "cjk")
    items = [(n, amt(rng, 80, 6000)) for n in rng.sample(ITEMS_ZH, rng.randint(4, 7))]
    y = 116
    half = (len(items) + 1) // 2
    for i, (n, v) in enumerate(items):
        x = 24 if i < half else 214
        yy = y + (i % half) * 16
        s.rect(x, yy - 11, x + 90, yy + 5)
        s.rect(x + 90, yy - 11, x + 182, yy + 5)
        s.text(x + 4, yy, n, 8, "cjk")
        s.text(x + 178, yy, f"{v:.2f}", 8, "cjk", "right")
    total = sum((v for _, v in items), D(0))
    y += half * 16 + 24
    heads = rng.choice(SETTLE_ZH)
    fund = (total * D(rng.randint(40, 70)) / 100).quantize(C)
    big = (total * D(rng.randint(0, 10)) / 100).quantize(C)
    own = total - fund - big
    cash = (own * D(rng.randint(50, 100)) / 100).quantize(C)
    vals = [total, fund, big, own, cash]
    w = 372 / 5
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 24 + i * w
        s.rect(x, y - 12, x + w, y + 6, fill=235)
        s.rect(x, y + 6, x + w, y + 24)
        s.text(x + 3, y, h, 6.5, "cjk")
        s.text(x + w - 3, y + 19, f"{v:.2f}", 8, "cjk", "right")
    if rng.random() < 0.5:
        s.text(24, y + 46, f"合计（大写）：{daxie(total)}", 8.5, "cjk")
    s.text(24, y + 66, f"收款员：{rng.choice(['刘', '陈', '杨'])}{rng.randint(1, 99):02d}   打印时间：{dis.isoformat()}", 7.5, "cjk")
    s.truth = {"total": f"{total:.2f}"}
    return Fig(s, "medical_bill", form=rng.choice(["text", "text", "scan"]))


# --- income certificates ----------------------------------------------------------------------------------------

def income_zh(rng: random.Random) -> Fig:
    """收入证明: the month's income in a sentence (人民币 … 元, 大写 beside it, or 大写 alone) or in a table cell."""
    s = Sheet("income_zh", "zh")
    employer, person = rng.choice(EMPLOYERS_ZH), rng.choice(HOLDERS_ZH)
    monthly = D(rng.randint(30, 300) * 100)
    s.text(210, 50, rng.choice(["收入证明", "工作及收入证明", "在职收入证明"]), 15, "cjk", "centre")
    lines = [f"兹证明{person}（身份证号：{rng.randint(10**17, 10**18 - 1)}）系我单位正式员工，",
             f"自{rng.randint(2012, 2022)}年起在我单位{rng.choice(['生产部', '财务部', '销售部'])}工作，"]
    form = rng.randrange(4)
    if form == 0:
        lines.append(f"其月收入为人民币{monthly:,.2f}元（大写：{daxie(monthly)}）。")
    elif form == 1:
        lines.append(f"该员工税前月均收入{rng.choice(['人民币', 'RMB', '¥'])}{monthly:,.0f}元，年收入约{monthly * 12:,.0f}元。")
    elif form == 2:
        lines.append(f"其每月工资收入为{daxie(monthly)}（¥{monthly:,.2f}）。")
    else:
        lines.append("其收入情况如下：")
    y = 90
    for t in lines:
        s.text(40, y, t, 9.5, "cjk")
        y += 20
    if form == 3:
        s.rect(40, y, 200, y + 20, fill=235)
        s.rect(200, y, 380, y + 20)
        s.text(44, y + 14, rng.choice(["月收入（元）", "月均收入", "每月收入"]), 9, "cjk")
        s.text(376, y + 14, f"{monthly:,.2f}", 9, "cjk", "right")
        s.rect(40, y + 20, 200, y + 40, fill=235)
        s.rect(200, y + 20, 380, y + 40)
        s.text(44, y + 34, "年收入（元）", 9, "cjk")
        s.text(376, y + 34, f"{monthly * 12:,.2f}", 9, "cjk", "right")
        y += 50
    s.text(40, y + 10, "特此证明。", 9.5, "cjk")
    s.text(40, y + 30, "本证明仅用于证明该员工收入情况，不作为任何担保依据。", 8.5, "cjk")
    s.text(380, y + 80, f"{employer}（盖章）", 9, "cjk", "right")
    d = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    s.text(380, y + 100, f"{d.year}年{d.month}月{d.day}日", 9, "cjk", "right")
    s.truth = {"monthly_income": f"{monthly:.2f}"}
    return Fig(s, "income_proof", form=rng.choice(["text", "text", "photo"]))


def income_en(rng: random.Random) -> Fig:
    """An employment and income letter: the month's pay in a sentence, or an annual salary with its month's share."""
    s = Sheet("income_en", "en")
    employer, person = rng.choice(EMPLOYERS_EN), rng.choice(HOLDERS_EN)
    monthly = D(rng.randint(150, 900) * 10) + D(rng.choice([0, 0, 50]))
    cur = rng.choice(["£", "$", "R ", "KSh ", "€", "S$", "INR "])
    s.text(24, 40, employer, 12, "serif-bold")
    d = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    s.text(24, 70, d.strftime("%d %B %Y"), 9, "serif")
    s.text(24, 96, "To Whom It May Concern", 9.5, "serif")
    s.text(24, 116, rng.choice(["Confirmation of Employment and Income", "Re: Employment Verification",
                                "Salary Certificate"]), 10, "serif-bold")
    form = rng.randrange(3)
    first = f"This is to confirm that {person} has been employed by us since {rng.randint(2010, 2023)}"
    if form == 0:
        rest = [f"as a {rng.choice(['machine operator', 'care assistant', 'driver'])} on a gross salary of {cur}{monthly:,.2f}",
                "per month, paid on the last working day of each month."]
    elif form == 1:
        rest = [f"on a permanent contract. Her annual salary is {cur}{monthly * 12:,.2f}, paid in twelve equal",
                f"monthly instalments of {cur}{monthly:,.2f} before tax."]
    else:
        rest = ["on a full-time basis. Details of remuneration:"]
    y = 140
    for t in [first] + rest:
        s.text(24, y, t, 9, "serif")
        y += 14
    if form == 2:
        y += 6
        for lab, v in [("Basic salary (monthly)", monthly), ("Annual package", monthly * 12)]:
            s.text(40, y, lab, 9, "serif")
            s.text(360, y, f"{cur}{v:,.2f}", 9, "serif", "right")
            y += 14
    s.text(24, y + 20, "Please contact the undersigned should you require any further information.", 9, "serif")
    s.text(24, y + 56, "Yours faithfully,", 9, "serif")
    s.text(24, y + 90, rng.choice(["Human Resources Manager", "Payroll Officer", "Director"]), 9, "serif")
    s.truth = {"monthly_income": f"{monthly:.2f}"}
    return Fig(s, "income_proof", form=rng.choice(["text", "text", "scan"]))


LAYOUTS: list[Callable[[random.Random], Fig]] = [stmt_running, stmt_summary_grid, stmt_app, stmt_zh, pay_rows,
                                                 pay_zh, bill_tax, bill_settle_zh, income_zh, income_en]


def generate(seed: int, per_layout: int, images: bool = True) -> list[Fig]:
    """``per_layout`` documents of each layout; with ``images`` False every form is a text PDF (fast, no OCR)."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        for k in range(per_layout):
            fig = lay(random.Random(seed * 10007 + li * 101 + k))
            if not images:
                fig.form = "text"
            out.append(fig)
    return out


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """A money field by its amount; an account number by its digits (its last four alone, or an accepted reading)."""
    if got is None:
        return False
    if f == "account_number":
        gd = _digits(got)
        return bool(gd) and any(gd == _digits(w) or (len(gd) == 4 and _digits(w).endswith(gd))
                                for w in {want} | accept)
    try:
        return D(got.replace(",", "")) == D(want)
    except ArithmeticError:
        return False


def measure(root: Path, seed: int, per_layout: int, images: bool = True) -> dict:
    """Write the documents into ``root`` (one folder per language), read, classify and extract them as packet does,
    and count (:func:`photo_forms.measure_sheets`): documents, types right, fields, right, wrong at confidence >= 0.9,
    failures."""
    return measure_sheets(root, generate(seed, per_layout, images), seed, same)
