"""Plain typed values passed between the stages (ingest -> ocr -> classify -> extract -> evaluate -> assemble).

Every stage takes and returns these frozen dataclasses, so a test can feed any stage directly.
Coordinates of words are fractions (0..1) of the *upright* page, origin top-left, so a later
stage can place them on any rendering of the page without knowing the DPI it was read at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from packet.core.masking import last_digits

Lang = Literal["zh", "en"]
Form = Literal["text", "scan", "photo"]  # born-digital text layer / scanned image / camera photo
FileKind = Literal["pdf", "image"]

ERROR_CODES = ("encrypted", "unreadable", "unsupported-format", "empty-file", "too-large", "no-permission",
               "outside-case")
PROBLEM_CODES = ("stale", "name-mismatch", "low-quality", "duplicate", "future-date", "pages-missing")
LOW_CONFIDENCE = 60.0  # a page whose mean OCR word confidence is below this is low quality
LOW_DPI = 150.0  # a page read from an image below this effective DPI is low quality


def public_fields(fields: Mapping[str, str | None]) -> dict[str, str | None]:
    """Field values as packet writes them: an account number only by its last four digits
    (:func:`packet.core.masking.last_digits`), so a report passed on never carries a full account number."""
    out = dict(fields)
    if out.get("account_number"):
        out["account_number"] = last_digits(out["account_number"]) or out["account_number"]
    return out


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the upright page, y down
    conf: float = 100.0  # Tesseract confidence 0..100; 100 for words from a text layer
    line: int = 0  # index of the line within the page, in reading order


# A page read from pixels is low quality below these (the `low-quality` problem; interface.md). Measured on the
# first round's scans: Tesseract's field recall falls steeply under a mean word confidence of 60, and body text
# of 8-10 pt needs about 150 dpi to keep its strokes apart.
LOW_CONFIDENCE = 60.0  # mean OCR word confidence, 0-100
LOW_DPI = 150.0  # effective dots per inch of the image that was read


@dataclass(frozen=True)
class Page:
    number: int  # 1-based page number within its file
    width: float  # points (1/72 inch) of the upright page
    height: float
    source: Literal["text", "ocr"]  # where the words came from
    text: str  # reading-order text, one line per line
    words: tuple[Word, ...] = ()
    rotation: int = 0  # clockwise degrees applied to the original to make it upright (0/90/180/270)
    skew: float = 0.0  # degrees of deskew applied after rotation (counter-clockwise positive, as PIL)
    confidence: float | None = None  # mean word confidence of OCR (None for a text layer)
    dpi: float | None = None  # effective resolution of the image that was read (None for a text layer)
    # the sheet of paper within the upright image (x0, y0, x1, y1 fractions), when a photo's surround (a desk)
    # was cut away: ``words``, ``width`` and ``height`` then refer to the sheet alone (see packet.core.page_images.upright)
    crop: tuple[float, float, float, float] | None = None
    # a sheet photographed at an angle: its four corners in the turned image (x, y fractions: top-left, top-right,
    # bottom-right, bottom-left), warped to a rectangle instead of ``crop`` (``skew`` then turns the print on that
    # rectangle straight); ``words``, ``width`` and ``height`` then refer to that rectangle (see
    # packet.core.page_images.upright)
    corners: tuple[float, ...] | None = None
    # a photo whose sheet lies partly in a sharp shadow (found whole through it by packet.reading.ocr): the packet
    # shows its paper evened, as the reading saw it (packet.core.page_images.even_shade)
    shade: bool = False
    # a text-layer page whose own vectors would show or carry something other than its words (text outside the
    # crop box, form values without appearances, content that cannot be copied): the packet shows a rendering
    # of it (PDFium, form fields drawn) with ``words`` as its invisible text layer
    raster: bool = False


@dataclass(frozen=True)
class SourceFile:
    path: Path  # absolute path of the input (opened read-only, never written)
    rel: str  # path relative to the case folder, "/" separators
    size: int
    sha256: str
    kind: FileKind
    fmt: str  # "pdf", "jpeg", "png", "tiff", "heif", "webp"


@dataclass(frozen=True)
class Document:
    """One readable input file and the text of each of its pages."""

    source: SourceFile
    pages: tuple[Page, ...]
    form: Form
    # one paper photographed in parts, read as one document (packet.understanding.joining): for each page, in
    # order, its own file and its 1-based page within that file; ``source`` is the first of them and the pages
    # are numbered 1.. across the parts. Empty for a document of one file.
    joined: tuple[tuple[SourceFile, int], ...] = ()

    @property
    def rel(self) -> str:
        return self.source.rel

    @property
    def files(self) -> tuple[SourceFile, ...]:
        """The files the document was read from, in order: its own file, or the parts of a joined one."""
        if not self.joined:
            return (self.source,)
        return tuple(dict.fromkeys(src for src, _ in self.joined))

    def locate(self, page: Page) -> tuple[SourceFile, int]:
        """The file holding ``page`` (one of :attr:`pages`) and its 1-based page within that file: what to open to
        show it again."""
        if not self.joined:
            return self.source, page.number
        return self.joined[page.number - 1]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class FileError:
    """An input that could not be read: ``code`` is one of ERROR_CODES, ``message`` says what to do."""

    rel: str
    code: str
    message: str


@dataclass(frozen=True)
class ReadResult:
    documents: tuple[Document, ...]
    errors: tuple[FileError, ...]


@dataclass(frozen=True)
class Problem:
    code: str  # one of PROBLEM_CODES
    message: str


@dataclass(frozen=True)
class Classified:
    document: Document
    type: str  # a document type of the registry (packet.rules.registry.doc_types())
    score: float = 0.0
    overridden: bool = False  # True when [files] in packet.toml set the type
    # types only the user gives (types.toml given_only) whose words this document, read as the catch-all, shows
    # convincingly: the report's hint offers their [files] line first (packet.understanding.classify.classify_one)
    suggested: tuple[str, ...] = ()
    # read as the catch-all: the types the document shows some signs of (a score above 0, its core met: pay
    # figures or an income list for a payslip) without reaching the bar; a hint of what else counts as such a type
    # (types.toml counts_too: a platform's income statement) is offered for these only, never for a discharge
    # summary that shows no pay at all (a trial: the 外卖/跑腿 hint on every document of an elderly patient's case)
    leaning: tuple[str, ...] = ()


# A field whose confidence is below this is listed in ``uncertain_fields`` for the user to confirm (it still
# counts). With the formula of packet.understanding.evidence, 0.6 is where a value read beside its label by OCR
# falls when its weakest word scores below ~72 (Tesseract's words read right score 85-96), and where the mechanisms
# that were right about half the time on third-party documents (a value under its label, a bank's name guessed
# from the page) sit; the bench prints how many fields are right in each band (bench/bench_accuracy.py).
UNCERTAIN_BELOW = 0.6
EVIDENCE_SOURCES = ("text", "ocr", "table", "case-file")


@dataclass(frozen=True)
class Evidence:
    """Where a field's value came from, how sure packet is of it, and where it sits.

    ``source``: one of EVIDENCE_SOURCES (``text``: a PDF's text layer; ``ocr``: recognised from pixels;
    ``table``: derived from a table's rows; ``case-file``: given under [fields] in packet.toml).
    ``confidence``: 0.0-1.0 (the formula and its sources: :mod:`packet.understanding.evidence`).
    ``page``: 1-based page within the file (None when the value was not seen on a page, e.g. from the case file).
    ``box``: (x0, y0, x1, y1) fractions of the page as displayed (a PDF page after its /Rotate and crop box; a scan
    or photo upright, the sheet alone when its surround was cut away), origin top-left; None with ``page``.
    ``method``: how it was found: ``label`` (right of its label), ``below`` (under its label: a column),
    ``fallback:<how>`` (without a label, as the type's fallback says), ``table``, ``case-file``; a ``+second-reading``
    or ``+agreed``/``+reconciled`` suffix says a later step touched it."""

    source: str
    confidence: float
    page: int | None = None
    box: tuple[float, float, float, float] | None = None
    method: str = "label"

    def to_json(self) -> dict:
        return {"source": self.source, "confidence": round(self.confidence, 2), "page": self.page,
                "box": [round(v, 4) for v in self.box] if self.box else None, "method": self.method}


def uncertain(fields: Mapping[str, str | None], evidence: Mapping[str, Evidence]) -> tuple[str, ...]:
    """The fields that were found but whose confidence is below :data:`UNCERTAIN_BELOW`, in field order."""
    return tuple(f for f, v in fields.items() if v is not None and f in evidence
                 and evidence[f].confidence < UNCERTAIN_BELOW)


@dataclass(frozen=True)
class Extracted:
    document: Document
    type: str
    fields: Mapping[str, str | None]  # normalised values per the spec; None when not found
    # when one file holds several documents of its type (three payslips in one PDF): each one's fields,
    # in page order (``fields`` is then the first of them); empty for a file holding one document
    parts: tuple[Mapping[str, str | None], ...] = ()
    # the pages of each part, aligned with ``parts``: 1-based inclusive (first, last) within the file
    part_pages: tuple[tuple[int, int], ...] = ()
    # per field found: where it came from, how sure, where on which page (fields not found have none)
    evidence: Mapping[str, Evidence] = field(default_factory=dict)
    part_evidence: tuple[Mapping[str, Evidence], ...] = ()  # aligned with ``parts``
    suggested: tuple[str, ...] = ()  # see Classified
    leaning: tuple[str, ...] = ()  # see Classified


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    type: str
    fields: Mapping[str, str | None]
    missing_fields: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    requirement: str | None = None  # id of the checklist requirement this document counted for
    # a file holding several documents: each one's fields and pages (see Extracted); the JSON report
    # still lists the file once, with ``fields`` of the first
    parts: tuple[Mapping[str, str | None], ...] = ()
    part_pages: tuple[tuple[int, int], ...] = ()
    # whether the packet shows it: documents the checklist does not need (``other``) are left out unless
    # [files] includes them; [files] may also leave out any document (include = false)
    included: bool = True
    title: str | None = None  # the [files] title the lender sees instead of type, issuer and date
    evidence: Mapping[str, Evidence] = field(default_factory=dict)  # see Extracted
    part_evidence: tuple[Mapping[str, Evidence], ...] = ()
    suggested: tuple[str, ...] = ()  # see Classified; not in the JSON report (the public interface has no such key)
    leaning: tuple[str, ...] = ()  # see Classified; not in the JSON report either

    @property
    def uncertain_fields(self) -> tuple[str, ...]:
        """Fields found but below :data:`UNCERTAIN_BELOW`: they count, and the report asks the user to confirm them."""
        return uncertain(self.fields, self.evidence)

    @property
    def corrected_fields(self) -> tuple[str, ...]:
        """Fields whose value was given under [fields] in packet.toml."""
        return tuple(f for f, e in self.evidence.items() if e.source == "case-file")

    def to_json(self) -> dict:
        out = {
            "path": self.document.rel,
            "type": self.type,
            "pages": len(self.document.pages),
            "fields": public_fields(self.fields),
            "missing_fields": list(self.missing_fields),
            "evidence": {f: e.to_json() for f, e in self.evidence.items() if self.fields.get(f) is not None},
            "uncertain_fields": list(self.uncertain_fields),
            "problems": [{"code": p.code, "message": p.message} for p in self.problems],
            "included": self.included,
        }
        if self.document.joined:  # one paper in several pictures: its files, and each value's own file and page
            out["files"] = [f.rel for f in self.document.files]
            for ev in out["evidence"].values():
                if ev.get("page"):
                    src, number = self.document.joined[ev["page"] - 1]
                    ev["file"], ev["file_page"] = src.rel, number
        if self.parts:
            evs = self.part_evidence if len(self.part_evidence) == len(self.parts) else ({},) * len(self.parts)
            spans = self.part_pages if len(self.part_pages) == len(self.parts) else ((None, None),) * len(self.parts)
            out["parts"] = [{"pages": list(span), "type": self.type, "fields": public_fields(p),
                             "evidence": {f: e.to_json() for f, e in ev.items() if p.get(f) is not None},
                             "uncertain_fields": list(uncertain(p, ev))}
                            for p, ev, span in zip(self.parts, evs, spans, strict=True)]
        return out


@dataclass(frozen=True)
class Missing:
    requirement: str
    type: str
    message: str
    # machine-readable detail for the cover letter's "still to follow" list, e.g. months or day ranges
    detail: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    case: str  # the case folder's name
    checklist: str
    as_of: date
    language: Lang
    documents: tuple[DocumentResult, ...]
    missing: tuple[Missing, ...]
    errors: tuple[FileError, ...]
    order: tuple[str, ...] = field(default=())  # requirement ids in checklist order (for exhibits)
    # what the cover letter cannot do without, as case-file keys ("applicant.name", "lender.name",
    # "lender.contract_number"); build refuses while any is missing (interface.md, "Report additions")
    letter_needs: tuple[str, ...] = ()
    letter_warnings: tuple[str, ...] = ()  # what the letter would be better with ("plan", "statement")
    currency: str | None = None  # ISO 4217: [request] currency, CNY for zh, else the documents' marks
    # the included documents that clearly name another person than the applicant, as (path, name printed): they
    # still count (a name-mismatch is a warning, interface.md), but build refuses them unless forced
    # (packet.rules.wording.someone_else; a departure from interface.md asked for in round 19)
    others: tuple[tuple[str, str], ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def ready(self) -> bool:
        """Complete, the letter has the applicant's name, the lender's name and the contract number, and no included
        document names someone else (:attr:`others`)."""
        return self.complete and not self.letter_needs and not self.others

    def to_json(self) -> dict:
        return {
            "case": self.case,
            "checklist": self.checklist,
            "as_of": self.as_of.isoformat(),
            "complete": self.complete,
            "ready": self.ready,
            "letter_needs": list(self.letter_needs),
            "letter_warnings": list(self.letter_warnings),
            "other_person": [{"path": rel, "name": name} for rel, name in self.others],
            "currency": self.currency,
            "documents": [d.to_json() for d in self.documents],
            "missing": [{"requirement": m.requirement, "type": m.type, "message": m.message} for m in self.missing],
            "errors": [{"path": e.rel, "code": e.code, "message": e.message} for e in self.errors],
        }
