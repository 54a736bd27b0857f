"""Phone photos of a printed sheet on a desk with a sharp shadow across part of it (a hand, the phone, a door frame),
for the tests of packet.reading.ocr's sheet finding (tests/test_photo_light.py).

Written for these tests alone: its wording, layouts and drawing share nothing with packet's reader or the other
generators. Each sheet has a title line at the top (``Shot.title``, the words a test looks for) above a block of
label/value lines and a short table; the shadow darkens the part of the picture it covers (sheet and desk alike) by
``strength`` (the share of light taken away), with a hard edge.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

SHAPES = ("wedge", "hand", "band", "corner")


@dataclass(frozen=True)
class Shot:
    image: Image.Image  # RGB, the photo
    title: str  # the sheet's top line
    lines: tuple[str, ...]  # every line printed, title first


def _font(cjk: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(HEI, px, index=0) if cjk else ImageFont.truetype(SANS, px)


def sheet(cjk: bool, seed: int) -> tuple[Image.Image, tuple[str, ...]]:
    """A white A5-proportioned sheet (1000 x 1414 px) and its lines, title first."""
    rnd = random.Random(seed)
    if cjk:
        title = rnd.choice(["职工月度薪酬明细", "门诊费用结算清单", "个人账户往来对账单"])
        rows = [("单位", rnd.choice(["杭州青禾包装有限公司", "南京东岭机电厂"])), ("姓名", rnd.choice(["赵明远", "钱晓岚"])),
                ("月份", f"2026年{rnd.randint(1, 9)}月"), ("编号", f"QH{rnd.randint(10000, 99999)}")]
        table = [("基本", f"{rnd.randint(3000, 6000)}.00"), ("补助", f"{rnd.randint(100, 900)}.00"),
                 ("扣款", f"-{rnd.randint(100, 500)}.50"), ("实付", f"{rnd.randint(3000, 6000)}.50")]
    else:
        title = rnd.choice(["MONTHLY EARNINGS RECORD", "CLINIC VISIT STATEMENT", "ACCOUNT ACTIVITY SUMMARY"])
        rows = [("Company", rnd.choice(["Harbour Line Freight", "Ostley Print Works"])),
                ("Name", rnd.choice(["Nadia Brennan", "Tomas Fairley"])),
                ("Month", rnd.choice(["March 2026", "April 2026"])), ("Ref", f"HL-{rnd.randint(1000, 9999)}")]
        table = [("Basic", f"{rnd.randint(1500, 3000)}.00"), ("Overtime", f"{rnd.randint(50, 400)}.25"),
                 ("Tax", f"-{rnd.randint(100, 400)}.10"), ("Paid", f"{rnd.randint(1500, 3000)}.65")]
    img = Image.new("RGB", (1000, 1414), (246, 245, 240))
    d = ImageDraw.Draw(img)
    d.text((500, 90), title, font=_font(cjk, 50), fill=(15, 15, 15), anchor="mm")
    lines = [title]
    y = 190
    for label, value in rows:
        d.text((90, y), label + ("：" if cjk else ":"), font=_font(cjk, 34), fill=(25, 25, 25))
        d.text((330, y), value, font=_font(cjk, 34), fill=(25, 25, 25))
        lines.append(f"{label} {value}")
        y += 62
    y += 30
    d.line((80, y, 920, y), fill=(40, 40, 40), width=3)
    y += 25
    for label, value in table:
        d.text((110, y), label, font=_font(cjk, 32), fill=(25, 25, 25))
        d.text((880, y), value, font=_font(cjk, 32), fill=(25, 25, 25), anchor="ra")
        lines.append(f"{label} {value}")
        y += 56
    return img, tuple(lines)


def _shadow_mask(shape: str, size: tuple[int, int], rnd: random.Random) -> Image.Image:
    """255 where the shadow falls, for a picture of ``size``: hard-edged."""
    w, h = size
    m = Image.new("L", size, 0)
    d = ImageDraw.Draw(m)
    if shape == "wedge":  # a straight shadow edge across the top left of the picture, as a phone held over it casts
        d.polygon([(0, 0), (int(w * rnd.uniform(0.75, 0.9)), 0), (0, int(h * rnd.uniform(0.45, 0.55)))], fill=255)
    elif shape == "hand":  # a rounded shadow from the top edge, as a hand casts
        cx = int(w * rnd.uniform(0.3, 0.5))
        d.ellipse((cx - int(w * 0.4), -int(h * 0.25), cx + int(w * 0.4), int(h * 0.3)), fill=255)
    elif shape == "band":  # a band across the picture (a door frame, a lamp arm)
        y = int(h * rnd.uniform(0.05, 0.1))
        d.polygon([(0, y), (w, y + int(h * 0.06)), (w, y + int(h * 0.3)), (0, y + int(h * 0.24))], fill=255)
    elif shape == "corner":  # the top left and the left side in shade
        d.rectangle((0, 0, int(w * 0.35), h), fill=255)
        d.rectangle((0, 0, w, int(h * 0.2)), fill=255)
    else:
        raise ValueError(shape)
    return m


def photo(cjk: bool, shape: str, strength: float, seed: int = 0, *, dim: float = 0.9) -> Shot:
    """The sheet laid on a brown desk (a little turned), photographed at 1500 x 2000 px, the shadow ``shape`` (one of
    :data:`SHAPES`) taking ``strength`` (0-1) of the light where it falls, the whole picture at ``dim`` brightness."""
    rnd = random.Random(seed * 7 + SHAPES.index(shape))
    page, lines = sheet(cjk, seed)
    w, h = 1500, 2000
    desk = Image.new("RGB", (w, h), (96, 70, 48))
    dd = ImageDraw.Draw(desk)
    for y in range(0, h, 5):
        c = rnd.randint(-10, 10)
        dd.line((0, y, w, y + rnd.randint(-15, 15)), fill=(96 + c, 70 + c, 48 + c), width=2)
    scale = rnd.uniform(1.25, 1.32)
    sheet_img = page.resize((int(page.width * scale), int(page.height * scale)))
    angle = rnd.uniform(-2.0, 2.0)
    turned = sheet_img.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    cover = Image.new("L", sheet_img.size, 255).rotate(angle, expand=True)
    desk.paste(turned, ((w - turned.width) // 2, (h - turned.height) // 2), cover)
    shade = _shadow_mask(shape, (w, h), rnd)
    dark = desk.point(lambda v: int(v * (1 - strength)))
    desk = Image.composite(dark, desk, shade)
    desk = desk.point(lambda v: int(v * dim)).filter(ImageFilter.GaussianBlur(1.2))
    return Shot(desk, lines[0], lines)
