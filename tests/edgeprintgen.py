"""Phone photos of a sheet whose own print reaches a part that looks like desk to a brightness rule: a letterhead
printed in light letters on a dark band running to the paper's top edge (the sheet on a wooden desk, its far end seen a
little narrower, a soft shadow along one side), and an identity card's back taken at an angle under a smooth shade that
darkens its lower right half (the light falling off, no edge). For tests/test_photo_edges.py.

Written for those tests alone: wording, layout and drawing share nothing with packet's reader or the other generators.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


@dataclass(frozen=True)
class Shot:
    image: Image.Image  # RGB, the photo
    top: tuple[str, ...]  # the lines printed at the sheet's top (in the band, or the card's title)
    low: tuple[str, ...]  # the lines printed lower down


def _desk(size: tuple[int, int], rnd: random.Random, base: tuple[int, int, int]) -> Image.Image:
    """A wooden desk: streaks of grain a few levels either side of ``base``."""
    w, h = size
    desk = Image.new("RGB", size, base)
    d = ImageDraw.Draw(desk)
    for x in range(0, w, 4):
        c = rnd.randint(-16, 16)
        d.line((x, 0, x + rnd.randint(-30, 30), h), fill=tuple(max(0, v + c) for v in base), width=3)
    return desk.filter(ImageFilter.GaussianBlur(1.2))


def _lay(desk: Image.Image, sheet: Image.Image, at: tuple[int, int], narrow: float, turn: float,
         drop: int) -> Image.Image:
    """``sheet`` laid on ``desk`` with its top-left corner at ``at``, the whole picture's top seen ``narrow`` (share of
    its width) narrower than its bottom (a phone tilted away), turned ``turn`` degrees, with a soft shadow ``drop``
    pixels wide along its left and bottom edges."""
    w, h = desk.size
    layer = Image.new("RGB", (w, h), (0, 0, 0))
    mask = Image.new("L", (w, h), 0)
    layer.paste(sheet, at)
    mask.paste(255, (at[0], at[1], at[0] + sheet.width, at[1] + sheet.height))
    if narrow:
        pull = narrow * w / 2
        quad = (-pull, 0, 0, h, w, h, w + pull, 0)  # where the output's corners come from (ul, ll, lr, ur)
        layer = layer.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
        mask = mask.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC)
    if turn:
        layer = layer.rotate(turn, resample=Image.Resampling.BICUBIC)
        mask = mask.rotate(turn, resample=Image.Resampling.BICUBIC)
    if drop:
        shadow = ImageChops.offset(mask, -drop // 2, drop // 2).filter(ImageFilter.GaussianBlur(drop))
        dim = desk.point(lambda v: int(v * 0.55))
        desk = Image.composite(dim, desk, shadow)
    return Image.composite(layer, desk, mask)


def banded(seed: int = 0, size: tuple[int, int] = (1200, 1600), strip: bool = False) -> Shot:
    """A statement of earnings whose issuer is printed white on a navy band along the paper's top edge, photographed
    on a wooden desk. ``strip``: the band is no part of the sheet but a dark strip across the whole desk above it (the
    spine of a book lying there, its title on it), and the sheet's top is plain paper."""
    rnd = random.Random(seed)
    w, h = size
    sw, sh = round(w * 0.78), round(w * 0.78 * 1.38)
    sheet = Image.new("RGB", (sw, sh), (246, 246, 244))
    d = ImageDraw.Draw(sheet)
    band = round(sh * 0.085)
    name = rnd.choice(["KESTREL MARINE", "DUNMORE CARTAGE", "ORWELL TIMBERS"])
    reg = f"Company No. {rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    top = round(h * 0.06)
    if strip:  # the strip is drawn on the desk below; the sheet's own top is paper
        strip_img = Image.new("RGB", (w, band), (16, 44, 92))
        d = ImageDraw.Draw(strip_img)
        top = round(h * 0.06) + band  # the sheet pushed against it
    else:
        d.rectangle((0, 0, sw, band), fill=(16, 44, 92))
    d.text((sw // 16, band * 0.16), name, font=ImageFont.truetype(BOLD, round(band * 0.42)), fill=(255, 255, 255))
    d.text((sw // 16, band * 0.66), reg, font=ImageFont.truetype(PLAIN, round(band * 0.2)), fill=(205, 220, 238))
    d = ImageDraw.Draw(sheet)
    body = ImageFont.truetype(PLAIN, round(sw / 34))
    low = ("EARNINGS STATEMENT", f"Worker  {rnd.choice(['Ruth Penhale', 'Amos Keverne'])}",
           "Period  01/09/2026 - 14/09/2026", f"Total earnings  {rnd.randint(1200, 1900)}.00",
           f"Paid to bank  {rnd.randint(900, 1150)}.50")
    for i, line in enumerate(low):
        d.text((sw // 16, band + sh * 0.05 + i * sh * 0.055), line, font=body, fill=(20, 20, 20))
    desk = _desk(size, rnd, (96, 78, 60))
    if strip:
        desk.paste(strip_img, (0, round(h * 0.06)))
    out = _lay(desk, sheet, ((w - sw) // 2, top), narrow=0.05, turn=0.4, drop=10)
    return Shot(out.filter(ImageFilter.GaussianBlur(0.7)), (name, reg), low)


def _perspective(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> tuple[float, ...]:
    """PIL's PERSPECTIVE coefficients that draw the points ``src`` (of the input) at ``dst`` (of the output): the eight
    unknowns of x = (aX + bY + c) / (gX + hY + 1), y = (dX + eY + f) / (gX + hY + 1), solved by Gauss-Jordan."""
    rows = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        rows.append([u, v, 1, 0, 0, 0, -x * u, -x * v, x])
        rows.append([0, 0, 0, u, v, 1, -y * u, -y * v, y])
    n = 8
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(rows[r][c]))
        rows[c], rows[p] = rows[p], rows[c]
        for r in range(n):
            if r != c:
                f = rows[r][c] / rows[c][c]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[c], strict=True)]
    return tuple(rows[r][n] / rows[r][r] for r in range(n))


def shaded_card(seed: int = 0) -> Shot:
    """The back of an identity card photographed at an angle on a desk: its far left corner seen further away, a soft
    shadow under it, the light falling off from left to right and a soft round shade over the lower right (a phone
    held over it), on card and desk alike: no edge anywhere but the card's own."""
    rnd = random.Random(seed)
    cw, ch = 1280, 808
    card = Image.new("RGB", (cw, ch), (224, 234, 240))
    d = ImageDraw.Draw(card)
    big = ImageFont.truetype(CJK, 78, index=0)
    mid = ImageFont.truetype(CJK, 42, index=0)
    top = ("中华人民共和国", "居民身份证")
    office = rnd.choice(["杭州市公安局西湖分局", "成都市公安局武侯分局", "济南市公安局历下分局"])
    low = (f"签发机关  {office}", f"有效期限  20{rnd.randint(10, 19)}.0{rnd.randint(1, 9)}.1{rnd.randint(0, 9)}-长期")
    d.ellipse((100, 80, 320, 300), outline=(200, 30, 30), width=6)
    d.text((390, 90), top[0], font=big, fill=(15, 15, 15))
    d.text((450, 225), top[1], font=big, fill=(15, 15, 15))
    for i, line in enumerate(low):
        d.text((225, 566 + i * 90), line, font=mid, fill=(15, 15, 15))
    w, h = round(cw * 1.25), round(ch * 1.2)
    desk = Image.new("RGBA", (w, h), (94, 80, 66, 255))
    lean = cw * 0.04
    corners = [(w * 0.1 + lean, h * 0.06), (w * 0.9 - lean * 0.3, h * 0.08), (w * 0.93, h * 0.95), (w * 0.06, h * 0.93)]
    coeffs = _perspective([(0, 0), (cw, 0), (cw, ch), (0, ch)], corners)
    laid = card.convert("RGBA").transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    under = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(under).polygon([(x + 16, y + 20) for x, y in corners], fill=(0, 0, 0, 110))
    desk.alpha_composite(under.filter(ImageFilter.GaussianBlur(16)))
    desk.alpha_composite(laid)
    across = Image.linear_gradient("L").rotate(90).resize((w, h))  # 0 on the left, 255 on the right
    fall = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    fall.putalpha(across.point(lambda v: v * 62 // 255))
    desk.alpha_composite(fall)
    blob = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(blob).ellipse((w * 0.55, h * 0.55, w * 1.1, h * 1.2), fill=(0, 0, 0, 52))
    desk.alpha_composite(blob.filter(ImageFilter.GaussianBlur(40)))
    out = desk.convert("RGB").rotate(-2, fillcolor=(62, 52, 42)).filter(ImageFilter.GaussianBlur(0.8))
    return Shot(out, top, low)
