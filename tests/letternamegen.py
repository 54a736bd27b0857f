"""Letters and certificates that name their person the way southern African and island employers print them (branch
r17-enpay; independent set 12's Eswatini salary certificate and Seychelles termination notice): a two-column table
whose name row is labelled "Full names", and a letter addressed to a titled name over a village's address, greeted
by the surname ("Dear Ms. Okonkwo-Baptiste,"). Text PDFs drawn with reportlab; the words are this file's own.

``salary_certificate(seed)``, ``termination_letter(seed, greeted=True)`` return (pdf bytes, the person's name)."""

from __future__ import annotations

import io
import random

_GIVEN = ["Thandeka Nomsa", "Lwazi Bheki", "Marie-Claire", "Kofi Agyeman", "Rosalind Ines"]
_FAMILY = ["Mabuza-Shongwe", "Okonkwo-Baptiste", "Fernand-Albert", "Zwane", "Hlophe-Gama"]
_FIRMS = ["Lowveld Sugar Estates (Pty) Ltd", "Manzini Timber Works (Pty) Ltd", "Baie Lazare Beach Hotel"]
_PLACES = ["Baie Lazare", "Mahe", "Siteki", "Lubuli"]


def _pdf(rows: list[tuple[str, str]]) -> bytes:
    from fixtures_reading import pdf_font
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(pdf_font(False), 11)
    y = A4[1] - 60
    for left, right in rows:
        c.drawString(60, y, left)
        if right:
            c.drawString(240, y, right)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def salary_certificate(seed: int) -> tuple[bytes, str]:
    rng = random.Random(f"cert-{seed}")
    name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    firm = rng.choice(_FIRMS[:2])
    basic = rng.randint(6000, 15000)
    rows = [(firm.upper(), ""), ("P.O. Box 411, Siteki, Eswatini", ""), ("12 October 2026", ""),
            ("TO WHOM IT MAY CONCERN", ""), ("CONFIRMATION OF EARNINGS", ""),
            ("We confirm that the employee below has been on our staff since 2019.", ""),
            ("Full names", name), ("ID number", f"{rng.randint(10**12, 10**13 - 1)}"), ("Occupation", "Clerk"),
            ("Basic salary per month", f"E {basic:,}.00"), ("Gross monthly salary", f"E {basic + 900:,}.00"),
            ("Yours faithfully,", ""), ("P. Dube", ""), ("Human Resources", "")]
    return _pdf(rows), name


def termination_letter(seed: int, greeted: bool = True) -> tuple[bytes, str]:
    rng = random.Random(f"term-{seed}")
    given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
    title = rng.choice(["Mr.", "Ms.", "Mrs"])
    name = f"{given} {family}"
    firm = _FIRMS[2]
    rows = [(firm.upper(), ""), ("Baie Lazare, Mahe, Seychelles", ""), ("Ref: HR/2026/88      5 October 2026", ""),
            (f"{title} {name}", ""), (rng.choice(_PLACES), ""), (rng.choice(_PLACES), ""),
            ("END OF EMPLOYMENT", ""),
            (f"Dear {title} {family}," if greeted else "Dear Sir or Madam,", ""),
            ("We write to confirm that your contract of employment ends on 31 October 2026", ""),
            ("as your position has been made redundant.", ""),
            ("Yours sincerely,", ""), ("A. Pillay", ""), ("Personnel Officer", "")]
    return _pdf(rows), name
