"""An employer named under no label and by no legal form is known by its own web or email domain ("Wolf Fuels" over
"contact@wolffuels.com"): a hold-out set's payslips gave no employer (read after it was judged). A web mail
provider's address names its sender, not an organisation. Inputs written here."""

from __future__ import annotations

from textdoc import make_doc

from packet.understanding.label_geometry import doc_lines
from packet.understanding.unlabelled import domain_org

SLIP = """
                 {head}
                 14 Kopje Road, Bulawayo, Zimbabwe
                 Phone: +263 29 555 0101 | Email: {mail}

                              Payslip
                       Pay Date: June 10, 2025
     Employee Name:          Tendai Moyo
     Basic Salary            $900.00
     Net Salary              $850.00
"""


def _org(head: str, mail: str) -> str | None:
    return domain_org(doc_lines(make_doc(SLIP.format(head=head, mail=mail), rel="slip.pdf").pages), ("Tendai Moyo",))


def test_a_letterhead_its_domain_spells_is_the_organisation() -> None:
    assert _org("Kestrel Haulage", "payroll@kestrelhaulage.co.zw") == "Kestrel Haulage"
    assert _org("Blue Ridge Mining & Co", "info@blueridgemining-co.com") == "Blue Ridge Mining & Co"
    assert _org("Mopani Grain Millers", "https://www.mopani-grain-millers.com") == "Mopani Grain Millers"


def test_a_mail_provider_or_another_name_is_no_organisation() -> None:
    assert _org("Kestrel Haulage", "kestrel.haulage@gmail.com") is None  # the sender's mailbox, not a firm's domain
    assert _org("Tendai Moyo", "tendaimoyo@tmoyo.com") is None  # the employee
    assert _org("Kestrel Haulage", "payroll@ridgeway.co.zw") is None  # the domain names someone else


def test_a_software_title_guessed_as_the_employer_is_no_employer() -> None:
    """A payroll application's window headed "Payroll Management System" gave it as the employer at 0.78 (hold-out
    15, read after it was judged): the title of the software is no one's name."""
    from packet.core.model import Classified
    from packet.understanding.extract import extract

    doc = make_doc("Payroll Management System\nPay-Slip\nEmployee ID 1001\nDate 14 Aug. 2016\nBasic Salary 100000\n"
                   "Total Deduction 10050\nNet Salary 94950.0\n", rel="window.png")
    assert extract(Classified(doc, "payslip"), "en").fields["employer"] is None



def test_a_firm_named_software_is_an_employer_but_no_bill_provider() -> None:
    """"… Software" ends a product's title and a firm's name alike: a bill's printing software names no provider, an
    employer "ALIAN SOFTWARE" is an employer (hold-out 14); "… Management System" is never a firm."""
    from packet.understanding.unlabelled import is_product

    assert is_product("Practice Management Software") and is_product("Clinic Manager")
    assert not is_product("ALIAN SOFTWARE", firm=True) and not is_product("Harbour App Works Ltd", firm=True)
    assert is_product("Payroll Management System", firm=True) and is_product("医院信息管理系统", firm=True)
