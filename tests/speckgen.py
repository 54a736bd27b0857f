"""Scanned bank statements whose account number's caption carries a mark between its words, as a speck of dirt
or a scanner's streak reads under OCR ("A/c: No." for "A/c No."): a letterhead, the holder's block, captions in a
left column with their entries in a column of their own, a short ledger. Drawn with Pillow into an image-only PDF,
so only OCR can read it. Shares no code or wording with the reader."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from fixtures_reading import LATIN_FONT, image_pdf
from PIL import Image, ImageDraw, ImageFont

BANKS = ["Kestrel Valley Co-operative Bank Ltd.", "Marigold Urban Co-operative Bank Ltd.",
         "Juniper Ridge People's Bank Ltd."]
HOLDERS = ["ANIL BHASKAR PATHARE", "MEERA SUNIL DESHMUKH", "ROHAN VITHAL SALUNKHE"]
# the caption as printed with the mark OCR sees between its words
CAPTIONS = ["A/c: No.", "Acct: No.", "A/c; No."]


@dataclass
class Sheet:
    truth: dict[str, str]
    rows: list[list[tuple[float, str]]]  # per line: (x in inches, text)


def statement(seed: int, caption: str | None = None) -> Sheet:
    """A one-page statement; ``caption`` (default: one of :data:`CAPTIONS` by seed) heads the account number."""
    rnd = random.Random(seed)
    bank, holder = BANKS[seed % len(BANKS)], HOLDERS[seed % len(HOLDERS)]
    number = "".join(rnd.choice("0123456789") for _ in range(15))
    caption = caption or CAPTIONS[seed % len(CAPTIONS)]
    bal = rnd.randint(40_000, 90_000) + rnd.randint(0, 99) / 100
    rows: list[list[tuple[float, str]]] = [
        [(0.5, bank)], [(0.5, "Station Road Branch, Pune 411001")], [(0.5, "IFSC: KVCB0000217")], [],
        [(0.5, "Customer ID"), (2.2, f": {rnd.randint(10_000_000, 99_999_999)}"), (4.6, holder)],
        [(0.5, caption), (2.2, f": {number}"), (4.6, "Plot 14, Shanti Nagar, Pune")],
        [(0.5, "A/c Type"), (2.2, ": Savings")], [],
        [(0.5, "Statement of account from 01-10-2026 to 31-10-2026")], [],
        [(0.5, "Date"), (1.6, "Particulars"), (4.3, "Debit"), (5.2, "Credit"), (6.2, "Balance")],
        [(0.5, "01-10-2026"), (1.6, "Opening Balance"), (6.2, f"{bal:,.2f}")],
    ]
    for day, what in [(4, "ATM WDL CITY"), (9, "UPI/DR/GROCERY"), (15, "NEFT CR SALARY"), (22, "UPI/DR/PHARMACY")]:
        amt = rnd.randint(500, 9_000) + rnd.randint(0, 99) / 100
        credit = "CR" in what
        bal = bal + amt if credit else bal - amt
        rows.append([(0.5, f"{day:02d}-10-2026"), (1.6, what), (5.2 if credit else 4.3, f"{amt:,.2f}"),
                     (6.2, f"{bal:,.2f}")])
    rows += [[], [(0.5, f"Closing Balance as on 31-10-2026 : {bal:,.2f}")]]
    return Sheet({"account_number": number, "caption": caption}, rows)


def write_scan(sheet: Sheet, path: Path, dpi: int = 200) -> Path:
    """The sheet drawn at ``dpi`` on an A4 page, saved as an image-only PDF."""
    img = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(LATIN_FONT, round(10 / 72 * dpi))
    y = 0.6 * dpi
    for row in sheet.rows:
        for x, text in row:
            draw.text((round(x * dpi), round(y)), text, fill=0, font=font)
        y += 0.27 * dpi
    return image_pdf(path, [img], dpi=dpi)
