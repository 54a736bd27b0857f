"""Independent set 7: documents drawn as their issuers print them, for judging packet's understanding (issue 10).

    python bench/thirdparty/gen_independent7.py --manifest bench/thirdparty/independent7.json   (write the manifest)
    python bench/thirdparty/gen_independent7.py --out DIR                                        (write every entry)

Written without reading packet's code, vocabulary, tests, samples or the earlier generators and manifests; it imports
nothing from packet. Each document in :data:`DOCS` is one page, drawn with reportlab (born-digital, ``text``) or, for
app screens, with Pillow (``image``); ``scan`` (an image-only PDF: greyscale, a slight tilt, speckle) and ``photo``
(a JPEG: perspective on a desk, uneven light, a shadow, softness) are made from the page at fixed seeds, so
:func:`render` gives the same bytes on every run with the same tool versions (reportlab's invariant mode, poppler's
pdftoppm, Pillow, numpy).

The truth of each document (type, fields, the fields it truly lacks) is kept beside its drawing in :data:`DOCS`;
money, dates and names are computed once and both printed and labelled from the same values.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import io
import json
import random
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("ZH", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("ZHM", WQY, subfontIndex=1))
MM = 72 / 25.4  # points per millimetre
D = Decimal


def money(x: Decimal, sep: str = ",") -> str:
    """'1,234.50' (two decimals, thousands separated by ``sep``)."""
    return f"{x:,.2f}".replace(",", sep)


def plain(x: Decimal) -> str:
    return f"{x:.2f}"


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(x: Decimal) -> str:
    """An amount in 大写 as Chinese receipts print it: 壹佰柒拾壹元肆角整."""
    yuan, cents = int(x), int(round((x - int(x)) * 100))
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    groups = [(yuan // 10000) % 10000, yuan % 10000]
    for gi, g in enumerate(groups):
        if g == 0:
            if out:
                zero = True
            continue
        s = ""
        for i in range(3, -1, -1):
            dgt = (g // 10 ** i) % 10
            if dgt:
                if zero and (s or out):
                    s += "零"
                s += DIGITS[dgt] + units[i]
                zero = False
            elif s or out:
                zero = True
        out += s + ("万" if gi == 0 else "")
    out = (out or "零") + "元"
    j, f = cents // 10, cents % 10
    if j == 0 and f == 0:
        return out + "整"
    if j:
        out += DIGITS[j] + "角"
    elif f:
        out += "零"
    if f:
        out += DIGITS[f] + "分"
    else:
        out += "整"
    return out


class Page:
    """A reportlab page addressed in millimetres from the top-left corner."""

    def __init__(self, size=A4, font: str = "Helvetica"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.w, self.h = size
        self.font = font

    def t(self, x, y, s, size=9.0, font=None, align="l", color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.font, size)
        X, Y = x * MM, self.h - y * MM
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](X, Y, s)

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x0 * MM, self.h - y0 * MM, x1 * MM, self.h - y1 * MM)

    def rect(self, x, y, w, h, width=0.5, fill=None, stroke=(0, 0, 0)):
        c = self.c
        c.setLineWidth(width)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x * MM, self.h - (y + h) * MM, w * MM, h * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def grid(self, x, y, widths, rows, rowh=6.0, size=8.0, font=None, aligns=None, lines=True, head_fill=None):
        """Rows of cells (the first row a header when ``head_fill``); returns the y below the table."""
        aligns = aligns or ["l"] * len(widths)
        for r, row in enumerate(rows):
            top = y + r * rowh
            if r == 0 and head_fill:
                self.rect(x, top, sum(widths), rowh, width=0, fill=head_fill, stroke=None)
            cx = x
            for i, (wd, cell) in enumerate(zip(widths, row, strict=True)):
                a = aligns[i]
                tx = cx + 1.2 if a == "l" else cx + wd - 1.2 if a == "r" else cx + wd / 2
                self.t(tx, top + rowh * 0.68, str(cell), size, font, a)
                cx += wd
            if lines:
                self.line(x, top, x + sum(widths), top, 0.4)
        bottom = y + len(rows) * rowh
        if lines:
            self.line(x, bottom, x + sum(widths), bottom, 0.4)
            cx = x
            for wd in [0, *widths]:
                cx += wd
                self.line(cx, y, cx, bottom, 0.4)
        return bottom

    def seal(self, cx, cy, r, text, inner="★", font="ZH", size=7.5, color=(0.85, 0.1, 0.1)):
        """A round red company seal: the name around the top arc, a star in the middle."""
        import math

        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setLineWidth(1.6)
        X, Y = cx * MM, self.h - cy * MM
        c.circle(X, Y, r * MM)
        n = len(text)
        span = 220.0
        for i, ch in enumerate(text):
            ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            px, py = X + (r - 3.2) * MM * math.cos(ang), Y + (r - 3.2) * MM * math.sin(ang)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(ang) - 90)
            c.setFont(font, size)
            c.drawCentredString(0, -size / 3, ch)
            c.restoreState()
        c.setFont(font, r * MM * 0.6)
        c.drawCentredString(X, Y - r * MM * 0.12, "★")
        if inner != "★":  # the seal's purpose (业务专用章) in small type under the star
            fs = min(size * 1.1, r * MM * 1.3 / len(inner))
            c.setFont(font, fs)
            c.drawCentredString(X, Y - r * MM * 0.55, inner)
        c.restoreState()

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# --------------------------------------------------------------------------------------------------------------------
# The documents. Each drawing function returns (pdf bytes or a PIL image, fields, absent); DOCS names them.


@dataclass
class Doc:
    lang: str
    type: str
    forms: tuple[str, ...]
    note: str
    draw: object
    fields: dict = field(default_factory=dict)
    absent: tuple[str, ...] = ()


def zh_pay_supermarket_kiosk():
    p = Page((80 * MM, 178 * MM), "ZH")
    items = [("基本工资", D("2600.00")), ("岗位津贴", D("300.00")), ("全勤奖", D("200.00")),
             ("加班费(18.5小时)", D("478.45")), ("夜班补贴", D("150.00"))]
    deds = [("养老保险(个人)", D("256.00")), ("医疗保险(个人)", D("64.00")), ("失业保险(个人)", D("16.00")),
            ("住房公积金(个人)", D("160.00")), ("个人所得税", D("0.00"))]
    gross, ded = sum(v for _, v in items), sum(v for _, v in deds)
    net = gross - ded
    p.t(40, 9, "惠邻生活超市连锁有限公司", 9.5, "ZH", "c")
    p.t(40, 15, "员工工资明细(自助打印)", 8.5, "ZH", "c")
    p.t(4, 20, "-" * 44, 7, "ZHM")
    y = 25
    for k, v in (("门店", "滨河路店(0317)"), ("工号", "HL20317"), ("姓名", "庞秀英"), ("岗位", "理货员"),
                 ("发薪月份", "2026年10月"), ("考勤天数", "26.0")):
        p.t(4, y, f"{k}：", 8, "ZHM")
        p.t(76, y, v, 8, "ZHM", "r")
        y += 5
    p.t(4, y, "-" * 44, 7, "ZHM")
    y += 5
    p.t(4, y, "【应发项目】", 8, "ZHM")
    y += 5
    for k, v in items:
        p.t(6, y, k, 8, "ZHM")
        p.t(76, y, money(v), 8, "ZHM", "r")
        y += 4.6
    p.t(6, y, "应发合计", 8, "ZHM")
    p.t(76, y, money(gross), 8, "ZHM", "r")
    y += 6
    p.t(4, y, "【扣款项目】", 8, "ZHM")
    y += 5
    for k, v in deds:
        p.t(6, y, k, 8, "ZHM")
        p.t(76, y, money(v), 8, "ZHM", "r")
        y += 4.6
    p.t(6, y, "扣款合计", 8, "ZHM")
    p.t(76, y, money(ded), 8, "ZHM", "r")
    y += 5
    p.t(4, y, "=" * 44, 7, "ZHM")
    y += 6
    p.t(4, y, "实发工资", 10, "ZH")
    p.t(76, y, money(net), 10, "ZH", "r")
    y += 5
    p.t(4, y, "=" * 44, 7, "ZHM")
    y += 6
    p.t(4, y, "发放方式：代发 尾号6632", 7.5, "ZHM")
    p.t(4, y + 4.5, "打印时间：2026-11-06 09:14:37", 7.5, "ZHM")
    p.t(4, y + 9, "如有疑问请于本月20日前联系门店人事", 7, "ZHM")
    return p.pdf(), {"employer": "惠邻生活超市连锁有限公司", "employee": "庞秀英", "period": "2026-10",
                     "gross_pay": plain(gross), "net_pay": plain(net)}, ()


def zh_pay_dispatch_warehouse():
    p = Page(font="ZH")
    p.t(105, 22, "苏州恒信人力资源服务有限公司", 15, "ZH", "c")
    p.t(105, 30, "派遣员工工资单", 12, "ZH", "c")
    p.t(20, 40, "用工单位：昆山顺通物流仓储有限公司（花桥仓）", 9)
    p.t(130, 40, "工资月份：2026年10月", 9)
    p.t(20, 46, "考勤周期：2026.09.26—2026.10.25", 9)
    p.t(130, 46, "发放日期：2026-11-10", 9)
    hours, rate, ot, otr = D("208"), D("19.50"), D("36"), D("29.25")
    earn = [("计时工资(208h×19.50)", hours * rate), ("加班工资(36h×29.25)", ot * otr),
            ("餐费补贴", D("260.00")), ("高温补贴", D("0.00"))]
    deds = [("社会保险(个人)", D("412.80")), ("住房公积金(个人)", D("175.00")), ("宿舍费", D("150.00")),
            ("个人所得税", D("0.00"))]
    gross, ded = sum(v for _, v in earn), sum(v for _, v in deds)
    net = gross - ded
    rows = [["姓名", "鲁俊杰", "工号", "HX-KS-08841"], ["身份证号", "3408**********5213", "岗位", "分拣员"]]
    y = p.grid(20, 52, [25, 60, 25, 60], rows, 8, 9, "ZH")
    rows = [["应发项目", "金额(元)", "扣款项目", "金额(元)"]]
    for (a, av), (b, bv) in zip(earn, deds, strict=True):
        rows.append([a, money(av), b, money(bv)])
    rows.append(["应发工资", money(gross), "扣款合计", money(ded)])
    y = p.grid(20, y + 6, [55, 30, 55, 30], rows, 8, 9, "ZH", ["l", "r", "l", "r"], head_fill=(0.9, 0.9, 0.9))
    p.grid(20, y, [85, 85], [["实发工资（转入工资卡）", money(net)]], 10, 11, "ZH", ["l", "r"])
    p.t(20, y + 20, "说明：1. 工资由派遣单位苏州恒信人力资源服务有限公司统一发放；2. 对工资有异议请于发放之日起7日内反映。", 8)
    p.t(20, y + 32, "员工签字：__________", 9)
    p.t(130, y + 32, "制表：沈晓芸     审核：钱国平", 9)
    p.seal(150, y + 22, 17, "苏州恒信人力资源服务有限公司", font="ZH", size=7)
    return p.pdf(), {"employer": "苏州恒信人力资源服务有限公司", "employee": "鲁俊杰", "period": "2026-10",
                     "gross_pay": plain(gross), "net_pay": plain(net)}, ()


def zh_pay_internet_hr_pdf():
    p = Page(font="ZH")
    earn = [("基本工资", D("16000.00")), ("绩效奖金", D("4800.00")), ("餐费补贴", D("400.00")),
            ("交通补贴", D("300.00"))]
    deds = [("养老保险", D("1120.00")), ("医疗保险", D("280.00")), ("失业保险", D("70.00")),
            ("住房公积金", D("1680.00")), ("个人所得税", D("613.48"))]
    gross, ded = sum(v for _, v in earn), sum(v for _, v in deds)
    net = gross - ded
    p.rect(15, 12, 180, 16, width=0, fill=(0.16, 0.38, 0.75), stroke=None)
    p.t(20, 22.5, "云帆科技 · 薪资单", 13, "ZH", color=(1, 1, 1))
    p.t(190, 22.5, "2026年10月", 11, "ZH", "r", color=(1, 1, 1))
    p.t(20, 38, "杭州云帆网络科技有限公司", 10)
    p.t(20, 45, "姓名：温雅婷      工号：YF0829      部门：数据平台部      职级：P6", 9)
    p.rect(15, 52, 180, 24, width=0.6, fill=(0.95, 0.97, 1.0), stroke=(0.7, 0.75, 0.85))
    p.t(22, 61, "实发工资（元）", 9, color=(0.35, 0.35, 0.35))
    p.t(22, 71, "¥" + money(net), 17)
    p.t(120, 61, "发薪日", 9, color=(0.35, 0.35, 0.35))
    p.t(120, 71, "2026-11-05", 12)
    y = 88
    p.t(20, y, "收入项", 11)
    p.t(110, y, "扣除项", 11)
    y += 4
    for i in range(max(len(earn), len(deds))):
        y += 7
        if i < len(earn):
            p.t(20, y, earn[i][0], 9)
            p.t(95, y, money(earn[i][1]), 9, align="r")
        if i < len(deds):
            p.t(110, y, deds[i][0], 9)
            p.t(190, y, money(deds[i][1]), 9, align="r")
    y += 4
    p.line(20, y, 95, y, 0.4, (0.6, 0.6, 0.6))
    p.line(110, y, 190, y, 0.4, (0.6, 0.6, 0.6))
    y += 7
    p.t(20, y, "税前收入合计", 9)
    p.t(95, y, money(gross), 9, align="r")
    p.t(110, y, "扣除合计", 9)
    p.t(190, y, money(ded), 9, align="r")
    y += 16
    p.t(20, y, "本年累计", 11)
    for i, (k, v) in enumerate((("累计税前收入", "208,400.00"), ("累计已缴个税", "5,918.36"),
                                ("累计专项附加扣除", "20,000.00"))):
        p.t(20, y + 8 + 7 * i, k, 9, color=(0.35, 0.35, 0.35))
        p.t(95, y + 8 + 7 * i, v, 9, align="r", color=(0.35, 0.35, 0.35))
    p.t(20, 260, "本薪资单由系统自动生成，仅供本人查阅，请勿外传。如有疑问请联系 hr-payroll@yunfan-tech.example", 7.5,
        color=(0.45, 0.45, 0.45))
    return p.pdf(), {"employer": "杭州云帆网络科技有限公司", "employee": "温雅婷", "period": "2026-10",
                     "gross_pay": plain(gross), "net_pay": plain(net)}, ()


def _rows(seed, start_bal, entries):
    """Running balances for [(date, desc, amount (+ in / - out), counterparty, channel)]."""
    bal = start_bal
    out = []
    for d, desc, amt, who, ch in entries:
        bal += amt
        out.append((d, desc, amt, bal, who, ch))
    return out


def zh_stmt_citic_detail():
    p = Page(font="ZH")
    ent = [("2026-10-02", "消费", D("-86.50"), "美宜佳便利店", "银联"),
           ("2026-10-05", "代发工资", D("6830.00"), "东莞市聚隆包装材料有限公司", "代发"),
           ("2026-10-05", "快捷支付", D("-1500.00"), "财付通支付科技有限公司", "快捷"),
           ("2026-10-08", "转账", D("-2200.00"), "罗秋菊", "手机银行"),
           ("2026-10-11", "消费", D("-312.40"), "东莞市人民医院", "银联"),
           ("2026-10-15", "自动还款", D("-1286.00"), "某某消费金融有限公司", "代扣"),
           ("2026-10-18", "快捷支付", D("-245.80"), "支付宝(中国)网络技术有限公司", "快捷"),
           ("2026-10-21", "ATM取款", D("-500.00"), "", "ATM"),
           ("2026-10-21", "手续费", D("-2.00"), "", "ATM"),
           ("2026-10-25", "转账", D("800.00"), "谭志强", "手机银行"),
           ("2026-10-28", "快捷支付", D("-168.30"), "财付通支付科技有限公司", "快捷"),
           ("2026-10-30", "结息", D("0.67"), "", "柜面"),
           ("2026-10-31", "消费", D("-58.00"), "中国石化销售股份有限公司", "银联")]
    rows = _rows(1, D("1524.36"), ent)
    p.t(15, 15, "中信银行", 16, "ZH")
    p.t(15, 21, "CHINA CITIC BANK", 8)
    p.t(105, 30, "个人账户交易明细", 14, "ZH", "c")
    p.t(15, 42, "客户姓名：谭志刚", 9)
    p.t(80, 42, "账号：6217 6807 0124 5589", 9)
    p.t(150, 42, "币种：人民币", 9)
    p.t(15, 48, "起止日期：2026-10-01 至 2026-10-31", 9)
    p.t(80, 48, "账户类型：借记卡（I类户）", 9)
    p.t(150, 48, "开户行：东莞分行营业部", 9)
    head = ["交易日期", "摘要", "收入金额", "支出金额", "账户余额", "对方户名", "渠道"]
    body = [[d, desc, money(a) if a > 0 else "", money(-a) if a < 0 else "", money(b), who, ch]
            for d, desc, a, b, who, ch in rows]
    y = p.grid(10, 54, [20, 18, 22, 22, 24, 66, 18], [head] + body, 6.5, 7.5, "ZH",
               ["l", "l", "r", "r", "r", "l", "l"], head_fill=(0.88, 0.88, 0.88))
    cin = sum(r[2] for r in rows if r[2] > 0)
    cout = -sum(r[2] for r in rows if r[2] < 0)
    p.t(10, y + 7, f"收入笔数：{sum(r[2] > 0 for r in rows)}   收入合计：{money(cin)}   "
                   f"支出笔数：{sum(r[2] < 0 for r in rows)}   支出合计：{money(cout)}", 8.5)
    p.t(10, y + 14, "打印日期：2026-11-03   打印网点：中信银行东莞分行营业部   第1页/共1页", 8.5)
    p.t(10, y + 21, "本明细仅供参考，如与账户实际情况不符，以本行账务记录为准。", 8)
    p.seal(165, y + 24, 16, "中信银行股份有限公司东莞分行", "业务专用章", size=6.5)
    return p.pdf(), {"bank": "中信银行", "account_holder": "谭志刚", "account_number": "6217680701245589",
                     "period_start": "2026-10-01", "period_end": "2026-10-31",
                     "closing_balance": plain(rows[-1][3])}, ()


def zh_stmt_cgb_counter():
    p = Page(font="ZHM")
    ent = [("20260903", "工资", D("4980.00")), ("20260906", "跨行转出", D("-1800.00")),
           ("20260912", "消费", D("-235.60")), ("20260915", "还款", D("-980.00")),
           ("20260921", "结息", D("0.52")), ("20260930", "消费", D("-410.00")),
           ("20261008", "工资", D("4980.00")), ("20261009", "跨行转出", D("-1800.00")),
           ("20261014", "还款", D("-980.00")), ("20261019", "消费", D("-1256.30")),
           ("20261024", "取现", D("-600.00")), ("20261031", "消费", D("-88.00"))]
    bal = D("2316.44")
    start = bal
    p.t(105, 18, "广发银行 活期账户对账单", 14, "ZH", "c")
    p.t(105, 25, "CHINA GUANGFA BANK  CURRENT ACCOUNT STATEMENT", 8, "Courier", "c")
    p.t(14, 36, "户名：覃丽萍", 9.5)
    p.t(100, 36, "卡号：6214623300004471", 9.5)
    p.t(14, 42, "起始日期：2026/09/01", 9.5)
    p.t(100, 42, "终止日期：2026/10/31", 9.5)
    p.t(14, 48, "机构：广发银行南宁民族大道支行", 9.5)
    p.t(100, 48, f"期初余额：{money(start)}", 9.5)
    y = 58
    p.t(14, y, "序号 交易日期   摘要       交易金额         余额        ", 9.5)
    p.t(14, y + 2.5, "-" * 88, 8)
    for i, (d, desc, a) in enumerate(ent, 1):
        bal += a
        y += 6
        p.t(14, y, f"{i:>3}  {d}", 9.5)
        p.t(48, y, desc, 9.5)
        p.t(100, y, f"{a:+,.2f}", 9.5, align="r")
        p.t(133, y, money(bal), 9.5, align="r")
    y += 3
    p.t(14, y, "-" * 88, 8)
    y += 7
    p.t(14, y, f"期末余额：{money(bal)}       共{len(ent)}笔", 9.5)
    p.t(14, y + 7, "打印柜员：G0317  打印时间：2026/11/04 10:22", 9.5)
    p.seal(150, y + 6, 16, "广发银行南宁民族大道支行", "业务专用章", size=6.8)
    return p.pdf(), {"bank": "广发银行", "account_holder": "覃丽萍", "account_number": "6214623300004471",
                     "period_start": "2026-09-01", "period_end": "2026-10-31", "closing_balance": plain(bal)}, ()


def zh_med_community_outpatient():
    p = Page((210 * MM, 140 * MM), "ZH")
    red = (0.62, 0.15, 0.12)
    p.t(105, 14, "浙江省医疗门诊收费票据（电子）", 14, "ZH", "c", red)
    p.rect(14, 8, 14, 14, 0.6, stroke=red)
    p.t(21, 16.5, "二维码", 6, "ZH", "c", red)
    p.t(14, 28, "票据代码：33060126", 8.5, color=red)
    p.t(80, 28, "票据号码：0041827736", 8.5, color=red)
    p.t(145, 28, "校验码：6a1f3c", 8.5, color=red)
    p.t(14, 34, "交款人统一社会信用代码：3306**********4418", 8.5, color=red)
    p.t(145, 34, "开票日期：2026-10-17", 8.5, color=red)
    p.t(14, 40, "交款人：娄建平", 8.5, color=red)
    p.t(80, 40, "医保类型：职工基本医疗保险", 8.5, color=red)
    items = [("A001", "诊察费", "次", "1", D("10.00")), ("B112", "血常规（五分类）", "项", "1", D("25.00")),
             ("B305", "C反应蛋白测定", "项", "1", D("20.00")), ("C020", "静脉注射", "次", "2", D("30.00")),
             ("X031", "阿莫西林胶囊 0.25g×24", "盒", "2", D("31.20")),
             ("X107", "复方甘草片 100片", "瓶", "1", D("9.80")), ("X215", "布洛芬缓释胶囊 0.3g×20", "盒", "3", D("45.40"))]
    total = sum(i[4] for i in items)
    head = ["项目编码", "项目名称", "单位", "数量", "金额(元)", "备注"]
    body = [[a, b, c, d, money(e), ""] for a, b, c, d, e in items]
    y = p.grid(14, 44, [20, 70, 14, 14, 24, 40], [head] + body, 6, 8, "ZH", ["l", "l", "c", "c", "r", "l"])
    p.grid(14, y, [118, 64], [[f"金额合计（大写）{daxie(total)}", f"（小写）{money(total)}"]], 7, 8.5, "ZH")
    y += 7
    p.t(14, y + 6, "其他信息：医保统筹基金支付 95.20  个人账户支付 46.20  个人现金支付 30.00  门诊号 MZ2610170233", 8)
    p.t(14, y + 12, "收款单位（章）：绍兴市越城区城南街道社区卫生服务中心", 8.5)
    p.t(120, y + 12, "复核人：徐敏      收款人：自助机03", 8.5)
    p.seal(55, y + 6, 13, "绍兴市越城区城南街道社区卫生服务中心", "财务专用章", size=5.5)
    return p.pdf(), {"provider": "绍兴市越城区城南街道社区卫生服务中心", "patient": "娄建平", "date": "2026-10-17",
                     "total": plain(total)}, ()


def zh_med_maternity_inpatient():
    p = Page((210 * MM, 150 * MM), "ZH")
    red = (0.6, 0.16, 0.1)
    p.t(105, 14, "江西省医疗住院收费票据（电子）", 14, "ZH", "c", red)
    p.t(14, 24, "票据代码：36010426   票据号码：0009318852   校验码：b72e0d   开票日期：2026-10-13", 8.5, color=red)
    p.t(14, 30, "交款人：卢婉清          住院号：ZY20261008047      科别：产科", 8.5, color=red)
    p.t(14, 36, "住院时间：2026-10-08 至 2026-10-13     住院天数：5     医保类型：城乡居民医保", 8.5, color=red)
    items = [("床位费", D("300.00")), ("护理费", D("180.00")), ("西药费", D("1236.80")), ("检查费", D("860.00")),
             ("化验费", D("540.00")), ("手术费", D("1800.00")), ("卫生材料费", D("623.50")), ("诊查费", D("60.00"))]
    total = sum(v for _, v in items)
    rows = [["项目名称", "金额", "项目名称", "金额"]]
    for i in range(0, len(items), 2):
        rows.append([items[i][0], money(items[i][1]), items[i + 1][0], money(items[i + 1][1])])
    y = p.grid(14, 40, [50, 41, 50, 41], rows, 6.5, 8.5, "ZH", ["l", "r", "l", "r"])
    p.grid(14, y, [182], [[f"合计（大写）{daxie(total)}        （小写）¥{money(total)}"]], 7, 9, "ZH")
    y += 7
    fund = D("3324.18")
    p.t(14, y + 7, f"预缴金额：3,000.00   补缴金额：{money(total - fund - D('3000.00'))}   "
                   f"医保统筹支付：{money(fund)}   个人支付：{money(total - fund)}", 8.5)
    p.t(14, y + 14, "收款单位（章）：南昌市青山湖区妇幼保健院      收款人：住院处02      复核人：黄丽", 8.5)
    p.seal(60, y + 8, 13, "南昌市青山湖区妇幼保健院", "财务专用章", size=6)
    return p.pdf(), {"provider": "南昌市青山湖区妇幼保健院", "patient": "卢婉清", "date": "2026-10-13",
                     "total": plain(total)}, ()


def zh_unemp_contract_expiry():
    p = Page(font="ZH")
    p.t(105, 40, "终止劳动合同证明书", 18, "ZH", "c")
    lines = ["甘文斌 同志（身份证号码：440682199104253317）：",
             "    你与我公司于2021年11月1日签订的劳动合同，于2026年10月31日期满。",
             "经双方协商，公司不再与你续订劳动合同，双方劳动关系自2026年10月31日起终止。",
             "    你在我公司工作期间担任机修工，工作年限为5年。公司已依法为你办理社会保险",
             "减员手续，并按规定支付经济补偿。",
             "    请于接到本证明书之日起十五日内到公司人事部办理工作交接及档案转移手续。",
             "    特此证明。"]
    y = 60
    for s in lines:
        p.t(22, y, s, 11)
        y += 10
    p.t(120, y + 18, "佛山市南海区鸿业五金制品有限公司", 11)
    p.t(130, y + 28, "二〇二六年十一月二日", 11)
    p.seal(150, y + 20, 19, "佛山市南海区鸿业五金制品有限公司", "★", size=8)
    p.t(22, y + 50, "本证明书一式三份，公司、劳动者各执一份，一份存入劳动者档案。", 9)
    p.t(22, y + 58, "劳动者签收：______________    签收日期：______________", 9)
    return p.pdf(), {"person": "甘文斌", "issuer": "佛山市南海区鸿业五金制品有限公司", "date": "2026-11-02"}, ()


def zh_income_hospital_hr():
    p = Page(font="ZH")
    p.t(105, 28, "贵港市港南区人民医院", 15, "ZH", "c")
    p.line(20, 33, 190, 33, 1.2, (0.7, 0.1, 0.1))
    p.t(105, 52, "收 入 证 明", 18, "ZH", "c")
    lines = ["兹证明 韦丽娟（身份证号：450802198807120027）系我院护理部在编护师，",
             "自2015年7月起在我院工作至今。",
             "该同志近六个月平均月收入为人民币 7,860.00 元（大写：柒仟捌佰陆拾元整），",
             "全年收入约9.4万元（含绩效）。",
             "本证明仅用于向贷款机构申请延期还款，不作其他用途。",
             "特此证明。"]
    y = 72
    for s in lines:
        p.t(24, y, s, 11)
        y += 10
    p.t(24, y + 8, "人事科联系人：覃主任   电话：0775-42XXXXX", 10)
    p.t(118, y + 30, "贵港市港南区人民医院人事科", 11)
    p.t(130, y + 40, "2026年11月10日", 11)
    p.seal(145, y + 32, 18, "贵港市港南区人民医院", "★", size=8)
    return p.pdf(), {"employer": "贵港市港南区人民医院", "employee": "韦丽娟", "monthly_income": "7860.00",
                     "date": "2026-11-10"}, ()


def zh_other_social_insurance():
    p = Page(font="ZH")
    p.t(105, 20, "深圳市社会保险参保缴费证明（个人）", 14, "ZH", "c")
    p.t(15, 32, "姓名：龙海燕    社会保障号码：4403**********2468    打印日期：2026-11-08", 9)
    p.t(15, 38, "单位名称：深圳市前湾电子商务有限公司", 9)
    head = ["缴费年月", "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "工伤", "缴费状态"]
    rows = [head]
    for m in range(5, 11):
        rows.append([f"2026{m:02d}", "6,112.00", "488.96", "122.24", "18.34", "单位缴", "已到账"])
    y = p.grid(15, 44, [25, 25, 28, 28, 25, 20, 25], rows, 7, 8.5, "ZH", head_fill=(0.9, 0.9, 0.9))
    p.t(15, y + 8, "本证明可通过验证码 8K2F-7Q1M-33XA 在深圳市人力资源和社会保障局网站核验。", 8.5)
    p.seal(160, y + 14, 16, "深圳市社会保险基金管理局", "业务专用章", size=6.5)
    return p.pdf(), {}, ()


def zh_other_credit_report():
    p = Page(font="ZH")
    p.t(105, 20, "个人信用报告", 16, "ZH", "c")
    p.t(105, 27, "（个人版）", 10, "ZH", "c")
    p.t(15, 38, "报告编号：2026110812345678901234    报告时间：2026-11-08 20:41:13", 9)
    p.t(15, 44, "被查询者姓名：戴思远    证件类型：身份证    证件号码：5101**********3215", 9)
    p.t(15, 56, "一、信贷记录", 11)
    rows = [["", "信用卡", "购房贷款", "其他贷款"], ["账户数", "3", "0", "2"], ["未结清/未销户账户数", "3", "0", "2"],
            ["发生过逾期的账户数", "1", "0", "1"], ["发生过90天以上逾期的账户数", "0", "0", "0"]]
    y = p.grid(15, 60, [60, 40, 40, 40], rows, 7, 9, "ZH", head_fill=(0.9, 0.9, 0.9))
    p.t(15, y + 10, "其他贷款明细", 10)
    txt = ["1. 2025年03月12日某某消费金融有限公司发放的42,000元（人民币）个人消费贷款，2028年03月12日到期。",
           "   截至2026年10月，余额23,518.00元，当前逾期金额2,572.00元。最近5年内有2个月处于逾期状态。",
           "2. 2024年09月02日某银行发放的50,000元（人民币）个人经营性贷款，已于2026年07月结清。"]
    for i, s in enumerate(txt):
        p.t(15, y + 18 + 7 * i, s, 8.5)
    p.t(15, y + 48, "二、查询记录（最近2年）  贷后管理 4次  贷款审批 2次  本人查询 1次", 9)
    p.t(15, 280, "本报告由中国人民银行征信中心提供，仅供本人了解自己的信用状况，请妥善保管。", 8)
    return p.pdf(), {}, ()


def zh_other_rent_receipt():
    p = Page((190 * MM, 95 * MM), "ZH")
    p.t(95, 16, "收    据", 16, "ZH", "c")
    p.t(150, 16, "No. 0035621", 10, "Courier")
    p.t(120, 26, "2026 年 11 月 01 日", 10)
    p.line(14, 30, 176, 30, 0.8)
    p.t(16, 40, "今收到  柴晓东", 11)
    p.t(16, 52, "交来  金地花园7栋1204室 2026年11月房租及物业费", 11)
    p.t(16, 64, f"人民币（大写）{daxie(D('2300'))}          ¥ 2,300.00", 11)
    p.line(14, 70, 176, 70, 0.8)
    p.t(16, 80, "收款单位（盖章）：个人出租    收款人：杨建华    经手人：杨建华", 10)
    return p.pdf(), {}, ()


# --- English --------------------------------------------------------------------------------------------------------


def en_pay_sg_itemised():
    p = Page()
    basic, allow, ot = D("2850.00"), D("350.00"), D("504.45")
    cpf, sinda = D("740.00"), D("9.00")
    ded = cpf + sinda
    gross = basic + allow + ot
    net = basic + allow - ded + ot
    p.t(105, 20, "ITEMISED PAY SLIP", 14, "Helvetica-Bold", "c")
    p.rect(15, 26, 180, 26)
    p.t(18, 32, "Name of Employer", 8.5, "Helvetica-Bold")
    p.t(18, 37, "Kallang Precision Engineering Pte Ltd  (UEN 201314527K)", 9)
    p.t(18, 44, "Name of Employee", 8.5, "Helvetica-Bold")
    p.t(18, 49, "Muthu Selvam s/o Rajendran", 9)
    p.t(112, 32, "For the Period", 8.5, "Helvetica-Bold")
    p.t(112, 37, "01/10/2026 to 31/10/2026", 9)
    p.t(112, 44, "Date of Payment", 8.5, "Helvetica-Bold")
    p.t(112, 49, "31/10/2026          Mode of Payment: Bank Deposit", 9)
    col = [15, 105]
    y = 58
    left = [("Basic Pay", "(A)", money(basic)), ("Total Allowances", "(B)", money(allow)),
            ("   Transport Allowance", "", "200.00"), ("   Shift Allowance", "", "150.00"),
            ("Gross Pay", "", money(basic + allow)), ("Total Deductions", "(C)", money(ded)),
            ("   Employee's CPF Contribution", "", money(cpf)), ("   SINDA Fund", "", money(sinda))]
    right = [("Overtime Details*", "", ""), ("Overtime Payment Period(s)", "", "01/10/2026 - 31/10/2026"),
             ("Overtime Hours Worked", "", "22.5"), ("Total Overtime Pay", "(D)", money(ot)),
             ("Other Additional Payments", "(E)", "0.00"), ("Net Pay (A+B-C+D+E)", "", money(net)),
             ("CPF Details", "", ""), ("Employer's CPF Contribution", "", "629.76")]
    for i, (a, b, c) in enumerate(left):
        yy = y + 8 * (i + 1)
        p.rect(col[0], yy - 5.5, 90, 8, 0.4)
        p.t(col[0] + 2, yy, a, 8.5, "Helvetica-Bold" if not a.startswith(" ") else "Helvetica")
        p.t(col[0] + 62, yy, b, 8.5)
        p.t(col[0] + 88, yy, c, 8.5, align="r")
    for i, (a, b, c) in enumerate(right):
        yy = y + 8 * (i + 1)
        p.rect(col[1], yy - 5.5, 90, 8, 0.4)
        bold = a in ("Overtime Details*", "Net Pay (A+B-C+D+E)", "CPF Details")
        p.t(col[1] + 2, yy, a, 8.5, "Helvetica-Bold" if bold else "Helvetica")
        p.t(col[1] + 52, yy, b, 8.5)
        p.t(col[1] + 88, yy, c, 8.5, align="r")
    p.t(15, y + 84, "* Overtime rate 1.5 x hourly basic rate of pay ($14.95). Ordinary wages for CPF: "
                    f"${money(gross)}.", 8)
    p.t(15, y + 92, "This is a computer-generated pay slip issued under the Employment Act. No signature is required.", 8)
    # The slip prints "Gross Pay" for (A)+(B) before overtime; the month's gross earnings, from which the deductions
    # give the net pay, include the overtime (D). Both are defensible readings, the full gross first.
    return p.pdf(), {"employer": "Kallang Precision Engineering Pte Ltd", "employee": "Muthu Selvam s/o Rajendran",
                     "period": "2026-10", "gross_pay": [plain(gross), plain(basic + allow)], "net_pay": plain(net)}, ()


def en_pay_ug_nssf():
    p = Page()
    earn = [("Basic Salary", D("1450000")), ("Housing Allowance", D("250000")), ("Transport Allowance", D("120000"))]
    deds = [("PAYE", D("448000")), ("NSSF Employee (5%)", D("91000")), ("Local Service Tax", D("10000"))]
    gross, ded = sum(v for _, v in earn), sum(v for _, v in deds)
    net = gross - ded
    p.t(105, 18, "RWENZORI HIGHLAND COFFEE LTD", 13, "Helvetica-Bold", "c")
    p.t(105, 24, "Plot 14 Kasese Road, P.O. Box 212, Fort Portal, Uganda  |  TIN 1000348812", 8, align="c")
    p.t(105, 34, "PAYSLIP FOR THE MONTH OF OCTOBER 2026", 11, "Helvetica-Bold", "c")
    info = [["Employee No.", "RHC-0457", "Department", "Processing / Wet Mill"],
            ["Employee Name", "AKELLO GRACE NABIRYE", "Designation", "Quality Supervisor"],
            ["NSSF No.", "NS00412876544", "Bank", "Centenary Bank - Fort Portal"],
            ["TIN", "1013557720", "Account No.", "3100****5521"]]
    y = p.grid(15, 40, [32, 58, 30, 60], info, 7, 8.5)
    rows = [["EARNINGS", "AMOUNT (UGX)", "DEDUCTIONS", "AMOUNT (UGX)"]]
    for (a, av), (b, bv) in zip(earn, deds, strict=True):
        rows.append([a, f"{av:,.0f}", b, f"{bv:,.0f}"])
    rows.append(["GROSS PAY", f"{gross:,.0f}", "TOTAL DEDUCTIONS", f"{ded:,.0f}"])
    y = p.grid(15, y + 6, [55, 35, 55, 35], rows, 7, 8.5, aligns=["l", "r", "l", "r"], head_fill=(0.85, 0.85, 0.85))
    p.grid(15, y + 4, [145, 35], [["NET PAY", f"{net:,.0f}"]], 8, 10, "Helvetica-Bold", ["l", "r"])
    p.t(15, y + 22, "Employer NSSF contribution (10%): 182,000      Year to date gross: 7,280,000      "
                    "Year to date PAYE: 1,792,000", 8)
    p.t(15, y + 32, "Prepared by: Payroll Officer ____________      Approved: Finance Manager ____________", 8.5)
    return p.pdf(), {"employer": "Rwenzori Highland Coffee Ltd", "employee": "Akello Grace Nabirye",
                     "period": "2026-10", "gross_pay": plain(gross), "net_pay": plain(net)}, ()


def en_pay_nz_weekly():
    p = Page((148 * MM, 210 * MM))
    ordh, ordr, oth, otr = D("40"), D("24.80"), D("6"), D("37.20")
    gross = ordh * ordr + oth * otr
    paye, ks = D("198.70"), (gross * D("0.03")).quantize(D("0.01"))
    sl = ((gross - D("464")) * D("0.12")).quantize(D("0.01"))
    net = gross - paye - ks - sl
    p.t(10, 15, "Southern Lakes Orchards Limited", 12, "Helvetica-Bold")
    p.t(10, 20, "18 Cromwell Flat Road, Cromwell 9310  |  IRD 123-456-789", 7.5)
    p.t(138, 15, "PAYSLIP", 12, "Helvetica-Bold", "r")
    p.t(10, 30, "Employee: Tama Rangihuna", 9)
    p.t(10, 35, "Employee ID: 1047      Tax code: M SL      KiwiSaver: 3%", 8.5)
    p.t(10, 40, "Pay period: 19/10/2026 - 25/10/2026      Pay date: 28/10/2026", 8.5)
    rows = [["Description", "Hours", "Rate", "Amount"],
            ["Ordinary time", "40.00", "24.80", money(ordh * ordr)],
            ["Overtime x1.5", "6.00", "37.20", money(oth * otr)],
            ["Gross earnings", "", "", money(gross)]]
    y = p.grid(10, 46, [60, 20, 20, 28], rows, 6.5, 8.5, aligns=["l", "r", "r", "r"], head_fill=(0.88, 0.93, 0.88))
    rows = [["Deductions", "", "", "Amount"], ["PAYE (incl. ACC earners' levy)", "", "", money(paye)],
            ["KiwiSaver employee 3%", "", "", money(ks)], ["Student loan", "", "", money(sl)],
            ["Total deductions", "", "", money(paye + ks + sl)]]
    y = p.grid(10, y + 4, [60, 20, 20, 28], rows, 6.5, 8.5, aligns=["l", "r", "r", "r"], head_fill=(0.88, 0.93, 0.88))
    p.grid(10, y + 4, [100, 28], [["NET PAY (to 38-9012-0456789-00)", money(net)]], 8, 9.5, "Helvetica-Bold",
           ["l", "r"])
    p.t(10, y + 22, f"Employer KiwiSaver 3%: {money(ks)} (less ESCT)     Holiday pay accrued: 4.1 days", 7.5)
    p.t(10, y + 27, "Year to date: Gross 18,230.40   PAYE 2,941.36   KiwiSaver 546.91", 7.5)
    return p.pdf(), {"employer": "Southern Lakes Orchards Limited", "employee": "Tama Rangihuna", "period": "2026-10",
                     "gross_pay": plain(gross), "net_pay": plain(net)}, ()


def en_stmt_maybank_savings():
    p = Page()
    ent = [("01/10/26", "TRANSFER FROM A/C", "MBB CT- ROSLAN BIN ABU", D("250.00")),
           ("03/10/26", "SALARY", "IBG CR SERI MAJU LOGISTIK SDN", D("2350.00")),
           ("04/10/26", "DEBIT CARD PURCHASE", "MYDIN MART SUBANG", D("-145.90")),
           ("06/10/26", "FPX PAYMENT FR A/", "TNB ELECTRICITY", D("-86.40")),
           ("09/10/26", "TRANSFER TO A/C", "PERSONAL LOAN AEON CREDIT", D("-612.00")),
           ("13/10/26", "CASH WITHDRAWAL", "ATM MBB SS15 SUBANG", D("-300.00")),
           ("17/10/26", "DUITNOW QR", "GRABPAY MALAYSIA", D("-50.00")),
           ("22/10/26", "DEBIT CARD PURCHASE", "PETRONAS USJ 1", D("-80.00")),
           ("27/10/26", "FPX PAYMENT FR A/", "UNIFI HOME FIBRE", D("-139.00")),
           ("31/10/26", "PROFIT PAID", "", D("1.27"))]
    bal = D("1022.18")
    start = bal
    p.t(15, 16, "Maybank", 18, "Helvetica-Bold", color=(0.85, 0.65, 0.0))
    p.t(15, 22, "MALAYAN BANKING BERHAD (3813-K)", 7.5)
    p.t(195, 16, "PENYATA AKAUN", 10, "Helvetica-Bold", "r")
    p.t(195, 21, "STATEMENT OF ACCOUNT", 9, align="r")
    for i, s in enumerate(["NUR AISYAH BINTI KAMARUDDIN", "NO 22 JALAN SS 15/4C", "47500 SUBANG JAYA",
                           "SELANGOR"]):
        p.t(15, 36 + 5 * i, s, 9)
    kv = [("TARIKH PENYATA", "STATEMENT DATE", ":31/10/26"), ("NOMBOR AKAUN", "ACCOUNT NUMBER", ":162133095847"),
          ("JENIS AKAUN", "ACCOUNT TYPE", ":SAVINGS ACCOUNT")]
    for i, (a, b, c) in enumerate(kv):
        p.t(112, 36 + 9 * i, a, 7.5)
        p.t(112, 40 + 9 * i, b, 7.5)
        p.t(160, 38 + 9 * i, c, 8.5)
    y = 66
    p.rect(15, y, 180, 10, 0.4, fill=(0.95, 0.92, 0.8))
    for x, a, b in ((16, "TARIKH MASUK", "ENTRY DATE"), (40, "BUTIR URUSNIAGA", "TRANSACTION DESCRIPTION"),
                    (125, "JUMLAH URUSNIAGA", "TRANSACTION AMOUNT"), (162, "BAKI PENYATA", "STATEMENT BALANCE")):
        p.t(x, y + 4, a, 7, "Helvetica-Bold")
        p.t(x, y + 8, b, 7)
    y += 16
    p.t(40, y, "BEGINNING BALANCE", 8.5)
    p.t(194, y, money(start), 8.5, align="r")
    cr = dr = D("0")
    for d, a, b, amt in ent:
        bal += amt
        cr += amt if amt > 0 else 0
        dr += -amt if amt < 0 else 0
        y += 6
        p.t(16, y, d, 8.5)
        p.t(40, y, a, 8.5)
        p.t(158, y, money(abs(amt)) + ("+" if amt > 0 else "-"), 8.5, align="r")
        p.t(194, y, money(bal), 8.5, align="r")
        if b:
            y += 4.5
            p.t(42, y, b, 7.5)
    y += 8
    p.line(15, y, 195, y, 0.5)
    y += 6
    p.t(40, y, "ENDING BALANCE :", 8.5, "Helvetica-Bold")
    p.t(194, y, money(bal), 8.5, "Helvetica-Bold", "r")
    p.t(40, y + 6, "TOTAL CREDIT :", 8.5)
    p.t(158, y + 6, money(cr), 8.5, align="r")
    p.t(40, y + 12, "TOTAL DEBIT :", 8.5)
    p.t(158, y + 12, money(dr), 8.5, align="r")
    p.t(15, y + 26, "PERHATIAN / NOTE: Semua butiran dan baki akaun ini akan dianggap betul kecuali Bank dimaklumkan "
                    "secara bertulis dalam tempoh 21 hari.", 6.8)
    p.t(15, y + 30, "All items and balances shown will be considered correct unless the Bank is notified in writing "
                    "of any discrepancies within 21 days.", 6.8)
    p.t(15, y + 36, "Protected by PIDM up to RM250,000 for each depositor.", 6.8)
    return p.pdf(), {"bank": ["Maybank", "Malayan Banking Berhad"], "account_holder": "Nur Aisyah binti Kamaruddin",
                     "account_number": "162133095847", "period_start": "2026-10-01", "period_end": "2026-10-31",
                     "closing_balance": plain(bal)}, ()


def en_stmt_ie_current():
    p = Page()
    ent = [("02 Oct 2026", "POS SUPERVALU KILLARNEY", D("-54.37")),
           ("03 Oct 2026", "SALARY KERRY FOODSERVICE", D("2188.40")),
           ("03 Oct 2026", "D/D ELECTRIC IRELAND", D("-96.00")),
           ("06 Oct 2026", "365 ONLINE TO RENT LANDLORD", D("-1150.00")),
           ("10 Oct 2026", "POS CIRCLE K MUCKROSS", D("-60.00")),
           ("14 Oct 2026", "D/D VHI HEALTHCARE", D("-112.45")),
           ("17 Oct 2026", "POS DUNNES STORES", D("-131.82")),
           ("22 Oct 2026", "ATM KILLARNEY MAIN ST", D("-100.00")),
           ("29 Oct 2026", "D/D CREDIT UNION LOAN", D("-240.00")),
           ("31 Oct 2026", "FEE QUARTERLY MAINT", D("-6.00"))]
    bal = D("412.09")
    p.t(15, 18, "Bank of Ireland", 15, "Helvetica-Bold", color=(0.0, 0.2, 0.55))
    p.t(195, 18, "Current Account Statement", 11, align="r")
    for i, s in enumerate(["MR CIARAN O'DONOGHUE", "4 LOWER NEW STREET", "KILLARNEY", "CO. KERRY V93 X2Y4"]):
        p.t(15, 36 + 5 * i, s, 9)
    kv = [("Your account name", "CIARAN O'DONOGHUE"), ("Account number", "12345678"), ("Sort code", "90-00-17"),
          ("IBAN", "IE29 BOFI 9000 1712 3456 78"), ("Statement date", "02 Nov 2026"),
          ("Statement period", "01 Oct 2026 to 31 Oct 2026"), ("Page", "1 of 1")]
    for i, (a, b) in enumerate(kv):
        p.t(112, 36 + 5 * i, a, 8.5)
        p.t(195, 36 + 5 * i, b, 8.5, align="r")
    head = ["Date", "Transaction details", "Payments - out", "Payments - in", "Balance"]
    body = [["01 Oct 2026", "BALANCE FORWARD", "", "", money(bal)]]
    for d, desc, a in ent:
        bal += a
        body.append([d, desc, money(-a) if a < 0 else "", money(a) if a > 0 else "", money(bal)])
    body.append(["31 Oct 2026", "BALANCE CARRIED FORWARD", "", "", money(bal)])
    p.grid(15, 76, [26, 70, 28, 28, 28], [head] + body, 6.5, 8.3, aligns=["l", "l", "r", "r", "r"],
           head_fill=(0.85, 0.9, 0.97))
    p.t(15, 250, "Bank of Ireland is regulated by the Central Bank of Ireland. Deposits are protected under the "
                 "Deposit Guarantee Scheme.", 7)
    return p.pdf(), {"bank": "Bank of Ireland", "account_holder": "Ciaran O'Donoghue",
                     "account_number": ["12345678", "IE29BOFI90001712345678"], "period_start": "2026-10-01",
                     "period_end": "2026-10-31", "closing_balance": plain(bal)}, ()


def en_med_my_hospital_final_bill():
    p = Page()
    items = [("Room & Board (Single Bedded) 2 days", D("760.00")), ("Nursing Care", D("320.00")),
             ("Pharmacy & Consumables", D("1482.60")), ("Laboratory Investigations", D("636.50")),
             ("Radiology - CT Abdomen", D("1150.00")), ("Operation Theatre Charges", D("2493.20"))]
    hosp = sum(v for _, v in items)
    docs = [("Dr. Faridah Hamzah - Surgeon", D("1650.00")), ("Dr. Kumaran Pillai - Anaesthetist", D("500.00"))]
    docfee = sum(v for _, v in docs)
    total = hosp + docfee
    deposit, gl = D("2000.00"), D("5500.00")
    due = total - deposit - gl
    p.t(15, 18, "SERI KEMBANGAN SPECIALIST HOSPITAL SDN BHD", 12, "Helvetica-Bold")
    p.t(15, 23, "(Company No. 201801023456) Jalan Dataran SK 1, 43300 Seri Kembangan, Selangor  Tel 03-8940 2200", 7.5)
    p.t(195, 34, "FINAL BILL", 13, "Helvetica-Bold", "r")
    kv = [("Patient Name", "LIM WEI JIE"), ("MRN", "SKSH-0091273"), ("NRIC", "900215-10-****"),
          ("Admission", "12/10/2026 08:40"), ("Discharge", "14/10/2026 15:10"), ("Bill No.", "IB26-014552"),
          ("Bill Date", "14/10/2026"), ("Payor", "Great Eastern Life (GL No. GE-778120)")]
    for i, (a, b) in enumerate(kv):
        p.t(15 + 95 * (i % 2), 44 + 6 * (i // 2), f"{a}", 8.5, "Helvetica-Bold")
        p.t(45 + 95 * (i % 2), 44 + 6 * (i // 2), f": {b}", 8.5)
    rows = [["Description", "Amount (RM)"]] + [[a, money(b)] for a, b in items]
    rows.append(["Sub-total Hospital Charges", money(hosp)])
    rows += [[a, money(b)] for a, b in docs]
    rows.append(["Sub-total Doctors' Fees", money(docfee)])
    y = p.grid(15, 74, [140, 40], rows, 6.5, 8.5, aligns=["l", "r"], head_fill=(0.9, 0.9, 0.9))
    tot = [["TOTAL BILL", money(total)], ["Less: Deposit Paid", f"({money(deposit)})"],
           ["Less: Guarantee Letter - Great Eastern Life", f"({money(gl)})"],
           ["AMOUNT DUE FROM PATIENT", money(due)]]
    y = p.grid(15, y + 3, [140, 40], tot, 7, 9, "Helvetica-Bold", ["l", "r"])
    p.t(15, y + 10, "Doctors' fees are collected on behalf of the doctors and are not subject to SST. "
                    "Payment is due upon discharge.", 7.5)
    p.t(15, y + 15, "Cheques payable to Seri Kembangan Specialist Hospital Sdn Bhd. This is a computer generated bill.",
        7.5)
    return p.pdf(), {"provider": "Seri Kembangan Specialist Hospital Sdn Bhd", "patient": "Lim Wei Jie",
                     "date": "2026-10-14", "total": [plain(due), plain(total)]}, ()


def en_med_ie_ed_charge():
    p = Page()
    p.t(15, 20, "Feidhmeannacht na Seirbhíse Sláinte", 9, "Helvetica-Oblique")
    p.t(15, 25, "Health Service Executive", 9, "Helvetica-Bold")
    p.t(195, 20, "Clonmore University Hospital", 11, "Helvetica-Bold", "r")
    p.t(195, 25, "Patient Accounts Office, Dublin Road, Clonmore", 8, align="r")
    p.t(15, 42, "Ms Aoife Brennan", 9.5)
    p.t(15, 47, "Apt 3, 27 Friars Walk", 9.5)
    p.t(15, 52, "Clonmore", 9.5)
    kv = [("Invoice No.", "ED-2026-118734"), ("Invoice Date", "23/10/2026"), ("Hospital No.", "H0623318"),
          ("Date of Attendance", "19/10/2026")]
    for i, (a, b) in enumerate(kv):
        p.t(125, 42 + 5 * i, a, 8.5)
        p.t(195, 42 + 5 * i, b, 8.5, align="r")
    p.t(15, 72, "STATUTORY CHARGE - EMERGENCY DEPARTMENT ATTENDANCE", 10.5, "Helvetica-Bold")
    body = ["Dear Ms Brennan,",
            "Our records show that you attended the Emergency Department on 19/10/2026 without a referral letter",
            "from your GP. Under the Health (Amendment) Act 2013 a statutory charge applies to such attendances.",
            "If you hold a medical card, or were admitted as an in-patient as a result of this attendance, please",
            "contact the Patient Accounts Office and this invoice will be cancelled."]
    for i, s in enumerate(body):
        p.t(15, 84 + 6 * i, s, 9)
    rows = [["Description", "Amount"], ["Emergency Department attendance charge", "EUR 100.00"],
            ["Payments received", "EUR 0.00"], ["Amount Due", "EUR 100.00"]]
    y = p.grid(15, 122, [130, 50], rows, 7, 9, aligns=["l", "r"], head_fill=(0.9, 0.95, 0.9))
    p.t(15, y + 10, "Please pay within 30 days: online at hse.ie/payments, by phone 0504 XXXXX, or at the hospital "
                    "cash office.", 8.5)
    p.t(15, y + 16, "Quote your invoice number with every payment.", 8.5)
    return p.pdf(), {"provider": "Clonmore University Hospital", "patient": "Aoife Brennan",
                     "date": ["2026-10-23", "2026-10-19"], "total": "100.00"}, ()


def en_unemp_ie_jobseekers():
    p = Page()
    p.t(15, 18, "An Roinn Coimirce Sóisialaí", 10, "Helvetica-Oblique")
    p.t(15, 24, "Department of Social Protection", 12, "Helvetica-Bold")
    p.t(195, 18, "Intreo Centre, Tralee", 8.5, align="r")
    p.t(195, 23, "Edward Street, Tralee, Co. Kerry", 8.5, align="r")
    p.t(15, 42, "Ms Siobhan Kavanagh", 9.5)
    p.t(15, 47, "12 Ballyard Court", 9.5)
    p.t(15, 52, "Tralee, Co. Kerry V92 K7P1", 9.5)
    p.t(125, 42, "Date: 4 November 2026", 9)
    p.t(125, 47, "PPS No.: 8*****4TA", 9)
    p.t(125, 52, "Claim ref.: JB 77130-26", 9)
    p.t(15, 66, "Jobseeker's Benefit - Decision", 11, "Helvetica-Bold")
    body = ["Dear Ms Kavanagh,",
            "",
            "I am pleased to tell you that your claim for Jobseeker's Benefit has been allowed from 21 October 2026.",
            "You were found to be unemployed, available for and genuinely seeking work, and you have enough PRSI",
            "contributions to qualify.",
            "",
            "Your weekly rate of payment is EUR 232.00 (personal rate). Payment will be made into your bank account",
            "every Tuesday. Jobseeker's Benefit is paid for up to 9 months (234 days) on your PRSI record.",
            "",
            "You must tell us at once if you start work, even part-time, or if your circumstances change.",
            "If you disagree with this decision you may ask a Deciding Officer to review it or appeal to the Social",
            "Welfare Appeals Office within 21 days.",
            "",
            "Yours sincerely,",
            "",
            "P. Ó Súilleabháin",
            "Deciding Officer, on behalf of the Minister for Social Protection"]
    for i, s in enumerate(body):
        p.t(15, 76 + 6 * i, s, 9)
    return p.pdf(), {"person": "Siobhan Kavanagh", "issuer": "Department of Social Protection",
                     "date": "2026-11-04"}, ()


def en_unemp_us_ga_separation():
    p = Page((216 * MM, 279 * MM))
    p.t(108, 16, "GEORGIA DEPARTMENT OF LABOR", 11, "Helvetica-Bold", "c")
    p.t(108, 23, "SEPARATION NOTICE", 14, "Helvetica-Bold", "c")
    p.t(200, 16, "DOL-800", 8, align="r")
    box = [("1. Employee's Name", "Darnell J. Whitfield"), ("2. SSN", "XXX-XX-4417"),
           ("3. Employer's Name and Address", "Peach State Millwork, Inc., 2290 Industrial Blvd, Macon GA 31206"),
           ("4. Employer's GDOL Account Number", "0471223-05"),
           ("5. First Day Worked", "03/14/2022"), ("6. Last Day Worked", "10/16/2026"),
           ("7. Reason for Separation", "LACK OF WORK. Employee was laid off due to reduction in orders; no work "
                                        "available."),
           ("8. Was severance or vacation pay paid?", "Vacation pay $612.00 paid 10/23/2026")]
    y = 32
    for a, b in box:
        p.rect(12, y, 192, 14, 0.5)
        p.t(14, y + 4.5, a, 7.5, "Helvetica-Bold")
        p.t(16, y + 10.5, b, 9.5, "Courier")
        y += 14
    p.rect(12, y, 192, 22, 0.5)
    p.t(14, y + 5, "I certify that the above worker has been separated from work and the information furnished is "
                   "true and correct.", 7.5)
    p.t(16, y + 13, "Employer's Signature:  R. Castellano                      Title: HR Manager", 9, "Courier")
    p.t(16, y + 19, "Date: 10/19/2026                 Telephone: (478) 555-0142", 9, "Courier")
    y += 30
    p.t(12, y, "EMPLOYER: This form must be given to the employee at the time of separation. The employee should "
               "take it to a", 7.5)
    p.t(12, y + 4.5, "Georgia Department of Labor career center when filing a claim for unemployment benefits "
                     "(Rule 300-2-4-.01).", 7.5)
    return p.pdf(), {"person": "Darnell J. Whitfield", "issuer": ["Peach State Millwork, Inc.", "Peach State Millwork"],
                     "date": "2026-10-19"}, ()


def en_income_ph_coec():
    p = Page()
    p.t(105, 20, "BAYANIHAN CONTACT SOLUTIONS, INC.", 13, "Helvetica-Bold", "c")
    p.t(105, 26, "12/F Skyrise 4, Cebu IT Park, Lahug, Cebu City 6000  |  (032) 412-8800", 8, align="c")
    p.line(20, 30, 190, 30, 1.0)
    p.t(105, 48, "CERTIFICATE OF EMPLOYMENT AND COMPENSATION", 12, "Helvetica-Bold", "c")
    body = ["This is to certify that MS. MARICEL D. VILLANUEVA has been employed with Bayanihan Contact",
            "Solutions, Inc. since March 3, 2021 up to the present, and currently holds the position of",
            "Senior Customer Service Representative on a regular (permanent) status.",
            "",
            "She receives the following monthly compensation:"]
    for i, s in enumerate(body):
        p.t(22, 64 + 7 * i, s, 10)
    rows = [["Basic Monthly Salary", "PHP 24,500.00"], ["De Minimis Benefits", "PHP 2,000.00"],
            ["Night Differential (6-month average)", "PHP 2,940.00"], ["Total Monthly Compensation", "PHP 29,440.00"]]
    y = p.grid(30, 102, [100, 50], rows, 7, 9.5, aligns=["l", "r"])
    body = ["This certification is issued upon the request of Ms. Villanueva for whatever legal purpose it may",
            "serve her, except for travel abroad.",
            "",
            "Issued this 9th day of November 2026 at Cebu City, Philippines."]
    for i, s in enumerate(body):
        p.t(22, y + 12 + 7 * i, s, 10)
    p.t(120, y + 58, "JOSEFINA R. ALCANTARA", 10, "Helvetica-Bold")
    p.t(120, y + 63, "Human Resources Manager", 9)
    p.t(22, y + 80, "Not valid without dry seal. Verify at hr.verify@bayanihancs.example", 7.5)
    return p.pdf(), {"employer": "Bayanihan Contact Solutions, Inc.", "employee": "Maricel D. Villanueva",
                     "monthly_income": ["29440.00", "24500.00"], "date": "2026-11-09"}, ()


def en_other_p60():
    p = Page()
    p.t(15, 18, "P60 End of Year Certificate", 14, "Helvetica-Bold")
    p.t(15, 25, "Tax year to 5 April 2026", 10)
    p.t(195, 18, "HM Revenue & Customs", 9, align="r")
    rows = [["Employee's details", ""], ["Surname", "PRENDERGAST"], ["Forenames or initials", "ELLIE M"],
            ["National Insurance number", "QQ 12 34 56 C"], ["Works/payroll number", "00783"]]
    y = p.grid(15, 34, [80, 100], rows, 7, 9, head_fill=(0.9, 0.9, 0.9))
    rows = [["Pay and Income Tax details", "Pay", "Tax deducted"], ["In previous employment(s)", "0.00", "0.00"],
            ["In this employment", "28,410.00", "3,168.00"], ["Total for year", "28,410.00", "3,168.00"],
            ["Final tax code", "1257L", ""]]
    y = p.grid(15, y + 6, [80, 50, 50], rows, 7, 9, aligns=["l", "r", "r"], head_fill=(0.9, 0.9, 0.9))
    rows = [["National Insurance contributions in this employment", "", ""], ["NIC table letter", "A", ""],
            ["Earnings above the PT, up to and including the UEL", "15,840.00", ""],
            ["Employee's contributions due", "1,267.20", ""]]
    y = p.grid(15, y + 6, [110, 35, 35], rows, 7, 9, head_fill=(0.9, 0.9, 0.9))
    p.t(15, y + 10, "Employer: Harbourside Logistics Ltd, Unit 9 Avonmouth Way, Bristol BS11 8DD   "
                    "PAYE reference 120/HB45877", 8.5)
    p.t(15, y + 18, "Certificate by Employer/Paying Office: This form shows your total pay for Income Tax purposes "
                    "in this employment for the year.", 8)
    p.t(15, y + 24, "To the employee: Please keep this certificate in a safe place. You will need it if you have to "
                    "fill in a tax return.", 8)
    return p.pdf(), {}, ()


def en_other_credit_card():
    p = Page((216 * MM, 279 * MM))
    p.t(12, 16, "Meridian Rewards Visa", 14, "Helvetica-Bold", color=(0.3, 0.1, 0.5))
    p.t(12, 22, "Issued by Lakeshore Federal Savings Bank", 8)
    p.t(12, 34, "ANGELA R. MORETTI", 9)
    p.t(12, 39, "1180 W BELMONT AVE APT 3", 9)
    p.t(12, 44, "CHICAGO IL 60657-3321", 9)
    rows = [["Account Summary", ""], ["Previous Balance", "$2,418.77"], ["Payments, Credits", "-$150.00"],
            ["Purchases", "+$386.24"], ["Interest Charged", "+$41.86"], ["New Balance", "$2,696.87"],
            ["Credit Limit", "$3,000.00"], ["Available Credit", "$303.13"]]
    p.grid(110, 30, [55, 39], rows, 6, 8.5, aligns=["l", "r"], head_fill=(0.92, 0.9, 0.96))
    rows = [["Payment Information", ""], ["New Balance", "$2,696.87"], ["Minimum Payment Due", "$81.00"],
            ["Payment Due Date", "11/20/2026"]]
    p.grid(12, 54, [55, 35], rows, 6, 8.5, aligns=["l", "r"], head_fill=(0.92, 0.9, 0.96))
    p.t(12, 86, "Statement Closing Date 10/24/2026      Days in Billing Cycle 31      Account ending in 7731", 8.5)
    head = ["Trans Date", "Post Date", "Description", "Amount"]
    tx = [["09/26", "09/27", "JEWEL-OSCO #3325 CHICAGO IL", "84.16"], ["10/02", "10/03", "PAYMENT - THANK YOU", "-150.00"],
          ["10/05", "10/06", "CVS/PHARMACY #08811 CHICAGO IL", "23.48"], ["10/11", "10/12", "COMED ONLINE PMT", "112.60"],
          ["10/18", "10/19", "SHELL OIL 57442 CHICAGO IL", "46.00"], ["10/21", "10/22", "AMZN MKTP US", "120.00"],
          ["10/24", "10/24", "INTEREST CHARGE ON PURCHASES", "41.86"]]
    p.grid(12, 94, [22, 22, 110, 30], [head] + tx, 6, 8.5, aligns=["l", "l", "l", "r"], head_fill=(0.92, 0.9, 0.96))
    p.t(12, 150, "Late Payment Warning: If we do not receive your minimum payment by the date listed above, you may "
                 "have to pay a late fee of up to $41.", 7.5)
    p.t(12, 155, "Minimum Payment Warning: If you make only the minimum payment each period, you will pay more in "
                 "interest and it will take longer to pay off your balance.", 7.5)
    return p.pdf(), {}, ()


def en_other_loan_offer():
    p = Page()
    p.t(15, 18, "Tasman Finance Limited", 13, "Helvetica-Bold")
    p.t(15, 24, "PO Box 11420, Manners Street, Wellington 6142  |  FSP 400872", 8)
    p.t(15, 40, "Mr Hemi Walker", 9.5)
    p.t(15, 45, "55 Ruahine Street, Palmerston North 4410", 9.5)
    p.t(195, 40, "6 November 2026", 9.5, align="r")
    p.t(15, 58, "Your personal loan offer - you're pre-approved!", 12, "Helvetica-Bold")
    body = ["Dear Hemi,",
            "Good news - based on your recent application you have been pre-approved for a personal loan.",
            "Consolidate your debts into one simple weekly repayment."]
    for i, s in enumerate(body):
        p.t(15, 68 + 6 * i, s, 9.5)
    rows = [["Loan amount", "NZD 15,000.00"], ["Term", "36 months"], ["Annual interest rate (fixed)", "14.95% p.a."],
            ["Establishment fee", "NZD 240.00"], ["Weekly repayment", "NZD 120.84"],
            ["Total amount repayable", "NZD 18,851.04"], ["Offer valid until", "6 December 2026"]]
    y = p.grid(15, 92, [100, 60], rows, 7, 9.5, aligns=["l", "r"])
    p.t(15, y + 10, "This offer is subject to final credit checks and verification of your income and expenses under "
                    "the CCCFA.", 8)
    p.t(15, y + 15, "Accept online at tasmanfinance.example/accept with your offer code TF-88K21.", 8)
    return p.pdf(), {}, ()


# --- phone screens (drawn with Pillow, 1080 px wide) ----------------------------------------------------------------


def _font(size, idx=0):
    return ImageFont.truetype(WQY, size, index=idx)


def zh_stmt_pingan_app():
    W, H = 1080, 2340
    im = Image.new("RGB", (W, H), (245, 245, 247))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 110], fill=(255, 255, 255))
    d.text((40, 30), "10:42", font=_font(40), fill=(0, 0, 0))
    d.text((W - 220, 30), "5G  82%", font=_font(36), fill=(0, 0, 0))
    d.rectangle([0, 110, W, 250], fill=(255, 255, 255))
    d.text((40, 150), "<", font=_font(56), fill=(40, 40, 40))
    d.text((W // 2, 180), "收支明细", font=_font(50), fill=(20, 20, 20), anchor="mm")
    d.rectangle([0, 260, W, 520], fill=(255, 106, 0))
    d.text((50, 290), "平安银行借记卡  尾号7716", font=_font(42), fill=(255, 255, 255))
    d.text((50, 360), "查询时间：2026.10.01-2026.10.31", font=_font(38), fill=(255, 240, 225))
    ent = [("10月31日", "21:16", "消费-美团外卖", D("-36.50")), ("10月28日", "09:02", "转账-房东 陈*", D("-1800.00")),
           ("10月25日", "18:45", "消费-永旺超市", D("-216.30")), ("10月20日", "12:00", "还款-平安信用卡", D("-1500.00")),
           ("10月15日", "10:31", "代发工资-广州泰和医药连锁", D("5620.00")), ("10月11日", "14:22", "消费-中国石化", D("-300.00")),
           ("10月06日", "08:15", "转出-微信零钱", D("-500.00")), ("10月02日", "19:47", "消费-滴滴出行", D("-42.80"))]
    bal = D("1287.43")
    bals = []
    for *_x, a in reversed(ent):
        bal += a
        bals.append(bal)
    bals.reverse()
    cin = sum(a for *_x, a in ent if a > 0)
    cout = -sum(a for *_x, a in ent if a < 0)
    d.text((50, 430), f"支出 ¥{money(cout)}    收入 ¥{money(cin)}", font=_font(40), fill=(255, 255, 255))
    y = 550
    for (day, tm, desc, a), b in zip(ent, bals, strict=True):
        d.rectangle([0, y, W, y + 200], fill=(255, 255, 255))
        d.text((50, y + 30), desc, font=_font(42), fill=(30, 30, 30))
        d.text((50, y + 105), f"{day} {tm}", font=_font(34), fill=(140, 140, 140))
        d.text((W - 50, y + 30), f"{a:+,.2f}", font=_font(46), fill=(230, 80, 0) if a > 0 else (30, 30, 30),
               anchor="ra")
        d.text((W - 50, y + 105), f"余额 {money(b)}", font=_font(34), fill=(140, 140, 140), anchor="ra")
        d.line([50, y + 199, W, y + 199], fill=(230, 230, 230), width=2)
        y += 202
    d.text((W // 2, y + 60), "仅显示近一年交易记录", font=_font(32), fill=(160, 160, 160), anchor="mm")
    return im, {"bank": "平安银行", "account_number": "7716", "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": plain(bals[0])}, ("account_holder",)


def zh_unemp_app_registration():
    W, H = 1080, 2200
    im = Image.new("RGB", (W, H), (243, 246, 250))
    d = ImageDraw.Draw(im)
    d.text((40, 30), "15:08", font=_font(40), fill=(0, 0, 0))
    d.rectangle([0, 110, W, 240], fill=(255, 255, 255))
    d.text((W // 2, 175), "粤省事 · 失业登记", font=_font(48), fill=(20, 20, 20), anchor="mm")
    d.rectangle([0, 240, W, 560], fill=(22, 119, 255))
    d.ellipse([W // 2 - 70, 290, W // 2 + 70, 430], outline=(255, 255, 255), width=8)
    d.line([W // 2 - 35, 360, W // 2 - 5, 390, W // 2 + 40, 330], fill=(255, 255, 255), width=10)
    d.text((W // 2, 490), "办理成功", font=_font(54), fill=(255, 255, 255), anchor="mm")
    rows = [("业务名称", "失业登记"), ("办理结果", "登记成功"), ("姓名", "柯美玲"), ("证件号码", "4406**********2826"),
            ("失业原因", "劳动合同解除"), ("原工作单位", "佛山市顺德区锦程家具有限公司"),
            ("登记机构", "深圳市宝安区公共就业服务中心"), ("登记日期", "2026-10-27"), ("业务流水号", "YSS2610270091538")]
    y = 600
    d.rectangle([30, y, W - 30, y + 100 * len(rows) + 40], fill=(255, 255, 255))
    for k, v in rows:
        d.text((70, y + 40), k, font=_font(38), fill=(120, 120, 120))
        d.text((W - 70, y + 40), v, font=_font(38), fill=(20, 20, 20), anchor="ra")
        y += 100
    y += 90
    d.text((70, y), "温馨提示：请按规定定期到登记机构或通过本平台报告求职情况，", font=_font(32), fill=(140, 140, 140))
    d.text((70, y + 50), "享受公共就业服务。", font=_font(32), fill=(140, 140, 140))
    return im, {"person": "柯美玲", "issuer": "深圳市宝安区公共就业服务中心", "date": "2026-10-27"}, ()


def zh_other_electricity_app():
    W, H = 1080, 2100
    im = Image.new("RGB", (W, H), (240, 248, 246))
    d = ImageDraw.Draw(im)
    d.text((40, 30), "20:51", font=_font(40), fill=(0, 0, 0))
    d.rectangle([0, 110, W, 240], fill=(0, 150, 136))
    d.text((W // 2, 175), "网上国网 · 电费账单", font=_font(48), fill=(255, 255, 255), anchor="mm")
    d.text((50, 280), "户号：0302****7719   户名：严*松", font=_font(38), fill=(40, 40, 40))
    d.text((50, 340), "用电地址：湖南省长沙市雨花区****", font=_font(38), fill=(40, 40, 40))
    d.rectangle([30, 420, W - 30, 760], fill=(255, 255, 255))
    d.text((W // 2, 480), "2026年10月 电费", font=_font(40), fill=(90, 90, 90), anchor="mm")
    d.text((W // 2, 590), "¥186.42", font=_font(96), fill=(0, 120, 110), anchor="mm")
    d.text((W // 2, 700), "用电量 312 度 · 已缴清", font=_font(38), fill=(90, 90, 90), anchor="mm")
    rows = [("第一阶梯电量", "200度 × 0.588"), ("第二阶梯电量", "112度 × 0.638"), ("电费合计", "186.42元"),
            ("账户余额", "13.58元"), ("扣费日期", "2026-11-03")]
    y = 800
    for k, v in rows:
        d.rectangle([30, y, W - 30, y + 110], fill=(255, 255, 255))
        d.text((70, y + 35), k, font=_font(38), fill=(110, 110, 110))
        d.text((W - 70, y + 35), v, font=_font(38), fill=(20, 20, 20), anchor="ra")
        y += 114
    return im, {}, ()


DOCS: dict[str, Doc] = {
    "zh-pay-supermarket-kiosk": Doc("zh", "payslip", ("photo",), "receipt-width kiosk slip, monospaced key/value lines, "
                                    "应发/扣款 sections, 实发工资 large", zh_pay_supermarket_kiosk),
    "zh-pay-dispatch-warehouse": Doc("zh", "payslip", ("photo",), "labour-dispatch agency slip naming the host company "
                                     "(用工单位) beside the paying agency; attendance cycle 09-26 to 10-25; 4-column "
                                     "earnings/deductions grid with a dormitory fee", zh_pay_dispatch_warehouse),
    "zh-pay-internet-hr-pdf": Doc("zh", "payslip", ("text", "scan"), "HR-system PDF: coloured banner, 实发 as the big "
                                  "card figure, 收入项/扣除项 side lists, 本年累计 block", zh_pay_internet_hr_pdf),
    "zh-stmt-citic-detail": Doc("zh", "bank_statement", ("text", "scan"), "中信银行 个人账户交易明细: 收入/支出/余额/"
                                "对方户名/渠道 columns, no closing-balance label, counts and totals line, seal",
                                zh_stmt_citic_detail),
    "zh-stmt-pingan-app": Doc("zh", "bank_statement", ("image",), "平安 app 收支明细 screen: newest first, signed amounts "
                              "with 余额 under each, card tail only", zh_stmt_pingan_app),
    "zh-stmt-cgb-counter": Doc("zh", "bank_statement", ("photo",), "广发银行 counter 对账单 in a monospaced dot-matrix "
                               "style: two months, yyyymmdd dates, signed 交易金额, 期初/期末余额", zh_stmt_cgb_counter),
    "zh-med-community-outpatient": Doc("zh", "medical_bill", ("text", "photo"), "浙江 门诊 e-receipt from a community "
                                       "health centre: item codes, quantities, 大写/小写 total on one row, red print",
                                       zh_med_community_outpatient),
    "zh-med-maternity-inpatient": Doc("zh", "medical_bill", ("scan",), "江西 住院 e-receipt of a maternity hospital: "
                                      "stay dates, two-pair item grid, 预缴/补缴/统筹/个人支付 line",
                                      zh_med_maternity_inpatient),
    "zh-unemp-contract-expiry": Doc("zh", "unemployment_proof", ("photo",), "终止劳动合同证明书 at contract expiry, "
                                    "date in 汉字 numerals, seal over the company name", zh_unemp_contract_expiry),
    "zh-unemp-app-registration": Doc("zh", "unemployment_proof", ("image",), "provincial government app screen: 失业登记 "
                                     "办理成功 with 登记机构 and 登记日期 rows", zh_unemp_app_registration),
    "zh-income-hospital-hr": Doc("zh", "income_proof", ("photo",), "public hospital 人事科 收入证明: six-month average in "
                                 "小写 and 大写, an annual figure in 万元 beside it", zh_income_hospital_hr),
    "zh-other-sz-insured-payment-record": Doc("zh", "other", ("scan",), "社保 参保缴费证明: monthly 缴费基数 rows, employer named",
                                     zh_other_social_insurance),
    "zh-other-credit-report": Doc("zh", "other", ("text",), "个人信用报告 (个人版): account counts, loan balances",
                                  zh_other_credit_report),
    "zh-other-electricity-app": Doc("zh", "other", ("image",), "电力 app 电费账单 screen", zh_other_electricity_app),
    "zh-other-rent-receipt": Doc("zh", "other", ("photo",), "general-purpose 收据 for rent, 大写/小写 amount",
                                 zh_other_rent_receipt),
    "en-pay-sg-itemised": Doc("en", "payslip", ("text", "photo"), "Singapore MOM itemised pay slip: (A)-(E) boxes, "
                              "overtime details, employer CPF distractor", en_pay_sg_itemised),
    "en-pay-ug-nssf": Doc("en", "payslip", ("scan",), "Ugandan monthly payslip in UGX without decimals: PAYE, NSSF, "
                          "Local Service Tax, year-to-date line", en_pay_ug_nssf),
    "en-pay-nz-weekly": Doc("en", "payslip", ("photo",), "NZ weekly payslip on A5: hours x rate, PAYE/KiwiSaver/student "
                            "loan, net to a bank account number", en_pay_nz_weekly),
    "en-stmt-maybank-savings": Doc("en", "bank_statement", ("text", "scan"), "Malaysian bilingual statement: two-digit "
                                   "years, amounts with trailing +/-, BEGINNING/ENDING BALANCE, no printed period start",
                                   en_stmt_maybank_savings),
    "en-stmt-ie-current": Doc("en", "bank_statement", ("photo",), "Irish current account: IBAN and sort code, "
                              "BALANCE FORWARD / BALANCE CARRIED FORWARD rows", en_stmt_ie_current),
    "en-med-my-hospital-final-bill": Doc("en", "medical_bill", ("text",), "Malaysian private hospital FINAL BILL: "
                                         "hospital charges and doctors' fees, deposit and insurer GL deducted",
                                         en_med_my_hospital_final_bill),
    "en-med-ie-ed-charge": Doc("en", "medical_bill", ("photo",), "Irish public hospital statutory ED-charge invoice "
                               "letter, dd/mm/yyyy", en_med_ie_ed_charge),
    "en-unemp-ie-jobseekers": Doc("en", "unemployment_proof", ("scan",), "Irish Jobseeker's Benefit decision letter",
                                  en_unemp_ie_jobseekers),
    "en-unemp-us-ga-separation": Doc("en", "unemployment_proof", ("photo",), "Georgia DOL-800 separation notice: "
                                     "numbered boxes, typewriter entries", en_unemp_us_ga_separation),
    "en-income-ph-coec": Doc("en", "income_proof", ("photo",), "Philippine certificate of employment and compensation, "
                             "'Issued this 9th day of ...'", en_income_ph_coec),
    "en-other-p60": Doc("en", "other", ("text",), "UK P60 end-of-year certificate", en_other_p60),
    "en-other-credit-card": Doc("en", "other", ("scan",), "US credit card statement (new balance, minimum payment, "
                                "credit limit)", en_other_credit_card),
    "en-other-loan-offer": Doc("en", "other", ("text",), "NZ personal loan pre-approval offer letter",
                               en_other_loan_offer),
}


# --------------------------------------------------------------------------------------------------------------------
# Forms


def _raster(pdf: bytes, dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(Path(tmp) / "p")],
                       check=True)
        return Image.open(Path(tmp) / "p.png").convert("RGB")


def _seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def as_scan(pdf: bytes, name: str) -> bytes:
    """An image-only PDF as a flatbed scan at 200 dpi: greyscale, tilted under a degree, speckle and a grey edge."""
    rng = random.Random(_seed(name))
    im = _raster(pdf, 200).convert("L")
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    nrng = np.random.default_rng(_seed(name))
    a = a * 0.93 + 8 + nrng.normal(0, 7, a.shape)
    speck = nrng.random(a.shape) < 0.0008
    a[speck] = 40
    a[:, :12] = 150
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    stamp = time.gmtime(calendar.timegm((2026, 11, 5, 9, 30, 0)))  # a fixed scan date: the same bytes on every run
    out.save(buf, "PDF", resolution=200.0, quality=80, creationDate=stamp, modDate=stamp)
    return buf.getvalue()


def as_photo(src: Image.Image, name: str) -> bytes:
    """A phone photo of the page lying on a desk: perspective, warm uneven light, a hand's shadow, softness."""
    rng = random.Random(_seed(name))
    page = src.convert("RGB")
    if page.width > 1500:
        page = page.resize((1500, round(page.height * 1500 / page.width)), Image.LANCZOS)
    w, h = page.size
    W, H = int(w * 1.22), int(h * 1.18)
    desk = np.zeros((H, W, 3), np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    grain = (np.sin(xx / 23.0 + np.sin(yy / 91.0) * 3) * 9)[..., None]
    desk[:] = np.array([120, 92, 64], np.float32)
    desk += grain
    desk_im = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    # corners of the page in the photo
    mx, my = (W - w) / 2, (H - h) / 2
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    quad = [(mx + j(40) + 30, my + j(30)), (mx + w + j(40) - 25, my + j(30) + 20),
            (mx + w + j(30), my + h + j(30)), (mx + j(30) - 10, my + h + j(30) - 15)]
    coeffs = _perspective(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    desk_im.paste(warped, (0, 0), mask)
    a = np.asarray(desk_im, np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    light = 1.08 - 0.32 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.96, 0.86], np.float32)
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).ellipse([int(W * 0.65), int(H * 0.78), int(W * 1.25), int(H * 1.25)], fill=110)
    sh = np.asarray(sh.filter(ImageFilter.GaussianBlur(60)), np.float32) / 255.0
    a = a * (1 - 0.55 * sh[..., None])
    a += np.random.default_rng(_seed(name)).normal(0, 3.0, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=84)
    return buf.getvalue()


def _perspective(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output points ``dst`` to input points ``src``."""
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for p in src for c in p], np.float64)
    return np.linalg.solve(np.array(m, np.float64), b).tolist()


def _drawn(doc: str):
    out, fields, absent = DOCS[doc].draw()
    return out, fields, absent


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of ``doc`` in ``form``: text → PDF, scan → image-only PDF, photo → JPEG, image → PNG."""
    out, _f, _a = _drawn(doc)
    name = f"{doc}-{form}"
    if isinstance(out, Image.Image):
        if form == "image":
            buf = io.BytesIO()
            out.save(buf, "PNG", optimize=False)
            return buf.getvalue(), "png"
        if form == "photo":
            return as_photo(out, name), "jpg"
        raise ValueError(f"{doc}: a screen has no {form} form")
    if form == "text":
        return out, "pdf"
    if form == "scan":
        return as_scan(out, name), "pdf"
    if form == "photo":
        return as_photo(_raster(out, 150), name), "jpg"
    raise ValueError(f"{doc}: unknown form {form}")


def manifest() -> dict:
    """The manifest: every (document, form) with its truth and the sha256 of what :func:`render` produces."""
    entries = []
    for doc, spec in DOCS.items():
        _out, fields, absent = _drawn(doc)
        for form in spec.forms:
            raw, _ext = render(doc, form)
            entries.append({"id": f"i7-{doc}-{form}", "origin": "generated", "generator": "gen_independent7",
                            "doc": doc, "form": form, "lang": spec.lang, "type": spec.type, "note": spec.note,
                            "fields": fields, "absent": list(absent),
                            "sha256": hashlib.sha256(raw).hexdigest()})
    return {"about": "Independent set 7 (issue 10): generated by bench/thirdparty/gen_independent7.py, labelled from "
                     "the values it prints; judged once, after the wave that never saw it.",
            "documents": entries}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, help="write the manifest here")
    ap.add_argument("--out", type=Path, help="write every entry into this folder as <id>.<ext>")
    args = ap.parse_args()
    if args.manifest:
        args.manifest.write_text(json.dumps(manifest(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, spec in DOCS.items():
            for form in spec.forms:
                raw, ext = render(doc, form)
                (args.out / f"i7-{doc}-{form}.{ext}").write_bytes(raw)


if __name__ == "__main__":
    main()
