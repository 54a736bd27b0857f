"""The thirteenth independently generated judging set (bench/thirdparty/independent13.json, ``--independent13``).

    python bench/thirdparty/gen_independent13.py --manifest   (rewrite independent13.json: labels + sha256)
    python bench/thirdparty/gen_independent13.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests. The drawing and photo plumbing (Page, _photo,
_screenshot, _daxie) is imported from gen_independent11.py and the every-page scanner and rectangular stamp from
gen_independent12.py (one copy of each, not a second); the documents are drawn here, by issuers and in places the
earlier sets do not use: a Zhuzhou rail-parts maker's HR-system 工资明细 printed as one vertical 项目 | 金额 column
(应发合计 / 扣款合计 / 实发合计), a Dongying oilfield-services 工资通知单 of September (stacked name-over-figure grids;
stale), a Yichang courier depot's 提成核算单 naming the courier by 工号 only (no name: absent) with a 计件 header over two
columns, 浏阳农商银行's two-page 个人活期明细 with 交易金额 over 支出 | 收入 and 对方户名, a 咸宁农商银行 app 明细 screen
(tail number only, no holder: absent), a UnionPay wallet app's monthly bill screen (look-alike), 邵阳市中心医院's
出院结算单 (医保统筹支付 / 个人自付 / 个人自费), an Anyang chain pharmacy's roll receipt with the insured person's name,
a Wuhu district hospital's 医疗收费电子票据 of 2025 (stale), a Zigong 就业创业证 spread with its 失业登记 record, a
Lishui valve works' 停工停产通知 (look-alike), a Huaibei school's tabular 收入证明; a Solomon Islands cannery payslip
(SINPF, hours x rate), a Bermuda marine firm's September slip (stale), a Sierra Leone bank's two-page statement with
Amount over Withdrawals | Lodgements, a Tongan savings passbook page, a Cook Islands app screen (no holder: absent), a
Liberian mobile-money wallet statement (look-alike), a Dominica hospital's two-page final bill with the insurer's share,
a Kiribati dental receipt of 2025 (stale), a Guernsey unemployment benefit decision, a Bahraini end-of-service letter,
a Turks and Caicos employment and income verification, a Gambian postpaid phone bill (look-alike) and a St Helena
tenancy rent ledger (look-alike). Each document is drawn once with reportlab (invariant mode) as its issuer prints it;
its labels are the values the drawing prints (money figures are computed from the printed lines and returned by the
drawing, see :func:`figures`). Forms: ``text``, ``scan`` (every page), ``photo`` (JPEG of the first page on a desk:
only one-page documents are photographed), ``image`` (a phone screenshot, PNG). Every random choice is seeded by the
entry's id.

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
    BLUE_INK,
    RED,
    Page,
    _daxie,
    _photo,
    _screenshot,
)
from gen_independent12 import _scan_pages, _seal_rect  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent13.json"
GREY = (0.42, 0.42, 0.42)
TEAL = (0.0, 0.45, 0.47)
NAVY = (0.1, 0.16, 0.36)


def _m(v: float) -> str:
    """An amount as printed: thousands grouped, two decimals."""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

def zh_pay_zhuzhou_hr_vertical() -> tuple[bytes, dict]:
    """An HR system's 员工工资明细 printed on A5: the head (company, 工资期间, print time), then one vertical list of
    key | value rows down the page in shaded sections 基本信息 / 收入项 / 扣款项, each money section closed by its
    合计 row, 实发合计 on a bold row at the foot; the system's footer line with the page count."""
    p = Page(A5, zh=True)
    earn = [("岗位工资", 3260.00), ("绩效工资", 1487.50), ("技能津贴", 300.00), ("夜班补贴", 264.00),
            ("交通补贴", 150.00), ("加班工资", 618.60)]
    ded = [("养老保险（个人）", 425.68), ("医疗保险（个人）", 106.42), ("失业保险（个人）", 26.61),
           ("住房公积金（个人）", 532.00), ("个人所得税", 41.37), ("工会会费", 32.60)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(30, 36, "株洲恒轨轨道交通配件有限公司", 12, bold=True)
    p.t(30, 54, "员工工资明细", 11)
    p.t(p.w - 30, 54, "工资期间：2026-10", 9, align="r")
    p.line(30, 62, p.w - 30, 62, 1.2, color=TEAL)
    x, kw, vw, rh = 40, 190, 150, 17
    y = 70
    sections = [("基本信息", [("姓名", "隗春芳"), ("工号", "HG-20731"), ("部门", "转向架装配二班"),
                              ("岗位", "装配钳工"), ("出勤天数", "22"), ("发放日期", "2026-11-10")]),
                ("收入项", [(k, _m(v)) for k, v in earn] + [("应发合计", _m(gross))]),
                ("扣款项", [(k, _m(v)) for k, v in ded] + [("扣款合计", _m(dsum))])]
    for title, rows in sections:
        p.box(x, y, kw + vw, rh, fill=(0.86, 0.93, 0.93), stroke=None)
        p.t(x + 6, y + 12, title, 9, bold=True, color=TEAL)
        y += rh
        for k, v in rows:
            total = k.endswith("合计")
            p.t(x + 12, y + 12, k, 8.5, bold=total)
            p.t(x + kw + vw - 8, y + 12, v, 8.5, bold=total, align="r" if title != "基本信息" else "r")
            p.line(x, y + rh, x + kw + vw, y + rh, 0.3, color=GREY)
            y += rh
        y += 4
    p.box(x, y, kw + vw, 24, fill=(0.93, 0.93, 0.93), stroke=(0, 0, 0), lw=0.8)
    p.t(x + 8, y + 16, "实发合计", 10.5, bold=True)
    p.t(x + kw + vw - 8, y + 16, _m(net), 11, bold=True, align="r")
    p.t(30, p.h - 40, "说明：本明细由人力资源系统生成，如有疑问请于发放后5个工作日内联系人力资源部薪酬组。", 6.8, color=GREY)
    p.t(30, p.h - 26, "打印人：hr_tanlu    打印时间：2026-11-10 16:42:08", 6.8, color=GREY)
    p.t(p.w - 30, p.h - 26, "第 1 页 / 共 1 页", 6.8, color=GREY, align="r")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_dongying_september() -> tuple[bytes, dict]:
    """An oilfield-services company's 工资通知单 for September (half of an A4 landscape sheet): the name, team and
    出勤/野外天数 on one line, then two stacked grids where each item's name sits above its figure (收入 then 扣除),
    the last cell of each grid its 小计, 实发金额 in a double box at the right; two months before the month asked."""
    p = Page((842, 300), zh=True)
    earn = [("基本工资", 2850.00), ("岗位工资", 1200.00), ("野外津贴", 1140.00), ("钻井队补贴", 600.00),
            ("加班工资", 527.40), ("安全奖", 300.00)]
    ded = [("养老", 492.00), ("医疗", 123.00), ("失业", 30.75), ("公积金", 738.00), ("个税", 38.27),
           ("伙食", 210.00)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(421, 34, "东营华垦石油技术服务有限公司", 14, bold=True, align="c")
    p.t(421, 54, "工 资 通 知 单", 12, align="c")
    p.t(36, 80, "所属月份：2026年09月", 9.5)
    p.t(190, 80, "姓名：邴立伟", 9.5)
    p.t(300, 80, "队别：井下作业三队", 9.5)
    p.t(460, 80, "出勤天数：30", 9.5)
    p.t(560, 80, "野外天数：19", 9.5)
    p.t(806, 80, "编号：DY-0926-114", 8.5, align="r", color=GREY)
    cw, rh = 84, 20

    def grid(y, head, items, total_name, total):
        names = [k for k, _v in items] + [total_name]
        vals = [_m(v) for _k, v in items] + [_m(total)]
        p.box(36, y, 86, 2 * rh, fill=(0.92, 0.92, 0.92), stroke=None)
        p.t(79, y + rh + 4, head, 10, bold=True, align="c")
        for i, (n, v) in enumerate(zip(names, vals, strict=True)):
            x = 122 + i * cw
            p.t(x + cw / 2, y + 14, n, 8.5, align="c", bold=i == len(names) - 1)
            p.t(x + cw - 6, y + rh + 14, v, 9, align="r", bold=i == len(names) - 1)
        right = 122 + len(names) * cw
        for yy in (y, y + rh, y + 2 * rh):
            p.line(36, yy, right, yy, 0.5)
        for i in range(len(names) + 1):
            p.line(122 + i * cw, y, 122 + i * cw, y + 2 * rh, 0.5)
        p.line(36, y, 36, y + 2 * rh, 0.5)

    grid(96, "收  入", earn, "应发小计", gross)
    grid(146, "扣  除", ded, "扣除小计", dsum)
    p.box(36, 204, 500, 30, stroke=(0, 0, 0), lw=1.2)
    p.box(39, 207, 494, 24, stroke=(0, 0, 0), lw=0.4)
    p.t(50, 224, "实发金额（元）", 11, bold=True)
    p.t(520, 224, _m(net), 13, bold=True, align="r")
    p.t(560, 224, "发放方式：代发至工资卡（尾号3391）", 8.5)
    p.t(36, 262, "注：野外津贴按当月实际野外天数计发；本通知单仅供员工本人核对，不作其他用途。", 8, color=GREY)
    p.t(806, 262, "2026年10月12日", 8.5, align="r")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_yichang_courier() -> tuple[bytes, dict]:
    """A courier depot's 快递员月度提成核算单 (A5 landscape): the depot and month in the head, the courier named by
    工号 and 片区 only (the depot's sheet keys people by number: no name), a ruled table whose header spans two lines
    (计件 over 票数 | 单价), piece items and bonuses, then 扣款 lines, 应发合计, 扣款合计 and 实发金额 at the foot; the
    station master's signature."""
    p = Page(landscape(A5), zh=True)
    pieces = [("派件（普通件）", 2386, 1.05), ("派件（大件）", 112, 2.40), ("揽件（散客）", 164, 1.50)]
    extra = [("时效奖励", 220.00), ("电动车补贴", 150.00), ("高温/雨天补贴", 60.00)]
    ded = [("客诉罚款", 40.00), ("派费预扣（丢件赔付）", 85.50), ("社保个人部分", 318.40)]
    rows = []
    gross = 0.0
    for name, n, price in pieces:
        amt = _r(n * price)
        gross += amt
        rows.append([name, f"{n:,}", f"{price:.2f}", _m(amt)])
    for name, v in extra:
        gross += v
        rows.append([name, "", "", _m(v)])
    gross = _r(gross)
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.t(p.w / 2, 32, "宜昌速邦快递夷陵网点  快递员月度提成核算单", 12.5, bold=True, align="c")
    p.t(40, 54, "核算月份：2026年10月", 9)
    p.t(190, 54, "工号：YL-0317", 9)
    p.t(300, 54, "片区：小溪塔东片", 9)
    p.t(p.w - 40, 54, "核算日期：2026-11-03", 9, align="r")
    x, y, rh = 40, 64, 17
    W = [170, 86, 86, 100]
    xs = [x, x + W[0], x + W[0] + W[1], x + W[0] + W[1] + W[2], x + sum(W)]
    p.box(x, y, sum(W), 2 * rh, fill=(0.9, 0.9, 0.9), stroke=None)
    p.t(xs[0] + W[0] / 2, y + rh + 4, "项  目", 9, bold=True, align="c")
    p.t((xs[1] + xs[3]) / 2, y + 12, "计  件", 9, bold=True, align="c")
    p.t(xs[1] + W[1] / 2, y + rh + 12, "票数", 8.5, align="c")
    p.t(xs[2] + W[2] / 2, y + rh + 12, "单价（元）", 8.5, align="c")
    p.t(xs[3] + W[3] / 2, y + rh + 4, "金额（元）", 9, bold=True, align="c")
    p.line(xs[1], y + rh, xs[3], y + rh, 0.4)
    body = rows + [["应发合计", "", "", _m(gross)]] + [[k, "", "", "-" + _m(v)] for k, v in ded] \
        + [["扣款合计", "", "", _m(dsum)]]
    yy = y + 2 * rh
    for r in body:
        bold = r[0].endswith("合计")
        p.t(xs[0] + 6, yy + 12, r[0], 8.5, bold=bold)
        p.t(xs[2] - 6, yy + 12, r[1], 8.5, align="r")
        p.t(xs[3] - 6, yy + 12, r[2], 8.5, align="r")
        p.t(xs[4] - 6, yy + 12, r[3], 8.5, align="r", bold=bold)
        yy += rh
    for k in range(0, len(body) + 3):
        yl = y + k * rh if k < 1 else y + (k + 0) * rh
        if k == 1:
            continue
        p.line(x, yl, xs[4], yl, 0.4)
    for i, xv in enumerate(xs):
        p.line(xv, y if i in (0, 1, 3, 4) else y + rh, xv, yy, 0.4)
    p.box(x, yy + 6, sum(W), 24, stroke=(0, 0, 0), lw=0.9)
    p.t(x + 8, yy + 22, "实发金额", 10.5, bold=True)
    p.t(xs[4] - 8, yy + 22, _m(net), 11, bold=True, align="r")
    p.t(x + sum(W) + 20, 90, "说明：", 8, color=GREY)
    for i, s in enumerate(["1. 派费按总部10月结算单", "   价格执行；", "2. 罚款明细见网点公示栏；",
                           "3. 对核算有异议请于7日内", "   向站长提出。"]):
        p.t(x + sum(W) + 20, 104 + i * 13, s, 7.5, color=GREY)
    p.t(x + sum(W) + 20, yy + 8, "站长：", 8.5)
    p.hand(x + sum(W) + 50, yy + 10, "屈建华", 11, key="yc13")
    p.t(x + sum(W) + 20, yy + 28, "本人确认：", 8.5)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


LY_ROWS = [  # date, summary, channel, out, in, counterparty
    ("2026-10-01", "ATM跨行取", "ATM", 500.00, 0, ""),
    ("2026-10-02", "快捷支付", "网联", 86.40, 0, "财付通支付科技有限公司"),
    ("2026-10-05", "网转", "手机银行", 1200.00, 0, "易梦婷"),
    ("2026-10-08", "POS消费", "POS", 318.00, 0, "浏阳市集里华联超市"),
    ("2026-10-09", "快捷支付", "网联", 42.90, 0, "支付宝（中国）网络技术有限公司"),
    ("2026-10-10", "代发", "批量", 0, 4836.27, "株洲恒轨轨道交通配件有限公司"),
    ("2026-10-10", "短信费", "系统", 2.00, 0, ""),
    ("2026-10-11", "网转", "手机银行", 2000.00, 0, "湖南浏阳农村商业银行贷款户"),
    ("2026-10-12", "快捷支付", "网联", 129.00, 0, "财付通支付科技有限公司"),
    ("2026-10-13", "转存", "柜面", 0, 300.00, "隗春芳"),
    ("2026-10-14", "POS消费", "POS", 96.50, 0, "浏阳市淮川药号"),
    ("2026-10-15", "快捷支付", "网联", 58.00, 0, "支付宝（中国）网络技术有限公司"),
    ("2026-10-16", "网转", "手机银行", 0, 650.00, "隗建国"),
    ("2026-10-17", "水电代扣", "批量", 143.62, 0, "国网湖南省电力有限公司"),
    ("2026-10-18", "快捷支付", "网联", 220.00, 0, "财付通支付科技有限公司"),
    ("2026-10-19", "ATM取款", "ATM", 800.00, 0, ""),
    ("2026-10-20", "POS消费", "POS", 412.30, 0, "邵阳市中心医院"),
    ("2026-10-21", "快捷支付", "网联", 35.80, 0, "支付宝（中国）网络技术有限公司"),
    ("2026-10-22", "网转", "手机银行", 500.00, 0, "易梦婷"),
    ("2026-10-23", "快捷支付", "网联", 67.00, 0, "财付通支付科技有限公司"),
    ("2026-10-24", "医保个账划入", "批量", 0, 186.40, "湖南省医疗保障局"),
    ("2026-10-25", "POS消费", "POS", 158.70, 0, "浏阳市集里华联超市"),
    ("2026-10-26", "快捷支付", "网联", 19.90, 0, "财付通支付科技有限公司"),
    ("2026-10-27", "网转", "手机银行", 0, 1000.00, "隗春生"),
    ("2026-10-28", "话费代扣", "批量", 58.00, 0, "中国移动通信集团湖南有限公司"),
    ("2026-10-29", "快捷支付", "网联", 88.00, 0, "支付宝（中国）网络技术有限公司"),
    ("2026-10-30", "POS消费", "POS", 236.00, 0, "邵阳市中心医院"),
    ("2026-10-31", "快捷支付", "网联", 24.50, 0, "财付通支付科技有限公司"),
]


def zh_stmt_liuyang_two_page() -> tuple[bytes, dict]:
    """湖南浏阳农村商业银行's counter 个人活期账户交易明细 over two A4 pages: the head (客户名称, 账号, 查询期间, 打印
    网点) on page 1 only, a table whose header spans two lines (交易金额 over 支出 | 收入), 摘要 as the core system's short
    codes and 交易渠道, 对方户名 last; 期初余额 as the first row, 20 rows on page 1 and the rest on page 2 with the header
    repeated, the 本期合计 and 期末余额 lines and the 业务专用章 on page 2, 第 n 页 共 2 页 at each foot."""
    p = Page(A4, zh=True)
    opening = 2873.44
    bal = opening
    rows = []
    for d, s, ch, out, inc, cp in LY_ROWS:
        bal = _r(bal - out + inc)
        rows.append([d, s, ch, _m(out) if out else "", _m(inc) if inc else "", _m(bal), cp])
    tout = _r(sum(r[3] for r in LY_ROWS))
    tin = _r(sum(r[4] for r in LY_ROWS))
    W = [64, 68, 50, 66, 66, 70, 140]
    x0, rh = 38, 19

    def header(y):
        xs = [x0]
        for w in W:
            xs.append(xs[-1] + w)
        p.box(x0, y, sum(W), 2 * rh, fill=(0.88, 0.92, 0.86), stroke=None)
        for i, name in enumerate(["交易日期", "摘要", "交易渠道", None, None, "账户余额", "对方户名"]):
            if name:
                p.t((xs[i] + xs[i + 1]) / 2, y + rh + 4, name, 8.5, bold=True, align="c")
        p.t((xs[3] + xs[5]) / 2, y + 13, "交易金额", 8.5, bold=True, align="c")
        p.t((xs[3] + xs[4]) / 2, y + rh + 13, "支出", 8, align="c")
        p.t((xs[4] + xs[5]) / 2, y + rh + 13, "收入", 8, align="c")
        p.line(x0, y, xs[-1], y, 0.6)
        p.line(xs[3], y + rh, xs[5], y + rh, 0.4)
        for i, xv in enumerate(xs):
            p.line(xv, y if i not in (4,) else y + rh, xv, y + 2 * rh, 0.4)
        return xs, y + 2 * rh

    def body(xs, y, rs):
        for r in rs:
            for i, cell in enumerate(r):
                if not cell:
                    continue
                if i in (3, 4, 5):
                    p.t(xs[i + 1] - 4, y + 13, cell, 7.8, align="r")
                elif i == 6:
                    p.t(xs[i] + 3, y + 13, cell, 7 if len(cell) > 12 else 7.8)
                else:
                    p.t(xs[i] + 3, y + 13, cell, 7.8)
            y += rh
            p.line(x0, y, xs[-1], y, 0.3)
        return y

    p.t(p.w / 2, 44, "湖南浏阳农村商业银行", 15, bold=True, align="c")
    p.t(p.w / 2, 64, "个人活期账户交易明细", 12, align="c")
    p.t(x0, 90, "客户名称：隗春芳", 9)
    p.t(230, 90, "账号：6230 9012 7700 4418 263", 9)
    p.t(x0, 106, "查询期间：2026-10-01 至 2026-10-31", 9)
    p.t(230, 106, "币种：人民币  钞汇：钞", 9)
    p.t(x0, 122, "打印网点：浏阳农商银行集里支行", 9)
    p.t(p.w - x0, 122, "打印日期：2026-11-06", 9, align="r")
    xs, y = header(132)
    y = body(xs, y, [["2026-10-01", "期初余额", "", "", "", _m(opening), ""]] + rows[:19])
    for xv in xs:
        p.line(xv, 132 + 2 * rh, xv, y, 0.4)
    p.t(p.w / 2, p.h - 28, "第 1 页 共 2 页", 8, align="c", color=GREY)
    p.c.showPage()
    p.t(x0, 40, "客户名称：隗春芳    账号：6230 9012 7700 4418 263    （续上页）", 8.5, color=GREY)
    xs, y = header(50)
    y = body(xs, y, rows[19:])
    for xv in xs:
        p.line(xv, 50 + 2 * rh, xv, y, 0.4)
    p.t(x0 + 4, y + 20, f"本期合计  支出：{_m(tout)}    收入：{_m(tin)}    笔数：{len(LY_ROWS)}", 9)
    p.t(p.w - x0, y + 20, f"期末余额：{_m(bal)}", 10, bold=True, align="r")
    p.t(x0 + 4, y + 40, "摘要说明：代发＝单位代发工资；网转＝网上转账；快捷支付＝第三方快捷支付。", 7.5, color=GREY)
    p.t(x0 + 4, y + 54, "本明细经柜面打印，加盖业务专用章有效。", 7.5, color=GREY)
    p.stamp(p.w - 130, y + 100, 40, "湖南浏阳农村商业银行集里支行", "业务专用章")
    p.t(p.w / 2, p.h - 28, "第 2 页 共 2 页", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(bal)}


XN_ROWS = [  # month-day, time, title, signed amount (newest first, as the app lists them)
    ("10-31", "20:14", "快捷支付-美团", -46.80), ("10-29", "12:03", "转账-贲小燕", -300.00),
    ("10-27", "09:30", "代发工资-咸宁楚泽纺织有限公司", 3987.65), ("10-25", "18:47", "消费-温泉中百仓储", -212.36),
    ("10-22", "07:58", "快捷支付-拼多多", -39.90), ("10-19", "14:21", "ATM取款-咸安支行", -600.00),
    ("10-16", "10:05", "转入-陶德胜", 500.00), ("10-12", "21:40", "快捷支付-滴滴出行", -23.70),
    ("10-09", "08:16", "还款-个人消费贷", -1650.00), ("10-05", "16:33", "消费-咸宁市中心医院", -318.50),
    ("10-02", "11:12", "快捷支付-美团", -64.20),
]


def zh_stmt_xianning_app() -> tuple[bytes, dict]:
    """A rural commercial bank's app 账户明细 screen: the card's tail number (no holder's name on the screen), a 2026.10.01
    - 2026.10.31 filter chip, 支出/收入 totals, entries newest first with signed amounts and 余额 after each, the month's
    closing balance the top entry's; status bar and bottom tab bar."""
    p = Page((390, 844), zh=True)
    closing = 4468.31
    bal = closing
    after = []
    for _d, _t, _s2, amt in XN_ROWS:
        after.append(bal)
        bal = _r(bal - amt)
    out = _r(-sum(a for *_x, a in XN_ROWS if a < 0))
    inc = _r(sum(a for *_x, a in XN_ROWS if a > 0))
    p.box(0, 0, 390, 844, fill=(0.96, 0.96, 0.97), stroke=None)
    p.box(0, 0, 390, 112, fill=(0.78, 0.16, 0.2), stroke=None)
    p.t(22, 22, "9:41", 11, bold=True, color=(1, 1, 1))
    p.t(368, 22, "5G  86%", 9, color=(1, 1, 1), align="r")
    p.t(22, 58, "〈", 14, color=(1, 1, 1))
    p.t(195, 58, "账户明细", 14, bold=True, color=(1, 1, 1), align="c")
    p.t(195, 82, "咸宁农商银行", 9, color=(1, 0.9, 0.9), align="c")
    p.box(14, 100, 362, 92, fill=(1, 1, 1), stroke=None, radius=10)
    p.t(28, 124, "借记卡  尾号 8806", 11, bold=True)
    p.t(362, 124, "切换账户 〉", 9, color=GREY, align="r")
    p.box(28, 136, 180, 22, fill=(0.95, 0.9, 0.9), stroke=None, radius=11)
    p.t(118, 151, "2026.10.01 - 2026.10.31  ▾", 9, color=(0.78, 0.16, 0.2), align="c")
    p.t(28, 180, f"支出 ¥{_m(out)}", 10)
    p.t(200, 180, f"收入 ¥{_m(inc)}", 10)
    y = 206
    for (d, t, title, amt), b in zip(XN_ROWS, after, strict=True):
        p.box(14, y, 362, 50, fill=(1, 1, 1), stroke=None)
        p.t(28, y + 20, title if len(title) <= 17 else title[:17] + "…", 10)
        p.t(28, y + 38, f"2026-{d} {t}", 8, color=GREY)
        sign = "+" if amt > 0 else "-"
        p.t(362, y + 20, f"{sign}{_m(abs(amt))}", 11, bold=True, align="r",
            color=(0.8, 0.35, 0.05) if amt > 0 else (0.1, 0.1, 0.1))
        p.t(362, y + 38, f"余额 {_m(b)}", 8, color=GREY, align="r")
        p.line(28, y + 50, 362, y + 50, 0.3, color=(0.85, 0.85, 0.85))
        y += 51
    p.t(195, y + 22, "— 仅显示近13个月明细 —", 8, color=GREY, align="c")
    p.box(0, 786, 390, 58, fill=(1, 1, 1), stroke=None)
    for i, s in enumerate(["首页", "财富", "生活", "我的"]):
        p.t(49 + i * 97, 818, s, 9, color=(0.78, 0.16, 0.2) if i == 0 else GREY, align="c")
    return p.pdf(), {"closing": _s(closing)}


def zh_other_unionpay_month_bill() -> tuple[bytes, dict]:
    """Look-alike: a UnionPay wallet app's 月度账单 screen for October: 总支出 in large figures, a bar per category,
    the month's payments with the card each was paid from; a payment app's own record, no bank account statement."""
    p = Page((390, 844), zh=True)
    items = [("10月30日", "邵阳市中心医院 门诊缴费", "建设银行储蓄卡(0412)", 236.00),
             ("10月25日", "步步高超市 浏阳店", "农商银行借记卡(4418)", 158.70),
             ("10月20日", "公交乘车码", "农商银行借记卡(4418)", 4.00),
             ("10月17日", "国网湖南电费缴纳", "农商银行借记卡(4418)", 143.62),
             ("10月14日", "淮川药号", "农商银行借记卡(4418)", 96.50),
             ("10月08日", "集里华联超市", "农商银行借记卡(4418)", 318.00),
             ("10月03日", "云闪付 话费充值", "建设银行储蓄卡(0412)", 50.00)]
    total = _r(sum(v for *_x, v in items))
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.98), stroke=None)
    p.t(22, 22, "10:08", 11, bold=True)
    p.t(368, 22, "4G  61%", 9, align="r")
    p.t(22, 58, "〈", 14)
    p.t(195, 58, "月度账单", 14, bold=True, align="c")
    p.box(14, 80, 362, 150, fill=(0.85, 0.1, 0.18), stroke=None, radius=12)
    p.t(30, 108, "2026年10月  总支出（元）", 10, color=(1, 1, 1))
    p.t(30, 148, _m(total), 28, bold=True, color=(1, 1, 1))
    p.t(30, 176, f"共{len(items)}笔  较上月 -12.4%", 9, color=(1, 0.88, 0.88))
    p.t(30, 210, "收入 0.00    优惠已省 6.80", 9, color=(1, 0.88, 0.88))
    p.t(22, 262, "支出分类", 11, bold=True)
    cats = [("医疗健康", 332.50), ("日用超市", 476.70), ("生活缴费", 193.62), ("交通出行", 4.00)]
    for i, (n, v) in enumerate(cats):
        yy = 282 + i * 26
        p.t(22, yy + 12, n, 9)
        p.box(92, yy + 3, 220 * v / 476.70, 11, fill=(0.95, 0.45, 0.45), stroke=None, radius=5)
        p.t(368, yy + 12, _m(v), 9, align="r")
    y = 400
    p.t(22, y, "账单明细", 11, bold=True)
    y += 12
    for d, title, card, v in items:
        p.box(14, y, 362, 52, fill=(1, 1, 1), stroke=None)
        p.t(26, y + 20, title, 10)
        p.t(26, y + 38, f"{d}  {card}", 8, color=GREY)
        p.t(364, y + 26, f"-{_m(v)}", 11, bold=True, align="r")
        y += 53
    return p.pdf(), {}


SY_ITEMS = [("床位费", 440.00), ("诊查费", 176.00), ("检查费", 1286.00), ("化验费", 932.50), ("治疗费", 1104.80),
            ("护理费", 396.00), ("手术费", 2650.00), ("卫生材料费", 1873.26), ("西药费", 2415.37),
            ("中成药费", 318.60), ("其他费", 85.00)]


def zh_med_shaoyang_discharge() -> tuple[bytes, dict]:
    """邵阳市中心医院's 住院患者出院结算单 (A4): 结算单号 and 医保类别 at the top, the patient block in a ruled grid
    (住院号, 姓名, 性别, 年龄, 科室, 入院/出院日期, 住院天数), the 费用分类 in a three-pair grid closed by 费用总额, the
    settlement block (医保统筹支付, 大病保险支付, 医疗救助, 个人自付, 个人自费, 个人支付合计, 预交金, 应补/应退) and the
    住院收费专用章; 费用总额 first, 个人支付合计 accepted."""
    p = Page(A4, zh=True)
    total = _r(sum(v for _k, v in SY_ITEMS))
    fund = 7812.44
    serious = 0.00
    self_share = 1466.19  # 个人自付 (乙类先自付, 起付线, 比例自付)
    own_pay = _r(total - fund - serious - self_share)  # 个人自费
    personal = _r(self_share + own_pay)
    deposit = 3000.00
    due = _r(personal - deposit)
    p.t(p.w / 2, 46, "邵阳市中心医院", 16, bold=True, align="c")
    p.t(p.w / 2, 68, "住院患者出院结算单", 13, align="c")
    p.t(40, 92, "结算单号：JS20261023-00871", 8.5)
    p.t(p.w - 40, 92, "医保类别：城乡居民基本医疗保险（市本级）", 8.5, align="r")
    info = [["住院号", "0026417", "姓名", "隗春芳", "性别", "女"],
            ["年龄", "46岁", "科室", "骨科一病区", "床号", "17"],
            ["入院日期", "2026-10-12", "出院日期", "2026-10-23", "住院天数", "11"]]
    p.table(40, 100, [62, 110, 62, 110, 62, 109], info, rh=20, size=9, head=0, aligns=["l"] * 6)
    p.t(40, 184, "一、费用分类", 10, bold=True)
    cells = [[SY_ITEMS[i][0], _m(SY_ITEMS[i][1])] for i in range(len(SY_ITEMS))]
    cells.append(["费用总额", _m(total)])
    grid = []
    for r in range(4):
        row = []
        for c in range(3):
            k = r * 3 + c
            row += cells[k] if k < len(cells) else ["", ""]
        grid.append(row)
    p.table(40, 192, [80, 91, 80, 91, 80, 93], grid, rh=20, size=9, head=0, aligns=["l", "r"] * 3)
    p.t(40, 300, "二、结算信息", 10, bold=True)
    sett = [["医保统筹支付", _m(fund), "大病保险支付", _m(serious)],
            ["医疗救助支付", "0.00", "个人自付", _m(self_share)],
            ["个人自费", _m(own_pay), "个人支付合计", _m(personal)],
            ["预交金", _m(deposit), "应补（退）金额", _m(due)]]
    p.table(40, 308, [110, 147, 110, 148], sett, rh=22, size=9.5, head=0, aligns=["l", "r", "l", "r"])
    p.t(40, 420, f"个人支付合计（大写）：{_daxie(personal)}", 9.5)
    p.t(40, 446, "结算日期：2026-10-23 15:27        收款员：0142 贺娟        结算方式：医保联网结算", 8.5)
    p.t(40, 470, "注：1. 个人自付指政策范围内由个人按比例承担部分；个人自费指政策范围外费用。", 8, color=GREY)
    p.t(40, 484, "    2. 本结算单一式两联，第一联患者留存，第二联医院存档。", 8, color=GREY)
    p.stamp(p.w - 130, 420, 42, "邵阳市中心医院", "住院收费专用章")
    return p.pdf(), {"total": _s(total), "own": _s(personal)}


def zh_med_anyang_pharmacy_roll() -> tuple[bytes, dict]:
    """An Anyang chain pharmacy's roll receipt (58 mm): the store, 单号 and time, the 医保 line with the insured
    person's name (参保人), drugs with qty x price, 合计, 统筹/个人账户/现金, a dashed tear edge."""
    p = Page((168, 520), zh=True)
    items = [("阿莫西林胶囊 0.25g*24", 2, 12.80), ("布洛芬缓释胶囊 0.3g*20", 1, 18.50),
             ("复方甘草片 100片", 1, 9.60), ("医用外科口罩 10只", 3, 6.90)]
    total = _r(sum(n * v for _k, n, v in items))
    account = 38.00
    cash = _r(total - account)
    y = 22
    p.t(84, y, "康佑大药房连锁", 10.5, bold=True, align="c")
    y += 15
    p.t(84, y, "安阳文峰第18分店", 8, align="c")
    y += 16
    for s in ["单号：KY18-261027-0356", "时间：2026-10-27 19:42", "收银：018-02  韩露",
              "参保人：瞿丽萍", "医保类别：职工医保（异地）"]:
        p.t(10, y, s, 7.3)
        y += 12
    p.line(8, y - 4, 160, y - 4, 0.5, dash=(2, 2))
    y += 6
    for name, n, v in items:
        p.t(10, y, name, 7.3)
        y += 11
        p.t(22, y, f"{n} x {v:.2f}", 7.3)
        p.t(158, y, _m(_r(n * v)), 7.3, align="r")
        y += 13
    p.line(8, y - 4, 160, y - 4, 0.5, dash=(2, 2))
    y += 8
    p.t(10, y, "合计", 9, bold=True)
    p.t(158, y, _m(total), 9, bold=True, align="r")
    y += 14
    for k, v in (("统筹支付", 0.0), ("个人账户", account), ("现金/扫码", cash)):
        p.t(10, y, k, 7.5)
        p.t(158, y, _m(v), 7.5, align="r")
        y += 12
    p.line(8, y, 160, y, 0.5, dash=(2, 2))
    y += 14
    for s in ["药品售出后非质量问题不退换", "请妥善保管小票  谢谢惠顾", "客服：0372-59xxxx1"]:
        p.t(84, y, s, 7, align="c", color=GREY)
        y += 11
    return p.pdf(), {"total": _s(total)}


WH_ITEMS = [("西药费", 86.52), ("检查费", 120.00), ("化验费", 64.00), ("诊察费", 12.00), ("治疗费", 25.00)]


def zh_med_wuhu_einvoice_2025() -> tuple[bytes, dict]:
    """A district hospital's 医疗收费电子票据 of September 2025 (A5 landscape, brown frame): 票据代码/号码/校验码 at the
    right, 交款人 and 开票日期, items in a two-pair 项目名称 | 金额 grid, 金额合计（大写）and （小写）, 医保统筹/个人账户/
    个人现金 on the 备注 line, the hospital's seal over 收款单位; over a year before the judging day (stale)."""
    p = Page(landscape(A5), zh=True)
    brown = (0.55, 0.3, 0.12)
    total = _r(sum(v for _k, v in WH_ITEMS))
    p.t(p.w / 2, 34, "安徽省医疗收费票据（电子）", 14, bold=True, align="c", color=brown)
    p.line(200, 40, p.w - 200, 40, 0.8, color=brown)
    p.line(200, 43, p.w - 200, 43, 0.8, color=brown)
    p.t(36, 62, "票据代码：34060125", 8.5)
    p.t(36, 76, "交款人统一社会信用代码：", 8.5)
    p.t(p.w - 36, 62, "票据号码：0093187402", 8.5, align="r")
    p.t(p.w - 36, 76, "校验码：5c2e9a", 8.5, align="r")
    p.t(36, 96, "交款人：隗建国", 9.5)
    p.t(250, 96, "开票日期：2025-09-03", 9.5)
    p.t(p.w - 36, 96, "门诊号：2509030611", 8.5, align="r")
    rows = [["项目名称", "金额（元）", "项目名称", "金额（元）"]]
    for i in range(0, len(WH_ITEMS), 2):
        a = WH_ITEMS[i]
        b = WH_ITEMS[i + 1] if i + 1 < len(WH_ITEMS) else ("", None)
        rows.append([a[0], _m(a[1]), b[0], _m(b[1]) if b[1] is not None else ""])
    y = p.table(36, 106, [138, 130, 138, 129], rows, rh=20, size=9, head_fill=(0.97, 0.92, 0.86),
                aligns=["l", "r", "l", "r"], color=(0, 0, 0))
    p.box(36, y, 535, 24, stroke=brown, lw=0.6)
    p.t(42, y + 16, f"金额合计（大写）{_daxie(total)}", 9.5)
    p.t(560, y + 16, f"（小写）{_m(total)}", 9.5, align="r")
    p.t(42, y + 42, "备注：医保类型 城镇职工  医保统筹支付 0.00  个人账户支付 142.40  个人现金支付 165.12", 8.5)
    p.t(42, p.h - 40, "收款单位（章）：芜湖市弋江区人民医院", 9)
    p.t(320, p.h - 40, "复核人：王蕾", 9)
    p.t(450, p.h - 40, "收款人：1036", 9)
    p.stamp(120, p.h - 60, 34, "芜湖市弋江区人民医院", "财务专用章")
    return p.pdf(), {"total": _s(total)}


def zh_unemp_zigong_booklet() -> tuple[bytes, dict]:
    """A 就业创业证 opened on its personal page and its 失业登记 page (a landscape spread): the left leaf with 姓名, 性别,
    出生年月, 公民身份号码, 证书编号 and the issuing office with its seal; the right leaf a ruled 失业登记记录 with 登记日期,
    失业原因, 登记机构 (seal), the date handwritten in the cell."""
    p = Page((760, 520), zh=True)
    p.box(8, 8, 744, 504, fill=(0.93, 0.95, 0.9), stroke=None)
    p.line(380, 8, 380, 512, 1.2, color=(0.6, 0.6, 0.55))
    green = (0.15, 0.4, 0.25)
    p.t(194, 50, "个 人 基 本 情 况", 13, bold=True, align="c", color=green)
    info = [("姓    名", "晏淑珍"), ("性    别", "女"), ("出生年月", "1981年04月"), ("民    族", "汉"),
            ("公民身份号码", "510302198104******"), ("证书编号", "5103022026000471"),
            ("户籍地址", "自贡市自流井区五星街")]
    y = 86
    for k, v in info:
        p.t(40, y, k, 10, color=green)
        p.t(140, y, v, 10.5)
        p.line(136, y + 5, 340, y + 5, 0.5, color=green)
        y += 32
    p.box(262, 84, 76, 96, stroke=green, lw=0.6, fill=(0.98, 0.98, 0.96))
    p.t(300, 136, "照片", 9, color=GREY, align="c")
    p.t(40, 342, "发证机构：自贡市自流井区人力资源和社会保障局", 9.5)
    p.t(40, 366, "发证日期：2026年08月18日", 9.5)
    p.stamp(250, 380, 40, "自贡市自流井区人力资源和社会保障局", "")
    p.t(566, 50, "失 业 登 记 记 录", 13, bold=True, align="c", color=green)
    head = ["登记日期", "失业原因", "登记机构（盖章）"]
    xs = [400, 500, 610, 740]
    p.box(400, 70, 340, 26, fill=(0.85, 0.9, 0.82), stroke=None)
    for i, h in enumerate(head):
        p.t((xs[i] + xs[i + 1]) / 2, 88, h, 9.5, bold=True, align="c", color=green)
    for k in range(6):
        p.line(400, 70 + k * 70 if k else 70, 740, 70 + k * 70 if k else 70, 0.5, color=green)
    p.line(400, 96, 740, 96, 0.5, color=green)
    for xv in xs:
        p.line(xv, 70, xv, 420, 0.5, color=green)
    p.hand(408, 130, "2026.8.18", 12, key="zg13")
    p.hand(508, 130, "解除劳动合同", 11, key="zg13b")
    p.t(618, 122, "自流井区公共就业", 8.5)
    p.t(618, 136, "服务中心", 8.5)
    p.stamp(676, 134, 30, "自贡市自流井区公共就业服务中心", "")
    p.t(408, 450, "注：持证人失业后应在30日内到公共就业服务机构办理失业登记。", 8, color=GREY)
    p.t(740, 496, "— 4 —", 8, color=GREY, align="r")
    p.t(40, 496, "— 1 —", 8, color=GREY)
    return p.pdf(), {}


def zh_other_lishui_shutdown_notice() -> tuple[bytes, dict]:
    """Look-alike: a valve works' 关于停工停产的通知 to all staff, pinned on the notice board: the reason, the dates,
    what wages and 生活费 are paid during the stop (a percentage of the local minimum wage in figures), the company's
    seal and date; it names no person and proves nobody's income or unemployment."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 70, "丽水市莲都华盾阀门制造有限公司", 16, bold=True, align="c", color=RED)
    p.line(60, 84, p.w - 60, 84, 2, color=RED)
    p.t(p.w / 2, 120, "关于公司停工停产的通知", 15, bold=True, align="c")
    paras = [
        "全体员工：",
        "    受海外订单大幅减少及原材料价格上涨影响，公司生产经营出现严重困难。经公司研究并征求工会意见，",
        "决定自2026年10月15日起全面停工停产，预计复工时间另行通知。现将有关事项通知如下：",
        "    一、停工停产期间在一个工资支付周期（2026年10月15日至11月14日）内的，公司按劳动合同约定的",
        "标准正常支付工资。",
        "    二、超过一个工资支付周期的，公司按丽水市最低工资标准的80%（即每月1,608.00元）向未安排工作的",
        "职工发放生活费，社会保险费继续按原基数缴纳。",
        "    三、停工期间员工须保持通讯畅通，接到复工通知后三日内返岗；如需办理离职手续，请至行政人事部。",
        "    四、停工期间厂区实行封闭管理，值班人员名单另行张贴。",
        "    特此通知。",
    ]
    y = 160
    for s in paras:
        p.t(60, y, s, 10.5)
        y += 26
    p.t(p.w - 70, y + 40, "丽水市莲都华盾阀门制造有限公司", 10.5, align="r")
    p.t(p.w - 70, y + 66, "二〇二六年十月十日", 10.5, align="r")
    p.stamp(p.w - 150, y + 52, 44, "丽水市莲都华盾阀门制造有限公司", "")
    p.t(60, y + 140, "抄送：莲都区人力资源和社会保障局劳动监察大队、公司工会", 9, color=GREY)
    return p.pdf(), {}


def zh_income_huaibei_table() -> tuple[bytes, dict]:
    """A private school's 收入证明 printed as a form: a fully ruled two-column table (姓名, 身份证号, 工作单位, 部门及
    职务, 入职时间, 用工性质, 月均税前收入 with its parts, 月均税后收入 in 小写 and 大写), the school's contact and
    the 人事专用章 with the date; pre-tax first, after-tax accepted."""
    p = Page(A4, zh=True)
    basic, perf, subsidy = 4200.00, 2350.00, 910.00
    gross = _r(basic + perf + subsidy)
    net = 6482.35
    p.t(p.w / 2, 70, "收 入 证 明", 18, bold=True, align="c")
    rows = [["姓名", "瞿丽萍"], ["身份证号", "340602198709******"], ["工作单位", "淮北市相山区启航实验学校"],
            ["部门及职务", "初中部  语文教师"], ["入职时间", "2014年8月"], ["用工性质", "劳动合同（无固定期限）"],
            ["月均税前收入", f"{_m(gross)} 元（基本工资 {_m(basic)} + 绩效 {_m(perf)} + 补贴 {_m(subsidy)}）"],
            ["月均税后收入", f"{_m(net)} 元（大写：{_daxie(net)}）"],
            ["统计期间", "2026年5月至2026年10月（近六个月平均）"]]
    y = 100
    for k, v in rows:
        p.box(60, y, 120, 30, fill=(0.93, 0.93, 0.93), stroke=(0, 0, 0), lw=0.5)
        p.box(180, y, p.w - 240, 30, stroke=(0, 0, 0), lw=0.5)
        p.t(120, y + 20, k, 10, bold=True, align="c")
        p.t(188, y + 20, v, 9.5 if len(v) < 34 else 8.3)
        y += 30
    p.t(60, y + 34, "    兹证明以上情况属实。本证明仅用于本人办理相关业务，不作为担保之用。", 10.5)
    p.t(60, y + 60, "联系人：人事处 阚老师    联系电话：0561-30xxxx6", 10)
    p.t(p.w - 80, y + 120, "淮北市相山区启航实验学校（盖章）", 10.5, align="r")
    p.t(p.w - 80, y + 146, "2026年11月09日", 10.5, align="r")
    p.stamp(p.w - 170, y + 128, 44, "淮北市相山区启航实验学校", "人事专用章")
    return p.pdf(), {"monthly": _s(gross), "monthly_net": _s(net)}


# --------------------------------------------------------------------------------------------------------------------
# English documents

def en_pay_sb_cannery() -> tuple[bytes, dict]:
    """A Solomon Islands fish cannery's payslip (half an A4 sheet, landscape): an employee panel on the left (Emp No,
    Name, Section, NPF No, Bank), PAYMENTS with a header over two lines (Hours | Rate over SBD amounts), DEDUCTIONS
    beside it (SINPF 5 %, PAYE, canteen, loan), three boxes along the foot: Gross Pay, Total Deductions, Net Pay."""
    p = Page((842, 330))
    pay = [("Ordinary time", 176, 14.20), ("Overtime x1.5", 14, 21.30), ("Sunday x2.0", 8, 28.40)]
    allow = [("Shift allowance", 280.00), ("Cold room allowance", 120.00)]
    rows = [(k, h, r, _r(h * r)) for k, h, r in pay]
    gross = _r(sum(a for *_x, a in rows) + sum(v for _k, v in allow))
    npf = _r(gross * 0.05)
    ded = [("SINPF employee 5%", npf), ("PAYE", 186.40), ("Staff canteen", 64.00), ("Staff loan repayment", 150.00)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    p.box(0, 0, 842, 46, fill=NAVY, stroke=None)
    p.t(30, 28, "LUNGA POINT FISH CANNERS LIMITED", 15, bold=True, color=(1, 1, 1))
    p.t(812, 20, "P.O. Box 1187, Honiara, Solomon Islands", 8, color=(1, 1, 1), align="r")
    p.t(812, 34, "PAYSLIP  -  Pay period: 01/10/2026 to 31/10/2026", 9, bold=True, color=(1, 1, 1), align="r")
    info = [("Emp No", "LPC-04418"), ("Name", "Florence Ruth Maelasi"), ("Section", "Loining line B"),
            ("NPF No", "SB-2214573"), ("Pay date", "06/11/2026"), ("Bank", "BSP Honiara ****7730")]
    y = 72
    for k, v in info:
        p.t(30, y, k, 8, color=GREY)
        p.t(92, y, v, 9)
        y += 19
    x = 250
    p.box(x, 58, 330, 30, fill=(0.9, 0.92, 0.96), stroke=None)
    p.t(x + 6, 70, "PAYMENTS", 9, bold=True)
    p.t(x + 196, 70, "Hours", 8, bold=True, align="r")
    p.t(x + 250, 70, "Rate", 8, bold=True, align="r")
    p.t(x + 324, 70, "Amount", 8, bold=True, align="r")
    p.t(x + 250, 83, "SBD", 7.5, align="r", color=GREY)
    p.t(x + 324, 83, "SBD", 7.5, align="r", color=GREY)
    y = 104
    for k, h, r, a in rows:
        p.t(x + 6, y, k, 8.5)
        p.t(x + 196, y, f"{h:.2f}", 8.5, align="r")
        p.t(x + 250, y, f"{r:.2f}", 8.5, align="r")
        p.t(x + 324, y, _m(a), 8.5, align="r")
        y += 17
    for k, v in allow:
        p.t(x + 6, y, k, 8.5)
        p.t(x + 324, y, _m(v), 8.5, align="r")
        y += 17
    p.line(x, 58, x, 240, 0.4)
    x2 = 600
    p.box(x2, 58, 212, 30, fill=(0.9, 0.92, 0.96), stroke=None)
    p.t(x2 + 6, 77, "DEDUCTIONS", 9, bold=True)
    p.t(x2 + 206, 77, "SBD", 8, bold=True, align="r")
    y = 104
    for k, v in ded:
        p.t(x2 + 6, y, k, 8.5)
        p.t(x2 + 206, y, _m(v), 8.5, align="r")
        y += 17
    p.line(x2, 58, x2, 240, 0.4)
    for i, (k, v) in enumerate((("Gross Pay", gross), ("Total Deductions", dsum), ("NET PAY  SBD", net))):
        bx = 250 + i * 190
        p.box(bx, 252, 176, 44, stroke=NAVY, lw=1 if i < 2 else 2, fill=(0.95, 0.96, 0.99) if i == 2 else None)
        p.t(bx + 8, 268, k, 8.5, bold=i == 2)
        p.t(bx + 168, 288, _m(v), 12, bold=True, align="r")
    p.t(30, 300, "SINPF employer contribution 7.5%: " + _m(_r(gross * 0.075)), 7.5, color=GREY)
    p.t(30, 314, "Queries: payroll office, ext. 214", 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_bm_september() -> tuple[bytes, dict]:
    """A Bermuda marine firm's salary slip for September 2026 (Letter, top half used): the firm's address block, a
    two-column key/value grid of the employee's details, Earnings | This period | Year to date, the statutory
    deductions (employee payroll tax, social insurance, national pension, health insurance) with their own YTD, Net
    pay in a ruled box; a month before the one asked (stale)."""
    p = Page((612, 520))
    earn = [("Basic salary", 4875.00), ("Overtime", 412.50), ("Tool allowance", 150.00)]
    gross = _r(sum(v for _k, v in earn))
    ded = [("Payroll tax (employee)", _r(gross * 0.0925)), ("Social insurance", 44.36),
           ("National pension 5%", _r(gross * 0.05)), ("Health insurance (HIP)", 181.70)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    ytd = 9.0
    p.t(40, 44, "Flatts Inlet Marine Services Ltd.", 15, bold=True, face="Times-Bold")
    p.t(40, 60, "14 North Shore Road, Hamilton Parish CR 04, Bermuda", 8.5)
    p.t(572, 44, "SALARY SLIP", 13, bold=True, align="r")
    p.t(572, 60, "September 2026", 10, align="r")
    grid = [("Employee", "Desmond A. Trott-Furbert"), ("Employee no.", "FIM-0227"),
            ("Position", "Marine mechanic"), ("Pay date", "30 Sep 2026"), ("SSN", "***-**-4419"),
            ("Pay frequency", "Monthly")]
    for i, (k, v) in enumerate(grid):
        cx = 40 + (i % 2) * 270
        cy = 88 + (i // 2) * 16
        p.t(cx, cy, k + ":", 8.5, color=GREY)
        p.t(cx + 84, cy, v, 8.5)
    y = p.table(40, 140, [260, 116, 156], [["Earnings", "This period", "Year to date"]]
                + [[k, _m(v), _m(_r(v * ytd))] for k, v in earn] + [["Gross pay", _m(gross), _m(_r(gross * ytd))]],
                rh=16, size=8.5, aligns=["l", "r", "r"], grid=False, hlines=True, head_fill=(0.86, 0.9, 0.94))
    y = p.table(40, y + 10, [260, 116, 156], [["Deductions", "This period", "Year to date"]]
                + [[k, _m(v), _m(_r(v * ytd))] for k, v in ded] + [["Total deductions", _m(dsum), _m(_r(dsum * ytd))]],
                rh=16, size=8.5, aligns=["l", "r", "r"], grid=False, hlines=True, head_fill=(0.86, 0.9, 0.94))
    p.box(300, y + 14, 272, 30, stroke=(0, 0, 0), lw=1.2)
    p.t(310, y + 34, "Net pay (BMD)", 10.5, bold=True)
    p.t(564, y + 34, _m(net), 12, bold=True, align="r")
    p.t(40, y + 34, "Paid by direct deposit to Butterfield ****0912", 8, color=GREY)
    p.t(40, y + 70, "Employer payroll tax and pension contributions are not deducted from your pay.", 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


SL_ROWS = [  # date, particulars, cheque, withdrawal, lodgement
    ("01-Oct-26", "ATM WDL LUMLEY BR", "", 600.00, 0), ("02-Oct-26", "POS ORANGE MONEY TOPUP", "", 150.00, 0),
    ("03-Oct-26", "TRF FROM K. CONTEH", "", 0, 1200.00), ("05-Oct-26", "EDSA PREPAID ELECTRICITY", "", 220.00, 0),
    ("06-Oct-26", "CHQ PAID", "100388", 1850.00, 0), ("08-Oct-26", "POS FREETOWN SUPERMKT", "", 412.75, 0),
    ("09-Oct-26", "SMS ALERT CHARGES", "", 15.00, 0), ("10-Oct-26", "ATM WDL WILBERFORCE", "", 500.00, 0),
    ("12-Oct-26", "MOBILE TRF AFRIMONEY", "", 300.00, 0), ("14-Oct-26", "POS GUMA WATER", "", 96.00, 0),
    ("15-Oct-26", "SCH FEES ST JOSEPH SEC", "", 1500.00, 0), ("17-Oct-26", "CASH DEPOSIT", "", 0, 900.00),
    ("19-Oct-26", "ATM WDL LUMLEY BR", "", 400.00, 0), ("20-Oct-26", "POS PHARMACY", "", 185.50, 0),
    ("21-Oct-26", "TRF TO A. SESAY", "", 750.00, 0), ("23-Oct-26", "ATM WDL ABERDEEN", "", 300.00, 0),
    ("24-Oct-26", "POS FUEL STATION", "", 260.00, 0), ("26-Oct-26", "SALARY OCT26 MIN HEALTH", "", 0, 6840.00),
    ("27-Oct-26", "LOAN REPAYMENT 4471", "", 2100.00, 0), ("28-Oct-26", "ATM WDL LUMLEY BR", "", 800.00, 0),
    ("29-Oct-26", "POS SUPERMKT", "", 338.20, 0), ("30-Oct-26", "MONTHLY MAINT FEE", "", 35.00, 0),
    ("31-Oct-26", "INTEREST CREDIT", "", 0, 4.18),
]


def en_stmt_sl_two_page() -> tuple[bytes, dict]:
    """A Sierra Leone bank's two-page current account statement in new leones (NLe): the bank's head and branch,
    the customer's name and address left, an account box right (Account No, Currency, Period, Page n of 2), a table
    whose header spans two lines (Amount (NLe) over Withdrawals | Lodgements), B/F first; page 1 ends with 'Carried
    forward' and page 2 starts with 'Brought forward'; the summary (opening, total withdrawals, total lodgements,
    closing) on page 2."""
    p = Page(A4)
    opening = 6512.40
    bal = opening
    rows = []
    for d, s, chq, w, lodg in SL_ROWS:
        bal = _r(bal - w + lodg)
        rows.append([d, s, chq, _m(w) if w else "", _m(lodg) if lodg else "", _m(bal)])
    tw = _r(sum(r[3] for r in SL_ROWS))
    tl = _r(sum(r[4] for r in SL_ROWS))
    split = 15
    W = [62, 190, 56, 74, 74, 72]
    x0, rh = 36, 18

    def head(page_no):
        p.t(x0, 46, "LUMLEY TRUST BANK (SL) LIMITED", 14, bold=True, color=(0.45, 0.1, 0.1))
        p.t(x0, 60, "Wilkinson Road Branch, Freetown  |  Tel +232 76 000 xxx", 8, color=GREY)
        p.t(x0, 92, "MRS FATMATA ISATU CONTEH", 9, bold=True)
        p.t(x0, 104, "12B Bathurst Street", 8.5)
        p.t(x0, 116, "Freetown, Western Area Urban", 8.5)
        p.box(340, 78, 219, 62, stroke=(0, 0, 0), lw=0.5)
        for i, (k, v) in enumerate((("Account No", "0104 2287 6651 01"), ("Currency", "NLe  (Current)"),
                                    ("Period", "01/10/2026 - 31/10/2026"), ("Page", f"{page_no} of 2"))):
            p.t(348, 92 + i * 13, k, 8, color=GREY)
            p.t(420, 92 + i * 13, v, 8.5)
        p.t(p.w / 2, 164, "STATEMENT OF ACCOUNT", 11, bold=True, align="c")

    def header(y):
        xs = [x0]
        for w in W:
            xs.append(xs[-1] + w)
        p.box(x0, y, sum(W), 2 * rh, fill=(0.93, 0.88, 0.88), stroke=None)
        for i, n in enumerate(["Date", "Particulars", "Chq No", None, None, "Balance"]):
            if n:
                p.t(xs[i] + 4, y + rh + 4, n, 8.5, bold=True)
        p.t((xs[3] + xs[5]) / 2, y + 13, "Amount (NLe)", 8.5, bold=True, align="c")
        p.t(xs[4] - 4, y + rh + 13, "Withdrawals", 8, align="r")
        p.t(xs[5] - 4, y + rh + 13, "Lodgements", 8, align="r")
        p.line(xs[3] + 6, y + rh, xs[5] - 6, y + rh, 0.4)
        p.line(x0, y + 2 * rh, xs[-1], y + 2 * rh, 0.6)
        return xs, y + 2 * rh

    def body(xs, y, rs):
        for r in rs:
            for i, cell in enumerate(r):
                if cell:
                    if i >= 3:
                        p.t(xs[i + 1] - 4, y + 13, cell, 8, align="r")
                    else:
                        p.t(xs[i] + 4, y + 13, cell, 8)
            y += rh
        return y

    head(1)
    xs, y = header(176)
    y = body(xs, y, [["01-Oct-26", "BALANCE B/F", "", "", "", _m(opening)]] + rows[:split])
    cf = _m(_r(opening - sum(r[3] for r in SL_ROWS[:split]) + sum(r[4] for r in SL_ROWS[:split])))
    p.line(x0, y, xs[-1], y, 0.4)
    y = body(xs, y, [["", "Carried forward", "", "", "", cf]])
    p.t(x0, p.h - 30, "Please examine this statement and report any discrepancy within 30 days.", 7.5, color=GREY)
    p.c.showPage()
    head(2)
    xs, y = header(176)
    y = body(xs, y, [["", "Brought forward", "", "", "", cf]] + rows[split:])
    p.line(x0, y, xs[-1], y, 0.6)
    y += 20
    p.t(x0, y, "SUMMARY", 9, bold=True)
    summ = [("Opening balance", opening), ("Total withdrawals", tw), ("Total lodgements", tl), ("Closing balance", bal)]
    for i, (k, v) in enumerate(summ):
        p.t(x0 + 10, y + 18 + i * 15, k, 8.5, bold=i == 3)
        p.t(x0 + 220, y + 18 + i * 15, _m(v), 8.5, bold=i == 3, align="r")
    p.t(x0, p.h - 30, "Lumley Trust Bank (SL) Limited is regulated by the Bank of Sierra Leone.", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(bal)}


TO_ROWS = [  # date, particulars, withdrawal, deposit, teller
    ("28-09-26", "BALANCE FWD", None, None, ""), ("30-09-26", "REMIT WESTERN UNION", 0, 850.00, "T04"),
    ("03-10-26", "CASH WDL", 300.00, 0, "T02"), ("09-10-26", "SALARY GBV", 0, 2412.60, "SYS"),
    ("12-10-26", "CASH WDL", 600.00, 0, "T01"), ("16-10-26", "TRF TO LOAN A/C", 450.00, 0, "T02"),
    ("22-10-26", "CHURCH PLEDGE CHQ 0117", 200.00, 0, "CLR"), ("27-10-26", "CASH WDL", 500.00, 0, "T04"),
    ("31-10-26", "INTEREST", 0, 3.27, "SYS"), ("02-11-26", "CASH DEP", 0, 250.00, "T01"),
]


def en_stmt_to_passbook() -> tuple[bytes, dict]:
    """A Tongan savings bank's passbook page as the passbook printer fills it: a printed line at the top with the
    account number and holder, pre-printed column heads DATE | PARTICULARS | WITHDRAWAL | DEPOSIT | BALANCE | TLR,
    rows in a monospace face with dd-mm-yy dates, a BALANCE FWD line first; the page's period its first and last
    row (28 Sep to 2 Nov)."""
    p = Page((430, 300))
    p.box(0, 0, 430, 300, fill=(0.96, 0.95, 0.88), stroke=None)
    p.t(215, 22, "NUKU'ALOFA COMMUNITY SAVINGS BANK", 10, bold=True, align="c", color=(0.2, 0.35, 0.55))
    p.t(20, 42, "A/C 2100-457736   SIONE TAUFA TUPOU           PAGE 07", 8.5, face="Courier-Bold")
    heads = [("DATE", 20), ("PARTICULARS", 78), ("WITHDRAWAL", 240), ("DEPOSIT", 302), ("BALANCE", 362), ("TLR", 408)]
    p.box(14, 50, 402, 16, fill=(0.82, 0.88, 0.94), stroke=None)
    for n, x in heads:
        p.t(x, 61, n, 7, bold=True, color=(0.2, 0.35, 0.55), align="l" if n in ("DATE", "PARTICULARS", "TLR")
            else "r")
    bal = 1186.45
    y = 82
    for d, s, w, dep, t in TO_ROWS:
        if w is not None:
            bal = _r(bal - w + dep)
        p.t(20, y, d, 7.6, face="Courier")
        p.t(78, y, s, 7.6, face="Courier")
        if w:
            p.t(240, y, _m(w), 7.6, face="Courier", align="r")
        if dep:
            p.t(302, y, _m(dep), 7.6, face="Courier", align="r")
        p.t(362, y, _m(bal), 7.6, face="Courier", align="r")
        p.t(408, y, t, 7.6, face="Courier")
        p.line(14, y + 6, 416, y + 6, 0.3, color=(0.7, 0.78, 0.86))
        y += 19
    for k in range(4):
        p.line(14, y + 6 + k * 19, 416, y + 6 + k * 19, 0.3, color=(0.7, 0.78, 0.86))
    p.t(215, 292, "Keep this passbook safe. Report loss immediately to your branch.", 6.5, color=GREY, align="c")
    return p.pdf(), {"closing": _s(bal)}


CK_ROWS = [  # date, title, signed amount (newest first)
    ("31 Oct", "Interest", 1.12), ("30 Oct", "EFTPOS CITY FOODS AVARUA", -86.40),
    ("28 Oct", "TE APONGA UIRA POWER", -142.75), ("24 Oct", "PAY COOK IS MINISTRY EDUC", 2318.44),
    ("21 Oct", "EFTPOS CORE PHARMACY", -37.90), ("17 Oct", "TFR TO SAVINGS", -400.00),
    ("13 Oct", "ATM AVARUA WHARF", -200.00), ("09 Oct", "BLUESKY TOPUP", -30.00),
    ("06 Oct", "EFTPOS CITY FOODS AVARUA", -118.25), ("02 Oct", "RENT MURI UNIT 3", -650.00),
]


def en_stmt_ck_app() -> tuple[bytes, dict]:
    """A Cook Islands bank's app statement screen: the account's nickname and masked number (no holder's name on the
    screen), a 'Statement period 1 Oct 2026 - 31 Oct 2026' line, Opening / Closing balance tiles, transactions newest
    first with signed NZ$ amounts and the running balance under each."""
    p = Page((390, 844))
    closing = 2462.07
    bal = closing
    after = []
    for _d, _t, a in CK_ROWS:
        after.append(bal)
        bal = _r(bal - a)
    opening = bal
    green = (0.05, 0.45, 0.35)
    p.box(0, 0, 390, 844, fill=(0.97, 0.98, 0.97), stroke=None)
    p.t(20, 22, "9:12", 11, bold=True)
    p.t(370, 22, "LTE 54%", 9, align="r")
    p.t(20, 56, "<  Accounts", 11, color=green)
    p.t(20, 90, "Everyday Access", 18, bold=True)
    p.t(20, 110, "Takitumu Savings & Loans  \u2022  \u2022\u2022\u2022\u2022 5521", 9.5, color=GREY)
    p.box(20, 124, 350, 30, fill=(0.9, 0.95, 0.92), stroke=None, radius=8)
    p.t(195, 143, "Statement period 1 Oct 2026 - 31 Oct 2026", 9.5, color=green, align="c")
    for i, (k, v) in enumerate((("Opening balance", opening), ("Closing balance", closing))):
        x = 20 + i * 180
        p.box(x, 166, 170, 62, fill=(1, 1, 1), stroke=(0.85, 0.88, 0.86), radius=8)
        p.t(x + 12, 188, k, 9, color=GREY)
        p.t(x + 12, 214, f"NZ${_m(v)}", 15, bold=True)
    y = 250
    for (d, t, a), b in zip(CK_ROWS, after, strict=True):
        p.t(20, y + 16, d, 8.5, color=GREY)
        p.t(72, y + 16, t, 9.5)
        p.t(370, y + 16, ("+" if a > 0 else "-") + f"${_m(abs(a))}", 10, bold=True, align="r",
            color=green if a > 0 else (0.1, 0.1, 0.1))
        p.t(370, y + 32, f"Bal ${_m(b)}", 8, color=GREY, align="r")
        p.line(20, y + 42, 370, y + 42, 0.3, color=(0.85, 0.85, 0.85))
        y += 46
    p.t(195, y + 24, "Download PDF statement", 10, color=green, align="c")
    p.box(0, 790, 390, 54, fill=(1, 1, 1), stroke=None)
    for i, s in enumerate(["Home", "Pay", "Cards", "More"]):
        p.t(49 + i * 97, 820, s, 9, color=green if i == 0 else GREY, align="c")
    return p.pdf(), {"closing": _s(closing)}


def en_other_lr_mobile_money() -> tuple[bytes, dict]:
    """Look-alike: a Liberian mobile-money operator's wallet statement (a PDF sent by e-mail): the wallet number and
    the subscriber, a period, Cash In / Cash Out / Merchant Payment / Airtime rows with fees and the wallet balance;
    an e-money wallet's history, not a bank statement."""
    p = Page(A4)
    rows = [("01/10/2026 08:14", "CASH IN", "Agent 0770-55xxxx Red Light", 4500.00, 0, 0.0),
            ("03/10/2026 17:40", "MERCHANT PAY", "Sinkor Food Mart", -1265.00, 0, 0.0),
            ("07/10/2026 12:02", "P2P SEND", "0886-12xxxx J. Kollie", -2000.00, 35.00, 0.0),
            ("11/10/2026 09:55", "AIRTIME", "Self", -250.00, 0, 0.0),
            ("15/10/2026 14:20", "CASH IN", "Agent 0770-41xxxx Paynesville", 8000.00, 0, 0.0),
            ("19/10/2026 19:03", "CASH OUT", "Agent 0770-41xxxx Paynesville", -3000.00, 60.00, 0.0),
            ("24/10/2026 10:11", "BILL PAY", "LEC Prepaid", -1500.00, 0, 0.0),
            ("29/10/2026 16:47", "P2P RECEIVE", "0777-30xxxx M. Dolo", 1200.00, 0, 0.0)]
    bal = 2310.50
    out = []
    for d, k, cp, a, fee, _z in rows:
        bal = _r(bal + a - fee)
        out.append([d, k, cp, ("+" if a > 0 else "-") + _m(abs(a)), _m(fee) if fee else "-", _m(bal)])
    p.box(0, 0, p.w, 70, fill=(0.98, 0.78, 0.1), stroke=None)
    p.t(36, 40, "KwaPay Mobile Money", 18, bold=True)
    p.t(p.w - 36, 40, "WALLET STATEMENT", 11, bold=True, align="r")
    p.t(36, 98, "Subscriber: Comfort Y. Wleh", 9.5)
    p.t(36, 114, "Wallet: 0777 318 604 (Tier 2)", 9.5)
    p.t(p.w - 36, 98, "Period: 01/10/2026 - 31/10/2026", 9.5, align="r")
    p.t(p.w - 36, 114, "Currency: LRD", 9.5, align="r")
    p.table(36, 134, [92, 82, 160, 72, 44, 73], [["Date/Time", "Type", "Details", "Amount", "Fee", "Wallet bal."]]
            + out, rh=18, size=7.8, aligns=["l", "l", "l", "r", "r", "r"], grid=False, hlines=True,
            head_fill=(0.98, 0.9, 0.6))
    p.t(36, 320, "KwaPay is an e-money issuer licensed by the Central Bank of Liberia. E-money is not a bank deposit.",
        8, color=GREY)
    p.t(36, 334, "Dial *144# to check your balance. Fees include GST where applicable.", 8, color=GREY)
    return p.pdf(), {}


DM_ITEMS = [  # date, code, description, qty, unit
    ("19/10/26", "ADM01", "Admission & registration", 1, 150.00), ("19/10/26", "ER02", "Emergency physician review", 1, 220.00),
    ("19/10/26", "LAB11", "Full blood count", 2, 45.00), ("19/10/26", "LAB27", "Blood culture", 1, 160.00),
    ("19/10/26", "RAD04", "Chest X-ray (2 views)", 1, 185.00), ("20/10/26", "WRD03", "Semi-private room (per day)", 4, 380.00),
    ("20/10/26", "NUR01", "Nursing care (per day)", 4, 120.00), ("20/10/26", "PHA10", "Ceftriaxone 1g IV", 8, 32.50),
    ("21/10/26", "PHA22", "Paracetamol 1g IV", 6, 14.75), ("21/10/26", "CON05", "Specialist consultation", 2, 250.00),
    ("22/10/26", "LAB30", "Renal profile", 1, 95.00), ("22/10/26", "PHA31", "IV fluids (Normal saline 1L)", 6, 18.40),
    ("23/10/26", "SUP02", "Cannula & giving set", 2, 27.60), ("23/10/26", "PHA40", "Discharge medication", 1, 86.30),
]


def en_med_dm_two_page_bill() -> tuple[bytes, dict]:
    """A Dominica private hospital's two-page FINAL BILL in EC$: the patient and admission block on both pages, page
    1 the itemised charges Date | Code | Description | Qty | Unit (EC$) | Amount (EC$) with a page subtotal, page 2 the
    summary: total charges, less the insurer's payment, patient's portion, less the deposit, balance due; the bill
    date at discharge; total charges first, the patient's portion accepted."""
    p = Page(A4)
    lines = [(d, c, s, q, u, _r(q * u)) for d, c, s, q, u in DM_ITEMS]
    total = _r(sum(r[5] for r in lines))
    insurer = _r(total * 0.8)
    portion = _r(total - insurer)
    deposit = 500.00
    due = _r(portion - deposit)

    def head(n):
        p.t(36, 46, "MORNE BRUCE PRIVATE HOSPITAL", 14, bold=True, color=(0.1, 0.35, 0.3))
        p.t(36, 60, "Morne Bruce Road, Roseau, Commonwealth of Dominica", 8, color=GREY)
        p.t(p.w - 36, 46, "FINAL BILL", 13, bold=True, align="r")
        p.t(p.w - 36, 60, f"Page {n} of 2", 8.5, align="r")
        grid = [("Patient", "Mr Curtis Anselm Lockhart"), ("Patient No", "MB-0061842"),
                ("Admitted", "19 Oct 2026 22:40"), ("Discharged", "23 Oct 2026 11:05"),
                ("Bill No", "FB-26-10-0394"), ("Bill date", "23 Oct 2026"),
                ("Insurer", "Nature Isle Mutual Health (80%)"), ("Policy", "NIM-448120")]
        for i, (k, v) in enumerate(grid):
            x = 36 + (i % 2) * 270
            y = 86 + (i // 2) * 14
            p.t(x, y, k, 8, color=GREY)
            p.t(x + 70, y, v, 8.5)

    head(1)
    y = p.table(36, 150, [52, 46, 210, 30, 85, 100],
                [["Date", "Code", "Description", "Qty", "Unit (EC$)", "Amount (EC$)"]]
                + [[d, c, s, str(q), _m(u), _m(a)] for d, c, s, q, u, a in lines],
                rh=17, size=8, aligns=["l", "l", "l", "r", "r", "r"], head_fill=(0.85, 0.92, 0.9), grid=False,
                hlines=True)
    p.t(p.w - 36, y + 16, f"Charges this page   EC$ {_m(total)}", 9, bold=True, align="r")
    p.t(p.w / 2, p.h - 30, "continued overleaf", 8, color=GREY, align="c")
    p.c.showPage()
    head(2)
    p.t(36, 160, "SUMMARY OF ACCOUNT", 11, bold=True)
    rows = [("Total charges", total), ("Less: Nature Isle Mutual Health (80%)", -insurer),
            ("Patient's portion", portion), ("Less: deposit received 19 Oct 2026", -deposit), ("BALANCE DUE", due)]
    y = 180
    for k, v in rows:
        bold = k in ("Total charges", "BALANCE DUE", "Patient's portion")
        p.t(48, y, k, 9.5, bold=bold)
        p.t(400, y, ("(" + _m(-v) + ")") if v < 0 else _m(v), 9.5, bold=bold, align="r")
        p.line(44, y + 6, 404, y + 6, 0.3, color=GREY)
        y += 22
    p.t(36, y + 20, "Payment: cash, card or cheque at the cashier, or bank transfer quoting the bill number.", 8.5)
    p.t(36, y + 34, "Balances unpaid after 30 days may be referred for collection.", 8.5, color=GREY)
    _seal_rect(p, p.w - 200, y + 60, 150, 54, ["MORNE BRUCE PRIVATE HOSPITAL", "ACCOUNTS", "23 OCT 2026"],
               color=(0.15, 0.25, 0.6))
    return p.pdf(), {"total": _s(total), "own": _s(portion)}


def en_med_ki_dental_2025() -> tuple[bytes, dict]:
    """A Kiribati dental clinic's receipt on a small pre-printed form (A6 landscape): the clinic's head, a receipt
    number in red, date dd/mm/yyyy, Patient, Treatment lines with AUD amounts, TOTAL PAID, the cashier's initials;
    June 2025 (stale)."""
    p = Page((420, 298))
    items = [("Examination & consultation", 40.00), ("Scale and clean", 65.00), ("Amalgam filling x2", 110.00),
             ("Periapical X-ray", 25.00)]
    total = _r(sum(v for _k, v in items))
    p.t(20, 30, "BETIO FAMILY DENTAL CLINIC", 12.5, bold=True)
    p.t(20, 44, "Betio, South Tarawa, Republic of Kiribati  -  Ph 7502xxxx", 7.5, color=GREY)
    p.t(400, 30, "RECEIPT", 11, bold=True, align="r")
    p.t(400, 46, "No. 004917", 10, bold=True, color=RED, align="r")
    p.t(20, 74, "Date:", 9)
    p.t(60, 74, "14/06/2025", 9.5)
    p.t(20, 92, "Patient:", 9)
    p.t(70, 92, "Teretia Kaiteie Bauro", 9.5)
    p.line(68, 96, 400, 96, 0.4, dash=(1, 2))
    y = 118
    p.t(20, y, "Treatment", 8.5, bold=True)
    p.t(400, y, "AUD", 8.5, bold=True, align="r")
    p.line(20, y + 5, 400, y + 5, 0.5)
    y += 20
    for k, v in items:
        p.t(24, y, k, 9)
        p.t(400, y, _m(v), 9, align="r")
        y += 16
    p.line(20, y - 8, 400, y - 8, 0.5)
    p.t(24, y + 8, "TOTAL PAID", 10, bold=True)
    p.box(320, y - 4, 80, 18, stroke=(0, 0, 0), lw=0.8)
    p.t(396, y + 9, _m(total), 10, bold=True, align="r")
    p.t(20, 280, "Cash / EFTPOS   Cashier: T.K.", 8)
    p.t(400, 280, "Thank you - Ko rabwa", 8, color=GREY, align="r")
    return p.pdf(), {"total": _s(total)}


def en_unemp_gg_benefit_decision() -> tuple[bytes, dict]:
    """A Guernsey government office's unemployment benefit decision letter: the office's head and address block at
    the right, the claimant's address left, Date / Our ref / SI number, 'Unemployment Benefit - decision on your
    claim' with the award in a ruled box (from date, weekly rate, days payable), the conditions in numbered prose, the
    officer's name; the letter's date first, the award's first day accepted."""
    p = Page(A4)
    p.t(p.w - 40, 50, "States of Guernsey", 13, bold=True, face="Times-Bold", align="r")
    for i, s in enumerate(["Employment & Social Security", "Contributions and Benefits Section", "PO Box 43",
                           "St Peter Port, Guernsey GY1 3FH"]):
        p.t(p.w - 40, 66 + i * 12, s, 8.5, align="r")
    for i, s in enumerate(["Mr Declan P. Le Tissier-Ogier", "Flat 2, Les Rocquettes", "Rue des Monts",
                           "St Sampson, GY2 4LJ"]):
        p.t(60, 140 + i * 13, s, 10)
    for i, (k, v) in enumerate((("Date", "9 October 2026"), ("Our ref", "UB/26/08813"),
                                ("Social security no.", "GY 47 88 21 C"))):
        p.t(360, 140 + i * 14, k, 9, color=GREY)
        p.t(460, 140 + i * 14, v, 9.5)
    p.t(60, 230, "Dear Mr Le Tissier-Ogier", 10.5)
    p.t(60, 256, "Unemployment Benefit - decision on your claim", 12, bold=True)
    paras = ["Thank you for your claim for Unemployment Benefit received on 29 September 2026. I have decided",
             "that you are entitled to benefit as set out below.",]
    y = 280
    for s in paras:
        p.t(60, y, s, 10)
        y += 15
    p.box(60, y + 10, 475, 86, fill=(0.94, 0.94, 0.94), stroke=(0, 0, 0), lw=0.6)
    for i, (k, v) in enumerate((("Benefit payable from", "Monday 28 September 2026"), ("Weekly rate", "£196.14"),
                                ("Days of benefit available", "156 days (26 weeks)"),
                                ("Paid", "weekly in arrears to your bank account ending 3307"))):
        p.t(72, y + 30 + i * 18, k, 9.5, color=(0.2, 0.2, 0.2))
        p.t(250, y + 30 + i * 18, v, 9.5, bold=i < 2)
    y += 120
    conds = ["1. You must be available for and actively seeking work and attend the Job Centre when asked.",
             "2. Tell us straight away if you start work, go abroad, or your circumstances change.",
             "3. If you disagree with this decision you may appeal in writing within 28 days."]
    for s in conds:
        p.t(60, y, s, 9.5)
        y += 16
    p.t(60, y + 24, "Yours sincerely", 10)
    p.hand(60, y + 56, "H. Mauger", 15, key="gg13")
    p.t(60, y + 74, "Hannah Mauger, Benefits Officer", 9.5)
    p.t(p.w / 2, p.h - 30, "UB5D (2026)", 7, color=GREY, align="c")
    return p.pdf(), {}


def en_unemp_bh_end_of_service() -> tuple[bytes, dict]:
    """A Bahraini aluminium extruder's END OF SERVICE letter on letterhead: the CR number, Ref and date, the
    employee's CPR number, nationality and post, the contract's end by redundancy with the last working day, the
    indemnity and leave pay in BHD in a small ruled table, the HR manager's signature and a rectangular stamp; the
    letter's date first, the last working day accepted."""
    p = Page(A4)
    p.box(0, 0, p.w, 8, fill=(0.55, 0.55, 0.6), stroke=None)
    p.t(40, 46, "SITRA ALUMINIUM EXTRUSIONS W.L.L.", 15, bold=True, color=(0.3, 0.3, 0.4))
    p.t(40, 62, "Building 1207, Road 5121, Sitra Industrial Area, Kingdom of Bahrain  |  C.R. No. 58813-1", 8,
        color=GREY)
    p.line(40, 72, p.w - 40, 72, 0.8, color=(0.3, 0.3, 0.4))
    p.t(40, 100, "Ref: SAE/HR/EOS/2026/117", 9.5)
    p.t(p.w - 40, 100, "Date: 18 October 2026", 9.5, align="r")
    p.t(p.w / 2, 140, "END OF SERVICE LETTER", 13, bold=True, align="c")
    paras = ["This is to confirm that Mr. Rajeev Kumar Pillai-Menon, holder of CPR No. 8204xxxxx, Indian",
             "national, was employed by Sitra Aluminium Extrusions W.L.L. as Die Shop Technician from",
             "2 March 2019.",
             "",
             "Following the closure of the anodising line, his employment was terminated by reason of",
             "redundancy in accordance with the Labour Law for the Private Sector. His last working day",
             "was 15 October 2026, after one month's notice served in full.",
             "",
             "His final settlement has been paid to his bank account as follows:"]
    y = 176
    for s in paras:
        p.t(60, y, s, 10)
        y += 16
    rows = [["Item", "BHD"], ["Salary 1-15 October 2026", "245.000"], ["Leave encashment (11 days)", "179.667"],
            ["End of service indemnity", "1,548.750"], ["Total paid", "1,973.417"]]
    y = p.table(60, y + 4, [300, 120], rows, rh=18, size=9.5, aligns=["l", "r"])
    p.t(60, y + 30, "He leaves with no obligations to the company. We wish him success in his future career.", 10)
    p.t(60, y + 70, "For Sitra Aluminium Extrusions W.L.L.", 10)
    p.hand(60, y + 100, "N. Al-Mahmood", 15, key="bh13", color=(0.1, 0.1, 0.3))
    p.t(60, y + 118, "Noor Al-Mahmood, HR Manager", 9.5)
    _seal_rect(p, 340, y + 76, 180, 52, ["SITRA ALUMINIUM EXTRUSIONS", "W.L.L.  -  HR DEPT."],
               color=(0.2, 0.25, 0.6))
    return p.pdf(), {}


def en_income_tc_verification() -> tuple[bytes, dict]:
    """A Turks and Caicos villa management company's EMPLOYMENT AND INCOME VERIFICATION letter: the date, the
    addressee line, the employee's post and start date in prose, then a ruled table of the monthly figures in US$
    (basic salary, average service charge, total average monthly income), the pay frequency, the signatory and the
    company's stamp; the total first, the basic salary accepted."""
    p = Page(A4)
    basic, service = 3150.00, 426.50
    total = _r(basic + service)
    p.t(p.w / 2, 54, "GRACE BAY VILLA MANAGEMENT LTD.", 15, bold=True, align="c", face="Times-Bold")
    p.t(p.w / 2, 70, "Leeward Highway, Providenciales, Turks and Caicos Islands  -  accounts@gbvm.example", 8,
        align="c", color=GREY)
    p.line(60, 80, p.w - 60, 80, 0.6)
    p.t(60, 112, "6 November 2026", 10)
    p.t(60, 140, "To Whom It May Concern", 10)
    p.t(60, 172, "EMPLOYMENT AND INCOME VERIFICATION", 12, bold=True)
    paras = ["We confirm that Ms. Kerline Annette Forbes-Gardiner has been employed by Grace Bay Villa",
             "Management Ltd. since 14 January 2021, currently as Housekeeping Supervisor on a permanent,",
             "full-time basis. Her monthly income over the last six months is as follows:"]
    y = 198
    for s in paras:
        p.t(60, y, s, 10)
        y += 16
    rows = [["", "US$ per month"], ["Basic salary", _m(basic)], ["Average service charge (May-Oct 2026)", _m(service)],
            ["Total average monthly income", _m(total)]]
    y = p.table(60, y + 6, [300, 140], rows, rh=20, size=9.5, aligns=["l", "r"], head_fill=(0.92, 0.92, 0.92))
    p.t(60, y + 28, "Salary is paid monthly by direct deposit. This letter is issued at the employee's request.", 10)
    p.t(60, y + 70, "Sincerely,", 10)
    p.hand(60, y + 104, "Marcia Stubbs", 15, key="tc13")
    p.t(60, y + 122, "Marcia Stubbs, Office Manager", 9.5)
    _seal_rect(p, 330, y + 80, 190, 50, ["GRACE BAY VILLA MANAGEMENT LTD", "PROVIDENCIALES TCI"], color=BLUE_INK)
    return p.pdf(), {"monthly": _s(total)}


def en_other_gm_phone_bill() -> tuple[bytes, dict]:
    """Look-alike: a Gambian telecom's postpaid bill: account number, billing period, previous balance, payment
    received, current charges (plan, out-of-bundle calls, data, VAT), total amount due and due date, a tear-off
    payment slip; a phone bill, not a bank statement and not a medical bill."""
    p = Page(A4)
    prev, paid = 1450.00, -1450.00
    charges = [("Talk & Data 25 plan", 1100.00), ("Calls outside bundle", 186.00), ("Extra data 2 GB", 150.00)]
    sub = _r(sum(v for _k, v in charges))
    vat = _r(sub * 0.15)
    due = _r(prev + paid + sub + vat)
    p.box(0, 0, p.w, 60, fill=(0.0, 0.5, 0.25), stroke=None)
    p.t(36, 38, "KOMBO TELECOM", 18, bold=True, color=(1, 1, 1))
    p.t(p.w - 36, 38, "POSTPAID BILL", 12, bold=True, color=(1, 1, 1), align="r")
    p.t(36, 90, "Lamin K. Ceesay", 10, bold=True)
    p.t(36, 104, "Kairaba Avenue, Serrekunda", 9)
    for i, (k, v) in enumerate((("Account no", "KT-2203-77194"), ("Mobile", "+220 7 41 xx 62"),
                                ("Bill date", "03/11/2026"), ("Billing period", "01/10/2026 - 31/10/2026"),
                                ("Due date", "20/11/2026"))):
        p.t(340, 90 + i * 14, k, 8.5, color=GREY)
        p.t(430, 90 + i * 14, v, 9)
    rows = [["Account summary", "GMD"], ["Previous balance", _m(prev)], ["Payment received 12/10/2026", _m(paid)]] \
        + [[k, _m(v)] for k, v in charges] + [["VAT 15%", _m(vat)], ["TOTAL AMOUNT DUE", _m(due)]]
    p.table(36, 180, [380, 143], rows, rh=19, size=9.5, aligns=["l", "r"], head_fill=(0.85, 0.94, 0.88),
            grid=False, hlines=True)
    p.line(20, 520, p.w - 20, 520, 0.6, dash=(4, 3))
    p.t(36, 544, "PAYMENT SLIP - return with your payment", 9, bold=True)
    p.t(36, 562, "Account no KT-2203-77194      Amount due GMD " + _m(due) + "      Amount paid ____________", 9)
    return p.pdf(), {}


def en_other_sh_rent_ledger() -> tuple[bytes, dict]:
    """Look-alike: a St Helena housing landlord's tenancy rent ledger for a tenant: property, tenancy start, weekly
    rent, Date | Description | Charges | Receipts | Balance rows over October with an arrears balance; a rent
    account, not a bank statement."""
    p = Page(A4)
    rows = [("01/10/2026", "Balance brought forward", None, None), ("05/10/2026", "Rent w/c 05/10", 62.50, 0),
            ("07/10/2026", "Payment - cash office", 0, 125.00), ("12/10/2026", "Rent w/c 12/10", 62.50, 0),
            ("19/10/2026", "Rent w/c 19/10", 62.50, 0), ("21/10/2026", "Payment - standing order", 0, 62.50),
            ("26/10/2026", "Rent w/c 26/10", 62.50, 0), ("28/10/2026", "Repair recharge (window)", 18.00, 0)]
    bal = 93.75
    out = []
    for d, s, c, r in rows:
        if c is not None:
            bal = _r(bal + c - r)
        out.append([d, s, _m(c) if c else "", _m(r) if r else "", _m(bal)])
    p.t(36, 50, "Jamestown Housing Trust", 15, bold=True)
    p.t(36, 66, "Market Street, Jamestown, St Helena STHL 1ZZ", 8.5, color=GREY)
    p.t(p.w - 36, 50, "TENANT RENT LEDGER", 12, bold=True, align="r")
    for i, (k, v) in enumerate((("Tenant", "Mrs Gloria May Thomas"), ("Property", "4 Cow Path, Half Tree Hollow"),
                                ("Tenancy start", "01/03/2019"), ("Weekly rent", "£62.50"),
                                ("Ledger period", "01/10/2026 - 31/10/2026"))):
        p.t(36, 100 + i * 14, k, 9, color=GREY)
        p.t(130, 100 + i * 14, v, 9.5)
    p.table(36, 184, [80, 215, 76, 76, 76], [["Date", "Description", "Charges £", "Receipts £", "Balance £"]] + out,
            rh=18, size=8.8, aligns=["l", "l", "r", "r", "r"])
    p.t(36, 370, f"Arrears at 31/10/2026: £{_m(bal)}. Please contact the housing office to agree a repayment plan.",
        9.5)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: each document's labels (the values its drawing prints), forms and layout note

DOCS: dict[str, dict] = {
    "zh-pay-zhuzhou-hr-vertical-list": dict(
        draw=zh_pay_zhuzhou_hr_vertical, type="payslip", lang="zh",
        fields={"employer": "株洲恒轨轨道交通配件有限公司", "employee": "隗春芳", "period": "2026-10",
                "gross_pay": "6080.10", "net_pay": "4915.42"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=-1.3, persp=0.06, blur=1.0, quality=68, shadow=0.3,
                                         hand="right")},
        note="an HR system's 员工工资明细 on A5: the company and 工资期间 in the head, then one vertical key | value list "
             "in shaded sections 基本信息 / 收入项 / 扣款项, 应发合计 and 扣款合计 closing their sections, 实发合计 on a "
             "boxed row, the print time and page count at the foot"),
    "zh-pay-dongying-oilfield-september": dict(
        draw=zh_pay_dongying_september, type="payslip", lang="zh",
        fields={"employer": "东营华垦石油技术服务有限公司", "employee": "邴立伟", "period": "2026-09",
                "gross_pay": "6617.40", "net_pay": "4985.38"},
        forms={"photo": dict(desk="wood", angle=1.8, persp=0.06, blur=1.05, quality=64, falloff=0.45, crumple=0.5)},
        note="an oilfield-services company's 工资通知单 for 2026年09月 on a landscape half sheet: 姓名, 队别, 出勤/野外天数 "
             "on one line, two stacked grids with each item's name over its figure (收入 closed by 应发小计, 扣除 by "
             "扣除小计), 实发金额 in a double box; a month before the one asked (stale)"),
    "zh-pay-yichang-courier-by-number": dict(
        draw=zh_pay_yichang_courier, type="payslip", lang="zh",
        fields={"employer": "宜昌速邦快递夷陵网点", "period": "2026-10", "gross_pay": "3450.10", "net_pay": "3006.20"},
        absent=["employee"],
        forms={"scan": {}, "photo": dict(desk="dark", angle=-3.0, persp=0.07, blur=1.0, quality=66, exposure=0.9,
                                         falloff=0.4)},
        note="a courier depot's 快递员月度提成核算单 (A5 landscape): the courier known by 工号 and 片区 only (no name: "
             "absent), a table whose header spans two lines (计件 over 票数 | 单价), piece items and bonuses, 应发合计, "
             "deductions as negative figures, 扣款合计, 实发金额 boxed, the station master's pen signature"),
    "zh-stmt-liuyang-rcb-two-page": dict(
        draw=zh_stmt_liuyang_two_page, type="bank_statement", lang="zh",
        fields={"bank": ["湖南浏阳农村商业银行", "浏阳农商银行"], "account_holder": "隗春芳",
                "account_number": "6230901277004418263", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "2649.49"},
        forms={"text": {}, "scan": {}},
        note="a rural commercial bank's counter 个人活期账户交易明细 over two A4 pages: the head (客户名称, 账号, 查询期间) "
             "on page 1, a table whose header spans two lines (交易金额 over 支出 | 收入) with 摘要 short codes (代发, 网转, "
             "快捷支付, POS消费), 交易渠道 and 对方户名, 期初余额 as the first row, 19 rows + 9 on page 2 under a repeated "
             "header, 本期合计 and 期末余额 with the 业务专用章 on page 2"),
    "zh-stmt-xianning-rcb-app-detail": dict(
        draw=zh_stmt_xianning_app, type="bank_statement", lang="zh",
        fields={"bank": ["咸宁农商银行"], "account_number": "8806", "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "4468.31"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a rural commercial bank's app 账户明细 screen (PNG): 借记卡 尾号 8806 (no holder's name: absent), a "
             "2026.10.01 - 2026.10.31 chip, 支出/收入 totals, entries newest first with signed amounts and 余额 under "
             "each; the closing balance the top entry's"),
    "zh-other-unionpay-month-bill-screen": dict(
        draw=zh_other_unionpay_month_bill, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a UnionPay wallet app's 月度账单 screen (PNG) for 2026年10月: 总支出, category bars, payments "
             "with the card each came from, no balance: a payment app's record, not a bank statement"),
    "zh-med-shaoyang-discharge-settlement": dict(
        draw=zh_med_shaoyang_discharge, type="medical_bill", lang="zh",
        fields={"provider": "邵阳市中心医院", "patient": "隗春芳", "date": ["2026-10-23", "2026-10-12"],
                "total": ["11677.53", "3865.09"]},
        forms={"text": {}, "scan": {}, "photo": dict(desk="cloth", angle=2.6, persp=0.06, blur=1.0, quality=67,
                                                     fold=0.5, shadow=0.2)},
        note="a city hospital's 住院患者出院结算单 (A4): 结算单号 and 医保类别, a ruled patient grid (住院号, 姓名, 科室, "
             "入院/出院日期, 住院天数), 费用分类 in a three-pair grid closed by 费用总额, the settlement grid (医保统筹支付, "
             "大病保险支付, 个人自付, 个人自费, 个人支付合计, 预交金, 应补（退）金额), 个人支付合计 in 大写, the seal; the "
             "discharge day first, admission accepted; 费用总额 first, 个人支付合计 accepted"),
    "zh-med-anyang-pharmacy-roll": dict(
        draw=zh_med_anyang_pharmacy_roll, type="medical_bill", lang="zh",
        fields={"provider": ["康佑大药房连锁", "安阳文峰第18分店", "康佑大药房连锁安阳文峰第18分店"], "patient": "瞿丽萍",
                "date": "2026-10-27", "total": "74.40"},
        forms={"photo": dict(desk="wood", angle=3.4, persp=0.05, blur=1.0, quality=66, margin=0.35, dpi=230,
                             crumple=0.6)},
        note="a chain pharmacy's 58 mm roll receipt: store, 单号, time, cashier, 参保人 and 医保类别, drugs with qty x price, "
             "合计, 统筹支付 / 个人账户 / 现金扫码, dashed tear rules"),
    "zh-med-wuhu-einvoice-2025": dict(
        draw=zh_med_wuhu_einvoice_2025, type="medical_bill", lang="zh",
        fields={"provider": "芜湖市弋江区人民医院", "patient": "隗建国", "date": "2025-09-03", "total": "307.52"},
        forms={"text": {}, "scan": {}},
        note="a provincial 医疗收费票据（电子） in a brown frame (A5 landscape): 票据代码/号码/校验码, 交款人, 开票日期 "
             "2025-09-03, a two-pair 项目名称 | 金额 grid, 金额合计（大写）and （小写）, the 医保 split on the 备注 line, "
             "收款单位 with the 财务专用章; over a year before the judging day (stale)"),
    "zh-unemp-zigong-jiuye-booklet-spread": dict(
        draw=zh_unemp_zigong_booklet, type="unemployment_proof", lang="zh",
        fields={"person": "晏淑珍", "issuer": ["自贡市自流井区公共就业服务中心", "自贡市自流井区人力资源和社会保障局"],
                "date": "2026-08-18"},
        forms={"photo": dict(desk="laminate", angle=-1.7, persp=0.06, blur=1.0, quality=68, exposure=0.93,
                             hand="bottom"),
               "scan": {}},
        note="a 就业创业证 opened as a landscape spread: the left leaf 个人基本情况 (姓名, 性别, 出生年月, 公民身份号码, "
             "证书编号, 发证机构 with its seal, 发证日期), the right leaf a ruled 失业登记记录 with the date and 解除劳动合同 "
             "handwritten and the employment service centre's seal in the 登记机构 cell"),
    "zh-other-lishui-shutdown-notice": dict(
        draw=zh_other_lishui_shutdown_notice, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=1.2, persp=0.05, blur=1.0, quality=67, exposure=0.95)},
        note="look-alike: a valve works' 关于公司停工停产的通知 to all staff (red letterhead, dates, wages and 生活费 at 80% "
             "of the minimum wage, the company seal): it names no worker and proves no one's income or unemployment"),
    "zh-income-huaibei-school-form": dict(
        draw=zh_income_huaibei_table, type="income_proof", lang="zh",
        fields={"employer": "淮北市相山区启航实验学校", "employee": "瞿丽萍", "monthly_income": ["7460.00", "6482.35"],
                "date": "2026-11-09"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.5, persp=0.06, blur=1.0, quality=69, falloff=0.4)},
        note="a school's 收入证明 as a fully ruled two-column form (姓名, 身份证号, 工作单位, 部门及职务, 入职时间, 用工性质, "
             "月均税前收入 with its parts, 月均税后收入 in 小写 and 大写, 统计期间), a one-line attestation, contact, the "
             "人事专用章 and date; pre-tax first, after-tax accepted"),
    "en-pay-sb-cannery-hours-rate": dict(
        draw=en_pay_sb_cannery, type="payslip", lang="en",
        fields={"employer": ["LUNGA POINT FISH CANNERS LIMITED", "Lunga Point Fish Canners Limited"],
                "employee": "Florence Ruth Maelasi", "period": "2026-10", "gross_pay": "3424.60",
                "net_pay": "2852.97"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.3, persp=0.06, blur=1.0, quality=68, hand="bottom")},
        note="a Solomon Islands cannery's PAYSLIP in SBD on a landscape half sheet: a navy band with the company and "
             "'Pay period: 01/10/2026 to 31/10/2026', an employee panel left, PAYMENTS with a two-line header (Hours | "
             "Rate | Amount over SBD) and DEDUCTIONS (SINPF 5%, PAYE, canteen, staff loan) side by side, Gross Pay, "
             "Total Deductions and NET PAY SBD in three boxes along the foot"),
    "en-pay-bm-marine-september": dict(
        draw=en_pay_bm_september, type="payslip", lang="en",
        fields={"employer": ["Flatts Inlet Marine Services Ltd.", "Flatts Inlet Marine Services Ltd"],
                "employee": "Desmond A. Trott-Furbert", "period": "2026-09", "gross_pay": "5437.50",
                "net_pay": "4436.59"},
        forms={"photo": dict(desk="cloth", angle=1.6, persp=0.05, blur=0.95, quality=70, shadow=0.25)},
        note="a Bermuda marine firm's SALARY SLIP for September 2026: a two-column details grid, Earnings and "
             "Deductions tables each with This period | Year to date (payroll tax, social insurance, national pension, "
             "HIP), Net pay (BMD) boxed; a month before the one asked (stale)"),
    "en-stmt-sl-two-page-lodgements": dict(
        draw=en_stmt_sl_two_page, type="bank_statement", lang="en",
        fields={"bank": ["LUMLEY TRUST BANK (SL) LIMITED", "Lumley Trust Bank (SL) Limited", "Lumley Trust Bank"],
                "account_holder": ["MRS FATMATA ISATU CONTEH", "FATMATA ISATU CONTEH"],
                "account_number": "01042287665101", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "4644.13"},
        forms={"text": {}, "scan": {}},
        note="a Sierra Leone bank's two-page STATEMENT OF ACCOUNT in NLe: the customer's address left, an account box "
             "right (Account No, Currency, Period, Page n of 2), a table whose header spans two lines (Amount (NLe) "
             "over Withdrawals | Lodgements), BALANCE B/F first, 'Carried forward' at the foot of page 1 and 'Brought "
             "forward' on page 2, a SUMMARY with the closing balance on page 2"),
    "en-stmt-to-passbook-page": dict(
        draw=en_stmt_to_passbook, type="bank_statement", lang="en",
        fields={"bank": ["NUKU'ALOFA COMMUNITY SAVINGS BANK", "Nuku'alofa Community Savings Bank"],
                "account_holder": "SIONE TAUFA TUPOU", "account_number": "2100457736",
                "period_start": "2026-09-28", "period_end": "2026-11-02", "closing_balance": "2652.32"},
        forms={"photo": dict(desk="wood", angle=-1.5, persp=0.06, blur=1.0, quality=66, dpi=200, fold=0.08,
                             falloff=0.45)},
        note="a Tongan savings passbook page as the passbook printer fills it: 'A/C 2100-457736 SIONE TAUFA TUPOU "
             "PAGE 07' on the top line, pre-printed heads DATE | PARTICULARS | WITHDRAWAL | DEPOSIT | BALANCE | TLR, "
             "monospace rows with dd-mm-yy dates from a BALANCE FWD line (28 Sep) to 2 Nov; its period the first and "
             "last row"),
    "en-stmt-ck-app-period-screen": dict(
        draw=en_stmt_ck_app, type="bank_statement", lang="en",
        fields={"bank": ["Takitumu Savings & Loans"], "account_number": "5521", "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "2462.07"},
        absent=["account_holder"],
        forms={"image": {}},
        note="a Cook Islands lender's app statement screen (PNG): 'Everyday Access', the institution and **** 5521 (no "
             "holder's name: absent), 'Statement period 1 Oct 2026 - 31 Oct 2026', Opening and Closing balance tiles, "
             "entries newest first with signed amounts and 'Bal' under each"),
    "en-other-lr-mobile-money-wallet": dict(
        draw=en_other_lr_mobile_money, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a Liberian mobile-money WALLET STATEMENT (subscriber, wallet number, period, cash in / cash "
             "out / merchant pay rows with fees and the wallet balance, 'E-money is not a bank deposit'): a wallet's "
             "history, not a bank statement"),
    "en-med-dm-two-page-final-bill": dict(
        draw=en_med_dm_two_page_bill, type="medical_bill", lang="en",
        fields={"provider": ["MORNE BRUCE PRIVATE HOSPITAL", "Morne Bruce Private Hospital"],
                "patient": ["Mr Curtis Anselm Lockhart", "Curtis Anselm Lockhart"],
                "date": ["2026-10-23", "2026-10-19"], "total": ["4000.40", "800.08"]},
        forms={"text": {}, "scan": {}},
        note="a Dominica private hospital's two-page FINAL BILL in EC$: the patient / admission block on both pages, "
             "page 1 the itemised charges (Date | Code | Description | Qty | Unit | Amount) with 'Charges this page', "
             "page 2 the SUMMARY OF ACCOUNT (total charges, less the insurer's 80%, patient's portion, less the "
             "deposit, BALANCE DUE) with the accounts stamp; bill date first, admission accepted; total charges "
             "first, the patient's portion accepted"),
    "en-med-ki-dental-receipt-2025": dict(
        draw=en_med_ki_dental_2025, type="medical_bill", lang="en",
        fields={"provider": ["BETIO FAMILY DENTAL CLINIC", "Betio Family Dental Clinic"],
                "patient": "Teretia Kaiteie Bauro", "date": "2025-06-14", "total": "240.00"},
        forms={"scan": {}, "photo": dict(desk="dark", angle=2.4, persp=0.05, blur=1.0, quality=66, exposure=0.92,
                                         margin=0.22)},
        note="a Kiribati dental clinic's pre-printed RECEIPT (A6 landscape): a red number, Date 14/06/2025, Patient, "
             "Treatment lines in AUD, TOTAL PAID boxed; June 2025 (stale)"),
    "en-unemp-gg-benefit-decision": dict(
        draw=en_unemp_gg_benefit_decision, type="unemployment_proof", lang="en",
        fields={"person": ["Mr Declan P. Le Tissier-Ogier", "Declan P. Le Tissier-Ogier"],
                "issuer": ["States of Guernsey", "Employment & Social Security",
                           "States of Guernsey - Employment & Social Security"],
                "date": ["2026-10-09", "2026-09-28"]},
        forms={"photo": dict(desk="laminate", angle=1.9, persp=0.06, blur=1.0, quality=69, hand="right"),
               "scan": {}},
        note="a Guernsey government office's 'Unemployment Benefit - decision on your claim' letter: the office's "
             "address block at the right, the claimant's address left, Date / Our ref / Social security no., the award "
             "in a shaded box (payable from, weekly rate, days available), numbered conditions, the officer's "
             "signature; the letter's date first, the award's start accepted"),
    "en-unemp-bh-end-of-service-letter": dict(
        draw=en_unemp_bh_end_of_service, type="unemployment_proof", lang="en",
        fields={"person": ["Mr. Rajeev Kumar Pillai-Menon", "Rajeev Kumar Pillai-Menon"],
                "issuer": ["SITRA ALUMINIUM EXTRUSIONS W.L.L.", "Sitra Aluminium Extrusions W.L.L."],
                "date": ["2026-10-18", "2026-10-15"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.7, persp=0.06, blur=1.0, quality=67, shadow=0.3)},
        note="a Bahraini extruder's END OF SERVICE LETTER: C.R. number, Ref and date, redundancy on the closure of a "
             "line with the last working day in prose, the final settlement in BHD (three decimals) in a ruled table, "
             "the HR manager's signature and a rectangular stamp; the letter's date first, the last working day "
             "accepted"),
    "en-income-tc-verification-letter": dict(
        draw=en_income_tc_verification, type="income_proof", lang="en",
        fields={"employer": ["GRACE BAY VILLA MANAGEMENT LTD.", "Grace Bay Villa Management Ltd."],
                "employee": ["Ms. Kerline Annette Forbes-Gardiner", "Kerline Annette Forbes-Gardiner"],
                "monthly_income": ["3576.50", "3150.00"], "date": "2026-11-06"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=-1.9, persp=0.05, blur=0.95, quality=70, falloff=0.4)},
        note="a Turks and Caicos villa manager's EMPLOYMENT AND INCOME VERIFICATION letter: the date, To Whom It May "
             "Concern, post and start date in prose, a ruled table of US$ per month (basic salary, average service "
             "charge, total average monthly income), signature and stamp; the total first, the basic accepted"),
    "en-other-gm-postpaid-phone-bill": dict(
        draw=en_other_gm_phone_bill, type="other", lang="en", fields={},
        forms={"photo": dict(desk="laminate", angle=2.2, persp=0.05, blur=1.0, quality=68)},
        note="look-alike: a Gambian telecom's POSTPAID BILL (account no, billing period, previous balance, payment "
             "received, plan and usage charges, VAT, total amount due, a payment slip): a phone bill, not a bank "
             "statement"),
    "en-other-sh-tenant-rent-ledger": dict(
        draw=en_other_sh_rent_ledger, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a St Helena housing trust's TENANT RENT LEDGER (tenant, property, weekly rent, ledger period, "
             "Date | Description | Charges | Receipts | Balance, arrears): a rent account, not a bank statement"),
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
    key = f"i13-{doc}-{form}"
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
    own share, a monthly income before and after tax): the labels must agree."""
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
        out.append({"id": f"i13-{doc}-{form}", "origin": "generated", "generator": "gen_independent13", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent13.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i13-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i13-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent13-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
