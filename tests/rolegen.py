"""A generator of documents whose dates and amounts compete for a field's role, written apart from the extractor:
medical bills (US hospital statements, UK private clinic invoices, AU and CA dental invoices, Indian and Singapore
hospital bills, Chinese 门诊/住院 结算单), payslips with a current and a year-to-date column, and statements
whose summary prints a balance with its date.

Each layout draws cells at positions (label left of its value, above it, in grid cells, in the letterhead, in a
footer), in several fonts and sizes, into a born-digital PDF (reportlab). The label wording comes from pools
written from how issuers in many countries print these documents, not from packet's vocabulary. Every document
comes with its truth: the bill's ``date`` is the date it was issued (statement, invoice, bill, settlement or print
date); a bill that prints none is dated by the end of its care (discharge, else the last date of service). Its
``total`` is what was charged, before insurance, adjustments and payments (the public interface's ``total``).
Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from fixtures_reading import pdf_font, read_documents

from packet.core.model import Classified
from packet.understanding.classify import classify_one
from packet.understanding.extract import extract

A4 = (595.0, 842.0)
LATIN_FONTS = ["Helvetica", "Times-Roman", "Courier"]


@dataclass
class Doc:
    """One generated document: its cells per page ((x, y from the top, text, size) in points), its truth."""
    name: str
    type: str
    language: str
    pages: list[list[tuple[float, float, str, float]]]
    truth: dict[str, str]
    font: str = "Helvetica"
    layout: str = ""
    accept: dict[str, set[str]] = field(default_factory=dict)  # other values a reader may rightly give


def draw(doc: Doc, path: Path) -> Path:
    """Write ``doc`` as a text PDF at ``path`` (A4; its font for Latin text, WenQuanYi for Chinese)."""
    from reportlab.pdfgen import canvas

    cjk = doc.language == "zh"
    font = pdf_font(True) if cjk else doc.font
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for cells in doc.pages:
        for x, y, text, size in cells:
            c.setFont(font, size)
            c.drawString(x, A4[1] - y, text)
        c.showPage()
    c.save()
    return path


def draw_scan(doc: Doc, path: Path, seed: int = 0, dpi: int = 200) -> Path:
    """Write ``doc`` as a scanned PDF at ``path``: its text PDF rendered to a grey image (pdftoppm), turned by a
    fraction of a degree and speckled as a flatbed scan would leave it, one image per page, no text layer."""
    import subprocess
    import tempfile

    from fixtures_reading import image_pdf
    from PIL import Image

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        src = draw(doc, Path(tmp) / "src.pdf")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(Path(tmp) / "p")], check=True)
        images = []
        for png in sorted(Path(tmp).glob("p*.png")):
            img = Image.open(png).convert("L").rotate(rng.uniform(-0.6, 0.6), fillcolor=255, expand=False)
            px = img.load()
            for _ in range(img.width * img.height // 2000):
                px[rng.randrange(img.width), rng.randrange(img.height)] = rng.choice([0, 90, 160])
            images.append(img)
        return image_pdf(path, images, dpi=dpi)


# ---- values -------------------------------------------------------------------------------------------

def draw_photo(doc: Doc, path: Path, seed: int = 0, dpi: int = 150) -> Path:
    """Write ``doc``'s first page as a phone photo at ``path`` (a JPEG): its text PDF rendered (pdftoppm), then
    shot at an angle under uneven light as :func:`photo_forms.photo` does."""
    import subprocess
    import tempfile

    from photo_forms import photo
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        src = draw(doc, Path(tmp) / "src.pdf")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(src), str(Path(tmp) / "p")],
                       check=True)
        img = Image.open(next(Path(tmp).glob("p*.png"))).convert("RGB")
        shot = photo(img, random.Random(seed))
        path.parent.mkdir(parents=True, exist_ok=True)
        shot.convert("RGB").save(path, "JPEG", quality=88)
    return path


def measure_docs(root: Path, docs: Sequence, seed: int, scans: Sequence[str] = (),
                 counted: Callable[[object, str], bool] = lambda doc, f: True,
                 same: Callable[[str, str | None, set[str]], bool] = lambda want, got, accept: got == want,
                 after: Callable[[object, object], object] = lambda doc, ex: ex) -> dict:
    """Draw ``docs`` into ``root`` (born-digital; the first document of each layout named in ``scans`` as a scan,
    a document named ``*.jpg`` as a phone photo (:func:`draw_photo`), both read by OCR), read them as packet reads them, classify and extract, and count: documents, types right, the
    fields ``counted`` keeps, those ``same`` finds right, those wrong with confidence >= 0.9, and the failures
    (layout, name, field, wanted, got, confidence). ``after`` may change each document's Extracted before it is
    counted (a later step of the pipeline: the case's own names). Shared by the generated-layout tests of roles,
    periods and people's names."""
    by_lang: dict[str, list] = {"en": [], "zh": []}
    scanned: set[str] = set()
    for d in docs:
        if d.name.endswith(".jpg"):
            draw_photo(d, root / d.language / d.name, seed)
        elif d.layout in scans and d.layout not in scanned:
            scanned.add(d.layout)
            draw_scan(d, root / d.language / d.name, seed)
        else:
            draw(d, root / d.language / d.name)
        by_lang[d.language].append(d)
    result = {"types": 0, "docs": 0, "fields": 0, "right": 0, "sure_wrong": 0, "failures": []}
    for lang, group in by_lang.items():
        if not group:
            continue
        read = {doc.rel: doc for doc in read_documents(root / lang, lang)}
        for d in group:
            result["docs"] += 1
            item = classify_one(read[d.name])
            if item.type != d.type:
                result["failures"].append((d.layout, d.name, "type", d.type, item.type, None))
                continue
            result["types"] += 1
            ex = after(d, extract(Classified(item.document, d.type), lang))
            for f, want in d.truth.items():
                if not counted(d, f):
                    continue
                got, ev = ex.fields.get(f), ex.evidence.get(f)
                conf = ev.confidence if ev else None
                result["fields"] += 1
                if same(want, got, getattr(d, "accept", {}).get(f, set())):
                    result["right"] += 1
                    continue
                if got is not None and conf is not None and conf >= 0.9:
                    result["sure_wrong"] += 1
                result["failures"].append((d.layout, d.name, f, want, got, conf))
    return result


def money(v: Decimal, mark: str = "") -> str:
    s = f"{abs(v):,.2f}"
    return f"-{mark}{s}" if v < 0 else f"{mark}{s}"


def us_date(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def day_first(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def us_long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def zh_date(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month:02d}月{d.day:02d}日",
                       f"{d.year}.{d.month:02d}.{d.day:02d}"])


def _amounts(rng: random.Random, n: int, low: int, high: int) -> list[Decimal]:
    return [Decimal(rng.randint(low * 100, high * 100)) / 100 for _ in range(n)]


def _split(rng: random.Random, total: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """Insurance payment, adjustment, what the patient owes: they add up to ``total``."""
    ins = (total * Decimal(rng.randint(40, 70)) / 100).quantize(Decimal("0.01"))
    adj = (total * Decimal(rng.randint(5, 20)) / 100).quantize(Decimal("0.01"))
    return ins, adj, total - ins - adj


# ---- wording pools (how issuers print these labels, by country) -----------------------------------------

ISSUE_EN = ["Statement Date", "Date of Statement", "Invoice Date", "Date of Invoice", "Bill Date", "Billing Date",
            "Date Issued", "Issue Date", "Date of Issue", "Print Date", "Date Printed", "Statement Issued"]
SERVICE_EN = ["Date of Service", "Service Date", "Svc Date", "DOS", "Treatment Date", "Date of Treatment",
              "Visit Date", "Appointment Date"]
ADMIT_EN = ["Admission Date", "Admit Date", "Date Admitted", "Date of Admission"]
DISCHARGE_EN = ["Discharge Date", "Date Discharged", "Date of Discharge"]
PAID_EN = ["Last Payment Received", "Last Payment Date", "Payment Received On", "Date of Last Payment"]
DUE_EN = ["Due Date", "Payment Due By", "Please Pay By", "Pay By"]
CHARGES_EN = ["Total Charges", "Total Fees", "Gross Charges", "Total Billed", "Total Amount Billed", "Gross Amount",
              "Total Fee", "Charges", "Hospital Charges", "Total of Charges"]
INSURANCE_EN = ["Insurance Payments", "Insurance Paid", "Paid by Insurer", "Plan Paid", "Insurer Contribution",
                "Insurance Payment", "Less: Insurance", "Primary Insurance Paid"]
ADJUST_EN = ["Adjustments", "Contractual Adjustment", "Discount", "Discounts/Adjustments", "Write-Off", "Less: Discount"]
OWED_EN = ["Amount Due", "Balance Due", "Patient Balance", "Patient Responsibility", "Please Pay This Amount",
           "Amount Payable", "Balance Owing", "Your Portion", "Patient Portion", "Total Due Now", "Net Payable",
           "Balance as of Today", "Amount You Owe"]
HOSPITALS_EN = ["Riverbend Regional Medical Center", "St. Agatha's Hospital", "Northgate Community Hospital",
                "Lakeview Memorial Hospital", "Mercy Valley Health System", "Cedar Ridge Medical Centre"]
CLINICS_EN = ["Harley Lane Clinic", "Kingsbridge Private Clinic", "Wattle Street Dental", "Maple Grove Dental Centre",
              "Bayside Family Dental", "Orchard Physicians Group", "Sunrise Specialist Clinic"]
PATIENTS_EN = ["Amelia Hartley", "Rohan Mehta", "Grace O'Connell", "Liam Fitzgerald", "Priya Nair", "Tomás Alvarez",
               "Hannah Whitcombe", "Daniel Kowalski", "Aisha Rahman", "Oliver Brennan"]
ITEMS_EN = ["Emergency room visit", "Laboratory - CBC", "X-ray chest 2 views", "CT scan head", "IV therapy",
            "Pharmacy - antibiotics", "Consultation", "Scale and clean", "Periapical x-ray", "Composite filling",
            "Physiotherapy session", "Ultrasound abdomen", "Room and board semi-private", "Anaesthesia services"]

ISSUE_ZH = ["开票日期", "结算日期", "打印日期", "收费日期", "填制日期"]
SERVICE_ZH = ["就诊日期", "门诊日期", "就诊时间"]
CHARGES_ZH = ["费用总额", "医疗费总额", "总费用", "医疗费用总额", "费用合计"]
FUND_ZH = ["统筹基金支付", "医保统筹支付", "基金支付", "统筹支付金额"]
ACCOUNT_ZH = ["个人账户支付", "账户支付"]
CASH_ZH = ["个人现金支付", "现金支付", "个人负担"]
HOSPITALS_ZH = ["江州市第一人民医院", "临海县中医院", "青山区妇幼保健院", "东湖大学附属医院", "白石镇卫生院"]
PATIENTS_ZH = ["刘晓燕", "陈国栋", "孙丽华", "赵文斌", "吴佩琳", "钱志强"]
ITEMS_ZH = ["西药费", "中成药费", "检查费", "化验费", "治疗费", "床位费", "诊查费", "材料费", "护理费"]


def _pick_date(rng: random.Random) -> date:
    return date(2025, 1, 1) + timedelta(days=rng.randint(0, 330))


# ---- bill layouts ---------------------------------------------------------------------------------------

def us_hospital(rng: random.Random, n: int) -> Doc:
    """A US hospital statement: letterhead, a grid of Statement Date | Account | Amount Due over its values,
    admission and discharge dates, dated items, a summary of charges, insurance, adjustments and balance."""
    provider, patient = rng.choice(HOSPITALS_EN), rng.choice(PATIENTS_EN)
    admit = _pick_date(rng)
    days = rng.randint(1, 4)
    discharge = admit + timedelta(days=days)
    issued = discharge + timedelta(days=rng.randint(10, 30))
    items = _amounts(rng, rng.randint(3, 6), 40, 2500)
    total = sum(items, Decimal(0))
    ins, adj, owed = _split(rng, total)
    size = rng.choice([8, 9, 10])
    issue_label, owed_label = rng.choice(ISSUE_EN[:8]), rng.choice(OWED_EN)
    cells = [(40, 50, provider, size + 5), (40, 66, "1200 Harbor Blvd, Springfield, IL 62701", size)]
    cells += [(300, 50, issue_label, size), (410, 50, "Account No.", size), (490, 50, owed_label[:14], size),
              (300, 64, us_date(issued), size), (410, 64, str(rng.randint(100000, 999999)), size),
              (490, 64, money(owed, "$"), size)]
    cells += [(40, 110, "Patient:", size), (110, 110, patient, size),
              (40, 124, rng.choice(ADMIT_EN) + ":", size), (140, 124, us_date(admit), size),
              (260, 124, rng.choice(DISCHARGE_EN) + ":", size), (370, 124, us_date(discharge), size)]
    y = 160
    cells += [(40, y, "Svc Date", size), (110, y, "Description", size), (400, y, "Charges", size)]
    for i, amt in enumerate(items):
        y += 14
        d = admit + timedelta(days=min(i, days))
        cells += [(40, y, us_date(d), size), (110, y, rng.choice(ITEMS_EN), size), (400, y, money(amt), size)]
    y += 30
    rows = [(rng.choice(CHARGES_EN), money(total, "$")), (rng.choice(INSURANCE_EN), money(-ins, "$")),
            (rng.choice(ADJUST_EN), money(-adj, "$")), (owed_label, money(owed, "$"))]
    for label, v in rows:
        cells += [(300, y, label, size), (460, y, v, size)]
        y += 14
    if rng.random() < 0.5:
        cells += [(40, y + 20, f"{rng.choice(PAID_EN)}: {us_date(issued - timedelta(days=3))}", size)]
    return Doc(f"us-hospital-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="us_hospital")


def uk_clinic(rng: random.Random, n: int) -> Doc:
    """A UK private clinic's invoice: the invoice date under its label, each treatment dated, the fees' total,
    the insurer's share and what the patient pays; day-first dates, pounds."""
    provider, patient = rng.choice(CLINICS_EN[:2] + CLINICS_EN[5:]), rng.choice(PATIENTS_EN)
    first = _pick_date(rng)
    visits = [first + timedelta(days=7 * i) for i in range(rng.randint(2, 4))]
    issued = visits[-1] + timedelta(days=rng.randint(2, 14))
    fees = _amounts(rng, len(visits), 60, 450)
    total = sum(fees, Decimal(0))
    ins = (total * Decimal(rng.randint(50, 80)) / 100).quantize(Decimal("0.01"))
    size = rng.choice([9, 10, 11])
    cells = [(200, 40, provider, size + 4), (200, 56, "14 Wimpole Row, London W1G 8AX", size),
             (40, 100, "INVOICE", size + 3),
             (40, 124, rng.choice(["Invoice number", "Invoice No.", "Our ref"]), size), (40, 138, f"INV-{n:04d}", size),
             (360, 124, rng.choice(["Payment due", "Due date", "Please pay by"]), size),
             (360, 138, long_date(issued + timedelta(days=30)), size),
             (40, 170, f"Patient: {patient}", size), (40, 184, "NHS number: 485 777 3456", size)]
    if rng.random() < 0.5:  # the invoice's date under its label, else alone under the letterhead's address
        cells += [(200, 124, rng.choice(["Invoice date", "Date of invoice", "Date issued", "Tax point"]), size),
                  (200, 138, long_date(issued), size)]
    else:
        cells += [(200, 72, long_date(issued), size)]
    y = 220
    cells += [(40, y, rng.choice(["Date of treatment", "Treatment date", "Appointment"]), size),
              (180, y, "Treatment", size), (430, y, "Fee (GBP)", size)]
    for d, fee in zip(visits, fees, strict=True):
        y += 15
        cells += [(40, y, day_first(d), size), (180, y, rng.choice(ITEMS_EN), size), (430, y, money(fee, "£"), size)]
    y += 28
    for label, v in [(rng.choice(["Total fees", "Total", "Invoice total", "Total charges"]), money(total, "£")),
                     (rng.choice(["Less insurer payment", "Paid by insurer", "Insurer's contribution"]),
                      money(-ins, "£")),
                     (rng.choice(["Balance payable by patient", "Amount due from you", "Balance due"]),
                      money(total - ins, "£"))]:
        cells += [(280, y, label, size), (430, y, v, size)]
        y += 15
    return Doc(f"uk-clinic-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="uk_clinic")


def au_dental(rng: random.Random, n: int) -> Doc:
    """An Australian dental tax invoice: ABN, date of issue in the letterhead's right column, items by service
    date and item number, the total fee, the health fund's benefit and the gap."""
    provider, patient = rng.choice(["Wattle Street Dental", "Bayside Family Dental", "Harbour View Dental Care"]), \
        rng.choice(PATIENTS_EN)
    svc = _pick_date(rng)
    issued = svc + timedelta(days=rng.choice([0, 1, 5]))
    fees = _amounts(rng, rng.randint(2, 5), 45, 380)
    total = sum(fees, Decimal(0))
    benefit = (total * Decimal(rng.randint(30, 60)) / 100).quantize(Decimal("0.01"))
    size = rng.choice([8, 9, 10])
    cells = [(40, 40, provider, size + 6), (40, 58, "ABN 51 824 753 556  |  22 Wattle St, Parramatta NSW 2150", size),
             (400, 40, "TAX INVOICE", size + 3),
             (400, 58, f"{rng.choice(['Date of issue', 'Invoice date', 'Issued'])}: {day_first(issued)}", size),
             (40, 100, rng.choice(["Patient", "Patient name", "Bill to"]), size), (40, 114, patient, size),
             (300, 100, "Health fund", size), (300, 114, "Medibank Private", size)]
    y = 150
    cells += [(40, y, "Date", size), (110, y, "Item", size), (160, y, "Tooth", size), (210, y, "Description", size),
              (460, y, "Fee", size)]
    for fee in fees:
        y += 14
        cells += [(40, y, day_first(svc), size), (110, y, f"{rng.choice([11, 114, 121, 222, 531, 532]):03d}", size),
                  (160, y, str(rng.choice([11, 16, 24, 36, 46])), size), (210, y, rng.choice(ITEMS_EN[7:10]), size),
                  (460, y, money(fee, "$"), size)]
    y += 26
    for label, v in [(rng.choice(["Total fee", "Total fees", "Invoice total", "Total (incl. GST)"]), money(total, "$")),
                     (rng.choice(["Health fund benefit", "Fund rebate", "HICAPS claim", "Less fund benefit"]),
                      money(benefit, "$")),
                     (rng.choice(["Gap payable", "Balance owing", "Amount payable", "Gap"]),
                      money(total - benefit, "$"))]:
        cells += [(330, y, label, size), (460, y, v, size)]
        y += 14
    return Doc(f"au-dental-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="au_dental")


def ca_dental(rng: random.Random, n: int) -> Doc:
    """A Canadian dental statement: dated procedure rows, a summary of total charges, the insurance estimate and
    the patient's portion, and the date it was printed only in its footer."""
    provider, patient = rng.choice(["Maple Grove Dental Centre", "Lakeshore Dental Group", "Rideau Dentistry"]), \
        rng.choice(PATIENTS_EN)
    first = _pick_date(rng)
    rows = [first + timedelta(days=rng.choice([0, 0, 14])) for _ in range(rng.randint(2, 4))]
    rows.sort()
    issued = rows[-1] + timedelta(days=rng.randint(1, 20))
    fees = _amounts(rng, len(rows), 50, 600)
    total = sum(fees, Decimal(0))
    est = (total * Decimal(rng.randint(50, 80)) / 100).quantize(Decimal("0.01"))
    size = rng.choice([9, 10])
    cells = [(40, 40, provider, size + 4), (40, 56, "88 Bank St, Ottawa ON K1P 5N2", size),
             (40, 90, rng.choice(["Patient Statement", "Statement of Account", "Account Statement"]), size + 2),
             (40, 116, f"{rng.choice(['Patient', 'Patient name', 'For'])}: {patient}", size)]
    y = 150
    cells += [(40, y, "Date", size), (120, y, "Code", size), (180, y, "Procedure", size), (460, y, "Charge", size)]
    for d, fee in zip(rows, fees, strict=True):
        y += 14
        cells += [(40, y, d.isoformat(), size), (120, y, str(rng.randint(10000, 99999)), size),
                  (180, y, rng.choice(ITEMS_EN), size), (460, y, money(fee), size)]
    y += 26
    for label, v in [(rng.choice(CHARGES_EN[:6]), money(total)),
                     (rng.choice(["Insurance Estimate", "Est. Insurance Portion", "Insurance Portion"]), money(est)),
                     (rng.choice(["Patient Portion", "Est. Patient Portion", "Your Portion", "Balance Due"]),
                      money(total - est))]:
        cells += [(320, y, label, size), (460, y, v, size)]
        y += 14
    cells += [(40, 800, f"{rng.choice(['Printed on', 'Date printed:', 'Printed:', 'Statement date:'])} "
                        f"{issued.isoformat()}   Page 1 of 1", size - 1)]
    return Doc(f"ca-dental-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="ca_dental")


def india_hospital(rng: random.Random, n: int) -> Doc:
    """An Indian or Singapore hospital's final bill: a two-column grid of key: value cells (bill date, admission
    and discharge dates), a charge summary by head, the gross amount, a discount, the insurer's (TPA's) share
    and the net payable."""
    provider = rng.choice(["Sahyadri Multispeciality Hospital", "Mount Alvernia Medical Centre",
                           "Lotus Heart Hospital", "Kaveri Medical Centre"])
    patient = rng.choice(PATIENTS_EN)
    admit = _pick_date(rng)
    discharge = admit + timedelta(days=rng.randint(2, 6))
    issued = discharge
    heads = _amounts(rng, rng.randint(4, 6), 900, 40000)
    total = sum(heads, Decimal(0))
    disc = (total * Decimal(rng.randint(2, 8)) / 100).quantize(Decimal("0.01"))
    tpa = (total * Decimal(rng.randint(40, 70)) / 100).quantize(Decimal("0.01"))
    mark = rng.choice(["Rs. ", "INR ", "S$", "₹ "]) if rng.random() < 0.7 else ""
    mark = mark.replace("₹ ", "Rs. ")
    size = rng.choice([8, 9])
    cells = [(180, 36, provider.upper(), size + 5), (200, 52, "FINAL BILL / IN-PATIENT", size + 1)]
    grid = [(rng.choice(["Bill Date", "Bill Dt", "Date of Bill"]), long_date(issued)),
            ("Bill No", f"IP/{n:05d}"), ("Patient Name", patient), ("UHID", f"MH{rng.randint(100000, 999999)}"),
            (rng.choice(ADMIT_EN), long_date(admit)), (rng.choice(DISCHARGE_EN), long_date(discharge))]
    for i, (k, v) in enumerate(grid):
        x = 40 if i % 2 == 0 else 310
        y = 84 + 14 * (i // 2)
        cells += [(x, y, k, size), (x + 90, y, ":", size), (x + 98, y, v, size)]
    y = 150
    cells += [(40, y, "Particulars", size), (440, y, "Amount", size)]
    for amt, head in zip(heads, ["Room Charges", "Investigations", "Pharmacy", "Surgeon Fees", "OT Charges",
                                 "Consumables"], strict=False):
        y += 14
        cells += [(40, y, head, size), (440, y, mark + money(amt), size)]
    y += 24
    for label, v in [(rng.choice(["Gross Amount", "Total Bill Amount", "Gross Total", "Total Charges"]), total),
                     (rng.choice(["Less: Discount", "Discount", "Concession"]), disc),
                     (rng.choice(["Less: TPA / Insurance", "Insurance Approved Amount", "Payer Share"]), tpa),
                     (rng.choice(["Net Payable", "Patient Payable", "Balance Payable", "Net Amount Due"]),
                      total - disc - tpa)]:
        cells += [(260, y, label, size), (440, y, mark + money(v), size)]
        y += 14
    return Doc(f"in-hospital-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="india_hospital",
               accept={"provider": {provider.upper()}})


def us_physician(rng: random.Random, n: int) -> Doc:
    """A US physician group's statement that prints no statement date: dated service rows, and a summary box as a
    row of headings over a row of figures (Total Charges | Insurance Paid | Adjustments | Balance Due). Its date is
    the last date of service."""
    provider, patient = rng.choice(["Orchard Physicians Group", "Summit Orthopedic Associates",
                                    "Clearwater Pediatrics"]), rng.choice(PATIENTS_EN)
    first = _pick_date(rng)
    svc = sorted(first + timedelta(days=rng.randint(0, 20)) for _ in range(rng.randint(2, 4)))
    fees = _amounts(rng, len(svc), 80, 900)
    total = sum(fees, Decimal(0))
    ins, adj, owed = _split(rng, total)
    size = rng.choice([8, 9, 10])
    cells = [(40, 40, provider, size + 4), (40, 56, "PO Box 4410, Boise, ID 83702", size),
             (40, 90, f"Guarantor: {patient}", size), (300, 90, f"Account #: {rng.randint(10000, 99999)}", size)]
    y = 130
    cells += [(40, y, rng.choice(SERVICE_EN[:4]), size), (150, y, "CPT", size), (195, y, "Description", size),
              (450, y, "Amount", size)]
    for d, fee in zip(svc, fees, strict=True):
        y += 14
        cells += [(40, y, us_date(d), size), (150, y, str(rng.randint(99201, 99215)), size),
                  (195, y, rng.choice(ITEMS_EN), size), (450, y, money(fee), size)]
    y += 20
    pay = svc[-1] + timedelta(days=rng.randint(20, 40))
    cells += [(40, y, us_date(pay), size), (195, y, "Insurance payment - BlueShield", size),
              (450, y, money(-ins), size)]
    y += 34
    heads = [rng.choice(["Total Charges", "Charges", "Total Billed"]), rng.choice(["Insurance Paid", "Ins. Payments"]),
             rng.choice(["Adjustments", "Adj."]), rng.choice(["Balance Due", "Amount Due", "Patient Balance"])]
    vals = [money(total, "$"), money(-ins, "$"), money(-adj, "$"), money(owed, "$")]
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        cells += [(60 + 120 * i, y, h, size), (60 + 120 * i, y + 14, v, size)]
    return Doc(f"us-physician-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": svc[-1].isoformat(), "total": str(total)},
               font=rng.choice(LATIN_FONTS), layout="us_physician")


def zh_outpatient(rng: random.Random, n: int) -> Doc:
    """A 门诊 医保结算单: 就诊日期 near the top, fee classes with amounts, the 医保 split (统筹, 个人账户,
    现金), and the settlement or invoice date at the foot."""
    provider, patient = rng.choice(HOSPITALS_ZH), rng.choice(PATIENTS_ZH)
    visit = _pick_date(rng)
    issued = visit + timedelta(days=rng.choice([0, 0, 1]))
    heads = _amounts(rng, rng.randint(3, 5), 15, 600)
    total = sum(heads, Decimal(0))
    fund = (total * Decimal(rng.randint(30, 60)) / 100).quantize(Decimal("0.01"))
    acct = (total * Decimal(rng.randint(5, 15)) / 100).quantize(Decimal("0.01"))
    size = rng.choice([9, 10, 11])
    cells = [(150, 40, provider, size + 5), (190, 62, rng.choice(["门诊医保结算单", "门诊收费结算单", "门诊费用结算单"]), size + 2),
             (40, 96, f"姓名：{patient}", size), (200, 96, f"门诊号：{rng.randint(1000000, 9999999)}", size),
             (380, 96, f"{rng.choice(SERVICE_ZH)}：{zh_date(visit, rng)}", size)]
    y = 130
    cells += [(40, y, "项目", size), (300, y, "金额", size)]
    for amt, head in zip(heads, rng.sample(ITEMS_ZH, len(heads)), strict=True):
        y += 16
        cells += [(40, y, head, size), (300, y, money(amt), size)]
    y += 26
    rows = [(rng.choice(CHARGES_ZH), total), (rng.choice(FUND_ZH), fund), (rng.choice(ACCOUNT_ZH), acct),
            (rng.choice(CASH_ZH), total - fund - acct)]
    for i, (k, v) in enumerate(rows):
        x = 40 if i % 2 == 0 else 300
        cells += [(x, y + 16 * (i // 2), f"{k}：{money(v)}", size)]
    y += 60
    cells += [(40, y, f"收款员：{rng.choice(['王敏', '李娜'])}", size),
              (300, y, f"{rng.choice(ISSUE_ZH)}：{zh_date(issued, rng)}"
                       f"{rng.choice(['', '', f' {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}'])}", size)]
    return Doc(f"zh-outpatient-{n}.pdf", "medical_bill", "zh", [cells],
               {"provider": provider, "patient": patient, "date": issued.isoformat(), "total": str(total)},
               layout="zh_outpatient")


def zh_inpatient(rng: random.Random, n: int) -> Doc:
    """A 住院 结算单: 入院日期 and 出院日期 in one grid row, fee classes, 总费用, the 统筹 split, 预交金 and
    补退, and the settlement date under its own label (or none: then the discharge date dates it)."""
    provider, patient = rng.choice(HOSPITALS_ZH), rng.choice(PATIENTS_ZH)
    admit = _pick_date(rng)
    discharge = admit + timedelta(days=rng.randint(3, 12))
    issued = discharge + timedelta(days=rng.choice([0, 1, 2]))
    printed = rng.random() < 0.7
    heads = _amounts(rng, rng.randint(4, 7), 100, 6000)
    total = sum(heads, Decimal(0))
    fund = (total * Decimal(rng.randint(50, 75)) / 100).quantize(Decimal("0.01"))
    deposit = Decimal(rng.choice([2000, 3000, 5000]))
    size = rng.choice([9, 10])
    cells = [(150, 40, provider, size + 5), (180, 62, rng.choice(["住院费用结算单", "住院医保结算单", "出院结算单"]), size + 2),
             (40, 96, "姓名", size), (80, 96, patient, size), (200, 96, "住院号", size), (250, 96, str(rng.randint(10**5, 10**6)), size),
             (40, 112, "入院日期", size), (100, 112, zh_date(admit, rng), size),
             (240, 112, "出院日期", size), (300, 112, zh_date(discharge, rng), size),
             (440, 112, f"住院天数 {(discharge - admit).days}", size)]
    y = 144
    cells += [(40, y, "费用类别", size), (200, y, "金额", size)]
    for amt, head in zip(heads, rng.sample(ITEMS_ZH, len(heads)), strict=True):
        y += 16
        cells += [(40, y, head, size), (200, y, money(amt), size)]
    y += 28
    cash = total - fund
    for k, v in [(rng.choice(CHARGES_ZH), total), (rng.choice(FUND_ZH), fund), ("个人自付", cash),
                 (rng.choice(["预交金", "预交金额", "预缴金额"]), deposit),
                 (rng.choice(["应补缴金额", "补缴金额", "应退金额"]), abs(cash - deposit))]:
        cells += [(40, y, k, size), (200, y, money(v), size)]
        y += 16
    if printed:
        cells += [(300, y + 20, f"{rng.choice(ISSUE_ZH)}：{zh_date(issued, rng)}", size)]
    return Doc(f"zh-inpatient-{n}.pdf", "medical_bill", "zh", [cells],
               {"provider": provider, "patient": patient, "date": (issued if printed else discharge).isoformat(),
                "total": str(total)}, layout="zh_inpatient")


def us_itemized(rng: random.Random, n: int) -> Doc:
    """A hospital's itemised statement that opens with a one-row summary (Charges | Insurance Payments and
    Adjustments | Patient Payments | Total Balance over their figures), lists dated charges and the insurer's
    payment lines, and ends with a "Total" that is the balance, not the charges. Its date is printed as the
    balance's date ("Balance as of"), or not at all (then the last date of service)."""
    provider, patient = rng.choice(HOSPITALS_EN), rng.choice(PATIENTS_EN)
    first = _pick_date(rng)
    svc = sorted(first + timedelta(days=rng.randint(0, 6)) for _ in range(rng.randint(3, 6)))
    fees = _amounts(rng, len(svc), 30, 4000)
    total = sum(fees, Decimal(0))
    ins, adj, owed = _split(rng, total)
    as_of = svc[-1] + timedelta(days=rng.randint(15, 45))
    printed = rng.random() < 0.5
    size = rng.choice([8, 9])
    cells = [(40, 40, provider.upper(), size + 4), (40, 56, "PO Box 2210, Richmond, VA 23218", size),
             (40, 80, "This is not a bill. This is an itemization of services for:", size),
             (40, 94, patient, size)]
    if printed:
        cells += [(360, 94, f"{rng.choice(['Balance as of', 'Statement as of', 'As of'])} {us_date(as_of)}", size)]
    heads = [rng.choice(["Charges", "Total Charges"]), "Insurance Payments and Adjustments", "Patient Payments",
             rng.choice(["Total Balance", "Account Balance", "Current Balance"])]
    vals = [money(total), money(-(ins + adj)), "0.00", money(owed)]
    xs = [40, 130, 330, 450]
    for x, h, v in zip(xs, heads, vals, strict=True):
        cells += [(x, 124, h, size), (x, 138, v, size)]
    y = 170
    cells += [(40, y, "Svc Dt", size), (100, y, "Rev Code", size), (160, y, "Description", size), (380, y, "Qty", size),
              (450, y, "Amount", size)]
    for d, fee in zip(svc, fees, strict=True):
        y += 13
        cells += [(40, y, us_date(d), size), (100, y, f"0{rng.randint(250, 990)}", size),
                  (160, y, rng.choice(ITEMS_EN), size), (380, y, str(rng.randint(1, 3)), size),
                  (450, y, money(fee), size)]
    pay = svc[-1] + timedelta(days=rng.randint(10, 25))
    for label, v in [("INSURANCE PAYMENT", -ins), ("CONTRACTUAL ADJUSTMENT", -adj)]:
        y += 13
        cells += [(40, y, us_date(pay), size), (160, y, label, size), (450, y, money(v), size)]
    y += 20
    cells += [(380, y, "Total", size), (450, y, money(owed, "$"), size)]
    return Doc(f"us-itemized-{n}.pdf", "medical_bill", "en", [cells],
               {"provider": provider, "patient": patient, "date": (as_of if printed else svc[-1]).isoformat(),
                "total": str(total)}, font=rng.choice(LATIN_FONTS), layout="us_itemized",
               accept={"provider": {provider.upper()}})


BILLS = [us_hospital, uk_clinic, au_dental, ca_dental, india_hospital, us_physician, zh_outpatient, zh_inpatient,
         us_itemized]


# ---- payslips with a current and a year-to-date column ---------------------------------------------------------

def pay_columns(rng: random.Random, n: int) -> Doc:
    """A payslip whose earnings and deductions print a current and a year-to-date figure each, with the columns'
    headings in several wordings and the year-to-date column left or right of the current one."""
    en = rng.random() < 0.6
    rows = _amounts(rng, rng.randint(2, 4), 200, 3000)
    gross = sum(rows, Decimal(0))
    ded = _amounts(rng, rng.randint(2, 3), 20, 300)
    net = gross - sum(ded, Decimal(0))
    month = rng.randint(3, 11)
    ytd = lambda v: v * month  # noqa: E731
    ytd_left = rng.random() < 0.35
    size = rng.choice([8, 9, 10])
    if en:
        employer, employee = rng.choice(["Kestrel Logistics Ltd", "Harbour Analytics Pty Ltd", "Pinecrest Foods Inc."]), \
            rng.choice(PATIENTS_EN)
        cur_h = rng.choice(["This Period", "Current", "Current Period", "This Pay", "Amount"])
        ytd_h = rng.choice(["Year to Date", "YTD", "Year-to-Date", "YTD Total"])
        names = ["Basic Salary", "Overtime", "Shift Allowance", "Bonus"]
        gross_l = rng.choice(["Gross Pay", "Total Gross", "Gross Earnings", "Total Earnings"])
        net_l = rng.choice(["Net Pay", "Net Salary", "Take Home Pay", "Net Payment"])
        ded_names = ["Income Tax", "Pension", "Health Insurance"]
        head = [(40, 40, employer, size + 4), (40, 70, rng.choice(["PAYSLIP", "Pay Advice", "Earnings Statement"]), size + 2),
                (40, 92, f"Employee: {employee}", size), (300, 92, f"Pay period: {month:02d}/2025", size),
                (300, 106, f"Pay date: {month:02d}/28/2025", size)]
    else:
        employer, employee = rng.choice(["江州宏达科技有限公司", "临海市恒信物流有限公司"]), rng.choice(PATIENTS_ZH)
        cur_h, ytd_h = rng.choice(["本月", "本期金额", "本月金额", "当月"]), rng.choice(["本年累计", "年累计", "累计"])
        names = ["基本工资", "岗位津贴", "绩效奖金", "加班费"]
        gross_l, net_l = rng.choice(["应发合计", "应发工资"]), rng.choice(["实发工资", "实发合计"])
        ded_names = ["养老保险", "医疗保险", "个人所得税"]
        head = [(40, 40, employer, size + 4), (40, 70, "工资条", size + 2), (40, 92, f"姓名：{employee}", size),
                (300, 92, f"工资月份：2025年{month}月", size)]
    cur_x, ytd_x = (420, 320) if ytd_left else (320, 420)
    cells = list(head)
    y = 140
    cells += [(40, y, "", size), (cur_x, y, cur_h, size), (ytd_x, y, ytd_h, size)]
    for v, nm in zip(rows, names, strict=False):
        y += 14
        cells += [(40, y, nm, size), (cur_x, y, money(v), size), (ytd_x, y, money(ytd(v)), size)]
    y += 14
    cells += [(40, y, gross_l, size), (cur_x, y, money(gross), size), (ytd_x, y, money(ytd(gross)), size)]
    for v, nm in zip(ded, ded_names, strict=False):
        y += 14
        cells += [(40, y, nm, size), (cur_x, y, money(v), size), (ytd_x, y, money(ytd(v)), size)]
    y += 20
    cells += [(40, y, net_l, size), (cur_x, y, money(net), size), (ytd_x, y, money(ytd(net)), size)]
    return Doc(f"pay-columns-{n}.pdf", "payslip", "en" if en else "zh", [cells],
               {"employer": employer, "employee": employee, "gross_pay": str(gross), "net_pay": str(net)},
               font=rng.choice(LATIN_FONTS), layout="pay_columns")


def zh_strip(rng: random.Random, n: int) -> Doc:
    """A Chinese strip payslip: one header row of many labels over one row of values, the tax cell often 0.00, the
    net pay under 实发 in the last column; the headings' wording varies."""
    employer, employee = rng.choice(["江州宏达科技有限公司", "临海市恒信物流有限公司", "青山区第二中学"]), rng.choice(PATIENTS_ZH)
    base, post, perf = (Decimal(rng.randint(2000, 8000)), Decimal(rng.randint(300, 1500)),
                        Decimal(rng.randint(0, 2000)) + Decimal(rng.randint(0, 99)) / 100)
    gross = base + post + perf
    pension = (gross * Decimal("0.08")).quantize(Decimal("0.01"))
    medical = (gross * Decimal("0.02")).quantize(Decimal("0.01"))
    fund = (gross * Decimal("0.07")).quantize(Decimal("0.01"))
    tax = Decimal(0) if rng.random() < 0.6 else Decimal(rng.randint(10, 200))
    net = gross - pension - medical - fund - tax
    month = rng.randint(1, 12)
    heads = ["姓名", "基本工资", rng.choice(["岗位工资", "岗位津贴"]), rng.choice(["绩效工资", "绩效奖金"]),
             rng.choice(["应发合计", "应发工资", "应发金额"]), "养老保险", "医疗保险", "住房公积金", "个人所得税",
             rng.choice(["实发工资", "实发金额", "本月实发"])]
    vals = [employee, money(base), money(post), money(perf), money(gross), money(pension), money(medical),
            money(fund), money(tax), money(net)]
    packed = rng.random() < 0.5  # headings set edge to edge: the text layer runs them into one string
    size, step = (7.0, 40) if packed else (7.5, 54)
    cells = [(40, 40, employer, 12), (40, 60, f"{2025}年{month}月工资条", 10)]
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 30 + step * i
        cells += [(x, 100, h, size), (x, 116, v, size)]
    return Doc(f"zh-strip-{n}.pdf", "payslip", "zh", [cells],
               {"employer": employer, "employee": employee, "gross_pay": str(gross), "net_pay": str(net)},
               layout="zh_strip")


def summary_statement(rng: random.Random, n: int) -> Doc:
    """A bank statement whose summary box names its closing balance in one of the ways banks print it (Ending
    Balance, Net Balance, Balance as of <date>, Closing balance on <date>, New Balance), beside the opening balance
    and the period's totals in and out, over dated transaction rows with a running balance; the period printed in
    the header, or only given by the rows."""
    en = rng.random() < 0.75
    start = date(2025, rng.randint(1, 10), 1)
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    opening = Decimal(rng.randint(50000, 900000)) / 100
    rows, bal = [], opening
    days = sorted(rng.sample(range(0, (end - start).days + 1), rng.randint(5, 9)))
    days[0], days[-1] = 0, (end - start).days  # the first and last rows on the period's ends
    for k in days:
        amt = Decimal(rng.randint(500, 150000)) / 100 * (1 if rng.random() < 0.35 else -1)
        bal += amt
        rows.append((start + timedelta(days=k), amt, bal))
    credits = sum((a for _, a, _ in rows if a > 0), Decimal(0))
    debits = -sum((a for _, a, _ in rows if a < 0), Decimal(0))
    fmt = us_date if rng.random() < 0.5 else long_date
    plain = rng.random() < 0.3  # no opening balance and no running balance: signed amounts, the summary's net figure
    header_period = plain or rng.random() < 0.6
    size = rng.choice([8, 9])
    if en:
        bank, holder = rng.choice(["Tasman Mutual Bank", "First Prairie Bank", "Coastline Credit Union"]), \
            rng.choice(PATIENTS_EN)
        cells = [(40, 40, bank, size + 6),
                 (40, 60, rng.choice(["Account Statement", "Statement of Account", "Everyday Account Statement",
                                      "Checking Account Statement", "Transaction Statement"]), size + 2),
                 (40, 80, holder, size), (40, 94, "18 Elm Street", size),
                 (330, 80, f"Account number: {rng.randint(10**7, 10**8 - 1)}", size)]
        if header_period:
            cells += [(330, 94, f"{rng.choice(['Statement period', 'For the period'])}: {fmt(start)} to {fmt(end)}",
                       size)]
        closing = rng.choice(["Ending Balance", "Net Balance", "Balance as of " + fmt(end),
                              "Closing balance on " + fmt(end), "New Balance"])
        summary = [(rng.choice(["Beginning Balance", "Opening Balance", "Previous Balance"]), opening),
                   (rng.choice(["Deposits and Credits", "Total Credits", "Money In"]), credits),
                   (rng.choice(["Withdrawals and Debits", "Total Debits", "Money Out"]), -debits), (closing, bal)]
        heads = ["Date", "Description", "Amount", "Balance"]
        descs = ["POS PURCHASE GROCER", "DIRECT DEPOSIT PAYROLL", "ATM WITHDRAWAL", "ONLINE TRANSFER", "CARD PAYMENT"]
    else:
        bank, holder = rng.choice(["中国建设银行", "招商银行", "江州农村商业银行"]), rng.choice(PATIENTS_ZH)
        fmt = lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}"  # noqa: E731
        cells = [(40, 40, bank + " 账户交易明细", size + 6), (40, 80, f"户名：{holder}", size),
                 (330, 80, f"账号：6217{rng.randint(10**11, 10**12 - 1)}", size)]
        if header_period:
            cells += [(330, 94, f"起止日期：{fmt(start)} 至 {fmt(end)}", size)]
        summary = [("期初余额", opening), ("收入合计", credits), ("支出合计", -debits),
                   (rng.choice(["期末余额", "本期余额"]), bal)]
        heads = ["交易日期", "摘要", "交易金额", "账户余额"]
        descs = ["工资", "消费", "转账", "取现", "代扣"]
    if plain:  # the period printed, the closing figure only as the summary's net of credits and debits
        bal = credits - debits
        summary = [summary[1], summary[2], (rng.choice(["Net Balance", "Final Balance", "Ledger Balance"]) if en
                                            else "余额合计", bal)]
    y = 130
    for k, v in summary:
        cells += [(330, y, k, size), (480, y, money(v), size)]
        y += 13
    y += 20
    for x, h in zip([40, 130, 330, 450], heads[:3] if plain else heads, strict=False):
        cells += [(x, y, h, size)]
    for d, amt, b in rows:
        y += 13
        cells += [(40, y, fmt(d) if en else fmt(d), size), (130, y, rng.choice(descs), size),
                  (330, y, money(amt), size)] + ([] if plain else [(450, y, money(b), size)])
    return Doc(f"statement-{n}.pdf", "bank_statement", "en" if en else "zh", [cells],
               {"bank": bank, "account_holder": holder, "period_start": start.isoformat(),
                "period_end": end.isoformat(), "closing_balance": str(bal)}, font=rng.choice(LATIN_FONTS),
               layout="summary_statement")


def generate(seed: int = 7, per_layout: int = 3) -> list[Doc]:
    """``per_layout`` documents of every layout, the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for make in [*BILLS, pay_columns, zh_strip, summary_statement]:
        for i in range(per_layout):
            out.append(make(rng, i))
    return out


def print_measure(measure: Callable[..., dict], what: str) -> None:  # pragma: no cover - a developer's view
    """The command line of a generated-layout test: ``python tests/X.py [seed [per_layout [scan,layouts]]]`` draws,
    reads and measures in a temporary folder and prints the counts and every failure."""
    import sys
    import tempfile

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(Path(tmp), seed, per, sys.argv[3].split(",") if len(sys.argv) > 3 else ())
    print(f"types {r['types']}/{r['docs']}  {what} {r['right']}/{r['fields']}  sure-wrong {r['sure_wrong']}")
    for f in r["failures"]:
        print("  ", f)
