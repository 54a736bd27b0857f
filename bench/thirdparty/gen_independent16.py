"""The sixteenth independently generated judging set (bench/thirdparty/independent16.json, ``--independent16``).

    python bench/thirdparty/gen_independent16.py --manifest   (rewrite independent16.json: labels + sha256)
    python bench/thirdparty/gen_independent16.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: issuers, places, kinds and layouts the
earlier sets do not use (Lu'an, Huanggang, Luohe, Chifeng, Zhaotong, Fuyang, Shangqiu; Limerick, Tauranga, Davao,
Ibadan, Derby, Saskatoon, Kentucky, Wollongong, Norwich). The drawing and photo plumbing (Page, _photo, _screenshot,
_daxie) is imported from gen_independent11.py, the every-page scanner from gen_independent12.py and the two-line head
from gen_independent14.py (one copy of each).

Chinese: a textile mill's 病假工资证明 with the unit's seal (an income proof: what she is paid a month while on sick
leave, beside her former wage), a ride-hailing driver's monthly 收入明细 app screen (a payslip: a month's takings
before and after the platform's and the fleet company's cuts), a 就业失业登记证 page photographed (registered in March:
stale for 180 days), a 失业保险金领取核定通知书, a rural credit co-operative's two-page 对账单 with two-line column heads,
yy/mm/dd dates and page 2 opening on 承前页余额, a village bank's landscape 对账单 with 借/贷 flags and the balance
column before the description, a city bank's app 交易明细 screen (masked holder: absent), an outpatient 电子票据 with
items two pairs to a row, a pharmacy's till slip (no patient: absent), a 住院 医保结算单 with the fund's and the
patient's shares; look-alikes a 支付宝 收支明细证明 (a payment platform's record: no bank, no balance), a 网贷 还款计划表
(a running balance of principal owed), a credit card's 账单, a 物业费 通知单 and a 话费 账单 screen. English: an Irish
monthly payslip (PAYE, USC, PRSI; net pay in a box at the top left; '31st October 2026'), a New Zealand fortnightly
payslip (landscape; deductions to the left of earnings, KiwiSaver, PAYE incl. ACC earners' levy; totals at the bottom
left, 'Nett pay'), a Philippine semi-monthly payslip of September (stale; SSS, PhilHealth, Pag-IBIG), a Nigerian
two-page statement (balances with CR/DR, page 2 opening on 'Balance Brought Forward'), a Universal Credit statement
screen (look-alike: a benefit award, neither an employer's income proof nor an unemployment proof), a Canadian Record
of Employment (the employer's separation record: an unemployment proof), a Kentucky unemployment determination letter,
a Kentucky credit union's statement (trailing minus, mm/dd/yy, no ruling), an urgent-care bill (adjustments in
parentheses), an Australian private hospital's day-surgery account with health-fund and Medicare benefits, an Irish
bank's landscape statement (overdrawn balances with DR), a New Zealand building society's statement (one signed
amount column, withdrawals in parentheses, '1st Oct' dates); look-alikes a credit card statement, a building
society's annual mortgage statement and a council tax bill.

Each document is drawn once with reportlab (invariant mode) as its issuer prints it; its labels are the values the
drawing prints (money figures are computed from the printed lines and returned by the drawing, see :func:`figures`).
Forms: ``text``, ``scan`` (every page), ``photo`` (JPEG of the first page on a desk; one-page documents only),
``image`` (a phone screenshot, PNG). Every random choice is seeded by the entry's id.

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
from gen_independent14 import _head2  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent16.json"
PREFIX = "i16"
GREY = (0.45, 0.45, 0.45)
INK = (0.12, 0.12, 0.12)
PINE = (0.05, 0.35, 0.25)
WINE = (0.45, 0.08, 0.18)
SLATE = (0.2, 0.27, 0.36)
AMBER = (0.85, 0.5, 0.05)
PHONE = (390, 844)


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _m(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _paren(v: float) -> str:
    """Accountants' negatives: (1,234.56); positives as 1,234.56."""
    return f"({_m(-v)})" if v < 0 else _m(v)


def _trail(v: float) -> str:
    """A trailing minus for debits: 1,234.56- ; credits as 1,234.56 ."""
    return f"{_m(-v)}-" if v < 0 else f"{_m(v)} "


def _crdr(v: float) -> str:
    """A balance with its side: 1,234.56 CR, or 1,234.56 DR when overdrawn."""
    return f"{_m(abs(v))} {'DR' if v < 0 else 'CR'}"


def _ord(day: int) -> str:
    """1st, 2nd, 3rd, 4th ... 31st"""
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _balances(opening: float, amounts: list[float]) -> list[float]:
    """Running balances after each signed amount (credits positive)."""
    out, bal = [], opening
    for a in amounts:
        bal = _r(bal + a)
        out.append(bal)
    return out


def _status(p: Page, clock: str, dark: bool = False) -> None:
    """A phone's status bar: the clock at the left, bars and a battery at the right."""
    c = (1, 1, 1) if dark else (0, 0, 0)
    p.t(26, 31, clock, 12.5, bold=True, color=c)
    for k in range(4):
        p.box(296 + k * 5.5, 31 - 3 * k - 3, 3.6, 3 * k + 3, fill=c, stroke=None)
    p.box(326, 21, 28, 12, stroke=c, lw=1, radius=3.5)
    p.box(328, 23, 19, 8, fill=c, stroke=None, radius=2)


def _home(p: Page) -> None:
    p.box(128, 828, 134, 5, fill=(0.1, 0.1, 0.1), stroke=None, radius=2.5)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

SICK = dict(base=2060.00, share=0.8, former=4350.00)


def zh_income_luan_sick_pay_certificate() -> tuple[bytes, dict]:
    """A textile mill's 病假工资证明 (A4 portrait, prose): she is on sick leave from 2026年9月14日; her sick pay is 80%
    of the local minimum wage a month (in ¥ and 大写), her former wage stated beside it; 特此证明, the unit's round seal
    over the date 2026年11月5日, a contact line."""
    p = Page(A4, zh=True)
    d = SICK
    pay = _r(d["base"] * d["share"])
    p.t(297, 110, "病 假 工 资 证 明", 20, bold=True, align="c")
    lines = [
        "兹证明储雪芹同志（身份证号码：341502199003******），系我公司整经车间挡车工，",
        "自2019年3月起在我公司工作，劳动合同期限至2027年2月28日。",
        "",
        "该同志因病（腰椎手术后康复）经医院诊断需休养，自2026年9月14日起休病假，",
        "预计休假至2026年12月31日。病假前其月平均工资为人民币" + f"{d['former']:,.0f}" + "元。",
        "",
        "病假期间，按我公司规章制度，病假工资按当地最低工资标准（2,060元/月）的80%",
        f"计发，即每月人民币{_m(pay)}元（大写：{_daxie(pay)}），由公司于每月",
        "10日前发放至其本人工资卡；各项社会保险及住房公积金由公司照常缴纳。",
        "",
        "特此证明。",
    ]
    y = 170
    for ln in lines:
        if ln:
            p.t(78, y, ln, 12)
        y += 28
    p.t(78, y + 20, "本证明仅用于本人办理相关事务，复印无效。", 10, color=GREY)
    p.t(78, y + 44, "经办人：汪慧敏        联系电话：0564-3318806", 10.5)
    p.t(500, y + 110, "六安皖西纺织科技有限公司（盖章）", 12, align="r")
    p.t(500, y + 140, "2026年11月5日", 12, align="r")
    p.stamp(430, y + 118, 46, "六安皖西纺织科技有限公司", "人力资源部")
    return p.pdf(), {"monthly": _s(pay)}


RIDE = dict(orders=[("快车订单", 268, 7310.60), ("特惠快车订单", 61, 1204.80), ("预约单", 9, 386.00)],
            bonus=[("冲单奖励", 480.00), ("高峰时段补贴", 226.50)],
            cuts=[("平台信息服务费", 1650.27), ("公司管理费", 600.00), ("车辆保险分摊", 185.00)])


def _ride() -> tuple[float, float]:
    gross = _r(sum(v for *_x, v in RIDE["orders"]) + sum(v for _k, v in RIDE["bonus"]))
    return gross, _r(gross - sum(v for _k, v in RIDE["cuts"]))


def zh_pay_luohe_ride_hailing_income_screen() -> tuple[bytes, dict]:
    """A ride-hailing fleet's driver app, 收入明细 for 2026年10月 (PNG): the driver and his fleet company at the top,
    本月实际到账 large in a dark card, then 收入 (orders by kind with counts, bonuses) and 扣除 (the platform's
    service fee, the fleet's fee, insurance) as lines with signed amounts, 收入合计 and 扣除合计."""
    p = Page(PHONE, zh=True)
    gross, net = _ride()
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.97), stroke=None)
    _status(p, "21:06")
    p.t(22, 74, "‹", 22)
    p.t(195, 74, "收入明细", 15.5, bold=True, align="c")
    p.box(16, 92, 358, 56, fill=(1, 1, 1), stroke=None, radius=8)
    p.box(28, 102, 36, 36, fill=(0.8, 0.84, 0.9), stroke=None, radius=18)
    p.t(74, 116, "郜建伟  师傅", 12.5, bold=True)
    p.t(74, 136, "所属公司：漯河沙澧出行汽车服务有限公司", 9.5, color=GREY)
    p.box(16, 158, 358, 150, fill=(0.13, 0.16, 0.22), stroke=None, radius=10)
    p.t(32, 186, "2026年10月", 11.5, color=(1, 1, 1))
    p.t(358, 186, "切换月份 ▾", 10, color=(0.75, 0.8, 0.9), align="r")
    p.t(32, 214, "本月实际到账（元）", 10, color=(0.75, 0.8, 0.9))
    p.t(32, 254, _m(net), 30, bold=True, color=(1, 1, 1))
    p.t(32, 290, "结算周期 2026.10.01-2026.10.31    已完成 338 单", 9.5, color=(0.75, 0.8, 0.9))
    y = 330
    p.t(24, y, "收入", 12.5, bold=True)
    p.t(366, y, "收入合计 " + _m(gross), 11, bold=True, align="r")
    y += 12
    for name, n, v in RIDE["orders"]:
        y += 30
        p.t(24, y, name, 11)
        p.t(24, y + 14, f"{n}单", 9, color=GREY)
        p.t(366, y, "+" + _m(v), 11.5, align="r")
    for name, v in RIDE["bonus"]:
        y += 30
        p.t(24, y, name, 11)
        p.t(366, y, "+" + _m(v), 11.5, align="r")
    y += 30
    p.line(24, y, 366, y, 0.4, color=(0.85, 0.85, 0.85))
    y += 30
    cuts = _r(sum(v for _k, v in RIDE["cuts"]))
    p.t(24, y, "扣除", 12.5, bold=True)
    p.t(366, y, "扣除合计 " + _m(cuts), 11, bold=True, align="r")
    y += 12
    for name, v in RIDE["cuts"]:
        y += 30
        p.t(24, y, name, 11)
        p.t(366, y, "-" + _m(v), 11.5, align="r", color=(0.8, 0.2, 0.15))
    p.t(195, y + 48, "收入每周一结算上周到账，收款卡：尾号3308", 9.5, color=GREY, align="c")
    p.t(195, y + 66, "如对账单有疑问，请在30日内联系车队客服", 9.5, color=GREY, align="c")
    _home(p)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_unemp_chifeng_registration_card_page() -> tuple[bytes, dict]:
    """An inner page of a 就业失业登记证 (A5 portrait, a booklet page): the holder's name and 证号 at the top, then the
    ruled 就业登记 table (a 2021 employment row) and the 失业登记 table whose one row reads 2026年3月16日, the reason and
    the registering office's seal over its cell."""
    p = Page(A5, zh=True)
    p.box(14, 14, 392, 567, stroke=(0.55, 0.3, 0.2), lw=1.2)
    p.t(210, 48, "就业失业登记证", 15, bold=True, align="c", color=(0.55, 0.3, 0.2))
    p.t(34, 76, "姓名：包海英", 10)
    p.t(386, 76, "证号：1504020021000873", 10, align="r")
    p.t(34, 104, "就 业 登 记", 11, bold=True)
    y = p.table(34, 112, [84, 150, 118], [["就业日期", "用人单位名称", "登记机构（章）"],
                                          ["2021年5月6日", "赤峰草原兴农饲料有限公司", ""],
                                          ["", "", ""]], rh=34, size=8.5, head_fill=None)
    p.t(34, y + 34, "失 业 登 记", 11, bold=True)
    widths = [84, 110, 158]
    y2 = p.table(34, y + 42, widths, [["失业登记日期", "失业原因", "登记机构（章）"],
                                     ["2026年3月16日", "劳动合同解除", ""], ["", "", ""], ["", "", ""]],
                 rh=38, size=8.5, head_fill=None)
    p.t(270, y + 42 + 38 + 24, "经办人：乌兰", 8.5)
    p.stamp(330, y + 42 + 38 + 18, 30, "赤峰市红山区公共就业服务中心", "业务专用章")
    p.t(34, y2 + 28, "注：本证记载失业登记信息，享受相关政策时须出示本证原件。", 8, color=GREY)
    p.t(210, 560, "— 5 —", 8, align="c", color=GREY)
    return p.pdf(), {}


BENEFIT = dict(monthly=1530.00, months=14)


def zh_unemp_huanggang_benefit_approval() -> tuple[bytes, dict]:
    """A 失业保险金领取核定通知书 (A4): number, the claimant's particulars as a ruled grid of two label/value pairs per
    row (原工作单位, 失业日期 and 累计缴费时间 among them), the decision (14 months at ¥1,530.00 a month, from 2026年10月),
    what to do each month, the office's seal over 2026年10月22日."""
    p = Page(A4, zh=True)
    b = BENEFIT
    p.t(297, 70, "失业保险金领取核定通知书", 18, bold=True, align="c")
    p.t(515, 96, "黄失保核字〔2026〕第1047号", 9.5, align="r")
    rows = [("姓    名", "詹秋实", "性    别", "男"),
            ("公民身份号码", "421102198711******", "社会保障号码", "42110219871106****"),
            ("原工作单位", "黄冈东坡建材有限公司", "参保地", "黄州区"),
            ("失业日期", "2026年9月30日", "失业原因", "劳动合同期满终止"),
            ("累计缴费时间", "7年3个月", "失业登记日期", "2026年10月9日")]
    widths = [92, 150, 92, 146]
    y = 112
    for r in rows:
        for k, (w, cell) in enumerate(zip(widths, r, strict=True)):
            x = 56 + sum(widths[:k])
            p.box(x, y, w, 30, fill=(0.93, 0.93, 0.93) if k % 2 == 0 else None, stroke=(0, 0, 0), lw=0.5)
            p.t(x + 6, y + 19, cell, 9.5)
        y += 30
    y += 30
    text = [
        "詹秋实同志：",
        "    经审核，你符合《失业保险条例》规定的领取失业保险金条件，现核定如下：",
        f"    一、领取期限：{b['months']}个月，自2026年10月起至2027年11月止；",
        f"    二、失业保险金标准：每月人民币{_m(b['monthly'])}元（{_daxie(b['monthly'])}）；",
        "    三、领取期间由经办机构代缴基本医疗保险费，个人不缴纳；",
        "    四、失业保险金按月发放至本人社会保障卡金融账户，每月25日前到账。",
        "    领取期间重新就业、应征服兵役、移居境外或享受基本养老保险待遇的，应于15日内",
        "告知经办机构，停止领取失业保险金。对本核定有异议的，可自收到本通知书之日起60日内",
        "申请行政复议。",
    ]
    for ln in text:
        p.t(56, y, ln, 11)
        y += 26
    p.t(520, y + 70, "黄冈市黄州区社会保险服务中心", 11.5, align="r")
    p.t(520, y + 96, "2026年10月22日", 11.5, align="r")
    p.stamp(450, y + 76, 44, "黄冈市黄州区社会保险服务中心", "失业保险专用章")
    p.t(56, y + 150, "本通知书一式两份，经办机构与申领人各执一份。", 9, color=GREY)
    return p.pdf(), {}


HG_ROWS = [  # date yy/mm/dd, 凭证, 摘要, signed amount, 对方
    ("26/10/02", "转账", "手机银行转出", -500.00, "詹秋月"),
    ("26/10/04", "现金", "ATM取款", -800.00, ""),
    ("26/10/06", "转账", "快捷支付 拼多多", -86.40, "上海寻梦信息技术"),
    ("26/10/08", "转账", "代扣电费", -63.17, "国网黄冈供电公司"),
    ("26/10/10", "转账", "代发工资 9月", 3412.80, "黄冈东坡建材有限公司"),
    ("26/10/10", "转账", "经济补偿金", 4860.00, "黄冈东坡建材有限公司"),
    ("26/10/11", "转账", "还贷 个人消费贷", -1262.50, "本行贷款户"),
    ("26/10/12", "转账", "快捷支付 美团", -48.90, "北京三快在线科技"),
    ("26/10/13", "转账", "代扣水费", -37.60, "黄冈市自来水公司"),
    ("26/10/15", "现金", "柜台取款", -1500.00, ""),
    ("26/10/16", "转账", "快捷支付 京东", -219.00, "网银在线"),
    ("26/10/17", "转账", "手机银行转入", 600.00, "詹秋月"),
    ("26/10/18", "转账", "快捷支付 美团", -32.50, "北京三快在线科技"),
    ("26/10/19", "转账", "代扣话费", -58.00, "湖北联通黄冈分公司"),
    ("26/10/20", "转账", "快捷支付 拼多多", -127.30, "上海寻梦信息技术"),
    ("26/10/21", "现金", "ATM取款", -400.00, ""),
    ("26/10/22", "转账", "代扣燃气费", -96.00, "黄冈中燃城市燃气"),
    ("26/10/23", "转账", "快捷支付 美团", -41.20, "北京三快在线科技"),
    ("26/10/24", "转账", "手机银行转出", -300.00, "詹秋月"),
    ("26/10/25", "转账", "快捷支付 京东", -158.00, "网银在线"),
    ("26/10/26", "转账", "快捷支付 拼多多", -64.80, "上海寻梦信息技术"),
    ("26/10/27", "转账", "代扣医保 灵活就业", -395.00, "黄冈市医疗保障局"),
    ("26/10/28", "转账", "失业保险金", 1530.00, "黄冈市黄州区社会保险服务中心"),
    ("26/10/29", "转账", "快捷支付 美团", -27.80, "北京三快在线科技"),
    ("26/10/30", "现金", "ATM取款", -600.00, ""),
    ("26/10/31", "转账", "结息", 1.37, ""),
]
HG_OPEN = 2137.55


def zh_stmt_huanggang_rcc_two_page() -> tuple[bytes, dict]:
    """A rural credit co-operative's 活期存款对账单 over two A4 pages: the account's particulars in two columns, column
    heads over two lines (交易/日期, 凭证/种类, 支出/金额, 存入/金额, 账户/余额, 对方/户名; 支出 before 存入), yy/mm/dd
    dates, 本页小计 at the foot of page 1; page 2 opens on a 承前页余额 line, then the rest, and the period's totals and
    期末余额 under the last row."""
    p = Page(A4, zh=True)
    amounts = [r[3] for r in HG_ROWS]
    bal = _balances(HG_OPEN, amounts)
    closing = bal[-1]
    p.t(297, 54, "黄冈市黄州区农村信用合作联社", 15, bold=True, align="c", color=PINE)
    p.t(297, 78, "活 期 存 款 对 账 单", 13, bold=True, align="c")
    info = [("户    名：詹秋实", "账    号：6228 3602 1140 0572 916"),
            ("开户网点：陶店信用社", "币    种：人民币元"),
            ("查询期间：2026/10/01—2026/10/31", "打印时间：2026/11/04 09:12")]
    for i, (a, b) in enumerate(info):
        p.t(48, 104 + 16 * i, a, 9.5)
        p.t(318, 104 + 16 * i, b, 9.5)
    widths = [52, 40, 120, 66, 66, 74, 81]
    heads = [("交易", ["日期"]), ("凭证", ["种类"]), "摘要", ("支出", ["金额"]), ("存入", ["金额"]),
             ("账户", ["余额"]), ("对方", ["户名"])]
    aligns = ["c", "c", "l", "r", "r", "r", "l"]

    def rows(part, bals):
        return [[r[0], r[1], r[2], _m(-r[3]) if r[3] < 0 else "", _m(r[3]) if r[3] > 0 else "", _m(b), r[4]]
                for r, b in zip(part, bals, strict=True)]

    split = 16
    y = _head2(p, 48, 158, widths, 14, heads, size=8.5)
    y = p.table(48, y, widths, rows(HG_ROWS[:split], bal[:split]), rh=19, size=8.3, head=0, aligns=aligns,
                grid=False, hlines=True)
    out1 = _r(sum(-a for a in amounts[:split] if a < 0))
    in1 = _r(sum(a for a in amounts[:split] if a > 0))
    p.t(48, y + 18, f"本页小计    支出：{_m(out1)}    存入：{_m(in1)}", 9)
    p.t(297, 812, "第 1 页  共 2 页", 8.5, align="c", color=GREY)
    p.c.showPage()
    p.t(48, 58, "户名：詹秋实    账号：6228 3602 1140 0572 916    （续）", 9, color=GREY)
    y = _head2(p, 48, 72, widths, 14, heads, size=8.5)
    y = p.table(48, y, widths, [["", "", "承前页余额", "", "", _m(bal[split - 1]), ""]]
                + rows(HG_ROWS[split:], bal[split:]), rh=19, size=8.3, head=0, aligns=aligns, grid=False,
                hlines=True)
    out = _r(sum(-a for a in amounts if a < 0))
    inc = _r(sum(a for a in amounts if a > 0))
    p.t(48, y + 24, f"本期支出合计：{_m(out)}（{sum(a < 0 for a in amounts)}笔）", 9.5)
    p.t(300, y + 24, f"本期存入合计：{_m(inc)}（{sum(a > 0 for a in amounts)}笔）", 9.5)
    p.t(48, y + 44, f"期初余额：{_m(HG_OPEN)}", 9.5)
    p.t(300, y + 44, f"期末余额：{_m(closing)}", 9.5, bold=True)
    p.t(48, y + 70, "本对账单仅反映查询期间账户交易情况，如有疑问请于收到后15日内与开户网点核对。", 8.5, color=GREY)
    p.stamp(420, y + 120, 40, "黄冈市黄州区农村信用合作联社", "业务专用章")
    p.t(297, 812, "第 2 页  共 2 页", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


LA_ROWS = [  # time, signed amount, 摘要, 对方户名, 对方账号, 渠道
    ("2026.10.02 09:14:22", -45.00, "消费", "六安裕安区华联超市", "", "POS"),
    ("2026.10.05 18:40:03", -120.00, "转账支出", "储雪梅", "6217****0921", "手机银行"),
    ("2026.10.08 10:02:41", -68.55, "代扣电费", "国网六安供电公司", "", "批量代扣"),
    ("2026.10.10 08:30:00", 1648.00, "病假工资", "六安皖西纺织科技有限公司", "3415****8810", "代发"),
    ("2026.10.11 15:22:19", -300.00, "取款", "", "", "ATM"),
    ("2026.10.13 11:07:56", -236.40, "消费", "六安百姓缘大药房", "", "POS"),
    ("2026.10.16 19:51:30", -88.00, "快捷支付", "财付通-美团外卖", "", "网联"),
    ("2026.10.19 09:45:12", 500.00, "转账存入", "王家柱", "6228****5563", "手机银行"),
    ("2026.10.21 14:16:08", -190.00, "代扣医保", "六安市医疗保障局", "", "批量代扣"),
    ("2026.10.24 16:33:47", -52.30, "快捷支付", "支付宝-拼多多", "", "网联"),
    ("2026.10.27 10:20:11", -400.00, "取款", "", "", "柜面"),
    ("2026.10.30 12:05:36", -36.90, "代扣水费", "六安市供水有限公司", "", "批量代扣"),
]
LA_OPEN = 1286.42


def zh_stmt_luan_village_bank_landscape() -> tuple[bytes, dict]:
    """A village bank's 客户账户交易明细 (A4 landscape): the bank and the account's particulars as key/value pairs three
    to a row, 期初余额 and 期末余额 on one line above the table, then 序号 | 交易时间 | 借贷 | 交易金额 | 账户余额 | 摘要 |
    对方户名 | 对方账号 | 交易渠道 (the balance before the description; 借/贷 flags instead of signs) with rules only between
    rows; the 业务章 at the foot."""
    p = Page(landscape(A4), zh=True)
    bal = _balances(LA_OPEN, [r[1] for r in LA_ROWS])
    closing = bal[-1]
    p.t(421, 44, "六安裕安皖融村镇银行股份有限公司", 15, bold=True, align="c", color=WINE)
    p.t(421, 66, "客户账户交易明细", 12.5, bold=True, align="c")
    kv = [("客户名称：储雪芹", "客户账号：6231 7590 0208 1374 62", "币种：人民币"),
          ("起始日期：2026.10.01", "截止日期：2026.10.31", "开户机构：裕安区城南支行"),
          ("证件类型：居民身份证", "证件号码：341502********1228", "打印日期：2026.11.02")]
    for i, row in enumerate(kv):
        for k, cell in enumerate(row):
            p.t(40 + k * 270, 94 + 16 * i, cell, 9.5)
    p.t(40, 152, f"期初余额：{_m(LA_OPEN)}", 10, bold=True)
    p.t(270, 152, f"期末余额：{_m(closing)}", 10, bold=True)
    p.t(500, 152, f"交易笔数：{len(LA_ROWS)}", 10)
    widths = [32, 116, 36, 78, 82, 70, 160, 96, 92]
    head = ["序号", "交易时间", "借贷", "交易金额", "账户余额", "摘要", "对方户名", "对方账号", "交易渠道"]
    body = [[str(k + 1), r[0], "贷" if r[1] > 0 else "借", _m(abs(r[1])), _m(b), r[2], r[3], r[4], r[5]]
            for k, (r, b) in enumerate(zip(LA_ROWS, bal, strict=True))]
    y = p.table(40, 166, widths, [head] + body, rh=21, size=8.5, aligns=["c", "l", "c", "r", "r", "l", "l", "l", "l"],
                grid=False, hlines=True, head_fill=(0.93, 0.88, 0.88))
    p.t(40, y + 22, "说明：借表示转出/支取，贷表示转入/存入。本明细仅供参考，以银行系统记录为准。", 8.5, color=GREY)
    p.t(800, y + 22, "第1页/共1页", 8.5, align="r", color=GREY)
    p.stamp(700, y + 60, 36, "六安裕安皖融村镇银行股份有限公司", "业务章")
    return p.pdf(), {"closing": _s(closing)}


LH_ROWS = [  # day, title, sub, signed amount  (newest first on the screen)
    ("10月31日", "信用卡还款", "自动还款", -1800.00),
    ("10月30日", "转账-郜建芳", "手机银行", -500.00),
    ("10月28日", "微信支付-中石化漯河加油站", "快捷支付", -286.00),
    ("10月24日", "网约车收入-沙澧出行", "代付", 1850.00),
    ("10月21日", "医院缴费-漯河市沙北中心医院", "银联", -304.18),
    ("10月17日", "网约车收入-沙澧出行", "代付", 1720.00),
    ("10月14日", "支付宝-车辆保险", "快捷支付", -185.00),
    ("10月10日", "网约车收入-沙澧出行", "代付", 1790.00),
    ("10月06日", "房贷还款", "自动扣款", -2214.36),
    ("10月03日", "网约车收入-沙澧出行", "代付", 1484.60),
]
LH_OPEN = 2608.77


def zh_stmt_luohe_city_bank_app_screen() -> tuple[bytes, dict]:
    """A city bank's app 交易明细 screen (PNG): the card as 尾号3308 with the holder masked (*建伟: absent), a period
    chip 2026年10月1日-2026年10月31日, 收入 and 支出 totals, then the month's entries newest first, each with the day,
    the other party, a signed amount and 余额 under it."""
    p = Page(PHONE, zh=True)
    chron = list(reversed(LH_ROWS))
    bal = _balances(LH_OPEN, [r[3] for r in chron])
    closing = bal[-1]
    shown = list(reversed(list(zip(chron, bal, strict=True))))
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _status(p, "10:27")
    p.t(22, 74, "‹", 22)
    p.t(195, 74, "交易明细", 15.5, bold=True, align="c")
    p.box(16, 92, 358, 64, fill=(0.85, 0.12, 0.15), stroke=None, radius=8)
    p.t(30, 116, "漯河澧河商业银行  借记卡", 11, color=(1, 1, 1))
    p.t(30, 140, "*建伟  尾号3308", 11, color=(1, 1, 1))
    p.t(360, 140, "活期", 10, color=(1, 1, 1), align="r")
    p.box(16, 168, 230, 26, fill=(0.95, 0.95, 0.95), stroke=None, radius=13)
    p.t(131, 185, "2026年10月1日-2026年10月31日", 10, align="c")
    p.t(366, 185, "筛选", 10.5, align="r", color=(0.85, 0.12, 0.15))
    inc = _r(sum(r[3] for r in LH_ROWS if r[3] > 0))
    out = _r(sum(-r[3] for r in LH_ROWS if r[3] < 0))
    p.t(24, 218, f"收入 ¥{_m(inc)}", 10.5, color=GREY)
    p.t(200, 218, f"支出 ¥{_m(out)}", 10.5, color=GREY)
    y = 236
    for (day, title, sub, amt), b in shown:
        p.line(16, y, 374, y, 0.4, color=(0.9, 0.9, 0.9))
        p.t(24, y + 22, title, 11)
        p.t(24, y + 40, f"2026年{day}  {sub}", 9, color=GREY)
        p.t(366, y + 22, ("+" if amt > 0 else "-") + _m(abs(amt)), 12, bold=True, align="r",
            color=(0.85, 0.12, 0.15) if amt > 0 else (0, 0, 0))
        p.t(366, y + 40, f"余额 {_m(b)}", 9, color=GREY, align="r")
        y += 56
    p.t(195, y + 24, "— 没有更多了 —", 9, color=GREY, align="c")
    _home(p)
    return p.pdf(), {"closing": _s(closing)}


def zh_other_alipay_income_expense_proof() -> tuple[bytes, dict]:
    """Look-alike: a 支付宝 收支明细证明 (A4 landscape): the account holder's masked account and name, the period, the
    counts and sums of 收入 and 支出, then 收/支 | 交易对方 | 商品说明 | 收/付款方式 | 金额 | 交易订单号 | 交易时间 rows and
    no balance; the platform's e-seal. A payment platform's record, not a bank's statement of an account."""
    p = Page(landscape(A4), zh=True)
    rows = [("支出", "漯河市源汇区老街烩面馆", "商品", "余额宝", 36.00, "20261003220014990126", "2026-10-03 12:41:09"),
            ("支出", "中国石化销售股份有限公司", "加油", "尾号3308储蓄卡", 286.00, "20261007220014990577",
             "2026-10-07 18:02:51"),
            ("收入", "郜建芳", "转账", "余额", 300.00, "20261011200040011203", "2026-10-11 09:15:33"),
            ("支出", "漯河沙澧出行汽车服务有限公司", "车辆租金", "花呗", 1200.00, "20261015220014991840",
             "2026-10-15 08:00:02"),
            ("支出", "拼多多平台商户", "汽车坐垫", "余额宝", 59.90, "20261019220014992278", "2026-10-19 22:37:46"),
            ("收入", "乘客-网约车", "车费", "余额", 46.50, "20261023200040013356", "2026-10-23 17:48:20"),
            ("支出", "漯河市自来水公司", "水费", "余额宝", 42.80, "20261026220014993012", "2026-10-26 10:11:05")]
    p.t(421, 54, "支付宝收支明细证明", 17, bold=True, align="c")
    p.t(40, 84, "证明编号：ZFB202611030041876", 9.5)
    p.t(40, 102, "兹证明：支付宝账户 138****6602（实名：*建伟）在 2026-10-01 00:00:00 至 2026-10-31 23:59:59 期间的收支明细"
        "如下：", 9.5)
    inc = sum(r[4] for r in rows if r[0] == "收入")
    out = sum(r[4] for r in rows if r[0] == "支出")
    p.t(40, 122, f"收入：{sum(r[0] == '收入' for r in rows)}笔  {_m(inc)}元      支出：{sum(r[0] == '支出' for r in rows)}笔  "
        f"{_m(out)}元      不计收支：0笔  0.00元", 9.5)
    widths = [40, 170, 80, 100, 70, 160, 130]
    head = ["收/支", "交易对方", "商品说明", "收/付款方式", "金额", "交易订单号", "交易时间"]
    body = [[r[0], r[1], r[2], r[3], _m(r[4]), r[5], r[6]] for r in rows]
    y = p.table(40, 140, widths, [head] + body, rh=22, size=8.5, aligns=["c", "l", "l", "l", "r", "l", "l"],
                head_fill=(0.86, 0.92, 1.0))
    p.t(40, y + 24, "说明：本证明所列交易明细仅反映支付宝账户收支情况，不作为银行账户流水；金额单位为人民币元。", 8.5,
        color=GREY)
    p.t(780, y + 70, "支付宝（中国）网络技术有限公司", 10, align="r")
    p.t(780, y + 90, "2026年11月3日", 10, align="r")
    p.stamp(700, y + 70, 38, "支付宝（中国）网络技术有限公司", "电子业务专用章")
    return p.pdf(), {}


EBILL_ITEMS = [("西药费", 142.36), ("检查费", 260.00), ("化验费", 118.00), ("诊察费", 15.00), ("治疗费", 48.00),
               ("卫生材料费", 12.50)]
EBILL_FUND = 0.5


def zh_med_luohe_outpatient_e_bill() -> tuple[bytes, dict]:
    """An outpatient 医疗收费电子票据 (240 x 140 mm): the province's title, 票据代码 / 票据号码 / 校验码 / 开票日期 at
    the top right, 交款人统一社会信用代码 and 交款人, items as 项目名称 | 金额 pairs two to a row in a ruled grid, 金额合计
    in 大写 and 小写, 其他信息 with the fund's and the patient's shares, the hospital's 财务专用章."""
    size = (680, 397)
    p = Page(size, zh=True)
    total = _r(sum(v for _k, v in EBILL_ITEMS))
    fund = _r(sum(v for k, v in EBILL_ITEMS if k != "卫生材料费") * EBILL_FUND)
    cash = _r(total - fund)
    p.box(12, 12, 656, 373, stroke=(0.6, 0.2, 0.1), lw=0.8)
    p.t(340, 44, "河南省医疗门诊收费票据（电子）", 15, bold=True, align="c", color=(0.6, 0.2, 0.1))
    p.t(30, 70, "票据代码：41060126", 8.5)
    p.t(30, 86, "交款人统一社会信用代码：411102198503******", 8.5)
    p.t(30, 102, "交款人：郜建伟", 8.5)
    p.t(470, 70, "票据号码：0039127745", 8.5)
    p.t(470, 86, "校 验 码：a7c3e9", 8.5)
    p.t(470, 102, "开票日期：2026-10-21", 8.5)
    widths = [150, 80, 70, 150, 80, 70]
    body = [["项目名称", "金额(元)", "备注", "项目名称", "金额(元)", "备注"]]
    for k in range(0, len(EBILL_ITEMS), 2):
        row = []
        for name, v in EBILL_ITEMS[k:k + 2]:
            row += [name, _m(v), ""]
        body.append(row + [""] * (6 - len(row)))
    y = p.table(30, 114, widths, body, rh=20, size=8.5, head_fill=None, aligns=["l", "r", "l", "l", "r", "l"])
    p.box(30, y, 600, 20, stroke=(0, 0, 0), lw=0.4)
    p.t(36, y + 14, f"金额合计（大写）{_daxie(total)}", 8.5)
    p.t(620, y + 14, f"（小写）{_m(total)}", 8.5, align="r")
    y += 20
    p.box(30, y, 600, 58, stroke=(0, 0, 0), lw=0.4)
    p.t(36, y + 14, "其他信息：", 8.5)
    p.t(36, y + 30, "业务流水号：MZ20261021104417    医疗机构类型：二级综合    医保类型：城乡居民医保", 8)
    p.t(36, y + 46, f"医保统筹基金支付：{_m(fund)}    个人账户支付：0.00    个人现金支付：{_m(cash)}", 8)
    y += 58
    p.t(30, y + 20, "收款单位（章）：漯河市沙北中心医院", 8.5)
    p.t(330, y + 20, "复核人：李倩", 8.5)
    p.t(480, y + 20, "收款人：门诊收费03", 8.5)
    p.stamp(180, y - 8, 30, "漯河市沙北中心医院", "财务专用章")
    return p.pdf(), {"total": _s(total), "own": _s(cash)}


PHARM_ITEMS = [("阿莫西林胶囊", "0.25g*24粒", 2, 12.80), ("复方甘草口服溶液", "100ml", 1, 9.50),
               ("布洛芬缓释胶囊", "0.3g*20粒", 1, 18.60), ("医用外科口罩", "10只/袋", 2, 6.50),
               ("蒲地蓝消炎片", "0.3g*48片", 1, 32.00)]


def zh_med_zhaotong_pharmacy_till_slip() -> tuple[bytes, dict]:
    """A chain pharmacy's 58 mm till slip (销售小票): the shop, 单号, 收银员, the time 2026-10-26 19:42, items with 规格,
    数量 x 单价 and 金额 under each name, 应收 / 医保统筹 / 医保个账 / 现金, a member line with a masked card and no name
    (no patient: absent), the return policy."""
    p = Page((170, 470), zh=True)
    total = _r(sum(q * u for _n, _s2, q, u in PHARM_ITEMS))
    card = _r(total - 20.00)
    p.t(85, 24, "昭通康源大药房连锁", 10, bold=True, align="c")
    p.t(85, 38, "昭阳区珠泉路店", 8.5, align="c")
    p.t(85, 50, "电话：0870-2156633", 7.5, align="c")
    p.t(8, 66, "单号：ZT0320261026000517", 7.2)
    p.t(8, 78, "收银员：013   机号：02", 7.2)
    p.t(8, 90, "时间：2026-10-26 19:42:08", 7.2)
    p.line(8, 96, 162, 96, 0.5, dash=(2, 2))
    p.t(8, 107, "品名/规格", 7.2)
    p.t(162, 107, "数量×单价  金额", 7.2, align="r")
    p.line(8, 111, 162, 111, 0.5, dash=(2, 2))
    y = 122
    for name, spec, q, u in PHARM_ITEMS:
        p.t(8, y, name, 7.6)
        p.t(8, y + 11, spec, 6.8, color=GREY)
        p.t(162, y + 11, f"{q}×{u:.2f}  {q * u:.2f}", 7.2, align="r")
        y += 25
    p.line(8, y - 6, 162, y - 6, 0.5, dash=(2, 2))
    for k, v in (("应收", total), ("医保个账", card), ("现金", 20.00), ("找零", 0.0)):
        y += 11
        p.t(8, y, k, 8, bold=k == "应收")
        p.t(162, y, f"{v:.2f}", 8, bold=k == "应收", align="r")
    y += 18
    p.t(8, y, "会员卡：5301****7720  积分+89", 7)
    p.line(8, y + 8, 162, y + 8, 0.5, dash=(2, 2))
    p.t(85, y + 22, "药品售出后非质量问题不退换", 7, align="c")
    p.t(85, y + 34, "请保留小票作为购药凭证", 7, align="c")
    p.t(85, y + 50, "谢谢惠顾  欢迎再来", 7.5, align="c")
    return p.pdf(), {"total": _s(total)}


SETTLE_ITEMS = [("床位费", 420.00), ("诊查费", 110.00), ("检查费", 1860.00), ("化验费", 742.00), ("治疗费", 968.00),
                ("手术费", 3200.00), ("麻醉费", 880.00), ("西药费", 2417.36), ("卫生材料费", 1935.20),
                ("护理费", 286.00)]
SETTLE_SELF = 1120.40  # 自费 items outside the insurance list
SETTLE_LINE = 700.00  # 起付标准
SETTLE_RATE = 0.75


def zh_med_luan_inpatient_insurance_settlement() -> tuple[bytes, dict]:
    """A county hospital's 基本医疗保险住院结算单 (A4): the patient's particulars as key/value pairs three to a row
    (住院号, 入院 2026-09-14, 出院 2026-09-24, 结算日期), the fees by class in a ruled table of four columns (项目 | 金额 |
    项目 | 金额), then the insurance block: 医疗费总额, 自费, 起付标准, 统筹基金支付, 个人现金支付 and its 大写, the
    hospital's 结算专用章 and the patient's signature line."""
    p = Page(A4, zh=True)
    total = _r(sum(v for _k, v in SETTLE_ITEMS))
    fund = _r((total - SETTLE_SELF - SETTLE_LINE) * SETTLE_RATE)
    cash = _r(total - fund)
    p.t(297, 56, "六安市裕安区第二人民医院", 15, bold=True, align="c")
    p.t(297, 80, "基本医疗保险住院费用结算单", 13, bold=True, align="c")
    kv = [("住院号：20260914037", "姓名：储雪芹", "性别：女"),
          ("科室：骨科二病区", "医保类别：职工基本医疗保险", "参保地：六安市"),
          ("入院日期：2026-09-14", "出院日期：2026-09-24", "住院天数：10天"),
          ("结算日期：2026-09-24", "结算流水号：JS3415032609240112", "人员类别：在职")]
    for i, row in enumerate(kv):
        for k, cell in enumerate(row):
            p.t(50 + k * 170, 110 + 17 * i, cell, 9.3)
    body = [["费用项目", "金额(元)", "费用项目", "金额(元)"]]
    for k in range(0, len(SETTLE_ITEMS), 2):
        (a, av), (b, bv) = SETTLE_ITEMS[k:k + 2]
        body.append([a, _m(av), b, _m(bv)])
    y = p.table(50, 186, [130, 117, 130, 118], body, rh=20, size=9, aligns=["l", "r", "l", "r"])
    p.t(50, y + 28, "医 保 结 算 信 息", 11, bold=True)
    info = [("医疗费总额", total), ("全自费金额", SETTLE_SELF), ("起付标准", SETTLE_LINE),
            ("统筹基金支付", fund), ("大病保险支付", 0.0), ("个人现金支付", cash)]
    yy = y + 40
    for k in range(0, len(info), 2):
        for j, (name, v) in enumerate(info[k:k + 2]):
            p.box(50 + j * 248, yy, 110, 22, fill=(0.93, 0.93, 0.93), stroke=(0, 0, 0), lw=0.4)
            p.box(160 + j * 248, yy, 138, 22, stroke=(0, 0, 0), lw=0.4)
            p.t(56 + j * 248, yy + 15, name, 9)
            p.t(292 + j * 248, yy + 15, _m(v), 9.5, align="r")
        yy += 22
    p.t(50, yy + 22, f"个人现金支付（大写）：{_daxie(cash)}", 9.5)
    p.t(50, yy + 58, "患者（家属）签字：________________", 9.5)
    p.t(330, yy + 58, "经办人：陶敏    复核：程晓", 9.5)
    p.stamp(430, yy + 30, 40, "六安市裕安区第二人民医院", "结算专用章")
    p.t(297, 812, "本结算单一式两联：第一联 医院留存  第二联 患者留存", 8.5, color=GREY, align="c")
    return p.pdf(), {"total": _s(total), "own": _s(cash)}


def zh_other_online_loan_repayment_schedule() -> tuple[bytes, dict]:
    """Look-alike: a consumer-finance app's 还款计划表 (A4): loan number, amount, rate and term, then 期数 | 应还日期 |
    应还本金 | 应还利息 | 应还总额 | 剩余本金 | 状态 for twelve equal instalments, the running column being principal
    still owed: a loan's schedule, not an account's statement."""
    p = Page(A4, zh=True)
    principal, rate, n = 15000.00, 0.0149, 12
    pay = _r(principal * rate / (1 - (1 + rate) ** -n))
    rows, left = [], principal
    for k in range(1, n + 1):
        interest = _r(left * rate)
        part = _r(pay - interest) if k < n else left
        left = _r(left - part)
        month = 5 + k
        due = f"{2026 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-18"
        rows.append([f"{k}/{n}", due, _m(part), _m(interest), _m(_r(part + interest)), _m(left),
                     "已还" if k <= 5 else "待还"])
    p.t(297, 60, "借款还款计划表", 17, bold=True, align="c")
    p.t(50, 94, "借款编号：XJD2026051800418872", 9.5)
    p.t(330, 94, "借款人：郜*伟", 9.5)
    p.t(50, 112, f"借款金额：{_m(principal)}元", 9.5)
    p.t(330, 112, "借款期限：12期（按月等额本息）", 9.5)
    p.t(50, 130, "月利率：1.49%    放款日期：2026-05-18", 9.5)
    p.t(330, 130, "出借方：豫信普惠消费金融股份有限公司", 9.5)
    head = ["期数", "应还日期", "应还本金", "应还利息", "应还总额", "剩余本金", "状态"]
    y = p.table(50, 150, [48, 80, 74, 66, 74, 80, 73], [head] + rows, rh=21, size=9,
                aligns=["c", "c", "r", "r", "r", "r", "c"], head_fill=(0.95, 0.9, 0.8))
    p.t(50, y + 26, "温馨提示：请于每期应还日期前保证绑定银行卡余额充足，逾期将产生罚息并影响个人征信。", 8.5, color=GREY)
    p.t(545, y + 56, "生成时间：2026-11-02 21:17", 8.5, color=GREY, align="r")
    return p.pdf(), {}


def zh_other_credit_card_bill() -> tuple[bytes, dict]:
    """Look-alike: a bank's credit card 对账单 (A4, one page): the card holder, 账单日 / 到期还款日 / 本期应还金额 /
    最低还款额 in a band, then 交易日 | 记账日 | 交易摘要 | 卡号末四位 | 交易金额 with repayments negative, and the
    期初 / 本期 / 应还 summary: what is owed on a card, not a bank account's statement."""
    p = Page(A4, zh=True)
    rows = [("10/03", "10/04", "还款 谢谢", "4127", -3200.00), ("10/05", "10/06", "阜阳万达广场 优衣库", "4127", 299.00),
            ("10/09", "10/10", "财付通-美团外卖", "4127", 46.80), ("10/12", "10/13", "中国石化阜阳颍州加油站", "4127", 300.00),
            ("10/18", "10/19", "京东商城", "4127", 1299.00), ("10/22", "10/23", "分期手续费 第4/12期", "4127", 38.40),
            ("10/25", "10/26", "阜阳市第二人民医院", "4127", 386.50)]
    opening = 3200.00
    new = _r(sum(r[4] for r in rows if r[4] > 0))
    paid = _r(sum(-r[4] for r in rows if r[4] < 0))
    due = _r(opening - paid + new)
    p.t(50, 56, "淮颍银行信用卡", 16, bold=True, color=(0.1, 0.3, 0.6))
    p.t(545, 56, "信用卡对账单", 13, bold=True, align="r")
    p.t(50, 84, "尊敬的 殷桂兰 女士：", 10.5)
    p.t(50, 102, "感谢您使用淮颍银行信用卡，以下是您2026年10月的账单。", 9.5)
    p.box(50, 116, 495, 52, fill=(0.92, 0.95, 1.0), stroke=None)
    for k, (a, b) in enumerate((("账单日", "2026/10/27"), ("到期还款日", "2026/11/16"), ("本期应还金额", _m(due)),
                                ("最低还款额", _m(_r(due * 0.1))))):
        p.t(62 + k * 124, 136, a, 9, color=GREY)
        p.t(62 + k * 124, 158, b, 12, bold=True)
    head = ["交易日", "记账日", "交易摘要", "卡号末四位", "交易金额(元)"]
    body = [[r[0], r[1], r[2], r[3], _m(r[4])] for r in rows]
    y = p.table(50, 186, [60, 60, 215, 70, 90], [head] + body, rh=22, size=9, aligns=["c", "c", "l", "c", "r"],
                grid=False, hlines=True, head_fill=(0.92, 0.95, 1.0))
    p.t(50, y + 28, f"上期应还金额 {_m(opening)}  -  本期还款 {_m(paid)}  +  本期新增 {_m(new)}  =  本期应还金额 {_m(due)}",
        9.5)
    p.t(50, y + 52, "信用额度：20,000.00    可用额度：" + _m(_r(20000 - due)) + "    积分余额：6,218", 9)
    p.t(50, y + 84, "请按时还款，逾期将按日利率万分之五计收利息。客服热线 400-66-95588", 8.5, color=GREY)
    return p.pdf(), {}


def zh_other_property_fee_notice() -> tuple[bytes, dict]:
    """Look-alike: a residential estate's 物业费缴费通知单 (A5 landscape) pushed under a door: the flat, area and rate,
    物业服务费 for 2026年10-12月, 公摊水电 and 停车费 in a ruled table, 合计, the deadline and the management office's
    seal: a bill for a flat's fees."""
    p = Page(landscape(A5), zh=True)
    fees = [("物业服务费", "2026.10.01-2026.12.31", "98.6㎡×1.20元/㎡×3月", _r(98.6 * 1.2 * 3)),
            ("公摊水电费", "2026.10.01-2026.12.31", "按户分摊", 27.60),
            ("地下车位管理费", "2026.10.01-2026.12.31", "60元/月×3月", 180.00)]
    total = _r(sum(f[3] for f in fees))
    p.t(298, 40, "颍州·清河湾小区  物业费缴费通知单", 14, bold=True, align="c")
    p.t(30, 68, "尊敬的 7栋2单元1102室 业主：", 10)
    p.t(30, 86, "您好！根据物业服务合同约定，现将您本期应缴费用通知如下：", 9.5)
    body = [["收费项目", "计费周期", "计费标准", "金额(元)"]] + [[a, b, c, _m(d)] for a, b, c, d in fees]
    body.append(["合计", "", "", _m(total)])
    y = p.table(30, 98, [110, 150, 170, 102], body, rh=22, size=9, aligns=["l", "c", "l", "r"])
    p.t(30, y + 22, "请于2026年11月30日前到物业服务中心或通过“清河湾”小程序缴纳，逾期按合同约定处理。", 9)
    p.t(30, y + 40, "缴费电话：0558-2265170    开户行：阜阳颍州农商行    账号：2000 0416 7730 0105", 9)
    p.t(560, y + 78, "阜阳颍清物业服务有限公司", 10, align="r")
    p.t(560, y + 96, "2026年10月20日", 10, align="r")
    p.stamp(500, y + 82, 32, "阜阳颍清物业服务有限公司", "收费专用章")
    return p.pdf(), {}


def zh_other_phone_bill_screen() -> tuple[bytes, dict]:
    """Look-alike: a carrier app's 月账单 screen for 2026年10月 (PNG): the number masked, 本月消费 large, a ring of
    套餐及固定费 / 语音 / 流量 / 增值业务, the items listed with amounts, 实时余额: a phone bill."""
    p = Page(PHONE, zh=True)
    items = [("套餐及固定费", 59.00), ("语音通信费", 6.40), ("上网费", 15.00), ("增值业务费", 5.00), ("代收费", 0.00)]
    total = _r(sum(v for _k, v in items))
    p.box(0, 0, 390, 844, fill=(0.96, 0.97, 1.0), stroke=None)
    _status(p, "19:48")
    p.t(22, 74, "‹", 22)
    p.t(195, 74, "我的账单", 15.5, bold=True, align="c")
    p.t(24, 110, "156****3217    商丘", 11, color=GREY)
    p.box(16, 124, 358, 190, fill=(1, 1, 1), stroke=None, radius=10)
    p.t(195, 152, "2026年10月", 12, align="c")
    p.t(195, 196, f"¥{_m(total)}", 30, bold=True, align="c", color=(0.1, 0.35, 0.8))
    p.t(195, 222, "本月消费（元）", 10, align="c", color=GREY)
    c = p.c
    for k, (_n, v) in enumerate(items[:4]):
        c.setStrokeColorRGB(*[(0.1, 0.35, 0.8), (0.95, 0.6, 0.1), (0.2, 0.7, 0.4), (0.7, 0.3, 0.8)][k])
        c.setLineWidth(8)
        start = sum(x for _a, x in items[:k]) / total * 360
        c.arc(155, 844 - 300, 235, 844 - 245, 90 + start, v / total * 360)
    p.t(250, 282, "账期 10.01-10.31", 9.5, color=GREY)
    y = 346
    for name, v in items:
        p.t(30, y, name, 11.5)
        p.t(360, y, _m(v), 11.5, align="r")
        y += 34
    p.line(30, y - 14, 360, y - 14, 0.4, color=(0.85, 0.85, 0.85))
    p.t(30, y + 8, "合计", 12, bold=True)
    p.t(360, y + 8, _m(total), 12, bold=True, align="r")
    p.t(30, y + 44, "实时余额：32.18元    积分：1,204", 10, color=GREY)
    p.t(195, y + 80, "账单数据仅供参考，以实际扣费为准", 9, color=GREY, align="c")
    _home(p)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

IE_EARN = [("Basic Salary", None, None, 3185.00), ("Shift Allowance", None, None, 212.40),
           ("Overtime @ 1.5", 9.5, 27.56, None)]
IE_TAX_CREDIT = 333.33  # a month's personal and employee tax credits
IE_RATES = dict(paye=0.20, prsi=0.042, pension=0.05)
IE_USC = [(1001.00, 0.005), (1359.33, 0.02), (4083.67, 0.03)]  # monthly bands: width, rate; the rest at 8 %


def _ie() -> dict:
    earn = [(n, h, r, v if v is not None else _r(h * r)) for n, h, r, v in IE_EARN]
    gross = _r(sum(v for *_x, v in earn))
    pension = _r(IE_EARN[0][3] * IE_RATES["pension"])
    taxable = _r(gross - pension)
    paye = _r(max(0.0, taxable * IE_RATES["paye"] - IE_TAX_CREDIT))
    usc, left = 0.0, gross
    for width, rate in IE_USC:
        part = min(left, width)
        usc += part * rate
        left -= part
    usc = _r(usc + max(left, 0) * 0.08)
    prsi = _r(gross * IE_RATES["prsi"])
    ded = [("PAYE", paye), ("USC", usc), ("PRSI Class A1", prsi), ("Pension (Employee 5%)", pension),
           ("Sports & Social Club", 6.00)]
    net = _r(gross - sum(v for _k, v in ded))
    return dict(earn=earn, ded=ded, gross=gross, net=net, taxable=taxable)


def en_pay_ie_limerick_payslip() -> tuple[bytes, dict]:
    """An Irish plastics moulder's monthly payslip (A4 portrait, top half): NET PAY in a shaded box at the top left
    beside the employer's name, the particulars as key/value pairs three to a row (PPSN, tax basis, period 10, pay date
    '31st October 2026'), Payments and Deductions side by side with Hours | Rate | Amount, the totals under each table
    and a year-to-date strip (Gross, Taxable, PAYE, USC, PRSI) at the foot."""
    p = Page(A4)
    d = _ie()
    p.box(40, 40, 150, 62, fill=(0.9, 0.93, 0.97), stroke=(0.3, 0.4, 0.6), lw=0.8)
    p.t(50, 58, "NET PAY", 9, bold=True, color=SLATE)
    p.t(180, 90, f"EUR {_m(d['net'])}", 15, bold=True, align="r")
    p.t(555, 56, "Castletroy Precision Plastics Ltd", 13, bold=True, align="r")
    p.t(555, 72, "Unit 7, National Technology Park, Plassey, Limerick V94 K2T7", 8.5, align="r", color=GREY)
    p.t(555, 94, "PAYSLIP", 11, bold=True, align="r", color=SLATE)
    kv = [("Employee", "Gráinne Hickey", "Employee No.", "00417", "Department", "Moulding - Line 3"),
          ("PPSN", "7731452KA", "Tax Basis", "Cumulative", "Pay Frequency", "Monthly"),
          ("Period", "10", "Pay Date", "31st October 2026", "PRSI Class", "A1")]
    y = 126
    for row in kv:
        for k in range(3):
            p.t(40 + k * 180, y, row[2 * k] + ":", 8.5, color=GREY)
            p.t(40 + k * 180 + 72, y, row[2 * k + 1], 8.5, bold=k == 0 and row[0] == "Employee")
        y += 15
    y += 10
    pay = [["Payments", "Hours", "Rate", "Amount"]] + [
        [n, f"{h:.2f}" if h else "", f"{r:.2f}" if r else "", _m(v)] for n, h, r, v in d["earn"]]
    ded = [["Deductions", "", "Amount"]] + [[n, "", _m(v)] for n, v in d["ded"]]
    y1 = p.table(40, y, [112, 40, 40, 58], pay + [[""] * 4] * (len(ded) - len(pay)), rh=17, size=8.5,
                 aligns=["l", "r", "r", "r"], grid=False, hlines=True, head_fill=(0.9, 0.93, 0.97))
    p.table(305, y, [145, 40, 65], ded, rh=17, size=8.5, aligns=["l", "r", "r"], grid=False, hlines=True,
            head_fill=(0.9, 0.93, 0.97))
    total_ded = _r(sum(v for _k, v in d["ded"]))
    p.t(40, y1 + 16, "Total Payments", 9, bold=True)
    p.t(290, y1 + 16, _m(d["gross"]), 9, bold=True, align="r")
    p.t(305, y1 + 16, "Total Deductions", 9, bold=True)
    p.t(555, y1 + 16, _m(total_ded), 9, bold=True, align="r")
    ytd = [("Gross to date", _r(d["gross"] * 10 - 184.20)), ("Taxable to date", _r(d["taxable"] * 10 - 184.20)),
           ("PAYE to date", _r(d["ded"][0][1] * 10 - 36.84)), ("USC to date", _r(d["ded"][1][1] * 10 - 5.52)),
           ("PRSI to date", _r(d["ded"][2][1] * 10 - 7.74))]
    yy = y1 + 40
    p.line(40, yy - 10, 555, yy - 10, 0.6)
    for k, (n, v) in enumerate(ytd):
        p.t(40 + k * 104, yy + 4, n, 7.5, color=GREY)
        p.t(40 + k * 104, yy + 18, _m(v), 8.5)
    p.t(40, yy + 44, "Tax credits this period: 333.33   Standard rate cut-off: 3,666.67   USC status: Ordinary", 7.5,
        color=GREY)
    p.line(20, 421, 575, 421, 0.4, dash=(3, 3), color=GREY)
    return p.pdf(), {"gross": _s(d["gross"]), "net": _s(d["net"])}


NZ_EARN = [("Ordinary time", 80.0, 26.85), ("Time and a half", 6.0, 40.28), ("Public holiday - Labour Day", 8.0, 40.28)]
NZ = dict(paye_rate=0.1925, kiwisaver=0.03, union=8.50)


def _nz() -> dict:
    earn = [(n, h, r, _r(h * r)) for n, h, r in NZ_EARN]
    gross = _r(sum(v for *_x, v in earn))
    ded = [("PAYE (incl. ACC earners' levy)", _r(gross * NZ["paye_rate"])),
           ("KiwiSaver employee 3%", _r(gross * NZ["kiwisaver"])), ("E tu union fees", NZ["union"])]
    net = _r(gross - sum(v for _k, v in ded))
    return dict(earn=earn, ded=ded, gross=gross, net=net)


def en_pay_nz_tauranga_fortnightly_payslip() -> tuple[bytes, dict]:
    """A kiwifruit packhouse's fortnightly payslip (A5 landscape): the employer and the employee across the top, pay
    period 13/10/2026 to 26/10/2026 and paid 30/10/2026; DEDUCTIONS on the left, EARNINGS on the right (units | rate |
    amount), the totals at the bottom left (Total gross, Total deductions, Nett pay), the employer's KiwiSaver and
    ESCT shown apart, leave balances at the bottom right."""
    p = Page(landscape(A5))
    d = _nz()
    p.t(30, 36, "TE PUNA ORCHARD SERVICES LIMITED", 12, bold=True, color=PINE)
    p.t(30, 50, "348 Te Puna Station Road, RD 6, Tauranga 3176   IRD 118-442-907", 7.5, color=GREY)
    p.t(565, 36, "Pay Advice", 12, bold=True, align="r")
    p.t(565, 50, "Employee: Mereana Paewai   Code PAE012", 8.5, align="r")
    p.t(565, 62, "Tax code: M SL   IRD No. 104-337-281", 8, align="r", color=GREY)
    p.box(30, 72, 535, 22, fill=(0.9, 0.95, 0.92), stroke=None)
    p.t(38, 87, "Period: 13/10/2026 - 26/10/2026", 9)
    p.t(250, 87, "Pay date: 30/10/2026", 9)
    p.t(560, 87, "Bank: 03-0437-0218840-00", 9, align="r")
    ded = [["DEDUCTIONS", "Amount"]] + [[n, _m(v)] for n, v in d["ded"]]
    earn = [["EARNINGS", "Units", "Rate", "Amount"]] + [[n, f"{h:.2f}", f"{r:.2f}", _m(v)] for n, h, r, v in d["earn"]]
    p.table(30, 104, [170, 70], ded, rh=17, size=8.3, aligns=["l", "r"], grid=False, hlines=True,
            head_fill=(0.9, 0.95, 0.92))
    p.table(290, 104, [140, 40, 40, 55], earn, rh=17, size=8.3, aligns=["l", "r", "r", "r"], grid=False, hlines=True,
            head_fill=(0.9, 0.95, 0.92))
    y = 104 + 17 * 5 + 26
    total_ded = _r(sum(v for _k, v in d["ded"]))
    for k, (n, v) in enumerate((("Total gross", d["gross"]), ("Total deductions", total_ded),
                                ("Nett pay", d["net"]))):
        p.t(30, y + k * 16, n, 9, bold=k == 2)
        p.t(240, y + k * 16, _m(v), 9, bold=k == 2, align="r")
    p.line(30, y + 36, 240, y + 36, 0.6)
    p.t(30, y + 64, f"Employer KiwiSaver 3%: {_m(_r(d['gross'] * 0.03))}   ESCT: {_m(_r(d['gross'] * 0.03 * 0.175))}",
        7.5, color=GREY)
    p.t(290, y, "Leave balances", 8.5, bold=True)
    for k, (n, v) in enumerate((("Annual leave (weeks)", "2.84"), ("Sick leave (days)", "7.00"),
                                ("Alternative days", "1.00"))):
        p.t(290, y + 16 + k * 13, n, 8)
        p.t(470, y + 16 + k * 13, v, 8, align="r")
    return p.pdf(), {"gross": _s(d["gross"]), "net": _s(d["net"])}


PH_EARN = [("Basic Pay (semi-monthly)", 9250.00), ("Overtime Pay", 1156.25), ("Night Differential", 346.88),
           ("Rice Subsidy", 1000.00)]
PH_DED = [("SSS Contribution", 475.00), ("PhilHealth", 231.25), ("Pag-IBIG (HDMF)", 100.00),
          ("Withholding Tax", 212.66), ("SSS Salary Loan", 688.40)]


def en_pay_ph_davao_semi_monthly_payslip() -> tuple[bytes, dict]:
    """A Davao fruit exporter's semi-monthly payslip for September 16-30, 2026 (a half sheet): the particulars in two
    columns (employee no., position, TIN, SSS no.), EARNINGS and DEDUCTIONS side by side in a ruled box, GROSS PAY,
    TOTAL DEDUCTIONS and NET PAY in PHP under them, a received-by line; September, not the October asked (stale)."""
    p = Page((595, 400))
    gross = _r(sum(v for _k, v in PH_EARN))
    ded = _r(sum(v for _k, v in PH_DED))
    net = _r(gross - ded)
    p.t(297, 34, "LANANG FRUIT EXPORT CORPORATION", 13, bold=True, align="c")
    p.t(297, 48, "Km. 9 Sasa Wharf Road, Davao City 8000", 8, align="c", color=GREY)
    p.t(297, 68, "PAYSLIP", 11, bold=True, align="c")
    p.t(297, 82, "Payroll Period: September 16-30, 2026", 9, align="c")
    left = [("Employee Name", "Ma. Cristina B. Dela Peña"), ("Employee No.", "LFE-2291"), ("Position", "Packer II")]
    right = [("TIN", "412-775-908-000"), ("SSS No.", "09-4128873-6"), ("Pay Date", "09/30/2026")]
    for k, ((a, b), (c, d2)) in enumerate(zip(left, right, strict=True)):
        p.t(36, 104 + 13 * k, f"{a}: {b}", 8.5)
        p.t(320, 104 + 13 * k, f"{c}: {d2}", 8.5)
    p.box(30, 146, 535, 120, stroke=(0, 0, 0), lw=0.6)
    p.line(297, 146, 297, 266, 0.6)
    p.t(36, 160, "EARNINGS", 9, bold=True)
    p.t(303, 160, "DEDUCTIONS", 9, bold=True)
    for k, (n, v) in enumerate(PH_EARN):
        p.t(36, 178 + 15 * k, n, 8.5)
        p.t(290, 178 + 15 * k, _m(v), 8.5, align="r")
    for k, (n, v) in enumerate(PH_DED):
        p.t(303, 178 + 15 * k, n, 8.5)
        p.t(558, 178 + 15 * k, _m(v), 8.5, align="r")
    p.t(36, 284, "GROSS PAY", 9, bold=True)
    p.t(290, 284, f"PHP {_m(gross)}", 9, bold=True, align="r")
    p.t(303, 284, "TOTAL DEDUCTIONS", 9, bold=True)
    p.t(558, 284, f"PHP {_m(ded)}", 9, bold=True, align="r")
    p.box(303, 296, 262, 24, fill=(0.92, 0.92, 0.92), stroke=(0, 0, 0), lw=0.6)
    p.t(310, 312, "NET PAY", 10, bold=True)
    p.t(558, 312, f"PHP {_m(net)}", 10, bold=True, align="r")
    p.t(36, 346, "Received by: ______________________", 8.5)
    p.t(36, 362, "I acknowledge receipt of the amount stated above as full payment for the period.", 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


NG_ROWS = [  # date, narration, signed amount
    ("03-OCT-2026", "POS PURCHASE SHOPRITE RING ROAD IBADAN", -18450.00),
    ("04-OCT-2026", "NIP TRF FROM ADEWALE OGUNDIPE", 25000.00),
    ("05-OCT-2026", "AIRTIME PURCHASE MTN 0803****118", -2000.00),
    ("06-OCT-2026", "ATM WDL CHALLENGE BRANCH", -40000.00),
    ("07-OCT-2026", "SMS ALERT CHARGES SEP 2026", -120.00),
    ("08-OCT-2026", "IBEDC PREPAID TOKEN", -15000.00),
    ("09-OCT-2026", "POS PURCHASE BODIJA MARKET STORES", -7300.00),
    ("10-OCT-2026", "NIP TRF TO KEHINDE FASHOLA", -30000.00),
    ("11-OCT-2026", "DSTV SUBSCRIPTION", -14700.00),
    ("13-OCT-2026", "POS PURCHASE MOBIL FILLING STN DUGBE", -22500.00),
    ("14-OCT-2026", "ATM WDL MOKOLA", -20000.00),
    ("15-OCT-2026", "WEB PURCHASE JUMIA NG", -11890.00),
    ("16-OCT-2026", "NIP TRF FROM OLUSEGUN FASHOLA", 15000.00),
    ("17-OCT-2026", "POS PURCHASE SHOPRITE RING ROAD IBADAN", -9875.50),
    ("18-OCT-2026", "STAMP DUTY", -50.00),
    ("20-OCT-2026", "ATM WDL CHALLENGE BRANCH", -20000.00),
    ("21-OCT-2026", "NIP TRF TO ADEOLA STORES", -6500.00),
    ("22-OCT-2026", "AIRTIME PURCHASE MTN 0803****118", -1500.00),
    ("23-OCT-2026", "POS PURCHASE BODIJA MARKET STORES", -12200.00),
    ("24-OCT-2026", "NIP TRF TO KEHINDE FASHOLA", -15000.00),
    ("25-OCT-2026", "WEB PURCHASE KONGA", -8650.00),
    ("27-OCT-2026", "SALARY OCT 2026 OLUYOLE AGRO MILLS LTD", 287450.00),
    ("28-OCT-2026", "NIP TRF TO ESTATE AGENT RENT", -120000.00),
    ("29-OCT-2026", "POS PURCHASE SHOPRITE RING ROAD IBADAN", -23640.00),
    ("30-OCT-2026", "ATM WDL MOKOLA", -30000.00),
    ("31-OCT-2026", "ACCOUNT MAINTENANCE FEE", -1120.50),
]
NG_OPEN = 248312.75


def en_stmt_ng_ibadan_two_page() -> tuple[bytes, dict]:
    """A Nigerian bank's STATEMENT OF ACCOUNT over two A4 pages: the customer block at the left and the account block
    (account no., currency NGN, period 01-OCT-2026 TO 31-OCT-2026) at the right, Trans Date | Value Date | Narration |
    Debit | Credit | Balance with balances as '123,456.78 CR', page 2 opening on 'Balance Brought Forward', the totals
    and the Closing Balance after the last row."""
    p = Page(A4)
    bal = _balances(NG_OPEN, [r[2] for r in NG_ROWS])
    closing = bal[-1]
    p.t(40, 50, "OKE-ADO COMMERCIAL BANK PLC", 14, bold=True, color=(0.45, 0.1, 0.45))
    p.t(40, 64, "Challenge Branch, Ibadan, Oyo State   RC 118274", 8, color=GREY)
    p.t(555, 50, "STATEMENT OF ACCOUNT", 12, bold=True, align="r")
    cust = ["OLUWASEUN ADEBAYO FASHOLA", "14 Adeoyo Street, Ring Road", "Ibadan, Oyo State"]
    acct = [("Account No.", "0214477390"), ("Account Type", "Savings"), ("Currency", "NGN"),
            ("Period", "01-OCT-2026 TO 31-OCT-2026"), ("Opening Balance", _crdr(NG_OPEN))]
    for k, line in enumerate(cust):
        p.t(40, 96 + 13 * k, line, 9, bold=k == 0)
    for k, (a, b) in enumerate(acct):
        p.t(330, 96 + 13 * k, a, 8.5, color=GREY)
        p.t(555, 96 + 13 * k, b, 8.5, align="r")
    widths = [62, 62, 175, 65, 65, 86]
    head = ["Trans Date", "Value Date", "Narration", "Debit", "Credit", "Balance"]
    aligns = ["l", "l", "l", "r", "r", "r"]

    def rows(part, bals):
        return [[r[0], r[0], r[1][:34], _m(-r[2]) if r[2] < 0 else "", _m(r[2]) if r[2] > 0 else "", _crdr(b)]
                for r, b in zip(part, bals, strict=True)]

    split = 20
    p.table(40, 176, widths, [head] + rows(NG_ROWS[:split], bal[:split]), rh=18, size=7.6, aligns=aligns,
            grid=False, hlines=True, head_fill=(0.93, 0.88, 0.93))
    p.t(297, 812, "Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    p.t(40, 50, "OKE-ADO COMMERCIAL BANK PLC", 10, bold=True, color=(0.45, 0.1, 0.45))
    p.t(555, 50, "Account No. 0214477390", 8.5, align="r")
    y = p.table(40, 66, widths, [head, ["", "", "Balance Brought Forward", "", "", _crdr(bal[split - 1])]]
                + rows(NG_ROWS[split:], bal[split:]), rh=18, size=7.6, aligns=aligns, grid=False, hlines=True,
                head_fill=(0.93, 0.88, 0.93))
    debit = _r(sum(-r[2] for r in NG_ROWS if r[2] < 0))
    credit = _r(sum(r[2] for r in NG_ROWS if r[2] > 0))
    for k, (a, b) in enumerate((("Total Debit", _m(debit)), ("Total Credit", _m(credit)),
                                ("Closing Balance", _crdr(closing)))):
        p.t(330, y + 22 + 15 * k, a, 9, bold=k == 2)
        p.t(555, y + 22 + 15 * k, b, 9, bold=k == 2, align="r")
    p.t(40, y + 90, "Please examine this statement and report any discrepancy within 15 days of receipt.", 7.5,
        color=GREY)
    p.t(297, 812, "Page 2 of 2", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


def en_other_uk_universal_credit_statement_screen() -> tuple[bytes, dict]:
    """Look-alike: a Universal Credit account's payment statement screen (PNG) for the assessment period 12 September
    to 11 October 2026: the standard allowance and the housing element, the earnings taken off, the payment date and
    amount. A benefit award's working, not an employer's income proof and not a proof of unemployment (she works part
    time: earnings are deducted)."""
    p = Page(PHONE)
    parts = [("Standard allowance", 400.14), ("Housing element", 525.00)]
    earnings = 612.40
    taper = _r((earnings - 411.00) * 0.55)
    pay = _r(sum(v for _k, v in parts) - taper)
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _status(p, "8:52")
    p.box(0, 44, 390, 46, fill=(0.04, 0.04, 0.04), stroke=None)
    p.t(20, 73, "GOV.UK", 14, bold=True, color=(1, 1, 1))
    p.t(20, 124, "Your statement", 20, bold=True)
    p.t(20, 148, "12 September to 11 October 2026", 11, color=GREY)
    p.box(20, 164, 350, 70, fill=(0.11, 0.44, 0.24), stroke=None)
    p.t(34, 190, "We will pay you", 12, color=(1, 1, 1))
    p.t(34, 220, f"£{_m(pay)}", 22, bold=True, color=(1, 1, 1))
    p.t(356, 220, "on 18 October 2026", 10.5, color=(1, 1, 1), align="r")
    y = 270
    p.t(20, y, "Your Universal Credit", 14, bold=True)
    for n, v in parts:
        y += 30
        p.t(20, y, n, 11.5)
        p.t(370, y, f"£{_m(v)}", 11.5, align="r")
        p.line(20, y + 10, 370, y + 10, 0.4, color=(0.8, 0.8, 0.8))
    y += 44
    p.t(20, y, "What we take off", 14, bold=True)
    for n, v in (("Earnings from Derwent Valley Bakery Ltd", earnings), ("Work allowance", -411.00),
                 ("Earnings reduction (55%)", taper)):
        y += 30
        p.t(20, y, n, 11 if len(n) < 30 else 10.5)
        p.t(370, y, ("-" if v < 0 else "") + f"£{_m(abs(v))}", 11.5, align="r")
        p.line(20, y + 10, 370, y + 10, 0.4, color=(0.8, 0.8, 0.8))
    y += 48
    p.t(20, y, "Claimant: Shona Ashworth", 11)
    p.t(20, y + 20, "Derby Jobcentre, Bramble House", 10, color=GREY)
    p.t(20, y + 56, "Report a change of circumstances", 11.5, color=(0.1, 0.3, 0.7))
    _home(p)
    return p.pdf(), {}


def _boxes(p: Page, x: float, y: float, s: str, size=10, w=13) -> float:
    """Characters in little boxes, as forms print dates and numbers."""
    for k, ch in enumerate(s):
        p.box(x + k * w, y - size, w - 1, size + 4, stroke=(0.3, 0.3, 0.3), lw=0.5)
        p.t(x + k * w + (w - 1) / 2, y, ch, size, align="c")
    return x + len(s) * w


def en_unemp_ca_saskatoon_record_of_employment() -> tuple[bytes, dict]:
    """A Record of Employment as an employer's payroll prints it (Letter): numbered blocks - serial number, employer's
    name and address, CRA business number, SIN, the employee's name and address, first day worked, last day for which
    paid and final pay period ending date in D D M M Y Y Y Y boxes, occupation, expected date of recall, insurable hours,
    reason for issuing (A - shortage of work), the issuer's name, telephone and the date issued (16 10 2026)."""
    p = Page(LETTER)
    p.t(40, 44, "Service Canada", 10, bold=True)
    p.t(572, 44, "RECORD OF EMPLOYMENT (ROE)", 13, bold=True, align="r")
    p.t(572, 58, "Protected B when completed", 7.5, align="r", color=GREY)

    def block(x, y, w, h, no, label, value="", size=9):
        p.box(x, y, w, h, stroke=(0, 0, 0), lw=0.6)
        p.t(x + 4, y + 10, f"{no}  {label}", 6.8, color=GREY)
        for k, line in enumerate(value.split("\n") if value else []):
            p.t(x + 8, y + 24 + 11 * k, line, size)

    block(40, 70, 176, 34, "1", "Serial No.", "W48817256")
    block(216, 70, 176, 34, "2", "Serial No. of ROE amended or replaced")
    block(392, 70, 180, 34, "3", "Employer's payroll reference no.", "PSGT-0871")
    block(40, 104, 352, 70, "4", "Employer's name and address",
          "PRAIRIE SKY GRAIN TERMINALS LTD.\n3110 Millar Avenue\nSaskatoon SK  S7K 6P9")
    block(392, 104, 180, 34, "5", "CRA business number", "81427 6630 RP0001")
    block(392, 138, 180, 36, "6", "Pay period type", "Bi-weekly")
    block(40, 174, 176, 34, "7", "Postal code", "S7K 6P9")
    block(216, 174, 356, 34, "8", "Social Insurance Number", "532 118 974")
    block(40, 208, 352, 70, "9", "Employee's name and address",
          "HARPREET KAUR SANDHU\n1207 Avenue P North\nSaskatoon SK  S7L 2W1")
    for k, (no, label, date) in enumerate((("10", "First day worked", "14032022"),
                                           ("11", "Last day for which paid", "09102026"),
                                           ("12", "Final pay period ending date", "11102026"))):
        y = 208 + k * 23.3
        p.box(392, y, 180, 23.3, stroke=(0, 0, 0), lw=0.6)
        p.t(396, y + 9, f"{no}  {label}", 6.5, color=GREY)
        _boxes(p, 452, y + 19, date, size=7.5, w=10)
    block(40, 278, 352, 34, "13", "Occupation", "Grain elevator operator")
    block(392, 278, 180, 34, "14", "Expected date of recall", "Unknown")
    block(40, 312, 262, 34, "15A", "Total insurable hours", "1,842")
    block(302, 312, 270, 34, "15B", "Total insurable earnings", "see block 15C")
    periods = [1964.40, 1964.40, 2038.05, 1964.40, 1890.75, 1964.40]
    block(40, 346, 532, 64, "15C", "Insurable earnings by pay period (most recent first)")
    for k, v in enumerate(periods):
        p.t(50 + k * 86, 384, f"P{k + 1}", 7, color=GREY)
        p.t(50 + k * 86, 398, _m(v), 9)
    block(40, 410, 532, 44, "16", "Reason for issuing this ROE", "A - Shortage of work / End of contract or season")
    block(40, 454, 532, 44, "17", "Vacation pay, statutory holiday pay or other monies", "A - Vacation pay  1,112.63")
    block(40, 498, 532, 46, "18", "Comments", "Seasonal lay-off at the end of the harvest intake.")
    block(40, 544, 262, 40, "19", "Paid sick/maternity/parental leave")
    block(302, 544, 270, 40, "20", "Communication preferred in", "English")
    block(40, 584, 262, 46, "21", "Telephone no.", "306-955-4410")
    block(302, 584, 270, 46, "22", "Issuer", "Lorraine Dufresne, Payroll Administrator")
    p.box(40, 630, 532, 40, stroke=(0, 0, 0), lw=0.6)
    p.t(44, 642, "Date issued", 6.8, color=GREY)
    _boxes(p, 120, 660, "16102026", size=9, w=13)
    p.t(260, 660, "D D M M Y Y Y Y", 7, color=GREY)
    p.t(40, 700, "The information on this form is collected under the Employment Insurance Act. Keep this copy.", 7.5,
        color=GREY)
    return p.pdf(), {}


KY = dict(weekly=412.00, weeks=16)


def en_unemp_us_kentucky_determination_letter() -> tuple[bytes, dict]:
    """A state unemployment office's NOTICE OF DETERMINATION (Letter): the office's address block, the mailing date
    10/20/2026, the claimant's address, a claim block (claim effective date, SSN last four, weekly benefit rate,
    maximum benefit amount), the finding (separated for lack of work: not disqualified), the appeal deadline."""
    p = Page(LETTER)
    p.t(40, 52, "Commonwealth of Kentucky", 9, color=GREY)
    p.t(40, 68, "Office of Unemployment Insurance", 14, bold=True, color=SLATE)
    p.t(40, 82, "Education and Labor Cabinet  |  P.O. Box 948  |  Frankfort, KY 40602", 8.5, color=GREY)
    p.t(572, 68, "NOTICE OF DETERMINATION", 12, bold=True, align="r")
    p.t(572, 82, "Mailing Date: 10/20/2026", 9.5, align="r")
    for k, line in enumerate(("LATRICE MAYHEW-BARNES", "422 Montgomery Avenue Apt 3", "Lexington KY 40508-1177")):
        p.t(60, 128 + 13 * k, line, 10)
    rows = [("Claimant", "Latrice Mayhew-Barnes"), ("SSN", "XXX-XX-6418"), ("Claim Effective Date", "10/04/2026"),
            ("Employer", "Bluegrass Harness & Trim LLC"), ("Weekly Benefit Rate", f"${_m(KY['weekly'])}"),
            ("Maximum Benefit Amount", f"${_m(KY['weekly'] * KY['weeks'])}")]
    y = 196
    for a, b in rows:
        p.box(60, y, 180, 19, fill=(0.93, 0.94, 0.96), stroke=(0.6, 0.6, 0.6), lw=0.4)
        p.box(240, y, 290, 19, stroke=(0.6, 0.6, 0.6), lw=0.4)
        p.t(66, y + 13, a, 9)
        p.t(246, y + 13, b, 9.5)
        y += 19
    paras = [
        "ISSUE: Separation from employment.",
        "FINDING OF FACT: The claimant was laid off on 10/02/2026 when the employer reduced its second shift for",
        "lack of work. The claimant did not quit and was not discharged for misconduct connected with the work.",
        "DETERMINATION: The claimant is NOT disqualified from receiving benefits. Benefits are payable beginning",
        "with the week ending 10/10/2026, provided all other eligibility requirements are met. You must request",
        "benefit payments every two weeks and continue to look for work.",
        "APPEAL RIGHTS: If you disagree with this determination, you may file an appeal. Your appeal must be",
        "received no later than 11/09/2026.",
    ]
    y += 28
    for ln in paras:
        head, _sep, rest = ln.partition(": ")
        if rest and head.isupper():
            w = p.t(60, y, head + ":", 9.5, bold=True)
            p.t(64 + w, y, rest, 9.5)
        else:
            p.t(60, y, ln, 9.5)
        y += 15
    p.t(60, y + 30, "Deputy ID: 2261     Determination No.: 0026-7741092", 9, color=GREY)
    p.t(60, y + 46, "Questions: 502-564-2900   kcc.ky.gov", 9, color=GREY)
    return p.pdf(), {}


KY_ROWS = [  # mm/dd/yy, description, signed amount
    ("10/01/26", "SHARE DRAFT 1187 LANDLORD", -725.00),
    ("10/03/26", "POS KROGER #0412 LEXINGTON", -84.37),
    ("10/06/26", "ACH KU ENERGY UTIL PMT", -112.48),
    ("10/08/26", "ACH BLUEGRASS HARNESS PAYROLL", 588.91),
    ("10/09/26", "POS SHELL OIL 5717 LEXINGTON", -41.20),
    ("10/13/26", "ATM WD WINCHESTER RD", -60.00),
    ("10/15/26", "ACH SPECTRUM CABLE", -69.99),
    ("10/16/26", "POS ELKHORN CREEK URGENT CARE", -75.00),
    ("10/20/26", "POS DOLLAR GENERAL #8842", -23.16),
    ("10/22/26", "ACH KY UI BENEFIT PAYMENT", 824.00),
    ("10/24/26", "POS KROGER #0412 LEXINGTON", -96.52),
    ("10/27/26", "ACH PROGRESSIVE INS", -118.00),
    ("10/29/26", "SHARE TRANSFER FROM SAVINGS", 150.00),
    ("10/31/26", "DIVIDEND", 0.14),
]
KY_OPEN = 1186.40


def en_stmt_us_kentucky_credit_union() -> tuple[bytes, dict]:
    """A Kentucky credit union's monthly statement (Letter): member and account at the top, STATEMENT PERIOD
    10/01/26 THRU 10/31/26, a SHARE DRAFT CHECKING section with an unruled Date | Transaction Description | Amount |
    Balance list where debits carry a trailing minus (725.00-), the section's Beginning and Ending balance lines, a
    short savings section below."""
    p = Page(LETTER)
    bal = _balances(KY_OPEN, [r[2] for r in KY_ROWS])
    closing = bal[-1]
    p.t(40, 52, "ELKHORN VALLEY FEDERAL CREDIT UNION", 13, bold=True, color=PINE)
    p.t(40, 66, "1840 Harrodsburg Road  Lexington KY 40504  (859) 277-3120", 8, color=GREY)
    p.t(572, 52, "MEMBER STATEMENT", 11, bold=True, align="r")
    p.t(572, 66, "STATEMENT PERIOD 10/01/26 THRU 10/31/26", 8.5, align="r")
    for k, line in enumerate(("LATRICE MAYHEW-BARNES", "422 MONTGOMERY AVE APT 3", "LEXINGTON KY 40508-1177")):
        p.t(60, 108 + 12 * k, line, 9)
    p.t(572, 108, "MEMBER NUMBER  308817", 9, align="r")
    p.t(40, 170, "SHARE DRAFT CHECKING   ACCOUNT 308817-09", 10, bold=True)
    p.line(40, 176, 572, 176, 0.8)
    p.t(40, 192, "DATE", 8, bold=True)
    p.t(100, 192, "TRANSACTION DESCRIPTION", 8, bold=True)
    p.t(470, 192, "AMOUNT", 8, bold=True, align="r")
    p.t(572, 192, "BALANCE", 8, bold=True, align="r")
    y = 210
    p.t(100, y, "BEGINNING BALANCE", 8.5)
    p.t(572, y, _m(KY_OPEN), 8.5, align="r")
    for (dt, desc, amt), b in zip(KY_ROWS, bal, strict=True):
        y += 15
        p.t(40, y, dt, 8.5, face="Courier")
        p.t(100, y, desc, 8.5, face="Courier")
        p.t(476, y, _trail(amt), 8.5, face="Courier", align="r")
        p.t(572, y, _m(b), 8.5, face="Courier", align="r")
    y += 20
    p.t(100, y, "ENDING BALANCE", 8.5, bold=True)
    p.t(572, y, _m(closing), 8.5, bold=True, align="r")
    debits = _r(sum(-r[2] for r in KY_ROWS if r[2] < 0))
    credits = _r(sum(r[2] for r in KY_ROWS if r[2] > 0))
    p.t(100, y + 16, f"{sum(r[2] < 0 for r in KY_ROWS)} DEBITS {_m(debits)}    {sum(r[2] > 0 for r in KY_ROWS)} "
        f"CREDITS {_m(credits)}", 8, color=GREY)
    y += 48
    p.t(40, y, "REGULAR SHARE SAVINGS   ACCOUNT 308817-00", 10, bold=True)
    p.line(40, y + 6, 572, y + 6, 0.8)
    for k, (dt, desc, amt, b) in enumerate((("10/01/26", "BEGINNING BALANCE", "", "255.31"),
                                            ("10/29/26", "SHARE TRANSFER TO DRAFT", "150.00-", "105.31"),
                                            ("10/31/26", "DIVIDEND", "0.03 ", "105.34"))):
        p.t(40, y + 22 + 15 * k, dt, 8.5, face="Courier")
        p.t(100, y + 22 + 15 * k, desc, 8.5, face="Courier")
        p.t(476, y + 22 + 15 * k, amt, 8.5, face="Courier", align="r")
        p.t(572, y + 22 + 15 * k, b, 8.5, face="Courier", align="r")
    p.t(40, 750, "Federally insured by NCUA. Report errors within 60 days of the statement date.", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(closing)}


UC_CHARGES = [("99214", "Office/outpatient visit, est. moderate", 245.00), ("87880", "Strep A rapid test", 38.00),
              ("73610", "X-ray ankle, 3 views", 156.00), ("29515", "Short leg splint application", 112.00),
              ("L4361", "Walking boot, pneumatic", 96.00)]
UC_ADJ = -142.65
UC_PAID = -75.00


def en_med_us_kentucky_urgent_care_bill() -> tuple[bytes, dict]:
    """An urgent-care clinic's patient statement (Letter, top part): statement date 11/03/2026 and AMOUNT DUE in a box
    top right, the guarantor's address, the visit of 10/14/2026 as CPT | Description | Charge rows, then a self-pay
    adjustment and the payment at the visit in parentheses, the balance; a tear-off remittance slip at the foot."""
    p = Page(LETTER)
    charges = _r(sum(v for *_x, v in UC_CHARGES))
    due = _r(charges + UC_ADJ + UC_PAID)
    p.t(40, 52, "Elkhorn Creek Urgent Care, PLLC", 14, bold=True, color=WINE)
    p.t(40, 66, "2350 Sir Barton Way, Suite 110  Lexington KY 40509  (859) 309-4471", 8, color=GREY)
    p.box(392, 84, 180, 64, stroke=(0, 0, 0), lw=0.8)
    for k, (a, b) in enumerate((("Statement Date", "11/03/2026"), ("Account No.", "ECU-0093318"),
                                ("AMOUNT DUE", f"${_m(due)}"))):
        p.t(400, 100 + 18 * k, a, 8.5, bold=k == 2)
        p.t(564, 100 + 18 * k, b, 9, bold=k == 2, align="r")
    for k, line in enumerate(("LATRICE MAYHEW-BARNES", "422 MONTGOMERY AVE APT 3", "LEXINGTON KY 40508-1177")):
        p.t(60, 100 + 12 * k, line, 9)
    p.t(40, 182, "Patient: Latrice Mayhew-Barnes     Date of service: 10/14/2026     Provider: R. Okafor, PA-C", 9)
    y = 200
    p.line(40, y, 572, y, 0.6)
    p.t(44, y + 13, "Code", 8.5, bold=True)
    p.t(110, y + 13, "Description", 8.5, bold=True)
    p.t(566, y + 13, "Amount", 8.5, bold=True, align="r")
    p.line(40, y + 18, 572, y + 18, 0.6)
    y += 18
    for code, desc, v in UC_CHARGES:
        y += 16
        p.t(44, y, code, 8.5)
        p.t(110, y, desc, 8.5)
        p.t(566, y, _paren(v), 8.5, align="r")
    for desc, v in (("Self-pay discount (uninsured)", UC_ADJ), ("Patient payment 10/14/2026 - Visa", UC_PAID)):
        y += 16
        p.t(110, y, desc, 8.5, color=(0.2, 0.2, 0.2))
        p.t(566, y, _paren(v), 8.5, align="r")
    y += 10
    p.line(380, y, 572, y, 0.6)
    for k, (a, v) in enumerate((("Total charges", charges), ("Adjustments and payments", _r(UC_ADJ + UC_PAID)),
                                ("Balance due", due))):
        p.t(390, y + 16 + 15 * k, a, 9, bold=k == 2)
        p.t(566, y + 16 + 15 * k, _paren(v), 9, bold=k == 2, align="r")
    p.t(40, y + 80, "Payment plans are available. Call our billing office Mon-Fri 8am-5pm.", 8.5, color=GREY)
    p.line(20, 560, 592, 560, 0.5, dash=(4, 3))
    p.t(40, 580, "Please detach and return with your payment", 8, color=GREY)
    p.t(40, 600, "Account No. ECU-0093318", 9)
    p.t(572, 600, f"Amount due ${_m(due)}     Amount enclosed $________", 9, align="r")
    return p.pdf(), {"total": _s(charges), "own": _s(due)}


AU_ITEMS = [("Theatre fee - Band 4", 1680.00), ("Day surgery accommodation", 595.00),
            ("Prosthesis - 30475 laparoscopic mesh", 412.80), ("Pharmacy - discharge medication", 48.60),
            ("Surgeon's fee - MBS item 30609", 1450.00), ("Anaesthetist's fee - MBS item 20752", 620.00)]
AU_FUND = 2520.40
AU_MEDICARE = 965.25


def en_med_au_wollongong_private_hospital_invoice() -> tuple[bytes, dict]:
    """A private hospital's TAX INVOICE / ACCOUNT for a day-surgery admission (A4): the hospital's ABN, invoice date
    '4 November 2026', the patient, admission 28/10/2026, the fund and Medicare numbers; items with GST-free marks,
    Total charges, Less: health fund benefit, Less: Medicare benefit (75% of the schedule fee), Balance payable by
    patient, BPAY details."""
    p = Page(A4)
    total = _r(sum(v for _k, v in AU_ITEMS))
    due = _r(total - AU_FUND - AU_MEDICARE)
    p.t(40, 54, "Illawarra Escarpment Private Hospital", 15, bold=True, color=SLATE)
    p.t(40, 68, "41 Gipps Road, Keiraville NSW 2500   ABN 62 118 447 903", 8.5, color=GREY)
    p.t(555, 54, "TAX INVOICE / ACCOUNT", 12, bold=True, align="r")
    kv = [("Invoice No.", "IEP-4417722"), ("Invoice date", "4 November 2026"), ("Admission", "28/10/2026 (day case)"),
          ("Patient", "Bronwyn McAlister"), ("Medicare No.", "2947 61183 2-1"), ("Health fund", "Coastal Mutual Health")]
    for k, (a, b) in enumerate(kv):
        x = 40 if k < 3 else 310
        yy = 100 + 15 * (k % 3)
        p.t(x, yy, a, 8.5, color=GREY)
        p.t(x + 90, yy, b, 9)
    y = 160
    p.box(40, y, 515, 18, fill=(0.9, 0.92, 0.95), stroke=None)
    p.t(46, y + 13, "Description", 8.5, bold=True)
    p.t(420, y + 13, "GST", 8.5, bold=True)
    p.t(549, y + 13, "Amount (AUD)", 8.5, bold=True, align="r")
    y += 18
    for n, v in AU_ITEMS:
        y += 17
        p.t(46, y, n, 9)
        p.t(420, y, "free", 8.5, color=GREY)
        p.t(549, y, _m(v), 9, align="r")
    y += 14
    p.line(300, y, 555, y, 0.6)
    for k, (a, v) in enumerate((("Total charges", total), ("Less: Health fund benefit", -AU_FUND),
                                ("Less: Medicare benefit", -AU_MEDICARE), ("Balance payable by patient", due))):
        p.t(310, y + 18 + 17 * k, a, 9.5, bold=k in (0, 3))
        p.t(549, y + 18 + 17 * k, (f"-{_m(-v)}" if v < 0 else _m(v)), 9.5, bold=k in (0, 3), align="r")
    y += 100
    p.t(40, y, "Payment due by 2 December 2026.  BPAY Biller code 448812  Ref 44177220", 9)
    p.t(40, y + 16, "Medicare benefit is 75% of the MBS schedule fee for in-hospital services; the gap is payable by "
        "you.", 8, color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(due)}


def _ie_rows() -> list[tuple[str, str, float]]:
    return [("01 Oct 2026", "DD ELECTRIC IRELAND", -96.40), ("02 Oct 2026", "POS DUNNES STORES CASTLETROY", -74.18),
            ("06 Oct 2026", "SO RENT M HARTIGAN", -1150.00), ("07 Oct 2026", "POS CIRCLE K DUBLIN RD", -55.00),
            ("09 Oct 2026", "ATM LIMERICK O'CONNELL ST", -100.00), ("13 Oct 2026", "DD VODAFONE IRELAND", -45.00),
            ("15 Oct 2026", "POS ALDI RAHEEN", -61.35), ("20 Oct 2026", "DD VHI HEALTHCARE", -88.27),
            ("22 Oct 2026", "POS TESCO CRESCENT SC", -47.90), ("24 Oct 2026", "FEE UNPAID ITEM", -12.50),
            ("27 Oct 2026", "TFR FROM S HICKEY", 150.00), ("30 Oct 2026", "POS LIDL DOORADOYLE", -38.42),
            ("31 Oct 2026", "SALARY CASTLETROY PRECISION", _ie()["net"])]


IE_OPEN = 1314.06


def en_stmt_ie_limerick_bank_landscape() -> tuple[bytes, dict]:
    """An Irish co-operative bank's current account statement (A4 landscape): IBAN and BIC in a band, the account
    holder's address at the left and 'Statement date 3rd November 2026' at the right, Date | Details | Paid out |
    Paid in | Balance where an overdrawn balance is printed with DR, 'Balance forward' first and 'Closing balance' at
    the end of the list."""
    p = Page(landscape(A4))
    rows = _ie_rows()
    bal = _balances(IE_OPEN, [r[2] for r in rows])
    closing = bal[-1]

    def b(v):
        return f"{_m(abs(v))}DR" if v < 0 else _m(v)

    p.t(40, 48, "Mid-West Co-operative Bank DAC", 15, bold=True, color=PINE)
    p.t(40, 62, "Henry Street Branch, Limerick   Regulated by the Central Bank of Ireland", 8, color=GREY)
    p.t(800, 48, "Current Account Statement", 12, bold=True, align="r")
    p.t(800, 62, f"Statement date {_ord(3)} November 2026   Statement no. 118", 8.5, align="r")
    p.box(40, 74, 762, 22, fill=(0.9, 0.95, 0.92), stroke=None)
    p.t(48, 89, "IBAN  IE64 MWCB 9904 1752 8360 14", 9.5, bold=True)
    p.t(330, 89, "BIC  MWCBIE2L", 9.5)
    p.t(520, 89, "Account No. 52836014    NSC 99-04-17", 9.5)
    for k, line in enumerate(("Ms Gráinne Hickey", "22 Elm Park, Castletroy", "Limerick V94 Y6X3")):
        p.t(48, 118 + 12 * k, line, 9)
    p.t(800, 118, "Period  1st October 2026 to 31st October 2026", 9, align="r")
    p.t(800, 132, "Arranged overdraft limit  500.00", 8.5, align="r", color=GREY)
    widths = [80, 330, 110, 110, 132]
    body = [["Date", "Details", "Paid out", "Paid in", "Balance"], ["01 Oct 2026", "Balance forward", "", "",
                                                                   b(IE_OPEN)]]
    body += [[d, t, _m(-a) if a < 0 else "", _m(a) if a > 0 else "", b(bb)] for (d, t, a), bb in
             zip(rows, bal, strict=True)]
    body.append(["31 Oct 2026", "Closing balance", "", "", b(closing)])
    p.table(40, 170, widths, body, rh=18, size=8.5, aligns=["l", "l", "r", "r", "r"], grid=False, hlines=True,
            head_fill=(0.9, 0.95, 0.92))
    p.t(40, 560, "DR = overdrawn. Interest on overdrawn balances is charged at 11.85% variable. Page 1 of 1", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _s(closing)}


def _nz_rows() -> list[tuple[int, str, float]]:
    return [(1, "AP Rent - Harbour Property Mgmt", -420.00), (2, "Eftpos PAK'nSAVE Tauranga", -132.61),
            (2, "Wage TE PUNA ORCHARD", 1312.44), (6, "DD Mercury Energy", -88.40), (8, "AP Rent - Harbour Property Mgmt",
                                                                                 -420.00),
            (10, "Eftpos Z Cameron Road", -70.00), (13, "Visa Purchase Warehouse Bayfair", -49.98),
            (15, "AP Rent - Harbour Property Mgmt", -420.00), (16, "Wage TE PUNA ORCHARD", 1298.06),
            (17, "DD One NZ Mobile", -39.00), (20, "Eftpos Countdown Greerton", -101.77),
            (22, "AP Rent - Harbour Property Mgmt", -420.00), (24, "ATM Withdrawal Tauranga CBD", -60.00),
            (27, "Eftpos PAK'nSAVE Tauranga", -94.23), (29, "AP Rent - Harbour Property Mgmt", -420.00),
            (30, "Wage TE PUNA ORCHARD", _nz()["net"]), (31, "Account fee", -5.00)]


NZ_OPEN = 367.52


def en_stmt_nz_tauranga_building_society() -> tuple[bytes, dict]:
    """A building society's transaction account statement (A4): 'Statement period 1st October 2026 to 31st October
    2026', account 03-0437-0218840-00, an unruled list Date | Particulars | Amount | Balance with one signed amount
    column where withdrawals sit in parentheses and dates are '1st Oct', opening and closing balances at the top right
    and again as the first and last lines."""
    p = Page(A4)
    rows = _nz_rows()
    bal = _balances(NZ_OPEN, [r[2] for r in rows])
    closing = bal[-1]
    p.t(40, 52, "Western Bay Building Society", 15, bold=True, color=(0.0, 0.35, 0.55))
    p.t(40, 66, "PO Box 13022, Tauranga Central 3141   0800 932 776", 8, color=GREY)
    for k, line in enumerate(("MEREANA PAEWAI", "7/51 Fraser Street", "Tauranga South 3112")):
        p.t(60, 104 + 12 * k, line, 9)
    p.box(330, 92, 225, 66, fill=(0.93, 0.96, 0.98), stroke=None)
    for k, (a, v) in enumerate((("Opening balance", _m(NZ_OPEN)), ("Closing balance", _m(closing)),
                                ("Account", "03-0437-0218840-00"), ("Type", "Everyday Saver"))):
        p.t(338, 106 + 14 * k, a, 8.5, color=GREY)
        p.t(549, 106 + 14 * k, v, 8.5, align="r", bold=k == 1)
    p.t(40, 182, f"Statement period {_ord(1)} October 2026 to {_ord(31)} October 2026", 10, bold=True)
    y = 206
    for x, h, a in ((40, "Date", "l"), (110, "Particulars", "l"), (460, "Amount", "r"), (555, "Balance", "r")):
        p.t(x, y, h, 8.5, bold=True, align=a)
    p.line(40, y + 5, 555, y + 5, 0.5)
    y += 20
    p.t(40, y, f"{_ord(1)} Oct", 8.5)
    p.t(110, y, "Opening balance", 8.5)
    p.t(555, y, _m(NZ_OPEN), 8.5, align="r")
    for (day, desc, amt), bb in zip(rows, bal, strict=True):
        y += 16
        p.t(40, y, f"{_ord(day)} Oct", 8.5)
        p.t(110, y, desc, 8.5)
        p.t(460, y, _paren(amt), 8.5, align="r")
        p.t(555, y, _m(bb), 8.5, align="r")
    y += 16
    p.t(40, y, f"{_ord(31)} Oct", 8.5)
    p.t(110, y, "Closing balance", 8.5, bold=True)
    p.t(555, y, _m(closing), 8.5, bold=True, align="r")
    p.t(40, 800, "Amounts in brackets are withdrawals. Please check this statement and tell us of any error.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _s(closing)}


def en_other_ca_credit_card_statement() -> tuple[bytes, dict]:
    """Look-alike: a Canadian credit card statement (Letter): statement date, payment due date, minimum payment and
    new balance in a box, Trans. date | Posting date | Description | Amount with payments as negatives, previous
    balance, purchases, interest: what is owed on a card, not an account's statement."""
    p = Page(LETTER)
    rows = [("Oct 02", "Oct 03", "PAYMENT - THANK YOU", -650.00), ("Oct 04", "Oct 05", "CO-OP GAS BAR SASKATOON", 71.25),
            ("Oct 09", "Oct 10", "SOBEYS #4417 SASKATOON", 143.88), ("Oct 15", "Oct 16", "SASKTEL MOBILITY", 82.40),
            ("Oct 21", "Oct 22", "AMAZON.CA MARKETPLACE", 56.99), ("Oct 24", "Oct 24", "PURCHASE INTEREST 20.99%", 18.72)]
    prev = 1240.16
    new = _r(prev + sum(r[3] for r in rows))
    p.t(40, 52, "NORTHERN LIGHTS MASTERCARD", 14, bold=True, color=(0.6, 0.1, 0.1))
    p.t(40, 66, "Issued by Prairie Trust Card Services", 8, color=GREY)
    p.t(40, 100, "HARPREET KAUR SANDHU", 9)
    p.t(40, 112, "Card ending 5521", 9)
    p.box(352, 84, 220, 80, stroke=(0, 0, 0), lw=0.8)
    for k, (a, b) in enumerate((("Statement date", "Oct 26, 2026"), ("Payment due date", "Nov 16, 2026"),
                                ("Minimum payment", f"${_m(max(10.0, _r(new * 0.03)))}"), ("New balance", f"${_m(new)}"))):
        p.t(360, 100 + 17 * k, a, 9, bold=k == 3)
        p.t(564, 100 + 17 * k, b, 9, bold=k == 3, align="r")
    body = [["Trans. date", "Posting date", "Description", "Amount ($)"]] + [[a, b, c, _m(d)] for a, b, c, d in rows]
    y = p.table(40, 190, [80, 80, 262, 110], body, rh=19, size=9, aligns=["l", "l", "l", "r"], grid=False,
                hlines=True)
    for k, (a, v) in enumerate((("Previous balance", prev), ("Payments and credits", -650.00),
                                ("Purchases and charges", _r(sum(r[3] for r in rows[1:5]))),
                                ("Interest", 18.72), ("New balance", new))):
        p.t(352, y + 22 + 15 * k, a, 9, bold=k == 4)
        p.t(572, y + 22 + 15 * k, _m(v), 9, bold=k == 4, align="r")
    p.t(40, y + 120, "Credit limit $3,000.00   Available credit $" + _m(_r(3000 - new)), 8.5, color=GREY)
    return p.pdf(), {}


def en_other_uk_mortgage_annual_statement() -> tuple[bytes, dict]:
    """Look-alike: a building society's ANNUAL MORTGAGE STATEMENT (A4): the borrowers, the property, the year 1 January
    to 31 December 2025, a ruled ledger Date | Description | Debit | Credit | Balance owed (a running balance of what is
    owed), the interest rate and term remaining: a loan's yearly account, not a bank statement."""
    p = Page(A4)
    bal = 148220.17
    rows = [("01/01/2025", "Balance brought forward", None, None)]
    for m in range(1, 13):
        interest = _r(bal * 0.0429 / 12)
        rows.append((f"{28:02d}/{m:02d}/2025", "Interest charged", interest, None))
        rows.append((f"{28:02d}/{m:02d}/2025", "Monthly payment received", None, 842.36))
    body, run = [], bal
    for d, desc, dr, cr in rows:
        run = _r(run + (dr or 0) - (cr or 0))
        body.append([d, desc, _m(dr) if dr else "", _m(cr) if cr else "", _m(run)])
    p.t(40, 52, "Wensum & Yare Building Society", 15, bold=True, color=(0.25, 0.15, 0.45))
    p.t(40, 66, "Tombland House, Norwich NR3 1HF", 8.5, color=GREY)
    p.t(555, 52, "ANNUAL MORTGAGE STATEMENT", 11, bold=True, align="r")
    p.t(555, 66, "1 January 2025 to 31 December 2025", 9, align="r")
    p.t(40, 96, "Mr D and Mrs J Pennington", 9.5)
    p.t(40, 109, "Property: 14 Gertrude Road, Norwich NR3 4SB", 9)
    p.t(555, 96, "Mortgage account 7701-448213-01", 9, align="r")
    p.t(555, 109, "Product: 2-year fixed 4.29% to 31/03/2026", 9, align="r")
    p.table(40, 126, [70, 200, 75, 75, 95], [["Date", "Description", "Debit", "Credit", "Balance owed"]] + body,
            rh=14.5, size=7.8, aligns=["l", "l", "r", "r", "r"])
    p.t(40, 528 + 14.5 * 2 + 12, f"Balance outstanding at 31 December 2025: £{_m(run)}   Term remaining: 17 years 3 months",
        9, bold=True)
    p.t(40, 590, "Your home may be repossessed if you do not keep up repayments on your mortgage.", 8.5, color=GREY)
    return p.pdf(), {}


def en_other_uk_council_tax_bill() -> tuple[bytes, dict]:
    """Look-alike: a city council's COUNCIL TAX BILL 2026/27 (A4, top part): the property's band, the annual charge
    split into county, police, fire and the city's parts, less the single person discount, the instalments month by
    month: a local tax bill."""
    p = Page(A4)
    parts = [("Derby City Council", 1712.44), ("Police and Crime Commissioner", 262.53),
             ("Derbyshire Fire & Rescue", 96.87)]
    gross = _r(sum(v for _k, v in parts))
    disc = _r(gross * 0.25)
    net = _r(gross - disc)
    p.t(40, 52, "Derby City Council", 15, bold=True)
    p.t(555, 52, "COUNCIL TAX BILL 2026/27", 12, bold=True, align="r")
    p.t(555, 66, "Date of issue: 9 March 2026", 9, align="r")
    for k, line in enumerate(("Ms S Ashworth", "Flat 3, 118 Normanton Road", "Derby DE23 6UY")):
        p.t(60, 100 + 12 * k, line, 9.5)
    p.t(555, 100, "Account reference 60441827", 9, align="r")
    p.t(555, 113, "Property band B", 9, align="r")
    y = 160
    for n, v in parts:
        p.t(60, y, n, 9.5)
        p.t(400, y, _m(v), 9.5, align="r")
        y += 16
    p.line(300, y - 8, 400, y - 8, 0.5)
    for n, v in (("Annual charge", gross), ("Less single person discount 25%", -disc), ("Amount payable", net)):
        y += 6
        p.t(60, y, n, 9.5, bold=n == "Amount payable")
        p.t(400, y, (f"-{_m(-v)}" if v < 0 else _m(v)), 9.5, align="r", bold=n == "Amount payable")
        y += 12
    y += 20
    p.t(60, y, "Instalments", 10, bold=True)
    first = _r(net - 9 * round(net / 10, 0))
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"]
    for k, mth in enumerate(months):
        v = first if k == 0 else round(net / 10, 0)
        p.t(60 + (k % 5) * 95, y + 18 + 14 * (k // 5), f"1 {mth}  £{_m(v)}", 9)
    p.t(60, y + 64, "Pay by Direct Debit to spread the cost. If you are on a low income you may get Council Tax "
        "Support.", 8.5, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: labels by construction

DIM = dict(desk="dark", angle=-5.5, persp=0.1, blur=1.2, quality=60, exposure=0.68, falloff=0.6, shadow=0.35)

DOCS: dict[str, dict] = {
    "zh-income-luan-sick-pay-certificate": dict(
        draw=zh_income_luan_sick_pay_certificate, type="income_proof", lang="zh",
        fields={"employer": "六安皖西纺织科技有限公司", "employee": "储雪芹", "monthly_income": "1648.00",
                "date": "2026-11-05"},
        forms={"text": {}, "photo": dict(desk="wood", angle=3.1, persp=0.08, blur=1.05, quality=64, hand="bottom",
                                         falloff=0.45)},
        note="a textile mill's 病假工资证明 in prose with the unit's seal: sick leave from 2026年9月14日, 病假工资 at 80% "
             "of the 2,060元 minimum wage = 1,648.00元 a month in ¥ and 大写, her former monthly wage of 4,350元 stated "
             "before it, dated 2026年11月5日 (an income proof: what she is paid a month now)"),
    "zh-pay-luohe-ride-hailing-income-screen": dict(
        draw=zh_pay_luohe_ride_hailing_income_screen, type="payslip", lang="zh",
        fields={"employer": "漯河沙澧出行汽车服务有限公司", "employee": "郜建伟", "period": "2026-10",
                "gross_pay": "9607.90", "net_pay": "7172.63"},
        forms={"image": {}},
        note="a ride-hailing fleet's driver app 收入明细 screen (PNG) for 2026年10月: the driver and 所属公司 at the top, "
             "本月实际到账 large in a dark card, 收入 lines (orders by kind with counts, bonuses) under 收入合计 and 扣除 "
             "lines (platform fee, fleet fee, insurance) under 扣除合计; a payslip, since it states one month's "
             "earnings before and after what is taken off, from the company the driver works through"),
    "zh-unemp-chifeng-registration-card-page": dict(
        draw=zh_unemp_chifeng_registration_card_page, type="unemployment_proof", lang="zh",
        fields={"person": "包海英", "issuer": "赤峰市红山区公共就业服务中心", "date": "2026-03-16"},
        forms={"photo": dict(desk="cloth", angle=-2.7, persp=0.08, blur=1.1, quality=63, hand="right",
                             falloff=0.5, exposure=0.88)},
        note="an inner page of a 就业失业登记证 booklet photographed: holder and 证号, a ruled 就业登记 table (2021年5月6日) "
             "and a 失业登记 table whose one row reads 2026年3月16日 | 劳动合同解除 under the office's seal; registered "
             "in March, more than 180 days before the as-of date (stale)"),
    "zh-unemp-huanggang-benefit-approval-notice": dict(
        draw=zh_unemp_huanggang_benefit_approval, type="unemployment_proof", lang="zh",
        fields={"person": "詹秋实", "issuer": "黄冈市黄州区社会保险服务中心", "date": ["2026-10-22", "2026-09-30"]},
        forms={"text": {}, "scan": {}},
        note="a 失业保险金领取核定通知书: the claimant's particulars as a ruled grid of two label/value pairs a row (原工作单位 "
             "a building-materials firm, 失业日期 2026年9月30日, 失业登记日期 2026年10月9日), 14 months at 1,530.00元 a "
             "month, the social-insurance centre's seal over 2026年10月22日"),
    "zh-stmt-huanggang-rcc-two-page": dict(
        draw=zh_stmt_huanggang_rcc_two_page, type="bank_statement", lang="zh",
        fields={"bank": ["黄冈市黄州区农村信用合作联社", "黄州区农村信用合作联社"], "account_holder": "詹秋实",
                "account_number": "6228360211400572916", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "5723.55"},
        forms={"text": {}, "scan": {}},
        note="a rural credit co-operative's 活期存款对账单 over two A4 pages: column heads over two lines (交易/日期, 凭证/种类, "
             "支出/金额, 存入/金额, 账户/余额, 对方/户名), 26/10/02 dates (yy/mm/dd), 本页小计 at the foot of page 1, page 2 "
             "opening on 承前页余额, the totals and 期末余额 after the last row, the 业务专用章; the last wage, the "
             "severance and the first 失业保险金 among the credits"),
    "zh-stmt-luan-village-bank-landscape": dict(
        draw=zh_stmt_luan_village_bank_landscape, type="bank_statement", lang="zh",
        fields={"bank": ["六安裕安皖融村镇银行股份有限公司", "六安裕安皖融村镇银行"], "account_holder": "储雪芹",
                "account_number": "623175900208137462", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1897.27"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-2.0, persp=0.07, blur=1.05, quality=65,
                                         shadow=0.3, dpi=170)},
        note="a village bank's 客户账户交易明细 on A4 landscape: particulars as key/value pairs three to a row, 期初余额 and "
             "期末余额 on one line above the table, 序号 | 交易时间 | 借贷 | 交易金额 | 账户余额 | 摘要 | 对方户名 | 对方账号 | "
             "交易渠道 (借/贷 flags, unsigned amounts, the balance before the description), 2026.10.10 08:30:00 times, "
             "rules only between rows, the sick pay credited on the 10th"),
    "zh-stmt-luohe-city-bank-app-screen": dict(
        draw=zh_stmt_luohe_city_bank_app_screen, type="bank_statement", lang="zh",
        fields={"bank": "漯河澧河商业银行", "account_number": ["3308"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "4163.83"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a city bank's app 交易明细 screen (PNG): a red card showing 尾号3308 and the holder masked as *建伟 (absent), "
             "a 2026年10月1日-2026年10月31日 chip, 收入 and 支出 totals, entries newest first with 2026年10月31日 dates, "
             "signed amounts and 余额 under each; the weekly fleet settlements and the hospital payment among them"),
    "zh-other-alipay-income-expense-proof": dict(
        draw=zh_other_alipay_income_expense_proof, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a 支付宝收支明细证明 (A4 landscape): 证明编号, the masked account and name, the period, counts and "
             "sums of 收入 and 支出, then 收/支 | 交易对方 | 商品说明 | 收/付款方式 | 金额 | 交易订单号 | 交易时间 with no "
             "balance column, the platform's e-seal: a payment platform's record, not a bank's statement of an "
             "account (the interface's bank_statement is a bank's)"),
    "zh-med-luohe-outpatient-e-bill": dict(
        draw=zh_med_luohe_outpatient_e_bill, type="medical_bill", lang="zh",
        fields={"provider": "漯河市沙北中心医院", "patient": "郜建伟", "date": "2026-10-21",
                "total": ["595.86", "304.18"]},
        forms={"text": {}, "image": {}},
        note="an outpatient 医疗收费票据（电子） (240 x 140 mm): 票据代码 / 交款人统一社会信用代码 / 交款人 at the left, "
             "票据号码 / 校验码 / 开票日期 2026-10-21 at the right, items as 项目名称 | 金额 | 备注 two to a row, 金额合计 "
             "in 大写 and 小写, 其他信息 with 医保统筹基金支付 and 个人现金支付, the 财务专用章; the image is the PDF "
             "rendered as a phone shows it"),
    "zh-med-zhaotong-pharmacy-till-slip": dict(
        draw=zh_med_zhaotong_pharmacy_till_slip, type="medical_bill", lang="zh",
        fields={"provider": ["昭通康源大药房连锁", "昭通康源大药房连锁昭阳区珠泉路店"], "date": "2026-10-26",
                "total": "98.70"},
        absent=["patient"],
        forms={"photo": dict(desk="dark", angle=4.0, persp=0.09, blur=1.15, quality=61, exposure=0.8, dpi=260,
                             crumple=0.55, falloff=0.5, margin=0.3)},
        note="a chain pharmacy's 58 mm 销售小票 photographed crumpled on a dark table: 单号, 收银员, 时间 2026-10-26 "
             "19:42:08, items with 规格 under each name and 数量×单价 金额, 应收 / 医保个账 / 现金 / 找零, a member card "
             "masked and no name (patient absent); a receipt for medicine bought, so a medical bill as earlier sets "
             "decided"),
    "zh-med-luan-inpatient-insurance-settlement": dict(
        draw=zh_med_luan_inpatient_insurance_settlement, type="medical_bill", lang="zh",
        fields={"provider": "六安市裕安区第二人民医院", "patient": "储雪芹", "date": ["2026-09-24", "2026-09-14"],
                "total": ["12818.56", "4569.94"]},
        forms={"scan": {}, "photo": dict(desk="wood", angle=-1.9, persp=0.07, blur=1.05, quality=64, fold=0.5,
                                         falloff=0.45)},
        note="a county hospital's 基本医疗保险住院费用结算单 (A4): particulars three to a row (入院 2026-09-14, 出院 and "
             "结算 2026-09-24), fees by class in a ruled four-column table (项目 | 金额 | 项目 | 金额), then 医疗费总额, "
             "全自费金额, 起付标准, 统筹基金支付, 大病保险支付 and 个人现金支付 as boxed pairs, the cash share in 大写, "
             "the 结算专用章"),
    "zh-other-consumer-finance-loan-schedule": dict(
        draw=zh_other_online_loan_repayment_schedule, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a consumer-finance app's 借款还款计划表: 借款编号, 借款金额 15,000.00, 月利率 and 12期, then "
             "期数 | 应还日期 | 应还本金 | 应还利息 | 应还总额 | 剩余本金 | 状态 (a running column of principal still owed): a "
             "loan's schedule, not an account's statement"),
    "zh-other-fuyang-credit-card-bill": dict(
        draw=zh_other_credit_card_bill, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=1.6, persp=0.06, blur=1.0, quality=66, fold=0.33)},
        note="look-alike: a bank's 信用卡对账单: 账单日 / 到期还款日 / 本期应还金额 / 最低还款额 in a band, 交易日 | 记账日 | "
             "交易摘要 | 卡号末四位 | 交易金额 with the repayment negative, 上期应还 - 本期还款 + 本期新增 = 本期应还: what is "
             "owed on a card, not a bank account's statement"),
    "zh-other-fuyang-estate-fee-notice": dict(
        draw=zh_other_property_fee_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="wood", angle=-3.2, persp=0.08, blur=1.1, quality=62, exposure=0.85, hand="right")},
        note="look-alike: an estate's 物业费缴费通知单 (A5 landscape): the flat, 物业服务费 as area × rate × 3 months, 公摊水电费, "
             "地下车位管理费, 合计, the deadline and the property company's seal: a bill for a flat's fees"),
    "zh-other-shangqiu-phone-bill-screen": dict(
        draw=zh_other_phone_bill_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a carrier app's 我的账单 screen (PNG) for 2026年10月: the masked number, 本月消费 large over a "
             "ring chart, 套餐及固定费 / 语音通信费 / 上网费 / 增值业务费 / 代收费 with amounts, 合计 and 实时余额: a phone bill"),
    "en-pay-ie-limerick-monthly-payslip": dict(
        draw=en_pay_ie_limerick_payslip, type="payslip", lang="en",
        fields={"employer": "Castletroy Precision Plastics Ltd", "employee": ["Gráinne Hickey", "Grainne Hickey"],
                "period": "2026-10", "gross_pay": "3659.22", "net_pay": "2902.46"},
        forms={"text": {}, "photo": DIM},
        note="an Irish plastics moulder's monthly payslip: NET PAY EUR in a shaded box at the top left, the employer at "
             "the top right, particulars as key/value pairs three to a row (PPSN, Cumulative tax basis, Period 10, Pay "
             "Date 31st October 2026), Payments (Hours | Rate | Amount) beside Deductions (PAYE, USC, PRSI Class A1, "
             "pension, social club), totals under each, a year-to-date strip; the photo is dim and angled"),
    "en-pay-nz-tauranga-fortnightly-payslip": dict(
        draw=en_pay_nz_tauranga_fortnightly_payslip, type="payslip", lang="en",
        fields={"employer": ["TE PUNA ORCHARD SERVICES LIMITED", "Te Puna Orchard Services Limited"],
                "employee": "Mereana Paewai", "period": "2026-10", "gross_pay": "2711.92", "net_pay": "2100.02"},
        forms={"text": {}, "scan": {}},
        note="a New Zealand packhouse's fortnightly Pay Advice (A5 landscape): period 13/10/2026 - 26/10/2026, DEDUCTIONS "
             "(PAYE incl. ACC earners' levy, KiwiSaver employee 3%, union fees) to the left of EARNINGS (Units | Rate | "
             "Amount, Labour Day at time and a half), Total gross / Total deductions / Nett pay at the bottom left, "
             "employer KiwiSaver and ESCT apart, leave balances"),
    "en-pay-ph-davao-semi-monthly-september": dict(
        draw=en_pay_ph_davao_semi_monthly_payslip, type="payslip", lang="en",
        fields={"employer": ["LANANG FRUIT EXPORT CORPORATION", "Lanang Fruit Export Corporation"],
                "employee": ["Ma. Cristina B. Dela Peña", "Ma. Cristina B. Dela Pena", "Cristina B. Dela Peña"],
                "period": "2026-09", "gross_pay": "11753.13", "net_pay": "10045.82"},
        forms={"photo": dict(desk="wood", angle=2.4, persp=0.07, blur=1.05, quality=64, exposure=0.9, hand="bottom")},
        note="a Davao fruit exporter's semi-monthly PAYSLIP for 'September 16-30, 2026' on a half sheet: particulars in "
             "two columns (TIN, SSS No., pay date 09/30/2026), EARNINGS and DEDUCTIONS side by side in one ruled box "
             "(SSS, PhilHealth, Pag-IBIG (HDMF), withholding tax, salary loan), GROSS PAY and TOTAL DEDUCTIONS in PHP, "
             "NET PAY boxed; September, not the October asked (stale)"),
    "en-stmt-ng-ibadan-two-page": dict(
        draw=en_stmt_ng_ibadan_two_page, type="bank_statement", lang="en",
        fields={"bank": ["OKE-ADO COMMERCIAL BANK PLC", "Oke-Ado Commercial Bank Plc"],
                "account_holder": "OLUWASEUN ADEBAYO FASHOLA", "account_number": "0214477390",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "145266.75"},
        forms={"text": {}, "scan": {}},
        note="a Nigerian bank's STATEMENT OF ACCOUNT over two A4 pages: customer block left, account block right (NGN, "
             "01-OCT-2026 TO 31-OCT-2026, opening balance), Trans Date | Value Date | Narration | Debit | Credit | "
             "Balance with balances as '123,456.78 CR', page 2 opening on 'Balance Brought Forward', Total Debit, "
             "Total Credit and Closing Balance after the last row"),
    "en-other-uk-universal-credit-statement-screen": dict(
        draw=en_other_uk_universal_credit_statement_screen, type="other", lang="en", fields={},
        forms={"image": {}},
        note="look-alike: a Universal Credit account's 'Your statement' screen (PNG) for 12 September to 11 October 2026: "
             "standard allowance and housing element, her part-time earnings and the 55% reduction taken off, the "
             "payment date: a benefit award's working, neither an employer's income proof nor a proof of "
             "unemployment"),
    "en-unemp-ca-saskatoon-record-of-employment": dict(
        draw=en_unemp_ca_saskatoon_record_of_employment, type="unemployment_proof", lang="en",
        fields={"person": ["HARPREET KAUR SANDHU", "Harpreet Kaur Sandhu"],
                "issuer": ["PRAIRIE SKY GRAIN TERMINALS LTD.", "Prairie Sky Grain Terminals Ltd."],
                "date": ["2026-10-16", "2026-10-09"]},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=-1.4, persp=0.06, blur=1.0, quality=67,
                                         shadow=0.3)},
        note="a Record of Employment as payroll software prints it (Letter): numbered blocks 1 to 22 (serial number, "
             "employer's name and address, CRA business number, SIN, employee's name and address, first day worked, "
             "last day for which paid and final pay period in DDMMYYYY boxes, insurable earnings by pay period, reason "
             "A - shortage of work), date issued 16 10 2026 in boxes: the employer's separation record (an "
             "unemployment proof issued by the employer)"),
    "en-unemp-us-kentucky-determination-letter": dict(
        draw=en_unemp_us_kentucky_determination_letter, type="unemployment_proof", lang="en",
        fields={"person": ["Latrice Mayhew-Barnes", "LATRICE MAYHEW-BARNES"],
                "issuer": ["Office of Unemployment Insurance", "Kentucky Office of Unemployment Insurance"],
                "date": "2026-10-20"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.9, persp=0.08, blur=1.1, quality=63, fold=0.36,
                                         falloff=0.5)},
        note="a state unemployment office's NOTICE OF DETERMINATION (Letter): Mailing Date 10/20/2026 at the top right, "
             "the claimant's address, a claim block (claim effective date, SSN last four, former employer, weekly "
             "benefit rate $412.00, maximum benefit amount), ISSUE / FINDING OF FACT / DETERMINATION / APPEAL RIGHTS "
             "paragraphs (laid off for lack of work: not disqualified; appeal by 11/09/2026)"),
    "en-stmt-us-kentucky-credit-union": dict(
        draw=en_stmt_us_kentucky_credit_union, type="bank_statement", lang="en",
        fields={"bank": ["ELKHORN VALLEY FEDERAL CREDIT UNION", "Elkhorn Valley Federal Credit Union"],
                "account_holder": ["LATRICE MAYHEW-BARNES", "Latrice Mayhew-Barnes"],
                "account_number": ["308817-09", "30881709"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "1343.73"},
        forms={"photo": dict(desk="cloth", angle=-3.3, persp=0.09, blur=1.1, quality=62, exposure=0.86,
                             hand="right", falloff=0.5)},
        note="a Kentucky credit union's MEMBER STATEMENT (Letter): STATEMENT PERIOD 10/01/26 THRU 10/31/26, a SHARE DRAFT "
             "CHECKING section in typewriter figures without ruling, DATE | TRANSACTION DESCRIPTION | AMOUNT | BALANCE "
             "with debits as '725.00-' (trailing minus), BEGINNING and ENDING BALANCE lines, the last payroll and a "
             "two-week UI benefit credit, a short share savings section under it (its balance not the one labelled)"),
    "en-med-us-kentucky-urgent-care-statement": dict(
        draw=en_med_us_kentucky_urgent_care_bill, type="medical_bill", lang="en",
        fields={"provider": ["Elkhorn Creek Urgent Care, PLLC", "Elkhorn Creek Urgent Care"],
                "patient": ["Latrice Mayhew-Barnes", "LATRICE MAYHEW-BARNES"],
                "date": ["2026-10-14", "2026-11-03"], "total": ["647.00", "429.35"]},
        forms={"photo": dict(desk="dark", angle=-2.2, persp=0.08, blur=1.1, quality=62, exposure=0.8, falloff=0.55)},
        note="an urgent-care clinic's patient statement (Letter): Statement Date 11/03/2026 and AMOUNT DUE in a box at the "
             "top right, date of service 10/14/2026, Code | Description | Amount rows (CPT codes), the self-pay "
             "discount and the visit's card payment in parentheses, Total charges / Adjustments and payments / Balance "
             "due, a tear-off remittance slip"),
    "en-med-au-wollongong-day-surgery-account": dict(
        draw=en_med_au_wollongong_private_hospital_invoice, type="medical_bill", lang="en",
        fields={"provider": "Illawarra Escarpment Private Hospital", "patient": "Bronwyn McAlister",
                "date": ["2026-11-04", "2026-10-28"], "total": ["4806.40", "1320.75"]},
        forms={"text": {}},
        note="an Australian private hospital's TAX INVOICE / ACCOUNT for a day-surgery admission: invoice date "
             "'4 November 2026', admission 28/10/2026, Medicare and fund numbers in two columns, items marked GST free, "
             "Total charges, Less: Health fund benefit, Less: Medicare benefit (75% of the schedule fee), Balance "
             "payable by patient, BPAY details"),
    "en-stmt-ie-limerick-bank-landscape": dict(
        draw=en_stmt_ie_limerick_bank_landscape, type="bank_statement", lang="en",
        fields={"bank": ["Mid-West Co-operative Bank DAC", "Mid-West Co-operative Bank"],
                "account_holder": ["Gráinne Hickey", "Ms Gráinne Hickey", "Grainne Hickey"],
                "account_number": ["52836014", "IE64MWCB99041752836014"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "2597.50"},
        forms={"scan": {}},
        note="an Irish co-operative bank's Current Account Statement on A4 landscape: IBAN, BIC and account number in a "
             "band, 'Statement date 3rd November 2026', Date | Details | Paid out | Paid in | Balance with '6.52DR' for "
             "overdrawn balances through most of the month, Balance forward first and Closing balance last, the salary "
             "credit on 31 Oct"),
    "en-stmt-nz-tauranga-building-society": dict(
        draw=en_stmt_nz_tauranga_building_society, type="bank_statement", lang="en",
        fields={"bank": "Western Bay Building Society", "account_holder": ["MEREANA PAEWAI", "Mereana Paewai"],
                "account_number": ["03-0437-0218840-00", "030437021884000"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "2337.05"},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.7, persp=0.06, blur=1.0, quality=66, shadow=0.28)},
        note="a New Zealand building society's statement (A4): opening and closing balances in a shaded box at the top "
             "right, 'Statement period 1st October 2026 to 31st October 2026', an unruled Date | Particulars | Amount | "
             "Balance list with '16th Oct' dates and one signed amount column, withdrawals in parentheses, three "
             "fortnightly wage credits"),
    "en-other-ca-credit-card-statement": dict(
        draw=en_other_ca_credit_card_statement, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a Canadian Mastercard statement: statement date, payment due date, minimum payment and new "
             "balance in a box, Trans. date | Posting date | Description | Amount with the payment negative, previous "
             "balance, purchases, interest, credit limit: what is owed on a card, not an account's statement"),
    "en-other-uk-mortgage-annual-statement": dict(
        draw=en_other_uk_mortgage_annual_statement, type="other", lang="en", fields={},
        forms={"scan": {}},
        note="look-alike: a Norwich building society's ANNUAL MORTGAGE STATEMENT for 2025: a ruled ledger Date | "
             "Description | Debit | Credit | Balance owed (interest charged and payments received each month, a running "
             "balance of the loan), balance outstanding and term remaining: a loan's yearly account"),
    "en-other-uk-council-tax-bill": dict(
        draw=en_other_uk_council_tax_bill, type="other", lang="en", fields={},
        forms={"photo": dict(desk="laminate", angle=2.3, persp=0.07, blur=1.05, quality=64, fold=0.42)},
        note="look-alike: a city council's COUNCIL TAX BILL 2026/27: band B, the city's, police and fire parts, less the "
             "single person discount, amount payable and ten monthly instalments: a local tax bill"),
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent16",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent16.json (labels and sha256)")
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
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-27 (independent16-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
