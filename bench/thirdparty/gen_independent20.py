"""The twentieth independently generated judging set (bench/thirdparty/independent20.json, ``--independent20``).

    python bench/thirdparty/gen_independent20.py --manifest   (rewrite independent20.json: labels + sha256)
    python bench/thirdparty/gen_independent20.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Putian, Zhoushan, Shouguang, Baotou; Kuala Belait in Brunei, Limbe in Cameroon, Apia in Samoa). The drawing and photo
plumbing (Page, _photo, _screenshot, _daxie) is imported from gen_independent11.py and the every-page scanner from
gen_independent12.py (one copy of each); everything else, layouts and wording, is this file's own.

What this set varies that earlier ones kept fixed: a shoe factory's piece-rate slip on A5 landscape in three blocks
(particulars | piece table | summary) with plain unseparated figures; a rural bank's two-page 账户交易明细清单 with
compact yyyymmdd dates, a counterparty column and a 渠道 column; a fishing company's 终止劳动合同通知书 dated in Chinese
numerals (二〇二六年十月二十日); a bank app's month list with the balance printed under each amount; a vegetable
co-operative's 收入证明 stating only a year's income; a counter print on A4 landscape with 柜员 / 网点 columns; a
hospital's 80 mm thermal 门诊慢特病结算单; an ATM's 明细查询 slip that prints only a masked card number. Brunei's dotted
dates (31.10.2026) and B$; a Brunei bank statement whose account summary sits at the top of page 1 of 2; a labour
contractor's slip that identifies the worker by staff number only; Cameroon's FCFA without decimals, a value-date
column and 'Month d, yyyy' dates; a Samoan employer's letter 'Dated this 2nd day of November 2026' giving a fortnightly
salary; a medical centre's invoice with Amount Paid and Balance Due; look-alikes a laboratory report, a wage-advance
application, bank text alerts, a mobile-money wallet history, a doctor's medical certificate (sick leave), a
remittance receipt; photos dim, angled, creased, held by a thumb.

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
MANIFEST = HERE / "independent20.json"
PREFIX = "i20"
GREY = (0.45, 0.45, 0.45)
PALE = (0.94, 0.94, 0.94)
RUST = (0.6, 0.22, 0.08)
SEA = (0.05, 0.3, 0.5)
FOREST = (0.1, 0.35, 0.18)
PLUM = (0.38, 0.12, 0.36)
GOLD = (0.62, 0.48, 0.1)
RED = (0.8, 0.1, 0.1)
PHONE = (390, 844)
THERMAL = (226, 600)


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _g(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _p(v: float) -> str:
    """1234.56 (no grouping, as the factory's spreadsheet prints it)"""
    return f"{v:.2f}"


def _x(v: float) -> str:
    """FCFA: whole francs grouped by commas, no decimals."""
    return f"{int(round(v)):,}"


def _run(opening: float, moves: list[float]) -> list[float]:
    out, bal = [], opening
    for m in moves:
        bal = _r(bal + m)
        out.append(bal)
    return out


def _phone_top(p: Page, clock: str, dark=False):
    col = (1, 1, 1) if dark else (0, 0, 0)
    p.t(26, 28, clock, 12, bold=True, color=col)
    for k in range(4):
        p.box(318 + k * 5, 24 - k * 2, 3, 4 + k * 2, fill=col, stroke=None)
    p.box(344, 18, 22, 10, stroke=col, lw=0.8, radius=2)
    p.box(346, 20, 14, 6, fill=col, stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

PT = dict(person="林秀钗", employer="莆田市涵江区鸿履制鞋有限公司", bank="木兰溪农村商业银行",
          account="6230 5821 0044 7196 313", staff="HL-0862")
PT_PIECES = [("HL2619", "针车-鞋面合缝", 1480, 1.35), ("HL2619", "针车-后踵车线", 1120, 0.85),
             ("HL2703", "针车-鞋舌包边", 960, 1.10), ("HL2703", "针车-补强车线", 640, 0.60)]
PT_PLUS = [("加班补贴", 380.00), ("全勤奖", 200.00), ("夜宵补贴", 150.00)]
PT_MINUS = [("社保个人部分", 412.36), ("伙食费", 390.00), ("宿舍水电", 86.50), ("借支", 500.00)]


def zh_pay_putian_shoe_piece_slip() -> tuple[bytes, dict]:
    """A shoe factory's 计件工资单 on A5 landscape in three blocks: 员工信息 at the left (姓名, 工号, 车间, 月份
    2026年10月), the piece table in the middle (款号 | 工序 | 数量 | 单价 | 金额, 计件小计 under it), the summary at the
    right (计件工资, three allowances, 应发合计, four deductions, 实发工资 boxed); figures printed without grouping."""
    p = Page(landscape(A5), zh=True)
    piece = _r(sum(q * u for _s, _w, q, u in PT_PIECES))
    gross = _r(piece + sum(v for _k, v in PT_PLUS))
    ded = _r(sum(v for _k, v in PT_MINUS))
    net = _r(gross - ded)
    p.t(297, 32, PT["employer"], 13, bold=True, align="c")
    p.t(297, 50, "2026年10月份 计件工资单", 10.5, align="c")
    p.line(20, 60, 575, 60, 1.2)
    # left block
    p.box(20, 70, 130, 150, lw=0.6)
    p.t(28, 86, "员工信息", 9, bold=True)
    for k, (a, b) in enumerate([("姓名", PT["person"]), ("工号", PT["staff"]), ("车间", "针车二组"),
                                ("月份", "2026年10月"), ("出勤", "27 天"), ("发放", "2026-11-12")]):
        p.t(28, 108 + k * 19, a, 8.5, color=GREY)
        p.t(62, 108 + k * 19, b, 9)
    # middle block
    rows = [("款号", "工序", "数量", "单价", "金额")]
    rows += [(s, w, str(q), f"{u:.2f}", _p(q * u)) for s, w, q, u in PT_PIECES]
    rows += [("", "计件小计", "", "", _p(piece))]
    p.table(158, 70, [46, 96, 40, 36, 54], rows, rh=20, size=8, aligns=["l", "l", "r", "r", "r"],
            head_fill=PALE)
    # right block
    x = 440
    p.box(x, 70, 135, 270, lw=0.6)
    y = 88
    lines = [("计件工资", piece), *PT_PLUS, ("应发合计", gross), *[(k, -v) for k, v in PT_MINUS]]
    for k, v in lines:
        bold = k == "应发合计"
        p.t(x + 8, y, k, 8.5, bold=bold)
        p.t(x + 127, y, _p(v), 8.5, align="r", bold=bold)
        if bold:
            p.line(x + 6, y - 12, x + 129, y - 12, 0.4)
            p.line(x + 6, y + 5, x + 129, y + 5, 0.4)
        y += 21
    p.box(x + 4, y - 4, 127, 28, fill=(0.9, 0.95, 0.9), stroke=FOREST, lw=0.8)
    p.t(x + 10, y + 14, "实发工资", 10, bold=True, color=FOREST)
    p.t(x + 125, y + 14, _p(net), 11, bold=True, align="r", color=FOREST)
    p.t(158, 230, "说明：计件单价按车间公示执行；借支已于10月21日预支，本月扣回。", 7.5, color=GREY)
    p.t(158, 246, "工资通过银行代发，如有异议请于发放后三日内到财务室核对，逾期视为无异议。", 7.5, color=GREY)
    p.t(158, 300, "员工签收：", 9)
    p.hand(210, 302, PT["person"], 13, key="pt-sign")
    p.t(320, 300, "制表：财务部", 9)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


PT_ROWS = [
    ("20261001", "0812", "ATM取款", "", -500.00, "ATM"),
    ("20261002", "1930", "快捷支付", "财付通-美团", -36.80, "网联"),
    ("20261003", "1122", "快捷支付", "支付宝-拼多多", -89.90, "网联"),
    ("20261005", "0905", "转账", "林德福", 300.00, "手机银行"),
    ("20261006", "2011", "快捷支付", "财付通-叮咚", -42.50, "网联"),
    ("20261008", "0730", "消费", "涵江永辉超市", -126.40, "POS"),
    ("20261009", "1508", "话费充值", "中国移动", -50.00, "手机银行"),
    ("20261010", "1000", "结息", "", 0.87, "系统"),
    ("20261012", "1641", "代发工资", PT["employer"], 3912.60, "批量"),
    ("20261012", "1805", "转账", "林德福", -1500.00, "手机银行"),
    ("20261013", "1212", "快捷支付", "财付通-滴滴出行", -23.60, "网联"),
    ("20261014", "1936", "快捷支付", "支付宝-淘宝", -158.00, "网联"),
    ("20261015", "0820", "代扣", "木兰溪农商-信用卡还款", -820.00, "系统"),
    ("20261016", "1250", "消费", "莆田涵江医院药房", -64.30, "POS"),
    ("20261017", "2033", "快捷支付", "财付通-美团", -31.90, "网联"),
    ("20261018", "0915", "转账", "黄丽娟", -200.00, "手机银行"),
    ("20261019", "1342", "消费", "涵江永辉超市", -98.70, "POS"),
    ("20261020", "1105", "快捷支付", "支付宝-饿了么", -27.50, "网联"),
    ("20261021", "1824", "转账", PT["employer"], 500.00, "批量"),
    ("20261022", "1700", "ATM取款", "", -300.00, "ATM"),
    ("20261023", "2002", "快捷支付", "财付通-拼多多", -66.00, "网联"),
    ("20261024", "0955", "话费充值", "中国移动", -30.00, "手机银行"),
    ("20261025", "1610", "消费", "涵江菜市场", -47.20, "POS"),
    ("20261026", "1238", "快捷支付", "支付宝-淘宝", -119.00, "网联"),
    ("20261027", "1910", "转账", "林德福", 200.00, "手机银行"),
    ("20261028", "0801", "代扣", "莆田燃气", -58.00, "系统"),
    ("20261029", "2141", "快捷支付", "财付通-美团", -33.60, "网联"),
    ("20261030", "1520", "消费", "涵江永辉超市", -75.30, "POS"),
    ("20261031", "1720", "快捷支付", "支付宝-饿了么", -21.80, "网联"),
]
PT_OPEN = 1286.45


def zh_stmt_putian_rcb_two_page() -> tuple[bytes, dict]:
    """A rural commercial bank's 账户交易明细清单 over two A4 pages: 户名 / 账号 / 币种 / 查询期间 20261001-20261031
    in a ruled head, columns 序号 | 交易日期 | 时间 | 摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额 | 渠道 with compact
    yyyymmdd dates; rows 1-18 on page 1, the rest on page 2, then 借方合计 / 贷方合计 / 笔数 and 期末余额 under the
    table, the bank's 业务专用章 over the foot of page 2."""
    p = Page(A4, zh=True)
    moves = [m for *_a, m, _c in PT_ROWS]
    bal = _run(PT_OPEN, moves)
    debit = _r(-sum(m for m in moves if m < 0))
    credit = _r(sum(m for m in moves if m > 0))
    widths = [26, 54, 34, 56, 150, 58, 58, 62, 42]
    head = [("序号", "交易日期", "时间", "摘要", "对方户名", "借方发生额", "贷方发生额", "余额", "渠道")]

    def top(page):
        p.t(297, 44, PT["bank"], 15, bold=True, align="c", color=FOREST)
        p.t(297, 64, "账户交易明细清单", 12, bold=True, align="c")
        p.table(30, 76, [60, 210, 60, 210], [("户名", PT["person"], "账号", PT["account"]),
                                              ("币种", "人民币 活期储蓄", "查询期间", "20261001-20261031")],
                rh=17, size=8.5, head=0, aligns=["l"] * 4)
        p.t(565, 820, f"第{page}页 共2页", 8, align="r", color=GREY)

    def body(y, start, stop):
        rows = list(head)
        for i in range(start, stop):
            d, t, what, who, m, ch = PT_ROWS[i]
            rows.append((str(i + 1), d, t, what, who, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(bal[i]), ch))
        return p.table(30, y, widths, rows, rh=17, size=7.5, aligns=["r", "l", "l", "l", "l", "r", "r", "r", "l"],
                       head_fill=(0.86, 0.92, 0.86))

    top(1)
    p.t(30, 128, f"期初余额：{_g(PT_OPEN)}", 8.5)
    body(136, 0, 18)
    p.t(30, 810, "续下页", 8, color=GREY)
    p.c.showPage()
    top(2)
    y = body(128, 18, len(PT_ROWS))
    p.t(30, y + 22, f"借方合计：{_g(debit)}", 9)
    p.t(200, y + 22, f"贷方合计：{_g(credit)}", 9)
    p.t(380, y + 22, f"交易笔数：{len(PT_ROWS)}", 9)
    p.t(30, y + 42, f"期末余额：{_g(bal[-1])}", 10, bold=True)
    p.t(30, y + 70, "打印时间：2026-11-03 10:26:41    打印网点：涵江支行营业部    操作员：0417", 8, color=GREY)
    p.t(30, y + 86, "本清单仅反映查询期间内的交易记录，加盖本行业务专用章后有效。", 8, color=GREY)
    p.stamp(470, y + 70, 40, "木兰溪农村商业银行涵江支行", "业务专用章")
    return p.pdf(), {"closing": _p(bal[-1])}


ZS = dict(person="应海平", employer="舟山市定海区远渔捕捞有限公司", bank="舟山东港银行", tail="6613")


def zh_unemp_zhoushan_fishing_termination_notice() -> tuple[bytes, dict]:
    """A fishing company's 终止劳动合同通知书 on its letterhead (A4): 编号, the crew member's name, a paragraph giving
    the contract (2019年3月1日 to its end), the reason (渔船报废, 减船转产), the last day and the social-insurance
    transfer, a receipt line for the worker; dated in Chinese numerals 二〇二六年十月二十日 under the company's seal."""
    p = Page(A4, zh=True)
    p.t(297, 60, ZS["employer"], 17, bold=True, align="c", color=SEA)
    p.t(297, 80, "地址：舟山市定海区沥港渔港码头路16号    电话：0580-8061274", 8.5, align="c", color=GREY)
    p.line(50, 90, 545, 90, 2, color=SEA)
    p.line(50, 94, 545, 94, 0.6, color=SEA)
    p.t(297, 140, "终止劳动合同通知书", 20, bold=True, align="c")
    p.t(545, 166, "远渔人字〔2026〕第031号", 9.5, align="r")
    p.t(60, 200, f"{ZS['person']} 同志（身份证号：330902********2316）：", 11.5)
    para = [
        "　　您于2019年3月1日入职本公司，任“浙岱渔06218”号渔船船员（轮机），双方签订的",
        "劳动合同期限至2026年12月31日。因该渔船列入2026年度海洋捕捞渔船减船转产计划，已",
        "于2026年9月28日拆解报废，原岗位不复存在，经协商未能就变更劳动合同内容达成一致。",
        "根据《中华人民共和国劳动合同法》第四十条第（三）项之规定，本公司决定自2026年10月",
        "20日起与您终止劳动合同，并依法支付经济补偿。",
        "　　请您于接到本通知之日起十五日内到公司综合办公室办理工作交接及离职手续。本公",
        "司将在十五日内为您办理档案和社会保险关系转移手续，并出具本通知作为您办理失业登",
        "记的依据。",
    ]
    for k, s in enumerate(para):
        p.t(60, 236 + k * 24, s, 11.5)
    p.t(60, 452, "特此通知。", 11.5)
    p.t(420, 540, ZS["employer"], 11, align="c")
    p.t(420, 566, "二〇二六年十月二十日", 11.5, align="c")
    p.stamp(420, 540, 52, "舟山市定海区远渔捕捞有限公司", "人事专用章")
    p.line(50, 640, 545, 640, 0.6, dash=(4, 3))
    p.t(60, 670, "签收回执：本人已收到《终止劳动合同通知书》。", 10.5)
    p.t(60, 700, "签收人：", 10.5)
    p.hand(112, 701, ZS["person"], 15, key="zs-sign")
    p.t(300, 700, "签收日期：", 10.5)
    p.hand(360, 701, "2026.10.20", 13, key="zs-date")
    return p.pdf(), {}


ZS_ROWS = [  # newest first, as the app lists them
    ("10月31日", "21:14", "快捷支付-美团外卖", -38.50),
    ("10月29日", "09:02", "转账-应海燕", 2000.00),
    ("10月26日", "18:40", "消费-定海华润万家", -212.60),
    ("10月23日", "14:11", "代扣-舟山电力", -96.30),
    ("10月21日", "10:27", "经济补偿-远渔捕捞", 28860.00),
    ("10月20日", "16:05", "工资-远渔捕捞", 3180.00),
    ("10月15日", "08:35", "贷款还款-东港银行", -2146.80),
    ("10月11日", "12:20", "消费-沥港加油站", -300.00),
    ("10月06日", "19:48", "转账-应国良", -800.00),
    ("10月02日", "11:03", "ATM取现", -600.00),
]
ZS_OPEN = 4233.74


def zh_stmt_zhoushan_bank_app_month_list() -> tuple[bytes, dict]:
    """A city bank's app screen 收支明细 for October 2026: the card (借记卡 尾号6613, 户名), a filter bar
    2026.10.01-2026.10.31, the month's 支出 / 收入 totals, then one card per transaction, newest first, the signed
    amount at the right and 余额 under it in grey."""
    p = Page(PHONE, zh=True)
    _phone_top(p, "20:47")
    p.t(195, 66, "收支明细", 14, bold=True, align="c")
    p.t(24, 66, "〈", 14)
    p.box(16, 80, 358, 70, fill=SEA, stroke=None, radius=10)
    p.t(30, 104, f"{ZS['bank']}  借记卡", 11, bold=True, color=(1, 1, 1))
    p.t(30, 124, f"尾号{ZS['tail']}    户名：{ZS['person']}", 10, color=(1, 1, 1))
    p.t(30, 141, "一类账户 · 人民币", 8.5, color=(0.8, 0.9, 1))
    p.box(16, 160, 358, 30, fill=(0.95, 0.96, 0.98), stroke=None, radius=6)
    p.t(28, 180, "2026.10.01-2026.10.31", 10)
    p.t(362, 180, "筛选 ▾", 10, align="r", color=SEA)
    chrono = list(reversed(ZS_ROWS))
    bal = _run(ZS_OPEN, [m for *_a, m in chrono])
    bal_new_first = list(reversed(bal))
    out = _r(-sum(m for *_a, m in ZS_ROWS if m < 0))
    inn = _r(sum(m for *_a, m in ZS_ROWS if m > 0))
    p.t(24, 214, f"支出 ¥{_g(out)}", 10, color=GREY)
    p.t(200, 214, f"收入 ¥{_g(inn)}", 10, color=GREY)
    y = 232
    for (d, t, what, m), b in zip(ZS_ROWS, bal_new_first, strict=True):
        p.line(16, y, 374, y, 0.3, color=(0.85, 0.85, 0.85))
        p.t(24, y + 22, what, 10.5)
        p.t(24, y + 40, f"{d} {t}", 8.5, color=GREY)
        sign = "+" if m > 0 else "-"
        p.t(366, y + 22, f"{sign}{_g(abs(m))}", 11, bold=True, align="r", color=(0.8, 0.3, 0.1) if m > 0 else (0, 0, 0))
        p.t(366, y + 40, f"余额 {_g(b)}", 8.5, align="r", color=GREY)
        y += 56
    p.t(195, y + 18, "— 已显示全部 —", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


SG = dict(person="綦玉芬", employer="寿光市洛城街道绿蔓蔬菜专业合作社", bank="弥河农村商业银行",
          account="6214 6630 0918 2754", hospital="寿光市洛城中心医院")
SG_YEAR = 49920.00


def zh_income_shouguang_coop_certificate() -> tuple[bytes, dict]:
    """A vegetable co-operative's 收入证明 (A4) as a ruled form: 姓名 / 性别 / 身份证号 / 工作岗位 / 入社时间 / 近一年
    收入合计 (49,920.00元, 大写 beside it) in a grid, a sentence on what it is for, the contact, the co-operative's
    seal and 开具日期 2026年11月6日; no monthly figure printed (monthly income 49,920.00 / 12 = 4,160.00)."""
    p = Page(A4, zh=True)
    p.t(297, 90, "收 入 证 明", 22, bold=True, align="c")
    rows = [("姓名", SG["person"], "性别", "女"), ("身份证号", "370783********4428", "联系电话", "139****6205"),
            ("工作单位", SG["employer"], "", ""), ("工作岗位", "大棚种植工（黄瓜、彩椒）", "入社时间", "2017年3月"),
            ("近一年收入合计", f"{_g(SG_YEAR)}元", "大写", _daxie(SG_YEAR))]
    y = 130
    for a, b, c, d in rows:
        if c:
            p.table(60, y, [96, 180, 70, 129], [(a, b, c, d)], rh=34, size=10, head=0, aligns=["c", "l", "c", "l"])
        else:
            p.table(60, y, [96, 379], [(a, b)], rh=34, size=10, head=0, aligns=["c", "l"])
        y += 34
    p.t(60, y + 40, "　　兹证明以上人员系我社社员，在我社从事大棚蔬菜种植工作，工资按月以银行转账方式", 11)
    p.t(60, y + 64, "发放，上述收入为2025年11月至2026年10月实际发放金额（税前）。", 11)
    p.t(60, y + 88, "　　本证明仅用于本人办理相关事务，不作其他用途。", 11)
    p.t(60, y + 130, "单位联系人：孙主任    电话：0536-5296630", 10)
    p.t(400, y + 200, "（单位盖章）", 10.5, align="c")
    p.stamp(400, y + 196, 50, SG["employer"], "")
    p.t(400, y + 240, "开具日期：2026年11月6日", 10.5, align="c")
    return p.pdf(), {"monthly": _p(SG_YEAR / 12)}


SG_ROWS = [
    ("2026/10/02", "00318", "现金支取", -400.00, "1102", "洛城分理处"),
    ("2026/10/05", "00402", "转账支出 寿光市农资门市", -268.00, "网银", "—"),
    ("2026/10/09", "00517", "代发 绿蔓蔬菜合作社", 4160.00, "批量", "—"),
    ("2026/10/10", "00533", "缴费 城乡居民医保", -380.00, "1107", "洛城分理处"),
    ("2026/10/14", "00610", "转账支出 綦玉强", -1000.00, "手机", "—"),
    ("2026/10/19", "00788", "消费 洛城百货", -156.20, "POS", "—"),
    ("2026/10/21", "00812", "结息", 1.46, "批量", "—"),
    ("2026/10/27", "00930", "消费 洛城中心医院", -67.24, "POS", "—"),
    ("2026/10/30", "01005", "现金支取", -300.00, "1102", "洛城分理处"),
]
SG_OPEN = 2608.15


def zh_stmt_shouguang_counter_landscape() -> tuple[bytes, dict]:
    """A rural bank's 个人活期账户明细对账单 printed at the counter on A4 landscape: a header grid (户名, 账号, 开户
    网点, 起止日期 2026/10/01至2026/10/31), 上期结余 as the first line, columns 记账日期 | 流水号 | 摘要 | 支出 | 存入 |
    结余 | 柜员 | 网点, no totals; printed date and the counter's stamp at the foot."""
    p = Page(landscape(A4), zh=True)
    moves = [m for _d, _n, _w, m, _t, _b in SG_ROWS]
    bal = _run(SG_OPEN, moves)
    p.t(421, 44, f"{SG['bank']}个人活期账户明细对账单", 15, bold=True, align="c")
    p.table(40, 62, [70, 200, 70, 200, 80, 142], [("户名", SG["person"], "账号", SG["account"], "币种", "人民币"),
                                                 ("开户网点", "洛城分理处", "起止日期", "2026/10/01至2026/10/31",
                                                  "账户类型", "活期储蓄")],
            rh=18, size=9, head=0, aligns=["c", "l", "c", "l", "c", "l"])
    rows = [("记账日期", "流水号", "摘要", "支出", "存入", "结余", "柜员", "网点")]
    rows.append(("2026/10/01", "", "上期结余", "", "", _g(SG_OPEN), "", ""))
    for (d, n, w, m, t, b), bb in zip(SG_ROWS, bal, strict=True):
        rows.append((d, n, w, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(bb), t, b))
    y = p.table(40, 116, [76, 60, 236, 84, 84, 90, 56, 76], rows, rh=19, size=8.5,
                aligns=["l", "l", "l", "r", "r", "r", "c", "l"], head_fill=(0.9, 0.9, 0.84))
    p.t(40, y + 28, "打印日期：2026/11/05 09:14    经办：1102    复核：1107", 8.5, color=GREY)
    p.t(40, y + 44, "温馨提示：对账单内容如与您的记录不符，请于收到后十日内与开户网点联系。", 8.5, color=GREY)
    p.stamp(700, y + 40, 42, "弥河农村商业银行洛城分理处", "业务专用章")
    return p.pdf(), {"closing": _p(bal[-1])}


SG_DRUGS = [("硝苯地平控释片 30mg", "2盒", 67.80), ("二甲双胍缓释片 0.5g", "3盒", 41.40),
            ("阿托伐他汀钙片 20mg", "1盒", 36.90), ("血糖检测", "1次", 12.00), ("诊查费", "1次", 10.00)]


def zh_med_shouguang_chronic_thermal_slip() -> tuple[bytes, dict]:
    """A county hospital's self-service 80 mm thermal slip 门诊慢特病结算单: 姓名 / 病种 (高血压、2型糖尿病) / 就诊
    科室 / 结算时间 2026-10-27 09:41:12 one per line, the items as name over quantity and amount, dashes between
    sections, 医疗总费用 then 统筹基金支付 and 个人现金支付 at the foot (total and the patient's own share)."""
    p = Page(THERMAL, zh=True)
    total = _r(sum(v for *_a, v in SG_DRUGS))
    fund = _r(total * 0.6)
    own = _r(total - fund)
    p.t(113, 30, SG["hospital"], 11, bold=True, align="c")
    p.t(113, 46, "门诊慢特病结算单", 10, align="c")
    dash = "-" * 38
    p.t(10, 60, dash, 8)
    for k, s in enumerate([f"姓名：{SG['person']}", "性别：女  年龄：54", "病种：高血压、2型糖尿病", "科室：慢病门诊",
                           "医保类型：城乡居民", "流水号：MZ20261027-0338", "结算时间：2026-10-27 09:41:12"]):
        p.t(10, 76 + k * 14, s, 8.5)
    y = 76 + 7 * 14
    p.t(10, y, dash, 8)
    y += 16
    for name, qty, v in SG_DRUGS:
        p.t(10, y, name, 8.5)
        p.t(20, y + 13, qty, 8)
        p.t(216, y + 13, _g(v), 8.5, align="r")
        y += 30
    p.t(10, y, dash, 8)
    for k, (a, v) in enumerate([("医疗总费用", total), ("统筹基金支付", fund), ("个人现金支付", own)]):
        p.t(10, y + 16 + k * 16, a, 9, bold=k != 1)
        p.t(216, y + 16 + k * 16, _g(v), 9, align="r", bold=k != 1)
    y += 16 * 3 + 8
    p.t(10, y, dash, 8)
    p.t(10, y + 16, "请妥善保管，遗失不补。", 8, color=GREY)
    p.t(10, y + 30, "终端：ZZJ-07  操作员：自助", 8, color=GREY)
    return p.pdf(), {"total": _p(total), "own": _p(own)}


def zh_other_shouguang_lab_report() -> tuple[bytes, dict]:
    """Look-alike: the same hospital's 检验报告单 (A5 landscape): the patient's particulars, 项目 | 结果 | 参考范围 | 单位
    for a blood-sugar panel, 送检医生 / 检验者 / 审核者 and the report time; results and ranges, no money (other)."""
    p = Page(landscape(A5), zh=True)
    p.t(297, 30, SG["hospital"], 13, bold=True, align="c")
    p.t(297, 48, "检 验 报 告 单", 11, align="c")
    p.t(24, 72, f"姓名：{SG['person']}    性别：女    年龄：54岁    科别：慢病门诊    标本：静脉血    样本号：0338", 8.5)
    p.line(24, 80, 571, 80, 0.8)
    rows = [("项目", "结果", "", "参考范围", "单位"), ("空腹血糖 GLU", "8.36", "↑", "3.90-6.10", "mmol/L"),
            ("糖化血红蛋白 HbA1c", "7.4", "↑", "4.0-6.0", "%"), ("总胆固醇 TC", "5.12", "", "3.10-5.70", "mmol/L"),
            ("甘油三酯 TG", "2.06", "↑", "0.40-1.70", "mmol/L"), ("肌酐 CREA", "71", "", "41-81", "μmol/L")]
    p.table(24, 86, [200, 90, 30, 130, 97], rows, rh=20, size=9, grid=False, hlines=False, head_fill=None)
    p.line(24, 210, 571, 210, 0.8)
    p.t(24, 230, "送检医生：王建华    检验者：刘倩    审核者：赵振东", 8.5)
    p.t(24, 246, "采样时间：2026-10-27 08:02    报告时间：2026-10-27 10:15", 8.5)
    p.t(24, 268, "本报告仅对所检标本负责，如有疑问请于三日内咨询检验科。", 7.5, color=GREY)
    return p.pdf(), {}


BT = dict(person="郝建军", employer="包头市昆都仑区北焰钢构有限公司", bank="阴山银行")
BT_EARN = [("岗位工资", 3600.00), ("绩效工资", 1480.00), ("夜班津贴", 360.00), ("高温津贴", 0.00), ("工龄工资", 240.00)]
BT_DED = [("养老保险", 454.40), ("医疗保险", 113.60), ("失业保险", 28.40), ("住房公积金", 568.00), ("个人所得税", 0.00)]


def zh_pay_baotou_steel_e_payslip() -> tuple[bytes, dict]:
    """A steel fabricator's e-mailed 电子工资单 (A4 portrait, only the upper half used): a grey title band, 所属期间
    2026-10 and 发放日期 2026-11-10, then stacked sections 出勤信息 / 应发项目 / 扣款项目 each a two-column list of
    item and amount (zero items printed too), 应发合计 and 扣款合计 at the end of their sections, 实发金额 last with
    the amount in 大写."""
    p = Page(A4, zh=True)
    gross = _r(sum(v for _k, v in BT_EARN))
    ded = _r(sum(v for _k, v in BT_DED))
    net = _r(gross - ded)
    p.box(40, 40, 515, 34, fill=(0.88, 0.88, 0.88), stroke=None)
    p.t(54, 62, "电子工资单", 14, bold=True)
    p.t(540, 62, BT["employer"], 9.5, align="r")
    p.t(54, 96, f"员工：{BT['person']}    工号：BY-1147    部门：焊接车间    所属期间：2026-10    发放日期：2026-11-10", 9)
    y = 116

    def section(title, items, total_name=None, total=None):
        nonlocal y
        p.t(54, y + 14, title, 10, bold=True, color=RUST)
        p.line(54, y + 20, 541, y + 20, 0.6, color=RUST)
        y += 26
        for k, (a, v) in enumerate(items):
            col = k % 2
            p.t(64 + col * 245, y + 14, a, 9)
            p.t(286 + col * 245, y + 14, v if isinstance(v, str) else _g(v), 9, align="r")
            if col == 1 or k == len(items) - 1:
                y += 20
        if total_name:
            p.t(64, y + 14, total_name, 9.5, bold=True)
            p.t(286, y + 14, _g(total), 9.5, bold=True, align="r")
            y += 22
        y += 8

    section("出勤信息", [("应出勤(天)", "22"), ("实出勤(天)", "22"), ("夜班(次)", "9"), ("请假(天)", "0")])
    section("应发项目", BT_EARN, "应发合计", gross)
    section("扣款项目", BT_DED, "扣款合计", ded)
    p.box(54, y, 487, 34, fill=(0.98, 0.94, 0.9), stroke=RUST, lw=0.8)
    p.t(64, y + 22, "实发金额", 11, bold=True, color=RUST)
    p.t(200, y + 22, f"（大写）{_daxie(net)}", 9.5)
    p.t(531, y + 22, _g(net), 12, bold=True, align="r", color=RUST)
    p.t(54, y + 58, "此邮件由人力资源系统自动发送，请勿直接回复。工资信息属个人隐私，请妥善保管。", 8, color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


BT_ATM = [("10-03", "取款", -500.00), ("10-10", "代发工资", 4515.60), ("10-11", "转账支出", -1800.00),
          ("10-16", "消费", -231.50), ("10-22", "取款", -1000.00), ("10-29", "消费", -88.00)]
BT_ATM_OPEN = 702.17


def zh_stmt_baotou_atm_detail_slip() -> tuple[bytes, dict]:
    """An ATM's 明细查询 slip (80 mm roll): the bank's name, 卡号 6228****3391 (masked), 查询区间 2026-10-01 至
    2026-10-31, one row per transaction (MM-DD | 摘要 | 金额 | 余额), 当前余额 last; no holder's name anywhere
    (account_holder absent)."""
    p = Page((226, 420), zh=True)
    bal = _run(BT_ATM_OPEN, [m for *_a, m in BT_ATM])
    p.t(113, 26, f"{BT['bank']} 自助服务", 11, bold=True, align="c")
    p.t(113, 42, "账户明细查询凭条", 9, align="c")
    for k, s in enumerate(["卡号：6228****3391", "查询区间：2026-10-01 至 2026-10-31", "终端号：BT0316  流水：004127",
                           "打印时间：2026-11-02 18:55"]):
        p.t(10, 62 + k * 14, s, 8)
    p.t(10, 122, "-" * 40, 7.5)
    p.t(10, 136, "日期   摘要          金额        余额", 8)
    y = 152
    for (d, w, m), b in zip(BT_ATM, bal, strict=True):
        p.t(10, y, d, 8)
        p.t(44, y, w, 8)
        p.t(150, y, f"{m:+,.2f}", 8, align="r")
        p.t(216, y, _g(b), 8, align="r")
        y += 15
    p.t(10, y + 2, "-" * 40, 7.5)
    p.t(10, y + 18, "当前余额：", 9, bold=True)
    p.t(216, y + 18, _g(bal[-1]), 9, bold=True, align="r")
    p.t(10, y + 40, "请妥善保管凭条，注意保护密码安全。", 7.5)
    return p.pdf(), {"closing": _p(bal[-1])}


def zh_med_baotou_health_station_receipt_2025() -> tuple[bytes, dict]:
    """A community health station's 门诊收费收据 (A5 landscape, carbon-copy style in blue): 姓名 / 日期 2025年9月3日 /
    票号 across the top, 收费项目 | 金额 two across (西药费, 治疗费, 注射费, 检查费), 合计 in 小写 and 大写, 收款人
    and the station's stamp; September 2025, more than a year old (stale)."""
    p = Page(landscape(A5), zh=True)
    items = [("西药费", 86.40), ("治疗费", 30.00), ("注射费", 24.00), ("检查费", 45.00)]
    total = _r(sum(v for _k, v in items))
    ink = (0.15, 0.25, 0.6)
    p.t(297, 36, "包头市青山区富强路社区卫生服务站", 13, bold=True, align="c", color=ink)
    p.t(297, 56, "门 诊 收 费 收 据", 12, align="c", color=ink)
    p.t(480, 56, "No. 0027316", 9, color=RED)
    p.t(40, 86, "姓名：", 10, color=ink)
    p.hand(78, 87, "乌云其其格", 13, key="bt-name")
    p.t(250, 86, "日期：", 10, color=ink)
    p.hand(288, 87, "2025年9月3日", 12, key="bt-date")
    p.t(430, 86, "医保：自费", 10, color=ink)
    rows = [("收费项目", "金额", "收费项目", "金额"), ("西药费", "", "治疗费", ""), ("注射费", "", "检查费", "")]
    p.table(40, 96, [140, 118, 140, 117], rows, rh=28, size=10, color=ink, head_fill=None)
    for k, (_a, v) in enumerate(items):
        col, row = k % 2, k // 2
        p.hand(40 + col * 258 + 200, 96 + 28 * (row + 1) + 20, _g(v), 12, key=f"bt{k}")
    p.table(40, 180, [140, 375], [("合计（大写）", ""), ("合计（小写）", "")], rh=28, size=10, head=0, color=ink)
    p.hand(190, 200, _daxie(total), 12, key="bt-dx")
    p.hand(190, 228, f"¥{_g(total)}", 12, key="bt-xx")
    p.t(40, 268, "收款人：", 10, color=ink)
    p.hand(88, 269, "白玉兰", 12, key="bt-cashier")
    p.t(300, 268, "（收费专用章）", 9, color=ink)
    p.stamp(440, 262, 36, "包头市青山区富强路社区卫生服务站", "收费专用章")
    return p.pdf(), {"total": _p(total)}


def zh_other_putian_wage_advance_form() -> tuple[bytes, dict]:
    """Look-alike: a shoe factory's 预支工资申请单 filled in by pen: 申请人 / 车间 / 申请金额 (小写, 大写) / 事由 / 扣回
    方式, a supervisor's and the finance clerk's signatures; an advance asked for, not wages paid (other)."""
    p = Page(landscape(A5), zh=True)
    p.t(297, 40, PT["employer"], 12, bold=True, align="c")
    p.t(297, 62, "预支工资申请单", 14, bold=True, align="c")
    rows = [("申请人", "", "工号", "", "车间", ""), ("申请金额（小写）", "", "", "", "", ""),
            ("申请金额（大写）", "", "", "", "", ""), ("事由", "", "", "", "", ""),
            ("扣回方式", "从当月工资中一次扣回", "", "", "", ""), ("车间主管", "", "财务审核", "", "总经理", "")]
    p.table(40, 80, [100, 110, 60, 100, 60, 85], rows, rh=30, size=9.5, head=0, grid=True)
    p.hand(146, 101, "周美玉", 13, key="adv1")
    p.hand(316, 101, "HL-0591", 12, key="adv2")
    p.hand(480, 101, "成型", 13, key="adv3")
    p.hand(146, 131, "¥800.00", 13, key="adv4")
    p.hand(146, 161, "捌佰元整", 13, key="adv5")
    p.hand(146, 191, "小孩开学交学费", 13, key="adv6")
    p.hand(146, 251, "陈", 13, key="adv7")
    p.hand(316, 251, "许丽", 13, key="adv8")
    p.t(40, 290, "申请日期：", 9.5)
    p.hand(100, 291, "2026.10.16", 12, key="adv9")
    p.t(40, 312, "注：预支金额不得超过当月已出勤天数应得工资的百分之五十。", 8, color=GREY)
    return p.pdf(), {}


def zh_other_baotou_bank_sms_alerts_screen() -> tuple[bytes, dict]:
    """Look-alike: a phone's messages screen with the bank's 动账通知 texts for one card (尾号3391): each text gives
    the time, what moved and the balance after it; notifications with no period, no holder, no account number in
    full: not a statement (other)."""
    p = Page(PHONE, zh=True)
    _phone_top(p, "18:02")
    p.t(195, 66, "95388", 14, bold=True, align="c")
    p.t(195, 82, "阴山银行", 9, align="c", color=GREY)
    bal = _run(BT_ATM_OPEN, [m for *_a, m in BT_ATM])
    times = {"10-10": "15:32", "10-11": "09:15", "10-16": "19:48", "10-22": "12:06"}
    verbs = {"代发工资": "代发工资收入", "转账支出": "转账支出", "消费": "消费支出", "取款": "ATM取款"}
    msgs = []
    for (d, w, m), b in zip(BT_ATM, bal, strict=True):
        if d in times:
            day = f"{int(d[:2])}月{int(d[3:])}日"
            msgs.append((f"{day} {times[d]}", f"【阴山银行】您尾号3391的账户{day}{times[d]}{verbs[w]}人民币"
                                             f"{_g(abs(m))}元，活期余额{_g(b)}元。"))
    y = 110
    for when, s in msgs:
        p.t(195, y, when, 8.5, align="c", color=GREY)
        lines = [s[i:i + 22] for i in range(0, len(s), 22)]
        h = 18 * len(lines) + 14
        p.box(16, y + 10, 318, h, fill=(0.93, 0.93, 0.95), stroke=None, radius=12)
        for k, ln in enumerate(lines):
            p.t(28, y + 30 + k * 18, ln, 10.5)
        y += h + 36
    p.box(16, 790, 358, 32, stroke=(0.8, 0.8, 0.8), radius=15)
    p.t(30, 811, "信息", 10, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

BN = dict(person="Mohd Khairul Azmi bin Jalil", employer="Belait Offshore Catering Sdn Bhd",
          bank="Bank Seria Darussalam Berhad", account="0031-20-118467", staff="BOC-0419")
BN_EARN = [("1001", "Basic Salary", "", "", 1450.00), ("1020", "Offshore Allowance", "12.00", "14 days", 168.00),
           ("1031", "Overtime 1.5x", "10.46", "18.0 hrs", 188.28), ("1040", "Meal Allowance", "", "", 90.00)]
BN_DED = [("2001", "SPK Employee 8.5%", 123.25), ("2003", "SCP Employee 3.5%", 50.75),
          ("2110", "Staff Loan", 150.00), ("2200", "Uniform", 25.00)]


def en_pay_bn_catering_payslip() -> tuple[bytes, dict]:
    """An offshore catering contractor's PAYSLIP (Brunei, A5 landscape): particulars in two columns, dotted dates
    (Pay Period 01.10.2026 - 31.10.2026, Pay Date 31.10.2026), EARNINGS (Code | Description | Rate | Units | Amount)
    and DEDUCTIONS (Code | Description | Amount) side by side, a row of four boxes under them: Gross Earnings | Total
    Deductions | Employer SPK | NET PAY (B$); the pension scheme contributions (SPK, SCP) are deductions."""
    p = Page(landscape(A5))
    gross = _r(sum(v for *_a, v in BN_EARN))
    ded = _r(sum(v for *_a, v in BN_DED))
    net = _r(gross - ded)
    p.t(24, 32, BN["employer"].upper(), 12, bold=True, color=SEA)
    p.t(24, 45, "Lot 3091, Jalan Maulana, Kuala Belait KA1131, Negara Brunei Darussalam", 7.5, color=GREY)
    p.t(571, 34, "PAYSLIP", 16, bold=True, align="r", color=SEA)
    p.line(24, 54, 571, 54, 1, color=SEA)
    left = [("Employee", BN["person"]), ("Staff No.", BN["staff"]), ("Position", "Camp Steward")]
    right = [("Pay Period", "01.10.2026 - 31.10.2026"), ("Pay Date", "31.10.2026"), ("Bank A/C", "BSD ****8467")]
    for k, ((a, b), (c, d)) in enumerate(zip(left, right, strict=True)):
        p.t(24, 72 + k * 14, a, 8, color=GREY)
        p.t(84, 72 + k * 14, b, 8.5, bold=k == 0)
        p.t(320, 72 + k * 14, c, 8, color=GREY)
        p.t(380, 72 + k * 14, d, 8.5)
    er = [("Code", "Earnings", "Rate", "Units", "Amount")] + [(a, b, c, d, _g(v)) for a, b, c, d, v in BN_EARN]
    p.table(24, 120, [32, 110, 40, 50, 62], er, rh=17, size=7.8, aligns=["l", "l", "r", "r", "r"],
            grid=False, hlines=True, head_fill=(0.85, 0.91, 0.95))
    dr = [("Code", "Deductions", "Amount")] + [(a, b, _g(v)) for a, b, v in BN_DED]
    p.table(330, 120, [32, 150, 59], dr, rh=17, size=7.8, aligns=["l", "l", "r"], grid=False, hlines=True,
            head_fill=(0.85, 0.91, 0.95))
    y = 230
    boxes = [("Gross Earnings", _g(gross)), ("Total Deductions", _g(ded)), ("Employer SPK 8.5%", _g(123.25)),
             ("NET PAY (B$)", _g(net))]
    for k, (a, v) in enumerate(boxes):
        x = 24 + k * 138
        last = k == 3
        p.box(x, y, 130, 40, fill=SEA if last else None, stroke=SEA, lw=0.8)
        col = (1, 1, 1) if last else (0, 0, 0)
        p.t(x + 6, y + 13, a, 7.5, color=col)
        p.t(x + 124, y + 32, v, 11 if last else 10, bold=True, align="r", color=col)
    p.t(24, 296, "This is a computer-generated payslip. No signature is required.", 7, color=GREY)
    p.t(24, 307, "Employer contribution shown for information only; it is not part of your pay.", 7, color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


def _bn_rows(net: float) -> list[tuple[str, str, float]]:
    return [
        ("01 OCT 2026", "POS PURCHASE SUPA SAVE KB", -46.35), ("02 OCT 2026", "ATM WDL SERIA BR", -100.00),
        ("04 OCT 2026", "FUND TRF IB TO SITI NORHAYATI", -250.00), ("05 OCT 2026", "BILL PMT DES ELECTRICITY", -38.20),
        ("06 OCT 2026", "POS PURCHASE PETROL KB", -30.00), ("07 OCT 2026", "DEBIT CARD FEE", -1.00),
        ("08 OCT 2026", "BILL PMT DST MOBILE", -25.00), ("09 OCT 2026", "POS PURCHASE HUA HO KB", -62.80),
        ("11 OCT 2026", "ATM WDL KUALA BELAIT", -80.00), ("12 OCT 2026", "POS PURCHASE PETROL KB", -30.00),
        ("14 OCT 2026", "FUND TRF IB FROM JALIL BIN AHMAD", 150.00), ("15 OCT 2026", "STANDING ORDER CAR LOAN", -412.00),
        ("16 OCT 2026", "POS PURCHASE SUPA SAVE KB", -53.15), ("18 OCT 2026", "ATM WDL SERIA BR", -60.00),
        ("19 OCT 2026", "POS PURCHASE PHARMACY KB", -18.40), ("21 OCT 2026", "FUND TRF IB TO SITI NORHAYATI", -100.00),
        ("22 OCT 2026", "POS PURCHASE PETROL KB", -30.00), ("24 OCT 2026", "POS PURCHASE HUA HO KB", -41.60),
        ("25 OCT 2026", "ATM WDL KUALA BELAIT", -50.00), ("27 OCT 2026", "BILL PMT DES WATER", -9.60),
        ("28 OCT 2026", "POS PURCHASE SUPA SAVE KB", -27.95), ("30 OCT 2026", "PROFIT CREDIT", 0.42),
        ("31 OCT 2026", "SALARY BELAIT OFFSHORE CATERING", net), ("31 OCT 2026", "ATM WDL KUALA BELAIT", -200.00),
    ]


BN_OPEN = 1628.44


def en_stmt_bn_two_page_summary_on_top() -> tuple[bytes, dict]:
    """A Brunei bank's STATEMENT OF ACCOUNT (Savings Account-i) over two A4 pages: the ACCOUNT SUMMARY (Opening
    Balance, Total Withdrawals, Total Deposits, Closing Balance) at the TOP of page 1 beside the address; transactions
    Date (01 OCT 2026) | Description | Withdrawal (B$) | Deposit (B$) | Balance (B$) from page 1 onto page 2, which
    ends with '*** END OF STATEMENT ***' and no totals; the salary credit is the catering payslip's net pay."""
    net = float(en_pay_bn_catering_payslip()[1]["net"])
    rows = _bn_rows(net)
    moves = [m for *_a, m in rows]
    bal = _run(BN_OPEN, moves)
    wd = _r(-sum(m for m in moves if m < 0))
    dp = _r(sum(m for m in moves if m > 0))
    p = Page(A4)

    def head(page):
        p.box(0, 0, 595, 8, fill=GOLD, stroke=None)
        p.t(40, 44, BN["bank"].upper(), 14, bold=True, color=(0.35, 0.28, 0.05))
        p.t(555, 44, "STATEMENT OF ACCOUNT", 11, bold=True, align="r")
        p.t(555, 58, f"Page {page} of 2", 8, align="r", color=GREY)

    cols = [70, 245, 70, 70, 60]

    def table(y, a, b):
        r = [("Date", "Description", "Withdrawal (B$)", "Deposit (B$)", "Balance (B$)")]
        if a == 0:
            r.append(("01 OCT 2026", "BALANCE FROM PREVIOUS STATEMENT", "", "", _g(BN_OPEN)))
        for i in range(a, b):
            d, w, m = rows[i]
            r.append((d, w, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(bal[i])))
        return p.table(40, y, cols, r, rh=18, size=7.6, aligns=["l", "l", "r", "r", "r"], grid=False, hlines=True,
                       head_fill=(0.95, 0.92, 0.82))

    head(1)
    for k, s in enumerate([BN["person"].upper(), "NO. 14, SIMPANG 62-18", "KAMPONG PANDAN", "KUALA BELAIT KA2331"]):
        p.t(40, 90 + k * 13, s, 9)
    p.box(330, 80, 225, 118, stroke=(0.35, 0.28, 0.05), lw=0.7)
    p.t(340, 96, "ACCOUNT SUMMARY", 9, bold=True)
    for k, (a, v) in enumerate([("Account No.", BN["account"]), ("Statement Period", "01.10.2026 - 31.10.2026"),
                                ("Opening Balance", _g(BN_OPEN)), ("Total Withdrawals", _g(wd)),
                                ("Total Deposits", _g(dp)), ("Closing Balance", _g(bal[-1]))]):
        p.t(340, 114 + k * 14, a, 8)
        p.t(548, 114 + k * 14, v, 8.5, align="r", bold=k == 5)
    p.t(40, 160, "Account Type: Savings Account-i", 8.5)
    p.t(40, 174, "Currency: BND", 8.5)
    table(214, 0, 16)
    p.t(40, 800, "Please examine this statement and report any discrepancy within 14 days.", 7.5, color=GREY)
    p.c.showPage()
    head(2)
    p.t(40, 80, f"{BN['person'].upper()}    Account No. {BN['account']}", 8.5)
    y = table(96, 16, len(rows))
    p.t(297, y + 30, "*** END OF STATEMENT ***", 9, bold=True, align="c")
    p.t(40, 800, "Deposits are protected by the Brunei Darussalam Deposit Protection Scheme up to B$50,000.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_pay_bn_labour_supply_slip_staff_number() -> tuple[bytes, dict]:
    """A labour-supply contractor's small pay slip (A6-sized on A5, portrait) that identifies the worker only by
    Staff No. and ID pass colour, not by name (employee absent): the contractor at the top, MONTH: OCTOBER 2026,
    Days Worked x Daily Rate, Overtime, Gross, SCP and accommodation deducted, NETT in a box; signed 'Received by'
    with a thumbprint box."""
    p = Page((298, 420))
    days, rate, ot = 26, 22.00, 41.25
    gross = _r(days * rate + ot)
    deds = [("SCP 3.5%", _r(gross * 0.035)), ("Accommodation", 60.00), ("Transport", 20.00)]
    ded = _r(sum(v for _k, v in deds))
    net = _r(gross - ded)
    p.t(149, 30, "SERI ANDALAN MANPOWER SUPPLY", 10.5, bold=True, align="c")
    p.t(149, 42, "Seria, Belait District", 7.5, align="c", color=GREY)
    p.t(149, 62, "PAY SLIP", 11, bold=True, align="c")
    p.t(20, 82, "MONTH: OCTOBER 2026", 8.5, bold=True)
    p.t(20, 96, "Staff No.: SAM-2281    Pass: Green    Site: Lumut", 8)
    p.line(20, 104, 278, 104, 0.6)
    lines = [(f"Days Worked {days} x B${rate:.2f}", _g(days * rate)), ("Overtime", _g(ot)), ("GROSS", _g(gross))]
    lines += [(k, f"({_g(v)})") for k, v in deds]
    y = 120
    for a, v in lines:
        p.t(24, y, a, 8.5, bold=a == "GROSS")
        p.t(274, y, v, 8.5, align="r", bold=a == "GROSS")
        y += 16
    p.box(150, y, 128, 26, lw=1)
    p.t(158, y + 17, "NETT B$", 9, bold=True)
    p.t(272, y + 17, _g(net), 10, bold=True, align="r")
    p.t(24, y + 60, "Received by: ____________", 8)
    p.box(200, y + 44, 60, 40, lw=0.5)
    p.t(230, y + 94, "R. Thumb", 6.5, align="c", color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


def en_med_bn_clinic_official_receipt_2025() -> tuple[bytes, dict]:
    """A private clinic's OFFICIAL RECEIPT (Brunei, A5 portrait): receipt number and date 22.09.2025 at the right,
    'Received from' the patient, Particulars | B$ with consultation, medicines, dressing, TOTAL and 'Paid by: Cash';
    September 2025, more than a year old (stale)."""
    p = Page(A5)
    items = [("Consultation", 20.00), ("Medication (5 items)", 34.50), ("Wound dressing", 15.00),
             ("Injection", 12.00)]
    total = _r(sum(v for _k, v in items))
    p.t(210, 40, "KLINIK RAHMAT PANAGA", 13, bold=True, align="c", color=FOREST)
    p.t(210, 54, "Simpang 1, Jalan Tengah, Panaga, Seria KB2933  Tel: 3337421", 7.5, align="c")
    p.t(210, 80, "OFFICIAL RECEIPT", 11, bold=True, align="c")
    p.t(390, 100, "No.: 25/04117", 8.5, align="r")
    p.t(390, 114, "Date: 22.09.2025", 8.5, align="r")
    p.t(30, 134, "Received from: Nurul Hidayah binti Abdul Karim", 9)
    p.t(30, 148, "IC No.: 01-0****8", 8.5)
    rows = [("Particulars", "B$")] + [(a, _g(v)) for a, v in items] + [("TOTAL", _g(total))]
    p.table(30, 162, [270, 90], rows, rh=20, size=9, aligns=["l", "r"], head_fill=(0.88, 0.94, 0.88))
    p.t(30, 300, "Paid by: Cash", 9)
    p.t(30, 330, "Thank you. Get well soon.", 8, color=GREY)
    p.t(300, 340, "Cashier: Aidah", 8.5)
    return p.pdf(), {"total": _p(total)}


def en_other_bn_medical_certificate() -> tuple[bytes, dict]:
    """Look-alike: a clinic doctor's MEDICAL CERTIFICATE (sick leave: 'unfit for duty' for three days), the patient's
    name and the doctor's stamp, no charges: a certificate, not a bill (other)."""
    p = Page(A5)
    p.t(210, 40, "KLINIK RAHMAT PANAGA", 13, bold=True, align="c", color=FOREST)
    p.t(210, 54, "Simpang 1, Jalan Tengah, Panaga, Seria KB2933", 7.5, align="c")
    p.t(210, 90, "MEDICAL CERTIFICATE", 13, bold=True, align="c")
    p.t(390, 112, "Serial: MC 0088231", 8.5, align="r")
    body = ["This is to certify that I have examined", f"Mr {BN['person']}", "and found him unfit for duty for",
            "3 (three) days from 13.10.2026 to 15.10.2026", "inclusive.", "",
            "Remarks: acute lower back strain."]
    for k, s in enumerate(body):
        p.t(40, 150 + k * 22, s, 10.5, bold=k in (1, 3))
    p.t(40, 360, "Date: 13.10.2026", 9.5)
    p.hand(250, 420, "Dr. Hjh Z.", 15, key="mc-sign")
    p.line(230, 430, 380, 430, 0.5)
    p.t(305, 444, "Medical Officer", 8.5, align="c")
    p.box(250, 460, 130, 40, stroke=(0.2, 0.3, 0.6), lw=1.2)
    p.t(315, 476, "DR HJH ZAINAB HJ ALI", 7.5, align="c", color=(0.2, 0.3, 0.6))
    p.t(315, 490, "MMC 1174 KLINIK RAHMAT", 7.5, align="c", color=(0.2, 0.3, 0.6))
    return p.pdf(), {}


CM = dict(person="Ebenezer Ndive Molua", issuer="Mabeta Palm Oil Mill Ltd", bank="Fako Commercial Bank Plc",
          account="10042 00871 33691402 57")
CM_SEVERANCE = 1245000


def en_unemp_cm_palm_mill_termination_letter() -> tuple[bytes, dict]:
    """A palm oil mill's letter of termination for economic reasons (Cameroon, A4): letterhead with 'B.P.' and a
    taxpayer number, 'Limbe, October 16, 2026' (Month d, yyyy), Ref. number, the worker's name and address block,
    SUBJECT line, the numbered paragraphs (the press line closed, notice paid in lieu, terminal benefits of FCFA
    1,245,000 to the worker's account, a work certificate enclosed), the Managing Director's signature."""
    p = Page(A4)
    p.t(297, 50, CM["issuer"].upper(), 16, bold=True, align="c", color=RUST)
    p.t(297, 66, "B.P. 214 Limbe, South West Region, Cameroon  ·  Tel. (+237) 233 33 21 07  ·  NIU M0412 0008 771 K",
        7.5, align="c")
    p.line(60, 76, 535, 76, 1.5, color=RUST)
    p.t(535, 104, "Limbe, October 16, 2026", 10, align="r")
    p.t(60, 104, "Ref.: MPOM/HR/TL/2026/0117", 9)
    for k, s in enumerate([f"Mr {CM['person']}", "Mat. No. 0583, Press Station", "Mile 4, Limbe"]):
        p.t(60, 140 + k * 14, s, 10)
    p.t(60, 200, "SUBJECT: TERMINATION OF EMPLOYMENT FOR ECONOMIC REASONS", 10.5, bold=True)
    paras = [
        ["1.  Following the consultation of staff delegates on 2 October 2026 and the notification of the Labour",
         "     Inspectorate for the South West, the Management has closed the second press line of the mill."],
        ["2.  As your post of Press Operator on that line has been abolished and no other post could be offered",
         "     to you, your contract of employment is terminated with effect from October 16, 2026."],
        ["3.  Your notice period will be paid in lieu. Your terminal benefits, computed in accordance with the",
         "     Labour Code and the Collective Agreement, amount to FCFA 1,245,000 and will be transferred to your",
         "     account with Fako Commercial Bank."],
        ["4.  Your work certificate is enclosed. We thank you for your eleven years of service."],
    ]
    y = 232
    for para in paras:
        for s in para:
            p.t(60, y, s, 9.8)
            y += 15
        y += 10
    p.t(60, y + 10, "Yours faithfully,", 10)
    p.hand(70, y + 52, "J. Ekema", 17, key="cm-sign", color=(0.05, 0.05, 0.3))
    p.t(60, y + 76, "Joseph Ekema Mbella", 10, bold=True)
    p.t(60, y + 90, "Managing Director", 9.5)
    p.t(60, y + 124, "Encl.: Work certificate    cc: Labour Inspectorate, Limbe; CNPS; File", 8.5, color=GREY)
    return p.pdf(), {}


CM_ROWS = [
    ("02-10-2026", "02-10-2026", "CASH WITHDRAWAL LIMBE BR", -50000),
    ("05-10-2026", "05-10-2026", "SALARY SEPT 2026 MABETA POM", 168400),
    ("06-10-2026", "06-10-2026", "MOBILE WALLET TRF OUT", -60000),
    ("09-10-2026", "09-10-2026", "SCHOOL FEES GBHS LIMBE", -45000),
    ("13-10-2026", "13-10-2026", "CASH WITHDRAWAL ATM DOWN BEACH", -30000),
    ("20-10-2026", "21-10-2026", "TERMINAL BENEFITS MABETA POM", CM_SEVERANCE),
    ("22-10-2026", "22-10-2026", "LOAN REPAYMENT 0871-LN-2207", -215500),
    ("23-10-2026", "23-10-2026", "CASH WITHDRAWAL LIMBE BR", -100000),
    ("31-10-2026", "31-10-2026", "ACCOUNT MAINTENANCE FEE", -2500),
    ("31-10-2026", "31-10-2026", "TAX ON FEES 19.25%", -481),
]
CM_OPEN = 41260


def en_stmt_cm_fcfa_value_date_statement() -> tuple[bytes, dict]:
    """A Cameroonian bank's STATEMENT OF ACCOUNT (A4) in FCFA without decimals: the account key as bank-branch-
    account-key groups, Period: 01-10-2026 to 31-10-2026 (dd-mm-yyyy), columns Trans. Date | Value Date | Narrative
    | Debit | Credit | Balance, an Opening Balance line and a Closing Balance line inside the table; the terminal
    benefits the termination letter promises arrive on 20-10-2026."""
    p = Page(A4)
    moves = [m for *_a, m in CM_ROWS]
    bal = _run(CM_OPEN, moves)
    p.box(40, 36, 40, 40, fill=PLUM, stroke=None)
    p.t(60, 62, "F", 22, bold=True, align="c", color=(1, 1, 1))
    p.t(90, 52, CM["bank"], 14, bold=True, color=PLUM)
    p.t(90, 66, "Limbe Branch · Church Street · B.P. 88 Limbe", 8, color=GREY)
    p.t(297, 110, "STATEMENT OF ACCOUNT", 12, bold=True, align="c")
    info = [("Customer", CM["person"].upper()), ("Account", CM["account"]), ("Currency", "XAF (FCFA)"),
            ("Period", "01-10-2026 to 31-10-2026"), ("Product", "Current Account - Salaried")]
    for k, (a, b) in enumerate(info):
        p.t(40, 136 + k * 14, a, 8.5, color=GREY)
        p.t(110, 136 + k * 14, b, 9)
    rows = [("Trans. Date", "Value Date", "Narrative", "Debit", "Credit", "Balance"),
            ("", "", "OPENING BALANCE", "", "", _x(CM_OPEN))]
    for (d, v, w, m), b in zip(CM_ROWS, bal, strict=True):
        rows.append((d, v, w, _x(-m) if m < 0 else "", _x(m) if m > 0 else "", _x(b)))
    rows.append(("", "", "CLOSING BALANCE", "", "", _x(bal[-1])))
    y = p.table(40, 216, [60, 60, 190, 68, 68, 69], rows, rh=18, size=7.8, aligns=["l", "l", "l", "r", "r", "r"],
                head_fill=(0.92, 0.88, 0.92))
    p.t(40, y + 24, "Amounts in FCFA. Any error or omission should be reported to the branch within 30 days.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": f"{bal[-1]:.2f}"}


def en_other_cm_mobile_money_history_screen() -> tuple[bytes, dict]:
    """Look-alike: a mobile-money wallet's transaction history screen (Cameroon): the wallet's balance in FCFA, a
    list of transfers, airtime and a cash-out with fees; an e-money wallet held with a telecom operator, not an
    account at a bank: other (as independent13.json judged a mobile-money wallet statement)."""
    p = Page(PHONE)
    _phone_top(p, "14:22", dark=True)
    p.box(0, 0, 390, 190, fill=(0.98, 0.75, 0.05), stroke=None)
    _phone_top(p, "14:22")
    p.t(24, 70, "KolaPay Money", 15, bold=True)
    p.t(24, 100, "Available balance", 10)
    p.t(24, 130, "FCFA 23,150", 24, bold=True)
    p.t(24, 160, "Wallet 6 77 ** ** 18", 10)
    p.t(24, 218, "Transaction history", 13, bold=True)
    items = [("Transfer received", "From 6 99 ** ** 40", "+60,000", "06 Oct, 10:12"),
             ("Cash out", "Agent 3120 Mile 4 · fee 1,200", "-40,000", "07 Oct, 17:45"),
             ("Airtime", "Self", "-2,000", "09 Oct, 08:03"),
             ("Transfer sent", "To 6 51 ** ** 77 · fee 250", "-10,250", "14 Oct, 19:30"),
             ("Bill payment", "ENEO prepaid", "-5,000", "18 Oct, 12:11")]
    y = 240
    for a, b, c, d in items:
        p.line(16, y, 374, y, 0.3, color=(0.8, 0.8, 0.8))
        p.t(24, y + 22, a, 11, bold=True)
        p.t(24, y + 40, b, 9, color=GREY)
        p.t(366, y + 22, c, 11, bold=True, align="r", color=(0.1, 0.5, 0.2) if c.startswith("+") else (0, 0, 0))
        p.t(366, y + 40, d, 9, align="r", color=GREY)
        y += 58
    p.t(195, y + 30, "E-money issued under licence. Not a bank deposit.", 8, align="c", color=GREY)
    return p.pdf(), {}


WS = dict(person="Losa Fuimaono", employer="Vaitele Bottling Company Ltd", bank="Upolu Savings Bank",
          clinic="Apia Bayside Medical Centre")
WS_FORTNIGHT = 840.00


def en_income_ws_bottling_salary_letter() -> tuple[bytes, dict]:
    """A bottling company's letter confirming employment and salary (Samoa, A4): 'Dated this 2nd day of November
    2026', 'TO WHOM IT MAY CONCERN', prose giving the position, the start date and a fortnightly gross salary of WST
    840.00 (no monthly figure printed: monthly income 840.00 x 26 / 12 = 1,820.00), the HR officer's signature and
    the company stamp."""
    p = Page(A4)
    p.t(60, 56, WS["employer"], 16, bold=True, color=SEA)
    p.t(60, 72, "Vaitele Industrial Estate, P.O. Box 1183, Apia, Samoa   |   Ph 26 114", 8.5, color=GREY)
    p.line(60, 82, 535, 82, 0.8, color=SEA)
    p.t(60, 124, "Dated this 2nd day of November 2026", 10.5)
    p.t(60, 164, "TO WHOM IT MAY CONCERN", 11, bold=True)
    paras = [
        f"This letter confirms that {WS['person']} has been employed by {WS['employer']} since",
        "14 February 2022. She currently works as a Line Operator on our bottling floor on a permanent,",
        "full-time basis.",
        "",
        f"Her gross salary is WST {_g(WS_FORTNIGHT)} per fortnight, paid by direct credit to her account with",
        "Upolu Savings Bank. Deductions for the National Provident Fund and income tax are made from this",
        "amount as required by law.",
        "",
        "This letter is issued at her request for the purpose of a loan application and carries no liability",
        "on the part of the Company.",
    ]
    for k, s in enumerate(paras):
        p.t(60, 196 + k * 17, s, 10)
    p.t(60, 396, "Faafetai,", 10)
    p.hand(64, 440, "T. Leavasa", 17, key="ws-sign", color=(0.05, 0.05, 0.35))
    p.t(60, 462, "Tauiliili Leavasa", 10, bold=True)
    p.t(60, 476, "Human Resources Officer", 9.5)
    p.box(340, 410, 170, 70, stroke=(0.55, 0.1, 0.4), lw=1.4, radius=8)
    p.t(425, 434, "VAITELE BOTTLING CO. LTD", 8, bold=True, align="c", color=(0.55, 0.1, 0.4))
    p.t(425, 450, "0 2  NOV  2026", 10, bold=True, align="c", color=(0.55, 0.1, 0.4))
    p.t(425, 466, "HUMAN RESOURCES", 7.5, align="c", color=(0.55, 0.1, 0.4))
    return p.pdf(), {"monthly": _p(WS_FORTNIGHT * 26 / 12)}


WS_ROWS = [
    ("31 Oct", "EFTPOS Farmer Joe Vaitele", -47.60), ("30 Oct", "Salary VAITELE BOTTLING", 712.40),
    ("28 Oct", "Transfer to F. Fuimaono", -150.00), ("24 Oct", "ATM Beach Road", -200.00),
    ("22 Oct", "Digicel top-up", -20.00), ("19 Oct", "EFTPOS Bayside Medical Ctr", -100.00),
    ("16 Oct", "Salary VAITELE BOTTLING", 712.40), ("13 Oct", "EPC Cashpower", -50.00),
    ("09 Oct", "Church donation", -60.00), ("05 Oct", "ATM Beach Road", -300.00),
    ("02 Oct", "Salary VAITELE BOTTLING", 712.40),
]
WS_OPEN = 85.25


def en_stmt_ws_bank_app_statement_screen() -> tuple[bytes, dict]:
    """A savings bank's app screen 'Statement' (Samoa): the account (Everyday Account, number ending 2207, the
    holder), a period picker 01 Oct 2026 - 31 Oct 2026, an Opening / Closing balance pair, transactions newest first
    with signed amounts and no running balance; fortnightly salary credits."""
    p = Page(PHONE)
    chrono = list(reversed(WS_ROWS))
    bal = _run(WS_OPEN, [m for *_a, m in chrono])
    _phone_top(p, "9:41")
    p.t(24, 68, "‹  Statement", 15, bold=True)
    p.box(16, 84, 358, 76, fill=(0.0, 0.36, 0.33), stroke=None, radius=12)
    p.t(30, 108, WS["bank"], 11, bold=True, color=(1, 1, 1))
    p.t(30, 128, "Everyday Account  ••• 2207", 10, color=(1, 1, 1))
    p.t(30, 146, WS["person"], 10, color=(0.85, 1, 0.95))
    p.box(16, 170, 358, 30, stroke=(0.75, 0.75, 0.75), radius=6)
    p.t(28, 190, "01 Oct 2026 - 31 Oct 2026", 10.5)
    p.t(362, 190, "Change", 10, align="r", color=(0.0, 0.36, 0.33))
    p.t(28, 224, "Opening balance", 9.5, color=GREY)
    p.t(28, 242, f"WST {_g(WS_OPEN)}", 12, bold=True)
    p.t(362, 224, "Closing balance", 9.5, align="r", color=GREY)
    p.t(362, 242, f"WST {_g(bal[-1])}", 12, bold=True, align="r")
    y = 262
    for d, w, m in WS_ROWS:
        p.line(16, y, 374, y, 0.3, color=(0.85, 0.85, 0.85))
        p.t(24, y + 20, w, 10.5)
        p.t(24, y + 36, f"{d} 2026", 8.5, color=GREY)
        p.t(366, y + 26, f"{'+' if m > 0 else '-'}{_g(abs(m))}", 11, align="r",
            color=(0.0, 0.45, 0.2) if m > 0 else (0, 0, 0))
        y += 48
    return p.pdf(), {"closing": _p(bal[-1])}


WS_ITEMS = [("GP consultation (after hours)", 1, 85.00), ("Wound suturing, 4 sutures", 1, 160.00),
            ("Tetanus toxoid injection", 1, 45.00), ("Amoxicillin 500mg x 15", 1, 32.50),
            ("Dressing pack", 2, 12.00)]


def en_med_ws_medical_centre_invoice() -> tuple[bytes, dict]:
    """A private medical centre's INVOICE (Samoa, A4): the centre's block at the left, INVOICE with Invoice No. and
    Date 19/10/2026 in a box at the right, the patient and the attending doctor, Description | Qty | Unit Price |
    Total, Invoice Total then Amount Paid (WST 100.00 by EFTPOS) and Balance Due; total = the invoice total."""
    p = Page(A4)
    total = _r(sum(q * u for _d, q, u in WS_ITEMS))
    paid = 100.00
    p.t(40, 52, WS["clinic"], 15, bold=True, color=(0.0, 0.36, 0.33))
    for k, s in enumerate(["Beach Road, Matautu, Apia", "Ph 24 907  ·  bayside.clinic@samoa.example",
                           "TIN 108-442-6"]):
        p.t(40, 68 + k * 12, s, 8.5, color=GREY)
    p.box(380, 36, 175, 64, stroke=(0.0, 0.36, 0.33), lw=0.8)
    p.t(467, 54, "INVOICE", 13, bold=True, align="c")
    p.t(390, 74, "Invoice No.", 8.5)
    p.t(545, 74, "BMC-26-04418", 8.5, align="r")
    p.t(390, 90, "Date", 8.5)
    p.t(545, 90, "19/10/2026", 8.5, align="r")
    p.t(40, 140, "Patient", 8.5, color=GREY)
    p.t(40, 154, WS["person"], 10.5, bold=True)
    p.t(40, 168, "Vaitele-uta, Faleata", 9)
    p.t(300, 140, "Attending", 8.5, color=GREY)
    p.t(300, 154, "Dr Sione Alapati", 10)
    p.t(300, 168, "Visit: 19/10/2026 21:40", 9)
    rows = [("Description", "Qty", "Unit Price", "Total")]
    rows += [(d, str(q), _g(u), _g(q * u)) for d, q, u in WS_ITEMS]
    y = p.table(40, 196, [295, 40, 90, 90], rows, rh=22, size=9, aligns=["l", "r", "r", "r"], grid=False,
                hlines=True, head_fill=(0.88, 0.94, 0.93))
    for k, (a, v) in enumerate([("Invoice Total (WST)", total), ("Amount Paid (EFTPOS)", paid),
                                ("Balance Due (WST)", _r(total - paid))]):
        p.t(420, y + 24 + k * 18, a, 9.5, bold=k != 1, align="r")
        p.t(555, y + 24 + k * 18, _g(v), 9.5, bold=k != 1, align="r")
    p.t(40, y + 110, "Please settle the balance within 30 days. Payment by cash, EFTPOS or direct credit to", 8.5)
    p.t(40, y + 122, "Upolu Savings Bank 02-0418-33. Quote the invoice number.", 8.5)
    return p.pdf(), {"total": _p(total)}


def en_other_ws_remittance_receipt() -> tuple[bytes, dict]:
    """Look-alike: a money-transfer agent's RECEIVE RECEIPT (Samoa, 80 mm roll): a family remittance from New
    Zealand paid out in tala (sender, receiver, NZD sent, exchange rate, WST paid); money from relatives, not an
    employer's proof of income (other)."""
    p = Page((226, 460))
    p.t(113, 28, "SAVAII PACIFIC REMIT", 10.5, bold=True, align="c")
    p.t(113, 42, "Agent 017 · Salelologa Wharf Rd", 7.5, align="c")
    p.t(113, 64, "RECEIVE RECEIPT", 10, bold=True, align="c")
    lines = [("Date", "23/10/2026 11:08"), ("Ref No.", "SPR-7731-0925"), ("Sender", "M. FUIMAONO"),
             ("Country", "New Zealand"), ("Receiver", "L. FUIMAONO"), ("ID", "Passport ****318"), ("", ""),
             ("Sent NZD", "250.00"), ("Rate", "1.5824"), ("Paid WST", "395.60"), ("Fee", "Paid by sender")]
    y = 88
    for a, b in lines:
        p.t(10, y, a, 8.5)
        p.t(216, y, b, 8.5, align="r", bold=a == "Paid WST")
        y += 15
    p.t(10, y + 10, "Receiver signature:", 8)
    p.hand(110, y + 12, "L. Fuimaono", 12, key="remit")
    p.t(113, y + 46, "Faafetai for choosing us", 8, align="c")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set

DIM = dict(exposure=0.68, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-putian-shoe-piece-slip": dict(
        draw=zh_pay_putian_shoe_piece_slip, type="payslip", lang="zh",
        fields={"employer": PT["employer"], "employee": PT["person"], "period": "2026-10", "gross_pay": "5120.00",
                "net_pay": "3731.14"},
        forms={"photo": dict(desk="wood", angle=-2.6, persp=0.09, blur=1.1, quality=62, falloff=0.5), "text": {}},
        note="a shoe factory's 计件工资单 on A5 landscape in three blocks: 员工信息 at the left (姓名, 工号, 车间, 月份 "
             "2026年10月, 发放 2026-11-12), the piece table in the middle (款号 | 工序 | 数量 | 单价 | 金额, 计件小计), the "
             "summary at the right (计件工资, allowances, 应发合计, deductions as negatives, 实发工资 boxed); figures "
             "without thousands separators; the worker's pen signature at the foot"),
    "zh-stmt-putian-rcb-two-page-compact-dates": dict(
        draw=zh_stmt_putian_rcb_two_page, type="bank_statement", lang="zh",
        fields={"bank": PT["bank"], "account_holder": PT["person"],
                "account_number": [PT["account"].replace(" ", ""), PT["account"]], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "1679.42"},
        forms={"text": {}, "scan": {}},
        note="a rural commercial bank's 账户交易明细清单 over two A4 pages: 户名 / 账号 / 币种 / 查询期间 20261001-20261031 "
             "in a ruled head, 序号 | 交易日期 (yyyymmdd, 20261012) | 时间 | 摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额 | "
             "渠道; 期初余额 above the table on page 1, rows 1-18 on page 1 and the rest on page 2, then 借方合计 / 贷方合计 "
             "/ 交易笔数 and 期末余额 under the table on page 2 with the branch's 业务专用章"),
    "zh-unemp-zhoushan-fishing-termination-notice": dict(
        draw=zh_unemp_zhoushan_fishing_termination_notice, type="unemployment_proof", lang="zh",
        fields={"person": ZS["person"], "issuer": ZS["employer"], "date": "2026-10-20"},
        forms={"photo": dict(desk="laminate", angle=2.2, persp=0.1, blur=1.15, quality=60, crumple=0.5, falloff=0.45,
                             hand="right"), "scan": {}},
        note="a fishing company's 终止劳动合同通知书 on its letterhead (A4): 编号 远渔人字〔2026〕第031号, the crew member's "
             "name with a masked ID number, a paragraph on the contract and the reason (the boat scrapped under a "
             "减船转产 plan, 劳动合同法 第四十条), the last day 2026年10月20日 in the prose, dated in Chinese numerals "
             "二〇二六年十月二十日 under the 人事专用章, a tear-off 签收回执 signed by pen; an unemployment proof (the "
             "employer's notice ending the contract, issued for the 失业登记)"),
    "zh-stmt-zhoushan-bank-app-month-list": dict(
        draw=zh_stmt_zhoushan_bank_app_month_list, type="bank_statement", lang="zh",
        fields={"bank": ZS["bank"], "account_holder": ZS["person"], "account_number": ZS["tail"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "34079.54"},
        forms={"image": {}},
        note="a city bank's app screen 收支明细: a card with 借记卡 尾号6613 and the 户名, a filter bar "
             "2026.10.01-2026.10.31, the month's 支出 / 收入 totals, one row per transaction newest first with the "
             "signed amount at the right and 余额 under it in grey (the newest row's is the closing balance); the "
             "经济补偿 from the fishing company on 10月21日"),
    "zh-income-shouguang-coop-year-income-certificate": dict(
        draw=zh_income_shouguang_coop_certificate, type="income_proof", lang="zh",
        fields={"employer": SG["employer"], "employee": SG["person"], "monthly_income": "4160.00",
                "date": "2026-11-06"},
        forms={"photo": dict(desk="cloth", angle=-1.8, persp=0.08, blur=1.05, quality=63, falloff=0.5, fold=0.5),
               "text": {}},
        note="a vegetable co-operative's 收入证明 as a ruled form (A4): 姓名 / 性别 / 身份证号 / 工作单位 / 工作岗位 / 入社时间 "
             "/ 近一年收入合计 49,920.00元 with its 大写, a sentence saying the pay is monthly by bank transfer and the "
             "sum covers 2025年11月 to 2026年10月, the co-operative's seal, 开具日期 2026年11月6日; no monthly figure "
             "printed (monthly income 49,920.00 / 12 = 4,160.00); an income proof"),
    "zh-stmt-shouguang-counter-landscape-teller-columns": dict(
        draw=zh_stmt_shouguang_counter_landscape, type="bank_statement", lang="zh",
        fields={"bank": SG["bank"], "account_holder": SG["person"],
                "account_number": [SG["account"].replace(" ", ""), SG["account"]], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "4198.17"},
        forms={"scan": {}, "photo": dict(desk="wood", angle=-3.4, persp=0.11, blur=1.2, quality=58, **DIM)},
        note="a rural bank's 个人活期账户明细对账单 printed at the counter on A4 landscape: a header grid (户名, 账号, 币种, "
             "开户网点, 起止日期 2026/10/01至2026/10/31, 账户类型), 上期结余 as the first row, 记账日期 | 流水号 | 摘要 | 支出 "
             "| 存入 | 结余 | 柜员 | 网点, no totals, the print date and the 业务专用章 at the foot; the co-operative's "
             "代发 4,160.00 on 2026/10/09; the photo dim"),
    "zh-med-shouguang-chronic-disease-thermal-slip": dict(
        draw=zh_med_shouguang_chronic_thermal_slip, type="medical_bill", lang="zh",
        fields={"provider": SG["hospital"], "patient": SG["person"], "date": "2026-10-27",
                "total": ["168.10", "67.24"]},
        forms={"photo": dict(desk="dark", angle=4.4, persp=0.12, blur=1.2, quality=60, exposure=0.9, falloff=0.45),
               "text": {}},
        note="a county hospital's self-service 80 mm thermal 门诊慢特病结算单: the hospital, 姓名 / 性别 年龄 / 病种 / 科室 / "
             "医保类型 / 流水号 / 结算时间 2026-10-27 09:41:12 one per line, dashed rules, each item as its name over its "
             "quantity with the amount at the right, then 医疗总费用, 统筹基金支付 and 个人现金支付 (the total and the "
             "patient's own share); a medical bill"),
    "zh-other-shouguang-lab-report": dict(
        draw=zh_other_shouguang_lab_report, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=1.6, persp=0.07, blur=1.0, quality=64, falloff=0.4)},
        note="look-alike: the same hospital's 检验报告单 (A5 landscape, unruled): the patient's particulars on one line, "
             "项目 | 结果 | ↑ | 参考范围 | 单位 for a blood-sugar and lipid panel, the doctors and the report time; "
             "results, no money: a laboratory report, not a medical bill (other)"),
    "zh-pay-baotou-steel-e-payslip": dict(
        draw=zh_pay_baotou_steel_e_payslip, type="payslip", lang="zh",
        fields={"employer": BT["employer"], "employee": BT["person"], "period": "2026-10", "gross_pay": "5680.00",
                "net_pay": "4515.60"},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.2, persp=0.06, blur=1.0, quality=64, falloff=0.4)},
        note="a steel fabricator's e-mailed 电子工资单 (A4, the upper half used): a grey title band with the company at "
             "the right, 员工 / 工号 / 部门 / 所属期间 2026-10 / 发放日期 2026-11-10 on one line, stacked sections 出勤信息 / "
             "应发项目 / 扣款项目 each a two-across list of item and amount (zero items printed), 应发合计 and 扣款合计 "
             "closing their sections, 实发金额 in a box with its 大写"),
    "zh-stmt-baotou-atm-detail-slip-no-name": dict(
        draw=zh_stmt_baotou_atm_detail_slip, type="bank_statement", lang="zh",
        fields={"bank": BT["bank"], "account_number": ["3391", "6228****3391"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "1598.27"},
        absent=["account_holder"],
        forms={"photo": dict(desk="dark", angle=-5.0, persp=0.13, blur=1.25, quality=58, hand="bottom", **DIM)},
        note="an ATM's 账户明细查询凭条 (80 mm roll): the bank, 卡号 6228****3391, 查询区间 2026-10-01 至 2026-10-31, "
             "terminal and print time, MM-DD | 摘要 | signed 金额 | 余额 rows, 当前余额 last; no holder's name anywhere "
             "(account_holder absent); photographed dim, held by a thumb"),
    "zh-med-baotou-health-station-receipt-2025": dict(
        draw=zh_med_baotou_health_station_receipt_2025, type="medical_bill", lang="zh",
        fields={"provider": "包头市青山区富强路社区卫生服务站", "patient": "乌云其其格", "date": "2025-09-03",
                "total": "185.40"},
        forms={"photo": dict(desk="laminate", angle=-2.0, persp=0.09, blur=1.15, quality=60, falloff=0.5)},
        note="a community health station's 门诊收费收据 (A5 landscape, blue print, red serial number) filled in by pen: "
             "姓名 and 日期 2025年9月3日 by hand, 收费项目 | 金额 two across, 合计 in 大写 and 小写, 收款人 and the "
             "收费专用章; September 2025, more than a year old (stale for a medical hardship)"),
    "zh-other-putian-wage-advance-application": dict(
        draw=zh_other_putian_wage_advance_form, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=3.0, persp=0.1, blur=1.1, quality=62, falloff=0.45)},
        note="look-alike: a shoe factory's 预支工资申请单 filled in by pen (申请人, 工号, 车间, 申请金额 小写 / 大写, 事由, "
             "扣回方式, three signatures, 申请日期): an advance asked for, not wages paid (other)"),
    "zh-other-baotou-bank-text-alerts-screen": dict(
        draw=zh_other_baotou_bank_sms_alerts_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a messages screen with a bank's 动账通知 texts for one card (尾号3391: a wage credit, a "
             "transfer, a purchase, a withdrawal, each with the balance after it); alerts with no period, no holder "
             "and no full account number: not a statement (other)"),
    "en-pay-bn-catering-payslip-dotted-dates": dict(
        draw=en_pay_bn_catering_payslip, type="payslip", lang="en",
        fields={"employer": [BN["employer"], BN["employer"].upper()], "employee": BN["person"], "period": "2026-10",
                "gross_pay": "1896.28", "net_pay": "1547.28"},
        forms={"photo": dict(desk="laminate", angle=-1.5, persp=0.07, blur=1.0, quality=64, falloff=0.45), "text": {}},
        note="an offshore catering contractor's PAYSLIP (Brunei, A5 landscape): particulars in two columns with dotted "
             "dates (Pay Period 01.10.2026 - 31.10.2026, Pay Date 31.10.2026), EARNINGS (Code | Earnings | Rate | Units "
             "| Amount) and DEDUCTIONS (Code | Deductions | Amount) side by side and unruled, then four boxes across: "
             "Gross Earnings | Total Deductions | Employer SPK 8.5% (information only) | NET PAY (B$)"),
    "en-stmt-bn-two-page-summary-on-top": dict(
        draw=en_stmt_bn_two_page_summary_on_top, type="bank_statement", lang="en",
        fields={"bank": [BN["bank"], BN["bank"].upper()], "account_holder": [BN["person"].upper(), BN["person"]],
                "account_number": [BN["account"], BN["account"].replace("-", "")], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "1660.09"},
        forms={"text": {}, "scan": {}},
        note="a Brunei bank's STATEMENT OF ACCOUNT (Savings Account-i) over two A4 pages: an ACCOUNT SUMMARY box "
             "(Account No., Statement Period 01.10.2026 - 31.10.2026, Opening Balance, Total Withdrawals, Total "
             "Deposits, Closing Balance) at the top of page 1 beside the address; Date (01 OCT 2026) | Description | "
             "Withdrawal (B$) | Deposit (B$) | Balance (B$) from page 1 onto page 2, which ends '*** END OF STATEMENT "
             "***' with no totals; the salary credit is the catering payslip's net pay"),
    "en-pay-bn-labour-supply-slip-staff-number-only": dict(
        draw=en_pay_bn_labour_supply_slip_staff_number, type="payslip", lang="en",
        fields={"employer": ["Seri Andalan Manpower Supply", "SERI ANDALAN MANPOWER SUPPLY"], "period": "2026-10",
                "gross_pay": "613.25", "net_pay": "511.79"},
        absent=["employee"],
        forms={"photo": dict(desk="cloth", angle=3.8, persp=0.1, blur=1.2, quality=60, crumple=0.4, **DIM),
               "scan": {}},
        note="a labour-supply contractor's small PAY SLIP (portrait, a quarter sheet): MONTH: OCTOBER 2026, the worker "
             "known only by Staff No., pass colour and site (employee absent), Days Worked x daily rate, Overtime, "
             "GROSS, deductions in parentheses, NETT B$ boxed, 'Received by' with a thumbprint box; the photo dim "
             "and creased"),
    "en-med-bn-clinic-official-receipt-2025": dict(
        draw=en_med_bn_clinic_official_receipt_2025, type="medical_bill", lang="en",
        fields={"provider": ["Klinik Rahmat Panaga", "KLINIK RAHMAT PANAGA"],
                "patient": "Nurul Hidayah binti Abdul Karim", "date": "2025-09-22", "total": "81.50"},
        forms={"photo": dict(desk="wood", angle=-3.2, persp=0.1, blur=1.15, quality=61, falloff=0.5)},
        note="a private clinic's OFFICIAL RECEIPT (Brunei, A5): No. and Date 22.09.2025 at the right, 'Received from' "
             "the patient with a masked IC number, Particulars | B$ ruled (consultation, medication, dressing, "
             "injection), TOTAL, 'Paid by: Cash'; September 2025, more than a year old (stale)"),
    "en-other-bn-medical-certificate-sick-leave": dict(
        draw=en_other_bn_medical_certificate, type="other", lang="en", fields={},
        forms={"photo": dict(desk="laminate", angle=2.7, persp=0.08, blur=1.05, quality=63, falloff=0.4)},
        note="look-alike: the clinic doctor's MEDICAL CERTIFICATE (sick leave: unfit for duty for three days from "
             "13.10.2026), the patient's name, the doctor's signature and rubber stamp, no charges: a certificate, not "
             "a bill (other)"),
    "en-unemp-cm-palm-mill-economic-termination-letter": dict(
        draw=en_unemp_cm_palm_mill_termination_letter, type="unemployment_proof", lang="en",
        fields={"person": CM["person"], "issuer": [CM["issuer"], CM["issuer"].upper()], "date": "2026-10-16"},
        forms={"photo": dict(desk="wood", angle=-2.4, persp=0.1, blur=1.15, quality=60, fold=0.36, falloff=0.5),
               "scan": {}},
        note="a palm oil mill's letter of termination for economic reasons (Cameroon, A4): letterhead with B.P. and a "
             "taxpayer number, 'Limbe, October 16, 2026' at the right and the Ref. at the left, the worker's block, "
             "a SUBJECT line, four numbered paragraphs (a press line closed, the post abolished, notice paid in lieu, "
             "terminal benefits of FCFA 1,245,000 to his bank account), the Managing Director's signature and the cc "
             "line; an unemployment proof (the employer's notice of dismissal); the photo folded"),
    "en-stmt-cm-fcfa-value-date-statement": dict(
        draw=en_stmt_cm_fcfa_value_date_statement, type="bank_statement", lang="en",
        fields={"bank": CM["bank"], "account_holder": [CM["person"].upper(), CM["person"]],
                "account_number": [CM["account"], CM["account"].replace(" ", "")], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": ["951179.00", "951179"]},
        forms={"photo": dict(desk="dark", angle=1.9, persp=0.09, blur=1.1, quality=62, exposure=0.85, falloff=0.5),
               "text": {}},
        note="a Cameroonian bank's STATEMENT OF ACCOUNT (A4) in FCFA with no decimals: a square logo, Customer / "
             "Account (bank-branch-account-key groups) / Currency / Period 01-10-2026 to 31-10-2026 / Product, a ruled "
             "table Trans. Date | Value Date | Narrative | Debit | Credit | Balance opened by OPENING BALANCE and "
             "closed by CLOSING BALANCE rows; the mill's terminal benefits credited 20-10-2026 (value 21-10-2026)"),
    "en-other-cm-mobile-money-history-screen": dict(
        draw=en_other_cm_mobile_money_history_screen, type="other", lang="en", fields={},
        forms={"image": {}},
        note="look-alike: a mobile-money wallet's history screen (Cameroon): available balance in FCFA, the wallet "
             "number masked, transfers, a cash-out and airtime with fees, 'Not a bank deposit'; an e-money wallet "
             "with a telecom operator, not a bank account: other, as independent13.json judged a mobile-money wallet "
             "statement"),
    "en-income-ws-bottling-fortnightly-salary-letter": dict(
        draw=en_income_ws_bottling_salary_letter, type="income_proof", lang="en",
        fields={"employer": WS["employer"], "employee": WS["person"], "monthly_income": "1820.00",
                "date": "2026-11-02"},
        forms={"photo": dict(desk="cloth", angle=1.4, persp=0.08, blur=1.05, quality=63, falloff=0.45, shadow=0.3),
               "text": {}},
        note="a bottling company's letter confirming employment and salary (Samoa, A4): 'Dated this 2nd day of "
             "November 2026', TO WHOM IT MAY CONCERN, prose giving the start date, the post and a fortnightly gross "
             "salary of WST 840.00 (no monthly figure printed: 840.00 x 26 / 12 = 1,820.00), the HR officer's "
             "signature and a dated rubber stamp; an income proof"),
    "en-stmt-ws-bank-app-statement-screen": dict(
        draw=en_stmt_ws_bank_app_statement_screen, type="bank_statement", lang="en",
        fields={"bank": WS["bank"], "account_holder": WS["person"], "account_number": "2207",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "1294.85"},
        forms={"image": {}},
        note="a savings bank's app screen 'Statement' (Samoa): a card with the bank, 'Everyday Account ••• 2207' and "
             "the holder, a period picker 01 Oct 2026 - 31 Oct 2026, Opening balance and Closing balance side by side "
             "in WST, transactions newest first with signed amounts and no running balance (three fortnightly salary "
             "credits)"),
    "en-med-ws-medical-centre-invoice-balance-due": dict(
        draw=en_med_ws_medical_centre_invoice, type="medical_bill", lang="en",
        fields={"provider": WS["clinic"], "patient": WS["person"], "date": "2026-10-19", "total": "346.50"},
        forms={"photo": dict(desk="wood", angle=-2.8, persp=0.1, blur=1.1, quality=61, falloff=0.5, hand="right"),
               "text": {}},
        note="a private medical centre's INVOICE (Samoa, A4): the centre's block at the left, INVOICE / Invoice No. / "
             "Date 19/10/2026 in a box at the right, Patient and Attending side by side, Description | Qty | Unit "
             "Price | Total unruled, then Invoice Total (WST), Amount Paid (EFTPOS) and Balance Due; total = the "
             "invoice total; a medical bill"),
    "en-other-ws-remittance-receive-receipt": dict(
        draw=en_other_ws_remittance_receipt, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=-4.0, persp=0.12, blur=1.2, quality=60, exposure=0.86, falloff=0.5)},
        note="look-alike: a money-transfer agent's RECEIVE RECEIPT (Samoa, 80 mm roll): a family remittance from New "
             "Zealand paid out in tala (sender, receiver, NZD sent, rate, WST paid): money from relatives, not an "
             "employer's proof of income (other)"),
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent20",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent20.json (labels and sha256)")
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
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-30 (independent20-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
