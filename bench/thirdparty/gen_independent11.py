"""The eleventh independently generated judging set (bench/thirdparty/independent11.json, ``--independent11``).

    python bench/thirdparty/gen_independent11.py --manifest   (rewrite independent11.json: labels + sha256)
    python bench/thirdparty/gen_independent11.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary, tests or the earlier generators' layouts; the drawing and photo
plumbing (Page, _scan, _photo, _screenshot, _daxie) is gen_independent10.py's, the documents are new: institutions and
countries the earlier sets do not use (a Hefei labour-dispatch agency's 代发工资明细, a Liuzhou bus company's kiosk
pay roll-slip, a Chengdu site subcontractor's 农民工工资支付凭证, a Shanxi 农村信用社 passbook page, 桂林银行 counter
detail with a 借/贷 flag column, 上海银行 app 收支明细, a 门诊收费电子票据 of a maternal and child hospital, a county
hospital's 出院结算单 under 城乡居民医保, a village clinic's pen-filled 收款收据, a Xi'an 就业困难人员认定通知书, a
logistics company's 收入证明 as a ruled table; Zambian, Maltese and Namibian payslips, Botswana, Mauritian and Bahamian
statements, a Tanzanian hospital invoice, a Maltese pharmacy receipt, a Scottish redundancy confirmation, a Maltese
Jobsplus registration certificate, a Botswana employment-and-salary confirmation; look-alikes: a housing-fund account
detail, a medical-insurance contribution record, a payment app's 交易流水证明, a medical aid claims statement, a pension
contribution statement, an FS3 annual statement). Each document is drawn once with reportlab (invariant mode) as its
issuer prints it, and its labels are the values it prints. Forms: ``text``, ``scan``, ``photo`` (JPEG of the sheet on a
desk: turned, perspective, uneven light, shadow, soft focus, creases, fingers, JPEG 55-80), ``image`` (a phone
screenshot, PNG). Every random choice is seeded by the entry's id.

Rendering needs pdftoppm (poppler-utils) and the WenQuanYi Zen Hei font for Chinese.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent11.json"
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("I11Zh", ZH_FONT, subfontIndex=0))
        _FONTS_READY = True


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


# --------------------------------------------------------------------------------------------------------------------
# drawing helpers (coordinates in points, y measured from the top of the page)

RED = (0.82, 0.08, 0.1)
BLUE_INK = (0.1, 0.18, 0.55)


class Page:
    def __init__(self, size=A4, zh: bool = False):
        _fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.zh = zh

    def font(self, bold: bool = False, face: str | None = None) -> str:
        if face:
            return face
        if self.zh:
            return "I11Zh"
        return "Helvetica-Bold" if bold else "Helvetica"

    def t(self, x, y, s, size=9, bold=False, face=None, color=(0, 0, 0), align="l", angle=0.0):
        c = self.c
        f = self.font(bold, face)
        c.setFillColorRGB(*color)
        c.setFont(f, size)
        w = pdfmetrics.stringWidth(s, f, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if angle:
            c.saveState()
            c.translate(x, self.h - y)
            c.rotate(angle)
            c.drawString(0, 0, s)
            c.restoreState()
        else:
            c.drawString(x, self.h - y, s)
        if self.zh and bold and face is None and not angle:  # a heavier stroke for the one CJK face
            c.drawString(x + 0.35, self.h - y, s)
        return w

    def line(self, x0, y0, x1, y1, w=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        c.setDash(*(dash or ()))
        c.line(x0, self.h - y0, x1, self.h - y1)
        c.setDash()

    def box(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.5, radius=0):
        c = self.c
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        if radius:
            c.roundRect(x, self.h - y - h, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def table(self, x, y, widths, rows, rh=14, size=8, head=1, head_fill=(0.88, 0.88, 0.88), aligns=None,
              grid=True, bold_head=True, face=None, color=(0, 0, 0), pad=3, hlines=False):
        """Rows of cells from (x, y); returns the y under the table."""
        aligns = aligns or ["l"] * len(widths)
        for r, row in enumerate(rows):
            yy = y + r * rh
            if r < head and head_fill:
                self.box(x, yy, sum(widths), rh, fill=head_fill, stroke=None)
            cx = x
            for i, (w, cell) in enumerate(zip(widths, row, strict=True)):
                if cell:
                    a = "c" if r < head else aligns[i]
                    tx = cx + pad if a == "l" else cx + w - pad if a == "r" else cx + w / 2
                    self.t(tx, yy + rh * 0.7, cell, size, bold=bold_head and r < head, face=face, color=color,
                           align=a)
                cx += w
            if grid or hlines:
                self.line(x, yy, x + sum(widths), yy, 0.4)
        bottom = y + len(rows) * rh
        if grid or hlines:
            self.line(x, bottom, x + sum(widths), bottom, 0.4)
        if grid:
            cx = x
            for w in [0, *widths]:
                cx += w
                self.line(cx, y, cx, bottom, 0.4)
        return bottom

    def stamp(self, cx, cy, r, ring: str, middle: str = "", color=RED, alpha=0.85):
        """A round red seal: a ring of text over a star, the seal's purpose under it."""
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color, alpha=alpha)
        c.setStrokeColorRGB(*color, alpha=alpha)
        c.setLineWidth(2.2)
        y = self.h - cy
        c.circle(cx, y, r, stroke=1, fill=0)
        # star
        pts = []
        for k in range(10):
            a = math.pi / 2 + k * math.pi / 5
            rr = r * 0.22 if k % 2 == 0 else r * 0.09
            pts.append((cx + rr * math.cos(a), y + rr * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        n = len(ring)
        size = min(r * 0.3, 2 * math.pi * r * 0.62 / max(n, 1))
        span = min(math.radians(250), n * size * 1.05 / (r * 0.78))
        c.setFont("I11Zh", size)
        for k, ch in enumerate(ring):
            a = math.pi / 2 + span / 2 - (k + 0.5) * span / n
            px, py = cx + r * 0.76 * math.cos(a), y + r * 0.76 * math.sin(a)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        if middle:
            c.setFont("I11Zh", r * 0.2)
            c.drawCentredString(cx, y - r * 0.55, middle)
        c.restoreState()

    def hand(self, x, y, s, size=12, key="", color=BLUE_INK):
        """Handwriting over a printed blank: slanted, uneven, in pen ink."""
        rng = _rng(key + s)
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.92, 1.1)
            w = pdfmetrics.stringWidth(ch, "I11Zh", sz)
            self.c.saveState()
            self.c.setFillColorRGB(*color)
            self.c.setFont("I11Zh", sz)
            self.c.translate(cx, self.h - y + rng.uniform(-1.2, 1.2))
            self.c.rotate(rng.uniform(-6, 4))
            self.c.drawString(0, 0, ch)
            self.c.restoreState()
            cx += w * rng.uniform(0.95, 1.08)
        return cx - x

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()



# --------------------------------------------------------------------------------------------------------------------
# forms: rasterise, scan, photograph, screenshot

def _raster(pdf: bytes, dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(Path(tmp) / "p")],
                       check=True)
        return Image.open(Path(tmp) / "p.png").convert("RGB")


def _noise(shape, rng: random.Random, sigma: float) -> np.ndarray:
    return np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, shape).astype(np.float32)


def _scan(pdf: bytes, key: str) -> bytes:
    """An image-only PDF as an office scanner makes it: greyscale, turned 0.3-1.2 degrees, grey speckle, JPEG in PDF."""
    rng = _rng(key)
    page = _raster(pdf, 150).convert("L")
    w, h = page.size
    page = page.rotate(rng.choice([-1, 1]) * rng.uniform(0.3, 1.2), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(page).astype(np.float32)
    a = a * 0.93 + 10 + _noise(a.shape, rng, 5)
    speck = np.random.default_rng(rng.randrange(2**32)).random(a.shape) < 0.0006
    a[speck] = 60
    a[:, : rng.randrange(6, 14)] *= 0.55  # the lid's shadow along one edge
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    jpg = io.BytesIO()
    page.save(jpg, "JPEG", quality=78)
    out = io.BytesIO()
    pw, ph = w * 72 / 150, h * 72 / 150
    c = canvas.Canvas(out, pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, pw, ph)
    c.showPage()
    c.save()
    return out.getvalue()


def _screenshot(pdf: bytes) -> bytes:
    im = _raster(pdf, 216)  # 3x a 390 x 844 pt phone screen = 1170 x 2532 px
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def _perspective_coeffs(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points ``dst`` to input points ``src``."""
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(a, b).tolist()


def _desk(w: int, h: int, rng: random.Random, kind: str) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([120, 82, 50], np.float32)
        grain = 7 * np.sin((yy + 25 * np.sin(xx / 240.0 + rng.random() * 6)) / rng.uniform(9, 16))
        grain += 9 * np.sin(yy / rng.uniform(70, 120) + rng.random() * 6)
        a = base + grain[..., None] * np.array([1, 0.8, 0.6], np.float32)
    elif kind == "cloth":
        base = np.array([58, 70, 92], np.float32)
        a = base + (6 * np.sin(xx / 2.5) * np.sin(yy / 2.5))[..., None]
    elif kind == "laminate":
        base = np.array([205, 200, 190], np.float32)
        a = base + (4 * np.sin(xx / 40.0))[..., None]
    else:  # dark table
        base = np.array([46, 44, 42], np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
    return a + _noise((h, w, 3), rng, 4)


def _crumple(a: np.ndarray, rng: random.Random, strength: float) -> np.ndarray:
    """Creases: a few ridges across the sheet (|sin| waves of 1-4 per page), the page shifted along their slopes by a
    few pixels and their sides lit and shaded by up to about 10 %."""
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    field = np.zeros((h, w), np.float32)
    for _ in range(6):
        ang = rng.uniform(0, math.pi)
        period = rng.uniform(0.25, 0.9) * max(h, w)
        ph = rng.uniform(0, 6.3)
        proj = (xx * math.cos(ang) + yy * math.sin(ang)) / period * math.pi + ph
        field += np.abs(np.sin(proj)).astype(np.float32) * rng.uniform(0.4, 1.0)
    gy, gx = np.gradient(field)
    top = float(max(np.abs(gx).max(), np.abs(gy).max(), 1e-6))
    gx, gy = gx / top, gy / top
    dx = np.rint(gx * 3 * strength).astype(np.int32)
    dy = np.rint(gy * 3 * strength).astype(np.int32)
    sy = np.clip(yy.astype(np.int32) + dy, 0, h - 1)
    sx = np.clip(xx.astype(np.int32) + dx, 0, w - 1)
    out = a[sy, sx]
    shade = 1 + 0.1 * strength * np.clip(0.7 * gx - 0.7 * gy, -1, 1)
    return out * shade[..., None]


def _photo(pdf: bytes, key: str, o: dict) -> bytes:
    rng = _rng(key)
    page = _raster(pdf, o.get("dpi", 140))
    a = np.asarray(page).astype(np.float32) * np.array(o.get("paper", (0.985, 0.975, 0.94)), np.float32)
    if o.get("crumple"):
        a = _crumple(a, rng, o["crumple"])
    if o.get("fold"):  # a fold across the sheet: a soft dark line with a lighter side
        h = a.shape[0]
        fy = int(h * o["fold"])
        ys = np.arange(h, dtype=np.float32)[:, None]
        band = 1 - 0.22 * np.exp(-((ys - fy) ** 2) / 30.0) + 0.04 * (ys > fy)
        a = a * band[..., None]
    sheet = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGBA")
    sheet = sheet.rotate(o.get("angle", rng.uniform(-5, 5)), resample=Image.BICUBIC, expand=True)
    sw, sh = sheet.size
    mx, my = int(sw * o.get("margin", 0.12)), int(sh * o.get("margin", 0.12))
    w, h = sw + 2 * mx, sh + 2 * my
    desk = Image.fromarray(np.clip(_desk(w, h, rng, o.get("desk", "wood")), 0, 255).astype(np.uint8)).convert("RGBA")
    ox, oy = mx + rng.randrange(-mx // 3, mx // 3 + 1), my + rng.randrange(-my // 3, my // 3 + 1)
    shadow = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    alpha = sheet.split()[3].point(lambda v: int(v * 0.45))
    shadow.paste(Image.new("RGBA", sheet.size, (0, 0, 0, 255)), (ox + 10, oy + 14), alpha)
    desk = Image.alpha_composite(desk, shadow.filter(ImageFilter.GaussianBlur(12)))
    desk.alpha_composite(sheet, (ox, oy))
    img = desk.convert("RGB")
    if o.get("hand"):  # fingers holding the sheet flat at one edge
        d = ImageDraw.Draw(img)
        side = o["hand"]
        skin = (196, 148, 118)
        if side == "bottom":
            bx = int(w * rng.uniform(0.3, 0.6))
            for k in range(4):
                d.rounded_rectangle([bx + k * 70, h - 260 + abs(k - 1.5) * 30, bx + k * 70 + 60, h + 40], 30,
                                    fill=skin)
            d.ellipse([bx - 80, h - 120, bx + 360, h + 200], fill=skin)
        else:
            by = int(h * rng.uniform(0.35, 0.6))
            for k in range(4):
                d.rounded_rectangle([w - 230 + abs(k - 1.5) * 25, by + k * 62, w + 40, by + k * 62 + 54], 27,
                                    fill=skin)
            d.ellipse([w - 140, by - 60, w + 200, by + 300], fill=skin)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
    # the phone held at an angle: perspective
    k = o.get("persp", 0.05)
    jit = [(rng.uniform(0, k) * w, rng.uniform(0, k) * h) for _ in range(4)]
    src = [(jit[0][0], jit[0][1]), (w - jit[1][0], jit[1][1]), (w - jit[2][0], h - jit[2][1]),
           (jit[3][0], h - jit[3][1])]
    img = img.transform((w, h), Image.PERSPECTIVE, _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], src),
                        resample=Image.BICUBIC)
    # uneven light: a gradient from a corner, maybe the phone's shadow, warm or cold cast, low light
    b = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.2, 1.2) * w, rng.uniform(-0.2, 1.2) * h
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
    light = 1.08 - o.get("falloff", 0.35) * dist
    if o.get("shadow"):
        sx, sy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        blob = np.exp(-(((xx - sx) / (0.28 * w)) ** 2 + ((yy - sy) / (0.2 * h)) ** 2))
        light = light * (1 - o["shadow"] * blob)
    b = b * light[..., None] * np.array(o.get("cast", (1.0, 0.97, 0.9)), np.float32) * o.get("exposure", 1.0)
    b = b + _noise(b.shape, rng, o.get("grain", 3.0))
    img = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(o.get("blur", 0.9)))
    target = o.get("width", 1500)
    img = img.resize((target, int(h * target / w)), Image.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=o.get("quality", 72))
    return out.getvalue()


def _m(v: float) -> str:
    return f"{v:,.2f}"


def _f(s: str) -> float:
    return float(s.replace(",", "")) if s else 0.0


_DIG = "零壹贰叁肆伍陆柒捌玖"


def _daxie(v: float) -> str:
    """An amount in capital Chinese numerals as receipts print it (元角分, 整 when there are no fen)."""
    cents = int(round(v * 100))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    units = ["", "拾", "佰", "仟"]
    out = ""
    for group, gname in ((yuan // 10000, "万"), (yuan % 10000, "")):
        if not group:
            continue
        s, zero = "", False
        for k in range(3, -1, -1):
            dgt = group // 10 ** k % 10
            if dgt:
                if zero and s:
                    s += "零"
                s += _DIG[dgt] + units[k]
                zero = False
            else:
                zero = True
        if gname == "" and out and group < 1000:
            out += "零"
        out += s + gname
    out = (out or "零") + "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    out += (_DIG[jiao] + "角") if jiao else "零"
    return out + (_DIG[fen] + "分" if fen else "")


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def zh_pay_agency_daifa() -> tuple[bytes, dict]:
    """A Hefei labour-dispatch agency's 代发工资明细 for one dispatched worker: a batch header (批次号, 代发银行, 用工单位),
    three boxed blocks side by side (应发 / 社保公积金个人缴纳 / 其他扣款), the totals in a ruled strip at the foot."""
    p = Page(A4, zh=True)
    p.t(40, 50, "安徽皖融人力资源服务有限公司", 15, bold=True)
    p.t(40, 68, "劳务派遣经营许可证编号 皖派 340104202100037", 7.5, color=(0.4, 0.4, 0.4))
    p.t(p.w - 40, 50, "代发工资明细（个人联）", 12, bold=True, align="r")
    p.line(40, 78, p.w - 40, 78, 1.2)
    info = [("批次号", "DF-202610-0318"), ("代发日期", "2026年11月10日"), ("代发银行", "徽商银行合肥包河支行"),
            ("用工单位", "合肥瑞科精密制造有限公司"), ("派遣员工", "钭秋蓉"), ("工号", "WR-07731"),
            ("工资所属月份", "2026年10月"), ("岗位", "装配操作工")]
    for i, (k, v) in enumerate(info):
        x = 40 + (i % 2) * 260
        y = 98 + (i // 2) * 17
        p.t(x, y, f"{k}：", 9, color=(0.3, 0.3, 0.3))
        p.t(x + 78, y, v, 9)
    earn = [("基本工资", 2260.00), ("加班工资", 968.28), ("夜班补贴", 240.00), ("全勤奖", 200.00), ("高温补贴", 0.00),
            ("岗位津贴", 350.00)]
    ins = [("养老保险(8%)", 180.80), ("医疗保险(2%)", 45.20), ("失业保险(0.5%)", 11.30), ("住房公积金(5%)", 113.00)]
    other = [("宿舍水电", 86.40), ("工服押金", 50.00), ("个人所得税", 0.00)]
    gross = round(sum(v for _k, v in earn), 2)
    ded = round(sum(v for _k, v in ins) + sum(v for _k, v in other), 2)
    net = round(gross - ded, 2)
    top = 178
    for col, (title, items) in enumerate((("应发项目", earn), ("社保公积金个人缴纳", ins), ("其他扣款", other))):
        x = 40 + col * 175
        p.box(x, top, 165, 20, fill=(0.85, 0.9, 0.96), stroke=(0.3, 0.4, 0.6))
        p.t(x + 82, top + 14, title, 9, bold=True, align="c")
        p.box(x, top + 20, 165, 130, stroke=(0.3, 0.4, 0.6))
        for i, (k, v) in enumerate(items):
            p.t(x + 8, top + 38 + i * 18, k, 8.5)
            p.t(x + 157, top + 38 + i * 18, _m(v), 8.5, align="r")
    y = top + 170
    p.box(40, y, p.w - 80, 26, fill=(0.95, 0.95, 0.95))
    p.t(48, y + 17, f"应发合计 {_m(gross)}", 10, bold=True)
    p.t(220, y + 17, f"扣款合计 {_m(ded)}", 10, bold=True)
    p.t(p.w - 48, y + 17, f"实发金额 {_m(net)}", 11, bold=True, align="r", color=(0.7, 0.1, 0.1))
    p.t(40, y + 50, "说明：本明细由派遣单位根据用工单位提供的考勤核算，工资已划入员工本人徽商银行卡（尾号6625）。", 8)
    p.t(40, y + 64, "如对明细有异议，请于收到之日起七日内向驻厂专员反映。", 8)
    p.stamp(p.w - 110, y + 100, 38, "安徽皖融人力资源服务有限公司", "工资专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_bus_driver_kiosk() -> tuple[bytes, dict]:
    """A city bus company's kiosk-printed 驾驶员月度工资单 on a narrow 80 mm roll: one key/value per line, the trips and
    mileage first, then 应发 items, 扣款 items, a dashed rule before 实发."""
    p = Page((230, 440), zh=True)
    p.t(115, 26, "柳州市公共交通有限责任公司", 10.5, bold=True, align="c")
    p.t(115, 42, "驾驶员月度工资单", 10, align="c")
    p.t(115, 56, "第三营运分公司 · 21路车队", 7.5, align="c", color=(0.3, 0.3, 0.3))
    p.line(12, 64, 218, 64, 0.6, dash=(2, 2))
    head = [("姓    名", "郁春生"), ("工作证号", "LZGJ-21046"), ("核算月份", "2026-10"), ("营运趟次", "312 趟"),
            ("安全里程", "6,480 公里")]
    y = 80
    for k, v in head:
        p.t(14, y, k, 8.5)
        p.t(216, y, v, 8.5, align="r")
        y += 14
    p.line(12, y - 6, 218, y - 6, 0.6, dash=(2, 2))
    earn = [("基础工资", 2100.00), ("趟次工资", 2808.00), ("安全行车奖", 300.00), ("节能奖", 126.50),
            ("早晚班补贴", 180.00)]
    ded = [("养老保险", 331.20), ("医疗保险", 82.80), ("失业保险", 20.70), ("住房公积金", 414.00),
           ("工会会费", 21.00), ("违章扣分", 50.00)]
    gross = round(sum(v for _k, v in earn), 2)
    dsum = round(sum(v for _k, v in ded), 2)
    net = round(gross - dsum, 2)
    for title, items, tot_name, tot in (("【收入】", earn, "应发小计", gross), ("【扣款】", ded, "扣款小计", dsum)):
        p.t(14, y + 6, title, 8.5, bold=True)
        y += 20
        for k, v in items:
            p.t(22, y, k, 8.5)
            p.t(216, y, _m(v), 8.5, align="r")
            y += 13
        p.t(22, y, tot_name, 8.5, bold=True)
        p.t(216, y, _m(tot), 8.5, align="r", bold=True)
        y += 10
    p.line(12, y, 218, y, 0.6, dash=(2, 2))
    p.t(14, y + 20, "实发", 11, bold=True)
    p.t(216, y + 20, _m(net), 13, bold=True, align="r")
    p.line(12, y + 30, 218, y + 30, 0.6, dash=(2, 2))
    p.t(115, y + 46, "打印时间 2026-11-08 07:42:15", 7, align="c", color=(0.35, 0.35, 0.35))
    p.t(115, y + 58, "自助终端 T-03 · 凭工作证查询", 7, align="c", color=(0.35, 0.35, 0.35))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_site_payment_voucher() -> tuple[bytes, dict]:
    """A construction labour subcontractor's 农民工工资支付凭证 for one worker: a fully ruled form with 出勤天数 × 日工资,
    已预支 and 代扣 lines, 本月实付 in 大写 and 小写, the payroll account's tail, a signature over a red fingerprint."""
    p = Page(landscape(A5), zh=True)
    p.t(p.w / 2, 34, "农民工工资支付凭证", 15, bold=True, align="c")
    p.t(30, 56, "劳务企业：成都蜀建劳务有限公司", 8.5)
    p.t(p.w - 30, 56, "凭证号：SJ-2610-0457", 8.5, align="r")
    p.t(30, 70, "项目名称：天府新区兴隆湖安置房二期（专用账户：工商银行 尾号0193）", 8)
    days, rate = 26, 260.0
    base = days * rate
    ot = 3 * 130.0
    gross = base + ot
    adv, ins = 1500.00, 0.00
    meal = 312.00
    net = round(gross - adv - ins - meal, 2)
    W = [78, 96, 78, 124, 70, 89]
    rows = [["姓名", "逄立新", "工种", "钢筋工（班组长：阚德胜）", "所属月份", "2026年10月"],
            ["出勤天数", f"{days} 天", "日工资标准", f"{rate:.0f} 元/天", "计时工资", _m(base)],
            ["加班", "3 个半天", "加班工资", _m(ot), "应付工资", _m(gross)],
            ["已预支生活费", _m(adv), "食堂伙食扣款", _m(meal), "社保代扣", _m(ins)]]
    y = p.table(30, 80, W, rows, rh=22, size=8.5, head=0, aligns=["c", "l", "c", "l", "c", "r"])
    p.box(30, y, sum(W), 26)
    p.t(36, y + 17, f"本月实付（大写）：{_daxie(net)}", 9.5, bold=True)
    p.t(30 + sum(W) - 6, y + 17, f"（小写）¥{_m(net)}", 9.5, bold=True, align="r")
    p.t(30, y + 46, "以上工资已于2026年11月12日通过农民工工资专用账户转入本人社保卡银行账户。", 8)
    p.t(30, y + 64, "领取人签字（按手印）：", 9)
    p.hand(132, y + 66, "逄立新", 14, key="site")
    c = p.c
    c.saveState()
    c.setFillColorRGB(0.8, 0.1, 0.15, alpha=0.55)
    c.ellipse(190, p.h - y - 76, 210, p.h - y - 50, stroke=0, fill=1)
    c.restoreState()
    p.t(330, y + 64, "班组长：", 9)
    p.hand(372, y + 66, "阚德胜", 13, key="site2")
    p.stamp(p.w - 80, y + 50, 34, "成都蜀建劳务有限公司", "财务专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


PASSBOOK_ROWS = [  # date, summary, out, in, operator
    ("260928", "结息", "", "1.86", "9001"), ("261003", "ATM取款", "800.00", "", "A017"),
    ("261010", "惠农补贴", "", "1,260.00", "9001"), ("261015", "转支", "300.00", "", "0325"),
    ("261021", "代发工资", "", "3,420.00", "9001"), ("261024", "POS消费", "568.40", "", "P112"),
    ("261030", "现支", "1,500.00", "", "0325"), ("261103", "电费代扣", "96.35", "", "9001")]


def zh_stmt_rcc_passbook() -> tuple[bytes, dict]:
    """A rural credit cooperative's passbook page: the column heads are the printed stationery (light green ruled
    lines), the rows are dot-matrix lines offset from them with yymmdd dates and no currency marks; the holder's name is
    on the cover, not the page (absent), only a 承前页 balance line and the account printed on the page's first line."""
    p = Page((420, 300), zh=True)
    green = (0.35, 0.6, 0.45)
    p.t(210, 20, "山西省农村信用社  活期储蓄存折", 10, align="c", color=green)
    cols = [(20, "日期"), (70, "摘要"), (140, "支取"), (215, "存入"), (290, "结余"), (365, "操作")]
    for x, name in cols:
        p.t(x + 4, 40, name, 8, color=green)
    for k in range(14):
        p.line(16, 46 + k * 17, 404, 46 + k * 17, 0.4, color=green)
    for x, _n in cols[1:]:
        p.line(x - 2, 30, x - 2, 46 + 13 * 17, 0.3, color=green)
    mono = "Courier"
    p.t(24, 59, "账号", 7.5)
    p.t(44, 59, "6229 0317 1600 8842 205", 7.5, face=mono)
    p.t(190, 59, "承前页  结余", 7.5)
    p.t(282, 59, "2,047.55", 7.5, face=mono, align="r")
    bal = 2047.55
    y = 76
    for d, summ, out, inn, op in PASSBOOK_ROWS:
        bal = round(bal - _f(out) + _f(inn), 2)
        p.t(26, y, d, 7.5, face=mono)
        p.t(75, y, summ, 7.5)
        p.t(207, y, out, 7.5, face=mono, align="r")
        p.t(282, y, inn, 7.5, face=mono, align="r")
        p.t(357, y, _m(bal), 7.5, face=mono, align="r")
        p.t(372, y, op, 7.5, face=mono)
        y += 17
    p.t(404, 292, "第 7 页", 7, align="r", color=green)
    p.t(20, 292, "忻州市忻府区农村信用合作联社 奇村信用社", 7, color=green)
    return p.pdf(), {"closing": _s(bal)}


GLB_ROWS = [  # date, time, code, flag, amount, counterparty, channel
    ("2026-10-02", "09:15:32", "跨行转入", "贷", "2,000.00", "隗小芳", "网银"),
    ("2026-10-05", "18:40:07", "快捷支付", "借", "238.60", "财付通支付科技有限公司", "第三方"),
    ("2026-10-09", "12:02:44", "代发工资", "贷", "4,816.00", "桂林旅游股份有限公司", "批量"),
    ("2026-10-11", "10:30:19", "ATM取现", "借", "1,000.00", "", "ATM"),
    ("2026-10-15", "08:00:00", "贷款还款", "借", "2,365.42", "个人住房贷款", "系统"),
    ("2026-10-21", "20:11:53", "快捷支付", "借", "412.00", "支付宝（中国）网络技术有限公司", "第三方"),
    ("2026-10-26", "14:27:36", "手机银行转出", "借", "600.00", "巩曼青", "手机银行"),
    ("2026-10-31", "23:59:59", "利息", "贷", "0.93", "", "系统")]


def zh_stmt_guilin_counter() -> tuple[bytes, dict]:
    """A city commercial bank's counter-printed 个人活期账户交易明细: one unsigned 发生额 column with a 借/贷 flag column
    beside it, 交易日期 and 交易时间 in two columns, the account head in a two-line box, 起止日期 as 2026-10-01至2026-10-31,
    totals of 借方 and 贷方 at the foot, a 业务专用章."""
    p = Page(landscape(A4), zh=True)
    p.t(p.w / 2, 36, "桂林银行  个人活期账户交易明细", 15, bold=True, align="c")
    opening = 1318.77
    p.box(30, 50, p.w - 60, 36, stroke=(0.2, 0.2, 0.2))
    p.t(38, 64, "户名：鄢志勇", 9)
    p.t(200, 64, "账号：6214 6301 0027 5518 063", 9)
    p.t(470, 64, "币种：人民币   钞汇：钞", 9)
    p.t(38, 79, "开户机构：桂林银行七星支行", 9)
    p.t(200, 79, "起止日期：2026-10-01至2026-10-31", 9)
    p.t(470, 79, f"期初余额：{_m(opening)}", 9)
    bal = opening
    rows = [["序号", "交易日期", "交易时间", "摘要", "借贷", "发生额", "余额", "对方户名", "渠道"]]
    debit = credit = 0.0
    for i, (d, tm, code, flag, amt, cp, ch) in enumerate(GLB_ROWS, 1):
        v = _f(amt)
        bal = round(bal - v if flag == "借" else bal + v, 2)
        if flag == "借":
            debit += v
        else:
            credit += v
        rows.append([str(i), d, tm, code, flag, amt, _m(bal), cp, ch])
    y = p.table(30, 96, [30, 72, 60, 90, 34, 86, 90, 250, 70], rows, rh=18, size=8,
                aligns=["c", "l", "l", "l", "c", "r", "r", "l", "c"], grid=False, hlines=True,
                head_fill=(0.9, 0.93, 0.97))
    p.t(38, y + 18, f"借方笔数：5   借方合计：{_m(debit)}      贷方笔数：3   贷方合计：{_m(credit)}", 8.5)
    p.t(p.w - 38, y + 18, f"期末余额：{_m(bal)}", 9, bold=True, align="r")
    p.t(38, y + 36, "打印柜员：GL0715   打印日期：2026-11-04   本明细加盖业务专用章有效", 7.5, color=(0.35, 0.35, 0.35))
    p.stamp(p.w - 120, y + 70, 36, "桂林银行股份有限公司七星支行", "业务专用章")
    return p.pdf(), {"closing": _s(bal)}


BOSC_ROWS = [  # day header, time, title, signed amount
    ("10月30日 周五", "19:20", "美团外卖", "-46.80"), ("10月28日 周三", "09:03", "转账-仉慧敏", "+1,500.00"),
    ("10月25日 周日", "15:41", "上海交通卡充值", "-100.00"), ("10月18日 周日", "11:12", "京东商城", "-329.00"),
    ("10月15日 周四", "08:30", "工资", "+6,218.35"), ("10月10日 周六", "21:05", "信用卡还款", "-2,846.12"),
    ("10月05日 周一", "13:47", "盒马鲜生", "-187.46")]


def zh_stmt_bosc_app() -> tuple[bytes, dict]:
    """A city bank's app 收支明细 screen (PNG): a month picker showing 2026年10月, a card with the card's last four and the
    月末余额, 收入/支出 totals, rows under day headers newest first with signed amounts and no running balance; the
    holder's name is nowhere on the screen (absent)."""
    p = Page((390, 844), zh=True)
    p.box(0, 0, 390, 844, fill=(0.96, 0.96, 0.97), stroke=None)
    p.t(20, 24, "9:41", 10, bold=True)
    p.t(370, 24, "5G 82%", 9, align="r")
    p.t(195, 60, "收支明细", 13, bold=True, align="c")
    p.t(20, 60, "〈", 13)
    p.box(16, 78, 358, 112, fill=(0.05, 0.3, 0.6), stroke=None, radius=10)
    p.t(30, 102, "上海银行 借记卡 (尾号 4471)", 10, color=(1, 1, 1))
    p.t(30, 124, "2026年10月", 10, color=(0.85, 0.9, 1))
    inc = sum(_f(a) for *_x, a in BOSC_ROWS if a.startswith("+"))
    out = -sum(_f(a) for *_x, a in BOSC_ROWS if a.startswith("-"))
    opening = 4122.08
    closing = round(opening + inc - out, 2)
    p.t(30, 150, "月末余额(元)", 8.5, color=(0.85, 0.9, 1))
    p.t(30, 176, _m(closing), 20, bold=True, color=(1, 1, 1))
    p.t(230, 150, f"收入 {_m(inc)}", 8.5, color=(0.85, 0.9, 1))
    p.t(230, 166, f"支出 {_m(out)}", 8.5, color=(0.85, 0.9, 1))
    p.t(230, 182, "统计区间 10.01-10.31", 7.5, color=(0.85, 0.9, 1))
    y = 214
    for day, tm, title, amt in BOSC_ROWS:
        p.t(20, y, day, 8.5, color=(0.45, 0.45, 0.45))
        p.box(16, y + 6, 358, 44, fill=(1, 1, 1), stroke=None, radius=6)
        p.t(30, y + 26, title, 10.5)
        p.t(30, y + 42, tm, 8, color=(0.5, 0.5, 0.5))
        p.t(360, y + 32, amt, 11, bold=True, align="r",
            color=(0.8, 0.2, 0.1) if amt.startswith("+") else (0.1, 0.1, 0.1))
        y += 74
    p.t(195, y + 6, f"月初余额 {_m(opening)} · 已显示全部", 8, align="c", color=(0.55, 0.55, 0.55))
    return p.pdf(), {"closing": _s(closing)}


def zh_med_maternal_ebill() -> tuple[bytes, dict]:
    """A maternal and child hospital's 医疗门诊收费电子票据 (财政电子票据 layout): 票据代码/号码/校验码 at the top right, a
    QR block, the items in two side-by-side column groups (项目名称 数量/单位 金额 备注), 合计 in 大写 and 小写, the
    医保 lines beneath, 收款单位（章） with an electronic seal, 复核人 and 收款人 at the foot."""
    p = Page(landscape(A5), zh=True)
    brown = (0.55, 0.25, 0.1)
    p.t(p.w / 2, 30, "湖北省医疗门诊收费电子票据", 14, bold=True, align="c", color=brown)
    p.box(24, 14, 44, 44, stroke=(0, 0, 0))
    rng = _rng("qr-maternal")
    for i in range(9):
        for j in range(9):
            if rng.random() < 0.5:
                p.box(26 + i * 4.4, 16 + j * 4.4, 4.4, 4.4, fill=(0, 0, 0), stroke=None)
    p.t(p.w - 24, 22, "票据代码：42060126", 7.5, align="r")
    p.t(p.w - 24, 33, "票据号码：0077318452", 7.5, align="r")
    p.t(p.w - 24, 44, "校验码：b7e2a1", 7.5, align="r")
    p.t(p.w - 24, 55, "开票日期：2026-10-23", 7.5, align="r")
    p.t(80, 72, "交款人统一社会信用代码：", 7.5)
    p.t(80, 84, "交款人：闵晓蕾", 8.5)
    p.t(250, 84, "门诊号：MZ2610230148", 8.5)
    p.t(430, 84, "就诊日期：2026-10-23", 8.5)
    items = [("西医诊查费", "1 次", 12.00), ("妇科检查", "1 次", 35.00), ("B超检查", "1 项", 160.00),
             ("化验费", "4 项", 186.50), ("西药费", "1 批", 97.34), ("治疗费", "2 次", 44.00)]
    total = round(sum(v for *_x, v in items), 2)
    rows = [["项目名称", "数量/单位", "金额（元）", "备注", "项目名称", "数量/单位", "金额（元）", "备注"]]
    for i in range(3):
        a, b = items[i], items[i + 3]
        rows.append([a[0], a[1], f"{a[2]:.2f}", "", b[0], b[1], f"{b[2]:.2f}", ""])
    W = [80, 56, 66, 48, 80, 56, 66, 48]
    y = p.table(24, 92, W, rows, rh=17, size=8, aligns=["l", "c", "r", "l", "l", "c", "r", "l"],
                head_fill=None, color=(0, 0, 0))
    p.box(24, y, sum(W), 20)
    p.t(30, y + 14, f"金额合计（大写）{_daxie(total)}", 8.5)
    p.t(24 + sum(W) - 6, y + 14, f"（小写）{total:.2f}", 8.5, align="r")
    fund = round(total * 0.42, 2)
    own = round(total - fund, 2)
    p.box(24, y + 20, sum(W), 34)
    p.t(30, y + 34, f"其他信息：医保类型：职工基本医疗保险   医保统筹基金支付：{fund:.2f}   个人账户支付：0.00", 7.5)
    p.t(30, y + 48, f"个人现金支付：{own:.2f}   个人自付：{own:.2f}   流水号：2610230148-03", 7.5)
    p.t(24, y + 72, "收款单位（章）：十堰市妇幼保健院", 8.5)
    p.t(300, y + 72, "复核人：郑巧", 8.5)
    p.t(420, y + 72, "收款人：门诊03", 8.5)
    p.stamp(240, y + 62, 28, "十堰市妇幼保健院", "财务专用章", alpha=0.6)
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_med_county_discharge() -> tuple[bytes, dict]:
    """A county people's hospital's 住院病人出院结算单 under the 城乡居民医保: the stay's header (住院号, 科室, 入院/出院
    日期, 天数), 费用分类 in a four-across grid, then the payer split (总费用, 基本医保统筹, 大病保险, 医疗救助, 个人
    现金支付) and a 预交金 / 退补 line; signed by the cashier."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 48, "横县人民医院住院病人出院结算单", 15, bold=True, align="c")
    p.t(p.w / 2, 66, "（城乡居民基本医疗保险）", 9, align="c")
    p.t(40, 90, "结算单号：JS20261017-0093", 8.5)
    p.t(p.w - 40, 90, "结算日期：2026-10-17", 8.5, align="r")
    head = [["姓名", "禚桂香", "性别", "女", "年龄", "67岁", "住院号", "0261845"],
            ["科室", "心血管内科", "床号", "22", "入院日期", "2026-10-08", "出院日期", "2026-10-17"],
            ["医保编号", "4501270****3326", "人员类别", "城乡居民", "住院天数", "9", "诊断", "冠心病"]]
    y = p.table(40, 98, [52, 82, 44, 66, 52, 72, 52, 95], head, rh=20, size=8.5, head=0)
    cats = [("床位费", 315.00), ("护理费", 270.00), ("检查费", 1840.00), ("化验费", 1126.50),
            ("西药费", 3287.64), ("中成药费", 418.20), ("治疗费", 962.00), ("材料费", 583.30)]
    total = round(sum(v for _k, v in cats), 2)
    rows = [["费用类别", "金额", "费用类别", "金额", "费用类别", "金额", "费用类别", "金额"]]
    for i in range(0, 8, 4):
        r = []
        for k, v in cats[i:i + 4]:
            r += [k, f"{v:.2f}"]
        rows.append(r)
    y = p.table(40, y + 14, [66, 62] * 4, rows, rh=20, size=8.5, aligns=["l", "r"] * 4)
    fund = round(total * 0.65, 2)
    serious = 312.40
    aid = 500.00
    own = round(total - fund - serious - aid, 2)
    deposit = 3000.00
    refund = round(deposit - own, 2)
    split = [["总费用", f"{total:.2f}", "基本医保统筹支付", f"{fund:.2f}", "大病保险支付", f"{serious:.2f}"],
             ["医疗救助支付", f"{aid:.2f}", "个人现金支付", f"{own:.2f}", "预交金", f"{deposit:.2f}"],
             ["应退（补）金额", f"退 {refund:.2f}", "", "", "", ""]]
    y = p.table(40, y + 14, [80, 90, 100, 90, 90, 65], split, rh=22, size=9, head=0,
                aligns=["l", "r", "l", "r", "l", "r"])
    p.t(40, y + 30, f"个人现金支付（大写）：{_daxie(own)}", 9.5, bold=True)
    p.t(40, y + 60, "收费员：黎美丹", 9)
    p.t(240, y + 60, "患者/家属签字：", 9)
    p.hand(316, y + 62, "禚桂香", 13, key="discharge")
    p.stamp(p.w - 110, y + 50, 36, "横县人民医院", "住院收费专用章")
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_med_village_clinic() -> tuple[bytes, dict]:
    """A village clinic's pre-printed 收款收据 (三联, 第二联 交款人) filled in by pen: the date, payer, items and amounts
    written by hand in the blanks, the total in 大写 boxes (万仟佰拾元角分), the clinic's round seal."""
    p = Page((540, 300), zh=True)
    grey = (0.2, 0.35, 0.55)
    p.t(270, 34, "收  款  收  据", 15, bold=True, align="c", color=grey)
    p.t(470, 34, "No 0038815", 9, color=(0.75, 0.1, 0.1))
    for x, word in ((76, "年"), (114, "月"), (150, "日")):
        p.t(x, 62, word, 9, color=grey)
    p.hand(42, 62, "2026", 11, key="v1")
    p.hand(92, 62, "10", 11, key="v2")
    p.hand(128, 62, "26", 11, key="v3")
    p.t(40, 88, "交款单位（人）", 9, color=grey)
    p.line(112, 92, 500, 92, 0.5, color=grey)
    p.hand(130, 88, "巫桂英", 13, key="v4")
    p.t(40, 114, "收款事由", 9, color=grey)
    p.line(90, 118, 500, 118, 0.5, color=grey)
    items = [("诊查", 10.0), ("输液3天", 150.0), ("药品", 68.5)]
    total = sum(v for _k, v in items)
    p.hand(100, 114, "诊查10元 输液3天150元 药品68.5元", 11, key="v5")
    p.t(40, 146, "金额（大写）", 9, color=grey)
    units = ["万", "仟", "佰", "拾", "元", "角", "分"]
    digits = {"佰": "贰", "拾": "贰", "元": "捌", "角": "伍", "分": "零", "万": "", "仟": ""}
    x = 110
    for u in units:
        p.box(x, 132, 26, 20, stroke=grey)
        if digits[u]:
            p.hand(x + 5, 147, digits[u], 12, key="d" + u)
        p.t(x + 28, 146, u, 9, color=grey)
        x += 44
    p.t(40, 176, "¥", 11, color=grey)
    p.hand(54, 176, f"{total:.2f}", 13, key="v6")
    p.t(40, 210, "收款单位（盖章）", 9, color=grey)
    p.t(300, 210, "收款人", 9, color=grey)
    p.hand(340, 210, "田", 12, key="v7")
    p.stamp(150, 225, 34, "岑溪市南渡镇吉太村卫生室", "")
    p.t(520, 150, "第二联 交款人", 7, color=grey, angle=-90)
    return p.pdf(), {"total": _s(total)}


def zh_unemp_hard_to_employ() -> tuple[bytes, dict]:
    """A district employment service centre's 就业困难人员认定通知书: a numbered notice addressed to the person, the
    认定类别 and its grounds in prose (失业登记 date, age, a 4050 category), the period of support, the issuing bureau and
    date under a seal."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 70, "就业困难人员认定通知书", 17, bold=True, align="c")
    p.t(p.w - 60, 96, "西就认字〔2026〕第 0642 号", 9, align="r")
    p.t(60, 130, "靳雪梅 同志：", 11)
    body = ["你于 2026 年 09 月 14 日向本中心提出就业困难人员认定申请，经审核，你于 2026 年 08 月 03 日",
            "在本区办理失业登记（《就业创业证》编号 6101120260008113），现年 48 周岁，属于“女性年满",
            "四十周岁以上的登记失业人员”，符合《西安市就业困难人员认定管理办法》第五条规定的条件。",
            "现认定你为就业困难人员，认定类别：大龄失业人员。",
            "认定有效期自 2026 年 10 月起至 2029 年 09 月止。有效期内，你可按规定享受公益性岗位安置、",
            "灵活就业社会保险补贴等援助政策。实现就业或有效期满后，认定自动终止。",
            "如对本认定有异议，可自收到本通知书之日起六十日内申请行政复议。"]
    y = 160
    for line in body:
        p.t(60, y, line, 10.5)
        y += 24
    p.t(p.w - 80, y + 50, "西安市未央区就业服务中心", 11, align="r")
    p.t(p.w - 80, y + 74, "2026年10月09日", 11, align="r")
    p.stamp(p.w - 140, y + 58, 46, "西安市未央区就业服务中心", "")
    p.line(60, y + 120, p.w - 60, y + 120, 0.5, dash=(3, 3))
    p.t(60, y + 140, "本通知书一式两份，认定对象与街道（镇）社区劳动保障工作站各执一份。", 8.5, color=(0.35, 0.35, 0.35))
    return p.pdf(), {}


def zh_income_logistics_table() -> tuple[bytes, dict]:
    """A logistics company's 收入证明 as a ruled table (not prose): 姓名 / 身份证号（掩码）/ 入职时间 / 部门职务 / 近六个月
    税前月均收入 in 小写 and 大写, a HR contact line, the 人力资源部 seal and 开具日期."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 70, "收 入 证 明", 18, bold=True, align="c")
    p.t(60, 104, "兹证明下列人员为我单位正式员工，其收入情况如下：", 10.5)
    inc = 7340.00
    rows = [["姓名", "覃秋菊", "性别", "女"],
            ["身份证号", "450102********2246", "入职时间", "2019年04月"],
            ["所在部门", "南宁转运中心 分拣部", "职务", "分拣主管"],
            ["劳动合同期限", "无固定期限", "用工性质", "全日制"],
            ["近六个月税前月均收入（小写）", f"{inc:,.2f} 元", "", ""],
            ["近六个月税前月均收入（大写）", _daxie(inc), "", ""]]
    y = p.table(60, 120, [150, 150, 80, 95], rows, rh=28, size=10, head=0, aligns=["c", "l", "c", "l"])
    p.t(60, y + 30, "本证明仅用于证明该员工在我单位的收入情况，不作为我单位对该员工任何形式的担保。", 9.5)
    p.t(60, y + 52, "单位名称：广西捷运通物流有限公司", 10.5)
    p.t(60, y + 74, "人事联系人：甘露   联系电话：0771-5563208", 10.5)
    p.t(p.w - 90, y + 130, "广西捷运通物流有限公司人力资源部", 10.5, align="r")
    p.t(p.w - 90, y + 154, "2026年11月06日", 10.5, align="r")
    p.stamp(p.w - 170, y + 122, 44, "广西捷运通物流有限公司", "人力资源部")
    return p.pdf(), {}


def zh_other_housing_fund_detail() -> tuple[bytes, dict]:
    """Look-alike: a housing provident fund centre's 个人账户明细 printout (dates, 汇缴, 提取, a running 余额 column,
    the account's 缴存基数): a fund account's balances, not a bank statement."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 54, "绵阳市住房公积金管理中心", 14, bold=True, align="c")
    p.t(p.w / 2, 74, "个人住房公积金账户明细查询单", 11, align="c")
    p.t(40, 100, "个人账号：510700266301823    姓名：曾宪坤    单位：绵阳九洲线缆有限公司", 8.5)
    p.t(40, 116, "缴存基数：6,200.00   单位比例：10%   个人比例：10%   账户状态：正常", 8.5)
    bal = 31877.20
    rows = [["日期", "业务类型", "发生额", "余额", "所属年月"]]
    for m in range(5, 11):
        bal = round(bal + 1240.0, 2)
        rows.append([f"2026-{m:02d}-15", "汇缴", "1,240.00", _m(bal), f"2026{m:02d}"])
    bal = round(bal - 12000.0, 2)
    rows.insert(4, ["2026-07-21", "租房提取", "-12,000.00", "", "—"])
    b = 31877.20
    for r in rows[1:]:
        b = round(b + _f(r[2]), 2)
        r[3] = _m(b)
    p.table(40, 130, [90, 110, 100, 110, 105], rows, rh=20, size=9, aligns=["l", "l", "r", "r", "c"])
    p.t(40, 330, "本查询单仅供参考，打印日期：2026-11-02", 8, color=(0.4, 0.4, 0.4))
    return p.pdf(), {}


def zh_other_medical_insurance_record() -> tuple[bytes, dict]:
    """Look-alike: a medical-insurance bureau's 参保缴费凭证 (城镇职工医保): the months paid, the base and the individual
    and unit shares: about medical insurance, not a medical bill."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 56, "社会保险个人参保缴费凭证（医疗保险）", 14, bold=True, align="c")
    p.t(40, 86, "参保人：司马兰芝     社会保障号码：330204********1564     参保地：宁波市江北区", 9)
    p.t(40, 102, "险种：职工基本医疗保险     参保状态：正常参保     查询区间：2026年01月至2026年10月", 9)
    rows = [["费款所属期", "缴费基数", "单位缴纳", "个人缴纳", "缴费状态"]]
    for m in range(1, 11):
        rows.append([f"2026{m:02d}", "5,640.00", "423.00", "112.80", "已到账"])
    rows.append(["合计", "", "4,230.00", "1,128.00", ""])
    p.table(40, 116, [100, 110, 100, 100, 105], rows, rh=19, size=9, aligns=["c", "r", "r", "r", "c"])
    p.t(40, 370, "验证码：YB7K2Q9M   可登录浙江政务服务网核验。打印日期：2026-11-03", 8, color=(0.4, 0.4, 0.4))
    p.stamp(p.w - 130, 400, 40, "宁波市江北区医疗保障局", "业务专用章")
    return p.pdf(), {}


def zh_other_alipay_flow_proof() -> tuple[bytes, dict]:
    """Look-alike: a payment app's 交易流水证明 PDF (a wallet's income/expense list with counterparties and a 收/支 column,
    no balance, no bank): a wallet's record, not a bank statement."""
    p = Page(A4, zh=True)
    p.t(40, 50, "支付宝（中国）网络技术有限公司", 11, bold=True)
    p.t(p.w / 2, 80, "交易流水证明", 16, bold=True, align="c")
    p.t(40, 106, "兹证明：支付宝账户 158****6620（实名：欧阳雯婷）在 2026-10-01 至 2026-10-31 期间的交易流水如下：", 8.5)
    rows = [["收/支", "交易对方", "商品说明", "收/付款方式", "金额", "交易时间"],
            ["支出", "滴滴出行", "快车订单", "余额宝", "23.40", "2026-10-03 08:12:40"],
            ["收入", "欧阳建国", "转账", "", "500.00", "2026-10-07 19:30:02"],
            ["支出", "华联超市", "扫码付款", "花呗", "156.70", "2026-10-12 17:45:33"],
            ["支出", "中国移动", "话费充值", "余额", "50.00", "2026-10-20 10:02:11"],
            ["不计收支", "余额宝", "转入", "余额", "300.00", "2026-10-25 09:00:00"]]
    p.table(40, 118, [48, 90, 90, 80, 70, 137], rows, rh=20, size=8.5, aligns=["c", "l", "l", "c", "r", "l"],
            grid=False, hlines=True)
    p.t(40, 260, "支出：3笔，合计 230.10 元；收入：1笔，合计 500.00 元。", 9)
    p.t(40, 280, "说明：本证明仅反映支付宝账户的交易记录，不代表银行账户信息。", 8, color=(0.4, 0.4, 0.4))
    p.t(p.w - 60, 330, "证明开具日期：2026-11-01", 9, align="r")
    p.stamp(p.w - 130, 320, 40, "支付宝（中国）网络技术有限公司", "电子业务专用章")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

def en_pay_zm_mine() -> tuple[bytes, dict]:
    """A Zambian copper mine's monthly payslip in kwacha (K): an employee block with NRC and NAPSA numbers, earnings and
    deductions in one list with a code column (E/D), PAYE, NAPSA, NHIMA and union dues, loan balances to the right,
    NET PAY in a shaded bar."""
    p = Page(A4)
    p.t(40, 50, "KABOMPO RIVER COPPER OPERATIONS LIMITED", 13, bold=True)
    p.t(40, 64, "Plot 1187, Solwezi Road, Solwezi, North-Western Province, Zambia", 8)
    p.t(p.w - 40, 50, "PAYSLIP", 16, bold=True, align="r")
    p.t(p.w - 40, 66, "Pay Period: OCTOBER 2026", 9, align="r")
    p.line(40, 76, p.w - 40, 76, 1.5)
    blk = [("Employee No", "KN-30418"), ("Name", "MWILA CHISENGA BANDA"), ("NRC", "342156/61/1"),
           ("NAPSA No", "9087716543"), ("Department", "Concentrator - Flotation"), ("Grade", "M5"),
           ("Pay Point", "Solwezi"), ("Bank", "Zanaco Solwezi  ****5518")]
    for i, (k, v) in enumerate(blk):
        x = 40 + (i % 2) * 260
        y = 96 + (i // 2) * 15
        p.t(x, y, k, 8.5, color=(0.35, 0.35, 0.35))
        p.t(x + 80, y, v, 8.5, bold=True)
    earn = [("E01", "Basic Salary", 14250.00), ("E07", "Housing Allowance", 3562.50), ("E09", "Underground/Shift Allowance", 1425.00),
            ("E12", "Overtime 1.5x (18.0 hrs)", 1973.08), ("E15", "Transport Allowance", 900.00)]
    ded = [("D01", "PAYE", 5288.90), ("D02", "NAPSA 5%", 1105.53), ("D03", "NHIMA 1%", 142.50),
           ("D10", "MUZ Union Dues", 285.00), ("D21", "Staff Loan Repayment", 1500.00)]
    gross = round(sum(v for *_x, v in earn), 2)
    dsum = round(sum(v for *_x, v in ded), 2)
    net = round(gross - dsum, 2)
    rows = [["Code", "Description", "Earnings (K)", "Deductions (K)"]]
    rows += [[c, d, _m(v), ""] for c, d, v in earn]
    rows += [[c, d, "", _m(v)] for c, d, v in ded]
    rows.append(["", "TOTALS", _m(gross), _m(dsum)])
    y = p.table(40, 166, [40, 190, 90, 90], rows, rh=16, size=8.5, aligns=["l", "l", "r", "r"], grid=False,
                hlines=True, head_fill=(0.85, 0.85, 0.85))
    p.box(460, 166, 95, 130, stroke=(0.4, 0.4, 0.4))
    p.t(466, 180, "Balances", 8.5, bold=True)
    for i, (k, v) in enumerate([("Staff loan", "9,000.00"), ("Leave days", "17.5"), ("NAPSA YTD", "11,055.30")]):
        p.t(466, 198 + i * 28, k, 7.5, color=(0.35, 0.35, 0.35))
        p.t(550, 210 + i * 28, v, 8, align="r")
    p.box(40, y + 12, p.w - 80, 26, fill=(0.8, 0.88, 0.8))
    p.t(48, y + 29, "NET PAY", 11, bold=True)
    p.t(p.w - 48, y + 29, f"K {_m(net)}", 12, bold=True, align="r")
    p.t(40, y + 60, "This is a computer generated payslip. Queries to Payroll, ext. 2214, within 14 days.", 7.5,
        color=(0.4, 0.4, 0.4))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_mt_hotel() -> tuple[bytes, dict]:
    """A Maltese resort hotel's monthly payslip in euro: hours grid (normal, overtime, public holiday), FSS tax, SSC Class 1,
    a statutory government bonus, year-to-date column, the net pay as a 'Net Wage' box bottom right."""
    p = Page(A5)
    p.t(20, 32, "Ta' Xbiex Bay Resort Ltd", 11, bold=True)
    p.t(20, 44, "Triq il-Marina, Ta' Xbiex XBX 1021 - VAT MT 2184-7719 - PE 44318", 6.5)
    p.t(p.w - 20, 32, "PAYSLIP", 11, bold=True, align="r")
    p.t(p.w - 20, 44, "Period 10 / 2026  (01.10.2026 - 31.10.2026)", 6.5, align="r")
    p.line(20, 52, p.w - 20, 52, 0.8)
    p.t(20, 66, "Employee: Josianne Camilleri Pace", 8, bold=True)
    p.t(20, 78, "ID 0458391M   SSC No. D 77 21 30 B   Front Office Supervisor", 7)
    rows = [["Item", "Hrs", "Rate", "This Period", "Year to Date"],
            ["Basic Wage", "173.3", "9.42", "1,632.49", "16,324.90"],
            ["Overtime x1.5", "12.0", "14.13", "169.56", "1,102.14"],
            ["Public Holiday", "8.0", "9.42", "75.36", "527.52"],
            ["Statutory Bonus", "", "", "121.16", "364.32"]]
    gross = sum(_f(r[3]) for r in rows[1:])
    ded = [["FSS Tax", "", "", "178.22", ""], ["SSC Class 1 (10%)", "", "", "187.74", ""]]
    net = round(gross - sum(_f(r[3]) for r in ded), 2)
    rows.append(["Gross Pay", "", "", _m(gross), ""])
    rows += ded
    y = p.table(20, 90, [118, 36, 40, 86, 98], rows, rh=15, size=7.5, aligns=["l", "r", "r", "r", "r"],
                head_fill=(0.9, 0.9, 0.82))
    p.box(p.w - 150, y + 14, 130, 34, fill=(0.93, 0.93, 0.93))
    p.t(p.w - 142, y + 27, "Net Wage", 8)
    p.t(p.w - 28, y + 42, f"EUR {_m(net)}", 11, bold=True, align="r")
    p.t(20, y + 24, "Paid by credit transfer", 7)
    p.t(20, y + 34, "BOV MT** **** 4107", 7)
    p.t(20, y + 70, "Leave balance: 96 hrs   Sick leave used: 16 hrs", 7, color=(0.4, 0.4, 0.4))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_na_retail() -> tuple[bytes, dict]:
    """A Namibian supermarket group's payslip on pre-printed continuous stationery (the form's labels in green, the values
    in dot-matrix offset from them): N$ amounts, SSC and PAYE, a pension fund, a staff-account deduction."""
    p = Page((560, 330))
    green = (0.25, 0.5, 0.35)
    for x in (12, 548):
        for k in range(12):
            p.c.setStrokeColorRGB(0.6, 0.6, 0.6)
            p.c.circle(x, p.h - (20 + k * 26), 3.5)
    p.t(40, 30, "OSHANA FRESH MARKETS (PTY) LTD", 11, bold=True, color=green)
    p.t(40, 42, "Reg. No. 2009/0417 - Ongwediva Branch 07", 7, color=green)
    p.t(400, 30, "REMUNERATION ADVICE", 9, bold=True, color=green)
    labels = [(40, 64, "EMPLOYEE"), (300, 64, "EMP No"), (40, 84, "POSITION"), (300, 84, "PERIOD ENDING"),
              (40, 104, "SSC No"), (300, 104, "TAX No")]
    vals = ["NDAPEWA T SHIKONGO", "OF-2207", "SENIOR CASHIER", "31/10/2026", "N 5521 8730", "8117 4402 3"]
    mono = "Courier-Bold"
    for (x, y, lab), v in zip(labels, vals, strict=True):
        p.t(x, y, lab, 6.5, color=green)
        p.t(x + 78, y + 3, v, 8.5, face=mono)
    p.box(40, 114, 235, 150, stroke=green)
    p.box(285, 114, 235, 150, stroke=green)
    p.t(48, 126, "EARNINGS", 7, color=green)
    p.t(293, 126, "DEDUCTIONS", 7, color=green)
    earn = [("BASIC", 7450.00), ("HOUSING", 1200.00), ("OVERTIME", 612.30), ("SUNDAY PAY", 414.00)]
    ded = [("PAYE", 1082.41), ("SSC", 99.00), ("PENSION 7%", 521.50), ("STAFF ACC", 350.00), ("MEDICAL AID", 640.00)]
    gross = round(sum(v for _k, v in earn), 2)
    dsum = round(sum(v for _k, v in ded), 2)
    net = round(gross - dsum, 2)
    for i, (k, v) in enumerate(earn):
        p.t(52, 146 + i * 16, k, 8, face="Courier")
        p.t(266, 146 + i * 16, _m(v), 8, face="Courier", align="r")
    for i, (k, v) in enumerate(ded):
        p.t(297, 146 + i * 16, k, 8, face="Courier")
        p.t(511, 146 + i * 16, _m(v), 8, face="Courier", align="r")
    p.t(48, 280, "GROSS EARNINGS", 6.5, color=green)
    p.t(150, 283, _m(gross), 9, face=mono)
    p.t(293, 280, "TOTAL DEDUCTIONS", 6.5, color=green)
    p.t(400, 283, _m(dsum), 9, face=mono)
    p.t(293, 304, "NETT PAY N$", 7.5, bold=True, color=green)
    p.t(400, 307, _m(net), 10, face=mono)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


BW_ROWS = [  # date, value date, description, debit, credit
    ("01/10/26", "01/10/26", "DEBIT ORDER BOTSWANA LIFE POLICY 22871", "310.00", ""),
    ("03/10/26", "03/10/26", "CASH WITHDRAWAL ATM GABORONE GAME CITY", "1,000.00", ""),
    ("08/10/26", "08/10/26", "POS PURCHASE CHOPPIES MOGODITSHANE", "486.35", ""),
    ("15/10/26", "15/10/26", "INWARD EFT SALARY DEPT OF WATER AFFAIRS", "", "9,862.40"),
    ("17/10/26", "17/10/26", "ORANGE MONEY TRANSFER 7180", "250.00", ""),
    ("22/10/26", "22/10/26", "BPC PREPAID ELECTRICITY", "300.00", ""),
    ("28/10/26", "29/10/26", "INTERNET BANKING TRF TO SEBEGO G", "2,000.00", ""),
    ("31/10/26", "31/10/26", "MONTHLY SERVICE FEE", "45.00", "")]


def en_stmt_bw_savings() -> tuple[bytes, dict]:
    """A Botswana bank's monthly statement of account in pula: an address block left and a statement summary box right
    (opening balance, total debits/credits, closing balance), columns Date | Value Date | Description | Debit | Credit |
    Balance with dd/mm/yy dates and 'Cr' after every balance."""
    p = Page(A4)
    p.t(40, 50, "Kalahari Savings Bank of Botswana", 14, bold=True, color=(0.55, 0.3, 0.05))
    p.t(40, 64, "Plot 50371, Fairgrounds Office Park, Gaborone", 8)
    p.t(p.w - 40, 50, "STATEMENT OF ACCOUNT", 11, bold=True, align="r")
    p.t(40, 96, "MR KAGISO O SEBEGO", 9, bold=True)
    p.t(40, 108, "P O BOX 40712", 8.5)
    p.t(40, 120, "MOGODITSHANE", 8.5)
    opening = 1932.17
    debit = sum(_f(r[3]) for r in BW_ROWS)
    credit = sum(_f(r[4]) for r in BW_ROWS)
    closing = round(opening - debit + credit, 2)
    p.box(330, 86, 225, 100, stroke=(0.5, 0.5, 0.5))
    summ = [("Account Number", "1002 4418 7735"), ("Account Type", "Premier Savings"),
            ("Statement Period", "01 Oct 2026 to 31 Oct 2026"), ("Opening Balance", f"P {_m(opening)}"),
            ("Total Debits", f"P {_m(debit)}"), ("Total Credits", f"P {_m(credit)}")]
    for i, (k, v) in enumerate(summ):
        p.t(336, 100 + i * 14, k, 7.5)
        p.t(549, 100 + i * 14, v, 7.5, align="r")
    rows = [["Date", "Value Date", "Description", "Debit", "Credit", "Balance"],
            ["01/10/26", "", "BALANCE BROUGHT FORWARD", "", "", f"{_m(opening)} Cr"]]
    bal = opening
    for d, vd, desc, dr, cr in BW_ROWS:
        bal = round(bal - _f(dr) + _f(cr), 2)
        rows.append([d, vd, desc, dr, cr, f"{_m(bal)} Cr"])
    y = p.table(40, 200, [48, 52, 205, 60, 62, 88], rows, rh=16, size=7.5, aligns=["l", "l", "l", "r", "r", "r"],
                grid=False, hlines=True, head_fill=(0.93, 0.87, 0.78))
    p.t(40, y + 18, f"CLOSING BALANCE  P {_m(closing)} Cr", 9, bold=True)
    p.t(40, y + 44, "Kalahari Savings Bank of Botswana is licensed under the Banking Act (Cap 46:04).", 7,
        color=(0.4, 0.4, 0.4))
    return p.pdf(), {"closing": _s(closing)}


MU_ROWS = [  # date, narrative, debit, credit
    ("02.10.2026", "VIREMENT SALAIRE / SALARY - LUX ISLAND TEXTILES", "", "24,350.00"),
    ("04.10.2026", "PRLV CEB ELECTRICITY 8841205", "1,212.00", ""),
    ("06.10.2026", "RETRAIT DAB / ATM ROSE-HILL", "3,000.00", ""),
    ("12.10.2026", "JUICE TRANSFER TO RAMSURRUN S", "4,500.00", ""),
    ("19.10.2026", "ACHAT CARTE WINNERS QUATRE BORNES", "2,874.55", ""),
    ("27.10.2026", "PRLV MAURITIUS TELECOM 55190", "1,499.00", ""),
    ("30.10.2026", "FRAIS DE TENUE DE COMPTE", "75.00", "")]


def en_stmt_mu_current() -> tuple[bytes, dict]:
    """A Mauritian bank's current-account statement in rupees: bilingual French/English column heads (Date Opération /
    Libellé - Narrative / Débit / Crédit / Solde), dd.mm.yyyy dates, the 'Solde Précédent' and 'Nouveau Solde' rows,
    the holder and account on a grey band."""
    p = Page(A4)
    p.t(40, 52, "Banque des Mascareignes Ltée", 14, bold=True, color=(0.1, 0.3, 0.5))
    p.t(40, 66, "Head Office: 12 Rue Sir William Newton, Port Louis", 8)
    p.t(p.w - 40, 52, "RELEVE DE COMPTE / ACCOUNT STATEMENT", 9.5, bold=True, align="r")
    p.box(40, 82, p.w - 80, 40, fill=(0.9, 0.9, 0.9), stroke=None)
    p.t(48, 98, "Titulaire / Account Holder: Mme Devika RAMSURRUN", 9)
    p.t(48, 114, "Compte / Account: 000 4471 8820 316  (MUR)", 9)
    p.t(p.w - 48, 98, "Du / From 01.10.2026", 9, align="r")
    p.t(p.w - 48, 114, "Au / To 31.10.2026", 9, align="r")
    opening = 8916.40
    rows = [["Date Opération", "Libellé - Narrative", "Débit", "Crédit", "Solde"],
            ["01.10.2026", "SOLDE PRECEDENT / PREVIOUS BALANCE", "", "", _m(opening)]]
    bal = opening
    for d, n, dr, cr in MU_ROWS:
        bal = round(bal - _f(dr) + _f(cr), 2)
        rows.append([d, n, dr, cr, _m(bal)])
    rows.append(["31.10.2026", "NOUVEAU SOLDE / NEW BALANCE", "", "", _m(bal)])
    y = p.table(40, 136, [72, 231, 64, 64, 84], rows, rh=20, size=8.5, aligns=["l", "l", "r", "r", "r"],
                head_fill=(0.8, 0.86, 0.93))
    p.t(40, y + 24, "Montants en roupies mauriciennes (Rs). Amounts in Mauritian rupees.", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf(), {"closing": _s(bal)}


BS_ROWS = [  # day header, title, signed amount, balance after
    ("Oct 29", "Super Value Cable Beach", "-88.14"), ("Oct 27", "BPL Electricity", "-142.60"),
    ("Oct 23", "Transfer from L PINDER", "+600.00"), ("Oct 16", "Payroll - Atlantis Marina Services", "+1,946.25"),
    ("Oct 12", "Kanoo transfer out", "-250.00"), ("Oct 06", "ATM Bay Street", "-200.00"),
    ("Oct 02", "Payroll - Atlantis Marina Services", "+1,946.25")]


def en_stmt_bs_app() -> tuple[bytes, dict]:
    """A Bahamian bank's app account screen (PNG): the holder's name and the account's last four under the bank's
    name, the available and current balance in B$, an October filter chip, rows newest first each with its running balance
    in grey."""
    p = Page((390, 844))
    p.box(0, 0, 390, 844, fill=(0.98, 0.98, 0.98), stroke=None)
    p.t(20, 24, "10:07", 10, bold=True)
    p.box(0, 36, 390, 150, fill=(0.0, 0.45, 0.55), stroke=None)
    p.t(20, 64, "Lucayan Commonwealth Bank", 13, bold=True, color=(1, 1, 1))
    p.t(20, 84, "Latrelle Pinder-Knowles  -  Chequing ••••3092", 9, color=(0.9, 0.95, 1))
    opening = 2317.80
    bal = opening
    bals = []
    for _d, _t, a in reversed(BS_ROWS):
        bal = round(bal + _f(a.replace("+", "")), 2)
        bals.append(bal)
    bals = list(reversed(bals))
    closing = bals[0]
    p.t(20, 120, "Current balance", 9, color=(0.9, 0.95, 1))
    p.t(20, 146, f"B${_m(closing)}", 22, bold=True, color=(1, 1, 1))
    p.t(20, 170, "As at 31 Oct 2026, 11:59 PM", 8, color=(0.9, 0.95, 1))
    p.box(20, 198, 170, 24, fill=(0.85, 0.93, 0.95), stroke=None, radius=12)
    p.t(105, 214, "1 Oct 2026 - 31 Oct 2026", 8.5, align="c")
    y = 246
    for (d, t, a), b in zip(BS_ROWS, bals, strict=True):
        p.t(20, y, d, 8.5, color=(0.5, 0.5, 0.5))
        p.t(70, y, t, 10)
        p.t(370, y, a, 10.5, bold=True, align="r", color=(0.1, 0.5, 0.2) if a.startswith("+") else (0.1, 0.1, 0.1))
        p.t(370, y + 15, f"Bal {_m(b)}", 8, align="r", color=(0.55, 0.55, 0.55))
        p.line(20, y + 26, 370, y + 26, 0.3, color=(0.85, 0.85, 0.85))
        y += 48
    p.t(195, y + 8, f"Opening balance {_m(opening)}", 8.5, align="c", color=(0.5, 0.5, 0.5))
    return p.pdf(), {"closing": _s(closing)}


def en_med_tz_hospital() -> tuple[bytes, dict]:
    """A Tanzanian regional referral hospital's outpatient patient invoice in shillings (TSh): MRN and visit number,
    service lines grouped by department with qty x unit price, a Total Bill, the NHIF share and the Patient Payable."""
    p = Page(A4)
    p.t(p.w / 2, 46, "MBEYA ZONAL MEDICAL CENTRE", 14, bold=True, align="c")
    p.t(p.w / 2, 60, "P.O. Box 419, Mbeya - Tel +255 25 250 3311", 8, align="c")
    p.t(p.w / 2, 82, "PATIENT INVOICE", 12, bold=True, align="c")
    info = [("Patient Name", "NEEMA ZAWADI MWAKYUSA"), ("MRN", "MZMC/26/118504"), ("Visit No", "OPD-2610-0771"),
            ("Visit Date", "14-Oct-2026"), ("Clinic", "Medical Outpatient (MOPD)"), ("Scheme", "NHIF - 60% cover")]
    for i, (k, v) in enumerate(info):
        x = 40 + (i % 2) * 270
        y = 104 + (i // 2) * 15
        p.t(x, y, k + ":", 8.5, color=(0.3, 0.3, 0.3))
        p.t(x + 75, y, v, 8.5, bold=True)
    lines = [("CONSULTATION", "Specialist consultation", 1, 20000), ("LABORATORY", "Full blood picture", 1, 12000),
             ("LABORATORY", "HbA1c", 1, 25000), ("LABORATORY", "Renal function test", 1, 30000),
             ("RADIOLOGY", "Abdominal ultrasound", 1, 40000), ("PHARMACY", "Metformin 500mg tabs", 60, 150),
             ("PHARMACY", "Amlodipine 5mg tabs", 30, 200)]
    rows = [["Department", "Service", "Qty", "Unit Price", "Amount"]]
    total = 0
    for dep, s, q, u in lines:
        total += q * u
        rows.append([dep, s, str(q), f"{u:,.2f}", f"{q * u:,.2f}"])
    y = p.table(40, 160, [95, 185, 40, 90, 105], rows, rh=17, size=8, aligns=["l", "l", "r", "r", "r"],
                head_fill=(0.85, 0.9, 0.85))
    nhif = round(total * 0.6, 2)
    own = round(total - nhif, 2)
    for i, (k, v) in enumerate([("Total Bill", total), ("Less NHIF (60%)", nhif), ("Patient Payable", own)]):
        p.t(380, y + 18 + i * 16, k, 9, bold=i != 1)
        p.t(555, y + 18 + i * 16, f"TSh {v:,.2f}", 9, bold=i != 1, align="r")
    p.t(40, y + 90, "Prepared by: Cashier 04   Printed: 14-Oct-2026 13:52", 7.5, color=(0.4, 0.4, 0.4))
    p.t(40, y + 104, "Pay at any cashier window or by GePG control number 991402718834.", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def en_med_mt_pharmacy() -> tuple[bytes, dict]:
    """A Maltese community pharmacy's till receipt on an A6 slip: the pharmacy and its licence, the patient for a
    prescription, item lines with VAT code 'Z' (exempt) and 'S', a TOTAL EUR line, a card payment line."""
    p = Page((300, 460))
    p.t(150, 28, "Pharmacy San Pawl", 12, bold=True, align="c")
    p.t(150, 42, "47 Triq il-Knisja, St Paul's Bay SPB 3412", 7, align="c")
    p.t(150, 53, "Licence No. PHL/0913 - VAT MT1983-4420", 7, align="c")
    p.line(14, 62, 286, 62, 0.5, dash=(2, 2))
    p.t(16, 76, "Date: 29/10/2026  12:18   Rcpt: 0004-77215", 7.5, face="Courier")
    p.t(16, 88, "Patient: Carmel Vella Zammit", 7.5, face="Courier")
    p.t(16, 100, "Rx: Dr. R. Bugeja  (private)", 7.5, face="Courier")
    items = [("Augmentin 625mg x14", "Z", 14.65), ("Ibuprofen 400mg x24", "Z", 3.95), ("Nasal spray 15ml", "Z", 7.20),
             ("Probiotic caps x10", "S", 9.80), ("Thermometer digital", "S", 6.50)]
    total = round(sum(v for *_x, v in items), 2)
    y = 120
    for name, code, v in items:
        p.t(16, y, name, 7.5, face="Courier")
        p.t(240, y, code, 7.5, face="Courier")
        p.t(284, y, f"{v:.2f}", 7.5, face="Courier", align="r")
        y += 13
    p.line(14, y, 286, y, 0.5, dash=(2, 2))
    p.t(16, y + 16, "TOTAL EUR", 9.5, face="Courier-Bold")
    p.t(284, y + 16, f"{total:.2f}", 9.5, face="Courier-Bold", align="r")
    p.t(16, y + 32, f"VISA ****8817  {total:.2f}", 7.5, face="Courier")
    p.t(16, y + 46, "Z = exempt  S = 18% (incl. 2.49)", 7, face="Courier")
    p.t(150, y + 70, "Thank you - Grazzi!", 8, align="c")
    return p.pdf(), {"total": _s(total)}


def en_unemp_uk_redundancy() -> tuple[bytes, dict]:
    """A Scottish whisky bottling plant's letter confirming redundancy: letterhead, 'Private & Confidential', the
    address, the employment dates and last day of service in prose, the statutory redundancy pay and notice pay in a
    small table, signed by the HR business partner."""
    p = Page(A4)
    p.t(40, 52, "Glen Ruthven Bottling Company Ltd", 15, bold=True, color=(0.35, 0.2, 0.05))
    p.t(40, 66, "Unit 4, Bankhead Industrial Estate, Perth PH1 3LR  |  Company No. SC418227", 8)
    p.t(40, 104, "PRIVATE & CONFIDENTIAL", 9, bold=True)
    for i, line in enumerate(["Ms Eilidh M. Drummond", "12 Tummel Crescent", "Pitlochry", "PH16 5DQ"]):
        p.t(40, 122 + i * 13, line, 9.5)
    p.t(p.w - 40, 122, "21 October 2026", 9.5, align="r")
    p.t(40, 196, "Dear Ms Drummond,", 10)
    p.t(40, 216, "Confirmation of redundancy", 10.5, bold=True)
    body = ["Further to our consultation meetings on 22 September and 6 October 2026, I am writing to confirm that your",
            "role of Line Operator (Shift B) has been made redundant following the closure of bottling line 3.",
            "Your employment with the company began on 4 March 2013 and will end on 31 October 2026, which will be",
            "your last day of service. You are not required to attend work during the remainder of your notice period.",
            "Your final payments, which will be made with your October salary, are set out below:"]
    y = 240
    for line in body:
        p.t(40, y, line, 9.5)
        y += 15
    rows = [["Statutory redundancy pay (13 years' service)", "£8,736.00"], ["Pay in lieu of notice (4 weeks)", "£2,184.00"],
            ["Accrued holiday (6 days)", "£655.20"]]
    y = p.table(60, y + 6, [300, 120], rows, rh=17, size=9, head=0, aligns=["l", "r"])
    for i, line in enumerate(["Your P45 will be sent to you after your final pay date. Information on Jobseeker's",
                              "Allowance and Universal Credit is enclosed, together with details of our employee",
                              "assistance programme, which remains open to you until 31 January 2027."]):
        p.t(40, y + 22 + i * 15, line, 9.5)
    p.t(40, y + 90, "Yours sincerely,", 9.5)
    p.hand(40, y + 118, "A. Kerr", 16, key="kerr")
    p.t(40, y + 140, "Alison Kerr", 9.5, bold=True)
    p.t(40, y + 153, "HR Business Partner, Glen Ruthven Bottling Company Ltd", 9)
    return p.pdf(), {}


def en_unemp_mt_jobsplus() -> tuple[bytes, dict]:
    """A Maltese public employment service's registration certificate: the agency's header, a reference number, a
    one-paragraph certification that the person has been registered as unemployed since a date (Part 1 of the register),
    the issue date and an officer's stamp."""
    p = Page(A4)
    p.t(p.w / 2, 60, "JOBSPLUS", 18, bold=True, align="c", color=(0.7, 0.1, 0.2))
    p.t(p.w / 2, 76, "Hal Far Road, Hal Far BBG 3000 - Malta", 8, align="c")
    p.t(p.w / 2, 120, "CERTIFICATE OF REGISTRATION", 13, bold=True, align="c")
    p.t(40, 150, "Our Ref: JP/REG/2026/184473", 9)
    p.t(p.w - 40, 150, "Date of issue: 02/11/2026", 9, align="r")
    body = ["This is to certify that Reuben Azzopardi, ID Card No. 221488(M), residing at 9, Triq San Gorg,",
            "Birkirkara, has been registered with Jobsplus as an unemployed person seeking work (Part I of the",
            "unemployment register) since 12/08/2026, and is registered as at the date of this certificate.",
            "",
            "This certificate is issued at the request of the above-named for the purpose of an application for",
            "assistance and is valid for one month from the date of issue."]
    for i, line in enumerate(body):
        p.t(40, 184 + i * 16, line, 10)
    p.t(40, 330, "Registration Officer", 9.5)
    p.hand(40, 312, "M. Grech", 14, key="grech")
    p.t(40, 344, "Employment Services Unit, Jobsplus", 9)
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(0.2, 0.25, 0.6, alpha=0.7)
    c.setLineWidth(1.6)
    c.rect(360, p.h - 360, 170, 60)
    c.setFillColorRGB(0.2, 0.25, 0.6, alpha=0.7)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(445, p.h - 320, "JOBSPLUS BIRKIRKARA")
    c.drawCentredString(445, p.h - 336, "0 2 NOV 2026")
    c.restoreState()
    return p.pdf(), {}


def en_income_bw_confirmation() -> tuple[bytes, dict]:
    """A Botswana mining-services company's 'Confirmation of Employment and Salary' letter to a bank: addressed to the
    Manager, a four-row table (date engaged, position, basic salary per month, gross salary per month), a line that
    the salary is paid into the bank, signed by the payroll manager."""
    p = Page(A4)
    p.t(40, 52, "MAKGADIKGADI MINING SERVICES (PTY) LTD", 13, bold=True)
    p.t(40, 66, "Private Bag 0041, Orapa, Botswana  |  Tel +267 297 1180", 8)
    p.t(p.w - 40, 100, "05 November 2026", 9.5, align="r")
    for i, line in enumerate(["The Manager", "Credit Department", "First Capital Bank, Francistown"]):
        p.t(40, 120 + i * 13, line, 9.5)
    p.t(40, 180, "RE: CONFIRMATION OF EMPLOYMENT AND SALARY - ONALENNA GAOLATHE", 10, bold=True)
    p.t(40, 204, "We confirm that the above-named is permanently employed by our company, as set out below:", 9.5)
    rows = [["Omang No.", "4418 2270 5"], ["Date engaged", "01 February 2018"], ["Position", "Plant Maintenance Fitter"],
            ["Basic salary per month", "P 11,480.00"], ["Gross salary per month", "P 13,905.00"]]
    y = p.table(60, 216, [200, 200], rows, rh=18, size=9.5, head=0)
    for i, line in enumerate(["Her salary is paid into her account with your bank on the 25th of each month.",
                              "This letter is issued at her request and without any liability on the part of the company."]):
        p.t(40, y + 24 + i * 15, line, 9.5)
    p.t(40, y + 80, "Yours faithfully,", 9.5)
    p.hand(40, y + 108, "T. Ramotswa", 15, key="ramo")
    p.t(40, y + 128, "Tebogo Ramotswa", 9.5, bold=True)
    p.t(40, y + 141, "Payroll Manager", 9)
    return p.pdf(), {}


def en_other_na_medical_aid() -> tuple[bytes, dict]:
    """Look-alike: a Namibian medical aid fund's claims statement to a member (claims received from providers, amounts
    charged, paid by the fund, member's portion, the member's savings balance): about bills, not a bill."""
    p = Page(A4)
    p.t(40, 50, "Namib Health Medical Aid Fund", 14, bold=True, color=(0.1, 0.4, 0.5))
    p.t(p.w - 40, 50, "CLAIMS STATEMENT", 11, bold=True, align="r")
    p.t(40, 78, "Member: Mr Tangeni Haufiku   Membership No. NH 0774125   Option: Essential", 9)
    p.t(40, 92, "Statement date: 07/11/2026   Claims processed: 01/10/2026 - 31/10/2026", 9)
    rows = [["Service date", "Provider", "Patient", "Charged", "Paid by fund", "Member portion"],
            ["03/10/2026", "Dr P. Nghipandulwa (GP)", "Tangeni", "N$ 650.00", "N$ 520.00", "N$ 130.00"],
            ["03/10/2026", "Windhoek Pharmacy", "Tangeni", "N$ 412.80", "N$ 330.24", "N$ 82.56"],
            ["19/10/2026", "PathCare Namibia", "Selma", "N$ 980.00", "N$ 980.00", "N$ 0.00"]]
    p.table(40, 110, [72, 140, 58, 70, 85, 90], rows, rh=18, size=8, aligns=["l", "l", "l", "r", "r", "r"])
    p.t(40, 210, "This is not a tax invoice. Member portions are payable directly to the provider.", 8)
    p.t(40, 226, "Medical savings account balance: N$ 2,104.33", 8.5)
    return p.pdf(), {}


def en_other_zm_napsa_statement() -> tuple[bytes, dict]:
    """Look-alike: a national pension scheme's member contribution statement (months, the employer, the employee's and
    employer's shares, a cumulative total): contributions, not pay and not a bank statement."""
    p = Page(A4)
    p.t(p.w / 2, 50, "NATIONAL PENSION SCHEME AUTHORITY", 13, bold=True, align="c")
    p.t(p.w / 2, 66, "MEMBER CONTRIBUTION STATEMENT", 10, align="c")
    p.t(40, 92, "Member: Chileshe Mulenga Phiri     SSN: 2219 0487 61     Printed: 04/11/2026", 9)
    rows = [["Month", "Employer", "Insurable Earnings", "Employee 5%", "Employer 5%", "Cumulative"]]
    cum = 41860.00
    for m in ("05/2026", "06/2026", "07/2026", "08/2026", "09/2026", "10/2026"):
        cum += 1160.00
        rows.append([m, "Lusaka Agro Mills Ltd", "11,600.00", "580.00", "580.00", _m(cum)])
    p.table(40, 108, [55, 130, 90, 70, 70, 90], rows, rh=18, size=8, aligns=["l", "l", "r", "r", "r", "r"])
    p.t(40, 250, "Contributions are subject to the ceiling set by the Authority. Report discrepancies to your employer.", 8)
    return p.pdf(), {}


def en_other_mt_fs3() -> tuple[bytes, dict]:
    """Look-alike: a Maltese end-of-year FS3-style payee statement of earnings (the year's gross emoluments, tax and
    social security deducted): a year's tax summary, not a payslip."""
    p = Page(A4)
    p.t(40, 50, "FS3  Payee Statement of Earnings", 13, bold=True)
    p.t(p.w - 40, 50, "Year ended 31 December 2025", 9, align="r")
    p.t(40, 80, "Payer: Sliema Waterfront Cafés Ltd   PE No. 51207", 9)
    p.t(40, 96, "Payee: Marthese Borg Cauchi   ID 0331278M", 9)
    rows = [["Box", "Description", "Amount (EUR)"], ["C1", "Gross emoluments (main)", "19,842.00"],
            ["C1a", "Overtime", "1,318.40"], ["C2", "Fringe benefits", "0.00"], ["D1", "Tax deductions", "1,402.66"],
            ["D2", "Social security contributions (employee)", "1,984.20"]]
    p.table(40, 110, [50, 300, 120], rows, rh=18, size=9, aligns=["l", "l", "r"])
    p.t(40, 240, "This statement must be kept by the payee for income tax purposes.", 8)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: each document's labels (the values its drawing prints), forms and layout note

DOCS: dict[str, dict] = {
    "zh-pay-hefei-dispatch-daifa": dict(
        draw=zh_pay_agency_daifa, type="payslip", lang="zh",
        fields={"employer": ["安徽皖融人力资源服务有限公司", "合肥瑞科精密制造有限公司"], "employee": "钭秋蓉",
                "period": "2026-10", "gross_pay": "4018.28", "net_pay": "3531.58"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=2.6, persp=0.06, hand="bottom", blur=1.0, quality=70,
                                         shadow=0.25)},
        note="a Hefei labour-dispatch agency's 代发工资明细（个人联） for a dispatched worker: a batch head (批次号, 代发日期, "
             "代发银行, 用工单位 beside the agency), three boxed blocks side by side (应发项目 / 社保公积金个人缴纳 / 其他扣款), "
             "应发合计 / 扣款合计 / 实发金额 in one shaded strip, a 工资专用章; the agency and the client both accepted"),
    "zh-pay-liuzhou-bus-kiosk-roll": dict(
        draw=zh_pay_bus_driver_kiosk, type="payslip", lang="zh",
        fields={"employer": "柳州市公共交通有限责任公司", "employee": "郁春生", "period": "2026-10",
                "gross_pay": "5514.50", "net_pay": "4594.80"},
        forms={"photo": dict(desk="dark", angle=-4.5, persp=0.05, falloff=0.4, exposure=0.9, blur=1.1, quality=64,
                             margin=0.3, dpi=220)},
        note="a city bus company's self-service kiosk 驾驶员月度工资单 on a narrow 80 mm roll: one key and value per line "
             "(工作证号, 核算月份, 营运趟次, 安全里程), 【收入】 and 【扣款】 groups each with a 小计, dashed rules, 实发 "
             "in large figures, the kiosk's print time"),
    "zh-pay-chengdu-site-wage-voucher": dict(
        draw=zh_pay_site_payment_voucher, type="payslip", lang="zh",
        fields={"employer": "成都蜀建劳务有限公司", "employee": "逄立新", "period": "2026-10", "gross_pay": "7150.00",
                "net_pay": "5338.00"},
        forms={"scan": {}, "photo": dict(desk="wood", angle=3.4, persp=0.07, crumple=0.7, blur=1.1, quality=62)},
        note="a construction labour subcontractor's 农民工工资支付凭证 (A5 landscape, fully ruled, no head row): 出勤天数 x "
             "日工资标准, 加班, 应付工资, 已预支生活费 and 食堂伙食扣款, 本月实付 in 大写 and 小写, the payroll "
             "account's tail, a pen signature over a red fingerprint and the team leader's name"),
    "zh-stmt-shanxi-rcc-passbook-page": dict(
        draw=zh_stmt_rcc_passbook, type="bank_statement", lang="zh",
        fields={"bank": ["山西省农村信用社", "忻州市忻府区农村信用合作联社", "山西农信"],
                "account_number": "6229031716008842205", "period_start": "2026-09-28", "period_end": "2026-11-03",
                "closing_balance": "3464.66"},
        absent=["account_holder"],
        forms={"scan": {}, "photo": dict(desk="cloth", angle=-2.2, persp=0.06, fold=0.5, shadow=0.3, blur=1.0,
                                         quality=66, dpi=200)},
        note="a rural credit cooperative's passbook page: pre-printed green column heads and rules (日期 摘要 支取 存入 "
             "结余 操作), dot-matrix rows offset from them with yymmdd dates, a first line with the account and the "
             "承前页 balance, no holder's name on the page (it is on the cover: absent); its period the first and last row"),
    "zh-stmt-guilin-counter-flag": dict(
        draw=zh_stmt_guilin_counter, type="bank_statement", lang="zh",
        fields={"bank": ["桂林银行", "桂林银行股份有限公司"], "account_holder": "鄢志勇",
                "account_number": "6214630100275518063", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "3519.68"},
        forms={"text": {}, "scan": {}},
        note="a city commercial bank's counter 个人活期账户交易明细 (A4 landscape): one unsigned 发生额 column with a 借/贷 "
             "flag column beside it, 交易日期 and 交易时间 apart, 对方户名 and 渠道, a boxed two-line head with 起止日期 "
             "2026-10-01至2026-10-31 and 期初余额, 借方/贷方 counts and totals and 期末余额 at the foot, ruled across only"),
    "zh-stmt-bosc-app-month": dict(
        draw=zh_stmt_bosc_app, type="bank_statement", lang="zh",
        fields={"bank": "上海银行", "account_number": "4471", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "8331.05"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a city bank's app 收支明细 screen (PNG): a blue card with the debit card's last four, a 2026年10月 month picker, "
             "月末余额 in large figures, 收入/支出 totals and 统计区间 10.01-10.31, rows under day headers newest first with "
             "signed amounts and no running balance, 月初余额 at the foot; no holder's name (absent)"),
    "zh-med-shiyan-maternal-ebill": dict(
        draw=zh_med_maternal_ebill, type="medical_bill", lang="zh",
        fields={"provider": "十堰市妇幼保健院", "patient": "闵晓蕾", "date": "2026-10-23", "total": ["534.84", "310.21"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.8, persp=0.06, hand="right", blur=0.95, quality=70)},
        note="a maternal and child hospital's 医疗门诊收费电子票据 (财政电子票据 layout, A5 landscape): a QR block, 票据代码/"
             "号码/校验码/开票日期 at the top right, items in two side-by-side column groups, 金额合计 in 大写 and 小写, "
             "医保统筹 and 个人现金支付 in 其他信息, 收款单位（章） with the seal; the total first, the patient's cash share "
             "accepted"),
    "zh-med-hengxian-discharge-settlement": dict(
        draw=zh_med_county_discharge, type="medical_bill", lang="zh",
        fields={"provider": "横县人民医院", "patient": "禚桂香", "date": "2026-10-17", "total": ["8802.64", "2268.52"]},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=1.8, persp=0.07, falloff=0.45, shadow=0.35, blur=1.05,
                                         quality=60)},
        note="a county people's hospital's 住院病人出院结算单 under 城乡居民医保: a ruled head grid (住院号, 科室, 入院/出院日期, "
             "住院天数, 诊断), 费用类别 four across, the payer split (总费用, 基本医保统筹支付, 大病保险支付, 医疗救助支付, 个人"
             "现金支付, 预交金, 应退金额), 个人现金支付 in 大写; 总费用 first, the patient's share accepted"),
    "zh-med-cenxi-village-clinic-pen-receipt": dict(
        draw=zh_med_village_clinic, type="medical_bill", lang="zh",
        fields={"provider": "岑溪市南渡镇吉太村卫生室", "patient": "巫桂英", "date": "2026-10-26", "total": "228.50"},
        forms={"photo": dict(desk="wood", angle=-3.6, persp=0.06, blur=1.0, quality=66, shadow=0.2, dpi=170)},
        note="a village clinic's generic pre-printed 收款收据 (第二联 交款人) filled in by pen: the date in the 年月日 "
             "blanks, the payer and the reason on rules, the amount in 大写 boxes (万仟佰拾元角分) and after ¥, the clinic "
             "named only by its round seal"),
    "zh-unemp-xian-hard-to-employ-notice": dict(
        draw=zh_unemp_hard_to_employ, type="unemployment_proof", lang="zh",
        fields={"person": "靳雪梅", "issuer": "西安市未央区就业服务中心", "date": ["2026-10-09", "2026-08-03"]},
        forms={"text": {}, "photo": dict(desk="dark", angle=2.2, persp=0.05, exposure=0.88, falloff=0.4, blur=1.0,
                                         quality=68)},
        note="a district employment service centre's 就业困难人员认定通知书: a 西就认字 number, the person addressed with "
             "同志, the grounds in prose (失业登记 date and 就业创业证 number, age, 大龄失业人员), the support period, the "
             "issuer and date under its seal; the issuing date first, the registration date accepted"),
    "zh-income-nanning-logistics-table": dict(
        draw=zh_income_logistics_table, type="income_proof", lang="zh",
        fields={"employer": "广西捷运通物流有限公司", "employee": "覃秋菊", "monthly_income": "7340.00",
                "date": "2026-11-06"},
        forms={"photo": dict(desk="laminate", angle=-1.9, persp=0.05, hand="bottom", blur=0.9, quality=72)},
        note="a logistics company's 收入证明 as a ruled table rather than prose: 姓名/性别, a masked 身份证号 and 入职时间, "
             "部门/职务, 合同期限, 近六个月税前月均收入 in 小写 and 大写 rows spanning the table, the HR contact, "
             "人力资源部 seal and date"),
    "zh-other-mianyang-housing-fund-detail": dict(
        draw=zh_other_housing_fund_detail, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="cloth", angle=2.9, persp=0.06, blur=1.0, quality=67)},
        note="look-alike: a housing provident fund centre's 个人住房公积金账户明细查询单 (汇缴 and a 租房提取 with a running "
             "余额, the 缴存基数): a fund account, not a bank statement"),
    "zh-other-ningbo-medical-insurance-record": dict(
        draw=zh_other_medical_insurance_record, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=-2.4, persp=0.05, blur=0.95, quality=70)},
        note="look-alike: a medical-insurance bureau's 社会保险个人参保缴费凭证（医疗保险）: ten months of 缴费基数, 单位 and "
             "个人 shares, 已到账: insurance paid, not a medical bill"),
    "zh-other-wallet-flow-proof": dict(
        draw=zh_other_alipay_flow_proof, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a payment app's 交易流水证明 PDF (收/支, 交易对方, 商品说明, 收/付款方式, 金额, 交易时间; no "
             "balance), saying it is no bank account's record"),
    "en-pay-zm-copper-concentrator": dict(
        draw=en_pay_zm_mine, type="payslip", lang="en",
        fields={"employer": ["KABOMPO RIVER COPPER OPERATIONS LIMITED", "Kabompo River Copper Operations Limited"],
                "employee": ["MWILA CHISENGA BANDA", "Mwila Chisenga Banda"], "period": "2026-10",
                "gross_pay": "22110.58", "net_pay": "13788.65"},
        forms={"text": {}, "scan": {}},
        note="a Zambian copper mine's monthly payslip in kwacha: an employee block (NRC, NAPSA No, pay point, bank tail), "
             "one Code | Description | Earnings (K) | Deductions (K) list with E/D codes (PAYE, NAPSA 5%, NHIMA 1%, union "
             "dues, staff loan), TOTALS, a Balances box to the right, NET PAY K in a shaded bar"),
    "en-pay-mt-resort-hotel": dict(
        draw=en_pay_mt_hotel, type="payslip", lang="en",
        fields={"employer": "Ta' Xbiex Bay Resort Ltd", "employee": "Josianne Camilleri Pace", "period": "2026-10",
                "gross_pay": "1998.57", "net_pay": "1632.61"},
        forms={"photo": dict(desk="wood", angle=3.1, persp=0.06, hand="right", blur=0.95, quality=71)},
        note="a Maltese resort hotel's A5 payslip in euro: Period 10 / 2026 with dd.mm.yyyy bounds, an Item | Hrs | Rate | "
             "This Period | Year to Date grid (basic, overtime x1.5, public holiday, statutory bonus), Gross Pay, FSS "
             "Tax and SSC Class 1 rows under it, a Net Wage box"),
    "en-pay-na-continuous-stationery": dict(
        draw=en_pay_na_retail, type="payslip", lang="en",
        fields={"employer": ["OSHANA FRESH MARKETS (PTY) LTD", "Oshana Fresh Markets (Pty) Ltd"],
                "employee": ["NDAPEWA T SHIKONGO", "Ndapewa T Shikongo"], "period": "2026-10",
                "gross_pay": "9676.30", "net_pay": "6983.39"},
        forms={"photo": dict(desk="laminate", angle=-3.8, persp=0.07, crumple=0.5, blur=1.05, quality=63, dpi=170)},
        note="a Namibian supermarket group's REMUNERATION ADVICE on pre-printed continuous stationery (sprocket holes, "
             "green form labels, Courier values offset from them): PERIOD ENDING dd/mm/yyyy, EARNINGS and DEDUCTIONS "
             "boxes (PAYE, SSC, pension, staff account, medical aid), GROSS EARNINGS, TOTAL DEDUCTIONS, NETT PAY N$"),
    "en-stmt-bw-premier-savings": dict(
        draw=en_stmt_bw_savings, type="bank_statement", lang="en",
        fields={"bank": "Kalahari Savings Bank of Botswana",
                "account_holder": ["KAGISO O SEBEGO", "Kagiso O Sebego", "MR KAGISO O SEBEGO"],
                "account_number": "100244187735", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "7403.22"},
        forms={"text": {}, "photo": dict(desk="dark", angle=-2.5, persp=0.06, falloff=0.4, exposure=0.9, blur=1.0,
                                         quality=66)},
        note="a Botswana bank's STATEMENT OF ACCOUNT in pula: the postal address left, a summary box right (account, "
             "period 01 Oct 2026 to 31 Oct 2026, opening balance, total debits and credits), Date | Value Date | "
             "Description | Debit | Credit | Balance with dd/mm/yy dates and 'Cr' after each balance, CLOSING BALANCE"),
    "en-stmt-mu-bilingual-current": dict(
        draw=en_stmt_mu_current, type="bank_statement", lang="en",
        fields={"bank": ["Banque des Mascareignes Ltée", "Banque des Mascareignes"],
                "account_holder": ["Devika RAMSURRUN", "Devika Ramsurrun"], "account_number": "00044718820316",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "20105.85"},
        forms={"scan": {}, "photo": dict(desk="wood", angle=2.0, persp=0.06, fold=0.45, blur=1.0, quality=64)},
        note="a Mauritian bank's RELEVE DE COMPTE / ACCOUNT STATEMENT in rupees: bilingual French/English heads (Date "
             "Opération, Libellé - Narrative, Débit, Crédit, Solde), French narratives (VIREMENT SALAIRE, PRLV, RETRAIT "
             "DAB), dd.mm.yyyy dates, SOLDE PRECEDENT and NOUVEAU SOLDE rows, Du/Au period on a grey band"),
    "en-stmt-bs-app-chequing": dict(
        draw=en_stmt_bs_app, type="bank_statement", lang="en",
        fields={"bank": "Lucayan Commonwealth Bank", "account_holder": "Latrelle Pinder-Knowles",
                "account_number": "3092", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "6129.56"},
        forms={"image": {}},
        note="a Bahamian bank's app account screen (PNG): the holder and the account's last four under the bank's name, "
             "Current balance B$ as at 31 Oct 2026, a 1 Oct 2026 - 31 Oct 2026 chip, rows newest first with 'Bal' under "
             "each signed amount, the opening balance at the foot"),
    "en-med-tz-zonal-opd-invoice": dict(
        draw=en_med_tz_hospital, type="medical_bill", lang="en",
        fields={"provider": ["MBEYA ZONAL MEDICAL CENTRE", "Mbeya Zonal Medical Centre"],
                "patient": ["NEEMA ZAWADI MWAKYUSA", "Neema Zawadi Mwakyusa"], "date": "2026-10-14",
                "total": ["142000.00", "56800.00"]},
        forms={"text": {}, "photo": dict(desk="cloth", angle=-3.0, persp=0.06, shadow=0.3, blur=1.0, quality=65)},
        note="a Tanzanian zonal hospital's outpatient PATIENT INVOICE in shillings: MRN, visit number and dd-Mon-yyyy "
             "visit date, Department | Service | Qty | Unit Price | Amount lines, Total Bill, Less NHIF (60%) and "
             "Patient Payable, a GePG control number; Total Bill first, Patient Payable accepted"),
    "en-med-mt-pharmacy-till": dict(
        draw=en_med_mt_pharmacy, type="medical_bill", lang="en",
        fields={"provider": "Pharmacy San Pawl", "patient": "Carmel Vella Zammit", "date": "2026-10-29",
                "total": "42.10"},
        forms={"photo": dict(desk="laminate", angle=4.2, persp=0.06, blur=1.0, quality=68, margin=0.25, dpi=220)},
        note="a Maltese community pharmacy's till receipt on a small slip: the licence and VAT numbers, Patient and Rx "
             "lines, Courier item lines with VAT codes Z and S, TOTAL EUR, the card line"),
    "en-unemp-scot-redundancy-confirmation": dict(
        draw=en_unemp_uk_redundancy, type="unemployment_proof", lang="en",
        fields={"person": ["Eilidh M. Drummond", "Eilidh Drummond"], "issuer": "Glen Ruthven Bottling Company Ltd",
                "date": ["2026-10-21", "2026-10-31"]},
        forms={"photo": dict(desk="wood", angle=-2.0, persp=0.05, hand="bottom", blur=0.95, quality=70)},
        note="a Scottish bottling plant's 'Confirmation of redundancy' letter: letterhead with the company number, PRIVATE "
             "& CONFIDENTIAL, the address, the start date and the last day of service in prose, a redundancy pay / "
             "notice pay / holiday table, a signature; the letter's date first, the last day of service accepted"),
    "en-unemp-mt-registration-certificate": dict(
        draw=en_unemp_mt_jobsplus, type="unemployment_proof", lang="en",
        fields={"person": "Reuben Azzopardi", "issuer": ["Jobsplus", "JOBSPLUS"], "date": ["2026-11-02", "2026-08-12"]},
        forms={"scan": {}, "photo": dict(desk="dark", angle=3.0, persp=0.06, falloff=0.45, exposure=0.86, blur=1.0,
                                         quality=64)},
        note="a Maltese public employment service's CERTIFICATE OF REGISTRATION: Our Ref and Date of issue dd/mm/yyyy, one "
             "paragraph certifying registration as unemployed (Part I of the register) since a date, the officer's "
             "signature and a rectangular dated office stamp; the issue date first, the registration date accepted"),
    "en-income-bw-employment-salary-confirmation": dict(
        draw=en_income_bw_confirmation, type="income_proof", lang="en",
        fields={"employer": ["MAKGADIKGADI MINING SERVICES (PTY) LTD", "Makgadikgadi Mining Services (Pty) Ltd"],
                "employee": ["ONALENNA GAOLATHE", "Onalenna Gaolathe"], "monthly_income": ["13905.00", "11480.00"],
                "date": "2026-11-05"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=2.4, persp=0.05, blur=0.95, quality=70)},
        note="a Botswana mining-services company's letter to a bank's credit department: RE: CONFIRMATION OF EMPLOYMENT "
             "AND SALARY with the name, a two-column table (Omang No., date engaged, position, basic and gross salary per "
             "month in P), the pay day, the payroll manager's signature; gross first, basic accepted"),
    "en-other-na-medical-aid-claims": dict(
        draw=en_other_na_medical_aid, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a Namibian medical aid fund's CLAIMS STATEMENT to a member (providers' claims, charged, paid by "
             "fund, member portion, savings balance; 'not a tax invoice'): about bills, not a bill"),
    "en-other-zm-pension-contributions": dict(
        draw=en_other_zm_napsa_statement, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-2.7, persp=0.05, blur=1.0, quality=68)},
        note="look-alike: a national pension scheme's MEMBER CONTRIBUTION STATEMENT (six months of insurable earnings, "
             "employee and employer 5 % shares, a cumulative column): contributions, not pay and not a bank account"),
    "en-other-mt-fs3-payee-statement": dict(
        draw=en_other_mt_fs3, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a Maltese FS3 payee statement of earnings for 2025 (gross emoluments, overtime, tax and social "
             "security deducted by box): a year's tax summary, not a payslip"),
}


def entries() -> list[tuple[str, str]]:
    """Every (document, form) pair of the set, in DOCS order."""
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set; deterministic (the same bytes on every call and machine with the
    same reportlab, poppler, Pillow and font)."""
    spec = DOCS[doc]
    pdf = spec["draw"]()[0]
    key = f"i11-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def figures(doc: str) -> dict[str, str]:
    """The money figures a document's drawing computed (gross/net, closing balance, total, the patient's own share):
    the labels must agree."""
    return DOCS[doc]["draw"]()[1]


WANTED = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
          "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                             "closing_balance"],
          "medical_bill": ["provider", "patient", "date", "total"],
          "unemployment_proof": ["person", "issuer", "date"],
          "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}


def manifest_entries() -> list[dict]:
    """The manifest's entries: labels from DOCS, the sha256 of each rendered entry."""
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        raw, _ext = render(doc, form)
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(WANTED[spec["type"]]), doc
        out.append({"id": f"i11-{doc}-{form}", "origin": "generated", "generator": "gen_independent11", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent11.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i11-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i11-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent11-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
