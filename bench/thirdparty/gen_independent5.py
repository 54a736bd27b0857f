"""The fifth independently generated judging set (bench/thirdparty/independent5.json): documents drawn as their issuers
print them, from issuers and layouts no earlier set uses, written without reading packet's code or vocabulary.

    python bench/thirdparty/gen_independent5.py OUT_DIR        # every entry of independent5.json into OUT_DIR
    python bench/thirdparty/gen_independent5.py --list          # the documents, their forms and labels (JSON)

Half Chinese, half English. Each document is one function drawing one page with reportlab (Chinese in WenQuanYi Zen
Hei) on a canvas built with ``invariant=1``, so the same code gives the same bytes. The forms a document comes in:

- ``text``: the born-digital PDF itself;
- ``scan``: the page rasterised at 200 dpi, greyscale, turned by up to 1.3 degrees, with paper noise and a grey
  border, wrapped as an image-only PDF (JPEG inside);
- ``photo``: the page rasterised at 150 dpi, pulled into perspective on a desk (a wood-coloured background, the edge
  of a laptop or a pen in frame), lit unevenly with a soft shadow across one side, slightly blurred, saved as JPEG;
- ``image``: a phone screenshot (the page is drawn at a phone's size, 390 x 844 points) rasterised at 3x, PNG.

Every random choice comes from a ``random.Random`` seeded with the CRC-32 of the entry's id. This module imports
nothing from packet: it is the truth the bench scores packet against.
"""

from __future__ import annotations

import io
import json
import math
import random
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", ZH_FONT, subfontIndex=0))
MM = 72 / 25.4
PHONE = (390, 844)


class Page:
    """A reportlab canvas addressed in millimetres from the top-left corner (points for phone-sized pages)."""

    def __init__(self, size, unit=MM):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.u = unit

    def font(self, zh: bool, bold=False, name=None):
        return name or ("WQY" if zh else ("Helvetica-Bold" if bold else "Helvetica"))

    def t(self, x, y, s, size=9, zh=None, bold=False, align="l", color=(0, 0, 0), font=None):
        zh = any(ord(ch) > 0x2E80 for ch in s) if zh is None else zh
        f = self.font(zh, bold, font)
        self.c.setFillColorRGB(*color)
        self.c.setFont(f, size)
        X, Y = x * self.u, self.h - y * self.u
        if align == "r":
            self.c.drawRightString(X, Y, s)
        elif align == "c":
            self.c.drawCentredString(X, Y, s)
        else:
            self.c.drawString(X, Y, s)
        if bold and zh and align == "l":  # WenQuanYi has no bold face: overprint, as office software fakes it
            self.c.drawString(X + 0.3, Y, s)

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0), dash=None):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.setDash(*(dash or ()))
        self.c.line(x0 * self.u, self.h - y0 * self.u, x1 * self.u, self.h - y1 * self.u)
        self.c.setDash()

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), width=0.5, radius=0):
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(width)
        if radius:
            self.c.roundRect(x * self.u, self.h - (y + h) * self.u, w * self.u, h * self.u, radius * self.u,
                             fill=1 if fill else 0, stroke=1 if stroke else 0)
        else:
            self.c.rect(x * self.u, self.h - (y + h) * self.u, w * self.u, h * self.u, fill=1 if fill else 0,
                        stroke=1 if stroke else 0)

    def grid(self, x, y, widths, rows, row_h=7, size=8, aligns=None, head_fill=None, lines=True, pad=1.5):
        """A ruled table: ``rows`` of cell strings, ``widths`` in page units; returns the y below it."""
        aligns = aligns or ["l"] * len(widths)
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            if r == 0 and head_fill:
                self.rect(x, top, total, row_h, fill=head_fill, stroke=None)
            cx = x
            for i, (wd, cell) in enumerate(zip(widths, row, strict=False)):
                a = aligns[i]
                tx = cx + pad if a == "l" else cx + wd - pad if a == "r" else cx + wd / 2
                self.t(tx, top + row_h * 0.68, cell, size=size, align=a)
                cx += wd
            if lines:
                self.line(x, top, x + total, top, 0.4)
        if lines:
            bottom = y + len(rows) * row_h
            self.line(x, bottom, x + total, bottom, 0.4)
            cx = x
            for wd in [0] + list(widths):
                cx += wd
                self.line(cx, y, cx, bottom, 0.4)
        return y + len(rows) * row_h

    def stamp(self, x, y, r, ring, centre="★", color=(0.85, 0.1, 0.1), oval=False):
        """A red company seal: a circle (or an oval for a bank's 业务专用章), its name round the top."""
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.8)
        c.setStrokeAlpha(0.8)
        c.setLineWidth(1.6)
        X, Y, R = x * self.u, self.h - y * self.u, r * self.u
        if oval:
            c.ellipse(X - R * 1.35, Y - R * 0.9, X + R * 1.35, Y + R * 0.9)
        else:
            c.circle(X, Y, R)
        c.setFont("WQY", R * 0.28)
        n = len(ring)
        span = 220 if not oval else 160
        for i, ch in enumerate(ring):
            ang = math.radians(90 + span / 2 - span * i / max(n - 1, 1))
            rr = R * (0.78 if not oval else 0.7)
            px, py = X + rr * math.cos(ang) * (1.35 if oval else 1), Y + rr * math.sin(ang) * (0.9 if oval else 1)
            c.saveState()
            c.translate(px, py)
            c.rotate(math.degrees(ang) - 90)
            c.drawCentredString(0, -R * 0.1, ch)
            c.restoreState()
        c.setFont("WQY", R * 0.45 if centre == "★" else R * 0.22)
        c.drawCentredString(X, Y - R * 0.15, centre)
        c.restoreState()

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def money(v: str, sym="") -> str:
    whole, frac = v.split(".")
    return f"{sym}{int(whole):,}.{frac}"


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------------------------------

def zh_school_pay_row(p: Page):
    p.t(148, 16, "临川市第十七中学 2026年10月 教职工工资发放表（个人）", 14, align="c")
    p.t(14, 26, "单位：临川市第十七中学（财务室）", 9)
    p.t(282, 26, "金额单位：元   打印日期：2026-10-28", 9, align="r")
    heads = ["序号", "姓名", "岗位工资", "薪级工资", "基础绩效", "奖励绩效", "班主任津贴", "乡镇补贴", "应发合计",
             "住房公积金", "养老保险", "职业年金", "医疗保险", "失业保险", "个人所得税", "扣款合计", "实发金额",
             "签字"]
    row = ["23", "彭晓岚", "2,980.00", "1,426.00", "1,850.00", "620.00", "400.00", "300.00", "7,576.00",
           "909.00", "606.08", "303.04", "151.52", "37.88", "41.06", "2,048.58", "5,527.42", ""]
    widths = [9, 15, 16, 16, 16, 16, 17, 15, 17, 17, 16, 16, 16, 15, 17, 16, 17, 14]
    p.grid(8, 32, widths, [heads, row], row_h=10, size=6.6,
           aligns=["c", "c"] + ["r"] * 15 + ["c"], head_fill=(0.92, 0.92, 0.92))
    p.t(14, 62, "说明：本表由学校财务室根据县教育局核定工资数据编制，如有疑问请于发放后5个工作日内到财务室核对。", 8)
    p.t(14, 70, "制表：周敏          审核：何立新          校长：邓学文", 9)
    p.stamp(250, 72, 13, "临川市第十七中学", "财务专用章")


def zh_site_roster(p: Page):
    p.t(148, 15, "农民工工资发放表", 16, align="c")
    p.t(10, 25, "工程名称：滨江新城B区7#、8#楼及地下室工程", 9)
    p.t(160, 25, "施工总承包单位：中恒建工集团有限公司", 9)
    p.t(10, 32, "劳务分包单位：湘达劳务有限公司       班组：钢筋班（班组长 龙建国）", 9)
    p.t(160, 32, "工资所属期：2026年10月1日至2026年10月31日", 9)
    heads = ["序号", "姓名", "身份证号码", "工种", "出勤(天)", "日工资", "应发工资", "代扣款项", "实发工资",
             "工资卡号（银行）", "本人签字", "按手印"]
    widths = [10, 16, 40, 14, 14, 14, 20, 18, 20, 50, 24, 20]
    rows = [heads,
            ["14", "石永贵", "43312419820306****", "钢筋工", "27", "330.00", "8,910.00", "150.00", "8,760.00",
             "6217 **** **** 3358 建设银行", "", ""]]
    y = p.grid(10, 38, widths, rows, row_h=11, size=7.4, aligns=["c", "c", "c", "c", "r", "r", "r", "r", "r", "l",
                                                                 "c", "c"])
    p.t(10, y + 8, "代扣款项：工地食堂伙食费预支。工资由总承包单位农民工工资专用账户代发至本人工资卡。", 8)
    p.t(10, y + 16, "劳务员：谢红梅        项目经理：欧阳斌        监理签认：", 9)
    p.t(200, y + 16, "公示日期：2026年11月3日", 9)
    p.stamp(150, y + 26, 12, "湘达劳务有限公司", "工资专用章")


def zh_bank_staff_slip(p: Page):
    p.t(105, 18, "浙江安澜农村商业银行股份有限公司", 13, align="c")
    p.t(105, 26, "员工薪酬明细单", 12, align="c")
    p.t(16, 38, "薪酬月份：2026年10月", 9)
    p.t(110, 38, "机构：城西支行营业部", 9)
    p.t(16, 45, "员工姓名：褚慧敏", 9)
    p.t(110, 45, "员工号：A07715", 9)
    p.t(16, 52, "发放账号：201000****6620（本行借记卡）", 9)
    left = [["收入项目", "金额"], ["基本薪酬", "4,600.00"], ["岗位等级薪酬", "2,100.00"], ["绩效薪酬（月度）", "3,250.00"],
            ["存款揽储奖励", "1,180.00"], ["交通及通讯补贴", "450.00"], ["收入合计", "11,580.00"]]
    right = [["扣减项目", "金额"], ["养老保险", "768.00"], ["医疗保险", "192.00"], ["失业保险", "48.00"],
             ["住房公积金", "1,152.00"], ["企业年金（个人）", "384.00"], ["个人所得税", "218.72"],
             ["扣减合计", "2,762.72"]]
    p.grid(16, 60, [52, 38], left, row_h=8, size=8.5, aligns=["l", "r"], head_fill=(0.9, 0.9, 0.9))
    p.grid(110, 60, [50, 36], right, row_h=8, size=8.5, aligns=["l", "r"], head_fill=(0.9, 0.9, 0.9))
    p.rect(16, 132, 180, 12, stroke=(0, 0, 0))
    p.t(20, 140, "本月实得薪酬（收入合计－扣减合计）：", 10)
    p.t(192, 140, "8,817.28", 11, align="r")
    p.t(16, 154, "温馨提示：薪酬信息属个人隐私，请妥善保管。如有疑问请联系人力资源部薪酬岗 0571-8660 2317。", 7.5)
    p.t(196, 165, "人力资源部  2026年11月5日", 9, align="r")


def zh_dingtalk_pay(p: Page):
    W = PHONE[0]
    p.rect(0, 0, W, 44, fill=(0.97, 0.97, 0.97), stroke=None)
    p.t(20, 18, "10:42", 12, bold=True)
    p.t(370, 18, "5G  78%", 10, align="r")
    p.t(20, 36, "〈", 14)
    p.t(W / 2, 36, "工资条", 14, align="c")
    p.rect(16, 60, W - 32, 130, fill=(0.2, 0.45, 0.95), stroke=None, radius=8)
    p.t(32, 84, "杭州蓝芯网络科技有限公司", 11, color=(1, 1, 1))
    p.t(32, 104, "2026年10月工资条", 10, color=(0.9, 0.93, 1))
    p.t(32, 132, "实发工资（元）", 10, color=(0.9, 0.93, 1))
    p.t(32, 168, "7,832.50", 26, color=(1, 1, 1), font="Helvetica-Bold")
    p.t(32, 214, "姓名  蒋嘉怡        部门  前端开发组", 10, color=(0.35, 0.35, 0.35))
    items = [("基本工资", "6,500.00"), ("岗位津贴", "1,200.00"), ("绩效奖金", "1,500.00"), ("加班费", "400.00"),
             ("应发合计", "9,600.00"), ("养老保险(个人)", "-768.00"), ("医疗保险(个人)", "-194.00"),
             ("失业保险(个人)", "-48.00"), ("住房公积金(个人)", "-720.00"), ("个人所得税", "-37.50"),
             ("扣款合计", "-1,767.50")]
    y = 240
    for name, val in items:
        p.line(16, y, W - 16, y, 0.3, (0.88, 0.88, 0.88))
        bold = name in ("应发合计", "扣款合计")
        p.t(24, y + 26, name, 11, color=(0.2, 0.2, 0.2) if bold else (0.4, 0.4, 0.4))
        p.t(W - 24, y + 26, val, 12, align="r", font="Helvetica-Bold" if bold else "Helvetica")
        y += 40
    p.rect(16, y + 20, W - 32, 44, fill=(0.2, 0.45, 0.95), stroke=None, radius=22)
    p.t(W / 2, y + 48, "确认无误", 13, align="c", color=(1, 1, 1))
    p.t(W / 2, y + 90, "对工资有疑问？联系 HR 徐婧", 10, align="c", color=(0.2, 0.45, 0.95))


def zh_rider_income(p: Page):
    W = PHONE[0]
    p.t(20, 18, "21:07", 12, bold=True)
    p.t(370, 18, "4G  41%", 10, align="r")
    p.t(20, 40, "〈", 14)
    p.t(W / 2, 40, "收入明细", 14, align="c")
    p.t(W - 20, 40, "账单", 11, align="r", color=(0.4, 0.4, 0.4))
    p.rect(0, 52, W, 150, fill=(1.0, 0.82, 0.2), stroke=None)
    p.t(24, 78, "2026年10月  ▾", 12)
    p.t(24, 104, "本月实际到账(元)", 10, color=(0.3, 0.3, 0.3))
    p.t(24, 142, "6,418.60", 30, font="Helvetica-Bold")
    p.t(24, 176, "骑手：冉小东    ID 88031275    站点：成都武侯簇桥站", 10, color=(0.25, 0.25, 0.25))
    p.t(24, 194, "结算主体：成都速达骑士人力资源服务有限公司", 9, color=(0.25, 0.25, 0.25))
    rows = [("配送收入（1,186单）", "6,524.00"), ("恶劣天气补贴", "186.00"), ("冲单奖励", "420.00"),
            ("好评奖励", "35.00"), ("收入合计", "7,165.00"), ("骑手意外险", "-90.00"), ("装备租金", "-45.00"),
            ("超时/差评扣款", "-68.40"), ("平台服务费", "-150.00"), ("劳务报酬个税代扣", "-393.00"),
            ("扣款合计", "-746.40")]
    y = 222
    for name, val in rows:
        p.t(24, y + 20, name, 11, color=(0.15, 0.15, 0.15))
        p.t(W - 24, y + 20, val, 12, align="r")
        p.line(24, y + 32, W - 24, y + 32, 0.3, (0.9, 0.9, 0.9))
        y += 38
    p.t(24, y + 30, "收入每周二结算，到账时间以银行为准。", 9, color=(0.55, 0.55, 0.55))


def zh_stmt_cmb(p: Page):
    p.t(14, 16, "招商银行", 16, color=(0.75, 0.05, 0.1))
    p.t(14, 22, "CHINA MERCHANTS BANK", 7, color=(0.75, 0.05, 0.1))
    p.t(105, 32, "招商银行交易流水", 14, align="c")
    p.t(105, 38, "Transaction Statement of China Merchants Bank", 8, align="c")
    p.t(14, 48, "2026-10-01 -- 2026-10-31", 9)
    p.t(14, 55, "户    名：邵雨桐", 9)
    p.t(110, 55, "账号：6214 8302 1177 4409", 9)
    p.t(14, 61, "账户类型：一卡通（储蓄账户）", 9)
    p.t(110, 61, "开 户 行：招商银行成都分行营业部", 9)
    p.t(14, 67, "申请时间：2026-11-02 09:31:17", 9)
    p.t(110, 67, "验 证 码：Q7H2K9MD", 9)
    heads = ["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息"]
    txs = [("2026-10-01", "", "", "3,206.45", "", ""),
           ("2026-10-03", "人民币", "-52.80", "3,153.65", "快捷支付", "美团支付 成都丰味餐饮"),
           ("2026-10-08", "人民币", "-1,850.00", "1,303.65", "转账汇款", "刘桂芳 6217****2201"),
           ("2026-10-10", "人民币", "8,214.30", "9,517.95", "代发工资", "成都锦宏物流有限公司"),
           ("2026-10-12", "人民币", "-2,300.00", "7,217.95", "个贷还款", "个人消费贷款"),
           ("2026-10-15", "人民币", "-168.00", "7,049.95", "缴费", "国网四川省电力公司"),
           ("2026-10-19", "人民币", "-436.27", "6,613.68", "网联付款", "京东支付 京东商城"),
           ("2026-10-21", "人民币", "0.88", "6,614.56", "账户结息", ""),
           ("2026-10-24", "人民币", "-3,000.00", "3,614.56", "ATM取款", "招商银行成都分行"),
           ("2026-10-29", "人民币", "-125.50", "3,489.06", "快捷支付", "支付宝 成都三号线药房")]
    rows = [heads] + [list(t) for t in txs[1:]]
    y = p.grid(14, 74, [24, 14, 24, 24, 26, 70], rows, row_h=7.5, size=7.8,
               aligns=["l", "l", "r", "r", "l", "l"], head_fill=(0.93, 0.93, 0.93), lines=False)
    p.line(14, 74, 196, 74, 0.8)
    p.line(14, 81.5, 196, 81.5, 0.4)
    p.line(14, y, 196, y, 0.8)
    p.t(14, y + 8, "合计收入：8,215.18          合计支出：7,932.57          期末余额：3,489.06", 8.5)
    p.t(14, y + 18, "温馨提示：本流水可通过招商银行App“扫一扫”扫描二维码或登录官网输入验证码验证真伪。", 7.5)
    p.stamp(165, y + 30, 11, "招商银行股份有限公司", "电子回单专用章", oval=True)
    p.t(105, 285, "第 1 页 / 共 1 页", 8, align="c")


def zh_stmt_bocom(p: Page):
    p.t(148, 14, "交通银行个人账户交易明细", 15, align="c")
    p.t(10, 24, "客户姓名：韦德山", 9)
    p.t(80, 24, "账号/卡号：6222 6007 3100 2854 417", 9)
    p.t(170, 24, "币种：人民币", 9)
    p.t(10, 31, "查询起日：20260901", 9)
    p.t(80, 31, "查询止日：20261031", 9)
    p.t(170, 31, "打印日期：20261103", 9)
    heads = ["序号", "交易日期", "交易时间", "摘要", "借/贷", "交易金额", "余额", "对方户名", "对方账号", "交易渠道",
             "交易网点"]
    data = [("20260902", "08:15:22", "代发", "贷", "6,740.00", "9,102.37", "广西北部湾港务物流有限公司", "2010****0093", "批量", "南宁分行"),
            ("20260905", "19:40:03", "消费", "借", "289.00", "8,813.37", "华润万家南宁店", "", "POS", ""),
            ("20260911", "10:02:45", "转账支出", "借", "2,000.00", "6,813.37", "韦秀兰", "6228****5517", "手机银行", ""),
            ("20260920", "07:31:10", "还款", "借", "2,650.00", "4,163.37", "房贷还款", "", "批量", ""),
            ("20260921", "02:00:00", "结息", "贷", "3.12", "4,166.49", "", "", "批量", ""),
            ("20260926", "12:44:51", "取现", "借", "1,000.00", "3,166.49", "", "", "ATM", "民族大道支行"),
            ("20261009", "08:12:40", "代发", "贷", "6,740.00", "9,906.49", "广西北部湾港务物流有限公司", "2010****0093", "批量", "南宁分行"),
            ("20261013", "21:05:16", "快捷支付", "借", "1,126.40", "8,780.09", "财付通-拼多多", "", "网络", ""),
            ("20261020", "07:30:55", "还款", "借", "2,650.00", "6,130.09", "房贷还款", "", "批量", ""),
            ("20261027", "16:20:30", "转账支出", "借", "1,500.00", "4,630.09", "韦秀兰", "6228****5517", "手机银行", ""),
            ("20261030", "18:02:07", "消费", "借", "212.65", "4,417.44", "南宁市第一人民医院", "", "POS", "")]
    rows = [heads] + [[str(i + 1), *d] for i, d in enumerate(data)]
    y = p.grid(10, 38, [10, 20, 18, 20, 11, 22, 22, 56, 26, 20, 26], rows, row_h=7.5, size=7.3,
               aligns=["c", "c", "c", "c", "c", "r", "r", "l", "c", "c", "c"], head_fill=(0.9, 0.93, 0.97))
    p.t(10, y + 8, "本页借方合计：11,428.05    贷方合计：13,483.12    笔数：11", 8.5)
    p.t(10, y + 16, "说明：本明细仅供参考，交易信息以本行系统记录为准。", 8)
    p.stamp(240, y + 14, 12, "交通银行南宁民族大道支行", "业务专用章", oval=True)
    p.t(148, 200, "第1页 共1页", 8, align="c")


def zh_stmt_cib(p: Page):
    p.t(105, 18, "兴业银行账户交易明细清单", 15, align="c")
    p.t(14, 30, "账户名称：聂婉清", 9)
    p.t(110, 30, "账    号：622909 ******** 6135", 9)
    p.t(14, 37, "开户机构：兴业银行厦门湖里支行", 9)
    p.t(110, 37, "币    种：人民币  钞汇标志：钞", 9)
    p.t(14, 44, "起止日期：2026年10月01日 至 2026年10月31日", 9)
    p.t(110, 44, "期初余额：12,870.16", 9)
    heads = ["交易日期", "摘要", "支出", "存入", "账户余额", "对方信息", "渠道"]
    data = [("2026/10/02", "网上支付", "399.00", "", "12,471.16", "支付宝-饿了么", "网上银行"),
            ("2026/10/06", "跨行转出", "5,000.00", "", "7,471.16", "聂国强 中国农业银行", "手机银行"),
            ("2026/10/10", "工资", "", "7,905.33", "15,376.49", "厦门鹭岛会展服务有限公司", "批量代发"),
            ("2026/10/14", "信用卡还款", "3,628.40", "", "11,748.09", "兴业信用卡", "自动"),
            ("2026/10/18", "消费", "1,560.00", "", "10,188.09", "厦门大学附属中山医院", "POS"),
            ("2026/10/25", "转入", "", "800.00", "10,988.09", "聂国强", "手机银行"),
            ("2026/10/28", "基金申购", "2,000.00", "", "8,988.09", "兴全货币基金", "手机银行")]
    rows = [heads] + [list(d) for d in data]
    y = p.grid(14, 52, [22, 20, 20, 20, 24, 54, 22], rows, row_h=8, size=7.8,
               aligns=["c", "l", "r", "r", "r", "l", "c"], head_fill=(0.85, 0.9, 0.97))
    p.t(14, y + 8, "支出笔数：5  支出金额：12,587.40   存入笔数：2  存入金额：8,705.33", 8.5)
    p.t(14, y + 15, "期末余额：8,988.09", 9)
    p.t(14, y + 26, "本清单经柜面打印，加盖业务专用章后有效。打印柜员：K2371   打印时间：2026-11-04 14:26", 8)
    p.stamp(160, y + 26, 11, "兴业银行厦门湖里支行", "业务专用章", oval=True)


def zh_stmt_village(p: Page):
    p.t(105, 18, "宁乡沩水村镇银行 个人存款对账单", 14, align="c")
    p.t(14, 30, "客户名称：易春华", 9)
    p.t(90, 30, "存款账号：8802 0100 0456 7793", 9)
    p.t(14, 37, "对账期间：2026.10.01—2026.10.31", 9)
    p.t(90, 37, "产品：活期储蓄", 9)
    heads = ["日期", "凭证/流水号", "摘要", "发生额", "余额", "操作员"]
    data = [("2026.10.01", "", "上期结转", "", "1,842.55", ""),
            ("2026.10.05", "00271843", "新农合代缴", "-380.00", "1,462.55", "0107"),
            ("2026.10.12", "00280411", "现金存入", "+2,500.00", "3,962.55", "0103"),
            ("2026.10.16", "00283390", "转账转出", "-1,200.00", "2,762.55", "0107"),
            ("2026.10.20", "00285102", "粮食直补", "+615.40", "3,377.95", "9999"),
            ("2026.10.27", "00291877", "取款", "-900.00", "2,477.95", "0103"),
            ("2026.10.31", "", "本期合计", "", "2,477.95", "")]
    rows = [heads] + [list(d) for d in data]
    y = p.grid(14, 44, [24, 28, 32, 28, 28, 20], rows, row_h=8, size=8, aligns=["c", "c", "l", "r", "r", "c"])
    p.t(14, y + 9, "如对账单与您的记录不符，请于收到后十五日内到开户网点查询。", 8)
    p.t(14, y + 17, "网点：沩水村镇银行城郊支行    电话：0731-8781 2206", 8)
    p.stamp(150, y + 14, 11, "宁乡沩水村镇银行", "业务专用章", oval=True)


def zh_income_proof(p: Page):
    p.t(105, 28, "收 入 证 明", 18, align="c")
    p.t(20, 46, "兹证明", 11)
    body = [
        ("姓名", "黎佩珊", "性别", "女"),
        ("身份证号", "44010619880917****", "入职时间", "2019年3月"),
        ("所在部门", "客户服务中心", "职务", "客服主管"),
        ("月均收入（税前）", "人民币 9,300.00 元", "大写", "玖仟叁佰元整"),
    ]
    y = 52
    for k1, v1, k2, v2 in body:
        p.rect(20, y, 170, 11)
        p.line(56, y, 56, y + 11)
        p.line(110, y, 110, y + 11)
        p.line(136, y, 136, y + 11)
        p.t(22, y + 7.5, k1, 9.5)
        p.t(58, y + 7.5, v1, 9.5)
        p.t(112, y + 7.5, k2, 9.5)
        p.t(138, y + 7.5, v2, 9.5)
        y += 11
    p.t(20, y + 12, "系我单位正式员工，以上收入含基本工资、岗位津贴及绩效奖金，为最近十二个月平均数。", 10.5)
    p.t(20, y + 20, "特此证明。本证明仅用于向贷款机构说明收入情况，不作其他用途。", 10.5)
    p.t(20, y + 34, "单位联系人：钟志远    联系电话：020-3862 1145", 10)
    p.t(185, y + 58, "广州粤信通电子商务有限公司", 11, align="r")
    p.t(185, y + 68, "2026年11月9日", 11, align="r")
    p.stamp(160, y + 58, 15, "广州粤信通电子商务有限公司", "人事专用章")


def zh_termination(p: Page):
    p.t(105, 30, "解除劳动合同证明书", 17, align="c")
    p.t(170, 42, "编号：RS-2026-0418", 9, align="r")
    lines = [
        "甘立伟同志（身份证号码：51010719850211****）：",
        "    你于2021年6月1日与本单位订立劳动合同，合同期限至2027年5月31日，在本单位担任",
        "机加工车间数控操作工。因本单位生产经营发生严重困难，依据《中华人民共和国劳动合同法》",
        "第四十一条之规定，经依法定程序，双方劳动合同于2026年9月30日解除。",
        "    本单位已依法支付经济补偿金，社会保险缴至2026年9月。",
        "    特此证明。",
    ]
    y = 56
    for s in lines:
        p.t(22, y, s, 11)
        y += 10
    p.t(22, y + 10, "本证明一式两份，单位与劳动者各执一份，劳动者可凭此办理失业登记。", 10)
    p.t(180, y + 40, "成都川锐精密机械有限公司（盖章）", 11, align="r")
    p.t(180, y + 50, "2026年9月30日", 11, align="r")
    p.stamp(150, y + 40, 15, "成都川锐精密机械有限公司", "★")
    p.line(22, y + 72, 188, y + 72, 0.4, dash=(3, 2))
    p.t(22, y + 82, "劳动者签收：甘立伟     签收日期：2026年9月30日", 10)


def zh_unemp_registration(p: Page):
    p.rect(12, 12, 186, 150, width=1.4)
    p.t(105, 30, "失业登记证明", 17, align="c")
    p.t(105, 38, "（城镇失业人员）", 10, align="c")
    rows = [["姓    名", "阮秋菊", "性别", "女", "出生年月", "1991.04"],
            ["公民身份号码", "45030519910423****", "", "", "文化程度", "大专"],
            ["户籍所在地", "桂林市七星区", "", "", "失业前单位", "桂林漓韵旅游服务有限公司"],
            ["失业登记日期", "2026年10月14日", "", "", "登记编号", "GL450305-2610-0773"]]
    y = 46
    for r in rows:
        p.rect(20, y, 170, 12)
        p.t(22, y + 8, r[0], 9)
        p.t(48, y + 8, r[1], 9)
        if r[2]:
            p.t(86, y + 8, r[2], 9)
            p.t(98, y + 8, r[3], 9)
        p.t(112, y + 8, r[4], 9)
        p.t(132, y + 8, r[5], 8.5 if len(r[5]) > 10 else 9)
        y += 12
    p.t(20, y + 12, "经审核，该同志符合失业登记条件，已在本机构办理失业登记，特此证明。", 10)
    p.t(20, y + 20, "本证明有效期六个月，可用于申领失业保险金及享受就业创业扶持政策。", 10)
    p.t(185, y + 44, "桂林市七星区公共就业服务中心", 11, align="r")
    p.t(185, y + 54, "2026年10月14日", 11, align="r")
    p.stamp(160, y + 44, 15, "桂林市七星区公共就业服务中心", "★")


def zh_outpatient_ebill(p: Page):
    p.rect(8, 8, 194, 132, width=0.8, stroke=(0.55, 0.25, 0.15))
    p.t(105, 20, "广东省医疗收费票据（电子）", 15, align="c", color=(0.55, 0.25, 0.15))
    p.t(105, 27, "（门诊）", 10, align="c", color=(0.55, 0.25, 0.15))
    p.t(14, 36, "票据代码：44060126", 8.5)
    p.t(14, 42, "交款人统一社会信用代码：", 8.5)
    p.t(14, 48, "交款人：骆嘉明", 8.5)
    p.t(150, 36, "票据号码：0183372941", 8.5)
    p.t(150, 42, "校 验 码：a8c3f1", 8.5)
    p.t(150, 48, "开票日期：2026-10-17", 8.5)
    heads = ["项目名称", "数量/单位", "金额(元)", "备注", "项目名称", "数量/单位", "金额(元)", "备注"]
    rows = [heads, ["西药费", "1", "186.42", "", "检查费", "1", "240.00", ""],
            ["化验费", "1", "97.50", "", "治疗费", "1", "65.00", ""],
            ["挂号费", "1", "12.00", "", "卫生材料费", "1", "18.60", ""]]
    p.grid(14, 52, [30, 18, 22, 18, 30, 18, 22, 24], rows, row_h=8, size=8,
           aligns=["c", "c", "r", "c", "c", "c", "r", "c"])
    p.grid(14, 84, [70, 112], [["金额合计（大写）", "陆佰壹拾玖元伍角贰分            （小写）619.52"]], row_h=8, size=8.5)
    p.grid(14, 92, [182], [["业务流水号：20261017M0451   门诊号：MZ2610170392   就诊日期：20261017   "
                           "医保类型：职工医保  医保统筹基金支付：212.30  个人账户支付：180.00  个人现金支付：227.22"]],
           row_h=12, size=6.8)
    p.t(14, 116, "收款单位（章）：佛山市南海区人民医院", 9)
    p.t(110, 116, "复核人：冯珊      收款人：自助机07", 9)
    p.stamp(60, 122, 12, "佛山市南海区人民医院", "财务专用章")
    p.t(14, 134, "本票据可登录 广东省财政电子票据查验平台 输入票据代码、号码、校验码查验真伪", 7.5,
        color=(0.4, 0.4, 0.4))


def zh_inpatient_settle(p: Page):
    p.t(105, 16, "湖南省直中医医院 住院费用结算清单", 14, align="c")
    p.t(14, 27, "住院号：ZY2026090215", 9)
    p.t(80, 27, "姓名：覃满秀", 9)
    p.t(130, 27, "性别：女  年龄：63岁", 9)
    p.t(14, 34, "科室：脑病科二病区  床号：17", 9)
    p.t(80, 34, "入院日期：2026-09-21", 9)
    p.t(140, 34, "出院日期：2026-10-09", 9)
    p.t(14, 41, "医保类别：城乡居民医保", 9)
    p.t(80, 41, "住院天数：18天", 9)
    p.t(140, 41, "结算日期：2026-10-09", 9)
    heads = ["费用类别", "金额", "甲类", "乙类", "自费", "费用类别", "金额"]
    rows = [heads, ["床位费", "900.00", "900.00", "", "", "中成药费", "1,342.60"],
            ["护理费", "756.00", "756.00", "", "", "中草药费", "2,186.40"],
            ["西药费", "3,905.18", "2,100.00", "1,620.18", "185.00", "检查费", "2,460.00"],
            ["治疗费", "3,218.00", "2,980.00", "238.00", "", "化验费", "1,577.50"],
            ["卫生材料费", "612.32", "", "540.32", "72.00", "诊查费", "360.00"]]
    y = p.grid(14, 47, [26, 24, 22, 22, 20, 26, 42], rows, row_h=8, size=8,
               aligns=["c", "r", "r", "r", "r", "c", "r"], head_fill=(0.92, 0.92, 0.92))
    summary = [["医疗费用总额", "17,318.00", "统筹基金支付", "11,026.34"],
               ["大病保险支付", "1,210.00", "医疗救助", "0.00"],
               ["预交金", "5,000.00", "个人自付", "5,081.66"],
               ["应退(补)金额", "补 81.66", "", ""]]
    y = p.grid(14, y + 4, [40, 51, 40, 51], summary, row_h=8, size=8.5, aligns=["l", "r", "l", "r"])
    p.t(14, y + 10, "结算员：0215 杨卉        打印时间：2026-10-09 16:48:02", 8.5)
    p.stamp(160, y + 10, 12, "湖南省直中医医院", "住院结算专用章")


def zh_pharmacy_receipt(p: Page):
    W = 80
    p.t(W / 2, 10, "老百姓大药房", 12, align="c")
    p.t(W / 2, 16, "（长沙芙蓉中路店）", 8, align="c")
    p.t(4, 24, "小票号：0307-261022-0118", 7)
    p.t(4, 29, "日期：2026-10-22 19:36:41", 7)
    p.t(4, 34, "收银员：027 唐", 7)
    p.line(4, 37, W - 4, 37, 0.4, dash=(2, 1))
    p.t(4, 42, "品名/规格", 7)
    p.t(52, 42, "数量", 7, align="r")
    p.t(W - 4, 42, "金额", 7, align="r")
    items = [("阿莫西林胶囊 0.25g*24粒", "2", "31.60"), ("布洛芬缓释胶囊 0.3g*20", "1", "22.80"),
             ("复方甘草片 100片", "1", "9.50"), ("医用外科口罩 10只", "2", "13.00"),
             ("蒲地蓝消炎口服液 10ml*12", "1", "46.00")]
    y = 48
    for name, q, amt in items:
        p.t(4, y, name, 7)
        p.t(52, y, q, 7, align="r")
        p.t(W - 4, y, amt, 7, align="r")
        y += 5
    p.line(4, y, W - 4, y, 0.4, dash=(2, 1))
    p.t(4, y + 5, "合计件数：7", 7.5)
    p.t(4, y + 11, "应收金额：", 8)
    p.t(W - 4, y + 11, "122.90", 8, align="r")
    p.t(4, y + 16, "医保个账支付：", 7.5)
    p.t(W - 4, y + 16, "100.00", 7.5, align="r")
    p.t(4, y + 21, "微信支付：", 7.5)
    p.t(W - 4, y + 21, "22.90", 7.5, align="r")
    p.line(4, y + 24, W - 4, y + 24, 0.4, dash=(2, 1))
    p.t(W / 2, y + 30, "处方药凭处方购买 谨遵医嘱", 7, align="c")
    p.t(W / 2, y + 35, "会员：138****6072 本次积分 122", 7, align="c")
    p.t(W / 2, y + 40, "服务热线 400-0731-180", 7, align="c")


def zh_tax_record(p: Page):
    p.t(105, 18, "个人所得税纳税记录", 15, align="c")
    p.t(105, 25, "（收入纳税明细）", 9, align="c")
    p.t(14, 36, "纳税人名称：汤明哲", 9)
    p.t(110, 36, "纳税人识别号：330106********2517", 9)
    p.t(14, 43, "查询期间：2026年01月至2026年10月", 9)
    p.t(110, 43, "开具日期：2026年11月06日", 9)
    heads = ["所得项目", "所得期间", "扣缴义务人", "收入", "已申报税额"]
    rows = [heads] + [["工资薪金", f"2026-{m:02d}", "杭州恒禾供应链管理有限公司", "11,200.00", "176.00"]
                      for m in range(5, 11)]
    y = p.grid(14, 50, [24, 22, 76, 30, 30], rows, row_h=8, size=8, aligns=["c", "c", "l", "r", "r"],
               head_fill=(0.9, 0.9, 0.9))
    p.t(14, y + 8, "合计：收入 67,200.00 元，已申报税额 1,056.00 元。", 9)
    p.t(14, y + 18, "本记录仅反映扣缴义务人和纳税人申报情况，可通过个人所得税App扫码验证。", 8)
    p.t(14, y + 25, "验证码：5B9E-27KD-04QX", 8)
    p.stamp(160, y + 20, 12, "国家税务总局杭州市税务局", "纳税记录专用章")


def zh_social_insurance(p: Page):
    p.t(105, 18, "个人参保缴费证明", 15, align="c")
    p.t(14, 30, "姓名：侯晓琳   社会保障号码：3702**********4428   参保单位：青岛海纳云仓储有限公司", 8.5)
    p.t(14, 37, "参保状态：正常参保   首次参保日期：2015-07   打印日期：2026-11-05", 8.5)
    heads = ["费款所属期", "险种", "缴费基数", "单位缴费", "个人缴费", "缴费状态"]
    rows = [heads]
    for m in (8, 9, 10):
        rows += [[f"2026{m:02d}", "企业职工基本养老保险", "6,500.00", "1,040.00", "520.00", "已实缴"],
                 [f"2026{m:02d}", "失业保险", "6,500.00", "45.50", "19.50", "已实缴"],
                 [f"2026{m:02d}", "职工基本医疗保险", "6,500.00", "487.50", "130.00", "已实缴"]]
    y = p.grid(14, 44, [24, 46, 26, 26, 26, 22], rows, row_h=7.5, size=7.8, aligns=["c", "l", "r", "r", "r", "c"])
    p.t(14, y + 9, "本证明仅证明参保缴费情况，可登录青岛市人力资源和社会保障局网站查验。", 8)
    p.stamp(160, y + 12, 12, "青岛市社会保险事业中心", "业务专用章")


def zh_credit_report(p: Page):
    p.t(105, 18, "个人信用报告", 16, align="c")
    p.t(105, 25, "（本人查询版）", 9, align="c")
    p.t(14, 34, "报告编号：2026110714253618742031     查询时间：2026-11-07 14:25:36     报告时间：2026-11-07", 8)
    p.grid(14, 40, [30, 30, 30, 30, 30, 32], [["被查询者姓名", "被查询者证件类型", "被查询者证件号码", "查询机构",
                                                  "查询原因", "婚姻状况"],
                                                 ["宋立群", "身份证", "4201**********1536", "本人", "本人查询（互联网）",
                                                  "已婚"]], row_h=8, size=7.5, aligns=["c"] * 6)
    p.t(14, 64, "信贷交易信息概要", 11)
    rows = [["", "账户数", "未结清/未销户账户数", "发生过逾期的账户数", "发生过90天以上逾期的账户数"],
            ["信用卡", "4", "3", "2", "0"], ["个人消费贷款", "3", "2", "1", "0"], ["个人住房贷款", "1", "1", "0", "0"]]
    y = p.grid(14, 68, [34, 26, 40, 40, 42], rows, row_h=8, size=8, aligns=["l", "c", "c", "c", "c"])
    p.t(14, y + 10, "逾期及违约信息：2026年08月 某消费金融有限公司 个人消费贷款 逾期1期 逾期金额 2,316.00", 8.5)
    p.t(14, y + 18, "公共信息概要：无欠税记录、无民事判决记录、无强制执行记录", 8.5)
    p.t(105, 285, "中国人民银行征信中心    第1页 共5页", 8, align="c")


def zh_loan_contract(p: Page):
    p.t(105, 20, "个人消费借款合同", 16, align="c")
    p.t(190, 30, "合同编号：HX-XF-20250417-00382", 9, align="r")
    parts = ["借款人（甲方）：柯少华      身份证号：350211198911******", "贷款人（乙方）：华信消费金融有限公司",
             "第一条 借款金额：人民币（大写）叁万元整（小写：30,000.00元）。",
             "第二条 借款期限：24个月，自2025年4月17日起至2027年4月16日止。",
             "第三条 借款利率：年化利率（单利）17.28%，按月等额本息还款，每月还款日为每月17日，",
             "        月还款额 1,496.38 元。", "第四条 借款用途：个人日常消费，不得用于购房、投资及其他非消费领域。",
             "第五条 逾期责任：甲方未按期足额还款的，乙方有权按逾期本金的日万分之五收取罚息，",
             "        并可通过电话、短信、信函等合法方式进行催收。", "第六条 争议解决：向乙方住所地人民法院提起诉讼。"]
    y = 44
    for s in parts:
        p.t(18, y, s, 10)
        y += 10
    p.t(18, y + 16, "甲方（签字）：柯少华", 10)
    p.t(110, y + 16, "乙方（盖章）：华信消费金融有限公司", 10)
    p.t(18, y + 26, "签订日期：2025年4月17日", 10)
    p.t(110, y + 26, "签订地点：厦门市思明区", 10)
    p.stamp(150, y + 20, 14, "华信消费金融有限公司", "合同专用章")


def zh_rent_receipt(p: Page):
    p.rect(10, 10, 190, 88, width=1.0, stroke=(0.1, 0.3, 0.6))
    p.t(105, 22, "收    据", 16, align="c", color=(0.1, 0.3, 0.6))
    p.t(190, 22, "No 0027614", 10, align="r", color=(0.8, 0.1, 0.1))
    p.t(16, 34, "2026 年 10 月 1 日", 11, color=(0.1, 0.3, 0.6))
    p.t(16, 46, "今收到  卜文涛", 12, color=(0.1, 0.1, 0.35))
    p.t(16, 58, "交来  天河区棠下村二社 12 巷 5 号 302 房 2026年10月 房租及水电", 12, color=(0.1, 0.1, 0.35))
    p.t(16, 70, "人民币（大写）壹仟陆佰捌拾元整              ¥ 1,680.00", 12, color=(0.1, 0.1, 0.35))
    p.t(16, 86, "收款单位（人）：梁伯", 11, color=(0.1, 0.3, 0.6))
    p.t(120, 86, "经手人：梁伯", 11, color=(0.1, 0.3, 0.6))


def zh_power_bill(p: Page):
    W = PHONE[0]
    p.t(20, 18, "08:03", 12, bold=True)
    p.t(370, 18, "5G  92%", 10, align="r")
    p.t(W / 2, 40, "电费账单", 14, align="c")
    p.rect(16, 56, W - 32, 120, fill=(0.0, 0.55, 0.5), stroke=None, radius=8)
    p.t(32, 80, "户号 0631 2887 405", 11, color=(1, 1, 1))
    p.t(32, 100, "户名 *淑英   地址 济南市历下区燕子山小区12号楼", 9, color=(0.9, 1, 1))
    p.t(32, 126, "2026年10月 应交电费(元)", 10, color=(0.9, 1, 1))
    p.t(32, 160, "186.43", 28, color=(1, 1, 1), font="Helvetica-Bold")
    rows = [("计费周期", "2026.10.01-2026.10.31"), ("本期示数", "18,562"), ("上期示数", "18,205"),
            ("用电量(度)", "357"), ("第一档 0.5469元/度", "357度"), ("账户余额", "13.57"), ("缴费截止日", "2026-11-25")]
    y = 196
    for k, v in rows:
        p.t(24, y + 20, k, 11, color=(0.35, 0.35, 0.35))
        p.t(W - 24, y + 20, v, 11, align="r")
        p.line(24, y + 30, W - 24, y + 30, 0.3, (0.9, 0.9, 0.9))
        y += 36
    p.rect(16, y + 30, W - 32, 44, fill=(0.0, 0.55, 0.5), stroke=None, radius=22)
    p.t(W / 2, y + 58, "立即缴费", 13, align="c", color=(1, 1, 1))
    p.t(W / 2, y + 100, "国网山东省电力公司  网上国网", 9, align="c", color=(0.5, 0.5, 0.5))


def zh_collection_sms(p: Page):
    W = PHONE[0]
    p.t(20, 18, "13:26", 12, bold=True)
    p.t(370, 18, "4G  23%", 10, align="r")
    p.t(20, 44, "〈", 14)
    p.t(W / 2, 40, "1069 0571 2258", 12, align="c")
    p.t(W / 2, 54, "短信/彩信", 9, align="c", color=(0.5, 0.5, 0.5))
    msgs = [("10月28日 上午10:02", ["【华信消费金融】尊敬的柯先生，您的借款已逾期12天，", "应还金额4,488.14元，请于今日内还款，",
                                    "以免影响您的个人征信。如已还款请忽略。"]),
            ("11月5日 下午3:41", ["【华信消费金融】柯少华，您的欠款已转入委外催收阶段，",
                                  "我司将依法联系您的紧急联系人核实情况。", "还款请登录App或联系400-812-0033。退订回T"])]
    y = 80
    for when, lines in msgs:
        p.t(W / 2, y, when, 9, align="c", color=(0.55, 0.55, 0.55))
        h = 16 * len(lines) + 14
        p.rect(16, y + 8, W - 70, h, fill=(0.93, 0.93, 0.94), stroke=None, radius=10)
        yy = y + 26
        for s in lines:
            p.t(26, yy, s, 10.5)
            yy += 16
        y += h + 40
    p.rect(16, 780, W - 32, 36, fill=(0.96, 0.96, 0.96), stroke=(0.85, 0.85, 0.85), radius=18)
    p.t(32, 803, "短信", 11, color=(0.6, 0.6, 0.6))


# --------------------------------------------------------------------------------------------------------------------
# English documents
# --------------------------------------------------------------------------------------------------------------------

def en_payslip_ph(p: Page):
    p.t(105, 16, "ISLA BAYVIEW CONTACT SOLUTIONS, INC.", 13, align="c", bold=True)
    p.t(105, 22, "12/F Ayala Techno Hub, Cebu IT Park, Lahug, Cebu City 6000", 8, align="c")
    p.t(105, 31, "PAYSLIP", 12, align="c", bold=True)
    info = [("Employee Name:", "DELA ROSA, MARICEL T."), ("Employee No.:", "IB-20417"),
            ("Position:", "Customer Service Associate II"), ("TIN:", "318-442-907-000")]
    info2 = [("Pay Period:", "October 1 - October 31, 2026"), ("Pay Date:", "October 30, 2026"),
             ("Department:", "Telco Account - Wave 14"), ("Tax Status:", "S")]
    for i, ((a, b), (c_, d)) in enumerate(zip(info, info2, strict=True)):
        p.t(14, 42 + i * 6, a, 8.5, bold=True)
        p.t(44, 42 + i * 6, b, 8.5)
        p.t(110, 42 + i * 6, c_, 8.5, bold=True)
        p.t(134, 42 + i * 6, d, 8.5)
    earn = [["EARNINGS", "HOURS", "AMOUNT"], ["Basic Pay", "176.00", "24,000.00"], ["Night Differential", "88.00", "1,500.00"],
            ["Overtime - Regular", "6.00", "1,022.73"], ["Rice Subsidy", "", "2,000.00"],
            ["Clothing Allowance", "", "500.00"], ["GROSS PAY", "", "29,022.73"]]
    ded = [["DEDUCTIONS", "AMOUNT"], ["SSS Contribution", "1,125.00"], ["PhilHealth", "637.50"], ["Pag-IBIG Fund", "200.00"],
           ["Withholding Tax", "1,054.44"], ["SSS Salary Loan", "1,208.33"], ["TOTAL DEDUCTIONS", "4,225.27"]]
    p.grid(14, 70, [44, 18, 26], earn, row_h=7, size=8, aligns=["l", "r", "r"], head_fill=(0.85, 0.88, 0.95))
    p.grid(110, 70, [54, 32], ded, row_h=7, size=8, aligns=["l", "r"], head_fill=(0.85, 0.88, 0.95))
    p.rect(110, 125, 86, 10, fill=(0.93, 0.93, 0.93))
    p.t(113, 131.5, "NET PAY", 10, bold=True)
    p.t(193, 131.5, "PHP 24,797.46", 10, bold=True, align="r")
    p.t(14, 146, "Net pay credited to BDO payroll account ending 4471. This is a system-generated payslip; no signature"
        " required.", 7.5)


def en_payslip_my(p: Page):
    p.t(14, 16, "Kinta Precision Moulding Sdn. Bhd. (1187342-W)", 11, bold=True)
    p.t(14, 21, "Lot 22, Jalan Perindustrian 3, Kawasan Perindustrian Tasek, 31400 Ipoh, Perak", 8)
    p.t(196, 16, "PAY SLIP", 14, align="r", bold=True)
    p.t(196, 22, "Month: OCT 2026", 9, align="r")
    p.line(14, 26, 196, 26, 1)
    p.t(14, 33, "Name     : MUHAMMAD HAZIQ BIN ROSLAN", 9)
    p.t(14, 39, "NRIC     : 930512-08-****", 9)
    p.t(110, 33, "Emp No : KPM-0688", 9)
    p.t(110, 39, "Dept    : Production - Line 4", 9)
    p.t(14, 45, "EPF No  : 19877315", 9)
    p.t(110, 45, "SOCSO No : 930512085541", 9)
    rows = [["Earnings", "RM", "Deductions", "RM", "Employer Contribution", "RM"],
            ["Basic Salary", "2,850.00", "EPF (11%)", "346.50", "EPF (13%)", "409.50"],
            ["Shift Allowance", "300.00", "SOCSO", "15.75", "SOCSO", "55.15"],
            ["Overtime 1.5x (14 hrs)", "288.36", "EIS", "6.30", "EIS", "6.30"],
            ["Attendance Incentive", "100.00", "PCB (MTD)", "0.00", "HRDF", "31.50"],
            ["", "", "Canteen", "65.00", "", ""]]
    y = p.grid(14, 52, [40, 20, 30, 20, 52, 20], rows, row_h=7.5, size=8, aligns=["l", "r", "l", "r", "l", "r"],
               head_fill=(0.88, 0.88, 0.88))
    p.grid(14, y + 3, [40, 20, 30, 20, 52, 20],
           [["Total Earnings", "3,538.36", "Total Deductions", "433.55", "NET PAY (RM)", "3,104.81"]], row_h=8, size=8.5,
           aligns=["l", "r", "l", "r", "l", "r"])
    p.t(14, y + 22, "Bank: Maybank   A/C: 1580 **** 2291   Payment Date: 31/10/2026", 8.5)


def en_payslip_za(p: Page):
    p.rect(12, 10, 186, 22, fill=(0.12, 0.3, 0.25), stroke=None)
    p.t(16, 19, "Umhlanga Fresh Produce (Pty) Ltd", 12, bold=True, color=(1, 1, 1))
    p.t(16, 26, "Reg. 2011/004417/07  |  PAYE ref 7260813349  |  UIF ref U726081334", 7.5, color=(0.9, 0.95, 0.9))
    p.t(194, 22, "Salary Advice", 11, align="r", color=(1, 1, 1))
    meta = [("Employee", "Nomvula P. Dlamini"), ("Employee code", "UFP0319"), ("ID number", "880714 **** 08 6"),
            ("Job title", "Packhouse Supervisor"), ("Period", "October 2026 (Period 8)"), ("Pay date", "25/10/2026"),
            ("Bank", "Capitec Bank  ****7713"), ("Tax year", "2027")]
    for i, (k, v) in enumerate(meta):
        x = 14 if i % 2 == 0 else 108
        y = 40 + (i // 2) * 6
        p.t(x, y, k, 8.5, color=(0.35, 0.35, 0.35))
        p.t(x + 28, y, v, 8.5)
    rows = [["Description", "Current", "Year to date"], ["Basic salary", "16,400.00", "131,200.00"],
            ["Overtime", "1,172.50", "6,810.25"], ["Travel allowance", "1,500.00", "12,000.00"],
            ["Total earnings", "19,072.50", "150,010.25"], ["PAYE", "-2,386.40", "-18,744.80"],
            ["UIF", "-177.12", "-1,416.96"], ["Medical aid (Bonitas)", "-2,155.00", "-17,240.00"],
            ["Pension fund", "-1,230.00", "-9,840.00"], ["Total deductions", "-5,948.52", "-47,241.76"],
            ["Nett pay", "13,123.98", "102,768.49"]]
    p.grid(14, 68, [80, 50, 52], rows, row_h=7, size=8.5, aligns=["l", "r", "r"], head_fill=(0.9, 0.94, 0.92))
    p.t(14, 155, "Employer contributions: UIF 177.12, SDL 190.73, Pension 1,312.00. Leave balance: 11.5 days.", 8)


def en_payslip_ke(p: Page):
    p.t(105, 16, "MAJI SAFI WATER SERVICES LIMITED", 12, align="c", bold=True)
    p.t(105, 22, "P.O. Box 40221-00100, Nairobi  |  PIN P051728834K", 8, align="c")
    p.t(105, 30, "PAYSLIP FOR THE MONTH OF OCTOBER 2026", 10, align="c", bold=True)
    kv = [("Staff No", "MSW/1142"), ("Name", "Wanjiru Achieng Otieno"), ("KRA PIN", "A009********M"),
          ("NSSF No", "2013455871"), ("SHIF No", "CR1894457"), ("Department", "Meter Reading")]
    for i, (k, v) in enumerate(kv):
        p.t(14 + (i % 2) * 96, 40 + (i // 2) * 6, f"{k}:", 8.5, bold=True)
        p.t(40 + (i % 2) * 96, 40 + (i // 2) * 6, v, 8.5)
    rows = [["PAYMENTS", "KES"], ["Basic Pay", "62,000.00"], ["House Allowance", "9,300.00"],
            ["Commuter Allowance", "4,000.00"], ["GROSS PAY", "75,300.00"], ["DEDUCTIONS", ""],
            ["PAYE", "12,731.37"], ["NSSF Tier I & II", "4,320.00"], ["SHIF (2.75%)", "2,070.75"],
            ["Affordable Housing Levy", "1,129.50"], ["Sacco - Maji Sacco", "5,000.00"],
            ["TOTAL DEDUCTIONS", "25,251.62"], ["NET PAY", "50,048.38"]]
    p.grid(30, 62, [90, 50], rows, row_h=7, size=8.5, aligns=["l", "r"], head_fill=(0.9, 0.9, 0.9))
    p.t(14, 160, "Personal relief KES 2,400.00 applied. Paid to Equity Bank A/C ****3302 on 28-Oct-2026.", 8)


def en_payslip_ng(p: Page):
    p.t(14, 16, "Lagoon Crest Logistics Nigeria Limited", 12, bold=True)
    p.t(14, 21, "Plot 9, Oba Akran Avenue, Ikeja, Lagos  |  RC 1432876", 8)
    p.t(196, 16, "PAY ADVICE", 12, bold=True, align="r")
    p.t(14, 32, "Employee: Chukwuemeka Obinna Eze", 9)
    p.t(14, 38, "Staff ID: LCL-0925      Grade: Officer II      Location: Apapa Depot", 9)
    p.t(14, 44, "Payroll Month: Oct-2026      Pension PFA: Stanbic IBTC Pension (PEN 100477312859)", 9)
    rows = [["Earnings", "Amount (NGN)", "Deductions", "Amount (NGN)"],
            ["Basic", "210,000.00", "PAYE Tax", "38,916.67"], ["Housing", "105,000.00", "Pension (8%)", "30,800.00"],
            ["Transport", "70,000.00", "NHF (2.5% of Basic)", "5,250.00"], ["Meal Subsidy", "25,000.00",
                                                                           "Staff Co-op", "15,000.00"],
            ["Gross Pay", "410,000.00", "Total Deductions", "89,966.67"]]
    y = p.grid(14, 50, [40, 40, 52, 40], rows, row_h=8, size=8.5, aligns=["l", "r", "l", "r"],
               head_fill=(0.88, 0.88, 0.88))
    p.rect(96, y + 4, 76, 10, fill=(0.92, 0.92, 0.92))
    p.t(99, y + 10.5, "Net Pay:", 10, bold=True)
    p.t(170, y + 10.5, "NGN 320,033.33", 10, bold=True, align="r")
    p.t(14, y + 26, "Paid into GTBank ****5518. Queries to payroll@lagooncrest.ng within 7 days.", 8)


def en_paystub_us_hourly(p: Page):
    p.t(14, 16, "Harbor Lights Grill LLC", 12, bold=True)
    p.t(14, 21, "2214 Shoreline Dr, Corpus Christi, TX 78401", 8)
    p.t(196, 16, "EARNINGS STATEMENT", 11, bold=True, align="r")
    p.t(196, 22, "Check No. 100477", 8, align="r")
    p.t(14, 32, "Employee: Tyler J. Brandt", 9)
    p.t(14, 38, "Employee ID: 0057    SSN: XXX-XX-6618", 9)
    p.t(110, 32, "Pay period: 10/05/2026 - 10/18/2026", 9)
    p.t(110, 38, "Pay date: 10/23/2026", 9)
    rows = [["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            ["Regular", "11.50", "72.00", "828.00", "16,353.00"], ["Overtime", "17.25", "6.50", "112.13", "1,069.50"],
            ["Tips - Credit Card", "", "", "612.40", "12,118.75"], ["Tips - Cash Reported", "", "", "148.00", "3,006.00"],
            ["Gross Pay", "", "78.50", "1,700.53", "32,547.25"]]
    y = p.grid(14, 44, [50, 20, 20, 40, 40], rows, row_h=7, size=8.5, aligns=["l", "r", "r", "r", "r"],
               head_fill=(0.9, 0.9, 0.9))
    ded = [["Deductions", "This Period", "Year to Date"], ["Federal Income Tax", "98.44", "1,902.10"],
           ["Social Security", "105.43", "2,017.93"], ["Medicare", "24.66", "471.94"],
           ["Tips Paid in Cash", "148.00", "3,006.00"], ["Meals", "20.00", "380.00"]]
    y = p.grid(14, y + 4, [70, 50, 50], ded, row_h=7, size=8.5, aligns=["l", "r", "r"], head_fill=(0.9, 0.9, 0.9))
    p.rect(100, y + 4, 84, 10, fill=(0.92, 0.92, 0.92))
    p.t(103, y + 10.5, "NET PAY", 10, bold=True)
    p.t(182, y + 10.5, "$1,304.00", 10, bold=True, align="r")
    p.t(14, y + 24, "Direct deposit: Coastal Bend CU checking ****0942 $1,304.00", 8)


def en_payslip_uk_agency(p: Page):
    p.t(14, 16, "Pennine Staffing Solutions Ltd", 12, bold=True)
    p.t(14, 21, "Unit 4, Calder Works, Halifax HX1 5ER  |  Employer PAYE ref 475/PS88213", 8)
    p.t(196, 16, "Payslip", 13, bold=True, align="r")
    p.t(14, 31, "Name: Ms Kerry-Ann Whitfield", 9)
    p.t(14, 37, "Payroll no: 33917   NI number: JT 41 88 27 C   Tax code: 1257L", 9)
    p.t(14, 43, "Assignment: Calderdale Foods - Picking/Packing (via Pennine Staffing)", 9)
    p.t(130, 31, "Tax period: Month 7", 9)
    p.t(130, 37, "Pay date: 31/10/2026", 9)
    p.t(130, 43, "Period: October 2026", 9)
    rows = [["Payments", "Units", "Rate", "Amount"], ["Basic hours (weeks 40-43)", "148.00", "12.60", "1,864.80"],
            ["Night enhancement", "36.00", "1.50", "54.00"], ["Holiday pay (accrued, taken)", "15.00", "12.60", "189.00"],
            ["Total gross pay", "", "", "2,107.80"]]
    y = p.grid(14, 50, [80, 24, 24, 34], rows, row_h=7, size=8.5, aligns=["l", "r", "r", "r"],
               head_fill=(0.9, 0.9, 0.95))
    ded = [["Deductions", "Amount"], ["PAYE tax", "162.20"], ["National Insurance", "64.88"],
           ["Pension (NEST, 5% qualifying)", "76.28"], ["Umbrella/ID badge", "5.00"], ["Total deductions", "308.36"]]
    y = p.grid(14, y + 4, [80, 34], ded, row_h=7, size=8.5, aligns=["l", "r"], head_fill=(0.9, 0.9, 0.95))
    p.t(14, y + 10, "Net pay: £1,799.44", 11, bold=True)
    p.t(14, y + 20, "Year to date: Gross £13,942.10  Tax £1,061.40  NI £398.62  Employer pension £228.84", 8)


def en_stmt_credit_union(p: Page):
    p.t(14, 16, "Prairie Hearth Federal Credit Union", 13, bold=True, color=(0.45, 0.25, 0.05))
    p.t(14, 22, "P.O. Box 1188, Salina, KS 67402  |  (785) 555-0148  |  Federally insured by NCUA", 7.5)
    p.t(196, 16, "Member Statement", 11, align="r")
    p.t(196, 22, "Statement Period 10/01/26 thru 10/31/26", 8, align="r")
    p.t(14, 34, "DARNELL K. HUTCHINS", 9)
    p.t(14, 39, "418 W ELM ST", 9)
    p.t(14, 44, "SALINA KS 67401-2213", 9)
    p.t(140, 34, "Member Number: ******3318", 9)
    p.t(14, 56, "SHARE DRAFT CHECKING  Account ******3318-09", 9.5, bold=True)
    rows = [["Date", "Description", "Withdrawals", "Deposits", "Balance"],
            ["10/01", "Beginning Balance", "", "", "612.08"], ["10/03", "ACH DEP SALINA REGIONAL PAYROLL", "", "1,486.22", "2,098.30"],
            ["10/06", "POS DILLONS #0412 SALINA KS", "87.19", "", "2,011.11"],
            ["10/10", "ACH WESTAR ENERGY BILLPAY", "134.60", "", "1,876.51"],
            ["10/15", "SHARE DRAFT #1043", "725.00", "", "1,151.51"],
            ["10/17", "ACH DEP SALINA REGIONAL PAYROLL", "", "1,486.22", "2,637.73"],
            ["10/22", "LOAN PMT TRANSFER TO L-0004", "389.45", "", "2,248.28"],
            ["10/28", "ATM W/D CENTRAL MALL", "200.00", "", "2,048.28"], ["10/31", "DIVIDEND 0.05% APY", "", "0.07", "2,048.35"],
            ["10/31", "Ending Balance", "", "", "2,048.35"]]
    y = p.grid(14, 60, [18, 86, 26, 26, 26], rows, row_h=6.5, size=8, aligns=["l", "l", "r", "r", "r"], lines=False)
    p.line(14, 60, 196, 60, 0.6)
    p.line(14, y, 196, y, 0.6)
    p.t(14, y + 10, "REGULAR SHARE SAVINGS  Account ******3318-00", 9.5, bold=True)
    p.t(14, y + 16, "Beginning 25.00   Deposits 0.00   Withdrawals 0.00   Ending 25.00", 8.5)
    p.t(14, y + 28, "Total overdraft fees this period $0.00   Total overdraft fees year-to-date $35.00", 8)


def en_stmt_building_society(p: Page):
    p.t(14, 16, "Wessex Vale Building Society", 14, bold=True, color=(0.1, 0.25, 0.45))
    p.t(14, 22, "Head Office: 1 Abbey Yard, Sherborne DT9 3AF", 8)
    p.t(14, 36, "Mr Oluwaseun Adebayo-Clarke", 9)
    p.t(14, 41, "Flat 6, 23 Cheap Street", 9)
    p.t(14, 46, "Sherborne DT9 3PU", 9)
    p.rect(120, 32, 76, 28, fill=(0.93, 0.95, 0.98))
    p.t(123, 38, "Easy Access Current Account", 8.5, bold=True)
    p.t(123, 44, "Sort code 60-22-71", 8.5)
    p.t(123, 49, "Account number 40381175", 8.5)
    p.t(123, 54, "Statement no. 88   Sheet 1 of 1", 8.5)
    p.t(14, 68, "Your statement from 1 October 2026 to 31 October 2026", 10, bold=True)
    rows = [["Date", "Details", "Paid out", "Paid in", "Balance"],
            ["1 Oct", "Balance brought forward", "", "", "1,094.31"],
            ["2 Oct", "DWP UC", "", "638.71", "1,733.02"], ["4 Oct", "DD Dorset Council Tax", "142.00", "", "1,591.02"],
            ["9 Oct", "Card Tesco Stores 2471", "54.86", "", "1,536.16"], ["15 Oct", "SO Rent - H Barker", "675.00", "", "861.16"],
            ["24 Oct", "FP Sherborne Garden Centre wages", "", "842.17", "1,703.33"],
            ["28 Oct", "DD Wessex Water", "38.50", "", "1,664.83"],
            ["31 Oct", "Balance carried forward", "", "", "1,664.83"]]
    p.grid(14, 74, [22, 84, 25, 25, 26], rows, row_h=7, size=8.5, aligns=["l", "l", "r", "r", "r"],
           head_fill=(0.85, 0.9, 0.96))
    p.t(14, 150, "Wessex Vale Building Society is authorised by the PRA and regulated by the FCA and the PRA.", 7)


def en_stmt_neobank(p: Page):
    p.t(14, 18, "Tallyfin", 18, bold=True, color=(0.4, 0.2, 0.8))
    p.t(196, 14, "Account statement", 10, align="r")
    p.t(196, 20, "Generated 2 Nov 2026 in the Tallyfin app", 8, align="r")
    p.t(14, 32, "Priya Ramanathan", 10, bold=True)
    p.t(14, 38, "Personal account  ·  Sort code 04-00-75  ·  Account 19927734", 8.5)
    p.t(14, 44, "1 Oct 2026 – 31 Oct 2026", 8.5)
    box = [("Opening balance", "£312.40"), ("Money in", "£2,204.50"), ("Money out", "£2,301.87"),
           ("Closing balance", "£215.03")]
    for i, (k, v) in enumerate(box):
        p.rect(14 + i * 46, 50, 43, 16, fill=(0.95, 0.93, 1.0), stroke=None, radius=2)
        p.t(17 + i * 46, 56, k, 7.5, color=(0.4, 0.4, 0.4))
        p.t(17 + i * 46, 63, v, 10, bold=True)
    rows = [["Date", "Description", "Category", "Amount", "Balance"],
            ["01/10/2026", "Pret A Manger", "Eating out", "-6.45", "305.95"],
            ["03/10/2026", "Transfer from R. Ramanathan", "Transfers", "+150.00", "455.95"],
            ["07/10/2026", "TfL Travel", "Transport", "-38.20", "417.75"],
            ["10/10/2026", "BRIGHTLINE CARE LTD SALARY", "Income", "+2,054.50", "2,472.25"],
            ["11/10/2026", "Rent - Whitcombe Lettings", "Bills", "-1,150.00", "1,322.25"],
            ["15/10/2026", "Octopus Energy", "Bills", "-96.00", "1,226.25"],
            ["19/10/2026", "Sainsbury's", "Groceries", "-71.82", "1,154.43"],
            ["24/10/2026", "Klarna", "Finances", "-139.40", "1,015.03"],
            ["30/10/2026", "Pot: Savings", "Savings", "-800.00", "215.03"]]
    p.grid(14, 72, [26, 70, 30, 28, 28], rows, row_h=7, size=8, aligns=["l", "l", "l", "r", "r"], lines=False)
    p.t(14, 150, "Tallyfin is a trading name of Tallyfin Bank Ltd, authorised by the Prudential Regulation Authority.", 7)


def en_stmt_india(p: Page):
    p.t(105, 15, "Bank of Baroda", 14, align="c", bold=True, color=(0.85, 0.35, 0.0))
    p.t(105, 21, "Branch: Alkapuri, Vadodara  IFSC: BARB0ALKAPU  MICR: 390012005", 8, align="c")
    p.t(105, 29, "STATEMENT OF ACCOUNT", 11, align="c", bold=True)
    p.t(14, 38, "Account Holder : NIKHIL SURESHBHAI PATEL", 9)
    p.t(14, 44, "Account No     : 27740100019862", 9)
    p.t(14, 50, "Account Type   : SB - GENERAL", 9)
    p.t(120, 38, "Statement From : 01-10-2026", 9)
    p.t(120, 44, "Statement To   : 31-10-2026", 9)
    p.t(120, 50, "Currency       : INR", 9)
    rows = [["Tran Date", "Narration", "Chq No", "Debit", "Credit", "Balance"],
            ["01-10-2026", "OPENING BALANCE", "", "", "", "18,406.50 Cr"],
            ["04-10-2026", "NEFT-SUNRISE TEXTILES PVT LTD-SAL OCT", "", "", "32,600.00", "51,006.50 Cr"],
            ["06-10-2026", "UPI/627811/GUJARAT GAS", "", "1,148.00", "", "49,858.50 Cr"],
            ["09-10-2026", "NACH-HDFC HOME LOAN EMI", "", "14,230.00", "", "35,628.50 Cr"],
            ["14-10-2026", "CHQ PAID-SELF", "000217", "10,000.00", "", "25,628.50 Cr"],
            ["20-10-2026", "UPI/630044/STERLING HOSPITAL", "", "6,480.00", "", "19,148.50 Cr"],
            ["28-10-2026", "UPI/631980/RELIANCE FRESH", "", "2,315.75", "", "16,832.75 Cr"],
            ["31-10-2026", "SB INT 01-07 TO 30-09", "", "", "142.00", "16,974.75 Cr"]]
    y = p.grid(10, 56, [22, 70, 14, 24, 24, 36], rows, row_h=7.5, size=7.6, aligns=["l", "l", "c", "r", "r", "r"],
               head_fill=(0.97, 0.9, 0.8))
    p.t(14, y + 8, "Closing Balance: 16,974.75 Cr", 9, bold=True)
    p.t(14, y + 16, "This is a computer generated statement and does not require signature.", 7.5)


def en_stmt_za(p: Page):
    p.t(14, 16, "Nedbank", 16, bold=True, color=(0.0, 0.4, 0.25))
    p.t(196, 16, "Tax invoice / Statement", 9, align="r")
    p.t(14, 28, "MR S MOKOENA", 9)
    p.t(14, 33, "14 JACARANDA AVE, ARCADIA, PRETORIA 0083", 9)
    p.t(120, 28, "Account type: Savvy Bundle Current", 8.5)
    p.t(120, 33, "Account number: 1142 387 560", 8.5)
    p.t(120, 38, "Statement period: 2026/10/01 - 2026/10/31", 8.5)
    p.t(120, 43, "Statement number: 112", 8.5)
    rows = [["Tran date", "Description", "Fees (R)", "Debits (R)", "Credits (R)", "Balance (R)"],
            ["2026/10/01", "Opening balance", "", "", "", "2,118.64"],
            ["2026/10/02", "Salary - Tshwane Bus Service", "", "", "14,870.00", "16,988.64"],
            ["2026/10/03", "Debit order Discovery Insure", "", "612.00", "", "16,376.64"],
            ["2026/10/07", "POS purchase Checkers Hatfield", "", "1,409.32", "", "14,967.32"],
            ["2026/10/15", "Send-iMali to 082****119", "8.50", "1,500.00", "", "13,458.82"],
            ["2026/10/25", "Debit order FNB Home Loans", "", "7,250.00", "", "6,208.82"],
            ["2026/10/31", "Monthly account fee", "115.00", "", "", "6,093.82"]]
    y = p.grid(10, 50, [22, 66, 18, 24, 26, 30], rows, row_h=7.5, size=8, aligns=["l", "l", "r", "r", "r", "r"],
               head_fill=(0.88, 0.94, 0.9))
    p.t(14, y + 8, "Closing balance  R6,093.82", 10, bold=True)
    p.t(14, y + 16, "Nedbank Ltd Reg No 1951/000009/06. Authorised financial services and registered credit provider.",
        7)


def en_med_urgent_care(p: Page):
    p.t(14, 16, "Bluebonnet Urgent Care", 14, bold=True, color=(0.1, 0.3, 0.6))
    p.t(14, 22, "5810 Burnet Rd, Austin, TX 78756  |  (512) 555-0199  |  Tax ID 74-3318826", 8)
    p.t(196, 16, "PATIENT STATEMENT", 11, bold=True, align="r")
    p.t(14, 34, "Patient: Alicia M. Brennan", 9)
    p.t(14, 40, "Guarantor: Alicia M. Brennan", 9)
    p.t(14, 46, "Account #: BUC-0092217", 9)
    p.t(120, 34, "Statement date: 10/21/2026", 9)
    p.t(120, 40, "Date of service: 10/04/2026", 9)
    p.t(120, 46, "Provider: R. Okafor, PA-C", 9)
    rows = [["DOS", "CPT", "Description", "Charges", "Ins. Paid", "Adjust.", "Pt. Balance"],
            ["10/04/26", "99214", "Office visit, est. patient, moderate", "245.00", "98.40", "61.60", "85.00"],
            ["10/04/26", "87880", "Rapid strep test", "48.00", "21.12", "10.88", "16.00"],
            ["10/04/26", "73610", "X-ray ankle, 3 views", "190.00", "83.60", "41.40", "65.00"],
            ["10/04/26", "29540", "Strapping, ankle", "62.00", "0.00", "0.00", "62.00"]]
    y = p.grid(14, 52, [18, 14, 62, 20, 20, 20, 28], rows, row_h=7.5, size=8,
               aligns=["l", "l", "l", "r", "r", "r", "r"], head_fill=(0.88, 0.92, 0.97))
    p.rect(120, y + 4, 76, 12, fill=(0.95, 0.95, 0.95))
    p.t(123, y + 12, "AMOUNT DUE", 10, bold=True)
    p.t(193, y + 12, "$228.00", 11, bold=True, align="r")
    p.t(14, y + 12, "Please pay by 11/20/2026.", 9)
    p.t(14, y + 26, "Insurance billed: Blue Cross Blue Shield of Texas, claim 26X0419771. Total charges $545.00.", 8)


def en_med_nz_hospital(p: Page):
    p.t(14, 16, "Kowhai Park Private Hospital", 14, bold=True, color=(0.2, 0.4, 0.2))
    p.t(14, 22, "62 Riccarton Road, Christchurch 8041  |  GST No. 98-441-207", 8)
    p.t(196, 16, "TAX INVOICE", 12, bold=True, align="r")
    p.t(196, 22, "Invoice INV-0261894", 8.5, align="r")
    p.t(14, 34, "Bill to:", 8.5, color=(0.4, 0.4, 0.4))
    p.t(14, 40, "Mr Hemi Tawhiri Parata", 9)
    p.t(14, 45, "17 Kahikatea Drive, Halswell, Christchurch 8025", 9)
    p.t(120, 34, "Invoice date: 13 October 2026", 9)
    p.t(120, 40, "Admission: 08/10/2026 Discharge: 09/10/2026", 9)
    p.t(120, 45, "Surgeon: Mr D. Whitlock (Orthopaedics)", 9)
    rows = [["Item", "Description", "Qty", "Amount (NZD)"], ["THE-02", "Theatre fee - arthroscopy knee", "1", "3,420.00"],
            ["WRD-DS", "Day stay ward, incl. nursing", "1", "865.00"], ["PHA-01", "Pharmacy and consumables", "1", "312.40"],
            ["IMP-KN", "Implant - meniscal repair device", "1", "1,180.00"], ["ANA-01", "Anaesthetist fee", "1", "1,050.00"]]
    y = p.grid(14, 52, [22, 100, 14, 46], rows, row_h=7.5, size=8.5, aligns=["l", "l", "c", "r"],
               head_fill=(0.9, 0.95, 0.9))
    tot = [["Subtotal (excl. GST)", "6,827.40"], ["GST 15%", "1,024.11"], ["Invoice total (incl. GST)", "7,851.51"],
           ["Less: Southern Cross prior approval 77312", "6,200.00"], ["Balance payable by patient", "1,651.51"]]
    p.grid(96, y + 3, [64, 36], tot, row_h=7, size=8.5, aligns=["l", "r"])
    p.t(14, y + 50, "Payment due within 20 days. Direct credit to 02-0800-0517225-00 quoting INV-0261894.", 8)


def en_med_uk_physio(p: Page):
    p.t(14, 18, "Castlegate Physiotherapy & Sports Injury Clinic", 12, bold=True)
    p.t(14, 24, "3 Castlegate, York YO1 9RN  ·  01904 555 730  ·  HCPC registered practitioners", 8)
    p.t(196, 36, "INVOICE", 14, bold=True, align="r")
    p.t(196, 42, "Invoice no: CPC-7718", 9, align="r")
    p.t(196, 47, "Date: 30/10/2026", 9, align="r")
    p.t(14, 38, "Invoice to:", 8.5, color=(0.4, 0.4, 0.4))
    p.t(14, 44, "Mrs Joanne Featherstone", 9)
    p.t(14, 49, "12 Bishopthorpe Road, York YO23 1JJ", 9)
    rows = [["Date", "Treatment", "Therapist", "Fee"], ["06/10/2026", "Initial assessment (60 min)", "S. Kaur MCSP", "£75.00"],
            ["13/10/2026", "Follow-up treatment (30 min)", "S. Kaur MCSP", "£55.00"],
            ["20/10/2026", "Follow-up treatment (30 min)", "S. Kaur MCSP", "£55.00"],
            ["27/10/2026", "Follow-up + acupuncture (45 min)", "S. Kaur MCSP", "£62.00"]]
    y = p.grid(14, 58, [24, 86, 40, 32], rows, row_h=7.5, size=8.5, aligns=["l", "l", "l", "r"],
               head_fill=(0.92, 0.92, 0.92))
    p.t(160, y + 8, "Total", 10, bold=True, align="r")
    p.t(196, y + 8, "£247.00", 10, bold=True, align="r")
    p.t(160, y + 15, "Paid", 9, align="r")
    p.t(196, y + 15, "£0.00", 9, align="r")
    p.t(160, y + 22, "Balance due", 9, align="r")
    p.t(196, y + 22, "£247.00", 9, align="r")
    p.t(14, y + 34, "Physiotherapy services are exempt from VAT. Bank: 20-45-77 / 63110429, reference CPC-7718.", 8)


def en_med_india(p: Page):
    p.t(105, 15, "SHREE SAI MULTISPECIALITY HOSPITAL", 13, align="c", bold=True)
    p.t(105, 21, "Survey No. 44, Aundh-Baner Link Road, Pune 411045  |  GSTIN 27AAKFS4471Q1Z2", 8, align="c")
    p.t(105, 29, "IPD FINAL BILL", 11, align="c", bold=True)
    kv = [("Bill No", "IPD/26-27/01873"), ("Bill Date", "16-Oct-2026"), ("UHID", "SSH0094418"),
          ("Patient Name", "Mrs. Lakshmi Venkatesh Iyer"), ("Age/Sex", "58 Y / F"), ("Consultant", "Dr. A. Kulkarni (Cardiology)"),
          ("DOA", "11-Oct-2026"), ("DOD", "16-Oct-2026"), ("Payer", "Self / Cash")]
    for i, (k, v) in enumerate(kv):
        x = 14 + (i % 3) * 62
        y = 38 + (i // 3) * 6
        p.t(x, y, f"{k}:", 7.8, bold=True)
        p.t(x + 20, y, v, 7.8)
    rows = [["S.No", "Particulars", "Amount (Rs.)"], ["1", "Room Rent - Twin Sharing (5 days)", "17,500.00"],
            ["2", "Consultation Charges", "6,000.00"], ["3", "Investigations (Lab / ECG / 2D Echo)", "14,860.00"],
            ["4", "Pharmacy", "21,437.60"], ["5", "Nursing Charges", "4,500.00"], ["6", "Procedure - Coronary Angiography", "28,000.00"]]
    y = p.grid(14, 60, [14, 120, 48], rows, row_h=7.5, size=8.5, aligns=["c", "l", "r"], head_fill=(0.92, 0.92, 0.92))
    tot = [["Gross Amount", "92,297.60"], ["Less: Discount", "2,297.60"], ["Net Payable", "90,000.00"],
           ["Advance Received", "50,000.00"], ["Balance Received", "40,000.00"]]
    p.grid(110, y + 3, [40, 46], tot, row_h=7, size=8.5, aligns=["l", "r"])
    p.t(14, y + 45, "Rupees Ninety Thousand Only", 9, bold=True)
    p.t(150, y + 58, "Authorised Signatory", 8.5, align="c")


def en_unemp_us_ui(p: Page):
    p.t(14, 16, "STATE OF OREGON EMPLOYMENT DEPARTMENT", 11, bold=True)
    p.t(14, 21, "Unemployment Insurance Division  ·  875 Union St NE, Salem OR 97311", 8)
    p.t(196, 16, "Mailed: October 15, 2026", 9, align="r")
    p.t(14, 34, "DEREK A. HOLLOWAY", 9)
    p.t(14, 39, "2210 NE ALBERTA ST APT 4", 9)
    p.t(14, 44, "PORTLAND OR 97211", 9)
    p.t(130, 34, "Claimant ID: 0044-71928", 9)
    p.t(130, 39, "Benefit Year Begins: 10/04/2026", 9)
    p.t(105, 58, "ADMINISTRATIVE DECISION - MONETARY AND NON-MONETARY", 11, align="c", bold=True)
    body = ["DECISION: You are ALLOWED benefits. Your separation from Cascadia Millwork Inc was a layoff due to lack of",
            "work and not for misconduct. You are eligible for unemployment insurance benefits beginning the week",
            "ending October 10, 2026, provided you meet all other requirements.",
            "", "Weekly benefit amount: $512.00      Maximum benefit amount: $13,312.00",
            "", "APPEAL RIGHTS: If you disagree with this decision, you may file a request for hearing. Your request",
            "must be received within 20 days of the mailing date shown above."]
    y = 68
    for s in body:
        p.t(14, y, s, 9)
        y += 6
    p.t(14, y + 10, "Oregon Employment Department, Unemployment Insurance Division", 9)
    p.t(14, y + 16, "Decision No. 281904-02", 8)


def en_unemp_nz_winz(p: Page):
    p.t(14, 18, "Work and Income", 15, bold=True, color=(0.0, 0.35, 0.45))
    p.t(14, 24, "Te Hiranga Tangata  ·  Ministry of Social Development", 8)
    p.t(196, 18, "23 October 2026", 9, align="r")
    p.t(14, 38, "Ms Talia Fonoti-Roberts", 9)
    p.t(14, 43, "3/41 Great South Road, Papatoetoe, Auckland 2025", 9)
    p.t(196, 38, "Client number: 318 442 907", 9, align="r")
    p.t(14, 58, "Kia ora Talia,", 10)
    p.t(14, 68, "We've granted you Jobseeker Support", 12, bold=True)
    body = ["We've looked at your application and you can get Jobseeker Support from 12 October 2026, because you",
            "are not in paid work after your job at Southern Cross Freight Ltd ended on 9 October 2026.",
            "", "You'll get $337.18 each week after tax, paid every Monday into your account ending 44.",
            "", "You must be available for and looking for full-time work. If your situation changes, tell us within",
            "10 working days on MyMSD or call 0800 559 009."]
    y = 78
    for s in body:
        p.t(14, y, s, 9)
        y += 6
    p.t(14, y + 10, "Ngā mihi,", 9)
    p.t(14, y + 16, "Ministry of Social Development", 9)


def en_universal_credit(p: Page):
    W = PHONE[0]
    p.t(20, 18, "09:12", 12, bold=True)
    p.t(370, 18, "4G  64%", 10, align="r")
    p.rect(0, 30, W, 40, fill=(0.0, 0.0, 0.0), stroke=None)
    p.t(16, 56, "GOV.UK  Universal Credit", 12, color=(1, 1, 1), font="Helvetica-Bold")
    p.t(16, 100, "Your payment statement", 16, font="Helvetica-Bold")
    p.t(16, 122, "Assessment period 3 October to 2 November 2026", 10)
    p.t(16, 140, "Payment date 9 November 2026", 10)
    rows = [("Standard allowance", "£400.14"), ("Housing element", "£525.00"), ("Total", "£925.14"),
            ("Take-home pay (Wren's Bakery Ltd)", "-£388.92"), ("Advance repayment", "-£46.30"),
            ("Total deductions", "-£435.22"), ("Amount we'll pay you", "£489.92")]
    y = 160
    for k, v in rows:
        p.line(16, y, W - 16, y, 0.4, (0.75, 0.75, 0.75))
        bold = k.startswith("Total") or k.startswith("Amount")
        p.t(16, y + 24, k, 11, font="Helvetica-Bold" if bold else "Helvetica")
        p.t(W - 16, y + 24, v, 11, align="r", font="Helvetica-Bold" if bold else "Helvetica")
        y += 38
    p.t(16, y + 30, "Claimant: Shannon Mulgrew", 10)
    p.t(16, y + 48, "Your earnings were reported by your employer through RTI.", 9, color=(0.3, 0.3, 0.3))


def en_verification_letter(p: Page):
    p.t(14, 20, "NORTHWIND MARITIME SERVICES PTE. LTD.", 12, bold=True)
    p.t(14, 26, "80 Pasir Panjang Road, #11-02 Mapletree Business City, Singapore 117372", 8)
    p.t(14, 42, "6 November 2026", 10)
    p.t(14, 54, "TO WHOM IT MAY CONCERN", 10, bold=True)
    p.t(14, 64, "Re: Employment and Income Verification - Mr Rajesh Kumar Pillai", 10, bold=True)
    body = ["This is to confirm that Mr Rajesh Kumar Pillai (NRIC S86*****J) has been employed by Northwind Maritime",
            "Services Pte. Ltd. since 14 February 2018 and currently holds the position of Marine Operations Executive",
            "on a permanent, full-time basis.",
            "",
            "His current gross monthly salary is SGD 5,450.00, paid on the last working day of each month. He is",
            "not under any notice of termination.",
            "",
            "This letter is issued at the employee's request for submission to his lender and carries no",
            "liability on the part of the company."]
    y = 76
    for s in body:
        p.t(14, y, s, 9.5)
        y += 6.5
    p.t(14, y + 14, "Yours faithfully,", 9.5)
    p.t(14, y + 34, "Melissa Tan Hui Min", 9.5)
    p.t(14, y + 40, "Senior Manager, Human Resources", 9.5)


def en_w2(p: Page):
    p.t(14, 14, "Form W-2  Wage and Tax Statement  2025", 12, bold=True)
    p.t(196, 14, "Copy B - To Be Filed With Employee's FEDERAL Tax Return", 7, align="r")
    boxes = [("a Employee's social security number", "XXX-XX-2291"), ("b Employer identification number", "41-2207715"),
             ("c Employer's name, address", "Riverbend Senior Living LLC, 900 Main St, Dubuque IA 52001"),
             ("e Employee's name", "Latoya R. Simmons"), ("1 Wages, tips, other compensation", "38,214.55"),
             ("2 Federal income tax withheld", "2,987.40"), ("3 Social security wages", "39,870.00"),
             ("4 Social security tax withheld", "2,471.94"), ("5 Medicare wages and tips", "39,870.00"),
             ("6 Medicare tax withheld", "578.12"), ("16 State wages", "38,214.55"), ("17 State income tax", "1,402.66")]
    for i, (k, v) in enumerate(boxes):
        x = 14 + (i % 2) * 91
        y = 22 + (i // 2) * 14
        p.rect(x, y, 91, 14)
        p.t(x + 2, y + 4.5, k, 7)
        p.t(x + 4, y + 11, v, 9)
    p.t(14, 115, "Department of the Treasury - Internal Revenue Service", 8)


def en_p60(p: Page):
    p.t(14, 16, "P60 End of Year Certificate", 13, bold=True)
    p.t(14, 22, "Tax year to 5 April 2026", 9)
    p.t(14, 34, "Employee's details", 9, bold=True)
    p.t(14, 40, "Surname: Okonkwo-Hale     Forenames: Daniel James", 9)
    p.t(14, 46, "National Insurance number: NS 72 04 19 B     Works/payroll number: 8841", 9)
    rows = [["Pay and Income Tax details", "Pay", "Tax deducted"], ["In previous employment(s)", "0.00", "0.00"],
            ["In this employment", "29,640.00", "3,414.00"], ["Total for year", "29,640.00", "3,414.00"],
            ["Final tax code", "1257L", ""]]
    p.grid(14, 52, [90, 40, 40], rows, row_h=7, size=8.5, aligns=["l", "r", "r"], head_fill=(0.9, 0.9, 0.9))
    p.t(14, 96, "Employer name and address: Dovecote Joinery Ltd, 7 Mill Lane, Ripon HG4 1AB", 9)
    p.t(14, 102, "Employer PAYE reference: 120/DJ44718", 9)
    p.t(14, 112, "Certificate by Employer/Paying Office: This form shows your total pay for Income Tax purposes", 8)
    p.t(14, 117, "in this employment for the year. Keep this certificate in a safe place.", 8)


def en_eob(p: Page):
    p.t(14, 16, "Cascade Mutual Health Plan", 13, bold=True, color=(0.1, 0.35, 0.6))
    p.t(196, 16, "EXPLANATION OF BENEFITS", 11, bold=True, align="r")
    p.t(196, 22, "THIS IS NOT A BILL", 10, bold=True, align="r", color=(0.7, 0.1, 0.1))
    p.t(14, 32, "Member: Gregory P. Lindqvist    Member ID: CMH884019302    Group: 004417", 9)
    p.t(14, 38, "Patient: Gregory P. Lindqvist    Claim number: 2026-1009-88143    Processed: 10/19/2026", 9)
    p.t(14, 44, "Provider: Evergreen Imaging Center", 9)
    rows = [["Service date", "Service", "Amount billed", "Plan discount", "Plan paid", "You may owe"],
            ["10/02/2026", "MRI lumbar spine w/o contrast", "2,140.00", "1,288.00", "681.60", "170.40"],
            ["10/02/2026", "Radiologist interpretation", "310.00", "158.00", "121.60", "30.40"],
            ["", "Total", "2,450.00", "1,446.00", "803.20", "200.80"]]
    p.grid(14, 50, [24, 60, 26, 26, 22, 24], rows, row_h=7.5, size=8, aligns=["l", "l", "r", "r", "r", "r"],
           head_fill=(0.88, 0.92, 0.97))
    p.t(14, 90, "Your provider may bill you for the amount shown under 'You may owe'. Deductible met: $1,500 of $1,500.", 8)


def en_utility_bill(p: Page):
    p.t(14, 18, "Lakeshore Gas & Electric", 14, bold=True, color=(0.9, 0.45, 0.0))
    p.t(196, 16, "Your energy bill", 11, align="r")
    p.t(196, 22, "Bill date 3 November 2026", 8.5, align="r")
    p.t(14, 32, "Account holder: Marisol Quintero", 9)
    p.t(14, 38, "Service address: 77 Harbour View Rd, Devonport, Auckland 0624", 9)
    p.t(14, 44, "Account number: 500 318 2267", 9)
    rows = [["Usage period", "10 Oct - 31 Oct 2026 (22 days)"], ["Electricity (612 kWh @ $0.2870)", "$175.64"],
            ["Daily charge (22 days @ $1.20)", "$26.40"], ["Piped gas (41 units)", "$58.22"], ["GST", "$39.04"],
            ["Total due", "$299.30"], ["Due date", "20 November 2026"]]
    p.grid(14, 52, [110, 60], rows, row_h=8, size=9, aligns=["l", "r"])
    p.t(14, 116, "Pay by direct debit, internet banking (12-3011-0592118-00) or at any PostShop.", 8)


def en_credit_card(p: Page):
    p.t(14, 16, "Harborline Bank Platinum Rewards Mastercard", 12, bold=True)
    p.t(196, 16, "Statement closing date 10/27/2026", 8.5, align="r")
    p.t(14, 26, "KEVIN T. NAKAMURA    Account ending 8832", 9)
    summ = [["Previous balance", "$2,918.44"], ["Payments and credits", "-$450.00"], ["Purchases", "+$1,206.71"],
            ["Interest charged", "+$52.87"], ["New balance", "$3,728.02"], ["Minimum payment due", "$112.00"],
            ["Payment due date", "11/21/2026"]]
    p.grid(14, 32, [60, 34], summ, row_h=7, size=8.5, aligns=["l", "r"])
    rows = [["Trans date", "Description", "Amount"], ["09/29", "SAFEWAY #1877 SAN JOSE CA", "88.16"],
            ["10/04", "PG&E WEB ONLINE", "142.80"], ["10/09", "PAYMENT - THANK YOU", "-450.00"],
            ["10/15", "UNITED AIRLINES", "612.40"], ["10/21", "CVS/PHARMACY #9942", "38.35"],
            ["10/24", "COSTCO WHSE #0422", "325.00"]]
    p.grid(14, 86, [24, 110, 30], rows, row_h=7, size=8.5, aligns=["l", "l", "r"], head_fill=(0.9, 0.9, 0.9))
    p.t(14, 144, "Late payment warning: if we do not receive your minimum payment by the due date, you may pay a fee of"
        " up to $41.", 7.5)


# --------------------------------------------------------------------------------------------------------------------
# the documents: layout function, page size, language, type, labels, absent fields, forms
# --------------------------------------------------------------------------------------------------------------------

A4L = landscape(A4)
RECEIPT = (80 * MM, 150 * MM)

DOCS: dict[str, dict] = {
    # --- Chinese -----------------------------------------------------------------------------------------------------
    "zh-school-staff-pay-row": dict(
        fn=zh_school_pay_row, size=A4L, lang="zh", type="payslip", forms=["photo"],
        note="a county school's 教职工工资发放表 cut to one teacher's row: 18 columns, 应发合计 and 实发金额 among the deductions",
        fields={"employer": "临川市第十七中学", "employee": "彭晓岚", "period": "2026-10", "gross_pay": "7576.00",
                "net_pay": "5527.42"}),
    "zh-site-migrant-roster": dict(
        fn=zh_site_roster, size=A4L, lang="zh", type="payslip", forms=["photo"],
        note="a building site's 农民工工资发放表 row: general contractor and labour subcontractor both named; paid by the subcontractor",
        fields={"employer": ["湘达劳务有限公司", "中恒建工集团有限公司"], "employee": "石永贵", "period": "2026-10",
                "gross_pay": "8910.00", "net_pay": "8760.00"}),
    "zh-rural-bank-staff-slip": dict(
        fn=zh_bank_staff_slip, size=A4, lang="zh", type="payslip", forms=["scan"],
        note="a rural commercial bank's own staff pay slip: the issuer is a bank, income and deduction tables side by side",
        fields={"employer": "浙江安澜农村商业银行股份有限公司", "employee": "褚慧敏", "period": "2026-10",
                "gross_pay": "11580.00", "net_pay": "8817.28"}),
    "zh-dingtalk-pay-message": dict(
        fn=zh_dingtalk_pay, size=PHONE, unit=1, lang="zh", type="payslip", forms=["image"],
        note="a workplace-app pay message screenshot: the net figure in large type at the top, items as a list",
        fields={"employer": "杭州蓝芯网络科技有限公司", "employee": "蒋嘉怡", "period": "2026-10",
                "gross_pay": "9600.00", "net_pay": "7832.50"}),
    "zh-rider-income-detail": dict(
        fn=zh_rider_income, size=PHONE, unit=1, lang="zh", type="payslip", forms=["image"],
        note="a delivery rider's monthly 收入明细 in the app: settled by a labour-service company, 收入合计 less deductions",
        fields={"employer": "成都速达骑士人力资源服务有限公司", "employee": "冉小东", "period": "2026-10",
                "gross_pay": "7165.00", "net_pay": "6418.60"}),
    "zh-stmt-cmb-flow": dict(
        fn=zh_stmt_cmb, size=A4, lang="zh", type="bank_statement", forms=["text", "photo"],
        note="招商银行交易流水: 记账日期/货币/交易金额/联机余额/交易摘要/对手信息, the period as a bare date range line",
        fields={"bank": ["招商银行", "招商银行股份有限公司"], "account_holder": "邵雨桐", "account_number": "6214830211774409",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "3489.06"}),
    "zh-stmt-bocom-detail": dict(
        fn=zh_stmt_bocom, size=A4L, lang="zh", type="bank_statement", forms=["scan"],
        note="交通银行个人账户交易明细 over two months: yyyymmdd dates, 借/贷 column, counterparty name and account, channel",
        fields={"bank": ["交通银行", "交通银行南宁民族大道支行"], "account_holder": "韦德山",
                "account_number": "6222600731002854417", "period_start": "2026-09-01", "period_end": "2026-10-31",
                "closing_balance": "4417.44"}),
    "zh-stmt-cib-counter": dict(
        fn=zh_stmt_cib, size=A4, lang="zh", type="bank_statement", forms=["photo"],
        note="兴业银行 counter printout: separate 支出/存入 columns, an opening balance in the header, closing in the footer",
        fields={"bank": ["兴业银行", "兴业银行厦门湖里支行"], "account_holder": "聂婉清", "account_number": ["6135", "622909********6135"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "8988.09"}),
    "zh-stmt-village-bank": dict(
        fn=zh_stmt_village, size=A4, lang="zh", type="bank_statement", forms=["scan"],
        note="a 村镇银行 deposit 对账单: dotted dates, one signed 发生额 column, 上期结转/本期合计 rows",
        fields={"bank": "宁乡沩水村镇银行", "account_holder": "易春华", "account_number": "8802010004567793",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "2477.95"}),
    "zh-income-proof-table": dict(
        fn=zh_income_proof, size=A4, lang="zh", type="income_proof", forms=["photo"],
        note="收入证明 as a ruled form: 月均收入（税前） in figures and in capitals, HR seal over the company name",
        fields={"employer": "广州粤信通电子商务有限公司", "employee": "黎佩珊", "monthly_income": "9300.00",
                "date": "2026-11-09"}),
    "zh-contract-termination-cert": dict(
        fn=zh_termination, size=A4, lang="zh", type="unemployment_proof", forms=["scan", "photo"],
        note="解除劳动合同证明书 addressed to the worker (name first, as a salutation), end date in the body and as the date",
        fields={"person": "甘立伟", "issuer": "成都川锐精密机械有限公司", "date": "2026-09-30"}),
    "zh-unemp-register-district": dict(
        fn=zh_unemp_registration, size=A4, lang="zh", type="unemployment_proof", forms=["photo"],
        note="失业登记证明 from a district public employment service centre: a boxed form naming the former employer too",
        fields={"person": "阮秋菊", "issuer": "桂林市七星区公共就业服务中心", "date": "2026-10-14"}),
    "zh-outpatient-ebill": dict(
        fn=zh_outpatient_ebill, size=A4, lang="zh", type="medical_bill", forms=["text", "photo"],
        note="广东 电子 门诊 收费票据: 票据代码/号码/校验码, 交款人, two-up item table, 金额合计 大写 and 小写 on one line",
        fields={"provider": "佛山市南海区人民医院", "patient": "骆嘉明", "date": "2026-10-17", "total": "619.52"}),
    "zh-inpatient-settlement-list": dict(
        fn=zh_inpatient_settle, size=A4, lang="zh", type="medical_bill", forms=["scan"],
        note="住院费用结算清单: category table with 甲类/乙类/自费, a summary grid (总额, 统筹, 个人自付, 预交金, 退补)",
        fields={"provider": "湖南省直中医医院", "patient": "覃满秀", "date": "2026-10-09", "total": "17318.00"}),
    "zh-pharmacy-till-receipt": dict(
        fn=zh_pharmacy_receipt, size=RECEIPT, lang="zh", type="medical_bill", forms=["photo"],
        note="a chain pharmacy's thermal till receipt (decided: a medical bill with no patient named)",
        fields={"provider": ["老百姓大药房", "老百姓大药房（长沙芙蓉中路店）"], "date": "2026-10-22", "total": "122.90"},
        absent=["patient"]),
    "zh-iit-tax-record": dict(
        fn=zh_tax_record, size=A4, lang="zh", type="other", forms=["text"],
        note="look-alike: 个人所得税纳税记录 listing monthly wages by withholding agent"),
    "zh-social-insurance-cert": dict(
        fn=zh_social_insurance, size=A4, lang="zh", type="other", forms=["scan"],
        note="look-alike: 个人参保缴费证明 with monthly contribution bases"),
    "zh-credit-report-summary": dict(
        fn=zh_credit_report, size=A4, lang="zh", type="other", forms=["photo"],
        note="look-alike: first page of a 个人信用报告 (本人查询版)"),
    "zh-consumer-loan-contract": dict(
        fn=zh_loan_contract, size=A4, lang="zh", type="other", forms=["text"],
        note="look-alike: 个人消费借款合同 first page with amounts, dates and a seal"),
    "zh-rent-receipt-book": dict(
        fn=zh_rent_receipt, size=(210 * MM, 105 * MM), lang="zh", type="other", forms=["photo"],
        note="look-alike: a receipt-book 收据 for a month's rent and utilities"),
    "zh-power-bill-app": dict(
        fn=zh_power_bill, size=PHONE, unit=1, lang="zh", type="other", forms=["image"],
        note="look-alike: an electricity bill screenshot from the grid company's app"),
    "zh-collection-sms": dict(
        fn=zh_collection_sms, size=PHONE, unit=1, lang="zh", type="other", forms=["image"],
        note="look-alike: a screenshot of a lender's collection text messages"),
    # --- English -----------------------------------------------------------------------------------------------------
    "en-payslip-ph-bpo": dict(
        fn=en_payslip_ph, size=A4, lang="en", type="payslip", forms=["text"],
        note="a Philippine BPO payslip: surname-first name, SSS/PhilHealth/Pag-IBIG, net pay in a box with PHP",
        fields={"employer": "Isla Bayview Contact Solutions, Inc.", "employee": ["Maricel T. Dela Rosa",
                                                                               "DELA ROSA, MARICEL T."],
                "period": "2026-10", "gross_pay": "29022.73", "net_pay": "24797.46"}),
    "en-payslip-my-factory": dict(
        fn=en_payslip_my, size=A4, lang="en", type="payslip", forms=["scan"],
        note="a Malaysian factory pay slip: three column pairs (earnings, deductions, employer contributions), totals row",
        fields={"employer": "Kinta Precision Moulding Sdn. Bhd.", "employee": "Muhammad Haziq bin Roslan",
                "period": "2026-10", "gross_pay": "3538.36", "net_pay": "3104.81"}),
    "en-payslip-za-salary-advice": dict(
        fn=en_payslip_za, size=A4, lang="en", type="payslip", forms=["text"],
        note="a South African salary advice: current and year-to-date columns, 'Nett pay', tax year unlike the period",
        fields={"employer": "Umhlanga Fresh Produce (Pty) Ltd", "employee": "Nomvula P. Dlamini", "period": "2026-10",
                "gross_pay": "19072.50", "net_pay": "13123.98"}),
    "en-payslip-ke-utility": dict(
        fn=en_payslip_ke, size=A4, lang="en", type="payslip", forms=["photo"],
        note="a Kenyan payslip: one long column, payments then deductions (PAYE, NSSF, SHIF, housing levy, sacco)",
        fields={"employer": "Maji Safi Water Services Limited", "employee": "Wanjiru Achieng Otieno", "period": "2026-10",
                "gross_pay": "75300.00", "net_pay": "50048.38"}),
    "en-payslip-ng-logistics": dict(
        fn=en_payslip_ng, size=A4, lang="en", type="payslip", forms=["scan"],
        note="a Nigerian pay advice: 'Payroll Month: Oct-2026', earnings and deductions side by side, NGN net in a box",
        fields={"employer": "Lagoon Crest Logistics Nigeria Limited", "employee": "Chukwuemeka Obinna Eze",
                "period": "2026-10", "gross_pay": "410000.00", "net_pay": "320033.33"}),
    "en-paystub-us-tipped": dict(
        fn=en_paystub_us_hourly, size=A4, lang="en", type="payslip", forms=["photo"],
        note="a US restaurant's biweekly stub: hourly, overtime, card and cash tips, this-period and YTD columns",
        fields={"employer": "Harbor Lights Grill LLC", "employee": "Tyler J. Brandt", "period": "2026-10",
                "gross_pay": "1700.53", "net_pay": "1304.00"}),
    "en-payslip-uk-agency": dict(
        fn=en_payslip_uk_agency, size=A4, lang="en", type="payslip", forms=["text"],
        note="a UK agency worker's monthly payslip: assignment named, tax month, NEST pension deduction",
        fields={"employer": "Pennine Staffing Solutions Ltd", "employee": "Kerry-Ann Whitfield", "period": "2026-10",
                "gross_pay": "2107.80", "net_pay": "1799.44"}),
    "en-stmt-us-credit-union": dict(
        fn=en_stmt_credit_union, size=A4, lang="en", type="bank_statement", forms=["scan"],
        note="a US credit union member statement: address block, share draft and share savings sub-accounts, mm/dd dates",
        fields={"bank": "Prairie Hearth Federal Credit Union", "account_holder": "Darnell K. Hutchins",
                "account_number": ["3318", "******3318-09"], "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "2048.35"}),
    "en-stmt-uk-building-society": dict(
        fn=en_stmt_building_society, size=A4, lang="en", type="bank_statement", forms=["photo"],
        note="a UK building society current account: paid out/paid in, brought and carried forward rows",
        fields={"bank": "Wessex Vale Building Society", "account_holder": "Oluwaseun Adebayo-Clarke",
                "account_number": "40381175", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1664.83"}),
    "en-stmt-neobank-export": dict(
        fn=en_stmt_neobank, size=A4, lang="en", type="bank_statement", forms=["text"],
        note="a UK app bank's export: summary tiles (opening, in, out, closing), a category column, signed amounts",
        fields={"bank": ["Tallyfin", "Tallyfin Bank Ltd"], "account_holder": "Priya Ramanathan",
                "account_number": "19927734", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "215.03"}),
    "en-stmt-baroda-sb": dict(
        fn=en_stmt_india, size=A4, lang="en", type="bank_statement", forms=["scan"],
        note="an Indian public-sector bank statement: dd-mm-yyyy, Debit/Credit/Balance with 'Cr', NEFT/UPI narrations",
        fields={"bank": "Bank of Baroda", "account_holder": "Nikhil Sureshbhai Patel", "account_number": "27740100019862",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "16974.75"}),
    "en-stmt-za-current": dict(
        fn=en_stmt_za, size=A4, lang="en", type="bank_statement", forms=["photo"],
        note="a South African current account statement: yyyy/mm/dd, a fees column, R amounts",
        fields={"bank": "Nedbank", "account_holder": "S Mokoena", "account_number": "1142387560",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "6093.82"}),
    "en-med-us-urgent-care": dict(
        fn=en_med_urgent_care, size=A4, lang="en", type="medical_bill", forms=["text"],
        note="a US urgent care patient statement: CPT lines, insurance paid and adjustments, amount due vs total charges",
        fields={"provider": "Bluebonnet Urgent Care", "patient": "Alicia M. Brennan",
                "date": ["2026-10-21", "2026-10-04"], "total": ["228.00", "545.00"]}),
    "en-med-nz-private-hospital": dict(
        fn=en_med_nz_hospital, size=A4, lang="en", type="medical_bill", forms=["scan"],
        note="a NZ private hospital tax invoice: GST, insurer prior approval deducted, balance payable",
        fields={"provider": "Kowhai Park Private Hospital", "patient": "Hemi Tawhiri Parata", "date": "2026-10-13",
                "total": ["7851.51", "1651.51"]}),
    "en-med-uk-physio-invoice": dict(
        fn=en_med_uk_physio, size=A4, lang="en", type="medical_bill", forms=["text"],
        note="a UK private physiotherapy invoice: several sessions, 'Invoice to', total and balance due",
        fields={"provider": "Castlegate Physiotherapy & Sports Injury Clinic", "patient": "Joanne Featherstone",
                "date": "2026-10-30", "total": "247.00"}),
    "en-med-in-ipd-bill": dict(
        fn=en_med_india, size=A4, lang="en", type="medical_bill", forms=["photo"],
        note="an Indian hospital IPD final bill: three-column header grid, gross, discount, net payable, advance",
        fields={"provider": "Shree Sai Multispeciality Hospital", "patient": "Lakshmi Venkatesh Iyer",
                "date": "2026-10-16", "total": ["90000.00", "92297.60"]}),
    "en-unemp-us-ui-decision": dict(
        fn=en_unemp_us_ui, size=A4, lang="en", type="unemployment_proof", forms=["scan"],
        note="a US state UI administrative decision (benefits allowed after a layoff), mailed date at the top",
        fields={"person": "Derek A. Holloway", "issuer": ["Oregon Employment Department",
                                                           "State of Oregon Employment Department"],
                "date": "2026-10-15"}),
    "en-unemp-nz-jobseeker": dict(
        fn=en_unemp_nz_winz, size=A4, lang="en", type="unemployment_proof", forms=["photo"],
        note="a NZ Work and Income grant letter for Jobseeker Support, first name in the greeting",
        fields={"person": "Talia Fonoti-Roberts", "issuer": ["Work and Income", "Ministry of Social Development"],
                "date": "2026-10-23"}),
    "en-universal-credit-statement": dict(
        fn=en_universal_credit, size=PHONE, unit=1, lang="en", type="other", forms=["image"],
        note="decided: a Universal Credit payment statement is not unemployment proof (the claimant has earnings)"),
    "en-income-verification-sg": dict(
        fn=en_verification_letter, size=A4, lang="en", type="income_proof", forms=["photo"],
        note="an employment and income verification letter: gross monthly salary in a sentence, no table",
        fields={"employer": "Northwind Maritime Services Pte. Ltd.", "employee": "Rajesh Kumar Pillai",
                "monthly_income": "5450.00", "date": "2026-11-06"}),
    "en-w2-form": dict(fn=en_w2, size=A4, lang="en", type="other", forms=["text"],
                       note="look-alike: a W-2 wage and tax statement"),
    "en-p60-certificate": dict(fn=en_p60, size=A4, lang="en", type="other", forms=["scan"],
                               note="look-alike: a P60 end of year certificate"),
    "en-eob-not-a-bill": dict(fn=en_eob, size=A4, lang="en", type="other", forms=["text"],
                              note="decided: an explanation of benefits (THIS IS NOT A BILL) is a look-alike"),
    "en-utility-bill-nz": dict(fn=en_utility_bill, size=A4, lang="en", type="other", forms=["photo"],
                               note="look-alike: an energy bill with an account number, period and total"),
    "en-credit-card-statement": dict(
        fn=en_credit_card, size=A4, lang="en", type="other", forms=["text"],
        note="decided: a credit card statement is not a bank (account) statement: a look-alike"),
}


# --------------------------------------------------------------------------------------------------------------------
# forms
# --------------------------------------------------------------------------------------------------------------------

def _raster(pdf: bytes, dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(Path(tmp) / "p")], check=True)
        return Image.open(Path(tmp) / "p.png").convert("RGB")


def _seed(entry: str) -> random.Random:
    return random.Random(zlib.crc32(entry.encode("utf-8")))


def as_scan(pdf: bytes, entry: str) -> bytes:
    """A flatbed scan: greyscale 200 dpi, turned slightly, paper noise, a grey border; an image-only PDF."""
    rng = _seed(entry)
    im = _raster(pdf, 200).convert("L")
    im = im.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 7, a.shape)
    a = np.clip(a * 0.93 + 10 + noise, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
    jpg = io.BytesIO()
    im.save(jpg, "JPEG", quality=80)
    w, h = im.size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w * 72 / 200, h * 72 / 200), invariant=1)

    c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, w * 72 / 200, h * 72 / 200)
    c.showPage()
    c.save()
    return buf.getvalue()


def _coeffs(src, dst):
    """Perspective coefficients mapping output points ``dst`` to input points ``src`` (PIL's transform)."""
    m = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    return np.linalg.solve(np.array(m, float), np.array([c for p in src for c in p], float)).tolist()


def as_photo(pdf: bytes, entry: str) -> bytes:
    """A phone photo on a desk: perspective, uneven light, a shadow, a laptop edge or pen in frame, soft focus."""
    rng = _seed(entry)
    page = _raster(pdf, 150)
    w, h = page.size
    W, H = int(w * 1.22), int(h * 1.18)
    desk = np.zeros((H, W, 3), np.float32)
    base = np.array(rng.choice([(150, 112, 78), (120, 96, 74), (190, 180, 165), (95, 98, 104)]), np.float32)
    grain = np.sin(np.linspace(0, rng.uniform(30, 60), W))[None, :, None] * 8
    desk[:] = base + grain
    bg = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(bg)
    if rng.random() < 0.5:  # the edge of a laptop
        d.rectangle([int(W * 0.82), int(H * 0.55), W, H], fill=(40, 42, 46))
    else:  # a pen
        x0 = int(W * rng.uniform(0.05, 0.8))
        d.line([(x0, int(H * 0.92)), (x0 + int(W * 0.15), int(H * 0.99))], fill=(20, 40, 140), width=max(6, W // 120))
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    mx, my = (W - w) / 2, (H - h) / 2
    quad = [(mx + j(w * 0.04), my + j(h * 0.03)), (mx + w + j(w * 0.04), my + j(h * 0.03)),
            (mx + w + j(w * 0.05), my + h + j(h * 0.03)), (mx + j(w * 0.05), my + h + j(h * 0.03))]
    coeffs = _coeffs([(0, 0), (w, 0), (w, h), (0, h)], quad)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    light = 1.08 - 0.35 * np.hypot(xx - lx, yy - ly) / math.hypot(W, H)
    side = rng.choice([0, 1])
    edge = (xx / W if side else 1 - xx / W)
    shadow = 1 - 0.28 * np.clip((edge - 0.72) / 0.2, 0, 1)
    tint = np.array([1.0, 0.97, 0.9], np.float32)
    a = a * (light * shadow)[..., None] * tint
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=84)
    return out.getvalue()


def as_image(pdf: bytes, entry: str) -> bytes:
    """A phone screenshot: the phone-sized page at 3x (1170 px wide), PNG."""
    im = _raster(pdf, 216)
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def page_pdf(doc: str) -> bytes:
    spec = DOCS[doc]
    p = Page(spec["size"], spec.get("unit", MM))
    spec["fn"](p)
    return p.pdf()


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of ``doc`` in ``form`` (text | scan | photo | image): what fetch_corpus.py writes."""
    pdf = page_pdf(doc)
    entry = f"i5-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return as_scan(pdf, entry), "pdf"
    if form == "photo":
        return as_photo(pdf, entry), "jpg"
    if form == "image":
        return as_image(pdf, entry), "png"
    raise ValueError(form)


def entries() -> list[dict]:
    """The manifest entries (without sha256): one per document and form."""
    out = []
    for doc, spec in DOCS.items():
        fields = spec.get("fields", {})
        absent = spec.get("absent", [])
        for form in spec["forms"]:
            out.append({"id": f"i5-{doc}-{form}", "origin": "generated", "generator": "gen_independent5", "doc": doc,
                        "form": form, "lang": spec["lang"], "type": spec["type"], "fields": fields,
                        "absent": absent, "note": spec["note"]})
    return out


def main() -> None:
    if sys.argv[1:] == ["--list"]:
        print(json.dumps(entries(), ensure_ascii=False, indent=1))
        return
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for e in entries():
        raw, ext = render(e["doc"], e["form"])
        (out / f"{e['id']}.{ext}").write_bytes(raw)
        print(e["id"], len(raw))


if __name__ == "__main__":
    main()
