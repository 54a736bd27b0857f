"""Which kind of document each file is, from its words (weighted, as data in ``checklists/types.toml``).

Each type scores the weight of its keywords found in the text (words in the first lines count
1.5 times), minus its negative words, plus a small bonus when the file or folder name hints at it.
The best type wins only when it is convincing (score ≥ ``MIN_SCORE`` and ahead of the runner-up by
``MIN_LEAD``); otherwise the document is ``other`` — a wrong confident type is worse than ``other``,
since the report then asks for the document instead of counting a utility bill as a bank statement.
``[files]`` in the case file overrides all of this.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from packet.case.casefile import Case
from packet.core.model import Classified, Document
from packet.core.text import fold
from packet.rules.registry import DocType, catch_all_type, load_types, load_vocabulary
from packet.understanding import tables
from packet.understanding.label_geometry import doc_lines, label_pattern
from packet.understanding.values import dayfirst_for, find_dates, find_money

log = logging.getLogger(__name__)

MIN_SCORE = 5.0
MIN_LEAD = 1.5
HEAD_LINES = 6
HEAD_BOOST = 1.5
NAME_BONUS = 2.0


def _prepare(text: str) -> str:
    return fold(text).lower()


def _found(phrase: str, text: str) -> bool:
    return label_pattern(phrase).search(text) is not None


def _rows_removed(text: str) -> str:
    """The text without transaction rows (a date and an amount on one line): a bank statement's
    "代扣电费 186.40" row must not make it look like an electricity bill."""
    keep = [ln for ln in text.splitlines() if not (find_dates(ln) and any(h.marked for h in find_money(ln)))]
    return "\n".join(keep)


def structures(document: Document) -> set[str]:
    """The structures of :data:`packet.rules.registry.STRUCTURES` found in the document's layout: "ledger" when
    it holds dated transaction rows whose balances chain (:func:`packet.understanding.tables.ledger`),
    "balance_summary" when an opening balance plus or minus the period's totals equals the closing balance printed
    under them (:func:`packet.understanding.tables.balance_summary`), "credits_and_debits" when a run of dated
    credits and a run of dated debits each print a total that agrees (a statement's page without a balance
    column: :func:`packet.understanding.tables.credits_and_debits`)."""
    found = set()
    lines = doc_lines(document.pages)
    dayfirst = dayfirst_for("", document.text)
    book = tables.ledger(lines, dayfirst)
    if book is not None and book.confirmed:
        found.add("ledger")
    v = load_vocabulary()
    if tables.balance_summary(lines, v.opening_balance_labels, v.closing_balance_labels, dayfirst) is not None:
        found.add("balance_summary")
    if tables.credits_and_debits(lines, dayfirst):
        found.add("credits_and_debits")
    return found


def scores(document: Document, types: Mapping[str, DocType] | None = None) -> dict[str, float]:
    """Every type's score for ``document`` (higher is more likely): its words, and the weights of the
    structures its layout shows (``structure`` in types.toml)."""
    types = types or load_types()
    shapes = structures(document) if any(t.structure for t in types.values()) else set()
    text = _prepare(document.text)
    plain = _prepare(_rows_removed(document.text))
    first = document.pages[0].text if document.pages else ""
    head = _prepare("\n".join(first.splitlines()[:HEAD_LINES]))
    name = _prepare(document.rel).replace("_", " ").replace("-", " ")
    out: dict[str, float] = {}
    for t in types.values():
        score = 0.0
        body = plain if t.catch_all else text
        for phrase, weight in t.keywords.items():
            if _found(phrase, head):
                score += weight * HEAD_BOOST
            elif _found(phrase, body):
                score += weight
        for phrase, weight in t.negative.items():
            if _found(phrase, plain):
                score -= weight
        score += sum(w for s, w in t.structure.items() if s in shapes)
        if any(hint.lower() in name for hint in t.filenames):
            score += NAME_BONUS
        out[t.name] = round(score, 2)
    return out


def classify_one(document: Document, case: Case | None = None) -> Classified:
    """The type of one document, or its override from ``[files]``."""
    if case is not None and document.rel in case.files:
        return Classified(document, case.files[document.rel], score=0.0, overridden=True)
    s = scores(document)
    fallback = catch_all_type()
    ranked = sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if best != fallback and (top < MIN_SCORE or top - second < MIN_LEAD):
        log.debug("%s: not convincing (%s %.1f vs %.1f) -> %s", document.rel, best, top, second, fallback)
        best = fallback
    log.debug("%s: %s (%s)", document.rel, best, ", ".join(f"{k}={v}" for k, v in ranked[:3]))
    return Classified(document, best, score=max(top, 0.0))


def classify(documents: Sequence[Document], case: Case) -> tuple[Classified, ...]:
    """Classify every document, in the same order as given."""
    return tuple(classify_one(d, case) for d in documents)
