"""A generator of bank statements aimed at WHO ISSUED them and WHOSE they are (issue 10, wave 13): the issuer's name
printed as letterheads print it — wrapped over two lines ("HARROW POINT" over "CREDIT UNION", 青山县农村 over
信用合作联社), a brand run into BANK ("ZEPHBANK", "TuiBank"), "Bank of the <place>", a name on a dark band — and the
holder printed as systems print one: a single name ("Kavitha"), names run together ("LeilaHaddadMansour"), a Chinese
name whose family name is rare (禤, 亓, 冼) in a counter printout's grid (客户名称：…账号：…).

Words were written for this file from how credit unions, building societies, co-operative and community banks,
rural credit co-operatives (农村信用合作联社) and village banks (村镇银行) print their headers — not copied from
``checklists/*.toml`` nor from any bench document (the place names are made up). Drawn with :mod:`photo_forms` (a
text PDF, or a scan/photo). Deterministic for a seed; truths as packet normalises them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from photo_forms import Sheet, measure_sheets
from stmtgen import _amt, generate_from, money
from stmtgen_identity import Stmt, _month, _rows, _table, _truth, developer_view, same

PLACES = ["Harrow Point", "Selkirk Valley", "Tamarind Coast", "Ironstone", "Cedar Hollow", "Kestrel Bay",
          "Bluewater Plains", "Whitmore Downs", "Ngaio Heights", "Marula Springs", "Copperbelt", "Ashgrove",
          "Lochmoor", "Quarry Hill", "Saltmarsh"]
HEADS = ["Credit Union", "Building Society", "Savings Bank", "Community Bank", "Teachers Credit Union",
         "Mutual Bank"]
FUSED = ["Zeph", "Tui", "Ok", "Nova", "Lumo", "Kiri", "Vela", "Oru", "Py", "Mira"]
PLACES_OF = ["Northern Isles", "Eastern Cape", "Windward Coast", "Upper Valley", "Lakes District", "Western Plains"]
ONE_NAMES = ["Kavitha", "Murugan", "Sutrisno", "Oyelaran", "Tamatea", "Wiranto", "Ramaswamy", "Sokhna"]
RUN_NAMES = ["LeilaHaddadMansour", "KofiMensahJr", "AnaLuisaPereira", "TomaszNowak", "ArohaParata",
             "DiegoFerreiraLima", "MinhAnhTran"]
FULL_NAMES = ["Moana Tuilagi", "Gareth Pryce-Jones", "Adaeze Nwosu", "Ilse van Rensburg", "Hamish McKinnon",
              "Rosalind Achterberg", "Tevita Fifita"]
STREETS = ["14 Quarry Lane", "221 Ridgeway Road", "Flat 3, 9 Mill Street", "48 Harbour View Drive", "7 Kowhai Place",
           "Unit 12, 310 Station Road"]
TOWNS = ["Nelson 7010", "Penrith CA11 7QE", "Kelowna BC V1Y 2K4", "Ballarat VIC 3350", "Kimberley 8301",
         "Whanganui 4500"]
TX = ["POS PURCHASE GROCER", "E-TRANSFER RECEIVED", "PAYROLL DEPOSIT", "ATM CASH", "LOAN REPAYMENT",
      "INSURANCE PREMIUM", "BILL PAYMENT POWER", "MEMBER DIVIDEND", "CHEQUE 204"]
COUNTIES_ZH = ["青山县", "白河县", "石岭县", "东坪县", "云溪县", "桃源湾"]
PROVINCES_ZH = ["湖北省", "江西省", "贵州省", "广西壮族自治区", "河南省"]
RARE_ZH = ["禤志诚", "亓晓燕", "冼嘉欣", "郄国庆", "麦子健", "豆春梅"]
TX_ZH = ["现存", "现支", "转支", "惠农补贴", "结息", "代发工资", "代收电费", "粮食直补"]


def _address_block(s: Sheet, x: float, y: float, name: str, caps: bool) -> None:
    s.text(x, y, name.upper() if caps else name, 9, "sans")
    s.text(x, y + 12, STREETS[len(name) % len(STREETS)], 8.5, "sans")
    s.text(x, y + 24, TOWNS[len(name) % len(TOWNS)], 8.5, "sans")


def wrapped_logo(rng: random.Random) -> Stmt:
    """The issuer's name wrapped over two lines at the top left ("HARROW POINT" over "CREDIT UNION"), the statement's
    title and period in a column to its right on the same lines; the holder in a name-and-address block, the
    account after its label, the closing balance in a summary box."""
    s = Sheet("wrapped_logo", "en")
    place, head = rng.choice(PLACES), rng.choice(HEADS)
    caps = rng.random() < 0.6
    first, second = (place, head) if rng.random() < 0.7 else (f"{place} {head.split()[0]}", " ".join(head.split()[1:]))
    if not second:
        first, second = place, head
    show = (lambda t: t.upper()) if caps else (lambda t: t)
    s.text(24, 40, show(first), 15, "sans-bold")
    s.text(24, 58, show(second), 15, "sans-bold")
    a, b = _month(rng)
    s.text(396, 40, rng.choice(["Member Statement", "Statement of Account", "Account Statement"]), 10, "sans-bold",
           "right")
    s.text(396, 58, f"Statement Period: {a:%b} {a.day}, {a.year} to {b:%b} {b.day}, {b.year}", 8, "sans", "right")
    s.text(396, 72, f"Member No. {rng.randint(10000, 99999)}", 8, "sans", "right")
    holder = rng.choice(FULL_NAMES)
    _address_block(s, 24, 104, holder, caps)
    acct = f"{rng.randint(10 ** 7, 10 ** 8 - 1)}"
    s.text(24, 150, f"{rng.choice(['Chequing', 'Everyday Account', 'Share Savings'])} - Account {acct}", 8.5, "sans")
    rows = _rows(rng, a, b, _amt(rng, 300, 6000), rng.randint(6, 9), TX)
    y = _table(s, rng, 172, rows, False)
    s.text(24, y + 22, f"Closing Balance {money(rows[-1][3])}", 8.5, "sans-bold")
    _truth(s, f"{place} {head}", holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "photo"]))


def fused_brand(rng: random.Random) -> Stmt:
    """A brand run into BANK or Bank as its only name ("ZEPHBANK" read as "ZephBANK", "TuiBank"), the holder as one
    word or as names run together after a holder's label, the account and period labelled."""
    s = Sheet("fused_brand", "en")
    brand = rng.choice(FUSED) + rng.choice(["BANK", "Bank"])
    s.text(24, 42, brand, 18, "sans-bold")
    holder = rng.choice(ONE_NAMES + RUN_NAMES)
    acct = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    a, b = _month(rng)
    label = rng.choice(["Account Holder", "Customer name", "Account name", "Name of account holder"])
    s.text(24, 74, f"{label}: {holder}", 9, "sans")
    s.text(24, 88, f"{rng.choice(['Account Number', 'Account No.'])}: {acct}", 9, "sans")
    s.text(24, 102, f"Statement Period: {a:%d-%m-%Y} to {b:%d-%m-%Y}", 9, "sans")
    rows = _rows(rng, a, b, _amt(rng, 200, 5000), rng.randint(5, 8), TX)
    y = _table(s, rng, 130, rows, False)
    s.text(24, y + 22, rng.choice(["This is a system-generated statement.", "No signature is required."]), 7, "sans")
    _truth(s, brand, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "photo"]))


def banded(rng: random.Random) -> Stmt:
    """The bank's name printed dark on a mid-grey header band ("Bank of the Windward Coast Limited", "Ashgrove
    Community Bank"), the holder over the address under the band, the account and period labelled."""
    s = Sheet("banded", "en")
    if rng.random() < 0.5:
        bank = f"Bank of the {rng.choice(PLACES_OF)}"
        printed = bank + rng.choice(["", " Limited"])
    else:
        bank = f"{rng.choice(PLACES)} {rng.choice(['Community Bank', 'Savings Bank', 'Building Society'])}"
        printed = bank
    s.rect(0, 18, 420, 52, fill=rng.randint(150, 185), width=0.1)
    s.text(24, 41, printed, 14, "sans-bold")
    s.text(396, 66, "STATEMENT OF ACCOUNT", 9, "sans-bold", "right")
    holder = rng.choice(FULL_NAMES)
    _address_block(s, 24, 78, holder, rng.random() < 0.5)
    acct = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    a, b = _month(rng)
    s.text(396, 82, f"ACCOUNT NO. {acct}", 8, "sans", "right")
    s.text(396, 94, f"FROM {a:%d-%b-%Y}".upper(), 8, "sans", "right")
    s.text(396, 106, f"TO {b:%d-%b-%Y}".upper(), 8, "sans", "right")
    rows = _rows(rng, a, b, _amt(rng, 500, 8000), rng.randint(6, 9), TX)
    _table(s, rng, 134, rows, False)
    _truth(s, bank, holder, acct.replace("-", ""), a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "photo"]))


def rural_coop(rng: random.Random) -> Stmt:
    """A Chinese rural credit co-operative's or village bank's counter printout: the issuer over two lines (县名农村 /
    信用合作联社, or one line 某某村镇银行), a grid of 客户名称：…账号：… run together, the holder's family name a rare
    one, 起始日期/终止日期 as eight digits, a table with a running balance."""
    s = Sheet("rural_coop", "zh")
    county = rng.choice(COUNTIES_ZH)
    if rng.random() < 0.6:
        bank = f"{county}农村信用合作联社"
        s.text(24, 40, f"{county}农村", 15, "cjk")
        s.text(24, 60, "信用合作联社", 15, "cjk")
    else:
        bank = f"{county}{rng.choice(['村镇银行', '农村商业银行'])}"
        s.text(24, 40, bank, 15, "cjk")
        s.text(24, 60, rng.choice(PROVINCES_ZH) + "农村信用社联合社监制", 8, "cjk")
    s.text(396, 40, rng.choice(["个人活期存款账户交易明细", "交易明细打印", "账户交易清单"]), 10, "cjk", "right")
    holder = rng.choice(RARE_ZH)
    acct = "8" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    a, b = _month(rng)
    s.text(24, 88, f"{rng.choice(['客户名称', '户名', '账户名称'])}：{holder}账号：{acct}", 8.5, "cjk")
    s.text(24, 102, f"起始日期：{a:%Y%m%d} 终止日期：{b:%Y%m%d} 币种：人民币", 8.5, "cjk")
    rows = _rows(rng, a, b, _amt(rng, 300, 5000), rng.randint(6, 9), TX_ZH)
    _table(s, rng, 130, rows, True)
    _truth(s, bank, holder, acct, a, b, rows[-1][3])
    return Stmt(s, form=rng.choice(["text", "scan", "photo"]))


LAYOUTS: list[Callable[[random.Random], Stmt]] = [wrapped_logo, fused_brand, banded, rural_coop]


def generate(seed: int, per_layout: int, images: bool = False) -> list[Stmt]:
    """``per_layout`` statements of each of :data:`LAYOUTS` (:func:`stmtgen.generate_from`, seeds of its own)."""
    return generate_from(LAYOUTS, seed, per_layout, images, (15401, 877))


def measure(root: Path, seed: int, per_layout: int, images: bool = False) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); the counts of
    :func:`stmtgen_identity.measure`, and ``by_field``: {field: [right, of]} for the issuer and the holder."""
    got = measure_sheets(root, generate(seed, per_layout, images), seed, same, doc_type="bank_statement",
                         count_mistyped=True)
    items = generate(seed, per_layout, images)
    wanted = {f: sum(f in it.sheet.truth for it in items) for f in ("bank", "account_holder")}
    missed = {f: sum(1 for fl in got["failures"] if fl[2] in (f, "type")) for f in wanted}
    got["by_field"] = {f: [wanted[f] - missed[f], wanted[f]] for f in wanted}
    return got


if __name__ == "__main__":  # pragma: no cover - a developer's view of the failures
    import sys

    developer_view(measure, sys.argv[1:])
