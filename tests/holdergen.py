"""A generator of bank statements aimed at WHO holds the account and WHICH institution keeps it (round 15): the
holder printed the many ways statements print them, and institutions that are banks for this purpose without the
word "Bank" in their name.

Layouts:
- ``address_block``: the institution's heading, then the holder's name line over two or three address lines of many
  countries (a Philippine purok and barangay, a Kenyan P.O. Box, an Indian house number, a Nigerian close, a UK
  flat), no label, an account summary box beside it;
- ``labelled``: the holder after labels of many kinds — a member's name (co-operatives call their holders members),
  "Prepared for", "Statement for", a bare "For:", a customer's name — in a grid, on one line with the next label
  ("Customer Name: x   Customer Address: y"), or run into its label ("Customer NameDeva dev", "Name:vimal");
  names of three and four words, and test names a system printed with a lower-case word ("asdf Syed");
- ``cooperative``: savings and credit co-operatives, credit unions, building societies, thrift, rural and
  co-operative banks, mutuals (KE, UG, TZ, PH, IN, UK, IE, AU, CA, US, NG) as the only institution's name, in
  capitals or title case, its legal form after it; Chinese ones (农村信用合作联社, 农村商业银行, 村镇银行);
- ``logo_glyph``: a Chinese statement whose logo is the first character of the bank's name printed (or fused) before
  it ("赣 赣州银行", "泉泉州银行").

Words were written for this generator from how statements print them, not copied from ``checklists/*.toml``. Drawn
with :mod:`photo_forms` (a text PDF, or a scan/photo); deterministic for a seed. Truths as packet normalises them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from photo_forms import Sheet, measure_sheets
from stmtgen import _amt, generate_from, money
from stmtgen_identity import Stmt, _month, _rows, _table, _truth, same

PEOPLE_EN = ["Maricel Pagdanganan", "Grace Wambui Kariuki", "Olumide Adeyemi Bankole", "Thandeka Nomsa Zulu",
             "Rajesh Kumar Iyer", "Aoife Brennan", "Callum Fraser Reid", "Nkechi Obi", "Juan Carlos Dela Cruz",
             "Mercy Atieno Odhiambo", "Fatima Zahra Bello", "Siosaia Tupou", "Harjit Kaur Sandhu", "Ewan McLeod",
             "Bongani Khumalo", "Lerato Mokoena", "Arnel Bautista Santos", "Esther Nakato Ssempijja"]
# names a test system or a clerk typed with a lower-case word (a demo account's "asdf", a given name in lower case)
PEOPLE_LOWER = ["qwer Tanaka", "zxcv Okoro", "ramesh Pillai", "anita Devi Sharma", "kiran Rao", "demo Wanjiku",
                "Hari prasad Menon", "Leela krishnan nair", "joseph Mwangi", "Tunde ade Bakare"]
ADDRESSES = [["Purok 4, Brgy. Bogtong", "Legazpi City, Albay 4500"],
             ["Blk 12 Lot 7, Brgy. San Isidro", "Cabanatuan City, Nueva Ecija 3100"],
             ["P.O. Box 2241-10100", "Nyeri, Kenya"],
             ["Plot 88, Kira Road", "P.O. Box 7710, Kampala"],
             ["H.No. 3-5-812, Hyderguda", "Hyderabad 500029, Telangana"],
             ["Flat 2B, 14 Marine Drive", "Mumbai 400020"],
             ["7 Adebayo Close, Off Allen Avenue", "Ikeja, Lagos"],
             ["Flat 3, 41 Gorse Hill Road", "Swindon SN2 1BQ"],
             ["18 Ti Rakau Drive", "Pakuranga, Auckland 2010"],
             ["52 Wattle Crescent", "Toowoomba QLD 4350"],
             ["2290 Birch Hollow Rd", "Dubuque, IA 52001"],
             ["Apartment 9, Ballymun Road", "Dublin 9, D09 K2X4"]]
INSTITUTIONS = [  # (name as its heading prints it, the name the truth gives), for every kind of institution
    ("Mwamba Teachers Sacco Society Ltd", "Mwamba Teachers Sacco Society"),
    ("UMOJA WATUMISHI SACCO LTD", "UMOJA WATUMISHI SACCO"),
    ("Kilimo Bora Savings and Credit Co-operative Society", "Kilimo Bora Savings and Credit Co-operative Society"),
    ("Mayon Rural Bank, Inc.", "Mayon Rural Bank"),
    ("Pampanga Thrift Bank", "Pampanga Thrift Bank"),
    ("Lakeshore Teachers Credit Union", "Lakeshore Teachers Credit Union"),
    ("Fernvale Building Society", "Fernvale Building Society"),
    ("Saraswat Co-operative Bank Ltd", "Saraswat Co-operative Bank"),
    ("Coastal Farmers Cooperative Bank", "Coastal Farmers Cooperative Bank"),
    ("Heritage Mutual", "Heritage Mutual"),
    ("Ntinda Savings and Credit Cooperative Society", "Ntinda Savings and Credit Cooperative Society"),
    ("KIRINYAGA FARMERS SACCO SOCIETY LIMITED", "KIRINYAGA FARMERS SACCO SOCIETY"),
]
BANKS_EN = ["Bicol Mayon Savings Bank", "Harbourside Bank", "Equity Bank", "Union Bank of Nigeria", "Agira Bank",
            "Kotak Mahindra Bank", "Bank of Ayudhya"]
INSTITUTIONS_ZH = [("赣南农村信用合作联社", "赣南农村信用合作联社"), ("遵义播州农村商业银行", "遵义播州农村商业银行"),
                   ("湘潭湘江村镇银行", "湘潭湘江村镇银行"), ("云梦县农村信用合作联社", "云梦县农村信用合作联社")]
# Chinese city banks whose logo is their name's first character (printed as a glyph before the name)
CITY_BANKS_ZH = ["赣州银行", "泉州银行", "柳州银行", "台州银行", "湖州银行", "温州银行", "绍兴银行", "宁波银行"]
PEOPLE_ZH = ["牟凤霞", "庞德华", "龙晓梅", "吕建国", "黎秀英", "覃春燕", "韦家明"]
TITLES_EN = ["STATEMENT OF ACCOUNT", "Account Statement", "Savings Statement", "FOSA SAVINGS STATEMENT",
             "Member Statement", "Bank Statement"]
HOLDER_LABELS = ["Member name", "Member", "Name of member", "Prepared for", "Statement for", "For",
                 "Customer Name", "Customer", "Client", "Account Name", "Depositor", "Depositor name",
                 "Account holder", "Name"]


def _summary(s: Sheet, rng: random.Random, y: float, acct: str, a, b, opening, closing) -> None:
    """A box of account facts at the right: account number, period, opening and closing balances."""
    s.rect(236, y - 12, 398, y + 56)
    facts = [(rng.choice(["Account No.", "Account Number", "A/C No."]), acct),
             (rng.choice(["Statement Period", "Period"]), f"{a:%m/%d/%Y} - {b:%m/%d/%Y}"),
             (rng.choice(["Beginning Balance", "Opening Balance"]), money(opening)),
             (rng.choice(["Ending Balance", "Closing Balance"]), money(closing))]
    for i, (k, v) in enumerate(facts):
        s.text(242, y + i * 13, k, 7)
        s.text(394, y + i * 13, v, 7, "sans", "right")


def address_block(rng: random.Random) -> Stmt:
    """The institution's name and one line of its own, then the holder's name over its address, unlabelled; an
    account summary box at the right; a transaction table."""
    s = Sheet("address_block", "en")
    inst, truth_bank = rng.choice([(b, b) for b in BANKS_EN] + INSTITUTIONS)
    holder = rng.choice(PEOPLE_EN)
    a, b = _month(rng)
    rows = _rows(rng, a, b, _amt(rng, 500, 9000), rng.randint(6, 9), ["PAYROLL CREDIT", "ATM W/D MAIN", "POS PURCHASE",
                                                                       "BILLS PAYMENT", "INSTAPAY TRANSFER",
                                                                       "INTEREST EARNED", "CHEQUE DEPOSIT"])
    s.text(24, 38, inst, 12, "sans-bold")
    s.text(24, 50, rng.choice(["Head Office", "Main Branch", "Town Branch"]) + " · " +
           rng.choice(["Rizal St.", "Kenyatta Ave", "Station Road", "Market Street"]), 6.5)
    # the statement's title at the right of a short name, under a long one (they would overlap)
    s.text(396, 40 if len(inst) < 28 else 64, rng.choice(TITLES_EN), 10, "sans-bold", "right")
    y = 84
    s.text(24, y, holder.upper() if rng.random() < 0.5 else holder, 8.5, "sans-bold")
    for line in rng.choice(ADDRESSES):
        y += 12
        s.text(24, y, line, 7.5)
    acct = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    opening = rows[0][3] - rows[0][2]
    _summary(s, rng, 84, acct, a, b, opening, rows[-1][3])
    _table(s, rng, 170, rows, False, datefmt=rng.choice(["%d %b %Y", "%m/%d/%Y"]))
    _truth(s, truth_bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "scan", "photo"]), accept={"bank": {inst}})


def labelled(rng: random.Random) -> Stmt:
    """The holder after a label of many kinds, printed: in a two-column grid of pairs; on one line with the next
    label after it; or run into its label with no space or separator."""
    s = Sheet("labelled", "en")
    bank = rng.choice(BANKS_EN)
    holder = rng.choice(PEOPLE_EN + PEOPLE_LOWER)
    a, b = _month(rng)
    rows = _rows(rng, a, b, _amt(rng, 500, 9000), rng.randint(6, 9), ["Transfer credit", "CREDIT", "Card payment",
                                                                       "Cash withdrawal", "Salary", "Airtime"])
    acct = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    s.text(24, 38, bank, 12, "sans-bold")
    s.text(396, 40, rng.choice(TITLES_EN), 10, "sans-bold", "right")
    label = rng.choice(HOLDER_LABELS)
    how = rng.choice(["grid", "one_line", "glued", "glued_colon"])
    y = 70
    if how == "grid":
        s.text(24, y, f"{label}:", 8)
        s.text(110, y, holder, 8)
        s.text(236, y, rng.choice(["Member No.:", "Customer ID:", "CIF No.:"]), 8)
        s.text(320, y, f"M/{rng.randint(1000, 99999)}", 8)
    elif how == "one_line":
        s.text(24, y, f"{label}: {holder}", 8)
        s.text(236, y, f"{rng.choice(['Customer Address', 'Address', 'Branch'])}: "
                       f"{rng.choice(['arunpoor', 'Nyeri', 'chennai', 'Ikeja', 'Iloilo City'])}", 8)
    elif how == "glued":  # a template printing the label and its value with nothing between them
        label = rng.choice(["Customer Name", "Account Name", "Member Name", "Name"])
        s.text(236, y, f"{label}{holder}", 8)
        s.text(236, y + 12, f"Address{rng.choice(['chennai', 'madurai', 'Nyeri', 'Cebu City'])}", 8)
    else:
        label = rng.choice(["Name", "Customer Name", "Member", "Account holder"])
        s.text(24, y, f"{label}:{holder}", 8)
    s.text(24, y + 26, f"{rng.choice(['Account No', 'Account Number'])}: {acct}", 8)
    s.text(24, y + 38, f"Statement period: {a:%Y-%m-%d} to {b:%Y-%m-%d}", 8)
    y = _table(s, rng, y + 66, rows, False, datefmt="%Y-%m-%d")
    s.text(24, y + 18, f"Closing balance: {money(rows[-1][3])}", 8)
    _truth(s, bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "text", "scan", "photo"]))


def cooperative(rng: random.Random) -> Stmt:
    """An institution that is a bank for this purpose without the word "Bank" (or with a kind before it: a thrift,
    rural or co-operative bank) as the only institution's name, with a regulator's or registration line under it;
    the holder labelled as a member or a customer. A Chinese co-operative's in Chinese."""
    zh = rng.random() < 0.3
    s = Sheet("cooperative", "zh" if zh else "en")
    a, b = _month(rng)
    if zh:
        inst, truth_bank = rng.choice(INSTITUTIONS_ZH)
        holder = rng.choice(PEOPLE_ZH)
        acct = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
        rows = _rows(rng, a, b, _amt(rng, 300, 9000), rng.randint(5, 8), ["代发工资", "转账", "取现", "消费", "利息"])
        s.text(24, 38, inst, 12, "cjk")
        s.text(396, 40, rng.choice(["个人账户交易明细", "客户交易流水"]), 10, "cjk", "right")
        s.text(24, 66, f"{rng.choice(['户名', '客户名称', '账户名称'])}：{holder}", 8, "cjk")
        s.text(236, 66, f"账号：{acct}", 8, "cjk")
        s.text(24, 80, f"查询期间：{a:%Y-%m-%d} 至 {b:%Y-%m-%d}", 8, "cjk")
        y = _table(s, rng, 108, rows, True)
        s.text(24, y + 18, f"期末余额：{money(rows[-1][3])}", 8, "cjk")
    else:
        inst, truth_bank = rng.choice(INSTITUTIONS)
        holder = rng.choice(PEOPLE_EN)
        acct = f"{rng.choice(['FOSA', 'SAV', 'SD'])} {rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
        rows = _rows(rng, a, b, _amt(rng, 300, 9000), rng.randint(5, 8), ["M-Pesa deposit", "Salary", "Loan repayment",
                                                                           "ATM withdrawal", "Share capital",
                                                                           "Ledger fee"])
        s.text(24, 38, inst, 11, "sans-bold")
        s.text(24, 50, rng.choice(["Reg. No. CS/4410 · Regulated by SASRA", "Licensed by the Central Bank",
                                   "Registered under the Co-operative Societies Act", "Insured by the NCUSIF"]), 6.5)
        s.text(396, 40 if len(inst) < 28 else 62, rng.choice(TITLES_EN), 9, "sans-bold", "right")
        s.text(24, 72, f"{rng.choice(['Member name', 'Member', 'Customer name', 'Account holder'])}:", 8)
        s.text(110, 72, holder, 8)
        s.text(236, 72, "Member No.:", 8)
        s.text(320, 72, f"M/{rng.randint(1000, 99999)}", 8)
        s.text(24, 85, "Account:", 8)
        s.text(110, 85, acct, 8)
        s.text(24, 98, "From:", 8)
        s.text(110, 98, f"{a:%d-%b-%Y}", 8)
        s.text(236, 98, "To:", 8)
        s.text(320, 98, f"{b:%d-%b-%Y}", 8)
        y = _table(s, rng, 126, rows, False, datefmt="%d-%b-%Y")
        s.text(24, y + 18, f"Closing balance: {money(rows[-1][3])}", 8)
    _truth(s, truth_bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "text", "photo"]), accept={"bank": {inst}})


def logo_glyph(rng: random.Random) -> Stmt:
    """A Chinese city bank's statement whose logo, its name's first character, is printed just before the name
    (spaced or run into it)."""
    s = Sheet("logo_glyph", "zh")
    bank, holder = rng.choice(CITY_BANKS_ZH), rng.choice(PEOPLE_ZH)
    a, b = _month(rng)
    acct = "6231" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    rows = _rows(rng, a, b, _amt(rng, 300, 9000), rng.randint(5, 8), ["微信零钱提现", "消费", "代发工资", "转账", "取现"])
    sep = rng.choice([" ", "", "  "])
    s.text(24, 38, f"{bank[0]}{sep}{bank}", 12, "cjk")
    s.text(210, 60, rng.choice(["客户交易流水", "账户交易明细"]), 10, "cjk", "centre")
    s.text(24, 80, f"客户名称：{holder}", 8, "cjk")
    s.text(236, 80, f"账号：{acct}", 8, "cjk")
    s.text(24, 94, f"查询期间：{a:%Y年%m月%d日}-{b:%Y年%m月%d日}", 8, "cjk")
    y = _table(s, rng, 122, rows, True)
    s.text(24, y + 18, f"期末余额：{money(rows[-1][3])}", 8, "cjk")
    s.text(24, y + 32, f"本流水由{bank}{rng.choice(['营业部', '城区支行'])}打印。", 7, "cjk")
    _truth(s, bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "text", "photo"]))


LAYOUTS: list[Callable[[random.Random], Stmt]] = [address_block, labelled, cooperative, logo_glyph]


def generate(seed: int, per_layout: int, images: bool = False) -> list[Stmt]:
    """``per_layout`` statements of each of :data:`LAYOUTS` (:func:`stmtgen.generate_from`, seeds of its own)."""
    return generate_from(LAYOUTS, seed, per_layout, images, (7919, 331))


def measure(root: Path, seed: int, per_layout: int, images: bool = False) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); count documents, types,
    fields (a mistyped statement's fields as missed), right, wrong at >= 0.9."""
    return measure_sheets(root, generate(seed, per_layout, images), seed, same, doc_type="bank_statement",
                          count_mistyped=True)


if __name__ == "__main__":  # pragma: no cover - a developer's view of the failures
    import sys

    from stmtgen_identity import developer_view

    developer_view(measure, sys.argv[1:])
