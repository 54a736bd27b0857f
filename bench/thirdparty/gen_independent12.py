"""The twelfth independently generated judging set (bench/thirdparty/independent12.json, ``--independent12``).

    python bench/thirdparty/gen_independent12.py --manifest   (rewrite independent12.json: labels + sha256)
    python bench/thirdparty/gen_independent12.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests. The drawing and photo plumbing (Page, _scan, _photo,
_screenshot, _daxie) is imported from gen_independent11.py (one copy of it, not a second); this file adds a scanner for
documents of more than one page and draws documents of its own, in places the earlier sets do not use: a Yancheng
weaving mill's 工资条 cut from the sheet (one row under a two-line merged header, no company name on the strip), a
Quanzhou dispatch agency's 工资支付确认单 with 应发/实发 in 大写 and 小写, a Weifang machine works' August slip (stale),
九江银行's two-page 对账单 with 借方发生额/贷方发生额 columns, an opened 邮储 passbook (holder on the left leaf), a
WeChat 零钱 bill screen (look-alike), Zhanjiang's two-page 住院费用总清单 with 统筹/自付 split, a Changde 门诊收费票据
with the seal over the total, a Qiqihar 失业保险金申领登记表 with the agency's approval, a Leshan 解除劳动合同证明书, a
Jiuquan 收入证明, an Anshan heating-fee notice (look-alike), a Yibin hospital's kiosk slip of last year (stale); a Malawian
tea-estate payslip with YTD columns, a Guyanese rice mill's pay advice, a UAE salary slip for September (stale), a
Zimbabwean two-page USD statement with Balance brought/carried forward and Cr/Dr balances (an overdraft inside the
month), a Lesotho statement with value dates and trailing minus signs, a Belize credit union's app screen, a Papua New
Guinean hospital invoice with GST, a Seychelles hotel's termination notice, an Isle of Man jobseeker's allowance award,
a Vanuatu clinic receipt of last year with the payer left blank, an Eswatini salary certificate; look-alikes: a
Gibraltar general rates demand and a Cayman health-insurance renewal notice. Each document is drawn once with
reportlab (invariant mode) as its issuer prints it; its labels are the values the drawing prints (money figures are
computed from the printed lines and returned by the drawing, see :func:`figures`). Forms: ``text``, ``scan`` (every
page), ``photo`` (JPEG of the first page on a desk), ``image`` (a phone screenshot, PNG). Every random choice is
seeded by the entry's id.

Rendering needs pdftoppm (poppler-utils) and the WenQuanYi Zen Hei font for Chinese.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_independent11 import (  # noqa: E402
    BLUE_INK,
    RED,
    Page,
    _daxie,
    _noise,
    _photo,
    _rng,
    _screenshot,
)

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent12.json"
GREY = (0.4, 0.4, 0.4)


def _m(v: float) -> str:
    """An amount as printed: thousands grouped, two decimals."""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _scan_pages(pdf: bytes, key: str) -> bytes:
    """An image-only PDF of every page as an office feeder scans it: greyscale at 150 dpi, each page turned 0.2-1.0
    degrees its own way, grey speckle, a darker feed edge, JPEG in PDF."""
    rng = _rng(key)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "d.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src), str(Path(tmp) / "p")], check=True)
        pages = [Image.open(f).convert("L") for f in sorted(Path(tmp).glob("p*.png"))]
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for page in pages:
        w, h = page.size
        page = page.rotate(rng.choice([-1, 1]) * rng.uniform(0.2, 1.0), resample=Image.BICUBIC, fillcolor=250)
        a = np.asarray(page).astype(np.float32) * 0.94 + 9 + _noise((h, w), rng, 4.5)
        speck = np.random.default_rng(rng.randrange(2**32)).random(a.shape) < 0.0005
        a[speck] = 70
        a[: rng.randrange(5, 12), :] *= 0.6  # the feeder's edge along the top
        page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        jpg = io.BytesIO()
        page.save(jpg, "JPEG", quality=75)
        pw, ph = w * 72 / 150, h * 72 / 150
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return out.getvalue()


def _seal_rect(p: Page, x, y, w, h, lines, color=RED, alpha=0.8):
    """A rectangular office stamp (two or three lines of text in a double frame)."""
    c = p.c
    c.saveState()
    c.setStrokeColorRGB(*color, alpha=alpha)
    c.setFillColorRGB(*color, alpha=alpha)
    c.setLineWidth(1.6)
    c.rect(x, p.h - y - h, w, h, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.rect(x + 3, p.h - y - h + 3, w - 6, h - 6, stroke=1, fill=0)
    step = h / (len(lines) + 1)
    for i, s in enumerate(lines):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(x + w / 2, p.h - y - step * (i + 1) - 3, s)
    c.restoreState()


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

def zh_pay_yancheng_strip() -> tuple[bytes, dict]:
    """One worker's 工资条 cut with scissors from the month's sheet: a two-line header whose upper line merges cells over
    groups (应发工资 over five columns, 代扣款项 over six), 姓名/实发工资/签收 spanning both lines, one row of values under
    it; the month is printed in the strip's top-left cell, the mill's name is on the sheet's title row, not the strip."""
    p = Page((842, 130), zh=True)
    earn = [("基本工资", 2280.00), ("计件工资", 2946.50), ("加班费", 412.00), ("夜班津贴", 180.00)]
    gross = _r(sum(v for _k, v in earn))
    ded = [("养老", 304.00), ("医疗", 76.00), ("失业", 19.00), ("公积金", 266.00), ("个税", 0.00)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    x0, y0, rh = 14, 30, 18
    p.t(x0, 20, "2026年10月", 8.5, bold=True)
    p.t(x0 + 70, 20, "织造二车间", 8.5, color=GREY)
    cols = [("序号", 26), ("姓名", 46), ("工号", 44), ("出勤", 30)] + [(k, 52) for k, _v in earn] + [("应发合计", 58)] \
        + [(k, 42) for k, _v in ded] + [("扣款合计", 52), ("实发工资", 60), ("签收", 48)]
    xs = [x0]
    for _n, w in cols:
        xs.append(xs[-1] + w)
    p.box(x0, y0, xs[-1] - x0, 2 * rh, fill=(0.9, 0.93, 0.86), stroke=None)
    p.line(x0, y0, xs[-1], y0, 0.7)
    p.line(x0, y0 + 2 * rh, xs[-1], y0 + 2 * rh, 0.5)
    p.line(x0, y0 + 3 * rh, xs[-1], y0 + 3 * rh, 0.7)
    groups = {4: ("应发工资", 9), 9: ("代扣款项", 15)}  # first column index -> (title, last column index exclusive)
    spanning = {0, 1, 2, 3, 15, 16}
    for i, (name, _w) in enumerate(cols):
        cx = (xs[i] + xs[i + 1]) / 2
        if i in spanning:
            p.t(cx, y0 + rh + 4, name, 8, bold=True, align="c")
        else:
            p.t(cx, y0 + 2 * rh - 5, name, 7.5, align="c")
    for start, (title, end) in groups.items():
        p.t((xs[start] + xs[end]) / 2, y0 + rh - 5, title, 8, bold=True, align="c")
        p.line(xs[start], y0 + rh, xs[end], y0 + rh, 0.4)
    for i, x in enumerate(xs):
        top = y0 + rh if i in (5, 6, 7, 8, 10, 11, 12, 13, 14) else y0
        p.line(x, top, x, y0 + 3 * rh, 0.4)
    vals = ["37", "仲晓燕", "ZZ2-118", "26"] + [_m(v) for _k, v in earn] + [_m(gross)] + [_m(v) for _k, v in ded] \
        + [_m(dsum), _m(net), ""]
    for i, v in enumerate(vals):
        right = 4 <= i <= 16
        p.t(xs[i + 1] - 3 if right else (xs[i] + xs[i + 1]) / 2, y0 + 3 * rh - 5, v, 8, align="r" if right else "c")
    p.hand(xs[16] + 4, y0 + 3 * rh - 4, "仲晓燕", 10, key="yc")
    p.t(x0, y0 + 3 * rh + 18, "注：计件单价按车间公示执行；本条请妥善保管，如有疑问三日内找车间统计核对。", 7, color=GREY)
    p.line(4, 6, 838, 6, 0.3, color=GREY, dash=(3, 3))
    p.line(4, 124, 838, 124, 0.3, color=GREY, dash=(3, 3))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_quanzhou_dispatch_confirm() -> tuple[bytes, dict]:
    """A Quanzhou labour-dispatch agency's 派遣员工工资支付确认单 (A5 portrait): a two-column 项目/金额 list down the
    page, 应发工资 and 实发工资 each in a row of their own with 大写 and 小写 side by side, the client company named in
    the head, the worker's signature line and the agency's seal at the foot."""
    p = Page(A5, zh=True)
    p.t(p.w / 2, 40, "泉州晋顺人力资源服务有限公司", 13, bold=True, align="c")
    p.t(p.w / 2, 60, "派遣员工工资支付确认单", 12, align="c")
    p.t(30, 84, "用工单位：晋江鸿步鞋业有限公司（成型车间）", 8.5)
    p.t(30, 98, "员工姓名：佘丽萍        身份证号：3505**********2247", 8.5)
    p.t(30, 112, "结算期间：2026年10月01日—2026年10月31日", 8.5)
    p.t(p.w - 30, 112, "单号 JS2610-0922", 8, align="r", color=GREY)
    earn = [("基本工资", 2030.00), ("计件超产奖", 1688.40), ("延时加班费", 933.10), ("住房补贴", 200.00),
            ("满勤奖", 150.00)]
    ded = [("社会保险（个人）", 385.28), ("宿舍管理费", 60.00), ("伙食费", 300.00), ("派遣服务费", 0.00)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    rows = [["收入项目", "金额（元）", "扣除项目", "金额（元）"]]
    for i in range(max(len(earn), len(ded))):
        e = earn[i] if i < len(earn) else ("", None)
        d = ded[i] if i < len(ded) else ("", None)
        rows.append([e[0], _m(e[1]) if e[1] is not None else "", d[0], _m(d[1]) if d[1] is not None else ""])
    W = [96, 68, 106, 89]
    y = p.table(30, 124, W, rows, rh=19, size=8.5, aligns=["l", "r", "l", "r"])
    for label, v in (("应发工资", gross), ("扣除合计", dsum), ("实发工资", net)):
        p.box(30, y, sum(W), 22, stroke=(0, 0, 0), lw=0.4)
        p.t(36, y + 15, label, 9, bold=label != "扣除合计")
        if label != "扣除合计":
            p.t(96, y + 15, f"人民币（大写）{_daxie(v)}", 8.5)
        p.t(30 + sum(W) - 6, y + 15, f"（小写）¥{_m(v)}", 8.5, align="r", bold=label == "实发工资")
        y += 22
    p.t(30, y + 22, "以上工资已于2026年11月14日代发至员工本人农商银行卡（尾号3381），请核对无误后签字确认。", 7.5)
    p.t(30, y + 48, "员工签字：", 9)
    p.hand(80, y + 50, "佘丽萍", 13, key="qz")
    p.t(30, y + 68, "日期：2026.11.15", 9)
    p.stamp(p.w - 90, y + 56, 34, "泉州晋顺人力资源服务有限公司", "财务专用章")
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def zh_pay_weifang_august() -> tuple[bytes, dict]:
    """A Weifang machine works' pay slip for August on the top half of an A4 sheet with a perforated tear line: the
    works' name and 工资单 head, a grey four-column band 收入项 | 金额 | 扣除项 | 金额, 应发/应扣/实发 on one line beneath."""
    p = Page(A4, zh=True)
    p.t(40, 46, "潍坊昌乐恒钧机械制造有限公司", 14, bold=True)
    p.t(p.w - 40, 46, "工 资 单", 14, bold=True, align="r")
    p.t(40, 66, "所属期间：2026年08月        部门：铸造车间        姓名：蔺国庆        员工编号：HJ0463", 9)
    earn = [("岗位工资", 3100.00), ("绩效工资", 1240.00), ("工龄工资", 150.00), ("高温补贴", 300.00),
            ("加班工资", 569.00)]
    ded = [("养老保险", 328.00), ("医疗保险", 82.00), ("失业保险", 20.50), ("住房公积金", 246.00), ("个人所得税", 9.46)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    rows = [["收入项", "金额", "扣除项", "金额"]] + [[e[0], _m(e[1]), d[0], _m(d[1])] for e, d in zip(earn, ded, strict=True)]
    y = p.table(40, 80, [140, 118, 140, 117], rows, rh=20, size=9, aligns=["l", "r", "l", "r"],
                head_fill=(0.8, 0.8, 0.8))
    p.t(44, y + 22, f"应发：{_m(gross)}", 10, bold=True)
    p.t(224, y + 22, f"应扣：{_m(dsum)}", 10, bold=True)
    p.t(p.w - 44, y + 22, f"实发：{_m(net)}", 11, bold=True, align="r")
    p.t(44, y + 44, "发放日期：2026-09-12    财务部制表", 8, color=GREY)
    p.line(20, p.h / 2, p.w - 20, p.h / 2, 0.6, color=GREY, dash=(1, 3))
    p.t(p.w / 2, p.h / 2 - 4, "✂", 8, align="c", face="Helvetica", color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


JJ_ROWS = [  # day, summary, debit, credit, counterparty
    ("2026-10-01", "结息", 0, 0.88, ""), ("2026-10-02", "网联快捷支付", 56.90, 0, "拉扎斯网络科技"),
    ("2026-10-03", "ATM取款", 500.00, 0, ""), ("2026-10-04", "网联快捷支付", 23.50, 0, "北京三快在线科技"),
    ("2026-10-05", "转账存入", 0, 800.00, "税秀兰"), ("2026-10-06", "网联快捷支付", 138.00, 0, "中国石化销售"),
    ("2026-10-08", "代扣电费", 87.21, 0, "国网江西省电力"), ("2026-10-08", "网联快捷支付", 19.90, 0, "拼多多"),
    ("2026-10-09", "手机银行转出", 1200.00, 0, "税秀兰"), ("2026-10-10", "代发工资", 0, 5136.42, "九江石化机电"),
    ("2026-10-11", "网联快捷支付", 64.30, 0, "永辉超市"), ("2026-10-12", "代扣话费", 58.00, 0, "中国移动江西"),
    ("2026-10-13", "网联快捷支付", 212.00, 0, "京东商城"), ("2026-10-14", "POS消费", 336.50, 0, "九江联盛商业"),
    ("2026-10-15", "贷款还款", 1873.16, 0, "个人住房贷款"), ("2026-10-16", "网联快捷支付", 35.00, 0, "滴滴出行"),
    ("2026-10-17", "网联快捷支付", 47.80, 0, "美团"), ("2026-10-18", "转账存入", 0, 300.00, "伍建军"),
    ("2026-10-19", "ATM取款", 300.00, 0, ""), ("2026-10-20", "代扣水费", 41.60, 0, "九江市自来水"),
    ("2026-10-21", "网联快捷支付", 128.40, 0, "淘宝"), ("2026-10-22", "网联快捷支付", 26.00, 0, "美团"),
    ("2026-10-23", "POS消费", 489.00, 0, "庐山西海景区"), ("2026-10-24", "网联快捷支付", 73.20, 0, "永辉超市"),
    ("2026-10-25", "手机银行转出", 500.00, 0, "伍建军"), ("2026-10-26", "网联快捷支付", 18.00, 0, "滴滴出行"),
    ("2026-10-27", "代扣燃气费", 96.00, 0, "九江深燃天然气"), ("2026-10-28", "网联快捷支付", 159.00, 0, "京东商城"),
    ("2026-10-29", "网联快捷支付", 32.50, 0, "拉扎斯网络科技"), ("2026-10-30", "转账存入", 0, 1500.00, "税秀兰"),
    ("2026-10-31", "网联快捷支付", 88.80, 0, "中国石化销售")]


def zh_stmt_jiujiang_two_page() -> tuple[bytes, dict]:
    """九江银行's counter 个人账户对账单 over two A4 pages: a head block (户名, 账号, 开户机构, 币种, 起止日期), a ruled
    table 序号 | 记账日期 | 摘要 | 借方发生额 | 贷方发生额 | 余额 | 对方户名, the head repeated on page 2 with 第2页/共2页, the
    foot with 借方/贷方 totals, 期末余额 and the bank's 业务专用章 under the last rows."""
    p = Page(A4, zh=True)
    opening = 2316.75
    bal = opening
    rows = []
    for i, (d, s, dr, cr, cp) in enumerate(JJ_ROWS, 1):
        bal = _r(bal - dr + cr)
        rows.append([str(i), d, s, _m(dr) if dr else "", _m(cr) if cr else "", _m(bal), cp])
    tdr = _r(sum(r[2] for r in JJ_ROWS))
    tcr = _r(sum(r[3] for r in JJ_ROWS))
    head = ["序号", "记账日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名"]
    W = [30, 70, 84, 78, 78, 84, 106]
    split = 22

    def top(page_no):
        p.t(p.w / 2, 44, "九江银行个人账户对账单", 15, bold=True, align="c")
        p.t(36, 70, "户名：税春梅", 9)
        p.t(200, 70, "账号：6231 9800 0154 7720 416", 9)
        p.t(430, 70, "币种：人民币", 9)
        p.t(36, 86, "开户机构：九江银行浔阳支行", 9)
        p.t(200, 86, "起止日期：2026年10月01日 至 2026年10月31日", 9)
        p.t(p.w - 36, 86, f"第{page_no}页/共2页", 8.5, align="r")
        p.line(36, 94, p.w - 36, 94, 1)

    top(1)
    p.t(36, 110, f"上期余额：{_m(opening)}", 9)
    p.table(36, 118, W, [head] + rows[:split], rh=19, size=8, aligns=["c", "l", "l", "r", "r", "r", "l"])
    p.t(p.w / 2, p.h - 30, "（续下页）", 8, align="c", color=GREY)
    p.c.showPage()
    top(2)
    y = p.table(36, 104, W, [head] + rows[split:], rh=19, size=8, aligns=["c", "l", "l", "r", "r", "r", "l"])
    p.t(40, y + 20, f"借方发生额合计：{_m(tdr)}", 9)
    p.t(220, y + 20, f"贷方发生额合计：{_m(tcr)}", 9)
    p.t(p.w - 40, y + 20, f"期末余额：{_m(bal)}", 10, bold=True, align="r")
    p.t(40, y + 40, "打印日期：2026-11-05   经办：JJ3027   本对账单仅供参考，以银行系统记录为准。", 8, color=GREY)
    p.stamp(p.w - 120, y + 86, 38, "九江银行股份有限公司浔阳支行", "业务专用章")
    return p.pdf(), {"closing": _s(bal)}


PSBC_ROWS = [  # yyyymmdd, code, out, in
    ("20260926", "工资", 0, 3862.00), ("20260929", "取款", 1000.00, 0), ("20261008", "消费", 268.50, 0),
    ("20261012", "转存", 0, 500.00), ("20261019", "取款", 600.00, 0), ("20261026", "工资", 0, 3862.00),
    ("20261030", "代缴", 119.40, 0), ("20261104", "取款", 2000.00, 0)]


def zh_stmt_psbc_passbook_spread() -> tuple[bytes, dict]:
    """An opened 邮储 活期存折 photographed flat: the left leaf is the account leaf (户名, 账号, 开户网点, 开户日期, a
    名章 box), the right leaf the transaction page with pre-printed green column heads (日期 摘要 支出 存入 余额 网点 柜员)
    and dot-matrix rows with yyyymmdd dates; its period the first and last row."""
    p = Page((640, 330), zh=True)
    green = (0.1, 0.45, 0.3)
    p.box(4, 4, 632, 322, fill=(0.97, 0.98, 0.95), stroke=(0.6, 0.6, 0.6))
    p.line(320, 4, 320, 326, 1.5, color=(0.55, 0.55, 0.55))
    p.t(162, 34, "中国邮政储蓄银行", 12, bold=True, align="c", color=green)
    p.t(162, 52, "活期储蓄存折", 10, align="c", color=green)
    mono = "Courier"
    fields = [("户    名", "岑凤霞"), ("账    号", "6221 8865 0102 3347 718"), ("开户网点", "湛江市遂溪县城月营业所"),
              ("开户日期", "2019-03-11"), ("凭证号码", "31120457")]
    for i, (k, v) in enumerate(fields):
        y = 90 + i * 30
        p.t(30, y, k, 9, color=green)
        p.line(90, y + 4, 300, y + 4, 0.4, color=green)
        if k in ("户    名", "开户网点"):
            p.t(96, y, v, 10 if k == "户    名" else 9)
        else:
            p.t(96, y, v, 9, face=mono)
    p.box(220, 250, 70, 50, stroke=green)
    p.t(255, 312, "储户名章", 7, align="c", color=green)
    p.stamp(160, 270, 30, "中国邮政储蓄银行城月营业所", "业务专用章", alpha=0.6)
    cols = [(330, "日期"), (388, "摘要"), (424, "支出"), (480, "存入"), (536, "余额"), (592, "网点"), (614, "柜员")]
    for x, n in cols:
        p.t(x + 3, 26, n, 7.5, color=green)
    for k in range(16):
        p.line(326, 32 + k * 18, 634, 32 + k * 18, 0.35, color=green)
    bal = 1476.39
    p.t(391, 46, "承前", 7.5)
    p.t(586, 46, _m(bal), 7.5, face=mono, align="r")
    y = 64
    for d, code, out, inn in PSBC_ROWS:
        bal = _r(bal - out + inn)
        p.t(331, y, d, 7, face=mono)
        p.t(391, y, code, 7.5)
        p.t(476, y, _m(out) if out else "", 7.5, face=mono, align="r")
        p.t(532, y, _m(inn) if inn else "", 7.5, face=mono, align="r")
        p.t(590, y, _m(bal), 7.5, face=mono, align="r")
        p.t(595, y, "4416", 6.5, face=mono)
        p.t(617, y, "07", 6.5, face=mono)
        y += 18
    return p.pdf(), {"closing": _s(bal)}


def zh_other_wechat_change_bill() -> tuple[bytes, dict]:
    """A WeChat 零钱 bill screen (PNG): month tabs, 支出/收入 totals, rows of merchants and transfers with signed amounts
    and no balance, a 零钱通 banner: a payment wallet's record, no bank's statement."""
    p = Page((390, 844), zh=True)
    p.box(0, 0, 390, 844, fill=(0.95, 0.95, 0.95), stroke=None)
    p.t(20, 24, "10:26", 10, bold=True)
    p.t(370, 24, "4G 57%", 9, align="r")
    p.t(195, 60, "账单", 13, bold=True, align="c")
    p.t(20, 60, "×", 14)
    p.t(370, 60, "···", 12, align="r")
    p.box(0, 76, 390, 40, fill=(1, 1, 1), stroke=None)
    p.t(20, 101, "全部交易类型 ▾", 9.5)
    p.t(370, 101, "统计", 9.5, align="r", color=(0.2, 0.5, 0.3))
    rows = [("美宜佳便利店", "10月31日 21:14", "-12.50"), ("转账-来自 沛沛", "10月30日 18:02", "+200.00"),
            ("滴滴出行", "10月29日 08:41", "-16.30"), ("微信红包-来自 家人群", "10月27日 20:00", "+8.88"),
            ("遂溪县人民医院", "10月24日 10:17", "-56.00"), ("中国移动话费充值", "10月20日 12:30", "-50.00"),
            ("零钱提现-邮储银行(7718)", "10月15日 09:05", "-300.00"), ("扫二维码付款-给 阿华粉店", "10月12日 07:33", "-14.00")]
    out = -sum(float(a) for *_x, a in rows if a.startswith("-"))
    inc = sum(float(a) for *_x, a in rows if a.startswith("+"))
    p.t(20, 140, "2026年10月 ▾", 11, bold=True)
    p.t(20, 158, f"支出 ¥{_m(out)}   收入 ¥{_m(inc)}", 8.5, color=(0.45, 0.45, 0.45))
    y = 172
    for title, when, amt in rows:
        p.box(0, y, 390, 60, fill=(1, 1, 1), stroke=None)
        p.box(18, y + 13, 34, 34, fill=(0.2, 0.68, 0.35) if amt.startswith("+") else (0.95, 0.6, 0.2), stroke=None,
              radius=6)
        p.t(62, y + 27, title, 10.5)
        p.t(62, y + 45, when, 8, color=(0.55, 0.55, 0.55))
        p.t(372, y + 32, amt, 12, bold=True, align="r", color=(0.85, 0.55, 0.1) if amt.startswith("+") else (0, 0, 0))
        p.line(62, y + 60, 390, y + 60, 0.3, color=(0.85, 0.85, 0.85))
        y += 61
    p.box(16, y + 14, 358, 44, fill=(1, 0.97, 0.88), stroke=None, radius=6)
    p.t(30, y + 41, "零钱通 · 转入零钱通，收益每日到账", 9, color=(0.6, 0.4, 0.1))
    return p.pdf(), {}


ZJ_ITEMS = [  # date, code, name, spec, unit, qty, price, self-pay ratio
    ("2026-10-11", "110200005", "床位费（三人间）", "", "日", 8, 45.00, 0.0),
    ("2026-10-11", "120100002", "二级护理", "", "日", 8, 22.00, 0.0),
    ("2026-10-11", "250101015", "血细胞分析（五分类）", "", "次", 2, 25.00, 0.0),
    ("2026-10-11", "250301002", "肝功能十二项", "", "项", 1, 96.00, 0.0),
    ("2026-10-12", "210300001", "胸部CT平扫", "64排", "次", 1, 230.00, 0.1),
    ("2026-10-12", "310701008", "心电图检查", "十二导", "次", 1, 25.00, 0.0),
    ("2026-10-12", "X-J01CR", "头孢呋辛钠注射液", "0.75g", "支", 24, 18.60, 0.0),
    ("2026-10-12", "X-R05CB", "氨溴索注射液", "15mg", "支", 16, 9.85, 0.0),
    ("2026-10-13", "Z-ZA09", "痰热清注射液", "10ml", "支", 12, 46.20, 0.2),
    ("2026-10-13", "120400006", "静脉输液", "", "组", 20, 8.00, 0.0),
    ("2026-10-14", "311000024", "雾化吸入", "", "次", 12, 12.00, 0.0),
    ("2026-10-15", "X-N02BE", "对乙酰氨基酚片", "0.5g*12", "盒", 1, 6.80, 0.0),
    ("2026-10-16", "250102035", "C反应蛋白测定", "", "项", 2, 30.00, 0.0),
    ("2026-10-17", "HC-0117", "一次性雾化器", "", "个", 2, 28.00, 1.0),
    ("2026-10-19", "X-R05CB2", "桉柠蒎肠溶软胶囊", "0.3g*12", "盒", 2, 32.50, 0.0)]


def zh_med_zhanjiang_inpatient_list() -> tuple[bytes, dict]:
    """A city hospital's 住院费用总清单 over two A4 pages: the patient head (住院号, 科室, 床号, 入院/出院日期, 医保类别
    职工医保), item lines 日期 | 项目编码 | 项目名称 | 规格 | 单位 | 数量 | 单价 | 金额 | 自付比例 | 自付金额 on page 1, page 2
    with the category summary and the settlement (总费用, 统筹基金支付, 个人自付, 个人自费, 个人负担合计) under the
    hospital's seal; 总费用 first, the patient's burden accepted."""
    p = Page(A4, zh=True)
    lines, own_ratio = [], 0.0
    total = 0.0
    for d, code, name, spec, unit, qty, price, ratio in ZJ_ITEMS:
        amt = _r(qty * price)
        sp = _r(amt * ratio)
        total += amt
        own_ratio += sp
        lines.append([d[5:], code, name, spec, unit, str(qty), _m(price), _m(amt), f"{ratio:.0%}", _m(sp)])
    total = _r(total)
    ziz = _r(own_ratio)  # 乙类自付 (the item's self-pay share)
    zif = 0.0
    deductible = 800.00  # 起付线
    fund = _r((total - ziz - deductible) * 0.85)
    own = _r(total - fund)

    def head(no):
        p.t(p.w / 2, 42, "湛江市第三人民医院", 14, bold=True, align="c")
        p.t(p.w / 2, 62, "住院费用总清单", 12, align="c")
        p.t(36, 86, "住院号：ZY20261011037", 8.5)
        p.t(196, 86, "姓名：岑凤霞", 8.5)
        p.t(310, 86, "科室：呼吸内科  床号：12", 8.5)
        p.t(p.w - 36, 86, f"第 {no} 页 共 2 页", 8, align="r")
        p.t(36, 100, "入院日期：2026-10-11", 8.5)
        p.t(196, 100, "出院日期：2026-10-19", 8.5)
        p.t(310, 100, "医保类别：职工基本医疗保险", 8.5)
        p.line(36, 106, p.w - 36, 106, 0.8)

    head(1)
    W = [36, 66, 116, 46, 28, 30, 50, 56, 44, 51]
    p.table(36, 114, W, [["日期", "项目编码", "项目名称", "规格", "单位", "数量", "单价", "金额", "自付比例", "自付金额"]]
            + lines, rh=18, size=7.5, aligns=["c", "l", "l", "l", "c", "r", "r", "r", "r", "r"], grid=False,
            hlines=True)
    p.t(p.w / 2, p.h - 30, "— 1 —", 8, align="c", color=GREY)
    p.c.showPage()
    head(2)
    cats = {"床位费": 360.00, "护理费": 176.00, "检查费": 255.00, "化验费": 206.00, "治疗费": 304.00,
            "西药费": 675.80, "中成药费": 554.40, "卫生材料费": 56.00}
    assert abs(sum(cats.values()) - total) < 0.005, (sum(cats.values()), total)
    p.t(36, 128, "费用分类汇总", 10, bold=True)
    rows = [[k, _m(v)] for k, v in cats.items()]
    y = p.table(36, 136, [120, 90], [["类别", "金额"]] + rows, rh=18, size=8.5, aligns=["l", "r"])
    p.t(300, 128, "结算信息", 10, bold=True)
    settle = [("总费用", total), ("起付标准", deductible), ("统筹基金支付", fund), ("乙类自付", ziz),
              ("个人自费", zif), ("个人负担合计", own)]
    p.table(300, 136, [130, 96], [["项目", "金额（元）"]] + [[k, _m(v)] for k, v in settle], rh=18, size=8.5,
            aligns=["l", "r"])
    p.t(36, y + 30, "说明：个人负担合计=总费用-统筹基金支付；清单如有疑问请于出院后30日内到住院收费处查询。", 8)
    p.t(36, y + 50, "打印人：收费处 吕敏   打印时间：2026-10-19 16:05", 8, color=GREY)
    p.stamp(p.w - 130, y + 60, 38, "湛江市第三人民医院", "住院收费专用章")
    p.t(p.w / 2, p.h - 30, "— 2 —", 8, align="c", color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_med_changde_outpatient_seal() -> tuple[bytes, dict]:
    """A city hospital's pre-printed 湖南省医疗门诊收费票据 (A5 landscape, red form lines): 业务流水号, 门诊号, 姓名,
    医保类型 in the head, items in a four-pair grid (项目 金额), 合计（大写）and 小写, 医保统筹支付 / 个人账户支付 /
    个人现金支付 beneath, the hospital's red seal pressed over the total; 合计 first, the cash share accepted."""
    p = Page((595, 290), zh=True)
    red = (0.75, 0.15, 0.15)
    p.t(p.w / 2, 32, "湖南省医疗门诊收费票据", 14, bold=True, align="c", color=red)
    p.t(p.w - 30, 32, "No 0416629", 10, align="r", color=red, face="Helvetica-Bold")
    p.t(30, 56, "业务流水号：20261028-7713", 8, color=red)
    p.t(220, 56, "门诊号：MZ0877152", 8, color=red)
    p.t(400, 56, "2026年10月28日", 8.5)
    p.t(30, 72, "姓名：", 8.5, color=red)
    p.t(60, 72, "鄂文斌", 9)
    p.t(140, 72, "性别：男", 8.5)
    p.t(220, 72, "医保类型：城乡居民医保", 8.5)
    items = [("西药费", 86.34), ("检查费", 180.00), ("化验费", 64.00), ("治疗费", 35.00), ("挂号费", 8.00),
             ("诊查费", 12.00), ("卫生材料费", 6.50), ("中成药费", 0.00)]
    total = _r(sum(v for _k, v in items))
    fund = _r((total - 8.00) * 0.5)
    acct = 0.0
    cash = _r(total - fund - acct)
    x0, y0 = 30, 82
    W = [70, 66] * 4
    rows = [["项目", "金额"] * 4]
    rows.append([c for k, v in items[:4] for c in (k, _m(v))])
    rows.append([c for k, v in items[4:] for c in (k, _m(v) if v else "")])
    y = p.table(x0, y0, W, rows, rh=22, size=8.5, head_fill=None, aligns=["l", "r"] * 4, color=(0, 0, 0))
    p.box(x0, y, sum(W), 24, stroke=red)
    p.t(x0 + 6, y + 16, f"合计（大写）{_daxie(total)}", 9)
    p.t(x0 + sum(W) - 8, y + 16, f"¥{_m(total)}", 10, bold=True, align="r")
    y += 24
    p.box(x0, y, sum(W), 22, stroke=red)
    p.t(x0 + 6, y + 15, f"医保统筹支付：{_m(fund)}     个人账户支付：{_m(acct)}     个人现金支付：{_m(cash)}", 8.5)
    p.t(x0, y + 44, "收款单位（盖章）：", 8.5, color=red)
    p.t(250, y + 44, "收款人：龚霞", 8.5)
    p.t(380, y + 44, "第二联 收据联（交款人）", 8, color=red)
    p.stamp(x0 + sum(W) - 60, y - 14, 36, "常德市第二人民医院", "收费专用章", alpha=0.72)
    return p.pdf(), {"total": _s(total), "own": _s(cash)}


def zh_unemp_qiqihar_application() -> tuple[bytes, dict]:
    """A 失业保险金申领登记表 filled in and approved: a fully ruled form (申请人 details, 原工作单位, 解除/终止劳动关系
    日期, 累计缴费年限, 申领期限), the applicant's signature and date, then the agency's 经办机构审核意见 box with the
    approval text, 经办人 and date under its seal; the approval date first, the application date accepted."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 50, "失业保险金申领登记表", 16, bold=True, align="c")
    p.t(40, 74, "受理编号：QQHR-LS-2026-01873", 8.5)
    p.t(p.w - 40, 74, "填表日期：2026年9月8日", 8.5, align="r")
    W = [90, 160, 90, 175]
    rows = [["姓名", "宫丽娟", "性别", "女"],
            ["身份证号码", "230202********0625", "联系电话", "139****6408"],
            ["原工作单位", "齐齐哈尔北疆乳业有限公司", "单位性质", "有限责任公司"],
            ["解除劳动关系日期", "2026年8月20日", "解除原因", "劳动合同期满终止"],
            ["累计缴费年限", "9年4个月", "本次申领期限", "12个月"],
            ["失业登记日期", "2026年8月31日", "社会保障卡号", "2302********4417"],
            ["户籍地址", "黑龙江省齐齐哈尔市龙沙区", "银行账户", "龙江银行 尾号0932"]]
    y = p.table(40, 86, W, rows, rh=26, size=9, head=0, aligns=["c", "l", "c", "l"])
    p.box(40, y, sum(W), 70, stroke=(0, 0, 0), lw=0.4)
    p.t(48, y + 18, "申请人承诺：本人已办理失业登记，有求职要求，未重新就业，以上信息真实有效。", 9)
    p.t(300, y + 52, "申请人签字：", 9)
    p.hand(362, y + 54, "宫丽娟", 13, key="qq")
    y += 70
    p.box(40, y, sum(W), 120, stroke=(0, 0, 0), lw=0.4)
    p.t(48, y + 18, "经办机构审核意见：", 9.5, bold=True)
    p.t(60, y + 40, "经审核，该同志符合领取失业保险金条件，同意自2026年9月起按月发放失业保险金，", 9)
    p.t(60, y + 56, "领取期限12个月，每月1,836元。", 9)
    p.t(300, y + 96, "经办人：", 9)
    p.hand(340, y + 98, "庞志远", 12, key="qq2")
    p.t(300, y + 112, "审核日期：2026年9月15日", 9)
    p.stamp(460, y + 84, 38, "齐齐哈尔市龙沙区社会保险事业中心", "业务专用章")
    p.t(40, y + 142, "注：本表一式两份，经办机构和申请人各执一份。", 8, color=GREY)
    return p.pdf(), {}


def zh_unemp_leshan_termination() -> tuple[bytes, dict]:
    """A ceramics company's 解除劳动合同证明书: a numbered certificate in prose with underlined blanks filled in (姓名,
    身份证号, 工作岗位, the contract's dates, the termination date and reason, 在本单位工作年限), the company's seal and
    date, a tear-off 存根 line at the foot; the issuing date first, the termination date accepted."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 70, "解除劳动合同证明书", 18, bold=True, align="c")
    p.t(p.w - 60, 96, "乐嘉陶人证〔2026〕第041号", 9, align="r")
    paras = [
        "兹证明 贲丽君 （身份证号：511102********3420）自 2019年4月1日 起在我公司 抛光车间 从事 质检员 工作，",
        "双方签订的劳动合同期限为 2023年4月1日 至 2027年3月31日。",
        "因公司生产线整合，岗位撤销，经双方协商一致，于 2026年9月30日 解除劳动合同。",
        "该同志在我单位工作年限为 7年6个月。我公司已依法支付经济补偿，并为其办理社会保险关系转移手续。",
        "特此证明。"]
    y = 130
    for s in paras:
        p.t(70, y, s, 10.5)
        y += 26
    p.t(p.w - 70, y + 50, "乐山嘉州陶瓷有限公司", 11, align="r")
    p.t(p.w - 70, y + 72, "2026年10月12日", 11, align="r")
    p.stamp(p.w - 140, y + 52, 42, "乐山嘉州陶瓷有限公司", "")
    p.t(70, y + 120, "（本证明书一式两份，用人单位存档一份，劳动者持一份，可凭此办理失业登记。）", 8.5, color=GREY)
    p.line(40, y + 150, p.w - 40, y + 150, 0.5, dash=(4, 3))
    p.t(70, y + 172, "存根：已收到解除劳动合同证明书。  领取人：", 9)
    p.hand(290, y + 174, "贲丽君", 12, key="ls")
    return p.pdf(), {}


def zh_income_jiuquan_letter() -> tuple[bytes, dict]:
    """A wind-farm operator's 收入证明 in prose: 兹证明 with the name, masked ID, date of joining, post, 近一年税前年收入
    and the monthly average in 小写 and 大写, the HR contact's phone, the company's seal and date."""
    p = Page(A4, zh=True)
    p.t(p.w / 2, 80, "收 入 证 明", 20, bold=True, align="c")
    annual = 98760.00
    monthly = _r(annual / 12)
    paras = [
        "兹证明 滕晓东 同志（身份证号：622102********1138），于 2021年7月 入职我公司，",
        "现任 风电场运维部 检修技术员 一职，为我公司正式员工。",
        f"该同志近一年税前年收入为人民币 {_m(annual)} 元，",
        f"月平均收入为人民币 {_m(monthly)} 元（大写：{_daxie(monthly)}）。",
        "本证明仅用于证明该员工的收入情况，我公司对本证明内容的真实性负责。",
        "特此证明。"]
    y = 140
    for s in paras:
        p.t(72, y, s, 11)
        y += 28
    p.t(72, y + 30, "人力资源部联系人：贾敏    联系电话：0937-26***18", 10)
    p.t(p.w - 72, y + 90, "酒泉瀚海新能源运维有限公司", 11, align="r")
    p.t(p.w - 72, y + 114, "2026年11月4日", 11, align="r")
    p.stamp(p.w - 150, y + 96, 44, "酒泉瀚海新能源运维有限公司", "人力资源部")
    return p.pdf(), {"monthly": _s(monthly)}


def zh_other_anshan_heating() -> tuple[bytes, dict]:
    """A heating company's 供暖费缴费通知单 for the 2026-2027 season: the household, the heated area x the unit price,
    the amount due, a 缴费期限 and payment channels: a utility bill, not a medical bill nor an income paper."""
    p = Page(landscape(A5), zh=True)
    p.t(p.w / 2, 36, "鞍山市铁东区热力有限公司", 13, bold=True, align="c")
    p.t(p.w / 2, 56, "2026—2027年度采暖期供暖费缴费通知单", 11, align="c")
    area, price = 86.42, 26.00
    due = _r(area * price)
    rows = [["户号", "TD-031-0714", "户主", "迟淑华"],
            ["住址", "铁东区园林路38栋2单元501", "房屋性质", "住宅"],
            ["供暖面积（㎡）", f"{area:.2f}", "单价（元/㎡）", f"{price:.2f}"],
            ["应缴金额（元）", _m(due), "缴费期限", "2026年10月31日前"]]
    y = p.table(30, 70, [92, 160, 92, 177], rows, rh=24, size=9, head=0, aligns=["c", "l", "c", "l"])
    p.t(30, y + 20, "缴费方式：各营业厅、银行代收、微信公众号\u201c鞍山热力\u201d。逾期缴费的，按规定加收滞纳金。", 8.5)
    p.t(30, y + 38, "报修电话：0412-55***00（24小时）", 8.5)
    p.stamp(p.w - 90, y + 40, 32, "鞍山市铁东区热力有限公司", "收费专用章")
    return p.pdf(), {}


def zh_med_yibin_kiosk_2025() -> tuple[bytes, dict]:
    """A hospital's self-service kiosk 门诊缴费凭条 of August 2025 on a narrow roll: 患者/卡号/科室, the prescription
    items with amounts, 本次缴费合计, 医保支付 and 自费支付 lines, the print time: a year and a quarter before the judging
    day (stale)."""
    p = Page((226, 400), zh=True)
    p.t(113, 26, "宜宾市第二人民医院", 11, bold=True, align="c")
    p.t(113, 42, "门诊缴费凭条（自助机）", 9, align="c")
    p.line(10, 50, 216, 50, 0.5, dash=(2, 2))
    info = [("患者姓名", "甄德华"), ("就诊卡号", "5115000392614"), ("就诊科室", "骨科门诊"), ("医生", "苟明")]
    y = 66
    for k, v in info:
        p.t(12, y, k, 8)
        p.t(214, y, v, 8, align="r")
        y += 13
    p.line(10, y - 5, 216, y - 5, 0.5, dash=(2, 2))
    items = [("腰椎DR正侧位", 130.00), ("洛索洛芬钠片", 31.80), ("双氯芬酸钠凝胶", 24.60), ("诊查费", 15.00)]
    total = _r(sum(v for _k, v in items))
    fund = 0.0
    y += 8
    for k, v in items:
        p.t(12, y, k, 8)
        p.t(214, y, _m(v), 8, align="r")
        y += 13
    p.line(10, y - 5, 216, y - 5, 0.5, dash=(2, 2))
    p.t(12, y + 10, "本次缴费合计", 9, bold=True)
    p.t(214, y + 10, _m(total), 10, bold=True, align="r")
    p.t(12, y + 26, f"医保支付 {_m(fund)}   自费支付 {_m(total)}", 8)
    p.t(12, y + 40, "支付方式：微信支付", 8)
    p.line(10, y + 48, 216, y + 48, 0.5, dash=(2, 2))
    p.t(113, y + 62, "打印时间：2025-08-16 10:47:32", 7, align="c", color=GREY)
    p.t(113, y + 74, "请妥善保管，凭此条取药", 7, align="c", color=GREY)
    return p.pdf(), {"total": _s(total)}


# --------------------------------------------------------------------------------------------------------------------
# English documents

def en_pay_mw_tea_estate() -> tuple[bytes, dict]:
    """A Malawian tea estate's monthly PAYSLIP in kwacha: the estate's head with its P.O. Box, an employee grid
    (Emp No, Name, Division, Grade, TPIN, Bank), one table Description | Units | Current (MK) | Year to Date (MK) with
    earnings, a GROSS PAY line, deductions (PAYE, Pension 5%, Union, Salary Advance), TOTAL DEDUCTIONS and NET PAY."""
    p = Page(A4)
    p.t(40, 50, "MULANJE HIGHLANDS TEA ESTATES LIMITED", 14, bold=True)
    p.t(40, 64, "P.O. Box 87, Mulanje, Malawi  |  Tel +265 1 466 2xx", 8, color=GREY)
    p.t(p.w - 40, 50, "PAYSLIP", 16, bold=True, align="r")
    p.t(p.w - 40, 66, "Pay Month: October 2026", 9, align="r")
    p.line(40, 74, p.w - 40, 74, 1.2)
    info = [("Emp No", "MHT-04417"), ("Name", "Chikondi Mphatso Nyirenda"), ("Division", "Chitakale Factory"),
            ("Grade", "M4 - Withering Supervisor"), ("TPIN", "70318842"), ("Bank", "NBM Mulanje ****6120")]
    for i, (k, v) in enumerate(info):
        x, y = 40 + (i % 2) * 270, 92 + (i // 2) * 15
        p.t(x, y, k, 8.5, color=GREY)
        p.t(x + 56, y, v, 9)
    earn = [("Basic Salary", "22 days", 485000.00, 4850000.00), ("Overtime 1.5x", "14 hrs", 61840.00, 392610.00),
            ("Housing Allowance", "", 72750.00, 727500.00), ("Plucking Season Bonus", "", 40000.00, 160000.00)]
    gross = _r(sum(e[2] for e in earn))
    paye = _r((gross - 150000) * 0.25 + 0.0)  # a flat slice, printed as the estate's system computed it
    pension = _r(485000.00 * 0.05)
    ded = [("PAYE", paye, 1460250.00), ("Pension 5%", pension, 242500.00), ("Union Dues (PTUM)", 2500.00, 25000.00),
           ("Salary Advance Recovery", 50000.00, 150000.00)]
    dsum = _r(sum(d[1] for d in ded))
    net = _r(gross - dsum)
    rows = [["Description", "Units", "Current (MK)", "Year to Date (MK)"]]
    rows += [[e[0], e[1], _m(e[2]), _m(e[3])] for e in earn]
    rows += [["GROSS PAY", "", _m(gross), _m(sum(e[3] for e in earn))]]
    rows += [[d[0], "", _m(d[1]), _m(d[2])] for d in ded]
    rows += [["TOTAL DEDUCTIONS", "", _m(dsum), _m(sum(d[2] for d in ded))]]
    y = p.table(40, 146, [200, 70, 120, 125], rows, rh=18, size=9, aligns=["l", "c", "r", "r"],
                head_fill=(0.82, 0.9, 0.82))
    p.box(40, y + 12, p.w - 80, 28, fill=(0.12, 0.35, 0.18), stroke=None)
    p.t(50, y + 31, "NET PAY", 11, bold=True, color=(1, 1, 1))
    p.t(p.w - 50, y + 31, f"MK {_m(net)}", 12, bold=True, align="r", color=(1, 1, 1))
    p.t(40, y + 62, "Leave days due: 11.5     Pension No: MW-PEN-22918     Paid by EFT on 30/10/2026", 8, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_gy_rice_mill() -> tuple[bytes, dict]:
    """A Guyanese rice mill's PAY ADVICE in Guyana dollars on a half sheet: the company at the top left, a shaded band
    with Period 01/10/2026 - 31/10/2026, EARNINGS on the left and DEDUCTIONS on the right in two boxed panels (NIS 5.6 %,
    income tax, credit union, canteen), Gross Earnings and Total Deductions under each panel, TAKE HOME PAY boxed."""
    p = Page((595, 360))
    p.t(30, 36, "Essequibo Coast Rice Milling Co. Ltd.", 13, bold=True)
    p.t(30, 50, "Lot 4 Anna Regina, Essequibo Coast, Guyana", 8, color=GREY)
    p.t(p.w - 30, 36, "PAY ADVICE", 13, bold=True, align="r")
    p.box(30, 60, p.w - 60, 34, fill=(0.9, 0.9, 0.9), stroke=None)
    p.t(38, 74, "Employee: Rohan Persaud-Bissoondial", 9)
    p.t(300, 74, "Emp #: 2281    Dept: Drying Floor", 9)
    p.t(38, 88, "Period: 01/10/2026 - 31/10/2026", 9)
    p.t(300, 88, "NIS #: A-118907    TIN: 013922871", 9)
    earn = [("Basic (26 days)", 148200.00), ("Overtime", 22410.00), ("Shift premium", 9800.00), ("Risk allowance", 6000.00)]
    gross = _r(sum(v for _k, v in earn))
    nis = _r(gross * 0.056)
    tax = _r((gross - nis - 130000.00) * 0.25)
    ded = [("NIS 5.6%", nis), ("Income Tax", tax), ("Essequibo Credit Union", 12000.00), ("Canteen", 3850.00)]
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    for x, title, items, foot, tot in ((30, "EARNINGS", earn, "Gross Earnings", gross),
                                       (305, "DEDUCTIONS", ded, "Total Deductions", dsum)):
        p.box(x, 104, 260, 150, stroke=(0.2, 0.2, 0.2))
        p.t(x + 8, 120, title, 9.5, bold=True)
        p.line(x, 126, x + 260, 126, 0.5)
        for i, (k, v) in enumerate(items):
            p.t(x + 8, 144 + i * 18, k, 9)
            p.t(x + 252, 144 + i * 18, _m(v), 9, align="r")
        p.line(x, 230, x + 260, 230, 0.5)
        p.t(x + 8, 246, foot, 9, bold=True)
        p.t(x + 252, 246, _m(tot), 9, bold=True, align="r")
    p.box(305, 266, 260, 30, stroke=(0, 0, 0), lw=1.4)
    p.t(313, 286, "TAKE HOME PAY  G$", 10, bold=True)
    p.t(557, 286, _m(net), 11, bold=True, align="r")
    p.t(30, 286, "Paid to: Republic Bank (Guyana) ****0457", 8, color=GREY)
    p.t(30, 320, "Queries to the Payroll Office within 7 days of receipt.", 7.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_pay_ae_salary_slip_september() -> tuple[bytes, dict]:
    """A UAE facilities company's 'Salary Slip for the month of September 2026' in dirhams: a two-column employee block
    (Employee ID, Labour Card No, Designation, Date of Joining, Bank / WPS), Earnings (basic, housing, transport, food,
    overtime) and Deductions (absence, salary advance, traffic fine) tables side by side, Net Salary in words and figures:
    a month before the one the checklist asks (stale)."""
    p = Page(A4)
    p.box(0, 0, p.w, 70, fill=(0.55, 0.12, 0.16), stroke=None)
    p.t(40, 36, "QASR AL SAHIL FACILITY SERVICES L.L.C.", 14, bold=True, color=(1, 1, 1))
    p.t(40, 54, "Al Qusais Industrial Area 2, Dubai, U.A.E.", 8.5, color=(0.95, 0.9, 0.9))
    p.t(p.w / 2, 100, "Salary Slip for the month of September 2026", 12, bold=True, align="c")
    info = [("Employee Name", "Arnel Bautista Dizon"), ("Employee ID", "QAS-11873"), ("Designation", "HVAC Technician"),
            ("Labour Card No", "109384471"), ("Date of Joining", "14-Mar-2022"), ("Bank / WPS", "Emirates Islamic ****2208")]
    for i, (k, v) in enumerate(info):
        x, y = 40 + (i % 2) * 265, 126 + (i // 2) * 16
        p.t(x, y, k, 8.5, color=GREY)
        p.t(x + 90, y, ": " + v, 9)
    earn = [("Basic Salary", 2200.00), ("Housing Allowance", 800.00), ("Transport Allowance", 300.00),
            ("Food Allowance", 250.00), ("Overtime (18 hrs)", 247.50)]
    ded = [("Absence (1 day)", 73.33), ("Salary Advance", 500.00), ("Traffic Fine", 0.00)]
    gross = _r(sum(v for _k, v in earn))
    dsum = _r(sum(v for _k, v in ded))
    net = _r(gross - dsum)
    rows_e = [["Earnings", "AED"]] + [[k, _m(v)] for k, v in earn] + [["Total Earnings", _m(gross)]]
    rows_d = [["Deductions", "AED"]] + [[k, _m(v)] for k, v in ded] + [["", ""], ["", ""], ["Total Deductions", _m(dsum)]]
    p.table(40, 186, [170, 85], rows_e, rh=20, size=9, aligns=["l", "r"], head_fill=(0.93, 0.86, 0.86))
    y = p.table(300, 186, [170, 85], rows_d, rh=20, size=9, aligns=["l", "r"], head_fill=(0.93, 0.86, 0.86))
    p.box(40, y + 16, p.w - 80, 44, stroke=(0.55, 0.12, 0.16), lw=1.2)
    p.t(50, y + 34, "Net Salary (AED)", 10, bold=True)
    p.t(p.w - 50, y + 34, _m(net), 12, bold=True, align="r")
    p.t(50, y + 52, "Three Thousand Two Hundred Twenty-Four Dirhams and Seventeen Fils Only", 8.5, color=GREY)
    p.t(40, y + 96, "This is a system generated slip and does not require a signature.", 8, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


ZW_ROWS = [  # date, details, debit, credit
    ("01 Oct 26", "POS PURCHASE OK MART SAMORA MACHEL", 46.20, 0), ("02 Oct 26", "ECOCASH TRF TO 0772XXX401", 30.00, 0),
    ("03 Oct 26", "ZESA PREPAID TOKEN 3711", 25.00, 0), ("05 Oct 26", "ATM WDL AVONDALE", 100.00, 0),
    ("06 Oct 26", "SCHOOL FEES - ST JOHNS PREP", 320.00, 0), ("07 Oct 26", "IMTT 2%", 6.40, 0),
    ("08 Oct 26", "POS PURCHASE TM PICK N PAY BORROWDALE", 88.35, 0), ("09 Oct 26", "MONTHLY SERVICE FEE", 8.00, 0),
    ("10 Oct 26", "RTGS IN ZIMBABWE HOSPICE ASSOC", 0, 40.00), ("12 Oct 26", "INTERNET BANKING TRF - RENT", 450.00, 0),
    ("13 Oct 26", "IMTT 2%", 9.00, 0), ("14 Oct 26", "POS PURCHASE PUMA BELGRAVIA", 60.00, 0),
    ("15 Oct 26", "SALARY - HIGHVELD AGRO CHEM (PVT) LTD", 0, 1480.00), ("16 Oct 26", "ECOCASH TRF TO 0773XXX916", 55.00, 0),
    ("18 Oct 26", "ATM WDL EASTLEA", 150.00, 0), ("19 Oct 26", "POS PURCHASE SPAR HATFIELD", 71.90, 0),
    ("20 Oct 26", "CIMAS MEDICAL AID DEBIT ORDER", 62.00, 0), ("21 Oct 26", "LIQUID HOME FIBRE", 45.00, 0),
    ("22 Oct 26", "POS PURCHASE OK MART SAMORA MACHEL", 38.75, 0), ("24 Oct 26", "TRF FROM T MAKONI", 0, 120.00),
    ("26 Oct 26", "ATM WDL AVONDALE", 80.00, 0), ("27 Oct 26", "ZINARA VEHICLE LICENCE", 37.50, 0),
    ("29 Oct 26", "POS PURCHASE TM PICK N PAY BORROWDALE", 52.10, 0), ("31 Oct 26", "CREDIT INTEREST", 0, 0.42)]


def en_stmt_zw_two_page() -> tuple[bytes, dict]:
    """A Zimbabwean bank's two-page USD current account statement: the bank's head, the customer's postal address,
    a statement box (account, currency USD, period 01 Oct 2026 to 31 Oct 2026), Date | Transaction Details | Debit |
    Credit | Balance with 'Cr' or 'Dr' after each balance (the account runs into its overdraft mid-month), a 'Balance
    brought forward' first row, 'Balance carried forward' at the foot of page 1 and brought forward again on page 2,
    CLOSING BALANCE at the end."""
    p = Page(A4)
    opening = 312.66
    bal = opening
    rows = []

    def fmt(b):
        return f"{_m(abs(b))} {'Cr' if b >= 0 else 'Dr'}"

    for d, det, dr, cr in ZW_ROWS:
        bal = _r(bal - dr + cr)
        rows.append([d, det, _m(dr) if dr else "", _m(cr) if cr else "", fmt(bal)])
    split = 14
    W = [62, 230, 70, 70, 83]

    def head(no):
        p.t(40, 48, "MUTAPA COMMERCIAL BANK LIMITED", 13, bold=True, color=(0.05, 0.25, 0.45))
        p.t(40, 62, "Samora Machel Avenue Branch, Harare", 8.5, color=GREY)
        p.t(p.w - 40, 48, "STATEMENT OF ACCOUNT", 11, bold=True, align="r")
        p.t(p.w - 40, 62, f"Page {no} of 2", 8.5, align="r")

    head(1)
    for i, s in enumerate(["MRS TENDAI R CHIWESHE", "14 LOMAGUNDI ROAD", "AVONDALE", "HARARE"]):
        p.t(40, 98 + i * 13, s, 9)
    p.box(320, 86, p.w - 360, 70, stroke=(0.05, 0.25, 0.45))
    for i, (k, v) in enumerate([("Account No", "4120 0388 1975 02"), ("Account Type", "Personal Current - USD"),
                                ("Statement Period", "01 Oct 2026 to 31 Oct 2026"), ("Currency", "USD")]):
        p.t(328, 102 + i * 14, k, 8, color=GREY)
        p.t(410, 102 + i * 14, v, 8.5)
    hdr = ["Date", "Transaction Details", "Debit", "Credit", "Balance"]
    p.table(40, 176, W, [hdr, ["01 Oct 26", "Balance brought forward", "", "", fmt(opening)]] + rows[:split], rh=19,
            size=8.5, aligns=["l", "l", "r", "r", "r"], grid=False, hlines=True, head_fill=(0.85, 0.9, 0.95))
    cf = _r(opening - sum(r[2] for r in ZW_ROWS[:split]) + sum(r[3] for r in ZW_ROWS[:split]))
    p.t(46, 176 + (split + 2) * 19 + 14, "Balance carried forward", 8.5, bold=True)
    p.t(p.w - 43, 176 + (split + 2) * 19 + 14, fmt(cf), 8.5, bold=True, align="r")
    p.t(40, p.h - 40, "Mutapa Commercial Bank Limited is a registered commercial bank. Deposits are protected by "
        "the Deposit Protection Corporation.", 6.5, color=GREY)
    p.c.showPage()
    head(2)
    y = p.table(40, 90, W, [hdr, ["", "Balance brought forward", "", "", fmt(cf)]] + rows[split:], rh=19, size=8.5,
                aligns=["l", "l", "r", "r", "r"], grid=False, hlines=True, head_fill=(0.85, 0.9, 0.95))
    tdr = _r(sum(r[2] for r in ZW_ROWS))
    tcr = _r(sum(r[3] for r in ZW_ROWS))
    p.line(40, y + 6, p.w - 40, y + 6, 1)
    p.t(46, y + 22, "TOTALS", 8.5, bold=True)
    p.t(40 + sum(W[:3]) - 3, y + 22, _m(tdr), 8.5, bold=True, align="r")
    p.t(40 + sum(W[:4]) - 3, y + 22, _m(tcr), 8.5, bold=True, align="r")
    p.t(46, y + 40, "CLOSING BALANCE", 9.5, bold=True)
    p.t(p.w - 43, y + 40, fmt(bal), 9.5, bold=True, align="r")
    p.t(40, y + 70, "Overdraft limit: USD 1,000.00. Interest on debit balances at 18% p.a. is charged monthly.", 8,
        color=GREY)
    return p.pdf(), {"closing": _s(bal)}


LS_ROWS = [  # post date, value date, reference, description, signed amount
    ("01/10/2026", "01/10/2026", "SO7781", "STANDING ORDER RENT MASERU WEST", -1800.00),
    ("03/10/2026", "03/10/2026", "CW2201", "CASH WITHDRAWAL PIONEER MALL", -500.00),
    ("06/10/2026", "05/10/2026", "PS0913", "PURCHASE SHOPRITE MASERU", -612.45),
    ("10/10/2026", "09/10/2026", "DC4410", "DEBIT ORDER LESOTHO NATIONAL INSURANCE", -245.00),
    ("15/10/2026", "15/10/2026", "ST0091", "STAFF COST FEE", -15.00),
    ("24/10/2026", "23/10/2026", "SAL102", "SALARY MINISTRY OF HEALTH", 9870.50),
    ("26/10/2026", "26/10/2026", "EFT553", "EFT TO M LEBOHANG", -1000.00),
    ("28/10/2026", "27/10/2026", "PS1180", "PURCHASE FILLING STATION TS'OSANE", -350.00),
    ("31/10/2026", "31/10/2026", "INT001", "INTEREST CAPITALISED", 3.12)]


def en_stmt_ls_value_dates() -> tuple[bytes, dict]:
    """A Lesotho bank's savings statement in maloti: Post Date | Value Date | Reference | Description | Amount |
    Balance, debits with a trailing minus (1,800.00-), the opening balance on the first line, a footer box with
    Opening / Total Debits / Total Credits / Closing and the period 01/10/2026 - 31/10/2026."""
    p = Page(A4)
    p.t(40, 50, "Senqu Savings Bank of Lesotho", 15, bold=True, color=(0.15, 0.35, 0.2))
    p.t(40, 64, "Kingsway, Maseru 100  |  www.senqusavings.co.ls", 8, color=GREY)
    p.t(p.w - 40, 50, "Account Statement", 11, align="r")
    p.t(40, 96, "Account holder:  Palesa M. Ntsekhe", 9.5)
    p.t(40, 110, "Account number:  9102 5540 3318", 9.5)
    p.t(40, 124, "Product:         Hlokomela Savings", 9.5)
    p.t(p.w - 40, 96, "Statement date: 02/11/2026", 9, align="r")
    p.t(p.w - 40, 110, "Period: 01/10/2026 - 31/10/2026", 9, align="r")

    def sgn(v):
        return f"{_m(abs(v))}-" if v < 0 else _m(v)

    opening = 2184.90
    bal = opening
    rows = [["Post Date", "Value Date", "Reference", "Description", "Amount (M)", "Balance (M)"],
            ["01/10/2026", "", "", "OPENING BALANCE", "", sgn(opening)]]
    for pd, vd, ref, desc, amt in LS_ROWS:
        bal = _r(bal + amt)
        rows.append([pd, vd, ref, desc, sgn(amt), sgn(bal)])
    y = p.table(40, 140, [60, 60, 50, 190, 75, 80], rows, rh=18, size=8, aligns=["l", "l", "l", "l", "r", "r"],
                grid=False, hlines=True, head_fill=(0.85, 0.92, 0.85))
    tdr = _r(-sum(r[4] for r in LS_ROWS if r[4] < 0))
    tcr = _r(sum(r[4] for r in LS_ROWS if r[4] > 0))
    p.box(40, y + 18, 515, 40, stroke=(0.15, 0.35, 0.2))
    for i, (k, v) in enumerate([("Opening", opening), ("Total Debits", tdr), ("Total Credits", tcr),
                                ("Closing", bal)]):
        p.t(50 + i * 128, y + 32, k, 8, color=GREY)
        p.t(50 + i * 128, y + 48, f"M {_m(v)}", 10, bold=True)
    p.t(40, y + 84, "Amounts followed by a minus sign are debits. Please report errors within 30 days.", 7.5, color=GREY)
    return p.pdf(), {"closing": _s(bal)}


BZ_ROWS = [  # day, title, signed amount
    ("Oct 30", "Transfer to BTL ****7741", -250.00), ("Oct 28", "Payroll - Cayo District Council", 1462.35),
    ("Oct 21", "BEL Electricity", -118.62), ("Oct 17", "Loan Payment #L-22041", -410.00),
    ("Oct 14", "Payroll - Cayo District Council", 1462.35), ("Oct 09", "POS Brodie's San Ignacio", -96.40),
    ("Oct 04", "ATM Santa Elena", -200.00), ("Oct 01", "Share dividend", 12.80)]


def en_stmt_bz_cu_app() -> tuple[bytes, dict]:
    """A Belize credit union's app screen (PNG): the member's name and a masked share-savings account, Available balance
    BZ$, a 'Oct 1, 2026 - Oct 31, 2026' range chip, rows newest first with signed amounts and a running balance under
    each, 'Balance on Oct 1' at the foot."""
    p = Page((390, 844))
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.98), stroke=None)
    p.t(20, 24, "2:18", 10, bold=True)
    p.t(370, 24, "LTE 64%", 9, align="r")
    p.box(0, 36, 390, 150, fill=(0.0, 0.42, 0.45), stroke=None)
    p.t(20, 62, "Cayo Valley Credit Union", 12, bold=True, color=(1, 1, 1))
    p.t(20, 82, "Marisol E. Cuellar-Tillett", 10, color=(0.85, 1, 1))
    p.t(20, 98, "Share Savings  ****5218", 9, color=(0.85, 1, 1))
    opening = 1041.66
    bal = opening
    bals = []
    for _d, _t, a in reversed(BZ_ROWS):
        bal = _r(bal + a)
        bals.append(bal)
    bals.reverse()
    p.t(20, 128, "Available balance", 8.5, color=(0.85, 1, 1))
    p.t(20, 158, f"BZ$ {_m(bal)}", 22, bold=True, color=(1, 1, 1))
    p.box(20, 200, 220, 26, fill=(0.88, 0.95, 0.95), stroke=None, radius=13)
    p.t(130, 217, "Oct 1, 2026 - Oct 31, 2026", 9, align="c", color=(0.0, 0.35, 0.38))
    y = 244
    for (d, t, a), b in zip(BZ_ROWS, bals, strict=True):
        p.box(12, y, 366, 54, fill=(1, 1, 1), stroke=None, radius=6)
        p.t(24, y + 22, t, 10)
        p.t(24, y + 40, d, 8, color=GREY)
        p.t(366, y + 22, ("+" if a > 0 else "-") + f"${_m(abs(a))}", 10.5, bold=True, align="r",
            color=(0.05, 0.5, 0.2) if a > 0 else (0.15, 0.15, 0.15))
        p.t(366, y + 40, f"Bal ${_m(b)}", 8, align="r", color=GREY)
        y += 60
    p.t(195, y + 16, f"Balance on Oct 1: BZ$ {_m(opening)}", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _s(bal)}


def en_med_pg_hospital_invoice() -> tuple[bytes, dict]:
    """A Papua New Guinean private hospital's TAX INVOICE in kina: the hospital's TIN and address, Bill To (the patient,
    a patient number), admission and discharge for a day-surgery stay, Item | Qty | Rate | Amount lines, Sub-total,
    GST 10 %, TOTAL DUE, Less deposit paid, BALANCE OWING; TOTAL DUE first, the balance owing accepted."""
    p = Page(A4)
    p.t(40, 50, "HARBOURSIDE PRIVATE HOSPITAL", 15, bold=True, color=(0.1, 0.3, 0.5))
    p.t(40, 64, "Section 38, Allotment 12, Champion Parade, Port Moresby NCD  |  TIN 500118722", 8, color=GREY)
    p.t(p.w - 40, 50, "TAX INVOICE", 14, bold=True, align="r")
    p.t(p.w - 40, 66, "Invoice No: HPH-INV-2610-3304", 8.5, align="r")
    p.t(p.w - 40, 78, "Invoice Date: 22/10/2026", 8.5, align="r")
    p.t(40, 100, "Bill To:", 9, bold=True)
    p.t(40, 114, "Mr Kila Waiaki Tamarua", 9.5)
    p.t(40, 127, "Patient No: HPH-077415", 8.5)
    p.t(300, 114, "Admitted: 21/10/2026 07:10", 8.5)
    p.t(300, 127, "Discharged: 21/10/2026 17:45 (Day surgery)", 8.5)
    items = [("Theatre fee - minor procedure", 1, 2850.00), ("Surgeon's fee (Dr A. Gabi)", 1, 3200.00),
             ("Anaesthetist's fee", 1, 1400.00), ("Day ward bed", 1, 780.00), ("Pathology - histology", 1, 540.00),
             ("Pharmacy - discharge medication", 1, 186.40), ("Dressings and consumables", 3, 42.00)]
    sub = _r(sum(q * r for _i, q, r in items))
    gst = _r(sub * 0.10)
    total = _r(sub + gst)
    deposit = 5000.00
    owing = _r(total - deposit)
    rows = [["Item", "Qty", "Rate (K)", "Amount (K)"]] + [[i, str(q), _m(r), _m(q * r)] for i, q, r in items]
    y = p.table(40, 146, [275, 50, 95, 95], rows, rh=19, size=9, aligns=["l", "c", "r", "r"],
                head_fill=(0.85, 0.9, 0.95))
    for i, (k, v, bold) in enumerate([("Sub-total", sub, False), ("GST 10%", gst, False), ("TOTAL DUE", total, True),
                                      ("Less deposit paid 21/10/2026", -deposit, False), ("BALANCE OWING", owing, True)]):
        p.t(350, y + 20 + i * 17, k, 9, bold=bold)
        p.t(p.w - 43, y + 20 + i * 17, ("-" if v < 0 else "") + f"K {_m(abs(v))}", 9, bold=bold, align="r")
    p.t(40, y + 130, "Payment within 14 days to BSP Waigani, Acct 1001 7735 402. Quote the invoice number.", 8.5)
    p.t(40, y + 146, "Medical insurance claims are the patient's responsibility; an itemised receipt is issued on "
        "payment.", 8, color=GREY)
    return p.pdf(), {"total": _s(total), "own": _s(owing)}


def en_unemp_sc_termination_notice() -> tuple[bytes, dict]:
    """A Seychelles resort's NOTICE OF TERMINATION OF EMPLOYMENT letter: the resort's letterhead, Ref and date, the
    employee's address, the termination for redundancy under the Employment Act with the notice period and the last
    day of work, the dues (notice pay, compensation, leave) in a small table, the HR manager's signature; the letter's
    date first, the last day of work accepted."""
    p = Page(A4)
    p.t(p.w / 2, 52, "ANSE LAZIO BAY RESORT", 16, bold=True, align="c", color=(0.0, 0.35, 0.4))
    p.t(p.w / 2, 66, "Anse Lazio, Praslin, Republic of Seychelles  |  hr@anselaziobay.sc", 8, align="c", color=GREY)
    p.line(60, 76, p.w - 60, 76, 0.8, color=(0.0, 0.35, 0.4))
    p.t(60, 104, "Ref: ALB/HR/TRM/2026/019", 9)
    p.t(p.w - 60, 104, "2 October 2026", 9.5, align="r")
    for i, s in enumerate(["Mr. Jean-Paul Hoareau-Savy", "Grand Anse", "Praslin"]):
        p.t(60, 130 + i * 14, s, 9.5)
    p.t(60, 186, "NOTICE OF TERMINATION OF EMPLOYMENT", 11, bold=True)
    text = ["Dear Mr. Hoareau-Savy,",
            "",
            "Further to our meeting of 29 September 2026, we regret to confirm that your post of Pool Attendant",
            "has become redundant following the closure of the resort's east wing for reconstruction.",
            "In accordance with the Employment Act, you are given one month's notice. Your last day of work",
            "will be 31 October 2026, and your employment with the resort will end on that day.",
            "",
            "Your final dues will be paid to your account with your October salary:"]
    y = 212
    for s in text:
        p.t(60, y, s, 10)
        y += 16
    y = p.table(80, y, [260, 110], [["Item", "SCR"], ["Notice pay (1 month)", "14,200.00"],
                                    ["Compensation (6 years' service)", "19,661.54"], ["Annual leave due (9 days)", "4,915.38"]],
                rh=18, size=9, aligns=["l", "r"])
    for i, s in enumerate(["We thank you for your service and wish you every success.", "", "Yours sincerely,"]):
        p.t(60, y + 24 + i * 16, s, 10)
    p.hand(62, y + 92, "M. Labiche", 15, key="sc")
    p.t(60, y + 110, "Marie-Ange Labiche", 9.5)
    p.t(60, y + 124, "Human Resources Manager, Anse Lazio Bay Resort", 9)
    p.t(60, y + 160, "Received: ______________________   Date: __________", 9, color=GREY)
    return p.pdf(), {}


def en_unemp_im_jsa_award() -> tuple[bytes, dict]:
    """An Isle of Man government 'Jobseeker's Allowance - Notice of award': the Social Security Division's head with the
    office address, the claimant's name and NI number, the date of the notice, a box with the award (from date, weekly
    rate, payday, signing-on day), conditions in numbered paragraphs; the notice's date first, the award's start
    accepted."""
    p = Page(A4)
    p.t(40, 50, "Isle of Man Government", 14, bold=True)
    p.t(40, 66, "Cabinet Office - Social Security Division", 10)
    p.t(p.w - 40, 50, "Markwell House, Market Street", 8.5, align="r", color=GREY)
    p.t(p.w - 40, 62, "Douglas, Isle of Man IM1 2RZ", 8.5, align="r", color=GREY)
    p.line(40, 78, p.w - 40, 78, 1)
    for i, s in enumerate(["Miss Orla Kinvig-Quayle", "7 Ballaquark Lane", "Laxey", "IM4 7NQ"]):
        p.t(40, 104 + i * 14, s, 9.5)
    for i, (k, v) in enumerate([("Date", "20 October 2026"), ("NI number", "MA 41 77 90 C"),
                                ("Our reference", "JSA/26/10473")]):
        p.t(350, 104 + i * 14, k, 9, color=GREY)
        p.t(440, 104 + i * 14, v, 9)
    p.t(40, 184, "Jobseeker's Allowance - Notice of award", 13, bold=True)
    p.t(40, 206, "We have looked at your claim for income-based Jobseeker's Allowance and you are entitled to it.", 10)
    p.box(40, 222, p.w - 80, 84, fill=(0.94, 0.95, 0.97), stroke=(0.4, 0.4, 0.5))
    for i, (k, v) in enumerate([("Award from", "5 October 2026"), ("Weekly rate", "£109.85"),
                                ("Paid", "fortnightly in arrears, into your bank account ending 6634"),
                                ("Sign on", "every second Wednesday at the Job Centre, Prospect Hill")]):
        p.t(52, 242 + i * 17, k, 9.5, bold=True)
        p.t(160, 242 + i * 17, v, 9.5)
    paras = ["1. You must be available for and actively seeking work, and keep the record of your job search.",
             "2. Tell us straight away if you start work, even part-time, or if your circumstances change.",
             "3. If you think this decision is wrong, you may ask us to look at it again within one month.",
             "This notice is evidence of your entitlement. Keep it safe."]
    for i, s in enumerate(paras):
        p.t(40, 334 + i * 18, s, 9.5)
    p.t(40, 430, "Decision maker: D. Corlett, Social Security Division", 9)
    return p.pdf(), {}


def en_med_vu_clinic_receipt_2025() -> tuple[bytes, dict]:
    """A Vanuatu private medical practice's pre-printed OFFICIAL RECEIPT from a duplicate book, filled by pen in July
    2025: No., Date, 'Received from' left blank, the sum in words and figures (vatu), 'Being payment for' consultation
    and dressing; the patient's name never written (absent) and the date over a year before the judging day (stale)."""
    p = Page((420, 280))
    navy = (0.12, 0.2, 0.45)
    p.t(20, 30, "SEAFRONT MEDICAL PRACTICE", 12, bold=True, color=navy)
    p.t(20, 43, "Lini Highway, Port Vila, Vanuatu  Ph 22 7xx", 7.5, color=navy)
    p.t(400, 30, "OFFICIAL RECEIPT", 10, bold=True, align="r", color=navy)
    p.t(400, 46, "No. 004188", 11, align="r", color=RED, face="Courier-Bold")
    p.t(280, 72, "Date:", 9, color=navy)
    p.line(310, 74, 400, 74, 0.4, color=navy)
    p.hand(314, 72, "11/7/2025", 11, key="vu1")
    p.t(20, 100, "Received from:", 9, color=navy)
    p.line(92, 102, 400, 102, 0.4, color=navy)
    p.t(20, 128, "The sum of:", 9, color=navy)
    p.line(78, 130, 400, 130, 0.4, color=navy)
    p.hand(84, 128, "Eight thousand five hundred vatu", 11, key="vu2")
    p.t(20, 156, "Being payment for:", 9, color=navy)
    p.line(106, 158, 400, 158, 0.4, color=navy)
    p.hand(110, 156, "Consult + dressing (L) foot", 11, key="vu3")
    p.box(20, 180, 130, 30, stroke=navy)
    p.t(28, 200, "VT", 10, bold=True, color=navy)
    p.hand(52, 200, "8,500", 14, key="vu4")
    p.t(250, 236, "Signed:", 9, color=navy)
    p.line(290, 238, 400, 238, 0.4, color=navy)
    p.hand(296, 234, "R. Toka", 12, key="vu5")
    p.t(20, 266, "Cash / Cheque / EFTPOS", 7.5, color=navy)
    return p.pdf(), {"total": _s(8500.00)}


def en_income_sz_salary_certificate() -> tuple[bytes, dict]:
    """An Eswatini citrus grower's SALARY CERTIFICATE on a letterhead: 'To whom it may concern', a two-column table
    (Full names, PIN, Position, Date of engagement, Basic salary, Allowances, Gross monthly salary, Net monthly salary
    in emalangeni), the finance manager's signature and company stamp, the date; gross first, net accepted."""
    p = Page(A4)
    p.t(40, 52, "MKHONDVO VALLEY CITRUS GROWERS (PTY) LTD", 13, bold=True, color=(0.85, 0.45, 0.05))
    p.t(40, 66, "Plot 112, Big Bend, Lubombo Region, Eswatini  |  Reg. No. 311/2009", 8, color=GREY)
    p.line(40, 76, p.w - 40, 76, 1, color=(0.85, 0.45, 0.05))
    p.t(p.w - 40, 100, "3 November 2026", 10, align="r")
    p.t(40, 128, "TO WHOM IT MAY CONCERN", 11, bold=True)
    p.t(40, 150, "SALARY CERTIFICATE", 11, bold=True)
    p.t(40, 174, "This serves to certify that the person named below is permanently employed by the company:", 10)
    basic, allow = 11880.00, 2370.00
    gross = _r(basic + allow)
    net = 11264.35
    rows = [["Full names", "Sibusiso Mandla Dlamini-Nxumalo"], ["Personal ID No.", "8805126100483"],
            ["Position", "Pack-house Foreman"], ["Date of engagement", "1 February 2015"],
            ["Basic salary per month", f"E {_m(basic)}"], ["Allowances per month", f"E {_m(allow)}"],
            ["Gross monthly salary", f"E {_m(gross)}"], ["Net monthly salary", f"E {_m(net)}"]]
    y = p.table(40, 190, [200, 250], rows, rh=21, size=9.5, head=0, aligns=["l", "l"])
    p.t(40, y + 28, "Salaries are paid on the 25th of each month into the employee's account with FNB Eswatini.", 10)
    p.t(40, y + 46, "This certificate is issued at the employee's request without liability to the company.", 10)
    p.t(40, y + 82, "Yours faithfully,", 10)
    p.hand(40, y + 118, "N. Simelane", 15, key="sz")
    p.t(40, y + 136, "Nomcebo Simelane, Finance Manager", 9.5)
    _seal_rect(p, 330, y + 88, 190, 62, ["MKHONDVO VALLEY CITRUS", "GROWERS (PTY) LTD", "03 NOV 2026"], color=BLUE_INK)
    return p.pdf(), {"monthly": _s(gross)}


def en_other_gi_general_rates() -> tuple[bytes, dict]:
    """A Gibraltar government 'General Rates - Demand Notice' for a flat: the rateable value, the rate in the pound, the
    quarter's amount, a discount for paying early and the payment slip: a property rates bill, not a medical bill."""
    p = Page(A4)
    p.t(40, 52, "HM Government of Gibraltar", 13, bold=True)
    p.t(40, 66, "Income Tax Office - Rates Section, St Jago's Building", 8.5, color=GREY)
    p.t(p.w - 40, 52, "GENERAL RATES", 13, bold=True, align="r")
    p.t(p.w - 40, 66, "DEMAND NOTICE", 10, align="r")
    for i, s in enumerate(["Mr G. Ferrary-Olivero", "Flat 22, Laguna Estate", "Gibraltar GX11 1AA"]):
        p.t(40, 100 + i * 14, s, 9.5)
    rows = [["Property", "Flat 22, Laguna Estate"], ["Rate account", "R/0447182"], ["Period", "1 Oct - 31 Dec 2026"],
            ["Net annual value", "£1,860.00"], ["Rate in the pound", "£0.9650"], ["Amount this quarter", "£448.73"],
            ["Prompt payment discount (20%) if paid by 30/11/2026", "-£89.75"], ["Amount payable by 30/11/2026", "£358.98"]]
    y = p.table(40, 160, [300, 215], rows, rh=20, size=9.5, head=0, aligns=["l", "r"])
    p.t(40, y + 30, "Pay online at www.gibraltar.gov.gi, by standing order or at any Post Office counter.", 9)
    p.line(40, y + 70, p.w - 40, y + 70, 0.5, dash=(4, 3))
    p.t(40, y + 90, "PAYMENT SLIP  -  Rate account R/0447182  -  Amount £358.98", 9.5, bold=True)
    return p.pdf(), {}


def en_other_ky_health_renewal() -> tuple[bytes, dict]:
    """A Cayman Islands health insurer's POLICY RENEWAL NOTICE: the member and dependants, the plan, the monthly premium
    for the next year and the employer / employee split: insurance premiums, not a medical bill."""
    p = Page(A4)
    p.t(40, 52, "Seven Mile Health Assurance Ltd.", 14, bold=True, color=(0.0, 0.4, 0.55))
    p.t(40, 66, "Camana Bay, Grand Cayman KY1-9006  |  CIMA licensed insurer", 8, color=GREY)
    p.t(p.w - 40, 52, "POLICY RENEWAL NOTICE", 11, bold=True, align="r")
    p.t(p.w - 40, 66, "Issued 9 November 2026", 8.5, align="r")
    p.t(40, 100, "Policyholder: Delano R. Ebanks-Bodden     Member No: SMH-208841", 9.5)
    p.t(40, 116, "Group: Cayman Turtle Cove Marina Ltd     Plan: Standard Health Insurance Contract (SHIC) Plus", 9.5)
    rows = [["Covered person", "Relationship", "Monthly premium (CI$)"], ["Delano R. Ebanks-Bodden", "Member", "286.40"],
            ["Shanice Ebanks-Bodden", "Spouse", "286.40"], ["Kaden Ebanks-Bodden", "Child", "118.20"],
            ["Total monthly premium", "", "691.00"], ["Employer share (50% of SHIC)", "", "345.50"],
            ["Deducted from payroll", "", "345.50"]]
    y = p.table(40, 136, [230, 120, 165], rows, rh=20, size=9.5, aligns=["l", "l", "r"], head_fill=(0.85, 0.93, 0.96))
    p.t(40, y + 30, "Your cover renews on 1 January 2027. No action is needed unless your dependants change.", 9.5)
    p.t(40, y + 48, "This notice is not a bill for medical services and no payment to a provider is due.", 9.5)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: each document's labels (the values its drawing prints), forms and layout note

DOCS: dict[str, dict] = {
    "zh-pay-yancheng-weaving-cut-strip": dict(
        draw=zh_pay_yancheng_strip, type="payslip", lang="zh",
        fields={"employee": "仲晓燕", "period": "2026-10", "gross_pay": "5818.50", "net_pay": "5153.50"},
        absent=["employer"],
        forms={"photo": dict(desk="wood", angle=-2.4, persp=0.05, blur=1.0, quality=68, margin=0.18, dpi=200,
                             crumple=0.4),
               "scan": {}},
        note="a weaving mill's 工资条 cut with scissors from the month's sheet: one row of values under a two-line header "
             "whose upper line merges cells (应发工资 over five columns, 代扣款项 over six; 姓名, 实发工资 and 签收 spanning "
             "both lines), 2026年10月 and the workshop in the strip's corner, the worker's signature in the 签收 cell; the "
             "mill's name is on the sheet's title row, not on the strip (absent)"),
    "zh-pay-quanzhou-dispatch-confirmation": dict(
        draw=zh_pay_quanzhou_dispatch_confirm, type="payslip", lang="zh",
        fields={"employer": ["泉州晋顺人力资源服务有限公司", "晋江鸿步鞋业有限公司"], "employee": "佘丽萍",
                "period": "2026-10", "gross_pay": "5001.50", "net_pay": "4256.22"},
        forms={"text": {}, "photo": dict(desk="cloth", angle=3.2, persp=0.06, hand="right", blur=1.0, quality=69,
                                         shadow=0.25)},
        note="a Quanzhou dispatch agency's 派遣员工工资支付确认单 (A5 portrait): 用工单位 and 结算期间 in the head, a ruled "
             "收入项目 | 金额 | 扣除项目 | 金额 grid, then 应发工资, 扣除合计 and 实发工资 each on a boxed row with 人民币（大写） "
             "and （小写）¥ side by side, the worker's signature and the agency's 财务专用章; agency and client both accepted"),
    "zh-pay-weifang-foundry-august": dict(
        draw=zh_pay_weifang_august, type="payslip", lang="zh",
        fields={"employer": "潍坊昌乐恒钧机械制造有限公司", "employee": "蔺国庆", "period": "2026-08",
                "gross_pay": "5359.00", "net_pay": "4673.04"},
        forms={"photo": dict(desk="laminate", angle=1.6, persp=0.07, falloff=0.45, blur=1.05, quality=64,
                             shadow=0.3)},
        note="a machine works' 工资单 for August on the top half of an A4 sheet above a perforated tear line: 所属期间, 部门, "
             "姓名 and 员工编号 on one line, a grey 收入项 | 金额 | 扣除项 | 金额 grid, 应发 / 应扣 / 实发 on one line beneath, "
             "the pay date in September; two months before the month asked (stale)"),
    "zh-stmt-jiujiang-two-page-debit-credit": dict(
        draw=zh_stmt_jiujiang_two_page, type="bank_statement", lang="zh",
        fields={"bank": ["九江银行", "九江银行股份有限公司"], "account_holder": "税春梅",
                "account_number": "6231980001547720416", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "3449.28"},
        forms={"text": {}, "scan": {}},
        note="a city commercial bank's counter 个人账户对账单 over two A4 pages: 户名/账号/币种/开户机构/起止日期 head repeated on "
             "each page with 第1页/共2页, 上期余额 above a ruled table 序号 | 记账日期 | 摘要 | 借方发生额 | 贷方发生额 | 余额 | "
             "对方户名 (31 rows split 22 + 9), 借方/贷方 totals and 期末余额 on page 2 above the 业务专用章"),
    "zh-stmt-psbc-passbook-open-spread": dict(
        draw=zh_stmt_psbc_passbook_spread, type="bank_statement", lang="zh",
        fields={"bank": ["中国邮政储蓄银行", "邮储银行"], "account_holder": "岑凤霞",
                "account_number": "6221886501023347718", "period_start": "2026-09-26", "period_end": "2026-11-04",
                "closing_balance": "5712.49"},
        forms={"photo": dict(desk="dark", angle=-1.8, persp=0.06, falloff=0.4, exposure=0.92, blur=1.0, quality=66,
                             dpi=200, fold=0.5)},
        note="an opened 活期储蓄存折 photographed as a spread: the left leaf the account leaf (户名, 账号, 开户网点, 开户日期, "
             "凭证号码 on green rules, a 储户名章 box, the office's seal), the right leaf pre-printed green heads 日期 摘要 支出 "
             "存入 余额 网点 柜员 with dot-matrix yyyymmdd rows and a 承前 balance; its period the first and last row"),
    "zh-other-wechat-change-bill-screen": dict(
        draw=zh_other_wechat_change_bill, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a chat app's 零钱 账单 screen (PNG) for 2026年10月 (支出/收入 totals, merchants, transfers, red "
             "packets, a 零钱提现 to a bank card; signed amounts, no balance): a wallet's record, not a bank statement"),
    "zh-med-zhanjiang-inpatient-full-list": dict(
        draw=zh_med_zhanjiang_inpatient_list, type="medical_bill", lang="zh",
        fields={"provider": "湛江市第三人民医院", "patient": "岑凤霞", "date": "2026-10-19", "total": ["2587.20", "1229.48"]},
        forms={"text": {}, "scan": {}},
        note="a city hospital's 住院费用总清单 over two pages: the head (住院号, 科室 床号, 入院/出院日期, 职工医保) on both, "
             "page 1 the item lines 日期 | 项目编码 | 项目名称 | 规格 | 单位 | 数量 | 单价 | 金额 | 自付比例 | 自付金额, page 2 a "
             "费用分类汇总 beside the 结算信息 (总费用, 起付标准, 统筹基金支付, 乙类自付, 个人自费, 个人负担合计) and the "
             "住院收费专用章; 总费用 first, 个人负担合计 accepted"),
    "zh-med-changde-outpatient-seal-over-total": dict(
        draw=zh_med_changde_outpatient_seal, type="medical_bill", lang="zh",
        fields={"provider": "常德市第二人民医院", "patient": "鄂文斌", "date": "2026-10-28", "total": ["391.84", "199.92"]},
        forms={"photo": dict(desk="wood", angle=2.7, persp=0.06, blur=1.0, quality=67, hand="bottom"), "scan": {}},
        note="a pre-printed provincial 门诊收费票据 in red form lines (A5 landscape, No printed in red): 业务流水号, 门诊号, "
             "姓名/性别/医保类型, items in a four-pair 项目 | 金额 grid, 合计（大写） with ¥ figures, the 医保统筹/个人账户/"
             "个人现金 line, the hospital's round 收费专用章 pressed over the total's figures; 合计 first, the cash share "
             "accepted"),
    "zh-unemp-qiqihar-benefit-application-approved": dict(
        draw=zh_unemp_qiqihar_application, type="unemployment_proof", lang="zh",
        fields={"person": "宫丽娟", "issuer": "齐齐哈尔市龙沙区社会保险事业中心", "date": ["2026-09-15", "2026-09-08"]},
        forms={"photo": dict(desk="laminate", angle=-2.9, persp=0.06, blur=0.95, quality=70, hand="right")},
        note="a 失业保险金申领登记表 filled in and approved: 受理编号 and 填表日期, a fully ruled form (原工作单位, 解除劳动关系"
             "日期, 解除原因, 累计缴费年限, 失业登记日期), the applicant's pledge and pen signature, the 经办机构审核意见 box "
             "granting twelve months with 经办人, 审核日期 and the agency's seal; the approval date first, the form's date "
             "accepted"),
    "zh-unemp-leshan-termination-certificate": dict(
        draw=zh_unemp_leshan_termination, type="unemployment_proof", lang="zh",
        fields={"person": "贲丽君", "issuer": "乐山嘉州陶瓷有限公司", "date": ["2026-10-12", "2026-09-30"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=1.9, persp=0.05, blur=0.95, quality=71, shadow=0.2)},
        note="a ceramics company's 解除劳动合同证明书 numbered 〔2026〕第041号: prose with the blanks filled (ID, 入职, 岗位, "
             "the contract's term, 岗位撤销 协商一致 on the termination day, 工作年限, 经济补偿 paid), the company's round "
             "seal over its name and the date, a dashed 存根 line with the worker's signature; the issuing date first, the "
             "termination date accepted"),
    "zh-income-jiuquan-wind-letter": dict(
        draw=zh_income_jiuquan_letter, type="income_proof", lang="zh",
        fields={"employer": "酒泉瀚海新能源运维有限公司", "employee": "滕晓东", "monthly_income": "8230.00",
                "date": "2026-11-04"},
        forms={"photo": dict(desk="cloth", angle=-3.3, persp=0.06, blur=1.0, quality=68, falloff=0.4)},
        note="a wind-farm operator's 收入证明 in prose: 兹证明 with a masked ID, 入职 year and month, post, 近一年税前年收入 and "
             "the 月平均收入 in 小写 with 大写 in brackets, the HR contact, the company's 人力资源部 seal and date"),
    "zh-other-anshan-heating-notice": dict(
        draw=zh_other_anshan_heating, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=2.1, persp=0.05, blur=1.0, quality=66, exposure=0.9)},
        note="look-alike: a heating company's 采暖期供暖费缴费通知单 (户号, 住址, 供暖面积 x 单价, 应缴金额, 缴费期限, "
             "收费专用章): a utility bill, not a medical bill"),
    "zh-med-yibin-kiosk-slip-2025": dict(
        draw=zh_med_yibin_kiosk_2025, type="medical_bill", lang="zh",
        fields={"provider": "宜宾市第二人民医院", "patient": "甄德华", "date": "2025-08-16", "total": "201.40"},
        forms={"photo": dict(desk="wood", angle=-4.0, persp=0.05, blur=1.05, quality=65, margin=0.3, dpi=220),
               "scan": {}},
        note="a hospital's self-service kiosk 门诊缴费凭条 on a narrow roll: 患者姓名, 就诊卡号, 科室 and 医生 one per line, the "
             "items with amounts between dashed rules, 本次缴费合计, 医保支付 / 自费支付, the payment method and the print "
             "time in August 2025 (stale: over a year before the judging day)"),
    "en-pay-mw-tea-estate-ytd": dict(
        draw=en_pay_mw_tea_estate, type="payslip", lang="en",
        fields={"employer": ["MULANJE HIGHLANDS TEA ESTATES LIMITED", "Mulanje Highlands Tea Estates Limited"],
                "employee": "Chikondi Mphatso Nyirenda", "period": "2026-10", "gross_pay": "659590.00", "net_pay": "455442.50"},
        forms={"text": {}, "photo": dict(desk="wood", angle=2.2, persp=0.06, blur=1.0, quality=69, hand="bottom")},
        note="a Malawian tea estate's PAYSLIP in kwacha: the estate's head with P.O. Box, an employee grid (Emp No, Name, "
             "Division, Grade, TPIN, Bank), one table Description | Units | Current (MK) | Year to Date (MK) with GROSS PAY "
             "and TOTAL DEDUCTIONS rows inside it (PAYE, Pension 5%, union dues, salary advance), NET PAY MK on a dark "
             "green bar"),
    "en-pay-gy-rice-mill-pay-advice": dict(
        draw=en_pay_gy_rice_mill, type="payslip", lang="en",
        fields={"employer": ["Essequibo Coast Rice Milling Co. Ltd.", "Essequibo Coast Rice Milling Co. Ltd"],
                "employee": "Rohan Persaud-Bissoondial", "period": "2026-10", "gross_pay": "186410.00", "net_pay": "148628.28"},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=-3.1, persp=0.07, crumple=0.6, blur=1.05, quality=63)},
        note="a Guyanese rice mill's PAY ADVICE on a half sheet in G$: a grey band with the employee, NIS and TIN numbers "
             "and Period dd/mm/yyyy - dd/mm/yyyy, EARNINGS and DEDUCTIONS as two boxed panels side by side (NIS 5.6%, "
             "income tax, credit union, canteen) each closed by its total, TAKE HOME PAY G$ boxed under the deductions"),
    "en-pay-ae-facility-september": dict(
        draw=en_pay_ae_salary_slip_september, type="payslip", lang="en",
        fields={"employer": ["QASR AL SAHIL FACILITY SERVICES L.L.C.", "Qasr Al Sahil Facility Services L.L.C."],
                "employee": "Arnel Bautista Dizon", "period": "2026-09", "gross_pay": "3797.50", "net_pay": "3224.17"},
        forms={"photo": dict(desk="dark", angle=-2.6, persp=0.06, blur=0.95, quality=70, falloff=0.4, exposure=0.9)},
        note="a UAE facilities company's 'Salary Slip for the month of September 2026' in AED under a maroon band: "
             "Employee ID, Labour Card No, Date of Joining, Bank / WPS, Earnings and Deductions tables side by side, Net "
             "Salary in figures and in words; a month before the one asked (stale)"),
    "en-stmt-zw-usd-two-page-crdr": dict(
        draw=en_stmt_zw_two_page, type="bank_statement", lang="en",
        fields={"bank": ["Mutapa Commercial Bank Limited", "MUTAPA COMMERCIAL BANK LIMITED", "Mutapa Commercial Bank"],
                "account_holder": ["MRS TENDAI R CHIWESHE", "TENDAI R CHIWESHE", "Tendai R Chiweshe"],
                "account_number": "41200388197502", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "217.88"},
        forms={"text": {}, "scan": {}},
        note="a Zimbabwean bank's two-page USD current account STATEMENT OF ACCOUNT: the postal address left and a "
             "statement box right, Date | Transaction Details | Debit | Credit | Balance with 'dd Mon yy' dates and 'Cr' "
             "or 'Dr' after every balance (an overdraft from the 6th to the 15th), 'Balance brought forward' first, "
             "'Balance carried forward' at the foot of page 1 and brought forward on page 2, TOTALS and CLOSING BALANCE"),
    "en-stmt-ls-savings-value-dates": dict(
        draw=en_stmt_ls_value_dates, type="bank_statement", lang="en",
        fields={"bank": "Senqu Savings Bank of Lesotho", "account_holder": ["Palesa M. Ntsekhe", "Palesa M Ntsekhe"],
                "account_number": "910255403318", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "7536.07"},
        forms={"photo": dict(desk="cloth", angle=1.7, persp=0.06, blur=1.0, quality=67, fold=0.42, shadow=0.25),
               "scan": {}},
        note="a Lesotho savings bank's Account Statement in maloti: Post Date | Value Date | Reference | Description | "
             "Amount (M) | Balance (M) with debits as a trailing minus (1,800.00-), an OPENING BALANCE row, the statement "
             "date and Period dd/mm/yyyy - dd/mm/yyyy at the right, a boxed Opening / Total Debits / Total Credits / "
             "Closing strip at the foot"),
    "en-stmt-bz-credit-union-app": dict(
        draw=en_stmt_bz_cu_app, type="bank_statement", lang="en",
        fields={"bank": "Cayo Valley Credit Union", "account_holder": "Marisol E. Cuellar-Tillett",
                "account_number": "5218", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "2904.14"},
        forms={"image": {}},
        note="a Belize credit union's app screen (PNG): a teal head with the member's name, Share Savings ****, Available "
             "balance BZ$, an 'Oct 1, 2026 - Oct 31, 2026' chip, cards newest first with +/- amounts and 'Bal' under "
             "each, 'Balance on Oct 1' at the foot"),
    "en-med-pg-day-surgery-tax-invoice": dict(
        draw=en_med_pg_hospital_invoice, type="medical_bill", lang="en",
        fields={"provider": ["HARBOURSIDE PRIVATE HOSPITAL", "Harbourside Private Hospital"],
                "patient": ["Kila Waiaki Tamarua", "Mr Kila Waiaki Tamarua"], "date": ["2026-10-22", "2026-10-21"],
                "total": ["9990.64", "4990.64"]},
        forms={"text": {}, "photo": dict(desk="wood", angle=-2.2, persp=0.06, blur=1.0, quality=66, shadow=0.3)},
        note="a Papua New Guinean private hospital's TAX INVOICE in kina for a day-surgery stay: TIN, invoice number and "
             "date at the right, Bill To with the patient number, Admitted / Discharged times, Item | Qty | Rate (K) | "
             "Amount (K), Sub-total, GST 10%, TOTAL DUE, less the deposit, BALANCE OWING; TOTAL DUE first, the balance "
             "owing accepted; the invoice date first, the day of surgery accepted"),
    "en-unemp-sc-resort-termination-notice": dict(
        draw=en_unemp_sc_termination_notice, type="unemployment_proof", lang="en",
        fields={"person": ["Jean-Paul Hoareau-Savy", "Mr. Jean-Paul Hoareau-Savy"],
                "issuer": ["Anse Lazio Bay Resort", "ANSE LAZIO BAY RESORT"], "date": ["2026-10-02", "2026-10-31"]},
        forms={"photo": dict(desk="laminate", angle=2.5, persp=0.05, blur=0.95, quality=70, hand="right")},
        note="a Seychelles resort's NOTICE OF TERMINATION OF EMPLOYMENT letter: centred letterhead, Ref and date, the "
             "employee's address, redundancy under the Employment Act with a month's notice and the last day of work in "
             "prose, the final dues in SCR in a small table, the HR manager's signature; the letter's date first, the "
             "last day of work accepted"),
    "en-unemp-im-jobseekers-award": dict(
        draw=en_unemp_im_jsa_award, type="unemployment_proof", lang="en",
        fields={"person": ["Orla Kinvig-Quayle", "Miss Orla Kinvig-Quayle"],
                "issuer": ["Isle of Man Government", "Social Security Division",
                           "Cabinet Office - Social Security Division"],
                "date": ["2026-10-20", "2026-10-05"]},
        forms={"scan": {}, "photo": dict(desk="wood", angle=-1.6, persp=0.06, blur=1.0, quality=68, falloff=0.45,
                                         exposure=0.9)},
        note="a Crown dependency government's 'Jobseeker's Allowance - Notice of award': the division's head and office "
             "address, the claimant's address left and Date / NI number / Our reference right, a shaded award box (Award "
             "from, Weekly rate, Paid, Sign on), numbered conditions, the decision maker; the notice's date first, the "
             "award's start accepted"),
    "en-med-vu-pen-receipt-2025": dict(
        draw=en_med_vu_clinic_receipt_2025, type="medical_bill", lang="en",
        fields={"provider": ["SEAFRONT MEDICAL PRACTICE", "Seafront Medical Practice"], "date": "2025-07-11",
                "total": "8500.00"},
        absent=["patient"],
        forms={"photo": dict(desk="cloth", angle=-3.4, persp=0.06, blur=1.0, quality=66, dpi=200, crumple=0.5)},
        note="a Vanuatu medical practice's pre-printed OFFICIAL RECEIPT from a duplicate book filled by pen: a red "
             "number, the date d/m/yyyy, 'Received from' left blank (absent), the sum in words, 'Being payment for' a "
             "consultation and dressing, VT in a box, a signature; July 2025 (stale)"),
    "en-income-sz-salary-certificate": dict(
        draw=en_income_sz_salary_certificate, type="income_proof", lang="en",
        fields={"employer": ["MKHONDVO VALLEY CITRUS GROWERS (PTY) LTD", "Mkhondvo Valley Citrus Growers (Pty) Ltd"],
                "employee": "Sibusiso Mandla Dlamini-Nxumalo", "monthly_income": ["14250.00", "11264.35"],
                "date": "2026-11-03"},
        forms={"text": {}, "photo": dict(desk="dark", angle=1.4, persp=0.05, blur=0.95, quality=70, exposure=0.92)},
        note="an Eswatini citrus grower's SALARY CERTIFICATE: an orange-ruled letterhead, the date at the right, TO WHOM "
             "IT MAY CONCERN, a two-column ruled table (Full names, Personal ID No., Position, Date of engagement, basic, "
             "allowances, gross and net per month in E), the pay day, the finance manager's signature beside a "
             "rectangular dated stamp; gross first, net accepted"),
    "en-other-gi-general-rates-demand": dict(
        draw=en_other_gi_general_rates, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=2.8, persp=0.05, blur=1.0, quality=68)},
        note="look-alike: a government's GENERAL RATES demand notice for a flat (net annual value, rate in the pound, "
             "the quarter's amount, a prompt payment discount, a payment slip): a property rates bill, not a medical bill"),
    "en-other-ky-health-renewal-notice": dict(
        draw=en_other_ky_health_renewal, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a health insurer's POLICY RENEWAL NOTICE (the member and dependants, monthly premiums, the "
             "employer's share and the payroll deduction): insurance premiums, not a medical bill and not a payslip"),
}


def entries() -> list[tuple[str, str]]:
    """Every (document, form) pair of the set, in DOCS order."""
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set; deterministic (the same bytes on every call and machine with the
    same reportlab, poppler, Pillow and font)."""
    spec = DOCS[doc]
    pdf = spec["draw"]()[0]
    key = f"i12-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan_pages(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def figures(doc: str) -> dict[str, str]:
    """The money figures a document's drawing computed (gross/net, closing balance, total and the patient's own share,
    monthly income): the labels must agree."""
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
        out.append({"id": f"i12-{doc}-{form}", "origin": "generated", "generator": "gen_independent12", "doc": doc,
                    "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent12.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"i12-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"i12-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-20 (independent12-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
