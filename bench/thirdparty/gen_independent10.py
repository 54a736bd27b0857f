"""The tenth independently generated judging set (bench/thirdparty/independent10.json, ``--independent10``).

    python bench/thirdparty/gen_independent10.py --manifest   (rewrite independent10.json: labels + sha256)
    python bench/thirdparty/gen_independent10.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary, test generators or the earlier generators' layouts; the drawing
and photo plumbing (Page, _scan, _photo, _screenshot) follows gen_independent9.py, the documents are new: institutions
and countries the earlier sets do not use (a Yunnan primary school's pay strip, a Shaoxing textile mill's tear-off
strip, a state power-supply company's pay sheet with year-to-date columns, 赣州银行, 网商银行, 贵州 rural commercial
bank, a community outpatient 门诊收费票据, a 住院结算单, a chain pharmacy's thermal ticket, a Hohhot 失业登记证明;
Australian, Sri Lankan and Indian payslips, a Kenyan SACCO, a Philippine thrift bank, an Australian bank app, Philippine
hospital statement of account, Indian pharmacy GST invoice, Malaysian clinic receipt, a PERKESO EIS letter, a Kenyan
redundancy letter, an Indian salary certificate, and look-alikes). Each document is drawn once with reportlab
(invariant mode) as its issuer prints it, and its labels are the values it prints. Forms: ``text``, ``scan``, ``photo``
(JPEG of the sheet on a desk: turned, perspective, uneven light, shadow, soft focus, creases, fingers, JPEG 55-80),
``image`` (a phone screenshot, PNG). Every random choice is seeded by the entry's id.

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
from reportlab.lib.pagesizes import A4, A5, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent10.json"
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("I10Zh", ZH_FONT, subfontIndex=0))
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
            return "I10Zh"
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
        c.setFont("I10Zh", size)
        for k, ch in enumerate(ring):
            a = math.pi / 2 + span / 2 - (k + 0.5) * span / n
            px, py = cx + r * 0.76 * math.cos(a), y + r * 0.76 * math.sin(a)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        if middle:
            c.setFont("I10Zh", r * 0.2)
            c.drawCentredString(cx, y - r * 0.55, middle)
        c.restoreState()

    def hand(self, x, y, s, size=12, key="", color=BLUE_INK):
        """Handwriting over a printed blank: slanted, uneven, in pen ink."""
        rng = _rng(key + s)
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.92, 1.1)
            w = pdfmetrics.stringWidth(ch, "I10Zh", sz)
            self.c.saveState()
            self.c.setFillColorRGB(*color)
            self.c.setFont("I10Zh", sz)
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


def _running(opening: float, rows, out_i: int, in_i: int):
    """Balances after each row (rows are tuples whose out_i / in_i items are money strings)."""
    bal, outs = opening, []
    for r in rows:
        bal = round(bal - _f(r[out_i]) + _f(r[in_i]), 2)
        outs.append(bal)
    return outs


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

def zh_pay_school_strip() -> tuple[bytes, dict]:
    """A Yunnan primary school's pay strip from the district education payroll centre: two key/value columns (应发 |
    代扣), the net pay in 大写 and 小写 in a boxed last line, A5 landscape."""
    p = Page(landscape(A5), zh=True)
    p.t(p.w / 2, 34, "曲靖市麒麟区沿江第三小学  教职工工资明细", 13, bold=True, align="c")
    p.t(30, 56, "核算单位：麒麟区教育体育局工资核算中心", 8)
    p.t(p.w - 30, 56, "所属期：2026年10月", 8.5, align="r")
    p.t(30, 72, "姓名：郜婉清     人员类别：专任教师（在编）     岗位：专技十级", 9)
    earn = [("岗位工资", "2,650.00"), ("薪级工资", "1,418.00"), ("基础性绩效", "1,980.00"),
            ("乡镇工作补贴", "400.00"), ("班主任津贴", "300.00")]
    ded = [("养老保险", "539.84"), ("职业年金", "269.92"), ("医疗保险", "134.96"), ("失业保险", "33.74"),
           ("住房公积金", "810.00"), ("个人所得税", "0.00")]
    gross = sum(_f(v) for _k, v in earn)
    dsum = sum(_f(v) for _k, v in ded)
    net = round(gross - dsum, 2)
    rows = [["应发项目", "金额", "代扣项目", "金额"]]
    for i in range(6):
        a = earn[i] if i < len(earn) else ("", "")
        b = ded[i]
        rows.append([a[0], a[1], b[0], b[1]])
    rows.append(["应发小计", _m(gross), "代扣小计", _m(dsum)])
    y = p.table(30, 82, [110, 90, 110, 90], rows, rh=16, size=8.5, aligns=["l", "r", "l", "r"],
                head_fill=(0.93, 0.9, 0.82))
    p.box(30, y + 6, 400, 22, fill=(0.97, 0.95, 0.9))
    p.t(36, y + 21, f"实发金额（大写）：{_daxie(net)}      （小写）¥{_m(net)}", 9.5, bold=True)
    p.t(440, 104, "备注：", 8)
    p.t(440, 120, "绩效按学期考核", 7.5, color=(0.35, 0.35, 0.35))
    p.t(440, 134, "预发，年底清算。", 7.5, color=(0.35, 0.35, 0.35))
    p.t(440, 160, "工资已转入", 7.5, color=(0.35, 0.35, 0.35))
    p.t(440, 174, "代发卡尾号8061", 7.5, color=(0.35, 0.35, 0.35))
    p.t(30, y + 46, "打印：2026-11-05   如有疑问请联系学校报账员", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf(), {"gross": _m(gross).replace(",", ""), "net": _m(net).replace(",", "")}


def zh_pay_textile_tear() -> tuple[bytes, dict]:
    """A Shaoxing dyeing mill's tear-off 工资条: one row under a two-level header (出勤 / 应发 / 扣款 groups merged
    over their items), a perforated edge, the worker's signature box at the right."""
    p = Page((595, 230), zh=True)
    p.t(20, 26, "绍兴市柯桥区锦澜纺织印染有限公司  2026年10月份工资条", 11, bold=True)
    p.t(575, 26, "车间：定型二组", 8.5, align="r")
    groups = [("", 1), ("", 1), ("出勤(天)", 2), ("应发项目", 6), ("扣款项目", 5), ("", 1)]
    heads = ["工号", "姓名", "应出", "实出", "基本工资", "加班费", "夜班补贴", "计件奖", "全勤奖", "应发合计",
             "社保", "公积金", "水电费", "个税", "扣款合计", "实发工资"]
    earn = ["2,490.00", "1,287.50", "360.00", "918.40", "100.00"]
    ded = ["412.47", "120.00", "45.30", "0.00"]
    gross = sum(map(_f, earn))
    dsum = sum(map(_f, ded))
    net = round(gross - dsum, 2)
    vals = ["DX0713", "笪海燕", "26", "26", *earn, _m(gross), *ded, _m(dsum), _m(net)]
    widths = [34, 36, 26, 26, 38, 36, 36, 36, 32, 40, 34, 32, 32, 26, 38, 40]
    x0, y = 20, 40
    cx, col = x0, 0
    p.box(x0, y, sum(widths), 15, fill=(0.9, 0.92, 0.9), stroke=None)
    for name, span in groups:
        w = sum(widths[col:col + span])
        if name:
            p.t(cx + w / 2, y + 11, name, 8, bold=True, align="c")
            p.line(cx, y + 15, cx + w, y + 15, 0.4)
        p.line(cx, y, cx, y + 15, 0.4)
        cx += w
        col += span
    p.line(x0, y, x0 + sum(widths), y, 0.4)
    p.line(cx, y, cx, y + 15, 0.4)
    p.table(x0, y + 15, widths, [heads, vals], rh=20, size=6.8, head_fill=(0.9, 0.92, 0.9),
            aligns=["c", "c", "c", "c"] + ["r"] * 12)
    p.t(20, 122, "说明：加班按1.5倍计；计件奖按定型米数核算，每万米45元。对工资有异议请三日内找车间统计。", 7.5)
    p.t(20, 140, "签收：", 8.5)
    p.line(50, 142, 160, 142, 0.4)
    p.hand(60, 139, "笪海燕", 12, key="tear")
    p.t(440, 140, "发放日：2026年11月12日", 8.5)
    p.line(10, 160, 585, 160, 0.6, dash=(3, 3))
    p.t(20, 176, "……沿此线撕下……", 7, color=(0.5, 0.5, 0.5))
    return p.pdf(), {"gross": _m(gross).replace(",", ""), "net": _m(net).replace(",", "")}


def zh_pay_power_supply() -> tuple[bytes, dict]:
    """A state power-supply company's 薪酬明细单: an info grid, then 收入项 / 扣除项 sections each with 本月 and
    本年累计 columns (the year-to-date figures far larger than the month's), 实发合计 under them."""
    p = Page(A4, zh=True)
    p.t(50, 52, "国网宁夏电力有限公司吴忠供电公司", 12, bold=True, color=(0.0, 0.4, 0.35))
    p.t(p.w / 2, 86, "员工薪酬明细单", 16, bold=True, align="c")
    info = [["单位", "吴忠供电公司", "部门", "利通区供电中心", "期间", "2026-10"],
            ["姓名", "訾振宇", "员工编号", "64120387", "岗级", "九岗三档"]]
    y = p.table(50, 104, [50, 120, 55, 110, 40, 120], info, rh=20, size=9, head=0,
                aligns=["l"] * 6)
    inc = [("岗位薪点工资", "5,840.00", "58,400.00"), ("绩效工资", "3,960.00", "37,120.00"),
           ("技能津贴", "280.00", "2,800.00"), ("夜班及值班费", "436.00", "3,854.00"),
           ("通讯补贴", "120.00", "1,200.00"), ("交通补贴", "600.00", "6,000.00")]
    ded = [("基本养老保险", "872.00", "8,720.00"), ("基本医疗保险", "218.00", "2,180.00"),
           ("失业保险", "54.50", "545.00"), ("住房公积金", "1,308.00", "13,080.00"),
           ("企业年金", "436.00", "4,360.00"), ("个人所得税", "25.93", "311.16")]
    g = sum(_f(r[1]) for r in inc)
    gy = sum(_f(r[2]) for r in inc)
    d = sum(_f(r[1]) for r in ded)
    dy = sum(_f(r[2]) for r in ded)
    rows = [["收入项", "本月", "本年累计"], *[list(r) for r in inc], ["应发合计", _m(g), _m(gy)]]
    y = p.table(50, y + 18, [200, 140, 155], rows, rh=19, size=9, aligns=["l", "r", "r"],
                head_fill=(0.86, 0.93, 0.91))
    rows = [["扣除项", "本月", "本年累计"], *[list(r) for r in ded], ["扣款合计", _m(d), _m(dy)]]
    y = p.table(50, y + 12, [200, 140, 155], rows, rh=19, size=9, aligns=["l", "r", "r"],
                head_fill=(0.86, 0.93, 0.91))
    net = round(g - d, 2)
    p.box(50, y + 12, 495, 24, fill=(0.95, 0.97, 0.96))
    p.t(58, y + 28, "实发合计", 10.5, bold=True)
    p.t(390, y + 28, _m(net), 10.5, bold=True, align="r")
    p.t(545 - 8, y + 28, f"本年累计 {_m(round(gy - dy, 2))}", 9, align="r", color=(0.3, 0.3, 0.3))
    p.t(50, y + 60, "注：本明细由人资系统生成，企业年金单位缴费部分不在本单列示。", 8, color=(0.35, 0.35, 0.35))
    p.t(50, y + 76, "生成时间：2026-11-08 09:12", 8, color=(0.35, 0.35, 0.35))
    return p.pdf(), {"gross": _m(g).replace(",", ""), "net": _m(net).replace(",", "")}


GZB_ROWS = [  # date, time, summary, signed amount, counter account, counter name
    ("2026-10-02", "09:14:22", "微信零钱提现", "+300.00", "", "财付通"),
    ("2026-10-05", "18:40:03", "消费", "-126.80", "", "赣州天虹商场"),
    ("2026-10-10", "02:11:40", "代发工资", "+4,865.00", "1507 0021 8890", "赣州市章贡区恒晟汽配有限公司"),
    ("2026-10-11", "10:05:51", "转账", "-1,200.00", "6217 **** 5520", "牟德华"),
    ("2026-10-15", "07:30:00", "房贷扣款", "-2,046.37", "", ""),
    ("2026-10-18", "20:16:45", "快捷支付", "-358.00", "", "京东支付"),
    ("2026-10-21", "11:22:09", "取现", "-500.00", "", "ATM 章贡营业部"),
    ("2026-10-26", "15:47:12", "医保个账划入", "+126.40", "", ""),
    ("2026-10-29", "09:03:31", "代扣话费", "-59.00", "", "中国移动"),
]


def zh_stmt_ganzhou() -> tuple[bytes, dict]:
    """赣州银行's 客户交易流水: one signed 交易金额 column (+/-) and a 账户余额 column, 记账日期 and 交易时间 apart,
    a head in two columns, 第1页/共1页 and a 电子印章 in the corner."""
    p = Page(A4, zh=True)
    p.box(40, 36, 26, 26, fill=(0.75, 0.1, 0.15), stroke=None, radius=4)
    p.t(53, 55, "赣", 15, bold=True, color=(1, 1, 1), align="c")
    p.t(74, 55, "赣州银行", 16, bold=True, color=(0.75, 0.1, 0.15))
    p.t(p.w / 2, 92, "客户交易流水", 15, bold=True, align="c")
    opening = 2318.44
    bals = []
    bal = opening
    for r in GZB_ROWS:
        bal = round(bal + _f(r[3].replace("+", "")), 2)
        bals.append(bal)
    closing = bals[-1]
    y = 116
    for a, b in (("客户名称：牟凤霞", "账号：6231 0700 1288 4561 237"),
                 ("查询期间：2026年10月01日-2026年10月31日", "币种：人民币元"),
                 (f"期初余额：{_m(opening)}", f"期末余额：{_m(closing)}")):
        p.t(40, y, a, 9)
        p.t(320, y, b, 9)
        y += 16
    rows = [["序号", "记账日期", "交易时间", "交易摘要", "交易金额", "账户余额", "对方账号", "对方户名"]]
    for k, (r, b) in enumerate(zip(GZB_ROWS, bals, strict=True), 1):
        rows.append([str(k), r[0], r[1], r[2], r[3], _m(b), r[4], r[5]])
    y = p.table(30, y + 4, [24, 56, 48, 60, 58, 60, 72, 158], rows, rh=17, size=7.3,
                aligns=["c", "l", "l", "l", "r", "r", "l", "l"], grid=False, hlines=True,
                head_fill=(0.96, 0.88, 0.88))
    p.t(40, y + 22, f"共 {len(GZB_ROWS)} 笔    收入合计：5,291.40    支出合计：4,290.17", 8.5)
    p.t(40, y + 40, "本流水由赣州银行章贡支行打印，可通过官网验证码核验真伪。验证码：GZ7Q-22K8", 7.5, color=(0.4, 0.4, 0.4))
    p.t(p.w / 2, 800, "第1页/共1页", 8, align="c", color=(0.4, 0.4, 0.4))
    p.stamp(460, y + 80, 38, "赣州银行股份有限公司章贡支行", "电子印章")
    return p.pdf(), {"closing": _m(closing).replace(",", "")}


def zh_stmt_mybank_app() -> tuple[bytes, dict]:
    """网商银行's app 账户明细 screen: a date-range chip, the holder and the card's last four, 期末余额 in a card,
    transactions grouped under day headers with the balance in grey under each amount."""
    p = Page((390, 844), zh=True)
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.98), stroke=None)
    p.t(22, 22, "10:07", 11, bold=True)
    p.t(368, 22, "4G 61%", 10, align="r")
    p.t(22, 60, "‹", 18)
    p.t(195, 60, "账户明细", 15, bold=True, align="c")
    p.box(16, 80, 358, 96, fill=(0.1, 0.42, 0.85), stroke=None, radius=10)
    p.t(30, 104, "网商银行 · 活期账户（尾号3308）", 10, color=(1, 1, 1))
    p.t(30, 122, "户名：逯建平", 10, color=(0.9, 0.95, 1))
    p.t(30, 146, "期末余额(元)", 9, color=(0.85, 0.9, 1))
    rows = [("10月30日", "余利宝转入", "+800.00"), ("10月27日", "网商贷还款", "-1,318.60"),
            ("10月20日", "商户收款（经营）", "+2,460.00"), ("10月14日", "支付宝提现", "+1,500.00"),
            ("10月09日", "转出至 农业银行(6645)", "-2,000.00"), ("10月03日", "进货款 义乌小商品城", "-1,736.50")]
    opening = 3973.41
    amounts = [_f(a.replace("+", "")) for _d, _s, a in reversed(rows)]
    bal = opening
    bals = []
    for a in amounts:
        bal = round(bal + a, 2)
        bals.append(bal)
    bals = list(reversed(bals))
    p.t(30, 168, _m(bals[0]), 18, bold=True, color=(1, 1, 1))
    p.box(16, 188, 170, 28, fill=(1, 1, 1), stroke=(0.8, 0.8, 0.85), radius=14)
    p.t(101, 206, "2026.10.01-2026.10.31 ▾", 9, align="c")
    p.t(360, 206, "筛选", 10, align="r", color=(0.1, 0.42, 0.85))
    y = 236
    for (d, s, a), b in zip(rows, bals, strict=True):
        p.t(20, y, "2026年" + d, 8.5, color=(0.5, 0.5, 0.5))
        p.box(12, y + 6, 366, 50, fill=(1, 1, 1), stroke=None, radius=6)
        p.t(24, y + 27, s, 11)
        p.t(366, y + 27, a, 11, bold=True, align="r", color=(0.85, 0.3, 0.1) if a.startswith("+") else (0, 0, 0))
        p.t(366, y + 46, f"余额 {_m(b)}", 8.5, align="r", color=(0.55, 0.55, 0.55))
        y += 74
    p.t(195, 700, f"期初余额 {_m(opening)}", 9, align="c", color=(0.55, 0.55, 0.55))
    p.t(195, 720, "—— 已显示全部 ——", 8.5, align="c", color=(0.6, 0.6, 0.6))
    return p.pdf(), {"closing": _m(bals[0]).replace(",", "")}


ZYR_ROWS = [  # dd, out, in, summary, branch
    ("2026.09.02", "", "3,100.00", "工资", "汇川支行"),
    ("2026.09.06", "800.00", "", "ATM取款", "高坪分理处"),
    ("2026.09.14", "1,460.00", "", "转账支出", "手机银行"),
    ("2026.09.21", "", "0.92", "利息", "汇川支行"),
    ("2026.09.25", "219.50", "", "跨行消费", "银联"),
    ("2026.10.02", "", "3,100.00", "工资", "汇川支行"),
    ("2026.10.08", "1,000.00", "", "柜台取款", "汇川支行"),
    ("2026.10.13", "66.80", "", "代扣水费", "批量"),
    ("2026.10.19", "1,850.00", "", "转账支出", "手机银行"),
    ("2026.10.28", "", "200.00", "转账存入", "手机银行"),
]


def zh_stmt_zunyi_rcb() -> tuple[bytes, dict]:
    """A Guizhou rural commercial bank's 个人账户对账单, landscape: 交易日 | 支取 | 存入 | 结余 | 摘要 | 网点 with dotted
    dates, the head as label rows in a box, 承上页 / 过次页 style totals, a 业务章 on the right margin."""
    p = Page(landscape(A4), zh=True)
    p.t(50, 44, "遵义汇川农村商业银行", 15, bold=True, color=(0.0, 0.45, 0.25))
    p.t(p.w / 2, 72, "个 人 账 户 对 账 单", 15, bold=True, align="c")
    p.box(50, 84, p.w - 100, 42, fill=None)
    p.t(60, 100, "户名：佴长贵", 9.5)
    p.t(260, 100, "卡/账号：6228 5306 2170 0049 118", 9.5)
    p.t(560, 100, "币种：人民币", 9.5)
    p.t(60, 118, "对账期间：2026.09.01—2026.10.31", 9.5)
    p.t(560, 118, "打印网点：汇川支行", 9.5)
    opening = 1287.06
    bals = _running(opening, ZYR_ROWS, 1, 2)
    rows = [["交易日", "支取", "存入", "结余", "摘要", "网点"], ["2026.09.01", "", "", _m(opening), "承上期", ""]]
    for r, b in zip(ZYR_ROWS, bals, strict=True):
        rows.append([r[0], r[1], r[2], _m(b), r[3], r[4]])
    tout = sum(_f(r[1]) for r in ZYR_ROWS)
    tin = sum(_f(r[2]) for r in ZYR_ROWS)
    rows.append(["合计", _m(tout), _m(tin), _m(bals[-1]), "本期结余", ""])
    p.table(50, 138, [90, 100, 100, 110, 150, 130], rows, rh=17, size=8.5,
            aligns=["l", "r", "r", "r", "l", "l"], head_fill=(0.88, 0.95, 0.9))
    p.stamp(p.w - 110, 300, 40, "遵义汇川农村商业银行汇川支行", "业务专用章")
    p.t(50, 530, "温馨提示：本对账单仅反映所列期间交易，如有不符请于十五日内到开户网点核对。", 8, color=(0.35, 0.35, 0.35))
    return p.pdf(), {"closing": _m(bals[-1]).replace(",", "")}


def zh_med_outpatient_receipt() -> tuple[bytes, dict]:
    """A community health centre's 门诊收费票据 (the 财政部监制 style): 交款人 / 开票日期 head, a 项目|金额 grid in three
    pairs, 合计（大写）and（小写）, the insurance split (统筹 / 个人账户 / 个人现金) and the payee's seal."""
    p = Page((600, 340), zh=True)
    p.t(300, 30, "内蒙古自治区医疗门诊收费票据（电子）", 14, bold=True, align="c", color=(0.55, 0.1, 0.1))
    p.t(300, 46, "财政部监制", 8, align="c", color=(0.55, 0.1, 0.1))
    p.t(30, 68, "票据代码：15060126     票据号码：0048217639     校验码：8c1f5e", 8)
    p.t(30, 86, "交款人：寇玉兰", 9.5)
    p.t(200, 86, "医保类型：城乡居民", 9)
    p.t(400, 86, "开票日期：2026-10-19", 9.5)
    items = [("西药费", "84.30"), ("检查费", "60.00"), ("化验费", "48.00"), ("治疗费", "27.50"),
             ("一般诊疗费", "10.00"), ("卫生材料费", "7.00")]
    total = sum(_f(v) for _k, v in items)
    rows = [["项目名称", "金额(元)", "项目名称", "金额(元)", "项目名称", "金额(元)"]]
    for i in range(0, 6, 3):
        rows.append([items[i][0], items[i][1], items[i + 1][0], items[i + 1][1], items[i + 2][0], items[i + 2][1]])
    y = p.table(30, 96, [100, 80, 100, 80, 100, 80], rows, rh=20, size=9, aligns=["l", "r"] * 3,
                head_fill=(0.98, 0.93, 0.93))
    p.box(30, y, 540, 22)
    p.t(36, y + 15, f"合计（大写）{_daxie(total)}", 9.5)
    p.t(400, y + 15, f"（小写）{_m(total)}", 9.5, bold=True)
    pool = 118.40
    acct = 60.00
    cash = round(total - pool - acct, 2)
    p.t(30, y + 42, f"业务流水号：MZ20261019-0316  医保统筹支付：{_m(pool)}  个人账户支付：{_m(acct)}  "
                    f"个人现金支付：{_m(cash)}", 8)
    p.t(30, y + 58, "门诊号：2610190316   科室：全科诊室", 8)
    p.t(30, 318, "收款单位（章）：呼和浩特市赛罕区大学西路社区卫生服务中心", 9)
    p.t(440, 318, "收款人：乌兰", 9)
    p.stamp(480, 262, 34, "呼和浩特市赛罕区大学西路社区卫生服务中心", "财务专用章")
    return p.pdf(), {"total": _m(total).replace(",", "")}


def zh_med_inpatient_settlement() -> tuple[bytes, dict]:
    """A prefecture hospital's 住院费用结算单: 住院号, 入院 / 出院 / 结算 dates in a grid, 费用类别 in two column pairs,
    费用总额, then 基金支付 (统筹, 大病) and 个人支付 split, 大写 of the 个人支付, a 住院处 seal."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 54, "红河州第三人民医院", 15, bold=True, align="c")
    p.t(p.w / 2, 78, "住院费用结算单", 13, bold=True, align="c")
    info = [["姓名", "厍志强", "性别", "男", "年龄", "58岁"],
            ["住院号", "ZY2026104417", "科别", "心血管内科", "床号", "17"],
            ["入院日期", "2026-10-05", "出院日期", "2026-10-14", "住院天数", "9"],
            ["医保类别", "职工医保", "结算日期", "2026-10-14", "结算方式", "出院结算"]]
    y = p.table(45, 96, [70, 100, 70, 100, 70, 95], info, rh=19, size=9, head=0, aligns=["l"] * 6)
    cats = [("床位费", "540.00"), ("诊察费", "180.00"), ("检查费", "3,426.00"), ("化验费", "1,887.50"),
            ("治疗费", "2,214.80"), ("手术费", "0.00"), ("西药费", "6,032.45"), ("中成药费", "418.60"),
            ("卫生材料费", "3,569.00"), ("护理费", "374.00")]
    total = round(sum(_f(v) for _k, v in cats), 2)
    rows = [["费用类别", "金额", "费用类别", "金额"]]
    for i in range(0, 10, 2):
        rows.append([cats[i][0], cats[i][1], cats[i + 1][0], cats[i + 1][1]])
    y = p.table(45, y + 14, [120, 132, 120, 133], rows, rh=19, size=9, aligns=["l", "r", "l", "r"])
    pool, serious = 11_260.00, 1_620.00
    own = round(total - pool - serious, 2)
    rows = [["费用总额", _m(total), "统筹基金支付", _m(pool)],
            ["大病保险支付", _m(serious), "个人支付", _m(own)],
            ["预交金", "6,000.00", "应退金额", _m(round(6000 - own, 2))]]
    y = p.table(45, y + 12, [120, 132, 120, 133], rows, rh=20, size=9.5, head=0, aligns=["l", "r", "l", "r"])
    p.t(45, y + 22, f"个人支付（大写）：{_daxie(own)}", 9.5)
    p.t(45, y + 48, "收款员：李秀琼      打印时间：2026-10-14 16:22      本单据为住院结算凭证，请妥善保管。", 8.5)
    p.stamp(440, y + 90, 40, "红河州第三人民医院住院处", "收费专用章")
    return p.pdf(), {"total": _m(total).replace(",", ""), "own": _m(own).replace(",", "")}


def zh_med_pharmacy_ticket() -> tuple[bytes, dict]:
    """A chain pharmacy's thermal ticket (58 mm): 销售单号, date and time, drug lines with spec and quantity, 应收 /
    医保统筹 / 个账 / 微信, a 会员 line with a masked phone number; no patient name."""
    p = Page((190, 470), zh=True)
    y = 28
    p.t(95, y, "康之源大药房（新华路店）", 9.5, bold=True, align="c")
    y += 14
    p.t(95, y, "医保定点零售药店", 7, align="c")
    y += 18
    for s in ("销售单号：XS2610270186", "日期：2026-10-27 19:42:15", "收银员：07  班次：晚班"):
        p.t(10, y, s, 7.2)
        y += 12
    p.line(8, y - 4, 182, y - 4, 0.5, dash=(1.5, 1.5))
    items = [("阿托伐他汀钙片", "20mg*7片", 2, 26.80), ("硝苯地平控释片", "30mg*12片", 1, 38.50),
             ("医用外科口罩", "10只/袋", 1, 9.90), ("复方丹参滴丸", "27mg*180丸", 1, 26.60)]
    total = 0.0
    y += 8
    for name, spec, q, price in items:
        p.t(10, y, name, 7.5)
        y += 11
        amt = round(q * price, 2)
        total += amt
        p.t(14, y, f"{spec}  {q} x {price:.2f}", 7)
        p.t(182, y, f"{amt:.2f}", 7.5, align="r")
        y += 13
    p.line(8, y - 4, 182, y - 4, 0.5, dash=(1.5, 1.5))
    total = round(total, 2)
    pool = 47.20
    acct = round(total - pool - 30.0, 2)
    y += 8
    for k, v in (("商品数量", "5"), ("应收金额", f"{total:.2f}"), ("医保统筹", f"{pool:.2f}"),
                 ("个人账户", f"{acct:.2f}"), ("微信支付", "30.00"), ("找零", "0.00")):
        p.t(10, y, k, 7.5, bold=k == "应收金额")
        p.t(182, y, v, 7.5, bold=k == "应收金额", align="r")
        y += 12
    p.line(8, y - 4, 182, y - 4, 0.5, dash=(1.5, 1.5))
    y += 8
    p.t(10, y, "会员：139****2275  积分+128", 7)
    y += 12
    p.t(10, y, "处方药凭处方销售 请遵医嘱", 7)
    y += 12
    p.t(10, y, "药品售出后无质量问题不退换", 7)
    y += 16
    p.t(95, y, "谢谢惠顾 祝您健康", 7.5, align="c")
    return p.pdf(), {"total": f"{total:.2f}"}


def zh_unemp_hohhot() -> tuple[bytes, dict]:
    """A Hohhot district employment service's 失业登记证明: a numbered certificate, a bordered field table (姓名 /
    身份证 / 原单位 / 失业原因 / 登记日期), a sentence of proof, the issuer's seal over its name and date."""
    p = Page(A4, zh=True)
    p.box(40, 40, p.w - 80, 560, fill=None, lw=1.6)
    p.box(46, 46, p.w - 92, 548, fill=None, lw=0.5)
    p.t(p.w / 2, 100, "失 业 登 记 证 明", 20, bold=True, align="c")
    p.t(p.w - 70, 128, "编号：呼回就失〔2026〕第01472号", 9, align="r")
    rows = [["姓  名", "闵晓东", "性  别", "男"],
            ["公民身份号码", "150103198911******", "民  族", "回族"],
            ["原工作单位", "呼和浩特市众鑫乳业包装有限公司", "", ""],
            ["失业原因", "用人单位经济性裁员", "", ""],
            ["失业登记日期", "2026年10月12日", "就业失业登记证号", "1501030026014720"]]
    p.table(70, 148, [92, 168, 110, 105], rows, rh=28, size=10, head=0, aligns=["l"] * 4)
    p.t(80, 320, "兹证明上述人员已在我中心办理失业登记，登记期间可按规定享受", 11)
    p.t(80, 342, "免费职业介绍、职业培训补贴等公共就业服务。", 11)
    p.t(80, 364, "特此证明。", 11)
    p.t(p.w - 90, 452, "呼和浩特市回民区公共就业服务中心", 11, align="r")
    p.t(p.w - 120, 500, "2026年10月12日", 11, align="r")
    p.stamp(p.w - 170, 476, 46, "呼和浩特市回民区公共就业服务中心", "业务专用章")
    p.t(70, 570, "（本证明有效期六个月，复印无效）", 8.5, color=(0.35, 0.35, 0.35))
    return p.pdf(), {}


def zh_income_bank_template() -> tuple[bytes, dict]:
    """A bank's loan-application 收入证明 template, typed in: 兹证明 sentence with blanks filled, 月收入 in 大写 and
    小写, a small table of the employer's address and HR contact, a note that the employer bears responsibility."""
    p = Page(A4, zh=True)
    p.t(50, 46, "（适用于个人消费贷款申请）", 8.5, color=(0.4, 0.4, 0.4))
    p.t(p.w / 2, 90, "收 入 证 明", 20, bold=True, align="c")
    p.t(60, 140, "中国建设银行股份有限公司昆明分行：", 11)
    lines = ["    兹证明 蒯丽娟 （身份证号码：530111199204******）为我单位正式员工，",
             "自 2019 年 3 月起在我单位工作，现任 前厅部主管 职务。",
             "该员工近十二个月平均月收入（税前）为人民币（大写）陆仟贰佰元整，",
             "（小写）¥6,200.00 元。",
             "    我单位保证上述信息真实有效，如有不实，愿承担相应责任。"]
    y = 170
    for s in lines:
        p.t(60, y, s, 11)
        y += 26
    rows = [["单位名称", "昆明滇池星辰酒店管理有限公司"], ["单位地址", "昆明市西山区滇池路1288号"],
            ["人事部门联系人", "和志红"], ["联系电话", "0871-6418 2290"]]
    y = p.table(60, y + 10, [120, 350], rows, rh=24, size=10, head=0, aligns=["l", "l"])
    p.t(330, y + 50, "单位（公章）：", 11)
    p.t(330, y + 80, "日期：2026年11月3日", 11)
    p.stamp(492, y + 62, 44, "昆明滇池星辰酒店管理有限公司", "人事专用章")
    return p.pdf(), {}


def zh_other_labor_contract() -> tuple[bytes, dict]:
    """Look-alike: page 2 of a 劳动合同书 (工作时间, 劳动报酬 with a monthly wage, 社会保险): an agreement about pay,
    not proof of what was paid."""
    p = Page(A4, zh=True)
    p.t(p.w - 50, 40, "第 2 页 共 6 页", 8, align="r", color=(0.4, 0.4, 0.4))
    parts = [("三、工作时间和休息休假", ["1. 甲方安排乙方执行标准工时制度，每日工作8小时，每周工作40小时。",
                                   "2. 甲方因生产经营需要安排乙方加班的，依法支付加班工资或安排补休。"]),
             ("四、劳动报酬", ["1. 乙方月工资为人民币 4,800 元（试用期月工资 4,300 元），",
                            "   甲方于每月 15 日前以货币形式足额支付上月工资。",
                            "2. 绩效奖金根据甲方《薪酬管理办法》考核发放。",
                            "3. 甲方依法代扣代缴乙方个人所得税及社会保险个人缴纳部分。"]),
             ("五、社会保险和福利待遇", ["1. 甲乙双方依法参加社会保险，按时足额缴纳社会保险费。",
                                   "2. 乙方患病或非因工负伤的医疗期及待遇按国家有关规定执行。"]),
             ("六、劳动保护和劳动条件", ["1. 甲方为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。"])]
    y = 80
    for head, body in parts:
        p.t(60, y, head, 11.5, bold=True)
        y += 24
        for s in body:
            p.t(70, y, s, 10.5)
            y += 21
        y += 10
    p.t(60, y + 20, "甲方：常州新北区锐拓精密模具有限公司（盖章）", 10.5)
    p.t(60, y + 46, "乙方（签字）：", 10.5)
    p.hand(150, y + 46, "隗振国", 15, key="contract")
    return p.pdf(), {}


def zh_other_discharge_summary() -> tuple[bytes, dict]:
    """Look-alike: a hospital's 出院记录 (diagnoses, course of treatment, discharge advice): a medical record with the
    patient, dates and a doctor's name, but no charges."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 54, "丽江市古城区人民医院", 14, bold=True, align="c")
    p.t(p.w / 2, 80, "出 院 记 录", 15, bold=True, align="c")
    p.t(50, 110, "姓名：仉秋菊   性别：女   年龄：46岁   科室：消化内科   住院号：LJ2610088", 9.5)
    p.line(50, 118, p.w - 50, 118, 0.6)
    blocks = [("入院日期：", "2026年10月8日"), ("出院日期：", "2026年10月16日"),
              ("入院诊断：", "1. 急性胰腺炎（轻症）  2. 胆囊结石"),
              ("诊疗经过：", "入院后予禁食、抑酸、抑酶、补液等治疗，腹痛缓解，复查淀粉酶恢复正常。"),
              ("出院诊断：", "1. 急性胰腺炎（轻症）  2. 胆囊结石伴慢性胆囊炎"),
              ("出院情况：", "神志清，腹软，无压痛，饮食可。"),
              ("出院医嘱：", "低脂饮食，戒酒；1个月后门诊复查，择期行胆囊切除术。")]
    y = 144
    for k, v in blocks:
        p.t(50, y, k, 10, bold=True)
        p.t(122, y, v, 10)
        y += 26
    p.t(360, y + 30, "医师签名：", 10)
    p.hand(420, y + 30, "杨丽萍", 14, key="dis")
    p.t(360, y + 56, "2026年10月16日", 10)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

def en_pay_au_council() -> tuple[bytes, dict]:
    """An Australian shire council's monthly payslip: ABN and classification in the head, Hours & Earnings with
    hours x rate, Deductions (PAYG withholding, salary sacrifice, union), the employer's superannuation (not paid to
    the employee), leave balances, This Pay / YTD columns and the net pay's BSB."""
    p = Page(A4)
    p.box(0, 0, p.w, 70, fill=(0.16, 0.3, 0.22), stroke=None)
    p.t(40, 34, "Bungaree Plains Shire Council", 17, bold=True, color=(1, 1, 1))
    p.t(40, 52, "ABN 61 204 883 917  ·  PO Box 42, Bungaree Plains VIC 3352", 8.5, color=(0.85, 0.93, 0.88))
    p.t(p.w - 40, 40, "PAYSLIP", 16, bold=True, color=(1, 1, 1), align="r")
    kv = [("Employee", "Tahnee Wirrpanda-Coulson"), ("Employee ID", "004518"),
          ("Position", "Library Officer (Band 4)"), ("Employment basis", "Full-time"),
          ("Pay period", "01/10/2026 - 31/10/2026"), ("Payment date", "31/10/2026"),
          ("Hourly rate", "$42.15"), ("Annual salary", "$82,202.40")]
    y = 96
    for i, (k, v) in enumerate(kv):
        x = 40 if i % 2 == 0 else 310
        p.t(x, y, k, 8.5, color=(0.4, 0.4, 0.4))
        p.t(x + 100, y, v, 9, bold=True)
        if i % 2:
            y += 16
    hours, rate = 152.0, 42.15
    ordinary = round(hours * rate, 2)
    tool = 86.40
    gross = round(ordinary + tool, 2)
    rows = [["Hours & Earnings", "Hours", "Rate", "This Pay", "YTD"],
            ["Ordinary hours", f"{hours:.2f}", f"{rate:.4f}", _m(ordinary), _m(ordinary * 4)],
            ["Uniform / tool allowance", "", "", _m(tool), _m(tool * 4)],
            ["Gross earnings", "", "", _m(gross), _m(gross * 4)]]
    y = p.table(40, y + 14, [205, 60, 70, 90, 90], rows, rh=18, size=8.8, aligns=["l", "r", "r", "r", "r"],
                head_fill=(0.88, 0.93, 0.9), grid=False, hlines=True)
    ded = [("PAYG withholding", 1272.00), ("Salary sacrifice - super", 200.00), ("Union fees (ASU)", 48.75)]
    dsum = round(sum(v for _k, v in ded), 2)
    rows = [["Deductions", "", "", "This Pay", "YTD"], *[[k, "", "", _m(v), _m(v * 4)] for k, v in ded],
            ["Total deductions", "", "", _m(dsum), _m(dsum * 4)]]
    y = p.table(40, y + 12, [205, 60, 70, 90, 90], rows, rh=18, size=8.8, aligns=["l", "r", "r", "r", "r"],
                head_fill=(0.88, 0.93, 0.9), grid=False, hlines=True)
    net = round(gross - dsum, 2)
    sg = round(ordinary * 0.12, 2)
    rows = [["Superannuation (employer)", "Fund", "", "This Pay", "YTD"],
            ["Superannuation guarantee 12%", "Vision Super", "", _m(sg), _m(sg * 4)]]
    y = p.table(40, y + 12, [205, 130, 0.01, 90 - 0.01, 90], rows, rh=18, size=8.8,
                aligns=["l", "l", "r", "r", "r"], head_fill=(0.88, 0.93, 0.9), grid=False, hlines=True)
    p.box(40, y + 16, 515, 30, fill=(0.16, 0.3, 0.22), stroke=None)
    p.t(52, y + 36, "NET PAY", 12, bold=True, color=(1, 1, 1))
    p.t(250, y + 36, "Paid to BSB 633-000 Acc ****7712", 8.5, color=(0.85, 0.93, 0.88))
    p.t(545, y + 36, f"${_m(net)}", 13, bold=True, color=(1, 1, 1), align="r")
    rows = [["Leave balances (hours)", "Accrued", "Taken", "Balance"],
            ["Annual leave", "12.67", "7.60", "103.41"], ["Personal/carer's leave", "6.33", "0.00", "61.88"],
            ["Long service leave", "", "", "0.00"]]
    p.table(40, y + 62, [205, 90, 90, 130], rows, rh=16, size=8.2, aligns=["l", "r", "r", "r"],
            head_fill=(0.93, 0.93, 0.93), grid=False, hlines=True)
    p.t(40, 800, "Questions about your pay? payroll@bungareeplains.vic.gov.au · (03) 5342 7100", 7.5,
        color=(0.4, 0.4, 0.4))
    return p.pdf(), {"gross": f"{gross:.2f}", "net": f"{net:.2f}"}


def en_pay_lk_garment() -> tuple[bytes, dict]:
    """A Sri Lankan garment factory's monthly pay slip (LKR): EPF number and section in the head, overtime hours at
    a rate, budgetary relief allowance, EPF 8 % and advances deducted, the employer's EPF 12 % / ETF 3 % boxed apart
    (not the employee's pay), net salary in words."""
    p = Page(A5)
    p.t(p.w / 2, 34, "RATMALANA LOOMCRAFT APPAREL (PVT) LTD", 11, bold=True, align="c")
    p.t(p.w / 2, 48, "No. 27, Galle Road, Ratmalana  |  Tel 011 263 9041", 7.5, align="c")
    p.t(p.w / 2, 68, "SALARY SLIP - OCTOBER 2026", 10.5, bold=True, align="c")
    for i, (k, v) in enumerate([("Name", "Dilrukshi Wijesundara"), ("EPF No", "4417"), ("Section", "Sewing Line 06"),
                                ("Designation", "Machine Operator")]):
        p.t(28, 90 + 13 * i, f"{k:<12}", 8, face="Courier")
        p.t(100, 90 + 13 * i, ": " + v, 8.5)
    basic, brall = 48500.00, 3500.00
    ot_rate = round(basic / 200 * 1.5, 2)
    ot = round(14.5 * ot_rate, 2)
    att = 2500.00
    gross = round(basic + brall + ot + att, 2)
    epf = round((basic + brall) * 0.08, 2)
    ded = [("EPF 8%", epf), ("Welfare Society", 300.00), ("Salary Advance", 5000.00), ("Stamp Duty", 25.00),
           ("APIT", 0.00)]
    dsum = round(sum(v for _k, v in ded), 2)
    net = round(gross - dsum, 2)
    rows = [["EARNINGS", "LKR", "DEDUCTIONS", "LKR"],
            ["Basic Salary", _m(basic), ded[0][0], _m(ded[0][1])],
            ["B.R. Allowance", _m(brall), ded[1][0], _m(ded[1][1])],
            [f"O/T 14.5 hrs @ {ot_rate:.2f}", _m(ot), ded[2][0], _m(ded[2][1])],
            ["Attendance Bonus", _m(att), ded[3][0], _m(ded[3][1])],
            ["", "", ded[4][0], _m(ded[4][1])],
            ["Gross Salary", _m(gross), "Total Deductions", _m(dsum)]]
    y = p.table(24, 146, [112, 75, 95, 88], rows, rh=16, size=7.8, aligns=["l", "r", "l", "r"])
    p.box(24, y + 8, 370, 20, fill=(0.92, 0.92, 0.92))
    p.t(30, y + 22, "NET SALARY", 9.5, bold=True)
    p.t(388, y + 22, _m(net), 10, bold=True, align="r")
    p.t(24, y + 42, "Rupees Fifty Thousand Two Hundred Eighty Nine and Cents Thirty Eight Only", 7.5)
    p.box(24, y + 54, 200, 34)
    p.t(30, y + 66, "Employer contributions (not deducted)", 6.8, color=(0.3, 0.3, 0.3))
    p.t(30, y + 80, f"EPF 12%: {_m((basic + brall) * 0.12)}   ETF 3%: {_m((basic + brall) * 0.03)}", 7.2)
    p.t(24, y + 108, "Credited to BOC A/C ending 5520 on 31/10/2026", 7.2)
    p.t(250, y + 108, "Authorised: ________", 7.2)
    return p.pdf(), {"gross": f"{gross:.2f}", "net": f"{net:.2f}"}


def en_pay_in_hospital() -> tuple[bytes, dict]:
    """An Indian hospital's salary slip: employee details in a four-column grid (UAN, ESI No, PAN, days paid / LOP),
    Earnings and Deductions side by side (PF, ESI, Professional Tax, TDS), Net Salary with the amount in words."""
    p = Page(A4)
    p.t(p.w / 2, 50, "Sreevalsam Multispeciality Hospital", 16, bold=True, align="c", color=(0.45, 0.1, 0.3))
    p.t(p.w / 2, 66, "Kuruppam Road, Thrissur, Kerala 680001", 8.5, align="c")
    p.t(p.w / 2, 92, "Salary Slip for the month of Oct-2026", 11.5, bold=True, align="c")
    grid = [["Employee Name", "Anjali Parameswaran", "Employee Code", "SMH-1187"],
            ["Designation", "Staff Nurse Gr. II", "Department", "Nephrology"],
            ["UAN", "101845229316", "ESI No", "5100283411"],
            ["PAN", "BXKPA7712Q", "Days Paid / LOP", "31 / 0"],
            ["Bank A/c", "XXXXXXXX4407 (SBI)", "Date of Joining", "12-06-2021"]]
    y = p.table(45, 106, [100, 155, 100, 150], grid, rh=18, size=8.5, head=0, aligns=["l"] * 4)
    earn = [("Basic", 16500.0), ("HRA", 6600.0), ("Conveyance", 1600.0), ("Special Allowance", 6150.0)]
    ded = [("Provident Fund", 1980.0), ("ESI", 232.0), ("Professional Tax", 208.0), ("TDS", 0.0)]
    g = sum(v for _k, v in earn)
    d = sum(v for _k, v in ded)
    rows = [["Earnings", "Amount (Rs.)", "Deductions", "Amount (Rs.)"]]
    for (a, av), (b, bv) in zip(earn, ded, strict=True):
        rows.append([a, _m(av), b, _m(bv)])
    rows.append(["Gross Earnings", _m(g), "Total Deductions", _m(d)])
    y = p.table(45, y + 16, [155, 100, 150, 100], rows, rh=19, size=9, aligns=["l", "r", "l", "r"],
                head_fill=(0.95, 0.9, 0.93))
    net = g - d
    p.t(50, y + 24, f"Net Salary: Rs. {_m(net)}", 11, bold=True)
    p.t(50, y + 42, "(Rupees Twenty Eight Thousand Four Hundred Thirty Only)", 9)
    p.t(50, y + 74, "This is a computer generated slip and does not require signature.", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf(), {"gross": f"{g:.2f}", "net": f"{net:.2f}"}


SACCO_ROWS = [  # date, ref, narration, out, in
    ("02-Oct-2026", "MP8K2LQ", "M-Pesa deposit 0722***418", "", "3,500.00"),
    ("05-Oct-2026", "CHQ1044", "Cheque clearing - TSC salary", "", "38,620.00"),
    ("05-Oct-2026", "LN-DED", "Dev. loan repayment L/00871", "12,400.00", ""),
    ("06-Oct-2026", "SO-221", "Standing order - school fees", "9,000.00", ""),
    ("11-Oct-2026", "ATM0931", "ATM withdrawal Nyeri branch", "6,000.00", ""),
    ("17-Oct-2026", "MP9A0TT", "Withdrawal to M-Pesa", "4,250.00", ""),
    ("24-Oct-2026", "SH-CAP", "Share capital top-up", "1,000.00", ""),
    ("30-Oct-2026", "CHG", "Ledger fee", "150.00", ""),
]


def en_stmt_ke_sacco() -> tuple[bytes, dict]:
    """A Kenyan teachers' SACCO's FOSA savings statement: the society's registration line, member number and payroll
    number, Date | Ref | Narration | Money Out | Money In | Running Bal, Opening and Closing balances as rows."""
    p = Page(A4)
    p.t(40, 48, "MWANGAZA TEACHERS SACCO SOCIETY LTD", 14, bold=True, color=(0.05, 0.3, 0.55))
    p.t(40, 62, "Reg. No. CS/7721  ·  Kimathi Way, Nyeri  ·  Regulated by SASRA", 8, color=(0.35, 0.35, 0.35))
    p.t(p.w - 40, 48, "FOSA SAVINGS STATEMENT", 11, bold=True, align="r")
    kv = [("Member name", "Grace Wambui Kariuki"), ("Member No.", "M/10392"), ("Payroll No.", "TSC 563201"),
          ("Account", "FOSA 0210-118734"), ("From", "01-Oct-2026"), ("To", "31-Oct-2026")]
    y = 90
    for i, (k, v) in enumerate(kv):
        x = 40 if i % 2 == 0 else 320
        p.t(x, y, k + ":", 9, color=(0.35, 0.35, 0.35))
        p.t(x + 82, y, v, 9, bold=True)
        if i % 2:
            y += 15
    opening = 4_318.90
    bals = _running(opening, SACCO_ROWS, 3, 4)
    rows = [["Date", "Ref", "Narration", "Money Out", "Money In", "Running Bal"],
            ["01-Oct-2026", "", "Opening balance", "", "", _m(opening)]]
    for r, b in zip(SACCO_ROWS, bals, strict=True):
        rows.append([r[0], r[1], r[2], r[3], r[4], _m(b)])
    rows.append(["31-Oct-2026", "", "Closing balance", "", "", _m(bals[-1])])
    y = p.table(36, y + 8, [62, 52, 170, 70, 70, 76], rows, rh=17, size=7.8,
                aligns=["l", "l", "l", "r", "r", "r"], head_fill=(0.85, 0.91, 0.97))
    p.t(40, y + 22, "All amounts in Kenya Shillings (KES). Loan balances appear on the separate BOSA statement.", 7.8)
    p.t(40, y + 36, "Errors and omissions must be reported within 14 days.", 7.8)
    return p.pdf(), {"closing": f"{bals[-1]:.2f}"}


PH_ROWS = [  # date, check, description, out, in
    ("10/03", "", "PAYROLL CREDIT - ALBAY GEOTHERMAL SVCS", "", "18,450.00"),
    ("10/04", "", "ATM W/D LEGAZPI MAIN", "5,000.00", ""),
    ("10/09", "000812", "CHECK ENCASHMENT", "3,200.00", ""),
    ("10/15", "", "BILLS PAYMENT - ALECO ELECTRIC", "1,874.35", ""),
    ("10/18", "", "PAYROLL CREDIT - ALBAY GEOTHERMAL SVCS", "", "18,450.00"),
    ("10/20", "", "INSTAPAY TRANSFER TO GCASH", "6,500.00", ""),
    ("10/27", "", "ATM W/D DARAGA", "4,000.00", ""),
    ("10/31", "", "INTEREST EARNED", "", "3.18"),
    ("10/31", "", "WITHHOLDING TAX", "0.64", ""),
]


def en_stmt_ph_thrift() -> tuple[bytes, dict]:
    """A Philippine thrift bank's savings statement: US-order dates (mm/dd/yyyy period, mm/dd rows), a Check No.
    column, Beginning and Ending Balance in a summary box, a PDIC line at the foot."""
    p = Page(letter)
    p.t(40, 50, "Bicol Mayon Savings Bank", 16, bold=True, color=(0.1, 0.25, 0.5))
    p.t(40, 64, "A Thrift Bank  ·  Rizal St., Legazpi City, Albay", 8, color=(0.35, 0.35, 0.35))
    p.t(p.w - 40, 50, "STATEMENT OF ACCOUNT", 12, bold=True, align="r")
    p.t(40, 100, "MARICEL PAGDANGANAN", 10, bold=True)
    p.t(40, 114, "Purok 4, Brgy. Bogtong", 9)
    p.t(40, 127, "Legazpi City, Albay 4500", 9)
    opening = 2_906.77
    bals = _running(opening, PH_ROWS, 3, 4)
    p.box(340, 90, 232, 76, fill=(0.95, 0.96, 0.99))
    for i, (k, v) in enumerate([("Account No.", "0147-2239-58"), ("Account Type", "Regular Savings"),
                                ("Statement Period", "10/01/2026 - 10/31/2026"),
                                ("Beginning Balance", _m(opening)), ("Ending Balance", _m(bals[-1]))]):
        p.t(348, 104 + 14 * i, k, 8.5)
        p.t(564, 104 + 14 * i, v, 8.5, bold=True, align="r")
    rows = [["Date", "Check No.", "Description", "Withdrawals", "Deposits", "Balance"]]
    for r, b in zip(PH_ROWS, bals, strict=True):
        rows.append([r[0], r[1], r[2], r[3], r[4], _m(b)])
    y = p.table(40, 186, [40, 52, 220, 70, 70, 80], rows, rh=17, size=8, aligns=["l", "l", "l", "r", "r", "r"],
                grid=False, hlines=True, head_fill=(0.88, 0.9, 0.96))
    p.t(40, y + 24, "Deposits are insured by PDIC up to P1,000,000 per depositor.", 7.5, color=(0.35, 0.35, 0.35))
    p.t(40, y + 36, "Please examine this statement; no error reported within 30 days means it is correct.", 7.5,
        color=(0.35, 0.35, 0.35))
    return p.pdf(), {"closing": f"{bals[-1]:.2f}"}


def en_stmt_au_app() -> tuple[bytes, dict]:
    """An Australian customer-owned bank's app screen of a monthly statement: the account name with BSB / account
    number, 'Statement 1 Oct - 31 Oct 2026', opening and closing balances, money in / out totals, a few rows."""
    p = Page((390, 844))
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    p.t(22, 22, "2:18", 11, bold=True)
    p.t(368, 22, "LTE 44%", 10, align="r")
    p.box(0, 36, 390, 150, fill=(0.0, 0.42, 0.45), stroke=None)
    p.t(22, 66, "<  Statements", 12, color=(1, 1, 1))
    p.t(22, 100, "Coral Coast Mutual Bank", 10, color=(0.8, 0.95, 0.95))
    p.t(22, 124, "Everyday Access", 17, bold=True, color=(1, 1, 1))
    p.t(22, 146, "Jarrah Pettigrew-Lowe", 10, color=(0.9, 1, 1))
    p.t(22, 166, "BSB 814-282   Acc 1844 2706", 10, color=(0.9, 1, 1))
    p.t(22, 216, "Statement 1 Oct - 31 Oct 2026", 13, bold=True)
    items = [("Opening balance", "$2,117.35"), ("Money in", "+$4,286.10"), ("Money out", "-$5,118.68"),
             ("Closing balance", "$1,284.77")]
    y = 250
    for k, v in items:
        p.t(22, y, k, 11, color=(0.3, 0.3, 0.3))
        p.t(368, y, v, 11, bold=k == "Closing balance", align="r")
        p.line(22, y + 10, 368, y + 10, 0.3, (0.85, 0.85, 0.85))
        y += 30
    p.t(22, y + 14, "Transactions", 12, bold=True)
    tx = [("31 Oct", "Woolworths Townsville", "-$96.40"), ("28 Oct", "Salary CAIRNS MARINE PTY", "+$2,143.05"),
          ("24 Oct", "Ergon Energy", "-$211.80"), ("21 Oct", "Rent to R. Haddad", "-$1,560.00")]
    y += 40
    for d, s, a in tx:
        p.t(22, y, d, 9, color=(0.5, 0.5, 0.5))
        p.t(80, y, s, 10)
        p.t(368, y, a, 10, align="r")
        y += 26
    p.box(22, 760, 346, 40, fill=(0.0, 0.42, 0.45), stroke=None, radius=20)
    p.t(195, 785, "Download PDF", 12, bold=True, color=(1, 1, 1), align="c")
    assert round(2117.35 + 4286.10 - 5118.68, 2) == 1284.77
    return p.pdf(), {"closing": "1284.77"}


def en_med_ph_soa() -> tuple[bytes, dict]:
    """A Philippine hospital's Statement of Account at discharge: admission / discharge dates, charge lines with
    Actual Charges | PhilHealth | HMO | Excess columns, the total row, Amount Due from the patient."""
    p = Page(A4)
    p.t(p.w / 2, 48, "BICOL RIVERSIDE MEDICAL CENTER", 14, bold=True, align="c")
    p.t(p.w / 2, 62, "Naga City, Camarines Sur  ·  DOH License 05-019-26", 8, align="c")
    p.t(p.w / 2, 88, "STATEMENT OF ACCOUNT", 12.5, bold=True, align="c")
    for i, (k, v) in enumerate([("Patient", "RODELIO MACARAEG"), ("Hospital No.", "BRMC-0662417"),
                                ("Admitted", "10/08/2026 07:40 PM"), ("Discharged", "10/12/2026 11:15 AM"),
                                ("Attending", "Dr. Teodoro Villaflor"), ("Room", "Ward 3B-12")]):
        x = 40 if i % 2 == 0 else 310
        p.t(x, 112 + 15 * (i // 2), f"{k}:", 9, color=(0.35, 0.35, 0.35))
        p.t(x + 78, 112 + 15 * (i // 2), v, 9, bold=True)
    lines = [("Room and Board", 9800.00, 2400.00), ("Drugs and Medicines", 18_642.75, 6200.00),
             ("Laboratory", 11_380.00, 3100.00), ("Radiology (CT scan)", 8900.00, 2800.00),
             ("Medical Supplies", 5_792.75, 1500.00), ("Professional Fees", 9700.00, 3500.00)]
    rows = [["Particulars", "Actual Charges", "PhilHealth", "HMO", "Excess"]]
    ta = tp = 0.0
    for k, a, ph in lines:
        rows.append([k, _m(a), _m(ph), "0.00", _m(a - ph)])
        ta += a
        tp += ph
    rows.append(["TOTAL", _m(ta), _m(tp), "0.00", _m(ta - tp)])
    y = p.table(40, 168, [170, 90, 85, 70, 100], rows, rh=19, size=8.8, aligns=["l", "r", "r", "r", "r"],
                head_fill=(0.9, 0.9, 0.9))
    due = round(ta - tp, 2)
    p.box(300, y + 14, 215, 26, fill=(0.93, 0.93, 0.93))
    p.t(308, y + 32, "AMOUNT DUE", 10.5, bold=True)
    p.t(508, y + 32, f"PHP {_m(due)}", 10.5, bold=True, align="r")
    p.t(40, y + 70, "Prepared by: Billing Section     Date printed: 10/12/2026", 8.5)
    p.t(40, y + 86, "Please settle at the Cashier before leaving the ward. Keep this statement for PhilHealth.", 8)
    return p.pdf(), {"total": f"{ta:.2f}", "due": f"{due:.2f}"}


def en_med_in_pharmacy() -> tuple[bytes, dict]:
    """An Indian chemist's GST tax invoice: drug licence and GSTIN, patient and doctor, HSN / batch / expiry / qty /
    MRP / GST% rows, CGST and SGST, round-off, Net Amount."""
    p = Page(A5)
    p.t(p.w / 2, 32, "NILGIRI VALLEY MEDICALS", 12, bold=True, align="c")
    p.t(p.w / 2, 45, "14 Commercial Rd, Ooty 643001  ·  DL No TN-NLG-20B-1182", 7, align="c")
    p.t(p.w / 2, 56, "GSTIN 33ABKFN4471C1ZQ", 7, align="c")
    p.t(p.w / 2, 74, "TAX INVOICE", 10, bold=True, align="c")
    p.t(24, 92, "Bill No: NVM/26-27/04518", 8)
    p.t(p.w - 24, 92, "Date: 24/10/2026", 8, align="r")
    p.t(24, 105, "Patient: Mr. Senthil Kumaravel", 8)
    p.t(p.w - 24, 105, "Dr. R. Balachandar", 8, align="r")
    items = [("Metformin SR 500", "30049099", "MS2611", "08/28", 60, 3.90), ("Glimepiride 2mg", "30049099",
              "GP0942", "03/28", 30, 9.15), ("Telmisartan 40", "30049099", "TL5520", "11/27", 30, 11.20),
             ("Glucometer strips", "38220090", "ST7731", "06/27", 1, 420.00)]
    rows = [["Item", "HSN", "Batch", "Exp", "Qty", "MRP", "Amount"]]
    gross = 0.0
    for n, h, b, e, q, mrp in items:
        amt = round(q * mrp, 2)
        gross += amt
        rows.append([n, h, b, e, str(q), f"{mrp:.2f}", f"{amt:.2f}"])
    y = p.table(20, 114, [100, 56, 46, 34, 28, 44, 66], rows, rh=15, size=7.2,
                aligns=["l", "l", "l", "l", "r", "r", "r"], grid=False, hlines=True)
    gross = round(gross, 2)
    disc = round(gross * 0.10, 2)
    after = gross - disc
    roundoff = round(round(after) - after, 2)
    net = round(after + roundoff, 2)
    y += 14
    for k, v in (("Gross", f"{gross:.2f}"), ("Less discount 10%", f"-{disc:.2f}"),
                 ("(incl. CGST 6% + SGST 6%)", ""), ("Round off", f"{roundoff:+.2f}")):
        p.t(200, y, k, 7.8)
        p.t(p.w - 20, y, v, 7.8, align="r")
        y += 12
    p.box(196, y - 4, p.w - 216, 18, fill=(0.92, 0.92, 0.92))
    p.t(202, y + 9, "Net Amount", 9, bold=True)
    p.t(p.w - 24, y + 9, f"Rs. {net:.2f}", 9, bold=True, align="r")
    p.t(24, y + 40, "Goods once sold will not be taken back. Get well soon!", 7)
    p.t(p.w - 24, y + 60, "For Nilgiri Valley Medicals", 7, align="r")
    return p.pdf(), {"total": f"{net:.2f}"}


def en_med_my_clinic() -> tuple[bytes, dict]:
    """A Malaysian family clinic's official receipt: the clinic's registration, the patient and IC (masked), a
    four-line charge table in RM, total, paid by DuitNow QR."""
    p = Page(A5)
    p.t(p.w / 2, 36, "Klinik Keluarga Seri Impian", 13, bold=True, align="c", color=(0.05, 0.4, 0.45))
    p.t(p.w / 2, 50, "No. 8, Jalan Impian 3/2, 14000 Bukit Mertajam, Pulau Pinang", 7.2, align="c")
    p.t(p.w / 2, 72, "OFFICIAL RECEIPT", 10.5, bold=True, align="c")
    kv = [("Receipt No", "OR-26-10-1583"), ("Date", "15/10/2026"),
          ("Patient", "Nurul Syafiqah binti Kamarulzaman"), ("IC No", "9107**-**-5528"), ("Panel", "Self-pay")]
    y = 92
    for k, v in kv:
        p.t(28, y, k, 8.5, color=(0.35, 0.35, 0.35))
        p.t(100, y, ": " + v, 8.5)
        y += 13
    items = [("Consultation", "35.00"), ("Medication (3 items)", "48.50"), ("Wound dressing", "20.00"),
             ("Urine dipstick test", "8.00")]
    total = sum(_f(v) for _k, v in items)
    rows = [["Description", "RM"], *[[k, v] for k, v in items], ["TOTAL", _m(total)]]
    y = p.table(28, y + 6, [260, 80], rows, rh=17, size=8.5, aligns=["l", "r"])
    p.t(28, y + 20, f"Paid by DuitNow QR: RM {_m(total)}", 8.5)
    p.t(28, y + 34, "Thank you. Semoga cepat sembuh.", 8)
    p.t(p.w - 28, y + 60, "Dr. Loh Kah Wai (MMC 58211)", 7.5, align="r")
    return p.pdf(), {"total": f"{total:.2f}"}


def en_unemp_my_perkeso() -> tuple[bytes, dict]:
    """A Malaysian Social Security Organisation (PERKESO) letter approving the Employment Insurance System's Job
    Search Allowance: bilingual letterhead, reference and date at the right, 'Tuan/Puan,' then a table of the benefit
    (period, rate), the loss of employment date in a sentence."""
    p = Page(A4)
    p.t(60, 56, "PERTUBUHAN KESELAMATAN SOSIAL", 13, bold=True, color=(0.1, 0.25, 0.55))
    p.t(60, 72, "SOCIAL SECURITY ORGANISATION (PERKESO)", 10, color=(0.1, 0.25, 0.55))
    p.t(60, 86, "Sistem Insurans Pekerjaan (SIP) / Employment Insurance System (EIS)", 8)
    p.t(60, 98, "Pejabat PERKESO Seberang Perai Tengah, 13700 Perai", 8)
    p.line(60, 108, p.w - 60, 108, 1.0, (0.1, 0.25, 0.55))
    p.t(p.w - 60, 130, "Ruj. Kami: EIS/SPT/26/017734", 9, align="r")
    p.t(p.w - 60, 144, "Tarikh / Date: 20 October 2026", 9, align="r")
    p.t(60, 176, "MOHD HAFIZUDDIN BIN ZULKEFLI", 10, bold=True)
    p.t(60, 190, "No. 21, Lorong Seruling 5, Taman Seruling", 9)
    p.t(60, 203, "13700 Perai, Pulau Pinang", 9)
    p.t(60, 236, "Tuan/Puan,", 10)
    p.t(60, 260, "APPROVAL OF JOB SEARCH ALLOWANCE (JSA)", 10.5, bold=True)
    body = ["We refer to your claim under the Employment Insurance System. Our records show that your",
            "employment with Perai Lumen Electronics Sdn. Bhd. ended on 30 September 2026 due to retrenchment.",
            "We are pleased to inform you that your claim has been approved as follows:"]
    y = 284
    for s in body:
        p.t(60, y, s, 9.5)
        y += 15
    rows = [["Benefit", "Period", "Rate"],
            ["Job Search Allowance", "Month 1 - Month 6", "80% / 50% / 40% / 40% / 30% / 30%"],
            ["Assumed monthly wage", "", "RM 3,250.00"],
            ["Reemployment allowance", "if re-employed early", "as per EIS Act 2017"]]
    y = p.table(60, y + 8, [150, 130, 195], rows, rh=20, size=8.8, aligns=["l", "l", "l"])
    for s in ["You must continue to register and report with MYFutureJobs each month to remain eligible.",
              "", "Sekian, terima kasih.", "", "Pengurus EIS", "b.p. Ketua Pegawai Eksekutif, PERKESO",
              "", "This letter is computer generated; no signature is required."]:
        y += 16
        p.t(60, y + 10, s, 9.5)
    return p.pdf(), {}


def en_unemp_ke_redundancy() -> tuple[bytes, dict]:
    """A Kenyan employer's Certificate of Service at redundancy (Employment Act s.51): the employee's details and
    dates of service in a two-column list, the reason for termination, a signatory and the company stamp (a box)."""
    p = Page(A4)
    p.t(p.w / 2, 60, "ATHI RIVER CEMENT PACKERS LIMITED", 15, bold=True, align="c")
    p.t(p.w / 2, 76, "P.O. Box 1189 - 00204, Athi River, Kenya  ·  Tel +254 45 662 0413", 8.5, align="c")
    p.line(50, 88, p.w - 50, 88, 1.2)
    p.t(p.w / 2, 120, "CERTIFICATE OF SERVICE", 14, bold=True, align="c")
    p.t(p.w / 2, 136, "(Issued under Section 51 of the Employment Act, 2007)", 8.5, align="c")
    kv = [("Name of employee", "Otieno Barasa Wekesa"), ("National ID No.", "2471****"),
          ("Staff No.", "ARCP/0448"), ("Date of employment", "3rd March 2017"),
          ("Date of termination", "30th September 2026"), ("Last position held", "Bagging Plant Operator"),
          ("Reason for termination", "Redundancy (closure of the Kitengela depot)")]
    y = 170
    for k, v in kv:
        p.t(70, y, k, 10)
        p.t(230, y, ": " + v, 10, bold=True)
        y += 22
    p.t(70, y + 14, "His terminal dues (notice pay, severance pay at 15 days per completed year, and accrued", 9.5)
    p.t(70, y + 29, "leave) have been computed and will be paid in accordance with the Act.", 9.5)
    p.t(70, y + 70, "Date: 30th September 2026", 10)
    p.t(70, y + 120, "_______________________", 10)
    p.t(70, y + 136, "Lucy Njeri Gathogo", 10)
    p.t(70, y + 150, "Human Resources Manager", 9)
    p.box(360, y + 90, 150, 70, fill=None, stroke=(0.2, 0.3, 0.7), lw=1.5)
    p.t(435, y + 110, "ATHI RIVER CEMENT", 8.5, bold=True, align="c", color=(0.2, 0.3, 0.7))
    p.t(435, y + 124, "PACKERS LTD", 8.5, bold=True, align="c", color=(0.2, 0.3, 0.7))
    p.t(435, y + 140, "30 SEP 2026", 9, bold=True, align="c", color=(0.2, 0.3, 0.7))
    p.t(435, y + 153, "HUMAN RESOURCES", 7, align="c", color=(0.2, 0.3, 0.7))
    return p.pdf(), {}


def en_income_in_salary_cert() -> tuple[bytes, dict]:
    """An Indian manufacturer's Salary Certificate 'To whom it may concern': letterhead with CIN, date at the top
    left as dd/mm/yyyy, the gross monthly salary with a component table, the HR signatory."""
    p = Page(A4)
    p.t(60, 56, "COIMBATORE PRECISION CASTINGS PVT. LTD.", 13.5, bold=True, color=(0.3, 0.15, 0.05))
    p.t(60, 71, "SIDCO Industrial Estate, Kurichi, Coimbatore 641021  ·  CIN U27310TZ2008PTC014552", 8)
    p.line(60, 80, p.w - 60, 80, 0.8)
    p.t(60, 108, "Ref: CPC/HR/SC/2026/311", 9)
    p.t(60, 122, "Date: 05/11/2026", 9)
    p.t(p.w / 2, 160, "SALARY CERTIFICATE", 13, bold=True, align="c")
    p.t(p.w / 2, 176, "TO WHOM IT MAY CONCERN", 10, align="c")
    body = ["This is to certify that Mr. Karthikeyan Sundaramoorthy (Emp. No. 2087) is employed with us as",
            "Senior Machinist in the Fettling Shop since 14th July 2015. His gross monthly salary is",
            "Rs. 42,300.00 (Rupees Forty Two Thousand Three Hundred only), made up as follows:"]
    y = 210
    for s in body:
        p.t(60, y, s, 10)
        y += 17
    rows = [["Component", "Per month (Rs.)"], ["Basic + DA", "24,800.00"], ["House Rent Allowance", "9,920.00"],
            ["Shift Allowance", "3,580.00"], ["Other Allowances", "4,000.00"], ["Gross", "42,300.00"]]
    y = p.table(60, y + 8, [220, 130], rows, rh=18, size=9, aligns=["l", "r"])
    p.t(60, y + 24, "This certificate is issued at the request of the employee for the purpose of a loan", 10)
    p.t(60, y + 41, "rescheduling application, without any liability on the part of the company.", 10)
    p.t(60, y + 90, "For Coimbatore Precision Castings Pvt. Ltd.", 10)
    p.t(60, y + 140, "M. Revathi", 10, bold=True)
    p.t(60, y + 154, "Manager - Human Resources", 9)
    return p.pdf(), {}


def en_other_claim_settlement() -> tuple[bytes, dict]:
    """Look-alike: a health insurer's claim settlement letter (amount claimed, amount paid to the hospital,
    deductions disallowed): about a hospital bill, but not the bill."""
    p = Page(A4)
    p.t(60, 56, "Sahyadri Shield Health Insurance Co. Ltd.", 13, bold=True, color=(0.0, 0.35, 0.6))
    p.t(60, 70, "Claims Department, Baner Road, Pune 411045", 8.5)
    p.t(p.w - 60, 100, "Date: 02/11/2026", 9, align="r")
    p.t(60, 130, "CLAIM SETTLEMENT LETTER (CASHLESS)", 11, bold=True)
    rows = [["Claim No.", "SSH/CL/26/0918823"], ["Policy No.", "SSH-FLT-4471-0032"],
            ["Insured / Patient", "Varsha Deshmukh-Kale"], ["Hospital", "Ojas Lifecare Hospital, Kothrud"],
            ["Date of admission / discharge", "14/10/2026 - 18/10/2026"], ["Amount claimed", "Rs. 1,86,450.00"],
            ["Amount settled to hospital", "Rs. 1,61,900.00"], ["Disallowed (non-payable items, co-pay)",
                                                                "Rs. 24,550.00"]]
    y = p.table(60, 146, [220, 255], rows, rh=20, size=9, head=0, aligns=["l", "l"])
    p.t(60, y + 26, "The disallowed amount is payable by the insured directly to the hospital. This letter is not a", 9)
    p.t(60, y + 40, "tax invoice or receipt. For grievances write to care@sahyadrishield.example.", 9)
    return p.pdf(), {}


def en_other_offer_letter() -> tuple[bytes, dict]:
    """Look-alike: a job offer letter (start date in the future, a monthly salary offered, acceptance line): pay
    promised, not pay received."""
    p = Page(letter)
    p.t(60, 60, "Tamaki Harbourside Freight Ltd", 14, bold=True)
    p.t(60, 75, "Level 2, 88 Quay Street, Auckland 1010", 8.5)
    p.t(60, 120, "9 November 2026", 10)
    p.t(60, 150, "Dear Mr Faleolo,", 10)
    p.t(60, 176, "Offer of employment - Warehouse Team Leader", 10.5, bold=True)
    body = ["We are pleased to offer you the position of Warehouse Team Leader, starting on 7 December 2026.",
            "Your salary will be NZ$5,200.00 per month (NZ$62,400 per annum), paid fortnightly in arrears,",
            "with KiwiSaver employer contributions of 3%. A 90-day trial period applies.",
            "",
            "Please sign and return a copy of this letter by 20 November 2026 to accept this offer.",
            "", "Yours sincerely,", "", "", "Aroha Tipene-Whaanga", "Operations Manager", "",
            "Accepted: ____________________   Date: ____________"]
    y = 200
    for s in body:
        p.t(60, y, s, 10)
        y += 16
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: doc -> how it is drawn, its labels, and the forms it comes in (with each photo's conditions)

DOCS: dict[str, dict] = {
    "zh-pay-yunnan-school-strip": dict(
        draw=zh_pay_school_strip, type="payslip", lang="zh",
        fields={"employer": "曲靖市麒麟区沿江第三小学", "employee": "郜婉清", "period": "2026-10",
                "gross_pay": "6748.00", "net_pay": "4959.54"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-3.2, persp=0.06, hand="right", blur=1.0,
                                         quality=68, shadow=0.3)},
        note="a Yunnan primary school's pay strip from the district education payroll centre (A5 landscape): 应发项目 | "
             "金额 | 代扣项目 | 金额 pairs (岗位/薪级工资, 基础性绩效, 乡镇工作补贴, 班主任津贴; 养老, 职业年金, 公积金), "
             "应发小计 / 代扣小计, 实发金额 in 大写 and 小写 in a box, a side note of the pay card's last digits"),
    "zh-pay-shaoxing-mill-tear-strip": dict(
        draw=zh_pay_textile_tear, type="payslip", lang="zh",
        fields={"employer": "绍兴市柯桥区锦澜纺织印染有限公司", "employee": "笪海燕", "period": "2026-10",
                "gross_pay": "5155.90", "net_pay": "4578.13"},
        forms={"photo": dict(desk="wood", angle=4.0, persp=0.07, crumple=0.8, blur=1.1, quality=60, margin=0.2,
                             dpi=200)},
        note="a Shaoxing dyeing mill's tear-off 工资条: one data row under a two-level header (出勤 / 应发项目 / 扣款项目 "
             "merged over their items, 16 narrow columns), the worker's handwritten signature, a dashed tear line; "
             "crumpled"),
    "zh-pay-wuzhong-power-ytd": dict(
        draw=zh_pay_power_supply, type="payslip", lang="zh",
        fields={"employer": ["国网宁夏电力有限公司吴忠供电公司", "吴忠供电公司"], "employee": "訾振宇",
                "period": "2026-10", "gross_pay": "11236.00", "net_pay": "8321.57"},
        forms={"text": {}, "scan": {}},
        note="a state power-supply company's 员工薪酬明细单: a 单位/部门/期间 grid, 收入项 and 扣除项 tables each with 本月 "
             "and 本年累计 columns (year-to-date figures ten times the month's), 实发合计 with its own 本年累计 beside it"),
    "zh-stmt-ganzhou-signed-amount": dict(
        draw=zh_stmt_ganzhou, type="bank_statement", lang="zh",
        fields={"bank": ["赣州银行", "赣州银行股份有限公司"], "account_holder": "牟凤霞",
                "account_number": "6231070012884561237", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "3319.67"},
        forms={"text": {}, "photo": dict(desk="dark", angle=-2.0, persp=0.06, falloff=0.45, exposure=0.85, grain=5,
                                         blur=1.0, quality=63)},
        note="a city commercial bank's 客户交易流水: one signed 交易金额 column (+/-) beside 账户余额, 记账日期 and 交易时间 "
             "apart, 对方账号/对方户名, 期初余额 and 期末余额 in the head, ruled only across, an 电子印章 and 第1页/共1页"),
    "zh-stmt-mybank-app-detail": dict(
        draw=zh_stmt_mybank_app, type="bank_statement", lang="zh",
        fields={"bank": ["网商银行", "浙江网商银行"], "account_holder": "逯建平", "account_number": "3308",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "3678.31"},
        forms={"image": {}},
        note="an online bank's app 账户明细 screen (PNG): a blue card with the account's last four, the holder and 期末余额, "
             "a 2026.10.01-2026.10.31 date chip, rows under day headers newest first with the balance in grey under "
             "each amount, 期初余额 at the foot"),
    "zh-stmt-zunyi-rcb-landscape": dict(
        draw=zh_stmt_zunyi_rcb, type="bank_statement", lang="zh",
        fields={"bank": ["遵义汇川农村商业银行", "汇川农村商业银行"], "account_holder": "佴长贵",
                "account_number": "6228530621700049118", "period_start": "2026-09-01", "period_end": "2026-10-31",
                "closing_balance": "2291.68"},
        forms={"scan": {}, "photo": dict(desk="cloth", angle=2.5, persp=0.07, fold=0.55, shadow=0.35, blur=1.1,
                                         quality=58)},
        note="a Guizhou rural commercial bank's landscape 个人账户对账单: a boxed head (户名, 卡/账号, 对账期间 with dotted "
             "dates), columns 交易日 | 支取 | 存入 | 结余 | 摘要 | 网点, a 承上期 first row and a 合计 / 本期结余 last row, "
             "a seal on the right margin; folded"),
    "zh-med-hohhot-community-receipt": dict(
        draw=zh_med_outpatient_receipt, type="medical_bill", lang="zh",
        fields={"provider": "呼和浩特市赛罕区大学西路社区卫生服务中心", "patient": "寇玉兰", "date": "2026-10-19",
                "total": "236.80"},
        forms={"photo": dict(desk="wood", angle=-5.0, persp=0.08, hand="bottom", blur=1.0, quality=70,
                             margin=0.22, dpi=180)},
        note="a community health centre's 门诊收费票据（电子）(财政部监制 style): 票据代码/号码/校验码, 交款人 and 开票日期, "
             "a three-pair 项目名称|金额 grid, 合计（大写）and（小写）in one boxed row, 医保统筹/个人账户/个人现金 split "
             "in a line, the payee in 收款单位（章）at the foot under its seal"),
    "zh-med-honghe-inpatient-settlement": dict(
        draw=zh_med_inpatient_settlement, type="medical_bill", lang="zh",
        fields={"provider": "红河州第三人民医院", "patient": "厍志强", "date": "2026-10-14",
                "total": ["18642.35", "5762.35"]},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=3.0, persp=0.06, crumple=0.4, blur=0.9,
                                         quality=74)},
        note="a prefecture hospital's 住院费用结算单: a label grid (住院号, 入院/出院/结算日期, 医保类别), ten 费用类别 in "
             "two column pairs, then 费用总额 / 统筹基金支付 / 大病保险支付 / 个人支付 / 预交金 / 应退金额, 个人支付 in 大写 "
             "(费用总额 or 个人支付 counts as the total), 收费专用章"),
    "zh-med-chain-pharmacy-ticket": dict(
        draw=zh_med_pharmacy_ticket, type="medical_bill", lang="zh",
        fields={"provider": ["康之源大药房（新华路店）", "康之源大药房"], "date": "2026-10-27", "total": "128.60"},
        absent=["patient"],
        forms={"photo": dict(desk="dark", angle=6.5, persp=0.07, crumple=0.5, blur=0.9, quality=72, margin=0.35,
                             dpi=260, falloff=0.4)},
        note="a chain pharmacy's 58 mm thermal ticket: 销售单号, date and time, drug lines (name, spec, qty x price), "
             "商品数量 / 应收金额 / 医保统筹 / 个人账户 / 微信支付 / 找零, a member's masked phone; no patient name"),
    "zh-unemp-hohhot-registration-cert": dict(
        draw=zh_unemp_hohhot, type="unemployment_proof", lang="zh",
        fields={"person": "闵晓东", "issuer": "呼和浩特市回民区公共就业服务中心", "date": "2026-10-12"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.5, persp=0.06, shadow=0.4, blur=1.0, quality=66,
                                         hand="right")},
        note="a district public employment service's 失业登记证明 in a double border: 编号, a field table (原工作单位, "
             "失业原因 经济性裁员, 失业登记日期, 就业失业登记证号), a sentence of proof, the centre's name and date under its "
             "seal, a validity note"),
    "zh-income-ccb-loan-template": dict(
        draw=zh_income_bank_template, type="income_proof", lang="zh",
        fields={"employer": "昆明滇池星辰酒店管理有限公司", "employee": "蒯丽娟", "monthly_income": "6200.00",
                "date": "2026-11-03"},
        forms={"photo": dict(desk="cloth", angle=3.5, persp=0.07, blur=1.0, quality=64, fold=0.45)},
        note="a bank's loan-application 收入证明 template typed in: addressed to the bank's branch, 兹证明 … 近十二个月平均"
             "月收入（税前）in 大写 and 小写, a table of the employer's name, address and HR contact, 人事专用章 and date"),
    "zh-other-labour-contract-page": dict(
        draw=zh_other_labor_contract, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-1.8, persp=0.05, blur=0.9, quality=75)},
        note="look-alike: page 2 of a 劳动合同书 (工作时间, 劳动报酬 with a monthly wage of 4,800 元, 社会保险): an agreed "
             "wage, not proof of pay"),
    "zh-other-lijiang-discharge-record": dict(
        draw=zh_other_discharge_summary, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=2.0, persp=0.06, shadow=0.3, blur=1.0, quality=70)},
        note="look-alike: a hospital's 出院记录 (admission and discharge dates, diagnoses, 诊疗经过, 出院医嘱, doctor's "
             "signature): a medical record without charges"),
    "en-pay-au-shire-monthly": dict(
        draw=en_pay_au_council, type="payslip", lang="en",
        fields={"employer": "Bungaree Plains Shire Council", "employee": "Tahnee Wirrpanda-Coulson",
                "period": "2026-10", "gross_pay": "6493.20", "net_pay": "4972.45"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.8, persp=0.06, shadow=0.35, blur=1.0, quality=72)},
        note="an Australian shire council's monthly payslip: a green band with the ABN, label/value pairs (Pay period "
             "01/10/2026 - 31/10/2026, hourly rate, annual salary), Hours & Earnings with hours x rate, Deductions "
             "(PAYG withholding, salary sacrifice, union fees), employer superannuation 12 % apart, This Pay and YTD "
             "columns, NET PAY in the band with the BSB, leave balances"),
    "en-pay-lk-garment-a5": dict(
        draw=en_pay_lk_garment, type="payslip", lang="en",
        fields={"employer": ["Ratmalana Loomcraft Apparel (Pvt) Ltd", "Ratmalana Loomcraft Apparel"],
                "employee": "Dilrukshi Wijesundara", "period": "2026-10", "gross_pay": "59774.38",
                "net_pay": "50289.38"},
        forms={"photo": dict(desk="cloth", angle=-4.5, persp=0.08, hand="bottom", crumple=0.5, blur=1.1, quality=60,
                             margin=0.2, dpi=180), "scan": {}},
        note="a Sri Lankan garment factory's A5 salary slip (LKR): 'SALARY SLIP - OCTOBER 2026', Courier labels, an "
             "EARNINGS | LKR | DEDUCTIONS | LKR grid (B.R. allowance, overtime hours at a rate, EPF 8 %, welfare, "
             "salary advance, stamp duty), NET SALARY in a box and in words, employer EPF 12 % / ETF 3 % boxed apart"),
    "en-pay-in-hospital-nurse": dict(
        draw=en_pay_in_hospital, type="payslip", lang="en",
        fields={"employer": "Sreevalsam Multispeciality Hospital", "employee": "Anjali Parameswaran",
                "period": "2026-10", "gross_pay": "30850.00", "net_pay": "28430.00"},
        forms={"photo": dict(desk="laminate", angle=-2.5, persp=0.07, falloff=0.5, exposure=0.85, blur=1.0,
                             quality=62, grain=5)},
        note="an Indian hospital's salary slip 'for the month of Oct-2026': a four-column details grid (UAN, ESI No, PAN, "
             "Days Paid / LOP, bank account masked), Earnings (Basic, HRA, Conveyance, Special Allowance) beside "
             "Deductions (Provident Fund, ESI, Professional Tax, TDS), Net Salary and the amount in words"),
    "en-stmt-ke-teachers-sacco": dict(
        draw=en_stmt_ke_sacco, type="bank_statement", lang="en",
        fields={"bank": ["Mwangaza Teachers Sacco Society Ltd", "Mwangaza Teachers Sacco"],
                "account_holder": "Grace Wambui Kariuki", "account_number": "0210-118734",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "13638.90"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-3.5, persp=0.07, shadow=0.4, blur=1.0, quality=66)},
        note="a Kenyan teachers' SACCO's FOSA savings statement: the society's registration line, Member No. and Payroll "
             "No., From/To with dd-Mon-yyyy dates, Date | Ref | Narration | Money Out | Money In | Running Bal, "
             "Opening balance and Closing balance as rows, M-Pesa narrations"),
    "en-stmt-ph-thrift-savings": dict(
        draw=en_stmt_ph_thrift, type="bank_statement", lang="en",
        fields={"bank": "Bicol Mayon Savings Bank", "account_holder": "Maricel Pagdanganan",
                "account_number": "0147-2239-58", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "19234.96"},
        forms={"scan": {}},
        note="a Philippine thrift bank's savings statement (Letter): the holder's name and address in capitals at the "
             "left, a summary box (Statement Period 10/01/2026 - 10/31/2026, Beginning and Ending Balance), mm/dd rows "
             "with a Check No. column, ruled across only, a PDIC line"),
    "en-stmt-au-mutual-app": dict(
        draw=en_stmt_au_app, type="bank_statement", lang="en",
        fields={"bank": "Coral Coast Mutual Bank", "account_holder": "Jarrah Pettigrew-Lowe",
                "account_number": "18442706", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1284.77"},
        forms={"image": {}},
        note="an Australian customer-owned bank's app statement screen (PNG): a teal header with the account name, holder, "
             "BSB and account number, 'Statement 1 Oct - 31 Oct 2026', opening balance / money in / money out / closing "
             "balance lines, four recent transactions, a Download PDF button"),
    "en-med-ph-riverside-soa": dict(
        draw=en_med_ph_soa, type="medical_bill", lang="en",
        fields={"provider": "Bicol Riverside Medical Center", "patient": "Rodelio Macaraeg", "date": "2026-10-12",
                "total": ["44715.50", "64215.50"]},
        forms={"photo": dict(desk="dark", angle=3.5, persp=0.07, crumple=0.6, blur=1.1, quality=61, falloff=0.45)},
        note="a Philippine hospital's Statement of Account at discharge: Admitted / Discharged with times, Particulars | "
             "Actual Charges | PhilHealth | HMO | Excess rows and a TOTAL row, AMOUNT DUE in PHP in a box (the due "
             "amount or the actual charges count as the total)"),
    "en-med-in-chemist-gst-invoice": dict(
        draw=en_med_in_pharmacy, type="medical_bill", lang="en",
        fields={"provider": "Nilgiri Valley Medicals", "patient": "Senthil Kumaravel", "date": "2026-10-24",
                "total": "1138.00"},
        forms={"photo": dict(desk="cloth", angle=-6.0, persp=0.08, hand="right", blur=1.0, quality=66, margin=0.22,
                             dpi=190)},
        note="an Indian chemist's A5 GST tax invoice: DL No and GSTIN, Bill No and Date, patient and doctor, Item | HSN | "
             "Batch | Exp | Qty | MRP | Amount rows, gross, 10 % discount, tax included, round off, Net Amount boxed"),
    "en-med-my-family-clinic-receipt": dict(
        draw=en_med_my_clinic, type="medical_bill", lang="en",
        fields={"provider": "Klinik Keluarga Seri Impian", "patient": "Nurul Syafiqah binti Kamarulzaman",
                "date": "2026-10-15", "total": "111.50"},
        forms={"text": {}},
        note="a Malaysian family clinic's A5 official receipt: label : value lines (Receipt No, Date dd/mm/yyyy, "
             "Patient, masked IC, Panel), a Description | RM table with TOTAL, paid by DuitNow QR, a Malay greeting"),
    "en-unemp-my-perkeso-jsa": dict(
        draw=en_unemp_my_perkeso, type="unemployment_proof", lang="en",
        fields={"person": "Mohd Hafizuddin bin Zulkefli",
                "issuer": ["Pertubuhan Keselamatan Sosial", "Social Security Organisation (PERKESO)",
                           "Social Security Organisation", "PERKESO"], "date": "2026-10-20"},
        forms={"photo": dict(desk="laminate", angle=-2.2, persp=0.06, fold=0.35, blur=1.0, quality=70)},
        note="a Malaysian social security organisation's Employment Insurance System letter approving a Job Search "
             "Allowance: bilingual letterhead, 'Ruj. Kami' and 'Tarikh / Date: 20 October 2026' at the right, the "
             "claimant's name in capitals with address, the retrenchment date in a sentence, a benefit table"),
    "en-unemp-ke-certificate-of-service": dict(
        draw=en_unemp_ke_redundancy, type="unemployment_proof", lang="en",
        fields={"person": "Otieno Barasa Wekesa",
                "issuer": ["Athi River Cement Packers Limited", "Athi River Cement Packers Ltd"],
                "date": "2026-09-30"},
        forms={"text": {}, "photo": dict(desk="wood", angle=4.5, persp=0.07, blur=1.1, quality=57, shadow=0.45,
                                         crumple=0.3)},
        note="a Kenyan employer's Certificate of Service at redundancy (Employment Act s.51): label : value lines "
             "(dates of employment and termination with ordinals, reason Redundancy), a sentence on terminal dues, "
             "the date, the HR manager's signature line and a blue rectangular company stamp"),
    "en-income-in-salary-certificate": dict(
        draw=en_income_in_salary_cert, type="income_proof", lang="en",
        fields={"employer": ["Coimbatore Precision Castings Pvt. Ltd.", "Coimbatore Precision Castings"],
                "employee": "Karthikeyan Sundaramoorthy", "monthly_income": "42300.00", "date": "2026-11-05"},
        forms={"photo": dict(desk="dark", angle=1.8, persp=0.05, blur=0.9, quality=76, falloff=0.3, hand="bottom")},
        note="an Indian manufacturer's Salary Certificate 'To whom it may concern': letterhead with CIN, Ref and Date "
             "dd/mm/yyyy at the top left, the gross monthly salary in a sentence with the amount in words, a component "
             "table ending Gross, the purpose (loan rescheduling), the HR manager"),
    "en-other-insurer-claim-settlement": dict(
        draw=en_other_claim_settlement, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-3.0, persp=0.06, blur=1.0, quality=69)},
        note="look-alike: a health insurer's cashless claim settlement letter (claim and policy numbers, the hospital, "
             "admission and discharge dates, amounts claimed, settled and disallowed): about a bill, not the bill"),
    "en-other-nz-job-offer": dict(
        draw=en_other_offer_letter, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a New Zealand job offer letter (a future start date, a monthly salary offered, an acceptance "
             "line): pay promised, not pay received"),
}


def entries() -> list[tuple[str, str]]:
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set."""
    spec = DOCS[doc]
    pdf = spec["draw"]()[0]
    key = f"i10-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def figures(doc: str) -> dict[str, str]:
    """The money figures a document's drawing computed (gross/net, closing balance, total): the labels must agree."""
    return DOCS[doc]["draw"]()[1]


WANTED = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
          "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                             "closing_balance"],
          "medical_bill": ["provider", "patient", "date", "total"],
          "unemployment_proof": ["person", "issuer", "date"],
          "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}


def manifest_entries() -> list[dict]:
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        raw, _ext = render(doc, form)
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(WANTED[spec["type"]]), doc
        out.append({"id": f"i10-{doc}-{form}", "origin": "generated", "generator": "gen_independent10", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent10.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i10-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i10-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent10-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
