"""The evaluation set's documents: layouts and wordings unlike samples/, with their true field values.

Each builder takes a random generator and returns (lines, fields): ``lines`` is a list of rows, each
a list of (x as a fraction of the page width, text); ``fields`` are the values the extractor should
return, normalised per the spec. Everything is fictitious.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

Row = list[tuple[float, str]]
Built = tuple[list[Row], dict[str, str]]

EN_FIRST = ["Amelia", "Oliver", "Priya", "Tomasz", "Grace", "Samuel", "Chloe", "Marcus", "Nadia", "Owen"]
EN_LAST = ["Hughes", "Patel", "Nowak", "Bennett", "Adeyemi", "Clarke", "Murray", "Fletcher", "Khan", "Doyle"]
ZH_NAMES = ["王建国", "陈晓燕", "刘洋", "赵敏", "孙立伟", "周婷", "吴海涛", "郑雪", "黄志强", "林佳"]
EN_COMPANIES = ["Harrow Print Works Ltd", "Mersey Freight Limited", "Oakfield Dental Care Ltd", "Kestrel Software Ltd"]
US_COMPANIES = ["Bluefin Analytics Inc.", "Cedar Ridge Foods LLC"]
ZH_COMPANIES = ["上海启明物流有限公司", "杭州云帆网络科技有限公司", "广州恒达食品有限公司", "成都蓝海教育咨询有限公司"]
EN_BANKS = [("Thameside Bank", "Thameside Bank plc"), ("Northgate Bank", "Northgate Bank")]
US_BANKS = ["Lakeshore Bank"]
ZH_BANKS = ["华夏东方银行", "江南商业银行"]
ZH_HOSPITALS = ["上海市徐汇区中心医院", "杭州市第一人民医院", "广州市海珠区妇幼保健医院"]
EN_CLINICS = ["Riverside Medical Centre", "St Anne's Hospital"]


def money(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo * 100, hi * 100) / 100:.2f}"


def thousands(v: str, sep: str = ",") -> str:
    whole, cents = v.split(".")
    return f"{int(whole):,}".replace(",", sep) + "." + cents


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


# --- payslips --------------------------------------------------------------------------------------------

def payslip_gb(rng: random.Random) -> Built:
    name, emp, m = en_name(rng), rng.choice(EN_COMPANIES), rng.choice([8, 9, 10])
    gross = money(rng, 2200, 3600)
    net = f"{float(gross) * 0.78:.2f}"
    rows = [[(0.08, emp)], [(0.08, f"Salary slip - {EN_MONTHS[m - 1]} 2026")], [],
            [(0.08, "Employee name"), (0.45, "Payroll number"), (0.72, "Payment date")],
            [(0.08, name), (0.45, f"P-{rng.randint(10000, 99999)}"), (0.72, f"28/{m:02d}/2026")], [],
            [(0.08, "Earnings"), (0.62, "This month"), (0.82, "To date")],
            [(0.08, "Basic salary"), (0.62, thousands(gross)), (0.82, thousands(f"{float(gross) * m:.2f}"))],
            [(0.08, "Total gross pay"), (0.62, thousands(gross)), (0.82, thousands(f"{float(gross) * m:.2f}"))],
            [(0.08, "Income tax"), (0.62, f"{float(gross) * 0.12:.2f}")],
            [(0.08, "National Insurance"), (0.62, f"{float(gross) * 0.10:.2f}")],
            [(0.08, "Net pay this period"), (0.62, "£" + thousands(net))]]
    return rows, {"employer": emp, "employee": name, "period": f"2026-{m:02d}", "gross_pay": gross, "net_pay": net}


def payslip_us(rng: random.Random) -> Built:
    name, emp, m = en_name(rng), rng.choice(US_COMPANIES), rng.choice([8, 9, 10])
    gross = money(rng, 3500, 6000)
    net = f"{float(gross) * 0.74:.2f}"
    mon = EN_MONTHS[m - 1][:3]
    rows = [[(0.08, emp.upper())], [(0.08, "PAY STATEMENT")], [],
            [(0.08, f"Employee: {name}")], [(0.08, f"Pay period: {mon} 1, 2026 - {mon} {month_end(2026, m).day}, 2026")],
            [(0.08, f"Check date: {m:02d}/{month_end(2026, m).day:02d}/2026")], [],
            [(0.08, "Gross earnings"), (0.6, "$" + thousands(gross))],
            [(0.08, "Federal tax"), (0.6, f"${float(gross) * 0.16:.2f}")],
            [(0.08, "Net amount"), (0.6, "$" + thousands(net))]]
    fields = {"employer": emp.upper().rstrip("."), "employee": name, "period": f"2026-{m:02d}", "gross_pay": gross,
              "net_pay": net}
    return rows, fields


def payslip_zh_form(rng: random.Random) -> Built:
    name, emp, m = rng.choice(ZH_NAMES), rng.choice(ZH_COMPANIES), rng.choice([8, 9, 10])
    gross = money(rng, 6000, 15000)
    net = f"{float(gross) * 0.8:.2f}"
    rows = [[(0.08, emp)], [(0.3, "工资发放明细")], [],
            [(0.08, f"姓名：{name}"), (0.55, "部门：市场部")], [(0.08, f"所属月份：2026年{m}月")], [],
            [(0.08, "基本工资"), (0.6, thousands(f"{float(gross) * 0.8:.2f}"))],
            [(0.08, "应发合计"), (0.6, thousands(gross))],
            [(0.08, "社保个人部分"), (0.6, f"{float(gross) * 0.105:.2f}")],
            [(0.08, "实发金额"), (0.6, thousands(net))]]
    return rows, {"employer": emp, "employee": name, "period": f"2026-{m:02d}", "gross_pay": gross, "net_pay": net}


def payslip_zh_table(rng: random.Random) -> Built:
    name, emp, m = rng.choice(ZH_NAMES), rng.choice(ZH_COMPANIES), rng.choice([8, 9, 10])
    gross = money(rng, 6000, 15000)
    net = f"{float(gross) * 0.82:.2f}"
    rows = [[(0.3, "薪资单")], [(0.08, f"单位名称 {emp}")], [(0.08, f"员工姓名 {name}"), (0.55, f"工资期间 2026.{m:02d}")], [],
            [(0.08, "基本工资"), (0.28, "绩效"), (0.45, "应发工资"), (0.65, "个税"), (0.8, "实发工资")],
            [(0.08, f"{float(gross) * 0.7:.2f}"), (0.28, f"{float(gross) * 0.3:.2f}"), (0.45, gross),
             (0.65, f"{float(gross) * 0.03:.2f}"), (0.8, net)]]
    return rows, {"employer": emp, "employee": name, "period": f"2026-{m:02d}", "gross_pay": gross, "net_pay": net}


# --- bank statements -------------------------------------------------------------------------------------

def _tx_rows_en(rng: random.Random, y: int, m: int, us: bool) -> list[Row]:
    rows = []
    for d in sorted(rng.sample(range(2, 28), 4)):
        when = f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d} {EN_MONTHS[m - 1][:3]} {y}"
        rows.append([(0.06, when), (0.3, rng.choice(["CARD PAYMENT GROCER", "DIRECT DEBIT COUNCIL", "TRANSFER"])),
                     (0.7, money(rng, 5, 300))])
    return rows


def statement_gb(rng: random.Random) -> Built:
    name, (bank, legal), m = en_name(rng), rng.choice(EN_BANKS), rng.choice([8, 9, 10])
    acct = f"{rng.randint(10000000, 99999999)}"
    close = money(rng, 100, 5000)
    end = month_end(2026, m)
    rows = [[(0.06, legal)], [(0.06, "Current account statement")], [(0.06, f"MRS {name.upper()}")], [],
            [(0.06, f"Account no. {acct}"), (0.55, "Sort code 30-12-44")],
            [(0.06, f"Period covered: 01 {EN_MONTHS[m - 1][:3]} 2026 - {end.day} {EN_MONTHS[m - 1][:3]} 2026")], [],
            [(0.06, "Date"), (0.3, "Details"), (0.7, "Amount")]] + _tx_rows_en(rng, 2026, m, False) + [
            [], [(0.06, "Balance carried forward"), (0.6, "£" + thousands(close))]]
    return rows, {"bank": bank, "account_holder": name.upper(), "account_number": acct,
                  "period_start": f"2026-{m:02d}-01", "period_end": end.isoformat(), "closing_balance": close}


def statement_us(rng: random.Random) -> Built:
    name, bank, m = en_name(rng), rng.choice(US_BANKS), rng.choice([8, 9, 10])
    close = money(rng, 100, 5000)
    end = month_end(2026, m)
    last4 = f"{rng.randint(1000, 9999)}"
    rows = [[(0.06, bank)], [(0.06, "Checking account statement")], [(0.06, f"Account holder: {name}")],
            [(0.06, f"Account number: ****{last4}")],
            [(0.06, f"Statement period: {m:02d}/01/2026 to {m:02d}/{end.day:02d}/2026")], [],
            [(0.06, "Beginning balance"), (0.6, "$" + thousands(money(rng, 100, 5000)))],
            [(0.06, "Ending balance"), (0.6, "$" + thousands(close))], []] + _tx_rows_en(rng, 2026, m, True)
    return rows, {"bank": bank, "account_holder": name, "account_number": last4, "period_start": f"2026-{m:02d}-01",
                  "period_end": end.isoformat(), "closing_balance": close}


def statement_zh_a(rng: random.Random) -> Built:
    name, bank, m = rng.choice(ZH_NAMES), rng.choice(ZH_BANKS), rng.choice([6, 7, 8])
    acct = "6222" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    close = money(rng, 1000, 30000)
    end = month_end(2026, m + 2)
    rows = [[(0.2, f"{bank}对账单")], [(0.06, f"账户名称：{name}"), (0.45, f"账号：{acct[:4]} {acct[4:8]} {acct[8:12]} {acct[12:]}")],
            [(0.06, f"查询期间：2026年{m:02d}月01日至2026年{end.month:02d}月{end.day:02d}日")], [],
            [(0.06, "日期"), (0.25, "摘要"), (0.5, "金额"), (0.7, "余额")]]
    for i in range(4):
        rows.append([(0.06, f"2026{m:02d}{10 + i:02d}"), (0.25, rng.choice(["消费", "转账", "代扣电费", "工资"])),
                     (0.5, money(rng, 10, 900)), (0.7, thousands(money(rng, 1000, 30000)))])
    rows += [[], [(0.06, f"本期余额：{thousands(close)}")]]
    return rows, {"bank": bank, "account_holder": name, "account_number": acct, "period_start": f"2026-{m:02d}-01",
                  "period_end": end.isoformat(), "closing_balance": close}


def statement_zh_b(rng: random.Random) -> Built:
    name, bank, m = rng.choice(ZH_NAMES), rng.choice(ZH_BANKS), rng.choice([8, 9, 10])
    last4 = f"{rng.randint(1000, 9999)}"
    close = money(rng, 1000, 30000)
    end = month_end(2026, m)
    rows = [[(0.06, bank)], [(0.06, "活期账户交易明细")], [(0.06, f"客户姓名 {name}"), (0.45, f"卡号 6228********{last4}")],
            [(0.06, f"起始日期 2026-{m:02d}-01"), (0.45, f"截止日期 {end.isoformat()}")], [],
            [(0.06, "交易日期"), (0.3, "交易金额"), (0.55, "期末余额")],
            [(0.06, f"2026-{m:02d}-15"), (0.3, "-" + money(rng, 10, 900)), (0.55, thousands(close))]]
    return rows, {"bank": bank, "account_holder": name, "account_number": last4, "period_start": f"2026-{m:02d}-01",
                  "period_end": end.isoformat(), "closing_balance": close}


# --- medical bills -------------------------------------------------------------------------------------

def bill_gb(rng: random.Random) -> Built:
    name, clinic = en_name(rng), rng.choice(EN_CLINICS)
    d = date(2026, rng.randint(6, 10), rng.randint(1, 28))
    total = money(rng, 60, 900)
    rows = [[(0.08, clinic)], [(0.08, "Invoice")], [], [(0.08, f"Patient name: {name}")],
            [(0.08, f"Invoice date: {d.day} {EN_MONTHS[d.month - 1]} {d.year}")], [],
            [(0.08, "Consultation"), (0.65, "£" + money(rng, 20, 50))], [(0.08, "Amount due"), (0.65, "£" + thousands(total))]]
    return rows, {"provider": clinic, "patient": name, "date": d.isoformat(), "total": total}


def bill_us(rng: random.Random) -> Built:
    name = en_name(rng)
    d = date(2026, rng.randint(6, 10), rng.randint(1, 28))
    total = money(rng, 400, 4000)
    rows = [[(0.08, "Lakeview General Hospital")], [(0.08, "Statement of charges")], [], [(0.08, f"Patient: {name}")],
            [(0.08, f"Date of service: {d.month:02d}/{d.day:02d}/{d.year}")], [],
            [(0.08, "Total charges"), (0.6, "$" + thousands(total))],
            [(0.08, "Insurance paid"), (0.6, "$" + f"{float(total) * 0.7:.2f}")],
            [(0.08, "Balance due"), (0.6, "$" + f"{float(total) * 0.3:.2f}")]]
    return rows, {"provider": "Lakeview General Hospital", "patient": name, "date": d.isoformat(), "total": total}


def bill_zh_a(rng: random.Random) -> Built:
    name, hosp = rng.choice(ZH_NAMES), rng.choice(ZH_HOSPITALS)
    d = date(2026, rng.randint(6, 10), rng.randint(1, 28))
    total = money(rng, 80, 3000)
    rows = [[(0.15, hosp)], [(0.3, "门诊收费票据")], [], [(0.08, f"患者姓名：{name}"), (0.55, "性别：女")],
            [(0.08, f"收费日期：{d.year}年{d.month}月{d.day}日")], [], [(0.08, "西药费"), (0.6, money(rng, 10, 80))],
            [(0.08, "检查费"), (0.6, money(rng, 10, 80))], [(0.08, f"费用合计：¥{thousands(total)}")]]
    return rows, {"provider": hosp, "patient": name, "date": d.isoformat(), "total": total}


def bill_zh_b(rng: random.Random) -> Built:
    name = rng.choice(ZH_NAMES)
    hosp = "南京市鼓楼区社区卫生服务中心"
    d = date(2026, rng.randint(6, 10), rng.randint(1, 28))
    total = money(rng, 80, 3000)
    rows = [[(0.1, hosp)], [(0.3, "医疗收费票据")], [], [(0.08, f"就诊人 {name}"), (0.55, f"结算日期 {d.year}.{d.month:02d}.{d.day:02d}")],
            [], [(0.08, "项目"), (0.6, "金额")], [(0.08, "治疗费"), (0.6, money(rng, 10, 80))],
            [(0.08, "合计金额"), (0.6, f"¥ {thousands(total)}")]]
    return rows, {"provider": hosp, "patient": name, "date": d.isoformat(), "total": total}


# --- letters -------------------------------------------------------------------------------------------

def unemployment_gb(rng: random.Random) -> Built:
    name, emp = en_name(rng), rng.choice(EN_COMPANIES)
    d = date(2026, rng.randint(7, 10), rng.randint(1, 28))
    rows = [[(0.08, emp)], [(0.08, "14 Quay Street, Bristol BS1 4DB")], [], [(0.62, f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")],
            [(0.08, f"Dear {name},")], [(0.08, "Termination of employment")],
            [(0.08, "We confirm that your employment with us was terminated by reason of")],
            [(0.08, "redundancy. Your final pay will include your notice period.")], [(0.08, "Yours sincerely, HR Manager")]]
    return rows, {"person": name, "issuer": emp, "date": d.isoformat()}


def unemployment_jobcentre(rng: random.Random) -> Built:
    name = en_name(rng)
    d = date(2026, rng.randint(7, 10), rng.randint(1, 28))
    rows = [[(0.08, "Jobcentre Plus")], [(0.08, "Confirmation of your claim")], [],
            [(0.08, f"This is to confirm that {name} has claimed Jobseeker's Allowance")],
            [(0.08, "and is currently unemployed.")], [], [(0.08, f"Date: {d.day:02d}/{d.month:02d}/{d.year}")]]
    return rows, {"person": name, "issuer": "Jobcentre Plus", "date": d.isoformat()}


def unemployment_zh_a(rng: random.Random) -> Built:
    name, emp = rng.choice(ZH_NAMES), rng.choice(ZH_COMPANIES)
    d = date(2026, rng.randint(7, 10), rng.randint(1, 28))
    rows = [[(0.4, "离职证明")], [],
            [(0.08, f"兹证明{name}同志于{d.year}年{d.month}月1日起与我公司解除劳动合同，")],
            [(0.08, "现已办理完离职手续。")], [(0.08, "特此证明。")], [],
            [(0.5, f"{emp}（盖章）")], [(0.55, f"{d.year}年{d.month}月{d.day}日")]]
    return rows, {"person": name, "issuer": emp, "date": d.isoformat()}


def unemployment_zh_b(rng: random.Random) -> Built:
    name = rng.choice(ZH_NAMES)
    d = date(2026, rng.randint(7, 10), rng.randint(1, 28))
    office = "上海市徐汇区人力资源和社会保障局"
    rows = [[(0.35, "失业登记证明")], [], [(0.08, f"姓名：{name}"), (0.5, "性别：男")],
            [(0.08, "登记状态：失业")], [(0.08, f"发证机关：{office}")], [(0.08, f"日期：{d.year}年{d.month}月{d.day}日")]]
    return rows, {"person": name, "issuer": office, "date": d.isoformat()}


def income_gb(rng: random.Random) -> Built:
    name, emp = en_name(rng), rng.choice(EN_COMPANIES)
    d = date(2026, rng.randint(8, 11), rng.randint(1, 15))
    pay = money(rng, 1800, 3500)
    rows = [[(0.08, emp)], [(0.08, "Proof of income")], [], [(0.08, "To whom it may concern,")],
            [(0.08, f"This is to certify that {name} is employed by us full time")],
            [(0.08, f"and earns a monthly salary of £{thousands(pay)} before tax.")], [],
            [(0.08, f"Date: {d.day} {EN_MONTHS[d.month - 1]} {d.year}")]]
    return rows, {"employer": emp, "employee": name, "monthly_income": pay, "date": d.isoformat()}


def income_zh(rng: random.Random) -> Built:
    name, emp = rng.choice(ZH_NAMES), rng.choice(ZH_COMPANIES)
    d = date(2026, rng.randint(8, 11), rng.randint(1, 15))
    pay = money(rng, 5000, 20000)
    rows = [[(0.4, "收入证明")], [], [(0.08, f"兹证明{name}同志系我单位正式员工，")],
            [(0.08, f"月均收入为人民币{thousands(pay)}元。")], [(0.08, "特此证明。")], [],
            [(0.5, f"{emp}（盖章）")], [(0.55, f"{d.year}年{d.month}月{d.day}日")]]
    return rows, {"employer": emp, "employee": name, "monthly_income": pay, "date": d.isoformat()}


# --- look-alikes ---------------------------------------------------------------------------------------

def utility_gb(rng: random.Random) -> Built:
    rows = [[(0.08, "Severn Power & Gas")], [(0.08, "Your energy statement")], [(0.08, f"Mr {en_name(rng)}")],
            [(0.08, "Account number 7781 2290 11")], [(0.08, "Statement period 1 Aug 2026 to 31 Aug 2026")],
            [(0.08, "Electricity used 312 kWh"), (0.6, "£86.20")], [(0.08, "Gas used 410 kWh"), (0.6, "£31.40")],
            [(0.08, "Closing balance"), (0.6, "£117.60")]]
    return rows, {}


def insurance_card(rng: random.Random) -> Built:
    rows = [[(0.08, "Unity Health Insurance card")], [(0.08, f"Member: {en_name(rng)}")], [(0.08, "Member ID 88-221-904")],
            [(0.08, "Group number 4412")], [(0.08, "Policy valid to 31/12/2026")], [(0.08, "Hospital admissions: call 0800 000 111")]]
    return rows, {}


def receipt_zh(rng: random.Random) -> Built:
    rows = [[(0.2, "联华超市（徐汇店）")], [(0.08, "收银小票")], [(0.08, "商品名称"), (0.6, "金额")],
            [(0.08, "牛奶"), (0.6, "12.50")], [(0.08, "面包"), (0.6, "8.00")], [(0.08, "合计"), (0.6, "¥20.50")],
            [(0.08, "2026-10-03 18:22")], [(0.08, "收银员：007")]]
    return rows, {}


def power_bill_zh(rng: random.Random) -> Built:
    rows = [[(0.2, "国网上海市电力公司")], [(0.2, "电费缴费通知单")], [(0.08, f"户名：{rng.choice(ZH_NAMES)}")],
            [(0.08, "户号：3100 2291 88")], [(0.08, "账单周期：2026年9月1日至2026年9月30日")], [(0.08, "本期用电量：236 千瓦时")],
            [(0.08, "应缴电费：¥142.60")]]
    return rows, {}


BUILDERS: list[tuple[str, str, str, Callable[[random.Random], Built]]] = [
    ("payslip", "en", "gb", payslip_gb), ("payslip", "en", "us", payslip_us),
    ("payslip", "zh", "form", payslip_zh_form), ("payslip", "zh", "table", payslip_zh_table),
    ("bank_statement", "en", "gb", statement_gb), ("bank_statement", "en", "us", statement_us),
    ("bank_statement", "zh", "a", statement_zh_a), ("bank_statement", "zh", "b", statement_zh_b),
    ("medical_bill", "en", "gb", bill_gb), ("medical_bill", "en", "us", bill_us),
    ("medical_bill", "zh", "a", bill_zh_a), ("medical_bill", "zh", "b", bill_zh_b),
    ("unemployment_proof", "en", "letter", unemployment_gb), ("unemployment_proof", "en", "jobcentre", unemployment_jobcentre),
    ("unemployment_proof", "zh", "letter", unemployment_zh_a), ("unemployment_proof", "zh", "register", unemployment_zh_b),
    ("income_proof", "en", "letter", income_gb), ("income_proof", "zh", "letter", income_zh),
    ("other", "en", "utility", utility_gb), ("other", "en", "insurance", insurance_card),
    ("other", "zh", "receipt", receipt_zh), ("other", "zh", "power", power_bill_zh),
]
