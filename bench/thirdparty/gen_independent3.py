"""Independent judging set 3 (bench/thirdparty/independent3.json): documents laid out as their issuers print them.

    python bench/thirdparty/gen_independent3.py --out DIR        # write every entry as DIR/<id>.<ext>
    python bench/thirdparty/gen_independent3.py --manifest FILE  # (re)write the manifest: labels + sha256

Written from knowledge of real issuers' layouts, without reading packet's code, checklists or tests, nor the earlier
generator (gen_independent.py): Chinese payroll-system 工资条 (a single-row strip, an 应发/扣款 two-block slip, a phone
app's electronic slip), three banks' 流水 (signed amounts, bilingual columns, 借/贷 columns, multi-page with 第n页/共m页),
收入证明 / 在职证明 with seals, 失业登记证明 and 解除劳动合同证明书, an electronic outpatient bill and an inpatient
itemised list; UK/AU/US payslips, UK/US/AU statements, US/UK hospital bills, a Universal Credit statement, a US state
UI monetary determination, an employment verification letter; and look-alikes that must stay 'other'.

Every builder draws one document with reportlab and returns the fields it printed (the labels); the forms are made
from that PDF: ``text`` (the PDF), ``scan`` (greyscale, slightly rotated, noisy: an image-only PDF or a PNG), ``photo``
(page 1 in perspective under uneven light, soft: a JPEG), ``image`` (a phone screenshot: a PNG). Deterministic: fixed
seeds, reportlab's invariant mode, pdftoppm for rasterising, so fetch_corpus.py rebuilds the same bytes and checks
them against the manifest's sha256. Imports nothing from packet.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("ZH", ZH_FONT, subfontIndex=0))

D = Decimal
CENT = D("0.01")


def money(v: Decimal, sep: bool = True) -> str:
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def q(v) -> Decimal:
    return D(v).quantize(CENT, ROUND_HALF_UP)


_DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(v: Decimal, prefix: str = "") -> str:
    """Chinese capital amount (人民币大写) as printed on bills: 壹万贰仟叁佰零伍元陆角整."""
    fen = int(q(v) * 100)
    yuan, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)
    units, big = ["", "拾", "佰", "仟"], ["", "万", "亿"]
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, need_zero = "", False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = bool(out)
            continue
        if out and (g < 1000 or need_zero):
            out += "零"
        s, zero = "", False
        for pos in range(3, -1, -1):
            d = g // 10 ** pos % 10
            if d == 0:
                zero = bool(s)
                continue
            if zero:
                s += "零"
                zero = False
            s += _DIG[d] + units[pos]
        out += s + big[gi]
        need_zero = False
    out = (out or "零") + "元"
    if jiao:
        out += _DIG[jiao] + "角"
    elif f and yuan:
        out += "零"
    out += _DIG[f] + "分" if f else "整"
    return prefix + out


def _has_cjk(s: str) -> bool:
    return any(ord(ch) > 0x2e7f for ch in s)


class Sheet:
    """A reportlab canvas addressed in millimetres from the top-left corner of the page."""

    def __init__(self, size=A4, font: str = "ZH"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.w, self.h = size[0] / mm, size[1] / mm
        self.font = font

    def _f(self, s: str, font: str | None, bold: bool) -> str:
        f = font or self.font
        if _has_cjk(s):
            return "ZH"
        if bold and f in ("Helvetica", "Times-Roman", "Courier"):
            return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[f]
        return f

    def t(self, x, y, s, size=9.0, bold=False, align="l", font=None, color=(0, 0, 0)):
        c = self.c
        f = self._f(s, font, bold)
        c.setFillColorRGB(*color)
        c.setFont(f, size)
        X, Y = x * mm, (self.h - y) * mm
        draw = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
        draw(X, Y, s)
        if bold and f == "ZH":
            draw(X + 0.3, Y, s)
        c.setFillColorRGB(0, 0, 0)

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(w)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1 * mm, (self.h - y1) * mm, x2 * mm, (self.h - y2) * mm)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def box(self, x, y, w, h, lw=0.5, fill=None, stroke=True):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x * mm, (self.h - y - h) * mm, w * mm, h * mm, stroke=int(stroke), fill=int(bool(fill)))
        c.setFillColorRGB(0, 0, 0)

    def table(self, x, y, widths, rows, rowh=6.0, size=8.0, aligns=None, grid=True, head=1, head_fill=None,
              font=None, pad=1.2, outer=True):
        """Rows of cells; returns the y below the table. aligns: 'l'/'r'/'c' per column."""
        aligns = aligns or ["l"] * len(widths)
        total = sum(widths)
        for ri, row in enumerate(rows):
            yy = y + ri * rowh
            if ri < head and head_fill:
                self.box(x, yy, total, rowh, lw=0, fill=head_fill, stroke=False)
            xx = x
            for ci, cell in enumerate(row):
                if cell is None:
                    xx += widths[ci]
                    continue
                a = aligns[ci] if ri >= head else "c" if grid else aligns[ci]
                tx = xx + pad if a == "l" else xx + widths[ci] - pad if a == "r" else xx + widths[ci] / 2
                self.t(tx, yy + rowh * 0.68, str(cell), size, bold=ri < head, align=a, font=font)
                xx += widths[ci]
        n = len(rows)
        if grid:
            for ri in range(n + 1):
                self.line(x, y + ri * rowh, x + total, y + ri * rowh, 0.4)
            xx = x
            for wdt in [0] + list(widths):
                xx += wdt
                self.line(xx, y, xx, y + n * rowh, 0.4)
        elif outer:
            self.line(x, y, x + total, y, 0.8)
            self.line(x, y + head * rowh, x + total, y + head * rowh, 0.4)
            self.line(x, y + n * rowh, x + total, y + n * rowh, 0.8)
        return y + n * rowh

    def seal(self, cx, cy, r, text, sub="", color=(0.86, 0.12, 0.12), star=True, oval=False):
        """A round red company seal: the name along the upper arc, a star, a line below (例: 财务专用章)."""
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.78)
        c.setStrokeAlpha(0.85)
        X, Y, R = cx * mm, (self.h - cy) * mm, r * mm
        c.setLineWidth(R * 0.06)
        if oval:
            c.ellipse(X - R * 1.3, Y - R * 0.9, X + R * 1.3, Y + R * 0.9)
        else:
            c.circle(X, Y, R)
        if star:
            p = c.beginPath()
            for k in range(10):
                rr = R * (0.26 if k % 2 == 0 else 0.105)
                a = math.pi / 2 + k * math.pi / 5
                (p.moveTo if k == 0 else p.lineTo)(X + rr * math.cos(a), Y + rr * math.sin(a))
            p.close()
            c.drawPath(p, fill=1, stroke=0)
        fs = R * 0.27
        c.setFont("ZH", fs)
        n = len(text)
        span = min(250.0, 22.0 * n)
        for k, ch in enumerate(text):
            ang = math.radians(90 + span / 2 - k * span / max(n - 1, 1))
            c.saveState()
            c.translate(X + R * 0.74 * math.cos(ang), Y + R * 0.74 * math.sin(ang))
            c.rotate(math.degrees(ang) - 90)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        if sub:
            c.setFont("ZH", fs * 0.95)
            c.drawCentredString(X, Y - R * 0.58, sub)
        c.restoreState()

    def page(self):
        self.c.showPage()

    def done(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# --------------------------------------------------------------------------------------------------------------
# rasterising and degrading
# --------------------------------------------------------------------------------------------------------------

def rasterise(pdf: bytes, dpi: int, gray: bool = False, first_only: bool = False) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.pdf"
        p.write_bytes(pdf)
        cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + (["-l", "1"] if first_only else [])
        subprocess.run(cmd + [str(p), str(Path(tmp) / "p")], check=True)
        return [Image.open(f).convert("L" if gray else "RGB") for f in sorted(Path(tmp).glob("p*.png"))]


def _perspective_coeffs(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points ``dst`` to input points ``src``."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def scan_pages(pdf: bytes, seed: int, dpi: int = 200) -> list[Image.Image]:
    """Each page as a flatbed scan: greyscale, a small skew, a grey cast, speckle noise, a soft edge shadow."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    out = []
    for im in rasterise(pdf, dpi, gray=True):
        im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im, dtype=np.float32)
        a = a * rng.uniform(0.86, 0.93) + rng.uniform(8, 18)
        a += nrng.normal(0, rng.uniform(5, 9), a.shape)
        speck = nrng.random(a.shape) < 0.0008
        a[speck] = nrng.uniform(40, 120, int(speck.sum()))
        h, w = a.shape
        edge = np.clip(1 - np.arange(w) / (w * 0.04), 0, 1) * 60
        a -= edge[None, :]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        out.append(im)
    return out


def scan_pdf(pdf: bytes, seed: int) -> bytes:
    """An image-only PDF of the scanned pages, each at its original page size (JPEG inside, as scanners write)."""
    pages = scan_pages(pdf, seed)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in pages:
        w, h = im.width * 72 / 200, im.height * 72 / 200
        c.setPageSize((w, h))
        j = io.BytesIO()
        im.save(j, "JPEG", quality=80)
        j.seek(0)
        c.drawImage(ImageReader(j), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def scan_png(pdf: bytes, seed: int) -> bytes:
    im = scan_pages(pdf, seed)[0]
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def photo(pdf: bytes, seed: int, dpi: int = 170) -> bytes:
    """Page 1 photographed with a phone: on a table, in perspective, brighter on one side, slightly soft."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    page = rasterise(pdf, dpi, first_only=True)[0]
    pw, ph = page.size
    m = int(max(pw, ph) * 0.07)
    W, H = pw + 2 * m, ph + 2 * m
    table = (rng.randrange(90, 150), rng.randrange(80, 125), rng.randrange(60, 100))
    # where the page's corners land in the photo
    j = lambda: rng.uniform(-0.045, 0.045) * max(pw, ph)  # noqa: E731
    dst = [(m + j(), m + j()), (m + pw + j(), m + j()), (m + pw + j(), m + ph + j()), (m + j(), m + ph + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    warped = page.transform((W, H), Image.PERSPECTIVE, _perspective_coeffs(dst, src), Image.BICUBIC,
                            fillcolor=(255, 255, 255))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, _perspective_coeffs(dst, src),
                                                  Image.BICUBIC, fillcolor=0)
    bg = Image.new("RGB", (W, H), table)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    ang = rng.uniform(0, 2 * math.pi)
    g = (np.cos(ang) * xx / W + np.sin(ang) * yy / H)
    g = (g - g.min()) / (g.max() - g.min() + 1e-6)
    light = 0.66 + 0.36 * g
    tint = np.array([1.0, rng.uniform(0.93, 0.98), rng.uniform(0.82, 0.9)], np.float32)
    a = a * light[..., None] * tint[None, None, :]
    a += nrng.normal(0, 3.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=84)
    return out.getvalue()


def screenshot(pdf: bytes) -> bytes:
    im = rasterise(pdf, 216, first_only=True)[0]
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------------------
# Chinese payslips
# --------------------------------------------------------------------------------------------------------------

def zh_pay_strip():
    """工资条 cut from a payroll export: one header row, one value row, a signature cell; landscape strip."""
    s = Sheet((297 * mm, 92 * mm))
    employer = "苏州恒拓精密机械有限公司"
    s.t(148.5, 14, f"{employer}2026年10月份工资条", 13, bold=True, align="c")
    s.t(12, 22, "部门：装配二车间", 8)
    s.t(285, 22, "发放日期：2026-11-10", 8, align="r")
    heads = ["工号", "姓名", "基本工资", "岗位津贴", "绩效奖金", "加班费", "全勤奖", "应发工资", "养老保险", "医疗保险",
             "失业保险", "住房公积金", "个人所得税", "扣款合计", "实领金额", "签收"]
    base, post, perf, ot, full = D("4200.00"), D("650.00"), D("1380.00"), D("946.55"), D("200.00")
    gross = base + post + perf + ot + full
    pens, med, unemp, fund = q(D("5380") * D("0.08")), q(D("5380") * D("0.02")) + 3, q(D("5380") * D("0.005")), D("538.00")
    tax = D("18.37")
    ded = pens + med + unemp + fund + tax
    net = gross - ded
    vals = ["HT0417", "顾志明", money(base, False), money(post, False), money(perf, False), money(ot, False),
            money(full, False), money(gross, False), money(pens, False), money(med, False), money(unemp, False),
            money(fund, False), money(tax, False), money(ded, False), money(net, False), ""]
    widths = [15, 14, 17, 17, 17, 16, 15, 19, 17, 17, 16, 19, 19, 17, 19, 19]
    s.table(10, 27, widths, [heads, vals], rowh=9, size=7.2, aligns=["c"] * 16)
    s.t(12, 52, "备注：本月出勤22天，加班21.5小时；如对工资有异议请于3个工作日内联系人事行政部（分机8023）。", 7.5)
    s.line(8, 62, 289, 62, 0.4, dash=(3, 2))
    s.t(148.5, 67, "✂ 沿虚线裁开 ✂", 6.5, align="c", color=(0.4, 0.4, 0.4))
    return s.done(), {"employer": employer, "employee": "顾志明", "period": "2026-10",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


def zh_pay_blocks():
    """工资单 with two side-by-side blocks (应发项目 | 扣款项目), totals under each, 本月实得 in 小写 and 大写."""
    s = Sheet((210 * mm, 150 * mm))
    employer = "成都锦川物流有限公司"
    s.t(105, 14, employer, 14, bold=True, align="c")
    s.t(105, 22, "员 工 工 资 单", 12, align="c")
    s.t(16, 31, "所属月份：2026年10月", 9)
    s.t(80, 31, "姓名：何雨桐", 9)
    s.t(130, 31, "员工编号：JC-2019-0263", 9)
    s.t(16, 37, "部门：仓储运营部", 9)
    s.t(80, 37, "岗位：仓储主管", 9)
    s.t(130, 37, "银行卡号：6217 **** **** 5820", 9)
    earn = [("基本工资", D("5600.00")), ("岗位工资", D("1200.00")), ("绩效工资", D("1835.00")), ("交通补贴", D("300.00")),
            ("通讯补贴", D("150.00")), ("高温补贴", D("0.00")), ("夜班津贴", D("420.00"))]
    dedu = [("养老保险(个人)", D("632.00")), ("医疗保险(个人)", D("158.00")), ("失业保险(个人)", D("39.50")),
            ("住房公积金(个人)", D("790.00")), ("个人所得税", D("52.76")), ("工会会费", D("20.00")), ("事假扣款", D("0.00"))]
    gross = sum(v for _, v in earn)
    dsum = sum(v for _, v in dedu)
    net = gross - dsum
    rows = [["应发项目", "金额（元）", "扣款项目", "金额（元）"]]
    for (a, x), (b, y) in zip(earn, dedu, strict=True):
        rows.append([a, money(x), b, money(y)])
    rows.append(["应发合计", money(gross), "扣款合计", money(dsum)])
    y = s.table(16, 42, [45, 44, 45, 44], rows, rowh=7, size=8.5, aligns=["l", "r", "l", "r"], head_fill=(0.9, 0.9, 0.9))
    s.box(16, y, 178, 16, 0.8)
    s.t(20, y + 6.5, "本月实得（小写）：", 9.5, bold=True)
    s.t(56, y + 6.5, f"¥{money(net)}", 10.5, bold=True)
    s.t(20, y + 13, "本月实得（大写）：", 9.5)
    s.t(56, y + 13, daxie(net, "人民币"), 9.5)
    s.t(16, y + 24, "制表：财务部  李红      审核：王建国        员工签字：____________", 8.5)
    s.t(194, y + 24, "2026年11月05日", 8.5, align="r")
    return s.done(), {"employer": employer, "employee": "何雨桐", "period": "2026-10",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


def zh_pay_app():
    """An HR app's electronic 工资条 as a phone screenshot: the net amount large at the top, items in two lists."""
    s = Sheet((103 * mm, 223 * mm))
    W = s.w
    s.box(0, 0, W, 9, 0, fill=(0.97, 0.97, 0.97), stroke=False)
    s.t(5, 6, "9:41", 7.5, bold=True)
    s.t(W - 5, 6, "5G  87%", 7, align="r")
    s.t(W / 2, 16, "工资条详情", 9.5, bold=True, align="c")
    s.t(5, 16, "〈", 10)
    s.box(4, 21, W - 8, 34, 0, fill=(0.2, 0.45, 0.92), stroke=False)
    s.t(W / 2, 29, "2026年09月 工资条", 8.5, align="c", color=(1, 1, 1))
    earn = [("基本工资", D("7800.00")), ("绩效奖金", D("2100.00")), ("项目奖金", D("600.00")), ("餐费补贴", D("440.00"))]
    dedu = [("社保个人部分", D("1081.60")), ("公积金个人部分", D("811.20")), ("个税", D("231.84"))]
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in dedu)
    net = gross - dsum
    s.t(W / 2, 37, "实发工资(元)", 7.5, align="c", color=(0.9, 0.93, 1))
    s.t(W / 2, 48, money(net), 20, bold=True, align="c", color=(1, 1, 1))
    s.t(6, 63, "姓名", 8, color=(0.45, 0.45, 0.45))
    s.t(W - 6, 63, "周子航", 8, align="r")
    s.t(6, 70, "工号", 8, color=(0.45, 0.45, 0.45))
    s.t(W - 6, 70, "SZ03871", 8, align="r")
    s.t(6, 77, "部门", 8, color=(0.45, 0.45, 0.45))
    s.t(W - 6, 77, "研发中心-测试组", 8, align="r")
    y = 88
    s.t(6, y, "收入项", 9, bold=True)
    s.t(W - 6, y, f"应发合计 {money(gross)}", 8, align="r", color=(0.2, 0.45, 0.92))
    for k, v in earn:
        y += 8
        s.t(8, y, k, 8)
        s.t(W - 6, y, money(v), 8, align="r")
    y += 6
    s.line(5, y, W - 5, y, 0.3, color=(0.85, 0.85, 0.85))
    y += 8
    s.t(6, y, "扣除项", 9, bold=True)
    s.t(W - 6, y, f"扣除合计 -{money(dsum)}", 8, align="r", color=(0.85, 0.3, 0.2))
    for k, v in dedu:
        y += 8
        s.t(8, y, k, 8)
        s.t(W - 6, y, f"-{money(v)}", 8, align="r")
    y += 12
    s.t(6, y, "发放单位：深圳市澜图软件技术有限公司", 7.5, color=(0.45, 0.45, 0.45))
    s.t(6, y + 6, "发放时间：2026-10-15", 7.5, color=(0.45, 0.45, 0.45))
    s.box(8, y + 14, W - 16, 10, 0, fill=(0.2, 0.45, 0.92), stroke=False)
    s.t(W / 2, y + 20.5, "确认无误", 9, align="c", color=(1, 1, 1))
    return s.done(), {"employer": "深圳市澜图软件技术有限公司", "employee": "周子航", "period": "2026-09",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


# --------------------------------------------------------------------------------------------------------------
# Chinese bank statements
# --------------------------------------------------------------------------------------------------------------

def _transactions(seed, start, end, opening, n, salary=None, payees=None):
    """Deterministic transactions between two dates: (date, summary, counterparty, amount signed, balance)."""
    import datetime as dt
    rng = random.Random(seed)
    d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = sorted(rng.randrange((d1 - d0).days + 1) for _ in range(n))
    bal = opening
    out = []
    for k in days:
        day = d0 + dt.timedelta(days=k)
        kind = rng.random()
        if salary and day.day in (8, 9, 10) and not any(o[0].month == day.month and o[1] == salary[0] for o in out):
            summ, cp, amt = salary[0], salary[1], salary[2]
        elif kind < 0.55:
            summ, cp = rng.choice(payees)
            amt = -q(D(rng.uniform(8, 420)))
        elif kind < 0.75:
            summ, cp = rng.choice(payees[:3])
            amt = -q(D(rng.uniform(300, 2400)))
        else:
            summ, cp = "转账", rng.choice(["支付宝-余额宝", "财付通", "陈秀兰", "张建华"])
            amt = q(D(rng.uniform(50, 1500)))
        if bal + amt < 0:
            amt = -amt
        bal = bal + amt
        out.append((day, summ, cp, amt, bal))
    return out


def zh_stmt_icbc():
    """个人账户历史明细: signed amounts in one column, 余额 and 对方户名; three pages with 第n页/共3页."""
    opening = D("12684.37")
    payees = [("消费", "美团"), ("快捷支付", "京东商城"), ("消费", "拼多多"), ("快捷支付", "中国石化加油站"),
              ("代扣", "国网电费"), ("消费", "华联超市"), ("跨行汇款", "李春梅"), ("ATM取款", "本行ATM")]
    tx = _transactions(31, "2026-05-01", "2026-10-31", opening, 74, salary=("工资", "杭州西溪云数据服务有限公司",
                                                                             D("9316.42")), payees=payees)
    pages = [tx[0:26], tx[26:52], tx[52:]]
    s = Sheet(A4)
    for pi, part in enumerate(pages):
        s.t(105, 16, "中国工商银行", 15, bold=True, align="c", color=(0.75, 0.05, 0.1))
        s.t(105, 24, "个人账户历史明细清单", 12, align="c")
        s.t(14, 33, "户名：蒋文斌", 8.5)
        s.t(70, 33, "卡号：6222 02** **** 3517", 8.5)
        s.t(140, 33, "币种：人民币", 8.5)
        s.t(14, 39, "起止日期：2026-05-01 至 2026-10-31", 8.5)
        s.t(140, 39, "打印日期：2026-11-12", 8.5)
        rows = [["交易日期", "摘要", "交易金额", "记账币种", "余额", "对方户名"]]
        for day, summ, cp, amt, bal in part:
            rows.append([day.isoformat(), summ, ("+" if amt > 0 else "") + money(amt), "人民币", money(bal), cp])
        s.table(14, 44, [24, 22, 28, 18, 30, 60], rows, rowh=8.2, size=7.6,
                aligns=["l", "l", "r", "c", "r", "l"], grid=False)
        if pi == len(pages) - 1:
            s.t(14, 44 + 8.2 * (len(rows) + 1), "说明：本清单仅供参考，交易金额以我行系统记录为准。", 7.5)
        s.t(105, 285, f"第{pi + 1}页/共{len(pages)}页", 8, align="c")
        if pi < len(pages) - 1:
            s.page()
    closing = tx[-1][4]
    return s.done(), {"bank": "中国工商银行", "account_holder": "蒋文斌", "account_number": ["6222 02** **** 3517", "3517"],
                      "period_start": "2026-05-01", "period_end": "2026-10-31", "closing_balance": money(closing, False)}


def zh_stmt_cmb():
    """Bilingual 交易流水 (记账日期 Date / 交易金额 Amount / 联机余额 Balance / 交易摘要 / 对手信息); two pages."""
    opening = D("3307.15")
    payees = [("快捷支付", "财付通-美团外卖"), ("快捷支付", "支付宝-淘宝"), ("银联消费", "广州地铁"),
              ("银联消费", "屈臣氏"), ("自动还款", "招商银行信用卡"), ("网联支付", "滴滴出行")]
    tx = _transactions(47, "2026-08-01", "2026-10-31", opening, 44,
                       salary=("代发工资", "广州白云粤信电子有限公司", D("6893.50")), payees=payees)
    s = Sheet(A4)
    pages = [tx[:24], tx[24:]]
    for pi, part in enumerate(pages):
        s.t(14, 15, "招商银行交易流水", 14, bold=True, color=(0.75, 0.05, 0.1))
        s.t(14, 21, "Transaction Statement of China Merchants Bank", 8, font="Helvetica")
        s.t(14, 31, "户    名：梁嘉欣", 8.5)
        s.t(14, 36, "Name", 7, font="Helvetica")
        s.t(100, 31, "账号：6214 85** **** 2093", 8.5)
        s.t(100, 36, "Account No", 7, font="Helvetica")
        s.t(14, 42, "起止日期：2026-08-01 -- 2026-10-31", 8.5)
        s.t(14, 47, "Date", 7, font="Helvetica")
        s.t(100, 42, "账户类型：一卡通   开户行：广州分行天河支行", 8.5)
        rows = [["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息"],
                ["Date", "Currency", "Transaction Amount", "Balance", "Transaction Type", "Counter Party"]]
        for day, summ, cp, amt, bal in part:
            rows.append([day.isoformat(), "人民币", money(amt), money(bal), summ, cp])
        s.table(14, 52, [24, 16, 32, 30, 28, 52], rows, rowh=7.6, size=7.6, head=2,
                aligns=["l", "c", "r", "r", "l", "l"], grid=False)
        s.t(196, 287, f"{pi + 1}/{len(pages)}", 8, align="r", font="Helvetica")
        s.t(14, 287, "验证码：7K3Q9D2M  可登录招商银行App核验", 7)
        if pi < len(pages) - 1:
            s.page()
    s.seal(168, 250, 17, "招商银行股份有限公司广州分行", "电子专用章")
    return s.done(), {"bank": "招商银行", "account_holder": "梁嘉欣", "account_number": ["6214 85** **** 2093", "2093"],
                      "period_start": "2026-08-01", "period_end": "2026-10-31",
                      "closing_balance": money(tx[-1][4], False)}


def zh_stmt_rural():
    """活期存款对账单 of a rural commercial bank: 借方/贷方 columns, 期初/期末余额 lines, 业务专用章."""
    import datetime as dt
    s = Sheet(A4)
    bank = "江南农村商业银行"
    s.t(105, 18, bank, 15, bold=True, align="c", color=(0.05, 0.45, 0.25))
    s.t(105, 27, "活 期 存 款 对 账 单", 12, align="c")
    s.t(16, 38, "账号：62309100****4806", 9)
    s.t(100, 38, "户名：邓秀英", 9)
    s.t(16, 45, "开户机构：江南农商银行城东支行", 9)
    s.t(100, 45, "期间：2026年10月01日—2026年10月31日", 9)
    rng = random.Random(5)
    bal = D("4461.08")
    rows = [["日期", "凭证号", "摘要", "借方发生额", "贷方发生额", "余额", "柜员"],
            ["2026-10-01", "", "期初余额", "", "", money(bal), ""]]
    items = [("现金存入", 1), ("转账支取", -1), ("消费", -1), ("代扣水费", -1), ("养老金", 1), ("消费", -1),
             ("现金支取", -1), ("转账存入", 1), ("代扣话费", -1), ("消费", -1), ("结息", 1), ("消费", -1)]
    day = dt.date(2026, 10, 2)
    for summ, sign in items:
        day += dt.timedelta(days=rng.randrange(1, 3))
        amt = q(D(rng.uniform(20, 900))) if summ != "结息" else D("1.37")
        if summ == "养老金":
            amt = D("1832.60")
        bal += amt * sign
        rows.append([day.isoformat(), f"{rng.randrange(10**7, 10**8)}", summ, money(amt) if sign < 0 else "",
                     money(amt) if sign > 0 else "", money(bal), f"{rng.choice(['0217', '0309', '9001'])}"])
    rows.append(["2026-10-31", "", "期末余额", "", "", money(bal), ""])
    y = s.table(16, 52, [23, 22, 26, 26, 26, 27, 14], rows, rowh=8, size=8,
                aligns=["l", "c", "l", "r", "r", "r", "c"])
    s.t(16, y + 8, "注：本对账单如有疑问，请于收到后十五日内到开户网点核对。", 8)
    s.t(140, y + 22, "打印日期：2026/11/03", 8.5)
    s.seal(165, y + 40, 18, "江南农村商业银行城东支行", "业务专用章")
    return s.done(), {"bank": bank, "account_holder": "邓秀英", "account_number": ["62309100****4806", "4806"],
                      "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": money(bal, False)}


# --------------------------------------------------------------------------------------------------------------
# Chinese letters: income, employment, unemployment
# --------------------------------------------------------------------------------------------------------------

def _letter_body(s, x, y, text, size=11, width=40, lead=8.5):
    """Wrap Chinese text at ``width`` characters per line, the first line indented by two characters."""
    lines, cur = [], "　　"
    for ch in text:
        cur += ch
        if len(cur) >= width:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    for k, ln in enumerate(lines):
        s.t(x, y + k * lead, ln, size)
    return y + len(lines) * lead


def zh_income_letter():
    """收入证明 on letterhead: 月均收入 in 万元, company seal over the date."""
    s = Sheet(A4)
    employer = "杭州拾光文化传媒有限公司"
    s.t(105, 22, employer, 13, align="c", color=(0.2, 0.2, 0.5))
    s.t(105, 28, "HANGZHOU SHIGUANG CULTURE MEDIA CO., LTD.", 7.5, align="c", font="Helvetica", color=(0.2, 0.2, 0.5))
    s.line(20, 32, 190, 32, 1.2, color=(0.2, 0.2, 0.5))
    s.t(105, 52, "收 入 证 明", 18, bold=True, align="c")
    y = _letter_body(s, 22, 72, "兹证明林嘉怡（身份证号：330106********2846）系我公司正式员工，自2021年3月起在我公司工作，"
                                "现任市场部主管。该员工近十二个月月均收入（税前）为1.35万元，收入稳定。", width=38)
    y = _letter_body(s, 22, y + 4, "本证明仅用于证明该员工的收入情况，我公司对本证明的真实性负责。", width=38)
    s.t(22, y + 8, "特此证明。", 11)
    s.t(22, y + 24, "联系人：人力资源部 孙倩    联系电话：0571-8697 2235", 10)
    s.t(180, y + 48, employer, 11, align="r")
    s.t(180, y + 58, "2026年11月06日", 11, align="r")
    s.seal(150, y + 50, 20, employer, "")
    return s.done(), {"employer": employer, "employee": "林嘉怡", "monthly_income": "13500.00", "date": "2026-11-06"}


def zh_employment_cert():
    """在职证明 with the monthly wage in 大写 only and the date in Chinese numerals."""
    s = Sheet(A4)
    employer = "青岛海晟船舶配件有限公司"
    s.t(105, 40, "在 职 证 明", 18, bold=True, align="c")
    y = _letter_body(s, 22, 62, "兹有马俊峰同志，男，身份证号码370203198709****31，于2018年7月入职我单位，至今在职，"
                                "现任生产技术部工艺工程师，劳动合同期限至2028年6月30日。该同志每月工资收入为人民币"
                                "捌仟陆佰元整（税前）。", width=38)
    y = _letter_body(s, 22, y + 4, "特此证明。", width=38)
    s.t(22, y + 14, "（本证明仅供办理相关事务使用，涂改无效）", 10)
    s.t(180, y + 42, f"单位（盖章）：{employer}", 11, align="r")
    s.t(180, y + 52, "二〇二六年十月二十八日", 11, align="r")
    s.seal(155, y + 44, 20, employer, "人事专用章")
    return s.done(), {"employer": employer, "employee": "马俊峰", "monthly_income": "8600.00", "date": "2026-10-28"}


def zh_unemployment_reg():
    """失业登记证明 issued by a district public employment service: a bordered form with the facts in cells."""
    s = Sheet(A4)
    issuer = "南京市秦淮区公共就业服务中心"
    s.t(105, 30, "失业登记证明", 18, bold=True, align="c")
    s.t(190, 40, "编号：宁秦失〔2026〕第01473号", 9, align="r")
    rows = [["姓    名", "冯晓东", "性    别", "男"],
            ["公民身份号码", "320104198411****57", "文化程度", "大专"],
            ["户籍地址", "南京市秦淮区中华路***号", None, None],
            ["原工作单位", "南京宁远电子元件有限公司", None, None],
            ["失业登记日期", "2026年09月22日", "失业原因", "用人单位解除劳动合同"],
            ["登记机构", issuer, None, None]]
    y = s.table(20, 46, [35, 60, 30, 45], rows, rowh=12, size=10, head=0, aligns=["c", "l", "c", "l"])
    y = _letter_body(s, 22, y + 14, "经核实，上述人员已在本机构办理失业登记，现处于失业状态，享受失业保险待遇期间为"
                                    "2026年10月至2027年9月。特此证明。", width=38)
    s.t(178, y + 26, f"{issuer}（章）", 11, align="r")
    s.t(178, y + 36, "开具日期：2026年10月19日", 11, align="r")
    s.seal(150, y + 28, 20, issuer, "")
    s.t(20, 282, "本证明有效期三个月，复印无效。", 8)
    return s.done(), {"person": "冯晓东", "issuer": issuer, "date": "2026-10-19"}


def zh_termination():
    """解除劳动合同证明书: company (甲方) and employee (乙方), the termination date, seal and date at the foot."""
    s = Sheet(A4)
    company = "东莞市聚丰塑胶制品有限公司"
    s.t(105, 34, "解除劳动合同证明书", 17, bold=True, align="c")
    s.t(22, 56, f"甲方（用人单位）：{company}", 11)
    s.t(22, 66, "乙方（劳动者）：覃丽华        身份证号：452124199203****26", 11)
    y = _letter_body(s, 22, 84, "乙方自2020年4月1日起在甲方担任质检员。因甲方生产经营发生重大变化，经双方协商一致，"
                                "双方于2026年9月30日解除劳动合同，甲方已依法支付经济补偿金。乙方在甲方的工作年限为"
                                "6年6个月。", width=38)
    y = _letter_body(s, 22, y + 4, "甲方将于十五日内为乙方办理档案和社会保险关系转移手续。特此证明。", width=38)
    s.t(22, y + 20, "本证明书一式两份，甲乙双方各执一份。", 10)
    s.t(180, y + 44, f"甲方（盖章）：{company}", 11, align="r")
    s.t(180, y + 56, "2026年9月30日", 11, align="r")
    s.seal(160, y + 47, 20, company, "")
    s.t(22, y + 76, "乙方签收：__________      日期：__________", 10)
    return s.done(), {"person": "覃丽华", "issuer": company, "date": "2026-09-30"}


# --------------------------------------------------------------------------------------------------------------
# Chinese medical bills
# --------------------------------------------------------------------------------------------------------------

def zh_med_ebill():
    """医疗门诊收费票据（电子）: 交款人, two-up item grid, 合计 大写/小写, 医保统筹/个人账户/个人现金, 财务专用章."""
    s = Sheet((240 * mm, 140 * mm))
    prov = "温州市瓯江人民医院"
    s.t(120, 13, "浙江省医疗门诊收费票据（电子）", 14, bold=True, align="c", color=(0.6, 0.1, 0.1))
    s.t(14, 22, "票据代码：33060126", 8)
    s.t(90, 22, "票据号码：0038127645", 8)
    s.t(162, 22, "校验码：9b41c7", 8)
    s.t(14, 28, "交款人统一社会信用代码：", 8)
    s.t(162, 28, "开票日期：2026-10-09", 8)
    s.t(14, 34, "交款人：潘思远", 8.5)
    s.t(90, 34, "医保类型：职工基本医疗保险", 8)
    s.t(162, 34, "门诊号：M2610093318", 8)
    items = [("西药费", "1", D("186.40")), ("检查费", "1", D("240.00")), ("化验费", "1", D("97.50")),
             ("治疗费", "1", D("45.00")), ("诊察费", "1", D("25.00")), ("卫生材料费", "1", D("12.80"))]
    total = sum(v for _, _, v in items)
    rows = [["项目名称", "数量/单位", "金额（元）", "备注", "项目名称", "数量/单位", "金额（元）", "备注"]]
    for k in range(3):
        a, b = items[k], items[k + 3]
        rows.append([a[0], a[1], money(a[2], False), "", b[0], b[1], money(b[2], False), ""])
    y = s.table(12, 38, [30, 20, 26, 28, 30, 20, 26, 36], rows, rowh=7, size=8,
                aligns=["l", "c", "r", "l", "l", "c", "r", "l"])
    s.box(12, y, 216, 8, 0.4)
    s.t(14, y + 5.5, f"金额合计（大写）{daxie(total)}", 8.5)
    s.t(160, y + 5.5, f"（小写）{money(total, False)}", 8.5)
    fund = q(total * D("0.62"))
    acct = D("80.00")
    cash = total - fund - acct
    s.box(12, y + 8, 216, 16, 0.4)
    s.t(14, y + 13.5, f"业务流水号：20261009M0331   医疗机构类型：综合医院   医保统筹基金支付：{money(fund, False)}", 8)
    s.t(14, y + 20.5, f"其他支付：0.00   个人账户支付：{money(acct, False)}   个人现金支付：{money(cash, False)}", 8)
    s.t(14, y + 31, f"收款单位（章）：{prov}", 8.5)
    s.t(120, y + 31, "复核人：周敏", 8.5)
    s.t(175, y + 31, "收款人：1207", 8.5)
    s.seal(62, y + 22, 14, prov, "财务专用章", oval=True, star=False)
    return s.done(), {"provider": prov, "patient": "潘思远", "date": "2026-10-09", "total": money(total, False)}


def zh_med_inpatient():
    """住院费用明细清单: a long itemised list (编码/名称/规格/单位/数量/单价/金额/类别) over two pages, totals last."""
    prov = "长沙市岳麓区第二人民医院"
    rng = random.Random(23)
    names = [("注射用头孢曲松钠", "1g/支", "支"), ("0.9%氯化钠注射液", "100ml/袋", "袋"), ("血常规", "", "次"),
             ("肝功能全套", "", "次"), ("胸部CT平扫", "", "次"), ("床位费(三人间)", "", "日"), ("一级护理", "", "日"),
             ("静脉输液", "", "组"), ("吸氧", "", "小时"), ("心电监护", "", "小时"), ("氨溴索注射液", "15mg/支", "支"),
             ("一次性输液器", "", "套"), ("C反应蛋白测定", "", "项"), ("住院诊查费", "", "日"), ("痰培养", "", "次"),
             ("奥美拉唑肠溶胶囊", "20mg*14粒", "盒"), ("雾化吸入", "", "次"), ("电解质测定", "", "项")]
    rows = []
    total = D(0)
    for k in range(46):
        name, spec, unit = names[k % len(names)]
        n = rng.choice([1, 1, 2, 3, 6])
        price = q(D(rng.uniform(3, 260)))
        amt = price * n
        total += amt
        rows.append([f"{rng.randrange(100000, 999999)}", name, spec, unit, str(n), money(price, False),
                     money(amt, False), rng.choice(["甲", "甲", "乙", "丙"])])
    s = Sheet(A4)
    head = ["编码", "项目名称", "规格", "单位", "数量", "单价", "金额", "类别"]
    for pi, part in enumerate([rows[:28], rows[28:]]):
        s.t(105, 16, prov, 13, bold=True, align="c")
        s.t(105, 24, "住院费用明细清单", 12, align="c")
        s.t(14, 33, "住院号：ZY20261002117", 8.5)
        s.t(70, 33, "姓名：姚春燕", 8.5)
        s.t(110, 33, "性别：女   年龄：58岁", 8.5)
        s.t(160, 33, "科室：呼吸内科", 8.5)
        s.t(14, 39, "入院日期：2026-10-02", 8.5)
        s.t(70, 39, "出院日期：2026-10-12", 8.5)
        s.t(130, 39, "费别：城乡居民医保", 8.5)
        y = s.table(14, 44, [18, 52, 24, 12, 12, 22, 24, 14], [head] + part, rowh=7.5, size=7.8,
                    aligns=["l", "l", "l", "c", "r", "r", "r", "c"], grid=False)
        if pi == 1:
            fund = q(total * D("0.55"))
            s.t(14, y + 9, f"费用总额：{money(total, False)}元", 9, bold=True)
            s.t(80, y + 9, f"统筹基金支付：{money(fund, False)}", 9)
            s.t(140, y + 9, f"个人自付：{money(total - fund, False)}", 9)
            s.t(14, y + 16, f"合计（大写）：{daxie(total)}", 9)
            s.t(14, y + 26, "打印时间：2026-10-12 16:42   打印人：收费处 027", 8)
            s.seal(160, y + 30, 16, prov, "住院收费专用章")
        s.t(105, 287, f"第 {pi + 1} 页 共 2 页", 8, align="c")
        if pi == 0:
            s.page()
    return s.done(), {"provider": prov, "patient": "姚春燕", "date": "2026-10-12", "total": money(total, False)}


# --------------------------------------------------------------------------------------------------------------
# Chinese look-alikes (type other)
# --------------------------------------------------------------------------------------------------------------

def zh_credit_report():
    """个人信用报告（本人版） summary page: report header, identity, a 信贷交易信息概要 table."""
    s = Sheet(A4)
    s.t(105, 20, "个人信用报告", 17, bold=True, align="c")
    s.t(105, 28, "（本人版）", 10, align="c")
    s.t(14, 40, "报告编号：2026110809314725318842", 8.5)
    s.t(120, 40, "报告时间：2026-11-08 09:31:47", 8.5)
    s.table(14, 46, [36, 46, 30, 70], [["被查询者姓名", "被查询者证件类型", "被查询者证件号码", "查询机构"],
                                        ["韦家豪", "身份证", "4501**********1538", "中国人民银行征信中心（本人查询）"]],
            rowh=8, size=8.5, aligns=["c"] * 4)
    s.t(14, 72, "一 个人基本信息", 11, bold=True)
    s.table(14, 76, [30, 30, 30, 92], [["性别", "出生日期", "婚姻状况", "通讯地址"],
                                        ["男", "1990-03-17", "已婚", "广西壮族自治区南宁市青秀区民族大道***号"]],
            rowh=8, size=8.5, aligns=["c"] * 4)
    s.t(14, 102, "二 信息概要", 11, bold=True)
    rows = [["", "账户数", "未结清/未销户账户数", "发生过逾期的账户数", "发生过90天以上逾期的账户数"],
            ["贷记卡", "4", "3", "2", "0"], ["非循环贷账户", "2", "1", "1", "0"], ["循环额度下分账户", "0", "0", "0", "0"],
            ["相关还款责任", "0", "0", "0", "0"]]
    s.table(14, 106, [34, 24, 40, 40, 44], rows, rowh=8, size=8.5, aligns=["l", "c", "c", "c", "c"])
    s.t(14, 156, "三 非循环贷账户", 11, bold=True)
    s.t(18, 164, "1. 2024年05月12日某消费金融股份有限公司发放的48,000元（人民币）个人消费贷款，2028年05月12日到期，", 8.5)
    s.t(18, 170, "   截至2026年10月，余额31,260元，当前逾期期数2，当前逾期总额4,180元。", 8.5)
    s.t(14, 182, "四 查询记录", 11, bold=True)
    s.table(14, 186, [20, 40, 70, 52], [["编号", "查询日期", "查询机构", "查询原因"],
                                        ["1", "2026-10-21", "某商业银行信用卡中心", "贷后管理"],
                                        ["2", "2026-09-03", "某消费金融股份有限公司", "贷后管理"]],
            rowh=8, size=8.5, aligns=["c", "c", "l", "l"])
    s.t(105, 287, "第 1 页，共 6 页", 8, align="c")
    return s.done(), {}


def zh_loan_contract():
    """个人借款合同 first page: 合同编号, 借款人/贷款人, 借款金额 大写, 期限, 利率, 还款方式."""
    s = Sheet(A4)
    s.t(190, 14, "合同编号：XJ2025031800417", 9, align="r")
    s.t(105, 30, "个人消费借款合同", 17, bold=True, align="c")
    lines = ["借款人（甲方）：宋雅琪            身份证号：5101**********3322",
             "贷款人（乙方）：蜀信消费金融有限公司",
             "住所：四川省成都市高新区天府大道北段***号",
             "",
             "第一条  借款金额",
             "　　乙方同意向甲方发放借款人民币（大写）叁万陆仟元整（小写：¥36,000.00）。",
             "第二条  借款期限",
             "　　借款期限为24个月，自2025年3月18日起至2027年3月17日止。",
             "第三条  借款利率",
             "　　借款年化利率为17.99%（单利），按日计息，日利率为年利率/360。",
             "第四条  还款方式",
             "　　等额本息，每月18日为还款日，每期应还款金额为人民币1,794.52元。",
             "　　甲方指定还款账户：6217 **** **** 7741（中国建设银行）。",
             "第五条  逾期责任",
             "　　甲方未按期足额还款的，乙方有权按借款利率加收50%计收罚息，并可采取电话、短信等方式进行催收。",
             "第六条  提前还款",
             "　　甲方可提前十个工作日书面申请提前还款，提前还款不收取违约金。"]
    y = 48
    for ln in lines:
        s.t(20, y, ln, 9.5)
        y += 8
    s.t(20, y + 14, "甲方（签字）：", 10)
    s.t(110, y + 14, "乙方（盖章）：蜀信消费金融有限公司", 10)
    s.t(20, y + 24, "签订日期：2025年3月18日", 10)
    s.seal(140, y + 18, 18, "蜀信消费金融有限公司", "合同专用章")
    s.t(105, 287, "第 1 页 共 5 页", 8, align="c")
    return s.done(), {}


def zh_utility_bill():
    """电费缴费通知单: 户号/户名/地址, readings, 电量, 应缴金额, 缴费截止日期."""
    s = Sheet((210 * mm, 140 * mm))
    s.t(105, 14, "国网浙江省电力有限公司", 12, bold=True, align="c", color=(0.0, 0.4, 0.35))
    s.t(105, 22, "电费缴费通知单", 13, align="c")
    rows = [["户号", "3301427719", "户名", "叶明辉"],
            ["用电地址", "宁波市鄞州区天童南路***弄**号***室", None, None],
            ["抄表日期", "2026-10-25", "账单月份", "2026年10月"],
            ["上次示数", "18427", "本次示数", "18796"],
            ["用电量(千瓦时)", "369", "电价(元/千瓦时)", "0.538 / 0.568 (阶梯)"],
            ["本期电费(元)", "199.84", "上期结余(元)", "12.30"],
            ["应缴金额(元)", "187.54", "缴费截止日期", "2026-11-15"]]
    y = s.table(16, 28, [36, 55, 36, 51], rows, rowh=9, size=9, head=0, aligns=["c", "l", "c", "l"])
    s.t(16, y + 9, "温馨提示：可通过“网上国网”App、支付宝、微信或银行代扣缴纳电费；逾期将按日加收电费违约金。", 8)
    s.t(16, y + 16, "客户服务热线：95598", 8)
    return s.done(), {}


def zh_vat_invoice():
    """电子发票（普通发票） for goods: 购买方/销售方, items with 税率/税额, 价税合计 大写/小写."""
    s = Sheet((240 * mm, 140 * mm))
    s.t(120, 14, "电子发票（普通发票）", 15, bold=True, align="c", color=(0.55, 0.25, 0.1))
    s.t(170, 22, "发票号码：26442000000318846627", 8)
    s.t(170, 28, "开票日期：2026年10月14日", 8)
    s.box(10, 33, 110, 24, 0.5)
    s.box(120, 33, 110, 24, 0.5)
    s.t(13, 40, "购买方信息  名称：冉思雨", 8.5)
    s.t(13, 47, "统一社会信用代码/纳税人识别号：", 8.5)
    s.t(123, 40, "销售方信息  名称：广州市禾美家居用品有限公司", 8.5)
    s.t(123, 47, "统一社会信用代码/纳税人识别号：91440101MA5C8Q2K7T", 8.5)
    items = [("*家用电器*电热水壶", "1.7L", "台", 1, D("176.99")), ("*日用杂品*收纳箱", "45L", "个", 3, D("30.97")),
             ("*纺织产品*纯棉毛巾", "34x76cm", "条", 4, D("11.50"))]
    rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]]
    amt_sum = tax_sum = D(0)
    for n, sp, u, k, p in items:
        amt = p * k
        tax = q(amt * D("0.13"))
        amt_sum += amt
        tax_sum += tax
        rows.append([n, sp, u, str(k), money(p, False), money(amt, False), "13%", money(tax, False)])
    rows.append(["合    计", "", "", "", "", f"¥{money(amt_sum, False)}", "", f"¥{money(tax_sum, False)}"])
    y = s.table(10, 57, [50, 24, 14, 14, 24, 30, 30, 34], rows, rowh=7.5, size=8,
                aligns=["l", "l", "c", "r", "r", "r", "c", "r"])
    tot = amt_sum + tax_sum
    s.box(10, y, 220, 9, 0.5)
    s.t(13, y + 6, f"价税合计（大写）  {daxie(tot)}", 8.5)
    s.t(170, y + 6, f"（小写）¥{money(tot, False)}", 8.5)
    s.t(13, y + 18, "备注：订单号 3318204476512", 8)
    s.t(13, y + 30, "开票人：刘晓丽", 8.5)
    return s.done(), {}


def zh_diagnosis():
    """诊断证明书 from a hospital: patient, department, diagnosis, 医嘱 (rest), doctor, date, seal; no amounts."""
    s = Sheet((210 * mm, 170 * mm))
    prov = "合肥市庐阳区人民医院"
    s.t(105, 18, prov, 14, bold=True, align="c")
    s.t(105, 28, "诊 断 证 明 书", 14, align="c")
    s.t(16, 42, "姓名：鲁志强", 10)
    s.t(70, 42, "性别：男", 10)
    s.t(110, 42, "年龄：46岁", 10)
    s.t(150, 42, "门诊号：0026418832", 10)
    s.t(16, 50, "科别：骨科", 10)
    s.t(70, 50, "就诊日期：2026-10-16", 10)
    s.line(14, 54, 196, 54, 0.6)
    s.t(16, 64, "诊断：", 10.5, bold=True)
    s.t(30, 64, "1. 腰椎间盘突出症（L4/5）  2. 腰肌劳损", 10.5)
    s.t(16, 78, "医嘱：", 10.5, bold=True)
    s.t(30, 78, "建议卧床休息三周，避免负重及久坐，定期门诊复查。", 10.5)
    s.t(30, 86, "全休 21 天（2026-10-16 至 2026-11-05）。", 10.5)
    s.t(110, 118, "医师签名：陶 靖", 10.5)
    s.t(110, 128, "日期：2026年10月16日", 10.5)
    s.seal(160, 120, 16, prov, "诊断证明专用章")
    s.t(16, 160, "注：本证明需加盖医院诊断证明专用章方有效。", 8)
    return s.done(), {}


def zh_checkup():
    """健康体检报告 summary: the examination centre, the person, the date, a results table with reference ranges."""
    s = Sheet(A4)
    s.t(105, 18, "瑞康健康体检中心", 14, bold=True, align="c", color=(0.1, 0.35, 0.6))
    s.t(105, 28, "健康体检报告（总检摘要）", 12, align="c")
    s.t(16, 40, "体检编号：RK2610270086", 9)
    s.t(90, 40, "姓名：柏文静", 9)
    s.t(140, 40, "性别：女   年龄：34", 9)
    s.t(16, 46, "体检日期：2026-10-27", 9)
    s.t(90, 46, "单位：个人", 9)
    rows = [["项目", "结果", "参考范围", "单位", "提示"],
            ["白细胞计数", "6.2", "3.5-9.5", "10^9/L", ""], ["血红蛋白", "108", "115-150", "g/L", "↓"],
            ["空腹血糖", "5.1", "3.9-6.1", "mmol/L", ""], ["总胆固醇", "5.92", "<5.20", "mmol/L", "↑"],
            ["甘油三酯", "1.34", "<1.70", "mmol/L", ""], ["谷丙转氨酶", "18", "7-40", "U/L", ""],
            ["肌酐", "61", "41-73", "μmol/L", ""], ["尿酸", "302", "155-357", "μmol/L", ""],
            ["收缩压", "118", "90-139", "mmHg", ""], ["舒张压", "76", "60-89", "mmHg", ""]]
    y = s.table(16, 54, [50, 30, 40, 34, 24], rows, rowh=8, size=9, aligns=["l", "r", "c", "c", "c"])
    s.t(16, y + 12, "总检结论：", 10, bold=True)
    s.t(20, y + 20, "1. 轻度贫血，建议血液科随诊；2. 血脂偏高，建议低脂饮食、适量运动，半年后复查。", 9.5)
    s.t(130, y + 40, "总检医师：邱 明", 9.5)
    s.t(130, y + 48, "报告日期：2026-11-02", 9.5)
    return s.done(), {}


# --------------------------------------------------------------------------------------------------------------
# English payslips
# --------------------------------------------------------------------------------------------------------------

def en_payslip_uk():
    """UK payslip: employer and employee boxes, tax code, NI number and letter, payments/deductions, this period and
    year to date, net pay in a box."""
    s = Sheet(landscape(A5), font="Helvetica")
    emp = "Marlow & Finch Joinery Ltd"
    s.box(8, 8, 194, 16, 0.6)
    s.t(11, 14, emp, 11, bold=True)
    s.t(11, 20, "Unit 4, Tanyard Lane, Marlow SL7 1EP", 7.5)
    s.t(199, 14, "PAYSLIP", 12, bold=True, align="r")
    s.t(199, 20, "Pay date: 30/10/2026", 8, align="r")
    rows = [["Employee", "Emp. no.", "Tax code", "NI number", "NI letter", "Tax period", "Pay method"],
            ["Priya Nair", "00287", "1257L", "PN 48 27 91 D", "A", "Month 7", "BACS"]]
    s.table(8, 27, [42, 20, 22, 36, 20, 26, 28], rows, rowh=6.5, size=8, aligns=["l"] * 7, head_fill=(0.88, 0.9, 0.95))
    pay = [("Basic salary", "", "", D("2541.67")), ("Overtime x1.5", "9.00", "21.99", D("197.91")),
           ("Holiday pay", "", "", D("0.00"))]
    gross = sum(p[3] for p in pay)
    tax = q((gross - D("1047.50")) * D("0.2"))
    ni = q((gross - D("1048.00")) * D("0.08"))
    pens = q(gross * D("0.05"))
    loan = D("112.00")
    dedus = [("Income tax", tax), ("National Insurance", ni), ("Pension (NEST) 5%", pens), ("Student loan Plan 2", loan)]
    net = gross - sum(v for _, v in dedus)
    rows = [["Payments", "Units", "Rate", "Amount", "Deductions", "Amount"]]
    for k in range(4):
        a = pay[k] if k < len(pay) else ("", "", "", None)
        b = dedus[k]
        rows.append([a[0], a[1], a[2], money(a[3]) if a[3] is not None else "", b[0], money(b[1])])
    y = s.table(8, 43, [44, 16, 18, 24, 50, 24], rows, rowh=6.5, size=8,
                aligns=["l", "r", "r", "r", "l", "r"], grid=False)
    ytd = [("Gross pay TD", gross * 6 + D("1840.20")), ("Taxable pay TD", gross * 6 + D("1840.20") - pens * 7),
           ("Tax paid TD", tax * 7), ("NI TD", ni * 7), ("Pension TD", pens * 7)]
    s.t(8, y + 8, "This period", 8.5, bold=True)
    s.t(8, y + 14, f"Total gross pay  {money(gross)}", 8)
    s.t(8, y + 20, f"Total deductions  {money(gross - net)}", 8)
    s.t(70, y + 8, "Year to date", 8.5, bold=True)
    for k, (a, v) in enumerate(ytd):
        s.t(70 + (k // 3) * 55, y + 14 + (k % 3) * 6, f"{a}  {money(q(v))}", 8)
    s.box(160, y + 4, 42, 18, 0.9)
    s.t(181, y + 10, "NET PAY", 8.5, bold=True, align="c")
    s.t(181, y + 18, f"£{money(net)}", 12, bold=True, align="c")
    s.t(8, 140, "Employer PAYE ref: 120/MF48213   Accounts office ref: 120PX00419273", 6.5)
    return s.done(), {"employer": emp, "employee": "Priya Nair", "period": "2026-10",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


def en_payslip_au():
    """Australian fortnightly payslip: ABN, pay period dates, hours x rate, PAYG withholding, super (employer), leave."""
    s = Sheet(A4, font="Helvetica")
    emp = "Coral Coast Veterinary Pty Ltd"
    s.t(15, 20, emp, 13, bold=True)
    s.t(15, 26, "ABN 53 004 085 616  ·  12 Esplanade, Cairns QLD 4870", 8)
    s.t(195, 20, "Pay Slip", 13, align="r")
    s.line(15, 30, 195, 30, 0.8)
    info = [("Employee", "Liam O'Connell"), ("Employee ID", "CCV-0142"), ("Classification", "Veterinary Nurse Level 3"),
            ("Employment basis", "Full time"), ("Hourly rate", "$33.85")]
    for k, (a, b) in enumerate(info):
        s.t(15, 38 + k * 6, a, 8.5)
        s.t(55, 38 + k * 6, b, 8.5)
    pinfo = [("Pay period", "13/10/2026 - 26/10/2026"), ("Payment date", "29/10/2026"), ("Pay frequency", "Fortnightly")]
    for k, (a, b) in enumerate(pinfo):
        s.t(115, 38 + k * 6, a, 8.5)
        s.t(150, 38 + k * 6, b, 8.5)
    lines = [("Ordinary hours", D("76.00"), D("33.85")), ("Saturday penalty 125%", D("7.60"), D("42.31")),
             ("Overtime first 2 hrs 150%", D("3.00"), D("50.78"))]
    rows = [["Description", "Hours", "Rate", "This pay", "YTD"]]
    gross = D(0)
    for n, h, r in lines:
        amt = q(h * r)
        gross += amt
        rows.append([n, money(h), f"${money(r)}", f"${money(amt)}", f"${money(amt * 8)}"])
    tax = D("471.00")
    rows += [["Gross earnings", "", "", f"${money(gross)}", f"${money(gross * 8)}"],
             ["PAYG withholding", "", "", f"-${money(tax)}", f"-${money(tax * 8)}"],
             ["Union fees", "", "", "-$19.40", "-$155.20"]]
    net = gross - tax - D("19.40")
    rows.append(["NET PAY", "", "", f"${money(net)}", f"${money(net * 8)}"])
    y = s.table(15, 72, [70, 20, 25, 30, 35], rows, rowh=7, size=8.5, aligns=["l", "r", "r", "r", "r"], grid=False)
    s.t(15, y + 10, "Superannuation (employer contribution, 12%)", 8.5, bold=True)
    s.t(15, y + 16, f"Fund: AustralianSuper  Member no. 7720 1193   This pay ${money(q(gross * D('0.12')))}", 8.5)
    s.t(15, y + 26, "Leave balances", 8.5, bold=True)
    s.t(15, y + 32, "Annual leave 88.42 hrs    Personal/carer's leave 51.30 hrs    Long service leave 0.00 hrs", 8.5)
    s.t(15, y + 42, "Paid to: BSB 064-***  Account ****3318", 8.5)
    return s.done(), {"employer": emp, "employee": "Liam O'Connell", "period": "2026-10",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


def en_paystub_us():
    """US earnings statement: company block, period beginning/ending, pay date, earnings rate/hours/this period/YTD,
    statutory and voluntary deductions, net pay; a detachable non-negotiable advice below."""
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    emp = "Redwood Valley Logistics Inc."
    s.t(14, 16, emp, 11, bold=True)
    s.t(14, 21, "2240 Harbor Blvd, West Sacramento, CA 95691", 7.5)
    s.t(202, 16, "Earnings Statement", 12, bold=True, align="r")
    for k, (a, b) in enumerate([("Period Beginning:", "10/05/2026"), ("Period Ending:", "10/18/2026"),
                                ("Pay Date:", "10/23/2026")]):
        s.t(160, 24 + k * 5, a, 7.5, align="r")
        s.t(202, 24 + k * 5, b, 7.5, align="r")
    s.t(14, 30, "Taxable Marital Status: Single", 7.5)
    s.t(14, 35, "Exemptions/Allowances: Federal 0, CA 1", 7.5)
    s.t(110, 44, "MARCUS T DELGADO", 9.5, bold=True)
    s.t(110, 49, "1187 ALDER CREEK WAY", 8)
    s.t(110, 54, "DAVIS CA 95616", 8)
    ytd_k = D("19")
    earn = [("Regular", D("24.50"), D("80.00")), ("Overtime", D("36.75"), D("6.50")), ("Holiday", D("24.50"), D("0"))]
    rows = [["Earnings", "rate", "hours", "this period", "year to date"]]
    gross = D(0)
    for n, r, h in earn:
        amt = q(r * h)
        gross += amt
        rows.append([n, money(r), money(h), money(amt) if amt else "", money(q(amt * ytd_k + (196 if n == "Holiday" else 0)))])
    gross_ytd = q(gross * ytd_k + 196)
    rows.append(["Gross Pay", "", "", f"${money(gross)}", money(gross_ytd)])
    y = s.table(14, 62, [44, 20, 20, 30, 30], rows, rowh=5.5, size=7.8, aligns=["l", "r", "r", "r", "r"], grid=False)
    fit, ss, med, st, sdi = q(gross * D("0.083")), q(gross * D("0.062")), q(gross * D("0.0145")), q(gross * D("0.031")), q(gross * D("0.012"))
    k401, dental = q(gross * D("0.04")), D("14.25")
    rows = [["Deductions", "Statutory", "", "this period", "year to date"],
            ["", "Federal Income Tax", "", f"-{money(fit)}", money(fit * ytd_k)],
            ["", "Social Security Tax", "", f"-{money(ss)}", money(ss * ytd_k)],
            ["", "Medicare Tax", "", f"-{money(med)}", money(med * ytd_k)],
            ["", "CA State Income Tax", "", f"-{money(st)}", money(st * ytd_k)],
            ["", "CA SDI Tax", "", f"-{money(sdi)}", money(sdi * ytd_k)],
            ["", "Other", "", "", ""],
            ["", "401(k)", "", f"-{money(k401)}*", money(k401 * ytd_k)],
            ["", "Dental", "", f"-{money(dental)}*", money(dental * ytd_k)]]
    net = gross - fit - ss - med - st - sdi - k401 - dental
    rows.append(["Net Pay", "", "", f"${money(net)}", ""])
    y = s.table(14, y + 4, [22, 42, 20, 30, 30], rows, rowh=5.5, size=7.8, aligns=["l", "l", "r", "r", "r"], grid=False)
    s.t(14, y + 6, "* Excluded from federal taxable wages. Your federal taxable wages this period are "
                   f"${money(gross - k401 - dental)}", 7)
    s.t(150, 66, "Other Benefits and Information", 7.5, bold=True)
    s.t(150, 71, "Vacation hrs avail   52.00", 7.5)
    s.t(150, 76, "Sick hrs avail       24.00", 7.5)
    s.line(10, 196, 206, 196, 0.5, dash=(2, 2))
    s.t(14, 204, emp, 9, bold=True)
    s.t(150, 204, "Advice number: 00000431875", 7.5)
    s.t(150, 209, "Pay date: 10/23/2026", 7.5)
    s.t(14, 216, "Deposited to the account of", 7.5)
    s.t(14, 221, "MARCUS T DELGADO", 8)
    s.t(110, 216, "account number      transit ABA      amount", 7.5)
    s.t(110, 221, f"xxxxxx7390          xxxx xxxx         ${money(net)}", 7.5, font="Courier")
    s.t(108, 235, "NON-NEGOTIABLE", 12, bold=True, align="c", color=(0.6, 0.6, 0.6))
    return s.done(), {"employer": emp, "employee": "Marcus T Delgado", "period": "2026-10",
                      "gross_pay": money(gross, False), "net_pay": money(net, False)}


# --------------------------------------------------------------------------------------------------------------
# English statements
# --------------------------------------------------------------------------------------------------------------

def _en_tx(seed, start, end, opening, n, pay):
    import datetime as dt
    rng = random.Random(seed)
    d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = sorted(rng.randrange((d1 - d0).days + 1) for _ in range(n))
    bal, out, paid = opening, [], set()
    shops = ["TESCO STORES 2231", "DIRECT DEBIT COUNCIL TAX", "CARD PAYMENT BOOTS", "STANDING ORDER RENT",
             "CARD PAYMENT SHELL", "AMAZON MKTPLACE", "TFL TRAVEL CH", "DD OCTOPUS ENERGY", "CASH WITHDRAWAL"]
    for k in days:
        day = d0 + dt.timedelta(days=k)
        if day.month not in paid and day.day >= 24:
            desc, amt = pay
            paid.add(day.month)
        elif rng.random() < 0.12:
            desc, amt = "FASTER PAYMENT FROM J OKAFOR", q(D(rng.uniform(20, 300)))
        else:
            desc = rng.choice(shops)
            amt = -q(D(rng.uniform(3, 95 if "RENT" not in desc else 900)))
        bal += amt
        out.append((day, desc, amt, bal))
    return out


def en_stmt_uk_bs():
    """UK building society current account: sort code and account number, 'Statement period 1 to 31 October',
    Date | Details | Paid out | Paid in | Balance, brought/carried forward; two pages."""
    s = Sheet(A4, font="Helvetica")
    bank = "Harbourside Building Society"
    opening = D("1412.86")
    tx = _en_tx(11, "2026-10-01", "2026-10-31", opening, 38, ("BGC SEVERN WATER PLC SALARY", D("2216.40")))
    parts = [tx[:20], tx[20:]]
    bal = opening
    for pi, part in enumerate(parts):
        s.t(15, 18, bank, 14, bold=True, color=(0.0, 0.25, 0.45))
        s.t(15, 24, "Head Office: Quay House, Bristol BS1 4RT", 7)
        s.t(195, 18, "Current Account Statement", 10, align="r")
        s.t(195, 24, f"Page {pi + 1} of 2", 8, align="r")
        if pi == 0:
            s.t(15, 40, "Mr Daniel Okafor", 9.5)
            s.t(15, 45, "27 Clarence Road", 9)
            s.t(15, 50, "Bristol BS2 8QD", 9)
            for k, (a, b) in enumerate([("Account name", "MR D OKAFOR"), ("Sort code", "40-11-62"),
                                        ("Account number", "71839204"),
                                        ("Statement period", "1 October 2026 to 31 October 2026")]):
                s.t(110, 40 + k * 5.5, a, 8.5)
                s.t(145, 40 + k * 5.5, b, 8.5)
            top = 66
        else:
            s.t(15, 34, "Account number 71839204 continued", 8.5)
            top = 40
        rows = [["Date", "Details", "Paid out", "Paid in", "Balance"]]
        if pi == 0:
            rows.append(["01 Oct 2026", "BALANCE BROUGHT FORWARD", "", "", money(bal)])
        for day, desc, amt, b in part:
            rows.append([day.strftime("%d %b %Y"), desc, money(-amt) if amt < 0 else "", money(amt) if amt > 0 else "",
                         money(b)])
            bal = b
        if pi == 1:
            rows.append(["31 Oct 2026", "BALANCE CARRIED FORWARD", "", "", money(bal)])
        s.table(15, top, [26, 76, 26, 26, 26], rows, rowh=7, size=8, aligns=["l", "l", "r", "r", "r"], grid=False,
                head_fill=(0.85, 0.9, 0.95))
        s.t(15, 283, "Harbourside Building Society is authorised by the Prudential Regulation Authority. "
                     "FS register no. 206114.", 6.5)
        if pi == 0:
            s.page()
    return s.done(), {"bank": bank, "account_holder": "Daniel Okafor", "account_number": "71839204",
                      "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": money(bal, False)}


def en_stmt_us_cu():
    """US credit union member statement: member number, a summary box per share, Posting date / Description /
    Withdrawals / Deposits / Balance, 'Statement Period 10/01/26 thru 10/31/26'."""
    import datetime as dt
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    bank = "Prairie Federal Credit Union"
    s.t(14, 18, bank.upper(), 13, bold=True, color=(0.1, 0.35, 0.2))
    s.t(14, 24, "PO Box 4410  ·  Lincoln, NE 68504  ·  (402) 555-0190", 7.5)
    s.box(130, 12, 74, 20, 0.5)
    s.t(133, 18, "Statement Period", 7.5)
    s.t(133, 23, "10/01/26 thru 10/31/26", 9, bold=True)
    s.t(133, 29, "Member Number   ****2013", 7.5)
    s.t(14, 40, "ANGELA M WHITFIELD", 9)
    s.t(14, 45, "3316 S 48TH ST", 8.5)
    s.t(14, 50, "LINCOLN NE 68506-4119", 8.5)
    s.t(14, 64, "SHARE DRAFT CHECKING   Account ending 4471", 9, bold=True)
    rng = random.Random(19)
    bal = D("836.17")
    opening = bal
    rows = [["Posting Date", "Transaction Description", "Withdrawals", "Deposits", "Balance"]]
    day = dt.date(2026, 10, 1)
    wd = dep = D(0)
    for k in range(17):
        day += dt.timedelta(days=rng.randrange(1, 3))
        if k in (3, 11):
            desc, amt = "ACH DEPOSIT LANCASTER CO SCHOOL DIST PAYROLL", D("1488.62")
        else:
            desc = rng.choice(["POS PURCHASE HY-VEE #1321", "ACH DEBIT LES UTILITY", "CHECK #1047", "POS PURCHASE CASEYS",
                               "ATM WITHDRAWAL 27TH & PINE", "ACH DEBIT GEICO AUTO"])
            amt = -q(D(rng.uniform(9, 260)))
        bal += amt
        if amt < 0:
            wd -= amt
        else:
            dep += amt
        rows.append([day.strftime("%m/%d"), desc, money(-amt) if amt < 0 else "", money(amt) if amt > 0 else "",
                     money(bal)])
    s.box(14, 68, 190, 9, 0.4, fill=(0.93, 0.96, 0.93))
    s.t(16, 74, f"Beginning Balance {money(opening)}   Deposits {money(dep)}   Withdrawals {money(wd)}   "
                f"Ending Balance {money(bal)}", 8)
    y = s.table(14, 80, [24, 86, 26, 26, 28], rows, rowh=6.5, size=7.8, aligns=["l", "l", "r", "r", "r"], grid=False)
    s.t(14, y + 8, f"Ending Balance on 10/31/26: ${money(bal)}", 8.5, bold=True)
    s.t(14, y + 16, "Dividends earned this period 0.04   Annual percentage yield earned 0.05%", 7.5)
    s.t(14, 270, "Federally insured by NCUA", 7.5)
    return s.done(), {"bank": bank, "account_holder": "Angela M Whitfield", "account_number": "4471",
                      "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": money(bal, False)}


def en_stmt_au():
    """Australian mutual bank transaction listing: BSB and account, Opening/Closing balance with CR, Debit/Credit."""
    import datetime as dt
    s = Sheet(A4, font="Times-Roman")
    bank = "Southern Cross Mutual Bank"
    s.t(15, 20, bank, 15, bold=True)
    s.t(15, 26, "Southern Cross Mutual Bank Ltd ABN 71 087 650 355 AFSL 240291", 7)
    s.t(15, 40, "MS CHLOE ANNE BRENNAN", 9.5)
    s.t(15, 45, "UNIT 6 14 WATTLE ST", 9)
    s.t(15, 50, "FOOTSCRAY VIC 3011", 9)
    s.t(120, 40, "Everyday Access Account", 10, bold=True)
    s.t(120, 46, "BSB 633-108   Account 1942 6671", 9)
    s.t(120, 52, "Period 1 Oct 2026 - 31 Oct 2026", 9)
    rng = random.Random(29)
    bal = D("2107.55")
    rows = [["Date", "Transaction", "Debit", "Credit", "Balance"], ["01 Oct", "OPENING BALANCE", "", "", f"{money(bal)} CR"]]
    day = dt.date(2026, 10, 1)
    for k in range(15):
        day += dt.timedelta(days=rng.randrange(1, 3))
        if k in (2, 9):
            desc, amt = "CENTRELINK JOBSEEKER PAYMENT", D("778.20")
        else:
            desc = rng.choice(["EFTPOS COLES FOOTSCRAY", "BPAY TELSTRA", "VISA MYKI TOP UP", "DIRECT DEBIT RENT.COM.AU",
                               "EFTPOS CHEMIST WAREHOUSE", "OSKO PAYMENT TO M NGUYEN"])
            amt = -q(D(rng.uniform(6, 340)))
        bal += amt
        rows.append([day.strftime("%d %b"), desc, money(-amt) if amt < 0 else "", money(amt) if amt > 0 else "",
                     f"{money(bal)} CR"])
    rows.append(["31 Oct", "CLOSING BALANCE", "", "", f"{money(bal)} CR"])
    y = s.table(15, 62, [22, 88, 24, 24, 30], rows, rowh=6.8, size=8.5, aligns=["l", "l", "r", "r", "r"], grid=False)
    s.t(15, y + 10, "Please check your transactions and tell us about any error as soon as possible. 13 62 44", 7.5)
    return s.done(), {"bank": bank, "account_holder": "Chloe Anne Brennan", "account_number": ["1942 6671", "6671"],
                      "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": money(bal, False)}


# --------------------------------------------------------------------------------------------------------------
# English medical bills, letters
# --------------------------------------------------------------------------------------------------------------

def en_hospital_us():
    """US hospital itemized statement: guarantor/patient, account, statement date, service lines with revenue codes,
    total charges, insurance payment and contractual adjustment, patient responsibility."""
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    prov = "St. Brigid Regional Medical Center"
    s.t(14, 18, prov, 13, bold=True, color=(0.35, 0.1, 0.35))
    s.t(14, 24, "Patient Financial Services · 900 Mercy Drive · Dubuque, IA 52001", 7.5)
    s.t(202, 18, "ITEMIZED STATEMENT", 11, bold=True, align="r")
    info = [("Statement Date", "10/29/2026"), ("Account No.", "H-20418873"), ("Admit / Discharge", "10/11/26 - 10/13/26"),
            ("Patient", "Robert J. Kaminski"), ("Guarantor", "Robert J. Kaminski")]
    for k, (a, b) in enumerate(info):
        s.t(120, 34 + k * 5, a, 7.8)
        s.t(158, 34 + k * 5, b, 7.8)
    s.t(14, 36, "ROBERT J KAMINSKI", 9)
    s.t(14, 41, "418 LORAS BLVD", 8.5)
    s.t(14, 46, "DUBUQUE IA 52001", 8.5)
    lines = [("10/11/26", "0450", "ER VISIT LEVEL 4", 1, D("1864.00")), ("10/11/26", "0320", "CT ABDOMEN/PELVIS W CONTRAST", 1,
             D("3120.00")), ("10/11/26", "0300", "COMPREHENSIVE METABOLIC PANEL", 1, D("212.00")),
             ("10/11/26", "0301", "CBC W AUTO DIFF", 1, D("96.00")), ("10/11/26", "0250", "ONDANSETRON 4MG INJ", 2,
             D("58.50")), ("10/12/26", "0120", "ROOM & BOARD SEMI-PRIVATE", 2, D("2450.00")),
             ("10/12/26", "0360", "LAPAROSCOPIC APPENDECTOMY", 1, D("9875.00")), ("10/12/26", "0370", "ANESTHESIA 1ST HR",
             1, D("1420.00")), ("10/12/26", "0710", "RECOVERY ROOM", 1, D("980.00")),
             ("10/13/26", "0636", "CEFTRIAXONE 1GM", 2, D("74.25"))]
    rows = [["Date", "Rev", "Description", "Qty", "Charges"]]
    total = D(0)
    for d, r, desc, n, p in lines:
        total += p * n
        rows.append([d, r, desc, str(n), money(p * n)])
    y = s.table(14, 66, [22, 14, 100, 14, 38], rows, rowh=6, size=7.8, aligns=["l", "l", "l", "r", "r"], grid=False)
    ins = q(total * D("0.58"))
    adj = q(total * D("0.31"))
    due = total - ins - adj
    summ = [("Total Charges", money(total)), ("Insurance Payments (Wellmark BCBS)", f"-{money(ins)}"),
            ("Contractual Adjustments", f"-{money(adj)}"), ("Patient Payments", "0.00"),
            ("Patient Responsibility", money(due))]
    for k, (a, b) in enumerate(summ):
        s.t(110, y + 8 + k * 6, a, 8.2, bold=k in (0, 4))
        s.t(202, y + 8 + k * 6, b, 8.2, bold=k in (0, 4), align="r")
    s.box(110, y + 42, 92, 10, 0.8)
    s.t(113, y + 48.5, "AMOUNT DUE BY 11/28/2026", 8.5, bold=True)
    s.t(200, y + 48.5, f"${money(due)}", 9.5, bold=True, align="r")
    s.t(14, y + 64, "Questions about this bill? Call (563) 555-0148 Mon-Fri 8am-5pm. Financial assistance may be available.",
        7.2)
    return s.done(), {"provider": prov, "patient": "Robert J. Kaminski", "date": "2026-10-29", "total": money(total, False)}


def en_hospital_uk():
    """UK private hospital invoice: self-pay patient, invoice date, treatment lines, total, less insurer, balance."""
    s = Sheet(A4, font="Times-Roman")
    prov = "Thornbury Private Hospital"
    s.t(105, 22, prov.upper(), 15, bold=True, align="c")
    s.t(105, 29, "Fulwood Road, Sheffield S10 3BR  ·  VAT reg. GB 318 4470 22", 8, align="c")
    s.t(15, 46, "INVOICE", 13, bold=True)
    s.t(15, 56, "Mrs Helen Marsh", 10)
    s.t(15, 61, "9 Ranmoor Crescent", 9.5)
    s.t(15, 66, "Sheffield S10 3GU", 9.5)
    for k, (a, b) in enumerate([("Invoice number", "TPH/INV/0098314"), ("Invoice date", "14 October 2026"),
                                ("Hospital number", "TH0412297"), ("Consultant", "Mr A. Qureshi FRCS")]):
        s.t(120, 56 + k * 6, a, 9)
        s.t(160, 56 + k * 6, b, 9)
    items = [("06/10/2026", "Outpatient consultation, orthopaedics", D("250.00")),
             ("06/10/2026", "MRI scan, right knee", D("695.00")),
             ("09/10/2026", "Arthroscopic meniscectomy (day case) - theatre and nursing", D("3480.00")),
             ("09/10/2026", "Anaesthetist fee", D("620.00")), ("09/10/2026", "Physiotherapy session", D("85.00")),
             ("09/10/2026", "Take-home medication", D("42.60"))]
    rows = [["Date", "Description", "Amount (£)"]]
    total = D(0)
    for d, desc, a in items:
        total += a
        rows.append([d, desc, money(a)])
    y = s.table(15, 86, [28, 122, 30], rows, rowh=7, size=9, aligns=["l", "l", "r"], grid=False)
    ins = D("3900.00")
    for k, (a, b) in enumerate([("Invoice total", money(total)), ("Less: paid by insurer (AXA Health, auth. 77812)",
                                                                   f"({money(ins)})"),
                                ("Balance due from patient", money(total - ins))]):
        s.t(60, y + 10 + k * 7, a, 9.5, bold=k != 1)
        s.t(195, y + 10 + k * 7, b, 9.5, bold=k != 1, align="r")
    s.t(15, y + 40, "Payment is due within 30 days. Pay online at thornburyhospital.example/pay or call 0114 555 0172.", 8.5)
    return s.done(), {"provider": prov, "patient": "Helen Marsh", "date": "2026-10-14", "total": money(total, False)}


def en_universal_credit():
    """Universal Credit statement from the online account: assessment period, elements, deductions, payment."""
    s = Sheet(A4, font="Helvetica")
    s.t(15, 18, "GOV.UK", 12, bold=True)
    s.t(15, 28, "Universal Credit", 9, color=(0.3, 0.3, 0.3))
    s.t(15, 40, "Your statement", 18, bold=True)
    s.t(15, 50, "Thomas Reilly", 10)
    s.t(15, 56, "Statement date: 20 October 2026", 10)
    s.t(15, 68, "Assessment period: 15 September 2026 to 14 October 2026", 10)
    rows = [["Your Universal Credit", "Amount"], ["Standard allowance (single, 25 or over)", "£400.14"],
            ["Housing element", "£575.00"], ["Total before deductions", "£975.14"],
            ["Take-home pay (from your employer)", "£0.00"], ["Advance payment repayment", "- £66.50"],
            ["Total deductions", "- £66.50"], ["We will pay you", "£908.64"]]
    y = s.table(15, 74, [120, 50], rows, rowh=8, size=9.5, aligns=["l", "r"], grid=False)
    s.t(15, y + 10, "We will pay this into your account ending 2217 on 21 October 2026.", 9.5)
    s.t(15, y + 20, "Your claimant commitment: spend 35 hours a week looking and preparing for work.", 9)
    s.t(15, y + 30, "Reported you are not working since 2 September 2026 (employment ended).", 9)
    s.t(15, 280, "Department for Work and Pensions", 8, color=(0.3, 0.3, 0.3))
    return s.done(), {"person": "Thomas Reilly", "issuer": ["Department for Work and Pensions", "Universal Credit", "DWP"],
                      "date": "2026-10-20"}


def en_ui_determination():
    """US state monetary determination for unemployment insurance: claimant block, date mailed, base period wages,
    weekly benefit amount, appeal rights."""
    s = Sheet((8.5 * 72, 11 * 72), font="Courier")
    iss = "Employment Security Department"
    s.t(108, 16, "STATE OF WASHINGTON", 10, bold=True, align="c", font="Helvetica")
    s.t(108, 22, "EMPLOYMENT SECURITY DEPARTMENT", 11, bold=True, align="c", font="Helvetica")
    s.t(108, 28, "Unemployment Insurance  PO Box 9046  Olympia WA 98507-9046", 7.5, align="c", font="Helvetica")
    s.t(108, 40, "MONETARY DETERMINATION", 12, bold=True, align="c", font="Helvetica")
    s.t(14, 54, "KEVIN L HARTMAN", 9)
    s.t(14, 59, "7702 N MONROE ST APT 3", 9)
    s.t(14, 64, "SPOKANE WA 99208", 9)
    for k, (a, b) in enumerate([("DATE MAILED:", "10/09/2026"), ("CLAIM EFFECTIVE:", "09/27/2026"),
                                ("CUSTOMER ID:", "*****8816"), ("BENEFIT YEAR END:", "09/25/2027")]):
        s.t(120, 54 + k * 5, a, 8)
        s.t(168, 54 + k * 5, b, 8)
    rows = [["BASE PERIOD QUARTER", "EMPLOYER", "WAGES", "HOURS"],
            ["04/01/2025-06/30/2025", "CASCADE PRINT WORKS LLC", "14,880.00", "520"],
            ["07/01/2025-09/30/2025", "CASCADE PRINT WORKS LLC", "15,213.60", "528"],
            ["10/01/2025-12/31/2025", "CASCADE PRINT WORKS LLC", "14,922.40", "520"],
            ["01/01/2026-03/31/2026", "CASCADE PRINT WORKS LLC", "15,006.00", "522"]]
    y = s.table(14, 82, [52, 66, 34, 24], rows, rowh=6.5, size=7.8, aligns=["l", "l", "r", "r"], grid=False)
    s.t(14, y + 10, "YOUR WEEKLY BENEFIT AMOUNT IS ........ $612.00", 9)
    s.t(14, y + 16, "YOUR MAXIMUM BENEFIT AMOUNT IS ....... $15,912.00", 9)
    s.t(14, y + 22, "YOU MAY BE PAID UP TO 26 WEEKS OF BENEFITS.", 9)
    s.t(14, y + 34, "THIS DETERMINATION BECOMES FINAL UNLESS YOU FILE AN APPEAL WITHIN 30 DAYS", 8)
    s.t(14, y + 39, "OF THE DATE MAILED SHOWN ABOVE.", 8)
    return s.done(), {"person": "Kevin L Hartman", "issuer": [iss, "Washington Employment Security Department",
                                                               "State of Washington Employment Security Department"],
                      "date": "2026-10-09"}


def en_verification_letter():
    """Employment verification letter on letterhead: start date, position, hourly base pay and the average gross
    monthly earnings, HR signature."""
    s = Sheet((8.5 * 72, 11 * 72), font="Times-Roman")
    emp = "Northgate Dental Group LLC"
    s.t(108, 20, emp, 15, bold=True, align="c", color=(0.1, 0.3, 0.5))
    s.t(108, 26, "1450 Northgate Way, Suite 210 · Seattle, WA 98133 · (206) 555-0121", 8, align="c")
    s.line(20, 30, 196, 30, 0.8, color=(0.1, 0.3, 0.5))
    s.t(20, 44, "October 30, 2026", 10.5)
    s.t(20, 56, "To Whom It May Concern:", 10.5)
    body = ["RE: Verification of Employment - Samantha Greer",
            "",
            "This letter is to verify that Samantha Greer has been employed by Northgate Dental Group LLC",
            "since March 14, 2022, and currently holds the full-time position of Registered Dental Hygienist.",
            "",
            "Ms. Greer's current base rate of pay is $36.50 per hour for a regular schedule of 40 hours per week.",
            "Her average gross monthly earnings over the six months ending September 30, 2026 were $6,327.40,",
            "including scheduled overtime. Her employment is in good standing and is expected to continue.",
            "",
            "Please contact me directly with any questions regarding this verification."]
    for k, ln in enumerate(body):
        s.t(20, 68 + k * 6.5, ln, 10.5)
    s.t(20, 150, "Sincerely,", 10.5)
    s.t(20, 172, "Denise Alvarado", 10.5)
    s.t(20, 178, "Human Resources Manager", 10.5)
    s.t(20, 184, "hr@northgatedental.example", 10)
    return s.done(), {"employer": emp, "employee": "Samantha Greer", "monthly_income": "6327.40", "date": "2026-10-30"}


# --------------------------------------------------------------------------------------------------------------
# English look-alikes (type other)
# --------------------------------------------------------------------------------------------------------------

def en_credit_report():
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    s.t(14, 18, "Consumer Credit Report", 15, bold=True)
    s.t(14, 25, "Prepared for: JORDAN P ELLISON    Report date: 11/02/2026    Report number: 4471-2290-118", 8)
    s.t(14, 38, "Personal information", 10, bold=True)
    for k, ln in enumerate(["Name: JORDAN P ELLISON", "Also known as: JORDAN ELLISON",
                            "Current address: 55 BIRCHWOOD CT, DAYTON OH 45419", "Employer: MIAMI VALLEY HVAC INC"]):
        s.t(16, 45 + k * 5, ln, 8.5)
    s.t(14, 72, "Account summary", 10, bold=True)
    rows = [["Account", "Type", "Opened", "Balance", "Credit limit", "Status"],
            ["CAPITAL ONE ****8812", "Revolving", "04/2019", "$3,912", "$4,500", "30 days late"],
            ["ALLY FINANCIAL ****0375", "Installment", "08/2023", "$14,206", "$21,000", "Current"],
            ["SYNCHRONY/AMAZON ****4410", "Revolving", "11/2021", "$1,118", "$1,500", "60 days late"],
            ["UPSTART ****2290", "Installment", "02/2025", "$8,640", "$12,000", "Current"]]
    y = s.table(14, 76, [52, 26, 20, 26, 26, 34], rows, rowh=6.5, size=7.8, aligns=["l", "l", "l", "r", "r", "l"])
    s.t(14, y + 10, "Inquiries", 10, bold=True)
    s.t(16, y + 17, "10/14/2026 LENDINGCLUB (hard)   09/02/2026 CREDIT KARMA (soft)", 8.5)
    s.t(14, y + 28, "Public records: none    Collections: 1 (MEDICAL - MIDWEST RECOVERY, $482, reported 07/2026)", 8.5)
    return s.done(), {}


def en_utility_bill():
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    s.t(14, 18, "Lakeshore Energy & Water", 14, bold=True, color=(0.0, 0.35, 0.6))
    s.t(202, 18, "Your Monthly Bill", 11, align="r")
    for k, (a, b) in enumerate([("Account number", "2207 4419 86"), ("Bill date", "10/21/2026"),
                                ("Service period", "09/18/2026 - 10/17/2026"), ("Due date", "11/10/2026")]):
        s.t(120, 30 + k * 6, a, 8.5)
        s.t(160, 30 + k * 6, b, 8.5)
    s.t(14, 30, "MARIA GONZALEZ", 9)
    s.t(14, 35, "2816 W CERMAK RD", 8.5)
    s.t(14, 40, "CHICAGO IL 60623", 8.5)
    rows = [["Account summary", ""], ["Previous balance", "$142.37"], ["Payment received 09/28 - thank you", "-$142.37"],
            ["Electric charges (512 kWh)", "$88.14"], ["Water & sewer (3,400 gal)", "$41.60"], ["Taxes and fees", "$9.87"],
            ["Total amount due", "$139.61"]]
    y = s.table(14, 62, [120, 40], rows, rowh=7, size=9, aligns=["l", "r"], grid=False)
    s.t(14, y + 10, "Meter 40118733  Previous read 31824  Current read 32336  Usage 512 kWh", 8.5)
    s.t(14, y + 18, "Pay online at lakeshore.example/pay. A late fee of 1.5% applies after the due date.", 8)
    return s.done(), {}


def en_1099g():
    s = Sheet((8.5 * 72, 5.5 * 72), font="Helvetica")
    s.box(10, 8, 196, 120, 0.8)
    s.t(14, 15, "PAYER'S name: MARYLAND DEPARTMENT OF LABOR, DIVISION OF UNEMPLOYMENT INSURANCE", 7.5)
    s.t(14, 20, "1100 N EUTAW ST, BALTIMORE MD 21201", 7.5)
    s.t(150, 15, "Form 1099-G", 12, bold=True)
    s.t(150, 21, "Certain Government Payments", 8)
    s.t(150, 27, "For calendar year 2025", 8)
    s.t(14, 36, "PAYER'S TIN 52-6002033", 7.5)
    s.t(70, 36, "RECIPIENT'S TIN ***-**-6620", 7.5)
    s.t(14, 46, "RECIPIENT'S name: DARNELL K BROOKS", 8.5)
    s.t(14, 52, "Street address: 4120 PARK HEIGHTS AVE, BALTIMORE MD 21215", 7.5)
    boxes = [("1 Unemployment compensation", "$7,344.00"), ("2 State or local income tax refunds", "$0.00"),
             ("4 Federal income tax withheld", "$734.40"), ("11 State income tax withheld", "$0.00")]
    for k, (a, b) in enumerate(boxes):
        s.box(110, 40 + k * 14, 92, 14, 0.4)
        s.t(112, 45 + k * 14, a, 7.5)
        s.t(198, 51 + k * 14, b, 9, align="r")
    s.t(14, 120, "Copy B For Recipient. This is important tax information and is being furnished to the IRS.", 7)
    return s.done(), {}


def en_loan_agreement():
    s = Sheet((8.5 * 72, 11 * 72), font="Times-Roman")
    s.t(108, 22, "PERSONAL LOAN AGREEMENT", 14, bold=True, align="c")
    s.t(14, 34, "Agreement No. PL-2025-118734        Date: March 3, 2025", 10)
    body = ["Lender: Brightwater Consumer Finance, LLC, 600 Market St, Wilmington, DE 19801",
            "Borrower: Naomi R. Castellanos, 28 Juniper Lane, Albany, NY 12203", "",
            "1. Amount financed. The Lender agrees to lend the Borrower $18,500.00 (the \"Principal\").",
            "2. Interest. Interest accrues at a fixed annual percentage rate of 14.99%.",
            "3. Repayment. 48 monthly payments of $514.37 due on the 3rd of each month, first due April 3, 2025.",
            "4. Late charge. A payment more than 15 days late incurs a fee of $25.00 or 5% of the payment.",
            "5. Default. On default the Lender may declare the unpaid balance due and contact the Borrower",
            "   by telephone, text message or letter to collect amounts owed.",
            "6. Prepayment. The Borrower may prepay in whole or in part without penalty.",
            "7. Governing law. This Agreement is governed by the laws of the State of Delaware."]
    for k, ln in enumerate(body):
        s.t(14, 46 + k * 7, ln, 10)
    s.t(14, 140, "TRUTH IN LENDING DISCLOSURES", 10, bold=True)
    rows = [["ANNUAL PERCENTAGE RATE", "FINANCE CHARGE", "Amount Financed", "Total of Payments"],
            ["15.62%", "$6,189.76", "$18,500.00", "$24,689.76"]]
    s.table(14, 144, [50, 44, 44, 44], rows, rowh=8, size=8.5, aligns=["c"] * 4)
    s.t(14, 180, "Borrower signature: ______________________      Lender: ______________________", 10)
    return s.done(), {}


def en_eob():
    s = Sheet((8.5 * 72, 11 * 72), font="Helvetica")
    s.t(14, 18, "Keystone Mutual Health Plan", 13, bold=True, color=(0.1, 0.3, 0.55))
    s.t(202, 18, "EXPLANATION OF BENEFITS", 11, bold=True, align="r")
    s.t(202, 25, "THIS IS NOT A BILL", 10, bold=True, align="r", color=(0.7, 0.1, 0.1))
    for k, (a, b) in enumerate([("Member", "ERIC D VANCE"), ("Member ID", "KMH884102277"), ("Group", "SUMMIT FOODS INC"),
                                ("Claim number", "26-291-044871"), ("Statement date", "10/24/2026")]):
        s.t(14, 36 + k * 5.5, a, 8.5)
        s.t(50, 36 + k * 5.5, b, 8.5)
    s.t(14, 70, "Patient: ERIC D VANCE     Provider: LEHIGH VALLEY ORTHOPEDIC ASSOCIATES", 8.5)
    rows = [["Service date", "Service", "Amount billed", "Plan discount", "Plan paid", "You may owe"],
            ["10/02/2026", "Office visit, new patient", "$385.00", "$162.40", "$182.60", "$40.00"],
            ["10/02/2026", "X-ray knee 3 views", "$240.00", "$118.75", "$97.00", "$24.25"],
            ["10/09/2026", "Physical therapy eval", "$210.00", "$92.30", "$94.16", "$23.54"],
            ["", "Totals", "$835.00", "$373.45", "$373.76", "$87.79"]]
    y = s.table(14, 76, [26, 50, 28, 28, 26, 30], rows, rowh=7, size=8, aligns=["l", "l", "r", "r", "r", "r"])
    s.t(14, y + 10, "Your deductible: $1,500.00 met $1,500.00   Out-of-pocket maximum: $6,000.00 met $2,317.43", 8)
    s.t(14, y + 18, "The provider may bill you for the amount shown under You may owe.", 8)
    return s.done(), {}


# --------------------------------------------------------------------------------------------------------------
# the set: documents, their forms, the manifest
# --------------------------------------------------------------------------------------------------------------

# doc name -> (builder, language, type, forms {form: file extension}, note)
DOCS = {
    "zh-pay-strip": (zh_pay_strip, "zh", "payslip", {"text": "pdf", "photo": "jpg"},
                     "工资条 cut from a payroll export: one header row of 16 columns, one value row; employer only in the "
                     "title '...有限公司2026年10月份工资条'; gross 应发工资, net 实领金额"),
    "zh-pay-blocks": (zh_pay_blocks, "zh", "payslip", {"scan": "pdf", "photo": "jpg"},
                      "two side-by-side blocks 应发项目|扣款项目 with 应发合计/扣款合计; net as 本月实得 小写 ¥ and 大写"),
    "zh-pay-app": (zh_pay_app, "zh", "payslip", {"image": "png"},
                   "phone screenshot of an HR app's 电子工资条: 实发工资(元) large on a blue card, 应发合计 beside 收入项, "
                   "employer only as 发放单位 at the foot, period '2026年09月 工资条'"),
    "zh-stmt-icbc": (zh_stmt_icbc, "zh", "bank_statement", {"text": "pdf", "scan": "pdf"},
                     "个人账户历史明细清单, 3 pages with 第n页/共3页; one signed 交易金额 column; 起止日期 'A 至 B'; card masked "
                     "6222 02** **** 3517; closing balance = last row's 余额 (no closing line)"),
    "zh-stmt-cmb": (zh_stmt_cmb, "zh", "bank_statement", {"text": "pdf"},
                    "bilingual 交易流水 (记账日期 Date / 交易金额 / 联机余额 Balance / 对手信息), 2 pages numbered 1/2, "
                    "起止日期 'A -- B', seal on the last page; closing balance = last row's 联机余额"),
    "zh-stmt-rural": (zh_stmt_rural, "zh", "bank_statement", {"photo": "jpg", "scan": "png"},
                      "活期存款对账单 of a rural commercial bank: 借方/贷方发生额 columns, 期初余额/期末余额 rows, 凭证号, "
                      "期间 'YYYY年MM月DD日—YYYY年MM月DD日', 业务专用章 seal"),
    "zh-income-letter": (zh_income_letter, "zh", "income_proof", {"text": "pdf", "photo": "jpg"},
                         "收入证明 on letterhead: 月均收入（税前）为1.35万元; company seal over the signature and date"),
    "zh-employment-cert": (zh_employment_cert, "zh", "income_proof", {"scan": "pdf"},
                           "在职证明 stating 每月工资收入为人民币捌仟陆佰元整 (大写 only); date in Chinese numerals "
                           "二〇二六年十月二十八日; seal 人事专用章"),
    "zh-unemployment-reg": (zh_unemployment_reg, "zh", "unemployment_proof", {"photo": "jpg", "text": "pdf"},
                            "失业登记证明 as a bordered form; issuer in the 登记机构 cell and over the seal; 失业登记日期 "
                            "2026-09-22 vs 开具日期 2026-10-19 (the date of the document)"),
    "zh-termination": (zh_termination, "zh", "unemployment_proof", {"scan": "png"},
                       "解除劳动合同证明书: 甲方 company, 乙方 employee; termination date and signing date both 2026-09-30"),
    "zh-med-ebill": (zh_med_ebill, "zh", "medical_bill", {"text": "pdf", "photo": "jpg"},
                     "浙江省医疗门诊收费票据（电子）: 交款人, two-up item grid, 金额合计（大写）/（小写）, 医保统筹/个人账户/"
                     "个人现金 parts; provider in 收款单位（章） and the oval seal"),
    "zh-med-inpatient": (zh_med_inpatient, "zh", "medical_bill", {"scan": "pdf", "text": "pdf"},
                         "住院费用明细清单, 46 item rows over 2 pages; 费用总额 with 统筹基金支付/个人自付 on the last page; "
                         "出院日期 = print date 2026-10-12; 入院日期 2026-10-02"),
    "zh-credit-report": (zh_credit_report, "zh", "other", {"photo": "jpg"}, "个人信用报告（本人版） summary page"),
    "zh-loan-contract": (zh_loan_contract, "zh", "other", {"text": "pdf"}, "个人消费借款合同 page 1 (大写 amount, seal)"),
    "zh-utility-bill": (zh_utility_bill, "zh", "other", {"photo": "jpg"}, "电费缴费通知单 (户号, 户名, 应缴金额)"),
    "zh-vat-invoice": (zh_vat_invoice, "zh", "other", {"text": "pdf"},
                       "电子发票（普通发票） for household goods: 价税合计 大写/小写, 开票日期"),
    "zh-diagnosis": (zh_diagnosis, "zh", "other", {"scan": "png"}, "诊断证明书: hospital, patient, date, no amounts"),
    "zh-checkup": (zh_checkup, "zh", "other", {"photo": "jpg"}, "健康体检报告 summary: results with reference ranges"),
    "en-payslip-uk": (en_payslip_uk, "en", "payslip", {"text": "pdf", "photo": "jpg"},
                      "UK payslip: tax code, NI number, Month 7, payments/deductions side by side, this period and year "
                      "to date, NET PAY box; pay date 30/10/2026"),
    "en-payslip-au": (en_payslip_au, "en", "payslip", {"text": "pdf"},
                      "Australian fortnightly payslip 13/10-26/10/2026 paid 29/10: hours x rate lines with This pay / YTD, "
                      "PAYG withholding, employer super (not a deduction), leave balances"),
    "en-paystub-us": (en_paystub_us, "en", "payslip", {"scan": "pdf"},
                      "US earnings statement: Period Beginning/Ending 10/05-10/18/2026, Pay Date 10/23; earnings and "
                      "statutory deductions with this period / year to date; detachable non-negotiable advice"),
    "en-stmt-uk-bs": (en_stmt_uk_bs, "en", "bank_statement", {"text": "pdf"},
                      "UK building society, 2 pages 'Page n of 2': Paid out / Paid in / Balance, balance brought/carried "
                      "forward, 'Statement period 1 October 2026 to 31 October 2026'"),
    "en-stmt-us-cu": (en_stmt_us_cu, "en", "bank_statement", {"photo": "jpg"},
                      "US credit union member statement: 'Statement Period 10/01/26 thru 10/31/26', member number "
                      "masked, 'Account ending 4471', summary line, Ending Balance"),
    "en-stmt-au": (en_stmt_au, "en", "bank_statement", {"scan": "png"},
                   "Australian transaction listing: BSB 633-108 Account 1942 6671, 'Period 1 Oct 2026 - 31 Oct 2026', "
                   "Debit/Credit, balances suffixed CR, CLOSING BALANCE row"),
    "en-hospital-us": (en_hospital_us, "en", "medical_bill", {"text": "pdf"},
                       "US hospital itemized statement: revenue codes, Total Charges vs insurance payment, contractual "
                       "adjustment and Patient Responsibility (total = total charges); statement date 10/29/2026"),
    "en-hospital-uk": (en_hospital_uk, "en", "medical_bill", {"photo": "jpg"},
                       "UK private hospital invoice: 'Invoice total' then 'Less: paid by insurer' and balance due; "
                       "invoice date 14 October 2026"),
    "en-universal-credit": (en_universal_credit, "en", "unemployment_proof", {"text": "pdf"},
                            "Universal Credit online statement: statement date 20 October 2026, assessment period, "
                            "payment on 21 October; DWP only in the footer"),
    "en-ui-determination": (en_ui_determination, "en", "unemployment_proof", {"scan": "pdf"},
                            "Washington ESD monetary determination in a typewriter face: DATE MAILED 10/09/2026, claim "
                            "effective 09/27/2026, base period wages table"),
    "en-verification-letter": (en_verification_letter, "en", "income_proof", {"text": "pdf"},
                               "employment verification letter: hourly base pay and 'average gross monthly earnings ... "
                               "were $6,327.40'"),
    "en-credit-report": (en_credit_report, "en", "other", {"text": "pdf"}, "consumer credit report summary"),
    "en-utility-bill": (en_utility_bill, "en", "other", {"photo": "jpg"},
                        "energy and water bill: account number, service period, total amount due"),
    "en-1099g": (en_1099g, "en", "other", {"text": "pdf"},
                 "IRS Form 1099-G from a state UI division: a tax form that names unemployment compensation"),
    "en-loan-agreement": (en_loan_agreement, "en", "other", {"text": "pdf"}, "personal loan agreement with TILA box"),
    "en-eob": (en_eob, "en", "other", {"scan": "pdf"}, "health plan Explanation of Benefits, 'THIS IS NOT A BILL'"),
}

FIELDS = {
    "payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
    "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end", "closing_balance"],
    "medical_bill": ["provider", "patient", "date", "total"],
    "unemployment_proof": ["person", "issuer", "date"],
    "income_proof": ["employer", "employee", "monthly_income", "date"],
    "other": [],
}

_BUILT: dict[str, tuple[bytes, dict]] = {}


def build(doc: str) -> tuple[bytes, dict]:
    """(the born-digital PDF, the fields it prints) of one document, built once per process."""
    if doc not in _BUILT:
        _BUILT[doc] = DOCS[doc][0]()
    return _BUILT[doc]


def _seed(doc: str, form: str) -> int:
    return int(hashlib.sha256(f"indep3/{doc}/{form}".encode()).hexdigest()[:8], 16)


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of ``doc`` in ``form`` (text | scan | photo | image); the same bytes on every run."""
    pdf, _ = build(doc)
    ext = DOCS[doc][3][form]
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return (scan_pdf(pdf, _seed(doc, form)) if ext == "pdf" else scan_png(pdf, _seed(doc, form))), ext
    if form == "photo":
        return photo(pdf, _seed(doc, form)), "jpg"
    if form == "image":
        return screenshot(pdf), "png"
    raise ValueError(f"unknown form {form!r}")


def entries() -> list[dict]:
    """The manifest's entries (without sha256): id, origin, generator, doc, language, form, type, labels, note."""
    out = []
    for doc, (_, lang, type_, forms, note) in DOCS.items():
        _, fields = build(doc)
        for form in forms:
            out.append({"id": f"i3-{doc}-{form}", "origin": "generated", "generator": "gen_independent3", "doc": doc,
                        "lang": lang, "form": form, "type": type_, "fields": dict(fields),
                        "absent": [f for f in FIELDS[type_] if f not in fields], "note": note})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write every entry as OUT/<id>.<ext>")
    ap.add_argument("--manifest", type=Path, help="write the manifest (labels and sha256) here")
    ap.add_argument("--only", help="only this doc name")
    args = ap.parse_args()
    docs = []
    for e in entries():
        if args.only and e["doc"] != args.only:
            continue
        raw, ext = render(e["doc"], e["form"])
        e["sha256"] = hashlib.sha256(raw).hexdigest()
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{e['id']}.{ext}").write_bytes(raw)
        docs.append(e)
        print(f"{e['id']}.{ext}  {len(raw) // 1024} KB")
    if args.manifest:
        data = {"as_of_note": "INDEPENDENT set 3: documents generated by bench/thirdparty/gen_independent3.py, written "
                              "without reading packet's code, checklists, tests or earlier generators; the labels are the "
                              "values each builder printed; see bench/README.md",
                "documents": docs}
        args.manifest.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
