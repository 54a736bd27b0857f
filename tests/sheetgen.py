"""Phone photos of one printed sheet lying turned on a wooden desk, in the light a person takes them in: a sharp
wedge of shadow over a corner, a whole side in shade, the phone tilted (perspective), dim light. For the tests of the
exhibit a photo becomes in the built packet (tests/test_photo_exhibit.py).

Written for those tests alone: wording, layout and drawing share nothing with packet's reader or the other generators.
The sheet is white paper (245) with black print; the desk a brown wood grain; shade takes ``shade`` of the light
wherever it falls, paper and desk alike, with an edge a pixel or two wide.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
PAPER = 245


@dataclass(frozen=True)
class Snap:
    image: Image.Image  # RGB, the photo
    words: tuple[str, ...]  # what is printed, a line each
    sheet_share: float  # the sheet's area as a share of the picture's


def page(zh: bool, seed: int, size: tuple[int, int] = (700, 990)) -> tuple[Image.Image, tuple[str, ...]]:
    """The printed sheet: a heading and six lines in a 1-pixel frame of white margin."""
    rnd = random.Random(seed)
    w, h = size
    if zh:
        lines = ("工资条", f"姓名 孙{rnd.choice('立伟晨')}", f"工资月份 2026年{rnd.randint(1, 9)}月",
                 "单位 泉州海岚纺织厂", f"应发工资 {rnd.randint(4000, 7000)}.00", f"实发工资 {rnd.randint(3000, 3900)}.40")
        font = ImageFont.truetype(CJK, w // 18, index=0)
    else:
        lines = ("PAYSLIP", f"Employee: {rnd.choice(['Ilse Marrow', 'Owen Tregear'])}", "Pay period: March 2026",
                 "Employer: Calder Quay Bakery", f"Gross pay {rnd.randint(600, 900)}.00",
                 f"Net pay {rnd.randint(400, 590)}.75")
        font = ImageFont.truetype(LATIN, w // 24)
    img = Image.new("L", size, PAPER)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((w // 9, h // 12 + i * h // 9), line, font=font, fill=10)
    return img, lines


def photo(zh: bool = False, *, angle: float = 4.0, shade: float = 0.55, where: str = "wedge", tilt: float = 0.0,
          light: float = 0.95, seed: int = 0, size: tuple[int, int] = (900, 1200)) -> Snap:
    """The sheet turned ``angle`` degrees on a desk, the picture ``size`` pixels; ``where`` the shadow falls
    ("wedge": over the top left corner, "side": the whole left side, "none"); ``tilt`` pulls the top edge in by that
    share (a phone tilted towards the sheet); ``light`` scales the whole picture (dim light below 0.6)."""
    rnd = random.Random(seed)
    w, h = size
    desk = Image.new("RGB", size, (112, 80, 52))
    dd = ImageDraw.Draw(desk)
    for x in range(0, w, 3):
        c = rnd.randint(-14, 14)
        dd.line((x, 0, x + rnd.randint(-20, 20), h), fill=(112 + c, 80 + c, 52 + c), width=2)
    sheet, words = page(zh, seed, (round(w * 0.76), round(w * 0.76 * 1.414)))
    sheet = sheet.convert("RGB")
    mask = Image.new("L", sheet.size, 255)
    if tilt:
        sw, sh = sheet.size
        pull = tilt * sw
        # the top edge seen shorter: each output pixel's source, corners top-left, top-right, bottom-right, bottom-left
        quad = (-pull, 0, -pull, sh, sw + pull, sh, sw + pull, 0)
        sheet = sheet.transform(sheet.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
        mask = mask.transform(mask.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=0)
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    desk.paste(sheet, ((w - sheet.width) // 2, (h - sheet.height) // 2), mask)
    share = sum(mask.histogram()[128:]) / (w * h)
    shadow = Image.new("L", size, 0)
    sd = ImageDraw.Draw(shadow)
    if where == "wedge":
        sd.polygon([(0, 0), (int(w * 0.85), 0), (0, int(h * 0.5))], fill=255)
    elif where == "side":
        sd.rectangle((0, 0, int(w * 0.42), h), fill=255)
    shadow = shadow.filter(ImageFilter.GaussianBlur(1.0))
    dark = desk.point(lambda v: int(v * (1 - shade)))
    out = Image.composite(dark, desk, shadow).point(lambda v: int(v * light)).filter(ImageFilter.GaussianBlur(0.8))
    return Snap(out, words, share)
