"""A generator of documents that carry a person's name in the places real issuers put it (issue 10, people's names:
employee, account_holder, patient, person), written apart from the extractor and its vocabulary.

Ten layouts, each in English and Chinese: a payslip whose name sits in a grid of cells (label above value), a US-style
stub whose employee is an address block under the employer's, a chat-app pay card (企业微信/WeCom: 姓名 in a
two-column grid), an employment confirmation letter whose name is only in its sentence under an all-caps heading, a
termination letter naming the person in running text ("Dear …", "Re: …", 兹有…，身份证号…) that ends with 各执一份, a
bank statement whose holder is a bold line without a label (and a label-left variant in family-name-first order), a
neobank export ("Statement for …"), a bill whose charges are a 3-column key:value grid with the patient among the
rows, a dental receipt whose patient is a key/value table row (with a title: "Mr. …"), and a doctor's letter naming
the patient in a sentence. Label wording is drawn from pools of how issuers in the UK, US, CA, AU, NZ, IE, IN, SG,
ZA, HK and mainland China print them; names from pools across those countries. Documents are drawn by
:mod:`rolegen` as text PDFs (three Latin fonts) and, for some layouts, as scans and phone photos read by OCR.

Deterministic for a seed. The truth is the person as the benches' scorer compares names (case, spaces and
punctuation aside), given name first; ``accept`` holds the family-first reading of a name printed without a comma.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from rolegen import LATIN_FONTS, Doc

GIVEN = ["Kevin", "Aroha", "Siddharth", "Niamh", "Thabo", "Chloe", "Wei Jie", "Fatima", "Liam", "Priyanka",
         "Mateus", "Ingrid", "Kwame", "Sakura", "Ciaran", "Zanele", "Harpreet", "Marguerite", "Jun Hao", "Olusegun"]
FAMILY = ["Omondi", "Rangi", "Venkataraman", "Gallagher", "Nkosi", "Tremblay", "Lim", "Haddad", "Byrne",
          "Chatterjee", "Oliveira", "Sorensen", "Asante", "Yamamoto", "Doherty", "Dlamini", "Sandhu", "Leclerc",
          "Ng", "Adeyemi"]
ZH_NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵雪梅", "黄志强", "周晓东", "吴桂兰", "徐磊",
            "孙红霞", "胡斌", "朱丽娟", "高峰", "欧阳娜", "司马俊杰", "诸葛明", "郭佳怡", "何文涛", "罗晓婷", "梁家辉",
            "宋雨桐", "谢振华", "韩梅", "唐小龙"]
TITLES = ["Mr.", "Ms.", "Mrs", "Dr", "Miss", "Mr"]
HONORIFIC_ZH = ["同志", "先生", "女士", ""]

EMPLOYERS = ["Kestrel Logistics Ltd", "Bluegum Facilities Pty Ltd", "Maple Ridge Foods Inc.", "Harbourview Hotels Ltd",
             "Sunrise Textiles (Pvt) Ltd", "Karoo Engineering (Pty) Ltd", "Lion City Couriers Pte Ltd"]
EMPLOYERS_ZH = ["江州恒远物流有限公司", "青禾餐饮管理有限公司", "东岭电子科技有限公司", "南湖物业服务有限公司"]
BANKS = ["Northgate Bank", "Southern Cross Bank", "Emerald Savings Bank", "Lakeshore Credit Union"]
BANKS_ZH = ["江州农村商业银行", "华南商业银行", "东海银行"]
NEOBANKS = ["Quokka", "Nimbus Money", "Fernleaf"]
CLINICS = ["Riverside Dental Care", "St. Bride's Medical Centre", "Apollo Care Clinic", "Harbour Family Dental"]
HOSPITALS_ZH = ["江州市第二人民医院", "临湖县人民医院", "青山口腔医院"]


def _person(r: random.Random) -> tuple[str, str]:
    return r.choice(GIVEN), r.choice(FAMILY)


def _zh(r: random.Random) -> str:
    return r.choice(ZH_NAMES)


def _doc(name: str, type_: str, lang: str, cells: list, field: str, want: str, layout: str, r: random.Random,
         accept: set[str] | None = None) -> Doc:
    return Doc(name, type_, lang, [cells], {field: want}, font=r.choice(LATIN_FONTS), layout=layout,
               accept={field: accept or set()})


# ---- 1. payslip: the name in a grid of cells, label above its value ----------------------------------------------

def pay_grid(r: random.Random, n: int, lang: str) -> Doc:
    s = r.choice([8, 9, 10])
    if lang == "zh":
        name = _zh(r)
        heads = [r.choice(["工号", "员工编号"]), r.choice(["姓名", "员工姓名", "职工姓名"]), "部门", "岗位"]
        vals = [f"{r.randint(1000, 9999)}", name, r.choice(["仓储部", "财务部", "市场部"]), r.choice(["专员", "主管"])]
        cells = [(60, 60, r.choice(EMPLOYERS_ZH), s + 5), (60, 84, f"2025年{r.randint(1, 12)}月工资条", s + 3)]
        rows = [("基本工资", "5,200.00"), ("绩效奖金", "1,350.00"), ("应发工资", "6,550.00"),
                ("养老保险", "416.00"), ("个人所得税", "45.60"), ("实发工资", "5,620.40")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        heads = [r.choice(["Employee No.", "Staff ID", "Emp #", "Payroll No"]),
                 r.choice(["Employee", "Employee Name", "Name", "Staff Name", "Name of Employee"]),
                 r.choice(["Department", "Dept", "Cost Centre"]), r.choice(["Pay Date", "Payment Date"])]
        vals = [f"{r.randint(10000, 99999)}", name, r.choice(["Warehouse", "Finance", "Kitchen"]),
                f"{r.randint(1, 28):02d}/0{r.randint(1, 9)}/2025"]
        cells = [(60, 60, r.choice(EMPLOYERS), s + 5), (60, 84, r.choice(["PAYSLIP", "Pay Advice", "Salary Slip"]),
                                                         s + 3)]
        rows = [("Basic Salary", "3,200.00"), ("Overtime", "410.00"), ("Gross Pay", "3,610.00"),
                ("Income Tax", "512.00"), ("National Insurance", "210.40"), ("Net Pay", "2,887.60")]
    x = [60, 170, 300, 420]
    for i in range(4):
        cells += [(x[i], 120, heads[i], s), (x[i], 136, vals[i], s)]
    y = 175
    for lab, v in rows:
        cells += [(60, y, lab, s), (420, y, v, s)]
        y += 16
    return _doc(f"pay-grid-{lang}-{n}.pdf", "payslip", lang, cells, "employee", name, "pay_grid", r)


# ---- 2. payslip: the employee as an address block under the employer's -------------------------------------------

def pay_address(r: random.Random, n: int, lang: str) -> Doc:
    s = r.choice([8, 9])
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 60, r.choice(EMPLOYERS_ZH), s + 4), (60, 76, "江州市滨江路88号", s),
                 (60, 120, name, s + 1), (60, 134, "江州市新华街道幸福里3栋502室", s),
                 (330, 60, "工资单", s + 4), (330, 80, "发放日期：2025-06-10", s),
                 (330, 94, "工资所属期：2025年5月", s)]
        rows = [("基本工资", "4,800.00"), ("加班费", "620.00"), ("应发合计", "5,420.00"), ("个税", "12.60"),
                ("公积金", "480.00"), ("实发金额", "4,927.40")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        cells = [(60, 60, r.choice(EMPLOYERS), s + 4), (60, 74, "410 Commerce Way", s), (60, 86, "Dayton, OH 45402", s),
                 (60, 130, name.upper() if r.random() < 0.4 else name, s + 1),
                 (60, 142, f"{r.randint(10, 999)} {r.choice(['Elm', 'Oak', 'Birch'])} Street", s),
                 (60, 154, "Columbus, OH 43004", s),
                 (330, 60, r.choice(["Earnings Statement", "Pay Stub", "Statement of Earnings"]), s + 4),
                 (330, 80, "Check Date: 06/13/2025", s), (330, 94, "Period Ending: 06/07/2025", s)]
        rows = [("Regular", "1,440.00"), ("Tips", "385.20"), ("Gross Pay", "1,825.20"), ("Federal Income Tax", "142.00"),
                ("Social Security", "113.16"), ("Net Pay", "1,543.57")]
    y = 200
    for lab, v in rows:
        cells += [(60, y, lab, s), (420, y, v, s)]
        y += 15
    want = name if lang == "zh" else " ".join(w.capitalize() for w in name.split())
    return _doc(f"pay-address-{lang}-{n}.pdf", "payslip", lang, cells, "employee", want, "pay_address", r)


# ---- 3. a chat app's pay card: 姓名 | value grid ---------------------------------------------------------------------

def pay_card(r: random.Random, n: int, lang: str) -> Doc:
    s = 10
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 50, r.choice(["企业微信", "钉钉"]), s + 2), (60, 74, r.choice(EMPLOYERS_ZH), s - 1),
                 (60, 100, r.choice(["工资条", "薪资明细"]) + "（2025年8月）", s + 3)]
        rows = [("姓名", name), ("部门", "运营部"), ("应发工资", "7,300.00"), ("社保个人", "620.00"),
                ("个税", "33.00"), ("实发工资", "6,647.00")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        cells = [(60, 50, r.choice(["Teams", "Slack", "WeCom"]), s + 2), (60, 74, r.choice(EMPLOYERS), s - 1),
                 (60, 100, "Your payslip - August 2025", s + 3)]
        rows = [(r.choice(["Name", "Employee", "Staff"]), name), ("Team", "Operations"), ("Gross Pay", "4,100.00"),
                ("PAYG Tax", "612.00"), ("Superannuation", "471.50"), ("Net Pay", "3,488.00")]
    y = 140
    for lab, v in rows:
        cells += [(70, y, lab, s), (220, y, v, s)]
        y += 24
    return _doc(f"pay-card-{lang}-{n}.pdf", "payslip", lang, cells, "employee", name, "pay_card", r)


# ---- 4. employment confirmation: the name only in the sentence, under an all-caps heading ------------------------

def employment_letter(r: random.Random, n: int, lang: str) -> Doc:
    s = r.choice([9, 10])
    if lang == "zh":
        name = _zh(r)
        hon = r.choice(HONORIFIC_ZH)
        lead = r.choice(["兹证明", "兹有", "经查，"])
        cells = [(200, 60, r.choice(["收入证明", "在职收入证明", "工作证明"]), s + 6),
                 (60, 110, f"{lead}{name}{hon}（身份证号：4401{r.randint(10**13, 10**14 - 1)}）系我单位正式员工，", s),
                 (60, 126, "自2019年3月起在我单位工作，现任行政主管，月收入为人民币捌仟元整（¥8,000.00）。", s),
                 (60, 142, "特此证明。", s),
                 (330, 220, r.choice(EMPLOYERS_ZH) + "（盖章）", s), (330, 236, "2025年7月15日", s)]
        return _doc(f"emp-letter-zh-{n}.pdf", "income_proof", lang, cells, "employee", name, "employment_letter", r)
    g, f = _person(r)
    name = f"{g} {f}"
    t = r.choice(TITLES)
    form = r.choice([f"This is to confirm that {t} {name} has been employed by",
                     f"This is to certify that {t} {name} is employed with",
                     f"We confirm that {name} has been in our employment with",
                     f"This letter is to verify that {t} {name} is currently employed by"])
    cells = [(60, 60, r.choice(EMPLOYERS), s + 4), (60, 74, "22 Quay Street, Auckland 1010", s),
             (60, 110, "15 July 2025", s),
             (60, 140, r.choice(["CONFIRMATION OF EMPLOYMENT", "EMPLOYMENT VERIFICATION", "TO WHOM IT MAY CONCERN",
                                 "LETTER OF EMPLOYMENT"]), s + 2),
             (60, 170, form, s), (60, 184, "our company since 4 March 2019 as a Logistics Coordinator on a", s),
             (60, 198, "permanent full-time basis. The gross monthly salary is $5,400.00.", s),
             (60, 240, "Yours faithfully,", s), (60, 280, "Grace Whitmore", s), (60, 294, "HR Manager", s)]
    return _doc(f"emp-letter-en-{n}.pdf", "income_proof", lang, cells, "employee", name, "employment_letter", r)


# ---- 5. termination / redundancy letter: the person in running text --------------------------------------------

def termination_letter(r: random.Random, n: int, lang: str) -> Doc:
    s = r.choice([9, 10])
    if lang == "zh":
        name = _zh(r)
        lead = r.choice(["兹有", "兹证明", "经查，"])
        cells = [(180, 60, r.choice(["解除劳动合同证明", "离职证明", "终止劳动合同证明"]), s + 6),
                 (60, 110, f"{lead}{name}，身份证号：3301{r.randint(10**13, 10**14 - 1)}，于2021年5月入职我单位，", s),
                 (60, 126, "双方于2025年6月30日解除劳动合同，劳动关系自即日起终止。", s),
                 (60, 142, "本证明一式两份，双方各执一份。", s),
                 (330, 220, r.choice(EMPLOYERS_ZH), s), (330, 236, "2025年6月30日", s)]
        return _doc(f"termination-zh-{n}.pdf", "unemployment_proof", lang, cells, "person", name,
                    "termination_letter", r)
    g, f = _person(r)
    name = f"{g} {f}"
    t = r.choice(TITLES)
    cells = [(60, 60, r.choice(EMPLOYERS), s + 4), (60, 74, "9 Long Street, Cape Town 8001", s),
             (60, 110, "30 June 2025", s)]
    style = n % 3
    if style == 0:
        cells += [(60, 140, f"Dear {t} {name}," if r.random() < 0.4 else f"Dear {name},", s),
                  (60, 160, r.choice(["NOTICE OF REDUNDANCY", "Notice of termination of employment"]), s + 1)]
    elif style == 1:
        cells += [(60, 140, f"Re: {r.choice(['Redundancy', 'Termination of employment'])} - {name}", s + 1),
                  (60, 160, "Dear Sir/Madam,", s)]
    else:
        cells += [(60, 140, "TO WHOM IT MAY CONCERN", s + 1),
                  (60, 160, f"This is to certify that {t} {name} (ID {r.randint(10**6, 10**7 - 1)}) was employed", s)]
    cells += [(60, 184, "Following the consultation period, your position has been made redundant and", s),
              (60, 198, "your last day of employment will be 30 June 2025. You will receive payment in lieu", s),
              (60, 212, "of notice. Please keep this letter for your records.", s),
              (60, 250, "Kind regards,", s), (60, 290, "Pieter van Wyk", s), (60, 304, "Human Resources", s)]
    return _doc(f"termination-en-{n}.pdf", "unemployment_proof", lang, cells, "person", name, "termination_letter", r)


# ---- 6. bank statement: the holder as a bold line without a label, or label-left family-name-first ----------------

def statement_holder(r: random.Random, n: int, lang: str) -> Doc:
    s = r.choice([8, 9])
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 56, r.choice(BANKS_ZH), s + 6), (60, 80, r.choice(["个人账户对账单", "活期账户交易明细"]), s + 4),
                 (60, 110, r.choice(["户名", "账户名称", "客户姓名"]) + f"：{name}", s),
                 (300, 110, f"账号：6222 0212 3456 {r.randint(1000, 9999)}", s),
                 (60, 126, "起止日期：2025-05-01 至 2025-05-31", s)]
        head = ("交易日期", "摘要", "交易金额", "余额")
        rows = [("2025-05-03", "工资", "6,200.00", "8,450.12"), ("2025-05-09", "消费", "-312.50", "8,137.62"),
                ("2025-05-21", "转账", "-1,500.00", "6,637.62")]
        want, accept = name, set()
    else:
        g, f = _person(r)
        bank = r.choice(BANKS)
        cells = [(60, 56, bank, s + 6)]
        if n % 2:
            holder = f"{g} {f}"
            cells += [(60, 100, holder, s + 3), (60, 114, "17 Wattle Grove", s), (60, 126, "Hobart TAS 7000", s),
                      (330, 100, r.choice(["Everyday Account Statement", "Statement of Account", "Bank Statement"]), s + 2)]
            want, accept = holder, set()
        else:
            printed = f"{f.upper()}, {g}" if r.random() < 0.5 else f"{f.upper()} {g}"
            cells += [(330, 100, "Statement of Account", s + 2),
                      (60, 100, r.choice(["Account Name", "Account Holder", "Customer Name", "Name"]) + f": {printed}", s)]
            want, accept = f"{g} {f}", {f"{f} {g}"}
        cells += [(330, 116, f"Account Number: ****{r.randint(1000, 9999)}", s),
                  (330, 130, "Period: 01/05/2025 to 31/05/2025", s), (330, 144, "Closing Balance: $4,210.55", s)]
        head = ("Date", "Description", "Amount", "Balance")
        rows = [("02/05/2025", "Opening balance", "", "3,980.10"), ("06/05/2025", "Salary", "2,400.00", "6,380.10"),
                ("19/05/2025", "Rent", "-2,169.55", "4,210.55")]
    x = [60, 150, 360, 460]
    y = 180
    for i, h in enumerate(head):
        cells.append((x[i], y, h, s))
    for row in rows:
        y += 15
        cells += [(x[i], y, v, s) for i, v in enumerate(row) if v]
    return _doc(f"statement-{lang}-{n}.pdf", "bank_statement", lang, cells, "account_holder", want,
                "statement_holder", r, accept)


# ---- 7. a neobank's export: "Statement for <name>" / 户名 in a card --------------------------------------------------

def neobank_export(r: random.Random, n: int, lang: str) -> Doc:
    s = 9
    if lang == "zh":
        name = _zh(r)
        spaced = " ".join(name) if r.random() < 0.5 else name
        cells = [(60, 56, r.choice(BANKS_ZH), s + 5), (60, 80, "账户交易明细", s + 4),
                 (60, 108, f"尊敬的{spaced}" + r.choice(["先生", "女士"]) + "：", s),
                 (60, 124, "以下是您账户在2025年4月1日至2025年4月30日期间的交易明细。", s),
                 (60, 140, f"卡号：6217 **** **** {r.randint(1000, 9999)}", s), (300, 140, "期末余额：12,408.30", s)]
        head = ("日期", "交易摘要", "金额", "账户余额")
        rows = [("2025-04-02", "工资", "+5,800.00", "13,100.30"), ("2025-04-18", "还款", "-692.00", "12,408.30")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        cells = [(60, 56, r.choice(NEOBANKS), s + 8),
                 (60, 90, r.choice([f"Statement for {name}", f"Account statement - {name}", f"Prepared for {name}"]),
                  s + 3),
                 (60, 110, "1 April 2025 - 30 April 2025", s), (60, 124, "Sort code 04-00-75  Account 1234" +
                                                                    str(r.randint(1000, 9999)), s),
                 (330, 90, "Closing balance", s), (330, 104, "£2,108.30", s + 2)]
        head = ("Date", "Description", "Money in / out", "Balance")
        rows = [("2 Apr", "Salary", "+1,800.00", "2,800.30"), ("18 Apr", "Card payment", "-692.00", "2,108.30")]
    x = [60, 150, 340, 460]
    y = 180
    cells += [(x[i], y, h, s) for i, h in enumerate(head)]
    for row in rows:
        y += 15
        cells += [(x[i], y, v, s) for i, v in enumerate(row)]
    return _doc(f"neobank-{lang}-{n}.pdf", "bank_statement", lang, cells, "account_holder", name, "neobank_export", r)


# ---- 8. a hospital bill as a 3-column key:value grid, the patient one of its cells -----------------------------

def keyvalue_bill(r: random.Random, n: int, lang: str) -> Doc:
    s = 8
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 56, r.choice(HOSPITALS_ZH), s + 6), (60, 78, "住院费用结算单", s + 4)]
        grid = [("住院号", f"{r.randint(100000, 999999)}"), (r.choice(["患者姓名", "姓名", "病人姓名"]), name),
                ("科室", "内科"), ("入院日期", "2025-03-02"), ("出院日期", "2025-03-09"), ("床位费", "420.00"),
                ("西药费", "1,260.30"), ("检查费", "880.00"), ("费用合计", "2,560.30")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        cells = [(60, 56, r.choice(["Apollo Care Hospital", "Mount Pleasant Hospital", "Sunshine Coast Private Hospital"]),
                  s + 6), (60, 78, r.choice(["Final Bill", "Hospital Bill", "Inpatient Bill"]), s + 4)]
        grid = [("UHID", f"APC{r.randint(100000, 999999)}"), (r.choice(["Patient Name", "Patient", "Name of Patient"]),
                                                            name),
                ("Bill Date", "09/03/2025"), ("Room Rent", "4,200.00"), ("Pharmacy", "12,603.00"),
                ("Investigations", "8,800.00"), ("Doctor Fees", "6,000.00"), ("Admission Date", "02/03/2025"),
                ("Total Amount", "31,603.00")]
    for i, (k, v) in enumerate(grid):
        col, row = i % 3, i // 3
        cells.append((60 + col * 170, 110 + row * 20, f"{k}: {v}", s))
    return _doc(f"kv-bill-{lang}-{n}.pdf", "medical_bill", lang, cells, "patient", name, "keyvalue_bill", r)


# ---- 9. a dental receipt: the patient in a key/value table row, with a title ----------------------------------

def dental_receipt(r: random.Random, n: int, lang: str) -> Doc:
    s = 9
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 56, r.choice(["青山口腔医院", "微笑牙科诊所"]), s + 5), (60, 78, "门诊收费收据", s + 3)]
        rows = [(r.choice(["就诊人", "患者", "姓名"]), name), ("就诊日期", "2025-02-14"), ("洗牙", "280.00"),
                ("补牙", "450.00"), ("合计", "730.00")]
    else:
        g, f = _person(r)
        name = f"{g} {f}"
        t = r.choice(TITLES)
        cells = [(60, 56, r.choice(CLINICS), s + 5), (60, 72, "Suite 4, 12 Main Road, Dublin 6", s),
                 (60, 92, r.choice(["RECEIPT", "Tax Invoice / Receipt", "Invoice"]), s + 3)]
        rows = [(r.choice(["Patient", "Patient Name", "Patient name", "Name"]), f"{t} {name}"),
                ("Date of treatment", "14/02/2025"), ("Scale and polish", "95.00"), ("Composite filling", "140.00"),
                ("Total", "235.00"), ("Paid", "235.00")]
    y = 120
    for k, v in rows:
        cells += [(60, y, k, s), (260, y, v, s)]
        y += 18
    return _doc(f"dental-{lang}-{n}.pdf", "medical_bill", lang, cells, "patient", name, "dental_receipt", r)


# ---- 10. a doctor's letter or clinic statement naming the patient in running text -----------------------------

def patient_prose(r: random.Random, n: int, lang: str) -> Doc:
    s = 9
    if lang == "zh":
        name = _zh(r)
        cells = [(60, 56, r.choice(HOSPITALS_ZH), s + 6), (60, 80, "门诊收费票据", s + 4),
                 (60, 110, f"患者{name}，{r.choice(['男', '女'])}，{r.randint(20, 70)}岁，于2025年1月8日来我院门诊就诊。", s),
                 (60, 130, "诊查费", s), (300, 130, "25.00", s), (60, 146, "西药费", s), (300, 146, "186.40", s),
                 (60, 162, "化验费", s), (300, 162, "120.00", s), (60, 182, "合计", s), (300, 182, "331.40", s),
                 (60, 210, "收费员：01", s)]
        return _doc(f"prose-bill-zh-{n}.pdf", "medical_bill", lang, cells, "patient", name, "patient_prose", r)
    g, f = _person(r)
    name = f"{g} {f}"
    cells = [(60, 56, r.choice(CLINICS), s + 6), (60, 72, "88 Orchard Road, Singapore 238839", s),
             (60, 100, "Statement of Services", s + 3),
             (60, 126, r.choice([f"Re: {name}, DOB 12/04/1978", f"Patient: {name} (DOB 12/04/1978)"]), s),
             (60, 146, "Thank you for choosing our clinic. The services below were provided on 08/01/2025.", s),
             (60, 170, "Consultation", s), (360, 170, "85.00", s), (60, 186, "Blood test", s), (360, 186, "120.00", s),
             (60, 202, "Total charges", s), (360, 202, "205.00", s), (60, 218, "Amount due", s), (360, 218, "205.00", s)]
    return _doc(f"prose-bill-en-{n}.pdf", "medical_bill", lang, cells, "patient", name, "patient_prose", r)


LAYOUTS: tuple[Callable[[random.Random, int, str], Doc], ...] = (
    pay_grid, pay_address, pay_card, employment_letter, termination_letter, statement_holder, neobank_export,
    keyvalue_bill, dental_receipt, patient_prose)
SCANNED = ("pay_grid", "dental_receipt", "statement_holder", "employment_letter")  # read by OCR (first of each)
PHOTOGRAPHED = ("pay_card", "termination_letter", "keyvalue_bill")  # the last of each language a phone photo


def generate(seed: int = 10, per_layout: int = 2) -> list[Doc]:
    """``per_layout`` documents of each layout in each language (English and Chinese), from one seeded generator;
    with two or more per layout, the last of each language of the :data:`PHOTOGRAPHED` layouts is a phone photo
    (``.jpg``: :func:`rolegen.draw_photo`)."""
    r = random.Random(seed)
    docs = []
    for make in LAYOUTS:
        for lang in ("en", "zh"):
            for n in range(per_layout):
                d = make(r, n, lang)
                if per_layout >= 2 and n == per_layout - 1 and d.layout in PHOTOGRAPHED:
                    d.name = d.name[:-4] + ".jpg"
                docs.append(d)
    return docs


def same_person(want: str, got: str | None, accept: set[str]) -> bool:
    """Whether ``got`` is ``want`` (or one of ``accept``) as the benches compare names: case, spaces, dots, commas
    and hyphens aside, courtesy titles dropped."""
    import re

    def key(s: str) -> str:
        s = re.sub(r"^(?:mr|mrs|ms|miss|dr|mx)\.?\s+", "", s.strip(), flags=re.I)
        return re.sub(r"[\s.,·'\-()]", "", s).casefold()
    return got is not None and key(got) in {key(w) for w in {want, *accept}}
