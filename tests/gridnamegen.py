"""Pay slips of India's payroll systems that print the employee by one name in a form's grid (branch r17-enpay;
hold-out 12's Complitech payslip: "Name: | Krupa | Employee ID: | H-01"). Text PDFs drawn with reportlab; the words
are this file's own. ``make(seed, label_after=True)`` returns (pdf bytes, the name); without ``label_after`` the
cell after the name is a figure, not a label."""

from __future__ import annotations

import io
import random


def make(seed: int, label_after: bool = True) -> tuple[bytes, str]:
    from fixtures_reading import pdf_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(f"grid-{seed}")
    name = rng.choice(["Kavya", "Sushmita", "Ramesh", "Anand", "Lalitha"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(pdf_font(False), 11)
    w, h = A4
    c.drawCentredString(w / 2, h - 50, rng.choice(["VARDHAMAN SOFTLABS PRIVATE LIMITED", "SURYODAY INFOTECH PVT LTD"]))
    c.drawCentredString(w / 2, h - 80, "Payslip for the Month of September 2026")
    grid = [("Name:", name, "Staff Code:" if label_after else "2026", "VS-" + str(rng.randint(10, 99))),
            ("Designation:", "Accounts Assistant", "Mode of payment:", "Bank")]
    y = h - 120
    for row in grid:
        for x, cell in zip((60, 180, 320, 440), row, strict=True):
            c.drawString(x, y, cell)
        y -= 22
    basic, hra = rng.randint(90, 200) * 100, rng.randint(10, 40) * 100
    tax = rng.randint(1, 4) * 100
    for label, value in (("Basic", basic), ("HRA", hra), ("Total Earnings (Rs)", basic + hra),
                         ("Total Deductions (Rs)", tax), ("Net Pay for the Month:", basic + hra - tax)):
        c.drawString(60, y, label)
        c.drawRightString(300, y, f"{value}.00")
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue(), name
