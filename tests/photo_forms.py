"""A generator of payslips in many layouts, each rendered in four forms — a born-digital PDF, a scan, a phone
photo and a screenshot — so that what packet finds in the text PDF can be compared with what it finds in the
pictures of the same page (issue 10: reading photos, scans and screenshots).

It shares no code or wording with packet's extractor: the label pools below were written from how payslips
are printed by employers and payroll bureaux in the UK, IE, US, CA, AU, NZ, IN, SG, ZA, HK and mainland China,
not copied from ``checklists/vocabulary.toml``. Everything is drawn from a seeded ``random.Random``: the same
seed gives the same page, byte for byte.

A page is a list of drawing operations in points (origin top left, A5 portrait 420 x 595 pt) that
:func:`to_pdf` writes with reportlab (real text) and :func:`to_image` paints with Pillow, so both forms show
the same words in the same places. :func:`scan`, :func:`photo` and :func:`screenshot` degrade that image the
way a flatbed, a phone camera and a screen capture do.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from seeded_noise import specks

from packet.core import page_images

PAGE = (420.0, 595.0)  # A5 portrait, points
FONTS = {"sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
         "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
         "cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
         "cond-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
         "cjk": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"}

# --- words: how payslips print their labels, by country --------------------------------------------------------

EMPLOYERS = ["Harbourside Logistics Ltd", "Kestrel Engineering Pty Ltd", "Maple Ridge Dairy Inc.",
             "Tasman Print & Pack Ltd", "Sundaram Textiles Pvt Ltd", "Lion City Facilities Pte Ltd",
             "Karoo Freight (Pty) Ltd", "Greenbank Care Homes Ltd", "Cedar Valley School District",
             "Kowloon Bay Trading Co. Ltd", "Shannon Valley Foods Ltd", "Blue Gum Nursing Services"]
EMPLOYEES = ["Aisha Kamara", "Tomasz Nowak", "Grace O'Brien", "Rahul Venkatesh", "Mei Ling Tan",
             "Pieter van Wyk", "Hemi Walker", "Olivia Brennan", "Marcus Delgado", "Fatima Haddad"]
EMPLOYERS_ZH = ["苏州恒达精密机械有限公司", "佛山市南海区明辉家具厂", "成都蓉欣物流有限公司", "宁波海曙瑞丰贸易有限公司"]
EMPLOYEES_ZH = ["陈秀兰", "刘建国", "黄丽娟", "周志强", "吴海燕"]

L_EMPLOYER = ["Employer", "Company", "Company Name", "Employer Name", "Organisation", "Paying Entity"]
L_EMPLOYEE = ["Employee Name", "Employee", "Name", "Name of Employee", "Staff Name", "Payee"]
L_PERIOD = ["Pay Period", "Period", "Pay Month", "Salary Month", "Month", "Payslip for the month of", "Period Ending"]
L_GROSS = ["Gross Pay", "Total Gross Pay", "Gross Earnings", "Total Earnings", "Gross Salary", "Gross Wages",
           "Total Payments", "Gross Remuneration", "Total Gross"]
L_NET = ["Net Pay", "Net Salary", "Take Home Pay", "Net Amount", "Nett Pay", "Net Payment", "Net Wages",
         "Net Pay (Bank Transfer)", "Net Salary Payable"]
L_DEDUCT = ["Total Deductions", "Deductions Total", "Total Deductions (Current)"]
EARN_ITEMS = ["Basic Salary", "Basic Pay", "Overtime", "Shift Allowance", "House Rent Allowance", "Transport Allowance",
              "Holiday Pay", "Commission"]
DEDUCT_ITEMS = ["PAYE Tax", "Income Tax", "National Insurance", "Provident Fund", "CPF Employee", "Pension",
                "Medicare Levy", "UIF", "Professional Tax", "KiwiSaver", "MPF Employee"]
L_GROSS_ZH = ["应发工资", "应发合计", "应发金额", "工资总额"]
L_NET_ZH = ["实发工资", "实发金额", "实发合计", "本月实发"]
L_EMPLOYER_ZH = ["单位名称", "公司名称", "用人单位"]
L_EMPLOYEE_ZH = ["姓名", "员工姓名", "职工姓名"]
L_PERIOD_ZH = ["工资月份", "所属月份", "发放月份", "工资所属期"]
EARN_ZH = ["基本工资", "岗位工资", "加班费", "绩效奖金", "餐补"]
DEDUCT_ZH = ["养老保险", "医疗保险", "失业保险", "住房公积金", "个税"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Sheet:
    """One generated page: its drawing operations and the true field values (as packet normalises them)."""

    layout: str
    language: str  # "en" | "zh"
    ops: list[tuple] = field(default_factory=list)
    truth: dict[str, str] = field(default_factory=dict)

    def text(self, x: float, y: float, s: str, size: float = 8.5, font: str = "sans", align: str = "left") -> None:
        """``s`` with its baseline at ``y`` points from the top; ``align`` left/right/centre at ``x``."""
        self.ops.append(("text", x, y, s, size, font, align))

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: int | None = None, width: float = 0.6) -> None:
        self.ops.append(("rect", x0, y0, x1, y1, fill, width))

    def hline(self, x0: float, x1: float, y: float, width: float = 0.6) -> None:
        self.ops.append(("line", x0, y, x1, y, width))


@dataclass
class TypedSheet:
    """One generated page, the form it is written in ("text", "scan", "photo" …) and the type packet must give it
    (what :func:`fixtures_reading.read_generated` writes and reads back)."""

    sheet: Sheet
    form: str
    type: str


def _money(v: Decimal, sign: str = "") -> str:
    return f"{sign}{v:,.2f}"


def _figures(rng: random.Random, zh: bool = False) -> tuple[list[tuple[str, Decimal]], list[tuple[str, Decimal]]]:
    """Earning items and deduction items whose sums make gross and (gross - deductions) net."""
    names = rng.sample(EARN_ZH if zh else EARN_ITEMS, rng.randint(2, 3))
    earn = [(n, Decimal(rng.randint(18000, 520000)) / 100) for n in names]
    earn[0] = (earn[0][0], Decimal(rng.randint(180000, 720000)) / 100)
    gross = sum(v for _, v in earn)
    dn = rng.sample(DEDUCT_ZH if zh else DEDUCT_ITEMS, rng.randint(2, 3))
    ded = [(n, (gross * Decimal(rng.randint(3, 11)) / 100).quantize(Decimal("0.01"))) for n in dn]
    return earn, ded


def _truth(sheet: Sheet, employer: str, employee: str, year: int, month: int, gross: Decimal, net: Decimal) -> None:
    sheet.truth = {"employer": employer, "employee": employee, "period": f"{year}-{month:02d}",
                   "gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}


# --- layouts -----------------------------------------------------------------------------------------------------

def layout_uk_two_tables(rng: random.Random) -> Sheet:
    """Letterhead, a label-left block of employee details, payments and deductions side by side, totals below."""
    s = Sheet("uk_two_tables", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(30, 48, employer, 13, "sans-bold")
    s.text(30, 62, f"{rng.randint(2, 140)} {rng.choice(['High Street', 'Quay Road', 'Mill Lane'])}", 7.5)
    s.text(390, 48, rng.choice(["PAYSLIP", "Pay Advice", "Payslip"]), 12, "sans-bold", "right")
    y = 100
    for lab, val in [(rng.choice(["Employee Name", "Employee", "Name"]), employee),
                     ("Employee No", str(rng.randint(1000, 99999))),
                     (rng.choice(["Pay Period", "Period", "Tax Period"]), f"{MONTHS[month - 1]} {year}"),
                     ("Tax Code", rng.choice(["1257L", "BR", "0T"]))]:
        s.text(30, y, f"{lab}:", 8.5)
        s.text(140, y, val, 8.5)
        y += 15
    y += 12
    s.rect(30, y - 11, 390, y + 4, fill=225)
    s.text(34, y, "Payments", 8.5, "sans-bold")
    s.text(205, y, "Amount", 8.5, "sans-bold", "right")
    s.text(215, y, "Deductions", 8.5, "sans-bold")
    s.text(386, y, "Amount", 8.5, "sans-bold", "right")
    for i in range(max(len(earn), len(ded))):
        y += 15
        if i < len(earn):
            s.text(34, y, earn[i][0], 8.5)
            s.text(205, y, _money(earn[i][1]), 8.5, "sans", "right")
        if i < len(ded):
            s.text(215, y, ded[i][0], 8.5)
            s.text(386, y, _money(ded[i][1]), 8.5, "sans", "right")
    y += 22
    s.hline(30, 390, y - 11)
    s.text(34, y, rng.choice(["Total Gross Pay", "Gross Pay", "Total Payments"]), 8.5, "sans-bold")
    s.text(205, y, _money(gross), 8.5, "sans-bold", "right")
    s.text(215, y, "Total Deductions", 8.5, "sans-bold")
    s.text(386, y, _money(dsum), 8.5, "sans-bold", "right")
    y += 26
    s.rect(215, y - 12, 390, y + 5)
    s.text(220, y, rng.choice(["Net Pay", "Take Home Pay", "Net Payment"]), 10, "sans-bold")
    s.text(386, y, _money(gross - dsum, "£"), 10, "sans-bold", "right")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_us_stub(rng: random.Random) -> Sheet:
    """A US earnings statement: a header grid (labels over values), earnings with Current and YTD columns."""
    s = Sheet("us_stub", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(30, 44, employer.upper(), 11, "cond-bold")
    s.text(30, 57, f"{rng.randint(100, 9999)} {rng.choice(['Commerce Dr', 'Elm St', 'Pine Ave'])}", 7)
    s.text(390, 44, "EARNINGS STATEMENT", 10, "cond-bold", "right")
    heads = ["Employee", "Period Ending", "Pay Date", "Check No."]
    vals = [employee, f"{month:02d}/28/{year}", f"{month:02d}/30/{year}" if month != 2 else f"02/28/{year}",
            str(rng.randint(10000, 99999))]
    xs = [30, 150, 240, 320, 390]
    s.rect(30, 76, 390, 106)
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        s.text(xs[i] + 4, 87, h, 7, "cond-bold")
        s.text(xs[i] + 4, 101, v, 8.5, "cond")
    y = 132
    s.text(30, y, "Earnings", 8.5, "cond-bold")
    s.text(200, y, "Current", 8.5, "cond-bold", "right")
    s.text(270, y, "Year to Date", 8.5, "cond-bold", "right")
    for n, v in earn:
        y += 14
        s.text(30, y, n, 8.5, "cond")
        s.text(200, y, _money(v), 8.5, "cond", "right")
        s.text(270, y, _money(v * month), 8.5, "cond", "right")
    y += 16
    s.text(30, y, rng.choice(["Gross Pay", "Total Gross", "Gross Earnings"]), 8.5, "cond-bold")
    s.text(200, y, _money(gross), 8.5, "cond-bold", "right")
    s.text(270, y, _money(gross * month), 8.5, "cond-bold", "right")
    y += 24
    s.text(30, y, "Deductions", 8.5, "cond-bold")
    for n, v in ded:
        y += 14
        s.text(30, y, n, 8.5, "cond")
        s.text(200, y, _money(v), 8.5, "cond", "right")
        s.text(270, y, _money(v * month), 8.5, "cond", "right")
    y += 26
    s.rect(26, y - 12, 280, y + 5, fill=235)
    s.text(30, y, rng.choice(["Net Pay", "Net Check", "Net Amount"]), 9.5, "cond-bold")
    s.text(200, y, _money(gross - dsum, "$"), 9.5, "cond-bold", "right")
    s.text(270, y, _money((gross - dsum) * month), 9.5, "cond-bold", "right")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_india_grid(rng: random.Random) -> Sheet:
    """An Indian salary slip: boxed key/value cells, earnings and deductions with the ₹ sign in its own column."""
    s = Sheet("india_grid", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(210, 40, employer, 12, "serif-bold", "centre")
    s.text(210, 56, f"{rng.choice(['Salary Slip', 'Payslip'])} for the month of {MONTHS[month - 1]} {year}", 9,
           "serif", "centre")
    y = 72
    cells = [("Employee Name", employee), ("Employee Code", f"E{rng.randint(100, 999)}"),
             ("Designation", rng.choice(["Operator", "Supervisor", "Accountant"])), ("PAN", "ABCPK1234Q"),
             ("Days Paid", str(rng.randint(26, 31))), ("Bank A/c", f"XXXX{rng.randint(1000, 9999)}")]
    for i in range(0, len(cells), 2):
        for j, (lab, val) in enumerate(cells[i:i + 2]):
            x = 30 + 180 * j
            s.rect(x, y, x + 80, y + 16)
            s.rect(x + 80, y, x + 180, y + 16)
            s.text(x + 3, y + 11, lab, 7.5, "serif")
            s.text(x + 83, y + 11, val, 7.5, "serif")
        y += 16
    y += 12
    cols = [30, 130, 145, 210, 310, 325, 390]
    heads = ["Earnings", "", "Amount", "Deductions", "", "Amount"]
    for k in range(6):
        s.rect(cols[k], y, cols[k + 1], y + 16, fill=230)
        if heads[k]:
            s.text(cols[k] + 3, y + 11, heads[k], 7.5, "serif-bold")
    rows = max(len(earn), len(ded)) + 1
    for r in range(rows):
        y += 16
        for k in range(6):
            s.rect(cols[k], y, cols[k + 1], y + 16)
        last = r == rows - 1
        e = ("Gross Earnings", gross) if last else (earn[r] if r < len(earn) else None)
        d = (rng.choice(["Total Deductions", "Deductions Total"]), dsum) if last else (ded[r] if r < len(ded) else None)
        font = "serif-bold" if last else "serif"
        if e:
            s.text(cols[0] + 3, y + 11, e[0], 7.5, font)
            s.text(cols[1] + 4, y + 11, "₹", 7.5, font)
            s.text(cols[3] - 3, y + 11, _money(e[1]), 7.5, font, "right")
        if d:
            s.text(cols[3] + 3, y + 11, d[0], 7.5, font)
            s.text(cols[4] + 4, y + 11, "₹", 7.5, font)
            s.text(cols[6] - 3, y + 11, _money(d[1]), 7.5, font, "right")
    y += 30
    s.text(30, y, f"{rng.choice(['Net Pay', 'Net Salary', 'Net Salary Payable'])}:", 9, "serif-bold")
    s.text(145, y, "₹", 9, "serif-bold")
    s.text(210, y, _money(gross - dsum), 9, "serif-bold", "right")
    s.text(30, y + 30, "This is a computer generated payslip and does not require a signature.", 6.5, "serif")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_labels_above(rng: random.Random) -> Sheet:
    """A form whose small grey-cap labels sit above their values, in ruled boxes (AU/NZ payroll software)."""
    s = Sheet("labels_above", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(30, 46, rng.choice(["Pay Slip", "Payslip", "Pay Summary"]), 14, "sans-bold")
    boxes = [(rng.choice(["EMPLOYER", "COMPANY", "Employer"]), employer, 30, 230),
             (rng.choice(["EMPLOYEE", "EMPLOYEE NAME", "Employee"]), employee, 230, 390),
             (rng.choice(["PAY PERIOD", "PERIOD", "Pay period"]), f"01/{month:02d}/{year} - 28/{month:02d}/{year}",
              30, 230),
             ("PAYMENT DATE", f"28/{month:02d}/{year}", 230, 390)]
    y = 66
    for i, (lab, val, x0, x1) in enumerate(boxes):
        yy = y + 36 * (i // 2)
        s.rect(x0, yy, x1, yy + 32)
        s.text(x0 + 5, yy + 10, lab, 6.5, "sans")
        s.text(x0 + 5, yy + 25, val, 9.5, "sans")
    y = 160
    for n, v in earn:
        s.text(30, y, n, 8.5)
        s.text(300, y, _money(v, "$"), 8.5, "sans", "right")
        y += 14
    s.hline(30, 390, y - 8)
    y += 6
    gl, nl = rng.choice(L_GROSS), rng.choice(["Net Pay", "Nett Pay", "Take Home Pay", "Net Wages"])
    s.rect(30, y, 205, y + 34)
    s.rect(215, y, 390, y + 34)
    s.text(36, y + 11, gl.upper(), 7, "sans")
    s.text(36, y + 28, _money(gross, "$"), 11, "sans-bold")
    s.text(221, y + 11, nl.upper(), 7, "sans")
    s.text(221, y + 28, _money(gross - dsum, "$"), 11, "sans-bold")
    y += 56
    for n, v in ded:
        s.text(30, y, n, 8.5)
        s.text(300, y, _money(v, "$"), 8.5, "sans", "right")
        y += 14
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_sg_letter(rng: random.Random) -> Sheet:
    """An itemised pay statement as a letter: the period in the heading, amounts with the sign as a separate word,
    the employer named in the sign-off."""
    s = Sheet("sg_letter", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    cur = rng.choice(["S$", "HK$", "R", "$"])
    s.text(30, 46, employer, 11, "serif-bold")
    s.text(30, 80, f"Itemised Pay Slip - {MONTHS[month - 1]} {year}", 10, "serif-bold")
    s.text(30, 100, f"{rng.choice(['Name of Employee', 'Employee Name', 'Staff Name'])} : {employee}", 8.5, "serif")
    y = 124
    for n, v in earn:
        s.text(40, y, n, 8.5, "serif")
        s.text(250, y, cur, 8.5, "serif")
        s.text(330, y, _money(v), 8.5, "serif", "right")
        y += 14
    s.text(30, y + 4, rng.choice(["Total Earnings", "Gross Salary", "Gross Remuneration"]), 8.5, "serif-bold")
    s.text(250, y + 4, cur, 8.5, "serif-bold")
    s.text(330, y + 4, _money(gross), 8.5, "serif-bold", "right")
    y += 26
    for n, v in ded:
        s.text(40, y, n, 8.5, "serif")
        s.text(250, y, cur, 8.5, "serif")
        s.text(330, y, f"({_money(v)})", 8.5, "serif", "right")
        y += 14
    s.hline(240, 335, y - 6)
    s.text(30, y + 8, rng.choice(["Net Salary", "Net Pay", "Net Amount Paid"]), 9, "serif-bold")
    s.text(250, y + 8, cur, 9, "serif-bold")
    s.text(330, y + 8, _money(gross - dsum), 9, "serif-bold", "right")
    s.text(30, y + 60, "For and on behalf of", 8, "serif")
    s.text(30, y + 74, employer, 8, "serif")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_compact_small(rng: random.Random) -> Sheet:
    """A compact strip in small print (a payroll bureau's slip): label: value pairs three to a line."""
    s = Sheet("compact_small", "en")
    employer, employee = rng.choice(EMPLOYERS), rng.choice(EMPLOYEES)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    size = 6.5
    s.text(30, 40, f"{employer} - {rng.choice(['Pay Advice', 'Payslip'])}", 9, "sans-bold")
    s.text(30, 56, f"Name: {employee}", size)
    s.text(160, 56, f"Period: {month:02d}/{year}", size)
    s.text(280, 56, f"Ref: {rng.randint(100000, 999999)}", size)
    y = 74
    for n, v in earn + ded:
        s.text(30, y, n, size)
        s.text(200, y, _money(v), size, "sans", "right")
        y += 10
    s.hline(30, 390, y - 4)
    y += 8
    s.text(30, y, f"{rng.choice(['Gross Pay', 'Total Gross', 'Gross Wages'])}: {_money(gross)}", size, "sans-bold")
    s.text(160, y, f"Deductions: {_money(dsum)}", size, "sans-bold")
    s.text(280, y, f"{rng.choice(['Net Pay', 'Net Wages', 'Nett Pay'])}: {_money(gross - dsum)}", size, "sans-bold")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_zh_strip(rng: random.Random) -> Sheet:
    """A Chinese factory pay strip: one header row of item names over one row of figures, in ruled cells."""
    s = Sheet("zh_strip", "zh")
    employer, employee = rng.choice(EMPLOYERS_ZH), rng.choice(EMPLOYEES_ZH)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng, zh=True)
    earn = [(n, v / 2) for n, v in earn]
    ded = [(n, (v / 3).quantize(Decimal("0.01"))) for n, v in ded[:2]]
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(210, 44, f"{employer}", 12, "cjk", "centre")
    s.text(210, 62, f"{year}年{month}月工资条", 10, "cjk", "centre")
    gl, nl = rng.choice(L_GROSS_ZH), rng.choice(L_NET_ZH)
    heads = [rng.choice(L_EMPLOYEE_ZH)] + [n for n, _ in earn] + [gl] + [n for n, _ in ded] + [nl]
    vals = [employee] + [f"{v:.2f}" for _, v in earn] + [f"{gross:.2f}"] + [f"{v:.2f}" for _, v in ded] + \
        [f"{gross - dsum:.2f}"]
    w = 360 / len(heads)
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 30 + i * w
        s.rect(x, 80, x + w, 100, fill=235)
        s.rect(x, 100, x + w, 120)
        s.text(x + w / 2, 94, h, 7.5, "cjk", "centre")
        s.text(x + w / 2, 114, v, 7.5, "cjk", "centre")
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


def layout_zh_form(rng: random.Random) -> Sheet:
    """A Chinese payslip as a key/value form in two columns of ruled cells, label then value."""
    s = Sheet("zh_form", "zh")
    employer, employee = rng.choice(EMPLOYERS_ZH), rng.choice(EMPLOYEES_ZH)
    year, month = rng.choice([2025, 2026]), rng.randint(1, 12)
    earn, ded = _figures(rng, zh=True)
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    s.text(210, 46, rng.choice(["工资单", "薪资明细", "工资明细表"]), 14, "cjk", "centre")
    pairs = [(rng.choice(L_EMPLOYER_ZH), employer), (rng.choice(L_EMPLOYEE_ZH), employee),
             (rng.choice(L_PERIOD_ZH), f"{year}年{month:02d}月"), ("部门", rng.choice(["生产部", "仓储部", "财务部"]))]
    pairs += [(n, f"{v:.2f}") for n, v in earn] + [(rng.choice(L_GROSS_ZH), f"{gross:.2f}")]
    pairs += [(n, f"{v:.2f}") for n, v in ded] + [("扣款合计", f"{dsum:.2f}"), (rng.choice(L_NET_ZH), f"{gross - dsum:.2f}")]
    y = 70
    for i, (lab, val) in enumerate(pairs):
        if lab in (pairs[0][0],):
            s.rect(30, y, 100, y + 18, fill=235)
            s.rect(100, y, 390, y + 18)
            s.text(34, y + 13, lab, 8, "cjk")
            s.text(104, y + 13, val, 8, "cjk")
            y += 18
            continue
        col = (i - 1) % 2
        x = 30 + col * 180
        s.rect(x, y, x + 70, y + 18, fill=235)
        s.rect(x + 70, y, x + 180, y + 18)
        s.text(x + 4, y + 13, lab, 8, "cjk")
        s.text(x + 74, y + 13, val, 8, "cjk")
        if col == 1:
            y += 18
    _truth(s, employer, employee, year, month, gross, gross - dsum)
    return s


LAYOUTS = [layout_uk_two_tables, layout_us_stub, layout_india_grid, layout_labels_above, layout_sg_letter,
           layout_compact_small, layout_zh_strip, layout_zh_form]


def sheet(layout: int, seed: int) -> Sheet:
    """Layout number ``layout`` (index into :data:`LAYOUTS`) drawn with ``seed``."""
    return LAYOUTS[layout](random.Random(seed * 7919 + layout))


# --- rendering ---------------------------------------------------------------------------------------------------

_pdf_fonts: dict[str, str] = {}


def _pdf_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in _pdf_fonts:
        reg = f"PF-{name}"
        if reg not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(reg, FONTS[name], **({"subfontIndex": 0} if name == "cjk" else {})))
        _pdf_fonts[name] = reg
    return _pdf_fonts[name]


def to_pdf(s: Sheet, path: Path) -> Path:
    """The sheet as a born-digital PDF (real text, one page)."""
    from reportlab.pdfgen import canvas

    h = PAGE[1]
    c = canvas.Canvas(str(path), pagesize=PAGE, invariant=1)
    for op in s.ops:
        if op[0] == "text":
            _, x, y, txt, size, font, align = op
            c.setFont(_pdf_font(font), size)
            draw = {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align]
            draw(x, h - y, txt)
        elif op[0] == "rect":
            _, x0, y0, x1, y1, fill, width = op
            c.setLineWidth(width)
            if fill is not None:
                c.setFillGray(fill / 255)
            c.rect(x0, h - y1, x1 - x0, y1 - y0, stroke=1, fill=1 if fill is not None else 0)
            c.setFillGray(0)
        else:
            _, x0, y0, x1, y1, width = op
            c.setLineWidth(width)
            c.line(x0, h - y0, x1, h - y1)
    c.showPage()
    c.save()
    return path


def to_image(s: Sheet, dpi: int = 200) -> Image.Image:
    """The sheet painted at ``dpi`` (RGB, white paper): rectangles first, text over them."""
    k = dpi / 72
    img = Image.new("RGB", (round(PAGE[0] * k), round(PAGE[1] * k)), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for op in s.ops:
        if op[0] == "rect":
            _, x0, y0, x1, y1, fill, width = op
            d.rectangle([x0 * k, y0 * k, x1 * k, y1 * k], fill=(fill,) * 3 if fill is not None else None,
                        outline=(0, 0, 0), width=max(1, round(width * k)))
        elif op[0] == "line":
            _, x0, y0, x1, y1, width = op
            d.line([x0 * k, y0 * k, x1 * k, y1 * k], fill=(0, 0, 0), width=max(1, round(width * k)))
    for op in s.ops:
        if op[0] == "text":
            _, x, y, txt, size, font, align = op
            f = ImageFont.truetype(FONTS[font], round(size * k), index=0)
            anchor = {"left": "ls", "right": "rs", "centre": "ms"}[align]
            d.text((x * k, y * k), txt, fill=(15, 15, 20), font=f, anchor=anchor)
    return img


def scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan: greyscale, a small tilt, a faint grey paper, speckle, a slightly soft focus."""
    g = img.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    g = g.point(lambda v: 30 + v * 205 // 255).filter(ImageFilter.GaussianBlur(0.5))
    # specks of grey 200 on 0.064 % of the pixels: what effect_noise(18) thresholded at 70 gave, now placed by rng
    mask = specks(g.size, 0.00064, rng)
    return Image.composite(g, Image.new("L", g.size, 200), mask).convert("L")


def on_desk(img: Image.Image, rng: random.Random, corners: tuple[float, ...], jitter: float,
            desk: tuple[tuple[int, int], ...]) -> Image.Image:
    """``img`` (the page, w × h pixels) as a phone sees it lying on a desk: warped to the trapezium whose corners are
    ``corners`` (x, y of top-left, top-right, bottom-right, bottom-left, in fractions of w and h, each moved inwards
    by up to ``jitter`` of the page at random) on a picture 1.12 times the page's size, the desk around it a colour
    drawn from ``desk`` (an (low, high) range per RGB channel). Shared by the photo generators (this module's
    :func:`photo`, tests/pengen.py's)."""
    w, h = img.size
    j = [rng.uniform(0.0, jitter) for _ in range(8)]
    c = corners
    quad = [(c[0] * w + j[0] * w, c[1] * h + j[1] * h), (c[2] * w - j[2] * w, c[3] * h + j[3] * h),
            (c[4] * w - j[4] * w, c[5] * h - j[5] * h), (c[6] * w + j[6] * w, c[7] * h - j[7] * h)]
    out = (round(w * 1.12), round(h * 1.12))
    coeffs = page_images.perspective_coefficients(quad, [(0, 0), (w, 0), (w, h), (0, h)])
    colour = tuple(rng.randint(lo, hi) for lo, hi in desk)
    return img.transform(out, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=colour)


def photo(img: Image.Image, rng: random.Random, scale: float = 0.75, tilt: float = 0.0) -> Image.Image:
    """A phone photo: the sheet as a trapezium on a desk, lit from one side, a little out of focus, shrunk by
    ``scale`` (a phone far from the page), saved later as JPEG. ``tilt`` degrees turn the sheet on the desk first
    (rows then drift across the picture: a line's baseline climbs or falls from its label to its figure)."""
    if tilt:
        img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    warped = on_desk(img, rng, (0.06, 0.05, 1.04, 0.04, 1.08, 1.06, 0.02, 1.05), 0.06, ((40, 90), (35, 70), (30, 60)))
    out = warped.size
    blur = warped.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    shade = Image.linear_gradient("L").rotate(rng.choice([90, -90, 0, 180])).resize(out)
    dark = Image.new("RGB", out, (0, 0, 0))
    lit = Image.composite(blur, dark, shade.point(lambda v: 175 + v * 80 // 255))
    tint = Image.new("RGB", out, (255, 244, 225))
    lit = Image.blend(lit, Image.composite(lit, tint, Image.new("L", out, 200)), 0.3)
    return lit.resize((round(out[0] * scale), round(out[1] * scale)), Image.Resampling.LANCZOS)


def screenshot(img: Image.Image, rng: random.Random, title: str = "scan_0001.pdf") -> Image.Image:
    """A screen capture of the page in a viewer: 110 dpi, grey window chrome with a title bar (``title``, the file's
    name: a neutral one — every screenshot had said "payslip.pdf", which a statement's screen must not say once the
    crop keeps the title bar) and a toolbar."""
    small = img.resize((round(img.width * 110 / 200), round(img.height * 110 / 200)), Image.Resampling.LANCZOS)
    w, h = small.width + 120, small.height + 110
    shot = Image.new("RGB", (w, h), (60, 63, 68))
    d = ImageDraw.Draw(shot)
    d.rectangle([0, 0, w, 34], fill=(235, 235, 238))
    d.text((12, 8), f"{title} - Viewer", fill=(30, 30, 30), font=ImageFont.truetype(FONTS["sans"], 14))
    d.rectangle([0, 34, w, 64], fill=(210, 212, 216))
    for i in range(6):
        d.rectangle([12 + 36 * i, 40, 36 + 36 * i, 58], fill=(150, 152, 158))
    shot.paste(small, (60, 84))
    return shot


FORMS = ("text", "scan", "photo", "screenshot", "tilted")  # "tilted": a photo of a sheet turned 2-4 degrees


def write(s: Sheet, form: str, folder: Path, name: str, seed: int = 0) -> Path:
    """Write the sheet in ``form`` (one of :data:`FORMS`) into ``folder``; returns the file written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    if form == "text":
        return to_pdf(s, folder / f"{name}.pdf")
    img = to_image(s)
    if form == "scan":
        path = folder / f"{name}.png"
        scan(img, rng).save(path, dpi=(200, 200))
    elif form in ("photo", "tilted"):
        path = folder / f"{name}.jpg"
        buf = io.BytesIO()
        tilt = rng.choice((-1, 1)) * rng.uniform(2.0, 4.0) if form == "tilted" else 0.0
        photo(img, rng, tilt=tilt).save(buf, format="JPEG", quality=rng.randint(72, 88))
        path.write_bytes(buf.getvalue())
    else:
        path = folder / f"{name}.png"
        screenshot(img, rng).save(path)
    return path


def measure_sheets(root: Path, items: list, seed: int, same, doc_type: str | None = None,
                   count_mistyped: bool = False) -> dict:
    """Write each generated item (``.sheet``, ``.form``, optional ``.type`` and ``.accept``: other right readings per
    field; optional ``.absent``: fields the page does not print) into ``root`` (one folder per language), read, classify and extract it as packet does, and count: documents,
    types right, fields, right (``same(field, want, got, accept)``), wrong with confidence >= 0.9, and the failures
    (layout, file, field, wanted, got, confidence); ``absent_sure`` counts fields printed nowhere yet given at 0.6
    or more. ``doc_type`` stands for items that carry no type; with
    ``count_mistyped`` a mistyped document's fields count as missed. Shared by the generators of figures, statements
    and payslips (``tests/figgen.py``, ``stmtgen.py``, ``paygen2.py``)."""
    from fixtures_reading import read_documents

    from packet.core.model import Classified
    from packet.understanding.classify import classify_one
    from packet.understanding.extract import extract

    names = {}
    for i, it in enumerate(items):
        p = write(it.sheet, it.form, root / it.sheet.language, f"{it.sheet.layout}-{i:02d}", seed + i)
        names[(it.sheet.language, p.name)] = it
    r = {"docs": 0, "types": 0, "fields": 0, "right": 0, "sure_wrong": 0, "absent_sure": 0, "failures": []}
    for lang in ("en", "zh"):
        if not (root / lang).exists():
            continue
        for doc in read_documents(root / lang, lang):
            it = names[(lang, doc.rel)]
            want_type = getattr(it, "type", doc_type)
            r["docs"] += 1
            item = classify_one(doc)
            if item.type != want_type:
                r["failures"].append((it.sheet.layout, doc.rel, "type", want_type, item.type, None))
                if count_mistyped:
                    r["fields"] += len(it.sheet.truth)
                continue
            r["types"] += 1
            ex = extract(Classified(item.document, want_type), lang)
            for f, want in it.sheet.truth.items():
                got, ev = ex.fields.get(f), ex.evidence.get(f)
                conf = ev.confidence if ev else None
                r["fields"] += 1
                if same(f, want, got, getattr(it, "accept", {}).get(f, set())):
                    r["right"] += 1
                    continue
                if got is not None and conf is not None and conf >= 0.9:
                    r["sure_wrong"] += 1
                r["failures"].append((it.sheet.layout, doc.rel, f, want, got, conf))
            for f in getattr(it, "absent", ()):
                ev = ex.evidence.get(f)
                if ex.fields.get(f) is not None and ev is not None and ev.confidence >= 0.6:
                    r["absent_sure"] += 1
                    r["failures"].append((it.sheet.layout, doc.rel, f, None, ex.fields[f], ev.confidence))
    return r
