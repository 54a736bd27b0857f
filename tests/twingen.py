"""Statements whose header labels are printed twice, one language over the other, with the value set right of the
pair and centred on its two lines (branch r20-casesa): "NO. AKAUN" over "ACCOUNT NO.", ": 1234…" level with the gap
between them, an address block on the left of the same lines. Which language is on top, the words of the other
language, the label words in English, the gap between labels and values, font sizes and the rows are drawn at
random.

Written for branch r20-casesa; it shares no code or wording with packet: the label words below were written from how
bilingual statements (Malaysia, Indonesia, Quebec, South Africa, the Philippines) print them, not copied from
``checklists/``. Drawn with :mod:`photo_forms` as text PDFs and read by the real reader. Deterministic for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet, measure_sheets

# (other language's words, English words) for the account number, the statement date, the account type
ACCOUNT = [("NO. AKAUN", "ACCOUNT NO."), ("NOMOR REKENING", "ACCOUNT NUMBER"), ("NUMÉRO DE COMPTE", "ACCOUNT NUMBER"),
           ("REKENINGNOMMER", "ACCOUNT NUMBER"), ("BILANGAN AKAUN", "A/C NO.")]
DATED = [("TARIKH", "STATEMENT DATE"), ("TANGGAL CETAK", "STATEMENT DATE"), ("DATE DU RELEVÉ", "STATEMENT DATE"),
         ("STAATDATUM", "DATE OF STATEMENT")]
KIND = [("JENIS", "TYPE"), ("JENIS TABUNGAN", "PRODUCT"), ("TYPE DE COMPTE", "PRODUCT"), ("SOORT", "TYPE")]
BANKS = ["Selangor Mutual Bank Berhad", "Bank Nusantara Tbk", "Banque Laurentide du Québec", "Karoo Savings Bank",
         "Visayas Rural Bank Inc."]
PEOPLE = ["SITI HAJAR BINTI OSMAN", "I KETUT WIRAWAN", "MARIE-CLAUDE GAGNON", "PIETER VAN DER MERWE",
          "ROWENA DELA CRUZ"]
PLACES = [("LOT 8 JALAN MERANTI", "43000 KAJANG"), ("JL. MELATI NO. 4", "80361 DENPASAR"),
          ("88 RUE SAINT-DENIS", "MONTRÉAL QC H2X 3K8"), ("14 KERKSTRAAT", "6850 ROBERTSON"),
          ("PUROK 3 BRGY. TALISAY", "6000 CEBU CITY")]
DESCS = ["CASH DEPOSIT", "ATM WITHDRAWAL", "SALARY CREDIT", "BILL PAYMENT", "TRANSFER OUT", "CARD PURCHASE",
         "INTEREST"]


@dataclass
class Stmt:
    """One statement drawn: its sheet (drawing and truths) and the form it is written in."""

    sheet: Sheet
    form: str = "text"
    accept: dict[str, set[str]] = field(default_factory=dict)


def centred_twins(rng: random.Random) -> Stmt:
    """A statement whose three header pairs (date, account number, type) stack two languages, the value centred."""
    k = rng.randrange(len(BANKS))
    s = Sheet("centred_twins", "en")
    s.text(24, 40, BANKS[k], rng.choice([12, 13, 14]), "sans-bold")
    s.text(396, 40, "STATEMENT OF ACCOUNT", 9, "sans-bold", "right")
    english_on_top = rng.random() < 0.5
    lab_x = rng.choice([200, 210, 220])
    val_x = lab_x + rng.choice([90, 100, 110])
    size = rng.choice([7.0, 7.5, 8.0])
    gap = size + rng.choice([2.0, 3.0, 4.0])  # between the two label lines' baselines
    acct = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 12, 14])))
    end = date(2026, rng.randint(1, 12), 1) + timedelta(days=rng.randint(27, 30))
    start = end.replace(day=1)
    pairs = [(rng.choice(DATED), end.strftime("%d/%m/%y")), (rng.choice(ACCOUNT), acct),
             (rng.choice(KIND), rng.choice(["SAVINGS", "CURRENT ACCOUNT", "BASIC SAVINGS"]))]
    rng.shuffle(pairs)
    person = PEOPLE[k]
    street, town = PLACES[k]
    address = [person, street, town, rng.choice(["", "MALAYSIA", "INDONESIA", "CANADA", "SOUTH AFRICA"])]
    y = 80
    for n, ((other, english), value) in enumerate(pairs):
        top, low = (english, other) if english_on_top else (other, english)
        s.text(lab_x, y, top, size)
        s.text(lab_x, y + gap, low, size)
        s.text(val_x, y + gap / 2, f":{value}" if rng.random() < 0.5 else f": {value}", size + 0.5)
        if n < len(address) and address[n]:
            s.text(24, y + (gap if rng.random() < 0.5 else 0), address[n], size + 0.5)
        y += gap * 2 + rng.choice([4, 6, 8])
    y += 16
    xs = [24, 70, 280, 340, 396]
    for i, c in enumerate(("DATE", "DESCRIPTION", "DEBIT", "CREDIT", "BALANCE")):
        s.text(xs[i], y, c, 7.5, "sans-bold", "right" if i >= 2 else "left")
    bal = Decimal(rng.randint(20000, 500000)) / 100
    day = start
    s.text(xs[1], y + 13, "BALANCE B/F", 7.5)
    s.text(xs[4], y + 13, f"{bal:,.2f}", 7.5, "sans", "right")
    y += 13
    for _ in range(rng.randint(6, 10)):
        day = min(day + timedelta(days=rng.randint(1, 4)), end)
        amt = Decimal(rng.randint(500, 90000)) / 100
        out = rng.random() < 0.6 and amt < bal
        bal = bal - amt if out else bal + amt
        y += 13
        s.text(xs[0], y, day.strftime("%d/%m/%y"), 7.5)
        s.text(xs[1], y, rng.choice(DESCS), 7.5)
        s.text(xs[2] if out else xs[3], y, f"{amt:,.2f}", 7.5, "sans", "right")
        s.text(xs[4], y, f"{bal:,.2f}", 7.5, "sans", "right")
    s.truth = {"account_number": acct}
    return Stmt(s)


def same(f: str, want: str, got: str | None, accept: set[str]) -> bool:
    """An account number by its digits."""
    return got is not None and "".join(c for c in got if c.isdigit()) == want


def measure(root, seed: int, n: int) -> dict:
    """Write ``n`` statements from ``seed``, read, classify and extract them as packet does, and count."""
    items = [centred_twins(random.Random(seed * 1009 + k)) for k in range(n)]
    return measure_sheets(root, items, seed, same, doc_type="bank_statement", count_mistyped=True)
