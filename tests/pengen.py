"""Printed forms filled in by pen: a pad of 工资条 or pay slips, a clinic's 收据 or cash receipt, each printed in one
colour and its values written by hand in another, as a flatbed scan and as a phone photo.

Written for the pen-filled documents people behind on a loan hold (a workshop's pay pad, a clinic's receipt book);
it shares no code or wording with packet's extractor nor with bench/thirdparty's generators (set 21 drew its
handwriting as reportlab glyphs of one face, each turned a little): here the "hand" is a slanted face of the machine
(Z003, URW Gothic Oblique, DejaVu Oblique, Nimbus Sans Italic for Latin; WenQuanYi Zen Hei sheared for Chinese) drawn
glyph by glyph with its own size, baseline, turn and shear, in a pen's ink (blue, blue-black, black, red-brown),
with a stroke width of one to three pixels (a ballpoint, a gel pen, a felt tip). The printed labels, the
names and the figures come from pools below; every choice is drawn from a seeded ``random.Random``.

:func:`form` gives (a page image at 200 dpi, the labels a reader should find); :func:`scan` and :func:`photo` degrade
it as a flatbed and a phone camera do.
"""

from __future__ import annotations

import io
import math
import random
from decimal import Decimal

from photo_forms import on_desk
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
LATIN_HANDS = ["/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
               "/usr/share/fonts/opentype/urw-base35/URWGothic-BookOblique.otf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
               "/usr/share/fonts/opentype/urw-base35/NimbusSans-Italic.otf",
               "/usr/share/fonts/opentype/urw-base35/C059-Italic.otf"]
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
PRINT = {"sans": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
         "sans-bold": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
         "serif": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf",
         "serif-bold": "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Bold.otf"}
INKS = [(20, 40, 150), (25, 30, 70), (25, 25, 25), (120, 30, 25)]  # blue, blue-black, black, red-brown
PRINTS = [(0, 0, 0), (30, 90, 60), (110, 50, 20), (40, 60, 110), (90, 20, 90)]  # black, green, brown, slate, plum

ZH_FIRMS = ["揭阳市榕城区鸿发五金加工厂", "义乌市稠城街道美佳饰品作坊", "晋江市安海镇永兴鞋材厂", "德清县新市镇旺达竹木制品厂"]
ZH_PEOPLE = ["邝志坚", "区丽华", "麦秀英", "黎国栋", "冼美玲"]  # families of Guangdong and Hong Kong
ZH_CLINICS = ["揭西县棉湖镇仁和诊所", "台山市台城街道康宁门诊部", "新会区会城杏林卫生站"]
EN_FIRMS = ["Kumasi Joinery Works", "Lautoka Bakery & Cafe", "Bulawayo Panel Beaters", "Suva Hardware Traders"]
EN_PEOPLE = ["Kwame Asante", "Losana Vuniwai", "Tendai Moyo", "Ruth Nakamya"]
EN_CLINICS = ["Riverside Family Clinic", "St. Jude Medical Centre", "Harbour View Health Centre"]
EN_SERVICES = ["Consultation", "Wound dressing", "Injection", "X-ray", "Medicines", "Lab test"]


def _font(path: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px)


class Sheet:
    """A page being drawn: printed text in the form's colour, handwriting in the pen's."""

    def __init__(self, size_pt: tuple[float, float], rng: random.Random, zh: bool):
        self.rng, self.zh = rng, zh
        self.k = DPI / 72.0
        self.img = Image.new("RGB", (round(size_pt[0] * self.k), round(size_pt[1] * self.k)), (252, 251, 246))
        self.draw = ImageDraw.Draw(self.img)
        self.ink = rng.choice(INKS)
        self.colour = rng.choice([c for c in PRINTS if c != self.ink])
        self.hand = CJK if zh else rng.choice(LATIN_HANDS)
        self.stroke = rng.choice([0, 1, 1, 2])
        self.slant = rng.uniform(0.12, 0.32)  # shear of the hand, tan of the angle from upright

    def text(self, x: float, y: float, s: str, size: float = 10, bold: bool = False, serif: bool = False,
             centre: bool = False) -> None:
        """Printed text, (x, y) in points from the top left; y is the baseline."""
        face = CJK if self.zh and any(ord(c) > 0x2e80 for c in s) else PRINT[("serif" if serif else "sans")
                                                                              + ("-bold" if bold else "")]
        f = _font(face, round(size * self.k))
        w = self.draw.textlength(s, font=f)
        px = x * self.k - (w / 2 if centre else 0)
        self.draw.text((px, y * self.k), s, font=f, fill=self.colour, anchor="ls",
                       stroke_width=1 if bold and face == CJK else 0, stroke_fill=self.colour)

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        self.draw.line([(x0 * self.k, y0 * self.k), (x1 * self.k, y1 * self.k)], fill=self.colour,
                       width=max(1, round(width * self.k)))

    def pen(self, x: float, y: float, s: str, size: float = 13) -> None:
        """Handwriting: each glyph its own size, baseline, turn and shear, in the pen's ink and stroke."""
        rng = self.rng
        cx = x * self.k
        for ch in s:
            if ch == " ":
                cx += size * self.k * rng.uniform(0.3, 0.45)
                continue
            px = round(size * self.k * rng.uniform(0.9, 1.12))
            f = _font(self.hand, px)
            w = max(1, round(self.draw.textlength(ch, font=f)))
            pad = px // 2
            glyph = Image.new("L", (w + 2 * pad, px * 2), 0)
            ImageDraw.Draw(glyph).text((pad, round(px * 1.4)), ch, font=f, fill=255, anchor="ls",
                                       stroke_width=self.stroke, stroke_fill=255)
            shear = self.slant + rng.uniform(-0.06, 0.06)
            glyph = glyph.transform(glyph.size, Image.Transform.AFFINE, (1, shear, -shear * px * 1.4, 0, 1, 0),
                                    Image.Resampling.BICUBIC)
            glyph = glyph.rotate(rng.uniform(-5, 5), Image.Resampling.BICUBIC)
            top = round(y * self.k - px * 1.4 + rng.uniform(-0.09, 0.09) * px)
            self.img.paste(Image.new("RGB", glyph.size, self.ink), (round(cx) - pad, top), glyph)
            cx += w * rng.uniform(0.96, 1.1) + self.stroke


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def zh_wage_slip(seed: int) -> tuple[Image.Image, dict]:
    """A printed 工资条 pad (A5 landscape): the firm, 姓名 / 月份 blanks, a table 项目 | 金额 whose lines and figures
    are written by pen, 实发 in figures."""
    rng = random.Random(seed)
    s = Sheet((595, 420), rng, zh=True)
    firm, who = rng.choice(ZH_FIRMS), rng.choice(ZH_PEOPLE)
    month = rng.randint(1, 11)
    s.text(297, 40, firm, 14, bold=True, centre=True)
    s.text(297, 64, rng.choice(["工 资 条", "工资发放单", "员工工资单"]), 15, bold=True, centre=True)
    name_label = rng.choice(["姓名", "姓 名", "员工姓名"])
    s.text(40, 100, name_label, 10.5)
    s.rule(92, 103, 210, 103, 0.4)
    s.pen(100, 99, who, 14)
    s.text(240, 100, rng.choice(["月份", "工资月份"]), 10.5)
    s.rule(292, 103, 420, 103, 0.4)
    s.pen(300, 99, f"2026年{month}月", 13)
    pieces = [Decimal(rng.randrange(1800, 3600)), Decimal(rng.randrange(100, 900)), Decimal(rng.randrange(50, 300))]
    minus = [Decimal(rng.randrange(150, 420)) + Decimal(rng.randrange(0, 99)) / 100, Decimal(rng.randrange(50, 200))]
    gross = sum(pieces, Decimal(0))
    net = gross - sum(minus, Decimal(0))
    rows = [("基本工资", pieces[0]), ("加班费", pieces[1]), ("全勤奖", pieces[2]), ("应发合计", gross),
            ("扣社保", -minus[0]), ("扣伙食费", -minus[1])]
    y = 130
    s.rule(40, y, 470, y)
    s.text(60, y + 16, "项  目", 10)
    s.text(330, y + 16, "金  额", 10)
    for label, v in rows:
        y += 24
        s.rule(40, y, 470, y, 0.4)
        s.pen(52, y + 18, label, 12.5)
        s.pen(320, y + 18, ("-" if v < 0 else "") + _money(abs(v)), 12.5)
    y += 24
    s.rule(40, y, 470, y)
    s.rule(40, 130, 40, y)
    s.rule(470, 130, 470, y)
    s.rule(300, 130, 300, y, 0.4)
    s.text(40, y + 34, rng.choice(["实发工资", "实发金额", "实领工资"]), 11)
    s.rule(100, y + 37, 230, y + 37, 0.4)
    s.pen(108, y + 33, "¥" + _money(net), 14)
    s.text(300, y + 34, "领款人签字", 10)
    s.pen(370, y + 34, who, 15)
    return s.img, {"type": "payslip", "employee": who, "employer": firm, "period": f"2026-{month:02d}",
                   "gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}


def en_clinic_receipt(seed: int) -> tuple[Image.Image, dict]:
    """A clinic's printed cash receipt pad (A5 portrait): the clinic's name, RECEIPT and a serial, Date / Received
    from / the services with their amounts / Total, every value by pen."""
    rng = random.Random(seed)
    s = Sheet((420, 595), rng, zh=False)
    clinic, who = rng.choice(EN_CLINICS), rng.choice(EN_PEOPLE)
    day = rng.randint(2, 27)
    s.text(210, 46, clinic.upper(), 13, bold=True, centre=True)
    s.text(210, 62, rng.choice(["P.O. Box 1187  ·  Tel 0302 555 019", "Main Street  ·  Open Mon-Sat 8am-6pm"]), 8,
           centre=True)
    s.text(210, 96, rng.choice(["RECEIPT", "CASH RECEIPT", "OFFICIAL RECEIPT"]), 14, bold=True, centre=True)
    s.text(330, 120, f"No. {rng.randint(1000, 9999)}", 10)
    s.text(40, 140, "Date:", 10)
    s.rule(72, 143, 200, 143, 0.4)
    s.pen(80, 139, f"{day}/11/2026", 13)
    s.text(40, 172, rng.choice(["Received from:", "Patient:", "Name:"]), 10)
    s.rule(120, 175, 380, 175, 0.4)
    s.pen(126, 171, who, 13)
    s.text(40, 204, rng.choice(["Being payment for:", "For:", "Particulars:"]), 10)
    items = rng.sample(EN_SERVICES, 3)
    amounts = [Decimal(rng.randrange(15, 160)) for _ in items]
    y = 230
    for it, v in zip(items, amounts, strict=True):
        s.rule(40, y + 4, 380, y + 4, 0.4)
        s.pen(48, y, it, 12.5)
        s.pen(316, y, _money(v), 12.5)
        y += 28
    total = sum(amounts, Decimal(0))
    s.text(220, y + 26, rng.choice(["Total", "TOTAL", "Amount paid"]), 11, bold=True)
    s.rule(300, y + 29, 380, y + 29, 0.6)
    s.pen(308, y + 25, _money(total), 13.5)
    s.text(40, y + 80, "Received by:", 9)
    s.pen(104, y + 80, rng.choice(["N. Owusu", "M. Tora", "B. Ncube"]), 13)
    return s.img, {"type": "medical_bill", "provider": clinic, "patient": who, "date": f"2026-11-{day:02d}",
                   "total": f"{total:.2f}"}


def zh_clinic_receipt(seed: int) -> tuple[Image.Image, dict]:
    """A clinic's printed 收据 pad (A5 landscape): the clinic, 收据, 今收到 … 交来 … 人民币（大写）… ¥ …, 收款人; the
    payer, what for, the amount in 大写 and in figures by pen."""
    rng = random.Random(seed)
    s = Sheet((595, 420), rng, zh=True)
    clinic, who = rng.choice(ZH_CLINICS), rng.choice(ZH_PEOPLE)
    day = rng.randint(2, 27)
    total = Decimal(rng.randrange(60, 900))
    s.text(297, 44, clinic, 14, bold=True, centre=True)
    s.text(297, 74, "收    据", 16, bold=True, centre=True)
    s.text(400, 100, "2026年  11月", 10)
    s.pen(466, 98, str(day), 12)
    s.text(490, 100, "日", 10)
    s.text(40, 140, "今收到", 11)
    s.rule(80, 143, 240, 143, 0.4)
    s.pen(90, 139, who, 14)
    s.text(250, 140, "交来", 11)
    s.rule(280, 143, 540, 143, 0.4)
    s.pen(290, 139, rng.choice(["门诊医药费", "诊疗费及药费", "输液治疗费"]), 13)
    s.text(40, 190, "人民币（大写）", 11)
    s.rule(130, 193, 400, 193, 0.4)
    s.pen(140, 189, _daxie(total), 13)
    s.text(410, 190, "¥", 11)
    s.rule(422, 193, 540, 193, 0.4)
    s.pen(428, 189, f"{total:.2f}", 14)
    s.text(40, 250, "收款单位（盖章）", 10)
    s.text(330, 250, "收款人", 10)
    s.pen(376, 250, rng.choice(["陈医生", "林玉梅", "张晓"]), 13)
    return s.img, {"type": "medical_bill", "provider": clinic, "patient": who, "date": f"2026-11-{day:02d}",
                   "total": f"{total:.2f}"}


def _daxie(v: Decimal) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    n = int(v)
    out = ""
    for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        d = n // div % 10
        if d:
            out += digits[d] + unit
        elif out and not out.endswith("零") and n % div:
            out += "零"
    return out + "元整"


def en_pay_slip(seed: int) -> tuple[Image.Image, dict]:
    """A small firm's printed pay slip pad (A5 landscape): Employee / Pay period blanks, earnings and deductions
    lines and Net pay, written by pen."""
    rng = random.Random(seed)
    s = Sheet((595, 420), rng, zh=False)
    firm, who = rng.choice(EN_FIRMS), rng.choice(EN_PEOPLE)
    month = rng.choice(["September", "October", "November"])
    s.text(297, 40, firm.upper(), 14, bold=True, centre=True, serif=rng.random() < 0.5)
    s.text(297, 62, "PAY SLIP", 13, bold=True, centre=True)
    s.text(40, 96, rng.choice(["Employee:", "Name:", "Employee name:"]), 10.5)
    s.rule(130, 99, 330, 99, 0.4)
    s.pen(136, 95, who, 14)
    s.text(350, 96, rng.choice(["Month:", "Pay period:"]), 10.5)
    s.rule(420, 99, 560, 99, 0.4)
    s.pen(426, 95, f"{month} 2026", 13)
    basic = Decimal(rng.randrange(900, 2400))
    extra = Decimal(rng.randrange(40, 300))
    tax = Decimal(rng.randrange(30, 180))
    levy = Decimal(rng.randrange(10, 60))
    gross = basic + extra
    net = gross - tax - levy
    y = 128
    for label, v in (("Basic wage", basic), ("Overtime", extra), ("Gross pay", gross), ("Less: tax", tax),
                     ("Less: pension", levy)):
        s.text(52, y + 18, label, 10.5)
        s.rule(300, y + 21, 460, y + 21, 0.4)
        s.pen(310, y + 17, _money(v), 12.5)
        y += 26
    s.text(52, y + 30, "NET PAY", 11.5, bold=True)
    s.rule(300, y + 33, 460, y + 33, 0.8)
    s.pen(310, y + 29, _money(net), 14)
    s.text(52, y + 70, "Signature:", 9)
    s.pen(110, y + 70, who.split()[0][0] + ". " + who.split()[1], 13)
    return s.img, {"type": "payslip", "employee": who, "employer": firm,
                   "period": {"September": "2026-09", "October": "2026-10", "November": "2026-11"}[month],
                   "gross_pay": f"{gross:.2f}", "net_pay": f"{net:.2f}"}


FORMS = {"zh-wage-slip": zh_wage_slip, "zh-clinic-receipt": zh_clinic_receipt, "en-clinic-receipt": en_clinic_receipt,
         "en-pay-slip": en_pay_slip}


def form(name: str, seed: int) -> tuple[Image.Image, dict]:
    """(the page at :data:`DPI`, its labels: "type" and each field's value) of the form ``name`` of :data:`FORMS`."""
    return FORMS[name](seed)


def scan(img: Image.Image, seed: int) -> bytes:
    """A flatbed scan as a PNG: the sheet turned up to a degree and a half, greyed, a little blurred, with grain."""
    rng = random.Random(seed)
    g = img.rotate(rng.uniform(-1.5, 1.5), Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    g = g.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    out = io.BytesIO()
    g.convert("L" if rng.random() < 0.5 else "RGB").save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def photo(img: Image.Image, seed: int) -> bytes:
    """A phone photo as JPEG: the sheet as a trapezium on a desk, lit from one side, out of focus, shrunk."""
    rng = random.Random(seed)
    warped = on_desk(img, rng, (0.07, 0.06, 1.03, 0.05, 1.06, 1.05, 0.04, 1.06), 0.05, ((50, 110), (45, 90), (35, 70)))
    out = warped.size
    warped = warped.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    angle = rng.uniform(0, 2 * math.pi)
    shade = Image.linear_gradient("L").rotate(math.degrees(angle)).resize(out)
    lit = Image.composite(warped, Image.new("RGB", out, (0, 0, 0)), shade.point(lambda v: 185 + v * 70 // 255))
    small = lit.resize((round(out[0] * 0.8), round(out[1] * 0.8)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=rng.randint(60, 80))
    return buf.getvalue()
