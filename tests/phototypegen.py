"""A generator of HARD phone photos of every readable document type and of look-alikes that must stay ``other``
(issue 10: document types on photos), to measure how classification holds up when OCR damages the words.

It shares no code or wording with packet's classifier: the wording pools below were written from how banks,
employers, hospitals and clinics, job centres and HR departments print these documents in the UK, IE, US, CA, AU,
NZ, IN, SG, HK, ZA and mainland China, and how utilities, card issuers, shops, tax offices, laboratories, lenders and
insurers print theirs — not copied from ``checklists/types.toml`` or ``vocabulary.toml``. Everything is drawn from a
seeded ``random.Random``: the same seed gives the same photo, byte for byte.

A document is a list of blocks (:class:`Sheet`) painted on an A4 page at 150 dpi (1240 x 1754 px) by
:func:`paint` in one of several layouts (letterhead and key/value block, header row over value rows, two columns of
label and value, a narrow till strip, a letter's prose, a one-row strip), then :func:`photograph` degrades it the
way users' phones do: a dim room, blur, perspective on a desk, JPEG quality 55-70, small print far from the camera,
faint dot-matrix print, a red seal stamped over the text, a shadow over the lower part of the sheet (where the
figures are).

:func:`corpus` gives the measured set: (name, expected type, language, JPEG bytes).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from seeded_noise import noise_field

PAGE = (1240, 1754)  # A4 at 150 dpi, pixels
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

READABLE = ("bank_statement", "payslip", "medical_bill", "unemployment_proof", "income_proof")
CONDITIONS = ("dim", "blur", "perspective", "jpeg", "small", "dotmatrix", "seal", "shadow")


@dataclass
class Sheet:
    """What one document prints, top to bottom: ``head`` lines (issuer, address), a ``title``, ``pairs`` of label and
    value, an optional ``table`` (header row, then rows), ``prose`` paragraphs and ``foot`` lines."""
    head: list[str]
    title: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)
    zh: bool = False


# --- wording pools (written for this generator) -------------------------------------------------------------------

PEOPLE = ["Priya Raman", "Tom Gallagher", "Siobhan Keane", "Marcus Lee", "Aroha Ngata", "Daniel Okafor",
          "Chan Mei Ling", "Hannah Schulz", "Ravi Menon", "Grace Tan", "Liam O'Brien", "Zanele Dube"]
ZH_PEOPLE = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "周婷"]
BANKS = ["Northfield Bank plc", "Harbour Savings Bank", "First Prairie Bank, N.A.", "Southern Cross Bank Ltd",
         "Bank of Kowloon", "Straits Commerce Bank", "Deccan Cooperative Bank", "Highveld Bank Limited"]
ZH_BANKS = ["中国建设银行", "招商银行", "中国农业银行", "交通银行", "上海浦东发展银行", "中国邮政储蓄银行"]
EMPLOYERS = ["Brightwater Foods Ltd", "Copperline Mining Pty Ltd", "Orchard Valley Care Inc.", "Redwood Print Co.",
             "Indus Software Services Pvt Ltd", "Marina Bay Hotels Pte Ltd", "Kauri Timber Ltd"]
ZH_EMPLOYERS = ["深圳市鹏程电子有限公司", "杭州青禾食品有限公司", "成都远山建设集团有限公司", "武汉江城物流有限公司"]
CLINICS = ["St Brigid's General Hospital", "Lakeside Family Clinic", "Riverside Medical Centre",
           "Mercy Valley Hospital", "Sunrise Dental Surgery", "Apollo Care Clinic"]
ZH_CLINICS = ["北京市朝阳区第三人民医院", "广州仁爱门诊部", "南京鼓楼社区卫生服务中心", "苏州市立医院"]

STATEMENT_TITLES = ["Bank Statement", "Account Statement", "Statement of Account", "Current Account Statement",
                    "Savings Account Statement"]
ZH_STATEMENT_TITLES = ["账户交易明细", "银行对账单", "个人活期账户交易明细", "储蓄账户对账单"]
PAYSLIP_TITLES = ["Payslip", "Pay Slip", "Salary Slip", "Pay Advice", "Earnings Statement", "Pay Stub"]
ZH_PAYSLIP_TITLES = ["工资条", "工资单", "员工工资明细", "薪资单"]
BILL_TITLES = ["Patient Invoice", "Hospital Bill", "Itemised Statement of Charges", "Tax Invoice / Receipt",
               "Medical Bill"]
ZH_BILL_TITLES = ["门诊收费票据", "医疗门诊收费票据", "住院费用清单", "门诊收费收据"]


def _money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.uniform(lo, hi), 2)


def _fmt(v: float) -> str:
    return f"{v:,.2f}"


def _date(rng: random.Random, zh: bool, month: int | None = None, day: int | None = None) -> str:
    m = month or rng.randint(1, 12)
    d = day or rng.randint(1, 28)
    if zh:
        return f"2026-{m:02d}-{d:02d}"
    return rng.choice([f"{d:02d}/{m:02d}/2026", f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} 2026"])


# --- readable types ------------------------------------------------------------------------------------------------

def bank_statement(rng: random.Random, zh: bool) -> Sheet:
    """A statement: holder, account, period, a table of dated rows with money in/out and a running balance."""
    m = rng.randint(2, 10)
    bal = _money(rng, 800, 9000)
    rows = []
    for k in range(rng.randint(6, 9)):
        amt = _money(rng, 12, 900)
        credit = rng.random() < 0.3
        bal = round(bal + amt if credit else bal - amt, 2)
        if zh:
            desc = rng.choice(["工资", "转账", "消费", "取现", "代扣电费", "利息", "网银转入"])
            rows.append([f"2026-{m:02d}-{3 + 3 * k:02d}", desc, _fmt(amt) if credit else "", "" if credit else _fmt(amt), _fmt(bal)])
        else:
            desc = rng.choice(["CARD PURCHASE TESCO", "DIRECT DEBIT COUNCIL", "SALARY BRIGHTWATER", "ATM WITHDRAWAL",
                               "TRANSFER FROM SAVINGS", "STANDING ORDER RENT", "POS MARKET ST"])
            rows.append([f"{3 + 3 * k:02d}/{m:02d}/2026", desc, "" if credit else _fmt(amt), _fmt(amt) if credit else "", _fmt(bal)])
    if zh:
        bank, holder = rng.choice(ZH_BANKS), rng.choice(ZH_PEOPLE)
        return Sheet([bank], rng.choice(ZH_STATEMENT_TITLES), [
            ("户名", holder), ("账号", f"6217 00{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
            ("起止日期", f"2026-{m:02d}-01 至 2026-{m:02d}-28")],
            [["交易日期", "摘要", "收入", "支出", "余额"]] + rows, foot=[f"期末余额 {_fmt(bal)}"], zh=True)
    bank, holder = rng.choice(BANKS), rng.choice(PEOPLE)
    return Sheet([bank, f"{rng.randint(1, 99)} {rng.choice(['High Street', 'Queen Road', 'Main Street'])}"],
                 rng.choice(STATEMENT_TITLES), [
                     ("Account name", holder), ("Account number", f"{rng.randint(10000000, 99999999)}"),
                     ("Statement period", f"01/{m:02d}/2026 to 28/{m:02d}/2026")],
                 [["Date", "Description", "Paid out", "Paid in", "Balance"]] + rows,
                 foot=[f"Closing balance {_fmt(bal)}"])


def payslip(rng: random.Random, zh: bool) -> Sheet:
    """A payslip: employer, employee, month, earnings and deductions that add up to the net pay."""
    m = rng.randint(1, 11)
    basic = _money(rng, 2500, 9000)
    extra = _money(rng, 100, 900)
    gross = round(basic + extra, 2)
    tax = round(gross * rng.uniform(0.08, 0.2), 2)
    ins = round(gross * 0.05, 2)
    net = round(gross - tax - ins, 2)
    if zh:
        return Sheet([rng.choice(ZH_EMPLOYERS)], rng.choice(ZH_PAYSLIP_TITLES), [
            ("姓名", rng.choice(ZH_PEOPLE)), ("工资月份", f"2026年{m}月")],
            [["项目", "金额"], ["基本工资", _fmt(basic)], ["绩效奖金", _fmt(extra)], ["应发合计", _fmt(gross)],
             ["代扣个税", _fmt(tax)], ["社保个人部分", _fmt(ins)], ["实发工资", _fmt(net)]], zh=True)
    words = rng.choice([("Basic salary", "Overtime", "Gross pay", "Income tax", "National Insurance", "Net pay"),
                        ("Regular earnings", "Shift allowance", "Total gross", "Federal tax", "Social security", "Net amount"),
                        ("Basic pay", "Bonus", "Total earnings", "PAYE", "KiwiSaver", "Take home pay")])
    return Sheet([rng.choice(EMPLOYERS)], rng.choice(PAYSLIP_TITLES), [
        ("Employee", rng.choice(PEOPLE)), ("Pay period", f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'][m - 1]} 2026"),
        ("Employee no.", f"E{rng.randint(1000, 9999)}")],
        [["Item", "Amount"], [words[0], _fmt(basic)], [words[1], _fmt(extra)], [words[2], _fmt(gross)],
         [words[3], _fmt(tax)], [words[4], _fmt(ins)], [words[5], _fmt(net)]])


def medical_bill(rng: random.Random, zh: bool) -> Sheet:
    """A bill or receipt of a hospital or clinic: patient, date, itemised charges, a total."""
    if zh:
        items = [(n, _money(rng, 8, 400)) for n in rng.sample(["挂号费", "诊查费", "西药费", "化验费", "检查费", "治疗费", "中成药费"], 4)]
        total = round(sum(v for _, v in items), 2)
        return Sheet([rng.choice(ZH_CLINICS)], rng.choice(ZH_BILL_TITLES), [
            ("患者姓名", rng.choice(ZH_PEOPLE)), ("就诊日期", _date(rng, True)), ("门诊号", f"{rng.randint(100000, 999999)}")],
            [["收费项目", "金额(元)"]] + [[n, _fmt(v)] for n, v in items] + [["合计", _fmt(total)]], zh=True)
    items = [(n, _money(rng, 15, 600)) for n in rng.sample(
        ["Consultation", "Blood test (FBC)", "X-ray chest", "Dressing", "Medication", "ECG", "Nurse visit", "Ultrasound"], 4)]
    total = round(sum(v for _, v in items), 2)
    return Sheet([rng.choice(CLINICS)], rng.choice(BILL_TITLES), [
        ("Patient", rng.choice(PEOPLE)), ("Date of visit", _date(rng, False)), ("MRN", f"{rng.randint(100000, 999999)}")],
        [["Service", "Charge"]] + [[n, _fmt(v)] for n, v in items] + [["Total due", _fmt(total)]])


def unemployment_proof(rng: random.Random, zh: bool) -> Sheet:
    """A letter or certificate that a job ended."""
    if zh:
        who, org = rng.choice(ZH_PEOPLE), rng.choice(ZH_EMPLOYERS)
        return Sheet([org], rng.choice(["离职证明", "解除劳动合同证明"]), prose=[
            f"兹证明{who}，身份证号码 4201{rng.randint(10**13, 10**14 - 1)}，自2023年3月起在我公司担任仓库管理员。",
            f"因公司经营调整，双方于2026年{rng.randint(6, 10)}月{rng.randint(1, 28)}日解除劳动合同，劳动关系终止。",
            "特此证明。"], foot=[org, _date(rng, True)], zh=True)
    who, org = rng.choice(PEOPLE), rng.choice(EMPLOYERS)
    return Sheet([org, f"{rng.randint(1, 99)} Industrial Way"], rng.choice(["Notice of Redundancy", "Separation Letter", "Termination of Employment"]),
                 pairs=[("Date", _date(rng, False))],
                 prose=[f"Dear {who.split()[0]},",
                        "Following the consultation period, we regret to confirm that your position has been made "
                        "redundant and your employment with the company ends on the date below.",
                        f"Your last working day will be {_date(rng, False)}. Your final pay and any holiday owed will be paid with "
                        "your last salary.", "Yours sincerely,"], foot=["Human Resources Manager"])


def income_proof(rng: random.Random, zh: bool) -> Sheet:
    """An employer's letter confirming employment and monthly income."""
    if zh:
        who, org = rng.choice(ZH_PEOPLE), rng.choice(ZH_EMPLOYERS)
        return Sheet([org], "收入证明", prose=[
            f"兹证明{who}为我单位正式员工，自2021年起在我单位工作，现任销售主管。",
            f"该员工月收入为人民币{rng.randint(6, 25) * 1000}元（税前）。", "特此证明。"],
            foot=[f"{org}（盖章）", _date(rng, True)], zh=True)
    who, org = rng.choice(PEOPLE), rng.choice(EMPLOYERS)
    return Sheet([org], rng.choice(["Employment Verification", "Confirmation of Employment", "Salary Certificate"]),
                 pairs=[("Date", _date(rng, False))],
                 prose=["To whom it may concern,",
                        f"This is to confirm that {who} has been employed by {org} as a full-time Warehouse Supervisor "
                        "since March 2021.",
                        f"Their monthly gross salary is {_fmt(rng.randint(3, 9) * 1000.0)}.", "Yours faithfully,"],
                 foot=["HR Officer"])


# --- look-alikes: must stay "other" --------------------------------------------------------------------------------

def utility_bill(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet(["国网某某供电公司"], "电费缴费通知单", [("户名", rng.choice(ZH_PEOPLE)), ("户号", f"{rng.randint(10**9, 10**10)}"),
                                                     ("计费周期", "2026-09-01 至 2026-09-30")],
                     [["项目", "数量", "金额"], ["本月用电量(千瓦时)", "312", _fmt(158.6)], ["峰段电费", "", _fmt(96.2)],
                      ["谷段电费", "", _fmt(62.4)], ["应缴金额", "", _fmt(158.6)]], zh=True)
    return Sheet(["Greenfield Energy"], rng.choice(["Your electricity bill", "Energy Bill"]), [
        ("Account holder", rng.choice(PEOPLE)), ("Billing period", "01/09/2026 to 30/09/2026"), ("Meter number", "S95A 01234")],
        [["Charge", "Units", "Amount"], ["Electricity used", "412 kWh", _fmt(118.4)], ["Standing charge", "30 days", _fmt(14.7)],
         ["VAT 5%", "", _fmt(6.66)], ["Amount to pay", "", _fmt(139.76)]])


def card_statement(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet([rng.choice(ZH_BANKS)], "信用卡对账单", [("持卡人", rng.choice(ZH_PEOPLE)), ("信用额度", "30,000.00"),
                                                      ("到期还款日", "2026-10-25"), ("最低还款额", _fmt(380.0))],
                     [["交易日", "交易摘要", "金额"], ["2026-09-03", "网上消费", _fmt(268.0)], ["2026-09-11", "餐饮", _fmt(96.5)],
                      ["2026-09-18", "还款", "-1,200.00"], ["本期应还金额", "", _fmt(3804.3)]], zh=True)
    return Sheet([rng.choice(BANKS)], "Credit Card Statement", [
        ("Cardholder", rng.choice(PEOPLE)), ("Credit limit", "8,000.00"), ("Minimum payment due", "45.00"),
        ("Payment due date", "25/10/2026")],
        [["Date", "Transaction", "Amount"], ["03/09/2026", "ONLINE PURCHASE", _fmt(64.2)], ["11/09/2026", "RESTAURANT", _fmt(38.9)],
         ["18/09/2026", "PAYMENT THANK YOU", "-500.00"], ["New balance", "", _fmt(1402.11)]])


def shop_receipt(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet(["惠民超市（人民路店）"], "购物小票", [("收银员", "008"), ("日期", _date(rng, True))],
                     [["商品名称", "数量", "金额"], ["鸡蛋", "1", "12.80"], ["大米5kg", "1", "39.90"], ["酱油", "2", "17.00"],
                      ["合计", "", "69.70"]], foot=["谢谢惠顾"], zh=True)
    return Sheet(["FreshMart Supermarket", "VAT Reg 123 4567 89"], "RECEIPT", [("Cashier", "Joan"), ("Date", _date(rng, False))],
                 [["Item", "Qty", "Price"], ["Milk 2L", "1", "1.65"], ["Bread", "2", "2.40"], ["Apples", "1", "3.10"],
                  ["TOTAL", "", "7.15"], ["Change due", "", "2.85"]], foot=["Thank you for shopping with us"])


def tax_form(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet(["国家税务总局"], "个人所得税纳税记录", [("纳税人姓名", rng.choice(ZH_PEOPLE)), ("所属期间", "2025年度")],
                     [["所得项目", "收入额", "已缴税额"], ["工资薪金所得", _fmt(96000.0), _fmt(2130.0)],
                      ["劳务报酬所得", _fmt(8000.0), _fmt(1280.0)]], foot=["本证明不作为完税证明"], zh=True)
    return Sheet(["HM Revenue & Customs"], "P60 End of Year Certificate", [
        ("Employee", rng.choice(PEOPLE)), ("Tax year to 5 April", "2026"), ("Employer PAYE reference", "123/AB456")],
        [["", "Pay", "Tax deducted"], ["In this employment", _fmt(31250.0), _fmt(3736.0)], ["Total for year", _fmt(31250.0), _fmt(3736.0)]],
        foot=["Keep this certificate in a safe place"])


def lab_report(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet([rng.choice(ZH_CLINICS)], "检验报告单", [("姓名", rng.choice(ZH_PEOPLE)), ("送检日期", _date(rng, True))],
                     [["项目", "结果", "参考范围", "单位"], ["白细胞", "6.2", "3.5-9.5", "10^9/L"], ["血红蛋白", "138", "130-175", "g/L"],
                      ["血小板", "245", "125-350", "10^9/L"]], foot=["报告医师：王医生"], zh=True)
    return Sheet([rng.choice(CLINICS), "Department of Pathology"], "Laboratory Report", [
        ("Patient", rng.choice(PEOPLE)), ("Collected", _date(rng, False))],
        [["Test", "Result", "Reference range", "Units"], ["Haemoglobin", "13.8", "13.0-17.0", "g/dL"],
         ["White cells", "6.4", "4.0-11.0", "x10^9/L"], ["Creatinine", "82", "60-110", "umol/L"]],
        foot=["Reported by: Dr A. Fitzgerald"])


def loan_agreement(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet([rng.choice(ZH_BANKS)], "个人借款合同", [("借款人", rng.choice(ZH_PEOPLE)), ("合同编号", f"JK{rng.randint(10**7, 10**8)}"),
                                                    ("借款金额", "人民币 100,000.00 元"), ("借款期限", "36个月")],
                     prose=["甲方（贷款人）与乙方（借款人）经协商一致，订立本合同。乙方应按月归还借款本息。",
                            "如乙方逾期还款，甲方有权按合同约定收取罚息。"], zh=True)
    return Sheet([rng.choice(BANKS)], "Personal Loan Agreement", [
        ("Borrower", rng.choice(PEOPLE)), ("Amount of credit", "15,000.00"), ("Term", "48 months"), ("APR", "9.9%")],
        prose=["This agreement is regulated by the Consumer Credit Act. The lender agrees to lend and the borrower agrees to "
               "repay the total amount payable by monthly instalments.", "Signed by the borrower:"])


def insurance_eob(rng: random.Random, zh: bool) -> Sheet:
    if zh:
        return Sheet(["平安健康保险股份有限公司"], "理赔结果通知书", [("被保险人", rng.choice(ZH_PEOPLE)), ("保单号", f"P{rng.randint(10**9, 10**10)}")],
                     [["费用类型", "申请金额", "赔付金额"], ["门诊费用", _fmt(860.0), _fmt(602.0)], ["药品费用", _fmt(240.0), _fmt(168.0)]],
                     prose=["本通知书不作为收费凭证。"], zh=True)
    return Sheet(["BlueShield Health Plan"], "Explanation of Benefits", [
        ("Member", rng.choice(PEOPLE)), ("Member ID", f"XK{rng.randint(10**6, 10**7)}"), ("Group number", "88412")],
        [["Service", "Billed", "Plan paid", "You may owe"], ["Office visit", _fmt(210.0), _fmt(150.0), _fmt(60.0)],
         ["Lab work", _fmt(95.0), _fmt(80.0), _fmt(15.0)]], prose=["THIS IS NOT A BILL."])


MAKERS = {"bank_statement": bank_statement, "payslip": payslip, "medical_bill": medical_bill,
          "unemployment_proof": unemployment_proof, "income_proof": income_proof}
LOOKALIKES = {"utility": utility_bill, "card": card_statement, "receipt": shop_receipt, "tax": tax_form,
              "lab": lab_report, "loan": loan_agreement, "eob": insurance_eob}
LAYOUTS = ("letterhead", "header_table", "two_columns", "strip", "centred", "boxed")


# --- painting ------------------------------------------------------------------------------------------------------

def _font(zh: bool, size: int, bold: bool = False, mono: bool = False) -> ImageFont.FreeTypeFont:
    path = CJK if zh else (MONO if mono else (LATIN_BOLD if bold else LATIN))
    return ImageFont.truetype(path, size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int, zh: bool) -> list[str]:
    units = list(text) if zh else text.split(" ")
    out, cur = [], ""
    for u in units:
        cand = (cur + u) if zh else (cur + " " + u).strip()
        if draw.textlength(cand, font=font) > width and cur:
            out.append(cur)
            cur = u
        else:
            cur = cand
    if cur:
        out.append(cur)
    return out


def paint(sheet: Sheet, layout: str, rng: random.Random, scale: float = 1.0, mono: bool = False) -> Image.Image:
    """The sheet painted on a white A4 page (1240 x 1754 px) in ``layout``; ``scale`` shrinks the print (small
    print), ``mono`` prints in a monospaced face (a dot-matrix printer's)."""
    img = Image.new("L", PAGE, 255)
    d = ImageDraw.Draw(img)
    zh = sheet.zh
    body = int(28 * scale)
    f, fb, ft = _font(zh, body, mono=mono), _font(zh, body, bold=True, mono=mono), _font(zh, int(46 * scale), bold=True, mono=mono)
    narrow = layout == "strip" and max((len(r) for r in sheet.table), default=0) <= 3  # a till's strip
    left = 330 if narrow else 110
    right = PAGE[0] - left
    y = 110
    for i, h in enumerate(sheet.head):
        font = fb if i == 0 else f
        x = (PAGE[0] - d.textlength(h, font=font)) / 2 if layout in ("centred", "strip") else left
        d.text((x, y), h, font=font, fill=0)
        y += int(body * 1.5)
    y += int(body * 0.8)
    tx = (PAGE[0] - d.textlength(sheet.title, font=ft)) / 2 if layout != "letterhead" else left
    d.text((tx, y), sheet.title, font=ft, fill=0)
    y += int(46 * scale * 1.8)
    if layout == "two_columns" and sheet.pairs:
        half = (len(sheet.pairs) + 1) // 2
        for k, (lab, val) in enumerate(sheet.pairs):
            col = 0 if k < half else 1
            yy = y + (k if col == 0 else k - half) * int(body * 1.6)
            x = left + col * (right - left) // 2
            d.text((x, yy), f"{lab}: {val}" if not zh else f"{lab}：{val}", font=f, fill=0)
        y += half * int(body * 1.6) + body
    else:
        for lab, val in sheet.pairs:
            if layout == "header_table":
                d.text((left, y), lab, font=fb, fill=0)
                d.text((left + int(360 * scale), y), val, font=f, fill=0)
            else:
                d.text((left, y), f"{lab}: {val}" if not zh else f"{lab}：{val}", font=f, fill=0)
            y += int(body * 1.6)
        y += body
    if sheet.table:
        ncol = max(len(r) for r in sheet.table)
        width = right - left
        first = width * (0.42 if ncol > 3 else 0.55) if ncol > 2 else width * 0.6
        rest = (width - first) / max(ncol - 1, 1)
        xs = [left] + [left + first + rest * k for k in range(ncol - 1)]
        for r, row in enumerate(sheet.table):
            font = fb if r == 0 else f
            for c, cell in enumerate(row):
                if not cell:
                    continue
                if c == 0 or (ncol > 3 and c == 1):
                    x = xs[c] if ncol <= 3 or c == 0 else xs[c] - rest * 0.6 + (first * 0.1)
                    if ncol > 3 and c == 1:
                        x = left + int(width * 0.17)
                else:
                    x = xs[c] + rest - 20 - d.textlength(cell, font=font)
                d.text((x, y), cell, font=font, fill=0)
            if layout == "boxed":
                d.line([(left - 10, y - 8), (right + 10, y - 8)], fill=60, width=2)
            y += int(body * 1.55)
        if layout == "boxed":
            d.line([(left - 10, y - 8), (right + 10, y - 8)], fill=60, width=2)
        y += body
    for p in sheet.prose:
        for ln in _wrap(d, p, f, right - left, zh):
            d.text((left, y), ln, font=f, fill=0)
            y += int(body * 1.5)
        y += int(body * 0.6)
    for ln in sheet.foot:
        d.text((left, y), ln, font=f, fill=0)
        y += int(body * 1.5)
    return img


# --- photographing -------------------------------------------------------------------------------------------------

def _seal(img: Image.Image, rng: random.Random, zh: bool) -> Image.Image:
    """A red round seal stamped over the text of the page's upper half (an official chop over the issuer's name)."""
    rgb = img.convert("RGB")
    layer = Image.new("RGBA", rgb.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy, r = rng.randint(500, 900), rng.randint(150, 420), rng.randint(120, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(210, 30, 40, 170), width=9)
    star = _font(True, 60)
    d.text((cx - 30, cy - 35), "★", font=star, fill=(210, 30, 40, 170))
    word = _font(True, 34)
    d.text((cx - r + 40, cy + 30), "财务专用章" if zh else "PAYROLL DEPT", font=word, fill=(210, 30, 40, 160))
    rgb.paste(layer, (0, 0), layer)
    return rgb


def _dotmatrix(img: Image.Image, rng: random.Random) -> Image.Image:
    """Faint dot-matrix print: every stroke broken into dots by a grid of gaps (one pixel in three, both ways),
    the ink greyed."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    step = rng.choice([3, 4])
    for x in range(0, w, step):
        d.line([(x, 0), (x, h)], fill=255)
    for y in range(0, h, step):
        d.line([(0, y), (w, y)], fill=255)
    ink = rng.randint(60, 95)  # a worn ribbon: the darkest the print gets (0 black, 255 paper)
    return img.point(lambda v: ink + v * (255 - ink) // 255)


def photograph(page: Image.Image, condition: str, rng: random.Random, zh: bool = False) -> bytes:
    """``page`` as a phone photo of the sheet on a desk under ``condition`` (one or two of :data:`CONDITIONS` joined
    by "+"), JPEG bytes. Every photo is taken with a little tilt, uneven light and JPEG loss; each condition adds its
    own harm."""
    cond = set(condition.split("+"))
    if "dotmatrix" in cond:
        page = _dotmatrix(page, rng)
    if "shadow" in cond:  # the phone's or the hand's shadow over the lower part of the sheet: contrast collapsed
        top = int(page.size[1] * rng.uniform(0.28, 0.42))
        band = page.crop((0, top, page.size[0], page.size[1])).point(lambda v: 28 + v * 30 // 255)
        page = page.copy()
        page.paste(band, (0, top))
    img = page.convert("RGB") if "seal" not in cond else _seal(page, rng, zh)
    w, h = img.size
    # the sheet on a darker desk, seen at a slant: a perspective quad
    desk = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (92 + rng.randint(-15, 15), 70, 52))
    k = 0.07 if "perspective" in cond else 0.015
    dx, dy = int(w * 0.12), int(h * 0.09)
    desk.paste(img, (dx, dy))
    W, H = desk.size
    j = [rng.uniform(-k, k) for _ in range(8)]
    quad = (j[0] * W, j[1] * H, j[2] * W, H + j[3] * H, W + j[4] * W, H + j[5] * H, W + j[6] * W, j[7] * H)
    shot = desk.transform(desk.size, Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC,
                          fillcolor=(70, 55, 40))
    # uneven light: brighter on one side
    dark = 0.38 if "dim" in cond else 0.85
    grad = Image.linear_gradient("L").resize(shot.size).rotate(rng.choice([0, 90, 180, 270]), expand=False)
    grad = grad.point(lambda v: int(255 * (dark + (1 - dark) * (0.55 + 0.45 * v / 255))))
    shot = Image.composite(shot, Image.new("RGB", shot.size, (0, 0, 0)), grad)
    if "dim" in cond:
        noise = noise_field(shot.size, 30, rng).convert("RGB")
        shot = Image.blend(shot, noise, 0.18)
    blur = rng.uniform(2.2, 2.7) if "blur" in cond else rng.uniform(0.5, 0.9)
    shot = shot.filter(ImageFilter.GaussianBlur(blur))
    target = 1050 if "small" in cond else 1700
    f = target / max(shot.size)
    shot = shot.resize((int(shot.size[0] * f), int(shot.size[1] * f)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    q = rng.randint(55, 58) if "jpeg" in cond else rng.randint(60, 70)
    shot.save(out, "JPEG", quality=q)
    return out.getvalue()


def corpus(seed: int = 12, per_type: int = 4, per_lookalike: int = 2) -> list[tuple[str, str, str, bytes]]:
    """(name, expected type, language, JPEG bytes) of the measured set: ``per_type`` photos of each readable type in
    each language and ``per_lookalike`` of each look-alike in each language, layouts and conditions taken in turn."""
    out = []
    n = 0
    for kind, maker in [*MAKERS.items(), *LOOKALIKES.items()]:
        expected = kind if kind in MAKERS else "other"
        for zh in (False, True):
            for k in range(per_type if kind in MAKERS else per_lookalike):
                rng = random.Random(f"{seed}-{kind}-{zh}-{k}")
                layout = LAYOUTS[(n + k) % len(LAYOUTS)]
                first = CONDITIONS[(n * 3 + k) % len(CONDITIONS)]
                second = rng.choice([c for c in CONDITIONS if c != first and {c, first} != {"small", "dotmatrix"}])
                cond = f"{first}+{second}"
                sheet = maker(rng, zh)
                page = paint(sheet, layout, rng, scale=0.72 if "small" in cond else 1.0, mono="dotmatrix" in cond)
                lang = "zh" if zh else "en"
                out.append((f"{kind}-{lang}-{k}-{layout}-{cond}", expected, lang, photograph(page, cond, rng, zh)))
            n += 1
    return out
