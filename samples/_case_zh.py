"""Case 1, `zh-medical-stop`: a complete Chinese 停催 (stop-collection) case on medical grounds.

Every amount printed in a document is computed here from one set of constants, so payslips, the
bank statements (which carry the same salary credits and hospital payments) and the bills agree.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import _render as r
from _render import PdfSurface, RasterSurface, grey
from PIL import Image

CASE = "zh-medical-stop"
NAME = "李秀英"
EMPLOYER = "北京华晟科技有限公司"
EMPLOYEE_NO = "HS-20170342"
BANK = "京港商业银行"
BRANCH = "京港商业银行北京望京支行"
ACCOUNT_FULL = "6217 0000 1234 5678 901"
ACCOUNT_MASKED = "6217********8901"
HOSPITAL = "北京市朝阳区第三人民医院"
LENDER = "安信消费金融有限公司"
BLUE = (0.08, 0.27, 0.55)
CENT = D("0.01")

PACKET_TOML = '''\
# 停催申请：李秀英（医疗困难）。样例数据，全部为虚构。
[applicant]
name = "李秀英"
id_number = "110105198806154321"
phone = "139 1024 6875"
email = "lixiuying88@example.com"
address = "北京市朝阳区望京西园三区312号楼2单元1503室"

[lender]
name = "安信消费金融有限公司"
email = "support@anxin-finance.example"
address = "上海市浦东新区世纪大道1888号安信金融中心18层"
contract_number = "AX2025031200458"

[request]
kind = "stop"
language = "zh"
checklist = "zh-stop-collection"
country = "CN"    # 适用哪国的答复期限和投诉途径
currency = "CNY"
hardship = "medical"
statement = """本人于2026年6月确诊腰椎间盘突出症（L4/L5），6月18日至7月3日在北京市朝阳区第三人民医院住院并接受椎间孔镜手术，出院后仍需定期复查和康复治疗。\\
患病期间单位按病假标准发放工资，本人每月实发收入由约9100元降至5000元左右，同时需自付住院和复查费用，目前已无力按期足额还款。\\
本人并非恶意拖欠，恳请贵司自即日起暂停催收6个月，以便本人专心康复、恢复正常工作。\\
本人承诺自2027年2月15日起按每月1500元恢复还款，直至结清剩余欠款。"""

[plan]
outstanding = "36000.00"
monthly_payment = "1500.00"
first_payment = 2027-02-15

[[contact]]
at = 2026-11-03T10:15:00
channel = "phone"
with = "安信消费金融客服 工号 A0317"
summary = "说明住院及收入下降情况，申请暂停催收；客服告知需提交医疗证明、近三个月工资单和近六个月银行流水，发送至 support@anxin-finance.example。"

[[contact]]
at = 2026-11-10T16:40:00
channel = "phone"
with = "催收专员 周先生"
summary = "对方来电催收，本人说明正在准备停催申请材料，请求在材料审核期间暂停电话联系，对方表示会备注。"

[[contact]]
at = 2026-11-18T09:05:00
channel = "chat"
with = "安信消费金融App在线客服"
summary = "在线确认材料接收邮箱，客服要求邮件标题注明合同编号 AX2025031200458 及“停催申请”字样。"
'''


# -- amounts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payslip:
    period: str  # YYYY-MM
    base: D
    allowance: D
    bonus: D
    sick_deduction: D
    tax: D
    paid_on: str

    pension = D("640.00")
    medical = D("163.00")
    unemployment = D("40.00")
    housing_fund = D("960.00")

    @property
    def gross(self) -> D:
        return self.base + self.allowance + self.bonus - self.sick_deduction

    @property
    def deductions(self) -> D:
        return self.pension + self.medical + self.unemployment + self.housing_fund + self.tax

    @property
    def net(self) -> D:
        return self.gross - self.deductions


AUG = Payslip("2026-08", D("8000.00"), D("1200.00"), D("500.00"), D("0.00"), D("86.91"), "2026-09-10")
SEP = Payslip("2026-09", D("8000.00"), D("1200.00"), D("0.00"), D("1600.00"), D("23.91"), "2026-10-10")
OCT = Payslip("2026-10", D("8000.00"), D("1200.00"), D("0.00"), D("2400.00"), D("0.00"), "2026-11-10")

# 住院费用清单: (类别, 项目名称, 规格, 单位, 数量, 单价)
INPATIENT_ITEMS = [
    ("床位费", "普通病房床位费（三人间）", "", "日", 15, D("50.00")),
    ("护理费", "一级护理", "", "日", 5, D("32.00")),
    ("护理费", "二级护理", "", "日", 10, D("20.00")),
    ("检查费", "腰椎磁共振平扫（MRI）", "1.5T", "次", 1, D("750.00")),
    ("检查费", "腰椎CT平扫", "", "次", 1, D("300.00")),
    ("检查费", "胸部正位X线摄影", "DR", "次", 1, D("60.00")),
    ("检查费", "常规心电图检查", "十二导联", "次", 1, D("25.00")),
    ("化验费", "血常规（五分类）", "", "次", 2, D("20.00")),
    ("化验费", "肝功能全项", "", "项", 1, D("95.00")),
    ("化验费", "肾功能三项", "", "项", 1, D("60.00")),
    ("化验费", "凝血四项", "", "项", 1, D("110.00")),
    ("化验费", "术前感染八项", "", "项", 1, D("180.00")),
    ("西药费", "注射用头孢呋辛钠", "0.75g", "支", 6, D("28.60")),
    ("西药费", "塞来昔布胶囊", "0.2g×6粒", "盒", 3, D("42.80")),
    ("西药费", "甘露醇注射液", "250ml", "瓶", 6, D("9.50")),
    ("西药费", "甲钴胺片", "0.5mg×20片", "盒", 2, D("35.60")),
    ("手术费", "经皮椎间孔镜髓核摘除术", "L4/L5", "次", 1, D("4800.00")),
    ("手术费", "局部浸润麻醉", "", "次", 1, D("380.00")),
    ("材料费", "一次性使用射频消融电极", "", "支", 1, D("12800.00")),
    ("材料费", "一次性椎间孔镜工作套管", "", "套", 1, D("6900.00")),
    ("治疗费", "静脉输液", "", "次", 10, D("12.00")),
    ("治疗费", "中频脉冲电治疗", "", "次", 8, D("45.00")),
]
INPATIENT_TOTAL = sum((q * p for *_, q, p in INPATIENT_ITEMS), D("0"))
INPATIENT_FUND = (INPATIENT_TOTAL * D("0.60")).quantize(CENT)  # 医保统筹支付
INPATIENT_SELF = INPATIENT_TOTAL - INPATIENT_FUND
DEPOSIT = D("10000.00")
assert INPATIENT_SELF > DEPOSIT, "the discharge settlement is a top-up, not a refund"

# 门诊收费票据: (项目名称, 金额)
OUTPATIENT_ITEMS = [
    ("诊察费", D("100.00")),
    ("检查费", D("750.00")),
    ("西药费", D("236.40")),
    ("治疗费", D("180.00")),
]
OUTPATIENT_TOTAL = sum((a for _, a in OUTPATIENT_ITEMS), D("0"))
OUTPATIENT_FUND = (OUTPATIENT_TOTAL * D("0.5")).quantize(CENT)
OUTPATIENT_SELF = OUTPATIENT_TOTAL - OUTPATIENT_FUND

_DIG = "零壹贰叁肆伍陆柒捌玖"


def _group_upper(g: int) -> str:
    out, zero, started = "", False, False
    for k, ch in enumerate(f"{g:04d}"):
        d = int(ch)
        if d == 0:
            zero = zero or started
            continue
        if zero:
            out += "零"
        out += _DIG[d] + ("仟", "佰", "拾", "")[k]
        zero, started = False, True
    return out


def rmb_upper(amount: D) -> str:
    """Chinese capital numerals for an amount of yuan, as printed on receipts (大写)."""
    fen_total = int((amount * 100).to_integral_value())
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, gap = "", False
    for gi in reversed(range(len(groups))):
        g = groups[gi]
        if g == 0:
            gap = True
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group_upper(g) + ("", "万", "亿")[gi]
        gap = False
    if out:
        out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao == 0:
        return out + "零" + _DIG[fen] + "分"
    return out + _DIG[jiao] + "角" + (_DIG[fen] + "分" if fen else "整")


def yuan(a: D, sep: bool = True) -> str:
    return f"{a:,.2f}" if sep else f"{a:.2f}"


# -- bank transactions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Txn:
    date: dt.date
    summary: str
    amount: D  # + income, - spending
    party: str
    channel: str = "网上银行"


SHOPS_WELL = [
    ("快捷支付", "美团外卖", 18, 65, "手机银行"),
    ("快捷支付", "盒马鲜生", 45, 260, "手机银行"),
    ("快捷支付", "京东商城", 39, 480, "手机银行"),
    ("快捷支付", "滴滴出行", 14, 68, "手机银行"),
    ("POS消费", "物美超市望京店", 25, 190, "POS"),
    ("快捷支付", "北京一卡通充值", 50, 100, "手机银行"),
    ("POS消费", "星巴克望京SOHO店", 32, 78, "POS"),
    ("快捷支付", "拼多多", 12, 95, "手机银行"),
]
SHOPS_ILL = [
    ("快捷支付", "美团外卖", 18, 55, "手机银行"),
    ("POS消费", "国大药房望京店", 40, 180, "POS"),
    ("快捷支付", "京东大药房", 60, 300, "手机银行"),
    ("快捷支付", "盒马鲜生", 35, 160, "手机银行"),
    ("POS消费", "物美超市望京店", 20, 120, "POS"),
    ("快捷支付", "滴滴出行", 16, 48, "手机银行"),
]


def _random_txns(rng: random.Random, year: int, month: int, n: int, shops: list) -> list[Txn]:
    days = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    out = []
    for _ in range(n):
        summ, party, lo, hi, ch = rng.choice(shops)
        cents = rng.randint(lo * 100, hi * 100)
        if party == "北京一卡通充值":
            cents = lo * 100 if rng.random() < 0.5 else hi * 100
        out.append(Txn(dt.date(year, month, rng.randint(1, days)), summ, -D(cents) / 100, party, ch))
    return out


def _monthly(month: int, year: int = 2026) -> list[Txn]:
    d = lambda day: dt.date(year, month, day)  # noqa: E731
    power = {5: "186.40", 6: "203.15", 7: "288.60", 8: "312.45", 9: "240.10", 10: "158.70"}[month]
    return [
        Txn(d(5), "跨行转账", D("-4200.00"), "王建国", "手机银行"),
        Txn(d(20), "代扣电费", -D(power), "国网北京市电力公司", "代收代付"),
        Txn(d(22), "代扣话费", D("-128.00"), "中国移动通信集团北京有限公司", "代收代付"),
    ]


def statement_may_jul(rng: random.Random) -> tuple[D, list[Txn]]:
    txns: list[Txn] = []
    for m in (5, 6, 7):
        txns += _monthly(m)
        txns.append(Txn(dt.date(2026, m, 8), "跨行转账", D("-1000.00"), "李建华", "手机银行"))
        txns.append(Txn(dt.date(2026, m, 15), "代扣还款", D("-1500.00"), LENDER, "代收代付"))
    txns += [
        Txn(dt.date(2026, 5, 10), "代发工资", D("9167.30"), EMPLOYER, "代发"),
        Txn(dt.date(2026, 6, 10), "代发工资", D("9167.30"), EMPLOYER, "代发"),
        Txn(dt.date(2026, 7, 10), "代发工资", D("8214.56"), EMPLOYER, "代发"),
        Txn(dt.date(2026, 6, 18), "POS消费 住院预交金", -DEPOSIT, HOSPITAL, "POS"),
        Txn(dt.date(2026, 7, 3), "POS消费 出院结算", -(INPATIENT_SELF - DEPOSIT), HOSPITAL, "POS"),
        Txn(dt.date(2026, 6, 21), "结息", D("4.87"), "", "系统"),
    ]
    txns += _random_txns(rng, 2026, 5, 18, SHOPS_WELL)
    txns += _random_txns(rng, 2026, 6, 15, SHOPS_WELL[:4] + SHOPS_ILL[1:3])
    txns += _random_txns(rng, 2026, 7, 14, SHOPS_ILL)
    return D("18386.54"), sorted(txns, key=lambda t: t.date)


def statement_aug_oct(rng: random.Random) -> list[Txn]:
    txns: list[Txn] = []
    for m in (8, 9, 10):
        txns += _monthly(m)
    txns += [
        Txn(dt.date(2026, 8, 10), "代发工资", D("6920.40"), EMPLOYER, "代发"),
        Txn(dt.date(2026, 9, 10), "代发工资", AUG.net, EMPLOYER, "代发"),
        Txn(dt.date(2026, 10, 10), "代发工资", SEP.net, EMPLOYER, "代发"),
        Txn(dt.date(2026, 8, 15), "代扣还款", D("-1500.00"), LENDER, "代收代付"),
        Txn(dt.date(2026, 9, 15), "代扣还款", D("-600.00"), LENDER, "代收代付"),
        Txn(dt.date(2026, 9, 21), "结息", D("2.35"), "", "系统"),
        Txn(dt.date(2026, 10, 12), "POS消费 门诊缴费", -OUTPATIENT_SELF, HOSPITAL, "POS"),
    ]
    for m, n in ((8, 9), (9, 8), (10, 8)):
        txns += _random_txns(rng, 2026, m, n, SHOPS_ILL)
    return sorted(txns, key=lambda t: t.date)


def running(opening: D, txns: list[Txn]) -> list[D]:
    bal, out = opening, []
    for t in txns:
        bal += t.amount
        assert bal >= 0, f"sample balance went negative on {t.date}"
        out.append(bal)
    return out


# -- documents --------------------------------------------------------------------------------


def _huasheng_logo(s: r.Surface, x: float, y: float, k: float = 1.0) -> None:
    s.rect(x, y, 13 * k, 13 * k, stroke=None, fill=BLUE)
    s.polygon(
        [(x + 2.5 * k, y + 10.5 * k), (x + 6.5 * k, y + 2.5 * k), (x + 10.5 * k, y + 10.5 * k)],
        stroke=None,
        fill=r.WHITE,
    )
    s.polygon(
        [(x + 5 * k, y + 10.5 * k), (x + 6.5 * k, y + 7.5 * k), (x + 8 * k, y + 10.5 * k)],
        stroke=None,
        fill=BLUE,
    )


def payslip_aug(path: Path) -> None:
    """August: the HR system's A4 PDF, with a text layer."""
    p = AUG
    s = PdfSurface(
        path, title="员工工资单 2026年08月", author=f"{EMPLOYER} 人力资源部", creator="华晟HR薪酬系统 V5.2"
    )
    _huasheng_logo(s, 18, 13)
    s.text(35, 20, EMPLOYER, 15, bold=True)
    s.text(35, 25.5, "BEIJING HUASHENG TECHNOLOGY CO., LTD.", 7, font="sans", color=grey(0.35))
    s.text(192, 19, "人力资源部 · 薪酬组", 9, align="r", color=grey(0.25))
    s.text(192, 24.5, "单号：HR-PAY-202608-0342", 7.5, align="r", color=grey(0.35))
    s.line(18, 31, 192, 31, 1.6, BLUE)
    s.line(18, 32.2, 192, 32.2, 0.4, BLUE)
    s.text(105, 46, "员 工 工 资 单", 19, bold=True, align="c")
    s.text(18, 56, "工资所属期：2026年08月", 10.5)
    s.text(192, 56, f"发放日期：{p.paid_on}", 10.5, align="r")
    info = [
        ["姓名", NAME, "工号", EMPLOYEE_NO],
        ["部门", "研发中心 / 测试部", "岗位", "高级测试工程师"],
        ["工资卡", f"{BANK} 尾号8901", "出勤", "应出勤21天  实出勤21天"],
    ]
    for i in range(3):
        s.rect(18, 60 + i * 8, 24, 8, stroke=None, fill=grey(0.93))
        s.rect(100, 60 + i * 8, 24, 8, stroke=None, fill=grey(0.93))
    s.table(18, 60, [24, 58, 24, 68], info, row_h=8, size=10, header_rows=0, aligns="clcl", lw=0.6)
    s.text(18, 94, "一、应发项目", 11, bold=True, color=BLUE)
    earn = [
        ["项目", "说明", "金额（元）"],
        ["基本工资", "按劳动合同约定", yuan(p.base, False)],
        ["岗位津贴", "P6 岗位", yuan(p.allowance, False)],
        ["绩效奖金", "2026年7月考核系数 0.25", yuan(p.bonus, False)],
        ["应发工资", "", yuan(p.gross, False)],
    ]
    y = s.table(
        18,
        97,
        [44, 90, 40],
        earn,
        row_h=7.5,
        size=10,
        aligns="llr",
        header_fill=(0.86, 0.9, 0.96),
        bold_rows=[4],
        lw=0.6,
    )
    s.text(18, y + 11, "二、扣除项目", 11, bold=True, color=BLUE)
    ded = [
        ["项目", "缴费基数（元）", "个人比例", "金额（元）"],
        ["养老保险", "8000.00", "8%", yuan(p.pension, False)],
        ["医疗保险", "8000.00", "2%+3元", yuan(p.medical, False)],
        ["失业保险", "8000.00", "0.5%", yuan(p.unemployment, False)],
        ["住房公积金", "8000.00", "12%", yuan(p.housing_fund, False)],
        ["个人所得税", "—", "累计预扣", yuan(p.tax, False)],
        ["扣款合计", "", "", yuan(p.deductions, False)],
    ]
    y = s.table(
        18,
        y + 14,
        [44, 50, 40, 40],
        ded,
        row_h=7.5,
        size=10,
        aligns="lccr",
        header_fill=(0.86, 0.9, 0.96),
        bold_rows=[6],
        lw=0.6,
    )
    y += 8
    s.rect(18, y, 174, 18, stroke=BLUE, fill=(0.93, 0.95, 0.99), lw=1)
    s.text(24, y + 8.5, f"实发工资：{yuan(p.net, False)} 元", 14, bold=True)
    s.text(24, y + 14.5, f"（大写：人民币{rmb_upper(p.net)}）", 9, color=grey(0.25))
    s.text(186, y + 11, "已通过银行代发", 9, align="r", color=BLUE)
    y += 30
    notes = (
        "说明：1. 本工资单由系统自动生成，无需签章。如对工资有疑问，请于发放之日起7个工作日内联系人力资源部"
        "薪酬组（分机 8021，邮箱 hr-pay@huasheng-tech.example）。\n2. 工资信息属于个人隐私，请妥善保管，"
        "不得向他人透露。\n3. 个人所得税按累计预扣法计算，已扣除专项附加扣除。"
    )
    s.paragraph(18, y, 174, notes, 8.5, color=grey(0.3))
    s.line(18, 282, 192, 282, 0.4, grey(0.6))
    s.text(18, 287, "打印时间：2026-09-10 09:12:37", 7.5, color=grey(0.45))
    s.text(192, 287, "第 1 页 / 共 1 页", 7.5, align="r", color=grey(0.45))
    s.save()


def payslip_sep(path: Path, rng: random.Random) -> None:
    """September: a 工资条 strip cut from a spreadsheet print-out, scanned grey at 200 DPI."""
    p = SEP
    s = RasterSurface((250, 98), dpi=200)
    s.line(4, 5, 246, 5, 0.6, grey(0.4), dash=(4, 3))
    s.text(125, 16, f"{EMPLOYER}  2026年9月  工资条", 15, bold=True, align="c")
    s.text(10, 25, "部门：研发中心 / 测试部", 9.5)
    s.text(125, 25, "发放日期：2026-10-10", 9.5, align="c")
    s.text(240, 25, "单位：元", 9.5, align="r")
    w = [32, 32, 32, 32, 32, 30, 30]
    a = [
        ["工号", "姓名", "基本工资", "岗位津贴", "绩效奖金", "病假扣款", "应发合计"],
        [
            EMPLOYEE_NO,
            NAME,
            yuan(p.base, False),
            yuan(p.allowance, False),
            yuan(p.bonus, False),
            yuan(p.sick_deduction, False),
            yuan(p.gross, False),
        ],
    ]
    b = [
        ["养老保险", "医疗保险", "失业保险", "住房公积金", "个人所得税", "扣款合计", "实发工资"],
        [
            yuan(p.pension, False),
            yuan(p.medical, False),
            yuan(p.unemployment, False),
            yuan(p.housing_fund, False),
            yuan(p.tax, False),
            yuan(p.deductions, False),
            yuan(p.net, False),
        ],
    ]
    s.table(10, 29, w, a, row_h=9, size=10, aligns="c" * 7, header_fill=grey(0.85), lw=0.8)
    s.table(10, 50, w, b, row_h=9, size=10, aligns="c" * 7, header_fill=grey(0.85), lw=0.8, bold_rows=[1])
    s.text(
        10, 79, "备注：9月病假8天，病假期间按基本工资70%计发；社保、公积金按2026年度缴费基数8000元扣缴。", 8.5
    )
    s.text(10, 86, "如有疑问请联系人力资源部薪酬组，分机 8021。", 8.5)
    s.line(4, 93, 246, 93, 0.6, grey(0.4), dash=(4, 3))
    s.img = r.scan(s.img, rng, skew=1.5)
    s.img.save(path, "PNG", optimize=True, dpi=(200, 200))


def payslip_oct_photo(path: Path, rng: random.Random) -> Image.Image:
    """October: 薪资明细单, printed and photographed on a desk; stored sideways with EXIF Orientation 6."""
    p = OCT
    s = RasterSurface(r.A4, dpi=150, paper=(250, 249, 245))
    s.ellipse(25, 22, 8, 8, stroke=None, fill=BLUE)
    s.ellipse(25, 22, 4.5, 4.5, stroke=None, fill=r.WHITE)
    s.rect(24, 13, 2, 9, stroke=None, fill=r.WHITE)
    s.text(37, 21, EMPLOYER, 14, bold=True)
    s.text(37, 27, "人力资源部", 9, color=grey(0.35))
    s.text(192, 21, "薪资明细单", 16, bold=True, align="r")
    s.text(192, 27, "PAY STATEMENT", 8, font="sans", align="r", color=grey(0.4))
    s.line(16, 33, 194, 33, 1.2)
    s.text(16, 44, f"员工姓名：{NAME}", 11)
    s.text(78, 44, f"工号：{EMPLOYEE_NO}", 11)
    s.text(138, 44, "薪资月份：2026年10月", 11)
    s.text(16, 53, "部门：研发中心 / 测试部", 11)
    s.text(78, 53, "考勤：应出勤17天 病假12天", 11)
    s.text(138, 53, f"发放日期：{p.paid_on}", 11)
    rows = [
        ["收入项目", "金额", "扣除项目", "金额"],
        ["基本工资", yuan(p.base), "养老保险（个人）", yuan(p.pension)],
        ["岗位津贴", yuan(p.allowance), "医疗保险（个人）", yuan(p.medical)],
        ["绩效奖金", yuan(p.bonus), "失业保险（个人）", yuan(p.unemployment)],
        ["病假扣款", "-" + yuan(p.sick_deduction), "住房公积金（个人）", yuan(p.housing_fund)],
        ["", "", "个人所得税", yuan(p.tax)],
        ["应发工资", yuan(p.gross), "扣款合计", yuan(p.deductions)],
    ]
    s.table(
        16,
        60,
        [46, 43, 46, 43],
        rows,
        row_h=10,
        size=11,
        aligns="lrlr",
        header_fill=grey(0.82),
        bold_rows=[6],
        lw=0.8,
    )
    s.line(105, 60, 105, 130, 1.6)
    s.rect(16, 138, 178, 16, stroke=r.BLACK, fill=grey(0.92), lw=1)
    s.text(22, 149, f"实发工资：¥{yuan(p.net)}", 15, bold=True)
    s.text(188, 149, f"人民币{rmb_upper(p.net)}", 10.5, align="r")
    s.paragraph(
        16,
        166,
        178,
        "温馨提示：病假工资按《北京市工资支付规定》及公司制度计发，不低于本市最低工资标准的80%。"
        "本明细仅供员工本人核对，请勿外传。",
        9,
        color=grey(0.3),
    )
    s.text(120, 190, "员工签收：", 11)
    s.signature(142, 190, 26, rng)
    s.text(120, 199, "日期：2026-11-05", 11)
    s.line(16, 280, 194, 280, 0.5, grey(0.5))
    s.text(16, 286, "华晟HR薪酬系统 打印", 8, color=grey(0.5))
    s.text(194, 286, "HS-PAY-202610-0342", 8, align="r", color=grey(0.5))
    upright = r.photo(s.img, (1500, 2000), rng, at=(118, 104), angle=0.9, light_from="tl")
    # a phone held upright stores the sensor's landscape frame and says "rotate 90° clockwise"
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x010F] = "Xiaomi"  # Make
    exif[0x0110] = "Redmi Note 12 Pro"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° CW to display
    exif[0x0131] = "MIUI 14.0.8"  # Software
    exif[0x0132] = "2026:11:05 09:30:12"  # DateTime
    exif[0x8769] = {0x9003: "2026:11:05 09:30:12", 0x9004: "2026:11:05 09:30:12"}
    exif[0x8825] = {
        0: b"\x02\x02\x00\x00",
        1: "N",
        2: (39.0, 59.0, 41.76),
        3: "E",
        4: (116.0, 28.0, 9.12),
        5: 0,
        6: 38.0,
    }
    stored.save(path, "JPEG", quality=80, exif=exif.tobytes())
    return upright


def statement_online(path: Path, opening: D, txns: list[Txn]) -> D:
    """May–July: the bank's online-banking export, three A4 pages with a text layer."""
    red = (0.72, 0.09, 0.12)
    bals = running(opening, txns)
    per_page = 25
    pages = [txns[i : i + per_page] for i in range(0, len(txns), per_page)]
    s = PdfSurface(path, title="个人账户交易明细", author=BANK, creator="京港商业银行个人网上银行")
    k = 0
    for pno, chunk in enumerate(pages, 1):
        s.ellipse(24, 17, 7, 7, stroke=None, fill=red)  # a coin with a square hole
        s.rect(21, 14, 6, 6, stroke=None, fill=r.WHITE)
        s.rect(22.6, 15.6, 2.8, 2.8, stroke=None, fill=red)
        s.text(34, 18, BANK, 15, bold=True, color=red)
        s.text(34, 23, "JINGGANG COMMERCIAL BANK", 7, font="sans", color=red)
        s.text(192, 18, "个人账户交易明细", 13, bold=True, align="r")
        s.text(192, 23, "个人网上银行 · 电子对账单", 7.5, align="r", color=grey(0.4))
        s.line(18, 27, 192, 27, 1.2, red)
        y = 32
        if pno == 1:
            info = [
                ("户名", NAME),
                ("账号", ACCOUNT_FULL),
                ("币种", "人民币（钞）"),
                ("开户行", BRANCH),
                ("起止日期", "2026-05-01 至 2026-07-31"),
                ("打印日期", "2026-11-06"),
            ]
            for i, (kk, vv) in enumerate(info):
                col, row = i % 2, i // 2
                s.text(20 + col * 88, y + 5 + row * 6.5, f"{kk}：{vv}", 9.5)
            y += 24
        rows = [["序号", "交易日期", "摘要", "收入", "支出", "余额", "对方户名"]]
        for t in chunk:
            k += 1
            inc = yuan(t.amount) if t.amount > 0 else ""
            out = yuan(-t.amount) if t.amount < 0 else ""
            rows.append([str(k), t.date.isoformat(), t.summary, inc, out, yuan(bals[k - 1]), t.party])
        y = s.table(
            18,
            y,
            [10, 21, 27, 21, 21, 24, 50],
            rows,
            row_h=7.4,
            size=8,
            aligns="cclrrrl",
            grid="rows",
            header_fill=(0.97, 0.9, 0.9),
            zebra=grey(0.965),
            lw=0.5,
        )
        if pno == len(pages):
            income = sum((t.amount for t in txns if t.amount > 0), D("0"))
            spend = -sum((t.amount for t in txns if t.amount < 0), D("0"))
            y += 9
            s.text(20, y, f"期初余额：{yuan(opening)}", 9.5)
            s.text(75, y, f"收入合计：{yuan(income)}", 9.5)
            s.text(130, y, f"支出合计：{yuan(spend)}", 9.5)
            s.text(20, y + 8, f"期末余额：{yuan(bals[-1])}", 11, bold=True)
            s.text(20, y + 16, f"交易笔数：{len(txns)} 笔", 9.5)
        s.line(18, 280, 192, 280, 0.4, grey(0.6))
        s.text(
            18,
            285,
            "本明细由个人网上银行生成，仅供参考；如需加盖业务专用章，请持本人有效身份证件至任一营业网点办理。",
            7,
            color=grey(0.45),
        )
        s.text(105, 291, f"第 {pno} 页 / 共 {len(pages)} 页", 8, align="c")
        if pno < len(pages):
            s.new_page()
    s.save()
    return bals[-1]


def statement_counter_pages(opening: D, txns: list[Txn], rng: random.Random) -> tuple[list[Image.Image], D]:
    """August–October: the branch counter print-out with a seal, scanned to grey images."""
    bals = running(opening, txns)
    half = (len(txns) + 1) // 2
    chunks = [txns[:half], txns[half:]]
    pages, k = [], 0
    for pno, chunk in enumerate(chunks, 1):
        s = RasterSurface(r.A4, dpi=150)
        s.text(105, 20, f"{BANK}", 13, align="c")
        s.text(105, 30, "账 户 明 细 清 单", 17, bold=True, align="c")
        s.text(14, 42, f"客户名称：{NAME}", 10)
        s.text(84, 42, f"卡号/账号：{ACCOUNT_MASKED}", 10)
        s.text(196, 42, "币种：人民币", 10, align="r")
        s.text(14, 49, "查询期间：2026/08/01-2026/10/31", 10)
        s.text(84, 49, "打印网点：北京望京支行", 10)
        s.text(196, 49, "柜员号：0231", 10, align="r")
        rows = [["序号", "交易日期", "摘要", "交易金额", "账户余额", "对方户名", "渠道"]]
        for t in chunk:
            k += 1
            rows.append(
                [
                    str(k),
                    t.date.strftime("%Y/%m/%d"),
                    t.summary.replace("POS消费 ", ""),
                    f"{t.amount:+,.2f}",
                    yuan(bals[k - 1]),
                    t.party,
                    t.channel,
                ]
            )
        y = s.table(
            14,
            54,
            [10, 23, 27, 24, 25, 53, 20],
            rows,
            row_h=8.2,
            size=8.5,
            aligns="cclrrlc",
            grid="full",
            header_fill=None,
            lw=0.7,
        )
        if pno == 2:
            income = sum((t.amount for t in txns if t.amount > 0), D("0"))
            spend = -sum((t.amount for t in txns if t.amount < 0), D("0"))
            s.text(
                14,
                y + 9,
                f"合计：收入 {yuan(income)}    支出 {yuan(spend)}    期末余额：{yuan(bals[-1])}",
                10,
            )
            s.text(14, y + 18, "以下空白", 9, color=grey(0.3))
            s.text(120, y + 32, "经办：0231", 10)
            s.stamp(165, y + 34, 17, f"{BANK}北京望京支行", "业务专用章", size=10)
        s.text(105, 287, f"第{pno}页  共2页", 9, align="c")
        s.text(196, 287, "打印时间：2026/11/06 14:22", 8, align="r")
        pages.append(r.scan(s.img, rng, skew=(-0.6 if pno == 1 else 0.4), sigma=2.6))
    return pages, bals[-1]


def statement_counter(path: Path, opening: D, txns: list[Txn], rng: random.Random) -> D:
    pages, closing = statement_counter_pages(opening, txns, rng)
    s = PdfSurface(path, title="Scan", author="", creator="Scanner", producer="ScanSnap Manager #S1300")
    for i, img in enumerate(pages):
        s.image(img, quality=62)
        if i < len(pages) - 1:
            s.new_page()
    s.save()
    return closing


def inpatient_bill(path: Path) -> None:
    """住院费用清单 with itemised charges, seal and totals in figures and capitals."""
    green = (0.05, 0.42, 0.36)
    s = PdfSurface(path, title="住院费用清单", author=HOSPITAL, creator="HIS 住院结算子系统")
    s.ellipse(30, 20, 8, 8, stroke=green, lw=1.6)
    s.rect(28.3, 14.5, 3.4, 11, stroke=None, fill=green)
    s.rect(24.5, 18.3, 11, 3.4, stroke=None, fill=green)
    s.text(105, 19, HOSPITAL, 16, bold=True, align="c")
    s.text(105, 28, "住 院 费 用 清 单", 14, bold=True, align="c")
    s.text(192, 34, "清单号：ZYQD-20260703-0158", 8, align="r", color=grey(0.35))
    info = [
        ["姓名", NAME, "性别", "女", "年龄", "38岁"],
        ["住院号", "ZY2026061803", "科室", "骨科（脊柱外科）", "床号", "12"],
        ["入院日期", "2026-06-18", "出院日期", "2026-07-03", "住院天数", "15天"],
        ["医保类型", "城镇职工基本医疗保险", "出院诊断", "腰椎间盘突出症（L4/L5）", "", ""],
    ]
    s.table(
        18,
        37,
        [20, 40, 20, 48, 18, 28],
        info,
        row_h=7,
        size=9,
        header_rows=0,
        aligns="llllll",
        grid="frame",
        lw=0.8,
    )
    rows = [["类别", "项目名称", "规格", "单位", "数量", "单价", "金额"]]
    for cat, name, spec, unit, q, price in INPATIENT_ITEMS:
        rows.append([cat, name, spec, unit, str(q), yuan(price, False), yuan(q * price, False)])
    y = s.table(
        18,
        68,
        [18, 56, 24, 12, 14, 24, 26],
        rows,
        row_h=6.6,
        size=8.5,
        aligns="cllccrr",
        grid="full",
        header_fill=(0.88, 0.94, 0.92),
        lw=0.4,
        line_color=grey(0.35),
    )
    y += 8
    s.text(20, y, f"合计（小写）：¥{yuan(INPATIENT_TOTAL)}", 11, bold=True)
    s.text(110, y, f"合计（大写）：{rmb_upper(INPATIENT_TOTAL)}", 10)
    y += 8
    s.text(20, y, f"医保统筹支付：{yuan(INPATIENT_FUND)}", 9.5)
    s.text(80, y, f"个人支付：{yuan(INPATIENT_SELF)}", 9.5)
    s.text(135, y, f"预交金：{yuan(DEPOSIT)}", 9.5)
    y += 7
    s.text(20, y, f"出院补缴：{yuan(INPATIENT_SELF - DEPOSIT)}", 9.5)
    s.text(80, y, "支付方式：银行卡", 9.5)
    y += 13
    s.text(20, y, "开票日期：2026-07-03", 10)
    s.text(80, y, "收费员：陈静（0117）", 10)
    s.stamp(160, y - 4, 15, f"{HOSPITAL}", "收费专用章", size=7.6)
    s.line(18, 282, 192, 282, 0.4, grey(0.6))
    s.text(
        18,
        287,
        "注：本清单仅列示住院期间发生的费用明细，作为报销凭证时请与住院收费票据一并使用。",
        7.5,
        color=grey(0.4),
    )
    s.save()


def outpatient_photo(path: Path, rng: random.Random) -> None:
    """门诊收费票据: a small receipt photographed upright (Orientation 1), no GPS."""
    rust = (0.62, 0.25, 0.18)
    s = RasterSurface((210, 118), dpi=200, paper=(252, 250, 246))
    s.text(105, 14, "北京市医疗门诊收费票据（电子）", 15, bold=True, align="c", color=rust)
    s.line(60, 17, 150, 17, 0.8, rust)
    s.line(60, 18.2, 150, 18.2, 0.4, rust)
    s.text(12, 26, "票据代码：11060126", 9)
    s.text(80, 26, "票据号码：0031487562", 9)
    s.text(198, 26, "校验码：5c1a7e", 9, align="r")
    s.text(12, 33, f"交款人：{NAME}", 9)
    s.text(80, 33, "门诊号：MZ26101200873", 9)
    s.text(198, 33, "开票日期：2026-10-12", 9, align="r")
    items = OUTPATIENT_ITEMS
    rows = [["项目名称", "金额（元）", "备注", "项目名称", "金额（元）", "备注"]]
    for i in range(0, len(items), 2):
        a, b = items[i], items[i + 1]
        rows.append([a[0], yuan(a[1], False), "", b[0], yuan(b[1], False), ""])
    y = s.table(
        12,
        37,
        [34, 26, 33, 34, 26, 33],
        rows,
        row_h=7.5,
        size=9,
        aligns="lrllrl",
        header_fill=None,
        lw=0.8,
        line_color=rust,
    )
    s.rect(12, y, 186, 8, stroke=rust, lw=0.8)
    s.text(14, y + 5.6, f"合计（大写）{rmb_upper(OUTPATIENT_TOTAL)}", 9.5)
    s.text(196, y + 5.6, f"（小写）{yuan(OUTPATIENT_TOTAL, False)}", 9.5, align="r")
    y += 8
    s.rect(12, y, 186, 22, stroke=rust, lw=0.8)
    lines = [
        "业务流水号：2026101215420873    就诊日期：2026-10-12    医疗机构类型：综合医院",
        f"医保类型：职工基本医疗保险    医保统筹基金支付：{yuan(OUTPATIENT_FUND, False)}    "
        f"个人账户支付：0.00    个人现金支付：{yuan(OUTPATIENT_SELF, False)}",
        "备注：骨科门诊复查（腰椎术后）",
    ]
    for i, ln in enumerate(lines):
        s.text(14, y + 6 + i * 6.5, ln, 8.5)
    s.text(12, y + 31, f"收款单位（章）：{HOSPITAL}", 9)
    s.text(150, y + 31, "复核人：王敏    收款人：赵磊", 9)
    s.stamp(112, y + 24, 12, HOSPITAL, "收费专用章", size=6.4)
    img = r.photo(s.img, (2000, 1400), rng, at=(160, 210), angle=-1.1, light_from="tr")
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "ALN-AL00"
    exif[0x0112] = 1
    exif[0x0132] = "2026:10:12 15:42:33"
    exif[0x8769] = {0x9003: "2026:10:12 15:42:33"}
    img.save(path, "JPEG", quality=80, exif=exif.tobytes())


FILES = {
    "payslip_aug": "工资/工资单_2026年08月.pdf",
    "payslip_sep": "工资/工资条_2026年09月_扫描.png",
    "payslip_oct": "工资/IMG_20261105_093012.jpg",
    "stmt_online": "流水/京港银行交易明细_20260501-20260731.pdf",
    "stmt_counter": "流水/账户明细清单_20260801-20261031_扫描.pdf",
    "inpatient": "医疗/住院费用清单_20260703.pdf",
    "outpatient": "医疗/IMG_20261012_154233.jpg",
}


def _payslip_fields(p: Payslip) -> dict:
    return {
        "employer": EMPLOYER,
        "employee": NAME,
        "period": p.period,
        "gross_pay": f"{p.gross:.2f}",
        "net_pay": f"{p.net:.2f}",
    }


def write(out: Path) -> dict[str, dict]:
    """Write the case folder under `out`; return ground truth keyed by relative path."""
    root = out / CASE
    for rel in FILES.values():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / "packet.toml").write_text(PACKET_TOML, encoding="utf-8")
    rng = random.Random(20261120)
    payslip_aug(root / FILES["payslip_aug"])
    payslip_sep(root / FILES["payslip_sep"], random.Random(1))
    payslip_oct_photo(root / FILES["payslip_oct"], random.Random(2))
    opening, txns1 = statement_may_jul(rng)
    closing1 = statement_online(root / FILES["stmt_online"], opening, txns1)
    txns2 = statement_aug_oct(rng)
    closing2 = statement_counter(root / FILES["stmt_counter"], closing1, txns2, random.Random(3))
    inpatient_bill(root / FILES["inpatient"])
    outpatient_photo(root / FILES["outpatient"], random.Random(4))

    def stmt(start: str, end: str, number: str, closing: D, printed: str, pages: int, form: str) -> dict:
        return {
            "type": "bank_statement",
            "pages": pages,
            "form": form,
            "fields": {
                "bank": BANK,
                "account_holder": NAME,
                "account_number": number,
                "period_start": start,
                "period_end": end,
                "closing_balance": f"{closing:.2f}",
            },
            "printed": {"account_number": printed},
        }

    return {
        FILES["payslip_aug"]: {
            "type": "payslip",
            "pages": 1,
            "form": "pdf-text",
            "fields": _payslip_fields(AUG),
            "printed": {"period": "2026年08月"},
        },
        FILES["payslip_sep"]: {
            "type": "payslip",
            "pages": 1,
            "form": "scan-png",
            "fields": _payslip_fields(SEP),
            "printed": {"period": "2026年9月"},
        },
        FILES["payslip_oct"]: {
            "type": "payslip",
            "pages": 1,
            "form": "photo-jpeg-exif-rotated",
            "fields": _payslip_fields(OCT),
            "printed": {"period": "2026年10月"},
        },
        FILES["stmt_online"]: stmt(
            "2026-05-01", "2026-07-31", ACCOUNT_FULL.replace(" ", ""), closing1, ACCOUNT_FULL, 3, "pdf-text"
        ),
        FILES["stmt_counter"]: stmt(
            "2026-08-01", "2026-10-31", "8901", closing2, ACCOUNT_MASKED, 2, "pdf-image-only"
        ),
        FILES["inpatient"]: {
            "type": "medical_bill",
            "pages": 1,
            "form": "pdf-text",
            "fields": {
                "provider": HOSPITAL,
                "patient": NAME,
                "date": "2026-07-03",
                "total": f"{INPATIENT_TOTAL:.2f}",
            },
            "printed": {"total_upper": rmb_upper(INPATIENT_TOTAL), "admitted": "2026-06-18"},
        },
        FILES["outpatient"]: {
            "type": "medical_bill",
            "pages": 1,
            "form": "photo-jpeg",
            "fields": {
                "provider": HOSPITAL,
                "patient": NAME,
                "date": "2026-10-12",
                "total": f"{OUTPATIENT_TOTAL:.2f}",
            },
            "printed": {"total_upper": rmb_upper(OUTPATIENT_TOTAL)},
        },
    }
