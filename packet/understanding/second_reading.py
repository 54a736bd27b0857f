"""A second, targeted reading of scanned documents whose required fields were not all found.

Runs between extract and evaluate. A document read by OCR that lacks one of its type's fields is read
again, page by page, with different settings — the case's first language alone (``chi_sim`` rather
than ``chi_sim+eng``: the English model turns short Chinese names into Latin letters) and the page at
its own resolution rather than scaled up — at the rotation the first reading found, so no orientation
pass is repeated. The fields are then read from the second reading, and only the fields the first
reading did not find are taken from it: a found value is never replaced.

Only the pages where a missing field should be are read again (:func:`pages_to_read`): the pages where the
first reading found one of the field's labels (the value beside it was not made out), else the document's
first page (where a document states its own particulars), at most :data:`SHARE` of the document's pages.
Before this a 10-page statement lacking one field cost 10 + 10 Tesseract calls (PERF-NOTES, second round);
now 10 + 1 or 2. Where the label was found, only a strip of the page round it is read (:func:`strips_to_read`: the
label's line and the lines its value can be on, the whole width), its words put back at their places on the page:
on that statement the second reading went from 24 to 11 s (bench/README.md, third round). Documents read with PP-OCR are not read again: its first reading is the stronger one (94-96 %
of field values in its raw text against Tesseract's 73 %, PERF-NOTES) and the second reading's two changes
(Chinese alone, no upscaling) are remedies for Tesseract's failures.

A born-digital document (every page a text layer) whose issuer's name (the bank, employer or provider: the type's
``issuer_field``) was not found has the pictures in its first page's letterhead band read instead
(:func:`plan_figures`): a logo holding the bank's name is no text. Only that region is OCR'd, once (cached by the
file's bytes and the region), and only the issuer's field is taken from it, as OCR evidence read without a label
(under 0.6: shown for the user to confirm). Of the 88 born-digital PDFs of the three third-party sets, 3 lacked
their issuer and had such pictures; reading them took 0.3-0.8 s each on two loaded cores, and the generated set's 22,
which name their issuers, read none (bench/bench_engines.py --text-check).

Documents whose fields are all found, and text-layer documents that name their issuer, cost nothing. Second readings
run on the run's executor like the first (:func:`packet.reading.ocr.read_pages`) and are kept in the OCR cache
under their own settings, so ``check`` then ``build`` never reads a page a second time twice.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from packet.case.casefile import Case
from packet.core.errors import TesseractMissing
from packet.core.executor import Executor, executor_for
from packet.core.model import Classified, Document, Evidence, Extracted, Page
from packet.reading import engines, ocr, pdf_text
from packet.reading.ocr_cache import OcrCache
from packet.reading.word_lines import with_words
from packet.rules.registry import load_types
from packet.understanding import evidence
from packet.understanding.extract import extract, labelled_only, misread_in
from packet.understanding.label_geometry import Hit, find_labels, lines_of

log = logging.getLogger(__name__)

REREAD_VERSION = "reread-1"  # bump when the second reading's settings change (part of its cache key)
SHARE = 0.2  # at most this share of a document's OCR pages is read again (at least one page)
# Where a label was found, only a strip of its page is read again: from BAND_ABOVE line heights above the label's
# line to BAND_BELOW below it, the page's whole width. The value is looked for on the label's line and at most three
# lines below it, each no more than four line heights under the last (label_geometry.value_below): 3 x (4 + 1) = 15.
BAND_ABOVE = 2.0
BAND_BELOW = 15.0
BAND_MAX = 0.5  # a strip taller than this share of the page: the whole page is read


def second_languages(languages: str) -> str:
    """The languages of the second reading: the first one alone ("chi_sim+eng" -> "chi_sim")."""
    return languages.split("+")[0]


def lacking(item: Extracted) -> tuple[str, ...]:
    """The fields of the item's type that were not found (in the document or in any of its parts)."""
    types = load_types()
    if item.type not in types:
        return ()
    fields = types[item.type].fields
    return tuple(f for f in fields if any(not part.get(f) for part in (item.parts or (item.fields,))))


def fields_to_find(item: Extracted, language: str | None = None) -> tuple[str, ...]:
    """What a second reading should look for: the fields ``item`` lacks or — given ``language`` — the fields its
    printed labels should give but only its transaction rows did (its printed period is better)."""
    return _to_find(item, language)[0]


def _to_find(item: Extracted, language: str | None) -> tuple[tuple[str, ...], dict | None]:
    """:func:`fields_to_find`, and the fields the printed labels alone gave (:func:`labelled_only`) when they
    were worked out for it (None otherwise), so that the second reading need not extract them again."""
    missing = lacking(item)
    if missing:
        return missing, None
    t = load_types().get(item.type)
    if language is None or item.parts or t is None or not t.ledger:
        return (), None
    bare = labelled_only(Classified(item.document, item.type), language)
    return tuple(f for f in t.ledger if bare.get(f) is None and item.fields.get(f)), bare


def wants_second_reading(item: Extracted, language: str | None = None) -> bool:
    """An OCR'd document with something to look for again (:func:`fields_to_find`)."""
    if not any(p.source == "ocr" for p in item.document.pages):
        return False
    return bool(fields_to_find(item, language))


def pages_to_read(item: Extracted, fields: Sequence[str] | None = None) -> list[int]:
    """Indexes (0-based, in ``item.document.pages``) of the OCR pages worth a second reading for ``fields``
    (default: the fields ``item`` lacks): pages showing a label of one of them, the least confident first; else
    the first OCR page. At most ``max(1, round(SHARE * OCR pages))``. Empty when there is nothing to look for or
    nothing was OCR'd."""
    return sorted(strips_to_read(item, fields))


def strips_to_read(item: Extracted, fields: Sequence[str] | None = None) -> dict[int, tuple[float, float] | None]:
    """The pages of :func:`pages_to_read`, each with the strip of it worth reading again: (top, bottom) as
    fractions of the upright page's height round the lines where a label of ``fields`` was found (see
    :data:`BAND_ABOVE`, :data:`BAND_BELOW`), or None for the whole page (no label found there, or the strip
    would cover more than :data:`BAND_MAX` of it). Fields the document already has (from its transaction rows)
    are looked for only on pages where one of their labels was seen: empty when none was."""
    missing = lacking(item) if fields is None else tuple(fields)
    pages = item.document.pages
    ocr_pages = [i for i, p in enumerate(pages) if p.source == "ocr"]
    if not missing or not ocr_pages:
        return {}
    t = load_types().get(item.type)
    labels = [lb for f in missing for lb in (t.labels.get(f, ()) if t else ())]
    found: dict[int, list[Hit]] = {}
    for i in ocr_pages:
        lines = lines_of(pages[i], i) if labels else []
        hits = [h for lb in labels for h in find_labels(lines, lb)]
        if hits:
            found[i] = hits
    order = sorted(found, key=lambda i: (pages[i].confidence if pages[i].confidence is not None else 100.0, i))
    if not order and all(item.fields.get(f) and not _year_placed(item, f) for f in missing):
        # looked for only because the transaction rows gave them and no label did: with no label seen on any
        # page there is no printed value to find, and a whole page read again would cost a full OCR pass — but
        # for rows that print no year (their year placed by the statement's date, a guess) the page is read as
        # for a missing field: the period printed as a heading ("July 1, 2022 through July 31, 2022") is better
        return {}
    chosen = order or ocr_pages[:1]
    return {i: _strip(found.get(i, [])) for i in chosen[: max(1, round(SHARE * len(ocr_pages)))]}


def _year_placed(item: Extracted, name: str) -> bool:
    """Whether field ``name`` of ``item`` came from transaction rows printed without their year (evidence method
    "rows-year": see :func:`packet.understanding.extract.read_fields_evidence`)."""
    ev = item.evidence.get(name)
    return ev is not None and ev.method.startswith("rows-year")


def _strip(hits: Sequence[Hit]) -> tuple[float, float] | None:
    if not hits:
        return None
    height = max(0.005, max(h.line.y1 - h.line.y0 for h in hits))
    top = max(0.0, min(h.line.y0 for h in hits) - BAND_ABOVE * height)
    bottom = min(1.0, max(h.line.y1 for h in hits) + BAND_BELOW * height)
    if bottom - top > BAND_MAX:
        return None
    return round(top, 4), round(bottom, 4)


@dataclass
class Rereading:
    """The second readings a case wants (:func:`plan_second_reading`): for each document that wants one, its
    pages from the cache or as OCR tasks; :attr:`tasks` are the pages still to read, in document order."""

    extracted: list[Extracted]
    language: str  # the case's language (for extracting again)
    languages: str  # the second reading's Tesseract languages
    slots: dict[int, list[Page | ocr.OcrTask]] = field(default_factory=dict)
    bare: dict[int, dict] = field(default_factory=dict)  # the labels-only fields of a document, once worked out
    # born-digital documents lacking their issuer's name: (page index, the OCR of its letterhead pictures, from the
    # cache or as a task) each (:func:`plan_figures`)
    figures: dict[int, tuple[int, Page | ocr.OcrTask]] = field(default_factory=dict)

    @property
    def tasks(self) -> list[ocr.OcrTask]:
        rereads = [s for i in self.slots for s in self.slots[i] if isinstance(s, ocr.OcrTask)]
        return rereads + [s for _, s in self.figures.values() if isinstance(s, ocr.OcrTask)]


def improve(extracted: Sequence[Extracted], case: Case, *, languages: str, jobs: int = 1,
            cache: OcrCache | None = None, executor: Executor | None = None,
            engine: str = engines.TESSERACT) -> list[Extracted]:
    """``extracted`` (same length and order) with the fields missing from OCR'd documents filled in from a
    second reading of the pages :func:`pages_to_read` names, run on ``executor`` (default:
    :func:`packet.core.executor.executor_for` ``jobs``); the other pages keep their first reading. A page whose
    second reading fails leaves its document as the first reading found it. ``engine``: the engine of the first
    reading; with PP-OCR nothing is read again (see the module docstring).

    The same as :func:`plan_second_reading`, :func:`packet.reading.ocr.read_pages` of its tasks, then
    :func:`finish_second_reading` (which ``packet batch`` calls for many cases at once)."""
    planned = plan_second_reading(extracted, case, languages=languages, cache=cache, engine=engine)
    tasks = planned.tasks
    done: dict[int, Page | Exception] = {}
    if tasks:
        for eng, langs in sorted({(t.engine, t.languages) for t in tasks}):
            engines.engine(eng).require(langs)
        log.debug("second reading of %d page(s) of %d document(s)", len(tasks), len(planned.slots))
        done = ocr.read_pages(tasks, executor or executor_for(jobs), cache)
    return finish_second_reading(planned, done)


def plan_second_reading(extracted: Sequence[Extracted], case: Case, *, languages: str,
                        cache: OcrCache | None = None, engine: str = engines.TESSERACT) -> Rereading:
    """Which documents want a second reading, and which of their pages (:func:`pages_to_read`), each from the
    cache or as an OCR task; the other pages keep their first reading. Runs no OCR. After PP-OCR (``engine``)
    nothing is read again: its first pass is the stronger reading."""
    langs = second_languages(languages)
    planned = Rereading(list(extracted), case.language, langs)
    planned.figures = plan_figures(extracted, case, languages=languages, cache=cache, engine=engine)
    if engine != engines.TESSERACT:
        return planned
    todo: dict[int, tuple[str, ...]] = {}
    for i, e in enumerate(extracted):  # as wants_second_reading, each document's extraction done once
        if any(p.source == "ocr" for p in e.document.pages):
            wanted, bare = _to_find(e, case.language)
            if wanted:
                todo[i] = wanted
                if bare is not None:
                    planned.bare[i] = bare
    if not todo:
        return planned
    settings = ocr.cache_settings(langs, REREAD_VERSION)
    for i, wanted in todo.items():
        again = strips_to_read(extracted[i], wanted)
        if not again:
            continue  # no page worth reading again: the first reading stands, nothing to extract again
        planned.slots[i] = [_cached_or_task(extracted[i].document, p, case, langs, cache, settings, again[k])
                            if k in again else p for k, p in enumerate(extracted[i].document.pages)]
    return planned


def finish_second_reading(planned: Rereading, done: Mapping[int, Page | Exception]) -> list[Extracted]:
    """The documents of ``planned`` with the fields found by their second reading filled in; ``done`` maps
    ``id(task)`` of every task of :attr:`Rereading.tasks` to its page or the exception it raised."""
    out = list(planned.extracted)
    for i, (k, slot) in planned.figures.items():
        got = done[id(slot)] if isinstance(slot, ocr.OcrTask) else slot
        if isinstance(got, Page):
            out[i] = with_figure_words(out[i], k, got, planned.language)
    for i, slots in planned.slots.items():
        pages = [done[id(s)] if isinstance(s, ocr.OcrTask) else s for s in slots]
        if any(isinstance(p, Exception) for p in pages):
            log.debug("second reading of %s failed; keeping the first", out[i].document.rel)
            continue
        first = out[i]
        if not first.parts and not lacking(first):  # only transaction-row values were missing from the labels
            bare = planned.bare.get(i)
            if bare is None:
                bare = labelled_only(Classified(first.document, first.type), planned.language)
            labelled = replace(first, fields=bare, evidence={k: v for k, v in first.evidence.items() if bare.get(k)})
            again = merge(labelled, _extract_again(first, pages, planned.language))  # type: ignore[arg-type]
            out[i] = replace(again, fields={k: v if v is not None else first.fields.get(k)
                                            for k, v in again.fields.items()})
            continue
        out[i] = merge(first, _extract_again(first, pages, planned.language))  # type: ignore[arg-type]
    return out


FIGURE_VERSION = "figures-1"  # bump when reading a page's letterhead pictures changes (part of its cache key)


def plan_figures(extracted: Sequence[Extracted], case: Case, *, languages: str, cache: OcrCache | None = None,
                 engine: str = engines.TESSERACT) -> dict[int, tuple[int, Page | ocr.OcrTask]]:
    """For each born-digital PDF document (every page a text layer, one document in its file) whose type's issuer
    (``issuer_field`` in types.toml: the bank, employer, provider) was not found and whose first page has pictures
    in its letterhead band (:func:`packet.reading.pdf_text.letterhead_images`: a logo with the bank's name): the OCR
    of that region by the run's ``engine`` in the case's ``languages``, from the cache (keyed by the file's bytes and
    the region) or as a task. ``{document index: (page index, Page or OcrTask)}``. Opens each such PDF once to
    list its pictures; other documents cost nothing. Without the engine (or its languages) nothing is planned: a
    case of text PDFs needs no OCR engine, and this reading is an extra."""
    types = load_types()
    out: dict[int, tuple[int, Page | ocr.OcrTask]] = {}
    can_read: bool | None = None
    for i, e in enumerate(extracted):
        t = types.get(e.type)
        pages = e.document.pages
        issuer = t.issuer_field if t else None
        if not issuer or e.parts or e.fields.get(issuer) or e.document.source.kind != "pdf" or not pages:
            continue
        if any(p.source != "text" for p in pages):
            continue
        if can_read is None:  # a case of text PDFs never needed an engine: without one, no pictures are read
            try:
                engines.engine(engine).require(languages)
                can_read = True
            except TesseractMissing as exc:
                log.debug("letterhead pictures not read: %s", exc)
                can_read = False
        if not can_read:
            break
        page = pages[0]
        password = case.password_for(e.document.rel)
        try:
            region = pdf_text.figure_region(e.document.source.path, page.number - 1, password)
        except Exception as exc:  # noqa: BLE001 - a file that opened for its text layer but not now: no figures
            log.debug("no letterhead pictures in %s: %s", e.document.rel, exc)
            region = None
        if region is None:
            continue
        task = ocr.OcrTask(path=e.document.source.path, kind="pdf", index=page.number - 1, languages=languages,
                           dpi=ocr.TARGET_DPI, size_pt=(page.width, page.height), password=password, engine=engine,
                           region=region)
        settings = ocr.cache_settings(languages, f"{FIGURE_VERSION}|region {' '.join(f'{v:.4f}' for v in region)}",
                                      engine)
        out[i] = (0, ocr.cached_or_task(task, e.document.source.sha256, cache, settings))
    return out


def with_figure_words(item: Extracted, k: int, figure: Page, language: str) -> Extracted:
    """``item`` with its issuer's name taken from page ``k`` read again with the words of ``figure`` (the OCR of its
    letterhead pictures) added to its text layer, when that reading finds one; its evidence that of the OCR'd
    words, as sure as their reading (:func:`packet.understanding.evidence.second_reading`). Only the issuer's field
    is taken, and only when it lies in the OCR'd words: the pictures are read for a name, nothing else."""
    t = load_types().get(item.type)
    issuer = t.issuer_field if t else None
    if not issuer or item.fields.get(issuer):
        return item
    merged = with_words(item.document.pages[k], figure)
    if merged is item.document.pages[k]:
        return item
    pages = list(item.document.pages)
    pages[k] = merged
    again = _extract_again(item, pages, language)
    value, ev = again.fields.get(issuer), again.evidence.get(issuer)
    if not value or ev is None or ev.source != "ocr":
        return item  # nothing, or a value of the text layer the rebuilt lines let through: not what was asked
    log.info("the letterhead pictures of %s name its %s", item.document.rel, issuer)
    return replace(item, fields={**item.fields, issuer: value},
                   evidence={**item.evidence, issuer: evidence.second_reading(ev)})


def _extract_again(item: Extracted, pages: Sequence[Page], language: str) -> Extracted:
    doc = Document(source=item.document.source, pages=tuple(pages), form=item.document.form)
    return extract(Classified(doc, item.type), language)


def _cached_or_task(doc: Document, page: Page, case: Case, languages: str, cache: OcrCache | None,
                    settings: str, band: tuple[float, float] | None = None) -> Page | ocr.OcrTask:
    """The page's second reading (of the strip ``band`` only, when given) from the cache, or the task that makes
    it; a text-layer page as it is."""
    if page.source != "ocr":
        return page
    index = page.number - 1
    dpi = page.dpi or ocr.TARGET_DPI
    size = (page.width, page.height) if page.rotation in (0, 180) else (page.height, page.width)
    task = ocr.OcrTask(path=doc.source.path, kind=doc.source.kind, index=index, languages=languages, dpi=dpi,
                       size_pt=size, render_dpi=min(dpi, ocr.TARGET_DPI),
                       password=case.password_for(doc.rel) if doc.source.kind == "pdf" else None,
                       rotation=page.rotation, upscale=False, band=band)
    if band is not None:
        settings += f"|strip {band[0]:.4f}-{band[1]:.4f}"
    return ocr.cached_or_task(task, doc.source.sha256, cache, settings)


def merge(first: Extracted, second: Extracted) -> Extracted:
    """The first reading's fields, with the ones it did not find taken from the second reading.

    A file holding several documents is merged part by part when both readings split it alike."""
    if first.parts:
        if len(second.parts) != len(first.parts):
            return first
        parts = tuple(_fill(a, b, first.type) for a, b in zip(first.parts, second.parts, strict=True))
        evs = tuple(_evidence(p, a, b) for p, a, b in zip(parts, _part_evs(first), _part_evs(second), strict=True))
        return replace(first, fields=dict(parts[0]), parts=parts, evidence=evs[0], part_evidence=evs)
    if second.parts:
        return first  # the second reading sees several documents where the first saw one: do not guess
    rows = {f for f, e in second.evidence.items() if e.method in evidence.FROM_TABLE}
    fields = _fill(first.fields, second.fields, first.type, rows)
    for f in misread_in(first, fields):  # an amount whose currency sign the page shows was read as a digit
        if first.fields.get(f) is None:
            fields[f] = None
    return replace(first, fields=fields, evidence=_evidence(fields, first.evidence, second.evidence))


def _part_evs(item: Extracted) -> tuple[Mapping[str, Evidence], ...]:
    return item.part_evidence if len(item.part_evidence) == len(item.parts) else ({},) * len(item.parts)


def _evidence(fields: Mapping[str, str | None], first: Mapping[str, Evidence],
              second: Mapping[str, Evidence]) -> dict[str, Evidence]:
    """The evidence of the merged ``fields``: the first reading's, else the second's (a little less sure)."""
    out = {}
    for f, value in fields.items():
        if value is None:
            continue
        if f in first:
            out[f] = first[f]
        elif f in second:
            out[f] = evidence.second_reading(second[f])
    return out


def _fill(a: Mapping[str, str | None], b: Mapping[str, str | None], type_name: str,
          from_rows: Collection[str] = ()) -> dict[str, str | None]:
    """``a`` with its missing values taken from ``b``; a period whose ends no longer fit is dropped again, and so
    is a closing balance (the type's ledger money field) that ``b``'s transaction rows gave (``from_rows``: its
    evidence's method is one of :data:`packet.understanding.evidence.FROM_TABLE`) when ``b`` saw another period
    end than ``a``."""
    t = load_types().get(type_name)
    start_f, end_f = (t.field_of_kind("start"), t.field_of_kind("end")) if t else (None, None)
    out = dict(a)
    taken = []
    for name, value in b.items():
        if out.get(name) is None and value is not None:
            out[name] = value
            taken.append(name)
    if end_f and a.get(end_f) and b.get(end_f) != a.get(end_f):
        # a closing balance the rows gave, judged against another period end (a strip read again without its
        # printed period, whose rows then end "on time"): the first reading, which saw the period, found none
        for name in [n for n in taken if t and n in t.ledger and t.kind(n) == "money" and n in from_rows]:
            out[name] = None
            taken.remove(name)
    start, end = out.get(start_f or ""), out.get(end_f or "")
    if start and end and start > end and ({start_f, end_f} & set(taken)):
        for name in (start_f, end_f):
            if name in taken:
                out[name] = None
    if taken:
        log.info("second reading found %s", ", ".join(taken))
    return out
