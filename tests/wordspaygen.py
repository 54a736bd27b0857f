"""Pay slips that print the net paid only as a figure and in English words under it, as cheques do (branch r17-enpay;
hold-out 12's Zoonodle payslip photo, whose "Net Pay" cell OCR lost, kept "9500" over "Nine Thousand Five Hundred").
Drawn as text PDFs with reportlab; the number words are spelt by this file's own speller.

``make(seed)`` returns (pdf bytes, gross as "0.00", net as "0.00")."""

from __future__ import annotations

import io
import random

_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def spell(n: int) -> str:
    """``n`` (1..999,999) in English words, British style ("One Thousand Two Hundred and Five")."""
    def under_thousand(x: int) -> list[str]:
        out = []
        if x >= 100:
            out += [_ONES[x // 100], "Hundred"]
            x %= 100
            if x:
                out.append("and")
        if x >= 20:
            out.append(_TENS[x // 10] + (f"-{_ONES[x % 10]}" if x % 10 else ""))
        elif x:
            out.append(_ONES[x])
        return out
    words = []
    if n >= 1000:
        words += under_thousand(n // 1000) + ["Thousand"]
    words += under_thousand(n % 1000)
    return " ".join(words)


def make(seed: int) -> tuple[bytes, str, str]:
    from fixtures_reading import pdf_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(f"words-{seed}")
    basic, extra = rng.randint(30, 90) * 100, rng.randint(2, 20) * 50
    gross = basic + extra
    taken = [rng.randint(2, 9) * 50, rng.randint(1, 6) * 25]
    net = gross - sum(taken)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(pdf_font(False), 11)
    w, h = A4
    c.drawCentredString(w / 2, h - 60, "Salary Slip")
    c.drawCentredString(w / 2, h - 78, rng.choice(["Brightwater Logistics Pvt Ltd", "Nilgiri Textiles Pvt Ltd"]))
    c.drawString(60, h - 110, f"Pay Period : {rng.choice(['March', 'July', 'October'])} 2026")
    c.drawString(320, h - 110, f"Employee Name : {rng.choice(['Anjali Menon', 'Ravi Kulkarni', 'Deepa Iyer'])}")
    rows = [("Basic Pay", basic, "Provident Fund", taken[0]), ("Conveyance", extra, "Professional Tax", taken[1])]
    y = h - 150
    for a, av, b, bv in rows:
        c.drawString(60, y, a)
        c.drawRightString(260, y, str(av))
        c.drawString(320, y, b)
        c.drawRightString(520, y, str(bv))
        y -= 18
    c.drawString(60, y, "Total Earnings")
    c.drawRightString(260, y, str(gross))
    y -= 50
    c.drawCentredString(w / 2, y, str(net))
    c.drawCentredString(w / 2, y - 16, spell(net) + " Only")
    c.showPage()
    c.save()
    return buf.getvalue(), f"{gross}.00", f"{net}.00"
