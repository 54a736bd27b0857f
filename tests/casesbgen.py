"""A generator of the three features behind complete cases that were told a document was missing (round 20), written
apart from the extractor (its wording pools are written from how issuers print these documents, not from packet's
vocabulary), each drawn in random variants:

- ``stamp``: a lab or pharmacy receipt whose only date is printed with its time of day on one line ("25-Jun-2026
  5:53:03 PM", "03/11/2026 17:42"), at the top under the provider's name, no label before it; the receipt's date is
  that date. Born-digital PDFs drawn through :mod:`rolegen`.
- ``worded``: an employer's letter stating a monthly pay first in English words, then as a figure in brackets after
  the currency's name ("a gross monthly salary of Two Thousand Four Hundred and Fifty Pounds Sterling (£2,450.00)");
  the letter's monthly income is that figure. Born-digital PDFs.
- ``split``: a day/month/year date one of whose two-digit numbers OCR parted with a space ("06/1 1/2026", the narrow
  "11" of a small print), in a line of a payslip; the text is the OCR output itself (the split is what a reading
  gives, which a drawing cannot make on purpose). Its truth: that day, never the month "1/2026".

Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rolegen import Doc

PROVIDERS = ["Al-Noor Diagnostic Laboratory", "Greenfield Pathology Centre", "Riverside Community Pharmacy",
             "Lakeview Medical Laboratory", "Crescent Care Chemists", "Hilltop Clinical Lab Services",
             "Sunrise Family Dispensary", "Bayside Path Lab"]
TOWNS = ["Gujrat", "Kisumu", "Ipoh", "Lautoka", "Kandy", "Blantyre", "Iloilo", "Suva"]
TESTS = [("Complete Blood Count", 850), ("HbA1c", 2200), ("Lipid Profile", 1800), ("Urine R/E", 400),
         ("Paracetamol 500mg x20", 120), ("Amoxicillin 250mg x21", 640), ("Vitamin D (25-OH)", 3500),
         ("Thyroid Profile", 2600)]
PEOPLE = ["Zahid Mahmood", "Grace Achieng", "Lim Wei Jie", "Mere Tuilagi", "Nimal Perera", "Chisomo Banda",
          "Rosario Dela Pena", "Aisha Begum"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def _day_text(rng: random.Random, d: date) -> str:
    return rng.choice([f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{LONG_MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}"])


def _time_text(rng: random.Random) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    twelve = (h % 12) or 12
    return rng.choice([f"{twelve}:{m:02d}:{s:02d} {'PM' if h >= 12 else 'AM'}", f"{h:02d}:{m:02d}",
                       f"{twelve}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h:02d}:{m:02d}:{s:02d}"])


def stamp(rng: random.Random, k: int) -> Doc:
    """A receipt dated only by its print stamp: date and time on one line, the time far right."""
    provider, town = rng.choice(PROVIDERS), rng.choice(TOWNS)
    day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
    person = rng.choice(PEOPLE)
    items = rng.sample(TESTS, rng.randint(1, 3))
    total = sum(a for _, a in items)
    title = rng.choice(["Laboratory Receipt", "Pharmacy Receipt", "Clinic Receipt", "Lab Test Receipt"])
    cells = [(60, 60, provider, 16), (60, 80, f"Main Road, {town}", 10),
             (60, 95, f"Tel: 0{rng.randint(300, 999)}-{rng.randint(1000000, 9999999)}", 10),
             (60, 125, title, 13), (60, 145, f"Receipt No: {rng.randint(10000, 99999)}", 10),
             (60, 165, _day_text(rng, day), 10), (400, 165, _time_text(rng), 10),
             (60, 185, f"Name: {person.upper() if rng.random() < 0.5 else person}", 10),
             (300, 185, f"Ref By: DR. {rng.choice(PEOPLE).upper()}", 10),
             (60, 210, "Test / Item", 10), (420, 210, "Amount", 10)]
    y = 228
    for name, amount in items:
        cells += [(60, y, name, 10), (420, y, f"{amount:,}.00" if rng.random() < 0.5 else str(amount), 10)]
        y += 16
    cells += [(300, y + 10, "Total Bill:", 11), (420, y + 10, f"{total:,}.00", 11),
              (60, y + 40, "Thank you. Get well soon.", 9)]
    return Doc(name=f"stamp-{k}.pdf", type="medical_bill", language="en", pages=[cells],
               truth={"date": day.isoformat(), "total": f"{total}.00"}, layout="stamp")


EMPLOYERS = ["Harbourline Shipping Agencies Ltd", "Kestrel Valley Foods Limited", "Palmgate Hotels Pvt Ltd",
             "Ironbark Civil Works Pty Ltd", "Mosaic Print House Ltd", "Baobab Logistics (Pty) Ltd"]
CURRENCIES = [("Pounds Sterling", "£"), ("Jamaican Dollars", "J$"), ("Kenya Shillings", "KSh "),
              ("Rupees", "Rs. "), ("US Dollars", "US$"), ("Fiji Dollars", "FJ$")]
PHRASES = ["earns a gross monthly salary of", "is paid a monthly salary of", "receives a basic monthly salary of",
           "draws a monthly salary of", "earns a monthly income of"]
_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _under_thousand(n: int, rng: random.Random) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} Hundred")
        n %= 100
        if n:
            parts.append("and" if rng.random() < 0.7 else "")
    if n >= 20:
        parts.append(_TENS[n // 10] + (("-" if rng.random() < 0.6 else " ") + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(p for p in parts if p)


def in_words(n: int, rng: random.Random) -> str:
    """``n`` (1 to 999,999) in English words, as a letter writes it."""
    thousands, rest = divmod(n, 1000)
    out = []
    if thousands:
        out.append(f"{_under_thousand(thousands, rng)} Thousand")
    if rest:
        out.append(_under_thousand(rest, rng))
    return " ".join(out)


def worded(rng: random.Random, k: int) -> Doc:
    """An employment letter stating the monthly pay in words, then the figure in brackets after the currency."""
    employer, person = rng.choice(EMPLOYERS), rng.choice(PEOPLE)
    amount = rng.choice([rng.randint(8, 99) * 100, rng.randint(100, 999) * 1000, rng.randint(1000, 9999)])
    name, mark = rng.choice(CURRENCIES)
    words = in_words(amount, rng)
    day = date(2026, 11, 1) + timedelta(days=rng.randint(0, 20))
    title = rng.choice(["Ms.", "Mr.", "Mrs."])
    sentence = (f"{title} {person.split()[-1]} {rng.choice(PHRASES)} {words} {name} "
                f"({mark}{amount:,}.00){rng.choice(['', ' only', ', paid monthly'])}.")
    # the sentence wraps as prose does: about 95 characters a line
    lines, cur = [], ""
    for w in sentence.split():
        if len(cur) + len(w) + 1 > 95:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    cells = [(60, 60, employer.upper(), 14), (60, 78, f"P.O. Box {rng.randint(100, 9999)}, {rng.choice(TOWNS)}", 9),
             (60, 110, f"{LONG_MONTHS[day.month - 1]} {day.day}, {day.year}", 10),
             (60, 135, "TO WHOM IT MAY CONCERN", 10),
             (60, 160, f"This is to confirm that {title} {person} has been employed with {employer} since "
                       f"{rng.randint(2015, 2024)}.", 10)]
    y = 180
    for ln in lines:
        cells.append((60, y, ln, 10))
        y += 14
    cells += [(60, y + 20, "Yours faithfully,", 10), (60, y + 60, rng.choice(PEOPLE), 10),
              (60, y + 74, "Human Resources Manager", 10)]
    return Doc(name=f"worded-{k}.pdf", type="income_proof", language="en", pages=[cells],
               truth={"monthly_income": f"{amount}.00"}, layout="worded")


LEADS = ["Pay date", "Paid on", "Date of payment", "Payment", "Date"]


def split(rng: random.Random) -> tuple[str, date]:
    """A payslip line holding a day/month/year date whose middle two-digit number OCR parted with a space."""
    while True:
        d = date(2026, 1, 1) + timedelta(days=rng.randint(0, 364))
        if d.month >= 10:
            break
    sep = rng.choice("/.-")
    mm = f"{d.month:02d}"
    text = f"{d.day:02d}{sep}{mm[0]} {mm[1]}{sep}{d.year}"
    lead = rng.choice(LEADS + [""])
    return (f"{lead} {text}".strip() if rng.random() < 0.7 else text), d


def generate(seed: int = 7, per_layout: int = 3) -> list[Doc]:
    """``per_layout`` receipts and letters of each layout, shuffled by ``seed``."""
    rng = random.Random(seed)
    return [stamp(rng, k) for k in range(per_layout)] + [worded(rng, k) for k in range(per_layout)]
