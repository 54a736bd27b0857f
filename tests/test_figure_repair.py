"""Figures that check each other (r18): an OCR'd amount one misread away from what two relations of its page's
figures make is put right, unsure; a net its label gave that the page's arithmetic contradicts is taken as the
figure the arithmetic names, or doubted; a round figure is no account number.

The pages are drawn here (:mod:`photo_forms` drawing, real Tesseract on the images, real PDFs), wording and layout
written for these tests from how payslips print their figures, not from the extractor's vocabulary. Where a page
must hold a damaged figure, the sheet prints the figure as the development sets' photos were read (independent 13's
"6,080" for 6,080.10 under earnings adding to 6,080.10): OCR then reads that damage faithfully, every time.

Measured at main 515701c, before this work: the gross kept as "6080.00" (0.65), the net 571.63 (the deductions'
total) at 0.86, accounts "1000" (0.86), a period from "06/11/2026" at 0.86."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from fixtures_reading import read_documents
from photo_forms import Sheet, write

from packet.understanding import figures
from packet.understanding.extract import p_account, read_fields_evidence

D = Decimal


def _slip(gross_printed: str, earnings: list[tuple[str, str]], deductions: list[tuple[str, str]],
          deduction_total: str, net: str) -> Sheet:
    """A one-column payslip: earnings, their total as ``gross_printed``, deductions, their total, the net."""
    s = Sheet("repair", "en")
    s.text(60, 60, "HARBOURVIEW MARINE SERVICES PTY", size=13)
    s.text(60, 84, "Employee payslip for the month of October 2026", size=10)
    s.text(60, 110, "Employee: Marguerite Oyelaran", size=10)
    y = 150
    s.text(60, y, "EARNINGS", size=10)
    for name, amount in earnings:
        y += 22
        s.text(80, y, name, size=10)
        s.text(420, y, amount, size=10, align="right")
    y += 26
    s.text(60, y, "Gross earnings", size=10)
    s.text(420, y, gross_printed, size=10, align="right")
    y += 34
    s.text(60, y, "DEDUCTIONS", size=10)
    for name, amount in deductions:
        y += 22
        s.text(80, y, name, size=10)
        s.text(420, y, amount, size=10, align="right")
    y += 26
    s.text(60, y, "Total deductions", size=10)
    s.text(420, y, deduction_total, size=10, align="right")
    y += 30
    s.text(60, y, "Net pay", size=11)
    s.text(420, y, net, size=11, align="right")
    return s


EARN = [("Base wage", "3,260.00"), ("Performance pay", "1,487.50"), ("Skills allowance", "300.00"),
        ("Night shift loading", "264.00"), ("Travel allowance", "150.00"), ("Overtime", "618.60")]  # 6,080.10
DEDUCT = [("Superannuation", "425.68"), ("Health levy", "106.42"), ("Union dues", "32.60"),
          ("Income tax", "600.00")]  # 1,164.70


def _read_image(tmp_path: Path, sheet: Sheet, form: str = "scan"):
    write(sheet, form, tmp_path / "en", "slip", seed=2)
    doc, = read_documents(tmp_path / "en", "en")
    return read_fields_evidence("payslip", doc.pages, "en"), doc.pages


def test_a_gross_read_without_its_cents_is_what_the_earnings_and_the_net_with_deductions_make(tmp_path: Path) -> None:
    """The gross read "6,080" where the earnings above it add up to 6,080.10 and net + deductions' total make
    6,080.10 too: two relations agree, the read value is the cents lost, so 6080.10 is taken — below 0.9, saying
    how (before: 6080.00 kept, whole-unit doubt 0.65)."""
    sheet = _slip("6,080", EARN, DEDUCT, "1,164.70", "4,915.40")
    (fields, evidence), pages = _read_image(tmp_path, sheet)
    fields, evidence = figures.choose(pages, fields, evidence, ["gross_pay", "net_pay"])
    assert fields["gross_pay"] == "6080.10", (fields, evidence)
    assert "+figures:cents-lost" in evidence["gross_pay"].method
    assert evidence["gross_pay"].confidence < 0.9
    assert fields["net_pay"] == "4915.40"


def test_a_gross_one_digit_off_is_put_right_only_when_two_relations_agree(tmp_path: Path) -> None:
    """A gross read one digit off (6,082.10 for 6,080.10: 0 and 2 are no look-alikes, which one relation alone may
    repair): put right where both witnesses agree (before: kept as read); left as read when the net and deductions'
    total make another figure (the others disagree: nothing says which is wrong)."""
    sheet = _slip("6,082.10", EARN, DEDUCT, "1,164.70", "4,915.40")
    (fields, evidence), pages = _read_image(tmp_path / "a", sheet)
    fields, evidence = figures.choose(pages, fields, evidence, ["gross_pay", "net_pay"])
    assert fields["gross_pay"] == "6080.10", (fields, evidence)
    assert evidence["gross_pay"].confidence < 0.9
    assert "+figures:" in evidence["gross_pay"].method

    # the net and deductions now make 6,080.90: the earnings' 6,080.10 is alone, the reading is kept
    sheet = _slip("6,082.10", EARN, DEDUCT, "1,164.70", "4,916.20")
    (fields, evidence), pages = _read_image(tmp_path / "b", sheet)
    fields, evidence = figures.choose(pages, fields, evidence, ["gross_pay", "net_pay"])
    assert fields["gross_pay"] == "6082.10", (fields, evidence)


def test_misread_kinds() -> None:
    assert figures.misread_as(D("6080"), D("6080.10")) == "cents-lost"
    assert figures.misread_as(D("1059.46"), D("1059.40")) == "one-digit"
    assert figures.misread_as(D("105.94"), D("1059.40")) == "point-moved"
    assert figures.misread_as(D("159.40"), D("1059.40")) == "digit-lost"
    assert figures.misread_as(D("10599.40"), D("1059.40")) == "digit-added"
    assert figures.misread_as(D("1159.46"), D("1059.40")) is None  # two digits: no single misread
    assert figures.misread_as(D("3040.00"), D("3800.00")) is None


def _row_of_totals(net_under: str) -> Sheet:
    """A payslip whose totals stand in one row of three labels over three values (gross, deductions, net)."""
    s = Sheet("totals", "en")
    s.text(30, 50, "CORAL BAY FISHERIES LTD", size=12)
    s.text(30, 72, "Payslip  Pay period: 01/10/2026 to 31/10/2026", size=8)
    s.text(30, 92, "Employee  Tevita Lolohea", size=8)
    rows = [("Ordinary hours 176.00 x 14.20", "2,499.20"), ("Overtime 14.00 x 21.30", "298.20"),
            ("Shift allowance", "627.20")]
    for k, (name, amount) in enumerate(rows):
        s.text(30, 130 + 18 * k, name, size=8)
        s.text(215, 130 + 18 * k, amount, size=8, align="right")
    for k, (name, amount) in enumerate([("Provident fund", "171.23"), ("Income tax", "186.40"),
                                        ("Canteen", "64.00"), ("Loan repayment", "150.00")]):
        s.text(240, 130 + 18 * k, name, size=8)
        s.text(395, 130 + 18 * k, amount, size=8, align="right")
    s.text(30, 230, "Gross Pay", size=8)
    s.text(150, 230, "Total Deductions", size=8)
    s.text(290, 230, "NET PAY", size=8)
    s.text(30, 246, "3,424.60", size=8)
    s.text(150, 246, "571.63", size=8)
    s.text(290, 246, net_under, size=8)
    return s


def test_a_net_that_is_the_deductions_total_yields_to_the_figure_the_gross_less_it_makes(tmp_path: Path) -> None:
    """The label reader's net 571.63 (the deductions' total of the row of totals) with the gross 3,424.60: the page
    prints 2,852.97 = gross − 571.63 after it, larger than it — a payslip pays more than it takes off, so the net is
    2,852.97, to confirm (below 0.6). The text layer is judged like OCR (before: 571.63 at 0.86)."""
    write(_row_of_totals("2,852.97"), "text", tmp_path / "en", "totals")
    doc, = read_documents(tmp_path / "en", "en")
    fields, evidence = read_fields_evidence("payslip", doc.pages, "en")
    page = doc.pages[0]
    box_of = {w.text: w.box for w in page.words}
    fields = {**fields, "gross_pay": "3424.60", "net_pay": "571.63"}  # as the label reader read independent 13's
    evidence = {**evidence, "gross_pay": evidence["gross_pay"].__class__("text", 0.86, 1, box_of["3,424.60"], "label"),
                "net_pay": evidence["gross_pay"].__class__("text", 0.86, 1, box_of["571.63"], "label")}
    fields, evidence = figures.part_against_whole(doc.pages, fields, evidence, "gross_pay", "net_pay")
    assert fields["net_pay"] == "2852.97"
    assert evidence["net_pay"].confidence < 0.6
    assert "+figures:whole-less-part" in evidence["net_pay"].method
    # the right net, read so, stays as it was
    fields, evidence = figures.part_against_whole(doc.pages, {**fields, "net_pay": "2852.97"},
                                                  {**evidence, "net_pay": evidence["gross_pay"].__class__(
                                                      "text", 0.86, 1, box_of["2,852.97"], "label")},
                                                  "gross_pay", "net_pay")
    assert fields["net_pay"] == "2852.97" and evidence["net_pay"].confidence == 0.86


def test_a_round_figure_or_an_amount_is_no_account_number(tmp_path: Path) -> None:
    assert p_account("$1000.00 $100.00 $500.00 $1500.00") is None  # an amount after "account"
    assert p_account("3000") is None and p_account("0000") is None and p_account("1 000 000") is None
    assert p_account("12-3077-0548819-00") == "123077054881900"
    assert p_account("****1042") == "1042"
    s = Sheet("acct", "en")
    s.text(60, 60, "Westfield Mutual", size=13)
    s.text(60, 90, "Customer: Adaeze Nwosu", size=10)
    s.text(60, 120, "Balance summary", size=10)
    s.text(60, 140, "Product  Opening balance  Money out  Money in  Closing balance", size=9)
    s.text(60, 158, "account (current account)  $1000.00  $100.00  $500.00  $1400.00", size=9)
    write(s, "text", tmp_path / "en", "stmt")
    doc, = read_documents(tmp_path / "en", "en")
    fields, _ = read_fields_evidence("bank_statement", doc.pages, "en")
    assert fields["account_number"] is None, fields


def _dated_slip(lines: list[str]) -> Sheet:
    s = Sheet("dated", "en")
    s.text(40, 50, "REEF HARBOUR CANNERY LTD", size=12)
    for k, line in enumerate(["Employee  Losaline Fifita", *lines, "Gross pay  $3,424.60", "Net pay  $2,852.97"]):
        s.text(40, 80 + 20 * k, line, size=9)
    return s


def test_a_period_from_a_date_whose_day_and_month_could_swap_is_doubted(tmp_path: Path) -> None:
    """"Pay date 06/11/2026" alone (the period line lost, as on independent 13's photo): June or November, and
    nothing on the page settles which — the period is given less sure (0.69; before: 0.86). A date that reads one way only
    ("31/10/2026") settles the order: the period keeps its confidence."""
    write(_dated_slip(["Pay date  06/11/2026"]), "text", tmp_path / "a" / "en", "slip")
    doc, = read_documents(tmp_path / "a" / "en", "en")
    fields, evidence = read_fields_evidence("payslip", doc.pages, "en")
    assert fields["period"] is not None
    assert evidence["period"].confidence < 0.75 and "+day-month" in evidence["period"].method, evidence["period"]

    write(_dated_slip(["Pay period  01/10/2026 to 31/10/2026", "Pay date  06/11/2026"]), "text",
          tmp_path / "b" / "en", "slip")
    doc, = read_documents(tmp_path / "b" / "en", "en")
    fields, evidence = read_fields_evidence("payslip", doc.pages, "en")
    assert fields["period"] == "2026-10"
    assert evidence["period"].confidence >= 0.8, evidence["period"]


def test_a_cent_of_rounding_is_no_misread(tmp_path: Path) -> None:
    """Items rounded apart from their total differ by a cent: the gross as printed (and read) stands, though the
    earnings add up to a cent less and the net with the deductions' total make that too (the own set's zh table)."""
    sheet = _slip("6,080.11", EARN, DEDUCT, "1,164.70", "4,915.40")
    (fields, evidence), pages = _read_image(tmp_path, sheet)
    fields, evidence = figures.choose(pages, fields, evidence, ["gross_pay", "net_pay"])
    assert fields["gross_pay"] == "6080.11", (fields, evidence)
