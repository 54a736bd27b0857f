"""The fourteenth independently generated judging set (bench/thirdparty/independent14.json, ``--independent14``).

    python bench/thirdparty/gen_independent14.py --manifest   (rewrite independent14.json: labels + sha256)
    python bench/thirdparty/gen_independent14.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: issuers, places and layouts the earlier
sets do not use. The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is imported from
gen_independent11.py and the every-page scanner from gen_independent12.py (one copy of each). Chinese: a delivery
platform's rider 收入明细 screen, a Taizhou shipyard's 工资条 whose header spans two lines (应发项目 / 代扣项目 over their
items), a Nanchong housekeeping agency's 灵活用工 劳务报酬结算单 of September (stale), 浙商银行's two-page 个人账户交易流水
(对方信息 over 户名 | 账号; page 2 continues with no header row), a 湖北银行 app 交易明细 screen (tail number only: no
holder, absent), an exported wallet 交易明细 PDF (look-alike), a Taizhou district hospital's 门诊收费票据 with 医保 columns,
a Xiaogan TCM hospital's two-page 住院费用清单, a Bengbu 失业保险金申领 result screen, a Bengbu rural bank's
terminal 账户明细 roll, a Xiaogan supermarket chain's 收入证明; look-alikes a 续期保费缴费通知书, a Jingmen 物业费缴费通知单 and a credit-card 还款提醒 screen. English: a
Bay of Plenty kiwifruit packhouse payslip (PAYE, KiwiSaver, ACC), a Cork creamery payslip (PAYE, USC, PRSI) with a
two-line header, a Limpopo citrus estate's September payslip (UIF; stale), a Cebu ceramics payslip (SSS, PhilHealth,
Pag-IBIG), a Kano bank's two-page statement (page 2 without a header row), a Labasa credit-union passbook page (no
holder on the page: absent), a Newry building society's statement, a Cork credit union's member statement
with share and loan balances, a Ghanaian municipal hospital bill (NHIS share), a Virginia hospital's two-page itemised
bill with insurance adjustments, a Free State GP receipt of 2025 (stale), a Northern Ireland New Style JSA award letter, a
Government of Canada EI claim screen; look-alikes a council-tax bill, a car-finance statement and a pension annual statement.

Each document is drawn once with reportlab (invariant mode) as its issuer prints it; its labels are the values the
drawing prints (money figures are computed from the printed lines and returned by the drawing, see :func:`figures`).
Forms: ``text``, ``scan`` (every page), ``photo`` (JPEG of the first page on a desk, some dim and angled; one-page
documents only), ``image`` (a phone screenshot, PNG). Every random choice is seeded by the entry's id.

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
MANIFEST = HERE / "independent14.json"
GREY = (0.45, 0.45, 0.45)
PLUM = (0.42, 0.12, 0.36)
OLIVE = (0.3, 0.38, 0.1)
SKY = (0.12, 0.42, 0.75)
PHONE = (390, 844)


def _m(v: float) -> str:
    """An amount as printed: thousands grouped, two decimals."""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _grid(p: Page, x: float, y: float, widths: list[float], rh: float, nrows: int, lw: float = 0.4) -> None:
    """Ruling of a table of ``nrows`` rows (widths in points)."""
    right = x + sum(widths)
    for r in range(nrows + 1):
        p.line(x, y + r * rh, right, y + r * rh, lw)
    cx = x
    for w in [0, *widths]:
        cx += w
        p.line(cx, y, cx, y + nrows * rh, lw)


def _head2(p: Page, x: float, y: float, widths: list[float], rh: float, heads: list, size: float = 8) -> float:
    """A header over two lines: ``heads`` holds, left to right, a column's name (a str, centred over both lines) or a
    group ``(name, [column names])`` whose name spans its columns on line 1 and whose columns sit on line 2. Returns
    the y under the header."""
    p.box(x, y, sum(widths), 2 * rh, fill=(0.9, 0.9, 0.9), stroke=None)
    i, cx = 0, x
    for h in heads:
        if isinstance(h, str):
            w = widths[i]
            p.t(cx + w / 2, y + rh + size / 2, h, size, bold=True, align="c")
            p.line(cx, y, cx, y + 2 * rh, 0.4)
            cx += w
            i += 1
        else:
            name, cols = h
            span = sum(widths[i:i + len(cols)])
            p.t(cx + span / 2, y + rh * 0.7, name, size, bold=True, align="c")
            p.line(cx, y + rh, cx + span, y + rh, 0.4)
            p.line(cx, y, cx, y + 2 * rh, 0.4)
            for c in cols:
                w = widths[i]
                p.t(cx + w / 2, y + rh * 1.7, c, size - 0.5, bold=True, align="c")
                p.line(cx, y + rh, cx, y + 2 * rh, 0.4)
                cx += w
                i += 1
    p.line(cx, y, cx, y + 2 * rh, 0.4)
    p.line(x, y, cx, y, 0.6)
    p.line(x, y + 2 * rh, cx, y + 2 * rh, 0.6)
    return y + 2 * rh


def _status_bar(p: Page, clock: str = "9:41") -> None:
    p.t(28, 30, clock, 12, bold=True)
    p.box(332, 20, 26, 12, stroke=(0, 0, 0), lw=1, radius=3)
    p.box(334, 22, 17, 8, fill=(0, 0, 0), stroke=None)
    for k in range(4):
        p.box(290 + k * 6, 30 - 3 * k - 3, 4, 3 * k + 3, fill=(0, 0, 0), stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

def zh_pay_xiangyang_rider_screen() -> tuple[bytes, dict]:
    """A delivery platform's rider app 收入明细 screen for 2026年10月: the station company and the rider at the top, a
    big 实际到账 figure, then 收入项 and 扣款项 in cards, each closed by its 合计."""
    p = Page(PHONE, zh=True)
    earn = [("配送费（612单）", 4896.00), ("冲单奖励", 380.00), ("恶劣天气补贴", 96.00), ("夜间配送补贴", 154.00)]
    ded = [("超时扣款", 45.00), ("装备租赁费", 30.00), ("骑手意外险", 90.00)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.box(0, 0, 390, 844, fill=(0.96, 0.96, 0.97), stroke=None)
    _status_bar(p, "21:07")
    p.t(24, 70, "‹", 22)
    p.t(195, 70, "收入明细", 15, bold=True, align="c")
    p.box(16, 90, 358, 150, fill=(1.0, 0.82, 0.25), stroke=None, radius=10)
    p.t(32, 116, "襄阳蜂行配送服务有限公司 · 樊城站", 10.5)
    p.t(32, 138, "骑手：覃德旺   ID 7730514", 10.5)
    p.box(270, 104, 92, 24, fill=(1, 1, 1), stroke=None, radius=12)
    p.t(316, 121, "2026年10月 ▾", 10, align="c")
    p.t(32, 170, "实际到账（元）", 10)
    p.t(32, 212, _m(net), 30, bold=True)
    y = 258
    for title, rows, total_name, total in (("收入项", earn, "收入合计", gross), ("扣款项", ded, "扣款合计", dsum)):
        h = 40 + 30 * (len(rows) + 1)
        p.box(16, y, 358, h, fill=(1, 1, 1), stroke=None, radius=10)
        p.t(32, y + 26, title, 12, bold=True)
        yy = y + 56
        for k, v in rows:
            p.t(32, yy, k, 11, color=(0.3, 0.3, 0.3))
            p.t(358, yy, ("-" if title == "扣款项" else "") + _m(v), 11, align="r")
            yy += 30
        p.line(32, yy - 20, 358, yy - 20, 0.4, color=(0.85, 0.85, 0.85))
        p.t(32, yy, total_name, 11.5, bold=True)
        p.t(358, yy, ("-" if title == "扣款项" else "") + _m(total), 11.5, bold=True, align="r")
        y += h + 14
    p.t(195, y + 14, "收入于次月5日结算至绑定银行卡，如有疑问请联系站长", 9, color=GREY, align="c")
    p.box(130, 826, 130, 5, fill=(0, 0, 0), stroke=None, radius=2.5)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_taizhou_shipyard_strip() -> tuple[bytes, dict]:
    """A shipyard's 工资条 as the payroll clerk prints it (a wide strip): the company's title and 2026年10月 over a
    header that spans two lines (应发项目 over five items closed by 应发合计, 代扣项目 over five closed by 扣款合计;
    姓名, 工号, 班组 and 实发工资 span both lines), one row of figures, the clerk's line under it."""
    p = Page((842, 190), zh=True)
    earn = [("基本工资", 2600.00), ("计件工资", 3318.40), ("加班费", 726.00), ("高空津贴", 240.00)]
    ded = [("养老保险", 547.20), ("医疗保险", 136.80), ("失业保险", 34.20), ("公积金", 410.00), ("个税", 67.21)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(421, 30, "泰州江润船舶重工有限公司  2026年10月工资条", 13, bold=True, align="c")
    p.t(812, 48, "分段车间", 8.5, align="r", color=GREY)
    widths = [50, 46, 56] + [54] * 5 + [50] * 6 + [62]
    x = 421 - sum(widths) / 2
    heads = ["姓名", "工号", "班组", ("应发项目", [k for k, _v in earn] + ["应发合计"]),
             ("代扣项目", [k for k, _v in ded] + ["扣款合计"]), "实发工资"]
    y = _head2(p, x, 56, widths, 18, heads, 8.5)
    row = ["栾宏斌", "JR3316", "焊接二组"] + [_m(v) for _k, v in earn] + [_m(gross)] + \
          [_m(v) for _k, v in ded] + [_m(dsum), _m(net)]
    cx = x
    for w, cell in zip(widths, row, strict=True):
        p.t(cx + w - 3 if cell[0].isdigit() else cx + w / 2, y + 14, cell, 8, align="r" if cell[0].isdigit() else "c")
        cx += w
    _grid(p, x, y, widths, 20, 1)
    p.t(x, y + 44, "制表：财务部 钱蓉    发放日期：2026-11-12    请核对无误后签收，如有异议三日内提出。", 8, color=GREY)
    p.t(x + sum(widths), y + 44, "签收：________", 8.5, align="r")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_nanchong_flexible_september() -> tuple[bytes, dict]:
    """A housekeeping agency's 劳务报酬结算单（灵活用工） for 2026年9月 on A5: the worker's name and ID tail in a boxed
    head, 服务工时 x 单价 and a bonus make 应结报酬, the platform fee and insurance taken off, 实结金额 in figures and in
    大写, the agency's stamp; a month before the one asked (stale)."""
    p = Page(A5, zh=True)
    hours, rate = 168, 22.00
    base = _r(hours * rate)
    bonus = 120.00
    gross = _r(base + bonus)
    fee = _r(base * 0.05)
    ins = 25.00
    net = _r(gross - fee - ins)
    p.t(p.w / 2, 40, "南充安居家政服务有限公司", 13, bold=True, align="c")
    p.t(p.w / 2, 60, "劳务报酬结算单（灵活用工）", 11, align="c")
    p.box(30, 74, p.w - 60, 44, stroke=(0, 0, 0), lw=0.6)
    p.t(38, 90, "服务人员：蒲秀兰", 9.5)
    p.t(200, 90, "证件尾号：2847", 9.5)
    p.t(38, 110, "结算周期：2026年9月1日—9月30日", 9.5)
    p.t(260, 110, "服务类型：育婴/保洁", 9.5)
    rows = [["项目", "数量", "单价", "金额（元）"],
            ["服务工时", f"{hours}小时", f"{rate:.2f}", _m(base)],
            ["客户好评奖励", "", "", _m(bonus)],
            ["应结报酬", "", "", _m(gross)],
            ["平台服务费（5%）", "", "", "-" + _m(fee)],
            ["意外伤害保险", "", "", "-" + _m(ins)]]
    y = p.table(30, 130, [130, 60, 60, p.w - 60 - 250], rows, rh=20, size=9, aligns=["l", "c", "r", "r"])
    p.box(30, y + 8, p.w - 60, 28, fill=(0.95, 0.95, 0.95), stroke=(0, 0, 0), lw=0.8)
    p.t(38, y + 27, "实结金额", 11, bold=True)
    p.t(p.w - 38, y + 27, "¥" + _m(net), 12, bold=True, align="r")
    p.t(30, y + 56, "大写：" + _daxie(net), 9.5)
    p.t(30, y + 80, "款项已于2026年10月8日转入服务人员本人银行卡。本单据不作为劳动关系证明。", 8, color=GREY)
    p.t(30, p.h - 60, "经办人：何晓", 9)
    p.t(p.w - 40, p.h - 60, "2026年10月8日", 9, align="r")
    p.stamp(p.w - 90, p.h - 78, 36, "南充安居家政服务有限公司", "财务专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


CZ_ROWS = [  # date, summary, signed amount, counterparty name, counterparty account / bank
    ("2026-10-01", "转账", -500.00, "栾建国", "6217****3302 建设银行"),
    ("2026-10-02", "快捷支付", -86.40, "支付宝（中国）网络技术", "2157****0011"),
    ("2026-10-03", "消费", -213.00, "泰州市高港区苏果超市", "POS 3310"),
    ("2026-10-05", "代发工资", 6318.55, "泰州江润船舶重工有限公司", "3210****6618 浙商银行泰州分行"),
    ("2026-10-05", "贷款还款", -1870.26, "浙商银行个人贷款", "—"),
    ("2026-10-06", "快捷支付", -59.90, "财付通支付科技", "2431****7788"),
    ("2026-10-08", "ATM取款", -1000.00, "", "ATM 高港口岸支行"),
    ("2026-10-09", "转账", 300.00, "栾宏丽", "6228****1906 农业银行"),
    ("2026-10-10", "消费", -128.50, "泰州市高港区人民医院", "POS 0871"),
    ("2026-10-11", "快捷支付", -46.00, "支付宝（中国）网络技术", "2157****0011"),
    ("2026-10-12", "代扣", -96.30, "国网江苏省电力", "—"),
    ("2026-10-13", "消费", -322.80, "泰州市高港区苏果超市", "POS 3310"),
    ("2026-10-15", "转账", -800.00, "栾建国", "6217****3302 建设银行"),
    ("2026-10-16", "快捷支付", -18.00, "财付通支付科技", "2431****7788"),
    ("2026-10-18", "代扣", -45.00, "中国移动江苏公司", "—"),
    ("2026-10-19", "消费", -260.00, "高港区永安洲加油站", "POS 5521"),
    ("2026-10-20", "结息", 1.27, "", "—"),
    ("2026-10-21", "快捷支付", -112.60, "支付宝（中国）网络技术", "2157****0011"),
    ("2026-10-22", "转账", -300.00, "栾宏丽", "6228****1906 农业银行"),
    ("2026-10-23", "消费", -74.50, "泰州市百信大药房", "POS 1187"),
    ("2026-10-24", "快捷支付", -33.20, "财付通支付科技", "2431****7788"),
    ("2026-10-25", "代扣", -68.00, "泰州市高港区自来水公司", "—"),
    ("2026-10-26", "转账", 520.00, "栾建国", "6217****3302 建设银行"),
    ("2026-10-27", "消费", -189.90, "泰州市高港区苏果超市", "POS 3310"),
    ("2026-10-28", "快捷支付", -25.00, "财付通支付科技", "2431****7788"),
    ("2026-10-29", "转账", -1200.00, "高港区锦苑小区房东", "6230****8871 江苏银行"),
    ("2026-10-30", "消费", -52.00, "高港区口岸街道卫生院", "POS 0192"),
    ("2026-10-31", "快捷支付", -39.80, "支付宝（中国）网络技术", "2157****0011"),
]
CZ_OPEN = 2174.36


def zh_stmt_czb_two_page() -> tuple[bytes, dict]:
    """浙商银行's 个人账户交易流水 over two A4 pages: the head (户名, 账号, 币种, 起止日期, 打印时间) on page 1, columns
    记账日期 | 交易摘要 | 交易金额 (signed) | 账户余额 | 对方信息, the last over two lines (对方信息 over 户名 | 账号/开户行),
    18 rows on page 1; page 2 goes on with the rows and no header row, then 期初余额, 收入/支出 totals and 期末余额, the
    bank's 电子回单专用章."""
    p = Page(A4, zh=True)
    widths = [66, 60, 72, 72, 128, 137]
    x = 30
    heads = ["记账日期", "交易摘要", "交易金额", "账户余额", ("对方信息", ["户名", "账号/开户行"])]

    def rows(items, y, bal):
        for d, summ, amt, name, acct in items:
            bal = _r(bal + amt)
            cells = [d, summ, f"{amt:+,.2f}", _m(bal), name, acct]
            cx = x
            for i, (w, c) in enumerate(zip(widths, cells, strict=True)):
                if c:
                    a = "r" if i in (2, 3) else "l"
                    p.t(cx + w - 3 if a == "r" else cx + 3, y + 12, c, 7.3 if i >= 4 else 8, align=a)
                cx += w
            p.line(x, y + 17, x + sum(widths), y + 17, 0.25, color=GREY)
            y += 17
        return y, bal

    p.t(30, 40, "浙商银行", 16, bold=True, color=(0.75, 0.1, 0.1))
    p.t(110, 40, "CHINA ZHESHANG BANK", 8, color=GREY)
    p.t(297, 70, "个人账户交易流水", 14, bold=True, align="c")
    p.t(30, 96, "户名：栾宏斌", 9)
    p.t(200, 96, "账号：6223091500128836457", 9)
    p.t(420, 96, "币种：人民币（活期）", 9)
    p.t(30, 114, "起止日期：2026-10-01 至 2026-10-31", 9)
    p.t(300, 114, "开户网点：浙商银行泰州高港支行", 9)
    p.t(30, 132, "打印时间：2026-11-03 10:26:41", 8, color=GREY)
    y = _head2(p, x, 142, widths, 15, heads, 8.5)
    y, bal = rows(CZ_ROWS[:18], y, CZ_OPEN)
    p.t(565, 812, "第 1 页 共 2 页", 8, align="r", color=GREY)
    p.c.showPage()
    y, bal = rows(CZ_ROWS[18:], 40, bal)
    inc = _r(sum(r[2] for r in CZ_ROWS if r[2] > 0))
    out = _r(-sum(r[2] for r in CZ_ROWS if r[2] < 0))
    y += 20
    p.t(30, y, f"期初余额：{_m(CZ_OPEN)}", 9)
    p.t(170, y, f"收入合计：{_m(inc)}（{sum(r[2] > 0 for r in CZ_ROWS)}笔）", 9)
    p.t(340, y, f"支出合计：{_m(out)}（{sum(r[2] < 0 for r in CZ_ROWS)}笔）", 9)
    p.t(30, y + 22, f"期末余额：{_m(bal)}", 10, bold=True)
    p.t(30, y + 50, "说明：本流水由系统自动生成，加盖电子回单专用章后与柜面打印件具有同等效力。", 8, color=GREY)
    p.stamp(470, y + 40, 40, "浙商银行股份有限公司泰州高港支行", "电子回单专用章")
    p.t(565, 812, "第 2 页 共 2 页", 8, align="r", color=GREY)
    return p.pdf(), {"closing": _s(bal)}


def zh_other_wallet_export() -> tuple[bytes, dict]:
    """Look-alike: a payment wallet's 交易明细 exported as a PDF: the account (a phone number), 起止时间, counts of 收入
    and 支出, then 交易时间 | 收/支 | 交易对方 | 商品说明 | 金额 | 交易状态 with no balance column: a payment record, not
    a bank's statement."""
    p = Page(landscape(A4), zh=True)
    p.t(40, 40, "支付宝交易明细", 15, bold=True, color=SKY)
    p.t(40, 62, "账户：138****6605（栾宏斌）    起始时间：[2026-10-01 00:00:00]  终止时间：[2026-10-31 23:59:59]", 9)
    p.t(40, 78, "导出时间：[2026-11-02 20:14:09]    共12笔记录    收入：3笔 1,260.00元    支出：9笔 511.00元", 9)
    items = [("2026-10-31 19:02", "支出", "泰州市高港区苏果超市", "超市购物", "39.80", "交易成功"),
             ("2026-10-29 08:15", "支出", "泰州城市公交", "乘车码", "2.00", "交易成功"),
             ("2026-10-27 12:40", "收入", "栾建国", "转账", "500.00", "交易成功"),
             ("2026-10-24 21:33", "支出", "某外卖平台商户", "外卖订单", "33.20", "交易成功"),
             ("2026-10-21 10:05", "支出", "泰州市百信大药房", "药品", "112.60", "交易成功"),
             ("2026-10-18 16:22", "支出", "中国移动", "话费充值", "50.00", "交易成功"),
             ("2026-10-15 09:47", "收入", "闲置转卖买家", "二手婴儿车", "260.00", "交易成功"),
             ("2026-10-11 18:30", "支出", "某生鲜店", "蔬菜水果", "46.00", "交易成功"),
             ("2026-10-09 07:58", "支出", "高港区口岸街道卫生院", "挂号费", "12.00", "交易成功"),
             ("2026-10-06 14:12", "支出", "某服饰旗舰店", "童装", "129.00", "退款成功"),
             ("2026-10-04 11:26", "收入", "余额宝", "收益发放", "500.00", "交易成功"),
             ("2026-10-02 20:41", "支出", "支付宝（中国）网络技术", "生活缴费-燃气", "86.40", "交易成功")]
    rows = [["交易时间", "收/支", "交易对方", "商品说明", "金额（元）", "交易状态"]] + [list(i) for i in items]
    p.table(40, 96, [120, 50, 200, 170, 90, 80], rows, rh=19, size=8.5, aligns=["l", "c", "l", "l", "r", "c"],
            grid=False, hlines=True, head_fill=(0.85, 0.92, 1.0))
    p.t(40, 560, "本明细仅展示支付宝账户的交易记录，不作为银行账户流水。如需证明用途，请在“开具交易流水证明”中申请。", 8,
        color=GREY)
    return p.pdf(), {}


HB_ROWS = [  # month-day time, title, signed amount (newest first, as the app lists them)
    ("10-31 18:22", "消费 孝感市惠邻超市", -68.40), ("10-30 09:10", "转账 宁小军", -600.00),
    ("10-27 12:03", "代发工资 孝感惠邻超市连锁有限公司", 3862.40), ("10-25 20:47", "快捷支付 财付通", -35.00),
    ("10-22 08:31", "消费 中国石化加油站", -200.00), ("10-18 15:05", "代扣 电费", -112.70),
    ("10-14 11:48", "转账 宁丽娜", -1000.00), ("10-09 19:26", "消费 孝感市孝南区中医医院", -246.00),
    ("10-05 10:02", "ATM取款", -500.00), ("10-01 07:55", "快捷支付 支付宝", -29.90)]
HB_CLOSE = 4418.66


def zh_stmt_hubei_bank_app() -> tuple[bytes, dict]:
    """A city bank's app 交易明细 screen: 借记卡 尾号 4027 (no holder's name: absent), a 2026-10-01 至 2026-10-31 filter
    bar, entries newest first, each with its signed amount and the 余额 after it; the closing balance is the top
    entry's."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _status_bar(p, "22:16")
    p.t(24, 72, "‹", 22)
    p.t(195, 72, "交易明细", 15, bold=True, align="c")
    p.box(0, 88, 390, 62, fill=(0.94, 0.96, 0.99), stroke=None)
    p.t(20, 112, "湖北银行 借记卡（尾号4027）", 11.5, bold=True)
    p.t(20, 136, "2026-10-01 至 2026-10-31", 10.5, color=(0.2, 0.35, 0.7))
    p.t(370, 136, "筛选 ▾", 10.5, align="r", color=(0.2, 0.35, 0.7))
    y = 176
    bal = HB_CLOSE
    for md, title, amt in HB_ROWS:
        p.t(20, y, title, 11)
        p.t(370, y, f"{amt:+,.2f}", 12, bold=True, align="r", color=(0.8, 0.3, 0.1) if amt > 0 else (0, 0, 0))
        p.t(20, y + 20, "2026-" + md, 9, color=GREY)
        p.t(370, y + 20, "余额 " + _m(bal), 9, color=GREY, align="r")
        p.line(20, y + 32, 370, y + 32, 0.3, color=(0.88, 0.88, 0.88))
        bal = _r(bal - amt)
        y += 58
    p.t(195, y + 8, "没有更多了", 9, color=GREY, align="c")
    return p.pdf(), {"closing": _s(HB_CLOSE)}


BB_ROWS = [  # yyyymmdd, summary, signed amount
    ("20261008", "取款", -800.00), ("20261012", "转支", -260.00), ("20261015", "代发", 2316.00),
    ("20261019", "消费", -143.50), ("20261023", "转收", 500.00), ("20261026", "缴费", -68.20),
    ("20261029", "消费", -96.80), ("20261031", "结息", 0.87)]
BB_OPEN = 1207.45


def zh_stmt_bengbu_terminal_roll() -> tuple[bytes, dict]:
    """A rural bank's self-service terminal 账户明细 printed on an 80 mm roll: the bank, 户名, 卡号, 查询起止
    20261001-20261031, then one line per entry (日期 摘要 金额 余额, compact yyyymmdd dates, no rules), 上期余额 first
    and 本期余额 last, the terminal number and print time."""
    p = Page((228, 430), zh=True)
    p.t(114, 24, "安徽蚌埠农村商业银行", 10.5, bold=True, align="c")
    p.t(114, 40, "自助终端 账户明细查询", 9, align="c")
    p.t(10, 58, "-" * 42, 7)
    p.t(10, 72, "户名：鲍成刚", 8.5)
    p.t(10, 86, "卡号：6229538100274419655", 8.5)
    p.t(10, 100, "查询起止：20261001-20261031", 8.5)
    p.t(10, 114, "-" * 42, 7)
    p.t(10, 128, "日期", 8)
    p.t(70, 128, "摘要", 8)
    p.t(160, 128, "金额", 8, align="r")
    p.t(218, 128, "余额", 8, align="r")
    p.t(10, 146, "上期余额", 8)
    p.t(218, 146, _m(BB_OPEN), 8, align="r")
    bal, y = BB_OPEN, 162
    for d, summ, amt in BB_ROWS:
        bal = _r(bal + amt)
        p.t(10, y, d, 8)
        p.t(70, y, summ, 8)
        p.t(160, y, f"{amt:+.2f}", 8, align="r")
        p.t(218, y, _m(bal), 8, align="r")
        y += 16
    p.t(10, y + 4, "本期余额", 8.5, bold=True)
    p.t(218, y + 4, _m(bal), 8.5, bold=True, align="r")
    p.t(10, y + 20, "-" * 42, 7)
    p.t(10, y + 36, "终端号：BB-ATM-3317  网点：蚌山区涂山路分理处", 7.5)
    p.t(10, y + 50, "打印时间：2026-11-04 09:12:55", 7.5)
    p.t(10, y + 64, "本凭条仅供参考，以银行账务记录为准", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(bal)}


TZ_ITEMS = [("西药费", 126.48), ("中成药费", 58.30), ("检查费", 180.00), ("化验费", 96.00), ("治疗费", 42.00),
            ("挂号诊察费", 9.00)]


def zh_med_taizhou_outpatient() -> tuple[bytes, dict]:
    """A district hospital's 门诊收费票据 (a landscape form): 交款人, 性别, 医保类型, 流水号 and the date in the head,
    items in three pairs of 项目 | 金额, 合计 in 大写 and figures, then the 医保 columns (医保统筹支付, 个人账户支付,
    个人现金支付) on one ruled line, the cashier and the receipt seal."""
    p = Page((600, 340), zh=True)
    total = _r(sum(v for _k, v in TZ_ITEMS))
    pool = _r(total * 0.5)
    acct = 60.00
    cash = _r(total - pool - acct)
    p.t(300, 34, "江苏省医疗门诊收费票据", 14, bold=True, align="c", color=(0.55, 0.15, 0.1))
    p.t(40, 58, "业务流水号：MZ20261016-0348", 8.5)
    p.t(560, 58, "票据号码：0061327745", 8.5, align="r")
    p.t(40, 78, "医疗机构：泰州市高港区人民医院", 9)
    p.t(300, 78, "医保类型：职工医保", 9)
    p.t(40, 96, "交款人：栾宏斌", 9)
    p.t(180, 96, "性别：男", 9)
    p.t(300, 96, "开票日期：2026年10月16日", 9)
    rows = [["项目", "金额", "项目", "金额", "项目", "金额"]]
    for i in range(0, len(TZ_ITEMS), 3):
        r = []
        for k, v in TZ_ITEMS[i:i + 3]:
            r += [k, _m(v)]
        rows.append(r)
    y = p.table(40, 106, [100, 80, 100, 80, 100, 60], rows, rh=20, size=9, aligns=["l", "r"] * 3)
    p.box(40, y, 520, 22, stroke=(0, 0, 0), lw=0.4)
    p.t(46, y + 15, "合计（大写）" + _daxie(total), 9)
    p.t(554, y + 15, "（小写）¥" + _m(total), 9, align="r")
    y += 22
    rows2 = [["医保统筹支付", "个人账户支付", "个人现金支付", "其他支付"], [_m(pool), _m(acct), _m(cash), "0.00"]]
    y = p.table(40, y, [130, 130, 130, 130], rows2, rh=20, size=9, aligns=["c"] * 4, head_fill=(0.95, 0.95, 0.95))
    p.t(40, y + 22, "收款单位（章）：", 9)
    p.t(300, y + 22, "收款人：牛晓静", 9)
    p.t(440, y + 22, "复核人：丁敏", 9)
    p.stamp(140, y + 18, 32, "泰州市高港区人民医院", "收费专用章")
    return p.pdf(), {"total": _s(total), "own": _s(cash)}


XG_ITEMS = [  # date, name, unit, qty, price, class
    ("10-03", "中医辨证论治", "次", 1, 28.00, "甲"), ("10-03", "血常规（五分类）", "项", 1, 20.00, "甲"),
    ("10-03", "肝功能十一项", "项", 1, 66.00, "甲"), ("10-03", "肾功能三项", "项", 1, 24.00, "甲"),
    ("10-03", "心电图检查", "次", 1, 25.00, "甲"), ("10-03", "腰椎CT平扫", "部位", 1, 240.00, "乙"),
    ("10-04", "针刺（普通）", "次", 8, 18.00, "甲"), ("10-04", "电针", "次", 8, 12.00, "甲"),
    ("10-04", "中药饮片（独活寄生汤）", "剂", 7, 31.60, "乙"), ("10-04", "中药代煎费", "剂", 7, 3.00, "丙"),
    ("10-04", "艾灸（大面积）", "次", 6, 22.00, "乙"), ("10-05", "推拿治疗", "次", 6, 35.00, "甲"),
    ("10-05", "中频脉冲电治疗", "次", 6, 14.00, "甲"), ("10-05", "拔罐（火罐）", "次", 4, 8.00, "甲"),
    ("10-05", "双氯芬酸钠缓释片", "盒", 2, 18.50, "乙"), ("10-06", "甲钴胺片", "盒", 2, 26.80, "乙"),
    ("10-06", "腰椎牵引", "次", 5, 16.00, "甲"), ("10-07", "中药熏洗", "次", 5, 30.00, "乙"),
    ("10-07", "穴位贴敷", "次", 5, 15.00, "乙"), ("10-08", "普通床位费", "日", 8, 30.00, "甲"),
    ("10-08", "二级护理", "日", 8, 20.00, "甲"), ("10-08", "住院诊查费", "日", 8, 15.00, "甲"),
    ("10-09", "静脉输液（首组）", "次", 4, 12.00, "甲"), ("10-09", "氯化钠注射液 250ml", "袋", 4, 4.80, "甲"),
    ("10-09", "丹参多酚酸盐注射剂", "支", 4, 38.90, "乙"), ("10-10", "红外线治疗", "次", 4, 10.00, "甲"),
    ("10-10", "中药饮片（身痛逐瘀汤）", "剂", 3, 29.40, "乙"), ("10-10", "中药代煎费", "剂", 3, 3.00, "丙"),
    ("10-11", "出院带药 腰痹通胶囊", "盒", 2, 42.00, "乙"), ("10-11", "病历复印", "页", 12, 0.50, "丙"),
]


def zh_med_xiaogan_fee_list_two_page() -> tuple[bytes, dict]:
    """A county TCM hospital's 住院费用清单 over two A4 pages: the patient grid (住院号, 姓名, 科室, 入院/出院日期),
    columns 日期 | 项目名称 | 单位 | 数量 | 单价 | 金额 | 医保类别 (甲/乙/丙), 22 rows on page 1 and the rest on page 2
    under a repeated header, then 费用合计 in figures and 大写, 甲/乙/丙 subtotals and the print date."""
    p = Page(A4, zh=True)
    widths = [50, 190, 44, 44, 70, 80, 56]
    head = ["日期", "项目名称", "单位", "数量", "单价", "金额", "医保类别"]
    total = _r(sum(_r(q * u) for _d, _n, _un, q, u, _c in XG_ITEMS))

    def rows(items, y):
        data = [head] + [[d, n, un, str(q), f"{u:.2f}", _m(_r(q * u)), c] for d, n, un, q, u, c in items]
        return p.table(30, y, widths, data, rh=19, size=8.5, aligns=["c", "l", "c", "r", "r", "r", "c"])

    p.t(297, 40, "孝感市孝南区中医医院", 15, bold=True, align="c")
    p.t(297, 62, "住 院 费 用 清 单", 12, align="c")
    info = [["住院号", "ZY2610037", "姓名", "宁丽娟", "性别", "女"],
            ["科室", "针灸推拿科", "入院日期", "2026-10-03", "出院日期", "2026-10-11"]]
    p.table(30, 76, [60, 120, 60, 110, 60, 124], info, rh=20, size=9, head=0)
    y = rows(XG_ITEMS[:22], 126)
    p.t(565, 812, "第1页/共2页", 8, align="r", color=GREY)
    p.c.showPage()
    y = rows(XG_ITEMS[22:], 40)
    sub = {c: _r(sum(_r(q * u) for _d, _n, _un, q, u, cc in XG_ITEMS if cc == c)) for c in "甲乙丙"}
    y += 20
    p.t(30, y, f"甲类合计：{_m(sub['甲'])}    乙类合计：{_m(sub['乙'])}    丙类合计：{_m(sub['丙'])}", 9)
    p.t(30, y + 24, f"费用合计：{_m(total)} 元", 11, bold=True)
    p.t(30, y + 44, "合计（大写）：" + _daxie(total), 9.5)
    p.t(30, y + 72, "注：本清单仅列明住院期间发生的费用明细，医保结算以出院结算单为准。", 8, color=GREY)
    p.t(30, y + 92, "打印日期：2026-10-11    打印人：住院收费处 陈雪", 8.5)
    p.t(565, 812, "第2页/共2页", 8, align="r", color=GREY)
    return p.pdf(), {"total": _s(total)}


def zh_unemp_bengbu_result_screen() -> tuple[bytes, dict]:
    """A provincial government-services app's 失业保险金申领 result page: a green 审核通过 banner, then label | value
    rows (申请人, 身份证号 masked, 受理机构, 核定月发放标准, 核定领取期限, 起始月份, 办结时间) and the notice text."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(0.95, 0.96, 0.97), stroke=None)
    _status_bar(p, "10:52")
    p.t(24, 72, "‹", 22)
    p.t(195, 72, "办件详情", 15, bold=True, align="c")
    p.box(16, 92, 358, 96, fill=(0.2, 0.62, 0.36), stroke=None, radius=10)
    p.t(195, 130, "✓ 审核通过", 18, bold=True, align="c", color=(1, 1, 1))
    p.t(195, 160, "失业保险金申领", 11.5, align="c", color=(1, 1, 1))
    rows = [("事项名称", "失业保险金申领"), ("办件编号", "3403002610280417"), ("申请人", "鲍成刚"),
            ("身份证号", "3403**********2716"), ("受理机构", "蚌埠市社会保险服务中心"),
            ("核定月发放标准", "1,674.00元"), ("核定领取期限", "12个月"), ("起始月份", "2026年11月"),
            ("申请时间", "2026-10-21 09:14"), ("办结时间", "2026-10-28 16:40")]
    p.box(16, 202, 358, 36 * len(rows) + 16, fill=(1, 1, 1), stroke=None, radius=10)
    y = 228
    for k, v in rows:
        p.t(32, y, k, 10.5, color=GREY)
        p.t(358, y, v, 10.5, align="r")
        y += 36
    p.box(16, y + 4, 358, 110, fill=(1, 1, 1), stroke=None, radius=10)
    lines = ["温馨提示：失业保险金按月发放至您的社会保障卡", "金融账户。领取期间请每月登录本平台进行求职登记",
             "确认；重新就业、应征服兵役等情形应停止领取，", "并及时告知经办机构。"]
    for i, s in enumerate(lines):
        p.t(32, y + 30 + i * 20, s, 9.5, color=(0.35, 0.35, 0.35))
    return p.pdf(), {}


def zh_income_xiaogan_supermarket() -> tuple[bytes, dict]:
    """A supermarket chain's 收入证明 letter on A4: 兹证明 prose naming the employee, ID, post and start date, the
    monthly income before tax in 大写 and figures (the yearly figure beside it), the HR contact, the company seal and
    the date."""
    p = Page(A4, zh=True)
    monthly = 4300.00
    p.t(297, 90, "收 入 证 明", 20, bold=True, align="c")
    body = ["兹证明宁丽娟（身份证号：420902198806******）系我公司正式员工，于2019年3月入职，",
            "现任孝南区槐荫大道店生鲜部主管。该员工近一年来月均收入（税前）为人民币",
            f"{_daxie(monthly)}（¥{_m(monthly)}），年收入约人民币{_m(monthly * 12)}元。",
            "",
            "特此证明。本证明仅用于申请个人贷款延期还款，不作其他用途。",
            "",
            "单位联系人：人力资源部 邹蓓    联系电话：0712-2861435"]
    for i, s in enumerate(body):
        p.t(70, 150 + i * 30, s, 12)
    p.t(520, 420, "孝感惠邻超市连锁有限公司", 12, align="r")
    p.t(520, 450, "2026年11月5日", 12, align="r")
    p.stamp(450, 420, 48, "孝感惠邻超市连锁有限公司", "人力资源专用章")
    return p.pdf(), {"monthly": _s(monthly)}


def zh_other_premium_notice() -> tuple[bytes, dict]:
    """Look-alike: a life insurer's 续期保费缴费通知书: the policy holder, policy number, the premium due and the
    account it will be debited from, a due date: a request for payment, not income or a statement."""
    p = Page(A5, zh=True)
    p.t(p.w / 2, 40, "华邦人寿保险股份有限公司", 13, bold=True, align="c", color=PLUM)
    p.t(p.w / 2, 62, "续期保费缴费通知书", 12, align="c")
    rows = [["投保人", "宁丽娟", "保单号", "P2021420900318867"], ["险种名称", "华邦安康重疾险", "缴费方式", "年交"],
            ["应缴保费", "3,268.00元", "应缴日期", "2026-12-01"], ["宽限期至", "2027-01-30", "扣款账户", "建设银行 尾号5512"]]
    y = p.table(24, 80, [64, 90, 64, p.w - 48 - 218], rows, rh=22, size=8.5, head=0)
    lines = ["尊敬的客户：您的保单即将进入续期缴费期，请于应缴日期前", "确保扣款账户余额充足。宽限期内未缴费的，保单效力中止。",
             "如需变更缴费账户，请致电客服热线或前往柜面办理。"]
    for i, s in enumerate(lines):
        p.t(24, y + 26 + i * 18, s, 8.5)
    p.t(p.w - 24, y + 110, "通知日期：2026年11月2日", 8.5, align="r")
    return p.pdf(), {}


def zh_other_jingmen_property_fee() -> tuple[bytes, dict]:
    """Look-alike: a residential estate's 物业费缴费通知单: the unit, area x unit price, the period 2026年7月—12月,
    arrears and a late fee, the amount due and the management office's stamp: a bill for a flat, not a statement."""
    p = Page(landscape(A5), zh=True)
    p.t(p.w / 2, 34, "荆门市金桂苑物业服务有限公司", 13, bold=True, align="c")
    p.t(p.w / 2, 54, "物业服务费缴费通知单", 11, align="c")
    p.t(40, 78, "房号：7栋2单元1103", 9.5)
    p.t(220, 78, "业主：张德春", 9.5)
    p.t(p.w - 40, 78, "通知日期：2026-10-20", 9.5, align="r")
    rows = [["收费项目", "计费面积/数量", "单价", "计费期间", "金额（元）"],
            ["物业服务费", "112.46㎡", "1.20元/㎡·月", "2026.07—2026.12", "809.71"],
            ["公共能耗分摊", "112.46㎡", "0.15元/㎡·月", "2026.07—2026.12", "101.21"],
            ["地下车位管理费", "1个", "60.00元/月", "2026.07—2026.12", "360.00"],
            ["往期欠费", "", "", "2026.01—2026.06", "1,270.92"],
            ["滞纳金", "", "", "", "38.13"],
            ["合计应缴", "", "", "", "2,579.97"]]
    y = p.table(40, 90, [110, 100, 100, 120, p.w - 80 - 430], rows, rh=22, size=9, aligns=["l", "c", "c", "c", "r"])
    p.t(40, y + 24, "请于2026年11月15日前到物业服务中心或通过业主小程序缴纳，逾期将按日加收万分之五滞纳金。", 8.5)
    p.stamp(p.w - 110, y + 30, 34, "荆门市金桂苑物业服务有限公司", "收费专用章")
    return p.pdf(), {}


def zh_other_card_repayment_screen() -> tuple[bytes, dict]:
    """Look-alike: a credit-card app's 还款提醒 screen: 本期账单金额, 最低还款额, 到期还款日, a 立即还款 button and the
    recent card spending: a card's bill, not a debit account's statement."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(0.97, 0.96, 0.95), stroke=None)
    _status_bar(p, "8:03")
    p.t(195, 72, "信用卡", 15, bold=True, align="c")
    p.box(16, 92, 358, 190, fill=(0.16, 0.2, 0.3), stroke=None, radius=12)
    p.t(32, 120, "金卡 尾号 9036   10月账单", 11, color=(0.9, 0.9, 0.9))
    p.t(32, 150, "本期应还（元）", 10, color=(0.8, 0.8, 0.8))
    p.t(32, 190, "8,346.72", 30, bold=True, color=(1, 1, 1))
    p.t(32, 222, "最低还款 834.67    到期还款日 11月12日", 10.5, color=(0.9, 0.9, 0.9))
    p.box(32, 236, 140, 32, fill=(0.95, 0.6, 0.1), stroke=None, radius=16)
    p.t(102, 257, "立即还款", 12, bold=True, align="c", color=(1, 1, 1))
    p.t(358, 257, "分期还款 ›", 10.5, align="r", color=(0.9, 0.9, 0.9))
    p.box(16, 296, 358, 36, fill=(1.0, 0.93, 0.85), stroke=None, radius=8)
    p.t(30, 319, "⚠ 距到期还款日还有 3 天，逾期将影响个人征信", 10, color=(0.7, 0.3, 0.0))
    items = [("10-30", "京荆高速 ETC", "-45.00"), ("10-28", "荆门万达 影城", "-118.00"), ("10-25", "某电商平台",
             "-1,299.00"), ("10-21", "荆门市第二人民医院", "-683.50"), ("10-17", "还款", "+5,000.00"),
             ("10-12", "中国石化", "-300.00")]
    p.t(24, 360, "近期交易", 12, bold=True)
    y = 392
    for d, n, a in items:
        p.t(24, y, n, 11)
        p.t(24, y + 18, d, 9, color=GREY)
        p.t(366, y + 8, a, 11.5, align="r")
        y += 50
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

def en_pay_nz_kiwifruit() -> tuple[bytes, dict]:
    """A kiwifruit packhouse's monthly payslip (A4 top half): the employer's block, the employee, IRD number and tax
    code M SL, a pay period of 1-31 October 2026, Earnings (hours x rate) and Deductions side by side (PAYE, ACC earners'
    levy, KiwiSaver 3%, student loan), Gross and Net Pay in a band; the employer's KiwiSaver contribution printed apart
    (not taken from pay)."""
    p = Page(A4)
    earn = [("Ordinary hours", 160, 26.50), ("Overtime x1.5", 12, 39.75), ("Night shift allowance", 9, 3.20)]
    amts = [_r(h * r) for _n, h, r in earn]
    gross = _r(sum(amts))
    ded = [("PAYE", 712.44), ("ACC earners' levy", _r(gross * 0.0167)), ("KiwiSaver employee 3%", _r(gross * 0.03)),
           ("Student loan", 196.32)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(40, 46, "RANGIURU KIWIFRUIT PACKHOUSE LTD", 13, bold=True, color=OLIVE)
    p.t(40, 62, "412 Rangiuru Road, Te Puke 3182  |  GST 118-442-907", 8, color=GREY)
    p.t(555, 46, "PAYSLIP", 16, bold=True, align="r")
    rows = [("Employee", "Aroha Tamati-Wihongi"), ("Employee no.", "RK-0618"), ("IRD number", "***-**4-551"),
            ("Tax code", "M SL"), ("Pay period", "01/10/2026 - 31/10/2026"), ("Pay date", "03/11/2026")]
    for i, (k, v) in enumerate(rows):
        x = 40 if i < 3 else 310
        y = 92 + (i % 3) * 16
        p.t(x, y, k, 8.5, color=GREY)
        p.t(x + 80, y, v, 9)
    p.t(40, 150, "Earnings", 10, bold=True)
    data = [["Description", "Hours", "Rate", "Amount"]] + \
           [[n, f"{h:g}", f"{r:.2f}", _m(a)] for (n, h, r), a in zip(earn, amts, strict=True)]
    p.table(40, 156, [120, 40, 40, 60], data, rh=16, size=8, aligns=["l", "r", "r", "r"], grid=False, hlines=True)
    p.t(310, 150, "Deductions", 10, bold=True)
    data = [["Description", "Amount"]] + [[k, _m(v)] for k, v in ded]
    p.table(310, 156, [175, 70], data, rh=16, size=8, aligns=["l", "r"], grid=False, hlines=True)
    p.box(40, 250, 515, 26, fill=(0.9, 0.94, 0.84), stroke=None)
    p.t(50, 267, "Gross Pay", 9.5, bold=True)
    p.t(190, 267, _m(gross), 9.5, bold=True, align="r")
    p.t(215, 267, "Total Deductions", 9.5)
    p.t(380, 267, _m(dsum), 9.5, align="r")
    p.t(405, 267, "Net Pay", 10.5, bold=True)
    p.t(548, 267, "$" + _m(net), 10.5, bold=True, align="r")
    p.t(40, 296, f"Employer KiwiSaver contribution 3%: ${_m(_r(gross * 0.03))} (less ESCT {_m(_r(gross * 0.03 * 0.175))})"
        " - paid to your KiwiSaver provider, not included above.", 7.5, color=GREY)
    p.t(40, 310, "Net pay credited to 03-0461-0219874-00.  Leave balance: 64.0 hours annual, 40.0 hours sick.", 7.5,
        color=GREY)
    p.line(20, 330, 575, 330, 0.5, color=GREY, dash=(3, 3))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_ie_creamery() -> tuple[bytes, dict]:
    """A co-operative creamery's payslip (A5 landscape) with one table under a header over two lines (Payments over
    Basic | Overtime | Shift; Deductions over PAYE | USC | PRSI | Pension; Employee, PPSN and Net Pay span both), the
    figures row, then tax-year cumulatives; pay date 30/10/2026, Period 10 (monthly)."""
    p = Page(landscape(A5))
    pay = [("Basic", 3150.00), ("Overtime", 412.80), ("Shift", 186.00)]
    gross = _r(sum(v for _k, v in pay))
    ded = [("PAYE", 296.55), ("USC", 84.14), ("PRSI", 149.95), ("Pension", 157.50)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(30, 36, "Ballinhassig Co-operative Creamery Ltd", 13, bold=True)
    p.t(30, 52, "Kinsale Road, Ballinhassig, Co. Cork  P43 HX72", 8, color=GREY)
    p.t(p.w - 30, 36, "Pay Advice", 12, bold=True, align="r")
    p.t(p.w - 30, 52, "Monthly  |  Period 10  |  Pay date 30/10/2026", 8.5, align="r")
    widths = [74, 50, 42, 44, 36, 44, 38, 36, 36, 40, 40, 52]
    heads = ["Employee", "PPSN", ("Payments", ["Basic", "Overtime", "Shift", "Gross"]),
             ("Deductions", ["PAYE", "USC", "PRSI", "Pension", "Total"]), "Net Pay"]
    x = 30
    y = _head2(p, x, 66, widths, 16, heads, 8)
    row = ["Niamh Cotter", "7781***TA"] + [_m(v) for _k, v in pay] + [_m(gross)] + [_m(v) for _k, v in ded] + \
          [_m(dsum), _m(net)]
    cx = x
    for i, (w, c) in enumerate(zip(widths, row, strict=True)):
        p.t(cx + w - 3 if i >= 2 else cx + 3, y + 13, c, 8, align="r" if i >= 2 else "l", bold=i == len(row) - 1)
        cx += w
    _grid(p, x, y, widths, 18, 1)
    p.t(30, y + 44, "Cumulative to date (tax year 2026)", 8.5, bold=True)
    cum = [["Gross pay", "Tax paid", "USC paid", "PRSI (EE)", "Tax credits", "Cut-off point"],
           ["35,871.40", "2,842.10", "807.62", "1,434.91", "4,000.00", "44,000.00"]]
    p.table(30, y + 50, [80, 70, 70, 70, 70, 80], cum, rh=16, size=8, aligns=["r"] * 6)
    p.t(30, p.h - 30, "Emergency basis: No.  Paid by credit transfer to IBAN IE** AIBK 9311 ****  4410.", 7.5,
        color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_za_citrus_september() -> tuple[bytes, dict]:
    """A citrus estate's payslip for September 2026 (half A4): company, employee, ID number masked, job, the
    period and days worked, Earnings | Deductions | Company Contributions in three ruled columns (PAYE, UIF, a
    provident fund, union dues; the employer's UIF and SDL apart), Nett Pay boxed; a month before the one asked
    (stale)."""
    p = Page((595, 380))
    earn = [("Basic wage", 5980.00), ("Overtime 1.5x (14h)", 754.95), ("Harvest bonus", 650.00)]
    ded = [("PAYE", 214.60), ("UIF (1%)", 73.85), ("Provident fund", 358.80), ("Union dues", 59.80)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(30, 34, "KWENA CITRUS ESTATES (PTY) LTD", 13, bold=True)
    p.t(30, 50, "Farm Nooitgedacht, Letsitele, Limpopo 0885   PAYE ref 7420781553", 8, color=GREY)
    p.t(565, 34, "PAYSLIP", 13, bold=True, align="r")
    p.t(565, 50, "Period: SEPTEMBER 2026", 9, align="r")
    info = [("Name", "LERATO MASHABA"), ("ID No", "910412 **** 08 9"), ("Job title", "Packhouse grader"),
            ("Emp code", "KW1147"), ("Days worked", "22"), ("Pay date", "25/09/2026")]
    for i, (k, v) in enumerate(info):
        x, y = 30 + (i // 3) * 270, 76 + (i % 3) * 15
        p.t(x, y, k + ":", 8.5, color=GREY)
        p.t(x + 70, y, v, 8.5)
    cols = [("EARNINGS", earn), ("DEDUCTIONS", ded), ("COMPANY CONTRIBUTIONS", [("UIF (1%)", 73.85), ("SDL", 73.85)])]
    for i, (title, items) in enumerate(cols):
        x = 30 + i * 180
        p.box(x, 128, 170, 18, fill=(0.88, 0.88, 0.88), stroke=None)
        p.t(x + 5, 141, title, 8.5, bold=True)
        for j, (k, v) in enumerate(items):
            p.t(x + 5, 162 + j * 15, k, 8)
            p.t(x + 165, 162 + j * 15, _m(v), 8, align="r")
        p.box(x, 128, 170, 100, stroke=(0, 0, 0), lw=0.5)
    p.t(35, 244, "Total earnings", 9, bold=True)
    p.t(195, 244, _m(gross), 9, bold=True, align="r")
    p.t(215, 244, "Total deductions", 9, bold=True)
    p.t(375, 244, _m(dsum), 9, bold=True, align="r")
    p.box(390, 230, 175, 26, stroke=(0, 0, 0), lw=1.2)
    p.t(398, 248, "NETT PAY", 10, bold=True)
    p.t(558, 248, "R " + _m(net), 11, bold=True, align="r")
    p.t(30, 290, "Leave due: 11.5 days.  Paid into Capitec acc ****2291.  Queries: farm office, Mon-Fri 07:00-16:00.",
        7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_ph_ceramics() -> tuple[bytes, dict]:
    """A Cebu ceramics trader's monthly payslip (A5): company, employee and TIN, pay period October 1-31, 2026;
    earnings (basic, overtime, night differential, rice allowance) and statutory deductions (SSS, PhilHealth, Pag-IBIG,
    withholding tax) plus a salary loan, in two ruled lists with their totals; NET PAY in words and figures."""
    p = Page(A5)
    earn = [("Basic Pay", 17800.00), ("Overtime (9 hrs)", 1040.13), ("Night Differential", 412.50),
            ("Rice Allowance", 2000.00)]
    ded = [("SSS Contribution", 900.00), ("PhilHealth", 445.00), ("Pag-IBIG Fund", 200.00),
           ("Withholding Tax", 365.42), ("SSS Salary Loan", 1133.33)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(p.w / 2, 38, "MANDAUE CERAMICS TRADING CORP.", 12, bold=True, align="c")
    p.t(p.w / 2, 52, "A.C. Cortes Ave., Mandaue City, Cebu 6014", 8, align="c", color=GREY)
    p.t(p.w / 2, 72, "PAYSLIP", 11, bold=True, align="c")
    info = [("Employee", "DAGOHOY, ROWENA P."), ("Position", "Warehouse Checker"), ("TIN", "318-***-***-000"),
            ("Pay Period", "October 1-31, 2026")]
    for i, (k, v) in enumerate(info):
        p.t(30, 94 + i * 14, k, 8.5, color=GREY)
        p.t(110, 94 + i * 14, v, 8.5)
    y = 160
    for title, items, tname, tot in (("EARNINGS", earn, "GROSS PAY", gross), ("DEDUCTIONS", ded, "TOTAL DEDUCTIONS",
                                                                             dsum)):
        data = [[title, "AMOUNT"]] + [[k, _m(v)] for k, v in items] + [[tname, _m(tot)]]
        y = p.table(30, y, [250, p.w - 310], data, rh=16, size=8.5, aligns=["l", "r"]) + 12
    p.box(30, y, p.w - 60, 26, fill=(0.92, 0.92, 0.92), stroke=(0, 0, 0))
    p.t(38, y + 17, "NET PAY", 10.5, bold=True)
    p.t(p.w - 38, y + 17, "PHP " + _m(net), 10.5, bold=True, align="r")
    p.t(30, y + 46, "Credited to BDO S/A ****7718 on November 5, 2026.", 8, color=GREY)
    p.t(30, p.h - 40, "Received by: ____________________", 8.5)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


NG_ROWS = [  # date, narration, debit, credit
    ("01-Oct-26", "POS/WEB PURCHASE SHOPRITE KANO", 18450.00, 0.0), ("02-Oct-26", "NIP TRF FROM HALIMA YUSUF", 0.0,
                                                                      25000.00),
    ("03-Oct-26", "ATM WDL ZOO ROAD KANO", 20000.00, 0.0), ("05-Oct-26", "AIRTIME MTN 0803***4471", 2000.00, 0.0),
    ("07-Oct-26", "SMS ALERT CHARGES SEP 2026", 312.00, 0.0), ("08-Oct-26", "NIP TRF TO MUSA GARBA", 15000.00, 0.0),
    ("10-Oct-26", "POS PURCHASE AMINU KANO TEACHING HOSP", 36500.00, 0.0),
    ("12-Oct-26", "IBEDC/KEDCO PREPAID TOKEN", 12000.00, 0.0), ("14-Oct-26", "NIP TRF FROM DANJUMA BROS VENTURES",
                                                                0.0, 40000.00),
    ("15-Oct-26", "ATM WDL SABON GARI", 30000.00, 0.0), ("17-Oct-26", "POS PURCHASE ALHERI PHARMACY", 8750.00, 0.0),
    ("18-Oct-26", "STAMP DUTY", 50.00, 0.0), ("20-Oct-26", "NIP TRF TO ZAINAB ABUBAKAR", 10000.00, 0.0),
    ("22-Oct-26", "DSTV SUBSCRIPTION", 9000.00, 0.0), ("24-Oct-26", "POS PURCHASE SHOPRITE KANO", 14230.00, 0.0),
    ("25-Oct-26", "SALARY OCT 2026 KANO TEXTILE MILLS", 0.0, 187400.00),
    ("25-Oct-26", "LOAN REPAYMENT DEDUCTION", 62500.00, 0.0), ("27-Oct-26", "ATM WDL ZOO ROAD KANO", 40000.00, 0.0),
    ("28-Oct-26", "NIP TRF TO ABDULLAHI SANI", 5000.00, 0.0), ("29-Oct-26", "AIRTIME GLO 0805***1180", 1500.00, 0.0),
    ("30-Oct-26", "ACCOUNT MAINTENANCE FEE", 160.00, 0.0), ("30-Oct-26", "VAT ON MAINTENANCE FEE", 12.00, 0.0),
    ("31-Oct-26", "POS PURCHASE JABI FILLING STATION", 11000.00, 0.0),
    ("31-Oct-26", "INTEREST CREDIT", 0.0, 41.27)]
NG_OPEN = 118212.65


def en_stmt_ng_two_page() -> tuple[bytes, dict]:
    """A Nigerian bank's statement of account over two A4 pages: the customer's address block and an account summary
    (opening, total debits, total credits, closing) on page 1, then Trans Date | Value Date | Narration | Debit | Credit |
    Balance; page 2 goes on with the rows and no header row and ends with the closing balance line."""
    p = Page(A4)
    tdeb = _r(sum(r[2] for r in NG_ROWS))
    tcre = _r(sum(r[3] for r in NG_ROWS))
    close = _r(NG_OPEN - tdeb + tcre)
    widths = [58, 58, 222, 62, 62, 73]

    def rows(items, y, bal):
        for d, n, dr, cr in items:
            bal = _r(bal - dr + cr)
            cells = [d, d, n, _m(dr) if dr else "", _m(cr) if cr else "", _m(bal)]
            cx = 30
            for i, (w, c) in enumerate(zip(widths, cells, strict=True)):
                if c:
                    p.t(cx + w - 3 if i >= 3 else cx + 3, y + 11, c, 7.3, align="r" if i >= 3 else "l")
                cx += w
            y += 16
        return y, bal

    p.t(30, 44, "SAHEL TRUST BANK PLC", 15, bold=True, color=(0.0, 0.35, 0.2))
    p.t(30, 58, "RC 1042271  |  Bompai Road Branch, Kano", 8, color=GREY)
    p.t(565, 44, "STATEMENT OF ACCOUNT", 11, bold=True, align="r")
    addr = ["ABUBAKAR DANJUMA YUSUF", "No. 14 Gidan Maza Street", "Tarauni, Kano State"]
    for i, s in enumerate(addr):
        p.t(30, 90 + i * 13, s, 9, bold=i == 0)
    summ = [("Account Number", "0213849576"), ("Account Type", "SAVINGS - INDIVIDUAL"), ("Currency", "NGN"),
            ("Period", "01-Oct-2026 to 31-Oct-2026"), ("Opening Balance", _m(NG_OPEN)), ("Total Debit", _m(tdeb)),
            ("Total Credit", _m(tcre)), ("Closing Balance", _m(close))]
    p.box(330, 78, 235, 8 * 13 + 10, stroke=(0.0, 0.35, 0.2), lw=0.8)
    for i, (k, v) in enumerate(summ):
        p.t(338, 92 + i * 13, k, 8, color=GREY)
        p.t(558, 92 + i * 13, v, 8, align="r")
    y = 200
    p.box(30, y, sum(widths), 16, fill=(0.0, 0.35, 0.2), stroke=None)
    cx = 30
    for w, h in zip(widths, ["Trans Date", "Value Date", "Narration", "Debit", "Credit", "Balance"], strict=True):
        p.t(cx + 3, y + 11, h, 8, bold=True, color=(1, 1, 1))
        cx += w
    y += 16
    p.t(30 + 58 + 58 + 3, y + 11, "BALANCE B/F", 7.3, bold=True)
    p.t(30 + sum(widths) - 3, y + 11, _m(NG_OPEN), 7.3, align="r")
    y, bal = rows(NG_ROWS[:14], y + 16, NG_OPEN)
    p.t(297, 812, "Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    y, bal = rows(NG_ROWS[14:], 40, bal)
    p.line(30, y + 4, 30 + sum(widths), y + 4, 0.6)
    p.t(30 + 58 + 58 + 3, y + 18, "CLOSING BALANCE", 8, bold=True)
    p.t(30 + sum(widths) - 3, y + 18, _m(bal), 8, bold=True, align="r")
    p.t(30, y + 50, "Please examine this statement and report any discrepancy within 15 days of receipt.", 7.5,
        color=GREY)
    p.t(30, y + 62, "Sahel Trust Bank Plc is insured by the NDIC.", 7.5, color=GREY)
    p.t(297, 812, "Page 2 of 2", 8, align="c", color=GREY)
    assert bal == close
    return p.pdf(), {"closing": _s(close)}


FJ_ROWS = [  # date, code, withdrawal, deposit
    ("03OCT26", "CSH", 0.0, 150.00), ("06OCT26", "WDL", 80.00, 0.0), ("10OCT26", "SAL", 0.0, 612.40),
    ("13OCT26", "WDL", 250.00, 0.0), ("17OCT26", "LNR", 185.00, 0.0), ("24OCT26", "SAL", 0.0, 612.40),
    ("27OCT26", "WDL", 300.00, 0.0), ("30OCT26", "INT", 0.0, 2.18), ("02NOV26", "WDL", 120.00, 0.0)]
FJ_OPEN = 1044.35


def en_stmt_fj_credit_union_passbook() -> tuple[bytes, dict]:
    """A credit union's passbook page as its printer fills it: the union's name and the member number on the printed
    head (the member's name is on the cover, not this page: absent), columns DATE | CODE | WITHDRAWAL | DEPOSIT | BALANCE
    | TLR, a B/F line, eight October lines and one of November printed in a dot-matrix face, a code key at the foot."""
    p = Page((420, 300))
    p.t(210, 24, "VANUA LEVU CO-OPERATIVE CREDIT UNION", 10.5, bold=True, align="c", color=(0.1, 0.3, 0.55))
    p.t(210, 37, "Nasekula Road, Labasa  -  Savings Passbook", 7.5, align="c", color=GREY)
    p.t(24, 54, "MEMBER NO.", 7, color=GREY)
    p.t(80, 54, "4471-02", 9, face="Courier-Bold")
    p.t(396, 54, "PAGE 05", 8, face="Courier", align="r")
    widths = [62, 40, 80, 80, 86, 24]
    heads = ["DATE", "CODE", "WITHDRAWAL", "DEPOSIT", "BALANCE", "TLR"]
    x, y = 24, 62
    p.box(x, y, sum(widths), 14, fill=(0.85, 0.9, 0.96), stroke=None)
    cx = x
    for w, h in zip(widths, heads, strict=True):
        p.t(cx + w / 2, y + 10, h, 7, bold=True, align="c", color=(0.1, 0.3, 0.55))
        cx += w
    _grid(p, x, y, widths, 14, 1)
    bal = FJ_OPEN
    lines = [("01OCT26", "B/F", "", "", _m(FJ_OPEN), "")]
    for d, c, w_, dp in FJ_ROWS:
        bal = _r(bal - w_ + dp)
        lines.append((d, c, _m(w_) if w_ else "", _m(dp) if dp else "", _m(bal), "07"))
    yy = y + 28
    for ln in lines:
        cx = x
        for i, (w, c) in enumerate(zip(widths, ln, strict=True)):
            if c:
                p.t(cx + w - 4 if 2 <= i <= 4 else cx + 4, yy, c, 8, face="Courier", align="r" if 2 <= i <= 4 else "l",
                    color=(0.15, 0.15, 0.3))
            cx += w
        yy += 15
    for i in range(len(widths) + 1):
        cx = x + sum(widths[:i])
        p.line(cx, y + 14, cx, 250, 0.3, color=(0.6, 0.7, 0.85))
    p.t(24, 272, "CODES: CSH cash deposit  WDL withdrawal  SAL salary  LNR loan repayment  INT interest", 6.5, color=GREY)
    return p.pdf(), {"closing": _s(bal)}


WB_ROWS = [  # date, description, paid out, paid in
    ("02 Oct", "DD SSE AIRTRICITY", 38.40, 0.0), ("06 Oct", "CARD TESCO NEWRY", 46.72, 0.0),
    ("09 Oct", "DD LPS RATES", 142.00, 0.0), ("13 Oct", "DFC JSA NS 0048817C", 0.0, 184.10),
    ("14 Oct", "CARD CENTRA WARRENPOINT", 22.15, 0.0), ("17 Oct", "TFR FROM E PETTIGREW", 0.0, 150.00),
    ("20 Oct", "SO RENT NEWRY HOUSING ASSOC", 395.00, 0.0), ("23 Oct", "CASH WITHDRAWAL NEWRY", 60.00, 0.0),
    ("27 Oct", "DFC JSA NS 0048817C", 0.0, 184.10), ("29 Oct", "DD KESTREL MOTOR FIN", 231.86, 0.0),
    ("31 Oct", "INTEREST", 0.0, 0.31)]
WB_OPEN = 1312.64


def en_stmt_ni_mourne_society() -> tuple[bytes, dict]:
    """A building society's monthly current-account statement (A4): the society's block with the sort code and account
    number, the member's address, 'Statement 118, 1 October to 31 October 2026', a summary box (balance brought
    forward, money out, money in, balance carried forward), Date | Description | Paid out | Paid in | Balance rows with
    the balance printed only on the last line of each day."""
    p = Page(A4)
    out = _r(sum(r[2] for r in WB_ROWS))
    inc = _r(sum(r[3] for r in WB_ROWS))
    close = _r(WB_OPEN - out + inc)
    p.t(40, 50, "Mourne & Clanrye Building Society", 14, bold=True, color=(0.15, 0.3, 0.5))
    p.t(40, 64, "Hill Street, Newry, Co. Down BT34 1AR", 8, color=GREY)
    for i, s_ in enumerate(["Mr G Pettigrew", "17 Canal Street", "Newry", "BT35 6JB"]):
        p.t(40, 110 + i * 14, s_, 10)
    info = [("Account", "Clanrye Current Account"), ("Account name", "MR GRAHAM PETTIGREW"), ("Sort code", "98-71-14"),
            ("Account number", "33017266"), ("Statement", "118"), ("Period", "1 October to 31 October 2026")]
    for i, (k, v) in enumerate(info):
        p.t(320, 110 + i * 14, k, 8.5, color=GREY)
        p.t(555, 110 + i * 14, v, 8.5, align="r")
    p.box(40, 210, 515, 34, fill=(0.92, 0.95, 0.98), stroke=None)
    summ = [("Balance brought forward", WB_OPEN), ("Money out", out), ("Money in", inc), ("Balance carried forward",
                                                                                       close)]
    for i, (k, v) in enumerate(summ):
        p.t(50 + i * 128, 224, k, 7.5, color=GREY)
        p.t(50 + i * 128, 238, "\u00a3" + _m(v), 10, bold=i == 3)
    data = [["Date", "Description", "Paid out", "Paid in", "Balance"], ["01 Oct", "BALANCE BROUGHT FORWARD", "", "",
                                                                        _m(WB_OPEN)]]
    bal = WB_OPEN
    for k, (d, desc, o, i_) in enumerate(WB_ROWS):
        bal = _r(bal - o + i_)
        last_of_day = k == len(WB_ROWS) - 1 or WB_ROWS[k + 1][0] != d
        data.append([d, desc, _m(o) if o else "", _m(i_) if i_ else "", _m(bal) if last_of_day else ""])
    data.append(["31 Oct", "BALANCE CARRIED FORWARD", "", "", _m(close)])
    p.table(40, 262, [60, 245, 70, 70, 70], data, rh=18, size=8.5, aligns=["l", "l", "r", "r", "r"], grid=False,
            hlines=True, head_fill=(0.85, 0.9, 0.95))
    p.t(40, 780, "Mourne & Clanrye Building Society is authorised by the PRA and regulated by the FCA and the PRA.", 7,
        color=GREY)
    assert bal == close
    return p.pdf(), {"closing": _s(close)}


CU_ROWS = [  # date, transaction, shares in/out (signed), loan repayment
    ("03/10/2026", "Standing order - loan", -120.00, 120.00), ("09/10/2026", "Lodgement - cash", 50.00, 0.0),
    ("16/10/2026", "Withdrawal - EFT", -400.00, 0.0), ("30/10/2026", "Lodgement - salary (EFT)", 3060.66, 0.0),
    ("31/10/2026", "Standing order - loan", -120.00, 120.00), ("31/10/2026", "Withdrawal - EFT", -2150.00, 0.0)]
CU_OPEN = 2864.18
CU_LOAN_OPEN = 3740.00


def en_stmt_ie_credit_union() -> tuple[bytes, dict]:
    """A credit union's member statement (A4 portrait): the member and her number, the period 01/10/2026 to
    31/10/2026, then one table with two running balances (Shares and Loan): Date | Transaction | Shares | Share
    balance | Loan | Loan balance; the share balance at the end is the account's closing balance, the loan balance is
    a debt."""
    p = Page(A4)
    p.t(40, 50, "Carrigaline & District Credit Union Ltd", 14, bold=True, color=(0.45, 0.2, 0.05))
    p.t(40, 64, "Main Street, Carrigaline, Co. Cork  |  Regulated by the Central Bank of Ireland", 8, color=GREY)
    p.t(555, 50, "MEMBER STATEMENT", 11, bold=True, align="r")
    info = [("Member", "Niamh Cotter"), ("Member no.", "20417"), ("Account", "Share account S1"),
            ("Period", "01/10/2026 to 31/10/2026")]
    for i, (k, v) in enumerate(info):
        p.t(40, 100 + i * 15, k, 9, color=GREY)
        p.t(130, 100 + i * 15, v, 9.5)
    sh, ln = CU_OPEN, CU_LOAN_OPEN
    data = [["Date", "Transaction", "Shares", "Share bal.", "Loan", "Loan bal."],
            ["01/10/2026", "Opening balance", "", _m(sh), "", _m(ln)]]
    for d, t, amt, rep in CU_ROWS:
        sh = _r(sh + amt)
        ln = _r(ln - rep)
        data.append([d, t, f"{amt:+,.2f}", _m(sh), _m(rep) if rep else "", _m(ln)])
    y = p.table(40, 170, [70, 165, 70, 80, 60, 70], data, rh=18, size=8.5, aligns=["l", "l", "r", "r", "r", "r"])
    p.t(40, y + 24, f"Closing share balance: \u20ac{_m(sh)}", 10, bold=True)
    p.t(300, y + 24, f"Loan outstanding: \u20ac{_m(ln)}", 10)
    p.t(40, y + 50, "Shares are not deposits. Dividend for the year is declared at the AGM.", 8, color=GREY)
    return p.pdf(), {"closing": _s(sh)}


GH_ITEMS = [("Consultation (Specialist OPD)", 1, 80.00, True), ("Full Blood Count", 1, 45.00, True),
            ("Malaria RDT", 1, 20.00, True), ("Abdominal ultrasound", 1, 180.00, False),
            ("Artemether-Lumefantrine 80/480", 1, 38.50, True), ("Omeprazole 20mg x28", 1, 24.00, False),
            ("Paracetamol 500mg x20", 1, 6.00, True), ("IV Infusion set + Normal saline", 2, 32.00, True),
            ("Observation bed (per day)", 1, 120.00, False)]


def en_med_gh_municipal_bill() -> tuple[bytes, dict]:
    """A Ghanaian municipal hospital's patient bill (A4): folder number, patient, NHIS number and the visit date in a
    ruled block; Service | Qty | Unit | Amount | NHIS rows with a Y/N mark, then Total Bill, NHIS covered and Amount
    payable by patient; the cashier's stamp box."""
    p = Page(A4)
    amts = [_r(q * u) for _n, q, u, _c in GH_ITEMS]
    total = _r(sum(amts))
    nhis = _r(sum(a for a, it in zip(amts, GH_ITEMS, strict=True) if it[3]))
    own = _r(total - nhis)
    p.t(297, 48, "NSAWAM MUNICIPAL HOSPITAL", 15, bold=True, align="c")
    p.t(297, 64, "Ghana Health Service  |  P.O. Box 61, Nsawam, Eastern Region", 8.5, align="c", color=GREY)
    p.t(297, 88, "PATIENT BILL", 12, bold=True, align="c")
    info = [["Folder No.", "NMH/26/08814", "Visit date", "19/10/2026"],
            ["Patient", "Kwabena Osei-Tutu", "Sex / Age", "M / 47"],
            ["NHIS No.", "0451****29", "Scheme", "NHIS - Akuapem South"]]
    p.table(40, 100, [80, 180, 80, 175], info, rh=18, size=9, head=0)
    data = [["Service / Item", "Qty", "Unit (GH¢)", "Amount (GH¢)", "NHIS"]] + \
           [[n, str(q), _m(u), _m(a), "Y" if c else "N"] for (n, q, u, c), a in zip(GH_ITEMS, amts, strict=True)]
    y = p.table(40, 170, [245, 40, 80, 90, 60], data, rh=18, size=8.5, aligns=["l", "c", "r", "r", "c"])
    for i, (k, v, b) in enumerate([("Total Bill", total, False), ("Less: NHIS covered", nhis, False),
                                   ("Amount payable by patient", own, True)]):
        p.t(360, y + 20 + i * 18, k, 9, bold=b, align="r")
        p.t(495, y + 20 + i * 18, _m(v), 9, bold=b, align="r")
    p.box(40, y + 80, 160, 60, stroke=(0.3, 0.3, 0.3), lw=0.6)
    p.t(48, y + 94, "CASH OFFICE", 8, color=GREY)
    p.t(48, y + 130, "Cashier: E. Amankwah", 8)
    p.t(40, y + 160, "Bill printed 19/10/2026 16:05. Keep this bill for any claims or refunds.", 8, color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(own)}


US_ITEMS = [  # date, rev code, description, qty, unit
    ("10/07/26", "0450", "EMERGENCY ROOM LEVEL 4", 1, 1843.00), ("10/07/26", "0300", "CBC W/AUTO DIFF", 1, 61.00),
    ("10/07/26", "0301", "COMPREHENSIVE METABOLIC PANEL", 1, 118.00), ("10/07/26", "0301", "LIPASE", 1, 74.00),
    ("10/07/26", "0350", "CT ABDOMEN/PELVIS W CONTRAST", 1, 3260.00), ("10/07/26", "0636", "IOHEXOL 350 MG/ML", 100,
                                                                           1.15),
    ("10/07/26", "0258", "ONDANSETRON 4MG INJ", 2, 38.00), ("10/07/26", "0258", "MORPHINE SULF 4MG INJ", 2, 46.50),
    ("10/07/26", "0260", "IV INFUSION HYDRATION 1ST HR", 1, 412.00), ("10/08/26", "0121", "ROOM & BOARD SEMI-PVT",
                                                                         1, 2150.00),
    ("10/08/26", "0250", "PANTOPRAZOLE 40MG IV", 2, 64.00), ("10/08/26", "0301", "LIPASE", 1, 74.00),
    ("10/08/26", "0300", "CBC W/AUTO DIFF", 1, 61.00), ("10/08/26", "0610", "MRCP WO CONTRAST", 1, 2875.00),
    ("10/09/26", "0121", "ROOM & BOARD SEMI-PVT", 1, 2150.00), ("10/09/26", "0301", "HEPATIC FUNCTION PANEL", 1,
                                                                  86.00),
    ("10/09/26", "0250", "ACETAMINOPHEN 500MG TAB", 4, 3.25), ("10/09/26", "0942", "DIETITIAN CONSULT", 1, 145.00),
    ("10/09/26", "0762", "OBSERVATION PER HOUR", 6, 96.00), ("10/09/26", "0270", "IV START KIT", 2, 27.40),
]


def en_med_us_itemised_two_page() -> tuple[bytes, dict]:
    """A regional medical centre's itemised statement over two Letter pages: the guarantor and account block and the
    statement date on page 1 with Date | Rev Code | Description | Qty | Charges rows; page 2 ends the rows, then Total
    Charges, the insurer's payment, the contractual adjustment and Patient Balance Due."""
    p = Page((612, 792))
    amts = [_r(q * u) for *_a, q, u in US_ITEMS]
    total = _r(sum(amts))
    paid = _r(total * 0.412)
    adj = _r(total * 0.463)
    bal = _r(total - paid - adj)
    widths = [62, 58, 260, 40, 92]

    def rows(items, its, y):
        data = [["Date", "Rev Code", "Description", "Qty", "Charges"]] + \
               [[d, c, n, str(q), _m(a)] for (d, c, n, q, _u), a in zip(items, its, strict=True)]
        return p.table(40, y, widths, data, rh=16, size=8, aligns=["l", "c", "l", "r", "r"], grid=False, hlines=True,
                       head_fill=(0.86, 0.9, 0.95))

    p.t(40, 46, "Cedar Bluff Regional Medical Center", 14, bold=True, color=(0.1, 0.25, 0.45))
    p.t(40, 62, "1200 Clinch Valley Hwy, Cedar Bluff, VA 24609  |  Patient Financial Services (276) 555-0148", 8,
        color=GREY)
    p.t(572, 46, "ITEMIZED STATEMENT", 11, bold=True, align="r")
    info = [("Patient", "WHITCOMB, DARLENE M"), ("Guarantor", "WHITCOMB, DARLENE M"), ("Account #", "40017752318"),
            ("Admit / Discharge", "10/07/2026 - 10/09/2026"), ("Statement date", "10/21/2026"),
            ("Primary insurance", "Anthem BCBS VA  PPO")]
    for i, (k, v) in enumerate(info):
        x, y = 40 + (i // 3) * 270, 90 + (i % 3) * 14
        p.t(x, y, k, 8, color=GREY)
        p.t(x + 95, y, v, 8.5)
    rows(US_ITEMS[:16], amts[:16], 140)
    p.t(306, 770, "Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    y = rows(US_ITEMS[16:], amts[16:], 40)
    summary = [("Total Charges", total), ("Insurance Payment - Anthem BCBS", -paid), ("Contractual Adjustment", -adj),
               ("PATIENT BALANCE DUE", bal)]
    for i, (k, v) in enumerate(summary):
        b = i in (0, 3)
        p.t(400, y + 24 + i * 18, k, 9, bold=b, align="r")
        p.t(552, y + 24 + i * 18, ("-" if v < 0 else "") + "$" + _m(abs(v)), 9, bold=b, align="r")
    p.t(40, y + 110, "Your balance reflects your plan's deductible and coinsurance. Financial assistance may be available:",
        8, color=GREY)
    p.t(40, y + 122, "ask for an application or call Patient Financial Services.", 8, color=GREY)
    p.t(306, 770, "Page 2 of 2", 8, align="c", color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(bal)}


def en_med_za_gp_receipt_2025() -> tuple[bytes, dict]:
    """A general practitioner's receipt from Bloemfontein (A5): practice number, patient, medical aid none (cash),
    ICD-10 and tariff codes with fees, Total and Paid (card); dated 14/08/2025, more than a year before the as-of date
    (stale)."""
    p = Page(A5)
    items = [("0190", "Consultation - general practitioner", 520.00), ("0308", "Wound suturing, face", 690.00),
             ("NAPPI 7083", "Co-amoxiclav 625mg x15", 214.30)]
    total = _r(sum(v for _c, _n, v in items))
    p.t(30, 40, "Dr. J. P. van der Walt", 13, bold=True)
    p.t(30, 56, "MB ChB (UFS)  |  Practice No. 0486223  |  42 Kellner St, Westdene, Bloemfontein", 7.5, color=GREY)
    p.t(p.w - 30, 84, "RECEIPT / ACCOUNT", 11, bold=True, align="r")
    info = [("Patient", "Thandiwe Mokoena"), ("Date of service", "14/08/2025"), ("Medical aid", "None - cash patient"),
            ("ICD-10", "S01.8")]
    for i, (k, v) in enumerate(info):
        p.t(30, 104 + i * 15, k, 8.5, color=GREY)
        p.t(120, 104 + i * 15, v, 8.5)
    data = [["Code", "Description", "Amount (R)"]] + [[c, n, _m(v)] for c, n, v in items]
    y = p.table(30, 172, [60, 220, p.w - 340], data, rh=18, size=8.5, aligns=["l", "l", "r"])
    p.t(p.w - 30, y + 22, f"TOTAL  R {_m(total)}", 10, bold=True, align="r")
    p.t(p.w - 30, y + 40, f"PAID (card)  R {_m(total)}", 9, align="r")
    p.t(p.w - 30, y + 58, "BALANCE  R 0.00", 9, align="r")
    p.t(30, p.h - 40, "Thank you. Keep this receipt for your tax records.", 8, color=GREY)
    return p.pdf(), {"total": _s(total)}


def en_unemp_ni_jsa_award() -> tuple[bytes, dict]:
    """A Department for Communities letter (A4): the Jobs & Benefits office's return address, the claimant's name and address, the date 14 October 2026,
    'Your New Style Jobseeker's Allowance' with the weekly amount, the start date and the claimant commitment, the
    National Insurance number masked and a reconsideration paragraph."""
    p = Page(A4)
    p.t(40, 50, "Department for Communities", 12, bold=True)
    p.t(40, 64, "Newry Jobs & Benefits Office, Kildare Street, Newry BT34 1DQ", 8, color=GREY)
    addr = ["Mr Graham Pettigrew", "17 Canal Street", "Newry", "BT35 6JB"]
    for i, s in enumerate(addr):
        p.t(40, 120 + i * 14, s, 10)
    p.t(555, 120, "Date: 14 October 2026", 9.5, align="r")
    p.t(555, 134, "National Insurance number: JR ** ** 61 C", 9, align="r")
    p.t(555, 148, "Phone: 0800 587 1377", 9, align="r")
    p.t(40, 206, "Your New Style Jobseeker's Allowance", 14, bold=True)
    body = ["Dear Mr Pettigrew,",
            "",
            "We have decided that you are entitled to New Style Jobseeker's Allowance from 29 September 2026.",
            "You will get \u00a392.05 a week. We will pay you every 2 weeks, in arrears, into your bank account.",
            "",
            "Your award is based on the Class 1 National Insurance contributions you paid in the tax years",
            "2024 to 2025 and 2025 to 2026. You can get New Style Jobseeker's Allowance for up to 182 days.",
            "",
            "You must keep to the commitments in your Claimant Commitment, including going to your",
            "appointments with your work coach at Newry Jobs & Benefits Office. If you do not, your payments may be reduced.",
            "",
            "If you think this decision is wrong, you can ask us to look at it again. You must do this within",
            "one month of the date of this letter.",
            "",
            "Yours sincerely,",
            "",
            "Decision Maker, on behalf of the Department"]
    for i, s in enumerate(body):
        p.t(40, 240 + i * 16, s, 10)
    p.t(40, 800, "JSA NS NI 2  10/26", 7, color=GREY)
    return p.pdf(), {}


def en_unemp_ca_ei_screen() -> tuple[bytes, dict]:
    """A government account's Employment Insurance claim screen (PNG): the claimant's name under the account header,
    a status card 'Your claim has been approved' with the decision date, the weekly benefit rate, weeks payable, the
    benefit period start and the next report due."""
    p = Page(PHONE)
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _status_bar(p, "14:22")
    p.box(0, 44, 390, 56, fill=(0.15, 0.22, 0.35), stroke=None)
    p.t(20, 78, "Government of Canada  |  My Account", 12, bold=True, color=(1, 1, 1))
    p.t(20, 130, "Welcome, Marie-Josee Thibodeau", 12, bold=True)
    p.t(20, 148, "Last sign in: November 3, 2026", 9, color=GREY)
    p.t(20, 186, "Employment Insurance", 15, bold=True)
    p.box(20, 200, 350, 62, fill=(0.88, 0.96, 0.88), stroke=(0.2, 0.55, 0.2), lw=1, radius=4)
    p.t(34, 226, "Your claim has been approved.", 11.5, bold=True, color=(0.1, 0.4, 0.1))
    p.t(34, 246, "Decision date: October 22, 2026", 10.5)
    rows = [("Benefit type", "Regular benefits"), ("Claim number", "EI-**-*-7735"), ("Benefit period start",
            "October 4, 2026"), ("Weekly benefit rate", "$612.00 (before tax)"), ("Weeks payable", "24"),
            ("Waiting period", "1 week (served)"), ("Next report due", "November 9, 2026")]
    y = 296
    for k, v in rows:
        p.t(20, y, k, 10.5, color=GREY)
        p.t(20, y + 18, v, 11.5)
        p.line(20, y + 30, 370, y + 30, 0.3, color=(0.85, 0.85, 0.85))
        y += 50
    p.box(20, y + 6, 350, 40, fill=(0.15, 0.35, 0.65), stroke=None, radius=4)
    p.t(195, y + 31, "Complete your report", 11.5, bold=True, color=(1, 1, 1), align="c")
    p.t(195, y + 76, "Employment and Social Development Canada", 9, color=GREY, align="c")
    return p.pdf(), {}


def en_other_council_tax() -> tuple[bytes, dict]:
    """Look-alike: a borough council's Council Tax demand notice for 2026/27: the liable person, the property, the
    band, the annual charge with discounts, and ten instalments with their dates: a tax bill, not a statement."""
    p = Page(A4)
    p.t(40, 50, "Torridge District Council", 14, bold=True)
    p.t(40, 64, "Riverbank House, Bideford EX39 2QG", 8.5, color=GREY)
    p.t(555, 50, "COUNCIL TAX BILL 2026/27", 12, bold=True, align="r")
    for i, s in enumerate(["Ms Carys Penhaligon", "Flat 3, 8 Meddon Street", "Bideford", "EX39 2EQ"]):
        p.t(40, 120 + i * 14, s, 10)
    p.t(555, 120, "Account ref: 60917734", 9, align="r")
    p.t(555, 134, "Property band: B", 9, align="r")
    p.t(555, 148, "Date of issue: 10 March 2026", 9, align="r")
    rows = [["Charge", "Band B", "Amount"], ["Torridge District Council", "", "256.19"],
            ["Devon County Council (incl. adult social care)", "", "1,501.44"],
            ["Devon & Cornwall Police", "", "241.92"], ["Devon & Somerset Fire", "", "92.36"],
            ["Town council precept", "", "48.20"], ["Less single person discount 25%", "", "-535.03"],
            ["Amount payable 2026/27", "", "1,605.08"]]
    y = p.table(40, 200, [330, 70, 115], rows, rh=18, size=9, aligns=["l", "c", "r"])
    p.t(40, y + 26, "Instalments", 10, bold=True)
    inst = [["Date", "Amount"] * 2] + [[f"01/{m:02d}/2026" if m >= 4 else f"01/{m:02d}/2027",
                                        "161.12" if m == 4 else "160.44", f"01/{(m + 5):02d}/2026" if m + 5 <= 12 else
                                        f"01/{(m + 5 - 12):02d}/2027", "160.44"] for m in range(4, 9)]
    p.table(40, y + 34, [110, 80, 110, 80], inst, rh=16, size=8.5, aligns=["l", "r", "l", "r"])
    p.t(40, y + 150, "Pay by Direct Debit, online at torridge.gov.uk/counciltax or by phone on 01237 428700.", 8.5)
    return p.pdf(), {}


def en_other_car_finance() -> tuple[bytes, dict]:
    """Look-alike: a motor finance company's annual statement of a hire-purchase agreement: the vehicle, the amount of
    credit, payments made, the balance outstanding and the monthly payment schedule: a loan account, not a bank
    statement."""
    p = Page(A4)
    p.t(40, 50, "Kestrel Motor Finance Ltd", 14, bold=True, color=(0.4, 0.1, 0.1))
    p.t(40, 64, "PO Box 7781, Leicester LE1 9QP  |  Authorised and regulated by the FCA", 8, color=GREY)
    p.t(555, 50, "Annual Statement", 12, bold=True, align="r")
    for i, s in enumerate(["Mr Graham Pettigrew", "17 Canal Street", "Newry", "BT35 6JB"]):
        p.t(40, 110 + i * 14, s, 10)
    info = [("Agreement no.", "HP-0934417"), ("Vehicle", "2021 Ford Fiesta 1.0 EcoBoost"), ("Registration", "HX21 KTF"),
            ("Statement period", "13/10/2025 - 12/10/2026"), ("Amount of credit", "\u00a39,450.00"),
            ("Monthly payment", "\u00a3231.86"), ("Payments made in period", "\u00a32,782.32"),
            ("Balance outstanding", "\u00a34,869.06"), ("Final payment due", "12/06/2028")]
    for i, (k, v) in enumerate(info):
        p.t(300, 110 + i * 15, k, 9, color=GREY)
        p.t(555, 110 + i * 15, v, 9, align="r")
    rows = [["Due date", "Description", "Amount", "Paid", "Arrears"]]
    for k in range(12):
        m = (10 + k) % 12 + 1
        yr = 2025 if 10 + k < 12 else 2026
        rows.append([f"12/{m:02d}/{yr}", "Monthly instalment", "231.86", "231.86", "0.00"])
    p.table(40, 270, [90, 190, 80, 80, 75], rows, rh=16, size=8.5, aligns=["l", "l", "r", "r", "r"])
    p.t(40, 500, "This statement is sent under section 77A of the Consumer Credit Act 1974.", 8, color=GREY)
    return p.pdf(), {}


def en_other_pension_annual() -> tuple[bytes, dict]:
    """Look-alike: an occupational pension scheme's annual benefit statement: the member, the statement date, the pot
    value, contributions in the year (member and employer) and an illustration at retirement: pension savings, not
    income proof."""
    p = Page(A4)
    p.t(40, 52, "Northern Dairies Retirement Savings Plan", 14, bold=True, color=(0.1, 0.3, 0.35))
    p.t(40, 70, "Your annual benefit statement", 11)
    p.t(555, 52, "Statement date: 5 April 2026", 9, align="r")
    p.t(40, 110, "Member: Niamh Cotter", 10)
    p.t(40, 126, "Member number: NDR-0071394", 10)
    p.t(40, 142, "Selected retirement age: 66", 10)
    rows = [["", "Amount (\u20ac)"], ["Value of your pot at 6 April 2025", "41,876.22"],
            ["Your contributions", "1,890.00"], ["Employer contributions", "2,835.00"],
            ["Investment growth", "3,104.56"], ["Charges", "-219.40"], ["Value of your pot at 5 April 2026", "49,486.38"]]
    y = p.table(40, 170, [360, 155], rows, rh=20, size=9.5, aligns=["l", "r"])
    p.t(40, y + 30, "What you might get at retirement (in today's money)", 11, bold=True)
    p.t(40, y + 50, "Estimated pot at 66: \u20ac186,400    Estimated yearly income: \u20ac7,260", 10)
    p.t(40, y + 80, "These figures are estimates, not guarantees. Contact the plan administrator with any questions.", 8,
        color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: labels (what each drawing prints), forms, notes

DIM = dict(desk="dark", angle=5.5, persp=0.1, blur=1.15, quality=62, exposure=0.72, falloff=0.55, shadow=0.3)

DOCS: dict[str, dict] = {
    "zh-pay-xiangyang-rider-income-screen": dict(
        draw=zh_pay_xiangyang_rider_screen, type="payslip", lang="zh",
        fields={"employer": "襄阳蜂行配送服务有限公司", "employee": "覃德旺", "period": "2026-10",
                "gross_pay": "5526.00", "net_pay": "5361.00"},
        forms={"image": {}},
        note="a delivery platform's rider app 收入明细 screen (PNG) for 2026年10月: the station company and 骑手 in a "
             "yellow card, 实际到账 in large figures, 收入项 (配送费 by order count, 冲单奖励, 补贴) closed by 收入合计 and "
             "扣款项 as negative figures closed by 扣款合计"),
    "zh-pay-taizhou-shipyard-two-line-strip": dict(
        draw=zh_pay_taizhou_shipyard_strip, type="payslip", lang="zh",
        fields={"employer": "泰州江润船舶重工有限公司", "employee": "栾宏斌", "period": "2026-10",
                "gross_pay": "6884.40", "net_pay": "5688.99"},
        forms={"text": {}, "scan": {}, "photo": DIM},
        note="a shipyard's wide 工资条: the title with 2026年10月, a header over two lines (应发项目 over 基本工资 | 计件工资 | "
             "加班费 | 高空津贴 | 应发合计, 代扣项目 over five items and 扣款合计; 姓名, 工号, 班组, 实发工资 span both), one "
             "row of figures, the clerk's line; the photo is dim and angled"),
    "zh-pay-nanchong-flexible-september": dict(
        draw=zh_pay_nanchong_flexible_september, type="payslip", lang="zh",
        fields={"employer": "南充安居家政服务有限公司", "employee": "蒲秀兰", "period": "2026-09",
                "gross_pay": "3816.00", "net_pay": "3606.20"},
        forms={"photo": dict(desk="wood", angle=-2.4, persp=0.07, blur=1.0, quality=66, falloff=0.4, hand="bottom")},
        note="a housekeeping agency's 劳务报酬结算单（灵活用工） for 2026年9月 on A5: 服务工时 x 单价 and a bonus make 应结报酬, "
             "the platform fee (5%) and insurance taken off, 实结金额 boxed and in 大写, the 财务专用章; a month before the "
             "one asked (stale)"),
    "zh-stmt-czb-two-page-counterparty": dict(
        draw=zh_stmt_czb_two_page, type="bank_statement", lang="zh",
        fields={"bank": ["浙商银行", "浙商银行股份有限公司"], "account_holder": "栾宏斌",
                "account_number": "6223091500128836457", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1773.02"},
        forms={"text": {}, "scan": {}},
        note="a joint-stock bank's 个人账户交易流水 over two A4 pages: 户名, 账号, 起止日期 in the head, 记账日期 | 交易摘要 | "
             "交易金额 (signed) | 账户余额 | 对方信息 with 对方信息 over 户名 | 账号/开户行 (a header over two lines), 18 rows on "
             "page 1, page 2 going on with no header row, then 期初余额, 收入/支出合计 and 期末余额 with the 电子回单专用章"),
    "zh-stmt-hubei-bank-app-detail": dict(
        draw=zh_stmt_hubei_bank_app, type="bank_statement", lang="zh",
        fields={"bank": ["湖北银行"], "account_number": "4027", "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "4418.66"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a city bank's app 交易明细 screen (PNG): 借记卡（尾号4027） (no holder's name: absent), a 2026-10-01 至 "
             "2026-10-31 bar, entries newest first with signed amounts and 余额 under each; the closing balance the top "
             "entry's"),
    "zh-stmt-bengbu-terminal-roll": dict(
        draw=zh_stmt_bengbu_terminal_roll, type="bank_statement", lang="zh",
        fields={"bank": ["安徽蚌埠农村商业银行", "蚌埠农商银行"], "account_holder": "鲍成刚",
                "account_number": "6229538100274419655", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "2655.82"},
        forms={"photo": dict(desk="dark", angle=-2.2, persp=0.07, blur=1.05, quality=64, dpi=200, crumple=0.7,
                             falloff=0.45)},
        note="a rural bank's self-service terminal 账户明细 on an 80 mm roll: 户名, 卡号, 查询起止 20261001-20261031, "
             "unruled lines 日期 摘要 金额 余额 with yyyymmdd dates, 上期余额 first and 本期余额 last, the terminal number "
             "and print time; photographed curled on a dark table"),
    "zh-other-wallet-export-pdf": dict(
        draw=zh_other_wallet_export, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a payment wallet's 交易明细 exported as a landscape PDF: account, 起止时间, counts of 收入/支出, "
             "交易时间 | 收/支 | 交易对方 | 商品说明 | 金额 | 交易状态 and no balance: a wallet's record, not a bank statement"),
    "zh-med-taizhou-gaogang-outpatient-insurance-columns": dict(
        draw=zh_med_taizhou_outpatient, type="medical_bill", lang="zh",
        fields={"provider": "泰州市高港区人民医院", "patient": "栾宏斌", "date": "2026-10-16",
                "total": ["511.78", "195.89"]},
        forms={"text": {}, "scan": {}, "photo": dict(desk="laminate", angle=3.8, persp=0.08, blur=1.05, quality=64,
                                                     shadow=0.35, falloff=0.45, hand="right")},
        note="a provincial 医疗门诊收费票据 of a district hospital: 交款人, 医保类型, 开票日期, items in three 项目 | 金额 "
             "pairs, 合计 in 大写 and 小写, then the 医保 columns (医保统筹支付 | 个人账户支付 | 个人现金支付 | 其他支付) on one "
             "ruled line, the 收费专用章"),
    "zh-med-xiaogan-tcm-fee-list-two-page": dict(
        draw=zh_med_xiaogan_fee_list_two_page, type="medical_bill", lang="zh",
        fields={"provider": "孝感市孝南区中医医院", "patient": "宁丽娟", "date": ["2026-10-11", "2026-10-03"],
                "total": "2708.80"},
        forms={"text": {}, "scan": {}},
        note="a TCM hospital's 住院费用清单 over two A4 pages: a ruled patient grid (住院号, 姓名, 科室, 入院/出院日期), "
             "日期 | 项目名称 | 单位 | 数量 | 单价 | 金额 | 医保类别 rows, the header repeated on page 2, then 甲/乙/丙类合计, "
             "费用合计 and its 大写, the print date"),
    "zh-unemp-bengbu-benefit-result-screen": dict(
        draw=zh_unemp_bengbu_result_screen, type="unemployment_proof", lang="zh",
        fields={"person": "鲍成刚", "issuer": ["蚌埠市社会保险服务中心"], "date": "2026-10-28"},
        forms={"image": {}},
        note="a government-services app's 办件详情 page (PNG) for 失业保险金申领: a green 审核通过 banner, label | value rows "
             "(申请人, 受理机构, 核定月发放标准, 核定领取期限, 申请时间, 办结时间), a notice"),
    "zh-income-xiaogan-supermarket-letter": dict(
        draw=zh_income_xiaogan_supermarket, type="income_proof", lang="zh",
        fields={"employer": "孝感惠邻超市连锁有限公司", "employee": "宁丽娟", "monthly_income": "4300.00",
                "date": "2026-11-05"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-1.2, persp=0.05, blur=0.95, quality=70, fold=0.36)},
        note="a supermarket chain's 收入证明 in prose: 兹证明, the post and start date, 月均收入（税前） in 大写 and ¥ "
             "figures, a yearly figure beside it, the purpose line, the company and date under the 人力资源专用章"),
    "zh-other-premium-renewal-notice": dict(
        draw=zh_other_premium_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="cloth", angle=2.0, persp=0.06, blur=1.0, quality=66, exposure=0.85)},
        note="look-alike: a life insurer's 续期保费缴费通知书 (A5): 投保人, 保单号, 应缴保费, 应缴日期, 扣款账户: a request for "
             "a premium, not income or a statement"),
    "zh-other-jingmen-property-fee-notice": dict(
        draw=zh_other_jingmen_property_fee, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-4.2, persp=0.09, blur=1.1, quality=63, falloff=0.5)},
        note="look-alike: an estate's 物业服务费缴费通知单: 房号, 业主, fee rows by area x price for 2026.07—2026.12, "
             "往期欠费, 滞纳金, 合计应缴 and the 收费专用章: a bill for a flat"),
    "zh-other-card-repayment-reminder-screen": dict(
        draw=zh_other_card_repayment_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a credit-card app's 还款提醒 screen (PNG): 本期应还, 最低还款, 到期还款日, 立即还款, recent card "
             "spending: a card's bill, not a debit account's statement"),
    "en-pay-nz-kiwifruit-packhouse": dict(
        draw=en_pay_nz_kiwifruit, type="payslip", lang="en",
        fields={"employer": ["Rangiuru Kiwifruit Packhouse Ltd", "RANGIURU KIWIFRUIT PACKHOUSE LTD"],
                "employee": "Aroha Tamati-Wihongi", "period": "2026-10", "gross_pay": "4745.80",
                "net_pay": "3615.42"},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.6, persp=0.06, blur=1.0, quality=68, shadow=0.25)},
        note="a kiwifruit packhouse's monthly payslip on the top half of A4: IRD number and tax code, pay period "
             "01/10/2026 - 31/10/2026, Earnings (hours x rate) beside Deductions (PAYE, ACC earners' levy, KiwiSaver "
             "3%, student loan), Gross / Total Deductions / Net Pay in one band, the employer's KiwiSaver contribution "
             "printed apart"),
    "en-pay-ie-creamery-two-line-header": dict(
        draw=en_pay_ie_creamery, type="payslip", lang="en",
        fields={"employer": "Ballinhassig Co-operative Creamery Ltd", "employee": "Niamh Cotter", "period": "2026-10",
                "gross_pay": "3748.80", "net_pay": "3060.66"},
        forms={"scan": {}, "photo": DIM},
        note="a co-operative creamery's Pay Advice (A5 landscape), Period 10, pay date 30/10/2026: one table under a "
             "header over two lines (Payments over Basic | Overtime | Shift | Gross, Deductions over PAYE | USC | PRSI | "
             "Pension | Total; Employee, PPSN, Net Pay span both), the figures row, tax-year cumulatives below; the "
             "photo is dim and angled"),
    "en-pay-za-citrus-september": dict(
        draw=en_pay_za_citrus_september, type="payslip", lang="en",
        fields={"employer": ["KWENA CITRUS ESTATES (PTY) LTD", "Kwena Citrus Estates (Pty) Ltd"],
                "employee": ["LERATO MASHABA", "Lerato Mashaba"], "period": "2026-09", "gross_pay": "7384.95",
                "net_pay": "6677.90"},
        forms={"photo": dict(desk="dark", angle=-3.2, persp=0.08, blur=1.1, quality=64, exposure=0.82, crumple=0.6)},
        note="a citrus estate's payslip for SEPTEMBER 2026: Earnings | Deductions (PAYE, UIF, provident fund, union "
             "dues) | Company Contributions (UIF, SDL) in three ruled columns, totals under them, NETT PAY boxed; a "
             "month before the one asked (stale)"),
    "en-pay-ph-ceramics-statutory": dict(
        draw=en_pay_ph_ceramics, type="payslip", lang="en",
        fields={"employer": ["MANDAUE CERAMICS TRADING CORP.", "Mandaue Ceramics Trading Corp."],
                "employee": ["DAGOHOY, ROWENA P.", "Rowena P. Dagohoy"], "period": "2026-10",
                "gross_pay": "21252.63", "net_pay": "18208.88"},
        forms={"text": {}},
        note="a Cebu trader's monthly payslip (A5), Pay Period October 1-31, 2026, the employee as SURNAME, Given M.: "
             "EARNINGS (basic, overtime, night differential, rice allowance) closed by GROSS PAY, DEDUCTIONS (SSS, "
             "PhilHealth, Pag-IBIG, withholding tax, SSS salary loan) closed by TOTAL DEDUCTIONS, NET PAY in PHP"),
    "en-stmt-ng-two-page-no-header-continuation": dict(
        draw=en_stmt_ng_two_page, type="bank_statement", lang="en",
        fields={"bank": ["SAHEL TRUST BANK PLC", "Sahel Trust Bank Plc"], "account_holder": "ABUBAKAR DANJUMA YUSUF",
                "account_number": "0213849576", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "74189.92"},
        forms={"text": {}, "scan": {}},
        note="a Nigerian bank's STATEMENT OF ACCOUNT over two A4 pages: the address block and an account summary box "
             "(opening, total debit, total credit, closing) on page 1, Trans Date | Value Date | Narration | Debit | "
             "Credit | Balance from BALANCE B/F; page 2 goes on with no header row and ends with CLOSING BALANCE"),
    "en-stmt-fj-credit-union-passbook-page": dict(
        draw=en_stmt_fj_credit_union_passbook, type="bank_statement", lang="en",
        fields={"bank": ["VANUA LEVU CO-OPERATIVE CREDIT UNION", "Vanua Levu Co-operative Credit Union"],
                "account_number": ["4471-02", "447102"], "period_start": "2026-10-01",
                "period_end": "2026-11-02", "closing_balance": "1486.33"},
        absent=["account_holder"],
        forms={"photo": dict(desk="cloth", angle=-2.0, persp=0.07, blur=1.0, quality=66, dpi=200, falloff=0.45)},
        note="a credit union's passbook page: the union and MEMBER NO. 4471-02 on the printed head (the member's name "
             "is on the cover: absent), DATE | CODE | WITHDRAWAL | DEPOSIT | BALANCE | TLR with a B/F line, eight "
             "October lines and one of November in a dot-matrix face (dates like 03OCT26), a code key at the foot"),
    "en-stmt-ni-mourne-society-current": dict(
        draw=en_stmt_ni_mourne_society, type="bank_statement", lang="en",
        fields={"bank": "Mourne & Clanrye Building Society",
                "account_holder": ["MR GRAHAM PETTIGREW", "Graham Pettigrew", "Mr G Pettigrew"],
                "account_number": "33017266", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "895.02"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.2, persp=0.07, blur=1.0, quality=66, fold=0.33,
                                         shadow=0.25)},
        note="a building society's current-account statement (A4): sort code and account number, 'Period 1 October "
             "to 31 October 2026', a summary band (brought forward, money out, money in, carried forward), Date | "
             "Description | Paid out | Paid in | Balance with the balance only on each day's last line, two DfC JSA "
             "credits"),
    "en-stmt-ie-credit-union-two-balances": dict(
        draw=en_stmt_ie_credit_union, type="bank_statement", lang="en",
        fields={"bank": ["Carrigaline & District Credit Union Ltd", "Carrigaline & District Credit Union"],
                "account_holder": "Niamh Cotter", "account_number": "20417", "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "3184.84"},
        forms={"scan": {}},
        note="a credit union's MEMBER STATEMENT: member, member no., period 01/10/2026 to 31/10/2026, one table with "
             "two running balances (Shares | Share bal. | Loan | Loan bal.), the salary lodgement of 30/10, the closing "
             "share balance (the account's) beside the loan outstanding (a debt)"),
    "en-med-gh-municipal-nhis-bill": dict(
        draw=en_med_gh_municipal_bill, type="medical_bill", lang="en",
        fields={"provider": ["NSAWAM MUNICIPAL HOSPITAL", "Nsawam Municipal Hospital"], "patient": "Kwabena Osei-Tutu",
                "date": "2026-10-19", "total": ["577.50", "324.00"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=-1.4, persp=0.06, blur=1.0, quality=67, fold=0.5)},
        note="a Ghanaian municipal hospital's PATIENT BILL (A4): folder number, patient, NHIS number and visit date in "
             "a ruled block, Service | Qty | Unit | Amount | NHIS (Y/N) rows, Total Bill, Less: NHIS covered, Amount "
             "payable by patient, the cash office box"),
    "en-med-us-itemised-insurance-two-page": dict(
        draw=en_med_us_itemised_two_page, type="medical_bill", lang="en",
        fields={"provider": "Cedar Bluff Regional Medical Center",
                "patient": ["Darlene M Whitcomb", "WHITCOMB, DARLENE M"],
                "date": ["2026-10-21", "2026-10-09", "2026-10-07"], "total": ["14364.80", "1795.60"]},
        forms={"text": {}, "scan": {}},
        note="a US regional medical centre's ITEMIZED STATEMENT over two Letter pages: patient/guarantor, account, "
             "admit/discharge and statement date, Date | Rev Code | Description | Qty | Charges rows (header repeated), "
             "then Total Charges, the insurer's payment, Contractual Adjustment and PATIENT BALANCE DUE on page 2"),
    "en-med-za-gp-receipt-2025": dict(
        draw=en_med_za_gp_receipt_2025, type="medical_bill", lang="en",
        fields={"provider": ["Dr. J. P. van der Walt", "Dr J P van der Walt"], "patient": "Thandiwe Mokoena",
                "date": "2025-08-14", "total": "1424.30"},
        forms={"photo": dict(desk="laminate", angle=2.8, persp=0.07, blur=1.05, quality=65, shadow=0.3)},
        note="a general practitioner's RECEIPT / ACCOUNT (A5): practice number, patient, cash patient, ICD-10, tariff "
             "code rows, TOTAL, PAID (card), BALANCE; dated 14/08/2025, more than a year before the as-of date (stale)"),
    "en-unemp-ni-jsa-award-letter": dict(
        draw=en_unemp_ni_jsa_award, type="unemployment_proof", lang="en",
        fields={"person": ["Graham Pettigrew", "Mr Graham Pettigrew"],
                "issuer": ["Department for Communities", "Newry Jobs & Benefits Office"], "date": "2026-10-14"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-0.9, persp=0.05, blur=0.95, quality=70, fold=0.34,
                                         hand="right")},
        note="a Department for Communities (Northern Ireland) letter: the Jobs & Benefits office's return address, the claimant's address, Date: 14 October 2026, 'Your New "
             "Style Jobseeker's Allowance' awarded from 29 September 2026 at a weekly rate, the contribution years, "
             "the Claimant Commitment, the reconsideration paragraph"),
    "en-unemp-ca-ei-claim-screen": dict(
        draw=en_unemp_ca_ei_screen, type="unemployment_proof", lang="en",
        fields={"person": "Marie-Josee Thibodeau", "issuer": ["Employment and Social Development Canada", "Government of Canada"],
                "date": "2026-10-22"},
        forms={"image": {}},
        note="a government account's Employment Insurance screen (PNG): 'Welcome, <name>', a green card 'Your claim "
             "has been approved. Decision date: October 22, 2026', then benefit type, claim number, benefit period "
             "start, weekly rate, weeks payable, next report due"),
    "en-other-council-tax-bill": dict(
        draw=en_other_council_tax, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a district council's COUNCIL TAX BILL 2026/27: band, the precepts, a single person discount, "
             "the amount payable and ten instalments: a tax bill, not a statement"),
    "en-other-car-finance-statement": dict(
        draw=en_other_car_finance, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=4.0, persp=0.09, blur=1.1, quality=62, exposure=0.8, falloff=0.5)},
        note="look-alike: a motor finance company's hire-purchase Annual Statement: vehicle, amount of credit, "
             "payments made, balance outstanding, twelve Due date | Amount | Paid | Arrears rows: a loan account"),
    "en-other-pension-annual-statement": dict(
        draw=en_other_pension_annual, type="other", lang="en", fields={},
        forms={"photo": dict(desk="cloth", angle=-1.8, persp=0.06, blur=1.0, quality=68)},
        note="look-alike: an occupational pension plan's annual benefit statement: pot values, member and employer "
             "contributions, growth, charges, an estimated retirement income: savings, not income proof"),
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
    key = f"i14-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan_pages(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    if pages != 1:  # a photo shows page 1 only: page 2's closing figures would be labelled but not shown
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
        out.append({"id": f"i14-{doc}-{form}", "origin": "generated", "generator": "gen_independent14", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent14.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i14-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i14-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent14-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
