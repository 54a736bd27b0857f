"""A generator of documents whose ORGANISATION (employer, issuer, provider, bank) or letter DATE competes with other
names and dates on the page, written apart from the extractor for the organisations tests (tests/test_org_layouts.py).

What each layout does is drawn from how issuers print these documents in many countries (UK, US, CA, AU, NZ, IE, IN,
SG, ZA, HK, MY, PH, KE, NG, mainland China), not from packet's vocabulary and not from a corpus document:

- a bank known only by its brand: the statement's header says "Account statement" and nothing else, and the bank is
  named in a footer's regulatory line ("… is an authorised financial services provider", "… is authorised by the
  Prudential Regulation Authority"), a web address, an e-mail domain, or a SWIFT/BIC code; Chinese statements whose
  bank is in a footer's 版权所有 line, its web address or its customer-service line;
- an employer or issuer whose full name is in the letterhead or over the seal while the page also prints a department
  or contact line (客户服务中心, 人力资源部, HR Department, Payroll Office), a footnote sentence (本表由…编制，如有疑问…),
  a former employer under a label (失业前单位, Previous employer), or a payee line (收款单位（章）);
- an employer with a legal form of many countries (LLC, Sdn. Bhd., Pvt. Ltd., Pty Ltd, (Pty) Ltd, GmbH-less plc…)
  printed as a plain line in the letterhead;
- a letter whose own date (top right, under the letterhead, "Date:", by the signature) competes with dates inside
  its text (a benefit's start date, an employment start date, an effective date).

Each document carries its truth: for each field scored, the set of values a careful reader would accept (a bank by
any of the names it is known under). Deterministic: a layout and a seed give the same document. Drawn with
tests/issuer_layouts.draw_pdf (born-digital A4); the test rasterises some into scans and phone photos.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from issuer_layouts import Item

# --- pools (names invented, except banks, which must be real to be known) --------------------------------------
# (legal name printed in the footer/regulatory line, web domain, SWIFT/BIC bank and country letters or "", accepted
# names)
BANKS_EN = [
    ("Monzo Bank Limited", "monzo.com", "MONZGB", {"Monzo", "Monzo Bank"}),  # UK
    ("Starling Bank Limited", "starlingbank.com", "SRLGGB", {"Starling Bank", "Starling"}),  # UK
    ("Nedbank Ltd", "nedbank.co.za", "NEDSZA", {"Nedbank"}),  # ZA
    ("Capitec Bank Limited", "capitecbank.co.za", "CABLZA", {"Capitec Bank", "Capitec"}),  # ZA
    ("FirstRand Bank Limited", "fnb.co.za", "FIRNZA", {"FNB", "First National Bank", "FirstRand Bank"}),  # ZA
    ("DBS Bank Ltd", "dbs.com.sg", "DBSSSG", {"DBS Bank", "DBS"}),  # SG
    ("Oversea-Chinese Banking Corporation Limited", "ocbc.com", "OCBCSG", {"OCBC", "OCBC Bank",
                                                                      "Oversea-Chinese Banking Corporation"}),  # SG
    ("HDFC Bank Ltd", "hdfcbank.com", "HDFCIN", {"HDFC Bank", "HDFC"}),  # IN
    ("Allied Irish Banks, p.l.c.", "aib.ie", "AIBKIE", {"AIB", "Allied Irish Banks"}),  # IE
    ("Kiwibank Limited", "kiwibank.co.nz", "KIWINZ", {"Kiwibank"}),  # NZ
    ("Malayan Banking Berhad", "maybank2u.com.my", "MBBEMY", {"Maybank", "Malayan Banking Berhad",
                                                             "Malayan Banking"}),  # MY
    ("Equity Bank Kenya Limited", "equitybank.co.ke", "EQBLKE", {"Equity Bank", "Equity Bank Kenya"}),  # KE
    ("Guaranty Trust Bank Limited", "gtbank.com", "GTBING", {"GTBank", "Guaranty Trust Bank"}),  # NG
    ("BDO Unibank, Inc.", "bdo.com.ph", "BNORPH", {"BDO Unibank", "BDO"}),  # PH
    ("Hang Seng Bank Limited", "hangseng.com", "HASEHK", {"Hang Seng Bank", "Hang Seng"}),  # HK
    ("Tangerine Bank", "tangerine.ca", "", {"Tangerine", "Tangerine Bank"}),  # CA
]
BANKS_ZH = [  # (full name in a 版权所有 line, web domain, customer-service number, accepted names)
    ("中国工商银行股份有限公司", "icbc.com.cn", "95588", {"中国工商银行", "工商银行"}),
    ("招商银行股份有限公司", "cmbchina.com", "95555", {"招商银行"}),
    ("中国建设银行股份有限公司", "ccb.com", "95533", {"中国建设银行", "建设银行"}),
    ("长沙银行股份有限公司", "cscb.cn", "96511", {"长沙银行"}),
    ("重庆农村商业银行股份有限公司", "cqrcb.com", "966866", {"重庆农村商业银行", "重庆农商银行"}),
    ("宁波银行股份有限公司", "nbcb.com.cn", "95574", {"宁波银行"}),
    ("交通银行股份有限公司", "bankcomm.com", "95559", {"交通银行"}),
    ("中国邮政储蓄银行股份有限公司", "psbc.com", "95580", {"中国邮政储蓄银行", "邮储银行"}),
]
EMPLOYERS_EN = [  # full legal names, many countries' forms
    "Harbor Lights Grill LLC", "Seri Mutiara Plastics Sdn. Bhd.", "Kavya Textiles Pvt. Ltd.",
    "Blackwood Civil Pty Ltd", "Thandeka Engineering (Pty) Ltd", "Glenmore Care Homes Limited",
    "Northgate Freight Inc.", "Maple Ridge Dental Corporation", "Tui Valley Dairy Limited",
    "Lantau Cold Chain Company Limited", "Riverside Borough Council", "Claddagh Foods plc",
    "Bayanihan Builders Corporation", "Savanna Agro Ltd",
]
EMPLOYERS_ZH = ["江城宏达机械制造有限公司", "青岚市第三中学", "云岭县人民医院", "禾丰农业发展有限公司",
                "梅江区实验小学", "南溪星河物业服务有限公司", "桂林漓江旅游集团有限公司", "清溪市自来水公司"]
DEPARTMENTS_EN = ["HR Department", "Payroll Office", "Human Resources", "People Services Team", "Payroll Services",
                  "Customer Service Centre"]
DEPARTMENTS_ZH = ["人力资源部", "客户服务中心", "财务部", "人事科", "薪酬管理中心"]
SERVICES_EN = [("Service Canada", "en"), ("Work and Income", "en"), ("Jobcentre Plus", "en"), ("Centrelink", "en"),
               ("Department of Social Protection", "en"), ("Department of Labour", "en")]
SERVICES_ZH = ["清溪市公共就业服务中心", "云岭县人力资源和社会保障局", "梅江区就业服务中心", "桂林市七星区劳动就业服务中心"]
HOSPITALS_ZH = ["青岚市第二人民医院", "梅江区妇幼保健院", "云岭县中医医院", "江城市中心医院"]
PEOPLE_EN = ["Aroha Ngata", "Liam O'Sullivan", "Priya Raman", "Thabo Nkosi", "Grace Tan", "Owen Fairweather",
             "Chloe Bouchard", "Marcus Reid", "Nurul Aisyah", "Chidi Okeke"]
PEOPLE_ZH = ["梁晓燕", "韦志强", "覃丽华", "詹国平", "冯海涛", "钟秀兰"]
STREETS = ["14 Quay Street", "220 Bridge Road", "8 Fitzwilliam Lane", "51 Marine Parade", "1290 Kingsway",
           "9 Jalan Besar", "27 Harbour Road"]
TOWNS = ["Brisbane QLD 4000", "Leeds LS1 4AB", "Dublin D02 X285", "Durban 4001", "Auckland 1010",
         "Calgary AB T2P 1J9", "Petaling Jaya 46200", "Pune 411001", "Nairobi 00100"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FONT_SIZES = [9, 10, 11]


@dataclass(frozen=True)
class OrgDoc:
    """One generated document: its layout's name, language, the type packet should give it, its items (drawn by
    issuer_layouts.draw_pdf) and its truth: field -> the values a careful reader would accept."""
    name: str
    language: str
    type: str
    items: tuple[Item, ...]
    truth: tuple[tuple[str, frozenset[str]], ...]


def _doc(name: str, zh: bool, type_: str, items: list[Item], **truth) -> OrgDoc:
    return OrgDoc(name, "zh" if zh else "en", type_, tuple(items),
                  tuple((f, frozenset(v if isinstance(v, set) else {v})) for f, v in truth.items()))


def _en_date(d: int, m: int, y: int = 2026, style: int = 0) -> str:
    if style == 2 and d <= 12:  # a numeric date is printed only where it cannot be read both ways
        style = 0
    return [f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}"][style]


def _rows(x: float, y: float, rows: list[tuple[str, str]], size: float, gap: float = 20, col: float = 270
          ) -> list[Item]:
    out = []
    for k, (a, b) in enumerate(rows):
        out.append(Item(x, y + gap * k, size, a))
        if b:
            out.append(Item(x + col, y + gap * k, size, b))
    return out


def _ledger(rng: random.Random, y: float, zh: bool, month: int) -> list[Item]:
    bal = rng.randrange(800, 9000) + rng.randrange(100) / 100
    heads = ["日期", "摘要", "金额", "余额"] if zh else ["Date", "Description", "Amount", "Balance"]
    items = [Item(x, y, 9, h, bold=True) for x, h in zip((60, 150, 330, 440), heads, strict=True)]
    what = ["工资", "转账", "消费", "缴费"] if zh else ["Salary", "Transfer", "Card purchase", "Direct debit"]
    for k, day in enumerate(sorted(rng.sample(range(2, 28), 4))):
        amt = round(rng.uniform(-900, 2500), 2)
        bal = round(bal + amt, 2)
        items += [Item(60, y + 18 * (k + 1), 9, f"2026-{month:02d}-{day:02d}"), Item(150, y + 18 * (k + 1), 9, what[k]),
                  Item(330, y + 18 * (k + 1), 9, f"{amt:,.2f}"), Item(440, y + 18 * (k + 1), 9, f"{bal:,.2f}")]
    return items


# --- banks known by brand ----------------------------------------------------------------------------------------

def bank_brand_footer(rng: random.Random, zh: bool) -> OrgDoc:
    """A statement export whose header names no bank; the bank is named once, where banks print it without a label:
    a regulatory line, a web address, an e-mail domain, a SWIFT/BIC code (en); a 版权所有 line, a web address, a
    customer-service line (zh)."""
    month = rng.randrange(1, 12)
    if zh:
        full, domain, hotline, names = rng.choice(BANKS_ZH)
        where = rng.randrange(3)
        foot = [f"{full} 版权所有", f"网址：www.{domain}  客服热线：{hotline}",
                f"如有疑问请致电{full.replace('股份有限公司', '')}客服热线{hotline}"][where]
        items = [Item(297, 60, 16, rng.choice(["账户交易明细", "个人账户对账单", "交易流水明细清单"]), bold=True,
                      centre=True),
                 Item(60, 100, 10, f"户名：{rng.choice(PEOPLE_ZH)}"), Item(320, 100, 10, "账号：6230 58** **** 2214"),
                 Item(60, 118, 10, f"起止日期：2026-{month:02d}-01 至 2026-{month:02d}-28")]
        items += _ledger(rng, 150, True, month)
        items.append(Item(60, 790, 8, foot))
        return _doc("bank-footer", True, "bank_statement", items, bank=names)
    full, domain, swift, names = rng.choice(BANKS_EN)
    where = rng.randrange(4 if swift else 3)
    short = full.split(",")[0]
    foot = [f"{short} is an authorised financial services provider and registered credit provider.",
            f"Questions? Visit www.{domain}/help or call us any time.",
            f"Email support@{domain} - we reply within one working day.",
            f"SWIFT/BIC: {swift}{rng.choice(['2X', '22', 'SG'])}{rng.choice(['', 'XXX'])}   Sort code / branch: {rng.randrange(100000, 999999)}"
            ][where]
    items = [Item(60, 60, rng.choice([15, 17]), rng.choice(["Account statement", "Transaction history",
                                                            "Statement of account"]), bold=True),
             Item(60, 90, 10, f"Account holder: {rng.choice(PEOPLE_EN)}"),
             Item(320, 90, 10, f"Account number: {rng.randrange(10000000, 99999999)}"),
             Item(60, 108, 10, f"Statement period: 2026-{month:02d}-01 to 2026-{month:02d}-28")]
    items += _ledger(rng, 140, False, month)
    items.append(Item(60, 792, 7, foot))
    return _doc("bank-footer", False, "bank_statement", items, bank=names)


def bank_logo_header(rng: random.Random, zh: bool) -> OrgDoc:
    """The bank's brand printed alone and large at the top right (a logo's wordmark) over the title, the legal name
    nowhere else."""
    month = rng.randrange(1, 12)
    if zh:
        full, _domain, _hot, names = rng.choice(BANKS_ZH)
        brand = min(names, key=len)
        items = [Item(400, 55, 16, brand, bold=True), Item(60, 90, 13, "对账单"),
                 Item(60, 115, 10, f"客户姓名：{rng.choice(PEOPLE_ZH)}"), Item(320, 115, 10, "卡号：6217 00** **** 5530"),
                 Item(60, 133, 10, f"查询期间：2026年{month}月1日—2026年{month}月28日")]
        items += _ledger(rng, 165, True, month)
        return _doc("bank-logo", True, "bank_statement", items, bank=names)
    full, domain, _sw, names = rng.choice(BANKS_EN)
    brand = min(names, key=len)
    items = [Item(400, 55, 18, brand.upper() if rng.random() < 0.5 else brand, bold=True),
             Item(60, 90, 13, "Statement"), Item(60, 115, 10, f"Name: {rng.choice(PEOPLE_EN)}"),
             Item(320, 115, 10, f"Account no.: {rng.randrange(10000000, 99999999)}"),
             Item(60, 133, 10, f"From 01/{month:02d}/2026 to 28/{month:02d}/2026")]
    items += _ledger(rng, 165, False, month)
    return _doc("bank-logo", False, "bank_statement", items, bank=names | {brand.upper()})


# --- employers beside their departments, footnotes, former employers -------------------------------------------

def pay_table_footnote(rng: random.Random, zh: bool) -> OrgDoc:
    """A staff pay table: the employer in the letterhead, a footnote sentence naming the employer's office, a
    department line under the title."""
    person = rng.choice(PEOPLE_ZH if zh else PEOPLE_EN)
    if zh:
        name = rng.choice(EMPLOYERS_ZH)
        dept = rng.choice(DEPARTMENTS_ZH)
        items = [Item(297, 55, rng.choice([16, 18]), name, bold=True, centre=True),
                 Item(297, 80, 12, "2026年10月教职工工资表" if "学" in name else "2026年10月工资发放表", centre=True),
                 Item(60, 105, 9, f"编制部门：{dept}")]
        items += _rows(60, 135, [(f"姓名：{person}", ""), ("应发合计", "9,860.00"), ("代扣个税", "212.40"),
                                 ("实发合计", "8,420.60")], 10)
        items.append(Item(60, 330, 8, rng.choice([f"本表由{'学校' if '学' in name else '单位'}{dept}编制，如有疑问请于三日内提出。",
                                                  "如有疑问，请联系本单位财务部门核对。"])))
        return _doc("pay-footnote", True, "payslip", items, employer=name)
    name = rng.choice(EMPLOYERS_EN)
    dept = rng.choice(DEPARTMENTS_EN)
    items = [Item(60, 55, rng.choice([14, 16]), name, bold=True),
             Item(60, 72, 8, f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}"),
             Item(400, 55, 12, rng.choice(["PAYSLIP", "Pay Advice", "Salary Slip"])),
             Item(400, 72, 8, f"Issued by {dept}")]
    items += _rows(60, 110, [(f"Employee: {person}", ""), ("Pay period", "October 2026"), ("Gross pay", "4,210.00"),
                             ("Tax", "630.00"), ("Net pay", "3,312.55")], 10)
    items.append(Item(60, 330, 8, f"If you have questions about this payslip please contact the {dept}."))
    return _doc("pay-footnote", False, "payslip", items, employer=name)


def income_cert_department(rng: random.Random, zh: bool) -> OrgDoc:
    """An income certificate in the organisation's letterhead, signed off by a department or contact centre, the
    full name over the seal (zh) or in the sign-off's last line (en); the letter's date by the signature."""
    day, month = rng.randrange(2, 28), rng.randrange(8, 12)
    if zh:
        name = rng.choice(EMPLOYERS_ZH)
        dept = rng.choice(DEPARTMENTS_ZH)
        person = rng.choice(PEOPLE_ZH)
        letterhead = rng.random() < 0.5
        items = ([Item(297, 50, 15, name, bold=True, centre=True)] if letterhead else []) + [
            Item(297, 90, 16, "收入证明", bold=True, centre=True),
            Item(60, 130, 11, f"兹证明{person}同志自2019年3月1日起在我单位工作，"),
            Item(60, 152, 11, f"月均收入人民币{rng.randrange(5, 15)},{rng.randrange(100, 999)}.00元。"),
            Item(60, 174, 11, "特此证明。"),
            Item(340, 240, 11, dept), Item(340, 262, 11, f"{name}（盖章）"),
            Item(340, 284, 11, f"2026年{month}月{day}日")]
        return _doc("cert-dept", True, "income_proof", items, employer=name, date=f"2026-{month:02d}-{day:02d}")
    name = rng.choice(EMPLOYERS_EN)
    dept = rng.choice(DEPARTMENTS_EN)
    person = rng.choice(PEOPLE_EN)
    style = rng.randrange(3)
    items = [Item(60, 50, 15, name, bold=True), Item(60, 66, 8, f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}"),
             Item(400, 95, 10, _en_date(day, month, style=style)),
             Item(60, 130, 11, "Employment and income confirmation"),
             Item(60, 155, 11, f"We confirm that {person} has been employed with us since {_en_date(4, 3, 2019, style)}."),
             Item(60, 175, 11, f"Effective {_en_date(1, 7, 2026, style)} the monthly salary is "
                               f"${rng.randrange(3, 9)},{rng.randrange(100, 999)}.00 gross."),
             Item(60, 230, 11, "Yours sincerely,"), Item(60, 260, 11, "Helen Marsh"), Item(60, 276, 11, dept)]
    return _doc("cert-dept", False, "income_proof", items, employer=name, date=f"2026-{month:02d}-{day:02d}")


def unemployment_former_employer(rng: random.Random, zh: bool) -> OrgDoc:
    """An unemployment registration: a grid prints the former employer under its label; the issuing office is in
    the letterhead or over the seal; the registration date and the start of benefit inside, the letter's own date
    by the seal or under "Date:"."""
    day, month = rng.randrange(2, 28), rng.randrange(9, 12)
    former = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    if zh:
        office = rng.choice(SERVICES_ZH)
        person = rng.choice(PEOPLE_ZH)
        top = rng.random() < 0.5
        items = ([Item(297, 50, 16, office, bold=True, centre=True)] if top else []) + [
            Item(297, 85, 15, rng.choice(["失业登记证明", "失业登记凭证", "就业失业登记证明"]), bold=True, centre=True)]
        items += _rows(60, 120, [(f"姓名：{person}", "性别：女"), (f"失业前单位：{former}", ""),
                                 ("失业登记日期：2026年8月3日", ""), ("享受失业保险金起始日期：2026年8月15日", "")], 10)
        items += [Item(60, 220, 11, "经审核，该同志已在本机构办理失业登记。特此证明。"),
                  Item(340, 270, 11, f"{office}（盖章）" if not top else "（盖章）"),
                  Item(340, 292, 11, f"2026年{month}月{day}日")]
        return _doc("unemp-former", True, "unemployment_proof", items, issuer=office,
                    date=f"2026-{month:02d}-{day:02d}")
    office = rng.choice(SERVICES_EN)[0]
    person = rng.choice(PEOPLE_EN)
    style = rng.randrange(3)
    items = [Item(60, 50, 17, office, bold=True), Item(60, 68, 8, f"PO Box {rng.randrange(100, 9999)}, "
                                                                  f"{rng.choice(TOWNS)}"),
             Item(380, 100, 10, f"Date: {_en_date(day, month, style=style)}"),
             Item(60, 130, 11, f"Dear {person},"),
             Item(60, 155, 11, "Confirmation of jobseeker registration"),
             Item(60, 180, 10, f"{rng.choice(['Previous employer', 'Last employer', 'Former employer'])}:"),
             Item(200, 180, 10, former),
             Item(60, 198, 10, "Registered on:"), Item(200, 198, 10, _en_date(3, 8, style=style)),
             Item(60, 225, 11, f"Your benefit started on {_en_date(15, 8, style=style)} and is paid fortnightly."),
             Item(60, 280, 11, "Yours faithfully,"), Item(60, 300, 11, "Client Services")]
    return _doc("unemp-former", False, "unemployment_proof", items, issuer=office,
                date=f"2026-{month:02d}-{day:02d}")


def benefit_letter_dates(rng: random.Random, zh: bool) -> OrgDoc:
    """A benefit letter whose own date is top right or under the letterhead, the text full of other dates (the
    benefit's start, a review date, an effective date)."""
    day, month = rng.randrange(2, 28), rng.randrange(9, 12)
    if zh:
        office = rng.choice(SERVICES_ZH)
        person = rng.choice(PEOPLE_ZH)
        items = [Item(60, 50, 15, office, bold=True), Item(420, 50, 10, f"2026年{month}月{day}日"),
                 Item(297, 90, 14, "失业保险待遇核定通知书", bold=True, centre=True),
                 Item(60, 125, 11, f"{person}："),
                 Item(60, 147, 11, "经审核，你自2026年8月1日起享受失业保险金，"),
                 Item(60, 169, 11, "领取期限至2027年1月31日止，每月发放1,850.00元。"),
                 Item(60, 191, 11, "特此通知。"), Item(340, 250, 11, "（盖章）")]
        return _doc("benefit-dates", True, "unemployment_proof", items, issuer=office,
                    date=f"2026-{month:02d}-{day:02d}")
    office = rng.choice(SERVICES_EN)[0]
    person = rng.choice(PEOPLE_EN)
    style = rng.randrange(3)
    top_right = rng.random() < 0.5
    items = [Item(60, 50, 17, office, bold=True),
             Item(400 if top_right else 60, 50 if top_right else 85, 10, _en_date(day, month, style=style)),
             Item(60, 120, 11, f"Dear {person}"), Item(60, 145, 11, "Your Jobseeker Support",
                                                       bold=True),
             Item(60, 170, 11, f"Your payments started on {_en_date(3, 8, style=style)}."),
             Item(60, 190, 11, f"From {_en_date(1, 10, style=style)} your rate is $ 372.10 a week."),
             Item(60, 210, 11, f"We will review your benefit on {_en_date(2, 2, 2027, style)}."),
             Item(60, 260, 11, "Yours sincerely"), Item(60, 280, 11, "Regional Contact Centre")]
    return _doc("benefit-dates", False, "unemployment_proof", items, issuer=office,
                date=f"2026-{month:02d}-{day:02d}")


def bill_payee_seal(rng: random.Random, zh: bool) -> OrgDoc:
    """A medical e-bill whose provider is printed only after a payee label at the foot (收款单位（章）, "Make cheques
    payable to") under a title that names a region's form, not the hospital."""
    if zh:
        name = rng.choice(HOSPITALS_ZH)
        items = [Item(297, 55, 15, rng.choice(["医疗门诊收费票据（电子）", "医疗住院收费票据（电子）"]), bold=True, centre=True),
                 Item(60, 90, 9, f"票据代码：{rng.randrange(44000000, 44999999)}"),
                 Item(330, 90, 9, "开票日期：2026-10-12"),
                 Item(60, 110, 9, f"交款人：{rng.choice(PEOPLE_ZH)}")]
        items += _rows(60, 140, [("西药费", "126.50"), ("检查费", "310.00"), ("治疗费", "88.00")], 9)
        items += [Item(60, 210, 10, "金额合计（小写）¥524.50"),
                  Item(60, 250, 9, f"收款单位（章）：{name}"), Item(330, 250, 9, "收款人：李敏")]
        return _doc("bill-payee", True, "medical_bill", items, provider=name)
    name = rng.choice(["Rimu Valley Medical Centre", "Oakbridge Family Clinic", "St Brendan's Hospital",
                       "Jacaranda Physiotherapy Clinic", "Lakeshore Community Hospital"])
    items = [Item(60, 55, 15, "INVOICE", bold=True), Item(380, 55, 9, "Invoice date: 12/10/2026"),
             Item(60, 90, 10, f"Patient: {rng.choice(PEOPLE_EN)}")]
    items += _rows(60, 120, [("Consultation", "95.00"), ("X-ray", "180.00"), ("Total", "275.00"),
                             ("Amount due", "275.00")], 10)
    items += [Item(60, 260, 9, f"Please make cheques payable to {name}."),
              Item(60, 275, 9, "Thank you for choosing us.")]
    return _doc("bill-payee", False, "medical_bill", items, provider=name)


def payslip_legal_forms(rng: random.Random, zh: bool) -> OrgDoc:
    """A payslip whose employer is printed in the letterhead at body size with its legal form (LLC, Sdn. Bhd.,
    Pvt. Ltd., (Pty) Ltd, 有限公司…) beside a larger title; a brand-free template."""
    person = rng.choice(PEOPLE_ZH if zh else PEOPLE_EN)
    if zh:
        name = rng.choice([n for n in EMPLOYERS_ZH if "公司" in n])
        items = [Item(60, 45, 9, name), Item(297, 75, 16, "工资单", bold=True, centre=True)]
        items += _rows(60, 110, [(f"员工姓名：{person}", ""), ("工资月份：2026年10月", ""), ("应发工资", "7,680.00"),
                                 ("扣款合计", "1,022.30"), ("实发工资", "6,657.70")], 10)
        return _doc("pay-legal", True, "payslip", items, employer=name)
    name = rng.choice(EMPLOYERS_EN)
    items = [Item(297, 50, 18, rng.choice(["PAY STUB", "PAYSLIP", "EARNINGS STATEMENT"]), bold=True, centre=True),
             Item(60, 85, 9, name), Item(60, 97, 8, rng.choice(STREETS)), Item(60, 109, 8, rng.choice(TOWNS))]
    items += _rows(60, 140, [(f"Employee: {person}", ""), ("Pay date", "10/31/2026"),
                             ("Gross earnings", "2,980.00"), ("Deductions", "540.20"), ("Net pay", "2,439.80")], 10)
    return _doc("pay-legal", False, "payslip", items, employer=name)


def payslip_signoff_brand(rng: random.Random, zh: bool) -> OrgDoc:
    """A payslip with a labelled contact line ("Contact: Payroll Office", "联系部门：客户服务中心") and the employer
    only in the footer's registered-office line."""
    person = rng.choice(PEOPLE_ZH if zh else PEOPLE_EN)
    if zh:
        name = rng.choice(EMPLOYERS_ZH)
        items = [Item(60, 50, 15, "员工工资明细", bold=True), Item(60, 75, 9, f"联系部门：{rng.choice(DEPARTMENTS_ZH)}")]
        items += _rows(60, 105, [(f"姓名：{person}", ""), ("所属期间：2026年9月", ""), ("应发工资", "6,200.00"),
                                 ("实发工资", "5,310.25")], 10)
        items.append(Item(60, 790, 8, f"{name} 地址：江城市滨江路88号"))
        return _doc("pay-signoff", True, "payslip", items, employer=name)
    name = rng.choice(EMPLOYERS_EN)
    items = [Item(60, 50, 15, "Salary advice", bold=True), Item(60, 75, 9, f"Contact: {rng.choice(DEPARTMENTS_EN)}")]
    items += _rows(60, 105, [(f"Name: {person}", ""), ("Period", "September 2026"), ("Gross pay", "5,120.00"),
                             ("Net pay", "3,877.10")], 10)
    items.append(Item(60, 790, 7, f"{name}. Registered office: {rng.choice(STREETS)}, {rng.choice(TOWNS)}."))
    return _doc("pay-signoff", False, "payslip", items, employer=name)


def verification_form(rng: random.Random, zh: bool) -> OrgDoc:
    """An employment verification form: labels above their values in grid cells, the employer's cell beside a
    department cell and a contact cell; the form's own date in a cell of the last row, the start of employment in
    another."""
    day, month = rng.randrange(2, 28), rng.randrange(8, 12)
    if zh:
        name = rng.choice(EMPLOYERS_ZH)
        cells = [("单位名称", name), ("所在部门", rng.choice(DEPARTMENTS_ZH)), ("职工姓名", rng.choice(PEOPLE_ZH)),
                 ("入职时间", "2018年5月1日"), ("月收入（元）", f"{rng.randrange(4, 15)},{rng.randrange(100, 999)}.00"),
                 ("出具日期", f"2026年{month}月{day}日")]
        title = "在职及收入证明表"
    else:
        name = rng.choice(EMPLOYERS_EN)
        cells = [("Employer name", name), ("Department", rng.choice(DEPARTMENTS_EN)),
                 ("Employee name", rng.choice(PEOPLE_EN)), ("Start date", "01/05/2018"),
                 ("Monthly income", f"{rng.randrange(3, 9)},{rng.randrange(100, 999)}.00"),
                 ("Date of this form", f"{day:02d}/{month:02d}/2026")]
        title = "EMPLOYMENT AND INCOME VERIFICATION"
    items = [Item(297, 55, 14, title, bold=True, centre=True)]
    for k, (label, value) in enumerate(cells):
        x, y = (60 if k % 2 == 0 else 320), 100 + 45 * (k // 2)
        items += [Item(x, y, 8, label), Item(x, y + 16, 10, value)]
    return _doc("verify-form", zh, "income_proof", items, employer=name, date=f"2026-{month:02d}-{day:02d}")


LAYOUTS = [verification_form, bank_brand_footer, bank_logo_header, pay_table_footnote, income_cert_department,
           unemployment_former_employer, benefit_letter_dates, bill_payee_seal, payslip_legal_forms,
           payslip_signoff_brand]


def documents(seed: int = 11, per_layout: int = 3) -> list[OrgDoc]:
    """Every layout in English and Chinese, ``per_layout`` documents each, deterministic for ``seed``."""
    out = []
    for k, layout in enumerate(LAYOUTS):
        for zh in (False, True):
            for n in range(per_layout):
                out.append(layout(random.Random(seed * 1000 + k * 37 + n + (500 if zh else 0)), zh))
    return out
