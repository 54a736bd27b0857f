"""A generator of small documents and their look-alikes, for the document TYPE (issue 10, wave 9): pay received as an
app's transfer detail or monthly pay card, a gig worker's income list, a payslip of a few lines with no title, pharmacy
and clinic till receipts, a credit union statement; and the look-alikes that must stay ``other``: a transfer whose memo
is no pay, a supermarket receipt that sells a medicine, the end of a subscription, tenancy or policy, a job offer,
a benefit award that says nothing of a job lost.

Written apart from packet's classifier and vocabulary: the wording pools below come from how issuers in the UK, US,
CA, AU, NZ, IE, IN, SG, ZA, HK and mainland China print these documents (apps such as WeChat Pay, Alipay, 企业微信,
钉钉 and banks' apps; chains of pharmacies; clinics' laboratories; employers' HR letters; landlords, gyms, broadband
and insurers). Each document is a :class:`photo_forms.Sheet` (A5, points from the top) with the type it truly is, in
the form it comes in: ``text`` (a born-digital PDF), ``screen`` (an app's screen capture: crisp PNG), ``photo`` (a
phone photo of a till receipt: JPEG) or ``scan`` (a flatbed scan). Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import photo_forms as pf
from photo_forms import Sheet

MONTHS = pf.MONTHS


@dataclass
class Made:
    """One generated document: its sheet, the type it is, and the form it is written in."""
    sheet: Sheet
    type: str
    form: str


def _m(v: Decimal, sign: str = "") -> str:
    return f"{sign}{v:,.2f}"


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


# --- word pools (written for this generator, by country) ---------------------------------------------------------

ZH_FIRMS = ["深圳市鹏程物业服务有限公司", "杭州云帆网络科技有限公司", "武汉长江汽车配件有限公司", "广州市天河区悦来餐饮店",
            "青岛海润食品有限公司", "重庆渝北建筑劳务有限公司", "苏州工业园区博远精密有限公司"]
ZH_PEOPLE = ["王海燕", "李建军", "张晓东", "刘芳", "陈志伟", "杨丽", "赵国庆", "黄美玲"]
ZH_PAY_MEMOS = ["工资", "代发工资", "10月工资", "工资发放", "薪资", "代发薪资", "劳务费（工资）", "本月工资", "工资款"]
ZH_OTHER_MEMOS = ["房租", "还款", "生活费", "货款", "借款", "红包", "AA聚餐", "押金退还", "水电费分摊"]
ZH_TRANSFER_TITLES = ["转账详情", "交易详情", "账单详情", "收款详情", "入账详情"]
ZH_MEMO_LABELS = ["转账说明", "备注", "附言", "用途", "交易附言", "转账备注"]
ZH_PAYER_LABELS = ["付款方", "付款人", "对方户名", "转出方", "汇款人"]
ZH_TIME_LABELS = ["转账时间", "到账时间", "交易时间", "入账时间", "创建时间"]
ZH_STATUS = ["已收款", "已到账", "已存入零钱", "交易成功", "入账成功"]

ZH_CARD_TITLES = ["{m}月薪资已发放", "{y}年{m}月工资到账通知", "薪资通知 · {m}月", "您的{m}月工资条", "{m}月份收入明细"]
ZH_CARD_NET = ["实发工资", "实发金额", "本月实发", "到手工资", "实际到账", "实领工资"]
ZH_CARD_GROSS = ["应发工资", "应发合计", "税前工资", "工资总额"]
ZH_CARD_ITEMS = ["基本工资", "岗位津贴", "绩效奖金", "加班费", "全勤奖", "餐费补贴", "交通补贴"]
ZH_CARD_DEDUCT = ["个人所得税", "养老保险(个人)", "医疗保险(个人)", "失业保险(个人)", "住房公积金(个人)"]

ZH_RIDER_PLATFORMS = ["美团众包", "饿了么蜂鸟", "闪送", "达达快送", "货拉拉司机版", "滴滴车主"]
ZH_RIDER_ROWS = ["配送收入", "订单收入", "跑单收入", "冲单奖励", "恶劣天气补贴", "夜间补贴", "完单奖励"]
ZH_RIDER_TITLES = ["收入明细", "我的收入", "收入账单", "本月收入", "钱包明细"]

EN_FIRMS = ["Harbour Freight Services Ltd", "Kowhai Landscaping Ltd", "Redgum Aged Care Pty Ltd", "Brightwater Dental LLC",
            "Sahyadri Foods Pvt Ltd", "Marina Bay Cleaning Pte Ltd", "Liffey Print & Design Ltd", "Table Mountain Tours"]
EN_PEOPLE = ["Chloe Bennett", "Arjun Pillai", "Siobhan Kelly", "Wiremu Tane", "Naledi Mokoena", "Jason Lim",
             "Rebecca Stone", "Mateo Rossi"]
EN_SHORT_NAME = ["Employee", "Name", "Staff", "Worker", "Payee"]
EN_SHORT_PERIOD = ["Period", "Month", "Pay period", "For the month of", "Wages for"]
EN_SHORT_EARN = ["Basic", "Salary", "Wages", "Hours x rate", "Ordinary hours", "Base pay"]
EN_SHORT_DEDUCT = [("Tax", 0.12), ("PAYE", 0.11), ("NI", 0.06), ("USC", 0.03), ("PRSI", 0.04), ("KiwiSaver", 0.03),
                   ("Super", 0.0), ("UIF", 0.01), ("CPF", 0.2), ("EPF", 0.12), ("FICA", 0.0765)]
EN_SHORT_NET = ["Net", "Paid", "Net paid", "Amount paid", "To bank", "Net to bank", "Take home"]

EN_PHARMACIES = ["Boots Pharmacy", "Chemist Warehouse", "Walgreens Pharmacy", "Shoppers Drug Mart Pharmacy",
                 "Apollo Pharmacy", "Guardian Pharmacy", "Lloyds Pharmacy", "Unichem Pharmacy", "Clicks Pharmacy",
                 "Watsons Pharmacy", "Hickey's Pharmacy", "CVS Pharmacy", "Priceline Pharmacy", "MedPlus Chemists"]
EN_DRUGS = ["Amoxicillin 500mg caps x21", "Paracetamol 500mg tabs x32", "Ibuprofen 200mg x24", "Metformin 850mg x56",
            "Salbutamol inhaler 100mcg", "Omeprazole 20mg x28", "Cetirizine 10mg x30", "Atorvastatin 20mg x28",
            "Prednisolone 5mg x30", "Amlodipine 5mg x28", "Azithromycin 250mg x6"]
EN_RX_WORDS = ["Rx", "Rx No", "Script No", "Prescription", "Presc", "Dispensing fee", "NHS prescription charge",
               "PBS", "Copay"]
EN_CLINICS = ["Northside Medical Lab", "City Diagnostics Clinic", "Greenlane Family Practice", "Sunrise Pathology",
              "Metro Health Clinic", "Lakeside GP Surgery", "Harbour Imaging & Lab", "Dr Lal PathLabs"]
EN_TESTS = ["Full blood count", "HbA1c", "Lipid profile", "Thyroid function (TSH)", "Liver function tests",
            "Urine culture", "Vitamin D", "Blood glucose (fasting)", "Consultation", "Collection fee"]

ZH_PHARMACIES = ["老百姓大药房", "益丰大药房", "大参林药店", "一心堂药业", "国大药房", "海王星辰健康药房", "漱玉平民大药房",
                 "同仁堂药店", "社区卫生服务站药房"]
ZH_DRUGS = ["阿莫西林胶囊 0.25g*24粒", "布洛芬缓释胶囊 0.3g*20粒", "蒙脱石散 3g*10袋", "复方甘草片 100片",
            "氯雷他定片 10mg*6片", "奥美拉唑肠溶胶囊 20mg*14粒", "板蓝根颗粒 10g*20袋", "硝苯地平控释片 30mg*7片"]
ZH_PAY_SPLIT = [("医保统筹支付", "个人账户支付", "现金支付"), ("统筹基金支付", "个人账户", "个人自付"),
                ("医保支付", "个账支付", "自费")]

CU_NAMES = ["Pioneer Federal Credit Union", "Golden Valley Credit Union", "Coastal Community FCU",
            "Teachers Federal Credit Union", "Prairie Members Credit Union", "Riverbend Schools Credit Union"]
CU_SHARE = ["Share Savings", "Regular Shares", "Primary Savings", "Share Draft Checking", "Checking"]

# look-alikes
SERVICES = [("subscription", "Premium Streaming subscription"), ("membership", "FitLife Gym membership"),
            ("tenancy", "tenancy at Flat 4, 12 Albert Road"), ("service agreement", "broadband service agreement"),
            ("policy", "home contents insurance policy"), ("account", "mobile phone account"),
            ("contract", "cleaning services contract"), ("lease", "vehicle lease")]
SERVICE_TITLES = ["Notice of Termination", "Termination Confirmation", "Cancellation Confirmation",
                  "Confirmation of Cancellation", "Termination Notice", "Notice to End"]
OFFER_TITLES = ["Offer of Employment", "Letter of Offer", "Employment Offer", "Offer Letter", "Conditional Offer"]
OFFER_BODY = [
    "We are pleased to offer you the position of {role} with {firm}. Your starting salary will be {sal} per month.",
    "Following your interview, we are delighted to offer you the role of {role}. You will be paid {sal} a month.",
    "{firm} is pleased to offer you employment as {role} at a monthly salary of {sal}, subject to references.",
]
OFFER_TAIL = ["Your commencement date will be {d}.", "Your start date will be {d}.", "You will commence on {d}.",
              "Please confirm your acceptance of this offer by {d}."]
ZH_OFFER_TITLES = ["录用通知书", "入职通知书", "聘用意向书", "Offer Letter 录用通知"]
ROLES = ["Warehouse Operative", "Junior Accountant", "Care Assistant", "Barista", "Software Engineer", "Site Supervisor"]


# --- positives ---------------------------------------------------------------------------------------------------

def zh_transfer(rng: random.Random, pay: bool = True) -> Sheet:
    """An app's transfer detail screen (WeChat Pay, Alipay, a bank's app): the amount large in the middle, then
    label-value rows; the memo says it is pay (or, for the look-alike, rent or a loan)."""
    s = Sheet("zh_transfer" if pay else "zh_transfer_nonpay", "zh")
    s.text(20, 22, f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", 9, "sans-bold")
    s.text(400, 22, rng.choice(["5G 78%", "4G 52%", "WiFi 91%"]), 8, "sans", "right")
    s.text(210, 52, rng.choice(ZH_TRANSFER_TITLES), 12, "cjk", "centre")
    firm = rng.choice(ZH_FIRMS) if pay else rng.choice(ZH_PEOPLE)
    amt = _amount(rng, 3200, 14500) if pay else _amount(rng, 200, 4000)
    s.text(210, 110, firm if rng.random() < 0.5 else "收到转账", 10, "cjk", "centre")
    s.text(210, 150, _m(amt, rng.choice(["+", "¥", "+¥", ""])), 24, "sans-bold", "centre")
    s.text(210, 175, rng.choice(ZH_STATUS), 9, "cjk", "centre")
    rows = [(rng.choice(ZH_PAYER_LABELS), firm), ("收款方", rng.choice(ZH_PEOPLE) + "（本人）"),
            (rng.choice(ZH_MEMO_LABELS), rng.choice(ZH_PAY_MEMOS if pay else ZH_OTHER_MEMOS)),
            (rng.choice(ZH_TIME_LABELS), f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} "
                                         f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
            ("交易单号", str(rng.randint(10 ** 17, 10 ** 18)))]
    rng.shuffle(rows)
    y = 215
    for lab, val in rows:
        s.text(30, y, lab, 9, "cjk")
        s.text(395, y, val, 9, "cjk", "right")
        y += 28
    s.text(210, y + 30, rng.choice(["查看往来转账", "账单服务", "对此订单有疑问"]), 8, "cjk", "centre")
    return s


def zh_pay_card(rng: random.Random) -> Sheet:
    """A workplace app's monthly pay card (企业微信, 钉钉, 飞书): a title naming the month, the net large, items."""
    s = Sheet("zh_pay_card", "zh")
    y_, m_ = 2026, rng.randint(1, 11)
    s.text(20, 24, rng.choice(["企业微信", "钉钉", "飞书", "薪人薪事"]), 9, "cjk")
    s.text(210, 56, rng.choice(ZH_CARD_TITLES).format(y=y_, m=m_), 12, "cjk", "centre")
    s.text(210, 76, rng.choice(ZH_FIRMS), 8, "cjk", "centre")
    items = [(n, _amount(rng, 300, 2500)) for n in rng.sample(ZH_CARD_ITEMS, rng.randint(2, 4))]
    items[0] = (items[0][0], _amount(rng, 3500, 9000))
    gross = sum(v for _, v in items)
    ded = [(n, (gross * Decimal(rng.randint(2, 8)) / 100).quantize(Decimal("0.01")))
           for n in rng.sample(ZH_CARD_DEDUCT, rng.randint(1, 3))]
    net = gross - sum(v for _, v in ded)
    s.text(210, 112, rng.choice(ZH_CARD_NET) + "（元）", 9, "cjk", "centre")
    s.text(210, 142, _m(net), 22, "sans-bold", "centre")
    y = 180
    show_gross = rng.random() < 0.6
    rows = ([(rng.choice(ZH_CARD_GROSS), gross)] if show_gross else []) + items + [(n, -v) for n, v in ded]
    for lab, v in rows:
        s.text(30, y, lab, 9, "cjk")
        s.text(395, y, _m(v), 9, "sans", "right")
        y += 24
    s.text(30, y + 20, rng.choice(["发放时间", "到账日期"]) + f"：{y_}-{m_ + 1:02d}-{rng.randint(5, 15):02d}", 8, "cjk")
    return s


def zh_rider_income(rng: random.Random) -> Sheet:
    """A gig platform's income list (a rider's or driver's): a month total on top, then dated income rows."""
    s = Sheet("zh_rider_income", "zh")
    m_ = rng.randint(1, 11)
    s.text(210, 40, rng.choice(ZH_RIDER_TITLES), 12, "cjk", "centre")
    s.text(20, 66, rng.choice(ZH_RIDER_PLATFORMS), 9, "cjk")
    rows = [(f"{m_:02d}-{d:02d}", rng.choice(ZH_RIDER_ROWS), _amount(rng, 40, 420))
            for d in sorted(rng.sample(range(1, 29), rng.randint(6, 9)), reverse=True)]
    total = sum(v for _, _, v in rows)
    s.text(20, 96, f"2026年{m_}月 " + rng.choice(["累计收入", "本月收入", "收入合计", "总收入"]), 9, "cjk")
    s.text(20, 124, _m(total, "¥"), 20, "sans-bold")
    y = 160
    for d, what, v in rows:
        s.text(20, y, what, 9, "cjk")
        s.text(20, y + 13, d + f" {rng.randint(10, 23):02d}:{rng.randint(0, 59):02d}", 7, "sans")
        s.text(400, y + 5, _m(v, "+"), 10, "sans", "right")
        y += 34
    return s


def en_short_payslip(rng: random.Random) -> Sheet:
    """A payslip of five to seven lines and no title (a small employer's, a template filled by hand): who, the
    month, the earnings, one or two deductions, the net; the employer printed only in a footer, or not at all."""
    s = Sheet("en_short_payslip", "en")
    person, m_ = rng.choice(EN_PEOPLE), rng.randint(1, 12)
    earn = _amount(rng, 1400, 6200)
    deds = rng.sample(EN_SHORT_DEDUCT, rng.randint(1, 2))
    dv = [(n, (earn * Decimal(str(r or 0.05))).quantize(Decimal("0.01"))) for n, r in deds]
    net = earn - sum(v for _, v in dv)
    sign = rng.choice(["", "£", "$", "R", "€", "S$"])
    lines = [(rng.choice(EN_SHORT_NAME), person), (rng.choice(EN_SHORT_PERIOD), f"{MONTHS[m_ - 1]} 2026"),
             (rng.choice(EN_SHORT_EARN), _m(earn, sign))] + [(n, _m(v, sign)) for n, v in dv] + \
            [(rng.choice(EN_SHORT_NET), _m(net, sign))]
    x, y = rng.choice([(40, 70), (60, 110), (40, 160)])
    font = rng.choice(["sans", "serif", "cond"])
    colon = rng.choice([":", "", " -"])
    for lab, val in lines:
        s.text(x, y, lab + colon, 10, font)
        s.text(x + 150, y, val, 10, font, "left" if rng.random() < 0.5 else "left")
        y += 20
    if rng.random() < 0.6:
        s.text(x, y + 40, rng.choice(EN_FIRMS), 8, font)
    return s


def en_pharmacy_receipt(rng: random.Random) -> Sheet:
    """A pharmacy's till receipt: the chain's name, a branch, prescription items with prices, a total, a card
    payment, thanks; narrow and in small print."""
    s = Sheet("en_pharmacy_receipt", "en")
    x0, x1 = 110, 310
    s.text(210, 40, rng.choice(EN_PHARMACIES).upper(), 10, "sans-bold", "centre")
    s.text(210, 54, rng.choice(["Store 0412", "Branch 27, High St", "Shop 3, Westfield", "Unit 9 Main Rd"]), 7, "sans",
           "centre")
    s.text(x0, 74, f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026  {rng.randint(8, 20):02d}:"
                   f"{rng.randint(10, 59)}", 7, "cond")
    s.text(x1, 74, f"Till {rng.randint(1, 6)}", 7, "cond", "right")
    y = 96
    total = Decimal(0)
    for drug in rng.sample(EN_DRUGS, rng.randint(1, 3)):
        rx = rng.choice(EN_RX_WORDS)
        v = _amount(rng, 3, 48)
        total += v
        s.text(x0, y, drug, 7, "cond")
        s.text(x1, y, _m(v), 7, "cond", "right")
        s.text(x0 + 8, y + 10, f"{rx} {rng.randint(100000, 999999)}", 6.5, "cond")
        y += 24
    s.text(x0, y + 6, rng.choice(["TOTAL", "Total", "TOTAL DUE", "Amount"]), 8.5, "sans-bold")
    s.text(x1, y + 6, _m(total, rng.choice(["£", "$", "₹", "R", ""])), 8.5, "sans-bold", "right")
    s.text(x0, y + 22, rng.choice(["VISA", "EFTPOS", "Debit card", "Cash", "MasterCard"]), 7, "cond")
    s.text(x1, y + 22, _m(total), 7, "cond", "right")
    s.text(210, y + 46, rng.choice(["Thank you", "Get well soon", "Keep your receipt"]), 7, "cond", "centre")
    return s


def en_clinic_receipt(rng: random.Random) -> Sheet:
    """A clinic's or laboratory's payment receipt for tests: the clinic, the patient, tests with fees, total paid."""
    s = Sheet("en_clinic_receipt", "en")
    s.text(40, 40, rng.choice(EN_CLINICS), 11, "sans-bold")
    s.text(40, 54, rng.choice(["Receipt", "Payment Receipt", "Cash Receipt", "Tax Invoice / Receipt"]), 8, "sans")
    s.text(40, 76, rng.choice(["Patient", "Patient name", "Name", "Received from"]) + ": " + rng.choice(EN_PEOPLE), 7.5)
    s.text(260, 76, f"Date: {rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026", 7.5)
    s.text(40, 90, f"{rng.choice(['Visit', 'Lab No', 'Receipt No', 'Ref'])}: {rng.randint(10000, 99999)}", 7.5)
    y, total = 116, Decimal(0)
    for t in rng.sample(EN_TESTS, rng.randint(2, 4)):
        v = _amount(rng, 12, 160)
        total += v
        s.text(40, y, t, 7.5)
        s.text(380, y, _m(v), 7.5, "sans", "right")
        y += 14
    s.hline(40, 380, y - 6)
    s.text(40, y + 6, rng.choice(["Total", "Total paid", "Amount received", "Net amount"]), 8, "sans-bold")
    s.text(380, y + 6, _m(total, rng.choice(["$", "₹", "£", "NZ$"])), 8, "sans-bold", "right")
    return s


def zh_pharmacy_receipt(rng: random.Random) -> Sheet:
    """A Chinese pharmacy's till receipt (销售小票), paid partly by medical insurance."""
    s = Sheet("zh_pharmacy_receipt", "zh")
    x0, x1 = 100, 320
    s.text(210, 40, rng.choice(ZH_PHARMACIES), 11, "cjk", "centre")
    s.text(210, 56, rng.choice(["销售小票", "购药凭证", "收银小票", "零售小票"]), 8, "cjk", "centre")
    s.text(x0, 76, f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 21):02d}:{rng.randint(10, 59)}",
           7, "cjk")
    s.text(x0, 90, f"单号：{rng.randint(10 ** 9, 10 ** 10)}", 7, "cjk")
    y, total = 112, Decimal(0)
    for d in rng.sample(ZH_DRUGS, rng.randint(1, 3)):
        q, p = rng.randint(1, 3), _amount(rng, 6, 60)
        total += q * p
        s.text(x0, y, d, 7, "cjk")
        s.text(x0 + 10, y + 11, f"{q} x {_m(p)}", 7, "cjk")
        s.text(x1, y + 11, _m(q * p), 7, "cjk", "right")
        y += 26
    s.text(x0, y + 4, rng.choice(["合计", "应收", "总计"]), 8, "cjk")
    s.text(x1, y + 4, _m(total), 8, "cjk", "right")
    fund, acct, cash = rng.choice(ZH_PAY_SPLIT)
    a = (total * Decimal("0.6")).quantize(Decimal("0.01"))
    for lab, v in [(fund, a), (acct, total - a), (cash, Decimal(0))][: rng.randint(2, 3)]:
        y += 14
        s.text(x0, y + 4, lab, 7, "cjk")
        s.text(x1, y + 4, _m(v), 7, "cjk", "right")
    s.text(210, y + 30, rng.choice(["谢谢惠顾 祝您健康", "药品售出非质量问题不退换"]), 7, "cjk", "centre")
    return s


def en_credit_union(rng: random.Random) -> Sheet:
    """A US credit union's member statement: shares instead of accounts, dividends, a beginning and ending balance
    per share, transactions with a running balance."""
    s = Sheet("en_credit_union", "en")
    s.text(30, 36, rng.choice(CU_NAMES), 11, "sans-bold")
    s.text(30, 48, "P.O. Box 2210, Springfield, IL 62704", 6.5)
    s.text(390, 36, rng.choice(["Member Statement", "Statement of Account", "Account Statement"]), 9, "sans-bold", "right")
    person = rng.choice(EN_PEOPLE)
    m_ = rng.randint(1, 10)
    s.text(30, 74, person.upper(), 7.5)
    s.text(30, 84, f"{rng.randint(100, 9999)} {rng.choice(['Oak St', 'Elm Ave', 'Lincoln Blvd'])}", 7.5)
    s.text(250, 74, f"Member Number: {rng.randint(10000, 999999)}", 7)
    s.text(250, 84, f"Statement Period: {m_:02d}/01/26 - {m_:02d}/{28 if m_ == 2 else 30}/26", 7)
    share = rng.choice(CU_SHARE)
    s.text(30, 112, f"{share}  ID {rng.randint(0, 9):02d}", 8, "sans-bold")
    heads = ["Date", "Description", "Amount", "Balance"]
    for x, h in zip([30, 80, 300, 390], heads, strict=True):
        s.text(x, 128, h, 7, "sans-bold", "right" if h in ("Amount", "Balance") else "left")
    bal = _amount(rng, 200, 4000)
    s.text(30, 142, f"{m_:02d}/01", 7)
    s.text(80, 142, "Beginning Balance", 7)
    s.text(390, 142, _m(bal), 7, "sans", "right")
    y = 156
    for d in sorted(rng.sample(range(2, 28), 5)):
        v = _amount(rng, 10, 900) * rng.choice([1, -1])
        bal += v
        s.text(30, y, f"{m_:02d}/{d:02d}", 7)
        s.text(80, y, rng.choice(["ACH Deposit PAYROLL", "POS Withdrawal KROGER", "Share Draft #1043",
                                  "Transfer From Shares", "ATM Withdrawal", "Dividend"]), 7)
        s.text(300, y, _m(v), 7, "sans", "right")
        s.text(390, y, _m(bal), 7, "sans", "right")
        y += 14
    s.text(80, y, "Ending Balance", 7, "sans-bold")
    s.text(390, y, _m(bal), 7, "sans-bold", "right")
    s.text(30, y + 24, "Dividends paid year to date: " + _m(_amount(rng, 1, 30)), 6.5)
    s.text(30, y + 34, "Federally insured by NCUA", 6.5)
    return s


# --- look-alikes (other) -------------------------------------------------------------------------------------

def zh_transfer_nonpay(rng: random.Random) -> Sheet:
    return zh_transfer(rng, pay=False)


def en_service_termination(rng: random.Random) -> Sheet:
    """The end of a subscription, membership, tenancy, service agreement, policy or account: a letter with a title
    that says termination or cancellation; no job ends."""
    s = Sheet("en_service_termination", "en")
    word, what = rng.choice(SERVICES)
    s.text(40, 40, rng.choice(["Streamly Ltd", "FitLife Clubs", "Parkside Lettings", "FibreNet Broadband",
                               "Shield Home Insurance", "Vodafone Customer Care", "Sparkle Cleaning Co."]), 11, "sans-bold")
    s.text(40, 80, f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026", 9)
    s.text(210, 110, rng.choice(SERVICE_TITLES), 13, "sans-bold", "centre")
    s.text(40, 140, "Dear " + rng.choice(EN_PEOPLE) + ",", 9)
    body = [f"This letter confirms the termination of your {what}.",
            f"Your {word} will end on {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026 and you will not be charged again.",
            "Any balance owing will be refunded to your original payment method within 14 days.",
            f"Termination reference: TRM-{rng.randint(10000, 99999)}."]
    y = 162
    for ln in body:
        s.text(40, y, ln, 8.5)
        y += 16
    s.text(40, y + 16, rng.choice(["Yours sincerely,", "Kind regards,", "Regards,"]), 9)
    s.text(40, y + 46, rng.choice(["Customer Retention Team", "Accounts Team", "Property Manager"]), 9)
    return s


def en_offer_letter(rng: random.Random) -> Sheet:
    """A job offer: a salary in the future, a start date, an acceptance to sign; no current income."""
    s = Sheet("en_offer_letter", "en")
    firm = rng.choice(EN_FIRMS)
    s.text(40, 40, firm, 11, "sans-bold")
    s.text(40, 80, f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026", 9)
    s.text(40, 106, "Dear " + rng.choice(EN_PEOPLE) + ",", 9)
    s.text(210, 130, rng.choice(OFFER_TITLES), 12, "sans-bold", "centre")
    sal = _m(_amount(rng, 2200, 7800), rng.choice(["£", "$", "S$", "R", "€"]))
    body = rng.choice(OFFER_BODY).format(role=rng.choice(ROLES), firm=firm, sal=sal)
    lines, cur = [], ""
    for w in body.split():
        if len(cur) + len(w) > 80:
            lines.append(cur)
            cur = ""
        cur = (cur + " " + w).strip()
    lines += [cur, rng.choice(OFFER_TAIL).format(d=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"),
              "Please sign and return a copy of this letter to confirm that you accept."]
    y = 156
    for ln in lines:
        s.text(40, y, ln, 8.5)
        y += 16
    s.text(40, y + 16, rng.choice(["Yours sincerely,", "Warm regards,", "Kind regards,"]), 9)
    s.text(40, y + 46, "Human Resources", 9)
    return s


def zh_offer_letter(rng: random.Random) -> Sheet:
    """A Chinese offer (录用通知书): the post, the salary during and after probation, the day to report."""
    s = Sheet("zh_offer_letter", "zh")
    firm, person = rng.choice(ZH_FIRMS), rng.choice(ZH_PEOPLE)
    s.text(210, 50, rng.choice(ZH_OFFER_TITLES), 14, "cjk", "centre")
    s.text(40, 90, f"{person}：", 9, "cjk")
    sal = rng.randint(45, 150) * 100
    body = [f"感谢您对{firm}的关注。经过面试，我公司决定录用您担任",
            f"{rng.choice(['行政专员', '仓库管理员', '销售顾问', '软件工程师'])}一职。试用期{rng.choice(['三', '六'])}个月，",
            f"试用期月薪{int(sal * 0.8)}元，转正后月薪{sal}元。",
            f"请于2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日上午9:00到公司人力资源部报到。"]
    y = 116
    for ln in body:
        s.text(40, y, ln, 9, "cjk")
        y += 20
    s.text(300, y + 30, firm[:8] + "…人力资源部", 8, "cjk")
    s.text(300, y + 50, f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", 8, "cjk")
    return s


def en_benefit_statement(rng: random.Random) -> Sheet:
    """A benefit award that says nothing of a lost job (Universal Credit's statement, a tax credit award):
    what the claimant is entitled to, what is taken off, what is paid."""
    s = Sheet("en_benefit_statement", "en")
    s.text(30, 36, rng.choice(["Universal Credit", "GOV.UK  Universal Credit", "Working Tax Credit award"]), 12,
           "sans-bold")
    s.text(30, 56, rng.choice(["Your payment statement", "Your statement", "Award notice"]), 10)
    s.text(30, 74, f"Assessment period: {rng.randint(1, 28)} {rng.choice(MONTHS[:6])} to "
                   f"{rng.randint(1, 28)} {rng.choice(MONTHS[6:])} 2026", 8)
    rows = [("Standard allowance", _amount(rng, 300, 420)), ("Housing element", _amount(rng, 300, 800)),
            ("Child element", _amount(rng, 0, 340))]
    y = 100
    for k, v in rows:
        s.text(30, y, k, 8)
        s.text(380, y, _m(v, "£"), 8, "sans", "right")
        y += 16
    earn = _amount(rng, 0, 900)
    s.text(30, y, "Earnings (take-home pay from your employer)", 8)
    s.text(380, y, _m(-earn, "£"), 8, "sans", "right")
    y += 16
    s.text(30, y + 8, "We will pay you", 9, "sans-bold")
    s.text(380, y + 8, _m(sum(v for _, v in rows) - earn * Decimal("0.55"), "£"), 9, "sans-bold", "right")
    s.text(30, y + 34, "Claimant: " + rng.choice(EN_PEOPLE), 8)
    return s


def en_supermarket_receipt(rng: random.Random) -> Sheet:
    """A supermarket's till receipt that also sells a painkiller: a shop's receipt, no medical bill."""
    s = Sheet("en_supermarket_receipt", "en")
    x0, x1 = 110, 310
    s.text(210, 40, rng.choice(["TESCO", "WOOLWORTHS", "COUNTDOWN", "KROGER", "PICK n PAY", "DUNNES STORES",
                                "FAIRPRICE"]), 10, "sans-bold", "centre")
    s.text(210, 54, "VAT Reg 220 4302 31", 7, "sans", "centre")
    y, total = 80, Decimal(0)
    items = rng.sample(["MILK 2L", "BREAD WHOLEMEAL", "BANANAS", "EGGS 12PK", "COFFEE 200G", "RICE 1KG",
                        "DISH SOAP"], 4) + [rng.choice(["PARACETAMOL 16S", "IBUPROFEN 200MG 16", "COLD&FLU CAPS"])]
    for it in items:
        v = _amount(rng, 1, 9)
        total += v
        s.text(x0, y, it, 7, "cond")
        s.text(x1, y, _m(v), 7, "cond", "right")
        y += 12
    s.text(x0, y + 8, "TOTAL", 8.5, "sans-bold")
    s.text(x1, y + 8, _m(total), 8.5, "sans-bold", "right")
    s.text(x0, y + 22, "CARD", 7, "cond")
    s.text(x1, y + 22, _m(total), 7, "cond", "right")
    s.text(210, y + 44, "THANK YOU FOR SHOPPING WITH US", 7, "cond", "centre")
    return s


# type, form, maker
LAYOUTS: list[tuple[str, str, Callable[[random.Random], Sheet]]] = [
    ("payslip", "screen", zh_transfer),
    ("payslip", "screen", zh_pay_card),
    ("payslip", "screen", zh_rider_income),
    ("payslip", "text", en_short_payslip),
    ("medical_bill", "photo", en_pharmacy_receipt),
    ("medical_bill", "photo", zh_pharmacy_receipt),
    ("medical_bill", "text", en_clinic_receipt),
    ("bank_statement", "scan", en_credit_union),
    ("other", "screen", zh_transfer_nonpay),
    ("other", "text", en_service_termination),
    ("other", "text", en_offer_letter),
    ("other", "text", zh_offer_letter),
    ("other", "text", en_benefit_statement),
    ("other", "photo", en_supermarket_receipt),
]


def generate(seed: int = 9, per_layout: int = 3, forms: bool = True) -> list[Made]:
    """``per_layout`` documents of every layout, deterministic for ``seed``; with ``forms`` False every one is a
    text PDF (fast), else each in its layout's form."""
    rng = random.Random(seed)
    return [Made(maker(rng), typ, form if forms else "text")
            for typ, form, maker in LAYOUTS for _ in range(per_layout)]


def write(made: Made, folder: Path, name: str, seed: int = 0) -> Path:
    """Write one document into ``folder`` in its form (``screen``: the page as an app's crisp capture, PNG)."""
    if made.form == "screen":
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        pf.to_image(made.sheet, dpi=150).save(path)
        return path
    return pf.write(made.sheet, made.form, folder, name, seed)


def measure(root: Path, made: list[Made]) -> dict:
    """Write ``made`` into ``root`` (by language), read them as packet reads them, classify, and count: documents,
    types right, and the failures (layout, file, wanted, got, scores)."""
    from fixtures_reading import read_documents

    from packet.understanding.classify import classify_one, scores

    names: dict[str, tuple[Made, str]] = {}
    for i, m in enumerate(made):
        p = write(m, root / m.sheet.language, f"doc-{i:02d}", seed=i)  # a name that hints at no type
        names[f"{m.sheet.language}/{p.name}"] = (m, p.name)
    out = {"docs": 0, "right": 0, "failures": []}
    for lang in ("en", "zh"):
        if not (root / lang).exists():
            continue
        for doc in read_documents(root / lang, lang):
            m, _ = names[f"{lang}/{doc.rel}"]
            got = classify_one(doc).type
            out["docs"] += 1
            if got == m.type:
                out["right"] += 1
            else:
                top = sorted(scores(doc).items(), key=lambda kv: -kv[1])[:3]
                out["failures"].append((m.sheet.layout, doc.rel, m.type, got, top))
    return out
