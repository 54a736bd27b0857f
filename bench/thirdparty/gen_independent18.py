"""The eighteenth independently generated judging set (bench/thirdparty/independent18.json, ``--independent18``).

    python bench/thirdparty/gen_independent18.py --manifest   (rewrite independent18.json: labels + sha256)
    python bench/thirdparty/gen_independent18.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: issuers, places, kinds and layouts the
earlier sets do not use (Jingdezhen, Pingxiang, Bozhou, Zhangye, Tainan; Kamloops, Suva, Fargo, Hobart, Kuching,
Lethbridge, Thunder Bay). The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is imported from
gen_independent11.py and the every-page scanner from gen_independent12.py (one copy of each); everything else,
layouts and wording, is this file's own.

What this set varies that earlier ones kept fixed: a village bank's counter print on tractor-feed paper in a dot-matrix
look (支取 before 存入); boxed forms whose labels sit in each box's top-left corner (a ceramics works' pay slip, a
失业保险金 payment voucher); a bilingual statement whose heads are Chinese over English on two lines and whose first
page is a summary; a Taiwan payslip in 繁體 with the Minguo year (115年10月) and NT$; a Canadian stub with its
particulars three columns across and Withdrawals before Deposits on the credit union's statement; a Fiji termination
notice and statement in dd/mm/yyyy, a US hospital's itemised statement in mm/dd/yyyy whose total sits on page 2; a
payslip printed grey on grey; labels under their values (an income certificate's signature block); photos in warm
indoor light, with a thumb at the edge, a fold shadow, cropped tight.

Each document is drawn once with reportlab (invariant mode) as its issuer prints it; its labels are the values the
drawing prints (money figures are computed from the printed lines and returned by the drawing, see :func:`figures`).
Forms: ``text``, ``scan`` (every page), ``photo`` (JPEG of the first page; one-page documents only), ``image`` (a
phone screenshot, PNG). Every random choice is seeded by the entry's id.

Rendering needs pdftoppm (poppler-utils) and the WenQuanYi Zen Hei font for Chinese.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_independent11 import (  # noqa: E402
    Page,
    _daxie,
    _photo,
    _screenshot,
)
from gen_independent12 import _scan_pages  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent18.json"
PREFIX = "i18"
GREY = (0.45, 0.45, 0.45)
PALE = (0.94, 0.94, 0.94)
INK = (0.16, 0.18, 0.3)  # a worn ribbon
PLUM = (0.42, 0.1, 0.32)
PINE = (0.06, 0.33, 0.2)
RUST = (0.66, 0.28, 0.06)
SKY = (0.1, 0.38, 0.7)
PHONE = (390, 844)
WARM = (1.0, 0.86, 0.66)  # tungsten light at night


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _m(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _run(opening: float, amounts: list[float]) -> list[float]:
    """Balances after each signed amount (credits positive), opening first."""
    out, bal = [], opening
    for a in amounts:
        bal = _r(bal + a)
        out.append(bal)
    return out


def _cornerbox(p: Page, x, y, w, h, label: str, value: str, size=11.0, lsize=6.8, bold=False):
    """A form's box with its caption printed small in the top-left corner and the entry below it."""
    p.box(x, y, w, h, lw=0.6)
    p.t(x + 3, y + lsize + 1.5, label, lsize, color=GREY)
    if value:
        p.t(x + 6, y + h - 6, value, size, bold=bold)


def _status(p: Page, clock: str, dark=False):
    """A phone's status bar: the clock on the left, signal bars and a battery outline on the right."""
    col = (1, 1, 1) if dark else (0, 0, 0)
    p.t(26, 28, clock, 12, bold=True, color=col)
    for k in range(4):
        p.box(318 + k * 5, 27 - 2 * k, 3, 3 + 2 * k, fill=col, stroke=None)
    p.box(342, 18, 22, 11, stroke=col, lw=0.8, radius=2)
    p.box(344, 20, 14, 7, fill=col, stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

JDZ = dict(person="程秋菊", employer="景德镇昌南青花瓷业有限公司", bank="浮梁瑶里村镇银行股份有限公司",
           account="6230 9152 0400 8817 263")
JDZ_ROWS = [  # mm/dd, 摘要, signed amount, 柜员
    ("10/03", "ATM取款", -400.00, "ATM07"),
    ("10/06", "转账支取", -1200.00, "0118"),
    ("10/09", "代缴电费", -83.60, "PL01"),
    ("10/10", "工资", 2848.30, "PL02"),
    ("10/14", "现金支取", -500.00, "0118"),
    ("10/18", "转账存入", 300.00, "0121"),
    ("10/22", "代缴话费", -50.00, "PL01"),
    ("10/25", "刷卡消费", -236.40, "POS3"),
    ("10/28", "现金存入", 150.00, "0121"),
    ("10/31", "利息", 0.94, "SYS"),
]
JDZ_OPEN = 1876.15


def zh_stmt_jingdezhen_village_bank_dot_matrix() -> tuple[bytes, dict]:
    """A village bank's counter print of 活期存款分户账 on tractor-feed paper (sprocket holes in both margins, pale green
    bands every three lines), typed in a worn dot-matrix face: 户名 / 账号 / 查询期间 2026/10/01-2026/10/31 on one line,
    rows 日期 (10/03) | 摘要 | 支取 | 存入 | 结余 | 柜员 with no ruling (支取 before 存入), the last balance under a row of
    dashes as 本页余额, and the branch's business seal."""
    p = Page(A4, zh=True)
    amounts = [r[2] for r in JDZ_ROWS]
    bal = _run(JDZ_OPEN, amounts)
    for k in range(0, 842, 36):  # sprocket holes
        p.box(10, k + 12, 10, 10, stroke=(0.7, 0.7, 0.7), lw=0.5, radius=5)
        p.box(575, k + 12, 10, 10, stroke=(0.7, 0.7, 0.7), lw=0.5, radius=5)
    for k in range(0, 842, 72):
        p.box(30, k, 535, 36, fill=(0.9, 0.96, 0.9), stroke=None)
    p.line(28, 0, 28, 842, 0.3, color=(0.7, 0.7, 0.7), dash=(2, 3))
    p.line(567, 0, 567, 842, 0.3, color=(0.7, 0.7, 0.7), dash=(2, 3))
    p.t(297, 70, JDZ["bank"], 14, bold=True, align="c", color=INK)
    p.t(297, 92, "活 期 存 款 分 户 账", 12, align="c", color=INK)
    p.t(44, 126, f"户名：{JDZ['person']}    账号：{JDZ['account']}    查询期间：2026/10/01-2026/10/31", 9.5,
        color=INK)
    p.t(44, 144, "币种：人民币    钞汇：钞    网点：瑶里支行    打印：2026/11/03 09:41", 9.5, color=INK)
    cols = [(44, "日期", "l"), (110, "摘要", "l"), (262, "支取", "r"), (346, "存入", "r"), (440, "结余", "r"),
            (470, "柜员", "l")]
    y = 176
    for x, h, a in cols:
        p.t(x, y, h, 10, color=INK, align=a)
    p.t(44, y + 12, "-" * 96, 8, face="Courier", color=INK)
    y += 30
    p.t(44, y, "10/01", 9.5, face="Courier", color=INK)
    p.t(110, y, "上期结转", 9.5, color=INK)
    p.t(440, y, _m(JDZ_OPEN), 9.5, face="Courier", color=INK, align="r")
    for (d, what, amt, teller), b in zip(JDZ_ROWS, bal, strict=True):
        y += 19
        p.t(44, y, d, 9.5, face="Courier", color=INK)
        p.t(110, y, what, 9.5, color=INK)
        p.t(262 if amt < 0 else 346, y, _m(abs(amt)), 9.5, face="Courier", color=INK, align="r")
        p.t(440, y, _m(b), 9.5, face="Courier", color=INK, align="r")
        p.t(470, y, teller, 9.5, face="Courier", color=INK)
    y += 14
    p.t(44, y, "-" * 96, 8, face="Courier", color=INK)
    y += 18
    out = _r(sum(-a for a in amounts if a < 0))
    inn = _r(sum(a for a in amounts if a > 0))
    p.t(110, y, "合计", 9.5, color=INK)
    p.t(262, y, _m(out), 9.5, face="Courier", color=INK, align="r")
    p.t(346, y, _m(inn), 9.5, face="Courier", color=INK, align="r")
    y += 20
    p.t(110, y, "本页余额", 9.5, color=INK)
    p.t(440, y, _m(bal[-1]), 9.5, face="Courier", color=INK, align="r")
    p.stamp(460, y + 80, 42, JDZ["bank"], "业务专用章")
    p.t(44, y + 150, "经办：0118　　复核：0121　　（本账页由柜面打印，涂改无效）", 9, color=INK)
    return p.pdf(), {"closing": _s(bal[-1])}


JDZ_EARN = [("基本工资", 1900.00), ("计件工资", 1386.40), ("岗位津贴", 150.00), ("高温费", 0.00)]
JDZ_DED = [("养老", 272.00), ("医疗", 68.00), ("失业", 17.00), ("公积金", 170.00), ("个税", 0.00), ("水电", 61.10)]


def zh_pay_jingdezhen_porcelain_boxed_slip() -> tuple[bytes, dict]:
    """A porcelain works' 工资单 (A5 landscape) as a boxed form: every caption printed small in its box's top-left
    corner (单位, 姓名, 工号, 车间, 所属月份 2026年10月 only), earnings and deductions in rows of boxes, 应发合计 / 扣款合计
    / 实发金额 in three wider boxes along the foot, 实发 also in 大写."""
    p = Page(landscape(A5), zh=True)
    gross = _r(sum(v for _k, v in JDZ_EARN))
    ded = _r(sum(v for _k, v in JDZ_DED))
    net = _r(gross - ded)
    p.t(298, 38, "职 工 工 资 单", 15, bold=True, align="c", color=PLUM)
    x0, y = 30, 52
    _cornerbox(p, x0, y, 250, 34, "单位", JDZ["employer"], 10.5)
    _cornerbox(p, x0 + 250, y, 90, 34, "姓名", JDZ["person"], 11)
    _cornerbox(p, x0 + 340, y, 70, 34, "工号", "QH-0562", 10)
    _cornerbox(p, x0 + 410, y, 60, 34, "车间", "彩绘二组", 10)
    _cornerbox(p, x0 + 470, y, 65, 34, "所属月份", "2026年10月", 9.5)
    y += 44
    p.t(x0, y + 8, "应发", 9, bold=True, color=PLUM)
    w = 535 / len(JDZ_EARN)
    for k, (a, v) in enumerate(JDZ_EARN):
        _cornerbox(p, x0 + k * w, y + 12, w, 32, a, _m(v) if v else "—", 10.5)
    y += 56
    p.t(x0, y + 8, "扣款", 9, bold=True, color=PLUM)
    w = 535 / len(JDZ_DED)
    for k, (a, v) in enumerate(JDZ_DED):
        _cornerbox(p, x0 + k * w, y + 12, w, 32, a, _m(v) if v else "—", 10.5)
    y += 56
    _cornerbox(p, x0, y + 8, 150, 36, "应发合计", _m(gross), 12)
    _cornerbox(p, x0 + 150, y + 8, 150, 36, "扣款合计", _m(ded), 12)
    _cornerbox(p, x0 + 300, y + 8, 235, 36, "实发金额", "¥" + _m(net), 13, bold=True)
    p.t(x0, y + 64, f"实发（大写）：{_daxie(net)}", 9.5)
    p.t(x0, y + 84, "发放方式：转入本人村镇银行账户　　发放日期：次月10日　　本单仅供本人核对，请妥善保管。", 8, color=GREY)
    p.stamp(500, y + 64, 30, JDZ["employer"], "财务专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


PX = dict(person="钟建平", centre="萍乡市社会保险事业管理局安源分局", bank="萍乡赣湘商业银行",
          account="6217 7310 0588 2064", company="萍乡安源耐火材料厂")


def zh_unemp_pingxiang_benefit_payment_voucher() -> tuple[bytes, dict]:
    """A social-insurance office's 失业保险金领取凭证 (A4, boxed form, every caption in its box's top-left corner):
    姓名, 公民身份号码, 原工作单位, 失业登记日期, 领取期限 (12个月), 本月领取 2026年11月 (the month only), 月发放标准,
    发放银行 and the card's last digits; a grid of the months drawn; the office's seal over 经办日期 2026-11-05."""
    p = Page(A4, zh=True)
    p.t(297, 70, "失业保险金领取凭证", 18, bold=True, align="c")
    p.t(297, 94, "（第一联　领取人留存）", 9.5, align="c", color=GREY)
    p.t(550, 118, "凭证号：AY2026-11-0348", 9, align="r", color=GREY)
    x0, y = 45, 126
    _cornerbox(p, x0, y, 170, 42, "姓名", PX["person"], 13)
    _cornerbox(p, x0 + 170, y, 335, 42, "公民身份号码", "360302197602******", 12)
    y += 42
    _cornerbox(p, x0, y, 330, 42, "原工作单位", PX["company"], 11.5)
    _cornerbox(p, x0 + 330, y, 175, 42, "失业登记日期", "2026年9月22日", 11.5)
    y += 42
    _cornerbox(p, x0, y, 170, 42, "缴费年限", "16年3个月", 11.5)
    _cornerbox(p, x0 + 170, y, 165, 42, "核定领取期限", "12个月", 11.5)
    _cornerbox(p, x0 + 335, y, 170, 42, "月发放标准（元）", "1,656.00", 11.5)
    y += 42
    _cornerbox(p, x0, y, 170, 42, "本次领取月份", "2026年11月", 11.5)
    _cornerbox(p, x0 + 170, y, 165, 42, "本次发放金额（元）", "1,656.00", 11.5)
    _cornerbox(p, x0 + 335, y, 170, 42, "发放银行", PX["bank"] + " 尾号2064", 8.8)
    y += 62
    p.t(x0, y, "领取记录", 10.5, bold=True)
    y += 8
    months = ["2026年10月", "2026年11月", "", "", "", ""]
    for k, mth in enumerate(months):
        _cornerbox(p, x0 + k * 84, y, 84, 36, f"第{k + 1}期", mth, 9.5)
    y += 60
    notes = ["1. 领取失业保险金期间，每月须通过“赣服通”或到经办窗口办理一次失业状态确认。",
             "2. 重新就业、应征服兵役、移居境外、享受基本养老保险待遇的，停止领取。",
             "3. 本凭证与银行到账记录一并保存，可作为失业期间生活困难的证明材料。"]
    for ln in notes:
        p.t(x0, y, ln, 9, color=GREY)
        y += 17
    y += 24
    _cornerbox(p, x0, y, 250, 70, "经办机构（盖章）", "", 10)
    p.t(x0 + 10, y + 40, PX["centre"], 9.5)
    _cornerbox(p, x0 + 250, y, 255, 70, "经办人 / 经办日期", "", 10)
    p.hand(x0 + 270, y + 40, "彭丽", 14, key="px-clerk")
    p.t(x0 + 350, y + 58, "2026-11-05", 11)
    p.stamp(x0 + 190, y + 34, 40, PX["centre"], "业务专用章")
    return p.pdf(), {}


PX_ROWS = [  # date, 摘要 / Description, signed amount, 对手信息 / Counterparty
    ("2026-09-03", "代扣电费 / Utility", -96.20, "国网萍乡供电公司"),
    ("2026-09-10", "工资 / Payroll", 3105.00, PX["company"]),
    ("2026-09-14", "快捷支付 / E-pay", -188.00, "财付通支付科技有限公司"),
    ("2026-09-19", "ATM取款 / ATM", -600.00, "安源支行ATM"),
    ("2026-09-26", "转账 / Transfer", -1000.00, "钟建芳"),
    ("2026-10-09", "工资 / Payroll", 3105.00, PX["company"]),
    ("2026-10-12", "快捷支付 / E-pay", -259.60, "支付宝（中国）网络技术有限公司"),
    ("2026-10-17", "代扣燃气 / Gas", -64.00, "萍乡华润燃气有限公司"),
    ("2026-10-23", "经济补偿 / Severance", 24840.00, PX["company"]),
    ("2026-10-24", "转账 / Transfer", -5000.00, "钟建芳"),
    ("2026-10-28", "ATM取款 / ATM", -800.00, "安源支行ATM"),
    ("2026-10-30", "失业金 / Benefit", 1656.00, "萍乡市社会保险事业管理局"),
    ("2026-10-31", "快捷支付 / E-pay", -73.50, "财付通支付科技有限公司"),
]
PX_OPEN = 2214.36


def zh_stmt_pingxiang_bilingual_two_page() -> tuple[bytes, dict]:
    """A city bank's 账户交易明细 / Account Transaction Statement over two A4 pages, every head Chinese over English
    (two lines): page 1 is a summary - 户名 Name, 账号 Account No., 起止日期 Period 2026-09-01 ~ 2026-10-31, a
    four-cell box 期初余额 Opening / 存入 Credits / 支出 Debits / 期末余额 Closing - and the first rows; page 2 holds the
    rest with 交易日期 Date | 摘要 Description | 支出 Debit | 存入 Credit | 余额 Balance | 对手信息 Counterparty."""
    p = Page(A4, zh=True)
    amounts = [r[2] for r in PX_ROWS]
    bal = _run(PX_OPEN, amounts)
    closing = bal[-1]
    p.box(0, 0, 595, 8, fill=SKY, stroke=None)
    p.t(45, 50, PX["bank"], 16, bold=True, color=SKY)
    p.t(45, 66, "PINGXIANG GANXIANG COMMERCIAL BANK", 8, color=SKY, face="Helvetica-Bold")
    p.t(550, 50, "账户交易明细", 13, bold=True, align="r")
    p.t(550, 66, "Account Transaction Statement", 8.5, align="r", face="Helvetica")
    kv = [("户名", "Name", PX["person"]), ("账号", "Account No.", PX["account"]),
          ("起止日期", "Period", "2026-09-01 ~ 2026-10-31"), ("币种", "Currency", "人民币 CNY")]
    y = 104
    for k, (zh, en, v) in enumerate(kv):
        x = 45 + (k % 2) * 255
        yy = y + (k // 2) * 34
        p.t(x, yy, zh, 9.5, color=GREY)
        p.t(x, yy + 10, en, 7, color=GREY, face="Helvetica")
        p.t(x + 72, yy + 5, v, 10.5)
    y += 80
    inn = _r(sum(a for a in amounts if a > 0))
    out = _r(sum(-a for a in amounts if a < 0))
    cells = [("期初余额", "Opening Balance", PX_OPEN), ("存入合计", "Total Credits", inn),
             ("支出合计", "Total Debits", out), ("期末余额", "Closing Balance", closing)]
    for k, (zh, en, v) in enumerate(cells):
        x = 45 + k * 126
        p.box(x, y, 126, 54, fill=(0.93, 0.96, 1.0), stroke=SKY, lw=0.5)
        p.t(x + 8, y + 15, zh, 9, color=SKY)
        p.t(x + 8, y + 25, en, 6.5, color=SKY, face="Helvetica")
        p.t(x + 118, y + 45, _m(v), 11.5, bold=k == 3, align="r")
    y += 80

    def head(y0):
        heads = [(45, "交易日期", "Date", "l"), (112, "摘要", "Description", "l"), (300, "支出", "Debit", "r"),
                 (370, "存入", "Credit", "r"), (445, "余额", "Balance", "r"), (455, "对手信息", "Counterparty", "l")]
        p.box(42, y0 - 12, 512, 28, fill=PALE, stroke=None)
        for x, zh, en, a in heads:
            p.t(x, y0, zh, 8.5, bold=True, align=a)
            p.t(x, y0 + 10, en, 6.5, face="Helvetica", align=a, color=GREY)
        return y0 + 30

    def row(y0, r, b):
        d, what, amt, who = r
        p.t(45, y0, d, 8.3)
        p.t(112, y0, what, 8.3)
        p.t(300 if amt < 0 else 370, y0, _m(abs(amt)), 8.3, align="r")
        p.t(445, y0, _m(b), 8.3, align="r")
        p.t(455, y0, who[:12], 7.6)
        p.line(45, y0 + 6, 550, y0 + 6, 0.2, color=(0.8, 0.8, 0.8))

    y = head(y)
    first = 7
    for r, b in zip(PX_ROWS[:first], bal[:first], strict=True):
        row(y, r, b)
        y += 20
    p.t(297, 810, "第 1 页 / 共 2 页  Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    p.t(45, 44, f"{PX['bank']}  账户交易明细（续） Continued    账号 {PX['account']}", 8.5, color=GREY)
    y = head(74)
    for r, b in zip(PX_ROWS[first:], bal[first:], strict=True):
        row(y, r, b)
        y += 20
    y += 14
    p.t(45, y, "—— 以下空白 / End of Statement ——", 8.5, color=GREY)
    p.t(45, y + 30, "本明细由本行电子渠道生成，加盖电子印章，如需核验请致电 0799-96268。", 8.3, color=GREY)
    p.stamp(470, y + 60, 36, PX["bank"], "电子专用章")
    p.t(297, 810, "第 2 页 / 共 2 页  Page 2 of 2", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


BZ = dict(person="葛兰芝", hospital="亳州市谯城区华佗中医院", employer="亳州药都百草堂饮片有限公司",
          pharmacy="亳州康寿堂大药房（魏武店）")
BZ_ITEMS = [("西药费", 128.46), ("中成药费", 86.30), ("中药饮片", 214.50), ("检查费", 160.00), ("治疗费", 45.00),
            ("诊查费", 12.00)]


def zh_med_bozhou_outpatient_ebill_qr() -> tuple[bytes, dict]:
    """A hospital's 医疗门诊收费票据（电子）as the app shows it (a narrow page): a QR box top left, 票据代码 / 票据号码 /
    校验码 top right, 交款人 and 开票日期 2026-10-17 as pairs, items two to a row (项目名称 金额 项目名称 金额), 合计
    in 大写 and figures, 医保统筹基金支付 / 个人账户支付 / 个人现金支付 on one line, the finance bureau's seal."""
    p = Page((480, 640), zh=True)
    total = _r(sum(v for _k, v in BZ_ITEMS))
    fund = 188.20
    acct = 120.00
    cash = _r(total - fund - acct)
    p.t(240, 42, "安徽省医疗门诊收费票据（电子）", 15, bold=True, align="c", color=(0.62, 0.1, 0.1))
    p.box(24, 60, 62, 62, lw=0.8)
    for i in range(7):  # a QR-like block pattern
        for j in range(7):
            if (i * 3 + j * 5 + i * j) % 4 < 2 or i in (0, 6) and j in (0, 1, 5, 6):
                p.box(28 + i * 8, 64 + j * 8, 7, 7, fill=(0, 0, 0), stroke=None)
    p.t(456, 72, "票据代码：34060126", 8.5, align="r")
    p.t(456, 88, "票据号码：0072815546", 8.5, align="r")
    p.t(456, 104, "校 验 码：8e41c2", 8.5, align="r")
    p.t(456, 120, "开票日期：2026-10-17", 8.5, align="r")
    y = 148
    p.box(24, y - 14, 432, 44, stroke=(0.62, 0.1, 0.1), lw=0.6)
    p.t(30, y, f"交款人：{BZ['person']}", 9.5)
    p.t(200, y, "性别：女", 9.5)
    p.t(300, y, "医保类型：城镇职工", 9.5)
    p.t(30, y + 20, "门诊号：MZ26101704417", 9.5)
    p.t(200, y + 20, "科室：针灸推拿科", 9.5)
    y += 46
    heads = ["项目名称", "金额", "项目名称", "金额"]
    rows = [heads]
    for k in range(0, len(BZ_ITEMS), 2):
        a, b = BZ_ITEMS[k], BZ_ITEMS[k + 1]
        rows.append([a[0], _m(a[1]), b[0], _m(b[1])])
    y = p.table(24, y, [130, 86, 130, 86], rows, rh=20, size=9, head=1, head_fill=(0.98, 0.92, 0.92),
                aligns=["l", "r", "l", "r"])
    p.box(24, y, 432, 24, lw=0.4)
    p.t(30, y + 16, f"合计（大写）{_daxie(total)}", 9.5)
    p.t(450, y + 16, f"（小写）{_m(total)}", 9.5, align="r")
    y += 24
    p.box(24, y, 432, 24, lw=0.4)
    p.t(30, y + 16, f"医保统筹基金支付：{_m(fund)}    个人账户支付：{_m(acct)}    个人现金支付：{_m(cash)}", 8.6)
    y += 40
    p.t(24, y, f"收款单位（章）：{BZ['hospital']}", 9.5)
    p.t(24, y + 20, "收款人：窗口03", 9.5)
    p.t(24, y + 40, "复核人：自动", 9.5)
    p.stamp(380, y + 24, 38, "安徽省财政厅", "票据监制章")
    return p.pdf(), {"total": _s(total)}


BZ_RX = [("颈复康颗粒 5g*10袋", 2, 26.80), ("双氯芬酸钠凝胶 20g", 1, 18.50), ("医用外科口罩 10只", 1, 9.90),
         ("伤湿止痛膏 5贴", 3, 6.20)]


def zh_med_bozhou_pharmacy_till_receipt() -> tuple[bytes, dict]:
    """A pharmacy's 销售小票 on a till roll (a narrow page): the shop and 门店电话, 单号 and 2026-10-18 20:16, items with
    数量 x 单价 and 金额 on the next line, 合计 / 医保卡支付 / 现金 / 找零, 会员卡号 masked; no buyer's name."""
    p = Page((220, 460), zh=True)
    total = _r(sum(q * u for _n, q, u in BZ_RX))
    p.t(110, 28, BZ["pharmacy"], 9.5, bold=True, align="c")
    p.t(110, 44, "销 售 小 票", 10, align="c")
    p.t(14, 64, "单号：XS2610180077", 7.8)
    p.t(14, 78, "时间：2026-10-18 20:16:42", 7.8)
    p.t(14, 92, "收银员：007  机号：02", 7.8)
    p.t(14, 104, "-" * 44, 7.5, face="Courier")
    y = 118
    for name, q, u in BZ_RX:
        p.t(14, y, name, 8)
        p.t(20, y + 13, f"{q} x {u:.2f}", 7.8, face="Courier")
        p.t(206, y + 13, f"{q * u:.2f}", 7.8, face="Courier", align="r")
        y += 30
    p.t(14, y, "-" * 44, 7.5, face="Courier")
    y += 16
    for a, b in (("件数", str(sum(q for _n, q, _u in BZ_RX))), ("合计", f"{total:.2f}"), ("医保卡支付", f"{total:.2f}"),
                 ("现金", "0.00"), ("找零", "0.00")):
        p.t(14, y, a, 8.5, bold=a == "合计")
        p.t(206, y, b, 8.5, face="Courier", align="r")
        y += 15
    p.t(14, y + 6, "会员卡：1380****2207  积分：+83", 7.6)
    p.t(110, y + 28, "药品属特殊商品，非质量问题不退换", 7.4, align="c", color=GREY)
    p.t(110, y + 42, "谢谢惠顾  欢迎再次光临", 7.4, align="c")
    return p.pdf(), {"total": _s(total)}


def zh_income_bozhou_herb_company_certificate() -> tuple[bytes, dict]:
    """A herbal-slices company's 收入证明 on letterhead: prose saying she has worked there since 2019 as a 炮制工 and
    earns 月收入（税前）人民币肆仟叁佰伍拾元整（¥4,350.00）; the signature block with each caption UNDER its line
    (单位盖章, 经办人, 联系电话, 日期 2026年11月9日 written above 日期)."""
    p = Page(A4, zh=True)
    monthly = 4350.00
    p.t(297, 60, BZ["employer"], 15, bold=True, align="c", color=PINE)
    p.t(297, 80, "亳州市谯城区中药材专业市场南区18号　电话 0558-5127730", 8.5, align="c", color=GREY)
    p.line(45, 92, 550, 92, 1.2, color=PINE)
    p.t(297, 150, "收 入 证 明", 20, bold=True, align="c")
    text = [
        f"兹证明{BZ['person']}（身份证号 341602198110******）自2019年3月起在我公司饮片车间",
        "从事炮制工工作，劳动合同期限至2027年2月28日，现仍在职。",
        "该员工月收入（税前）人民币肆仟叁佰伍拾元整（¥4,350.00），",
        "按月以银行转账方式发放，我公司已依法为其缴纳社会保险。",
        "本证明仅用于该员工办理医疗费用困难救助及相关手续，不作其他用途。",
        "特此证明。",
    ]
    y = 210
    for ln in text:
        p.t(70 if ln.startswith(("兹", "特", "本")) else 45, y, ln, 12)
        y += 30
    y += 70
    blocks = [(300, "单位盖章"), (300, "经办人"), (300, "联系电话"), (300, "日期")]
    vals = ["", "", "0558-5127730", "2026年11月9日"]
    for k, ((x, cap), v) in enumerate(zip(blocks, vals, strict=True)):
        yy = y + k * 46
        if v:
            p.t(x + 10, yy - 4, v, 12)
        p.line(x, yy, x + 220, yy, 0.5)
        p.t(x, yy + 13, cap, 8.5, color=GREY)
    p.hand(310, y + 42, "任建华", 14, key="bz-hr")
    p.stamp(400, y - 10, 44, BZ["employer"], "人力资源部")
    return p.pdf(), {"monthly": _s(monthly)}


BZA_ROWS = [  # 10月dd日 hh:mm, what, signed, counterparty
    ("10月31日", "23:40", "结息", 1.62, ""),
    ("10月28日", "12:11", "转账", -900.00, "葛兰英"),
    ("10月18日", "20:16", "消费", -100.60, "康寿堂大药房"),
    ("10月17日", "10:05", "消费", -338.06, "华佗中医院"),
    ("10月15日", "09:00", "工资", 3862.40, "百草堂饮片"),
    ("10月09日", "18:22", "快捷支付", -64.30, "美团"),
    ("10月04日", "15:47", "取款", -500.00, "魏武路ATM"),
]
BZA_CLOSE = 4210.88
BZ_BANK = "亳州药都农村商业银行"


def zh_stmt_bozhou_bank_app_screen() -> tuple[bytes, dict]:
    """A bank app's 收支明细 screen (newest first, like the app): 账户 尾号5173 in a dropdown (the holder's name not shown),
    筛选 2026.10.01-2026.10.31, 本期收入 / 本期支出 in a strip, entries with 10月15日 dates, signed amounts and 余额 under
    each, 当前余额 at the top of the list."""
    p = Page(PHONE, zh=True)
    amounts = [r[3] for r in BZA_ROWS]
    # balances after each entry, newest first: the newest balance is the closing one
    bals = [BZA_CLOSE]
    for a in amounts[:-1]:
        bals.append(_r(bals[-1] - a))
    _status(p, "21:07")
    p.t(195, 58, "收支明细", 14, bold=True, align="c")
    p.t(24, 58, "‹", 20)
    p.t(195, 76, BZ_BANK, 9, align="c", color=GREY)
    p.box(16, 86, 358, 40, fill=PALE, stroke=None, radius=8)
    p.t(28, 111, "借记卡 尾号5173  ▾", 11)
    p.t(362, 111, "筛选", 11, align="r", color=SKY)
    p.t(24, 146, "2026.10.01 - 2026.10.31", 10.5, color=GREY)
    inn = _r(sum(a for a in amounts if a > 0))
    out = _r(sum(-a for a in amounts if a < 0))
    p.t(24, 170, f"收入 ¥{_m(inn)}", 11, color=(0.8, 0.2, 0.1))
    p.t(200, 170, f"支出 ¥{_m(out)}", 11, color=PINE)
    p.t(24, 194, f"当前余额 ¥{_m(BZA_CLOSE)}", 11, bold=True)
    y = 214
    for (d, hm, what, amt, who), b in zip(BZA_ROWS, bals, strict=True):
        p.line(16, y, 374, y, 0.3, color=(0.85, 0.85, 0.85))
        p.t(24, y + 22, what + (f" - {who}" if who else ""), 11)
        p.t(24, y + 42, f"{d} {hm}", 9, color=GREY)
        p.t(366, y + 22, ("+" if amt > 0 else "-") + _m(abs(amt)), 12, bold=True, align="r",
            color=(0.8, 0.2, 0.1) if amt > 0 else (0, 0, 0))
        p.t(366, y + 42, f"余额 {_m(b)}", 9, align="r", color=GREY)
        y += 58
    p.t(195, y + 26, "没有更多了", 9, align="c", color=GREY)
    opening = _r(bals[-1] - amounts[-1])
    assert _run(opening, list(reversed(amounts)))[-1] == BZA_CLOSE
    return p.pdf(), {"closing": _s(BZA_CLOSE)}


TN = dict(person="蘇怡萱", employer="臺南安平精密模具股份有限公司", bank="府城第一商業銀行")
TN_EARN = [("本薪", 31200), ("伙食津貼", 2400), ("全勤獎金", 0), ("加班費(1.34)", 1863), ("加班費(1.67)", 1160)]
TN_DED = [("勞保費", 836), ("健保費", 1011), ("勞退自提6%", 2052), ("所得稅", 0), ("請假扣款", 1040), ("福利金", 174)]


def zh_pay_tainan_mould_payslip_minguo() -> tuple[bytes, dict]:
    """A Taiwan mould maker's 薪資明細表 in 繁體 for 115年10月 (Minguo year 115 = 2026): particulars as label/value pairs in
    two columns (員工編號, 姓名, 部門, 到職日 108/04/01, 發薪日 115/11/05), 應發項目 and 應扣項目 side by side without ruling,
    whole NT dollars (NT$), 應發合計 / 應扣合計 / 實發金額 in a row under them, the 勞退 employer share in small print."""
    p = Page(A4, zh=True)
    gross = sum(v for _k, v in TN_EARN)
    ded = sum(v for _k, v in TN_DED)
    net = gross - ded
    p.t(297, 58, TN["employer"], 15, bold=True, align="c")
    p.t(297, 82, "薪 資 明 細 表　　中華民國115年10月份", 12, align="c")
    kv = [("員工編號", "T2119"), ("姓　　名", TN["person"]), ("部　　門", "放電加工課"), ("職　　稱", "技術員"),
          ("到 職 日", "108/04/01"), ("發 薪 日", "115/11/05")]
    y = 118
    for k, (a, b) in enumerate(kv):
        x = 60 + (k % 2) * 250
        yy = y + (k // 2) * 22
        p.t(x, yy, a, 10.5, color=GREY)
        p.t(x + 70, yy, b, 10.5)
    y += 80
    p.line(50, y - 14, 545, y - 14, 0.8)
    p.t(60, y, "應 發 項 目", 11, bold=True)
    p.t(200, y, "金額(NT$)", 9, align="r", color=GREY)
    p.t(310, y, "應 扣 項 目", 11, bold=True)
    p.t(460, y, "金額(NT$)", 9, align="r", color=GREY)
    y += 24
    for k in range(max(len(TN_EARN), len(TN_DED))):
        if k < len(TN_EARN):
            p.t(60, y, TN_EARN[k][0], 10.5)
            p.t(200, y, f"{TN_EARN[k][1]:,}", 10.5, align="r")
        if k < len(TN_DED):
            p.t(310, y, TN_DED[k][0], 10.5)
            p.t(460, y, f"{TN_DED[k][1]:,}", 10.5, align="r")
        y += 21
    p.line(50, y - 8, 545, y - 8, 0.5)
    y += 14
    p.t(60, y, "應發合計", 11, bold=True)
    p.t(200, y, f"{gross:,}", 11, bold=True, align="r")
    p.t(310, y, "應扣合計", 11, bold=True)
    p.t(460, y, f"{ded:,}", 11, bold=True, align="r")
    y += 34
    p.box(300, y - 20, 245, 32, fill=PALE, stroke=None)
    p.t(310, y, "實發金額", 12, bold=True)
    p.t(535, y, f"NT$ {net:,}", 13, bold=True, align="r")
    y += 40
    notes = ["公司提繳勞退6%：2,052元（已存入個人專戶，不列入實發）", "加班時數：平日前2小時 10.0 小時、平日後2小時 5.0 小時",
             f"實發金額已於115/11/05匯入 {TN['bank']} 帳號末四碼 3308", "如有疑問請於七日內洽人資課（分機 215）"]
    for ln in notes:
        p.t(60, y, ln, 8.8, color=GREY)
        y += 16
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


TNB_ROWS = [  # Minguo date, 摘要, 支出, 存入, 備註
    ("115/10/02", "跨行轉出", 5000, 0, "房租"),
    ("115/10/05", "薪資轉入", 0, 31510, "安平精密模具"),
    ("115/10/05", "信用卡款", 8713, 0, "自扣"),
    ("115/10/11", "提款", 3000, 0, "ATM"),
    ("115/10/16", "電費", 1208, 0, "台電"),
    ("115/10/21", "轉入", 0, 2000, "蘇怡君"),
    ("115/10/26", "提款", 2000, 0, "ATM"),
    ("115/10/30", "電信費", 599, 0, "中華電信"),
]
TNB_OPEN = 6841


def zh_stmt_tainan_bank_landscape_minguo() -> tuple[bytes, dict]:
    """A Taiwan bank's 存款往來明細對帳單 on a landscape page: 戶名 / 帳號 / 查詢期間 115/10/01~115/10/31 in a row of
    three pairs, rows 交易日期 (115/10/05) | 摘要 | 支出金額 | 存入金額 | 結存餘額 | 備註 ruled only under the heads,
    whole dollars, and 本期結存 at the TOP right beside the period, not under the rows."""
    p = Page(landscape(A4), zh=True)
    amounts = [c - d for _dt, _w, d, c, _n in TNB_ROWS]
    bal = _run(TNB_OPEN, amounts)
    p.t(60, 54, TN["bank"], 16, bold=True, color=PINE)
    p.t(60, 74, "存款往來明細對帳單", 11.5)
    p.box(560, 36, 222, 52, stroke=PINE, lw=0.8)
    p.t(570, 54, "本期結存（新臺幣元）", 9, color=PINE)
    p.t(772, 80, f"{int(bal[-1]):,}", 15, bold=True, align="r")
    kv = [("戶　　名", TN["person"]), ("帳　　號", "0412-50-338308"), ("查詢期間", "115/10/01~115/10/31")]
    for k, (a, b) in enumerate(kv):
        p.t(60 + k * 240, 116, a, 10, color=GREY)
        p.t(124 + k * 240, 116, b, 10.5)
    cols = [(60, "交易日期", "l"), (150, "摘要", "l"), (340, "支出金額", "r"), (440, "存入金額", "r"),
            (560, "結存餘額", "r"), (600, "備註", "l")]
    y = 152
    for x, h, a in cols:
        p.t(x, y, h, 10, bold=True, align=a)
    p.line(56, y + 7, 786, y + 7, 0.8)
    y += 26
    p.t(60, y, "115/10/01", 10)
    p.t(150, y, "上期結存", 10)
    p.t(560, y, f"{TNB_OPEN:,}", 10, align="r")
    for (dt, what, d, c, note), b in zip(TNB_ROWS, bal, strict=True):
        y += 22
        p.t(60, y, dt, 10)
        p.t(150, y, what, 10)
        if d:
            p.t(340, y, f"{d:,}", 10, align="r")
        if c:
            p.t(440, y, f"{c:,}", 10, align="r")
        p.t(560, y, f"{int(b):,}", 10, align="r")
        p.t(600, y, note, 10)
    y += 40
    p.t(60, y, "※ 本對帳單如有不符，請於收到後十五日內向往來分行查詢，逾期視為無誤。", 8.8, color=GREY)
    p.t(60, y + 18, "※ 列印日期：115/11/03　　列印分行：安平分行　　頁次：1/1", 8.8, color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


ZY = dict(person="马玉珍", employer="张掖市甘州区祁连山乳业有限公司", hospital="张掖市甘州区第二人民医院")
ZY_EARN = [("岗位工资", 2650.00), ("绩效工资", 812.00), ("夜班补助", 240.00), ("交通补贴", 100.00)]
ZY_DED = [("基本养老", 304.16), ("基本医疗", 76.04), ("失业保险", 19.01), ("住房公积金", 285.00)]


def zh_pay_zhangye_dairy_september_grey_on_grey() -> tuple[bytes, dict]:
    """A dairy's 工资发放单 for 2026年9月 printed from a tinted template on a low-toner printer: grey text on a grey ground,
    items in a three-column grid of label/value pairs (the label above its value), 应发工资 / 扣款合计 / 实发工资 at the
    foot right; September, a month before the one asked (stale)."""
    p = Page(A4, zh=True)
    ground, ink = (0.78, 0.78, 0.76), (0.42, 0.42, 0.42)
    p.box(0, 0, 595, 842, fill=ground, stroke=None)
    gross = _r(sum(v for _k, v in ZY_EARN))
    ded = _r(sum(v for _k, v in ZY_DED))
    net = _r(gross - ded)
    p.t(297, 70, ZY["employer"], 14, bold=True, align="c", color=ink)
    p.t(297, 94, "工 资 发 放 单（2026年9月）", 12, align="c", color=ink)
    p.t(60, 130, f"姓名  {ZY['person']}", 11, color=ink)
    p.t(240, 130, "部门  液态奶车间", 11, color=ink)
    p.t(420, 130, "工号  ZY-0931", 11, color=ink)
    y = 170
    for title, items in (("收入项", ZY_EARN), ("扣除项", ZY_DED)):
        p.t(60, y, title, 10.5, bold=True, color=ink)
        y += 24
        for k, (a, v) in enumerate(items):
            x = 60 + (k % 3) * 165
            yy = y + (k // 3) * 44
            p.t(x, yy, a, 8.5, color=ink)
            p.t(x, yy + 18, _m(v), 12, color=ink)
        y += 44 * ((len(items) + 2) // 3) + 12
    p.line(60, y, 535, y, 0.6, color=ink)
    y += 30
    for a, v in (("应发工资", gross), ("扣款合计", ded), ("实发工资", net)):
        p.t(330, y, a, 11, color=ink, bold=a == "实发工资")
        p.t(535, y, _m(v), 12, color=ink, align="r", bold=a == "实发工资")
        y += 24
    p.t(60, y + 30, "本月工资于2026年10月12日发放至员工工资卡。", 9, color=ink)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


ZY_ITEMS = [("床位费", 280.00), ("诊察费", 98.00), ("检查费", 1236.00), ("化验费", 862.50), ("治疗费", 1475.30),
            ("护理费", 336.00), ("西药费", 2318.74), ("材料费", 604.16)]


def zh_med_zhangye_inpatient_settlement_landscape() -> tuple[bytes, dict]:
    """A county hospital's 住院费用结算单（基本医疗保险）on a landscape page: 患者姓名 / 住院号 / 入院日期 / 出院日期 /
    结算日期 2026/10/29 as a row of boxes, the charge categories in two rows of cells (name over amount), then 医疗费总额,
    统筹基金支付, 大病保险支付, 个人自付 and 预交金 / 应退金额 in a ruled strip; the hospital's seal."""
    p = Page(landscape(A4), zh=True)
    total = _r(sum(v for _k, v in ZY_ITEMS))
    fund = _r(total * 0.62)
    serious = 410.00
    own = _r(total - fund - serious)
    deposit = 3000.00
    p.t(421, 44, ZY["hospital"], 16, bold=True, align="c")
    p.t(421, 66, "住院费用结算单（基本医疗保险）", 12.5, align="c")
    p.t(790, 66, "结算单号：JS20261029-0215", 8.5, align="r", color=GREY)
    x0, y = 40, 86
    cells = [("患者姓名", ZY["person"], 120), ("性别", "女", 60), ("年龄", "47岁", 60), ("住院号", "ZY2610117", 120),
             ("科室", "普外科", 100), ("入院日期", "2026/10/17", 100), ("出院日期", "2026/10/28", 100),
             ("结算日期", "2026/10/29", 102)]
    x = x0
    for a, b, w in cells:
        _cornerbox(p, x, y, w, 38, a, b, 10.5)
        x += w
    y += 56
    w = 762 / 4
    for k, (a, v) in enumerate(ZY_ITEMS):
        cx, cy = x0 + (k % 4) * w, y + (k // 4) * 44
        p.box(cx, cy, w, 44, lw=0.4)
        p.t(cx + w / 2, cy + 16, a, 9.5, align="c", color=GREY)
        p.t(cx + w / 2, cy + 36, _m(v), 11.5, align="c")
    y += 104
    strip = [("医疗费总额", total), ("统筹基金支付", fund), ("大病保险支付", serious), ("个人自付", own),
             ("预交金", deposit), ("应退金额", _r(deposit - own))]
    w = 762 / len(strip)
    for k, (a, v) in enumerate(strip):
        _cornerbox(p, x0 + k * w, y, w, 44, a, _m(v), 12.5, bold=a in ("医疗费总额", "个人自付"))
    y += 70
    p.t(x0, y, f"个人自付（大写）：{_daxie(own)}", 10.5)
    p.t(x0, y + 24, "参保类型：城镇职工基本医疗保险　　参保地：张掖市甘州区　　结算方式：联网即时结算", 9, color=GREY)
    p.t(x0, y + 48, "收费员：0413　　打印时间：2026/10/29 10:52", 9, color=GREY)
    p.stamp(700, y + 20, 42, ZY["hospital"], "住院收费专用章")
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_other_iou_handwritten() -> tuple[bytes, dict]:
    """A handwritten 借条 on ruled letter paper: who borrowed how much from whom (大写 and figures), the term, the
    interest, the borrower's signature with a fingerprint, 2026年10月20日: a private loan note, not a bank record."""
    p = Page(A5, zh=True)
    for k in range(70, 590, 28):
        p.line(30, k, 390, k, 0.4, color=(0.6, 0.7, 0.85))
    p.hand(170, 62, "借　条", 20, key="iou-title")
    lines = ["今借到刘长贵现金人民币叁万元整", "（¥30000.00），用于给母亲住院治疗。", "约定于2027年4月30日前一次还清，",
             "不计利息。逾期未还按年利率3.85%计息。", "", "借款人：钟建平", "身份证号：360302197602******",
             "2026年10月20日"]
    y = 90
    for ln in lines:
        if ln:
            p.hand(40 if not ln.startswith(("借款", "身份", "2026")) else 200, y, ln, 13, key="iou")
        y += 28
    p.c.saveState()
    p.c.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.55)
    p.c.ellipse(330, p.h - 262, 352, p.h - 236, stroke=0, fill=1)
    p.c.restoreState()
    return p.pdf(), {}


def zh_other_lawyer_demand_letter() -> tuple[bytes, dict]:
    """A law firm's 律师函 on letterhead about an unpaid loan: 致 the debtor, the facts, the sum owed (本金, 逾期利息),
    a deadline, the firm's seal and date: a creditor's letter, not evidence of income, a bill or an account."""
    p = Page(A4, zh=True)
    p.t(297, 60, "甘肃祁连律师事务所", 17, bold=True, align="c", color=(0.2, 0.2, 0.45))
    p.t(297, 82, "GANSU QILIAN LAW FIRM　张掖市甘州区县府街56号　0936-8213376", 8, align="c", color=GREY)
    p.line(45, 92, 550, 92, 1.0, color=(0.2, 0.2, 0.45))
    p.t(297, 136, "律 师 函", 20, bold=True, align="c")
    p.t(550, 160, "（2026）祁律函字第1187号", 9.5, align="r")
    text = [f"致：{ZY['person']} 女士", "",
            "　　甘肃祁连律师事务所接受张掖市鑫诚小额贷款有限公司（以下简称“委托人”）的委托，",
            "指派本所律师就您与委托人之间的借款合同纠纷一事，郑重致函如下：",
            "　　2025年12月3日，您向委托人借款人民币50,000.00元，约定分十二期归还。截至本函",
            "发出之日，您已逾期三期，尚欠本金人民币37,500.00元及逾期利息人民币1,126.40元。",
            "　　请您于收到本函之日起七日内与委托人联系并清偿上述款项。逾期未履行的，委托人将",
            "依法向人民法院提起诉讼，由此产生的诉讼费、律师费等一切费用将由您承担。",
            "　　特此函告。"]
    y = 200
    for ln in text:
        p.t(50, y, ln, 11)
        y += 26
    p.t(540, y + 60, "甘肃祁连律师事务所", 11.5, align="r")
    p.t(540, y + 86, "承办律师：何志远", 11, align="r")
    p.t(540, y + 112, "二〇二六年十一月二日", 11, align="r")
    p.stamp(470, y + 80, 44, "甘肃祁连律师事务所", "")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

KL = dict(person="Marguerite Osei-Lindqvist", employer="Thompson Rivers Cedar Mill Ltd.",
          cu="Sagebrush Valley Credit Union", account="2207-418853")
KL_EARN = [("Regular", "160.00", "26.15", 4184.00), ("Overtime 1.5x", "6.00", "39.23", 235.38),
           ("Shift premium", "48.00", "1.25", 60.00), ("Stat holiday", "8.00", "26.15", 209.20)]
KL_DED = [("CPP", 262.01), ("CPP2", 0.00), ("EI", 76.97), ("Federal income tax", 487.36),
          ("Provincial income tax (BC)", 186.20), ("Union dues", 58.58), ("Group benefits", 41.90)]


def en_pay_ca_kamloops_mill_pay_stub() -> tuple[bytes, dict]:
    """A sawmill's monthly pay stub (Letter, top third of the page): particulars as key/value pairs three columns across
    (Employee / Employee ID / Pay date 2026-10-30; Department / SIN ***-***-417 / Pay period 2026-10-01 - 2026-10-31),
    an earnings table Description | Hours | Rate | Current | YTD, deductions CPP, CPP2, EI, federal and provincial tax
    beside it, and a bar of four figures along the foot: Gross earnings, Total deductions, Net pay, Direct deposit."""
    p = Page(LETTER)
    gross = _r(sum(v for *_x, v in KL_EARN))
    ded = _r(sum(v for _k, v in KL_DED))
    net = _r(gross - ded)
    p.box(36, 30, 540, 40, fill=(0.15, 0.28, 0.2), stroke=None)
    p.t(48, 56, KL["employer"].upper(), 13, bold=True, color=(1, 1, 1))
    p.t(564, 48, "1470 Mission Flats Rd, Kamloops BC V2C 1A9", 8, color=(1, 1, 1), align="r")
    p.t(564, 61, "EARNINGS STATEMENT", 9, bold=True, color=(1, 1, 1), align="r")
    kv = [("Employee", KL["person"]), ("Employee ID", "004417"), ("Pay date", "2026-10-30"),
          ("Department", "Planer mill - B shift"), ("SIN", "***-***-417"), ("Pay period", "2026-10-01 - 2026-10-31")]
    for k, (a, b) in enumerate(kv):
        x = 48 + (k % 3) * 180
        y = 92 + (k // 3) * 26
        p.t(x, y, a, 7.5, color=GREY)
        p.t(x, y + 11, b, 9.5)
    y = 150
    rows = [["Earnings", "Hours", "Rate", "Current", "YTD"]] + [
        [d, h, r, _m(v), _m(v * 9.6 if d == "Regular" else v * 3)] for d, h, r, v in KL_EARN]
    p.table(36, y, [108, 44, 44, 62, 66], rows, rh=16, size=8, head=1, grid=False, hlines=True,
            aligns=["l", "r", "r", "r", "r"])
    drows = [["Deductions", "Current"]] + [[d, _m(v)] for d, v in KL_DED]
    p.table(380, y, [136, 60], drows, rh=16, size=8, head=1, grid=False, hlines=True, aligns=["l", "r"])
    y = 150 + 16 * (len(KL_DED) + 1) + 16
    bar = [("Gross earnings", gross), ("Total deductions", ded), ("Net pay", net), ("Direct deposit ****8853", net)]
    for k, (a, v) in enumerate(bar):
        x = 36 + k * 135
        p.box(x, y, 135, 38, fill=PALE if k != 2 else (0.85, 0.92, 0.87), stroke=(0.6, 0.6, 0.6), lw=0.4)
        p.t(x + 6, y + 12, a, 7.5, color=GREY)
        p.t(x + 129, y + 31, _m(v), 11, bold=k == 2, align="r")
    p.t(36, y + 58, "Vacation accrued: 41.2 h    Sick bank: 16.0 h    Questions: payroll@trcmill.example, ext. 240",
        7.5, color=GREY)
    p.line(36, y + 80, 576, y + 80, 0.5, dash=(4, 3))
    p.t(306, y + 94, "- - - fold here - - -", 7, align="c", color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


KLB_ROWS = [  # Mon dd, description, withdrawal, deposit
    ("Oct 01", "Interac e-Transfer to R. Dhillon - rent", 1150.00, 0),
    ("Oct 03", "Pre-authorized debit BC Hydro", 96.44, 0),
    ("Oct 06", "Point of sale Save-On-Foods #1218", 143.27, 0),
    ("Oct 09", "ATM withdrawal Aberdeen Mall", 200.00, 0),
    ("Oct 14", "Pre-authorized debit Telus Mobility", 75.60, 0),
    ("Oct 17", "Canada Child Benefit", 0, 412.50),
    ("Oct 20", "Point of sale Petro-Canada Kamloops", 68.10, 0),
    ("Oct 24", "Interac e-Transfer from J. Osei", 0, 150.00),
    ("Oct 27", "Pre-authorized debit ICBC Autoplan", 127.38, 0),
    ("Oct 30", "Payroll deposit THOMPSON RIVERS CEDAR", 0, 3575.56),
    ("Oct 31", "Monthly account fee", 4.95, 0),
]
KLB_OPEN = 812.09


def en_stmt_ca_kamloops_credit_union_withdrawals_first() -> tuple[bytes, dict]:
    """A credit union's chequing statement (Letter): the member's address block, 'Statement period: October 1, 2026 to
    October 31, 2026', Date | Description | Withdrawals | Deposits | Balance (withdrawals before deposits), 'Oct 03'
    dates, 'Opening balance' as the first row and 'Closing balance' as the last, and a summary box at the foot."""
    p = Page(LETTER)
    amounts = [c - d for _dt, _w, d, c in KLB_ROWS]
    bal = _run(KLB_OPEN, amounts)
    p.t(48, 52, KL["cu"], 15, bold=True, color=RUST)
    p.t(48, 66, "Member-owned since 1952  |  North Shore Branch, 700 Tranquille Rd, Kamloops BC", 7.5, color=GREY)
    p.t(48, 106, KL["person"].upper(), 9.5)
    p.t(48, 118, "412 - 935 SEYMOUR ST", 9.5)
    p.t(48, 130, "KAMLOOPS BC  V2C 2H3", 9.5)
    p.t(564, 106, "Statement period: October 1, 2026 to October 31, 2026", 8.5, align="r")
    p.t(564, 120, f"Member no. 418853    Account: Everyday Chequing {KL['account']}", 8.5, align="r")
    p.t(564, 134, "Page 1 of 1", 8.5, align="r")
    y = 170
    heads = [(48, "Date", "l"), (100, "Description", "l"), (400, "Withdrawals", "r"), (476, "Deposits", "r"),
             (564, "Balance", "r")]
    p.box(44, y - 12, 524, 18, fill=(0.97, 0.92, 0.86), stroke=None)
    for x, h, a in heads:
        p.t(x, y, h, 8.5, bold=True, align=a)
    y += 20
    p.t(48, y, "Oct 01", 8.5)
    p.t(100, y, "Opening balance", 8.5)
    p.t(564, y, _m(KLB_OPEN), 8.5, align="r")
    for (dt, what, d, c), b in zip(KLB_ROWS, bal, strict=True):
        y += 17
        p.t(48, y, dt, 8.5)
        p.t(100, y, what, 8.5)
        if d:
            p.t(400, y, _m(d), 8.5, align="r")
        if c:
            p.t(476, y, _m(c), 8.5, align="r")
        p.t(564, y, _m(b), 8.5, align="r")
    y += 17
    p.t(48, y, "Oct 31", 8.5, bold=True)
    p.t(100, y, "Closing balance", 8.5, bold=True)
    p.t(564, y, _m(bal[-1]), 8.5, bold=True, align="r")
    y += 40
    wd = _r(sum(r[2] for r in KLB_ROWS))
    dp = _r(sum(r[3] for r in KLB_ROWS))
    p.box(300, y, 268, 62, stroke=(0.6, 0.6, 0.6), lw=0.5)
    for k, (a, v) in enumerate((("Total withdrawals (8)", wd), ("Total deposits (3)", dp),
                                ("Service charges this period", 4.95))):
        p.t(308, y + 16 + 17 * k, a, 8.5)
        p.t(560, y + 16 + 17 * k, _m(v), 8.5, align="r")
    p.t(48, y + 100, "Deposits are 100% guaranteed by the Credit Union Deposit Insurance Corporation of BC.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


SV = dict(person="Semisi Vakaloloma Tuilagi", employer="Lami Bay Boatbuilders Pte Limited",
          bank="Koro Sea Savings Bank (Fiji) Limited")


def en_unemp_fj_suva_termination_notice() -> tuple[bytes, dict]:
    """A boatyard's 'Notice of Termination of Employment (Redundancy)' on letterhead: particulars as key/value pairs in
    two columns (worker's name, FNPF no., position, date of engagement 14/02/2017, last day of work 30/10/2026,
    notice given), a paragraph on the slump in orders, redundancy pay and annual leave owed, the director's signature
    and the date 02/11/2026 (an unemployment proof: the employer's notice that the job ended)."""
    p = Page(A4)
    p.t(297, 58, SV["employer"].upper(), 14, bold=True, align="c", color=(0.0, 0.3, 0.45))
    p.t(297, 74, "Lot 12 Queens Road, Lami, Fiji   |   Ph 336 1840   |   TIN 50-11872-0-4", 8, align="c", color=GREY)
    p.line(45, 84, 550, 84, 1.2, color=(0.0, 0.3, 0.45))
    p.t(550, 112, "Date: 02/11/2026", 10, align="r")
    p.t(297, 146, "NOTICE OF TERMINATION OF EMPLOYMENT (REDUNDANCY)", 12, bold=True, align="c")
    kv = [("Worker's name", SV["person"], "FNPF no.", "7-0418-22931"), ("Position", "Fibreglass laminator",
          "Section", "Hull shop"), ("Date engaged", "14/02/2017", "Last day of work", "30/10/2026"),
          ("Notice given", "one month (paid in lieu)", "Reason", "Redundancy")]
    y = 180
    for a, b, c, d in kv:
        p.t(50, y, a, 8.5, color=GREY)
        p.t(150, y, b, 10)
        p.t(320, y, c, 8.5, color=GREY)
        p.t(415, y, d, 10)
        y += 22
    y += 14
    text = ["Dear Semisi,",
            "Owing to the cancellation of two vessel contracts and the absence of new orders for the coming season,",
            "the company has had to reduce its workforce in the hull shop. As discussed with you and your union",
            "delegate on 29/09/2026, your position is redundant and your employment ends on 30/10/2026.",
            "You will receive one month's wages in lieu of notice, redundancy pay of one week's wages for each",
            "completed year of service (9 years), and payment for 6 days of annual leave not taken. A copy of this",
            "notice has been sent to the Permanent Secretary for Employment as the Act requires.",
            "We thank you for your years of careful work and wish you well.",
            "", "Yours faithfully,"]
    for ln in text:
        p.t(50, y, ln, 10)
        y += 18
    p.hand(52, y + 30, "R. Naidu", 18, key="sv-sign")
    p.line(50, y + 36, 220, y + 36, 0.4)
    p.t(50, y + 50, "Ravindra Naidu, Director", 10)
    p.t(50, y + 64, "for " + SV["employer"], 9, color=GREY)
    return p.pdf(), {}


SVB_ROWS = [  # dd/mm/yyyy, details, debit, credit
    ("03/10/2026", "EFTPOS MH SUPERMARKET LAMI", 86.45, 0),
    ("06/10/2026", "MPAISA TRANSFER OUT", 120.00, 0),
    ("09/10/2026", "ATM WDL MHCC SUVA", 200.00, 0),
    ("10/10/2026", "SALARY LAMI BAY BOATBUILDERS", 0, 1163.60),
    ("14/10/2026", "EFL PREPAY ELECTRICITY", 45.00, 0),
    ("18/10/2026", "EFTPOS NEW WORLD DAMODAR", 112.30, 0),
    ("23/10/2026", "WATER AUTHORITY OF FIJI", 31.74, 0),
    ("27/10/2026", "ATM WDL NAUSORI", 100.00, 0),
    ("30/10/2026", "FINAL PAY + REDUNDANCY LAMI BAY", 0, 6980.40),
    ("31/10/2026", "ACCOUNT KEEPING FEE", 2.50, 0),
]
SVB_OPEN = 417.28


def en_stmt_fj_suva_savings_bank_statement() -> tuple[bytes, dict]:
    """A Fiji bank's statement (A4): the closing balance in a box at the top right beside the period 01/10/2026 to
    31/10/2026 (dd/mm/yyyy), the customer's name and account in two columns under the bank's name, Date | Transaction
    details | Debit (FJD) | Credit (FJD) | Balance (FJD) ruled only by light horizontal lines, no total row."""
    p = Page(A4)
    amounts = [c - d for _dt, _w, d, c in SVB_ROWS]
    bal = _run(SVB_OPEN, amounts)
    p.t(45, 56, SV["bank"], 14, bold=True, color=(0.55, 0.1, 0.2))
    p.t(45, 70, "Victoria Parade, Suva  |  Customer Care 132 000", 8, color=GREY)
    p.box(370, 36, 180, 58, stroke=(0.55, 0.1, 0.2), lw=0.8)
    p.t(378, 52, "Period 01/10/2026 to 31/10/2026", 8.5)
    p.t(378, 68, "Closing balance (FJD)", 8, color=GREY)
    p.t(542, 86, _m(bal[-1]), 14, bold=True, align="r")
    kv = [("Account name", SV["person"].upper()), ("Account number", "0009 2231 8754"),
          ("Account type", "Everyday Savings"), ("Branch", "Lami")]
    for k, (a, b) in enumerate(kv):
        x = 45 + (k % 2) * 260
        y = 118 + (k // 2) * 28
        p.t(x, y, a, 8, color=GREY)
        p.t(x, y + 12, b, 10)
    y = 190
    heads = [(45, "Date", "l"), (120, "Transaction details", "l"), (380, "Debit (FJD)", "r"),
             (460, "Credit (FJD)", "r"), (550, "Balance (FJD)", "r")]
    for x, h, a in heads:
        p.t(x, y, h, 8.5, bold=True, align=a)
    p.line(45, y + 6, 550, y + 6, 0.8)
    y += 22
    p.t(45, y, "01/10/2026", 8.5)
    p.t(120, y, "BALANCE BROUGHT FORWARD", 8.5)
    p.t(550, y, _m(SVB_OPEN), 8.5, align="r")
    for (dt, what, d, c), b in zip(SVB_ROWS, bal, strict=True):
        y += 20
        p.line(45, y - 13, 550, y - 13, 0.2, color=(0.8, 0.8, 0.8))
        p.t(45, y, dt, 8.5)
        p.t(120, y, what, 8.5)
        if d:
            p.t(380, y, _m(d), 8.5, align="r")
        if c:
            p.t(460, y, _m(c), 8.5, align="r")
        p.t(550, y, _m(b), 8.5, align="r")
    p.t(45, y + 40, "Please examine this statement and tell us of any error within 14 days.", 8, color=GREY)
    p.t(45, y + 54, "Deposits are not insured by any government agency.", 8, color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


FG = dict(person="Delphine R. Aukustsson", hospital="Red River Valley Lutheran Hospital",
          employer="Prairie Rose Grain Cooperative", bank="Cass County Farmers State Bank")
FG_LINES = [  # mm/dd/yyyy, rev code, cpt, description, qty, amount
    ("10/06/2026", "0450", "99284", "EMERGENCY DEPT VISIT LEVEL 4", 1, 1842.00),
    ("10/06/2026", "0301", "80053", "COMPREHENSIVE METABOLIC PANEL", 1, 212.00),
    ("10/06/2026", "0305", "85025", "CBC WITH AUTO DIFF", 1, 96.00),
    ("10/06/2026", "0350", "74177", "CT ABDOMEN PELVIS W CONTRAST", 1, 4185.00),
    ("10/06/2026", "0636", "J2405", "ONDANSETRON HCL INJ 1 MG", 4, 38.40),
    ("10/06/2026", "0258", "J7050", "NORMAL SALINE SOLN 250 CC", 2, 61.00),
    ("10/07/2026", "0120", "", "ROOM AND BOARD SEMI-PRIVATE", 1, 2460.00),
    ("10/07/2026", "0360", "44970", "LAPAROSCOPIC APPENDECTOMY", 1, 9870.00),
    ("10/07/2026", "0370", "00840", "ANESTHESIA INTRAPERITONEAL", 1, 2215.00),
    ("10/07/2026", "0710", "", "RECOVERY ROOM 1ST HOUR", 1, 1044.00),
    ("10/07/2026", "0250", "", "PHARMACY GENERAL", 6, 187.20),
    ("10/07/2026", "0272", "", "STERILE SUPPLY", 3, 342.00),
    ("10/08/2026", "0120", "", "ROOM AND BOARD SEMI-PRIVATE", 1, 2460.00),
    ("10/08/2026", "0250", "", "PHARMACY GENERAL", 4, 124.80),
    ("10/08/2026", "0300", "85025", "CBC WITH AUTO DIFF", 1, 96.00),
    ("10/08/2026", "0424", "97161", "PT EVALUATION LOW COMPLEX", 1, 318.00),
    ("10/09/2026", "0250", "", "PHARMACY GENERAL", 2, 62.40),
    ("10/09/2026", "0762", "", "OBSERVATION DISCHARGE", 1, 410.00),
]
FG_INS = 19856.20
FG_ADJ = 3120.00


def en_med_us_fargo_hospital_itemised_two_page() -> tuple[bytes, dict]:
    """A hospital's itemized statement over two Letter pages: page 1 the patient and guarantor, account and admission
    10/06/2026 - 10/09/2026, statement date 11/03/2026, and the first lines (Date | Rev | CPT/HCPCS | Description | Qty
    | Charges); page 2 the rest, 'Total charges', the insurer's payment and contractual adjustment in parentheses and
    'Amount due from patient' - every total on page 2."""
    p = Page(LETTER)
    total = _r(sum(v for *_x, v in FG_LINES))
    due = _r(total - FG_INS - FG_ADJ)
    p.t(48, 52, FG["hospital"], 14, bold=True, color=(0.2, 0.15, 0.45))
    p.t(48, 66, "Patient Financial Services  |  2400 University Dr S, Fargo ND 58103  |  701-555-0148", 7.5, color=GREY)
    p.t(564, 52, "ITEMIZED STATEMENT", 12, bold=True, align="r")
    kv = [("Patient", FG["person"]), ("Guarantor", FG["person"]), ("Account no.", "HB-7730415"),
          ("Admit / discharge", "10/06/2026 - 10/09/2026"), ("Statement date", "11/03/2026"),
          ("Primary insurance", "Dakota Plains Health Plan")]
    for k, (a, b) in enumerate(kv):
        x = 48 + (k % 2) * 270
        y = 96 + (k // 2) * 26
        p.t(x, y, a, 7.5, color=GREY)
        p.t(x, y + 11, b, 9.5)
    heads = ["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charges"]
    widths = [62, 36, 60, 250, 30, 78]
    aligns = ["l", "l", "l", "l", "r", "r"]
    rows = [[d, rv, c, desc, str(q), _m(v)] for d, rv, c, desc, q, v in FG_LINES]
    cut = 11
    p.table(48, 180, widths, [heads] + rows[:cut], rh=17, size=7.8, head=1, grid=False, hlines=True, aligns=aligns)
    p.t(306, 760, "Continued on page 2", 8, align="c", color=GREY)
    p.t(564, 760, "Page 1 of 2", 8, align="r", color=GREY)
    p.c.showPage()
    p.t(48, 44, f"{FG['hospital']}  -  Itemized statement (continued)  -  Account HB-7730415", 8, color=GREY)
    y = p.table(48, 64, widths, [heads] + rows[cut:], rh=17, size=7.8, head=1, grid=False, hlines=True,
                aligns=aligns)
    y += 24
    for a, v in (("Total charges", _m(total)), ("Payment - Dakota Plains Health Plan 10/29/2026", f"({_m(FG_INS)})"),
                 ("Contractual adjustment", f"({_m(FG_ADJ)})"), ("Amount due from patient", _m(due))):
        bold = a.startswith(("Total", "Amount"))
        p.t(330, y, a, 9, bold=bold, align="r")
        p.t(564, y, v, 9, bold=bold, align="r")
        y += 18
    p.t(48, y + 30, "Financial assistance is available. Ask for a Charity Care application or call 701-555-0148.", 8,
        color=GREY)
    p.t(564, 760, "Page 2 of 2", 8, align="r", color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(due)}


def en_income_us_fargo_employer_earnings_statement() -> tuple[bytes, dict]:
    """A grain co-operative's 'Employer Statement of Earnings' form filled in by its HR clerk: boxes with the caption
    in each box's top-left corner (1 Employee name, 2 Employer, 3 Position, 4 Hire date, 5 Pay frequency, 6 Gross pay
    per period, 7 Average gross monthly earnings, 8 Signature, 9 Date 11/12/2026); monthly = biweekly x 26 / 12."""
    p = Page(LETTER)
    per = 1472.00
    monthly = _r(per * 26 / 12)
    p.t(306, 50, "EMPLOYER STATEMENT OF EARNINGS", 14, bold=True, align="c")
    p.t(306, 66, "To be completed by the employer. Please print clearly.", 8.5, align="c", color=GREY)
    x0, y = 48, 86
    _cornerbox(p, x0, y, 300, 40, "1  Employee name", FG["person"], 11)
    _cornerbox(p, x0 + 300, y, 216, 40, "SSN (last 4)", "xxx-xx-6120", 11)
    y += 40
    _cornerbox(p, x0, y, 300, 40, "2  Employer", FG["employer"], 11)
    _cornerbox(p, x0 + 300, y, 216, 40, "Employer phone", "(701) 555-0192", 11)
    y += 40
    _cornerbox(p, x0, y, 200, 40, "3  Position", "Scale house operator", 10.5)
    _cornerbox(p, x0 + 200, y, 150, 40, "4  Hire date", "04/17/2021", 10.5)
    _cornerbox(p, x0 + 350, y, 166, 40, "5  Pay frequency", "Every two weeks", 10.5)
    y += 40
    _cornerbox(p, x0, y, 200, 40, "6  Gross pay per period", "$1,472.00", 11)
    _cornerbox(p, x0 + 200, y, 150, 40, "Hours per week", "32 (was 40)", 10.5)
    _cornerbox(p, x0 + 350, y, 166, 40, "7  Average gross monthly", "$" + _m(monthly), 11, bold=True)
    y += 40
    _cornerbox(p, x0, y, 516, 52, "Remarks", "", 10)
    p.t(x0 + 8, y + 28, "Hours reduced from 40 to 32 a week from 09/01/2026 after the elevator's second shift closed.",
        9)
    p.t(x0 + 8, y + 42, "Still employed. No overtime expected before harvest 2027.", 9)
    y += 52
    _cornerbox(p, x0, y, 260, 46, "8  Signature of employer representative", "", 10)
    p.hand(x0 + 20, y + 36, "Gail Thorsrud", 16, key="fg-hr")
    _cornerbox(p, x0 + 260, y, 130, 46, "Title", "HR coordinator", 10)
    _cornerbox(p, x0 + 390, y, 126, 46, "9  Date", "11/12/2026", 11)
    p.t(x0, y + 70, "I certify the information above is true and taken from our payroll records.", 8, color=GREY)
    return p.pdf(), {"monthly": _s(monthly)}


FGA_ROWS = [  # Mon dd, desc, signed
    ("Oct 30", "PRAIRIE ROSE GRAIN PAYROLL", 1164.38),
    ("Oct 28", "HORNBACHER'S #3 FARGO", -88.16),
    ("Oct 23", "XCEL ENERGY AUTOPAY", -104.52),
    ("Oct 19", "RED RIVER VALLEY LUTHERAN COPAY", -250.00),
    ("Oct 16", "PRAIRIE ROSE GRAIN PAYROLL", 1164.38),
    ("Oct 12", "VENMO CASHOUT", 60.00),
    ("Oct 08", "CASS CNTY FSB ATM", -100.00),
    ("Oct 05", "RENT - BROADWAY FLATS", -945.00),
    ("Oct 02", "PRAIRIE ROSE GRAIN PAYROLL", 1164.38),
]
FGA_CLOSE = 2218.73


def en_stmt_us_fargo_bank_app_statement_screen() -> tuple[bytes, dict]:
    """A bank app's 'Statements & activity' screen: the account owner's name and 'Checking ...3081' in a card, the
    statement period Oct 1 - Oct 31, 2026, 'Ending balance' big in the card, then the month's activity newest first
    with 'Oct 30' dates and signed amounts, no running balance."""
    p = Page(PHONE)
    _status(p, "7:42")
    p.box(0, 40, 390, 70, fill=(0.12, 0.35, 0.2), stroke=None)
    p.t(20, 82, FG["bank"], 13, bold=True, color=(1, 1, 1))
    p.box(16, 124, 358, 130, fill=(0.95, 0.97, 0.95), stroke=None, radius=10)
    p.t(30, 148, FG["person"], 12, bold=True)
    p.t(30, 166, "Everyday Checking ...3081", 10.5, color=GREY)
    p.t(30, 192, "Statement period  Oct 1 - Oct 31, 2026", 10)
    p.t(30, 218, "Ending balance", 9.5, color=GREY)
    p.t(360, 238, "$" + _m(FGA_CLOSE), 20, bold=True, align="r")
    p.t(20, 284, "Activity", 13, bold=True)
    y = 300
    for dt, what, amt in FGA_ROWS:
        p.line(16, y, 374, y, 0.3, color=(0.85, 0.85, 0.85))
        p.t(20, y + 20, what, 10)
        p.t(20, y + 36, dt, 8.5, color=GREY)
        p.t(370, y + 26, ("+$" if amt > 0 else "-$") + _m(abs(amt)), 11, bold=True, align="r",
            color=(0.1, 0.5, 0.2) if amt > 0 else (0, 0, 0))
        y += 48
    p.t(195, y + 26, "View PDF statement", 11, align="c", color=SKY)
    return p.pdf(), {"closing": _s(FGA_CLOSE)}


HB = dict(person="Wilhelmina Faulkner-Tapsell", provider="Salamanca Eyecare Optometrists")
HB_LINES = [("Comprehensive eye examination", "10918", 1, 0.00), ("Single vision lenses, hi-index 1.67, pair", "SV167", 1,
            289.00), ("Anti-reflective + blue filter coating", "ARBF", 1, 95.00), ("Frame - Lindberg-style titanium 52",
            "FR-T52", 1, 245.00), ("Lens cleaning kit", "LCK", 1, 12.50)]


def en_med_au_hobart_optician_tax_invoice() -> tuple[bytes, dict]:
    """An optometrist's TAX INVOICE (A5 portrait): the practice and ABN top left, Invoice no. / Date 21/10/2026 /
    Patient / Medicare no. as pairs down the right, item lines with item numbers, the bulk-billed exam at 0.00, GST
    included, the health fund's benefit and the amount paid by card: 'Total (incl. GST)'."""
    p = Page(A5)
    total = _r(sum(q * v for _d, _c, q, v in HB_LINES))
    fund = 150.00
    gst = _r(total / 11)
    p.t(28, 44, HB["provider"], 12, bold=True, color=(0.1, 0.3, 0.5))
    p.t(28, 58, "71 Salamanca Place, Hobart TAS 7000", 7.5, color=GREY)
    p.t(28, 69, "ABN 48 611 203 775   Ph (03) 6223 4410", 7.5, color=GREY)
    p.t(392, 44, "TAX INVOICE", 13, bold=True, align="r")
    for k, (a, b) in enumerate((("Invoice no.", "INV-26-04187"), ("Date", "21/10/2026"), ("Patient", HB["person"]),
                                ("Medicare no.", "2951 48310 2"))):
        p.t(250, 84 + 13 * k, a, 7.5, color=GREY)
        p.t(392, 84 + 13 * k, b, 7.5, align="r")
    y = 150
    rows = [["Description", "Item", "Qty", "Amount"]] + [[d, c, str(q), _m(q * v)] for d, c, q, v in HB_LINES]
    y = p.table(28, y, [200, 50, 30, 84], rows, rh=16, size=7.6, head=1, grid=False, hlines=True,
                aligns=["l", "l", "r", "r"])
    y += 18
    for a, v in (("Total (incl. GST)", _m(total)), ("GST included", _m(gst)),
                 ("Less health fund benefit (HICAPS)", f"-{_m(fund)}"), ("Paid EFTPOS 21/10/2026", _m(total - fund)),
                 ("Balance owing", "0.00")):
        bold = a.startswith("Total")
        p.t(300, y, a, 8, bold=bold, align="r")
        p.t(392, y, v, 8, bold=bold, align="r")
        y += 14
    p.t(28, y + 20, "Exam bulk billed to Medicare (item 10918). Spectacles ready in 7-10 working days.", 7, color=GREY)
    p.t(28, y + 32, "Thank you for choosing Salamanca Eyecare.", 7, color=GREY)
    return p.pdf(), {"total": _s(total)}


KC = dict(person="Jeffery Anak Nyambong", bank="Rajang Heritage Bank Berhad")
KC_ROWS = [  # dd/mm, description, debit, credit
    ("02/09", "IBG CREDIT GAJI SARAWAK TIMBER TRAD", 0, 2315.40),
    ("04/09", "DUITNOW TRF SEWA RUMAH", 650.00, 0),
    ("07/09", "POS PASAR TANI SATOK", 84.20, 0),
    ("11/09", "ATM CASH WDL KUCHING SENTRAL", 300.00, 0),
    ("15/09", "JOMPAY SESCO", 118.35, 0),
    ("19/09", "DUITNOW QR PETRONAS TABUAN", 60.00, 0),
    ("24/09", "FPX SHOPEE PAY", 47.90, 0),
    ("30/09", "PROFIT PAID", 0, 1.12),
]
KC_OPEN = 905.63


def en_stmt_my_kuching_bank_september_landscape() -> tuple[bytes, dict]:
    """A Malaysian bank's savings account statement (landscape A4) for September 2026 only: 'Statement Date 30/09/26',
    Tarikh/Date | Keterangan/Description | Debit (RM) | Kredit/Credit (RM) | Baki/Balance (RM) in Malay over English, an
    'Opening Balance' row and 'Closing Balance' row; it does not cover October (stale)."""
    p = Page(landscape(A4))
    amounts = [c - d for _dt, _w, d, c in KC_ROWS]
    bal = _run(KC_OPEN, amounts)
    p.t(50, 50, KC["bank"], 15, bold=True, color=(0.55, 0.35, 0.0))
    p.t(50, 64, "(Company No. 199701008812) Cawangan Jalan Padungan, Kuching", 8, color=GREY)
    p.t(790, 50, "PENYATA AKAUN / ACCOUNT STATEMENT", 11, bold=True, align="r")
    p.t(50, 100, KC["person"].upper(), 10)
    p.t(50, 113, "LOT 2281 TAMAN BDC, JALAN STUTONG", 9)
    p.t(50, 125, "93350 KUCHING, SARAWAK", 9)
    for k, (a, b) in enumerate((("Tarikh Penyata / Statement Date", "30/09/26"), ("Tempoh / Period", "01/09/26 - 30/09/26"),
                                ("No. Akaun / Account No.", "2104-0071-5532"), ("Jenis / Type", "Simpanan-i / Savings-i"))):
        p.t(560, 100 + 14 * k, a, 8, color=GREY)
        p.t(790, 100 + 14 * k, b, 9, align="r")
    y = 160
    heads = [(50, "Tarikh", "Date", "l"), (120, "Keterangan", "Description", "l"), (560, "Debit", "(RM)", "r"),
             (660, "Kredit", "Credit (RM)", "r"), (790, "Baki", "Balance (RM)", "r")]
    for x, a, b, al in heads:
        p.t(x, y, a, 9, bold=True, align=al)
        p.t(x, y + 11, b, 7.5, align=al, color=GREY)
    p.line(46, y + 16, 794, y + 16, 0.7)
    y += 34
    p.t(120, y, "OPENING BALANCE", 9)
    p.t(790, y, _m(KC_OPEN), 9, align="r")
    for (dt, what, d, c), b in zip(KC_ROWS, bal, strict=True):
        y += 18
        p.t(50, y, dt, 9)
        p.t(120, y, what, 9)
        if d:
            p.t(560, y, _m(d), 9, align="r")
        if c:
            p.t(660, y, _m(c), 9, align="r")
        p.t(790, y, _m(b), 9, align="r")
    y += 22
    p.line(46, y - 10, 794, y - 10, 0.4)
    p.t(120, y, "CLOSING BALANCE", 9, bold=True)
    p.t(790, y, _m(bal[-1]), 9, bold=True, align="r")
    p.t(50, y + 40, "Dilindungi oleh PIDM setakat RM250,000 bagi setiap pendeposit. Protected by PIDM up to RM250,000 "
        "for each depositor.", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


def en_other_ca_lethbridge_car_loan_statement() -> tuple[bytes, dict]:
    """A car lender's quarterly loan statement: vehicle and contract, a payment history (Date | Payment | Interest |
    Principal | Balance owing, the balance falling), next payment due: a debt account, not a bank statement."""
    p = Page(LETTER)
    p.t(48, 52, "Chinook Country Auto Finance Inc.", 14, bold=True, color=(0.5, 0.1, 0.1))
    p.t(48, 66, "PO Box 1180, Lethbridge AB T1J 4A4  |  1-888-555-0166", 8, color=GREY)
    p.t(564, 52, "LOAN STATEMENT", 12, bold=True, align="r")
    p.t(564, 66, "Quarter ending 2026-10-31", 8.5, align="r")
    for k, (a, b) in enumerate((("Borrower", "Tamsin A. Gorecki"), ("Contract no.", "CCAF-22-118073"),
                                ("Vehicle", "2022 Ford Escape SE AWD"), ("Rate", "8.49% fixed, 72 months"))):
        p.t(48 + (k % 2) * 270, 104 + (k // 2) * 26, a, 7.5, color=GREY)
        p.t(48 + (k % 2) * 270, 115 + (k // 2) * 26, b, 9.5)
    bal = 17412.66
    rows = [["Date", "Payment", "Interest", "Principal", "Balance owing"]]
    for d in ("2026-08-15", "2026-09-15", "2026-10-15"):
        interest = _r(bal * 0.0849 / 12)
        principal = _r(512.40 - interest)
        bal = _r(bal - principal)
        rows.append([d, "512.40", _m(interest), _m(principal), _m(bal)])
    y = p.table(48, 170, [100, 100, 100, 100, 116], rows, rh=18, size=8.5, head=1, grid=False, hlines=True,
                aligns=["l", "r", "r", "r", "r"])
    p.box(48, y + 24, 516, 46, fill=PALE, stroke=None)
    p.t(58, y + 44, "Next payment due 2026-11-15", 10, bold=True)
    p.t(554, y + 44, "$512.40", 12, bold=True, align="r")
    p.t(58, y + 60, f"Payout amount valid to 2026-11-30: ${_m(_r(bal + 96.20))}", 8.5)
    p.t(48, y + 100, "Missed payments are reported to credit bureaus. Call us early if you are having trouble paying.",
        8, color=GREY)
    return p.pdf(), {}


def en_other_fj_mobile_phone_bill() -> tuple[bytes, dict]:
    """A mobile operator's postpaid bill for 'Nov-26' (A5): the plan, usage, previous balance, payment, amount due by
    a date, a tear-off payment slip: a phone bill."""
    p = Page(A5)
    p.box(0, 0, 420, 56, fill=(0.85, 0.05, 0.35), stroke=None)
    p.t(24, 36, "bulamobile", 18, bold=True, color=(1, 1, 1))
    p.t(396, 36, "Your bill  Nov-26", 11, color=(1, 1, 1), align="r")
    for k, (a, b) in enumerate((("Account", "BM-0081-4475"), ("Mobile", "+679 92x xx18"), ("Bill date", "03-Nov-26"),
                                ("Due date", "20-Nov-26"))):
        p.t(24 + (k % 2) * 190, 84 + (k // 2) * 26, a, 7.5, color=GREY)
        p.t(24 + (k % 2) * 190, 95 + (k // 2) * 26, b, 9.5)
    rows = [["Charges", "FJD"], ["Previous balance", "69.00"], ["Payment received 14-Oct-26, thank you", "-69.00"],
            ["Talk & Data 25 plan (Nov)", "55.00"], ["Data top-up 5GB", "15.00"], ["International SMS (6)", "2.40"],
            ["VAT 15% included", "9.44"]]
    y = p.table(24, 150, [280, 92], rows, rh=18, size=8.5, head=1, grid=False, hlines=True, aligns=["l", "r"])
    p.box(24, y + 16, 372, 36, fill=PALE, stroke=None)
    p.t(34, y + 39, "Amount due by 20-Nov-26", 10.5, bold=True)
    p.t(386, y + 39, "FJD 72.40", 12, bold=True, align="r")
    p.line(24, y + 80, 396, y + 80, 0.5, dash=(3, 3))
    p.t(24, y + 96, "PAYMENT SLIP  -  pay at any bulamobile shop, M-PAiSA *133# or online", 7.5, color=GREY)
    p.t(24, y + 112, "Account BM-0081-4475     Amount FJD 72.40", 9)
    return p.pdf(), {}


def en_other_ca_thunder_bay_notice_of_assessment() -> tuple[bytes, dict]:
    """A tax authority's notice of assessment for tax year 2025: summary lines (total income, taxable income, total
    federal and provincial tax, deductions at source, balance) and 'We assessed your return': a tax notice, not
    proof of this month's pay."""
    p = Page(LETTER)
    p.t(48, 50, "Notice of Assessment", 16, bold=True)
    p.t(48, 68, "Tax year 2025     Date issued: 2026-04-22", 9.5)
    p.t(564, 50, "Taxpayer: Okonkwo B. Lachance-Reid", 9, align="r")
    p.t(564, 64, "SIN: *** *** 884", 9, align="r")
    p.t(564, 78, "Thunder Bay ON  P7B 5E1", 9, align="r")
    p.t(48, 110, "We assessed your 2025 income tax and benefit return. Thank you for filing.", 10)
    rows = [["Summary", "Line", "Amount ($)"], ["Total income", "15000", "48,211.37"], ["Net income", "23600",
            "45,106.90"], ["Taxable income", "26000", "45,106.90"], ["Total federal tax", "42000", "4,812.55"],
            ["Ontario tax", "42800", "2,236.14"], ["Total payable", "43500", "9,921.18"],
            ["Total deducted at source", "43700", "10,284.60"], ["Refund", "48400", "363.42"]]
    y = p.table(48, 140, [300, 90, 126], rows, rh=19, size=9, head=1, grid=False, hlines=True,
                aligns=["l", "c", "r"])
    p.t(48, y + 30, "Your RRSP deduction limit for 2026 is $8,120.00. Keep this notice for your records.", 9)
    p.t(48, y + 48, "If you disagree with this assessment you may object within 90 days of the date of this notice.",
        8.5, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set

WARM_LAMP = dict(desk="wood", cast=WARM, exposure=0.86, falloff=0.5, angle=-2.4, persp=0.08, blur=1.1, quality=62)

DOCS: dict[str, dict] = {
    "zh-stmt-jingdezhen-village-bank-dot-matrix-print": dict(
        draw=zh_stmt_jingdezhen_village_bank_dot_matrix, type="bank_statement", lang="zh",
        fields={"bank": ["浮梁瑶里村镇银行股份有限公司", "浮梁瑶里村镇银行"], "account_holder": JDZ["person"],
                "account_number": "6230915204008817263", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "2705.39"},
        forms={"text": {}, "photo": dict(WARM_LAMP, hand="right", angle=2.2)},
        note="a village bank's 活期存款分户账 printed at the counter on tractor-feed paper (sprocket holes, green bands) in "
             "a dot-matrix look: 户名 / 账号 / 查询期间 2026/10/01-2026/10/31 on one line, unruled rows 日期 (10/03) | 摘要 | "
             "支取 | 存入 | 结余 | 柜员 (withdrawals before deposits), 上期结转 first, 合计 and 本页余额 under a dashed "
             "rule, the branch's seal; the photo under a warm lamp with a thumb at the right edge"),
    "zh-pay-jingdezhen-porcelain-boxed-slip": dict(
        draw=zh_pay_jingdezhen_porcelain_boxed_slip, type="payslip", lang="zh",
        fields={"employer": JDZ["employer"], "employee": JDZ["person"], "period": "2026-10", "gross_pay": "3436.40",
                "net_pay": "2848.30"},
        forms={"photo": dict(desk="laminate", angle=-3.6, persp=0.1, blur=1.15, quality=60, hand="bottom",
                             exposure=0.9, falloff=0.5),
               "scan": {}},
        note="a porcelain works' 职工工资单 (A5 landscape) as a boxed form with every caption small in its box's top-left "
             "corner (单位, 姓名, 工号, 车间, 所属月份 2026年10月), 应发 and 扣款 items each in a row of boxes, 应发合计 / "
             "扣款合计 / 实发金额 boxes along the foot, 实发 in 大写, the finance seal"),
    "zh-unemp-pingxiang-benefit-payment-voucher": dict(
        draw=zh_unemp_pingxiang_benefit_payment_voucher, type="unemployment_proof", lang="zh",
        fields={"person": PX["person"], "issuer": PX["centre"], "date": ["2026-11-05", "2026-09-22"]},
        forms={"scan": {}, "photo": dict(desk="cloth", angle=1.7, persp=0.07, blur=1.05, quality=63, fold=0.48,
                                         falloff=0.45)},
        note="a social-insurance office's 失业保险金领取凭证 as a boxed form, every caption in its box's top-left corner "
             "(姓名, 原工作单位, 失业登记日期 2026年9月22日, 核定领取期限, 月发放标准, 本次领取月份 2026年11月), a row of "
             "boxes for the months drawn, the office's seal over 经办日期 2026-11-05 (an unemployment proof: the benefit "
             "is paid only to a registered unemployed person); the photo folded across the middle"),
    "zh-stmt-pingxiang-bilingual-two-page": dict(
        draw=zh_stmt_pingxiang_bilingual_two_page, type="bank_statement", lang="zh",
        fields={"bank": "萍乡赣湘商业银行", "account_holder": PX["person"], "account_number": "6217731005882064",
                "period_start": "2026-09-01", "period_end": "2026-10-31", "closing_balance": "26839.06"},
        forms={"text": {}, "scan": {}},
        note="a city bank's bilingual 账户交易明细 / Account Transaction Statement over two pages, every head Chinese over "
             "English: page 1 a summary (户名 Name, 账号 Account No., 起止日期 Period 2026-09-01 ~ 2026-10-31, four boxes "
             "期初余额 / 存入合计 / 支出合计 / 期末余额) and the first rows, page 2 the rest (支出 Debit before 存入 Credit), "
             "the severance and the first benefit payment among them"),
    "zh-med-bozhou-outpatient-ebill-qr": dict(
        draw=zh_med_bozhou_outpatient_ebill_qr, type="medical_bill", lang="zh",
        fields={"provider": BZ["hospital"], "patient": BZ["person"], "date": "2026-10-17", "total": "646.26"},
        forms={"image": {}, "text": {}},
        note="a TCM hospital's 医疗门诊收费票据（电子）: a QR box top left, 票据代码 / 票据号码 / 校验码 / 开票日期 stacked "
             "top right, 交款人 in a framed strip, items two to a row (项目名称 金额 项目名称 金额), 合计 in 大写 and 小写, "
             "统筹 / 个人账户 / 个人现金 on one line, the payee's name as 收款单位（章）"),
    "zh-med-bozhou-pharmacy-till-receipt": dict(
        draw=zh_med_bozhou_pharmacy_till_receipt, type="medical_bill", lang="zh",
        fields={"provider": BZ["pharmacy"], "date": "2026-10-18", "total": "100.60"}, absent=["patient"],
        forms={"photo": dict(desk="wood", cast=WARM, exposure=0.8, angle=-5.2, persp=0.1, blur=1.2, quality=58,
                             margin=0.04, dpi=240, crumple=0.4, falloff=0.55)},
        note="a pharmacy's 销售小票 on a till roll: 单号, 时间 2026-10-18 20:16:42, items with 数量 x 单价 under each name, "
             "合计 / 医保卡支付 / 现金 / 找零, a masked member card, no buyer's name (patient absent; a medical bill: "
             "medicine bought), photographed at night under a warm lamp, angled and cropped tight"),
    "zh-income-bozhou-herb-company-certificate": dict(
        draw=zh_income_bozhou_herb_company_certificate, type="income_proof", lang="zh",
        fields={"employer": BZ["employer"], "employee": BZ["person"], "monthly_income": "4350.00",
                "date": "2026-11-09"},
        forms={"photo": dict(desk="laminate", angle=4.6, persp=0.12, blur=1.1, quality=62, falloff=0.45)},
        note="a herbal-slices company's 收入证明 on letterhead: prose with 月收入（税前）人民币肆仟叁佰伍拾元整（¥4,350.00）, "
             "a signature block whose captions sit UNDER their lines (单位盖章, 经办人, 联系电话, 日期 with 2026年11月9日 "
             "written above), the seal; photographed at a steep angle"),
    "zh-stmt-bozhou-bank-app-screen": dict(
        draw=zh_stmt_bozhou_bank_app_screen, type="bank_statement", lang="zh",
        fields={"bank": BZ_BANK, "account_number": ["5173"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "4210.88"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a bank app's 收支明细 screen, newest first: 借记卡 尾号5173 in a dropdown (no holder's name), "
             "2026.10.01 - 2026.10.31, 收入 / 支出 totals, 当前余额 above the list, entries with 10月15日 dates, signed "
             "amounts and 余额 under each (account_holder absent); the bank's name small under the title"),
    "zh-pay-tainan-mould-payslip-minguo": dict(
        draw=zh_pay_tainan_mould_payslip_minguo, type="payslip", lang="zh",
        fields={"employer": TN["employer"], "employee": TN["person"], "period": "2026-10", "gross_pay": "36623.00",
                "net_pay": "31510.00"},
        forms={"text": {}, "photo": dict(desk="dark", angle=-1.4, persp=0.06, blur=1.0, quality=64, hand="right",
                                         exposure=0.92)},
        note="a Taiwan mould maker's 薪資明細表 in 繁體 for 中華民國115年10月份 (Minguo 115 = 2026): particulars as "
             "label/value pairs in two columns (到職日 108/04/01, 發薪日 115/11/05), 應發項目 beside 應扣項目 (勞保費, 健保費, "
             "勞退自提6%) unruled, whole NT dollars, 應發合計 / 應扣合計 and 實發金額 NT$ 31,510 in a grey band"),
    "zh-stmt-tainan-bank-landscape-minguo": dict(
        draw=zh_stmt_tainan_bank_landscape_minguo, type="bank_statement", lang="zh",
        fields={"bank": TN["bank"], "account_holder": TN["person"], "account_number": "0412-50-338308",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "19831.00"},
        forms={"scan": {}},
        note="a Taiwan bank's 存款往來明細對帳單 on a landscape page: 本期結存 in a box at the top right (not under the "
             "rows), 查詢期間 115/10/01~115/10/31 in Minguo dates, 交易日期 | 摘要 | 支出金額 | 存入金額 | 結存餘額 | 備註 "
             "ruled only under the heads, whole dollars"),
    "zh-pay-zhangye-dairy-september-grey-on-grey": dict(
        draw=zh_pay_zhangye_dairy_september_grey_on_grey, type="payslip", lang="zh",
        fields={"employer": ZY["employer"], "employee": ZY["person"], "period": "2026-09", "gross_pay": "3802.00",
                "net_pay": "3117.79"},
        forms={"text": {}, "photo": dict(desk="dark", angle=2.9, persp=0.08, blur=1.2, quality=58, exposure=0.78,
                                         falloff=0.55, shadow=0.3)},
        note="a dairy's 工资发放单（2026年9月）printed grey on a grey ground by a low-toner printer: items in a three-column "
             "grid with each label above its value, 应发工资 / 扣款合计 / 实发工资 at the foot right; September, not the "
             "October asked (stale)"),
    "zh-med-zhangye-inpatient-settlement-landscape": dict(
        draw=zh_med_zhangye_inpatient_settlement_landscape, type="medical_bill", lang="zh",
        fields={"provider": ZY["hospital"], "patient": ZY["person"], "date": ["2026-10-29", "2026-10-28"],
                "total": ["7210.70", "2330.07"]},
        forms={"scan": {}},
        note="a hospital's 住院费用结算单（基本医疗保险）on a landscape page: 患者姓名 / 住院号 / 入院日期 / 出院日期 / 结算日期 "
             "2026/10/29 as a row of boxes with corner captions, charge categories in cells (name over amount), a "
             "strip of 医疗费总额 / 统筹基金支付 / 大病保险支付 / 个人自付 / 预交金 / 应退金额, 个人自付 in 大写"),
    "zh-other-handwritten-iou": dict(
        draw=zh_other_iou_handwritten, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", cast=WARM, exposure=0.88, angle=-3.1, persp=0.08, blur=1.1, quality=62)},
        note="look-alike: a handwritten 借条 on ruled paper (¥30000.00 borrowed for a mother's hospital stay, to be repaid by "
             "2027年4月30日, signed with a red fingerprint): a private loan note, not a bank record or a bill"),
    "zh-other-law-firm-demand-letter": dict(
        draw=zh_other_lawyer_demand_letter, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a law firm's 律师函 for a small-loan company (本金 37,500.00, 逾期利息 1,126.40, seven days to pay): "
             "a creditor's demand, not evidence of a hardship"),
    "en-pay-ca-kamloops-mill-pay-stub": dict(
        draw=en_pay_ca_kamloops_mill_pay_stub, type="payslip", lang="en",
        fields={"employer": ["Thompson Rivers Cedar Mill Ltd.", "THOMPSON RIVERS CEDAR MILL LTD."],
                "employee": KL["person"], "period": "2026-10", "gross_pay": "4688.58", "net_pay": "3575.56"},
        forms={"photo": dict(WARM_LAMP, hand="bottom", angle=1.8), "text": {}},
        note="a sawmill's monthly earnings statement (Canada): particulars three columns across (Employee / Employee ID "
             "/ Pay date 2026-10-30; Department / SIN / Pay period 2026-10-01 - 2026-10-31), Earnings | Hours | Rate | "
             "Current | YTD beside the deductions (CPP, CPP2, EI, federal and BC tax, union dues), and a bar of four boxes "
             "along the foot (Gross earnings, Total deductions, Net pay, Direct deposit); the photo in warm light with a "
             "thumb at the bottom"),
    "en-stmt-ca-kamloops-credit-union-withdrawals-first": dict(
        draw=en_stmt_ca_kamloops_credit_union_withdrawals_first, type="bank_statement", lang="en",
        fields={"bank": KL["cu"], "account_holder": [KL["person"].upper(), KL["person"]],
                "account_number": ["2207-418853", "418853"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "3084.41"},
        forms={"scan": {}, "text": {}},
        note="a credit union's chequing statement: 'Statement period: October 1, 2026 to October 31, 2026', Date | "
             "Description | Withdrawals | Deposits | Balance (withdrawals first), 'Oct 03' dates, Opening balance and "
             "Closing balance as rows, a totals box at the foot"),
    "en-unemp-fj-suva-boatyard-termination-notice": dict(
        draw=en_unemp_fj_suva_termination_notice, type="unemployment_proof", lang="en",
        fields={"person": SV["person"], "issuer": [SV["employer"], SV["employer"].upper()],
                "date": ["2026-11-02", "2026-10-30"]},
        forms={"photo": dict(desk="cloth", angle=-2.3, persp=0.08, blur=1.05, quality=63, fold=0.36, falloff=0.45),
               "scan": {}},
        note="a Fiji boatyard's 'Notice of Termination of Employment (Redundancy)': particulars as key/value pairs in two "
             "columns (FNPF no., date engaged 14/02/2017, last day of work 30/10/2026), a letter on the lost contracts, "
             "notice pay and redundancy pay, the director's signature; dated 02/11/2026 (dd/mm/yyyy); an unemployment "
             "proof (the employer's notice that the job ended); the photo with a fold shadow"),
    "en-stmt-fj-suva-savings-bank-closing-top": dict(
        draw=en_stmt_fj_suva_savings_bank_statement, type="bank_statement", lang="en",
        fields={"bank": [SV["bank"], "Koro Sea Savings Bank"], "account_holder": [SV["person"].upper(), SV["person"]],
                "account_number": "000922318754", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "7863.29"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=0.9, persp=0.05, blur=1.0, quality=64, margin=0.03,
                                         falloff=0.4)},
        note="a Fiji bank's statement: the closing balance (FJD) in a box at the top right with the period 01/10/2026 to "
             "31/10/2026, account name / number / type / branch as pairs in two columns, Date | Transaction details | "
             "Debit | Credit | Balance with light lines, BALANCE BROUGHT FORWARD first and no total row; the photo "
             "cropped tight to the sheet"),
    "en-med-us-fargo-hospital-itemised-two-page": dict(
        draw=en_med_us_fargo_hospital_itemised_two_page, type="medical_bill", lang="en",
        fields={"provider": FG["hospital"], "patient": FG["person"], "date": ["2026-11-03", "2026-10-06",
                                                                            "2026-10-09"],
                "total": ["26023.80", "3047.60"]},
        forms={"text": {}, "scan": {}},
        note="a hospital's itemized statement over two Letter pages: patient, account, admit / discharge 10/06/2026 - "
             "10/09/2026 and statement date 11/03/2026 as pairs, Date | Rev | CPT/HCPCS | Description | Qty | Charges "
             "with lines on both pages; Total charges, the insurer's payment and contractual adjustment in parentheses "
             "and Amount due from patient only on page 2"),
    "en-income-us-fargo-employer-statement-of-earnings": dict(
        draw=en_income_us_fargo_employer_earnings_statement, type="income_proof", lang="en",
        fields={"employer": FG["employer"], "employee": FG["person"], "monthly_income": "3189.33",
                "date": "2026-11-12"},
        forms={"photo": dict(WARM_LAMP, angle=-1.2, desk="laminate", shadow=0.3)},
        note="an 'Employer Statement of Earnings' form filled in by a grain co-operative: numbered boxes with captions in "
             "their top-left corners (employee, employer, position, hire date, pay frequency every two weeks, gross per "
             "period $1,472.00, average gross monthly $3,189.33 = x 26 / 12, signature, date 11/12/2026); an income "
             "proof; photographed in warm indoor light"),
    "en-stmt-us-fargo-bank-app-statement-screen": dict(
        draw=en_stmt_us_fargo_bank_app_statement_screen, type="bank_statement", lang="en",
        fields={"bank": FG["bank"], "account_holder": FG["person"], "account_number": ["3081"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "2218.73"},
        forms={"image": {}},
        note="a bank app's statement screen: the owner and 'Everyday Checking ...3081' in a card with 'Statement period "
             "Oct 1 - Oct 31, 2026' and the Ending balance, activity newest first with signed amounts and no running "
             "balance"),
    "en-med-au-hobart-optometrist-tax-invoice": dict(
        draw=en_med_au_hobart_optician_tax_invoice, type="medical_bill", lang="en",
        fields={"provider": HB["provider"], "patient": HB["person"], "date": "2026-10-21", "total": "641.50"},
        forms={"photo": dict(desk="wood", angle=3.4, persp=0.09, blur=1.1, quality=62, hand="right", falloff=0.5),
               "text": {}},
        note="an optometrist's TAX INVOICE (Australia, A5): ABN top left, Invoice no. / Date 21/10/2026 / Patient / "
             "Medicare no. down the right, lines for a bulk-billed exam (0.00), lenses, coating and frame, Total (incl. "
             "GST) above the GST, the health fund's benefit and the EFTPOS payment (a medical bill: spectacles "
             "prescribed and paid for)"),
    "en-stmt-my-kuching-bank-september-only": dict(
        draw=en_stmt_my_kuching_bank_september_landscape, type="bank_statement", lang="en",
        fields={"bank": [KC["bank"], "Rajang Heritage Bank"], "account_holder": [KC["person"].upper(), KC["person"]],
                "account_number": "2104-0071-5532", "period_start": "2026-09-01", "period_end": "2026-09-30",
                "closing_balance": "1961.70"},
        forms={"scan": {}},
        note="a Malaysian bank's savings statement on a landscape page with Malay over English heads (Tarikh / Date, "
             "Keterangan / Description, Debit, Kredit, Baki) in RM, 'Statement Date 30/09/26' over 'Period 01/09/26 - "
             "30/09/26' (two-digit years), dd/mm dates, Opening and "
             "Closing Balance rows; September only (it does not cover October)"),
    "en-other-ca-lethbridge-car-loan-statement": dict(
        draw=en_other_ca_lethbridge_car_loan_statement, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a car lender's quarterly loan statement (payment, interest, principal and a falling balance "
             "owing, next payment due): a debt account, not a bank statement"),
    "en-other-fj-mobile-phone-bill": dict(
        draw=en_other_fj_mobile_phone_bill, type="other", lang="en", fields={},
        forms={"photo": dict(desk="cloth", angle=-4.0, persp=0.1, blur=1.15, quality=60, exposure=0.85, falloff=0.5)},
        note="look-alike: a mobile operator's postpaid bill for 'Nov-26' (previous balance, payment, plan, amount due "
             "FJD 72.40, a payment slip): a phone bill"),
    "en-other-ca-thunder-bay-notice-of-assessment": dict(
        draw=en_other_ca_thunder_bay_notice_of_assessment, type="other", lang="en", fields={},
        forms={"scan": {}},
        note="look-alike: a notice of assessment for tax year 2025 (total income, taxable income, tax payable, deducted "
             "at source, refund): last year's tax, not this month's pay"),
}


def entries() -> list[tuple[str, str]]:
    """Every (document, form) pair of the set, in DOCS order."""
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set; deterministic (the same bytes on every call and machine with the
    same reportlab, poppler, Pillow and font). A photo shows the first page only, so only one-page documents are
    photographed: ValueError for a photo form of a longer one."""
    spec = DOCS[doc]
    pdf = spec["draw"]()[0]
    key = f"{PREFIX}-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan_pages(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    if pages != 1:
        raise ValueError(f"{doc}: a photo of a {pages}-page document would show only its first page")
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def figures(doc: str) -> dict[str, str]:
    """The money figures a document's drawing computed (gross/net, closing balance, a bill's total and the patient's
    own share, a monthly income): the labels must agree."""
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent18",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent18.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"{PREFIX}-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"{PREFIX}-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-25 (independent18-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
