"""The twenty-third independently generated judging set (bench/thirdparty/independent23.json, ``--independent23``).

    python bench/thirdparty/gen_independent23.py --manifest   (rewrite independent23.json: labels + sha256)
    python bench/thirdparty/gen_independent23.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Xuchang in Henan, Jixi in Heilongjiang, Hualien in Taiwan; Houma in Louisiana, Aberystwyth in Wales, Derry in
Northern Ireland, Launceston in Tasmania, Bridgetown in Barbados). The drawing and photo plumbing (Page, _photo,
_screenshot, _daxie) is imported from gen_independent11.py and the every-page scanner from gen_independent12.py (one
copy of each); everything else, layouts and wording, is this file's own. The papers are of November 2026 (judged as of
2026-12-31, set 21's rules), a few older or of the wrong month on purpose.

What this set varies that earlier ones kept fixed: a wig factory's piece-rate slip whose period is a dotted range
(2026.11.01—2026.11.30), whose deductions include a quality penalty and whose net label is 实领; a bank's self-service
terminal print-out on a 58 mm roll whose range is compact (20261101-20261130), whose card number is masked in the middle
and whose rows carry 8-digit dates; a dental clinic's charge slip with a discount between 合计 and 实收; a coal mine's
解除劳动合同证明书 printed as a stub and a certificate on one landscape sheet with the date in Chinese numerals
(二〇二六年十月二十八日) and a seal across the perforation; a bank app screen of the wrong month (October, sent for a
November check); Taiwanese papers in traditional characters with Minguo years (115年11月, 115/11/03) and whole New Taiwan
dollars without decimals: a stone works' 薪資明細, a farmers' association credit department's two-page 存款往來明細
with 過次頁 / 承前頁, a hospital's 醫療費用收據 with the NHI 部分負擔, a 在職暨薪資證明書 with the salary in 大寫
(新臺幣參萬陸仟元整); a Louisiana pay stub above a detachable VOID cheque with US dates (11/01/2026 - 11/30/2026) and
current / YTD columns; a credit union statement with its ending balance in a summary box above the transactions; a
hospital's itemized statement with insurance payments and adjustments before the patient's balance; a Welsh/English
bilingual payslip whose period is the UK tax month ('Mis/Month 8'); a building society statement that runs from
28 October to 27 November (not a calendar month); a Northern Irish redundancy letter dated 'Friday 16 October 2026'; a
neobank statement grouped under day headings ('Mon 2 Nov') with the closing balance at the top; a Tasmanian salary
letter of September (older than 90 days) giving a yearly salary and the month's figure; a Barbadian clinic bill dated
'Nov. 12, 2026'; look-alikes a mobile carrier's monthly bill screen, a heating-fee arrears notice, a Taiwanese labour
insurance record screen, a council tax reminder in Welsh and English, a veterinary invoice (a bill, but for a dog);
photos creased, folded, dim, skewed, held by a thumb, under a phone's shadow.

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
MANIFEST = HERE / "independent23.json"
PREFIX = "i23"
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.93, 0.93, 0.93)
WHITE = (1, 1, 1)
RED = (0.78, 0.1, 0.1)
TEAL = (0.0, 0.4, 0.45)
PLUM = (0.38, 0.12, 0.36)
FOREST = (0.1, 0.36, 0.18)
SLATE = (0.2, 0.26, 0.34)
PHONE = (390, 844)
LETTER = (612, 792)
ROLL = (164, 560)  # a 58 mm terminal roll


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _g(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _p(v: float) -> str:
    """1234.56"""
    return f"{v:.2f}"


def _nt(v: float) -> str:
    """NT$ whole dollars: 32,400"""
    return f"{v:,.0f}"


def _run(opening: float, moves: list[float]) -> list[float]:
    out, bal = [], opening
    for m in moves:
        bal = _r(bal + m)
        out.append(bal)
    return out


def _bar(p: Page, clock: str, col=(0, 0, 0)):
    p.t(28, 30, clock, 12, bold=True, color=col)
    p.t(296, 30, "4G", 10, bold=True, color=col)
    p.box(326, 20, 26, 11, stroke=col, lw=0.9, radius=3)
    p.box(328, 22, 12, 7, fill=col, stroke=None)


_ZH_NUM = "〇一二三四五六七八九"


def _zh_year(y: int) -> str:
    return "".join(_ZH_NUM[int(c)] for c in str(y))


def _zh_small(n: int) -> str:
    if n < 10:
        return _ZH_NUM[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_NUM[tens]) + "十" + (_ZH_NUM[ones] if ones else "")


def _zh_date(y: int, m: int, d: int) -> str:
    """二〇二六年十月二十八日"""
    return f"{_zh_year(y)}年{_zh_small(m)}月{_zh_small(d)}日"


_TW_DIG = "零壹貳參肆伍陸柒捌玖"


def _tw_daxie(v: int) -> str:
    """新臺幣參萬陸仟元整 (whole dollars, traditional capitals)."""
    units = ["", "拾", "佰", "仟"]
    out = ""
    for group, gname in ((v // 10000, "萬"), (v % 10000, "")):
        if not group:
            continue
        s, zero = "", False
        for k in range(3, -1, -1):
            d = group // 10 ** k % 10
            if d:
                if zero and s:
                    s += "零"
                s += _TW_DIG[d] + units[k]
                zero = False
            else:
                zero = True
        if gname == "" and out and group < 1000:
            out += "零"
        out += s + gname
    return "新臺幣" + out + "元整"


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents: Xuchang (a wig factory), Jixi (a coal mine), Hualien (a stone works, Taiwan)

XC = dict(person="贺秀兰", employer="许昌市建安区瑞发制品有限公司", bank="许昌魏都农村商业银行", tail="4471",
          clinic="许昌市魏都区康贝口腔门诊部")
XC_PIECES = [("勾发（手勾）", 1260, 1.35), ("缝网帽", 214, 3.20), ("梳理定型", 96, 4.50)]
XC_PLUS = [("全勤奖", 200.00), ("夜班补助", 150.00)]
XC_MINUS = [("质量扣款（返工3顶）", 45.00), ("代扣社保", 428.60), ("宿舍水电", 62.40)]
XC_GROSS = _r(sum(_r(q * u) for _n, q, u in XC_PIECES) + sum(v for _k, v in XC_PLUS))
XC_NET = _r(XC_GROSS - sum(v for _k, v in XC_MINUS))


def zh_pay_xuchang_wig_piece_rate_slip() -> tuple[bytes, dict]:
    """A wig factory's 计件工资单 (A5 portrait, printed from the office PC on plain paper): the factory and 发网车间,
    结算周期 2026.11.01—2026.11.30 as a dotted range, 工号 / 姓名 / 组别 in a row, an 工序 | 数量 | 单价 | 金额 ruled
    table, 全勤奖 and 夜班补助 under it, 应发小计, three deductions (a quality penalty first), 实领 boxed at the
    foot, the worker's 签字 blank."""
    p = Page(A5, zh=True)
    p.t(210, 44, XC["employer"], 12.5, bold=True, align="c")
    p.t(210, 66, "发网车间  计件工资单", 11, align="c")
    p.t(34, 92, "结算周期：2026.11.01—2026.11.30", 9.5)
    p.t(390, 92, "打印：2026.12.05", 8.5, align="r", color=GREY)
    p.t(34, 110, "工号：RF-0388", 9.5)
    p.t(150, 110, f"姓名：{XC['person']}", 9.5)
    p.t(290, 110, "组别：勾发三组", 9.5)
    rows = [("工序", "数量", "单价（元）", "金额（元）")]
    rows += [(n, str(q), f"{u:.2f}", _p(_r(q * u))) for n, q, u in XC_PIECES]
    rows += [(k, "", "", _p(v)) for k, v in XC_PLUS]
    y = p.table(34, 122, [150, 60, 70, 76], rows, rh=20, size=9, aligns=["l", "r", "r", "r"])
    p.t(40, y + 18, "应发小计", 10)
    p.t(384, y + 18, _p(XC_GROSS), 10, align="r")
    p.line(34, y + 26, 390, y + 26, 0.4)
    y += 26
    for k, v in XC_MINUS:
        y += 18
        p.t(40, y, "减：" + k, 9.5)
        p.t(384, y, "-" + _p(v), 9.5, align="r")
    y += 16
    p.box(230, y, 160, 30, stroke=(0, 0, 0), lw=1.0)
    p.t(240, y + 20, "实领", 11, bold=True)
    p.t(382, y + 20, _p(XC_NET), 12, bold=True, align="r")
    p.t(34, y + 20, "本人签字：", 9.5)
    p.hand(88, y + 21, XC["person"], 13, key="xc-sign")
    p.t(34, y + 60, "注：工资于次月15日打入本人银行卡，对工资有异议请三日内找车间统计核对。", 8, color=GREY)
    return p.pdf(), {"gross": _p(XC_GROSS), "net": _p(XC_NET)}


XC_ROWS = [  # (yyyymmdd, summary, amount)
    ("20261101", "微信支付", -36.50), ("20261103", "POS消费", -120.00), ("20261105", "跨行转入", 300.00),
    ("20261107", "微信支付", -58.20), ("20261109", "代缴话费", -58.00), ("20261110", "贷款还款", -1380.00),
    ("20261112", "POS消费", -86.70), ("20261115", "代发工资", 0.0), ("20261116", "取现", -500.00),
    ("20261118", "支付宝", -74.90), ("20261121", "POS消费", -180.00), ("20261123", "微信支付", -42.30),
    ("20261126", "转账", -600.00), ("20261128", "支付宝", -29.90), ("20261130", "结息", 0.41),
]
XC_ROWS = [(d, s, XC_NET if s == "代发工资" else m) for d, s, m in XC_ROWS]
XC_OPEN = 1864.27
XC_BAL = _run(XC_OPEN, [m for _d, _s, m in XC_ROWS])


def zh_stmt_xuchang_terminal_roll_detail() -> tuple[bytes, dict]:
    """A rural bank's self-service terminal print-out (a 58 mm thermal roll): 账户交易明细, 户名, the card number
    masked in the middle (6230 **** **** 4471), 查询起止 20261101-20261130 in compact form, then each row on two lines
    (an 8-digit date and the summary, then the signed amount and the balance), 期末余额 at the foot after a dashed rule,
    the terminal number and the print time."""
    p = Page(ROLL, zh=True)
    x0, x1 = 10, 154
    p.t(82, 24, XC["bank"], 9, bold=True, align="c")
    p.t(82, 38, "账户交易明细", 9, align="c")
    p.line(x0, 44, x1, 44, 0.4, dash=(2, 2))
    p.t(x0, 56, f"户名：{XC['person']}", 7.5)
    p.t(x0, 67, f"卡号：6230 **** **** {XC['tail']}", 7.5)
    p.t(x0, 78, "查询起止：20261101-20261130", 7.5)
    p.t(x0, 89, "币种：人民币", 7.5)
    p.line(x0, 95, x1, 95, 0.4, dash=(2, 2))
    p.t(x0, 105, "日期/摘要", 7)
    p.t(x1, 105, "金额/余额", 7, align="r")
    y = 112
    for (d, s, m), b in zip(XC_ROWS, XC_BAL, strict=True):
        y += 11
        p.t(x0, y, d, 7.2, face="Courier")
        p.t(x0 + 46, y, s, 7.2)
        y += 10
        p.t(x0 + 56, y, f"{m:+.2f}", 7.2, face="Courier", align="r")
        p.t(x1, y, f"{b:.2f}", 7.2, face="Courier", align="r")
    y += 8
    p.line(x0, y, x1, y, 0.4, dash=(2, 2))
    y += 12
    p.t(x0, y, "期末余额：", 8)
    p.t(x1, y, _p(XC_BAL[-1]), 8, face="Courier-Bold", align="r")
    y += 16
    p.t(x0, y, "终端号：XCWD-ATM-0316", 6.8, color=GREY)
    p.t(x0, y + 10, "打印时间：2026-12-01 09:42:17", 6.8, color=GREY)
    p.t(x0, y + 22, "本凭条仅供参考，不作记账依据", 6.8, color=GREY)
    return p.pdf(), {"closing": _p(XC_BAL[-1])}


XC_DENT = [("口腔检查", 1, 20.00), ("全景片", 1, 80.00), ("根管治疗（磨牙）", 1, 680.00),
           ("树脂充填", 2, 150.00), ("洁治", 1, 120.00)]
XC_DENT_TOTAL = _r(sum(q * u for _n, q, u in XC_DENT))
XC_DENT_OFF = 60.00
XC_DENT_PAID = _r(XC_DENT_TOTAL - XC_DENT_OFF)


def zh_med_xuchang_dental_charge_slip() -> tuple[bytes, dict]:
    """A private dental clinic's 收费单 (A5 landscape, printed by its practice software): the clinic's logo square,
    病历号, 患者 / 性别 / 年龄 / 就诊日期 2026.11.21 on one line, 项目 | 数量 | 单价 | 小计 unruled with a rule under the
    head, 合计 then 优惠（会员）then 实收 (what the patient paid), 支付方式 微信, the cashier and a square stamp."""
    p = Page(landscape(A5), zh=True)
    p.box(30, 22, 34, 34, fill=TEAL, stroke=None, radius=6)
    p.t(47, 45, "康", 16, bold=True, align="c", color=WHITE)
    p.t(74, 38, XC["clinic"], 13, bold=True, color=TEAL)
    p.t(74, 54, "地址：许昌市魏都区七里店路118号　电话：0374-2217806", 8, color=GREY)
    p.t(297, 86, "收  费  单", 14, bold=True, align="c")
    p.t(30, 112, "病历号：KB2026-0917", 9.5)
    p.t(160, 112, f"患者：{XC['person']}", 9.5)
    p.t(270, 112, "性别：女", 9.5)
    p.t(340, 112, "年龄：41", 9.5)
    p.t(420, 112, "就诊日期：2026.11.21", 9.5)
    cols = [(40, "项目", "l"), (300, "数量", "r"), (390, "单价", "r"), (480, "小计", "r")]
    for x, h, a in cols:
        p.t(x, 138, h, 9.5, bold=True, align=a)
    p.line(30, 144, 560, 144, 0.8, color=TEAL)
    y = 144
    for n, q, u in XC_DENT:
        y += 20
        p.t(40, y, n, 9.5)
        p.t(300, y, str(q), 9.5, align="r")
        p.t(390, y, _p(u), 9.5, align="r")
        p.t(480, y, _p(_r(q * u)), 9.5, align="r")
    p.line(30, y + 8, 560, y + 8, 0.4, color=TEAL)
    y += 28
    for k, (a, v) in enumerate([("合计", _p(XC_DENT_TOTAL)), ("优惠（会员）", "-" + _p(XC_DENT_OFF)),
                                ("实收", _p(XC_DENT_PAID))]):
        p.t(330, y + k * 18, a, 10, bold=k == 2)
        p.t(480, y + k * 18, v, 10, bold=k == 2, align="r")
    p.t(40, y, "支付方式：微信", 9)
    p.t(40, y + 18, "医生：郑卫东", 9)
    p.t(40, y + 36, "收费员：小乔", 9)
    p.box(470, y + 52, 84, 30, stroke=RED, lw=1.4)
    p.t(512, y + 64, "康贝口腔", 9, align="c", color=RED)
    p.t(512, y + 77, "收费专用", 9, align="c", color=RED)
    p.t(330, y + 74, "大写：" + _daxie(XC_DENT_PAID), 9)
    p.t(40, y + 84, "温馨提示：根管治疗需复诊2次，请按预约时间就诊。", 8, color=GREY)
    return p.pdf(), {"total": _p(XC_DENT_TOTAL), "paid": _p(XC_DENT_PAID)}


def zh_other_xuchang_carrier_bill_screen() -> tuple[bytes, dict]:
    """Look-alike: a mobile carrier app's 我的账单 screen for 2026年11月: the phone number, 本月消费 in large figures,
    a ring of 套餐及固定费 / 语音通信费 / 增值业务费, 账户余额 and a 去充值 button: a phone bill (other)."""
    p = Page(PHONE, zh=True)
    blue = (0.05, 0.38, 0.78)
    _bar(p, "20:16")
    p.t(195, 72, "我的账单", 14, bold=True, align="c")
    p.t(24, 72, "‹", 20)
    p.box(16, 92, 358, 150, fill=blue, stroke=None, radius=12)
    p.t(34, 120, "138****2957  ·  河南许昌", 10.5, color=WHITE)
    p.t(34, 150, "2026年11月 本月消费（元）", 10, color=(0.85, 0.9, 1))
    items = [("套餐及固定费", 58.00), ("语音通信费", 0.00), ("上网费", 0.00), ("增值业务费", 10.00)]
    total = sum(v for _k, v in items)
    p.t(34, 196, _p(total), 30, bold=True, color=WHITE)
    p.t(34, 226, "账单周期 11.01-11.30", 9.5, color=(0.85, 0.9, 1))
    y = 270
    for k, v in items:
        p.t(30, y, k, 11)
        p.t(360, y, _p(v), 11, align="r")
        p.line(24, y + 14, 366, y + 14, 0.3, color=(0.85, 0.85, 0.85))
        y += 38
    p.t(30, y + 10, "账户余额", 11, color=GREY)
    p.t(360, y + 10, "12.36", 11, align="r", color=GREY)
    p.t(30, y + 40, "本月已使用：通话 87 分钟　流量 13.6 GB", 9.5, color=GREY)
    p.box(60, 720, 270, 44, fill=(0.95, 0.55, 0.1), stroke=None, radius=22)
    p.t(195, 748, "去充值", 13, bold=True, align="c", color=WHITE)
    return p.pdf(), {}


JX = dict(person="孙立军", employer="鸡西市滴道区恒鑫煤业有限责任公司", bank="鸡西兴凯湖农村商业银行",
          tail="0825")


def zh_unemp_jixi_termination_certificate_with_stub() -> tuple[bytes, dict]:
    """A coal mine's 解除劳动合同证明书 as the labour bureau's printed form (A4 landscape): the 存根 (stub) on the left
    and the certificate on the right, a dashed perforation between them with the company's seal across it; the
    certificate says when the contract began and ended and why (经济性裁员), and is dated in Chinese numerals
    (二〇二六年十月二十八日); the stub keeps the worker's receipt signature."""
    p = Page(landscape(A4), zh=True)
    date = _zh_date(2026, 10, 28)
    # stub
    p.t(150, 60, "解除劳动合同证明书", 13, bold=True, align="c")
    p.t(150, 80, "（存　根）", 10, align="c")
    p.t(40, 104, "鸡滴劳解字〔2026〕第 037 号", 9)
    stub = [f"职工姓名：{JX['person']}", "身份证号：2303041979****1516", "合同起始：2009年3月1日",
            "解除日期：2026年10月31日", "解除原因：经济性裁员", "经济补偿：已按规定支付"]
    for k, s in enumerate(stub):
        p.t(40, 134 + k * 26, s, 10)
    p.t(40, 310, "职工签收：", 10)
    p.hand(96, 311, JX["person"], 14, key="jx-stub-sign")
    p.t(40, 340, "签收日期：", 10)
    p.hand(96, 341, "2026.10.28", 12, key="jx-stub-date")
    p.t(40, 380, "经办人：刘桂芝", 9.5, color=GREY)
    # perforation
    p.line(278, 30, 278, 565, 0.8, dash=(4, 3))
    p.t(284, 300, "骑", 9, color=GREY)
    p.t(284, 314, "缝", 9, color=GREY)
    p.stamp(278, 250, 40, "鸡西市滴道区恒鑫煤业有限责任公司", "")
    # certificate
    p.t(560, 66, "解除劳动合同证明书", 18, bold=True, align="c")
    p.t(790, 96, "鸡滴劳解字〔2026〕第 037 号", 9, align="r")
    body = [f"{JX['person']}同志（身份证号：2303041979****1516）：",
            "　　你与本单位于2009年3月1日签订的劳动合同，因生产经营发生严重困难，",
            "本单位依据《中华人民共和国劳动合同法》第四十一条规定进行经济性裁员，",
            "双方劳动合同自2026年10月31日起解除。",
            "　　你在本单位工作年限为17年8个月，工作岗位：井下综采队采煤机司机。",
            "　　本单位已为你缴纳失业保险费至2026年10月。请你自劳动合同解除之日起",
            "60日内，持本证明书到户籍所在地公共就业服务机构办理失业登记。",
            "　　特此证明。"]
    for k, s in enumerate(body):
        p.t(320, 140 + k * 28, s, 11.5)
    p.t(640, 420, "单位名称（盖章）：", 11, align="r")
    p.t(640, 444, JX["employer"], 11, align="c")
    p.t(640, 474, date, 11.5, align="c")
    p.stamp(660, 436, 48, "鸡西市滴道区恒鑫煤业有限责任公司", "人力资源部")
    p.t(320, 540, "本证明书一式三份：单位、职工各执一份，一份存入职工档案。", 8.5, color=GREY)
    return p.pdf(), {}


JX_ROWS = [  # newest first: (MM-DD, what, amount)
    ("10-31", "转支 · 恒鑫煤业工资", 3862.40), ("10-29", "消费 · 滴道区大润发", -186.30),
    ("10-26", "缴费 · 东兴小区物业费", -486.00), ("10-22", "转出 · 孙立华", -500.00),
    ("10-20", "贷款还款 · 个人消费贷款", -1148.66), ("10-17", "取现 · 滴道支行ATM", -400.00),
    ("10-14", "快捷支付 · 财付通", -72.40), ("10-11", "消费 · 鸡西联华超市", -95.80),
    ("10-08", "缴费 · 国网黑龙江电力", -120.00), ("10-04", "快捷支付 · 支付宝", -43.90),
]
JX_OPEN = 3930.11
JX_BAL = _run(JX_OPEN, [m for *_a, m in reversed(JX_ROWS)])


def zh_stmt_jixi_app_screen_october() -> tuple[bytes, dict]:
    """A rural bank's app screen 账户明细 with a month picker set to 2026年10月 (the month before the one a November
    check asks for): the card tail 0825 and the holder, 本月收入 / 本月支出 and 月末余额 in a card, rows newest first
    with 'MM-DD' dates and signed amounts, the mine's last wage on 10-31."""
    p = Page(PHONE, zh=True)
    green = (0.0, 0.52, 0.42)
    _bar(p, "11:52")
    p.t(195, 72, "账户明细", 14, bold=True, align="c")
    p.t(24, 72, "‹", 20)
    p.t(366, 72, "筛选", 10.5, align="r", color=green)
    p.t(24, 106, f"{JX['bank']}  借记卡（{JX['tail']}）", 11)
    p.t(24, 126, f"户名：{JX['person']}", 10.5, color=GREY)
    tabs = ["2026年8月", "2026年9月", "2026年10月"]
    for k, tab in enumerate(tabs):
        x = 30 + k * 112
        if k == 2:
            p.box(x - 8, 140, 104, 26, fill=green, stroke=None, radius=13)
        p.t(x + 44, 158, tab, 10.5, align="c", color=WHITE if k == 2 else GREY)
    inn = _r(sum(m for *_a, m in JX_ROWS if m > 0))
    out = _r(-sum(m for *_a, m in JX_ROWS if m < 0))
    p.box(16, 178, 358, 70, fill=(0.94, 0.98, 0.96), stroke=None, radius=10)
    for k, (a, v) in enumerate([("本月收入", _g(inn)), ("本月支出", _g(out)), ("月末余额", _g(JX_BAL[-1]))]):
        p.t(30 + k * 118, 204, a, 9.5, color=GREY)
        p.t(30 + k * 118, 228, v, 12.5, bold=True)
    y = 262
    for d, what, m in JX_ROWS:
        p.t(26, y + 22, what, 11)
        p.t(26, y + 40, f"2026-{d}", 9, color=GREY)
        p.t(364, y + 30, f"{m:+,.2f}", 12, align="r", color=(0.85, 0.3, 0.1) if m > 0 else (0, 0, 0))
        p.line(16, y + 50, 374, y + 50, 0.3, color=(0.88, 0.88, 0.88))
        y += 52
    return p.pdf(), {"closing": _p(JX_BAL[-1])}


def zh_other_jixi_heating_fee_arrears_notice() -> tuple[bytes, dict]:
    """Look-alike: a heat company's 采暖费催缴通知单 taped to a door (A5): the address, 欠费年度 2025-2026 and
    2026-2027, the area, 单价 per square metre, 欠费合计, the last day before the valve is shut: a demand (other)."""
    p = Page(A5, zh=True)
    p.t(210, 50, "鸡西热电有限责任公司", 13, bold=True, align="c")
    p.t(210, 80, "采暖费催缴通知单", 17, bold=True, align="c", color=RED)
    p.t(40, 118, "用户：滴道区东兴小区 7号楼 3单元 502室", 10.5)
    p.t(40, 140, f"户主：{JX['person']}　　用户编号：DD07-3-502", 10.5)
    p.table(40, 160, [120, 80, 80, 60], [("采暖期", "面积（㎡）", "单价（元）", "状态"),
                                        ("2025-2026", "68.40", "23.76", "已缴"),
                                        ("2026-2027", "68.40", "23.76", "欠缴")], rh=22, size=9.5,
            aligns=["l", "r", "r", "c"])
    p.t(40, 252, "欠费合计：人民币 1,625.18 元", 11, bold=True)
    for k, s in enumerate(["　　本采暖期已于2026年10月20日开始供热。请您于2026年11月30日前到",
                           "营业厅或通过微信公众号缴纳采暖费，逾期将依规对您的住户采取停热措施，",
                           "并按日加收滞纳金。已缴费用户请忽略本通知。"]):
        p.t(40, 290 + k * 22, s, 10)
    p.t(380, 400, "鸡西热电有限责任公司", 10, align="r")
    p.t(380, 420, "客户服务中心　2026年11月16日", 10, align="r")
    p.stamp(320, 400, 36, "鸡西热电有限责任公司", "收费专用章")
    p.t(40, 470, "服务热线：0467-2398116", 9, color=GREY)
    return p.pdf(), {}


HL = dict(person="潘秀娟", employer="立霧石材工業股份有限公司", bank="新城鄉農會信用部", account="0612-01-0048715-3",
          hospital="花蓮仁愛綜合醫院")
HL_EARN = [("本薪", 31200), ("伙食津貼", 2400), ("全勤獎金", 1000), ("加班費", 2840)]
HL_DED = [("勞保費", 873), ("健保費", 558), ("勞退自提", 0), ("所得稅", 0), ("職工福利金", 120)]
HL_GROSS = sum(v for _k, v in HL_EARN)
HL_NET = HL_GROSS - sum(v for _k, v in HL_DED)
HL_MONTHLY = 36000


def zh_pay_hualien_stone_works_salary_detail() -> tuple[bytes, dict]:
    """A stone works' 薪資明細表 in traditional characters (A5 landscape): 薪資年月 115年11月 (a Minguo year), 員工編號
    / 姓名 / 部門, 應發項目 and 應扣項目 as two columns side by side in whole New Taiwan dollars (no decimals), 應發合計 and
    應扣合計 under each, 實發金額 across the foot, 發薪日 115/12/05."""
    p = Page(landscape(A5), zh=True)
    p.t(297, 40, HL["employer"], 14, bold=True, align="c")
    p.t(297, 62, "薪 資 明 細 表", 12, align="c")
    p.t(40, 90, "薪資年月：115年11月", 10)
    p.t(200, 90, "員工編號：L0417", 10)
    p.t(330, 90, f"姓名：{HL['person']}", 10)
    p.t(460, 90, "部門：切割課", 10)
    p.line(40, 98, 555, 98, 0.8)
    for col, (title, items, tot_label, tot) in enumerate([
            ("應發項目", HL_EARN, "應發合計", HL_GROSS),
            ("應扣項目", HL_DED, "應扣合計", HL_GROSS - HL_NET)]):
        x = 40 + col * 265
        p.box(x, 106, 250, 20, fill=LIGHT, stroke=None)
        p.t(x + 8, 120, title, 10, bold=True)
        p.t(x + 242, 120, "金額", 10, bold=True, align="r")
        y = 126
        for k, v in items:
            y += 20
            p.t(x + 8, y, k, 10)
            p.t(x + 242, y, _nt(v), 10, align="r")
        p.line(x, 262, x + 250, 262, 0.5)
        p.t(x + 8, 280, tot_label, 10.5, bold=True)
        p.t(x + 242, 280, _nt(tot), 10.5, bold=True, align="r")
    p.box(40, 296, 515, 30, stroke=(0, 0, 0), lw=0.9)
    p.t(50, 316, "實發金額（新臺幣）", 11, bold=True)
    p.t(545, 316, _nt(HL_NET), 13, bold=True, align="r")
    p.t(40, 350, "發薪日：115/12/05　　匯入帳戶：新城鄉農會 0612-01-****715-3", 9, color=GREY)
    p.t(40, 366, "本月加班 18 小時（平日前二小時 × 1.34、再延長 × 1.67）", 9, color=GREY)
    return p.pdf(), {"gross": _p(HL_GROSS), "net": _p(HL_NET)}


HL_ROWS = [  # (115/MM/DD, summary, amount, note)
    ("115/11/01", "ATM提款", -2000, "卡-0715"), ("115/11/03", "轉帳支出", -3500, "房租"),
    ("115/11/04", "代繳電費", -684, "台電"), ("115/11/05", "薪資轉入", 35340, "立霧石材"),
    ("115/11/05", "貸款本息", -8462, "房貸"), ("115/11/06", "代繳勞健保", -0, ""),
    ("115/11/07", "金融卡消費", -1268, "全聯"), ("115/11/09", "ATM提款", -3000, "卡-0715"),
    ("115/11/10", "代繳電話費", -499, "中華電信"), ("115/11/12", "轉帳支出", -2000, "潘秀玲"),
    ("115/11/13", "金融卡消費", -845, "家樂福"), ("115/11/15", "現金存款", 1500, ""),
    ("115/11/16", "代繳瓦斯費", -412, "欣花瓦斯"), ("115/11/18", "轉帳支出", -250, "醫院"),
    ("115/11/19", "ATM提款", -2000, "卡-0715"), ("115/11/20", "金融卡消費", -1536, "全聯"),
    ("115/11/22", "代繳水費", -318, "自來水"), ("115/11/24", "轉帳支出", -3000, "保險費"),
    ("115/11/25", "金融卡消費", -672, "藥局"), ("115/11/26", "ATM提款", -2000, "卡-0715"),
    ("115/11/27", "轉帳收入", 1000, "潘秀玲"), ("115/11/28", "金融卡消費", -931, "全聯"),
    ("115/11/29", "代繳保費", -1820, "國泰人壽"), ("115/11/30", "利息", 3, ""),
]
HL_ROWS = [r for r in HL_ROWS if r[2] != 0]
HL_OPEN = 12128
HL_BAL = _run(HL_OPEN, [m for _d, _s, m, _n in HL_ROWS])


def zh_stmt_hualien_farmers_association_two_page() -> tuple[bytes, dict]:
    """A farmers' association credit department's 存款往來明細 over two A4 pages, in traditional characters: 戶名 /
    帳號 / 查詢期間 115/11/01 ~ 115/11/30 at the top of page 1, rows 日期 (115/11/05) | 摘要 | 支出 | 存入 | 結餘 | 備註
    with whole-dollar amounts, 過次頁 with the running balance at the foot of page 1 and 承前頁 at the head of
    page 2, 本期結餘 only on page 2, the department's 印鑑 beside the print date."""
    p = Page(A4, zh=True)
    widths = [78, 96, 80, 80, 90, 96]
    x0 = 42
    heads = ["日期", "摘要", "支出", "存入", "結餘", "備註"]

    def top(page):
        p.t(297, 46, "花蓮縣" + HL["bank"], 15, bold=True, align="c", color=FOREST)
        p.t(297, 70, "存 款 往 來 明 細", 12.5, align="c")
        p.t(555, 818, f"第{page}頁／共2頁", 8.5, align="r", color=GREY)
        if page == 1:
            p.t(x0, 100, f"戶名：{HL['person']}", 10)
            p.t(220, 100, f"帳號：{HL['account']}", 10)
            p.t(x0, 118, "查詢期間：115/11/01 ~ 115/11/30", 10)
            p.t(330, 118, "存款種類：活期儲蓄存款", 10)
            y = 130
        else:
            p.t(x0, 100, f"戶名：{HL['person']}　帳號：{HL['account']}", 9.5)
            y = 112
        p.box(x0, y, sum(widths), 20, fill=(0.88, 0.94, 0.88), stroke=None)
        cx = x0
        for w, h in zip(widths, heads, strict=True):
            p.t(cx + w / 2, y + 14, h, 9.5, bold=True, align="c")
            cx += w
        return y + 20

    def row(y, cells):
        cx = x0
        for w, (s, a) in zip(widths, cells, strict=True):
            if s:
                p.t(cx + 4 if a == "l" else cx + w - 4, y + 15, s, 9.5, align=a)
            cx += w
        p.line(x0, y + 22, x0 + sum(widths), y + 22, 0.3, color=(0.7, 0.7, 0.7))
        return y + 22

    def tx(i):
        d, s, m, note = HL_ROWS[i]
        return [(d, "l"), (s, "l"), (_nt(-m) if m < 0 else "", "r"), (_nt(m) if m > 0 else "", "r"),
                (_nt(HL_BAL[i]), "r"), (note, "l")]

    split = 15
    y = top(1)
    y = row(y, [("", "l"), ("上期結餘", "l"), ("", "r"), ("", "r"), (_nt(HL_OPEN), "r"), ("", "l")])
    for i in range(split):
        y = row(y, tx(i))
    y = row(y, [("", "l"), ("過次頁", "l"), ("", "r"), ("", "r"), (_nt(HL_BAL[split - 1]), "r"), ("", "l")])
    p.c.showPage()
    y = top(2)
    y = row(y, [("", "l"), ("承前頁", "l"), ("", "r"), ("", "r"), (_nt(HL_BAL[split - 1]), "r"), ("", "l")])
    for i in range(split, len(HL_ROWS)):
        y = row(y, tx(i))
    out = sum(-m for _d, _s, m, _n in HL_ROWS if m < 0)
    inn = sum(m for _d, _s, m, _n in HL_ROWS if m > 0)
    y += 26
    p.t(x0, y, f"本期支出合計：{_nt(out)}　　本期存入合計：{_nt(inn)}", 10)
    p.t(x0, y + 22, f"本期結餘：新臺幣 {_nt(HL_BAL[-1])} 元", 11, bold=True)
    p.t(x0, y + 60, "列印日期：115/12/02　列印櫃員：07　本明細僅供參考，實際以存摺登錄為準。", 8.5, color=GREY)
    p.box(440, y + 30, 70, 70, stroke=RED, lw=1.6)
    for k, s in enumerate(["新城鄉農會", "信用部", "存款專用章"]):
        p.t(475, y + 52 + k * 18, s, 9.5 if k < 2 else 8.5, align="c", color=RED)
    return p.pdf(), {"closing": _p(HL_BAL[-1])}


HL_MED = [("掛號費", 150), ("部分負擔（門診）", 420), ("部分負擔（藥品）", 200), ("部分負擔（檢驗）", 100),
          ("自費：骨科護具", 1380)]
HL_MED_TOTAL = sum(v for _k, v in HL_MED)


def zh_med_hualien_hospital_fee_receipt() -> tuple[bytes, dict]:
    """A hospital's 門診醫療費用收據 in traditional characters (A5 landscape, pink paper): 病歷號碼 / 姓名 / 身分 健保 /
    科別 骨科 / 就診日期 115年11月18日, a two-column list of 費用項目 with whole-dollar amounts (掛號費, 部分負擔 for
    the visit, drugs and tests, a self-paid brace), 實收金額 with the amount in 大寫, 健保申報點數 in small grey print,
    the cashier's chop."""
    p = Page(landscape(A5), zh=True)
    p.box(0, 0, 595, 420, fill=(1.0, 0.93, 0.94), stroke=None)
    p.t(297, 38, HL["hospital"], 15, bold=True, align="c", color=PLUM)
    p.t(297, 60, "門診醫療費用收據", 12, align="c", color=PLUM)
    p.t(36, 90, "病歷號碼：0583317", 9.5)
    p.t(170, 90, f"姓名：{HL['person']}", 9.5)
    p.t(290, 90, "身分：健保", 9.5)
    p.t(380, 90, "科別：骨科", 9.5)
    p.t(36, 108, "就診日期：115年11月18日", 9.5)
    p.t(290, 108, "醫師：吳俊宏", 9.5)
    p.line(30, 116, 565, 116, 0.8, color=PLUM)
    for k, (a, v) in enumerate(HL_MED):
        col, rowk = k % 2, k // 2
        p.t(40 + col * 270, 138 + rowk * 20, a, 10)
        p.t(270 + col * 270, 138 + rowk * 20, _nt(v), 10, align="r")
    p.line(30, 200, 565, 200, 0.5, color=PLUM)
    p.t(40, 222, f"實收金額：{_nt(HL_MED_TOTAL)} 元", 12, bold=True)
    p.t(250, 222, "（大寫）" + _tw_daxie(HL_MED_TOTAL), 10)
    p.t(40, 246, "健保申報點數：1,862　　本收據請妥善保存，遺失恕不補發。", 8.5, color=GREY)
    p.t(40, 290, "收費員：", 9.5)
    p.box(90, 276, 44, 20, stroke=RED, lw=1.1)
    p.t(112, 290, "陳淑芬", 9, align="c", color=RED)
    p.t(555, 290, "列印時間：115/11/18 10:47", 8.5, align="r", color=GREY)
    return p.pdf(), {"total": _p(HL_MED_TOTAL)}


def zh_income_hualien_employment_salary_certificate() -> tuple[bytes, dict]:
    """A 在職暨薪資證明書 in traditional characters (A4): the worker's name and ID number masked, 到職日期, 職稱, 每月
    薪資 as 新臺幣參萬陸仟元整（NT$36,000）, the purpose line, the company's big seal and its responsible person's
    small seal, dated 中華民國115年11月20日 at the foot in the Minguo form."""
    p = Page(A4, zh=True)
    p.t(297, 90, "在 職 暨 薪 資 證 明 書", 20, bold=True, align="c")
    rows = [("姓　　名", HL["person"]), ("身分證字號", "U2205****8"), ("到職日期", "民國102年3月18日"),
            ("服務部門", "切割課"), ("職　　稱", "石材切割技術員"),
            ("每月薪資", f"{_tw_daxie(HL_MONTHLY)}（NT${_nt(HL_MONTHLY)}）")]
    y = 140
    for a, b in rows:
        p.t(90, y, a + "：", 12)
        p.t(200, y, b, 12)
        y += 34
    for k, s in enumerate(["　　茲證明上列人員現任職於本公司，以上所載屬實。每月薪資含本薪及固定津貼，",
                           "不含加班費及年終獎金。", "　　本證明書僅供申請貸款展延之用。",
                           "　　此　致", "貸款承辦單位"]):
        p.t(90, 370 + k * 28, s, 12)
    p.t(90, 560, "立證明書人：" + HL["employer"], 12)
    p.t(90, 590, "負　責　人：林正雄", 12)
    p.t(90, 620, "地　　　址：花蓮縣新城鄉北埔村光復路206號", 12)
    p.box(380, 540, 110, 110, stroke=RED, lw=2.2)
    for k, s in enumerate(["立霧石材工業", "股份有限公司", "印"]):
        p.t(435, 580 + k * 22, s, 12, align="c", color=RED)
    p.box(500, 600, 44, 44, stroke=RED, lw=1.6)
    p.t(522, 618, "林正", 10, align="c", color=RED)
    p.t(522, 634, "雄印", 10, align="c", color=RED)
    p.t(297, 740, "中　華　民　國　115　年　11　月　20　日", 13, align="c")
    return p.pdf(), {"monthly": _p(HL_MONTHLY)}


def zh_other_hualien_labour_insurance_record_screen() -> tuple[bytes, dict]:
    """Look-alike: the labour insurance bureau's app screen 個人投保資料查詢: the insured's name, a list of 投保單位 with
    加保 / 退保 dates in Minguo form and 月投保薪資 in whole dollars: an insurance record, not a payslip (other)."""
    p = Page(PHONE, zh=True)
    navy = (0.08, 0.2, 0.45)
    p.box(0, 0, 390, 96, fill=navy, stroke=None)
    _bar(p, "下午 3:05", WHITE)
    p.t(195, 78, "個人投保資料查詢", 14, bold=True, align="c", color=WHITE)
    p.t(24, 124, f"被保險人：{HL['person']}", 11.5)
    p.t(24, 146, "查詢日期：115/11/26", 10, color=GREY)
    recs = [("立霧石材工業股份有限公司", "勞工保險", "102/03/18", "—", "36,300"),
            ("立霧石材工業股份有限公司", "就業保險", "102/03/18", "—", "36,300"),
            ("洄瀾觀光大飯店", "勞工保險", "97/07/01", "102/02/28", "22,800"),
            ("洄瀾觀光大飯店", "就業保險", "97/07/01", "102/02/28", "22,800")]
    y = 166
    for unit, kind, a, b, wage in recs:
        p.box(16, y, 358, 108, fill=WHITE, stroke=(0.85, 0.85, 0.85), radius=8)
        p.t(30, y + 24, unit, 11.5, bold=True)
        p.t(30, y + 46, f"保險類別：{kind}", 10)
        p.t(30, y + 66, f"加保日期：{a}　　退保日期：{b}", 10)
        p.t(30, y + 88, f"月投保薪資：{wage}", 10, color=navy)
        y += 120
    p.t(195, y + 20, "資料僅供參考，以本局核定為準", 9, align="c", color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents: Houma (Louisiana), Aberystwyth (Wales), Derry (Northern Ireland), Launceston (Tasmania),
# Bridgetown (Barbados)

LA = dict(person="Darlene Marie Thibodeaux", employer="Bayou Petit Caillou Seafood Co., LLC",
          bank="Terrebonne Parish Teachers & Workers Federal Credit Union", account="7710-04418-26",
          hospital="Bayou Cane Regional Medical Center")
LA_RATE = 14.25
LA_EARN = [("Regular", 168.0, LA_RATE), ("Overtime", 14.5, LA_RATE * 1.5)]
LA_GROSS = _r(sum(_r(h * r) for _k, h, r in LA_EARN))
LA_DED = [("Federal Income Tax", 164.37), ("Social Security", _r(LA_GROSS * 0.062)),
          ("Medicare", _r(LA_GROSS * 0.0145)), ("LA State Income Tax", 62.48), ("Dental - Pre-Tax", 18.40)]
LA_NET = _r(LA_GROSS - sum(v for _k, v in LA_DED))


def en_pay_us_houma_stub_over_void_check() -> tuple[bytes, dict]:
    """A seafood processor's earnings statement on cheque stock (Letter, the upper two thirds the stub, the lower
    third a detachable cheque marked VOID - NON-NEGOTIABLE): Pay Period 11/01/2026 - 11/30/2026 and Pay Date
    12/04/2026 in US order, Hours | Rate | Current | YTD for earnings and Current | YTD for taxes and deductions,
    Gross Pay and Net Pay in a row of boxes, the net pay again on the cheque in figures and in words."""
    p = Page(LETTER)
    p.t(40, 46, LA["employer"], 13, bold=True)
    p.t(40, 60, "4417 Hwy 56, Chauvin, LA 70344", 8.5, color=GREY)
    p.t(572, 46, "EARNINGS STATEMENT", 12, bold=True, align="r")
    p.t(572, 62, "Check No. 031874", 8.5, align="r")
    p.box(40, 74, 532, 50, fill=LIGHT, stroke=None)
    info = [("Employee", LA["person"]), ("Employee ID", "00592"), ("Pay Period", "11/01/2026 - 11/30/2026"),
            ("Pay Date", "12/04/2026"), ("Dept", "Peeling Line"), ("Pay Frequency", "Monthly")]
    for k, (a, b) in enumerate(info):
        x = 48 + (k // 2) * 176
        y = 92 + (k % 2) * 20
        p.t(x, y, a, 7.5, color=GREY)
        p.t(x + 64, y, b, 8.5, bold=k == 0)
    rows = [("Earnings", "Hours", "Rate", "Current", "YTD")]
    ytd_e = {"Regular": 23091.75, "Overtime": 2864.10}
    for k, h, r in LA_EARN:
        rows.append((k, f"{h:.2f}", f"{r:.4f}", _g(_r(h * r)), _g(ytd_e[k])))
    y = p.table(40, 136, [118, 52, 62, 68, 68], rows, rh=17, size=8.5, aligns=["l", "r", "r", "r", "r"],
                grid=False, hlines=True)
    rows = [("Taxes / Deductions", "Current", "YTD")]
    ytd_d = [1810.22, 1752.46, 409.84, 688.10, 202.40]
    for (k, v), ytd in zip(LA_DED, ytd_d, strict=True):
        rows.append((k, _g(v), _g(ytd)))
    p.table(40, y + 12, [190, 70, 70], rows, rh=17, size=8.5, aligns=["l", "r", "r"], grid=False, hlines=True)
    ded = _r(sum(v for _k, v in LA_DED))
    for k, (a, v) in enumerate([("Gross Pay", LA_GROSS), ("Deductions", ded), ("Net Pay", LA_NET)]):
        x = 420
        yy = 136 + k * 46
        p.box(x, yy, 152, 40, fill=(0.9, 0.95, 1.0) if k == 2 else None, stroke=(0.5, 0.5, 0.5))
        p.t(x + 8, yy + 14, a, 8, color=GREY)
        p.t(x + 144, yy + 32, "$" + _g(v), 12, bold=k == 2, align="r")
    p.t(420, 286, "Direct deposit: none (paper check)", 7.5, color=GREY)
    p.t(40, 470, "Questions about your pay? See Ms. Broussard in the office, Mon-Fri 7 am - 3 pm.", 7.5, color=GREY)
    # perforation and the cheque
    p.line(20, 520, 592, 520, 0.6, dash=(3, 3))
    p.t(306, 516, "DETACH HERE", 6, align="c", color=GREY)
    p.box(30, 530, 552, 230, fill=(0.9, 0.95, 0.93), stroke=None)
    p.t(44, 556, LA["employer"], 10, bold=True)
    p.t(44, 568, "Chauvin, LA 70344", 8)
    p.t(568, 556, "031874", 10, align="r")
    p.t(568, 572, "DATE  12/04/2026", 9, align="r")
    p.t(44, 612, "PAY TO THE", 7.5)
    p.t(44, 622, "ORDER OF", 7.5)
    p.t(100, 620, LA["person"], 11)
    p.line(96, 626, 440, 626, 0.5)
    p.box(452, 604, 116, 24, stroke=(0, 0, 0))
    p.t(560, 621, f"**${_g(LA_NET)}", 11, bold=True, align="r")
    dollars = int(LA_NET)
    cents = round((LA_NET - dollars) * 100)
    p.t(44, 652, f"{_words(dollars)} and {cents:02d}/100 DOLLARS", 9.5)
    p.line(40, 658, 568, 658, 0.5)
    p.t(306, 700, "VOID - NON-NEGOTIABLE", 26, bold=True, align="c", color=(0.8, 0.82, 0.82))
    p.line(380, 730, 560, 730, 0.5)
    p.t(470, 742, "AUTHORIZED SIGNATURE", 6.5, align="c")
    p.t(60, 752, ":065400137: 4418803326\" 031874", 10, face="Courier")
    return p.pdf(), {"gross": _p(LA_GROSS), "net": _p(LA_NET)}


_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int) -> str:
    """2416 -> 'Two Thousand Four Hundred Sixteen' (the US cheque style, no 'and')."""
    def small(k):
        out = []
        if k >= 100:
            out.append(_ONES[k // 100] + " Hundred")
            k %= 100
        if k >= 20:
            out.append(_TENS[k // 10] + ("-" + _ONES[k % 10] if k % 10 else ""))
        elif k:
            out.append(_ONES[k])
        return " ".join(out)
    if n == 0:
        return "Zero"
    parts = []
    if n >= 1000:
        parts.append(small(n // 1000) + " Thousand")
    if n % 1000:
        parts.append(small(n % 1000))
    return " ".join(parts)


LA_ROWS = [  # (MM/DD, description, amount)
    ("11/02", "POS PURCHASE ROUSES MARKET #38 HOUMA", -86.42), ("11/03", "ACH DEBIT ENTERGY LOUISIANA", -143.17),
    ("11/05", "SHARE DRAFT #1187 RENT", -725.00), ("11/06", "BRANCH DEPOSIT - CHECK 031702", 2188.61),
    ("11/06", "POS PURCHASE WALGREENS #5591", -23.86),
    ("11/09", "ATM WITHDRAWAL GRAND CAILLOU RD", -100.00), ("11/10", "ACH DEBIT PROGRESSIVE INS", -118.40),
    ("11/12", "LOAN PMT AUTO LOAN 02", -287.55), ("11/14", "POS PURCHASE ROUSES MARKET #38 HOUMA", -64.90),
    ("11/17", "ACH DEBIT BAYOU CANE REG MED CTR", 0.0), ("11/19", "MOBILE DEPOSIT", 150.00),
    ("11/21", "POS PURCHASE DOLLAR GENERAL", -31.27), ("11/24", "ACH DEBIT AT&T MOBILITY", -75.00),
    ("11/26", "POS PURCHASE ROUSES MARKET #38 HOUMA", -92.15), ("11/30", "DIVIDEND", 0.18),
]
LA_OPEN = 1912.63


def _la_rows():
    return [(d, s, -LA_MED_DUE if m == 0.0 else m) for d, s, m in LA_ROWS]


def en_stmt_us_houma_credit_union_summary_on_top() -> tuple[bytes, dict]:
    """A Louisiana credit union's member statement (Letter): the holder's mailing address in a window position, a
    summary box above the transactions with Beginning Balance, Deposits, Withdrawals and Ending Balance (the closing
    figure sits above the rows), Statement Period 11/01/26 thru 11/30/26, rows dated MM/DD with Withdrawals and
    Deposits columns and no running balance until the last row; the payment to the hospital is the itemized
    statement's amount due."""
    p = Page(LETTER)
    rows = _la_rows()
    bal = _run(LA_OPEN, [m for _d, _s, m in rows])
    dep = _r(sum(m for *_a, m in rows if m > 0))
    wd = _r(-sum(m for *_a, m in rows if m < 0))
    p.t(40, 50, LA["bank"], 11.5, bold=True, color=SLATE)
    p.t(40, 64, "PO Box 3306 - Houma, Louisiana 70361 - (985) 555-0142", 8, color=GREY)
    p.t(572, 50, "MEMBER STATEMENT", 11, bold=True, align="r")
    p.t(572, 66, "Statement Period 11/01/26 thru 11/30/26", 8.5, align="r")
    p.t(572, 80, f"Account {LA['account']}", 8.5, align="r")
    for k, s in enumerate([LA["person"].upper(), "218 BAYOU DULARGE RD", "HOUMA LA 70363-7714"]):
        p.t(60, 130 + k * 13, s, 9.5)
    p.box(340, 112, 232, 96, stroke=SLATE, lw=0.8)
    p.box(340, 112, 232, 18, fill=SLATE, stroke=None)
    p.t(348, 125, "SHARE DRAFT CHECKING - SUMMARY", 8, bold=True, color=WHITE)
    for k, (a, v) in enumerate([("Beginning Balance", LA_OPEN), ("Deposits / Credits (+)", dep),
                                ("Withdrawals / Debits (-)", wd), ("Ending Balance", bal[-1])]):
        p.t(348, 146 + k * 17, a, 8.5, bold=k == 3)
        p.t(564, 146 + k * 17, _g(v), 8.5, bold=k == 3, align="r")
    y = 236
    p.t(40, y, "TRANSACTIONS", 9.5, bold=True, color=SLATE)
    y += 8
    for x, h, a in [(44, "Date", "l"), (90, "Description", "l"), (430, "Withdrawals", "r"), (500, "Deposits", "r"),
                    (568, "Balance", "r")]:
        p.t(x, y + 12, h, 8, bold=True, align=a)
    p.line(40, y + 16, 572, y + 16, 0.6)
    y += 16
    p.t(90, y + 13, "Beginning Balance", 8.5)
    p.t(568, y + 13, _g(LA_OPEN), 8.5, align="r")
    y += 17
    for k, ((d, s, m), b) in enumerate(zip(rows, bal, strict=True)):
        p.t(44, y + 13, d, 8.5)
        p.t(90, y + 13, s, 8.5)
        p.t(430 if m < 0 else 500, y + 13, _g(abs(m)), 8.5, align="r")
        if k == len(rows) - 1:
            p.t(568, y + 13, _g(b), 8.5, align="r")
        y += 17
    p.line(40, y + 4, 572, y + 4, 0.6)
    p.t(90, y + 18, "Ending Balance", 8.5, bold=True)
    p.t(568, y + 18, _g(bal[-1]), 8.5, bold=True, align="r")
    p.t(40, y + 52, "Dividend rate 0.15% APY 0.15%. Dividends earned this period: $0.18. YTD dividends: $2.07.", 7.5,
        color=GREY)
    p.t(40, y + 64, "Federally insured by NCUA. Report errors within 60 days of this statement.", 7.5, color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


LA_MED = [("11/09/2026", "0450", "EMERGENCY ROOM LEVEL 3", 1, 1184.00),
          ("11/09/2026", "0300", "LAB - COMPREHENSIVE METABOLIC", 1, 212.00),
          ("11/09/2026", "0320", "X-RAY CHEST 2 VIEWS", 1, 318.00),
          ("11/09/2026", "0250", "PHARMACY - ONDANSETRON INJ", 1, 46.50),
          ("11/09/2026", "0260", "IV INFUSION HYDRATION 1ST HR", 1, 402.00)]
LA_MED_CHARGES = _r(sum(q * u for *_a, q, u in LA_MED))
LA_MED_INS = 1296.40
LA_MED_ADJ = 618.35
LA_MED_DUE = _r(LA_MED_CHARGES - LA_MED_INS - LA_MED_ADJ)


def en_med_us_houma_er_itemized_statement() -> tuple[bytes, dict]:
    """A regional medical centre's itemized patient statement (Letter): Statement Date 11/16/2026 and a remittance
    coupon strip at the top right, Guarantor / Patient / Account No., an unruled list Date of Service | Rev Code |
    Description | Qty | Charges, Total Charges, Insurance Payments (-) and Contractual Adjustments (-) and then
    AMOUNT DUE FROM PATIENT in a tinted box."""
    p = Page(LETTER)
    p.t(40, 50, LA["hospital"], 14, bold=True, color=TEAL)
    p.t(40, 64, "8166 Main Street, Houma, LA 70360  |  Patient Financial Services (985) 555-0190", 8, color=GREY)
    p.box(372, 80, 200, 70, stroke=(0.5, 0.5, 0.5), lw=0.6)
    for k, (a, b) in enumerate([("Statement Date", "11/16/2026"), ("Account No.", "H0081477203"),
                                ("Due Date", "12/16/2026")]):
        p.t(380, 98 + k * 18, a, 8, color=GREY)
        p.t(564, 98 + k * 18, b, 9, align="r")
    p.t(40, 100, "ITEMIZED STATEMENT", 12, bold=True)
    p.t(40, 124, f"Guarantor: {LA['person']}", 9)
    p.t(40, 138, f"Patient: {LA['person']}", 9)
    p.t(40, 152, "Insurance: Gulf Coast Health Plan PPO", 9)
    y = 180
    for x, h, a in [(44, "Date of Service", "l"), (130, "Rev", "l"), (166, "Description", "l"), (440, "Qty", "r"),
                    (566, "Charges", "r")]:
        p.t(x, y, h, 8.5, bold=True, align=a)
    p.line(40, y + 5, 572, y + 5, 0.6)
    for d, rev, desc, q, u in LA_MED:
        y += 18
        p.t(44, y, d, 8.5)
        p.t(130, y, rev, 8.5)
        p.t(166, y, desc, 8.5)
        p.t(440, y, str(q), 8.5, align="r")
        p.t(566, y, _g(_r(q * u)), 8.5, align="r")
    y += 26
    for k, (a, v) in enumerate([("Total Charges", _g(LA_MED_CHARGES)),
                                ("Insurance Payments", "(" + _g(LA_MED_INS) + ")"),
                                ("Contractual Adjustments", "(" + _g(LA_MED_ADJ) + ")")]):
        p.t(330, y + k * 17, a, 9)
        p.t(566, y + k * 17, v, 9, align="r")
    y += 60
    p.box(320, y - 14, 252, 30, fill=(0.86, 0.94, 0.94), stroke=None)
    p.t(330, y + 5, "AMOUNT DUE FROM PATIENT", 9.5, bold=True)
    p.t(566, y + 5, "$" + _g(LA_MED_DUE), 11, bold=True, align="r")
    p.t(40, y + 50, "Payment plans are available. Financial assistance applications: ask for form FA-2.", 8,
        color=GREY)
    return p.pdf(), {"total": _p(LA_MED_CHARGES), "due": _p(LA_MED_DUE)}


CY = dict(person="Rhiannon Mair Pugh", employer="Cardigan Bay Holiday Park Ltd",
          employer_cy="Parc Gwyliau Bae Ceredigion Cyf", bank="Teifi & Ystwyth Building Society",
          account="40018823", sort="60-91-12")
CY_EARN = [("Cyflog sylfaenol / Basic pay", 128.0, 12.60), ("Goramser / Overtime", 9.0, 18.90),
           ("Tâl gwyliau / Holiday pay", 16.0, 12.60)]
CY_GROSS = _r(sum(_r(h * r) for _k, h, r in CY_EARN))
CY_DED = [("Treth Incwm / Income Tax", 187.40), ("Yswiriant Gwladol / National Insurance", 74.92),
          ("Pensiwn / Pension (NEST)", 73.22)]
CY_NET = _r(CY_GROSS - sum(v for _k, v in CY_DED))


def en_pay_uk_aberystwyth_bilingual_payslip() -> tuple[bytes, dict]:
    """A holiday park's payslip in Welsh and English (A5 landscape, a sealed-mailer layout): every label in both
    languages ('Cyflog Gros / Gross Pay'), the period as the UK tax month ('Cyfnod Treth / Tax Period: Mis/Month 8',
    with 'Dyddiad Talu / Pay Date: 27/11/2026'), Hours | Rate | Amount with pence, tax code and NI number, Tâl Net / Net
    Pay at the bottom right, year-to-date figures in a side column."""
    p = Page(landscape(A5))
    p.box(0, 0, 595, 30, fill=FOREST, stroke=None)
    p.t(24, 20, f"{CY['employer_cy']}  |  {CY['employer']}", 10, bold=True, color=WHITE)
    p.t(571, 20, "SLIP CYFLOG / PAYSLIP", 9, bold=True, align="r", color=WHITE)
    info = [("Enw / Name", CY["person"]), ("Rhif Gweithiwr / Employee No.", "0217"),
            ("Cyfnod Treth / Tax Period", "Mis/Month 8"), ("Dyddiad Talu / Pay Date", "27/11/2026"),
            ("Cod Treth / Tax Code", "1257L"), ("Rhif YG / NI No.", "JT 41 82 66 C")]
    for k, (a, b) in enumerate(info):
        x = 24 + (k % 2) * 290
        y = 52 + (k // 2) * 28
        p.t(x, y, a, 7, color=GREY)
        p.t(x, y + 12, b, 9.5, bold=k == 0)
    y = 140
    p.line(24, y, 571, y, 0.8)
    for x, h, a in [(28, "Taliadau / Payments", "l"), (250, "Oriau / Hours", "r"), (310, "Cyfradd / Rate", "r"),
                    (380, "Swm / Amount", "r")]:
        p.t(x, y + 14, h, 7.5, bold=True, align=a)
    y += 18
    for k, h, r in CY_EARN:
        y += 16
        p.t(28, y, k, 8.5)
        p.t(250, y, f"{h:.2f}", 8.5, align="r")
        p.t(310, y, f"£{r:.2f}", 8.5, align="r")
        p.t(380, y, f"£{_g(_r(h * r))}", 8.5, align="r")
    y += 22
    p.t(28, y, "Didyniadau / Deductions", 7.5, bold=True)
    for k, v in CY_DED:
        y += 16
        p.t(28, y, k, 8.5)
        p.t(380, y, f"£{_g(v)}", 8.5, align="r")
    p.box(410, 140, 161, 160, fill=(0.95, 0.97, 0.95), stroke=None)
    p.t(418, 156, "Hyd yma / Year to date", 7.5, bold=True)
    for k, (a, v) in enumerate([("Gros / Gross", "15,876.00"), ("Treth / Tax", "1,499.20"),
                                ("YG / NI", "599.36"), ("Pensiwn / Pension", "585.76")]):
        p.t(418, 176 + k * 16, a, 8)
        p.t(563, 176 + k * 16, "£" + v, 8, align="r")
    p.line(24, 316, 571, 316, 0.8)
    p.t(28, 336, "Cyflog Gros / Gross Pay", 8.5)
    p.t(200, 336, f"£{_g(CY_GROSS)}", 10, bold=True)
    p.t(28, 354, "Cyfanswm Didyniadau / Total Deductions", 8.5)
    p.t(200, 354, f"£{_g(_r(CY_GROSS - CY_NET))}", 10)
    p.box(400, 324, 171, 40, stroke=FOREST, lw=1.2)
    p.t(408, 340, "Tâl Net / Net Pay", 8.5, color=FOREST)
    p.t(563, 357, f"£{_g(CY_NET)}", 13, bold=True, align="r")
    p.t(28, 392, "Telir i / Paid to: Teifi & Ystwyth BS  ****8823", 7.5, color=GREY)
    return p.pdf(), {"gross": _p(CY_GROSS), "net": _p(CY_NET)}


CY_ROWS = [  # (d Mon, description, amount)
    ("28 Oct", "Card payment  Co-op Aberystwyth", -38.42), ("30 Oct", "Salary  CARDIGAN BAY HOLIDAY", 1384.66),
    ("31 Oct", "Standing order  Rent - M Hughes", -575.00), ("02 Nov", "Direct debit  Ceredigion CC Ctax", -148.00),
    ("04 Nov", "Direct debit  Dwr Cymru Welsh Water", -41.20), ("06 Nov", "Card payment  Morrisons", -62.18),
    ("09 Nov", "Cash machine  Great Darkgate St", -60.00), ("11 Nov", "Direct debit  Octopus Energy", -96.00),
    ("13 Nov", "Loan repayment  Personal Loan 3", -212.35), ("16 Nov", "Card payment  Spar Penparcau", -17.60),
    ("18 Nov", "Transfer in  from G Pugh", 100.00), ("20 Nov", "Card payment  Morrisons", -71.94),
    ("23 Nov", "Direct debit  EE Limited", -24.00), ("25 Nov", "Card payment  Boots", -12.49),
    ("27 Nov", "Salary  CARDIGAN BAY HOLIDAY", 0.0),
]
CY_ROWS = [(d, s, CY_NET if m == 0.0 else m) for d, s, m in CY_ROWS]
CY_OPEN = 312.87
CY_BAL = _run(CY_OPEN, [m for *_a, m in CY_ROWS])


def en_stmt_uk_aberystwyth_building_society_off_calendar() -> tuple[bytes, dict]:
    """A building society's current account statement (A4) for 28 October 2026 to 27 November 2026 (not a calendar
    month, so 28-30 November are not covered): Statement no. 47, sort code and account number, rows dated '28 Oct'
    without a year, Money out | Money in | Balance, Opening balance first, Closing balance as the last row; a
    summary of money in and out at the foot."""
    p = Page(A4)
    p.t(40, 56, CY["bank"], 14, bold=True, color=FOREST)
    p.t(40, 72, "Cymdeithas Adeiladu Teifi ac Ystwyth  |  14 Heol y Wig, Aberystwyth SY23 2LN", 8, color=GREY)
    for k, s in enumerate([f"Ms {CY['person']}", "Flat 3, 22 Stryd y Popty", "Aberystwyth", "SY23 1JY"]):
        p.t(60, 120 + k * 13, s, 9.5)
    for k, (a, b) in enumerate([("Statement no.", "47"), ("Sort code", CY["sort"]), ("Account number", CY["account"]),
                                ("Period", "28 October 2026 to 27 November 2026")]):
        p.t(330, 120 + k * 15, a, 8.5, color=GREY)
        p.t(555, 120 + k * 15, b, 9, align="r")
    p.t(40, 200, "Current Account", 12, bold=True)
    y = 214
    cols = [(44, "Date", "l"), (100, "Description", "l"), (400, "Money out", "r"), (470, "Money in", "r"),
            (552, "Balance", "r")]
    p.box(40, y, 515, 18, fill=(0.9, 0.94, 0.9), stroke=None)
    for x, h, a in cols:
        p.t(x, y + 13, h, 8.5, bold=True, align=a)
    y += 18
    p.t(44, y + 14, "28 Oct", 9)
    p.t(100, y + 14, "Opening balance", 9, bold=True)
    p.t(552, y + 14, _g(CY_OPEN), 9, align="r")
    y += 19
    for (d, s, m), b in zip(CY_ROWS, CY_BAL, strict=True):
        p.t(44, y + 14, d, 9)
        p.t(100, y + 14, s, 9)
        p.t(400 if m < 0 else 470, y + 14, _g(abs(m)), 9, align="r")
        p.t(552, y + 14, _g(b), 9, align="r")
        p.line(40, y + 19, 555, y + 19, 0.25, color=(0.8, 0.8, 0.8))
        y += 19
    p.t(44, y + 14, "27 Nov", 9)
    p.t(100, y + 14, "Closing balance", 9, bold=True)
    p.t(552, y + 14, _g(CY_BAL[-1]), 9, bold=True, align="r")
    out = _r(-sum(m for *_a, m in CY_ROWS if m < 0))
    inn = _r(sum(m for *_a, m in CY_ROWS if m > 0))
    y += 50
    p.t(40, y, f"Money out  £{_g(out)}      Money in  £{_g(inn)}", 9)
    p.t(40, y + 30, "Teifi & Ystwyth Building Society is authorised by the Prudential Regulation Authority. "
        "Your eligible deposits are protected by the FSCS.", 7, color=GREY)
    return p.pdf(), {"closing": _p(CY_BAL[-1])}


def en_other_uk_ceredigion_council_tax_reminder() -> tuple[bytes, dict]:
    """Look-alike: a county council's council tax reminder in Welsh and English (A4): Hysbysiad Atgoffa / Reminder
    Notice, the property band, the instalment missed and the amount to pay within 7 days, the risk of a summons:
    a tax demand (other)."""
    p = Page(A4)
    p.t(40, 60, "Cyngor Sir Ceredigion", 14, bold=True, color=(0.1, 0.3, 0.5))
    p.t(40, 76, "Ceredigion County Council", 11, color=(0.1, 0.3, 0.5))
    p.t(555, 60, "Treth y Cyngor / Council Tax", 9, align="r")
    p.t(555, 74, "Cyf / Ref: 6002118473", 9, align="r")
    p.t(555, 88, "Dyddiad / Date: 19/11/2026", 9, align="r")
    for k, s in enumerate([f"Ms {CY['person']}", "Flat 3, 22 Stryd y Popty", "Aberystwyth", "SY23 1JY"]):
        p.t(60, 130 + k * 13, s, 9.5)
    p.t(297, 220, "HYSBYSIAD ATGOFFA  /  REMINDER NOTICE", 14, bold=True, align="c", color=RED)
    p.table(60, 250, [240, 235], [("Eiddo / Property", "Flat 3, 22 Stryd y Popty, Aberystwyth"),
                                  ("Band", "B"), ("Rhandaliad a fethwyd / Instalment missed", "01/11/2026"),
                                  ("Swm i'w dalu / Amount now due", "£148.00")], rh=22, size=9, head=0)
    lines = ["Our records show that the instalment due on 1 November 2026 has not been paid.",
             "Please pay £148.00 within 7 days. If you do not, you will lose the right to pay by instalments",
             "and we may apply to the Magistrates' Court for a liability order, adding costs of £70.00.",
             "",
             "Nid yw ein cofnodion yn dangos bod y rhandaliad a oedd yn ddyledus ar 1 Tachwedd 2026",
             "wedi'i dalu. Talwch £148.00 o fewn 7 diwrnod."]
    for k, s in enumerate(lines):
        p.t(60, 370 + k * 16, s, 9.5)
    p.t(60, 500, "Pay online: ceredigion.gov.uk/talu-pay  |  Ffôn / Phone: 01545 572002", 9, color=GREY)
    return p.pdf(), {}


NI = dict(person="Ciarán Joseph McLaughlin", employer="Foyleside Shirt Manufacturing Ltd")


def en_unemp_uk_derry_redundancy_letter() -> tuple[bytes, dict]:
    """A shirt factory's letter confirming redundancy (Northern Ireland, A4, Times): the factory's letterhead at the
    right, 'Friday 16 October 2026' under the address, 'Private & Confidential', the employment dates, the last day
    of work (30 October 2026), the statutory redundancy payment worked out in a small table, the P45 to follow,
    signed by the HR manager."""
    p = Page(A4)
    tf, tb = "Times-Roman", "Times-Bold"
    p.t(555, 56, NI["employer"], 13, face=tb, align="r")
    p.t(555, 72, "Unit 7, Springtown Industrial Estate, Derry~Londonderry BT48 0LY", 8.5, face=tf, align="r")
    p.t(555, 84, "Tel 028 7126 0413  |  VAT No. 219 4471 83", 8.5, face=tf, align="r")
    p.line(40, 94, 555, 94, 0.6)
    for k, s in enumerate([f"Mr {NI['person']}", "41 Fahan Street", "Derry", "BT48 6QR"]):
        p.t(60, 126 + k * 14, s, 11, face=tf)
    p.t(60, 200, "Friday 16 October 2026", 11, face=tf)
    p.t(60, 226, "PRIVATE & CONFIDENTIAL", 10.5, face=tb)
    p.t(60, 252, f"Dear {NI['person'].split()[0]},", 11, face=tf)
    p.t(60, 276, "Confirmation of Redundancy", 11.5, face=tb)
    body = ["Further to our consultation meetings of 22 September and 6 October 2026, I am sorry to confirm that your",
            "position as Collar Machinist has been made redundant following the closure of the cutting and sewing",
            "floor. Your employment with the company will end on Friday 30 October 2026, which will be your last",
            "working day. You began working for us on 4 May 2009.",
            "",
            "Your statutory redundancy payment has been calculated as follows:"]
    for k, s in enumerate(body):
        p.t(60, 302 + k * 16, s, 11, face=tf)
    p.table(80, 404, [260, 140], [("Complete years of service (age 41-)", "17"),
                                  ("Weekly pay (capped)", "£441.80"),
                                  ("Weeks' pay due", "17.0"),
                                  ("Statutory redundancy payment", "£7,510.60")], rh=18, size=10, head=0, face=tf)
    more = ["This will be paid with your final wages on 6 November 2026, together with 6 days' untaken holiday.",
            "Your P45 will be sent to you after the final payroll run. You are entitled to apply for",
            "New Style Jobseeker's Allowance; please take this letter with you to your local Jobs & Benefits office.",
            "",
            "I would like to thank you for your service and wish you every success for the future."]
    for k, s in enumerate(more):
        p.t(60, 500 + k * 16, s, 11, face=tf)
    p.t(60, 600, "Yours sincerely,", 11, face=tf)
    p.hand(64, 636, "S. Doherty", 17, key="ni-sign", color=(0.05, 0.05, 0.3))
    p.t(60, 660, "Siobhán Doherty", 11, face=tb)
    p.t(60, 674, "HR Manager, " + NI["employer"], 10.5, face=tf)
    return p.pdf(), {}


NI_BANK = "Sperrin & Foyle Bank"
NI_ROWS = [  # newest first: (day heading, what, amount)
    ("30 Nov", "Tesco Lisnagelvin", -54.37), ("27 Nov", "Universal Credit DWP", 712.40),
    ("24 Nov", "NI Electricity Keypad top-up", -40.00), ("20 Nov", "Lidl Strand Road", -38.62),
    ("17 Nov", "New Style JSA DfC", 180.20), ("13 Nov", "Loan repayment", -196.44),
    ("10 Nov", "Foyle Credit Union", -60.00), ("06 Nov", "Foyleside Shirt Mfg final pay", 8721.58),
    ("03 Nov", "Standing order rent", -450.00), ("02 Nov", "Cash withdrawal Waterloo Pl", -40.00),
]
NI_OPEN = 768.15
NI_BAL = _run(NI_OPEN, [m for *_a, m in reversed(NI_ROWS)])


def en_stmt_uk_derry_bank_app_month_statement() -> tuple[bytes, dict]:
    """A bank app's statement screen (Northern Ireland): 'Classic Account ••••6613', the holder's name, a month
    selector 'November 2026 (1 - 30 Nov)', Money in / Money out / End balance tiles, transactions newest first under
    short day headings, with signed pound amounts and no running balance."""
    p = Page(PHONE)
    teal = (0.0, 0.42, 0.5)
    _bar(p, "09:41")
    p.t(195, 72, "Statements", 14, bold=True, align="c")
    p.t(24, 72, "<", 16, bold=True, color=teal)
    p.box(16, 90, 358, 70, fill=teal, stroke=None, radius=12)
    p.t(30, 114, NI_BANK, 10, color=(0.8, 0.95, 0.95))
    p.t(30, 134, "Classic Account ••••6613", 12.5, bold=True, color=WHITE)
    p.t(30, 151, NI["person"], 10, color=(0.8, 0.95, 0.95))
    p.box(16, 170, 358, 32, fill=(0.94, 0.96, 0.97), stroke=None, radius=16)
    p.t(195, 191, "November 2026 (1 - 30 Nov)", 11, bold=True, align="c")
    inn = _r(sum(m for *_a, m in NI_ROWS if m > 0))
    out = _r(-sum(m for *_a, m in NI_ROWS if m < 0))
    for k, (a, v) in enumerate([("Money in", inn), ("Money out", out), ("End balance", NI_BAL[-1])]):
        x = 16 + k * 122
        p.box(x, 212, 114, 52, stroke=(0.85, 0.85, 0.85), radius=8)
        p.t(x + 10, 230, a, 8.5, color=GREY)
        p.t(x + 10, 252, "£" + _g(v), 11.5, bold=True)
    y = 284
    for d, what, m in NI_ROWS:
        p.t(24, y + 6, d, 8.5, bold=True, color=GREY)
        p.t(24, y + 26, what, 11)
        s = f"+£{_g(m)}" if m > 0 else f"-£{_g(-m)}"
        p.t(366, y + 26, s, 11, align="r", color=(0.0, 0.5, 0.25) if m > 0 else (0, 0, 0))
        p.line(16, y + 38, 374, y + 38, 0.3, color=(0.88, 0.88, 0.88))
        y += 48
    p.t(195, 812, "Download PDF statement", 10.5, bold=True, align="c", color=teal)
    return p.pdf(), {"closing": _p(NI_BAL[-1])}


TAS = dict(person="Brodie James Kerrison", employer="Tamar Ridge Berry Co. Pty Ltd", bank="Cataract Gorge Bank",
           bsb="807-214", account="1048 3392")
TAS_YEAR = 67_860.00
TAS_MONTH = _r(TAS_YEAR / 12)


def en_income_au_launceston_salary_letter_september() -> tuple[bytes, dict]:
    """A berry farm's letter confirming employment and salary (Tasmania, A4): the farm's green letterhead, dated
    '9 September 2026' (over 90 days before 2026-12-31), 'To whom it may concern', the position (Irrigation
    Supervisor, permanent full-time), the yearly salary $67,860.00 and the gross month's figure $5,655.00 per
    calendar month, superannuation on top, the general manager's signature."""
    p = Page(A4)
    green = (0.16, 0.42, 0.2)
    p.box(0, 0, 595, 84, fill=green, stroke=None)
    p.t(40, 44, TAS["employer"], 17, bold=True, color=WHITE)
    p.t(40, 64, "1290 West Tamar Highway, Legana TAS 7277  |  ABN 47 118 903 552", 8.5, color=(0.85, 0.95, 0.85))
    p.t(40, 130, "9 September 2026", 11)
    p.t(40, 170, "To whom it may concern", 11, bold=True)
    p.t(40, 196, f"Re: {TAS['person']} - confirmation of employment and income", 11, bold=True)
    body = [f"This letter confirms that {TAS['person']} has been employed by {TAS['employer']} since",
            "12 January 2021 and currently holds the position of Irrigation Supervisor on a permanent full-time",
            "basis (38 hours per week).",
            "",
            f"Brodie's base salary is ${_g(TAS_YEAR)} per annum, which is ${_g(TAS_MONTH)} gross per calendar month,",
            "paid fortnightly into his nominated account. Superannuation at 12% is paid on top of this amount.",
            "",
            "There are no current disciplinary matters and his position is not under review.",
            "",
            "Please contact me on (03) 6330 1184 if you need any further information."]
    for k, s in enumerate(body):
        p.t(40, 230 + k * 17, s, 10.5)
    p.t(40, 440, "Kind regards,", 10.5)
    p.hand(44, 480, "J. Wadley", 18, key="tas-sign", color=(0.05, 0.05, 0.35))
    p.t(40, 504, "Jenna Wadley", 10.5, bold=True)
    p.t(40, 518, "General Manager", 10.5)
    return p.pdf(), {"monthly": _p(TAS_MONTH)}


TAS_DAYS = [  # (day heading, [(what, amount)])
    ("Mon 2 Nov", [("Woolworths Kings Meadows", -84.36), ("TasWater", -97.40)]),
    ("Thu 5 Nov", [("Pay  TAMAR RIDGE BERRY", 2178.42)]),
    ("Fri 6 Nov", [("Transfer to Landlord - Rent", -880.00), ("Aurora Energy", -156.25)]),
    ("Tue 10 Nov", [("BP Invermay", -72.10)]),
    ("Thu 12 Nov", [("Car loan repayment", -311.48), ("Telstra", -65.00)]),
    ("Mon 16 Nov", [("Launceston Vet Hospital", -236.50)]),
    ("Thu 19 Nov", [("Pay  TAMAR RIDGE BERRY", 2178.42), ("Transfer to Landlord - Rent", -880.00)]),
    ("Sat 21 Nov", [("Harvey Norman Launceston", -149.00)]),
    ("Wed 25 Nov", [("Woolworths Kings Meadows", -118.92)]),
    ("Sun 29 Nov", [("Interest", 0.37)]),
]
TAS_OPEN = 642.18
TAS_MOVES = [m for _d, items in TAS_DAYS for _w, m in items]
TAS_CLOSE = _run(TAS_OPEN, TAS_MOVES)[-1]


def en_stmt_au_launceston_neobank_day_headings() -> tuple[bytes, dict]:
    """A digital bank's PDF statement (A4): the closing balance in a large figure at the top right beside the
    opening balance, 'Statement period 1 November 2026 – 30 November 2026', BSB and account number, then
    transactions grouped under day headings ('Mon 2 Nov') with signed dollar amounts ('–$84.36', '+$2,178.42') and
    no running balance; totals in and out at the foot."""
    p = Page(A4)
    ink = (0.24, 0.12, 0.5)
    p.t(40, 56, TAS["bank"], 16, bold=True, color=ink)
    p.t(40, 74, "Everyday account statement", 10, color=GREY)
    p.t(40, 110, TAS["person"], 11, bold=True)
    p.t(40, 126, "14 Balfour Street, Launceston TAS 7250", 9)
    p.t(40, 150, f"BSB {TAS['bsb']}   Account {TAS['account']}", 9.5)
    p.t(40, 166, "Statement period 1 November 2026 \u2013 30 November 2026", 9.5)
    p.box(360, 96, 195, 80, fill=(0.95, 0.93, 0.99), stroke=None, radius=8)
    p.t(372, 114, "Closing balance", 9, color=GREY)
    p.t(372, 140, "$" + _g(TAS_CLOSE), 18, bold=True, color=ink)
    p.t(372, 162, f"Opening balance ${_g(TAS_OPEN)}", 8.5, color=GREY)
    y = 206
    for day, items in TAS_DAYS:
        p.box(40, y, 515, 18, fill=(0.96, 0.96, 0.96), stroke=None)
        p.t(46, y + 13, day, 9, bold=True)
        y += 18
        for what, m in items:
            p.t(56, y + 15, what, 9.5)
            s = f"+${_g(m)}" if m > 0 else f"\u2013${_g(-m)}"
            p.t(549, y + 15, s, 9.5, align="r", color=(0.0, 0.45, 0.2) if m > 0 else (0, 0, 0))
            y += 21
        y += 4
    inn = _r(sum(m for m in TAS_MOVES if m > 0))
    out = _r(-sum(m for m in TAS_MOVES if m < 0))
    y += 20
    p.line(40, y, 555, y, 0.5)
    p.t(46, y + 18, f"Money in  ${_g(inn)}", 9.5)
    p.t(250, y + 18, f"Money out  ${_g(out)}", 9.5)
    p.t(40, y + 50, "Cataract Gorge Bank Ltd ABN 61 903 228 417 AFSL 244719. Customer care 1300 555 207.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _p(TAS_CLOSE)}


def en_other_au_launceston_vet_invoice() -> tuple[bytes, dict]:
    """Look-alike: a veterinary hospital's tax invoice (A5, Tasmania) for the client's dog: Client / Patient 'Molly'
    (Kelpie x, 6y), consultation, X-ray, sedation, anti-inflammatories, GST included, Total $236.50, PAID EFTPOS: a
    bill, but for an animal (other)."""
    p = Page(A5)
    p.t(30, 44, "Launceston Vet Hospital", 14, bold=True, color=(0.0, 0.45, 0.55))
    p.t(30, 58, "82 Wellington St, Launceston TAS 7250  |  ABN 33 604 182 770", 7.5, color=GREY)
    p.t(390, 44, "TAX INVOICE", 11, bold=True, align="r")
    p.t(390, 58, "Inv 118420  |  16/11/2026", 8, align="r")
    p.t(30, 90, f"Client: {TAS['person']}", 9.5)
    p.t(30, 106, "Patient: Molly  (Canine, Kelpie x, F/S, 6y 2m, 19.4 kg)", 9.5)
    items = [("Consultation - standard", 1, 89.00), ("Radiograph - hind limb 2 views", 1, 98.00),
             ("Sedation - short acting", 1, 32.00), ("Meloxicam 1.5mg/ml 10ml", 1, 17.50)]
    rows = [("Item", "Qty", "Amount")] + [(n, str(q), f"${_g(u)}") for n, q, u in items]
    y = p.table(30, 124, [250, 40, 70], rows, rh=18, size=8.5, aligns=["l", "r", "r"], grid=False, hlines=True)
    total = sum(u for *_a, u in items)
    p.t(290, y + 20, "Total (incl. GST)", 9.5, bold=True, align="r")
    p.t(390, y + 20, f"${_g(total)}", 9.5, bold=True, align="r")
    p.t(290, y + 36, "GST included", 8.5, align="r", color=GREY)
    p.t(390, y + 36, f"${_g(_r(total / 11))}", 8.5, align="r", color=GREY)
    p.t(290, y + 52, "Paid EFTPOS", 8.5, align="r")
    p.t(390, y + 52, f"${_g(total)}", 8.5, align="r")
    p.t(30, y + 90, "Recheck in 10 days. Keep Molly on lead walks only.", 8.5, color=GREY)
    return p.pdf(), {}


BB = dict(person="Sheree-Ann Alleyne", clinic="Carlisle Bay Family Medical Centre")
BB_ITEMS = [("Consultation (GP)", 180.00), ("ECG - 12 lead", 150.00), ("Blood glucose (finger stick)", 25.00),
            ("Nebuliser treatment", 85.00), ("Dispensed: Salbutamol inhaler", 46.50)]
BB_TOTAL = _r(sum(v for _k, v in BB_ITEMS))


def en_med_bb_bridgetown_clinic_bill() -> tuple[bytes, dict]:
    """A private family clinic's patient bill (Barbados, Letter, half used): 'Date: Nov. 12, 2026' with an abbreviated
    month, Bill To the patient, Description | BDS$ with no grid, TOTAL BDS$ then 'Amount Paid (Cash)' and 'Balance
    0.00', a round PAID stamp in blue."""
    p = Page(LETTER)
    p.t(306, 54, BB["clinic"], 15, bold=True, align="c", color=(0.0, 0.3, 0.55))
    p.t(306, 70, "Bay Street, Bridgetown, St. Michael, Barbados  |  Tel (246) 555-0137", 8.5, align="c", color=GREY)
    p.line(60, 80, 552, 80, 0.8, color=(0.0, 0.3, 0.55))
    p.t(60, 110, "PATIENT BILL", 12, bold=True)
    p.t(552, 110, "Date: Nov. 12, 2026", 10, align="r")
    p.t(552, 126, "Bill No. CB-26-4418", 9, align="r")
    p.t(60, 140, "Bill To:", 9, color=GREY)
    p.t(110, 140, BB["person"], 10.5, bold=True)
    p.t(110, 154, "Lot 17, Goodland, St. Michael", 9)
    y = 190
    p.t(64, y, "Description", 9.5, bold=True)
    p.t(548, y, "BDS$", 9.5, bold=True, align="r")
    for k, v in BB_ITEMS:
        y += 20
        p.t(64, y, k, 10)
        p.t(548, y, _g(v), 10, align="r")
    y += 12
    p.line(380, y, 552, y, 0.6)
    y += 18
    for k, (a, v) in enumerate([("TOTAL BDS$", _g(BB_TOTAL)), ("Amount Paid (Cash)", _g(BB_TOTAL)),
                                ("Balance", "0.00")]):
        p.t(390, y + k * 18, a, 10, bold=k == 0)
        p.t(548, y + k * 18, v, 10, bold=k == 0, align="r")
    p.t(64, y + 80, "Attending: Dr. K. Greenidge", 9)
    p.t(64, y + 96, "Thank you. Please keep this bill for your insurance claim.", 9, color=GREY)
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(0.15, 0.25, 0.7, alpha=0.8)
    c.setFillColorRGB(0.15, 0.25, 0.7, alpha=0.8)
    c.setLineWidth(2.2)
    c.circle(200, p.h - (y + 40), 34, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(200, p.h - (y + 46), "PAID")
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(200, p.h - (y + 60), "12 NOV 2026")
    c.restoreState()
    return p.pdf(), {"total": _p(BB_TOTAL)}


# --------------------------------------------------------------------------------------------------------------------
# the set

DIM = dict(exposure=0.72, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-xuchang-wig-piece-rate-slip": dict(
        draw=zh_pay_xuchang_wig_piece_rate_slip, type="payslip", lang="zh",
        fields={"employer": XC["employer"], "employee": XC["person"], "period": "2026-11",
                "gross_pay": _p(XC_GROSS), "net_pay": _p(XC_NET)},
        forms={"photo": dict(desk="laminate", angle=-2.7, persp=0.1, blur=1.1, quality=61, falloff=0.5,
                             crumple=0.45), "text": {}},
        note="a wig factory's 计件工资单 (A5, plain office print): 结算周期 2026.11.01—2026.11.30 as a dotted range, "
             "工号 / 姓名 / 组别 on one line, a ruled 工序 | 数量 | 单价 | 金额 table with 全勤奖 and 夜班补助 under the "
             "pieces, 应发小计, three deductions each marked 减： (a quality penalty first), 实领 boxed at the foot, the "
             "worker's pen signature; the photo creased"),
    "zh-stmt-xuchang-terminal-roll-detail": dict(
        draw=zh_stmt_xuchang_terminal_roll_detail, type="bank_statement", lang="zh",
        fields={"bank": XC["bank"], "account_holder": XC["person"], "account_number": XC["tail"],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": _p(XC_BAL[-1])},
        forms={"photo": dict(desk="dark", angle=3.6, persp=0.08, blur=1.05, quality=62, falloff=0.45, margin=0.3,
                             dpi=300, width=1200),
               "text": {}},
        note="a rural bank's self-service terminal print-out on a 58 mm thermal roll: 账户交易明细, 户名, 卡号 masked in the "
             "middle (6230 **** **** 4471), 查询起止 20261101-20261130 in compact form, each row on two lines (an "
             "8-digit date and the summary, then the signed amount and the balance), 期末余额 after a dashed rule, the "
             "terminal number; the 代发工资 of 11-15 is the wig slip's 实领; photographed on a dark table"),
    "zh-med-xuchang-dental-charge-slip": dict(
        draw=zh_med_xuchang_dental_charge_slip, type="medical_bill", lang="zh",
        fields={"provider": XC["clinic"], "patient": XC["person"], "date": "2026-11-21",
                "total": [_p(XC_DENT_TOTAL), _p(XC_DENT_PAID)]},
        forms={"photo": dict(desk="wood", angle=1.7, persp=0.09, blur=1.1, quality=60, falloff=0.45, shadow=0.4)},
        note="a private dental clinic's 收费单 printed by its practice software (A5 landscape): a logo square, 病历号, "
             "患者 / 性别 / 年龄 / 就诊日期 2026.11.21 on one line, 项目 | 数量 | 单价 | 小计 unruled under one rule, 合计, "
             "优惠（会员）and 实收 (what was paid) with 大写 under it, 支付方式 微信, a square 收费专用 stamp; the phone's shadow over it"),
    "zh-other-xuchang-carrier-bill-screen": dict(
        draw=zh_other_xuchang_carrier_bill_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a mobile carrier app's 我的账单 screen for 2026年11月 (a masked phone number, 本月消费 in large "
             "figures, 账单周期 11.01-11.30, 套餐及固定费 / 语音通信费 / 上网费 / 增值业务费, 账户余额, a 去充值 button): "
             "a phone bill (other)"),
    "zh-unemp-jixi-termination-certificate-with-stub": dict(
        draw=zh_unemp_jixi_termination_certificate_with_stub, type="unemployment_proof", lang="zh",
        fields={"person": JX["person"], "issuer": JX["employer"], "date": "2026-10-28"},
        forms={"photo": dict(desk="cloth", angle=-1.9, persp=0.09, blur=1.1, quality=61, falloff=0.5, fold=0.5),
               "text": {}},
        note="a coal mine's 解除劳动合同证明书 on one A4 landscape sheet: the 存根 on the left (the worker's pen receipt "
             "signature and 2026.10.28), a dashed perforation with the company's seal across it (骑缝), the "
             "certificate on the right (contract from 2009年3月1日, ended 2026年10月31日 by 经济性裁员, register as "
             "unemployed within 60 days) dated in Chinese numerals 二〇二六年十月二十八日 under the seal; issuer = the "
             "mine; the photo folded across the middle"),
    "zh-stmt-jixi-app-screen-october": dict(
        draw=zh_stmt_jixi_app_screen_october, type="bank_statement", lang="zh",
        fields={"bank": JX["bank"], "account_holder": JX["person"], "account_number": JX["tail"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": _p(JX_BAL[-1])},
        forms={"image": {}},
        note="a rural bank's app screen 账户明细 with month tabs, the 2026年10月 tab selected (the month before the one a "
             "November check asks for): 借记卡（0825）and 户名, 本月收入 / 本月支出 / 月末余额 in a card, rows newest "
             "first dated 2026-10-31 with signed amounts and no running balance; the mine's last wage on 10-31"),
    "zh-other-jixi-heating-fee-arrears-notice": dict(
        draw=zh_other_jixi_heating_fee_arrears_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=4.4, persp=0.13, blur=1.25, quality=57, **DIM)},
        note="look-alike: a heat company's 采暖费催缴通知单 (A5, the title in red): the flat, the householder, a small "
             "grid of heating seasons with area, 单价 and 已缴 / 欠缴, 欠费合计, the date heating will be cut, the "
             "service centre's seal: a utility's demand (other); the photo dim and skewed"),
    "zh-pay-hualien-stone-works-salary-detail": dict(
        draw=zh_pay_hualien_stone_works_salary_detail, type="payslip", lang="zh",
        fields={"employer": HL["employer"], "employee": HL["person"], "period": "2026-11",
                "gross_pay": _p(HL_GROSS), "net_pay": _p(HL_NET)},
        forms={"text": {}, "scan": {}},
        note="a Taiwanese stone works' 薪資明細表 in traditional characters (A5 landscape): 薪資年月 115年11月 (Minguo "
             "year 115 = 2026), 員工編號 / 姓名 / 部門 on one line, 應發項目 and 應扣項目 side by side in whole New Taiwan "
             "dollars without decimals, 應發合計 and 應扣合計 under each, 實發金額（新臺幣）boxed across the foot, "
             "發薪日 115/12/05"),
    "zh-stmt-hualien-farmers-association-two-page": dict(
        draw=zh_stmt_hualien_farmers_association_two_page, type="bank_statement", lang="zh",
        fields={"bank": [HL["bank"], "花蓮縣" + HL["bank"], "新城鄉農會"], "account_holder": HL["person"],
                "account_number": [HL["account"], HL["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(HL_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a farmers' association credit department's 存款往來明細 over two A4 pages in traditional characters: 戶名 / "
             "帳號 / 查詢期間 115/11/01 ~ 115/11/30 on page 1, rows 日期 (115/11/05) | 摘要 | 支出 | 存入 | 結餘 | 備註 in "
             "whole dollars, 上期結餘 first, 過次頁 closing page 1 and 承前頁 opening page 2 with the running balance, "
             "本期結餘 only on page 2, a square 存款專用章; the 薪資轉入 of 115/11/05 is October's pay"),
    "zh-med-hualien-hospital-fee-receipt": dict(
        draw=zh_med_hualien_hospital_fee_receipt, type="medical_bill", lang="zh",
        fields={"provider": HL["hospital"], "patient": HL["person"], "date": "2026-11-18",
                "total": _p(HL_MED_TOTAL)},
        forms={"photo": dict(desk="wood", angle=-3.3, persp=0.11, blur=1.15, quality=60, falloff=0.5,
                             hand="bottom")},
        note="a Taiwanese hospital's 門診醫療費用收據 on pink paper (A5 landscape, traditional characters): 病歷號碼 / "
             "姓名 / 身分 健保 / 科別 骨科, 就診日期 115年11月18日, fee items two across in whole dollars (掛號費, three "
             "部分負擔, a self-paid brace), 實收金額 2,250 元 with the amount in 大寫 (新臺幣貳仟貳佰伍拾元整), the cashier's "
             "red chop; held by a thumb at the bottom"),
    "zh-income-hualien-employment-salary-certificate": dict(
        draw=zh_income_hualien_employment_salary_certificate, type="income_proof", lang="zh",
        fields={"employer": HL["employer"], "employee": HL["person"], "monthly_income": _p(HL_MONTHLY),
                "date": "2026-11-20"},
        forms={"photo": dict(desk="cloth", angle=1.2, persp=0.08, blur=1.05, quality=63, falloff=0.45), "text": {}},
        note="a 在職暨薪資證明書 in traditional characters (A4): label-colon lines for 姓名, a masked 身分證字號, 到職日期 "
             "民國102年3月18日, 服務部門, 職稱 and 每月薪資 新臺幣參萬陸仟元整（NT$36,000）, the purpose line (貸款展延), "
             "the company's large square seal and the responsible person's small one, dated 中華民國 115 年 11 月 20 日 "
             "at the foot"),
    "zh-other-hualien-labour-insurance-record-screen": dict(
        draw=zh_other_hualien_labour_insurance_record_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: the labour insurance bureau's app screen 個人投保資料查詢 (traditional characters): the insured, "
             "four cards of 投保單位 / 保險類別 / 加保日期 / 退保日期 in Minguo form and 月投保薪資: an insurance record, "
             "not a payslip (other)"),
    "en-pay-us-houma-stub-over-void-check": dict(
        draw=en_pay_us_houma_stub_over_void_check, type="payslip", lang="en",
        fields={"employer": [LA["employer"], "Bayou Petit Caillou Seafood Co."], "employee": LA["person"],
                "period": "2026-11", "gross_pay": _p(LA_GROSS), "net_pay": _p(LA_NET)},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.2, persp=0.08, blur=1.05, quality=62, falloff=0.45)},
        note="a Louisiana seafood processor's EARNINGS STATEMENT on cheque stock (Letter): Pay Period 11/01/2026 - "
             "11/30/2026 and Pay Date 12/04/2026 in US order, Hours | Rate | Current | YTD earnings and Current | YTD "
             "taxes (Federal, Social Security, Medicare, LA State) ruled only across, Gross Pay / Deductions / Net Pay "
             "in three boxes at the right, a detachable cheque below marked VOID - NON-NEGOTIABLE with the net pay in "
             "figures and words"),
    "en-stmt-us-houma-credit-union-summary-on-top": dict(
        draw=en_stmt_us_houma_credit_union_summary_on_top, type="bank_statement", lang="en",
        fields={"bank": LA["bank"], "account_holder": [LA["person"], LA["person"].upper()],
                "account_number": [LA["account"], LA["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(_run(LA_OPEN, [m for *_a, m in _la_rows()])[-1])},
        forms={"text": {}, "scan": {}},
        note="a Louisiana credit union's MEMBER STATEMENT (Letter): the holder's address in capitals, a summary box "
             "above the transactions (Beginning Balance, Deposits, Withdrawals, Ending Balance), Statement Period "
             "11/01/26 thru 11/30/26, rows MM/DD with Withdrawals | Deposits and the balance printed only on the last "
             "row, Ending Balance under the rows, dividend notes; October's paper pay cheque deposited at the branch "
             "on 11/06; the hospital payment is the itemized statement's amount due"),
    "en-med-us-houma-er-itemized-statement": dict(
        draw=en_med_us_houma_er_itemized_statement, type="medical_bill", lang="en",
        fields={"provider": LA["hospital"], "patient": LA["person"], "date": ["2026-11-16", "2026-11-09"],
                "total": [_p(LA_MED_CHARGES), _p(LA_MED_DUE)]},
        forms={"photo": dict(desk="dark", angle=-2.5, persp=0.1, blur=1.15, quality=60, exposure=0.9, falloff=0.5)},
        note="a regional medical centre's ITEMIZED STATEMENT for an emergency visit (Letter): Statement Date "
             "11/16/2026, Account No. and Due Date boxed at the right, Guarantor / Patient / Insurance, Date of Service "
             "11/09/2026 | Rev | Description | Qty | Charges unruled, Total Charges, Insurance Payments and Contractual "
             "Adjustments in parentheses, AMOUNT DUE FROM PATIENT in a tinted box; date = the statement date (the "
             "service date accepted)"),
    "en-pay-uk-aberystwyth-bilingual-payslip": dict(
        draw=en_pay_uk_aberystwyth_bilingual_payslip, type="payslip", lang="en",
        fields={"employer": [CY["employer"], CY["employer_cy"]], "employee": CY["person"], "period": "2026-11",
                "gross_pay": _p(CY_GROSS), "net_pay": _p(CY_NET)},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.6, persp=0.09, blur=1.1, quality=61,
                                         falloff=0.5, hand="right")},
        note="a Welsh holiday park's payslip with every label in Welsh and English (A5 landscape): the employer's "
             "Welsh and English names in a green band, Cyfnod Treth / Tax Period 'Mis/Month 8' (the UK tax month, no "
             "dates) and Dyddiad Talu / Pay Date 27/11/2026, tax code and NI number, Oriau / Hours | Cyfradd / Rate | "
             "Swm / Amount in pounds, Hyd yma / Year to date at the side, Cyflog Gros / Gross Pay and Tâl Net / Net Pay "
             "at the foot; held by a hand at the right"),
    "en-stmt-uk-aberystwyth-building-society-off-calendar": dict(
        draw=en_stmt_uk_aberystwyth_building_society_off_calendar, type="bank_statement", lang="en",
        fields={"bank": CY["bank"], "account_holder": [CY["person"], "Ms " + CY["person"]],
                "account_number": CY["account"], "period_start": "2026-10-28", "period_end": "2026-11-27",
                "closing_balance": _p(CY_BAL[-1])},
        forms={"text": {}, "scan": {}},
        note="a Welsh building society's current account statement (A4) for 28 October 2026 to 27 November 2026, "
             "not a calendar month: Statement no. 47, sort code and account number at the right, rows dated '28 Oct' "
             "with no year, Money out | Money in | Balance, Opening balance and Closing balance as rows, totals at "
             "the foot; two salary credits, the second the payslip's net pay"),
    "en-other-uk-ceredigion-council-tax-reminder": dict(
        draw=en_other_uk_ceredigion_council_tax_reminder, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=3.1, persp=0.1, blur=1.15, quality=60, falloff=0.5, fold=0.34)},
        note="look-alike: a county council's HYSBYSIAD ATGOFFA / REMINDER NOTICE for council tax in Welsh and English "
             "(A4): the band, the missed instalment and the amount due within 7 days, the threat of a liability "
             "order: a tax demand (other); the photo folded"),
    "en-unemp-uk-derry-redundancy-letter": dict(
        draw=en_unemp_uk_derry_redundancy_letter, type="unemployment_proof", lang="en",
        fields={"person": [NI["person"], "Mr " + NI["person"]], "issuer": NI["employer"], "date": "2026-10-16"},
        forms={"photo": dict(desk="cloth", angle=-2.8, persp=0.1, blur=1.1, quality=61, falloff=0.5, crumple=0.3),
               "text": {}},
        note="a Northern Irish shirt factory's letter confirming redundancy (A4, Times): the letterhead at the right, "
             "'Friday 16 October 2026' with the weekday, PRIVATE & CONFIDENTIAL, last working day 30 October 2026, a "
             "small table working out the statutory redundancy payment, the P45 to follow, signed by the HR manager; "
             "the photo creased"),
    "en-stmt-uk-derry-bank-app-month-statement": dict(
        draw=en_stmt_uk_derry_bank_app_month_statement, type="bank_statement", lang="en",
        fields={"bank": NI_BANK, "account_holder": NI["person"], "account_number": "6613",
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": _p(NI_BAL[-1])},
        forms={"image": {}},
        note="a bank app's Statements screen (Northern Ireland): Classic Account ••••6613 and the holder in a teal card, "
             "'November 2026 (1 - 30 Nov)' in a pill, Money in / Money out / End balance tiles, rows newest first "
             "under short day headings ('27 Nov') with signed pound amounts, the factory's final pay and JSA credits"),
    "en-income-au-launceston-salary-letter-september": dict(
        draw=en_income_au_launceston_salary_letter_september, type="income_proof", lang="en",
        fields={"employer": TAS["employer"], "employee": TAS["person"], "monthly_income": _p(TAS_MONTH),
                "date": "2026-09-09"},
        forms={"photo": dict(desk="laminate", angle=2.0, persp=0.09, blur=1.05, quality=62, falloff=0.45),
               "text": {}},
        note="a Tasmanian berry farm's letter confirming employment and income (A4, a green letterhead band): dated "
             "'9 September 2026' (over 90 days before 2026-12-31), To whom it may concern, the yearly salary "
             "$67,860.00 and '$5,655.00 gross per calendar month', paid fortnightly, superannuation on top, the "
             "general manager's pen signature"),
    "en-stmt-au-launceston-neobank-day-headings": dict(
        draw=en_stmt_au_launceston_neobank_day_headings, type="bank_statement", lang="en",
        fields={"bank": TAS["bank"], "account_holder": TAS["person"],
                "account_number": [TAS["account"], TAS["account"].replace(" ", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": _p(TAS_CLOSE)},
        forms={"text": {}, "scan": {}},
        note="a digital bank's Everyday account statement (A4): the closing balance in a large figure at the top "
             "right above the opening balance, BSB and account number, 'Statement period 1 November 2026 – 30 November "
             "2026', transactions grouped under grey day headings ('Mon 2 Nov') with '–$84.36' / '+$2,178.42' and no "
             "running balance, Money in / Money out at the foot; two fortnightly pays"),
    "en-other-au-launceston-vet-invoice": dict(
        draw=en_other_au_launceston_vet_invoice, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-4.0, persp=0.12, blur=1.2, quality=58, **DIM)},
        note="look-alike: a veterinary hospital's TAX INVOICE (Tasmania, A5) for the client's dog Molly: consultation, "
             "radiograph, sedation, meloxicam, Total (incl. GST), Paid EFTPOS: a bill, but for an animal (other); "
             "the photo dim"),
    "en-med-bb-bridgetown-clinic-bill": dict(
        draw=en_med_bb_bridgetown_clinic_bill, type="medical_bill", lang="en",
        fields={"provider": BB["clinic"], "patient": BB["person"], "date": "2026-11-12", "total": _p(BB_TOTAL)},
        forms={"photo": dict(desk="cloth", angle=1.4, persp=0.1, blur=1.1, quality=61, falloff=0.5, shadow=0.3)},
        note="a Barbadian family clinic's PATIENT BILL (Letter, the top half used): 'Date: Nov. 12, 2026' with an "
             "abbreviated month, Bill No., Bill To the patient, Description | BDS$ without a grid, TOTAL BDS$, "
             "Amount Paid (Cash), Balance 0.00, a round blue PAID stamp; the phone's shadow over it"),
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
    paid or owes, a monthly income): the labels must agree."""
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
                "paid": "total", "due": "total", "monthly": "monthly_income"}


def _check_figures(doc: str) -> None:
    spec = DOCS[doc]
    for key, value in figures(doc).items():
        field = FIGURE_FIELD[key]
        label = spec["fields"][field]
        spellings = [label] if isinstance(label, str) else label
        if key in ("paid", "due"):
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent23",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent23.json (labels and sha256)")
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
        data = {"as_of_note": "November 2026 documents (a few older or of another month on purpose), judged as of "
                              "2026-12-31 (independent23-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
