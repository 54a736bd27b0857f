"""The sixth independently generated judging set (bench/thirdparty/independent6.json).

    render(doc, form) -> (bytes, extension)

Each ``doc`` is one page drawn with reportlab as its issuer prints it (issuers and layouts no earlier set uses);
``form`` is how a person sends it: ``text`` (the born-digital PDF), ``scan`` (an image-only PDF: greyscale, 150 dpi,
slightly rotated, speckled), ``photo`` (a JPEG: the page in perspective on a desk, uneven light, soft focus, a shadow)
or ``image`` (a PNG phone screenshot; only for documents drawn as a phone screen). Deterministic: reportlab's invariant
mode, fixed seeds per entry; written without reading packet's code and importing nothing from packet.
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FIXED = time.gmtime(1796040000)  # the scans' PDF dates, so a rebuild gives the same bytes
PHONE = (360, 780)  # points: a phone screen drawn at 1 pt = 1 css px, rendered at 3x for the screenshot
_fonts = False


def _register() -> None:
    global _fonts
    if not _fonts:
        pdfmetrics.registerFont(TTFont("ZH", ZH_FONT, subfontIndex=0))
        _fonts = True


class Page:
    """A page with a top-left origin in millimetres (for A4/A5) or points (phone screens)."""

    def __init__(self, size=A4, unit=MM, font="ZH"):
        _register()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.w, self.h = size
        self.u = unit
        self.font = font

    def t(self, x, y, s, size=9, font=None, align="l", color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.font, size)
        X, Y = x * self.u, self.h - y * self.u
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](X, Y, s)
        c.setFillColorRGB(0, 0, 0)

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x0 * self.u, self.h - y0 * self.u, x1 * self.u, self.h - y1 * self.u)
        self.c.setStrokeColorRGB(0, 0, 0)

    def box(self, x, y, w, h, fill=None, stroke=(0, 0, 0), width=0.5):
        c = self.c
        c.setLineWidth(width)
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        c.rect(x * self.u, self.h - (y + h) * self.u, w * self.u, h * self.u, stroke=1 if stroke else 0,
               fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def grid(self, x, y, widths, rows, rh=6, size=8, head_fill=(0.9, 0.9, 0.9), aligns=None, font=None):
        """A ruled table; the first row is the header."""
        total = sum(widths)
        for r, row in enumerate(rows):
            yy = y + r * rh
            if r == 0 and head_fill:
                self.box(x, yy, total, rh, fill=head_fill, stroke=None)
            xx = x
            for i, (cell, w) in enumerate(zip(row, widths, strict=True)):
                a = (aligns or "l" * len(widths))[i] if r else "c"
                tx = xx + 1.2 if a == "l" else xx + w - 1.2 if a == "r" else xx + w / 2
                self.t(tx, yy + rh - 1.8, cell, size=size, align=a, font=font)
                xx += w
        for r in range(len(rows) + 1):
            self.line(x, y + r * rh, x + total, y + r * rh, 0.4)
        xx = x
        for w in [0] + list(widths):
            xx += w
            self.line(xx, y, xx, y + rh * len(rows), 0.4)

    def stamp(self, x, y, r, text, bottom="", color=(0.8, 0.1, 0.1)):
        """A round red seal: ring, star, the issuer's name along the upper arc (approximated by a chord of glyphs)."""
        import math

        c = self.c
        X, Y = x * self.u, self.h - y * self.u
        R = r * self.u
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setLineWidth(1.6)
        c.circle(X, Y, R)
        c.setFont(self.font, 9 if len(text) < 12 else 7.5)
        n = len(text)
        for i, ch in enumerate(text):
            a = math.radians(200 - i * (220 / max(n - 1, 1)))
            c.saveState()
            c.translate(X + (R - 9) * math.cos(a), Y + (R - 9) * math.sin(a))
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -3, ch)
            c.restoreState()
        c.setFont(self.font, 14)
        c.drawCentredString(X, Y - 5, "★")
        if bottom:
            c.setFont(self.font, 7)
            c.drawCentredString(X, Y - R + 10, bottom)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


# ----------------------------------------------------------------------------------------------------------- Chinese


def zh_pay_wecom_message() -> bytes:
    """企业微信 工资条 message pushed by a logistics company's payroll app, as a phone screen."""
    p = Page(PHONE, unit=1)
    p.box(0, 0, 360, 780, fill=(0.95, 0.95, 0.96), stroke=None)
    p.t(16, 18, "11:26", 11, align="l")
    p.t(344, 18, "5G ▮▮▮ 76%", 9, align="r")
    p.box(0, 28, 360, 44, fill=(1, 1, 1), stroke=None)
    p.t(16, 56, "〈", 14)
    p.t(180, 56, "工资条", 14, align="c")
    p.t(180, 100, "2026年11月10日 09:02", 9, align="c", color=(0.5, 0.5, 0.5))
    p.box(14, 112, 332, 560, fill=(1, 1, 1), stroke=(0.88, 0.88, 0.88))
    p.t(30, 140, "杭州顺程供应链管理有限公司", 12)
    p.t(30, 162, "2026年10月工资条", 16)
    p.t(30, 186, "陆晓东，您好！您10月份的工资明细如下：", 10, color=(0.35, 0.35, 0.35))
    p.t(30, 226, "实发工资", 10, color=(0.45, 0.45, 0.45))
    p.t(30, 256, "6,182.40", 26, color=(0.1, 0.45, 0.85))
    p.line(30, 272, 330, 272, 0.5, (0.85, 0.85, 0.85))
    rows = [("工号", "SC-20417"), ("部门", "萧山分拣中心/夜班组"), ("出勤天数", "26"), ("基本工资", "3,800.00"),
            ("计件工资", "2,460.00"), ("夜班补贴", "780.00"), ("高温/餐补", "310.00"), ("应发合计", "7,350.00"),
            ("养老保险(个人)", "-304.00"), ("医疗保险(个人)", "-76.00"), ("失业保险(个人)", "-19.00"),
            ("住房公积金(个人)", "-456.00"), ("个人所得税", "-32.60"), ("其他扣款(工服)", "-280.00"),
            ("实发工资", "6,182.40")]
    y = 296
    for k, v in rows:
        p.t(30, y, k, 10, color=(0.4, 0.4, 0.4))
        p.t(330, y, v, 10, align="r")
        y += 24
    p.t(180, 700, "如对工资有疑问，请在3个工作日内联系人事部", 9, align="c", color=(0.5, 0.5, 0.5))
    p.box(0, 730, 360, 50, fill=(1, 1, 1), stroke=None)
    p.t(180, 760, "确认无误          有疑问", 12, align="c", color=(0.1, 0.45, 0.85))
    return p.pdf()


def zh_pay_factory_piecework() -> bytes:
    """An electronics factory's 计件工资 slip printed three to a sheet, one cut off (A5 landscape strip)."""
    p = Page((A4[0], 105 * MM))
    p.t(105, 12, "东莞市宏泰电子有限公司  员工工资明细（2026年10月）", 12, align="c")
    p.t(12, 20, "部门：SMT二车间    工号：HT08813    姓名：韦桂兰    身份证后四位：3027", 8.5)
    p.t(198, 20, "发放日期：2026-11-08", 8.5, align="r")
    head = ["基本", "计件", "加班(平时)", "加班(周末)", "全勤", "岗位津贴", "应发工资", "社保", "水电", "伙食",
            "个税", "借支", "扣款合计", "实发工资"]
    vals = ["2,290.00", "1,684.50", "862.07", "1,053.66", "200.00", "150.00", "6,240.23", "-472.48", "-58.00",
            "-390.00", "0.00", "-500.00", "-1,420.48", "4,819.75"]
    p.grid(8, 26, [13.8] * 14, [head, vals], rh=8, size=6.8, aligns="r" * 14)
    p.t(12, 52, "本月出勤 27 天，平时加班 41.5 小时，周末加班 33.0 小时。计件数量：贴片 56,150 点。", 8)
    p.t(12, 58, "员工签名：____________    对工资有异议请于3日内向人事部反映，逾期视为确认。", 8)
    p.line(0, 70, 210, 70, 0.3, (0.5, 0.5, 0.5))
    p.t(105, 80, "东莞市宏泰电子有限公司  员工工资明细（2026年10月）", 12, align="c")
    p.t(12, 88, "部门：SMT二车间    工号：HT08814    姓名：（下一张）", 8.5)
    return p.pdf()


def zh_pay_property_mgmt() -> bytes:
    """A property-management company's 工资发放单 with 大写 amount and a finance seal, A5."""
    p = Page(A5)
    p.t(74, 16, "成都锦悦物业服务有限公司", 13, align="c")
    p.t(74, 24, "职 工 工 资 发 放 单", 12, align="c")
    p.t(10, 33, "所属期间：2026年10月1日至2026年10月31日", 8.5)
    p.t(138, 33, "单号：JY-GZ-202610-0096", 8.5, align="r")
    p.grid(10, 37, [32, 32, 32, 32], [
        ["项 目", "金额(元)", "项 目", "金额(元)"],
        ["姓名", "冉建国", "岗位", "秩序维护员"],
        ["岗位工资", "2,600.00", "养老保险", "232.00"],
        ["绩效工资", "650.00", "医疗保险", "58.00"],
        ["值班补贴", "420.00", "失业保险", "14.50"],
        ["交通补贴", "120.00", "公积金", "0.00"],
        ["工龄工资", "90.00", "个人所得税", "0.00"],
        ["应发合计", "3,880.00", "扣款合计", "304.50"],
    ], rh=7, size=8, aligns="lrlr")
    p.t(10, 100, "实发金额（小写）：¥3,575.50", 10)
    p.t(10, 108, "实发金额（大写）：叁仟伍佰柒拾伍元伍角整", 10)
    p.t(10, 122, "制表：财务部  王琳        审核：何志刚        领款人签字：", 8.5)
    p.stamp(112, 128, 17, "成都锦悦物业服务有限公司", "财务专用章")
    return p.pdf()


def zh_stmt_spdb() -> bytes:
    """浦发银行 个人账户对账单 printed at a branch counter, with 对方户名/对方账号 and 业务专用章."""
    p = Page()
    p.t(105, 18, "上海浦东发展银行个人账户对账单", 15, align="c")
    p.t(14, 30, "户名：许嘉怡", 9)
    p.t(80, 30, "账号：6217 9300 1842 5561", 9)
    p.t(196, 30, "币种：人民币  钞汇：钞", 9, align="r")
    p.t(14, 37, "查询起止日期：2026/10/01 - 2026/10/31", 9)
    p.t(196, 37, "开户机构：上海浦东发展银行南京江宁支行", 9, align="r")
    rows = [["交易日期", "交易时间", "摘要", "交易金额", "账户余额", "对方户名", "对方账号/渠道"],
            ["2026/10/01", "09:12:44", "期初余额", "", "1,204.66", "", ""],
            ["2026/10/08", "14:20:03", "工资", "+5,930.00", "7,134.66", "南京楚岳文化传媒有限公司", "3201****7760"],
            ["2026/10/09", "08:03:11", "快捷支付", "-1,860.00", "5,274.66", "支付宝(中国)网络技术有限公司", "网上支付"],
            ["2026/10/12", "19:45:27", "转账取款", "-2,000.00", "3,274.66", "许国平", "6228****0319"],
            ["2026/10/15", "10:06:50", "信用卡还款", "-1,388.21", "1,886.45", "浦发信用卡中心", "手机银行"],
            ["2026/10/21", "21:33:02", "财付通", "-126.80", "1,759.65", "财付通支付科技有限公司", "网上支付"],
            ["2026/10/26", "12:00:19", "ATM取款", "-500.00", "1,259.65", "", "ATM"],
            ["2026/10/31", "23:59:59", "结息", "+0.94", "1,260.59", "", ""]]
    p.grid(10, 44, [21, 17, 20, 22, 22, 55, 33], rows, rh=7, size=7, aligns="llllrll")
    p.t(14, 116, "本期收入合计：5,930.94    本期支出合计：5,875.01    期末余额：1,260.59", 9)
    p.t(14, 124, "说明：本对账单仅反映查询期间内账户交易情况，加盖我行业务专用章有效。", 8)
    p.t(14, 131, "打印柜员：A0723    打印时间：2026-11-03 15:22:10", 8)
    p.stamp(160, 140, 18, "上海浦东发展银行南京江宁支行", "业务专用章")
    return p.pdf()


def zh_stmt_cmbc() -> bytes:
    """民生银行 个人活期账户交易明细 exported from online banking (landscape-ish list, 借/贷 columns)."""
    p = Page()
    p.t(14, 16, "中国民生银行", 14, color=(0.0, 0.35, 0.6))
    p.t(14, 24, "CHINA MINSHENG BANK", 7, font="Helvetica", color=(0.0, 0.35, 0.6))
    p.t(105, 36, "个人活期账户交易明细清单", 14, align="c")
    p.t(14, 46, "客户姓名：秦海涛            卡号：6226 2208 3391 0472", 9)
    p.t(14, 52, "起始日期：20261001          终止日期：20261031          币种：人民币", 9)
    rows = [["序号", "交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方信息", "渠道"],
            ["1", "20261003", "网联支付", "45.00", "", "3,819.40", "美团", "网上"],
            ["2", "20261010", "代发工资", "", "4,610.00", "8,429.40", "重庆渝坤机电设备有限公司", "批量"],
            ["3", "20261011", "跨行转出", "3,000.00", "", "5,429.40", "秦海峰", "手机"],
            ["4", "20261017", "消费", "268.50", "", "5,160.90", "永辉超市", "POS"],
            ["5", "20261022", "还款", "2,150.00", "", "3,010.90", "民生银行个贷", "系统"],
            ["6", "20261030", "网联支付", "88.00", "", "2,922.90", "中国移动", "网上"]]
    p.grid(10, 58, [10, 20, 20, 22, 22, 22, 50, 14], rows, rh=7, size=7.5, aligns="llllrrrl")
    p.t(14, 116, "账户余额：2,922.90    共6笔", 9)
    p.t(14, 124, "温馨提示：本明细仅供参考，如需证明用途请至网点加盖业务专用章。", 8)
    p.stamp(165, 130, 18, "中国民生银行重庆分行营业部", "业务专用章")
    return p.pdf()


def zh_stmt_psbc_app() -> bytes:
    """邮储银行 mobile banking 交易明细 screen: card tail only, no holder's name."""
    p = Page(PHONE, unit=1)
    p.box(0, 0, 360, 780, fill=(0.97, 0.97, 0.97), stroke=None)
    p.t(16, 18, "20:41", 11)
    p.t(344, 18, "4G ▮▮▮ 38%", 9, align="r")
    p.box(0, 28, 360, 44, fill=(0.0, 0.52, 0.33), stroke=None)
    p.t(180, 56, "交易明细", 14, align="c", color=(1, 1, 1))
    p.t(16, 94, "中国邮政储蓄银行  借记卡(尾号8046)", 10)
    p.t(16, 114, "2026.10.01 - 2026.10.31", 10, color=(0.4, 0.4, 0.4))
    p.t(344, 114, "筛选", 10, align="r", color=(0.0, 0.52, 0.33))
    p.t(16, 140, "收入 ¥3,420.00    支出 ¥3,157.30", 10)
    items = [("10-02", "微信转账", "-200.00", "1,862.15"), ("10-09", "代发工资 某县农业合作社", "+3,420.00", "5,282.15"),
             ("10-10", "跨行汇款", "-1,500.00", "3,782.15"), ("10-15", "电费 国网", "-96.30", "3,685.85"),
             ("10-20", "贷款还款", "-1,211.00", "2,474.85"), ("10-28", "消费 县人民医院", "-150.00", "2,324.85")]
    y = 170
    for d, what, amt, bal in items:
        p.box(8, y - 16, 344, 58, fill=(1, 1, 1), stroke=None)
        p.t(20, y + 6, what, 11)
        p.t(340, y + 6, amt, 12, align="r", color=(0.8, 0.2, 0.1) if amt.startswith("+") else (0, 0, 0))
        p.t(20, y + 28, "2026-" + d, 9, color=(0.5, 0.5, 0.5))
        p.t(340, y + 28, "余额 " + bal, 9, align="r", color=(0.5, 0.5, 0.5))
        y += 66
    p.t(180, 590, "— 没有更多了 —", 9, align="c", color=(0.6, 0.6, 0.6))
    return p.pdf()


def zh_med_tcm_ebill() -> bytes:
    """A TCM hospital's 门诊 医疗收费电子票据 (财政部监制), with 票据代码/号码/校验码 and 医保 split."""
    p = Page((A4[0], 140 * MM))
    p.t(105, 16, "浙江省医疗收费票据（电子）", 14, align="c", color=(0.55, 0.1, 0.1))
    p.t(105, 23, "财政部监制", 8, align="c")
    p.t(12, 32, "票据代码：33060126", 8.5)
    p.t(12, 38, "交款人统一社会信用代码：", 8.5)
    p.t(12, 44, "交款人：邵美华", 8.5)
    p.t(198, 32, "票据号码：0098127745", 8.5, align="r")
    p.t(198, 38, "校验码：7c3a2e", 8.5, align="r")
    p.t(198, 44, "开票日期：2026-10-27", 8.5, align="r")
    rows = [["项目名称", "数量", "单位", "金额(元)", "备注"],
            ["诊查费", "1", "次", "25.00", "门诊号 2610270391"],
            ["中药饮片", "7", "剂", "186.34", "医保类型：职工医保"],
            ["中成药", "1", "盒", "48.60", "个人账户支付：120.00"],
            ["针灸治疗", "1", "次", "60.00", "统筹基金支付：95.18"],
            ["推拿", "1", "次", "45.00", "个人现金支付：149.76"]]
    p.grid(10, 50, [46, 16, 16, 28, 84], rows, rh=7, size=8, aligns="lrcrl")
    p.t(12, 100, "金额合计（大写）：叁佰陆拾肆元玖角肆分", 9)
    p.t(130, 100, "（小写）364.94", 9)
    p.t(12, 110, "收款单位（章）：绍兴市中医院", 9)
    p.t(110, 110, "复核人：金晓    收款人：1032", 9)
    p.stamp(60, 124, 14, "绍兴市中医院", "财务专用章")
    return p.pdf()


def zh_med_dental_receipt() -> bytes:
    """A private dental clinic's 收费单 from its practice software, thermal-ish narrow page."""
    p = Page((90 * MM, 180 * MM))
    p.t(45, 12, "佛山贝诺口腔门诊部", 12, align="c")
    p.t(45, 18, "收 费 单", 10, align="c")
    lines = ["单号：BN2610190027", "患者：谭子健   男   34岁", "病历号：F0018842", "医生：陈颖",
             "日期：2026年10月19日 16:42"]
    y = 28
    for s in lines:
        p.t(5, y, s, 8)
        y += 5.5
    p.line(4, y - 2, 86, y - 2, 0.3)
    items = [("根管治疗(磨牙)", "1", "1,200.00"), ("显微镜使用费", "1", "300.00"), ("全景片", "1", "120.00"),
             ("玻璃离子充填", "1", "180.00")]
    y += 3
    p.t(5, y, "项目", 8)
    p.t(58, y, "数量", 8, align="r")
    p.t(86, y, "金额", 8, align="r")
    y += 6
    for n, q, a in items:
        p.t(5, y, n, 8)
        p.t(58, y, q, 8, align="r")
        p.t(86, y, a, 8, align="r")
        y += 5.5
    p.line(4, y, 86, y, 0.3)
    y += 6
    for k, v in [("合计金额", "1,800.00"), ("会员折扣", "-90.00"), ("应收金额", "1,710.00"), ("微信支付", "1,710.00")]:
        p.t(5, y, k, 9)
        p.t(86, y, v, 9, align="r")
        y += 6
    p.t(5, y + 4, "本单据不作报销凭证，需发票请至前台。", 7)
    p.t(5, y + 10, "地址：佛山市禅城区季华五路22号  电话：0757-8203xxxx", 7)
    return p.pdf()


def zh_unemp_leaving_cert() -> bytes:
    """离职证明 from a tutoring company: letter on letterhead with a company seal."""
    p = Page()
    p.t(105, 24, "武汉启明星教育咨询有限公司", 15, align="c")
    p.line(20, 29, 190, 29, 1.0, (0.2, 0.3, 0.6))
    p.t(105, 48, "离 职 证 明", 18, align="c")
    body = ["兹证明 岑柳青（身份证号：420106199303****25）自2021年3月15日起在我公司担任",
            "初中数学教师一职，于2026年9月30日因公司业务调整与公司解除劳动合同，",
            "已办理完毕全部离职交接手续。",
            "",
            "经双方协商一致，公司与其不存在任何劳动纠纷及未结清款项。该员工在职期间",
            "未签订竞业限制协议。",
            "",
            "特此证明。"]
    y = 68
    for s in body:
        p.t(26, y, s, 11)
        y += 9
    p.t(190, 160, "武汉启明星教育咨询有限公司（盖章）", 11, align="r")
    p.t(190, 170, "二〇二六年十月八日", 11, align="r")
    p.stamp(160, 160, 20, "武汉启明星教育咨询有限公司", "")
    p.t(26, 240, "本证明一式两份，公司与员工各执一份。", 8, color=(0.4, 0.4, 0.4))
    return p.pdf()


def zh_income_cert_software() -> bytes:
    """收入证明 on a bank's loan template, filled in by a software company (表格式)."""
    p = Page()
    p.t(105, 22, "收  入  证  明", 17, align="c")
    p.t(20, 34, "致：中信银行股份有限公司（贷款审批部门）", 10)
    p.grid(20, 42, [40, 55, 30, 45], [
        ["项目", "内容", "项目", "内容"],
        ["员工姓名", "闵思远", "性别", "男"],
        ["身份证号码", "510104198911****36", "入职时间", "2019年7月"],
        ["工作部门", "研发中心", "职务", "高级测试工程师"],
        ["月均税前收入", "人民币 16,800.00 元", "年收入", "人民币 201,600.00 元"],
    ], rh=10, size=9, aligns="llll")
    body = ["兹证明上述人员为我单位正式员工，以上收入情况属实（含基本工资、岗位津贴及绩效奖金，",
            "不含年终奖）。本证明仅用于该员工办理贷款，不作为我单位对其债务的担保。",
            "如有虚假，我单位愿承担相应责任。"]
    y = 104
    for s in body:
        p.t(20, y, s, 9.5)
        y += 8
    p.t(20, 140, "单位名称（盖章）：成都云栈科技有限公司", 10)
    p.t(20, 150, "单位地址：成都市高新区天府五街200号", 10)
    p.t(20, 160, "人事部联系人：龚蕾    电话：028-6558xxxx", 10)
    p.t(20, 172, "日期：2026年11月2日", 10)
    p.stamp(90, 148, 19, "成都云栈科技有限公司", "人事专用章")
    return p.pdf()


def zh_other_tax_record() -> bytes:
    """个人所得税 App 收入纳税明细 screen (a look-alike: income by month but not a payslip)."""
    p = Page(PHONE, unit=1)
    p.box(0, 0, 360, 780, fill=(0.96, 0.97, 0.99), stroke=None)
    p.t(16, 18, "09:15", 11)
    p.box(0, 28, 360, 44, fill=(0.12, 0.4, 0.78), stroke=None)
    p.t(180, 56, "收入纳税明细查询", 14, align="c", color=(1, 1, 1))
    p.t(16, 96, "所得年度：2026    所得类型：工资薪金", 10)
    p.t(16, 118, "收入合计 70,400.00 元   已申报税额 1,107.00 元", 10)
    y = 150
    for m, inc, tax in [("2026-10", "8,800.00", "141.00"), ("2026-09", "8,800.00", "141.00"),
                        ("2026-08", "8,800.00", "141.00"), ("2026-07", "8,800.00", "141.00")]:
        p.box(8, y - 16, 344, 78, fill=(1, 1, 1), stroke=None)
        p.t(20, y + 4, "工资薪金   所得期间 " + m, 11)
        p.t(20, y + 26, "扣缴义务人：嘉兴华纬纺织有限公司", 9, color=(0.4, 0.4, 0.4))
        p.t(20, y + 46, "收入 " + inc + "    已申报税额 " + tax, 9, color=(0.4, 0.4, 0.4))
        y += 90
    p.t(180, 540, "数据来源：国家税务总局个人所得税App", 9, align="c", color=(0.5, 0.5, 0.5))
    return p.pdf()


def zh_other_collection_sms() -> bytes:
    """催收短信 screenshot (a look-alike: names a debt and a lender, no document fields)."""
    p = Page(PHONE, unit=1)
    p.box(0, 0, 360, 780, fill=(1, 1, 1), stroke=None)
    p.t(16, 18, "13:07", 11)
    p.t(180, 56, "1069 0382 2917", 13, align="c")
    msgs = ["【安逸花】尊敬的客户，您的借款已逾期23天，", "应还金额4,862.17元。请于今日18点前还款，",
            "逾期将影响您的个人征信。回T退订",
            "", "【某某资产管理】您好，您在马上消费金融", "的欠款已委托我司处理，请尽快联系", "0731-8xxxxxxx 协商还款方案。"]
    y = 110
    p.box(14, 96, 300, 74, fill=(0.92, 0.92, 0.93), stroke=None)
    p.box(14, 196, 300, 74, fill=(0.92, 0.92, 0.93), stroke=None)
    for s in msgs:
        if not s:
            y += 42
            continue
        p.t(24, y, s, 11)
        y += 20
    p.t(180, 90, "2026年11月12日 10:22", 9, align="c", color=(0.5, 0.5, 0.5))
    return p.pdf()


def zh_other_water_bill() -> bytes:
    """自来水公司 水费缴费通知单 (a look-alike bill)."""
    p = Page(A5)
    p.t(74, 16, "长沙水业集团 水费缴费通知单", 13, align="c")
    p.grid(10, 24, [32, 32, 32, 32], [
        ["户号", "0182774503", "户名", "汤*芳"],
        ["抄表日期", "2026-10-25", "用水性质", "居民生活"],
        ["上期读数", "1,284", "本期读数", "1,302"],
        ["用水量(吨)", "18", "单价(元/吨)", "3.58"],
        ["水费", "64.44", "污水处理费", "17.10"],
        ["本期应缴", "81.54", "缴费截止", "2026-11-20"],
    ], rh=7, size=8, head_fill=None, aligns="llll")
    p.t(10, 78, "请通过微信、支付宝或银行代扣缴费。逾期将按日加收滞纳金。", 8)
    return p.pdf()


# ----------------------------------------------------------------------------------------------------------- English


def en_payslip_ie_hotel() -> bytes:
    """Irish hotel payslip: PAYE, USC and PRSI, month number, a union subscription, side-by-side columns."""
    p = Page(font="Helvetica")
    p.t(14, 18, "ARDMORE QUAY HOTEL LIMITED", 13, font="Helvetica-Bold")
    p.t(14, 24, "The Quay, Westport, Co. Mayo F28 X2P4   Employer Reg. 8214471T", 7.5)
    p.t(196, 18, "PAYSLIP", 15, font="Helvetica-Bold", align="r")
    p.grid(14, 32, [30, 60, 30, 62], [
        ["", "", "", ""],
        ["Employee", "Siobhan M. Connolly", "Works No.", "AQH-0417"],
        ["PPS No.", "7719034RA", "Period", "October 2026 (Month 10)"],
        ["Department", "Housekeeping", "Pay Date", "27/10/2026"],
    ], rh=7, size=8, head_fill=None)
    p.t(14, 70, "PAYMENTS", 9, font="Helvetica-Bold")
    p.t(110, 70, "DEDUCTIONS", 9, font="Helvetica-Bold")
    earn = [("Basic Pay", "2,650.00"), ("Sunday Premium", "212.00"), ("Night Allowance", "140.00"),
            ("Overtime (9.0 hrs)", "186.75"), ("Service Charge Share", "96.50")]
    ded = [("PAYE", "241.30"), ("USC", "61.88"), ("PRSI Class A1", "131.41"), ("Pension (PRSA)", "98.56"),
           ("SIPTU Subscription", "24.00")]
    y = 77
    for (a, b), (c, d) in zip(earn, ded, strict=True):
        p.t(16, y, a, 8.5)
        p.t(100, y, b, 8.5, align="r")
        p.t(112, y, c, 8.5)
        p.t(196, y, d, 8.5, align="r")
        y += 6
    p.line(14, y, 196, y)
    y += 6
    p.t(16, y, "GROSS PAY", 9, font="Helvetica-Bold")
    p.t(100, y, "3,285.25", 9, font="Helvetica-Bold", align="r")
    p.t(112, y, "TOTAL DEDUCTIONS", 9, font="Helvetica-Bold")
    p.t(196, y, "557.15", 9, font="Helvetica-Bold", align="r")
    y += 12
    p.box(110, y - 6, 86, 10, fill=(0.9, 1.0, 0.93))
    p.t(112, y, "NET PAY  EUR", 10, font="Helvetica-Bold")
    p.t(194, y, "2,728.10", 11, font="Helvetica-Bold", align="r")
    p.t(14, y + 16, "Cumulative: Gross 31,420.80  Tax 2,301.44  USC 590.12  PRSI 1,256.83   Tax credits month 333.34",
        7.5)
    return p.pdf()


def en_payslip_gh_cocoa() -> bytes:
    """Ghanaian monthly payslip (SSNIT, PAYE, welfare dues), printed on half A4 with capitals and colons."""
    p = Page((A4[0], 150 * MM), font="Helvetica")
    p.t(105, 14, "ASANTE COCOA PROCESSING LIMITED", 11, font="Helvetica-Bold", align="c")
    p.t(105, 19, "Plot 14, Harbour Industrial Area, Takoradi, Western Region   GPS: WS-0142-7781", 7.5, align="c")
    p.t(105, 27, "PAY SLIP FOR THE MONTH OF OCTOBER 2026", 10, font="Helvetica-Bold", align="c")
    p.t(14, 36, "NAME : KWAME OSEI BOATENG", 8.5)
    p.t(14, 41, "SSNIT NO : C019204418xxx     GHANA CARD : GHA-7200xxxxx-3", 8.5)
    p.t(120, 36, "DEPT : WAREHOUSE / BAGGING", 8.5)
    p.t(120, 41, "STAFF NO : ACP-1187", 8.5)
    rows = [["EARNINGS", "GHS", "DEDUCTIONS", "GHS"],
            ["BASIC SALARY", "4,850.00", "SSNIT (5.5%)", "266.75"],
            ["TRANSPORT ALLOWANCE", "400.00", "INCOME TAX (PAYE)", "842.61"],
            ["OVERTIME", "312.40", "WELFARE DUES", "50.00"],
            ["RISK ALLOWANCE", "250.00", "STAFF LOAN", "300.00"],
            ["TOTAL EARNINGS", "5,812.40", "TOTAL DEDUCTIONS", "1,459.36"]]
    p.grid(14, 46, [55, 36, 55, 36], rows, rh=7, size=8, aligns="lrlr")
    p.t(14, 99, "NET SALARY (GHS) :  4,353.04", 11, font="Helvetica-Bold")
    p.t(120, 99, "EMPLOYER SSNIT (13%): 630.50", 7.5)
    p.t(14, 109, "Bank: GCB Bank  A/C 1231 3004 xxxx   Loan balance after deduction: GHS 1,200.00", 8)
    return p.pdf()


def en_payslip_au_aged_care() -> bytes:
    """Australian fortnightly payslip (aged care award): hours x rate lines, PAYG, union fees, super paid on top."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Banksia Grove Aged Care Pty Ltd", 12, font="Helvetica-Bold")
    p.t(14, 23, "ABN 63 118 402 775  |  88 Pacific Hwy, Gosford NSW 2250", 8)
    p.t(196, 18, "Pay Advice", 11, align="r", font="Helvetica-Bold")
    p.grid(14, 30, [36, 55, 36, 55], [
        ["", "", "", ""],
        ["Employee", "Tevita Fifita", "Employee ID", "BG-30921"],
        ["Classification", "Aged Care Employee L3", "Pay Frequency", "Fortnightly"],
        ["Period", "12/10/2026 - 25/10/2026", "Payment Date", "29/10/2026"],
    ], rh=6.5, size=8, head_fill=None)
    rows = [["Description", "Hours/Qty", "Rate", "Amount"],
            ["Ordinary Hours", "76.00", "31.42", "2,387.92"],
            ["Saturday Penalty 50%", "7.60", "15.71", "119.40"],
            ["Night Shift Loading 15%", "22.80", "4.71", "107.39"],
            ["Laundry Allowance", "10.00", "0.32", "3.20"]]
    p.grid(14, 60, [90, 22, 22, 48], rows, rh=6.5, size=8, aligns="lrrr")
    rows2 = [["Deductions", "Amount"], ["PAYG Withholding", "412.00"], ["Union Fees (HACSU)", "28.50"]]
    p.grid(14, 98, [90, 48], rows2, rh=6.5, size=8, aligns="lr")
    p.t(14, 128, "Gross Earnings: 2,617.91", 10, font="Helvetica-Bold")
    p.t(14, 135, "Total Deductions: 440.50", 10)
    p.t(14, 144, "Net Pay: $2,177.41", 12, font="Helvetica-Bold")
    p.t(120, 128, "Superannuation (SG 12%): 313.77", 8)
    p.t(120, 133, "Fund: AustralianSuper", 8)
    p.t(120, 138, "YTD Gross: 10,471.64   YTD Tax: 1,648.00", 8)
    p.t(14, 156, "Leave balances: Annual 61.3 hrs   Personal/Carer's 38.0 hrs", 8)
    return p.pdf()


def en_med_us_ambulance() -> bytes:
    """US ambulance transport bill: HCPCS lines, mileage, insurer payment and contractual adjustment, balance due."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Gila Valley Ambulance Service", 13, font="Helvetica-Bold")
    p.t(14, 23, "PO Box 6120, Safford, AZ 85548   Billing (928) 555-0172", 8)
    p.t(196, 18, "STATEMENT", 11, align="r", font="Helvetica-Bold")
    p.grid(120, 26, [38, 38], [["", ""], ["Statement Date", "11/04/2026"], ["Run / Acct #", "GV-26-04417"],
                               ["Amount Due", "$287.40"], ["Due By", "12/04/2026"]], rh=6, size=8, head_fill=None)
    p.t(14, 36, "Patient:", 8)
    p.t(14, 42, "Rosa M. Delgado", 9)
    p.t(14, 47, "7719 S Hardy Dr Apt 12, Tempe AZ 85284", 8)
    rows = [["Date of Service", "Code", "Description", "Charges", "Ins. Paid", "Adj."],
            ["10/21/2026", "A0427", "ALS1 emergency transport", "1,180.00", "", ""],
            ["10/21/2026", "A0425", "Ground mileage (12 mi @ 21.50)", "258.00", "", ""],
            ["10/21/2026", "A0398", "ALS routine disposable supplies", "64.00", "", ""],
            ["10/21/2026", "J3010", "Fentanyl citrate 25 mcg", "18.00", "", ""],
            ["11/01/2026", "", "BCBS of Arizona payment", "", "-896.40", ""],
            ["11/01/2026", "", "Contractual adjustment", "", "", "-336.20"]]
    p.grid(14, 62, [26, 16, 70, 24, 24, 22], rows, rh=7, size=7.5, aligns="lllrrr")
    p.t(14, 118, "Total Charges: $1,520.00    Insurance Paid: $896.40    Adjustments: $336.20", 8.5)
    p.t(14, 126, "PATIENT BALANCE DUE: $287.40", 11, font="Helvetica-Bold")
    p.t(14, 138, "Transport from 1200 W Main St to Mt. Graham Regional Medical Center. Payment plans are available.", 8)
    return p.pdf()


def en_unemp_au_centrelink() -> bytes:
    """Services Australia (Centrelink) letter approving JobSeeker Payment."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Services Australia", 14, font="Helvetica-Bold", color=(0.0, 0.3, 0.2))
    p.t(14, 23, "Centrelink", 9)
    p.t(196, 18, "Customer Reference Number: 318 442 907A", 8.5, align="r")
    p.t(196, 23, "Date: 6 October 2026", 8.5, align="r")
    p.t(14, 38, "Mr Lachlan J Dunne", 10)
    p.t(14, 43, "4/17 Mann Street", 10)
    p.t(14, 48, "Gosford NSW 2250", 10)
    p.t(14, 62, "Dear Lachlan,", 10)
    p.t(14, 72, "We have approved your claim for JobSeeker Payment", 12, font="Helvetica-Bold")
    body = ["You can get JobSeeker Payment from 29 September 2026 because you are out of work and looking for a job.",
            "You need to meet your mutual obligation requirements to keep getting paid.",
            "",
            "Your payment", "JobSeeker Payment (single, no children)            $781.10 per fortnight",
            "Energy Supplement                                            $8.80 per fortnight",
            "",
            "We will pay you every second Thursday into your nominated account. You must tell us within 14 days",
            "if you start work or your income changes."]
    y = 84
    for s in body:
        p.t(14, y, s, 9)
        y += 6
    p.t(14, 160, "Yours sincerely,", 10)
    p.t(14, 168, "Centrelink, Services Australia", 10)
    return p.pdf()


def en_paystub_us_diner() -> bytes:
    """US hourly pay stub (server at a diner): tips, overtime, FICA, biweekly with YTD columns."""
    p = Page(font="Helvetica")
    p.t(14, 16, "Blue Heron Family Diner LLC", 12, font="Helvetica-Bold")
    p.t(14, 21, "4410 Route 9 South, Freehold, NJ 07728", 8)
    p.t(196, 16, "EARNINGS STATEMENT", 11, font="Helvetica-Bold", align="r")
    p.t(196, 22, "Check No. 0018842", 8, align="r")
    p.t(14, 32, "Employee: JAMAL T. WASHINGTON", 9)
    p.t(14, 37, "SSN: XXX-XX-6614     Dept: FOH / Server", 8)
    p.t(120, 32, "Period Beginning: 10/12/2026", 8.5)
    p.t(120, 37, "Period Ending:    10/25/2026", 8.5)
    p.t(120, 42, "Pay Date:         10/30/2026", 8.5)
    rows = [["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            ["Regular", "5.62", "80.00", "449.60", "9,216.80"],
            ["Overtime", "8.43", "6.50", "54.80", "612.42"],
            ["Cash Tips", "", "", "612.00", "13,420.00"],
            ["Charged Tips", "", "", "538.40", "11,982.35"],
            ["Tip Credit Adj", "", "", "56.20", "784.11"],
            ["Gross Pay", "", "", "1,711.00", "36,015.68"]]
    p.grid(14, 50, [50, 22, 22, 38, 38], rows, rh=6, size=8, aligns="lrrrr")
    rows2 = [["Deductions", "This Period", "Year to Date"],
             ["Federal Income Tax", "118.42", "2,498.10"],
             ["Social Security", "106.08", "2,232.97"],
             ["Medicare", "24.81", "522.23"],
             ["NJ State Income Tax", "31.27", "660.04"],
             ["NJ SDI / FLI / UI", "16.60", "349.35"],
             ["Tips Paid in Cash", "612.00", "13,420.00"]]
    p.grid(14, 100, [70, 50, 50], rows2, rh=6, size=8, aligns="lrr")
    p.box(110, 150, 86, 12, fill=(0.93, 0.93, 0.93))
    p.t(112, 158, "Net Pay", 10, font="Helvetica-Bold")
    p.t(194, 158, "$801.82", 11, font="Helvetica-Bold", align="r")
    p.t(14, 172, "Direct deposit: Provident Bank checking xxxxxx2290   $801.82", 8)
    return p.pdf()


def en_stmt_nz_asb() -> bytes:
    """New Zealand bank transaction statement (streamline account), dd/mm dates, NZD."""
    p = Page(font="Helvetica")
    p.box(0, 0, 210, 12, fill=(1.0, 0.83, 0.0), stroke=None)
    p.t(14, 8, "ASB", 12, font="Helvetica-Bold")
    p.t(14, 24, "Miss Tiana Rangi", 9)
    p.t(14, 29, "14 Kowhai Street", 9)
    p.t(14, 34, "Hamilton East, Hamilton 3216", 9)
    p.t(196, 24, "Statement", 14, align="r", font="Helvetica-Bold")
    p.t(196, 31, "Streamline  12-3077-0548819-00", 9, align="r")
    p.t(196, 37, "From 1 October 2026 to 31 October 2026", 9, align="r")
    rows = [["Date", "Transaction", "Withdrawals", "Deposits", "Balance"],
            ["01 Oct", "Opening Balance", "", "", "612.08"],
            ["03 Oct", "EFTPOS PAK N SAVE CLARENCE ST", "142.37", "", "469.71"],
            ["09 Oct", "SALARY WAIKATO CLEANING SVCS", "", "1,428.60", "1,898.31"],
            ["10 Oct", "AP RENT 14 KOWHAI ST", "680.00", "", "1,218.31"],
            ["16 Oct", "DD GENESIS ENERGY", "118.40", "", "1,099.91"],
            ["23 Oct", "SALARY WAIKATO CLEANING SVCS", "", "1,428.60", "2,528.51"],
            ["24 Oct", "AP RENT 14 KOWHAI ST", "680.00", "", "1,848.51"],
            ["29 Oct", "DD HARMONEY LOAN", "395.22", "", "1,453.29"],
            ["31 Oct", "Closing Balance", "", "", "1,453.29"]]
    p.grid(14, 46, [22, 78, 28, 28, 26], rows, rh=7, size=8, aligns="llrrr", head_fill=(1.0, 0.95, 0.7))
    p.t(14, 126, "Total withdrawals 2,015.99     Total deposits 2,857.20", 8.5)
    p.t(14, 134, "ASB Bank Limited. Please check this statement and tell us about any errors within 30 days.", 7.5)
    return p.pdf()


def en_stmt_za_capitec() -> bytes:
    """South African bank's account statement (Capitec-like design) with fees column, ZAR, yyyy/mm/dd dates."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Capitec Bank", 14, font="Helvetica-Bold", color=(0.0, 0.25, 0.5))
    p.t(14, 24, "Capitec Bank Limited Reg. No: 1980/003695/06", 7)
    p.t(196, 18, "Main Account Statement", 11, align="r", font="Helvetica-Bold")
    p.grid(14, 32, [40, 60], [["", ""],
                               ["Account Holder", "MR SIPHO B NDLOVU"],
                               ["Account Number", "1362548817"],
                               ["Statement Period", "2026/10/01 to 2026/10/31"],
                               ["Branch", "Soweto Maponya Mall"]], rh=6, size=8, head_fill=None)
    rows = [["Post Date", "Description", "Fees", "Amount", "Balance"],
            ["2026/10/01", "Balance brought forward", "", "", "318.44"],
            ["2026/10/05", "UIF Benefit Payment DoEL", "", "3,214.00", "3,532.44"],
            ["2026/10/06", "Cash Withdrawal ATM Soweto", "-10.00", "-1,000.00", "2,522.44"],
            ["2026/10/12", "POS Purchase Shoprite", "", "-864.35", "1,658.09"],
            ["2026/10/18", "Prepaid Electricity City Power", "", "-300.00", "1,358.09"],
            ["2026/10/25", "Debit Order Old Mutual Funeral", "", "-189.00", "1,169.09"],
            ["2026/10/31", "Monthly Account Admin Fee", "-7.50", "", "1,161.59"]]
    p.grid(14, 66, [24, 78, 18, 28, 34], rows, rh=7, size=8, aligns="llrrr")
    p.t(14, 128, "Closing Balance: R1,161.59", 10, font="Helvetica-Bold")
    return p.pdf()


def en_other_uk_universal_credit() -> bytes:
    """UK Universal Credit monthly payment statement (a look-alike: a benefit award, not proof of unemployment)."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Universal Credit", 16, font="Helvetica-Bold")
    p.t(14, 26, "Your payment statement for 3 September 2026 to 2 October 2026", 10)
    p.t(14, 36, "Payment date: 9 October 2026", 9)
    rows = [["What you're entitled to", ""], ["Standard allowance", "£400.14"], ["Housing costs", "£525.00"],
            ["Child amount", "£339.00"], ["Total", "£1,264.14"]]
    p.grid(14, 44, [110, 40], rows, rh=7, size=9, aligns="lr")
    rows2 = [["What we take off", ""], ["Earnings (take-home pay £812.40 less work allowance £404)", "£224.55"],
             ["Advance repayment", "£66.67"], ["Total deductions", "£291.22"]]
    p.grid(14, 86, [110, 40], rows2, rh=7, size=9, aligns="lr")
    p.t(14, 124, "Your Universal Credit payment:  £972.92", 12, font="Helvetica-Bold")
    p.t(14, 134, "Name on account: Mr Daniel Okafor", 9)
    return p.pdf()


def en_income_letter_ke() -> bytes:
    """Kenyan employer's employment and salary confirmation letter (on letterhead, signed by HR)."""
    p = Page(font="Helvetica")
    p.t(105, 18, "TUMAINI AGRO-PROCESSORS LIMITED", 13, font="Helvetica-Bold", align="c")
    p.t(105, 23, "P.O. Box 41122-00100, Industrial Area, Nairobi  |  hr@tumainiagro.co.ke", 8, align="c")
    p.line(14, 26, 196, 26, 1)
    p.t(14, 36, "Ref: TAP/HR/EMP/2026/318", 9)
    p.t(196, 36, "28th October 2026", 9, align="r")
    p.t(14, 48, "TO WHOM IT MAY CONCERN", 10, font="Helvetica-Bold")
    p.t(14, 56, "RE: CONFIRMATION OF EMPLOYMENT - MR. OTIENO KEVIN OMONDI (ID NO. 28817xxx)", 9,
        font="Helvetica-Bold")
    body = ["This is to confirm that the above named is a permanent and pensionable employee of Tumaini",
            "Agro-Processors Limited, having joined on 1st February 2020. He currently holds the position of",
            "Warehouse Supervisor in our Logistics Department.",
            "",
            "His current gross monthly salary is KES 68,500.00 (Kenya Shillings Sixty Eight Thousand Five",
            "Hundred only), payable at the end of each month through Equity Bank.",
            "",
            "This letter is issued at his request for whatever purpose it may serve. Any further enquiry may",
            "be directed to the undersigned."]
    y = 68
    for s in body:
        p.t(14, y, s, 9.5)
        y += 6.5
    p.t(14, 140, "Yours faithfully,", 9.5)
    p.t(14, 158, "Grace W. Mwangi", 9.5, font="Helvetica-Bold")
    p.t(14, 164, "Human Resources Manager", 9.5)
    return p.pdf()


def en_other_w2() -> bytes:
    """Form W-2 Wage and Tax Statement (a look-alike: annual wages, not a payslip)."""
    p = Page(font="Helvetica")
    p.t(14, 16, "Form W-2 Wage and Tax Statement 2025", 12, font="Helvetica-Bold")
    cells = [("a Employee's social security number", "XXX-XX-3318"), ("b Employer identification number (EIN)",
             "84-2207719"), ("c Employer's name, address, and ZIP code", "Lakeshore Home Health Inc, Madison WI"),
             ("e Employee's name", "Priya N. Raman"), ("1 Wages, tips, other compensation", "41,870.22"),
             ("2 Federal income tax withheld", "3,902.10"), ("3 Social security wages", "43,010.00"),
             ("4 Social security tax withheld", "2,666.62"), ("16 State wages, tips, etc.", "41,870.22"),
             ("17 State income tax", "1,744.91")]
    y = 24
    for k, v in cells:
        p.box(14, y, 182, 12)
        p.t(16, y + 4, k, 7)
        p.t(18, y + 10, v, 9)
        y += 12
    p.t(14, y + 8, "Copy B - To Be Filed With Employee's FEDERAL Tax Return.  Department of the Treasury - IRS", 7)
    return p.pdf()


def en_other_eob() -> bytes:
    """Insurer's Explanation of Benefits (a look-alike: says THIS IS NOT A BILL)."""
    p = Page(font="Helvetica")
    p.t(14, 18, "Cigna Healthcare", 13, font="Helvetica-Bold")
    p.t(196, 18, "Explanation of Benefits", 12, align="r", font="Helvetica-Bold")
    p.t(196, 25, "THIS IS NOT A BILL", 11, align="r", font="Helvetica-Bold")
    p.t(14, 34, "Member: Thomas K. Bergstrom    ID: U8827714-02    Claim #: 2610-44817729", 8.5)
    rows = [["Service date", "Provider", "Amount billed", "Discount", "Plan paid", "You may owe"],
            ["10/09/2026", "Northside Orthopedics PC", "612.00", "248.30", "290.96", "72.74"],
            ["10/09/2026", "Northside Imaging", "380.00", "190.00", "152.00", "38.00"]]
    p.grid(14, 42, [26, 56, 26, 24, 24, 26], rows, rh=7, size=8, aligns="llrrrr")
    p.t(14, 72, "Total you may owe: $110.74 (your provider may bill you for this amount)", 9)
    return p.pdf()


def en_other_gym_invoice() -> bytes:
    """A gym's membership tax invoice (a look-alike invoice, AU)."""
    p = Page(A5, font="Helvetica")
    p.t(10, 16, "IRONBARK FITNESS PTY LTD", 12, font="Helvetica-Bold")
    p.t(10, 21, "ABN 51 604 228 913  |  Fremantle WA", 7.5)
    p.t(138, 16, "TAX INVOICE", 12, align="r", font="Helvetica-Bold")
    p.t(138, 22, "INV-77120   1 Nov 2026", 8, align="r")
    p.t(10, 32, "Bill to: Chloe Anderson", 9)
    rows = [["Description", "Qty", "Amount"], ["Monthly membership - Flex", "1", "79.00"],
            ["PT session x2", "2", "130.00"], ["GST included", "", "19.00"], ["Total", "", "209.00"]]
    p.grid(10, 40, [80, 15, 33], rows, rh=7, size=8.5, aligns="lrr")
    p.t(10, 84, "Paid by direct debit, thank you.", 8)
    return p.pdf()


DOCS = {
    "zh-pay-wecom-message": zh_pay_wecom_message,
    "zh-pay-factory-piecework": zh_pay_factory_piecework,
    "zh-pay-property-mgmt": zh_pay_property_mgmt,
    "zh-stmt-spdb-counter": zh_stmt_spdb,
    "zh-stmt-cmbc-detail": zh_stmt_cmbc,
    "zh-stmt-psbc-app": zh_stmt_psbc_app,
    "zh-med-tcm-ebill": zh_med_tcm_ebill,
    "zh-med-dental-receipt": zh_med_dental_receipt,
    "zh-unemp-leaving-cert": zh_unemp_leaving_cert,
    "zh-income-cert-software": zh_income_cert_software,
    "zh-other-tax-record": zh_other_tax_record,
    "zh-other-collection-sms": zh_other_collection_sms,
    "zh-other-water-bill": zh_other_water_bill,
    "en-payslip-ie-hotel": en_payslip_ie_hotel,
    "en-paystub-us-diner": en_paystub_us_diner,
    "en-payslip-au-aged-care": en_payslip_au_aged_care,
    "en-payslip-gh-cocoa": en_payslip_gh_cocoa,
    "en-stmt-nz-streamline": en_stmt_nz_asb,
    "en-stmt-za-main-account": en_stmt_za_capitec,
    "en-med-us-ambulance-transport": en_med_us_ambulance,
    "en-unemp-au-centrelink": en_unemp_au_centrelink,
    "en-other-uk-universal-credit": en_other_uk_universal_credit,
    "en-income-letter-ke": en_income_letter_ke,
    "en-other-w2": en_other_w2,
    "en-other-eob": en_other_eob,
    "en-other-gym-invoice": en_other_gym_invoice,
}


# ------------------------------------------------------------------------------------------------------------- forms


def _raster(pdf: bytes, dpi: int, gray: bool = False) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(pdf)
        args = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile"] + (["-gray"] if gray else [])
        subprocess.run(args + [str(src), str(Path(tmp) / "p")], check=True, capture_output=True)
        return Image.open(Path(tmp) / "p.png").convert("L" if gray else "RGB")


def _noise(size, rng: random.Random) -> Image.Image:
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def as_scan(pdf: bytes, seed: str) -> bytes:
    """An office scanner's image-only PDF: 150 dpi greyscale, tilted under 1.5 degrees, speckle, grey background."""
    rng = random.Random(seed)
    im = _raster(pdf, 150, gray=True)
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = Image.blend(im, _noise(im.size, rng), 0.07).filter(ImageFilter.GaussianBlur(0.5))
    im = im.point(lambda v: min(255, int(v * 0.95 + 10)))
    out = io.BytesIO()
    im.save(out, "PDF", resolution=150.0, quality=80, creationDate=FIXED, modDate=FIXED)
    return out.getvalue()


def as_photo(pdf: bytes, seed: str) -> bytes:
    """A phone photo: the page in perspective on a wooden desk, light falling off to one side, a soft shadow, blur."""
    rng = random.Random(seed)
    page = _raster(pdf, 140)
    w, h = page.size
    W, H = int(w * 1.25), int(h * 1.2)
    desk = Image.new("RGB", (W, H), (120, 92, 64))
    dd = ImageDraw.Draw(desk)
    for i in range(0, H, 9):
        shade = 110 + rng.randrange(-12, 12)
        dd.line([(0, i), (W, i + rng.randrange(-6, 6))], fill=(shade + 14, shade - 6, shade - 38), width=4)
    ox, oy = (W - w) // 2 + rng.randrange(-20, 20), (H - h) // 2 + rng.randrange(-20, 20)
    # the shadow of the page, then the page
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle([ox + 14, oy + 18, ox + w + 14, oy + h + 18], fill=120)
    desk.paste((40, 30, 20), (0, 0), shadow.filter(ImageFilter.GaussianBlur(12)))
    desk.paste(page, (ox, oy))
    # perspective: the top edge narrower than the bottom, a little skew
    k = rng.uniform(0.03, 0.06)
    s = rng.uniform(-0.02, 0.02)
    coeffs = _perspective([(0, 0), (W, 0), (W, H), (0, H)],
                          [(W * k, H * (0.02 + s)), (W * (1 - k), H * (0.02 - s)), (W, H), (0, H)])
    im = desk.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # uneven light: a gradient from bright top-left to dimmer bottom-right, warm tint
    grad = Image.linear_gradient("L").rotate(rng.choice([30, -30, 150]), expand=False).resize((W, H))
    dark = Image.blend(im, Image.new("RGB", (W, H), (30, 25, 20)), 0.35)
    im = Image.composite(dark, im, grad.point(lambda v: int(v * 0.6)))
    im = Image.blend(im, Image.new("RGB", (W, H), (255, 238, 210)), 0.08)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    im = im.resize((int(W * 0.85), int(H * 0.85)), Image.LANCZOS)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=84)
    return out.getvalue()


def _perspective(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point (dst) samples input point (src)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(rows, rhs)


def _solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def as_screenshot(pdf: bytes) -> bytes:
    """A phone screenshot: the screen page rendered at 3x (216 dpi for 1 pt = 1 css px), PNG."""
    im = _raster(pdf, 216)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of document ``doc`` in ``form`` (text | scan | photo | image)."""
    pdf = DOCS[doc]()
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return as_scan(pdf, f"i6-{doc}-scan"), "pdf"
    if form == "photo":
        return as_photo(pdf, f"i6-{doc}-photo"), "jpg"
    if form == "image":
        return as_screenshot(pdf), "png"
    raise ValueError(form)


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/i6")
    out.mkdir(parents=True, exist_ok=True)
    for name in DOCS:
        for form in sys.argv[2:] or ["text"]:
            raw, ext = render(name, form)
            (out / f"{name}-{form}.{ext}").write_bytes(raw)
