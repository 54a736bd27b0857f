"""Banking app screens that print the holder's name alone over the account's card line (branch r23-lines;
independent set 18's Fargo app screen: "Delphine R. Aukustsson" over "Everyday Checking ...3081", its holder not
found).

A phone screenshot (no paper): a status bar, the bank's name, the holder's name, the product with its number's last
four digits masked by dots or asterisks, the statement period, the ending balance and a few transactions. Written for
branch r23-lines; it shares no code or wording with packet. Everything comes from a seeded ``random.Random``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BANKS = ["Red River Valley State Bank", "Mandan Prairie Savings Bank", "Bismarck Plains Community Bank"]
HOLDERS = ["Henrietta M. Olafsdottir", "Casimir J. Wroblewski", "Ingeborg T. Haugland", "Thaddeus Okonkwo-Berg"]
PRODUCTS = ["Everyday Checking", "Basic Savings", "Rewards Checking"]
MOVES = ["GRAIN ELEVATOR PAYROLL", "CORNER MARKET #12", "CITY UTILITIES AUTOPAY", "ATM WITHDRAWAL", "PHARMACY 0441"]


@dataclass
class Screen:
    image: Image.Image
    holder: str


def app_screen(seed: int) -> Screen:
    rnd = random.Random(seed)
    w, h = 720, 1400
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(SANS, 26)
    fs = ImageFont.truetype(SANS, 22)
    fb = ImageFont.truetype(BOLD, 32)
    grey = (110, 110, 120)
    d.text((30, 16), f"{rnd.randint(6, 11)}:{rnd.randint(10, 59)}", font=fs, fill=(0, 0, 0))
    d.rectangle((0, 70, w, 160), fill=(20, 70, 50))
    d.text((30, 95), rnd.choice(BANKS), font=fb, fill=(255, 255, 255))
    holder = rnd.choice(HOLDERS)
    y = 200
    d.text((30, y), holder, font=f, fill=(0, 0, 0))
    mask = rnd.choice(["...", "****", "•••• "])
    d.text((30, y + 40), f"{rnd.choice(PRODUCTS)} {mask}{rnd.randint(1000, 9999)}", font=fs, fill=grey)
    d.text((30, y + 90), "Statement period Oct 1 - Oct 31, 2026", font=fs, fill=grey)
    d.text((30, y + 150), "Ending balance", font=fs, fill=grey)
    d.text((30, y + 180), f"${rnd.randint(100, 9000):,}.{rnd.randint(0, 99):02d}", font=fb, fill=(0, 0, 0))
    y += 300
    d.text((30, y), "Activity", font=fb, fill=(0, 0, 0))
    for k in range(5):
        y += 110
        d.text((30, y), rnd.choice(MOVES), font=f, fill=(0, 0, 0))
        amt = f"{rnd.choice('+-')}${rnd.randint(10, 1500)}.{rnd.randint(0, 99):02d}"
        d.text((w - 30 - d.textlength(amt, font=f), y), amt, font=f, fill=(0, 0, 0))
        d.text((30, y + 36), f"Oct {30 - 5 * k:02d}", font=fs, fill=grey)
    return Screen(img, holder)
