"""Makers of real input files for the reading tests and the OCR benchmark: PDFs with and without a text
layer (reportlab), page images (Pillow), HEIC (pillow_heif), protected PDFs (pypdf), and nasty files.

Pages are small (A6 at 200 DPI with large type) so that real OCR stays quick in tests.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from packet.case.casefile import Case, Request

LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

PAYSLIP_EN = ["PAYSLIP September 2026", "Employer: Acme Widgets Ltd", "Employee: John Smith",
              "Gross pay 4,200.00", "Net pay 3,512.40", "Payment date 2026-09-30"]
BILL_ZH = ["北京协和医院", "门诊收费票据", "患者姓名：张伟", "日期：2026年10月08日", "合计金额：1286.50元"]


def case_at(root: Path, language: str = "en", passwords: dict[str, str] | None = None) -> Case:
    return Case(root=root, request=Request(language=language, checklist="en-hardship" if language == "en"
                                           else "zh-stop-collection"), passwords=passwords or {})


def page_image(lines: list[str], *, size_in: tuple[float, float] = (4.13, 5.83), dpi: int = 200,
               cjk: bool = False, font_pt: float = 14, colour: bool = False) -> Image.Image:
    """A white page with ``lines`` of black text, ``size_in`` inches at ``dpi``."""
    w, h = round(size_in[0] * dpi), round(size_in[1] * dpi)
    img = Image.new("RGB" if colour else "L", (w, h), (250, 246, 236) if colour else 255)
    draw = ImageDraw.Draw(img)
    px = round(font_pt / 72 * dpi)
    font = ImageFont.truetype(CJK_FONT, px, index=0) if cjk else ImageFont.truetype(LATIN_FONT, px)
    y = round(0.4 * dpi)
    for line in lines:
        draw.text((round(0.35 * dpi), y), line, fill=(20, 20, 30) if colour else 0, font=font)
        y += round(px * 1.9)
    return img


def save_image(img: Image.Image, path: Path, fmt: str, dpi: int | None = 200, **kw) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
        img.convert("RGB").save(path, format="HEIF", quality=90, **kw)
    else:
        extra = {"dpi": (dpi, dpi)} if dpi else {}
        img.save(path, format=fmt, **extra, **kw)
    return path


def pdf_font(cjk: bool) -> str:
    """The reportlab font name to draw with: Helvetica, or for Chinese the WenQuanYi Zen Hei TrueType font
    (:data:`CJK_FONT`), registered once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not cjk:
        return "Helvetica"
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
    return "WQY"


def _canvas(buf: io.BytesIO | Path, size: tuple[float, float]):
    from reportlab.pdfgen import canvas

    return canvas.Canvas(str(buf) if isinstance(buf, Path) else buf, pagesize=size, invariant=1)


def raw_pdf(path: Path, objects: list[str]) -> Path:
    """A PDF written object by object (``objects[0]`` is object 1, the catalog), with a correct xref table: for
    the structures a PDF library would not write (a page size inherited from the page tree, a wrong ToUnicode
    map). Bodies are latin-1 text; a stream body gives its own /Length."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path


def text_pdf(path: Path, pages: list[list[str]], *, cjk: bool = False, size=(297.6, 419.5),
             creator: str | None = None) -> Path:
    """A born-digital PDF: each page's lines drawn as real text (A6 by default)."""
    font = pdf_font(cjk)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = _canvas(path, size)
    if creator:
        c.setCreator(creator)
    for lines in pages:
        c.setFont(font, 12)
        y = size[1] - 40
        for line in lines:
            c.drawString(28, y, line)
            y -= 22
        c.showPage()
    c.save()
    return path


def image_pdf(path: Path, images: list[Image.Image | list[str]], *, dpi: int = 200,
              header: str | None = None) -> Path:
    """A scanned PDF: each page one image (no text layer), optionally with a one-line text header."""
    from reportlab.lib.utils import ImageReader

    path.parent.mkdir(parents=True, exist_ok=True)
    first = images[0] if isinstance(images[0], Image.Image) else page_image(images[0], dpi=dpi)
    c = _canvas(path, (first.width / dpi * 72, first.height / dpi * 72))
    for item in images:
        img = item if isinstance(item, Image.Image) else page_image(item, dpi=dpi)
        w, h = img.width / dpi * 72, img.height / dpi * 72
        c.setPageSize((w, h))
        c.drawImage(ImageReader(img), 0, 0, w, h)
        if header:
            c.setFont("Helvetica", 7)
            c.drawString(10, h - 10, header)
        c.showPage()
    c.save()
    return path


def mixed_pdf(path: Path, text_lines: list[str], scan_lines: list[str], dpi: int = 200) -> Path:
    """Page 1 born-digital, page 2 a scan."""
    from pypdf import PdfReader, PdfWriter

    text_pdf(path.with_suffix(".a.tmp"), [text_lines])
    image_pdf(path.with_suffix(".b.tmp"), [scan_lines], dpi=dpi)
    writer = PdfWriter()
    for part in (path.with_suffix(".a.tmp"), path.with_suffix(".b.tmp")):
        for page in PdfReader(part).pages:
            writer.add_page(page)
        part.unlink()
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def encrypt_pdf(src: Path, dst: Path, user_password: str, owner_password: str = "owner-secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password=user_password, owner_password=owner_password)  # RC4-128: needs no extra package
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose IHDR claims ``width`` x ``height`` with one tiny IDAT: a pixel bomb, never allocated."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + chunk(b"IEND", b""))
    return path


def docx_bytes() -> bytes:
    """A minimal Word document (a zip with word/document.xml)."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def read_documents(root: Path, language: str):
    """The documents of the folder ``root`` as packet reads them (``read_case`` with the auto engine choice, no cache,
    one job), for a case in ``language`` ("en" or "zh") on that language's built-in checklist. Fails the test when
    any file is refused."""
    from packet.reading.engines import choose
    from packet.reading.ingest import read_case

    case = Case(root=root, request=Request(language=language,
                                           checklist="en-hardship" if language == "en" else "zh-stop-collection"))
    read = read_case(case, languages="eng" if language == "en" else "chi_sim+eng", jobs=1, cache=None,
                     engine=choose("auto", language))
    assert not read.errors
    return read.documents


def read_generated(items, root: Path, seed: int) -> list:
    """Each generated item (an object with ``sheet`` — a :class:`photo_forms.Sheet` — and ``form``) written in its form
    into ``root/<language>/`` (``photo_forms.write``, seeded ``seed + i``) and read back as packet reads a case of that
    language (:func:`read_documents`): a list of ``(item, document)`` pairs, English first, one per document read."""
    from photo_forms import write

    names = {}
    for i, it in enumerate(items):
        path = write(it.sheet, it.form, root / it.sheet.language, f"{it.sheet.layout}-{i}", seed + i)
        names[(it.sheet.language, path.name)] = it
    return [(names[(lang, doc.rel)], doc) for lang in ("en", "zh") if (root / lang).is_dir()
            for doc in read_documents(root / lang, lang)]


def read_sheet(sheet, form: str, root: Path, seed: int = 0):
    """One generated page (a :class:`photo_forms.Sheet`) written in ``form`` ("photo", "scan" …: ``photo_forms.write``,
    seeded ``seed``) into ``root``, read by the real engines for a case in the sheet's language, classified and
    extracted as ``packet check`` does: the :class:`packet.core.model.Extracted` of its one document."""
    from photo_forms import write

    from packet.understanding.classify import classify_one
    from packet.understanding.extract import extract

    path = write(sheet, form, root, sheet.layout, seed)
    docs = read_documents(path.parent, sheet.language)
    case = Case(root=path.parent, request=Request(language=sheet.language, checklist="en-hardship"
                                                  if sheet.language == "en" else "zh-stop-collection"))
    return extract(classify_one(docs[0], case), sheet.language)
