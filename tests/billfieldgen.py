"""A generator of medical bills whose patient is printed under an insurer's or a scheme's word for the person
(member, insured, beneficiary, enrollee, principal, dependant; 参保人, 会员, 医保人), never under a patient label,
and whose provider is the letterhead alone (wave 14, issue: bills typed right that still lack a field).

Layouts, from how claim invoices, statements of account and receipts are printed in many countries (not from
packet's vocabulary): a Kenyan/Ugandan insurer-claim invoice with one "LABEL: value" per line in capitals; a
Philippine or Malaysian hospital statement of account whose only person is the PhilHealth/PERKESO member, with
total charges, the scheme's and the HMO's shares and what the member still owes; a US explanation-style provider
statement headed "Enrollee"/"Beneficiary" with billed, allowed and owed columns; a UK/AU/IN pharmacy receipt headed
by the pharmacy's name, its customer a "Cardholder"/"Member"; a Chinese 住院结算单 whose person is the 参保人 and a
药店小票 whose person is the 会员. Every document's truth: the patient is the one person it names; the provider the
letterhead (or the labelled provider); the total what was charged before any scheme, insurer or discount paid part;
the date the date it was issued. Photos are drawn by :func:`rolegen.draw_photo` (a name ending ``.jpg``).
Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from billgen import generate_from
from rolegen import LATIN_FONTS, Doc

# ---- pools (written for this generator) -------------------------------------------------------------------

PERSONS = ["Wanjiru Kamau", "Otieno Ochieng", "Rosalinda Dimaculangan", "Teodoro Villanueva", "Nurul Aisyah Binti Osman",
           "Harvinder Kaur Sandhu", "Declan O'Sullivan", "Priscilla Mbatha", "Tomasz Wojcik", "Imogen Pritchard",
           "Ravindra Deshpande", "Mele Tuilagi", "Chidinma Okafor", "Lachlan McAllister"]
PERSONS_ZH = ["贺晓岚", "邵明远", "阎春花", "柴国栋", "缪静怡", "龚志平", "骆红梅", "尹少华"]
CLAIM_PROVIDERS = ["NAKURU WEST MEDICAL CENTRE", "KAMPALA ROAD NURSING HOME", "MOMBASA COAST CLINIC",
                   "RIFT VALLEY DIAGNOSTIC CENTRE", "THIKA LEVEL FIVE HOSPITAL", "ENTEBBE FAMILY CLINIC"]
SOA_PROVIDERS = ["St. Bartholomew Medical Center", "Our Lady of Lourdes Hospital", "Batangas Doctors Hospital",
                 "Hospital Pakar Seri Manjung", "Klinik Kesihatan Taman Sentosa", "Davao Riverside Medical Center"]
US_PROVIDERS = ["Willow Creek Family Physicians", "Lakeshore Orthopedic Clinic", "Red Mesa Regional Hospital",
                "Cumberland Valley Imaging Center"]
PHARMACIES = ["Greenleaf Pharmacy", "Hilltop Chemist", "Apollo Wellness Pharmacy", "Coral Bay Pharmacy",
              "Riverbend Dispensary", "Kingsway Pharmacy"]
HOSPITALS_ZH = ["南昌市第一医院", "赣州市人民医院", "九江市妇幼保健院", "上饶市中医院", "景德镇市第三人民医院"]
PHARMACIES_ZH = ["百草堂大药房", "仁济药房", "康宁堂药店", "益民大药房"]

MEMBER_LABELS = ["MEMBER NAME", "MEMBER", "PRINCIPAL MEMBER", "INSURED NAME", "NAME OF INSURED", "BENEFICIARY",
                 "BENEFICIARY NAME", "ENROLLEE", "POLICY HOLDER", "SUBSCRIBER NAME", "INSURED PERSON"]
MEMBER_LABELS_MIXED = ["Member name", "Member", "Insured", "Insured name", "Beneficiary", "Beneficiary name",
                       "Enrollee", "Enrollee name", "Covered member", "Member's name"]
CARD_LABELS = ["Cardholder", "Member", "Loyalty member", "Member name", "Customer"]
MEMBER_ZH = ["参保人", "参保人姓名", "医保人", "会员", "会员姓名", "被保险人"]
ITEMS = ["CONSULTATION", "FULL BLOOD COUNT", "X-RAY CHEST", "AMOXICILLIN 500MG", "IV FLUIDS", "NURSING FEE",
         "ULTRASOUND ABDOMEN", "DRESSING", "MALARIA RDT", "PARACETAMOL SYRUP", "WARD CHARGES", "THEATRE FEE"]
ITEMS_MIXED = ["Room and board", "Laboratory", "Radiology", "Pharmacy supplies", "Professional fee",
               "Emergency room", "Physiotherapy", "Oxygen", "Medical supplies"]
DRUGS = ["Metformin 500mg x60", "Salbutamol inhaler", "Omeprazole 20mg x28", "Cetirizine 10mg x30",
         "Amlodipine 5mg x30", "Vitamin D3 1000IU", "Ibuprofen 400mg x24"]
ITEMS_ZH = ["床位费", "护理费", "检查费", "化验费", "西药费", "治疗费", "手术费", "材料费"]
DRUGS_ZH = ["阿莫西林胶囊", "布洛芬缓释胶囊", "复方甘草片", "维生素C片", "蒙脱石散", "板蓝根颗粒"]


def _day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))


def _amounts(rng: random.Random, n: int, low: int, high: int) -> list[Decimal]:
    return [Decimal(rng.randint(low * 100, high * 100)) / 100 for _ in range(n)]


def _m(v: Decimal, mark: str = "") -> str:
    return f"{mark}{v:,.2f}"


def claim_invoice(rng: random.Random, n: int) -> Doc:
    """An insurer-claim invoice (KE/UG): 'INVOICE', then one 'LABEL: value' per line in capitals; the person only
    as the member or insured; the provider labelled ('SERVICE PROVIDER', 'FACILITY'); rows and a net value."""
    person, provider = rng.choice(PERSONS), rng.choice(CLAIM_PROVIDERS)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(3, 5), 300, 9000)
    total = sum(rows, Decimal(0))
    size = rng.choice([9, 10])
    label = rng.choice(MEMBER_LABELS)
    lines = [("INVOICE NUMBER", str(rng.randint(10000, 99999))), (label, person.upper()),
             (rng.choice(["MEMBER NUMBER", "MEMBERSHIP NO", "SCHEME NO"]), f"{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"),
             (rng.choice(["SCHEME", "COVER", "BENEFIT"]), rng.choice(["OUTPATIENT", "INPATIENT", "OUT PATIENT OVERALL"])),
             ("INVOICE DATE", f"{issued.isoformat()} 00:00:00"),
             (rng.choice(["SERVICE PROVIDER", "FACILITY", "PROVIDER NAME"]), provider),
             (rng.choice(["DIAGNOSIS", "ICD"]), rng.choice(["Gastritis", "Malaria", "Bronchitis", "Dermatitis"]))]
    cells = [(250, 40, "INVOICE", size + 6)]
    y = 80
    for k, v in lines:
        cells.append((40, y, f"{k}: {v}", size))
        y += 16
    y += 14
    for amt, item in zip(rows, rng.sample(ITEMS, len(rows)), strict=True):
        cells += [(40, y, f"{rng.randint(100, 999)}", size), (90, y, item, size), (320, y, "1", size),
                  (380, y, f"{amt}", size), (470, y, f"{amt}", size)]
        y += 15
    cells.append((340, y + 12, f"{rng.choice(['Net Value', 'TOTAL', 'Invoice Total'])}: {total}", size))
    return Doc(f"claim-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": person.upper(), "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="claim_invoice", accept={"patient": {person}})


def soa(rng: random.Random, n: int) -> Doc:
    """A hospital statement of account (PH/MY): the hospital's name as the letterhead (no label), 'STATEMENT OF
    ACCOUNT', the member under a scheme's label, admission and discharge, charge classes, total charges, the
    scheme's and the HMO's shares and the balance the member owes."""
    person, provider = rng.choice(PERSONS), rng.choice(SOA_PROVIDERS)
    admit = _day(rng)
    discharge = admit + timedelta(days=rng.randint(1, 6))
    issued = discharge
    rows = _amounts(rng, rng.randint(3, 6), 500, 20000)
    total = sum(rows, Decimal(0))
    scheme = (total * Decimal(rng.randint(20, 40)) / 100).quantize(Decimal("0.01"))
    hmo = (total * Decimal(rng.randint(10, 30)) / 100).quantize(Decimal("0.01"))
    owed = total - scheme - hmo
    size = rng.choice([9, 10])
    mark = rng.choice(["PHP ", "RM ", "", "₱"]) if rng.random() < 0.5 else ""
    cells = [(170, 40, provider, size + 6), (180, 58, rng.choice(["Poblacion, Batangas City", "Jalan Hospital, 32040 Seri Manjung",
                                                                   "J.P. Laurel Ave, Davao City"]), size),
             (200, 84, "STATEMENT OF ACCOUNT", size + 3)]
    label = rng.choice(MEMBER_LABELS_MIXED)
    cells += [(40, 116, f"{label}:", size), (150, 116, person, size),
              (360, 116, "Date:", size), (400, 116, issued.strftime("%d %b %Y"), size),
              (40, 132, "Admitted:", size), (150, 132, admit.strftime("%d %b %Y"), size),
              (360, 132, "Discharged:", size), (430, 132, discharge.strftime("%d %b %Y"), size),
              (40, 148, rng.choice(["Room:", "Ward:"]), size), (150, 148, f"{rng.randint(200, 599)}-B", size)]
    y = 180
    cells += [(40, y, "Particulars", size), (420, y, "Amount", size)]
    for amt, item in zip(rows, rng.sample(ITEMS_MIXED, len(rows)), strict=True):
        y += 15
        cells += [(40, y, item, size), (420, y, _m(amt), size)]
    y += 26
    for k, v in [(rng.choice(["Total Hospital Charges", "Total Charges", "Gross Charges"]), total),
                 (rng.choice(["Less: PhilHealth", "Less: SOCSO", "Less: Scheme benefit"]), -scheme),
                 (rng.choice(["Less: HMO", "Less: Insurance", "Less: Discount"]), -hmo),
                 (rng.choice(["Balance Due", "Amount Due from Member", "Net Amount Payable"]), owed)]:
        cells += [(260, y, k, size), (420, y, (_m(v, mark) if v >= 0 else f"({_m(-v, mark)})"), size)]
        y += 15
    return Doc(f"soa-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": person, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="soa")


def us_statement(rng: random.Random, n: int) -> Doc:
    """A US provider statement: the practice's name top left (no label), the person as 'Enrollee'/'Beneficiary',
    a statement date, rows of billed / plan paid / you owe, and totals of each."""
    person, provider = rng.choice(PERSONS), rng.choice(US_PROVIDERS)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(2, 4), 80, 1800)
    total = sum(rows, Decimal(0))
    paid = [(a * Decimal(rng.randint(50, 80)) / 100).quantize(Decimal("0.01")) for a in rows]
    size = rng.choice([8, 9])
    cells = [(40, 40, provider, size + 5), (40, 56, "2250 Commerce Pkwy, Suite 300, Knoxville, TN 37919", size),
             (380, 40, "Statement date", size), (470, 40, issued.strftime("%m/%d/%Y"), size),
             (40, 96, f"{rng.choice(MEMBER_LABELS_MIXED)}:", size), (140, 96, person, size),
             (380, 96, "Account #", size), (470, 96, str(rng.randint(10**6, 10**7)), size)]
    y = 130
    cells += [(40, y, "Date", size), (110, y, "Service", size), (300, y, "Billed", size), (370, y, "Plan paid", size),
              (450, y, "You owe", size)]
    for amt, pd in zip(rows, paid, strict=True):
        y += 14
        cells += [(40, y, (issued - timedelta(days=rng.randint(10, 40))).strftime("%m/%d/%Y"), size),
                  (110, y, rng.choice(["Office visit", "X-ray knee", "Lab panel", "MRI lumbar"]), size),
                  (300, y, _m(amt), size), (370, y, _m(pd), size), (450, y, _m(amt - pd), size)]
    y += 20
    cells += [(110, y, "Totals", size), (300, y, _m(total), size), (370, y, _m(sum(paid, Decimal(0))), size),
              (450, y, _m(total - sum(paid, Decimal(0))), size)]
    return Doc(f"us-stmt-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": person, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="us_statement")


def pharmacy(rng: random.Random, n: int) -> Doc:
    """A pharmacy receipt (UK/AU/IN): the pharmacy's name as the letterhead, its address, the customer as a
    'Cardholder'/'Member', a date, dispensed lines, the total and what the card or cash paid."""
    person, provider = rng.choice(PERSONS), rng.choice(PHARMACIES)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(2, 4), 3, 60)
    total = sum(rows, Decimal(0))
    size = rng.choice([9, 10])
    address, mark = rng.choice([("14 Market Street, Leeds LS1 6DT", "£"), ("3/22 Beach Rd, Cairns QLD 4870", "$"),
                                ("Shop 7, MG Road, Pune 411001", "Rs. "), ("Shop 7, MG Road, Pune 411001", "")])
    cells = [(60, 40, provider, size + 5), (60, 56, address, size),
             (60, 84, f"{rng.choice(['Receipt', 'Tax Invoice', 'Cash Memo'])}  {rng.randint(1000, 9999)}", size),
             (60, 100, f"{rng.choice(CARD_LABELS)}: {person}", size),
             (60, 116, f"Date: {issued.strftime('%d/%m/%Y')}", size)]
    y = 146
    for amt, d in zip(rows, rng.sample(DRUGS, len(rows)), strict=True):
        cells += [(60, y, d, size), (330, y, _m(amt, mark), size)]
        y += 14
    y += 12
    cells += [(60, y, rng.choice(["TOTAL", "Total", "Amount"]), size + 1), (330, y, _m(total, mark), size + 1),
              (60, y + 16, rng.choice(["Card", "Cash", "EFTPOS"]), size), (330, y + 16, _m(total, mark), size)]
    return Doc(f"pharmacy-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": person, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="pharmacy")


def zh_settlement(rng: random.Random, n: int) -> Doc:
    """A 住院结算单 whose one person is the 参保人 (or 被保险人): the hospital's name as the head, the fee classes,
    医疗费用总额, 统筹 and 个人 shares, the settlement date."""
    person, provider = rng.choice(PERSONS_ZH), rng.choice(HOSPITALS_ZH)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(3, 6), 80, 5000)
    total = sum(rows, Decimal(0))
    fund = (total * Decimal(rng.randint(40, 70)) / 100).quantize(Decimal("0.01"))
    size = rng.choice([9, 10])
    label = rng.choice(MEMBER_ZH[:3] + MEMBER_ZH[5:])
    cells = [(160, 40, provider, size + 6), (190, 62, rng.choice(["住院费用结算单", "医保结算单"]), size + 2),
             (40, 96, f"{label}：{person}", size), (220, 96, f"住院号：{rng.randint(10**5, 10**6)}", size),
             (380, 96, f"结算日期：{issued.year}年{issued.month}月{issued.day}日", size)]
    y = 130
    cells += [(40, y, "项目", size), (260, y, "金额", size)]
    for amt, item in zip(rows, rng.sample(ITEMS_ZH, len(rows)), strict=True):
        y += 16
        cells += [(40, y, item, size), (260, y, _m(amt), size)]
    y += 26
    cells += [(40, y, f"{rng.choice(['医疗费用总额', '费用合计', '总费用'])}：{_m(total)}", size),
              (260, y, f"统筹支付：{_m(fund)}", size), (40, y + 16, f"个人支付：{_m(total - fund)}", size)]
    return Doc(f"zh-settle-{n}.pdf", "medical_bill", "zh", [cells],
               {"provider": provider, "patient": person, "date": issued.isoformat(), "total": str(total)},
               layout="zh_settlement")


def zh_pharmacy(rng: random.Random, n: int) -> Doc:
    """A 药店小票: the pharmacy's name as the head, the 会员 (member) as its one person, drugs, 合计 and what was
    paid, the sale's date and time."""
    person, provider = rng.choice(PERSONS_ZH), rng.choice(PHARMACIES_ZH)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(2, 4), 5, 90)
    total = sum(rows, Decimal(0))
    size = rng.choice([9, 10])
    cells = [(120, 40, provider, size + 5), (120, 60, f"小票号：{rng.randint(10**7, 10**8)}", size),
             (120, 76, f"{rng.choice(['会员', '会员姓名', '会员名'])}：{person}", size),
             (120, 92, f"日期：{issued.isoformat()} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", size)]
    y = 120
    for amt, d in zip(rows, rng.sample(DRUGS_ZH, len(rows)), strict=True):
        cells += [(120, y, d, size), (330, y, _m(amt), size)]
        y += 15
    y += 10
    cells += [(120, y, f"合计：{_m(total)}", size), (120, y + 16, f"医保卡支付：{_m(total)}", size)]
    return Doc(f"zh-pharmacy-{n}.pdf", "medical_bill", "zh", [cells],
               {"provider": provider, "patient": person, "date": issued.isoformat(), "total": str(total)},
               layout="zh_pharmacy")


SLOTS = ["HOSPITAL NAME", "Clinic Name", "Your Clinic Name", "Name of Hospital", "PHARMACY NAME", "Hospital Name Here"]
SLOTS_ZH = ["医院名称", "药房名称", "诊所名称"]


def template(rng: random.Random, n: int) -> Doc:
    """A bill template filled in but for its letterhead: the issuer's slot left as printed ("HOSPITAL NAME",
    "Your Clinic Name", "医院名称"), a real patient, items and a total. Its provider is none (``""``)."""
    zh = rng.random() < 0.3
    person = rng.choice(PERSONS_ZH if zh else PERSONS)
    issued = _day(rng)
    rows = _amounts(rng, rng.randint(2, 4), 20, 900)
    total = sum(rows, Decimal(0))
    size = rng.choice([9, 10])
    if zh:
        cells = [(180, 40, rng.choice(SLOTS_ZH), size + 6), (200, 62, "门诊收费票据", size + 2),
                 (40, 96, f"姓名：{person}", size), (300, 96, f"收费日期：{issued.isoformat()}", size)]
        names = ITEMS_ZH
    else:
        cells = [(180, 40, rng.choice(SLOTS), size + 6), (180, 58, "Street Address, City, Postcode", size),
                 (200, 84, rng.choice(["PATIENT INVOICE", "Medical Bill", "Invoice"]), size + 3),
                 (40, 116, "Patient Name:", size), (150, 116, person, size),
                 (360, 116, "Invoice Date:", size), (440, 116, issued.strftime("%d/%m/%Y"), size)]
        names = ITEMS_MIXED
    y = 150
    for amt, item in zip(rows, rng.sample(names, len(rows)), strict=True):
        cells += [(40, y, item, size), (400, y, _m(amt), size)]
        y += 15
    cells += [(300, y + 12, "合计" if zh else "Total", size), (400, y + 12, _m(total), size)]
    return Doc(f"template-{n}.pdf", "medical_bill", "zh" if zh else "en", [cells],
               {"provider": "", "patient": person, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="template")


LAYOUTS = [claim_invoice, soa, us_statement, pharmacy, zh_settlement, zh_pharmacy, template]


def same(want: str, got: str | None, accept: set[str]) -> bool:
    """Whether ``got`` is the truth ``want`` (``""``: nothing is to be found), as :mod:`test_roles_generated` compares
    (amounts as numbers, text folded and without dots)."""
    from test_roles_generated import _same

    if want == "":
        return got is None
    return _same(want, got, accept)


def generate(seed: int = 7, per_layout: int = 3, photos: tuple[str, ...] = ()) -> list[Doc]:
    """``per_layout`` documents of every layout, the same for the same seed; the first document of each layout
    named in ``photos`` is drawn as a phone photo (its name ends ``.jpg``)."""
    return generate_from(LAYOUTS, seed, per_layout, photos)
