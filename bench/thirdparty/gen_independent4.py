"""The fourth independently generated judging set (bench/thirdparty/independent4.json): documents drawn as their issuers
print them, from issuers and layouts none of the earlier sets use, mostly Chinese.

    python bench/thirdparty/gen_independent4.py OUT_DIR            # write every entry as OUT_DIR/<id>.<ext>
    python bench/thirdparty/gen_independent4.py --manifest FILE    # (re)write the manifest: labels + sha256

``render(doc, form) -> (bytes, extension)`` is what fetch_corpus.py calls (GENERATORS["gen_independent4"]).
A page is a list of drawing operations in PDF points (top-left origin); it is drawn either by reportlab (``text``: a
born-digital PDF with a text layer) or by Pillow at a resolution (``scan``: greyscale, tilted, speckled, inside an
image-only PDF as scanners write it; ``photo``: a phone photo in perspective on a desk, uneven light, a shadow, soft
focus, JPEG; ``image``: a phone screenshot, PNG). Every random choice comes from a seed made of the entry's id, so the
same tools give the same bytes. The labels (the truth of each document) sit beside the builder that draws it.
Imports nothing from packet.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
EN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
EN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EN_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
A4 = (595.0, 842.0)
LETTER = (612.0, 792.0)


# ----------------------------------------------------------------------------------------------------------- drawing


@dataclass
class Page:
    """One page: size in points and drawing operations in points from the top-left corner."""

    w: float = A4[0]
    h: float = A4[1]
    ops: list = field(default_factory=list)

    def text(self, x, y, s, size=10.0, bold=False, align="left", color=(0, 0, 0), serif=False):
        """``s`` with its baseline at y (points from the top); align left|center|right around x."""
        self.ops.append(("text", x, y, str(s), size, bold, align, color, serif))

    def line(self, x0, y0, x1, y1, width=0.6, color=(0, 0, 0)):
        self.ops.append(("line", x0, y0, x1, y1, width, color))

    def rect(self, x0, y0, x1, y1, fill=None, stroke=(0, 0, 0), width=0.6):
        self.ops.append(("rect", x0, y0, x1, y1, fill, stroke, width))

    def circle(self, cx, cy, r, color=(200, 30, 30), width=2.0):
        self.ops.append(("circle", cx, cy, r, color, width))

    def seal(self, cx, cy, r, ring: str, centre: str = "★", color=(205, 35, 40)):
        """A red round company seal: the name around the top of the ring, a star and a word in the middle."""
        self.circle(cx, cy, r, color, 2.2)
        n = len(ring)
        for i, ch in enumerate(ring):
            a = math.radians(210 - 240 * (i + 0.5) / n)
            self.text(cx + (r - 9) * math.cos(a), cy - (r - 9) * math.sin(a) + 3.5, ch, 8.5, False, "center", color)
        self.text(cx, cy + 6, "★", 16, False, "center", color)
        if centre and centre != "★":
            self.text(cx, cy + r * 0.55, centre, 7.5, False, "center", color)

    def table(self, x, y, widths, rows, size=8.5, row_h=15.0, header_fill=(230, 230, 230), grid=True,
              aligns=None, bold_first=True):
        """A ruled table from (x, y) (top-left); ``rows[0]`` is the header; returns the y below it."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            if r == 0 and header_fill:
                self.rect(x, top, x + total, top + row_h, fill=header_fill, stroke=None)
            cx = x
            for c, cell in enumerate(row):
                al = (aligns[c] if aligns else "left")
                if al == "right":
                    self.text(cx + widths[c] - 3, top + row_h - 4.2, cell, size, r == 0 and bold_first, "right")
                elif al == "center":
                    self.text(cx + widths[c] / 2, top + row_h - 4.2, cell, size, r == 0 and bold_first, "center")
                else:
                    self.text(cx + 3, top + row_h - 4.2, cell, size, r == 0 and bold_first)
                cx += widths[c]
            if grid:
                self.line(x, top, x + total, top, 0.5)
        bottom = y + len(rows) * row_h
        if grid:
            self.line(x, bottom, x + total, bottom, 0.5)
            cx = x
            for wd in [0] + list(widths):
                cx += wd
                self.line(cx, y, cx, bottom, 0.5)
        return bottom


def _has_cjk(s: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in s)


def to_pdf(pages: list[Page]) -> bytes:
    """A born-digital PDF (reportlab, invariant: no dates or ids that change between runs)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "ZH" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZH", ZH_FONT, subfontIndex=0))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(pages[0].w, pages[0].h), invariant=1)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for op in p.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, bold, align, color, serif = op
                font = "ZH" if _has_cjk(s) else ("Times-Bold" if serif and bold else "Times-Roman" if serif
                                                 else "Helvetica-Bold" if bold else "Helvetica")
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(font, size)
                draw = {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[align]
                draw(x, p.h - y, s)
                if bold and font == "ZH":
                    draw(x + 0.35, p.h - y, s)
            elif kind == "line":
                _, x0, y0, x1, y1, width, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width)
                c.line(x0, p.h - y0, x1, p.h - y1)
            elif kind == "rect":
                _, x0, y0, x1, y1, fill, stroke, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width)
                c.rect(x0, p.h - y1, x1 - x0, y1 - y0, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "circle":
                _, cx, cy, r, color, width = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width)
                c.circle(cx, p.h - cy, r, stroke=1, fill=0)
        c.showPage()
    c.save()
    return out.getvalue()


_FONTS: dict = {}


def _font(path: str, px: int):
    key = (path, px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(path, px)
    return _FONTS[key]


def to_image(p: Page, dpi: int) -> Image.Image:
    """The page drawn by Pillow at ``dpi`` (RGB, white paper)."""
    k = dpi / 72.0
    im = Image.new("RGB", (round(p.w * k), round(p.h * k)), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for op in p.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, bold, align, color, serif = op
            path = ZH_FONT if _has_cjk(s) else (EN_SERIF if serif else EN_BOLD if bold else EN_FONT)
            f = _font(path, max(6, round(size * k)))
            wd = d.textlength(s, font=f)
            left = x * k - (wd / 2 if align == "center" else wd if align == "right" else 0)
            d.text((left, y * k), s, font=f, fill=color, anchor="ls")
            if bold and path == ZH_FONT:
                d.text((left + 0.5 * k, y * k), s, font=f, fill=color, anchor="ls")
        elif kind == "line":
            _, x0, y0, x1, y1, width, color = op
            d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=color, width=max(1, round(width * k)))
        elif kind == "rect":
            _, x0, y0, x1, y1, fill, stroke, width = op
            d.rectangle([x0 * k, y0 * k, x1 * k, y1 * k], fill=fill, outline=stroke,
                        width=max(1, round(width * k)) if stroke else 0)
        elif kind == "circle":
            _, cx, cy, r, color, width = op
            d.ellipse([(cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k], outline=color,
                      width=max(1, round(width * k)))
    return im


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))


def as_scan(p: Page, seed: str) -> bytes:
    """A flatbed scan at 200 dpi: greyscale, tilted by under 1.5 degrees, toner specks, a soft edge; an image-only PDF."""
    rng = _rng(seed)
    im = to_image(p, 200).convert("L")
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(im)
    for _ in range(900):
        x, y = rng.randrange(im.width), rng.randrange(im.height)
        r = rng.choice((1, 1, 1, 2))
        d.ellipse([x, y, x + r, y + r], fill=rng.randrange(60, 170))
    im = im.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: min(255, int(v * 0.93 + 14)))
    jpg = io.BytesIO()
    im.save(jpg, "JPEG", quality=80)
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(p.w, p.h), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, p.w, p.h)
    c.showPage()
    c.save()
    return out.getvalue()


def _perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output corners ``dst`` to input corners ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    a = [r + [b] for r, b in zip(rows, rhs, strict=True)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(a[r][i]))
        a[i], a[piv] = a[piv], a[i]
        for r in range(n):
            if r != i:
                f = a[r][i] / a[i][i]
                a[r] = [vr - f * vi for vr, vi in zip(a[r], a[i], strict=True)]
    return [a[i][n] / a[i][i] for i in range(n)]


def as_photo(p: Page, seed: str) -> bytes:
    """A phone photo of the printed page lying on a desk: perspective (corners moved by up to 5 % of the width),
    light falling off from one side, a hand's shadow across a corner, slight blur; JPEG."""
    rng = _rng(seed)
    page = to_image(p, 165)
    w, h = page.size
    W, H = int(w * 1.16), int(h * 1.12)
    m = w * 0.05
    ox, oy = (W - w) / 2, (H - h) / 2
    corners = [(ox + rng.uniform(-m, m), oy + rng.uniform(-m, m)),
               (ox + w + rng.uniform(-m, m), oy + rng.uniform(-m, m)),
               (ox + w + rng.uniform(-m, m), oy + h + rng.uniform(-m, m)),
               (ox + rng.uniform(-m, m), oy + h + rng.uniform(-m, m))]
    coeffs = _perspective_coeffs(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    desk = Image.new("RGB", (W, H), tuple(rng.randrange(60, 110) for _ in range(3)))
    desk.paste(warped, (0, 0), mask)
    # light: a linear fall-off from a random side, warm tint
    grad = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((W, H), Image.BILINEAR)
    fall = rng.uniform(0.28, 0.38)
    grad = grad.point(lambda v: int(255 - v * fall))
    shade = Image.merge("RGB", (grad, grad.point(lambda v: int(v * 0.97)), grad.point(lambda v: int(v * 0.9))))
    from PIL import ImageChops

    im = ImageChops.multiply(desk, shade)
    # a soft shadow over one corner
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).ellipse([W * rng.uniform(0.55, 0.75), H * rng.uniform(0.7, 0.85), W * 1.4, H * 1.4], fill=95)
    sh = sh.filter(ImageFilter.GaussianBlur(40))
    im = Image.composite(Image.new("RGB", (W, H), (20, 20, 25)), im, sh)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=84)
    return out.getvalue()


def as_screenshot(p: Page, seed: str) -> bytes:
    """A phone screenshot (the page is already drawn as a phone screen): 3 px a point, PNG."""
    out = io.BytesIO()
    to_image(p, 216).save(out, "PNG", optimize=False)
    return out.getvalue()


def money(v: str) -> str:
    """'12345.60' -> '12,345.60' as printed."""
    whole, cents = v.split(".")
    return f"{int(whole):,}.{cents}"


def smoney(v: str) -> str:
    """A signed amount as printed: '-1862.33' -> '-1,862.33'."""
    return "-" + money(v[1:]) if v.startswith("-") else money(v)


def ledger(opening: str, rows: list[tuple], at: int = 2) -> tuple[list[tuple], str]:
    """Running balances: rows holding a signed amount string at index ``at`` -> the same rows with
    the balance after each, and the closing balance (strings with two decimals)."""
    from decimal import Decimal

    bal = Decimal(opening)
    out = []
    for r in rows:
        bal += Decimal(r[at])
        out.append(tuple(r) + (f"{bal:.2f}",))
    return out, f"{bal:.2f}"


# ----------------------------------------------------------------------------------------------------- Chinese pages


def zh_piece_rate():
    """A factory's piece-rate pay strip cut from the month's sheet: column heads over one worker's row; the company's
    name is on the sheet's title, not on the strip."""
    p = Page(842, 230)
    p.text(30, 34, "2026年10月份 计件工资条（冲压二车间）", 13, True)
    p.text(812, 34, "第 3 页  共 12 页", 8, align="right")
    heads = ["工号", "姓名", "计件数量", "单价", "计件工资", "加班工资", "全勤奖", "夜班补贴", "应发工资",
             "社保个人", "住宿水电", "个税", "实发工资", "签收"]
    row = ["CY0517", "王春燕", "18,450", "0.31", "5,719.50", "843.00", "200.00", "80.00", "6,842.50", "486.20",
           "120.00", "0.00", "6,236.30", ""]
    widths = [50, 50, 58, 38, 62, 58, 50, 56, 62, 58, 58, 40, 64, 50]
    y = p.table(30, 52, widths, [heads, row], 9, 26, header_fill=(238, 238, 238))
    p.text(30, y + 22, "注：计件数量以车间统计员月末盘点为准；对工资有异议请于发放后3日内到人事部核对。", 8)
    p.line(20, 205, 822, 205, 0.5, (120, 120, 120))
    p.text(421, 220, "- - - - - - - - - - - - - - - - - 沿 此 线 剪 开 - - - - - - - - - - - - - - - - -", 7,
           align="center", color=(110, 110, 110))
    return [p], {"type": "payslip", "lang": "zh",
                 "fields": {"employee": "王春燕", "period": "2026-10", "gross_pay": "6842.50", "net_pay": "6236.30"},
                 "absent": ["employer"]}


def zh_hospital_perf():
    """A public hospital's monthly pay advice from its HR system: sections stacked down the page (一、应发 二、代扣
    三、实发), each item with 本月 and 本年累计 columns (岗位/薪级 pay, 基础性 and 奖励性 绩效)."""
    p = Page()
    p.text(297, 60, "清江市第三人民医院", 16, True, "center")
    p.text(297, 84, "职工工资明细单（2026年10月）", 12, False, "center")
    p.text(50, 118, "科室：心血管内科", 10)
    p.text(230, 118, "职工编号：0301127", 10)
    p.text(400, 118, "姓名：刘思雨", 10)
    p.text(50, 136, "人员类别：编制内 专业技术人员（主管护师）", 10)
    p.text(400, 136, "发放日期：2026-11-10", 10)
    rows = [["项目", "本月金额（元）", "本年累计（元）"],
            ["一、应发项目", "", ""],
            ["    岗位工资", "2,380.00", "23,800.00"], ["    薪级工资", "1,146.00", "11,460.00"],
            ["    护龄津贴", "60.00", "600.00"], ["    基础性绩效", "3,150.00", "31,500.00"],
            ["    奖励性绩效", "2,864.50", "27,318.60"], ["    夜班费", "720.00", "6,840.00"],
            ["    应发合计", "10,320.50", "101,518.60"],
            ["二、代扣项目", "", ""],
            ["    养老保险", "594.24", "5,942.40"], ["    职业年金", "297.12", "2,971.20"],
            ["    医疗保险", "148.56", "1,485.60"], ["    失业保险", "37.14", "371.40"],
            ["    住房公积金", "891.00", "8,910.00"], ["    个人所得税", "96.25", "812.37"],
            ["    工会会费", "20.00", "200.00"], ["    代扣合计", "2,084.31", "20,692.97"],
            ["三、实发金额", "8,236.19", "80,825.63"]]
    y = p.table(50, 150, [215, 140, 140], rows, 10, 20, aligns=["left", "right", "right"])
    p.text(50, y + 24, "（已转入工资卡 **** 6620）", 9)
    p.text(50, y + 50, "说明：1. 奖励性绩效为2026年9月考核结果；2. 本月补发夜班费 6 个。", 9)
    p.text(50, y + 66, "如有疑问请联系人事科（内线 8023）或财务科（内线 8051）。", 9)
    p.text(490, y + 110, "财务科", 10, align="center")
    p.seal(490, y + 100, 38, "清江市第三人民医院财务科")
    return [p], {"type": "payslip", "lang": "zh",
                 "fields": {"employer": "清江市第三人民医院", "employee": "刘思雨", "period": "2026-10",
                            "gross_pay": "10320.50", "net_pay": "8236.19"}, "absent": []}


def zh_gov_salary():
    """A public institution's treasury-paid pay sheet (财政统一发放): one column of items under the budget unit."""
    p = Page()
    p.text(297, 56, "南溪县财政统一发放工资个人明细", 15, True, "center")
    p.text(60, 92, "预算单位：南溪县第二中学", 10)
    p.text(330, 92, "发放年月：202610", 10)
    p.text(60, 110, "姓    名：陈建国", 10)
    p.text(330, 110, "人员身份：事业 在编", 10)
    p.text(60, 128, "工资卡号：6230 **** **** 2218", 10)
    p.text(330, 128, "代发银行：农村商业银行", 10)
    items = [("项目", "金额"), ("岗位工资", "2,120.00"), ("薪级工资", "1,538.00"), ("乡镇工作补贴", "350.00"),
             ("基础性绩效工资", "2,460.00"), ("教龄津贴", "10.00"), ("应发工资", "6,478.00"),
             ("基本养老保险", "518.24"), ("职业年金", "259.12"), ("基本医疗保险", "129.56"),
             ("住房公积金", "778.00"), ("个人所得税", "0.00"), ("代扣合计", "1,684.92"), ("实发工资", "4,793.08")]
    y = p.table(60, 146, [300, 175], [list(r) for r in items], 10, 21, aligns=["left", "right"])
    p.text(60, y + 26, "备注：本明细由县财政局国库支付中心统一生成，仅供个人核对。", 9, color=(80, 80, 80))
    p.text(60, y + 42, "打印时间：2026-11-06 15:22", 9, color=(80, 80, 80))
    return [p], {"type": "payslip", "lang": "zh",
                 "fields": {"employer": "南溪县第二中学", "employee": "陈建国", "period": "2026-10",
                            "gross_pay": "6478.00", "net_pay": "4793.08"}, "absent": []}


def zh_email_salary():
    """A pay-detail email opened in a phone's mail app (status bar, sender, greeting, items, signature)."""
    p = Page(360, 780)
    p.rect(0, 0, 360, 26, fill=(248, 248, 248), stroke=None)
    p.text(20, 18, "9:41", 10, True)
    p.text(340, 18, "5G  86%", 9, align="right")
    p.text(16, 50, "〈 收件箱", 11, color=(20, 110, 230))
    p.text(20, 86, "【工资明细】2026年10月工资条", 14, True)
    p.text(20, 112, "发件人：薪酬福利部 <payroll@lanhai-scm.com.cn>", 9, color=(90, 90, 90))
    p.text(20, 127, "收件人：孙浩", 9, color=(90, 90, 90))
    p.text(20, 142, "时间：2026年11月8日 17:05", 9, color=(90, 90, 90))
    p.line(16, 154, 344, 154, 0.5, (200, 200, 200))
    p.text(20, 178, "孙浩 您好：", 10.5)
    p.text(20, 198, "以下是您2026年10月的工资明细，请查收。", 10.5)
    p.text(20, 216, "如有疑问，请于5个工作日内回复本邮件。", 10.5)
    items = [("基本工资", "5,000.00"), ("岗位津贴", "1,200.00"), ("绩效奖金", "2,350.00"), ("餐费补贴", "440.00"),
             ("交通补贴", "300.00"), ("应发工资", "9,290.00"), ("社保个人部分", "873.60"), ("公积金个人部分", "600.00"),
             ("个人所得税", "149.47"), ("实发工资", "7,666.93")]
    y = 246
    for k, v in items:
        bold = k in ("应发工资", "实发工资")
        p.text(28, y, k, 10.5, bold)
        p.text(330, y, v, 10.5, bold, "right")
        p.line(24, y + 8, 336, y + 8, 0.3, (225, 225, 225))
        y += 26
    p.text(20, y + 20, "本邮件由系统自动发送，工资信息属个人隐私，请勿转发。", 9, color=(120, 120, 120))
    p.text(20, y + 52, "蓝海供应链管理有限公司", 10.5)
    p.text(20, y + 70, "人力资源部 薪酬福利组", 10.5)
    p.rect(0, 740, 360, 780, fill=(248, 248, 248), stroke=None)
    p.text(60, 765, "回复", 10, align="center", color=(20, 110, 230))
    p.text(180, 765, "转发", 10, align="center", color=(20, 110, 230))
    p.text(300, 765, "删除", 10, align="center", color=(20, 110, 230))
    return [p], {"type": "payslip", "lang": "zh",
                 "fields": {"employer": "蓝海供应链管理有限公司", "employee": "孙浩", "period": "2026-10",
                            "gross_pay": "9290.00", "net_pay": "7666.93"}, "absent": []}


def zh_stmt_boc():
    """中国银行 debit-card transaction list: 记账日期/记账时间, 币别, 金额, 余额, 对方账户名/卡号, printed with a seal."""
    rows, close = ledger("3,215.40".replace(",", ""), [
        ("2026-10-02", "网上快捷支付", "-126.80", "支付宝（中国）网络技术有限公司", "215500690"),
        ("2026-10-08", "代发工资", "5600.00", "南京恒泰物业服务有限公司", "4638 5820 1966"),
        ("2026-10-09", "跨行转账", "-2000.00", "赵立新", "6222 0243 0011 2876 415"),
        ("2026-10-12", "消费", "-358.50", "苏果超市", "—"),
        ("2026-10-15", "自动还款", "-1862.33", "某消费金融有限公司", "3100 0166 7281"),
        ("2026-10-21", "ATM取款", "-500.00", "—", "—"),
        ("2026-10-26", "网上快捷支付", "-89.90", "财付通支付科技有限公司", "243300133"),
        ("2026-10-30", "结息", "1.27", "—", "—"),
    ])
    p = Page(842, 595)
    p.text(421, 40, "中国银行交易流水明细清单", 15, True, "center")
    p.text(40, 68, "客户姓名：赵丽华", 9)
    p.text(230, 68, "借记卡号：6217 8563 0000 4417 293", 9)
    p.text(470, 68, "币别：人民币", 9)
    p.text(600, 68, "钞/汇：钞", 9)
    p.text(40, 84, "交易区间：2026-10-01 至 2026-10-31", 9)
    p.text(470, 84, "打印日期：2026-11-05", 9)
    heads = ["记账日期", "币别", "金额", "余额", "交易名称", "渠道", "对方账户名", "对方卡号/账号"]
    body = [[d, "人民币", smoney(a), money(b), t,
             "网上银行" if "支付" in t or "转账" in t else "柜台" if t == "结息" else "其他", cp, acct]
            for d, t, a, cp, acct, b in rows]
    y = p.table(40, 96, [70, 44, 78, 78, 82, 60, 170, 180], [heads] + body, 8.5, 20,
                aligns=["left", "left", "right", "right", "left", "left", "left", "left"])
    p.text(40, y + 20, "说明：本清单仅列示所选区间内已记账交易；如需加盖业务印章请至网点办理。", 8.5)
    p.text(40, y + 36, "中国银行股份有限公司南京城东支行", 9)
    p.seal(700, y + 60, 44, "中国银行股份有限公司南京城东支行", "业务专用章")
    return [p], {"type": "bank_statement", "lang": "zh",
                 "fields": {"bank": ["中国银行", "中国银行股份有限公司", "中国银行股份有限公司南京城东支行"],
                            "account_holder": "赵丽华", "account_number": "6217856300004417293",
                            "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": close},
                 "absent": []}


def zh_stmt_abc():
    """中国农业银行 account detail printout: yyyymmdd dates, 交易金额 signed, 本次余额, 对方户名/对方账号, 交易行."""
    rows, close = ledger("12406.15", [
        ("20261003", "转支", "-3500.00", "黄志刚", "6228 4801 0033 5120 716"),
        ("20261010", "代发", "7245.60", "佛山市顺德区美佳电器有限公司", "4415 0101 0400 2233 3"),
        ("20261011", "消费", "-268.00", "顺德大良华润万家", "—"),
        ("20261016", "转支", "-4280.55", "某银行信用卡中心", "6225 8800 0000"),
        ("20261019", "水电费", "-176.40", "佛山市顺德区供水有限公司", "—"),
        ("20261024", "取现", "-1000.00", "—", "—"),
        ("20261029", "快捷支付", "-59.00", "拉扎斯网络科技（上海）有限公司", "—"),
    ])
    p = Page()
    p.text(297, 50, "中国农业银行账户交易明细", 15, True, "center")
    p.text(40, 80, "户名：黄志强", 9)
    p.text(200, 80, "账号：6228 4809 1234 5678 017", 9)
    p.text(420, 80, "币种：人民币", 9)
    p.text(40, 96, "钞汇标志：钞", 9)
    p.text(200, 96, "起始日期：20261001", 9)
    p.text(420, 96, "截止日期：20261031", 9)
    heads = ["交易日期", "摘要", "交易金额", "本次余额", "对方户名", "对方账号"]
    body = [[d, t, smoney(a), money(b), cp, acct] for d, t, a, cp, acct, b in rows]
    y = p.table(30, 108, [54, 40, 66, 66, 170, 139], [heads] + body, 7.8, 19,
                aligns=["left", "left", "right", "right", "left", "left"])
    p.text(30, y + 18, f"本页合计笔数：{len(rows)}    打印网点：佛山顺德容桂支行营业部    打印日期：20261102", 8)
    p.text(30, y + 34, "温馨提示：本明细仅供参考，交易以我行系统记录为准。", 8)
    p.seal(470, y + 80, 42, "中国农业银行股份有限公司佛山顺德容桂支行", "电子回单专用章")
    return [p], {"type": "bank_statement", "lang": "zh",
                 "fields": {"bank": ["中国农业银行", "中国农业银行股份有限公司",
                                     "中国农业银行股份有限公司佛山顺德容桂支行"],
                            "account_holder": "黄志强", "account_number": "6228480912345678017",
                            "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": close},
                 "absent": []}


def zh_stmt_psbc():
    """中国邮政储蓄银行 self-service printout of an account's transactions: account, currency and date range only, no
    holder's name (a self-service terminal prints none)."""
    rows, close = ledger("860.72", [
        ("2026/10/05", "转存", "2300.00", "张桂兰", ""),
        ("2026/10/09", "网银转出", "-700.00", "杨帆", ""),
        ("2026/10/15", "养老金", "1865.00", "青阳县社会保险事业管理局", ""),
        ("2026/10/18", "银联消费", "-412.60", "青阳县人民医院", ""),
        ("2026/10/27", "代扣电费", "-96.33", "国网安徽省电力有限公司", ""),
    ])
    p = Page(420, 595)
    p.text(210, 40, "中国邮政储蓄银行", 14, True, "center")
    p.text(210, 60, "个人账户交易明细（自助打印）", 10, False, "center")
    p.text(24, 88, "账号：6221 8834 5600 7781 234", 8.5)
    p.text(24, 102, "币种：人民币  钞汇：钞", 8.5)
    p.text(24, 116, "查询区间：2026/10/01—2026/10/31", 8.5)
    heads = ["序号", "交易日期", "摘要", "交易金额", "账户余额", "对方户名"]
    body = [[str(i + 1), d, t, smoney(a), money(b), cp] for i, (d, t, a, cp, _, b) in enumerate(rows)]
    y = p.table(20, 128, [26, 60, 52, 62, 62, 118], [heads] + body, 7.5, 18, header_fill=None,
                aligns=["center", "left", "left", "right", "right", "left"])
    p.text(24, y + 20, "终端号：ZZ3418092  打印时间：2026/11/03 09:12:47", 7.5)
    p.text(24, y + 34, "本凭条仅供参考，不作为记账依据。", 7.5)
    return [p], {"type": "bank_statement", "lang": "zh",
                 "fields": {"bank": ["中国邮政储蓄银行", "中国邮政储蓄银行股份有限公司"],
                            "account_number": "6221883456007781234",
                            "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": close},
                 "absent": ["account_holder"]}


def zh_stmt_city():
    """A city commercial bank's monthly statement: 期初/期末余额 summary box, then 记账日 and 交易日 columns."""
    rows, close = ledger("25110.08", [
        ("2026-10-01", "2026-09-30", "网联快捷", "-45.00", "上海拉扎斯信息科技有限公司"),
        ("2026-10-09", "2026-10-09", "工资", "9860.00", "合肥徽景建筑设计院有限公司"),
        ("2026-10-10", "2026-10-10", "房贷还款", "-5736.21", "徽商银行个人贷款"),
        ("2026-10-17", "2026-10-16", "POS消费", "-1290.00", "合肥银泰百货"),
        ("2026-10-23", "2026-10-23", "他行转出", "-3000.00", "吴晓东"),
        ("2026-10-31", "2026-10-31", "利息", "5.12", ""),
    ], at=3)
    p = Page()
    p.text(40, 48, "徽商银行", 18, True, color=(0, 80, 150))
    p.text(40, 66, "HUISHANG BANK", 8, color=(0, 80, 150))
    p.text(555, 52, "个人账户对账单", 14, True, "right")
    p.text(555, 68, "2026年10月", 10, False, "right")
    p.text(40, 104, "户名：吴晓敏", 10)
    p.text(40, 120, "账号：6236 6801 2233 4455 6", 10)
    p.text(40, 136, "开户机构：徽商银行合肥政务区支行", 10)
    p.text(330, 104, "对账期间：2026年10月01日—2026年10月31日", 9)
    p.text(330, 120, "币种：人民币", 9)
    p.rect(40, 150, 555, 190, fill=(240, 245, 250))
    p.text(50, 166, "期初余额", 9)
    p.text(50, 182, money("25110.08"), 10, True)
    p.text(180, 166, "本期收入", 9)
    p.text(180, 182, money("9865.12"), 10, True)
    p.text(310, 166, "本期支出", 9)
    p.text(310, 182, money("10071.21"), 10, True)
    p.text(440, 166, "期末余额", 9)
    p.text(440, 182, money(close), 10, True)
    heads = ["记账日", "交易日", "摘要", "收入", "支出", "余额", "对方户名"]
    body = [[d1, d2, t, money(a) if not a.startswith("-") else "", money(a[1:]) if a.startswith("-") else "",
             money(b), cp] for d1, d2, t, a, cp, b in [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]]
    p.table(40, 205, [62, 62, 56, 62, 62, 70, 141], [heads] + body, 8, 19,
            aligns=["left", "left", "left", "right", "right", "right", "left"])
    p.text(40, 800, "如对本对账单有疑问，请于收到后15日内致电 40088-96588。", 8, color=(90, 90, 90))
    return [p], {"type": "bank_statement", "lang": "zh",
                 "fields": {"bank": ["徽商银行", "徽商银行股份有限公司", "徽商银行合肥政务区支行"],
                            "account_holder": "吴晓敏", "account_number": "6236680122334455 6".replace(" ", ""),
                            "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": close},
                 "absent": []}


def zh_income_loan():
    """收入证明 for a loan application as a ruled form: 月收入 in figures and in capitals (大写), 年收入, seal."""
    p = Page()
    p.text(297, 80, "收 入 证 明", 20, True, "center")
    p.text(60, 120, "致：招商银行股份有限公司合肥分行", 11)
    rows = [["姓名", "周梦琪", "性别", "女"],
            ["身份证号码", "340104199205183527", "入职时间", "2019年7月"],
            ["工作单位", "合肥启辰智能装备有限公司", "", ""],
            ["部门及职务", "质量管理部  主管", "", ""],
            ["月收入（税前）", "小写：¥14,500.00    大写：壹万肆仟伍佰元整", "", ""],
            ["年收入（税前）", "小写：¥174,000.00   大写：壹拾柒万肆仟元整", "", ""]]
    y = 140
    for r in rows:
        p.rect(60, y, 535, y + 28)
        p.line(160, y, 160, y + 28)
        p.text(66, y + 18, r[0], 10.5)
        p.text(166, y + 18, r[1], 10.5)
        if r[2]:
            p.line(330, y, 330, y + 28)
            p.line(420, y, 420, y + 28)
            p.text(336, y + 18, r[2], 10.5)
            p.text(426, y + 18, r[3], 10.5)
        y += 28
    p.text(60, y + 34, "兹证明以上信息真实有效。本证明仅用于该员工办理个人贷款，不作为我单位对该员工", 10.5)
    p.text(60, y + 52, "任何债务的担保。", 10.5)
    p.text(60, y + 86, "单位联系人：人力资源部 许静    联系电话：0551-6358 2210", 10.5)
    p.text(360, y + 140, "单位（盖章）：合肥启辰智能装备有限公司", 10.5)
    p.text(420, y + 164, "2026年11月3日", 10.5)
    p.seal(440, y + 130, 46, "合肥启辰智能装备有限公司", "人力资源章")
    return [p], {"type": "income_proof", "lang": "zh",
                 "fields": {"employer": "合肥启辰智能装备有限公司", "employee": "周梦琪", "monthly_income": "14500.00",
                            "date": "2026-11-03"}, "absent": []}


def zh_income_visa():
    """在职收入证明 for a visa, as a letter on the company's letterhead: monthly and yearly income in the prose."""
    p = Page()
    p.text(60, 56, "深圳市瑞丰电子科技有限公司", 15, True, color=(20, 60, 120))
    p.text(60, 72, "SHENZHEN RUIFENG ELECTRONIC TECHNOLOGY CO., LTD.", 7.5, color=(20, 60, 120))
    p.text(535, 64, "地址：深圳市南山区科技园北区朗山路 28 号", 7.5, align="right", color=(20, 60, 120))
    p.line(60, 82, 535, 82, 1.2, (20, 60, 120))
    p.text(297, 130, "在职及收入证明", 17, True, "center")
    lines = ["日本国驻广州总领事馆：",
             "    兹证明 郑凯文 先生（出生日期：1988年4月12日，护照号码：EH3271840）自2017年3月起",
             "在我公司工作，现任研发中心高级工程师。其目前月收入（税前）为人民币 21,000.00 元，",
             "年收入约为人民币 252,000.00 元。",
             "    我公司同意其于2026年12月20日至2027年1月5日赴日本旅游，其在日期间的一切费用由其本",
             "人承担。假期结束后其将回国继续在我公司工作，我公司保留其职位。",
             "    特此证明。"]
    y = 175
    for s in lines:
        p.text(60, y, s, 11)
        y += 24
    p.text(60, y + 30, "公司负责人：李国栋    联系电话：0755-8663 1902", 11)
    p.text(370, y + 100, "深圳市瑞丰电子科技有限公司", 11)
    p.text(400, y + 124, "2026年11月10日", 11)
    p.seal(430, y + 92, 46, "深圳市瑞丰电子科技有限公司")
    return [p], {"type": "income_proof", "lang": "zh",
                 "fields": {"employer": "深圳市瑞丰电子科技有限公司", "employee": "郑凯文", "monthly_income": "21000.00",
                            "date": "2026-11-10"}, "absent": []}


def zh_resignation():
    """离职证明: employment dates, the contract ended, handover done; issued some days after the last day."""
    p = Page()
    p.text(297, 110, "离 职 证 明", 20, True, "center")
    lines = ["    兹证明 林小燕（身份证号码：330106199510122046）于2021年4月1日入职我公司，",
             "担任市场部销售专员一职。因个人原因，双方于2026年9月30日协商一致解除劳动合同，",
             "其工作交接手续已全部办理完毕，公司与其不存在任何劳动纠纷。",
             "    其社会保险已缴纳至2026年9月，自2026年10月起停止缴纳。",
             "    特此证明。"]
    y = 170
    for s in lines:
        p.text(60, y, s, 11.5)
        y += 28
    p.text(340, y + 80, "杭州禾木文化传媒有限公司", 11.5)
    p.text(380, y + 106, "2026年10月9日", 11.5)
    p.seal(410, y + 76, 48, "杭州禾木文化传媒有限公司")
    p.line(60, 720, 535, 720, 0.5, (150, 150, 150))
    p.text(60, 740, "本证明一式两份，公司与员工各执一份。", 9, color=(100, 100, 100))
    return [p], {"type": "unemployment_proof", "lang": "zh",
                 "fields": {"person": "林小燕", "issuer": "杭州禾木文化传媒有限公司", "date": "2026-10-09"},
                 "absent": []}


def zh_unemp_benefit():
    """失业保险金申领核定通知书 from a city's public employment service: a ruled table of the award, then the seal."""
    p = Page()
    p.text(297, 64, "失业保险金申领核定通知书", 17, True, "center")
    p.text(535, 88, "编号：JB-2026-091274", 9, align="right")
    p.text(60, 114, "冯德华 同志：", 11)
    p.text(60, 138, "    根据《失业保险条例》，经审核，你符合失业保险金领取条件，现将核定结果通知如下：", 10.5)
    rows = [["姓名", "冯德华", "公民身份号码", "420102197811234519"],
            ["原工作单位", "武汉鑫达机械制造有限公司", "失业时间", "2026年8月15日"],
            ["累计缴费年限", "6年3个月", "领取期限", "12个月"],
            ["每月领取标准", "1,950.00元", "领取起止", "2026年9月至2027年8月"]]
    p.table(60, 152, [90, 150, 90, 145], rows, 9.5, 28, header_fill=None, bold_first=False)
    lines = ["    失业保险金按月发放至你本人社会保障卡金融账户。领取期间请按时参加求职登记和",
             "就业服务活动，重新就业或有其他停发情形的，应于15日内告知经办机构。"]
    y = 290
    for s in lines:
        p.text(60, y, s, 10.5)
        y += 22
    p.text(340, y + 70, "武汉市江岸区公共就业服务中心", 11)
    p.text(390, y + 94, "2026年9月12日", 11)
    p.seal(420, y + 62, 48, "武汉市江岸区公共就业服务中心", "业务专用章")
    return [p], {"type": "unemployment_proof", "lang": "zh",
                 "fields": {"person": "冯德华", "issuer": "武汉市江岸区公共就业服务中心", "date": "2026-09-12"},
                 "absent": []}


def zh_med_outpatient():
    """An outpatient 医保 settlement slip: fee classes, then the insurance split (统筹基金, 个人账户, 个人现金, 自付/自费)."""
    p = Page(420, 595)
    p.text(210, 40, "南州大学附属第一医院", 13, True, "center")
    p.text(210, 60, "门诊医保结算单", 11, False, "center")
    kv = [("姓名：何静", "性别：女"), ("医保类型：职工基本医疗保险", "门诊号：MZ26102217734"),
          ("就诊科室：内分泌科", "结算时间：2026-10-22 10:41")]
    y = 86
    for a, b in kv:
        p.text(24, y, a, 8.5)
        p.text(230, y, b, 8.5)
        y += 15
    rows = [["费用类别", "金额"], ["西药费", "386.40"], ["检查费", "260.00"], ["化验费", "148.00"], ["诊查费", "30.00"],
            ["合计", "824.40"]]
    y = p.table(24, y + 4, [250, 122], rows, 8.5, 17, aligns=["left", "right"])
    p.text(24, y + 20, "医保结算信息", 9.5, True)
    rows = [["医疗费总额", "824.40", "统筹基金支付", "412.35"], ["个人账户支付", "180.00", "个人现金支付", "232.05"],
            ["其中：个人自付", "153.85", "个人自费", "78.20"]]
    y = p.table(24, y + 28, [96, 90, 96, 90], rows, 8.5, 17, header_fill=None, bold_first=False)
    p.text(24, y + 20, "收款员：0427    本单据不作报销凭证，电子票据请扫码获取。", 7.5)
    p.seal(330, y + 60, 34, "南州大学附属第一医院", "收费专用章")
    return [p], {"type": "medical_bill", "lang": "zh",
                 "fields": {"provider": "南州大学附属第一医院", "patient": "何静", "date": "2026-10-22",
                            "total": "824.40"}, "absent": []}


def zh_med_inpatient():
    """A county hospital's 住院费用清单（汇总）: admission and discharge dates, fee classes, deposit and the 统筹 split."""
    p = Page()
    p.text(297, 56, "安平县人民医院住院费用清单（汇总）", 15, True, "center")
    kv = [("住院号：2026012783", "姓名：蒋玉梅", "性别：女  年龄：67岁"),
          ("科室：骨科一病区", "床号：23", "医保类别：城乡居民医保"),
          ("入院日期：2026-10-08", "出院日期：2026-10-19", "住院天数：11天")]
    y = 90
    for a, b, c in kv:
        p.text(50, y, a, 9.5)
        p.text(230, y, b, 9.5)
        p.text(380, y, c, 9.5)
        y += 17
    rows = [["序号", "费用项目", "金额（元）", "甲类", "乙类", "自费"],
            ["1", "床位费", "550.00", "550.00", "0.00", "0.00"],
            ["2", "护理费", "418.00", "418.00", "0.00", "0.00"],
            ["3", "西药费", "3,862.75", "2,904.10", "812.40", "146.25"],
            ["4", "中成药费", "240.60", "0.00", "240.60", "0.00"],
            ["5", "检查费", "1,280.00", "1,100.00", "180.00", "0.00"],
            ["6", "化验费", "906.00", "906.00", "0.00", "0.00"],
            ["7", "治疗费", "1,455.50", "1,320.50", "135.00", "0.00"],
            ["8", "手术费", "3,200.00", "3,200.00", "0.00", "0.00"],
            ["9", "卫生材料费", "2,874.30", "0.00", "2,186.30", "688.00"],
            ["", "合计", "14,787.15", "10,398.60", "3,554.30", "834.25"]]
    y = p.table(50, y + 4, [40, 120, 90, 80, 80, 85], rows, 9, 20,
                aligns=["center", "left", "right", "right", "right", "right"])
    kv = [("预交金：10,000.00", "统筹基金支付：8,920.47", "个人支付：5,866.68"),
          ("应补缴：0.00", "应退款：4,133.32", "结算日期：2026-10-19")]
    y += 22
    for a, b, c in kv:
        p.text(50, y, a, 9.5)
        p.text(220, y, b, 9.5)
        p.text(400, y, c, 9.5)
        y += 18
    p.text(50, y + 16, "患者（家属）签字：____________    经办人：住院处 刘芳", 9.5)
    p.seal(460, y + 60, 40, "安平县人民医院", "住院结算专用章")
    return [p], {"type": "medical_bill", "lang": "zh",
                 "fields": {"provider": "安平县人民医院", "patient": "蒋玉梅", "date": "2026-10-19",
                            "total": "14787.15"}, "absent": []}


# look-alikes that must stay 'other'

def zh_social_insurance():
    """社会保险个人权益记录 (monthly contributions): months, bases and amounts, a table of money that is no payslip."""
    p = Page()
    p.text(297, 56, "安徽省社会保险个人缴费明细", 15, True, "center")
    p.text(60, 90, "姓名：周梦琪    社会保障号码：340104********3527    参保单位：合肥启辰智能装备有限公司", 9)
    p.text(60, 106, "查询期间：2026年01月—2026年10月    打印日期：2026-11-04", 9)
    rows = [["费款所属期", "缴费基数", "养老(单位)", "养老(个人)", "医疗(个人)", "失业(个人)", "缴费状态"]]
    for m in range(1, 11):
        rows.append([f"2026{m:02d}", "12,000.00", "1,920.00", "960.00", "240.00", "60.00", "已实缴"])
    rows.append(["合计", "", "19,200.00", "9,600.00", "2,400.00", "600.00", ""])
    p.table(50, 120, [70, 70, 70, 70, 70, 70, 75], rows, 8.5, 19,
            aligns=["left", "right", "right", "right", "right", "right", "center"])
    p.text(60, 400, "本明细仅供参保人查询核对，可登录“皖事通”核验。", 9)
    p.seal(450, 450, 44, "合肥市社会保险征缴中心", "业务专用章")
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


def zh_housing_fund():
    """住房公积金个人缴存明细: monthly deposits and the account balance — a balance that is no bank statement."""
    p = Page()
    p.text(297, 56, "住房公积金个人明细账", 15, True, "center")
    p.text(60, 88, "单位名称：南京恒泰物业服务有限公司", 9.5)
    p.text(330, 88, "个人账号：320100889124", 9.5)
    p.text(60, 104, "姓名：赵丽华", 9.5)
    p.text(330, 104, "缴存比例：单位8% 个人8%", 9.5)
    rows = [["日期", "业务摘要", "汇缴年月", "发生额", "余额"]]
    bal = 18240.00
    for m in range(5, 11):
        bal += 896.00
        rows.append([f"2026-{m:02d}-12", "汇缴", f"2026{m:02d}", "896.00", f"{bal:,.2f}"])
    p.table(60, 118, [90, 90, 80, 100, 115], rows, 9, 20, aligns=["left", "left", "left", "right", "right"])
    p.text(60, 290, "南京住房公积金管理中心    查询日期：2026-11-02", 9)
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


def zh_wechat_bill():
    """A WeChat Pay bill list on a phone (spending by day): money lines without bank, account or period — 'other'."""
    p = Page(360, 780)
    p.rect(0, 0, 360, 26, fill=(237, 237, 237), stroke=None)
    p.text(20, 18, "14:27", 10, True)
    p.text(340, 18, "4G 52%", 9, align="right")
    p.text(180, 52, "账单", 13, True, "center")
    p.text(20, 86, "2026年10月  ▼", 11, True)
    p.text(20, 104, "支出 ¥3,482.60   收入 ¥800.00", 9, color=(110, 110, 110))
    items = [("美团外卖", "10月28日 12:06", "-36.50"), ("滴滴出行", "10月27日 08:41", "-23.80"),
             ("转账-妈妈", "10月25日 20:13", "+800.00"), ("永辉超市", "10月24日 19:02", "-186.40"),
             ("中国移动", "10月20日 09:30", "-100.00"), ("瑞幸咖啡", "10月19日 15:22", "-13.90"),
             ("房租-王先生", "10月15日 10:00", "-2,600.00"), ("拼多多", "10月12日 22:47", "-58.00"),
             ("国家电网", "10月08日 18:15", "-88.00"), ("微信红包", "10月06日 11:11", "-200.00")]
    y = 140
    for name, when, amt in items:
        p.text(66, y, name, 11)
        p.text(66, y + 17, when, 8.5, color=(150, 150, 150))
        p.text(340, y + 6, amt, 11.5, amt.startswith("+"), "right", (0, 0, 0) if amt.startswith("-") else (250, 150, 0))
        p.circle(38, y + 4, 12, (120, 180, 120), 1.2)
        p.line(66, y + 28, 360, y + 28, 0.3, (225, 225, 225))
        y += 54
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


def zh_outpatient_record():
    """门诊病历 (a clinic record: complaint, history, findings, diagnosis, prescription) — no charges."""
    p = Page()
    p.text(297, 56, "南州大学附属第一医院 门诊病历", 15, True, "center")
    p.text(60, 90, "姓名：何静  性别：女  年龄：46岁  科室：内分泌科  就诊日期：2026-10-22", 9.5)
    p.line(60, 100, 535, 100, 0.8)
    lines = ["主诉：口干、多饮、多尿3月余，体重下降约4kg。",
             "现病史：患者3月前无明显诱因出现口干、多饮，未予重视……",
             "既往史：高血压病史5年，规律服用氨氯地平。否认药物过敏史。",
             "查体：BP 142/88mmHg，BMI 26.3，双下肢无水肿。",
             "辅助检查：空腹血糖 9.8mmol/L，糖化血红蛋白 8.1%。",
             "初步诊断：1. 2型糖尿病  2. 高血压病2级",
             "处理：1. 二甲双胍片 0.5g tid  2. 糖尿病饮食、运动指导  3. 两周后复诊，监测血糖。"]
    y = 130
    for s in lines:
        p.text(60, y, s, 10.5)
        y += 30
    p.text(400, y + 40, "医师签名：王雪芬", 10.5)
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


def zh_collection_notice():
    """A consumer-finance lender's 催收通知函: the amount overdue and a deadline — the lender's letter, not evidence."""
    p = Page()
    p.text(297, 70, "逾期还款催收通知函", 17, True, "center")
    p.text(60, 110, "尊敬的 孙浩 先生：", 11)
    lines = ["    您于2025年6月18日在我司申请的个人消费贷款（合同编号：XF2025061800417）已逾期。",
             "截至2026年11月10日，您累计逾期 63 天，逾期本金人民币 8,420.00 元，利息及罚息",
             "人民币 516.37 元，合计应还人民币 8,936.37 元。",
             "    请您于2026年11月25日前将上述款项存入您的还款账户。如有困难，可拨打客服热线",
             "400-860-3377 申请协商还款方案。逾期将影响您的个人信用记录。",
             "    特此通知。"]
    y = 145
    for s in lines:
        p.text(60, y, s, 11)
        y += 24
    p.text(360, y + 60, "鑫融消费金融股份有限公司", 11)
    p.text(390, y + 84, "2026年11月10日", 11)
    p.seal(420, y + 54, 46, "鑫融消费金融股份有限公司", "贷后管理专用章")
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


def zh_court_summons():
    """法院传票: case number, summoned person, reason, time and place — not income, statement or bill."""
    p = Page()
    p.text(297, 64, "浙江省杭州市西湖区人民法院", 15, True, "center")
    p.text(297, 100, "传    票", 22, True, "center")
    p.text(420, 130, "（2026）浙0106民初18873号", 10)
    rows = [["案    由", "金融借款合同纠纷"], ["被传唤人", "林小燕"],
            ["工作单位或住址", "杭州市西湖区文三路 218 号 3 幢 502 室"], ["传唤事由", "开庭审理"],
            ["应到时间", "2026年12月15日 上午 9 时 30 分"], ["应到处所", "本院第十一法庭"]]
    p.table(70, 150, [130, 325], rows, 11, 34, header_fill=None, bold_first=False)
    p.text(70, 400, "注意事项：", 10.5, True)
    p.text(70, 424, "1. 被传唤人必须准时到达应到处所。", 10.5)
    p.text(70, 446, "2. 本传票由被传唤人携带来院报到。", 10.5)
    p.text(70, 468, "3. 被传唤人收到传票后，应在送达回证上签名或者盖章。", 10.5)
    p.text(380, 540, "审判员：沈佳", 10.5)
    p.text(380, 562, "2026年11月12日", 10.5)
    p.seal(420, 530, 50, "浙江省杭州市西湖区人民法院")
    return [p], {"type": "other", "lang": "zh", "fields": {}, "absent": []}


# ----------------------------------------------------------------------------------------------------- English pages


def en_paystub_ca():
    """A Canadian earnings statement: hours x rate, Current and Year-to-date columns, CPP/EI/federal/provincial tax."""
    p = Page(*LETTER)
    p.text(40, 50, "Maple Ridge Logistics Ltd.", 14, True)
    p.text(40, 66, "8120 Glenlyon Parkway, Burnaby, BC V5J 5L4", 8.5)
    p.text(572, 50, "EARNINGS STATEMENT", 12, True, "right")
    kv = [("Employee", "Priya Desrosiers"), ("Employee ID", "004187"), ("Pay Period", "2026-10-01 to 2026-10-31"),
          ("Pay Date", "2026-10-30"), ("SIN", "*** *** 482")]
    y = 96
    for k, v in kv:
        p.text(40, y, k, 8.5)
        p.text(130, y, v, 8.5, True)
        y += 13
    rows = [["Earnings", "Hours", "Rate", "Current", "Year to Date"],
            ["Regular", "160.00", "28.50", "4,560.00", "43,890.00"],
            ["Overtime 1.5x", "6.00", "42.75", "256.50", "2,230.80"],
            ["Gross Pay", "", "", "4,816.50", "46,120.80"]]
    y = p.table(40, 170, [160, 70, 70, 110, 122], rows, 8.5, 17,
                aligns=["left", "right", "right", "right", "right"])
    rows = [["Deductions", "Current", "Year to Date"], ["CPP", "269.22", "2,584.51"], ["EI", "78.98", "758.21"],
            ["Federal Income Tax", "512.40", "4,902.88"], ["Provincial Income Tax", "241.77", "2,315.04"],
            ["Group Benefits", "38.50", "385.00"], ["Total Deductions", "1,140.87", "10,945.64"]]
    y = p.table(40, y + 16, [300, 110, 122], rows, 8.5, 17, aligns=["left", "right", "right"])
    p.rect(340, y + 16, 572, y + 44, fill=(232, 240, 232))
    p.text(350, y + 35, "NET PAY", 10, True)
    p.text(562, y + 35, "$3,675.63", 11, True, "right")
    p.text(40, y + 35, "Deposited to: Chequing ****7712", 8.5)
    p.text(40, y + 70, "Vacation balance: 64.0 h    Sick balance: 24.0 h", 8)
    return [p], {"type": "payslip", "lang": "en",
                 "fields": {"employer": ["Maple Ridge Logistics Ltd.", "Maple Ridge Logistics"],
                            "employee": "Priya Desrosiers", "period": "2026-10", "gross_pay": "4816.50",
                            "net_pay": "3675.63"}, "absent": []}


def en_payslip_ie():
    """An Irish payslip: PPSN, tax credits and cut-off point, PAYE / USC / PRSI, period 'Month 10'."""
    p = Page(420, 595)
    p.rect(20, 20, 400, 575)
    p.text(30, 44, "Corrib Bay Hotel Ltd", 12, True)
    p.text(30, 58, "Salthill, Galway H91 X2E4", 8)
    p.text(390, 44, "PAYSLIP", 12, True, "right")
    kv = [("Name", "Siobhan Keane"), ("PPSN", "7261834TA"), ("Employee No", "1142"),
          ("Pay Date", "31/10/2026"), ("Tax Period", "Month 10"), ("Tax Basis", "Cumulative")]
    y = 84
    for k, v in kv:
        p.text(30, y, k, 8)
        p.text(110, y, v, 8, True)
        y += 12
    rows = [["Payments", "Amount"], ["Basic Salary", "3,650.00"], ["Weekend Premium", "300.00"],
            ["Gross Pay", "3,950.00"]]
    y = p.table(30, y + 6, [230, 130], rows, 8, 15, aligns=["left", "right"])
    rows = [["Deductions", "Amount"], ["PAYE", "402.00"], ["USC", "96.65"], ["PRSI Class A1", "158.00"],
            ["Pension (AVC)", "118.50"], ["Total Deductions", "775.15"]]
    y = p.table(30, y + 10, [230, 130], rows, 8, 15, aligns=["left", "right"])
    p.text(30, y + 24, "Net Pay", 10, True)
    p.text(390, y + 24, "€3,174.85", 10, True, "right")
    p.text(30, y + 50, "Tax credits this period: €333.33    Standard rate cut-off: €3,683.33", 7.5)
    p.text(30, y + 62, "Gross to date: €39,210.00    Tax to date: €4,012.40", 7.5)
    return [p], {"type": "payslip", "lang": "en",
                 "fields": {"employer": ["Corrib Bay Hotel Ltd", "Corrib Bay Hotel"], "employee": "Siobhan Keane",
                            "period": "2026-10", "gross_pay": "3950.00", "net_pay": "3174.85"}, "absent": []}


def en_salary_in():
    """An Indian salary slip: earnings and deductions side by side (Basic, HRA, PF, Professional Tax, TDS), net pay in
    words, 'Salary Slip for the month of'."""
    p = Page()
    p.text(297, 52, "Vaanya Infotech Pvt. Ltd.", 15, True, "center")
    p.text(297, 68, "No. 14, 3rd Cross, Koramangala 5th Block, Bengaluru - 560095", 8.5, align="center")
    p.text(297, 92, "Salary Slip for the month of October 2026", 11, True, "center")
    kv = [("Employee Name", "Arjun Raghavan", "Employee Code", "VIT-2291"),
          ("Designation", "Senior Analyst", "PAN", "BKRPR4417M"),
          ("Bank A/c No.", "XXXXXXXX3318", "Days Paid", "31")]
    y = 118
    for a, b, c, d in kv:
        p.text(50, y, a, 9)
        p.text(150, y, b, 9, True)
        p.text(320, y, c, 9)
        p.text(420, y, d, 9, True)
        y += 15
    rows = [["Earnings", "Amount (Rs.)", "Deductions", "Amount (Rs.)"],
            ["Basic", "42,000.00", "Provident Fund", "5,040.00"], ["HRA", "16,800.00", "Professional Tax", "200.00"],
            ["Special Allowance", "18,450.00", "TDS", "6,215.00"], ["Conveyance", "1,600.00", "", ""],
            ["Gross Earnings", "78,850.00", "Total Deductions", "11,455.00"]]
    y = p.table(50, y + 6, [130, 117, 130, 118], rows, 9, 19, aligns=["left", "right", "left", "right"])
    p.text(50, y + 24, "Net Pay: Rs. 67,395.00", 11, True)
    p.text(50, y + 42, "(Rupees Sixty Seven Thousand Three Hundred Ninety Five Only)", 9)
    p.text(50, y + 80, "This is a computer generated payslip and does not require a signature.", 8)
    return [p], {"type": "payslip", "lang": "en",
                 "fields": {"employer": ["Vaanya Infotech Pvt. Ltd.", "Vaanya Infotech"], "employee": "Arjun Raghavan",
                            "period": "2026-10", "gross_pay": "78850.00", "net_pay": "67395.00"}, "absent": []}


def en_stmt_ca():
    """A Canadian credit union chequing statement: opening balance, Withdrawals / Deposits / Balance columns, closing."""
    rows, close = ledger("2184.36", [
        ("Oct 02", "POS PURCHASE SAFEWAY #4471", "-84.12"), ("Oct 06", "E-TRANSFER RECEIVED A. WHITFIELD", "250.00"),
        ("Oct 15", "PAYROLL DEP PRAIRIEVIEW SCHOOL DIV", "2412.88"), ("Oct 16", "PREAUTH DEBIT SASKPOWER", "-131.40"),
        ("Oct 20", "ATM WITHDRAWAL 0192", "-200.00"), ("Oct 28", "PREAUTH DEBIT LANDLORD RENT", "-1450.00"),
        ("Oct 31", "MONTHLY FEE", "-6.95")], at=2)
    p = Page(*LETTER)
    p.text(40, 50, "Northern Lakes Credit Union", 14, True, color=(10, 70, 110))
    p.text(40, 64, "PO Box 1180, Prince Albert, SK S6V 5S9", 8)
    p.text(572, 50, "Account Statement", 12, True, "right")
    p.text(40, 100, "JORDAN K WHITFIELD", 9.5)
    p.text(40, 113, "412 18TH STREET WEST", 9.5)
    p.text(40, 126, "PRINCE ALBERT SK  S6V 3Y7", 9.5)
    p.text(360, 100, "Statement Period: Oct 1, 2026 - Oct 31, 2026", 8.5)
    p.text(360, 113, "Member No: 88412", 8.5)
    p.text(360, 126, "Account: Chequing 04521-887-1203", 8.5)
    heads = ["Date", "Description", "Withdrawals", "Deposits", "Balance"]
    body = [["Oct 01", "OPENING BALANCE", "", "", money("2184.36")]]
    body += [[d, t, money(a[1:]) if a.startswith("-") else "", "" if a.startswith("-") else money(a), money(b)]
             for d, t, a, b in rows]
    body += [["Oct 31", "CLOSING BALANCE", "", "", money(close)]]
    p.table(40, 150, [52, 230, 80, 80, 90], [heads] + body, 8.5, 17, grid=False, header_fill=(220, 230, 240),
            aligns=["left", "left", "right", "right", "right"])
    p.text(40, 740, "Deposits are guaranteed in full by Credit Union Deposit Guarantee Corporation.", 7.5)
    return [p], {"type": "bank_statement", "lang": "en",
                 "fields": {"bank": "Northern Lakes Credit Union", "account_holder": "Jordan K Whitfield",
                            "account_number": "045218871203", "period_start": "2026-10-01",
                            "period_end": "2026-10-31", "closing_balance": close}, "absent": []}


def en_stmt_in():
    """An Indian savings account statement: Narration, Chq./Ref. No., Value Dt, Withdrawal/Deposit Amt, Closing
    Balance; dd/mm/yy dates."""
    rows, close = ledger("48210.55", [
        ("01/10/26", "UPI/DR/627412/BIGBASKET/ICIC", "0000627412", "01/10/26", "-1842.00"),
        ("05/10/26", "NEFT CR-SAHY0000112-PUNE METRO RAIL", "N278260915", "05/10/26", "62400.00"),
        ("07/10/26", "ACH D- TP ACH HDFC LTD-HOMELOAN", "0000891277", "07/10/26", "-28750.00"),
        ("12/10/26", "ATW-512967XXXXXX3318-S1ANPU22", "0000004471", "12/10/26", "-10000.00"),
        ("19/10/26", "UPI/DR/629933/MSEDCL/YESB", "0000629933", "19/10/26", "-2316.00"),
        ("30/10/26", "INT.PD:60123456789:01-07-2026 TO", "", "30/10/26", "311.20")], at=4)
    p = Page()
    p.text(40, 50, "Sahyadri Sahakari Bank Ltd.", 14, True)
    p.text(40, 64, "Kothrud Branch, Pune 411038  IFSC: SAHY0000112", 8)
    p.text(40, 96, "MEERA KULKARNI", 9, True)
    p.text(40, 108, "FLAT 7, SHUBHAM APTS, KARVE NAGAR, PUNE 411052", 8)
    p.text(330, 96, "Account No : 60123456789", 8.5)
    p.text(330, 108, "A/C Type : SAVINGS", 8.5)
    p.text(330, 120, "Statement From : 01/10/2026  To : 31/10/2026", 8.5)
    heads = ["Date", "Narration", "Chq./Ref.No.", "Value Dt", "Withdrawal Amt.", "Deposit Amt.", "Closing Balance"]
    body = [[d, t, ref, vd, money(a[1:]) if a.startswith("-") else "", "" if a.startswith("-") else money(a),
             money(b)] for d, t, ref, vd, a, b in rows]
    y = p.table(30, 135, [42, 170, 62, 42, 66, 62, 91], [heads] + body, 7, 17,
                aligns=["left", "left", "left", "left", "right", "right", "right"])
    p.text(30, y + 20, "STATEMENT SUMMARY :-", 8, True)
    p.text(30, y + 34, f"Opening Balance {money('48210.55')}   Dr Count 4   Cr Count 2   Closing Bal {money(close)}", 8)
    p.text(30, y + 60, "*This is a computer generated statement and does not require signature.", 7.5)
    return [p], {"type": "bank_statement", "lang": "en",
                 "fields": {"bank": ["Sahyadri Sahakari Bank Ltd.", "Sahyadri Sahakari Bank"],
                            "account_holder": "Meera Kulkarni", "account_number": "60123456789",
                            "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": close},
                 "absent": []}


def en_dental_au():
    """An Australian dental tax invoice: ABN, item numbers, tooth, fee, total, paid, balance."""
    p = Page()
    p.text(40, 56, "Harbourside Family Dental", 16, True, color=(0, 110, 120))
    p.text(40, 72, "Shop 4, 22 Marine Parade, Redcliffe QLD 4020  |  ABN 51 604 118 772  |  (07) 3283 5510", 8)
    p.text(555, 110, "TAX INVOICE", 13, True, "right")
    p.text(40, 110, "Patient: Olivia Nguyen", 10)
    p.text(40, 125, "Invoice No: 118204", 9)
    p.text(40, 139, "Date: 14/10/2026", 9)
    p.text(300, 125, "Provider: Dr Hamish Laird (Prov. No 4417285T)", 9)
    rows = [["Date", "Item", "Description", "Tooth", "Fee"],
            ["14/10/2026", "011", "Comprehensive oral examination", "", "75.00"],
            ["14/10/2026", "114", "Removal of calculus", "", "140.00"],
            ["14/10/2026", "121", "Topical application of fluoride", "", "40.00"],
            ["14/10/2026", "022", "Intraoral periapical radiograph", "36", "47.00"],
            ["14/10/2026", "022", "Intraoral periapical radiograph", "46", "47.00"]]
    y = p.table(40, 160, [70, 40, 250, 50, 105], rows, 9, 19, aligns=["left", "left", "left", "center", "right"])
    for i, (k, v) in enumerate([("Total (GST free)", "$349.00"), ("Paid - EFTPOS", "$349.00"),
                                ("Balance Due", "$0.00")]):
        p.text(440, y + 22 + 16 * i, k, 9.5, i == 0, "right")
        p.text(555, y + 22 + 16 * i, v, 9.5, i == 0, "right")
    p.text(40, y + 90, "Health fund claim lodged via HICAPS. Thank you for visiting Harbourside Family Dental.", 8)
    return [p], {"type": "medical_bill", "lang": "en",
                 "fields": {"provider": "Harbourside Family Dental", "patient": "Olivia Nguyen", "date": "2026-10-14",
                            "total": "349.00"}, "absent": []}


def en_ei_letter():
    """A Service Canada letter about an Employment Insurance claim: decision, benefit rate, first payable week."""
    p = Page(*LETTER)
    p.text(40, 52, "Service Canada", 14, True)
    p.text(40, 66, "Employment Insurance | Assurance-emploi", 8.5)
    p.text(572, 52, "October 16, 2026", 10, align="right")
    for i, s in enumerate(["MARC TREMBLAY", "57 RUE DES ERABLES", "MONCTON NB  E1A 4K2"]):
        p.text(40, 110 + 13 * i, s, 9.5)
    p.text(40, 175, "Access code: 2607   Claim start: September 27, 2026", 9)
    p.text(40, 205, "Dear Marc Tremblay,", 10.5)
    lines = ["We have reviewed your application for Employment Insurance (EI) regular benefits.",
             "Your employment with Atlantic Fibreboard Inc. ended on September 25, 2026 because of a",
             "shortage of work. We are pleased to inform you that your claim has been approved.",
             "",
             "Your weekly benefit rate is $668.00 before taxes. You may receive up to 32 weeks of",
             "benefits. Your first payable week begins October 4, 2026.",
             "",
             "Complete your bi-weekly reports online to continue receiving payments. If you find",
             "work or return to school, you must tell us in your reports."]
    y = 230
    for s in lines:
        p.text(40, y, s, 10.5)
        y += 16
    p.text(40, y + 30, "Employment Insurance Processing Centre", 10.5)
    p.text(40, y + 46, "Service Canada", 10.5)
    return [p], {"type": "unemployment_proof", "lang": "en",
                 "fields": {"person": "Marc Tremblay", "issuer": "Service Canada", "date": "2026-10-16"},
                 "absent": []}


def en_income_letter():
    """A Singapore employer's letter confirming employment and monthly salary, signed by HR."""
    p = Page()
    p.text(40, 56, "FERNCLIFF ENGINEERING PTE LTD", 13, True)
    p.text(40, 70, "25 International Business Park, #04-31, Singapore 609916   UEN 201318844K", 8)
    p.text(40, 120, "5 November 2026", 10.5)
    p.text(40, 150, "TO WHOM IT MAY CONCERN", 10.5, True)
    p.text(40, 178, "CONFIRMATION OF EMPLOYMENT AND INCOME - MS TAN HUI MIN (NRIC SXXXX274F)", 10.5, True)
    lines = ["This is to confirm that Ms Tan Hui Min has been employed by Ferncliff Engineering Pte Ltd",
             "as a Project Coordinator since 2 May 2022 on a permanent, full-time basis.",
             "",
             "Her current gross monthly salary is S$6,200.00, paid on the last working day of each month.",
             "She is also eligible for an annual wage supplement of one month's salary.",
             "",
             "This letter is issued at the request of the employee for her loan application."]
    y = 210
    for s in lines:
        p.text(40, y, s, 10.5)
        y += 17
    p.text(40, y + 30, "Yours faithfully,", 10.5)
    p.text(40, y + 80, "Rachel Goh", 10.5, True)
    p.text(40, y + 95, "Senior Manager, Human Resources", 10.5)
    return [p], {"type": "income_proof", "lang": "en",
                 "fields": {"employer": ["Ferncliff Engineering Pte Ltd", "Ferncliff Engineering"],
                            "employee": "Tan Hui Min", "monthly_income": "6200.00", "date": "2026-11-05"},
                 "absent": []}


def _en_letter(head: str, sub: str, title: str, lines: list[str], size=LETTER) -> Page:
    p = Page(*size)
    p.text(40, 52, head, 14, True)
    p.text(40, 66, sub, 8)
    p.text(40, 110, title, 12, True)
    y = 140
    for s in lines:
        p.text(40, y, s, 10)
        y += 16
    return p


def en_pension():
    """An annual pension benefit statement: fund value, contributions, projected income — not income proof."""
    p = _en_letter("Clearwater Workplace Pension Plan", "Administered by Clearwater Trustees Ltd, PO Box 402, Leeds LS1 4BX",
                   "Your Annual Benefit Statement 2025/26",
                   ["Member: Mr David Okafor    Member number: CW-0091834    Statement date: 6 October 2026",
                    "", "Value of your pension pot at 5 April 2026:            £38,412.77",
                    "Contributions paid in the year (you):                  £2,640.00",
                    "Contributions paid in the year (your employer):        £3,960.00",
                    "Investment growth in the year:                          £2,118.45", "",
                    "Projected annual income at age 67 (in today's money):  £4,980.00", "",
                    "This projection is not guaranteed. Selected retirement age: 67."])
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


def en_council_tax():
    """A council tax bill: band, annual charge, instalments — a bill, but not a medical one."""
    p = _en_letter("Kettering Borough Council", "Council Tax Section, Bowling Green Road, Kettering NN15 7QX",
                   "Council Tax Bill 2026/27",
                   ["Account reference: 40118827    Bill date: 12 October 2026",
                    "Liable person: Ms Laura Pritchard, 17 Meadow Close, Kettering NN16 9AB",
                    "Property band: C    Annual charge:  £2,014.62", "Less single person discount 25%:  -£503.66",
                    "Amount payable 2026/27:  £1,510.96", "",
                    "Instalments: 15 Nov 2026 £151.96, then 9 monthly instalments of £151.00",
                    "", "Pay by Direct Debit: call 01536 410333 or visit our website."], A4)
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


def en_phone_bill():
    """A mobile phone bill: plan, usage, total due — 'Total', 'Amount due' and a date, yet no medical bill."""
    p = _en_letter("Skylink Mobile", "Customer Care 0800 044 7120  |  skylink.example",
                   "Your bill for October 2026",
                   ["Account holder: Jordan Whitfield    Account no: 88-551-204    Bill date: 01 Nov 2026",
                    "", "Monthly plan (Unlimited Talk & Text, 20 GB)          $45.00",
                    "Roaming data (2 days)                                  $14.00",
                    "Device payment 14 of 24                                $31.25",
                    "Taxes (GST/PST)                                        $8.95", "",
                    "Total amount due by 22 Nov 2026:                       $99.20"])
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


def en_debt_collector():
    """A debt collection agency's demand letter: balance owed, creditor, deadline."""
    p = _en_letter("Redwood Recovery Services Ltd", "Unit 9, Enterprise Court, Swindon SN2 2QA  |  0330 088 1452",
                   "NOTICE OF OUTSTANDING BALANCE",
                   ["Date: 3 November 2026    Our reference: RR/5521907", "Dear Mr Okafor,",
                    "Your account with QuickLend UK Ltd has been assigned to us for collection.",
                    "Outstanding balance:  £1,284.50", "",
                    "Please pay in full, or contact us to agree an affordable plan, by 17 November 2026.",
                    "If you are struggling, free debt advice is available from StepChange and Citizens Advice.",
                    "", "Yours sincerely,", "Collections Team"], A4)
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


def en_court_claim():
    """A county court money claim form's front page: claimant, defendant, amount claimed, court fee, total."""
    p = Page()
    p.rect(30, 30, 565, 812)
    p.text(297, 60, "Claim Form", 16, True, "center")
    p.text(545, 60, "N1", 12, True, "right")
    p.text(297, 78, "In the County Court Business Centre", 10, align="center")
    rows = [["Claim no.", "K4QZ81M7"], ["Issue date", "28 October 2026"], ["Claimant", "QuickLend UK Ltd"],
            ["Defendant", "Mr David Okafor, 44 Ashgrove Road, Swindon SN3 1HT"],
            ["Brief details of claim", "Unpaid balance of a fixed-sum loan agreement"],
            ["Amount claimed", "£1,284.50"], ["Court fee", "£115.00"], ["Legal representative's costs", "£80.00"],
            ["Total amount", "£1,479.50"]]
    p.table(50, 100, [170, 325], rows, 9.5, 26, header_fill=None, bold_first=False)
    p.text(50, 370, "You must respond within 14 days of service. Read the notes on the form for what to do.", 9)
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


def en_payday_loan():
    """A payday loan agreement's summary box: amount of credit, APR, repayment — the lender's paper."""
    p = _en_letter("CashBridge Finance Ltd", "Fixed-sum loan agreement regulated by the Consumer Credit Act 1974",
                   "PRE-CONTRACT SUMMARY AND AGREEMENT",
                   ["Agreement number: CBF-2026-0417783    Date of agreement: 9 September 2026",
                    "Borrower: Mr David Okafor",
                    "Amount of credit:            £600.00",
                    "Total charge for credit:     £288.00",
                    "Total amount payable:        £888.00",
                    "Representative APR:          1,294.6%",
                    "Repayments: 3 monthly payments of £296.00, first on 1 October 2026",
                    "", "Missing payments could have severe consequences and make obtaining credit more difficult."])
    return [p], {"type": "other", "lang": "en", "fields": {}, "absent": []}


# --------------------------------------------------------------------------------------------------------- the set

# doc -> (builder, forms). Chinese mostly as photos and scans, as people send them.
DOCS = {
    "zh-piece-rate-strip": (zh_piece_rate, ("photo", "text")),
    "zh-hospital-perf-pay": (zh_hospital_perf, ("scan", "photo")),
    "zh-gov-treasury-pay": (zh_gov_salary, ("text", "scan")),
    "zh-email-pay-detail": (zh_email_salary, ("image",)),
    "zh-stmt-boc-list": (zh_stmt_boc, ("text", "scan")),
    "zh-stmt-abc-detail": (zh_stmt_abc, ("photo", "text")),
    "zh-stmt-psbc-kiosk": (zh_stmt_psbc, ("photo",)),
    "zh-stmt-huishang-monthly": (zh_stmt_city, ("scan",)),
    "zh-income-loan-form": (zh_income_loan, ("photo", "text")),
    "zh-income-visa-letter": (zh_income_visa, ("scan",)),
    "zh-resignation-cert": (zh_resignation, ("text", "photo")),
    "zh-unemp-benefit-notice": (zh_unemp_benefit, ("scan", "photo")),
    "zh-med-outpatient-settle": (zh_med_outpatient, ("photo", "text")),
    "zh-med-inpatient-list": (zh_med_inpatient, ("scan",)),
    "zh-other-social-insurance": (zh_social_insurance, ("text",)),
    "zh-other-housing-fund": (zh_housing_fund, ("photo",)),
    "zh-other-wechat-bill": (zh_wechat_bill, ("image",)),
    "zh-other-outpatient-record": (zh_outpatient_record, ("photo",)),
    "zh-other-collection-notice": (zh_collection_notice, ("text",)),
    "zh-other-court-summons": (zh_court_summons, ("scan",)),
    "en-paystub-ca": (en_paystub_ca, ("text", "scan")),
    "en-payslip-ie": (en_payslip_ie, ("text",)),
    "en-salary-slip-in": (en_salary_in, ("photo",)),
    "en-stmt-ca-credit-union": (en_stmt_ca, ("text",)),
    "en-stmt-in-savings": (en_stmt_in, ("scan",)),
    "en-dental-au": (en_dental_au, ("photo",)),
    "en-ei-letter-ca": (en_ei_letter, ("text",)),
    "en-income-letter-sg": (en_income_letter, ("text",)),
    "en-other-pension": (en_pension, ("text",)),
    "en-other-council-tax": (en_council_tax, ("scan",)),
    "en-other-phone-bill": (en_phone_bill, ("text",)),
    "en-other-debt-collector": (en_debt_collector, ("text",)),
    "en-other-court-claim": (en_court_claim, ("scan",)),
    "en-other-payday-loan": (en_payday_loan, ("text",)),
}


def entry_id(doc: str, form: str) -> str:
    return f"i4-{doc}-{form}"


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry: ``form`` is text (PDF with a text layer), scan (image-only PDF), photo (JPEG)
    or image (PNG screenshot). Deterministic for the same Pillow/reportlab."""
    pages, _ = DOCS[doc][0]()
    seed = entry_id(doc, form)
    if form == "text":
        return to_pdf(pages), "pdf"
    if form == "scan":
        return as_scan(pages[0], seed), "pdf"
    if form == "photo":
        return as_photo(pages[0], seed), "jpg"
    if form == "image":
        return as_screenshot(pages[0], seed), "png"
    raise ValueError(form)


def manifest_entries() -> list[dict]:
    """Every entry of the set with its labels and the sha256 of its bytes."""
    out = []
    for doc, (build, forms) in DOCS.items():
        _, truth = build()
        for form in forms:
            raw, ext = render(doc, form)
            out.append({"id": entry_id(doc, form), "origin": "generated", "generator": "gen_independent4",
                        "doc": doc, "form": form, "lang": truth["lang"], "type": truth["type"],
                        "fields": truth["fields"], "absent": truth["absent"],
                        "sha256": hashlib.sha256(raw).hexdigest(), "note": build.__doc__.split("\n")[0]})
    return out


def main(argv: list[str]) -> None:
    if argv[:1] == ["--manifest"]:
        data = {"about": "Fourth independently generated judging set: bench/thirdparty/gen_independent4.py draws each "
                         "document; labels are the values it drew. Rebuild with fetch_corpus.py --independent4.",
                "documents": manifest_entries()}
        Path(argv[1]).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries -> {argv[1]}")
        return
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for doc, (_, forms) in DOCS.items():
        for form in forms:
            raw, ext = render(doc, form)
            (out / f"{entry_id(doc, form)}.{ext}").write_bytes(raw)


if __name__ == "__main__":
    main(sys.argv[1:])
