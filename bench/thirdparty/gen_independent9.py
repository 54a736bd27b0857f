"""The ninth independently generated judging set (bench/thirdparty/independent9.json, ``--independent9``).

    python bench/thirdparty/gen_independent9.py --manifest   (rewrite independent9.json: labels + sha256)
    python bench/thirdparty/gen_independent9.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, checklists, tests, samples, or the earlier generators and their manifests;
imports nothing from packet. Each document is drawn once with reportlab (invariant mode: no dates or ids in the file)
as its issuer prints it, and its labels are the values it prints. Forms: ``text`` (the born-digital PDF), ``scan`` (an
image-only PDF: greyscale, turned under a degree or so, speckled), ``photo`` (a JPEG of the printed page on a desk:
the sheet turned, perspective, uneven light and shadow, soft focus, sometimes crumpled or folded, low light or a hand
in the frame, JPEG quality 55-80) and ``image`` (a phone screenshot, PNG). Every random choice is seeded by the
entry's id, so :func:`render` gives the same bytes on the same tool versions (reportlab, Pillow, numpy, poppler).

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
MANIFEST = HERE / "independent9.json"
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("I9Zh", ZH_FONT, subfontIndex=0))
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
            return "I9Zh"
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
        c.setFont("I9Zh", size)
        for k, ch in enumerate(ring):
            a = math.pi / 2 + span / 2 - (k + 0.5) * span / n
            px, py = cx + r * 0.76 * math.cos(a), y + r * 0.76 * math.sin(a)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -size * 0.35, ch)
            c.restoreState()
        if middle:
            c.setFont("I9Zh", r * 0.2)
            c.drawCentredString(cx, y - r * 0.55, middle)
        c.restoreState()

    def hand(self, x, y, s, size=12, key="", color=BLUE_INK):
        """Handwriting over a printed blank: slanted, uneven, in pen ink."""
        rng = _rng(key + s)
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.92, 1.1)
            w = pdfmetrics.stringWidth(ch, "I9Zh", sz)
            self.c.saveState()
            self.c.setFillColorRGB(*color)
            self.c.setFont("I9Zh", sz)
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


def _m(v: float) -> str:
    return f"{v:,.2f}"


# --------------------------------------------------------------------------------------------------------------------
# the documents. Each returns one PDF page (bytes).

def zh_pay_county_hospital_strip() -> bytes:
    """A county hospital's (事业单位) monthly pay strip: one landscape row under grouped heads, 岗位/薪级/绩效 columns."""
    p = Page(landscape(A4), zh=True)
    p.t(p.w / 2, 48, "澧北县人民医院2026年10月职工工资发放明细（个人）", 15, bold=True, align="c")
    p.t(40, 74, "单位：澧北县人民医院（财务科）", 9)
    p.t(p.w / 2, 74, "发放月份：2026年10月", 9, align="c")
    p.t(p.w - 40, 74, "单位：元", 9, align="r")
    heads2 = ["工号", "姓名", "科室", "岗位工资", "薪级工资", "基础性绩效", "奖励性绩效", "护龄津贴", "夜班费",
              "应发合计", "养老保险", "职业年金", "医疗保险", "失业保险", "住房公积金", "个人所得税", "代扣合计",
              "实发金额"]
    vals = ["0417", "覃雪梅", "心内科护理", "2,180.00", "1,346.00", "2,410.00", "1,965.00", "20.00", "480.00",
            "8,401.00", "496.00", "248.00", "124.00", "18.60", "744.00", "53.11", "1,683.71", "6,717.29"]
    widths = [30, 38, 52] + [44] * 15
    x0 = (p.w - sum(widths)) / 2
    y = 92
    p.box(x0, y, sum(widths), 16, fill=(0.9, 0.93, 0.97), stroke=None)
    p.t(x0 + sum(widths[:3]) + sum(widths[3:10]) / 2, y + 11, "应发项目", 8.5, bold=True, align="c")
    p.t(x0 + sum(widths[:10]) + sum(widths[10:17]) / 2, y + 11, "代扣项目", 8.5, bold=True, align="c")
    p.line(x0, y, x0 + sum(widths), y)
    bottom = p.table(x0, y + 16, widths, [heads2, vals], rh=22, size=7.2, head_fill=(0.9, 0.93, 0.97),
                     aligns=["c", "c", "c"] + ["r"] * 15)
    p.line(x0, y, x0, bottom)
    p.line(x0 + sum(widths), y, x0 + sum(widths), bottom)
    p.t(x0, bottom + 22, "说明：1. 绩效工资按院绩效考核办法核发，奖励性绩效为9月考核结果；2. 住房公积金缴存比例12%，职业年金4%；", 8)
    p.t(x0, bottom + 36, "3. 如对工资有疑问，请于发放之日起10个工作日内到财务科（行政楼三楼）核对。", 8)
    p.t(x0, bottom + 64, "制表：邓丽君         审核：彭国强         打印日期：2026-11-10", 9)
    p.stamp(p.w - 150, bottom + 60, 40, "澧北县人民医院", "财务专用章")
    return p.pdf()


def zh_pay_piece_rate_slip() -> bytes:
    """A plastics factory's 计件工资单 on a half sheet: piece lines (quantity x unit price), then the pay and deductions."""
    p = Page(A5, zh=True)
    p.t(p.w / 2, 36, "惠州市博罗县鑫泰塑胶制品有限公司", 12, bold=True, align="c")
    p.t(p.w / 2, 56, "2026年10月份计件工资单", 11, align="c")
    p.t(28, 80, "工号：ZS2-0386", 8.5)
    p.t(140, 80, "姓名：韦金凤", 8.5)
    p.t(250, 80, "部门：注塑二车间", 8.5)
    p.t(28, 94, "出勤：27天    加班：46小时", 8.5)
    rows = [["产品型号", "工序", "数量(件)", "单价", "金额"],
            ["外壳A-203", "去毛刺", "3,820", "0.42", "1,604.40"],
            ["外壳A-203", "装配", "2,150", "0.65", "1,397.50"],
            ["底座B-11", "检验包装", "4,600", "0.18", "828.00"],
            ["卡扣C-7", "去水口", "6,300", "0.09", "567.00"],
            ["", "计件小计", "", "", "4,396.90"]]
    y = p.table(28, 104, [78, 70, 60, 45, 66], rows, rh=17, size=8.5, aligns=["l", "l", "r", "r", "r"])
    rows2 = [["加班补贴", "360.00", "社保个人部分", "386.40"],
             ["全勤奖", "200.00", "宿舍水电费", "62.50"],
             ["住房补贴", "150.00", "借支", "300.00"],
             ["应发工资", "5,106.90", "扣款合计", "748.90"]]
    y = p.table(28, y + 10, [78, 70, 105, 66], rows2, rh=17, size=8.5, head=0, aligns=["l", "r", "l", "r"])
    p.box(28, y + 8, 319, 22, fill=(0.95, 0.95, 0.95))
    p.t(34, y + 23, "实发工资：4,358.00 元", 11, bold=True)
    p.t(28, y + 48, "本人签字：______________      发放日期：2026年11月15日", 8.5)
    p.t(28, y + 64, "注：工资如有差错请于三日内找车间统计员核对，逾期不予受理。", 7.5, color=(0.3, 0.3, 0.3))
    return p.pdf()


def zh_pay_ride_hailing_screen() -> bytes:
    """A ride-hailing driver app's monthly income screen (a phone screenshot): no name, only the driver's number."""
    p = Page((390, 844), zh=True)
    p.box(0, 0, 390, 844, fill=(0.96, 0.96, 0.97), stroke=None)
    p.t(24, 22, "9:41", 11, bold=True)
    p.t(366, 22, "5G  87%", 10, align="r")
    p.t(195, 62, "收入明细", 15, bold=True, align="c")
    p.t(24, 62, "‹", 18)
    p.box(16, 84, 358, 40, fill=(1, 1, 1), stroke=None, radius=8)
    p.t(32, 109, "2026年10月  ▾", 12, bold=True)
    p.t(358, 109, "司机编号 CC320586", 9, color=(0.45, 0.45, 0.45), align="r")
    p.box(16, 136, 358, 150, fill=(0.13, 0.55, 0.42), stroke=None, radius=12)
    p.t(36, 166, "本月总收入(元)", 11, color=(1, 1, 1))
    p.t(36, 210, "12,806.50", 30, bold=True, color=(1, 1, 1))
    p.t(36, 246, "实际到账(元)", 10, color=(0.85, 0.95, 0.9))
    p.t(36, 270, "10,453.06", 16, bold=True, color=(1, 1, 1))
    p.t(200, 246, "完成订单", 10, color=(0.85, 0.95, 0.9))
    p.t(200, 270, "612 单", 16, bold=True, color=(1, 1, 1))
    p.box(16, 300, 358, 250, fill=(1, 1, 1), stroke=None, radius=10)
    items = [("订单流水", "12,386.50"), ("冲单奖励", "+420.00"), ("平台信息服务费", "-2,353.44"),
             ("本月总收入", "12,806.50"), ("实际到账", "10,453.06")]
    y = 332
    for k, v in items:
        p.t(32, y, k, 11)
        p.t(358, y, v, 11, bold=k in ("实际到账",), align="r")
        p.line(32, y + 14, 358, y + 14, 0.3, (0.85, 0.85, 0.85))
        y += 44
    p.t(32, 578, "收入已于每周二提现至尾号 6617 的银行卡", 9, color=(0.45, 0.45, 0.45))
    p.t(32, 598, "服务方：畅程出行（江苏）网络科技有限公司", 9, color=(0.45, 0.45, 0.45))
    p.t(195, 800, "畅程出行 · 司机端", 9, color=(0.6, 0.6, 0.6), align="c")
    return p.pdf()


JSB_ROWS = [  # date, summary, debit, credit, counterparty, channel
    ("2026-10-01", "利息结息", "", "1.83", "", "批量"),
    ("2026-10-03", "快捷支付", "268.00", "", "财付通支付科技有限公司", "网络"),
    ("2026-10-08", "代发工资", "", "5,920.00", "无锡市新吴区宏达精工机械厂", "批量"),
    ("2026-10-09", "转账取款", "1,500.00", "", "宓晓芸", "手机银行"),
    ("2026-10-10", "代扣电费", "146.35", "", "国网江苏省电力有限公司", "批量"),
    ("2026-10-12", "ATM取款", "800.00", "", "", "ATM"),
    ("2026-10-15", "贷款还款", "2,316.00", "", "", "批量"),
    ("2026-10-19", "快捷支付", "89.90", "", "支付宝（中国）网络技术有限公司", "网络"),
    ("2026-10-22", "跨行转入", "", "600.00", "宓建国", "网银"),
    ("2026-10-27", "消费", "355.60", "", "无锡华润万家生活超市", "POS"),
    ("2026-10-30", "代扣燃气费", "58.00", "", "无锡华润燃气有限公司", "批量"),
]


def zh_stmt_jiangsu_bank() -> bytes:
    """江苏银行's counter-printed 个人账户交易明细对账单: 借方发生额/贷方发生额/余额 columns, seal at the foot."""
    p = Page(A4, zh=True)
    p.t(40, 46, "江苏银行", 17, bold=True, color=(0.0, 0.3, 0.6))
    p.t(118, 46, "BANK OF JIANGSU", 8, face="Helvetica-Bold", color=(0.0, 0.3, 0.6))
    p.t(p.w / 2, 80, "个人账户交易明细对账单", 14, bold=True, align="c")
    info = [("户    名：宓晓东", "账    号：6229 1840 3357 2210 946"), ("币    种：人民币", "钞汇标志：钞"),
            ("开户网点：江苏银行无锡新区支行", "起止日期：2026-10-01 至 2026-10-31")]
    y = 106
    for a, b in info:
        p.t(40, y, a, 9)
        p.t(300, y, b, 9)
        y += 16
    bal = 3_486.52
    rows = [["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "渠道"],
            ["2026-10-01", "上期余额", "", "", _m(bal), "", ""]]
    deb = cred = 0.0
    for d, s, dr, cr, cp, ch in JSB_ROWS:
        dv = float(dr.replace(",", "")) if dr else 0
        cv = float(cr.replace(",", "")) if cr else 0
        bal = round(bal - dv + cv, 2)
        deb += dv
        cred += cv
        rows.append([d, s, dr, cr, _m(bal), cp, ch])
    y = p.table(34, y + 6, [58, 52, 62, 62, 62, 168, 50], rows, rh=17, size=7.6,
                aligns=["l", "l", "r", "r", "r", "l", "c"])
    p.t(40, y + 20, f"本期借方发生额合计：{_m(deb)}    本期贷方发生额合计：{_m(cred)}    期末余额：{_m(bal)}", 9)
    p.t(40, y + 40, "打印日期：2026-11-04    打印柜员：0218    本对账单仅供客户核对账务使用，加盖业务专用章有效。", 8)
    p.stamp(440, y + 90, 42, "江苏银行股份有限公司无锡新区支行", "业务专用章")
    return p.pdf()


RCC_ROWS = [  # yyyymmdd, summary, out, in
    ("20260903", "现存", "", "2,000.00"),
    ("20260911", "转支", "1,280.00", ""),
    ("20260918", "惠农补贴", "", "316.00"),
    ("20260921", "现支", "500.00", ""),
    ("20260921", "结息", "", "0.74"),
    ("20261008", "代发工资", "", "2,760.00"),
    ("20261009", "现支", "1,000.00", ""),
    ("20261016", "转支", "1,150.00", ""),
    ("20261025", "代收电费", "87.20", ""),
    ("20261030", "现支", "600.00", ""),
]


def zh_stmt_rural_credit_coop() -> bytes:
    """A rural credit cooperative's counter printout (dot-matrix look, monospace), two months of a savings account."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 50, "湖南省农村信用社", 15, bold=True, align="c")
    p.t(p.w / 2, 72, "个人活期存款账户交易明细", 12, align="c")
    p.t(46, 100, "网点：石门县农村信用合作联社皂市信用社     打印时间：2026-11-03 10:26:41", 8.5)
    p.t(46, 118, "客户名称：庹桂英", 9)
    p.t(250, 118, "账号：8201 0000 4471 2036 85", 9)
    p.t(46, 134, "起始日期：20260901     终止日期：20261031     币种：人民币", 9)
    y = 160
    p.line(40, y - 10, p.w - 40, y - 10, 0.6, dash=(2, 2))
    head = ["日期", "摘要", "支出", "存入", "余额", "柜员"]
    xs = [46, 120, 200, 290, 380, 470]
    for x, h in zip(xs, head, strict=True):
        p.t(x, y, h, 9)
    p.line(40, y + 6, p.w - 40, y + 6, 0.6, dash=(2, 2))
    bal = 1_204.18
    y += 22
    p.t(xs[0], y, "20260901", 8.6, face="Courier")
    p.t(xs[1], y, "承前余额", 8.6)
    p.t(xs[4], y, f"{bal:>10,.2f}", 8.6, face="Courier")
    for k, (d, s, o, i) in enumerate(RCC_ROWS):
        y += 18
        bal = round(bal - float(o.replace(",", "") or 0) + float(i.replace(",", "") or 0), 2)
        off = 0.6 * math.sin(k * 1.7)
        p.t(xs[0] + off, y, d, 8.6, face="Courier")
        p.t(xs[1], y, s, 8.6)
        p.t(xs[2], y, f"{o:>10}", 8.6, face="Courier")
        p.t(xs[3], y, f"{i:>10}", 8.6, face="Courier")
        p.t(xs[4], y, f"{bal:>10,.2f}", 8.6, face="Courier")
        p.t(xs[5], y, "A" + str(1030 + k % 3), 8.6, face="Courier")
    p.line(40, y + 10, p.w - 40, y + 10, 0.6, dash=(2, 2))
    p.t(46, y + 30, f"本页合计笔数：{len(RCC_ROWS)}     当前余额：{bal:,.2f}", 9)
    p.stamp(430, y + 80, 40, "石门县农村信用合作联社皂市信用社", "业务专用章")
    return p.pdf()


def zh_unemp_benefit_notice() -> bytes:
    """A district social-insurance bureau's 失业保险金申领核定通知书: registration date, benefit months, seal and date."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 70, "失业保险金申领核定通知书", 17, bold=True, align="c")
    p.t(p.w - 60, 96, "龙人社失核〔2026〕第0913号", 9, align="r")
    p.t(60, 130, "庹明辉 同志：", 11)
    body = ["你于2026年9月8日办理失业登记并申领失业保险金，经审核，现将核定结果通知如下：", ]
    p.t(84, 156, body[0], 10.5)
    rows = [["姓名", "庹明辉", "性别", "男"],
            ["公民身份号码", "510112198703******", "失业登记日期", "2026年9月8日"],
            ["原工作单位", "成都天府鑫瑞汽车零部件有限公司", "", ""],
            ["终止/解除劳动关系日期", "2026年8月31日", "累计缴费年限", "6年2个月"],
            ["核定领取期限", "12个月", "月领取标准", "1,872.00元"],
            ["领取起止时间", "2026年10月至2027年9月", "发放方式", "社会保障卡金融账户"]]
    p.table(60, 176, [110, 170, 90, 105], rows, rh=26, size=9.5, head=0, aligns=["l"] * 4)
    p.line(170, 228, 170, 254)
    y = 176 + 26 * 6 + 30
    notes = ["请注意：",
             "1. 领取失业保险金期间，请按月通过“天府通办”或到就业服务窗口办理失业状况确认；",
             "2. 重新就业、应征服兵役、移居境外、享受基本养老保险待遇的，应停止领取失业保险金；",
             "3. 对本核定结果有异议的，可自收到本通知书之日起60日内申请行政复议。"]
    for n in notes:
        p.t(60, y, n, 9.5)
        y += 20
    p.t(p.w - 80, y + 50, "成都市龙泉驿区人力资源和社会保障局", 10.5, align="r")
    p.t(p.w - 120, y + 74, "2026年9月15日", 10.5, align="r")
    p.stamp(p.w - 170, y + 58, 46, "成都市龙泉驿区人力资源和社会保障局", "")
    p.t(60, y + 130, "（本通知书一式两份，申领人与经办机构各执一份）", 9, color=(0.3, 0.3, 0.3))
    return p.pdf()


def zh_income_fill_form() -> bytes:
    """A printed 收入证明 blank filled in by pen, the company's seal over its name; the date handwritten."""
    p = Page(A4, zh=True)
    key = "income-fill"
    p.t(p.w / 2, 90, "收 入 证 明", 20, bold=True, align="c")
    y = 150
    p.t(70, y, "兹证明 ________________ 同志（身份证号码：__________________________），", 11.5)
    p.hand(120, y - 3, "葛秀兰", 13, key)
    p.hand(318, y - 3, "330227 1978 0512 ****", 11, key)
    y += 34
    p.t(70, y, "系我单位 ______________ 部门正式员工，职务 ____________，", 11.5)
    p.hand(132, y - 3, "保洁服务部", 13, key)
    p.hand(330, y - 3, "保洁领班", 13, key)
    y += 34
    p.t(70, y, "自 ________ 年 ____ 月起在我单位工作至今。", 11.5)
    p.hand(90, y - 3, "2019", 13, key)
    p.hand(168, y - 3, "3", 13, key)
    y += 34
    p.t(70, y, "该同志近一年平均月收入（税前）为人民币 ________________ 元，", 11.5)
    p.hand(310, y - 3, "4650.00", 13, key)
    y += 34
    p.t(70, y, "（大写：________________________________ ）。", 11.5)
    p.hand(120, y - 3, "肆仟陆佰伍拾元整", 13, key)
    y += 34
    p.t(70, y, "特此证明。", 11.5)
    y += 34
    p.t(70, y, "本证明仅用于证明该员工的收入情况，不作为我单位对该员工任何形式的担保文件。", 10)
    y += 70
    p.t(300, y, "单位名称（盖章）：", 11.5)
    p.hand(300, y + 30, "宁波市鄞州区瑞丰物业服务有限公司", 13, key)
    p.stamp(400, y + 24, 48, "宁波市鄞州区瑞丰物业服务有限公司", "")
    y += 70
    p.t(300, y, "经办人：", 11.5)
    p.hand(350, y - 2, "许丽", 13, key)
    p.t(300, y + 30, "联系电话：", 11.5)
    p.hand(362, y + 28, "0574-8812 6630", 11, key)
    p.t(300, y + 62, "日期：________年_____月_____日", 11.5)
    sw = lambda s: pdfmetrics.stringWidth(s, "I9Zh", 11.5)  # noqa: E731
    p.hand(300 + sw("日期：") + 5, y + 59, "2026", 11, key)
    p.hand(300 + sw("日期：________年") + 6, y + 59, "11", 11, key)
    p.hand(300 + sw("日期：________年_____月") + 9, y + 59, "6", 11, key)
    return p.pdf()


def zh_med_tcm_outpatient() -> bytes:
    """A county TCM hospital's 医疗门诊收费票据（电子）: 交款人, items by fee class, 大写/小写 totals, insurance split."""
    p = Page((640, 380), zh=True)
    p.t(320, 34, "江西省医疗门诊收费票据（电子）", 15, bold=True, align="c", color=(0.6, 0.1, 0.1))
    p.line(190, 42, 450, 42, 1, (0.6, 0.1, 0.1))
    p.line(190, 45, 450, 45, 0.5, (0.6, 0.1, 0.1))
    p.t(24, 70, "票据代码：36060126", 8.5)
    p.t(24, 84, "交款人统一社会信用代码：", 8.5)
    p.t(24, 98, "交款人：钮春华", 9)
    p.t(420, 70, "票据号码：0074318852", 8.5)
    p.t(420, 84, "校验码：a8f31c", 8.5)
    p.t(420, 98, "开票日期：2026-10-23", 8.5)
    rows = [["项目名称", "金额（元）", "备注", "项目名称", "金额（元）", "备注"],
            ["西药费", "96.40", "", "治疗费", "120.00", "针灸"],
            ["中草药费", "187.90", "7剂", "推拿费", "45.00", ""],
            ["诊察费", "22.00", "副主任医师", "化验费", "15.00", ""],
            ["", "", "", "", "", ""]]
    y = p.table(24, 108, [100, 70, 92, 100, 70, 160], rows, rh=20, size=8.5,
                head_fill=(0.97, 0.92, 0.92), aligns=["l", "r", "l", "l", "r", "l"])
    p.box(24, y, 592, 22, stroke=(0, 0, 0))
    p.t(30, y + 15, "金额合计（大写）：肆佰捌拾陆元叁角整", 9)
    p.t(420, y + 15, "（小写）486.30", 9)
    p.box(24, y + 22, 592, 46, stroke=(0, 0, 0))
    p.t(30, y + 38, "备注：业务流水号 MZ20261023-0417  门诊号 1026035  医保类型：城乡居民医保", 8)
    p.t(30, y + 54, "医保统筹基金支付：212.76  个人账户支付：0.00  个人现金支付：273.54", 8)
    p.t(24, y + 92, "收款单位（章）：宁都县中医院", 9)
    p.t(300, y + 92, "复核人：黄萍", 9)
    p.t(460, y + 92, "收款人：曾丹", 9)
    p.stamp(110, y + 76, 30, "宁都县中医院", "财务专用章")
    return p.pdf()


def zh_med_dental_clinic() -> bytes:
    """A private dental clinic's 结算单 (receipt width): treatment lines, 合计, a member discount, 实收."""
    p = Page((260, 520), zh=True)
    p.t(130, 30, "皓齿口腔门诊部", 13, bold=True, align="c")
    p.t(130, 48, "收费结算单", 10, align="c")
    p.t(14, 70, "单号：HC2610-01572", 8)
    p.t(14, 84, "患者：蔺晓彤    性别：女", 8)
    p.t(14, 98, "就诊日期：2026-10-17 15:32", 8)
    p.t(14, 112, "医生：邱永年", 8)
    p.line(10, 120, 250, 120, 0.5, dash=(3, 2))
    items = [("根管治疗（三根管）", "1", "1,200.00"), ("全瓷冠（氧化锆）", "1", "2,800.00"),
             ("CBCT 拍片", "1", "150.00"), ("一次性器械包", "2", "60.00"), ("局部麻醉", "1", "70.00")]
    p.t(14, 136, "项目", 8)
    p.t(170, 136, "数量", 8)
    p.t(246, 136, "金额", 8, align="r")
    y = 154
    for n, q, a in items:
        p.t(14, y, n, 8)
        p.t(178, y, q, 8)
        p.t(246, y, a, 8, align="r")
        y += 16
    p.line(10, y - 6, 250, y - 6, 0.5, dash=(3, 2))
    p.t(14, y + 8, "合计：", 9)
    p.t(246, y + 8, "4,280.00", 9, align="r")
    p.t(14, y + 24, "会员优惠：", 9)
    p.t(246, y + 24, "-280.00", 9, align="r")
    p.t(14, y + 44, "实收金额：", 11, bold=True)
    p.t(246, y + 44, "4,000.00", 11, bold=True, align="r")
    p.t(14, y + 62, "支付方式：微信支付", 8)
    p.line(10, y + 72, 250, y + 72, 0.5, dash=(3, 2))
    p.t(14, y + 90, "地址：合肥市蜀山区长江西路 618 号 2 楼", 7.5)
    p.t(14, y + 104, "预约电话：0551-6590 2217", 7.5)
    p.t(130, y + 124, "本单据不作报销凭证，需发票请于当月申请", 7.5, align="c")
    return p.pdf()


def zh_other_loan_settlement() -> bytes:
    """A consumer-finance company's 贷款结清证明 (a look-alike: names, amounts, dates, seal, but no income)."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 90, "结 清 证 明", 20, bold=True, align="c")
    p.t(70, 140, "借款人：戚永胜", 11.5)
    p.t(70, 164, "证件号码：320582********3519", 11.5)
    y = 204
    txt = ["借款人戚永胜于2024年3月12日在我公司申请个人消费贷款，合同编号为",
           "QX-XF-20240312-00871，贷款本金人民币30,000.00元，期限24期。",
           "截至2026年10月28日，该笔贷款本金、利息及相关费用已全部结清，",
           "我公司与借款人之间就该笔贷款不再存在债权债务关系。",
           "特此证明。"]
    for s in txt:
        p.t(96 if s is txt[0] else 70, y, s, 11.5)
        y += 28
    p.t(p.w - 80, y + 80, "青溪消费金融股份有限公司", 11.5, align="r")
    p.t(p.w - 100, y + 106, "2026年11月2日", 11.5, align="r")
    p.stamp(p.w - 160, y + 86, 46, "青溪消费金融股份有限公司", "业务专用章")
    return p.pdf()


def zh_other_property_fee_receipt() -> bytes:
    """A property-management 收款收据 (three-part carbon receipt look): a look-alike of a medical receipt."""
    p = Page((600, 300), zh=True)
    p.box(0, 0, 600, 300, fill=(0.97, 0.93, 0.95), stroke=None)
    p.t(300, 36, "收  款  收  据", 17, bold=True, align="c", color=(0.55, 0.1, 0.3))
    p.t(470, 36, "No 0038817", 11, color=(0.8, 0.1, 0.1), face="Courier-Bold")
    p.t(60, 66, "2026 年 10 月 9 日", 10)
    rows = [["交款单位（人）", "9栋2单元1703 鲍雅琴", "", ""],
            ["收款事由", "2026年10月—2027年3月物业服务费（2.30元/㎡×118.6㎡×6个月）", "", ""],
            ["人民币（大写）", "壹仟陆佰叁拾陆元陆角捌分", "¥", "1,636.68"]]
    p.table(40, 80, [100, 330, 24, 66], rows, rh=34, size=10, head=0, aligns=["c", "l", "c", "r"])
    p.t(60, 210, "收款单位（盖章）：东湖景苑物业管理处", 10)
    p.t(360, 210, "收款人：尹", 10)
    p.t(440, 210, "经手人：谭", 10)
    p.stamp(170, 200, 36, "武汉东湖景苑物业服务有限公司", "财务专用章")
    p.t(560, 150, "第二联  交款人", 9, angle=-90, color=(0.55, 0.1, 0.3))
    return p.pdf()


# --- English ---------------------------------------------------------------------------------------------------------

def en_pay_ireland() -> bytes:
    """An Irish payroll bureau's payslip: Payments / Deductions side by side, PPS number, tax credits, USC, PRSI."""
    p = Page(A4)
    p.box(30, 30, p.w - 60, 60, fill=(0.93, 0.96, 0.93), stroke=(0.3, 0.5, 0.3))
    p.t(44, 54, "Ballymote Joinery Ltd", 15, bold=True, color=(0.15, 0.35, 0.15))
    p.t(44, 74, "Unit 4, Carrownanty Business Park, Ballymote, Co. Sligo F56 K2X8", 8.5)
    p.t(p.w - 44, 54, "PAYSLIP", 16, bold=True, align="r", color=(0.15, 0.35, 0.15))
    info = [("Employee", "Caoimhe Nolan-Devane"), ("Employee No", "0112"), ("PPS No", "7415532TA"),
            ("Department", "Finishing"), ("Pay Frequency", "Monthly"), ("Tax Period", "Month 10"),
            ("Pay Date", "30/10/2026"), ("Tax Basis", "Cumulative")]
    y = 112
    for k, (a, b) in enumerate(info):
        x = 40 if k % 2 == 0 else 310
        p.t(x, y, a, 8.5, color=(0.35, 0.35, 0.35))
        p.t(x + 90, y, b, 9, bold=True)
        if k % 2:
            y += 16
    y += 14
    pay = [["Payments", "Hours", "Rate", "Amount"], ["Basic Salary", "", "", "3,600.00"],
           ["Overtime x1.5", "8.00", "31.25", "250.00"], ["", "", "", ""], ["", "", "", ""],
           ["Gross Pay", "", "", "3,850.00"]]
    ded = [["Deductions", "Amount"], ["Pension (5%)", "192.50"], ["PAYE", "473.33"], ["USC", "71.52"],
           ["PRSI (Class A1)", "161.70"], ["Total Deductions", "899.05"]]
    p.table(40, y, [120, 40, 45, 65], pay, rh=18, size=8.5, head_fill=(0.85, 0.92, 0.85),
            aligns=["l", "r", "r", "r"])
    yb = p.table(320, y, [150, 85], ded, rh=18, size=8.5, head_fill=(0.85, 0.92, 0.85), aligns=["l", "r"])
    y = yb + 20
    p.t(40, y, "Year to Date", 10, bold=True)
    ytd = [["Gross", "Taxable Pay", "PAYE", "USC", "PRSI", "Pension"],
           ["37,840.00", "35,947.80", "4,602.40", "698.31", "1,589.28", "1,892.20"]]
    y = p.table(40, y + 8, [85, 85, 80, 80, 80, 80], ytd, rh=18, size=8.5, head_fill=(0.92, 0.92, 0.92),
                aligns=["r"] * 6)
    y += 18
    p.t(40, y, "Tax Credits (period): 333.33     Std Rate Cut-Off (period): 3,666.67     Tax Code: Cumulative", 8.5)
    p.box(320, y + 16, 235, 34, fill=(0.15, 0.35, 0.15), stroke=None)
    p.t(332, y + 38, "NET PAY", 12, bold=True, color=(1, 1, 1))
    p.t(545, y + 38, "€2,950.95", 14, bold=True, color=(1, 1, 1), align="r")
    p.t(40, y + 34, "Paid by credit transfer to IBAN IE** BOFI ****  **** 3391", 8.5)
    p.t(40, y + 80, "Payroll prepared by Cúil Irra Payroll Services, Sligo. Keep this payslip for your records.", 7.5,
        color=(0.4, 0.4, 0.4))
    return p.pdf()


def en_pay_nhs_band() -> bytes:
    """An NHS trust's payslip: the boxed header row (assignment, band, tax period), payments and deductions blocks."""
    p = Page(A4)
    p.t(40, 44, "Wyre Forest Community Health NHS Trust", 13, bold=True, color=(0.0, 0.37, 0.72))
    p.box(p.w - 96, 28, 56, 24, fill=(0.0, 0.37, 0.72), stroke=None)
    p.t(p.w - 68, 45, "NHS", 15, bold=True, color=(1, 1, 1), align="c")
    p.t(40, 62, "PRIVATE & CONFIDENTIAL — Payslip", 9)
    heads = [["Name", "Assignment No", "Pay Scale Description", "Tax Period", "Pay Date"],
             ["ADERONKE FAIRBAIRN", "24871563", "XN05 Band 5 Point 2", "7", "27/10/2026"]]
    y = p.table(40, 76, [130, 80, 130, 60, 80], heads, rh=18, size=8, head_fill=(0.9, 0.94, 0.98))
    heads2 = [["NI Number", "Tax Code", "NI Category", "Annual Salary", "Cost Centre"],
              ["JX 71 43 28 C", "1257L", "A", "32,739.00", "R1W4 District Nursing"]]
    y = p.table(40, y + 6, [130, 80, 130, 60, 80], heads2, rh=18, size=8, head_fill=(0.9, 0.94, 0.98))
    pay = [["Payments", "Wtd Hrs", "Units", "Value"],
           ["Basic Pay", "37.50", "", "2,728.25"], ["Unsocial Hours Enh 30%", "", "16.00", "186.40"],
           ["Overtime @ 1.5", "", "5.00", "142.30"], ["", "", "", ""]]
    ded = [["Deductions", "Value"], ["Income Tax", "358.40"], ["National Insurance", "160.72"],
           ["NHS Pension (9.8%)", "267.50"], ["", ""]]
    p.table(40, y + 14, [140, 50, 45, 65], pay, rh=18, size=8, head_fill=(0.9, 0.94, 0.98),
            aligns=["l", "r", "r", "r"])
    y = p.table(350, y + 14, [130, 75], ded, rh=18, size=8, head_fill=(0.9, 0.94, 0.98), aligns=["l", "r"])
    tot = [["Total Payments", "Total Deductions", "Net Pay"], ["3,056.95", "786.62", "2,270.33"]]
    y = p.table(200, y + 16, [120, 120, 115], tot, rh=20, size=9, head_fill=(0.0, 0.37, 0.72),
                aligns=["r", "r", "r"])
    ytd = [["Taxable Pay TD", "Tax Paid TD", "NI Paid TD", "Superann TD"], ["20,316.40", "2,402.80", "1,072.49",
                                                                              "1,859.12"]]
    y = p.table(40, y + 16, [110, 110, 110, 110], ytd, rh=18, size=8, head_fill=(0.94, 0.94, 0.94),
                aligns=["r"] * 4)
    p.t(40, y + 24, "Message: Please ensure your ESR address details are up to date. Payroll Helpdesk 01562 213 880.", 8)
    return p.pdf()


def en_pay_us_salaried_stub() -> bytes:
    """A US salaried earnings statement: current and YTD columns, pre-tax 401(k)/HSA/medical, federal/state/FICA."""
    p = Page(letter)
    p.t(36, 44, "Red Cedar Logistics, Inc.", 13, bold=True)
    p.t(36, 58, "4410 Brighton Blvd, Denver, CO 80216", 8.5)
    p.t(p.w - 36, 44, "Earnings Statement", 13, bold=True, align="r")
    p.t(p.w - 36, 58, "Advice No. 00184422", 8.5, align="r")
    rows = [("Period Beginning:", "10/01/2026"), ("Period Ending:", "10/31/2026"), ("Pay Date:", "10/31/2026")]
    y = 84
    for a, b in rows:
        p.t(380, y, a, 8.5)
        p.t(p.w - 36, y, b, 8.5, align="r")
        y += 13
    p.t(36, 90, "MARISOL QUINTANILLA-HART", 9.5, bold=True)
    p.t(36, 103, "2291 W 35th Ave, Denver, CO 80211", 8.5)
    p.t(36, 122, "Employee ID: 300719    SSN: XXX-XX-4418    Filing Status: Single / CO Exempt: 0", 8)
    earn = [["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            ["Salary", "65,000.00", "173.33", "5,416.67", "54,166.70"],
            ["Gross Pay", "", "", "5,416.67", "54,166.70"]]
    y = p.table(36, 140, [150, 80, 60, 100, 100], earn, rh=16, size=8.5, grid=False, hlines=True,
                head_fill=(0.9, 0.9, 0.9), aligns=["l", "r", "r", "r", "r"])
    pre = [["Pre-Tax Deductions", "", "", "This Period", "Year to Date"],
           ["401(k) 6%", "", "", "325.00", "3,250.00"], ["HSA", "", "", "125.00", "1,250.00"],
           ["Medical PPO", "", "", "186.20", "1,862.00"]]
    y = p.table(36, y + 10, [150, 80, 60, 100, 100], pre, rh=16, size=8.5, grid=False, hlines=True,
                head_fill=(0.9, 0.9, 0.9), aligns=["l", "r", "r", "r", "r"])
    tax = [["Taxes", "", "", "This Period", "Year to Date"],
           ["Federal Income Tax", "", "", "498.12", "4,981.20"], ["Social Security", "", "", "316.54", "3,165.40"],
           ["Medicare", "", "", "74.03", "740.30"], ["CO State Income Tax", "", "", "210.34", "2,103.40"]]
    y = p.table(36, y + 10, [150, 80, 60, 100, 100], tax, rh=16, size=8.5, grid=False, hlines=True,
                head_fill=(0.9, 0.9, 0.9), aligns=["l", "r", "r", "r", "r"])
    p.box(36, y + 14, 490, 24, fill=(0.95, 0.95, 0.95), stroke=(0, 0, 0))
    p.t(44, y + 30, "Net Pay", 10, bold=True)
    p.t(326, y + 30, "3,681.44", 10, bold=True, align="r")
    p.t(426, y + 30, "36,814.48", 10, align="r")
    p.t(36, y + 60, "Deposited to: Checking XXXXXX0672   3,681.44", 8.5)
    p.t(36, y + 74, "Benefits: Employer 401(k) match 4% 216.67 / HSA employer contribution 50.00 (not included in pay)", 8)
    return p.pdf()


def en_pay_ghana() -> bytes:
    """A Ghanaian agro-processor's payslip: GH₵ amounts, SSNIT, PAYE, welfare and loan deductions, bank details."""
    p = Page(A5)
    p.t(p.w / 2, 34, "VOLTA BASIN AGRO-PROCESSING LTD", 11, bold=True, align="c")
    p.t(p.w / 2, 48, "P.O. Box 218, Akuse, Eastern Region", 7.5, align="c")
    p.t(p.w / 2, 66, "PAY SLIP FOR THE MONTH OF OCTOBER 2026", 9.5, bold=True, align="c")
    info = [("Staff No:", "VB-0771"), ("Name:", "Esi Amponsah-Dorkenoo"), ("Grade:", "Supervisor II"),
            ("SSNIT No:", "E078512260034"), ("Bank:", "GCB Bank, Akuse  A/C ****5120")]
    y = 88
    for a, b in info:
        p.t(30, y, a, 8)
        p.t(95, y, b, 8.5)
        y += 13
    rows = [["EARNINGS", "GH₵", "DEDUCTIONS", "GH₵"],
            ["Basic Salary", "4,200.00", "SSNIT (5.5%)", "231.00"],
            ["Transport Allowance", "350.00", "Income Tax (PAYE)", "842.35"],
            ["Rent Allowance", "600.00", "Staff Welfare", "20.00"],
            ["", "", "Salary Advance Recovery", "300.00"],
            ["GROSS SALARY", "5,150.00", "TOTAL DEDUCTIONS", "1,393.35"]]
    y = p.table(24, y + 6, [96, 54, 110, 54], rows, rh=16, size=7.6, aligns=["l", "r", "l", "r"],
                face=None)
    p.box(150, y + 10, 168, 22, fill=(0.9, 0.9, 0.9))
    p.t(156, y + 25, "NET SALARY:  GH₵ 3,756.65", 9, bold=True)
    p.t(30, y + 54, "Prepared by: Accounts Dept.        Approved: ____________", 7.5)
    return p.pdf()


CU_ROWS = [
    ("Oct 02", "e-Transfer Received - L OKONKWO", "", "250.00"),
    ("Oct 03", "POS Purchase SAVE ON FOODS #962 NELSON", "87.43", ""),
    ("Oct 06", "Pre-Auth Debit FORTISBC NATURAL GAS", "64.10", ""),
    ("Oct 10", "Payroll Deposit KOOTENAY LAKE HOSP", "", "1,946.22"),
    ("Oct 14", "Loan Payment 0048213-L01", "412.00", ""),
    ("Oct 17", "ATM Withdrawal BAKER ST BRANCH", "100.00", ""),
    ("Oct 20", "Bill Payment TELUS MOBILITY", "78.50", ""),
    ("Oct 24", "Payroll Deposit KOOTENAY LAKE HOSP", "", "1,946.22"),
    ("Oct 28", "Cheque #118", "1,150.00", ""),
    ("Oct 31", "Account Fee - Member Plus Plan", "6.95", ""),
    ("Oct 31", "Dividend Credited", "", "0.41"),
]


def en_stmt_canada_credit_union() -> bytes:
    """A Canadian credit union's member statement: summary box, then Withdrawals / Deposits / Balance rows."""
    p = Page(letter)
    p.t(36, 46, "KOOTENAY RIDGE", 16, bold=True, color=(0.1, 0.3, 0.45))
    p.t(36, 62, "CREDIT UNION", 10, color=(0.1, 0.3, 0.45))
    p.t(p.w - 36, 46, "Member Statement", 12, bold=True, align="r")
    p.t(p.w - 36, 62, "Statement Period: Oct 1, 2026 to Oct 31, 2026", 8.5, align="r")
    p.t(p.w - 36, 75, "Member No. 48213", 8.5, align="r")
    p.t(54, 110, "DELPHINE OKONKWO-BASTIEN", 9.5)
    p.t(54, 123, "618 Hall Mines Rd", 9.5)
    p.t(54, 136, "Nelson BC  V1L 1G3", 9.5)
    bal0 = 1_322.57
    bal = bal0
    rows = [["Date", "Description", "Withdrawals", "Deposits", "Balance"],
            ["Oct 01", "Opening Balance", "", "", _m(bal0)]]
    wd = dp = 0.0
    for d, s, w, dd in CU_ROWS:
        wv = float(w.replace(",", "") or 0)
        dv = float(dd.replace(",", "") or 0)
        wd += wv
        dp += dv
        bal = round(bal - wv + dv, 2)
        rows.append([d, s, w, dd, _m(bal)])
    rows.append(["Oct 31", "Closing Balance", "", "", _m(bal)])
    p.box(360, 100, 216, 70, stroke=(0.1, 0.3, 0.45))
    summ = [("Opening Balance", _m(bal0)), ("Deposits", _m(dp)), ("Withdrawals", _m(wd)), ("Closing Balance", _m(bal))]
    y = 114
    for a, b in summ:
        p.t(368, y, a, 8.5, bold=a.startswith("Closing"))
        p.t(568, y, b, 8.5, bold=a.startswith("Closing"), align="r")
        y += 15
    p.t(36, 196, "Chequing - Account 0048213-100", 10, bold=True)
    p.table(36, 204, [50, 250, 80, 80, 80], rows, rh=17, size=8.2, grid=False, hlines=True,
            head_fill=(0.86, 0.91, 0.95), aligns=["l", "l", "r", "r", "r"])
    p.t(36, 720, "Deposits are 100% guaranteed by the Credit Union Deposit Insurance Corporation of British Columbia.",
        7.5, color=(0.4, 0.4, 0.4))
    p.t(36, 732, "Please examine this statement and report any errors within 30 days.", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf()


TT_ROWS = [
    ("05-OCT-26", "POS PURCHASE MASSY STORES GULF CITY", "412.65", ""),
    ("09-OCT-26", "ABM WITHDRAWAL SAN FERNANDO", "600.00", ""),
    ("15-OCT-26", "SALARY CREDIT - PT LISAS PORT AUTH", "", "6,840.00"),
    ("16-OCT-26", "STANDING ORDER - LOAN A/C 88213", "2,150.00", ""),
    ("19-OCT-26", "T&TEC ONLINE BILL PAYMENT", "318.40", ""),
    ("23-OCT-26", "TSTT ONLINE BILL PAYMENT", "289.00", ""),
    ("27-OCT-26", "CHQ DEPOSIT", "", "1,200.00"),
    ("30-OCT-26", "SERVICE CHARGE", "25.00", ""),
]


def en_stmt_trinidad_balance_cr() -> bytes:
    """A Trinidadian bank's savings statement: Debit / Credit columns and a running balance headed 'Balance (CR)'."""
    p = Page(A4)
    p.t(40, 50, "Bank of the Southern Caribbean Limited", 14, bold=True, face="Times-Bold")
    p.t(40, 66, "San Fernando Branch · 41 High Street, San Fernando, Trinidad W.I.", 8.5, face="Times-Roman")
    p.t(p.w - 40, 50, "STATEMENT OF ACCOUNT", 11, bold=True, align="r", face="Times-Bold")
    p.t(40, 104, "MR RAVINDRA SOOKDEO-BAPTISTE", 9.5, face="Courier")
    p.t(40, 117, "LP 44 RAHAMUT TRACE", 9.5, face="Courier")
    p.t(40, 130, "MARABELLA", 9.5, face="Courier")
    info = [("ACCOUNT NO.", "120-884-317-6"), ("ACCOUNT TYPE", "REGULAR SAVINGS TT$"),
            ("FROM", "01-OCT-26"), ("TO", "31-OCT-26"), ("PAGE", "1 OF 1")]
    y = 104
    for a, b in info:
        p.t(350, y, a, 8.5, face="Courier")
        p.t(450, y, b, 8.5, face="Courier")
        y += 13
    bal = 2_876.33
    rows = [["DATE", "PARTICULARS", "DEBIT", "CREDIT", "BALANCE (CR)"], ["01-OCT-26", "BALANCE BROUGHT FORWARD",
                                                                         "", "", _m(bal)]]
    for d, s, dr, cr in TT_ROWS:
        bal = round(bal - float(dr.replace(",", "") or 0) + float(cr.replace(",", "") or 0), 2)
        rows.append([d, s, dr, cr, _m(bal)])
    rows.append(["31-OCT-26", "BALANCE CARRIED FORWARD", "", "", _m(bal)])
    p.table(40, 190, [70, 215, 70, 70, 90], rows, rh=18, size=8, face="Courier", head_fill=(0.85, 0.85, 0.85),
            aligns=["l", "l", "r", "r", "r"], grid=False, hlines=True)
    p.t(40, 420, "All entries are subject to verification. Notify the Bank of any discrepancy within 14 days.", 8,
        face="Times-Italic")
    return p.pdf()


PB_ROWS = [
    ("03/09/26", "CASH DEP", "", "450.00"),
    ("12/09/26", "TFR FIJI SUGAR CORP", "", "1,186.40"),
    ("14/09/26", "ATM W/D NAUSORI", "300.00", ""),
    ("26/09/26", "TFR FIJI SUGAR CORP", "", "1,186.40"),
    ("30/09/26", "INTEREST", "", "2.17"),
    ("02/10/26", "EFTPOS MH NAUSORI", "214.65", ""),
    ("10/10/26", "TFR FIJI SUGAR CORP", "", "1,186.40"),
    ("11/10/26", "ATM W/D NAUSORI", "500.00", ""),
    ("19/10/26", "M-PAISA TOPUP", "120.00", ""),
    ("24/10/26", "TFR FIJI SUGAR CORP", "", "1,186.40"),
    ("29/10/26", "CASH W/D", "1,400.00", ""),
]


def en_stmt_fiji_passbook() -> bytes:
    """An inside page of a savings passbook: printed rows under a pre-printed head, no holder's name on the page."""
    p = Page((420, 300))
    p.box(0, 0, 420, 300, fill=(0.94, 0.96, 0.99), stroke=None)
    p.t(20, 22, "KORO SEA SAVINGS BANK", 9, bold=True, color=(0.1, 0.25, 0.55))
    p.t(400, 22, "PASSBOOK SAVINGS", 7, align="r", color=(0.1, 0.25, 0.55))
    p.t(20, 34, "A/C No. 2043 118 607", 7.5, face="Courier")
    heads = ["DATE", "PARTICULARS", "WITHDRAWAL", "DEPOSIT", "BALANCE"]
    xs = [20, 72, 210, 275, 340]
    for x, h in zip(xs, heads, strict=True):
        p.t(x, 48, h, 6.5, bold=True, color=(0.1, 0.25, 0.55))
    p.line(14, 52, 406, 52, 0.6, (0.1, 0.25, 0.55))
    bal = 842.19
    y = 64
    p.t(xs[1], y, "BAL B/FWD", 7.2, face="Courier")
    p.t(400, y, f"{bal:,.2f}", 7.2, face="Courier", align="r")
    for k, (d, s, w, dp) in enumerate(PB_ROWS):
        y += 18
        bal = round(bal - float(w.replace(",", "") or 0) + float(dp.replace(",", "") or 0), 2)
        dx = 1.2 if k > 4 else 0  # the second printing session sits a little to the right
        p.t(xs[0] + dx, y, d, 7.2, face="Courier")
        p.t(xs[1] + dx, y, s, 7.2, face="Courier")
        p.t(xs[3] - 8 + dx, y, w, 7.2, face="Courier", align="r")
        p.t(xs[4] - 8 + dx, y, dp, 7.2, face="Courier", align="r")
        p.t(400 + dx, y, f"{bal:,.2f}", 7.2, face="Courier", align="r")
        p.line(14, y + 5, 406, y + 5, 0.2, (0.6, 0.7, 0.85))
    return p.pdf()


ER_LINES = [
    ("09/14/26", "0450", "99284", "ER VISIT LEVEL 4", "1", "2,340.00"),
    ("09/14/26", "0350", "70450", "CT HEAD/BRAIN W/O CONTRAST", "1", "3,180.00"),
    ("09/14/26", "0300", "85025", "CBC W/AUTO DIFF", "1", "186.00"),
    ("09/14/26", "0301", "80053", "COMPREHENSIVE METABOLIC PANEL", "1", "242.00"),
    ("09/14/26", "0260", "96374", "IV PUSH SINGLE/INITIAL DRUG", "1", "412.00"),
    ("09/14/26", "0636", "J2405", "ONDANSETRON HCL INJ 1MG", "4", "58.00"),
]


def en_med_us_er_itemized() -> bytes:
    """A US hospital's itemised ER statement: revenue/CPT lines, insurer payment and contractual adjustment, then
    'Patient Responsibility' (the amount due) under the 'Total Charges'."""
    p = Page(letter)
    p.t(36, 44, "Mesa Verde Regional Medical Center", 14, bold=True, color=(0.5, 0.15, 0.1))
    p.t(36, 58, "Patient Financial Services · PO Box 2760, Cortez, CO 81321 · (970) 564-2210", 8)
    p.t(p.w - 36, 44, "ITEMIZED STATEMENT", 11, bold=True, align="r")
    info = [("Patient Name:", "ROSALIND ACHTERBERG"), ("Guarantor:", "ROSALIND ACHTERBERG"),
            ("Account Number:", "V00081427731"), ("Admit/Service Date:", "09/14/2026"),
            ("Patient Type:", "EMERGENCY OUTPATIENT"), ("Statement Date:", "10/28/2026"),
            ("Primary Insurance:", "SAGEBRUSH HEALTH PLAN PPO")]
    y = 88
    for a, b in info:
        p.t(36, y, a, 8.5)
        p.t(150, y, b, 8.5, bold=True)
        y += 13
    rows = [["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]] + [list(r) for r in ER_LINES]
    y = p.table(36, y + 12, [56, 40, 64, 230, 36, 114], rows, rh=16, size=8, grid=False, hlines=True,
                head_fill=(0.92, 0.88, 0.86), aligns=["l", "l", "l", "l", "r", "r"])
    summ = [("Total Charges", "6,418.00"), ("Insurance Payment - Sagebrush Health Plan 10/21/26", "-2,911.40"),
            ("Contractual Adjustment", "-2,706.60"), ("Patient Payments", "0.00")]
    y += 18
    for a, b in summ:
        p.t(300, y, a, 8.5)
        p.t(p.w - 40, y, b, 8.5, align="r")
        y += 14
    p.line(300, y - 6, p.w - 40, y - 6, 0.8)
    p.t(300, y + 8, "Patient Responsibility", 10, bold=True)
    p.t(p.w - 40, y + 8, "$800.00", 10, bold=True, align="r")
    p.t(36, y + 40, "Your plan applied $800.00 to your deductible. Pay online at mesaverderegional.org/pay or call us.",
        8)
    p.t(36, y + 54, "Financial assistance is available; ask for a Financial Assistance Application.", 8)
    return p.pdf()


def en_med_sg_polyclinic_receipt() -> bytes:
    """A Singapore polyclinic's tax invoice/receipt on narrow thermal paper: subsidy, GST, amount payable, NETS."""
    p = Page((230, 560))
    f = "Courier"
    y = 26
    for s, sz in [("SENGKANG NORTH POLYCLINIC", 8.6), ("21 Sengkang Sq #02-11", 7.2), ("Singapore 545082", 7.2),
                  ("GST Reg No: M90-3715220-K", 7.2), ("", 4), ("TAX INVOICE / RECEIPT", 8.6)]:
        p.t(115, y, s, sz, face="Courier-Bold" if sz > 8 else f, align="c")
        y += 12
    lines = [("Receipt No:", "SKNP2610133047"), ("Date:", "13/10/2026 10:42"), ("Patient:", "HUANG WEI LING, SARAH"),
             ("NRIC/FIN:", "S****567D"), ("Visit:", "Acute - Doctor Consult")]
    for a, b in lines:
        p.t(10, y, a, 7.2, face=f)
        p.t(220, y, b, 7.2, face=f, align="r")
        y += 11
    y += 4
    p.t(10, y, "-" * 42, 7, face=f)
    y += 12
    items = [("Consultation", "40.50"), ("Medication (3 items)", "18.20"), ("Laboratory - FBC", "12.00")]
    for a, b in items:
        p.t(10, y, a, 7.2, face=f)
        p.t(220, y, b, 7.2, face=f, align="r")
        y += 11
    p.t(10, y, "-" * 42, 7, face=f)
    y += 12
    for a, b in [("Total Bill Amount", "70.70"), ("Less: CHAS Blue Subsidy", "-15.00"), ("Amount Payable (S$)",
                                                                                         "55.70"),
                 ("Incl. 9% GST", "4.60"), ("Paid - NETS", "55.70"), ("Balance", "0.00")]:
        p.t(10, y, a, 7.4, face="Courier-Bold" if a.startswith("Amount") else f)
        p.t(220, y, b, 7.4, face="Courier-Bold" if a.startswith("Amount") else f, align="r")
        y += 11
    p.t(10, y + 6, "-" * 42, 7, face=f)
    p.t(115, y + 22, "Thank you. Get well soon!", 7, face=f, align="c")
    p.t(115, y + 34, "Healthier SG: enrol with a family doctor", 6.5, face=f, align="c")
    return p.pdf()


def en_med_kenya_interim_bill() -> bytes:
    """A Kenyan private hospital's interim (running) bill for an inpatient: charges by department, deposit, balance."""
    p = Page(A4)
    p.t(p.w / 2, 46, "KILIMANI HEIGHTS HOSPITAL", 15, bold=True, align="c")
    p.t(p.w / 2, 62, "Argwings Kodhek Road, Nairobi · P.O. Box 40122-00100 · Tel 0709 118 400", 8.5, align="c")
    p.t(p.w / 2, 86, "INTERIM BILL", 13, bold=True, align="c")
    info = [("Patient Name", "WANJIRU KAMAU-OTIENO"), ("IP No.", "IP/26/05813"), ("Ward / Bed", "Mawingu Ward / 12B"),
            ("Date of Admission", "02/11/2026"), ("Bill Date", "06/11/2026"), ("Payer", "SELF / SHA")]
    y = 112
    for k, (a, b) in enumerate(info):
        x = 50 if k % 2 == 0 else 310
        p.t(x, y, a + ":", 9)
        p.t(x + 100, y, b, 9, bold=True)
        if k % 2:
            y += 16
    rows = [["Department", "Description", "Amount (KES)"],
            ["Accommodation", "Bed charges 4 days @ 6,500", "26,000.00"],
            ["Nursing", "Nursing care 4 days", "8,000.00"],
            ["Pharmacy", "Drugs & consumables", "14,356.50"],
            ["Laboratory", "Haemogram, U/E/C, malaria, cultures", "9,420.00"],
            ["Radiology", "Chest X-ray, abdominal ultrasound", "12,800.00"],
            ["Doctors' Fees", "Physician daily review x4", "18,000.00"]]
    y = p.table(50, y + 16, [120, 250, 110], rows, rh=20, size=9, aligns=["l", "l", "r"])
    summ = [("TOTAL BILL TO DATE", "88,576.50"), ("LESS: DEPOSIT PAID 02/11/2026", "30,000.00"),
            ("BALANCE DUE", "58,576.50")]
    y += 10
    for a, b in summ:
        p.t(250, y + 14, a, 9.5, bold=True)
        p.t(530, y + 14, b, 9.5, bold=True, align="r")
        y += 20
    p.t(50, y + 30, "NB: This is an interim bill. Charges continue to accrue until discharge. Deposits are", 8.5)
    p.t(50, y + 43, "required to maintain the account. Accounts Office open 24 hours.", 8.5)
    p.t(50, y + 80, "Prepared by: Billing Officer ____________", 9)
    return p.pdf()


def en_unemp_za_uif_letter() -> bytes:
    """A South African Unemployment Insurance Fund approval letter: the claim approved, a daily benefit rate, in
    sentences, under the Department's letterhead and a labour centre's address."""
    p = Page(A4)
    p.t(40, 50, "employment & labour", 11, face="Helvetica-Bold", color=(0.0, 0.4, 0.25))
    p.t(40, 64, "Department: Employment and Labour", 9, face="Helvetica", color=(0.0, 0.4, 0.25))
    p.t(40, 76, "REPUBLIC OF SOUTH AFRICA", 8, face="Helvetica-Bold", color=(0.0, 0.4, 0.25))
    p.t(p.w - 40, 50, "Unemployment Insurance Fund", 9, align="r")
    p.t(p.w - 40, 62, "Bellville Labour Centre", 9, align="r")
    p.t(p.w - 40, 74, "1 Voortrekker Road, Bellville 7530", 9, align="r")
    p.t(40, 120, "Ms N. Dlamini-Pretorius", 10)
    p.t(40, 133, "14 Sonneblom Street", 10)
    p.t(40, 146, "Kuils River", 10)
    p.t(40, 159, "7580", 10)
    p.t(p.w - 40, 120, "Enquiries: Claims Section", 9, align="r")
    p.t(p.w - 40, 133, "Reference: UI-2/BLV/0061742", 9, align="r")
    p.t(p.w - 40, 146, "Date: 14 October 2026", 9, align="r")
    p.t(40, 200, "APPROVAL OF CLAIM FOR UNEMPLOYMENT BENEFITS", 11.5, face="Helvetica-Bold")
    body = ["Dear Ms Nomvula Dlamini-Pretorius",
            "",
            "Your application for unemployment benefits, lodged on 29 September 2026 following the termination of",
            "your employment on 31 August 2026, has been assessed in terms of the Unemployment Insurance Act,",
            "63 of 2001.",
            "",
            "We are pleased to inform you that your claim has been approved. You have 238 credit days and your daily",
            "benefit rate is R 211.46. Payments will be made every four weeks into the bank account you gave us,",
            "provided that you continue to sign the register at the labour centre or online on uFiling.",
            "",
            "Should you find employment you must inform the Fund within seven days.",
            "",
            "Yours faithfully",
            "",
            "Claims Officer",
            "for the Commissioner: Unemployment Insurance Fund"]
    y = 228
    for s in body:
        p.t(40, y, s, 9.8, face="Times-Roman")
        y += 15
    p.t(40, 800, "UIF Call Centre 0800 030 007 · www.labour.gov.za", 7.5, color=(0.4, 0.4, 0.4))
    return p.pdf()


def en_unemp_us_monetary_determination() -> bytes:
    """A US state UI monetary determination: base-period wages by quarter and employer, weekly benefit amount."""
    p = Page(letter)
    p.t(36, 42, "STATE OF TENNESSEE", 9, bold=True)
    p.t(36, 56, "Tennessee Department of Labor and Workforce Development — Division of Employment Security", 9.5,
        bold=True)
    p.t(p.w - 36, 42, "Mailing Date: 09/04/2026", 9, align="r")
    p.t(p.w / 2, 88, "NOTICE OF MONETARY DETERMINATION", 13, bold=True, align="c")
    info = [("Claimant:", "DWAYNE CASTELLANOS-PRUITT"), ("Claim ID:", "0048-71930"),
            ("SSN:", "XXX-XX-2291"), ("Claim Effective Date:", "08/30/2026"),
            ("Benefit Year Ends:", "08/28/2027")]
    y = 116
    for a, b in info:
        p.t(50, y, a, 9)
        p.t(190, y, b, 9, bold=True)
        y += 14
    p.t(50, y + 10, "BASE PERIOD WAGES", 9.5, bold=True)
    rows = [["Employer", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026"],
            ["CASCADIA FREIGHT SERVICES LLC", "9,884.00", "10,212.50", "10,046.75", "9,730.00"],
            ["WILLAMETTE VALLEY PACKAGING CO", "0.00", "0.00", "1,420.00", "0.00"],
            ["TOTAL", "9,884.00", "10,212.50", "11,466.75", "9,730.00"]]
    y = p.table(50, y + 18, [200, 75, 75, 75, 75], rows, rh=17, size=8.5, aligns=["l", "r", "r", "r", "r"])
    res = [("Total Base Period Wages:", "$41,293.25"), ("Weekly Benefit Amount:", "$656.00"),
           ("Maximum Benefit Amount:", "$17,056.00"), ("Number of Weeks:", "26")]
    y += 20
    for a, b in res:
        p.t(50, y, a, 9.5)
        p.t(300, y, b, 9.5, bold=True, align="r")
        y += 15
    txt = ["You are monetarily eligible for benefits. You must still meet all other eligibility requirements each",
           "week you claim. If you believe the wages shown are wrong, contact us within 20 days of the mailing date.",
           "This is not a decision on why you are unemployed."]
    y += 14
    for s in txt:
        p.t(50, y, s, 8.5)
        y += 13
    return p.pdf()


def en_income_vet_letter() -> bytes:
    """An employment and income verification letter in prose on a small clinic's letterhead (Canada)."""
    p = Page(letter)
    p.t(p.w / 2, 50, "Hollowbrook Veterinary Clinic", 16, face="Times-Bold", align="c")
    p.t(p.w / 2, 66, "1180 Hollowbrook Drive · Moncton, NB E1G 3K5 · (506) 855-2041", 8.5, face="Times-Roman",
        align="c")
    p.line(60, 76, p.w - 60, 76, 0.7)
    p.t(60, 112, "November 9, 2026", 10.5, face="Times-Roman")
    p.t(60, 140, "To Whom It May Concern:", 10.5, face="Times-Roman")
    body = ["This letter confirms that Ms. Priya Ramaswamy-Kealey has been employed by Hollowbrook Veterinary",
            "Clinic since March 15, 2021, currently as a Registered Veterinary Technician. Since September 2026",
            "her schedule has been reduced to 24 hours per week at an hourly rate of $27.50.",
            "",
            "Her gross earnings for September and October 2026 averaged $2,860.00 per month. Before the change",
            "of schedule she worked 37.5 hours per week.",
            "",
            "Should you require further information, please contact me at the number above.",
            "",
            "Sincerely,"]
    y = 168
    for s in body:
        p.t(60, y, s, 10.5, face="Times-Roman")
        y += 16
    p.t(60, y + 30, "Dr. Gareth Llewellyn-Moss", 10.5, face="Times-Roman")
    p.t(60, y + 44, "Practice Owner, Hollowbrook Veterinary Clinic", 10.5, face="Times-Roman")
    p.t(62, y + 18, "G. Llewellyn-Moss", 15, face="Times-Italic", color=BLUE_INK)
    return p.pdf()


def en_other_credit_card() -> bytes:
    """A credit card statement (a look-alike of a bank statement: period, balances, rows, but a card account)."""
    p = Page(letter)
    p.t(36, 46, "Northwind Rewards Visa", 14, bold=True, color=(0.2, 0.1, 0.45))
    p.t(36, 62, "Issued by Fenwick Trust Card Services", 8.5)
    p.t(p.w - 36, 46, "Statement Closing Date 10/25/2026", 9, align="r")
    p.t(36, 96, "TEODORO VANTERPOOL-REYES", 9.5)
    p.t(36, 109, "Account ending 8813", 9.5)
    summ = [("Previous Balance", "$1,902.44"), ("Payments", "-$150.00"), ("Purchases", "+$486.17"),
            ("Interest Charged", "+$38.61"), ("New Balance", "$2,277.22"), ("Minimum Payment Due", "$68.00"),
            ("Payment Due Date", "11/20/2026")]
    p.box(340, 84, 236, 120, stroke=(0.2, 0.1, 0.45))
    y = 100
    for a, b in summ:
        p.t(350, y, a, 9, bold=a in ("New Balance", "Minimum Payment Due"))
        p.t(566, y, b, 9, bold=a in ("New Balance", "Minimum Payment Due"), align="r")
        y += 15
    p.t(36, 140, "Billing Period: 09/26/2026 - 10/25/2026", 8.5)
    rows = [["Trans Date", "Post Date", "Description", "Amount"],
            ["09/28", "09/29", "KROGER #0412 LEXINGTON KY", "96.31"],
            ["10/02", "10/03", "PAYMENT - THANK YOU", "-150.00"],
            ["10/07", "10/08", "SHELL OIL 57442 LEXINGTON KY", "48.90"],
            ["10/12", "10/13", "WALGREENS #6619", "27.46"],
            ["10/19", "10/20", "AMAZON MKTPLACE PMTS", "313.50"],
            ["10/25", "10/25", "INTEREST CHARGE ON PURCHASES", "38.61"]]
    p.table(36, 226, [70, 70, 320, 80], rows, rh=17, size=8.5, grid=False, hlines=True,
            head_fill=(0.9, 0.88, 0.95), aligns=["l", "l", "l", "r"])
    p.t(36, 400, "Late Payment Warning: If we do not receive your minimum payment by the due date, you may have to pay",
        7.5)
    p.t(36, 410, "a late fee of up to $41.00 and your APRs may be increased up to the Penalty APR of 29.99%.", 7.5)
    return p.pdf()


def en_other_t4_slip() -> bytes:
    """A Canadian T4 (Statement of Remuneration Paid): a tax slip, a look-alike of a payslip (yearly boxes)."""
    p = Page(letter)
    p.box(30, 40, p.w - 60, 250, stroke=(0.6, 0.1, 0.1), lw=1)
    p.t(44, 60, "Canada Revenue Agency   Agence du revenu du Canada", 8, color=(0.6, 0.1, 0.1))
    p.t(p.w - 44, 60, "T4", 20, bold=True, align="r", color=(0.6, 0.1, 0.1))
    p.t(p.w / 2, 80, "STATEMENT OF REMUNERATION PAID — ÉTAT DE LA RÉMUNÉRATION PAYÉE", 9, bold=True, align="c")
    p.t(44, 104, "Employer's name – Nom de l'employeur", 7, color=(0.6, 0.1, 0.1))
    p.t(44, 118, "MARITIME HARBOUR FOODS LTD", 9.5, face="Courier")
    p.t(p.w - 180, 104, "Year – Année", 7, color=(0.6, 0.1, 0.1))
    p.t(p.w - 180, 118, "2025", 11, face="Courier")
    boxes = [("14 Employment income", "41,820.55"), ("22 Income tax deducted", "5,317.80"),
             ("16 Employee's CPP contributions", "2,311.30"), ("18 Employee's EI premiums", "685.85"),
             ("24 EI insurable earnings", "41,820.55"), ("26 CPP pensionable earnings", "41,820.55"),
             ("44 Union dues", "612.00"), ("46 Charitable donations", "120.00")]
    y = 140
    for k, (a, b) in enumerate(boxes):
        x = 44 if k % 2 == 0 else 310
        p.box(x, y, 250, 28, stroke=(0.6, 0.1, 0.1))
        p.t(x + 4, y + 10, a, 7, color=(0.6, 0.1, 0.1))
        p.t(x + 244, y + 23, b, 9.5, face="Courier", align="r")
        if k % 2:
            y += 32
    p.t(44, 280, "Employee: LINNEA THIBODEAU-ACHARYA    SIN 5** *** 418    Province of employment: NS", 8, face="Courier")
    return p.pdf()


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


# --------------------------------------------------------------------------------------------------------------------
# the set: doc -> how it is drawn, its labels, and the forms it comes in (with each photo's conditions)

DOCS: dict[str, dict] = {
    "zh-pay-county-hospital-strip": dict(
        draw=zh_pay_county_hospital_strip, type="payslip", lang="zh",
        fields={"employer": "澧北县人民医院", "employee": "覃雪梅", "period": "2026-10", "gross_pay": "8401.00",
                "net_pay": "6717.29"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=3.5, persp=0.06, shadow=0.35, blur=1.0,
                                         quality=66)},
        note="a county hospital's (事业单位) landscape pay strip: one row under 应发项目/代扣项目 group heads, 18 columns "
             "(岗位工资, 薪级工资, 基础性/奖励性绩效, 护龄津贴, 夜班费, 应发合计, 养老, 职业年金, 医疗, 失业, 住房公积金, 个税, "
             "代扣合计, 实发金额), the month in the title, a 财务专用章 over the footer"),
    "zh-pay-plastics-piece-rate": dict(
        draw=zh_pay_piece_rate_slip, type="payslip", lang="zh",
        fields={"employer": "惠州市博罗县鑫泰塑胶制品有限公司", "employee": "韦金凤", "period": "2026-10",
                "gross_pay": "5106.90", "net_pay": "4358.00"},
        forms={"photo": dict(desk="wood", angle=-4.5, crumple=0.9, persp=0.07, blur=1.1, quality=62, hand="right")},
        note="a plastics factory's half-sheet 计件工资单: piece lines (产品型号, 工序, 数量, 单价, 金额) with a 计件小计, then "
             "a four-column block of allowances and deductions ending 应发工资 / 扣款合计, a boxed 实发工资; handed out "
             "crumpled"),
    "zh-pay-ride-hailing-month": dict(
        draw=zh_pay_ride_hailing_screen, type="payslip", lang="zh",
        fields={"employer": ["畅程出行", "畅程出行（江苏）网络科技有限公司"], "period": "2026-10",
                "gross_pay": "12806.50", "net_pay": "10453.06"}, absent=["employee"],
        forms={"image": {}},
        note="a ride-hailing driver app's 收入明细 screen (PNG): month picker 2026年10月, a green card with 本月总收入 "
             "and 实际到账, then 订单流水 / 冲单奖励 / 平台信息服务费 lines; the driver is only a number, the platform "
             "company in grey small print (decided: a gig worker's monthly pay record counts as a payslip)"),
    "zh-stmt-jiangsu-counter-detail": dict(
        draw=zh_stmt_jiangsu_bank, type="bank_statement", lang="zh",
        fields={"bank": ["江苏银行", "江苏银行股份有限公司"], "account_holder": "宓晓东",
                "account_number": "6229184033572210946", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "4474.50"},
        forms={"text": {}, "photo": dict(desk="dark", angle=-2.5, persp=0.05, falloff=0.5, exposure=0.8, grain=6,
                                         blur=1.0, quality=60)},
        note="江苏银行's counter-printed 个人账户交易明细对账单: 户名/账号/起止日期 in two columns, a table 交易日期 | 摘要 | "
             "借方发生额 | 贷方发生额 | 余额 | 对方户名 | 渠道 opened by a 上期余额 row, a 借方/贷方合计 and 期末余额 line, a "
             "branch's 业务专用章; photographed at night under a desk lamp"),
    "zh-stmt-shimen-rcc-printout": dict(
        draw=zh_stmt_rural_credit_coop, type="bank_statement", lang="zh",
        fields={"bank": ["湖南省农村信用社", "湖南农信", "石门县农村信用合作联社"], "account_holder": "庹桂英",
                "account_number": "820100004471203685", "period_start": "2026-09-01", "period_end": "2026-10-31",
                "closing_balance": "1663.72"},
        forms={"scan": {}, "photo": dict(desk="cloth", angle=5.0, persp=0.08, fold=0.5, blur=1.2, quality=58,
                                         shadow=0.3)},
        note="a rural credit cooperative's counter printout of two months: dot-matrix look (monospace figures, an "
             "unruled dashed head 日期 摘要 支出 存入 余额 柜员, yyyymmdd dates), 起始日期/终止日期 as 8 digits, a "
             "承前余额 row, 当前余额 under the rows; folded in half"),
    "zh-unemp-longquanyi-benefit-notice": dict(
        draw=zh_unemp_benefit_notice, type="unemployment_proof", lang="zh",
        fields={"person": "庹明辉", "issuer": ["成都市龙泉驿区人力资源和社会保障局", "龙泉驿区人力资源和社会保障局"],
                "date": "2026-09-15"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.5, persp=0.06, hand="bottom", blur=0.9, quality=74)},
        note="a district bureau's 失业保险金申领核定通知书: a 文号, salutation, a ruled table (失业登记日期, 原工作单位, "
             "终止劳动关系日期, 核定领取期限, 月领取标准, 领取起止时间), notes, then the bureau, the date and its round seal"),
    "zh-income-pen-filled-blank": dict(
        draw=zh_income_fill_form, type="income_proof", lang="zh",
        fields={"employer": "宁波市鄞州区瑞丰物业服务有限公司", "employee": "葛秀兰", "monthly_income": "4650.00",
                "date": "2026-11-06"},
        forms={"photo": dict(desk="laminate", angle=-3.0, persp=0.07, shadow=0.4, blur=1.0, quality=70)},
        note="a printed 收入证明 blank filled in by pen: the name, department, 4650.00 and its 大写, the company name and "
             "the date (2026 / 11 / 6) handwritten over underscores, the seal over the company's name"),
    "zh-med-ningdu-tcm-e-receipt": dict(
        draw=zh_med_tcm_outpatient, type="medical_bill", lang="zh",
        fields={"provider": "宁都县中医院", "patient": "钮春华", "date": "2026-10-23", "total": "486.30"},
        forms={"text": {}, "photo": dict(desk="dark", angle=4.0, persp=0.06, blur=0.8, quality=76, falloff=0.3)},
        note="a county TCM hospital's 医疗门诊收费票据（电子）, landscape: 交款人 and 开票日期 in the head, a six-column "
             "item table in two halves (西药费, 中草药费, 诊察费 | 治疗费, 推拿费, 化验费), 金额合计 大写 and 小写 in one "
             "boxed row, the insurance split in 备注, 收款单位（章）"),
    "zh-med-private-dental-settlement": dict(
        draw=zh_med_dental_clinic, type="medical_bill", lang="zh",
        fields={"provider": "皓齿口腔门诊部", "patient": "蔺晓彤", "date": "2026-10-17",
                "total": ["4000.00", "4280.00"]},
        forms={"photo": dict(desk="wood", angle=6.0, persp=0.08, crumple=0.6, blur=1.0, quality=64, hand="bottom",
                             margin=0.25)},
        note="a private dental clinic's receipt-width 收费结算单: treatment lines, 合计 4,280.00, 会员优惠 -280.00, a bold "
             "实收金额 4,000.00 (either counts as the total), paid by WeChat; crumpled, held down by a hand"),
    "zh-other-loan-settled-letter": dict(
        draw=zh_other_loan_settlement, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-2.2, persp=0.05, blur=0.9, quality=72)},
        note="look-alike: a consumer-finance company's 结清证明 (借款人, 合同编号, 本金, 结清日期, seal): proves a loan "
             "was repaid, not income or hardship"),
    "zh-other-property-fee-carbon-receipt": dict(
        draw=zh_other_property_fee_receipt, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="cloth", angle=3.0, persp=0.06, blur=1.0, quality=68, margin=0.18)},
        note="look-alike: a pink carbon-copy 收款收据 for six months' 物业服务费 (交款单位（人）, 收款事由, 大写/小写 "
             "amount, seal): a receipt, not a medical one"),
    "en-pay-ie-joinery-month10": dict(
        draw=en_pay_ireland, type="payslip", lang="en",
        fields={"employer": "Ballymote Joinery Ltd", "employee": "Caoimhe Nolan-Devane", "period": "2026-10",
                "gross_pay": "3850.00", "net_pay": "2950.95"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-3.0, persp=0.06, shadow=0.3, blur=1.0, quality=70)},
        note="an Irish payroll bureau's payslip: a green header band, label/value pairs in two columns (PPS No, Tax "
             "Period 'Month 10', Pay Date 30/10/2026), Payments and Deductions tables side by side (PAYE, USC, "
             "PRSI, pension), a Year to Date row, NET PAY in a dark box with the euro sign"),
    "en-pay-nhs-band5-district-nurse": dict(
        draw=en_pay_nhs_band, type="payslip", lang="en",
        fields={"employer": "Wyre Forest Community Health NHS Trust", "employee": "Aderonke Fairbairn",
                "period": "2026-10", "gross_pay": "3056.95", "net_pay": "2270.33"},
        forms={"photo": dict(desk="dark", angle=2.0, persp=0.07, crumple=0.7, exposure=0.78, grain=7, blur=1.2,
                             quality=58)},
        note="an NHS trust's payslip: boxed header rows (Name, Assignment No, Pay Scale 'Band 5 Point 2', Tax Period 7, "
             "Pay Date 27/10/2026; NI number, tax code, annual salary), Payments and Deductions blocks, a Total "
             "Payments / Total Deductions / Net Pay strip, to-date figures; crumpled, in low light"),
    "en-pay-us-salaried-ytd": dict(
        draw=en_pay_us_salaried_stub, type="payslip", lang="en",
        fields={"employer": ["Red Cedar Logistics, Inc.", "Red Cedar Logistics"],
                "employee": "Marisol Quintanilla-Hart", "period": "2026-10", "gross_pay": "5416.67",
                "net_pay": "3681.44"},
        forms={"text": {}, "scan": {}},
        note="a US salaried earnings statement (Letter): Period Beginning/Ending and Pay Date on the right, Earnings, "
             "Pre-Tax Deductions (401(k), HSA, Medical PPO) and Taxes sections each with This Period and Year to "
             "Date columns, Net Pay with its YTD, employer contributions in a footnote"),
    "en-pay-gh-agro-a5": dict(
        draw=en_pay_ghana, type="payslip", lang="en",
        fields={"employer": ["Volta Basin Agro-Processing Ltd", "VOLTA BASIN AGRO-PROCESSING LTD"],
                "employee": "Esi Amponsah-Dorkenoo", "period": "2026-10", "gross_pay": "5150.00",
                "net_pay": "3756.65"},
        forms={"photo": dict(desk="cloth", angle=-5.0, persp=0.08, blur=1.1, quality=60, fold=0.4, margin=0.2)},
        note="a Ghanaian agro-processor's A5 pay slip: 'PAY SLIP FOR THE MONTH OF OCTOBER 2026', Staff No / Name / "
             "Grade / SSNIT No lines, an EARNINGS | GH₵ | DEDUCTIONS | GH₵ grid (SSNIT 5.5 %, PAYE, welfare, salary "
             "advance) ending GROSS SALARY / TOTAL DEDUCTIONS, a boxed NET SALARY; folded"),
    "en-stmt-ca-kootenay-cu": dict(
        draw=en_stmt_canada_credit_union, type="bank_statement", lang="en",
        fields={"bank": ["Kootenay Ridge Credit Union"], "account_holder": "Delphine Okonkwo-Bastien",
                "account_number": "0048213-100", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "3566.44"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=4.5, persp=0.07, shadow=0.45, blur=1.0, quality=66)},
        note="a Canadian credit union's member statement (Letter): the name split over two lines as a logo, 'Statement "
             "Period: Oct 1, 2026 to Oct 31, 2026', Member No., a summary box, 'Chequing - Account 0048213-100', "
             "Date | Description | Withdrawals | Deposits | Balance rows with 'Mon DD' dates and no year"),
    "en-stmt-tt-balance-cr": dict(
        draw=en_stmt_trinidad_balance_cr, type="bank_statement", lang="en",
        fields={"bank": ["Bank of the Southern Caribbean Limited", "Bank of the Southern Caribbean"],
                "account_holder": "Ravindra Sookdeo-Baptiste", "account_number": "120-884-317-6",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "7121.28"},
        forms={"photo": dict(desk="wood", angle=-2.0, persp=0.09, falloff=0.55, shadow=0.3, blur=1.1,
                             quality=62)},
        note="a Trinidadian savings statement in a typewriter face: the holder in capitals with 'MR', ACCOUNT NO. / "
             "FROM 01-OCT-26 / TO 31-OCT-26 as label-value pairs, DATE | PARTICULARS | DEBIT | CREDIT | BALANCE (CR) "
             "rows between BALANCE BROUGHT FORWARD and BALANCE CARRIED FORWARD"),
    "en-stmt-fj-passbook-page": dict(
        draw=en_stmt_fiji_passbook, type="bank_statement", lang="en",
        fields={"bank": "Koro Sea Savings Bank", "account_number": "2043118607", "period_start": "2026-09-03",
                "period_end": "2026-10-29", "closing_balance": "3505.31"}, absent=["account_holder"],
        forms={"photo": dict(desk="dark", angle=-3.5, persp=0.08, crumple=0.3, blur=1.0, quality=70, hand="right",
                             margin=0.2, dpi=200)},
        note="a passbook's inside page: a pale blue pre-printed head (DATE PARTICULARS WITHDRAWAL DEPOSIT BALANCE), "
             "dd/mm/yy rows printed in two sessions a little apart, BAL B/FWD, no holder's name and no period (the "
             "period labelled is the first and last row)"),
    "en-med-us-er-itemized": dict(
        draw=en_med_us_er_itemized, type="medical_bill", lang="en",
        fields={"provider": "Mesa Verde Regional Medical Center", "patient": "Rosalind Achterberg",
                "date": ["2026-10-28", "2026-09-14"], "total": ["800.00", "6418.00"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=3.0, persp=0.06, blur=0.9, quality=74, shadow=0.25)},
        note="a US hospital's itemised ER statement: Rev / CPT-HCPCS / Description / Qty / Charges lines, then Total "
             "Charges 6,418.00, an insurer's payment and a contractual adjustment, and a bold Patient Responsibility "
             "$800.00 (either counts as the total; the statement date and the service date both as the date)"),
    "en-med-sg-polyclinic-thermal": dict(
        draw=en_med_sg_polyclinic_receipt, type="medical_bill", lang="en",
        fields={"provider": "Sengkang North Polyclinic", "patient": ["Huang Wei Ling, Sarah", "Huang Wei Ling Sarah"],
                "date": "2026-10-13", "total": ["55.70", "70.70"]},
        forms={"photo": dict(desk="laminate", angle=-6.0, persp=0.07, crumple=0.5, blur=0.9, quality=68, margin=0.3,
                             dpi=220)},
        note="a Singapore polyclinic's thermal tax invoice / receipt: monospace, Receipt No, Date dd/mm/yyyy, Patient "
             "surname first with the English name after a comma, a masked NRIC, Total Bill Amount 70.70, CHAS "
             "subsidy, Amount Payable (S$) 55.70 (either counts), GST included, NETS"),
    "en-med-ke-interim-inpatient": dict(
        draw=en_med_kenya_interim_bill, type="medical_bill", lang="en",
        fields={"provider": "Kilimani Heights Hospital", "patient": "Wanjiru Kamau-Otieno", "date": "2026-11-06",
                "total": ["88576.50", "58576.50"]},
        forms={"scan": {}},
        note="a Kenyan private hospital's INTERIM BILL: patient, IP No., admission date and Bill Date as label pairs "
             "in two columns, Department / Description / Amount (KES) rows, TOTAL BILL TO DATE, the deposit, BALANCE "
             "DUE (either counts as the total)"),
    "en-unemp-za-uif-approval": dict(
        draw=en_unemp_za_uif_letter, type="unemployment_proof", lang="en",
        fields={"person": "Nomvula Dlamini-Pretorius", "issuer": ["Unemployment Insurance Fund",
                                                                 "Department of Employment and Labour"],
                "date": "2026-10-14"},
        forms={"photo": dict(desk="wood", angle=-2.8, persp=0.06, fold=0.33, blur=1.0, quality=72)},
        note="a South African Unemployment Insurance Fund approval letter: the Department's letterhead on the left, "
             "the Fund and a labour centre on the right, 'Date: 14 October 2026' under a reference, the claim "
             "'lodged on 29 September 2026' approved, credit days and a daily rate, in sentences; folded in three"),
    "en-unemp-tn-monetary-determination": dict(
        draw=en_unemp_us_monetary_determination, type="unemployment_proof", lang="en",
        fields={"person": "Dwayne Castellanos-Pruitt", "issuer": ["Tennessee Department of Labor and Workforce Development"],
                "date": "2026-09-04"},
        forms={"scan": {}},
        note="a US state's Notice of Monetary Determination: Mailing Date top right, claimant / claim ID / effective "
             "date pairs, a base-period wage table by employer and quarter, weekly and maximum benefit amounts"),
    "en-income-nb-vet-prose": dict(
        draw=en_income_vet_letter, type="income_proof", lang="en",
        fields={"employer": "Hollowbrook Veterinary Clinic", "employee": "Priya Ramaswamy-Kealey",
                "monthly_income": "2860.00", "date": "2026-11-09"},
        forms={"photo": dict(desk="laminate", angle=2.2, persp=0.05, shadow=0.35, blur=0.9, quality=76)},
        note="an employment and income verification letter in prose only (Canada): the reduced hours, the hourly "
             "rate and 'averaged $2,860.00 per month' inside sentences, the owner's signature and title"),
    "en-other-visa-card-statement": dict(
        draw=en_other_credit_card, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-4.0, persp=0.06, blur=1.0, quality=66)},
        note="look-alike: a credit card statement (closing date, billing period, previous and new balance, minimum "
             "payment, transaction rows): a card account, not a bank statement"),
    "en-other-ca-t4-slip": dict(
        draw=en_other_t4_slip, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a Canadian T4 tax slip (employer, employee, year 2025, numbered boxes of yearly income and "
             "deductions): a tax form, not a payslip"),
}


def entries() -> list[tuple[str, str]]:
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set."""
    spec = DOCS[doc]
    pdf = spec["draw"]()
    key = f"i9-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def manifest_entries() -> list[dict]:
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        raw, _ext = render(doc, form)
        wanted = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
                  "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                                     "closing_balance"],
                  "medical_bill": ["provider", "patient", "date", "total"],
                  "unemployment_proof": ["person", "issuer", "date"],
                  "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}[spec["type"]]
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(wanted), doc
        out.append({"id": f"i9-{doc}-{form}", "origin": "generated", "generator": "gen_independent9", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent9.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i9-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i9-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent9-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
