"""Account identifiers reach the lender masked wherever the exhibits print them, by their shape.

A new user's trial (r18) built a packet from a UK statement printing "Sort code: 20-44-91 Account number: 53817264"
and "IBAN: GB29 HVBK 2044 9153 8172 64": the account number was painted over to its last four, the IBAN (which holds
the sort code and the whole account number, and whose check digits the trial made up) went to the lender whole, in
the pixels and in the text layer. A card number typed as the contract number was printed whole in the letter, in
every footer and on the card statement included as ``other``.

The documents here are drawn by this file itself (reportlab, Pillow: its own words and layout, nothing shared with
the reader); the packet is built by the real CLI, read back with pdftotext and pypdf, and its exhibit pages are
rendered (pdftoppm) and read by Tesseract: the pixels no longer show the identifiers, and amounts, dates and the
bank's phone number stay readable.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytesseract
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from test_safety import cli_run, no_internal, pdf_texts

from packet.case.casefile import load_case
from packet.core.masking import card_like, iban_ok, mask_numbers
from packet.rules.shown import shown_case

SORT, ACCOUNT = "20-44-91", "53817264"
BAD_IBAN = "GB29 HVBK 2044 9153 8172 64"  # the trial's: its check digits do not agree (mod 97 gives 63, not 1)
IE_IBAN = "IE29 AIBK 9311 5212 3456 78"  # ISO 13616's Irish example: check digits agree
CARD = "4921 8830 1177 6642"  # the trial's card number, typed as the contract number (Luhn fails: still a card)
AMEX = "3782 822463 10005"  # passes Luhn, grouped 4-6-5
LABELS = ("account number", "account", "IBAN", "账号", "卡号")


def _pdf(path: Path, lines: list[str], font: str = "Helvetica") -> None:
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 12)
    y = 780
    for line in lines:
        c.drawString(56, y, line)
        y -= 24
    c.save()


def _scan(path: Path, lines: list[str]) -> None:
    """An image-only page (a scan): 150 DPI, DejaVu Sans at about 11 pt."""
    img = Image.new("L", (1000, 700), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 24)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * 48), line, fill=0, font=font)
    img.save(path, dpi=(150, 150))


UK_LINES = ["Thames Valley Bank plc", "Current account statement", "Mr John Smith",
            f"Sort code: {SORT} Account number: {ACCOUNT}", f"IBAN: {BAD_IBAN}   BIC: HVBKGB2L",
            "Statement period 01/10/2026 to 31/10/2026", "03/10/2026 SALARY ACME LTD 2,298.10",
            f"11/10/2026 To savings {ACCOUNT} 200.00", f"Paid from {IE_IBAN} on 14/10/2026 75.00",
            "Closing balance 1,428.95", "Helpline 0345 600 2290"]

TOML = f"""
[applicant]
name = "John Smith"
phone = "07700 900123"

[lender]
name = "Nimble Finance Ltd"
contract_number = "{CARD}"

[request]
kind = "stop"
language = "en"
hardship = "unemployment"
statement = "I lost my job in August."

[files]
"card.pdf" = {{ include = true, type = "other", title = "Card statement" }}
"""


def test_shapes_of_account_identifiers() -> None:
    assert not iban_ok(BAD_IBAN) and iban_ok(IE_IBAN)
    # an IBAN whose check digits fail is masked after an account label, or when it holds the document's account
    assert mask_numbers(f"IBAN: {BAD_IBAN} BIC HVBKGB2L", labels=LABELS, by_shape=False)[0] == \
        "IBAN: ****7264 BIC HVBKGB2L"
    assert mask_numbers(f"Pay {BAD_IBAN} today", labels=LABELS, secrets=(ACCOUNT,), by_shape=False)[0] == \
        "Pay ****7264 today"
    # grouped otherwise (an OCR'd space): its last digits are not left beside the mask; a BIC, date or amount after stays
    assert mask_numbers("IBAN GB29HVBK 2044915381 7264 on 2026-10-01", labels=LABELS, by_shape=False)[0] == \
        "IBAN ****7264 on 2026-10-01"
    assert mask_numbers(f"IBAN {BAD_IBAN} BIC HVBKGB2L 1,234.56", labels=LABELS, by_shape=False)[0] == \
        "IBAN ****7264 BIC HVBKGB2L 1,234.56"
    # without either, a failing one is no IBAN (a made-up reference of that shape stays)
    assert mask_numbers(f"Ref {BAD_IBAN}", labels=LABELS, by_shape=False)[0] == f"Ref {BAD_IBAN}"
    assert mask_numbers(f"Amex {AMEX} due 2026-11-20 312.40", by_shape=False)[0] == "Amex ****0005 due 2026-11-20 312.40"
    assert card_like(CARD) and card_like("378282246310005") and not card_like("JK20250312001")
    assert not card_like("2025 0312 0001 0042") and not card_like("0345 600 2290")
    # one run of digits that fails Luhn is no card's (a loan contract number may be 16 digits); grouped as cards are, it is
    assert not card_like("3301012025000123") and card_like("4921883011776645") and not card_like("4921883011776642")


def test_a_card_number_as_contract_number_is_named_by_its_last_four(tmp_path) -> None:
    root = tmp_path / "zh"
    root.mkdir()
    toml = TOML.split("[files]")[0]
    (root / "packet.toml").write_text(toml.replace('language = "en"', 'language = "zh"'), encoding="utf-8")
    shown, _ = shown_case(load_case(root))
    assert shown.lender.contract_number == "尾号6642"
    # check names packet.toml's key; the page names its own form (a trial: "[lender] contract_number" on the page)
    from packet.rules.shown import card_contract_note
    assert "[lender] contract_number" in card_contract_note(load_case(root), "zh")
    on_page = card_contract_note(load_case(root), "zh", "page")
    assert "申请书上的信息" in on_page and "[lender]" not in on_page and "尾号6642" in on_page
    (root / "packet.toml").write_text(toml.replace(CARD, "NFC-2025-0042"), encoding="utf-8")
    assert shown_case(load_case(root))[0].lender.contract_number == "NFC-2025-0042"  # a contract number stays whole


def _ocr_page(pdf: Path, number: int, tmp: Path) -> str:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(number), "-l", str(number), str(pdf), str(tmp / "p")],
                   check=True)
    png = next(tmp.glob("p*.png"))
    seen = pytesseract.image_to_string(Image.open(png))
    png.unlink()
    return seen


def test_uk_statement_scan_and_card_statement_reach_the_lender_masked(tmp_path) -> None:
    root = tmp_path / "case"
    root.mkdir()
    _pdf(root / "statement.pdf", UK_LINES)
    _pdf(root / "card.pdf", ["Visa card statement", f"Card number {CARD}", f"Supplementary card {AMEX}",
                             "Balance due 312.40", "Payment due date 20/11/2026"])
    _scan(root / "scan.png", ["BANK STATEMENT", f"IBAN {BAD_IBAN}", f"Account number {ACCOUNT}",
                              "Closing balance 1,428.95"])
    (root / "packet.toml").write_text(TOML, encoding="utf-8")
    check = cli_run("check", root, "--no-cache")
    no_internal(check)
    flat_check = " ".join(check.output.split())
    assert "looks like a bank card number" in flat_check and "card ending 6642" in flat_check, check.output
    assert CARD not in check.output
    out = tmp_path / "out.pdf"
    result = cli_run("build", root, "-o", out, "--as-of", "2026-11-05", "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    pypdf_text, poppler = pdf_texts(out)
    squeezed = [re.sub(r"\s", "", t) for t in (pypdf_text, poppler)]
    for full in (BAD_IBAN, IE_IBAN, CARD, AMEX, ACCOUNT, "HVBK20449153", "AIBK93115212"):
        for text in squeezed:
            assert re.sub(r"\s", "", full) not in text, full
    flat = " ".join(poppler.split())
    assert "Contract card ending 6642" in flat and "Re: Account / contract card ending 6642" in flat
    for kept in ("7264", "6642", "0005", "SALARY ACME LTD 2,298.10", "Closing balance 1,428.95",
                 "Helpline 0345 600 2290", "01/10/2026 to 31/10/2026", "Balance due 312.40", "BIC: HVBKGB2L",
                 "Sort code: 20-44-91", "on 14/10/2026 75.00"):
        assert kept in flat, kept
    pages = poppler.split("\f")
    # the pixels: Tesseract reads the rendered exhibit pages; the identifiers' digits are gone, the rest is there
    for marker, hidden, shown in (("Helpline", ("20449153", "93115212", "5381"), ("2,298.10", "0345 600 2290")),
                                  ("Supplementary", ("49218830", "822463"), ("312.40",)),
                                  ("BANK STATEMENT", ("20449153", "5381"), ("1,428.95",))):
        number = next(i for i, p in enumerate(pages, 1) if marker in p)
        seen = _ocr_page(out, number, tmp_path)
        digits = re.sub(r"\D", "", seen)
        assert marker in seen, seen
        for h in hidden:
            assert h not in digits, (h, seen)
        for s in shown:
            assert s in seen, seen


def test_zh_statement_account_and_card_numbers_are_masked(tmp_path) -> None:
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    root = tmp_path / "zh"
    root.mkdir()
    account, card = "6217 0012 3456 7890 123", "6222021234567890128"
    _pdf(root / "liushui.pdf", ["某某银行 个人账户交易明细", "户名：张伟", f"账号：{account}", f"卡号：{card}",
                                "起止日期：2026-09-01 至 2026-10-31", "2026-09-30 工资 8,968.40 余额 12,340.55",
                                f"2026-10-08 转出 {account.replace(' ', '')} -500.00", "客服电话 95588"], font="WQY")
    (root / "packet.toml").write_text(TOML.replace('language = "en"', 'language = "zh"').split("[files]")[0]
                                      .replace("John Smith", "张伟"), encoding="utf-8")
    out = tmp_path / "zh.pdf"
    result = cli_run("build", root, "-o", out, "--as-of", "2026-11-05", "--force", "--no-cache")
    no_internal(result)
    assert result.exit_code == 0, result.output
    _, poppler = pdf_texts(out)
    squeezed = re.sub(r"\s", "", poppler)
    for full in (account, card, CARD, "62170012345678", "622202123456"):
        assert re.sub(r"\s", "", full) not in squeezed, full
    assert "尾号6642" in squeezed and "8,968.40" in squeezed and "12,340.55" in squeezed and "95588" in squeezed
    assert "2026-10-08转出" in squeezed and "0123-500.00" in squeezed  # the recurring account: its last four only


def test_own_numbers_are_the_account_fields_that_look_like_accounts() -> None:
    from dataclasses import replace

    from packet.assembly.redaction import own_numbers
    from packet.core.model import DocumentResult

    def result(value: str | None, **fields: str) -> DocumentResult:
        return DocumentResult(document=None, type="bank_statement",  # type: ignore[arg-type]
                              fields={"account_number": value, "closing_balance": "1428.95", **fields})

    assert own_numbers(result(ACCOUNT)) == (ACCOUNT,)
    assert own_numbers(result("GB29HVBK20449153817264")) == ("GB29HVBK20449153817264",)
    # a masked number's last four, an amount or a date read as the account: nothing to paint
    for misread in ("7264", "1428.95", "2026-10-31", "31/10/2026", SORT, None):
        assert own_numbers(result(misread)) == (), misread
    # every part of a file holding several statements
    several = replace(result(ACCOUNT), parts=({"account_number": ACCOUNT}, {"account_number": "12345678"}))
    assert own_numbers(several) == (ACCOUNT, "12345678")
    assert own_numbers(replace(result(ACCOUNT), type="payslip")) == ()
