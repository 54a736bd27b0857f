"""The seventeenth independently generated judging set (bench/thirdparty/independent17.json, ``--independent17``).

    python bench/thirdparty/gen_independent17.py --manifest   (rewrite independent17.json: labels + sha256)
    python bench/thirdparty/gen_independent17.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: issuers, places, kinds and layouts the
earlier sets do not use (Hegang, Panzhihua, Deyang, Tianshui, Baise, Yanji, Wuzhou; Mysuru, Gqeberha, Sunderland,
Spokane, Boise, Duluth, Dayton, Tampines, Toledo, Wrexham; Qinzhou). The drawing and photo plumbing (Page, _photo, _screenshot,
_daxie) is imported from gen_independent11.py, the every-page scanner from gen_independent12.py and the two-line head
from gen_independent14.py (one copy of each); everything else, layouts and wording, is this file's own.

What this set varies that earlier ones kept fixed: a bank export whose first page is a cover of totals and whose
transactions start on page 2 (compact 20261003 dates, 收入 before 支出, no ruling); a landscape counter print with one
signed 发生额 column carrying an explicit '+'; a two-page 住院费用清单 whose category totals sit on page 2; a pay strip
cut from a spreadsheet (two-line heads, column letters and row numbers printed); an Indian salary slip and statement in
lakh grouping (1,23,456.00) with Cr/Dr after balances and dd-mm-yyyy dates; a South African payslip in '1 234,56'; a
UK statement over two pages with Paid in before Paid out and the balance carried forward at the foot of page 1; a US
credit-union statement whose cleared cheques sit in a three-across register; figures in key/value columns.

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
import re
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
MANIFEST = HERE / "independent17.json"
PREFIX = "i17"
GREY = (0.42, 0.42, 0.42)
LIGHT = (0.93, 0.93, 0.93)
NAVY = (0.08, 0.2, 0.42)
TEAL = (0.0, 0.4, 0.42)
BRICK = (0.62, 0.18, 0.1)
GREEN = (0.03, 0.6, 0.3)
PHONE = (390, 844)


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _m(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _lakh(v: float) -> str:
    """Indian grouping: the last three digits, then pairs - 1,23,456.78 (negatives with a leading minus)."""
    sign = "-" if v < 0 else ""
    whole, frac = f"{abs(v):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    if head:
        pairs.insert(0, head)
    return sign + ",".join([*pairs, tail]) + "." + frac


def _za(v: float) -> str:
    """South African print: a space between thousands and a decimal comma - 12 345,67."""
    whole, frac = f"{abs(v):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ("-" if v < 0 else "") + " ".join([whole, *groups]) + "," + frac


def _signed(v: float) -> str:
    """An explicit sign on every amount: +3,300.00 / -86.40."""
    return ("+" if v >= 0 else "-") + _m(abs(v))


def _balances(opening: float, amounts: list[float]) -> list[float]:
    """Running balances after each signed amount (credits positive)."""
    out, bal = [], opening
    for a in amounts:
        bal = _r(bal + a)
        out.append(bal)
    return out


def _bar(p: Page, clock: str, color=(0, 0, 0)) -> None:
    """A phone's status bar: the clock, a wifi fan of three arcs drawn as bars, the battery as a number."""
    p.t(30, 30, clock, 12, bold=True, color=color)
    for k in range(3):
        p.box(300 + k * 6, 28 - 3 * k, 4, 4 + 3 * k, fill=color, stroke=None)
    p.t(360, 30, "76%", 10, color=color, align="r")


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

HG = dict(person="蔺卫东", issuer="鹤岗兴山选煤有限责任公司", start="2012年4月9日", end="2026年10月31日",
          years="14年7个月")


def zh_unemp_hegang_termination_certificate() -> tuple[bytes, dict]:
    """A coal washery's 解除劳动合同证明书 (A4): a number at the top right; the worker's particulars as label/value pairs
    in two columns (劳动者姓名, 居民身份证号码, 工作岗位, 入职时间, 合同解除时间, 本单位工作年限); a short paragraph on why
    (经济性裁员 after a washing line closed), the 经济补偿 paid, the 档案 and 社会保险 transfer; one copy each; the
    company's seal over 出具日期 2026年11月3日."""
    p = Page(A4, zh=True)
    p.t(297, 92, "解除劳动合同证明书", 19, bold=True, align="c")
    p.t(520, 120, "兴选人字（2026）第038号", 9.5, align="r", color=GREY)
    pairs = [("劳动者姓名", HG["person"], "性　　别", "男"),
             ("居民身份证号码", "230404198306******", "工作岗位", "重介洗选工"),
             ("入职时间", HG["start"], "合同解除时间", HG["end"]),
             ("本单位工作年限", HG["years"], "解除方式", "用人单位提出解除")]
    y = 150
    for a, b, c, d in pairs:
        p.t(64, y, a + "：", 11, color=GREY)
        p.t(168, y, b, 11.5)
        p.t(318, y, c + "：", 11, color=GREY)
        p.t(414, y, d, 11.5)
        p.line(166, y + 5, 300, y + 5, 0.3, color=GREY)
        p.line(412, y + 5, 530, y + 5, 0.3, color=GREY)
        y += 30
    y += 16
    text = [
        "　　因我公司二号洗煤车间于2026年9月停产关闭，经向工会说明情况并报告劳动行政部门，",
        "依据《中华人民共和国劳动合同法》第四十一条之规定，我公司与",
        f"{HG['person']}同志于{HG['end']}解除劳动合同。",
        "　　我公司已按其在本单位工作年限支付经济补偿，并结清工资至解除之日。",
        "　　其人事档案及社会保险关系自本证明出具之日起十五日内办理转移手续。",
        "　　特此证明。",
    ]
    for ln in text:
        p.t(64, y, ln, 11)
        y += 27
    p.t(64, y + 20, "本证明书一式两份，单位与劳动者各执一份；劳动者可持本证明书办理失业登记。", 9, color=GREY)
    p.t(520, y + 96, "用人单位（盖章）：" + HG["issuer"], 11, align="r")
    p.t(520, y + 126, "出具日期：2026年11月3日", 11, align="r")
    p.stamp(430, y + 92, 44, HG["issuer"], "人事劳资专用章")
    p.line(64, y + 180, 530, y + 180, 0.4, dash=(3, 3))
    p.t(64, y + 204, "劳动者签收：", 10.5)
    p.hand(150, y + 206, HG["person"], 15, key="hg-sign")
    p.t(320, y + 204, "签收日期：", 10.5)
    p.hand(384, y + 206, "2026.11.3", 13, key="hg-date")
    return p.pdf(), {}


HGB_ROWS = [  # yyyymmdd, signed amount, 摘要, 对方
    ("20261002", -58.00, "代扣 话费", "中国联通鹤岗分公司"),
    ("20261004", -300.00, "ATM取现", "兴山支行自助设备"),
    ("20261006", -126.80, "快捷支付", "拼多多平台商户"),
    ("20261009", -77.35, "代扣 电费", "国网鹤岗供电公司"),
    ("20261012", 2986.40, "代发工资", "鹤岗兴山选煤有限责任公司"),
    ("20261013", -1100.00, "转账汇款", "蔺卫红"),
    ("20261015", -45.60, "快捷支付", "美团平台商户"),
    ("20261017", -260.00, "代扣 取暖费", "鹤岗市热力公司"),
    ("20261019", -88.00, "快捷支付", "京东平台商户"),
    ("20261021", -500.00, "ATM取现", "兴山支行自助设备"),
    ("20261024", -31.20, "代扣 水费", "鹤岗市供水公司"),
    ("20261026", -199.00, "快捷支付", "拼多多平台商户"),
    ("20261028", -64.50, "快捷支付", "美团平台商户"),
    ("20261031", 2986.40, "代发工资", "鹤岗兴山选煤有限责任公司"),
    ("20261031", 43500.00, "经济补偿金", "鹤岗兴山选煤有限责任公司"),
    ("20261031", 3.12, "利息", ""),
]
HGB_OPEN = 1562.47
HG_BANK = "鹤岗鹤城商业银行"


def zh_stmt_hegang_city_bank_export_with_cover() -> tuple[bytes, dict]:
    """A city bank's 手机银行 PDF export of 账户交易明细 over two A4 pages: page 1 is a cover - the bank, the request's
    number, 户名 / 卡号 / 币种 / 起止日期 as pairs in two columns, a boxed 汇总 (期初余额, 收入 count and sum, 支出 count
    and sum, 期末余额) and notes on the electronic seal; page 2 holds the transactions unruled: 序号 | 记账日期 (20261012)
    | 收入金额 | 支出金额 | 账户余额 | 摘要 | 对方户名, then — 以下空白 —."""
    p = Page(A4, zh=True)
    amounts = [r[1] for r in HGB_ROWS]
    bal = _balances(HGB_OPEN, amounts)
    closing = bal[-1]
    inc = _r(sum(a for a in amounts if a > 0))
    out = _r(sum(-a for a in amounts if a < 0))
    p.box(0, 0, 595, 70, fill=(0.55, 0.07, 0.12), stroke=None)
    p.t(48, 44, HG_BANK, 17, bold=True, color=(1, 1, 1))
    p.t(547, 44, "个人账户交易明细", 12, color=(1, 1, 1), align="r")
    p.t(48, 110, "电子流水申请编号：HCB2026110400617", 9.5, color=GREY)
    p.t(547, 110, "生成时间：2026-11-04 20:41:36", 9.5, color=GREY, align="r")
    kv = [("户　　名", HG["person"], "币　　种", "人民币"), ("卡　　号", "6231 8806 0012 4470 385", "钞汇标志", "钞"),
          ("开户机构", "兴山支行", "起止日期", "2026-10-01 至 2026-10-31")]
    y = 150
    for a, b, c, d in kv:
        p.t(48, y, a, 10.5, color=GREY)
        p.t(118, y, b, 10.5)
        p.t(318, y, c, 10.5, color=GREY)
        p.t(388, y, d, 10.5)
        y += 24
    y += 20
    p.box(48, y, 499, 150, stroke=(0.55, 0.07, 0.12), lw=0.8)
    p.t(64, y + 26, "汇　总", 12, bold=True, color=(0.55, 0.07, 0.12))
    cells = [("期初余额", _m(HGB_OPEN)), ("收入笔数", str(sum(a > 0 for a in amounts))), ("收入金额", _m(inc)),
             ("期末余额", _m(closing)), ("支出笔数", str(sum(a < 0 for a in amounts))), ("支出金额", _m(out))]
    for k, (a, b) in enumerate(cells):
        cx, cy = 64 + (k % 3) * 162, y + 64 + (k // 3) * 50
        p.t(cx, cy, a, 9.5, color=GREY)
        p.t(cx, cy + 22, b, 14, bold=k == 3)
    y += 190
    notes = ["说明：", "1. 本明细由客户通过手机银行自助申请生成，加盖电子印章，与柜面打印具有同等效力。",
             "2. 交易明细见下页；金额单位：元。", "3. 可登录本行官网“电子凭证验真”栏目输入申请编号核验。"]
    for ln in notes:
        p.t(48, y, ln, 9.5, color=GREY)
        y += 18
    p.stamp(470, y + 40, 40, HG_BANK, "电子印章")
    p.t(297, 812, "1 / 2", 8.5, align="c", color=GREY)
    p.c.showPage()
    p.t(48, 50, f"{HG_BANK}  个人账户交易明细（续）    卡号：6231 8806 0012 4470 385", 9, color=GREY)
    widths = [30, 62, 72, 72, 80, 74, 120]
    heads = ["序号", "记账日期", "收入金额", "支出金额", "账户余额", "摘要", "对方户名"]
    aligns = ["c", "l", "r", "r", "r", "l", "l"]
    rows = [[str(k + 1), r[0], _m(r[1]) if r[1] > 0 else "", _m(-r[1]) if r[1] < 0 else "", _m(b), r[2], r[3]]
            for k, (r, b) in enumerate(zip(HGB_ROWS, bal, strict=True))]
    y = p.table(44, 70, widths, [heads] + rows, rh=21, size=8.6, head=1, head_fill=(0.96, 0.9, 0.9), aligns=aligns,
                grid=False)
    p.t(297, y + 26, "— 以下空白 —", 9, align="c", color=GREY)
    p.t(297, 812, "2 / 2", 8.5, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


PZ = dict(employer="攀枝花钒都家具制造有限公司", person="符晓燕")
PZ_EARN = [("基本工资", 2300.00), ("计件工资", 1946.50), ("加班费", 312.00), ("全勤奖", 0.00), ("高温补贴", 0.00)]
PZ_DED = [("养老保险", 368.00), ("医疗保险", 92.00), ("失业保险", 23.00), ("住房公积金", 230.00), ("个人所得税", 0.00),
          ("病假扣款", 418.18)]


def _pz_pay() -> tuple[float, float]:
    gross = _r(sum(v for _k, v in PZ_EARN))
    return gross, _r(gross - sum(v for _k, v in PZ_DED))


def zh_pay_panzhihua_spreadsheet_strip() -> tuple[bytes, dict]:
    """A 工资条 cut with scissors from a printed spreadsheet (a narrow landscape strip): the sheet's column letters
    A-P and row numbers 27-30 printed in grey, a merged title cell with the company and 2026年10月, heads over two lines
    (应发项目 over five columns, 扣款项目 over six, 工号 / 姓名 / 应发合计 / 扣款合计 / 实发工资 spanning both), one row of
    figures, a ragged cut edge."""
    gross, net = _pz_pay()
    p = Page((842, 200), zh=True)
    x0, top = 34, 36
    widths = [34, 44, 46, 46, 42, 40, 40, 50, 46, 46, 46, 50, 44, 50, 50, 52]
    letters = "ABCDEFGHIJKLMNOP"
    p.box(x0 - 20, top - 14, sum(widths) + 20, 14, fill=(0.9, 0.9, 0.9), stroke=None)
    cx = x0
    for w, ch in zip(widths, letters, strict=True):
        p.t(cx + w / 2, top - 4, ch, 7, align="c", color=GREY)
        p.line(cx, top - 14, cx, top + 112, 0.25, color=(0.7, 0.7, 0.7))
        cx += w
    for n, yy in (("27", top + 16), ("28", top + 36), ("29", top + 53), ("30", top + 74)):
        p.t(x0 - 10, yy, n, 7, align="c", color=GREY)
    p.box(x0, top, sum(widths), 24, stroke=(0, 0, 0), lw=0.6)
    p.t(x0 + sum(widths) / 2, top + 16, f"{PZ['employer']}  2026年10月 工资条", 11, bold=True, align="c")
    heads = ["工号", "姓名", ("应发项目", [k for k, _v in PZ_EARN]), "应发合计", ("扣款项目", [k for k, _v in PZ_DED]),
             "扣款合计", "实发工资"]
    y = _head2(p, x0, top + 24, widths, 17, heads, size=7.6)
    row = ["0417", PZ["person"], *[_m(v) if v else "0" for _k, v in PZ_EARN], _m(gross),
           *[_m(v) if v else "0" for _k, v in PZ_DED], _m(_r(gross - net)), _m(net)]
    y = p.table(x0, y, widths, [row], rh=22, size=8, head=0, aligns=["c", "c"] + ["r"] * 14)
    p.t(x0, y + 16, "注：病假扣款按攀枝花市最低工资标准核算；对工资有疑问请于发放后7日内找车间统计员。", 7.5, color=GREY)
    # the scissors' ragged cut along the bottom
    for k in range(0, 842, 14):
        p.line(k, 186 + (k // 14 % 3), k + 14, 186 + ((k // 14 + 1) % 3), 0.4, color=(0.6, 0.6, 0.6))
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


PZB_ROWS = [  # yyyy-mm-dd, hh:mm, 摘要, signed amount, 对方户名, 渠道
    ("2026-10-02", "10:12", "消费", -38.50, "仁和区红旗超市", "POS"),
    ("2026-10-05", "16:47", "网银转出", -600.00, "符晓春", "网银"),
    ("2026-10-08", "09:30", "医保个账划入", 96.40, "攀枝花市医疗保障事务中心", "批量"),
    ("2026-10-09", "11:02", "取现", -500.00, "", "柜面"),
    ("2026-10-11", "14:20", "住院预交金", -3000.00, "攀枝花市仁和区第三人民医院", "POS"),
    ("2026-10-15", "08:55", "代发工资", 3580.00, PZ["employer"], "批量"),
    ("2026-10-16", "19:31", "快捷支付", -62.00, "财付通", "网联"),
    ("2026-10-19", "10:40", "出院结算退款", 1207.85, "攀枝花市仁和区第三人民医院", "POS"),
    ("2026-10-21", "18:05", "快捷支付", -145.20, "支付宝", "网联"),
    ("2026-10-24", "09:18", "代扣电费", -54.70, "国网攀枝花供电公司", "批量"),
    ("2026-10-27", "13:42", "网银转入", 800.00, "符晓春", "网银"),
    ("2026-10-29", "17:26", "消费", -212.30, "仁和区百信大药房", "POS"),
    ("2026-10-31", "02:00", "结息", 0.87, "", "系统"),
]
PZB_OPEN = 4319.64
PZ_BANK = "攀枝花仁和农村商业银行"


def zh_stmt_panzhihua_rcb_counter_landscape() -> tuple[bytes, dict]:
    """A rural commercial bank's counter print of 活期账户明细 (A4 landscape, no ruling at all): the bank's name and a
    print line; particulars as label/value pairs three to a row (客户名称, 账号, 起始日期 20261001, 终止日期 20261031,
    币种, 打印柜员); the rows as 记账日期 (2026-10-02) | 时间 | 摘要 | 发生额 (one column, '+3,580.00' / '-600.00') |
    余额 | 对方户名 | 渠道; under them, on one line, 借方笔数/金额, 贷方笔数/金额 and 本期余额."""
    p = Page(landscape(A4), zh=True)
    amounts = [r[3] for r in PZB_ROWS]
    bal = _balances(PZB_OPEN, amounts)
    closing = bal[-1]
    p.t(421, 46, PZ_BANK, 15, bold=True, align="c", color=TEAL)
    p.t(421, 68, "活期账户明细查询", 12, align="c")
    p.t(800, 68, "打印日期：2026/11/05 10:26", 8.5, align="r", color=GREY)
    kv = [("客户名称", PZ["person"]), ("账　　号", "8807 0141 2003 5569 12"), ("币　　种", "人民币"),
          ("起始日期", "20261001"), ("终止日期", "20261031"), ("打印柜员", "仁和支行 011473")]
    for k, (a, b) in enumerate(kv):
        x, y = 44 + (k % 3) * 260, 100 + (k // 3) * 20
        p.t(x, y, a + "：", 9.5, color=GREY)
        p.t(x + 62, y, b, 9.5)
    widths = [76, 44, 110, 92, 92, 230, 56]
    aligns = ["l", "l", "l", "r", "r", "l", "l"]
    heads = ["记账日期", "时间", "摘要", "发生额", "余额", "对方户名", "渠道"]
    rows = [[r[0], r[1], r[2], _signed(r[3]), _m(b), r[4], r[5]] for r, b in zip(PZB_ROWS, bal, strict=True)]
    y = p.table(44, 150, widths, [heads], rh=20, size=9, head=1, head_fill=None, grid=False, aligns=aligns)
    p.line(44, y, 44 + sum(widths), y, 0.3, dash=(1, 2), color=GREY)
    y = p.table(44, y + 2, widths, rows, rh=19, size=8.8, head=0, grid=False, aligns=aligns)
    p.line(44, y + 4, 44 + sum(widths), y + 4, 0.3, dash=(1, 2), color=GREY)
    dr = [a for a in amounts if a < 0]
    cr = [a for a in amounts if a > 0]
    p.t(44, y + 24, f"借方笔数：{len(dr)}    借方金额：{_m(-sum(dr))}    贷方笔数：{len(cr)}    贷方金额：{_m(sum(cr))}",
        9)
    p.t(800, y + 24, f"本期余额：{_m(closing)}", 10, bold=True, align="r")
    p.t(44, y + 46, f"上期余额：{_m(PZB_OPEN)}", 9, color=GREY)
    p.t(421, 570, "本明细仅供客户对账使用    第1页/共1页", 8, align="c", color=GREY)
    p.stamp(700, y + 90, 38, PZ_BANK, "业务专用章")
    return p.pdf(), {"closing": _s(closing)}


PZ_HOSP = "攀枝花市仁和区第三人民医院"
PZ_ITEMS = [  # day, 编码, 名称, 规格, 单位, 数量, 单价, 类别
    ("10-11", "110200001", "住院诊查费", "", "日", 1, 20.00, "甲"),
    ("10-11", "250101015", "血细胞分析（五分类）", "", "次", 1, 25.00, "甲"),
    ("10-11", "250301001", "肝功能十二项", "", "项", 1, 96.00, "甲"),
    ("10-11", "270800005", "腹部彩色多普勒超声", "", "次", 1, 180.00, "甲"),
    ("10-11", "210300001", "上腹部CT平扫", "", "次", 1, 260.00, "乙"),
    ("10-11", "X-J01DD", "注射用头孢曲松钠", "1.0g", "支", 2, 18.60, "甲"),
    ("10-11", "120400006", "静脉输液", "", "组", 2, 9.00, "甲"),
    ("10-12", "110900001", "床位费（三人间）", "", "日", 1, 35.00, "甲"),
    ("10-12", "110200001", "住院诊查费", "", "日", 1, 20.00, "甲"),
    ("10-12", "X-J01DD", "注射用头孢曲松钠", "1.0g", "支", 2, 18.60, "甲"),
    ("10-12", "X-A02BC", "注射用泮托拉唑钠", "40mg", "支", 2, 32.40, "乙"),
    ("10-12", "120400006", "静脉输液", "", "组", 3, 9.00, "甲"),
    ("10-12", "120100001", "Ⅱ级护理", "", "日", 1, 22.00, "甲"),
    ("10-13", "110900001", "床位费（三人间）", "", "日", 1, 35.00, "甲"),
    ("10-13", "331001001", "腹腔镜下胆囊切除术", "", "次", 1, 2380.00, "甲"),
    ("10-13", "330100003", "全身麻醉", "", "次", 1, 860.00, "甲"),
    ("10-13", "C-1402", "一次性使用腹腔镜穿刺器", "10mm", "套", 1, 736.00, "丙"),
    ("10-13", "C-0877", "可吸收生物夹", "M", "枚", 3, 148.00, "乙"),
    ("10-13", "270300001", "病理检查（冰冻外）", "", "例", 1, 240.00, "甲"),
    ("10-13", "120100002", "Ⅰ级护理", "", "日", 1, 36.00, "甲"),
    ("10-14", "110900001", "床位费（三人间）", "", "日", 1, 35.00, "甲"),
    ("10-14", "X-J01DD", "注射用头孢曲松钠", "1.0g", "支", 2, 18.60, "甲"),
    ("10-14", "X-N02BE", "氨酚羟考酮片", "5mg*10", "盒", 1, 46.80, "乙"),
    ("10-14", "120400006", "静脉输液", "", "组", 2, 9.00, "甲"),
    ("10-14", "120100002", "Ⅰ级护理", "", "日", 1, 36.00, "甲"),
    ("10-15", "110900001", "床位费（三人间）", "", "日", 1, 35.00, "甲"),
    ("10-15", "250101015", "血细胞分析（五分类）", "", "次", 1, 25.00, "甲"),
    ("10-15", "120400010", "换药（中）", "", "次", 1, 28.00, "甲"),
    ("10-15", "120100001", "Ⅱ级护理", "", "日", 1, 22.00, "甲"),
    ("10-16", "110900001", "床位费（三人间）", "", "日", 1, 35.00, "甲"),
    ("10-16", "120400010", "换药（中）", "", "次", 1, 28.00, "甲"),
    ("10-16", "X-A05BA", "多烯磷脂酰胆碱胶囊", "228mg*24", "盒", 2, 54.30, "乙"),
    ("10-16", "110200001", "出院诊查费", "", "次", 1, 20.00, "甲"),
]


def zh_med_panzhihua_inpatient_itemised_list_two_page() -> tuple[bytes, dict]:
    """A county hospital's 住院患者费用明细清单 over two A4 pages: the patient's particulars in a ruled band (住院号,
    姓名, 科室, 床号, 入院日期, 出院日期, 费别); every charged item by day: 日期 | 项目编码 | 项目名称 | 规格 | 单位 | 数量
    | 单价 | 金额 | 类别 (甲/乙/丙); 本页小计 at the foot of page 1; page 2 continues and ends on the 费用分类汇总 by kind,
    费用总额 in ¥ and 大写, 预交金额 and 出院退款, the 收费专用章."""
    p = Page(A4, zh=True)
    rows = [[d, code, name, spec, unit, str(n), _m(price), _m(_r(n * price)), cat]
            for d, code, name, spec, unit, n, price, cat in PZ_ITEMS]
    amounts = [_r(n * price) for *_a, n, price, _c in PZ_ITEMS]
    total = _r(sum(amounts))
    p.t(297, 50, PZ_HOSP, 15, bold=True, align="c")
    p.t(297, 72, "住院患者费用明细清单", 13, bold=True, align="c")
    band = [("住院号", "ZY20261011072"), ("姓名", PZ["person"]), ("性别", "女"), ("科室", "普外二科"),
            ("床号", "12"), ("费别", "城镇职工医保"), ("入院日期", "2026-10-11"), ("出院日期", "2026-10-16")]
    for k, (a, b) in enumerate(band):
        x, y = 40 + (k % 4) * 130, 88 + (k // 4) * 20
        p.box(x, y, 130, 20, stroke=(0, 0, 0), lw=0.4)
        p.t(x + 4, y + 14, f"{a}：{b}", 8.8)
    widths = [36, 64, 132, 50, 28, 30, 52, 60, 30]
    heads = ["日期", "项目编码", "项目名称", "规格", "单位", "数量", "单价", "金额", "类别"]
    aligns = ["c", "l", "l", "l", "c", "r", "r", "r", "c"]
    split = 20
    y = p.table(40, 140, widths, [heads] + rows[:split], rh=22, size=8.3, head=1, aligns=aligns)
    p.t(40, y + 18, f"本页小计：{_m(sum(amounts[:split]))}", 9)
    p.t(297, 812, "第1页 共2页", 8.5, align="c", color=GREY)
    p.c.showPage()
    p.t(40, 50, f"{PZ_HOSP}  住院号：ZY20261011072  姓名：{PZ['person']}（续）", 9, color=GREY)
    y = p.table(40, 64, widths, [heads] + rows[split:], rh=22, size=8.3, head=1, aligns=aligns)
    p.t(40, y + 18, f"本页小计：{_m(sum(amounts[split:]))}", 9)
    kinds: dict[str, float] = {}
    for (_d, _c, name, *_x), a in zip(PZ_ITEMS, amounts, strict=True):
        k = ("床位费" if "床位" in name else "护理费" if "护理" in name else "诊查费" if "诊查" in name
             else "检查费" if any(w in name for w in ("超声", "CT", "病理")) else "化验费" if any(
                 w in name for w in ("血细胞", "肝功能")) else "手术费" if "术" in name and "穿刺" not in name
             else "麻醉费" if "麻醉" in name else "材料费" if name.startswith(("一次性", "可吸收")) else
             "治疗费" if any(w in name for w in ("输液", "换药")) else "药品费")
        kinds[k] = _r(kinds.get(k, 0) + a)
    y += 44
    p.t(40, y, "费用分类汇总", 10.5, bold=True)
    cells = [[k, _m(v)] for k, v in kinds.items()]
    while len(cells) % 3:
        cells.append(["", ""])
    grid = [sum(cells[i:i + 3], []) for i in range(0, len(cells), 3)]
    y = p.table(40, y + 8, [80, 86, 80, 86, 80, 86], grid, rh=20, size=8.8, head=0, aligns=["l", "r"] * 3)
    p.t(40, y + 26, f"费用总额：{_m(total)}元    （大写）{_daxie(total)}", 10, bold=True)
    p.t(40, y + 48, "预交金额：3,000.00元    （医保结算后按实退补，以结算单为准）", 9.5)
    p.t(40, y + 76, "打印日期：2026-10-16 15:02    收费员：0318", 9, color=GREY)
    p.stamp(440, y + 70, 40, PZ_HOSP, "收费专用章")
    p.t(297, 812, "第2页 共2页", 8.5, align="c", color=GREY)
    return p.pdf(), {"total": _s(total)}


def zh_other_panzhihua_discharge_summary() -> tuple[bytes, dict]:
    """Look-alike: the same stay's 出院小结 (A4): particulars, 入院情况, 诊疗经过, 出院诊断, 出院医嘱 and the doctor's
    signature - a clinical summary, with no charge on it (not a bill)."""
    p = Page(A4, zh=True)
    p.t(297, 56, PZ_HOSP, 14, bold=True, align="c")
    p.t(297, 82, "出 院 小 结", 16, bold=True, align="c")
    head = f"姓名：{PZ['person']}    性别：女    年龄：44岁    科室：普外二科    床号：12    住院号：ZY20261011072"
    p.t(44, 112, head, 9.5)
    p.line(44, 120, 551, 120, 0.6)
    secs = [("入院日期", "2026年10月11日        出院日期：2026年10月16日        住院天数：5天"),
            ("入院情况", "患者因“反复右上腹痛3年，加重2天”入院。查体：右上腹压痛，Murphy征阳性。彩超示：胆囊多发结石，"
             "胆囊壁毛糙增厚。"),
            ("诊疗经过", "入院后完善相关检查，予抗感染、护胃、补液等治疗，于2026年10月13日在全麻下行腹腔镜胆囊切除术，"
             "手术顺利，术后病理：慢性胆囊炎伴胆囊结石。术后恢复好，切口愈合Ⅰ/甲。"),
            ("出院诊断", "1. 胆囊结石伴慢性胆囊炎；2. 脂肪肝（轻度）。"),
            ("出院情况", "患者无腹痛、发热，饮食睡眠可，大小便正常，切口无红肿渗出。"),
            ("出院医嘱", "1. 低脂饮食，休息两周，一个月内避免重体力劳动；2. 按时服药：多烯磷脂酰胆碱胶囊 2粒 tid；"
             "3. 术后7天门诊拆线，一个月后复查肝功能及腹部彩超；4. 如有腹痛、发热、黄疸及时就诊。")]
    y = 146
    for name, body in secs:
        p.t(44, y, name + "：", 10.5, bold=True)
        line, lines = "", []
        for ch in body:
            line += ch
            if len(line) >= 38:
                lines.append(line)
                line = ""
        if line:
            lines.append(line)
        for ln in lines:
            p.t(118, y, ln, 10.5)
            y += 20
        y += 12
    p.t(360, y + 40, "主治医师：", 10.5)
    p.hand(424, y + 42, "何建明", 15, key="pz-doc")
    p.t(360, y + 70, "日期：2026年10月16日", 10.5)
    return p.pdf(), {}


def zh_unemp_deyang_resignation_certificate_april() -> tuple[bytes, dict]:
    """A machine-assembly firm's 离职证明 on its letterhead (A5 portrait, short): a dashed line under the letterhead,
    the person's particulars in prose (在职期间, 岗位, 离职原因 合同到期不再续签), 与本公司已无劳动关系, the HR seal over
    2026年4月20日 - more than 180 days before the as-of date (stale)."""
    p = Page(A5, zh=True)
    firm = "德阳旌湖机电装配有限公司"
    p.t(30, 44, firm, 12.5, bold=True, color=NAVY)
    p.t(390, 44, "DEYANG JINGHU M&E ASSEMBLY", 7, color=NAVY, align="r", face="Helvetica")
    p.line(30, 54, 390, 54, 0.8, color=NAVY, dash=(4, 2))
    p.t(210, 98, "离 职 证 明", 16, bold=True, align="c")
    body = ["兹有邰春生（身份证号：510603199204******）于2020年6月1日",
            "入职我公司，任总装车间装配钳工。双方劳动合同于2026年4月",
            "19日期满，本人不再续签，于当日正式离职，工作交接及工资",
            "结算均已办理完毕。",
            "自离职之日起，其与本公司不再存在劳动关系，本公司对其",
            "今后的就业不设限制。",
            "特此证明。"]
    y = 140
    for ln in body:
        p.t(40, y, ("　　" if ln.startswith(("兹", "自", "特")) else "") + ln, 10.5)
        y += 24
    p.t(380, y + 60, firm, 10.5, align="r")
    p.t(380, y + 86, "2026年4月20日", 10.5, align="r")
    p.stamp(320, y + 68, 36, firm, "人力资源部")
    return p.pdf(), {}


def zh_other_tianshui_tax_app_income_screen() -> tuple[bytes, dict]:
    """Look-alike: the tax app's 收入纳税明细查询 screen (PNG) for 2026: 收入合计 and 已申报税额合计 in a blue card, then
    one line per month with the 所得项目 (工资薪金), the 扣缴义务人 and the 收入 - a record of what was declared to the
    tax office, not an employer's proof of income nor a payslip (an earlier set decided the same)."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(0.95, 0.96, 0.98), stroke=None)
    _bar(p, "9:14")
    p.t(20, 72, "〈", 16)
    p.t(195, 72, "收入纳税明细查询", 15, bold=True, align="c")
    months = [("2026-10", 3812.00), ("2026-09", 3812.00), ("2026-08", 4105.50), ("2026-07", 4105.50),
              ("2026-06", 3960.00), ("2026-05", 3960.00)]
    total = sum(v for _k, v in months)
    p.box(16, 92, 358, 110, fill=(0.16, 0.42, 0.86), stroke=None, radius=10)
    p.t(32, 120, "2026年度  工资薪金", 11, color=(1, 1, 1))
    p.t(32, 150, "收入合计（元）", 9.5, color=(0.85, 0.9, 1))
    p.t(32, 182, _m(total), 22, bold=True, color=(1, 1, 1))
    p.t(358, 150, "已申报税额合计（元）", 9.5, color=(0.85, 0.9, 1), align="r")
    p.t(358, 182, "0.00", 18, bold=True, color=(1, 1, 1), align="r")
    y = 232
    for month, v in months:
        p.box(16, y, 358, 74, fill=(1, 1, 1), stroke=None, radius=6)
        p.t(30, y + 24, f"{month}  工资薪金", 11.5, bold=True)
        p.t(360, y + 24, _m(v) + "元", 12, align="r")
        p.t(30, y + 46, "扣缴义务人：天水麦积农机配件制造有限公司", 9, color=GREY)
        p.t(30, y + 62, "申报日期：" + month[:5] + f"{int(month[5:]) % 12 + 1:02d}-12", 9, color=GREY)
        p.t(360, y + 62, "已申报税额 0.00元", 9, color=GREY, align="r")
        y += 84
    p.t(195, y + 18, "如对收入有异议，可在页面底部发起申诉", 9, color=GREY, align="c")
    return p.pdf(), {}


def zh_other_tianshui_housing_fund_deposit_detail() -> tuple[bytes, dict]:
    """Look-alike: a 住房公积金 个人缴存明细 printout (A4): the centre's name, 个人账号, 单位名称, 缴存基数 and the two
    rates, then 业务日期 | 业务类型 | 汇缴年月 | 单位缴存 | 个人缴存 | 发生额 | 个人账户余额 for twelve months - a savings
    account for housing, not a bank's statement, and the base is a contribution base, not pay."""
    p = Page(A4, zh=True)
    p.t(297, 56, "天水市住房公积金管理中心", 15, bold=True, align="c")
    p.t(297, 80, "个人住房公积金缴存明细", 12.5, align="c")
    info = [("姓　　名", "武桂香"), ("个人账号", "620500118842"), ("单位名称", "天水麦积农机配件制造有限公司"),
            ("缴存基数", "3,100.00"), ("单位比例", "5%"), ("个人比例", "5%")]
    for k, (a, b) in enumerate(info):
        p.t(48 + (k % 2) * 260, 110 + (k // 2) * 18, f"{a}：{b}", 9.5)
    widths = [66, 60, 56, 70, 70, 70, 106]
    heads = ["业务日期", "业务类型", "汇缴年月", "单位缴存", "个人缴存", "发生额", "个人账户余额"]
    bal = 4210.60
    rows = []
    for k in range(12):
        y_, m_ = (2025, 11 + k) if k < 2 else (2026, k - 1)
        bal = _r(bal + 310.00)
        rows.append([f"{y_}-{m_:02d}-18", "汇缴", f"{y_}{m_:02d}", "155.00", "155.00", "310.00", _m(bal)])
    rows.insert(8, ["2026-06-30", "结息", "", "", "", "61.37", _m(_r(float(rows[7][6].replace(",", "")) + 61.37))])
    b2 = float(rows[8][6].replace(",", ""))
    for r in rows[9:]:
        b2 = _r(b2 + 310.00)
        r[6] = _m(b2)
    p.table(48, 176, widths, [heads] + rows, rh=20, size=8.6, head=1, aligns=["c", "c", "c", "r", "r", "r", "r"])
    p.t(48, 176 + 20 * 14 + 26, "注：本明细仅供个人查询使用；打印时间 2026-11-08 11:20。", 8.5, color=GREY)
    return p.pdf(), {}


def zh_other_baise_wechat_change_ledger_screen() -> tuple[bytes, dict]:
    """Look-alike: a messaging wallet's 零钱明细 screen (PNG): a month filter, 支出 ¥ and 收入 ¥ for 10月, entries of
    red packets, transfers and QR payments with signed amounts and the 余额 after each - a payment wallet's ledger,
    not a bank's statement."""
    p = Page(PHONE, zh=True)
    _bar(p, "22:37")
    p.t(20, 72, "×", 18)
    p.t(195, 72, "零钱明细", 15, bold=True, align="c")
    p.box(0, 90, 390, 60, fill=(0.96, 0.96, 0.96), stroke=None)
    p.t(20, 116, "2026年10月 ▾", 12, bold=True)
    p.t(20, 138, "支出 ¥1,148.60    收入 ¥1,266.00", 10, color=GREY)
    rows = [("转账-来自 黄妹", "10月30日 20:11", 200.00), ("扫二维码付款-给 右江螺蛳粉", "10月29日 12:40", -16.00),
            ("微信红包-来自 家族群", "10月28日 21:03", 6.00), ("转账-给 房东老韦", "10月25日 09:15", -900.00),
            ("零钱提现-到工商银行(4871)", "10月22日 18:02", -200.00), ("扫二维码付款-给 百色芒果批发", "10月20日 16:33", -32.60),
            ("零钱充值-来自农业银行(0937)", "10月18日 08:47", 1000.00), ("转账-来自 黄妹", "10月12日 19:26", 60.00)]
    bal = 411.28
    y = 168
    for name, when, v in rows:
        p.t(20, y + 16, name, 11)
        p.t(20, y + 36, when, 9, color=GREY)
        p.t(370, y + 16, ("+" if v > 0 else "-") + f"{abs(v):.2f}", 12, align="r", color=(0.85, 0.6, 0.1) if v > 0
            else (0, 0, 0))
        p.t(370, y + 36, f"余额 {bal:.2f}", 9, align="r", color=GREY)
        bal = _r(bal - v)
        p.line(20, y + 50, 390, y + 50, 0.3, color=(0.88, 0.88, 0.88))
        y += 62
    return p.pdf(), {}


YJ = dict(person="金美兰", clinic="延吉市仁心口腔诊所", employer="延边帽儿山温泉度假酒店有限公司",
          bank="延吉海兰江商业银行")
YJ_DENT = [("根管治疗（磨牙）", 1, 680.00), ("根管预备及充填材料", 1, 220.00), ("全瓷冠（二氧化锆）", 1, 1800.00),
           ("数字化口内扫描", 1, 80.00), ("牙科小牙片", 2, 20.00)]


def zh_med_yanji_dental_clinic_fee_slip() -> tuple[bytes, dict]:
    """A dental clinic's pre-printed 收费单 (A5 landscape) filled by hand: the clinic's name printed, 患者姓名 / 日期 /
    病历号 written in blue pen, items with 数量 and 金额 in pen on ruled lines, 合计 in 大写 and ¥, 收款人 and the clinic's
    财务章; no insurance."""
    p = Page(landscape(A5), zh=True)
    total = _r(sum(n * v for _k, n, v in YJ_DENT))
    p.t(298, 40, YJ["clinic"], 15, bold=True, align="c", color=NAVY)
    p.t(298, 62, "门 诊 收 费 单", 12, align="c", color=NAVY)
    p.t(540, 62, "No.0002716", 10, align="r", color=BRICK, face="Courier-Bold")
    p.t(40, 92, "患者姓名", 10, color=NAVY)
    p.hand(96, 92, YJ["person"], 13, key="yj-n")
    p.t(236, 92, "日期", 10, color=NAVY)
    p.hand(266, 92, "2026.10.24", 12, key="yj-d")
    p.t(400, 92, "病历号", 10, color=NAVY)
    p.hand(444, 92, "K-5531", 12, key="yj-h")
    widths = [260, 70, 100, 85]
    p.table(40, 104, widths, [["治疗项目", "数量", "单价（元）", "金额（元）"]] + [["", "", "", ""]] * 7, rh=24, size=10,
            head=1, head_fill=None, color=NAVY)
    y = 128
    for name, n, v in YJ_DENT:
        p.hand(46, y + 17, name, 11.5, key="yj" + name)
        p.hand(330, y + 17, str(n), 12, key="yjn" + name)
        p.hand(376, y + 17, f"{v:.0f}", 12, key="yjv" + name)
        p.hand(470, y + 17, f"{n * v:.0f}", 12, key="yjt" + name)
        y += 24
    y = 104 + 24 * 8
    p.t(40, y + 24, "合计（大写）", 10, color=NAVY)
    p.hand(112, y + 24, _daxie(total), 12.5, key="yj-dx")
    p.t(400, y + 24, "¥", 11, color=NAVY)
    p.hand(414, y + 24, f"{total:.2f}", 13, key="yj-t")
    p.t(40, y + 52, "收款人", 10, color=NAVY)
    p.hand(84, y + 52, "崔", 12, key="yj-c")
    p.t(200, y + 52, "付款方式：□现金　□微信　□刷卡", 10, color=NAVY)
    p.hand(331, y + 51, "√", 13, key="yj-tick")
    p.stamp(520, y + 40, 34, YJ["clinic"], "财务专用章")
    return p.pdf(), {"total": _s(total)}


YJ_PAY = [("2026年5月", 3620.00), ("2026年6月", 3620.00), ("2026年7月", 4380.00), ("2026年8月", 4510.00),
          ("2026年9月", 3340.00), ("2026年10月", 2680.00)]


def zh_income_yanji_hotel_income_certificate() -> tuple[bytes, dict]:
    """A hotel's 收入证明 as a ruled form (A4): 兹证明 with the employee's particulars as label/value cells, a table of
    the last six months' 实发工资 (a seasonal job: the winter months lower), 近六个月月均实发收入 computed from them, the
    purpose line, 经办人 and phone, the company's seal over 2026年11月10日."""
    p = Page(A4, zh=True)
    avg = _r(sum(v for _k, v in YJ_PAY) / len(YJ_PAY))
    p.t(297, 70, "收 入 证 明", 20, bold=True, align="c")
    p.t(60, 112, "兹证明下列人员为我单位在职职工，其近六个月收入情况如下：", 11)
    cells = [["姓名", YJ["person"], "身份证号", "222401198807******"],
             ["部门", "客房部", "职务", "客房服务员（领班）"],
             ["入职日期", "2019年3月", "用工形式", "全日制劳动合同"]]
    p.table(60, 128, [80, 150, 80, 165], cells, rh=26, size=10.5, head=0, aligns=["c", "l", "c", "l"])
    p.table(60, 228, [160, 160], [["月份", "实发工资（元）"]] + [[k, _m(v)] for k, v in YJ_PAY], rh=24, size=10.5,
            head=1, aligns=["c", "r"])
    y = 228 + 24 * 7 + 34
    p.t(60, y, f"近六个月月均实发收入：人民币{_m(avg)}元（大写：{_daxie(avg)}）。", 11)
    p.t(60, y + 28, "以上情况属实，本证明仅用于其办理困难帮扶申请，不作其他用途。", 11)
    p.t(60, y + 60, "单位经办人：朴英子　　联系电话：0433-2518806", 10.5)
    p.t(530, y + 140, YJ["employer"] + "（盖章）", 11, align="r")
    p.t(530, y + 168, "2026年11月10日", 11, align="r")
    p.stamp(450, y + 146, 44, YJ["employer"], "人力资源部")
    return p.pdf(), {"monthly": _s(avg)}


YJB_ROWS = [  # mm-dd, hh:mm, title, signed amount
    ("10-03", "11:20", "消费 延吉西市场", -86.00), ("10-07", "09:02", "转账 金美玉", -500.00),
    ("10-10", "10:30", "代发工资 帽儿山温泉度假酒店", 2680.00), ("10-12", "18:44", "消费 美团", -42.50),
    ("10-15", "08:10", "代扣 延边供热", -301.20), ("10-18", "14:06", "取现 ATM", -400.00),
    ("10-21", "16:55", "消费 延吉西市场", -63.80), ("10-24", "17:12", "刷卡 仁心口腔诊所", -2820.00),
    ("10-26", "12:01", "转账 金美玉", 1500.00), ("10-29", "19:30", "消费 拼多多", -35.90),
]
YJB_OPEN = 1914.77


def zh_stmt_yanji_city_bank_app_month_screen() -> tuple[bytes, dict]:
    """A city bank's app 账户明细 screen (PNG) for one month: the account card (金美兰, 尾号 0627), a 2026.10.01 -
    2026.10.31 range, 收入 / 支出 totals, then entries grouped under a 2026年10月 header with mm-dd hh:mm stamps, signed
    amounts and 余额 under each, oldest first; 期末余额 in a band at the bottom."""
    p = Page(PHONE, zh=True)
    amounts = [r[3] for r in YJB_ROWS]
    bal = _balances(YJB_OPEN, amounts)
    p.box(0, 0, 390, 844, fill=(0.97, 0.97, 0.97), stroke=None)
    _bar(p, "20:05")
    p.t(195, 68, "账户明细", 15, bold=True, align="c")
    p.box(14, 84, 362, 84, fill=(0.0, 0.45, 0.55), stroke=None, radius=10)
    p.t(28, 108, YJ["bank"], 10, color=(1, 1, 1))
    p.t(28, 134, f"{YJ['person']}  借记卡  尾号0627", 13, bold=True, color=(1, 1, 1))
    p.t(28, 156, "查询区间 2026.10.01 - 2026.10.31", 9.5, color=(0.85, 0.95, 0.95))
    inc = _r(sum(a for a in amounts if a > 0))
    out = _r(sum(-a for a in amounts if a < 0))
    p.t(20, 194, f"收入 {_m(inc)}", 10.5, color=GREEN)
    p.t(200, 194, f"支出 {_m(out)}", 10.5, color=BRICK)
    p.t(20, 222, "2026年10月", 11, bold=True, color=GREY)
    y = 232
    for (day, hm, title, v), b in zip(YJB_ROWS, bal, strict=True):
        p.box(14, y, 362, 48, fill=(1, 1, 1), stroke=None, radius=4)
        p.t(26, y + 20, title, 10.5)
        p.t(26, y + 38, f"{day} {hm}", 8.5, color=GREY)
        p.t(364, y + 20, _signed(v), 11, align="r", color=GREEN if v > 0 else (0, 0, 0))
        p.t(364, y + 38, f"余额 {_m(b)}", 8.5, align="r", color=GREY)
        y += 52
    p.box(14, y + 6, 362, 34, fill=(0.9, 0.95, 0.95), stroke=None, radius=4)
    p.t(26, y + 28, "期末余额", 10.5, bold=True)
    p.t(364, y + 28, _m(bal[-1]), 12, bold=True, align="r")
    return p.pdf(), {"closing": _s(bal[-1])}


def zh_other_wuzhou_water_power_gas_receipt() -> tuple[bytes, dict]:
    """Look-alike: a 便民缴费 counter's 水电燃气缴费回单 (a 80 mm till roll): the hall's name, 用户号 and address of three
    utilities with the meter readings, 本次缴费 each, 合计 - a utility receipt."""
    p = Page((227, 440), zh=True)
    p.t(113, 26, "梧州市万秀区便民缴费服务站", 9.5, bold=True, align="c")
    p.t(113, 42, "水 电 燃 气 缴 费 回 单", 9, align="c")
    lines = ["流水号：WZ20261109-00318", "缴费时间：2026-11-09 10:47", "--------------------------------",
             "【电费】户号 0500127733", "  上次读数 6312  本次读数 6478", "  用电量 166度        ¥ 94.12",
             "【水费】户号 W-0084421", "  上次读数 842   本次读数 851", "  用水量 9吨          ¥ 27.90",
             "【燃气】户号 RQ-226105", "  上次读数 1207  本次读数 1223", "  用气量 16方         ¥ 52.80",
             "--------------------------------", "合计：¥ 174.82", "实收：¥ 180.00   找零：¥ 5.18",
             "地址：万秀区大学路17号3栋502", "--------------------------------", "请妥善保管本回单，谢谢惠顾"]
    y = 66
    for ln in lines:
        p.t(12, y, ln, 8.2, face="I11Zh")
        y += 15
    return p.pdf(), {}


def zh_other_loan_collection_sms_screen() -> tuple[bytes, dict]:
    """Look-alike: a messages app showing three texts from a lender's collection number (PNG): overdue amount,
    days overdue, a threat of 上门 and 征信 - what the user is pushing back against, not evidence of hardship."""
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _bar(p, "13:52")
    p.t(20, 72, "〈 信息", 12, color=(0.1, 0.45, 0.95))
    p.t(195, 72, "1069 0218 7745", 14, bold=True, align="c")
    msgs = [("10月28日 周三 09:31", ["【速享分期】尊敬的客户，您的借款已逾期7天，", "应还金额3,418.60元，请于今日18点前还款，",
                                    "以免影响个人征信。退订回T"]),
            ("11月4日 周三 10:02", ["【速享分期】您的借款已逾期14天，逾期金额", "3,496.12元（含罚息），案件已转入贷后",
                                   "管理部，请立即处理。"]),
            ("11月12日 周四 16:45", ["【速享分期】贷后通知：您名下借款严重逾期，", "我司将依法启动催收程序，并可能联系您的",
                                    "紧急联系人核实情况。如有困难请回电协商。"])]
    y = 110
    for when, lines in msgs:
        p.t(195, y + 10, when, 9, align="c", color=GREY)
        h = 18 * len(lines) + 18
        p.box(16, y + 22, 300, h, fill=(0.91, 0.91, 0.92), stroke=None, radius=14)
        for k, ln in enumerate(lines):
            p.t(30, y + 44 + 18 * k, ln, 10.5)
        y += h + 50
    p.box(16, 780, 358, 34, stroke=(0.8, 0.8, 0.8), lw=0.8, radius=17)
    p.t(34, 802, "短信", 11, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

NK = dict(employer="Panchavati Auto Components Pvt. Ltd.", person="Sandeep Waman Khairnar")
NK_EARN = [("Basic", 11200.00, 78400.00), ("House Rent Allowance", 4480.00, 31360.00),
           ("Conveyance Allowance", 1600.00, 11200.00), ("Special Allowance", 2170.00, 15190.00),
           ("Overtime", 1400.00, 8260.00)]
NK_DED = [("Provident Fund", 1344.00, 9408.00), ("ESI", 157.00, 1046.00), ("Professional Tax", 200.00, 1400.00),
          ("Canteen", 320.00, 2240.00), ("Salary Advance Recovery", 1500.00, 3000.00)]


def _nk() -> tuple[float, float]:
    gross = _r(sum(v for _k, v, _y in NK_EARN))
    return gross, _r(gross - sum(v for _k, v, _y in NK_DED))


_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words_in(n: int) -> str:
    """Rupees in Indian words: 17329 -> 'Seventeen Thousand Three Hundred Twenty Nine' (crore, lakh, thousand)."""
    def two(k: int) -> str:
        return _ONES[k] if k < 20 else (_TENS[k // 10] + (" " + _ONES[k % 10] if k % 10 else ""))
    out = []
    for div, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if n >= div:
            out.append(f"{two(n // div)} {name}")
            n %= div
    if n:
        out.append(two(n))
    return " ".join(out) or "Zero"


def en_pay_in_nashik_salary_slip() -> tuple[bytes, dict]:
    """A Nashik auto-parts maker's salary slip (A4, top two thirds): the company and its address centred, 'Salary Slip
    for the month of October 2026'; particulars as key/value pairs in two columns (Emp. Code, Designation, Date of
    Joining, PAN, UAN, ESIC No., Bank A/c, Paid Days / LOP); one ruled table with Earnings | Current Month | Year to
    Date beside Deductions | Current Month | Year to Date, YTD figures in lakh grouping; Gross Earnings and Total
    Deductions on the totals row; Net Pay and the amount in words under it."""
    p = Page(A4)
    gross, net = _nk()
    p.t(297, 52, NK["employer"].upper(), 14, bold=True, align="c")
    p.t(297, 68, "Plot No. F-37, MIDC Ambad, Nashik - 422010, Maharashtra", 8.5, align="c", color=GREY)
    p.box(40, 80, 515, 22, fill=LIGHT, stroke=(0, 0, 0), lw=0.6)
    p.t(297, 95, "Salary Slip for the month of October 2026", 10.5, bold=True, align="c")
    kv = [("Employee Name", NK["person"], "Emp. Code", "PAC-1186"), ("Designation", "CNC Operator Gr. II",
                                                                     "Department", "Machine Shop"),
          ("Date of Joining", "14-07-2019", "PAN", "BXKPK4471Q"), ("UAN", "1010 6623 8815", "ESIC No.", "3201458876"),
          ("Bank A/c No.", "XXXXXXXX0417", "Paid Days / LOP", "31 / 0")]
    y = 102
    for a, b, c, d in kv:
        p.box(40, y, 515, 18, stroke=(0, 0, 0), lw=0.4)
        p.t(46, y + 12.5, a, 8.8, color=GREY)
        p.t(140, y + 12.5, ": " + b, 8.8)
        p.t(300, y + 12.5, c, 8.8, color=GREY)
        p.t(390, y + 12.5, ": " + d, 8.8)
        y += 18
    y += 12
    widths = [120, 68, 70, 120, 68, 69]
    rows = [["Earnings", "Current Month", "Year to Date", "Deductions", "Current Month", "Year to Date"]]
    for k in range(max(len(NK_EARN), len(NK_DED))):
        e = NK_EARN[k] if k < len(NK_EARN) else ("", None, None)
        d = NK_DED[k] if k < len(NK_DED) else ("", None, None)
        rows.append([e[0], _lakh(e[1]) if e[1] is not None else "", _lakh(e[2]) if e[2] is not None else "",
                     d[0], _lakh(d[1]) if d[1] is not None else "", _lakh(d[2]) if d[2] is not None else ""])
    ytd_g = sum(y_ for *_a, y_ in NK_EARN)
    ytd_d = sum(y_ for *_a, y_ in NK_DED)
    rows.append(["Gross Earnings", _lakh(gross), _lakh(ytd_g), "Total Deductions", _lakh(_r(gross - net)),
                 _lakh(ytd_d)])
    y = p.table(40, y, widths, rows, rh=18, size=8.6, head=1, aligns=["l", "r", "r", "l", "r", "r"])
    p.box(40, y + 10, 515, 40, stroke=(0, 0, 0), lw=0.8)
    p.t(48, y + 27, "Net Pay (Rs.)", 10, bold=True)
    p.t(300, y + 27, _lakh(net), 11, bold=True, align="r")
    p.t(48, y + 43, f"Rupees {_words_in(int(net))} Only", 8.8)
    p.t(40, y + 74, "Employer PF 1,344.00 and ESI 677.63 paid over and above the gross. "
        "This is a computer generated slip and needs no signature.", 7.8, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


NKB_ROWS = [  # dd-mm-yyyy, particulars, cheque/ref, signed amount
    ("01-10-2026", "ATM WDL NASHIK ROAD", "", -2000.00),
    ("03-10-2026", "UPI/DR/627615/MSEDCL BILL", "627615229013", -1184.00),
    ("05-10-2026", "UPI/DR/627835/D MART SATPUR", "627835410077", -2346.50),
    ("07-10-2026", "NEFT CR PANCHAVATI AUTO COMP SEP SAL", "N280261734420", 19873.00),
    ("09-10-2026", "EMI TWO WHEELER LOAN 0043", "", -3150.00),
    ("10-10-2026", "CHQ PAID KAMLESH TRADERS", "000214", -6500.00),
    ("14-10-2026", "UPI/DR/628711/SHREE MEDICAL", "628711905521", -864.00),
    ("18-10-2026", "UPI/CR/629004/WAMAN KHAIRNAR", "629004117712", 5000.00),
    ("21-10-2026", "LIC PREMIUM ECS", "", -2412.00),
    ("24-10-2026", "ATM WDL CIDCO", "", -3000.00),
    ("27-10-2026", "UPI/DR/630298/JIO PREPAID", "630298004166", -349.00),
    ("31-10-2026", "INT CREDIT", "", 612.00),
]
NKB_OPEN = 108243.35
NK_BANK = "Godavari Valley Urban Co-operative Bank Ltd."


def en_stmt_in_nashik_coop_bank_dr_cr() -> tuple[bytes, dict]:
    """An urban co-operative bank's statement of account (A4): the bank and branch at the left, the customer's name,
    address, customer ID and account number in a block at the right; 'Statement of account from 01-10-2026 to
    31-10-2026'; Tran Date | Particulars | Chq/Ref No. | Debit | Credit | Balance, balances in lakh grouping with 'Cr'
    after them (1,23,456.78 Cr); Opening Balance first, then rows; totals after the last row and a closing line."""
    p = Page(A4)
    amounts = [r[3] for r in NKB_ROWS]
    bal = _balances(NKB_OPEN, amounts)
    closing = bal[-1]
    p.t(40, 50, NK_BANK, 12.5, bold=True, color=NAVY)
    p.t(40, 65, "(Scheduled Bank)  Satpur Branch, Trimbak Road, Nashik 422007", 8.5, color=GREY)
    p.t(40, 79, "IFSC: GVUC0000012    MICR: 422452012", 8.5, color=GREY)
    block = ["MR. SANDEEP WAMAN KHAIRNAR", "Flat 6, Shubham Apartments, Ashok Nagar", "Satpur, Nashik 422012",
             "Customer ID : 40077213", "A/c No.     : 012011000876345", "A/c Type    : Savings - General"]
    for k, ln in enumerate(block):
        p.t(330, 50 + 14 * k, ln, 9, face="Courier-Bold" if k == 0 else "Courier")
    p.line(40, 140, 555, 140, 0.8)
    p.t(297, 158, "Statement of account from 01-10-2026 to 31-10-2026", 10.5, bold=True, align="c")
    widths = [62, 170, 80, 66, 66, 71]
    aligns = ["l", "l", "l", "r", "r", "r"]
    heads = ["Tran Date", "Particulars", "Chq/Ref No.", "Debit", "Credit", "Balance"]
    rows = [["01-10-2026", "Opening Balance", "", "", "", _lakh(NKB_OPEN) + " Cr"]]
    rows += [[r[0], r[1][:30], r[2], _lakh(-r[3]) if r[3] < 0 else "", _lakh(r[3]) if r[3] > 0 else "",
              _lakh(b) + " Cr"] for r, b in zip(NKB_ROWS, bal, strict=True)]
    dr = _r(sum(-a for a in amounts if a < 0))
    cr = _r(sum(a for a in amounts if a > 0))
    rows.append(["", "Total", "", _lakh(dr), _lakh(cr), ""])
    y = p.table(40, 170, widths, [heads] + rows, rh=19, size=7.9, head=1, aligns=aligns, grid=False, hlines=True)
    p.t(40, y + 22, f"Closing Balance as on 31-10-2026 : Rs. {_lakh(closing)} Cr", 10, bold=True)
    p.t(40, y + 40, f"Debits: {sum(a < 0 for a in amounts)}    Credits: {sum(a > 0 for a in amounts)}", 8.5,
        color=GREY)
    p.t(40, y + 70, "Cr = credit balance, Dr = debit balance. Please report discrepancies within 15 days. "
        "This statement is computer generated.", 7.8, color=GREY)
    p.t(297, 812, "Page 1 of 1", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


GQ = dict(employer="Swartkops Auto Trim (Pty) Ltd", person="Thandeka Mbotho")
GQ_EARN = [("Basic Salary", None, 12480.00), ("Overtime 1.5x", "14,00", 1512.00), ("Shift Allowance", None, 650.00),
           ("Attendance Bonus", None, 300.00)]
GQ_DED = [("PAYE", 1288.67), ("UIF", 149.42), ("Pension Fund", 936.00), ("Medical Aid", 1145.00),
          ("NUMSA Union Levy", 124.80)]


def _gq() -> tuple[float, float]:
    gross = _r(sum(v for *_a, v in GQ_EARN))
    return gross, _r(gross - sum(v for _k, v in GQ_DED))


def en_pay_za_gqeberha_payslip() -> tuple[bytes, dict]:
    """A Gqeberha trim maker's monthly payslip (A4, top half) printed by payroll software: amounts with a space between
    thousands and a decimal comma (12 480,00); the company block left and 'PAYSLIP' with 'Pay date 2026/10/25' right;
    employee particulars as key/value pairs in three columns; three boxes side by side - EARNINGS (with hours),
    DEDUCTIONS (PAYE, UIF, pension, medical aid, union), COMPANY CONTRIBUTIONS (UIF, SDL, pension) - totals at the foot
    of each; NETT PAY in a bar along the bottom."""
    p = Page(A4)
    gross, net = _gq()
    p.t(40, 48, GQ["employer"], 13, bold=True)
    p.t(40, 62, "14 Neave Industrial Road, Gqeberha, 6001   Reg. 2009/018822/07", 8, color=GREY)
    p.t(555, 48, "PAYSLIP", 16, bold=True, align="r", color=TEAL)
    p.t(555, 64, "Pay date 2026/10/25    Period 2026/10 (monthly)", 8.5, align="r")
    kv = [("Employee", GQ["person"]), ("Emp no.", "SAT0331"), ("ID number", "890612 0773 08 4"),
          ("Job title", "Sewing machinist"), ("Tax ref.", "0487 221 660"), ("Bank", "FNB ...7719")]
    for k, (a, b) in enumerate(kv):
        x, y = 40 + (k % 3) * 172, 92 + (k // 3) * 18
        p.t(x, y, a, 8, color=GREY)
        p.t(x + 54, y, b, 8.8)
    top = 136
    cols = [(40, 190, "EARNINGS"), (236, 160, "DEDUCTIONS"), (402, 153, "COMPANY CONTRIBUTIONS")]
    for x, w, name in cols:
        p.box(x, top, w, 150, stroke=(0, 0, 0), lw=0.6)
        p.box(x, top, w, 18, fill=(0.85, 0.92, 0.92), stroke=(0, 0, 0), lw=0.6)
        p.t(x + 6, top + 12.5, name, 8.5, bold=True)
    y = top + 34
    for name, hours, v in GQ_EARN:
        p.t(46, y, name, 8.6)
        if hours:
            p.t(160, y, hours, 8.2, align="r", color=GREY)
        p.t(224, y, _za(v), 8.8, align="r")
        y += 16
    y = top + 34
    for name, v in GQ_DED:
        p.t(242, y, name, 8.6)
        p.t(390, y, _za(v), 8.8, align="r")
        y += 16
    y = top + 34
    for name, v in (("UIF (employer)", 149.42), ("SDL", 149.42), ("Pension (employer)", 936.00)):
        p.t(408, y, name, 8.6)
        p.t(549, y, _za(v), 8.8, align="r")
        y += 16
    foot = top + 136
    p.line(40, foot - 12, 555, foot - 12, 0.4)
    p.t(46, foot, "Total earnings", 8.6, bold=True)
    p.t(224, foot, _za(gross), 8.8, bold=True, align="r")
    p.t(242, foot, "Total deductions", 8.6, bold=True)
    p.t(390, foot, _za(_r(gross - net)), 8.8, bold=True, align="r")
    p.t(408, foot, "Total", 8.6, bold=True)
    p.t(549, foot, _za(1234.84), 8.8, bold=True, align="r")
    p.box(40, top + 160, 515, 26, fill=(0.15, 0.3, 0.32), stroke=None)
    p.t(50, top + 177, "NETT PAY", 11, bold=True, color=(1, 1, 1))
    p.t(545, top + 177, "R " + _za(net), 12, bold=True, color=(1, 1, 1), align="r")
    p.t(40, top + 206, "Leave: annual 9,5 days  sick 22 days    YTD taxable income R 134 212,00    YTD PAYE R 11 598,03",
        8, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


SL = dict(employer="Wearside Parcel Hub Ltd", person="DEAN ROBERT HEPPLEWHITE")


def en_unemp_uk_sunderland_p45_part1a() -> tuple[bytes, dict]:
    """A P45 Part 1A ('Details of employee leaving work - Copy for employee') as payroll software prints it (A4): the
    numbered boxes 1 to 15 - employer PAYE reference, National Insurance number, surname and first names in capitals,
    leaving date in DD MM YYYY boxes, tax code, total pay and tax to date, works number, gender and date of birth, the
    employee's address, the employer's name and address; instructions to the employee at the foot."""
    p = Page(A4)
    p.t(40, 50, "P45 Part 1A", 16, bold=True)
    p.t(40, 66, "Details of employee leaving work", 11)
    p.t(555, 50, "Copy for employee", 11, bold=True, align="r")
    p.t(555, 66, "HM Revenue & Customs", 9, align="r", color=GREY)

    def boxed(n, x, y, w, label, value, h=34):
        p.box(x, y, w, h, stroke=(0, 0, 0), lw=0.6)
        p.t(x + 4, y + 10, f"{n}  {label}", 7.2, color=GREY)
        p.t(x + 8, y + 26, value, 10.5, face="Courier-Bold")

    def digits(x, y, s):
        for k, ch in enumerate(s):
            p.box(x + k * 15, y, 14, 16, stroke=(0, 0, 0), lw=0.5)
            p.t(x + k * 15 + 7, y + 12, ch, 10, face="Courier-Bold", align="c")

    boxed(1, 40, 86, 250, "Employer PAYE reference", "120 / WE44719")
    boxed(2, 300, 86, 255, "Employee's National Insurance number", "JT 44 18 92 C")
    boxed(3, 40, 128, 515, "Surname", "HEPPLEWHITE")
    boxed("", 40, 164, 515, "First name(s)", "DEAN ROBERT")
    p.box(40, 206, 250, 40, stroke=(0, 0, 0), lw=0.6)
    p.t(44, 216, "4  Leaving date  DD MM YYYY", 7.2, color=GREY)
    digits(50, 224, "10")
    digits(86, 224, "10")
    digits(122, 224, "2026")
    boxed(5, 300, 206, 255, "Student Loan deductions to continue", "N", h=40)
    boxed(6, 40, 254, 250, "Tax code at leaving date", "1257L   Week1/Month1: no")
    boxed(7, 300, 254, 255, "Last entries: week or month number", "Month 7")
    boxed(8, 40, 296, 250, "Total pay to date  £", "14,218.60")
    boxed("", 300, 296, 255, "Total tax to date  £", "1,237.40")
    boxed(9, 40, 338, 250, "This employment pay  £", "14,218.60")
    boxed("", 300, 338, 255, "This employment tax  £", "1,237.40")
    boxed(10, 40, 380, 250, "Works number / Payroll ID", "WPH-2291")
    boxed(11, 300, 380, 255, "Gender / Date of birth", "M    03 / 02 / 1988")
    p.box(40, 422, 515, 70, stroke=(0, 0, 0), lw=0.6)
    p.t(44, 432, "12  Employee's private address", 7.2, color=GREY)
    for k, ln in enumerate(["27 Hylton Castle Road", "Sunderland", "SR5 3AQ"]):
        p.t(52, 448 + 14 * k, ln, 10, face="Courier-Bold")
    p.box(40, 500, 515, 84, stroke=(0, 0, 0), lw=0.6)
    p.t(44, 510, "13  Employer name and address", 7.2, color=GREY)
    for k, ln in enumerate([SL["employer"].upper(), "Unit 4, Pallion Quay Industrial Estate", "Sunderland",
                            "SR4 6SN"]):
        p.t(52, 526 + 14 * k, ln, 10, face="Courier-Bold")
    p.t(40, 612, "To the employee", 11, bold=True)
    notes = ["Keep this part safe. Copies are not available. You might need it if you have to fill in a tax return.",
             "If you go to a new job, give Parts 2 and 3 to your new employer or you will have too much tax taken off.",
             "If you become unemployed and want to claim Jobseeker's Allowance or Universal Credit, take this form",
             "to your Jobcentre Plus office."]
    for k, ln in enumerate(notes):
        p.t(40, 632 + 14 * k, ln, 8.5)
    p.t(40, 800, "P45(Manual)  HMRC 04/26", 7, color=GREY)
    return p.pdf(), {}


SLB_ROWS = [  # day, type, details, signed amount
    (1, "DD", "SUNDERLAND CC COUNCIL TAX", -118.00), (2, "CPT", "LINK ATM HIGH ST WEST", -40.00),
    (3, "DEB", "ASDA STORES FULWELL", -46.83), (5, "DD", "NORTHUMBRIAN WATER", -38.50),
    (6, "DEB", "GREGGS SOUTHWICK", -4.15), (8, "SO", "RENT - GENTOO HOMES", -412.36),
    (9, "DEB", "EE MOBILE", -22.00), (10, "BGC", "WEARSIDE PARCEL HUB WAGES", 1286.19),
    (10, "BGC", "WEARSIDE PARCEL HUB HOL PAY", 341.70), (12, "DEB", "ALDI SUNDERLAND", -61.27),
    (13, "DD", "E.ON NEXT ENERGY", -96.00), (15, "CPT", "LINK ATM PALLION", -60.00),
    (16, "FPO", "HEPPLEWHITE K", -50.00), (17, "DEB", "TESCO EXPRESS ROKER", -18.44),
    (19, "DEB", "STAGECOACH BUS", -15.50), (21, "DEB", "ASDA STORES FULWELL", -52.09),
    (22, "FPI", "DWP JSA NEW STYLE", 182.30), (23, "DEB", "SKY BROADBAND", -27.00),
    (24, "DEB", "BOOTS PHARMACY", -9.35), (26, "DEB", "ALDI SUNDERLAND", -44.12),
    (27, "CPT", "LINK ATM HIGH ST WEST", -20.00), (28, "DD", "TV LICENCE MBP", -14.50),
    (29, "DEB", "GREGGS SOUTHWICK", -3.90), (30, "DEB", "LIDL HYLTON RD", -38.76),
    (31, "INT", "INTEREST PAID", 0.06),
]
SLB_OPEN = 712.48
SL_BANK = "Penshaw Savings Bank plc"


def en_stmt_uk_sunderland_two_page_paid_in_first() -> tuple[bytes, dict]:
    """A UK savings bank's current account statement over two A4 pages: the holder's address for a window envelope at
    the top left, 'Your account summary' box at the top right (balance on 1 October, money in, money out, balance on 31
    October); Date | Payment type and details | Paid in | Paid out | Balance (paid in before paid out), '03 Oct 26'
    dates, type codes (DD, BGC, FPI, CPT...), the balance printed only at each day's last line; 'Balance carried
    forward' closes page 1, 'Balance brought forward' opens page 2, 'Closing balance' ends the list."""
    p = Page(A4)
    amounts = [r[3] for r in SLB_ROWS]
    bal = _balances(SLB_OPEN, amounts)
    closing = bal[-1]
    inc = _r(sum(a for a in amounts if a > 0))
    out = _r(sum(-a for a in amounts if a < 0))
    p.t(40, 46, SL_BANK, 14, bold=True, color=BRICK)
    p.t(40, 60, "Fawcett Street, Sunderland SR1 1RH  |  Sort code 40-62-18", 8, color=GREY)
    for k, ln in enumerate(["MR DEAN ROBERT HEPPLEWHITE", "27 HYLTON CASTLE ROAD", "SUNDERLAND", "SR5 3AQ"]):
        p.t(48, 108 + 13 * k, ln, 9.5)
    p.box(320, 90, 235, 104, stroke=BRICK, lw=0.8)
    p.t(330, 108, "Your account summary", 10, bold=True, color=BRICK)
    summ = [("Balance on 1 October 2026", _m(SLB_OPEN)), ("Money in", _m(inc)), ("Money out", _m(out)),
            ("Balance on 31 October 2026", _m(closing))]
    for k, (a, b) in enumerate(summ):
        p.t(330, 128 + 16 * k, a, 8.8, bold=k == 3)
        p.t(545, 128 + 16 * k, b, 8.8, bold=k == 3, align="r")
    p.t(40, 214, "Classic Current Account    Account number 31870054    Statement 10 of 2026", 9.5, bold=True)
    widths = [52, 34, 200, 72, 72, 85]
    heads = ["Date", "Type", "Payment type and details", "Paid in", "Paid out", "Balance"]
    aligns = ["l", "l", "l", "r", "r", "r"]

    def rows(lo, hi):
        out_rows = []
        for k in range(lo, hi):
            day, typ, det, a = SLB_ROWS[k]
            last_of_day = k == hi - 1 or SLB_ROWS[k + 1][0] != day
            first_of_day = k == lo or SLB_ROWS[k - 1][0] != day
            out_rows.append([f"{day:02d} Oct 26" if first_of_day else "", typ, det, _m(a) if a > 0 else "",
                             _m(-a) if a < 0 else "", _m(bal[k]) if last_of_day else ""])
        return out_rows

    split = 15
    first = [["01 Oct 26", "", "BALANCE BROUGHT FORWARD", "", "", _m(SLB_OPEN)]]
    y = p.table(40, 226, widths, [heads] + first + rows(0, split), rh=19, size=8.4, head=1, aligns=aligns,
                grid=False, hlines=False, head_fill=(0.96, 0.9, 0.88))
    p.line(40, y + 2, 555, y + 2, 0.4)
    p.t(48, y + 18, "Balance carried forward", 8.8, bold=True)
    p.t(549, y + 18, _m(bal[split - 1]), 8.8, bold=True, align="r")
    p.t(297, 812, "Page 1 of 2", 8, align="c", color=GREY)
    p.c.showPage()
    p.t(40, 46, f"{SL_BANK}   Classic Current Account 31870054   MR DEAN ROBERT HEPPLEWHITE", 8.5, color=GREY)
    y = p.table(40, 64, widths, [heads, ["", "", "Balance brought forward", "", "", _m(bal[split - 1])]]
                + rows(split, len(SLB_ROWS)), rh=19, size=8.4, head=1, aligns=aligns, grid=False,
                head_fill=(0.96, 0.9, 0.88))
    p.line(40, y + 2, 555, y + 2, 0.4)
    p.t(48, y + 18, "Closing balance", 8.8, bold=True)
    p.t(549, y + 18, _m(closing), 8.8, bold=True, align="r")
    p.t(40, y + 48, "Key: BGC bank giro credit, CPT cashpoint, DD direct debit, DEB debit card, FPI/FPO faster payment "
        "in/out, SO standing order, INT interest.", 7.6, color=GREY)
    p.t(40, y + 62, "Your deposits are eligible for protection by the Financial Services Compensation Scheme.", 7.6,
        color=GREY)
    p.t(297, 812, "Page 2 of 2", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(closing)}


SP = dict(person="Krista M. Halvorsen", employer="Mica Peak Senior Living LLC", cu="Latah Creek Community Credit Union",
          amb="Palouse Regional Ambulance Service")
SP_RATE, SP_HOURS = 19.40, 24


def en_income_us_spokane_verification_of_employment() -> tuple[bytes, dict]:
    """An employer's 'Verification of Employment and Income' letter (Letter): the care home's letterhead, the date
    'November 6, 2026', To Whom It May Concern; the employee's particulars as key/value pairs in two columns (position,
    hire date, status part-time, hourly rate, scheduled hours a week), 'Average gross monthly income' computed from the
    rate and hours (rate x hours x 52 / 12), why her hours fell, the HR manager's signature and phone."""
    p = Page(LETTER)
    monthly = _r(SP_RATE * SP_HOURS * 52 / 12)
    p.t(306, 54, SP["employer"].upper(), 14, bold=True, align="c", color=TEAL)
    p.t(306, 70, "2714 E. Mission Avenue  -  Spokane, WA 99202  -  (509) 555-0186", 8.5, align="c", color=GREY)
    p.line(60, 80, 552, 80, 1.2, color=TEAL)
    p.t(60, 118, "November 6, 2026", 10.5)
    p.t(60, 150, "To Whom It May Concern:", 10.5)
    p.t(60, 176, "RE: Verification of Employment and Income", 10.5, bold=True)
    p.t(60, 204, "This letter confirms the employment of the person named below with our organization.", 10.5)
    kv = [("Employee", SP["person"], "Employee ID", "MP-00731"),
          ("Position", "Resident Care Aide", "Hire date", "03/18/2021"),
          ("Status", "Active, part-time", "Pay frequency", "Bi-weekly"),
          ("Hourly rate", f"${SP_RATE:.2f}", "Scheduled hours", f"{SP_HOURS} per week")]
    y = 236
    for a, b, c, d in kv:
        p.t(76, y, a + ":", 10, color=GREY)
        p.t(170, y, b, 10.5)
        p.t(330, y, c + ":", 10, color=GREY)
        p.t(430, y, d, 10.5)
        y += 20
    y += 14
    p.t(76, y, "Average gross monthly income:", 10.5, bold=True)
    p.t(330, y, f"${_m(monthly)}", 11, bold=True)
    y += 34
    body = ["Ms. Halvorsen worked full time (40 hours per week) until September 20, 2026. Following a change in",
            "our staffing model her scheduled hours were reduced to 24 hours per week effective September 21, 2026.",
            "The monthly figure above is her hourly rate times her scheduled hours, before taxes and deductions;",
            "it does not include overtime, which is not guaranteed.",
            "",
            "Please contact the undersigned with any questions."]
    for ln in body:
        p.t(60, y, ln, 10.5)
        y += 17
    p.t(60, y + 30, "Sincerely,", 10.5)
    p.hand(60, y + 66, "Renee Dubois", 17, key="sp-sign", color=(0.05, 0.1, 0.4))
    p.t(60, y + 88, "Renee Dubois, Human Resources Manager", 10.5)
    p.t(60, y + 104, "hr@micapeakliving.example  -  (509) 555-0191", 9.5, color=GREY)
    return p.pdf(), {"monthly": _s(monthly)}


SPC_DEP = [(10, "PAYROLL MICA PEAK SENIOR LIV", 1102.64), (17, "TRANSFER FROM SHARE SAVINGS", 250.00),
           (24, "PAYROLL MICA PEAK SENIOR LIV", 742.19), (31, "DIVIDEND", 0.38)]
SPC_WD = [(2, "POS ROSAUERS #14 SPOKANE WA", 86.12), (6, "ACH AVISTA UTILITIES", 112.40),
          (9, "ATM W/D 1ST AVE BRANCH", 60.00), (14, "POS FRED MEYER #381", 54.73), (20, "ACH T-MOBILE", 45.00),
          (23, "POS ROSAUERS #14 SPOKANE WA", 71.66), (28, "ACH STATE FARM INS", 96.20)]
SPC_CHK = [(1041, 4, 875.00), (1042, 11, 40.00), (1043, 16, 200.00), (1045, 27, 35.00)]
SPC_OPEN = 918.77


def _spc() -> tuple[list[tuple[int, float]], float]:
    """Daily balances (day, balance) and the ending balance."""
    moves: dict[int, float] = {}
    for d, _x, a in SPC_DEP:
        moves[d] = moves.get(d, 0) + a
    for d, _x, a in SPC_WD:
        moves[d] = moves.get(d, 0) - a
    for _n, d, a in SPC_CHK:
        moves[d] = moves.get(d, 0) - a
    bal, daily = SPC_OPEN, []
    for d in sorted(moves):
        bal = _r(bal + moves[d])
        daily.append((d, bal))
    return daily, bal


def en_stmt_us_spokane_credit_union_check_register() -> tuple[bytes, dict]:
    """A community credit union's statement (Letter): member name and address, 'Statement Period 10/01/26 - 10/31/26',
    a summary row (Beginning Balance | Deposits | Withdrawals | Checks | Ending Balance); then, under FREE CHECKING,
    separate lists - DEPOSITS AND CREDITS, WITHDRAWALS AND DEBITS (Date as mm-dd | Description | Amount), CHECKS PAID in
    a three-across register (Check No. | Date | Amount, '*' after a number where the sequence breaks) and a
    three-across DAILY BALANCE list; no running balance beside each line."""
    p = Page(LETTER)
    daily, closing = _spc()
    dep = _r(sum(a for *_x, a in SPC_DEP))
    wd = _r(sum(a for *_x, a in SPC_WD))
    chk = _r(sum(a for *_x, a in SPC_CHK))
    p.t(50, 50, SP["cu"], 13, bold=True, color=(0.15, 0.35, 0.2))
    p.t(50, 64, "PO Box 14420  Spokane WA 99214  -  (509) 555-0140  -  Federally insured by NCUA", 8, color=GREY)
    for k, ln in enumerate(["KRISTA M HALVORSEN", "1618 E 11TH AVE APT 3", "SPOKANE WA 99202-2710"]):
        p.t(60, 106 + 13 * k, ln, 9.5)
    p.t(562, 106, "Statement Period 10/01/26 - 10/31/26", 9.5, bold=True, align="r")
    p.t(562, 120, "Member Number 55102-8", 9, align="r")
    p.t(562, 134, "Page 1 of 1", 9, align="r", color=GREY)
    p.t(50, 176, "FREE CHECKING   Account 55102-8-S70", 10.5, bold=True)
    p.table(50, 184, [104, 104, 104, 104, 96], [["Beginning Balance", "Deposits", "Withdrawals", "Checks",
                                                "Ending Balance"],
                                               [_m(SPC_OPEN), "+" + _m(dep), "-" + _m(wd), "-" + _m(chk),
                                                _m(closing)]], rh=16, size=8.6, head=1,
            aligns=["r"] * 5, head_fill=(0.9, 0.95, 0.9))
    y = 238

    def section(title, rows):
        nonlocal y
        p.t(50, y, title, 9, bold=True)
        y += 6
        for d, desc, a in rows:
            y += 14
            p.t(56, y, f"10-{d:02d}", 8.8, face="Courier")
            p.t(110, y, desc, 8.8, face="Courier")
            p.t(560, y, _m(a), 8.8, face="Courier", align="r")
        y += 24

    section("DEPOSITS AND CREDITS", SPC_DEP)
    section("WITHDRAWALS AND DEBITS", SPC_WD)
    p.t(50, y, "CHECKS PAID", 9, bold=True)
    y += 6
    for k, (n, d, a) in enumerate(SPC_CHK):
        x = 56 + (k % 3) * 170
        if k % 3 == 0:
            y += 14
        gap = "*" if k and n != SPC_CHK[k - 1][0] + 1 else " "
        p.t(x, y, f"{n}{gap}  10-{d:02d}  {a:>9,.2f}", 8.8, face="Courier")
    y += 14
    p.t(56, y, "* Break in check sequence", 7.5, color=GREY)
    y += 24
    p.t(50, y, "DAILY BALANCE", 9, bold=True)
    y += 6
    for k, (d, b) in enumerate(daily):
        if k % 3 == 0:
            y += 14
        p.t(56 + (k % 3) * 170, y, f"10-{d:02d}  {b:>10,.2f}", 8.8, face="Courier")
    y += 30
    p.t(50, y, "SHARE SAVINGS   Account 55102-8-S01     Beginning 1,065.20   Ending 815.38   Dividends 0.18", 8.8)
    return p.pdf(), {"closing": _s(closing)}


SPA_LINES = [("09/28/2026", "A0427", "ALS1 emergency transport - base rate", 1, 1650.00),
             ("09/28/2026", "A0425", "Ground mileage, per statute mile", 14, 24.50),
             ("09/28/2026", "A0398", "ALS routine disposable supplies", 1, 95.00)]
SPA_INS = -1204.40
SPA_ADJ = -312.60


def en_med_us_spokane_ambulance_bill() -> tuple[bytes, dict]:
    """An ambulance service's patient statement (Letter) with the remittance stub at the TOP: 'Please detach and
    return this portion' over the account number, statement date 10/22/2026 and AMOUNT DUE; under a dashed tear line the
    service's name, the trip (date of service, pick-up and destination), HCPCS lines (Date | Code | Description | Units
    | Charge), total charges, the insurer's payment and the contractual adjustment in parentheses, patient balance."""
    p = Page(LETTER)
    charges = _r(sum(n * v for *_a, n, v in SPA_LINES))
    due = _r(charges + SPA_INS + SPA_ADJ)
    p.t(50, 46, "PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT", 8, bold=True)
    stub = [("Account No.", "PRA-2609-01874"), ("Statement Date", "10/22/2026"), ("Amount Due", f"${_m(due)}"),
            ("Amount Enclosed", "$ ____________")]
    for k, (a, b) in enumerate(stub):
        p.box(50 + k * 128, 56, 124, 36, stroke=(0, 0, 0), lw=0.6)
        p.t(56 + k * 128, 68, a, 7.5, color=GREY)
        p.t(56 + k * 128, 84, b, 10, bold=k == 2)
    p.t(60, 116, "KRISTA M HALVORSEN", 9.5)
    p.t(60, 129, "1618 E 11TH AVE APT 3, SPOKANE WA 99202", 9.5)
    p.t(360, 116, "Make checks payable to:", 8, color=GREY)
    p.t(360, 129, SP["amb"], 9.5)
    p.line(40, 152, 572, 152, 0.8, dash=(5, 3))
    p.t(50, 184, SP["amb"], 14, bold=True, color=BRICK)
    p.t(50, 198, "Billing Office  -  PO Box 3318, Spokane Valley WA 99220  -  (509) 555-0177", 8.5, color=GREY)
    p.t(50, 226, f"Patient: {SP['person']}     DOB 02/09/1979     Account PRA-2609-01874", 9.5)
    p.t(50, 242, "Date of service: 09/28/2026     Pick-up: residence     Destination: Sacred Heart Medical Center ED",
        9.5)
    p.t(50, 258, "Primary insurance: Cascade Basin Health Plan   ID CBH88317420", 9.5)
    widths = [70, 50, 240, 40, 110]
    rows = [["Date", "Code", "Description", "Units", "Charge"]]
    rows += [[d, c, desc, str(n), _m(_r(n * v))] for d, c, desc, n, v in SPA_LINES]
    rows += [["10/14/2026", "", "Payment - Cascade Basin Health Plan", "", f"({_m(-SPA_INS)})"],
             ["10/14/2026", "", "Contractual adjustment", "", f"({_m(-SPA_ADJ)})"]]
    y = p.table(50, 276, widths, rows, rh=20, size=9, head=1, aligns=["l", "l", "l", "r", "r"], grid=False,
                hlines=True)
    tot = [("Total charges", _m(charges)), ("Insurance payments and adjustments", f"({_m(-(SPA_INS + SPA_ADJ))})"),
           ("PATIENT BALANCE DUE", _m(due))]
    for k, (a, b) in enumerate(tot):
        p.t(360, y + 22 + 17 * k, a, 9.5, bold=k == 2, align="r")
        p.t(560, y + 22 + 17 * k, b, 9.5, bold=k == 2, align="r")
    p.t(50, y + 96, "Your insurance has processed this claim. The balance is your responsibility. Payment plans and "
        "financial assistance are available -", 8, color=GREY)
    p.t(50, y + 108, "call our billing office Monday to Friday, 8 am to 4:30 pm.", 8, color=GREY)
    return p.pdf(), {"total": _s(charges), "own": _s(due)}


BO_LINES = [("D0140", "Limited oral evaluation - problem focused", "", 78.00),
            ("D0220", "Intraoral periapical, first image", "#19", 34.00),
            ("D3330", "Endodontic therapy, molar", "#19", 1185.00),
            ("D2950", "Core buildup incl. any pins", "#19", 265.00)]
BO_INS = 846.40


def en_med_us_boise_dental_invoice() -> tuple[bytes, dict]:
    """A dental practice's patient invoice (Letter): the practice top right, 'INVOICE' top left with invoice number and
    date; Bill to / Patient in two columns; a list without ruling - Date | Tooth | Procedure (CDT code) | Fee; Total fees,
    Estimated insurance portion (Treasure Valley Dental PPO), Patient portion, and a 'Pay online' line."""
    p = Page(LETTER)
    fees = _r(sum(v for *_a, v in BO_LINES))
    own = _r(fees - BO_INS)
    p.t(50, 60, "INVOICE", 22, bold=True, color=NAVY)
    p.t(50, 80, "Invoice no. TR-108842", 9.5)
    p.t(50, 94, "Invoice date 10/19/2026", 9.5)
    p.t(562, 54, "Table Rock Family Dentistry, PLLC", 11, bold=True, align="r")
    for k, ln in enumerate(["1407 E. Warm Springs Ave", "Boise, ID 83712", "(208) 555-0129"]):
        p.t(562, 68 + 12 * k, ln, 8.5, align="r", color=GREY)
    p.t(50, 136, "BILL TO", 8, bold=True, color=GREY)
    p.t(300, 136, "PATIENT", 8, bold=True, color=GREY)
    for k, ln in enumerate(["Oscar Villanueva-Reyes", "5520 W. Overland Rd #12", "Boise, ID 83709"]):
        p.t(50, 152 + 13 * k, ln, 10)
    for k, ln in enumerate(["Oscar Villanueva-Reyes", "DOB 11/30/1984", "Chart #40218"]):
        p.t(300, 152 + 13 * k, ln, 10)
    y = 216
    p.t(50, y, "Date", 9, bold=True)
    p.t(124, y, "Tooth", 9, bold=True)
    p.t(170, y, "Procedure", 9, bold=True)
    p.t(562, y, "Fee", 9, bold=True, align="r")
    p.line(50, y + 6, 562, y + 6, 1.0, color=NAVY)
    for code, desc, tooth, v in BO_LINES:
        y += 20
        p.t(50, y, "10/16/2026", 9.5)
        p.t(124, y, tooth, 9.5)
        p.t(170, y, f"{code}  {desc}", 9.5)
        p.t(562, y, f"${_m(v)}", 9.5, align="r")
    y += 30
    for k, (a, b) in enumerate((("Total fees", f"${_m(fees)}"),
                                ("Estimated insurance portion (Treasure Valley Dental PPO)", f"-${_m(BO_INS)}"),
                                ("Patient portion due", f"${_m(own)}"))):
        p.t(460, y + 18 * k, a, 9.5, bold=k == 2, align="r")
        p.t(562, y + 18 * k, b, 9.5, bold=k == 2, align="r")
    p.t(50, y + 90, "Pay online at tablerockdental.example/pay or call the front desk. Balances over 60 days may be "
        "referred for collection.", 8.5, color=GREY)
    return p.pdf(), {"total": _s(fees), "own": _s(own)}


SG = dict(employer="Pasir Ris Precision Engineering Pte. Ltd.", person="Muhammad Hafiz bin Rosli")
SG_ITEMS = dict(basic=2650.00, allow=300.00, ot_h=22.5, ot_rate=20.85, cpf=683.00, mbmf=16.00)


def _sg() -> tuple[float, float]:
    s = SG_ITEMS
    ot = _r(s["ot_h"] * s["ot_rate"])
    gross = _r(s["basic"] + s["allow"] + ot)
    return gross, _r(gross - s["cpf"] - s["mbmf"])


def en_pay_sg_tampines_itemised_payslip_september() -> tuple[bytes, dict]:
    """An HR app's itemised payslip screen (PNG) for September 2026, laid out as the Ministry's itemised-payslip
    template: (A) Basic pay, (B) Total allowances, (C) Total deductions with Employee's CPF and MBMF, Overtime details
    (period, hours, pay) as (D), (E) Other additional payments, Net pay (A+B-C+D+E); date of payment 30 Sep 2026;
    employer CPF apart. September, not the October asked (stale)."""
    p = Page(PHONE)
    gross, net = _sg()
    s = SG_ITEMS
    ot = _r(s["ot_h"] * s["ot_rate"])
    p.box(0, 0, 390, 844, fill=(0.96, 0.97, 0.98), stroke=None)
    _bar(p, "08:41")
    p.t(20, 72, "<", 16, bold=True)
    p.t(195, 72, "Payslip", 15, bold=True, align="c")
    p.box(14, 90, 362, 88, fill=(1, 1, 1), stroke=None, radius=8)
    p.t(26, 112, SG["employer"], 10, bold=True)
    p.t(26, 130, SG["person"], 10)
    p.t(26, 148, "Pay period 01 Sep 2026 - 30 Sep 2026", 9, color=GREY)
    p.t(26, 166, "Date of payment 30 Sep 2026", 9, color=GREY)
    rows = [("(A) Basic Pay", s["basic"]), ("(B) Total Allowances", s["allow"]), ("      Transport allowance", 300.00),
            ("(C) Total Deductions", _r(s["cpf"] + s["mbmf"])), ("      Employee's CPF", s["cpf"]),
            ("      MBMF", s["mbmf"]), ("(D) Overtime Pay", ot), ("      01 Sep - 30 Sep, 22.5 hrs", None),
            ("(E) Other Additional Payments", 0.00)]
    y = 196
    p.box(14, y, 362, 28 * len(rows) + 20, fill=(1, 1, 1), stroke=None, radius=8)
    y += 26
    for name, v in rows:
        sub = name.startswith(" ")
        p.t(26, y, name.strip() if not sub else "   " + name.strip(), 9 if sub else 10, color=GREY if sub else (0, 0, 0))
        if v is not None:
            p.t(364, y, f"S${_m(v)}", 9 if sub else 10, align="r", color=GREY if sub else (0, 0, 0))
        y += 28
    y += 14
    p.box(14, y, 362, 56, fill=(0.1, 0.3, 0.5), stroke=None, radius=8)
    p.t(26, y + 24, "Net Pay (A+B-C+D+E)", 10, color=(1, 1, 1))
    p.t(364, y + 40, f"S${_m(net)}", 17, bold=True, color=(1, 1, 1), align="r")
    p.t(26, y + 84, "Employer's CPF contribution S$581.25 (not included above)", 8.5, color=GREY)
    p.t(26, y + 100, f"Gross pay (A+B+D) S${_m(gross)}", 8.5, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


def en_other_us_duluth_eob_not_a_bill() -> tuple[bytes, dict]:
    """Look-alike: a health plan's EXPLANATION OF BENEFITS (Letter) with 'THIS IS NOT A BILL' across the top: member
    and claim numbers, a claim table (Service | Date | Billed | Allowed | Not covered | Plan paid | Your share) and
    'What you may owe the provider' - an insurer's notice, not the provider's bill."""
    p = Page(LETTER)
    p.box(40, 36, 532, 30, fill=(0.1, 0.1, 0.1), stroke=None)
    p.t(306, 57, "THIS IS NOT A BILL", 16, bold=True, color=(1, 1, 1), align="c")
    p.t(50, 92, "Arrowhead Mutual Health Plan", 13, bold=True, color=NAVY)
    p.t(50, 106, "Explanation of Benefits  -  Processed 10/30/2026", 9.5)
    for k, (a, b) in enumerate((("Member", "ARVID HOLMQUIST"), ("Member ID", "AMH-5521804-01"),
                                ("Claim number", "26302-118845"), ("Provider", "Lakeside Orthopedic Associates"))):
        p.t(360, 92 + 14 * k, a, 8.5, color=GREY)
        p.t(440, 92 + 14 * k, b, 8.5)
    widths = [150, 64, 62, 62, 62, 62, 70]
    rows = [["Service", "Date", "Billed", "Allowed", "Not covered", "Plan paid", "Your share"],
            ["Office visit, new patient", "10/07/26", "312.00", "188.40", "123.60", "150.72", "37.68"],
            ["X-ray knee, 3 views", "10/07/26", "146.00", "61.25", "84.75", "49.00", "12.25"],
            ["Knee brace (DME)", "10/07/26", "210.00", "118.00", "92.00", "94.40", "23.60"],
            ["Totals", "", "668.00", "367.65", "300.35", "294.12", "73.53"]]
    y = p.table(50, 170, widths, rows, rh=20, size=8.6, head=1, aligns=["l", "c", "r", "r", "r", "r", "r"])
    p.box(50, y + 20, 512, 54, stroke=NAVY, lw=1)
    p.t(60, y + 40, "What you may owe the provider: $73.53", 11, bold=True)
    p.t(60, y + 58, "The provider may bill you for this amount. Do not pay until you receive a bill from the provider.",
        8.8)
    p.t(50, y + 100, "Your deductible: $1,500.00 per year; met so far $1,214.80. Out-of-pocket maximum $5,200.00; "
        "met so far $1,288.33.", 8.5, color=GREY)
    p.t(50, y + 116, "If you disagree with this decision you may appeal within 180 days. See the back of this page.",
        8.5, color=GREY)
    return p.pdf(), {}


DU_ITEMS = [("RX 6614027  ATORVASTATIN 40MG TAB  QTY 30", 10.00), ("RX 6614028  METFORMIN ER 500MG  QTY 60", 12.40),
            ("RX 6613990  GABAPENTIN 300MG CAP  QTY 90", 18.75), ("OTC  ICE PACK REUSABLE", 8.99)]


def en_med_us_duluth_pharmacy_receipt() -> tuple[bytes, dict]:
    """A community pharmacy's till receipt (80 mm) with the prescription lines under the patient's name as pharmacies
    print it ('PATIENT: HOLMQUIST, ARVID'), copays and an over-the-counter item with tax, TOTAL, card tender, 'RX
    PICKUP SIGNATURE ON FILE', 10/27/2026 14:22."""
    p = Page((227, 470))
    sub = _r(sum(v for _k, v in DU_ITEMS))
    tax = 0.62
    total = _r(sub + tax)
    lines = ["   LAKEWALK COMMUNITY PHARMACY", "    402 E Superior St, Duluth MN", "        (218) 555-0148", "",
             "10/27/2026 14:22  REG 02  TRN 7781", "PATIENT: HOLMQUIST, ARVID", "-" * 34]
    for name, v in DU_ITEMS:
        a, b = name[:22], name[22:].strip()
        lines.append(f"{a:<26}{v:>8.2f}")
        if b:
            lines.append("   " + b)
    lines += ["-" * 34, f"{'SUBTOTAL':<26}{sub:>8.2f}", f"{'MN TAX 6.875% (OTC)':<26}{tax:>8.2f}",
              f"{'TOTAL':<26}{total:>8.2f}", f"{'VISA ****2290':<26}{total:>8.2f}", "", "RX PICKUP SIGNATURE ON FILE",
              "INS: ARROWHEAD MUTUAL  COPAY APPLIED", "", "   THANK YOU - FEEL BETTER SOON"]
    y = 24
    for ln in lines:
        p.t(12, y, ln, 8.1, face="Courier-Bold" if ln.startswith(("PATIENT", "TOTAL")) else "Courier")
        y += 12
    return p.pdf(), {"total": _s(total)}


def en_other_us_toledo_electric_bill() -> tuple[bytes, dict]:
    """Look-alike: an electric co-operative's monthly bill (Letter, top part): account and service address, a usage
    bar chart of 13 months, meter readings, the charges (customer charge, energy kWh x rate, fuel adjustment, taxes),
    AMOUNT DUE and due date - a utility bill."""
    p = Page(LETTER)
    p.t(50, 54, "Maumee Bay Electric Cooperative", 15, bold=True, color=GREEN)
    p.t(50, 70, "Your Touchstone Energy cooperative  -  Toledo, Ohio", 8.5, color=GREY)
    p.box(380, 40, 182, 64, fill=(0.93, 0.97, 0.93), stroke=GREEN, lw=0.8)
    p.t(390, 58, "Amount Due", 9, color=GREY)
    p.t(552, 80, "$142.87", 18, bold=True, align="r")
    p.t(390, 96, "Due by 11/21/2026", 9)
    p.t(50, 110, "Account 0031-77420-02    Service address: 3318 Hill Ave, Toledo OH 43607", 9)
    p.t(50, 124, "Billing period 09/29/2026 - 10/28/2026 (30 days)    Meter 88120447", 9)
    vals = [620, 702, 811, 905, 870, 740, 610, 566, 690, 884, 942, 801, 958]
    for k, v in enumerate(vals):
        h = v / 10
        p.box(60 + k * 22, 250 - h, 14, h, fill=GREEN if k == 12 else (0.7, 0.82, 0.7), stroke=None)
    p.t(50, 268, "kWh, Oct 2025 - Oct 2026", 8, color=GREY)
    rows = [["Customer charge", "", "18.50"], ["Energy", "958 kWh x $0.1128", "108.06"],
            ["Power cost adjustment", "958 kWh x $0.0061", "5.84"], ["Ohio kWh tax", "", "4.45"],
            ["Operation Round Up (voluntary)", "", "0.56"], ["Previous balance", "", "136.02"],
            ["Payment received 10/19 - thank you", "", "-130.56"], ["Amount due", "", "142.87"]]
    p.table(340, 150, [120, 70, 40], rows, rh=16, size=7.8, head=0, aligns=["l", "l", "r"], grid=False)
    return p.pdf(), {}


def en_other_bnpl_pay_in_four_screen() -> tuple[bytes, dict]:
    """Look-alike: a buy-now-pay-later app's purchases screen (PNG): 'You owe $303.71', next payment due, three
    purchases each split in four with paid and upcoming instalments - a consumer credit account, not a bank account."""
    p = Page(PHONE)
    p.box(0, 0, 390, 844, fill=(1, 0.96, 0.97), stroke=None)
    _bar(p, "19:20")
    p.t(20, 84, "Payments", 20, bold=True)
    p.box(16, 104, 358, 96, fill=(0.12, 0.1, 0.14), stroke=None, radius=14)
    p.t(32, 132, "You owe", 10, color=(0.9, 0.85, 0.9))
    p.t(32, 168, "$303.71", 26, bold=True, color=(1, 1, 1))
    p.t(358, 132, "Next: $68.73 on Nov 29", 9.5, color=(1, 0.7, 0.8), align="r")
    items = [("Kohlstrom Outdoor", "Pay in 4  -  $249.96", ["Paid", "Paid", "Dec 6", "Dec 20"], 62.49),
             ("Brightline Electronics", "Pay in 4  -  $220.00", ["Paid", "Nov 29", "Dec 13", "Dec 27"], 55.00),
             ("Fernhill Apparel", "Pay in 4  -  $54.92", ["Paid", "Paid", "Paid", "Nov 29"], 13.73)]
    y = 226
    for shop, plan, steps, inst in items:
        p.box(16, y, 358, 118, fill=(1, 1, 1), stroke=None, radius=12)
        p.t(32, y + 26, shop, 12, bold=True)
        p.t(32, y + 44, plan, 9.5, color=GREY)
        for k, st in enumerate(steps):
            cx = 52 + k * 90
            p.box(cx - 8, y + 62, 16, 16, fill=(0.9, 0.3, 0.5) if st == "Paid" else (0.9, 0.9, 0.9), stroke=None,
                  radius=8)
            p.t(cx, y + 94, st, 8.5, align="c")
            p.t(cx, y + 108, f"${inst:.2f}", 8.5, align="c", color=GREY)
        y += 132
    p.t(195, y + 20, "Late fees may apply. Autopay is on (Debit ...5530).", 8.5, color=GREY, align="c")
    return p.pdf(), {}


def en_other_uk_wrexham_account_confirmation_letter() -> tuple[bytes, dict]:
    """Look-alike: a savings bank's account confirmation letter (A4): the bank's letterhead, the customer's address, a
    date, 'Confirmation of account details' - account name, sort code, account number, type, date opened, the
    customer's address held - and that the bank does not show transactions or balances in this letter."""
    p = Page(A4)
    p.t(40, 56, "Clwyd Savings Bank", 16, bold=True, color=(0.45, 0.1, 0.35))
    p.t(40, 72, "Regent Street, Wrexham LL11 1RY", 8.5, color=GREY)
    for k, ln in enumerate(["Mrs Eleri Wyn Bowen", "14 Rhosddu Road", "Wrexham", "LL11 2NF"]):
        p.t(48, 128 + 13 * k, ln, 10)
    p.t(555, 128, "5 November 2026", 10, align="r")
    p.t(555, 142, "Our ref: CNF/8841207", 9, align="r", color=GREY)
    p.t(40, 220, "Dear Mrs Bowen,", 10.5)
    p.t(40, 246, "Confirmation of account details", 11, bold=True)
    p.t(40, 268, "As requested, we confirm that you hold the following account with us:", 10.5)
    kv = [("Account name", "MRS ELERI WYN BOWEN"), ("Sort code", "30-84-27"), ("Account number", "00418823"),
          ("Account type", "Everyday Current Account"), ("Date opened", "12 March 2014"),
          ("Address held", "14 Rhosddu Road, Wrexham LL11 2NF")]
    y = 296
    for a, b in kv:
        p.t(60, y, a, 10, color=GREY)
        p.t(200, y, b, 10.5)
        y += 20
    body = ["This letter confirms the account details only. It does not show the balance of the account or any",
            "transactions. If you need a statement, you can download one in online banking or ask in branch.",
            "", "Yours sincerely,"]
    y += 16
    for ln in body:
        p.t(40, y, ln, 10.5)
        y += 17
    p.hand(40, y + 30, "G. Pritchard", 16, key="wx-sign", color=(0.1, 0.1, 0.3))
    p.t(40, y + 50, "Gareth Pritchard, Customer Service Manager", 10)
    return p.pdf(), {}


def _wrap(text: str, width: float = 26.0) -> list[str]:
    """A message's lines as a phone wraps them: a full-width character counts 1, an ASCII one 0.55; a run of ASCII
    (a figure, a phone number) is never broken, a line may break between any two Chinese characters."""
    tokens = re.findall(r"[\x21-\x7e]+|.", text)
    lines, cur, used = [], "", 0.0
    for tok in tokens:
        w = sum(0.55 if ord(ch) < 128 else 1.0 for ch in tok)
        if used + w > width and cur:
            lines.append(cur)
            cur, used = "", 0.0
        cur += tok
        used += w
    return [*lines, cur] if cur else lines

QZ = dict(employer="钦州港湾粮油加工有限公司", short="钦州港湾粮油")
QZ_EARN = [("基本工资", 2200.00), ("绩效", 1386.00), ("加班费", 700.00)]
QZ_DED = [("社保", 392.40), ("公积金", 214.30), ("个税", 0.00)]


def _qz() -> tuple[float, float]:
    gross = _r(sum(v for _k, v in QZ_EARN))
    return gross, _r(gross - sum(v for _k, v in QZ_DED))


def zh_pay_qinzhou_wage_text_message_screen() -> tuple[bytes, dict]:
    """A payslip sent as a text message, as the phone shows it (PNG): the sender's number, an earlier short notice,
    then one long message signed 【钦州港湾粮油】 with 应发工资 and its parts, the amounts withheld and 实发工资 for
    2026年10月, the card's tail, wrapped as the phone wraps it; addressed to 尊敬的员工 - no name (employee
    absent)."""
    gross, net = _qz()
    p = Page(PHONE, zh=True)
    p.box(0, 0, 390, 844, fill=(1, 1, 1), stroke=None)
    _bar(p, "11:06")
    p.t(20, 72, "〈", 16, color=(0.1, 0.45, 0.95))
    p.t(195, 66, "106 5502 3318 0777", 13, bold=True, align="c")
    p.t(195, 82, "短信/彩信", 8.5, align="c", color=GREY)
    body = (f"【{QZ['short']}】尊敬的员工，您2026年10月工资明细如下：应发工资{_m(gross)}元，其中"
            + "，".join(f"{k}{_m(v)}" for k, v in QZ_EARN) + "；代扣" + "，".join(f"{k}{_m(v)}元" for k, v in QZ_DED)
            + f"；实发工资{_m(net)}元，已转入您尾号5521的工资卡。发放单位：{QZ['employer']}。"
            "如有疑问请于5个工作日内联系人事部0777-3260118。")
    msgs = [("10月12日 周一 16:20", _wrap(f"【{QZ['short']}】9月工资已发放至您的工资卡，明细请查收后续短信或登录员工自助平台。")),
            ("11月10日 周二 10:58", _wrap(body))]
    y = 108
    for when, lines in msgs:
        p.t(195, y + 10, when, 9, align="c", color=GREY)
        h = 19 * len(lines) + 18
        p.box(14, y + 22, 318, h, fill=(0.91, 0.91, 0.92), stroke=None, radius=14)
        for k, ln in enumerate(lines):
            p.t(28, y + 44 + 19 * k, ln, 10.8)
        y += h + 46
    p.box(16, 780, 358, 34, stroke=(0.8, 0.8, 0.8), lw=0.8, radius=17)
    p.t(34, 802, "短信", 11, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


DY_LINES = [("OFFICE VISIT", 95.00), ("RAPID STREP TEST", 28.00)]


def en_med_us_dayton_walk_in_clinic_card_receipt() -> tuple[bytes, dict]:
    """A walk-in clinic's card-terminal receipt (58 mm, customer copy): the clinic's name and address, 10/30/2026
    5:48 PM, two self-pay lines, TOTAL, the card, AUTH and 'APPROVED'; no patient name (patient absent)."""
    p = Page((165, 380))
    total = _r(sum(v for _k, v in DY_LINES))
    lines = ["WOLF CREEK WALK-IN CLINIC", "  5200 Salem Ave, Dayton OH", "      (937) 555-0163", "",
             "10/30/2026          5:48 PM", "MID: ****4471    TID: 002", "-" * 26]
    lines += [f"{k[:17]:<17}{v:>9.2f}" for k, v in DY_LINES]
    lines += ["-" * 26, f"{'TOTAL':<14}{'USD ' + format(total, '.2f'):>12}", "", "MASTERCARD  ****8836",
              "CONTACTLESS", "AUTH: 04417C", "", "        APPROVED", "", "     CUSTOMER COPY", "",
              "THANK YOU FOR CHOOSING", "   WOLF CREEK WALK-IN"]
    y = 22
    for ln in lines:
        p.t(9, y, ln, 8, face="Courier-Bold" if ln.startswith(("TOTAL", "WOLF")) else "Courier")
        y += 12
    return p.pdf(), {"total": _s(total)}


# --------------------------------------------------------------------------------------------------------------------
# the set: labels by construction

DIM = dict(desk="dark", angle=4.2, persp=0.1, blur=1.25, quality=58, exposure=0.66, falloff=0.62, shadow=0.4)

DOCS: dict[str, dict] = {
    "zh-unemp-hegang-coal-washery-termination-certificate": dict(
        draw=zh_unemp_hegang_termination_certificate, type="unemployment_proof", lang="zh",
        fields={"person": "蔺卫东", "issuer": "鹤岗兴山选煤有限责任公司", "date": ["2026-11-03", "2026-10-31"]},
        forms={"photo": dict(desk="wood", angle=-3.6, persp=0.09, blur=1.1, quality=62, hand="bottom", falloff=0.5,
                             exposure=0.9),
               "text": {}},
        note="a coal washery's 解除劳动合同证明书: 编号 top right, the worker's particulars as label/value pairs in two "
             "columns (入职时间 2012年4月9日, 合同解除时间 2026年10月31日, 本单位工作年限 14年7个月), 经济性裁员 under "
             "劳动合同法 第四十一条 in prose, the seal over 出具日期 2026年11月3日, a signed receipt strip at the foot "
             "(an unemployment proof: the employer's certificate that the contract ended, which the law requires it to "
             "issue and the 失业登记 asks for)"),
    "zh-stmt-hegang-city-bank-export-with-cover": dict(
        draw=zh_stmt_hegang_city_bank_export_with_cover, type="bank_statement", lang="zh",
        fields={"bank": "鹤岗鹤城商业银行", "account_holder": "蔺卫东", "account_number": "6231880600124470385",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "48187.94"},
        forms={"text": {}, "scan": {}},
        note="a city bank's 手机银行 PDF export of 个人账户交易明细 over two A4 pages: page 1 a cover with 户名 / 卡号 / "
             "起止日期 as pairs in two columns and a boxed 汇总 (期初余额, 收入/支出 笔数 and 金额, 期末余额), the electronic "
             "seal; page 2 the rows unruled - 序号 | 记账日期 (20261012) | 收入金额 | 支出金额 | 账户余额 | 摘要 | 对方户名 "
             "(收入 before 支出) - and — 以下空白 —; the two last wages and the 经济补偿金 credited on 20261031"),
    "zh-pay-qinzhou-grain-mill-wage-text-message": dict(
        draw=zh_pay_qinzhou_wage_text_message_screen, type="payslip", lang="zh",
        fields={"employer": ["钦州港湾粮油加工有限公司", "钦州港湾粮油"], "period": "2026-10", "gross_pay": "4286.00",
                "net_pay": "3679.30"},
        absent=["employee"],
        forms={"image": {}},
        note="a payslip sent as a text message, as the phone shows it: an earlier one-line notice, then a long message "
             "signed 【钦州港湾粮油】 - 应发工资 with its parts, 代扣 社保 / 公积金 / 个税, 实发工资 for 2026年10月 paid to the "
             "card ending 5521, 发放单位 the full company name - addressed to 尊敬的员工 with no name (employee absent; "
             "a payslip: one month's pay before and after deductions, from the employer)"),
    "zh-pay-panzhihua-furniture-spreadsheet-strip": dict(
        draw=zh_pay_panzhihua_spreadsheet_strip, type="payslip", lang="zh",
        fields={"employer": "攀枝花钒都家具制造有限公司", "employee": "符晓燕", "period": "2026-10",
                "gross_pay": "4558.50", "net_pay": "3427.32"},
        forms={"photo": dict(desk="laminate", angle=-2.4, persp=0.11, blur=1.15, quality=60, margin=0.18,
                             falloff=0.5, shadow=0.3, dpi=200, width=2400),
               "scan": {}},
        note="a 工资条 cut with scissors from a printed spreadsheet: grey column letters A-P and row numbers 27-30, a "
             "merged title cell with the company and 2026年10月, heads over two lines (应发项目 over 基本工资 / 计件工资 / "
             "加班费 / 全勤奖 / 高温补贴, 扣款项目 over 养老 / 医疗 / 失业 / 公积金 / 个税 / 病假扣款; 工号, 姓名, 应发合计, "
             "扣款合计, 实发工资 spanning both), one row of figures with zeros as '0', a ragged cut edge"),
    "zh-stmt-panzhihua-rcb-counter-landscape-signed": dict(
        draw=zh_stmt_panzhihua_rcb_counter_landscape, type="bank_statement", lang="zh",
        fields={"bank": "攀枝花仁和农村商业银行", "account_holder": "符晓燕", "account_number": "880701412003556912",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "5392.06"},
        forms={"text": {}, "photo": DIM},
        note="a rural commercial bank's counter print of 活期账户明细 on A4 landscape with no ruling at all: particulars "
             "as label/value pairs three to a row (起始日期 20261001, 终止日期 20261031), rows of 记账日期 (2026-10-02) | "
             "时间 | 摘要 | 发生额 | 余额 | 对方户名 | 渠道 with one signed amount column ('+3,580.00' / '-600.00'), "
             "借方/贷方 counts and sums and 本期余额 on one line under the rows, 上期余额 below them; the hospital's "
             "deposit and refund among the rows; the photo dim and angled"),
    "zh-med-panzhihua-inpatient-itemised-list-two-page": dict(
        draw=zh_med_panzhihua_inpatient_itemised_list_two_page, type="medical_bill", lang="zh",
        fields={"provider": "攀枝花市仁和区第三人民医院", "patient": "符晓燕", "date": ["2026-10-16", "2026-10-11"],
                "total": "6047.80"},
        forms={"text": {}, "scan": {}},
        note="a county hospital's 住院患者费用明细清单 over two A4 pages: the particulars in a ruled band four to a row "
             "(入院日期 2026-10-11, 出院日期 2026-10-16), every item by day - 日期 | 项目编码 | 项目名称 | 规格 | 单位 | 数量 | "
             "单价 | 金额 | 类别 (甲/乙/丙) - 本页小计 at the foot of each page, and on page 2 only the 费用分类汇总 grid, "
             "费用总额 in ¥ and 大写 and the 收费专用章 (a medical bill: the hospital's itemised charges for the stay)"),
    "zh-other-panzhihua-gallbladder-discharge-summary": dict(
        draw=zh_other_panzhihua_discharge_summary, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="cloth", angle=2.2, persp=0.07, blur=1.05, quality=64, fold=0.48)},
        note="look-alike: the same stay's 出院小结 (入院情况, 诊疗经过, 出院诊断, 出院医嘱, the doctor's signature): a "
             "clinical summary with no charge on it, not a bill"),
    "zh-unemp-deyang-resignation-certificate-april": dict(
        draw=zh_unemp_deyang_resignation_certificate_april, type="unemployment_proof", lang="zh",
        fields={"person": "邰春生", "issuer": "德阳旌湖机电装配有限公司", "date": ["2026-04-20", "2026-04-19"]},
        forms={"photo": dict(desk="wood", angle=5.0, persp=0.1, blur=1.2, quality=60, hand="right", falloff=0.55)},
        note="a machine-assembly firm's 离职证明 on an A5 letterhead with a dashed rule: 合同期满 不再续签, 已无劳动关系, "
             "the HR seal over 2026年4月20日 - an unemployment proof, but more than 180 days before the as-of date "
             "(stale)"),
    "zh-other-tianshui-tax-app-income-record-screen": dict(
        draw=zh_other_tianshui_tax_app_income_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: the tax app's 收入纳税明细查询 screen: 收入合计 for 2026 in a blue card, one card per month "
             "with 工资薪金, the 扣缴义务人 and 申报日期 - what was declared to the tax office, neither a payslip nor an "
             "employer's income proof (an earlier set decided the same)"),
    "zh-other-tianshui-housing-fund-deposit-ledger": dict(
        draw=zh_other_tianshui_housing_fund_deposit_detail, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a 住房公积金 个人缴存明细 (业务日期 | 业务类型 | 汇缴年月 | 单位缴存 | 个人缴存 | 发生额 | "
             "个人账户余额, 缴存基数 3,100.00, a 结息 line): a housing-savings account, not a bank's statement, and a "
             "contribution base is not pay"),
    "zh-other-baise-wallet-change-ledger-screen": dict(
        draw=zh_other_baise_wechat_change_ledger_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a messaging wallet's 零钱明细 screen for 2026年10月 (支出/收入 totals, transfers, red packets and "
             "QR payments with 余额 under each): a payment wallet's ledger, not a bank's statement"),
    "zh-med-yanji-dental-clinic-handwritten-fee-slip": dict(
        draw=zh_med_yanji_dental_clinic_fee_slip, type="medical_bill", lang="zh",
        fields={"provider": "延吉市仁心口腔诊所", "patient": "金美兰", "date": "2026-10-24", "total": "2820.00"},
        forms={"photo": dict(desk="laminate", angle=-1.8, persp=0.08, blur=1.1, quality=62, shadow=0.35,
                             falloff=0.5, crumple=0.3)},
        note="a dental clinic's pre-printed 门诊收费单 (A5 landscape) filled in blue pen: 患者姓名, 日期 2026.10.24, 病历号, "
             "five items with 数量, 单价 and 金额 as whole yuan, 合计 in 大写 and ¥2820.00, 付款方式 with 刷卡 ticked in pen, the 财务专用章"),
    "zh-income-yanji-hotel-six-month-income-certificate": dict(
        draw=zh_income_yanji_hotel_income_certificate, type="income_proof", lang="zh",
        fields={"employer": "延边帽儿山温泉度假酒店有限公司", "employee": "金美兰", "monthly_income": "3691.67",
                "date": "2026-11-10"},
        forms={"scan": {}},
        note="a hotel's 收入证明 as a ruled form: particulars as label/value cells, a table of the last six months' 实发工资 "
             "(2026年5月 to 10月, the off-season months lower), 近六个月月均实发收入 3,691.67元 computed from them and in "
             "大写, the purpose line, the seal over 2026年11月10日 (an income proof: the employer states what she is "
             "paid a month)"),
    "zh-stmt-yanji-city-bank-app-month-screen": dict(
        draw=zh_stmt_yanji_city_bank_app_month_screen, type="bank_statement", lang="zh",
        fields={"bank": "延吉海兰江商业银行", "account_holder": "金美兰", "account_number": ["0627"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "1845.37"},
        forms={"image": {}},
        note="a city bank's app 账户明细 screen: a teal card with the holder and 尾号0627, 查询区间 2026.10.01 - 2026.10.31, "
             "收入 / 支出 totals, entries oldest first with mm-dd hh:mm stamps, signed amounts and 余额 under each, "
             "期末余额 in a band at the foot; the October wage and the dental clinic's card payment among them"),
    "zh-other-wuzhou-utilities-counter-receipt": dict(
        draw=zh_other_wuzhou_water_power_gas_receipt, type="other", lang="zh", fields={},
        forms={"photo": dict(desk="dark", angle=-4.4, persp=0.09, blur=1.15, quality=61, exposure=0.82, dpi=250,
                             crumple=0.5, margin=0.3)},
        note="look-alike: a 便民缴费 counter's 水电燃气缴费回单 on a till roll (electricity, water and gas with meter "
             "readings, 合计, 实收, 找零): a utility receipt"),
    "zh-other-installment-lender-collection-texts": dict(
        draw=zh_other_loan_collection_sms_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a messages screen with three texts from an instalment lender (逾期天数, 应还金额, 征信, "
             "紧急联系人): the collection the user is answering, not evidence of a hardship"),
    "en-pay-in-nashik-auto-parts-salary-slip": dict(
        draw=en_pay_in_nashik_salary_slip, type="payslip", lang="en",
        fields={"employer": ["Panchavati Auto Components Pvt. Ltd.", "PANCHAVATI AUTO COMPONENTS PVT. LTD."],
                "employee": "Sandeep Waman Khairnar", "period": "2026-10", "gross_pay": "20850.00",
                "net_pay": "17329.00"},
        forms={"photo": dict(desk="wood", angle=2.8, persp=0.08, blur=1.1, quality=63, hand="right", falloff=0.45),
               "text": {}},
        note="an Indian auto-parts maker's 'Salary Slip for the month of October 2026': particulars as key/value pairs in "
             "two columns (PAN, UAN, ESIC No., Paid Days / LOP), one ruled table with Earnings | Current Month | Year to "
             "Date beside Deductions | Current Month | Year to Date (PF, ESI, Professional Tax, canteen, advance "
             "recovery), YTD figures in lakh grouping (1,44,410.00), Gross Earnings and Total Deductions on the totals "
             "row, Net Pay with the amount in words"),
    "en-stmt-in-nashik-urban-coop-bank-cr": dict(
        draw=en_stmt_in_nashik_coop_bank_dr_cr, type="bank_statement", lang="en",
        fields={"bank": ["Godavari Valley Urban Co-operative Bank Ltd.", "Godavari Valley Urban Co-operative Bank"],
                "account_holder": ["SANDEEP WAMAN KHAIRNAR", "Sandeep Waman Khairnar"],
                "account_number": "012011000876345", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "111922.85"},
        forms={"text": {}, "scan": {}},
        note="an Indian urban co-operative bank's statement of account: the customer block in a fixed-width face at the "
             "right, 'Statement of account from 01-10-2026 to 31-10-2026', Tran Date | Particulars | Chq/Ref No. | Debit "
             "| Credit | Balance with balances in lakh grouping and 'Cr' after them (1,08,243.35 Cr), dd-mm-yyyy dates, "
             "a Total row and 'Closing Balance as on 31-10-2026' after the rows"),
    "en-pay-za-gqeberha-trim-payslip": dict(
        draw=en_pay_za_gqeberha_payslip, type="payslip", lang="en",
        fields={"employer": "Swartkops Auto Trim (Pty) Ltd", "employee": "Thandeka Mbotho", "period": "2026-10",
                "gross_pay": "14942.00", "net_pay": "11298.11"},
        forms={"text": {}, "photo": DIM},
        note="a South African trim maker's monthly PAYSLIP in '12 480,00' figures (space-grouped, decimal comma): 'Pay "
             "date 2026/10/25', particulars three to a row, three boxes side by side - EARNINGS (overtime hours '14,00'), "
             "DEDUCTIONS (PAYE, UIF, pension fund, medical aid, union levy), COMPANY CONTRIBUTIONS (UIF, SDL, pension) - "
             "totals at the foot of each, NETT PAY in a dark bar along the bottom; the photo dim and angled"),
    "en-unemp-uk-sunderland-p45-part-1a": dict(
        draw=en_unemp_uk_sunderland_p45_part1a, type="unemployment_proof", lang="en",
        fields={"person": ["DEAN ROBERT HEPPLEWHITE", "Dean Robert Hepplewhite", "HEPPLEWHITE DEAN ROBERT"],
                "issuer": ["WEARSIDE PARCEL HUB LTD", "Wearside Parcel Hub Ltd"], "date": "2026-10-10"},
        forms={"photo": dict(desk="cloth", angle=-2.1, persp=0.08, blur=1.05, quality=64, falloff=0.45, fold=0.52),
               "scan": {}},
        note="a P45 Part 1A (copy for the employee) as payroll software prints it: numbered boxes - employer PAYE "
             "reference, NI number, Surname and First name(s) in separate boxes, leaving date 10 10 2026 in DD MM YYYY "
             "digit boxes, tax code, pay and tax to date, employee's and employer's addresses - and 'To the employee' "
             "notes (an unemployment proof: the employer's record that the job ended, as set 16 decided for a Record "
             "of Employment)"),
    "en-stmt-uk-sunderland-two-page-paid-in-first": dict(
        draw=en_stmt_uk_sunderland_two_page_paid_in_first, type="bank_statement", lang="en",
        fields={"bank": ["Penshaw Savings Bank plc", "Penshaw Savings Bank"],
                "account_holder": ["DEAN ROBERT HEPPLEWHITE", "MR DEAN ROBERT HEPPLEWHITE", "Dean Robert Hepplewhite"],
                "account_number": "31870054", "period_start": "2026-10-01", "period_end": "2026-10-31",
                "closing_balance": "1329.96"},
        forms={"text": {}, "scan": {}},
        note="a UK savings bank's current account statement over two A4 pages: the window address top left, 'Your "
             "account summary' box top right (balance on 1 October, money in, money out, balance on 31 October); Date | "
             "Type | Payment type and details | Paid in | Paid out | Balance (paid in before paid out), '03 Oct 26' dates "
             "printed once a day, the balance only on each day's last line; 'Balance carried forward' closes page 1, "
             "'Balance brought forward' opens page 2, 'Closing balance' ends it; the last wages and a JSA payment"),
    "en-stmt-us-spokane-credit-union-check-register": dict(
        draw=en_stmt_us_spokane_credit_union_check_register, type="bank_statement", lang="en",
        fields={"bank": ["Latah Creek Community Credit Union", "LATAH CREEK COMMUNITY CREDIT UNION"],
                "account_holder": ["KRISTA M HALVORSEN", "Krista M. Halvorsen", "Krista M Halvorsen"],
                "account_number": ["55102-8-S70", "551028S70", "55102-8"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "1337.87"},
        forms={"photo": dict(desk="wood", angle=-1.6, persp=0.07, blur=1.05, quality=64, shadow=0.32, falloff=0.5)},
        note="a community credit union's statement (Letter): 'Statement Period 10/01/26 - 10/31/26', a summary row "
             "Beginning Balance | Deposits | Withdrawals | Checks | Ending Balance, then under FREE CHECKING separate "
             "DEPOSITS AND CREDITS and WITHDRAWALS AND DEBITS lists (mm-dd dates, no running balance), CHECKS PAID three "
             "across with '*' where the sequence breaks, a three-across DAILY BALANCE list, a share savings line under "
             "it (its balance not the one labelled)"),
    "en-med-us-spokane-ambulance-statement-stub-on-top": dict(
        draw=en_med_us_spokane_ambulance_bill, type="medical_bill", lang="en",
        fields={"provider": "Palouse Regional Ambulance Service",
                "patient": ["Krista M. Halvorsen", "KRISTA M HALVORSEN"], "date": ["2026-10-22", "2026-09-28"],
                "total": ["2088.00", "571.00"]},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=3.3, persp=0.09, blur=1.1, quality=62, hand="bottom",
                                         exposure=0.88)},
        note="an ambulance service's patient statement with the remittance stub at the TOP (account, statement date "
             "10/22/2026, amount due, amount enclosed) over a dashed tear line, then the trip (date of service "
             "09/28/2026), HCPCS lines A0427 / A0425 (14 miles) / A0398, the insurer's payment and the contractual "
             "adjustment in parentheses, Total charges 2,088.00 and PATIENT BALANCE DUE 571.00"),
    "en-income-us-spokane-verification-of-employment": dict(
        draw=en_income_us_spokane_verification_of_employment, type="income_proof", lang="en",
        fields={"employer": ["Mica Peak Senior Living LLC", "MICA PEAK SENIOR LIVING LLC"],
                "employee": "Krista M. Halvorsen", "monthly_income": "2017.60", "date": "2026-11-06"},
        forms={"text": {}},
        note="a care home's 'Verification of Employment and Income' letter dated November 6, 2026: particulars as "
             "key/value pairs in two columns (hourly rate $19.40, 24 scheduled hours a week), 'Average gross monthly "
             "income: $2,017.60' (rate x hours x 52 / 12), her hours cut from 40 in September (an income proof: the "
             "employer states what she earns a month)"),
    "en-med-us-boise-dental-invoice-unruled": dict(
        draw=en_med_us_boise_dental_invoice, type="medical_bill", lang="en",
        fields={"provider": ["Table Rock Family Dentistry, PLLC", "Table Rock Family Dentistry"],
                "patient": "Oscar Villanueva-Reyes", "date": ["2026-10-19", "2026-10-16"],
                "total": ["1562.00", "715.60"]},
        forms={"text": {}},
        note="a dental practice's INVOICE: invoice number and date 10/19/2026 top left, the practice top right, BILL TO "
             "and PATIENT in two columns, an unruled Date | Tooth | Procedure (CDT codes D0140, D0220, D3330, D2950) | "
             "Fee list of 10/16/2026, Total fees, estimated insurance portion and Patient portion due"),
    "en-pay-sg-tampines-itemised-payslip-september": dict(
        draw=en_pay_sg_tampines_itemised_payslip_september, type="payslip", lang="en",
        fields={"employer": "Pasir Ris Precision Engineering Pte. Ltd.", "employee": "Muhammad Hafiz bin Rosli",
                "period": "2026-09", "gross_pay": "3419.13", "net_pay": "2720.13"},
        forms={"image": {}},
        note="an HR app's itemised payslip screen laid out as Singapore's itemised-payslip template - (A) Basic Pay, (B) "
             "Total Allowances, (C) Total Deductions (Employee's CPF, MBMF), (D) Overtime Pay (22.5 hrs), (E) Other "
             "Additional Payments, Net Pay (A+B-C+D+E) in a dark card, gross (A+B+D) only in small print under it; pay "
             "period September 2026, not the October asked (stale)"),
    "en-other-us-duluth-eob-this-is-not-a-bill": dict(
        draw=en_other_us_duluth_eob_not_a_bill, type="other", lang="en", fields={},
        forms={"photo": dict(desk="cloth", angle=1.9, persp=0.07, blur=1.05, quality=64, fold=0.4)},
        note="look-alike: a health plan's Explanation of Benefits with 'THIS IS NOT A BILL' in a black band: a claim "
             "table (Billed | Allowed | Not covered | Plan paid | Your share) and 'What you may owe the provider': an "
             "insurer's notice, not the provider's bill"),
    "en-med-us-duluth-pharmacy-till-receipt": dict(
        draw=en_med_us_duluth_pharmacy_receipt, type="medical_bill", lang="en",
        fields={"provider": ["LAKEWALK COMMUNITY PHARMACY", "Lakewalk Community Pharmacy"],
                "patient": ["ARVID HOLMQUIST", "HOLMQUIST, ARVID", "Arvid Holmquist"], "date": "2026-10-27",
                "total": "50.76"},
        forms={"photo": dict(desk="dark", angle=-3.0, persp=0.09, blur=1.15, quality=60, exposure=0.85, dpi=250,
                             crumple=0.45, margin=0.28, falloff=0.5)},
        note="a community pharmacy's till receipt in a fixed-width face, photographed crumpled on a dark table: "
             "'PATIENT: HOLMQUIST, ARVID', three prescription copays and an OTC item, MN tax on the OTC item, TOTAL, "
             "the card tender, 'RX PICKUP SIGNATURE ON FILE', 10/27/2026 14:22 (a medical bill: a receipt for medicine "
             "bought, as earlier sets decided)"),
    "en-med-us-dayton-walk-in-clinic-card-receipt": dict(
        draw=en_med_us_dayton_walk_in_clinic_card_receipt, type="medical_bill", lang="en",
        fields={"provider": ["WOLF CREEK WALK-IN CLINIC", "Wolf Creek Walk-In Clinic"], "date": "2026-10-30",
                "total": "123.00"},
        absent=["patient"],
        forms={"photo": dict(desk="wood", angle=6.0, persp=0.1, blur=1.2, quality=60, dpi=260, margin=0.32,
                             falloff=0.55, exposure=0.9, crumple=0.35)},
        note="a walk-in clinic's card-terminal receipt (customer copy) photographed on a table: the clinic and address, "
             "10/30/2026 5:48 PM, OFFICE VISIT and RAPID STREP TEST, TOTAL USD 123.00, the card, AUTH, "
             "APPROVED - no patient's name (patient absent; a medical bill: what was paid for care)"),
    "en-other-us-toledo-electric-coop-bill": dict(
        draw=en_other_us_toledo_electric_bill, type="other", lang="en", fields={},
        forms={"photo": dict(desk="wood", angle=-2.6, persp=0.08, blur=1.1, quality=63, falloff=0.5)},
        note="look-alike: an electric co-operative's monthly bill (Amount Due box, 13 months of usage bars, customer "
             "charge, kWh x rate, power cost adjustment, previous balance and payment): a utility bill"),
    "en-other-pay-in-four-app-screen": dict(
        draw=en_other_bnpl_pay_in_four_screen, type="other", lang="en", fields={},
        forms={"image": {}},
        note="look-alike: a buy-now-pay-later app's Payments screen ('You owe $303.71', three purchases each split in "
             "four with paid and upcoming instalments): a consumer credit account, not a bank account"),
    "en-other-uk-wrexham-account-confirmation-letter": dict(
        draw=en_other_uk_wrexham_account_confirmation_letter, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a savings bank's 'Confirmation of account details' letter (account name, sort code, account "
             "number, date opened, address held) which says it shows no balance and no transactions: it proves an "
             "account exists, it is not a statement of one"),
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
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent17",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent17.json (labels and sha256)")
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
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-26 (independent17-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
