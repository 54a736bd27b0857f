"""Phone photos of a ledger page (a bank passbook or statement: dates, a description, money out and in, a balance) in
the ways a hurried person takes them: a smooth shade falling across part of the sheet (a lamp to one side, the phone's
own shadow far off), one or two corners of the sheet out of the frame, the phone held sideways or upside down (the
picture turned 0, 90, 180 or 270 degrees) with the sheet a few degrees askew on the desk. Chinese and English pages.

Written for packet.reading's photo tests (tests/test_photo_variants.py) and for measuring them (``python
tests/photovariantgen.py SEED0 N``: text recall of the OCR against each page's truth, and whether the page was turned
upright). Its wording, layout and drawing share nothing with packet's reader or the other generators.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
INK = 20
PAPER = 238


@dataclass(frozen=True)
class Variant:
    image: Image.Image  # RGB, the photo as the phone saved it
    words: tuple[str, ...]  # every word printed (zh: every run of characters between spaces), in reading order
    turn: int  # clockwise degrees that make the picture upright (Page.rotation's sense)
    zh: bool
    shade: float  # the share of light taken away where the shade is deepest
    side: str  # where the shade comes from: "left", "right", "top", "bottom"
    out: int  # corners of the sheet outside the picture
    size: float  # the picture's scale against a 1500 x 2000 photo (a copy a messenger sent on: 0.3-0.5)


def _font(zh: bool, px: int, serif: bool = False) -> ImageFont.FreeTypeFont:
    if zh:
        return ImageFont.truetype(HEI, px, index=0)
    return ImageFont.truetype(SERIF if serif else SANS, px)


def ledger(zh: bool, rnd: random.Random, size: tuple[int, int] = (1240, 1754)) -> tuple[Image.Image, tuple[str, ...]]:
    """A grey ledger page (``size`` pixels, ~150 dpi A4) and its words in reading order: a heading, an account block,
    then a table of 12-16 dated rows whose first columns (date, description, money out) run along the left edge."""
    w, h = size
    img = Image.new("L", size, PAPER)
    d = ImageDraw.Draw(img)
    words: list[str] = []
    body = _font(zh, 27)

    def put(x: int, y: int, text: str, font: ImageFont.FreeTypeFont = body) -> None:
        d.text((x, y), text, font=font, fill=INK)
        words.extend(text.split())

    if zh:
        bank = rnd.choice(["青岚农村商业银行", "东湾城市信用社", "澄江储蓄银行"])
        put(90, 70, bank + " 活期存折明细", _font(True, 44))
        put(90, 150, "户名 " + rnd.choice(["蒋雨桐", "冯立川", "顾明澜", "邹晓禾"]))
        put(650, 150, f"账号 {rnd.randint(6200, 6299)} {rnd.randint(1000, 9999)} {rnd.randint(1000, 9999)}")
        put(90, 200, f"开户网点 {rnd.choice(['城东支行', '湖滨分理处', '新区支行'])}")
        heads = ["日期", "摘要", "支出", "存入", "余额", "网点"]
        notes = ["工资", "转账", "消费", "取现", "利息", "缴费", "退款", "代发"]
    else:
        bank = rnd.choice(["Fenmoor Savings Bank", "Larchwick Building Society", "Corrow Valley Credit Union"])
        put(90, 70, bank, _font(False, 44, serif=True))
        put(90, 150, "Statement of account for " + rnd.choice(["Maren Oduya", "Cillian Hartsop", "Priya Wendover"]))
        put(90, 200, f"Account number {rnd.randint(10, 99)}-{rnd.randint(10, 99)}-{rnd.randint(10, 99)} "
                     f"{rnd.randint(10000000, 99999999)}")
        heads = ["Date", "Details", "Paid out", "Paid in", "Balance", "Ref"]
        notes = ["Salary", "Transfer", "Grocer", "Cash", "Interest", "Water", "Refund", "Rent", "Phone", "Bus"]
    cols = [90, 260, 520, 700, 880, 1080]
    y = 290
    d.line((80, y - 12, w - 80, y - 12), fill=INK, width=2)
    for x, head in zip(cols, heads, strict=True):
        put(x, y, head)
    y += 50
    d.line((80, y - 8, w - 80, y - 8), fill=INK, width=1)
    balance = rnd.randint(800, 5000) + rnd.randint(0, 99) / 100
    month = rnd.randint(1, 9)
    day = 1
    for _ in range(rnd.randint(12, 16)):
        day = min(28, day + rnd.randint(1, 3))
        amount = rnd.randint(5, 900) + rnd.randint(0, 99) / 100
        out = rnd.random() < 0.7
        balance = balance - amount if out else balance + amount
        date = f"2026-{month:02d}-{day:02d}" if zh else f"{day:02d}/{month:02d}/26"
        cells = [date, rnd.choice(notes), f"{amount:.2f}" if out else "", "" if out else f"{amount:.2f}",
                 f"{balance:.2f}", f"{rnd.randint(100, 999)}"]
        for x, text in zip(cols, cells, strict=True):
            if text:
                put(x, y, text)
        y += 46 + rnd.randint(0, 6)
    d.line((80, y, w - 80, y), fill=INK, width=2)
    put(90, y + 30, "本页结束 请核对" if zh else "End of page please check your entries")
    return img, tuple(words)


def photo(zh: bool, seed: int, *, turn: int | None = None, out: int | None = None, shade: float | None = None,
          side: str | None = None, size: float | None = None) -> Variant:
    """A phone photo of :func:`ledger`: the sheet on a desk a few degrees askew, a smooth shade of ``shade`` (the share
    of light taken away at its deepest, 0.25-0.6 by default) falling off from ``side`` over 30-60 % of the picture,
    ``out`` (1 or 2) corners of the sheet beyond the picture's edge, the picture turned so that ``turn`` clockwise
    degrees make it upright, scaled by ``size`` (1: 1500 x 2000 pixels; a third of the photos are small copies, 0.3-0.5,
    as messengers pass them on). Unset arguments are drawn from ``seed``."""
    rnd = random.Random(seed * 7919 + (1 if zh else 0))
    page, words = ledger(zh, rnd)
    turn = rnd.choice([0, 90, 180, 270]) if turn is None else turn
    out = rnd.choice([1, 2]) if out is None else out
    shade = rnd.uniform(0.25, 0.6) if shade is None else shade
    side = rnd.choice(["left", "right", "top", "bottom"]) if side is None else side
    size = (rnd.uniform(0.3, 0.5) if rnd.random() < 1 / 3 else 1.0) if size is None else size
    # the desk: a dull, slightly uneven surface
    W, H = 1500, 2000
    tone = rnd.choice([(70, 62, 55), (95, 90, 84), (48, 52, 60), (120, 96, 70)])
    desk = Image.new("RGB", (W, H), tone)
    dd = ImageDraw.Draw(desk)
    for _ in range(300):
        x, y = rnd.randrange(W), rnd.randrange(H)
        c = rnd.randint(-10, 10)
        dd.ellipse((x, y, x + rnd.randint(10, 60), y + rnd.randint(10, 60)),
                   fill=tuple(max(0, min(255, v + c)) for v in tone))
    desk = desk.filter(ImageFilter.GaussianBlur(3))
    # the sheet, nearly filling the frame
    scale = rnd.uniform(0.92, 1.0)
    sheet = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
    angle = rnd.uniform(-3.0, 3.0)
    mask = Image.new("L", sheet.size, 255).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    # placed with one corner past two edges of the frame, or one side (two corners) past one edge
    push_x, push_y = rnd.randint(40, 110), rnd.randint(40, 110)
    x, y = (W - sheet.width) // 2, (H - sheet.height) // 2
    if out == 1:
        corner = rnd.choice(["tl", "tr", "bl", "br"])
        x = -push_x if "l" in corner else W - sheet.width + push_x
        y = -push_y if "t" in corner else H - sheet.height + push_y
    else:
        edge = rnd.choice(["t", "b", "l", "r"])
        if edge in "tb":
            y = -push_y if edge == "t" else H - sheet.height + push_y
        else:
            x = -push_x if edge == "l" else W - sheet.width + push_x
    rgb = Image.merge("RGB", [sheet] * 3)
    desk.paste(rgb, (x, y), mask)
    # the smooth shade: light falling off linearly from ``side`` over ``reach`` of the picture
    reach = rnd.uniform(0.3, 0.6)
    ramp = Image.linear_gradient("L")  # 0 at the top, 255 at the bottom
    ramp = ramp.point(lambda v: max(0, min(255, round(255 * (1 - (v / 255) / reach)))))
    ramp = {"top": ramp, "bottom": ramp.rotate(180), "left": ramp.rotate(90), "right": ramp.rotate(-90)}[side]
    ramp = ramp.resize((W, H), Image.Resampling.BILINEAR)
    light = ramp.point(lambda v: round(255 * (1 - shade * v / 255)))
    shaded = Image.merge("RGB", [ImageChops.multiply(b, light) for b in desk.split()])
    shaded = shaded.filter(ImageFilter.GaussianBlur(0.7))
    # the phone held sideways or upside down: the picture is turned by the opposite of what makes it upright
    pic = shaded.rotate(turn, expand=True) if turn else shaded
    if size != 1.0:
        pic = pic.resize((round(pic.width * size), round(pic.height * size)), Image.Resampling.BOX)
    return Variant(pic, words, turn, zh, round(shade, 3), side, out, round(size, 2))


def recall(words: tuple[str, ...], text: str) -> float:
    """Share of ``words`` (printed) found in ``text`` (read), each word looked for with spaces taken out of both, in
    order of appearance but not in sequence (a word found anywhere counts)."""
    flat = "".join(text.split())
    found = sum(1 for w in words if w in flat)
    return found / max(1, len(words))


def main(argv: list[str]) -> None:
    """``photovariantgen.py SEED0 N [OUT]``: read N photos (seeds SEED0..SEED0+N-1, zh on odd seeds) with the engine
    ``packet`` chooses for their language (zh: PP-OCR, en: Tesseract), and print each one's recall and turn, then
    the means. ``OUT``: a folder to save the photos to (JPEG)."""
    import time
    from pathlib import Path

    from packet.reading import engines
    from packet.reading.ocr import ocr_image

    seed0, n = int(argv[0]), int(argv[1])
    folder = Path(argv[2]) if len(argv) > 2 else None
    rows = []
    for seed in range(seed0, seed0 + n):
        zh = seed % 2 == 1
        v = photo(zh, seed)
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
            v.image.save(folder / f"v{seed}-{'zh' if zh else 'en'}-t{v.turn}.jpg", quality=88)
        t = time.perf_counter()
        eng = engines.RAPIDOCR if zh else engines.TESSERACT
        # a photo's resolution as packet.reading.ingest.image_dpi takes it: its short side an A4 width
        page = ocr_image(v.image.convert("L"), number=1, languages="chi_sim+eng" if zh else "eng",
                         dpi=min(v.image.size) / 8.27, engine=eng)
        took = time.perf_counter() - t
        r = recall(v.words, page.text)
        rows.append((seed, zh, v.turn, page.rotation, r, took))
        print(f"seed {seed} {'zh' if zh else 'en'} turn {v.turn:3d} read {page.rotation:3d} "
              f"{'ok ' if page.rotation == v.turn else 'BAD'} recall {r:.3f} shade {v.shade:.2f} {v.side:6s} "
              f"out {v.out} size {v.size:.2f} crop {page.crop} corners {page.corners is not None} {took:.1f}s", flush=True)
    for lang in (False, True):
        sel = [r for r in rows if r[1] == lang]
        if sel:
            print(f"{'zh' if lang else 'en'}: {len(sel)} photos, turned right {sum(r[2] == r[3] for r in sel)}, "
                  f"mean recall {sum(r[4] for r in sel) / len(sel):.3f}, min {min(r[4] for r in sel):.3f}, "
                  f"time {sum(r[5] for r in sel):.0f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
