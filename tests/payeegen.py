"""A generator of payslips whose employee and employer are hard to tell from the words around them (issue 10,
fifteenth round): who is paid, and who employs them, on strips, grids and screenshots.

- a Chinese tear-off strip (工资条): item heads under group heads merged over them (出勤 / 应发 / 扣款), 12-16
  narrow columns, the worker's number and name heads sometimes printed in the upper head row only (two rows over
  the values), a receipt-signature line (sometimes the only place the name is printed) and a dashed tear line;
- a Chinese pay detail of a public employer (a school, a health centre, a bureau): the unit in the title, the
  payroll office that computed it on a "office: …" line, the name glued to the next "label：value" pair, a table of
  item | amount | item | amount whose amount heads sit under the name;
- an English grid of "label: value" pairs two a row (Zimbabwe, Zambia, Nigeria, Ghana, Kenya, South Africa): a
  designation whose value is a word like "Employee" or "Staff", leave-day counts under it; or (Pakistan, India,
  Bangladesh) a grid without colons, labels in one column and values in the next;
- an English strip of 10-14 heads over one row of values, some heads on two lines ("Employee" over "Name");
- a public employer's slip (AU/NZ/UK/IE councils, health boards, schools) with no legal form after its name.

The wording was written for this generator from how schools, councils, mills and payroll bureaux in mainland China,
AU, NZ, UK, IE, ZW, ZM, NG, GH, KE, ZA, IN and PH print slips, not copied from ``checklists/*.toml`` nor from any
corpus document. Pages are drawn with :mod:`photo_forms` and degraded there (scan, photo, screenshot); figures
come from a seeded ``random.Random`` and net = gross - deductions. Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from figgen import Fig, amt, m
from paygen3 import _truth, same
from photo_forms import Sheet, measure_sheets

D = Decimal
C = D("0.01")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

MILLS_ZH = ["湖州市南浔区丝路纺织有限公司", "东莞市长安镇恒昌五金制品厂", "晋江市安海鞋业有限公司", "义乌市稠城针织有限公司",
            "宿迁市洋河包装材料有限公司", "中山市小榄镇灯饰配件厂"]
UNITS_ZH = ["大理市下关第二中学", "遵义市红花岗区中医院", "天水市秦州区人民政府办公室", "赣州市章贡区第五小学",
            "柳州市鱼峰区卫生健康局", "岳阳市君山区钱粮湖镇中心学校"]
OFFICES_ZH = ["下关区财政局工资统发中心", "红花岗区财政局国库集中支付中心", "秦州区人力资源和社会保障局薪酬核算科",
              "章贡区教育局会计核算中心", "鱼峰区财政局工资结算中心", "君山区教育局财务结算中心"]
OFFICE_LABELS_ZH = ["核算单位", "制表单位", "统发单位", "结算机构", "代发单位"]
NAMES_ZH = ["邬玉洁", "柏志远", "蔺秀英", "巩德胜", "宓晓琳", "段春梅", "骆永康", "龚淑仪"]
CLASS_ZH = [("人员类别", ["专任教师（在编）", "工勤人员", "管理人员（聘用）"]), ("岗位", ["专技十级", "管理九级", "工勤三级"]),
            ("身份", ["在编", "合同制"]), ("职称", ["中级", "初级"])]
EARN_ZH = ["基本工资", "岗位工资", "薪级工资", "加班费", "夜班补贴", "计件奖", "全勤奖", "高温补贴", "工龄工资"]
DED_ZH = ["社保", "公积金", "水电费", "个税", "工会费", "伙食费", "养老保险", "医疗保险"]

EMP_AF = ["Kariba Timber Works (Pvt) Ltd", "Lusaka Agro Dealers Ltd", "Ibadan Printworks Nigeria Ltd",
          "Kumasi Cocoa Logistics Ltd", "Mombasa Cold Chain Ltd", "Polokwane Fresh Produce (Pty) Ltd"]
NAMES_AF = ["Tatenda Chikomo", "Chanda Mwansa", "Adebayo Okonkwo", "Akosua Boateng", "Wanjiru Kamau", "Thabo Nkosi",
            "Rutendo Mashingaidze", "Kwame Asante"]
DESIGNATIONS = ["Employee", "Staff", "Worker", "Member of Staff", "Officer"]
EMP_STRIP = ["Bengal Jute Mills Ltd", "Cebu Garments Manufacturing Corp.", "Nakuru Flower Growers Ltd",
             "Preston Foundry Ltd", "Coimbatore Pumps Pvt Ltd", "Tsuen Wan Cold Store (HK) Limited",
             "Batu Kawan Precision (M) Sdn Bhd", "Lekki Table Water (Nigeria) Ltd"]
NAMES_STRIP = ["Subrata Mondal", "Marites Dela Rosa", "Otieno Ouma", "Gareth Pilling", "Lakshmi Narayanan"]
PUBLIC_EN = ["Wirraminna Shire Council", "Ashburton District Council", "Kilbeggan County Council",
             "Tamar Valley Health Board", "Glenroy West Primary School", "City of Kalgoorlie-Boulder",
             "Borough of Stonegate", "Municipality of Greystone Falls"]
NAMES_PUBLIC = ["Kirra Anderson-Watts", "Siobhan Ni Bhriain", "Mereana Tipene", "Callum Brodie", "Priya Ramaswamy"]
EARN_EN = ["Basic Salary", "Overtime", "Housing Allowance", "Transport Allowance", "Shift Allowance", "Bonus",
           "Ordinary Hours", "Leave Loading"]
DED_EN = ["PAYE", "Pension", "Medical Aid", "Union Dues", "Loan Repayment", "NHIF", "NSSF", "UIF", "Funeral Cover"]


def _split(rng: random.Random, earn_pool: list[str], ded_pool: list[str], n_earn: int, n_ded: int,
           low: int = 1800, high: int = 7000):
    earn = [(n, amt(rng, 60, 1400)) for n in rng.sample(earn_pool, n_earn)]
    earn[0] = (earn[0][0], amt(rng, low, high))
    gross = sum((v for _, v in earn), D(0))
    ded = [(n, (gross * D(rng.randint(1, 7)) / 100).quantize(C)) for n in rng.sample(ded_pool, n_ded)]
    dsum = sum((v for _, v in ded), D(0))
    return earn, gross, ded, dsum, gross - dsum


def tear_strip_zh(rng: random.Random) -> Fig:
    """工资条：分组表头（出勤 / 应发 / 扣款）合并在项目表头之上，一行数字；工号、姓名的表头有时只印在上一行；签收与撕线。"""
    s = Sheet("tear_strip_zh", "zh")
    emp, name = rng.choice(MILLS_ZH), rng.choice(NAMES_ZH)
    yr, mo = 2026, rng.randint(1, 10)
    s.text(24, 40, f"{emp}  {yr}年{mo}月份工资条", 9, "cjk")
    s.text(396, 52, rng.choice(["车间：织造一组", "班组：包装二线", "部门：后整理"]), 6.5, "cjk", "right")
    earn, gross, ded, dsum, net = _split(rng, EARN_ZH, DED_ZH, rng.randint(3, 5), rng.randint(3, 4), 1800, 3200)
    days = rng.choice([26, 22, 25])
    groups = [("出勤(天)", 2), ("应发项目", len(earn) + 1), ("扣款项目", len(ded) + 1)]
    heads = [rng.choice(["工号", "编号", "卡号"]), "姓名", "应出", "实出"] + [n for n, _ in earn] + ["应发合计"] \
        + [n for n, _ in ded] + ["扣款合计", rng.choice(["实发工资", "实发金额"])]
    vals = [f"{rng.choice('ABDK')}{rng.randint(100, 9999):04d}", name, str(days), str(days - rng.randint(0, 2))] \
        + [m(v) for _, v in earn] + [m(gross)] + [m(v) for _, v in ded] + [m(dsum), m(net)]
    signed = rng.random() < 0.5  # the strip prints the number only: the worker's name is where they sign for it
    if signed:
        heads[1], vals[1] = rng.choice(["班组", "工序"]), rng.choice(["甲班", "乙班", "织造", "包装"])
    w = 372 / len(heads)
    top = 60
    high = rng.random() < 0.5  # the number and name heads only in the upper row, two rows over the values
    for i, h in enumerate(heads):
        x = 24 + i * w
        if i < 2 and high:
            s.rect(x, top, x + w, top + 32, fill=232)
            s.text(x + w / 2, top + 12, h, 5.4, "cjk", "centre")
        elif i < 2:
            s.rect(x, top, x + w, top + 32, fill=232)
            s.text(x + w / 2, top + 27, h, 5.4, "cjk", "centre")
        else:
            s.rect(x, top + 16, x + w, top + 32, fill=232)
            s.text(x + w / 2, top + 27, h, 5.2, "cjk", "centre")
        s.rect(x, top + 32, x + w, top + 50)
        s.text(x + w / 2, top + 44, vals[i], 5.4, "cjk", "centre")
    x = 24 + 2 * w
    for g, n in groups:
        s.rect(x, top, x + n * w, top + 16, fill=220)
        s.text(x + n * w / 2, top + 11, g, 6, "cjk", "centre")
        x += n * w
    y = top + 68
    s.text(24, y, rng.choice(["说明：加班按1.5倍计，计件按产量核算。", "注：工资有异议请于三日内向班组长反映。"]), 6, "cjk")
    s.text(24, y + 18, rng.choice(["签收：", "本人签字：", "领款人："]), 7, "cjk")
    if signed or rng.random() < 0.5:
        s.text(60, y + 18, name, 8, "cjk")  # the worker signs in their own hand
    s.text(396, y + 18, f"发放日：{yr}年{mo + 1}月{rng.randint(5, 15)}日", 6.5, "cjk", "right")
    s.text(24, y + 40, "- - - - - - - - - - - - 沿此线撕下 - - - - - - - - - - - -", 6, "cjk")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def unit_detail_zh(rng: random.Random) -> Fig:
    """事业单位工资明细：单位在标题，核算/统发机构一行，姓名紧接下一"标签：值"，应发项目 | 金额 | 代扣项目 | 金额 表。"""
    s = Sheet("unit_detail_zh", "zh")
    k = rng.randrange(len(UNITS_ZH))
    emp, office, name = UNITS_ZH[k], OFFICES_ZH[k], rng.choice(NAMES_ZH)
    yr, mo = 2026, rng.randint(1, 10)
    s.text(210, 38, f"{emp}  {rng.choice(['教职工工资明细', '职工工资明细', '在职人员工资单', '工资发放明细'])}", 10,
           "cjk", "centre")
    s.text(24, 58, f"{rng.choice(OFFICE_LABELS_ZH)}：{office}", 7, "cjk")
    s.text(396, 58, f"{rng.choice(['所属期', '工资月份'])}：{yr}年{mo}月", 7, "cjk", "right")
    (l1, v1), (l2, v2) = rng.sample(CLASS_ZH, 2)
    s.text(24, 74, f"姓名：{name}", 7, "cjk")
    s.text(24 + 7 * (3 + len(name)) + 6, 74, f"{l1}：{rng.choice(v1)}", 7, "cjk")
    s.text(260, 74, f"{l2}：{rng.choice(v2)}", 7, "cjk")
    earn, gross, ded, dsum, net = _split(rng, EARN_ZH, DED_ZH, rng.randint(3, 5), rng.randint(3, 5), 2200, 3600)
    amount = rng.choice(["金额", "本月", "金额(元)"])
    y = 96
    for x, h in ((24, rng.choice(["应发项目", "收入项目"])), (150, amount), (204, rng.choice(["代扣项目", "扣款项目"])),
                 (336, amount)):
        s.text(x, y, h, 7, "cjk")
    for i in range(max(len(earn), len(ded))):
        y += 14
        if i < len(earn):
            s.text(24, y, earn[i][0], 7, "cjk")
            s.text(180, y, m(earn[i][1]), 7, "cjk", "right")
        if i < len(ded):
            s.text(204, y, ded[i][0], 7, "cjk")
            s.text(366, y, m(ded[i][1]), 7, "cjk", "right")
    y += 20
    s.text(24, y, rng.choice(["应发小计", "应发合计"]), 7, "cjk")
    s.text(180, y, m(gross), 7, "cjk", "right")
    s.text(204, y, rng.choice(["代扣小计", "扣款合计"]), 7, "cjk")
    s.text(366, y, m(dsum), 7, "cjk", "right")
    s.text(24, y + 24, f"实发金额：¥{m(net)}", 8, "cjk")
    s.text(24, y + 42, rng.choice(["如有疑问请联系本单位报账员。", "工资已转入代发卡。"]), 6.5, "cjk")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def pair_grid_en(rng: random.Random) -> Fig:
    """ZW/ZM/NG/GH/KE/ZA: "label: value" pairs two a row, a designation reading like a label ("Employee"), leave-day
    counts under it, an Earnings | Amount | Deductions | Amount table."""
    s = Sheet("pair_grid_en", "en")
    emp, name = rng.choice(EMP_AF), rng.choice(NAMES_AF)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(396, 36, rng.choice(["Salary Slip", "Payslip", "Pay Advice"]), 12, "sans-bold", "right")
    s.text(24, 54, emp, 10, "sans-bold")
    s.text(24, 66, rng.choice(["14 Samora Machel Ave, Harare", "Plot 2219 Cairo Road, Lusaka", "P.O. Box 1184, Kumasi"]),
           6.5)
    s.text(24, 76, f"+{rng.randint(200, 299)} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
           6.5)
    name_label = rng.choice(["Name:", "Employee Name:", "Full Name:"])
    pairs = [(("Employee Id:", f"EMP-{rng.randint(100000, 999999)}"), (name_label, name)),
             (("Department:", rng.choice(["IT", "Sales", "Stores", "Finance"])),
              ("Designation:", rng.choice(DESIGNATIONS))),
             (("Date of Joining:", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(15, 24)}"),
              (rng.choice(["Total Leave Days:", "Leave Entitlement:", "Annual Leave Days:"]), str(rng.randint(8, 30)))),
             (("Payroll Period:", f"{MONTHS[mo - 1]} {yr}"),
              (rng.choice(["Leave Days Taken:", "Days Absent:", "Sick Days Used:"]), str(rng.randint(0, 6))))]
    if rng.random() < 0.5:  # the name first in the row
        pairs[0] = (pairs[0][1], pairs[0][0])
    bare = rng.random() < 0.5  # PK/IN/BD: no colons, labels in one column and values in the next, name beside a label
    if bare:
        (a, b), (c, d) = pairs[0], pairs[1]
        ident = a if a[0] != name_label else b
        pairs[0], pairs[1] = ((name_label, name), c), (ident, d)
    y = 100
    for left, right in pairs:
        for (k, v), x in ((left, 24), (right, 214)):
            if bare:
                s.text(x, y, k.rstrip(":"), 7.5)
                s.text(x + 76, y, v, 7.5, "sans-bold")
            else:
                s.text(x, y, k, 7.5, "sans-bold")
                s.text(x + 7.5 * 0.6 * len(k) + 6, y, v, 7.5)
        y += 14
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, rng.randint(2, 4), rng.randint(3, 5), 300, 2400)
    y += 8
    s.rect(24, y, 396, y + 14, fill=205)
    for x, h in ((28, "Earnings"), (150, "Amount"), (214, "Deductions"), (350, "Amount")):
        s.text(x, y + 10, h, 7.5, "sans-bold")
    y += 26
    for i in range(max(len(earn), len(ded))):
        if i < len(earn):
            s.text(28, y, earn[i][0], 7.5)
            s.text(190, y, m(earn[i][1]), 7.5, align="right")
        if i < len(ded):
            s.text(214, y, ded[i][0], 7.5)
            s.text(390, y, m(ded[i][1]), 7.5, align="right")
        y += 12
    y += 8
    s.text(28, y, "Total Earnings", 7.5, "sans-bold")
    s.text(190, y, m(gross), 7.5, "sans-bold", "right")
    s.text(214, y, "Total Deductions", 7.5, "sans-bold")
    s.text(390, y, m(dsum), 7.5, "sans-bold", "right")
    y += 22
    s.text(28, y, f"Net Pay: {m(net)}", 9, "sans-bold")
    s.text(214, y, f"Tax Credits: {m(amt(rng, 10, 90))}", 8)
    s.text(28, y + 40, "HR's Signature", 7)
    s.text(280, y + 40, "Employee's Signature", 7)
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def head_strip_en(rng: random.Random) -> Fig:
    """IN/PH/KE/UK: 10-14 heads over one row of values, some heads on two lines, the employer over the strip."""
    s = Sheet("head_strip_en", "en")
    emp, name = rng.choice(EMP_STRIP), rng.choice(NAMES_STRIP)
    yr, mo = rng.choice([2025, 2026]), rng.randint(1, 12)
    s.text(24, 36, emp, 10, "sans-bold")
    s.text(24, 50, rng.choice([f"Wage slip for {MONTHS[mo - 1]} {yr}", f"Pay statement - {MONTHS[mo - 1]} {yr}"]), 8)
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, rng.randint(2, 4), rng.randint(2, 4), 300, 2400)
    heads = [("Emp", "No."), (rng.choice(["Employee", "Worker"]), "Name"), ("Days", "Worked")] \
        + [tuple(n.split(" ", 1)) if " " in n else (n, "") for n, _ in earn] + [("Gross", "Pay")] \
        + [tuple(n.split(" ", 1)) if " " in n else (n, "") for n, _ in ded] + [("Total", "Ded."), ("Net", "Pay")]
    vals = [str(rng.randint(100, 9999)), name, str(rng.randint(20, 26))] + [m(v) for _, v in earn] + [m(gross)] \
        + [m(v) for _, v in ded] + [m(dsum), m(net)]
    widths = [24, 64, 24] + [30] * (len(heads) - 3)
    scale = 372 / sum(widths)
    x, y = 24.0, 66
    for (h1, h2), v, wd in zip(heads, vals, widths, strict=True):
        wd *= scale
        s.rect(x, y, x + wd, y + 22, fill=228)
        s.rect(x, y + 22, x + wd, y + 38)
        s.text(x + wd / 2, y + 9, h1, 5.2, "sans-bold", "centre")
        if h2:
            s.text(x + wd / 2, y + 17, h2, 5.2, "sans-bold", "centre")
        s.text(x + wd / 2, y + 33, v, 5.2, "sans", "centre")
        x += wd
    s.text(24, y + 60, rng.choice(["Received the above amount in full.", "Queries to the time office within 3 days."]),
           7)
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


def public_en(rng: random.Random) -> Fig:
    """AU/NZ/UK/IE: a council, health board or school as the heading, no legal form after it, its registration line
    under it, the employee in a label column, an hours-and-earnings table."""
    s = Sheet("public_en", "en")
    emp, name = rng.choice(PUBLIC_EN), rng.choice(NAMES_PUBLIC)
    yr, mo = 2026, rng.randint(1, 10)
    s.text(24, 36, emp, 11, "sans-bold")
    s.text(396, 36, "PAYSLIP", 10, "sans-bold", "right")
    s.text(24, 48, rng.choice([f"ABN {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
                               f"{rng.randint(100, 999)} - PO Box {rng.randint(1, 99)}", "Civic Offices, Main Street",
                               f"Registered charity CHY {rng.randint(1000, 9999)}"]), 6.5)
    rows = [(rng.choice(["Employee", "Employee name", "Name"]), name), ("Employee ID", str(rng.randint(1000, 99999))),
            ("Position", rng.choice(["Library Officer", "Parks Labourer", "Ward Clerk", "Teacher Aide"])),
            ("Pay period", f"01/{mo:02d}/{yr} - 28/{mo:02d}/{yr}")]
    y = 72
    for k, v in rows:
        s.text(24, y, k, 7.5)
        s.text(120, y, v, 7.5)
        y += 12
    earn, gross, ded, dsum, net = _split(rng, EARN_EN, DED_EN, rng.randint(2, 3), rng.randint(2, 3), 2400, 6800)
    y += 12
    s.text(24, y, "Earnings", 7.5, "sans-bold")
    s.text(396, y, "This Pay", 7.5, "sans-bold", "right")
    for n, v in earn:
        y += 11
        s.text(24, y, n, 7.5)
        s.text(396, y, m(v), 7.5, align="right")
    y += 13
    s.text(24, y, "Gross earnings", 7.5, "sans-bold")
    s.text(396, y, m(gross), 7.5, "sans-bold", "right")
    for n, v in ded:
        y += 11
        s.text(24, y, n, 7.5)
        s.text(396, y, m(v), 7.5, align="right")
    y += 13
    s.text(24, y, "Total deductions", 7.5, "sans-bold")
    s.text(396, y, m(dsum), 7.5, "sans-bold", "right")
    y += 18
    s.text(24, y, "NET PAY", 9, "sans-bold")
    s.text(396, y, m(net, "$"), 9, "sans-bold", "right")
    _truth(s, emp, name, f"{yr}-{mo:02d}", gross, net)
    return Fig(s, "payslip")


LAYOUTS: list[Callable[[random.Random], Fig]] = [tear_strip_zh, unit_detail_zh, pair_grid_en, head_strip_en, public_en]
PICTURE_FORMS = ("photo", "scan", "screenshot")


def generate(seed: int, per_layout: int, pictures: int = 0, only: str = "") -> list[Fig]:
    """``per_layout`` documents of each layout (those named ``only``, comma-separated, when given), text PDFs; the
    first ``pictures`` of each layout drawn as a photo, a scan or a screenshot in turn."""
    out = []
    for li, lay in enumerate(LAYOUTS):
        if only and lay.__name__ not in only.split(","):
            continue
        for k in range(per_layout):
            f = lay(random.Random(seed * 7919 + li * 131 + k))
            if k < pictures:
                f.form = PICTURE_FORMS[k % len(PICTURE_FORMS)]
            out.append(f)
    return out


def measure(root: Path, seed: int, per_layout: int, pictures: int = 0, only: str = "") -> dict:
    """Write, read, classify and extract as packet does (:func:`photo_forms.measure_sheets`); count documents, types,
    fields, right, wrong at >= 0.9."""
    return measure_sheets(root, generate(seed, per_layout, pictures, only), seed,
                          lambda f, want, got, _accept: same(f, want, got))


if __name__ == "__main__":  # pragma: no cover - a developer's view
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as t:
        res = measure(Path(t), int(sys.argv[1]) if len(sys.argv) > 1 else 1,
                      int(sys.argv[2]) if len(sys.argv) > 2 else 4, int(sys.argv[3]) if len(sys.argv) > 3 else 0,
                      sys.argv[4] if len(sys.argv) > 4 else "")
        print({k: v for k, v in res.items() if k != "failures"})
        for f in res["failures"]:
            print(" ", f)
