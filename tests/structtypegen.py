"""Generator of documents whose TYPE shows in their structure more than in their words (branch r14-types).

Look-alikes of a bank statement — tables of money that are no person's account: a household or company budget and a
profit and loss summary (category rows with a figure per month, quarter or year, no dated row), a broker's statement
(rows of securities bought and sold: quantity, price, amount), a shop's invoice and a till receipt (rows where
quantity x unit price = amount), a gig platform's settled earnings (earned + incentives = total, less fees = paid) —
and the real types they are confused with: a bank statement (dated rows with a running balance) and a pharmacy's or
hospital's bill listing medicines (names, dosage forms, strengths). English and Chinese; each as a text PDF (reportlab)
and as a phone photo (the painter and camera of :mod:`phototypegen`).

Every word here is written for this generator: it shares no list with packet's vocabulary.

    corpus(seed) -> [(name, acceptable types, language, form, bytes, suffix)]
"""

from __future__ import annotations

import io
import random

from phototypegen import Sheet, paint, photograph

LOOKALIKES = ("budget", "pnl", "broker", "invoice", "receipt", "gig")
REAL = ("bank", "pharmacy")
# what each kind must be typed as: a look-alike is never a bank statement (``other`` is right; a gig worker's settled
# earnings may also be read as proof of pay)
EXPECTED = {"budget": ("other",), "pnl": ("other",), "broker": ("other",), "invoice": ("other",),
            "receipt": ("other",), "gig": ("other", "payslip", "income_proof"),
            "bank": ("bank_statement",), "pharmacy": ("medical_bill",)}

_PEOPLE = ["Ingrid Solberg", "Kwame Mensah", "Lucía Fernández", "Arjun Kapoor", "Megan O'Neill", "Tariq Aziz",
           "Yuki Morimoto", "Hemi Walker"]
_ZH_PEOPLE = ["孙丽娟", "马国强", "黄晓燕", "郭志明", "林雅婷", "何建华"]


def _m(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 2)


def _f(v: float) -> str:
    return f"{v:,.2f}"


def budget(rng: random.Random, zh: bool) -> Sheet:
    """A household or club budget: categories down, months (or quarters) across, a total row; no dated row."""
    if zh:
        cols = rng.choice([["一月", "二月", "三月"], ["第一季度", "第二季度", "第三季度", "第四季度"],
                           ["2024年", "2025年", "2026年"]])
        cats = rng.sample(["房租", "伙食", "交通出行", "孩子学费", "水电燃气", "通讯网络", "医疗支出", "人情往来"], 5)
        title = rng.choice(["家庭月度预算", "年度收支预算表", "家庭收支对账单", "家庭账户收支明细"])
        head = [rng.choice(_ZH_PEOPLE) + "家"]
        hdr = ["项目"] + cols
        tot = "合计"
    else:
        cols = rng.choice([["Jan", "Feb", "Mar"], ["Q1", "Q2", "Q3", "Q4"], ["FY2024", "FY2025", "FY2026"],
                           ["April", "May", "June", "July"]])
        cats = rng.sample(["Rent", "Groceries", "Transport", "School fees", "Utilities", "Phone & internet",
                           "Childcare", "Savings goal", "Eating out"], 5)
        title = rng.choice(["Household Budget Statement", "Monthly Spending Plan", "Family Budget Planner",
                            "Cash Flow Statement"])
        head = [f"Prepared by {rng.choice(_PEOPLE)}"]
        hdr = ["Category"] + cols
        tot = "Total"
    rows = [[c] + [_f(_m(rng, 40, 1800)) for _ in cols] for c in cats]
    sums = [_f(sum(float(r[k + 1].replace(",", "")) for r in rows)) for k in range(len(cols))]
    left = [_f(_m(rng, 100, 3000)) for _ in cols]
    return Sheet(head, title, [], [hdr] + rows + [[tot] + sums, ["结余" if zh else "Balance remaining"] + left],
                 foot=["银行存款余额 " + left[-1]] if zh else [f"Closing balance {left[-1]}"], zh=zh)


def pnl(rng: random.Random, zh: bool) -> Sheet:
    """A small business's profit and loss summary: income and cost lines per year or quarter, net profit."""
    if zh:
        cols = rng.choice([["2025年", "2026年"], ["上半年", "下半年"], ["一季度", "二季度", "三季度"]])
        cats = ["营业收入", "营业成本", "人工费用", "租赁费用", "管理费用", "净利润"]
        head = [rng.choice(["宁波海韵贸易有限公司", "西安秦川餐饮管理有限公司", "厦门鹭岛文具店"])]
        title = rng.choice(["利润表", "损益表", "经营情况汇总"])
        hdr = ["项目"] + cols
    else:
        cols = rng.choice([["2025", "2026"], ["Q1 2026", "Q2 2026", "Q3 2026"], ["H1", "H2"]])
        cats = ["Revenue", "Cost of sales", "Wages", "Premises", "Overheads", "Net profit"]
        head = [rng.choice(["Bluegum Cafe Pty Ltd", "Thistle Joinery Ltd", "Maple Leaf Printing Inc."])]
        title = rng.choice(["Profit and Loss Summary", "Income Statement", "Statement of Profit or Loss"])
        hdr = ["Line item"] + cols
    rows = []
    for c in cats:
        rows.append([c] + [_f(_m(rng, 800, 90000)) for _ in cols])
    cash = ["期初现金余额", "期末现金余额"] if zh else ["Opening cash balance", "Closing cash balance"]
    rows += [[c] + [_f(_m(rng, 800, 90000)) for _ in cols] for c in cash]
    return Sheet(head, title, [], [hdr] + rows, zh=zh)


def broker(rng: random.Random, zh: bool) -> Sheet:
    """A broker's statement: dated rows of securities bought and sold (quantity, price, amount) and a cash line."""
    rows = []
    m = rng.randint(2, 10)
    if rng.random() < 0.4:  # an activity list: the trade's side and the security, its signed amount, no quantity
        for k in range(rng.randint(4, 6)):
            side = rng.choice([0, 1])
            amt = _f(_m(rng, 300, 9000))
            if zh:
                rows.append([f"2026-{m:02d}-{2 + 4 * k:02d}", ["买入", "卖出"][side] + " " + rng.choice(["中国平安", "比亚迪", "五粮液"]),
                             ("-" if side == 0 else "+") + amt])
            else:
                rows.append([f"{2 + 4 * k:02d}/{m:02d}/2026", ["Buy", "Sell"][side] + " " + rng.choice(["MSFT", "NVDA", "VOD", "CBA"]),
                             ("-$" if side == 0 else "+$") + amt])
        hdr = ["日期", "业务", "发生金额"] if zh else ["Date", "Activity", "Amount"]
        return Sheet([rng.choice(["盈泰证券营业部", "Kestrel Securities"])], "账户对账单" if zh else "Account Statement",
                     [("客户" if zh else "Account holder", rng.choice(_ZH_PEOPLE if zh else _PEOPLE))], [hdr] + rows, zh=zh)
    for k in range(rng.randint(4, 6)):
        qty = rng.choice([10, 25, 40, 100, 150, 200, 500])
        price = round(rng.uniform(3, 240), 2)
        side = rng.choice([0, 1])
        if zh:
            stock = rng.choice(["贵州茅台", "宁德时代", "招商银行", "中国平安", "比亚迪", "五粮液"])
            rows.append([f"2026-{m:02d}-{2 + 4 * k:02d}", stock, ["买入", "卖出"][side], str(qty), f"{price:.2f}",
                         _f(qty * price)])
        else:
            stock = rng.choice(["VANGUARD FTSE ALL-WORLD ETF", "APPLE INC", "BHP GROUP LTD", "ISHARES CORE S&P 500",
                                "UNILEVER PLC", "TOYOTA MOTOR CORP"])
            rows.append([f"{2 + 4 * k:02d}/{m:02d}/2026", stock, ["BUY", "SELL"][side], str(qty), f"{price:.2f}",
                         _f(qty * price)])
    if zh:
        return Sheet([rng.choice(["华泰证券", "中信证券", "国泰君安证券"])], rng.choice(["证券交易对账单", "资金证券对账单"]),
                     [("客户姓名", rng.choice(_ZH_PEOPLE)), ("资金账号", str(rng.randint(10**9, 10**10)))],
                     [["成交日期", "证券名称", "买卖方向", "成交数量", "成交价格", "成交金额"]] + rows,
                     foot=[f"资金余额 {_f(_m(rng, 1000, 50000))}"], zh=True)
    return Sheet([rng.choice(["Kestrel Securities", "Harbourside Brokerage", "Summit Trading Pty Ltd"])],
                 rng.choice(["Investment Account Statement", "Brokerage Statement", "Trading Account Statement"]),
                 [("Client", rng.choice(_PEOPLE)), ("Account", f"TR-{rng.randint(100000, 999999)}")],
                 [["Trade date", "Security", "Side", "Units", "Price", "Consideration"]] + rows,
                 foot=[f"Cash balance {_f(_m(rng, 1000, 50000))}"])


def _priced(rng: random.Random, names: list[str], n: int, one_decimal: bool) -> list[list[str]]:
    rows = []
    for name in rng.sample(names, n):
        q = rng.randint(1, 12)
        p = round(rng.uniform(1, 90), 1) if one_decimal else round(rng.uniform(1, 90), 2)
        rows.append([name, str(q), f"{p:.1f}" if one_decimal else f"{p:.2f}", f"{q * p:.2f}"])
    return rows


def invoice(rng: random.Random, zh: bool) -> Sheet:
    """A supplier's invoice: rows of goods with quantity, unit price and amount (q x p = amount), a dated header."""
    one = rng.random() < 0.4
    if zh:
        rows = _priced(rng, ["A4复印纸", "中性笔", "文件夹", "订书机", "打印机硒鼓", "白板笔", "计算器"], 4, one)
        tot = sum(float(r[3]) for r in rows)
        return Sheet([rng.choice(["温州瓯江办公用品有限公司", "青岛海滨五金商行"])], rng.choice(["销售单", "客户对账单", "送货单"]),
                     [("客户", rng.choice(_ZH_PEOPLE)), ("单号", f"XS{rng.randint(100000, 999999)}"),
                      ("日期", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}")],
                     [["品名", "数量", "单价", "金额"]] + rows,
                     foot=[f"合计 {tot:.2f}", f"上期余额 {_m(rng, 0, 900):.2f}", f"本期应付余额 {tot:.2f}"], zh=True)
    rows = _priced(rng, ["Copy paper A4 ream", "Ballpoint pens (box)", "Lever arch file", "Stapler heavy duty",
                         "Toner cartridge", "Whiteboard markers", "Desk lamp LED"], 4, one)
    tot = sum(float(r[3]) for r in rows)
    return Sheet([rng.choice(["Pinecrest Office Supplies Ltd", "Ironbark Hardware Co."])],
                 rng.choice(["Invoice", "Tax Invoice", "Statement of Account"]),
                 [("Bill to", rng.choice(_PEOPLE)), ("Invoice no", f"INV-{rng.randint(1000, 9999)}"),
                  ("Date", f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026")],
                 [["Description", "Qty", "Unit price", "Amount"]] + rows,
                 foot=[f"Previous balance {_m(rng, 0, 900):.2f}", f"Balance due {tot:.2f}", "Pay by bank transfer"])


def receipt(rng: random.Random, zh: bool) -> Sheet:
    """A shop's till receipt: item, quantity, price, amount rows, a total and the change given."""
    one = rng.random() < 0.5
    if zh:
        rows = _priced(rng, ["鲜牛奶", "全麦面包", "鸡蛋", "苹果", "大米5kg", "酱油", "洗衣液"], 5, one)
        tot = sum(float(r[3]) for r in rows)
        return Sheet([rng.choice(["永辉超市 福州店", "华润万家 南山店", "好又多超市"])], "购物小票",
                     [("收银员", str(rng.randint(1, 40))), ("时间", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} 18:{rng.randint(10, 59)}")],
                     [["商品", "数量", "单价", "金额"]] + rows, foot=[f"应收 {tot:.2f}", f"银行卡支付 {tot:.2f}", f"会员卡余额 {_m(rng, 10, 500):.2f}"], zh=True)
    rows = _priced(rng, ["Whole milk 2L", "Sourdough loaf", "Free range eggs", "Bananas", "Basmati rice",
                         "Laundry liquid", "Cheddar block"], 5, one)
    tot = sum(float(r[3]) for r in rows)
    return Sheet([rng.choice(["FreshWay Market", "Corner Grocer", "Valley Foods"]), "Store 0412"],
                 rng.choice(["Receipt", "Sales Receipt", "Tax Receipt"]),
                 [("Till", str(rng.randint(1, 9))), ("Date", f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026")],
                 [["Item", "Qty", "Price", "Amount"]] + rows, foot=[f"TOTAL {tot:.2f}", f"DEBIT CARD {tot:.2f}", f"Account ****{rng.randint(1000, 9999)}",
                       f"Gift card balance {_m(rng, 5, 80):.2f}"])


def gig(rng: random.Random, zh: bool) -> Sheet:
    """A gig platform's settled earnings for a week or month: earned + incentives = total, less fees = paid out."""
    earned, bonus, fee = _m(rng, 300, 4000), _m(rng, 10, 400), _m(rng, 5, 300)
    total = round(earned + bonus, 2)
    paid = round(total - fee, 2)
    if zh:
        return Sheet([rng.choice(["美团骑手", "滴滴车主", "饿了么蜂鸟"])], rng.choice(["本周结算", "月度结算单", "收益结算"]),
                     [("骑手", rng.choice(_ZH_PEOPLE)), ("结算周期", f"2026-{rng.randint(1, 11):02d}")],
                     [["项目", "金额"], ["配送收益", f"{earned:.2f}"], ["奖励补贴", f"{bonus:.2f}"],
                      ["合计", f"{total:.2f}"], ["服务费", f"-{fee:.2f}"], ["已结算", f"{paid:.2f}"]],
                     foot=["已提现至银行卡", f"钱包余额 {_m(rng, 0, 300):.2f}"], zh=True)
    return Sheet([rng.choice(["RideNow Driver", "QuickBite Couriers", "TaskHive"])],
                 rng.choice(["Weekly Earnings", "Your Payout Summary", "Earnings This Month"]),
                 [("Driver", rng.choice(_PEOPLE)), ("Week of", f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026")],
                 [["", "Amount"], ["Trip earnings", f"{earned:.2f}"], ["Incentives", f"{bonus:.2f}"],
                  ["Total", f"{total:.2f}"], ["Service fee", f"-{fee:.2f}"], ["Paid to you", f"{paid:.2f}"]],
                 foot=["Transferred to your bank account", f"Wallet balance {_m(rng, 0, 300):.2f}"])


def bank(rng: random.Random, zh: bool) -> Sheet:
    """A person's bank statement: dated rows, money out or in, a running balance that chains."""
    m = rng.randint(2, 10)
    bal = _m(rng, 500, 8000)
    rows = []
    for k in range(rng.randint(5, 8)):
        amt = _m(rng, 8, 700)
        cr = rng.random() < 0.3
        bal = round(bal + amt if cr else bal - amt, 2)
        if zh:
            rows.append([f"2026-{m:02d}-{2 + 3 * k:02d}", rng.choice(["快捷支付", "跨行转入", "ATM取款", "代发薪资", "网购"]),
                         _f(amt) if cr else f"-{_f(amt)}", _f(bal)])
        else:
            rows.append([f"{2 + 3 * k:02d}/{m:02d}/2026", rng.choice(["EFTPOS BAKERY", "DD INSURER", "WAGES ACME",
                                                                      "ATM CASH", "ONLINE PAYMENT"]),
                         _f(amt) if cr else f"-{_f(amt)}", _f(bal)])
    if zh:
        return Sheet([rng.choice(["兴业银行", "中信银行", "广发银行"])], rng.choice(["活期账户交易明细", "个人账户对账单"]),
                     [("户名", rng.choice(_ZH_PEOPLE)), ("账号", f"6226 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")],
                     [["日期", "摘要", "金额", "余额"]] + rows, zh=True)
    return Sheet([rng.choice(["Westgate Bank", "Coastal Mutual Bank", "Granite State Bank"])],
                 rng.choice(["Account Statement", "Everyday Account Statement", "Bank Statement"]),
                 [("Account holder", rng.choice(_PEOPLE)), ("Account no", str(rng.randint(10**7, 10**8)))],
                 [["Date", "Details", "Amount", "Balance"]] + rows)


_MEDS_EN = ["Amoxicillin 500 mg capsules", "Lisinopril 10 mg tablets", "Atorvastatin 20 mg tablets",
            "Omeprazole 20 mg capsules", "Metoprolol 50 mg tablets", "Adalimumab 40 mg injection",
            "Flucloxacillin 250 mg capsules", "Rosuvastatin 5 mg tablets", "Propranolol 40 mg tablets"]
_MEDS_ZH = ["阿莫西林胶囊 0.25g×24粒", "头孢克肟片 100mg×6片", "布洛芬缓释胶囊 0.3g×20粒", "复方甘草口服溶液 100ml",
            "氯化钠注射液 250ml", "板蓝根颗粒 10g×20袋", "阿托伐他汀钙片 20mg×7片", "奥美拉唑肠溶胶囊 20mg×14粒"]


def pharmacy(rng: random.Random, zh: bool) -> Sheet:
    """A pharmacy's or hospital's bill whose items are medicines: name, strength, quantity, amount; few other words."""
    if zh:
        items = rng.sample(_MEDS_ZH, 4)
        rows = [[it, str(rng.randint(1, 3)), f"{_m(rng, 5, 120):.2f}"] for it in items]
        tot = sum(float(r[2]) for r in rows)
        return Sheet([rng.choice(["老百姓大药房 长沙店", "益丰大药房", "第二人民医院门诊药房"])], rng.choice(["销售小票", "费用清单", "收费明细"]),
                     [("姓名", rng.choice(_ZH_PEOPLE)), ("医疗机构", rng.choice(["长沙市开福区社区医院", "益丰大药房"])), ("日期", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}")],
                     [["品名规格", "数量", "金额"]] + rows, foot=[f"合计 {tot:.2f}"], zh=True)
    items = rng.sample(_MEDS_EN, 4)
    rows = [[it, str(rng.randint(14, 60)), f"{_m(rng, 4, 160):.2f}"] for it in items]
    tot = sum(float(r[2]) for r in rows)
    return Sheet([rng.choice(["Greenleaf Pharmacy", "Hillcrest Chemist", "St Anne's Hospital Dispensary"])],
                 rng.choice(["Receipt", "Tax Invoice", "Dispensing Record"]),
                 [("Customer", rng.choice(_PEOPLE)), ("Date", f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026")],
                 [["Item", "Qty", "Amount"]] + rows, foot=[f"Total {tot:.2f}"])


MAKERS = {"budget": budget, "pnl": pnl, "broker": broker, "invoice": invoice, "receipt": receipt, "gig": gig,
          "bank": bank, "pharmacy": pharmacy}


def text_pdf(sheet: Sheet) -> bytes:
    """The sheet as a born-digital A4 PDF (reportlab): head, title, label/value pairs, the table in columns, foot."""
    from fixtures_reading import pdf_font
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    font = pdf_font(sheet.zh)
    y = 800.0
    for h in sheet.head:
        c.setFont(font, 11)
        c.drawString(50, y, h)
        y -= 16
    c.setFont(font, 18)
    c.drawCentredString(297, y - 10, sheet.title)
    y -= 44
    c.setFont(font, 10)
    for k, v in sheet.pairs:
        c.drawString(50, y, f"{k}: {v}" if not sheet.zh else f"{k}：{v}")
        y -= 15
    y -= 10
    if sheet.table:
        n = max(len(r) for r in sheet.table)
        first = 200 if n > 3 else 260
        width = (545 - 50 - first) / max(n - 1, 1)
        for r in sheet.table:
            c.drawString(50, y, r[0][:40])
            for k, cell in enumerate(r[1:], 1):
                c.drawRightString(50 + first + width * k, y, cell)
            y -= 15
    y -= 10
    for line in sheet.prose + sheet.foot:
        c.drawString(50, y, line)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


PHOTO_LAYOUTS = ("letterhead", "header_table", "boxed")
PHOTO_CONDITIONS = ("blur", "perspective", "jpeg")


def corpus(seed: int = 14, text: int = 3, photos: int = 2, real_text: int = 6, real_photos: int = 3,
           only: set[str] | None = None) -> list[tuple[str, tuple[str, ...], str, str, bytes, str]]:
    """(name, acceptable types, language, form, file bytes, suffix) of the measured set: for each look-alike kind and
    language ``text`` text PDFs and ``photos`` photos; for each real kind ``real_text`` and ``real_photos``
    (defaults: 60 look-alikes, 36 real documents); ``only``: just the documents whose name starts with one of these
    ("broker-zh-4", made exactly as in the whole set)."""
    out = []
    for kind, maker in MAKERS.items():
        nt, np_ = (real_text, real_photos) if kind in REAL else (text, photos)
        for zh in (False, True):
            lang = "zh" if zh else "en"
            for k in range(nt + np_):
                if only is not None and f"{kind}-{lang}-{k}" not in only:
                    continue
                rng = random.Random(f"{seed}-{kind}-{lang}-{k}")
                sheet = maker(rng, zh)
                if k < nt:
                    out.append((f"{kind}-{lang}-{k}-text", EXPECTED[kind], lang, "text", text_pdf(sheet), ".pdf"))
                else:
                    layout = PHOTO_LAYOUTS[k % len(PHOTO_LAYOUTS)]
                    cond = PHOTO_CONDITIONS[k % len(PHOTO_CONDITIONS)]
                    img = paint(sheet, layout, rng)
                    out.append((f"{kind}-{lang}-{k}-photo-{cond}", EXPECTED[kind], lang, "photo",
                                photograph(img, cond, rng, zh), ".jpg"))
    return out
