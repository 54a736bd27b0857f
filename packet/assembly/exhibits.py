"""Which documents go into the packet, in which order, under which label, on which pages.

Exhibits follow the checklist: documents of the first requirement first (by period or date), then the
next requirement's, then documents that counted for none. Each document of a file that holds several
is an exhibit of its own, on its own pages of that file. Labels are 附件 1, 2… (zh) or Exhibit A, B…
(en). :func:`lay_out` gives every part of the packet its page numbers: the cover letter is page 1.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from datetime import date

from packet.assembly.page_frame import content_frame
from packet.core.model import DocumentResult, Page, Report, Word
from packet.rules.checklist import Checklist
from packet.rules.registry import load_types

log = logging.getLogger(__name__)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@dataclass(frozen=True)
class Sheet:
    """One packet page of an exhibit: a page of the file, or a horizontal band of one (a long screen capture
    split over several packet pages). ``top``/``bottom`` are fractions of the upright page's height."""

    page: Page
    top: float = 0.0
    bottom: float = 1.0

    @property
    def whole(self) -> bool:
        return self.top <= 0.0 and self.bottom >= 1.0

    @property
    def size(self) -> tuple[float, float]:
        """The band's size in points (width, height)."""
        return self.page.width, self.page.height * (self.bottom - self.top)

    def words(self) -> tuple[Word, ...]:
        """The page's words whose middle lies in the band, their boxes as fractions of the band (y down)."""
        if self.whole:
            return self.page.words
        span = self.bottom - self.top
        out = []
        for w in self.page.words:
            x0, y0, x1, y1 = w.box
            if not self.top <= (y0 + y1) / 2 < self.bottom:
                continue
            out.append(replace(w, box=(x0, max(0.0, (y0 - self.top) / span), x1, min(1.0, (y1 - self.top) / span))))
        return tuple(out)


@dataclass(frozen=True)
class Exhibit:
    label: str  # 附件 1 / Exhibit A
    title: str  # type and period, for bookmarks: "工资单 2026-08" / "Payslip, Sep 2026"
    description: str  # type, issuer and period, for the index and the enclosure list
    result: DocumentResult  # for one of several documents in a file: its own fields, the file's document
    span: tuple[int, int] | None = None  # the file's pages it holds (1-based, inclusive); None: all of them
    # the packet pages it fills, when a page is split over several (:func:`split_tall_pages`); None: one per page
    slices: tuple[Sheet, ...] | None = field(default=None, repr=False)

    @property
    def pages(self) -> int:
        """How many packet pages the exhibit fills."""
        return len(self.sheets)

    @property
    def sheets(self) -> tuple[Sheet, ...]:
        """The exhibit's packet pages, in order."""
        return self.slices if self.slices is not None else tuple(Sheet(p) for p in self.doc_pages)

    @property
    def doc_pages(self) -> tuple[Page, ...]:
        """The pages of the file that make up this exhibit, in order."""
        pages = self.result.document.pages
        return pages if self.span is None else pages[self.span[0] - 1:self.span[1]]


@dataclass(frozen=True)
class Section:
    """A run of consecutive pages: the letter, the index, one exhibit, or the contact log."""

    kind: str  # "letter" | "index" | "exhibit" | "appendix"
    label: str  # what the margin stamp calls these pages
    title: str  # bookmark title, without the page number
    first: int  # 1-based page number of the first page
    last: int
    exhibit: Exhibit | None = None


@dataclass(frozen=True)
class Layout:
    sections: tuple[Section, ...]
    blanks: tuple[int, ...]  # page numbers of the "intentionally blank" pages (print mode)
    total: int

    def section_at(self, page: int) -> Section | None:
        for s in self.sections:
            if s.first <= page <= s.last:
                return s
        return None


# --- formatting -----------------------------------------------------------------------------------

def fmt_date(d: date, lang: str) -> str:
    """2026-11-20 -> 2026年11月20日 / 20 November 2026 (the letter's date line)."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS_LONG[d.month - 1]} {d.year}"


def _short(value: str, lang: str) -> str:
    """A normalised field value (YYYY-MM or YYYY-MM-DD) for people: zh keeps ISO, en says "Sep 2026"."""
    if lang == "zh":
        return value
    try:
        if len(value) == 7:
            return f"{MONTHS[int(value[5:7]) - 1]} {value[:4]}"
        d = date.fromisoformat(value)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    except (ValueError, IndexError):
        return value


def _when_fields(type_name: str) -> tuple[str | None, str | None, str | None, str | None]:
    """The type's first fields of kind month, start, end and date (None where it has none)."""
    t = load_types().get(type_name)
    if t is None:
        return None, None, None, None
    return t.field_of_kind("month"), t.field_of_kind("start"), t.field_of_kind("end"), t.field_of_kind("date")


def when(result: DocumentResult, lang: str) -> str:
    """The period or date a document is about, for people ("" when none was found): its month, else its
    period (both ends found), else its date."""
    f = result.fields
    month, start, end, dated = _when_fields(result.type)
    if month and f.get(month):
        return _short(f[month], lang)
    if start and end and f.get(start) and f.get(end):
        sep = " 至 " if lang == "zh" else " – "
        return _short(f[start], lang) + sep + _short(f[end], lang)
    if dated and f.get(dated):
        return _short(f[dated], lang)
    return ""


def sort_key(result: DocumentResult) -> str:
    """The date an exhibit is ordered by within its requirement: its month, period start or date ("" if none)."""
    f = result.fields
    month, start, _end, dated = _when_fields(result.type)
    return (month and f.get(month)) or (start and f.get(start)) or (dated and f.get(dated)) or ""


def type_label(result: DocumentResult, lang: str) -> str:
    """How the packet names a document's type to the lender: the type's ``exhibit_label`` when it has one (a doctor's
    letter is "Medical evidence", not the report's "Medical evidence (doctor's letter)"), else its label."""
    t = load_types().get(result.type)
    if t and t.exhibit_label and not t.catch_all:  # the catch-all's names a document only when nothing else does
        return t.exhibit_label.get(lang, t.exhibit_label["en"])
    return t.label.get(lang, result.type) if t else result.type


def exhibit_label(index: int, lang: str) -> str:
    """0 -> 附件 1 / Exhibit A; 26 -> Exhibit AA."""
    if lang == "zh":
        return f"附件 {index + 1}"
    letters, n = "", index
    while True:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            break
    return f"Exhibit {letters}"


def describe(result: DocumentResult, lang: str) -> tuple[str, str]:
    """(title, description): "工资单 2026-08" and "工资单 · 某某科技有限公司 · 2026-08".

    What the lender reads: the ``[files]`` title when given, else the type, issuer and date, and never the
    file's name (a name like "IMG_2031.jpg" or "scan-final-2.pdf" tells a lender nothing)."""
    if result.title:
        return result.title, result.title
    label = type_label(result, lang)
    period = when(result, lang)
    t = load_types().get(result.type)
    issuer = result.fields.get(t.issuer_field or "") if t else None
    catch_all = t is not None and t.catch_all
    if catch_all or (not period and not issuer):
        if catch_all and t.exhibit_label:
            label = t.exhibit_label["zh" if lang == "zh" else "en"]
        n = len(result.document.pages)
        pages = (f"{n} 页" if lang == "zh" else (f"{n} page" if n == 1 else f"{n} pages"))
        return label, (f"{label}（{pages}）" if lang == "zh" else f"{label} ({pages})")
    if lang == "zh":
        title = " ".join(x for x in (label, period) if x)
        desc = " · ".join(x for x in (label, issuer, period) if x)
    else:
        title = ", ".join(x for x in (label, period) if x)
        desc = label + (" — " + ", ".join(x for x in (issuer, period) if x) if (issuer or period) else "")
    return title, desc


def _type_homes(report: Report, checklist: Checklist | None) -> dict[str, str]:
    """Document type -> the first requirement (in checklist order) that asks for it, stand-ins included."""
    homes: dict[str, str] = {}
    if checklist is None:
        return homes
    by_id = {r.id: r for r in checklist.requirements}
    for rid in report.order or tuple(by_id):
        req = by_id.get(rid)
        for opt in req.options if req else ():
            homes.setdefault(opt.type, rid)
            if opt.stand_in:
                homes.setdefault(opt.stand_in.type, rid)
    return homes


def order_exhibits(report: Report, lang: str, checklist: Checklist | None = None) -> tuple[Exhibit, ...]:
    """The documents in checklist order (then the rest), each under its label; copies only once (the same bytes, or
    a document the check marked ``duplicate``: :func:`packet.rules.evaluate` marks the worse of two copies).

    A document that counted for no requirement (unreadable field, out of its window) still sits with
    the requirement its type belongs to, so the lender sees all payslips together. A file holding several
    documents (three payslips in one PDF) gives one exhibit for each, placed by its own period or date.
    """
    rank = {rid: i for i, rid in enumerate(report.order)}
    homes = _type_homes(report, checklist)
    chosen, seen = [], set()
    for r in report.documents:
        if not r.document.pages or not r.included:
            continue
        sha = r.document.source.sha256
        if sha in seen:
            log.info("%s is an exact copy of another file: included once", r.document.rel)
            continue
        if not r.parts and any(p.code == "duplicate" for p in r.problems):
            # a copy the check found (a photo of the PDF next to it: the same dates and figures) counted once and
            # goes in once: the check marks the worse copy, and the other one is in the packet
            log.info("%s is a copy of another document: included once", r.document.rel)
            continue
        seen.add(sha)
        chosen.append(r)
    def place(r: DocumentResult) -> int:
        rid = r.requirement or homes.get(r.type)
        return rank.get(rid, len(rank)) if rid else len(rank) + 1

    units = [u for r in chosen for u in split_result(r)]
    units.sort(key=lambda u: (place(u[0]), sort_key(u[0]), u[0].document.rel, u[1] or (0, 0)))
    described = [describe(r, lang) for r, _span in units]
    # documents described alike (two bi-weekly pay stubs of one month, from one employer) are numbered "(1 of 2)",
    # so the lender reads two documents, not one sent twice (a trial, r23: two index lines the same, word for word)
    alike = {d: [k for k, (_t, d2) in enumerate(described) if d2 == d] for _t, d in described}
    out = []
    for i, (r, span) in enumerate(units):
        title, desc = described[i]
        if len(same := alike[desc]) > 1:
            n, of = same.index(i) + 1, len(same)
            tag = f"（第 {n} 份，共 {of} 份）" if lang == "zh" else f" ({n} of {of})"
            title, desc = title + tag, desc + tag
        out.append(Exhibit(label=exhibit_label(i, lang), title=title, description=desc, result=r, span=span))
    return tuple(out)


def split_result(r: DocumentResult) -> list[tuple[DocumentResult, tuple[int, int] | None]]:
    """A file holding several documents as one (result with that document's fields, its pages) each;
    any other file (or parts whose pages do not tile the file) as itself with all its pages."""
    spans = r.part_pages
    bounds = [1] + [b + 1 for _, b in spans]  # the spans must tile the file's pages, none left out
    if (not r.parts or len(spans) != len(r.parts) or bounds[-1] != len(r.document.pages) + 1
            or any(a != bounds[i] or b < a for i, (a, b) in enumerate(spans))):
        return [(r, None)]
    return [(replace(r, fields=dict(f), parts=(), part_pages=()), span) for f, span in zip(r.parts, spans, strict=True)]


# a band of a tall page ends in the gap between two text rows when one lies in the last LOOK_BACK of the band,
# so no line of text is cut in half (and its words stay whole in the text layer of one packet page)
LOOK_BACK = 0.35
# gaps between rows within this fraction of the widest in the window count as wide as it (the lowest is cut): rows
# of one list are spaced alike to a pixel or two, which is no reason to give up a band's height
GAP_TIE = 0.15
# a screen capture at most this much taller than the frame is shrunk to fit one page (its text 1/1.1 as large)
SHRINK_TO_FIT = 1.1
BALANCE_STEPS = 10  # band heights tried between an even split and a full frame


def screen_page(page: Page) -> bool:
    """A page read from a screen capture: OCR'd pixels with no physical resolution (``Page.dpi`` None)."""
    return page.source == "ocr" and page.dpi is None


def split_tall_pages(exhibits: tuple[Exhibit, ...], paper: tuple[float, float]) -> tuple[Exhibit, ...]:
    """Each exhibit with its screen-capture pages (:func:`screen_page`) taller than the exhibit frame split into
    bands: the band's width fills the frame (text stays at the size it had across the screen, as a printed page
    shows it), and as many bands as that takes, each ending between text rows (:func:`band_cuts`). Paper and
    scanned pages stay whole: their dpi says how large they are, and they fit one page. ``paper`` in points."""
    _, _, fw, fh = content_frame(paper)
    out = []
    for ex in exhibits:
        if not any(screen_page(p) for p in ex.doc_pages):
            out.append(ex)
            continue
        sheets: list[Sheet] = []
        for p in ex.doc_pages:
            if not screen_page(p) or not p.width or not p.height:
                sheets.append(Sheet(p))
                continue
            band = fh / (p.height * fw / p.width)  # the page height one frame holds, width filling it
            cuts = band_cuts(p.words, band)
            sheets += [Sheet(p, a, b) for a, b in zip(cuts[:-1], cuts[1:], strict=True)]
        out.append(replace(ex, slices=tuple(sheets)))
    return tuple(out)


def band_cuts(words: tuple[Word, ...], band: float) -> list[float]:
    """Cut positions (fractions of the page height, 0 first and 1 last) splitting a page into bands of at most
    ``band`` (a fraction), each cut placed in the middle of the WIDEST gap between word rows that lies in the band's
    last :data:`LOOK_BACK` (the lowest of gaps as wide within :data:`GAP_TIE`), else at the band's full height (a
    picture taller than a page has no gap). The widest gap, not the lowest: a banking app prints an entry over two
    lines (description and amount, then date and balance) with the entries further apart than their lines, and a
    cut between an entry's lines put its amount on one page and its date on the next (a trial's tall screenshot)."""
    if band >= 1.0 / SHRINK_TO_FIT:
        return [0.0, 1.0]  # at most a tenth taller than a page: shrunk a little to fit, never a page of one line
    need = math.ceil(1.0 / band - 1e-9)  # the fewest bands that can hold it
    for k in range(BALANCE_STEPS + 1):  # the smallest band height that still needs no more bands: bands of even
        # height, not full pages and a last one holding the foot's one line (a trial: "余额 ¥356.21" alone on a page)
        trial = min(band, 1.0 / need + (band - 1.0 / need) * k / BALANCE_STEPS)
        cuts = _cuts(words, trial)
        if len(cuts) - 1 <= need:
            return cuts
    return _cuts(words, band)


def _cuts(words: tuple[Word, ...], band: float) -> list[float]:
    """:func:`band_cuts` for one band height ``band`` (< 1): each cut in the widest gap of the band's foot."""
    rows: list[list[float]] = []  # the word boxes' vertical extents merged into rows of text, top to bottom
    for y0, y1 in sorted((w.box[1], w.box[3]) for w in words if w.box[3] > w.box[1]):
        if rows and y0 < rows[-1][1]:
            rows[-1][1] = max(rows[-1][1], y1)
        else:
            rows.append([y0, y1])
    gaps = [(a[1], b[0]) for a, b in zip(rows[:-1], rows[1:], strict=True)]  # (bottom of one row, top of the next)
    cuts, top = [0.0], 0.0
    while 1.0 - top > band + 1e-9:
        limit, floor = top + band, top + band * (1 - LOOK_BACK)
        cut = limit
        inside = [(max(g0, floor), min(g1, limit)) for g0, g1 in gaps if g1 > floor and g0 < limit]
        inside = [(g0, g1) for g0, g1 in inside if g1 > g0]
        if inside:
            widest = max(g1 - g0 for g0, g1 in inside)
            g0, g1 = max((g for g in inside if g[1] - g[0] >= widest * (1 - GAP_TIE)), key=lambda g: g[0])
            cut = (g0 + g1) / 2
        cuts.append(cut)
        top = cut
    cuts.append(1.0)
    return cuts


def lay_out(exhibits: tuple[Exhibit, ...], *, letter_pages: int, index_pages: int, appendix_pages: int,
            lang: str, print_mode: bool = False) -> Layout:
    """Page numbers for every section; in print mode exhibits (and the log) start on odd pages."""
    zh = lang == "zh"
    sections = [Section("letter", "申请书" if zh else "Letter", "申请书" if zh else "Cover letter", 1, letter_pages)]
    page = letter_pages + 1
    sections.append(Section("index", "附件目录" if zh else "Index", "附件目录" if zh else "Index of exhibits",
                            page, page + index_pages - 1))
    page += index_pages
    blanks: list[int] = []
    for ex in exhibits:
        if print_mode and page % 2 == 0:
            blanks.append(page)
            page += 1
        sections.append(Section("exhibit", ex.label, f"{ex.label} {ex.title}" if zh else f"{ex.label} — {ex.title}",
                                page, page + ex.pages - 1, ex))
        page += ex.pages
    if appendix_pages:
        if print_mode and page % 2 == 0:
            blanks.append(page)
            page += 1
        title = "附录 沟通记录" if zh else "Appendix — Contact log"
        sections.append(Section("appendix", "附录" if zh else "Appendix", title, page, page + appendix_pages - 1))
        page += appendix_pages
    return Layout(tuple(sections), tuple(blanks), page - 1)


def _enclosed_lacking(report: Report, type_name: str, month: str) -> tuple[str, ...]:
    """The fields not found on a document of ``type_name`` for ``month`` (YYYY-MM, by the type's field of kind
    ``month``) that goes in the packet all the same: the month is enclosed, but not in a copy that counts."""
    t = load_types().get(type_name)
    key = t.field_of_kind("month") if t else None
    for d in report.documents:
        if key and d.included and d.type == type_name and d.missing_fields:
            if month in [f.get(key) for f in (d.parts or (d.fields,))]:
                return d.missing_fields
    return ()


def still_to_follow(report: Report, checklist: Checklist | None, lang: str) -> tuple[str, ...]:
    """What an incomplete packet will be followed by, said to the lender (not the user's to-do advice):
    "工资单（2026-09、2026-10）" / "Payslip: Sep 2026, Oct 2026". A month whose document is enclosed though it lacks a
    field says that a copy showing it follows ("Payslip: Sep 2026 (a copy that shows the net pay: the one enclosed does
    not)"), not that the month is not enclosed: a trial's letter (r23) listed "Exhibit A: Payslip — Sep 2026" and,
    below it, "Still to follow: Payslip: Sep 2026" (a phone photo whose net pay was not read)."""
    titles = {r.id: r.title for r in checklist.requirements} if checklist else {}
    out = []
    for m in report.missing:
        t = load_types().get(m.type)
        label = t.label.get(lang, m.type) if t else m.type
        parts = []
        for d in m.detail:
            if "/" in d:
                a, b = d.split("/", 1)
                parts.append(f"{a} 至 {b}" if lang == "zh" else f"{_short(a, lang)} – {_short(b, lang)}")
            elif lacking := _enclosed_lacking(report, m.type, d):
                names = [t.field_name(lang, f) if t else f for f in lacking]
                parts.append(f"{d}：能看清{'、'.join(names)}的一份（所附的一份缺少此项）" if lang == "zh" else
                             f"{_short(d, lang)} (a copy that shows the {' and '.join(names)}: the one enclosed "
                             "does not)")
            else:
                parts.append(_short(d, lang))
        if not parts:
            title = titles.get(m.requirement, {})
            out.append(title.get(lang) or label)
        elif lang == "zh":
            out.append(f"{label}（{'、'.join(parts)}）")
        else:
            out.append(f"{label}: {', '.join(parts)}")
    return tuple(out)


def page_ref(first: int, last: int, lang: str) -> str:
    """第 4–6 页 / pp. 4–6 (one page: 第 4 页 / p. 4)."""
    if lang == "zh":
        return f"第 {first} 页" if first == last else f"第 {first}–{last} 页"
    return f"p. {first}" if first == last else f"pp. {first}–{last}"
