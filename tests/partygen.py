"""A generator of documents whose PARTIES compete for a role (issue 10, parties and names): who employs, who is
employed, who issued a letter, who holds an account, who provided care and who received it. Written apart from the
extractor and its vocabulary: the wording pools below come from how issuers in many countries print these
documents (UK, IE, US, CA, AU, NZ, SG, MY, IN, PK, BD, NG, KE, ZA, JM, PH, HK, mainland China).

Each layout puts beside the right party the ones that are wrongly taken for it, where real issuers put them:
- payslips naming the bank the salary is paid into ("Bank: …", "Paid to: … A/c …", 工资卡开户行), under a
  heading in capitals (PAY ADVICE, 工资条), over a table whose column heads ("Description", "Amount", 项目) sit
  where a name could; the employee printed in lower case or in capitals; the employer only in the letterhead;
- income letters whose employer is only in the letterhead or the signature block ("For and on behalf of …",
  a company over 人力资源部 and 盖章), whose monthly income is only in prose (in brackets, in words, 大写 with
  小写), and whose Chinese employer is a long legal name that wraps to a second line;
- benefit and termination letters from agencies under headings (NOTICE OF DETERMINATION, 失业证明);
- medical bills naming a guarantor, insured member or responsible party beside the patient;
- bank statement headers naming a joint holder or "prepared for" beside the holder.

Documents are drawn by :mod:`rolegen` (text PDFs; a name ending in ``.jpg`` is drawn as a phone photo). The truth
holds only party fields and the monthly income; names compare as the benches do (case, spaces, punctuation aside).
Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from decimal import Decimal

from rolegen import LATIN_FONTS, Doc

# ---- parties, by country: (employer, employee, salary bank, currency mark) -------------------------------
PEOPLE = {
    "UK": ["Eleanor Pritchard", "Gareth Llewellyn", "Imogen Ashworth"],
    "IE": ["Ciaran Mulvey", "Aoife Brannigan"],
    "US": ["Marcus Delgado", "Shanice Whitfield"],
    "CA": ["Genevieve Tremblay", "Harjit Dhaliwal"],
    "AU": ["Brodie McAllister", "Mei Ling Truong"],
    "NZ": ["Aroha Ngata", "Callum Fraser"],
    "SG": ["Tan Wei Ling", "Muthu Krishnan"],
    "MY": ["Nurul Aisyah Hassan", "Lim Chee Keong"],
    "IN": ["Venkatesh Iyer", "Sunita Kulkarni"],
    "PK": ["Farhan Qureshi", "Saima Bibi"],
    "BD": ["Tahmina Akter", "Rezaul Karim"],
    "NG": ["Folake Adeyemi-Bello", "Chukwuemeka Obi"],
    "KE": ["Wanjiru Kamau", "Otieno Odhiambo"],
    "ZA": ["Thandiwe Mokoena", "Pieter van der Merwe"],
    "JM": ["Delroy Campbell", "Shereece McKenzie"],
    "PH": ["Maria Luisa Dizon", "Rodel Bautista"],
    "HK": ["Chan Ka Yan", "Wong Tsz Hin"],
}
EMPLOYERS = {
    "UK": "Northwind Haulage Ltd", "IE": "Carrowmore Dairies Limited", "US": "Redwood Fulfillment LLC",
    "CA": "Laurentian Timber Inc.", "AU": "Bluegum Civil Pty Ltd", "NZ": "Kowhai Freight Limited",
    "SG": "Merlion Precision Pte. Ltd.", "MY": "Sinar Jaya Plastik Sdn. Bhd.", "IN": "Sundaram Textiles Pvt. Ltd.",
    "PK": "Indus Valley Ceramics (Pvt) Limited", "BD": "Padma Knitwear Ltd.", "NG": "Lagoon Agro Processing Limited",
    "KE": "Savanna Tea Estates Limited", "ZA": "Highveld Packaging (Pty) Ltd", "JM": "Blue Mountain Coffee Traders Limited",
    "PH": "Visayas Shipping Lines, Inc.", "HK": "Harbourfront Catering Company Limited",
}
SALARY_BANKS = {
    "UK": "Barclays Bank", "IE": "Bank of Ireland", "US": "Wells Fargo Bank", "CA": "Royal Bank of Canada",
    "AU": "Commonwealth Bank", "NZ": "Kiwibank", "SG": "DBS Bank", "MY": "Maybank", "IN": "ICICI Bank",
    "PK": "Meezan Bank", "BD": "Sonali Bank", "NG": "Zenith Bank", "KE": "Equity Bank", "ZA": "Standard Bank",
    "JM": "National Commercial Bank", "PH": "Metrobank", "HK": "Hang Seng Bank",
}
MARKS = {"UK": "£", "IE": "€", "US": "$", "CA": "C$", "AU": "A$", "NZ": "NZ$", "SG": "S$", "MY": "RM ", "IN": "Rs. ",
         "PK": "Rs. ", "BD": "Tk ", "NG": "N", "KE": "KES ", "ZA": "R", "JM": "J$", "PH": "PHP ", "HK": "HK$"}
AGENCIES = {
    "UK": "Department for Communities", "IE": "Department of Social Protection", "US": "Employment Security Department",
    "CA": "Service Canada", "AU": "Services Australia", "NZ": "Ministry of Social Development",
    "ZA": "Unemployment Insurance Fund", "PH": "Social Security System", "HK": "Labour Department",
    "JM": "Ministry of Labour and Social Security", "KE": "National Social Security Fund",
}
PROVIDERS = {
    "US": "Saint Brendan Regional Medical Center", "UK": "Ashcombe Private Hospital", "AU": "Coral Coast Day Hospital",
    "CA": "Lakehead Family Medicine Clinic", "IN": "Sri Ranga Multispeciality Hospital", "SG": "Orchid Medical Centre",
    "NG": "Lekki Specialist Hospital", "KE": "Rift Valley Nursing Home", "PH": "Our Lady of Peace Hospital",
    "ZA": "Drakensberg Medi-Clinic",
}
BANKS = {"UK": "Lloyds Bank", "IE": "Allied Irish Banks", "US": "Fifth Third Bank", "CA": "Bank of Montreal",
         "AU": "Westpac", "NZ": "ASB Bank", "SG": "OCBC Bank", "IN": "State Bank of India", "NG": "Access Bank",
         "ZA": "Nedbank", "KE": "KCB Bank"}

ZH_PEOPLE = ["欧阳明轩", "黄丽萍", "邓志伟", "林晓彤", "马骁", "钟雨欣", "上官婉清", "谭国富"]
ZH_EMPLOYERS = ["锦绣山河文化传播（深圳）有限公司", "成都天府云图信息技术股份有限公司", "杭州西溪湿地旅游发展有限公司余杭分公司",
                "江门市新会区蓬江精密五金制品有限公司", "重庆渝北区两江汽车零部件制造有限公司", "厦门鹭岛海景酒店管理有限公司"]
ZH_BANKS = ["中国农业银行股份有限公司成都高新支行", "中国建设银行深圳南山支行", "招商银行杭州分行", "中国工商银行江门新会支行"]
ZH_AGENCIES = ["成都市武侯区人力资源和社会保障局", "深圳市南山区就业服务中心", "杭州市余杭区劳动就业管理处"]
ZH_PROVIDERS = ["四川省绵阳市中心医院", "广州市越秀区白云街社区卫生服务中心", "江门市新会区司前镇卫生院"]

# ---- wording pools (written for this generator) ------------------------------------------------------------
PAY_TITLES = ["PAY ADVICE", "SALARY SLIP", "PAYSLIP", "Statement of Earnings", "PAY STATEMENT", "Wage Slip"]
EMPLOYEE_LABELS = ["Employee Name", "Name of Employee", "Staff Name", "Employee", "Name"]
BANK_LINES = ["Bank: {bank}", "Paid to: {bank} A/c ****{acct}", "Bank Name: {bank}", "Salary credited to {bank}",
              "Payment Method: Bank Transfer - {bank}", "Remitted to {bank} Acct. No. XXXX{acct}"]
TABLE_HEADS = [("Description", "Amount"), ("Earnings", "Pay Currency", "Amount"), ("Particulars", "Rate", "Amount"),
               ("Item", "Units", "Value")]
LETTER_TITLES = ["SALARY CERTIFICATE", "EMPLOYMENT VERIFICATION", "TO WHOM IT MAY CONCERN", "CONFIRMATION OF INCOME",
                 "LETTER OF EMPLOYMENT"]
SIGN_LEADS = ["For and on behalf of", "Signed for and on behalf of", "For", "Yours faithfully, for"]
SIGNERS = ["Head of People", "HR Manager", "Payroll Officer", "Director, Human Resources"]
BENEFIT_TITLES = ["NOTICE OF DETERMINATION", "UNEMPLOYMENT BENEFIT", "JOBSEEKER'S BENEFIT DECISION",
                  "CLAIM FOR UNEMPLOYMENT INSURANCE"]
BILL_TITLES = ["PATIENT STATEMENT", "TAX INVOICE", "HOSPITAL BILL", "INVOICE", "FINAL BILL"]
OTHER_PARTY = ["Guarantor", "Responsible Party", "Insured", "Policy Holder", "Member", "Bill To"]
PATIENT_LABELS = ["Patient", "Patient Name", "Name of Patient", "Pt Name"]
STATEMENT_TITLES = ["Statement of Account", "ACCOUNT STATEMENT", "Savings Account Statement", "Current Account"]

ZH_PAY_TITLES = ["工资条", "工资单", "薪资明细", "员工工资发放表"]
ZH_BANK_LINES = ["工资卡开户行：{bank}", "开户银行：{bank}", "发放银行：{bank}", "代发行：{bank}"]
ZH_LETTER_TITLES = ["收入证明", "工作及收入证明", "在职收入证明"]
ZH_BENEFIT_TITLES = ["失业证明", "解除劳动合同证明", "失业登记证明"]


TOWNS = ["DUBLIN 7", "WELLINGTON 6011", "TORONTO ON M4C 1B5", "KINGSTON 10", "Leeds LS6 2AB", "Parramatta NSW 2150",
         "Singapore 560123", "Nairobi", "Lagos", "Makati City 1226"]


def _money(v: Decimal, mark: str = "") -> str:
    return f"{mark}{v:,.2f}"


def _words_en(n: int) -> str:
    """Whole numbers below a million in English words ("one hundred and seventy-four thousand")."""
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
           "seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_1000(k: int) -> str:
        h, r = divmod(k, 100)
        parts = [f"{ones[h]} hundred"] if h else []
        if r:
            w = ones[r] if r < 20 else tens[r // 10] + (f"-{ones[r % 10]}" if r % 10 else "")
            parts.append(("and " if h else "") + w)
        return " ".join(parts)
    th, r = divmod(n, 1000)
    return " ".join(p for p in [f"{below_1000(th)} thousand" if th else "", below_1000(r) if r else ""] if p)


def _daxie(n: int) -> str:
    """Whole yuan below 100,000 in 大写 (捌仟元整)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["万", "仟", "佰", "拾", ""]
    s, zero = "", False
    for i, ch in enumerate(f"{n:05d}"):
        d = int(ch)
        if d == 0:
            zero = bool(s)
            continue
        if zero:
            s += "零"
            zero = False
        s += digits[d] + units[i]
    return s + "元整"


def _case(rng: random.Random, name: str) -> str:
    """A person's name as issuers print it: as is, in capitals, or in lower case."""
    r = rng.random()
    return name.upper() if r < 0.3 else name.lower() if r < 0.45 else name


def _country(rng: random.Random, within) -> str:
    return rng.choice(sorted(within))


# ---- layouts ---------------------------------------------------------------------------------------------

def pay_en(rng: random.Random, n: int) -> Doc:
    """An English payslip: the employer in the letterhead (alone, or with its address), a heading in capitals,
    the employee by a label (beside or above), the salary bank on its own line, an earnings table."""
    c = _country(rng, EMPLOYERS)
    employer, employee, bank = EMPLOYERS[c], rng.choice(PEOPLE[c]), SALARY_BANKS[c]
    size = rng.choice([8, 9, 10])
    shown = _case(rng, employee)
    footer = rng.random() < 0.3  # no letterhead: the heading first, the employer only where the slip is signed
    if footer:
        cells = [(40, 50, rng.choice(PAY_TITLES), size + 5),
                 (40, 66, f"For the month of {rng.choice(['March', 'July', 'October'])} 2025", size)]
    else:
        cells = [(40, 40, employer if rng.random() < 0.7 else employer.upper(), size + 5),
                 (40, 58, f"{rng.randint(2, 240)} {rng.choice(['Station Road', 'Market Street', 'Jalan Kilang', 'Main Rd'])}",
                  size),
                 (40, 84, rng.choice(PAY_TITLES), size + 3)]
    label = rng.choice(EMPLOYEE_LABELS)
    bank_line = rng.choice(BANK_LINES).format(bank=bank, acct=rng.randint(1000, 9999))
    if rng.random() < 0.5:  # label beside its value, the bank line under it
        cells += [(40, 110, f"{label}:", size), (130, 110, shown, size),
                  (40, 124, f"Employee No: {rng.randint(1000, 99999)}", size),
                  (40, 138, bank_line, size), (320, 110, f"Pay Date: 28/{rng.randint(1, 12):02d}/2025", size)]
    else:  # a grid of labels over values, the bank in one of its cells
        heads = [label, "Pay Period", "Bank" if "Bank" not in bank_line[:6] else "Payment", "Department"]
        vals = [shown, f"{rng.choice(['March', 'July', 'October'])} 2025", bank, rng.choice(["Stores", "Finance", "Ops"])]
        for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
            cells += [(40 + 130 * i, 110, h, size), (40 + 130 * i, 124, v, size)]
    heads = rng.choice(TABLE_HEADS)
    y = 170
    for i, h in enumerate(heads):
        cells.append((40 + 150 * i, y, h, size))
    rows = [("Basic Salary", Decimal(rng.randint(900, 6000))), ("Housing Allowance", Decimal(rng.randint(50, 800))),
            ("Transport", Decimal(rng.randint(20, 300)))]
    mark = MARKS[c]
    for k, v in rows:
        y += 14
        cells += [(40, y, k, size), (40 + 150 * (len(heads) - 1), y, _money(v, mark), size)]
    gross = sum((v for _, v in rows), Decimal(0))
    tax = (gross * Decimal("0.12")).quantize(Decimal("0.01"))
    y += 20
    cells += [(40, y, "Gross Earnings", size), (40 + 150 * (len(heads) - 1), y, _money(gross, mark), size),
              (40, y + 14, "Income Tax", size), (40 + 150 * (len(heads) - 1), y + 14, _money(tax, mark), size),
              (40, y + 32, "NET PAY", size + 1), (40 + 150 * (len(heads) - 1), y + 32, _money(gross - tax, mark), size + 1)]
    if footer:
        cells += [(40, y + 80, rng.choice(["For and on behalf of", "Signed for"]) + f" {employer}", size),
                  (40, y + 110, rng.choice(SIGNERS), size)]
    return Doc(f"pay-en-{n}.pdf", "payslip", "en", [cells], {"employer": employer, "employee": employee},
               font=rng.choice(LATIN_FONTS), layout="pay_en")


def pay_zh(rng: random.Random, n: int) -> Doc:
    """A Chinese payslip: the company (a long legal name) as the letterhead, 工资条 under it, 姓名 in a row of
    cells, the salary card's bank on its own line, a 项目 | 金额 table."""
    employer, employee, bank = rng.choice(ZH_EMPLOYERS), rng.choice(ZH_PEOPLE), rng.choice(ZH_BANKS)
    month = rng.randint(1, 12)
    size = rng.choice([9, 10])
    if rng.random() < 0.4:  # a long name set in two lines in the letterhead, the legal form on the second
        cut = len(employer) - rng.choice([2, 4])
        cells = [(40, 30, employer[:cut], 14), (40, 48, employer[cut:], 14)]
    else:
        cells = [(40, 40, employer, 14)]
    cells += [(40, 68, f"2025年{month}月{rng.choice(ZH_PAY_TITLES)}", 11)]
    if rng.random() < 0.5:
        cells += [(40, 92, "姓名", size), (120, 92, "部门", size), (200, 92, "工号", size),
                  (40, 106, employee, size), (120, 106, rng.choice(["财务部", "生产部", "客房部"]), size),
                  (200, 106, str(rng.randint(1000, 9999)), size)]
    else:
        cells += [(40, 92, f"员工姓名：{employee}", size), (240, 92, f"所属部门：{rng.choice(['销售部', '仓储部'])}", size)]
    cells += [(40, 124, rng.choice(ZH_BANK_LINES).format(bank=bank), size),
              (40, 150, "项目", size), (200, 150, "金额（元）", size)]
    rows = [("基本工资", Decimal(rng.randint(3000, 9000))), ("岗位津贴", Decimal(rng.randint(200, 1500))),
            ("餐补", Decimal(rng.randint(100, 500)))]
    y = 150
    for k, v in rows:
        y += 14
        cells += [(40, y, k, size), (200, y, _money(v), size)]
    gross = sum((v for _, v in rows), Decimal(0))
    y += 18
    cells += [(40, y, "应发合计", size), (200, y, _money(gross), size), (40, y + 14, "社保个人部分", size),
              (200, y + 14, _money(gross * Decimal("0.105")), size), (40, y + 28, "实发金额", size),
              (200, y + 28, _money(gross * Decimal("0.895")), size)]
    return Doc(f"pay-zh-{n}.pdf", "payslip", "zh", [cells], {"employer": employer, "employee": employee},
               layout="pay_zh")


def letter_en(rng: random.Random, n: int) -> Doc:
    """An English income letter: the employer in a logo line over its address (or only in the signature block),
    a heading in capitals, the employee and the monthly salary only in the sentence (in brackets, with words),
    signed "For and on behalf of" the employer."""
    c = _country(rng, EMPLOYERS)
    employer, employee, mark = EMPLOYERS[c], rng.choice(PEOPLE[c]), MARKS[c]
    monthly = Decimal(rng.randint(8, 400) * 500)
    size = rng.choice([10, 11])
    head = rng.random() < 0.6  # the employer in the letterhead; else only where the letter is signed
    cells = []
    if head:
        cells += [(40, 40, employer.upper() if rng.random() < 0.5 else employer, 15),
                  (40, 58, f"{rng.randint(1, 99)} Commerce Avenue  |  Tel +{rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",
                   8)]
    else:
        cells += [(40, 40, f"Ref: HR/{rng.randint(100, 999)}/2025", size)]
    cells += [(40, 90, f"{rng.randint(1, 28)} {rng.choice(['May', 'June', 'August'])} 2025", size),
              (40, 120, rng.choice(LETTER_TITLES), size + 2)]
    who = f"{rng.choice(['Mr.', 'Ms.', ''])} {employee}".strip()
    pay = rng.choice([f"a gross monthly salary of ({_money(monthly, mark)})",
                      f"a monthly salary of {mark.strip()} {_money(monthly)} ({_words_en(int(monthly))} only)",
                      f"monthly gross earnings of {_money(monthly, mark)}"])
    sentence = (f"This is to confirm that {who} has been employed with "
                f"{'us' if not head or rng.random() < 0.5 else employer} as a {rng.choice(['Storekeeper', 'Driver', 'Accounts Clerk'])} "
                f"since {rng.randint(2012, 2023)} and currently receives {pay}.")
    words, line, y = sentence.split(), "", 150
    for w in words:  # wrap at about 85 characters
        if len(line) + len(w) > 85:
            cells.append((40, y, line.strip(), size))
            y, line = y + 15, ""
        line += w + " "
    cells.append((40, y, line.strip(), size))
    y += 40
    cells += [(40, y, "Yours faithfully,", size), (40, y + 40, rng.choice(SIGN_LEADS) + (" " + employer if rng.random() < 0.5 else ""), size)]
    if not cells[-1][2].endswith(employer):
        cells.append((40, y + 54, employer.upper() if rng.random() < 0.5 else employer, size))
    cells += [(40, y + 90, rng.choice(SIGNERS), size)]
    return Doc(f"letter-en-{n}.pdf", "income_proof", "en", [cells],
               {"employer": employer, "employee": employee, "monthly_income": str(monthly)},
               font=rng.choice(LATIN_FONTS), layout="letter_en")


def letter_zh(rng: random.Random, n: int) -> Doc:
    """A Chinese income letter: 收入证明 as its heading, the employer only in the sentence (a long legal name that
    wraps to the next line) and over 人力资源部 (盖章) where it is signed, the monthly income in 大写 and 小写."""
    employer, employee = rng.choice(ZH_EMPLOYERS), rng.choice(ZH_PEOPLE)
    monthly = Decimal(rng.randint(30, 250) * 100)
    size = 11
    lead = f"兹证明{employee}同志（身份证号：5101{rng.randint(10**13, 10**14 - 1)}）系"
    rest = (f"{employer}正式员工，自{rng.randint(2012, 2023)}年起在我司{rng.choice(['财务部', '市场部'])}工作，"
            f"月薪人民币{_daxie(int(monthly))}（¥{_money(monthly)}）。")
    text = lead + rest
    cells = [(240, 50, rng.choice(ZH_LETTER_TITLES), 16)]
    y, width = 100, 38  # characters a line: the employer's name runs past the first line's end
    for i in range(0, len(text), width):
        cells.append((50 if i else 72, y, text[i:i + width], size))
        y += 18
    cells += [(72, y + 10, "特此证明。", size)]
    r = rng.random()
    sign = [employer, rng.choice(["人力资源部", "人事行政部"]), "（盖章）"]
    if r < 0.35:
        sign = [employer + "（盖章）", rng.choice(["人力资源部", "综合管理部"])]
    elif r < 0.7:  # the signing block is narrow: the name wraps before its legal form
        cut = len(employer) - rng.choice([2, 4])
        sign = [employer[:cut], employer[cut:], rng.choice(["人力资源部", "人事行政部"]), "（盖章）"]
    y += 60
    for s in sign:
        cells.append((330, y, s, size))
        y += 18
    cells.append((330, y, f"2025年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", size))
    return Doc(f"letter-zh-{n}.pdf", "income_proof", "zh", [cells],
               {"employer": employer, "employee": employee, "monthly_income": str(monthly)}, layout="letter_zh")


def benefit_en(rng: random.Random, n: int) -> Doc:
    """A benefit decision from an agency: its name in the letterhead, a heading in capitals, the claimant in an
    address block (often in capitals), named again after "Dear"."""
    c = _country(rng, AGENCIES)
    agency, person = AGENCIES[c], rng.choice(PEOPLE[c])
    size = rng.choice([9, 10])
    shown = person.upper() if rng.random() < 0.6 else person
    cells = [(40, 40, agency, 14), (40, 56, rng.choice(["Benefits Processing Centre", "Claims Unit", "Regional Office"]), 8),
             (40, 100, shown, size), (40, 114, f"{rng.randint(1, 99)} {rng.choice(['Hill Crescent', 'Ocean View Rd'])}", size),
             (40, 128, rng.choice(TOWNS), size),
             (380, 100, f"Claim No: {rng.randint(10**6, 10**7)}", size),
             (380, 114, f"Date: {rng.randint(1, 28)} {rng.choice(['March', 'April', 'September'])} 2025", size),
             (40, 160, rng.choice(BENEFIT_TITLES), size + 3),
             (40, 186, f"Dear {person.split()[0]},", size),
             (40, 204, "Your claim has been decided. You are entitled to a weekly payment while you are unemployed.", size),
             (40, 250, "Decision Maker", size)]
    return Doc(f"benefit-en-{n}.pdf", "unemployment_proof", "en", [cells], {"person": person, "issuer": agency},
               font=rng.choice(LATIN_FONTS), layout="benefit_en")


def benefit_zh(rng: random.Random, n: int) -> Doc:
    """A Chinese unemployment certificate: a heading, the person in the sentence, the issuing bureau (or the former
    employer) over its seal where it is signed."""
    issuer = rng.choice(ZH_AGENCIES + ZH_EMPLOYERS[:3])
    person = rng.choice(ZH_PEOPLE)
    size = 11
    cells = [(240, 50, rng.choice(ZH_BENEFIT_TITLES), 16),
             (72, 100, f"{person}，性别{rng.choice(['男', '女'])}，身份证号码：4401{rng.randint(10**13, 10**14 - 1)}，", size),
             (50, 118, f"于2025年{rng.randint(1, 6)}月{rng.randint(1, 28)}日与原单位解除劳动关系，现处于失业状态。", size),
             (72, 136, "特此证明。", size),
             (330, 200, issuer, size), (330, 218, "（盖章）", size),
             (330, 236, f"2025年{rng.randint(7, 12)}月{rng.randint(1, 28)}日", size)]
    return Doc(f"benefit-zh-{n}.pdf", "unemployment_proof", "zh", [cells], {"person": person, "issuer": issuer},
               layout="benefit_zh")


def bill_en(rng: random.Random, n: int) -> Doc:
    """A medical bill mailed to another party: the guarantor (insured, bill-to) in the address block first, the
    patient by its label further down, the provider in the letterhead, a charges table."""
    c = _country(rng, PROVIDERS)
    provider = PROVIDERS[c]
    patient, other = rng.sample(sorted(set(PEOPLE[c] + PEOPLE["UK"])), 2)  # two people, never one twice
    size = rng.choice([8, 9, 10])
    plabel, olabel = rng.choice(PATIENT_LABELS), rng.choice(OTHER_PARTY)
    cells = [(40, 40, provider, 14), (40, 56, f"{rng.randint(1, 900)} Infirmary Road", 8),
             (380, 40, rng.choice(BILL_TITLES), 12)]
    if rng.random() < 0.5:
        cells += [(40, 96, f"{olabel}:", size), (40, 110, _case(rng, other), size),
                  (40, 124, f"{rng.randint(1, 99)} Parkside Lane", size),
                  (320, 96, f"{plabel}: {_case(rng, patient)}", size),
                  (320, 110, f"MRN: {rng.randint(10**5, 10**6)}", size)]
    else:
        cells += [(40, 96, _case(rng, other), size), (40, 110, f"{rng.randint(1, 99)} Parkside Lane", size),
                  (320, 96, f"{olabel}: {other}", size), (320, 110, f"{plabel}: {_case(rng, patient)}", size)]
    cells += [(320, 124, f"Statement Date: {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025", size)]
    y = 160
    cells += [(40, y, "Date", size), (110, y, "Description", size), (400, y, "Amount", size)]
    total = Decimal(0)
    for item in rng.sample(["Consultation", "Blood panel", "Radiology", "Ward charges", "Medication"], 3):
        y += 14
        v = Decimal(rng.randint(2000, 90000)) / 100
        total += v
        cells += [(40, y, f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025", size), (110, y, item, size),
                  (400, y, _money(v), size)]
    cells += [(300, y + 24, "Total Charges", size), (400, y + 24, _money(total), size)]
    return Doc(f"bill-en-{n}.pdf", "medical_bill", "en", [cells], {"provider": provider, "patient": patient},
               font=rng.choice(LATIN_FONTS), layout="bill_en")


def bill_zh(rng: random.Random, n: int) -> Doc:
    """A Chinese outpatient or inpatient bill: the hospital as its heading (a long name, a 收费票据 title after it),
    the patient by 姓名 in a row of cells beside the insured person (参保人), a guardian or a relative (监护人, 家属)."""
    provider, patient = rng.choice(ZH_PROVIDERS), rng.choice(ZH_PEOPLE)
    other = rng.choice([p for p in ZH_PEOPLE if p != patient])
    size = 10
    cells = [(40, 40, provider + rng.choice(["门诊收费票据", "住院费用结算单", "医疗收费清单"]), 14)]
    olabel = rng.choice(["参保人", "监护人", "家属姓名", "联系人", "投保人"])
    if rng.random() < 0.5:
        cells += [(40, 80, olabel, size), (140, 80, rng.choice(["患者姓名", "病人姓名", "姓名"]), size),
                  (240, 80, "性别", size), (300, 80, "科室", size),
                  (40, 96, other, size), (140, 96, patient, size), (240, 96, rng.choice(["男", "女"]), size),
                  (300, 96, rng.choice(["内科", "骨科", "儿科"]), size)]
    else:
        cells += [(40, 80, f"{olabel}：{other}", size), (240, 80, f"{rng.choice(['患者', '患者姓名', '就诊人'])}：{patient}", size)]
    cells += [(40, 120, f"结算日期：2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", size),
              (40, 150, "项目", size), (200, 150, "金额", size)]
    y, total = 150, Decimal(0)
    for item in rng.sample(["西药费", "检查费", "化验费", "治疗费", "床位费"], 3):
        y += 14
        v = Decimal(rng.randint(1000, 90000)) / 100
        total += v
        cells += [(40, y, item, size), (200, y, _money(v), size)]
    cells += [(40, y + 20, "合计", size), (200, y + 20, _money(total), size)]
    return Doc(f"bill-zh-{n}.pdf", "medical_bill", "zh", [cells], {"provider": provider, "patient": patient},
               layout="bill_zh")


def statement_en(rng: random.Random, n: int) -> Doc:
    """A bank statement's header: the bank in the logo line, the holder in the address block (capitals), a joint
    holder or "Prepared for" beside it, the account number, transaction rows under it."""
    c = _country(rng, BANKS)
    bank = BANKS[c]
    holder, joint = rng.sample(sorted(set(PEOPLE[c] + PEOPLE["US"])), 2)
    size = rng.choice([8, 9])
    cells = [(40, 36, bank, 16), (380, 40, rng.choice(STATEMENT_TITLES), 11)]
    r = rng.random()
    if r < 0.4:
        cells += [(40, 90, holder.upper(), size), (40, 104, f"{rng.randint(1, 99)} Willow Close", size),
                  (40, 118, rng.choice(TOWNS), size),
                  (320, 90, f"Account holder(s): {holder} & {joint}", size)]
    elif r < 0.7:
        cells += [(40, 90, f"Prepared for: {holder}", size), (40, 104, f"Joint holder: {joint}", size)]
    else:
        cells += [(40, 90, f"{holder.upper()}", size), (40, 104, f"{joint.upper()}", size),
                  (40, 118, f"{rng.randint(1, 99)} Willow Close", size), (40, 132, rng.choice(TOWNS), size)]
    cells += [(320, 118, f"Account Number: {rng.randint(10**9, 10**10)}", size),
              (320, 132, "Period: 01/05/2025 to 31/05/2025", size)]
    y = 170
    cells += [(40, y, "Date", size), (110, y, "Details", size), (330, y, "Debit", size), (400, y, "Credit", size),
              (470, y, "Balance", size)]
    bal = Decimal(rng.randint(10000, 500000)) / 100
    for day in sorted(rng.sample(range(2, 30), 4)):
        y += 13
        amt = Decimal(rng.randint(500, 30000)) / 100
        bal -= amt
        cells += [(40, y, f"{day:02d}/05/2025", size), (110, y, "CARD PURCHASE", size), (330, y, _money(amt), size),
                  (470, y, _money(bal), size)]
    cells += [(330, y + 20, "Closing Balance", size), (470, y + 20, _money(bal), size)]
    return Doc(f"statement-en-{n}.pdf", "bank_statement", "en", [cells], {"bank": bank, "account_holder": holder},
               font=rng.choice(LATIN_FONTS), layout="statement_en")


LAYOUTS = [pay_en, pay_zh, letter_en, letter_zh, benefit_en, benefit_zh, bill_en, bill_zh, statement_en]
# one phone photo each of an English payslip, a Chinese income letter and an English bill (OCR)
PHOTOS = ("pay_en", "letter_zh", "bill_en")


def generate(seed: int = 3, per_layout: int = 4, photos: tuple[str, ...] = PHOTOS) -> list[Doc]:
    """``per_layout`` documents of every layout (the last of each layout in ``photos`` drawn as a phone photo),
    the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for make in LAYOUTS:
        for i in range(per_layout):
            d = make(rng, i)
            if make.__name__ in photos and i == per_layout - 1:
                d.name = d.name.replace(".pdf", ".jpg")
            out.append(d)
    return out


def same(want: str, got: str | None, accept: set[str]) -> bool:
    """A name as the benches compare it (courtesy titles, case, spaces and punctuation aside); an amount by value."""
    if got is None:
        return False
    try:
        return Decimal(want) == Decimal(got)
    except ArithmeticError:
        pass

    def key(s: str) -> str:
        s = unicodedata.normalize("NFKC", s.strip())
        s = re.sub(r"^(?:mr|mrs|ms|miss|dr)\.?\s+", "", s, flags=re.I)
        return re.sub(r"[\s.,·'\-()（）]", "", s).casefold()
    return key(got) in {key(w) for w in {want, *accept}}
