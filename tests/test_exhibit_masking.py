"""Identity, card and account numbers on the exhibits themselves are masked to their last four characters.

A new user's trial found the packet carrying the full account number of the sample's bank statement and a
resident ID number printed on a payslip photo, although packet masks them in everything else it writes. Now
every exhibit page holding such a number is carried as pixels with all but the number's last four characters
painted over, and its searchable text rebuilt without them. Real PDFs and a real image go through the real CLI
(and Tesseract); the packet is opened and its text, streams and pixels are read.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytesseract
from fixtures_reading import page_image, save_image, text_pdf
from PIL import Image
from test_safety import cli_run, no_internal, pdf_texts, raw_streams

from packet.core.masking import kept_tail, mask_numbers, number_spans

ID = "11010519491231002X"  # passes GB 11643's check
CARD = "4111 1111 1111 1111"  # passes Luhn
ACCOUNT = "55120934"
CONTRACT = "NFC-2025-0042"
PHONE = "07700 900123"

TOML = f"""
[applicant]
name = "John Smith"
phone = "{PHONE}"
id_number = "{ID}"

[lender]
name = "Nimble Finance Ltd"
contract_number = "{CONTRACT}"

[request]
kind = "stop"
language = "en"
hardship = "unemployment"
statement = "I lost my job in August."
"""


def _case(root: Path) -> Path:
    root.mkdir(parents=True)
    text_pdf(root / "statement.pdf", [["Northern Bank plc", "Bank statement", "Account holder: John Smith",
                                       f"Account number {ACCOUNT}", "Statement period: 01/10/2026 to 31/10/2026",
                                       f"2026-10-03  CARD {CARD}  TESCO  -42.10",
                                       "2026-10-15  SALARY ACME LTD  2,298.10",
                                       f"2026-10-20  NIMBLE FINANCE {CONTRACT}  -150.00",
                                       "Closing balance 1,428.95"]], size=(595, 842))
    img = page_image(["ACME LTD PAYSLIP", "Employer: Acme Widgets Ltd", "Employee: John Smith",
                      f"{ID}", f"Phone {PHONE}", "Pay period 2026-10", "Gross pay 3,000.00",
                      "Net pay 2,298.10"], font_pt=13)
    save_image(img, root / "payslip.png", "PNG")
    (root / "packet.toml").write_text(TOML, encoding="utf-8")
    return root


def test_number_spans_give_where_each_number_stands_and_the_mask_keeps_the_last_four() -> None:
    text = f"Account number {ACCOUNT}; card {CARD}; contract {CONTRACT}; call {PHONE}"
    spans = number_spans(text, labels=("account number",), keep=(CONTRACT, PHONE))
    assert [text[a:b] for a, b in spans] == [ACCOUNT, CARD]
    a, b = spans[1]
    assert text[kept_tail(text, a, b):b] == "1111"
    assert mask_numbers(text, labels=("account number",), keep=(CONTRACT, PHONE)) == (
        f"Account number ****0934; card ****1111; contract {CONTRACT}; call {PHONE}", 2)
    # a pair of labels over a pair of values: both numbers are the account's (a trial's statement kept 63018842 whole)
    pair = "Sort code / Account number: 20-45-77 / 63018842"
    assert mask_numbers(pair, labels=("account number",)) == ("Sort code / Account number: ****4577 / ****8842", 2)
    # a date after a lone label's number is no number of the account
    assert mask_numbers("Account number 12345678 / 2026-10-01", labels=("account number",))[0] == \
        "Account number ****5678 / 2026-10-01"
    spaced = "NI QQ 12 34 56 C"
    (a, b), = number_spans(spaced)
    assert spaced[kept_tail(spaced, a, b):b] == "4 56 C"


def test_health_service_numbers_after_their_labels_are_identity_numbers() -> None:
    """A trial's GP letter printed "NHS No 943 476 5919" whole on its exhibit page, beside a masked NI number."""
    from packet.rules.registry import load_vocabulary

    ids = load_vocabulary().id_number_labels
    for line, number in (("NHS No 943 476 5919", "943 476 5919"), ("NHS number: 9434765919", "9434765919"),
                         ("CHI number 0101011234", "0101011234"), ("Medicare No. 2953 17034 1", "2953 17034 1"),
                         ("社保卡号：E12345678", "E12345678"), ("医保卡号 3301 0220 1234", "3301 0220 1234")):
        spans = number_spans(line, id_labels=ids, by_shape=False)  # a document's page: labels, not shapes
        assert [line[a:b] for a, b in spans] == [number], (line, spans)
    assert number_spans("Surgery phone 029 2033 4455", id_labels=ids, by_shape=False) == []


def test_the_packet_carries_no_full_id_card_or_account_number_and_keeps_the_rest(tmp_path) -> None:
    case = _case(tmp_path / "case")
    out = tmp_path / "out.pdf"
    result = cli_run("build", case, "-o", out, "--as-of", "2026-11-05", "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    pypdf_text, poppler = pdf_texts(out)
    raw = raw_streams(out)
    for full in (ACCOUNT, CARD, CARD.replace(" ", ""), ID, ID[:10]):
        assert full not in pypdf_text and full not in poppler, full
        assert full.encode() not in raw and full.encode("utf-16-be") not in raw, full
    # the last four stay readable, and what is never masked stays whole and searchable
    flat = " ".join(poppler.split())
    assert "0934" in flat and "1111" in flat
    for kept in (CONTRACT, "TESCO", "SALARY ACME LTD", "Closing balance 1,428.95", "Northern Bank plc"):
        assert kept in flat, kept
    # the payslip photo: its pixels no longer show the ID number (Tesseract reads the packet's page)
    number = next(i for i, p in enumerate(poppler.split("\f"), 1) if "PAYSLIP" in p)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", str(number), "-l", str(number), str(out),
                    str(tmp_path / "slip")], check=True)
    seen = pytesseract.image_to_string(Image.open(next(tmp_path.glob("slip*.png"))))
    assert "PAYSLIP" in seen and "Net pay" in seen, seen
    digits = "".join(ch for ch in seen if ch.isdigit())
    assert ID[:12] not in digits, seen
    assert PHONE in seen or PHONE.replace(" ", "") in seen.replace(" ", ""), seen


def test_a_page_without_such_a_number_stays_vectors(tmp_path) -> None:
    root = tmp_path / "case"
    root.mkdir()
    text_pdf(root / "payslip.pdf", [["ACME LTD PAYSLIP", "Employer: Acme Widgets Ltd", "Employee: John Smith",
                                     "Pay period 2026-10", "Gross pay 3,000.00", "Net pay 2,298.10"]])
    (root / "packet.toml").write_text(TOML, encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = cli_run("build", root, "-o", out, "--as-of", "2026-11-05", "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    assert b"/Subtype /Image" not in raw_streams(out) and b"/Subtype/Image" not in raw_streams(out)
