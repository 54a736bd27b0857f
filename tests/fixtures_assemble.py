"""Test inputs for the assembly tests, drawn by code: text PDFs, scans with known word boxes, photos
with EXIF/GPS, and the Case / Report objects that point at them (no OCR needed)."""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from seeded_noise import noise_field

from packet.assembly.fonts import find_cjk_font, register_cjk
from packet.case.casefile import Applicant, Case, Contact, Lender, Plan, Request
from packet.core.model import Document, DocumentResult, Missing, Page, Report, SourceFile, Word

AS_OF = date(2026, 11, 20)
FULL_ID = "110101199003071234"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def source(path: Path, root: Path, kind: str, fmt: str) -> SourceFile:
    data = path.read_bytes()
    return SourceFile(path=path, rel=path.relative_to(root).as_posix(), size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), kind=kind, fmt=fmt)


def text_pdf(path: Path, pages: list[list[str]], *, size=A4, rotate: int = 0, cjk: bool = False,
             jpeg: Path | None = None) -> list[Page]:
    """A born-digital PDF, one list of lines per page; returns model Pages (source "text")."""
    canv = Canvas(str(path), pagesize=size, invariant=1)
    font = register_cjk() if cjk else "Helvetica"
    out = []
    for n, lines in enumerate(pages, 1):
        if rotate:
            canv.setPageRotation(rotate)
        canv.setFont(font, 12)
        y = size[1] - 72
        for line in lines:
            canv.drawString(72, y, line)
            y -= 20
        if jpeg is not None:
            canv.drawImage(str(jpeg), 72, 72, 200, 150)
        canv.showPage()
        w, h = (size[1], size[0]) if rotate % 180 else size
        out.append(Page(number=n, width=w, height=h, source="text", text="\n".join(lines)))
    canv.save()
    if jpeg is not None:
        _raw_jpeg_into(path, jpeg.read_bytes())
    return out


def _raw_jpeg_into(path: Path, raw: bytes) -> None:
    """Replace the image reportlab drew with the JPEG file's own bytes, APP1 (EXIF/GPS) included, as a
    phone's PDF export or a scanner app would embed it."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, NumberObject

    w = PdfWriter(clone_from=path)
    for page in w.pages:
        for ref in page["/Resources"]["/XObject"].values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                obj._data = raw
                obj[NameObject("/Filter")] = NameObject("/DCTDecode")
                obj[NameObject("/Length")] = NumberObject(len(raw))
                for k in ("/DecodeParms", "/SMask"):
                    if k in obj:
                        del obj[k]
    with open(path, "wb") as fh:
        w.write(fh)


def scan_image(path: Path, lines: list[str], *, px=(1240, 1754), dpi: int = 150, cjk: bool = False,
               colour: bool = False, rotate_saved: int = 0, noise: bool = False) -> Page:
    """A scanned page drawn with Pillow; the word boxes are exact. ``rotate_saved`` stores the image turned
    (clockwise degrees) so the Page needs that rotation to be upright again."""
    img = Image.new("RGB" if colour else "L", px, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(find_cjk_font()[0]) if cjk else DEJAVU, 34)
    words, y = [], 120
    for li, line in enumerate(lines):
        x = 110
        for token in line.split(" "):
            box = draw.textbbox((x, y), token, font=font)
            draw.text((x, y), token, fill="black", font=font)
            words.append(Word(token, (box[0] / px[0], box[1] / px[1], box[2] / px[0], box[3] / px[1]), 90.0, li))
            x = box[2] + 18
        y += 60
    if colour:
        draw.ellipse((px[0] - 420, px[1] - 520, px[0] - 120, px[1] - 220), outline=(200, 20, 20), width=12)
    if noise:
        rnd = random.Random(7)
        noisy = noise_field(px, 60, rnd)
        tint = Image.merge("RGB", (noisy, noisy.point(lambda v: v * 0.8), noisy.point(lambda v: 255 - v)))
        img = Image.blend(img.convert("RGB"), tint, 0.35)
        rnd.random()
    upright_img = img
    stored = upright_img.rotate(-rotate_saved, expand=True) if rotate_saved else upright_img
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model X"
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 17.0)}
    fmt = "JPEG" if path.suffix.lower() in (".jpg", ".jpeg") else "PNG"
    if fmt == "JPEG":
        stored.save(path, fmt, quality=95, exif=exif.tobytes(), dpi=(dpi, dpi))
    else:
        stored.save(path, fmt, dpi=(dpi, dpi))
    w, h = px[0] / dpi * 72, px[1] / dpi * 72
    return Page(number=1, width=w, height=h, source="ocr", text="\n".join(lines), words=tuple(words),
                rotation=rotate_saved and (360 - rotate_saved) % 360, confidence=90.0, dpi=dpi)


def scan_pdf(path: Path, image: Path, page: Page) -> Page:
    """An image-only PDF holding ``image`` on an A4 page."""
    canv = Canvas(str(path), pagesize=(page.width, page.height), invariant=1)
    canv.drawImage(str(image), 0, 0, page.width, page.height)
    canv.showPage()
    canv.save()
    return page


def result(src: SourceFile, pages: list[Page], type_: str, fields: dict, requirement: str | None,
           form: str = "text") -> DocumentResult:
    return DocumentResult(document=Document(source=src, pages=tuple(pages), form=form), type=type_,
                          fields=fields, requirement=requirement)


@dataclass
class Built:
    case: Case
    report: Report
    root: Path


def en_case(tmp: Path, *, contacts: bool = True, landscape_page: bool = False) -> Built:
    """An English unemployment case: 2 payslips (text PDF), a scanned statement (PNG), a photo (JPEG)."""
    root = tmp / "case-en"
    root.mkdir(parents=True)
    docs = []
    for month, net in (("2026-09", "2,310.55"), ("2026-10", "2,298.10")):
        p = root / f"payslip-{month}.pdf"
        pages = text_pdf(p, [[f"ACME LTD PAYSLIP {month}", "Employee: John Smith", f"Net pay {net}"]])
        docs.append(result(source(p, root, "pdf", "pdf"), pages, "payslip",
                           {"employer": "Acme Ltd", "employee": "John Smith", "period": month,
                            "gross_pay": "3000.00", "net_pay": net.replace(",", "")}, "income"))
    scan = root / "statement-scan.png"
    spage = scan_image(scan, ["NORTHERN BANK STATEMENT", "Account holder John Smith",
                              "Closing balance 1234.56", "Period 2026-09-01 to 2026-10-31"])
    docs.append(result(source(scan, root, "image", "png"), [spage], "bank_statement",
                       {"bank": "Northern Bank", "account_holder": "John Smith", "account_number": "4321",
                        "period_start": "2026-09-01", "period_end": "2026-10-31", "closing_balance": "1234.56"},
                       "bank-statements", form="scan"))
    photo = root / "letter-photo.jpg"
    ppage = scan_image(photo, ["REDUNDANCY NOTICE", "Dear John Smith", "Date 2026-08-31"], colour=True,
                       rotate_saved=90)
    docs.append(result(source(photo, root, "image", "jpeg"), [ppage], "unemployment_proof",
                       {"person": "John Smith", "issuer": "Acme Ltd", "date": "2026-08-31"}, "income", form="photo"))
    if landscape_page:
        p = root / "receipt-landscape.pdf"
        pages = text_pdf(p, [["WIDE RECEIPT landscape"]], size=landscape(A4))
        docs.append(result(source(p, root, "pdf", "pdf"), pages, "other", {}, None))
    case = Case(
        root=root,
        applicant=Applicant(name="John Smith", id_number="AB123456C9876", phone="07700 900123",
                            email="john@example.com", address="1 High Street, Leeds"),
        lender=Lender(name="Nimble Finance Ltd", email="hardship@nimble.example", address="2 Bank Road, London",
                      contract_number="NFC-2025-0042"),
        request=Request(kind="stop", language="en", checklist="en-hardship", hardship="unemployment",
                        statement="I was made redundant on 31 August 2026 and have applied for benefits."),
        plan=Plan(outstanding=Decimal("36000.00"), monthly_payment=Decimal("1500.00"), first_payment=date(2027, 2, 15)),
        contacts=(Contact(at=datetime(2026, 11, 2, 10, 30), channel="phone", with_="Agent 1234",
                          summary="Asked to pause collection; told to send documents."),) if contacts else (),
        has_case_file=True,
    )
    report = Report(case=root.name, checklist="en-hardship", as_of=AS_OF, language="en", documents=tuple(docs),
                    missing=(), errors=(), order=("income", "bank-statements"))
    return Built(case, report, root)


def zh_case(tmp: Path, *, missing: bool = False) -> Built:
    """A Chinese medical case: a Chinese text-layer payslip, a scanned medical bill (Chinese words)."""
    root = tmp / "case-zh"
    root.mkdir(parents=True)
    p = root / "工资单-2026-10.pdf"
    pages = text_pdf(p, [["某某科技有限公司 工资单", "姓名：张伟", "工资所属期：2026-10", "实发工资：8560.00"]], cjk=True)
    docs = [result(source(p, root, "pdf", "pdf"), pages, "payslip",
                   {"employer": "某某科技有限公司", "employee": "张伟", "period": "2026-10", "gross_pay": "9800.00",
                    "net_pay": "8560.00"}, "income")]
    scan = root / "bill.jpg"
    spage = scan_image(scan, ["北京协和医院 门诊收费票据", "患者姓名 张伟", "合计 3280.50", "日期 2026-10-12"], cjk=True)
    docs.append(result(source(scan, root, "image", "jpeg"), [spage], "medical_bill",
                       {"provider": "北京协和医院", "patient": "张伟", "date": "2026-10-12", "total": "3280.50"},
                       "medical-bills", form="scan"))
    case = Case(
        root=root,
        applicant=Applicant(name="张伟", id_number=FULL_ID, phone="138 0000 0000", email="zhang@example.com",
                            address="北京市朝阳区某某路 1 号"),
        lender=Lender(name="某某消费金融有限公司", email="support@lender.example", contract_number="JK20250312001"),
        request=Request(kind="stop", language="zh", checklist="zh-stop-collection", hardship="medical",
                        statement="本人于 2026 年 9 月确诊住院，至今仍在治疗，收入减少一半。"),
        plan=Plan(outstanding=Decimal("12000.00"), monthly_payment=Decimal("800.00"), first_payment=date(2027, 1, 15)),
        contacts=(Contact(at=datetime(2026, 11, 18, 15, 0), channel="phone", with_="客服 工号 1234",
                          summary="说明情况，客服让发邮件提交材料。"),),
        has_case_file=True,
    )
    miss = (Missing("bank-statements", "bank_statement", "银行流水未覆盖 2026-05-01 至 2026-10-31：请在银行 App 中下载",
                    detail=("2026-05-01/2026-10-31",)),
            Missing("medical-bills", "medical_bill", "请补充医疗票据")) if missing else ()
    report = Report(case=root.name, checklist="zh-stop-collection", as_of=AS_OF, language="zh", documents=tuple(docs),
                    missing=miss, errors=(), order=("income", "bank-statements", "medical-bills"))
    return Built(case, report, root)


def pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(path).pages]


def image_streams(path: Path) -> list[bytes]:
    """The raw bytes of every image XObject in the PDF (recursing into forms)."""
    from pypdf import PdfReader

    out: list[bytes] = []
    seen: set = set()

    def visit(res):
        if not res:
            return
        xo = res.get_object().get("/XObject")
        if not xo:
            return
        for ref in xo.get_object().values():
            if getattr(ref, "idnum", None) in seen:
                continue
            seen.add(getattr(ref, "idnum", None))
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                out.append(obj._data)
            elif obj.get("/Subtype") == "/Form":
                visit(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        visit(page.get("/Resources"))
    return out


def buffer_of(path: Path) -> io.BytesIO:
    return io.BytesIO(path.read_bytes())
