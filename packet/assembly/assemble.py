"""`packet build`: write the submission PDF — cover letter, index, stamped exhibits, contact log.

The run reads like this: check the output path; pick fonts and paper; order the exhibits; lay the
packet out (page numbers for every part, the letter being page 1); then, from the best image quality
down, render the pages, place the born-digital pages, add the outline, links and metadata, and keep the
first result under ``max_size``; if none fits, split between exhibits (``split``) or say to. Output is
written atomically and is the same bytes for the same inputs and as-of date.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from packet.assembly.email_draft import write_drafts
from packet.assembly.exhibit_images import LEVELS, JpegReader, Quality, page_images
from packet.assembly.exhibits import Exhibit, lay_out, order_exhibits, split_tall_pages, still_to_follow
from packet.assembly.fonts import font_set
from packet.assembly.front_matter import Front, Laid
from packet.assembly.hidden_text import draw_words
from packet.assembly.index_pages import render_contacts, render_index
from packet.assembly.letter import SIGNATURE, render_letter, subject_line
from packet.assembly.letter_record import record_of
from packet.assembly.output_file import check_output_path, write_atomic
from packet.assembly.page_frame import Band, draw_blank, fit, paper_size
from packet.assembly.parts import split_packet
from packet.assembly.pdf_style import binary_streams
from packet.assembly.pdf_writing import (
    Bookmark,
    Link,
    bookmark_title,
    finish,
    place_vector_page,
    scrub,
    vector_placeable,
    write_bytes,
)
from packet.assembly.purpose_line import draw_purpose_line, needs_purpose_line, purpose_text
from packet.assembly.redaction import own_numbers, redact_page, scrub_text
from packet.case.casefile import Case
from packet.case.fingerprint import Fingerprint
from packet.case.followup import load_rules
from packet.case.repayment_plan import schedule
from packet.core.clock import build_time
from packet.core.display import one_line
from packet.core.errors import IncompleteCase, InputChanged, PacketError
from packet.core.executor import Executor, SerialExecutor
from packet.core.i18n import message_lang, tr
from packet.core.model import Report
from packet.core.own_output import PACKET_CREATOR, file_sha256
from packet.core.version import __version__
from packet.rules.checklist import Checklist
from packet.rules.evaluate import monthly_pay
from packet.rules.readiness import benefit_income, no_income, statement_types, wages_paid_in
from packet.rules.shown import shown_case

log = logging.getLogger(__name__)

CREATOR = f"{PACKET_CREATOR}{__version__}"  # the reading stage skips PDFs whose /Creator starts with this


@dataclass(frozen=True)
class BuildOptions:
    output: Path  # final PDF path
    max_size: int = 18_000_000  # bytes
    split: bool = False
    eml: bool = False
    print_mode: bool = False  # each exhibit starts on an odd page (blank pages inserted, still numbered)
    force: bool = False  # build an incomplete case; the enclosure list says what is still to follow
    paper: str | None = None  # "A4" or "letter"; None: the documents' own paper (page_frame.paper_size); zh A4
    # what the packet is built from, written into its document information (packet.case.fingerprint): the page,
    # `packet status` and `packet sent` then tell a PDF older than its case
    source: Fingerprint | None = None


@dataclass(frozen=True)
class BuildResult:
    files: tuple[Path, ...]  # the PDF(s) written (parts when split), then the .eml file(s) if any
    pages: int  # total pages across parts
    size: int  # bytes of the PDF(s), total
    parts: int
    kept_sent: Path | None = None  # where the PDF recorded as sent, found at the output path, was moved first
    signature_page: int | None = None  # the page of the (first part's) PDF where the letter's signature line is


# --- the output path --------------------------------------------------------------------------------

def pdf_date(as_of: date) -> str:
    """SOURCE_DATE_EPOCH if set, else the as-of date at 00:00 UTC — never the wall clock."""
    return build_time(as_of).strftime("D:%Y%m%d%H%M%S+00'00'")


# --- layout -----------------------------------------------------------------------------------------

def _lay_out_pages(front: Front, print_mode: bool) -> Laid:
    """Render the letter, index and log until their page counts agree with the layout (2 passes usually)."""
    a = front.case.applicant
    probe = Band(front.lang, front.fonts, a.name, front.case.lender.contract_number, 9999)
    counts = (render_letter(front, probe, None).pages, 1, (render_contacts(front, probe, 1) or _NoPages).pages)
    for _ in range(5):
        layout = lay_out(front.exhibits, letter_pages=counts[0], index_pages=counts[1], appendix_pages=counts[2],
                         lang=front.lang, print_mode=print_mode)
        band = Band(front.lang, front.fonts, a.name, front.case.lender.contract_number, layout.total)
        letter = render_letter(front, band, layout)
        index = render_index(front, band, layout, first_page=counts[0] + 1)
        log_sec = next((s for s in layout.sections if s.kind == "appendix"), None)
        contacts = render_contacts(front, band, log_sec.first if log_sec else 0)
        got = (letter.pages, index.pages, contacts.pages if contacts else 0)
        if got == counts:
            first = next(s.first for s in layout.sections if s.kind == "letter")
            signed = letter.marks.get(SIGNATURE)
            return Laid(front, layout, band, letter.data, index.data, index.spots, contacts.data if contacts else None,
                        signature_page=first + signed - 1 if signed else None)
        counts = got
    raise RuntimeError("the page layout did not settle")  # pragma: no cover


class _NoPages:
    pages = 0


# --- rendering ---------------------------------------------------------------------------------------

def _open_sources(exhibits: tuple[Exhibit, ...], case: Case) -> dict[str, PdfReader | None]:
    """A pypdf reader for each PDF with text-layer pages (None when pypdf cannot read it: rasterised)."""
    readers: dict[str, PdfReader | None] = {}
    for ex in exhibits:
        doc = ex.result.document
        if doc.rel in readers or doc.source.kind != "pdf" or not any(p.source == "text" for p in doc.pages):
            continue  # several exhibits from one file share its reader
        try:
            reader = PdfReader(doc.source.path)
            if reader.is_encrypted:
                reader.decrypt(case.password_for(doc.rel) or "")
            for p in doc.pages:
                _ = reader.pages[p.number - 1].cropbox
            readers[doc.rel] = reader
        except Exception as exc:  # noqa: BLE001 - any pypdf failure: fall back to an image of the page
            log.info("%s: cannot place its pages as vectors (%s); using images of them", doc.rel, exc)
            readers[doc.rel] = None
    return readers


def _exhibit_pages(plan: Laid, quality: Quality, readers: dict, redactions: dict, executor: Executor,
                   rasterise: frozenset[int] = frozenset()) -> tuple[bytes, list]:
    """Exhibit and blank pages as one reportlab PDF; scans drawn with their text layer, born-digital
    pages left empty (returned as (page number, reader page) to place afterwards), except the packet pages
    numbered in ``rasterise``, drawn as images. Page images are made on ``executor``."""
    with binary_streams():
        return _draw_exhibit_pages(plan, quality, readers, redactions, executor, rasterise)


def _draw_exhibit_pages(plan: Laid, quality: Quality, readers: dict, redactions: dict, executor: Executor,
                        rasterise: frozenset[int]) -> tuple[bytes, list]:
    front, layout, band = plan.front, plan.layout, plan.band
    first = layout.sections[1].last + 1
    slots: dict[int, tuple] = {}  # page number -> (section, page, placement or None for a vector page)
    jobs, vector = [], []
    for number in range(first, layout.total + 1):
        sec = layout.section_at(number)
        if number in layout.blanks or sec is None or sec.kind != "exhibit":
            continue
        doc = sec.exhibit.result.document
        sheet = sec.exhibit.sheets[number - sec.first]
        page = sheet.page
        reader = readers.get(doc.rel)
        hidden = redactions[doc.rel, page.number]  # [[redact]] or numbers: pixels only, painted, words rebuilt
        pixels_only = hidden is not None or needs_purpose_line(sec.exhibit.result.type)
        whole = sheet.whole and number not in rasterise and not pixels_only
        src_page = _vector_source(reader, page) if whole else None
        if src_page is not None:
            vector.append((number, src_page))
            slots[number] = (sec, sheet, None, None)
        else:
            place = fit(*sheet.size, front.paper, upscale=doc.source.kind == "image")
            jobs.append((doc, page, (place.width, place.height), quality, front.case.password_for(doc.rel),
                         (sheet.top, sheet.bottom), hidden.boxes if hidden else ()))
            slots[number] = (sec, sheet, place, hidden)
    images = iter(page_images(jobs, executor))
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=front.paper, invariant=1, pageCompression=1)
    for number in range(first, layout.total + 1):
        if number in layout.blanks:
            draw_blank(canv, front.paper, band, number)
            canv.showPage()
            continue
        if number not in slots:
            continue  # the contact log comes from its own rendering
        sec, sheet, place, hidden = slots[number]
        if place is not None:
            img = next(images)
            canv.drawImage(JpegReader(img.data), place.x, place.y, place.width, place.height)
            shown = replace(sheet, page=replace(sheet.page, words=hidden.words)) if hidden else sheet
            draw_words(canv, shown.words(), place.x, place.y, place.width, place.height, front.fonts)
            if needs_purpose_line(sec.exhibit.result.type):
                draw_purpose_line(canv, purpose_text(front.case, front.lang, front.as_of), place.x, place.y,
                                  place.width, place.height, front.fonts)
        band.draw(canv, front.paper, sec.label, number)
        canv.showPage()
    canv.save()
    return buf.getvalue(), vector


def _vector_source(reader: PdfReader | None, page):
    """The pypdf page to place as vectors for ``page``, or None when it is shown as an image: a scan, a page whose
    vectors show something other than what was read (``Page.raster``), or one pypdf cannot place."""
    if page.source != "text" or page.raster or reader is None:
        return None
    try:
        src_page = reader.pages[page.number - 1]
    except Exception:  # noqa: BLE001 - a damaged page tree: show the page as PDFium renders it
        return None
    return src_page if vector_placeable(src_page) else None


def _body(plan: Laid, quality: Quality, readers: dict, redactions: dict, executor: Executor) -> PdfWriter:
    """All pages of the packet in order, with born-digital pages placed; no outline or metadata yet. A page
    pypdf cannot place as vectors (a damaged file that :func:`vector_placeable` did not catch) is placed as
    an image of it instead, so one bad page never stops the build."""
    rasterise: frozenset[int] = frozenset()
    while True:
        writer = PdfWriter()
        pieces = [plan.letter, plan.index]
        exhibits_pdf, vector = _exhibit_pages(plan, quality, readers, redactions, executor, rasterise)
        pieces.append(exhibits_pdf)
        if plan.contacts:
            pieces.append(plan.contacts)
        for data in pieces:
            for p in PdfReader(io.BytesIO(data)).pages:
                writer.add_page(p)
        failed = None
        for number, src in vector:
            try:
                place_vector_page(writer.pages[number - 1], src, writer, plan.front.paper)
            except Exception as exc:  # noqa: BLE001 - any pypdf failure on a damaged page: an image of it
                log.info("page %d cannot be placed as vectors (%s: %s); using an image of it", number,
                         type(exc).__name__, exc)
                failed = number
                break
        if failed is None:
            break
        rasterise |= {failed}  # again from a clean writer: the failed clone may have left half a page behind
    scrub(writer)
    return writer


def metadata(front: Front, as_of: date, source: Fingerprint | None = None) -> dict[str, str]:
    """The PDF's document information: title, author, subject, dates (``as_of``, never the wall clock), the letter's
    record (:mod:`packet.assembly.letter_record`) and, when given, what it was built from (``source``)."""
    name = front.case.applicant.name or ""
    stamp = pdf_date(as_of)
    return {"/Title": f"{front.request_title()} — {name}" if name else front.request_title(), "/Author": name,
            "/Subject": subject_line(front.case, front.lang), "/Creator": CREATOR, "/Producer": CREATOR,
            "/CreationDate": stamp, "/ModDate": stamp,
            **record_of(front).to_meta(),  # what the letter said, for the follow-up (packet.assembly.letter_record)
            **(source.to_meta() if source else {})}


def _single(plan: Laid, writer: PdfWriter, as_of: date, source: Fingerprint | None = None) -> bytes:
    lang = plan.front.lang
    finish(writer,
           bookmarks=[Bookmark(bookmark_title(s.title, s.first, lang), s.first - 1) for s in plan.layout.sections],
           links=[Link(spot.page - 1, spot.rect, spot.target - 1) for spot in plan.index_spots],
           labels=(), meta=metadata(plan.front, as_of, source))
    return write_bytes(writer)


# --- the stage ---------------------------------------------------------------------------------------

def build_packet(report: Report, case: Case, checklist: Checklist, options: BuildOptions, *,
                 as_of: date, executor: Executor | None = None) -> BuildResult:
    """Write the submission PDF (or its parts) and, if asked, the email draft; see the module docstring.
    Page images are made on ``executor`` (default: serially; the bytes do not depend on it). Raises
    :class:`OutputError` for a refused output path, :class:`IncompleteCase` for an incomplete case
    without ``force``, :class:`PacketError` when the packet cannot fit ``max_size`` and may not split."""
    executor = executor or SerialExecutor()
    lang = message_lang(case.language)  # packet's messages (--lang wins); the pages follow case.language
    output = Path(options.output).expanduser().resolve()
    check_output_path(case, output, lang)
    if options.eml:
        check_output_path(case, output.with_suffix(".eml"), lang)
    if not report.complete and not options.force:
        raise IncompleteCase(tr(lang, "The case is not complete: {m}", "材料不齐全：{m}",
                                m="; ".join(m.message for m in report.missing)),
                             tr(lang, "Add what is missing, or build with --force.", "请补齐材料，或加 --force 生成。"))
    front = make_front(report, case, as_of, options, checklist)
    plan = _lay_out_pages(front, options.print_mode)
    readers = _open_sources(front.exhibits, case)
    # what each exhibit page hides, worked out once: every quality level below draws the same pages
    redactions = {(s.exhibit.result.document.rel, p.number):
                  redact_page(case, s.exhibit.result.document, p, own_numbers(s.exhibit.result))
                  for s in plan.layout.sections if s.exhibit for p in s.exhibit.doc_pages}
    has_images = any(p.source != "text" or p.raster or readers.get(s.exhibit.result.document.rel) is None
                     or redactions[s.exhibit.result.document.rel, p.number] is not None
                     for s in plan.layout.sections if s.exhibit for p in s.exhibit.doc_pages)
    data, body = b"", b""
    levels = LEVELS if has_images else LEVELS[:1]
    try:
        for quality in levels:
            writer = _body(plan, quality, readers, redactions, executor)
            if options.split and quality is levels[-1]:
                body = write_bytes(writer)  # the pages before bookmarks and links: what --split cuts into parts
            data = _single(plan, writer, as_of, options.source)
            log.info("quality %s: %d bytes (limit %d)", quality, len(data), options.max_size)
            if len(data) <= options.max_size:
                break
    except (PacketError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a page that cannot be made: a file rewritten since it was read says so, not a crash
        _refuse_changed(front.exhibits, lang, exc)
        raise
    _refuse_changed(front.exhibits, lang)  # pages made from what the check read, or nothing is written
    files: list[Path]
    if len(data) <= options.max_size:
        write_atomic(output, data)
        files, total_pages, sizes = [output], plan.layout.total, len(data)
    elif options.split:

        written = split_packet(plan, body, output, options.max_size, as_of, metadata(front, as_of, options.source))
        files = [p for p, _, _ in written]
        total_pages, sizes = sum(n for _, n, _ in written), sum(s for _, _, s in written)
    else:
        mb = f"{options.max_size / 1_000_000:.1f}"
        raise PacketError(
            tr(lang, "The packet is {size} MB even with images at {dpi} DPI, over the {mb} MB limit.",
               "即使图片降到 {dpi} DPI，文件仍有 {size} MB，超过 {mb} MB 的限制。",
               size=f"{len(data) / 1_000_000:.1f}", dpi=LEVELS[-1].dpi, mb=mb),
            tr(lang, "Run again with --split to send it in several emails, or raise --max-size if your mail "
                     "service allows bigger attachments.",
               "请加上 --split 分成几个文件分别发送；如果您的邮箱允许更大的附件，也可以调大 --max-size。"), code="output")
    emails: list[Path] = []
    if options.eml:
        try:
            emails = write_drafts(front, files, as_of)
        except PacketError:  # a full disk after the PDF: leave nothing half-done
            for f in files:
                f.unlink(missing_ok=True)
            raise
    return BuildResult(files=tuple(files) + tuple(emails), pages=total_pages, size=sizes, parts=len(files),
                       signature_page=plan.signature_page)


def changed_inputs(exhibits: tuple[Exhibit, ...]) -> list[str]:
    """The case-relative paths (sorted, each once) of the exhibits' files that no longer hold the bytes the check
    read: their sha256 differs from the one recorded when they were read (:class:`packet.core.model.SourceFile`),
    or they are gone or cannot be opened now. Reads each file once (1 MiB chunks); raises nothing."""
    changed: set[str] = set()
    for src in {ex.result.document.source.rel: ex.result.document.source for ex in exhibits}.values():
        try:
            if file_sha256(src.path) != src.sha256:
                changed.add(src.rel)
        except OSError:
            changed.add(src.rel)
    return sorted(changed)


def _refuse_changed(exhibits: tuple[Exhibit, ...], lang: str, cause: BaseException | None = None) -> None:
    """Stop the build (:class:`InputChanged`, exit 2, nothing written) when a file of the packet changed after the
    check read it: a shared drive still syncing it, a scanner or a phone still copying it, an edit. Its pages would
    be the new bytes under the letter, index and fields made from the old ones (or a half-copied image that cannot
    be drawn, which stopped a trial's build with "internal error: image file is truncated")."""
    changed = changed_inputs(exhibits)
    if changed:
        raise InputChanged(changed, lang) from cause


def make_front(report: Report, case: Case, as_of: date, options: BuildOptions,
               checklist: Checklist | None = None) -> Front:
    """Fonts, paper, exhibits, plan schedule and the still-to-follow list for the generated pages."""
    lang = case.language
    case, _masked = shown_case(case)  # sanitised values, numbers in free text masked (packet.rules.shown)
    paper = paper_size(options.paper, lang, tuple((p.width, p.height) for d in report.documents if d.included
                                                  for p in d.document.pages),
                       letter_country=(case.request.country or "").upper() in load_rules().letter_paper)

    def scrubbed(text: str, doc) -> str:  # what [[redact]] hides in any of the document's files (its pictures)
        for f in doc.files:
            text = scrub_text(text, case, f.rel)
        return one_line(text)

    exhibits = tuple(replace(ex, title=scrubbed(ex.title, ex.result.document),
                             description=scrubbed(ex.description, ex.result.document))
                     for ex in split_tall_pages(order_exhibits(report, lang, checklist), paper))
    still = tuple(one_line(x) for x in still_to_follow(report, checklist, lang)) if not report.complete else ()
    no_wages = None  # a pension or a benefit, never wages: the letter promises no payslips (packet.rules.readiness)
    if checklist is not None and not report.complete:
        pay = {r.id: r for r in checklist.requirements if monthly_pay(r)}
        statements = statement_types(checklist)
        wanted = [m for m in report.missing if m.requirement in pay]
        texts = [d.document.text for m in wanted for d in report.documents
                 if (si := pay[m.requirement].options[0].stand_in) and d.type == si.type]
        paid = any(d.type == pay[m.requirement].options[0].type for m in wanted for d in report.documents) \
            or wages_paid_in([d.document.text for d in report.documents if d.type in statements]) is not None
        stopped = no_income(case) is not None  # no income now: the months asked for have no payslips (r25 trial)
        if wanted and (stopped or (not paid and benefit_income(case, texts))):  # a payslip of any month: wages,
            # only not these (unless the statement says the income stopped)
            no_wages = tuple(one_line(x) for x in still_to_follow(
                replace(report, missing=tuple(m for m in report.missing if m.requirement not in pay)), checklist,
                lang))
    if no_wages is not None:
        still = no_wages
    a, lender = case.applicant, case.lender
    texts = [a.name, a.address, a.phone, a.email, lender.name, lender.address, lender.contract_number,
             case.request.statement] + [ex.description for ex in exhibits] + list(still)
    texts += [x for c in case.contacts for x in (c.with_, c.summary, c.said, c.promised, c.next_step)]
    texts += ["仅供向申请停催使用" if lang == "zh" else ""]  # the purpose line on ID copies (packet.assembly.purpose_line)
    fonts = font_set(lang, *texts)
    try:
        sched = schedule(case.plan)
    except ValueError as exc:
        said = message_lang(lang)
        raise PacketError(tr(said, "[plan] in packet.toml: {e}", "packet.toml 的 [plan]：{e}", e=exc),
                          tr(said, "Check monthly_payment and outstanding.", "请检查 monthly_payment 和 outstanding。"), code="case-file") from None
    return Front(case=case, as_of=as_of, lang=lang, fonts=fonts, paper=paper,
                 exhibits=exhibits, schedule=sched, still_to_follow=still, currency=report.currency,
                 no_wages=no_wages is not None, no_income=no_wages is not None and no_income(case) is not None)
