"""A generator of payslips for the four fields a payslip must give (issue 10, ninth round: employee, period,
gross_pay, net_pay), written apart from the extractor, in layouts where those fields are hard to find:

- a Malaysian/Singaporean key/value grid in capitals, the name running on through its particles (s/o, d/o, a/l,
  a/p, bin, binti) and the pay month printed without its year (the year is on the pay date);
- an Indian salary slip with two label/figure pairs on one row (total earnings beside total deductions) and lakh
  digit grouping (1,07,083);
- a New Zealand/Australian slip whose net label carries the bank account it is paid to;
- a Filipino/Irish/Dutch/Spanish slip with the name's middle initial or particles (dela, van der, de la, O');
- a Chinese slip with section totals after their items (A-固定薪酬合计, 应发小计) and a 4-column grid
  (label value label value) with a zero row;
- a UK/US/SA slip whose period is only a date range in a boxed header.

The label wording was written from how payroll bureaux in MY, SG, IN, NZ, AU, PH, IE, NL, ES, UK, US, ZA, KE, HK and
mainland China print slips — not copied from ``checklists/*.toml``. Pages are drawn with :mod:`photo_forms`.
Every figure comes from a seeded ``random.Random``; net = gross − deductions. Deterministic for a seed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from figgen import Fig, amt, m
from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

NAMES_PARTICLE = ["Ravi s/o Subramaniam", "Kavitha d/o Rajendran", "Muthu a/l Krishnan", "Devi a/p Ramasamy",
                  "Ahmad Faizal bin Abdullah", "Nur Aisyah binti Hassan", "Omar bin Khalid Al Harthy",
                  "Siti Hajar binti Mohd Yusof"]
NAMES_MIDDLE = ["Juan D. dela Cruz", "Maria Cristina R. Santos", "Pieter van der Berg", "Lucia de la Fuente",
                "Sean O'Brien", "Anneke van den Heuvel", "Jose Miguel P. Reyes", "Ana Maria de los Santos"]
NAMES_PLAIN = ["Thabo Nkosi", "Grace Wanjiku Mwangi", "Hemi Walker", "Rajesh Kumar Sharma", "Emily Tan",
               "Liam Doherty", "Olivia Brown"]
NAMES_ZH = ["陈建华", "刘晓梅", "黄志强", "林美玲", "郑国栋", "吴秀英"]
EMP_MY = ["Syarikat Bina Jaya Sdn Bhd", "Lion City Logistics Pte Ltd", "Penang Precision Parts Sdn Bhd",
          "Kampong Glam Trading Pte Ltd"]
EMP_IN = ["Sahyadri Textiles Pvt Ltd", "Kaveri Software Services Pvt. Ltd.", "Deccan Agro Foods Limited"]
EMP_OTHER = ["Waitemata Plumbing Ltd", "Cebu Harbour Foods Inc.", "Rotterdam Port Services B.V.",
             "Karoo Fresh Farms (Pty) Ltd", "Galway Bay Hotels Ltd", "Mombasa Road Motors Ltd"]
EMP_ZH = ["深圳市南山区华瑞电子有限公司", "成都天府物流有限公司", "苏州工业园区恒达精密机械有限公司"]

GROSS_EN = ["Gross Pay", "Total Earnings", "Gross Salary", "Gross Earnings", "Total Gross", "Gross Wages"]
DED_EN = ["Total Deductions", "Deductions Total", "Total Deduction"]
NET_EN = ["Net Pay", "Net Salary", "Take Home Pay", "Net Amount Payable", "Nett Pay", "Amount Paid"]
EARN_EN = ["Basic Salary", "Basic Pay", "Overtime", "Housing Allowance", "Transport Allowance", "Shift Allowance",
           "Commission", "Meal Allowance"]
DEDS = {"MY": ["EPF", "SOCSO", "EIS", "PCB"], "SG": ["CPF Employee", "SHG Fund (CDAC)", "SDL"],
        "IN": ["Provident Fund", "Professional Tax", "ESI", "TDS"], "NZ": ["PAYE", "KiwiSaver 3%", "ACC Levy"],
        "PH": ["SSS", "PhilHealth", "Pag-IBIG", "Withholding Tax"], "ZA": ["PAYE", "UIF", "Medical Aid"],
        "UK": ["Income Tax", "National Insurance", "Pension"], "KE": ["PAYE", "NHIF", "NSSF", "Housing Levy"]}


def _split(rng: random.Random, country: str, n_earn: int = 3):
    earn = [(n, amt(rng, 150, 1800)) for n in rng.sample(EARN_EN, n_earn)]
    earn[0] = (earn[0][0], amt(rng, 1800, 8000))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, (gross * D(rng.randint(2, 8)) / 100).quantize(C)) for n in rng.sample(DEDS[country], 2)]
    return earn, gross, ded, gross - sum((v for _, v in ded), D(0))


def _truth(s: Sheet, employee: str, period: str, gross: Decimal, net: Decimal) -> None:
    s.truth = {"employee": employee, "period": period, "gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}


def kv_caps(rng: random.Random) -> Fig:
    """MY/SG: a key/value grid in capitals; the name with its particles; the month without a year."""
    s = Sheet("kv_caps", "en")
    country = rng.choice(["MY", "SG"])
    name = rng.choice(NAMES_PARTICLE)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(24, 36, rng.choice(EMP_MY).upper(), 11, "sans-bold")
    s.text(24, 52, rng.choice(["PAY SLIP", "PAYSLIP", "SALARY ADVICE"]), 10, "sans-bold")
    rows = [(rng.choice(["NAME", "EMPLOYEE NAME", "STAFF NAME"]), name.upper()),
            (rng.choice(["NRIC NO", "IC NO", "FIN"]), f"{rng.randint(700000, 999999)}-{rng.randint(10, 14)}-"
                                                       f"{rng.randint(1000, 9999)}"),
            (rng.choice(["PAY MONTH", "MONTH", "SALARY MONTH"]), MONTHS[mo - 1].upper()),
            (rng.choice(["PAY DATE", "DATE PAID", "PAYMENT DATE"]), f"{rng.randint(25, 28)}/{mo:02d}/{yr}"),
            ("DEPARTMENT", rng.choice(["WAREHOUSE", "ACCOUNTS", "PRODUCTION"]))]
    y = 72
    for k, v in rows:
        s.rect(24, y, 140, y + 15, fill=235)
        s.rect(140, y, 396, y + 15)
        s.text(28, y + 11, k, 8, "sans-bold")
        s.text(144, y + 11, v, 8)
        y += 15
    earn, gross, ded, net = _split(rng, country)
    y += 20
    s.text(24, y, "EARNINGS", 8.5, "sans-bold")
    s.text(220, y, "DEDUCTIONS", 8.5, "sans-bold")
    for i in range(max(len(earn), len(ded))):
        y += 13
        if i < len(earn):
            s.text(24, y, earn[i][0].upper(), 8)
            s.text(200, y, m(earn[i][1]), 8, align="right")
        if i < len(ded):
            s.text(220, y, ded[i][0].upper(), 8)
            s.text(396, y, m(ded[i][1]), 8, align="right")
    y += 18
    s.hline(24, 396, y - 11)
    s.text(24, y, rng.choice(["GROSS PAY", "TOTAL EARNINGS", "GROSS SALARY"]), 8, "sans-bold")
    s.text(200, y, m(gross), 8, "sans-bold", "right")
    s.text(220, y, rng.choice(["TOTAL DEDUCTIONS", "TOTAL DEDUCTION"]), 8, "sans-bold")
    s.text(396, y, m(sum((v for _, v in ded), D(0))), 8, "sans-bold", "right")
    y += 24
    s.text(220, y, rng.choice(["NET PAY", "NETT PAY", "NET SALARY"]), 9, "sans-bold")
    s.text(396, y, m(net), 9, "sans-bold", "right")
    _truth(s, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def india_pairs(rng: random.Random) -> Fig:
    """IN: two label/figure pairs on one row, lakh grouping, whole rupees."""
    s = Sheet("india_pairs", "en")
    name = rng.choice(NAMES_PLAIN + NAMES_MIDDLE)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)

    def lakh(v: int) -> str:
        t = str(v)
        if len(t) <= 3:
            return t
        head, tail = t[:-3], t[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        return ",".join([head] + parts + [tail]) if head else ",".join(parts + [tail])
    s.text(210, 36, rng.choice(EMP_IN), 11, "sans-bold", "centre")
    s.text(210, 52, f"Payslip for the month of {MONTHS[mo - 1]} {yr}", 9, "sans", "centre")
    s.text(24, 76, f"{rng.choice(['Employee Name', 'Name of Employee', 'Emp Name'])} : {name}", 8)
    s.text(230, 76, f"Employee Code : KS{rng.randint(1000, 9999)}", 8)
    s.text(24, 89, f"Designation : {rng.choice(['Executive', 'Operator', 'Analyst'])}", 8)
    s.text(230, 89, f"PAN : ABCPK{rng.randint(1000, 9999)}Q", 8)
    earn = [("Basic", rng.randint(30000, 70000)), ("HRA", rng.randint(10000, 30000)),
            ("Special Allowance", rng.randint(5000, 20000)), ("Conveyance", 1600)]
    ded = [("Provident Fund", 1800), ("Professional Tax", 200), ("Income Tax", rng.randint(2000, 9000))]
    gross, dsum = sum(v for _, v in earn), sum(v for _, v in ded)
    net = gross - dsum
    y = 112
    cur = rng.choice(["(Rs)", "(₹)", "(INR)"])
    s.rect(24, y - 10, 396, y + 4, fill=230)
    s.text(28, y, f"Earnings {cur}", 8, "sans-bold")
    s.text(206, y, "Amount", 8, "sans-bold", "right")
    s.text(214, y, f"Deductions {cur}", 8, "sans-bold")
    s.text(392, y, "Amount", 8, "sans-bold", "right")
    for i in range(4):
        y += 13
        s.text(28, y, earn[i][0], 8)
        s.text(206, y, lakh(earn[i][1]), 8, align="right")
        if i < len(ded):
            s.text(214, y, ded[i][0], 8)
            s.text(392, y, lakh(ded[i][1]), 8, align="right")
    y += 15
    s.rect(24, y - 10, 396, y + 4)
    s.text(28, y, f"{rng.choice(['Total Earnings', 'Gross Earnings', 'Gross Salary'])} {cur}", 8, "sans-bold")
    s.text(206, y, lakh(gross), 8, "sans-bold", "right")
    s.text(214, y, f"Total Deductions {cur}", 8, "sans-bold")
    s.text(392, y, lakh(dsum), 8, "sans-bold", "right")
    y += 26
    s.text(28, y, f"{rng.choice(['Net Pay', 'Net Salary', 'Net Take Home'])} {cur} : {lakh(net)}", 9, "sans-bold")
    s.text(28, y + 14, "(Rupees " + rng.choice(["only", "in words as per bank advice"]) + ")", 7)
    _truth(s, name, f"{yr}-{mo:02d}", D(gross), D(net))
    return Fig(s, "payslip")


def net_to_account(rng: random.Random) -> Fig:
    """NZ/AU/ZA/KE: the net label names the account it is paid into; period as a date range in a boxed header."""
    s = Sheet("net_to_account", "en")
    country = rng.choice(["NZ", "ZA", "KE", "UK"])
    name = rng.choice(NAMES_PLAIN + NAMES_MIDDLE)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 11)
    end = (date(yr, mo + 1, 1) - date.resolution)
    s.text(24, 36, rng.choice(EMP_OTHER), 11, "sans-bold")
    s.text(396, 36, rng.choice(["Payslip", "Pay Advice", "Remittance Advice"]), 10, "sans-bold", "right")
    s.rect(24, 48, 396, 80)
    s.text(30, 60, f"{rng.choice(['Employee', 'Name', 'Pay to'])}: {name}", 8)
    per = rng.choice([f"01/{mo:02d}–{end.day}/{mo:02d}/{yr}", f"01/{mo:02d}/{yr} - {end.day}/{mo:02d}/{yr}",
                      f"1 {MONTHS[mo - 1][:3]} {yr} to {end.day} {MONTHS[mo - 1][:3]} {yr}"])
    s.text(230, 60, f"{rng.choice(['Period', 'Pay Period', 'Period covered'])} {per}", 8)
    s.text(30, 74, f"Tax code M   IRD/Tax no {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}", 7.5)
    s.text(230, 74, f"Pay date {end.day}/{mo:02d}/{yr}", 7.5)
    earn, gross, ded, net = _split(rng, country, 2)
    y = 104
    s.text(24, y, "Description", 8, "sans-bold")
    s.text(300, y, "Hours", 8, "sans-bold", "right")
    s.text(396, y, "Amount", 8, "sans-bold", "right")
    for n, v in earn:
        y += 13
        s.text(24, y, n, 8)
        s.text(300, y, f"{rng.randint(20, 80)}.00", 8, align="right")
        s.text(396, y, m(v), 8, align="right")
    y += 15
    s.text(24, y, rng.choice(GROSS_EN), 8, "sans-bold")
    s.text(396, y, m(gross), 8, "sans-bold", "right")
    for n, v in ded:
        y += 13
        s.text(24, y, n, 8)
        s.text(396, y, m(-v), 8, align="right")
    y += 24
    acct = rng.choice([f"{rng.randint(10, 38)}-{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}-00",
                       f"****{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)} {rng.randint(1000000, 9999999)}"])
    s.text(24, y, f"{rng.choice(['NET PAY', 'Net Pay', 'NETT PAY'])} (to {acct})", 9, "sans-bold")
    s.text(396, y, m(net), 9, "sans-bold", "right")
    _truth(s, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def middle_initial(rng: random.Random) -> Fig:
    """PH/IE/NL/ES: a name with a middle initial or particles; 'Month: June' with the year only on the pay date."""
    s = Sheet("middle_initial", "en")
    country = rng.choice(["PH", "UK"])
    name = rng.choice(NAMES_MIDDLE)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(24, 36, rng.choice(EMP_OTHER), 11, "serif-bold")
    s.text(24, 52, rng.choice(["Employee Pay Slip", "PAYSLIP", "Salary Statement"]), 9, "serif")
    s.text(24, 74, f"{rng.choice(['Employee Name', 'Employee', 'Name'])}: {name}", 8.5, "serif")
    s.text(24, 88, f"{rng.choice(['Month', 'Pay month', 'Payroll Month'])}: {MONTHS[mo - 1]}", 8.5, "serif")
    s.text(230, 88, f"{rng.choice(['Pay date', 'Date of payment', 'Payout date'])}: "
                    f"{MONTHS[mo - 1][:3]} {rng.randint(25, 28)}, {yr}", 8.5, "serif")
    s.text(230, 74, f"Employee ID: {rng.randint(10000, 99999)}", 8.5, "serif")
    earn, gross, ded, net = _split(rng, country)
    y = 112
    for n, v in earn:
        s.text(24, y, n, 8.5, "serif")
        s.text(396, y, m(v), 8.5, "serif", "right")
        y += 13
    s.text(24, y, rng.choice(GROSS_EN), 8.5, "serif-bold")
    s.text(396, y, m(gross), 8.5, "serif-bold", "right")
    y += 20
    for n, v in ded:
        s.text(24, y, n, 8.5, "serif")
        s.text(396, y, m(v), 8.5, "serif", "right")
        y += 13
    s.text(24, y, rng.choice(DED_EN), 8.5, "serif-bold")
    s.text(396, y, m(sum((v for _, v in ded), D(0))), 8.5, "serif-bold", "right")
    y += 22
    s.text(24, y, rng.choice(NET_EN), 10, "serif-bold")
    s.text(396, y, m(net), 10, "serif-bold", "right")
    _truth(s, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def zh_sections(rng: random.Random) -> Fig:
    """工资单 with lettered sections whose totals follow their items (A-固定薪酬合计, 应发小计)."""
    s = Sheet("zh_sections", "zh")
    name = rng.choice(NAMES_ZH)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(210, 36, rng.choice(EMP_ZH), 11, "cjk", "centre")
    s.text(210, 54, f"{yr}年{mo:02d}月 员工薪资明细", 10, "cjk", "centre")
    s.text(24, 76, f"{rng.choice(['员工姓名', '姓名', '职员'])}：{name}    部门：{rng.choice(['生产部', '财务部', '仓储部'])}", 8.5, "cjk")
    fixed = [("基本工资", amt(rng, 2500, 6000)), ("岗位津贴", amt(rng, 200, 900)), ("交通补贴", amt(rng, 100, 400))]
    var = [("加班工资", amt(rng, 100, 1500)), ("绩效奖金", amt(rng, 200, 2000))]
    fs, vs = sum((v for _, v in fixed), D(0)), sum((v for _, v in var), D(0))
    gross = fs + vs
    ded = [("社保个人部分", amt(rng, 200, 600)), ("公积金个人部分", amt(rng, 200, 700)), ("个人所得税", amt(rng, 0, 300))]
    dsum = sum((v for _, v in ded), D(0))
    net = gross - dsum
    y = 100
    gl = rng.choice(["应发小计", "应发合计", "应发工资合计"])
    rows = ([("A-固定薪酬", None)] + fixed + [("A-固定薪酬合计", fs)] + [("B-浮动薪酬", None)] + var
            + [("B-浮动薪酬合计", vs), (gl, gross), ("C-代扣项目", None)] + ded + [("C-代扣合计", dsum)])
    for n, v in rows:
        s.text(30 if v is not None and "合计" not in n and "小计" not in n else 24, y, n, 8.5, "cjk")
        if v is not None:
            s.text(396, y, f"{v:,.2f}", 8.5, "cjk", "right")
        y += 14
    y += 8
    s.text(24, y, f"{rng.choice(['实发工资', '实发金额', '本月实发'])}：{net:,.2f}", 10, "cjk")
    _truth(s, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def zh_four_col(rng: random.Random) -> Fig:
    """A 4-column grid (项目 金额 项目 金额) with a zero row; 应发 and 实发 in the last row, side by side."""
    s = Sheet("zh_four_col", "zh")
    name = rng.choice(NAMES_ZH)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(210, 36, f"{rng.choice(EMP_ZH)}工资条", 11, "cjk", "centre")
    s.text(24, 60, f"姓名：{name}", 8.5, "cjk")
    s.text(220, 60, f"{rng.choice(['工资月份', '所属期间', '发薪月份'])}：{yr}-{mo:02d}", 8.5, "cjk")
    earn = [("基本工资", amt(rng, 2500, 6000)), ("加班费", amt(rng, 100, 900)), ("餐补", D("0.00")),
            ("全勤奖", amt(rng, 100, 300))]
    ded = [("养老保险", amt(rng, 150, 400)), ("医疗保险", amt(rng, 40, 120)), ("事假扣款", D("0.00")),
           ("个税", amt(rng, 0, 150))]
    gross = sum((v for _, v in earn), D(0))
    net = gross - sum((v for _, v in ded), D(0))
    rows = list(zip(earn, ded, strict=True)) + [((rng.choice(["应发合计", "应发工资"]), gross),
                                    (rng.choice(["实发合计", "实发工资"]), net))]
    y = 80
    for (a, av), (b, bv) in [(("收入项目", None), ("扣款项目", None))] + rows:
        for x0, t, v in ((24, a, av), (210, b, bv)):
            s.rect(x0, y, x0 + 100, y + 16)
            s.rect(x0 + 100, y, x0 + 186, y + 16)
            s.text(x0 + 4, y + 11, t, 8, "cjk")
            s.text(x0 + 182, y + 11, "金额" if v is None else f"{v:,.2f}", 8, "cjk", "right")
        y += 16
    _truth(s, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


LAYOUTS: list[Callable[[random.Random], Fig]] = [kv_caps, india_pairs, net_to_account, middle_initial, zh_sections,
                                                 zh_four_col]


def generate(seed: int, per_layout: int, pictures: int = 0) -> list[Fig]:
    """``per_layout`` documents of each layout, text PDFs; the first ``pictures`` of them drawn as phone photos."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        for k in range(per_layout):
            out.append(lay(random.Random(seed * 7919 + li * 131 + k)))
    for f in out[:: max(1, len(out) // max(pictures, 1))][:pictures]:
        f.form = "photo"
    return out


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch.isalnum()).casefold()


def same(f: str, want: str, got: str | None) -> bool:
    if got is None:
        return False
    if f in ("gross_pay", "net_pay"):
        try:
            return D(got.replace(",", "")) == D(want)
        except ArithmeticError:
            return False
    if f == "employee":
        return fold(got) == fold(want)
    return got.strip() == want


def measure(root: Path, seed: int, per_layout: int, pictures: int = 0) -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); count documents, types,
    fields, right, wrong at >= 0.9."""
    return measure_sheets(root, generate(seed, per_layout, pictures), seed,
                          lambda f, want, got, _accept: same(f, want, got))


if __name__ == "__main__":
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as t:
        res = measure(Path(t), int(sys.argv[1]) if len(sys.argv) > 1 else 1,
                      int(sys.argv[2]) if len(sys.argv) > 2 else 4, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    for f in res.pop("failures"):
        print(*f, sep=" | ")
    print(res, f"{100 * res['right'] / max(res['fields'], 1):.1f} %")
