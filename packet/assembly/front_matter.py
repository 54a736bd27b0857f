"""The packet's front matter: what the generated pages say (:class:`Front`) and, once laid out, the
rendered pages with the page numbers they agree with (:class:`Laid`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from packet.assembly.exhibits import Exhibit, Layout
from packet.assembly.fonts import FontSet
from packet.assembly.page_frame import Band
from packet.case.casefile import Case
from packet.case.repayment_plan import Schedule


@dataclass(frozen=True)
class Front:
    """Everything the generated pages say, in one place."""

    case: Case
    as_of: date
    lang: str
    fonts: FontSet
    paper: tuple[float, float]
    exhibits: tuple[Exhibit, ...]
    schedule: Schedule | None
    still_to_follow: tuple[str, ...] = ()  # what is missing when built with --force
    currency: str | None = None  # ISO 4217 code the amounts are in (Report.currency)
    # the applicant lives on a pension or a benefit (packet.rules.readiness.benefit_income) and the checklist's
    # payslips are missing: the letter says there are no wages instead of promising payslips
    no_wages: bool = False
    # the statement says there is no income now (packet.rules.readiness.no_income): with no_wages, the letter says the
    # months asked for have no income, rather than that the person lives on a pension or a benefit
    no_income: bool = False

    def money(self, value) -> str:
        """An amount with the case's currency, in the letter's language: "£4,200.00" / "4,200.00 元"."""
        from packet.core.money import format_money

        return format_money(value, self.currency, self.lang)

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def request_title(self) -> str:
        if self.zh:
            return "停催申请书" if self.case.request.kind == "stop" else "缓催申请书"
        return "Request to pause collection" if self.case.request.kind == "stop" else "Request to reduce collection contact"


@dataclass
class Laid:
    """The laid-out packet: page numbers, and the rendered generated pages that match them."""

    front: Front
    layout: Layout
    band: Band
    letter: bytes
    index: bytes
    index_spots: list
    contacts: bytes | None
    signature_page: int | None = None  # the packet page the letter's signature line stands on (from the rendering)
