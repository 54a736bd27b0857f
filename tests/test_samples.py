"""The committed sample cases: reproducible from samples/generate.py, small, and shaped as documented.

No OCR here: the rasters are checked by their pixels and metadata, the PDFs by pypdf. The committed files
must be byte-identical to a fresh run when the toolchain (samples/toolchain.json: reportlab, Pillow and its
codecs, the font) is the one that made them; under another toolchain they are compared by content instead
and the byte check is reported as skipped.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps
from pypdf import PdfReader

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = ("zh-medical-stop", "en-job-loss")
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def _committed() -> list[str]:
    """Every generated file but toolchain.json (case folders and expected.json), relative to samples/."""
    files = ["expected.json"]
    for case in CASES:
        files += sorted(p.relative_to(SAMPLES).as_posix() for p in (SAMPLES / case).rglob("*") if p.is_file())
    return files


def _documents(form_prefix: str = "") -> list[tuple[str, str, dict]]:
    return [
        (case, rel, doc)
        for case, docs in EXPECTED.items()
        for rel, doc in docs.items()
        if doc["form"].startswith(form_prefix)
    ]


def _ids(items: list[tuple[str, str, dict]]) -> list[str]:
    return [f"{case}/{rel}" for case, rel, _ in items]


COMMITTED = _committed()
TEXT_PDFS = _documents("pdf-text")
PHOTOS = _documents("photo-")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    proc = subprocess.run(
        [sys.executable, str(SAMPLES / "generate.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode == 2 and "missing fonts" in proc.stderr:
        pytest.skip(f"sample fonts not installed: {proc.stderr.strip()}")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.parametrize("case", CASES)
def test_case_folder_is_committed(case: str) -> None:
    files = [p for p in (SAMPLES / case).rglob("*") if p.is_file()]
    assert (SAMPLES / case / "packet.toml").is_file()
    assert len(files) >= 5


def _toolchain(root: Path) -> dict[str, str]:
    return json.loads((root / "toolchain.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def same_toolchain(regenerated: Path) -> bool:
    return _toolchain(regenerated) == _toolchain(SAMPLES)


def test_generator_writes_exactly_the_committed_files(regenerated: Path) -> None:
    made = ["expected.json"]
    for case in CASES:
        made += sorted(
            p.relative_to(regenerated).as_posix() for p in (regenerated / case).rglob("*") if p.is_file()
        )
    assert made == COMMITTED
    assert (SAMPLES / "toolchain.json").is_file()


def test_toolchain_is_the_one_that_made_the_samples(regenerated: Path, same_toolchain: bool) -> None:
    if not same_toolchain:
        new, old = _toolchain(regenerated), _toolchain(SAMPLES)
        changed = {k: f"{old.get(k)} -> {v}" for k, v in new.items() if old.get(k) != v}
        pytest.skip(
            f"toolchain differs ({changed}): samples compared by content, not bytes; "
            "run `python samples/generate.py` and commit to restore the byte check"
        )


def _assert_same_pixels(a: Image.Image, b: Image.Image) -> None:
    assert a.size == b.size and a.mode == b.mode
    diff = ImageChops.difference(a.convert("L"), b.convert("L"))
    # mean difference per 48-px tile: re-encoding a photo at JPEG q60 stays under 6, one changed digit is 18
    tiles = diff.resize((max(1, diff.width // 48), max(1, diff.height // 48)), Image.Resampling.BOX)
    assert tiles.getextrema()[1] < 12, "pixels differ beyond codec and rasteriser noise"


def _assert_same_content(new: Path, old: Path) -> None:
    """What a different reportlab, Pillow, codec or FreeType build may not change."""
    if new.suffix == ".pdf":
        a, b = PdfReader(new), PdfReader(old)
        assert len(a.pages) == len(b.pages)
        for pa, pb in zip(a.pages, b.pages, strict=True):
            assert pa.extract_text() == pb.extract_text()
            assert len(pa.images) == len(pb.images)
            for ia, ib in zip(pa.images, pb.images, strict=True):
                _assert_same_pixels(ia.image, ib.image)
    elif new.suffix in {".png", ".jpg"}:
        with Image.open(new) as a, Image.open(old) as b:
            ea, eb = a.getexif(), b.getexif()
            for ifd in (0x8769, 0x8825):  # Exif and GPS sub-IFDs; their pointers are offsets
                assert ea.get_ifd(ifd) == eb.get_ifd(ifd)
            assert {k: v for k, v in ea.items() if k not in (0x8769, 0x8825)} == {
                k: v for k, v in eb.items() if k not in (0x8769, 0x8825)
            }
            _assert_same_pixels(a, b)
    else:
        assert new.read_bytes() == old.read_bytes()


@pytest.mark.parametrize("rel", COMMITTED)
def test_committed_file_matches_generator_output(regenerated: Path, same_toolchain: bool, rel: str) -> None:
    new, old = regenerated / rel, SAMPLES / rel
    if same_toolchain or new.suffix in {".toml", ".json"}:
        assert new.read_bytes() == old.read_bytes(), (
            f"samples/{rel} drifted from samples/generate.py: run `python samples/generate.py` and commit"
        )
    else:
        _assert_same_content(new, old)


def test_samples_folder_stays_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 10 * 1024 * 1024


def test_every_input_file_has_ground_truth() -> None:
    for case in CASES:
        inputs = sorted(
            p.relative_to(SAMPLES / case).as_posix()
            for p in (SAMPLES / case).rglob("*")
            if p.is_file() and p.name != "packet.toml"
        )
        assert inputs == sorted(EXPECTED[case]), case


SPEC_FIELDS = {
    "payslip": {"employer", "employee", "period", "gross_pay", "net_pay"},
    "bank_statement": {
        "bank",
        "account_holder",
        "account_number",
        "period_start",
        "period_end",
        "closing_balance",
    },
    "medical_bill": {"provider", "patient", "date", "total"},
    "unemployment_proof": {"person", "issuer", "date"},
    "income_proof": {"employer", "employee", "monthly_income", "date"},
    "other": set(),
}
FORMATS = {
    "period": r"\d{4}-\d{2}",
    "date": r"\d{4}-\d{2}-\d{2}",
    "period_start": r"\d{4}-\d{2}-\d{2}",
    "period_end": r"\d{4}-\d{2}-\d{2}",
    "gross_pay": r"-?\d+\.\d{2}",
    "net_pay": r"-?\d+\.\d{2}",
    "closing_balance": r"-?\d+\.\d{2}",
    "total": r"\d+\.\d{2}",
    "monthly_income": r"\d+\.\d{2}",
}


@pytest.mark.parametrize(("case", "rel", "doc"), _documents(), ids=_ids(_documents()))
def test_ground_truth_uses_the_spec_vocabulary(case: str, rel: str, doc: dict) -> None:
    assert set(doc["fields"]) == SPEC_FIELDS[doc["type"]]
    for name, value in doc["fields"].items():
        assert value == value.strip() and value
        if name in FORMATS:
            assert re.fullmatch(FORMATS[name], value), (name, value)


# -- PDFs -------------------------------------------------------------------------------------


def _money(case: str, rel: str, field: str) -> str:
    return f"{Decimal(EXPECTED[case][rel]['fields'][field]):,.2f}"


KEY_STRINGS = {
    ("zh-medical-stop", "工资/工资单_2026年08月.pdf"): [
        "北京华晟科技有限公司",
        "李秀英",
        "工资所属期：2026年08月",
        "应发工资",
        "9700.00",
        "实发工资：7810.09",
    ],
    ("zh-medical-stop", "流水/京港银行交易明细_20260501-20260731.pdf"): [
        "京港商业银行",
        "户名：李秀英",
        "账号：6217 0000 1234 5678 901",
        "起止日期：2026-05-01 至 2026-07-31",
        "第 1 页 / 共 3 页",
        "第 3 页 / 共 3 页",
        "期末余额",
    ],
    ("zh-medical-stop", "医疗/住院费用清单_20260703.pdf"): [
        "北京市朝阳区第三人民医院",
        "李秀英",
        "开票日期：2026-07-03",
        "合计（小写）",
        "合计（大写）",
    ],
    ("en-job-loss", "redundancy-letter.pdf"): [
        "Brightwater Logistics Ltd",
        "30 September 2026",
        "Dear Daniel Okafor",
        "by reason of redundancy",
        "HR Manager",
    ],
    ("en-job-loss", "statements/pennine-statement-2026-09.pdf"): [
        "Statement period 1 September 2026 to 30 September 2026",
        "Sort code",
        "20-45-77",
        "43917702",
        "Closing balance £412.09",
        "Page 2 of 2",
    ],
    ("en-job-loss", "bills/irwell-energy-bill-2026-10.pdf"): [
        "Your energy bill",
        "Account number",
        "8812 4470 19",
        "Amount due",
        "Billing period",
    ],
}


def test_every_text_pdf_has_key_strings() -> None:
    assert {(c, r) for c, r, _ in TEXT_PDFS} == set(KEY_STRINGS)


@pytest.mark.parametrize(("case", "rel", "doc"), TEXT_PDFS, ids=_ids(TEXT_PDFS))
def test_text_pdf_pages_and_text_layer(case: str, rel: str, doc: dict) -> None:
    reader = PdfReader(SAMPLES / case / rel)
    assert len(reader.pages) == doc["pages"]
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    wanted = list(KEY_STRINGS[(case, rel)])
    if doc["type"] == "medical_bill":
        wanted.append(_money(case, rel, "total"))
    if doc["type"] == "bank_statement":
        wanted.append(_money(case, rel, "closing_balance"))
    for s in wanted:
        assert re.sub(r"\s+", "", s) in text, s


def test_image_only_statement_has_no_text_layer() -> None:
    ((case, rel, doc),) = _documents("pdf-image-only")
    reader = PdfReader(SAMPLES / case / rel)
    assert len(reader.pages) == doc["pages"] == 2
    for page in reader.pages:
        assert page.extract_text().strip() == ""
        assert len(page.images) == 1


# -- rasters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "rel", "doc"), _documents("scan-png"), ids=_ids(_documents("scan-png")))
def test_scanned_png_is_grey_8bit_at_200_dpi(case: str, rel: str, doc: dict) -> None:
    with Image.open(SAMPLES / case / rel) as im:
        assert im.format == "PNG" and im.mode == "L"
        assert round(im.info["dpi"][0]) == 200
        assert max(im.size) <= 2400


def test_rotated_photo_has_orientation_gps_and_camera_tags() -> None:
    ((case, rel, _),) = [d for d in PHOTOS if d[2]["form"] == "photo-jpeg-exif-rotated"]
    with Image.open(SAMPLES / case / rel) as im:
        exif = im.getexif()
        assert im.width > im.height  # stored sideways, as the sensor wrote it
        assert exif[0x0112] == 6
        assert exif[0x010F] and exif[0x0110]  # Make, Model
        gps = exif.get_ifd(0x8825)
        assert {1, 2, 3, 4} <= set(gps)  # latitude ref/value, longitude ref/value
        upright = ImageOps.exif_transpose(im)
        assert upright.height > upright.width


def test_upright_photo_needs_no_rotation() -> None:
    ((case, rel, _),) = [d for d in PHOTOS if d[2]["form"] == "photo-jpeg"]
    with Image.open(SAMPLES / case / rel) as im:
        exif = im.getexif()
        assert exif.get(0x0112, 1) == 1
        assert not exif.get_ifd(0x8825)


# -- case files -------------------------------------------------------------------------------

CASE_KEYS = {  # interface.md, "The case file" and "New case-file keys" (second round)
    "applicant": {"name", "id_number", "phone", "email", "address"},
    "lender": {"name", "email", "address", "contract_number", "complaints"},
    "request": {"kind", "language", "checklist", "hardship", "statement", "currency", "country", "ocr_engine"},
    "plan": {"outstanding", "monthly_payment", "first_payment", "installment"},
}


@pytest.mark.parametrize("case", CASES)
def test_packet_toml_parses_with_only_spec_keys(case: str) -> None:
    data = tomllib.loads((SAMPLES / case / "packet.toml").read_text(encoding="utf-8"))
    assert set(data) <= {*CASE_KEYS, "files", "passwords", "contact"}
    for table, keys in CASE_KEYS.items():
        assert set(data.get(table, {})) <= keys, table
    for entry in data["contact"]:
        assert set(entry) == {"at", "channel", "with", "summary"}
        assert entry["channel"] in {"phone", "chat", "email", "letter", "visit"}
    assert data["request"]["hardship"] in {"unemployment", "medical", "income-drop", "other"}
