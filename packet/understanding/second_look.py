"""A second look, by PP-OCR, at the English pictures whose first reading by Tesseract came out poor.

``--ocr-engine auto`` reads English cases with Tesseract (:func:`packet.reading.engines.choose`: on upright English
pages both engines read alike and PP-OCR costs 2-2.5x the time and ~6x the memory). On some phone photos Tesseract
reads the words but loses the figures: a credit union's passbook page (independent set 19) came out as seven dated
lines without an amount, so it was typed ``other``; read by PP-OCR the same photo is a bank statement whose balances
chain, every field right. :mod:`packet.understanding.second_reading` cannot mend that: it fills fields of a type
already given, with Tesseract again.

So a document qualifies for a second look (:func:`poor_reading`) when

* it is a picture: an image file, or a page photographed (``Document.form`` "photo"), every page read by OCR — a
  born-digital text layer or a scanned PDF page is no phone photo, and PP-OCR is not spent on them;
* its first reading was Tesseract's in an English case left to ``auto`` (:func:`packet.reading.engines.second_look`:
  an explicit ``--ocr-engine tesseract`` is kept to; without PP-OCR installed nothing changes);
* and that reading came out poor in a way understanding measures, not by its words:

  - typed as the catch-all (``other``) while its pages show a document's structure (:func:`shows_structure`): rows of
    dated entries without figures (:func:`packet.understanding.tables.figureless_rows`, :data:`FIGURELESS_ROWS` of
    them), a layout structure some readable type counts for it (``structure`` weights in types.toml: chaining
    balances, a pay summary, stated income ...; not those of its words, :data:`WORDED`) or a table of dated
    transaction rows whose figures do not check (:data:`ROWS`), or a readable type's labels
    printed with empty slots (its form whose figures were lost: :func:`packet.understanding.classify.form_met`);
  - or typed as a readable type and lacking some of its fields after the second reading
    (:func:`packet.understanding.second_reading.lacking`), or holding an amount no document of its type prints
    (:func:`implausible`: a pen-written 1,697.00 read "LE9.00");
  - or typed as the catch-all while leaning to a readable type and printing amounts that add up to a printed total
    (:func:`leans_with_sum`: a pen-filled receipt whose printed heading the first reading lost).

Its pages are read ONCE more with PP-OCR, planned as a run with ``--ocr-engine rapidocr`` plans them
(:func:`packet.reading.ingest.plan_file`: kept in the OCR cache under PP-OCR's own settings, so the next run, or a
run with that engine, reads nothing again) on the run's executor; the document is classified and extracted again
from that reading, and the second result replaces the first only when it is better (:func:`better`):

* a document the first reading typed ``other`` takes the readable type of the second when the second shows figures
  that check which the first did not (:data:`CHECKED`: balances that chain row by row, an opening balance plus
  the period's movements equal to the closing one, runs of credits and debits with their agreeing totals, gross
  less deductions equal to net pay, pay worked out row by row; a bill's total that is the sum of the items printed
  before it: :func:`checked`) and found at least :data:`SHARE_FOUND` of its type's fields; or when it found every
  field of its type. A look-alike whose clean reading shows no new arithmetic and
  leaves fields unfound stays ``other``;
* a readable type is kept (never changed by a second look), and the second reading replaces the first when it
  found every field the first found and more, and lost none of the first's figures that checked; where what it
  found more is an amount, only when its figures check (:func:`checked`): an amount read from a neighbouring line
  is the most likely error of a reading, and the arithmetic is what rules it out.

The cost: only qualifying documents are read again, each page at most once (a cached page costs nothing); the pages
read are logged (``second look by PP-OCR``) and counted by bench/thirdparty_bench.py.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from packet.case.casefile import Case
from packet.core.executor import Executor, executor_for
from packet.core.model import Document, Extracted, Page
from packet.reading import engines, ingest, ocr
from packet.reading.ocr_cache import OcrCache
from packet.rules.registry import load_types
from packet.understanding import classify, consistency, tables
from packet.understanding.extract import extract, sum_of_items
from packet.understanding.label_geometry import doc_lines
from packet.understanding.second_reading import lacking
from packet.understanding.values import dayfirst_for

log = logging.getLogger(__name__)

# dated rows without figures that make a table whose figures were lost: as many as make a table of transaction rows
# (packet.understanding.classify.DATED_ROWS counts rows with their amounts), plus one: a letter or a form prints a
# date or two at the start of a line ("12 October 2026", "Date of issue ..."), a table more
FIGURELESS_ROWS = classify.DATED_ROWS + 1
# arithmetic that checks figures read (packet.understanding.classify.structures): balances that chain, a summary
# that adds up, credits and debits with agreeing totals, gross less deductions equal to net, pay worked out
CHECKED = frozenset({"ledger", "balance_summary", "credits_and_debits", "pay_arithmetic", "pay_chain"})
# share of its type's fields a reading that checks must find to retype a document the first reading called ``other``:
# a bank statement needs 3 of its 6 (the page of a passbook prints no holder), a payslip 3 of 5
SHARE_FOUND = 0.5
# a table of dated transaction rows with their amounts (packet.understanding.classify.DATED_ROWS of them): what the
# structures a type weighs (balances that chain, credits and debits with their totals) are made of, before the figures
# read check
ROWS = frozenset({"dated_rows"})
# structures of a document's prose, not of its figures (a salutation, a sign-off): a letter shows them read well or
# poorly, and a letter typed other is the most common look-alike (a lender's demand, a pension fund's notice). A
# provider of care named at the head (provider_heading) does count: types.toml weighs it against the catch-all, and
# a clinic's receipt whose decimals Tesseract lost ("TOTAL 81 50", independent set 20) shows nothing else
WORDED = frozenset({"letter"})


def shows_structure(document: Document) -> set[str]:
    """What in ``document``'s first reading shows a document's structure (empty: none): "figureless_rows" (at least
    :data:`FIGURELESS_ROWS` lines begin with a full date and carry no amount), the names of the layout structures
    (:func:`packet.understanding.classify.structures`) that a readable type of types.toml weighs for itself (but
    :data:`WORDED`) and of :data:`ROWS`, and
    "form:<type>" for a readable type whose labels are printed with empty slots (:func:`classify.form_met`)."""
    types = load_types()
    readable = [t for t in types.values() if not t.catch_all and not t.given_only]
    out: set[str] = set()
    lines = doc_lines(document.pages)
    if tables.figureless_rows(lines, dayfirst_for("", document.text)) >= FIGURELESS_ROWS:
        out.add("figureless_rows")
    weighed = ({s for t in readable for s, w in t.structure.items() if w > 0} | ROWS) - WORDED
    out |= classify.structures(document) & weighed
    out |= {f"form:{t.name}" for t in readable if t.core and classify.form_met(document, t, lines)}
    return out


def leans_with_sum(item: Extracted) -> bool:
    """Whether ``item``, typed as the catch-all, leans to a readable type (its words and core scored for it, too
    weakly to convince: ``Extracted.leaning``) and prints amounts that add up to a printed total
    (:func:`packet.understanding.extract.sum_of_items`): a bill or receipt filled in by pen whose printed heading the
    first reading lost (a clinic's receipt photo read by Tesseract from its "Date:" line down, its name and RECEIPT
    gone; independent 21), the items and total written in it read."""
    types = load_types()
    if not any(k in types and not types[k].catch_all and not types[k].given_only for k in item.leaning):
        return False
    return sum_of_items(doc_lines(item.document.pages)) is not None


def picture(document: Document) -> bool:
    """An image file, or pages photographed, every page read by OCR (no text layer)."""
    pages = document.pages
    return bool(pages) and (document.source.kind == "image" or document.form == "photo") \
        and all(p.source == "ocr" for p in pages)


def poor_reading(item: Extracted) -> str | None:
    """Why ``item``'s first reading wants a second look (see the module docstring), or None: "structure: <what>"
    for a picture typed as the catch-all that shows a document's structure, "lacking: <fields>" for a picture of a
    readable type that lacks fields. Does not look at the engine: see :func:`plan_second_look`."""
    if not picture(item.document):
        return None
    t = load_types().get(item.type)
    if t is None or t.given_only:
        return None
    if t.catch_all:
        shown = shows_structure(item.document)
        if not shown and leans_with_sum(item):
            shown = {"items_sum"}
        return f"structure: {', '.join(sorted(shown))}" if shown else None
    missing = lacking(item)
    if missing:
        return f"lacking: {', '.join(missing)}"
    doubted = implausible(item)
    return f"implausible: {', '.join(sorted(doubted))}" if doubted else None


def implausible(item: Extracted) -> set[str]:
    """The amounts ``item`` found that no document of its type prints (:func:`packet.understanding.consistency.
    implausible_fields`: a month's pay of 9.00, a net pay above the gross): a figure written by pen that Tesseract
    misread ("LE9.00" for 1,697.00 in a slanted hand, conf 0), in any of its parts. The report would doubt them; a
    second look may read them."""
    return {f for part in (item.parts or (item.fields,)) for f in consistency.implausible_fields(item.type, part)}


def found(item: Extracted) -> set[str]:
    """The fields of ``item``'s type it found (in every part, for a file holding several documents), an amount
    found implausible (:func:`implausible`) not among them: a reading that found it plausibly found more."""
    t = load_types().get(item.type)
    return set() if t is None else set(t.fields) - set(lacking(item)) - implausible(item)


def checked(document: Document, item: Extracted | None = None) -> set[str]:
    """The structures of :data:`CHECKED` ``document`` shows (its figures check), and "items_sum" when ``item`` (its
    extraction) holds a field of its type's ``sum_of_items`` (a bill's total) equal to a printed amount that is the
    sum of the amounts printed before it (:func:`packet.understanding.extract.sum_of_items`: the items add up)."""
    out = classify.structures(document) & CHECKED
    t = load_types().get(item.type) if item is not None else None
    if t is not None and t.sum_of_items:
        total = sum_of_items(doc_lines(document.pages))
        if total is not None and any(item.fields.get(f) == total for f in t.sum_of_items):
            out.add("items_sum")
    return out


def better(first: Extracted, second: Extracted) -> bool:
    """Whether ``second`` (the same file read by PP-OCR, classified and extracted again) replaces ``first`` (see the
    module docstring for the rule and why)."""
    types = load_types()
    t1, t2 = types.get(first.type), types.get(second.type)
    if t1 is None or t2 is None or t2.catch_all or t2.given_only:
        return False
    got = found(second)
    if t1.catch_all:
        if len(got) == len(t2.fields):
            return True
        new = checked(second.document, second) - checked(first.document)
        return bool(new) and len(got) >= SHARE_FOUND * len(t2.fields)
    if second.type != first.type:
        return False
    had = found(first)
    if not had < got:
        return False
    checks = checked(second.document, second)
    if not checked(first.document, first) <= checks:
        return False
    # an amount only the second reading found counts when the second reading's figures check: a payslip photo whose
    # net pay PP-OCR read as the line above it (572.00 for 511.79, independent set 20) shows no pay arithmetic
    return bool(checks) or not any(t2.kind(f) == "money" for f in got - had)


@dataclass
class Look:
    """The second looks a case wants (:func:`plan_second_look`): for each document that qualifies, its pages read
    by the second engine, from the cache or as OCR tasks; :attr:`tasks` are the pages still to read."""

    extracted: list[Extracted]
    case: Case
    slots: dict[int, list[Page | ocr.OcrTask]] = field(default_factory=dict)
    why: dict[int, str] = field(default_factory=dict)

    @property
    def tasks(self) -> list[ocr.OcrTask]:
        return [s for i in self.slots for s in self.slots[i] if isinstance(s, ocr.OcrTask)]

    @property
    def pages(self) -> int:
        """How many pages the second look reads (from the cache or by OCR)."""
        return sum(len(s) for s in self.slots.values())


def plan_second_look(extracted: Sequence[Extracted], case: Case, *, languages: str, look: str | None,
                     cache: OcrCache | None = None) -> Look:
    """Which documents want a second look by engine ``look`` (:func:`packet.reading.engines.second_look`; None:
    none) and their pages, each from the cache or as an OCR task (:func:`packet.reading.ingest.plan_file`). Runs
    no OCR."""
    planned = Look(list(extracted), case)
    if look is None:
        return planned
    for i, e in enumerate(extracted):
        why = poor_reading(e)
        if why is None:
            continue
        slots = ingest.plan_file(e.document.source, case, languages=languages, engine=look, cache=cache)
        if slots is None or len(slots) != len(e.document.pages):
            continue
        planned.slots[i] = slots
        planned.why[i] = why
    return planned


def finish_second_look(planned: Look, done: Mapping[int, Page | Exception]) -> list[Extracted]:
    """The documents of ``planned``, each replaced by its second look where that is better (:func:`better`);
    ``done`` maps ``id(task)`` of every task of :attr:`Look.tasks` to its page or the exception it raised (a page
    that failed leaves its document as it was)."""
    out = list(planned.extracted)
    for i, slots in planned.slots.items():
        pages = [done[id(s)] if isinstance(s, ocr.OcrTask) else s for s in slots]
        first = out[i]
        if any(isinstance(p, Exception) for p in pages):
            log.debug("second look at %s failed; keeping the first reading", first.document.rel)
            continue
        doc = Document(source=first.document.source, pages=tuple(pages), form=first.document.form)  # type: ignore[arg-type]
        second = extract(classify.classify_one(doc, planned.case), planned.case.language)
        taken = better(first, second)
        log.info("second look by PP-OCR at %s (%d page(s); %s): %s %s -> %s %s: %s", first.document.rel, len(pages),
                 planned.why[i], first.type, len(found(first)), second.type, len(found(second)),
                 "taken" if taken else "kept the first")
        if taken:
            out[i] = second
    return out


def look_again(extracted: Sequence[Extracted], case: Case, *, languages: str, look: str | None,
               cache: OcrCache | None = None, executor: Executor | None = None, jobs: int = 1) -> list[Extracted]:
    """``extracted`` (same length and order) with the documents whose first reading was poor read again by ``look``
    and replaced where that is better: :func:`plan_second_look`, :func:`packet.reading.ocr.read_pages` of its tasks
    on ``executor`` (default: :func:`packet.core.executor.executor_for` ``jobs``), :func:`finish_second_look`."""
    planned = plan_second_look(extracted, case, languages=languages, look=look, cache=cache)
    tasks = planned.tasks
    done: dict[int, Page | Exception] = {}
    if tasks:
        engines.engine(look or engines.RAPIDOCR).require(languages)
        # the run's executor was sized for Tesseract: PP-OCR's pages are read no more at once than memory allows
        executor = engines.capped(executor or executor_for(jobs), look or engines.RAPIDOCR)
        log.debug("second look by PP-OCR: %d page(s) of %d document(s)", len(tasks), len(planned.slots))
        done = ocr.read_pages(tasks, executor, cache)
    return finish_second_look(planned, done)
