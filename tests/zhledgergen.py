"""Generator of Chinese money documents whose TYPE and figures show in their structure (branch r16-zh).

Four kinds, each in varied layouts, as born-digital PDFs (reportlab) whose words sit where a form prints them:

- ``passbook``: a savings passbook page. Column heads pre-printed on the form, transaction rows printed by a
  dot-matrix printer offset from them, dates as digits run together (yymmdd or yyyymmdd), a first line carrying the
  balance over from the page before, each row's balance following from the one before. No holder's name on the page.
- ``appmonth``: a banking app's month of movements: the month chosen at the top, the month-end balance printed large
  with the month's money in and out beside it, the span of days as "MM.DD-MM.DD", rows newest first under day
  headers ("9月28日") with signed amounts and no balance, the month's opening balance at the foot.
- ``wallet``: a payment platform's record of a wallet's payments: dated rows of one amount each (in or out, the other
  party, the goods), no balance anywhere. Not a bank statement.
- ``voucher``: a building site's wage voucher, no head row: days worked and the day rate, the time wage, overtime,
  what is payable, advances and meals deducted, what is paid in words (大写) and in figures.
- ``receipt``: a generic pre-printed receipt a village clinic fills in by pen: what it was paid for (an examination,
  an infusion, medicines) with each charge's amount on one line, the amount in boxes (大写) and after ¥, the clinic
  only in its seal. A medical bill by what it charges for. ``shopreceipt``: the same form for a hall's hire and tea:
  no medical bill.

Every word here is written for this generator: it shares no list with packet's vocabulary nor with the
independent sets' generators (the labels a bank prints for its closing balance are the one exception the
interface makes: they are what every such statement prints).

    make(kind, seed) -> Doc   (the PDF's bytes and what a reader should find)
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

KINDS = ("passbook", "appmonth", "wallet", "voucher", "receipt", "shopreceipt")

_BANKS = ["河源农村商业银行", "宿迁农村商业银行", "安顺市农村信用合作联社", "赣州银座村镇银行", "黔东南农村商业银行",
          "临沂沂蒙村镇银行"]
_PEOPLE = ["甘秀兰", "冉德福", "靳海燕", "覃志刚", "蒲玉梅", "屠建新", "晏春花", "佘永康"]
_FIRMS = ["贵阳筑城劳务分包有限公司", "赣州章贡建筑劳务有限公司", "襄阳汉江路桥劳务有限公司", "绵阳涪城建工劳务有限公司"]
_SHOPS = ["便利蜂", "美宜佳", "永辉超市", "喜茶", "滴滴出行", "中石化加油站", "菜鸟驿站", "拼多多"]
_MEMOS = ["利息", "取现", "存现", "转账存入", "转账支出", "消费", "代扣水费", "农补", "代发劳务费", "跨行汇款"]


@dataclass
class Doc:
    """One generated document: its PDF, the type it must be read as, and the fields a reader should find."""

    kind: str
    pdf: bytes
    type: str
    fields: dict[str, str] = field(default_factory=dict)


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


def _f(v: Decimal, sep: bool = True) -> str:
    return f"{v:,.2f}" if sep else f"{v:.2f}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def in_words(v: Decimal) -> str:
    """An amount under a hundred million in Chinese financial numerals (大写), written here from the rules of
    financial writing: digit then unit, a run of zeros read once as 零, 元 then 角 and 分, or 整."""
    yuan, cents = int(v), int((v * 100) % 100)
    out = ""
    if yuan:
        groups = [(yuan // 10000, "万"), (yuan % 10000, "")]
        zero = False
        for g, big in groups:
            if not g:
                continue
            for k, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
                d = g // k % 10
                if d:
                    if zero and out:
                        out += "零"
                    out += _DIGITS[d] + unit
                    zero = False
                else:
                    zero = True
            out += big
        out += "元"
    if not cents:
        return out + "整"
    jiao, fen = divmod(cents, 10)
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += _DIGITS[fen] + "分"
    return out


class _Page:
    """Words drawn at points on an A5 or A4 page (x from the left, y from the top), each a word of the text layer."""

    def __init__(self, size: tuple[float, float]) -> None:
        self.size = size
        self.items: list[tuple[float, float, str, float]] = []

    def put(self, x: float, y: float, text: str, size: float = 10.0) -> None:
        self.items.append((x, y, text, size))

    def pdf(self) -> bytes:
        from fixtures_reading import pdf_font
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.size, invariant=1)
        font = pdf_font(True)
        for x, y, text, size in self.items:
            c.setFont(font, size)
            c.drawString(x, self.size[1] - y, text)
        c.showPage()
        c.save()
        return buf.getvalue()


def passbook(rng: random.Random) -> Doc:
    """A passbook page: heads printed on the form, rows printed offset from them, yymmdd or yyyymmdd dates."""
    bank = rng.choice(_BANKS)
    p = _Page((595, 420) if rng.random() < 0.5 else (595, 842))
    p.put(170, 30, bank + rng.choice(["活期储蓄存折", "个人存折", "储蓄存折（续页）"]), 13)
    heads = rng.choice([["交易日", "摘要", "取出", "存入", "余额", "柜员"], ["日期", "业务", "支出金额", "存入金额", "结存", "网点"],
                        ["年月日", "交易摘要", "付出", "收入", "结余", "操作员"]])
    cols = [40, 115, 215, 315, 415, 515]
    for x, h in zip(cols, heads, strict=True):
        p.put(x, 62, h, 10)
    dx, dy = rng.choice([(6, 9), (-8, 12), (14, 7)])  # the printer's rows miss the form's columns
    account = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    balance = _cents(rng, 300, 6000)
    p.put(cols[0] + dx, 80 + dy, f"账号 {account[:4]} {account[4:8]} {account[8:12]} {account[12:]}", 9)
    p.put(cols[3] + dx, 80 + dy, rng.choice(["承上页", "上页结转", "转入余额"]), 9)
    p.put(cols[4] + dx, 80 + dy, _f(balance), 9)
    day = date(2026, rng.randint(5, 8), rng.randint(1, 20))
    long_year = rng.random() < 0.4
    first = None
    for k in range(rng.randint(6, 9)):
        day += timedelta(days=rng.randint(1, 9))
        first = first or day
        out = rng.random() < 0.55 and balance > 200
        amount = _cents(rng, 10, int(min(balance, Decimal(2500))) - 1) if out else _cents(rng, 5, 4000)
        balance = balance - amount if out else balance + amount
        y = 80 + dy + 20 * (k + 1)
        p.put(cols[0] + dx, y, day.strftime("%Y%m%d" if long_year else "%y%m%d"), 9)
        p.put(cols[1] + dx, y, rng.choice(_MEMOS), 9)
        p.put(cols[2 if out else 3] + dx, y, _f(amount), 9)
        p.put(cols[4] + dx, y, _f(balance), 9)
        p.put(cols[5] + dx, y, rng.choice(["0217", "B031", "9002", "T114"]), 9)
    return Doc("passbook", p.pdf(), "bank_statement",
               {"period_start": first.isoformat(), "period_end": day.isoformat(), "closing_balance": f"{balance:.2f}"})


def appmonth(rng: random.Random) -> Doc:
    """A banking app's month: month chosen at the top, month-end balance large with in and out beside, rows newest
    first under day headers with signed amounts, the month's opening balance at the foot."""
    month = rng.randint(3, 10)
    start = date(2026, month, 1)
    end = (start.replace(month=month + 1) - timedelta(days=1))
    opening = _cents(rng, 800, 9000)
    rows = []
    for d in sorted(rng.sample(range(1, end.day + 1), rng.randint(5, 8))):
        sign = -1 if rng.random() < 0.7 else 1
        rows.append((date(2026, month, d), rng.choice(_SHOPS + ["工资", "转账-" + rng.choice(_PEOPLE)]),
                     sign * _cents(rng, 8, 1800)))
    money_in = sum((a for _, _, a in rows if a > 0), Decimal(0))
    money_out = -sum((a for _, _, a in rows if a < 0), Decimal(0))
    closing = opening + money_in - money_out
    p = _Page((360, 780))
    bank = rng.choice(_BANKS)
    p.put(130, 30, rng.choice(["账户收支", "收支记录", "动账明细"]), 14)
    p.put(20, 58, f"{bank}借记卡（尾号{rng.randint(1000, 9999)}）", 10)
    p.put(20, 80, f"2026年{month}月", 11)
    head, foot = rng.choice([("月末余额(元)", "月初余额"), ("期末余额", "期初余额"), ("本期余额", "上期余额")])
    p.put(20, 104, head, 9)
    p.put(190, 104, f"收入{_f(money_in)}", 9)
    p.put(20, 124, _f(closing), 16)
    p.put(190, 124, f"支出{_f(money_out)}", 9)
    p.put(200, 146, f"{rng.choice(['统计区间', '查询范围', '区间'])}{month:02d}.01-{month:02d}.{end.day:02d}", 8)
    y = 172
    for d, who, amount in reversed(rows):
        p.put(20, y, f"{d.month}月{d.day:02d}日 {'周一周二周三周四周五周六周日'[d.weekday() * 2:d.weekday() * 2 + 2]}", 9)
        p.put(30, y + 20, who, 10)
        p.put(260, y + 20, f"{'+' if amount > 0 else '-'}{_f(abs(amount))}", 10)
        p.put(30, y + 36, f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", 8)
        y += 62
    p.put(110, y + 10, f"{foot}{_f(opening)}·没有更多了", 8)
    return Doc("appmonth", p.pdf(), "bank_statement",
               {"period_start": start.isoformat(), "period_end": end.isoformat(), "closing_balance": f"{closing:.2f}"})


def wallet(rng: random.Random) -> Doc:
    """A payment platform's record of a wallet's payments: dated rows of one amount each, no balance anywhere."""
    p = _Page((595, 842))
    p.put(40, 40, rng.choice(["财付通支付科技有限公司", "云闪付网络支付有限公司", "快钱支付清算信息有限公司"]), 11)
    p.put(220, 70, rng.choice(["交易明细证明", "资金往来记录", "支付记录证明"]), 15)
    who = rng.choice(_PEOPLE)
    p.put(40, 100, f"用户 {who} 于 2026-09-01 至 2026-09-30 的交易记录如下：", 10)
    heads = rng.choice([["方向", "对方", "说明", "金额(元)", "时间"], ["类型", "交易对象", "备注", "金额", "交易日期"]])
    for x, h in zip([40, 100, 230, 360, 440], heads, strict=True):
        p.put(x, 126, h, 9)
    y = 146
    for _ in range(rng.randint(5, 8)):
        when = date(2026, 9, rng.randint(1, 30))
        kind = rng.choice(["支出", "支出", "收入"])
        p.put(40, y, kind, 9)
        p.put(100, y, rng.choice(_SHOPS + _PEOPLE), 9)
        p.put(230, y, rng.choice(["扫码付款", "转账", "红包", "订单付款", "充值"]), 9)
        p.put(360, y, _f(_cents(rng, 5, 900)), 9)
        p.put(440, y, f"{when.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", 9)
        y += 20
    p.put(40, y + 16, "本证明所列为支付账户交易，非银行账户记录。", 9)
    return Doc("wallet", p.pdf(), "other")


def voucher(rng: random.Random) -> Doc:
    """A building site's wage voucher: no head row, days × day rate, overtime, payable, deductions, paid in words."""
    days, rate = rng.randint(18, 28), rng.choice([220, 240, 260, 280, 300, 320])
    time_wage = Decimal(days * rate)
    overtime = Decimal(rng.choice([0, 120, 180, 260, 390, 450]))
    payable = time_wage + overtime
    advance = Decimal(rng.choice([500, 800, 1000, 1500, 2000]))
    meals = _cents(rng, 150, 420)
    paid = payable - advance - meals
    who, firm = rng.choice(_PEOPLE), rng.choice(_FIRMS)
    month = rng.randint(4, 10)
    p = _Page((595, 420))
    p.put(200, 30, rng.choice(["建筑工人工资发放凭证", "劳务工资支付单", "务工人员工资结算凭证"]), 14)
    p.put(30, 60, f"施工单位：{firm}", 10)
    p.put(330, 60, f"单号：{rng.randint(100000, 999999)}", 10)
    p.put(30, 88, f"姓名 {who}", 10)
    p.put(160, 88, f"工种 {rng.choice(['木工', '泥瓦工', '架子工', '电焊工'])}", 10)
    p.put(330, 88, f"结算月份 2026年{month}月", 10)
    p.put(30, 116, f"出工 {days} 天", 10)
    p.put(120, 116, f"日薪 {rate}元/天", 10)
    p.put(260, 116, rng.choice(["点工工资", "计日工资"]), 10)
    p.put(360, 116, _f(time_wage), 10)
    p.put(30, 144, rng.choice(["加班费", "加点工资"]), 10)
    p.put(120, 144, _f(overtime), 10)
    p.put(260, 144, rng.choice(["应付合计", "应结工资"]), 10)
    p.put(360, 144, _f(payable), 10)
    p.put(30, 172, rng.choice(["借支", "预借生活费"]), 10)
    p.put(120, 172, _f(advance), 10)
    p.put(260, 172, rng.choice(["伙食费", "餐费扣除"]), 10)
    p.put(360, 172, _f(meals), 10)
    p.put(30, 200, f"本次结付（大写）：{in_words(paid)}", 10)
    p.put(360, 200, f"（小写）¥{_f(paid)}", 10)
    p.put(30, 236, "上述款项已由工资专户打入本人银行卡。 领款人签名：", 9)
    return Doc("voucher", p.pdf(), "payslip", {"period": f"2026-{month:02d}", "gross_pay": f"{payable:.2f}",
                                                "net_pay": f"{paid:.2f}"})


def _boxed_words(v: Decimal) -> str:
    """An amount in words as a pre-printed receipt's boxes hold it: every unit printed, the pen's digit before the ones
    it fills (拾万 万 仟 佰 拾 元 角 分), the boxes above the amount left empty."""
    digits = f"{int(v * 100):08d}"
    units = ["拾", "万", "仟", "佰", "拾", "元", "角", "分"]
    out, started = "", False
    for d, u in zip(digits, units, strict=True):
        started = started or d != "0"
        out += (_DIGITS[int(d)] if started else "") + u
    return out


def receipt(rng: random.Random, medical: bool = True) -> Doc:
    """A generic pre-printed receipt filled in by pen: the date in blanks, the payer, what it was paid for with each
    charge's amount on one ruled line, the amount in boxes (大写) and after ¥; the payee only in a seal (absent)."""
    if medical:
        items = rng.sample([("诊查", 5, 15), ("输液", 60, 200), ("注射", 10, 40), ("药品", 20, 160), ("换药", 10, 30)], 3)
    else:
        items = rng.sample([("场地费", 50, 300), ("茶水", 10, 40), ("复印", 5, 20), ("押金", 100, 500)], 3)
    charges = [(name, Decimal(rng.randint(lo * 2, hi * 2)) / 2) for name, lo, hi in items]
    total = sum((c for _, c in charges), Decimal(0))
    when = date(2026, rng.randint(3, 10), rng.randint(1, 28))
    p = _Page((595, 300))
    p.put(240, 30, rng.choice(["收款收据", "收据"]), 16)
    p.put(420, 30, f"No {rng.randint(1000000, 9999999)}", 9)
    p.put(60, 62, f"{when.year} 年 {when.month} 月 {when.day} 日", 10)
    payer = rng.choice(_PEOPLE)
    p.put(60, 90, f"交款单位（人） {payer}", 10)
    p.put(60, 118, "收款事由 " + "".join(f"{n}{c.normalize():f}元" for n, c in charges), 10)
    p.put(60, 146, f"金额（大写） {_boxed_words(total)}", 10)
    p.put(60, 174, f"¥ {total:.2f}", 11)
    p.put(60, 210, "收款单位（盖章）      收款人", 9)
    return Doc("receipt" if medical else "shopreceipt", p.pdf(), "medical_bill" if medical else "other",
               {"date": when.isoformat(), "total": f"{total:.2f}", "patient": payer} if medical else {})


MAKERS = {"passbook": passbook, "appmonth": appmonth, "wallet": wallet, "voucher": voucher, "receipt": receipt,
          "shopreceipt": lambda rng: receipt(rng, medical=False)}


def make(kind: str, seed: int) -> Doc:
    """The ``seed``-th document of ``kind`` (one of :data:`KINDS`), made the same way every time."""
    return MAKERS[kind](random.Random(f"r16-zh-{kind}-{seed}"))
