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
now 10 + 1 or 2. Documents read with PP-OCR are not read again: its first reading is the stronger one (94-96 %
of field values in its raw text against Tesseract's 73 %, PERF-NOTES) and the second reading's two changes
(Chinese alone, no upscaling) are remedies for Tesseract's failures.

Documents whose fields are all found, and documents with a text layer, cost nothing. Second readings
run on the run's executor like the first (:func:`packet.reading.ocr.read_pages`) and are kept in the OCR cache
under their own settings, so ``check`` then ``build`` never reads a page a second time twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace

from packet.case.casefile import Case
from packet.core.executor import Executor, executor_for
from packet.core.model import Classified, Document, Extracted, Page
from packet.reading import engines, ocr
from packet.reading.ocr_cache import OcrCache
from packet.rules.registry import load_types
from packet.understanding.extract import extract
from packet.understanding.label_geometry import find_labels, lines_of

log = logging.getLogger(__name__)

REREAD_VERSION = "reread-1"
SHARE = 0.2  # at most this share of a document's OCR pages is read again (at least one page)  # bump when the second reading's settings change (part of its cache key)


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


def wants_second_reading(item: Extracted) -> bool:
    return bool(lacking(item)) and any(p.source == "ocr" for p in item.document.pages)


def pages_to_read(item: Extracted) -> list[int]:
    """Indexes (0-based, in ``item.document.pages``) of the OCR pages worth a second reading for the fields
    ``item`` lacks: pages showing a label of a missing field, the least confident first; else the first OCR
    page. At most ``max(1, round(SHARE * OCR pages))``. Empty when nothing is missing or nothing was OCR'd."""
    missing = lacking(item)
    pages = item.document.pages
    ocr_pages = [i for i, p in enumerate(pages) if p.source == "ocr"]
    if not missing or not ocr_pages:
        return []
    t = load_types().get(item.type)
    labels = [lb for f in missing for lb in (t.labels.get(f, ()) if t else ())]
    hits = [i for i in ocr_pages if labels and any(find_labels(lines_of(pages[i], i), lb) for lb in labels)]
    hits.sort(key=lambda i: (pages[i].confidence if pages[i].confidence is not None else 100.0, i))
    chosen = hits or ocr_pages[:1]
    return sorted(chosen[: max(1, round(SHARE * len(ocr_pages)))])


def improve(extracted: Sequence[Extracted], case: Case, *, languages: str, jobs: int = 1,
            cache: OcrCache | None = None, executor: Executor | None = None,
            engine: str = engines.TESSERACT) -> list[Extracted]:
    """``extracted`` (same length and order) with the fields missing from OCR'd documents filled in from a
    second reading of the pages :func:`pages_to_read` names, run on ``executor`` (default:
    :func:`packet.core.executor.executor_for` ``jobs``); the other pages keep their first reading. A page whose
    second reading fails leaves its document as the first reading found it. ``engine``: the engine of the first
    reading; with PP-OCR nothing is read again (see the module docstring)."""
    if engine != engines.TESSERACT:
        return list(extracted)
    todo = [i for i, e in enumerate(extracted) if wants_second_reading(e)]
    if not todo:
        return list(extracted)
    langs = second_languages(languages)
    settings = ocr.cache_settings(langs, REREAD_VERSION)
    slots: dict[int, list[Page | ocr.OcrTask]] = {}
    for i in todo:
        again = set(pages_to_read(extracted[i]))
        slots[i] = [_cached_or_task(extracted[i].document, p, case, langs, cache, settings) if k in again else p
                    for k, p in enumerate(extracted[i].document.pages)]
    tasks = [s for i in todo for s in slots[i] if isinstance(s, ocr.OcrTask)]
    done: dict[int, Page | Exception] = {}
    if tasks:
        engines.engine(engines.TESSERACT).require(langs)
        log.debug("second reading of %d page(s) of %d document(s)", len(tasks), len(todo))
        done = ocr.read_pages(tasks, executor or executor_for(jobs), cache)
    out = list(extracted)
    for i in todo:
        pages = [done[id(s)] if isinstance(s, ocr.OcrTask) else s for s in slots[i]]
        if any(isinstance(p, Exception) for p in pages):
            log.debug("second reading of %s failed; keeping the first", extracted[i].document.rel)
            continue
        out[i] = merge(extracted[i], _extract_again(extracted[i], pages, case.language))  # type: ignore[arg-type]
    return out


def _extract_again(item: Extracted, pages: Sequence[Page], language: str) -> Extracted:
    doc = Document(source=item.document.source, pages=tuple(pages), form=item.document.form)
    return extract(Classified(doc, item.type), language)


def _cached_or_task(doc: Document, page: Page, case: Case, languages: str, cache: OcrCache | None,
                    settings: str) -> Page | ocr.OcrTask:
    """The page's second reading from the cache, or the task that makes it; a text-layer page as it is."""
    if page.source != "ocr":
        return page
    index = page.number - 1
    dpi = page.dpi or ocr.TARGET_DPI
    size = (page.width, page.height) if page.rotation in (0, 180) else (page.height, page.width)
    task = ocr.OcrTask(path=doc.source.path, kind=doc.source.kind, index=index, languages=languages, dpi=dpi,
                       size_pt=size, render_dpi=min(dpi, ocr.TARGET_DPI),
                       password=case.password_for(doc.rel) if doc.source.kind == "pdf" else None,
                       rotation=page.rotation, upscale=False)
    return ocr.cached_or_task(task, doc.source.sha256, cache, settings)


def merge(first: Extracted, second: Extracted) -> Extracted:
    """The first reading's fields, with the ones it did not find taken from the second reading.

    A file holding several documents is merged part by part when both readings split it alike."""
    if first.parts:
        if len(second.parts) != len(first.parts):
            return first
        parts = tuple(_fill(a, b, first.type) for a, b in zip(first.parts, second.parts, strict=True))
        return replace(first, fields=dict(parts[0]), parts=parts)
    if second.parts:
        return first  # the second reading sees several documents where the first saw one: do not guess
    return replace(first, fields=_fill(first.fields, second.fields, first.type))


def _fill(a: Mapping[str, str | None], b: Mapping[str, str | None], type_name: str) -> dict[str, str | None]:
    """``a`` with its missing values taken from ``b``; a period whose ends no longer fit is dropped again."""
    t = load_types().get(type_name)
    start_f, end_f = (t.field_of_kind("start"), t.field_of_kind("end")) if t else (None, None)
    out = dict(a)
    taken = []
    for name, value in b.items():
        if out.get(name) is None and value is not None:
            out[name] = value
            taken.append(name)
    start, end = out.get(start_f or ""), out.get(end_f or "")
    if start and end and start > end and ({start_f, end_f} & set(taken)):
        for name in (start_f, end_f):
            if name in taken:
                out[name] = None
    if taken:
        log.info("second reading found %s", ", ".join(taken))
    return out
