"""A generator of letters, certificates and bills whose own fields compete with others printed on them, written
apart from the extractor: employment and income letters (UK, IE, AU, NZ employers' letters with a Re: line;
Philippine and Malaysian certificates of employment with a compensation table; Chinese 收入证明), letters that say a
job ended (US, UK, SG separation letters; Indian and Kenyan relieving letters; Chinese 解除劳动合同证明, 离职证明),
and bills (SG, MY, PH clinic tax invoices with a discount; a Chinese 住院收费票据 whose payee line runs on).

What competes: a letter's own date (a long "the 9th day of November 2026" formal date, a date in Chinese numerals
by the seal) with dates in its body (when the job began and ended); the person's full name in a "Re:" line or the
address block with a salutation's title and surname; a provider printed on a line that goes on with other labels
(收款人, 复核人, Cashier); a bill's amount before its discount with its total after it.

Each layout draws cells at positions (x, y from the top, text, size) into a born-digital PDF through
:mod:`rolegen`'s drawing; the label wording comes from pools written from how issuers print these documents, not
from packet's vocabulary. Every document comes with its truth. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from rolegen import LATIN_FONTS, Doc

# ---- pools ------------------------------------------------------------------------------------------------

GIVEN = ["Siobhan", "Tariq", "Mei Ling", "Joaquin", "Wanjiru", "Callum", "Ananya", "Hemi", "Rosalind", "Kwame",
         "Marisol", "Declan", "Nur Aisyah", "Ravi"]
FAMILY = ["Kavanagh", "Okafor", "Tan", "Dela Cruz", "Mwangi", "McAllister", "Iyer", "Parata", "Ashworth", "Mensah",
          "Villanueva", "Doherty", "Abdullah", "Pillai"]
ZH_PEOPLE = ["孙志远", "郭丽萍", "马晓军", "何雨晴", "罗建华", "梁淑芬", "宋文博", "唐嘉怡"]
EMPLOYERS = ["Tidewater Freight Ltd", "Corran Hospitality Group", "Southern Reach Logistics Pty Ltd",
             "Kauri Point Construction Ltd", "Northfield Retail Inc.", "Banyan Grove Facilities Sdn Bhd",
             "Sampaguita Business Solutions Inc.", "Meridian Textiles Pvt. Ltd.", "Acacia Agro Exports Ltd"]
EMPLOYERS_ZH = ["江州恒达机械制造有限公司", "青禾连锁超市有限公司", "东岭信息技术有限公司", "南湖酒店管理有限公司"]
CLINICS = ["Raffles Park Family Clinic", "Klinik Seri Mutiara", "Harbour Light Medical Centre",
           "St. Luke's Outpatient Clinic", "Greenhill Medical Group", "Jade Garden Polyclinic"]
HOSPITALS_ZH = ["江州市妇幼保健院", "临海县第二人民医院", "青山区中西医结合医院", "白沙镇中心卫生院"]
CITIES = ["Makati City", "Quezon City", "Cebu City", "Pasig City"]
ROLES_EN = ["warehouse supervisor", "customer service officer", "accounts assistant", "site foreman",
            "sales associate", "housekeeping attendant"]
ROLES_ZH = ["仓库主管", "销售专员", "会计", "行政助理"]
TITLE = {"m": ["Mr", "Mr."], "f": ["Ms", "Ms.", "Mrs"]}


def _day(rng: random.Random, start: date = date(2026, 9, 1), span: int = 80) -> date:
    return start + timedelta(days=rng.randint(0, span))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _long(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _us_long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


_ZH_D = "〇一二三四五六七八九"


def _zh_small(n: int) -> str:
    if n < 10:
        return _ZH_D[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_D[tens]) + "十" + (_ZH_D[ones] if ones else "")


def zh_numeral_date(d: date, zero: str = "〇") -> str:
    """二〇二六年十一月二日 (or with 零 for the zero, as many seals' dates are typed)."""
    year = "".join(_ZH_D[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{_zh_small(d.month)}月{_zh_small(d.day)}日"


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(given, family, title)."""
    return rng.choice(GIVEN), rng.choice(FAMILY), rng.choice(TITLE[rng.choice("mf")])


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def _doc(name: str, type_: str, lang: str, cells: list, truth: dict, layout: str, rng: random.Random,
         accept: dict | None = None) -> Doc:
    return Doc(name, type_, lang, [cells], truth, rng.choice(LATIN_FONTS), layout, accept or {})


# ---- letters of income ------------------------------------------------------------------------------------

def uk_income_letter(rng: random.Random, n: int) -> Doc:
    """A UK/IE/AU/NZ employer's letter: letterhead, its date, the addressee, "Re:" with the full name, a
    salutation with title and surname, a body with the start date and the monthly salary."""
    given, family, title = _person(rng)
    emp = rng.choice(EMPLOYERS)
    own, start = _day(rng), date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    pay = Decimal(rng.randint(2400, 6800)) + Decimal(rng.choice(["0", "0.50", "0.00", "0.75"]))
    fmt = rng.choice([_long, lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", lambda d: d.strftime("%d %b %Y")])
    re_line = rng.choice([f"Re: {given} {family}", f"RE: Confirmation of Employment - {given} {family}",
                          f"Subject: Employment and salary of {title} {given} {family}"])
    verb = rng.choice(["has been employed by", "has worked for", "is a permanent employee of"])
    cells = [(60, 60, emp, 15), (60, 78, "Unit 4, Harbour Road", 9), (60, 90, "Telephone 01 555 0192", 9),
             (400, 120, fmt(own), 11), (60, 150, "The Manager, Collections", 10), (60, 164, "First Union Lending", 10),
             (60, 200, re_line, 11), (60, 230, f"Dear {title} {family},", 11) if rng.random() < .5 else
             (60, 230, "To whom it may concern,", 11),
             (60, 260, f"We confirm that {title} {given} {family} {verb} {emp}", 10),
             (60, 274, f"since {_long(start)} as a {rng.choice(ROLES_EN)}, on a full-time basis.", 10),
             (60, 296, rng.choice(["Their gross monthly salary is", "Current basic salary per month:",
                                   "The monthly gross pay is"]) + f" {rng.choice(['£', '€', 'A$', 'NZ$'])}"
              + _money(pay) + ".", 10),
             (60, 330, "Please contact the undersigned if you need anything further.", 10),
             (60, 380, "Yours sincerely,", 10), (60, 420, rng.choice(["Fiona Reddy", "Mark Ellery", "Ruth Oduya"]), 10),
             (60, 434, rng.choice(["HR Manager", "People & Culture Lead", "Payroll Officer"]), 10)]
    truth = {"employer": emp, "employee": f"{given} {family}", "monthly_income": str(pay), "date": own.isoformat()}
    return _doc(f"uk_income_{n}.pdf", "income_proof", "en", cells, truth, "uk_income_letter", rng)


def coe_compensation(rng: random.Random, n: int) -> Doc:
    """A Philippine/Malaysian certificate of employment: title, "This is to certify that MS. NAME ...", a
    compensation table (basic monthly salary + allowances = total monthly compensation), "Issued this 9th day of
    November 2026 at Makati City" at the foot; no other date of issue."""
    given, family, title = _person(rng)
    emp = rng.choice(EMPLOYERS)
    own, start = _day(rng), date(rng.randint(2010, 2023), rng.randint(1, 12), rng.randint(1, 28))
    basic = Decimal(rng.randint(18, 60) * 1000)
    allow = [Decimal(rng.randint(5, 40) * 100) for _ in range(rng.randint(1, 3))]
    total = basic + sum(allow)
    cur = rng.choice(["PHP", "₱", "RM", "MYR"])
    name = f"{title.upper().rstrip('.')}. {given.upper()} {family.upper()}"
    issued = rng.choice([f"Issued this {_ordinal(own.day)} day of {own.strftime('%B')} {own.year} at "
                         f"{rng.choice(CITIES)}, upon the request of the employee for whatever purpose it may serve.",
                         f"Given this {_ordinal(own.day)} day of {own.strftime('%B')}, {own.year} at "
                         f"{rng.choice(CITIES)}.",
                         f"Dated at {rng.choice(CITIES)} this {_ordinal(own.day)} day of {own.strftime('%B')} "
                         f"{own.year}."])
    rows = [(rng.choice(["Basic monthly salary", "Basic Pay (monthly)", "Monthly basic salary"]), basic)]
    names = ["Rice allowance", "Transportation allowance", "Meal allowance", "Communication allowance"]
    rows += [(names[k], a) for k, a in enumerate(allow)]
    cells = [(200, 60, emp, 14), (200, 76, "8/F Ayala Tower, Paseo de Roxas", 9),
             (190, 130, "CERTIFICATE OF EMPLOYMENT", 16),
             (60, 170, f"This is to certify that {name} has been employed with {emp}", 10),
             (60, 184, f"from {_us_long(start)} up to the present as {rng.choice(ROLES_EN).title()}.", 10),
             (60, 210, "Her/his compensation is as follows:", 10)]
    y = 234
    for label, v in rows:
        cells += [(80, y, label, 10), (380, y, f"{cur} {_money(v)}", 10)]
        y += 16
    cells += [(80, y + 4, rng.choice(["Total monthly compensation", "Total Monthly Gross", "TOTAL"]), 10),
              (380, y + 4, f"{cur} {_money(total)}", 10), (60, y + 40, issued, 10),
              (60, y + 100, rng.choice(["MARIA CRISTINA REYES", "JOSE ANTONIO LIM"]), 10),
              (60, y + 114, "Human Resources Manager", 10)]
    truth = {"employer": emp, "employee": f"{given} {family}", "monthly_income": str(total), "date": own.isoformat()}
    return _doc(f"coe_{n}.pdf", "income_proof", "en", cells, truth, "coe_compensation", rng,
                {"employee": {name, f"{title} {given} {family}"}})


def zh_income(rng: random.Random, n: int) -> Doc:
    """收入证明: 兹证明 NAME 同志系我单位员工 (入职日期 in the body), 月收入 in the body, the unit and its date in
    Chinese numerals by the seal at the foot."""
    who, emp = rng.choice(ZH_PEOPLE), rng.choice(EMPLOYERS_ZH)
    own, start = _day(rng), date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    pay = Decimal(rng.randint(45, 160) * 100)
    body_start = rng.choice([f"{start.year}年{start.month}月{start.day}日", f"{start.year}-{start.month:02d}-{start.day:02d}"])
    cells = [(250, 70, "收入证明", 18),
             (60, 120, f"兹证明{who}同志（身份证号：3301**********1234）自{body_start}起在我单位工作，", 11),
             (60, 140, f"现任{rng.choice(ROLES_ZH)}职务，其月收入为人民币{pay:,.0f}元（税前）。", 11),
             (60, 160, "特此证明。", 11),
             (330, 240, emp, 11), (360, 258, "（盖章）", 11),
             (340, 276, zh_numeral_date(own, rng.choice("〇零")), 11)]
    truth = {"employer": emp, "employee": who, "monthly_income": str(pay), "date": own.isoformat()}
    return _doc(f"zh_income_{n}.pdf", "income_proof", "zh", cells, truth, "zh_income", rng)


# ---- letters that a job ended -----------------------------------------------------------------------------

def separation_letter(rng: random.Random, n: int) -> Doc:
    """A US/SG/UK letter that employment ended: letterhead, its own date near the top (month-name form), the
    addressee's full name in the address block, a salutation "Dear Ms Surname", start and last days in the body."""
    given, family, title = _person(rng)
    emp = rng.choice(EMPLOYERS)
    own = _day(rng)
    last = own - timedelta(days=rng.randint(3, 40))
    start = date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    fmt = rng.choice([_us_long, _long])
    cells = [(60, 60, emp, 15), (60, 78, "Human Resources Department", 9), (60, 120, fmt(own), 10),
             (60, 150, f"{given} {family}", 10), (60, 163, f"{rng.randint(2, 90)} Palm Court", 10),
             (60, 176, "Springvale", 10), (60, 210, f"Dear {title} {family},", 10),
             (60, 236, rng.choice(["This letter confirms that your employment with",
                                   "We write to confirm that your employment with"]) + f" {emp}", 10),
             (60, 250, rng.choice(["ended on", "was terminated by reason of redundancy on",
                                   "ceased on"]) + f" {fmt(last)}. You joined us on {fmt(start)}.", 10),
             (60, 276, "Your final pay and any leave owing have been paid.", 10),
             (60, 320, "Sincerely,", 10), (60, 360, "Alicia Moreno, HR Business Partner", 10)]
    truth = {"person": f"{given} {family}", "issuer": emp, "date": own.isoformat()}
    return _doc(f"separation_{n}.pdf", "unemployment_proof", "en", cells, truth, "separation_letter", rng)


def relieving_letter(rng: random.Random, n: int) -> Doc:
    """An Indian/Kenyan relieving (service) letter: "Date: 4 November" near the letterhead without its year
    while the foot dates the letter in full ("Given this 2nd day of ..."), the relief date in the body."""
    given, family, title = _person(rng)
    emp = rng.choice(EMPLOYERS)
    own = _day(rng)
    last = own - timedelta(days=rng.randint(3, 30))
    cells = [(60, 60, emp, 15), (60, 78, "Regd. Office: 14 Ring Road, Bengaluru", 9),
             (230, 120, rng.choice(["RELIEVING LETTER", "SERVICE CERTIFICATE", "TO WHOM IT MAY CONCERN"]), 14),
             (60, 160, f"This is to certify that {title} {given} {family}, Employee Code E{rng.randint(1000, 9999)},", 10),
             (60, 174, f"was relieved from the services of {emp} at the close of business hours", 10),
             (60, 188, f"on {_long(last)}. We wish {given} success in future endeavours.", 10),
             (60, 240, rng.choice([f"Given this {_ordinal(own.day)} day of {own.strftime('%B')} {own.year}.",
                                   f"Issued on this {_ordinal(own.day)} day of {own.strftime('%B')}, {own.year}."]), 10),
             (60, 290, "For " + emp, 10), (60, 330, "Authorised Signatory", 10)]
    truth = {"person": f"{given} {family}", "issuer": emp, "date": own.isoformat()}
    return _doc(f"relieving_{n}.pdf", "unemployment_proof", "en", cells, truth, "relieving_letter", rng,
                {"person": {f"{title} {given} {family}"}})


def zh_termination(rng: random.Random, n: int) -> Doc:
    """解除劳动合同证明: 入职 and 解除 dates in the body, the unit and its date (Chinese numerals) by the seal."""
    who, emp = rng.choice(ZH_PEOPLE), rng.choice(EMPLOYERS_ZH)
    own = _day(rng)
    last = own - timedelta(days=rng.randint(1, 20))
    start = date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    title = rng.choice(["解除劳动合同证明", "离职证明", "终止劳动关系证明"])
    cells = [(210, 70, title, 18),
             (60, 120, f"兹证明{who}，身份证号码：4401**********5678，于{start.year}年{start.month}月{start.day}日入职我单位，", 11),
             (60, 140, f"担任{rng.choice(ROLES_ZH)}。双方已于{last.year}年{last.month}月{last.day}日解除劳动合同。", 11),
             (60, 160, "特此证明。", 11),
             (330, 240, emp, 11), (340, 258, "（公章）", 11),
             (340, 276, zh_numeral_date(own, rng.choice("〇零")), 11)]
    truth = {"person": who, "issuer": emp, "date": own.isoformat()}
    return _doc(f"zh_termination_{n}.pdf", "unemployment_proof", "zh", cells, truth, "zh_termination", rng)


# ---- bills with a discount --------------------------------------------------------------------------------

def discount_invoice(rng: random.Random, n: int) -> Doc:
    """A SG/MY/HK/PH clinic tax invoice: clinic letterhead, Invoice Date, patient, item lines, then "Amount" (or
    "Sub-total"), a discount and the total after it (amount - discount = total)."""
    given, family, _ = _person(rng)
    clinic = rng.choice(CLINICS)
    own = _day(rng)
    visit = own - timedelta(days=rng.randint(0, 5))
    items = [Decimal(rng.randint(2000, 30000)) / 100 for _ in range(rng.randint(2, 4))]
    gross = sum(items)
    disc = (gross * Decimal(rng.choice([5, 10, 15])) / 100).quantize(Decimal("0.01"))
    total = gross - disc
    cells = [(60, 60, clinic, 15), (60, 78, "Blk 123 Ang Mo Kio Ave 6 #01-45", 9), (400, 60, "TAX INVOICE", 13),
             (400, 90, rng.choice(["Invoice Date:", "Date:", "Bill Date:"]), 9),
             (470, 90, f"{own.day:02d}/{own.month:02d}/{own.year}", 9),
             (400, 104, f"Invoice No: INV{rng.randint(10000, 99999)}", 9),
             (60, 120, rng.choice(["Patient Name:", "Patient:", "Name:"]), 10), (150, 120, f"{given} {family}", 10),
             (60, 134, "Visit Date:", 10), (150, 134, f"{visit.day:02d}/{visit.month:02d}/{visit.year}", 10),
             (60, 170, "Description", 10), (420, 170, "Amount", 10)]
    y = 188
    for k, v in enumerate(items):
        cells += [(60, y, ["Consultation", "Medication", "Laboratory test", "Dressing", "Injection"][k], 10),
                  (420, y, _money(v), 10)]
        y += 14
    cells += [(300, y + 10, rng.choice(["Amount", "Sub-total", "Subtotal", "Gross Amount"]), 10),
              (420, y + 10, _money(gross), 10),
              (300, y + 24, rng.choice(["Discount", "Less: Discount", "Senior Citizen Discount", "Corporate Discount"]), 10),
              (420, y + 24, f"-{_money(disc)}" if rng.random() < .5 else f"({_money(disc)})", 10),
              (300, y + 38, rng.choice(["Total Amount", "Net Amount", "Total Payable", "Amount Payable"]), 10),
              (420, y + 38, _money(total), 10)]
    truth = {"provider": clinic, "patient": f"{given} {family}", "date": own.isoformat(), "total": str(total)}
    return _doc(f"invoice_{n}.pdf", "medical_bill", "en", cells, truth, "discount_invoice", rng)


def zh_receipt(rng: random.Random, n: int) -> Doc:
    """住院收费票据: the hospital's name after 收款单位 on a line that goes on with other labels (收款人, 复核人,
    审核人) with no space between them, item rows and their 合计（小写）."""
    who, hosp = rng.choice(ZH_PEOPLE), rng.choice(HOSPITALS_ZH)
    own = _day(rng)
    items = [Decimal(rng.randint(2000, 90000)) / 100 for _ in range(rng.randint(3, 5))]
    gross = sum(items)
    cells = [(180, 60, "住院收费票据（电子）", 16),
             (60, 96, f"交款人：{who}", 10), (300, 96, f"开票日期：{own.year}-{own.month:02d}-{own.day:02d}", 10)]
    y = 130
    for k, v in enumerate(items):
        cells += [(60, y, ["床位费", "检查费", "化验费", "西药费", "治疗费"][k], 10), (300, y, f"{v:.2f}", 10)]
        y += 16
    cells += [(60, y + 10, "合计（大写）", 10), (300, y + 10, f"合计（小写）{gross:.2f}", 10),
              (60, y + 40, f"收款单位（章）：{hosp}" + rng.choice(["收款人:住院处0", "收款人：收费处"]) + str(rng.randint(1, 9))
               + rng.choice(["复核人:", "复核人：", " 审核人："]) + rng.choice(["黄丽", "周敏", "林涛"]), 10)]
    truth = {"provider": hosp, "patient": who, "date": own.isoformat(), "total": f"{gross:.2f}"}
    return _doc(f"zh_receipt_{n}.pdf", "medical_bill", "zh", cells, truth, "zh_receipt", rng)


LAYOUTS = [uk_income_letter, coe_compensation, zh_income, separation_letter, relieving_letter, zh_termination,
           discount_invoice, zh_receipt]


def generate(seed: int = 7, per_layout: int = 3) -> list[Doc]:
    """``per_layout`` documents of every layout, the same for the same seed."""
    rng = random.Random(seed)
    return [make(rng, i) for make in LAYOUTS for i in range(per_layout)]
