"""Documents for tests/test_name_kinds.py: letters and sheets whose names sit beside titles, headings and
greetings — a title line with a public body's shape under the letterhead, a Chinese sheet's title run on after the
outlet that issues it, an addressee printed whole beside the date and greeted by the family name alone, a name of one
word after its label, a lender named without the word "bank". Names, places and wording are invented here; none is
a corpus document's, and nothing here is shared with packet's code.

Each document is a list of :class:`Text` runs drawn on an A4 page (reportlab), optionally rasterised into a scan
(pdftoppm) or a phone photo (Pillow: a tilted page on a dark table, slightly blurred).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
A4 = (595.27, 841.89)


@dataclass(frozen=True)
class Text:
    """One run of text: ``x`` from the left edge and ``y`` from the top (points), ``size`` in points."""

    y: float
    text: str
    x: float = 56.0
    size: float = 10.5
    bold: bool = False
    centre: bool = False


def draw(runs: list[Text], path: Path) -> Path:
    """``runs`` as a born-digital one-page A4 PDF at ``path`` (Chinese in WenQuanYi Zen Hei, Latin in Helvetica)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "ZenHei" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZenHei", CJK_FONT, subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for r in runs:
        font = "ZenHei" if any(ord(ch) > 0x2E7F for ch in r.text) else ("Helvetica-Bold" if r.bold else "Helvetica")
        c.setFont(font, r.size)
        if r.centre:
            c.drawCentredString(A4[0] / 2, A4[1] - r.y, r.text)
        else:
            c.drawString(r.x, A4[1] - r.y, r.text)
    c.showPage()
    c.save()
    return path


def scan(pdf: Path, folder: Path, dpi: int = 150) -> Path:
    """The PDF's page as a PNG scan at ``dpi`` in ``folder`` (no text layer: OCR must read it)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(folder / "scan")], check=True)
    return folder / "scan.png"


def photo(pdf: Path, folder: Path, dpi: int = 170, tilt: float = 1.2) -> Path:
    """The PDF's page photographed: rendered at ``dpi``, tilted ``tilt`` degrees on a brown table, blurred a little,
    saved as a JPEG in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / "_page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(stem)], check=True)
    page = Image.open(f"{stem}.png").convert("RGB")
    Path(f"{stem}.png").unlink()
    table = (92, 80, 66)
    shot = Image.new("RGB", (page.width + 140, page.height + 140), table)
    shot.paste(page.rotate(tilt, expand=True, fillcolor=table), (50, 45))
    shot = shot.filter(ImageFilter.GaussianBlur(0.7))
    out = folder / "IMG_3187.jpg"
    shot.save(out, quality=88)
    return out


# --- the documents ------------------------------------------------------------------------------------------------

def service_letter() -> list[Text]:
    """A Gulf employer's end-of-employment letter: the company (legal form W.L.L.) in its letterhead, then a
    reference line, then a bold centred title whose first words have a public body's shape ("… OF SERVICE")."""
    return [
        Text(60, "HALVERN COPPERWORKS W.L.L.", size=17, bold=True),
        Text(78, "Unit 44, Road 1802, Askar Industrial Estate, Kingdom of Bahrain | C.R. No. 40217-3", size=8.5),
        Text(104, "Ref: HC/HR/2026/051"), Text(104, "Date: 3 November 2026", x=420),
        Text(140, "CESSATION OF SERVICE LETTER", size=14, bold=True, centre=True),
        Text(176, "This is to confirm that Mr. Oskar Lindqvist-Baptiste, holder of CPR No. 7711xxxxx, was employed"),
        Text(192, "by our company as Maintenance Fitter from 1 June 2021. His employment was terminated by reason"),
        Text(208, "of redundancy with effect from 31 October 2026, after the closure of the casting shop."),
        Text(224, "His final settlement, including his end of service indemnity, has been paid in full."),
        Text(260, "For Halvern Copperworks W.L.L."),
        Text(300, "Samira Haddad, HR Manager"),
    ]


def outlet_sheet() -> list[Text]:
    """A courier outlet's monthly piece-rate sheet: its title, printed large and centred, runs on after the name of
    the outlet that issues it (no space, no separator); a table of pieces and the pay below."""
    rows = [("项目", "件数", "单价（元）", "金额（元）"), ("派送（普通件）", "1,820", "1.10", "2,002.00"),
            ("派送（大件）", "96", "2.50", "240.00"), ("揽收", "150", "1.60", "240.00"),
            ("时效奖励", "", "", "180.00"), ("交通补贴", "", "", "120.00")]
    out = [Text(62, "荆门顺达物流东宝网点配送员月度计件结算单", size=17, centre=True),
           Text(96, "结算月份：2026年9月"), Text(96, "工号：DB-0215", x=230), Text(96, "片区：泉口东片", x=400)]
    y = 130
    for row in rows:
        for x, cell in zip((56, 230, 330, 450), row, strict=True):
            out.append(Text(y, cell, x=x))
        y += 22
    out += [Text(y + 8, "应发合计"), Text(y + 8, "2,782.00", x=450),
            Text(y + 30, "社保个人部分"), Text(y + 30, "-296.80", x=450),
            Text(y + 52, "扣款合计"), Text(y + 52, "296.80", x=450),
            Text(y + 74, "实发金额"), Text(y + 74, "2,485.20", x=450),
            Text(y + 110, "站长：贺明轩"), Text(y + 110, "本人确认：", x=330)]
    return out


def greeted_letter() -> list[Text]:
    """A benefit office's decision letter: the addressee printed whole (title, given name, initial, a two-word
    family name) beside the letter's date; the greeting names the family name alone."""
    return [
        Text(60, "Harrowgate Benefits Office", size=15, bold=True),
        Text(76, "12 Quay Lane, Stornoway HS1 2XY", size=9),
        Text(120, "Mr Tobias R. Du Plessis-Ward"), Text(120, "Date 2 November 2026", x=400),
        Text(135, "4 Kelp Row"), Text(135, "Our ref JB/26/44120", x=400),
        Text(150, "Stornoway HS1 4AB"),
        Text(185, "Dear Mr Du Plessis-Ward"),
        Text(210, "Jobseeker benefit - decision on your claim", bold=True),
        Text(235, "Thank you for your claim received on 20 October 2026, after your job ended by redundancy."),
        Text(250, "I have decided that you are entitled to unemployment benefit from Monday 19 October 2026."),
        Text(265, "You must be available for work and attend the office when asked."),
        Text(300, "Yours sincerely"),
        Text(330, "Alasdair Macleod, Benefits Officer"),
    ]


def one_word_payslip() -> list[Text]:
    """A plain-text payslip a small shop printed: the employee's name is one word after its label, alone on its
    line."""
    lines = ["===== PAYSLIP =====", "Employee Name: Farid", "Employee ID: 7", "Hourly Rate: Rs. 450",
             "Total Hours Worked: 160", "Gross Salary: Rs. 72000", "Tax Deduction (5%): Rs. 3600",
             "Net Salary: Rs. 68400"]
    return [Text(70 + 20 * i, line, size=11) for i, line in enumerate(lines)]


def lender_statement(holder_company: bool = False) -> list[Text]:
    """An e-money firm's account statement: its name (a legal form, no word "bank") heads the page and is printed
    again in an "issued by" line; the holder's name and address under it. With ``holder_company`` the page is headed
    by the holder's own company instead (a business account), the institution named nowhere."""
    head = "Brightside Traders Ltd" if holder_company else "Marlowe&co limited"
    customer = "Brightside Traders Ltd" if holder_company else "Jane Okoro"
    rows = [("2026-09-02", "Deposit from card top up", "0.00", "820.00", "1,820.00"),
            ("2026-09-09", "Transfer to supplier", "240.00", "0.00", "1,580.00"),
            ("2026-09-15", "Payment for customer orders", "0.00", "310.00", "1,890.00"),
            ("2026-09-22", "Card purchase fuel", "62.40", "0.00", "1,827.60"),
            ("2026-09-29", "Transfer to savings", "100.00", "0.00", "1,727.60")]
    out = [Text(60, head, size=16, bold=True), Text(76, "18 Harbour Road, Apapa, Lagos", size=9),
           Text(110, f"Customer: {customer}"), Text(125, "42 Palm Avenue, Yaba, Lagos"),
           Text(160, "NGN Account Statement", size=13, bold=True),
           Text(180, "Statement period: 1 September 2026 to 30 September 2026"),
           Text(195, "Opening balance 1,000.00"), Text(210, "Closing balance 1,727.60")]
    if not holder_company:
        out.append(Text(225, "issued by: Marlowe&co limited"))
    out += [Text(255, "Date"), Text(255, "Description", x=130), Text(255, "Money out", x=330),
            Text(255, "Money in", x=410), Text(255, "Balance", x=490)]
    y = 275
    for row in rows:
        for x, cell in zip((56, 130, 330, 410, 490), row, strict=True):
            out.append(Text(y, cell, x=x))
        y += 18
    return out
