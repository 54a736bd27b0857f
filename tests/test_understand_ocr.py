"""End to end on real images: rendered pages, degraded like scans and photos, read by the real OCR engine packet
chooses for the language (Tesseract for English, PP-OCR for Chinese) through packet.reading.ingest, then classified and extracted. Three small (A5) pages, to keep the suite quick."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "evalset"))
import evaldocs  # noqa: E402
import generate as evalgen  # noqa: E402

from packet.case.casefile import Case, Request  # noqa: E402
from packet.reading.engines import choose  # noqa: E402
from packet.reading.ingest import read_case  # noqa: E402
from packet.understanding.classify import classify  # noqa: E402
from packet.understanding.extract import extract  # noqa: E402

PAGES = [  # (builder, language, form)
    (evaldocs.payslip_gb, "en", "scan"),
    (evaldocs.unemployment_gb, "en", "photo"),
    (evaldocs.bill_zh_a, "zh", "scan"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory) -> dict[str, tuple[str, dict, object]]:
    rng = random.Random(12)
    out: dict[str, tuple[str, dict, object]] = {}
    for lang in ("en", "zh"):
        root = tmp_path_factory.mktemp(f"ocr-{lang}")
        truth = {}
        for build, page_lang, form in PAGES:
            if page_lang != lang:
                continue
            rows, fields = build(rng)
            name = build.__name__
            pdf = root / f"{name}.pdf"
            evalgen._pdf(pdf, rows, lang)
            if form == "scan":
                evalgen._scan(evalgen._render(pdf, 200), rng).save(root / f"{name}.png", dpi=(200, 200))
            else:
                evalgen._photo(evalgen._render(pdf, 150), rng).save(root / f"{name}.jpg", quality=72, dpi=(150, 150))
            pdf.unlink()
            truth[name] = fields
        case = Case(root=root, request=Request(language=lang, checklist="en-hardship" if lang == "en"
                                               else "zh-stop-collection"))
        # each language read by the engine packet chooses for it by default (``auto``: PP-OCR for Chinese)
        result = read_case(case, languages="eng" if lang == "en" else "chi_sim+eng", jobs=2, cache=None,
                           engine=choose("auto", lang))
        assert not result.errors
        for item in classify(result.documents, case):
            name = Path(item.document.rel).stem
            out[name] = (item.type, truth[name], extract(item, lang))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name,type_name", [("payslip_gb", "payslip"), ("unemployment_gb", "unemployment_proof"),
                                            ("bill_zh_a", "medical_bill")], ids=["en-payslip-scan",
                                                                                  "en-letter-photo", "zh-bill-scan"])
def test_ocr_page_understood(read, name: str, type_name: str) -> None:
    got_type, truth, extracted = read[name]
    assert got_type == type_name
    assert dict(extracted.fields) == truth
    assert extracted.document.pages[0].source == "ocr"
