"""A case folder whose reading takes long enough to interrupt: one multi-page document of phone photos (each page a
sheet of dense print on a dark desk, turned a little and lit unevenly), saved as a multi-page TIFF of JPEG-compressed
frames, as a phone's scanner app keeps a document. Real pages for the real OCR engines: Tesseract reads an English
case's pages, PP-OCR a Chinese case's (``--ocr-engine auto``)."""

from __future__ import annotations

import random
from pathlib import Path

from fixtures_reading import CJK_FONT, LATIN_FONT
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_EN = ["Date", "Description", "Paid out", "Paid in", "Balance"]
_ZH = ["日期", "摘要", "支出", "收入", "余额"]


def photo_page(seed: int, *, cjk: bool, dpi: int = 200, rows: int = 34) -> Image.Image:
    """One A4 statement page with ``rows`` booked rows, photographed: RGB, the sheet turned 2-4 degrees on a dark
    surround, a light falling off to one side, a little blur and grain. Deterministic for ``seed``."""
    rnd = random.Random(seed)
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    sheet = Image.new("RGB", (w, h), (246, 243, 235))
    draw = ImageDraw.Draw(sheet)
    px = round(9.5 / 72 * dpi)
    font = ImageFont.truetype(CJK_FONT, px, index=0) if cjk else ImageFont.truetype(LATIN_FONT, px)
    x0, y = round(0.6 * dpi), round(0.7 * dpi)
    title = "中国建设银行 个人活期账户交易明细" if cjk else "Northfield Bank plc  Current account statement"
    draw.text((x0, y), title, fill=(25, 25, 30), font=ImageFont.truetype(CJK_FONT if cjk else LATIN_FONT,
                                                                       round(px * 1.4), index=0) if cjk else
              ImageFont.truetype(LATIN_FONT, round(px * 1.4)))
    y += round(px * 3)
    cols = [x0, x0 + round(1.3 * dpi), x0 + round(4.3 * dpi), x0 + round(5.3 * dpi), x0 + round(6.3 * dpi)]
    for x, head in zip(cols, _ZH if cjk else _EN, strict=True):
        draw.text((x, y), head, fill=(25, 25, 30), font=font)
    y += round(px * 1.8)
    balance = rnd.randint(20000, 90000) / 10
    words = (["超市购物", "工资", "转账", "水电费", "餐饮", "医院缴费", "房租"] if cjk else
             ["Tesco Stores", "Salary ACME LTD", "Transfer to savings", "Northern Water", "Rent", "Pharmacy", "Bus"])
    for i in range(rows):
        amount = rnd.randint(100, 30000) / 100
        out = rnd.random() < 0.7
        balance += -amount if out else amount
        cells = [f"2026-{(seed % 9) + 1:02d}-{i % 28 + 1:02d}", rnd.choice(words),
                 f"{amount:,.2f}" if out else "", "" if out else f"{amount:,.2f}", f"{balance:,.2f}"]
        for x, cell in zip(cols, cells, strict=True):
            draw.text((x, y), cell, fill=(25, 25, 30), font=font)
        y += round(px * 1.75)
    # the photograph: a margin of desk, the sheet turned, light falling off to the right, blur and grain
    pad = round(0.5 * dpi)
    photo = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (48, 42, 38))
    turned = sheet.rotate(rnd.uniform(2.0, 4.0) * rnd.choice((-1, 1)), resample=Image.BICUBIC, expand=True,
                          fillcolor=(48, 42, 38))
    photo.paste(turned, ((photo.width - turned.width) // 2, (photo.height - turned.height) // 2))
    shade = Image.linear_gradient("L").rotate(90).resize(photo.size).point(lambda v: 255 - v // 4)
    photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    grain = Image.effect_noise(photo.size, 10).convert("RGB")
    return Image.blend(photo, grain, 0.06)


def photo_case(root: Path, *, cjk: bool, pages: int = 6) -> Path:
    """A case folder at ``root``: its ``packet.toml`` (language zh when ``cjk``, else en) and one ``pages``-page
    TIFF of photographed statement pages (JPEG-compressed frames at 200 dpi). Returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    lang = "zh" if cjk else "en"
    (root / "packet.toml").write_text(f'[applicant]\nname = "{"张伟" if cjk else "John Smith"}"\n\n'
                                      f'[request]\nlanguage = "{lang}"\n', encoding="utf-8")
    frames = [photo_page(seed, cjk=cjk) for seed in range(pages)]
    frames[0].save(root / "statement-photos.tiff", save_all=True, append_images=frames[1:], compression="jpeg",
                   quality=85, dpi=(200, 200))
    return root
