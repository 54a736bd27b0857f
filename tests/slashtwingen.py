"""Statement headers whose labels are printed in two languages on one line, parted by a slash ("No. Akaun / Account
No.   2104-0071-5532"), the value in a column to the right, a holder's address block on the left of the same lines
(branch r23-lines; independent set 18's Kuching statement scan: its account number was not found).

Written for branch r23-lines; it shares no code or wording with packet: the label words were written here from how
bilingual statements (Malaysia, Indonesia, Quebec, South Africa) print them, not copied from ``checklists/``. Drawn
with PIL as a page image (scanned: the test reads it with the real Tesseract). Deterministic for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# (other language's words, English words)
ACCOUNT = [("No. Akaun", "Account No."), ("Nomor Rekening", "Account Number"), ("Numéro de compte", "Account number"),
           ("Rekeningnommer", "Account number")]
DATED = [("Tarikh Penyata", "Statement Date"), ("Tanggal Cetak", "Statement Date"), ("Date du relevé", "Statement date"),
         ("Staatdatum", "Statement date")]
KIND = [("Jenis", "Type"), ("Jenis Tabungan", "Product"), ("Type de compte", "Type"), ("Soort", "Type")]
BANKS = ["Rejang Delta Bank Berhad", "Bank Sumatera Raya", "Caisse Populaire de la Rive", "Kleinkaroo Savings Bank"]
PEOPLE = ["NUR ALIYA BINTI RAZAK", "I MADE SUASTIKA", "JOSÉE BOUCHARD-LAVOIE", "THABO VAN WYK"]
STREETS = ["LOT 118 JALAN KERUING", "JL. MERDEKA NO. 42", "88 RUE DES ÉRABLES", "14 KERKSTRAAT"]
TOWNS = ["96000 SIBU, SARAWAK", "20112 MEDAN", "G5L 3B2 RIMOUSKI QC", "6620 OUDTSHOORN"]


@dataclass
class Header:
    image: Image.Image
    account: str  # the account number as printed


def slash_header(seed: int, dpi: int = 150) -> Header:
    """A letter-size scanned page: the bank's name, the holder's name and address at the left, and at the right of
    the same lines three "other / English" labels, each with its value further right, then a short table."""
    rnd = random.Random(seed)
    lang = seed % len(ACCOUNT)
    w, h = round(8.5 * dpi), round(11 * dpi)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, round(9 / 72 * dpi))
    fb = ImageFont.truetype(BOLD, round(14 / 72 * dpi))
    left, mid, right = round(0.5 * dpi), round(4.5 * dpi), round(8.0 * dpi)
    d.text((left, round(0.5 * dpi)), BANKS[lang], font=fb, fill=0)
    account = f"{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}"
    day = rnd.randint(1, 28)
    rows = [(PEOPLE[lang], DATED[lang], f"{day:02d}/09/26"), (STREETS[lang], KIND[lang], "Savings"),
            (TOWNS[lang], ACCOUNT[lang], account)]
    y = round(1.2 * dpi)
    for addr, (other, english), value in rows:
        d.text((left, y), addr, font=f, fill=0)
        d.text((mid, y), f"{other} / {english}", font=f, fill=0)
        d.text((right - d.textlength(value, font=f), y), value, font=f, fill=0)
        y += round(0.2 * dpi)
    y += round(0.4 * dpi)
    for k in range(5):
        d.text((left, y), f"{k + 2:02d}/09", font=f, fill=0)
        d.text((left + round(1.0 * dpi), y), rnd.choice(["CASH DEPOSIT", "TRANSFER OUT", "CARD PURCHASE", "FEE"]),
               font=f, fill=0)
        amt = f"{rnd.randint(500, 90000) / 100:,.2f}"
        d.text((right - d.textlength(amt, font=f), y), amt, font=f, fill=0)
        y += round(0.22 * dpi)
    return Header(img, account)
