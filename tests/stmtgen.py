"""A generator of bank statements in layouts packet's extractor was not written against (issue 10): the bank named
only in a sentence under a brand without the word "Bank"; the bank's name fused with the product in the heading;
the holder only in an address block; bilingual labels stacked on two lines with the value beside or under either;
an account printed after a sort code or branch code; the period as an unlabelled month-name range in a sentence or a
Chinese 年月日 range; tables newest first (the closing balance is the top row's); a bare balance with no decimals;
Chinese and English banking-app screens (收支明细 with a 余额 line under each row; "Recent transactions").

Words and forms were written from how banks print them in the UK, IE, US, CA, AU, NZ, IN, SG, MY, PH, ZA, KE, HK and
mainland China — not copied from ``checklists/*.toml`` nor from any bench document. Drawn with :mod:`photo_forms`
(a text PDF, or a scan/photo/screenshot). Deterministic for a seed; truths as packet normalises them (ISO dates,
amounts with two decimals, the account's digits).
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

D = Decimal

# brands that print no "Bank" in the logo, and the sentence that names the licensed bank
BRANDS = [("Kiwi Harbour", "Kiwi Harbour Bank Limited", "NZ"), ("Emerald", "Emerald Isle Bank DAC", "IE"),
          ("Monzoo", "Monzoo Bank Limited", "UK"), ("Lion City", "Lion City Bank Ltd", "SG"),
          ("Savanna", "Savanna Commercial Bank PLC", "KE"), ("Maple Leaf", "Maple Leaf Trust Bank", "CA")]
SENT = ["{b} (formerly {o}) is a bank authorised by the {r}.", "{b} is a licensed bank regulated by the {r}.",
        "Banking services are provided by {b}, a bank regulated by the {r}.",
        "{b} is a bank incorporated in {c}; deposits are protected up to the limit set by the {r}."]
REGS = ["Reserve Bank", "Prudential Regulation Authority", "Central Bank", "Monetary Authority"]
# real banks as people know them, with product words after them in the heading
NAMED = [("Bank of Ireland", "IE"), ("Maybank", "MY"), ("Standard Chartered", "HK"), ("Westpac", "AU"),
         ("Equity Bank", "KE"), ("BDO Unibank", "PH"), ("Absa Bank", "ZA"), ("State Bank of India", "IN"),
         ("Lloyds Bank", "UK"), ("ASB Bank", "NZ"), ("Scotiabank", "CA"), ("Wells Fargo", "US")]
PRODUCTS = ["Current Account", "Everyday Savings", "Premier Current Account", "Savings Account Statement",
            "Chequing Account", "Smart Saver", "Basic Bank Account", "Transaction Account"]
HOLDERS_EN = ["Nur Aisyah binti Ahmad", "Muhammad Firdaus bin Ismail", "Siobhan Keane", "Callum Reid",
              "Grace Wanjiku Mwangi", "Juan Miguel Santos", "Chloe Tremblay", "Ravi Shankar Iyer", "Aroha Ngata",
              "Thabo Nkosi", "Tan Mei Ling", "Patrick Dwyer"]
STREETS = ["12 Jalan Ampang", "45 Grafton Street", "7 Kowhai Road", "118 Ngong Road", "3/21 Beach Road",
           "88 Rizal Avenue", "16 Oak Crescent", "Flat 4, 22 Station Road", "Blk 312 Clementi Ave 4"]
TOWNS = ["50450 Kuala Lumpur", "Dublin 2", "Auckland 1010", "Nairobi 00100", "Makati City 1200", "Durban 4001",
         "Toronto ON M5V 2T6", "Manchester M1 4BT", "Singapore 120312"]
BANKS_ZH = ["中国工商银行", "中国银行", "招商银行", "中国邮政储蓄银行", "平安银行", "广发银行", "北京农商银行"]
HOLDERS_ZH = ["陈美玲", "刘建国", "黄晓东", "周丽娟", "吴海峰", "郑秀英"]
TX_EN = ["POS PURCHASE GROCER", "DIRECT DEBIT INSURANCE", "SALARY CREDIT", "ATM CASH", "TRANSFER IN", "ONLINE TRF",
         "CARD PAYMENT FUEL", "MPESA TO BANK", "GIRO - TOWN COUNCIL", "INSTAPAY TRANSFER", "EFT DEBIT ORDER"]
TX_ZH = ["工资代发", "快捷支付-美团", "转账-李四", "ATM取现", "微信零钱提现", "财付通-京东", "代缴水费", "结息"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
       "December"]


@dataclass
class Stmt:
    """One generated statement: its sheet (drawing and truths), the form to write it in, other right readings."""
    sheet: Sheet
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)


def money(v: Decimal, cur: str = "") -> str:
    return f"{'-' if v < 0 else ''}{cur}{abs(v):,.2f}"


def _amt(rng: random.Random, lo: int, hi: int) -> Decimal:
    return D(rng.randint(lo * 100, hi * 100)) / 100


def _rows(rng: random.Random, start: date, end: date, opening: Decimal, n: int, words: list[str]):
    """Dated rows between start and end (oldest first): (date, words, signed amount, running balance)."""
    days = sorted(rng.sample(range(1, (end - start).days), n))
    rows, bal = [], opening
    for k in days:
        v = _amt(rng, 300, 4000) if rng.random() < 0.3 else -_amt(rng, 5, 450)
        if bal + v < 0:
            v = -v
        bal += v
        rows.append((start + timedelta(days=k), rng.choice(words), v, bal))
    return rows


def _period(rng: random.Random) -> tuple[date, date]:
    start = date(rng.choice([2025, 2026]), rng.randint(1, 11), 1)
    end = date(start.year, start.month + 1, 1) - timedelta(days=1)
    return start, end


def _range_en(rng: random.Random, a: date, b: date) -> str:
    """An unlabelled month-name range as banks print it in sentences."""
    return rng.choice([
        f"for the period {a.day} {MON[a.month - 1][:3]} to {b.day} {MON[b.month - 1][:3]} {b.year}",
        f"{MON[a.month - 1]} {a.day:02d}, {a.year}, through {MON[b.month - 1]} {b.day:02d}, {b.year}",
        f"{a.day} {MON[a.month - 1]} {a.year} - {b.day} {MON[b.month - 1]} {b.year}",
        f"{MON[a.month - 1]} {a.day} - {MON[b.month - 1]} {b.day}, {b.year}"])


def _table(s: Sheet, rng: random.Random, y: float, rows, newest_first: bool, cur: str = "") -> float:
    cols = rng.choice([("Date", "Description", "Debit", "Credit", "Balance"),
                       ("Txn Date", "Particulars", "Withdrawal", "Deposit", "Balance"),
                       ("Date", "Transaction details", "Money out", "Money in", "Balance")])
    xs = [24, 84, 262, 322, 396]
    s.rect(22, y - 10, 398, y + 4, fill=225)
    for i, c in enumerate(cols):
        s.text(xs[i], y, c, 7.5, "sans-bold", "right" if i >= 2 else "left")
    for d, desc, v, bal in (reversed(rows) if newest_first else rows):
        y += 13
        s.text(xs[0], y, d.strftime("%d/%m/%Y") if rng.random() < 2 else "", 7.5)
        s.text(xs[1], y, desc, 7.5)
        s.text(xs[2] if v < 0 else xs[3], y, money(abs(v)), 7.5, align="right")
        s.text(xs[4], y, money(bal, cur), 7.5, align="right")
    return y


def logo_sentence(rng: random.Random) -> Stmt:
    """A brand without "Bank" as the logo, the bank named only in a sentence under it; the holder over a street
    address with no label; sort code then account on one line; the period as an unlabelled range."""
    brand, bank, country = rng.choice(BRANDS)
    holder = rng.choice(HOLDERS_EN)
    s = Sheet("logo_sentence", "en")
    s.text(24, 40, brand.upper() if rng.random() < 0.5 else brand, 16, "sans-bold")
    s.text(24, 54, rng.choice(SENT).format(b=bank, o=f"{brand} Savings", r=rng.choice(REGS), c="the region"), 6)
    y0 = rng.choice([84, 96])
    s.text(24, y0, holder, 9)
    s.text(24, y0 + 12, rng.choice(STREETS), 8)
    s.text(24, y0 + 24, rng.choice(TOWNS), 8)
    a, b = _period(rng)
    sc = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    acct = f"{rng.randint(10000000, 99999999)}"
    lab = rng.choice([("Sort code", "Account number"), ("Branch code", "Account no."), ("BSB", "Account")])
    s.text(230, y0, rng.choice(["Your statement", "Account summary", "Statement"]), 10, "sans-bold")
    s.text(230, y0 + 14, _range_en(rng, a, b), 7.5)
    s.text(230, y0 + 28, f"{lab[0]} {sc}   {lab[1]} {acct}", 7.5)
    opening = _amt(rng, 200, 6000)
    rows = _rows(rng, a, b, opening, rng.randint(6, 11), TX_EN)
    y = _table(s, rng, y0 + 60, rows, False)
    s.text(24, y + 30, f"{bank}. Page 1 of 1", 6)
    s.truth = {"bank": bank, "account_holder": holder, "account_number": acct, "period_start": a.isoformat(),
               "period_end": b.isoformat(), "closing_balance": f"{rows[-1][3]:.2f}"}
    return Stmt(s, accept={"bank": {brand}, "account_number": {sc + acct}})


def product_heading(rng: random.Random) -> Stmt:
    """The bank's name fused with the product words in one heading line; the closing balance as a bare
    "Balance: $5000" with no decimals in some, otherwise a labelled closing balance; table newest first."""
    bank, country = rng.choice(NAMED)
    holder = rng.choice(HOLDERS_EN)
    s = Sheet("product_heading", "en")
    s.text(24, 42, f"{bank} {rng.choice(PRODUCTS)}", 14, rng.choice(["sans-bold", "serif-bold"]))
    a, b = _period(rng)
    acct = f"{rng.randint(100, 999)}{rng.randint(1000000, 9999999)}"
    lh = rng.choice(["Account holder", "Account name", "Name", "Customer name"])
    la = rng.choice(["Account number", "Account No", "A/C No."])
    s.text(24, 76, f"{lh}: {holder}", 8.5)
    s.text(24, 90, f"{la}: {acct}", 8.5)
    s.text(24, 104, f"Statement period: {a.strftime('%d %b %Y')} to {b.strftime('%d %b %Y')}", 8.5)
    opening = D(rng.randint(300, 9000))
    rows = _rows(rng, a, b, opening, rng.randint(6, 11), TX_EN)
    close = rows[-1][3]
    bare = rng.random() < 0.5
    if bare:  # a round closing figure: the last movement makes it whole
        last = rows[-1]
        adj = close - close.to_integral_value()
        rows[-1] = (last[0], last[1], last[2] - adj, last[3] - adj)
        close = rows[-1][3]
        cur = rng.choice(["$", "RM", "€", "KSh ", "₱"])
        s.text(260, 90, f"Balance: {cur}{int(close)}", 10, "sans-bold")
    else:
        s.text(260, 90, rng.choice(["Closing balance", "Ending balance", "Balance carried forward"]), 8)
        s.text(396, 90, money(close), 9, "sans-bold", "right")
    y = _table(s, rng, 136, rows, newest_first=True)
    s.text(24, y + 30, "Please check this statement and tell us of any error within 14 days.", 6)
    s.truth = {"bank": bank, "account_holder": holder, "account_number": acct, "period_start": a.isoformat(),
               "period_end": b.isoformat(), "closing_balance": f"{close:.2f}"}
    return Stmt(s)


def bilingual_stacked(rng: random.Random) -> Stmt:
    """Labels in two languages on two lines (NOMBOR AKAUN / ACCOUNT NUMBER; 账号 / Account No.), the value beside
    the first line or under the second."""
    zh = rng.random() < 0.5
    s = Sheet("bilingual_stacked", "zh" if zh else "en")
    if zh:
        bank, holder = rng.choice(["Hang Seng Bank 恒生銀行", "中国银行(香港)", "东亚银行"]), rng.choice(HOLDERS_ZH)
        labs = [("户名", "Account Name", holder), ("账号", "Account No.", None), ("结单日期", "Statement Period", None)]
        f, fb = "cjk", "cjk"
    else:
        bank, holder = rng.choice(["Maybank", "CIMB Bank", "Public Bank Berhad", "RHB Bank"]), rng.choice(HOLDERS_EN[:2] + HOLDERS_EN[10:11])
        labs = [("NAMA", "NAME", holder), ("NOMBOR AKAUN", "ACCOUNT NUMBER", None),
                ("TARIKH PENYATA", "STATEMENT DATE", None)]
        f, fb = "sans", "sans-bold"
    s.text(24, 40, bank, 14, fb)
    s.text(396, 40, "結單 STATEMENT" if zh else "PENYATA AKAUN / ACCOUNT STATEMENT", 9, fb, "right")
    a, b = _period(rng)
    acct = f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(100, 999)}" if zh else \
        f"{rng.randint(1000, 9999)}{rng.randint(10000000, 99999999)}"
    vals = [holder, acct, f"{a.strftime('%d/%m/%Y')} - {b.strftime('%d/%m/%Y')}"]
    under = rng.random() < 0.5
    y = 74
    for (l1, l2, _), v in zip(labs, vals, strict=True):
        s.text(24, y, l1, 7.5, f)
        s.text(24, y + 10, l2, 7.5, f)
        if under:
            s.text(24, y + 22, v, 8.5, f)
            y += 38
        else:
            s.text(130, y, f": {v}", 8.5, f)
            y += 26
    opening = _amt(rng, 200, 20000)
    rows = _rows(rng, a, b, opening, rng.randint(6, 10), TX_ZH if zh else TX_EN)
    xs = [24, 84, 262, 322, 396]
    cols = ("日期 Date", "摘要 Details", "支出 Debit", "存入 Credit", "结余 Balance") if zh else \
        ("TARIKH", "KETERANGAN", "DEBIT", "KREDIT", "BAKI")
    y += 12
    s.rect(22, y - 10, 398, y + 4, fill=225)
    for i, c in enumerate(cols):
        s.text(xs[i], y, c, 7, fb, "right" if i >= 2 else "left")
    for d, desc, v, bal in rows:
        y += 13
        s.text(xs[0], y, d.strftime("%d/%m/%Y"), 7.5, f)
        s.text(xs[1], y, desc, 7.5, f)
        s.text(xs[2] if v < 0 else xs[3], y, money(abs(v)), 7.5, f, "right")
        s.text(xs[4], y, money(bal), 7.5, f, "right")
    s.truth = {"bank": bank, "account_holder": holder, "account_number": acct, "period_start": a.isoformat(),
               "period_end": b.isoformat(), "closing_balance": f"{rows[-1][3]:.2f}"}
    return Stmt(s, accept={"bank": {"Hang Seng Bank", "恒生銀行", "中国银行", "Public Bank"}})


def zh_range(rng: random.Random) -> Stmt:
    """A Chinese statement whose period is an unlabelled 年月日 range under the title; the holder after 户名."""
    s = Sheet("zh_range", "zh")
    bank, holder = rng.choice(BANKS_ZH), rng.choice(HOLDERS_ZH)
    a, b = _period(rng)
    s.text(210, 40, f"{bank}个人账户对账单", 13, "cjk", "centre")
    s.text(210, 58, rng.choice([f"{a.year}年{a.month}月{a.day}日至{b.year}年{b.month}月{b.day}日",
                                f"（{a.year}年{a.month:02d}月{a.day:02d}日 — {b.year}年{b.month:02d}月{b.day:02d}日）"]),
           8.5, "cjk", "centre")
    n = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    s.text(24, 84, f"{rng.choice(['户名', '客户姓名', '账户名称'])}：{holder}", 8.5, "cjk")
    s.text(220, 84, f"{rng.choice(['账号', '卡号'])}：{n}", 8.5, "cjk")
    opening = _amt(rng, 500, 30000)
    rows = _rows(rng, a, b, opening, rng.randint(7, 12), TX_ZH)
    xs = [24, 90, 262, 322, 396]
    y = 112
    s.rect(22, y - 10, 398, y + 4, fill=225)
    for i, c in enumerate(("交易日期", "摘要", "支出金额", "存入金额", "账户余额")):
        s.text(xs[i], y, c, 7.5, "cjk", "right" if i >= 2 else "left")
    for d, desc, v, bal in rows:
        y += 13
        s.text(xs[0], y, d.strftime("%Y%m%d"), 7.5, "cjk")
        s.text(xs[1], y, desc, 7.5, "cjk")
        s.text(xs[2] if v < 0 else xs[3], y, money(abs(v)), 7.5, "cjk", "right")
        s.text(xs[4], y, money(bal), 7.5, "cjk", "right")
    s.truth = {"bank": bank, "account_holder": holder, "account_number": n, "period_start": a.isoformat(),
               "period_end": b.isoformat(), "closing_balance": f"{rows[-1][3]:.2f}"}
    return Stmt(s)


def zh_app(rng: random.Random) -> Stmt:
    """A mobile-banking 收支明细 screen: rows newest first, each with a 余额 line under it, no table header."""
    s = Sheet("zh_app", "zh")
    bank = rng.choice(BANKS_ZH)
    tail = f"{rng.randint(0, 9999):04d}"
    s.rect(0, 0, 420, 36, fill=60)
    s.text(210, 64, rng.choice(["收支明细", "交易明细", "账户明细"]), 12, "cjk", "centre")
    s.text(24, 90, f"{bank} 借记卡（{tail}）", 9, "cjk")
    a, b = _period(rng)
    rows = _rows(rng, a, b, _amt(rng, 300, 20000), rng.randint(5, 8), TX_ZH)
    y = 120
    for d, desc, v, bal in reversed(rows):
        s.text(24, y, desc, 9, "cjk")
        s.text(396, y, ("+" if v > 0 else "-") + f"{abs(v):,.2f}", 9, "cjk", "right")
        s.text(24, y + 13, f"{d.month:02d}-{d.day:02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", 7, "cjk")
        s.text(396, y + 13, f"余额 {bal:,.2f}", 7, "cjk", "right")
        s.hline(24, 396, y + 20, 0.3)
        y += 34
    s.truth = {"bank": bank, "account_number": tail, "closing_balance": f"{rows[-1][3]:.2f}"}
    return Stmt(s)


def en_app(rng: random.Random) -> Stmt:
    """An English app screen: "Available balance" big at the top, the account as a masked tail, "Recent
    transactions" signed, newest first."""
    s = Sheet("en_app", "en")
    bank, _ = rng.choice(NAMED)
    tail = f"{rng.randint(0, 9999):04d}"
    bal = _amt(rng, 50, 25000)
    s.rect(0, 0, 420, 36, fill=60)
    s.text(210, 62, bank, 12, "sans-bold", "centre")
    s.text(210, 84, rng.choice([f"Everyday ••••{tail}", f"Savings account ending {tail}", f"Cheque a/c ...{tail}"]),
           9, "sans", "centre")
    s.text(210, 112, rng.choice(["Available balance", "Available Balance", "Balance available"]), 9, "sans", "centre")
    s.text(210, 140, f"{rng.choice(['$', '£', '€', 'R', 'S$'])}{bal:,.2f}", 22, "sans-bold", "centre")
    s.text(24, 178, rng.choice(["Recent transactions", "Recent activity", "Transactions"]), 11, "sans-bold")
    y, d = 200, date(rng.choice([2025, 2026]), rng.randint(1, 12), 27)
    for _ in range(rng.randint(5, 8)):
        v = _amt(rng, 200, 3000) if rng.random() < 0.25 else -_amt(rng, 3, 300)
        s.text(24, y, rng.choice(TX_EN).title(), 9)
        s.text(24, y + 12, d.strftime("%a %d %b"), 7)
        s.text(396, y + 4, ("+" if v > 0 else "-") + f"{abs(v):,.2f}", 9, "sans", "right")
        s.hline(24, 396, y + 19, 0.3)
        y += 32
        d -= timedelta(days=rng.randint(0, 2))
    s.truth = {"bank": bank, "account_number": tail, "closing_balance": f"{bal:.2f}"}
    return Stmt(s, form="screenshot")


def newest_first_sentence(rng: random.Random) -> Stmt:
    """US/PH style: the period in a sentence ("October 01, 2019, through November 30, 2019"), the table newest first
    with no closing label (the closing balance is the top row's), the holder in a labelled box."""
    bank, _ = rng.choice(NAMED)
    holder = rng.choice(HOLDERS_EN)
    s = Sheet("newest_first_sentence", "en")
    s.text(24, 40, bank, 14, "serif-bold")
    a, b = _period(rng)
    s.text(24, 62, f"Statement {_range_en(rng, a, b)}", 8)
    acct = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    s.text(24, 86, rng.choice(["Primary account holder", "Account owner", "Customer"]), 7)
    s.text(24, 97, holder.upper(), 9)
    s.text(240, 86, rng.choice(["Account number", "Checking account", "Account"]), 7)
    s.text(240, 97, acct, 9)
    opening = _amt(rng, 200, 8000)
    rows = _rows(rng, a, b, opening, rng.randint(7, 12), TX_EN)
    y = _table(s, rng, 130, rows, newest_first=True)
    s.text(24, y + 30, "Member FDIC. Equal Housing Lender.", 6)
    s.truth = {"bank": bank, "account_holder": holder, "account_number": acct, "period_start": a.isoformat(),
               "period_end": b.isoformat(), "closing_balance": f"{rows[-1][3]:.2f}"}
    return Stmt(s)


LAYOUTS: list[Callable[[random.Random], Stmt]] = [logo_sentence, product_heading, bilingual_stacked, zh_range, zh_app,
                                                   en_app, newest_first_sentence]


def generate(seed: int, per_layout: int, images: bool = False) -> list[Stmt]:
    """``per_layout`` statements of each of :data:`LAYOUTS`, each from its own seeded generator."""
    return generate_from(LAYOUTS, seed, per_layout, images, (7919, 131))


def generate_from(layouts: list[Callable[[random.Random], Stmt]], seed: int, per_layout: int, images: bool,
                  step: tuple[int, int]) -> list[Stmt]:
    """``per_layout`` statements of each of ``layouts``, the k-th of layout i from random.Random(seed * step[0] +
    i * step[1] + k); all as text PDFs unless ``images`` (then each keeps the form its layout drew)."""
    out = []
    for li, lay in enumerate(layouts):
        for k in range(per_layout):
            st = lay(random.Random(seed * step[0] + li * step[1] + k))
            if not images:
                st.form = "text"
            out.append(st)
    return out


def _norm(s: str) -> str:
    """A name folded, without its legal form (packet names a bank without "Limited", "PLC", "DAC")."""
    s = re.sub(r"\s+(Limited|Ltd\.?|PLC|DAC|Berhad)$", "", s.strip())
    return re.sub(r"[\s.,()（）]", "", s).casefold()


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """Money by amount; an account by its digits (or its last four); dates exactly; names folded."""
    if got is None:
        return False
    if f == "account_number":
        gd = re.sub(r"\D", "", got)
        return bool(gd) and any(gd == re.sub(r"\D", "", w) or (len(gd) == 4 and re.sub(r"\D", "", w).endswith(gd))
                                for w in {want} | accept)
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
    fields (a mistyped statement's fields as missed), right, wrong at >= 0.9."""
    return measure_sheets(root, generate(seed, per_layout, images), seed, same, doc_type="bank_statement",
                          count_mistyped=True)


if __name__ == "__main__":  # pragma: no cover - a developer's view of the failures
    import sys
    import tempfile

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as t:
        got = measure(Path(t), seed, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    for fl in got["failures"]:
        print(fl)
    print({k: v for k, v in got.items() if k != "failures"})
