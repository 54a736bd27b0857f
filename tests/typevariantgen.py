"""Generator of documents whose TYPE rests on a structure their words barely name, and of their look-alikes
(branch r19-types).

Real types:
- ``care_total``: a receipt from a provider of care (a pharmacy, a GP's or a dental surgery, a physiotherapist, an
  optician, a laboratory; 药房, 诊所, 口腔门诊, 卫生服务站) that prints only what was paid — items named without prices,
  or none (medical_bill);
- ``settlement``: a sheet settling a named worker's hours or units at a rate, less a fee or withholding, paid to them
  (劳务报酬结算单, a casual's or a contractor's settlement; payslip);
- ``passbook``: a passbook page of a bank, a credit union or a building society, dot-matrix rows with a running
  balance, dated in the printers' compact forms (01OCT26, 261003, 03-10-26) (bank_statement).

Look-alikes that must stay ``other``:
- ``shop_total``: a shop's receipt with only a total (a hardware store, a bakery, a florist; 五金店, 面包房);
- ``quote``: a business's quotation or invoice to a customer (quantity x unit price = amount, subtotal, tax, total);
- ``points``: a loyalty card's points statement (dated rows, points earned and redeemed, a points balance);
- ``rent``: a tenant's rent ledger kept by a letting agent (rent charged, payments received, arrears balance);
- ``wallet``: a payment app's export (dated payments in and out, counterparties, status; no balance, no bank).

English and Chinese; each as a text PDF (reportlab), a flat scan (PNG) or a phone photo (painted and photographed
by :mod:`phototypegen`; a passbook's photo is dot-matrix print). Every word here was written for this generator: it
shares no list with packet's vocabulary, and no code with packet.

    draw(seed) -> Drawn(name, expected types, language, form, bytes, suffix)
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from phototypegen import Sheet, paint, photograph
from structtypegen import text_pdf

REAL = {"care_total": ("medical_bill",), "settlement": ("payslip",), "passbook": ("bank_statement",)}
LOOKALIKE = {"shop_total": ("other",), "quote": ("other",), "points": ("other",), "rent": ("other",),
             "wallet": ("other",)}
EXPECTED = {**REAL, **LOOKALIKE}
KINDS = tuple(EXPECTED)

_SYL = ["mar", "ken", "dal", "ross", "ly", "wick", "ash", "ton", "bel", "fair", "hol", "mere", "stan", "ford",
        "glen", "ar", "vin", "cal", "tor", "wyn", "bro", "ley", "mon", "tre"]
_GIVEN = ["Aisha", "Brendan", "Chloe", "Dmitri", "Esi", "Farid", "Gemma", "Hiro", "Imogen", "Jonas", "Keira",
          "Luca", "Maya", "Niall", "Olu", "Petra", "Rangi", "Sunita", "Tevita", "Una"]
_ZH_SUR = list("赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻")
_ZH_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红")
_ZH_PLACE = ["绵阳", "宜宾", "常德", "赣州", "九江", "泉州", "邢台", "安庆", "荆州", "铜仁", "曲靖", "玉林"]
_ZH_FIRM = ["安康", "仁和", "济生", "康宁", "福寿", "同心", "益民", "惠众", "德馨", "永安", "百草", "瑞祥"]


def _word(rng: random.Random) -> str:
    return "".join(rng.sample(_SYL, 2)).capitalize()


def _person(rng: random.Random, zh: bool) -> str:
    if zh:
        return rng.choice(_ZH_SUR) + "".join(rng.sample(_ZH_GIVEN, rng.choice([1, 2])))
    return f"{rng.choice(_GIVEN)} {_word(rng)}"


def _m(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 2)


def _f(v: float) -> str:
    return f"{v:,.2f}"


def _day(rng: random.Random, zh: bool) -> str:
    d, mo = rng.randint(1, 28), rng.randint(1, 10)
    if zh:
        return f"2026年{mo}月{d}日" if rng.random() < 0.5 else f"2026-{mo:02d}-{d:02d}"
    return rng.choice([f"{d:02d}/{mo:02d}/2026", f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'][mo - 1]} 2026"])


def _cur(rng: random.Random, zh: bool) -> str:
    return "¥" if zh else rng.choice(["$", "£", "€", "R", "", "A$"])


def _address(rng: random.Random, zh: bool) -> str:
    if zh:
        return f"{rng.choice(_ZH_PLACE)}市{rng.choice(['人民路', '解放路', '建设路', '中山路'])}{rng.randint(3, 300)}号"
    return f"{rng.randint(2, 240)} {_word(rng)} {rng.choice(['Road', 'Street', 'Avenue', 'Lane'])}"


# --- receipts that print only a total -------------------------------------------------------------------------------

_CARE_EN = ["Pharmacy", "Chemist", "Family Clinic", "Dental Surgery", "Medical Centre", "Physiotherapy",
            "Eye Clinic", "Health Centre", "Pathology Lab", "Community Pharmacy", "Medical Practice", "Dental Clinic"]
_CARE_ITEMS_EN = ["Consultation", "Paracetamol 500mg tablets", "Amoxicillin 250mg capsules", "Dressing change",
                  "Blood test", "Scale and polish", "Eye examination", "Physio session", "Ibuprofen 200mg",
                  "Cough syrup 100ml", "Prescription item", "Flu vaccination"]
_CARE_ZH = ["大药房", "药店", "诊所", "口腔门诊部", "社区卫生服务站", "中医馆", "医院门诊部", "卫生室"]
_CARE_ITEMS_ZH = ["诊查费", "阿莫西林胶囊", "布洛芬缓释胶囊", "输液", "洗牙", "针灸", "血常规", "感冒灵颗粒", "换药"]
_SHOP_EN = ["Hardware", "Bakery", "Florist", "Bookshop", "Stationers", "Pet Supplies", "Hair Studio", "Cafe",
            "Garden Centre", "Shoe Repairs", "Toy Shop", "Tailors"]
_SHOP_ITEMS_EN = ["Wood screws 50pk", "Sourdough loaf", "Bouquet", "Paperback", "A4 notebook", "Dog food 2kg",
                  "Haircut", "Flat white", "Potting mix 20L", "Heel repair", "Puzzle", "Hem trousers"]
_SHOP_ZH = ["五金店", "面包房", "花店", "书店", "文具店", "便利店", "理发店", "茶餐厅", "水果店", "服装店"]
_SHOP_ITEMS_ZH = ["螺丝刀", "全麦面包", "鲜花一束", "图书", "笔记本", "矿泉水", "理发", "奶茶", "苹果", "T恤"]


def _total_receipt(rng: random.Random, zh: bool, care: bool) -> Sheet:
    """A receipt from ``care`` (a provider of care) or a shop: items named without prices (or none), one total."""
    if zh:
        kind = rng.choice(_CARE_ZH if care else _SHOP_ZH)
        name = f"{rng.choice(_ZH_PLACE)}市{rng.choice(_ZH_FIRM)}{kind}"
        items = rng.sample(_CARE_ITEMS_ZH if care else _SHOP_ITEMS_ZH, rng.randint(0, 2))
        title = rng.choice(["收据", "收款收据", "销售小票", "结算单", "收费凭证"])
        pairs = [("日期", _day(rng, zh)), ("单号", f"{rng.randint(10000, 99999)}")]
        if rng.random() < 0.5:
            pairs.append(("顾客", _person(rng, zh)))
        table = [["项目", "数量"]] + [[it, str(rng.randint(1, 3))] for it in items] if items else []
        amount = _m(rng, 12, 680)
        label = rng.choice(["合计", "实收金额", "应收", "总计", "金额合计"])
        foot = [f"{label}：{_cur(rng, zh)}{_f(amount)}"]
        if rng.random() < 0.5:
            foot.append(rng.choice(["谢谢惠顾", "请妥善保管", "欢迎再次光临"]))
        return Sheet([name, _address(rng, zh), f"电话：0{rng.randint(300, 999)}-{rng.randint(1000000, 9999999)}"],
                     title, pairs, table, [], foot, zh=True)
    kind = rng.choice(_CARE_EN if care else _SHOP_EN)
    name = f"{_word(rng)} {kind}"
    items = rng.sample(_CARE_ITEMS_EN if care else _SHOP_ITEMS_EN, rng.randint(0, 2))
    title = rng.choice(["Receipt", "Cash Receipt", "Tax Invoice", "Bill", "Payment Receipt", "Sales Receipt"])
    pairs = [("Date", _day(rng, zh)), ("Receipt no", f"{rng.randint(10000, 99999)}")]
    if rng.random() < 0.5:
        pairs.append(("Customer", _person(rng, zh)))
    table = [["Item", "Qty"]] + [[it, str(rng.randint(1, 3))] for it in items] if items else []
    amount = _m(rng, 8, 480)
    cur = _cur(rng, zh)
    label = rng.choice(["Total", "Amount paid", "Total Bill", "Total due", "Paid", "Amount"])
    figure = _f(amount) if rng.random() < 0.8 else str(int(amount))
    foot = [f"{label}: {cur}{figure}"]
    if rng.random() < 0.5:
        foot.append(rng.choice(["Thank you", "Please keep this receipt", "Paid by card"]))
    return Sheet([name, _address(rng, zh)], title, pairs, table, [], foot)


def care_total(rng: random.Random, zh: bool) -> Sheet:
    return _total_receipt(rng, zh, care=True)


def shop_total(rng: random.Random, zh: bool) -> Sheet:
    return _total_receipt(rng, zh, care=False)


# --- settlements of work and business quotations --------------------------------------------------------------------

def settlement(rng: random.Random, zh: bool) -> Sheet:
    """Hours or units at a rate (= the amount), a bonus, what is due, less a fee and withholding, what was paid."""
    hours = rng.choice([rng.randint(60, 190), rng.randint(8, 40) * 4 + 0.5])
    rate = rng.choice([18.5, 22.0, 25.0, 31.2, 16.0, 45.0])
    base = round(hours * rate, 2)
    extra = rng.choice([0.0, _m(rng, 50, 300)])
    due = round(base + extra, 2)
    fee = round(due * rng.choice([0.03, 0.05, 0.08]), 2)
    other = rng.choice([0.0, 15.0, 25.0, _m(rng, 20, 120)])
    paid = round(due - fee - other, 2)
    who = _person(rng, zh)
    if zh:
        firm = f"{rng.choice(_ZH_PLACE)}{rng.choice(_ZH_FIRM)}{rng.choice(['家政服务', '人力资源', '劳务', '配送服务'])}有限公司"
        unit = rng.choice(["小时", "件", "单"])
        table = [["项目", "数量", "单价", "金额（元）"],
                 [rng.choice(["服务工时", "计件数量", "配送单量", "工时"]), f"{hours:g}{unit}", _f(rate), _f(base)]]
        if extra:
            table.append([rng.choice(["奖励", "全勤奖", "好评奖励"]), "", "", _f(extra)])
        table.append([rng.choice(["应结报酬", "应结金额", "报酬合计"]), "", "", _f(due)])
        table.append([rng.choice(["平台服务费", "管理费"]), "", "", f"-{_f(fee)}"])
        if other:
            table.append([rng.choice(["保险费", "代扣个税"]), "", "", f"-{_f(other)}"])
        table.append([rng.choice(["实结金额", "实付金额", "本期实结"]), "", "", _f(paid)])
        return Sheet([firm], rng.choice(["劳务报酬结算单", "灵活用工结算单", "服务报酬结算表"]),
                     [("服务人员", who), ("结算周期", f"2026年{rng.randint(1, 10)}月")], table, [],
                     ["款项已转入本人银行卡。", f"经办人：{_person(rng, zh)}"], zh=True)
    firm = f"{_word(rng)} {rng.choice(['Staffing', 'Labour Hire', 'Crew Services', 'Couriers', 'Care Agency'])} Ltd"
    unit = rng.choice(["hrs", "hours", "shifts", "drops"])
    table = [["Description", "Qty", "Rate", "Amount"],
             [rng.choice(["Hours worked", "Ordinary time", "Deliveries", "Shifts"]), f"{hours:g} {unit}", _f(rate), _f(base)]]
    if extra:
        table.append([rng.choice(["Incentive", "Weekend loading", "Tips"]), "", "", _f(extra)])
    table.append([rng.choice(["Total earned", "Amount due", "Total for period"]), "", "", _f(due)])
    table.append([rng.choice(["Agency fee", "Platform fee", "Service charge"]), "", "", f"-{_f(fee)}"])
    if other:
        table.append([rng.choice(["Withholding tax", "Insurance levy"]), "", "", f"-{_f(other)}"])
    table.append([rng.choice(["Paid to you", "Amount transferred", "Net settled"]), "", "", _f(paid)])
    return Sheet([firm, _address(rng, zh)], rng.choice(["Contractor Settlement", "Settlement Statement",
                                                          "Casual Work Settlement", "Remittance of Earnings"]),
                 [("Worker", who), ("Period", f"{rng.randint(1, 28)} Sep 2026 - {rng.randint(1, 28)} Oct 2026")],
                 table, [], ["Transferred to the worker's nominated account."])


def quote(rng: random.Random, zh: bool) -> Sheet:
    """A business's quotation or invoice to a customer: quantity x unit price = amount, subtotal, tax, total."""
    rows, sub = [], 0.0
    names = (["钢管", "水泥", "瓷砖", "油漆", "人工费（工时）", "运输费"] if zh
             else ["Labour (hours)", "Timber 90x45", "Paint 10L", "Tiles m2", "Call-out", "Cabling"])
    for nm in rng.sample(names, rng.randint(2, 4)):
        q, p = rng.randint(1, 40), rng.choice([12.5, 45.0, 8.2, 65.0, 110.0])
        amt = round(q * p, 2)
        sub += amt
        rows.append([nm, str(q), _f(p), _f(amt)])
    tax = round(sub * 0.1, 2)
    if zh:
        firm = f"{rng.choice(_ZH_PLACE)}{rng.choice(_ZH_FIRM)}{rng.choice(['装饰工程', '建材', '机电安装'])}有限公司"
        return Sheet([firm, _address(rng, zh)], rng.choice(["报价单", "销售清单", "工程结算单"]),
                     [("客户", f"{rng.choice(_ZH_PLACE)}{rng.choice(_ZH_FIRM)}物业公司"), ("日期", _day(rng, zh))],
                     [["名称", "数量", "单价", "金额"]] + rows, [],
                     [f"小计：{_f(sub)}", f"税额：{_f(tax)}", f"合计：¥{_f(sub + tax)}"], zh=True)
    firm = f"{_word(rng)} {rng.choice(['Builders', 'Electrical', 'Plumbing', 'Joinery'])} Ltd"
    return Sheet([firm, _address(rng, zh)], rng.choice(["Quotation", "Invoice", "Tax Invoice", "Estimate"]),
                 [("Customer", f"{_word(rng)} Property Management"), ("Date", _day(rng, zh))],
                 [["Description", "Qty", "Unit price", "Amount"]] + rows, [],
                 [f"Subtotal: {_f(sub)}", f"GST: {_f(tax)}", f"Total: {_f(sub + tax)}"])


# --- ledgers: a bank's passbook and ledgers that are no bank account's ----------------------------------------------

_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _rowdate(style: str, d: int, mo: int) -> str:
    if style == "dmy_name":
        return f"{d:02d}{_MON[mo - 1]}26"
    if style == "ymd":
        return f"26{mo:02d}{d:02d}"
    if style == "dmy_dash":
        return f"{d:02d}-{mo:02d}-26"
    return f"{d:02d}/{mo:02d}/2026"


def passbook(rng: random.Random, zh: bool) -> Sheet:
    """A passbook page: the institution, the member's or account's number, dated rows with codes, a running
    balance (withdrawal | deposit | balance)."""
    style = rng.choice(["dmy_name", "ymd", "dmy_dash", "dmy"] if not zh else ["ymd", "dmy"])
    bal = _m(rng, 300, 4000)
    mo = rng.randint(3, 9)
    d = rng.randint(1, 5)
    rows = [[_rowdate(style, d, mo), "B/F" if not zh else "承前", "", "", _f(bal)]]
    for _ in range(rng.randint(6, 10)):
        d += rng.randint(1, 4)
        if d > 28:
            d, mo = d - 27, mo + 1
        if rng.random() < 0.45:
            amt = _m(rng, 20, 900)
            bal = round(bal + amt, 2)
            rows.append([_rowdate(style, d, mo), rng.choice(["CSH", "SAL", "DEP", "INT"] if not zh else ["存现", "工资", "结息", "转入"]), "", _f(amt), _f(bal)])
        else:
            amt = _m(rng, 10, min(bal - 1, 600))
            bal = round(bal - amt, 2)
            rows.append([_rowdate(style, d, mo), rng.choice(["WDL", "ATM", "CHQ", "LNR"] if not zh else ["取现", "消费", "代扣", "转出"]), _f(amt), "", _f(bal)])
    if zh:
        inst = f"{rng.choice(_ZH_PLACE)}{rng.choice(['农村商业银行', '农村信用合作联社', '村镇银行'])}"
        return Sheet([inst, f"{rng.choice(_ZH_FIRM)}支行"], rng.choice(["活期储蓄存折", "储蓄存折"]),
                     [("账号", f"62{rng.randint(10**14, 10**15 - 1)}"), ("户名", _person(rng, zh))],
                     [["日期", "摘要", "支出", "存入", "余额"]] + rows, [], [], zh=True)
    inst = f"{_word(rng)} {rng.choice(['Credit Union', 'Co-operative Credit Union', 'Building Society', 'Savings Bank', 'Bank'])}"
    return Sheet([inst.upper(), f"{_word(rng)} Branch - Savings Passbook"], "",
                 [(rng.choice(["MEMBER NO", "ACCOUNT NO"]), f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}")],
                 [["DATE", "CODE", "WITHDRAWAL", "DEPOSIT", "BALANCE"]] + rows, [], [])


def points(rng: random.Random, zh: bool) -> Sheet:
    """A loyalty card's statement: dated rows of points earned and redeemed, a running points balance."""
    bal = rng.randint(200, 3000)
    rows = []
    for k in range(rng.randint(5, 8)):
        day = _rowdate("dmy", rng.randint(1, 28), 5 + k // 3)
        if rng.random() < 0.6:
            pts = rng.randint(5, 300)
            bal += pts
            rows.append([day, "消费积分" if zh else "Points earned", f"+{pts}", str(bal)])
        else:
            pts = rng.randint(50, min(bal, 500))
            bal -= pts
            rows.append([day, "积分兑换" if zh else "Points redeemed", f"-{pts}", str(bal)])
    if zh:
        return Sheet([f"{rng.choice(_ZH_FIRM)}超市会员中心"], "会员积分明细", [("会员", _person(rng, zh))],
                     [["日期", "说明", "积分", "积分余额"]] + rows, [], ["积分可在门店兑换商品。"], zh=True)
    return Sheet([f"{_word(rng)} Rewards"], rng.choice(["Rewards Card Statement", "Points Statement"]),
                 [("Member", _person(rng, zh)), ("Card", f"**** {rng.randint(1000, 9999)}")],
                 [["Date", "Description", "Points", "Points balance"]] + rows, [], ["Points expire after 24 months."])


def rent(rng: random.Random, zh: bool) -> Sheet:
    """A tenant's rent ledger kept by a letting agent: rent charged, payments received, the arrears balance."""
    due = rng.choice([850.0, 1200.0, 1450.0, 2100.0, 3200.0])
    bal, rows = 0.0, []
    for mo in range(4, 4 + rng.randint(3, 5)):
        bal += due
        rows.append([_rowdate("dmy", 1, mo), "房租" if zh else "Rent charged", _f(due), "", _f(bal)])
        paid = rng.choice([due, due, round(due * 0.5, 2)])
        bal -= paid
        rows.append([_rowdate("dmy", rng.randint(2, 9), mo), "收款" if zh else "Payment received", "", _f(paid), _f(bal)])
    if zh:
        return Sheet([f"{rng.choice(_ZH_PLACE)}{rng.choice(_ZH_FIRM)}房屋租赁有限公司"], "租户租金台账",
                     [("租户", _person(rng, zh)), ("房屋", _address(rng, zh))],
                     [["日期", "摘要", "应收", "实收", "欠款余额"]] + rows, [], [], zh=True)
    return Sheet([f"{_word(rng)} Lettings"], rng.choice(["Tenant Ledger", "Rent Account", "Tenancy Statement"]),
                 [("Tenant", _person(rng, zh)), ("Property", _address(rng, zh))],
                 [["Date", "Details", "Charged", "Received", "Balance"]] + rows, [], [])


def wallet(rng: random.Random, zh: bool) -> Sheet:
    """A payment app's export: dated payments in and out with counterparties and a status, no balance."""
    rows = []
    for _k in range(rng.randint(6, 10)):
        day = f"2026-{rng.randint(9, 10):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        way = rng.choice(["支出", "支出", "收入"] if zh else ["Sent", "Sent", "Received"])
        who = (rng.choice(["某超市", "公交乘车", "外卖商户", _person(rng, zh), "话费充值", "水果店"]) if zh
               else rng.choice(["Corner Store", "City Transit", _person(rng, zh), "Food Delivery", "Phone top-up"]))
        rows.append([day, way, who, _f(_m(rng, 2, 600)), "交易成功" if zh else "Completed"])
    if zh:
        return Sheet([rng.choice(["某支付平台", "钱包"]) + "交易记录导出"], rng.choice(["交易明细", "账单明细"]),
                     [("账户", f"1{rng.randint(30, 99)}****{rng.randint(1000, 9999)}"), ("导出时间", "2026-11-02 10:15")],
                     [["交易时间", "收/支", "交易对方", "金额（元）", "状态"]] + rows, [],
                     ["本明细仅展示平台账户的交易记录。"], zh=True)
    return Sheet([f"{_word(rng)}Pay"], rng.choice(["Transaction History", "Activity Export", "Wallet Activity"]),
                 [("Account", f"{_word(rng).lower()}@example.com"), ("Exported", "2 Nov 2026")],
                 [["Date", "Type", "Counterparty", "Amount", "Status"]] + rows, [],
                 ["This export lists wallet payments only."])


MAKERS = {"care_total": care_total, "settlement": settlement, "passbook": passbook, "shop_total": shop_total,
          "quote": quote, "points": points, "rent": rent, "wallet": wallet}


@dataclass
class Drawn:
    name: str
    expected: tuple[str, ...]
    lang: str
    form: str
    data: bytes
    suffix: str


def draw(seed: int, form: str | None = None, kind: str | None = None) -> Drawn:
    """One document drawn from ``seed``: its kind (each kind in turn: ``seed`` modulo the kinds), language and form
    (text 60 %, scan 20 %, photo 20 %) from the seed, unless given."""
    rng = random.Random(f"typevariant-{seed}")
    kind = kind or KINDS[seed % len(KINDS)]
    zh = rng.random() < 0.5
    form = form or rng.choices(["text", "scan", "photo"], [6, 2, 2])[0]
    sheet = MAKERS[kind](rng, zh)
    lang = "zh" if zh else "en"
    name = f"{kind}-{lang}-{seed}-{form}"
    if form == "text":
        return Drawn(name, EXPECTED[kind], lang, form, text_pdf(sheet), ".pdf")
    img = paint(sheet, rng.choice(["letterhead", "header_table", "boxed"]), rng, mono=kind == "passbook")
    if form == "scan":
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return Drawn(name, EXPECTED[kind], lang, form, buf.getvalue(), ".png")
    cond = "dotmatrix" if kind == "passbook" and rng.random() < 0.7 else rng.choice(["blur", "perspective", "jpeg"])
    return Drawn(name, EXPECTED[kind], lang, form, photograph(img, cond, rng, zh), ".jpg")
