"""A third generator of payslips (issue 10, eleventh round), for all five fields a payslip must give (employer,
employee, period, gross_pay, net_pay), written apart from the extractor in the layouts where the fields are still
missed, mostly photographed:

- a labour-hire / dispatch slip: the agency that pays is the employer, the client or site where the work is done is
  printed beside it (UK/AU/NZ "Agency"/"Hirer", IE/ZA "Employer"/"Client", 派遣单位/用人单位 beside 用工单位);
- an Indian/Malaysian/Filipino grid of label value label value cells, the employer only as the heading, the month
  only in a sentence ("Salary slip for the month of …"), a side-by-side Earnings | Deductions table with a zero row,
  and the net under a long label whose figure sits two cells away;
- a UK/IE/AU/NZ/CA slip whose period is only its pay date and whose net is "credited" to an account printed between
  the label and the figure;
- a Chinese strip (工资条): one row of column heads over one row of values, the employer and month in the title;
- an English strip (US/CA/KE): heads over values, currency marks on the figures (KSh, $, R, ₱, RM);
- a Hong Kong/Singapore/Kenyan slip in two panels side by side (Earnings | Deductions), totals at the foot of each,
  the employee after "Name" in a two-column grid and the employer as a logo line with a tagline under it.

The label wording was written from how payroll bureaux, agencies and employers in the UK, US, CA, AU, NZ, IE, IN,
SG, MY, PH, ZA, KE, HK and mainland China print slips — not copied from ``checklists/*.toml`` nor from any corpus
document. Pages are drawn with :mod:`photo_forms`; figures come from a seeded ``random.Random`` and net = gross −
deductions. Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from figgen import Fig, amt, m
from paygen2 import fold
from paygen2 import same as paygen2_same
from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

AGENCIES = ["Pinnacle Workforce Solutions Ltd", "Southern Cross Labour Hire Pty Ltd", "Kiwi Temp Staffing Ltd",
            "Emerald Recruitment Ltd", "Ubuntu Staffing (Pty) Ltd", "Maple Leaf Staffing Inc."]
CLIENTS = ["Riverside Cold Storage Ltd", "Harbour Point Construction", "Greenfield Poultry Farms",
           "Metro Rail Depot - Site B", "Northgate Distribution Centre", "St Brigid's Nursing Home"]
DISPATCH_ZH = ["上海东方劳务派遣有限公司", "广州穗才人力资源服务有限公司", "重庆渝才劳务派遣有限公司", "天津津联人力资源有限公司"]
HOSTS_ZH = ["上海浦江汽车零部件有限公司", "广州白云机场物流有限公司", "重庆长江物业管理有限公司", "天津滨海港务集团"]
EMP_IN = ["Nilgiri Tea Estates Pvt Ltd", "Malabar Spices Exports Ltd", "Penang Electronics Assembly Sdn Bhd",
          "Visayas Call Centre Solutions Inc.", "Chennai Auto Components Pvt. Ltd."]
EMP_EN = ["Thistle & Rose Care Services Ltd", "Blue Mountains Veterinary Clinic", "Lakehead Lumber Co.",
          "Canterbury Plains Dairy Ltd", "Connemara Crafts Ltd", "Rideau Office Supplies Ltd"]
EMP_HK = ["Victoria Peak Catering Ltd", "Jurong Marine Services Pte Ltd", "Rift Valley Flowers Ltd",
          "Tsim Sha Tsui Optical Co. Ltd"]
EMP_ZH = ["佛山市顺德区美的达电器有限公司", "昆明滇池旅游服务有限公司", "合肥庐阳食品有限公司", "厦门鹭岛纺织有限公司"]
NAMES_EN = ["Tendai Moyo", "Ciara Fitzgerald", "Jaspreet Kaur Gill", "Manaia Tuilagi", "Owen Llewellyn",
            "Nadia Petrovic", "Kofi Mensah", "Rosa Villanueva", "Aiden MacLeod", "Farah Siddiqui"]
NAMES_IN = ["Suresh Babu K", "Anitha Ramesh", "Mohd Hafiz bin Ismail", "Maricel B. Aquino", "Venkata Lakshmi P",
            "Deepak Chandra Rao"]
NAMES_ZH = ["郭海涛", "何丽萍", "罗文斌", "梁秀珍", "宋建军", "谢婷婷"]

EARN_EN = ["Basic", "Basic Wage", "Ordinary Hours", "Overtime @ 1.5", "Night Allowance", "Travel Allowance",
           "Dearness Allowance", "HRA", "Site Allowance", "Public Holiday Pay"]
DED_EN = ["Tax", "PAYE", "PF", "Employee PF", "ESIC", "Prof. Tax", "SSS", "PhilHealth", "Pag-IBIG", "EPF", "SOCSO",
          "NHIF", "NSSF", "UIF", "MPF", "Super (salary sacrifice)", "USC", "PRSI", "CPP", "EI"]
EARN_ZH = ["基本工资", "岗位工资", "加班工资", "绩效工资", "高温补贴", "夜班津贴", "全勤奖"]
DED_ZH = ["养老保险", "医疗保险", "失业保险", "住房公积金", "个人所得税", "水电费", "管理费"]


def _split(rng: random.Random, items: list[str], deds: list[str], n_earn: int = 3, n_ded: int = 3,
           zero: bool = False, low: int = 1800, high: int = 7000):
    earn = [(n, amt(rng, 90, 1500)) for n in rng.sample(items, n_earn)]
    earn[0] = (earn[0][0], amt(rng, low, high))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, (gross * D(rng.randint(2, 9)) / 100).quantize(C)) for n in rng.sample(deds, n_ded)]
    if zero:
        ded[-1] = (ded[-1][0], D("0.00"))
    dsum = sum((v for _, v in ded), D(0))
    return earn, gross, ded, dsum, gross - dsum


def _truth(s: Sheet, employer: str, employee: str, period: str, gross: Decimal, net: Decimal) -> None:
    s.truth = {"employer": employer, "employee": employee, "period": period, "gross_pay": f"{gross:.2f}",
               "net_pay": f"{net:.2f}"}


def dispatch_en(rng: random.Random) -> Fig:
    """Labour hire: the agency pays (the employer), the client or site is printed beside it."""
    s = Sheet("dispatch_en", "en")
    agency, client, name = rng.choice(AGENCIES), rng.choice(CLIENTS), rng.choice(NAMES_EN)
    yr, mo, day = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(8, 28)
    s.text(24, 34, rng.choice(["Temporary Worker Payslip", "Weekly Pay Advice", "Contractor Payslip"]), 10,
           "sans-bold")
    s.text(396, 34, f"Week {rng.randint(1, 52)}", 8, align="right")
    client_first = rng.random() < 0.5
    lab_emp = rng.choice(["Employer", "Employing agency", "Agency", "Employer (agency)"])
    lab_cli = rng.choice(["Client", "Hirer", "Site", "Assignment", "Placed with", "End client"])
    rows = [(lab_cli, client), (lab_emp, agency)] if client_first else [(lab_emp, agency), (lab_cli, client)]
    y = 58
    for (k, v), x in zip(rows, (24, 222), strict=True):
        s.text(x, y, f"{k}:", 7.5, "sans-bold")
        s.text(x, y + 11, v, 8)
    y += 30
    s.text(24, y, f"{rng.choice(['Worker', 'Temp name', 'Employee', 'Contractor'])}: {name}", 8)
    s.text(222, y, f"{rng.choice(['Week ending', 'Period ending', 'W/E'])}: {day:02d}/{mo:02d}/{yr}", 8)
    y += 12
    s.text(24, y, f"Worker ID: T{rng.randint(10000, 99999)}", 8)
    s.text(222, y, f"Tax code: {rng.choice(['1257L', 'M', 'ND', 'S'])}", 8)
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, 2, 2, low=500, high=1400)
    y += 24
    s.text(24, y, "Description", 8, "sans-bold")
    s.text(260, y, "Hours", 8, "sans-bold", "right")
    s.text(320, y, "Rate", 8, "sans-bold", "right")
    s.text(396, y, "Amount", 8, "sans-bold", "right")
    for n, v in earn:
        y += 13
        h = rng.randint(8, 40)
        s.text(24, y, n, 8)
        s.text(260, y, f"{h}.00", 8, align="right")
        s.text(320, y, f"{v / h:.2f}", 8, align="right")
        s.text(396, y, m(v), 8, align="right")
    y += 16
    s.hline(24, 396, y - 10)
    s.text(24, y, rng.choice(["Gross", "Total gross", "Gross for week"]), 8, "sans-bold")
    s.text(396, y, m(gross), 8, "sans-bold", "right")
    for n, v in ded:
        y += 13
        s.text(24, y, n, 8)
        s.text(396, y, m(v), 8, align="right")
    y += 20
    s.text(24, y, rng.choice(["Net pay", "Net paid by BACS", "Net to bank"]), 9, "sans-bold")
    s.text(396, y, m(net), 9, "sans-bold", "right")
    _truth(s, agency, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def dispatch_zh(rng: random.Random) -> Fig:
    """劳务派遣工资单：派遣单位（或用人单位）发薪，用工单位印在旁边。"""
    s = Sheet("dispatch_zh", "zh")
    agency, host, name = rng.choice(DISPATCH_ZH), rng.choice(HOSTS_ZH), rng.choice(NAMES_ZH)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(210, 34, rng.choice(["派遣员工工资单", "劳务派遣人员工资条", "派遣人员薪资明细"]), 11, "cjk", "centre")
    lab_a = rng.choice(["派遣单位", "用人单位", "劳务派遣单位"])
    lab_h = rng.choice(["用工单位", "实际用工单位", "工作地点"])
    pair = [(lab_h, host), (lab_a, agency)] if rng.random() < 0.5 else [(lab_a, agency), (lab_h, host)]
    y = 60
    for k, v in pair:
        s.text(24, y, f"{k}：{v}", 8.5, "cjk")
        y += 14
    s.text(24, y, f"姓名：{name}", 8.5, "cjk")
    s.text(220, y, f"{rng.choice(['工资月份', '所属月份', '结算月份'])}：{yr}年{mo}月", 8.5, "cjk")
    earn, gross, ded, dsum, net = _split(rng, EARN_ZH, DED_ZH, 3, 3, low=2800, high=6500)
    y += 24
    for n, v in earn:
        s.text(24, y, n, 8.5, "cjk")
        s.text(200, y, f"{v:,.2f}", 8.5, "cjk", "right")
        y += 14
    s.text(24, y, rng.choice(["应发合计", "应发工资"]), 8.5, "cjk")
    s.text(200, y, f"{gross:,.2f}", 8.5, "cjk", "right")
    y0 = y - 14 * len(earn)
    for n, v in ded:
        s.text(222, y0, n, 8.5, "cjk")
        s.text(396, y0, f"{v:,.2f}", 8.5, "cjk", "right")
        y0 += 14
    s.text(222, y0, "扣款合计", 8.5, "cjk")
    s.text(396, y0, f"{dsum:,.2f}", 8.5, "cjk", "right")
    y = max(y, y0) + 24
    s.text(24, y, f"{rng.choice(['实发工资', '实发金额', '实领工资'])}：{net:,.2f}元", 10, "cjk")
    _truth(s, agency, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def grid4(rng: random.Random) -> Fig:
    """IN/MY/PH: the employer as the heading only; label value label value cells; the month in a sentence; Earnings |
    Deductions side by side with a zero row; the net's figure two cells away from its long label."""
    s = Sheet("grid4", "en")
    emp, name = rng.choice(EMP_IN), rng.choice(NAMES_IN)
    yr, mo = rng.choice([2024, 2025, 2026]), rng.randint(1, 12)
    cur = rng.choice(["₹", "RM ", "₱", ""])
    s.text(210, 32, emp.upper() if rng.random() < 0.5 else emp, 11, "sans-bold", "centre")
    s.text(210, 44, rng.choice(["Plot 14, Industrial Estate, Phase II", "Lot 7, Jalan Perusahaan 3",
                                "Unit 5B, IT Park Tower"]), 7, align="centre")
    s.text(210, 60, rng.choice([f"Salary Slip for the month of {MONTHS[mo - 1]} {yr}",
                                f"Payslip for the month of {MONTHS[mo - 1]}, {yr}",
                                f"Pay Slip - {MONTHS[mo - 1][:3]} {yr}"]), 9, "sans-bold", "centre")
    cells = [(rng.choice(["Name", "Emp Name", "Employee Name"]), name),
             ("Emp Code", f"E{rng.randint(1000, 9999)}"),
             ("Designation", rng.choice(["Machine Operator", "Team Leader", "Accounts Assistant"])),
             (rng.choice(["Bank A/c No", "Bank Account"]), f"{rng.randint(10**10, 10**11 - 1)}"),
             ("Department", rng.choice(["Production", "Finance", "Quality"])),
             (rng.choice(["Days Paid", "Paid Days", "LOP Days"]), str(rng.randint(0, 31)))]
    y = 74
    for i in range(0, len(cells), 2):
        for (k, v), x in zip(cells[i:i + 2], (24, 210), strict=True):
            s.rect(x, y, x + 80, y + 15)
            s.rect(x + 80, y, x + 186, y + 15)
            s.text(x + 3, y + 11, k, 7.5, "sans-bold")
            s.text(x + 83, y + 11, v, 7.5)
        y += 15
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, 3, 3, zero=True, low=9000, high=60000)
    y += 14
    heads = ("Earnings", "Amount", "Deductions", "Amount")
    xs = (24, 130, 210, 316)
    rows = [heads] + [(e[0], m(e[1], cur), d[0], m(d[1], cur)) for e, d in zip(earn, ded, strict=True)]
    rows.append((rng.choice(["Gross Earnings", "Total Earnings", "Gross Salary"]), m(gross, cur),
                 rng.choice(["Total Deductions", "Total Deduction"]), m(dsum, cur)))
    for r, row in enumerate(rows):
        for i, (t, x) in enumerate(zip(row, xs, strict=True)):
            s.rect(x, y, x + (106 if i % 2 == 0 else 80), y + 15, fill=225 if r == 0 else None)
            bold = "sans-bold" if r in (0, len(rows) - 1) else "sans"
            if i % 2:
                s.text(x + 77, y + 11, t, 7.5, bold, "right")
            else:
                s.text(x + 3, y + 11, t, 7.5, bold)
        y += 15
    s.rect(24, y, 396, y + 17)
    s.text(28, y + 12, rng.choice(["Net Salary Payable", "Amount Credited", "Take Home", "Net Pay (A-B)"]), 8.5,
           "sans-bold")
    s.text(392, y + 12, m(net, cur), 8.5, "sans-bold", "right")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def pay_date_only(rng: random.Random) -> Fig:
    """UK/IE/AU/NZ/CA: the period only as the pay date; the net 'credited' to an account printed between the label
    and its figure."""
    s = Sheet("pay_date_only", "en")
    emp, name = rng.choice(EMP_EN), rng.choice(NAMES_EN)
    yr, mo, day = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    s.text(24, 34, emp, 12, "serif-bold")
    s.text(24, 46, rng.choice(["Payroll Department", "People & Culture", "Human Resources"]), 7, "serif")
    s.text(396, 34, rng.choice(["PAYSLIP", "Pay Advice"]), 10, "sans-bold", "right")
    lab_date = rng.choice(["Pay date", "Date paid", "Payment date", "Paid on"])
    when = rng.choice([f"{day:02d}/{mo:02d}/{yr}", f"{day} {MONTHS[mo - 1]} {yr}", f"{day} {MONTHS[mo - 1][:3]} {yr}"])
    y = 70
    s.text(24, y, rng.choice(["Name", "Employee", "Employee name"]), 7.5, "sans-bold")
    s.text(24, y + 11, name, 8.5)
    s.text(170, y, lab_date, 7.5, "sans-bold")
    s.text(170, y + 11, when, 8.5)
    s.text(300, y, rng.choice(["Employee no.", "Payroll no.", "Staff ID"]), 7.5, "sans-bold")
    s.text(300, y + 11, str(rng.randint(1000, 99999)), 8.5)
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, 3, 3)
    y += 38
    s.text(24, y, "Payments", 8, "sans-bold")
    s.text(396, y, "This period", 8, "sans-bold", "right")
    for n, v in earn:
        y += 13
        s.text(30, y, n, 8)
        s.text(396, y, m(v), 8, align="right")
    y += 14
    s.text(24, y, rng.choice(["Total payments", "Gross pay", "Total gross"]), 8, "sans-bold")
    s.text(396, y, m(gross), 8, "sans-bold", "right")
    y += 20
    s.text(24, y, "Deductions", 8, "sans-bold")
    for n, v in ded:
        y += 13
        s.text(30, y, n, 8)
        s.text(396, y, m(v), 8, align="right")
    y += 14
    s.text(24, y, rng.choice(["Total deductions", "Deductions total"]), 8, "sans-bold")
    s.text(396, y, m(dsum), 8, "sans-bold", "right")
    y += 24
    acct = rng.choice([f"Acc ****{rng.randint(1000, 9999)}", f"BSB 06{rng.randint(1000, 9999)} ****{rng.randint(100, 999)}",
                       f"Sort code 20-{rng.randint(10, 99)}-{rng.randint(10, 99)}"])
    s.text(24, y, rng.choice(["Amount credited", "Net pay credited", "Paid to bank"]), 9, "sans-bold")
    s.text(200, y, acct, 8)
    s.text(396, y, m(net), 9, "sans-bold", "right")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def strip_zh(rng: random.Random) -> Fig:
    """工资条：一行表头、一行数字；单位和月份只在标题里。"""
    s = Sheet("strip_zh", "zh")
    emp, name = rng.choice(EMP_ZH), rng.choice(NAMES_ZH)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(24, 40, rng.choice([f"{emp}{yr}年{mo}月工资条", f"{emp} {yr}年{mo:02d}月份工资表"]), 10, "cjk")
    earn, gross, ded, dsum, net = _split(rng, EARN_ZH, DED_ZH, 3, 3, zero=rng.random() < 0.5, low=2600, high=7000)
    heads = ["序号", "姓名"] + [n for n, _ in earn] + [rng.choice(["应发合计", "应发工资"])] + [n for n, _ in ded] \
        + ["扣款合计", rng.choice(["实发工资", "实发金额"])]
    vals = [str(rng.randint(1, 60)), name] + [f"{v:.2f}" for _, v in earn] + [f"{gross:.2f}"] \
        + [f"{v:.2f}" for _, v in ded] + [f"{dsum:.2f}", f"{net:.2f}"]
    w = 372 / len(heads)
    y = 60
    for r, row in enumerate((heads, vals)):
        for i, t in enumerate(row):
            x = 24 + i * w
            s.rect(x, y, x + w, y + 20, fill=230 if r == 0 else None)
            s.text(x + w / 2, y + 13, t, 5.6 if r == 0 else 5.8, "cjk", "centre")
        y += 20
    s.text(24, y + 18, "注：如有疑问请于发放后三日内联系财务部。", 7, "cjk")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def strip_en(rng: random.Random) -> Fig:
    """US/CA/KE: heads over values in one row, a currency mark on every figure, the employer over its address."""
    s = Sheet("strip_en", "en")
    emp, name = rng.choice(EMP_HK + EMP_EN), rng.choice(NAMES_EN)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 11)
    cur = rng.choice(["$", "KSh ", "R ", "S$", "HK$"])
    s.text(24, 34, emp, 11, "sans-bold")
    s.text(24, 46, rng.choice(["1200 Commerce Way, Suite 4", "P.O. Box 4410-00100", "88 Harbour Road"]), 7)
    s.text(396, 34, rng.choice(["Earnings Statement", "Pay Statement", "Payslip"]), 10, "sans-bold", "right")
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, 2, 3)
    start, end = 1, 15 if rng.random() < 0.5 else 28
    per = f"{mo:02d}/{start:02d}/{yr} - {mo:02d}/{end:02d}/{yr}" if cur == "$" else \
        f"{start:02d}/{mo:02d}/{yr} - {end:02d}/{mo:02d}/{yr}"
    heads = [rng.choice(["Employee", "Employee Name", "Name"]), "Pay Period", rng.choice(["Gross Pay", "Total Gross"]),
             rng.choice(["Deductions", "Total Deductions"]), rng.choice(["Net Pay", "Net Amount", "Take Home Pay"])]
    vals = [name, per, m(gross, cur), m(dsum, cur), m(net, cur)]
    xs = [24, 120, 214, 274, 336, 396]
    y = 70
    for r, row in enumerate((heads, vals)):
        for i, t in enumerate(row):
            s.rect(xs[i], y, xs[i + 1], y + 18, fill=225 if r == 0 else None)
            if i >= 2:
                s.text(xs[i + 1] - 3, y + 12, t, 6.5 if r == 0 else 7, "sans-bold" if r == 0 else "sans", "right")
            else:
                s.text(xs[i] + 3, y + 12, t, 6.5 if r == 0 else 7, "sans-bold" if r == 0 else "sans")
        y += 18
    y += 22
    s.text(24, y, "Earnings", 8, "sans-bold")
    s.text(210, y, "Deductions", 8, "sans-bold")
    for i in range(max(len(earn), len(ded))):
        y += 12
        if i < len(earn):
            s.text(24, y, earn[i][0], 7.5)
            s.text(190, y, m(earn[i][1], cur), 7.5, align="right")
        if i < len(ded):
            s.text(210, y, ded[i][0], 7.5)
            s.text(396, y, m(ded[i][1], cur), 7.5, align="right")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def panels(rng: random.Random) -> Fig:
    """HK/SG/KE: the employer as a logo line with a tagline, the employee after 'Name' in a two-column grid, Earnings
    and Deductions as two panels with their totals at the foot, the net in a box at the bottom right."""
    s = Sheet("panels", "en")
    emp, name = rng.choice(EMP_HK), rng.choice(NAMES_EN + NAMES_IN)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.rect(24, 22, 44, 42, fill=120)
    s.text(50, 36, emp, 12, "sans-bold")
    s.text(50, 48, rng.choice(["Serving the community since 1987", "Quality you can trust",
                               "A member of the Harbour Group"]), 6.5, "serif")
    s.text(396, 60, rng.choice(["PAY SLIP", "SALARY SLIP"]), 10, "sans-bold", "right")
    grid = [(rng.choice(["Name", "Name:", "Staff Name"]), name),
            (rng.choice(["Month", "Pay Month", "Salary Month"]), f"{MONTHS[mo - 1][:3]}-{yr}"),
            ("Staff No.", str(rng.randint(100, 9999))),
            ("Position", rng.choice(["Cook", "Driver", "Clerk", "Technician"]))]
    y = 76
    for i in range(0, 4, 2):
        for (k, v), x in zip(grid[i:i + 2], (24, 214), strict=True):
            s.text(x, y, k, 7.5, "sans-bold")
            s.text(x + 62, y, v, 8)
        y += 13
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, 3, 2)
    y += 12
    top = y
    for x0, title, items, total_lab, total in ((24, "EARNINGS", earn, rng.choice(["Total Earnings", "Gross Pay"]), gross),
                                               (214, "DEDUCTIONS", ded, "Total Deductions", dsum)):
        yy = top
        s.rect(x0, yy, x0 + 182, yy + 14, fill=215)
        s.text(x0 + 4, yy + 10, title, 7.5, "sans-bold")
        yy += 14
        for n, v in items:
            yy += 12
            s.text(x0 + 4, yy, n, 7.5)
            s.text(x0 + 178, yy, m(v), 7.5, align="right")
        yy = top + 14 + 12 * 4 + 10
        s.hline(x0, x0 + 182, yy - 9)
        s.text(x0 + 4, yy, total_lab, 7.5, "sans-bold")
        s.text(x0 + 178, yy, m(total), 7.5, "sans-bold", "right")
    y = top + 14 + 12 * 4 + 34
    s.rect(214, y - 12, 396, y + 6)
    s.text(218, y, rng.choice(["NET PAY", "Net Amount Payable", "Take Home"]), 8.5, "sans-bold")
    s.text(392, y, m(net), 8.5, "sans-bold", "right")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


LAYOUTS: list[Callable[[random.Random], Fig]] = [dispatch_en, dispatch_zh, grid4, pay_date_only, strip_zh, strip_en,
                                                 panels]


def generate(seed: int, per_layout: int, pictures: int = 0, only: str = "", tilted: bool = False) -> list[Fig]:
    """``per_layout`` documents of each layout (those named ``only``, comma-separated, when given), text PDFs; the
    first ``pictures`` of each layout drawn as phone photos (with ``tilted``, every other one of a sheet turned 2-4
    degrees on the desk)."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        if only and lay.__name__ not in only.split(","):
            continue
        for k in range(per_layout):
            f = lay(random.Random(seed * 7919 + li * 131 + k))
            if k < pictures:
                f.form = "tilted" if tilted and k % 2 == 0 else "photo"
            out.append(f)
    return out


def same(f: str, want: str, got: str | None) -> bool:
    """As :func:`paygen2.same` (money by amount, names folded), the employer's name folded too."""
    if f == "employer":
        return got is not None and fold(got) == fold(want)
    return paygen2_same(f, want, got)


def measure(root: Path, seed: int, per_layout: int, pictures: int = 0, only: str = "", tilted: bool = False) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); count documents, types,
    fields, right, wrong at >= 0.9."""
    return measure_sheets(root, generate(seed, per_layout, pictures, only, tilted), seed,
                          lambda f, want, got, _accept: same(f, want, got))


if __name__ == "__main__":  # pragma: no cover - a developer's view
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as t:
        res = measure(Path(t), int(sys.argv[1]) if len(sys.argv) > 1 else 1,
                      int(sys.argv[2]) if len(sys.argv) > 2 else 4, int(sys.argv[3]) if len(sys.argv) > 3 else 0,
                      sys.argv[4] if len(sys.argv) > 4 else "", len(sys.argv) > 5)
    for f in res.pop("failures"):
        print(*f, sep=" | ")
    print(res, f"{100 * res['right'] / max(res['fields'], 1):.1f} %")
