"""The eighth independently generated judging set (bench/thirdparty/independent8.json): documents drawn as their issuers
print them, from issuers, countries and designs no earlier set uses, written without reading packet's code, vocabulary,
tests, samples or the earlier generators.

    render(doc, form) -> (bytes, extension)      form: text | scan | photo | image

- ``text``: the born-digital PDF (reportlab, invariant mode: the same bytes on every run);
- ``scan``: the page rasterised at 200 dpi in grey, turned by under 2 degrees, with paper noise and specks, wrapped
  in an image-only PDF (one JPEG, no text layer);
- ``photo``: the page rasterised at 200 dpi and photographed: on a desk with something beside it, in perspective,
  with uneven light, a shadow, sometimes a fold, in low light or soft focus, saved as a JPEG of quality 60-80;
- ``image``: a phone screenshot (PNG) of a page drawn at a phone's size.

Every random choice is seeded from the entry's id (sha256), so the files are rebuilt byte for byte. Imports nothing
from packet. The labels (:data:`DOCS`' ``draw`` returns them) are the values each drawing prints.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
A4 = (595.0, 842.0)
A4L = (842.0, 595.0)
PHONE = (360.0, 780.0)
RED = Color(0.82, 0.1, 0.12)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.92, 0.93, 0.95)


def _fonts() -> None:
    if "I8MONO" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("I8ZH", ZH_FONT, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("I8MONO", MONO_FONT))


def D(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def m(d: Decimal) -> str:
    """Money as printed: thousands separators, two decimals."""
    return f"{d:,.2f}"


def plain(d: Decimal) -> str:
    """Money as labelled (the interface's normal form)."""
    return f"{d:.2f}"


class Page:
    """A reportlab canvas addressed from the top-left, in points."""

    def __init__(self, c: canvas.Canvas, size: tuple[float, float]):
        self.c, self.w, self.h = c, size[0], size[1]

    def t(self, x, y, s, size=9.0, font="I8ZH", color=black, align="l"):
        c = self.c
        if not isinstance(font, str):  # a colour given where the font goes: the default font
            font, color = "I8ZH", font
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)

    def line(self, x0, y0, x1, y1, w=0.6, color=black, dash=None):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(w)
        c.setDash(*(dash or ()))
        c.line(x0, self.h - y0, x1, self.h - y1)
        c.setDash()

    def box(self, x, y, w, h, fill=None, stroke=black, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.setStrokeColor(stroke if stroke is not None else white)
        c.rect(x, self.h - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)

    def rbox(self, x, y, w, h, r=8, fill=white, stroke=None):
        c = self.c
        c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.roundRect(x, self.h - y - h, w, h, r, stroke=1 if stroke is not None else 0, fill=1)

    def circle(self, x, y, r, color=RED, lw=1.6, fill=None):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.circle(x, self.h - y, r, stroke=1, fill=1 if fill is not None else 0)

    def table(self, x, y, widths, rows, rowh=15.0, size=8.0, font="I8ZH", aligns=None, grid=True, head_fill=None,
              bold_rows=(), hlines=False):
        """Rows of cells; ``aligns`` per column (l, r, c). Returns the y below the table."""
        aligns = aligns or ["l"] * len(widths)
        total = sum(widths)
        for i, row in enumerate(rows):
            top = y + i * rowh
            if i == 0 and head_fill is not None:
                self.box(x, top, total, rowh, fill=head_fill, stroke=None)
            cx = x
            for w, a, cell in zip(widths, aligns, row, strict=False):
                if cell:
                    f = font
                    if a == "r":
                        self.t(cx + w - 3, top + rowh - 4.2, cell, size, f, align="r")
                    elif a == "c":
                        self.t(cx + w / 2, top + rowh - 4.2, cell, size, f, align="c")
                    else:
                        self.t(cx + 3, top + rowh - 4.2, cell, size, f)
                cx += w
            if grid:
                self.box(x, top, total, rowh, stroke=black, lw=0.5)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.line(cx, top, cx, top + rowh, 0.5)
            elif hlines:
                self.line(x, top + rowh, x + total, top + rowh, 0.4, GREY)
        return y + len(rows) * rowh

    def seal(self, x, y, r, ring: str, centre: str = "", color=RED):
        """An official round seal: a ring, a star and the issuer's name along the upper arc."""
        c = self.c
        self.circle(x, y, r, color, lw=2.0)
        c.setFillColor(color)
        c.setFont("I8ZH", r * 0.2)
        n = len(ring)
        for i, ch in enumerate(ring):
            a = math.radians(210 - 240 * (i + 0.5) / n)
            px, py = x + 0.76 * r * math.cos(a), (self.h - y) + 0.76 * r * math.sin(a)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -r * 0.07, ch)
            c.restoreState()
        c.setFont("I8ZH", r * 0.42)
        c.drawCentredString(x, self.h - y - r * 0.12, "★")
        if centre:
            c.setFont("I8ZH", r * 0.17)
            c.drawCentredString(x, self.h - y - r * 0.55, centre)


@dataclass
class Doc:
    lang: str
    type: str
    forms: tuple[str, ...]
    note: str
    fn: Callable[[Page], tuple[dict, list]]
    size: tuple[float, float] = A4
    photo: dict = field(default_factory=dict)

    def draw(self, c: canvas.Canvas | None = None):
        """(pdf bytes, fields, absent)."""
        _fonts()
        buf = io.BytesIO()
        cv = canvas.Canvas(buf, pagesize=self.size, invariant=1)
        cv.setTitle("")
        fields, absent = self.fn(Page(cv, self.size))
        cv.showPage()
        cv.save()
        return buf.getvalue(), fields, absent


# ---------------------------------------------------------------------------------------------------------------
# rasterising and photographing


def _raster(pdf: bytes, dpi: int, gray: bool = False) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.pdf"
        p.write_bytes(pdf)
        args = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [str(p), str(Path(tmp) / "p")], check=True)
        im = Image.open(Path(tmp) / "p.png")
        im.load()
        return im.convert("L" if gray else "RGB")


def _noise(size, rng: random.Random, amp: int) -> Image.Image:
    """Grey noise centred on 128 (+- amp), from the seeded generator (PIL's own noise is not seeded)."""
    w, h = size
    small = Image.frombytes("L", (w // 2, h // 2), rng.randbytes((w // 2) * (h // 2)))
    small = small.point(lambda v: 128 - amp + (v * 2 * amp) // 255)
    return small.resize(size, Image.NEAREST)


def _add_noise(im: Image.Image, rng: random.Random, amp: int) -> Image.Image:
    n = _noise(im.size, rng, amp)
    if im.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(im, n, 1.0, -128)


def _specks(im: Image.Image, rng: random.Random, n: int) -> None:
    d = ImageDraw.Draw(im)
    for _ in range(n):
        x, y = rng.randrange(im.width), rng.randrange(im.height)
        r = rng.choice((1, 1, 1, 2, 3))
        d.ellipse((x, y, x + r, y + r), fill=rng.randrange(20, 90))


def scan(pdf: bytes, size, rng: random.Random) -> bytes:
    im = _raster(pdf, 200, gray=True)
    im = im.point(lambda v: min(255, int(v * 0.93 + 14)))  # grey paper, ink not quite black
    im = im.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=False, fillcolor=238)
    im = _add_noise(im, rng, 10)
    _specks(im, rng, 160)
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    jpg = io.BytesIO()
    im.save(jpg, "JPEG", quality=78)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return out.getvalue()


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    mtx = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(mtx[r][col]))
        mtx[col], mtx[piv] = mtx[piv], mtx[col]
        for r in range(n):
            if r != col:
                f = mtx[r][col] / mtx[col][col]
                mtx[r] = [x - f * y for x, y in zip(mtx[r], mtx[col], strict=True)]
    return [mtx[i][n] / mtx[i][i] for i in range(n)]


def _coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL perspective coefficients mapping output points ``dst`` to input points ``src``."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


DESKS = [(118, 92, 66), (160, 150, 138), (70, 72, 78), (188, 170, 140), (96, 60, 40)]


def photo(pdf: bytes, rng: random.Random, opts: dict) -> bytes:
    """A phone photo of the printed page: see the module's docstring. ``opts``: fold, crumple, low, blur, shadow,
    tilt (perspective strength), quality."""
    page = _raster(pdf, 200)
    page = page.point(lambda v: int(v * 0.96 + 6))
    w, h = page.size
    if opts.get("fold"):  # a crease across the middle: a light and a dark band
        d = ImageDraw.Draw(page, "RGBA")
        y = int(h * rng.uniform(0.42, 0.58))
        d.rectangle((0, y - 6, w, y), fill=(255, 255, 255, 40))
        d.rectangle((0, y, w, y + 8), fill=(0, 0, 0, 38))
    if opts.get("crumple"):
        d = ImageDraw.Draw(page, "RGBA")
        for _ in range(9):
            x0, y0 = rng.randrange(w), rng.randrange(h)
            d.line((x0, y0, x0 + rng.randrange(-300, 300), y0 + rng.randrange(-300, 300)),
                   fill=(0, 0, 0, rng.randrange(18, 40)), width=rng.randrange(2, 5))
    dw, dh = int(w * 1.3), int(h * 1.22)
    desk = Image.new("RGB", (dw, dh), rng.choice(DESKS))
    dd = ImageDraw.Draw(desk, "RGBA")
    for _ in range(40):  # grain
        y = rng.randrange(dh)
        dd.line((0, y, dw, y + rng.randrange(-40, 40)), fill=(0, 0, 0, rng.randrange(6, 22)), width=rng.randrange(1, 4))
    # something on the desk beside the paper: a pen and a mug's rim
    px = rng.randrange(int(dw * 0.05), int(dw * 0.3))
    dd.rounded_rectangle((px, dh - 120, px + 360, dh - 95), 10, fill=(25, 40, 110, 255))
    mx, my = dw - rng.randrange(120, 220), rng.randrange(60, 200)
    dd.ellipse((mx - 150, my - 150, mx + 150, my + 150), fill=(230, 228, 222, 255), outline=(120, 110, 100, 255), width=8)
    k = opts.get("tilt", 0.06)
    ox, oy = (dw - w) / 2, (dh - h) / 2

    def j(s):
        return rng.uniform(-s, s)

    quad = [(ox + j(k * w), oy + j(k * h * 0.6)), (ox + w + j(k * w), oy + j(k * h * 0.6)),
            (ox + w + j(k * w) + k * w * 0.5, oy + h + j(k * h * 0.4)),
            (ox + j(k * w) - k * w * 0.5, oy + h + j(k * h * 0.4))]
    co = _coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((dw, dh), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((dw, dh), Image.PERSPECTIVE, co, Image.BICUBIC)
    desk.paste(warped, (0, 0), mask)
    # uneven light: a smooth field from a few random levels
    lo = 0.55 if opts.get("low") else 0.78
    field_ = Image.new("L", (4, 4))
    field_.putdata([int(255 * rng.uniform(lo, 1.0)) for _ in range(16)])
    field_ = field_.resize((dw, dh), Image.BICUBIC).filter(ImageFilter.GaussianBlur(40))
    desk = ImageChops.multiply(desk, Image.merge("RGB", (field_, field_, field_)))
    if opts.get("shadow", True):  # the phone's (or the hand's) shadow over a corner
        sh = Image.new("L", (dw, dh), 0)
        sd = ImageDraw.Draw(sh)
        cx, cy = rng.choice([(0, 0), (dw, 0), (0, dh), (dw, dh)])
        r = rng.uniform(0.35, 0.55) * dw
        sd.ellipse((cx - r, cy - r * 0.8, cx + r, cy + r * 0.8), fill=rng.randrange(70, 120))
        sh = sh.filter(ImageFilter.GaussianBlur(60))
        desk = Image.composite(Image.new("RGB", (dw, dh), (20, 18, 16)), desk, sh)
    if opts.get("low"):
        desk = desk.point(lambda v: int(v * 0.72))
        desk = _add_noise(desk, rng, 14)
    else:
        desk = _add_noise(desk, rng, 5)
    desk = desk.filter(ImageFilter.GaussianBlur(opts.get("blur", 0.9)))
    desk = desk.resize((int(dw * 0.9), int(dh * 0.9)), Image.LANCZOS)
    out = io.BytesIO()
    desk.save(out, "JPEG", quality=opts.get("quality", rng.randrange(60, 81)))
    return out.getvalue()


def screenshot(pdf: bytes) -> bytes:
    im = _raster(pdf, 216)  # a 360 pt page at 1080 px: a phone's screen
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of the entry ``i8-<doc>-<form>``."""
    spec = DOCS[doc]
    if form not in spec.forms:
        raise ValueError(f"{doc} has no form {form}")
    pdf, _f, _a = spec.draw()
    rng = random.Random(int(hashlib.sha256(f"i8-{doc}-{form}".encode()).hexdigest()[:16], 16))
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return scan(pdf, spec.size, rng), "pdf"
    if form == "photo":
        return photo(pdf, rng, spec.photo), "jpg"
    return screenshot(pdf), "png"


def labels(doc: str) -> tuple[dict, list]:
    _pdf, fields, absent = DOCS[doc].draw()
    return fields, absent


def running(opening: str, items: list[tuple]) -> tuple[list[tuple], Decimal]:
    """Rows (date, amount, *rest, balance after) from an opening balance and signed amounts."""
    bal = D(opening)
    out = []
    for date_, amount, *rest in items:
        bal += D(amount)
        out.append((date_, D(amount), *rest, bal))
    return out, bal


# ---------------------------------------------------------------------------------------------------------------
# Chinese documents


def zh_pay_steel_sealed_slip(p: Page):
    """A steelworks' sealed pin-mailer pay slip: pre-printed labels in pale boxes, values printed afterwards by a
    dot-matrix printer a little off their boxes, plain figures without separators; tractor-feed holes at both edges."""
    blue = Color(0.25, 0.42, 0.7)
    for y in range(14, int(p.h), 36):
        p.circle(11, y, 4, GREY, 0.6)
        p.circle(p.w - 11, y, 4, GREY, 0.6)
    p.line(24, 0, 24, p.h, 0.5, GREY, (2, 3))
    p.line(p.w - 24, 0, p.w - 24, p.h, 0.5, GREY, (2, 3))
    p.t(p.w / 2, 30, "唐山丰南瑞通钢铁有限公司  职工工资条", 14, color=blue, align="c")
    p.t(p.w / 2, 44, "（密 封 件  ·  沿虚线撕开）", 8, color=blue, align="c")
    labels_ = [["工号", "姓名", "部门", "月份", "", ""],
               ["岗位工资", "绩效工资", "夜班津贴", "高温补贴", "加班工资", "应发合计"],
               ["养老保险", "医疗保险", "失业保险", "住房公积金", "个人所得税", "扣款合计"],
               ["", "", "", "", "", "实发金额"]]
    vals = [["0317265", "郝立军", "炼钢二车间", "2026.10", "", ""],
            ["3260.00", "1480.00", "260.00", "160.00", "312.50", "5472.50"],
            ["392.00", "98.00", "24.50", "588.00", "0.00", "1102.50"],
            ["", "", "", "", "", "4370.00"]]
    x0, y0, cw, rh = 40, 58, 100, 52
    for r, row in enumerate(labels_):
        for c_, lab in enumerate(row):
            if not lab:
                continue
            x, y = x0 + c_ * cw, y0 + r * rh
            p.box(x, y, cw - 4, rh - 6, stroke=blue, lw=0.5)
            p.t(x + 4, y + 11, lab, 8, color=blue)
            v = vals[r][c_]
            font = "I8ZH" if any(ord(ch) > 127 for ch in v) else "I8MONO"
            p.t(x + 12, y + 33, v, 11, font)  # dot-matrix: offset, not aligned to the box
    p.t(x0, y0 + 4 * rh + 6, "请妥善保管，如有疑问请于发放后5日内到劳资科核对。", 7.5, color=blue)
    p.t(p.w - 40, y0 + 4 * rh + 6, "劳资科", 7.5, color=blue, align="r")
    return ({"employer": "唐山丰南瑞通钢铁有限公司", "employee": "郝立军", "period": "2026-10",
             "gross_pay": "5472.50", "net_pay": "4370.00"}, [])


def zh_pay_dingtalk_screen(p: Page):
    """A DingTalk smart-payroll pay-slip screen: the company over a card with 实发工资 as the big figure, then the
    items in groups, signed deductions, a confirm button."""
    bg = Color(0.96, 0.96, 0.97)
    p.box(0, 0, p.w, p.h, fill=bg, stroke=None)
    p.t(18, 20, "9:41", 11, "Helvetica-Bold")
    p.t(p.w - 18, 20, "5G  86%", 10, "Helvetica", align="r")
    p.t(18, 52, "‹", 22, "Helvetica")
    p.t(p.w / 2, 50, "工资条", 14, align="c")
    p.t(p.w - 18, 50, "···", 14, "Helvetica", align="r")
    p.rbox(14, 66, p.w - 28, 150, 10, Color(0.2, 0.47, 0.96))
    p.t(30, 90, "杭州拾光映画文化传播有限公司", 11, color=white)
    p.t(30, 110, "2026年10月 工资条", 10, color=white)
    p.t(30, 140, "实发工资（元）", 9, color=white)
    p.t(30, 178, "7,934.25", 30, "Helvetica-Bold", color=white)
    p.t(30, 204, "内容运营部 · 工号 HM0287", 9, color=white)
    p.t(p.w - 30, 204, "发放日期 2026-11-10", 8.5, color=white, align="r")
    groups = [("应发工资", "9,600.00", [("基本工资", "6,000.00"), ("岗位津贴", "1,500.00"), ("绩效奖金", "1,800.00"),
                                     ("餐费补贴", "300.00")]),
              ("个人扣款", "-1,665.75", [("养老保险（个人）", "-560.00"), ("医疗保险（个人）", "-140.00"),
                                      ("失业保险（个人）", "-35.00"), ("住房公积金（个人）", "-840.00"),
                                      ("个人所得税", "-90.75")])]
    y = 230
    for title, total, items in groups:
        hgt = 34 + 26 * len(items)
        p.rbox(14, y, p.w - 28, hgt, 10, white)
        p.t(28, y + 22, title, 11)
        p.t(p.w - 28, y + 22, total, 11, "Helvetica-Bold", align="r")
        for i, (k, v) in enumerate(items):
            yy = y + 48 + 26 * i
            p.t(28, yy, k, 9.5, color=GREY)
            p.t(p.w - 28, yy, v, 9.5, "Helvetica", align="r")
        y += hgt + 10
    p.t(p.w / 2, y + 14, "工资条仅本人可见，请注意保密", 8, color=GREY, align="c")
    p.rbox(14, p.h - 70, (p.w - 38) / 2, 40, 8, white, Color(0.8, 0.8, 0.8))
    p.t(14 + (p.w - 38) / 4, p.h - 45, "有疑问", 11, align="c")
    p.rbox(24 + (p.w - 38) / 2, p.h - 70, (p.w - 38) / 2, 40, 8, Color(0.2, 0.47, 0.96))
    p.t(24 + 3 * (p.w - 38) / 4, p.h - 45, "确认无误", 11, color=white, align="c")
    return ({"employer": "杭州拾光映画文化传播有限公司", "period": "2026-10",
             "gross_pay": "9600.00", "net_pay": "7934.25"}, ["employee"])


def zh_pay_hotel_ytd(p: Page):
    """A hotel group's landscape pay statement: income and deductions side by side, each with 本月 and 本年累计
    columns (the year-to-date figures are larger and sit beside the month's)."""
    p.t(p.w / 2, 42, "锦程假日酒店管理（成都）有限公司", 15, align="c")
    p.t(p.w / 2, 62, "员 工 薪 资 单", 13, align="c")
    p.t(50, 90, "薪资期间：2026-10-01 ～ 2026-10-31", 9)
    p.t(300, 90, "员工编号：JC-20417", 9)
    p.t(480, 90, "姓名：饶晓燕", 9)
    p.t(640, 90, "部门：前厅部 / 前台主管", 9)
    inc = [("基本工资", "3,200.00", "32,000.00"), ("岗位津贴", "800.00", "8,000.00"), ("服务费分成", "760.00", "6,980.00"),
           ("夜班补贴", "240.00", "2,160.00"), ("全勤奖", "180.00", "1,500.00"), ("", "", ""),
           ("收入合计", "5,180.00", "50,640.00")]
    ded = [("养老保险", "256.00", "2,560.00"), ("医疗保险", "64.00", "640.00"), ("失业保险", "16.00", "160.00"),
           ("住房公积金", "256.00", "2,560.00"), ("个人所得税", "0.00", "0.00"), ("", "", ""),
           ("扣除合计", "592.00", "5,920.00")]
    w = [110, 90, 100]
    p.table(50, 104, w, [("收入项目", "本月", "本年累计")] + inc, 19, 9, aligns=["l", "r", "r"], head_fill=LIGHT)
    p.table(440, 104, w, [("扣除项目", "本月", "本年累计")] + ded, 19, 9, aligns=["l", "r", "r"], head_fill=LIGHT)
    y = 104 + 19 * 8 + 20
    p.table(50, y, [110, 90, 100, 90, 350], [("实发工资", "4,588.00", "44,720.00", "出勤天数", "26 天   休假 4 天   加班 0 小时")],
            22, 10, aligns=["l", "r", "r", "c", "l"])
    p.t(50, y + 50, "注：实发工资已于2026-11-08代发至员工工资卡（中国建设银行 尾号 5527）。本薪资单由人力资源部出具。", 8, color=GREY)
    p.t(p.w - 60, y + 80, "人力资源部", 10, align="r")
    p.seal(p.w - 95, y + 70, 36, "锦程假日酒店管理成都有限公司", "人力资源部")
    return ({"employer": "锦程假日酒店管理（成都）有限公司", "employee": "饶晓燕", "period": "2026-10",
             "gross_pay": "5180.00", "net_pay": "4588.00"}, [])


def zh_stmt_ceb_balance_left(p: Page):
    """China Everbright Bank's counter statement whose balance column is the first one; amounts unsigned with a
    借/贷 flag; an opening row, no closing label (the last row's balance is the closing one)."""
    items = [("2026-10-02", "-38.50", "快捷支付", "美团", "网上支付"),
             ("2026-10-10", "4412.30", "代发工资", "唐山丰南瑞通钢铁有限公司", "批量代发"),
             ("2026-10-10", "-1000.00", "转账支出", "郝秀兰", "手机银行"),
             ("2026-10-12", "-126.40", "代扣电费", "国网河北省电力有限公司", "代收代付"),
             ("2026-10-15", "-862.00", "代扣还款", "某某消费金融有限公司", "代收代付"),
             ("2026-10-19", "-500.00", "ATM取款", "", "ATM"),
             ("2026-10-23", "-215.60", "财付通", "财付通支付科技有限公司", "网上支付"),
             ("2026-10-30", "-89.00", "支付宝", "支付宝（中国）网络技术有限公司", "网上支付")]
    rows, closing = running("2318.46", items)
    p.t(40, 44, "中国光大银行", 16, color=Color(0.4, 0.1, 0.5))
    p.t(40, 58, "CHINA EVERBRIGHT BANK", 8, "Helvetica", Color(0.4, 0.1, 0.5))
    p.t(p.w / 2, 92, "个人账户交易明细对账单", 14, align="c")
    p.t(40, 118, "户    名：郝立军", 9)
    p.t(300, 118, "账    号：6226 6203 1187 4452", 9)
    p.t(40, 134, "币    种：人民币", 9)
    p.t(300, 134, "起止日期：2026-10-01 至 2026-10-31", 9)
    p.t(40, 150, "开户机构：中国光大银行唐山分行营业部", 9)
    p.t(300, 150, "打印日期：2026-11-03", 9)
    body = [("账户余额", "交易日期", "摘要", "借贷", "交易金额", "对方户名", "交易渠道"),
            (m(D("2318.46")), "2026-10-01", "期初余额", "", "", "", "")]
    for d_, amt, memo, other, ch, bal in rows:
        body.append((m(bal), d_, memo, "借" if amt < 0 else "贷", m(abs(amt)), other, ch))
    p.table(30, 164, [62, 62, 58, 28, 62, 188, 75], body, 17, 7.6, aligns=["r", "c", "l", "c", "r", "l", "l"],
            head_fill=LIGHT)
    y = 164 + 17 * len(body) + 20
    p.t(40, y, "说明：1.本对账单仅反映所列期间账户交易；2.如对交易有疑问，请致电95595。", 7.5, color=GREY)
    p.t(40, y + 30, "经办：0417        复核：0422", 8)
    p.seal(470, y + 30, 40, "中国光大银行唐山分行营业部", "业务专用章")
    return ({"bank": "中国光大银行", "account_holder": "郝立军", "account_number": "6226620311874452",
             "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": plain(closing)}, [])


def zh_stmt_hxb_dual(p: Page):
    """Hua Xia Bank's transaction list over two months with separate 支出/存入 columns AND a signed 发生额 column, and a
    summary box at the foot (期初/支出合计/存入合计/期末)."""
    items = [("20260903", "-2350.00", "房租", "上海悦居房屋租赁有限公司"), ("20260910", "6820.00", "代发工资", "上海沪联电子科技有限公司"),
             ("20260914", "-318.70", "消费", "联华超市"), ("20260921", "-1200.00", "网银转出", "卜国庆"),
             ("20260930", "12450.00", "经济补偿金", "上海沪联电子科技有限公司"), ("20261003", "-2350.00", "房租", "上海悦居房屋租赁有限公司"),
             ("20261011", "-96.00", "话费", "中国移动上海公司"), ("20261017", "-500.00", "取现", "ATM"),
             ("20261021", "0.83", "结息", ""), ("20261026", "-1648.00", "信用卡还款", "华夏银行信用卡中心"),
             ("20261030", "-233.40", "消费", "盒马鲜生")]
    rows, closing = running("3106.55", items)
    p.t(40, 46, "华夏银行", 17, color=RED)
    p.t(110, 46, "HUA XIA BANK", 9, "Helvetica-Bold", RED)
    p.t(p.w / 2, 80, "个人账户交易明细", 14, align="c")
    p.t(40, 104, "客户名称：卜海燕", 9)
    p.t(300, 104, "卡号/账号：6230 2024 5581 6609", 9)
    p.t(40, 120, "查询期间：2026年09月01日—2026年10月31日", 9)
    p.t(300, 120, "币种：人民币  钞汇：钞", 9)
    body = [("序号", "记账日期", "摘要", "支出金额", "存入金额", "发生额", "余额", "对方户名")]
    out_sum = in_sum = Decimal(0)
    for i, (d_, amt, memo, other, bal) in enumerate(rows, 1):
        out_sum += -amt if amt < 0 else 0
        in_sum += amt if amt > 0 else 0
        body.append((str(i), d_, memo, m(-amt) if amt < 0 else "", m(amt) if amt > 0 else "",
                     ("+" if amt > 0 else "") + m(amt), m(bal), other))
    p.table(30, 134, [26, 56, 58, 60, 60, 62, 64, 150], body, 17, 7.6,
            aligns=["c", "c", "l", "r", "r", "r", "r", "l"], head_fill=LIGHT)
    y = 134 + 17 * len(body) + 16
    p.table(30, y, [134, 134, 134, 134], [("期初余额", "支出合计（笔数）", "存入合计（笔数）", "期末余额"),
                                          (m(D("3106.55")), f"{m(out_sum)}（8）", f"{m(in_sum)}（3）", m(closing))],
            18, 8.5, aligns=["c"] * 4, head_fill=LIGHT)
    p.t(40, y + 66, "打印机构：华夏银行上海分行营业部    打印时间：2026-11-04 10:22:37", 8)
    p.seal(460, y + 80, 40, "华夏银行股份有限公司上海分行", "业务专用章")
    return ({"bank": "华夏银行", "account_holder": "卜海燕", "account_number": "6230202455816609",
             "period_start": "2026-09-01", "period_end": "2026-10-31", "closing_balance": plain(closing)}, [])


def zh_stmt_nbcb_estatement(p: Page):
    """Bank of Ningbo's bilingual monthly e-statement: a summary table whose headers span two lines (Chinese over
    English) above a credit/debit/balance ledger; the account masked in the middle."""
    items = [("2026/10/09", "-1280.00", "跨行转出", "杭州悦来房产经纪/租金"), ("2026/10/10", "7921.60", "工资", "杭州拾光映画文化传播有限公司"),
             ("2026/10/16", "-412.30", "快捷支付", "支付宝-天猫"), ("2026/10/18", "-1086.00", "POS消费", "东湖爱明眼科医院"),
             ("2026/10/25", "-2000.00", "还款", "宁波银行信用卡"), ("2026/10/28", "-75.00", "代扣", "杭州市水务集团")]
    rows, closing = running("5533.18", items)
    navy = Color(0.0, 0.25, 0.5)
    p.box(0, 0, p.w, 70, fill=navy, stroke=None)
    p.t(36, 38, "宁波银行", 18, color=white)
    p.t(36, 56, "BANK OF NINGBO", 9, "Helvetica-Bold", white)
    p.t(p.w - 36, 40, "个人账户电子对账单", 13, color=white, align="r")
    p.t(p.w - 36, 56, "Personal Account e-Statement", 8.5, "Helvetica", white, align="r")
    p.t(36, 96, "户名 Name：祁梦瑶", 9)
    p.t(36, 112, "账号 Account No.：6223 0910 **** 8817", 9)
    p.t(320, 96, "对账期间 Statement Period：2026/10/01-2026/10/31", 9)
    p.t(320, 112, "币种 Currency：人民币 CNY", 9)
    p.table(36, 128, [130, 130, 130, 133], [("上期余额", "本期收入", "本期支出", "本期余额"), ("", "", "", "")], 14, 8.5,
            aligns=["c"] * 4, head_fill=LIGHT, grid=False)
    for i, en in enumerate(("Previous Balance", "Total Credits", "Total Debits", "Closing Balance")):
        p.t(36 + 130 * i + 65, 152, en, 7, "Helvetica", GREY, align="c")
    cred = sum((a for _d, a, *_r in rows if a > 0), Decimal(0))
    deb = sum((-a for _d, a, *_r in rows if a < 0), Decimal(0))
    for i, v in enumerate((D("5533.18"), cred, deb, closing)):
        p.t(36 + 130 * i + 65, 172, m(v), 10, "Helvetica-Bold", align="c")
    p.line(36, 180, p.w - 36, 180, 0.8, navy)
    body = [("日期 Date", "摘要 Description", "收入 Credit", "支出 Debit", "余额 Balance", "对方信息 Counterparty")]
    for d_, amt, memo, other, bal in rows:
        body.append((d_, memo, m(amt) if amt > 0 else "", m(-amt) if amt < 0 else "", m(bal), other))
    p.table(36, 192, [64, 70, 64, 64, 70, 191], body, 18, 7.8, aligns=["l", "l", "r", "r", "r", "l"], grid=False,
            hlines=True, head_fill=LIGHT)
    y = 192 + 18 * len(body) + 24
    p.t(36, y, "温馨提示：本对账单为电子对账单，与纸质对账单具有同等效力。客服热线 95574。", 7.5, color=GREY)
    p.t(36, y + 14, "This e-statement is issued by Bank of Ningbo Co., Ltd. Hangzhou Branch.", 7.5, "Helvetica", GREY)
    return ({"bank": "宁波银行", "account_holder": "祁梦瑶", "account_number": ["8817", "62230910****8817"],
             "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": plain(closing)}, [])


def zh_stmt_webank_app(p: Page):
    """WeBank's app screen of one month's transactions, newest first, each with the balance after it; only the
    card's tail, no holder's name."""
    items = [("10月02日 09:14", "-3200.00", "转账至 北京链家租房"), ("10月09日 12:03", "-58.00", "美团外卖"),
             ("10月10日 17:40", "10368.42", "工资 北京衡信律师事务所"), ("10月14日 20:11", "-1560.00", "信用卡还款"),
             ("10月19日 08:55", "-236.50", "京东商城"), ("10月24日 15:32", "-1800.00", "转账至 牛振山"),
             ("10月31日 18:22", "1.37", "活期利息")]
    rows, closing = running("4016.93", items)
    p.box(0, 0, p.w, p.h, fill=Color(0.97, 0.97, 0.98), stroke=None)
    p.t(18, 20, "18:47", 11, "Helvetica-Bold")
    p.t(p.w - 18, 20, "4G  61%", 10, "Helvetica", align="r")
    p.t(18, 52, "‹", 22, "Helvetica")
    p.t(p.w / 2, 50, "交易明细", 14, align="c")
    p.t(18, 82, "微众银行 储蓄卡（3095）", 10)
    p.rbox(14, 94, p.w - 28, 56, 8, white)
    p.t(26, 114, "2026.10.01 - 2026.10.31  ▾", 10)
    inc = sum((a for _d, a, *_r in rows if a > 0), Decimal(0))
    out = sum((-a for _d, a, *_r in rows if a < 0), Decimal(0))
    p.t(26, 138, f"收入 ¥{m(inc)}    支出 ¥{m(out)}", 9.5, color=GREY)
    y = 164
    for d_, amt, memo, bal in reversed(rows):
        p.rbox(14, y, p.w - 28, 66, 8, white)
        p.t(26, y + 22, memo, 10.5)
        p.t(p.w - 26, y + 22, ("+" if amt > 0 else "") + m(amt), 12, "Helvetica-Bold",
            Color(0.85, 0.35, 0.1) if amt > 0 else black, align="r")
        p.t(26, y + 46, d_, 8.5, color=GREY)
        p.t(p.w - 26, y + 46, f"余额 {m(bal)}", 8.5, color=GREY, align="r")
        y += 74
    p.t(p.w / 2, y + 14, "— 没有更多了 —", 8.5, color=GREY, align="c")
    return ({"bank": "微众银行", "account_number": "3095", "period_start": "2026-10-01", "period_end": "2026-10-31",
             "closing_balance": plain(closing)}, ["account_holder"])


def zh_income_lawfirm_prose(p: Page):
    """A law firm's income certificate on letterhead: every fact only in the prose (no form fields), the monthly
    income in 大写 with the figure in brackets, the firm's seal over the date."""
    p.t(p.w / 2, 70, "北京衡信律师事务所", 20, color=RED, align="c")
    p.t(p.w / 2, 88, "BEIJING HENGXIN LAW FIRM", 9, "Helvetica", RED, align="c")
    p.line(60, 98, p.w - 60, 98, 2.2, RED)
    p.line(60, 102, p.w - 60, 102, 0.6, RED)
    p.t(p.w / 2, 150, "收 入 证 明", 18, align="c")
    para = ["兹证明牛振海（身份证号码：110108198506121938）系我所正式员工，自2019年3月1日起在我所",
            "担任行政主管，劳动合同有效期至2027年2月28日，目前在职。",
            "该员工近十二个月平均月收入（税前）为人民币壹万贰仟叁佰元整（¥12,300.00），",
            "由基本工资、岗位津贴及年度绩效构成，按月以银行转账方式发放。因所内业务调整，自2026年7月起",
            "其绩效部分暂停发放，目前每月税前固定收入为人民币捌仟伍佰元整。",
            "本证明仅用于说明该员工的收入情况，不构成我所对其任何债务的担保。",
            "特此证明。"]
    y = 200
    for i, line in enumerate(para):
        p.t(70 if i in (0, 2, 5, 6) else 60, y, ("    " if i in (0, 2, 5, 6) else "") + line, 11)
        y += 26
    p.t(p.w - 80, y + 70, "北京衡信律师事务所（盖章）", 11, align="r")
    p.t(p.w - 110, y + 96, "2026年11月12日", 11, align="r")
    p.seal(p.w - 200, y + 74, 50, "北京衡信律师事务所")
    p.t(60, y + 150, "联系人：人事行政部 周女士    电话：010-6588 2416", 9, color=GREY)
    return ({"employer": "北京衡信律师事务所", "employee": "牛振海", "monthly_income": "12300.00",
             "date": "2026-11-12"}, [])


def zh_unemp_shanghai_tuigong(p: Page):
    """Shanghai's employer-issued 单位退工证明 form: a ruled grid of boxes, the reason by the article of the Labour
    Contract Law, the termination date and, below, the issuing date by the seal."""
    p.t(p.w / 2, 60, "上海市单位退工证明", 17, align="c")
    p.t(p.w - 60, 80, "编号：HL-2026-0931", 8.5, align="r")
    rows = [("用人单位名称", "上海沪联电子科技有限公司", "统一社会信用代码", "91310115MA1K3P7X2Q"),
            ("劳动者姓名", "卜海燕", "公民身份号码", "310110198807163526"),
            ("劳动合同期限", "2021年07月01日 至 2027年06月30日", "工作岗位", "品质检验员"),
            ("本单位工作年限", "5年3个月", "解除（终止）日期", "2026年09月30日")]
    y = 92
    for a, b, c_, d_ in rows:
        p.table(50, y, [90, 160, 90, 155], [(a, b, c_, d_)], 30, 9)
        y += 30
    p.table(50, y, [90, 405], [("解除原因", "")], 56, 9)
    p.t(143, y + 20, "因生产经营发生严重困难，依据《中华人民共和国劳动合同法》第四十一条", 9)
    p.t(143, y + 36, "实施经济性裁员，双方劳动关系于上述日期解除。经济补偿已依法支付。", 9)
    y += 56
    p.table(50, y, [90, 405], [("社会保险", "本单位已为其缴纳社会保险费至2026年09月，并已办理退工登记。")], 30, 9)
    y += 30
    p.table(50, y, [90, 405], [("档案转移", "个人档案已转至户籍地街道社区事务受理服务中心。")], 30, 9)
    y += 60
    p.t(60, y, "经办人：陆佳琪", 10)
    p.t(60, y + 22, "联系电话：021-5088 7316", 10)
    p.t(p.w - 70, y, "用人单位（盖章）", 10, align="r")
    p.t(p.w - 70, y + 40, "开具日期：2026年10月09日", 10, align="r")
    p.seal(p.w - 120, y + 2, 44, "上海沪联电子科技有限公司", "人事专用章")
    p.t(50, y + 90, "注：本证明一式三联，第一联交劳动者本人，第二联用人单位留存，第三联交区就业促进中心。", 8, color=GREY)
    p.t(50, y + 104, "劳动者凭本证明办理失业登记及申领失业保险金。", 8, color=GREY)
    return ({"person": "卜海燕", "issuer": "上海沪联电子科技有限公司", "date": ["2026-10-09", "2026-09-30"]}, [])


def zh_med_eye_outpatient(p: Page):
    """A private eye hospital's outpatient charge receipt (not an e-bill): item/quantity/price/amount lines, the
    total in 大写 and 小写, no insurance share, the finance seal."""
    p.t(p.w / 2, 58, "东湖爱明眼科医院", 16, align="c")
    p.t(p.w / 2, 80, "门 诊 收 费 收 据", 13, align="c")
    p.t(50, 108, "门诊号：MZ2610180137", 9)
    p.t(220, 108, "姓名：祁梦瑶", 9)
    p.t(330, 108, "性别：女   年龄：29", 9)
    p.t(460, 108, "日期：2026-10-18", 9)
    p.t(50, 124, "科别：屈光手术科", 9)
    p.t(220, 124, "医保类型：自费", 9)
    items = [("普通挂号诊查费", "次", "1", "20.00"), ("术前全套检查", "项", "1", "680.00"), ("角膜地形图", "次", "1", "180.00"),
             ("眼压测量", "次", "1", "30.00"), ("散瞳验光", "次", "1", "80.00"), ("玻璃酸钠滴眼液", "支", "2", "48.00")]
    body = [("项目名称", "单位", "数量", "单价", "金额")]
    total = Decimal(0)
    for name, unit, q, price in items:
        amt = D(price) * int(q)
        total += amt
        body.append((name, unit, q, price, m(amt)))
    y = p.table(50, 136, [190, 60, 60, 90, 95], body, 18, 9, aligns=["l", "c", "c", "r", "r"])
    p.table(50, y, [100, 250, 145], [("合计（大写）", "壹仟零捌拾陆元整", f"（小写）¥{m(total)}")], 20, 9.5)
    p.table(50, y + 20, [100, 148, 100, 147], [("医保统筹支付", "0.00", "个人现金支付", m(total))], 20, 9,
            aligns=["l", "r", "l", "r"])
    p.t(50, y + 64, "收款员：张*    收款方式：微信支付", 9)
    p.t(50, y + 80, "本收据为院内收费凭证，如需报销请凭此单到一楼服务台换开发票。", 8, color=GREY)
    p.seal(430, y + 70, 40, "东湖爱明眼科医院", "财务专用章")
    assert total == D("1086.00")
    return ({"provider": "东湖爱明眼科医院", "patient": "祁梦瑶", "date": "2026-10-18", "total": plain(total)}, [])


def zh_med_cancer_settlement(p: Page):
    """A cancer hospital's discharge settlement: admission/discharge dates, charges by category, the insurance funds'
    shares, the patient's own share and the deposit refund (医疗费用总额 first; the patient's share also accepted)."""
    p.t(p.w / 2, 56, "江北市肿瘤医院", 16, align="c")
    p.t(p.w / 2, 78, "住院费用结算单", 13, align="c")
    info = [("住院号：ZY2609210488", "姓名：郝秀兰", "性别：女", "年龄：61岁"),
            ("科室：胸外科", "入院日期：2026-09-21", "出院日期：2026-10-08", "住院天数：17"),
            ("医保类型：城乡居民医保", "结算日期：2026-10-08", "结算方式：出院结算", "")]
    for i, row in enumerate(info):
        for j, cell in enumerate(row):
            p.t(40 + 135 * j, 104 + 16 * i, cell, 8.5)
    cats = [("床位费", "1,190.00"), ("护理费", "646.00"), ("检查费", "4,382.00"), ("化验费", "2,916.50"),
            ("治疗费", "3,508.00"), ("手术费", "6,850.00"), ("卫生材料费", "9,214.67"), ("西药费", "9,035.00"),
            ("其他费", "900.00")]
    total = sum((D(v) for _k, v in cats), Decimal(0))
    body = [("费用类别", "金额", "费用类别", "金额")]
    for i in range(0, len(cats), 2):
        a = cats[i]
        b = cats[i + 1] if i + 1 < len(cats) else ("", "")
        body.append((a[0], a[1], b[0], b[1]))
    y = p.table(40, 156, [120, 137, 120, 138], body, 18, 9, aligns=["l", "r", "l", "r"], head_fill=LIGHT)
    pool, serious = D("24186.30"), D("3000.00")
    own = total - pool - serious
    deposit = D("20000.00")
    rows = [("医疗费用总额", m(total), "统筹基金支付", m(pool)), ("大病保险支付", m(serious), "个人支付合计", m(own)),
            ("预交金", m(deposit), "应退金额", m(deposit - own))]
    y = p.table(40, y + 10, [120, 137, 120, 138], rows, 20, 9.5, aligns=["l", "r", "l", "r"])
    p.t(40, y + 20, "个人支付合计（大写）：壹万壹仟肆佰伍拾伍元捌角柒分", 9.5)
    p.t(40, y + 50, "收费员：0136    打印时间：2026-10-08 15:41", 8.5)
    p.seal(460, y + 44, 40, "江北市肿瘤医院", "住院收费专用章")
    assert total == D("38642.17") and own == D("11455.87")
    return ({"provider": "江北市肿瘤医院", "patient": "郝秀兰", "date": "2026-10-08",
             "total": [plain(total), plain(own)]}, [])


def zh_other_property_fee_notice(p: Page):
    """Look-alike: a property manager's fee notice (a bank, an account, a period and an amount, yet no statement)."""
    p.t(p.w / 2, 60, "成都锦城物业服务有限公司", 15, align="c")
    p.t(p.w / 2, 84, "物业服务费缴费通知单", 13, align="c")
    p.t(50, 116, "尊敬的 锦城花园 7栋2单元1403 业主（饶晓燕）：", 10)
    p.t(50, 140, "    您好！根据物业服务合同约定，现将2026年第四季度物业费收缴事宜通知如下：", 10)
    body = [("收费项目", "计费期间", "面积/用量", "单价", "金额"),
            ("物业服务费", "2026-10-01至2026-12-31", "89.36㎡", "2.20元/㎡·月", "589.78"),
            ("公摊电费", "2026-07-01至2026-09-30", "—", "—", "46.20"),
            ("生活垃圾处理费", "2026-10-01至2026-12-31", "—", "8.00元/月", "24.00"),
            ("合计", "", "", "", "659.98")]
    y = p.table(50, 156, [100, 140, 70, 90, 95], body, 20, 9, aligns=["l", "c", "c", "c", "r"])
    p.t(50, y + 24, "请于2026年11月30日前缴纳。缴费方式：物业服务中心现场缴费或转账至以下账户：", 9.5)
    p.t(70, y + 44, "户名：成都锦城物业服务有限公司   开户行：成都农村商业银行锦城支行   账号：1002 3100 0046 1187", 9)
    p.t(50, y + 68, "逾期未缴将按合同约定处理。如有疑问请致电 028-8531 2260。", 9.5)
    p.t(p.w - 60, y + 110, "成都锦城物业服务有限公司锦城花园服务中心", 9.5, align="r")
    p.t(p.w - 60, y + 128, "2026年11月02日", 9.5, align="r")
    p.seal(p.w - 150, y + 112, 38, "成都锦城物业服务有限公司")
    return {}, []


def zh_other_loan_plan_screen(p: Page):
    """Look-alike: a consumer-finance app's repayment schedule (a loan, overdue), not income and not a statement."""
    p.box(0, 0, p.w, p.h, fill=Color(0.96, 0.97, 0.99), stroke=None)
    p.t(18, 20, "10:06", 11, "Helvetica-Bold")
    p.t(p.w - 18, 20, "5G  42%", 10, "Helvetica", align="r")
    p.t(18, 52, "‹", 22, "Helvetica")
    p.t(p.w / 2, 50, "还款计划", 14, align="c")
    p.rbox(14, 66, p.w - 28, 120, 10, Color(1.0, 0.45, 0.2))
    p.t(30, 92, "禾信消费金融 · 随借随还", 10, color=white)
    p.t(30, 118, "剩余应还（元）", 9, color=white)
    p.t(30, 152, "14,386.20", 26, "Helvetica-Bold", color=white)
    p.t(30, 174, "已逾期1期  逾期金额 1,798.10（含罚息 41.30）", 8.5, color=white)
    p.t(20, 210, "借款金额 20,000.00   期数 12期   借款日 2026-04-15", 9, color=GREY)
    y = 224
    for i, (d_, amt, st) in enumerate([("2026-09-15", "1,756.80", "已还清"), ("2026-10-15", "1,798.10", "已逾期"),
                                        ("2026-11-15", "1,756.80", "待还"), ("2026-12-15", "1,756.80", "待还"),
                                        ("2027-01-15", "1,756.80", "待还"), ("2027-02-15", "1,756.80", "待还")], 5):
        p.rbox(14, y, p.w - 28, 52, 8, white)
        p.t(26, y + 22, f"第{i}期  {d_}", 10)
        p.t(p.w - 26, y + 22, amt, 11, "Helvetica-Bold", align="r")
        p.t(26, y + 40, "本金+利息", 8, color=GREY)
        p.t(p.w - 26, y + 40, st, 8.5, RED if st == "已逾期" else GREY, align="r")
        y += 58
    p.rbox(14, p.h - 64, p.w - 28, 40, 20, Color(1.0, 0.45, 0.2))
    p.t(p.w / 2, p.h - 39, "立即还款", 12, color=white, align="c")
    return {}, []


# ---------------------------------------------------------------------------------------------------------------
# English documents

H, HB = "Helvetica", "Helvetica-Bold"


def en_pay_pk_textile(p: Page):
    """A Pakistani textile mill's monthly pay slip: an employee grid (CNIC, the salary bank), earnings and deductions
    (EOBI, income tax, an advance) one under the other, net payable with the amount in words."""
    p.t(p.w / 2, 50, "CHENAB VALLEY TEXTILE MILLS (PVT) LTD.", 14, HB, align="c")
    p.t(p.w / 2, 66, "12 Km Sargodha Road, Faisalabad, Punjab  |  NTN 4418273-6", 8.5, H, align="c")
    p.t(p.w / 2, 92, "PAY SLIP FOR THE MONTH OF OCTOBER, 2026", 11, HB, align="c")
    info = [("Emp. Code", "CV-04418", "Department", "Weaving Unit-II"),
            ("Name", "Muhammad Usman Tariq", "Designation", "Shift Supervisor"),
            ("CNIC No.", "33100-*******-5", "Date of Joining", "04-Mar-2019"),
            ("Salary A/C", "MCB Bank Ltd. 0417 ****** 2210", "Days Worked", "26")]
    y = p.table(40, 106, [80, 170, 90, 175], info, 18, 8.5, font=H)
    earn = [("Basic Salary", "59,100.00"), ("House Rent Allowance", "26,595.00"), ("Utility Allowance", "5,910.00"),
            ("Conveyance Allowance", "4,500.00"), ("Overtime (14 hrs)", "2,395.00")]
    ded = [("EOBI Contribution", "370.00"), ("Income Tax", "2,958.00"), ("Advance Against Salary", "5,000.00"),
           ("Mess Charges", "1,000.00")]
    gross = sum((D(v) for _k, v in earn), Decimal(0))
    dsum = sum((D(v) for _k, v in ded), Decimal(0))
    net = gross - dsum
    y = p.table(40, y + 16, [380, 135], [("EARNINGS", "Amount (Rs.)")] + earn + [("Gross Salary", m(gross))], 18, 9,
                font=H, aligns=["l", "r"], head_fill=LIGHT)
    y = p.table(40, y + 12, [380, 135], [("DEDUCTIONS", "Amount (Rs.)")] + ded + [("Total Deductions", m(dsum))], 18,
                9, font=H, aligns=["l", "r"], head_fill=LIGHT)
    p.table(40, y + 12, [380, 135], [("NET PAYABLE", m(net))], 22, 11, font=HB, aligns=["l", "r"])
    p.t(40, y + 56, "Rupees Eighty-Nine Thousand One Hundred Seventy-Two Only", 9, "Helvetica-Oblique")
    p.t(40, y + 100, "Prepared by: Accounts Department", 8.5, H)
    p.t(p.w - 40, y + 100, "This is a computer generated slip and needs no signature.", 8, H, GREY, align="r")
    assert net == D("89172.00")
    return ({"employer": "Chenab Valley Textile Mills (Pvt) Ltd.", "employee": "Muhammad Usman Tariq",
             "period": "2026-10", "gross_pay": plain(gross), "net_pay": plain(net)}, [])


def en_pay_hk_two_column(p: Page):
    """A Hong Kong logistics firm's two-column payslip: income on the left, deductions (MPF) on the right, the
    employer's MPF shown for information, dates day-first, the salary bank named."""
    p.t(40, 54, "Harbourlight Logistics (HK) Limited", 15, HB)
    p.t(40, 70, "Unit 1208, 12/F, Kwai Chung Plaza, 7-11 Kwai Foo Road, Kwai Chung, N.T., Hong Kong", 8, H, GREY)
    p.t(p.w - 40, 54, "PAYSLIP", 16, HB, align="r")
    p.line(40, 80, p.w - 40, 80, 1.2)
    info = [("Employee Name:", "CHAN Wing Sze"), ("Employee No.:", "HL0932"),
            ("Position:", "Senior Customer Service Officer"), ("Pay Period:", "01/10/2026 - 31/10/2026"),
            ("Payment Date:", "31/10/2026"), ("Paid to:", "HSBC A/C 004-***-**7-838")]
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 310
        p.t(x, 100 + 16 * (i // 2), k, 8.5, HB)
        p.t(x + 88, 100 + 16 * (i // 2), v, 8.5, H)
    inc = [("Basic Salary", "21,500.00"), ("Overtime Pay", "1,860.00"), ("Shift Allowance", "1,000.00"),
           ("Travelling Allowance", "500.00")]
    gross = sum((D(v) for _k, v in inc), Decimal(0))
    mpf = (gross * Decimal("0.05")).quantize(Decimal("0.01"))
    net = gross - mpf
    p.table(40, 160, [160, 97], [("Income", "HK$")] + inc + [("", ""), ("Total Income", m(gross))], 18, 9, font=H,
            aligns=["l", "r"], head_fill=LIGHT)
    p.table(298, 160, [160, 97], [("Deductions", "HK$"), ("MPF - Employee Mandatory", m(mpf)), ("", ""), ("", ""),
                                  ("", ""), ("", ""), ("Total Deductions", m(mpf))], 18, 9, font=H,
            aligns=["l", "r"], head_fill=LIGHT)
    p.box(298, 300, 257, 26, fill=LIGHT)
    p.t(306, 317, "NET PAY", 11, HB)
    p.t(547, 317, f"HK$ {m(net)}", 11, HB, align="r")
    p.t(40, 350, f"Employer's MPF mandatory contribution (for information): HK$ {m(mpf)}", 8.5, H)
    p.t(40, 364, "MPF Scheme: BCT (MPF) Pro Choice   Member A/C: 77-0934-1", 8.5, H)
    p.t(40, 420, "Private & Confidential. Please check and report any discrepancy to HR within 7 days.", 8, H, GREY)
    assert net == D("23617.00")
    return ({"employer": "Harbourlight Logistics (HK) Limited", "employee": ["CHAN Wing Sze", "Chan Wing Sze"],
             "period": "2026-10", "gross_pay": plain(gross), "net_pay": plain(net)}, [])


def en_pay_jm_bpo(p: Page):
    """A Jamaican contact centre's fortnightly earnings statement: hours x rate with current and year-to-date columns,
    the statutory deductions (NIS, NHT, Education Tax, PAYE) also with YTD; the pay date after the period."""
    p.t(40, 50, "CARIBE CONTACT SOLUTIONS LTD.", 14, HB)
    p.t(40, 64, "Lot 9, Montego Bay Free Zone, Montego Bay, St. James, Jamaica", 8.5, H)
    p.t(p.w - 40, 50, "EARNINGS STATEMENT", 12, HB, align="r")
    info = [("Employee", "SHANIQUE A. BROWN"), ("Employee ID", "20-4471"), ("TRN", "***-***-418"),
            ("Pay Period", "12-Oct-2026 to 25-Oct-2026"), ("Pay Date", "30-Oct-2026"), ("Frequency", "Fortnightly")]
    for i, (k, v) in enumerate(info):
        p.t(40 + 260 * (i % 2), 92 + 15 * (i // 2), f"{k}:", 8.5, HB)
        p.t(110 + 260 * (i % 2), 92 + 15 * (i // 2), v, 8.5, H)
    earn = [("Regular", "80.00", "1,050.00", "84,000.00", "1,764,000.00"),
            ("Overtime 1.5x", "6.00", "1,575.00", "9,450.00", "118,125.00"),
            ("Night Shift Premium", "", "", "2,950.00", "41,300.00")]
    gross = sum((D(r[3]) for r in earn), Decimal(0))
    y = p.table(40, 144, [150, 60, 80, 110, 115],
                [("Earnings", "Hours", "Rate", "Current", "Year to Date")] + earn
                + [("GROSS PAY", "", "", m(gross), "1,923,425.00")], 17, 8.5, font=H,
                aligns=["l", "r", "r", "r", "r"], head_fill=LIGHT)
    nis = (gross * Decimal("0.03")).quantize(Decimal("0.01"))
    nht = (gross * Decimal("0.02")).quantize(Decimal("0.01"))
    edu = ((gross - nis) * Decimal("0.0225")).quantize(Decimal("0.01"))
    paye = D("3770.05")
    ded = [("NIS", m(nis), "57,702.75"), ("NHT", m(nht), "38,468.50"), ("Education Tax", m(edu), "41,977.47"),
           ("Income Tax (PAYE)", m(paye), "75,218.40")]
    dsum = nis + nht + edu + paye
    y = p.table(40, y + 14, [290, 110, 115], [("Deductions", "Current", "Year to Date")] + ded
                + [("TOTAL DEDUCTIONS", m(dsum), "213,367.12")], 17, 8.5, font=H, aligns=["l", "r", "r"],
                head_fill=LIGHT)
    net = gross - dsum
    p.table(40, y + 14, [290, 110, 115], [("NET PAY", m(net), "1,710,057.88")], 22, 10.5, font=HB,
            aligns=["l", "r", "r"])
    p.t(40, y + 66, "Direct deposit: National Commercial Bank Jamaica, a/c ending 6614", 8.5, H)
    p.t(40, y + 80, "Leave balance: 9.5 days   Sick leave: 10 days", 8.5, H, GREY)
    assert net == D("85706.02"), net
    return ({"employer": "Caribe Contact Solutions Ltd.", "employee": "Shanique A. Brown", "period": "2026-10",
             "gross_pay": plain(gross), "net_pay": plain(net)}, [])


def en_stmt_hk_hangseng(p: Page):
    """A Hong Kong bank's integrated account statement: address block with the holder, dates printed without a year
    inside the ledger, B/F and C/F balance rows, deposit/withdrawal/balance columns."""
    items = [("03 OCT", "-5,200.00", "SO RENT LAI KWOK CHUEN"), ("09 OCT", "-1,482.60", "EPS PARKnSHOP"),
             ("15 OCT", "-640.00", "FPS CLP POWER"), ("20 OCT", "-2,000.00", "ATM WITHDRAWAL KWAI CHUNG"),
             ("31 OCT", "23,617.00", "PAYROLL HARBOURLIGHT LOGISTICS"), ("31 OCT", "1.33", "CREDIT INTEREST")]
    rows, closing = running("22,751.20", items)
    green = Color(0.0, 0.45, 0.35)
    p.t(40, 52, "Hang Seng Bank", 18, HB, green)
    p.t(40, 66, "83 Des Voeux Road Central, Hong Kong", 8, H, GREY)
    p.t(p.w - 40, 52, "Integrated Account Statement", 12, HB, align="r")
    addr = ["CHAN WING SZE", "FLAT C 18/F BLOCK 3", "LEI MUK SHUE ESTATE", "KWAI CHUNG NT"]
    for i, a in enumerate(addr):
        p.t(60, 110 + 13 * i, a, 9, H)
    p.t(330, 110, "Statement Date: 31 Oct 2026", 9, H)
    p.t(330, 124, "Statement Period: 01 Oct 2026 - 31 Oct 2026", 9, H)
    p.t(330, 138, "Account Number: 388-4-172605", 9, H)
    p.t(330, 152, "Branch: Kwai Chung", 9, H)
    p.t(40, 196, "HKD Savings  388-4-172605", 10, HB)
    body = [("Date", "Transaction Details", "Deposit", "Withdrawal", "Balance"),
            ("01 OCT", "B/F BALANCE", "", "", m(D("22751.20")))]
    for d_, amt, memo, bal in rows:
        body.append((d_, memo, m(amt) if amt > 0 else "", m(-amt) if amt < 0 else "", m(bal)))
    body.append(("31 OCT", "C/F BALANCE", "", "", m(closing)))
    y = p.table(40, 204, [55, 220, 80, 80, 80], body, 17, 8.5, font=H, aligns=["l", "l", "r", "r", "r"],
                grid=False, hlines=True, head_fill=LIGHT)
    p.t(40, y + 30, "Please examine this statement and report any discrepancy within 90 days.", 7.5, H, GREY)
    assert closing == D("37046.93"), closing
    return ({"bank": "Hang Seng Bank", "account_holder": "CHAN WING SZE", "account_number": "3884172605",
             "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": plain(closing)}, [])


def en_stmt_bd_brac(p: Page):
    """A Bangladeshi bank's statement of account: transaction and value dates, a cheque column, debit and credit,
    opening and closing balance rows, totals; dd-Mon-yyyy dates."""
    items = [("05-Oct-2026", "-15,000.00", "ATM CASH WDL GULSHAN-1", ""), ("08-Oct-2026", "-4,250.00", "BKASH FUND TRANSFER", ""),
             ("12-Oct-2026", "-22,000.00", "CHQ PAID HOUSE RENT", "4471206"),
             ("19-Oct-2026", "41,300.00", "FINAL SETTLEMENT DHAKA KNITWEAR", ""), ("26-Oct-2026", "-3,180.50", "DESCO BILL PAY", "")]
    rows, closing = running("66,334.00", items)
    p.t(40, 50, "BRAC Bank PLC", 16, HB, Color(0.0, 0.3, 0.6))
    p.t(p.w - 40, 50, "Statement of Account", 12, HB, align="r")
    info = [("Account Name", "MD. RAFIQUL ISLAM"), ("Account No.", "1501203984557001"),
            ("Account Type", "Savings Account - Salary"), ("Branch", "Gulshan Branch, Dhaka"),
            ("Currency", "BDT"), ("Statement Period", "01-Oct-2026 To 31-Oct-2026")]
    for i, (k, v) in enumerate(info):
        p.t(40 + 270 * (i % 2), 86 + 15 * (i // 2), k, 8.5, HB)
        p.t(130 + 270 * (i % 2), 86 + 15 * (i // 2), ": " + v, 8.5, H)
    body = [("Tran Date", "Value Date", "Particulars", "Cheque No", "Debit", "Credit", "Balance"),
            ("01-Oct-2026", "", "Opening Balance", "", "", "", m(D("66334.00")))]
    for d_, amt, memo, chq, bal in rows:
        body.append((d_, d_, memo, chq, m(-amt) if amt < 0 else "", m(amt) if amt > 0 else "", m(bal)))
    deb = sum((-r[1] for r in rows if r[1] < 0), Decimal(0))
    cre = sum((r[1] for r in rows if r[1] > 0), Decimal(0))
    body += [("", "", "Total", "", m(deb), m(cre), ""), ("31-Oct-2026", "", "Closing Balance", "", "", "", m(closing))]
    p.table(30, 140, [62, 62, 150, 52, 65, 65, 79], body, 17, 7.6, font=H,
            aligns=["l", "l", "l", "c", "r", "r", "r"], head_fill=LIGHT)
    p.t(40, 140 + 17 * len(body) + 30, "This is a system generated statement and does not require any signature.", 8,
        H, GREY)
    return ({"bank": "BRAC Bank", "account_holder": "MD. RAFIQUL ISLAM", "account_number": "1501203984557001",
             "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": plain(closing)}, [])


def en_stmt_jm_ncb(p: Page):
    """A Jamaican bank's savings statement with one signed Amount column beside the balance, month-name dates and a
    summary line at the top (opening, credits, debits, closing)."""
    items = [("Oct 02, 2026", "-18,500.00", "POS PURCHASE HI-LO MONTEGO BAY"), ("Oct 05, 2026", "-45,000.00", "RENT TRANSFER TO D. CAMPBELL"),
             ("Oct 16, 2026", "85,706.02", "PAYROLL CARIBE CONTACT SOLUTIONS"), ("Oct 19, 2026", "-9,870.00", "JPS ELECTRICITY BILL"),
             ("Oct 27, 2026", "-12,000.00", "ABM WITHDRAWAL"), ("Oct 30, 2026", "85,706.02", "PAYROLL CARIBE CONTACT SOLUTIONS")]
    rows, closing = running("31,204.66", items)
    p.t(40, 50, "NCB", 22, HB, Color(0.0, 0.2, 0.55))
    p.t(100, 50, "National Commercial Bank Jamaica Limited", 10, H)
    p.t(40, 80, "SAVINGS ACCOUNT STATEMENT", 12, HB)
    p.t(40, 100, "SHANIQUE A BROWN", 9.5, HB)
    p.t(40, 113, "14 ORANGE STREET, MONTEGO BAY, ST JAMES", 8.5, H)
    p.t(330, 100, "Account: 364-551-6614", 9, H)
    p.t(330, 113, "Period: Oct 01, 2026 - Oct 31, 2026", 9, H)
    p.t(330, 126, "Currency: JMD   Branch: Barnett Street", 9, H)
    cre = sum((r[1] for r in rows if r[1] > 0), Decimal(0))
    deb = sum((-r[1] for r in rows if r[1] < 0), Decimal(0))
    p.table(40, 146, [128, 128, 128, 131], [("Opening Balance", "Total Credits", "Total Debits", "Closing Balance"),
                                            (m(D("31204.66")), m(cre), m(deb), m(closing))], 17, 8.5, font=H,
            aligns=["c"] * 4, head_fill=LIGHT)
    body = [("Date", "Description", "Amount", "Balance")]
    for d_, amt, memo, bal in rows:
        body.append((d_, memo, ("+" if amt > 0 else "") + m(amt), m(bal)))
    p.table(40, 196, [80, 255, 90, 90], body, 17, 8.5, font=H, aligns=["l", "l", "r", "r"], grid=False, hlines=True,
            head_fill=LIGHT)
    # the bank's name without its country is as much its name (the scorer drops only the legal form "Limited")
    return ({"bank": ["National Commercial Bank Jamaica", "National Commercial Bank"], "account_holder": "SHANIQUE A BROWN",
             "account_number": "3645516614", "period_start": "2026-10-01", "period_end": "2026-10-31",
             "closing_balance": plain(closing)}, [])


def en_med_ca_physio(p: Page):
    """A Canadian physiotherapy clinic's receipt with direct billing: visits itemised, the insurer's payment and the
    patient's portion below the total (the total first; the patient's portion also accepted)."""
    p.t(40, 52, "Lakeshore Physiotherapy & Sports Injury Clinic", 13, HB)
    p.t(40, 66, "2150 Lake Shore Blvd W, Unit 4, Etobicoke, ON M8V 4B1  ·  (416) 555-0172", 8, H, GREY)
    p.t(p.w - 40, 52, "RECEIPT", 14, HB, align="r")
    p.t(p.w - 40, 66, "Receipt #: LSP-26-08841", 8.5, H, align="r")
    p.t(40, 100, "Patient: Priya Raman", 9.5, H)
    p.t(40, 114, "DOB: 1990-06-03", 9, H)
    p.t(330, 100, "Date issued: October 14, 2026", 9.5, H)
    p.t(330, 114, "Practitioner: Daniel Okafor, PT (Reg. #15274)", 9, H)
    items = [("Oct 02, 2026", "Physiotherapy - Initial Assessment", "105.00"),
             ("Oct 07, 2026", "Physiotherapy - Treatment 30 min", "90.00"),
             ("Oct 14, 2026", "Physiotherapy - Treatment 30 min", "90.00")]
    total = sum((D(v) for *_r, v in items), Decimal(0))
    insurer = (total * Decimal("0.80")).quantize(Decimal("0.01"))
    own = total - insurer
    y = p.table(40, 134, [90, 320, 105], [("Service Date", "Description", "Fee (CAD)")] + list(items), 18, 9, font=H,
                aligns=["l", "l", "r"], head_fill=LIGHT)
    y = p.table(290, y + 6, [160, 105], [("Total", m(total)), ("Paid by Sun Life (direct billing)", f"-{m(insurer)}"),
                                        ("Patient portion paid (Visa)", f"-{m(own)}"), ("Balance owing", "0.00")], 18,
                9, font=H, aligns=["l", "r"])
    p.t(40, y + 30, "HST exempt: physiotherapy services by a regulated health professional.", 8, H, GREY)
    p.t(40, y + 44, "Keep this receipt for your insurance and tax records.", 8, H, GREY)
    return ({"provider": "Lakeshore Physiotherapy & Sports Injury Clinic", "patient": "Priya Raman",
             "date": "2026-10-14", "total": [plain(total), plain(own)]}, [])


def en_med_pk_hospital(p: Page):
    """A Pakistani private hospital's final bill: MR number, admission and discharge, charges by head, a discount and
    the advance deposit deducted (net bill first; gross and balance payable also accepted)."""
    p.t(p.w / 2, 50, "NOOR MEMORIAL HOSPITAL", 15, HB, align="c")
    p.t(p.w / 2, 64, "Jail Road, Faisalabad  ·  Ph: 041-8711 442", 8.5, H, align="c")
    p.t(p.w / 2, 88, "INPATIENT FINAL BILL", 12, HB, align="c")
    info = [("MR No.", "NMH-26-118304", "Bill No.", "IPB-55172"), ("Patient Name", "Tariq Mahmood", "Age/Sex", "63 Y / M"),
            ("Admission", "01-10-2026", "Discharge", "06-10-2026"), ("Consultant", "Dr. Saima Rauf (Cardiology)", "Bill Date", "06-10-2026")]
    y = p.table(40, 100, [85, 175, 80, 175], info, 17, 8.5, font=H)
    heads = [("Room Charges (Private, 5 days)", "37,500.00"), ("Consultant Visits", "18,000.00"),
             ("Angiography Procedure", "68,000.00"), ("Laboratory", "14,850.00"), ("Radiology", "9,600.00"),
             ("Pharmacy", "31,200.00"), ("Nursing & Services", "7,300.00")]
    gross = sum((D(v) for _k, v in heads), Decimal(0))
    y = p.table(40, y + 14, [380, 135], [("Description", "Amount (PKR)")] + heads, 17, 9, font=H, aligns=["l", "r"],
                head_fill=LIGHT)
    disc, adv = D("9000.00"), D("50000.00")
    net = gross - disc
    y = p.table(240, y + 6, [180, 135], [("Gross Total", m(gross)), ("Less: Discount (Welfare)", m(disc)),
                                        ("Net Bill", m(net)), ("Less: Advance Deposit", m(adv)),
                                        ("Balance Payable", m(net - adv))], 17, 9, font=H, aligns=["l", "r"])
    p.t(40, y + 30, "Cashier: M. Aslam        Received with thanks.", 8.5, H)
    assert gross == D("186450.00")
    return ({"provider": "Noor Memorial Hospital", "patient": "Tariq Mahmood", "date": "2026-10-06",
             "total": [plain(net), plain(gross), plain(net - adv)]}, [])


def en_med_hk_clinic(p: Page):
    """A Hong Kong GP clinic's small official receipt: consultation with three days' medicine in one fee, bilingual
    heading, the doctor's name as the clinic's."""
    p.t(p.w / 2, 40, "林國強醫生診所", 13, align="c")
    p.t(p.w / 2, 56, "Dr. Lam Kwok Keung Medical Clinic", 10, HB, align="c")
    p.t(p.w / 2, 70, "Shop 14, G/F, Kwai Fong Plaza, Kwai Chung  ·  Tel 2421 3368", 7.5, H, align="c")
    p.line(30, 80, p.w - 30, 80, 0.8)
    p.t(p.w / 2, 98, "OFFICIAL RECEIPT", 11, HB, align="c")
    p.t(36, 120, "Receipt No.: 0048817", 8.5, H)
    p.t(p.w - 36, 120, "Date: 22/10/2026", 8.5, H, align="r")
    p.t(36, 138, "Received from: CHAN WING SZE", 9, H)
    y = p.table(36, 150, [190, 60], [("Consultation & Medicine (3 days)", "380.00"), ("Medical Certificate", "40.00"),
                                     ("Total HK$", "420.00")], 18, 9, font=H, aligns=["l", "r"])
    p.t(36, y + 20, "Diagnosis: URTI", 8.5, H)
    p.t(36, y + 50, "Dr. Lam Kwok Keung (MCHK Reg. M07731)", 8.5, H)
    p.line(36, y + 38, 160, y + 38, 0.5)
    return ({"provider": "Dr. Lam Kwok Keung Medical Clinic", "patient": ["CHAN WING SZE", "Chan Wing Sze"],
             "date": "2026-10-22", "total": "420.00"}, [])


def en_unemp_bd_termination(p: Page):
    """A Dhaka knitwear exporter's termination letter: the facts (who, since when, why, the last working day) only
    in prose, signed by the HR head under the letterhead."""
    p.t(40, 56, "DHAKA KNITWEAR & APPARELS LTD.", 14, HB)
    p.t(40, 70, "Plot 27, Sector 7, Uttara EPZ, Dhaka-1230, Bangladesh", 8.5, H, GREY)
    p.line(40, 78, p.w - 40, 78, 1.0)
    p.t(40, 104, "Ref: DKA/HR/TER/2026/117", 9, H)
    p.t(p.w - 40, 104, "Date: 12 October 2026", 9, H, align="r")
    for i, a in enumerate(["To", "Md. Rafiqul Islam", "Merchandiser, Sweater Division", "Employee ID: DK-2093"]):
        p.t(40, 130 + 14 * i, a, 9.5, HB if i == 1 else H)
    p.t(40, 204, "Subject: Termination of Employment", 10, HB)
    para = ["Dear Mr. Islam,",
            "Owing to the cancellation of export orders by our principal buyer and the consequent closure of the",
            "Sweater Division, the management has decided to terminate your employment under Section 20 of the",
            "Bangladesh Labour Act, 2006 (retrenchment). Your service with the company, which began on 01 June 2018,",
            "will end at the close of business on 15 October 2026, which will be your last working day.",
            "You will receive one month's wages in lieu of notice and compensation of thirty days' wages for each",
            "completed year of service. Your final settlement will be credited to your salary account.",
            "We thank you for your service and wish you success in the future.",
            "Yours sincerely,"]
    y = 232
    for line in para:
        p.t(40, y, line, 9.5, H)
        y += 22 if line.endswith(",") else 16
    p.t(40, y + 40, "Farhana Haque", 10, HB)
    p.t(40, y + 54, "Head of Human Resources", 9, H)
    p.t(40, y + 68, "Dhaka Knitwear & Apparels Ltd.", 9, H)
    return ({"person": "Md. Rafiqul Islam", "issuer": "Dhaka Knitwear & Apparels Ltd.", "date": "2026-10-12"}, [])


def en_unemp_bb_nis(p: Page):
    """Barbados' National Insurance unemployment benefit award notice: a form letter with the claim facts in a box,
    the weekly rate and the benefit period."""
    p.t(p.w / 2, 52, "NATIONAL INSURANCE AND SOCIAL SECURITY SERVICE", 12, HB, align="c")
    p.t(p.w / 2, 66, "Frank Walcott Building, Culloden Road, St. Michael, Barbados", 8.5, H, align="c")
    p.t(p.w / 2, 94, "UNEMPLOYMENT BENEFIT - NOTICE OF AWARD", 11, HB, align="c")
    p.t(40, 124, "Date: 28 September 2026", 9, H)
    p.t(40, 144, "Ms. Keisha R. Marshall", 9.5, HB)
    p.t(40, 157, "Lot 12 Highway 2A, Welches, St. Thomas", 9, H)
    rows = [("Claimant", "Keisha R. Marshall"), ("NIS Number", "******-4127"), ("Claim Number", "UB-2026-038815"),
            ("Last Employer", "Sandy Lane Laundry Services Inc."), ("Last Day of Work", "04 September 2026"),
            ("Benefit Start", "07 September 2026"), ("Weekly Rate", "BBD 287.00"),
            ("Maximum Duration", "26 weeks, to 05 March 2027")]
    y = p.table(40, 176, [150, 365], rows, 18, 9, font=H)
    para = ["Your claim for Unemployment Benefit has been approved as shown above. Payments are made fortnightly",
            "to your bank account. You must tell us at once if you start work, and you must remain available for",
            "and actively seek employment. Benefit may be suspended if you fail to attend when called."]
    for i, line in enumerate(para):
        p.t(40, y + 24 + 15 * i, line, 9, H)
    p.t(40, y + 100, "for Director, National Insurance", 9, H)
    return ({"person": "Keisha R. Marshall", "issuer": "National Insurance and Social Security Service",
             "date": "2026-09-28"}, [])


def en_income_jm_job_letter(p: Page):
    """A Jamaican 'job letter' to whom it may concern: position, start date and monthly salary in words and
    figures, all in prose; signed by the HR manager."""
    p.t(40, 56, "CARIBE CONTACT SOLUTIONS LTD.", 14, HB)
    p.t(40, 70, "Lot 9, Montego Bay Free Zone, Montego Bay, St. James  ·  (876) 952-0415", 8.5, H, GREY)
    p.line(40, 78, p.w - 40, 78, 1.0)
    p.t(40, 110, "November 5, 2026", 10, H)
    p.t(40, 140, "TO WHOM IT MAY CONCERN", 10, HB)
    p.t(40, 166, "Re: Shanique A. Brown - Confirmation of Employment", 10, HB)
    para = ["This is to confirm that Ms. Shanique A. Brown has been employed with Caribe Contact Solutions Ltd.",
            "since March 14, 2022 and currently holds the position of Team Lead, Customer Care, on a permanent",
            "full-time basis.",
            "Ms. Brown earns a gross monthly salary of One Hundred and Seventy-Four Thousand Jamaican Dollars",
            "(J$174,000.00), paid fortnightly, in addition to overtime and shift premiums where applicable.",
            "This letter is issued at the request of the employee and without liability on the part of the company.",
            "Should you require further information, please contact the undersigned."]
    y = 196
    for i, line in enumerate(para):
        p.t(40, y, line, 10, H)
        y += 26 if i in (2, 4, 5) else 15
    p.t(40, y + 20, "Yours faithfully,", 10, H)
    p.t(40, y + 64, "Marcia Thompson-Reid", 10, HB)
    p.t(40, y + 78, "Human Resources Manager", 9.5, H)
    return ({"employer": "Caribe Contact Solutions Ltd.", "employee": "Shanique A. Brown", "monthly_income": "174000.00",
             "date": "2026-11-05"}, [])


def en_other_ca_t4(p: Page):
    """Look-alike: a Canadian T4 slip (a year's employment income for tax), boxes by number."""
    p.t(40, 50, "Canada Revenue Agency   Agence du revenu du Canada", 8.5, H)
    p.t(p.w - 40, 50, "T4", 22, HB, align="r")
    p.t(40, 72, "STATEMENT OF REMUNERATION PAID / ÉTAT DE LA RÉMUNÉRATION PAYÉE", 10, HB)
    p.t(40, 92, "Year / Année  2025", 10, HB)
    p.t(40, 116, "Employer's name / Nom de l'employeur: NORTHBRIDGE DENTAL GROUP INC.", 9, H)
    rows = [("14  Employment income", "58,412.60", "22  Income tax deducted", "8,904.17"),
            ("16  Employee's CPP contributions", "3,274.44", "18  Employee's EI premiums", "958.77"),
            ("24  EI insurable earnings", "58,412.60", "26  CPP pensionable earnings", "58,412.60"),
            ("44  Union dues", "0.00", "46  Charitable donations", "120.00"),
            ("12  Social insurance number", "*** *** 481", "10  Province of employment", "ON")]
    y = p.table(40, 130, [160, 97, 160, 98], rows, 26, 8.5, font=H, aligns=["l", "r", "l", "r"])
    p.t(40, y + 24, "Employee's name and address: RAMAN, PRIYA   88 Mimico Ave, Etobicoke ON M8V 1R4", 9, H)
    p.t(40, y + 44, "Keep this slip for your records. Report these amounts on your 2025 income tax and benefit return.",
        8, H, GREY)
    return {}, []


def en_other_pk_electricity(p: Page):
    """Look-alike: a Pakistani electricity bill (a reference number, a billing month, units and an amount payable)."""
    p.t(40, 48, "FAISALABAD ELECTRIC SUPPLY COMPANY (FESCO)", 12, HB)
    p.t(p.w - 40, 48, "ELECTRICITY CONSUMER BILL", 10, HB, align="r")
    rows = [("Reference No", "27 13155 0418802 U", "Billing Month", "OCT 26"),
            ("Name", "MUHAMMAD USMAN TARIQ", "Reading Date", "24-Oct-26"),
            ("Address", "House 41, Street 6, Peoples Colony No. 1", "Issue Date", "28-Oct-26"),
            ("Tariff", "A-1a (Residential)", "Due Date", "09-Nov-26")]
    y = p.table(40, 62, [80, 220, 90, 125], rows, 17, 8.5, font=H)
    meter = [("Previous Reading", "Present Reading", "Units", "Cost of Electricity"),
             ("18,204", "18,517", "313", "12,086.00")]
    y = p.table(40, y + 12, [128, 128, 128, 131], meter, 17, 8.5, font=H, aligns=["c"] * 4, head_fill=LIGHT)
    tax = [("Electricity Duty", "181.29"), ("TV Fee", "35.00"), ("GST", "2,175.48"), ("FC Surcharge", "134.43"),
           ("Payable Within Due Date", "14,612.20"), ("L.P. Surcharge", "1,208.60"), ("Payable After Due Date", "15,820.80")]
    p.table(300, y + 12, [140, 115], tax, 17, 8.5, font=H, aligns=["l", "r"])
    p.t(40, y + 30, "Pay at any bank branch or via mobile banking apps.", 8.5, H)
    p.t(40, y + 44, "Bill month history: SEP 26 412 units, AUG 26 498 units.", 8.5, H, GREY)
    return {}, []


def en_other_hk_mpf_annual(p: Page):
    """Look-alike: a Hong Kong MPF annual benefit statement (a year's contributions and an investment balance)."""
    p.t(40, 52, "BCT (MPF) Pro Choice", 14, HB, Color(0.55, 0.1, 0.2))
    p.t(p.w - 40, 52, "Annual Benefit Statement", 11, HB, align="r")
    p.t(40, 84, "CHAN WING SZE", 9.5, HB)
    p.t(40, 98, "Member Account No.: 77-0934-1", 9, H)
    p.t(330, 84, "Statement Period: 01/07/2025 - 30/06/2026", 9, H)
    p.t(330, 98, "Participating Employer: Harbourlight Logistics (HK) Limited", 8, H)
    rows = [("", "Employee", "Employer", "Total"), ("Opening balance 01/07/2025", "61,208.44", "58,930.12", "120,138.56"),
            ("Mandatory contributions", "14,460.00", "14,460.00", "28,920.00"),
            ("Investment gain/(loss)", "4,118.20", "3,986.51", "8,104.71"),
            ("Closing balance 30/06/2026", "79,786.64", "77,376.63", "157,163.27")]
    y = p.table(40, 118, [200, 105, 105, 105], rows, 18, 9, font=H, aligns=["l", "r", "r", "r"], head_fill=LIGHT)
    p.t(40, y + 24, "Past performance is not indicative of future performance. Benefits are payable at age 65.", 8, H,
        GREY)
    return {}, []


# ---------------------------------------------------------------------------------------------------------------

DOCS: dict[str, Doc] = {
    "zh-pay-steel-sealed-slip": Doc("zh", "payslip", ("photo", "scan"), "a steelworks' sealed dot-matrix pin-mailer slip, plain figures offset from pale pre-printed boxes", zh_pay_steel_sealed_slip, (680.0, 300.0), {"fold": True, "tilt": 0.05}),
    "zh-pay-dingtalk-screen": Doc("zh", "payslip", ("image",), "a DingTalk smart-payroll screen: 实发 as the big card figure, grouped items, signed deductions, no name (only its owner sees it)", zh_pay_dingtalk_screen, PHONE),
    "zh-pay-hotel-ytd": Doc("zh", "payslip", ("scan",), "a hotel group's landscape slip: income and deductions side by side, each with 本月 and 本年累计 columns", zh_pay_hotel_ytd, A4L),
    "zh-stmt-ceb-balance-left": Doc("zh", "bank_statement", ("photo", "text"), "光大银行 counter statement whose first column is the balance; unsigned amounts with 借/贷; no closing label", zh_stmt_ceb_balance_left, A4, {"low": True, "tilt": 0.05}),
    "zh-stmt-hxb-dual": Doc("zh", "bank_statement", ("scan",), "华夏银行 two-month list with 支出/存入 columns and a signed 发生额 column; summary box at the foot", zh_stmt_hxb_dual),
    "zh-stmt-nbcb-estatement": Doc("zh", "bank_statement", ("text", "photo"), "宁波银行 bilingual e-statement: summary headers over two lines (Chinese over English), masked account", zh_stmt_nbcb_estatement, A4, {"crumple": True, "tilt": 0.08}),
    "zh-stmt-webank-app": Doc("zh", "bank_statement", ("image",), "微众银行 app month list, newest first, balance after each row, card tail only", zh_stmt_webank_app, (360.0, 800.0)),
    "zh-income-lawfirm-prose": Doc("zh", "income_proof", ("photo",), "a law firm's letterhead income certificate: every fact in prose, 大写 income with the figure in brackets, a lower current figure too", zh_income_lawfirm_prose, A4, {"tilt": 0.09, "blur": 1.2}),
    "zh-unemp-shanghai-tuigong": Doc("zh", "unemployment_proof", ("photo",), "Shanghai 单位退工证明 grid form: termination date in the grid, issuing date by the seal", zh_unemp_shanghai_tuigong, A4, {"fold": True, "low": True}),
    "zh-med-eye-outpatient": Doc("zh", "medical_bill", ("photo",), "a private eye hospital's 门诊收费收据 (not an e-bill): items, 大写/小写 total, no insurance share", zh_med_eye_outpatient, A4, {"tilt": 0.07}),
    "zh-med-cancer-settlement": Doc("zh", "medical_bill", ("scan",), "a cancer hospital's 住院费用结算单: categories in two column pairs, fund shares, own share, deposit refund", zh_med_cancer_settlement),
    "zh-other-property-fee-notice": Doc("zh", "other", ("photo",), "look-alike: a property manager's quarterly fee notice with a payee bank account", zh_other_property_fee_notice, A4, {"tilt": 0.06}),
    "zh-other-loan-plan-screen": Doc("zh", "other", ("image",), "look-alike: a consumer-finance app's repayment schedule, one instalment overdue", zh_other_loan_plan_screen, PHONE),
    "en-pay-pk-textile": Doc("en", "payslip", ("text", "photo"), "a Pakistani textile mill's monthly slip: CNIC grid, earnings over deductions (EOBI, advance), net in words", en_pay_pk_textile, A4, {"crumple": True}),
    "en-pay-hk-two-column": Doc("en", "payslip", ("text", "scan"), "a Hong Kong two-column payslip: income left, MPF deduction right, employer MPF for information", en_pay_hk_two_column),
    "en-pay-jm-bpo": Doc("en", "payslip", ("photo",), "a Jamaican contact centre's fortnightly earnings statement: hours x rate, current and YTD, NIS/NHT/Ed Tax/PAYE", en_pay_jm_bpo, A4, {"low": True, "tilt": 0.07}),
    "en-stmt-hk-hangseng": Doc("en", "bank_statement", ("text", "photo"), "a Hong Kong integrated account statement: yearless ledger dates, B/F and C/F balance rows", en_stmt_hk_hangseng, A4, {"tilt": 0.08}),
    "en-stmt-bd-brac": Doc("en", "bank_statement", ("scan",), "a Bangladeshi statement of account: tran/value dates, cheque column, opening/closing rows and totals", en_stmt_bd_brac),
    "en-stmt-jm-ncb": Doc("en", "bank_statement", ("photo",), "a Jamaican savings statement: one signed Amount column beside the balance, summary line on top", en_stmt_jm_ncb, A4, {"fold": True}),
    "en-med-ca-physio": Doc("en", "medical_bill", ("photo",), "a Canadian physiotherapy receipt: three visits, insurer's direct-billed share and the patient's portion", en_med_ca_physio, A4, {"tilt": 0.06}),
    "en-med-pk-hospital": Doc("en", "medical_bill", ("scan",), "a Pakistani private hospital's inpatient final bill: heads, welfare discount, advance deposit", en_med_pk_hospital),
    "en-med-hk-clinic": Doc("en", "medical_bill", ("photo",), "a Hong Kong GP clinic's small bilingual official receipt, fee with medicine in one line", en_med_hk_clinic, (300.0, 420.0), {"tilt": 0.1, "blur": 1.1}),
    "en-unemp-bd-termination": Doc("en", "unemployment_proof", ("photo",), "a Dhaka exporter's retrenchment letter: the facts only in prose", en_unemp_bd_termination, A4, {"tilt": 0.05}),
    "en-unemp-bb-nis": Doc("en", "unemployment_proof", ("scan",), "Barbados NIS unemployment benefit notice of award: claim facts in a box", en_unemp_bb_nis),
    "en-income-jm-job-letter": Doc("en", "income_proof", ("photo",), "a Jamaican job letter to whom it may concern: monthly salary in words and figures in prose", en_income_jm_job_letter, A4, {"low": True}),
    "en-other-ca-t4": Doc("en", "other", ("text",), "look-alike: a Canadian T4 slip, numbered boxes of a year's remuneration", en_other_ca_t4),
    "en-other-pk-electricity": Doc("en", "other", ("photo",), "look-alike: a Pakistani electricity bill with reference number, billing month and amount payable", en_other_pk_electricity, A4, {"tilt": 0.07}),
    "en-other-hk-mpf-annual": Doc("en", "other", ("text",), "look-alike: a Hong Kong MPF annual benefit statement (opening/closing balances of a pension account)", en_other_hk_mpf_annual),
}


def entries() -> list[dict]:
    """The manifest's entries (without sha256): one per document and form, labelled from what the drawing prints."""
    out = []
    for name, spec in DOCS.items():
        fields, absent = labels(name)
        for form in spec.forms:
            out.append({"id": f"i8-{name}-{form}", "origin": "generated", "generator": "gen_independent8",
                        "doc": name, "form": form, "lang": spec.lang, "type": spec.type, "note": spec.note,
                        "fields": fields, "absent": absent})
    return out


def main() -> None:
    """Write bench/thirdparty/independent8.json (labels and the sha256 of each rebuilt file)."""
    docs = entries()
    for d in docs:
        raw, _ext = render(d["doc"], d["form"])
        d["sha256"] = hashlib.sha256(raw).hexdigest()
    import json

    head = {"about": "Independent set 8 (issue 10): generated by gen_independent8.py, labelled from the values drawn; "
                     "rebuild with fetch_corpus.py --independent8.", "documents": docs}
    (Path(__file__).with_name("independent8.json")).write_text(json.dumps(head, ensure_ascii=False, indent=1) + "\n",
                                                              encoding="utf-8")
    print(f"{len(docs)} entries")


if __name__ == "__main__":
    main()
