"""Documents whose figures work out like pay and are no pay (branch r17-enpay; independent set 12's typed policy
renewal notice was read as a payslip): amounts that add up to a total, less a discount, a share another pays or a
credit, leaving what is due — a health policy's premiums less the employer's share, an invoice less a discount, a
school's fees less a bursary, a water bill less a credit, a property fee notice less a waiver (Chinese). Each is drawn
as a text PDF with reportlab; the words are this file's own (none of them is in packet's vocabulary of pay), and a
pay slip of the same arithmetic with its earnings named as pay is the control.

``make(kind, seed)`` returns the PDF's bytes; ``KINDS`` the look-alikes, ``PAY_KINDS`` the controls."""

from __future__ import annotations

import io
import random
from decimal import Decimal

KINDS = ("policy_renewal", "discount_invoice", "school_fees", "water_credit", "zh_property_fee", "zh_tuition")
PAY_KINDS = ("wage_slip", "zh_wage_sheet")

_PEOPLE = ["Orla Fitzmaurice", "Teodor Vasquez-Lind", "Ama Owusu-Bekoe", "Rhys Penhaligon", "Mei-Lin Carrow"]
_ZH_PEOPLE = ["岑秋菊", "鄢国栋", "糜小燕", "卞志远"]


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


def _m(v: Decimal) -> str:
    return f"{v:,.2f}"


def _rows(rng: random.Random, n: int, lo: int, hi: int) -> list[Decimal]:
    return [_cents(rng, lo, hi) for _ in range(n)]


def _draw(lines: list[tuple[str, str]], cjk: bool = False) -> bytes:
    """A page of (label, amount) rows: the label at the left, the amount right-aligned at a column (or a line of
    words alone when the amount is empty)."""
    from fixtures_reading import pdf_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    font = pdf_font(cjk)
    y = A4[1] - 60
    for label, amount in lines:
        c.setFont(font, 11)
        c.drawString(60, y, label)
        if amount:
            c.drawRightString(500, y, amount)
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


def _less(rng: random.Random, parts: list[Decimal], share: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    total = sum(parts, Decimal(0))
    off = (total * share).quantize(Decimal("0.01"))
    return total, off, total - off


def policy_renewal(rng: random.Random) -> bytes:
    who = rng.sample(_PEOPLE, 3)
    prem = _rows(rng, 3, 90, 320)
    total, off, due = _less(rng, prem, Decimal(rng.choice(["0.5", "0.4", "0.6"])))
    rows = [("Harbourline Mutual Assurance", ""), ("Premium Review Letter", ""), ("Dated 14 October 2026", ""),
            (f"Policy owner: {who[0]}", ""), ("Insured member   Cover level   Premium each month", "")]
    rows += [(f"{w}   {c}", _m(p)) for w, c, p in zip(who, ["Principal", "Partner", "Dependant"], prem, strict=False)]
    rows += [("Combined premium", _m(total)), ("Contribution met by your company", _m(off)),
             ("Collected from your account each month", _m(due)), ("Cover continues from 1 January 2027.", "")]
    return _draw(rows)


def discount_invoice(rng: random.Random) -> bytes:
    items = _rows(rng, rng.randint(2, 4), 40, 400)
    total, off, due = _less(rng, items, Decimal("0.1"))
    rows = [("Kestrel Office Supplies", ""), ("INVOICE 40219", ""), ("Invoice date 03/11/2026", ""),
            ("Bill to: Larchfield Dental Practice", "")]
    rows += [(f"{d}", _m(v)) for d, v in zip(["Toner cartridges", "Archive boxes", "Desk lamps", "Printer paper"], items, strict=False)]
    rows += [("Subtotal", _m(total)), ("Loyalty discount 10%", _m(off)), ("Balance to settle", _m(due))]
    return _draw(rows)


def school_fees(rng: random.Random) -> bytes:
    fees = _rows(rng, 3, 60, 900)
    total, off, due = _less(rng, fees, Decimal("0.25"))
    rows = [("St Brendan's Community School", ""), ("Fee Statement, Spring Term", ""), ("Issued 5 January 2026", ""),
            (f"Pupil: {rng.choice(_PEOPLE)}", "")]
    rows += [(d, _m(v)) for d, v in zip(["Tuition", "Meals", "Bus service"], fees, strict=False)]
    rows += [("Term total", _m(total)), ("Sibling bursary", _m(off)), ("Remaining to be settled", _m(due))]
    return _draw(rows)


def water_credit(rng: random.Random) -> bytes:
    parts = _rows(rng, 3, 15, 120)
    total, off, due = _less(rng, parts, Decimal("0.2"))
    rows = [("Tamar Valley Water", ""), ("Your water account", ""), ("Billing from 1 Sep 2026 to 30 Sep 2026", ""),
            (f"Account holder: {rng.choice(_PEOPLE)}", "")]
    rows += [(d, _m(v)) for d, v in zip(["Water supply", "Sewerage", "Standing charge"], parts, strict=False)]
    rows += [("Charges this period", _m(total)), ("Leak allowance credit", _m(off)), ("Now due", _m(due))]
    return _draw(rows)


def zh_property_fee(rng: random.Random) -> bytes:
    parts = _rows(rng, 3, 50, 600)
    total, off, due = _less(rng, parts, Decimal("0.1"))
    rows = [("锦江花园物业服务中心", ""), ("缴费通知单", ""), ("通知日期 2026年10月8日", ""),
            (f"业主 {rng.choice(_ZH_PEOPLE)}  3栋1202室", "")]
    rows += [(d, _m(v)) for d, v in zip(["物业服务费", "公共能耗分摊", "车位管理费"], parts, strict=False)]
    rows += [("合计应缴", _m(total)), ("老业主减免", _m(off)), ("本期实缴", _m(due))]
    return _draw(rows, cjk=True)


def zh_tuition(rng: random.Random) -> bytes:
    parts = _rows(rng, 3, 300, 3000)
    total, off, due = _less(rng, parts, Decimal("0.3"))
    rows = [("江城职业技术学院财务处", ""), ("学年缴费明细", ""), ("2026年9月1日", ""),
            (f"学生 {rng.choice(_ZH_PEOPLE)}", "")]
    rows += [(d, _m(v)) for d, v in zip(["学费", "住宿费", "教材费"], parts, strict=False)]
    rows += [("费用合计", _m(total)), ("国家助学金抵扣", _m(off)), ("尚需缴纳", _m(due))]
    return _draw(rows, cjk=True)


def wage_slip(rng: random.Random) -> bytes:
    """The control: the same arithmetic whose earnings are named as pay."""
    parts = _rows(rng, 3, 200, 2000)
    total, off, due = _less(rng, parts, Decimal("0.15"))
    rows = [("Pellow & Sons Joinery", ""), ("Weekly statement", ""), ("Week ended 16 October 2026", ""),
            (f"{rng.choice(_PEOPLE)}", "")]
    rows += [(d, _m(v)) for d, v in zip(["Basic wage", "Overtime", "Tool allowance"], parts, strict=False)]
    rows += [("Total", _m(total)), ("Income tax", _m(off)), ("Transferred", _m(due))]
    return _draw(rows)


def zh_wage_sheet(rng: random.Random) -> bytes:
    parts = _rows(rng, 3, 800, 5000)
    total, off, due = _less(rng, parts, Decimal("0.12"))
    rows = [("顺德联华五金制品厂", ""), ("2026年9月", ""), (f"{rng.choice(_ZH_PEOPLE)}", ""), ("车间 二组", "")]
    rows += [(d, _m(v)) for d, v in zip(["计件工资", "加班工资", "全勤奖"], parts, strict=False)]
    rows += [("合计", _m(total)), ("代扣社保", _m(off)), ("转卡", _m(due))]
    return _draw(rows, cjk=True)


def make(kind: str, seed: int) -> bytes:
    """The PDF of ``kind`` (one of ``KINDS`` or ``PAY_KINDS``) drawn with ``seed``'s figures."""
    return globals()[kind](random.Random(f"{kind}-{seed}"))
