"""The twenty-second independently generated judging set (bench/thirdparty/independent22.json, ``--independent22``).

    python bench/thirdparty/gen_independent22.py --manifest   (rewrite independent22.json: labels + sha256)
    python bench/thirdparty/gen_independent22.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Xining in Qinghai, Kaili in Guizhou's Qiandongnan, Sham Shui Po in Hong Kong; Mbale in Uganda, Kandy in Sri Lanka,
Sharjah in the UAE, Iloilo in the Philippines). The drawing and photo plumbing (Page, _photo, _screenshot, _daxie) is
imported from gen_independent11.py and the every-page scanner from gen_independent12.py (one copy of each); everything
else, layouts and wording, is this file's own. The papers are of November 2026 (judged as of 2026-12-31), a few older
on purpose.

What this set varies that earlier ones kept fixed: a dairy's payslip printed as one long two-column list of
项目 / 金额 with no table heads (应发 and 实发 inside the list, 所属期间 2026年11月, 发薪日期 2026.11.30); a
self-service terminal's 账户明细 printout that prints no holder's name at all (查询起止 20261101-20261130, times to the
second, 期末余额 in a summary line above the rows); a 收入证明 dated in Chinese numerals (二〇二六年十一月二十日) with the
income in a small ruled table of 基本工资 / 绩效 / 月均实发; a Tibetan-medicine hospital's thermal 收费小票 (2026/11/08
10:41); an employer's 解除劳动合同证明书 as a ruled two-column form; a village bank's app screen whose rows are grouped
under day headers (11月28日 星期六) with the month in a chip; a Hong Kong restaurant's 糧單 / Pay Slip in traditional
Chinese and English on one page with dates DD/MM/YYYY and MPF; a Hong Kong bank's two-page 綜合月結單 whose cycle runs
from 16 Oct to 15 Nov (not a calendar month); a Chinese-medicine clinic's receipt dated 19-11-2026; a Ugandan coffee
factory's payslip with a dotted period 01.11.2026 - 30.11.2026 and the NSSF and LST lines; a Ugandan statement with one
Amount column and a Dr/Cr flag column; a Ugandan hospital invoice whose total sits in a box at the top right above the
items; a Sri Lankan hotel payslip for October (EPF 8 %, service charge), a salary certificate dated 2026.08.20
(stale), a statement dated 05-11-2026 with the summary box at the foot; a Sharjah employer's termination letter dated
12/11/2026 (dd/mm/yyyy) with the end-of-service figures in a table; a UAE bank app's statement screen; a Philippine
hospital's Statement of Account with PhilHealth and HMO deductions dated 'November 18, 2026'; look-alikes a heating-fee
arrears notice, a microloan repayment schedule, a Hong Kong pawn ticket, a school fees invoice, a microfinance group
loan card and an exchange house's remittance receipt; photos dim, creased, folded, shadowed, held by a thumb, on a
dark table.

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
MANIFEST = HERE / "independent22.json"
PREFIX = "i22"
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.93, 0.93, 0.93)
TEAL = (0.0, 0.38, 0.45)
BROWN = (0.42, 0.24, 0.1)
PLUM = (0.4, 0.12, 0.36)
NAVY = (0.07, 0.16, 0.38)
OLIVE = (0.32, 0.38, 0.1)
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


def _bar(p: Page, clock: str, col=(0, 0, 0)):
    p.t(28, 28, clock, 12, bold=True, color=col)
    p.t(296, 28, "4G", 10, bold=True, color=col)
    p.box(326, 18, 26, 12, stroke=col, lw=0.9, radius=3)
    p.box(328, 20, 12, 8, fill=col, stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Xining (Qinghai): a dairy worker

XN = dict(person="韩德福", employer="西宁高原雪犛乳业有限公司", bank="湟水河农村商业银行",
          account="6230 9512 0047 3386 215", hospital="西宁市城北区藏医医院")
XN_EARN = [("基本工资", 2650.00), ("岗位津贴", 420.00), ("夜班补贴", 264.00), ("高原补贴", 300.00), ("全勤奖", 100.00)]
XN_DED = [("养老保险（个人）", 298.80), ("医疗保险（个人）", 74.70), ("失业保险（个人）", 18.68),
          ("住房公积金（个人）", 224.10), ("工会会费", 20.00)]


def zh_pay_xining_dairy_list_payslip() -> tuple[bytes, dict]:
    """A dairy's payslip printed on half an A4 sheet as one long list of 项目 / 金额 with dotted leaders and no table
    heads: 所属期间 2026年11月, 发薪日期 2026.11.30, five earnings, 应发工资 inside the list, five deductions, 扣款合计,
    实发工资 last in bold; no grid at all."""
    p = Page((420, 595), zh=True)
    gross = _r(sum(v for _k, v in XN_EARN))
    ded = _r(sum(v for _k, v in XN_DED))
    net = _r(gross - ded)
    p.t(210, 44, XN["employer"], 13, bold=True, align="c")
    p.t(210, 64, "员工工资明细", 11, align="c", color=GREY)
    p.t(40, 94, f"姓　　名：{XN['person']}", 10)
    p.t(230, 94, "工　号：XG0318", 10)
    p.t(40, 112, "部　　门：液态奶车间（灌装）", 10)
    p.t(40, 130, "所属期间：2026年11月", 10)
    p.t(230, 130, "发薪日期：2026.11.30", 10)
    y = 162

    def item(name, v, bold=False, sign=""):
        nonlocal y
        w = p.t(48, y, name, 10, bold=bold)
        p.line(52 + w, y - 2, 320, y - 2, 0.5, color=(0.6, 0.6, 0.6), dash=(1, 2))
        p.t(378, y, sign + _g(v), 10, bold=bold, align="r")
        y += 20

    for k, v in XN_EARN:
        item(k, v)
    item("应发工资", gross, bold=True)
    y += 6
    for k, v in XN_DED:
        item(k, v, sign="-")
    item("扣款合计", ded, bold=True, sign="-")
    y += 8
    p.line(40, y - 10, 380, y - 10, 0.8)
    p.t(48, y + 8, "实发工资", 12.5, bold=True)
    p.t(378, y + 8, _g(net), 12.5, bold=True, align="r")
    p.t(40, y + 44, f"工资已转入您尾号3386的{XN['bank']}账户，如有疑问请于7日内联系人事部。", 8, color=GREY)
    p.t(40, y + 60, "（本明细仅供员工本人核对）", 8, color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


XN_ROWS = [  # (time, summary, channel, amount)
    ("2026-11-02 09:14:07", "消费", "POS", -63.50), ("2026-11-03 18:40:22", "快捷支付", "网络", -128.00),
    ("2026-11-05 08:02:55", "取款", "ATM", -500.00), ("2026-11-07 12:31:09", "转入", "手机银行", 800.00),
    ("2026-11-09 20:17:44", "快捷支付", "网络", -46.90), ("2026-11-10 10:05:13", "代扣", "批量", -1312.56),
    ("2026-11-12 16:48:30", "消费", "POS", -91.20), ("2026-11-15 11:22:01", "缴费", "手机银行", -220.00),
    ("2026-11-18 07:59:38", "消费", "POS", -37.80), ("2026-11-20 14:10:26", "快捷支付", "网络", -75.00),
    ("2026-11-21 00:00:00", "结息", "批量", 1.37), ("2026-11-24 19:33:47", "转出", "手机银行", -600.00),
    ("2026-11-27 13:05:58", "消费", "POS", -112.40), ("2026-11-30 15:20:11", "代发工资", "批量", 3097.72),
]
XN_OPEN = 2886.21


def zh_stmt_xining_terminal_detail_no_name() -> tuple[bytes, dict]:
    """A self-service terminal's 账户交易明细 printout (A4, landscape-wide columns on a portrait sheet): 账号 and
    查询起止 20261101-20261130, a summary line 期初余额 / 收入笔数 / 支出笔数 / 期末余额 above the rows, rows with the
    time to the second, 摘要 | 渠道 | 发生额 (signed) | 余额; no holder's name printed anywhere (absent)."""
    p = Page(A4, zh=True)
    bal = _run(XN_OPEN, [m for *_a, m in XN_ROWS])
    n_in = sum(1 for *_a, m in XN_ROWS if m > 0)
    p.t(297, 52, XN["bank"], 14, bold=True, align="c", color=TEAL)
    p.t(297, 74, "账户交易明细（自助终端打印）", 11, align="c")
    p.t(44, 106, f"账号：{XN['account'].replace(' ', '')}", 9.5)
    p.t(300, 106, "币种：人民币", 9.5)
    p.t(44, 122, "查询起止：20261101 - 20261130", 9.5)
    p.t(300, 122, "终端号：QH-ZZ-0417", 9.5)
    p.box(44, 132, 508, 22, fill=LIGHT, stroke=None)
    p.t(52, 147, f"期初余额 {_g(XN_OPEN)}    收入笔数 {n_in}    支出笔数 {len(XN_ROWS) - n_in}    "
                 f"期末余额 {_g(bal[-1])}", 9.5)
    cols = [(48, "交易时间", "l"), (170, "摘要", "l"), (250, "渠道", "l"), (420, "发生额", "r"), (548, "余额", "r")]
    for x, h, a in cols:
        p.t(x, 178, h, 9.5, bold=True, align=a)
    p.line(44, 184, 552, 184, 0.6, dash=(3, 2))
    y = 200
    for (t, s, ch, m), b in zip(XN_ROWS, bal, strict=True):
        p.t(48, y, t, 9)
        p.t(170, y, s, 9)
        p.t(250, y, ch, 9)
        p.t(420, y, f"{m:+.2f}", 9, align="r")
        p.t(548, y, _g(b), 9, align="r")
        y += 18
    p.line(44, y - 8, 552, y - 8, 0.6, dash=(3, 2))
    p.t(44, y + 12, "打印时间：2026-12-03 10:26:41    本明细仅供参考，不作为对账凭证以外的其他用途。", 8, color=GREY)
    p.t(44, y + 28, "*** 打印结束 ***", 8, color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


XN_INC = [("基本工资", 2650.00), ("津贴补贴", 984.00), ("绩效奖金（月均）", 100.00)]


def zh_income_xining_chinese_numeral_date() -> tuple[bytes, dict]:
    """The dairy's 收入证明 (A4): a sentence on the employee's post, then a small ruled table 项目 | 月金额（元） with
    基本工资 / 津贴补贴 / 绩效奖金（月均）/ 月收入合计 (before deductions), the company's seal and the date written in
    Chinese numerals 二〇二六年十一月二十日."""
    p = Page(A4, zh=True)
    total = _r(sum(v for _k, v in XN_INC))
    p.t(297, 96, "收 入 证 明", 20, bold=True, align="c")
    lines = [f"　　兹有我单位职工 {XN['person']}，男，身份证号码 630102********0715，自2019年3月起",
             "在我公司液态奶车间从事灌装操作工作，为正式合同制员工。该员工近十二个月月均",
             "收入情况如下（税前）："]
    for k, s in enumerate(lines):
        p.t(70, 150 + k * 26, s, 12)
    rows = [("项　目", "月金额（元）")] + [(k, _g(v)) for k, v in XN_INC] + [("月收入合计", _g(total))]
    p.table(110, 236, [200, 170], rows, rh=26, size=11, aligns=["l", "r"])
    p.t(110, 388, f"月收入合计（大写）：人民币{_daxie(total)}", 11)
    more = ["　　本证明仅用于该员工向金融机构说明还款能力使用，不作其他用途。我单位对",
            "本证明内容的真实性负责。"]
    for k, s in enumerate(more):
        p.t(70, 420 + k * 26, s, 12)
    p.t(70, 490, "特此证明。", 12)
    p.t(400, 560, "西宁高原雪犛乳业有限公司（盖章）", 11.5, align="c")
    p.t(400, 588, "二〇二六年十一月二十日", 11.5, align="c")
    p.stamp(405, 560, 46, "西宁高原雪犛乳业有限公司", "人事专用章")
    p.t(70, 660, "单位地址：西宁市城北区生物园区经二路16号　　人事部电话：0971-5518236", 9.5, color=GREY)
    return p.pdf(), {"monthly": _p(total)}


XN_MED = [("藏医诊查费", 1, 18.00), ("七十味珍珠丸", 2, 96.00), ("仁青常觉", 1, 168.00), ("艾灸治疗", 3, 35.00)]


def zh_med_xining_tibetan_medicine_till_slip() -> tuple[bytes, dict]:
    """A Tibetan-medicine hospital's thermal 门诊收费小票 (80 mm roll): the hospital, 收费时间 2026/11/08 10:41, 患者
    and 门诊号, 项目 x 数量 = 金额 lines, 合计, 医保统筹 and 个人支付, a dashed rule; printed in a narrow column."""
    p = Page((227, 460), zh=True)
    total = _r(sum(q * u for _n, q, u in XN_MED))
    pool = _r(total * 0.45)
    own = _r(total - pool)
    p.t(113, 30, XN["hospital"], 10.5, bold=True, align="c")
    p.t(113, 46, "门诊收费小票", 9.5, align="c")
    y = 68
    for s in ["收费时间：2026/11/08 10:41", f"患    者：{XN['person']}", "门 诊 号：MZ26110803317",
              "医保类别：城镇职工", "收 费 员：卓玛"]:
        p.t(12, y, s, 8.5)
        y += 14
    p.line(10, y - 4, 217, y - 4, 0.6, dash=(2, 2))
    y += 10
    for n, q, u in XN_MED:
        p.t(12, y, n, 8.5)
        p.t(12, y + 12, f"  {q} x {u:.2f}", 8, color=GREY)
        p.t(215, y + 12, _p(q * u), 8.5, align="r")
        y += 28
    p.line(10, y - 6, 217, y - 6, 0.6, dash=(2, 2))
    y += 8
    for k, v in [("合计", total), ("医保统筹", pool), ("个人支付", own)]:
        p.t(12, y, k, 9.5, bold=k == "合计")
        p.t(215, y, _p(v), 9.5, bold=k == "合计", align="r")
        y += 16
    p.line(10, y, 217, y, 0.6, dash=(2, 2))
    p.t(113, y + 18, "请妥善保管，遗失不补", 8, align="c", color=GREY)
    p.t(113, y + 32, "扎西德勒  祝您早日康复", 8, align="c", color=GREY)
    return p.pdf(), {"total": _p(total), "own": _p(own)}


def zh_other_xining_heating_arrears_notice() -> tuple[bytes, dict]:
    """Look-alike: a heating company's 采暖费催缴通知单 pushed under the door (A5): the flat, the heating season
    2026-2027, 采暖面积 x 单价 = 应缴金额, 已缴 0, the deadline; a utility demand (other)."""
    p = Page(A5, zh=True)
    area, unit = 86.4, 23.00
    due = _r(area * unit)
    p.t(210, 50, "西宁市城北区供热有限公司", 13, bold=True, align="c")
    p.t(210, 76, "采暖费催缴通知单", 15, bold=True, align="c", color=RED)
    p.t(40, 110, "尊敬的住户（小桥大街雪犛家属院5号楼2单元302室）：", 10)
    text = ["　　2026—2027年度采暖期已于10月15日开始供暖，截至",
            "今日您户采暖费尚未缴纳，明细如下："]
    for k, s in enumerate(text):
        p.t(40, 132 + k * 18, s, 10)
    p.table(40, 176, [110, 80, 130], [("采暖面积（㎡）", "单价（元）", "应缴金额（元）"),
                                      (f"{area:.1f}", f"{unit:.2f}", _g(due))], rh=22, size=9.5, aligns=["c"] * 3)
    more = ["　　请于2026年11月30日前到营业厅或通过手机银行缴纳，",
            "逾期将按规定收取滞纳金。已缴费用户请忽略。", "", "营业厅电话：0971-5123660"]
    for k, s in enumerate(more):
        p.t(40, 250 + k * 18, s, 10)
    p.t(300, 360, "2026年11月16日", 10, align="c")
    p.stamp(300, 350, 34, "西宁市城北区供热有限公司", "收费专用章")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# Kaili (Qiandongnan, Guizhou): a laid-off batik workshop worker

KL = dict(person="杨秀芝", employer="凯里市苗岭蓝染蜡染工艺品有限公司", bank="清水江村镇银行", tail="7104")


def zh_unemp_kaili_termination_certificate() -> tuple[bytes, dict]:
    """An employer's 解除劳动合同证明书 as a ruled two-column form (A4): 劳动者姓名 / 身份证号 / 工作岗位 / 劳动合同期限 /
    解除日期 2026年10月31日 / 解除原因 (经济性裁员) / 本单位工作年限 / 经济补偿, then the certifying sentence, the
    company's seal and 出具日期 2026年10月28日; a 存根 line cut off at the foot."""
    p = Page(A4, zh=True)
    p.t(297, 80, "解除劳动合同证明书", 19, bold=True, align="c")
    p.t(540, 108, "凯苗蓝人〔2026〕第019号", 9.5, align="r")
    rows = [("劳动者姓名", KL["person"]), ("公民身份号码", "522601********3628"),
            ("工作岗位", "蜡染车间 点蜡工"), ("劳动合同期限", "2022年3月1日至2027年2月28日"),
            ("解除劳动合同日期", "2026年10月31日"), ("解除原因", "生产经营严重困难，经济性裁员"),
            ("在本单位工作年限", "4年8个月"), ("经济补偿", "按5个月工资支付，已于解除时一次付清")]
    for k in range(len(rows)):
        p.box(60, 124 + k * 32, 140, 32, fill=LIGHT, stroke=None)
    p.table(60, 124, [140, 335], rows, rh=32, size=11, head=0, aligns=["l", "l"], pad=10)
    text = ["　　根据《中华人民共和国劳动合同法》第四十一条、第五十条的规定，本单位与上述劳动",
            "者解除劳动合同，特出具此证明书。劳动者可凭本证明书办理失业登记、失业保险金申领",
            "及档案、社会保险关系转移手续。"]
    for k, s in enumerate(text):
        p.t(60, 420 + k * 24, s, 11.5)
    p.t(380, 540, "用人单位（盖章）：" + KL["employer"], 11, align="c")
    p.t(400, 566, "出具日期：2026年10月28日", 11, align="c")
    p.stamp(420, 540, 48, "凯里市苗岭蓝染蜡染工艺品有限公司", "")
    p.line(50, 700, 545, 700, 0.6, dash=(5, 3))
    p.t(297, 718, "（此联交劳动者本人）　　　　　　　　　　　　　　　　　　　剪　切　线", 8.5, align="c", color=GREY)
    return p.pdf(), {}


KL_ROWS = [  # (MM-DD, weekday, time, what, amount), newest first
    ("11-30", "星期一", "17:45", "微信零钱提现", 200.00),
    ("11-28", "星期六", "09:20", "凯里大十字农贸市场", -48.60),
    ("11-28", "星期六", "08:02", "黔东南州电网 电费", -66.30),
    ("11-25", "星期三", "15:11", "转账 杨秀兰", -300.00),
    ("11-20", "星期五", "10:30", "失业保险金 凯里市社保局", 1404.00),
    ("11-18", "星期三", "19:42", "快捷支付 拼多多", -35.90),
    ("11-15", "星期日", "11:08", "贷款还款 农户小额贷款", -808.00),
    ("11-09", "星期一", "13:27", "凯里大十字农贸市场", -52.00),
    ("11-05", "星期四", "16:54", "ATM取款", -400.00),
    ("11-02", "星期一", "08:33", "中国移动 话费", -39.00),
]
KL_OPEN = 2110.62  # on 2026-10-31


def zh_stmt_kaili_village_bank_day_grouped_screen() -> tuple[bytes, dict]:
    """A village bank's app screen 账户明细: a month chip 2026年11月 with 自定义 2026.11.01-2026.11.30 under it, the
    account 储蓄卡(7104) and 户名, 本月收入 / 本月支出, rows grouped under day headers (11月28日 星期六), each with its
    time, counterparty and a signed amount, and 余额 under each amount."""
    p = Page(PHONE, zh=True)
    _bar(p, "20:16")
    blue = (0.1, 0.42, 0.72)
    p.t(195, 66, "账户明细", 15, bold=True, align="c")
    p.t(22, 66, "<", 15)
    p.box(16, 82, 358, 72, fill=(0.94, 0.97, 1.0), stroke=None, radius=10)
    p.t(30, 106, f"{KL['bank']}  储蓄卡({KL['tail']})", 11.5, bold=True)
    p.t(30, 128, f"户名：{KL['person']}", 10.5)
    p.t(30, 146, "查询范围：自定义 2026.11.01-2026.11.30", 9.5, color=GREY)
    p.box(16, 164, 96, 26, fill=blue, stroke=None, radius=13)
    p.t(64, 182, "2026年11月 ▾", 10, align="c", color=WHITE)
    chrono = list(reversed(KL_ROWS))
    bal = dict(zip(range(len(chrono)), _run(KL_OPEN, [r[-1] for r in chrono]), strict=True))
    bal_new_first = [bal[len(chrono) - 1 - k] for k in range(len(KL_ROWS))]
    inn = _r(sum(r[-1] for r in KL_ROWS if r[-1] > 0))
    out = _r(-sum(r[-1] for r in KL_ROWS if r[-1] < 0))
    p.t(130, 182, f"收入 {_g(inn)}", 10, color=(0.8, 0.2, 0.1))
    p.t(250, 182, f"支出 {_g(out)}", 10, color=(0.1, 0.5, 0.2))
    y = 204
    last_day = None
    for (d, wd, t, what, m), b in zip(KL_ROWS, bal_new_first, strict=True):
        if d != last_day:
            p.box(0, y, 390, 20, fill=(0.95, 0.95, 0.95), stroke=None)
            mm, dd = d.split("-")
            p.t(20, y + 14, f"{int(mm)}月{int(dd)}日 {wd}", 9.5, color=GREY)
            y += 20
            last_day = d
        p.t(20, y + 19, what, 11)
        p.t(20, y + 35, t, 8.5, color=GREY)
        p.t(370, y + 19, f"{m:+,.2f}", 12, align="r", color=(0.8, 0.2, 0.1) if m > 0 else (0, 0, 0))
        p.t(370, y + 35, f"余额 {_g(b)}", 8.5, align="r", color=GREY)
        p.line(20, y + 42, 370, y + 42, 0.3, color=(0.85, 0.85, 0.85))
        y += 43
    return p.pdf(), {"closing": _p(bal_new_first[0])}


KL_PLAN = [(k + 1, f"2026-{k + 6:02d}-15", 800.00, _r((5600.00 - 800.00 * k) * 0.005)) for k in range(7)]


def zh_other_kaili_microloan_repayment_schedule() -> tuple[bytes, dict]:
    """Look-alike: a village bank's 农户小额贷款还款计划表 (A4): borrower, loan number, amount and term, a ruled table
    期次 | 应还日期 | 应还本金 | 应还利息 | 应还合计 | 状态; a loan schedule (other)."""
    p = Page(A4, zh=True)
    p.t(297, 60, KL["bank"], 14, bold=True, align="c", color=(0.1, 0.42, 0.72))
    p.t(297, 86, "农户小额信用贷款还款计划表", 14, bold=True, align="c")
    p.t(56, 120, f"借款人：{KL['person']}", 10.5)
    p.t(300, 120, "贷款编号：QSJ-NH-2026-00412", 10.5)
    p.t(56, 140, "贷款金额：人民币 5,600.00 元", 10.5)
    p.t(300, 140, "期限：2026-05-15 至 2026-12-15（7期）", 10.5)
    p.t(56, 160, "还款方式：等额本金　年利率：6.00%", 10.5)
    rows = [("期次", "应还日期", "应还本金", "应还利息", "应还合计", "状态")]
    for n, d, pr, it in KL_PLAN:
        rows.append((str(n), d, _g(pr), _g(it), _g(pr + it), "已还" if n <= 6 else "未还"))
    p.table(56, 180, [46, 96, 86, 80, 90, 84], rows, rh=24, size=10, aligns=["c", "c", "r", "r", "r", "c"])
    p.t(56, 400, "注：如遇节假日顺延；逾期按合同利率上浮50%计收罚息。", 9, color=GREY)
    p.t(420, 460, "打印日期：2026-11-16", 9.5, align="c")
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# Sham Shui Po (Hong Kong): a restaurant worker

HK = dict(person="陳婉雯", person_en="CHAN Yuen Man", employer="深水埗福華茶餐廳有限公司",
          employer_en="Fook Wah Cha Chaan Teng Company Limited", bank="九龍灣興業銀行",
          bank_en="Kowloon Bay Industrial Bank", account="318-602-4-770591", clinic="欽州街仁濟堂中醫診所")
HK_EARN = [("基本薪金 Basic Salary", 15200.00), ("超時工作 Overtime (18 hrs)", 1710.00), ("勤工獎 Attendance", 500.00),
           ("膳食津貼 Meal Allowance", 600.00)]
HK_DED = [("強積金僱員供款 MPF (5%)", 900.50), ("借支 Salary Advance", 2000.00)]


def zh_pay_hk_restaurant_bilingual_payslip() -> tuple[bytes, dict]:
    """A Hong Kong restaurant's 糧單 PAY SLIP (A5 portrait) in traditional Chinese and English on every line: 僱員
    Employee, 職位 Position, 糧期 Pay Period 01/11/2026 - 30/11/2026 (DD/MM/YYYY), 發薪日期 Pay Date 07/12/2026,
    入息 Earnings and 扣除 Deductions in one ruled table with a 類別 column, 總入息 Gross, 實收 Net Pay HK$ in a shaded
    row, the employer's MPF contribution below in grey."""
    p = Page(A5, zh=True)
    gross = _r(sum(v for _k, v in HK_EARN))
    ded = _r(sum(v for _k, v in HK_DED))
    net = _r(gross - ded)
    p.t(210, 40, HK["employer"], 13, bold=True, align="c")
    p.t(210, 56, HK["employer_en"], 8.5, align="c", color=GREY)
    p.t(210, 82, "糧　單　PAY SLIP", 13, bold=True, align="c")
    info = [("僱員 Employee", f"{HK['person']}  {HK['person_en']}"), ("職位 Position", "樓面 Waitress"),
            ("糧期 Pay Period", "01/11/2026 - 30/11/2026"), ("發薪日期 Pay Date", "07/12/2026"),
            ("香港身份證 HKID", "K80****(3)")]
    for k, (a, b) in enumerate(info):
        p.t(30, 106 + k * 16, a, 8.5, color=GREY)
        p.t(140, 106 + k * 16, b, 9)
    rows = [("類別 Type", "項目 Item", "金額 HK$")]
    rows += [("入息", k, _g(v)) for k, v in HK_EARN]
    rows += [("", "總入息 Gross Pay", _g(gross))]
    rows += [("扣除", k, "(" + _g(v) + ")") for k, v in HK_DED]
    y = p.table(30, 196, [52, 220, 88], rows, rh=19, size=8.5, aligns=["c", "l", "r"])
    p.box(30, y, 360, 24, fill=(0.88, 0.92, 0.86), stroke=(0, 0, 0), lw=0.4)
    p.t(36, y + 16, "實收 Net Pay", 10.5, bold=True)
    p.t(384, y + 16, "HK$ " + _g(net), 10.5, bold=True, align="r")
    p.t(30, y + 46, "僱主強積金供款 Employer MPF contribution: HK$ 900.50", 8, color=GREY)
    p.t(30, y + 60, "薪金經轉賬存入 Paid by transfer to a/c ***-***-*-**0591", 8, color=GREY)
    p.t(30, y + 96, "僱員簽收 Received by: ____________", 8.5)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


HK_ROWS = [  # (DD MON, description, withdrawal, deposit)
    ("16 OCT", "承上結餘 B/F BALANCE", None, None),
    ("18 OCT", "八達通自動增值 OCTOPUS AAVS", 250.00, None),
    ("20 OCT", "繳費靈 PPS 中電 CLP", 286.40, None),
    ("22 OCT", "提款 ATM WITHDRAWAL 長沙灣", 1000.00, None),
    ("25 OCT", "轉數快 FPS 陳婉芳", None, 500.00),
    ("28 OCT", "租金 FPS RENT 李生", 5800.00, None),
    ("31 OCT", "繳費靈 PPS 香港寬頻", 168.00, None),
    ("03 NOV", "支票存入 CHEQUE DEPOSIT", None, 1200.00),
    ("05 NOV", "EPS 百佳 PARKNSHOP", 356.70, None),
    ("07 NOV", "薪金 SALARY FOOK WAH CCT", None, 16007.40),
    ("08 NOV", "私人貸款還款 PERSONAL LOAN", 4380.00, None),
    ("10 NOV", "提款 ATM WITHDRAWAL 深水埗", 1500.00, None),
    ("12 NOV", "轉數快 FPS 陳婉芳", 1000.00, None),
    ("13 NOV", "EPS 惠康 WELLCOME", 212.30, None),
    ("14 NOV", "信用卡還款 CARD REPAYMENT", 2000.00, None),
    ("15 NOV", "利息 INTEREST", None, 0.58),
]
HK_OPEN = 9410.95


def zh_stmt_hk_two_page_mid_month_cycle() -> tuple[bytes, dict]:
    """A Hong Kong bank's 綜合戶口月結單 / Integrated Account Statement over two A4 pages: 結單日期 Statement Date 15 NOV
    2026, 結單期 Statement Period 16/10/2026 - 15/11/2026 (a mid-month cycle), the holder's name and address in English
    at the top left, rows dated DD MON with no year, 提取 Withdrawal | 存入 Deposit | 結餘 Balance, 承上結餘 first and
    過戶下頁 Carried to next page at page 1's foot, 截至結單日結餘 Closing Balance on page 2 only."""
    p = Page(A4, zh=True)
    moves = [-(w or 0) + (d or 0) for _d, _s, w, d in HK_ROWS]
    bal = _run(HK_OPEN, moves)
    x0 = 40

    def top(page):
        p.box(0, 0, 595, 8, fill=PLUM, stroke=None)
        p.t(x0, 40, HK["bank"], 15, bold=True, color=PLUM)
        p.t(x0, 56, HK["bank_en"], 9, color=PLUM)
        p.t(555, 40, "綜合戶口月結單", 12, bold=True, align="r")
        p.t(555, 56, "Integrated Account Statement", 9, align="r")
        p.t(555, 820, f"第 {page} 頁，共 2 頁  Page {page} of 2", 7.5, align="r", color=GREY)

    top(1)
    for k, s in enumerate([f"MS {HK['person_en']}", "FLAT 12, 9/F, TAK CHEONG BUILDING", "218 KWEILIN STREET",
                           "SHAM SHUI PO, KOWLOON"]):
        p.t(x0, 92 + k * 13, s, 9)
    for k, (a, b) in enumerate([("結單日期 Statement Date", "15 NOV 2026"),
                                ("結單期 Statement Period", "16/10/2026 - 15/11/2026"),
                                ("戶口號碼 Account Number", HK["account"]), ("分行 Branch", "長沙灣道 Cheung Sha Wan Road")]):
        p.t(320, 92 + k * 14, a, 8, color=GREY)
        p.t(555, 92 + k * 14, b, 8.5, align="r")
    p.t(x0, 166, "港幣儲蓄 HKD Savings", 10.5, bold=True, color=PLUM)
    heads = [(x0 + 4, "日期 Date", "l"), (x0 + 70, "進支詳情 Transaction Details", "l"), (400, "提取 Withdrawal", "r"),
             (475, "存入 Deposit", "r"), (555, "結餘 Balance", "r")]

    def head(y):
        p.box(x0, y - 13, 515, 18, fill=(0.93, 0.88, 0.93), stroke=None)
        for x, h, a in heads:
            p.t(x, y, h, 8, bold=True, align=a)
        return y + 20

    def row(y, i):
        d, s, w, dep = HK_ROWS[i]
        p.t(x0 + 4, y, d, 8.5)
        p.t(x0 + 70, y, s, 8.5)
        if w:
            p.t(400, y, _g(w), 8.5, align="r")
        if dep:
            p.t(475, y, _g(dep), 8.5, align="r")
        p.t(555, y, _g(bal[i]), 8.5, align="r")
        return y + 19

    y = head(186)
    split = 10
    for i in range(split):
        y = row(y, i)
    p.t(x0 + 70, y + 4, "過戶下頁 CARRIED TO NEXT PAGE", 8.5, bold=True)
    p.t(555, y + 4, _g(bal[split - 1]), 8.5, bold=True, align="r")
    p.t(x0, 780, "請即核對本結單，如有錯漏，請於結單日起計90日內通知本行。", 7.5, color=GREY)
    p.c.showPage()
    top(2)
    p.t(x0, 80, f"戶口號碼 Account Number {HK['account']}    結單日期 Statement Date 15 NOV 2026", 8.5)
    y = head(110)
    p.t(x0 + 70, y, "承前頁 BROUGHT FORWARD", 8.5, bold=True)
    p.t(555, y, _g(bal[split - 1]), 8.5, bold=True, align="r")
    y += 19
    for i in range(split, len(HK_ROWS)):
        y = row(y, i)
    p.line(x0, y, 555, y, 0.6)
    p.t(x0 + 70, y + 18, "截至結單日結餘 CLOSING BALANCE", 9, bold=True)
    p.t(555, y + 18, "HKD " + _g(bal[-1]), 9, bold=True, align="r")
    p.t(x0, y + 60, "存款保障計劃 Deposit Protection Scheme: 本行是存保計劃成員。", 7.5, color=GREY)
    p.t(x0, y + 74, "*** 結單完 END OF STATEMENT ***", 7.5, color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


HK_MED = [("診金 Consultation", 200.00), ("中藥 Herbal medicine (5劑 x HK$78)", 390.00), ("針灸 Acupuncture", 280.00)]


def zh_med_hk_chinese_medicine_clinic_receipt() -> tuple[bytes, dict]:
    """A Chinese-medicine clinic's 收據 RECEIPT (a small A6-like slip, landscape): the clinic in traditional Chinese with
    its address, 收據編號, 日期 Date: 19-11-2026, 病人姓名 Patient in Chinese and English, three items, 合共 Total
    HK$, 付款方式 現金, the registered Chinese medicine practitioner's name and a square chop."""
    p = Page((420, 298), zh=True)
    total = _r(sum(v for _k, v in HK_MED))
    p.t(210, 32, HK["clinic"], 14, bold=True, align="c", color=BROWN)
    p.t(210, 48, "九龍深水埗欽州街68號地下  電話 2386 7712", 8, align="c", color=GREY)
    p.t(210, 70, "收　據　RECEIPT", 12, bold=True, align="c")
    p.t(24, 94, "收據編號 No.: QZ-261119-045", 8.5)
    p.t(396, 94, "日期 Date: 19-11-2026", 8.5, align="r")
    p.t(24, 112, f"病人姓名 Patient: {HK['person']} ({HK['person_en']})", 9)
    y = 128
    p.line(24, y, 396, y, 0.6, color=BROWN)
    for k, v in HK_MED:
        y += 18
        p.t(30, y, k, 9)
        p.t(390, y, _g(v), 9, align="r")
    y += 10
    p.line(24, y, 396, y, 0.6, color=BROWN)
    p.t(30, y + 18, "合共 Total (HK$)", 10.5, bold=True)
    p.t(390, y + 18, _g(total), 10.5, bold=True, align="r")
    p.t(30, y + 38, "付款方式 Payment: 現金 Cash", 8.5)
    p.t(30, y + 70, "註冊中醫師 Registered CMP: 梁志明 (Reg. No. 002417)", 8.5, color=GREY)
    p.box(320, y + 30, 52, 52, stroke=RED, lw=1.6)
    p.t(346, y + 52, "仁濟堂", 10, bold=True, align="c", color=RED)
    p.t(346, y + 70, "中醫診所", 8, align="c", color=RED)
    return p.pdf(), {"total": _p(total)}


def zh_other_hk_pawn_ticket() -> tuple[bytes, dict]:
    """Look-alike: a Hong Kong pawnshop's 當票 (vertical ticket, red print on pink paper): the shop, 當票號碼, the item
    (金手鈪一隻), 當本 HK$, 月息, 期限四個月, the pawner's name; a pledge ticket (other)."""
    p = Page((283, 420), zh=True)
    red = (0.72, 0.1, 0.12)
    p.box(0, 0, 283, 420, fill=(0.99, 0.9, 0.9), stroke=None)
    p.box(12, 12, 259, 396, stroke=red, lw=1.4)
    p.t(141, 48, "裕 昌 大 押", 20, bold=True, align="c", color=red)
    p.t(141, 68, "YUE CHEONG PAWN SHOP", 8, align="c", color=red)
    p.t(141, 84, "九龍深水埗北河街112號", 8, align="c", color=red)
    lines = [("當票號碼", "No. 5 2 7 3 9 1"), ("押當日期", "2026年11月09日"), ("當　　物", "足金手鈪一隻 (約 1.2 兩)"),
             ("當　　本", "港幣 捌仟元正  HK$8,000.00"), ("利　　息", "每月 3.5%"), ("期　　限", "四個月"),
             ("贖當期限", "2027年03月08日"), ("當　　戶", HK["person"])]
    y = 120
    for a, b in lines:
        p.t(26, y, a, 9.5, color=red)
        p.t(96, y, b, 10)
        p.line(92, y + 5, 258, y + 5, 0.4, color=red)
        y += 30
    p.t(141, y + 16, "過期不贖，任由本押處理", 9, align="c", color=red)
    p.t(141, y + 34, "此票遺失概不負責", 8, align="c", color=red)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents: Mbale (Uganda), Kandy (Sri Lanka), Sharjah (UAE), Iloilo (Philippines)

UG = dict(person="Namono Rebecca Wanyenze", employer="Bugisu Highlands Coffee Hullers Ltd", bank="Elgon Mutual Bank",
          account="3101 0046 9925", hospital="Mount Elgon Community Hospital")
UG_EARN = [("Basic Salary", 960000.00), ("Transport Allowance", 120000.00), ("Harvest Season Bonus", 150000.00)]
UG_DED = [("PAYE", 137500.00), ("NSSF Employee 5%", 61500.00), ("Local Service Tax", 10000.00),
          ("Staff SACCO Savings", 50000.00), ("Salary Advance Recovery", 100000.00)]


def en_pay_ug_coffee_hullers_payslip() -> tuple[bytes, dict]:
    """A Ugandan coffee factory's PAYSLIP (A4, top half used): a brown band with the company and its P.O. Box in Mbale,
    'Period: 01.11.2026 - 30.11.2026' with dotted dates, Employee / Staff No. / Department / TIN / NSSF No. in a two
    by three grid, earnings and deductions as two lists side by side each with its own total, NET PAY UGX at the
    bottom right in a box, the employer's NSSF 10 % in grey."""
    p = Page(A4)
    gross = _r(sum(v for _k, v in UG_EARN))
    ded = _r(sum(v for _k, v in UG_DED))
    net = _r(gross - ded)
    p.box(0, 0, 595, 70, fill=BROWN, stroke=None)
    p.t(36, 34, UG["employer"].upper(), 15, bold=True, color=WHITE)
    p.t(36, 54, "Plot 14 Republic Street, P.O. Box 1182, Mbale, Uganda", 9, color=(0.92, 0.86, 0.78))
    p.t(559, 34, "PAYSLIP", 16, bold=True, align="r", color=WHITE)
    p.t(559, 54, "Period: 01.11.2026 - 30.11.2026", 9.5, align="r", color=WHITE)
    grid = [("Employee", UG["person"]), ("Staff No.", "BHC-0271"), ("Department", "Grading & Sorting"),
            ("TIN", "1004387765"), ("NSSF No.", "NS012047713"), ("Bank", f"{UG['bank']} ****9925")]
    for k, (a, b) in enumerate(grid):
        x = 36 + (k % 3) * 180
        y = 98 + (k // 3) * 34
        p.t(x, y, a, 8, color=GREY)
        p.t(x, y + 14, b, 9.5, bold=k == 0)
    p.line(36, 160, 559, 160, 0.8, color=BROWN)
    p.t(36, 180, "Earnings", 11, bold=True, color=BROWN)
    p.t(310, 180, "Deductions", 11, bold=True, color=BROWN)
    y = 200
    for k, v in UG_EARN:
        p.t(36, y, k, 9.5)
        p.t(280, y, _g(v), 9.5, align="r")
        y += 17
    ye = y
    y = 200
    for k, v in UG_DED:
        p.t(310, y, k, 9.5)
        p.t(559, y, _g(v), 9.5, align="r")
        y += 17
    yt = max(ye, y) + 8
    p.line(36, yt - 10, 280, yt - 10, 0.5)
    p.line(310, yt - 10, 559, yt - 10, 0.5)
    p.t(36, yt + 4, "Gross Earnings", 10, bold=True)
    p.t(280, yt + 4, _g(gross), 10, bold=True, align="r")
    p.t(310, yt + 4, "Total Deductions", 10, bold=True)
    p.t(559, yt + 4, _g(ded), 10, bold=True, align="r")
    p.box(340, yt + 22, 219, 34, stroke=BROWN, lw=1.2)
    p.t(350, yt + 44, "NET PAY UGX", 11, bold=True, color=BROWN)
    p.t(551, yt + 44, _g(net), 12, bold=True, align="r")
    p.t(36, yt + 44, "Employer NSSF 10%: 123,000.00", 8.5, color=GREY)
    p.t(36, yt + 80, "This is a computer generated payslip. Queries to the Accounts Office within 14 days.", 8,
        color=GREY)
    p.line(20, 421, 575, 421, 0.4, color=(0.75, 0.75, 0.75), dash=(4, 4))
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


UG_ROWS = [  # (date, details, ref, amount, flag)
    ("2026/11/02", "MTN MOMO TRANSFER OUT", "MM88213", 50000.00, "Dr"),
    ("2026/11/04", "CASH DEPOSIT MBALE BR", "CD00412", 200000.00, "Cr"),
    ("2026/11/06", "ATM WDL CLOCK TOWER", "AT55190", 150000.00, "Dr"),
    ("2026/11/09", "UMEME YAKA TOKEN", "UT77102", 42000.00, "Dr"),
    ("2026/11/12", "SCHOOL FEES NABUMALI HIGH", "TR30918", 380000.00, "Dr"),
    ("2026/11/15", "LOAN REPAYMENT 0046-LN", "LN11502", 295400.00, "Dr"),
    ("2026/11/18", "AIRTEL MONEY IN", "AM40221", 80000.00, "Cr"),
    ("2026/11/20", "POS MOUNT ELGON COMM HOSP", "PS61877", 239000.00, "Dr"),
    ("2026/11/24", "ATM WDL CLOCK TOWER", "AT56012", 100000.00, "Dr"),
    ("2026/11/27", "MONTHLY LEDGER FEE", "CHG1127", 8500.00, "Dr"),
    ("2026/11/28", "SALARY BUGISU HIGHLANDS", "SAL2811", 871000.00, "Cr"),
    ("2026/11/30", "MTN MOMO TRANSFER OUT", "MM90377", 60000.00, "Dr"),
]
UG_OPEN = 1012350.00


def en_stmt_ug_dr_cr_flag_statement() -> tuple[bytes, dict]:
    """A Ugandan bank's ACCOUNT STATEMENT (A4): the bank at the right, the holder's name and P.O. Box at the left, a
    line 'Statement from 2026/11/01 to 2026/11/30', Posting Date | Details | Ref | Amount | Dr/Cr | Balance with one
    unsigned Amount column and a flag column, OPENING BALANCE as the first row, a summary under the rows (Total Debits,
    Total Credits, Closing Balance UGX)."""
    p = Page(A4)
    moves = [(-a if f == "Dr" else a) for _d, _s, _r2, a, f in UG_ROWS]
    bal = _run(UG_OPEN, moves)
    p.t(559, 44, UG["bank"].upper(), 15, bold=True, align="r", color=OLIVE)
    p.t(559, 58, "Mbale Branch, 9 Cathedral Avenue", 8.5, align="r", color=GREY)
    p.t(36, 44, "ACCOUNT STATEMENT", 13, bold=True)
    for k, s in enumerate([UG["person"].upper(), "P.O. BOX 2217", "MBALE"]):
        p.t(36, 82 + k * 13, s, 9.5)
    p.t(330, 82, f"Account No: {UG['account']}", 9.5)
    p.t(330, 95, "Account Type: Salary Savings", 9.5)
    p.t(330, 108, "Currency: UGX", 9.5)
    p.t(36, 140, "Statement from 2026/11/01 to 2026/11/30", 10, bold=True)
    widths = [70, 170, 64, 84, 36, 99]
    rows = [("Posting Date", "Details", "Ref", "Amount", "Dr/Cr", "Balance"),
            ("2026/11/01", "OPENING BALANCE", "", "", "", _g(UG_OPEN))]
    rows += [(d, s, r2, _g(a), f, _g(b)) for (d, s, r2, a, f), b in zip(UG_ROWS, bal, strict=True)]
    y = p.table(36, 152, widths, rows, rh=19, size=8.5, aligns=["l", "l", "l", "r", "c", "r"], grid=False,
                hlines=True, head_fill=(0.88, 0.9, 0.8))
    dr = _r(sum(a for *_x, a, f in UG_ROWS if f == "Dr"))
    cr = _r(sum(a for *_x, a, f in UG_ROWS if f == "Cr"))
    for k, (a, v) in enumerate([("Total Debits", dr), ("Total Credits", cr), ("Closing Balance UGX", bal[-1])]):
        p.t(330, y + 22 + k * 16, a, 9.5, bold=k == 2)
        p.t(559, y + 22 + k * 16, _g(v), 9.5, bold=k == 2, align="r")
    p.t(36, 800, "Elgon Mutual Bank is regulated by the Bank of Uganda. Customer deposits are protected by the DPF.", 7.5,
        color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


UG_MED = [("OPD Consultation (Medical Officer)", 1, 30000.00), ("Malaria RDT", 1, 10000.00),
          ("Complete Blood Count", 1, 25000.00), ("Coartem 80/480 tabs", 1, 18000.00),
          ("IV Artesunate 120mg", 3, 22000.00), ("Admission - General Ward (per night)", 2, 35000.00),
          ("Nursing Care", 2, 10000.00)]


def en_med_ug_hospital_invoice_total_top() -> tuple[bytes, dict]:
    """A community hospital's INVOICE (A4): the hospital's name and motto at the left, a box at the top right holding
    Invoice No., 'Invoice Date: 20 Nov 2026' and AMOUNT DUE UGX above everything else; the patient and payer under it,
    then Item | Qty | Unit Price | Amount ruled rows, Sub-total and 'Paid at till' at the foot."""
    p = Page(A4)
    total = _r(sum(q * u for _n, q, u in UG_MED))
    p.t(36, 50, UG["hospital"], 16, bold=True, color=(0.05, 0.35, 0.2))
    p.t(36, 66, "\u201cCaring for the slopes of Elgon\u201d  |  Busamaga Road, Mbale  |  +256 454 433 210", 8.5,
        color=GREY)
    p.box(380, 86, 179, 74, stroke=(0.05, 0.35, 0.2), lw=1)
    p.t(390, 102, "Invoice No.: MECH/IP/26/3390", 8.5)
    p.t(390, 118, "Invoice Date: 20 Nov 2026", 8.5)
    p.t(390, 138, "AMOUNT DUE UGX", 9, bold=True)
    p.t(550, 152, _g(total), 12, bold=True, align="r")
    p.t(36, 100, "INVOICE", 20, bold=True)
    for k, (a, b) in enumerate([("Patient", UG["person"]), ("IP No.", "IP-26-01187"), ("Ward", "Female Medical"),
                                ("Admitted / Discharged", "18 Nov 2026 / 20 Nov 2026"), ("Payer", "Self")]):
        p.t(36, 180 + k * 15, a, 9, color=GREY)
        p.t(160, 180 + k * 15, b, 9.5)
    rows = [("Item", "Qty", "Unit Price", "Amount")]
    rows += [(n, str(q), _g(u), _g(q * u)) for n, q, u in UG_MED]
    y = p.table(36, 268, [280, 50, 95, 98], rows, rh=20, size=9, aligns=["l", "c", "r", "r"])
    p.t(420, y + 20, "Sub-total", 10, bold=True, align="r")
    p.t(555, y + 20, _g(total), 10, bold=True, align="r")
    p.t(36, y + 60, "Paid at till: POS (Elgon Mutual Bank card ****9925)      Cashier: Wambede J.", 9)
    p.t(36, y + 78, "Thank you. Get well soon.", 9, color=GREY)
    return p.pdf(), {"total": _p(total)}


def en_other_ug_school_fees_invoice() -> tuple[bytes, dict]:
    """Look-alike: a secondary school's FEES INVOICE for Term I 2027 (A5): the pupil, class, tuition / boarding / PTA
    / uniform lines, total and the school's bank account to pay into; a fees demand (other)."""
    p = Page(A5)
    items = [("Tuition", 420000.00), ("Boarding", 350000.00), ("P.T.A. Development", 60000.00),
             ("Uniform (2 sets)", 95000.00), ("Examination (UCE registration)", 164000.00)]
    total = _r(sum(v for _k, v in items))
    p.t(210, 40, "NABUMALI HIGH SCHOOL", 14, bold=True, align="c", color=NAVY)
    p.t(210, 56, "P.O. Box 40, Mbale  -  \u201cLight and Service\u201d", 8.5, align="c", color=GREY)
    p.t(210, 84, "FEES INVOICE - TERM I 2027", 12, bold=True, align="c")
    p.t(30, 112, "Pupil: WANYENZE Joel Mukwana      Class: S.4 East", 9.5)
    p.t(30, 128, "Parent/Guardian: Mrs. N. R. Wanyenze", 9.5)
    rows = [("Item", "Amount (UGX)")] + [(k, _g(v)) for k, v in items] + [("TOTAL PAYABLE", _g(total))]
    p.table(30, 146, [250, 110], rows, rh=20, size=9.5, aligns=["l", "r"])
    p.t(30, 320, "Pay to: Elgon Mutual Bank, A/C 3101 0012 0045, Nabumali High School", 8.5)
    p.t(30, 336, "Reporting date: 2 February 2027. No pupil will be admitted without a fees receipt.", 8.5)
    p.t(30, 370, "Bursar: ____________        Date: 28/11/2026", 9)
    return p.pdf(), {}


LK = dict(person="W. M. Dilrukshi Kumari Wijesundara", employer="Mahaweli Riverside Hotel (Pvt) Ltd",
          bank="Hantana Savings Bank", account="104-2-001-6-0338291")
LK_EARN = [("Basic Salary", 58000.00), ("Budgetary Relief Allowance", 3500.00), ("Service Charge", 21640.00),
           ("Overtime (12 hrs)", 5220.00)]
LK_DED = [("EPF Employee 8%", 4920.00), ("Welfare Society", 500.00), ("Staff Loan", 6000.00), ("Stamp Duty", 25.00)]


def en_pay_lk_hotel_october_payslip() -> tuple[bytes, dict]:
    """A Kandy hotel's PAY SLIP (A5 landscape): 'Salary for the month of October 2026' as the only period, Employee /
    EPF No. / Designation at the left and Bank / Pay date 28.10.2026 at the right, one ruled table with Earnings and
    Deductions columns side by side (description and amount each), GROSS SALARY and TOTAL DEDUCTIONS in its last row,
    NET SALARY Rs. under it; EPF 12 % and ETF 3 % employer lines in grey."""
    p = Page(landscape(A5))
    gross = _r(sum(v for _k, v in LK_EARN))
    ded = _r(sum(v for _k, v in LK_DED))
    net = _r(gross - ded)
    p.t(297, 34, LK["employer"], 14, bold=True, align="c", color=TEAL)
    p.t(297, 49, "No. 52, Peradeniya Road, Kandy  |  081 222 7410", 8, align="c", color=GREY)
    p.t(297, 72, "PAY SLIP - Salary for the month of October 2026", 11, bold=True, align="c")
    for k, (a, b) in enumerate([("Employee", LK["person"]), ("EPF No.", "MRH/0884"), ("Designation", "Room Attendant")]):
        p.t(30, 96 + k * 14, f"{a}: {b}", 9)
    for k, (a, b) in enumerate([("Bank", f"{LK['bank']} - Katugastota"), ("Pay date", "28.10.2026")]):
        p.t(565, 96 + k * 14, f"{a}: {b}", 9, align="r")
    rows = [("Earnings", "Rs.", "Deductions", "Rs.")]
    for k in range(max(len(LK_EARN), len(LK_DED))):
        e = LK_EARN[k] if k < len(LK_EARN) else ("", None)
        d = LK_DED[k] if k < len(LK_DED) else ("", None)
        rows.append((e[0], _g(e[1]) if e[1] is not None else "", d[0], _g(d[1]) if d[1] is not None else ""))
    rows.append(("GROSS SALARY", _g(gross), "TOTAL DEDUCTIONS", _g(ded)))
    y = p.table(30, 148, [170, 95, 170, 100], rows, rh=20, size=9, aligns=["l", "r", "l", "r"],
                head_fill=(0.85, 0.93, 0.93))
    p.t(30, y + 26, "NET SALARY", 12, bold=True)
    p.t(295, y + 26, "Rs. " + _g(net), 12, bold=True, align="r")
    p.t(330, y + 20, "Employer EPF 12%: 7,380.00", 8, color=GREY)
    p.t(330, y + 32, "Employer ETF 3%: 1,845.00", 8, color=GREY)
    return p.pdf(), {"gross": _p(gross), "net": _p(net)}


def en_income_lk_salary_certificate_2026_08() -> tuple[bytes, dict]:
    """The hotel's SALARY CERTIFICATE on its letterhead (A4), dated 2026.08.20 (yyyy.mm.dd, as Sri Lankan offices
    write it; more than 90 days before 2026-12-31, stale): the employee, her post since 2019, basic salary and
    allowances and 'monthly gross salary of Rs. 61,500.00 excluding the variable service charge', the HR manager's
    signature."""
    p = Page(A4)
    p.box(0, 0, 595, 6, fill=TEAL, stroke=None)
    p.t(297, 52, LK["employer"], 17, bold=True, align="c", color=TEAL)
    p.t(297, 68, "No. 52, Peradeniya Road, Kandy, Sri Lanka  |  hr@mahaweliriverside.lk", 8.5, align="c", color=GREY)
    p.line(60, 78, 535, 78, 0.6, color=TEAL)
    p.t(60, 110, "Our Ref: MRH/HR/SC/2026/114", 10)
    p.t(535, 110, "2026.08.20", 10, align="r")
    p.t(297, 150, "SALARY CERTIFICATE", 14, bold=True, align="c")
    body = [f"This is to certify that Mrs. {LK['person']} (NIC No. 198865**3291V) has been employed",
            "at Mahaweli Riverside Hotel (Pvt) Ltd as a Room Attendant since 01st June 2019 and is a permanent",
            "member of our staff.",
            "",
            "Her current monthly emoluments are as follows:"]
    for k, s in enumerate(body):
        p.t(60, 186 + k * 18, s, 10.5)
    rows = [("Basic Salary", "58,000.00"), ("Budgetary Relief Allowance", "3,500.00"),
            ("Monthly Gross Salary", "61,500.00")]
    for k, (a, b) in enumerate(rows):
        p.t(90, 290 + k * 18, a, 10.5, bold=k == 2)
        p.t(420, 290 + k * 18, "Rs. " + b, 10.5, bold=k == 2, align="r")
    p.line(300, 312, 420, 312, 0.5)
    more = ["She thus draws a monthly gross salary of Rs. 61,500.00 excluding the variable service charge.",
            "This certificate is issued at her request for the purpose of a bank loan and without any",
            "liability on the part of the company."]
    for k, s in enumerate(more):
        p.t(60, 366 + k * 18, s, 10.5)
    p.t(60, 470, "Yours faithfully,", 10.5)
    p.hand(66, 510, "R. Jayasinghe", 15, key="lk-sign")
    p.t(60, 528, "..................................", 10)
    p.t(60, 544, "Ruwan Jayasinghe", 10.5)
    p.t(60, 558, "Human Resources Manager", 10)
    return p.pdf(), {"monthly": "61500.00"}


LK_ROWS = [  # (date, description, debit, credit)
    ("02-11-2026", "CEB ELECTRICITY BILL", 3840.00, None), ("04-11-2026", "ATM WITHDRAWAL KATUGASTOTA", 10000.00, None),
    ("06-11-2026", "CEFT TRF FROM W M SAMAN KUMARA", None, 15000.00),
    ("09-11-2026", "LOAN INSTALMENT HL/0338", 18450.00, None),
    ("12-11-2026", "POS KEELLS SUPER KANDY", 6225.40, None), ("16-11-2026", "DIALOG MOBILE RELOAD", 1000.00, None),
    ("19-11-2026", "ATM WITHDRAWAL KANDY CITY", 8000.00, None),
    ("23-11-2026", "CHEQUE 000412 W.S.SOCIETY", 2500.00, None),
    ("27-11-2026", "SALARY MAHAWELI RIVERSIDE", None, 62890.00),
    ("30-11-2026", "INTEREST CREDIT", None, 86.12),
]
LK_OPEN = 38322.75


def en_stmt_lk_summary_at_foot() -> tuple[bytes, dict]:
    """A Sri Lankan savings bank's STATEMENT OF ACCOUNT (A4): 'Statement Date: 05-12-2026' and the period 01-11-2026 to
    30-11-2026 as dd-mm-yyyy, Date | Description | Debit | Credit | Balance with thin rules, no opening row in the table:
    the summary box at the FOOT (Opening Balance, Total Debits, Total Credits, Closing Balance)."""
    p = Page(A4)
    moves = [-(d or 0) + (c or 0) for _x, _s, d, c in LK_ROWS]
    bal = _run(LK_OPEN, moves)
    p.t(36, 46, LK["bank"], 16, bold=True, color=NAVY)
    p.t(36, 61, "Katugastota Branch  |  Swift HSBLLKLX", 8.5, color=GREY)
    p.t(559, 46, "STATEMENT OF ACCOUNT", 12, bold=True, align="r")
    p.t(559, 61, "Statement Date: 05-12-2026", 9, align="r")
    for k, (a, b) in enumerate([("Name", LK["person"]), ("Address", "No. 18/3, Madawala Road, Katugastota"),
                                ("Account No", LK["account"]), ("Product", "Nirmala Savings (LKR)"),
                                ("Period", "01-11-2026 to 30-11-2026")]):
        p.t(36, 92 + k * 15, a, 9, color=GREY)
        p.t(110, 92 + k * 15, b, 9.5)
    rows = [("Date", "Description", "Debit", "Credit", "Balance")]
    rows += [(x, s, _g(d) if d else "", _g(c) if c else "", _g(b)) for (x, s, d, c), b in zip(LK_ROWS, bal,
                                                                                              strict=True)]
    y = p.table(36, 180, [70, 200, 80, 80, 93], rows, rh=20, size=8.8, aligns=["l", "l", "r", "r", "r"], grid=False,
                hlines=True, head_fill=(0.86, 0.89, 0.96))
    dr = _r(sum(d or 0 for _x, _s, d, _c in LK_ROWS))
    cr = _r(sum(c or 0 for _x, _s, _d, c in LK_ROWS))
    p.box(300, y + 30, 259, 84, stroke=NAVY, lw=0.8)
    for k, (a, v) in enumerate([("Opening Balance", LK_OPEN), ("Total Debits", dr), ("Total Credits", cr),
                                ("Closing Balance", bal[-1])]):
        p.t(310, y + 48 + k * 18, a, 9.5, bold=k == 3)
        p.t(551, y + 48 + k * 18, _g(v), 9.5, bold=k == 3, align="r")
    p.t(36, 800, "Please report discrepancies within 14 days. This is a computer generated statement.", 7.5, color=GREY)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_other_lk_microfinance_group_loan_card() -> tuple[bytes, dict]:
    """Look-alike: a microfinance company's group loan repayment card (A5, a buff card ruled by hand-like lines):
    the member, the group 'Kanthi Women's Group', loan Rs. 60,000, weekly instalments with dates and the field
    officer's initials; a loan card (other)."""
    p = Page(A5)
    p.box(0, 0, 420, 595, fill=(0.96, 0.92, 0.8), stroke=None)
    p.t(210, 40, "SAMAGI LANKA MICROFINANCE LTD", 12, bold=True, align="c", color=BROWN)
    p.t(210, 56, "GROUP LOAN REPAYMENT CARD", 10, align="c", color=BROWN)
    for k, s in enumerate([f"Member: {LK['person']}", "Group: Kanthi Women's Group, Madawala",
                           "Loan No: SLM/KDY/26/0719     Amount: Rs. 60,000.00", "Weekly instalment: Rs. 1,650.00"]):
        p.t(30, 84 + k * 16, s, 9)
    rows = [("Wk", "Due date", "Paid (Rs.)", "Balance (Rs.)", "F.O.")]
    bal = 66000.00
    for k in range(12):
        bal -= 1650.00
        rows.append((str(k + 1), f"{(k * 7 + 3) % 28 + 1:02d}.{9 + (k * 7 + 3) // 28:02d}.2026", "1,650.00",
                     _g(bal), "PK"))
    p.table(30, 160, [30, 90, 90, 100, 50], rows, rh=20, size=8.5, aligns=["c", "c", "r", "r", "c"],
            head_fill=(0.9, 0.84, 0.68))
    p.t(30, 440, "Centre meeting: every Tuesday 8.00 a.m.  Keep this card safe.", 8.5, color=BROWN)
    return p.pdf(), {}


AE = dict(person="Shafeeq Kunhabdulla Puthiyapurayil", employer="Al Qasimia Marine Fabrication LLC",
          bank="Khor Fakkan National Bank", tail="0612")
AE_EOS = [("Basic salary for November 2026 (1-30 Nov)", 2600.00), ("Gratuity (4 years 7 months)", 5958.33),
          ("Leave salary (13 days)", 1126.67), ("Air ticket allowance", 1200.00)]


def en_unemp_ae_termination_letter() -> tuple[bytes, dict]:
    """A Sharjah fabrication company's TERMINATION OF EMPLOYMENT letter (A4): 'Date: 12/11/2026' (dd/mm/yyyy) at the
    top right under the letterhead, the employee and his labour card number, redundancy as the reason, 'last working
    day 30/11/2026', an end-of-service settlement table (salary, gratuity, leave salary, air ticket) with a total, the
    visa cancellation sentence, the HR officer's signature and the company's round stamp."""
    p = Page(A4)
    total = _r(sum(v for _k, v in AE_EOS))
    p.t(36, 50, AE["employer"].upper(), 15, bold=True, color=NAVY)
    p.t(36, 64, "Plot 7, Industrial Area 12, P.O. Box 46610, Sharjah, United Arab Emirates", 8.5, color=GREY)
    p.line(36, 74, 559, 74, 1, color=NAVY)
    p.t(559, 98, "Date: 12/11/2026", 10, align="r")
    p.t(36, 98, "Ref: AQMF/HR/TRM/2026/037", 10)
    p.t(36, 130, f"Mr. {AE['person']}", 10.5, bold=True)
    p.t(36, 145, "Welder (Grade II), Employee No. 2291, Labour Card No. 87410352", 10)
    p.t(297, 180, "TERMINATION OF EMPLOYMENT", 13, bold=True, align="c")
    body = ["Dear Mr. Shafeeq,",
            "",
            "Owing to the loss of our ship-repair contracts at Hamriyah port, the company has to reduce its workforce.",
            "We regret to inform you that your employment is terminated on grounds of redundancy in accordance",
            "with the UAE Labour Law. Your last working day will be 30/11/2026.",
            "",
            "Your end-of-service settlement is as follows:"]
    for k, s in enumerate(body):
        p.t(36, 212 + k * 17, s, 10)
    rows = [("Item", "AED")] + [(k, _g(v)) for k, v in AE_EOS] + [("Total settlement", _g(total))]
    p.table(60, 340, [330, 110], rows, rh=20, size=9.5, aligns=["l", "r"])
    more = ["Your November salary is paid as usual. The rest of the settlement will be paid to your salary",
            "account within 14 days of your last working day. The company will cancel your residence visa and",
            "labour card; you may remain in the UAE within the grace period allowed after cancellation.",
            "We thank you for your service and wish you well."]
    for k, s in enumerate(more):
        p.t(36, 490 + k * 17, s, 10)
    p.t(36, 570, "Yours sincerely,", 10)
    p.hand(40, 606, "Rania H.", 15, key="ae-sign")
    p.t(36, 624, "Rania Haddad, HR Officer", 10)
    p.t(36, 638, AE["employer"], 9.5, color=GREY)
    p.stamp(420, 620, 44, "AL QASIMIA MARINE FABRICATION", "SHARJAH", color=NAVY)
    p.t(36, 700, "Received by employee: ____________________    Date: ______________", 9.5)
    return p.pdf(), {}


AE_ROWS = [  # newest first: (Mon DD, description, amount)
    ("Nov 30", "ATM CASH WITHDRAWAL SAHARA CTR", -500.00),
    ("Nov 28", "SALARY AL QASIMIA MARINE", 2600.00),
    ("Nov 26", "EXCHANGE HOUSE REMITTANCE", -1800.00),
    ("Nov 22", "ETISALAT BY E& MOBILE", -125.00),
    ("Nov 19", "CARREFOUR SHARJAH CITY", -214.65),
    ("Nov 15", "PERSONAL LOAN EMI", -960.00),
    ("Nov 11", "SEWA WATER & ELECTRICITY", -287.40),
    ("Nov 06", "LULU HYPERMARKET ROLLA", -163.20),
    ("Nov 03", "ATM CASH WITHDRAWAL ROLLA", -400.00),
]
AE_OPEN = 2412.88


def en_stmt_ae_bank_app_statement_screen() -> tuple[bytes, dict]:
    """A UAE bank's app screen 'Account statement': a maroon header, Current Account •••• 0612 and the holder in
    capitals, a period selector '01 Nov 2026 - 30 Nov 2026', Opening and Closing balance side by side in AED, rows
    newest first dated 'Nov 28' with signed amounts and the balance after each; a Download PDF link at the foot."""
    p = Page(PHONE)
    maroon = (0.5, 0.06, 0.16)
    p.box(0, 0, 390, 150, fill=maroon, stroke=None)
    _bar(p, "9:41", WHITE)
    p.t(22, 66, "<", 16, color=WHITE)
    p.t(195, 66, "Account statement", 15, bold=True, align="c", color=WHITE)
    p.t(22, 100, f"Current Account  \u2022\u2022\u2022\u2022 {AE['tail']}", 11, color=WHITE)
    p.t(22, 118, AE["person"].upper(), 10, color=(0.95, 0.85, 0.88))
    p.t(22, 138, AE["bank"], 9, color=(0.95, 0.85, 0.88))
    p.box(16, 162, 358, 34, fill=(0.96, 0.94, 0.95), stroke=None, radius=17)
    p.t(195, 184, "01 Nov 2026 - 30 Nov 2026", 11, align="c")
    chrono = list(reversed(AE_ROWS))
    bal = _run(AE_OPEN, [m for *_a, m in chrono])
    p.t(22, 222, "Opening balance", 9, color=GREY)
    p.t(22, 240, "AED " + _g(AE_OPEN), 13, bold=True)
    p.t(210, 222, "Closing balance", 9, color=GREY)
    p.t(210, 240, "AED " + _g(bal[-1]), 13, bold=True)
    y = 262
    for k, (d, s, m) in enumerate(AE_ROWS):
        b = bal[len(chrono) - 1 - k]
        p.line(16, y, 374, y, 0.4, color=(0.85, 0.85, 0.85))
        p.t(22, y + 22, d, 9.5, color=GREY)
        p.t(74, y + 22, s.title() if len(s) < 26 else s[:24].title() + "\u2026", 10.5)
        p.t(368, y + 22, f"{'+' if m > 0 else '-'}{_g(abs(m))}", 11, bold=True, align="r",
            color=(0.0, 0.5, 0.25) if m > 0 else (0, 0, 0))
        p.t(368, y + 40, f"Bal {_g(b)}", 8.5, align="r", color=GREY)
        y += 52
    p.t(195, y + 30, "Download PDF statement", 11, align="c", color=maroon)
    return p.pdf(), {"closing": _p(bal[-1])}


def en_other_ae_exchange_house_remittance_receipt() -> tuple[bytes, dict]:
    """Look-alike: an exchange house's REMITTANCE RECEIPT (an 80 mm slip): the sender and his Emirates ID masked, the
    beneficiary in Kerala and her bank, AED 1,800.00 at a rate into INR, commission, VAT, total paid; a money-transfer
    receipt (other)."""
    p = Page((227, 520))
    lines = [("c", "AL MAJAZ EXCHANGE", 12, True), ("c", "Rolla Square Branch, Sharjah", 8, False),
             ("c", "TRN 100238877100003", 7.5, False), ("", "", 6, False),
             ("c", "REMITTANCE RECEIPT", 10, True), ("l", "Txn No : RM26112600418", 8, False),
             ("l", "Date   : 26-11-2026 19:42", 8, False), ("", "", 6, False),
             ("l", "SENDER", 8, True), ("l", AE["person"][:26], 8, False), ("l", "EID : 784-1989-*******-2", 8, False),
             ("", "", 6, False), ("l", "BENEFICIARY", 8, True), ("l", "Fathima Shafeeq", 8, False),
             ("l", "South Malabar Gramin Bank", 8, False), ("l", "A/C ******4471  Tirur, Kerala", 8, False),
             ("", "", 6, False)]
    y = 26
    for a, s, sz, b in lines:
        if s:
            p.t(113 if a == "c" else 12, y, s, sz, bold=b, align="c" if a == "c" else "l", face="Courier-Bold" if b
                else "Courier")
        y += sz + 6
    for a, v in [("Amount AED", "1,800.00"), ("Rate", "24.1150"), ("Payout INR", "43,407.00"),
                 ("Commission AED", "22.00"), ("VAT 5% AED", "1.10"), ("TOTAL PAID AED", "1,823.10")]:
        p.t(12, y, a, 8, face="Courier")
        p.t(215, y, v, 8, face="Courier", align="r")
        y += 14
    p.t(113, y + 16, "Thank you. Keep this receipt.", 7.5, align="c", face="Courier")
    return p.pdf(), {}


PH = dict(person="Ma. Leonila Bañares Tupas", hospital="Jaro Riverside Medical Center")
PH_ITEMS = [("Room and Board (Ward, 3 days)", 4500.00), ("Laboratory", 3860.00), ("Radiology (Chest X-ray)", 650.00),
            ("Pharmacy / Medicines", 7418.25), ("Medical Supplies", 2116.50), ("Emergency Room Fee", 1200.00),
            ("Professional Fee - Attending Physician", 6000.00)]


def en_med_ph_statement_of_account() -> tuple[bytes, dict]:
    """A Philippine hospital's STATEMENT OF ACCOUNT (Letter): the hospital and its address in Jaro, Iloilo City,
    'Date: November 18, 2026', patient / admission and discharge dates / room, charges by department with amounts,
    TOTAL HOSPITAL CHARGES, less PhilHealth benefit and HMO coverage, AMOUNT DUE FROM PATIENT; the billing clerk's
    name."""
    p = Page(LETTER)
    total = _r(sum(v for _k, v in PH_ITEMS))
    phic = 10920.00
    hmo = 5000.00
    due = _r(total - phic - hmo)
    p.t(306, 50, PH["hospital"].upper(), 15, bold=True, align="c", color=(0.05, 0.3, 0.55))
    p.t(306, 65, "E. Lopez Street, Jaro, Iloilo City 5000  |  (033) 320-7715", 8.5, align="c", color=GREY)
    p.t(306, 96, "STATEMENT OF ACCOUNT", 13, bold=True, align="c")
    p.t(560, 120, "Date: November 18, 2026", 9.5, align="r")
    p.t(50, 120, "SOA No.: 2026-11-04871", 9.5)
    for k, (a, b) in enumerate([("Patient", PH["person"]), ("Hospital No.", "JRMC-0098213"),
                                ("Admitted", "November 15, 2026 08:40 PM"), ("Discharged", "November 18, 2026"),
                                ("Room", "Ward 3-B, Bed 4"), ("PhilHealth No.", "02-051488713-6")]):
        p.t(50 + (k % 2) * 260, 146 + (k // 2) * 15, f"{a}: {b}", 9.5)
    rows = [("Particulars", "Amount (PHP)")] + [(k, _g(v)) for k, v in PH_ITEMS]
    y = p.table(50, 204, [380, 130], rows, rh=20, size=9.5, aligns=["l", "r"], grid=False, hlines=True)
    for k, (a, v) in enumerate([("TOTAL HOSPITAL CHARGES", _g(total)), ("Less: PhilHealth benefit", f"({_g(phic)})"),
                                ("Less: HMO coverage (LOA 26-7781)", f"({_g(hmo)})"),
                                ("AMOUNT DUE FROM PATIENT", _g(due))]):
        p.t(300, y + 24 + k * 18, a, 9.5, bold=k in (0, 3))
        p.t(560, y + 24 + k * 18, v, 9.5, bold=k in (0, 3), align="r")
    p.t(50, y + 130, "Prepared by: J. Gumban, Billing Section        Noted by: Credit & Collection", 9)
    p.t(50, y + 146, "Please settle at the Cashier before leaving the hospital.", 8.5, color=GREY)
    return p.pdf(), {"total": _p(total), "due": _p(due)}


# --------------------------------------------------------------------------------------------------------------------
# the set

DIM = dict(exposure=0.72, falloff=0.6, grain=5.0)

DOCS = {
    "zh-pay-xining-dairy-dotted-list-payslip": dict(
        draw=zh_pay_xining_dairy_list_payslip, type="payslip", lang="zh",
        fields={"employer": XN["employer"], "employee": XN["person"], "period": "2026-11", "gross_pay": "3734.00",
                "net_pay": "3097.72"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-2.7, persp=0.1, blur=1.1, quality=60, falloff=0.5,
                                         crumple=0.4)},
        note="a Xining dairy's 员工工资明细 on a half sheet: one long list of items with dotted leaders and no table "
             "heads or grid, 所属期间 2026年11月 and 发薪日期 2026.11.30 over it, 应发工资 inside the list after five "
             "earnings, five deductions printed negative, 扣款合计, 实发工资 last in bold; the photo creased"),
    "zh-stmt-xining-self-service-terminal-detail-no-name": dict(
        draw=zh_stmt_xining_terminal_detail_no_name, type="bank_statement", lang="zh",
        fields={"bank": XN["bank"], "account_number": [XN["account"].replace(" ", ""), XN["account"]],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": "3597.94"},
        absent=["account_holder"],
        forms={"text": {}, "scan": {}},
        note="a rural commercial bank's 账户交易明细 printed at a self-service terminal (A4): 账号 and 查询起止 "
             "20261101 - 20261130 (compact dates), a shaded summary line 期初余额 / 收入笔数 / 支出笔数 / 期末余额 ABOVE "
             "the rows, rows timed to the second (2026-11-05 08:02:55) with 摘要 | 渠道 | one signed 发生额 | 余额, "
             "dashed rules only; the holder's name is printed nowhere (absent); the 代发工资 is the payslip's 实发"),
    "zh-income-xining-dairy-certificate-chinese-numeral-date": dict(
        draw=zh_income_xining_chinese_numeral_date, type="income_proof", lang="zh",
        fields={"employer": XN["employer"], "employee": XN["person"], "monthly_income": "3734.00",
                "date": "2026-11-20"},
        forms={"photo": dict(desk="wood", angle=1.6, persp=0.09, blur=1.05, quality=62, falloff=0.45, shadow=0.3),
               "text": {}},
        note="the dairy's 收入证明 (A4): a paragraph on the worker's post, a small ruled table 项目 | 月金额（元） "
             "(基本工资, 津贴补贴, 绩效奖金（月均）, 月收入合计 before deductions), the 人事专用章 over the date written "
             "in Chinese numerals 二〇二六年十一月二十日; the phone's shadow over it"),
    "zh-med-xining-tibetan-medicine-thermal-slip": dict(
        draw=zh_med_xining_tibetan_medicine_till_slip, type="medical_bill", lang="zh",
        fields={"provider": XN["hospital"], "patient": XN["person"], "date": "2026-11-08",
                "total": ["483.00", "265.65"]},
        forms={"photo": dict(desk="dark", angle=4.4, persp=0.12, blur=1.15, quality=58, falloff=0.5, margin=0.3)},
        note="a Tibetan-medicine hospital's thermal 门诊收费小票 (80 mm roll): 收费时间 2026/11/08 10:41, 患者, 门诊号, "
             "医保类别, each item over its 'qty x price' line with the amount at the right, 合计 / 医保统筹 / 个人支付 "
             "between dashed rules, a blessing at the foot; photographed small on a dark table"),
    "zh-other-xining-heating-fee-arrears-notice": dict(
        draw=zh_other_xining_heating_arrears_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="laminate", angle=-3.8, persp=0.11, blur=1.2, quality=59, fold=0.5, falloff=0.5)},
        note="look-alike: a heating company's 采暖费催缴通知单 (A5): the flat, the 2026—2027 heating season, 采暖面积 x "
             "单价 = 应缴金额 in a small grid, the deadline and a seal; a utility's demand (other); folded in half"),
    "zh-unemp-kaili-termination-certificate-ruled-form": dict(
        draw=zh_unemp_kaili_termination_certificate, type="unemployment_proof", lang="zh",
        fields={"person": KL["person"], "issuer": KL["employer"], "date": "2026-10-28"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=2.2, persp=0.1, blur=1.1, quality=61, falloff=0.5,
                                         hand="right")},
        note="a batik workshop's 解除劳动合同证明书 as a ruled two-column form (A4): 劳动者姓名 / 公民身份号码 (masked) / "
             "工作岗位 / 劳动合同期限 / 解除劳动合同日期 2026年10月31日 / 解除原因 经济性裁员 / 工作年限 / 经济补偿 with "
             "the labels on grey, the certifying sentence naming 失业登记, the company's seal and 出具日期 "
             "2026年10月28日, a cut line at the foot; issuer = the employer; held by fingers at the right"),
    "zh-stmt-kaili-village-bank-day-grouped-screen": dict(
        draw=zh_stmt_kaili_village_bank_day_grouped_screen, type="bank_statement", lang="zh",
        fields={"bank": KL["bank"], "account_holder": KL["person"], "account_number": KL["tail"],
                "period_start": "2026-11-01", "period_end": "2026-11-30", "closing_balance": "1964.82"},
        forms={"image": {}},
        note="a village bank's app screen 账户明细: 储蓄卡(7104) and 户名, 查询范围 自定义 2026.11.01-2026.11.30 and a "
             "month chip, 收入 / 支出 beside it, rows grouped under grey day headers (11月28日 星期六), each row's time "
             "under its counterparty and 余额 under its signed amount, newest first (the first row's balance is the "
             "closing one); the 失业保险金 on 11-20"),
    "zh-other-kaili-microloan-repayment-schedule": dict(
        draw=zh_other_kaili_microloan_repayment_schedule, type="other", lang="zh", fields={},
        forms={"text": {}, "photo": dict(desk="wood", angle=-1.5, persp=0.08, blur=1.05, quality=63, **DIM)},
        note="look-alike: the village bank's 农户小额信用贷款还款计划表 (A4): borrower, loan number, 5,600.00 over seven "
             "periods, a ruled table 期次 | 应还日期 | 应还本金 | 应还利息 | 应还合计 | 状态 (已还 / 未还); a loan "
             "schedule (other); the photo dim"),
    "zh-pay-hk-cha-chaan-teng-bilingual-pay-slip": dict(
        draw=zh_pay_hk_restaurant_bilingual_payslip, type="payslip", lang="zh",
        fields={"employer": [HK["employer"], HK["employer_en"]], "employee": [HK["person"], HK["person_en"]],
                "period": "2026-11", "gross_pay": "18010.00", "net_pay": "15109.50"},
        forms={"scan": {}, "photo": dict(desk="wood", angle=3.1, persp=0.1, blur=1.1, quality=61, falloff=0.5)},
        note="a Hong Kong cha chaan teng's 糧單 PAY SLIP (A5) in traditional Chinese and English on every line: 僱員 "
             "Employee with both names, 糧期 Pay Period 01/11/2026 - 30/11/2026 (DD/MM/YYYY), 發薪日期 Pay Date "
             "07/12/2026, one ruled table 類別 | 項目 | 金額 with 總入息 Gross Pay between earnings and deductions "
             "(deductions in brackets), 實收 Net Pay HK$ in a shaded row, the employer's MPF in grey"),
    "zh-stmt-hk-two-page-mid-month-cycle": dict(
        draw=zh_stmt_hk_two_page_mid_month_cycle, type="bank_statement", lang="zh",
        fields={"bank": [HK["bank"], HK["bank_en"], HK["bank_en"].upper()],
                "account_holder": [HK["person_en"], HK["person_en"].upper(), "MS " + HK["person_en"]],
                "account_number": [HK["account"], HK["account"].replace("-", "")], "period_start": "2026-10-16",
                "period_end": "2026-11-15", "closing_balance": "10165.53"},
        forms={"text": {}, "scan": {}},
        note="a Hong Kong bank's 綜合戶口月結單 / Integrated Account Statement over two A4 pages: the holder in English "
             "capitals with her Sham Shui Po address, 結單期 Statement Period 16/10/2026 - 15/11/2026 (a mid-month "
             "cycle, not a calendar month), rows dated '07 NOV' with no year, 提取 | 存入 | 結餘, 承上結餘 first, "
             "過戶下頁 at page 1's foot and 承前頁 on page 2, 截至結單日結餘 CLOSING BALANCE on page 2 only"),
    "zh-med-hk-chinese-medicine-clinic-receipt": dict(
        draw=zh_med_hk_chinese_medicine_clinic_receipt, type="medical_bill", lang="zh",
        fields={"provider": HK["clinic"], "patient": [HK["person"], HK["person_en"]], "date": "2026-11-19",
                "total": "870.00"},
        forms={"photo": dict(desk="cloth", angle=-4.0, persp=0.12, blur=1.2, quality=58, hand="bottom", **DIM),
               "text": {}},
        note="a Chinese-medicine clinic's 收據 RECEIPT (a small landscape slip): the clinic and its Sham Shui Po "
             "address, 收據編號, 日期 Date: 19-11-2026 (dd-mm-yyyy), 病人姓名 Patient in Chinese and English, 診金 / "
             "中藥 5劑 / 針灸, 合共 Total (HK$), paid in cash, the registered practitioner and a square red chop; "
             "dim, held by a thumb"),
    "zh-other-hk-pawnshop-ticket": dict(
        draw=zh_other_hk_pawn_ticket, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=2.8, persp=0.1, blur=1.1, quality=60, falloff=0.5, crumple=0.5)},
        note="look-alike: a Hong Kong pawnshop's 當票 (red print on pink paper): 當票號碼, 押當日期 2026年11月09日, a gold "
             "bangle pledged, 當本 HK$8,000.00 in words and figures, 月息 3.5%, 贖當期限; a pledge ticket (other); "
             "creased"),
    "en-pay-ug-coffee-hullers-dotted-period-payslip": dict(
        draw=en_pay_ug_coffee_hullers_payslip, type="payslip", lang="en",
        fields={"employer": [UG["employer"], UG["employer"].upper()], "employee": UG["person"], "period": "2026-11",
                "gross_pay": "1230000.00", "net_pay": "871000.00"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.0, persp=0.09, blur=1.1, quality=62, falloff=0.45)},
        note="a Ugandan coffee huller's PAYSLIP on the top half of an A4 sheet: a brown band with the company in "
             "capitals and 'Period: 01.11.2026 - 30.11.2026' (dotted dates), a two-by-three grid (Employee, Staff No., "
             "Department, TIN, NSSF No., Bank), Earnings and Deductions as two lists side by side each with its total "
             "(PAYE, NSSF 5%, Local Service Tax, SACCO, advance recovery), NET PAY UGX boxed at the bottom right"),
    "en-stmt-ug-dr-cr-flag-column": dict(
        draw=en_stmt_ug_dr_cr_flag_statement, type="bank_statement", lang="en",
        fields={"bank": [UG["bank"], UG["bank"].upper()], "account_holder": [UG["person"].upper(), UG["person"]],
                "account_number": [UG["account"], UG["account"].replace(" ", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "838450.00"},
        forms={"text": {}, "scan": {}},
        note="a Ugandan bank's ACCOUNT STATEMENT (A4): the holder and P.O. Box at the left, the account panel at the "
             "right, 'Statement from 2026/11/01 to 2026/11/30', Posting Date | Details | Ref | one unsigned Amount "
             "column | a Dr/Cr flag column | Balance, horizontal rules only, OPENING BALANCE as the first row, Total "
             "Debits / Total Credits / Closing Balance UGX under the rows; the salary credit is the payslip's net pay"),
    "en-med-ug-hospital-invoice-amount-due-top": dict(
        draw=en_med_ug_hospital_invoice_total_top, type="medical_bill", lang="en",
        fields={"provider": UG["hospital"], "patient": UG["person"], "date": "2026-11-20", "total": "239000.00"},
        forms={"photo": dict(desk="laminate", angle=1.9, persp=0.09, blur=1.05, quality=62, falloff=0.45),
               "text": {}},
        note="a Ugandan community hospital's INVOICE (A4): a box at the top right with Invoice No., 'Invoice Date: 20 "
             "Nov 2026' and AMOUNT DUE UGX above everything else, patient / IP No. / ward / admitted and discharged / "
             "payer, Item | Qty | Unit Price | Amount ruled, Sub-total at the foot, paid at the till by card"),
    "en-other-ug-secondary-school-fees-invoice": dict(
        draw=en_other_ug_school_fees_invoice, type="other", lang="en", fields={},
        forms={"photo": dict(desk="cloth", angle=-2.5, persp=0.1, blur=1.15, quality=60, falloff=0.55, fold=0.36)},
        note="look-alike: a secondary school's FEES INVOICE - TERM I 2027 (A5): the pupil and guardian, tuition / "
             "boarding / PTA / uniform / examination lines, TOTAL PAYABLE UGX, the school's bank account; a fees "
             "demand (other); folded"),
    "en-pay-lk-hotel-october-side-by-side-payslip": dict(
        draw=en_pay_lk_hotel_october_payslip, type="payslip", lang="en",
        fields={"employer": LK["employer"], "employee": LK["person"], "period": "2026-10", "gross_pay": "88360.00",
                "net_pay": "76915.00"},
        forms={"scan": {}, "photo": dict(desk="wood", angle=2.4, persp=0.1, blur=1.1, quality=61, falloff=0.5,
                                         hand="bottom")},
        note="a Kandy hotel's PAY SLIP (A5 landscape): 'Salary for the month of October 2026' as the only period, "
             "Employee / EPF No. / Designation at the left and Bank / 'Pay date: 28.10.2026' at the right, one ruled "
             "table with Earnings | Rs. | Deductions | Rs. side by side (service charge, EPF 8%, stamp duty), GROSS "
             "SALARY and TOTAL DEDUCTIONS in its last row, NET SALARY Rs. under it, employer EPF and ETF in grey"),
    "en-income-lk-salary-certificate-2026-08": dict(
        draw=en_income_lk_salary_certificate_2026_08, type="income_proof", lang="en",
        fields={"employer": LK["employer"], "employee": LK["person"], "monthly_income": "61500.00",
                "date": "2026-08-20"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.3, persp=0.08, blur=1.0, quality=64,
                                         falloff=0.4, crumple=0.3)},
        note="the hotel's SALARY CERTIFICATE on its letterhead (A4) dated 2026.08.20 (yyyy.mm.dd) at the right of the "
             "reference line, basic salary and allowance listed with the 'Monthly Gross Salary' Rs. 61,500.00 "
             "(excluding the variable service charge), the HR manager's pen signature; more than 90 days before "
             "2026-12-31 (stale)"),
    "en-stmt-lk-savings-summary-box-at-foot": dict(
        draw=en_stmt_lk_summary_at_foot, type="bank_statement", lang="en",
        fields={"bank": LK["bank"], "account_holder": LK["person"],
                "account_number": [LK["account"], LK["account"].replace("-", "")], "period_start": "2026-11-01",
                "period_end": "2026-11-30", "closing_balance": "66283.47"},
        forms={"text": {}, "scan": {}},
        note="a Sri Lankan savings bank's STATEMENT OF ACCOUNT (A4): 'Statement Date: 05-12-2026', Name / Address / "
             "Account No / Product / 'Period 01-11-2026 to 30-11-2026' (dd-mm-yyyy), Date | Description | Debit | "
             "Credit | Balance with horizontal rules and no opening row, the summary box at the FOOT (Opening "
             "Balance, Total Debits, Total Credits, Closing Balance)"),
    "en-other-lk-microfinance-group-loan-card": dict(
        draw=en_other_lk_microfinance_group_loan_card, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=3.6, persp=0.12, blur=1.2, quality=58, **DIM)},
        note="look-alike: a microfinance company's GROUP LOAN REPAYMENT CARD (A5, buff card): the member and her "
             "women's group, loan Rs. 60,000.00, weekly instalments with due date, amount paid, balance and the "
             "field officer's initials; a loan card (other); dim, on a dark table"),
    "en-unemp-ae-sharjah-redundancy-termination-letter": dict(
        draw=en_unemp_ae_termination_letter, type="unemployment_proof", lang="en",
        fields={"person": AE["person"], "issuer": [AE["employer"], AE["employer"].upper()], "date": "2026-11-12"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-3.3, persp=0.11, blur=1.15, quality=60, falloff=0.5,
                                         shadow=0.35)},
        note="a Sharjah marine fabrication company's TERMINATION OF EMPLOYMENT letter (A4): 'Date: 12/11/2026' "
             "(dd/mm/yyyy) at the top right, the welder and his labour card number, redundancy after lost ship-repair "
             "contracts, last working day 30/11/2026, an end-of-service table (salary, gratuity, leave salary, air "
             "ticket) in AED, visa cancellation, the HR officer's signature and a navy round stamp"),
    "en-stmt-ae-bank-app-statement-screen": dict(
        draw=en_stmt_ae_bank_app_statement_screen, type="bank_statement", lang="en",
        fields={"bank": AE["bank"], "account_holder": [AE["person"].upper(), AE["person"]],
                "account_number": AE["tail"], "period_start": "2026-11-01", "period_end": "2026-11-30",
                "closing_balance": "562.63"},
        forms={"image": {}},
        note="a UAE bank's app screen 'Account statement': a maroon header with Current Account \u2022\u2022\u2022\u2022 "
             "0612 and the holder in capitals, a pill '01 Nov 2026 - 30 Nov 2026', Opening and Closing balance side "
             "by side in AED, rows newest first dated 'Nov 28' with +/- amounts and 'Bal' under each"),
    "en-other-ae-exchange-house-remittance-receipt": dict(
        draw=en_other_ae_exchange_house_remittance_receipt, type="other", lang="en", fields={},
        forms={"photo": dict(desk="laminate", angle=-4.6, persp=0.12, blur=1.2, quality=58, falloff=0.5,
                             margin=0.3)},
        note="look-alike: an exchange house's REMITTANCE RECEIPT (80 mm thermal slip, monospaced): sender with a "
             "masked Emirates ID, a beneficiary in Kerala and her bank, AED 1,800.00 at a rate into INR, commission, "
             "VAT, TOTAL PAID; a money-transfer receipt (other)"),
    "en-med-ph-iloilo-statement-of-account": dict(
        draw=en_med_ph_statement_of_account, type="medical_bill", lang="en",
        fields={"provider": [PH["hospital"], PH["hospital"].upper()], "patient": PH["person"], "date": "2026-11-18",
                "total": ["25744.75", "9824.75"]},
        forms={"text": {}, "scan": {}},
        note="a Philippine hospital's STATEMENT OF ACCOUNT (Letter): 'Date: November 18, 2026', patient / hospital "
             "no. / admitted and discharged / room / PhilHealth No. in two columns, particulars by department with "
             "horizontal rules, TOTAL HOSPITAL CHARGES, less PhilHealth benefit and HMO coverage in brackets, AMOUNT "
             "DUE FROM PATIENT; a medical bill whose title says 'statement'"),
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
    own share or amount due, a monthly income): the labels must agree."""
    return DOCS[doc]["draw"]()[1]


WANTED = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
          "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                             "closing_balance"],
          "medical_bill": ["provider", "patient", "date", "total"],
          "unemployment_proof": ["person", "issuer", "date"],
          "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}
#: which label each computed figure must match (own and due: a bill's second accepted spelling of its total)
FIGURE_FIELD = {"gross": "gross_pay", "net": "net_pay", "closing": "closing_balance", "total": "total",
                "monthly": "monthly_income", "own": "total", "due": "total"}


def _check_figures(doc: str) -> None:
    spec = DOCS[doc]
    for key, value in figures(doc).items():
        field = FIGURE_FIELD[key]
        label = spec["fields"][field]
        spellings = [label] if isinstance(label, str) else label
        if key in ("own", "due"):
            assert value in spellings[1:], (doc, field, spellings, value)
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent22",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent22.json (labels and sha256)")
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
                              "(independent22-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
