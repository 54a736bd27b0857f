"""A generator of the documents behind complete cases told they lacked one (round 21), written apart from the
extractor: its names and wording are written here from how employers, benefit offices and rural credit co-operatives
print such papers, not taken from packet's vocabulary or from any corpus document. Each layout is drawn in random
variants (cells at positions, as :class:`rolegen.Doc` holds them):

- ``wage_cert``: a Chinese employer's certificate of the wage it pays during sick leave, a stand-down or a
  furlough (…工资证明), stating the former monthly wage and the one paid now; type income_proof.
- ``name_over_title``: a payslip whose employer's name, without any legal form, stands at body size, flush left,
  straight over the title ("Northwind Atelier" / "Payslip"); its truth, the employer.
- ``stray_letterhead``: an employer's letter confirming a monthly income, its letterhead centred at body size under
  a line of stray marks (a logo's letters read as "ii", a desk's edge); its truth, the employer.
- ``sender_block``: a benefit decision whose issuer's name has no agency word ("States of Alderholm"), set flush
  right over its department, section and postal address, the claimant's address block under it on the left.
- ``agency_notice``: a benefit determination headed by a public body ("Office of Jobless Benefits"), whose table
  names the claimant's former employer (a company with a legal form); its truth, the public body.
- ``signed_form``: a public body's form the employer fills in and signs ("Employer's Signature"); its truth, the
  employer, not the body printed over the form.
- ``coop_statement``: a rural credit co-operative's statement: the union's name as the letterhead, the branch the
  account is kept at under its own label, the holder under a label, then the transaction table whose last column
  is the other party's name; truth: the union (the bank) and the holder.

Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rolegen import Doc

# --- Chinese wage certificates ---------------------------------------------------------------------------------
ZH_FIRMS = ["安庆江淮纺织机械有限公司", "宜春赣西陶瓷制品有限公司", "绵阳涪江电子元件有限公司", "邵阳资江竹木制品有限公司",
            "曲靖珠源饲料有限公司", "丹东鸭绿江服饰有限公司"]
ZH_PEOPLE = ["蒯玉兰", "骆春生", "甘晓燕", "邝国栋", "覃丽娜", "左文彬"]
WAGE_TITLES = ["病假工资证明", "待岗期间工资证明", "停工期间工资证明", "工资证明"]
WHY = ["因病住院治疗，自{d}起休病假", "因企业订单不足停工待岗，自{d}起待岗", "因生产线检修停工，自{d}起停工"]


def wage_cert(rng: random.Random, k: int) -> Doc:
    firm, person = rng.choice(ZH_FIRMS), rng.choice(ZH_PEOPLE)
    before = rng.randrange(3800, 7200, 50)
    now = round(before * rng.choice([0.4, 0.5, 0.6, 0.8]), 2)
    start = date(2026, 8, 1) + timedelta(days=rng.randint(0, 40))
    issued = date(2026, 11, 2) + timedelta(days=rng.randint(0, 8))
    why = rng.choice(WHY).format(d=f"{start.year}年{start.month}月{start.day}日")
    body = [f"兹证明{person}同志系我公司员工，自{rng.randint(2012, 2021)}年起在我公司工作。",
            f"该同志{why}，此前月平均工资为人民币{before:,}元。",
            f"期间按公司规定每月发放人民币{now:,.2f}元，由公司按月发放至本人工资卡。",
            "特此证明。"]
    cells = [(235, 90, rng.choice(WAGE_TITLES), 18)]
    y = 140
    for line in body:
        cells.append((60, y, line, 11))
        y += 24
    cells += [(330, y + 60, firm + "（盖章）", 11),
              (360, y + 84, f"{issued.year}年{issued.month}月{issued.day}日", 11)]
    return Doc(name=f"wage-cert-{k}.pdf", type="income_proof", language="zh", pages=[cells],
               truth={"employer": firm, "monthly_income": f"{now:.2f}"}, layout="wage_cert")


# --- employers printed by name alone -----------------------------------------------------------------------------
BARE_FIRMS = ["Northwind Atelier", "Copperleaf Analytics", "Bluegum Joinery", "Saltmarsh Creative",
              "Ridgeback Surveying", "Lanternfish Studios"]
EN_PEOPLE = ["Oluwaseun Adebayo", "Marisol Quintero", "Tavita Faleolo", "Siobhan Kearney", "Devika Raman",
             "Henrik Solberg"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def name_over_title(rng: random.Random, k: int) -> Doc:
    firm, person = rng.choice(BARE_FIRMS), rng.choice(EN_PEOPLE)
    gross = rng.randrange(2400, 7800, 5)
    tax = round(gross * 0.18, 2)
    fund = round(gross * 0.06, 2)
    net = round(gross - tax - fund, 2)
    title = rng.choice(["Payslip", "Pay Slip", "Salary Slip"])
    cells = [(50, 60, firm, 11), (50, 78, title, 11),
             (50, 100, "Pay Period: October 2026", 10), (50, 116, f"Employee Name: {person}", 10),
             (50, 132, f"Employee ID: {rng.randint(1000, 9999)}", 10),
             (50, 160, "EARNINGS", 10), (50, 176, f"Basic Salary: {gross:,.2f}", 10),
             (50, 192, f"Gross Salary: {gross:,.2f}", 10),
             (50, 216, "DEDUCTIONS", 10), (50, 232, f"Income Tax: {tax:,.2f}", 10),
             (50, 248, f"Provident Fund: {fund:,.2f}", 10),
             (50, 264, f"Total Deductions: {tax + fund:,.2f}", 10), (50, 288, f"NET PAY: {net:,.2f}", 10)]
    return Doc(name=f"bare-slip-{k}.pdf", type="payslip", language="en", pages=[cells],
               truth={"employer": firm, "net_pay": f"{net:.2f}"}, layout="name_over_title")


def stray_letterhead(rng: random.Random, k: int) -> Doc:
    firm, person = rng.choice(BARE_FIRMS), rng.choice(EN_PEOPLE)
    monthly = rng.randrange(1800, 5200, 10)
    day = date(2026, 11, rng.randint(2, 12))
    width = len(firm) * 5.6  # Times at 11 pt: about this wide
    cells = [(rng.choice([40, 520]), 28, rng.choice(["ii", "1a", "Il"]), 8),
             (297 - width / 2, 110, firm, 11),
             (60, 160, f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}", 11),
             (60, 190, "To Whom It May Concern:", 11),
             (60, 220, f"This letter confirms that {person} has been employed by {firm}", 11),
             (60, 236, "since 2019, currently on a reduced schedule of 24 hours per week.", 11),
             (60, 262, f"Her gross earnings for the last two months averaged ${monthly:,.2f} per month.", 11),
             (60, 300, "Sincerely,", 11), (60, 340, "R. Okonkwo-Hale", 11), (60, 356, "Practice Manager", 11)]
    return Doc(name=f"stray-letter-{k}.pdf", type="income_proof", language="en", pages=[cells], font="Times-Roman",
               truth={"employer": firm}, layout="stray_letterhead")


# --- benefit offices ----------------------------------------------------------------------------------------------
SENDERS = [("States of Alderholm", "AL1 4QP", "Harbour Town"), ("Island of Brackwater", "BW2 7LD", "Port Merrow"),
           ("Parish of St Keverne", "KV9 3HT", "Keverne Quay"), ("Territory of Norland Cay", "NC4 8RB", "Cay Town")]


def sender_block(rng: random.Random, k: int) -> Doc:
    name, code, town = rng.choice(SENDERS)
    person = rng.choice(EN_PEOPLE)
    day = date(2026, 10, rng.randint(1, 28))
    right = 540
    # the name at the body's size (a bold face a reading's boxes do not show larger), flush right
    block = [(name, 10), ("Employment & Social Security", 8), ("Claims and Benefits Section", 8),
             (f"PO Box {rng.randint(10, 99)}", 8), (f"{town} {code}", 8)]
    cells, y = [], 60
    for text, size in block:
        width = len(text) * size * 0.5
        cells.append((right - width, y, text, size))
        y += 13 if size > 9 else 11
    cells += [(60, 150, f"Mr {person}", 10), (60, 163, f"{rng.randint(2, 90)} Les Vardes", 10),
              (60, 176, f"{town} {code[:2]}{rng.randint(1, 9)} {rng.randint(1, 9)}XY", 10),
              (360, 150, f"Date {day.day} {MONTH_NAMES[day.month - 1]} {day.year}", 9),
              (360, 163, f"Our ref UB/26/{rng.randint(10000, 99999)}", 9),
              (60, 220, f"Dear {person.split()[0]},", 10),
              (60, 240, "Jobseeker Benefit - decision on your claim", 11),
              (60, 262, "We have decided that you are entitled to benefit from the date shown below.", 10),
              (60, 290, f"Weekly rate {rng.randint(150, 260)}.{rng.randint(10, 99)}", 10),
              (60, 330, "Yours sincerely", 10), (60, 360, "J. Le Page, Benefits Officer", 10)]
    return Doc(name=f"sender-{k}.pdf", type="unemployment_proof", language="en", pages=[cells],
               truth={"issuer": name}, layout="sender_block")


AGENCIES = ["Office of Jobless Benefits", "Department of Workforce Security", "Bureau of Reemployment Services",
            "Division of Unemployment Compensation"]
COMPANIES = ["Ozark Valley Fasteners LLC", "Tidewater Cabinet Works Inc.", "Prairie Hollow Poultry LLC",
             "Cumberland Trim & Harness Co."]


def agency_notice(rng: random.Random, k: int) -> Doc:
    body, firm, person = rng.choice(AGENCIES), rng.choice(COMPANIES), rng.choice(EN_PEOPLE)
    day = date(2026, 10, rng.randint(1, 28))
    cells = [(50, 50, "State of Westmarch", 10), (50, 66, body, 12), (360, 66, "NOTICE OF DETERMINATION", 11),
             (50, 82, f"P.O. Box {rng.randint(100, 999)} | Capitol City, WM {rng.randint(10000, 99999)}", 8),
             (360, 82, f"Mailing Date: {day.month:02d}/{day.day:02d}/{day.year}", 9),
             (50, 130, person.upper(), 10), (50, 143, f"{rng.randint(10, 999)} Juniper Lane", 10),
             (50, 156, f"Capitol City WM {rng.randint(10000, 99999)}", 10),
             (50, 190, "Claimant", 10), (200, 190, person, 10),
             (50, 206, "Employer", 10), (200, 206, firm, 10),
             (50, 222, "Weekly Benefit Amount", 10), (200, 222, f"${rng.randint(180, 520)}.00", 10),
             (50, 250, "FINDING: The claimant was laid off for lack of work and is not disqualified.", 10),
             (50, 266, "You must request benefit payments every two weeks.", 10)]
    return Doc(name=f"agency-{k}.pdf", type="unemployment_proof", language="en", pages=[cells],
               truth={"issuer": body}, layout="agency_notice")


def signed_form(rng: random.Random, k: int) -> Doc:
    """A public body's form that the employer fills in and signs (a separation notice): its issuer is the employer."""
    body, firm, person = rng.choice(AGENCIES), rng.choice(COMPANIES), rng.choice(EN_PEOPLE)
    day = date(2026, 10, rng.randint(1, 28))
    cells = [(50, 50, f"WESTMARCH {body.upper()}", 11), (420, 50, f"Form UI-{rng.randint(100, 999)}", 9),
             (50, 70, "NOTICE OF SEPARATION", 12),
             (50, 100, "1. Employee's Name", 9), (50, 113, person, 10),
             (50, 135, "2. Employer's Name and Address", 9),
             (50, 148, f"{firm}, {rng.randint(100, 9999)} Mill Road, Capitol City WM {rng.randint(10000, 99999)}", 10),
             (50, 170, "3. Last Day Worked", 9), (50, 183, f"{day.month:02d}/{day.day:02d}/{day.year}", 10),
             (50, 205, "4. Reason for Separation", 9), (50, 218, "Lack of work; position eliminated.", 10),
             (50, 250, "I certify that the above worker has been separated from work.", 9),
             (50, 270, "Employer's Signature: M. Ostrowski    Title: Payroll Lead", 9),
             (50, 286, f"Date: {day.month:02d}/{day.day:02d}/{day.year}", 9)]
    return Doc(name=f"signed-{k}.pdf", type="unemployment_proof", language="en", pages=[cells],
               truth={"issuer": firm}, layout="signed_form", accept={"issuer": {firm.rstrip(".")}})


# --- a rural credit co-operative's statement ----------------------------------------------------------------------
UNIONS = [("安化县农村信用合作联社", "梅城信用社"), ("会同县农村信用合作联社", "若水信用社"),
          ("鄱阳县农村信用合作联社", "油墩街信用社"), ("凤台县农村信用合作联社", "顾桥信用社")]
OTHERS = ["甘秀英", "邝志明", "骆丽华", "左建军", "覃海燕"]


def coop_statement(rng: random.Random, k: int) -> Doc:
    union, branch = rng.choice(UNIONS)
    holder = rng.choice(ZH_PEOPLE)
    other = rng.choice([o for o in OTHERS if o != holder])
    account = "6228" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    cells = [(150, 50, union, 15), (200, 75, "活 期 存 款 对 账 单", 12),
             (50, 105, f"户 名：{holder}", 10), (300, 105, f"账 号：{account[:4]} {account[4:8]} {account[8:12]} {account[12:]}", 10),
             (50, 121, f"开户网点：{branch}", 10), (300, 121, "币 种：人民币元", 10),
             (50, 137, "查询期间：2026/10/01—2026/10/31", 10)]
    # heads stacked over two lines, each column's words one over the other ("交易 / 日期", "对方 / 户名")
    heads = [(50, "交易", "日期"), (100, "凭证", "种类"), (250, "支出", "金额"), (330, "存入", "金额"),
             (410, "账户", "余额"), (490, "对方", "户名")]
    cells += [(x, 156, top, 9) for x, top, _ in heads] + [(150, 164, "摘要", 9)] \
        + [(x, 172, low, 9) for x, _, low in heads]
    balance = rng.randrange(1500, 4000)
    rows = [(2, "手机银行转出", 500, 0, other), (5, "ATM取款", 300, 0, ""), (11, "代发工资", 0, 3260, ""),
            (19, "快捷支付", 86, 0, ""), (27, "电费", 63, 0, "")]
    y = 188
    for d, what, out, into, who in rows:
        balance = balance - out + into
        cells += [(50, y, f"26/10/{d:02d}", 9), (100, y, "转账" if who or not out else "现金", 9), (150, y, what, 9)]
        if out:
            cells.append((250, y, f"{out:,.2f}", 9))
        if into:
            cells.append((330, y, f"{into:,.2f}", 9))
        cells.append((410, y, f"{balance:,.2f}", 9))
        if who:
            cells.append((490, y, who, 9))
        y += 16
    return Doc(name=f"coop-{k}.pdf", type="bank_statement", language="zh", pages=[cells],
               truth={"bank": union, "account_holder": holder}, layout="coop_statement")


LAYOUTS = [wage_cert, name_over_title, stray_letterhead, sender_block, agency_notice, signed_form,
           coop_statement]


def generate(seed: int = 7, per_layout: int = 2, photos: int = 1) -> list[Doc]:
    """``per_layout`` documents of each layout, the first ``photos`` of each also as a phone photo (``.jpg``)."""
    rng = random.Random(seed)
    docs = []
    for layout in LAYOUTS:
        for k in range(per_layout):
            d = layout(rng, k)
            docs.append(d)
            if k < photos:
                docs.append(Doc(name=d.name.replace(".pdf", ".jpg"), type=d.type, language=d.language,
                                pages=d.pages, truth=dict(d.truth), font=d.font, layout=d.layout))
    return docs
