"""Document types by structure and by what the document is about (issue 10, round 5).

- An identity document is a card or a passport page by its layout (few lines, card labels or a machine-readable
  zone), never a credit report, a contract or a reference that quotes an ID number among many lines.
- An itemised list of charges under a medical context is a medical bill, total printed or not: rows whose quantity
  times unit price is their amount (whatever columns stand after them), or a money column of marked amounts.
- Benefit statements and determinations are proof of unemployment; a tax form reporting unemployment
  compensation is other.
- Employment verification letters are proof of income.
- Payslips in German words are payslips; a German invoice (Netto, Brutto, MwSt) stays other.

Every input is drawn here, in names, words, figures and layouts of our own (none is a corpus document's): real
PDFs made with reportlab, and a scanned page made with Pillow, read through the real reading stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import _canvas, pdf_font
from fixtures_reading import read_documents as _read
from PIL import Image, ImageDraw, ImageFont

from packet.understanding.classify import card_layout, classify_one
from packet.understanding.extract import extract

A4 = (595.0, 842.0)
Row = str | list[tuple[float, str]]  # a line of text at the left margin, or cells at x positions (points)


def _pdf(path: Path, rows: list[Row], *, cjk: bool, title: str = "", size: float = 10) -> Path:
    """A one-page born-digital document: an optional centred ``title`` at 18 points, then ``rows`` at ``size``
    points, 16 points apart; a row is a line at the left margin or a list of (x in points, text) cells."""
    font = pdf_font(cjk)
    c = _canvas(path, A4)
    w, h = A4
    y = h - 70
    if title:
        c.setFont(font, 18)
        c.drawCentredString(w / 2, y, title)
        y -= 36
    c.setFont(font, size)
    for row in rows:
        for x, text in ([(50.0, row)] if isinstance(row, str) else row):
            c.drawString(x, y, text)
        y -= 16
    c.showPage()
    c.save()
    return path


def _type(tmp_path: Path, name: str, rows: list[Row], lang: str, title: str = "") -> str:
    folder = tmp_path / name
    folder.mkdir()
    _pdf(folder / f"{name}.pdf", rows, cjk=lang == "zh", title=title)
    [doc] = _read(folder, lang)
    return classify_one(doc).type


# --- 1. identity documents by layout ----------------------------------------------------------------------------

def test_a_tenancy_reference_that_quotes_passport_details_is_no_identity_document(tmp_path: Path) -> None:
    """A letting agent's reference check: it prints the applicant's passport number, nationality and date of birth
    (an identity document's words) among many lines of other matters."""
    rows = ["Harbourside Lettings - Applicant Reference Check", "Applicant: Priya Ramaswamy",
            "Passport number: 531928476   Nationality: Indian", "Date of birth: 14 February 1991",
            "Identity card seen: no   Place of birth: Chennai", "Current address: 22 Marlow Court, Bristol BS3 4QT",
            "Previous landlord: Greystone Homes", "Tenancy start requested: 1 December 2026",
            "Monthly rent: 1,150.00", "Deposit: 1,326.92", "Guarantor required: no",
            *[f"Check {k}: completed on {k + 3} November 2026 by the lettings team" for k in range(1, 15)],
            "Signed for Harbourside Lettings, 20 November 2026"]
    assert _type(tmp_path, "reference", rows, "en") == "other"


def test_a_chinese_repayment_plan_that_quotes_the_borrower_id_card_is_no_identity_document(tmp_path: Path) -> None:
    rows = ["借款人：郑思远    证件类型：居民身份证    公民身份号码：3301**********5517",
            "性别：男    出生：1987年9月    住址：浙江省杭州市西湖区文三路***号", "贷款机构：钱塘小额贷款有限公司",
            "签发机关：杭州市公安局西湖分局    有效期限：2018.03.02-2038.03.02",
            *[f"第{k}期  2026年{k % 12 + 1}月5日  应还本息 2,318.{k:02d} 元  状态 正常" for k in range(1, 22)],
            "本计划表由贷款机构系统生成"]
    assert _type(tmp_path, "plan", rows, "zh", title="个人贷款还款计划表") == "other"


def test_a_card_layout_stays_an_identity_document(tmp_path: Path) -> None:
    """A residence card without any title: a few lines of card labels and a machine-readable zone."""
    rows = ["Surname  NAKAMURA", "Given names  HARUKI", "Nationality  JAPANESE", "Date of birth  03 MAR 1985",
            "Date of expiry  30 JUN 2030", "IDGBRRX48213370<<<<<<<<<<<<<<<", "NAKAMURA<<HARUKI<<<<<<<<<<<<<<<"]
    assert _type(tmp_path, "card", rows, "en") == "id_document"


def test_card_layout_needs_few_lines_and_card_evidence() -> None:
    """The mechanism alone: labels or an MRZ on a page of few lines; the same labels among many lines are none."""
    from packet.core.model import Page, Word
    from packet.understanding.label_geometry import doc_lines

    def page(lines: list[str]) -> Page:
        words = [Word(t, (0.1 + 0.1 * k, 0.02 + 0.03 * i, 0.18 + 0.1 * k, 0.04 + 0.03 * i), line=i)
                 for i, ln in enumerate(lines) for k, t in enumerate(ln.split())]
        return Page(number=1, width=595.0, height=842.0, source="text", text="\n".join(lines), words=tuple(words))

    labels = ["nationality", "date of expiry", "passport number", "居民身份证", "签发机关"]
    mrz = ["^[A-Z0-9<]{2,}[A-Z]<<[A-Z<]{3,}"]
    for lines, want in [(["Nationality: FRENCH", "Date of expiry: 2031"], True),
                        (["P<FRADUPONT<<CLAIRE<<<<<<<<"], True),
                        (["Nationality: FRENCH", *[f"row {k} of a report" for k in range(30)], "Date of expiry"], False),
                        (["Nationality: FRENCH", "Some other line"], False),
                        # labels on one line of a letter count once; a card's heading and a label are two lines
                        (["Passport number: 12AB34567 Nationality: FRENCH", "Some other line"], False),
                        (["中华人民共和国", "居民身份证", "签发机关 某市公安局"], True),
                        # a photo's background read as specks: lines without a word do not make the page long
                        (["Nationality: FRENCH", *["~ ; ." for _ in range(30)], "Date of expiry"], True)]:
        ls = doc_lines([page(lines)])
        assert card_layout(ls, [ln.text.lower() for ln in ls], labels, mrz) is want, lines


# --- 2. itemised charges are a medical bill by structure ---------------------------------------------------------

ZH_ITEMS = [("头孢克肟分散片", "盒", 3, "26.40", "自费"), ("血脂四项", "项", 1, "48.00", "甲类"),
            ("静脉采血", "次", 2, "6.50", "甲类"), ("彩超检查", "次", 1, "160.00", "乙类"),
            ("换药", "次", 4, "18.75", "乙类"), ("留观床位", "日", 2, "35.00", "甲类")]


def _zh_item_rows() -> list[Row]:
    head: Row = [(50, "项目"), (190, "单位"), (240, "数量"), (290, "单价"), (350, "金额"), (420, "医保类别")]
    rows: list[Row] = [head]
    for name, unit, qty, price, cls in ZH_ITEMS:
        amount = f"{int(qty) * float(price):.2f}"
        rows.append([(50, name), (190, unit), (240, str(qty)), (290, price), (350, amount), (420, cls)])
    return rows


def test_priced_item_rows_under_a_clinic_heading_are_a_medical_bill_without_a_printed_total(tmp_path: Path) -> None:
    """Rows whose quantity times unit price is their amount, each ending in an insurance class (no amount at the
    line's end), and no total printed: a medical bill; its total, not printed, is not invented."""
    rows = ["就诊人：林晓彤    门诊号：MZ88213    科室：全科", "就诊日期：2026-11-03", *_zh_item_rows(),
            "本清单仅供患者核对，以收费票据为准"]
    folder = tmp_path / "bill"
    folder.mkdir()
    _pdf(folder / "bill.pdf", rows, cjk=True, title="滨江区社区卫生服务中心门诊费用明细")
    [doc] = _read(folder, "zh")
    c = classify_one(doc)
    assert c.type == "medical_bill"
    e = extract(c, "zh")
    total = e.fields.get("total")
    assert total is None or total.confidence < 0.9  # a total nobody printed is never sure


def test_the_same_priced_rows_in_a_shop_order_stay_other(tmp_path: Path) -> None:
    rows = ["订单号：DD20261103-7781    收货人：林晓彤", *_zh_item_rows(), "感谢惠顾，欢迎再次光临"]
    assert _type(tmp_path, "order", rows, "zh", title="五金建材商行销售单") == "other"


def test_a_scanned_priced_list_is_a_medical_bill(tmp_path: Path) -> None:
    """The same kind read by OCR: a grey scan of an English clinic's itemised list whose rows end in a code."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
    img = Image.new("L", (1240, 900), 250)
    d = ImageDraw.Draw(img)
    d.text((330, 40), "Riverbend Family Clinic", font=ImageFont.truetype(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34), fill=20)
    d.text((60, 120), "Patient: Oliver Brennan     Visit date: 11/04/2026", font=font, fill=20)
    for x, t in [(60, "Item"), (560, "Qty"), (680, "Unit"), (840, "Line"), (1000, "Code")]:
        d.text((x, 190), t, font=font, fill=20)
    items = [("Wound dressing kit", 3, "14.20", "D11"), ("Tetanus booster", 1, "38.50", "V02"),
             ("Suture removal", 2, "22.75", "P40"), ("Antibiotic ointment", 2, "9.60", "M18")]
    for i, (name, qty, price, code) in enumerate(items):
        y = 240 + 50 * i
        amount = f"{qty * float(price):.2f}"
        for x, t in [(60, name), (560, str(qty)), (680, price), (840, amount), (1000, code)]:
            d.text((x, y), t, font=font, fill=20)
    (tmp_path / "scan").mkdir()
    img.save(tmp_path / "scan" / "clinic.png", dpi=(150, 150))
    [doc] = _read(tmp_path / "scan", "en")
    assert classify_one(doc).type == "medical_bill"


VISIT = ["Patient: Amara Osei", "Visit date: 2026-10-21", "Attending: Dr. Lindqvist", "",
         [(50, "Service provided"), (330, "Fee")], [(50, "Vision screening"), (330, "$65")],
         [(50, "Allergy panel"), (330, "$140")], [(50, "Nurse consultation"), (330, "$45")]]


@pytest.mark.parametrize(("extra", "total"), [([], "250.00"), (["Paid today by card: $100.00"], None)],
                         ids=["only-the-items", "a-payment-too"])
def test_a_cost_column_of_marked_amounts_is_a_medical_bill(tmp_path: Path, extra: list[str],
                                                           total: str | None) -> None:
    """A clinic's visit sheet: a "Fee" column of whole dollar amounts, no quantities, no total printed. Its total
    is the sum of the column when those are all the amounts it prints, shown for the user to confirm (below 0.6);
    with a payment printed too, the sum may not be what was charged: no total rather than a wrong one."""
    folder = tmp_path / "visit"
    folder.mkdir()
    _pdf(folder / "visit.pdf", VISIT + extra, cjk=False, title="Maple Street Medical Clinic")
    [doc] = _read(folder, "en")
    c = classify_one(doc)
    assert c.type == "medical_bill"
    e = extract(c, "en")
    assert e.fields["total"] == total
    if total is not None:
        assert e.evidence["total"].confidence < 0.6


def test_a_fee_column_outside_medicine_stays_other(tmp_path: Path) -> None:
    rows = ["Member: Amara Osei", "Date: 2026-10-21", "",
            [(50, "Service provided"), (330, "Fee")], [(50, "Locker rental"), (330, "$15")],
            [(50, "Personal training"), (330, "$60")], [(50, "Towel service"), (330, "$5")]]
    assert _type(tmp_path, "gym", rows, "en", title="Northside Fitness Club") == "other"


# --- 3. benefit statements and determinations; tax forms ---------------------------------------------------------

def test_a_benefit_determination_is_proof_of_unemployment(tmp_path: Path) -> None:
    rows = ["Claimant: Rosa Delgado", "Claim effective date: 09/14/2026", "Benefit year ending: 09/13/2027",
            "Base period wages: $31,480.00", "Weekly benefit amount: $412.00", "Maximum benefit amount: $10,712.00",
            "You must request payment every two weeks and remain able and available for work.",
            "Issued by the Office of Workforce Benefits, 09/20/2026"]
    assert _type(tmp_path, "ui", rows, "en", title="Monetary Determination") == "unemployment_proof"


def test_a_chinese_unemployment_benefit_notice_is_proof_of_unemployment(tmp_path: Path) -> None:
    rows = ["申领人：欧阳慧    社会保障号码：4403**********2846", "核定领取期限：12个月（2026年10月至2027年9月）",
            "月发放标准：1,980.00元", "发放方式：按月发放至本人社保卡金融账户", "深圳市南山区就业服务中心",
            "2026年10月15日"]
    assert _type(tmp_path, "notice", rows, "zh", title="失业保险金核定通知书") == "unemployment_proof"


def test_a_tax_form_reporting_unemployment_compensation_stays_other(tmp_path: Path) -> None:
    rows = ["PAYER: STATE OF OREGON EMPLOYMENT DEPARTMENT     Form 1099-G", "Certain Government Payments   Tax year 2025",
            "RECIPIENT: LENA FITZGERALD, 77 ALDER ST, EUGENE OR 97401", "1 Unemployment compensation  $6,230.00",
            "4 Federal income tax withheld  $623.00", "Copy B for the recipient: keep for your tax records."]
    assert _type(tmp_path, "tax", rows, "en") == "other"


# --- 4. verification letters -------------------------------------------------------------------------------------

def test_an_employment_verification_letter_is_proof_of_income(tmp_path: Path) -> None:
    rows = ["Bluewater Logistics Inc.", "88 Harbor Drive, Tacoma, WA 98402", "November 12, 2026", "",
            "To whom it may concern,", "Re: Verification of employment - Marcus Lindgren",
            "We confirm that Marcus Lindgren is currently employed by Bluewater Logistics Inc. as a",
            "warehouse supervisor, full time, since June 2, 2021. His annual base salary is $58,800.00,",
            "paid twice a month.", "Sincerely,", "Keisha Monroe, Payroll Manager"]
    assert _type(tmp_path, "voe", rows, "en") == "income_proof"


def test_a_tenant_reference_letter_stays_other(tmp_path: Path) -> None:
    rows = ["Oakridge Property Management", "November 12, 2026", "To whom it may concern,",
            "Re: Tenant reference - Marcus Lindgren",
            "Marcus Lindgren rented 14 Cedar Lane from us from 2021 to 2026 and always paid his rent on time.",
            "We would rent to him again.", "Sincerely,", "Dana Whitfield, Property Manager"]
    assert _type(tmp_path, "ref", rows, "en") == "other"


# --- 5. German payslips ------------------------------------------------------------------------------------------

def test_a_german_payslip_is_a_payslip_and_a_german_invoice_stays_other(tmp_path: Path) -> None:
    slip = ["Muster Werkzeugbau GmbH", "Abrechnungsmonat: Oktober 2026", "Mitarbeiter: Jonas Albrecht",
            [(50, "Bezeichnung"), (300, "Betrag")], [(50, "Gesamtbrutto"), (300, "4.120,00 EUR")],
            [(50, "Lohnsteuer"), (300, "612,33 EUR")], [(50, "Rentenversicherung"), (300, "383,16 EUR")],
            [(50, "Krankenversicherung"), (300, "335,78 EUR")], [(50, "Auszahlungsbetrag"), (300, "2.788,73 EUR")]]
    assert _type(tmp_path, "slip", slip, "en", title="Entgeltabrechnung") == "payslip"
    invoice = ["Elektro Hansen KG", "Rechnungsnummer: 2026-1187", "Kunde: Jonas Albrecht",
               [(50, "Leistung"), (300, "Betrag")], [(50, "Austausch Sicherungskasten"), (300, "480,00 EUR")],
               [(50, "Netto"), (300, "480,00 EUR")], [(50, "MwSt 19 %"), (300, "91,20 EUR")],
               [(50, "Brutto"), (300, "571,20 EUR")]]
    assert _type(tmp_path, "invoice", invoice, "en", title="Rechnung") == "other"


@pytest.mark.parametrize("kind", ["reference", "plan"])
def test_quoting_documents_words_are_data(kind: str) -> None:
    """The negatives that keep quoting documents from being identity documents live in types.toml."""
    from packet.rules.registry import load_types

    neg = load_types()["id_document"].negative
    assert ("credit report" in neg and "loan agreement" in neg) if kind == "reference" else ("借款合同" in neg)
