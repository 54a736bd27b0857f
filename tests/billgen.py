"""A generator of medical bills and letters whose fields hide in structure rather than behind labels, written apart
from the extractor (wave 11): bills whose provider is printed only as the letterhead (beside a monogram, an
ambulance service, a community health centre, a county clinic), whose patient stands in a grid beside a guarantor,
whose charges, insurer's share and what is owed compete for the total, whose date is one of a statement, service,
due and print date or is printed without its year; an emergency department's charge letter; a Chinese app's 缴费
记录 (登记日期 row, 个人支付 / 统筹支付); letters that a job ended (a US state separation notice in numbered boxes,
a letter whose own date sits by the signature while its prose names the contract's end) and proofs of income (an
Indian or Philippine certificate of employment whose pay is in a compensation table, monthly or annual).

Issuers, wording and layouts come from how hospitals, ambulance services, clinics, employers and labour offices in
the UK, US, CA, AU, NZ, IE, IN, SG, MY, PH, ZA, KE, HK and mainland China print these documents, not from packet's
vocabulary. Each layout draws cells (x, y from the top, text, size in points) through :mod:`rolegen`'s drawing.
Every document comes with its truth: a bill's ``total`` is what was charged (before insurance, adjustments and
payments), its ``date`` the date it was issued; a letter's ``date`` is its own date line. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from rolegen import LATIN_FONTS, Doc

# ---- pools ------------------------------------------------------------------------------------------------

PEOPLE = ["Niamh Gallagher", "Bongani Dlamini", "Kofi Asante", "Charlotte Whitaker", "Arjun Raghavan",
          "Leilani Kealoha", "Marco De Luca", "Yusuf Hassan", "Ngaire Wiremu", "Eleanor Fraser", "Jun Wei Lim",
          "Maricel Bautista", "Achieng Otieno", "Siddharth Kulkarni"]
PEOPLE_ZH = ["周海燕", "冯子健", "蒋文静", "韩立新", "曹雪梅", "彭振宇", "潘佳琪", "许国强"]
PROVIDERS_HEAD = ["Wellspring Community Health Centre", "Tri-County Ambulance Service", "Harbourside Medical Centre",
                  "Karori Valley Health Clinic", "Mount Kenya Mission Hospital", "Tanglin Family Medicine Clinic",
                  "Bay of Plenty Urgent Care", "Greenfield Rural Health Center", "Prairie Rose Physicians Clinic",
                  "Cape Coastal Ambulance Services", "Kowloon East Day Surgery Centre", "Shannonside Medical Practice"]
TRUSTS = ["Avonmouth University Hospitals NHS Trust", "Dunmore General Hospital", "Southland District Health Board",
          "Queen Adelaide Hospital", "Tai Po Union Hospital"]
PROVIDERS_ZH = ["绍兴市人民医院", "嘉兴市第二医院", "湖州市中心医院", "宁波市鄞州区第三医院", "温州市中西医结合医院",
                "金华市妇幼保健院", "台州市立医院"]
MONOGRAMS = ["WH", "TC", "HM", "KV", "MK", "TF", "BP", "GR", "PR", "CC", "KE", "SM"]
BILL_ROWS = ["Ambulance transport - BLS emergency", "Mileage (loaded)", "Oxygen administration", "Office visit, est.",
             "Venipuncture", "Comprehensive metabolic panel", "Urinalysis", "Wound dressing", "Immunisation",
             "Nebuliser treatment", "ECG 12-lead", "Suturing, simple repair", "Medication dispensed"]
ROWS_ZH = ["挂号费", "诊察费", "检验费", "放射费", "西药费", "中草药费", "治疗费", "卫生材料费"]
EMPLOYERS = ["Ridgeline Poultry Processing LLC", "Blue Heron Call Centres Ltd", "Karoo Solar Installations (Pty) Ltd",
             "Thika Road Motors Ltd", "Pinewood Home Care Inc.", "Halcyon Shipping Agencies Pte Ltd",
             "Ilocos Garments Manufacturing Corp.", "Deccan Software Services Pvt. Ltd.", "Ardmore Print Works Ltd"]
CITIES_PH_IN = ["Pasay City", "Mandaue City", "Pune", "Bengaluru", "Iloilo City", "Chennai"]


def _day(rng: random.Random) -> date:
    return date(2026, 6, 1) + timedelta(days=rng.randint(0, 150))


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def _lakh(v: Decimal) -> str:
    """Indian grouping: 6,00,000.00."""
    whole, cents = f"{v:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) + "." + cents


def _items(rng: random.Random, n: int, low: int, high: int) -> list[Decimal]:
    return [Decimal(rng.randint(low, high)) + Decimal(rng.choice(["0", "0.50", "0.25", "0.00", "0.80"]))
            for _ in range(n)]


def _doc(name: str, type_: str, lang: str, cells: list, truth: dict, layout: str, rng: random.Random,
         accept: dict | None = None) -> Doc:
    return Doc(name, type_, lang, [cells], truth, rng.choice(LATIN_FONTS), layout, accept or {})


def _fmt(rng: random.Random, d: date, us: bool) -> str:
    if us:
        return rng.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", d.strftime("%b %d, %Y"),
                           f"{d.strftime('%B')} {d.day}, {d.year}"])
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", d.strftime("%d %b %Y"), f"{d.day} {d.strftime('%B')} {d.year}",
                       f"{d.day:02d}-{d.strftime('%b')}-{d.year}"])


# ---- bills ------------------------------------------------------------------------------------------------

def letterhead_bill(rng: random.Random, n: int) -> Doc:
    """A statement headed only by the provider's name (a monogram drawn large beside it, its address under it; no
    provider label), the patient and guarantor in a grid (labels over values), a statement, due and print date,
    dated rows, then charges, the insurer's share, an adjustment and what the patient owes."""
    provider = rng.choice(PROVIDERS_HEAD)
    patient, guarantor = rng.sample(PEOPLE, 2)
    us = rng.random() < 0.5
    svc = _day(rng)
    issued = svc + timedelta(days=rng.randint(12, 40))
    due = issued + timedelta(days=rng.choice([21, 28, 30]))
    items = _items(rng, rng.randint(2, 5), 35, 900)
    total = sum(items, Decimal(0))
    ins = (total * Decimal(rng.randint(30, 60)) / 100).quantize(Decimal("0.01"))
    adj = (total * Decimal(rng.randint(2, 12)) / 100).quantize(Decimal("0.01"))
    owed = total - ins - adj
    # a US statement prints US dates, a dollar and a US address; the others day-first dates and their own
    mark = "$" if us else rng.choice(["NZ$", "A$", "R", "KSh ", "HK$", "S$", "€", "£"])
    cells = [(40, 44, rng.choice(MONOGRAMS), 24), (90, 40, provider, 14),
             (90, 54, rng.choice(["2201 Frontage Rd, Bozeman MT 59715", "88 Elm St, Dayton OH 45402"] if us else
                                 ["PO Box 4410, Hamilton 3240", "18 Kildare Road, Limerick V94 X2Y1",
                                  "Ngong Road, Nairobi 00100", "1 Lyme Road, Cape Town 8001"]), 8),
             (90, 64, rng.choice(["Tel (406) 555-0134", "billing@example.org"] if us else
                                 ["Billing enquiries 0800 555 104", "billing@example.org"]), 8),
             (400, 44, rng.choice(["PATIENT STATEMENT", "STATEMENT OF ACCOUNT", "ACCOUNT STATEMENT", "TAX INVOICE"]), 12)]
    heads = [rng.choice(["Patient", "Patient Name", "Patient name"]),
             rng.choice(["Guarantor", "Responsible Party", "Account Holder", "Bill To"]),
             rng.choice(["Statement Date", "Date Issued", "Invoice Date"]), rng.choice(["Account #", "Acct No.", "Ref"])]
    vals = [patient, guarantor, _fmt(rng, issued, us), str(rng.randint(1000000, 9999999))]
    xs = [40, 170, 300, 430]
    for x, h, v in zip(xs, heads, vals, strict=True):
        cells += [(x, 110, h, 8), (x, 124, v, 9)]
    y = 160
    cells += [(40, y, rng.choice(["Date", "Service Date", "DOS"]), 8), (120, y, "Description", 8),
              (440, y, rng.choice(["Charge", "Amount", "Fee"]), 8)]
    for i, amt in enumerate(items):
        y += 14
        cells += [(40, y, _fmt(rng, svc + timedelta(days=i // 2), us), 8), (120, y, rng.choice(BILL_ROWS), 8),
                  (440, y, _money(amt), 8)]
    y += 28
    rows = [(rng.choice(["Total Charges", "Total Charged", "Charges This Visit", "Gross Charges"]), total),
            (rng.choice(["Insurance Paid", "Insurer Payment", "Medical Aid Paid", "Plan Payments"]), -ins),
            (rng.choice(["Adjustment", "Courtesy Discount", "Contractual Allowance"]), -adj),
            (rng.choice(["Amount Due", "Patient Balance", "Balance Due", "Please Pay"]), owed)]
    for label, v in rows:
        cells += [(300, y, label, 9), (440, y, ("-" if v < 0 else "") + mark + _money(abs(v)), 9)]
        y += 14
    cells += [(40, y + 20, f"{rng.choice(['Payment due by', 'Please pay by', 'Due'])} {_fmt(rng, due, us)}", 8),
              (40, 800, f"Printed {_fmt(rng, issued + timedelta(days=1), us)} 14:{rng.randint(10, 59)}", 6)]
    truth = {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)}
    return _doc(f"letterhead_bill_{n}.pdf", "medical_bill", "en", cells, truth, "letterhead_bill", rng)


def ed_charge_letter(rng: random.Random, n: int) -> Doc:
    """An emergency department's charge letter (IE/NZ/UK overseas-visitor or statutory charge): the hospital's
    letterhead, "Date: 4 November" without its year, the addressee, "Re:" with the attendance date (with its year),
    a body that says a charge is payable, and the amount in the prose and in a short line."""
    provider = rng.choice(TRUSTS)
    patient = rng.choice(PEOPLE)
    seen = _day(rng)
    issued = seen + timedelta(days=rng.randint(3, 20))
    fee = Decimal(rng.choice([100, 75, 120, 250, 380, 465]))
    cur = rng.choice(["€", "£", "$"])
    x = 320 if len(provider) <= 28 else 260  # the letterhead block at the right, within the page
    cells = [(x, 40, provider, 12), (x, 54, rng.choice(["Patient Accounts Office", "Finance Department",
                                                        "Emergency Department Billing"]), 9),
             (x, 66, rng.choice(["Tel 021 492 2000", "Tel 0117 555 0100", "Tel 09 555 0170"]), 8),
             (x, 100, rng.choice([f"Date: {issued.day} {issued.strftime('%B')}", f"{issued.day} {issued.strftime('%B')}"]), 10),
             (60, 120, patient, 10), (60, 134, rng.choice(["12 Orchard Lane", "Flat 3, 41 Grove Street"]), 10),
             (60, 148, rng.choice(["Ennis, Co. Clare", "Dunedin 9016", "Bristol BS6 5AB"]), 10),
             (60, 190, f"Re: Attendance at the Emergency Department on {seen.day} {seen.strftime('%B')} {seen.year}", 10),
             (60, 214, f"Dear {patient.split()[0]},", 10),
             (60, 238, rng.choice(["Our records show that you attended our Emergency Department without a referral",
                                   "You attended the Emergency Department and are not eligible for free treatment",
                                   "Under the current regulations a statutory charge applies to your attendance"]), 10),
             (60, 252, f"letter from your GP. A charge of {cur}{fee:,.2f} applies and is now payable.", 10),
             (60, 280, f"{rng.choice(['Amount payable', 'Charge', 'Fee due'])}: {cur}{fee:,.2f}", 10),
             (60, 304, "You can pay by card on the phone or at the cashier's desk.", 10),
             (60, 340, "Yours sincerely,", 10), (60, 380, "Accounts Receivable", 10)]
    truth = {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(fee)}
    return _doc(f"ed_charge_{n}.pdf", "medical_bill", "en", cells, truth, "ed_charge_letter", rng)


def india_bill(rng: random.Random, n: int) -> Doc:
    """An Indian, Malaysian or Philippine hospital's bill: letterhead, "Bill No / Bill Date / Admission / Discharge"
    in two key-value columns, "Patient Name" beside "UHID", items with amounts that add up to a gross total, a
    discount and a net amount, the net amount in words."""
    provider = rng.choice(["Sahyadri Multispeciality Hospital", "Kaveri Care Hospital", "Pantai Seri Bayu Medical Centre",
                           "Our Lady of Peñafrancia Medical Center", "Lotus Children's Hospital"])
    patient = rng.choice(PEOPLE)
    admit = _day(rng)
    dis = admit + timedelta(days=rng.randint(1, 5))
    billed = dis
    items = [Decimal(rng.randint(5, 120) * 50) for _ in range(rng.randint(3, 6))]
    gross = sum(items, Decimal(0))
    disc = Decimal(rng.randint(0, 10) * 100)
    cur = rng.choice(["Rs.", "INR", "RM", "PHP"])
    lakh = cur in ("Rs.", "INR")
    m = _lakh if lakh else _money
    cells = [(150, 40, provider, 14), (150, 56, "(A unit of Healthcare Trust)", 8), (220, 84, "IN-PATIENT FINAL BILL", 12),
             (40, 110, "Patient Name", 9), (130, 110, ": " + patient, 9), (320, 110, "UHID", 9),
             (400, 110, f": {rng.randint(100000, 999999)}", 9),
             (40, 124, "Bill No", 9), (130, 124, f": IP/{rng.randint(1000, 9999)}", 9), (320, 124, "Bill Date", 9),
             (400, 124, ": " + billed.strftime("%d-%b-%Y"), 9),
             (40, 138, "Admitted On", 9), (130, 138, ": " + admit.strftime("%d-%b-%Y"), 9), (320, 138, "Discharged On", 9),
             (400, 138, ": " + dis.strftime("%d-%b-%Y"), 9),
             (40, 170, "S.No", 9), (80, 170, "Particulars", 9), (440, 170, f"Amount ({cur})", 9)]
    y = 170
    names = rng.sample(["Room Rent", "Doctor Visit Charges", "Pharmacy", "Laboratory", "Radiology", "OT Charges",
                        "Nursing Charges", "Consumables"], len(items))
    for i, (nm, a) in enumerate(zip(names, items, strict=True)):
        y += 14
        cells += [(40, y, str(i + 1), 9), (80, y, nm, 9), (440, y, m(a), 9)]
    y += 24
    cells += [(300, y, rng.choice(["Gross Amount", "Total Bill Amount", "Gross Total"]), 9), (440, y, m(gross), 9),
              (300, y + 14, "Less: Discount", 9), (440, y + 14, m(disc), 9),
              (300, y + 28, rng.choice(["Advance Paid", "Deposit Received"]), 9),
              (440, y + 28, m(Decimal(rng.randint(1, 5) * 1000)), 9),
              (300, y + 42, rng.choice(["Net Payable", "Balance Payable", "Amount Payable"]), 9),
              (440, y + 42, m(gross - disc - Decimal(0)), 9)]
    truth = {"provider": provider, "patient": patient, "date": billed.isoformat(), "total": str(gross)}
    # a reader may give the net after the hospital's own discount (the bill's charged figure, not an insurer's share)
    return _doc(f"india_bill_{n}.pdf", "medical_bill", "en", cells, truth, "india_bill", rng,
                {"total": {str(gross - disc)}})


def zh_app_record(rng: random.Random, n: int) -> Doc:
    """A Chinese hospital app's 缴费记录 as printed from the phone: the hospital's name alone as the header, rows of
    key and value (就诊人, 登记日期, 缴费时间, 科室), the items, then 总金额, 统筹支付 and 个人支付 (what the patient
    paid: a part of the total)."""
    provider, patient = rng.choice(PROVIDERS_ZH), rng.choice(PEOPLE_ZH)
    reg = _day(rng)
    items = [Decimal(rng.randint(5, 400)) + Decimal(rng.choice(["0", "0.5", "0.36"])) for _ in range(rng.randint(2, 4))]
    total = sum(items, Decimal(0))
    fund = (total * Decimal(rng.randint(30, 70)) / 100).quantize(Decimal("0.01"))
    own = total - fund
    d = f"{reg.year}-{reg.month:02d}-{reg.day:02d}"
    cells = [(200, 40, provider, 15), (230, 62, rng.choice(["缴费记录", "门诊缴费详情", "缴费凭证"]), 12),
             (40, 100, rng.choice(["就诊人", "患者"]), 10), (200, 100, patient, 10),
             (40, 118, rng.choice(["登记日期", "就诊日期"]), 10), (200, 118, d, 10),
             (40, 136, "缴费时间", 10), (200, 136, f"{d} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}", 10),
             (40, 154, "就诊科室", 10), (200, 154, rng.choice(["呼吸内科", "儿科", "消化内科", "急诊科"]), 10),
             (40, 184, "项目", 10), (400, 184, "金额（元）", 10)]
    y = 184
    for nm, a in zip(rng.sample(ROWS_ZH, len(items)), items, strict=True):
        y += 18
        cells += [(40, y, nm, 10), (400, y, f"{a:.2f}", 10)]
    y += 30
    cells += [(40, y, rng.choice(["总金额", "费用总额", "合计"]), 10), (400, y, f"{total:.2f}", 10),
              (40, y + 18, rng.choice(["统筹支付", "医保统筹"]), 10), (400, y + 18, f"{fund:.2f}", 10),
              (40, y + 36, rng.choice(["个人支付", "个人自付", "现金支付"]), 10), (400, y + 36, f"{own:.2f}", 10)]
    truth = {"provider": provider, "patient": patient, "date": reg.isoformat(), "total": str(total)}
    return _doc(f"zh_app_{n}.pdf", "medical_bill", "zh", cells, truth, "zh_app_record", rng)


# ---- letters ----------------------------------------------------------------------------------------------

def us_separation_form(rng: random.Random, n: int) -> Doc:
    """A US state's separation notice filled in by the employer: the agency header, numbered boxes (1. Employee's
    name, 2. SSN, 3. Employer's name and address, 5. First day worked, 6. Last day worked, 7. Reason), the date the
    employer signed it in the last box."""
    person, emp = rng.choice(PEOPLE), rng.choice(EMPLOYERS[:5])
    first = date(rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28))
    last = _day(rng)
    signed = last + timedelta(days=rng.randint(0, 6))
    us = lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}"  # noqa: E731
    state = rng.choice(["GEORGIA", "TENNESSEE", "LOUISIANA", "ALABAMA"])
    cells = [(40, 40, f"STATE OF {state} - DEPARTMENT OF LABOR", 9), (40, 56, "SEPARATION NOTICE", 14),
             (40, 72, "The employer must give this notice to the employee at separation.", 8)]
    boxes = [("1. Employee's Name", person), ("2. Social Security No.", "XXX-XX-" + str(rng.randint(1000, 9999))),
             ("3. Employer's Name", emp), ("4. Employer's Address", "4410 Industrial Pkwy, Suite B"),
             ("5. First Day Worked", us(first)), ("6. Last Day Worked", us(last)),
             ("7. Reason for Separation", rng.choice(["Lack of work", "Laid off - plant closure", "Position eliminated"]))]
    y = 100
    for i, (cap, val) in enumerate(boxes):
        x = 40 if i % 2 == 0 else 310
        cells += [(x, y, cap, 7), (x + 6, y + 14, val, 10)]
        if i % 2:
            y += 38
    y += 44
    cells += [(40, y, "8. I certify that the above is true and correct.", 7),
              (40, y + 24, rng.choice(["Payroll Manager", "HR Director", "Owner"]), 9),
              (310, y, "9. Date", 7), (316, y + 14, us(signed), 10)]
    truth = {"person": person, "issuer": emp, "date": signed.isoformat()}
    return _doc(f"us_separation_{n}.pdf", "unemployment_proof", "en", cells, truth, "us_separation_form", rng)


def end_letter_signed_date(rng: random.Random, n: int) -> Doc:
    """A letter that a job ends (UK, ZA, KE, SG, AU): letterhead, addressee, a body naming when employment began and
    when the contract ends, the letter's own date only by the signature at the foot."""
    person, emp = rng.choice(PEOPLE), rng.choice(EMPLOYERS)
    own = _day(rng)
    end = own + timedelta(days=rng.randint(14, 45))
    began = date(rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28))
    longd = lambda d: f"{d.day} {d.strftime('%B')} {d.year}"  # noqa: E731
    cells = [(60, 40, emp.upper() if rng.random() < 0.4 else emp, 14), (60, 56, "Human Resources", 9),
             (60, 100, person, 10), *[(60, 114 + 14 * k, a, 10) for k, a in enumerate(rng.choice([
                 ("14 Jacaranda Avenue", "Randburg 2194"), ("Blk 221 Tampines St 23 #05-112", "Singapore 520221"),
                 ("PO Box 3381-00200", "Nairobi"), ("7 Carrow Road", "Norwich NR1 1HU")]))],
             (60, 150, rng.choice(["NOTICE OF RETRENCHMENT", "Re: Redundancy of your position",
                                   "Subject: Termination of employment"]), 11),
             (60, 176, f"Dear {person.split()[0]},", 10),
             (60, 200, f"Following the consultation that began on {longd(own - timedelta(days=30))}, we regret to confirm", 10),
             (60, 214, f"that your position is redundant. Your employment, which began on {longd(began)},", 10),
             (60, 228, f"will end on {longd(end)}, which will be your last working day.", 10),
             (60, 252, "Your final pay and any leave owed will be paid with the next payroll.", 10),
             (60, 300, "Yours faithfully,", 10), (60, 340, rng.choice(["Thandiwe Nkosi", "Graham Pettifer", "Wanjiku Kamau"]), 10),
             (60, 354, "Head of People", 10),
             (60, 372, rng.choice([f"Date: {longd(own)}", f"Dated {own.strftime('%d/%m/%Y')}", longd(own)]), 10)]
    truth = {"person": person, "issuer": emp, "date": own.isoformat()}
    return _doc(f"end_letter_{n}.pdf", "unemployment_proof", "en", cells, truth, "end_letter_signed_date", rng,
                {"issuer": {emp.upper()}})


def coe_table(rng: random.Random, n: int) -> Doc:
    """An Indian or Philippine certificate of employment and compensation: the employer's letterhead and date, the
    employee in the body, and a compensation table with a per-month column (and sometimes a per-annum column), or
    only an annual cost-to-company figure."""
    person, emp = rng.choice(PEOPLE), rng.choice(EMPLOYERS[5:])
    own = _day(rng)
    basic = Decimal(rng.randint(15, 80) * 1000)
    hra = Decimal(rng.randint(2, 20) * 500)
    other = Decimal(rng.randint(1, 10) * 250)
    monthly = basic + hra + other
    cur = rng.choice(["INR", "Rs.", "PHP", "₱"]) if rng.random() < 0.7 else "INR"
    m = _lakh if cur in ("INR", "Rs.") else _money
    annual_only = rng.random() < 0.35
    cells = [(60, 40, emp, 14), (60, 56, rng.choice(CITIES_PH_IN), 9), (400, 90, f"Date: {own.strftime('%d.%m.%Y')}", 10),
             (160, 120, rng.choice(["CERTIFICATE OF EMPLOYMENT AND COMPENSATION", "SALARY CERTIFICATE",
                                    "TO WHOM IT MAY CONCERN"]), 12),
             (60, 150, f"This is to certify that {person} is working with us as {rng.choice(['Senior Associate', 'Machine Operator', 'Team Leader'])}", 10),
             (60, 164, f"since {date(rng.randint(2016, 2024), rng.randint(1, 12), 1).strftime('%d %B %Y')}. "
                       "The details of compensation are given below.", 10)]
    y = 200
    if annual_only:
        cells += [(60, y, rng.choice(["Annual CTC", "Gross Annual Compensation", "Cost to Company (per annum)"]), 10),
                  (330, y, f"{cur} {m(monthly * 12)}", 10)]
        y += 20
    else:
        cells += [(60, y, "Component", 9), (300, y, "Per Month", 9), (420, y, "Per Annum", 9)]
        for nm, v in [("Basic Salary", basic), (rng.choice(["House Rent Allowance", "Housing Allowance"]), hra),
                      (rng.choice(["Special Allowance", "De Minimis Benefits", "Conveyance"]), other)]:
            y += 16
            cells += [(60, y, nm, 9), (300, y, m(v), 9), (420, y, m(v * 12), 9)]
        y += 18
        cells += [(60, y, rng.choice(["Gross Salary", "Total", "Gross Compensation"]), 9), (300, y, m(monthly), 9),
                  (420, y, m(monthly * 12), 9)]
    cells += [(60, y + 40, "This certificate is issued at the request of the employee.", 10),
              (60, y + 90, "For " + emp, 10), (60, y + 120, "Authorised Signatory", 10)]
    truth = {"employer": emp, "employee": person, "monthly_income": str(monthly), "date": own.isoformat()}
    return _doc(f"coe_table_{n}.pdf", "income_proof", "en", cells, truth, "coe_table", rng)


def zh_unemployment(rng: random.Random, n: int) -> Doc:
    """A Chinese 失业登记证明 printed by a labour office's system: the office as a heading, key-value rows (姓名,
    身份证号, 原工作单位, 登记日期, 失业原因), the office again by its seal with the date it was printed."""
    person = rng.choice(PEOPLE_ZH)
    city = rng.choice(["绍兴市越城区", "嘉兴市南湖区", "湖州市吴兴区", "金华市婺城区"])
    office = city + rng.choice(["人力资源和社会保障局", "就业管理服务中心", "公共就业服务中心"])
    reg = _day(rng)
    printed = reg + timedelta(days=rng.randint(0, 10))
    d = lambda x: f"{x.year}年{x.month}月{x.day}日"  # noqa: E731
    cells = [(200, 50, "失业登记证明", 16),
             (60, 100, "姓名", 10), (160, 100, person, 10), (320, 100, "性别", 10), (400, 100, rng.choice("男女"), 10),
             (60, 120, "身份证号", 10), (160, 120, "3306**********" + str(rng.randint(1000, 9999)), 10),
             (60, 140, "原工作单位", 10), (160, 140, rng.choice(["越州纺织有限公司", "南湖印染厂", "婺城建材有限公司"]), 10),
             (60, 160, "失业登记日期", 10), (160, 160, d(reg), 10),
             (60, 180, "失业原因", 10), (160, 180, rng.choice(["劳动合同期满终止", "单位裁员", "解除劳动合同"]), 10),
             (60, 220, "兹证明该同志已在我处办理失业登记，特此证明。", 10),
             (330, 290, office, 10), (360, 310, d(printed), 10)]
    truth = {"person": person, "issuer": office, "date": printed.isoformat()}
    return _doc(f"zh_unemp_{n}.pdf", "unemployment_proof", "zh", cells, truth, "zh_unemployment", rng)


LAYOUTS = [letterhead_bill, ed_charge_letter, india_bill, zh_app_record, us_separation_form, end_letter_signed_date,
           coe_table, zh_unemployment]


def generate(seed: int = 7, per_layout: int = 3, photos: tuple[str, ...] = ()) -> list[Doc]:
    """``per_layout`` documents of every layout, the same for the same seed; the first document of each layout in
    ``photos`` is named ``*.jpg`` so that :func:`rolegen.measure_docs` draws it as a phone photo."""
    return generate_from(LAYOUTS, seed, per_layout, photos)


def generate_from(layouts, seed: int, per_layout: int, photos: tuple[str, ...] = ()) -> list[Doc]:
    """:func:`generate` for another generator's ``layouts`` (functions (rng, i) -> Doc)."""
    rng = random.Random(seed)
    out = []
    for make in layouts:
        for i in range(per_layout):
            d = make(rng, i)
            if i == 0 and make.__name__ in photos:
                d.name = d.name.rsplit(".", 1)[0] + ".jpg"
            out.append(d)
    return out
