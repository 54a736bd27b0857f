"""The second look by PP-OCR at English pictures Tesseract read poorly (packet.understanding.second_look), on real
photos made here with the photo plumbing of bench/thirdparty/gen_independent11.py (a PDF drawn with reportlab,
rastered, laid on a desk, dimmed, blurred, JPEG-compressed) and read by the real engines."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5

from packet.pipeline import CheckOptions, check
from packet.reading import engines
from packet.reading.ingest import read_case
from packet.understanding import second_look
from packet.understanding.classify import classify
from packet.understanding.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "thirdparty"))
from gen_independent11 import Page, _photo  # noqa: E402

needs_rapid = pytest.mark.skipif(not engines.rapid_status()[0], reason="rapidocr 3.x is not installed")

HEAD = (0.2, 0.25, 0.45)
INK = (0.15, 0.15, 0.2)
# a phone photo of a page held on a cloth under a dim lamp, as independent set 19's passbook was taken
DIM = dict(desk="cloth", exposure=0.7, falloff=0.6, grain=5.0, angle=-3.2, persp=0.1, blur=1.25, quality=58,
           hand="bottom")
UNION = "Parish Teachers Co-operative Credit Union"
ROWS = [("04-SEP-26", "CASH W/D", -2500.00), ("11-SEP-26", "STANDING ORDER", -1180.40),
        ("15-SEP-26", "CASH DEP", 3600.00), ("19-SEP-26", "WATER BILL PMT", -412.75),
        ("25-SEP-26", "WAGES CREDIT", 9846.20), ("30-SEP-26", "INTEREST", 27.14)]
OPENING = 18344.90
CLOSING = "27725.09"  # 18,344.90 less 2,500.00, 1,180.40 and 412.75, plus 3,600.00, 9,846.20 and 27.14


def _ruled(title: str, number: str, heads: list[tuple[float, str, str]]) -> Page:
    p = Page(A5)
    p.box(0, 0, 420, 595, fill=(0.95, 0.96, 0.98), stroke=None)
    p.t(210, 34, title.upper(), 8.5, bold=True, align="c", color=HEAD)
    p.t(390, 54, number, 9, align="r", face="Courier", color=INK)
    for x, h, al in heads:
        p.t(x, 76, h, 6.5, bold=True, align=al, color=HEAD)
    for k in range(18):
        p.line(24, 82 + k * 26, 412, 82 + k * 26, 0.3, color=(0.55, 0.6, 0.75))
    return p


def passbook_photo(key: str = "passbook-0") -> bytes:
    """A credit union's savings passbook page (A5): rows in a passbook printer's Courier, each initialled by hand,
    balances that chain from 'BAL B/F' to :data:`CLOSING`; photographed dim (:data:`DIM`)."""
    p = _ruled(UNION, "A/C No. 27-604519", [(28, "DATE", "l"), (98, "PARTICULARS", "l"), (250, "WITHDRAWAL", "r"),
                                             (318, "DEPOSIT", "r"), (382, "BALANCE", "r"), (392, "INIT", "l")])
    p.t(30, 54, "SAVINGS", 10, bold=True, color=HEAD)
    y, bal = 100, OPENING
    for x, s, al in [(28, "31-AUG-26", "l"), (98, "BAL B/F", "l"), (382, f"{OPENING:,.2f}", "r")]:
        p.t(x, y, s, 7.5, face="Courier", align=al, color=INK)
    for d, what, amount in ROWS:
        y += 26
        bal = round(bal + amount, 2)
        p.t(28, y, d, 7.5, face="Courier", color=INK)
        p.t(98, y, what, 7.5, face="Courier", color=INK)
        p.t(250 if amount < 0 else 318, y, f"{abs(amount):,.2f}", 7.5, face="Courier", align="r", color=INK)
        p.t(382, y, f"{bal:,.2f}", 7.5, face="Courier", align="r", color=INK)
        p.hand(392, y + 1, "RT" if len(what) % 2 else "JB", 9, key=f"{key}-{d}")
    assert f"{bal:.2f}" == CLOSING
    return _photo(p.pdf(), key, DIM)


def appointment_photo(key: str = "visits-5") -> bytes:
    """A look-alike: a health centre's appointment card laid out as the passbook (dated rows on ruled lines, each
    initialled), its rows a clinic, a room and a time: no money anywhere. Photographed as dim, rotated otherwise."""
    p = _ruled("Parish Health Centre", "Card No. PH-33017", [(28, "DATE", "l"), (98, "CLINIC", "l"),
                                                                 (250, "ROOM", "l"), (318, "TIME", "l"),
                                                                 (392, "INIT", "l")])
    p.t(30, 54, "APPOINTMENT RECORD", 10, bold=True, color=HEAD)
    y = 74
    for d, clinic, room, time in [("04-SEP-26", "PHYSIOTHERAPY", "4", "10:30"), ("11-SEP-26", "PHYSIOTHERAPY", "4", "10:30"),
                                  ("18-SEP-26", "ORTHOPAEDICS", "12", "08:45"), ("25-SEP-26", "PHYSIOTHERAPY", "4", "11:15"),
                                  ("02-OCT-26", "X-RAY", "B2", "09:00"), ("09-OCT-26", "ORTHOPAEDICS", "12", "08:45")]:
        y += 26
        for x, s in [(28, d), (98, clinic), (250, room), (318, time)]:
            p.t(x, y, s, 7.5, face="Courier", color=INK)
        p.hand(392, y + 1, "JB", 9, key=f"{key}-{d}")
    return _photo(p.pdf(), key, dict(DIM, angle=-1.2))


RECEIPT_ITEMS = [("Consultation", "3,500.00"), ("Medication (3 items)", "2,140.00"), ("Blood test", "1,800.00"),
                 ("Dressing", "650.00")]
RECEIPT_TOTAL = "8090.00"  # the items' sum


def receipt_photo(key: str = "receipt-4") -> bytes:
    """A clinic's official receipt (a small slip): the clinic at the head, number, date and 'Received from', items
    with their amounts and a TOTAL that is their sum; photographed dim."""
    p = Page((300, 420))
    p.t(150, 30, "ST. ANNE'S FAMILY CLINIC", 11, bold=True, align="c", color=HEAD)
    p.t(150, 44, "12 Harbour Street, Port Maria  Tel 994-2217", 7, align="c", color=INK)
    p.t(150, 66, "OFFICIAL RECEIPT", 10, bold=True, align="c", color=INK)
    for k, line in enumerate(["No.: 26/01552", "Date: 14.10.2026", "Received from: Marcia Campbell"]):
        p.t(24, 86 + 14 * k, line, 8, color=INK)
    p.t(24, 138, "Particulars", 8, bold=True, color=INK)
    p.t(276, 138, "J$", 8, bold=True, align="r", color=INK)
    y = 138
    for what, amount in RECEIPT_ITEMS:
        y += 15
        p.t(24, y, what, 8, color=INK)
        p.t(276, y, amount, 8, align="r", color=INK)
    p.line(24, y + 6, 276, y + 6, 0.5, color=INK)
    p.t(24, y + 20, "TOTAL", 9, bold=True, color=INK)
    p.t(276, y + 20, "8,090.00", 9, bold=True, align="r", color=INK)
    p.t(24, y + 40, "Paid by: Cash      Cashier: Joan", 7.5, color=INK)
    return _photo(p.pdf(), key, dict(DIM, angle=-2, exposure=0.8, blur=1.3))


def _case(tmp_path: Path, name: str, photo: bytes, engine: str | None = None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.jpg").write_bytes(photo)
    chosen = f'ocr_engine = "{engine}"\n' if engine else ""
    (folder / "packet.toml").write_text(f'[request]\nlanguage = "en"\nchecklist = "en-hardship"\n{chosen}',
                                        encoding="utf-8")
    return folder


def _first_reading(folder: Path):
    """The document as Tesseract alone reads it (the first reading of ``auto`` in an English case)."""
    from packet.case.casefile import load_case

    case = load_case(folder)
    read = read_case(case, languages="eng", jobs=2, engine=engines.TESSERACT)
    return extract(classify(read.documents, case)[0], "en")


def _document(folder: Path, engine_opt: str | None = "auto"):
    run = check(folder, CheckOptions(as_of=date(2026, 11, 20), jobs=2, ocr_engine=engine_opt))
    assert len(run.report.documents) == 1
    return run.report.documents[0]


@needs_rapid
def test_passbook_photo_whose_figures_tesseract_lost_is_read_again_by_ppocr(tmp_path):
    folder = _case(tmp_path, "passbook", passbook_photo())
    first = _first_reading(folder)
    # the premise: Tesseract reads the dated rows but not all their figures, so the balances do not chain and the
    # page is typed other; the rows it read show a table
    assert first.type == "other"
    assert second_look.poor_reading(first) is not None
    doc = _document(folder)
    assert doc.type == "bank_statement"
    assert doc.fields["closing_balance"] == CLOSING
    assert doc.fields["period_start"] == "2026-08-31" and doc.fields["period_end"] == "2026-09-30"
    assert doc.fields["account_number"] == "27604519"
    # an explicit --ocr-engine tesseract is kept to: no second look
    assert _document(folder, "tesseract").type == "other"


@needs_rapid
def test_clinic_receipt_whose_figures_tesseract_lost_is_a_bill_whose_items_add_up(tmp_path):
    folder = _case(tmp_path, "receipt", receipt_photo())
    first = _first_reading(folder)
    assert first.type == "other"  # Tesseract read the head, not the items nor the total
    assert "provider_heading" in (second_look.poor_reading(first) or "")
    doc = _document(folder)
    assert doc.type == "medical_bill"
    assert doc.fields["total"] == RECEIPT_TOTAL and doc.fields["date"] == "2026-10-14"


@needs_rapid
def test_lookalike_with_dated_rows_and_no_money_stays_other(tmp_path):
    folder = _case(tmp_path, "visits", appointment_photo())
    first = _first_reading(folder)
    assert first.type == "other"
    assert "figureless_rows" in (second_look.poor_reading(first) or "")  # it qualifies: rows dated, no figures
    assert _document(folder).type == "other"  # and the second look, reading it well, finds no document of a type


def test_second_look_only_where_auto_chose_tesseract_for_english_and_ppocr_is_there():
    have = {engines.TESSERACT: True, engines.RAPIDOCR: True}
    assert engines.second_look("auto", engines.TESSERACT, "en", have) == engines.RAPIDOCR
    assert engines.second_look(None, engines.TESSERACT, "en", have) == engines.RAPIDOCR
    assert engines.second_look("tesseract", engines.TESSERACT, "en", have) is None  # chosen explicitly
    assert engines.second_look("auto", engines.RAPIDOCR, "zh", have) is None  # read by PP-OCR already
    assert engines.second_look("auto", engines.TESSERACT, "en", {engines.TESSERACT: True}) is None  # not installed


@needs_rapid
def test_batch_takes_the_same_second_look_as_check(tmp_path):
    import packet

    (tmp_path / "caseload").mkdir()
    folder = _case(tmp_path / "caseload", "passbook", passbook_photo())
    opts = CheckOptions(as_of=date(2026, 11, 20), jobs=2, ocr_engine="auto")
    result = packet.batch(tmp_path / "caseload", opts)
    (row,) = result.rows
    alone = check(folder, opts)
    assert row.run.report.to_json() == alone.report.to_json()
    assert row.run.report.documents[0].type == "bank_statement"
