"""Size limits: images are downsampled until the packet fits, split into parts when it cannot, and stay
legible at the lowest quality (real Tesseract reads the stamped page back)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from fixtures_assemble import AS_OF, en_case, pdf_text, result, scan_image, source
from pypdf import PdfReader

from packet.assembly import assemble
from packet.assembly.assemble import BuildOptions, build_packet
from packet.assembly.exhibit_images import LEVELS
from packet.core.errors import PacketError
from packet.rules.checklist import load_checklist

LIMIT = 1_500_000


def heavy_case(tmp: Path, photos: int = 4):
    """The English case plus several big noisy colour phone photos (several MB of input)."""
    built = en_case(tmp)
    docs = list(built.report.documents)
    for i in range(photos):
        p = built.root / f"bill-photo-{i}.jpg"
        page = scan_image(p, [f"PHOTO RECEIPT {i}", "Total 99.00"], px=(1800, 2400), dpi=225, colour=True, noise=True)
        docs.append(result(source(p, built.root, "image", "jpeg"), [page], "other", {}, None, form="photo"))
    report = type(built.report)(**{**built.report.__dict__, "documents": tuple(docs)})
    return type(built)(built.case, report, built.root)


def build(built, out: Path, **kw):
    cl = load_checklist(built.case.request.checklist)
    return build_packet(built.report, built.case, cl, BuildOptions(output=out, **kw), as_of=AS_OF)


def input_size(built) -> int:
    return sum(p.stat().st_size for p in built.root.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def heavy(tmp_path_factory):
    return heavy_case(tmp_path_factory.mktemp("heavy"))


def test_images_are_recompressed_until_the_packet_fits(heavy, tmp_path):
    assert input_size(heavy) > 2 * LIMIT
    res = build(heavy, tmp_path / "fit.pdf", max_size=LIMIT)
    assert res.parts == 1
    assert res.size == res.files[0].stat().st_size <= LIMIT
    texts = pdf_text(res.files[0])
    assert "PHOTO RECEIPT 3" in texts[-2]


def test_too_big_without_split_says_to_use_split(heavy, tmp_path):
    with pytest.raises(PacketError) as err:
        build(heavy, tmp_path / "no.pdf", max_size=400_000)
    assert "--split" in str(err.value)
    assert not (tmp_path / "no.pdf").exists()


SPLIT_LIMIT = 300_000


@pytest.fixture(scope="module")
def split(heavy, tmp_path_factory):
    return build(heavy, tmp_path_factory.mktemp("split") / "s.pdf", max_size=SPLIT_LIMIT, split=True, eml=True)


def test_split_parts_are_under_the_limit_and_numbered_on(split):
    res, limit = split, SPLIT_LIMIT
    tmp_path = res.files[0].parent
    pdfs = [p for p in res.files if p.suffix == ".pdf"]
    assert res.parts == len(pdfs) >= 2
    assert [p.name for p in pdfs] == [f"s-part{i}of{len(pdfs)}.pdf" for i in range(1, len(pdfs) + 1)]
    assert not (tmp_path / "s.pdf").exists()
    assert len([p for p in res.files if p.suffix == ".eml"]) == len(pdfs)
    numbers, total = [], None
    for i, pdf in enumerate(pdfs, 1):
        assert pdf.stat().st_size <= limit
        reader = PdfReader(pdf)
        texts = pdf_text(pdf)
        assert f"Part {i} of {len(pdfs)}" in texts[0]
        for name in (p.name for p in pdfs):
            assert name in texts[0]  # what the other parts hold
        for t in texts[1:]:
            n, total = map(int, __import__("re").search(r"Page (\d+) / (\d+)", t).groups())
            numbers.append(n)
        # the viewer's page labels match the stamps
        assert reader.page_labels[1] == str(numbers[-len(texts) + 1])
    assert numbers == list(range(1, total + 1))
    assert res.pages == total + len(pdfs)
    first_texts = pdf_text(pdfs[0])
    assert "Dear Sir or Madam" in first_texts[1] and "Index of exhibits" in "".join(first_texts)


def test_split_index_links_reach_other_parts(split):
    res = split
    reader = PdfReader(res.files[0])
    remote = [a.get_object()["/A"] for p in reader.pages for a in p.get("/Annots", [])
              if "/A" in a.get_object()]
    assert remote and all(a["/S"] == "/GoToR" for a in remote)
    assert {a["/F"] for a in remote} <= {p.name for p in res.files[1:] if p.suffix == ".pdf"}
    local = [a.get_object() for p in reader.pages for a in p.get("/Annots", []) if "/Dest" in a.get_object()]
    assert local  # the letter is in this part: its index line is a plain link


def test_each_part_has_its_email_draft(split):
    import email
    from email import policy

    pdfs = [p for p in split.files if p.suffix == ".pdf"]
    for i, pdf in enumerate(pdfs, 1):
        msg = email.message_from_bytes(pdf.with_suffix(".eml").read_bytes(), policy=policy.default)
        assert msg["Subject"].endswith(f"({i}/{len(pdfs)})")
        (att,) = list(msg.iter_attachments())
        assert att.get_content() == pdf.read_bytes()


def test_lowest_quality_is_still_legible(tmp_path, monkeypatch):
    """Build at the lowest level, then let real Tesseract read the stamped scan page back."""
    monkeypatch.setattr(assemble, "LEVELS", (LEVELS[-1],))
    built = en_case(tmp_path)
    res = build(built, tmp_path / "low.pdf")
    reader = PdfReader(res.files[0])
    page = next(reader.get_destination_page_number(o) + 1 for o in reader.outline if o.title.startswith("Exhibit D"))
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(res.files[0]), str(png)], check=True)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out = subprocess.run(["tesseract", f"{png}.png", "-", "-l", "eng"], capture_output=True, text=True, env=env,
                         check=True, timeout=120).stdout
    for value in ("NORTHERN BANK STATEMENT", "Closing balance 1234.56", "2026-09-01", "2026-10-31", "Exhibit D"):
        assert value in out, (value, out)
