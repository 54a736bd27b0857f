"""The purpose line across a copy of an identity document: who it was given to, why and when.

A copy of an ID card or passport that carries "仅供向<lender>申请停催使用" / "Copy provided only to <lender>
for a hardship request, <date>" across the picture cannot be passed off for another purpose (opening an
account, a loan) without visibly defacing it — the practice Chinese public-security and banking guidance
recommends for every ID copy handed over ("复印件仅供……使用"). Which types carry it is data
(``purpose_line = true`` in ``checklists/types.toml``).
"""

from __future__ import annotations

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from packet.assembly.exhibits import fmt_date
from packet.assembly.fonts import FontSet
from packet.case.casefile import Case
from packet.rules.registry import load_types

COVER = 0.8  # the line spans this fraction of the page's diagonal
ALPHA = 0.55  # see-through, so the document stays legible under it
COLOUR = (0.72, 0.0, 0.0)


def needs_purpose_line(type_name: str) -> bool:
    """True when documents of ``type_name`` carry the purpose line (the registry's ``purpose_line``)."""
    t = load_types().get(type_name)
    return bool(t and t.purpose_line)


def purpose_text(case: Case, lang: str, when) -> str:
    """The line in the letter's language, naming the lender (or "the lender"), the request and the date."""
    lender = case.lender.name
    if lang == "zh":
        what = "停催" if case.request.kind == "stop" else "缓催"
        return f"仅供向{lender or '贷款机构'}申请{what}使用 {fmt_date(when, 'zh')}"
    return f"Copy provided only to {lender or 'the lender'} for a hardship request, {fmt_date(when, 'en')}"


def draw_purpose_line(canv, text: str, x: float, y: float, width: float, height: float, fonts: FontSet) -> None:
    """Write ``text`` diagonally across the rectangle (points, y up), bottom-left to top-right, twice the
    size that fits :data:`COVER` of the diagonal, in translucent red."""
    font = fonts.for_text(text)
    diagonal = math.hypot(width, height)
    natural = stringWidth(text, font, 10) or 1.0
    size = max(6.0, min(48.0, 10 * COVER * diagonal / natural))
    canv.saveState()
    canv.setFillColorRGB(*COLOUR, alpha=ALPHA)
    canv.setFont(font, size)
    canv.translate(x + width / 2, y + height / 2)
    canv.rotate(math.degrees(math.atan2(height, width)))
    canv.drawCentredString(0, -size / 3, text)
    canv.restoreState()
