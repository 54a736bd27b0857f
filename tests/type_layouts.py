"""A generator of documents of every type, and of their look-alikes, in layouts of many countries (issue 10).

Written for classification, from what issuers in the UK, US, Canada, Australia, New Zealand, Ireland, India,
Singapore, South Africa, Hong Kong and mainland China print — never from packet's own vocabulary: each type has
at least eight layouts (a title centred, at the left, in a letterhead or none; labels left of their values,
above them, in grid cells or in prose; different fonts and sizes), with label wording drawn from pools of the ways
those issuers say it, and figures that agree as real ones do (a payslip's gross less its deductions is its net, a
statement's balances run). Look-alikes (shop invoices, utility and phone bills, insurance EOBs, tax forms, credit
reports, loan agreements, collection letters, court claims, pension statements, 社保/公积金 明细, 诊断证明) are
drawn the same way and must stay ``other``.

Every document is made deterministically from ``(kind, layout, seed)``, as a born-digital PDF (reportlab) or as a
phone photo (Pillow: drawn, tilted, shaded, saved as JPEG) read by the real OCR.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4 = (595.0, 842.0)
Cell = tuple[float, str]  # x in fractions of the page width, text
Row = list[Cell]


@dataclass
class Spec:
    """One document to draw: ``title`` (centred, left or none), an optional ``letterhead`` (an organisation's name
    printed large above everything), then ``rows`` of cells, in ``lang`` ("en" or "zh"); ``expected`` is its type."""

    kind: str
    expected: str
    lang: str
    rows: list[Row]
    title: str = ""
    title_at: str = "centre"  # centre | left
    letterhead: str = ""
    font: str = "Helvetica"
    size: float = 9.5
    extra: list[Row] = field(default_factory=list)


# ---- pools of names ---------------------------------------------------------------------------------------------

PEOPLE_EN = ["Priya Raghavan", "Tomasz Nowicki", "Aroha Ngata", "Declan Moriarty", "Lindiwe Dlamini",
             "Marcus Feldman", "Chloe Tremblay", "Wei Ling Tan", "Rohan Mehta", "Siobhan Keane", "Jacob Whitfield",
             "Fatima Rahman", "Ka Yan Leung", "Grace Okonkwo", "Harvey Lister", "Meera Pillai"]
PEOPLE_ZH = ["黄晓明", "陈静怡", "刘建国", "周雨婷", "吴志强", "郑丽华", "孙浩然", "马秀英"]
STREETS = ["14 Kingfisher Close", "220 Maple Ave Apt 3B", "7/31 Harbour Street", "Flat 2, 9 Quay Road",
           "No. 45, 3rd Cross, Indiranagar", "Blk 512 Bedok North Ave 2 #08-114", "16 Protea Lane",
           "Room 1203, 8 Shing Yip Street"]
TOWNS = ["Leeds LS6 2QT", "Columbus, OH 43215", "Parramatta NSW 2150", "Cork T12 X70A", "Bengaluru 560038",
         "Singapore 460512", "Randburg 2194", "Kwun Tong, Kowloon", "Hamilton 3204", "Calgary AB T2P 1J9"]
FIRMS = ["Northgate Logistics Ltd", "Bluewater Freight Pty Ltd", "Kestrel Software Inc.", "Ashdown Catering Ltd",
         "Sundar Textiles Pvt Ltd", "Marina Bay Hospitality Pte Ltd", "Karoo Mining Services (Pty) Ltd",
         "Harbourview Trading Co. Ltd", "Tui Orchard Holdings Ltd", "Maple Leaf Couriers Inc."]
FIRMS_ZH = ["杭州远帆电子科技有限公司", "成都蓝海物流有限公司", "深圳华晟精密制造有限公司", "南京启明餐饮管理有限公司"]


def _money(v: float, sym: str = "") -> str:
    return f"{sym}{v:,.2f}"


def _date(rng: random.Random, style: int) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return [f"{d:02d}/{m:02d}/{y}", f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1][:3]} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}"][style % 5]


def _pairs(pairs: list[tuple[str, str]], style: int, colon: bool = True) -> list[Row]:
    """Label/value pairs laid out by ``style``: 0 "Label: value" at the margin, 1 label and value in two grid columns,
    2 labels in a header row over their values (three to a row), 3 two pairs side by side."""
    sep = ":" if colon else ""
    if style == 0:
        return [[(0.08, f"{k}{sep} {v}")] for k, v in pairs]
    if style == 1:
        return [[(0.08, k), (0.38, v)] for k, v in pairs]
    if style == 2:
        out: list[Row] = []
        for i in range(0, len(pairs), 3):
            chunk = pairs[i:i + 3]
            out.append([(0.08 + 0.3 * j, k) for j, (k, _) in enumerate(chunk)])
            out.append([(0.08 + 0.3 * j, v) for j, (_, v) in enumerate(chunk)])
        return out
    out = []
    for i in range(0, len(pairs), 2):
        chunk = pairs[i:i + 2]
        out.append([c for j, (k, v) in enumerate(chunk) for c in ((0.08 + 0.46 * j, f"{k}{sep}"),
                                                                   (0.26 + 0.46 * j, v))])
    return out


def _para(text: str, width: int = 88) -> list[Row]:
    """A paragraph wrapped at ``width`` characters, at the margin."""
    out: list[Row] = []
    line = ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            out.append([(0.08, line)])
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        out.append([(0.08, line)])
    return out


def _para_zh(text: str, width: int = 36) -> list[Row]:
    return [[(0.08, text[i:i + width])] for i in range(0, len(text), width)]


FONTS = ["Helvetica", "Times-Roman", "Courier", "Helvetica-Bold"]

# ---- payslips ---------------------------------------------------------------------------------------------------

# (country, title pool, earnings items, deductions items, gross labels, deduction total labels, net labels, currency)
PAY_STYLES = [
    ("UK", ["Payslip", "Pay Advice", "Employee Pay Statement"], ["Basic Pay", "Overtime 1.5x", "Holiday Pay"],
     ["PAYE Tax", "National Insurance", "Workplace Pension", "Student Loan"], ["Total Pay", "Gross Pay", "Total Payments"],
     ["Total Deductions"], ["Net Pay", "Take Home Pay"], "£"),
    ("US", ["Earnings Statement", "Pay Stub", "Statement of Earnings and Deductions"], ["Regular", "Overtime", "Shift Diff"],
     ["Federal Income Tax", "Social Security", "Medicare", "OH State Tax", "401(k)"], ["Gross Pay", "Total Gross"],
     ["Total Deductions", "Total Taxes & Deductions"], ["Net Pay", "Net Check"], "$"),
    ("IN", ["Salary Slip", "Pay Slip for the month of {month}", "Payslip"], ["Basic", "HRA", "Conveyance Allowance",
     "Special Allowance"], ["Provident Fund", "Professional Tax", "TDS"], ["Gross Earnings", "Total Earnings"],
     ["Total Deductions", "Deductions Total"], ["Net Salary", "Net Pay", "Net Salary Payable", "Amount Credited"], "₹"),
    ("AU", ["Payslip", "Pay Summary", "Remuneration Advice"], ["Ordinary Hours", "Overtime", "Leave Loading"],
     ["PAYG Withholding", "Salary Sacrifice Super"], ["Gross Pay", "Gross Earnings"], ["Total Deductions"],
     ["Net Pay", "Nett Pay"], "$"),
    ("NZ", ["Payslip", "Pay Advice"], ["Ordinary Time", "Time and a Half", "Public Holiday"],
     ["PAYE", "KiwiSaver Employee", "Student Loan"], ["Gross Earnings", "Total Gross"], ["Total Deductions"],
     ["Net Pay", "Net Earnings"], "$"),
    ("CA", ["Statement of Earnings", "Pay Statement", "Earnings Statement"], ["Regular Earnings", "Stat Holiday Pay"],
     ["Federal Tax", "Provincial Tax", "CPP", "EI Premium"], ["Gross Earnings", "Total Earnings"],
     ["Total Deductions"], ["Net Pay", "Net Amount"], "$"),
    ("IE", ["Payslip", "Wage Slip"], ["Basic Salary", "Overtime", "Sunday Premium"], ["PAYE", "PRSI", "USC"],
     ["Gross Pay", "Total Gross"], ["Total Deductions"], ["Net Pay"], "€"),
    ("SG", ["Itemised Pay Slip", "Pay Slip", "Salary Statement"], ["Basic Salary", "Fixed Allowance", "Overtime Pay"],
     ["CPF Employee Contribution", "CDAC Fund", "Advance Recovery"], ["Gross Salary", "Total Gross Pay"],
     ["Total Deductions"], ["Net Pay", "Net Salary"], "S$"),
    ("ZA", ["Payslip", "Salary Advice"], ["Basic Salary", "Travel Allowance", "Overtime"],
     ["PAYE", "UIF", "Medical Aid", "Pension Fund"], ["Total Earnings", "Gross Earnings"], ["Total Deductions"],
     ["Nett Pay", "Net Pay"], "R"),
    ("HK", ["Pay Slip", "Salary Statement"], ["Basic Salary", "Commission", "Travel Allowance"],
     ["MPF Employee Contribution", "Unpaid Leave"], ["Gross Income", "Total Income"], ["Total Deductions"],
     ["Net Income", "Net Pay"], "HK$"),
]


PLAIN_NET = ["Amount Payable", "Amount Credited to Bank", "Take Home", "Balance Payable", "Paid to Bank",
             "Transferred to your account"]


def payslip(rng: random.Random, layout: int, blank: bool = False, plain: bool = False) -> Spec:
    """A payslip of country ``layout`` (wrapping around :data:`PAY_STYLES`): a heading block of employer, employee
    and period, an earnings column and a deductions column (side by side, or one under the other), gross less
    deductions equal to net; with ``blank`` a template with the labels and no figures; with ``plain`` no title and a
    net figure labelled without the word "net" ("Amount Credited to Bank"), so its figures say what it is."""
    country, titles, earn, ded, gross_l, dtot_l, net_l, sym = PAY_STYLES[layout % len(PAY_STYLES)]
    if plain:
        net_l = PLAIN_NET
    month = rng.choice(["March 2026", "Apr-2026", "July 2025", "10/2026", "September 2025"])
    title = rng.choice(titles).format(month=month)
    firm = rng.choice(FIRMS)
    person = rng.choice(PEOPLE_EN)
    amounts = [round(rng.uniform(200, 4000), 2) for _ in earn]
    deds = [round(rng.uniform(20, 600), 2) for _ in ded]
    gross, dsum = round(sum(amounts), 2), round(sum(deds), 2)
    net = round(gross - dsum, 2)
    ids = {"UK": ("NI No", "QQ 12 34 56 C"), "US": ("SSN", "XXX-XX-4821"), "IN": ("PAN", "ABCPK1234F"),
           "AU": ("TFN", "*** *** 219"), "NZ": ("IRD No", "123-456-789"), "CA": ("SIN", "*** *** 482"),
           "IE": ("PPSN", "1234567TA"), "SG": ("NRIC", "S****567D"), "ZA": ("Tax No", "0123456789"),
           "HK": ("HKID", "A123***(7)")}[country]
    head = [("Employee", person), (rng.choice(["Employee No", "Emp Code", "Staff ID", "Payroll No"]),
                                   str(rng.randint(1000, 99999))),
            (rng.choice(["Pay Period", "Period", "Month", "Pay Date", "Period Ending"]), month), ids]
    style = layout // 2 % 4
    rows: list[Row] = []
    letterhead = ""
    if layout % 3 == 0:
        letterhead = firm
    else:
        rows.append([(0.08, firm)])
        rows.append([(0.08, rng.choice(STREETS) + ", " + rng.choice(TOWNS))])
    rows += _pairs(head, style)
    rows.append([])

    def f(v: float) -> str:
        return "" if blank else _money(v)

    if layout % 2 == 0:  # earnings and deductions side by side
        rows.append([(0.08, rng.choice(["Earnings", "Payments", "Allowances"])), (0.34, "Amount"),
                     (0.52, "Deductions"), (0.8, "Amount")])
        for i in range(max(len(earn), len(ded))):
            r: Row = []
            if i < len(earn):
                r += [(0.08, earn[i]), (0.34, f(amounts[i]))]
            if i < len(ded):
                r += [(0.52, ded[i]), (0.8, f(deds[i]))]
            rows.append(r)
        rows.append([(0.08, rng.choice(gross_l)), (0.34, f(gross)), (0.52, rng.choice(dtot_l)), (0.8, f(dsum))])
    else:  # one under the other, with a year-to-date column
        rows.append([(0.08, "Description"), (0.5, "Current"), (0.72, "YTD")])
        for name, v in zip(earn, amounts, strict=True):
            rows.append([(0.08, name), (0.5, f(v)), (0.72, f(v * 6))])
        rows.append([(0.08, rng.choice(gross_l)), (0.5, f(gross)), (0.72, f(gross * 6))])
        for name, v in zip(ded, deds, strict=True):
            rows.append([(0.08, name), (0.5, f(v)), (0.72, f(v * 6))])
        rows.append([(0.08, rng.choice(dtot_l)), (0.5, f(dsum)), (0.72, f(dsum * 6))])
    rows.append([])
    rows.append([(0.08, rng.choice(net_l)), (0.5, "" if blank else f"{sym}{net:,.2f}")])
    if country == "IN" and not blank:
        rows.append([(0.08, "Amount in words: Rupees " + rng.choice(["Forty", "Twenty Six", "Eighteen"])
                      + " Thousand Only")])
    rows.append([(0.08, rng.choice(["This is a computer generated payslip and does not require a signature.",
                                    "Please retain for your records.", "Confidential"]) if not plain
                  else "Private and confidential")])
    return Spec("payslip", "payslip", "en", rows, title="" if plain else title, title_at="left" if layout % 4 == 1 else "centre",
                letterhead=letterhead, font=FONTS[layout % 4], size=rng.choice([8.5, 9.5, 10.5]))


def payslip_zh(rng: random.Random, layout: int) -> Spec:
    """A Chinese 工资条 / 工资单 in one of a few layouts: a one-row grid of items with their figures, or pairs."""
    title = rng.choice(["工资条", "员工工资单", "{m}工资明细", "薪资发放明细表", "工资发放条"]).format(m="2026年3月")
    firm = rng.choice(FIRMS_ZH)
    earn = [("基本工资", rng.randint(3000, 9000)), ("岗位津贴", rng.randint(300, 1500)),
            ("绩效奖金", rng.randint(200, 3000))]
    ded = [("养老保险", rng.randint(200, 700)), ("医疗保险", rng.randint(50, 200)),
           ("住房公积金", rng.randint(200, 900)), ("个人所得税", rng.randint(0, 400))]
    gross = sum(v for _, v in earn)
    dsum = sum(v for _, v in ded)
    rows: list[Row] = [[(0.08, f"单位：{firm}")], [(0.08, f"姓名：{rng.choice(PEOPLE_ZH)}    部门：生产部    "
                                                          f"所属月份：2026年{rng.randint(1, 12)}月")]]
    gross_l = rng.choice(["应发合计", "应发工资", "应付工资"])
    net_l = rng.choice(["实发工资", "实发金额", "实领工资"])
    items = [*earn, (gross_l, gross), *ded, ("扣款合计", dsum), (net_l, gross - dsum)]
    if layout % 2 == 0:
        for i in range(0, len(items), 5):
            chunk = items[i:i + 5]
            rows.append([(0.06 + 0.18 * j, k) for j, (k, _) in enumerate(chunk)])
            rows.append([(0.06 + 0.18 * j, f"{v:.2f}") for j, (_, v) in enumerate(chunk)])
    else:
        rows += [[(0.08, k), (0.4, f"{v:,.2f}")] for k, v in items]
    rows.append([(0.08, "如有疑问请于三日内联系人事部。")])
    return Spec("payslip-zh", "payslip", "zh", rows, title=title, title_at="centre" if layout % 3 else "left")


# ---- bank statements --------------------------------------------------------------------------------------------

BANK_STYLES = [
    ("UK", "Statement of Account", "Sort code", "40-12-76", ["Date", "Description", "Paid out", "Paid in", "Balance"]),
    ("US", "Checking Account Statement", "Routing number", "021000021",
     ["Date", "Description", "Withdrawals", "Deposits", "Balance"]),
    ("AU", "Transaction Statement", "BSB", "062-914", ["Date", "Transaction details", "Debit", "Credit", "Balance"]),
    ("IN", "Statement of Account", "IFSC", "HDFC0001234",
     ["Txn Date", "Narration", "Withdrawal Amt.", "Deposit Amt.", "Closing Balance"]),
    ("SG", "Consolidated Statement", "Branch", "081", ["Date", "Transaction", "Withdrawal", "Deposit", "Balance"]),
    ("ZA", "Bank Statement", "Branch code", "250655", ["Date", "Description", "Debits", "Credits", "Balance"]),
    ("CA", "Chequing Account Statement", "Transit", "00412", ["Date", "Details", "Cheques & Debits",
                                                               "Deposits & Credits", "Balance"]),
    ("NZ", "Account Statement", "Account", "12-3456-0123456-00", ["Date", "Particulars", "Withdrawals",
                                                                  "Deposits", "Balance"]),
    ("HK", "Integrated Account Statement", "Branch", "HK 024", ["Date", "Transaction Details", "Withdrawal",
                                                                "Deposit", "Balance"]),
]
BANKS = ["Lloyds Bank", "Chase", "Westpac", "HDFC Bank", "DBS Bank", "Capitec Bank", "Scotiabank", "ASB Bank",
         "Hang Seng Bank"]
NARR = ["POS PURCHASE TESCO", "ATM WITHDRAWAL", "SALARY CREDIT", "DIRECT DEBIT INSURANCE", "UPI/PAYTM/982371",
        "TRANSFER FROM SAVINGS", "CARD PAYMENT WOOLWORTHS", "STANDING ORDER RENT", "EFT CREDIT", "CHEQUE 000213"]


def bank_statement(rng: random.Random, layout: int) -> Spec:
    """A bank statement of country ``layout``: the bank, the holder's address block, an account number and a
    period, then dated rows with a running balance (in one or two money columns)."""
    country, title, code_l, code, cols = BANK_STYLES[layout % len(BANK_STYLES)]
    bank = BANKS[layout % len(BANKS)]
    person = rng.choice(PEOPLE_EN)
    bal = round(rng.uniform(300, 6000), 2)
    opening = bal
    rows: list[Row] = [[(0.08, person.upper())], [(0.08, rng.choice(STREETS))], [(0.08, rng.choice(TOWNS))], []]
    acct = rng.choice(["Account number", "Account No", "A/C No", "Account"])
    rows += _pairs([(acct, str(rng.randint(10 ** 7, 10 ** 9))), (code_l, code),
                    (rng.choice(["Statement period", "Period", "From"]), f"{_date(rng, 3)} to {_date(rng, 3)}")],
                   layout % 4)
    rows.append([])
    xs = [0.06, 0.2, 0.52, 0.68, 0.84]
    rows.append([(x, c) for x, c in zip(xs, cols, strict=True)])
    rows.append([(0.06, "01/03"), (0.2, rng.choice(["Opening Balance", "Balance brought forward", "B/F"])),
                 (0.84, _money(bal))])
    for i in range(rng.randint(6, 10)):
        amt = round(rng.uniform(5, 900), 2)
        out = rng.random() < 0.7
        bal = round(bal - amt if out else bal + amt, 2)
        r: Row = [(0.06, f"{i + 2:02d}/03"), (0.2, rng.choice(NARR))]
        r.append((0.52 if out else 0.68, _money(amt)))
        r.append((0.84, _money(bal)))
        rows.append(r)
    if layout % 2:
        rows.append([(0.2, rng.choice(["Closing Balance", "Balance carried forward", "C/F"])), (0.84, _money(bal))])
    _ = opening
    return Spec("bank", "bank_statement", "en", rows, title=title if layout % 5 else "",
                letterhead=bank, font=FONTS[layout % 4], size=rng.choice([8.0, 9.0]))


def bank_statement_zh(rng: random.Random, layout: int) -> Spec:
    bank = rng.choice(["中国建设银行", "招商银行", "中国农业银行", "交通银行"])
    bal = round(rng.uniform(500, 20000), 2)
    rows: list[Row] = [[(0.08, f"户名：{rng.choice(PEOPLE_ZH)}    账号：6217 0012 3456 {rng.randint(1000, 9999)}")],
                       [(0.08, "起止日期：2026-01-01 至 2026-03-31    币种：人民币")], []]
    cols = ["交易日期", "摘要", "交易金额", "账户余额", "对方户名"]
    xs = [0.06, 0.22, 0.4, 0.58, 0.76]
    rows.append([(x, c) for x, c in zip(xs, cols, strict=True)])
    for i in range(8):
        amt = round(rng.uniform(10, 3000), 2) * (-1 if rng.random() < 0.7 else 1)
        bal = round(bal + amt, 2)
        rows.append([(0.06, f"2026-0{1 + i // 3}-{10 + i:02d}"), (0.22, rng.choice(["消费", "转账", "工资", "取现"])),
                     (0.4, f"{amt:,.2f}"), (0.58, f"{bal:,.2f}"), (0.76, rng.choice(["财付通", "支付宝", "某某公司"]))])
    title = rng.choice(["个人活期账户交易明细", "账户对账单", "交易流水明细"])
    return Spec("bank-zh", "bank_statement", "zh", rows, title=title, letterhead=bank if layout % 2 else "")


# ---- medical bills ----------------------------------------------------------------------------------------------

MED_STYLES = [
    ("UK", "Spire Parkway Hospital", "Invoice", ["Consultant fee", "Theatre charges", "Ward accommodation",
                                                 "Pathology"], "Total due", "£"),
    ("US", "St. Anselm Regional Medical Center", "Patient Statement", ["99213 Office visit", "80053 Metabolic panel",
                                                                       "71046 Chest X-ray 2 views"], "Amount Due", "$"),
    ("AU", "Smile Bright Dental Care", "Tax Invoice", ["011 Comprehensive oral exam", "114 Scale and clean",
                                                       "121 Fluoride application", "022 Intraoral X-ray"],
     "Balance owing", "$"),
    ("IN", "Sahyadri Multispeciality Hospital", "Final Bill", ["Room Rent", "Doctor Consultation",
                                                              "Pharmacy", "Laboratory Investigations"],
     "Net Payable", "₹"),
    ("SG", "Eastpoint Family Clinic", "Tax Invoice", ["Consultation", "Medication", "Nebuliser treatment"],
     "Total Payable", "S$"),
    ("NZ", "Riverside Medical Centre", "Invoice", ["GP consultation", "Nurse dressing", "ECG"], "Amount due", "$"),
    ("CA", "Lakeshore Physiotherapy Clinic", "Receipt / Statement of Account", ["Initial assessment",
                                                                               "Follow-up treatment",
                                                                               "Taping supplies"],
     "Balance", "$"),
    ("ZA", "Netcare Sunninghill Hospital", "Account", ["Ward fees", "Theatre fees", "Medicines and consumables"],
     "Amount payable", "R"),
    ("HK", "Causeway Bay Specialist Clinic", "Official Receipt", ["Specialist consultation",
                                                                  "Ultrasound examination", "Medicine"],
     "Total", "HK$"),
    ("IE", "Mater Private Hospital", "Statement", ["Day case bed", "Endoscopy", "Consultant anaesthetist"],
     "Balance due", "€"),
]


def medical_bill(rng: random.Random, layout: int) -> Spec:
    """A medical bill of country ``layout``: the provider in the letterhead, the patient (labelled or as an
    address block), a date, dated or plain item rows with amounts, a total that they add up to."""
    country, provider, title, items, total_l, sym = MED_STYLES[layout % len(MED_STYLES)]
    person = rng.choice(PEOPLE_EN)
    amounts = [round(rng.uniform(15, 900), 2) for _ in items]
    total = round(sum(amounts), 2)
    rows: list[Row] = []
    pl = rng.choice(["Patient", "Patient name", "Name", "Bill to", "Account holder"])
    if layout % 3 == 0:
        rows += [[(0.08, person)], [(0.08, rng.choice(STREETS))], [(0.08, rng.choice(TOWNS))], []]
        rows += _pairs([(rng.choice(["Invoice No", "Account No", "Bill No", "Receipt No"]), str(rng.randint(10000, 99999))),
                        (rng.choice(["Date", "Invoice date", "Statement date"]), _date(rng, layout))], layout % 4)
    else:
        rows += _pairs([(pl, person), (rng.choice(["Invoice No", "Account No", "UHID", "MRN"]),
                                        str(rng.randint(10000, 99999))),
                        (rng.choice(["Date", "Date of service", "Admission date", "Visit date"]), _date(rng, layout))],
                       layout % 4)
    rows.append([])
    dated = layout % 2 == 0
    head = [(0.08, "Date")] if dated else []
    rows.append([*head, (0.22 if dated else 0.08, rng.choice(["Description", "Service", "Item", "Particulars"])),
                 (0.78, rng.choice(["Amount", "Charge", "Fee"]))])
    for name, v in zip(items, amounts, strict=True):
        rows.append([*([(0.08, _date(rng, 0)[:5])] if dated else []), (0.22 if dated else 0.08, name),
                     (0.78, _money(v))])
    rows.append([(0.5, rng.choice(["Total charges", "Subtotal", "Total"])), (0.78, _money(total))])
    paid = round(total * rng.choice([0, 0.5, 0.8]), 2)
    if paid:
        rows.append([(0.5, rng.choice(["Less payments", "Insurance paid", "Health fund rebate", "Medicare rebate"])),
                     (0.78, f"-{_money(paid)}")])
    rows.append([(0.5, total_l), (0.78, f"{sym}{total - paid:,.2f}")])
    rows.append([])
    rows += _para(rng.choice(["Payment is due within 30 days. Please quote your account number.",
                              "Thank you for choosing our practice. We accept card, EFTPOS and bank transfer.",
                              "For billing questions call our patient accounts office."]))
    return Spec("medical", "medical_bill", "en", rows, title=title, letterhead=provider,
                title_at="left" if layout % 4 == 3 else "centre", font=FONTS[layout % 4])


def medical_bill_zh(rng: random.Random, layout: int) -> Spec:
    items = [("西药费", rng.randint(20, 400)), ("检查费", rng.randint(50, 600)), ("治疗费", rng.randint(30, 300))]
    rows: list[Row] = [[(0.08, f"姓名：{rng.choice(PEOPLE_ZH)}   性别：女   门诊号：{rng.randint(100000, 999999)}")],
                       [(0.08, f"收费日期：2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")],
                       [(0.08, "项目"), (0.5, "金额（元）")]]
    rows += [[(0.08, k), (0.5, f"{v:.2f}")] for k, v in items]
    rows.append([(0.08, "合计"), (0.5, f"{sum(v for _, v in items):.2f}")])
    rows.append([(0.08, "收款人：王芳    收款单位（章）")])
    return Spec("medical-zh", "medical_bill", "zh", rows, title="门诊收费票据",
                letterhead=rng.choice(["浙江大学医学院附属第二医院", "四川省人民医院", "广州市第一人民医院"]))


# ---- letters: unemployment and income ---------------------------------------------------------------------------

UNEMP_BODIES = [
    ("UK", "Notice of Redundancy", "We regret to confirm that your role as {role} has been made redundant. Your "
     "employment will end on {date}, which will be your last day of service. You will receive statutory redundancy "
     "pay and payment in lieu of notice."),
    ("US", "Notice of Separation", "This letter confirms that your employment with {firm} was terminated effective "
     "{date} due to a reduction in force. Your final paycheck includes accrued vacation. You may be eligible for "
     "unemployment insurance benefits from your state workforce agency."),
    ("CA", "Record of Employment - Notice", "This is to confirm that your employment as {role} ended on {date} "
     "because of a shortage of work (layoff). A Record of Employment has been issued to Service Canada so that you "
     "may apply for Employment Insurance regular benefits."),
    ("AU", "Termination of Employment", "Your position of {role} has been made redundant and your employment "
     "ceases on {date}. You may wish to contact Services Australia about the JobSeeker Payment."),
    ("IN", "Relieving Letter", "This is to certify that {person} was employed with us as {role} and has been "
     "relieved from the services of the company with effect from {date} consequent to retrenchment."),
    ("SG", "Letter of Retrenchment", "We regret to inform you that due to the restructuring of our operations your "
     "position as {role} has been retrenched. Your last day of employment is {date}."),
    ("IE", "Confirmation of Redundancy", "This letter confirms that your employment ended on {date} by reason of "
     "redundancy. Form RP50 has been completed for the Department of Social Protection for your Jobseeker's "
     "Benefit claim."),
    ("ZA", "Retrenchment Notice", "Following the consultation process in terms of section 189 of the Labour "
     "Relations Act, your employment is terminated on {date} for operational requirements. The UI-19 form has been "
     "completed so that you can claim from the Unemployment Insurance Fund."),
    ("NZ", "Jobseeker Support - Decision", "We have approved your application for Jobseeker Support from {date}. "
     "You will be paid weekly into your bank account. You must look for work and attend interviews as required."),
    ("CA", "Employment Insurance - Decision on your claim", "We have approved your claim for Employment Insurance "
     "regular benefits beginning {date}. Your weekly benefit rate is $612. Complete your bi-weekly reports to "
     "continue receiving benefits."),
]
INCOME_BODIES = [
    ("UK", "Confirmation of Employment", "We confirm that {person} has been employed by {firm} as {role} since "
     "{date} on a permanent full-time contract. Their current gross annual salary is {sym}{year:,}, paid monthly."),
    ("US", "Employment Verification Letter", "This letter verifies that {person} is currently employed full time at "
     "{firm} as {role}, with a start date of {date}. {person} earns a base salary of {sym}{month:,} per month."),
    ("IN", "Salary Certificate", "This is to certify that {person} is working with {firm} as {role} since {date}. "
     "The gross monthly salary drawn is {sym}{month:,}."),
    ("AU", "Letter of Employment", "{person} has been employed with {firm} since {date} in the position of {role}. "
     "The employee is paid a salary of {sym}{year:,} per annum plus superannuation."),
    ("SG", "Employment Certificate", "We certify that {person} is an employee of {firm}, holding the position of "
     "{role} since {date}. The monthly basic salary is {sym}{month:,}."),
    ("CA", "Employment Confirmation Letter", "Please accept this letter as confirmation that {person} is employed "
     "by {firm} as a permanent employee since {date}, earning {sym}{month:,} monthly."),
    ("ZA", "Proof of Employment and Income", "This serves to confirm that {person} is permanently employed at {firm} "
     "as {role} since {date}, with a gross monthly income of {sym}{month:,}."),
    ("HK", "Employment Reference", "This is to confirm that {person} has been employed by {firm} as {role} since "
     "{date}. The current monthly salary is {sym}{month:,}."),
    ("NZ", "Letter of Employment", "I can confirm that {person} is employed on a permanent basis by {firm} as "
     "{role}. Their salary is {sym}{year:,} per year."),
    ("IE", "Employer's Letter", "I confirm that {person} has been employed full-time by {firm} since {date} as "
     "{role}. The current gross basic salary is {sym}{year:,} per annum."),
]
# benefit decisions come from the agency, not an employer
AGENCIES = {"Jobseeker Support - Decision": "Work and Income", "Employment Insurance - Decision on your claim":
            "Service Canada"}
ROLES = ["Warehouse Supervisor", "Accounts Assistant", "Software Tester", "Chef de Partie", "Sales Executive",
         "Site Technician"]
SIGN_OFFS = ["Yours sincerely", "Yours faithfully", "Sincerely", "Kind regards", "Regards"]


def _letter(rng: random.Random, layout: int, bodies: list, expected: str, kind: str) -> Spec:
    """A letter of ``bodies[layout]``: letterhead (the firm or an agency), a date, the addressee's address block, a
    subject line or a centred title, a body, a sign-off with a name and a role."""
    country, title, body = bodies[layout % len(bodies)]
    firm = rng.choice(FIRMS)
    person = rng.choice(PEOPLE_EN)
    month = rng.choice([2800, 3450, 5200, 61000, 4200])
    text = body.format(person=person, firm=firm, role=rng.choice(ROLES), date=_date(rng, layout),
                       sym={"UK": "£", "IN": "INR ", "SG": "S$", "ZA": "R", "HK": "HK$", "IE": "€"}.get(country, "$"),
                       month=month, year=month * 12)
    rows: list[Row] = []
    if layout % 2:
        rows.append([(0.6, _date(rng, layout + 1))])
    rows += [[(0.08, person)], [(0.08, rng.choice(STREETS))], [(0.08, rng.choice(TOWNS))], []]
    if layout % 2 == 0:
        rows.append([(0.08, f"Date: {_date(rng, layout + 1)}")])
    subject = layout % 3 == 0
    if subject:
        rows.append([(0.08, f"Re: {title}")])
    rows.append([(0.08, rng.choice(["Dear " + person.split()[0] + ",", "To whom it may concern,",
                                    "Dear Sir/Madam,"]))])
    rows += _para(text)
    rows += _para(rng.choice(["Please contact the HR department if you need anything further.",
                              "We wish you every success in the future.", "This letter is issued at the request of "
                              "the employee."]))
    rows += [[], [(0.08, rng.choice(SIGN_OFFS) + ",")], [], [(0.08, rng.choice(PEOPLE_EN))],
             [(0.08, rng.choice(["HR Manager", "Head of People", "Director", "Payroll Officer"]))],
             [(0.08, firm)]]
    letterhead = AGENCIES.get(title, firm if layout % 4 != 3 else "")
    if title in AGENCIES:
        rows[-1] = [(0.08, AGENCIES[title])]
    return Spec(kind, expected, "en", rows, title="" if subject else title, letterhead=letterhead,
                title_at="left" if layout % 5 == 2 else "centre", font=FONTS[(layout + 1) % 4],
                size=rng.choice([9.5, 10.5, 11.0]))


def unemployment_proof(rng: random.Random, layout: int) -> Spec:
    return _letter(rng, layout, UNEMP_BODIES, "unemployment_proof", "unemployment")


def income_proof(rng: random.Random, layout: int) -> Spec:
    return _letter(rng, layout, INCOME_BODIES, "income_proof", "income")


def letter_zh(rng: random.Random, layout: int) -> Spec:
    """A Chinese 收入证明 or 离职证明 (by ``layout``'s parity), 兹证明 prose, a seal line and a date."""
    name, firm = rng.choice(PEOPLE_ZH), rng.choice(FIRMS_ZH)
    if layout % 2 == 0:
        title, expected = rng.choice(["收入证明", "在职收入证明"]), "income_proof"
        body = (f"兹证明{name}同志（身份证号：3301**********1234）系我单位正式员工，自2021年3月起在我单位"
                f"工作，现任销售主管，月平均收入为人民币{rng.randint(5, 20)}000元（税前）。特此证明。")
    else:
        title, expected = rng.choice(["离职证明", "解除劳动合同证明书"]), "unemployment_proof"
        body = (f"兹证明{name}（身份证号：4401**********5678）自2020年6月1日至2026年{rng.randint(1, 9)}月30日"
                f"在我单位任职，因公司经营调整，双方已于上述日期解除劳动合同，现已办理完毕离职手续。特此证明。")
    rows = [*_para_zh(body), [], [(0.55, f"{firm}（盖章）")], [(0.55, f"2026年{rng.randint(1, 12)}月"
                                                                        f"{rng.randint(1, 28)}日")]]
    return Spec("letter-zh", expected, "zh", rows, title=title)


# ---- identity documents -----------------------------------------------------------------------------------------


def id_document(rng: random.Random, layout: int) -> Spec:
    """A passport data page, a driving licence or an identity card, by ``layout``: a few label/value lines."""
    person = rng.choice(PEOPLE_EN)
    surname, given = person.split()[-1].upper(), person.split()[0].upper()
    kinds = [
        ("PASSPORT", [("Type", "P"), ("Surname", surname), ("Given names", given), ("Nationality", "BRITISH CITIZEN"),
                      ("Date of birth", "12 MAR 1988"), ("Date of expiry", "04 JUN 2031")],
         f"P<GBR{surname}<<{given}<<<<<<<<<<<<<<<<<<<"),
        ("DRIVER LICENSE", [("LN", surname), ("FN", given), ("DOB", "07/22/1990"), ("EXP", "07/22/2029"),
                            ("CLASS", "D")], ""),
        ("HONG KONG PERMANENT IDENTITY CARD", [("Name", f"{surname}, {given}"), ("Date of Birth", "03-05-1985"),
                                               ("Date of Issue", "(01-11) 18-06-21")], ""),
        ("NATIONAL IDENTITY CARD", [("Surname", surname), ("Names", given), ("Sex", "F"), ("Nationality", "RSA"),
                                    ("Identity Number", "8803125123087")], ""),
    ]
    title, pairs, mrz = kinds[layout % len(kinds)]
    rows = _pairs(pairs, 1 if layout % 2 else 0)
    if mrz:
        rows += [[], [(0.05, mrz)], [(0.05, "1234567890GBR8803128F3106041<<<<<<<<<<<<<<02")]]
    return Spec("id", "id_document", "en", rows, title=title, font="Courier" if mrz else "Helvetica")


# ---- look-alikes ------------------------------------------------------------------------------------------------


def lookalike(rng: random.Random, layout: int) -> Spec:
    """One of the look-alikes (``layout`` picks the kind): documents that print amounts, dates, names and some of
    our types' words, and are none of them."""
    person = rng.choice(PEOPLE_EN)
    firm = rng.choice(FIRMS)
    kinds = ["trade-invoice", "electricity", "phone", "eob", "p60", "w2", "credit-report", "loan-agreement",
             "collection", "court-claim", "pension", "social-zh", "diagnosis-zh", "rent-receipt", "tax-zh",
             "gst-invoice", "school-fees", "hotel-folio", "remittance", "timesheet", "offer-letter", "lab-report",
             "discharge", "housing-fund-zh", "super-statement"]
    kind = kinds[layout % len(kinds)]
    rows: list[Row] = []
    if kind in ("trade-invoice", "gst-invoice"):
        rows += _pairs([("Invoice No", f"INV-{rng.randint(1000, 9999)}"), ("Date", _date(rng, layout)),
                        ("Bill to", person), ("ABN" if kind == "gst-invoice" else "VAT Reg No", "51 824 753 556")],
                       layout % 4)
        rows.append([(0.08, "Description"), (0.5, "Qty"), (0.6, "Unit price"), (0.78, "Amount")])
        sub = 0.0
        for name in rng.sample(["Copper pipe 15mm", "Pipe fittings", "Labour (hours)", "Boiler service",
                                "Radiator valve", "Call-out charge"], 4):
            q, p = rng.randint(1, 6), round(rng.uniform(4, 90), 2)
            sub += q * p
            rows.append([(0.08, name), (0.5, str(q)), (0.6, f"{p:.2f}"), (0.78, f"{q * p:.2f}")])
        tax = "GST 10%" if kind == "gst-invoice" else "VAT @ 20%"
        rate = 0.1 if kind == "gst-invoice" else 0.2
        rows += [[(0.5, "Subtotal"), (0.78, f"{sub:.2f}")], [(0.5, tax), (0.78, f"{sub * rate:.2f}")],
                 [(0.5, "Total"), (0.78, f"{sub * (1 + rate):.2f}")]]
        return Spec(kind, "other", "en", rows, title="TAX INVOICE" if kind == "gst-invoice" else "INVOICE",
                    letterhead=rng.choice(["Hartley Plumbing & Heating", "Coastline Electrical Supplies"]))
    if kind in ("electricity", "phone"):
        rows += _pairs([("Account number", str(rng.randint(10 ** 7, 10 ** 8))), ("Bill date", _date(rng, 1)),
                        ("Billing period", "12 Feb to 11 Mar 2026")], layout % 4)
        if kind == "electricity":
            rows += [[(0.08, "Usage"), (0.5, "Units"), (0.78, "Amount")],
                     [(0.08, "Peak usage"), (0.5, "412 kWh"), (0.78, "118.20")],
                     [(0.08, "Off-peak usage"), (0.5, "233 kWh"), (0.78, "41.90")],
                     [(0.08, "Supply charge 29 days"), (0.5, ""), (0.78, "31.32")],
                     [(0.08, "Total amount due"), (0.78, "$191.42")]]
            title, head = "Your electricity bill", "Origin Energy"
        else:
            rows += [[(0.08, "Monthly plan 40GB"), (0.78, "35.00")], [(0.08, "International calls"), (0.78, "6.40")],
                     [(0.08, "Data add-on"), (0.78, "10.00")], [(0.08, "Total due"), (0.78, "£51.40")]]
            title, head = "Your mobile bill", "Vodafone"
        return Spec(kind, "other", "en", rows, title=title, letterhead=head)
    if kind == "eob":
        rows += _pairs([("Member", person), ("Member ID", "XGH8812345"), ("Claim number", "2026031400871"),
                        ("Provider", "Lakeview Orthopedics")], layout % 4)
        rows += [[(0.08, "Service"), (0.4, "Billed"), (0.55, "Allowed"), (0.7, "Plan paid"), (0.85, "You owe")],
                 [(0.08, "Office visit"), (0.4, "210.00"), (0.55, "132.00"), (0.7, "105.60"), (0.85, "26.40")],
                 [(0.08, "X-ray"), (0.4, "180.00"), (0.55, "96.00"), (0.7, "76.80"), (0.85, "19.20")]]
        rows += _para("THIS IS NOT A BILL. Your provider may bill you for the amount you owe shown above.")
        return Spec(kind, "other", "en", rows, title="Explanation of Benefits", letterhead="Summit Health Plan")
    if kind == "p60":
        rows += _pairs([("Employee", person), ("National Insurance number", "QQ123456C"),
                        ("Tax year to 5 April", "2026"), ("Pay in this employment", "£31,204.00"),
                        ("Tax deducted", "£3,722.60"), ("Final tax code", "1257L")], layout % 4)
        return Spec(kind, "other", "en", rows, title="P60 End of Year Certificate", letterhead=firm)
    if kind == "w2":
        rows += _pairs([("a Employee's social security number", "XXX-XX-1234"), ("e Employee's name", person),
                        ("1 Wages, tips, other compensation", "48210.55"), ("2 Federal income tax withheld", "5120.00"),
                        ("3 Social security wages", "48210.55"), ("5 Medicare wages and tips", "48210.55")], 1)
        return Spec(kind, "other", "en", rows, title="Form W-2 Wage and Tax Statement 2025", letterhead=firm)
    if kind == "credit-report":
        rows += _pairs([("Name", person), ("Date of birth", "14/02/1987"), ("Report date", _date(rng, 0)),
                        ("Credit score", "612")], layout % 4)
        rows += [[(0.08, "Account"), (0.4, "Opened"), (0.6, "Balance"), (0.8, "Status")],
                 [(0.08, "Barclaycard"), (0.4, "03/2019"), (0.6, "£2,310.00"), (0.8, "Late")],
                 [(0.08, "Loan - Zopa"), (0.4, "11/2022"), (0.6, "£7,800.00"), (0.8, "Up to date")]]
        return Spec(kind, "other", "en", rows, title="Your Credit Report", letterhead="Experian")
    if kind == "loan-agreement":
        rows += _pairs([("Borrower", person), ("Lender", "Fairway Finance Ltd"), ("Amount of credit", "£8,000.00"),
                        ("Total amount payable", "£9,614.40"), ("Monthly repayment", "£267.07"), ("APR", "11.9%")],
                       layout % 4)
        rows += _para("This agreement is regulated by the Consumer Credit Act 1974. Sign it only if you want to be "
                      "legally bound by its terms.")
        return Spec(kind, "other", "en", rows, title="Fixed Sum Loan Agreement", letterhead="Fairway Finance Ltd")
    if kind == "collection":
        rows += [[(0.08, person)], [(0.08, rng.choice(STREETS))], [(0.08, f"Date: {_date(rng, 2)}")], []]
        rows += _para("Re: Outstanding balance of $1,842.17 on account ending 4471. This communication is from a "
                      "debt collector. We have been instructed to collect this debt. Unless you dispute the debt "
                      "within 30 days we will assume it is valid. Please call us to arrange a payment plan.")
        rows += [[(0.08, "Yours sincerely,")], [(0.08, "Collections Department")]]
        return Spec(kind, "other", "en", rows, title="Notice of Debt", letterhead="Apex Recovery Services")
    if kind == "court-claim":
        rows += _pairs([("Claimant", "Fairway Finance Ltd"), ("Defendant", person), ("Amount claimed", "£4,210.00"),
                        ("Court fee", "£205.00"), ("Total amount", "£4,415.00"), ("Issue date", _date(rng, 2))], 1)
        rows += _para("You must respond to this claim within 14 days of service. If you do not, judgment may be "
                      "entered against you.")
        return Spec(kind, "other", "en", rows, title="Claim Form", letterhead="County Court Business Centre")
    if kind == "pension":
        rows += _pairs([("Member", person), ("Statement date", _date(rng, 0)), ("Normal retirement date", "2052"),
                        ("Value of your pension pot", "£42,118.30"), ("Contributions this year", "£3,240.00"),
                        ("Projected annual income", "£6,400.00")], layout % 4)
        return Spec(kind, "other", "en", rows, title="Annual Pension Statement", letterhead="Aviva")
    if kind == "social-zh":
        rows += [[(0.08, f"姓名：{rng.choice(PEOPLE_ZH)}   个人编号：330100198801011234")],
                 [(0.08, "缴费年月"), (0.3, "缴费基数"), (0.5, "单位缴纳"), (0.7, "个人缴纳")]]
        for m in range(1, 7):
            rows.append([(0.08, f"2026-{m:02d}"), (0.3, "6800.00"), (0.5, "1088.00"), (0.7, "544.00")])
        return Spec(kind, "other", "zh", rows, title="社会保险个人权益记录（缴费明细）", letterhead="杭州市社会保险事业管理中心")
    if kind == "diagnosis-zh":
        rows += [[(0.08, f"姓名：{rng.choice(PEOPLE_ZH)}  性别：男  年龄：46岁  门诊号：2026031288")],
                 [(0.08, "诊断：腰椎间盘突出症")], *_para_zh("建议：卧床休息两周，避免重体力劳动，门诊随诊。"),
                 [(0.55, "医师签名：李明")], [(0.55, "2026年3月12日")]]
        return Spec(kind, "other", "zh", rows, title="诊断证明书", letterhead="上海市第六人民医院")
    if kind == "rent-receipt":
        rows += _pairs([("Received from", person), ("Property", rng.choice(STREETS)), ("Rent for", "March 2026"),
                        ("Amount", "$1,450.00"), ("Date", _date(rng, 0))], layout % 4)
        return Spec(kind, "other", "en", rows, title="Rent Receipt", letterhead="Harcourts Property Management")
    if kind == "lab-report":
        rows += _pairs([("Patient", person), ("Age/Sex", "46/F"), ("Collected", _date(rng, layout)),
                        ("Referred by", "Dr. K. Menon")], layout % 4)
        rows.append([(0.08, "Test"), (0.45, "Result"), (0.6, "Units"), (0.75, "Reference range")])
        for test, val, unit, ref in [("Haemoglobin", "12.8", "g/dL", "12.0-15.5"), ("Total cholesterol", "5.62",
                                     "mmol/L", "3.10-5.20"), ("Total bilirubin", "0.84", "mg/dL", "0.10-1.20"),
                                     ("Creatinine", "71.00", "umol/L", "45.00-90.00"), ("HbA1c", "6.10", "%",
                                                                                         "4.00-5.60")]:
            rows.append([(0.08, test), (0.45, val), (0.6, unit), (0.75, ref)])
        rows += _para("Results to be interpreted by the referring clinician. End of report.")
        return Spec(kind, "other", "en", rows, title="Laboratory Report",
                    letterhead=rng.choice(["Apollo Diagnostics Pathology", "Riverside Hospital Laboratory"]))
    if kind == "discharge":
        rows += _pairs([("Patient name", person), ("Hospital No", "H-882913"), ("Admission date", "02/02/2026"),
                        ("Discharge date", "09/02/2026")], layout % 4)
        rows += _para("Diagnosis: community acquired pneumonia. Treatment: IV antibiotics for 5 days then oral "
                      "amoxicillin 500 mg three times daily for 7 days. Total length of stay 7 days. Follow up with "
                      "your GP in 2 weeks. Medication on discharge: paracetamol 1 g as needed.")
        return Spec(kind, "other", "en", rows, title="Discharge Summary",
                    letterhead=rng.choice(["St Vincent's Hospital", "Wellington Regional Hospital"]))
    if kind == "housing-fund-zh":
        rows += [[(0.08, f"职工姓名：{rng.choice(PEOPLE_ZH)}   个人账号：0012883{rng.randint(100, 999)}")],
                 [(0.08, "日期"), (0.25, "业务摘要"), (0.45, "发生额"), (0.65, "余额")]]
        bal = round(rng.uniform(10000, 40000), 2)
        for m in range(1, 8):
            bal = round(bal + 1632.0, 2)
            rows.append([(0.08, f"2026-{m:02d}-15"), (0.25, "汇缴"), (0.45, "1,632.00"), (0.65, f"{bal:,.2f}")])
        return Spec(kind, "other", "zh", rows, title="住房公积金个人明细账", letterhead="南京住房公积金管理中心")
    if kind == "super-statement":
        rows += _pairs([("Member", person), ("Member number", "40021877"), ("Period", "1 July 2025 to 30 June 2026")],
                       layout % 4)
        rows.append([(0.08, "Date"), (0.22, "Transaction"), (0.6, "Amount"), (0.8, "Balance")])
        bal = round(rng.uniform(20000, 90000), 2)
        for m, what in enumerate(["Employer contribution", "Insurance premium", "Employer contribution",
                                  "Administration fee", "Investment earnings", "Employer contribution"]):
            amt = {"Employer contribution": 912.4, "Insurance premium": -38.2, "Administration fee": -6.5,
                   "Investment earnings": 1421.77}[what]
            bal = round(bal + amt, 2)
            rows.append([(0.08, f"{m + 1:02d}/0{m + 1}/2026"), (0.22, what), (0.6, f"{amt:,.2f}"),
                         (0.8, f"{bal:,.2f}")])
        rows += _para("Your preservation age is 60. Your super is invested in the Balanced option.")
        return Spec(kind, "other", "en", rows, title="Annual Member Statement",
                    letterhead=rng.choice(["AustralianSuper", "Fisher Funds KiwiSaver Scheme"]))
    if kind == "school-fees":
        rows += _pairs([("Student", person), ("Class", "Year 9"), ("Invoice date", _date(rng, layout)),
                        ("Family code", "F-2291")], layout % 4)
        rows.append([(0.08, "Description"), (0.78, "Amount")])
        fees = [("Tuition fee Term 2", 3450.0), ("Excursion - Science centre", 45.0), ("Uniform levy", 120.0),
                ("Building fund", 150.0)]
        rows += [[(0.08, k), (0.78, _money(v))] for k, v in fees]
        rows.append([(0.5, "Total due"), (0.78, _money(sum(v for _, v in fees), "$"))])
        return Spec(kind, "other", "en", rows, title="Fee Statement", letterhead="St Columba's College")
    if kind == "hotel-folio":
        rows += _pairs([("Guest", person), ("Room", "412"), ("Arrival", "03/03/2026"), ("Departure", "06/03/2026")],
                       layout % 4)
        rows.append([(0.08, "Date"), (0.22, "Description"), (0.55, "Charges"), (0.7, "Credits"), (0.85, "Balance")])
        bal = 0.0
        for day, (what, v) in enumerate([("Room charge", 189.0), ("Restaurant", 62.4), ("Room charge", 189.0),
                                         ("Minibar", 14.5), ("Room charge", 189.0)]):
            bal += v
            rows.append([(0.08, f"0{3 + day // 2}/03/2026"), (0.22, what), (0.55, f"{v:.2f}"), (0.85, f"{bal:.2f}")])
        rows.append([(0.08, "06/03/2026"), (0.22, "Visa payment"), (0.7, f"{bal:.2f}"), (0.85, "0.00")])
        return Spec(kind, "other", "en", rows, title="Guest Folio", letterhead="Harbour Lights Hotel")
    if kind == "remittance":
        rows += _pairs([("Supplier", firm), ("Payment date", _date(rng, 0)), ("Payment reference", "BACS 88213")],
                       layout % 4)
        rows.append([(0.08, "Invoice"), (0.3, "Invoice date"), (0.6, "Amount paid")])
        paid = [round(rng.uniform(100, 3000), 2) for _ in range(3)]
        rows += [[(0.08, f"INV-{4400 + i}"), (0.3, _date(rng, 0)), (0.6, _money(v))] for i, v in enumerate(paid)]
        rows.append([(0.3, "Total paid"), (0.6, _money(sum(paid), "£"))])
        return Spec(kind, "other", "en", rows, title="Remittance Advice", letterhead="Greenfield Builders Merchants")
    if kind == "timesheet":
        rows += _pairs([("Contractor", person), ("Week ending", _date(rng, 0)), ("Client", firm)], layout % 4)
        rows.append([(0.08, "Day"), (0.3, "Hours"), (0.5, "Rate"), (0.7, "Amount")])
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]:
            h = rng.choice([7, 7.5, 8])
            rows.append([(0.08, day), (0.3, f"{h}"), (0.5, "32.50"), (0.7, f"{h * 32.5:.2f}")])
        rows += _para("Hours approved by the site manager. Submit by Monday noon for processing.")
        return Spec(kind, "other", "en", rows, title="Weekly Timesheet", letterhead="Pinnacle Recruitment")
    if kind == "offer-letter":
        rows += [[(0.08, person)], [(0.08, rng.choice(STREETS))], [], [(0.08, f"Dear {person.split()[0]},")]]
        rows += _para(f"We are pleased to offer you the position of {rng.choice(ROLES)} at {firm}, starting on "
                      f"{_date(rng, 1)}. Your starting salary will be $58,000 per annum. This offer is subject to "
                      "satisfactory references. Please sign and return a copy to accept.")
        rows += [[(0.08, "Yours sincerely,")], [(0.08, rng.choice(PEOPLE_EN))], [(0.08, "Talent Acquisition")]]
        return Spec(kind, "other", "en", rows, title="Offer of Employment", letterhead=firm)
    rows += [[(0.08, f"纳税人姓名：{rng.choice(PEOPLE_ZH)}")], [(0.08, "所得项目"), (0.3, "所得期间"), (0.55, "收入额"),
                                                               (0.75, "已申报税额")]]
    for m in range(1, 7):
        rows.append([(0.08, "工资薪金"), (0.3, f"2025-{m:02d}"), (0.55, "9200.00"), (0.75, "126.00")])
    return Spec(kind, "other", "zh", rows, title="个人所得税纳税记录（收入纳税明细）", letterhead="国家税务总局")


MAKERS = {"payslip": payslip, "payslip-zh": payslip_zh, "bank": bank_statement, "bank-zh": bank_statement_zh,
          "medical": medical_bill, "medical-zh": medical_bill_zh, "unemployment": unemployment_proof,
          "income": income_proof, "letter-zh": letter_zh, "id": id_document, "lookalike": lookalike}
LAYOUTS = {"payslip": 10, "payslip-zh": 4, "bank": 9, "bank-zh": 2, "medical": 10, "medical-zh": 2,
           "unemployment": 10, "income": 10, "letter-zh": 4, "id": 4, "lookalike": 25}


def untitled(spec: Spec, kind: str) -> Spec:
    """The same document without its title (many issuers print only their name over the figures)."""
    return Spec(kind, spec.expected, spec.lang, spec.rows, title="", letterhead=spec.letterhead, font=spec.font,
                size=spec.size)


def specs(seed: int = 7) -> list[Spec]:
    """Every layout of every kind, drawn with ``seed``, plus a blank payslip template and untitled payslips, bills
    and statements (one per country: the title is often missing or says only "Invoice")."""
    out = []
    for kind, n in LAYOUTS.items():
        for layout in range(n):
            out.append(MAKERS[kind](random.Random(seed * 1000 + layout + sum(map(ord, kind))), layout))
    out.append(payslip(random.Random(seed), 2, blank=True))
    out[-1].kind = "payslip-blank"
    for layout in range(LAYOUTS["payslip"]):
        out.append(untitled(payslip(random.Random(seed + 50 + layout), layout), "payslip-untitled"))
    for layout in range(LAYOUTS["payslip"]):
        out.append(payslip(random.Random(seed + 60 + layout), layout, plain=True))
        out[-1].kind = "payslip-plain"
    for layout in range(4):  # a hospital's own staff: payslips and income letters headed by the hospital's name
        slip = payslip(random.Random(seed + 70 + layout), layout * 3)
        slip.letterhead, slip.kind = MED_STYLES[layout][1], "payslip-hospital"
        out.append(slip)
        letter = income_proof(random.Random(seed + 75 + layout), layout)
        letter.letterhead, letter.kind = MED_STYLES[layout + 4][1], "income-hospital"
        out.append(letter)
    for layout in range(LAYOUTS["medical"]):
        out.append(untitled(medical_bill(random.Random(seed + 80 + layout), layout), "medical-untitled"))
    for layout in range(LAYOUTS["bank"]):
        out.append(untitled(bank_statement(random.Random(seed + 90 + layout), layout), "bank-untitled"))
    return out


# ---- drawing ----------------------------------------------------------------------------------------------------


def draw_pdf(spec: Spec, path: Path) -> Path:
    """The spec as a born-digital A4 PDF: letterhead at 16 points, title at 14, rows at ``spec.size`` 1.6 lines
    apart."""
    from fixtures_reading import _canvas, pdf_font

    font = pdf_font(True) if spec.lang == "zh" else spec.font
    bold = font if spec.lang == "zh" else "Helvetica-Bold"
    c = _canvas(path, A4)
    w, h = A4
    y = h - 60
    if spec.letterhead:
        c.setFont(bold, 16)
        c.drawString(0.08 * w, y, spec.letterhead)
        y -= 30
    if spec.title:
        c.setFont(bold, 14)
        if spec.title_at == "centre":
            c.drawCentredString(w / 2, y, spec.title)
        else:
            c.drawString(0.08 * w, y, spec.title)
        y -= 28
    c.setFont(font, spec.size)
    for row in spec.rows:
        for x, text in row:
            if text:
                c.drawString(x * w, y, text)
        y -= spec.size * 1.6
        if y < 40:
            c.showPage()
            c.setFont(font, spec.size)
            y = h - 60
    c.showPage()
    c.save()
    return path


def draw_photo(spec: Spec, path: Path, seed: int = 0) -> Path:
    """The spec as a phone photo: drawn at about 150 dpi on off-white paper, on a darker background, tilted a
    degree or two, unevenly lit, slightly blurred, saved as JPEG."""
    rng = random.Random(seed)
    W, H = 1240, 1754
    cjk = spec.lang == "zh"
    face = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc" if cjk else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = face if cjk else "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    body = ImageFont.truetype(face, int(spec.size * 2.3))
    page = Image.new("L", (W, H), 238)
    d = ImageDraw.Draw(page)
    y = 90
    if spec.letterhead:
        d.text((int(0.08 * W), y), spec.letterhead, font=ImageFont.truetype(bold, 38), fill=25)
        y += 70
    if spec.title:
        f = ImageFont.truetype(bold, 32)
        x = (W - d.textlength(spec.title, font=f)) / 2 if spec.title_at == "centre" else 0.08 * W
        d.text((int(x), y), spec.title, font=f, fill=25)
        y += 64
    step = int(spec.size * 2.3 * 1.7)
    for row in spec.rows:
        for x, text in row:
            if text:
                d.text((int(x * W), y), text, font=body, fill=30)
        y += step
    # light falling off towards one corner, a tilt, a background, blur
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 6)
    page = Image.composite(page, Image.new("L", (W, H), 200), shade)
    page = page.rotate(rng.uniform(-2.0, 2.0), expand=True, fillcolor=90, resample=Image.BICUBIC)
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    page.convert("RGB").save(path, "JPEG", quality=80)
    return path
