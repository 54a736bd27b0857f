"""A generator of documents whose ISSUER is printed without a label: an employer, a hospital, a public service
known only by its letterhead, a title line, a sign-off, a seal or a footer.

Written for the issuing-organisation tests (tests/test_issuer_prominence.py) from how issuers in many countries
print these documents (UK, US, CA, AU, NZ, IE, IN, SG, ZA, HK, mainland China); no wording is taken from packet's
vocabulary or from a corpus document. Each layout places the name differently (centred letterhead, beside a
logo box, in a title line with the document's kind, in a grid cell, in the sign-off, under a seal, in a
copyright footer, as a brand over the legal name printed lower down) at different sizes and fonts, and the
field labels of the rest of the document vary too. Deterministic: a layout and a seed give the same document.

A document is a list of :data:`Item`; :func:`draw_pdf` writes it as a born-digital A4 PDF (reportlab);
the tests rasterise some of those PDFs into scans and photos.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
A4 = (595.0, 842.0)


@dataclass(frozen=True)
class Item:
    x: float  # points from the left
    y: float  # points from the top (baseline)
    size: float  # font size, points
    text: str
    bold: bool = False
    centre: bool = False  # x is the centre of the text
    box: bool = False  # a filled square (a logo) of side ``size`` at x, y, no text


@dataclass(frozen=True)
class Doc:
    name: str
    language: str  # "en" or "zh"
    type: str  # the document type packet should give it
    field: str  # the issuer field
    want: str  # the issuer as a person reading it would give it
    items: tuple[Item, ...]


# --- pools ---------------------------------------------------------------------------------------------------------
# (brand printed big, legal name printed small elsewhere or None): the legal name is what the document says it is
EMPLOYERS_EN = [
    ("Harbourview Logistics", "Harbourview Logistics Pty Ltd"),  # AU
    ("KESTREL ANALYTICS", "Kestrel Analytics Ltd"),  # UK
    ("Tamarind Foods", "Tamarind Foods Private Limited"),  # IN
    ("Lionsgate Hotels", "Lionsgate Hotels Pte. Ltd."),  # SG
    ("Ubuntu Freight", "Ubuntu Freight (Pty) Ltd"),  # ZA
    ("Wexford Joinery", None),  # IE
    ("Pohutukawa Orchards", "Pohutukawa Orchards Limited"),  # NZ
    ("GRANITE PEAK OUTFITTERS", None),  # US
    ("Prairie Lantern Brewing", "Prairie Lantern Brewing Co."),  # CA
    ("Kowloon Harbour Trading", "Kowloon Harbour Trading Company Limited"),  # HK
    ("Northfield Borough Council", None),  # UK public employer
    ("St Aidan's Hospital", None),  # a hospital paying its own staff
]
EMPLOYERS_ZH = [
    ("宏达机械", "江城宏达机械制造有限公司"),
    ("南溪县人民医院", None),
    ("启明星教育", "启明星教育科技有限公司"),
    ("华岳物流", None),
    ("青岚市第二人民医院", None),
    ("禾丰农业", "禾丰农业发展有限公司"),
    ("星河湾物业", "星河湾物业服务有限公司"),
    ("东港区实验小学", None),
]
PAY_TITLES_EN = ["PAY ADVICE", "Payslip", "Salary Slip", "Pay Statement", "Earnings Statement", "Remuneration Advice",
                 "Wage Slip", "Pay Stub"]
PAY_TITLES_ZH = ["工资条", "工资明细", "薪资单", "绩效工资明细", "工资发放明细", "薪酬明细表"]
SERVICES = [  # public services that print no agency word (expected as printed)
    ("Service Canada", "en"), ("Centrelink", "en"), ("Jobcentre Plus", "en"), ("Work and Income", "en"),
    ("Intreo", "en"), ("Workforce Singapore", "en"), ("Unemployment Insurance Fund", "en"),
]
SERVICES_ZH = ["清溪市公共就业服务中心", "云岭县人力资源和社会保障局", "梅江区就业服务中心"]
PROVIDERS = [  # (a sub-brand of the logo, the legal name printed in the address block)
    ("KAURI MEDICINE", "Kauri Health Care"),
    ("Bluewater Imaging", "Bluewater Medical Group"),
    ("LAKESIDE ORTHO", "Lakeside Orthopaedic Clinic"),
    ("Redgum Dental", "Redgum Dental Practice"),
]
PROVIDERS_ZH = ["青岚市第二人民医院", "梅江区妇幼保健院", "云岭县中医院"]
STREETS = ["14 Quay Street", "220 Bridge Road", "8 Fitzwilliam Lane", "51 Marine Parade", "3/77 Albert Street",
           "1290 Kingsway", "9 Jalan Besar"]
TOWNS = ["Brisbane QLD 4000", "Leeds LS1 4AB", "Dublin D02 X285", "Durban 4001", "Auckland 1010", "Calgary AB T2P 1J9",
         "Singapore 208780", "Pune 411001"]
PEOPLE_EN = ["Aroha Ngata", "Liam O'Sullivan", "Priya Raman", "Thabo Nkosi", "Grace Tan", "Owen Fairweather",
             "Chloe Bouchard", "Marcus Reid"]
PEOPLE_ZH = ["梁晓燕", "韦志强", "覃丽华", "詹国平", "冯海涛", "钟秀兰"]
MONTHS_EN = ["July 2026", "August 2026", "September 2026", "October 2026"]


def _money(rng: random.Random, lo: int, hi: int) -> tuple[float, float]:
    gross = rng.randrange(lo, hi) + rng.randrange(100) / 100
    return gross, round(gross * rng.uniform(0.72, 0.86), 2)


def _fmt(v: float) -> str:
    return f"{v:,.2f}"


def _pay_rows_en(rng: random.Random, y: float, person: str) -> list[Item]:
    gross, net = _money(rng, 2400, 7800)
    month = rng.choice(MONTHS_EN)
    who, period, g, n = rng.choice([("Employee", "Pay period", "Gross pay", "Net pay"),
                                    ("Employee name", "Period", "Total gross", "Net salary"),
                                    ("Name", "Pay period", "Gross earnings", "Take home pay")])
    rows = [(f"{who}: {person}", f"{period}: {month}"), (f"{g}", _fmt(gross)), ("Tax", _fmt(gross * 0.14)),
            ("Pension", _fmt(gross * 0.05)), (f"{n}", _fmt(net))]
    out = []
    for k, (a, b) in enumerate(rows):
        out += [Item(60, y + 22 * k, 10, a), Item(330, y + 22 * k, 10, b)]
    return out


def _pay_rows_zh(rng: random.Random, y: float, person: str) -> list[Item]:
    gross, net = _money(rng, 4200, 16000)
    rows = [(f"姓名：{person}", "所属月份：2026年10月"), ("应发工资", _fmt(gross)), ("个人所得税", _fmt(gross * 0.05)),
            ("社保个人部分", _fmt(gross * 0.1)), ("实发工资", _fmt(net))]
    out = []
    for k, (a, b) in enumerate(rows):
        out += [Item(60, y + 22 * k, 10, a), Item(330, y + 22 * k, 10, b)]
    return out


# --- layouts -------------------------------------------------------------------------------------------------------

def payslip_centred(rng: random.Random, zh: bool) -> Doc:
    """The brand printed large and centred at the top, an address line under it, the title below that; the legal
    name (when there is one) only in a small line at the foot."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    items = [Item(297, 60, rng.choice([18, 20, 22]), brand, bold=True, centre=True),
             Item(297, 80, 8, "地址：" + rng.choice(["江城市滨江路88号", "青岚市人民路12号"]) if zh
                  else f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}", centre=True),
             Item(297, 115, 13, rng.choice(PAY_TITLES_ZH if zh else PAY_TITLES_EN), centre=True)]
    items += _pay_rows_zh(rng, 150, rng.choice(PEOPLE_ZH)) if zh else _pay_rows_en(rng, 150, rng.choice(PEOPLE_EN))
    if legal:
        items.append(Item(60, 790, 7, (f"{legal}  版权所有" if zh else f"{legal}, registered office as above")))
    return Doc("centred", "zh" if zh else "en", "payslip", "employer", legal or brand, tuple(items))


def payslip_title_line(rng: random.Random, zh: bool) -> Doc:
    """The employer and the document's kind in one title line ("<name> — PAY ADVICE", "<名称> 2026年10月工资明细")."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    if zh:
        title = f"{name} 2026年10月{rng.choice(PAY_TITLES_ZH)}"
    else:
        title = f"{name.upper() if rng.random() < 0.5 else name} {rng.choice(['—', '-', '|', ':'])} " \
                f"{rng.choice(PAY_TITLES_EN).upper()}"
    items = [Item(60, 60, rng.choice([13, 15]), title, bold=True)]
    items += _pay_rows_zh(rng, 100, rng.choice(PEOPLE_ZH)) if zh else _pay_rows_en(rng, 100, rng.choice(PEOPLE_EN))
    return Doc("title-line", "zh" if zh else "en", "payslip", "employer", name, tuple(items))


def payslip_logo_left(rng: random.Random, zh: bool) -> Doc:
    """A logo square at the top left, the name beside it, the title at the top right, the address under the name."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    items = [Item(50, 70, 30, "", box=True), Item(90, 58, 15, name, bold=True),
             Item(90, 74, 8, "滨江路88号 电话 0755-8888" if zh else f"{rng.choice(STREETS)} · {rng.choice(TOWNS)}"),
             Item(430, 58, 12, rng.choice(PAY_TITLES_ZH if zh else PAY_TITLES_EN))]
    items += _pay_rows_zh(rng, 120, rng.choice(PEOPLE_ZH)) if zh else _pay_rows_en(rng, 120, rng.choice(PEOPLE_EN))
    return Doc("logo-left", "zh" if zh else "en", "payslip", "employer", name, tuple(items))


def payslip_grid(rng: random.Random, zh: bool) -> Doc:
    """A form whose first row is two cells: the name in capitals on the left, the kind of document on the right."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    items = [Item(60, 60, 12, name if zh else name.upper(), bold=True),
             Item(380, 60, 12, rng.choice(PAY_TITLES_ZH if zh else PAY_TITLES_EN).upper())]
    items += _pay_rows_zh(rng, 95, rng.choice(PEOPLE_ZH)) if zh else _pay_rows_en(rng, 95, rng.choice(PEOPLE_EN))
    return Doc("grid", "zh" if zh else "en", "payslip", "employer", name if zh else name.upper(), tuple(items))


def payslip_footer(rng: random.Random, zh: bool) -> Doc:
    """No letterhead: the title alone at the top, the employer only in a copyright line at the foot."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    items = [Item(60, 60, 14, rng.choice(PAY_TITLES_ZH if zh else PAY_TITLES_EN), bold=True)]
    items += _pay_rows_zh(rng, 100, rng.choice(PEOPLE_ZH)) if zh else _pay_rows_en(rng, 100, rng.choice(PEOPLE_EN))
    items.append(Item(60, 800, 7, f"© 2026 {name}" + ("  版权所有" if zh else ". All rights reserved.")))
    return Doc("footer", "zh" if zh else "en", "payslip", "employer", name, tuple(items))


def income_letter_signoff(rng: random.Random, zh: bool) -> Doc:
    """A letter confirming income on plain paper: the employer only in the sign-off ("For and on behalf of <name>",
    "<name> Human Resources") or under the seal mark (（盖章）<名称>)."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    if zh:
        person = rng.choice(PEOPLE_ZH)
        body = ["收入证明", f"兹证明{person}同志系我单位正式员工，", f"月收入人民币{rng.randrange(5, 15)},000.00元。",
                "特此证明。"]
        items = [Item(260, 70, 16, body[0], bold=True)] + [Item(60, 110 + 22 * k, 11, t) for k, t in enumerate(body[1:])]
        items += [Item(330, 300, 11, "（盖章）"), Item(330, 322, 11, name), Item(330, 344, 11, "2026年10月20日")]
    else:
        person = rng.choice(PEOPLE_EN)
        body = ["To whom it may concern", "Confirmation of income",
                f"This is to confirm that {person} is employed full time",
                f"with a monthly salary of ${rng.randrange(3, 9)},{rng.randrange(100, 999)}.00."]
        items = [Item(60, 70, 11, "20 October 2026")] + [Item(60, 110 + 22 * k, 11, t) for k, t in enumerate(body)]
        sign = rng.choice([["Yours sincerely,", "Helen Marsh", "Payroll Manager", name],
                           [f"For and on behalf of {name}", "Helen Marsh, HR Officer"],
                           ["Kind regards,", "Helen Marsh", f"{name} Human Resources"]])
        items += [Item(60, 260 + 20 * k, 11, t) for k, t in enumerate(sign)]
    return Doc("signoff", "zh" if zh else "en", "income_proof", "employer", name, tuple(items))


def service_letter(rng: random.Random, zh: bool) -> Doc:
    """A benefit or job-seeker letter from a public service whose name holds no agency word, in its letterhead."""
    if zh:
        name = rng.choice(SERVICES_ZH)
        person = rng.choice(PEOPLE_ZH)
        items = [Item(297, 60, 18, name, bold=True, centre=True), Item(297, 100, 15, "失业登记证明", centre=True),
                 Item(60, 140, 11, f"{person}同志于2026年09月12日在本机构办理失业登记，"),
                 Item(60, 162, 11, "现处于失业状态。特此证明。"), Item(380, 230, 11, "2026年10月08日")]
        return Doc("service", "zh", "unemployment_proof", "issuer", name, tuple(items))
    name = rng.choice(SERVICES)[0]
    person = rng.choice(PEOPLE_EN)
    items = [Item(60, 60, rng.choice([17, 20]), name, bold=True),
             Item(60, 78, 8, f"PO Box {rng.randrange(100, 9999)}, {rng.choice(TOWNS)}"),
             Item(400, 60, 10, "12 October 2026"),
             Item(60, 120, 11, f"Dear {person},"),
             Item(60, 145, 11, "We confirm that you are registered as a jobseeker and receive"),
             Item(60, 165, 11, "unemployment benefit following the termination of your employment."),
             Item(60, 230, 11, "Yours faithfully,"), Item(60, 250, 11, "Benefits team")]
    return Doc("service", "en", "unemployment_proof", "issuer", name, tuple(items))


def bill_brand_and_legal(rng: random.Random, zh: bool) -> Doc:
    """A bill whose logo prints a sub-brand in capitals and whose address block prints the legal name (its web
    address at the foot); a table row starting with "Total Hospital" (a charge, not a name)."""
    if zh:
        name = rng.choice(PROVIDERS_ZH)
        items = [Item(297, 60, 18, name, bold=True, centre=True), Item(297, 90, 13, "门诊收费明细", centre=True),
                 Item(60, 130, 10, f"患者：{rng.choice(PEOPLE_ZH)}"), Item(330, 130, 10, "就诊日期：2026-10-05"),
                 Item(60, 160, 10, "西药费"), Item(330, 160, 10, "126.50"), Item(60, 180, 10, "检查费"),
                 Item(330, 180, 10, "310.00"), Item(60, 200, 10, "合计"), Item(330, 200, 10, "436.50")]
        return Doc("bill", "zh", "medical_bill", "provider", name, tuple(items))
    brand, legal = rng.choice(PROVIDERS)
    items = [Item(60, 60, 20, brand, bold=True), Item(400, 60, 12, "STATEMENT OF ACCOUNT"),
             Item(60, 90, 9, legal), Item(60, 102, 9, rng.choice(STREETS)), Item(60, 114, 9, rng.choice(TOWNS)),
             Item(60, 150, 10, f"Patient: {rng.choice(PEOPLE_EN)}"), Item(330, 150, 10, "Date of service: 10/05/2026"),
             Item(60, 180, 10, "Consultation"), Item(330, 180, 10, "185.00"),
             Item(60, 200, 10, "Total Hospital charges"), Item(330, 200, 10, "185.00"),
             Item(60, 220, 10, "Amount due"), Item(330, 220, 10, "185.00"),
             Item(60, 800, 8, "Pay online at www." + "".join(c for c in legal.lower() if c.isalnum())
                  + rng.choice([".co.nz", ".com.au", ".org", ".ie"]))]
    return Doc("bill", "en", "medical_bill", "provider", legal, tuple(items))


def payslip_mailed(rng: random.Random, zh: bool) -> Doc:
    """A pay detail sent as an e-mail (a screenshot's text): no letterhead, the sender's organisation named at the
    foot, its department on the line under it."""
    brand, legal = rng.choice(EMPLOYERS_ZH if zh else EMPLOYERS_EN)
    name = legal or brand
    if zh:
        items = [Item(60, 50, 11, "【工资明细】2026年10月"), Item(60, 70, 9, "发件人：薪酬组 <pay@example.cn>")]
        items += _pay_rows_zh(rng, 110, rng.choice(PEOPLE_ZH))
        items += [Item(60, 260, 9, "本邮件由系统自动发送，请勿回复。"), Item(60, 290, 10, name),
                  Item(60, 306, 10, rng.choice(["人力资源部薪酬组", "财务部工资组", "人事部"]))]
    else:
        items = [Item(60, 50, 11, "Subject: your payslip for " + rng.choice(MONTHS_EN)),
                 Item(60, 70, 9, "From: payroll <pay@example.com>")]
        items += _pay_rows_en(rng, 110, rng.choice(PEOPLE_EN))
        items += [Item(60, 260, 9, "This message was sent automatically; please do not reply."),
                  Item(60, 290, 10, name), Item(60, 306, 10, rng.choice(["Payroll Team", "People & Culture",
                                                                           "Human Resources"]))]
    return Doc("mailed", "zh" if zh else "en", "payslip", "employer", name, tuple(items))


BANKS_PLACE = ["Union Bank of Kenya", "Coastal Bank of Samoa", "Highland Bank of Scotland", "Pacific Bank of Fiji"]
BANKS_ZH = ["清溪农村商业银行", "梅江村镇银行", "云岭银行"]


def statement_letterhead(rng: random.Random, zh: bool) -> Doc:
    """A statement whose bank is named only in its letterhead: "<name> Bank of <place>" in large type over a tagline,
    its short form ("<name> Bank") in the footer; a Chinese bank's name over the title."""
    rows = [("2026-09-01", "Opening balance" if not zh else "上期余额", "", "2,310.40"),
            ("2026-09-03", "Salary" if not zh else "工资", "3,600.00", "5,910.40"),
            ("2026-09-15", "Transfer" if not zh else "转出", "-1,500.00", "4,410.40"),
            ("2026-09-28", "Card purchase" if not zh else "消费", "-128.50", "4,281.90")]
    if zh:
        name = rng.choice(BANKS_ZH)
        items = [Item(297, 60, 18, name, bold=True, centre=True), Item(297, 88, 13, "个人账户对账单", centre=True),
                 Item(60, 120, 10, f"户名：{rng.choice(PEOPLE_ZH)}"), Item(330, 120, 10, "账号：6231 88** **** 3071"),
                 Item(60, 140, 10, "起止日期：2026-09-01 至 2026-09-30"),
                 Item(60, 170, 10, "交易日期"), Item(150, 170, 10, "摘要"), Item(300, 170, 10, "金额"),
                 Item(420, 170, 10, "余额")]
    else:
        name = rng.choice(BANKS_PLACE)
        items = [Item(60, 60, 20, name, bold=True), Item(60, 80, 8, rng.choice(["Banking since 1911",
                                                                                  "Your bank, your community"])),
                 Item(400, 60, 12, "STATEMENT OF ACCOUNT"),
                 Item(60, 120, 10, f"Account holder: {rng.choice(PEOPLE_EN)}"), Item(330, 120, 10, "Account: 004412839"),
                 Item(60, 140, 10, "Period: 01/09/2026 to 30/09/2026"),
                 Item(60, 170, 10, "Date"), Item(150, 170, 10, "Details"), Item(300, 170, 10, "Amount"),
                 Item(420, 170, 10, "Balance"),
                 Item(60, 800, 7, name.split(" of ")[0] + " is a registered bank.")]
    for k, (d, what, amt, bal) in enumerate(rows):
        items += [Item(60, 190 + 18 * k, 10, d), Item(150, 190 + 18 * k, 10, what), Item(300, 190 + 18 * k, 10, amt),
                  Item(420, 190 + 18 * k, 10, bal)]
    return Doc("statement", "zh" if zh else "en", "bank_statement", "bank", name, tuple(items))


LAYOUTS = [payslip_centred, payslip_mailed, payslip_title_line, payslip_logo_left, payslip_grid, payslip_footer,
           income_letter_signoff, service_letter, bill_brand_and_legal, statement_letterhead]


def documents(seed: int = 7, per_layout: int = 2) -> list[Doc]:
    """Every layout in English and Chinese, ``per_layout`` documents each, deterministic for ``seed``."""
    out = []
    for k, layout in enumerate(LAYOUTS):
        for zh in (False, True):
            for n in range(per_layout):
                out.append(layout(random.Random(seed * 1000 + k * 10 + n + (500 if zh else 0)), zh))
    return out


def draw_pdf(doc: Doc, path: Path) -> Path:
    """``doc`` as a one-page born-digital A4 PDF; Chinese in WenQuanYi Zen Hei, English in Helvetica (bold items in
    Helvetica-Bold; the Chinese font has no bold face)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for it in doc.items:
        if it.box:
            c.rect(it.x, A4[1] - it.y, it.size, it.size, stroke=0, fill=1)
            continue
        font = "WQY" if any(ord(ch) > 0x2E7F for ch in it.text) else ("Helvetica-Bold" if it.bold else "Helvetica")
        c.setFont(font, it.size)
        (c.drawCentredString if it.centre else c.drawString)(it.x, A4[1] - it.y, it.text)
    c.showPage()
    c.save()
    return path
