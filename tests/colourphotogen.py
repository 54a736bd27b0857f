"""Phone photos where colour, not brightness, tells things apart: a payslip whose header is printed in light letters on
a dark coloured band, lying on a wooden desk about as dark as the band (the band differs from the desk by its hue and
saturation, by a step of 1.1-1.3 in brightness); and a Chinese certificate whose red seal lies in the phone's shadow,
so the seal's ink is as dark as printed red titles on lit paper, with the date printed under the seal's ring.

Written for tests/test_colour_photos.py alone: wording, layout, colours and drawing share nothing with packet's reader
or the other generators. Deterministic for a seed.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


@dataclass(frozen=True)
class Shot:
    image: Image.Image  # RGB, the photo as the phone saved it (JPEG decoded)
    header: tuple[str, ...]  # the lines printed in the band (band photos) or the date under the seal (seal photos)


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _desk(size: tuple[int, int], base: tuple[int, int, int], rnd: random.Random) -> Image.Image:
    """A wooden desk: stripes of grain across it, each a little lighter or darker than ``base``."""
    w, h = size
    desk = Image.new("RGB", size, base)
    d = ImageDraw.Draw(desk)
    y = 0
    while y < h:
        band = rnd.randint(6, 22)
        k = rnd.uniform(0.78, 1.22)
        d.rectangle((0, y, w, y + band), fill=tuple(min(255, round(c * k)) for c in base))
        y += band
    return desk.filter(ImageFilter.GaussianBlur(1))


def band_sheet(seed: int, band_rgb: tuple[int, int, int]) -> tuple[Image.Image, tuple[str, ...]]:
    """A payslip on cream paper, A5-ish (760 x 1000): a band of ``band_rgb`` across its top edge holding the employer
    and the pay period in light letters, black print below."""
    rnd = random.Random(seed)
    w, h = 760, 1000
    employer = rnd.choice(["KIGEZI VALLEY TEA ESTATES LTD", "NORTHGATE BOTTLING COMPANY", "LAKESHORE MILLERS LIMITED"])
    month = rnd.choice(["March", "June", "September"])
    period = f"Pay period: {month} 2026"
    img = Image.new("RGB", (w, h), (238, 232, 214))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 150), fill=band_rgb)
    d.text((40, 28), employer, font=ImageFont.truetype(LATIN_BOLD, 32), fill=(246, 240, 226))
    d.text((40, 90), period, font=ImageFont.truetype(LATIN, 26), fill=(246, 240, 226))
    body = ImageFont.truetype(LATIN, 24)
    rows = ["Employee: " + rnd.choice(["Akello Grace", "Mugisha Peter", "Nantume Rose"]),
            f"Basic pay {rnd.randint(600, 900)},000.00", f"Allowances {rnd.randint(50, 150)},000.00",
            f"Deductions {rnd.randint(60, 120)},500.00", f"Net pay {rnd.randint(500, 800)},250.00"]
    for i, row in enumerate(rows):
        d.text((40, 210 + i * 70), row, font=body, fill=(20, 20, 20))
    return img, (employer, period)


def band_photo(seed: int = 0, *, band_rgb: tuple[int, int, int] = (96, 50, 16),
               desk_rgb: tuple[int, int, int] = (108, 72, 44), angle: float = -3.0,
               size: tuple[int, int] = (900, 1180)) -> Shot:
    """The band payslip turned ``angle`` degrees on a wooden desk of ``desk_rgb`` (grey about 1.1-1.3 times the band's),
    light falling off towards the bottom, slightly blurred, saved as JPEG."""
    rnd = random.Random(seed)
    sheet, header = band_sheet(seed, band_rgb)
    photo = _desk(size, desk_rgb, rnd)
    turned = sheet.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", sheet.size, 255).rotate(angle, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=0)
    at = ((size[0] - turned.width) // 2, (size[1] - turned.height) // 2 + 20)
    photo.paste(turned, at, mask)
    light = Image.linear_gradient("L").resize(size).point(lambda v: round(255 - v * 0.25))
    photo = Image.merge("RGB", [ImageChops.multiply(c, light) for c in photo.split()])
    return Shot(_jpeg(photo.filter(ImageFilter.GaussianBlur(0.8)), 70), header)


def seal_sheet(seed: int) -> tuple[Image.Image, tuple[str, ...]]:
    """A 收入证明 on white paper (900 x 1200) with a red seal (ring, star, the company's name round it) stamped over
    the company's name and the date, which are printed in black."""
    rnd = random.Random(seed)
    w, h = 900, 1200
    img = Image.new("RGB", (w, h), (250, 250, 246))
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(CJK, 52, index=0)
    f_body = ImageFont.truetype(CJK, 32, index=0)
    d.text((330, 80), "收入证明", font=f_title, fill=(15, 15, 15))
    name = rnd.choice(["马建国", "李秀兰", "韩志强"])
    lines = [f"兹证明{name}同志系我单位正式职工，", "近六个月月均收入为人民币肆仟贰佰元整。", "特此证明。"]
    for i, line in enumerate(lines):
        d.text((90, 230 + i * 70), line, font=f_body, fill=(15, 15, 15))
    company = rnd.choice(["青海湖源乳业有限公司", "西川高原食品有限公司"])
    month = rnd.choice([10, 11, 12])
    digits = "〇一二三四五六七八九"
    day = rnd.choice([12, 20, 26])
    day_zh = ("二十" if day >= 20 else "十") + (digits[day % 10] if day % 10 else "")
    date = f"二〇二六年{'十' + ('一' if month == 11 else '二' if month == 12 else '')}月{day_zh}日"
    d.text((450, 800), company, font=f_body, fill=(15, 15, 15))
    d.text((450, 870), date, font=f_body, fill=(15, 15, 15))
    # the seal: a red ring, a star and the company's name round its inside, over the name and the date
    seal = Image.new("L", (w, h), 0)
    s = ImageDraw.Draw(seal)
    cx, cy, r = 630, 850, 140
    s.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=9)
    pts = [(cx + 38 * math.cos(math.radians(90 + k * 36)) * (1 if k % 2 == 0 else 0.4),
            cy - 38 * math.sin(math.radians(90 + k * 36)) * (1 if k % 2 == 0 else 0.4)) for k in range(10)]
    s.polygon(pts, fill=255)
    f_seal = ImageFont.truetype(CJK, 30, index=0)
    for k, ch in enumerate(company):
        a = math.radians(200 - k * 22)
        s.text((cx + 95 * math.cos(a) - 15, cy - 95 * math.sin(a) - 15), ch, font=f_seal, fill=255)
    ink = Image.new("RGB", (w, h), (222, 38, 42))
    # seal ink multiplies with the print under it: black print stays black
    img = Image.composite(ImageChops.multiply(img, ink), img, seal.filter(ImageFilter.GaussianBlur(0.7)))
    return img, (date,)


def seal_photo(seed: int = 0, *, shade: float = 0.66, size: tuple[int, int] = (1100, 1450)) -> Shot:
    """The seal certificate on a grey table, the phone's shadow over its lower right part (the seal and the date)
    darkening it to ``shade`` of the light, a soft-edged shadow; slight blur, JPEG."""
    rnd = random.Random(seed)
    sheet, date = seal_sheet(seed)
    photo = Image.new("RGB", size, (70, 72, 76))
    at = ((size[0] - sheet.width) // 2 + rnd.randint(-10, 10), (size[1] - sheet.height) // 2)
    photo.paste(sheet, at)
    w, h = size
    shadow = Image.new("L", size, 255)
    ImageDraw.Draw(shadow).polygon([(w * 0.45, h), (w * 0.5, h * 0.48), (w, h * 0.42), (w, h)],
                                   fill=round(255 * shade))
    shadow = shadow.filter(ImageFilter.GaussianBlur(25))
    photo = Image.merge("RGB", [ImageChops.multiply(c, shadow) for c in photo.split()])
    return Shot(_jpeg(photo.filter(ImageFilter.GaussianBlur(0.7)), 75), date)
