"""The twenty-fourth independently generated judging set (bench/thirdparty/independent24.json, ``--independent24``).

    python bench/thirdparty/gen_independent24.py --manifest   (rewrite independent24.json: labels + sha256)
    python bench/thirdparty/gen_independent24.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Botou in Hebei, Korla in Xinjiang, Taipa and Coloane in Macau; Aba in Abia State, Nigeria, Chaguanas in Trinidad, Lae
in Papua New Guinea). The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is imported from
gen_independent11.py and the every-page scanner from gen_independent12.py; everything else, layouts and wording, is
this file's own. The papers are of November 2026 (judged as of 2026-12-31, set 21's rules), a few of another span on
purpose.

What this set varies that earlier ones kept fixed: a foundry's 工资条 cut from a spreadsheet (one header row over one
value row, no items table, the month as 2026年11月份); a rural bank's 对账单 over two pages with slashed dates
(2026/11/03), 借方 / 贷方 columns and 期初 / 期末 only in a footer line on page 2; a county hospital's 住院费用结算单 with
admission and discharge dates, 医保统筹 and 个人自付; a school's 学费 notice (look-alike); a cotton ginnery's
终止劳动合同证明书 (the seasonal contract ran out) with the date in a signature block; a bank app's 电子对账单 screen with
no running balance; a cotton-sale settlement slip (look-alike, money but no wage); Macau papers in
traditional characters with Portuguese beside the Chinese, patacas (MOP) and dates day-first (30/11/2026, 18-11-2026):
a laundry's 糧單 / Recibo de Vencimento of OCTOBER (the wrong month on purpose), a bank's 結單 / Extracto over two
pages, a 工作證明書 with the monthly salary in 大寫, a clinic's 收據 / Recibo; a Nigerian shoe factory's payslip in naira
with PAYE, pension and NHF and the month as 'NOVEMBER, 2026'; a microfinance bank's statement with 'dd-Mon-yyyy' dates,
trans / value date columns and the closing balance in a summary block above the rows; a specialist hospital's invoice
dated with an ordinal ('14th November, 2026'); a POS agent's transfer slip (look-alike); a Trinidad poultry plant's
termination letter; a credit union's account history from 15 October to 30 November (more than a month); a national
insurance contributions screen (look-alike); a Lae coffee exporter's FORTNIGHTLY pay advice ('Pay 24: 16/11/2026 to
29/11/2026') with kina; a savings and loan society's app screen of the last 15 days only (16-30 Nov, no holder); an
employment confirmation giving the fortnightly pay and its monthly equivalent; photos crumpled, folded, held by a
thumb, in shadow, dim.

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
MANIFEST = HERE / "independent24.json"
PREFIX = "i24"
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.93, 0.93, 0.93)
WHITE = (1, 1, 1)
RED = (0.78, 0.1, 0.1)
NAVY = (0.08, 0.16, 0.42)
OCHRE = (0.62, 0.42, 0.06)
GREEN = (0.05, 0.42, 0.22)
MAROON = (0.45, 0.08, 0.12)
PHONE = (390, 844)
LETTER = (612, 792)
STRIP = (595, 150)  # a strip cut from a printed payroll sheet


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


def _bar(p: Page, clock: str, col=(0, 0, 0)):
    p.t(26, 30, clock, 12, bold=True, color=col)
    p.t(300, 30, "LTE", 9, bold=True, color=col)
    p.box(330, 20, 24, 11, stroke=col, lw=0.9, radius=3)
    p.box(332, 22, 15, 7, fill=col, stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# 河北 泊头: a foundry worker (medical)

BT = dict(person="郝春燕", employer="泊头市鑫达铸造有限公司", bank="河北泊头农村商业银行", account="6229 3801 0027 5563",
          hospital="泊头市第二人民医院", school="泊头市第三中学")
BT_HEAD = ["工号", "姓名", "出勤", "基本工资", "计件工资", "加班费", "高温补贴", "应发合计", "养老", "医疗", "失业",
           "公积金", "扣款合计", "实发工资"]
BT_EARN = [2100.00, 1846.50, 412.00, 0.00]
BT_DED = [342.40, 85.60, 21.40, 256.80]
BT_GROSS = _r(sum(BT_EARN))
BT_DEDS = _r(sum(BT_DED))
BT_NET = _r(BT_GROSS - BT_DEDS)


def zh_pay_botou_foundry_spreadsheet_strip() -> tuple[bytes, dict]:
    """A foundry's 工资条 cut from a printed spreadsheet: a title line with 2026年11月份, then one ruled header row over one
    value row (工号 … 实发工资), no items table and no labels anywhere else, a 签收 box at the right end."""
    p = Page(STRIP, zh=True)
    p.t(18, 24, f"{BT['employer']}　2026年11月份工资条", 10, bold=True)
    p.t(577, 24, "铸造二车间", 8.5, align="r", color=GREY)
    vals = ["DZ-1127", BT["person"], "26"] + [_p(v) for v in BT_EARN] + [_p(BT_GROSS)] + \
        [_p(v) for v in BT_DED] + [_p(BT_DEDS), _p(BT_NET)]
    widths = [38, 38, 26] + [42] * 11
    p.table(12, 40, widths, [BT_HEAD, vals], rh=22, size=7, head_fill=(0.86, 0.9, 0.96),
            aligns=["c", "c", "c"] + ["r"] * 11)
    p.t(18, 110, "说明：本月起计件单价按新定额执行；工资条请妥善保管，有疑问找财务室。", 7.5, color=GREY)
    p.t(470, 110, "签收：", 8)
    p.hand(496, 112, BT["person"], 11, key="bt-sign")
    p.line(6, 136, 589, 136, 0.5, color=GREY, dash=(4, 3))
    return p.pdf(), {"gross": _p(BT_GROSS), "net": _p(BT_NET)}


BT_ROWS = [  # (yyyy/mm/dd, 摘要, 对方户名, amount)
    ("2026/11/01", "消费", "泊头市惠民超市", -68.40), ("2026/11/02", "转账取款", "", -300.00),
    ("2026/11/03", "消费", "泊头市鑫旺加油站", -150.00), ("2026/11/04", "缴费", "国网河北电力", -96.30),
    ("2026/11/06", "网银转入", "郝建国", 500.00), ("2026/11/07", "消费", "泊头市惠民超市", -132.80),
    ("2026/11/08", "快捷支付", "财付通", -45.00), ("2026/11/10", "消费", "泊头市惠民超市", -54.60),
    ("2026/11/11", "贷款还款", "个人消费贷款", -1560.00), ("2026/11/12", "快捷支付", "支付宝", -78.60),
    ("2026/11/14", "消费", "泊头市第二人民医院", 0.0), ("2026/11/15", "转账取款", "", -200.00),
    ("2026/11/17", "快捷支付", "财付通", -36.90), ("2026/11/18", "消费", "泊头市鑫旺加油站", -100.00),
    ("2026/11/20", "缴费", "泊头市第三中学", -0.0), ("2026/11/21", "消费", "泊头市惠民超市", -88.20),
    ("2026/11/23", "快捷支付", "支付宝", -52.00), ("2026/11/24", "网银转入", "郝建国", 800.00),
    ("2026/11/25", "消费", "同仁堂药店泊头店", -64.50), ("2026/11/26", "快捷支付", "财付通", -27.30),
    ("2026/11/27", "转账取款", "", -400.00), ("2026/11/28", "代发工资", BT["employer"], 0.0),
    ("2026/11/28", "消费", "泊头市惠民超市", -71.10),
    ("2026/11/29", "快捷支付", "支付宝", -19.90), ("2026/11/30", "消费", "泊头市鑫旺加油站", -80.00),
]
BT_OPEN = 4685.62


def _bt_rows() -> list[tuple[str, str, str, float]]:
    out = []
    for d, s, who, m in BT_ROWS:
        if s == "代发工资":
            m = BT_NET
        elif who == BT["hospital"]:
            m = -BT_MED_SELF
        elif who == BT["school"]:
            m = -BT_FEE_TOTAL
        out.append((d, s, who, m))
    return out


def zh_stmt_botou_rcb_two_page_statement() -> tuple[bytes, dict]:
    """A rural commercial bank's 个人账户对账单 over two A4 pages: 户名 / 账号 / 起止日期 2026/11/01-2026/11/30 in a header
    block, rows 交易日期 (2026/11/03) | 摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额, ruled only above and below;
    page 2 ends with one footer line 期初余额 … 借方合计 … 贷方合计 … 期末余额 and the bank's 业务专用章."""
    rows = _bt_rows()
    bal = _run(BT_OPEN, [m for *_a, m in rows])
    p = Page(A4, zh=True)

    def head(y):
        p.line(36, y - 14, 560, y - 14, 0.8)
        for x, h, a in [(40, "交易日期", "l"), (112, "摘要", "l"), (170, "对方户名", "l"), (404, "借方发生额", "r"),
                        (484, "贷方发生额", "r"), (554, "余额", "r")]:
            p.t(x, y, h, 9, bold=True, align=a)
        p.line(36, y + 6, 560, y + 6, 0.8)

    def row(y, d, s, who, m, b):
        p.t(40, y, d, 8.5)
        p.t(112, y, s, 8.5)
        p.t(170, y, who, 8.5)
        if m < 0:
            p.t(404, y, _g(-m), 8.5, align="r")
        else:
            p.t(484, y, _g(m), 8.5, align="r")
        p.t(554, y, _g(b), 8.5, align="r")

    p.t(298, 56, BT["bank"], 15, bold=True, align="c")
    p.t(298, 80, "个人账户对账单", 12, align="c")
    p.t(40, 112, f"户名：{BT['person']}", 9.5)
    p.t(300, 112, f"账号：{BT['account']}", 9.5)
    p.t(40, 130, "币种：人民币　钞汇：钞", 9.5)
    p.t(300, 130, "起止日期：2026/11/01-2026/11/30", 9.5)
    p.t(40, 148, "开户网点：泊头支行营业部", 9.5)
    head(178)
    y = 184
    split = 14
    for (d, s, who, m), b in zip(rows[:split], bal[:split], strict=True):
        y += 20
        row(y, d, s, who, m, b)
    p.line(36, y + 8, 560, y + 8, 0.5)
    p.t(298, 800, "第 1 页 共 2 页", 8.5, align="c", color=GREY)
    p.c.showPage()
    p.t(40, 50, f"户名：{BT['person']}　账号：{BT['account']}", 8.5, color=GREY)
    head(84)
    y = 90
    for (d, s, who, m), b in zip(rows[split:], bal[split:], strict=True):
        y += 20
        row(y, d, s, who, m, b)
    p.line(36, y + 8, 560, y + 8, 0.8)
    debit = _r(-sum(m for *_a, m in rows if m < 0))
    credit = _r(sum(m for *_a, m in rows if m > 0))
    y += 28
    p.t(40, y, f"期初余额：{_g(BT_OPEN)}　　借方合计：{_g(debit)}　　贷方合计：{_g(credit)}　　期末余额：{_g(bal[-1])}",
        9.5)
    p.t(40, y + 30, "打印日期：2026/12/02　　打印柜员：0417", 8.5, color=GREY)
    p.stamp(470, y + 70, 40, "河北泊头农村商业银行股份有限公司", "业务专用章")
    p.t(298, 800, "第 2 页 共 2 页", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


BT_MED = [("床位费", 300.00), ("诊查费", 84.00), ("检查费", 1260.00), ("化验费", 586.50), ("治疗费", 742.00),
          ("西药费", 1938.40), ("卫生材料费", 215.60), ("护理费", 168.00)]
BT_MED_TOTAL = _r(sum(v for _k, v in BT_MED))
BT_MED_FUND = 4312.20
BT_MED_SELF = _r(BT_MED_TOTAL - BT_MED_FUND)


def zh_med_botou_inpatient_settlement() -> tuple[bytes, dict]:
    """A county hospital's 住院费用结算单 (A5 landscape): 住院号, 入院日期 2026-11-03 and 出院日期 2026-11-09 (the
    settlement day is the discharge day), 科室 骨科, fee classes two across in a grid, 费用总额, 医保统筹支付 and 个人自付
    (what the patient paid), the cashier's seal."""
    p = Page(landscape(A5), zh=True)
    p.t(297, 36, BT["hospital"], 14, bold=True, align="c")
    p.t(297, 58, "住院费用结算单", 12, align="c")
    p.t(30, 86, "住院号：ZY20261103-0216", 9)
    p.t(200, 86, f"姓名：{BT['person']}", 9)
    p.t(320, 86, "性别：女", 9)
    p.t(400, 86, "科室：骨科", 9)
    p.t(30, 104, "入院日期：2026-11-03", 9)
    p.t(200, 104, "出院日期：2026-11-09", 9)
    p.t(400, 104, "住院天数：6", 9)
    p.t(30, 122, "医保类型：城乡居民基本医疗保险", 9)
    rows = []
    for k in range(0, len(BT_MED), 2):
        (a, va), (b, vb) = BT_MED[k], BT_MED[k + 1]
        rows.append((a, _p(va), b, _p(vb)))
    y = p.table(30, 132, [120, 150, 120, 144], [("费用类别", "金额（元）", "费用类别", "金额（元）"), *rows], rh=20,
                size=9, aligns=["l", "r", "l", "r"])
    p.t(36, y + 20, f"费用总额：{_p(BT_MED_TOTAL)}", 10, bold=True)
    p.t(220, y + 20, f"医保统筹支付：{_p(BT_MED_FUND)}", 10)
    p.t(420, y + 20, f"个人自付：{_p(BT_MED_SELF)}", 10, bold=True)
    p.t(36, y + 40, "个人自付（大写）：" + _daxie(BT_MED_SELF), 9)
    p.t(36, y + 66, "结算日期：2026-11-09　收款员：0623", 9)
    p.stamp(500, y + 66, 30, BT["hospital"], "收费专用章")
    return p.pdf(), {"total": _p(BT_MED_TOTAL), "own": _p(BT_MED_SELF)}


BT_FEE = [("住宿费（第一学期）", 400.00), ("教辅资料费", 186.00), ("校服费（冬装）", 240.00)]
BT_FEE_TOTAL = _r(sum(v for _k, v in BT_FEE))


def zh_other_botou_school_fee_notice() -> tuple[bytes, dict]:
    """Look-alike: a middle school's 缴费通知单 for a pupil (A5): the class, the pupil's name, three fee lines, 合计, how to
    pay by 2026年11月20日 and the school's seal: a fee demand for a child (other)."""
    p = Page(A5, zh=True)
    p.t(210, 46, BT["school"], 14, bold=True, align="c")
    p.t(210, 70, "2026—2027学年第一学期　缴费通知单", 10.5, align="c")
    p.t(36, 104, "家长您好：", 10)
    p.t(36, 124, "贵子女 郝子涵（初二·4班）本学期代收费用如下，请于2026年11月20日前缴清：", 9.2)
    y = p.table(36, 138, [200, 140], [("项目", "金额（元）"), *[(k, _p(v)) for k, v in BT_FEE],
                                       ("合计", _p(BT_FEE_TOTAL))], rh=22, size=9.5, aligns=["l", "r"])
    p.t(36, y + 28, "缴费方式：家长可通过“冀时办”或到校财务室现场缴纳。", 9)
    p.t(36, y + 48, "咨询电话：0317-8213506（财务室）", 9)
    p.t(380, y + 100, "泊头市第三中学", 10, align="r")
    p.t(380, y + 120, "2026年11月5日", 10, align="r")
    p.stamp(330, y + 100, 36, BT["school"], "财务专用章")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# 新疆 库尔勒: a cotton ginnery's seasonal worker (unemployment)

KL = dict(person="古丽娜尔·艾尼瓦尔", employer="库尔勒市金穗轧花有限责任公司", bank="巴音郭楞农村商业银行", tail="6617")


def zh_unemp_korla_ginnery_contract_end() -> tuple[bytes, dict]:
    """A cotton ginnery's 终止劳动合同证明书 (A4): the seasonal fixed-term contract (2026年8月20日 to 2026年11月15日)
    ran out and was not renewed; the worker's ID masked, post 籽棉喂花工, the 用人单位（盖章）block with the date
    2026年11月16日 under the seal, and a 签收 line."""
    p = Page(A4, zh=True)
    p.t(298, 90, "终止劳动合同证明书", 18, bold=True, align="c")
    p.t(480, 120, "编号：JS-ZZ-2026-031", 9, color=GREY)
    lines = [
        f"兹证明 {KL['person']} 同志（身份证号：652801********2428），",
        "于2026年8月20日至2026年11月15日在我公司从事籽棉喂花工工作，",
        "双方签订的是以完成一定工作任务（本年度籽棉加工季）为期限的劳动合同。",
        "因加工季结束，劳动合同期满终止，我公司不再续订，",
        "双方劳动关系自2026年11月15日起终止。",
        "我公司已依法结清工资，并将于十五日内为其办理档案和社会保险关系转移手续。",
        "",
        "特此证明。",
    ]
    y = 170
    for s in lines:
        p.t(72, y, ("　　" if s and not s.startswith("兹") else "　　") + s if s else "", 12)
        y += 30
    p.t(340, y + 60, "用人单位（盖章）：", 11)
    p.t(340, y + 86, KL["employer"], 11)
    p.t(340, y + 112, "日期：2026年11月16日", 11)
    p.stamp(440, y + 80, 46, KL["employer"], "人事专用章")
    p.line(60, y + 170, 535, y + 170, 0.5, dash=(3, 3))
    p.t(72, y + 200, "本证明书一式两份，单位与劳动者各执一份。劳动者凭此办理失业登记。", 9.5, color=GREY)
    p.t(72, y + 230, "劳动者签收：", 10.5)
    p.hand(150, y + 232, KL["person"], 12, key="kl-sign")
    p.t(330, y + 230, "签收日期：2026.11.16", 10.5)
    return p.pdf(), {}


KL_ROWS = [  # newest first: (MM-DD HH:MM, what, amount)
    ("11-29 20:14", "财付通-超市购物", -47.60), ("11-27 11:02", "失业保险金", 1720.00), ("11-25 18:40", "支付宝-话费充值", -50.00),
    ("11-22 09:31", "ATM取款", -500.00), ("11-20 13:55", "财付通-转账", -260.00), ("11-17 16:20", "工资", 2843.70),
    ("11-12 19:08", "支付宝-电费", -88.50), ("11-08 10:44", "贷款还款", -1320.00), ("11-05 12:17", "财付通-餐饮", -36.00),
    ("11-02 08:59", "支付宝-燃气费", -120.00),
]
KL_OPEN = 2486.35


def zh_stmt_korla_app_e_statement_screen() -> tuple[bytes, dict]:
    """A bank app's 电子对账单 screen: the card as 借记卡(6617), the holder's name small under it, the period 2026.11.01-
    2026.11.30 in a selector, 期初 / 收入 / 支出 / 期末 in a four-cell card, rows newest first with a time and a
    signed amount only (no running balance)."""
    rows = KL_ROWS
    moves = [m for _d, _w, m in reversed(rows)]
    close = _run(KL_OPEN, moves)[-1]
    inc = _r(sum(m for m in moves if m > 0))
    out = _r(-sum(m for m in moves if m < 0))
    p = Page(PHONE, zh=True)
    _bar(p, "21:37")
    p.t(22, 72, "‹", 20)
    p.t(195, 72, "电子对账单", 14, bold=True, align="c")
    p.t(24, 100, f"{KL['bank']}　借记卡({KL['tail']})", 11)
    p.t(24, 114, f"户名：{KL['person']}", 8.5, color=GREY)
    p.box(20, 120, 350, 32, fill=LIGHT, stroke=None, radius=16)
    p.t(195, 141, "2026.11.01 - 2026.11.30　▾", 11, align="c")
    p.box(20, 166, 350, 92, fill=(0.9, 0.3, 0.22), stroke=None, radius=10)
    for k, (lab, v) in enumerate([("期初余额", KL_OPEN), ("收入", inc), ("支出", out), ("期末余额", close)]):
        x = 36 + (k % 2) * 170
        yy = 190 + (k // 2) * 44
        p.t(x, yy, lab, 9, color=(1, 0.88, 0.85))
        p.t(x, yy + 18, _g(v), 13, bold=True, color=WHITE)
    y = 290
    p.t(24, y, "交易明细", 11.5, bold=True)
    for d, w, m in rows:
        y += 46
        p.t(24, y - 8, w, 11)
        p.t(24, y + 8, "2026-" + d, 8.5, color=GREY)
        p.t(366, y, ("+" if m > 0 else "") + _g(m), 11.5, bold=True, align="r",
            color=(0.85, 0.3, 0.1) if m > 0 else (0, 0, 0))
        p.line(24, y + 18, 366, y + 18, 0.3, color=(0.85, 0.85, 0.85))
    p.t(195, 820, "本对账单仅供参考，以银行记账为准", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _p(close)}


KL_COTTON = [("机采籽棉（一级）", 3862.0, 6.42), ("机采籽棉（二级）", 1140.0, 6.18)]
KL_COTTON_DED = [("水杂扣重折款", 96.20), ("运费", 120.00)]


def zh_other_korla_cotton_sale_settlement() -> tuple[bytes, dict]:
    """Look-alike: a ginnery's 籽棉交售结算单 for a household (a narrow half sheet): 交售人 (the worker's father), weights
    and prices, deductions, 实付金额: a farm sale receipt, not a wage (other)."""
    p = Page((420, 340), zh=True)
    p.t(210, 30, KL["employer"], 11.5, bold=True, align="c")
    p.t(210, 50, "籽棉交售结算单", 11, align="c")
    p.t(24, 76, "交售人：艾尼瓦尔·买买提", 9)
    p.t(230, 76, "磅单号：JS2611-00872", 9)
    p.t(24, 92, "交售日期：2026年11月3日", 9)
    p.t(230, 92, "检验员：王", 9)
    rows = [(n, f"{w:.1f}", f"{u:.2f}", _p(_r(w * u))) for n, w, u in KL_COTTON]
    y = p.table(24, 104, [150, 70, 60, 92], [("品级", "净重(kg)", "单价", "金额(元)"), *rows], rh=19, size=8.5,
                aligns=["l", "r", "r", "r"], grid=False, hlines=True)
    amt = _r(sum(_r(w * u) for _n, w, u in KL_COTTON))
    y += 16
    for k, v in KL_COTTON_DED:
        p.t(30, y, "扣：" + k, 8.5)
        p.t(390, y, "-" + _p(v), 8.5, align="r")
        y += 15
    paid = _r(amt - sum(v for _k, v in KL_COTTON_DED))
    p.t(30, y + 6, "实付金额", 10, bold=True)
    p.t(390, y + 6, _p(paid), 10, bold=True, align="r")
    p.t(30, y + 30, "付款方式：转账至交售人一卡通", 8, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# 澳門 (Taipa, Coloane): a hotel laundry worker (medical)

MO = dict(person="梁詠芝", employer="氹仔海濱洗衣服務有限公司", employer_pt="Lavandaria Beira-Mar da Taipa, Lda.",
          bank="濠江儲蓄銀行", bank_pt="Banco de Poupança Hou Kong", account="21-07-10-388514",
          clinic="路環康泰醫療中心")
MO_EARN = [("底薪 Vencimento base", 11800.00), ("超時工作 Horas extra", 1245.00), ("夜更津貼 Subsídio nocturno", 900.00),
           ("勤工獎 Prémio de assiduidade", 500.00)]
MO_DED = [("社會保障基金 FSS", 30.00), ("職業稅 Imposto profissional", 0.00), ("借支 Adiantamento", 2000.00)]
MO_GROSS = _r(sum(v for _k, v in MO_EARN))
MO_NET = _r(MO_GROSS - sum(v for _k, v in MO_DED))
MO_MONTHLY = 11800.00


def zh_pay_macau_laundry_payslip_october() -> tuple[bytes, dict]:
    """A Taipa hotel laundry's 糧單 / Recibo de Vencimento (A5) of OCTOBER 2026 (糧期 Período: 01/10/2026 - 31/10/2026,
    sent for a November check): Chinese and Portuguese on every label, patacas with MOP before the figures, 收入 and
    扣除 one under the other, 總收入 and 實收 (Líquido) at the foot, the pay date 05/11/2026."""
    p = Page(A5, zh=True)
    p.box(0, 0, 420, 58, fill=NAVY, stroke=None)
    p.t(24, 28, MO["employer"], 13, bold=True, color=WHITE)
    p.t(24, 46, MO["employer_pt"], 9, color=(0.85, 0.88, 1))
    p.t(396, 36, "糧單 Recibo de Vencimento", 10, align="r", color=WHITE)
    p.t(24, 84, f"姓名 Nome：{MO['person']}", 9.5)
    p.t(250, 84, "員工編號 N.º：TL-0562", 9.5)
    p.t(24, 102, "糧期 Período：01/10/2026 - 31/10/2026", 9.5)
    p.t(250, 102, "發薪日 Data：05/11/2026", 9.5)
    p.t(24, 120, "部門 Secção：熨燙部 Engomadoria", 9.5)
    y = 146
    p.t(24, y, "收入 Remunerações", 10, bold=True)
    p.line(24, y + 6, 396, y + 6, 0.6)
    for k, v in MO_EARN:
        y += 18
        p.t(34, y, k, 9)
        p.t(390, y, f"MOP {_g(v)}", 9, align="r")
    y += 22
    p.t(34, y, "總收入 Total ilíquido", 9.5, bold=True)
    p.t(390, y, f"MOP {_g(MO_GROSS)}", 9.5, bold=True, align="r")
    y += 26
    p.t(24, y, "扣除 Descontos", 10, bold=True)
    p.line(24, y + 6, 396, y + 6, 0.6)
    for k, v in MO_DED:
        y += 18
        p.t(34, y, k, 9)
        p.t(390, y, f"MOP {_g(v)}", 9, align="r")
    y += 28
    p.box(24, y - 16, 372, 26, fill=LIGHT, stroke=None)
    p.t(34, y + 2, "實收 Líquido a receber", 10.5, bold=True)
    p.t(390, y + 2, f"MOP {_g(MO_NET)}", 11, bold=True, align="r")
    p.t(24, y + 36, "糧款已存入閣下於濠江儲蓄銀行之戶口。O montante foi depositado na sua conta.", 8, color=GREY)
    return p.pdf(), {"gross": _p(MO_GROSS), "net": _p(MO_NET)}


MO_ROWS = [  # (dd/mm/yyyy, 摘要 Descrição, amount)
    ("02/11/2026", "澳門通增值 Recarga Macau Pass", -200.00), ("03/11/2026", "ATM 提款 Levantamento", -1000.00),
    ("04/11/2026", "電費 CEM", -286.40), ("05/11/2026", "薪金存入 Salário", 0.0),
    ("06/11/2026", "轉賬 Transferência 梁志明", -3000.00), ("08/11/2026", "超市 Supermercado San Miu", -412.70),
    ("10/11/2026", "私人貸款還款 Empréstimo pessoal", -4250.00), ("12/11/2026", "水費 SAAM", -98.00),
    ("14/11/2026", "澳門通增值 Recarga Macau Pass", -200.00), ("16/11/2026", "電訊 CTM", -168.00),
    ("18/11/2026", "POS 路環康泰醫療中心", 0.0), ("20/11/2026", "ATM 提款 Levantamento", -800.00),
    ("22/11/2026", "超市 Supermercado San Miu", -356.30), ("24/11/2026", "轉入 Transferência recebida", 1500.00),
    ("26/11/2026", "保險 Seguro", -320.00), ("28/11/2026", "超市 Supermercado San Miu", -188.90),
    ("30/11/2026", "利息 Juros", 0.37),
]
MO_OPEN = 4137.55


def _mo_rows() -> list[tuple[str, str, float]]:
    return [(d, s, MO_NET if "Salário" in s else -MO_MED_TOTAL if MO["clinic"] in s else m) for d, s, m in MO_ROWS]


def zh_stmt_macau_bank_two_page_extracto() -> tuple[bytes, dict]:
    """A Macau savings bank's 結單 / Extracto over two A4 pages in traditional Chinese and Portuguese: the holder's
    name and address at the top left, 結單日期 / 戶口號碼 in a ruled box at the right, 期間 Período 01/11/2026 -
    30/11/2026, rows 日期 | 摘要 Descrição | 支出 Débito | 存入 Crédito | 結餘 Saldo with day-first dates, 承上結餘 first,
    轉下頁 at the foot of page 1, 本期結餘 Saldo final with the closing balance only on page 2."""
    rows = _mo_rows()
    bal = _run(MO_OPEN, [m for *_a, m in rows])
    p = Page(A4, zh=True)
    cols = [(44, "日期 Data", "l"), (112, "摘要 Descrição", "l"), (400, "支出 Débito", "r"), (478, "存入 Crédito", "r"),
            (556, "結餘 Saldo", "r")]

    def head(y):
        p.box(40, y - 14, 520, 20, fill=(0.86, 0.9, 0.95), stroke=None)
        for x, h, a in cols:
            p.t(x, y, h, 8.5, bold=True, align=a)

    def row(y, d, s, m, b):
        p.t(44, y, d, 8.5)
        p.t(112, y, s, 8.5)
        if m < 0:
            p.t(400, y, _g(-m), 8.5, align="r")
        else:
            p.t(478, y, _g(m), 8.5, align="r")
        p.t(556, y, _g(b), 8.5, align="r")

    p.t(40, 50, MO["bank"], 16, bold=True, color=NAVY)
    p.t(40, 68, MO["bank_pt"], 9.5, color=NAVY)
    p.t(40, 110, MO["person"], 10.5)
    p.t(40, 126, "澳門氹仔布拉干薩街88號海濱花園第3座12樓F", 9)
    p.t(40, 140, "Rua de Bragança n.º 88, Taipa, Macau", 9)
    p.box(340, 96, 220, 60, stroke=(0, 0, 0), lw=0.6)
    p.t(348, 112, "結單 Extracto de conta", 9.5, bold=True)
    p.t(348, 128, f"戶口號碼 Conta：{MO['account']}", 8.5)
    p.t(348, 144, "結單日期 Data：01/12/2026", 8.5)
    p.t(40, 178, "儲蓄戶口 Conta de poupança（澳門元 MOP）　期間 Período：01/11/2026 - 30/11/2026", 9.5)
    head(204)
    y = 210
    p.t(112, y + 18, "承上結餘 Saldo anterior", 8.5)
    p.t(556, y + 18, _g(MO_OPEN), 8.5, align="r")
    y += 18
    split = 10
    for (d, s, m), b in zip(rows[:split], bal[:split], strict=True):
        y += 20
        row(y, d, s, m, b)
    y += 22
    p.t(112, y, "轉下頁 A transportar", 8.5, color=GREY)
    p.t(556, y, _g(bal[split - 1]), 8.5, align="r", color=GREY)
    p.t(560, 810, "1/2", 8.5, align="r", color=GREY)
    p.c.showPage()
    p.t(40, 50, f"{MO['bank']}　戶口號碼 Conta：{MO['account']}　期間 Período：01/11/2026 - 30/11/2026", 8.5, color=GREY)
    head(84)
    y = 90
    p.t(112, y + 18, "承上頁 Transporte", 8.5, color=GREY)
    p.t(556, y + 18, _g(bal[split - 1]), 8.5, align="r", color=GREY)
    y += 18
    for (d, s, m), b in zip(rows[split:], bal[split:], strict=True):
        y += 20
        row(y, d, s, m, b)
    p.line(40, y + 10, 560, y + 10, 0.8)
    y += 30
    p.t(112, y, "本期結餘 Saldo final", 10, bold=True)
    p.t(556, y, f"MOP {_g(bal[-1])}", 10, bold=True, align="r")
    p.t(40, y + 40, "如對本結單有任何疑問，請於收到後十四天內與本行聯絡。", 8.5, color=GREY)
    p.t(40, y + 54, "Qualquer discrepância deve ser comunicada ao Banco no prazo de 14 dias.", 8.5, color=GREY)
    p.t(560, 810, "2/2", 8.5, align="r", color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


_MO_DIG = "零壹貳參肆伍陸柒捌玖"


def _mo_daxie(v: int) -> str:
    """澳門元壹萬壹仟捌佰元正 (whole patacas under 100,000)."""
    units = [(10000, "萬"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = v // u % 10
        if d:
            if zero and out:
                out += "零"
            out += _MO_DIG[d] + name
            zero = False
        else:
            zero = True
    return "澳門元" + out + "元正"


def zh_income_macau_employment_certificate() -> tuple[bytes, dict]:
    """A 工作證明書 / Declaração de Trabalho (A4): To the bank, the employee works as 熨燙工 since 2019, her 每月基本工資
    in figures and in 大寫 (澳門元壹萬壹仟捌佰元正), the purpose line (申請貸款延期還款), dated 2026年11月25日 above the
    manager's chop and the company seal; Portuguese under each paragraph."""
    p = Page(A4, zh=True)
    p.t(298, 60, MO["employer"], 15, bold=True, align="c")
    p.t(298, 80, MO["employer_pt"], 10, align="c", color=GREY)
    p.line(60, 92, 535, 92, 1.0, color=NAVY)
    p.t(298, 140, "工作證明書", 18, bold=True, align="c")
    p.t(298, 162, "Declaração de Trabalho", 11, align="c")
    paras = [
        (f"茲證明 {MO['person']}（澳門居民身份證號碼：1/2*****/3）自2019年4月1日起受僱於本公司，",
         "現任熨燙部熨燙工，為全職員工，至今仍在職。"),
        (f"其每月基本工資為澳門元 MOP {_g(MO_MONTHLY)}（{_mo_daxie(int(MO_MONTHLY))}），", "另按當月工作情況發放超時工作補償及津貼。"),
        ("此證明書應本人要求發出，僅供其向銀行申請貸款延期還款之用。", ""),
    ]
    pt = ["Declara-se que a trabalhadora acima identificada presta serviço nesta empresa desde 01/04/2019.",
          f"O seu vencimento base mensal é de MOP {_g(MO_MONTHLY)}.",
          "A presente declaração destina-se a pedido de prorrogação de empréstimo bancário."]
    y = 210
    for (a, b), q in zip(paras, pt, strict=True):
        p.t(70, y, "　　" + a, 11)
        if b:
            p.t(70, y + 22, b, 11)
            y += 22
        p.t(70, y + 20, q, 8.5, color=GREY)
        y += 56
    p.t(380, y + 60, "此致", 11)
    p.t(380, y + 84, "濠江儲蓄銀行", 11)
    p.t(330, y + 150, MO["employer"], 11)
    p.t(330, y + 174, "人事部經理：何嘉明", 11)
    p.t(330, y + 198, "2026年11月25日", 11)
    p.stamp(420, y + 160, 48, MO["employer"], "")
    return p.pdf(), {"monthly": _p(MO_MONTHLY)}


MO_MED = [("診金 Consulta", 350.00), ("X光檢查 Radiografia", 480.00), ("藥費 Medicamentos（5天）", 265.00),
          ("包紮 Penso", 120.00)]
MO_MED_TOTAL = _r(sum(v for _k, v in MO_MED))


def zh_med_macau_clinic_recibo() -> tuple[bytes, dict]:
    """A Coloane medical centre's 收據 / Recibo (a narrow half sheet): 日期 Data 18-11-2026 with hyphens, 病人 Doente,
    the items in Chinese and Portuguese, 合計 Total in MOP, 已收 Recebido, a rectangular chop."""
    p = Page((420, 400), zh=True)
    p.t(210, 34, MO["clinic"], 13, bold=True, align="c", color=MAROON)
    p.t(210, 52, "Centro Médico Hong Tai de Coloane", 9, align="c", color=MAROON)
    p.t(210, 66, "路環市區十月初五馬路21號　電話 2888 2731", 7.5, align="c", color=GREY)
    p.t(210, 94, "收據 RECIBO", 12, bold=True, align="c")
    p.t(26, 120, "No. 0047219", 9, color=RED)
    p.t(394, 120, "日期 Data：18-11-2026", 9, align="r")
    p.t(26, 140, f"病人 Doente：{MO['person']}", 9.5)
    y = 154
    p.line(26, y, 394, y, 0.6)
    for k, v in MO_MED:
        y += 20
        p.t(32, y, k, 9)
        p.t(388, y, _g(v), 9, align="r")
    p.line(26, y + 8, 394, y + 8, 0.6)
    y += 26
    p.t(32, y, "合計 Total（MOP）", 10, bold=True)
    p.t(388, y, _g(MO_MED_TOTAL), 10, bold=True, align="r")
    y += 20
    p.t(32, y, "已收 Recebido：信用卡 Cartão", 8.5)
    p.box(280, y + 10, 110, 34, stroke=RED, lw=1.3)
    p.t(335, y + 24, "康泰醫療中心", 9, align="c", color=RED)
    p.t(335, y + 38, "收訖 PAGO", 9, align="c", color=RED)
    p.t(32, y + 34, "醫生 Médico：蔡德輝", 8.5)
    return p.pdf(), {"total": _p(MO_MED_TOTAL)}


# --------------------------------------------------------------------------------------------------------------------
# Aba, Abia State, Nigeria: a shoe factory machinist (medical)

NG = dict(person="Chiamaka Blessing Nwachukwu", employer="Ariaria Leatherworks & Footwear Ltd",
          bank="Ngwa Heritage Microfinance Bank", account="0043187726", hospital="Osisioma Specialist Hospital")
NG_EARN = [("Basic Salary", 68000.00), ("Housing Allowance", 17000.00), ("Transport Allowance", 10000.00),
           ("Overtime", 7650.00)]
NG_GROSS = _r(sum(v for _k, v in NG_EARN))
NG_DED = [("PAYE Tax", 4180.50), ("Pension (Employee 8%)", _r((68000 + 17000 + 10000) * 0.08)),
          ("NHF (2.5% of Basic)", _r(68000 * 0.025)), ("Staff Loan Repayment", 5000.00)]
NG_NET = _r(NG_GROSS - sum(v for _k, v in NG_DED))


def en_pay_ng_aba_shoe_factory_payslip() -> tuple[bytes, dict]:
    """A Nigerian shoe factory's PAYSLIP (A4, top half used): the month as 'NOVEMBER, 2026' in capitals and nothing else
    for the period, staff number, department, earnings and deductions side by side in naira (N with thousands), PAYE,
    pension 8 %, NHF 2.5 %, a staff loan, TOTAL EARNINGS / TOTAL DEDUCTIONS under each side, NET PAY in a bar across."""
    p = Page(A4, zh=False)
    p.t(298, 46, NG["employer"].upper(), 14, bold=True, align="c", color=GREEN)
    p.t(298, 62, "Plot 14, Ariaria International Market Road, Aba, Abia State", 8.5, align="c")
    p.line(40, 72, 555, 72, 1.2, color=GREEN)
    p.t(298, 96, "PAYSLIP FOR THE MONTH OF NOVEMBER, 2026", 11, bold=True, align="c")
    p.t(44, 122, f"Name: {NG['person']}", 9.5)
    p.t(330, 122, "Staff No: ALF/PRD/0291", 9.5)
    p.t(44, 138, "Department: Production (Stitching)", 9.5)
    p.t(330, 138, "Bank: Ngwa Heritage MFB  ****7726", 9.5)
    earn = [(k, f"{v:,.2f}") for k, v in NG_EARN]
    ded = [(k, f"{v:,.2f}") for k, v in NG_DED]
    p.box(40, 152, 250, 18, fill=LIGHT, stroke=None)
    p.box(305, 152, 250, 18, fill=LIGHT, stroke=None)
    p.t(46, 165, "EARNINGS", 9, bold=True)
    p.t(284, 165, "AMOUNT (N)", 9, bold=True, align="r")
    p.t(311, 165, "DEDUCTIONS", 9, bold=True)
    p.t(549, 165, "AMOUNT (N)", 9, bold=True, align="r")
    y = 170
    for k in range(max(len(earn), len(ded))):
        y += 18
        if k < len(earn):
            p.t(46, y, earn[k][0], 9)
            p.t(284, y, earn[k][1], 9, align="r")
        if k < len(ded):
            p.t(311, y, ded[k][0], 9)
            p.t(549, y, ded[k][1], 9, align="r")
    y += 12
    p.line(40, y, 290, y, 0.5)
    p.line(305, y, 555, y, 0.5)
    y += 16
    p.t(46, y, "TOTAL EARNINGS", 9, bold=True)
    p.t(284, y, f"{NG_GROSS:,.2f}", 9, bold=True, align="r")
    p.t(311, y, "TOTAL DEDUCTIONS", 9, bold=True)
    p.t(549, y, f"{_r(NG_GROSS - NG_NET):,.2f}", 9, bold=True, align="r")
    y += 16
    p.box(40, y, 515, 24, fill=GREEN, stroke=None)
    p.t(48, y + 16, "NET PAY", 11, bold=True, color=WHITE)
    p.t(547, y + 16, f"N{NG_NET:,.2f}", 11, bold=True, align="r", color=WHITE)
    p.t(44, y + 46, "Paid into account on 28/11/2026. This is a computer-generated payslip and needs no signature.", 8,
        color=GREY)
    return p.pdf(), {"gross": _p(NG_GROSS), "net": _p(NG_NET)}


NG_ROWS = [  # (dd-Mon-yyyy trans, value, narration, amount)
    ("02-Nov-2026", "02-Nov-2026", "POS/WDL/ARIARIA JUNCTION", -10000.00),
    ("04-Nov-2026", "04-Nov-2026", "AIRTIME/MTN/0803***4471", -1500.00),
    ("05-Nov-2026", "05-Nov-2026", "TRF FROM NWACHUKWU OBINNA", 15000.00),
    ("07-Nov-2026", "07-Nov-2026", "LOAN REPAYMENT - GROUP LOAN", -22500.00),
    ("10-Nov-2026", "10-Nov-2026", "TRF TO EZE STORES ABA", -8400.00),
    ("13-Nov-2026", "13-Nov-2026", "PHCN/EEDC PREPAID TOKEN", -6000.00),
    ("14-Nov-2026", "14-Nov-2026", "TRF TO OSISIOMA SPECIALIST HOSP", 0.0),
    ("18-Nov-2026", "18-Nov-2026", "POS/WDL/FAULKS ROAD", -5000.00),
    ("21-Nov-2026", "21-Nov-2026", "SMS ALERT CHARGES", -160.00),
    ("25-Nov-2026", "25-Nov-2026", "TRF TO UMUNNA CONTRIBUTION", -3000.00),
    ("28-Nov-2026", "30-Nov-2026", "SALARY NOV 2026 ARIARIA LEATHER", 0.0),
    ("30-Nov-2026", "30-Nov-2026", "ACCOUNT MAINTENANCE FEE", -250.00),
]
NG_OPEN = 78640.15


def _ng_rows():
    return [(d, v, n, NG_NET if n.startswith("SALARY") else -NG_MED_PAID if "OSISIOMA" in n else m)
            for d, v, n, m in NG_ROWS]


def en_stmt_ng_aba_microfinance_statement() -> tuple[bytes, dict]:
    """A microfinance bank's STATEMENT OF ACCOUNT (A4): the customer block at the left and a summary block at the right
    ABOVE the rows (Opening Balance, Total Debit, Total Credit, Closing Balance), 'Period: 01-Nov-2026 To 30-Nov-2026',
    rows Trans Date | Value Date | Narration | Debit | Credit | Balance with 'dd-Mon-yyyy' dates and a full grid; the
    salary credited on 28-Nov with value date 30-Nov."""
    rows = _ng_rows()
    bal = _run(NG_OPEN, [m for *_a, m in rows])
    debit = _r(-sum(m for *_a, m in rows if m < 0))
    credit = _r(sum(m for *_a, m in rows if m > 0))
    p = Page(A4, zh=False)
    p.box(40, 30, 36, 36, fill=OCHRE, stroke=None, radius=18)
    p.t(58, 53, "NH", 12, bold=True, align="c", color=WHITE)
    p.t(86, 46, NG["bank"].upper(), 13, bold=True, color=OCHRE)
    p.t(86, 60, "Aba Main Branch, 42 Asa Road, Aba  |  RC 1187742", 8, color=GREY)
    p.t(298, 100, "STATEMENT OF ACCOUNT", 12, bold=True, align="c")
    for k, s in enumerate([f"Customer: {NG['person'].upper()}", "Address: 7 Okigwe Road, Osisioma, Aba",
                           f"Account No: {NG['account']}", "Account Type: Savings (Individual)",
                           "Currency: NGN", "Period: 01-Nov-2026 To 30-Nov-2026"]):
        p.t(44, 126 + k * 15, s, 9)
    p.box(350, 116, 205, 82, stroke=(0, 0, 0), lw=0.6)
    for k, (lab, v) in enumerate([("Opening Balance", NG_OPEN), ("Total Debit", debit), ("Total Credit", credit),
                                  ("Closing Balance", bal[-1])]):
        p.t(358, 134 + k * 18, lab, 9, bold=k == 3)
        p.t(549, 134 + k * 18, f"{v:,.2f}", 9, bold=k == 3, align="r")
    table = [("Trans Date", "Value Date", "Narration", "Debit", "Credit", "Balance")]
    for (d, v, n, m), b in zip(rows, bal, strict=True):
        table.append((d, v, n, f"{-m:,.2f}" if m < 0 else "", f"{m:,.2f}" if m > 0 else "", f"{b:,.2f}"))
    p.table(40, 222, [66, 66, 180, 65, 65, 73], table, rh=18, size=7.6, aligns=["l", "l", "l", "r", "r", "r"],
            head_fill=(0.95, 0.88, 0.72))
    p.t(298, 800, "Thank you for banking with us. Report any unauthorised entry within 7 days.", 8, align="c",
        color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


NG_MED = [("Registration / Card", 2000.00), ("Consultation (Specialist)", 10000.00), ("Full Blood Count", 4500.00),
          ("Malaria Parasite Test", 2500.00), ("Abdominal Ultrasound Scan", 15000.00), ("Drugs (Pharmacy)", 12350.00)]
NG_MED_TOTAL = _r(sum(v for _k, v in NG_MED))
NG_MED_DEPOSIT = 10000.00
NG_MED_PAID = _r(NG_MED_TOTAL - NG_MED_DEPOSIT)


def en_med_ng_aba_hospital_invoice() -> tuple[bytes, dict]:
    """A specialist hospital's INVOICE / RECEIPT (A5): 'Date: 14th November, 2026' with an ordinal, Hosp. No., the
    patient, S/N | Service | Amount (N) with a full grid, TOTAL, Less: Deposit, BALANCE PAID by transfer, a round
    PAID stamp."""
    p = Page(A5, zh=False)
    p.t(210, 36, NG["hospital"].upper(), 12.5, bold=True, align="c", color=MAROON)
    p.t(210, 50, "12 Hospital Road, Osisioma, Aba  .  Tel 0803 774 2210", 7.5, align="c")
    p.t(210, 76, "INVOICE / RECEIPT", 11, bold=True, align="c")
    p.t(30, 100, "Hosp. No: OSH/26/08813", 9)
    p.t(390, 100, "Date: 14th November, 2026", 9, align="r")
    p.t(30, 116, f"Patient: {NG['person']}", 9)
    p.t(30, 132, "Sex: F   Age: 37   Clinic: GOPD", 9)
    rows = [("S/N", "Service", "Amount (N)")] + [(str(k + 1), s, f"{v:,.2f}") for k, (s, v) in enumerate(NG_MED)]
    y = p.table(30, 142, [30, 230, 100], rows, rh=19, size=8.6, aligns=["c", "l", "r"])
    for k, (lab, v) in enumerate([("TOTAL", NG_MED_TOTAL), ("Less: Deposit (10-Nov-2026)", NG_MED_DEPOSIT),
                                  ("BALANCE PAID (Transfer)", NG_MED_PAID)]):
        p.t(130, y + 18 + k * 16, lab, 9, bold=k != 1)
        p.t(386, y + 18 + k * 16, f"{v:,.2f}", 9, bold=k != 1, align="r")
    p.t(30, y + 84, "Cashier: Mrs. Okoro", 8.5)
    p.t(30, y + 98, "Thank you. Get well soon.", 8.5, color=GREY)
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(0.1, 0.2, 0.7, alpha=0.8)
    c.setFillColorRGB(0.1, 0.2, 0.7, alpha=0.8)
    c.setLineWidth(2)
    c.circle(330, p.h - (y + 100), 30, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(330, p.h - (y + 104), "PAID")
    c.setFont("Helvetica", 6)
    c.drawCentredString(330, p.h - (y + 114), "14 NOV 2026")
    c.restoreState()
    return p.pdf(), {"total": _p(NG_MED_TOTAL), "paid": _p(NG_MED_PAID)}


def en_other_ng_aba_pos_agent_transfer_slip() -> tuple[bytes, dict]:
    """Look-alike: a POS agent's thermal TRANSFER slip (a 58 mm roll): the terminal, sender and beneficiary, amount,
    charge, APPROVED: a money transfer receipt (other)."""
    p = Page((164, 420), zh=False)
    x0, x1 = 10, 154
    p.t(82, 24, "MONIEPOINT AGENT", 9, bold=True, align="c")
    p.t(82, 36, "EZINNE POS & BUSINESS CENTRE", 6.8, align="c")
    p.t(82, 46, "Ariaria Market Gate 3, Aba", 6.8, align="c")
    p.line(x0, 54, x1, 54, 0.4, dash=(2, 2))
    p.t(82, 68, "TRANSFER", 10, bold=True, align="c")
    items = [("Date", "19/11/2026 14:22"), ("Terminal", "2KMP0A7731"), ("Sender", "CHIAMAKA B NWACHUKWU"),
             ("Beneficiary", "OKAFOR EMEKA"), ("Bank", "OPAY"), ("Acct", "81******409"), ("Amount", "N20,000.00"),
             ("Charge", "N200.00"), ("RRN", "112619142207"), ("STAN", "004417")]
    y = 80
    for k, v in items:
        y += 13
        p.t(x0, y, k, 7, face="Courier")
        p.t(x1, y, v, 7, face="Courier", align="r")
    y += 12
    p.line(x0, y, x1, y, 0.4, dash=(2, 2))
    p.t(82, y + 18, "*** APPROVED ***", 9, bold=True, align="c")
    p.t(82, y + 34, "Thank you for your patronage", 6.8, align="c")
    p.t(82, y + 44, "Customer copy", 6.8, align="c")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# Chaguanas, Trinidad: a poultry plant's line worker (unemployment)

TT = dict(person="Anjali Ramdass-Mohammed", employer="Caroni Plains Poultry Processors Limited",
          credit_union="Montrose Workers' Co-operative Credit Union Ltd", account="10-08834-S1")


def en_unemp_tt_chaguanas_termination_letter() -> tuple[bytes, dict]:
    """A Trinidad poultry plant's letter of termination for retrenchment (Letter size): dated '6th November, 2026'
    at the left under the letterhead, 'Re: Notice of Termination - Retrenchment' underlined, the last day, the
    severance under the Retrenchment and Severance Benefits Act worked out in a sentence, the HR manager's pen
    signature."""
    p = Page(LETTER, zh=False)
    p.t(306, 54, TT["employer"].upper(), 13, bold=True, align="c", color=MAROON)
    p.t(306, 70, "Caroni Savannah Road, Chaguanas, Trinidad, W.I.  .  Tel (868) 665-4420", 8.5, align="c")
    p.line(60, 80, 552, 80, 0.8, color=MAROON)
    p.t(72, 118, "6th November, 2026", 10.5, face="Times-Roman")
    for k, s in enumerate([f"Ms. {TT['person']}", "LP 41 Edinburgh Extension", "Chaguanas"]):
        p.t(72, 150 + k * 14, s, 10.5, face="Times-Roman")
    p.t(72, 212, f"Dear Ms. {TT['person'].split('-')[0].split()[-1]}-Mohammed,", 10.5, face="Times-Roman")
    p.t(72, 238, "Re: Notice of Termination - Retrenchment", 10.5, face="Times-Bold")
    p.line(72, 241, 290, 241, 0.6)
    body = [
        "Following the closure of the Further Processing Line, the Company has had to reduce its workforce. We",
        "regret to inform you that your position as Line Operator (Deboning) has been made redundant, and your",
        "employment with the Company will end on Friday 20th November, 2026, which will be your last working day.",
        "",
        "In accordance with the Retrenchment and Severance Benefits Act, you will receive severance of two weeks'",
        "basic wage for each completed year of service (6 years), together with your outstanding vacation leave.",
        "These sums will be paid with your final wages. Your NIS Form 7 and a Certificate of Employment will be",
        "available from the Human Resources Office from 27th November, 2026.",
        "",
        "We thank you for your service and wish you every success.",
    ]
    y = 268
    for s in body:
        p.t(72, y, s, 10.5, face="Times-Roman")
        y += 16
    p.t(72, y + 20, "Yours faithfully,", 10.5, face="Times-Roman")
    p.hand(76, y + 58, "R. Singh-Baptiste", 14, key="tt-sign")
    p.t(72, y + 76, "Rosanna Singh-Baptiste", 10.5, face="Times-Roman")
    p.t(72, y + 90, "Human Resources Manager", 10.5, face="Times-Roman")
    p.t(72, y + 104, f"for {TT['employer']}", 10.5, face="Times-Roman")
    return p.pdf(), {}


TT_ROWS = [  # (Mon dd, description, amount)
    ("Oct 16", "Payroll Deduction - Shares", 150.00), ("Oct 19", "Loan Repayment L-2231", -1240.00),
    ("Oct 23", "Cash Withdrawal - Branch", -600.00), ("Oct 30", "Payroll Deposit CPPP", 2415.60),
    ("Nov 02", "Linx POS PriceSmart Chaguanas", -388.45), ("Nov 05", "T&TEC Bill Payment", -214.00),
    ("Nov 09", "Loan Repayment L-2231", -1240.00), ("Nov 13", "Payroll Deposit CPPP", 2415.60),
    ("Nov 17", "WASA Bill Payment", -96.00), ("Nov 20", "Cash Withdrawal - ATM", -500.00),
    ("Nov 25", "Final Pay & Severance CPPP", 9862.40), ("Nov 26", "Loan Repayment L-2231 (arrears)", -2480.00),
    ("Nov 30", "Dividend Credit", 37.18),
]
TT_OPEN = 2122.74


def en_stmt_tt_chaguanas_credit_union_history() -> tuple[bytes, dict]:
    """A credit union's ACCOUNT HISTORY print (Letter) from 15 October 2026 to 30 November 2026 (more than a month),
    'Oct 16' dates without year, one signed Amount column and a running Balance, no rules between rows, the closing
    balance in the last row's balance and again in a line 'Balance as at 30 November 2026'."""
    bal = _run(TT_OPEN, [m for *_a, m in TT_ROWS])
    p = Page(LETTER, zh=False)
    p.t(60, 56, TT["credit_union"], 13, bold=True, color=NAVY)
    p.t(60, 72, "Southern Main Road, Montrose, Chaguanas  .  www.montrosecu.example.tt", 8.5, color=GREY)
    p.t(552, 56, "ACCOUNT HISTORY", 12, bold=True, align="r")
    p.t(60, 112, f"Member: {TT['person']}", 10)
    p.t(60, 128, f"Account: {TT['account']} (Regular Savings)", 10)
    p.t(60, 144, "From: 15 October 2026   To: 30 November 2026", 10)
    p.t(552, 112, "Printed: 01 Dec 2026 10:12", 8.5, align="r", color=GREY)
    p.t(552, 128, "Branch: Chaguanas", 8.5, align="r", color=GREY)
    y = 178
    for x, h, a in [(62, "Date", "l"), (130, "Description", "l"), (450, "Amount TT$", "r"), (550, "Balance TT$", "r")]:
        p.t(x, y, h, 9.5, bold=True, align=a)
    p.line(60, y + 6, 552, y + 6, 1.0, color=NAVY)
    y += 8
    p.t(130, y + 16, "Balance Brought Forward", 9.5)
    p.t(550, y + 16, f"{TT_OPEN:,.2f}", 9.5, align="r")
    y += 16
    for (d, s, m), b in zip(TT_ROWS, bal, strict=True):
        y += 18
        p.t(62, y, d, 9.5)
        p.t(130, y, s, 9.5)
        p.t(450, y, f"{m:,.2f}", 9.5, align="r")
        p.t(550, y, f"{b:,.2f}", 9.5, align="r")
    p.line(60, y + 10, 552, y + 10, 1.0, color=NAVY)
    p.t(130, y + 30, "Balance as at 30 November 2026", 10, bold=True)
    p.t(550, y + 30, f"{bal[-1]:,.2f}", 10, bold=True, align="r")
    p.t(60, y + 64, "Negative amounts are withdrawals. Shares and deposits are insured by the Credit Union's fund.", 8,
        color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_other_tt_nis_contributions_screen() -> tuple[bytes, dict]:
    """Look-alike: a national insurance board's online 'Contribution Record' screen: the insured person's NIS number,
    a table of weeks credited and earnings class per month, no money paid to anyone (other)."""
    p = Page(PHONE, zh=False)
    _bar(p, "9:41")
    p.box(0, 44, 390, 56, fill=(0.0, 0.33, 0.55), stroke=None)
    p.t(195, 78, "NIBTT  e-Services", 13, bold=True, align="c", color=WHITE)
    p.t(24, 130, "Contribution Record", 15, bold=True)
    p.t(24, 152, f"{TT['person']}", 11)
    p.t(24, 168, "NIS No. ******4471", 10, color=GREY)
    rows = [("Month", "Weeks", "Class", "Employer")]
    for m, w, c in [("Nov 2026", "3", "VIII"), ("Oct 2026", "5", "VIII"), ("Sep 2026", "4", "VIII"),
                    ("Aug 2026", "4", "VIII"), ("Jul 2026", "5", "VIII"), ("Jun 2026", "4", "VIII")]:
        rows.append((m, w, c, "CPPP"))
    p.table(20, 186, [100, 70, 70, 110], rows, rh=30, size=10.5, head_fill=(0.88, 0.93, 0.97), grid=False,
            hlines=True, aligns=["l", "c", "c", "l"])
    p.t(24, 420, "Total weeks credited (2026): 45", 11)
    p.t(24, 446, "Records may take up to 8 weeks to update.", 9, color=GREY)
    p.box(40, 740, 310, 40, fill=(0.0, 0.33, 0.55), stroke=None, radius=8)
    p.t(195, 765, "Download Statement", 12, bold=True, align="c", color=WHITE)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# Lae, Papua New Guinea: a coffee exporter's store clerk (income drop)

PG = dict(person="Kila Bomai Wanpis", employer="Markham Highlands Coffee Exporters Ltd",
          bank="Huon Gulf Savings & Loan Society", tail="3308")
PG_EARN = [("Ordinary Hours 80.00 @ K9.35", _r(80 * 9.35)), ("Overtime 1.5x 6.50 @ K14.03", _r(6.5 * 14.03)),
           ("Shift Allowance", 60.00), ("Meal Allowance", 40.00)]
PG_GROSS = _r(sum(v for _k, v in PG_EARN))
PG_DED = [("Salary & Wages Tax", 74.60), ("Nasfund 6%", _r(80 * 9.35 * 0.06)), ("S&L Society Deposit", 50.00)]
PG_NET = _r(PG_GROSS - sum(v for _k, v in PG_DED))


def en_pay_pg_lae_fortnightly_pay_advice() -> tuple[bytes, dict]:
    """A Lae coffee exporter's PAY ADVICE for a FORTNIGHT (A5 landscape): 'Pay 24: 16/11/2026 to 29/11/2026' (both in
    November), kina with a K before the figures, hours and rates inside the earnings labels, Salary & Wages Tax and
    Nasfund, Gross / Deductions / Nett Pay in three boxes across the foot."""
    p = Page(landscape(A5), zh=False)
    p.box(0, 0, 595, 50, fill=(0.36, 0.2, 0.08), stroke=None)
    p.t(24, 30, PG["employer"], 13, bold=True, color=WHITE)
    p.t(571, 30, "PAY ADVICE", 12, bold=True, align="r", color=WHITE)
    p.t(24, 74, f"Employee: {PG['person']}", 9.5)
    p.t(320, 74, "Emp No: MHC-1184", 9.5)
    p.t(24, 90, "Position: Store Clerk, Dry Mill (Voco Point, Lae)", 9.5)
    p.t(320, 90, "Pay 24: 16/11/2026 to 29/11/2026", 9.5, bold=True)
    p.t(320, 106, "Paid: 01/12/2026   Nasfund No: 2219087", 9)
    y = 126
    p.t(24, y, "Earnings", 10, bold=True)
    p.t(300, y, "Deductions", 10, bold=True)
    p.line(24, y + 5, 280, y + 5, 0.5)
    p.line(300, y + 5, 571, y + 5, 0.5)
    for k in range(max(len(PG_EARN), len(PG_DED))):
        yy = y + 22 + k * 17
        if k < len(PG_EARN):
            p.t(28, yy, PG_EARN[k][0], 9)
            p.t(278, yy, f"K{PG_EARN[k][1]:,.2f}", 9, align="r")
        if k < len(PG_DED):
            p.t(304, yy, PG_DED[k][0], 9)
            p.t(569, yy, f"K{PG_DED[k][1]:,.2f}", 9, align="r")
    y = 230
    for k, (lab, v) in enumerate([("Gross", PG_GROSS), ("Deductions", _r(PG_GROSS - PG_NET)), ("Nett Pay", PG_NET)]):
        x = 24 + k * 186
        p.box(x, y, 175, 46, stroke=(0.36, 0.2, 0.08), lw=1.0 if k == 2 else 0.5)
        p.t(x + 8, y + 16, lab, 9, bold=k == 2)
        p.t(x + 167, y + 36, f"K{v:,.2f}", 13 if k == 2 else 11, bold=k == 2, align="r")
    p.t(24, y + 76, "Paid by direct credit to Huon Gulf S&L a/c ****3308. Queries: payroll office, ext. 212.", 8,
        color=GREY)
    return p.pdf(), {"gross": _p(PG_GROSS), "net": _p(PG_NET)}


PG_ROWS = [  # newest first: (dd Mon, what, amount)
    ("30 Nov", "EFTPOS Papindo Lae", -86.40), ("29 Nov", "Digicel Top Up", -20.00), ("27 Nov", "Loan Repayment", -210.00),
    ("24 Nov", "ATM Eriku", -150.00), ("21 Nov", "Transfer to Wanpis J.", -100.00), ("19 Nov", "EFTPOS Andersons", -64.75),
    ("17 Nov", "Salary MHCE Pay 23", 712.46), ("16 Nov", "PNG Power Easipay", -50.00),
]
PG_OPEN = 318.92


def en_stmt_pg_lae_savings_app_fifteen_days() -> tuple[bytes, dict]:
    """A savings and loan society's app 'Statement' screen of the LAST 15 DAYS only ('16 Nov 2026 - 30 Nov 2026' in a
    chip, the app's choices 15 days / 30 days / 90 days), the account as 'Savings ****3308' with no holder's name, an
    opening and a closing balance line, rows newest first with signed kina."""
    moves = [m for *_a, m in reversed(PG_ROWS)]
    close = _run(PG_OPEN, moves)[-1]
    p = Page(PHONE, zh=False)
    _bar(p, "18:05")
    p.t(24, 74, "<", 16)
    p.t(195, 74, "Statement", 14, bold=True, align="c")
    p.t(24, 108, PG["bank"], 10, color=GREY)
    p.t(24, 128, f"Savings ****{PG['tail']}", 13, bold=True)
    for k, (lab, on) in enumerate([("15 days", True), ("30 days", False), ("90 days", False)]):
        x = 24 + k * 94
        p.box(x, 144, 84, 28, fill=(0.1, 0.45, 0.42) if on else LIGHT, stroke=None, radius=14)
        p.t(x + 42, 163, lab, 10, align="c", color=WHITE if on else (0, 0, 0))
    p.t(24, 196, "16 Nov 2026 - 30 Nov 2026", 11)
    p.t(24, 222, "Opening balance", 10, color=GREY)
    p.t(366, 222, f"K{PG_OPEN:,.2f}", 10, align="r", color=GREY)
    p.t(24, 244, "Closing balance", 11, bold=True)
    p.t(366, 244, f"K{close:,.2f}", 11, bold=True, align="r")
    p.line(20, 256, 370, 256, 0.6)
    y = 260
    for d, w, m in PG_ROWS:
        y += 48
        p.t(24, y - 10, w, 11)
        p.t(24, y + 6, d + " 2026", 8.5, color=GREY)
        p.t(366, y - 2, ("+" if m > 0 else "-") + f"K{abs(m):,.2f}", 11, bold=True, align="r",
            color=(0.1, 0.45, 0.42) if m > 0 else (0, 0, 0))
        p.line(24, y + 16, 366, y + 16, 0.3, color=(0.85, 0.85, 0.85))
    return p.pdf(), {"closing": _p(close)}


PG_FORTNIGHT = _r(80 * 9.35)
PG_MONTHLY = _r(PG_FORTNIGHT * 26 / 12)


def en_income_pg_lae_employment_confirmation() -> tuple[bytes, dict]:
    """A Lae employer's CONFIRMATION OF EMPLOYMENT (A4): dated '20 November 2026' at the right, addressed to the loans
    officer of the savings and loan society, the fortnightly base pay of K748.00 and 'an average of K1,620.67 per
    month', permanent since 2021, signed by the human resources officer over a company stamp."""
    p = Page(A4, zh=False)
    p.t(298, 52, PG["employer"].upper(), 13.5, bold=True, align="c", color=(0.36, 0.2, 0.08))
    p.t(298, 68, "PO Box 1922, Lae 411, Morobe Province, Papua New Guinea  .  Ph 472 3310", 8.5, align="c")
    p.line(50, 78, 545, 78, 1.0, color=(0.36, 0.2, 0.08))
    p.t(540, 112, "20 November 2026", 10.5, align="r")
    for k, s in enumerate(["The Loans Officer", PG["bank"], "PO Box 88, Lae"]):
        p.t(60, 140 + k * 14, s, 10.5)
    p.t(60, 206, "CONFIRMATION OF EMPLOYMENT", 11, bold=True)
    body = [
        f"This is to confirm that {PG['person']} has been employed by {PG['employer']}",
        "on a permanent basis since 8 March 2021, and is currently a Store Clerk at our Voco Point dry mill.",
        "",
        f"His fortnightly base pay is K{PG_FORTNIGHT:,.2f} before tax, an average of K{PG_MONTHLY:,.2f} per month.",
        "Overtime and shift allowances are paid in addition when worked. Since the export season ended his",
        "overtime has stopped, and from December he moves to a four-day week.",
        "",
        "This letter is issued at his request to support an application to reschedule his loan.",
    ]
    y = 236
    for s in body:
        p.t(60, y, s, 10.5)
        y += 17
    p.t(60, y + 30, "Yours sincerely,", 10.5)
    p.hand(64, y + 66, "M. Kaupa", 14, key="pg-sign")
    p.t(60, y + 84, "Martha Kaupa", 10.5)
    p.t(60, y + 98, "Human Resources Officer", 10.5)
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(0.2, 0.3, 0.7, alpha=0.8)
    c.setFillColorRGB(0.2, 0.3, 0.7, alpha=0.8)
    c.setLineWidth(1.6)
    c.rect(250, p.h - (y + 110), 170, 50, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawCentredString(335, p.h - (y + 78), "MARKHAM HIGHLANDS COFFEE")
    c.drawCentredString(335, p.h - (y + 90), "EXPORTERS LTD - LAE")
    c.setFont("Helvetica", 7)
    c.drawCentredString(335, p.h - (y + 102), "HUMAN RESOURCES")
    c.restoreState()
    return p.pdf(), {"monthly": _p(PG_MONTHLY)}


# --------------------------------------------------------------------------------------------------------------------
# the set

DIM = dict(exposure=0.74, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-botou-foundry-spreadsheet-strip": dict(
        draw=zh_pay_botou_foundry_spreadsheet_strip, type="payslip", lang="zh",
        fields={"employer": BT["employer"], "employee": BT["person"], "period": "2026-11", "gross_pay": _p(BT_GROSS),
                "net_pay": _p(BT_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.2, persp=0.07, blur=1.0, quality=64, falloff=0.45,
                                         margin=0.06)},
        note="a Hebei foundry's 工资条 cut from a printed spreadsheet (a long narrow strip): one title line with "
             "2026年11月份, one ruled header row 工号 | 姓名 | 出勤 | 基本工资 | 计件工资 | 加班费 | 高温补贴 | 应发合计 | 养老 | "
             "医疗 | 失业 | 公积金 | 扣款合计 | 实发工资 over one value row, no label anywhere else, the worker's pen "
             "signature in a 签收 space, a dashed cutting line"),
    "zh-stmt-botou-rcb-two-page-statement": dict(
        draw=zh_stmt_botou_rcb_two_page_statement, type="bank_statement", lang="zh",
        fields={"bank": [BT["bank"], "河北泊头农村商业银行股份有限公司"], "account_holder": BT["person"],
                "account_number": [BT["account"], BT["account"].replace(" ", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": None},
        forms={"text": {}, "scan": {}},
        note="a Hebei rural commercial bank's 个人账户对账单 over two A4 pages: 户名 / 账号 / 起止日期 2026/11/01-2026/11/30 "
             "in a header block, rows with slashed dates (2026/11/03) | 摘要 | 对方户名 | 借方发生额 | 贷方发生额 | 余额 "
             "ruled only under the heading and at the end, page 2 ending with ONE footer line 期初余额 … 借方合计 … "
             "贷方合计 … 期末余额 and the bank's round 业务专用章; the 代发工资 of 11-28 is the strip's 实发工资, the "
             "hospital payment of 11-14 its 个人自付 and a school payment the fee notice's total"),
    "zh-med-botou-inpatient-settlement": dict(
        draw=zh_med_botou_inpatient_settlement, type="medical_bill", lang="zh",
        fields={"provider": BT["hospital"], "patient": BT["person"], "date": ["2026-11-09", "2026-11-03"],
                "total": [_p(BT_MED_TOTAL), _p(BT_MED_SELF)]},
        forms={"photo": dict(desk="cloth", angle=2.6, persp=0.1, blur=1.1, quality=60, falloff=0.5, crumple=0.45)},
        note="a county hospital's 住院费用结算单 (A5 landscape): 住院号, 入院日期 2026-11-03, 出院日期 2026-11-09, 住院天数, "
             "fee classes two across in a ruled grid, 费用总额 / 医保统筹支付 / 个人自付 on one line, 个人自付 in 大写, "
             "结算日期 2026-11-09 (date = the settlement day; admission accepted), a round 收费专用章; crumpled"),
    "zh-other-botou-school-fee-notice": dict(
        draw=zh_other_botou_school_fee_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-3.0, persp=0.09, blur=1.1, quality=62, falloff=0.5,
                             hand="bottom")},
        note="look-alike: a middle school's 缴费通知单 to a pupil's parent (A5): 住宿费, 教辅资料费, 校服费 in a ruled table "
             "with 合计, a due date, the school's 财务专用章: a fee demand for a child (other); held by a thumb"),
    "zh-unemp-korla-ginnery-contract-end": dict(
        draw=zh_unemp_korla_ginnery_contract_end, type="unemployment_proof", lang="zh",
        fields={"person": KL["person"], "issuer": KL["employer"], "date": "2026-11-16"},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.8, persp=0.08, blur=1.05, quality=62, falloff=0.5,
                                         fold=0.5), "scan": {}},
        note="a Xinjiang cotton ginnery's 终止劳动合同证明书 (A4): a seasonal contract for one ginning season "
             "(2026年8月20日至2026年11月15日) that ran out and was not renewed (终止, not 解除), the ID number masked, "
             "用人单位（盖章）/ the company / 日期：2026年11月16日 in a block at the lower right under the round seal, "
             "a dashed line then the worker's 签收 and 签收日期 2026.11.16 in dotted form; the photo folded in half"),
    "zh-stmt-korla-app-e-statement-screen": dict(
        draw=zh_stmt_korla_app_e_statement_screen, type="bank_statement", lang="zh",
        fields={"bank": KL["bank"], "account_holder": KL["person"], "account_number": KL["tail"],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": None},
        forms={"image": {}},
        note="a Xinjiang rural bank app's 电子对账单 screen: 借记卡(6617) with 户名 small and grey under it, the period "
             "2026.11.01 - 2026.11.30 in a selector, 期初余额 / 收入 / 支出 / 期末余额 in a red four-cell card, rows "
             "newest first with a time and a signed amount and no running balance; the last wage and the first "
             "失业保险金 credit"),
    "zh-other-korla-cotton-sale-settlement": dict(
        draw=zh_other_korla_cotton_sale_settlement, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=-4.2, persp=0.1, blur=1.2, quality=58, **DIM)},
        note="look-alike: a ginnery's 籽棉交售结算单 for the worker's father (a half sheet): 磅单号, 交售日期, grades with net "
             "weight and price, 扣 lines, 实付金额: a farm sale receipt, not a wage (other); the photo dim"),
    "zh-pay-macau-laundry-payslip-october": dict(
        draw=zh_pay_macau_laundry_payslip_october, type="payslip", lang="zh",
        fields={"employer": [MO["employer"], MO["employer_pt"]], "employee": MO["person"], "period": "2026-10",
                "gross_pay": _p(MO_GROSS), "net_pay": _p(MO_NET)},
        forms={"text": {}, "photo": dict(desk="laminate", angle=2.9, persp=0.09, blur=1.1, quality=61, falloff=0.5,
                                         shadow=0.32)},
        note="a Macau hotel laundry's 糧單 / Recibo de Vencimento (A5) of OCTOBER 2026 (the wrong month for a November "
             "check): traditional Chinese and Portuguese on every label, 糧期 Período 01/10/2026 - 31/10/2026 "
             "day-first, 發薪日 05/11/2026, MOP before each figure, 收入 then 扣除 one under the other (社會保障基金 "
             "MOP 30, 職業稅 0, an advance), 總收入 Total ilíquido and 實收 Líquido a receber in a grey bar; the phone's "
             "shadow over the photo"),
    "zh-stmt-macau-bank-two-page-extracto": dict(
        draw=zh_stmt_macau_bank_two_page_extracto, type="bank_statement", lang="zh",
        fields={"bank": [MO["bank"], MO["bank_pt"]], "account_holder": MO["person"],
                "account_number": [MO["account"], MO["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": None},
        forms={"text": {}, "scan": {}},
        note="a Macau savings bank's 結單 / Extracto de conta over two A4 pages in traditional Chinese and Portuguese: "
             "the holder's name and Taipa address at the top left, 戶口號碼 / 結單日期 in a ruled box at the right, 期間 "
             "Período 01/11/2026 - 30/11/2026, rows 日期 Data (dd/mm/yyyy) | 摘要 Descrição | 支出 Débito | 存入 Crédito | "
             "結餘 Saldo under a tinted heading, 承上結餘 first, 轉下頁 / 承上頁 carrying the balance, 本期結餘 Saldo final "
             "with MOP only on page 2; October's 實收 credited on 05/11, the clinic paid by card on 18/11"),
    "zh-income-macau-employment-certificate": dict(
        draw=zh_income_macau_employment_certificate, type="income_proof", lang="zh",
        fields={"employer": [MO["employer"], MO["employer_pt"]], "employee": MO["person"],
                "monthly_income": _p(MO_MONTHLY), "date": "2026-11-25"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=-1.5, persp=0.08, blur=1.05, quality=63,
                                         falloff=0.45, crumple=0.25)},
        note="a Macau 工作證明書 / Declaração de Trabalho (A4): employed since 2019 as 熨燙工, 每月基本工資 澳門元 MOP "
             "11,800.00 with 大寫 (澳門元壹萬壹仟捌佰元正), overtime and allowances on top, the purpose (貸款延期還款), "
             "a Portuguese line under each paragraph, 此致 the bank, dated 2026年11月25日 under the manager's name "
             "and the round company seal; creased"),
    "zh-med-macau-clinic-recibo": dict(
        draw=zh_med_macau_clinic_recibo, type="medical_bill", lang="zh",
        fields={"provider": [MO["clinic"], "Centro Médico Hong Tai de Coloane"], "patient": MO["person"],
                "date": "2026-11-18", "total": _p(MO_MED_TOTAL)},
        forms={"photo": dict(desk="wood", angle=-2.4, persp=0.1, blur=1.1, quality=60, falloff=0.5, hand="right"),
               "text": {}},
        note="a Coloane medical centre's 收據 / RECIBO (a half sheet): a red serial number, 日期 Data 18-11-2026 with "
             "hyphens, 病人 Doente, items in Chinese and Portuguese between two rules, 合計 Total（MOP）, 已收 Recebido by "
             "card, a rectangular red 收訖 PAGO chop; held by fingers at the right"),
    "en-pay-ng-aba-shoe-factory-payslip": dict(
        draw=en_pay_ng_aba_shoe_factory_payslip, type="payslip", lang="en",
        fields={"employer": [NG["employer"], NG["employer"].upper()], "employee": NG["person"], "period": "2026-11",
                "gross_pay": _p(NG_GROSS), "net_pay": _p(NG_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.9, persp=0.08, blur=1.05, quality=62, falloff=0.5,
                                         crumple=0.35), "scan": {}},
        note="a Nigerian shoe factory's PAYSLIP (A4, top half): the period only as 'PAYSLIP FOR THE MONTH OF NOVEMBER, "
             "2026', staff number and department, EARNINGS and DEDUCTIONS side by side in naira written 'N' with "
             "thousands separators, PAYE Tax, Pension (Employee 8%), NHF (2.5% of Basic), a staff loan, TOTAL EARNINGS "
             "/ TOTAL DEDUCTIONS under each side, NET PAY in a green bar; crumpled"),
    "en-stmt-ng-aba-microfinance-statement": dict(
        draw=en_stmt_ng_aba_microfinance_statement, type="bank_statement", lang="en",
        fields={"bank": [NG["bank"], NG["bank"].upper(), "Ngwa Heritage MFB"],
                "account_holder": [NG["person"], NG["person"].upper()], "account_number": NG["account"],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": None},
        forms={"text": {}, "scan": {}},
        note="a Nigerian microfinance bank's STATEMENT OF ACCOUNT (A4): the customer in capitals, 'Period: 01-Nov-2026 "
             "To 30-Nov-2026', a summary box ABOVE the rows with Opening Balance / Total Debit / Total Credit / Closing "
             "Balance, a fully ruled grid Trans Date | Value Date | Narration | Debit | Credit | Balance with "
             "dd-Mon-yyyy dates; the salary credited 28-Nov with value date 30-Nov is the payslip's NET PAY, the "
             "hospital transfer of 14-Nov the invoice's balance paid"),
    "en-med-ng-aba-hospital-invoice": dict(
        draw=en_med_ng_aba_hospital_invoice, type="medical_bill", lang="en",
        fields={"provider": [NG["hospital"], NG["hospital"].upper()], "patient": NG["person"], "date": "2026-11-14",
                "total": [_p(NG_MED_TOTAL), _p(NG_MED_PAID)]},
        forms={"photo": dict(desk="cloth", angle=-2.1, persp=0.1, blur=1.1, quality=60, falloff=0.5, shadow=0.28),
               "text": {}},
        note="a Nigerian specialist hospital's INVOICE / RECEIPT (A5): 'Date: 14th November, 2026' with an ordinal, "
             "Hosp. No., patient, sex, age, clinic, a ruled S/N | Service | Amount (N) table, TOTAL, Less: Deposit "
             "(10-Nov-2026), BALANCE PAID (Transfer), a round blue PAID stamp; the phone's shadow over the photo"),
    "en-other-ng-aba-pos-agent-transfer-slip": dict(
        draw=en_other_ng_aba_pos_agent_transfer_slip, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=3.6, persp=0.08, blur=1.15, quality=60, falloff=0.5, crumple=0.5)},
        note="look-alike: a POS agent's thermal TRANSFER slip (58 mm roll): terminal, sender (the machinist), "
             "beneficiary, amount, charge, RRN, *** APPROVED ***: a money transfer receipt (other); crumpled on a dark "
             "table"),
    "en-unemp-tt-chaguanas-termination-letter": dict(
        draw=en_unemp_tt_chaguanas_termination_letter, type="unemployment_proof", lang="en",
        fields={"person": [TT["person"], "Ms. " + TT["person"]], "issuer": [TT["employer"], TT["employer"].upper()],
                "date": "2026-11-06"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.7, persp=0.09, blur=1.05, quality=63,
                                         falloff=0.45, fold=0.36), "scan": {}},
        note="a Trinidad poultry plant's retrenchment letter (Letter size, Times): dated '6th November, 2026' with an "
             "ordinal, 'Re: Notice of Termination - Retrenchment' underlined, last working day Friday 20th November, "
             "2026, severance under the Retrenchment and Severance Benefits Act in words, NIS Form 7 to follow, the HR "
             "manager's pen signature; the photo folded"),
    "en-stmt-tt-chaguanas-credit-union-history": dict(
        draw=en_stmt_tt_chaguanas_credit_union_history, type="bank_statement", lang="en",
        fields={"bank": TT["credit_union"], "account_holder": TT["person"], "account_number": TT["account"],
                "period_start": "2026-10-15", "period_end": "2026-11-30", "closing_balance": None},
        forms={"text": {}, "scan": {}},
        note="a Trinidad credit union's ACCOUNT HISTORY print (Letter) 'From: 15 October 2026 To: 30 November 2026' "
             "(six and a half weeks, covering November), dates 'Oct 16' without a year, one signed Amount TT$ column "
             "and a running Balance, no row rules, Balance Brought Forward first and 'Balance as at 30 November 2026' "
             "after the rows; the final pay and severance of Nov 25"),
    "en-other-tt-nis-contributions-screen": dict(
        draw=en_other_tt_nis_contributions_screen, type="other", lang="en", fields={},
        forms={"image": {}},
        note="look-alike: a national insurance board's e-Services 'Contribution Record' screen: the insured person, a "
             "masked NIS number, weeks credited and earnings class per month: a contribution record, not a payslip "
             "(other)"),
    "en-pay-pg-lae-fortnightly-pay-advice": dict(
        draw=en_pay_pg_lae_fortnightly_pay_advice, type="payslip", lang="en",
        fields={"employer": PG["employer"], "employee": PG["person"], "period": "2026-11", "gross_pay": _p(PG_GROSS),
                "net_pay": _p(PG_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=-3.4, persp=0.11, blur=1.15, quality=59, **DIM), "scan": {}},
        note="a Papua New Guinea coffee exporter's PAY ADVICE for a fortnight (A5 landscape): 'Pay 24: 16/11/2026 to "
             "29/11/2026' (period = November, where both dates fall), kina with K before each figure, hours and rates "
             "inside the earnings labels, Salary & Wages Tax, Nasfund 6%, an S&L deposit, Gross / Deductions / Nett "
             "Pay in three boxes across the foot; the photo dim"),
    "en-stmt-pg-lae-savings-app-fifteen-days": dict(
        draw=en_stmt_pg_lae_savings_app_fifteen_days, type="bank_statement", lang="en",
        fields={"bank": PG["bank"], "account_number": PG["tail"], "period_start": "2026-11-16",
                "period_end": "2026-11-30", "closing_balance": None},
        absent=["account_holder"],
        forms={"image": {}},
        note="a PNG savings and loan society's app 'Statement' screen of the LAST 15 DAYS only (chips 15 days / 30 days "
             "/ 90 days, '16 Nov 2026 - 30 Nov 2026'): 'Savings ****3308' and NO holder's name, Opening and Closing "
             "balance lines above the rows, rows newest first with signed kina (-K86.40); the fortnight's pay of 17 Nov "
             "is the previous pay (Pay 23)"),
    "en-income-pg-lae-employment-confirmation": dict(
        draw=en_income_pg_lae_employment_confirmation, type="income_proof", lang="en",
        fields={"employer": [PG["employer"], PG["employer"].upper()], "employee": PG["person"],
                "monthly_income": _p(PG_MONTHLY), "date": "2026-11-20"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=2.3, persp=0.09, blur=1.05, quality=62,
                                         falloff=0.45, hand="bottom")},
        note="a Lae employer's CONFIRMATION OF EMPLOYMENT (A4): '20 November 2026' at the right, addressed to the loans "
             "officer, the fortnightly base pay K748.00 (80 hours at K9.35, as on the pay advice) and 'an average of K1,620.67 per month' (monthly_income), "
             "overtime stopped, a pen signature over a rectangular blue company stamp; held by a thumb"),
}
for _k in ("zh-stmt-botou-rcb-two-page-statement", "zh-stmt-korla-app-e-statement-screen",
           "zh-stmt-macau-bank-two-page-extracto", "en-stmt-ng-aba-microfinance-statement",
           "en-stmt-tt-chaguanas-credit-union-history", "en-stmt-pg-lae-savings-app-fifteen-days"):
    DOCS[_k]["fields"]["closing_balance"] = DOCS[_k]["draw"]()[1]["closing"]


def entries() -> list[tuple[str, str]]:
    """Every (document, form) pair of the set, in DOCS order."""
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set; deterministic. A photo shows the first page only, so only one-page
    documents are photographed: ValueError for a photo form of a longer one."""
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
                "paid": "total", "own": "total", "monthly": "monthly_income"}


def _check_figures(doc: str) -> None:
    spec = DOCS[doc]
    for key, value in figures(doc).items():
        field = FIGURE_FIELD[key]
        label = spec["fields"][field]
        spellings = [label] if isinstance(label, str) else label
        if key in ("paid", "own"):
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
        assert not set(spec["fields"]) & set(absent), doc
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent24",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent24.json (labels and sha256)")
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
        data = {"as_of_note": "November 2026 documents (a few of another month or span on purpose), judged as of "
                              "2026-12-31 (independent24-checklist.toml, set 21's rules and dates)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
