"""Pages whose particulars are set out by their layout rather than by their words (branch r22-structure): a leaver's
form of boxes (a small caption in each box's top-left corner, the entry under it, a date's digits in boxes of their
own), a pay advice whose particulars form a grid with a short caption standing close to its entry, and income
certificates that list the last months' pay in a table and state the months' average under it.

The wording is this file's own (written from how employers and payroll bureaux print such forms, not copied from
``checklists/``); the drawing is :mod:`photo_forms`' (a :class:`photo_forms.Sheet` written as a text PDF, a scan or a
phone photo with :func:`photo_forms.write`). Every page comes from a seeded ``random.Random``: the same seed, the
same page. Each maker returns the sheet, whose ``truth`` holds the values packet should report.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from photo_forms import FONTS, Sheet


def _width(s: str, size: float, font: str = "sans") -> float:
    """The width in points of ``s`` set in ``font`` at ``size`` (reportlab's metrics of the same TrueType file)."""
    from photo_forms import _pdf_font
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert font in FONTS
    return stringWidth(s, _pdf_font(font), size)


FAMILIES = ["MCALLISTER", "OYELARAN", "PENHALIGON", "ABERNETHY", "KOWALCZYK", "TREGARTHEN"]
GIVEN = ["SIOBHAN MARIE", "KWAME", "ROWAN JAMES", "ELOISE", "BARTOSZ PIOTR", "IMOGEN ROSE"]
FIRMS = ["Tyneside Cold Store Ltd", "Brackenfield Bakeries Ltd", "Portway Window Systems Ltd",
         "Calder Valley Plastics Ltd"]
FAMILY_CAPTIONS = ["Surname", "Family name", "Last name"]
GIVEN_CAPTIONS = ["First name(s)", "Forenames", "Given names"]
DEPARTURE_CAPTIONS = ["Leaving date", "Date of leaving"]


def leaver_form(seed: int) -> Sheet:
    """An employer's record of an employee leaving, as boxes: reference numbers, the family name, the given names
    (each in a box whose caption sits in its top-left corner, the entry under it), the leaving date as DD MM YYYY
    with a box round each digit, the pay to date, the employer. ``truth``: person ("<given> <family>") and date."""
    rng = random.Random(f"leaver-{seed}")
    s = Sheet("leaver-boxes", "en")
    family, given, firm = rng.choice(FAMILIES), rng.choice(GIVEN), rng.choice(FIRMS)
    day, month = rng.randint(10, 28), rng.randint(1, 12)
    s.text(30, 40, "Record of an employee leaving work", 13, "sans-bold")
    s.text(30, 56, "Part 1 - to be kept by the employee who is now out of work", 8)
    y = 72

    def box(caption: str, entry: str, top: float, x0: float = 30, x1: float = 390, mono: bool = True) -> None:
        s.rect(x0, top, x1, top + 34, width=0.7)
        s.text(x0 + 4, top + 10, caption, 6.5)
        if entry:
            s.text(x0 + 8, top + 26, entry, 10, "serif-bold" if mono else "sans")

    box(f"{rng.randint(1, 2)} Employer's reference", f"{rng.randint(100, 999)} / KT{rng.randint(10000, 99999)}", y)
    y += 40
    box(f"{rng.randint(3, 4)} {rng.choice(FAMILY_CAPTIONS)}", family, y)
    y += 40
    box(rng.choice(GIVEN_CAPTIONS), given, y)
    y += 40
    s.rect(30, y, 230, y + 40, width=0.7)
    s.text(34, y + 10, f"5 {rng.choice(DEPARTURE_CAPTIONS)} DD MM YYYY", 6.5)
    x = 38.0
    for group in (f"{day:02d}", f"{month:02d}", "2026"):
        for digit in group:
            s.rect(x, y + 15, x + 13, y + 34, width=0.6)
            s.text(x + 6.5, y + 29, digit, 10, "serif-bold", "centre")
            x += 15
        x += 10
    y += 46
    box("6 Total pay to date £", f"{rng.randint(8, 30)},{rng.randint(100, 999)}.{rng.randint(10, 99)}", y)
    y += 40
    box("7 Employer name and address", firm, y)
    s.truth = {"person": f"{given} {family}", "date": f"2026-{month:02d}-{day:02d}"}
    return s


WORKERS = ["Nokuthula Dlamini", "Lerato Mokoena", "Sipho Nkosi", "Ayanda Zulu", "Bongani Khumalo", "Zanele Mthembu"]
SHOPS = ["Algoa Bay Upholstery (Pty) Ltd", "Nelson Mandela Bay Canvas Works", "Coega Seat Covers (Pty) Ltd"]


def pay_grid(seed: int) -> Sheet:
    """A pay advice whose particulars are a grid of caption/entry pairs in two columns; the first caption is a short
    word set close to its entry (nearer than a wide gap, but where the row below starts its entry), the row below,
    its caption shorter, keeps a wide gap. ``truth``: employee."""
    rng = random.Random(f"grid-{seed}")
    s = Sheet("pay-grid", "en")
    worker, shop = rng.choice(WORKERS), rng.choice(SHOPS)
    s.text(30, 40, shop, 12, "sans-bold")
    s.text(390, 40, "PAY ADVICE", 11, "sans-bold", "right")
    s.text(30, 54, f"Pay date 2026/{rng.randint(1, 9):02d}/25", 8)
    size = 8.5
    first = "Employee"
    entry_x = 30 + _width(first, size) + rng.uniform(7.0, 10.0)  # narrower than a cell's gap (0.035 of 420 pt)
    second = rng.choice(["Grade", "Dept", "Site"])  # shorter: a wide gap before the entry this row prints
    rows = [(first, worker, "Staff no.", f"AB{rng.randint(1000, 9999)}"),
            (second, rng.choice(["C2", "B1", "Trim"]), "Tax no.", f"{rng.randint(1000, 9999)} {rng.randint(100, 999)}")]
    y = 78.0
    for caption, entry, caption2, entry2 in rows:
        s.text(30, y, caption, size)
        s.text(entry_x, y, entry, size)
        s.text(220, y, caption2, size)
        s.text(290, y, entry2, size)
        y += 16
    basic = Decimal(rng.randint(90, 160) * 100)
    tax = Decimal(rng.randint(8, 20) * 100)
    y += 14
    for caption, value in (("Basic wage", basic), ("Income tax", -tax), ("Gross earnings", basic),
                           ("Take home", basic - tax)):
        s.text(30, y, caption, size)
        s.text(300, y, f"{value:,.2f}", size, align="right")
        y += 15
    s.truth = {"employee": worker}
    return s


HOTELS_ZH = ["敦化雁鸣湖度假山庄有限公司", "珲春口岸国际酒店有限公司", "和龙仙峰温泉宾馆有限公司"]
STAFF_ZH = ["崔香花", "朴春吉", "李明顺", "金顺姬"]


def _mean(values: list[Decimal]) -> Decimal:
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def months_certificate_zh(seed: int) -> Sheet:
    """A 收入证明 listing the last six months' pay (月份 | 实得工资) and, in a sentence under the table, their average.
    ``truth``: monthly_income (the average)."""
    rng = random.Random(f"months-zh-{seed}")
    s = Sheet("months-zh", "zh")
    firm, who = rng.choice(HOTELS_ZH), rng.choice(STAFF_ZH)
    s.text(210, 50, "收入证明", 16, "cjk", "centre")
    s.text(40, 80, f"兹证明{who}系本单位员工，以下为其最近六个月工资发放情况：", 9, "cjk")
    s.text(90, 110, "月份", 9, "cjk")
    s.text(250, 110, "实得工资（元）", 9, "cjk")
    pays = [Decimal(rng.randint(2400, 4800)) + Decimal(rng.choice([0, 50])) for _ in range(6)]
    y = 130.0
    for k, pay in enumerate(pays):
        s.text(80, y, f"2026年{k + 4}月", 9, "cjk")
        s.text(330, y, f"{pay:,.2f}", 9, "cjk", "right")
        y += 20
    avg = _mean(pays)
    s.text(40, y + 20, f"以上六个月的平均数为人民币{avg:,.2f}元。", 9, "cjk")
    s.text(40, y + 40, "特此证明。", 9, "cjk")
    s.text(380, y + 90, firm, 9, "cjk", "right")
    s.truth = {"monthly_income": f"{avg:.2f}"}
    return s


def months_letter_en(seed: int) -> Sheet:
    """An employer's confirmation of income listing six months' gross pay, month by month, and a row after them that
    gives their mean. ``truth``: monthly_income."""
    rng = random.Random(f"months-en-{seed}")
    s = Sheet("months-en", "en")
    s.text(30, 40, rng.choice(FIRMS), 12, "sans-bold")
    s.text(30, 70, "Confirmation of income", 11, "sans-bold")
    s.text(30, 90, f"This is to confirm that {rng.choice(WORKERS)} has been employed with us since 2021.", 8.5)
    s.text(30, 104, "Gross pay received in each of the last six months:", 8.5)
    names = ["April 2026", "May 2026", "June 2026", "July 2026", "August 2026", "September 2026"]
    pays = [Decimal(rng.randint(1800, 3200)) + Decimal(rng.choice(["0.00", "0.50", "0.25"])) for _ in names]
    y = 124.0
    for name, pay in zip(names, pays, strict=True):
        s.text(40, y, name, 8.5)
        s.text(260, y, f"£{pay:,.2f}", 8.5, align="right")
        y += 14
    avg = _mean(pays)
    s.text(40, y + 4, "Six-month mean", 8.5, "sans-bold")
    s.text(260, y + 4, f"£{avg:,.2f}", 8.5, "sans-bold", "right")
    s.text(30, y + 30, "Yours faithfully,", 8.5)
    s.text(30, y + 60, "Payroll Office", 8.5)
    s.truth = {"monthly_income": f"{avg:.2f}"}
    return s
