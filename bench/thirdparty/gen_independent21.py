"""The twenty-first independently generated judging set (bench/thirdparty/independent21.json, ``--independent21``).

    python bench/thirdparty/gen_independent21.py --manifest   (rewrite independent21.json: labels + sha256)
    python bench/thirdparty/gen_independent21.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Zhaoqing, Dandong, Yining; Kisumu in Kenya, Enugu in Nigeria, St. George's in Grenada, Whitehorse in Canada's Yukon).
The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is imported from gen_independent11.py and the
every-page scanner from gen_independent12.py (one copy of each); everything else, layouts and wording, is this file's
own. The papers are of November 2026 (judged as of 2026-12-31), a few older on purpose.

What this set varies that earlier ones kept fixed: a carving workshop's wage note written by pen on a printed 工资条
pad (every figure handwritten, the total in 大写 too); a bank's two-page 对账单 with one signed 交易金额 column (+/-),
the counterparty on two lines in one cell, a 本页小计 at the foot of each page and no 期末余额 label at all (the last
row's balance is the closing balance); a dark-mode bank app screen covering only part of the month; an enterprise-chat
payslip screen; a 收入证明 in Chinese with its English translation on the same page; an unruled counter statement
whose rows print only MM/DD (the year in the title); a two-page inpatient 费用清单 whose totals sit on page 2; a
失业登记证明 form; a Kenyan dot-matrix payslip in a monospaced face ruled with dashes and colons; a Kenyan statement
with ddMONyy dates (03NOV26) and balances suffixed CR; a Nigerian letter dated '14th November, 2026' with the salary
also in words; a hospital bill dated 18-Nov-2026; a Grenadian payslip for the 'Month ending 30 November 2026'; a
statement with Balance Brought Forward / Carried Forward on each page; a bilingual English/French layoff notice
dated in ISO form (2026-05-15, more than 180 days old); look-alikes a loan-overdue reminder, a tax app's income list, a
handwritten rent receipt, a loan app's overdue screen, a POS agent's transfer slip, an electricity disconnection
notice; photos folded, creased, dim, angled, shadowed, held by a thumb.

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
MANIFEST = HERE / "independent21.json"
PREFIX = "i21"
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.93, 0.93, 0.93)
INK = (0.08, 0.2, 0.55)
JADE = (0.0, 0.42, 0.36)
MAROON = (0.5, 0.08, 0.12)
NAVY = (0.06, 0.14, 0.36)
ORANGE = (0.85, 0.42, 0.05)
RED = (0.8, 0.1, 0.1)
WHITE = (1, 1, 1)
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


def _run(opening: float, moves: list[float]) -> list[float]:
    out, bal = [], opening
    for m in moves:
        bal = _r(bal + m)
        out.append(bal)
    return out


def _status_bar(p: Page, clock: str, col=(0, 0, 0)):
    p.t(30, 30, clock, 12, bold=True, color=col)
    p.t(300, 30, "5G", 10, bold=True, color=col)
    p.box(330, 20, 24, 11, stroke=col, lw=0.9, radius=3)
    p.box(332, 22, 15, 7, fill=col, stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents: Zhaoqing (an inkstone-carving workshop), Dandong (a seafood plant), Yining (a dried-fruit trader)

ZQ = dict(person="麦润棠", employer="肇庆市端州区砚溪端砚雕刻工作室", bank="肇庆星湖农村商业银行",
          account="8020 0036 1159 2741 7", branch="黄岗支行")
ZQ_PIECES = [("随形砚（中）", 6, 310.00), ("荷叶砚", 4, 265.00), ("修边打磨", 38, 18.00)]
ZQ_MINUS = [("社保(个人)", 438.72), ("预支", 600.00), ("伙食", 260.00)]


def zh_pay_zhaoqing_handwritten_wage_note() -> tuple[bytes, dict]:
    """A printed 工资条 pad (A5 landscape, the workshop's name and ruled blanks printed in blue) filled in by pen:
    姓名, 月份 (2026年11月), three piece lines 品名 × 件数 × 单价 = 金额, 应发合计, three deductions, 实发 in figures
    and in 大写, 发放日期 12/12 and the worker's signature; every figure handwritten."""
    p = Page(landscape(A5), zh=True)
    blue = (0.15, 0.3, 0.62)
    gross = _r(sum(q * u for _n, q, u in ZQ_PIECES))
    ded = _r(sum(v for _k, v in ZQ_MINUS))
    net = _r(gross - ded)
    p.t(297, 34, ZQ["employer"], 13, bold=True, align="c", color=blue)
    p.t(297, 54, "工  资  条", 15, bold=True, align="c", color=blue)
    p.line(250, 60, 344, 60, 0.8, color=blue)
    p.t(40, 84, "姓名", 10, color=blue)
    p.line(68, 86, 170, 86, 0.5, color=blue)
    p.hand(78, 83, ZQ["person"], 14, key="zq-name")
    p.t(190, 84, "月份", 10, color=blue)
    p.line(218, 86, 330, 86, 0.5, color=blue)
    p.hand(224, 83, "2026年11月", 13, key="zq-month")
    p.t(350, 84, "No.", 10, color=blue)
    p.t(372, 84, "0 0 4 7", 11, color=RED)
    widths = [150, 80, 80, 110]
    x0, y0, rh = 40, 100, 22
    heads = ["品名 / 项目", "件数", "单价", "金额"]
    rows = 9
    for k in range(rows + 1):
        p.line(x0, y0 + k * rh, x0 + sum(widths), y0 + k * rh, 0.5, color=blue)
    cx = x0
    for w in [0, *widths]:
        cx += w
        p.line(cx, y0, cx, y0 + rows * rh, 0.5, color=blue)
    cx = x0
    for w, h in zip(widths, heads, strict=True):
        p.t(cx + w / 2, y0 + 15, h, 9.5, align="c", color=blue)
        cx += w
    y = y0 + rh
    for k, (name, q, u) in enumerate(ZQ_PIECES):
        p.hand(x0 + 6, y + 16, name, 12, key=f"zq-n{k}")
        p.hand(x0 + 176, y + 16, str(q), 12, key=f"zq-q{k}")
        p.hand(x0 + 250, y + 16, f"{u:g}", 12, key=f"zq-u{k}")
        p.hand(x0 + 330, y + 16, _p(q * u), 12, key=f"zq-a{k}")
        y += rh
    p.hand(x0 + 6, y + 16, "应发合计", 12, key="zq-gl")
    p.hand(x0 + 330, y + 16, _p(gross), 12, key="zq-g")
    y += rh
    for k, (name, v) in enumerate(ZQ_MINUS):
        p.hand(x0 + 6, y + 16, "扣 " + name, 12, key=f"zq-d{k}")
        p.hand(x0 + 330, y + 16, "-" + _p(v), 12, key=f"zq-dv{k}")
        y += rh
    p.t(x0, y0 + rows * rh + 24, "实发金额（小写）", 10, color=blue)
    p.line(x0 + 86, y0 + rows * rh + 26, x0 + 200, y0 + rows * rh + 26, 0.5, color=blue)
    p.hand(x0 + 96, y0 + rows * rh + 23, "¥" + _p(net), 14, key="zq-net")
    p.t(x0 + 212, y0 + rows * rh + 24, "（大写）", 10, color=blue)
    p.line(x0 + 252, y0 + rows * rh + 26, x0 + 420, y0 + rows * rh + 26, 0.5, color=blue)
    p.hand(x0 + 256, y0 + rows * rh + 23, _daxie(net), 11, key="zq-dx")
    p.t(x0, y0 + rows * rh + 52, "发放日期", 10, color=blue)
    p.hand(x0 + 56, y0 + rows * rh + 51, "12/12", 13, key="zq-paid")
    p.t(x0 + 212, y0 + rows * rh + 52, "领款人签名", 10, color=blue)
    p.hand(x0 + 272, y0 + rows * rh + 52, ZQ["person"], 15, key="zq-sign")
    p.t(500, 110, "第", 9, color=blue)
    p.t(500, 124, "二", 9, color=blue)
    p.t(500, 138, "联", 9, color=blue)
    p.t(500, 160, "员", 9, color=blue)
    p.t(500, 174, "工", 9, color=blue)
    p.t(500, 188, "留", 9, color=blue)
    p.t(500, 202, "存", 9, color=blue)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


ZQ_ROWS = [  # (date, summary, counterparty name, counterparty account, amount)
    ("2026年11月01日", "快捷支付", "财付通支付科技有限公司", "243300133", -42.00),
    ("2026年11月02日", "消费", "端州区星湖菜市场", "POS 0031", -68.50),
    ("2026年11月03日", "跨行转入", "麦润芳", "6217****5520", 500.00),
    ("2026年11月04日", "缴费", "肇庆供电局", "电费 10月", -137.62),
    ("2026年11月05日", "快捷支付", "支付宝（中国）网络技术", "215500690", -89.00),
    ("2026年11月06日", "ATM取款", "黄岗支行ATM", "ZQ0417", -400.00),
    ("2026年11月08日", "快捷支付", "财付通支付科技有限公司", "243300133", -25.80),
    ("2026年11月09日", "消费", "端州区星湖菜市场", "POS 0031", -53.20),
    ("2026年11月10日", "贷款还款", "个人经营贷款", "尾号0712", -1865.40),
    ("2026年11月12日", "转账", "砚溪端砚雕刻工作室", "8020****6603", 1800.00),
    ("2026年11月13日", "快捷支付", "拼多多", "支付宝", -59.90),
    ("2026年11月15日", "转账", "麦润芳", "6217****5520", -300.00),
    ("2026年11月16日", "缴费", "中国电信肇庆分公司", "话费", -59.00),
    ("2026年11月18日", "消费", "肇庆华润万家", "POS 1108", -112.30),
    ("2026年11月19日", "快捷支付", "财付通支付科技有限公司", "243300133", -36.40),
    ("2026年11月21日", "结息", "", "", 0.62),
    ("2026年11月22日", "消费", "端州区星湖菜市场", "POS 0031", -47.60),
    ("2026年11月24日", "快捷支付", "支付宝（中国）网络技术", "215500690", -128.00),
    ("2026年11月25日", "缴费", "肇庆水务", "水费", -38.40),
    ("2026年11月26日", "转账", "梁秋萍", "6228****0917", 1000.00),
    ("2026年11月27日", "快捷支付", "财付通支付科技有限公司", "243300133", -31.50),
    ("2026年11月28日", "ATM取款", "黄岗支行ATM", "ZQ0417", -300.00),
    ("2026年11月29日", "消费", "肇庆华润万家", "POS 1108", -86.90),
    ("2026年11月30日", "快捷支付", "财付通支付科技有限公司", "243300133", -19.90),
]
ZQ_OPEN = 2143.87


def zh_stmt_zhaoqing_rcb_signed_amounts_two_page() -> tuple[bytes, dict]:
    """A rural commercial bank's 个人账户对账单 over two A4 pages: 客户名称 / 账号 / 起止日期 2026年11月01日 至
    2026年11月30日 as plain lines under the title, columns 交易日期 (2026年11月03日) | 摘要 | 交易金额 (signed +/-) |
    账户余额 | 对方户名/账号 (two lines in one cell); 本页小计 (收入 / 支出) at the foot of each page; no 期末余额
    label (the last row's balance is the closing balance); the branch's 电子印章 at the end."""
    p = Page(A4, zh=True)
    moves = [m for *_a, m in ZQ_ROWS]
    bal = _run(ZQ_OPEN, moves)
    widths = [92, 64, 84, 84, 200]
    x0 = 36

    def top(page):
        p.t(x0, 46, ZQ["bank"], 14, bold=True, color=JADE)
        p.t(559, 46, "个人账户对账单", 13, bold=True, align="r")
        p.line(x0, 54, 559, 54, 1.4, color=JADE)
        p.t(x0, 74, f"客户名称：{ZQ['person']}", 9.5)
        p.t(230, 74, f"账号：{ZQ['account']}", 9.5)
        p.t(x0, 90, "起止日期：2026年11月01日 至 2026年11月30日", 9.5)
        p.t(330, 90, "币种：人民币    钞汇：钞", 9.5)
        p.t(559, 818, f"第 {page} 页 / 共 2 页", 8, align="r", color=GREY)
        y = 104
        p.box(x0, y, sum(widths), 20, fill=(0.86, 0.93, 0.9), stroke=None)
        cx = x0
        for w, h in zip(widths, ["交易日期", "摘要", "交易金额", "账户余额", "对方户名/账号"], strict=True):
            p.t(cx + w / 2, y + 14, h, 9, bold=True, align="c")
            cx += w
        return y + 20

    def rows(y, start, stop):
        inn = out = 0.0
        for i in range(start, stop):
            d, what, who, acct, m = ZQ_ROWS[i]
            p.t(x0 + 4, y + 13, d, 8.5)
            p.t(x0 + 96, y + 13, what, 8.5)
            p.t(x0 + 236, y + 13, f"{m:+,.2f}", 8.5, align="r", color=(0, 0.45, 0) if m > 0 else (0, 0, 0))
            p.t(x0 + 320, y + 13, _g(bal[i]), 8.5, align="r")
            p.t(x0 + 328, y + 11, who, 8)
            p.t(x0 + 328, y + 22, acct, 7, color=GREY)
            p.line(x0, y + 27, x0 + sum(widths), y + 27, 0.3, color=(0.7, 0.7, 0.7))
            if m > 0:
                inn += m
            else:
                out -= m
            y += 27
        p.t(x0 + 4, y + 16, f"本页小计：收入 {_g(_r(inn))}    支出 {_g(_r(out))}", 9, bold=True)
        return y + 16

    y = top(1)
    p.t(x0 + 4, y + 13, "上期余额", 8.5, color=GREY)
    p.t(x0 + 320, y + 13, _g(ZQ_OPEN), 8.5, align="r", color=GREY)
    rows(y + 18, 0, 13)
    p.c.showPage()
    y = top(2)
    y = rows(y, 13, len(ZQ_ROWS))
    p.t(x0, y + 30, "温馨提示：本对账单由系统自动生成，交易金额\u201c+\u201d为存入，\u201c-\u201d为支取。", 8, color=GREY)
    p.t(x0, y + 46, f"打印日期：2026年12月02日    打印机构：{ZQ['branch']}", 8, color=GREY)
    p.stamp(470, y + 40, 42, "肇庆星湖农村商业银行黄岗支行", "电子印章")
    return p.pdf(), {"closing": _p(bal[-1])}


def zh_other_zhaoqing_overdue_reminder() -> tuple[bytes, dict]:
    """Look-alike: the bank's 逾期还款提醒函 (A4): the borrower, the loan's contract number, the overdue instalment
    and penalty interest in a small grid, what to do, a hotline; a collection letter, none of the readable types."""
    p = Page(A4, zh=True)
    p.t(297, 70, ZQ["bank"], 16, bold=True, align="c", color=JADE)
    p.t(297, 104, "逾 期 还 款 提 醒 函", 18, bold=True, align="c")
    p.t(540, 130, "肇星农商催字〔2026〕第1182号", 9, align="r")
    p.t(60, 166, f"尊敬的 {ZQ['person']} 先生：", 11.5)
    text = [
        "　　您于2024年7月15日在我行办理的个人经营性贷款（合同编号：ZQXH-GJ-2024-0712），",
        "截至2026年11月20日已逾期，逾期情况如下：",
    ]
    for k, s in enumerate(text):
        p.t(60, 196 + k * 22, s, 11.5)
    p.table(60, 248, [120, 120, 120, 115], [("逾期期数", "逾期本金", "逾期利息", "罚息"),
                                            ("2 期", "3,126.84", "603.96", "41.27")],
            rh=24, size=10, aligns=["c"] * 4)
    more = [
        "　　请您在收到本函之日起七日内将上述款项存入还款账户，以免影响您的个人信用记录。",
        "如您确有还款困难，可携带收入、银行流水等相关证明材料到经办网点申请调整还款计划。",
        "　　如已还款，请忽略本函。",
    ]
    for k, s in enumerate(more):
        p.t(60, 318 + k * 22, s, 11.5)
    p.t(60, 410, "经办网点：黄岗支行　　联系电话：0758-2261380", 10.5)
    p.t(440, 480, ZQ["bank"], 11, align="c")
    p.t(440, 504, "黄岗支行", 11, align="c")
    p.t(440, 528, "2026年11月21日", 11, align="c")
    p.stamp(440, 500, 46, "肇庆星湖农村商业银行黄岗支行", "业务专用章")
    return p.pdf(), {}



ZQ_MED = [("西药费", 86.40), ("中成药费", 128.60), ("检查费", 150.00), ("治疗费", 45.00), ("诊察费", 25.00)]


def zh_med_zhaoqing_outpatient_e_invoice_2025() -> tuple[bytes, dict]:
    """A hospital's 医疗门诊收费电子票据 printed from the e-invoice platform (A5 landscape, a red frame): 票据代码 /
    票据号码 / 校验码 / 开票日期 2025-10-14 at the top right, 交款人 and 医保类型, 项目名称 | 金额 two across, 合计 in 大写 and
    小写, 医保统筹支付 and 个人支付 under it, 收款单位（章）with the hospital's seal, a QR-code square; October 2025, more
    than a year before the end of 2026 (stale)."""
    p = Page(landscape(A5), zh=True)
    red = (0.7, 0.1, 0.1)
    total = _r(sum(v for _k, v in ZQ_MED))
    pool = _r(total * 0.5)
    own = _r(total - pool)
    p.t(297, 40, "广东省医疗收费电子票据", 15, bold=True, align="c", color=red)
    p.box(28, 22, 60, 60, stroke=(0, 0, 0), lw=0.6)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3) % 4 < 2:
                p.box(32 + i * 9, 26 + j * 9, 8, 8, fill=(0, 0, 0), stroke=None)
    for k, (a, b) in enumerate([("票据代码", "44010125"), ("票据号码", "0038816274"), ("校验码", "7c2e91"),
                                ("开票日期", "2025-10-14")]):
        p.t(420, 60 + k * 14, f"{a}：{b}", 8.5)
    p.box(28, 118, 540, 240, stroke=red, lw=0.8)
    p.t(36, 136, f"交款人：{ZQ['person']}", 9.5)
    p.t(250, 136, "医保类型：职工基本医疗保险", 9.5)
    p.t(450, 136, "性别：男", 9.5)
    p.line(28, 144, 568, 144, 0.5, color=red)
    for k in range(2):
        p.t(40 + k * 270, 160, "项目名称", 9, color=red)
        p.t(250 + k * 270, 160, "金额（元）", 9, color=red, align="r")
    for k, (a, v) in enumerate(ZQ_MED):
        col, row = k % 2, k // 2
        p.t(40 + col * 270, 180 + row * 18, a, 9.5)
        p.t(250 + col * 270, 180 + row * 18, _p(v), 9.5, align="r")
    p.line(28, 240, 568, 240, 0.5, color=red)
    p.t(36, 258, f"金额合计（大写）{_daxie(total)}", 9.5)
    p.t(400, 258, f"（小写）{_p(total)}", 9.5)
    p.line(28, 268, 568, 268, 0.5, color=red)
    p.t(36, 286, f"医保统筹基金支付：{_p(pool)}　　个人账户支付：0.00　　个人现金支付：{_p(own)}", 9)
    p.t(36, 306, "业务流水号：ZQXJ20251014100482　　门诊号：MZ0091733", 8.5, color=GREY)
    p.t(36, 380, "收款单位（章）：", 9.5)
    p.t(130, 380, ZQ_MED_HOSPITAL, 9.5)
    p.t(420, 380, "收款人：陈美玲　　复核人：黄卓", 9)
    p.stamp(170, 372, 34, ZQ_MED_HOSPITAL, "财务专用章")
    return p.pdf(), {"total": _p(total), "own": _p(own)}


ZQ_MED_HOSPITAL = "肇庆市端州区西江中医医院"


DD = dict(person="于春燕", employer="丹东市振安区鲜港海产品加工有限公司", bank="鸭绿江商业银行", tail="5308",
          office="丹东市振安区就业和人才服务中心")


def zh_unemp_dandong_unemployment_registration() -> tuple[bytes, dict]:
    """A public employment office's 失业登记证明 as a ruled form (A4): 证明编号 at the right, 姓名 / 性别 / 出生年月 /
    公民身份号码 / 户籍所在地 / 原工作单位 / 解除劳动关系日期 (2026年10月31日) / 失业原因 / 失业登记日期 (2026年11月09日)
    / 登记机构 in two-column rows, a sentence on what the paper may be used for, the office's 业务专用章 and 出具日期
    2026年11月09日."""
    p = Page(A4, zh=True)
    p.t(297, 76, "失 业 登 记 证 明", 20, bold=True, align="c")
    p.t(540, 106, "证明编号：210604-2026-11-00386", 9, align="r")
    rows = [("姓　　名", DD["person"], "性　　别", "女"),
            ("出生年月", "1984年3月", "民　　族", "满族"),
            ("公民身份号码", "2106041984********", "文化程度", "高中"),
            ("户籍所在地", "丹东市振安区鸭绿江街道", "联系电话", "139****6271"),
            ("原工作单位", DD["employer"], "", ""),
            ("解除劳动关系日期", "2026年10月31日", "失业原因", "用人单位裁员"),
            ("失业登记日期", "2026年11月09日", "就业失业登记号", "2106040038612"),
            ("登记机构", DD["office"], "", "")]
    x0, y0, rh = 50, 118, 34
    widths = [100, 170, 90, 135]
    for k, (a, b, c, d) in enumerate(rows):
        y = y0 + k * rh
        p.box(x0, y, widths[0], rh, fill=LIGHT, stroke=None)
        p.t(x0 + 8, y + 21, a, 10)
        if c:
            p.box(x0 + widths[0] + widths[1], y, widths[2], rh, fill=LIGHT, stroke=None)
            p.t(x0 + widths[0] + 8, y + 21, b, 10.5)
            p.t(x0 + widths[0] + widths[1] + 6, y + 21, c, 10)
            p.t(x0 + sum(widths[:3]) + 8, y + 21, d, 10.5)
        else:
            p.t(x0 + widths[0] + 8, y + 21, b, 10.5)
    for k in range(len(rows) + 1):
        p.line(x0, y0 + k * rh, x0 + sum(widths), y0 + k * rh, 0.7)
    p.line(x0, y0, x0, y0 + len(rows) * rh, 0.7)
    p.line(x0 + sum(widths), y0, x0 + sum(widths), y0 + len(rows) * rh, 0.7)
    p.line(x0 + widths[0], y0, x0 + widths[0], y0 + len(rows) * rh, 0.7)
    for k, (_a, _b, c, _d) in enumerate(rows):
        if c:
            xa = x0 + widths[0] + widths[1]
            p.line(xa, y0 + k * rh, xa, y0 + (k + 1) * rh, 0.7)
            p.line(xa + widths[2], y0 + k * rh, xa + widths[2], y0 + (k + 1) * rh, 0.7)
    y = y0 + len(rows) * rh + 36
    for k, s in enumerate(["　　兹证明上述人员已在本机构办理失业登记，登记期间可按规定享受公共就业服务及",
                           "失业保险待遇。本证明仅用于办理失业保险金申领、就业援助及相关事项，涂改无效。"]):
        p.t(60, y + k * 22, s, 11)
    p.t(420, y + 110, DD["office"], 10.5, align="c")
    p.t(420, y + 134, "出具日期：2026年11月09日", 10.5, align="c")
    p.stamp(430, y + 112, 48, "丹东市振安区就业和人才服务中心", "业务专用章")
    p.t(60, y + 200, "经办人：孙晓雯　　　复核人：刘国庆", 9.5, color=GREY)
    return p.pdf(), {}


DD_ROWS = [  # newest first
    ("11-30", "18:22", "消费 · 振安华联超市", -76.40),
    ("11-28", "09:13", "转账 · 于春红", 600.00),
    ("11-25", "20:41", "快捷支付 · 拼多多", -49.80),
    ("11-22", "07:55", "缴费 · 丹东热力（采暖费）", -1208.00),
    ("11-20", "11:30", "失业保险金 · 振安区社保", 1572.00),
    ("11-18", "16:08", "消费 · 鸭绿江菜市场", -58.30),
    ("11-15", "10:02", "贷款还款 · 鸭绿江银行", -1436.25),
    ("11-13", "14:47", "快捷支付 · 美团", -32.90),
    ("11-10", "08:30", "ATM取款 · 振安支行", -500.00),
]
DD_OPEN = 3017.66  # the balance on 11-09, before the first row


def zh_stmt_dandong_dark_app_partial_month() -> tuple[bytes, dict]:
    """A city bank's app screen 交易明细 in dark mode: 借记卡 ****5308 and the holder's masked-free name, a date chip
    2026.11.10 - 2026.11.30 (only part of November), 收入 / 支出 totals and 期末余额 in a strip, then rows newest first
    (MM-DD HH:MM, signed amounts, no running balance)."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(0.07, 0.07, 0.09), stroke=None)
    _status_bar(p, "21:08", WHITE)
    p.t(195, 70, "交易明细", 15, bold=True, align="c", color=WHITE)
    p.t(22, 70, "‹", 20, color=WHITE)
    p.box(16, 86, 358, 84, fill=(0.16, 0.17, 0.21), stroke=None, radius=12)
    p.t(32, 112, DD["bank"], 12, bold=True, color=WHITE)
    p.t(32, 134, f"借记卡 **** {DD['tail']}", 11, color=(0.8, 0.8, 0.85))
    p.t(32, 156, f"户名  {DD['person']}", 11, color=(0.8, 0.8, 0.85))
    p.box(16, 180, 220, 28, fill=(0.22, 0.24, 0.3), stroke=None, radius=14)
    p.t(30, 199, "2026.11.10 - 2026.11.30  ▾", 10.5, color=WHITE)
    chrono = list(reversed(DD_ROWS))
    bal = _run(DD_OPEN, [m for *_a, m in chrono])
    inn = _r(sum(m for *_a, m in DD_ROWS if m > 0))
    out = _r(-sum(m for *_a, m in DD_ROWS if m < 0))
    p.t(30, 236, "收入", 9.5, color=(0.6, 0.6, 0.65))
    p.t(30, 254, _g(inn), 12, color=(0.4, 0.85, 0.55))
    p.t(150, 236, "支出", 9.5, color=(0.6, 0.6, 0.65))
    p.t(150, 254, _g(out), 12, color=WHITE)
    p.t(270, 236, "期末余额", 9.5, color=(0.6, 0.6, 0.65))
    p.t(270, 254, _g(bal[-1]), 12, color=WHITE)
    y = 272
    for d, t, what, m in DD_ROWS:
        p.line(16, y, 374, y, 0.4, color=(0.25, 0.25, 0.3))
        p.t(26, y + 24, what, 11, color=WHITE)
        p.t(26, y + 42, f"{d}  {t}", 9, color=(0.55, 0.55, 0.6))
        p.t(364, y + 31, f"{m:+,.2f}", 12.5, align="r", color=(0.4, 0.85, 0.55) if m > 0 else WHITE)
        y += 54
    p.t(195, y + 24, "— 没有更多了 —", 9, align="c", color=(0.45, 0.45, 0.5))
    return p.pdf(), {"closing": _p(bal[-1])}


DD_EARN = [("基本工资", 2100.00), ("计件工资", 1386.50), ("冷库补贴", 240.00), ("夜班补贴", 180.00)]
DD_DED = [("养老保险", 312.00), ("医疗保险", 78.00), ("失业保险", 19.50), ("住房公积金", 195.00)]


def zh_pay_dandong_enterprise_chat_payslip_screen() -> tuple[bytes, dict]:
    """An enterprise-chat app's payslip screen (the last month's pay before the lay-off, October 2026): a green header
    with 工资条 and 2026年10月, the company and the worker, 实发工资 in large figures at the top, then 收入明细 and
    扣除明细 lists, 应发工资 closing the first; a 确认无误 button at the foot."""
    p = Page(PHONE, zh=True)
    green = (0.13, 0.6, 0.34)
    _status_bar(p, "10:15")
    p.box(0, 44, 390, 160, fill=green, stroke=None)
    p.t(22, 76, "‹  工资条", 14, bold=True, color=WHITE)
    p.t(368, 76, "···", 14, align="r", color=WHITE)
    gross = _r(sum(v for _k, v in DD_EARN))
    ded = _r(sum(v for _k, v in DD_DED))
    net = _r(gross - ded)
    p.t(195, 112, "2026年10月 实发工资（元）", 10.5, align="c", color=(0.88, 0.97, 0.9))
    p.t(195, 150, _g(net), 30, bold=True, align="c", color=WHITE)
    p.t(195, 182, f"{DD['employer']}", 9.5, align="c", color=(0.88, 0.97, 0.9))
    p.box(16, 216, 358, 56, fill=(0.97, 0.97, 0.97), stroke=None, radius=8)
    p.t(30, 240, f"姓名：{DD['person']}", 10.5)
    p.t(200, 240, "工号：XG-1172", 10.5)
    p.t(30, 262, "部门：冻品车间", 10.5)
    p.t(200, 262, "发薪日：2026-11-10", 10.5)
    y = 298
    p.t(24, y, "收入明细", 12, bold=True)
    y += 10
    for k, v in DD_EARN:
        y += 26
        p.t(30, y, k, 10.5, color=GREY)
        p.t(362, y, _g(v), 10.5, align="r")
    y += 12
    p.line(24, y, 366, y, 0.4, color=(0.8, 0.8, 0.8))
    y += 22
    p.t(30, y, "应发工资", 10.5, bold=True)
    p.t(362, y, _g(gross), 10.5, bold=True, align="r")
    y += 40
    p.t(24, y, "扣除明细", 12, bold=True)
    y += 10
    for k, v in DD_DED:
        y += 26
        p.t(30, y, k, 10.5, color=GREY)
        p.t(362, y, "-" + _g(v), 10.5, align="r")
    y += 12
    p.line(24, y, 366, y, 0.4, color=(0.8, 0.8, 0.8))
    y += 22
    p.t(30, y, "扣除合计", 10.5, bold=True)
    p.t(362, y, "-" + _g(ded), 10.5, bold=True, align="r")
    p.box(40, 760, 310, 44, fill=green, stroke=None, radius=22)
    p.t(195, 788, "确认无误", 13, bold=True, align="c", color=WHITE)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


def zh_other_dandong_tax_app_income_list() -> tuple[bytes, dict]:
    """Look-alike: a tax app's 收入纳税明细查询 screen (2026年度, 工资薪金): one row per month with the withholding
    employer, 收入 and 已申报税额; a tax record, not a payslip (other)."""
    p = Page(PHONE, zh=True)
    _status_bar(p, "14:52")
    p.t(195, 72, "收入纳税明细查询", 14, bold=True, align="c")
    p.box(16, 90, 358, 64, fill=(0.93, 0.96, 1.0), stroke=None, radius=8)
    p.t(30, 114, "所得年度：2026　　所得项目：工资薪金", 10.5)
    p.t(30, 138, "收入合计：32,774.00　　已申报税额合计：0.00", 10.5)
    y = 170
    months = [("2026-10", 3906.50), ("2026-09", 3712.00), ("2026-08", 3650.00), ("2026-07", 3588.50),
              ("2026-06", 3640.00), ("2026-05", 3577.00), ("2026-04", 3602.00), ("2026-03", 3561.00),
              ("2026-02", 3537.00)]
    for mth, v in months:
        p.box(16, y, 358, 64, fill=WHITE, stroke=(0.88, 0.88, 0.88), radius=6)
        p.t(30, y + 22, f"所得月份 {mth}", 11, bold=True)
        p.t(30, y + 44, f"扣缴义务人：{DD['employer'][:9]}…", 9, color=GREY)
        p.t(360, y + 22, f"收入 {_g(v)}", 10.5, align="r")
        p.t(360, y + 44, "已申报税额 0.00", 9, align="r", color=GREY)
        y += 72
    return p.pdf(), {}


YN = dict(person="阿依古丽·吐尔逊", employer="伊宁市果香源干果贸易有限公司", bank="伊犁河农村商业银行",
          account="6224 1807 3360 4419", hospital="伊宁市友谊路人民医院")


def zh_income_yining_bilingual_income_certificate() -> tuple[bytes, dict]:
    """A dried-fruit trader's 收入证明 in Chinese with its English translation under it on the same A4 page: the
    employee, the post, 月收入（税前）人民币肆仟叁佰元整（¥4,300.00）/ monthly income before tax RMB 4,300.00, the
    company's seal and the date 2026年11月16日 / 16 November 2026; the employee's ID number masked."""
    p = Page(A4, zh=True)
    p.t(297, 64, YN["employer"], 15, bold=True, align="c")
    p.t(297, 82, "Yining Guoxiangyuan Dried Fruit Trading Co., Ltd.", 9.5, align="c", color=GREY)
    p.line(60, 92, 535, 92, 0.8)
    p.t(297, 130, "收 入 证 明", 18, bold=True, align="c")
    zh = [f"　　兹证明 {YN['person']}（身份证号：654002********2026）自2021年4月起在我公司",
          "工作，现任仓储部分拣组长，劳动合同有效期至2027年3月31日。其月收入（税前）为",
          "人民币肆仟叁佰元整（¥4,300.00），由公司每月15日通过银行转账发放。",
          "　　特此证明。本证明仅用于办理个人贷款相关事宜。"]
    for k, s in enumerate(zh):
        p.t(64, 170 + k * 24, s, 11.5)
    p.t(297, 300, "CERTIFICATE OF INCOME (Translation)", 12, bold=True, align="c")
    en = ["This is to certify that Ms. Ayiguli Tuerxun (ID No. 654002********2026) has been employed by our",
          "company since April 2021 and is at present the picking team leader of the warehouse department. Her",
          "employment contract runs until 31 March 2027. Her monthly income before tax is RMB 4,300.00 (Renminbi",
          "Four Thousand Three Hundred Only), paid by bank transfer on the 15th of each month.",
          "This certificate is issued for her personal loan matters only."]
    for k, s in enumerate(en):
        p.t(64, 330 + k * 18, s, 9.5)
    p.t(400, 470, "单位（盖章）：" + YN["employer"][:10], 10.5, align="c")
    p.t(400, 494, "2026年11月16日 / 16 November 2026", 10.5, align="c")
    p.stamp(420, 470, 46, "伊宁市果香源干果贸易有限公司", "")
    p.t(64, 560, "联系人：马建新（人事行政部）  电话：0999-8126475", 9.5, color=GREY)
    p.t(64, 578, "地址：伊宁市解放西路果品批发市场B区22号", 9.5, color=GREY)
    return p.pdf(), {"monthly": "4300.00"}


YN_ROWS = [
    ("11/02", "POS消费", -86.00), ("11/04", "网银转出", -500.00), ("11/06", "ATM取现", -300.00),
    ("11/09", "代缴电费", -74.35), ("11/11", "快捷支付", -129.90), ("11/15", "代发工资", 4012.60),
    ("11/15", "贷款扣款", -1582.33), ("11/17", "POS消费", -211.40), ("11/19", "快捷支付", -45.00),
    ("11/21", "转账存入", 350.00), ("11/24", "POS消费", -62.80), ("11/27", "快捷支付", -88.00),
    ("11/29", "网银转出", -400.00), ("11/30", "POS消费", -37.50),
]
YN_OPEN = 1326.78


def zh_stmt_yining_unruled_month_statement() -> tuple[bytes, dict]:
    """A rural bank's 活期存款对账单 for one month on one A4 page, unruled (no grid, no lines between rows): the title
    carries the month 2026年11月, rows print only MM/DD, columns 日期 | 摘要 | 支取 | 存入 | 余额; 上月结存 first and
    本月余额 after the rows; 户名 and 账号 left-aligned over the table; the bank's stamp at the foot."""
    p = Page(A4, zh=True)
    moves = [m for _d, _s, m in YN_ROWS]
    bal = _run(YN_OPEN, moves)
    p.t(297, 60, YN["bank"], 15, bold=True, align="c", color=MAROON)
    p.t(297, 86, "活期存款对账单（2026年11月）", 12.5, align="c")
    p.t(70, 122, f"户名：{YN['person']}", 10.5)
    p.t(70, 140, f"账号：{YN['account']}", 10.5)
    p.t(330, 140, "开户行：伊宁市解放路支行", 10.5)
    cols = [(70, "日期", "l"), (130, "摘要", "l"), (330, "支取", "r"), (420, "存入", "r"), (520, "余额", "r")]
    for x, h, a in cols:
        p.t(x, 176, h, 10.5, bold=True, align=a)
    y = 202
    p.t(130, y, "上月结存", 10)
    p.t(520, y, _g(YN_OPEN), 10, align="r")
    for (d, s, m), b in zip(YN_ROWS, bal, strict=True):
        y += 20
        p.t(70, y, d, 10)
        p.t(130, y, s, 10)
        p.t(330 if m < 0 else 420, y, _g(abs(m)), 10, align="r")
        p.t(520, y, _g(b), 10, align="r")
    y += 30
    p.t(130, y, "本月余额", 10.5, bold=True)
    p.t(520, y, _g(bal[-1]), 10.5, bold=True, align="r")
    p.t(70, y + 50, "注：请核对，如有不符请于收到后十五日内来行查询，逾期视为相符。", 9, color=GREY)
    p.stamp(470, y + 110, 40, "伊犁河农村商业银行解放路支行", "对账专用章")
    return p.pdf(), {"closing": _p(bal[-1])}


YN_ITEMS = [("床位费", "C01", 9, 45.00), ("护理费", "C02", 9, 28.00), ("诊察费", "C03", 9, 12.00),
            ("血常规", "L01", 3, 25.00), ("肝功能十一项", "L02", 2, 96.00), ("腹部彩超", "R01", 1, 180.00),
            ("胸部CT平扫", "R02", 1, 260.00), ("静脉输液", "T01", 14, 15.00), ("头孢他啶针 1g", "W01", 18, 23.60),
            ("奥美拉唑针 40mg", "W02", 9, 18.40), ("葡萄糖氯化钠注射液", "W03", 14, 6.80), ("复方氨基酸注射液", "W04", 6, 42.50),
            ("胰岛素注射液", "W05", 2, 68.00), ("一次性输液器", "M01", 14, 4.50), ("留置针", "M02", 3, 16.00),
            ("心电图", "L03", 2, 30.00), ("尿常规", "L04", 2, 12.00), ("血糖监测", "L05", 16, 8.00),
            ("吸氧", "T02", 20, 5.00), ("雾化吸入", "T03", 6, 18.00), ("中药饮片", "Z01", 7, 36.80),
            ("出院带药 二甲双胍", "W06", 2, 22.40)]


def zh_med_yining_inpatient_bill_two_page() -> tuple[bytes, dict]:
    """A hospital's 住院费用清单 over two A4 pages: the patient block (姓名, 住院号, 科室, 入院 2026-11-11, 出院
    2026-11-20) on page 1, then 项目名称 | 编码 | 数量 | 单价 | 金额 ruled rows from page 1 onto page 2; on page 2 only,
    费用合计 with 医保统筹支付, 大病保险 and 个人自付 and 结算日期 2026-11-20."""
    p = Page(A4, zh=True)
    total = _r(sum(q * u for _n, _c, q, u in YN_ITEMS))
    pool = _r(total * 0.62)
    big = _r(total * 0.08)
    own = _r(total - pool - big)
    widths = [190, 60, 60, 80, 100]
    head = [("项目名称", "编码", "数量", "单价", "金额")]

    def top(page):
        p.t(297, 48, YN["hospital"], 15, bold=True, align="c")
        p.t(297, 70, "住院费用清单", 12.5, align="c")
        p.t(545, 818, f"— {page} / 2 —", 8.5, align="r", color=GREY)

    top(1)
    p.table(50, 84, [70, 110, 70, 245], [("姓名", YN["person"], "住院号", "ZY2026110372"),
                                        ("科室", "内分泌科 二病区", "入院日期", "2026-11-11"),
                                        ("医保类别", "城乡居民医保", "出院日期", "2026-11-20")],
            rh=20, size=9.5, head=0)
    rows = list(head) + [(n, c, str(q), f"{u:.2f}", _p(q * u)) for n, c, q, u in YN_ITEMS[:14]]
    p.table(50, 160, widths, rows, rh=22, size=9.5, aligns=["l", "l", "r", "r", "r"])
    p.t(50, 810, "（续下页）", 8.5, color=GREY)
    p.c.showPage()
    top(2)
    p.t(50, 92, f"姓名：{YN['person']}　住院号：ZY2026110372", 9.5)
    rows = list(head) + [(n, c, str(q), f"{u:.2f}", _p(q * u)) for n, c, q, u in YN_ITEMS[14:]]
    y = p.table(50, 104, widths, rows, rh=22, size=9.5, aligns=["l", "l", "r", "r", "r"])
    y += 30
    for k, (a, v) in enumerate([("费用合计", total), ("医保统筹支付", pool), ("大病保险支付", big),
                                ("个人自付", own)]):
        p.t(300, y + k * 22, a, 10.5, bold=k in (0, 3))
        p.t(540, y + k * 22, _g(v), 10.5, bold=k in (0, 3), align="r")
    p.t(50, y + 110, "结算日期：2026-11-20　　收费员：0086　　打印时间：2026-11-20 15:37", 9, color=GREY)
    p.stamp(200, y + 40, 40, "伊宁市友谊路人民医院", "收费专用章")
    return p.pdf(), {"total": _p(total), "own": _p(own)}


def zh_other_yining_rent_receipt() -> tuple[bytes, dict]:
    """Look-alike: a stationery-shop 收据 (A5 landscape, printed in red with blanks) filled in by pen for a month's rent:
    今收到 the tenant, 房租 2026年12月, the amount in 大写 and figures, the landlord's signature; other."""
    p = Page(landscape(A5), zh=True)
    red = (0.72, 0.12, 0.12)
    p.t(297, 50, "收　　据", 20, bold=True, align="c", color=red)
    p.line(240, 58, 354, 58, 1, color=red)
    p.line(240, 62, 354, 62, 0.5, color=red)
    p.t(440, 84, "No.", 10, color=red)
    p.t(462, 84, "2614039", 12, color=red)
    p.t(60, 84, "年　　月　　日", 10, color=red)
    p.hand(52, 82, "2026    11    28", 12, key="rent-date")
    y = 120
    for k, lbl in enumerate(["今 收 到", "交　　来", "人民币（大写）"]):
        p.t(60, y + k * 40, lbl, 11, color=red)
        p.line(130, y + k * 40 + 3, 530, y + k * 40 + 3, 0.5, color=red)
    p.hand(150, y, YN["person"], 14, key="rent-who")
    p.hand(150, y + 40, "2026年12月份房租（解放西路果园小区3栋2单元401）", 12, key="rent-what")
    p.hand(160, y + 80, "壹仟贰佰元整", 14, key="rent-dx")
    p.t(60, y + 124, "¥", 12, color=red)
    p.box(76, y + 108, 110, 24, stroke=red, lw=0.6)
    p.hand(84, y + 125, "1200.00", 14, key="rent-fig")
    p.t(250, y + 124, "收款单位（人）", 10, color=red)
    p.hand(340, y + 125, "艾尔肯", 14, key="rent-sign")
    p.t(60, y + 170, "第二联　交付款人", 8, color=red)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents: Kisumu (Kenya), Enugu (Nigeria), St. George's (Grenada), Whitehorse (Yukon, Canada)

KE = dict(person="Wycliffe Ochieng Odhiambo", employer="Dunga Bay Fish Processors Ltd", bank="Winam Gulf Bank",
          account="0142 7730 58811", branch="Oginga Odinga Street Branch")
KE_EARN = [("BASIC PAY", 28500.00), ("HOUSE ALLOWANCE", 4275.00), ("COLD ROOM ALLOWANCE", 1800.00),
           ("OVERTIME 1.5 X 14 HRS", 3598.13)]
KE_DED = [("P.A.Y.E.", 2641.41), ("N.S.S.F. TIER I+II", 2160.00), ("S.H.I.F.", 1049.93),
          ("HOUSING LEVY", 572.60), ("SACCO LOAN", 3000.00), ("WELFARE", 200.00)]


def en_pay_ke_dot_matrix_payslip() -> tuple[bytes, dict]:
    """A fish processor's payslip as a dot-matrix printer draws it on continuous stationery (A5 portrait, Courier):
    ruled only with dashes, colons aligning the labels, PAY PERIOD: NOV-2026, EARNINGS then DEDUCTIONS one below the
    other with amounts in a right column, GROSS PAY and TOTAL DEDUCTIONS, NET PAY (KES), bank details, the sprocket
    holes down both edges."""
    p = Page(A5)
    gross = _r(sum(v for _k, v in KE_EARN))
    ded = _r(sum(v for _k, v in KE_DED))
    net = _r(gross - ded)
    c = "Courier"
    cb = "Courier-Bold"
    for y in range(20, 590, 24):
        p.box(8, y, 9, 9, stroke=(0.6, 0.6, 0.6), lw=0.5, radius=4.5)
        p.box(403, y, 9, 9, stroke=(0.6, 0.6, 0.6), lw=0.5, radius=4.5)
    x = 34
    lines = [
        (cb, KE["employer"].upper()),
        (c, "P.O. BOX 1934-40100 KISUMU"),
        (c, "-" * 50),
        (cb, "P A Y S L I P"),
        (c, "-" * 50),
        (c, "EMP NO      : DB-0417"),
        (c, f"NAME        : {KE['person'].upper()}"),
        (c, "DEPARTMENT  : FILLETING"),
        (c, "KRA PIN     : A00******31K"),
        (c, "PAY PERIOD  : NOV-2026"),
        (c, "-" * 50),
        (cb, "EARNINGS"),
    ]
    lines += [(c, f"{k:<30}{_g(v):>20}") for k, v in KE_EARN]
    lines += [(c, " " * 30 + "-" * 20), (cb, f"{'GROSS PAY':<30}{_g(gross):>20}"), (c, ""), (cb, "DEDUCTIONS")]
    lines += [(c, f"{k:<30}{_g(v):>20}") for k, v in KE_DED]
    lines += [(c, " " * 30 + "-" * 20), (cb, f"{'TOTAL DEDUCTIONS':<30}{_g(ded):>20}"), (c, "=" * 50),
              (cb, f"{'NET PAY (KES)':<30}{_g(net):>20}"), (c, "=" * 50),
              (c, f"BANK        : {KE['bank'].upper()}"), (c, "A/C NO      : ******8811"),
              (c, "PAY DATE    : 28/11/2026"), (c, ""), (c, "SACCO LOAN BALANCE B/F         41,000.00"),
              (c, "SACCO LOAN BALANCE C/F         38,000.00")]
    y = 40
    for face, s in lines:
        p.t(x, y, s, 8.2, face=face, color=(0.18, 0.18, 0.22))
        y += 12.5
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


KE_ROWS = [
    ("03NOV26", "03NOV26", "MPESA B2C TRF 07******214", -2500.00),
    ("05NOV26", "05NOV26", "ATM WDL KISUMU MEGA PLAZA", -3000.00),
    ("07NOV26", "07NOV26", "POS NAIVAS KISUMU", -4218.50),
    ("10NOV26", "10NOV26", "KPLC PREPAID TOKEN", -1500.00),
    ("12NOV26", "12NOV26", "LOAN REPAYMENT 0142-LN-2291", -9845.00),
    ("15NOV26", "15NOV26", "CHQ DEP LAKE VIEW CHURCH", 2000.00),
    ("18NOV26", "18NOV26", "POS QUICKMART NYALENDA", -2276.40),
    ("21NOV26", "21NOV26", "MPESA C2B FROM 07******552", 1500.00),
    ("24NOV26", "24NOV26", "ATM WDL JOMO KENYATTA AVE", -2000.00),
    ("27NOV26", "28NOV26", "SALARY DUNGA BAY FISH PROC", 28549.19),
    ("28NOV26", "28NOV26", "SMS ALERT CHARGES", -90.00),
    ("30NOV26", "30NOV26", "LEDGER FEE", -350.00),
]
KE_OPEN = 24187.35


def en_stmt_ke_ddmonyy_cr_statement() -> tuple[bytes, dict]:
    """A Kenyan bank's STATEMENT OF ACCOUNT (A4): the holder's address block at the left, a boxed panel at the right
    (Account No., Currency KES, Statement Period 01NOV26 TO 30NOV26, Branch), dates as ddMONyy (03NOV26) with a
    value-date column, Debits | Credits | Balance with every balance suffixed CR, BALANCE B/FWD first, a totals line
    and CLOSING BALANCE at the foot."""
    p = Page(A4)
    moves = [m for *_a, m in KE_ROWS]
    bal = _run(KE_OPEN, moves)
    p.box(40, 36, 515, 46, fill=NAVY, stroke=None)
    p.t(54, 66, KE["bank"].upper(), 17, bold=True, color=WHITE)
    p.t(540, 66, "STATEMENT OF ACCOUNT", 11, bold=True, align="r", color=WHITE)
    for k, s in enumerate([KE["person"].upper(), "P.O. BOX 7718-40100", "NYALENDA B", "KISUMU"]):
        p.t(44, 112 + k * 14, s, 9.5)
    p.box(320, 98, 235, 74, stroke=(0.4, 0.4, 0.4), lw=0.6)
    for k, (a, b) in enumerate([("Account No.", KE["account"]), ("Currency", "KES"),
                                ("Statement Period", "01NOV26 TO 30NOV26"), ("Branch", KE["branch"])]):
        p.t(328, 114 + k * 16, a, 8.5, color=GREY)
        p.t(420, 114 + k * 16, b, 8.5)
    rows = [("Tran Date", "Value Date", "Particulars", "Debits", "Credits", "Balance")]
    rows.append(("01NOV26", "", "BALANCE B/FWD", "", "", _g(KE_OPEN) + " CR"))
    for (d, v, what, m), b in zip(KE_ROWS, bal, strict=True):
        rows.append((d, v, what, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(b) + " CR"))
    debit = _r(-sum(m for m in moves if m < 0))
    credit = _r(sum(m for m in moves if m > 0))
    rows.append(("", "", "TOTALS", _g(debit), _g(credit), ""))
    y = p.table(40, 190, [56, 56, 175, 72, 72, 84], rows, rh=18, size=8, grid=False, hlines=True,
                head_fill=(0.85, 0.88, 0.95), aligns=["l", "l", "l", "r", "r", "r"])
    p.t(40, y + 26, "CLOSING BALANCE", 10, bold=True)
    p.t(555, y + 26, f"KES {_g(bal[-1])} CR", 10, bold=True, align="r")
    p.t(40, y + 60, "Please examine this statement and report any discrepancy within 30 days of the statement date.",
        8, color=GREY)
    p.t(40, y + 74, "Winam Gulf Bank is regulated by the Central Bank of Kenya. Deposits are protected up to the "
        "statutory limit.", 8, color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_other_ke_loan_app_overdue_screen() -> tuple[bytes, dict]:
    """Look-alike: a digital lender's app screen 'Loan overdue' (a red banner, the amount due, days past due, a
    penalty, a Repay via M-PESA button, a warning about credit reference bureau listing): other."""
    p = Page(PHONE)
    _status_bar(p, "08:41")
    p.t(195, 74, "My Loan", 15, bold=True, align="c")
    p.box(16, 92, 358, 64, fill=(0.93, 0.2, 0.2), stroke=None, radius=10)
    p.t(32, 118, "Your loan is 19 days overdue", 13, bold=True, color=WHITE)
    p.t(32, 140, "Repay now to avoid CRB listing", 10.5, color=WHITE)
    p.t(28, 196, "Amount due", 10.5, color=GREY)
    p.t(28, 228, "KES 7,412.00", 26, bold=True)
    items = [("Loan ID", "HL-88213406"), ("Principal", "KES 5,500.00"), ("Interest", "KES 1,320.00"),
             ("Late fee", "KES 592.00"), ("Due date", "14 Nov 2026"), ("Days past due", "19")]
    y = 270
    for a, b in items:
        p.t(28, y, a, 11, color=GREY)
        p.t(362, y, b, 11, align="r")
        p.line(28, y + 12, 362, y + 12, 0.3, color=(0.85, 0.85, 0.85))
        y += 36
    p.box(28, 520, 334, 48, fill=(0.1, 0.6, 0.3), stroke=None, radius=24)
    p.t(195, 550, "Repay via M-PESA", 14, bold=True, align="c", color=WHITE)
    p.t(195, 600, "Paybill 4071522 · Account 0722******", 10, align="c", color=GREY)
    p.t(195, 640, "Need more time? Request a repayment plan", 10, align="c", color=(0.1, 0.4, 0.8))
    return p.pdf(), {}


NG = dict(person="Chiamaka Ngozi Eze", employer="Holy Rosary Model Secondary School, Enugu",
          hospital="Coal City Specialist Hospital")


def en_income_ng_school_salary_letter() -> tuple[bytes, dict]:
    """A private school's letter confirming employment and salary (Nigeria, A4): the crest-like letterhead with a
    motto, 'Our Ref.' and '14th November, 2026' on the same line, TO WHOM IT MAY CONCERN, prose with the gross monthly
    salary in figures and in words (NGN 186,500.00), the principal's signature and the school's stamp."""
    p = Page(A4)
    p.box(280, 36, 36, 42, stroke=MAROON, lw=1.4, radius=6)
    p.t(298, 62, "HR", 12, bold=True, align="c", color=MAROON)
    p.t(297, 98, NG["employer"].split(",")[0].upper(), 15, bold=True, align="c", color=MAROON)
    p.t(297, 114, "12 Ogui Road, Enugu, Enugu State  ·  Tel: 0803 *** 2291", 9, align="c")
    p.t(297, 128, "Motto: Knowledge and Service", 8.5, face="Times-Italic", align="c", color=GREY)
    p.line(50, 138, 545, 138, 1.6, color=MAROON)
    p.t(60, 166, "Our Ref.: HRMSS/ADM/26/114", 10.5, face="Times-Roman")
    p.t(535, 166, "14th November, 2026", 10.5, face="Times-Roman", align="r")
    p.t(297, 210, "TO WHOM IT MAY CONCERN", 12, face="Times-Bold", align="c")
    p.t(297, 236, "CONFIRMATION OF EMPLOYMENT AND SALARY", 11.5, face="Times-Bold", align="c")
    p.line(180, 240, 414, 240, 0.6)
    body = [
        f"This is to confirm that Mrs. {NG['person']} is a staff of this school. She was employed as a",
        "Mathematics teacher on 8th January, 2019 and has been in our continuous service since then.",
        "",
        "Her gross monthly salary is NGN 186,500.00 (One Hundred and Eighty-Six Thousand, Five",
        "Hundred Naira only), paid into her account at the end of every month.",
        "",
        "This letter is issued at her request for whatever purpose it may serve. Kindly accord her the",
        "necessary assistance.",
    ]
    for k, s in enumerate(body):
        p.t(60, 276 + k * 19, s, 11.5, face="Times-Roman")
    p.t(60, 460, "Yours faithfully,", 11.5, face="Times-Roman")
    p.hand(66, 500, "Rev. Sr. Okafor", 16, key="ng-sign")
    p.line(60, 510, 230, 510, 0.5)
    p.t(60, 526, "Rev. Sr. Maria Goretti Okafor", 11, face="Times-Bold")
    p.t(60, 542, "Principal", 11, face="Times-Roman")
    p.stamp(380, 500, 44, "HOLY ROSARY MODEL SEC. SCH. ENUGU", "PRINCIPAL", color=(0.2, 0.25, 0.6))
    return p.pdf(), {"monthly": "186500.00"}


NG_ITEMS = [("Consultation (Specialist)", 1, 15000.00), ("Full Blood Count", 1, 6500.00),
            ("Malaria Parasite Test", 1, 3000.00), ("Widal Test", 1, 3500.00),
            ("Abdominal Ultrasound Scan", 1, 18000.00), ("Inj. Artesunate 120mg", 3, 4200.00),
            ("IV Fluids (Normal Saline)", 4, 1800.00), ("Admission (Day Ward)", 1, 10000.00),
            ("Drugs to take home", 1, 12850.00)]


def en_med_ng_specialist_hospital_bill() -> tuple[bytes, dict]:
    """A private hospital's PATIENT BILL (Nigeria, A4): hospital block at the left, a bill panel at the right (Bill No.,
    Hosp. No., Date 18-Nov-2026), Patient and Sex/Age and Ward, S/N | Service | Qty | Rate (N) | Amount (N) ruled,
    TOTAL BILL, DEPOSIT PAID, BALANCE TO PAY; the cashier's stamp 'PAID'."""
    p = Page(A4)
    total = _r(sum(q * u for _n, q, u in NG_ITEMS))
    dep = 50000.00
    bal = _r(total - dep)
    p.t(50, 58, NG["hospital"].upper(), 15, bold=True, color=(0.0, 0.4, 0.3))
    p.t(50, 74, "Plot 21 Independence Layout, Enugu  ·  info@coalcityspecialist.ng", 8.5, color=GREY)
    p.box(370, 40, 185, 62, fill=(0.92, 0.97, 0.95), stroke=(0.0, 0.4, 0.3), lw=0.7)
    p.t(380, 56, "PATIENT BILL", 11, bold=True)
    p.t(380, 72, "Bill No.: CCSH/B/26/08817", 8.5)
    p.t(380, 84, "Hosp. No.: CCSH-55120", 8.5)
    p.t(380, 96, "Date: 18-Nov-2026", 8.5)
    p.line(50, 116, 555, 116, 0.8)
    p.t(50, 136, f"Patient: {NG['person']}", 10.5, bold=True)
    p.t(330, 136, "Sex/Age: F / 38", 10)
    p.t(50, 154, "Ward: Day Ward (Female)", 10)
    p.t(330, 154, "Payer: Self (Private)", 10)
    rows = [("S/N", "Service / Item", "Qty", "Rate (N)", "Amount (N)")]
    rows += [(str(k + 1), n, str(q), _g(u), _g(q * u)) for k, (n, q, u) in enumerate(NG_ITEMS)]
    y = p.table(50, 172, [34, 231, 50, 90, 100], rows, rh=20, size=9, aligns=["c", "l", "r", "r", "r"])
    for k, (a, v) in enumerate([("TOTAL BILL", total), ("DEPOSIT PAID", dep), ("BALANCE TO PAY", bal)]):
        p.t(360, y + 22 + k * 18, a, 10, bold=k != 1)
        p.t(555, y + 22 + k * 18, _g(v), 10, bold=k != 1, align="r")
    p.t(50, y + 100, "Amount in words: Eighty-Eight Thousand, Six Hundred and Fifty Naira only (total bill).",
        8.5, face="Times-Italic")
    p.t(50, y + 130, "Cashier: ____________________", 9)
    p.hand(100, y + 127, "Uche", 14, key="ng-cashier")
    p.stamp(440, y + 150, 38, "COAL CITY SPECIALIST HOSPITAL", "PAID", color=(0.15, 0.3, 0.65))
    return p.pdf(), {"total": _p(total), "balance": _p(bal)}


def en_other_ng_pos_agent_transfer_slip() -> tuple[bytes, dict]:
    """Look-alike: a POS agent's thermal transfer slip (Nigeria, 58 mm roll): TRANSFER, APPROVED, the sender's masked
    card, the beneficiary's bank and name, amount and charge, terminal and RRN: a payment slip (other)."""
    p = Page((170, 430))
    x = 85
    p.t(x, 24, "OGUI LINK AGENCY BANKING", 8, bold=True, align="c")
    p.t(x, 36, "MAMA CHIDI POS, OGUI ROAD", 7, align="c")
    p.t(x, 56, "*** TRANSFER ***", 9, bold=True, align="c")
    p.t(x, 70, "APPROVED", 9, bold=True, align="c")
    lines = [("DATE", "19/11/2026"), ("TIME", "16:42:07"), ("TERMINAL", "2KUD4471"), ("CARD", "506099******3318"),
             ("SENDER", "C. N. EZE"), ("BENEF. BANK", "ACCESS"), ("BENEF. NAME", "OKEKE JUDE"),
             ("ACCT", "01******92"), ("AMOUNT", "NGN 45,000.00"), ("CHARGE", "NGN 200.00"),
             ("RRN", "261119164207"), ("STAN", "004417")]
    y = 92
    for a, b in lines:
        p.t(8, y, a, 7, face="Courier")
        p.t(162, y, b, 7, face="Courier", align="r")
        y += 12
    p.t(x, y + 14, "-" * 30, 7, face="Courier", align="c")
    p.t(x, y + 28, "THANK YOU FOR YOUR PATRONAGE", 6.5, align="c")
    return p.pdf(), {}


GD = dict(person="Marcelle Antoinette Charles", employer="Gouyave Nutmeg Receiving Station",
          bank="Carenage Commercial Bank", account="400-218-7756", clinic="Grand Anse Family Medical Practice")
GD_EARN = [("Basic Salary", 2650.00), ("Acting Allowance", 180.00), ("Travel Allowance", 120.00)]
GD_DED = [("N.I.S. Employee 5.5%", 162.25), ("Income Tax", 0.00), ("Credit Union Savings", 150.00),
          ("Staff Loan", 215.00)]


def en_pay_gd_month_ending_payslip() -> tuple[bytes, dict]:
    """A nutmeg station's PAY ADVICE (Grenada, half a Letter sheet): a band with the employer and 'Month ending
    30 November 2026' (no pay period label), Employee / Position / NIS No. in a row, Earnings and Deductions as two
    ruled columns side by side with EC$ amounts, TOTAL EARNINGS and TOTAL DEDUCTIONS under each, then TAKE HOME PAY
    EC$ centred under both."""
    p = Page((612, 420))
    gross = _r(sum(v for _k, v in GD_EARN))
    ded = _r(sum(v for _k, v in GD_DED))
    net = _r(gross - ded)
    brown = (0.45, 0.25, 0.1)
    p.box(30, 24, 552, 50, fill=(0.97, 0.93, 0.86), stroke=brown, lw=0.8)
    p.t(44, 46, GD["employer"].upper(), 14, bold=True, color=brown)
    p.t(44, 64, "Gouyave, St. John, Grenada W.I.", 8.5, color=GREY)
    p.t(568, 46, "PAY ADVICE", 12, bold=True, align="r", color=brown)
    p.t(568, 64, "Month ending 30 November 2026", 9.5, align="r")
    p.t(36, 98, "Employee:", 8.5, color=GREY)
    p.t(86, 98, GD["person"], 10, bold=True)
    p.t(300, 98, "Position:", 8.5, color=GREY)
    p.t(342, 98, "Grading Supervisor", 9.5)
    p.t(460, 98, "NIS No.:", 8.5, color=GREY)
    p.t(500, 98, "GD-118204", 9.5)
    erows = [("Earnings", "EC$")] + [(k, _g(v)) for k, v in GD_EARN] + [("", "")] * (len(GD_DED) - len(GD_EARN))
    erows.append(("TOTAL EARNINGS", _g(gross)))
    drows = [("Deductions", "EC$")] + [(k, _g(v)) for k, v in GD_DED] + [("TOTAL DEDUCTIONS", _g(ded))]
    p.table(30, 114, [180, 86], erows, rh=20, size=9, aligns=["l", "r"], head_fill=(0.93, 0.88, 0.8))
    p.table(316, 114, [180, 86], drows, rh=20, size=9, aligns=["l", "r"], head_fill=(0.93, 0.88, 0.8))
    p.box(186, 250, 240, 40, stroke=brown, lw=1.4)
    p.t(306, 267, "TAKE HOME PAY", 9, bold=True, align="c", color=brown)
    p.t(306, 284, f"EC$ {_g(net)}", 13, bold=True, align="c")
    p.t(36, 318, "Paid by direct deposit to Carenage Commercial Bank a/c ending 7756 on 27/11/2026.", 8.5,
        color=GREY)
    p.t(36, 332, "Year to date: Earnings EC$ 31,980.00   N.I.S. EC$ 1,758.90", 8.5, color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


GD_ROWS = [
    ("Nov 02", "ATM CASH GRENVILLE ST", -200.00), ("Nov 03", "POS FOODLAND GRAND ANSE", -164.35),
    ("Nov 05", "GRENLEC BILL PAYMENT", -187.40), ("Nov 06", "TRANSFER FROM SAVINGS", 300.00),
    ("Nov 09", "POS GOUYAVE PHARMACY", -46.80), ("Nov 10", "DIGICEL TOP UP", -30.00),
    ("Nov 12", "LOAN PMT 7756-PL-03", -612.50), ("Nov 13", "POS REAL VALUE IGA", -221.70),
    ("Nov 16", "CASH DEPOSIT", 150.00), ("Nov 17", "NAWASA WATER", -48.25),
    ("Nov 19", "POS GRAND ANSE FAMILY MED", -235.00), ("Nov 20", "ATM CASH GOUYAVE", -100.00),
    ("Nov 23", "POS FOODLAND GRAND ANSE", -97.15), ("Nov 24", "FLOW INTERNET", -119.99),
    ("Nov 26", "CHEQUE 000214", -400.00), ("Nov 27", "SALARY GOUYAVE NUTMEG", 2422.75),
    ("Nov 28", "ATM CASH GRENVILLE ST", -300.00), ("Nov 30", "SERVICE CHARGE", -12.00),
]
GD_OPEN = 1904.37


def en_stmt_gd_brought_forward_two_page() -> tuple[bytes, dict]:
    """A Grenadian bank's CURRENT ACCOUNT STATEMENT over two Letter pages: the address window and a small box
    (Account, Statement date 30 November 2026, From 1 Nov 2026 To 30 Nov 2026), dates as 'Nov 02' (the year only in
    the box), Date | Description | Withdrawals | Deposits | Balance, BALANCE BROUGHT FORWARD opening each page and
    BALANCE CARRIED FORWARD closing page 1; CLOSING BALANCE and the period's totals on page 2."""
    p = Page(LETTER)
    moves = [m for *_a, m in GD_ROWS]
    bal = _run(GD_OPEN, moves)
    widths = [60, 230, 80, 80, 82]

    def top(page):
        p.t(40, 52, GD["bank"].upper(), 15, bold=True, color=(0.05, 0.35, 0.2))
        p.t(40, 68, "Church Street, St. George's, Grenada", 8.5, color=GREY)
        p.t(572, 52, "CURRENT ACCOUNT STATEMENT", 11, bold=True, align="r")
        p.t(572, 68, f"Page {page} of 2", 8.5, align="r", color=GREY)

    def body(y, start, stop, opening):
        rows = [("Date", "Description", "Withdrawals", "Deposits", "Balance"),
                ("", "BALANCE BROUGHT FORWARD", "", "", _g(opening))]
        for i in range(start, stop):
            d, what, m = GD_ROWS[i]
            rows.append((d, what, _g(-m) if m < 0 else "", _g(m) if m > 0 else "", _g(bal[i])))
        return p.table(40, y, widths, rows, rh=19, size=8.5, grid=False, hlines=False,
                       head_fill=(0.88, 0.94, 0.9), aligns=["l", "l", "r", "r", "r"])

    top(1)
    for k, s in enumerate([GD["person"].upper(), "LA SAGESSE ROAD", "ST. DAVID", "GRENADA W.I."]):
        p.t(60, 116 + k * 14, s, 10)
    p.box(360, 100, 212, 66, stroke=(0.3, 0.3, 0.3), lw=0.6)
    for k, (a, b) in enumerate([("Account", GD["account"]), ("Statement date", "30 November 2026"),
                                ("From", "1 Nov 2026"), ("To", "30 Nov 2026")]):
        p.t(368, 116 + k * 14, a, 8.5, color=GREY)
        p.t(450, 116 + k * 14, b, 8.5)
    y = body(196, 0, 12, GD_OPEN)
    p.line(40, y + 2, 572, y + 2, 0.5)
    p.t(330, y + 18, "BALANCE CARRIED FORWARD", 8.5, bold=True)
    p.t(572, y + 18, _g(bal[11]), 8.5, bold=True, align="r")
    p.c.showPage()
    top(2)
    p.t(40, 96, f"{GD['person'].upper()}   Account {GD['account']}", 9)
    y = body(110, 12, len(GD_ROWS), bal[11])
    p.line(40, y + 2, 572, y + 2, 0.5)
    out = _r(-sum(m for m in moves if m < 0))
    inn = _r(sum(m for m in moves if m > 0))
    p.t(330, y + 20, "Total withdrawals", 9)
    p.t(572, y + 20, _g(out), 9, align="r")
    p.t(330, y + 36, "Total deposits", 9)
    p.t(572, y + 36, _g(inn), 9, align="r")
    p.t(330, y + 56, "CLOSING BALANCE", 10, bold=True)
    p.t(572, y + 56, "EC$ " + _g(bal[-1]), 10, bold=True, align="r")
    p.t(40, y + 100, "Deposits are insured under the rules of the Eastern Caribbean Deposit Insurance scheme.", 8,
        color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_med_gd_family_practice_receipt() -> tuple[bytes, dict]:
    """A family practice's RECEIPT (Grenada, A5 portrait): the practice's name and doctors at the top, Receipt No. in
    red, 'Date: 19th Nov. 2026', 'Received from' with the patient, a handwritten list of services and EC$ amounts with
    the total written in, a 'Paid' rubber stamp; every value by pen on a printed pad."""
    p = Page(A5)
    teal = (0.0, 0.38, 0.45)
    items = [("Consultation", 120.00), ("ECG", 65.00), ("Blood sugar (fasting)", 20.00), ("Dressing", 30.00)]
    total = _r(sum(v for _k, v in items))
    p.t(210, 40, GD["clinic"].upper(), 12, bold=True, align="c", color=teal)
    p.t(210, 56, "Dr. K. Mitchell MBBS  ·  Dr. A. Baptiste MBBS DM", 8, align="c", color=teal)
    p.t(210, 68, "Morne Rouge Road, Grand Anse, St. George  ·  Tel (473) 444-0000", 7.5, align="c", color=teal)
    p.t(210, 96, "RECEIPT", 14, bold=True, align="c", color=teal)
    p.t(370, 96, "No. 7718", 11, align="r", color=RED)
    p.t(40, 128, "Date:", 10, color=teal)
    p.line(70, 130, 200, 130, 0.5, color=teal)
    p.hand(76, 127, "19th Nov. 2026", 12, key="gd-date")
    p.t(40, 158, "Received from:", 10, color=teal)
    p.line(112, 160, 380, 160, 0.5, color=teal)
    p.hand(118, 157, GD["person"], 12, key="gd-pt")
    p.t(40, 190, "For:", 10, color=teal)
    p.t(380, 190, "EC$", 10, align="r", color=teal)
    y = 214
    for k, (a, v) in enumerate(items):
        p.line(40, y + 3, 380, y + 3, 0.4, color=teal)
        p.hand(48, y, a, 12, key=f"gd-i{k}")
        p.hand(330, y, _p(v), 12, key=f"gd-v{k}")
        y += 26
    p.line(40, y + 3, 380, y + 3, 0.4, color=teal)
    p.t(240, y + 30, "TOTAL  EC$", 10, bold=True, color=teal)
    p.box(306, y + 14, 74, 24, stroke=teal, lw=0.7)
    p.hand(314, y + 31, _p(total), 13, key="gd-tot")
    p.t(40, y + 70, "Cash / Cheque / Card", 9, color=teal)
    p.line(40, y + 62, 72, y + 74, 0.8, color=INK)
    p.line(80, y + 62, 118, y + 74, 0.8, color=INK)
    p.t(240, y + 110, "Signature:", 9, color=teal)
    p.hand(290, y + 110, "A. Baptiste", 13, key="gd-sig")
    p.stamp(120, y + 120, 34, "GRAND ANSE FAMILY MEDICAL", "PAID", color=(0.5, 0.1, 0.5))
    return p.pdf(), {"total": _p(total)}


def en_other_gd_disconnection_notice() -> tuple[bytes, dict]:
    """Look-alike: an electricity company's FINAL NOTICE before disconnection (Letter): the customer, account, arrears
    table, the date supply will be cut; a utility's demand, none of the readable types."""
    p = Page(LETTER)
    p.box(0, 0, 612, 70, fill=ORANGE, stroke=None)
    p.t(40, 44, "SPICELIGHT ELECTRICITY SERVICES", 17, bold=True, color=WHITE)
    p.t(572, 44, "FINAL NOTICE", 15, bold=True, align="r", color=WHITE)
    for k, s in enumerate([GD["person"].upper(), "LA SAGESSE ROAD", "ST. DAVID"]):
        p.t(50, 110 + k * 14, s, 10)
    p.t(572, 110, "Notice date: 21 November 2026", 9.5, align="r")
    p.t(572, 124, "Customer No.: 0331-88207", 9.5, align="r")
    p.t(50, 186, "NOTICE OF DISCONNECTION OF SUPPLY", 13, bold=True)
    body = ["Our records show that your account is in arrears. Unless the amount below is paid in full, or a",
            "payment arrangement is agreed with our Customer Service Centre, your electricity supply will be",
            "disconnected on or after 5 December 2026 without further notice. A reconnection fee of EC$ 75.00",
            "applies after disconnection."]
    for k, s in enumerate(body):
        p.t(50, 214 + k * 16, s, 10)
    p.table(50, 300, [200, 130, 130], [("Bill period", "Amount (EC$)", "Due date"),
                                       ("September 2026", "176.20", "20 Oct 2026"),
                                       ("October 2026", "187.40", "20 Nov 2026"),
                                       ("Less payment 05 Nov", "-187.40", ""),
                                       ("AMOUNT IN ARREARS", "176.20", "")], rh=22, size=10,
            aligns=["l", "r", "l"])
    p.t(50, 450, "Pay at any branch, online, or by the mobile app. Call 440-0000 to discuss a payment arrangement.",
        9.5, color=GREY)
    return p.pdf(), {}


CA = dict(person="Dawson Kyle Tremblay", employer="Klondike Gateway Aggregates Inc.",
          bank="Yukon River Credit Union", tail="4410")


def en_unemp_ca_bilingual_layoff_notice() -> tuple[bytes, dict]:
    """A gravel company's NOTICE OF LAYOFF / AVIS DE MISE À PIED (Letter), English and French side by side in two
    columns; dated in ISO form 2026-05-15 at the top right (a seasonal layoff more than 180 days before the end of
    2026), the worker's name and employee number, the last day worked 2026-05-29, the Record of Employment to be
    filed, the operations manager's signature."""
    p = Page(LETTER)
    p.t(306, 50, CA["employer"].upper(), 15, bold=True, align="c", color=(0.25, 0.25, 0.3))
    p.t(306, 66, "Km 1425 Alaska Highway, Whitehorse, Yukon  Y1A 0A0", 8.5, align="c", color=GREY)
    p.line(40, 76, 572, 76, 1.2)
    p.t(572, 100, "Date: 2026-05-15", 10, align="r")
    p.t(40, 100, f"To / À : {CA['person']}", 10.5, bold=True)
    p.t(40, 116, "Employee No. / No d'employé : KGA-0292", 9.5)
    p.t(170, 150, "NOTICE OF LAYOFF", 12.5, bold=True, align="c")
    p.t(442, 150, "AVIS DE MISE À PIED", 12.5, bold=True, align="c")
    p.line(306, 140, 306, 400, 0.5, color=GREY)
    en = ["Due to the end of the crushing season and", "reduced orders for the Alaska Highway",
          "resurfacing contract, your position as", "Crusher Operator is laid off.", "",
          "Your last day of work is 2026-05-29.", "Your final pay, including vacation pay,",
          "will be deposited on the next pay day.", "", "A Record of Employment (ROE) will be",
          "filed electronically within five days", "of your last day.", "",
          "We expect to recall crews in spring 2027", "but cannot guarantee a recall date."]
    fr = ["En raison de la fin de la saison de", "concassage et de la baisse des commandes",
          "pour le contrat de resurfaçage de la route", "de l'Alaska, votre poste d'opérateur de",
          "concasseur fait l'objet d'une mise à pied.", "", "Votre dernier jour de travail est le",
          "2026-05-29. Votre dernière paie, y compris", "l'indemnité de congé, sera versée à la",
          "prochaine date de paie.", "", "Un relevé d'emploi (RE) sera transmis",
          "par voie électronique dans les cinq jours."]
    for k, s in enumerate(en):
        p.t(44, 178 + k * 15, s, 10)
    for k, s in enumerate(fr):
        p.t(316, 178 + k * 15, s, 10)
    p.hand(60, 450, "R. Kuzyk", 18, key="ca-sign")
    p.line(50, 460, 250, 460, 0.5)
    p.t(50, 476, "Renata Kuzyk, Operations Manager / Directrice des opérations", 9)
    p.t(50, 540, "Received by / Reçu par : ____________________   Date : __________", 9.5)
    return p.pdf(), {}


CA_ROWS = [  # newest first
    ("Nov 28", "EI PAYMENT CANADA", 1284.00), ("Nov 27", "SUPERSTORE WHITEHORSE", -143.62),
    ("Nov 24", "YUKON ENERGY PREAUTH", -211.38), ("Nov 21", "INTERAC E-TRF TO L. TREMBLAY", -150.00),
    ("Nov 17", "PETRO-CANADA 2ND AVE", -88.40), ("Nov 14", "EI PAYMENT CANADA", 1284.00),
    ("Nov 12", "TRUCK LOAN PMT", -486.75), ("Nov 08", "NORTHWESTEL", -104.99),
    ("Nov 05", "SUPERSTORE WHITEHORSE", -176.05), ("Nov 02", "RENT E-TRF", -1350.00),
]
CA_CLOSE = 2417.63


def en_stmt_ca_credit_union_app_screen() -> tuple[bytes, dict]:
    """A credit union's app screen 'eStatement' for the chequing account (Canada): the account nickname with ••4410
    and the member's name, 'Nov 1 – Nov 30, 2026', Opening and Closing balance tiles, the transactions newest first
    with signed amounts and no running balance."""
    p = Page(PHONE)
    blue = (0.0, 0.32, 0.55)
    _status_bar(p, "7:02")
    p.t(195, 72, "eStatement", 15, bold=True, align="c")
    p.t(24, 72, "Done", 11, color=blue)
    p.t(24, 104, CA["bank"], 12, bold=True, color=blue)
    p.t(24, 124, f"Member Chequing  ••{CA['tail']}", 11)
    p.t(24, 142, CA["person"], 10.5, color=GREY)
    p.box(16, 156, 358, 30, fill=(0.94, 0.96, 0.99), stroke=None, radius=6)
    p.t(195, 176, "Nov 1 – Nov 30, 2026", 11, bold=True, align="c")
    opening = _r(CA_CLOSE - sum(m for _d, _w, m in CA_ROWS))
    for k, (a, v) in enumerate([("Opening balance", opening), ("Closing balance", CA_CLOSE)]):
        x = 16 + k * 184
        p.box(x, 196, 174, 56, stroke=(0.85, 0.85, 0.85), lw=0.6, radius=8)
        p.t(x + 12, 216, a, 9.5, color=GREY)
        p.t(x + 12, 240, f"${_g(v)}", 15, bold=True)
    y = 266
    for d, what, m in CA_ROWS:
        p.t(24, y + 24, what, 10.5)
        p.t(24, y + 40, d, 9, color=GREY)
        s = f"+${_g(m)}" if m > 0 else f"-${_g(-m)}"
        p.t(366, y + 30, s, 11.5, align="r", color=(0.0, 0.5, 0.2) if m > 0 else (0, 0, 0))
        p.line(24, y + 50, 366, y + 50, 0.3, color=(0.85, 0.85, 0.85))
        y += 52
    return p.pdf(), {"closing": _p(CA_CLOSE), "opening": _p(opening)}


# --------------------------------------------------------------------------------------------------------------------
# the set

DIM = dict(exposure=0.7, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-zhaoqing-handwritten-wage-note": dict(
        draw=zh_pay_zhaoqing_handwritten_wage_note, type="payslip", lang="zh",
        fields={"employer": ZQ["employer"], "employee": ZQ["person"], "period": "2026-11", "gross_pay": "3604.00",
                "net_pay": "2305.28"},
        forms={"photo": dict(desk="wood", angle=-3.1, persp=0.1, blur=1.1, quality=61, crumple=0.55, falloff=0.5),
               "scan": {}},
        note="a carving workshop's printed 工资条 pad (A5 landscape, blue print, red serial No.) filled in by pen: 姓名, "
             "月份 2026年11月, three piece lines (品名 | 件数 | 单价 | 金额), 应发合计, three deductions written as "
             "negatives, 实发金额 in figures and in 大写, 发放日期 12/12 and the worker's signature; every figure "
             "handwritten; the photo creased"),
    "zh-stmt-zhaoqing-rcb-signed-amounts-two-page": dict(
        draw=zh_stmt_zhaoqing_rcb_signed_amounts_two_page, type="bank_statement", lang="zh",
        fields={"bank": ZQ["bank"], "account_holder": ZQ["person"],
                "account_number": [ZQ["account"].replace(" ", ""), ZQ["account"]], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "1543.07"},
        forms={"text": {}, "scan": {}},
        note="a rural commercial bank's 个人账户对账单 over two A4 pages: 客户名称 / 账号 / 起止日期 2026年11月01日 至 "
             "2026年11月30日 as plain lines, 交易日期 (2026年11月03日) | 摘要 | one signed 交易金额 column (+/-) | 账户余额 | "
             "对方户名/账号 (two lines in one cell), 上期余额 first, a 本页小计 at the foot of each page, no 期末余额 "
             "label (the last row's balance is the closing balance), the 电子印章 on page 2"),
    "zh-other-zhaoqing-loan-overdue-reminder": dict(
        draw=zh_other_zhaoqing_overdue_reminder, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=1.8, persp=0.08, blur=1.05, quality=63, falloff=0.45,
                             shadow=0.35)},
        note="look-alike: the bank's 逾期还款提醒函 to the carver (A4): the loan's contract number, a grid of 逾期期数 / "
             "逾期本金 / 逾期利息 / 罚息, what to do, the branch's seal and date; a collection letter (other); the "
             "phone's shadow over it"),
    "zh-med-zhaoqing-outpatient-e-invoice-2025": dict(
        draw=zh_med_zhaoqing_outpatient_e_invoice_2025, type="medical_bill", lang="zh",
        fields={"provider": ZQ_MED_HOSPITAL, "patient": ZQ["person"], "date": "2025-10-14",
                "total": ["435.00", "217.50"]},
        forms={"text": {}, "photo": dict(desk="dark", angle=-2.2, persp=0.1, blur=1.15, quality=60, exposure=0.88,
                                         falloff=0.5)},
        note="a hospital's 医疗收费电子票据 printed from the e-invoice platform (A5 landscape, red frame, a QR square): "
             "票据代码 / 票据号码 / 校验码 / 开票日期 2025-10-14 at the top right, 交款人, items two across, 金额合计 in "
             "大写 and 小写, 医保统筹基金支付 and 个人现金支付, 收款单位（章）; October 2025, more than a year before the "
             "end of 2026 (stale)"),
    "zh-unemp-dandong-unemployment-registration": dict(
        draw=zh_unemp_dandong_unemployment_registration, type="unemployment_proof", lang="zh",
        fields={"person": DD["person"], "issuer": DD["office"], "date": "2026-11-09"},
        forms={"photo": dict(desk="cloth", angle=2.6, persp=0.11, blur=1.15, quality=60, falloff=0.5,
                             hand="bottom"), "text": {}},
        note="a public employment office's 失业登记证明 as a ruled form (A4): 证明编号, 姓名 / 性别 / 出生年月 / masked "
             "公民身份号码 / 户籍所在地 / 原工作单位 (the seafood plant) / 解除劳动关系日期 2026年10月31日 / 失业原因 / "
             "失业登记日期 2026年11月09日 / 登记机构, a sentence on its use, the office's 业务专用章 over 出具日期 "
             "2026年11月09日; issuer = the employment office; held by a thumb at the bottom"),
    "zh-stmt-dandong-dark-app-partial-month": dict(
        draw=zh_stmt_dandong_dark_app_partial_month, type="bank_statement", lang="zh",
        fields={"bank": DD["bank"], "account_holder": DD["person"], "account_number": DD["tail"],
                "period_start": "2026-11-10", "period_end": "2026-11-30", "closing_balance": "1828.01"},
        forms={"image": {}},
        note="a city bank's app screen 交易明细 in dark mode: 借记卡 **** 5308 and 户名, a date chip 2026.11.10 - "
             "2026.11.30 (only part of November), 收入 / 支出 / 期末余额 in a strip, rows newest first (MM-DD HH:MM, "
             "signed amounts, no running balance), the 失业保险金 on 11-20"),
    "zh-pay-dandong-enterprise-chat-payslip-screen": dict(
        draw=zh_pay_dandong_enterprise_chat_payslip_screen, type="payslip", lang="zh",
        fields={"employer": DD["employer"], "employee": DD["person"], "period": "2026-10", "gross_pay": "3906.50",
                "net_pay": "3302.00"},
        forms={"image": {}},
        note="an enterprise-chat app's 工资条 screen for 2026年10月 (the last pay before the lay-off): 实发工资 in large "
             "figures in a green header over the company's name, 姓名 / 工号 / 部门 / 发薪日 2026-11-10 in a grey card, "
             "收入明细 closed by 应发工资, 扣除明细 closed by 扣除合计 with minus signs, a 确认无误 button"),
    "zh-other-dandong-tax-app-income-list": dict(
        draw=zh_other_dandong_tax_app_income_list, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a tax app's 收入纳税明细查询 screen (所得年度 2026, 工资薪金): one card per month with the "
             "withholding employer (cut short) and the income, 已申报税额 0.00; a tax record, not a payslip (other)"),
    "zh-income-yining-bilingual-income-certificate": dict(
        draw=zh_income_yining_bilingual_income_certificate, type="income_proof", lang="zh",
        fields={"employer": YN["employer"], "employee": [YN["person"], "Ayiguli Tuerxun"],
                "monthly_income": "4300.00", "date": "2026-11-16"},
        forms={"photo": dict(desk="wood", angle=-1.6, persp=0.08, blur=1.05, quality=63, falloff=0.45, fold=0.48),
               "text": {}},
        note="a dried-fruit trader's 收入证明 with its English translation under it on the same A4 page: the company's "
             "name in Chinese over its English name, the employee with a masked ID number, 月收入（税前） "
             "人民币肆仟叁佰元整（¥4,300.00） and 'monthly income before tax is RMB 4,300.00', the seal over "
             "'2026年11月16日 / 16 November 2026'; an income proof; the photo folded across the middle"),
    "zh-stmt-yining-unruled-month-statement": dict(
        draw=zh_stmt_yining_unruled_month_statement, type="bank_statement", lang="zh",
        fields={"bank": YN["bank"], "account_holder": YN["person"],
                "account_number": [YN["account"].replace(" ", ""), YN["account"]], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "2172.10"},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=3.4, persp=0.12, blur=1.2, quality=58, **DIM)},
        note="a rural bank's 活期存款对账单 on one A4 page with no rules at all: the month only in the title "
             "（2026年11月）, rows printing MM/DD (11/15), 日期 | 摘要 | 支取 | 存入 | 余额, 上月结存 first and 本月余额 "
             "after the rows, the 对账专用章 at the foot; the trader's 代发工资 on 11/15; the photo dim"),
    "zh-med-yining-inpatient-bill-two-page": dict(
        draw=zh_med_yining_inpatient_bill_two_page, type="medical_bill", lang="zh",
        fields={"provider": YN["hospital"], "patient": YN["person"], "date": "2026-11-20",
                "total": ["3592.00", "1077.60"]},
        forms={"text": {}, "scan": {}},
        note="a hospital's 住院费用清单 over two A4 pages: the patient grid (姓名, 住院号, 科室, 医保类别, 入院日期 "
             "2026-11-11, 出院日期 2026-11-20) on page 1, 项目名称 | 编码 | 数量 | 单价 | 金额 ruled rows from page 1 onto "
             "page 2, 费用合计 / 医保统筹支付 / 大病保险支付 / 个人自付 and 结算日期 2026-11-20 only on page 2; date = "
             "the settlement (discharge) date"),
    "zh-other-yining-handwritten-rent-receipt": dict(
        draw=zh_other_yining_rent_receipt, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=4.2, persp=0.12, blur=1.2, quality=60, falloff=0.5, hand="right")},
        note="look-alike: a stationery-shop 收据 printed in red, filled in by pen for December's rent (今收到 the "
             "tenant, 交来 2026年12月份房租, 壹仟贰佰元整, ¥1200.00, the landlord's name): a rent receipt (other)"),
    "en-pay-ke-dot-matrix-payslip": dict(
        draw=en_pay_ke_dot_matrix_payslip, type="payslip", lang="en",
        fields={"employer": [KE["employer"], KE["employer"].upper()], "employee": [KE["person"].upper(), KE["person"]],
                "period": "2026-11", "gross_pay": "38173.13", "net_pay": "28549.19"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-2.4, persp=0.09, blur=1.1, quality=62,
                                         falloff=0.45)},
        note="a fish processor's PAYSLIP printed by a dot-matrix printer on continuous stationery (Kenya, A5, Courier, "
             "sprocket holes down both edges): ruled only with dashes and equals signs, labels aligned on colons, "
             "PAY PERIOD : NOV-2026, EARNINGS then DEDUCTIONS one under the other (P.A.Y.E., N.S.S.F., S.H.I.F., "
             "Housing Levy, SACCO loan), GROSS PAY, TOTAL DEDUCTIONS, NET PAY (KES), PAY DATE : 28/11/2026"),
    "en-stmt-ke-ddmonyy-cr-statement": dict(
        draw=en_stmt_ke_ddmonyy_cr_statement, type="bank_statement", lang="en",
        fields={"bank": [KE["bank"], KE["bank"].upper()], "account_holder": [KE["person"].upper(), KE["person"]],
                "account_number": [KE["account"], KE["account"].replace(" ", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "30456.64"},
        forms={"text": {}, "scan": {}, "photo": dict(desk="dark", angle=1.4, persp=0.09, blur=1.15, quality=60,
                                                     exposure=0.86, falloff=0.5)},
        note="a Kenyan bank's STATEMENT OF ACCOUNT (A4): a navy band, the holder's P.O. Box address at the left, a "
             "boxed panel (Account No., Currency KES, Statement Period 01NOV26 TO 30NOV26, Branch), Tran Date and "
             "Value Date as ddMONyy, Debits | Credits | Balance with every balance suffixed CR, BALANCE B/FWD "
             "first, a TOTALS line, CLOSING BALANCE KES ... CR under the table; the salary credit is the payslip's "
             "net pay"),
    "en-other-ke-loan-app-overdue-screen": dict(
        draw=en_other_ke_loan_app_overdue_screen, type="other", lang="en", fields={},
        forms={"image": {}},
        note="look-alike: a digital lender's app screen 'My Loan' (Kenya): a red banner 'Your loan is 19 days "
             "overdue', the amount due in KES, principal / interest / late fee, a Repay via M-PESA button: a loan "
             "demand (other)"),
    "en-income-ng-school-salary-letter": dict(
        draw=en_income_ng_school_salary_letter, type="income_proof", lang="en",
        fields={"employer": ["Holy Rosary Model Secondary School", "HOLY ROSARY MODEL SECONDARY SCHOOL",
                             NG["employer"]], "employee": NG["person"], "monthly_income": "186500.00",
                "date": "2026-11-14"},
        forms={"photo": dict(desk="cloth", angle=2.1, persp=0.09, blur=1.05, quality=62, falloff=0.45,
                             crumple=0.35), "text": {}},
        note="a private school's letter confirming employment and salary (Nigeria, A4, a serif face): a letterhead with "
             "a motto, 'Our Ref.' at the left and '14th November, 2026' at the right on one line, TO WHOM IT MAY "
             "CONCERN, the gross monthly salary NGN 186,500.00 in figures and in words, the principal's signature "
             "and a blue school stamp; an income proof"),
    "en-med-ng-specialist-hospital-bill": dict(
        draw=en_med_ng_specialist_hospital_bill, type="medical_bill", lang="en",
        fields={"provider": [NG["hospital"], NG["hospital"].upper()], "patient": NG["person"], "date": "2026-11-18",
                "total": ["88650.00", "38650.00"]},
        forms={"photo": dict(desk="wood", angle=-3.6, persp=0.11, blur=1.15, quality=60, falloff=0.5),
               "text": {}},
        note="a private hospital's PATIENT BILL (Nigeria, A4): the hospital at the left, a shaded panel with Bill No., "
             "Hosp. No. and Date: 18-Nov-2026 at the right, Patient / Sex/Age / Ward / Payer, S/N | Service / Item | "
             "Qty | Rate (N) | Amount (N) ruled, TOTAL BILL, DEPOSIT PAID and BALANCE TO PAY, the amount in words, "
             "a blue PAID stamp"),
    "en-other-ng-pos-agent-transfer-slip": dict(
        draw=en_other_ng_pos_agent_transfer_slip, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=5.0, persp=0.13, blur=1.2, quality=58, hand="bottom", **DIM)},
        note="look-alike: an agency-banking POS terminal's TRANSFER slip (Nigeria, 58 mm roll): APPROVED, the "
             "sender's masked card, the beneficiary's bank and name, amount and charge in NGN, terminal, RRN, STAN: "
             "a payment slip (other); dim, held by a thumb"),
    "en-pay-gd-month-ending-payslip": dict(
        draw=en_pay_gd_month_ending_payslip, type="payslip", lang="en",
        fields={"employer": [GD["employer"], GD["employer"].upper()], "employee": GD["person"], "period": "2026-11",
                "gross_pay": "2950.00", "net_pay": "2422.75"},
        forms={"photo": dict(desk="wood", angle=1.9, persp=0.08, blur=1.05, quality=63, falloff=0.4),
               "scan": {}},
        note="a nutmeg station's PAY ADVICE (Grenada, half a Letter sheet): a tinted band with the employer and "
             "'Month ending 30 November 2026' (no pay-period label), Employee / Position / NIS No. on one line, "
             "Earnings and Deductions as two ruled tables side by side in EC$ with TOTAL EARNINGS and TOTAL "
             "DEDUCTIONS, TAKE HOME PAY EC$ boxed and centred under both, year-to-date figures in grey"),
    "en-stmt-gd-brought-forward-two-page": dict(
        draw=en_stmt_gd_brought_forward_two_page, type="bank_statement", lang="en",
        fields={"bank": [GD["bank"], GD["bank"].upper()], "account_holder": [GD["person"].upper(), GD["person"]],
                "account_number": [GD["account"], GD["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "2001.98"},
        forms={"text": {}, "scan": {}},
        note="a Grenadian bank's CURRENT ACCOUNT STATEMENT over two Letter pages, unruled rows: the address at the "
             "left, a box with Account / Statement date 30 November 2026 / From 1 Nov 2026 / To 30 Nov 2026, rows "
             "dated 'Nov 02' (no year), Date | Description | Withdrawals | Deposits | Balance, BALANCE BROUGHT "
             "FORWARD opening each page and BALANCE CARRIED FORWARD closing page 1, totals and CLOSING BALANCE EC$ "
             "on page 2; the salary credit is the pay advice's take-home pay"),
    "en-med-gd-family-practice-handwritten-receipt": dict(
        draw=en_med_gd_family_practice_receipt, type="medical_bill", lang="en",
        fields={"provider": [GD["clinic"], GD["clinic"].upper()], "patient": GD["person"], "date": "2026-11-19",
                "total": "235.00"},
        forms={"photo": dict(desk="laminate", angle=-2.9, persp=0.1, blur=1.1, quality=61, falloff=0.45)},
        note="a family practice's printed RECEIPT pad (Grenada, A5) filled in by pen: 'Date: 19th Nov. 2026', "
             "'Received from' the patient, four services with EC$ amounts, the TOTAL written in a box, payment "
             "method struck through by pen, the doctor's signature and a purple PAID stamp; a medical bill"),
    "en-other-gd-electricity-final-notice": dict(
        draw=en_other_gd_disconnection_notice, type="other", lang="en", fields={},
        forms={"photo": dict(desk="cloth", angle=3.0, persp=0.1, blur=1.1, quality=62, falloff=0.5, fold=0.33)},
        note="look-alike: an electricity company's FINAL NOTICE before disconnection (Grenada, Letter): an orange "
             "band, the customer and account, a table of unpaid bills and AMOUNT IN ARREARS, the date supply will be "
             "cut: a utility's demand (other); the photo folded"),
    "en-unemp-ca-bilingual-layoff-notice-2026-05": dict(
        draw=en_unemp_ca_bilingual_layoff_notice, type="unemployment_proof", lang="en",
        fields={"person": CA["person"], "issuer": [CA["employer"], CA["employer"].upper()], "date": "2026-05-15"},
        forms={"photo": dict(desk="wood", angle=-1.2, persp=0.07, blur=1.0, quality=64, falloff=0.4,
                             hand="right"), "text": {}},
        note="a gravel company's NOTICE OF LAYOFF / AVIS DE MISE À PIED (Yukon, Canada, Letter): English and French "
             "in two columns, 'Date: 2026-05-15' in ISO form at the top right, the worker and employee number, last "
             "day 2026-05-29, the Record of Employment to be filed, a hoped-for recall in 2027, the operations "
             "manager's signature; more than 180 days before 2026-12-31 (stale)"),
    "en-stmt-ca-credit-union-estatement-screen": dict(
        draw=en_stmt_ca_credit_union_app_screen, type="bank_statement", lang="en",
        fields={"bank": CA["bank"], "account_holder": CA["person"], "account_number": CA["tail"],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": "2417.63"},
        forms={"image": {}},
        note="a credit union's app screen 'eStatement' (Canada): Member Chequing ••4410 and the member's name, "
             "'Nov 1 – Nov 30, 2026' in a bar, Opening balance and Closing balance tiles, the transactions newest "
             "first dated 'Nov 28' with signed dollar amounts and no running balance (two EI payments)"),
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
#: which label each computed figure must match
FIGURE_FIELD = {"gross": "gross_pay", "net": "net_pay", "closing": "closing_balance", "total": "total",
                "monthly": "monthly_income"}


def _check_figures(doc: str) -> None:
    spec = DOCS[doc]
    for key, value in figures(doc).items():
        field = FIGURE_FIELD.get(key)
        if field is None:
            continue
        label = spec["fields"][field]
        first = label if isinstance(label, str) else label[0]
        assert first == value, (doc, field, first, value)


def manifest_entries() -> list[dict]:
    """The manifest's entries: labels from DOCS, the sha256 of each rendered entry."""
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        _check_figures(doc)
        raw, _ext = render(doc, form)
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(WANTED[spec["type"]]), doc
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent21",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent21.json (labels and sha256)")
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
        data = {"as_of_note": "November 2026 documents (a few older on purpose), judged as of 2026-12-31 "
                              "(independent21-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
