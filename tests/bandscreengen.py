"""Phone screens of a bank app whose header is a solid red or orange band with the bank's name, the card's last
digits and the dates shown in white on it, over a list of entries in dark print; and a letterhead band of the same
kind drawn across the top of any page.

Written for branch r21-redseal; it shares no code or wording with packet: the bank names, captions and entry texts
below were made up from how such apps look, not copied from ``checklists/``. Everything comes from a seeded
``random.Random``: the same arguments give the same picture.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

SCREEN = (1080, 2200)  # pixels

# vivid header colours of banking apps: reds, a crimson, oranges (each R >= 200, R - max(G, B) >= 120)
GROUNDS = [(214, 32, 40), (200, 22, 48), (226, 58, 30), (255, 102, 0), (240, 84, 36), (232, 40, 64)]

BANKS_EN = ["Harrowgate Mutual Bank", "Kestrel Valley Savings", "Pinecrest Community Bank", "Lowmoor Trust Bank"]
BANKS_ZH = ["青禾农村商业银行", "汀州城市银行", "远山村镇银行", "澄江商业银行"]
CAPTION_EN = ["Current account", "Everyday account", "Debit card"]
CAPTION_ZH = ["活期账户", "储蓄卡", "借记卡"]
ENTRIES_EN = ["Grocery store", "Bus pass top-up", "Pharmacy", "Transfer from R. Okafor", "Water bill", "Cafe"]
ENTRIES_ZH = ["超市购物", "公交充值", "药店", "转入-周明", "水费", "早餐店"]


@dataclass
class Screen:
    """One drawn screen and what is printed on its band: ``bank`` (the name), ``tail`` (four digits), ``dates``
    (the period as shown)."""

    image: Image.Image
    bank: str
    tail: str
    dates: str


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def app_screen(seed: int, zh: bool = False, *, flush: bool | None = None) -> Screen:
    """A bank app's entry list with its header band (``flush``: across the whole width, else a rounded card with
    screen round it; None: drawn at random), text in white on the band, dark entries below on a white screen."""
    rnd = random.Random(seed)
    img = Image.new("RGB", SCREEN, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    w = SCREEN[0]
    face = CJK_FONT if zh else SANS
    bold = CJK_FONT if zh else SANS_BOLD
    draw.text((60, 40), f"{rnd.randint(7, 11)}:{rnd.randint(10, 59)}", fill=(0, 0, 0), font=_font(bold, 40))
    draw.text((w // 2 - 120, 150), "账户明细" if zh else "Transactions", fill=(20, 20, 20), font=_font(bold, 52))
    ground = rnd.choice(GROUNDS)
    flush = rnd.random() < 0.5 if flush is None else flush
    top, bottom = 260, 560
    if flush:
        draw.rectangle((0, top, w, bottom), fill=ground)
        left = 60
    else:
        draw.rounded_rectangle((40, top, w - 40, bottom), radius=36, fill=ground)
        left = 90
    bank = rnd.choice(BANKS_ZH if zh else BANKS_EN)
    tail = f"{rnd.randint(1000, 9999)}"
    month = rnd.randint(1, 12)
    end = 30 if month in (4, 6, 9, 11) else 28 if month == 2 else 31
    dates = (f"2026.{month:02d}.01-2026.{month:02d}.{end}" if zh else f"01/{month:02d}/2026 - {end}/{month:02d}/2026")
    white = (255, 255, 255)
    caption = rnd.choice(CAPTION_ZH if zh else CAPTION_EN)
    draw.text((left, top + 40), bank, fill=white, font=_font(bold, 50))
    draw.text((left, top + 125), f"{caption}  {'尾号' if zh else 'ending'} {tail}", fill=white, font=_font(face, 44))
    draw.text((left, top + 205), dates, fill=white, font=_font(face, 42))
    y = bottom + 60
    balance = rnd.randint(2000, 9000) + rnd.randint(0, 99) / 100
    for _ in range(8):
        what = rnd.choice(ENTRIES_ZH if zh else ENTRIES_EN)
        amount = rnd.randint(5, 400) + rnd.randint(0, 99) / 100
        draw.text((60, y), what, fill=(20, 20, 20), font=_font(face, 44))
        draw.text((w - 300, y), f"-{amount:,.2f}", fill=(20, 20, 20), font=_font(face, 44))
        draw.text((w - 400, y + 62), f"{'余额' if zh else 'Bal'} {balance:,.2f}", fill=(110, 110, 110),
                  font=_font(face, 34))
        draw.line((60, y + 130, w - 60, y + 130), fill=(225, 225, 225), width=2)
        balance += amount
        y += 170
    return Screen(img, bank, tail, dates)


def letterhead(page: Image.Image, name: str, seed: int, *, cjk: bool = False) -> Image.Image:
    """``page`` (RGB) with a solid band of a red or orange drawn across its top, ``name`` in white on it, the
    page's own print moved down below it (a copy: ``page`` is left as it was)."""
    rnd = random.Random(seed)
    band = round(page.height * 0.09)
    out = Image.new("RGB", (page.width, page.height + band), (255, 255, 255))
    out.paste(page, (0, band))
    draw = ImageDraw.Draw(out)
    draw.rectangle((0, 0, page.width, band), fill=rnd.choice(GROUNDS))
    size = round(band * 0.42)
    draw.text((round(page.width * 0.08), (band - size) // 2), name, fill=(255, 255, 255),
              font=_font(CJK_FONT if cjk else SANS_BOLD, size))
    return out
