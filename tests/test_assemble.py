"""The built packet, opened and read back: pages, cover text, index links, stamps, bookmarks, text layer,
metadata, determinism and output-path safety. Inputs are drawn by code (tests/fixtures_assemble.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures_assemble import AS_OF, FULL_ID, en_case, image_streams, pdf_text, zh_case
from pypdf import PdfReader

from packet.assembly.assemble import BuildOptions, build_packet
from packet.assembly.output_file import check_output_path
from packet.core.errors import IncompleteCase, OutputError
from packet.rules.checklist import load_checklist

HERE = Path(__file__).resolve().parent


def build(built, out: Path, **kw):
    cl = load_checklist(built.case.request.checklist)
    return build_packet(built.report, built.case, cl, BuildOptions(output=out, **kw), as_of=AS_OF)


@pytest.fixture(scope="module")
def en(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("en")
    built = en_case(tmp, landscape_page=True)
    res = build(built, tmp / "out" / "en-packet.pdf")
    return built, res, PdfReader(res.files[0]), pdf_text(res.files[0])


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zh")
    built = zh_case(tmp)
    res = build(built, tmp / "zh-packet.pdf")
    return built, res, PdfReader(res.files[0]), pdf_text(res.files[0])


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def test_page_count_is_letter_index_exhibits_and_log(en):
    built, res, reader, texts = en
    letter_pages = sum(1 for t in texts if "Letter" in t.splitlines()[-3:] or t.startswith("Letter"))
    exhibit_pages = sum(len(d.document.pages) for d in built.report.documents)
    assert letter_pages >= 1
    assert len(reader.pages) == res.pages == letter_pages + 1 + exhibit_pages + 1
    assert res.parts == 1 and res.size == res.files[0].stat().st_size


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_cover_letter_says_who_what_and_the_plan(lang, en, zh):
    built, _, _, texts = en if lang == "en" else zh
    cover = "\n".join(texts[:2])
    a = built.case.applicant
    assert a.name in cover
    assert built.case.lender.contract_number in cover
    assert a.masked_id in cover
    assert a.id_number not in "\n".join(texts)
    if lang == "en":
        assert "pause all collection activity" in cover
        assert "36,000.00" in cover and "24 payments" in cover and "15 January 2029" in cover
        assert "within 14 days" in cover and "Yours faithfully" in cover
    else:
        for phrase in ("停催申请书", "致：某某消费金融有限公司", "一、事由", "二、申请事项", "三、困难情况说明",
                       "四、还款计划", "五、附件清单", "12,000.00", "共 15 期", "14 日内书面答复", "此致", "敬礼",
                       "申请人（签名）", "2026年11月20日", "本人于 2026 年 9 月确诊住院"):
            assert phrase in cover, phrase


def test_full_id_is_nowhere_in_the_file(zh):
    built, res, reader, texts = zh
    assert FULL_ID not in "".join(texts)
    assert FULL_ID.encode() not in res.files[0].read_bytes()
    assert FULL_ID not in str(reader.metadata)


def test_index_lines_link_to_first_pages(en):
    built, _, reader, texts = en
    index_page = next(i for i, t in enumerate(texts) if "Index of exhibits" in t)
    marks = dict(outline(reader))
    links = []
    for annot in reader.pages[index_page]["/Annots"]:
        a = annot.get_object()
        assert a["/Subtype"] == "/Link"
        target = reader.get_page_number(a["/Dest"][0].get_object())
        links.append(target)
    # one line per section: the letter, five exhibits, the contact log; each to its first page
    assert links == sorted(links)
    assert links == [p for t, p in marks.items() if not t.startswith("Index")]
    index_text = texts[index_page]
    for title, page in marks.items():
        label = title.split(" — ")[0]
        if label.startswith("Exhibit"):
            assert re.search(rf"{label}\s.*?p\. {page + 1}\b", index_text, re.S), (label, page)


def test_every_page_is_stamped_with_label_name_contract_and_number(en):
    built, res, _, texts = en
    total = res.pages
    for n, text in enumerate(texts, 1):
        assert f"Page {n} / {total}" in text
        assert "John Smith · Contract NFC-2025-0042" in text
    assert "Exhibit A" in texts[3] and "Exhibit E" in texts[7]


def test_bookmarks_carry_page_numbers(en, zh):
    _, _, reader, _ = en
    marks = outline(reader)
    assert marks[0] == ("Cover letter (p. 1)", 0)
    assert marks[1] == ("Index of exhibits (p. 3)", 2)
    assert marks[2] == ("Exhibit A — Proof of unemployment, 31 Aug 2026 (p. 4)", 3)
    assert marks[-1] == ("Appendix — Contact log (p. 9)", 8)
    for title, page in marks:
        assert title.endswith(f"(p. {page + 1})")
    zmarks = outline(zh[2])
    assert ("附件 1 工资单 2026-10 (第 4 页)", 3) in zmarks
    assert zmarks[-1] == ("附录 沟通记录 (第 6 页)", 5)


def test_exhibits_follow_checklist_order_then_date(en):
    titles = [t for t, _ in outline(en[2])]
    assert [t.split(" (p.")[0] for t in titles[2:7]] == [
        "Exhibit A — Proof of unemployment, 31 Aug 2026", "Exhibit B — Payslip, Sep 2026",
        "Exhibit C — Payslip, Oct 2026", "Exhibit D — Bank statement, 1 Sep 2026 – 31 Oct 2026",
        "Exhibit E — Supporting document"]


@pytest.mark.parametrize(("fixture", "page", "words"), [
    ("en", 6, ["NORTHERN BANK STATEMENT", "Closing balance 1234.56", "Account holder John Smith"]),
    ("en", 3, ["REDUNDANCY NOTICE", "Dear John Smith"]),
    ("zh", 4, ["北京协和医院", "患者姓名 张伟", "合计 3280.50"]),
], ids=["scan-png", "rotated-photo", "zh-scan"])
def test_scanned_pages_carry_searchable_text(request, fixture, page, words):
    texts = request.getfixturevalue(fixture)[3]
    for w in words:
        assert w in texts[page]


def test_born_digital_pages_keep_their_text_upright(en):
    _, _, reader, _ = en
    page = reader.pages[4]
    assert "Net pay 2,310.55" in page.extract_text(orientations=(0,))
    assert "WIDE RECEIPT landscape" in reader.pages[7].extract_text(orientations=(0,))


def test_pages_share_one_paper_size_and_none_is_rotated(en, zh):
    for reader in (en[2], zh[2]):
        for p in reader.pages:
            assert (round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (595, 842)
            assert p.rotation == 0


def test_no_exif_or_gps_in_any_image(en):
    built, res, _, _ = en
    photo = built.root / "letter-photo.jpg"
    assert b"Exif" in photo.read_bytes()  # the input had it
    streams = image_streams(res.files[0])
    assert len(streams) >= 2
    for data in streams:
        assert b"Exif" not in data and b"GPS" not in data


def test_exif_inside_a_born_digital_pdf_is_removed_too(tmp_path):
    from fixtures_assemble import result, source, text_pdf

    built = en_case(tmp_path)
    pdf = built.root / "with-photo.pdf"
    pages = text_pdf(pdf, [["PAYSLIP with a logo"]], jpeg=built.root / "letter-photo.jpg")
    assert any(b"Exif" in d for d in image_streams(pdf))
    docs = built.report.documents + (result(source(pdf, built.root, "pdf", "pdf"), pages, "other", {}, None),)
    report = type(built.report)(**{**built.report.__dict__, "documents": docs})
    res = build(type(built)(built.case, report, built.root), tmp_path / "p.pdf")
    streams = image_streams(res.files[0])
    assert streams and not any(b"Exif" in d or b"GPS" in d for d in streams)
    assert "PAYSLIP with a logo" in pdf_text(res.files[0])[-2]


def test_metadata_is_ours_and_opens_at_100_percent(en):
    built, _, reader, _ = en
    meta = reader.metadata
    assert meta["/Creator"].startswith("packet ")
    assert meta["/Author"] == "John Smith"
    assert meta["/Title"] == "Request to pause collection — John Smith"
    assert "NFC-2025-0042" in meta["/Subject"]
    assert meta["/CreationDate"] == "D:20261120000000+00'00'"
    assert set(meta) == {"/Title", "/Author", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate",
                         "/PacketLetter"}  # what the letter said, for the follow-up: a date, a flag, the reply days
    root = reader.trailer["/Root"]
    assert "/Metadata" not in root
    action = root["/OpenAction"]
    assert action[1] == "/XYZ" and float(action[4]) == 1.0
    ids = reader.trailer["/ID"]
    assert ids[0] == ids[1] and len(ids[0].original_bytes) == 16 and ids[0].original_bytes != b"\x00" * 16


def test_same_inputs_same_bytes(tmp_path):
    built = zh_case(tmp_path)
    a = build(built, tmp_path / "a.pdf").files[0].read_bytes()
    b = build(built, tmp_path / "b.pdf").files[0].read_bytes()
    assert a == b


def test_same_bytes_in_another_process(tmp_path):
    """A fresh interpreter (another hash seed) must write the same bytes: nothing depends on set order."""
    built = en_case(tmp_path)
    here = build(built, tmp_path / "here.pdf").files[0].read_bytes()
    code = (f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
            "from pathlib import Path\n"
            "from fixtures_assemble import en_case\n"
            "from test_assemble import build\n"
            f"built = en_case(Path({str(tmp_path / 'again')!r}))\n"
            f"build(built, Path({str(tmp_path / 'there.pdf')!r}))\n")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path)
    assert (tmp_path / "there.pdf").read_bytes() == here


def test_source_date_epoch_sets_the_dates(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    res = build(zh_case(tmp_path), tmp_path / "x.pdf")
    assert PdfReader(res.files[0]).metadata["/CreationDate"] == "D:20231114221320+00'00'"


@pytest.mark.parametrize("where", ["inside-case", "over-an-input", "over-a-foreign-file", "a-folder"])
def test_output_path_is_refused(tmp_path, where):
    built = en_case(tmp_path)
    target = {"inside-case": built.root / "packet.pdf", "over-an-input": built.root / "payslip-2026-09.pdf",
              "over-a-foreign-file": tmp_path / "thesis.pdf", "a-folder": tmp_path}[where]
    if where == "over-a-foreign-file":
        target.write_bytes(b"%PDF-1.4 my thesis")
    before = {p: p.read_bytes() for p in built.root.rglob("*") if p.is_file()}
    with pytest.raises(OutputError):
        build(built, target)
    assert {p: p.read_bytes() for p in built.root.rglob("*") if p.is_file()} == before


def test_output_in_a_hidden_or_marked_folder_inside_the_case_is_allowed(tmp_path):
    built = en_case(tmp_path)
    check_output_path(built.case, built.root / ".packet" / "out.pdf")
    (built.root / "out").mkdir()
    (built.root / "out" / ".packet-output").write_text("")
    check_output_path(built.case, built.root / "out" / "x.pdf")


def test_rebuild_overwrites_its_own_output_atomically(tmp_path):
    built = en_case(tmp_path)
    out = tmp_path / "p.pdf"
    build(built, out)
    build(built, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case-en", "p.pdf"]


def test_incomplete_case_refused_unless_forced(tmp_path):
    built = zh_case(tmp_path, missing=True)
    with pytest.raises(IncompleteCase):
        build(built, tmp_path / "x.pdf")
    res = build(built, tmp_path / "y.pdf", force=True)
    texts = pdf_text(res.files[0])
    cover = "".join(texts[:2])
    assert "尚待补交" in cover and "银行流水（2026-05-01 至 2026-10-31）" in cover and "· 医疗票据" in cover
    assert "银行 App" not in cover  # the user's to-do advice is not for the lender


def test_letter_paper_for_english(tmp_path):
    res = build(en_case(tmp_path, contacts=False), tmp_path / "l.pdf", paper="letter")
    reader = PdfReader(res.files[0])
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(612, 792)}
    assert "Appendix" not in "".join(pdf_text(res.files[0]))


def test_rotated_and_encrypted_pdf_pages_are_placed_upright(tmp_path):
    from fixtures_assemble import result, source, text_pdf
    from pypdf import PdfWriter

    built = en_case(tmp_path)
    plain = tmp_path / "rot.pdf"
    pages = text_pdf(plain, [["SIDEWAYS STATEMENT page one"]], rotate=90)
    w = PdfWriter(clone_from=plain)
    w.encrypt("secret", algorithm="RC4-128")
    locked = built.root / "locked.pdf"
    with open(locked, "wb") as fh:
        w.write(fh)
    docs = built.report.documents + (result(source(locked, built.root, "pdf", "pdf"), pages, "other", {}, None),)
    report = type(built.report)(**{**built.report.__dict__, "documents": docs})
    case = type(built.case)(**{**built.case.__dict__, "passwords": {"locked.pdf": "secret"}})
    res = build(type(built)(case, report, built.root), tmp_path / "p.pdf")
    last_exhibit = PdfReader(res.files[0]).pages[-2]
    assert "SIDEWAYS STATEMENT page one" in last_exhibit.extract_text(orientations=(0,))
    assert "secret" not in res.files[0].read_bytes().decode("latin-1")


def test_pdf_pypdf_cannot_open_is_placed_as_an_image_with_its_words(tmp_path):
    """AES-256 needs the optional 'cryptography' package in pypdf: without it the page is rasterised with
    pdfium (which can decrypt) and its text-layer words become the invisible text layer."""
    import shutil

    from fixtures_assemble import result, source, text_pdf

    from packet.core.model import Word

    if not shutil.which("qpdf"):
        pytest.fail("qpdf is needed to make an AES-256 test file")
    built = en_case(tmp_path)
    plain = tmp_path / "plain.pdf"
    pages = text_pdf(plain, [["LOCKED STATEMENT"]])
    pages = [type(pages[0])(**{**pages[0].__dict__, "words": (
        Word("LOCKED", (0.12, 0.07, 0.26, 0.09), 100.0, 0), Word("STATEMENT", (0.27, 0.07, 0.45, 0.09), 100.0, 0))})]
    locked = built.root / "aes.pdf"
    subprocess.run(["qpdf", "--encrypt", "pw", "owner", "256", "--", str(plain), str(locked)], check=True)
    docs = built.report.documents + (result(source(locked, built.root, "pdf", "pdf"), pages, "other", {}, None),)
    report = type(built.report)(**{**built.report.__dict__, "documents": docs})
    case = type(built.case)(**{**built.case.__dict__, "passwords": {"aes.pdf": "pw"}})
    res = build(type(built)(case, report, built.root), tmp_path / "p.pdf")
    assert "LOCKED STATEMENT" in pdf_text(res.files[0])[-2]


def test_form_values_are_kept_links_and_input_metadata_dropped(tmp_path):
    from fixtures_assemble import result, source
    from reportlab.pdfgen.canvas import Canvas

    from packet.core.model import Page

    built = en_case(tmp_path)
    form = built.root / "form.pdf"
    canv = Canvas(str(form), invariant=1)
    canv.setAuthor("Leaky Input Author")
    canv.setTitle("Leaky Input Title")
    canv.drawString(72, 760, "INCOME FORM")
    canv.acroForm.textfield(name="income", value="FILLED VALUE 4321", x=72, y=700, width=200, height=20)
    canv.linkURL("http://tracker.example/", (72, 600, 200, 620))
    canv.showPage()
    canv.save()
    docs = built.report.documents + (
        result(source(form, built.root, "pdf", "pdf"), [Page(1, 612, 792, "text", "INCOME FORM")], "other", {}, None),)
    report = type(built.report)(**{**built.report.__dict__, "documents": docs})
    res = build(type(built)(built.case, report, built.root), tmp_path / "p.pdf")
    reader = PdfReader(res.files[0])
    form_page = reader.pages[-2]
    assert "FILLED VALUE 4321" in form_page.extract_text()
    assert "/Annots" not in form_page and "/AcroForm" not in reader.trailer["/Root"]
    raw = res.files[0].read_bytes()
    assert b"Leaky Input" not in raw and b"tracker.example" not in raw


def test_photo_stored_sideways_is_shown_upright(en, tmp_path):
    """The fixture photo was saved turned 90°; upright, its red seal sits at the bottom right."""
    from PIL import Image

    _, res, reader, _ = en
    page = next(reader.get_destination_page_number(o) + 1 for o in reader.outline if o.title.startswith("Exhibit A"))
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(res.files[0]), str(tmp_path / "p")], check=True)
    img = Image.open(tmp_path / "p.png").convert("RGB")
    red = [(x, y) for x in range(img.width) for y in range(img.height)
           if (lambda p: p[0] > 150 and p[1] < 90 and p[2] < 90)(img.getpixel((x, y)))]
    assert red
    cx = sum(x for x, _ in red) / len(red) / img.width
    cy = sum(y for _, y in red) / len(red) / img.height
    assert cx > 0.6 and 0.5 < cy < 0.9, (cx, cy)


def test_page_images_in_processes_equal_the_serial_twin(tmp_path):
    from packet.assembly.exhibit_images import LEVELS, PARALLEL_FROM, page_images
    from packet.core.executor import LocalExecutor, SerialExecutor

    built = en_case(tmp_path)
    jobs = [(d.document, p, (400.0, 560.0), LEVELS[-1], None) for d in built.report.documents
            for p in d.document.pages if p.source == "ocr"] * PARALLEL_FROM
    serial = page_images(jobs, SerialExecutor())
    parallel = page_images(jobs, LocalExecutor(2))
    assert [i.data for i in parallel] == [i.data for i in serial]
    assert {i.grey for i in serial} == {True, False}  # the grey scan and the colour photo
