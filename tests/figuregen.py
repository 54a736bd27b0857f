"""A generator of documents where packet must choose the right figure or date among many (r15: choosing the
right figure), written apart from the extractor:

- payslips whose net pay is neither the last nor the largest figure: hours, rates and a year-to-date column, the
  employer's pension or super contribution (not deducted), leave balances after the net; the net printed in a
  dark band (a photo's OCR loses it: net = gross − the deductions' total printed), or on a line that also prints
  a count (days or hours worked) before it;
- pharmacy and hospital invoices that take a discount and round what is payable (Indian GST invoices, Malaysian
  and Singaporean bills with "Rounding"), some with their taxes added to a taxable value: the total is what is
  payable, not the gross of the items;
- hospital statements of account dated in several orders: a Philippine statement (month first, its currency and
  its national insurer printed), a US one (month first, a ZIP code), British, Australian and Indian ones (day
  first), every date's day no more than 12 so the order is the country's evidence alone;
- Nepali bills printing the invoice date in both the Gregorian calendar and Bikram Sambat (56 years 8 months
  ahead), labelled in several ways or not at all: the Gregorian date is the bill's;
- pharmacy system bills naming their medicines on item lines and in a warning ("Xyz Medicine contradicts …") and
  no pharmacy at all: no provider.

The wording (labels, items, names, places) was written from how such documents are printed in AU, LK, IN, MY, SG,
PH, US, UK and NP — not copied from ``checklists/*.toml``. Pages are drawn with :mod:`photo_forms` (a born-digital
PDF, a scan, a phone photo). Every figure is drawn from a seeded ``random.Random`` and the truths follow from the
arithmetic the page prints. Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")

# --- words, by how issuers print them -------------------------------------------------------------------------

EMPLOYERS = [("Wattle Creek Shire Council", "AU"), ("Kelani Weaving Mills (Pvt) Ltd", "LK"),
             ("Harbour Lights Aged Care Pty Ltd", "AU"), ("Negombo Fisheries Co-op Ltd", "LK"),
             ("Penang Circuit Assembly Sdn Bhd", "MY"), ("Ridgeway District Council", "UK")]
STAFF = ["Jarrah Mitchell-Oakes", "Nadeesha Perera", "Kavindu Jayasuriya", "Siti Nurhaliza Rahim", "Bronwyn Tate",
         "Owen Pritchard", "Chamari Fernando", "Lachlan Byrne"]
CUR = {"AU": "$", "LK": "Rs. ", "MY": "RM ", "UK": "£"}
EARN = ["Ordinary hours", "Basic salary", "Overtime @ 1.5", "Shift penalty", "Attendance incentive",
        "Meal allowance", "Laundry allowance", "Higher duties"]
DEDUCT = ["PAYG tax", "Income tax (APIT)", "EPF employee 8%", "Union dues", "Salary advance recovery",
          "Staff welfare fund", "Salary sacrifice (super)", "Health insurance", "Canteen", "SOCSO employee"]
GROSS = ["Gross earnings", "Gross salary", "Total earnings", "Gross pay", "Total gross"]
DEDTOT = ["Total deductions", "Deductions total", "Total deductions this pay"]
NET = ["NET PAY", "Net salary", "NET SALARY", "Net pay", "Take home pay", "Nett pay", "Net amount paid"]
SUPER = ["Superannuation guarantee 11.5%", "Employer EPF 12%", "Employer ETF 3%", "Employer EPF (13%)",
         "Employer pension 3%"]
LEAVE = ["Annual leave", "Personal / carer's leave", "Sick leave", "Long service leave", "Casual leave"]

PHARMACIES = [("Kaveri Medicals", "Mysuru 570001", "IN"), ("Shanti Pharma", "Kochi 682011", "IN"),
              ("Farmasi Seri Murni", "Ipoh 30450", "MY"), ("Guardian Health Dispensary", "Jurong West 640638", "SG"),
              ("Nilgiri Hills Chemists", "Coonoor 643101", "IN")]
DRUGS = ["Metformin SR 500", "Atorvastatin 20mg", "Amlodipine 5mg", "Pantoprazole 40", "Cetirizine 10mg",
         "Paracetamol 650", "Losartan 50", "Vitamin D3 60K", "ORS sachets", "Glucose test strips", "Insulin pen needles"]
GROSS_BILL = ["Gross", "Gross amount", "Sub total", "Total MRP value", "Amount"]
DISC = ["Less discount", "Discount", "Less: trade discount", "Disc."]
ROUND = ["Round off", "Rounding", "Rounded off", "Rounding adj."]
PAYABLE = ["Net Amount", "Net payable", "Amount payable", "Bill amount", "Net amount payable", "Total payable"]
TAXABLE = ["Taxable value", "Taxable amount", "Value before tax"]

HOSPITALS = {"PH": ("Mindanao Riverside Medical Center", "Iloilo City 5000, Philippines"),
             "US": ("Cedar Falls Community Hospital", "Waterloo, IA 50701"),
             "UK": ("Wyre Valley Hospital", "Kidderminster DY10 1AB"),
             "AU": ("Murrumbidgee Base Hospital", "Wagga Wagga NSW 2650"),
             "IN": ("Sahyadri Multispeciality Hospital", "Pune 411004, India")}
MONEY_MARK = {"PH": ["PHP ", "₱", "Php "], "US": ["$", "USD "], "UK": ["£", "GBP "], "AU": ["$", "A$"], "IN": ["₹", "Rs. "]}
FIRST_MONTH = {"PH": True, "US": True, "UK": False, "AU": False, "IN": False}
SOA_TITLES = ["STATEMENT OF ACCOUNT", "Statement of Account", "PATIENT BILL", "Final Bill"]
SOA_ISSUE = ["Date printed", "Statement date", "Billing date", "Date issued"]
SOA_ROWS = ["Room and board", "Drugs and medicines", "Laboratory", "X-ray / imaging", "Medical supplies",
            "Professional fees", "Operating room"]
PHONE = {"PH": "+63", "US": "+1", "UK": "+44", "AU": "+61", "IN": "+91"}
INSURERS = {"PH": "PhilHealth", "US": "Insurance", "UK": "Insurer", "AU": "Health fund", "IN": "TPA"}

NEPAL = [("Bagmati Community Hospital", "Lalitpur - 3"), ("Pokhara Valley Polyclinic", "Pokhara - 8"),
         ("Janakpur Zonal Hospital", "Dhanusha")]
BS_LABELS = ["BS Date", "Miti", "Date (B.S.)", "Nepali Date", ""]
AD_LABELS = ["Inv. Date", "Invoice Date", "Date (A.D.)", "Date"]
TESTS = ["Complete blood count", "Lipid profile", "Thyroid function test", "Serum creatinine", "Urine routine"]

BRANDS = ["Rebagen", "Gastrocure", "Neurobion", "Calcimax", "Livogen", "Dolonex", "Ulcifix"]


@dataclass
class Fig:
    """One generated document: its sheet (drawing and truths), type, the form to write it in, other right values,
    and fields it does not print (nothing may be given for them at 0.6 or more)."""
    sheet: Sheet
    type: str
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)
    absent: tuple[str, ...] = ()


def m(v: Decimal, mark: str = "") -> str:
    s = f"{mark}{abs(v):,.2f}"
    return s if v >= 0 else f"-{s}"


def amt(rng: random.Random, low: int, high: int) -> Decimal:
    return D(rng.randint(low * 100, high * 100)) / 100


def _form(rng: random.Random) -> str:
    return rng.choice(["text", "text", "photo", "scan"])


# --- payslips -----------------------------------------------------------------------------------------------

def pay_net_inside(rng: random.Random) -> Fig:
    """A payslip whose net is neither last nor largest: earnings with hours, rate and YTD; gross; deductions and
    their total; the employer's contribution; the net in a dark band or beside a count; leave balances after."""
    s = Sheet("pay_net_inside", "en")
    employer, country = rng.choice(EMPLOYERS)
    cur = CUR[country]
    s.rect(16, 18, 404, 52, fill=rng.choice([70, 90, 235]))
    s.text(26, 36, employer, 11, "sans-bold")
    s.text(394, 36, rng.choice(["PAYSLIP", "SALARY SLIP", "Pay Advice"]), 10, "sans-bold", "right")
    mo = date(rng.choice([2025, 2026]), rng.randint(1, 12), 1)
    end = (mo + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    s.text(24, 68, f"Employee: {rng.choice(STAFF)}", 8)
    s.text(230, 68, f"Staff No: {rng.randint(1000, 99999)}", 8)
    s.text(24, 80, f"Pay period: {mo:%d/%m/%Y} - {end:%d/%m/%Y}", 8)
    s.text(230, 80, f"Annual salary: {m(amt(rng, 40000, 120000), cur)}", 8)
    hours = D(rng.choice([76, 80, 152, 160, 168]))
    rate = amt(rng, 25, 60)
    first = (hours * rate).quantize(C)
    earn = [(rng.choice(EARN[:2]), first)] + [(n, amt(rng, 40, 900)) for n in rng.sample(EARN[2:], rng.randint(1, 3))]
    gross = sum((v for _, v in earn), D(0))
    months = rng.randint(2, 9)
    y = 104
    s.text(24, y, "Earnings", 8, "sans-bold")
    s.text(200, y, "Hours", 8, "sans-bold", "right")
    s.text(260, y, "Rate", 8, "sans-bold", "right")
    s.text(330, y, "This pay", 8, "sans-bold", "right")
    s.text(396, y, "YTD", 8, "sans-bold", "right")
    for k, (n, v) in enumerate(earn):
        y += 12
        s.text(28, y, n, 8)
        if k == 0:
            s.text(200, y, f"{hours:.2f}", 8, align="right")
            s.text(260, y, f"{rate:.4f}", 8, align="right")
        s.text(330, y, m(v), 8, align="right")
        s.text(396, y, m(v * months), 8, align="right")
    y += 14
    s.text(28, y, rng.choice(GROSS), 8, "sans-bold")
    s.text(330, y, m(gross), 8, "sans-bold", "right")
    s.text(396, y, m(gross * months), 8, "sans-bold", "right")
    ded = [(n, (gross * D(rng.randint(1, 12)) / 100).quantize(C)) for n in rng.sample(DEDUCT, rng.randint(2, 4))]
    dsum = sum((v for _, v in ded), D(0))
    net = gross - dsum
    y += 24
    s.text(24, y, "Deductions", 8, "sans-bold")
    s.text(330, y, "This pay", 8, "sans-bold", "right")
    s.text(396, y, "YTD", 8, "sans-bold", "right")
    for n, v in ded:
        y += 12
        s.text(28, y, n, 8)
        s.text(330, y, m(v), 8, align="right")
        s.text(396, y, m(v * months), 8, align="right")
    y += 14
    s.text(28, y, rng.choice(DEDTOT), 8, "sans-bold")
    s.text(330, y, m(dsum), 8, "sans-bold", "right")
    s.text(396, y, m(dsum * months), 8, "sans-bold", "right")
    contrib = (gross * D(rng.choice([3, 8, 12])) / 100).quantize(C)
    y += 22
    s.text(24, y, "Employer contributions (not deducted)", 8, "sans-bold")
    y += 12
    s.text(28, y, rng.choice(SUPER), 8)
    s.text(330, y, m(contrib), 8, align="right")
    s.text(396, y, m(contrib * months), 8, align="right")
    y += 26
    band = rng.random() < 0.5
    if band:  # a dark band: the net printed in it, dark on dark (a picture's OCR may not read it)
        s.rect(20, y - 14, 400, y + 6, fill=rng.choice([45, 60, 75]))
        s.text(28, y, rng.choice(NET), 10, "sans-bold")
        s.text(200, y, f"Paid to acct ****{rng.randint(1000, 9999)}", 7)
        s.text(396, y, m(net, cur), 10, "sans-bold", "right")
    else:  # the net's line prints a count first: days or hours worked
        s.text(28, y, rng.choice(NET), 9, "sans-bold")
        s.text(250, y, f"{rng.choice(['Days worked', 'Hours paid'])} {D(rng.randint(20, 180)):.2f}", 8, align="right")
        s.text(396, y, m(net, cur), 9, "sans-bold", "right")
    y += 28
    s.text(24, y, "Leave balances (hours)", 8, "sans-bold")
    s.text(260, y, "Accrued", 8, "sans-bold", "right")
    s.text(330, y, "Taken", 8, "sans-bold", "right")
    s.text(396, y, "Balance", 8, "sans-bold", "right")
    for n in rng.sample(LEAVE, 3):
        y += 12
        s.text(28, y, n, 8)
        s.text(260, y, f"{amt(rng, 0, 15):.2f}", 8, align="right")
        s.text(330, y, f"{amt(rng, 0, 8):.2f}", 8, align="right")
        s.text(396, y, f"{amt(rng, 0, 200):.2f}", 8, align="right")
    s.text(24, y + 30, f"Queries: payroll office, phone 0{rng.randint(2, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", 7)
    s.truth = {"gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}
    return Fig(s, "payslip", form=_form(rng))


# --- bills with a discount and a rounding ---------------------------------------------------------------------

def bill_discount_round(rng: random.Random) -> Fig:
    """A pharmacy's or clinic's invoice: items (qty × rate), their gross, a discount, taxes included or added, a
    rounding to a whole unit or 5 cents, then what is payable: the bill's total."""
    s = Sheet("bill_discount_round", "en")
    name, place, country = rng.choice(PHARMACIES)
    s.text(210, 34, name.upper(), 12, "sans-bold", "centre")
    s.text(210, 46, f"{rng.randint(2, 300)} Market Road, {place}", 7.5, align="centre")
    s.text(210, 56, f"GSTIN 29AAB{rng.randint(1000, 9999)}K1Z{rng.randint(1, 9)}" if country == "IN"
           else f"Reg No {rng.randint(100000, 999999)}-X", 7.5, align="centre")
    s.text(210, 72, rng.choice(["TAX INVOICE", "CASH BILL", "INVOICE"]), 10, "sans-bold", "centre")
    day = date(2026, rng.randint(1, 10), rng.randint(13, 28))
    s.text(24, 90, f"Bill No: {rng.choice(['KM', 'SP', 'FS'])}/{rng.randint(1000, 99999)}", 8)
    s.text(396, 90, f"Date: {day:%d/%m/%Y}", 8, align="right")
    s.text(24, 102, f"Patient: {rng.choice(STAFF)}", 8)
    y = 124
    s.text(24, y, "Item", 8, "sans-bold")
    s.text(240, y, "Qty", 8, "sans-bold", "right")
    s.text(310, y, "Rate", 8, "sans-bold", "right")
    s.text(396, y, "Amount", 8, "sans-bold", "right")
    gross = D(0)
    for item in rng.sample(DRUGS, rng.randint(3, 5)):
        q, r = rng.randint(1, 60), amt(rng, 2, 400)
        v = (q * r).quantize(C)
        gross += v
        y += 12
        s.text(28, y, item, 8)
        s.text(240, y, str(q), 8, align="right")
        s.text(310, y, f"{r:.2f}", 8, align="right")
        s.text(396, y, f"{v:.2f}", 8, align="right")
    y += 16
    s.hline(250, 400, y - 10)
    pct = D(rng.choice([5, 8, 10, 12, 15]))
    disc = (gross * pct / 100).quantize(C, ROUND_HALF_UP)
    added = rng.random() < 0.4
    lines: list[tuple[str, Decimal]] = []
    if added:  # taxes added to the taxable value after the discount
        taxable = gross - disc
        rate = D(rng.choice([5, 6, 9]))
        tax = (taxable * rate / 100).quantize(C, ROUND_HALF_UP)
        lines = [(rng.choice(GROSS_BILL), gross), (f"{rng.choice(DISC)} {pct}%", -disc),
                 (rng.choice(TAXABLE), taxable), (f"CGST {rate}%", tax), (f"SGST {rate}%", tax)]
        before = taxable + 2 * tax
    else:
        lines = [(rng.choice(GROSS_BILL), gross), (f"{rng.choice(DISC)} {pct}%", -disc)]
        before = gross - disc
    unit = rng.choice([D(1), D("0.05")])
    payable = (before / unit).quantize(D(1), ROUND_HALF_UP) * unit
    rounding = payable - before
    if rounding == 0:
        rounding = unit if unit < 1 else D("0.00")
        payable = before + rounding
    for label, v in lines:
        s.text(250, y, label, 8)
        s.text(396, y, m(v), 8, align="right")
        y += 12
    if not added and rng.random() < 0.5:
        s.text(250, y, "(incl. CGST + SGST)", 7)
        y += 12
    if rounding:
        s.text(250, y, rng.choice(ROUND), 8)
        s.text(396, y, f"{'+' if rounding > 0 and rng.random() < 0.5 else ''}{m(rounding)}", 8, align="right")
        y += 14
    s.text(250, y, rng.choice(PAYABLE), 9, "sans-bold")
    s.text(396, y, m(payable, rng.choice(["Rs. ", "₹", "RM ", "S$", ""])), 9, "sans-bold", "right")
    s.text(24, y + 30, "Goods once sold will not be taken back. Get well soon.", 7)
    s.truth = {"total": f"{payable:.2f}", "date": day.isoformat()}
    return Fig(s, "medical_bill", form=_form(rng))


# --- statements of account dated in the country's order --------------------------------------------------------

def soa_dated(rng: random.Random) -> Fig:
    """A hospital's statement of account; its dates have days of 12 or less, so only the country's evidence (its
    currency, its insurer, its address) tells the order."""
    s = Sheet("soa_dated", "en")
    country = rng.choice(list(HOSPITALS))
    name, place = HOSPITALS[country]
    first = FIRST_MONTH[country]
    mark = rng.choice(MONEY_MARK[country])

    def fmt(d: date) -> str:
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if first else f"{d.day:02d}/{d.month:02d}/{d.year}"

    while True:
        admit = date(2026, rng.randint(1, 9), rng.randint(1, 10))
        out = admit + timedelta(days=rng.randint(1, 2))
        issued = out + timedelta(days=rng.randint(0, 1))
        if issued.month != issued.day and issued.day <= 12 and out.day <= 12:
            break
    # the country's evidence: its currency's mark, its insurer, its name in the address, its telephone code — a
    # Philippine statement prints one or more of them
    shown = set(rng.sample(["mark", "insurer", "country", "phone"], rng.randint(1, 4))) if country == "PH" \
        else {"mark", "insurer", "country", "phone"}
    if "mark" not in shown:
        mark = ""
    if "country" not in shown:
        place = place.split(",")[0]
    s.text(210, 32, name.upper(), 11, "sans-bold", "centre")
    s.text(210, 44, place, 7.5, align="centre")
    if "phone" in shown:
        s.text(210, 53, f"Tel. {PHONE[country]} {rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
               7, align="centre")
    s.text(210, 64, rng.choice(SOA_TITLES), 10, "sans-bold", "centre")
    s.text(24, 82, f"Patient: {rng.choice(STAFF)}", 8)
    s.text(250, 82, f"Hospital No.: {rng.randint(100000, 999999)}", 8)
    s.text(24, 94, f"Admitted: {fmt(admit)}", 8)
    s.text(250, 94, f"Discharged: {fmt(out)}", 8)
    y = 118
    ins = INSURERS[country] if "insurer" in shown else "Less: Insurer"
    s.text(24, y, "Particulars", 8, "sans-bold")
    s.text(250, y, "Charges", 8, "sans-bold", "right")
    s.text(320, y, ins, 8, "sans-bold", "right")
    s.text(396, y, "Balance", 8, "sans-bold", "right")
    tc = tp = D(0)
    for row in rng.sample(SOA_ROWS, rng.randint(3, 6)):
        c = amt(rng, 500, 20000)
        p = (c * D(rng.randint(0, 40)) / 100).quantize(C)
        tc, tp = tc + c, tp + p
        y += 12
        s.text(28, y, row, 8)
        s.text(250, y, m(c), 8, align="right")
        s.text(320, y, m(p), 8, align="right")
        s.text(396, y, m(c - p), 8, align="right")
    y += 14
    s.text(28, y, "TOTAL", 8, "sans-bold")
    s.text(250, y, m(tc), 8, "sans-bold", "right")
    s.text(320, y, m(tp), 8, "sans-bold", "right")
    s.text(396, y, m(tc - tp), 8, "sans-bold", "right")
    y += 18
    s.text(250, y, f"AMOUNT DUE {mark}{tc - tp:,.2f}", 9, "sans-bold")
    y += 30
    s.text(24, y, f"Prepared by: Billing Section    {rng.choice(SOA_ISSUE)}: {fmt(issued)}", 7.5)
    s.truth = {"date": issued.isoformat()}
    return Fig(s, "medical_bill", form=_form(rng))


# --- Nepali bills: Gregorian and Bikram Sambat dates --------------------------------------------------------

def _bs(d: date) -> tuple[int, int, int]:
    """``d`` in Bikram Sambat, near enough for a generated bill: 56 years 8 months 17 days ahead (a real converter's
    answer differs by a day or two; the bill's point is that it is not the Gregorian date)."""
    y, mo = d.year + 56, d.month + 8
    y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
    day = d.day + 17
    if day > 30:
        day -= 30
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return y, mo, day


def bill_two_calendars(rng: random.Random) -> Fig:
    """A Nepali hospital's tax invoice printing its date twice: Gregorian and Bikram Sambat, in either order."""
    s = Sheet("bill_two_calendars", "en")
    name, place = rng.choice(NEPAL)
    s.text(210, 32, name.upper(), 11, "sans-bold", "centre")
    s.text(210, 44, f"{place}, Nepal    PAN No: {rng.randint(300000000, 699999999)}", 7.5, align="centre")
    s.text(210, 60, "TAX INVOICE", 10, "sans-bold", "centre")
    day = date(rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    by, bm, bd = _bs(day)
    ad_label, bs_label = rng.choice(AD_LABELS), rng.choice(BS_LABELS)
    ad = f"{ad_label} : {day:%d/%m/%Y}" if ad_label else f"{day:%d/%m/%Y}"
    bs = f"{bs_label} : {bd:02d}/{bm:02d}/{by}" if bs_label else f"{by}-{bm:02d}-{bd:02d}"
    pair = [ad, bs] if rng.random() < 0.5 else [bs, ad]
    s.text(24, 80, f"Inv No.: {rng.randint(80, 82)}-{rng.randint(81, 83)}/{rng.randint(10000, 99999)}", 8)
    s.text(250, 80, pair[0], 8)
    s.text(24, 92, f"Patient Name : {rng.choice(STAFF)}", 8)
    s.text(250, 92, pair[1], 8)
    y = 116
    s.text(24, y, "Description", 8, "sans-bold")
    s.text(396, y, "Amount", 8, "sans-bold", "right")
    total = D(0)
    for t in rng.sample(TESTS, rng.randint(1, 3)):
        v = D(rng.randint(2, 40) * 50)
        total += v
        y += 12
        s.text(28, y, t, 8)
        s.text(396, y, m(v), 8, align="right")
    y += 16
    s.text(250, y, "Total Amount", 8, "sans-bold")
    s.text(396, y, m(total), 8, "sans-bold", "right")
    s.text(24, y + 30, f"Print Date & Time : {day:%d/%m/%Y} / {rng.randint(8, 18)}:{rng.randint(10, 59)}", 7)
    s.truth = {"date": day.isoformat(), "total": f"{total:.2f}"}
    return Fig(s, "medical_bill", form=_form(rng))


# --- pharmacy system bills naming no pharmacy ----------------------------------------------------------------

def pharmacy_no_provider(rng: random.Random) -> Fig:
    """A pharmacy system's printout: its medicines as "Medicine Name : X" blocks, a warning line "X Medicine …",
    the total; it names no pharmacy (no provider may be given at 0.6 or more)."""
    s = Sheet("pharmacy_no_provider", "en")
    y = 30
    s.text(24, y, "-" * 60, 8)
    y += 14
    s.text(24, y, f"-Patient Name: {rng.choice(STAFF)}", 8)
    total = D(0)
    brands = rng.sample(BRANDS, rng.randint(2, 3))
    for b in brands:
        q, c = rng.randint(5, 40), D(rng.randint(5, 90))
        total += q * c
        for line in (f"-{rng.choice(['Medicine Name', 'Drug Name', 'Medicine'])} : {b}", f"-Medicine Quantity : {q}",
                     f"-Cost per one : {c:.1f}", "-" * 50):
            y += 14
            s.text(24, y, line, 8)
    warn = rng.choice(brands)
    y += 14
    s.text(24, y, f"-becareful : {warn} {rng.choice(['Medicine', 'Medicine Tablets', 'Medicine Syrup'])}", 8)
    y += 14
    s.text(24, y, f"contradicts With {rng.choice(['Insulin resistance', 'Kidney disease', 'Pregnancy'])} Patients", 8)
    y += 14
    s.text(24, y, f"**The Total cost is : {total:.1f}**", 8)
    s.truth = {"total": f"{total:.2f}"}
    return Fig(s, "medical_bill", form="text", absent=("provider",))


LAYOUTS: list[Callable[[random.Random], Fig]] = [pay_net_inside, bill_discount_round, soa_dated, bill_two_calendars,
                                                 pharmacy_no_provider]


def generate(seed: int, per_layout: int, images: bool = True, layouts=None) -> list[Fig]:
    """``per_layout`` documents of each layout (or of ``layouts``); with ``images`` False every form is a text PDF."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        if layouts is not None and lay not in layouts:
            continue
        for k in range(per_layout):
            fig = lay(random.Random(seed * 10007 + li * 101 + k))
            if not images:
                fig.form = "text"
            out.append(fig)
    return out


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """A money field by its amount, a date as printed (ISO)."""
    if got is None:
        return False
    if f in ("date",):
        return got == want or got in accept
    try:
        return D(got.replace(",", "")) == D(want)
    except ArithmeticError:
        return False


def measure(root: Path, seed: int, per_layout: int, images: bool = True, layouts=None) -> dict:
    """Write, read, classify and extract the documents as packet does and count them
    (:func:`photo_forms.measure_sheets`)."""
    return measure_sheets(root, generate(seed, per_layout, images, layouts), seed, same)


if __name__ == "__main__":  # python tests/figuregen.py SEED PER_LAYOUT [text]: the measure, by layout
    import sys
    import tempfile
    from collections import Counter

    seed, per = int(sys.argv[1]), int(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(Path(tmp), seed, per, images="text" not in sys.argv[3:])
    print(f"docs {r['docs']} types {r['types']} fields {r['right']}/{r['fields']} sure_wrong {r['sure_wrong']} "
          f"absent_sure {r['absent_sure']}")
    print("failures by layout/field:", dict(Counter((f[0], f[2]) for f in r["failures"])))
    for f in r["failures"]:
        print("  ", f)
