"""The twenty-fifth independently generated judging set (bench/thirdparty/independent25.json, ``--independent25``).

    python bench/thirdparty/gen_independent25.py --manifest   (rewrite independent25.json: labels + sha256)
    python bench/thirdparty/gen_independent25.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Nankang in Jiangxi, Renhuai in Guizhou, Danzhou in Hainan, Pingtung in Taiwan; Lunenburg in Nova Scotia, Sylhet in
Bangladesh, Alexandra in Central Otago, Whitby in Yorkshire, Sohar in Oman, Sandakan in Sabah). The drawing and photo plumbing (Page,
_photo, _screenshot, _daxie) is imported from gen_independent11.py and the every-page scanner from gen_independent12.py
(one copy of each); everything else, layouts and wording, is this file's own. The papers are of November 2026 (judged
as of 2026-12-31, set 21's rules and dates), a few of another month or a shorter span on purpose.

What this set varies that earlier ones kept fixed: a furniture paint shop's 工资条 whose month is split from its year
(年度：2026 at the right, 所属月份：11月份 at the left), whose 应发合计 sits at the top above the lines, with dotted
leaders instead of a table and a worker's 借支 among the deductions; a village bank's 账户交易明细清单 over two pages
with 借方发生额 / 贷方发生额 in separate columns, the range printed 2026/11/01至2026/11/30 and 期末余额 only on page 2; a
township health centre's 住院费用结算清单 with 入院 / 出院 dates, categories rather than items, and 统筹支付 before
个人支付; a distillery's 解除劳动合同通知书 with the date in arabic figures and Chinese units (2026年11月6日) and the end
of the contract nine days later; a bank app screen whose custom range stops at 2026.11.20 (not the whole month); a
rubber co-operative's 收入证明 giving a monthly average in 大写 and figures; a rural bank's counter statement with full
Chinese dates (2026年11月03日), unsigned amounts and a 借/贷 flag column, its opening and closing balances in the
header; a Taiwanese aquaculture farm's 薪資單 in traditional characters with Western years (2026年11月) and
deductions in parentheses in one column; a Canadian fish plant's stub with ISO dates (2026-11-01 to 2026-11-30), a
statutory holiday line and union dues; a credit union statement whose dates are 'Nov 03'; a ground ambulance
invoice with one line; a Bangladeshi tea company's termination letter dated 06.11.2026 (day first, dots) and a bank
statement in Taka with lakh grouping (1,25,430.50) and dates 03-NOV-2026; a New Zealand orchard payslip of October
(the wrong month) with PAYE, ACC earner levy and KiwiSaver; an Omani salary certificate in rials with three decimals
(OMR 400.000) and a date 30/11/2026; a Sabah clinic's till bill in Malay and English dated 14/11/26; look-alikes a hand-filled rent receipt, a scooter instalment notice (traditional
characters), a car finance arrears letter from Yorkshire; photos creased, folded, dim, held by a hand, under a shadow.

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
from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_independent11 import (  # noqa: E402
    Page,
    _daxie,
    _photo,
    _screenshot,
)
from gen_independent12 import _scan_pages  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent25.json"
PREFIX = "i25"
GREY = (0.4, 0.4, 0.4)
LIGHT = (0.92, 0.92, 0.92)
WHITE = (1, 1, 1)
RED = (0.8, 0.1, 0.1)
NAVY = (0.08, 0.16, 0.4)
OCHRE = (0.62, 0.42, 0.08)
GREEN = (0.1, 0.42, 0.25)
MAROON = (0.45, 0.08, 0.12)
PHONE = (390, 844)
LETTER = (612, 792)


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _g(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _p(v: float) -> str:
    """1234.56"""
    return f"{v:.2f}"


def _lakh(v: float) -> str:
    """South Asian grouping: 1,25,430.50"""
    neg = v < 0
    whole, frac = f"{abs(v):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    s = ",".join([*groups, tail]) + "." + frac
    return ("-" if neg else "") + s


def _run(opening: float, moves: list[float]) -> list[float]:
    out, bal = [], opening
    for m in moves:
        bal = _r(bal + m)
        out.append(bal)
    return out


def _leader(p: Page, x0: float, x1: float, y: float, label: str, value: str, size=9.5, bold=False):
    """A label, a dotted leader and a right-aligned value."""
    w = p.t(x0, y, label, size, bold=bold)
    p.line(x0 + w + 4, y + 1, x1 - 6 - 7 * len(value) * size / 12, y + 1, 0.5, color=GREY, dash=(1, 2))
    p.t(x1, y, value, size, bold=bold, align="r")


# ---------------------------------------------------------------------------------------------------------------------
# 江西 赣州 南康: a furniture paint-shop worker in hospital

NK = dict(person="刘桂英", employer="赣州市南康区恒木居家具有限公司", bank="南康蓉江村镇银行",
          account="6231 8870 0012 5583", clinic="南康区唐江中心卫生院")
NK_EARN = [("基本工资", 2100.00), ("计件工资（喷漆386件×4.20）", _r(386 * 4.20)), ("防护用品补贴", 120.00),
           ("加班费（26小时×18.00）", _r(26 * 18.00))]
NK_DED = [("个人社保（养老/医疗/失业）", 283.50), ("伙食费", 180.00), ("借支（11月12日）", 300.00)]
NK_GROSS = _r(sum(v for _k, v in NK_EARN))
NK_NET = _r(NK_GROSS - sum(v for _k, v in NK_DED))


def zh_pay_nankang_paint_shop_wage_strip() -> tuple[bytes, dict]:
    """A furniture factory's 工资条 (A5 portrait, plain print, no table): the company and 油漆车间, 所属月份：11月份 at
    the left and 年度：2026 at the right, 应发合计 in a box at the top above the lines, 应发项目 and 扣款项目 as lines
    with dotted leaders, 实发工资 at the foot with the amount in 大写, the worker's signature."""
    p = Page(A5, zh=True)
    p.t(210, 42, NK["employer"], 12, bold=True, align="c")
    p.t(210, 62, "油 漆 车 间   工 资 条", 11.5, align="c")
    p.t(36, 90, "所属月份：11月份", 9.5)
    p.t(384, 90, "年度：2026", 9.5, align="r")
    p.t(36, 108, f"姓名：{NK['person']}", 9.5)
    p.t(170, 108, "工种：喷漆工", 9.5)
    p.t(384, 108, "卡号尾号：5583", 9.5, align="r")
    p.box(36, 120, 348, 28, fill=LIGHT, stroke=None)
    p.t(46, 139, "应发合计", 11, bold=True)
    p.t(374, 139, _p(NK_GROSS), 12, bold=True, align="r")
    y = 172
    p.t(36, y, "一、应发项目", 9.5, bold=True)
    for k, v in NK_EARN:
        y += 19
        _leader(p, 50, 384, y, k, _p(v), 9.2)
    y += 28
    p.t(36, y, "二、扣款项目", 9.5, bold=True)
    for k, v in NK_DED:
        y += 19
        _leader(p, 50, 384, y, k, _p(v), 9.2)
    y += 14
    p.line(36, y, 384, y, 0.8)
    y += 22
    p.t(36, y, "实发工资", 11, bold=True)
    p.t(384, y, _p(NK_NET), 12, bold=True, align="r")
    y += 18
    p.t(36, y, "大写：" + _daxie(NK_NET), 9)
    y += 34
    p.t(36, y, "领款人签字：", 9.5)
    p.hand(96, y + 1, NK["person"], 13, key="nk-sign")
    p.t(384, y, "制表：财务部 2026年12月3日", 8.5, align="r", color=GREY)
    p.t(36, y + 30, "说明：借支款项已在本月工资中扣回。工资条请妥善保管，不得转借他人。", 7.8, color=GREY)
    return p.pdf(), {"gross": _p(NK_GROSS), "net": _p(NK_NET)}


NK_MED = [("床位费", 180.00), ("护理费", 150.00), ("西药费", 1264.38), ("检查费", 530.00), ("化验费", 246.00),
          ("治疗费", 412.00), ("卫生材料费", 86.40)]
NK_MED_TOTAL = _r(sum(v for _k, v in NK_MED))
NK_MED_POOL = 1573.67
NK_MED_SELF = _r(NK_MED_TOTAL - NK_MED_POOL)

NK_ROWS = [  # (yyyy/mm/dd, 摘要, 对方, amount)
    ("2026/11/02", "消费", "南康百家惠超市", -86.40), ("2026/11/03", "转账", "刘建华", 500.00),
    ("2026/11/05", "代缴", "国网江西电力", -93.60), ("2026/11/06", "消费", "财付通", -45.00),
    ("2026/11/08", "取现", "ATM唐江营业部", -400.00), ("2026/11/10", "代发工资", "恒木居家具有限公司", 3412.30),
    ("2026/11/10", "贷款还款", "本行消费贷", -1260.00), ("2026/11/11", "消费", "支付宝", -132.80),
    ("2026/11/12", "转账", "刘建华", -300.00), ("2026/11/13", "消费", "财付通", -58.50),
    ("2026/11/14", "消费", NK["clinic"], -NK_MED_SELF), ("2026/11/16", "消费", "唐江大药房", -72.60),
    ("2026/11/18", "转账", "南康区民政局", 600.00), ("2026/11/19", "消费", "支付宝", -39.90),
    ("2026/11/21", "代缴", "中国移动", -50.00), ("2026/11/22", "消费", "南康百家惠超市", -112.35),
    ("2026/11/24", "取现", "ATM唐江营业部", -300.00), ("2026/11/26", "消费", "财付通", -66.00),
    ("2026/11/28", "转账", "刘小燕", -200.00), ("2026/11/30", "结息", "", 0.87),
]
NK_OPEN = 1376.52
NK_BAL = _run(NK_OPEN, [m for *_a, m in NK_ROWS])


def zh_stmt_nankang_village_bank_two_page() -> tuple[bytes, dict]:
    """A village bank's 账户交易明细清单 over two A4 pages: 户名 / 账号 / 起止日期 2026/11/01至2026/11/30 on page 1, rows
    交易日期 | 摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额 ruled, 期初余额 as the first line; page 2 continues the rows
    and ends with 借方合计 / 贷方合计 and 期末余额, the business seal; 第1页 共2页 at each foot."""
    p = Page(A4, zh=True)
    widths = [78, 60, 140, 80, 80, 82]
    head = ("交易日期", "摘要", "对方户名", "借方发生额", "贷方发生额", "余额")
    aligns = ["l", "l", "l", "r", "r", "r"]
    rows = [(d, s, o, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(b))
            for (d, s, o, m), b in zip(NK_ROWS, NK_BAL, strict=True)]

    def top(n):
        p.t(297, 48, NK["bank"], 14, bold=True, align="c")
        p.t(297, 70, "账户交易明细清单", 12, align="c")
        p.t(38, 100, f"户名：{NK['person']}", 9.5)
        p.t(220, 100, f"账号：{NK['account']}", 9.5)
        p.t(558, 100, "币种：人民币", 9.5, align="r")
        p.t(38, 118, "起止日期：2026/11/01至2026/11/30", 9.5)
        p.t(558, 118, "打印日期：2026/12/02", 9.5, align="r")
        p.t(297, 812, f"第{n}页 共2页", 8.5, align="c", color=GREY)

    top(1)
    first = [("", "期初余额", "", "", "", _g(NK_OPEN))] + rows[:13]
    p.table(38, 132, widths, [head] + first, rh=29, size=8.6, aligns=aligns)
    p.t(38, 790, "（续下页）", 8.5, color=GREY)
    p.c.showPage()
    top(2)
    y = p.table(38, 132, widths, [head] + rows[13:], rh=29, size=8.6, aligns=aligns)
    debit = _r(-sum(m for *_a, m in NK_ROWS if m < 0))
    credit = _r(sum(m for *_a, m in NK_ROWS if m > 0))
    p.t(44, y + 22, f"借方合计：{_g(debit)}", 9.5)
    p.t(230, y + 22, f"贷方合计：{_g(credit)}", 9.5)
    p.t(44, y + 46, f"期末余额：{_g(NK_BAL[-1])}", 10.5, bold=True)
    p.stamp(470, y + 70, 40, NK["bank"], "业务专用章")
    p.t(44, y + 76, "本清单由柜面打印，加盖业务专用章后有效。", 8.5, color=GREY)
    return p.pdf(), {"closing": _p(NK_BAL[-1])}


def zh_med_nankang_township_inpatient_settlement() -> tuple[bytes, dict]:
    """A township health centre's 住院费用结算清单 (A5 landscape): 住院号, 姓名 / 性别 / 年龄, 入院日期 2026-11-08 and
    出院日期 2026-11-14 with 住院天数, fee categories in a 2-column ruled grid, 费用总额, 医保统筹支付, 个人支付 with 大写,
    结算日期 2026-11-14 and the cashier's seal."""
    p = Page(landscape(A5), zh=True)
    p.t(297, 40, NK["clinic"], 14, bold=True, align="c")
    p.t(297, 62, "住院费用结算清单", 12, align="c")
    p.t(30, 90, "住院号：ZY2026-1187", 9)
    p.t(170, 90, f"姓名：{NK['person']}", 9)
    p.t(290, 90, "性别：女", 9)
    p.t(360, 90, "年龄：46岁", 9)
    p.t(440, 90, "医保类别：城乡居民", 9)
    p.t(30, 108, "入院日期：2026-11-08", 9)
    p.t(170, 108, "出院日期：2026-11-14", 9)
    p.t(320, 108, "住院天数：6天", 9)
    p.t(440, 108, "科室：内科", 9)
    half = (len(NK_MED) + 1) // 2
    left, right = NK_MED[:half], NK_MED[half:] + [("", None)] * (2 * half - len(NK_MED))
    rows = [("费用类别", "金额（元）", "费用类别", "金额（元）")]
    rows += [(a, _p(va), b, _p(vb) if vb is not None else "") for (a, va), (b, vb) in zip(left, right, strict=True)]
    y = p.table(30, 120, [150, 118, 150, 117], rows, rh=20, size=9, aligns=["l", "r", "l", "r"])
    p.t(36, y + 22, f"费用总额：{_p(NK_MED_TOTAL)}", 10)
    p.t(210, y + 22, f"医保统筹支付：{_p(NK_MED_POOL)}", 10)
    p.t(400, y + 22, f"个人支付：{_p(NK_MED_SELF)}", 10, bold=True)
    p.t(36, y + 44, "个人支付（大写）：" + _daxie(NK_MED_SELF), 9.5)
    p.t(36, y + 66, "结算日期：2026-11-14", 9.5)
    p.t(210, y + 66, "收款员：钟丽华", 9.5)
    p.t(36, y + 86, "支付方式：银行卡", 9)
    p.stamp(470, y + 66, 34, "南康区唐江中心卫生院", "收费专用章")
    return p.pdf(), {"total": _p(NK_MED_TOTAL), "paid": _p(NK_MED_SELF)}


# ---------------------------------------------------------------------------------------------------------------------
# 贵州 遵义 仁怀: a distillery worker laid off

RH = dict(person="穆光明", employer="仁怀市酱源坊酒业有限公司", bank="黔北赤水河农村商业银行", tail="7306")


def zh_unemp_renhuai_distillery_termination_notice() -> tuple[bytes, dict]:
    """A distillery's 解除劳动合同通知书 (A4, letterhead with a red rule): the worker's name and ID number, the reason
    (生产经营发生严重困难，制曲车间停产), the contract ending 2026年11月15日, the compensation in months, the company's
    round seal over the date 2026年11月6日 written in arabic figures with Chinese units; a receipt line at the foot."""
    p = Page(A4, zh=True)
    p.t(297, 62, RH["employer"], 17, bold=True, align="c", color=RED)
    p.line(50, 76, 545, 76, 2.0, color=RED)
    p.line(50, 80, 545, 80, 0.6, color=RED)
    p.t(297, 122, "解除劳动合同通知书", 16, bold=True, align="c")
    p.t(545, 146, "酱源人字〔2026〕第23号", 9.5, align="r")
    y = 180
    p.t(60, y, f"{RH['person']}同志（身份证号：5203821979****2416）：", 11)
    body = ["您于2011年4月1日入职我公司，现任制曲车间翻曲工。因公司生产经营发生严重困难，",
            "制曲车间自2026年11月起停产，经公司研究并向工会说明情况，决定与您解除劳动合同。",
            "现将有关事项通知如下：",
            "一、双方劳动合同于2026年11月15日解除，您的最后工作日为2026年11月15日；",
            "二、公司按您在本单位的工作年限（15年7个月）支付经济补偿16个月工资；",
            "三、2026年11月工资及经济补偿于2026年11月30日前一并转入您的工资卡；",
            "四、公司将在十五日内为您办理档案和社会保险关系转移手续，并出具解除劳动合同证明，",
            "    您可持本通知到户籍所在地公共就业服务机构办理失业登记，申领失业保险金。",
            "特此通知。"]
    for line in body:
        y += 28
        p.t(60 if not line.startswith(("一", "二", "三", "四", " ")) else 84, y, line, 10.5)
    y += 80
    p.t(520, y, RH["employer"] + "（盖章）", 11, align="r")
    p.t(520, y + 28, "2026年11月6日", 11, align="r")
    p.stamp(455, y + 6, 50, RH["employer"], "")
    y += 110
    p.line(50, y, 545, y, 0.5, dash=(4, 3))
    p.t(60, y + 28, "签收：本人已收到本通知书。", 10.5)
    p.t(60, y + 56, "签收人：", 10.5)
    p.hand(110, y + 57, RH["person"], 14, key="rh-sign")
    p.t(300, y + 56, "签收日期：", 10.5)
    p.hand(360, y + 57, "2026.11.6", 13, key="rh-date")
    return p.pdf(), {}


RH_ROWS = [  # newest first: (MM-DD HH:MM, what, amount)
    ("11-20 18:42", "微信支付-盐津河菜市场", -38.60), ("11-19 10:05", "转账-穆小兰", 600.00),
    ("11-17 09:31", "代扣-仁怀市自来水公司", -46.20), ("11-15 16:20", "还款-个人经营贷", -1580.00),
    ("11-12 12:11", "微信支付-茅台镇惠民超市", -126.40), ("11-10 08:02", "代发工资-酱源坊酒业", 4186.00),
    ("11-07 19:45", "支付宝-中国移动", -59.00), ("11-04 14:30", "ATM取款", -500.00),
    ("11-02 11:18", "微信支付-仁怀加油站", -200.00),
]
RH_OPEN = 862.35
RH_BAL = list(reversed(_run(RH_OPEN, [m for *_a, m in reversed(RH_ROWS)])))


def zh_stmt_renhuai_app_custom_range() -> tuple[bytes, dict]:
    """A rural bank's app screen 交易明细 with a custom range (自定义 2026.11.01-2026.11.20: the user stopped at the
    20th): 借记卡（7306）and the holder, 收入 / 支出 for the range, rows newest first with time, signed amounts and the
    balance after each in grey."""
    p = Page(PHONE, zh=True)
    p.t(28, 30, "18:47", 12, bold=True)
    p.t(330, 30, "5G", 10, bold=True)
    p.t(24, 72, "‹", 20)
    p.t(195, 72, "交易明细", 14, bold=True, align="c")
    p.t(20, 100, RH["bank"], 10, color=GREY)
    p.t(20, 122, f"借记卡（{RH['tail']}）  {RH['person']}", 11.5, bold=True)
    p.box(16, 136, 358, 34, fill=(0.95, 0.95, 0.97), stroke=None, radius=8)
    p.t(28, 158, "自定义", 10.5, color=(0.8, 0.3, 0.1))
    p.t(92, 158, "2026.11.01-2026.11.20", 10.5)
    p.t(360, 158, "▾", 10.5, align="r")
    inc = _r(sum(m for *_a, m in RH_ROWS if m > 0))
    out = _r(-sum(m for *_a, m in RH_ROWS if m < 0))
    p.t(28, 196, f"收入 {_g(inc)}", 10.5, color=GREY)
    p.t(200, 196, f"支出 {_g(out)}", 10.5, color=GREY)
    y = 218
    for (when, what, m), b in zip(RH_ROWS, RH_BAL, strict=True):
        p.line(16, y, 374, y, 0.3, color=(0.85, 0.85, 0.85))
        p.t(24, y + 22, what, 11)
        p.t(366, y + 22, f"{m:+,.2f}", 11.5, bold=True, align="r", color=(0.75, 0.2, 0.1) if m > 0 else (0, 0, 0))
        p.t(24, y + 42, "2026-" + when, 9, color=GREY)
        p.t(366, y + 42, f"余额 {_g(b)}", 9, align="r", color=GREY)
        y += 58
    p.t(195, y + 24, "— 已显示全部 —", 9, align="c", color=GREY)
    return p.pdf(), {"closing": _p(RH_BAL[0])}


def zh_other_renhuai_rent_receipt() -> tuple[bytes, dict]:
    """Look-alike: a hand-filled 收据 from a receipt book (a strip, red lines): 今收到 穆光明 交来 2026年11月 房租, the
    amount in 大写 and ¥800.00 by hand, the landlord's signature, 第三联 客户: a rent receipt (other)."""
    p = Page((420, 230), zh=True)
    p.box(14, 14, 392, 202, stroke=RED, lw=1.0)
    p.t(210, 42, "收    据", 15, bold=True, align="c", color=RED)
    p.t(392, 42, "No. 0036417", 10, align="r", color=RED, face="Courier-Bold")
    p.t(300, 64, "2026年  11月  3日", 9.5, color=RED)
    rows = [("今收到", RH["person"]), ("交  来", "2026年11月房租（茅台镇新街17号2楼）"),
            ("人民币（大写）", "捌佰元整"), ("", "")]
    y = 92
    for k, v in rows[:3]:
        p.t(30, y, k, 10, color=RED)
        p.line(110, y + 3, 392, y + 3, 0.5, color=RED)
        p.hand(118, y - 1, v, 12, key="rent" + k)
        y += 30
    p.t(30, y, "¥", 11, color=RED)
    p.hand(44, y, "800.00", 13, key="rent-amt")
    p.t(160, y, "收款人：", 10, color=RED)
    p.hand(210, y, "陈永贵", 13, key="rent-who")
    p.t(300, y, "经手人：", 10, color=RED)
    p.t(400, 206, "第三联 客户", 8, align="r", color=RED)
    return p.pdf(), {}


# ---------------------------------------------------------------------------------------------------------------------
# 海南 儋州: a rubber tapper's income proof and her statement

DZ = dict(person="符秀梅", employer="儋州市兰洋镇胶源种植专业合作社", bank="儋耳农村商业银行",
          account="1008 2655 3190 0417")
DZ_MONTHLY = 3260.00


def zh_income_danzhou_rubber_coop_income_certificate() -> tuple[bytes, dict]:
    """A rubber co-operative's 收入证明 (A4, typed, short): she has tapped rubber for the co-operative since 2018, her
    average monthly income over the last six months is 人民币叁仟贰佰陆拾元整（¥3,260.00）, paid by bank transfer, the
    certificate is for her loan restructuring; the co-operative's seal over 2026年11月25日; a contact line."""
    p = Page(A4, zh=True)
    p.t(297, 110, "收 入 证 明", 20, bold=True, align="c")
    y = 170
    lines = [f"兹证明{DZ['person']}（身份证号：4600031986****3325）自2018年3月起在我社从事",
             "割胶工作，现为我社第二生产队割胶工，劳动关系正常。",
             f"该同志近六个月平均月收入为人民币{_daxie(DZ_MONTHLY)}（¥{_g(DZ_MONTHLY)}），",
             "按月以银行转账方式发放。",
             "本证明仅用于其办理贷款延期还款手续，不作其他用途。",
             "特此证明。"]
    for k, line in enumerate(lines):
        p.t(92 if k in (0, 2, 4, 5) else 64, y, line, 12)
        y += 34
    y += 60
    p.t(520, y, "证明单位：" + DZ["employer"], 11, align="r")
    p.t(520, y + 32, "2026年11月25日", 11, align="r")
    p.stamp(440, y + 10, 52, DZ["employer"], "")
    p.t(64, y + 110, "联系人：羊振华   联系电话：0898-2345 6180", 10, color=GREY)
    return p.pdf(), {"monthly": _p(DZ_MONTHLY)}


DZ_ROWS = [  # (day, 摘要, amount, 对方/备注)
    (3, "转账支出", -1120.00, "儋耳农商贷款归还"), (5, "消费", -64.50, "那大第二市场"),
    (8, "代发工资", 3260.00, "胶源种植专业合作社"), (9, "转账支出", -500.00, "符海生"),
    (11, "消费", -187.20, "那大药店"), (14, "代缴", -72.40, "海南电网"), (17, "取款", -600.00, "兰洋支行"),
    (20, "消费", -93.80, "兰洋墟市"), (23, "转账收入", 300.00, "符海生"), (26, "代缴", -30.00, "中国电信"),
    (29, "消费", -118.60, "那大第二市场"),
]
DZ_OPEN = 1347.33
DZ_BAL = _run(DZ_OPEN, [m for _d, _s, m, _o in DZ_ROWS])


def zh_stmt_danzhou_counter_flag_column() -> tuple[bytes, dict]:
    """A rural bank's counter statement (A4 landscape): 期初余额 and 期末余额 in the header beside 查询期间
    2026年11月01日—2026年11月30日, rows with full Chinese dates (2026年11月03日), unsigned amounts and a 借/贷 flag
    column, a balance, 对方户名/备注 last; only the header line ruled."""
    p = Page(landscape(A4), zh=True)
    p.t(421, 44, DZ["bank"] + "  客户交易明细对账单", 15, bold=True, align="c")
    p.t(40, 80, f"客户名称：{DZ['person']}", 10)
    p.t(250, 80, f"账号：{DZ['account']}", 10)
    p.t(520, 80, "查询期间：2026年11月01日—2026年11月30日", 10)
    p.t(40, 100, f"期初余额：{_g(DZ_OPEN)}", 10)
    p.t(250, 100, f"期末余额：{_g(DZ_BAL[-1])}", 10, bold=True)
    p.t(520, 100, "开户网点：兰洋支行", 10)
    cols = [(40, "记账日期", "l"), (160, "摘要", "l"), (300, "借/贷", "c"), (420, "发生额", "r"),
            (530, "余额", "r"), (560, "对方户名/备注", "l")]
    p.box(36, 114, 770, 22, fill=LIGHT, stroke=None)
    for x, h, a in cols:
        p.t(x, 129, h, 9.5, bold=True, align=a)
    y = 136
    for (d, s, m, o), b in zip(DZ_ROWS, DZ_BAL, strict=True):
        y += 22
        p.t(40, y, f"2026年11月{d:02d}日", 9.5)
        p.t(160, y, s, 9.5)
        p.t(300, y, "贷" if m > 0 else "借", 9.5, align="c")
        p.t(420, y, _g(abs(m)), 9.5, align="r")
        p.t(530, y, _g(b), 9.5, align="r")
        p.t(560, y, o, 9.5)
    p.line(36, y + 10, 806, y + 10, 0.5)
    p.t(40, y + 34, f"共{len(DZ_ROWS)}笔    打印柜员：0417    打印时间：2026年12月01日 10:26", 9, color=GREY)
    p.stamp(720, y + 60, 38, DZ["bank"], "业务专用章")
    return p.pdf(), {"closing": _p(DZ_BAL[-1])}


# ---------------------------------------------------------------------------------------------------------------------
# 台灣 屏東: an aquaculture farm's payslip and a scooter instalment notice

PT = dict(person="林淑芬", employer="海豐水產養殖有限公司")
PT_LINES = [("本薪", 29500), ("餵料津貼", 2000), ("夜間巡池加給", 3200), ("加班費", 3950), ("勞保自付", -760),
            ("健保自付", -466), ("員工借支", -2000), ("宿舍水電", -350)]
PT_GROSS = sum(v for _k, v in PT_LINES if v > 0)
PT_NET = sum(v for _k, v in PT_LINES)


def zh_pay_pingtung_aquaculture_payslip_one_column() -> tuple[bytes, dict]:
    """A Pingtung grouper farm's 薪資單 in traditional characters with a Western year (薪資月份：2026年11月), one
    項目 | 金額 column holding additions and then deductions in parentheses, 應領合計 after the additions, 實領金額 at the
    foot, NT$ whole dollars; 發薪日 2026/12/05."""
    p = Page((300, 480), zh=True)
    p.t(150, 34, PT["employer"], 12, bold=True, align="c")
    p.t(150, 52, "屏東縣林邊鄉", 8.5, align="c", color=GREY)
    p.t(150, 74, "薪 資 單", 12, align="c")
    p.t(22, 100, "薪資月份：2026年11月", 9)
    p.t(22, 116, f"姓名：{PT['person']}", 9)
    p.t(278, 116, "職稱：養殖工", 9, align="r")
    p.line(22, 126, 278, 126, 0.8)
    p.t(28, 142, "項目", 9, bold=True)
    p.t(272, 142, "金額（NT$）", 9, bold=True, align="r")
    p.line(22, 148, 278, 148, 0.4)
    y = 148
    for k, v in [x for x in PT_LINES if x[1] > 0]:
        y += 18
        p.t(28, y, k, 9)
        p.t(272, y, f"{v:,}", 9, align="r")
    y += 20
    p.t(28, y, "應領合計", 9.5, bold=True)
    p.t(272, y, f"{PT_GROSS:,}", 9.5, bold=True, align="r")
    y += 4
    for k, v in [x for x in PT_LINES if x[1] < 0]:
        y += 18
        p.t(28, y, k, 9)
        p.t(272, y, f"({-v:,})", 9, align="r")
    y += 10
    p.line(22, y, 278, y, 0.8)
    p.line(22, y + 3, 278, y + 3, 0.8)
    y += 24
    p.t(28, y, "實領金額", 11, bold=True)
    p.t(272, y, f"NT${PT_NET:,}", 11, bold=True, align="r")
    y += 26
    p.t(22, y, "發薪日：2026/12/05　轉帳：林邊區漁會", 8, color=GREY)
    p.t(22, y + 16, "如有疑問請於發薪後七日內洽會計室。", 8, color=GREY)
    return p.pdf(), {"gross": _p(PT_GROSS), "net": _p(PT_NET)}


def zh_other_pingtung_scooter_instalment_notice() -> tuple[bytes, dict]:
    """Look-alike: a leasing company's 分期付款繳款通知書 for a scooter (traditional characters, A5 landscape): 第18期
    /共36期, 本期應繳 NT$4,280, 逾期違約金, a convenience-store barcode strip: a loan demand (other)."""
    p = Page(landscape(A5), zh=True)
    p.box(0, 0, 595, 46, fill=(0.1, 0.3, 0.55), stroke=None)
    p.t(24, 30, "旭揚租賃股份有限公司", 14, bold=True, color=WHITE)
    p.t(570, 30, "分期付款繳款通知書", 12, align="r", color=WHITE)
    p.t(30, 80, f"{PT['person']} 君 台啟", 11)
    p.t(30, 100, "屏東縣林邊鄉中山路○○號", 9.5, color=GREY)
    rows = [("契約編號", "MC-115-0388127"), ("標的物", "機車 125cc（車號 MXK-2276）"), ("期數", "第18期／共36期"),
            ("本期應繳金額", "NT$4,280"), ("前期未繳", "NT$4,280"), ("逾期違約金", "NT$214"),
            ("合計應繳", "NT$8,774"), ("繳款期限", "2026/11/25")]
    p.table(30, 118, [140, 250], rows, rh=22, size=10, head=0, aligns=["l", "l"])
    p.t(440, 130, "您的帳款已逾期，", 10, color=RED)
    p.t(440, 148, "請儘速繳納，以免", 10, color=RED)
    p.t(440, 166, "影響信用紀錄。", 10, color=RED)
    p.t(30, 320, "超商代收：", 9)
    x = 90
    for k in range(60):
        w = 1.0 + (k * 7 % 3) * 0.8
        p.box(x, 306, w, 26, fill=(0, 0, 0), stroke=None)
        x += w + 1.6
    p.t(30, 350, "客服專線：0800-221-388　本通知書由電腦列印，免蓋章。", 8.5, color=GREY)
    return p.pdf(), {}


# ---------------------------------------------------------------------------------------------------------------------
# Lunenburg, Nova Scotia: a fish plant worker and an ambulance bill

NS = dict(person="Tanya Marie Zwicker", employer="Blue Rocks Seafood Processors Ltd.",
          bank="Bluenose Coast Credit Union", account="0412-88107", provider="South Shore Regional Ambulance Service")
NS_RATE = 17.85
NS_EARN = [("Regular", 152.0, NS_RATE), ("Stat Holiday (Nov 11)", 8.0, NS_RATE), ("Overtime 1.5x", 6.0, 26.78)]
NS_GROSS = _r(sum(_r(h * r) for _k, h, r in NS_EARN))
NS_DED = [("CPP", 165.11), ("EI", 49.17), ("Federal Tax", 241.60), ("Provincial Tax (NS)", 178.94),
          ("Union Dues - Local 864", 32.00)]
NS_NET = _r(NS_GROSS - sum(v for _k, v in NS_DED))
NS_AMB = 146.55


def en_pay_ca_lunenburg_fish_plant_stub() -> tuple[bytes, dict]:
    """A Nova Scotia fish plant's pay stub (Letter, the top half): the company at the left, 'Pay period: 2026-11-01 to
    2026-11-30' and 'Pay date: 2026-12-04' in ISO form at the right, Earnings | Hours | Rate | Current | YTD and
    Deductions | Current | YTD side by side, a statutory holiday line and union dues, Gross / Total deductions / Net
    pay in a strip along the foot, then the perforation."""
    p = Page(LETTER)
    p.t(36, 44, NS["employer"].upper(), 13, bold=True, color=NAVY)
    p.t(36, 60, "214 Blue Rocks Road, Lunenburg, NS  B0J 2C0", 8.5, color=GREY)
    p.t(576, 44, "Pay period: 2026-11-01 to 2026-11-30", 9.5, align="r")
    p.t(576, 60, "Pay date: 2026-12-04", 9.5, align="r")
    p.t(36, 88, f"Employee: {NS['person']}", 9.5)
    p.t(260, 88, "Emp #: 00731", 9.5)
    p.t(380, 88, "Dept: Filleting line 2", 9.5)
    p.t(36, 104, "SIN: ***-***-418", 9)
    ytd = 1.0 * 11
    rows = [("Earnings", "Hours", "Rate", "Current", "YTD")]
    rows += [(k, f"{h:.2f}", f"{r:.2f}", _g(_r(h * r)), _g(_r(h * r * (ytd if k == 'Regular' else 1.6))))
             for k, h, r in NS_EARN]
    p.table(36, 118, [104, 36, 36, 50, 60], rows, rh=18, size=8.5, grid=False, hlines=True,
            aligns=["l", "r", "r", "r", "r"], head_fill=(0.86, 0.9, 0.96))
    rows = [("Deductions", "Current", "YTD")]
    rows += [(k, _g(v), _g(_r(v * 11))) for k, v in NS_DED]
    p.table(334, 118, [118, 56, 64], rows, rh=18, size=8.5, grid=False, hlines=True, aligns=["l", "r", "r"],
            head_fill=(0.86, 0.9, 0.96))
    y = 236
    p.box(36, y, 540, 30, fill=(0.86, 0.9, 0.96), stroke=None)
    ded = _r(sum(v for _k, v in NS_DED))
    p.t(46, y + 20, f"Gross: ${_g(NS_GROSS)}", 10.5, bold=True)
    p.t(230, y + 20, f"Total deductions: ${_g(ded)}", 10.5)
    p.t(566, y + 20, f"NET PAY  ${_g(NS_NET)}", 11.5, bold=True, align="r")
    p.t(36, y + 50, "Direct deposit to Bluenose Coast Credit Union ****8107", 8.5, color=GREY)
    p.t(36, y + 64, "Vacation pay accrued: 4% of gross, paid out each June and December.", 8.5, color=GREY)
    p.line(20, 340, 592, 340, 0.6, color=GREY, dash=(3, 3))
    p.t(306, 356, "KEEP THIS STATEMENT FOR YOUR RECORDS", 8, align="c", color=GREY)
    return p.pdf(), {"gross": _p(NS_GROSS), "net": _p(NS_NET)}


NS_ROWS = [  # (Mon dd, description, amount)
    ("Nov 02", "POS PURCHASE - SOBEYS BRIDGEWATER", -96.42), ("Nov 03", "LOAN PMT - CONSUMER LOAN 02", -412.00),
    ("Nov 05", "PAYROLL DEP BLUE ROCKS SEAFOOD", 2268.31), ("Nov 06", "NS POWER PREAUTH", -138.27),
    ("Nov 09", "ATM WITHDRAWAL LUNENBURG", -100.00), ("Nov 12", "E-TRANSFER FROM J ZWICKER", 150.00),
    ("Nov 16", "POS PURCHASE - IRVING MAHONE BAY", -62.10), ("Nov 19", "BELL ALIANT PREAUTH", -84.74),
    ("Nov 23", "POS PURCHASE - LAWTONS DRUGS", -31.86), ("Nov 27", "BILL PMT - S SHORE AMBULANCE", -NS_AMB),
    ("Nov 30", "MONTHLY ACCOUNT FEE", -4.95), ("Nov 30", "INTEREST", 0.08),
]
NS_OPEN = 318.64
NS_BAL = _run(NS_OPEN, [m for *_a, m in NS_ROWS])


def en_stmt_ca_lunenburg_credit_union_statement() -> tuple[bytes, dict]:
    """A Nova Scotia credit union's chequing statement (Letter): the member's address block, 'Statement period: Nov 1
    - Nov 30, 2026' at the right, rows 'Nov 03' (no year) | Description | Withdrawals | Deposits | Balance with Balance
    Forward first and Closing Balance last, a shaded row every other line and no vertical rules."""
    p = Page(LETTER)
    p.t(36, 46, NS["bank"], 15, bold=True, color=GREEN)
    p.t(36, 62, "Lunenburg Branch - 97 Montague Street", 8.5, color=GREY)
    p.t(576, 46, "ACCOUNT STATEMENT", 11, bold=True, align="r")
    p.t(576, 62, "Statement period: Nov 1 - Nov 30, 2026", 9.5, align="r")
    p.t(36, 100, NS["person"].upper(), 9.5)
    p.t(36, 113, "56 KING STREET", 9.5)
    p.t(36, 126, "LUNENBURG NS  B0J 2C0", 9.5)
    p.t(576, 100, f"Member no.: {NS['account'].split('-')[0]}", 9, align="r")
    p.t(576, 113, f"Chequing account: {NS['account']}", 9, align="r")
    y = 160
    p.line(36, y, 576, y, 1.0, color=GREEN)
    for x, h, a in [(40, "Date", "l"), (90, "Description", "l"), (420, "Withdrawals", "r"), (500, "Deposits", "r"),
                    (572, "Balance", "r")]:
        p.t(x, y + 14, h, 9, bold=True, align=a)
    p.line(36, y + 20, 576, y + 20, 0.5, color=GREEN)
    y += 20
    rows = [("Nov 01", "BALANCE FORWARD", None, NS_OPEN)] + [
        (d, s, m, b) for (d, s, m), b in zip(NS_ROWS, NS_BAL, strict=True)]
    for k, (d, s, m, b) in enumerate(rows):
        if k % 2:
            p.box(36, y, 540, 18, fill=(0.94, 0.97, 0.94), stroke=None)
        p.t(40, y + 13, d, 8.6)
        p.t(90, y + 13, s, 8.6)
        if m is not None:
            p.t(420 if m < 0 else 500, y + 13, _g(abs(m)), 8.6, align="r")
        p.t(572, y + 13, _g(b), 8.6, align="r")
        y += 18
    p.line(36, y + 2, 576, y + 2, 0.5, color=GREEN)
    p.t(90, y + 18, "CLOSING BALANCE", 9, bold=True)
    p.t(572, y + 18, _g(NS_BAL[-1]), 9, bold=True, align="r")
    p.t(36, y + 50, "Deposits are insured by the Credit Union Deposit Insurance Corporation of Nova Scotia.", 8,
        color=GREY)
    p.t(306, 760, "Page 1 of 1", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _p(NS_BAL[-1])}


def en_med_ca_lunenburg_ground_ambulance_invoice() -> tuple[bytes, dict]:
    """A ground ambulance invoice (Letter, the top two thirds): Invoice date 2026-11-20 and Date of service 2026-11-18 in
    ISO form, the patient and the health card masked, one line (ground ambulance transport, Lunenburg to Bridgewater),
    Amount due $146.55 in a box, a tear-off remittance slip at the foot."""
    p = Page(LETTER)
    p.t(36, 48, NS["provider"], 14, bold=True, color=MAROON)
    p.t(36, 64, "Billing Office, PO Box 1150, Bridgewater NS  B4V 2W4   1-877-555-0146", 8.5, color=GREY)
    p.t(576, 48, "INVOICE", 16, bold=True, align="r", color=MAROON)
    info = [("Invoice no.", "GA-26-118934"), ("Invoice date", "2026-11-20"), ("Due date", "2026-12-20")]
    for k, (a, b) in enumerate(info):
        p.t(440, 80 + k * 14, a, 9, color=GREY)
        p.t(576, 80 + k * 14, b, 9, align="r")
    p.t(36, 100, "Patient", 9, color=GREY)
    p.t(36, 114, NS["person"], 10, bold=True)
    p.t(36, 128, "Health card: **** *** 732", 9)
    p.t(36, 142, "56 King Street, Lunenburg NS", 9)
    y = 176
    p.box(36, y, 540, 20, fill=(0.95, 0.9, 0.9), stroke=None)
    for x, h, a in [(42, "Date of service", "l"), (140, "Description", "l"), (570, "Amount", "r")]:
        p.t(x, y + 14, h, 9, bold=True, align=a)
    p.t(42, y + 38, "2026-11-18", 9)
    p.t(140, y + 38, "Ground ambulance transport - Lunenburg to South Shore Regional Hospital", 9)
    p.t(140, y + 52, "(resident fee, Nova Scotia health card holder)", 8.5, color=GREY)
    p.t(570, y + 38, _g(NS_AMB), 9, align="r")
    p.line(36, y + 66, 576, y + 66, 0.5)
    p.box(400, y + 78, 176, 32, stroke=MAROON, lw=1.2)
    p.t(410, y + 99, "Amount due", 10, bold=True)
    p.t(566, y + 99, f"${_g(NS_AMB)}", 11, bold=True, align="r")
    p.t(36, y + 96, "Pay online, by phone, or mail the slip below with a cheque.", 8.5, color=GREY)
    p.t(36, y + 110, "Can't pay in full? Call us to set up a payment plan.", 8.5, color=GREY)
    p.line(20, 470, 592, 470, 0.6, color=GREY, dash=(3, 3))
    p.t(36, 492, "REMITTANCE - return this portion with your payment", 8.5, bold=True)
    p.t(36, 508, f"Invoice GA-26-118934   {NS['person']}   Amount due ${_g(NS_AMB)}   Amount enclosed $________", 8.5)
    return p.pdf(), {"total": _p(NS_AMB)}


# ---------------------------------------------------------------------------------------------------------------------
# Sylhet, Bangladesh: a tea company clerk laid off

BD = dict(person="Shahana Akter Chowdhury", employer="Jaflong Hills Tea Company Ltd.", bank="Surma Commercial Bank PLC",
          account="0271-0310-004583")
BD_ROWS = [  # (dd-MON-yyyy, particulars, amount)
    ("02-NOV-2026", "ATM CASH WDL AMBARKHANA", -5000.00), ("04-NOV-2026", "BEFTN CR JAFLONG HILLS TEA SALARY", 38650.00),
    ("05-NOV-2026", "LOAN INSTALMENT A/C 0271-LN-2217", -14200.00), ("09-NOV-2026", "BKASH TRANSFER", -3000.00),
    ("12-NOV-2026", "POS SHWAPNO ZINDABAZAR", -2864.50), ("17-NOV-2026", "CHQ CLG 4471903 DESCO", -1925.00),
    ("20-NOV-2026", "BEFTN CR JAFLONG HILLS TEA FINAL DUES", 96500.00),
    ("24-NOV-2026", "ATM CASH WDL AMBARKHANA", -10000.00), ("28-NOV-2026", "EXCISE DUTY", -150.00),
]
BD_OPEN = 22719.00
BD_BAL = _run(BD_OPEN, [m for *_a, m in BD_ROWS])


def en_unemp_bd_sylhet_tea_company_termination_letter() -> tuple[bytes, dict]:
    """A Bangladeshi tea company's letter terminating a garden clerk's service (A4): 'Ref: JHTC/HR/2026/417' and
    'Date: 06.11.2026' (day first, dots), the closure of the Lakkatoorah-side factory section, last working day
    15.11.2026, the final dues (gratuity, provident fund) to be credited, signed by the General Manager; a green
    letterhead band."""
    p = Page(A4)
    p.box(0, 0, 595, 70, fill=GREEN, stroke=None)
    p.t(40, 36, BD["employer"], 17, bold=True, color=WHITE)
    p.t(40, 56, "Head Office: Airport Road, Sylhet 3100, Bangladesh  |  Garden: Jaflong, Gowainghat", 8.5, color=WHITE)
    p.t(40, 104, "Ref: JHTC/HR/2026/417", 10)
    p.t(555, 104, "Date: 06.11.2026", 10, align="r")
    p.t(40, 140, BD["person"], 10.5)
    p.t(40, 154, "Garden Clerk (Staff ID JH-0918)", 10.5)
    p.t(40, 168, "Jaflong Division", 10.5)
    p.t(40, 204, "Subject: Termination of service", 11, bold=True)
    body = [f"Dear {BD['person'].split()[0]},",
            "",
            "Owing to the closure of the green-leaf weighing office of the Jaflong Division, the management regrets",
            "to inform you that your post has become redundant. Your service with the Company is accordingly",
            "terminated under section 20 of the Bangladesh Labour Act, 2006, with effect from the close of",
            "business on 15.11.2026, which shall be your last working day.",
            "",
            "Your wages up to 15.11.2026, one month's wages in lieu of notice, the gratuity for your years of",
            "service and your provident fund balance will be credited to your salary account on or before",
            "20.11.2026. A service certificate will be issued on request.",
            "",
            "The Company thanks you for your service since 01.03.2013 and wishes you well.",
            "",
            "Yours faithfully,"]
    y = 236
    for line in body:
        p.t(40, y, line, 10.5)
        y += 17
    p.hand(48, y + 30, "M. Rahman", 18, key="bd-sign")
    p.t(40, y + 52, "Mizanur Rahman", 10.5, bold=True)
    p.t(40, y + 66, "General Manager", 10.5)
    p.t(40, y + 80, BD["employer"], 10.5)
    p.t(40, y + 120, "Copy: Accounts Section / Provident Fund Trustees / Personal file", 8.5, color=GREY)
    return p.pdf(), {}


def en_stmt_bd_sylhet_bank_lakh_grouping() -> tuple[bytes, dict]:
    """A Bangladeshi bank's STATEMENT OF ACCOUNT (A4): 'Period: 01-NOV-2026 TO 30-NOV-2026', amounts in Taka with lakh
    grouping (1,25,430.50), rows 03-NOV-2026 | Particulars | Cheque No | Debit | Credit | Balance in a full grid, an
    Opening Balance line and a TOTAL / Closing Balance line, the two salary credits from the tea company."""
    p = Page(A4)
    p.t(297, 44, BD["bank"].upper(), 14, bold=True, align="c", color=NAVY)
    p.t(297, 60, "Zindabazar Branch, Sylhet", 9, align="c")
    p.t(297, 84, "STATEMENT OF ACCOUNT", 12, bold=True, align="c")
    info = [("Account Name", BD["person"].upper()), ("Account No", BD["account"]), ("Account Type", "SAVINGS (SB)"),
            ("Currency", "BDT"), ("Period", "01-NOV-2026 TO 30-NOV-2026")]
    for k, (a, b) in enumerate(info):
        p.t(40, 112 + k * 15, a, 9)
        p.t(120, 112 + k * 15, ": " + b, 9)
    rows = [("Date", "Particulars", "Chq No", "Debit", "Credit", "Balance"),
            ("01-NOV-2026", "OPENING BALANCE", "", "", "", _lakh(BD_OPEN))]
    for (d, s, m), b in zip(BD_ROWS, BD_BAL, strict=True):
        rows.append((d, s, "4471903" if "CHQ" in s else "", _lakh(-m) if m < 0 else "", _lakh(m) if m > 0 else "",
                     _lakh(b)))
    debit = _r(-sum(m for *_a, m in BD_ROWS if m < 0))
    credit = _r(sum(m for *_a, m in BD_ROWS if m > 0))
    rows.append(("", "TOTAL", "", _lakh(debit), _lakh(credit), ""))
    y = p.table(36, 196, [66, 190, 46, 66, 76, 80], rows, rh=19, size=7.8, aligns=["l", "l", "l", "r", "r", "r"])
    p.t(40, y + 22, f"Closing Balance : BDT {_lakh(BD_BAL[-1])}", 10, bold=True)
    p.t(40, y + 52, "This is a computer generated statement and does not require any signature.", 8, color=GREY)
    p.t(40, y + 64, "Printed on 01-DEC-2026 11:04 by user ZB0412", 8, color=GREY)
    return p.pdf(), {"closing": _p(BD_BAL[-1])}


# ---------------------------------------------------------------------------------------------------------------------
# Alexandra, Central Otago: an orchard hand's October payslip and November statement

NZ = dict(person="Mereana Kahu Tipene", employer="Clutha Gorge Orchards Ltd", bank="Dunstan Bank",
          account="38-9021-0448172-00")
NZ_EARN = [("Ordinary hours", 168.0, 24.10), ("Weekend rate", 12.0, 30.13)]
NZ_GROSS = _r(sum(_r(h * r) for _k, h, r in NZ_EARN))
NZ_DED = [("PAYE (M SL)", 612.40), ("ACC earner levy", _r(NZ_GROSS * 0.0167)), ("KiwiSaver employee 3%",
                                                                               _r(NZ_GROSS * 0.03))]
NZ_NET = _r(NZ_GROSS - sum(v for _k, v in NZ_DED))


def en_pay_nz_alexandra_orchard_payslip_october() -> tuple[bytes, dict]:
    """A Central Otago orchard's payslip of OCTOBER (A5 portrait): 'Pay period 1 Oct 2026 - 31 Oct 2026' and 'Paid 4 Nov
    2026', IRD number and tax code M SL, Hours x Rate lines, PAYE / ACC earner levy / KiwiSaver, employer KiwiSaver
    3% shown but not deducted, Net pay in bold with the bank account masked."""
    p = Page(A5)
    p.t(30, 40, NZ["employer"], 13, bold=True, color=GREEN)
    p.t(30, 55, "Earnscleugh Road, Alexandra 9393", 8, color=GREY)
    p.t(390, 40, "PAYSLIP", 12, bold=True, align="r")
    p.t(30, 84, f"Employee: {NZ['person']}", 9)
    p.t(30, 98, "IRD no: 1xx-xxx-482   Tax code: M SL", 9)
    p.t(30, 112, "Pay period 1 Oct 2026 \u2013 31 Oct 2026", 9, bold=True)
    p.t(390, 112, "Paid 4 Nov 2026", 9, align="r")
    rows = [("Earnings", "Hours", "Rate", "Amount")]
    rows += [(k, f"{h:g}", f"${r:.2f}", f"${_g(_r(h * r))}") for k, h, r in NZ_EARN]
    y = p.table(30, 126, [160, 60, 60, 80], rows, rh=18, size=8.6, grid=False, hlines=True,
                aligns=["l", "r", "r", "r"], head_fill=(0.88, 0.94, 0.88))
    p.t(36, y + 16, "Gross earnings", 9, bold=True)
    p.t(384, y + 16, f"${_g(NZ_GROSS)}", 9, bold=True, align="r")
    y += 34
    rows = [("Deductions", "Amount")] + [(k, f"${_g(v)}") for k, v in NZ_DED]
    y = p.table(30, y, [280, 80], rows, rh=18, size=8.6, grid=False, hlines=True, aligns=["l", "r"],
                head_fill=(0.88, 0.94, 0.88))
    p.t(36, y + 16, f"Employer KiwiSaver 3% (not deducted): ${_g(_r(NZ_GROSS * 0.03))}", 8, color=GREY)
    p.box(30, y + 30, 360, 30, fill=(0.88, 0.94, 0.88), stroke=None)
    p.t(40, y + 50, "Net pay", 11, bold=True)
    p.t(382, y + 50, f"${_g(NZ_NET)}", 12, bold=True, align="r")
    p.t(30, y + 78, "Paid to account 38-9021-****172-00", 8, color=GREY)
    p.t(30, y + 92, "Annual leave balance: 61.4 hours", 8, color=GREY)
    return p.pdf(), {"gross": _p(NZ_GROSS), "net": _p(NZ_NET)}


NZ_ROWS = [  # (dd Mon, type, details, amount)
    ("02 Nov", "EFTPOS", "FRESHCHOICE ALEXANDRA", -74.18), ("04 Nov", "DIRECT CREDIT", "CLUTHA GORGE ORCHA WAGES",
                                                             NZ_NET),
    ("05 Nov", "AUTOMATIC PAYMENT", "RENT 14 TARBERT ST", -1560.00),
    ("06 Nov", "DIRECT DEBIT", "HARBOUR FINANCE LOAN", -388.00), ("10 Nov", "EFTPOS", "Z ALEXANDRA", -65.40),
    ("13 Nov", "DIRECT DEBIT", "CONTACT ENERGY", -142.77), ("18 Nov", "EFTPOS", "PAKNSAVE CROMWELL", -188.35),
    ("20 Nov", "DIRECT CREDIT", "MSD HARDSHIP GRANT", 250.00), ("25 Nov", "EFTPOS", "ALEXANDRA PHARMACY", -23.60),
    ("28 Nov", "TRANSFER", "TO SAVINGS 01", -100.00), ("30 Nov", "FEE", "ACCOUNT FEE", -5.00),
]
NZ_OPEN = 406.92
NZ_BAL = _run(NZ_OPEN, [m for *_a, m in NZ_ROWS])


def en_stmt_nz_alexandra_bank_statement() -> tuple[bytes, dict]:
    """A New Zealand bank's everyday account statement (A4): '1 November 2026 to 30 November 2026', the account in
    the bank's 2-4-7-2 form, rows '04 Nov' | Transaction type | Details | Amount (signed, '-') | Balance, the opening
    balance line first and a closing box at the foot; October's wage credited on 4 November."""
    p = Page(A4)
    p.box(36, 30, 8, 40, fill=(0.9, 0.55, 0.1), stroke=None)
    p.t(52, 52, NZ["bank"], 16, bold=True)
    p.t(52, 66, "Alexandra branch, Centennial Avenue", 8.5, color=GREY)
    p.t(560, 52, "Everyday Account statement", 11, align="r")
    p.t(560, 66, "1 November 2026 to 30 November 2026", 9.5, align="r")
    p.t(40, 104, NZ["person"], 10)
    p.t(40, 118, "14 Tarbert Street, Alexandra 9320", 9.5)
    p.t(560, 104, f"Account {NZ['account']}", 9.5, align="r")
    y = 150
    p.line(36, y, 560, y, 1.2)
    for x, h, a in [(40, "Date", "l"), (90, "Type", "l"), (210, "Details", "l"), (470, "Amount", "r"),
                    (556, "Balance", "r")]:
        p.t(x, y + 14, h, 9, bold=True, align=a)
    p.line(36, y + 20, 560, y + 20, 0.5)
    y += 36
    p.t(40, y, "01 Nov", 8.6)
    p.t(210, y, "Opening balance", 8.6)
    p.t(556, y, _g(NZ_OPEN), 8.6, align="r")
    for (d, t, s, m), b in zip(NZ_ROWS, NZ_BAL, strict=True):
        y += 17
        p.t(40, y, d, 8.6)
        p.t(90, y, t, 8.6)
        p.t(210, y, s, 8.6)
        p.t(470, y, f"{m:,.2f}", 8.6, align="r")
        p.t(556, y, _g(b), 8.6, align="r")
    y += 14
    p.line(36, y, 560, y, 0.5)
    p.box(360, y + 14, 200, 26, stroke=(0, 0, 0), lw=0.8)
    p.t(370, y + 31, "Closing balance", 9.5, bold=True)
    p.t(552, y + 31, f"${_g(NZ_BAL[-1])}", 9.5, bold=True, align="r")
    p.t(40, y + 64, "Please check this statement and tell us about anything that looks wrong.", 8, color=GREY)
    return p.pdf(), {"closing": _p(NZ_BAL[-1])}


def en_other_uk_whitby_car_finance_arrears_letter() -> tuple[bytes, dict]:
    """Look-alike: a motor finance company's arrears letter (A4, Whitby, North Yorkshire): the agreement number, the
    missed payments in a small table, arrears of GBP 486.30, a Default Notice warning: a loan demand (other)."""
    p = Page(A4)
    p.t(40, 50, "Esk Valley Motor Finance Ltd", 15, bold=True, color=NAVY)
    p.t(40, 66, "Church Street, Whitby, North Yorkshire YO22 4AE", 8.5, color=GREY)
    p.t(40, 120, "Mr Darren Lythe", 10)
    p.t(40, 134, "7 Flowergate Terrace", 10)
    p.t(40, 148, "Whitby  YO21 3BA", 10)
    p.t(555, 120, "23 November 2026", 10, align="r")
    p.t(555, 134, "Agreement no. EVMF/HP/22/40917", 9, align="r")
    p.t(40, 190, "Your account is in arrears", 13, bold=True)
    body = ["Dear Mr Lythe,", "", "We have not received the monthly payments due under your hire purchase agreement",
            "for the vehicle below. Please bring your account up to date or contact us to discuss an arrangement.",
            "If you are in financial difficulty, free advice is available from MoneyHelper and StepChange."]
    y = 216
    for line in body:
        p.t(40, y, line, 10)
        y += 16
    rows = [("Vehicle", "Vauxhall Corsa 1.2  (YA19 KTN)"), ("Payment due 1 October 2026", "£243.15 - missed"),
            ("Payment due 1 November 2026", "£243.15 - missed"), ("Total arrears", "£486.30")]
    y = p.table(40, y + 14, [220, 220], rows, rh=20, size=9.5, head=0, aligns=["l", "r"])
    p.t(40, y + 30, "If the arrears are not cleared within 14 days we may issue a Default Notice under the", 10)
    p.t(40, y + 46, "Consumer Credit Act 1974, which could affect your credit file.", 10)
    p.t(40, y + 80, "Yours sincerely,", 10)
    p.t(40, y + 110, "Collections Team", 10, bold=True)
    return p.pdf(), {}


# ---------------------------------------------------------------------------------------------------------------------
# Sohar, Oman: a salary certificate in rials with three decimals

OM = dict(person="Vinod Krishnan Nambiar", employer="Al Batinah Steel Rolling LLC")
OM_PARTS = [("Basic Salary", 280.000), ("Housing Allowance", 80.000), ("Transport Allowance", 40.000)]
OM_TOTAL = round(sum(v for _k, v in OM_PARTS), 3)


def en_income_om_sohar_salary_certificate() -> tuple[bytes, dict]:
    """An Omani steel mill's SALARY CERTIFICATE (A4, Letter-style): 'Date: 30/11/2026', the employee's passport and
    civil ID, job title, joining date, Basic / Housing / Transport in OMR with three decimals and 'Total Monthly Salary
    OMR 400.000', addressed to the bank, signed by the HR manager with a company stamp."""
    p = Page(A4)
    p.t(297, 50, OM["employer"].upper(), 15, bold=True, align="c", color=MAROON)
    p.t(297, 66, "Sohar Industrial Estate, P.O. Box 118, P.C. 327, Sultanate of Oman  |  C.R. No. 1187452", 8.5,
        align="c", color=GREY)
    p.line(40, 76, 555, 76, 1.0, color=MAROON)
    p.t(40, 110, "Ref: ABSR/HR/SC/2026/1193", 9.5)
    p.t(555, 110, "Date: 30/11/2026", 9.5, align="r")
    p.t(40, 146, "To: The Branch Manager, Sohar Gulf Bank SAOG, Sohar Branch", 10)
    p.t(297, 186, "SALARY CERTIFICATE", 14, bold=True, align="c")
    y = 222
    for line in [f"This is to certify that Mr. {OM['person']}, Indian national, holder of Passport No. T4819273 and",
                 "Civil ID No. 118236540, is employed with our company as Crane Operator (Rolling Mill) since",
                 "12/05/2019 and is still in our service. His monthly salary is as follows:"]:
        p.t(40, y, line, 10.5)
        y += 18
    rows = [("Component", "Amount (OMR)")] + [(k, f"{v:.3f}") for k, v in OM_PARTS]
    rows.append(("Total Monthly Salary", f"{OM_TOTAL:.3f}"))
    y = p.table(110, y + 14, [220, 120], rows, rh=22, size=10, aligns=["l", "r"])
    for line in ["His salary is transferred monthly to his account with your bank. This certificate is issued at",
                 "his request for the rescheduling of his personal loan, without any liability on the company."]:
        y += 22
        p.t(40, y, line, 10.5)
    y += 60
    p.hand(48, y, "S. Al Balushi", 17, key="om-sign")
    p.t(40, y + 22, "Said bin Hamad Al Balushi", 10.5, bold=True)
    p.t(40, y + 36, "HR & Administration Manager", 10.5)
    p.stamp(430, y + 10, 42, "AL BATINAH STEEL ROLLING LLC", "SOHAR", color=(0.15, 0.25, 0.6))
    return p.pdf(), {"monthly": _p(OM_TOTAL)}


# ---------------------------------------------------------------------------------------------------------------------
# Sandakan, Sabah: a family clinic's bill in Malay and English

MY = dict(person="Nurul Aina binti Jaafar", clinic="Klinik Keluarga Sepilok Sdn. Bhd.")
MY_ITEMS = [("Konsultasi / Consultation", 35.00), ("Ubat / Medication (amoxicillin, paracetamol)", 28.50),
            ("Ujian darah / Blood test (FBC)", 45.00), ("Balutan / Wound dressing", 15.00)]
MY_TOTAL = _r(sum(v for _k, v in MY_ITEMS))


def en_med_my_sandakan_clinic_bill() -> tuple[bytes, dict]:
    """A Sabah family clinic's bill from its till printer (80 mm roll): every label in Malay and English, 'Tarikh /
    Date: 14/11/26' with a two-digit year, RM amounts, 'Jumlah / Total RM 123.50', cash tendered and change, 'Terima
    kasih'."""
    p = Page((226, 330))
    p.t(113, 28, MY["clinic"], 8.6, bold=True, align="c")
    p.t(113, 40, "Lot 12, Batu 14, Jalan Sepilok, 90000 Sandakan, Sabah", 6.4, align="c", color=GREY)
    p.t(113, 50, "Tel: 089-531 477", 6.4, align="c", color=GREY)
    p.line(10, 58, 216, 58, 0.5, dash=(2, 2))
    p.t(113, 72, "BIL / INVOICE", 9, bold=True, align="c")
    rows = [("No. Bil / Bill No.", "KKS-26-08813"), ("Tarikh / Date", "14/11/26  10:42"),
            ("Pesakit / Patient", MY["person"]), ("No. K/P / IC No.", "9203**-12-****")]
    y = 88
    for a, b in rows:
        p.t(12, y, a, 6.8)
        p.t(214, y, b, 6.8, align="r")
        y += 11
    p.line(10, y, 216, y, 0.5, dash=(2, 2))
    y += 4
    for k, v in MY_ITEMS:
        y += 12
        p.t(12, y, k, 6.8)
        p.t(214, y, f"{v:.2f}", 6.8, face="Courier", align="r")
    y += 8
    p.line(10, y, 216, y, 0.5, dash=(2, 2))
    y += 14
    p.t(12, y, "Jumlah / Total RM", 8.5, bold=True)
    p.t(214, y, f"{MY_TOTAL:.2f}", 8.5, face="Courier-Bold", align="r")
    y += 12
    p.t(12, y, "Tunai / Cash", 6.8)
    p.t(214, y, "150.00", 6.8, face="Courier", align="r")
    y += 11
    p.t(12, y, "Baki / Change", 6.8)
    p.t(214, y, f"{_r(150 - MY_TOTAL):.2f}", 6.8, face="Courier", align="r")
    y += 10
    p.line(10, y, 216, y, 0.5, dash=(2, 2))
    p.t(113, y + 16, "Doktor: Dr. Lim Mei Fong (MMC 51873)", 6.6, align="c")
    p.t(113, y + 30, "Terima kasih / Thank you", 7, align="c")
    p.t(113, y + 42, "Sila simpan resit ini / Please keep this receipt", 6.2, align="c", color=GREY)
    return p.pdf(), {"total": _p(MY_TOTAL)}


# ---------------------------------------------------------------------------------------------------------------------

DIM = dict(exposure=0.74, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-nankang-paint-shop-wage-strip": dict(
        draw=zh_pay_nankang_paint_shop_wage_strip, type="payslip", lang="zh",
        fields={"employer": NK["employer"], "employee": NK["person"], "period": "2026-11",
                "gross_pay": _p(NK_GROSS), "net_pay": _p(NK_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.3, persp=0.1, blur=1.1, quality=61, falloff=0.5,
                                         crumple=0.4)},
        note="a Nankang furniture factory's 油漆车间工资条 (A5, no table): 所属月份：11月份 at the left and 年度：2026 at the "
             "right (month and year apart), 应发合计 in a grey box at the top above the lines, 应发项目 / 扣款项目 as "
             "lines with dotted leaders (piece work 386件×4.20, overtime, a 借支 repaid), 实发工资 at the foot with 大写, "
             "the worker's pen signature; the photo creased"),
    "zh-stmt-nankang-village-bank-two-page": dict(
        draw=zh_stmt_nankang_village_bank_two_page, type="bank_statement", lang="zh",
        fields={"bank": NK["bank"], "account_holder": NK["person"],
                "account_number": [NK["account"], NK["account"].replace(" ", "")],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": _p(NK_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a village bank's 账户交易明细清单 over two A4 pages: 起止日期 2026/11/01至2026/11/30, rows 交易日期 (2026/11/02) | "
             "摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额 in a full grid, 期初余额 as the first row, 借方合计 / 贷方合计 "
             "and 期末余额 only on page 2 with a round 业务专用章; the 11-14 payment to the health centre is the "
             "settlement's 个人支付"),
    "zh-med-nankang-township-inpatient-settlement": dict(
        draw=zh_med_nankang_township_inpatient_settlement, type="medical_bill", lang="zh",
        fields={"provider": NK["clinic"], "patient": NK["person"], "date": ["2026-11-14", "2026-11-08"],
                "total": [_p(NK_MED_TOTAL), _p(NK_MED_SELF)]},
        forms={"photo": dict(desk="laminate", angle=1.8, persp=0.09, blur=1.1, quality=60, falloff=0.45,
                             shadow=0.35),
               "scan": {}},
        note="a township health centre's 住院费用结算清单 (A5 landscape): 入院日期 2026-11-08 and 出院日期 2026-11-14, "
             "住院天数 6天, seven fee categories in a two-pair ruled grid, 费用总额, 医保统筹支付 and 个人支付 on one line, "
             "个人支付（大写）, 结算日期 2026-11-14 (date = the settlement, admission accepted), a 收费专用章; the photo "
             "under the phone's shadow"),
    "zh-unemp-renhuai-distillery-termination-notice": dict(
        draw=zh_unemp_renhuai_distillery_termination_notice, type="unemployment_proof", lang="zh",
        fields={"person": RH["person"], "issuer": RH["employer"], "date": "2026-11-06"},
        forms={"photo": dict(desk="cloth", angle=-1.6, persp=0.09, blur=1.1, quality=61, falloff=0.5, fold=0.48),
               "text": {}},
        note="a Renhuai distillery's 解除劳动合同通知书 (A4, red letterhead rules): a file number 酱源人字〔2026〕第23号, the "
             "worker since 2011, the 制曲车间 stopped, the contract ending 2026年11月15日, compensation of 16 months, the "
             "company seal over 2026年11月6日 (arabic figures, Chinese units), a 签收 line with his pen name and "
             "2026.11.6; date = the notice; the photo folded across the middle"),
    "zh-stmt-renhuai-app-custom-range": dict(
        draw=zh_stmt_renhuai_app_custom_range, type="bank_statement", lang="zh",
        fields={"bank": RH["bank"], "account_holder": RH["person"], "account_number": RH["tail"],
                "period_start": "2026-11-01", "period_end": "2026-11-20", "closing_balance": _p(RH_BAL[0])},
        forms={"image": {}},
        note="a rural bank's app screen 交易明细 with a custom range 自定义 2026.11.01-2026.11.20 (it stops on the 20th, not "
             "the month's end): 借记卡（7306）and the holder, 收入 / 支出 of the range, rows newest first with the time, a "
             "signed amount and 余额 after each; closing = the newest row's balance"),
    "zh-other-renhuai-rent-receipt": dict(
        draw=zh_other_renhuai_rent_receipt, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=3.2, persp=0.12, blur=1.2, quality=58, **DIM)},
        note="look-alike: a receipt-book 收据 (red print) filled by hand: 今收到 穆光明 交来 2026年11月房租, 捌佰元整, "
             "¥800.00, the landlord's name: a rent receipt (other); the photo dim on a dark table"),
    "zh-income-danzhou-rubber-coop-income-certificate": dict(
        draw=zh_income_danzhou_rubber_coop_income_certificate, type="income_proof", lang="zh",
        fields={"employer": DZ["employer"], "employee": DZ["person"], "monthly_income": _p(DZ_MONTHLY),
                "date": "2026-11-25"},
        forms={"photo": dict(desk="wood", angle=2.6, persp=0.1, blur=1.05, quality=62, falloff=0.45, hand="right"),
               "text": {}},
        note="a Danzhou rubber co-operative's 收入证明 (A4, no letterhead): a rubber tapper since 2018, 近六个月平均月收入 "
             "人民币叁仟贰佰陆拾元整（¥3,260.00）, for her loan extension, the co-operative's round seal over 2026年11月25日; "
             "held flat by a hand at the right"),
    "zh-stmt-danzhou-counter-flag-column": dict(
        draw=zh_stmt_danzhou_counter_flag_column, type="bank_statement", lang="zh",
        fields={"bank": DZ["bank"], "account_holder": DZ["person"],
                "account_number": [DZ["account"], DZ["account"].replace(" ", "")],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": _p(DZ_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a rural bank's 客户交易明细对账单 (A4 landscape): 查询期间 2026年11月01日—2026年11月30日 with 期初余额 and "
             "期末余额 in the header above the rows, rows 记账日期 (2026年11月03日) | 摘要 | 借/贷 | 发生额 (unsigned) | 余额 | "
             "对方户名/备注, only the head shaded, a seal at the foot; the 代发工资 of 11-08 is the certificate's monthly "
             "figure"),
    "zh-pay-pingtung-aquaculture-payslip-one-column": dict(
        draw=zh_pay_pingtung_aquaculture_payslip_one_column, type="payslip", lang="zh",
        fields={"employer": PT["employer"], "employee": PT["person"], "period": "2026-11",
                "gross_pay": _p(PT_GROSS), "net_pay": _p(PT_NET)},
        forms={"text": {}, "scan": {}},
        note="a Pingtung grouper farm's 薪資單 in traditional characters on a narrow slip: 薪資月份：2026年11月 (a Western "
             "year, not Minguo), one 項目 | 金額（NT$）column with additions, 應領合計, then deductions in parentheses "
             "(勞保 / 健保 / 員工借支 / 宿舍水電), 實領金額 NT$ whole dollars under a double rule, 發薪日 2026/12/05"),
    "zh-other-pingtung-scooter-instalment-notice": dict(
        draw=zh_other_pingtung_scooter_instalment_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-3.4, persp=0.11, blur=1.15, quality=60, falloff=0.5,
                             crumple=0.3)},
        note="look-alike: a leasing company's 分期付款繳款通知書 for a scooter (traditional characters): 第18期／共36期, "
             "本期應繳 and 前期未繳 NT$4,280, 逾期違約金, 合計應繳 NT$8,774, a red overdue warning and a barcode strip: a "
             "loan instalment demand (other)"),
    "en-pay-ca-lunenburg-fish-plant-stub": dict(
        draw=en_pay_ca_lunenburg_fish_plant_stub, type="payslip", lang="en",
        fields={"employer": [NS["employer"], "Blue Rocks Seafood Processors Ltd", NS["employer"].upper()],
                "employee": NS["person"], "period": "2026-11", "gross_pay": _p(NS_GROSS), "net_pay": _p(NS_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.9, persp=0.08, blur=1.05, quality=62, falloff=0.45)},
        note="a Nova Scotia fish plant's pay stub (Letter, top half): 'Pay period: 2026-11-01 to 2026-11-30' and 'Pay "
             "date: 2026-12-04' in ISO form, Earnings | Hours | Rate | Current | YTD (a Stat Holiday (Nov 11) line) "
             "beside Deductions | Current | YTD (CPP, EI, federal and NS tax, union dues), only horizontal rules, Gross / "
             "Total deductions / NET PAY in one strip, a perforation under it"),
    "en-stmt-ca-lunenburg-credit-union-statement": dict(
        draw=en_stmt_ca_lunenburg_credit_union_statement, type="bank_statement", lang="en",
        fields={"bank": NS["bank"], "account_holder": [NS["person"], NS["person"].upper()],
                "account_number": [NS["account"], NS["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(NS_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a Nova Scotia credit union's chequing statement (Letter): 'Statement period: Nov 1 - Nov 30, 2026', the "
             "member's name and address in capitals, rows 'Nov 03' (no year) | Description | Withdrawals | Deposits | "
             "Balance banded every other line with no vertical rules, BALANCE FORWARD first, CLOSING BALANCE under the "
             "rows; the ambulance bill paid on Nov 27"),
    "en-med-ca-lunenburg-ground-ambulance-invoice": dict(
        draw=en_med_ca_lunenburg_ground_ambulance_invoice, type="medical_bill", lang="en",
        fields={"provider": NS["provider"], "patient": NS["person"], "date": ["2026-11-20", "2026-11-18"],
                "total": _p(NS_AMB)},
        forms={"photo": dict(desk="dark", angle=-2.2, persp=0.1, blur=1.1, quality=60, exposure=0.92, falloff=0.5)},
        note="a ground ambulance service's INVOICE (Letter): Invoice date 2026-11-20 and Date of service 2026-11-18 "
             "(ISO), the patient with a masked health card, one line (ground ambulance transport, resident fee), Amount "
             "due $146.55 in a box, a tear-off remittance slip; date = the invoice date (the service date accepted); "
             "photographed on a dark table"),
    "en-unemp-bd-sylhet-tea-company-termination-letter": dict(
        draw=en_unemp_bd_sylhet_tea_company_termination_letter, type="unemployment_proof", lang="en",
        fields={"person": BD["person"], "issuer": [BD["employer"], "Jaflong Hills Tea Company Ltd"],
                "date": "2026-11-06"},
        forms={"photo": dict(desk="cloth", angle=2.4, persp=0.1, blur=1.1, quality=61, falloff=0.5, crumple=0.35),
               "text": {}},
        note="a Sylhet tea company's letter terminating a garden clerk's service (A4, a green letterhead band): 'Ref: "
             "JHTC/HR/2026/417' and 'Date: 06.11.2026' (day first, dots), the post redundant, last working day "
             "15.11.2026, final dues by 20.11.2026, signed by the General Manager; the photo creased"),
    "en-stmt-bd-sylhet-bank-lakh-grouping": dict(
        draw=en_stmt_bd_sylhet_bank_lakh_grouping, type="bank_statement", lang="en",
        fields={"bank": BD["bank"], "account_holder": [BD["person"], BD["person"].upper()],
                "account_number": [BD["account"], BD["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(BD_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a Bangladeshi bank's STATEMENT OF ACCOUNT (A4): 'Period : 01-NOV-2026 TO 30-NOV-2026', Taka amounts with "
             "lakh grouping (1,25,430.50), rows 04-NOV-2026 | Particulars | Chq No | Debit | Credit | Balance in a full "
             "grid, OPENING BALANCE and TOTAL rows, 'Closing Balance : BDT ...' under the grid; the tea company's salary "
             "and final dues credited"),
    "en-pay-nz-alexandra-orchard-payslip-october": dict(
        draw=en_pay_nz_alexandra_orchard_payslip_october, type="payslip", lang="en",
        fields={"employer": NZ["employer"], "employee": NZ["person"], "period": "2026-10",
                "gross_pay": _p(NZ_GROSS), "net_pay": _p(NZ_NET)},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.4, persp=0.09, blur=1.1, quality=61,
                                         falloff=0.5, hand="bottom")},
        note="a Central Otago orchard's payslip of OCTOBER (A5): 'Pay period 1 Oct 2026 \u2013 31 Oct 2026' and 'Paid 4 Nov "
             "2026' (the month before the one a November check asks for), IRD number and tax code M SL, Ordinary / "
             "Weekend hours x rate, PAYE, ACC earner levy and KiwiSaver 3%, the employer's KiwiSaver shown but not "
             "deducted, Net pay in a green band; held by a hand at the bottom"),
    "en-stmt-nz-alexandra-bank-statement": dict(
        draw=en_stmt_nz_alexandra_bank_statement, type="bank_statement", lang="en",
        fields={"bank": NZ["bank"], "account_holder": NZ["person"],
                "account_number": [NZ["account"], NZ["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(NZ_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a New Zealand bank's Everyday Account statement (A4): '1 November 2026 to 30 November 2026', the account "
             "38-9021-0448172-00, rows '04 Nov' | Type | Details | Amount (signed) | Balance, an Opening balance line, "
             "the Closing balance boxed at the foot; October's wage credited on 4 November is the payslip's net pay"),
    "en-other-uk-whitby-car-finance-arrears-letter": dict(
        draw=en_other_uk_whitby_car_finance_arrears_letter, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=3.0, persp=0.11, blur=1.15, quality=59, falloff=0.5, fold=0.36)},
        note="look-alike: a Whitby motor finance company's arrears letter (A4): the agreement number, two missed "
             "payments of £243.15 in a small table, total arrears £486.30, a Default Notice warning: a loan demand "
             "(other); the photo folded"),
    "en-income-om-sohar-salary-certificate": dict(
        draw=en_income_om_sohar_salary_certificate, type="income_proof", lang="en",
        fields={"employer": [OM["employer"], OM["employer"].upper()], "employee": OM["person"],
                "monthly_income": _p(OM_TOTAL), "date": "2026-11-30"},
        forms={"photo": dict(desk="laminate", angle=1.2, persp=0.08, blur=1.05, quality=62, falloff=0.45,
                             shadow=0.3),
               "text": {}},
        note="a Sohar steel mill's SALARY CERTIFICATE (A4) addressed to a bank: 'Date: 30/11/2026' (day first), passport "
             "and civil ID, Basic / Housing / Transport in OMR with three decimals and 'Total Monthly Salary' 400.000 in "
             "a grid, for a loan rescheduling, the HR manager's signature and a blue round stamp"),
    "en-med-my-sandakan-clinic-bill": dict(
        draw=en_med_my_sandakan_clinic_bill, type="medical_bill", lang="en",
        fields={"provider": [MY["clinic"], "Klinik Keluarga Sepilok"], "patient": MY["person"], "date": "2026-11-14",
                "total": _p(MY_TOTAL)},
        forms={"photo": dict(desk="wood", angle=-3.1, persp=0.1, blur=1.1, quality=60, falloff=0.5, crumple=0.5,
                             margin=0.3, dpi=280, width=1200)},
        note="a Sandakan family clinic's bill from an 80 mm till roll: labels in Malay and English (Tarikh / Date, "
             "Pesakit / Patient, Jumlah / Total), 'Tarikh / Date 14/11/26' with a two-digit year, four RM lines, "
             "Jumlah / Total RM 123.50, cash tendered and change; the photo crumpled on a wooden table"),
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
    """The money figures a document's drawing computed (gross/net, closing balance, a bill's total and what the patient
    paid, a monthly income): the labels must agree."""
    return DOCS[doc]["draw"]()[1]


WANTED = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
          "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                             "closing_balance"],
          "medical_bill": ["provider", "patient", "date", "total"],
          "unemployment_proof": ["person", "issuer", "date"],
          "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}
#: which label each computed figure must match (a list label: the figure is one of its spellings; gross, net,
#: closing and monthly must be the first)
FIGURE_FIELD = {"gross": "gross_pay", "net": "net_pay", "closing": "closing_balance", "total": "total",
                "paid": "total", "monthly": "monthly_income"}


def _check_figures(doc: str) -> None:
    spec = DOCS[doc]
    for key, value in figures(doc).items():
        field = FIGURE_FIELD[key]
        label = spec["fields"][field]
        spellings = [label] if isinstance(label, str) else label
        if key == "paid":
            assert value in spellings, (doc, field, spellings, value)
        else:
            assert spellings[0] == value, (doc, field, spellings[0], value)


def manifest_entries() -> list[dict]:
    """The manifest's entries: labels from DOCS, the sha256 of each rendered entry."""
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        _check_figures(doc)
        raw, _ext = render(doc, form)
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(WANTED[spec["type"]]), doc
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent25",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent25.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    ap.add_argument("--figures", action="store_true", help="print each document's computed money figures")
    args = ap.parse_args()
    if args.figures:
        for doc in DOCS:
            print(doc, figures(doc))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"{PREFIX}-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"{PREFIX}-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "November 2026 documents (a few of another month or a shorter span on purpose), judged "
                              "as of 2026-12-31 (independent25-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
