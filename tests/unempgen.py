"""A generator of proofs of unemployment from many countries and issuers, and of letters that look like them but
prove no lost job (they must not be typed ``unemployment_proof``).

Written for tests/test_unemployment_proof.py from how job centres, social security bodies, labour departments and
employers print these documents in the UK, IE, US, CA, AU, NZ, MY, KE, SG, IN, PH, ZA, HK and mainland China: benefit
award letters (a jobseeker's allowance, a job search allowance), registration certificates (失业登记证明), an
employer's certificate of service, separation notice, relieving letter, redundancy or retrenchment letter, a
解除劳动合同证明 with its seal line. The wording is this module's own: no list is shared with packet's vocabulary
(checklists/*.toml), none is copied from a bench document. Look-alikes: job offers, reference letters, pay-rise
letters, a 录用通知书 and a 调薪通知.

One failure kind is built in on purpose: a field table whose cell of a reason starts with a word that also labels the
issuer elsewhere ("失业原因 | 用人单位经济性裁员", "Reason | Employer restructuring"): the words after it are no
organisation.

Each document is a :class:`phototypegen.Sheet` with its truth (:class:`Letter`); :func:`to_pdf` draws it as a
born-digital A4 PDF with reportlab, :func:`to_photo` paints it and photographs it with the photo helpers of
tests/phototypegen.py. Deterministic: a seed gives the same documents, byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from phototypegen import CJK, LAYOUTS, Sheet, paint, photograph

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@dataclass
class Letter:
    """One document: its ``sheet``, the type packet should give it, its language, and the fields a reader would
    give (``issuer``: every spelling a reader would accept, the first the full one)."""
    name: str
    sheet: Sheet
    type: str
    lang: str
    person: str | None = None
    issuer: list[str] = field(default_factory=list)
    date: str | None = None  # ISO


# --- pools (this generator's own) ---------------------------------------------------------------------------------

EN_PEOPLE = ["Nadia Farouk", "Kwame Asante", "Bridget Mulcahy", "Harjit Sandhu", "Tevita Fifita", "Elena Petrova",
             "Wanjiru Kamau", "Mohd Faizal bin Rahman", "Joseph Tan Wei Ming", "Lerato Mokoena", "Callum Fraser",
             "Maria Santos Dela Cruz"]
ZH_PEOPLE = ["蔺海波", "詹秋月", "佘志刚", "宓丽娜", "阚文涛", "滕玉梅", "隗建平", "覃晓燕"]
ZH_TOWNS = ["包头市昆都仑区", "绵阳市涪城区", "赣州市章贡区", "荆州市沙市区", "遵义市汇川区", "漳州市芗城区"]
ZH_FIRMS = ["瑞丰纺织有限公司", "恒通汽车配件有限公司", "金禾食品有限责任公司", "鼎盛建材股份有限公司", "宏远物流有限公司"]


def _day(rng: random.Random) -> tuple[int, int, int]:
    return 2026, rng.randint(8, 11), rng.randint(1, 28)


def _en_date(d: tuple[int, int, int], style: int) -> str:
    y, m, dd = d
    suffix = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return [f"{dd} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {dd}, {y}", f"{dd}{suffix} {MONTHS[m - 1]} {y}",
            f"{dd:02d}/{m:02d}/{y}"][style]


def _zh_date(d: tuple[int, int, int]) -> str:
    return f"{d[0]}年{d[1]}月{d[2]}日"


def _iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


# --- proofs of unemployment, English --------------------------------------------------------------------------------

def en_agency_award(rng: random.Random) -> Letter:
    """A public body's letter to a claimant: its letterhead, the claimant's name and address, a dated heading, the
    benefit awarded because the job ended."""
    agency, short, benefit, country = rng.choice([
        ("Department of Social Protection", "Department of Social Protection", "Jobseeker's Benefit", "IE"),
        ("Social Security Organisation", "SOCSO", "Job Search Allowance", "MY"),
        ("Ministry of Social Development", "Ministry of Social Development", "Jobseeker Support", "NZ"),
        ("Department of Employment and Labour", "Department of Employment and Labour",
         "unemployment insurance benefits", "ZA"),
        ("State Department of Labor", "State Department of Labor", "unemployment insurance", "US"),
        ("National Welfare and Employment Insurance Board", "NWEIB", "unemployment benefit", "BB"),
        ("Public Employment and Income Support Service", "PEISS", "income support for jobseekers", "TT"),
    ])
    who = rng.choice(EN_PEOPLE)
    d = _day(rng)
    ended = (2026, d[1] - 1, rng.randint(1, 28))
    style = 1 if country == "US" else rng.choice([0, 2])
    return Letter(f"en-award-{country}", Sheet(
        [agency.upper() if rng.random() < 0.5 else agency, f"Regional office, PO Box {rng.randint(100, 9999)}"],
        f"Decision on your claim for {benefit}",
        pairs=[("Our ref", f"CL/{rng.randint(10000, 99999)}"), ("Date", _en_date(d, style))],
        prose=[who.upper(), f"{rng.randint(2, 90)} Station Road",
               "Dear Sir/Madam," if rng.random() < 0.5 else f"Dear {who.split()[0]},",
               f"We have looked at your claim. Your job with your last employer ended on {_en_date(ended, style)} "
               "because the business cut staff, and you are now out of work and looking for a new job.",
               f"You are entitled to {benefit} from the week after your claim. You must keep looking for work and "
               "tell us at once if you start a job.",
               "Yours faithfully,"],
        foot=[f"Benefits Manager, {short}"]), "unemployment_proof", "en", who, [agency, short], _iso(d))


def en_certificate_of_service(rng: random.Random) -> Letter:
    """An employer's certificate of service at the end of a job, as label : value lines (Kenya, Uganda, Tanzania)."""
    firm = rng.choice(["Rift Valley Tea Processors Limited", "Mombasa Dockside Cargo Ltd",
                       "Kisumu Lakeside Millers Limited", "Nakuru Fresh Dairies Ltd"])
    who = rng.choice(EN_PEOPLE)
    d = _day(rng)
    return Letter("en-certificate-of-service", Sheet(
        [firm.upper(), f"P.O. Box {rng.randint(100, 9999)} - 00100, Nairobi"], "CERTIFICATE OF SERVICE",
        pairs=[("Name of employee", who), ("Staff number", f"S/{rng.randint(1000, 9999)}"),
               ("Date of joining", _en_date((2015 + rng.randint(0, 8), rng.randint(1, 12), rng.randint(1, 28)), 2)),
               ("Date of leaving", _en_date(d, 2)), ("Last designation", "Machine Operator"),
               ("Reason for leaving", "Post abolished (redundancy)")],
        prose=["His final dues, notice pay and leave days will be paid as the law requires.",
               f"Date: {_en_date(d, 2)}"],
        foot=["______________________", "Human Resources Manager", f"For {firm}"]),
        "unemployment_proof", "en", who, [firm, firm.replace("Limited", "Ltd")], _iso(d))


def en_employer_separation(rng: random.Random) -> Letter:
    """An employer's letter that the job ended: a separation notice, a relieving letter, a retrenchment letter."""
    firm, country = rng.choice([("Harbourfront Logistics Pte. Ltd.", "SG"), ("Sundaram Auto Components Pvt. Ltd.", "IN"),
                                ("Pacific Isles Garments Inc.", "PH"), ("Kowloon Bay Printing Company Limited", "HK"),
                                ("Prairie Grain Handling Ltd.", "CA")])
    title, body = rng.choice([
        ("Separation Notice", "This notice confirms that your employment with us ended on {end}, your position having "
                              "been abolished in the reorganisation of the plant."),
        ("Relieving Letter", "This is to certify that you have been relieved of your duties with effect from {end} "
                             "after the closure of the unit, and that no dues remain pending."),
        ("Letter of Retrenchment", "We regret to inform you that you are retrenched with effect from {end} owing to "
                                   "a fall in orders; your retrenchment benefit is set out below."),
    ])
    who = rng.choice(EN_PEOPLE)
    d = _day(rng)
    style = rng.choice([0, 1, 3])
    return Letter(f"en-separation-{country}", Sheet(
        [firm, f"{rng.randint(1, 99)} Industrial Park Road"], title,
        pairs=[("Date", _en_date(d, style)), ("Employee", who), ("Employee ID", f"E{rng.randint(10000, 99999)}")],
        prose=[f"Dear {who.split()[0]},", body.format(end=_en_date(d, style)),
               "We thank you for your service and wish you well.", "Yours sincerely,"],
        foot=["Head of Human Resources", firm]), "unemployment_proof", "en", who, [firm], _iso(d))


def en_reason_cell(rng: random.Random) -> Letter:
    """A benefit office's registration record as a field table whose reason cell starts with "Employer": the words
    after it are a reason, no organisation. The issuer signs at the foot."""
    office = rng.choice(["Eastgate Employment Services Centre", "Northshore Jobs and Benefits Office",
                         "Riverside Public Employment Office"])
    who = rng.choice(EN_PEOPLE)
    d = _day(rng)
    return Letter("en-reason-cell", Sheet(
        [office], "Registration as Unemployed",
        pairs=[("Name", who), ("Former workplace", "Coastline Canning Ltd"),
               ("Reason", rng.choice(["Employer restructuring", "Employer closure", "Employer insolvency"])),
               ("Registered on", _en_date(d, 0))],
        prose=["The person named above is registered with this office as out of work and seeking employment."],
        foot=[office, _en_date(d, 0)]), "unemployment_proof", "en", who, [office], _iso(d))


# --- proofs of unemployment, Chinese --------------------------------------------------------------------------------

def zh_registration(rng: random.Random) -> Letter:
    """A public employment service's 失业登记证明: a field table (its reason cell beginning with 用人单位 or 单位), a
    sentence of proof, the centre's name and the date at the foot."""
    town = rng.choice(ZH_TOWNS)
    centre = town + rng.choice(["公共就业服务中心", "就业服务局", "人力资源和社会保障局"])
    who = rng.choice(ZH_PEOPLE)
    d = _day(rng)
    reason = rng.choice(["用人单位经济性裁员", "用人单位依法宣告破产", "用人单位被吊销营业执照", "单位撤销解除劳动关系"])
    return Letter("zh-registration", Sheet(
        [], rng.choice(["失业登记证明", "失业登记凭证"]),
        pairs=[("姓名", who), ("性别", rng.choice(["男", "女"])), ("原工作单位", town + rng.choice(ZH_FIRMS)),
               ("失业原因", reason), ("登记日期", _zh_date(d))],
        prose=["兹证明上述人员已在我单位办理失业登记，可按规定享受公共就业服务。", "特此证明。"],
        foot=[centre, _zh_date(d)], zh=True), "unemployment_proof", "zh", who, [centre], _iso(d))


def zh_contract_ended(rng: random.Random) -> Letter:
    """An employer's 解除（终止）劳动合同证明 in prose, sealed and dated at the foot."""
    firm = rng.choice(ZH_TOWNS) + rng.choice(ZH_FIRMS)
    who = rng.choice(ZH_PEOPLE)
    d = _day(rng)
    title = rng.choice(["解除劳动合同证明", "终止劳动合同证明书", "离职证明"])
    return Letter("zh-contract-ended", Sheet(
        [firm] if rng.random() < 0.5 else [], title,
        prose=[f"兹证明{who}（身份证号：5107{rng.randint(10 ** 13, 10 ** 14 - 1)}）于2019年5月入职我公司，任装配工。",
               f"因公司生产经营发生严重困难，经协商，双方于{_zh_date(d)}解除劳动合同，劳动关系自即日起终止。",
               "特此证明。"],
        foot=[f"{firm}（盖章）", _zh_date(d)], zh=True), "unemployment_proof", "zh", who, [firm], _iso(d))


def zh_benefit_notice(rng: random.Random) -> Letter:
    """A social insurance agency's notice of unemployment benefit (失业保险金) approved: a field table and a
    sentence, the agency at the foot."""
    agency = rng.choice(ZH_TOWNS) + rng.choice(["社会保险事业管理局", "社会保险服务中心", "就业和社会保障服务中心"])
    who = rng.choice(ZH_PEOPLE)
    d = _day(rng)
    return Letter("zh-benefit-notice", Sheet(
        [], "失业保险金核定通知书",
        pairs=[("申领人", who), ("失业前单位", rng.choice(ZH_FIRMS)), ("领取期限", "6个月"),
               ("月领取标准", f"{rng.randint(15, 22)}00.00元")],
        prose=[f"{who}：你于本年提出的失业保险金申请，经审核符合领取条件，自次月起按月发放。"],
        foot=[agency, _zh_date(d)], zh=True), "unemployment_proof", "zh", who, [agency], _iso(d))


# --- look-alikes: letters about a job that prove none lost -----------------------------------------------------------

def en_job_offer(rng: random.Random) -> Letter:
    firm = rng.choice(["Bluegum Analytics Pty Ltd", "Thames Valley Dairies Ltd", "Lagoon City Hotels Pte. Ltd."])
    who = rng.choice(EN_PEOPLE)
    return Letter("en-job-offer", Sheet(
        [firm], "Offer of Appointment", pairs=[("Date", _en_date(_day(rng), 0))],
        prose=[f"Dear {who.split()[0]},", "Following your interview we are delighted to offer you the post of "
               "Logistics Coordinator, starting on 1 December 2026, at an annual salary of 48,000.",
               "Please sign and return a copy of this letter to confirm that you accept.", "Kind regards,"],
        foot=["Talent Acquisition Lead", firm]), "other", "en")


def en_reference(rng: random.Random) -> Letter:
    firm = rng.choice(["Greenfield Community College", "Westbrook Veterinary Practice", "Harbour Lights Theatre"])
    who = rng.choice(EN_PEOPLE)
    return Letter("en-reference", Sheet(
        [firm], "Character Reference", pairs=[("Date", _en_date(_day(rng), 0))],
        prose=["To whom it may concern,", f"I have known {who} for six years as a volunteer at our college, where "
               "they organised the weekend reading club with great care.",
               "I recommend them warmly for any position of trust.", "Yours faithfully,"],
        foot=["Dr A. Whitcombe, Principal"]), "other", "en")


def en_pay_rise(rng: random.Random) -> Letter:
    firm = rng.choice(["Copperhead Engineering Ltd", "Saffron Lane Foods Ltd", "Baywater Clinics Ltd"])
    who = rng.choice(EN_PEOPLE)
    return Letter("en-pay-rise", Sheet(
        [firm], "Salary Review", pairs=[("Date", _en_date(_day(rng), 0))],
        prose=[f"Dear {who.split()[0]},", "Following this year's performance review, your salary will rise by 4% "
               "from the first of next month. All other terms of your contract stay the same.",
               "Thank you for your hard work this year.", "Best wishes,"],
        foot=["Reward Team", firm]), "other", "en")


def zh_offer(rng: random.Random) -> Letter:
    firm = rng.choice(ZH_TOWNS) + rng.choice(ZH_FIRMS)
    who = rng.choice(ZH_PEOPLE)
    return Letter("zh-offer", Sheet(
        [firm], "录用通知书",
        prose=[f"{who}先生/女士：", "经面试考核，我公司决定录用您为质检员，请于2026年12月1日到公司人事部报到。",
               "试用期三个月，期满考核合格后转正。"], foot=[firm, _zh_date(_day(rng))], zh=True), "other", "zh")


def zh_pay_rise(rng: random.Random) -> Letter:
    firm = rng.choice(ZH_TOWNS) + rng.choice(ZH_FIRMS)
    who = rng.choice(ZH_PEOPLE)
    return Letter("zh-pay-rise", Sheet(
        [firm], "调薪通知",
        prose=[f"{who}同志：", "根据年度绩效考核结果，公司决定自下月起调整您的岗位工资，上调幅度为百分之五。",
               "其他待遇不变。"], foot=[f"{firm}人力资源部", _zh_date(_day(rng))], zh=True), "other", "zh")


PROOFS = (en_agency_award, en_certificate_of_service, en_employer_separation, en_reason_cell, zh_registration,
          zh_contract_ended, zh_benefit_notice)
LOOKALIKES = (en_job_offer, en_reference, en_pay_rise, zh_offer, zh_pay_rise)


def letters(seed: int = 7, per_maker: int = 3, lookalikes: int = 2) -> list[Letter]:
    """``per_maker`` documents of each proof maker and ``lookalikes`` of each look-alike, each from its own seeded
    random stream."""
    out = []
    for maker in PROOFS:
        out += [maker(random.Random(f"{seed}-{maker.__name__}-{k}")) for k in range(per_maker)]
    for maker in LOOKALIKES:
        out += [maker(random.Random(f"{seed}-{maker.__name__}-{k}")) for k in range(lookalikes)]
    return out


# --- drawing --------------------------------------------------------------------------------------------------------

def to_pdf(letter: Letter, path: Path, layout: int = 0) -> Path:
    """``letter`` as a born-digital A4 PDF (reportlab): the head centred and bold (layout 0) or at the left (1),
    the title centred, the pairs as "label: value" (0) or in two columns of a grid (1), then the prose and the foot
    at the right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    s = letter.sheet
    if s.zh:
        if "UnempZh" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("UnempZh", CJK, subfontIndex=0))
        font = bold = "UnempZh"
    else:
        font, bold = "Helvetica", "Helvetica-Bold"
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    y = h - 70
    for i, line in enumerate(s.head):
        c.setFont(bold if i == 0 else font, 15 if i == 0 else 10)
        (c.drawCentredString(w / 2, y, line) if layout == 0 else c.drawString(60, y, line))
        y -= 20 if i == 0 else 16
    y -= 18
    c.setFont(bold, 17)
    c.drawCentredString(w / 2, y, s.title)
    y -= 36
    c.setFont(font, 11)
    for lab, val in s.pairs:
        if layout == 1:
            c.drawString(60, y, lab)
            c.drawString(230, y, val)
        else:
            c.drawString(60, y, f"{lab}：{val}" if s.zh else f"{lab}: {val}")
        y -= 22
    y -= 10
    width = 70 if not s.zh else 38  # characters a line
    for p in s.prose:
        words = list(p) if s.zh else p.split()
        line = ""
        for u in words:
            cand = line + u if s.zh else (line + " " + u).strip()
            if len(cand) > width:
                c.drawString(60, y, line)
                y -= 17
                line = u
            else:
                line = cand
        if line:
            c.drawString(60, y, line)
            y -= 17
        y -= 8
    y -= 30
    for line in s.foot:
        c.drawRightString(w - 70, y, line)
        y -= 18
    c.save()
    return path


def to_photo(letter: Letter, path: Path, seed: int = 0) -> Path:
    """``letter`` painted (phototypegen.paint, a layout taken by ``seed``) and photographed on a desk under a mild
    condition (phototypegen.photograph: tilt, uneven light, JPEG), written to ``path`` as JPEG."""
    rng = random.Random(f"photo-{letter.name}-{seed}")
    page = paint(letter.sheet, LAYOUTS[seed % 2 * 4], rng)  # "letterhead" or "centred"
    path.write_bytes(photograph(page, rng.choice(["jpeg", "perspective"]), rng, zh=letter.sheet.zh))
    return path
