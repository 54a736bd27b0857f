"""A generator of documents that name a person beside other people (issue 10, person fields): bills that print a
guarantor or insured before the patient, payslips with a manager or preparer, statements with a joint holder,
letters signed by an officer — in varied layouts (label left, label above in boxed grid cells, a table header, an
address block, a sign-off), wordings drawn from pools of how issuers in many countries print them, names in
"SURNAME, Given" order and with courtesy titles, in English and Chinese, as text PDFs or scans.

Deterministic: ``documents(seed)`` always gives the same set. Each document is a list of placed strings (fractions
of an A5 page), optional boxes (grid cells), the type it is, the field to read and the expected value (the person,
given name first, as the scorer of the benches compares names: case, spaces and punctuation aside).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from fixtures_reading import CJK_FONT, LATIN_FONT, _canvas, pdf_font

PAGE = (419.5, 595.3)  # A5 in points


@dataclass
class Doc:
    name: str
    type: str
    field: str
    want: str  # given name first
    lang: str
    items: list[tuple[float, float, str, float]] = field(default_factory=list)  # x, y (fractions), text, size pt
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1 (fractions)

    def put(self, x: float, y: float, text: str, size: float = 9.5) -> None:
        self.items.append((x, y, text, size))


GIVEN = ["Maria", "Tomasz", "Aisha", "Connor", "Priya", "Oluwaseun", "Hannah", "Rafael", "Mei", "Declan", "Siobhan",
         "Arjun", "Thandiwe", "Lachlan", "Ngaire", "Wei Ling", "Farhan", "Imogen"]
FAMILY = ["Okonkwo", "Brennan", "Castellano", "Nakamura", "Desai", "Whitfield", "Van der Berg", "Mahlangu", "Tan",
          "Fitzgerald", "Kowalski", "Ramaswamy", "Hollis", "Te Rangi", "Abernethy", "Lindqvist"]
ZH_NAMES = ["陈志远", "刘晓燕", "黄伟东", "周婷", "吴国平", "郑丽华", "孙浩然", "马俊", "林雅琪", "何建军", "罗佳", "谢文斌"]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mr."]

# the labels of the person we want, by document kind, as issuers print them (US, UK, IE, AU, NZ, CA, IN, SG, ZA, HK)
PATIENT = ["Patient", "Patient Name", "Patient name", "PATIENT NAME", "Name of Patient", "Patient's Name", "Pt Name"]
OTHER_BILL = ["Guarantor", "Guarantor Name", "Responsible Party", "Account Holder", "Insured", "Subscriber",
              "Policy Holder", "Policyholder", "Member Name", "Bill To", "Parent/Guardian"]
EMPLOYEE = ["Employee Name", "Employee", "Name of Employee", "Emp Name", "Staff Name", "Employee name", "Name"]
OTHER_PAY = ["Prepared by", "Approved by", "Authorised by", "Authorized Signatory", "Manager", "Checked by",
             "Payroll Officer", "Line Manager", "Reporting Manager"]
HOLDER = ["Account Holder", "Account Name", "Name of Account Holder", "Customer Name", "Primary Account Holder"]
OTHER_HOLDER = ["Joint Holder", "Joint Account Holder", "Nominee", "Relationship Manager", "Second Holder",
                "Authorised User"]
PERSON = ["Claimant", "Name", "Claimant Name", "Employee Name"]
OTHER_LETTER = ["Case Officer", "Signed", "Caseworker", "Issuing Officer", "HR Manager"]

ZH_PATIENT = ["患者姓名", "病人姓名", "姓名", "就诊人"]
ZH_OTHER_BILL = ["缴款人", "联系人", "经办人", "收款人", "主治医师", "医师"]
ZH_EMPLOYEE = ["姓名", "员工姓名", "职工姓名"]
ZH_OTHER_PAY = ["审核人", "制表人", "经办人", "部门负责人", "复核人", "主管"]
ZH_HOLDER = ["户名", "账户名称", "客户姓名"]
ZH_OTHER_HOLDER = ["经办柜员", "客户经理", "授权人", "复核"]


def _person(r: random.Random) -> tuple[str, str]:
    return r.choice(GIVEN), r.choice(FAMILY)


def _other(r: random.Random, not_: tuple[str, str]) -> tuple[str, str]:
    while True:
        p = _person(r)
        if p[1] != not_[1]:
            return p


def _as_printed(r: random.Random, given: str, family: str, style: int) -> str:
    """The name as an issuer prints it: given first, "SURNAME, Given", capitals, with a title."""
    if style == 0:
        return f"{given} {family}"
    if style == 1:
        return f"{family.upper()}, {given}"
    if style == 2:
        return f"{given} {family}".upper()
    return f"{r.choice(TITLES)} {given} {family}"


def _bill(r: random.Random, i: int) -> Doc:
    """A hospital statement: a guarantor (or insured…) block first, the patient further down, left of, above or in
    a table heading."""
    g, f = _person(r)
    og, of = _other(r, (g, f))
    layout = i % 4
    d = Doc(f"bill-{i}", "medical_bill", "patient", f"{g} {f}", "en")
    d.put(0.06, 0.05, r.choice(["Riverside Regional Hospital", "St Brigid's Hospital", "Harbourview Medical Centre",
                                "Lakeland Community Clinic"]), 14)
    d.put(0.06, 0.085, r.choice(["PO Box 4410, Springfield IL 62701", "12 Quay Street, Galway H91 X2F3",
                                 "88 Ponsonby Road, Auckland 1011"]), 8)
    other_label = r.choice(OTHER_BILL)
    shown = _as_printed(r, g, f, r.randrange(4))
    other = _as_printed(r, og, of, r.randrange(3))
    if layout == 0:  # both labels left of their values, the other role first
        d.put(0.06, 0.16, f"{other_label}: {other}")
        d.put(0.06, 0.19, f"{r.choice(PATIENT)}: {shown}")
    elif layout == 1:  # boxed grid: label cells over value cells, the other role's cell first
        for k, (lab, val) in enumerate(((other_label, other), (r.choice(PATIENT), shown), ("Account No.", "4471-22"))):
            x = 0.06 + k * 0.30
            d.boxes += [(x, 0.15, x + 0.30, 0.18), (x, 0.18, x + 0.30, 0.21)]
            d.put(x + 0.01, 0.155, lab, 8)
            d.put(x + 0.01, 0.19, val)
    elif layout == 2:  # the other role's block in the statement head, the patient on an item heading line
        d.put(0.55, 0.14, f"{other_label}:", 8)
        d.put(0.55, 0.16, other)
        d.put(0.55, 0.18, "Statement Date: 03/11/2025", 8)
        d.put(0.06, 0.26, f"{r.choice(['Patient', 'PATIENT'])}: {shown}    Visit 20931")
    else:  # label above value, the other role at the right on the same rows
        d.put(0.06, 0.15, r.choice(PATIENT), 8)
        d.put(0.06, 0.17, shown)
        d.put(0.55, 0.15, other_label, 8)
        d.put(0.55, 0.17, other)
    d.put(0.06, 0.32, "Date of Service    Description              Charges", 8)
    d.put(0.06, 0.345, "02/10/2025         Emergency Room Level 3       1,240.00", 8)
    d.put(0.06, 0.37, "02/10/2025         Laboratory                     310.50", 8)
    d.put(0.06, 0.40, "Total Charges                                    1,550.50", 8)
    return d


def _payslip(r: random.Random, i: int) -> Doc:
    g, f = _person(r)
    og, of = _other(r, (g, f))
    layout = i % 5
    d = Doc(f"payslip-{i}", "payslip", "employee", f"{g} {f}", "en")
    d.put(0.06, 0.05, r.choice(["Kestrel Logistics Pty Ltd", "Brightwater Foods Limited", "Nimbus Analytics Pvt Ltd",
                                "Okavango Mining (Pty) Ltd"]), 13)
    d.put(0.06, 0.08, "Payslip for the month of October 2025", 9)
    shown = _as_printed(r, g, f, r.choice((0, 1, 2)))
    other = _as_printed(r, og, of, 0)
    other_label = r.choice(OTHER_PAY)
    if layout == 0:  # the preparer under the letterhead, the employee in a left-labelled block
        d.put(0.06, 0.11, f"{other_label}: {other}", 8)
        d.put(0.06, 0.16, f"{r.choice(EMPLOYEE)}: {shown}")
        d.put(0.06, 0.19, "Designation: Analyst")
    elif layout == 1:  # boxed grid: two label cells over two value cells
        for k, (lab, val) in enumerate(((r.choice(EMPLOYEE), shown), ("Employee ID", "E-20417"),
                                        ("Department", "Finance"))):
            x = 0.06 + k * 0.30
            d.boxes += [(x, 0.14, x + 0.30, 0.17), (x, 0.17, x + 0.30, 0.20)]
            d.put(x + 0.01, 0.145, lab, 8)
            d.put(x + 0.01, 0.18, val)
    elif layout == 2:  # boxed grid: label cell left of value cell, rows
        for k, (lab, val) in enumerate(((other_label, other), (r.choice(EMPLOYEE), shown), ("Pay Date", "31/10/2025"))):
            y = 0.13 + k * 0.03
            d.boxes += [(0.06, y, 0.34, y + 0.03), (0.34, y, 0.80, y + 0.03)]
            d.put(0.07, y + 0.007, lab, 8)
            d.put(0.35, y + 0.007, val)
    elif layout == 3:  # the employee in the body, the approver in a sign-off at the foot
        d.put(0.06, 0.15, f"{r.choice(EMPLOYEE)}", 8)
        d.put(0.06, 0.17, shown)
        d.put(0.06, 0.62, other_label, 8)
        d.put(0.06, 0.64, other)
    else:  # no name label: the name heads a details block (job title, then the staff number), the preparer after
        d.put(0.06, 0.14, _as_printed(r, g, f, r.choice((0, 2))), 10)
        if r.random() < 0.5:
            d.put(0.06, 0.165, r.choice(["Senior Analyst", "Machine Operator", "Staff Nurse", "Developer"]), 8)
            d.put(0.06, 0.19, f"{r.choice(['Employee ID', 'Staff No', 'Emp Code', 'Payroll No'])}: 20{r.randint(100, 999)}", 8)
        else:
            d.put(0.06, 0.165, f"{r.choice(['Designation', 'Job Title', 'Position'])}: Storeman", 8)
        d.put(0.55, 0.14, f"{other_label}: {other}", 8)
    d.put(0.06, 0.30, "Earnings                 Amount", 8)
    d.put(0.06, 0.33, "Basic Salary            48,500.00", 8)
    d.put(0.06, 0.36, "Gross Pay               52,300.00", 8)
    d.put(0.06, 0.39, "Net Pay                 44,915.00", 8)
    return d


def _statement(r: random.Random, i: int) -> Doc:
    g, f = _person(r)
    og, of = _other(r, (g, f))
    d = Doc(f"statement-{i}", "bank_statement", "account_holder", f"{g} {f}", "en")
    d.put(0.06, 0.05, r.choice(["Tasman Coast Bank", "Harrow & Lyle Bank plc", "Pacific Crest Credit Union"]), 13)
    d.put(0.06, 0.08, "Account Statement", 10)
    shown = _as_printed(r, g, f, r.choice((0, 1, 3)))
    other_label = r.choice(OTHER_HOLDER)
    if i % 2 == 0:
        d.put(0.06, 0.14, f"{r.choice(HOLDER)}: {shown}")
        d.put(0.06, 0.17, f"{other_label}: {og} {of}")
    else:
        d.put(0.55, 0.13, f"{other_label}", 8)
        d.put(0.55, 0.15, f"{og} {of}")
        d.put(0.06, 0.13, f"{r.choice(HOLDER)}", 8)
        d.put(0.06, 0.15, shown)
    d.put(0.06, 0.21, "Account Number: 0123 4456 7789", 9)
    d.put(0.06, 0.24, "Statement Period: 01/09/2025 to 30/09/2025", 9)
    d.put(0.06, 0.30, "Date        Description              Debit      Credit     Balance", 7)
    d.put(0.06, 0.33, "01/09/2025  Opening Balance                                  2,140.00", 7)
    d.put(0.06, 0.36, "30/09/2025  Closing Balance                                  1,880.20", 7)
    return d


def _letter(r: random.Random, i: int) -> Doc:
    g, f = _person(r)
    og, of = _other(r, (g, f))
    d = Doc(f"letter-{i}", "unemployment_proof", "person", f"{g} {f}", "en")
    d.put(0.06, 0.05, r.choice(["Department of Employment Services", "Fairhaven Engineering Ltd"]), 13)
    d.put(0.06, 0.08, "Notice of Termination of Employment", 11)
    d.put(0.06, 0.14, f"{r.choice(PERSON)}: {_as_printed(r, g, f, r.choice((0, 2, 3)))}")
    d.put(0.06, 0.17, f"{r.choice(OTHER_LETTER)}: {og} {of}", 9)
    d.put(0.06, 0.22, "Your employment ended on 14/08/2025 by reason of redundancy.", 9)
    d.put(0.06, 0.50, "Yours sincerely,", 9)
    d.put(0.06, 0.55, f"{og} {of}", 9)
    d.put(0.06, 0.57, r.choice(["Human Resources Manager", "Case Officer"]), 8)
    return d


def _zh_pay(r: random.Random, i: int) -> Doc:
    name, other = r.sample(ZH_NAMES, 2)
    d = Doc(f"zh-pay-{i}", "payslip", "employee", name, "zh")
    d.put(0.06, 0.05, r.choice(["华南精工机械有限公司", "蓝天物流股份有限公司", "东方信息技术有限公司"]), 13)
    d.put(0.06, 0.09, "2025年10月工资明细", 11)
    other_label = r.choice(ZH_OTHER_PAY)
    if i % 2 == 0:  # key/value grid: label cell left of value cell
        for k, (lab, val) in enumerate(((other_label, other), (r.choice(ZH_EMPLOYEE), name), ("部门", "生产部"))):
            y = 0.14 + k * 0.035
            d.boxes += [(0.06, y, 0.30, y + 0.035), (0.30, y, 0.70, y + 0.035)]
            d.put(0.07, y + 0.009, lab, 9)
            d.put(0.31, y + 0.009, val, 9)
    else:  # label cells over value cells
        for k, (lab, val) in enumerate(((r.choice(ZH_EMPLOYEE), name), ("工号", "A0317"), (other_label, other))):
            x = 0.06 + k * 0.28
            d.boxes += [(x, 0.14, x + 0.28, 0.175), (x, 0.175, x + 0.28, 0.21)]
            d.put(x + 0.01, 0.148, lab, 9)
            d.put(x + 0.01, 0.183, val, 9)
    d.put(0.06, 0.30, "基本工资        5,800.00", 9)
    d.put(0.06, 0.33, "应发工资        7,260.00", 9)
    d.put(0.06, 0.36, "实发工资        6,412.50", 9)
    return d


def _zh_bill(r: random.Random, i: int) -> Doc:
    name, other = r.sample(ZH_NAMES, 2)
    d = Doc(f"zh-bill-{i}", "medical_bill", "patient", name, "zh")
    d.put(0.06, 0.05, r.choice(["江城市第一人民医院", "南湖区中医院"]), 13)
    d.put(0.06, 0.09, "门诊收费票据", 11)
    other_label = r.choice(ZH_OTHER_BILL)
    if i % 2 == 0:
        d.put(0.06, 0.14, f"{other_label}：{other}", 9)
        d.put(0.50, 0.14, f"{r.choice(ZH_PATIENT)}：{name}", 9)
    else:
        for k, (lab, val) in enumerate(((other_label, other), (r.choice(ZH_PATIENT), name))):
            x = 0.06 + k * 0.30
            d.boxes += [(x, 0.14, x + 0.30, 0.175), (x, 0.175, x + 0.30, 0.21)]
            d.put(x + 0.01, 0.148, lab, 9)
            d.put(x + 0.01, 0.183, val, 9)
    d.put(0.06, 0.26, "日期：2025年10月08日", 9)
    d.put(0.06, 0.30, "西药费        126.00", 9)
    d.put(0.06, 0.33, "合计金额：286.50元", 9)
    return d


def _zh_statement(r: random.Random, i: int) -> Doc:
    name, other = r.sample(ZH_NAMES, 2)
    d = Doc(f"zh-stmt-{i}", "bank_statement", "account_holder", name, "zh")
    d.put(0.06, 0.05, "中国建设银行", 13)
    d.put(0.06, 0.09, "个人活期账户交易明细", 11)
    d.put(0.06, 0.14, f"{r.choice(ZH_OTHER_HOLDER)}：{other}", 9)
    d.put(0.50, 0.14, f"{r.choice(ZH_HOLDER)}：{name}", 9)
    d.put(0.06, 0.18, "账号：6217 0012 3456 7890", 9)
    d.put(0.06, 0.22, "起止日期：2025-09-01 至 2025-09-30", 9)
    return d


def _email_pay(r: random.Random, i: int) -> Doc:
    """A pay advice sent as an e-mail (a phone's screenshot): the employee only in its header or its greeting."""
    zh = i % 2 == 0
    if zh:
        name = r.choice(ZH_NAMES)
        d = Doc(f"mail-pay-{i}", "payslip", "employee", name, "zh")
        d.put(0.06, 0.03, "9:41", 8)
        d.put(0.06, 0.07, f"【工资条】2025年{r.randint(1, 12)}月工资明细", 11)
        d.put(0.06, 0.11, "发件人：人力资源部 <hr@company.com.cn>", 8)
        if i % 4 == 0:
            d.put(0.06, 0.14, f"收件人：{name}", 8)
            d.put(0.06, 0.19, "您好：以下是您本月的工资明细，请查收。", 9)
        else:
            d.put(0.06, 0.14, "收件人：我", 8)
            d.put(0.06, 0.19, f"{name}{r.choice(['您好', '你好'])}：", 9)
        rows = [("基本工资", "6,000.00"), ("应发工资", "8,120.00"), ("实发工资", "7,205.40")]
    else:
        g, f = _person(r)
        d = Doc(f"mail-pay-{i}", "payslip", "employee", f"{g} {f}", "en")
        d.put(0.06, 0.07, "Your payslip for September 2025", 11)
        d.put(0.06, 0.11, r.choice(["From: Payroll Team <payroll@", "From: Harbour Freight HR <hr@"]) + "example.com>", 8)
        if i % 4 == 1:
            d.put(0.06, 0.14, f"To: {g} {f} <{g.lower().replace(' ', '')}@example.com>", 8)
            d.put(0.06, 0.19, "Hello,", 9)
        else:
            d.put(0.06, 0.14, "To: me", 8)
            d.put(0.06, 0.19, f"Dear {g} {f},", 9)
        rows = [("Basic Salary", "5,400.00"), ("Gross Pay", "6,050.00"), ("Net Pay", "4,880.25")]
    for k, (lab, val) in enumerate(rows):
        y = 0.25 + k * 0.035
        d.boxes += [(0.06, y, 0.45, y + 0.035), (0.45, y, 0.80, y + 0.035)]
        d.put(0.07, y + 0.009, lab, 9)
        d.put(0.46, y + 0.009, val, 9)
    return d


MAKERS = (_email_pay, _bill, _payslip, _statement, _letter, _zh_pay, _zh_bill, _zh_statement)


def documents(seed: int = 11, per_maker: int = 4) -> list[Doc]:
    """``per_maker`` documents of each kind, each layout in turn, from one seeded generator."""
    r = random.Random(seed)
    return [make(r, i) for make in MAKERS for i in range(per_maker)]


def write_pdf(d: Doc, path: Path) -> Path:
    """A born-digital PDF of ``d``: its strings as real text, its boxes as thin rules."""
    c = _canvas(path, PAGE)
    w, h = PAGE
    font = pdf_font(d.lang == "zh")
    c.setLineWidth(0.6)
    for x0, y0, x1, y1 in d.boxes:
        c.rect(x0 * w, h - y1 * h, (x1 - x0) * w, (y1 - y0) * h)
    for x, y, text, size in d.items:
        c.setFont(font, size)
        c.drawString(x * w, h - y * h - size, text)
    c.showPage()
    c.save()
    return path


def write_scan(d: Doc, path: Path, dpi: int = 200) -> Path:
    """A scanned page of ``d`` (an image, no text layer), slightly grey, saved as PNG."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = round(PAGE[0] / 72 * dpi), round(PAGE[1] / 72 * dpi)
    img = Image.new("L", (w, h), 245)
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in d.boxes:
        draw.rectangle((x0 * w, y0 * h, x1 * w, y1 * h), outline=40, width=2)
    for x, y, text, size in d.items:
        px = round(size / 72 * dpi)
        font = ImageFont.truetype(CJK_FONT if d.lang == "zh" else LATIN_FONT, px)
        draw.text((x * w, y * h), text, fill=15, font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, dpi=(dpi, dpi))
    return path
