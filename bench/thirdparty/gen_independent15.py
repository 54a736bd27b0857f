"""The fifteenth independently generated judging set (bench/thirdparty/independent15.json, ``--independent15``).

    python bench/thirdparty/gen_independent15.py --manifest   (rewrite independent15.json: labels + sha256)
    python bench/thirdparty/gen_independent15.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: issuers, places and layouts the earlier
sets do not use. The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is imported from
gen_independent11.py and the every-page scanner from gen_independent12.py (one copy of each).

Chinese: a Tongren building site's 农民工工资发放表 (one worker's row over blank rows, a 合计 row, signatures), a
Zhangjiakou dairy's HR-app 工资条 screen of September (stale; the app prints no name: absent), a Yingtan cable maker's
停工待岗 生活费 notice to one employee (an income proof: it states what she is now paid a month), a Suqian logistics
firm's 离职证明 (解除劳动合同: an unemployment proof), a Tongren rural bank's 存折 page (日期 / 摘要 / 支取 / 存入 / 余额),
a Suqian rural bank's two-page 对账单 with the totals in a box at the top and 收入 before 支出, a Yingtan rural bank's
counter print without ruling lines whose column heads span two lines, a district hospital's 住院结算 with 预交金 and the
items as key/value pairs in three columns, a community health centre's 门诊费用清单 (¥ with one decimal); look-alikes a
微信支付交易明细证明 (a wallet's record with no balance: not a bank statement), a 房租收据, a 水电费 payment screen and a
贷款结清证明. English: a Nagpur foundry's salary slip (PF, ESI, professional tax, TDS; year-to-date in lakh grouping),
a Nakuru agro-dealer's payslip (NSSF, SHIF/NHIF, housing levy, PAYE; key/value pairs in two columns), a Windsor
(Ontario) tool maker's bi-weekly pay stub (CPP, EI, year-to-date column; net pay in a top-right box), a Bahamas
National Insurance Board unemployment-benefit screen, a UK P45 (the employer's leaving certificate: an unemployment proof),
a Singapore multi-currency account statement over two pages, a Nagpur co-operative bank's app
statement screen (no holder: absent), a Jamaican credit union's August statement (stale), a
Nakuru bank's statement, a Bahamas credit union's statement with the balance in the right margin, an Ontario credit
union's chequing statement with two-line column heads, a Detroit hospital's emergency-visit bill; look-alikes the
travel insurer's Explanation of Benefits for that visit, a Dutch gym's invoice (1.234,56) and a South African school's
fee statement with a running balance (R 12 345,00).

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
from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_independent11 import (  # noqa: E402
    Page,
    _daxie,
    _photo,
    _screenshot,
)
from gen_independent12 import _scan_pages  # noqa: E402
from gen_independent14 import _grid  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent15.json"
GREY = (0.42, 0.42, 0.42)
TEAL = (0.0, 0.42, 0.45)
BRICK = (0.62, 0.2, 0.12)
NAVY = (0.1, 0.16, 0.4)
GREEN = (0.07, 0.6, 0.3)
OLIVE = (0.3, 0.4, 0.12)
PHONE = (390, 844)
MONO = "Courier"
MONO_B = "Courier-Bold"


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _m(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _lakh(v: float) -> str:
    """Indian grouping: 1,46,580.00 (the last three digits, then pairs)."""
    whole, frac = f"{v:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    if head:
        pairs.insert(0, head)
    return ",".join([*pairs, tail]) + "." + frac if pairs else tail + "." + frac


def _eu(v: float) -> str:
    """Dutch grouping: 1.234,56"""
    return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _za(v: float) -> str:
    """South African grouping: 12 345,00"""
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


def _running(opening: float, rows: list, out_i: int, in_i: int) -> list[float]:
    """Balances after each row: ``rows[k][out_i]`` taken off, ``rows[k][in_i]`` added (None for none)."""
    bal, out = opening, []
    for r in rows:
        bal = _r(bal - (r[out_i] or 0) + (r[in_i] or 0))
        out.append(bal)
    return out


def _bar(p: Page, clock: str) -> None:
    p.t(30, 30, clock, 12, bold=True)
    p.box(330, 20, 26, 12, stroke=(0, 0, 0), lw=1, radius=3)
    p.box(332, 22, 15, 8, fill=(0, 0, 0), stroke=None)
    p.t(300, 30, "5G", 10, bold=True)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

SITE_PAY = dict(days=26, day_rate=310.00, advance=1500.00, utilities=86.50)


def zh_pay_tongren_site_roster() -> tuple[bytes, dict]:
    """A labour subcontractor's 农民工工资发放表 for one project and month (landscape A4), printed for one worker: the
    project, the contractor and 工资所属期 over a ruled sheet whose columns run 序号 | 姓名 | 工种 | 出勤天数 | 日工资 |
    应发金额 | 已借支 | 代扣水电 | 实发金额 | 银行卡号 | 本人签名, his row, blank rows, a 合计 row, the three signatures
    and the 劳资专用章."""
    p = Page(landscape(A4), zh=True)
    d = SITE_PAY
    gross = _r(d["days"] * d["day_rate"])
    net = _r(gross - d["advance"] - d["utilities"])
    p.t(421, 46, "东环路安置房（二期）项目  农民工工资发放表", 16, bold=True, align="c")
    p.t(40, 76, "施工总承包单位：铜仁城投建设工程有限公司", 9.5)
    p.t(40, 92, "劳务分包单位：贵州锦江源建筑劳务有限公司", 9.5)
    p.t(800, 76, "工资所属期：2026年10月1日—10月31日", 9.5, align="r")
    p.t(800, 92, "发放方式：银行代发（工资专用账户）", 9.5, align="r")
    widths = [34, 58, 52, 52, 56, 72, 60, 60, 72, 130, 116]
    heads = ["序号", "姓名", "工种", "出勤天数", "日工资(元)", "应发金额(元)", "已借支", "代扣水电", "实发金额(元)",
             "银行卡号", "本人签名"]
    row = ["1", "杨通贵", "钢筋工", str(d["days"]), f"{d['day_rate']:.0f}", _m(gross), _m(d["advance"]),
           _m(d["utilities"]), _m(net), "6229 4781 0033 2615 92", ""]
    blank = [""] * 11
    total = ["合计", "", "", str(d["days"]), "", _m(gross), _m(d["advance"]), _m(d["utilities"]), _m(net), "", ""]
    rows = [heads, row] + [blank] * 5 + [total]
    y = p.table(40, 108, widths, rows, rh=24, size=9, aligns=["c", "c", "c", "c", "r", "r", "r", "r", "r", "c", "c"])
    p.hand(40 + sum(widths[:10]) + 22, 108 + 24 + 18, "杨通贵", 13, key="roster")
    p.t(40, y + 28, "项目负责人：__________      劳资专管员：__________      班组长：__________", 9.5)
    p.t(800, y + 28, "公示日期：2026年11月6日", 9.5, align="r")
    p.t(40, y + 50, "注：本表经工人本人签字确认后报送项目部，工资于次月10日前由总包单位代发至工人本人银行卡。", 8.5,
        color=GREY)
    p.stamp(650, y + 10, 40, "贵州锦江源建筑劳务有限公司", "劳资专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_zhangjiakou_hr_app_september() -> tuple[bytes, dict]:
    """An HR app's 工资条 screen (PNG) for 2026年9月: the company, 实得工资 large at the top (税前收入 beside it), the items
    as tiles two to a row (name over figure); the app shows no employee name (absent); a month before the one asked."""
    p = Page(PHONE, zh=True)
    earn = [("岗位工资", 3200.00), ("绩效工资", 860.00), ("夜班补贴", 240.00), ("全勤奖", 100.00)]
    ded = [("养老保险(个人)", 352.00), ("医疗保险(个人)", 88.00), ("失业保险(个人)", 22.00), ("住房公积金(个人)", 264.00),
           ("个人所得税", 0.00)]
    gross = _r(sum(v for _k, v in earn))
    net = _r(gross - sum(v for _k, v in ded))
    p.box(0, 0, 390, 844, fill=(0.95, 0.96, 0.98), stroke=None)
    _bar(p, "08:15")
    p.t(20, 72, "〈", 16)
    p.t(195, 72, "我的工资条", 15, bold=True, align="c")
    p.box(0, 90, 390, 170, fill=(0.16, 0.45, 0.85), stroke=None)
    p.t(24, 118, "张家口坝上乳业有限公司", 11, color=(1, 1, 1))
    p.t(366, 118, "2026年09月", 11, color=(1, 1, 1), align="r")
    p.t(24, 150, "实得工资(元)", 10, color=(0.85, 0.9, 1))
    p.t(24, 192, _m(net), 30, bold=True, color=(1, 1, 1))
    p.t(24, 232, "税前收入 " + _m(gross), 10.5, color=(0.85, 0.9, 1))
    p.t(366, 232, "发薪日 2026-10-15", 10.5, color=(0.85, 0.9, 1), align="r")
    y = 280
    for title, items in (("收入明细", earn), ("扣除明细", ded)):
        p.t(24, y + 8, title, 12, bold=True)
        y += 20
        for k in range(0, len(items), 2):
            for j, (name, v) in enumerate(items[k:k + 2]):
                x = 16 + j * 182
                p.box(x, y, 176, 54, fill=(1, 1, 1), stroke=None, radius=6)
                p.t(x + 12, y + 20, name, 9.5, color=GREY)
                p.t(x + 12, y + 42, _m(v), 13, bold=True)
            y += 60
        y += 10
    p.t(195, y + 16, "工资条仅供本人查看，如有疑问请联系人力资源部", 9, color=GREY, align="c")
    p.box(130, 826, 130, 5, fill=(0, 0, 0), stroke=None, radius=2.5)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


STANDBY = dict(min_wage=2040.00, share=0.8)


def zh_income_yingtan_standby_notice() -> tuple[bytes, dict]:
    """A cable maker's 停工待岗通知书 to one employee (A4 prose): from 2026年9月1日 she stands by without work, her monthly
    生活费 (80% of the province's minimum wage, the figure computed) in ¥ and 大写, paid on the 15th, social insurance
    kept; the company's name, date and 公章. It states what she is now paid a month: an income proof."""
    p = Page(A4, zh=True)
    fee = _r(STANDBY["min_wage"] * STANDBY["share"])
    p.t(297, 90, "停工待岗通知书", 20, bold=True, align="c")
    p.t(480, 116, "鹰铜人通〔2026〕第37号", 9, color=GREY, align="r")
    p.t(70, 150, "饶冬梅 同志（工号：YT-0419，所在部门：拉丝车间）：", 11)
    paras = [
        "受铜价大幅波动及主要客户订单缩减影响，公司拉丝车间自2026年9月1日起阶段",
        "性停产。经公司职工代表大会讨论通过，安排你自2026年9月1日起停工待岗，待岗",
        "期间保留劳动关系。",
        f"一、待岗期间，公司按江西省最低工资标准（{STANDBY['min_wage']:.0f}元/月）的80%按月向你发放",
        f"生活费，即每月人民币{_m(fee)}元（大写：{_daxie(fee)}），于每月15日前发放",
        "至你的工资卡。",
        "二、待岗期间，公司继续为你缴纳社会保险及住房公积金，个人应缴部分从生活费中",
        "代扣。",
        "三、恢复生产时，公司将提前三日通知你返岗。待岗期间请保持通讯畅通。",
        "特此通知。",
    ]
    y = 182
    for s in paras:
        p.t(92 if s.startswith(("受", "一", "二", "三", "特")) else 70, y, s, 10.5)
        y += 24
    p.t(70, y + 30, "员工签收：", 10.5)
    p.hand(130, y + 30, "饶冬梅", 13, key="standby")
    p.t(70, y + 52, "签收日期：2026年10月9日", 10.5)
    p.t(480, y + 90, "鹰潭铜峰线缆有限公司", 11, align="r")
    p.t(480, y + 114, "二〇二六年十月九日", 11, align="r")
    p.stamp(420, y + 90, 46, "鹰潭铜峰线缆有限公司", "")
    p.t(297, 800, "本通知一式两份，公司与员工各执一份。", 8.5, color=GREY, align="c")
    return p.pdf(), {"monthly": _s(fee)}


def zh_unemp_suqian_leaving_certificate() -> tuple[bytes, dict]:
    """A logistics company's 离职证明 (A4 prose): 兹证明 the employee, her post and years, the contract ended on
    2026-10-15 at her request, no dispute, the company's name and date (2026-10-16) under the 人事专用章, and a torn-off
    stub below the dotted line. A 解除劳动合同 certificate: an unemployment proof, issued by the employer."""
    p = Page(A4, zh=True)
    p.t(297, 100, "离  职  证  明", 22, bold=True, align="c")
    lines = [
        "兹证明 何春燕 （性别：女，身份证号码：3213**********2848）自2021年3月8日",
        "入职我公司，在仓储运营部担任仓储主管一职。因个人原因，本人提出辞职，双方于",
        "2026年10月15日解除劳动合同，已办理完毕工作交接及离职手续，公司与其不存在",
        "任何劳动纠纷及经济纠纷。",
        "其社会保险缴纳至2026年10月，自2026年11月起停止缴纳。",
        "特此证明。",
    ]
    y = 160
    for s in lines:
        p.t(92 if s.startswith(("兹", "其", "特")) else 70, y, s, 11)
        y += 28
    p.t(500, y + 60, "宿迁宏运通达物流有限公司", 11.5, align="r")
    p.t(500, y + 86, "2026年10月16日", 11.5, align="r")
    p.stamp(440, y + 66, 46, "宿迁宏运通达物流有限公司", "人事专用章")
    cut = y + 170
    p.line(40, cut, 555, cut, 0.8, dash=(4, 3))
    p.t(297, cut - 6, "（裁剪线）", 8, color=GREY, align="c")
    p.t(70, cut + 36, "离职证明（存根）", 12, bold=True)
    p.t(70, cut + 64, "姓名：何春燕    部门：仓储运营部    离职日期：2026年10月15日    经办人：周涛", 10)
    p.t(70, cut + 88, "领取人签字：____________    领取日期：____________", 10)
    return p.pdf(), {}


PASSBOOK_ROWS = [  # date, 摘要, 支取, 存入, 网点
    ("2026.10.03", "ATM取款", 500.00, None, "0417"),
    ("2026.10.08", "消费", 86.00, None, "POS"),
    ("2026.10.14", "转存", None, 300.00, "0402"),
    ("2026.10.19", "ATM取款", 1000.00, None, "0417"),
    ("2026.10.26", "跨行转出", 1500.00, None, "MB"),
    ("2026.10.31", "结息", None, 0.94, "0402"),
    ("2026.11.04", "ATM取款", 200.00, None, "0417"),
    ("2026.11.10", "代发工资", None, 6473.50, "0402"),
]
PASSBOOK_OPEN = 3187.62


def zh_stmt_tongren_passbook_page() -> tuple[bytes, dict]:
    """A rural bank's 活期存折 inner page as the counter printer fills it: the bank's printed head and column names
    (日期 | 摘要 | 支取 | 存入 | 余额 | 网点 | 柜员) in blue, the holder and account printed on the first line when the book
    was updated, a 承前页 line, then dot-matrix rows (2026.10.03 ...), the last the site's 代发工资 of November."""
    p = Page((500, 340), zh=True)
    blue = (0.15, 0.3, 0.6)
    p.box(0, 0, 500, 340, fill=(0.95, 0.96, 0.92), stroke=None)
    p.t(250, 26, "贵州铜仁农村商业银行股份有限公司  活期储蓄存折", 11, bold=True, align="c", color=blue)
    xs = [18, 92, 178, 248, 318, 402, 446, 484]
    for x, h in zip(xs, ["日期", "摘要", "支取", "存入", "余额", "网点", "柜员"], strict=False):
        p.t(x + 4, 48, h, 9, color=blue)
    for x in xs:
        p.line(x, 36, x, 326, 0.3, color=blue)
    p.line(18, 54, 484, 54, 0.5, color=blue)
    for k in range(13):
        p.line(18, 76 + k * 20, 484, 76 + k * 20, 0.2, color=(0.6, 0.7, 0.85))
    p.t(24, 70, "户名:杨通贵   账号:6229478100332615 92   凭证号:00418827", 8.5)
    bal = _running(PASSBOOK_OPEN, PASSBOOK_ROWS, 2, 3)
    y = 90
    p.t(22, y, "2026.09.30", 8.5, face=MONO)
    p.t(96, y, "承前页", 8.5)
    p.t(398, y, f"{PASSBOOK_OPEN:.2f}", 8.5, face=MONO, align="r")
    for (dt, what, out, inn, site), b in zip(PASSBOOK_ROWS, bal, strict=True):
        y += 20
        p.t(22, y, dt, 8.5, face=MONO)
        p.t(96, y, what, 8.5)
        if out:
            p.t(244, y, f"{out:.2f}", 8.5, face=MONO, align="r")
        if inn:
            p.t(314, y, f"{inn:.2f}", 8.5, face=MONO, align="r")
        p.t(398, y, f"{b:.2f}", 8.5, face=MONO, align="r")
        p.t(406, y, site, 8, face=MONO)
        p.t(450, y, "T07", 8, face=MONO)
    return p.pdf(), {"closing": _s(bal[-1])}


SQ_ROWS = [  # date, 摘要, 收入, 支出, 对方
    ("2026/10/01", "快捷支付", None, 68.00, "拼多多平台商户"), ("2026/10/02", "ATM取现", None, 500.00, ""),
    ("2026/10/05", "转账汇入", 1200.00, None, "何建军"), ("2026/10/06", "缴费", None, 156.30, "国网江苏省电力"),
    ("2026/10/08", "快捷支付", None, 243.90, "美团"), ("2026/10/10", "代发工资", 6214.00, None, "宿迁宏运通达物流有限公司"),
    ("2026/10/11", "跨行转出", None, 2000.00, "何春燕"), ("2026/10/12", "快捷支付", None, 89.50, "京东商城"),
    ("2026/10/13", "消费", None, 312.00, "宿迁万达广场"), ("2026/10/15", "贷款还款", None, 1860.00, "个人住房贷款"),
    ("2026/10/16", "快捷支付", None, 45.00, "滴滴出行"), ("2026/10/17", "转账汇入", 500.00, None, "周玉兰"),
    ("2026/10/18", "消费", None, 178.60, "苏果超市"), ("2026/10/20", "缴费", None, 50.00, "中国移动"),
    ("2026/10/21", "快捷支付", None, 36.80, "美团"), ("2026/10/22", "代发工资", 2870.00, None, "宿迁宏运通达物流有限公司"),
    ("2026/10/23", "消费", None, 128.00, "宿迁市第一人民医院"), ("2026/10/24", "ATM取现", None, 300.00, ""),
    ("2026/10/25", "快捷支付", None, 74.20, "拼多多平台商户"), ("2026/10/26", "转账汇出", None, 800.00, "何建军"),
    ("2026/10/27", "缴费", None, 95.00, "宿迁水务集团"), ("2026/10/28", "消费", None, 63.50, "苏果超市"),
    ("2026/10/29", "快捷支付", None, 19.90, "京东商城"), ("2026/10/30", "消费", None, 240.00, "宿城区华联药房"),
    ("2026/10/31", "结息", 1.87, None, ""),
]
SQ_OPEN = 2316.44


def zh_stmt_suqian_rcb_two_page() -> tuple[bytes, dict]:
    """A rural bank's 个人活期账户对账单 over two A4 pages: the totals first, in a box at the top of page 1 (期初余额,
    收入 笔数/金额, 支出 笔数/金额, 期末余额), then 序号 | 交易日期 | 摘要 | 收入 | 支出 | 余额 | 对方户名 (收入 before
    支出), the header repeated on page 2, the 业务专用章 and 第1页/共2页 at the foot of each page."""
    p = Page(A4, zh=True)
    bal = _running(SQ_OPEN, SQ_ROWS, 3, 2)
    inc = _r(sum(r[2] or 0 for r in SQ_ROWS))
    out = _r(sum(r[3] or 0 for r in SQ_ROWS))
    closing = bal[-1]
    p.t(297, 50, "江苏宿迁农村商业银行", 15, bold=True, align="c", color=(0.0, 0.45, 0.3))
    p.t(297, 72, "个人活期账户对账单", 13, bold=True, align="c")
    info = [("户    名：何春燕", "账    号：6231 8830 1002 4417 305"), ("币    种：人民币", "钞汇标志：钞"),
            ("起止日期：2026/10/01 至 2026/10/31", "打印日期：2026/11/03")]
    for i, (a, b) in enumerate(info):
        p.t(50, 100 + 16 * i, a, 9.5)
        p.t(320, 100 + 16 * i, b, 9.5)
    p.box(50, 150, 495, 46, stroke=(0, 0, 0), lw=0.8)
    heads = ["期初余额", "收入笔数", "收入金额", "支出笔数", "支出金额", "期末余额"]
    vals = [_m(SQ_OPEN), str(sum(1 for r in SQ_ROWS if r[2])), _m(inc), str(sum(1 for r in SQ_ROWS if r[3])),
            _m(out), _m(closing)]
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        cx = 50 + 495 / 6 * (i + 0.5)
        p.t(cx, 168, h, 9, bold=True, align="c")
        p.t(cx, 188, v, 9.5, align="c")
    widths = [30, 66, 70, 72, 72, 78, 107]
    head = ["序号", "交易日期", "摘要", "收入", "支出", "余额", "对方户名"]
    aligns = ["c", "c", "l", "r", "r", "r", "l"]

    def body(rows, first):
        return [head] + [[str(first + k), r[0], r[1], _m(r[2]) if r[2] else "", _m(r[3]) if r[3] else "", _m(b), r[4]]
                         for k, (r, b) in enumerate(rows)]

    split = 17
    p.table(50, 212, widths, body(list(zip(SQ_ROWS[:split], bal[:split], strict=True)), 1), rh=20, size=8.5,
            aligns=aligns)
    p.t(297, 810, "第1页/共2页", 8.5, align="c", color=GREY)
    p.c.showPage()
    y = p.table(50, 60, widths, body(list(zip(SQ_ROWS[split:], bal[split:], strict=True)), split + 1), rh=20,
                size=8.5, aligns=aligns)
    p.t(50, y + 24, f"本期末余额：{_m(closing)}    （以上交易明细以本行系统记录为准）", 9.5)
    p.t(50, y + 46, "经办网点：宿城支行营业部    经办柜员：0231", 9, color=GREY)
    p.stamp(440, y + 70, 40, "江苏宿迁农村商业银行宿城支行", "业务专用章")
    p.t(297, 810, "第2页/共2页", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


YT_ROWS = [  # date, 摘要, 借方, 贷方
    ("20261002", "POS消费", 132.50, None), ("20261006", "ATM取款", 300.00, None),
    ("20261009", "医保个账划入", None, 96.40), ("20261012", "网银转出", 400.00, None),
    ("20261015", "待岗生活费", None, 1632.00), ("20261015", "社保代扣", 253.78, None),
    ("20261019", "POS消费", 68.20, None), ("20261023", "缴电费", 88.60, None),
    ("20261027", "POS消费", "CLINIC", None), ("20261030", "ATM取款", 200.00, None),
]
YT_OPEN = 1468.35


def _clinic_own() -> float:
    """The patient's own share of the community centre's list, paid by card on the day."""
    return float(zh_med_yingtan_community_outpatient_list()[1]["own"])


def zh_stmt_yingtan_counter_unruled() -> tuple[bytes, dict]:
    """A rural bank's counter print of an account's 交易明细 (A4): the head as key/value pairs in three columns
    (户名 | 账号 | 币种 / 起始日期 | 终止日期 | 打印时间 / 开户网点 | 账户状态 | 页码), then a table with no ruling lines
    whose heads sit on two lines (记账 / 日期, 借方 / 发生额, 贷方 / 发生额, 账户 / 余额), yyyymmdd dates, and 本页合计
    and 期末余额 at the foot."""
    p = Page(A4, zh=True)
    rows = [(d, w, _clinic_own() if dr == "CLINIC" else dr, cr) for d, w, dr, cr in YT_ROWS]
    bal = _running(YT_OPEN, rows, 2, 3)
    p.t(297, 52, "鹰潭农村商业银行  账户交易明细", 14, bold=True, align="c")
    kv = [[("户名", "饶冬梅"), ("账号", "6230 9012 7700 5318"), ("币种", "人民币")],
          [("起始日期", "20261001"), ("终止日期", "20261031"), ("打印时间", "20261102 09:47")],
          [("开户网点", "月湖支行"), ("账户状态", "正常"), ("页码", "1/1")]]
    for i, row in enumerate(kv):
        for j, (k, v) in enumerate(row):
            p.t(50 + j * 170, 86 + i * 16, f"{k}：{v}", 9)
    cols = [(50, "记账", "日期", "l"), (118, "摘要", "", "l"), (250, "借方", "发生额", "r"), (330, "贷方", "发生额", "r"),
            (420, "账户", "余额", "r"), (470, "交易", "网点", "l")]
    for x, a, b, al in cols:
        p.t(x, 146, a, 9, bold=True, align=al)
        if b:
            p.t(x, 158, b, 9, bold=True, align=al)
    p.line(50, 164, 545, 164, 0.6)
    y = 180
    p.t(118, y, "上期余额", 9)
    p.t(420, y, _m(YT_OPEN), 9, align="r")
    for (dt, what, dr, cr), b in zip(rows, bal, strict=True):
        y += 17
        p.t(50, y, dt, 9)
        p.t(118, y, what, 9)
        if dr:
            p.t(250, y, _m(dr), 9, align="r")
        if cr:
            p.t(330, y, _m(cr), 9, align="r")
        p.t(420, y, _m(b), 9, align="r")
        p.t(470, y, "月湖支行" if what in ("待岗生活费", "社保代扣") else "", 8.5)
    y += 14
    p.line(50, y, 545, y, 0.6)
    p.t(118, y + 16, "本页合计", 9, bold=True)
    p.t(250, y + 16, _m(sum(r[2] or 0 for r in rows)), 9, align="r")
    p.t(330, y + 16, _m(sum(r[3] or 0 for r in rows)), 9, align="r")
    p.t(118, y + 34, "期末余额", 9, bold=True)
    p.t(420, y + 34, _m(bal[-1]), 9, bold=True, align="r")
    p.t(50, y + 70, "柜员：1062    授权：—    本明细仅供客户对账使用", 8.5, color=GREY)
    p.stamp(460, y + 80, 36, "鹰潭农村商业银行月湖支行", "业务专用章")
    return p.pdf(), {"closing": _s(bal[-1])}


def zh_other_wechat_pay_proof() -> tuple[bytes, dict]:
    """Look-alike: a 微信支付交易明细证明 exported as PDF: the proof number, the real name and ID tail, the period, then
    交易单号 | 交易时间 | 交易类型 | 收/支/其他 | 交易方式 | 金额(元) | 交易对方, and no balance and no bank: a payment wallet's
    record of transactions, not a bank statement (the interface's bank_statement is a bank's 流水)."""
    p = Page(landscape(A4), zh=True)
    p.t(421, 50, "微信支付交易明细证明", 17, bold=True, align="c")
    p.t(40, 80, "编号：20261104093318000142", 9, color=GREY)
    p.t(40, 102, "兹证明：钟晓岚（身份证：3607**********0024）在其微信号（wxid_****7qk2）中的交易明细信息如下：", 10)
    p.t(40, 120, "证明开具时间：2026-11-04 09:33:18      交易时间段：2026-10-01 00:00:00 至 2026-10-31 23:59:59", 10)
    rows = [["交易单号", "交易时间", "交易类型", "收/支/其他", "交易方式", "金额(元)", "交易对方"]]
    data = [("4200002391202610023318", "2026-10-02 12:31:07", "商户消费", "支出", "零钱", "23.50", "沙县小吃(站前店)"),
            ("1000050001202610054417", "2026-10-05 19:02:44", "转账", "收入", "/", "200.00", "钟*兵"),
            ("4200002402202610081102", "2026-10-08 08:15:30", "商户消费", "支出", "建设银行储蓄卡(3318)", "6.00", "鹰潭公交"),
            ("1000039901202610117782", "2026-10-11 21:47:10", "微信红包", "收入", "/", "66.00", "钟*芳"),
            ("4200002420202610150091", "2026-10-15 18:20:02", "商户消费", "支出", "零钱", "128.80", "华润万家"),
            ("1000050001202610203390", "2026-10-20 10:05:41", "零钱提现", "其他", "建设银行储蓄卡(3318)", "300.00", "/"),
            ("4200002433202610245561", "2026-10-24 13:12:55", "商户消费", "支出", "零钱", "45.00", "滴滴出行"),
            ("4200002440202610290017", "2026-10-29 07:58:13", "商户消费", "支出", "零钱", "9.90", "瑞幸咖啡")]
    rows += [list(r) for r in data]
    y = p.table(40, 140, [150, 120, 70, 64, 130, 70, 158], rows, rh=20, size=8.5,
                aligns=["l", "l", "c", "c", "l", "r", "l"])
    p.t(40, y + 24, "说明：1. 本证明仅展示所选时间段内的交易明细；2. 本证明不作为财务凭证。", 8.5, color=GREY)
    p.t(800, y + 60, "财付通支付科技有限公司", 10.5, align="r")
    p.stamp(730, y + 60, 40, "财付通支付科技有限公司", "业务凭证专用章")
    return p.pdf(), {}


SETTLE_ITEMS = [("床位费", 180.00), ("护理费", 156.00), ("诊察费", 60.00), ("检查费", 1240.00), ("化验费", 486.50),
                ("治疗费", 912.00), ("手术费", 2600.00), ("西药费", 1873.20), ("卫生材料费", 1310.80)]
SETTLE = dict(deposit=3000.00, fund_share=0.62)


def zh_med_tongren_inpatient_settlement() -> tuple[bytes, dict]:
    """A district hospital's 住院费用结算单 (A5 landscape): 住院号, 姓名, 科别, 入院/出院日期 in one line, the fee items as
    key/value pairs three to a row in a ruled grid, 费用合计 in 大写 and figures, then 预交金, 医保统筹支付, 个人自付 and
    应补缴 (what the deposit did not cover), the 收费专用章."""
    p = Page(landscape(A5), zh=True)
    total = _r(sum(v for _k, v in SETTLE_ITEMS))
    fund = _r(total * SETTLE["fund_share"])
    own = _r(total - fund)
    due = _r(own - SETTLE["deposit"])
    p.t(298, 36, "铜仁市碧江区人民医院  住院费用结算单", 14, bold=True, align="c")
    p.t(40, 62, "住院号：ZY2026103391", 8.5)
    p.t(170, 62, "姓名：杨通贵", 8.5)
    p.t(270, 62, "性别：男", 8.5)
    p.t(330, 62, "科别：骨科", 8.5)
    p.t(560, 62, "医保类型：城乡居民医保", 8.5, align="r")
    p.t(40, 78, "入院日期：2026-10-18      出院日期：2026-10-24      住院天数：6天      结算日期：2026-10-24", 8.5)
    x0, cw, rh = 40, [86, 90] * 3, 22
    y = 90
    for k in range(0, len(SETTLE_ITEMS), 3):
        cx = x0
        for name, v in SETTLE_ITEMS[k:k + 3]:
            p.box(cx, y, cw[0], rh, fill=(0.93, 0.93, 0.93), stroke=None)
            p.t(cx + cw[0] / 2, y + 15, name, 9, align="c")
            p.t(cx + cw[0] + cw[1] - 6, y + 15, _m(v), 9, align="r")
            cx += cw[0] + cw[1]
        y += rh
    _grid(p, x0, 90, cw, rh, 3)
    y += 18
    p.t(40, y, f"费用合计（大写）：{_daxie(total)}", 9.5)
    p.t(556, y, f"（小写）¥{_m(total)}", 9.5, bold=True, align="r")
    y += 22
    pairs = [("预交金", SETTLE["deposit"]), ("医保统筹支付", fund), ("个人自付", own), ("应补缴", due)]
    for i, (k, v) in enumerate(pairs):
        p.t(40 + i * 130, y, f"{k}：{_m(v)}", 9.5, bold=(k == "应补缴"))
    p.t(40, y + 40, "收款单位（章）", 9)
    p.t(300, y + 40, "收款人：田敏", 9)
    p.t(556, y + 40, "打印时间：2026-10-24 16:05", 8.5, color=GREY, align="r")
    p.stamp(110, y + 28, 34, "铜仁市碧江区人民医院", "收费专用章")
    return p.pdf(), {"total": _s(total), "own": _s(own)}


CLINIC_ITEMS = [("普通门诊诊查费", "次", 1, 10.0), ("血常规（五分类）", "项", 1, 20.0), ("C反应蛋白测定", "项", 1, 25.0),
                ("阿莫西林胶囊 0.25g*24粒", "盒", 2, 14.6), ("复方甘草片 100片", "瓶", 1, 9.8),
                ("静脉输液（第一组）", "组", 3, 12.0), ("0.9%氯化钠注射液 250ml", "袋", 3, 6.8),
                ("注射用头孢呋辛钠 0.75g", "支", 6, 27.4)]
CLINIC_FUND = 0.4


def _yuan1(v: float) -> str:
    """¥1234.5: one decimal when the fen are nought, as this counter prints."""
    s = f"{v:.2f}"
    return "¥" + (s[:-1] if s.endswith("0") else s)


def zh_med_yingtan_community_outpatient_list() -> tuple[bytes, dict]:
    """A community health centre's 门诊费用清单 on a narrow slip: the centre, 就诊日期 2026/10/27 14:32, 姓名, 医保卡号,
    then 项目名称 | 数量 | 单价 | 金额 with lines only above and below, amounts as ¥ with one decimal (¥286.4), 合计,
    then 统筹支付 and 个人支付."""
    p = Page((300, 520), zh=True)
    total = _r(sum(n * u for _a, _b, n, u in CLINIC_ITEMS))
    fund = _r(total * CLINIC_FUND)
    own = _r(total - fund)
    p.t(150, 30, "鹰潭市月湖区江边社区卫生服务中心", 11, bold=True, align="c")
    p.t(150, 48, "门诊费用清单", 11, align="c")
    for i, s in enumerate(["就诊日期：2026/10/27 14:32", "姓名：饶冬梅   性别：女   年龄：44", "科室：全科门诊   医师：吴建平",
                           "医保卡号：36060219******1207"]):
        p.t(16, 72 + i * 15, s, 8.5)
    y = 140
    p.line(16, y, 284, y, 0.6)
    p.t(16, y + 13, "项目名称", 8.5, bold=True)
    p.t(190, y + 13, "数量", 8.5, bold=True, align="r")
    p.t(230, y + 13, "单价", 8.5, bold=True, align="r")
    p.t(284, y + 13, "金额", 8.5, bold=True, align="r")
    p.line(16, y + 19, 284, y + 19, 0.4, dash=(2, 2))
    y += 34
    for name, _unit, n, u in CLINIC_ITEMS:
        p.t(16, y, name, 8)
        p.t(190, y, str(n), 8, align="r")
        p.t(230, y, _yuan1(u), 8, align="r")
        p.t(284, y, _yuan1(_r(n * u)), 8, align="r")
        y += 16
    p.line(16, y - 6, 284, y - 6, 0.6)
    p.t(16, y + 10, "合计", 9.5, bold=True)
    p.t(284, y + 10, _yuan1(total), 9.5, bold=True, align="r")
    p.t(16, y + 30, f"统筹支付：{_yuan1(fund)}", 8.5)
    p.t(284, y + 30, f"个人支付：{_yuan1(own)}", 8.5, align="r")
    p.t(16, y + 52, "收费员：0907     请妥善保管，遗失不补", 8, color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_other_rent_receipt() -> tuple[bytes, dict]:
    """Look-alike: a stationery-shop 收据 filled in by hand for November's rent: 今收到, 交来, 人民币（大写）, ¥1200.00,
    the landlord's signature; the counterfoil's perforation on the left: a rent receipt, not income or a bill."""
    p = Page((520, 250), zh=True)
    red = (0.7, 0.15, 0.15)
    p.box(0, 0, 520, 250, fill=(0.98, 0.96, 0.93), stroke=None)
    p.line(60, 10, 60, 240, 0.6, color=red, dash=(2, 3))
    p.t(290, 38, "收    据", 17, bold=True, align="c", color=red)
    p.t(470, 38, "No 0037216", 10, face=MONO, color=red, align="r")
    p.t(350, 62, "2026 年 11 月 1 日", 10, color=red)
    p.t(80, 90, "今收到", 10, color=red)
    p.hand(130, 90, "郑文彬", 13, key="rent1")
    p.t(80, 92, "______________________________________", 10, color=red)
    p.t(80, 122, "交  来", 10, color=red)
    p.hand(130, 122, "信江新区锦绣苑7栋302室 十一月房租", 13, key="rent2")
    p.t(80, 124, "______________________________________", 10, color=red)
    p.t(80, 156, "人民币（大写）", 10, color=red)
    p.hand(170, 156, "壹仟贰佰元整", 13, key="rent3")
    p.t(340, 156, "¥", 10, color=red)
    p.hand(352, 156, "1200.00", 13, key="rent4")
    p.t(80, 200, "收款单位（人）：", 10, color=red)
    p.hand(170, 200, "桂秀珍", 14, key="rent5")
    p.t(340, 200, "经手人：", 10, color=red)
    p.t(470, 230, "第二联 收据", 8, color=red, align="r")
    return p.pdf(), {}


def zh_other_utility_payment_screen() -> tuple[bytes, dict]:
    """Look-alike: a property company's mini-program 水电费缴费单 screen (PNG): 房号, 抄表周期, 水费 and 电费 by reading x
    price, 合计 ¥243.5, 支付成功: a bill for a flat, not a statement or a medical bill."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.97), stroke=None)
    _bar(p, "19:22")
    p.t(195, 70, "水电费缴费单", 15, bold=True, align="c")
    p.t(195, 118, "✓", 34, color=GREEN, align="c")
    p.t(195, 148, "支付成功", 14, bold=True, align="c", color=GREEN)
    p.t(195, 186, "¥243.5", 30, bold=True, align="c")
    p.box(16, 212, 358, 300, fill=(1, 1, 1), stroke=None, radius=8)
    rows = [("小区", "锦绣苑"), ("房号", "7栋3单元302"), ("抄表周期", "2026.10.01-2026.10.31"),
            ("水费", "12吨 × ¥3.4 = ¥40.8"), ("电费", "338度 × ¥0.6 = ¥202.7"), ("合计", "¥243.5"),
            ("支付方式", "微信支付"), ("支付时间", "2026-11-03 19:21:40"), ("订单号", "SD20261103192140886")]
    for i, (k, v) in enumerate(rows):
        p.t(32, 240 + i * 30, k, 11, color=GREY)
        p.t(358, 240 + i * 30, v, 11, align="r", bold=(k == "合计"))
    p.box(40, 540, 310, 44, fill=GREEN, stroke=None, radius=22)
    p.t(195, 567, "完成", 13, color=(1, 1, 1), align="c")
    p.box(130, 826, 130, 5, fill=(0, 0, 0), stroke=None, radius=2.5)
    return p.pdf(), {}


def zh_other_loan_settlement() -> tuple[bytes, dict]:
    """Look-alike: a bank's 贷款结清证明 (A4): the borrower, contract number, amount, term and repayment method in a ruled
    two-column table, 'has repaid all principal and interest on 2026年9月20日', the branch's 业务专用章: a closed loan, not
    a statement of an account."""
    p = Page(A4, zh=True)
    p.t(297, 90, "贷款结清证明", 20, bold=True, align="c")
    rows = [["借款人", "潘志远"], ["证件号码", "3623**********1517"], ["借款合同编号", "JX-YT-GR-2023-004418"],
            ["贷款种类", "个人消费贷款"], ["贷款金额", "人民币 80,000.00 元"], ["贷款期限", "2023年9月21日 至 2026年9月20日"],
            ["还款方式", "等额本息"], ["结清日期", "2026年9月20日"]]
    y = p.table(80, 130, [130, 305], rows, rh=26, size=10.5, head=0, aligns=["c", "l"])
    p.t(92, y + 40, "经核实，上述借款人已于2026年9月20日还清该笔贷款的全部本金及利息，该笔贷款已结清。", 11)
    p.t(70, y + 66, "特此证明。", 11)
    p.t(500, y + 130, "江西余江农村商业银行股份有限公司锦江支行", 10.5, align="r")
    p.t(500, y + 154, "2026年10月12日", 10.5, align="r")
    p.stamp(430, y + 130, 42, "江西余江农村商业银行锦江支行", "业务专用章")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

IN_EARN = [("Basic", 12400.00), ("House Rent Allowance", 4960.00), ("Conveyance Allowance", 1600.00),
           ("Special Allowance", 1980.00)]
IN_MONTHS = 7  # April to October: the Indian tax year's months so far


def en_pay_in_nagpur_salary_slip() -> tuple[bytes, dict]:
    """A Nagpur foundry's 'Salary Slip for the month of October 2026' (A4 top half): the employee's particulars as
    key/value pairs in three columns (Emp. Code, Name, Designation / Department, Date of Joining, UAN / PAN, Bank A/c,
    Paid Days), then Earnings | Current Month | Year to Date beside Deductions | Current Month | Year to Date (PF 12 %
    of basic, ESI 0.75 % of gross, professional tax, TDS nil), Gross Earnings / Total Deductions, Net Pay in figures
    and words; the year-to-date figures in lakh grouping (1,46,580.00)."""
    p = Page(A4)
    gross = _r(sum(v for _k, v in IN_EARN))
    ded = [("Provident Fund", _r(IN_EARN[0][1] * 0.12)), ("ESI", _r(gross * 0.0075)), ("Professional Tax", 200.00),
           ("TDS", 0.00)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(297, 44, "VIDARBHA PRECISION CASTINGS PVT. LTD.", 14, bold=True, align="c")
    p.t(297, 60, "Plot C-41, MIDC Hingna Industrial Area, Nagpur - 440016", 8.5, align="c", color=GREY)
    p.t(297, 82, "Salary Slip for the month of October 2026", 11, bold=True, align="c")
    kv = [[("Emp. Code", "VPC-1187"), ("Name", "Shubhangi Wankhede"), ("Designation", "QC Inspector")],
          [("Department", "Quality"), ("Date of Joining", "14/06/2019"), ("Paid Days", "31")],
          [("UAN", "101847302215"), ("PAN", "AQWPW5521K"), ("Bank A/c", "XXXXXX4406")]]
    p.box(40, 94, 515, 58, stroke=(0, 0, 0), lw=0.6)
    for i, row in enumerate(kv):
        for j, (k, v) in enumerate(row):
            p.t(48 + j * 172, 110 + i * 17, k, 8, color=GREY)
            p.t(48 + j * 172 + 70, 110 + i * 17, ": " + v, 8.5)
    head = ["Earnings", "Current Month", "Year to Date", "Deductions", "Current Month", "Year to Date"]
    rows = [head]
    for k in range(max(len(IN_EARN), len(ded))):
        e = IN_EARN[k] if k < len(IN_EARN) else ("", None)
        d = ded[k] if k < len(ded) else ("", None)
        rows.append([e[0], _lakh(e[1]) if e[1] is not None else "", _lakh(e[1] * IN_MONTHS) if e[1] is not None else "",
                     d[0], _lakh(d[1]) if d[1] is not None else "",
                     _lakh(d[1] * IN_MONTHS) if d[1] is not None else ""])
    rows.append(["Gross Earnings", _lakh(gross), _lakh(gross * IN_MONTHS), "Total Deductions", _lakh(dsum),
                 _lakh(dsum * IN_MONTHS)])
    y = p.table(40, 162, [120, 70, 75, 110, 70, 70], rows, rh=18, size=8.5, aligns=["l", "r", "r", "l", "r", "r"])
    p.box(40, y + 8, 515, 40, fill=(0.93, 0.93, 0.93), stroke=(0, 0, 0), lw=0.6)
    p.t(50, y + 24, f"Net Pay : Rs. {_lakh(net)}", 11, bold=True)
    p.t(50, y + 40, "(Rupees Nineteen Thousand Ninety Four and Paise Ninety Five Only)", 8.5)
    p.t(40, y + 66, "Employer contribution to PF: 1,488.00    ESI (employer 3.25%): 680.55", 8, color=GREY)
    p.t(40, y + 80, "This is a computer generated salary slip and does not require a signature.", 8, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


KE_EARN = [("Basic Salary", 38000.00), ("House Allowance", 5700.00), ("Commuter Allowance", 2500.00),
           ("Overtime (16 hrs)", 1840.00)]


def _ke_paye(taxable: float) -> float:
    """Kenya's monthly PAYE bands (10 % to 24,000, 25 % to 32,333, 30 % to 500,000) less the 2,400 personal relief."""
    tax = min(taxable, 24000) * 0.10 + max(0, min(taxable, 32333) - 24000) * 0.25 + max(0, taxable - 32333) * 0.30
    return _r(max(0.0, tax - 2400))


def en_pay_ke_nakuru_agro_payslip() -> tuple[bytes, dict]:
    """A Nakuru agro-dealer's PAYSLIP (A5 portrait), month October 2026: the staff particulars as key/value pairs in two
    columns, then EARNINGS and DEDUCTIONS one under the other (NSSF 6 %, SHIF (formerly NHIF) 2.75 %, Affordable
    Housing Levy 1.5 %, PAYE after relief), GROSS PAY, TOTAL DEDUCTIONS and NET PAY in KES, date 31-Oct-2026."""
    p = Page(A5)
    gross = _r(sum(v for _k, v in KE_EARN))
    nssf, shif, ahl = _r(gross * 0.06), _r(gross * 0.0275), _r(gross * 0.015)
    paye = _ke_paye(gross - nssf - shif - ahl)
    ded = [("NSSF (Tier I & II)", nssf), ("SHIF (formerly NHIF)", shif), ("Housing Levy", ahl), ("PAYE", paye)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(210, 36, "MENENGAI AGRO-DEALERS LIMITED", 12, bold=True, align="c", color=OLIVE)
    p.t(210, 50, "Kenyatta Avenue, P.O. Box 3318-20100, Nakuru", 7.5, align="c", color=GREY)
    p.t(210, 70, "PAYSLIP  -  OCTOBER 2026", 10.5, bold=True, align="c")
    kv = [("Staff No.", "MAD/0264", "KRA PIN", "A014477821K"), ("Name", "Faith Chepkoech Rotich", "NSSF No.", "2039914475"),
          ("Job Title", "Stores Clerk", "SHIF No.", "CR1188402"), ("Branch", "Nakuru Main", "Pay Date", "31-Oct-2026")]
    for i, (a, b, c, d) in enumerate(kv):
        p.t(30, 92 + i * 13, a, 7.5, color=GREY)
        p.t(80, 92 + i * 13, b, 7.5)
        p.t(240, 92 + i * 13, c, 7.5, color=GREY)
        p.t(290, 92 + i * 13, d, 7.5)
    y = 150
    for title, items, tot_name, tot in (("EARNINGS", KE_EARN, "GROSS PAY", gross),
                                        ("DEDUCTIONS", ded, "TOTAL DEDUCTIONS", dsum)):
        p.box(30, y, 360, 15, fill=(0.85, 0.9, 0.8), stroke=None)
        p.t(34, y + 11, title, 8.5, bold=True)
        p.t(386, y + 11, "KES", 8.5, bold=True, align="r")
        y += 28
        for k, v in items:
            p.t(40, y, k, 8.5)
            p.t(386, y, _m(v), 8.5, align="r")
            y += 14
        p.line(300, y - 9, 390, y - 9, 0.5)
        p.t(40, y + 2, tot_name, 8.5, bold=True)
        p.t(386, y + 2, _m(tot), 8.5, bold=True, align="r")
        y += 20
    p.box(30, y, 360, 24, stroke=(0, 0, 0), lw=1)
    p.t(40, y + 16, "NET PAY", 10, bold=True)
    p.t(386, y + 16, "KES " + _m(net), 10, bold=True, align="r")
    p.t(30, y + 44, "Paid to: Family Bank, Nakuru Branch  A/c ****7731", 7.5, color=GREY)
    p.t(30, y + 56, "Employer NSSF: " + _m(nssf) + "   Employer Housing Levy: " + _m(ahl), 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


CA_EARN = [("Regular", 80, 27.40), ("Overtime 1.5x", 6, 41.10), ("Shift premium", 80, 1.25)]
CA_YTD_PERIODS = 21


def en_pay_ca_windsor_pay_stub() -> tuple[bytes, dict]:
    """A Windsor (Ontario) tool-and-die shop's bi-weekly pay stub (Letter, top third): the company left, a NET PAY box
    top right with the deposit date, pay period 2026/10/05 - 2026/10/18, then Earnings (Description | Hours | Rate |
    Current | YTD) beside Deductions (CPP, EI, federal and Ontario tax, union dues; Current | YTD), totals under each."""
    p = Page(LETTER)
    earn = [(k, h, r, _r(h * r)) for k, h, r in CA_EARN]
    gross = _r(sum(e[3] for e in earn))
    cpp = _r((gross - 3500 / 26) * 0.0595)
    ei = _r(gross * 0.0164)
    ded = [("CPP", cpp), ("EI", ei), ("Federal tax", 248.15), ("Ontario tax", 121.40), ("Union dues - Local 195", 38.00)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(40, 48, "Essex County Tool & Die Inc.", 14, bold=True, color=NAVY)
    p.t(40, 62, "3380 Walker Road, Windsor, ON N8W 3R9", 8.5, color=GREY)
    p.t(40, 92, "Employee: Bernadette Okonkwo-Lavoie", 9.5)
    p.t(40, 106, "Employee #: 00417      Dept: Machining", 9)
    p.t(40, 120, "Pay period: 2026/10/05 - 2026/10/18      Pay date: 2026/10/23", 9)
    p.box(400, 40, 172, 70, stroke=NAVY, lw=1.2)
    p.t(486, 60, "NET PAY", 10, bold=True, align="c", color=NAVY)
    p.t(486, 84, "$" + _m(net), 17, bold=True, align="c")
    p.t(486, 102, "Direct deposit 2026/10/23", 7.5, align="c", color=GREY)
    rows = [["Earnings", "Hours", "Rate", "Current", "YTD"]] + [
        [k, f"{h:.2f}", f"{r:.2f}", _m(v), _m(v * CA_YTD_PERIODS)] for k, h, r, v in earn]
    rows.append(["Gross pay", "", "", _m(gross), _m(gross * CA_YTD_PERIODS)])
    p.table(40, 140, [90, 40, 40, 60, 66], rows, rh=17, size=8, aligns=["l", "r", "r", "r", "r"], grid=False,
            hlines=True)
    drows = [["Deductions", "Current", "YTD"]] + [[k, _m(v), _m(v * CA_YTD_PERIODS)] for k, v in ded]
    drows.append(["Total deductions", _m(dsum), _m(dsum * CA_YTD_PERIODS)])
    p.table(352, 140, [100, 56, 64], drows, rh=17, size=8, aligns=["l", "r", "r"], grid=False, hlines=True)
    p.line(40, 262, 572, 262, 0.5, dash=(3, 2))
    p.t(40, 276, "Vacation pay accrued: 4%    Questions about your pay: payroll@ectd-windsor.ca", 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_unemp_bs_nib_benefit_screen() -> tuple[bytes, dict]:
    """A social-security portal's phone screen (PNG): 'Unemployment Benefit', a status chip 'Approved', label / value
    rows (claimant, NIB number, claim ref, last day worked, decision date 16 Oct 2026, weekly rate, duration), a note
    on fortnightly payment."""
    p = Page(PHONE)
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.95), stroke=None)
    _bar(p, "10:04")
    p.box(0, 44, 390, 64, fill=(0.0, 0.2, 0.5), stroke=None)
    p.t(20, 72, "The National Insurance Board", 12, bold=True, color=(1, 1, 1))
    p.t(20, 90, "of The Commonwealth of The Bahamas", 12, bold=True, color=(1, 1, 1))
    p.t(20, 140, "My Claims", 11, color=GREY)
    p.t(20, 168, "Unemployment Benefit", 18, bold=True)
    p.box(20, 182, 96, 24, fill=(0.85, 0.95, 0.87), stroke=None, radius=12)
    p.t(68, 198, "Approved", 10.5, bold=True, color=GREEN, align="c")
    rows = [("Claimant", "Kimberley Rolle-Ferguson"), ("NIB number", "8820-4417"), ("Claim reference", "UB-26-0915574"),
            ("Last day worked", "25 Sep 2026"), ("Date of claim", "29 Sep 2026"), ("Decision date", "16 Oct 2026"),
            ("Weekly rate", "B$ 212.50"), ("Duration", "up to 26 weeks"), ("Paid", "every two weeks to bank")]
    y = 236
    p.box(16, y - 8, 358, len(rows) * 40 + 10, fill=(1, 1, 1), stroke=None, radius=8)
    for k, v in rows:
        p.t(30, y + 14, k, 10.5, color=GREY)
        p.t(360, y + 14, v, 10.5, align="r")
        p.line(30, y + 30, 360, y + 30, 0.3, color=(0.85, 0.85, 0.85))
        y += 40
    p.t(20, y + 26, "Keep looking for work and report any earnings", 9.5, color=GREY)
    p.t(20, y + 40, "or a return to work within 7 days.", 9.5, color=GREY)
    p.box(130, 826, 130, 5, fill=(0, 0, 0), stroke=None, radius=2.5)
    return p.pdf(), {}


def _digits(p: Page, x: float, y: float, s: str, size=11, w=14) -> None:
    """Characters in boxes, one to a box, as the HMRC forms print them."""
    for k, ch in enumerate(s):
        p.box(x + k * w, y - size, w - 2, size + 5, stroke=(0.5, 0.1, 0.3), lw=0.5)
        if ch != " ":
            p.t(x + k * w + (w - 2) / 2, y, ch, size - 1, face=MONO_B, align="c")


def en_unemp_uk_p45_part1a() -> tuple[bytes, dict]:
    """A P45 Part 1A 'Details of employee leaving work - Copy for employee' as payroll software prints it: numbered
    boxes (employer PAYE reference, NI number, name, leaving date in DD MM YYYY boxes, tax code, total pay and tax in
    this employment), the employer's name and address and the date in box 14. The employer issues it when a job ends:
    an unemployment proof whose issuer is the employer."""
    p = Page(A4)
    plum = (0.5, 0.1, 0.3)
    p.t(40, 50, "P45 Part 1A", 16, bold=True, color=plum)
    p.t(40, 68, "Details of employee leaving work", 11, bold=True)
    p.t(40, 82, "Copy for employee", 9)
    p.t(555, 50, "HM Revenue & Customs", 10, bold=True, align="r")
    y = 116
    items = [("1", "Employer PAYE reference", "Office number 961  Reference number HT83307"),
             ("2", "Employee's National Insurance number", "JT 44 18 02 C"), ("3", "Title", "MR"),
             ("", "Surname or family name", "AMBROSE-THACKERAY"), ("", "First or given name(s)", "LEWIS OWEN")]
    for no, k, v in items:
        p.t(40, y, no, 9, bold=True, color=plum)
        p.t(58, y, k, 8.5)
        p.t(300, y, v, 10, face=MONO_B)
        y += 22
    p.t(40, y, "4", 9, bold=True, color=plum)
    p.t(58, y, "Leaving date DD MM YYYY", 8.5)
    _digits(p, 300, y + 2, "10 10 2026")
    y += 28
    for no, k, v in [("5", "Student Loan deductions", "N"), ("6", "Tax code at leaving date", "1257L"),
                     ("7", "Last entries on Deductions Working Sheet: Month number", "7"),
                     ("", "Total pay to date", "\u00a317,842.60"), ("", "Total tax to date", "\u00a31,971.40"),
                     ("8", "This employment pay", "\u00a317,842.60"), ("", "This employment tax", "\u00a31,971.40"),
                     ("9", "Works number / Payroll ID", "HSP-2214"), ("10", "Gender", "M"),
                     ("11", "Date of birth", "03/05/1988")]:
        p.t(40, y, no, 9, bold=True, color=plum)
        p.t(58, y, k, 8.5)
        p.t(300, y, v, 10, face=MONO_B)
        y += 22
    p.t(40, y, "12", 9, bold=True, color=plum)
    p.t(58, y, "Employee's private address", 8.5)
    for i, s in enumerate(["41 Cromwell Road", "Grimsby", "DN31 2BH"]):
        p.t(300, y + i * 13, s, 10, face=MONO_B)
    y += 48
    p.t(40, y, "14", 9, bold=True, color=plum)
    p.t(58, y, "Employer name and address", 8.5)
    for i, s in enumerate(["HUMBER ESTUARY SEAFOOD PROCESSORS LTD", "Fish Dock Road", "Grimsby DN31 3NW"]):
        p.t(300, y + i * 13, s, 10, face=MONO_B)
    y += 46
    p.t(58, y, "Date", 8.5)
    _digits(p, 300, y + 2, "14 10 2026")
    p.t(40, y + 40, "To the employee: keep this part safe. Give Parts 2 and 3 to your new employer, or to Jobcentre Plus if "
        "you claim benefit.", 8, color=GREY)
    p.t(40, 820, "P45(Online) Part 1A  HMRC 04/26", 7.5, color=GREY)
    return p.pdf(), {}


SG_SGD = [("03 OCT", "GIRO - TOWN COUNCIL S&CC", 88.40, None), ("06 OCT", "NETS PURCHASE FAIRPRICE XTRA", 146.25, None),
          ("09 OCT", "FAST PAYMENT FROM MUTHU ENGG", None, 200.00), ("10 OCT", "SALARY GIRO CR", None, 3480.00),
          ("12 OCT", "FX CONVERSION SGD TO USD", 670.25, None), ("14 OCT", "ATM WDL TAMPINES CTRL", 300.00, None),
          ("17 OCT", "BILL PYMT SINGTEL", 52.90, None), ("20 OCT", "PAYNOW TO S******A", 120.00, None),
          ("22 OCT", "NETS PURCHASE SHENG SIONG", 98.65, None), ("25 OCT", "INSURANCE PREMIUM GIRO", 164.80, None),
          ("28 OCT", "FAST PAYMENT TO RAJENDRAN P", 400.00, None), ("31 OCT", "INTEREST CREDIT", None, 0.41)]
SG_USD = [("12 OCT", "FX CONVERSION SGD TO USD", None, 500.00), ("15 OCT", "ONLINE PURCHASE AMAZON.COM", 86.37, None),
          ("27 OCT", "FX CONVERSION USD TO INR REMIT", 250.00, None)]
SG_OPEN = {"SGD": 4218.77, "USD": 312.40}


def en_stmt_sg_multicurrency_two_page() -> tuple[bytes, dict]:
    """A Singapore bank's Multi-Currency Account statement over two A4 pages: the holder's address, an account summary
    table per currency (SGD, USD) at the top of page 1 with the closing balances, the SGD transactions (Date | Description
    | Withdrawal | Deposit | Balance, dates like 03 OCT) from BALANCE B/F; page 2 the USD sub-account's transactions and
    the closing lines. The account's own currency, SGD, is labelled."""
    p = Page(A4)
    sgd = _running(SG_OPEN["SGD"], SG_SGD, 2, 3)
    usd = _running(SG_OPEN["USD"], SG_USD, 2, 3)
    p.t(40, 50, "Straits Meridian Bank Limited", 15, bold=True, color=TEAL)
    p.t(40, 64, "Co. Reg. No. 197301144K", 7.5, color=GREY)
    p.t(555, 50, "STATEMENT OF ACCOUNT", 11, bold=True, align="r")
    for i, s in enumerate(["MUTHUKUMAR S/O RAJENDRAN", "BLK 827 TAMPINES STREET 81", "#09-214", "SINGAPORE 520827"]):
        p.t(40, 104 + i * 13, s, 9.5)
    for i, (k, v) in enumerate([("Statement Date", "31 OCT 2026"), ("Period", "01 OCT 2026 TO 31 OCT 2026"),
                                ("Account", "Multi-Currency Account"), ("Account No.", "512-84307-1")]):
        p.t(360, 104 + i * 13, k, 8.5, color=GREY)
        p.t(555, 104 + i * 13, v, 8.5, align="r")
    rows = [["Currency", "Balance brought forward", "Closing balance"],
            ["SGD", _m(SG_OPEN["SGD"]), _m(sgd[-1])], ["USD", _m(SG_OPEN["USD"]), _m(usd[-1])]]
    p.t(40, 180, "ACCOUNT SUMMARY", 9.5, bold=True, color=TEAL)
    p.table(40, 186, [120, 200, 195], rows, rh=17, size=8.5, aligns=["l", "r", "r"], head_fill=(0.85, 0.93, 0.93))
    p.t(40, 270, "TRANSACTION DETAILS - SGD", 9.5, bold=True, color=TEAL)
    trows = [["Date", "Description", "Withdrawal", "Deposit", "Balance"], ["01 OCT", "BALANCE B/F", "", "",
                                                                           _m(SG_OPEN["SGD"])]]
    trows += [[d, t, _m(o) if o else "", _m(i) if i else "", _m(b)] for (d, t, o, i), b in zip(SG_SGD, sgd, strict=True)]
    y = p.table(40, 276, [56, 230, 75, 75, 79], trows, rh=18, size=8, aligns=["l", "l", "r", "r", "r"], grid=False,
                hlines=True, head_fill=(0.85, 0.93, 0.93))
    p.t(40, y + 16, "BALANCE C/F (SGD)", 8.5, bold=True)
    p.t(555, y + 16, _m(sgd[-1]), 8.5, bold=True, align="r")
    p.t(297, 815, "Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    p.t(40, 50, "Multi-Currency Account 512-84307-1  (continued)", 9, color=GREY)
    p.t(40, 80, "TRANSACTION DETAILS - USD", 9.5, bold=True, color=TEAL)
    urows = [["Date", "Description", "Withdrawal", "Deposit", "Balance"], ["01 OCT", "BALANCE B/F", "", "",
                                                                           _m(SG_OPEN["USD"])]]
    urows += [[d, t, _m(o) if o else "", _m(i) if i else "", _m(b)] for (d, t, o, i), b in zip(SG_USD, usd, strict=True)]
    y = p.table(40, 86, [56, 230, 75, 75, 79], urows, rh=18, size=8, aligns=["l", "l", "r", "r", "r"], grid=False,
                hlines=True, head_fill=(0.85, 0.93, 0.93))
    p.t(40, y + 16, "BALANCE C/F (USD)", 8.5, bold=True)
    p.t(555, y + 16, _m(usd[-1]), 8.5, bold=True, align="r")
    p.t(40, y + 50, "Deposits are insured up to S$100,000 per depositor by the Singapore Deposit Insurance Corporation.",
        7.5, color=GREY)
    p.t(40, y + 62, "Please examine this statement and report any discrepancy within 14 days.", 7.5, color=GREY)
    p.t(297, 815, "Page 2 of 2", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(sgd[-1])}


JM_ROWS = [("02-08-2026", "Salary - Christiana Agro Ltd", None, 61250.00), ("05-08-2026", "ATM Withdrawal Mandeville",
           15000.00, None), ("09-08-2026", "JPS Electricity", 9874.36, None), ("14-08-2026", "Loan Repayment L-2241",
           12500.00, None), ("18-08-2026", "NWC Water", 4210.50, None), ("23-08-2026", "Supermarket POS Hi-Lo",
           8765.20, None), ("30-08-2026", "Dividend on shares", None, 1104.00)]
JM_OPEN = 23410.88


def en_stmt_jm_credit_union_august() -> tuple[bytes, dict]:
    """A Jamaican credit union's savings statement for August 2026 (Letter): the member's name and number, period
    01-08-2026 to 31-08-2026, Date | Particulars | Withdrawals | Lodgements | Balance in J$, a closing line; a month that
    does not cover the October asked (stale)."""
    p = Page(LETTER)
    bal = _running(JM_OPEN, JM_ROWS, 2, 3)
    p.t(306, 50, "SOUTH MANCHESTER CO-OPERATIVE CREDIT UNION LIMITED", 12, bold=True, align="c", color=BRICK)
    p.t(306, 64, "12 Caledonia Road, Mandeville, Manchester, Jamaica W.I.", 8, align="c", color=GREY)
    p.t(306, 90, "MEMBER SAVINGS STATEMENT", 11, bold=True, align="c")
    p.t(40, 120, "Member: SHANIQUE GAYLE-POWELL", 9.5)
    p.t(40, 134, "Member No.: 0041187   Account: Regular Savings 0041187-01", 9)
    p.t(572, 120, "Period: 01-08-2026 to 31-08-2026", 9, align="r")
    p.t(572, 134, "Currency: J$", 9, align="r")
    rows = [["Date", "Particulars", "Withdrawals", "Lodgements", "Balance"], ["01-08-2026", "Opening Balance", "", "",
                                                                             _m(JM_OPEN)]]
    rows += [[d, t, _m(o) if o else "", _m(i) if i else "", _m(b)] for (d, t, o, i), b in zip(JM_ROWS, bal, strict=True)]
    y = p.table(40, 150, [70, 200, 84, 84, 94], rows, rh=19, size=8.5, aligns=["l", "l", "r", "r", "r"])
    p.t(40, y + 20, "Closing Balance 31-08-2026", 9.5, bold=True)
    p.t(572, y + 20, "J$" + _m(bal[-1]), 9.5, bold=True, align="r")
    return p.pdf(), {"closing": _s(bal[-1])}


def _ke_net() -> float:
    return float(en_pay_ke_nakuru_agro_payslip()[1]["net"])


KE_BANK_ROWS = [("02-Oct-26", "M-PESA B2C TRF 0722***118", "", 2500.00, None),
                ("04-Oct-26", "ATM CASH WDL NAKURU WESTSIDE", "", 6000.00, None),
                ("08-Oct-26", "NAIVAS NAKURU POS", "", 3412.50, None),
                ("11-Oct-26", "KPLC PREPAID TOKEN", "", 1500.00, None),
                ("15-Oct-26", "CHQ DEP CLEARING", "000214", None, 4000.00),
                ("19-Oct-26", "SCHOOL FEES PESALINK", "", 9800.00, None),
                ("24-Oct-26", "LEDGER FEE", "", 220.00, None),
                ("28-Oct-26", "SALARY MENENGAI AGRO-DEALERS", "", None, "NET"),
                ("30-Oct-26", "M-PESA B2C TRF 0722***118", "", 5000.00, None)]
KE_OPEN = 11874.35


def en_stmt_ke_nakuru_bank() -> tuple[bytes, dict]:
    """A Kenyan bank's branch-printed statement (A4): the customer block and a summary line, Value Date | Transaction
    Details | Chq No. | Withdrawals | Deposits | Balance with dates like 02-Oct-26, the salary credit of 28-Oct-26 (the
    payslip's net pay), Closing Balance at the foot."""
    p = Page(A4)
    net = _ke_net()
    rows_in = [(d, t, c, o, (net if i == "NET" else i)) for d, t, c, o, i in KE_BANK_ROWS]
    bal = _running(KE_OPEN, rows_in, 3, 4)
    p.t(40, 52, "RIFT VALLEY COMMERCIAL BANK", 14, bold=True, color=(0.55, 0.1, 0.1))
    p.t(40, 66, "Nakuru Kenyatta Avenue Branch  |  Branch Code 084", 8, color=GREY)
    p.t(555, 52, "ACCOUNT STATEMENT", 11, bold=True, align="r")
    for i, (k, v) in enumerate([("Customer", "FAITH CHEPKOECH ROTICH"), ("Account No.", "0841 0027 7315"),
                                ("Account Type", "Salary Current Account"), ("Currency", "KES"),
                                ("Period", "01-Oct-26 to 31-Oct-26")]):
        p.t(40, 100 + i * 14, k, 8.5, color=GREY)
        p.t(130, 100 + i * 14, v, 9)
    rows = [["Value Date", "Transaction Details", "Chq No.", "Withdrawals", "Deposits", "Balance"],
            ["01-Oct-26", "BALANCE BROUGHT FORWARD", "", "", "", _m(KE_OPEN)]]
    rows += [[d, t, c, _m(o) if o else "", _m(i) if i else "", _m(b)] for (d, t, c, o, i), b in
             zip(rows_in, bal, strict=True)]
    y = p.table(40, 180, [62, 178, 48, 75, 75, 77], rows, rh=18, size=8, aligns=["l", "l", "c", "r", "r", "r"],
                head_fill=(0.93, 0.86, 0.86))
    p.t(40, y + 20, "Closing Balance", 9, bold=True)
    p.t(555, y + 20, _m(bal[-1]), 9, bold=True, align="r")
    p.t(40, y + 46, "This statement is computer generated. Report errors within 30 days to the branch.", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


BS_ROWS = [("02 Oct", "POS SUPER VALUE FOX HILL", 96.45, None), ("06 Oct", "BPL ELECTRICITY", 142.30, None),
           ("09 Oct", "CASH WITHDRAWAL ATM", 200.00, None), ("14 Oct", "NIB UNEMPLOYMENT BENEFIT", None, 425.00),
           ("17 Oct", "ALIV TOP UP", 40.00, None), ("21 Oct", "WATER & SEWERAGE", 58.75, None),
           ("28 Oct", "NIB UNEMPLOYMENT BENEFIT", None, 425.00), ("30 Oct", "LOAN REPAYMENT 88-4417", 310.00, None)]
BS_OPEN = 1137.62


def en_stmt_bs_credit_union_margin() -> tuple[bytes, dict]:
    """A Bahamas credit union's member statement (Letter): the member and address, no ruling lines, Date |
    Description | Debit | Credit with each line's balance in the right margin as '1,234.56 CR', the opening and closing
    balances in a box in the right margin beside the head; two NIB benefit credits (twice the weekly rate)."""
    p = Page(LETTER)
    bal = _running(BS_OPEN, BS_ROWS, 2, 3)
    p.t(40, 50, "Fox Hill & Eastern Co-operative Credit Union Ltd.", 13, bold=True, color=NAVY)
    p.t(40, 64, "Bernard Road, Fox Hill, Nassau N.P., The Bahamas", 8, color=GREY)
    for i, s in enumerate(["KIMBERLEY ROLLE-FERGUSON", "Lot 9 Sea Breeze Lane", "Nassau N.P."]):
        p.t(40, 100 + i * 13, s, 9.5)
    p.t(40, 160, "Member No. 27734     Share Savings Account 27734-S1", 9)
    p.t(40, 174, "Statement period 01/10/2026 - 31/10/2026", 9)
    p.box(430, 90, 142, 90, stroke=NAVY, lw=1)
    p.t(501, 106, "Opening balance", 8, align="c", color=GREY)
    p.t(501, 122, f"B$ {_m(BS_OPEN)}", 10, align="c")
    p.t(501, 146, "Closing balance", 8, align="c", color=GREY)
    p.t(501, 164, f"B$ {_m(bal[-1])}", 12, bold=True, align="c")
    y = 212
    for x, h, al in [(40, "Date", "l"), (100, "Description", "l"), (360, "Debit", "r"), (440, "Credit", "r"),
                     (572, "Balance", "r")]:
        p.t(x, y, h, 8.5, bold=True, align=al)
    y += 20
    p.t(100, y, "Balance forward", 8.5)
    p.t(572, y, f"{_m(BS_OPEN)} CR", 8.5, align="r", face=MONO)
    for (d, t, o, i), b in zip(BS_ROWS, bal, strict=True):
        y += 17
        p.t(40, y, d, 8.5)
        p.t(100, y, t, 8.5)
        if o:
            p.t(360, y, _m(o), 8.5, align="r")
        if i:
            p.t(440, y, _m(i), 8.5, align="r")
        p.t(572, y, f"{_m(b)} CR", 8.5, align="r", face=MONO)
    p.t(40, y + 40, "Dividend for 2026 will be declared at the Annual General Meeting.", 8, color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


def _ca_net() -> float:
    return float(en_pay_ca_windsor_pay_stub()[1]["net"])


CA_ROWS = [("Oct 02", "Interac purchase - Food Basics", "D", 118.42), ("Oct 06", "Pre-auth debit - Enbridge Gas", "D",
           74.10), ("Oct 09", "Payroll deposit - ESSEX CTY TOOL", "C", 1921.77), ("Oct 13", "Bill payment - Windsor "
           "Utilities", "D", 96.55), ("Oct 15", "E-transfer sent - rent", "D", 1350.00), ("Oct 20", "ATM withdrawal",
           "D", 100.00), ("Oct 23", "Payroll deposit - ESSEX CTY TOOL", "C", "NET"), ("Oct 27", "Bill payment - "
           "Detroit hospital (USD)", "D", 500.00), ("Oct 31", "Monthly plan fee", "D", 4.95)]
CA_OPEN = 862.19


def en_stmt_ca_credit_union_two_line_header() -> tuple[bytes, dict]:
    """An Ontario credit union's chequing statement (Letter): the member's address, 'For the period October 1 to October
    31, 2026', a table whose column heads sit on two lines (Withdrawals / ($), Deposits / ($), Balance / ($)), dates
    like Oct 09, the pay stub's net pay deposited on Oct 23, closing balance at the bottom."""
    p = Page(LETTER)
    rows_in = [(d, t, k, (_ca_net() if v == "NET" else v)) for d, t, k, v in CA_ROWS]
    rows2 = [(d, t, v if k == "D" else None, v if k == "C" else None) for d, t, k, v in rows_in]
    bal = _running(CA_OPEN, rows2, 2, 3)
    p.t(40, 50, "Detroit River Shores Credit Union", 14, bold=True, color=(0.05, 0.35, 0.2))
    p.t(40, 64, "2090 Wyandotte St E, Windsor ON  N8Y 1E6", 8, color=GREY)
    for i, s in enumerate(["BERNADETTE OKONKWO-LAVOIE", "1147 Pierre Ave", "Windsor ON  N8X 4G2"]):
        p.t(40, 104 + i * 13, s, 9.5)
    p.t(572, 104, "Chequing account 0417-2288391", 9, align="r")
    p.t(572, 118, "For the period October 1 to October 31, 2026", 9, align="r")
    cols = [(40, "Date", "", "l"), (100, "Description", "", "l"), (400, "Withdrawals", "($)", "r"),
            (480, "Deposits", "($)", "r"), (572, "Balance", "($)", "r")]
    for x, a, b, al in cols:
        p.t(x, 170, a, 8.5, bold=True, align=al)
        if b:
            p.t(x, 181, b, 8.5, bold=True, align=al)
    p.line(40, 186, 572, 186, 0.8)
    y = 202
    p.t(100, y, "Opening balance", 8.5)
    p.t(572, y, _m(CA_OPEN), 8.5, align="r")
    for (d, t, o, i), b in zip(rows2, bal, strict=True):
        y += 17
        p.t(40, y, d, 8.5)
        p.t(100, y, t, 8.5)
        if o:
            p.t(400, y, _m(o), 8.5, align="r")
        if i:
            p.t(480, y, _m(i), 8.5, align="r")
        p.t(572, y, _m(b), 8.5, align="r")
    p.line(40, y + 8, 572, y + 8, 0.8)
    p.t(100, y + 24, "Closing balance", 9, bold=True)
    p.t(572, y + 24, _m(bal[-1]), 9, bold=True, align="r")
    p.t(40, y + 56, "Deposits are guaranteed by the Financial Services Regulatory Authority of Ontario (FSRA).", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


US_CHARGES = [("10/11/2026", "0450", "EMERGENCY ROOM LEVEL 4", 1, 1986.00), ("10/11/2026", "0300", "LAB - CBC W/DIFF",
              1, 142.35), ("10/11/2026", "0301", "LAB - COMPREHENSIVE METABOLIC", 1, 286.40),
              ("10/11/2026", "0320", "XR CHEST 2 VIEWS", 1, 412.00), ("10/11/2026", "0350", "CT HEAD W/O CONTRAST",
              1, 1688.00), ("10/11/2026", "0250", "PHARMACY - ONDANSETRON INJ", 2, 58.20),
              ("10/11/2026", "0636", "IV THERAPY INITIAL HOUR", 1, 231.00)]
US_PLAN_PAID = 3104.28


def en_med_us_detroit_er_bill() -> tuple[bytes, dict]:
    """A Detroit hospital's patient statement for an emergency visit (Letter): the guarantor, account number, statement
    date 11/02/2026, a box 'Amount due' top right, then Date | Rev | Description | Qty | Amount rows, Total charges,
    the insurer's payment (the EOB's plan payment) and the patient balance due."""
    p = Page(LETTER)
    charges = [(d, r, t, q, _r(q * a)) for d, r, t, q, a in US_CHARGES]
    total = _r(sum(c[4] for c in charges))
    due = _r(total - US_PLAN_PAID)
    p.t(40, 50, "Ambassador Riverside Hospital", 14, bold=True, color=NAVY)
    p.t(40, 64, "Patient Financial Services  |  400 W Jefferson Ave, Detroit MI 48226", 8, color=GREY)
    for i, s in enumerate(["BERNADETTE OKONKWO-LAVOIE", "1147 PIERRE AVE", "WINDSOR ON N8X 4G2", "CANADA"]):
        p.t(40, 110 + i * 13, s, 9.5)
    p.box(392, 86, 180, 86, stroke=NAVY, lw=1)
    for i, (k, v) in enumerate([("Statement date", "11/02/2026"), ("Account #", "ARH-7729014"),
                                ("Patient", "Bernadette Okonkwo-Lavoie"), ("Amount due", "$" + _m(due))]):
        p.t(400, 104 + i * 18, k, 8, color=GREY)
        p.t(566, 104 + i * 18, v, 9 if i < 3 else 11, bold=(i == 3), align="r")
    rows = [["Date", "Rev", "Description", "Qty", "Amount"]] + [[d, r, t, str(q), _m(a)] for d, r, t, q, a in charges]
    y = p.table(40, 200, [72, 40, 270, 40, 110], rows, rh=18, size=8.5, aligns=["l", "c", "l", "c", "r"], grid=False,
                hlines=True)
    for k, v, b in [("Total charges", total, False), ("Insurance payment - Maple Crest Travel Health", -US_PLAN_PAID,
                                                       False), ("Patient balance due", due, True)]:
        y += 18
        p.t(300, y, k, 9, bold=b, align="r")
        p.t(572, y, _m(v), 9, bold=b, align="r")
    p.t(40, y + 40, "Date of service 10/11/2026. Pay online at ambassadorriverside.org/pay or call 313-555-0142.", 8,
        color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(due)}


IN_APP_ROWS = [  # newest first: date, narration, signed amount
    ("31 Oct 2026", "NEFT CR VIDARBHA PRECISION CAST", "NET"), ("29 Oct 2026", "UPI/DR/MSEDCL BILL", -1386.00),
    ("24 Oct 2026", "UPI/DR/D MART NAGPUR", -2214.35), ("20 Oct 2026", "ATM WDL DHARAMPETH", -5000.00),
    ("15 Oct 2026", "UPI/CR/WANKHEDE R", 3000.00), ("10 Oct 2026", "ACH/DR/LIC PREMIUM", -2760.00),
    ("07 Oct 2026", "UPI/DR/JIO RECHARGE", -349.00), ("03 Oct 2026", "UPI/DR/RENT S KOLHE", -7500.00),
    ("01 Oct 2026", "ATM WDL SITABULDI", -2000.00)]
IN_APP_OPEN = 118418.60


def en_stmt_in_coop_bank_app_screen() -> tuple[bytes, dict]:
    """A Nagpur co-operative bank's app 'Account Statement' screen (PNG): the account as XXXXXX4406 (the salary slip's
    bank account tail) with no holder's name (absent), a 01 Oct 2026 - 31 Oct 2026 filter chip, the available balance
    at the top in lakh grouping, entries newest first with signed amounts (Rs.) and the balance under each; the closing
    balance is the newest entry's."""
    net = float(en_pay_in_nagpur_salary_slip()[1]["net"])
    rows = [(d, t, net if v == "NET" else v) for d, t, v in IN_APP_ROWS]
    bal, out = IN_APP_OPEN, []
    for _d, _t, v in reversed(rows):
        bal = _r(bal + v)
        out.append(bal)
    out.reverse()
    p = Page(PHONE)
    p.box(0, 0, 390, 844, fill=(0.96, 0.95, 0.93), stroke=None)
    _bar(p, "20:41")
    p.box(0, 44, 390, 150, fill=(0.45, 0.12, 0.1), stroke=None)
    p.t(20, 74, "<  Account Statement", 14, bold=True, color=(1, 1, 1))
    p.t(20, 104, "Savings A/c  XXXXXX4406", 11, color=(1, 0.9, 0.85))
    p.t(20, 122, "Sitabuldi Urban Co-op. Bank Ltd.", 9.5, color=(1, 0.9, 0.85))
    p.t(20, 152, "Available balance", 9.5, color=(1, 0.9, 0.85))
    p.t(20, 180, "Rs. " + _lakh(out[0]), 22, bold=True, color=(1, 1, 1))
    p.box(20, 206, 190, 26, fill=(1, 1, 1), stroke=(0.7, 0.7, 0.7), radius=13)
    p.t(115, 223, "01 Oct 2026 - 31 Oct 2026", 9.5, align="c")
    p.t(370, 223, "Download PDF", 9.5, color=(0.45, 0.12, 0.1), align="r")
    y = 250
    for (d, t, v), b in zip(rows, out, strict=True):
        p.line(20, y, 370, y, 0.3, color=(0.8, 0.8, 0.8))
        p.t(20, y + 20, t, 10)
        p.t(20, y + 36, d, 8.5, color=GREY)
        p.t(370, y + 20, ("+ " if v > 0 else "- ") + "Rs. " + _lakh(abs(v)), 10.5, bold=True,
            color=GREEN if v > 0 else (0.1, 0.1, 0.1), align="r")
        p.t(370, y + 36, "Bal: Rs. " + _lakh(b), 8.5, color=GREY, align="r")
        y += 56
    p.box(130, 826, 130, 5, fill=(0, 0, 0), stroke=None, radius=2.5)
    return p.pdf(), {"closing": _s(out[0])}


def en_other_travel_insurer_eob() -> tuple[bytes, dict]:
    """Look-alike: the travel-health insurer's EXPLANATION OF BENEFITS for the Detroit visit (Letter): 'THIS IS NOT A
    BILL', claim number, provider, Billed | Eligible | Plan paid | Your responsibility per service group: an insurer's
    account of a claim, not the hospital's bill."""
    p = Page(LETTER)
    p.t(40, 50, "Maple Crest Travel Health Insurance", 14, bold=True, color=(0.6, 0.2, 0.1))
    p.t(40, 66, "Out-of-country emergency claims", 8.5, color=GREY)
    p.t(572, 50, "EXPLANATION OF BENEFITS", 11, bold=True, align="r")
    p.t(572, 66, "THIS IS NOT A BILL", 10, bold=True, align="r", color=(0.7, 0.1, 0.1))
    for i, (k, v) in enumerate([("Member", "Bernadette Okonkwo-Lavoie"), ("Policy", "MCT-ON-2291448"),
                                ("Claim no.", "26-US-0084417"), ("Provider", "Ambassador Riverside Hospital, Detroit MI"),
                                ("Date of service", "10/11/2026"), ("Processed", "10/29/2026")]):
        p.t(40, 104 + i * 14, k, 8.5, color=GREY)
        p.t(130, 104 + i * 14, v, 9)
    groups = {}
    for _d, rev, _t, q, a in US_CHARGES:
        g = {"045": "Emergency room", "030": "Laboratory", "032": "Imaging", "035": "Imaging"}.get(rev[:3],
                                                                                                "Pharmacy / IV")
        groups[g] = _r(groups.get(g, 0) + q * a)
    billed = _r(sum(groups.values()))
    rows = [["Service", "Billed", "Eligible", "Plan paid", "Your responsibility"]]
    left = US_PLAN_PAID
    for k, (g, v) in enumerate(groups.items()):
        paid = left if k == len(groups) - 1 else _r(US_PLAN_PAID * v / billed)
        left = _r(left - paid)
        rows.append([g, _m(v), _m(v * 0.7), _m(paid), _m(v - paid)])
    rows.append(["Total", _m(billed), _m(billed * 0.7), _m(US_PLAN_PAID), _m(billed - US_PLAN_PAID)])
    p.table(40, 200, [150, 90, 90, 90, 112], rows, rh=19, size=8.5, aligns=["l", "r", "r", "r", "r"])
    p.t(40, 340, "Your responsibility is the amount the provider may bill you. Contact us within 60 days to appeal.",
        8, color=GREY)
    return p.pdf(), {}


def en_other_nl_gym_invoice() -> tuple[bytes, dict]:
    """Look-alike: a Groningen gym's membership invoice in English with Dutch number formats (EUR 1.234,56): the member,
    the membership period, the annual fee, a discount, BTW 9 %: a gym's invoice, not a medical bill."""
    p = Page(A4)
    base = 539.40
    disc = 60.00
    net = _r(base - disc)
    vat = _r(net - net / 1.09)
    p.t(40, 56, "Stadspark Sportcentrum B.V.", 15, bold=True, color=(0.85, 0.35, 0.0))
    p.t(40, 72, "Concourslaan 17, 9727 KC Groningen  |  KvK 61188402  |  BTW NL854411902B01", 8, color=GREY)
    p.t(555, 56, "INVOICE", 14, bold=True, align="r")
    for i, (k, v) in enumerate([("Invoice no.", "SSC-2026-18834"), ("Invoice date", "02-11-2026"),
                                ("Member", "Gerrit-Jan Hoekstra"), ("Member no.", "104477")]):
        p.t(380, 104 + i * 14, k, 8.5, color=GREY)
        p.t(555, 104 + i * 14, v, 9, align="r")
    rows = [["Description", "Period", "Amount (EUR)"],
            ["All-in membership, 12 months", "01-11-2026 to 31-10-2027", _eu(base)],
            ["Loyalty discount (2nd year)", "", "-" + _eu(disc)],
            ["Total incl. 9% BTW", "", _eu(net)], ["of which BTW", "", _eu(vat)]]
    p.table(40, 180, [250, 150, 115], rows, rh=20, size=9, aligns=["l", "l", "r"])
    p.t(40, 300, f"Amount of EUR {_eu(net)} will be collected by SEPA direct debit from IBAN NL** INGB **** **22 71 "
        "on 08-11-2026.", 8.5)
    return p.pdf(), {}


ZA_FEES = [("15/01/2026", "Term 1 tuition", 9850.00, None), ("31/01/2026", "EFT payment", None, 9850.00),
           ("15/04/2026", "Term 2 tuition", 9850.00, None), ("15/04/2026", "Sports levy", 650.00, None),
           ("30/04/2026", "EFT payment", None, 6000.00), ("15/07/2026", "Term 3 tuition", 9850.00, None),
           ("31/07/2026", "EFT payment", None, 9850.00), ("15/10/2026", "Term 4 tuition", 9850.00, None),
           ("15/10/2026", "Grade 5 camp", 1280.00, None)]


def en_other_za_school_fee_statement() -> tuple[bytes, dict]:
    """Look-alike: a Polokwane primary school's fee statement (A4): the parent and learner, Date | Description | Debit |
    Credit | Balance with a running balance in South African format (R 12 345,00), the amount owing: a school's ledger,
    not a bank account."""
    p = Page(A4)
    bal = _running(0.0, ZA_FEES, 3, 2)
    p.t(297, 52, "BENDOR RIDGE PRIMARY SCHOOL", 14, bold=True, align="c", color=(0.1, 0.3, 0.15))
    p.t(297, 66, "Private Bag X9418, Polokwane 0700  |  fees@bendorridge.co.za", 8, align="c", color=GREY)
    p.t(297, 92, "STATEMENT OF SCHOOL FEES 2026", 11, bold=True, align="c")
    p.t(40, 122, "Parent: Mr S. Lekganyane", 9.5)
    p.t(40, 136, "Learner: Tumelo Lekganyane (Grade 5B)   Account: BRP-0931", 9.5)
    p.t(555, 122, "Date: 20/10/2026", 9.5, align="r")
    rows = [["Date", "Description", "Debit", "Credit", "Balance"]]
    rows += [[d, t, "R " + _za(db) if db else "", "R " + _za(cr) if cr else "", "R " + _za(b)]
             for (d, t, db, cr), b in zip(ZA_FEES, bal, strict=True)]
    y = p.table(40, 156, [74, 190, 80, 80, 91], rows, rh=19, size=8.5, aligns=["l", "l", "r", "r", "r"])
    p.t(40, y + 22, "AMOUNT OWING", 10, bold=True)
    p.t(555, y + 22, "R " + _za(bal[-1]), 10, bold=True, align="r")
    p.t(40, y + 48, "Banking details: Standard Bank Polokwane, acc 0014 9932 1, reference BRP-0931.", 8, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: labels (what each drawing prints), forms, notes

DIM = dict(desk="dark", angle=-6.0, persp=0.11, blur=1.2, quality=60, exposure=0.7, falloff=0.6, shadow=0.35)

DOCS: dict[str, dict] = {
    "zh-pay-tongren-site-wage-roster": dict(
        draw=zh_pay_tongren_site_roster, type="payslip", lang="zh",
        fields={"employer": "贵州锦江源建筑劳务有限公司", "employee": "杨通贵", "period": "2026-10",
                "gross_pay": "8060.00", "net_pay": "6473.50"},
        forms={"text": {}, "photo": DIM},
        note="a labour subcontractor's 农民工工资发放表 (landscape A4) for 2026年10月 printed for one worker: 序号 | 姓名 | 工种 "
             "| 出勤天数 | 日工资 | 应发金额 | 已借支 | 代扣水电 | 实发金额 | 银行卡号 | 本人签名, his row (signed by hand), five "
             "blank rows and a 合计 row, the 总包 and 分包 named at the top, the 劳资专用章; the photo is dim and angled"),
    "zh-pay-zhangjiakou-hr-app-september": dict(
        draw=zh_pay_zhangjiakou_hr_app_september, type="payslip", lang="zh",
        fields={"employer": "张家口坝上乳业有限公司", "period": "2026-09", "gross_pay": "4400.00", "net_pay": "3674.00"},
        absent=["employee"],
        forms={"image": {}},
        note="an HR app's 我的工资条 screen (PNG) for 2026年09月: 实得工资 large in a blue band with 税前收入 under it, the "
             "items as tiles two to a row (收入明细, 扣除明细); no employee name (absent); a month before the one asked "
             "(stale)"),
    "zh-income-yingtan-standby-allowance-notice": dict(
        draw=zh_income_yingtan_standby_notice, type="income_proof", lang="zh",
        fields={"employer": "鹰潭铜峰线缆有限公司", "employee": "饶冬梅", "monthly_income": "1632.00",
                "date": "2026-10-09"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.6, persp=0.07, blur=1.05, quality=64, fold=0.5,
                                         hand="bottom")},
        note="a cable maker's 停工待岗通知书 to one employee: standing by without work from 2026年9月1日, a monthly 生活费 of "
             "80% of the provincial minimum wage in ¥ and 大写, social insurance kept, her signature and the 公章 dated "
             "二〇二六年十月九日: what she is now paid a month (an income proof)"),
    "zh-unemp-suqian-leaving-certificate": dict(
        draw=zh_unemp_suqian_leaving_certificate, type="unemployment_proof", lang="zh",
        fields={"person": "何春燕", "issuer": "宿迁宏运通达物流有限公司", "date": ["2026-10-16", "2026-10-15"]},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.5, persp=0.06, blur=1.0, quality=68,
                                         shadow=0.3)},
        note="a logistics company's 离职证明 in prose (兹证明 ... 双方于2026年10月15日解除劳动合同), the 人事专用章 over the "
             "date 2026年10月16日, a 存根 below a dotted cutting line: the end of a contract (an unemployment proof "
             "issued by the employer)"),
    "zh-stmt-tongren-rcb-passbook-page": dict(
        draw=zh_stmt_tongren_passbook_page, type="bank_statement", lang="zh",
        fields={"bank": ["贵州铜仁农村商业银行股份有限公司", "贵州铜仁农村商业银行", "铜仁农村商业银行"],
                "account_holder": "杨通贵", "account_number": "622947810033261592", "period_start": "2026-09-30",
                "period_end": "2026-11-10", "closing_balance": "6676.06"},
        forms={"photo": dict(desk="cloth", angle=2.2, persp=0.08, blur=1.05, quality=64, dpi=200, falloff=0.5,
                             hand="right")},
        note="a rural bank's 活期储蓄存折 inner page: blue printed column names 日期 | 摘要 | 支取 | 存入 | 余额 | 网点 | "
             "柜员, the 户名 and 账号 printed on the first line, 承前页 2026.09.30, dot-matrix rows with 2026.10.03 "
             "dates, the last the site's 代发工资 of 2026.11.10"),
    "zh-stmt-suqian-rcb-two-page-summary-top": dict(
        draw=zh_stmt_suqian_rcb_two_page, type="bank_statement", lang="zh",
        fields={"bank": ["江苏宿迁农村商业银行", "江苏宿迁农村商业银行宿城支行"], "account_holder": "何春燕",
                "account_number": "6231883010024417305", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "5841.61"},
        forms={"text": {}, "scan": {}},
        note="a rural bank's 个人活期账户对账单 over two A4 pages: the totals first in a box at the top (期初余额, 收入笔数/金额, "
             "支出笔数/金额, 期末余额), then 序号 | 交易日期 | 摘要 | 收入 | 支出 | 余额 | 对方户名 with 收入 before 支出 and "
             "2026/10/03 dates, the header repeated on page 2, 本期末余额 and the 业务专用章 at the end"),
    "zh-stmt-yingtan-rcb-counter-unruled": dict(
        draw=zh_stmt_yingtan_counter_unruled, type="bank_statement", lang="zh",
        fields={"bank": ["鹰潭农村商业银行", "鹰潭农村商业银行月湖支行"], "account_holder": "饶冬梅",
                "account_number": "6230901277005318", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1564.79"},
        forms={"text": {}, "scan": {}, "photo": dict(desk="laminate", angle=-1.8, persp=0.07, blur=1.05,
                                                                     quality=64, fold=0.3, falloff=0.4)},
        note="a rural bank's counter print of 账户交易明细: the head as key/value pairs in three columns (户名 | 账号 | 币种, "
             "起始日期 | 终止日期 | 打印时间, 开户网点 | 账户状态 | 页码), a table with no ruling lines whose heads span two "
             "lines (记账/日期, 借方/发生额, 贷方/发生额, 账户/余额), yyyymmdd dates, 本页合计 and 期末余额 at the foot"),
    "zh-other-wechat-pay-transaction-proof": dict(
        draw=zh_other_wechat_pay_proof, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a 微信支付交易明细证明 PDF (landscape): 编号, the real name and ID tail, 交易时间段, then 交易单号 | "
             "交易时间 | 交易类型 | 收/支/其他 | 交易方式 | 金额(元) | 交易对方 and no balance, the 财付通 seal: a wallet's "
             "record, not a bank's statement"),
    "zh-med-tongren-inpatient-settlement-deposit": dict(
        draw=zh_med_tongren_inpatient_settlement, type="medical_bill", lang="zh",
        fields={"provider": "铜仁市碧江区人民医院", "patient": "杨通贵", "date": ["2026-10-24", "2026-10-18"],
                "total": ["8818.50", "3351.03"]},
        forms={"text": {}, "scan": {}, "photo": dict(desk="wood", angle=-2.8, persp=0.08, blur=1.1, quality=63,
                                                     crumple=0.5, falloff=0.45)},
        note="a district hospital's 住院费用结算单 (A5 landscape): 住院号, 姓名, 科别 and 入院/出院/结算日期 in two lines, "
             "nine fee items as key/value pairs three to a row in a ruled grid, 费用合计 in 大写 and ¥ figures, then "
             "预交金, 医保统筹支付, 个人自付 and 应补缴 on one line, the 收费专用章"),
    "zh-med-yingtan-community-outpatient-list": dict(
        draw=zh_med_yingtan_community_outpatient_list, type="medical_bill", lang="zh",
        fields={"provider": "鹰潭市月湖区江边社区卫生服务中心", "patient": "饶冬梅", "date": "2026-10-27",
                "total": ["314.80", "188.88"]},
        forms={"photo": dict(desk="dark", angle=4.5, persp=0.1, blur=1.15, quality=60, exposure=0.78, dpi=220,
                             falloff=0.55, crumple=0.6)},
        note="a community health centre's narrow 门诊费用清单: 就诊日期 2026/10/27 14:32, 姓名, 医保卡号, then 项目名称 | "
             "数量 | 单价 | 金额 between two rules, amounts as ¥ with one decimal (¥29.2), 合计, 统筹支付 and 个人支付; "
             "photographed crumpled on a dark table"),
    "zh-other-rent-receipt-handwritten": dict(
        draw=zh_other_rent_receipt, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=-3.5, persp=0.07, blur=1.0, quality=66)},
        note="look-alike: a stationery 收据 filled in by hand for 十一月房租: 今收到, 交来, 人民币（大写）壹仟贰佰元整, "
             "¥1200.00, the landlord's name: a rent receipt"),
    "zh-other-utility-payment-screen": dict(
        draw=zh_other_utility_payment_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a property mini-program's 水电费缴费单 screen (PNG): 支付成功, ¥243.5, 房号, 抄表周期, 水费 and 电费 "
             "as reading x price, 支付时间: a bill for a flat"),
    "zh-other-consumer-loan-settled-certificate": dict(
        draw=zh_other_loan_settlement, type="other", lang="zh", fields={},
        forms={"scan": {}},
        note="look-alike: a rural bank's 贷款结清证明: borrower, 借款合同编号, 贷款金额, 期限 and 结清日期 in a ruled "
             "two-column table, 已还清全部本金及利息, the 业务专用章: a closed loan, not an account's statement"),
    "en-pay-in-nagpur-foundry-salary-slip": dict(
        draw=en_pay_in_nagpur_salary_slip, type="payslip", lang="en",
        fields={"employer": ["VIDARBHA PRECISION CASTINGS PVT. LTD.", "Vidarbha Precision Castings Pvt. Ltd."],
                "employee": "Shubhangi Wankhede", "period": "2026-10", "gross_pay": "20940.00", "net_pay": "19094.95"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=1.8, persp=0.06, blur=1.0, quality=67,
                                         shadow=0.3)},
        note="a Nagpur foundry's 'Salary Slip for the month of October 2026': particulars as key/value pairs in three "
             "columns, Earnings | Current Month | Year to Date beside Deductions | Current Month | Year to Date (PF, "
             "ESI, Professional Tax, TDS nil), year-to-date figures in lakh grouping (1,46,580.00), Net Pay : Rs. in a "
             "grey band with the amount in words"),
    "en-pay-ke-nakuru-agro-dealer-payslip": dict(
        draw=en_pay_ke_nakuru_agro_payslip, type="payslip", lang="en",
        fields={"employer": ["MENENGAI AGRO-DEALERS LIMITED", "Menengai Agro-Dealers Limited"],
                "employee": "Faith Chepkoech Rotich", "period": "2026-10", "gross_pay": "48040.00", "net_pay": "37797.78"},
        forms={"scan": {}, "photo": DIM},
        note="a Nakuru agro-dealer's PAYSLIP - OCTOBER 2026 (A5): particulars as key/value pairs in two columns (Staff "
             "No., KRA PIN, NSSF No., SHIF No., Pay Date 31-Oct-2026), EARNINGS then DEDUCTIONS one under the other "
             "(NSSF, SHIF (formerly NHIF), Housing Levy, PAYE), GROSS PAY, TOTAL DEDUCTIONS, NET PAY KES in a box; "
             "the photo is dim and angled"),
    "en-pay-ca-windsor-biweekly-stub": dict(
        draw=en_pay_ca_windsor_pay_stub, type="payslip", lang="en",
        fields={"employer": "Essex County Tool & Die Inc.", "employee": "Bernadette Okonkwo-Lavoie", "period": "2026-10",
                "gross_pay": "2538.60", "net_pay": "1946.38"},
        forms={"text": {}, "scan": {}},
        note="a Windsor tool-and-die shop's bi-weekly pay stub (Letter): pay period 2026/10/05 - 2026/10/18, NET PAY in "
             "a box top right, Earnings (Hours | Rate | Current | YTD) beside Deductions (CPP, EI, federal and Ontario "
             "tax, union dues; Current | YTD) in unruled tables with hairlines, Gross pay and Total deductions"),
    "en-unemp-bs-nib-benefit-status-screen": dict(
        draw=en_unemp_bs_nib_benefit_screen, type="unemployment_proof", lang="en",
        fields={"person": "Kimberley Rolle-Ferguson",
                "issuer": ["The National Insurance Board", "National Insurance Board of The Commonwealth of The Bahamas"],
                "date": "2026-10-16"},
        forms={"image": {}},
        note="a social-security portal's My Claims screen (PNG): Unemployment Benefit with an Approved chip, label / "
             "value rows (claimant, NIB number, claim reference, last day worked, date of claim, decision date 16 Oct "
             "2026, weekly rate B$, duration)"),
    "en-unemp-uk-p45-part1a": dict(
        draw=en_unemp_uk_p45_part1a, type="unemployment_proof", lang="en",
        fields={"person": ["Lewis Owen Ambrose-Thackeray", "LEWIS OWEN AMBROSE-THACKERAY", "Lewis Ambrose-Thackeray"],
                "issuer": ["HUMBER ESTUARY SEAFOOD PROCESSORS LTD", "Humber Estuary Seafood Processors Ltd"],
                "date": ["2026-10-14", "2026-10-10"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.2, persp=0.05, blur=0.95, quality=70, fold=0.48)},
        note="a P45 Part 1A 'Details of employee leaving work' as payroll software prints it: numbered boxes (PAYE "
             "reference, NI number, surname and first names in capitals, leaving date in DD MM YYYY boxes, tax code, "
             "pay and tax to date), the employer's name and address in box 14 and the date in boxes: the employer's "
             "leaving certificate (an unemployment proof)"),
    "en-stmt-sg-multi-currency-two-page": dict(
        draw=en_stmt_sg_multicurrency_two_page, type="bank_statement", lang="en",
        fields={"bank": "Straits Meridian Bank Limited", "account_holder": "MUTHUKUMAR S/O RAJENDRAN",
                "account_number": ["512-84307-1", "512843071"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "5857.93"},
        forms={"text": {}, "scan": {}},
        note="a Singapore bank's Multi-Currency Account statement over two A4 pages: an ACCOUNT SUMMARY per currency "
             "(SGD, USD: brought forward and closing) at the top, the SGD transactions with dates like 03 OCT and "
             "hairlines only, BALANCE C/F (SGD); page 2 the USD sub-account and its own balance (the SGD closing "
             "balance is the one labelled)"),
    "en-stmt-jm-credit-union-august": dict(
        draw=en_stmt_jm_credit_union_august, type="bank_statement", lang="en",
        fields={"bank": ["SOUTH MANCHESTER CO-OPERATIVE CREDIT UNION LIMITED",
                         "South Manchester Co-operative Credit Union Limited"],
                "account_holder": "SHANIQUE GAYLE-POWELL", "account_number": ["0041187-01", "0041187"],
                "period_start": "2026-08-01", "period_end": "2026-08-31", "closing_balance": "35414.82"},
        forms={"photo": dict(desk="cloth", angle=-2.2, persp=0.07, blur=1.05, quality=65, exposure=0.86)},
        note="a Jamaican credit union's MEMBER SAVINGS STATEMENT for 01-08-2026 to 31-08-2026 in J$: Date | Particulars "
             "| Withdrawals | Lodgements | Balance ruled, dd-mm-yyyy dates, Closing Balance at the foot; August, not "
             "the October asked (stale)"),
    "en-stmt-in-coop-bank-app-statement-screen": dict(
        draw=en_stmt_in_coop_bank_app_screen, type="bank_statement", lang="en",
        fields={"bank": ["Sitabuldi Urban Co-op. Bank Ltd.", "Sitabuldi Urban Co-operative Bank Ltd."],
                "account_number": ["4406", "XXXXXX4406"], "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "119304.20"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a Nagpur co-operative bank's app Account Statement screen (PNG): Savings A/c XXXXXX4406 and no holder's "
             "name (absent), the available balance in lakh grouping, a 01 Oct 2026 - 31 Oct 2026 chip, entries newest "
             "first with signed Rs. amounts and 'Bal:' under each, the foundry's NEFT salary credit on top"),
    "en-stmt-ke-nakuru-branch-statement": dict(
        draw=en_stmt_ke_nakuru_bank, type="bank_statement", lang="en",
        fields={"bank": ["RIFT VALLEY COMMERCIAL BANK", "Rift Valley Commercial Bank"],
                "account_holder": ["FAITH CHEPKOECH ROTICH", "Faith Chepkoech Rotich"],
                "account_number": "084100277315", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "25239.63"},
        forms={"text": {}, "photo": dict(desk="wood", angle=3.4, persp=0.08, blur=1.05, quality=64, hand="right",
                                         falloff=0.45)},
        note="a Kenyan bank's branch-printed ACCOUNT STATEMENT: customer block, Value Date | Transaction Details | Chq "
             "No. | Withdrawals | Deposits | Balance with dates like 02-Oct-26, M-PESA and PesaLink lines, the salary "
             "credit of 28-Oct-26, Closing Balance"),
    "en-stmt-bs-credit-union-right-margin": dict(
        draw=en_stmt_bs_credit_union_margin, type="bank_statement", lang="en",
        fields={"bank": ["Fox Hill & Eastern Co-operative Credit Union Ltd.",
                         "Fox Hill & Eastern Co-operative Credit Union"],
                "account_holder": ["KIMBERLEY ROLLE-FERGUSON", "Kimberley Rolle-Ferguson"],
                "account_number": ["27734-S1", "27734"], "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1140.12"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=2.6, persp=0.08, blur=1.1, quality=63, exposure=0.84,
                                         hand="bottom")},
        note="a Bahamas credit union's member statement (Letter): opening and closing balances in a box in the right "
             "margin beside the address, an unruled Date | Description | Debit | Credit list with each balance as "
             "'1,234.56 CR' in the right margin, two NIB benefit credits"),
    "en-stmt-ca-credit-union-two-line-heads": dict(
        draw=en_stmt_ca_credit_union_two_line_header, type="bank_statement", lang="en",
        fields={"bank": "Detroit River Shores Credit Union",
                "account_holder": ["BERNADETTE OKONKWO-LAVOIE", "Bernadette Okonkwo-Lavoie"],
                "account_number": ["0417-2288391", "04172288391"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "2486.32"},
        forms={"scan": {}},
        note="an Ontario credit union's chequing statement (Letter): 'For the period October 1 to October 31, 2026', "
             "column heads over two lines (Withdrawals / ($), Deposits / ($), Balance / ($)), no ruling between rows, "
             "dates like Oct 09, two payroll deposits, Closing balance at the bottom"),
    "en-med-us-detroit-emergency-statement": dict(
        draw=en_med_us_detroit_er_bill, type="medical_bill", lang="en",
        fields={"provider": "Ambassador Riverside Hospital",
                "patient": ["Bernadette Okonkwo-Lavoie", "BERNADETTE OKONKWO-LAVOIE"],
                "date": ["2026-10-11", "2026-11-02"], "total": ["4862.15", "1757.87"]},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-2.4, persp=0.07, blur=1.05, quality=64,
                                         fold=0.36, shadow=0.25)},
        note="a Detroit hospital's patient statement for an emergency visit on 10/11/2026 (Letter): a box top right "
             "(statement date 11/02/2026, account, patient, Amount due), Date | Rev | Description | Qty | Amount rows "
             "with hairlines, Total charges, the travel insurer's payment and Patient balance due"),
    "en-other-travel-insurer-eob": dict(
        draw=en_other_travel_insurer_eob, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-1.6, persp=0.06, blur=1.0, quality=67, fold=0.33)},
        note="look-alike: the travel-health insurer's EXPLANATION OF BENEFITS for the Detroit visit, 'THIS IS NOT A "
             "BILL': member, policy, claim, provider, Billed | Eligible | Plan paid | Your responsibility by service: "
             "an insurer's account of a claim"),
    "en-other-nl-gym-membership-invoice": dict(
        draw=en_other_nl_gym_invoice, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=2.2, persp=0.08, blur=1.1, quality=62, exposure=0.82)},
        note="look-alike: a Groningen sports centre's INVOICE in English with Dutch figures (EUR 539,40): 12-month "
             "membership, a loyalty discount, BTW 9 %, SEPA direct debit: a gym's invoice"),
    "en-other-za-school-fee-ledger": dict(
        draw=en_other_za_school_fee_statement, type="other", lang="en", fields={},
        forms={"scan": {}},
        note="look-alike: a Polokwane primary school's STATEMENT OF SCHOOL FEES 2026: Date | Description | Debit | "
             "Credit | Balance with a running balance as R 12 345,00, AMOUNT OWING: a school's ledger, not a bank"),
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
    key = f"i15-{doc}-{form}"
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
        out.append({"id": f"i15-{doc}-{form}", "origin": "generated", "generator": "gen_independent15", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent15.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i15-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i15-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-25 (independent15-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
