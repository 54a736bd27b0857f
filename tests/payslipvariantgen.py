"""Payslips drawn at random around the ways judged payslips kept failing (issue 10, nineteenth round): a table with a
"this period" column and a "year to date" column (in either order, or no cumulative column at all), its heads on one
line or split over two ("Year" over "to Date", 本年 over 累计), label wording drawn from a pool wider than the
checklists' own, the employee's name with a label or alone near the top, and a table of staff attributes (班组, 部门,
岗位, 工号 / Department, Team, Position, Staff No. heads over their values) beside it. English and Chinese; a text
PDF, a scan or a phone photo.

Written apart from the extractor: no import from ``packet`` (pages are drawn by :mod:`photo_forms`), and the wording
comes from how payroll bureaux in IE, UK, US, CA, AU, NZ, ZA, IN, PH, SG and mainland China print slips, not from
``checklists/*.toml``. The year-to-date figures are larger than the period's (months of the year so far), so that
taking one for the other is a wrong value, never a lucky one. net = gross − deductions, to the cent. Deterministic
for a seed.

``python tests/payslipvariantgen.py FIRST COUNT`` draws seeds FIRST … FIRST+COUNT-1 (one slip each), reads them as
packet does and prints the field accuracy and every failure.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]

EMPLOYERS = ["Ballyhaunis Creamery Co-operative Ltd", "Corrib Stone & Tile Ltd", "Liffey Valley Bakers Ltd",
             "Waitaki Orchards Ltd", "Bendigo Plumbing Supplies Pty Ltd", "Drakensberg Timber (Pty) Ltd",
             "Okanagan Cold Storage Inc.", "Narragansett Marine Services LLC", "Visayan Sardines Canning Corp.",
             "Hooghly Jute Mills Ltd", "Selangor Glove Industries Sdn Bhd", "Fenland Root Vegetables Ltd"]
EMPLOYERS_ZH = ["泰州江海船舶重工有限公司", "襄阳汉江汽车配件有限公司", "南充嘉陵丝绸有限公司", "东营黄河石油机械有限公司",
                "孝感楚澴食品有限公司", "鞍山钢联机电安装有限公司", "漳州闽南罐头厂", "绵阳涪城电子科技有限公司"]
NAMES = ["Siobhan Ni Bhriain", "Declan Moriarty", "Tane Ruatapu", "Bongani Zulu", "Priyanka Dasgupta",
         "Rhys Pritchard", "Marisol Tolentino", "Hamish Drummond", "Ingrid Solberg", "Kwame Boateng",
         "Lachlan Ferris", "Ayesha Rahman", "George Mathew", "Jay", "Noor", "Anand Krishnamurthy"]
NAMES_ZH = ["栾宏斌", "覃德旺", "邴立伟", "尤素珍", "仇海鹏", "钮春燕", "甘正龙", "詹月娥", "宓国强", "荀丽华"]

TITLES = ["Payslip", "Pay Slip", "Earnings Statement", "Statement of Earnings", "Pay Advice", "Salary Advice",
          "Wage Statement", "Remuneration Statement"]
TITLES_ZH = ["工资单", "工资条", "薪酬明细", "职工工资发放明细", "工资结算单"]

L_EMPLOYEE = ["Employee", "Employee Name", "Name", "Pay to", "Staff Member", "Worker", "Payee Name"]
L_EMPLOYEE_ZH = ["姓名", "员工姓名", "职工姓名", "领款人"]

# heads of a staff-attributes table, and values a cell under each may hold
ATTRS = [("Department", ["Packing", "Dispatch", "Maintenance", "Dairy Intake", "Accounts"]),
         ("Team", ["B Shift", "Night Crew", "Line 3", "Yard"]),
         ("Position", ["Operator", "Forklift Driver", "Clerk", "Supervisor", "Fitter"]),
         ("Staff No.", ["E10234", "40817", "ST-2291", "000318"]),
         ("Cost Centre", ["CC-410", "7720", "OPS-2"]),
         ("Grade", ["G3", "Band 4", "L2"])]
ATTRS_ZH = [("班组", ["一班", "焊装二组", "机修班", "夜班组"]), ("部门", ["生产部", "仓储部", "质检部", "后勤部"]),
            ("岗位", ["电焊工", "叉车司机", "质检员", "装配工"]), ("工号", ["A0231", "100872", "HX-319"]),
            ("工种", ["普工", "技工", "辅工"]), ("车间", ["一车间", "涂装车间", "总装车间"])]

EARN = ["Basic Pay", "Ordinary Time", "Overtime 1.5x", "Sunday Premium", "Holiday Pay", "Shift Allowance",
        "Bonus", "Mileage", "Sick Pay", "Back Pay"]
DED = ["PAYE", "USC", "PRSI", "Income Tax", "Pension", "Union Dues", "Health Insurance", "Social Security",
       "Medicare", "KiwiSaver", "UIF", "Provident Fund", "Loan Repayment"]
EARN_ZH = ["基本工资", "岗位津贴", "加班工资", "绩效奖金", "夜班补贴", "工龄工资", "交通补贴"]
DED_ZH = ["养老保险", "医疗保险", "失业保险", "住房公积金", "个人所得税", "工会会费", "伙食费"]

L_GROSS = ["Gross Pay", "Total Gross", "Gross Earnings", "Total Earnings", "Total Pay", "Gross Wages",
           "Total Payments", "Gross Amount", "Total Remuneration", "Earnings Total"]
L_DED = ["Total Deductions", "Deductions Total", "Total Withholdings", "Total Taxes & Deductions",
         "Less Deductions"]
L_NET = ["Net Pay", "Net Payable", "Take Home Pay", "Net Amount Paid", "Net to Bank", "Net Wage", "Nett Pay",
         "Net Earnings", "Amount Paid"]
L_GROSS_ZH = ["应发工资", "应发合计", "应发金额", "工资总额", "应付工资"]
L_DED_ZH = ["扣款合计", "代扣合计", "应扣合计", "扣除小计"]
L_NET_ZH = ["实发工资", "实发金额", "实领工资", "实付金额"]

# the heads of the period's column and of the cumulative column: one cell, or two stacked
CUR = [("This Period",), ("Current",), ("This", "Period"), ("Current", "Period"), ("Amount",), ("This", "Pay"),
       ("Period",), ("Current", "Amount")]
YTD = [("Year to Date",), ("YTD",), ("Year", "to Date"), ("Cumulative",), ("To Date",), ("Tax Year", "to Date"),
       ("Year-to-", "Date"), ("YTD", "Amount")]
CUR_ZH = [("本月",), ("本期",), ("本月", "金额"), ("当月",), ("本期", "发生额")]
YTD_ZH = [("本年累计",), ("累计",), ("本年", "累计"), ("年度", "累计"), ("累计", "金额")]
DESC = ["Description", "Item", "Payments / Deductions", "Details", ""]
DESC_ZH = ["项目", "工资项目", "明细"]


@dataclass
class Slip:
    """One drawn slip: the sheet (drawing and truths), the form it is written in, what was drawn (for a reader)."""

    sheet: Sheet
    form: str
    drawn: dict = field(default_factory=dict)
    type: str = "payslip"


def _amt(rng: random.Random, low: int, high: int) -> Decimal:
    return D(rng.randint(low * 100, high * 100)) / 100


def _money(v: Decimal, zh: bool, rng: random.Random) -> str:
    return f"{v:.2f}" if zh and rng.random() < 0.5 else f"{v:,.2f}"


def _head(s: Sheet, x: float, y: float, cells: tuple[str, ...], two: bool, size: float, font: str,
          align: str = "right") -> None:
    """A column's head at ``x`` (its right edge for figures): one line, or its words split over two lines."""
    if len(cells) == 1 and two and " " in cells[0]:
        words = cells[0].split(" ")
        k = max(1, len(words) // 2)
        cells = (" ".join(words[:k]), " ".join(words[k:]))
    if len(cells) == 2 and not two:
        cells = (" ".join(cells) if not cells[0].endswith("-") else "".join(cells),)
    for k, c in enumerate(cells):
        s.text(x, y + k * (size + 2), c, size, font, align)


def _figures(rng: random.Random, zh: bool):
    earn_names = rng.sample(EARN_ZH if zh else EARN, rng.randint(2, 4))
    earn = [(n, _amt(rng, 60, 900)) for n in earn_names]
    earn[0] = (earn[0][0], _amt(rng, 1500, 5200))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, (gross * D(rng.randint(2, 9)) / 100).quantize(C))
           for n in rng.sample(DED_ZH if zh else DED, rng.randint(2, 4))]
    dsum = sum((v for _, v in ded), D(0))
    return earn, gross, ded, dsum, gross - dsum


def _ytd(rng: random.Random, v: Decimal, months: int) -> Decimal:
    """A year-to-date figure for a period figure ``v``: ``months`` months of it, give or take."""
    return (v * months * D(rng.randint(90, 110)) / 100).quantize(C) if v else D("0.00")


def draw(seed: int) -> Slip:
    """The slip of ``seed``."""
    rng = random.Random(seed * 104729 + 17)
    zh = rng.random() < 0.4
    s = Sheet("variant-zh" if zh else "variant-en", "zh" if zh else "en")
    font, bold = ("cjk", "cjk") if zh else rng.choice([("sans", "sans-bold"), ("serif", "serif-bold"),
                                                        ("cond", "cond-bold")])
    year, month = rng.choice([2025, 2026]), rng.randint(2, 12)
    employer = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS)
    employee = rng.choice(NAMES_ZH if zh else NAMES)
    labelled = rng.random() < 0.5
    attrs = rng.random() < 0.6
    ytd = rng.random() < 0.75
    two = rng.random() < 0.6
    ytd_first = ytd and rng.random() < 0.3
    d = {"zh": zh, "labelled": labelled, "attrs": attrs, "ytd": ytd, "two_line": two, "ytd_first": ytd_first}

    y = 40.0
    s.text(210, y, employer, 12, bold, "centre")
    y += 16
    title = rng.choice(TITLES_ZH if zh else TITLES)
    if zh:
        s.text(210, y, f"{year}年{month}月{title}", 10, bold, "centre")
    else:
        s.text(210, y, title, 10, bold, "centre")
    y += 22
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if zh:
        period_line = rng.choice([f"工资月份：{year}年{month:02d}月", f"发放日期：{year}-{month:02d}-{min(last, 28):02d}",
                                  f"所属期间：{year}.{month:02d}.01-{year}.{month:02d}.{last}"])
    else:
        period_line = rng.choice([f"Pay Period: 01/{month:02d}/{year} - {last}/{month:02d}/{year}",
                                  f"Period ending {last} {MON3[month - 1]} {year}",
                                  f"Pay Date: {last:02d}/{month:02d}/{year}",
                                  f"For the month of {MONTHS[month - 1]} {year}"])
    # the employee: labelled, or alone near the top (a line of its own, left), then the period at the right
    in_attrs = attrs and not labelled and rng.random() < 0.3
    d["name_in_attrs"] = in_attrs
    if in_attrs:  # the name is a cell of the attributes table, under its own head (drawn below)
        labelled = True
    elif labelled:
        lab = rng.choice(L_EMPLOYEE_ZH if zh else L_EMPLOYEE)
        s.text(34, y, f"{lab}：{employee}" if zh else f"{lab}: {employee}", 9, font)
    else:
        s.text(34, y, employee, 10 if rng.random() < 0.5 else 9, bold if rng.random() < 0.5 else font)
    s.text(386, y, period_line, 8.5, font, "right")
    y += 20
    if attrs:  # a table of staff attributes: heads over values
        pool = ATTRS_ZH if zh else ATTRS
        picked = rng.sample(pool, rng.randint(2, 4))
        if in_attrs:
            picked.insert(rng.randint(0, 1), (rng.choice(L_EMPLOYEE_ZH if zh else L_EMPLOYEE), [employee]))
        xs = [34 + k * (352 / len(picked)) for k in range(len(picked))]
        for (head, _), x in zip(picked, xs, strict=True):
            s.text(x, y, head, 8.5, bold)
        for (_, values), x in zip(picked, xs, strict=True):
            s.text(x, y + 12, rng.choice(values), 8.5, font)
        s.hline(30, 390, y + 17)
        y += 30

    earn, gross, ded, dsum, net = _figures(rng, zh)
    months = month if rng.random() < 0.8 else month + rng.randint(1, 3)
    fsize = 8.5
    # columns: a description, then the period's figures and the cumulative ones (either order)
    cur_head = rng.choice(CUR_ZH if zh else CUR)
    ytd_head = rng.choice(YTD_ZH if zh else YTD)
    xr = [300.0, 384.0] if ytd else [384.0]
    x_cur = xr[1] if ytd_first else xr[0]
    x_ytd = xr[0] if ytd_first else xr[-1]
    s.hline(30, 390, y - 10)
    _head(s, 34, y, (rng.choice(DESC_ZH if zh else DESC) or " ",), False, fsize, bold, "left")
    _head(s, x_cur, y, cur_head, two, fsize, bold)
    if ytd:
        _head(s, x_ytd, y, ytd_head, two, fsize, bold)
    y += (2 if two else 1) * (fsize + 2) + 4
    s.hline(30, 390, y - 8)

    def row(label: str, v: Decimal, cum: Decimal, b: bool = False) -> None:
        nonlocal y
        f = bold if b else font
        s.text(34, y, label, fsize, f)
        s.text(x_cur, y, _money(v, zh, rng), fsize, f, "right")
        if ytd:
            s.text(x_ytd, y, _money(cum, zh, rng), fsize, f, "right")
        y += fsize + 5

    # the cumulative column adds up as the period's does: its gross, deductions and net agree too
    earn_ytd = [_ytd(rng, v, months) for _, v in earn]
    ded_ytd = [_ytd(rng, v, months) for _, v in ded]
    for (n, v), c in zip(earn, earn_ytd, strict=True):
        row(n, v, c)
    row(rng.choice(L_GROSS_ZH if zh else L_GROSS), gross, sum(earn_ytd, D(0)), True)
    y += 4
    for (n, v), c in zip(ded, ded_ytd, strict=True):
        row(n, v, c)
    row(rng.choice(L_DED_ZH if zh else L_DED), dsum, sum(ded_ytd, D(0)), True)
    y += 4
    s.hline(30, 390, y - 10)
    row(rng.choice(L_NET_ZH if zh else L_NET), net, sum(earn_ytd, D(0)) - sum(ded_ytd, D(0)), True)

    s.truth = {"employer": employer, "employee": employee, "period": f"{year}-{month:02d}",
               "gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}
    r = rng.random()
    form = "text" if r < 0.6 else ("scan" if r < 0.8 else "photo")
    d["form"] = form
    return Slip(s, form, d)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if ch.isalnum()).casefold()


def same(f: str, want: str, got: str | None) -> bool:
    if got is None:
        return False
    if f in ("gross_pay", "net_pay"):
        try:
            return D(got.replace(",", "")) == D(want)
        except ArithmeticError:
            return False
    if f in ("employee", "employer"):
        return fold(got) == fold(want)
    return got.strip() == want


def measure(root: Path, seeds: range, forms: tuple[str, ...] = ()) -> dict:
    """Write, read, classify and extract the slips of ``seeds`` as packet does (:func:`photo_forms.measure_sheets`);
    with ``forms``, each slip is written in that form instead of its drawn one. Counts documents, types, fields,
    right, wrong at >= 0.9, and the failures."""
    items = [draw(k) for k in seeds]
    if forms:
        items = [Slip(it.sheet, forms[i % len(forms)], it.drawn) for i, it in enumerate(items)]
    return measure_sheets(root, items, seeds.start, lambda f, want, got, _accept: same(f, want, got))


if __name__ == "__main__":  # pragma: no cover - a developer's view
    import sys
    import tempfile

    first, count = int(sys.argv[1]), int(sys.argv[2])
    with tempfile.TemporaryDirectory() as t:
        res = measure(Path(t), range(first, first + count))
    for fl in res.pop("failures"):
        print(*fl, sep=" | ")
    print(res, f"{100 * res['right'] / max(res['fields'], 1):.1f} %")
