"""Amounts OCR damaged, chosen by what the document's other figures say (issue 10, item 2).

On phone photos and small scans Tesseract damages figures in a few ways, each seen on the development sets'
photos: the decimal point lost (``86,784.20`` read ``8678420``), a table's rule or bracket after the cents read as a
digit (``285.00|`` → ``285.001`` → 285001), a thousands separator read as a point (``3,232.45`` → ``3.232``), a
currency sign read as a leading digit (₹ as ``7`` or ``2``, ¥ as ``4`` or ``2``, $ as ``5``, ``8`` or ``S``; £ read as
``E`` or ``f`` is a letter the parser skips already), letters inside digits (S/5, B/8, O/0, l/1), one digit read as
another of like shape on blurred print (8/6/3/5/9/0, 1/7). :func:`readings` lists, from the characters actually
seen, the other values a damaged figure may have been printed as.

:func:`choose` keeps the value as read when a relation among the page's figures confirms it, else takes the one
reading that such a relation confirms: the figure equals another on the page (a net pay repeated, the amount in
大写 against 小写, a closing balance equal to the last running balance), it is the sum or difference of two others
(gross − deductions = net; opening + credits = closing), or the sum of a run of figures printed before it (items
adding to their total). A reading chosen so gains confidence (:data:`AGREED`, below 0.9: arithmetic can agree by
chance). A value no relation confirms and that stands far above every other figure on the page (:data:`OUTLIER`
times the largest: a lost decimal point) is taken in the one reading that falls among its siblings, unsure
(:data:`GUESSED`), or doubted (:data:`DOUBTED`) when there is no such reading: the user is asked to confirm it.

Where no reading of the characters is confirmed, :func:`implied_reading` asks the page's arithmetic what the figure
should be: an amount two different relations make (the earnings over a gross add up to it, and the net plus the
deductions' total make it too) one misread away from what was read (:func:`misread_as`: the cents lost, a digit,
a digit lost or added, the point moved) is taken at :data:`REPAIRED`, the method saying how (``+figures:cents-lost``).

Only values read by OCR are touched (the text layer prints what the issuer wrote) — but for
:func:`part_against_whole`, which judges a labelled part (the net) against its whole (the gross) and the figures
between them on any page: a label can take the wrong cell of a row of totals whatever the page's source.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from packet.core.model import Evidence, Page
from packet.core.text import fold
from packet.rules.registry import load_vocabulary
from packet.understanding.label_geometry import Line, label_pattern
from packet.understanding.values import find_money, fmt_money, number_word, parse_daxie, parse_number_words

log = logging.getLogger(__name__)

REPAIRED = 0.7  # a figure put right by two relations of the page's figures that agree (implied_reading): asked of none
AGREED = 0.8  # a reading the page's arithmetic confirms: counts without asking, never "sure" (>= 0.9)
FALLBACK_AT_MOST = 0.59  # a value found without a label stays below 0.6 however the figures agree (issue 10)
GUESSED = 0.5  # a reading chosen by magnitude alone: counts, the user is asked to confirm (below 0.6)
DOUBTED = 0.3  # an outlier no reading explains: as :data:`packet.understanding.consistency.IMPLAUSIBLE`
OUTLIER = 20  # a figure this many times the largest other figure on the page stands alone (a lost point: 100x)
MAX_FIGURES = 80  # the page's figures looked at, in reading order (a long statement page has hundreds)
MAX_RUN = 12  # the longest run of consecutive figures summed into a total

# the glyphs a currency sign is read as when Tesseract's model lacks it or the print is small (seen on the hold-out
# and independent photos: ₹2500 → 72500, ¥8,968.40 → 48,968.40 or 28968.40; $ → S/5/8)
SIGN_AS_GLYPH = "7245S8"
# a table's rule or a bracket read after a figure's cents ("285.00|" → "285.001")
EDGE_GLYPHS = "|]Il1!)"
# digits Tesseract confuses on blurred small print (seen on the generated far photos: 8,941.28 read 6,941.28)
DIGIT_LOOKALIKES = {"0": "86", "1": "7", "3": "85", "5": "63", "6": "850", "7": "1", "8": "6309", "9": "83"}
LETTER_DIGITS = str.maketrans({"S": "5", "s": "5", "B": "8", "O": "0", "o": "0", "l": "1", "I": "1", "|": "1",
                               "Z": "2", "z": "2", "g": "9"})


@dataclass(frozen=True)
class Figure:
    """An amount on a page: its value, the words it was read from (indices into ``Page.words``) and its place in
    reading order."""

    value: Decimal
    words: frozenset[int]
    order: int


def readings(raw: str, cents: bool = True, signs: bool = True) -> list[tuple[Decimal, str]]:
    """The values ``raw`` (an amount as OCR read it, e.g. ``"8678420"``, ``"285.00|"``, ``"¥48,968.40"``) may have
    been printed as, each with how it was damaged; the value as read is not among them. ``cents``: the page prints
    its amounts with two decimals (a bare integer there may have lost its point); ``signs``: it prints currency signs
    (one may have been read as a digit). No raise; [] for text with no figure."""
    s = raw.strip().replace(" ", "")
    m = re.search(r"[0-9OoSsBlIZzg|][0-9OoSsBlIZzg|,.]*[0-9OoSsBlIZzg|\])!]?", s)
    if not m:
        return []
    head, body = s[:m.start()], m.group(0)
    out: list[tuple[Decimal, str]] = []

    def add(text: str, how: str) -> None:
        for v in _plain(text):
            if v not in [o[0] for o in out]:
                out.append((v, how))

    digits = body.translate(LETTER_DIGITS)
    if digits != body:
        add(digits, "letters-as-digits")
    # a rule or bracket after the cents read as a digit
    e = re.fullmatch(r"(.*[.,]\d{2})[" + re.escape(EDGE_GLYPHS) + r"]", digits if digits[-1:].isdigit() else body)
    if e:
        add(e.group(1), "edge-glyph")
    if re.fullmatch(r".*[.,]\d{2}[\])|!]", body):
        add(body[:-1], "edge-glyph")
    bare = re.sub(r"[,.]", "", digits)
    # the decimal point lost: a bare run of digits on a page that prints cents
    if cents and bare.isdigit() and len(bare) >= 3 and re.fullmatch(r"[\d,]+", digits):
        add(f"{bare[:-2]}.{bare[-2:]}", "point-lost")
    # a thousands separator read as a point, or a point read as a thousands separator
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        add(digits.replace(".", ""), "separator-as-point")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+[.,]\d{2}", digits):
        add(digits[:-3].replace(".", "") + "." + digits[-2:], "separator-as-point")
    if re.fullmatch(r"\d+,\d{2}", digits):
        add(digits.replace(",", "."), "comma-as-point")
    # a currency sign read as the first digit (no sign left before the figure)
    if signs and not re.search(r"[^\W\d_]|[$£€¥￥₹]", head) and digits[:1] in SIGN_AS_GLYPH and len(bare) >= 3:
        rest = digits[1:].lstrip(",.")
        add(rest, "sign-as-digit")
        if cents and re.fullmatch(r"\d{3,}", rest):
            add(f"{rest[:-2]}.{rest[-2:]}", "sign-as-digit+point-lost")
    if signs and body[:1] in SIGN_AS_GLYPH and not body[:1].isdigit():
        add(digits[1:], "sign-as-letter")
    # one digit read as another of like shape (blur and small print: 8/6/3/5/9/0, 1/7): confirmed only by a sum
    if re.fullmatch(r"[\d,.]+", digits) and len(bare) <= 9:
        for k, c in enumerate(digits):
            for alt in DIGIT_LOOKALIKES.get(c, ""):
                add(digits[:k] + alt + digits[k + 1:], "digit-as-digit")
    as_read = _plain(raw)
    return [(v, how) for v, how in out if v not in as_read and v > 0]


def _plain(text: str) -> list[Decimal]:
    """The amounts packet's own parser reads in ``text``."""
    return [abs(h.value) for h in find_money(text)]


def page_figures(page: Page) -> list[Figure]:
    """Every amount on ``page`` printed as one (with cents or a currency mark: :class:`packet.understanding.values.MoneyHit`
    ``marked``) in reading order (at most :data:`MAX_FIGURES`), each with the words it was read from; an amount in
    words (大写) is a figure too."""
    out: list[Figure] = []
    lines: dict[int, list[int]] = {}
    for i, w in enumerate(page.words):
        lines.setdefault(w.line, []).append(i)
    for ln in sorted(lines):
        idx = sorted(lines[ln], key=lambda i: page.words[i].box[0])
        text, starts = "", []
        for i in idx:
            starts.append(len(text))
            text += page.words[i].text + " "
        hits = find_money(text)
        factors = _factors(hits)
        for k, h in enumerate(hits):
            covered = frozenset(i for i, st in zip(idx, starts, strict=True)
                                if st < h.end and st + len(page.words[i].text) > h.start)
            # a bare integer is a date's part, a count or an id as often as an amount; a quantity's unit price is
            # no item of its own
            if h.value and h.marked and k not in factors:
                out.append(Figure(abs(h.value), covered, len(out)))
        big = parse_daxie(text)
        if big:
            out.append(Figure(big, frozenset(idx), len(out)))
        if len(out) >= MAX_FIGURES:
            break
    return out[:MAX_FIGURES]


def _factors(hits: Sequence) -> set[int]:
    """The indices of a line's amounts (``find_money`` hits, in order) that are a quantity and a unit price whose
    product is the line's last amount ("中藥 Herbal medicine (5剂 x HK$78) 390.00", "Overtime 10 hrs @ 25.00 250.00"):
    the item is its amount; its factors add nothing to a column's sum. Independent 22's clinic receipt: 200 + 390 +
    280 = 870 was not seen for the 78 between them, and the total 870.00 read right was "repaired" to 670.00."""
    if len(hits) < 3:
        return set()
    last = abs(hits[-1].value)
    before = [(k, abs(h.value)) for k, h in enumerate(hits[:-1]) if h.value]
    for a in range(len(before)):
        for b in range(a + 1, len(before)):
            if before[a][1] * before[b][1] == last:
                return {before[a][0], before[b][0]}
    return set()


def signs_printed(page: Page) -> bool:
    """Whether ``page`` prints a currency sign or code against a figure anywhere (the vocabulary's currency marks,
    the Unicode currency signs): only then may a leading digit be a sign misread."""
    marks = "|".join(re.escape(m.rstrip(".")) for m in load_vocabulary().currency_marks)
    return bool(re.search(rf"[$£€¥￥\u20a0-\u20cf]|(?<![A-Za-z])(?:{marks})\.?\s?\d", page.text))


def prints_cents(figures: Sequence[Figure]) -> bool:
    """Whether most of the page's figures carry cents as printed (two decimals, "0.00" included)."""
    return sum(f.value != f.value.to_integral_value() or f.value.as_tuple().exponent == -2
               for f in figures) * 2 >= len(figures) > 0


def confirmed(value: Decimal, others: Sequence[Figure]) -> str | None:
    """How the ``others`` (the page's figures but the value's own) confirm ``value``: ``equal``, ``sum``,
    ``difference`` or ``run`` (the sum of consecutive figures), or None."""
    vals = [f.value for f in others if f.value]
    if not value or not vals:
        return None
    if value in vals:
        return "equal"
    have = set(vals)
    for a in vals:
        rest = value - a
        if rest > 0 and rest in have and (rest != a or vals.count(a) > 1):
            return "sum"
        if a > value and (a - value) in have:
            return "difference"
    ordered = [f.value for f in sorted(others, key=lambda f: f.order)]
    for i in range(len(ordered)):
        total = Decimal(0)
        for j in range(i, min(len(ordered), i + MAX_RUN)):
            total += ordered[j]
            if total == value and j > i:
                return "run"
            if total > value:
                break
    return None


def balances(value: Decimal, others: Sequence[Figure]) -> bool:
    """Whether ``value`` is ``a + b − c`` for three other figures (opening + credits − debits = closing). Only keeps
    a value as read: with three figures free, a misreading would find such a sum too often to be chosen by it."""
    vals = [f.value for f in others if f.value]
    have = set(vals)
    return any((a + b - value) in have for i, a in enumerate(vals) for b in vals[i + 1:] if a + b > value)


def _takes(reading: Decimal, how: str, others: Sequence[Figure], before: Sequence[Decimal] = ()) -> bool:
    """Whether ``reading`` (made by ``how``) is confirmed strongly enough to replace what was read. One digit read
    as another gives a dozen candidates: one of them is taken only when it carries cents (round figures add up by
    chance: 5,690.00 read right was taken as 5,890.00 from two round transactions, 5,000.00 as a YTD 6,000.00) and a
    sum or difference, not a mere equal figure, confirms it — or the figures printed just before the value (``before``,
    in reading order: a bill's item lines over their total) add up to it (:func:`_ends_run`; hold-out 12's hospital
    invoice photo read 1,059.40 under 28.40 + 947.00 + 84.00 as 1,059.46)."""
    how_confirmed = confirmed(reading, others)
    if how != "digit-as-digit":
        return how_confirmed is not None
    if reading == reading.to_integral_value():
        return False
    return how_confirmed in ("sum", "difference") or (bool(before) and _ends_run([*before, reading], len(before)))


def misread_as(read: Decimal, printed: Decimal) -> str | None:
    """How OCR may have read the amount ``printed`` as ``read`` (both above zero), or None when no single damage
    explains it: ``cents-lost`` (the decimals dropped: "6,080" for 6,080.10), ``point-moved`` (the decimal point one
    or two places off: 10x, 100x), ``one-digit`` (one digit read as any other, written with two decimals:
    1,059.46 for 1,059.40), ``digit-lost`` / ``digit-added`` (one digit dropped or one read twice). The kinds the
    development sets' photos show (hold-out 12, independent 13); any digit, not only the look-alikes of
    :data:`DIGIT_LOOKALIKES`: such a reading is taken only where two relations agree (:func:`implied_reading`)."""
    if read <= 0 or printed <= 0 or read == printed:
        return None
    if read == read.to_integral_value() and 0 < printed - read < 1:
        return "cents-lost"
    if any(read * 10 ** k == printed or printed * 10 ** k == read for k in (1, 2)):
        return "point-moved"
    a, b = f"{read:.2f}".replace(".", ""), f"{printed:.2f}".replace(".", "")
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return "one-digit"
    if len(a) + 1 == len(b) and any(b[:k] + b[k + 1:] == a for k in range(len(b))):
        return "digit-lost"
    if len(a) == len(b) + 1 and any(a[:k] + a[k + 1:] == b for k in range(len(a))):
        return "digit-added"
    return None


def implied(others: Sequence[Figure], before: Sequence[Decimal] = ()) -> dict[Decimal, set[str]]:
    """Each amount the page's figures make, with the relations that make it: ``equal`` (a figure printed), ``sum``
    (two figures added: net + deductions = gross), ``difference`` (one less another: gross − deductions = net) and
    ``run`` (the two to :data:`MAX_RUN` figures printed just before, ``before`` in reading order, added: the items
    over their total). ``others``: the page's figures but the one checked. Figures at zero take no part."""
    rel: dict[Decimal, set[str]] = {}
    vals = [f.value for f in others if f.value > 0]
    for i, a in enumerate(vals):
        rel.setdefault(a, set()).add("equal")
        for b in vals[i + 1:]:
            rel.setdefault(a + b, set()).add("sum")
            if a != b:
                rel.setdefault(abs(a - b), set()).add("difference")
    total = Decimal(0)
    for j, x in enumerate(reversed(list(before)[-MAX_RUN:])):
        if x <= 0:
            break
        total += x
        if j >= 1:
            rel.setdefault(total, set()).add("run")
    return rel


ROUNDING = Decimal("0.02")  # items and totals rounded apart differ by a cent or two: no misread (the own set's zh
# payslip table, 10,989.05 printed over items adding up to 10,989.04, was "repaired" to 10,989.04)


def implied_reading(read: Decimal, others: Sequence[Figure], before: Sequence[Decimal] = ()
                    ) -> tuple[Decimal, str] | None:
    """(the amount, how it was misread) when ``read`` (an OCR'd amount no relation confirms) differs by one misread
    (:func:`misread_as`) from the one amount that two different relations of the page's figures both make
    (:func:`implied`: the earnings printed above a gross add up to it and so do the net and the deductions' total —
    independent witnesses; 6,080 read for 6,080.10 on independent 13's photographed payslip), more than
    :data:`ROUNDING` away. None when no amount,
    or more than one, is so made: the others uncertain or in disagreement leave the value as read."""
    found = {(r, how) for r, kinds in implied(others, before).items()
             if len(kinds) >= 2 and r > 0 and abs(r - read) > ROUNDING for how in [misread_as(read, r)] if how}
    return next(iter(found)) if len({r for r, _ in found}) == 1 else None


def _own_words(page: Page, box: tuple[float, float, float, float]) -> list[int]:
    """The words of ``page`` whose centre lies in ``box`` (fractions of the page)."""
    x0, y0, x1, y1 = box
    out = []
    for i, w in enumerate(page.words):
        cx, cy = (w.box[0] + w.box[2]) / 2, (w.box[1] + w.box[3]) / 2
        if x0 - 0.002 <= cx <= x1 + 0.002 and y0 - 0.002 <= cy <= y1 + 0.002:
            out.append(i)
    return out


def choose(pages: Sequence[Page], fields: Mapping[str, str | None], evidence: Mapping[str, Evidence],
           money: Sequence[str]) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """``fields`` and ``evidence`` with each amount of ``money`` (field names) read by OCR checked against the
    figures of its page: confirmed as read (``+figures`` added to its method, its confidence at least
    :data:`AGREED` when a sum or difference confirms it; :data:`FALLBACK_AT_MOST` for a value found without a label),
    replaced by the one reading of its characters that the figures confirm (the same), taken in
    the one reading that brings an outlier among its siblings (:data:`GUESSED`), or an outlier doubted
    (:data:`DOUBTED`). Values from a text layer, a table or the case file are left alone."""
    out_f, out_e = dict(fields), dict(evidence)
    read: dict[int, list[Figure]] = {}  # each page's figures, found once however many of its amounts are checked
    for f in money:
        v, e = fields.get(f), evidence.get(f)
        if v is None or e is None or e.source != "ocr" or e.page is None or e.box is None \
                or not 1 <= e.page <= len(pages) or e.method.endswith("+case-file"):
            continue
        page = pages[e.page - 1]
        try:
            value = Decimal(v)
        except InvalidOperation:
            continue
        mine = _own_words(page, e.box)
        if not mine:
            continue
        if e.page not in read:
            read[e.page] = page_figures(page)
        figures = _as_chosen(page, read[e.page], out_f, out_e, money)
        others = [g for g in figures if not g.words & set(mine)]
        raw = " ".join(page.words[i].text for i in sorted(mine, key=lambda i: page.words[i].box[0]))
        sure = FALLBACK_AT_MOST if e.method.startswith("fallback") else AGREED
        how_confirmed = confirmed(abs(value), others)
        if how_confirmed:
            # a sum the value takes part in confirms it; a figure printed twice only confirms the reading, not which
            # figure the field is (a KiwiSaver line printed twice is no net pay)
            if how_confirmed != "equal" and e.confidence < sure and "+implausible" not in e.method:
                out_e[f] = replace(e, confidence=sure, method=e.method + "+figures")
            continue
        if balances(abs(value), others):  # opening + credits − debits = closing: as read, left alone
            continue
        own = [g.order for g in figures if g.words & set(mine)]
        before = [g.value for g in sorted(figures, key=lambda g: g.order) if own and g.order < min(own)]
        alternatives = [(r, how) for r, how in readings(raw, prints_cents(figures)) if _takes(r, how, others, before)]
        if len({r for r, _ in alternatives}) == 1:
            r, how = alternatives[0]
            log.info("%s read %r as %s; the page's figures confirm %s (%s)", f, raw, v, r, how)
            out_f[f] = fmt_money(r)
            out_e[f] = replace(e, confidence=sure, method=f"{e.method}+figures:{how}")
            continue
        if not own:  # the value's own figure is not among the page's (a bare "6,080"): the figures of the lines above
            line = min(page.words[i].line for i in mine)
            before = [g.value for g in sorted(figures, key=lambda g: g.order)
                      if max(page.words[i].line for i in g.words) < line and not g.words & set(mine)]
        repaired = implied_reading(abs(value), others, before)
        if repaired is not None:
            r, how = repaired
            log.info("%s read %r as %s; two relations of the page's figures make it %s (%s)", f, raw, v, r, how)
            out_f[f] = fmt_money(r)
            out_e[f] = replace(e, confidence=min(sure, REPAIRED), method=f"{e.method}+figures:{how}")
            continue
        siblings = [g.value for g in others if g.value]
        if len(siblings) >= 3 and abs(value) > OUTLIER * max(siblings):
            fits = [(r, how) for r, how in readings(raw, prints_cents(figures), signs_printed(page))
                    if min(siblings) <= r <= 2 * max(siblings)]
            fewest = min((how.count("+") for _, how in fits), default=0)
            fits = [(r, how) for r, how in fits if how.count("+") == fewest]
            if len(fits) == 1:
                (r, how), = fits
                log.info("%s read %r as %s, %dx the page's largest figure; taken as %s (%s), to confirm", f, raw, v,
                         int(abs(value) / max(siblings)), r, how)
                out_f[f] = fmt_money(r)
                out_e[f] = replace(e, confidence=min(e.confidence, GUESSED), method=f"{e.method}+figures:{how}")
            else:
                out_e[f] = replace(e, confidence=min(e.confidence, DOUBTED), method=e.method + "+outlier")
    return out_f, out_e


def _as_chosen(page: Page, figures: Sequence[Figure], fields: Mapping[str, str | None],
               evidence: Mapping[str, Evidence], money: Sequence[str]) -> list[Figure]:
    """``figures`` (the :func:`page_figures` of ``page``) with the figure of each amount already chosen (a field of
    ``money`` whose evidence lies on ``page``) at its chosen value: a gross put right confirms the net read beside
    it."""
    figures = list(figures)
    for f in money:
        e, v = evidence.get(f), fields.get(f)
        if e is None or e.page != page.number or e.box is None or v is None or "+figures:" not in e.method:
            continue
        mine = set(_own_words(page, e.box))
        try:
            value = abs(Decimal(v))
        except InvalidOperation:
            continue
        figures = [replace(g, value=value) if g.words & mine else g for g in figures]
    return figures


def whole_and_part(pages: Sequence[Page], fields: Mapping[str, str | None], evidence: Mapping[str, Evidence],
                   whole: str, part: str, low: Decimal = Decimal(0)) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """``fields``/``evidence`` with a type's whole and part (types.toml ``reconcile``: gross and net pay) taken from
    the arithmetic of an OCR'd page when the labels gave them unconfirmed: the part is a figure ``n`` with
    ``whole − d = n`` for another figure ``d`` of the page and ``n ≥ d`` (what is kept is more than what is taken
    off: a payslip's deductions are less than half its gross); the whole, when its own value is not confirmed, is a
    figure that is the sum of the run of figures printed before it and has such a part. The part must be printed
    after the whole (earnings items printed before a gross are not its net). A part read right of its label is kept
    unless it exceeds the whole or falls below ``low`` (the type's plausible lowest). Only a single answer is
    taken, at :data:`GUESSED` (found by arithmetic, not by a label: the user is asked to confirm); one page at a
    time, the page of the whole's evidence or else the first OCR'd page."""
    out_f, out_e = dict(fields), dict(evidence)
    ew, ep = evidence.get(whole), evidence.get(part)
    if any(e is not None and e.source != "ocr" for e in (ew, ep)):
        return out_f, out_e
    number = ew.page if ew is not None and ew.page else next((p.number for p in pages if p.source == "ocr"), None)
    if number is None or not 1 <= number <= len(pages) or pages[number - 1].source != "ocr":
        return out_f, out_e
    page = pages[number - 1]
    figures = _as_chosen(page, page_figures(page), fields, evidence, (whole, part))
    values = {g.value for g in figures}

    def sure(e: Evidence | None) -> bool:
        return e is not None and "+figures" in e.method and "+figures:" not in e.method or \
            (e is not None and e.method.startswith("label") and e.confidence >= AGREED)

    def parts_of(g: Decimal, after: int) -> set[Decimal]:
        """The figures printed after position ``after`` that ``g`` less another figure of the page makes."""
        return {n.value for n in figures if n.order > after and 0 < n.value < g and (g - n.value) in values
                and n.value > g - n.value}

    try:
        w = Decimal(fields.get(whole) or "")
    except InvalidOperation:
        w = None
    try:
        n_read = Decimal(fields.get(part) or "")
    except InvalidOperation:
        n_read = None
    by_label = ep is not None and ep.method.startswith("label")
    agrees = w is not None and n_read is not None and by_label and (w - n_read) in values
    if w is None or not (sure(ew) or agrees):
        ordered = [g.value for g in figures]
        wholes = {g for k, g in enumerate(ordered) if parts_of(g, k) and _ends_run(ordered, k)}
        if len(wholes) != 1:
            return out_f, out_e
        w, = wholes
        if fields.get(whole) != fmt_money(w):
            out_f[whole] = fmt_money(w)
            out_e[whole] = _at(page, figures, w, "figures:sum-of-a-run")
    first = min((g.order for g in figures if g.value == w), default=-1)
    candidates = parts_of(w, first)
    if n_read is not None and (n_read in candidates or (by_label and 0 < n_read <= w and low <= n_read)):
        return out_f, out_e
    if len(candidates) == 1:
        n, = candidates
        log.info("%s taken as %s: %s less another figure of the page", part, n, whole)
        out_f[part] = fmt_money(n)
        out_e[part] = _at(page, figures, n, "figures:whole-less-another")
    return out_f, out_e


def part_against_whole(pages: Sequence[Page], fields: Mapping[str, str | None], evidence: Mapping[str, Evidence],
                       whole: str, part: str) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """``fields``/``evidence`` with a type's part (types.toml ``reconcile``: the net pay) that its label gave judged
    by the figures of its page, text layer or OCR alike, the whole (the gross) being read too:

    - the page prints ``m = whole − part`` larger than the part, after it: the part as read is what was taken off
      (the deductions' total beside the net, the label's value taken from the wrong cell of a row of totals:
      independent 13's "Gross Pay | Total Deductions | NET PAY" over 3,424.60 | 571.63 | 2,852.97) and ``m`` is the
      part: taken, at :data:`GUESSED` (a payslip's deductions are less than what it pays, the rule
      :func:`whole_and_part` uses; the user confirms), ``+figures:whole-less-part`` in its method;

    Not taken: a part whose gross less it no figure between them explains (hold-out 13's photo of two payslips,
    the second one's net under the first one's gross) — the own set's payslips print only some deductions (a US
    stub's federal tax alone), and 6 right nets of 22 payslips were doubted so.

    A part its own figures already placed (``+figures`` in its method), a whole not above the part, or a part or
    whole whose words cannot be found among the page's figures is left alone. No raise."""
    out_f, out_e = dict(fields), dict(evidence)
    ew, ep = evidence.get(whole), evidence.get(part)
    if ew is None or ep is None or not ep.method.startswith("label") or "+figures" in ep.method \
            or ep.page is None or ep.page != ew.page or not 1 <= ep.page <= len(pages) or ep.box is None \
            or ew.box is None:
        return out_f, out_e
    try:
        w, n = Decimal(fields.get(whole) or ""), Decimal(fields.get(part) or "")
    except InvalidOperation:
        return out_f, out_e
    if not 0 < n < w:
        return out_f, out_e
    page = pages[ep.page - 1]
    figures = page_figures(page)
    at_w, at_n = set(_own_words(page, ew.box)), set(_own_words(page, ep.box))
    ow = [g.order for g in figures if g.words & at_w and g.value == w]
    on = [g.order for g in figures if g.words & at_n and g.value == n]
    if not ow or not on:
        return out_f, out_e
    m = w - n
    later = [g for g in figures if g.value == m and g.order > on[0]]
    if m > n and later:
        log.info("%s %s is %s less %s printed after it: the deductions, the part is %s", part, n, whole, m, m)
        g = later[0]
        boxes = [page.words[i].box for i in g.words]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        out_f[part] = fmt_money(m)
        out_e[part] = replace(ep, confidence=min(ep.confidence, GUESSED), box=box,
                              method=ep.method + "+figures:whole-less-part")
        return out_f, out_e
    return out_f, out_e


COLUMN_EDGE = 0.02  # of the page's width: figures of one column end at the same right edge, within this


def _box(page: Page, g: Figure) -> tuple[float, float, float, float]:
    boxes = [page.words[i].box for i in g.words]
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def column_sum(page: Page, figures: Sequence[Figure], g: Figure) -> bool:
    """Whether the figure ``g`` is the total of the figures printed right above it in its own column: two or more
    figures whose right edges lie within :data:`COLUMN_EDGE` of its own (figures are right-aligned), nearest first,
    adding up to it to the cent (a gross under its earnings, a deductions' total under its items). A year-to-date
    column beside it takes no part: its figures end elsewhere. Checked on the figures of one page only."""
    x1, y0 = _box(page, g)[2], _box(page, g)[1]
    above = sorted(((b[1], f.value) for f in figures if f is not g for b in [_box(page, f)]
                    if abs(b[2] - x1) <= COLUMN_EDGE and b[3] <= y0 + 0.002), reverse=True)
    total, n = Decimal(0), 0
    for _, v in above[:MAX_RUN]:
        total += v
        n += 1
        if total == g.value and n >= 2:
            return True
        if total > g.value:
            return False
    return False


def net_from_parts(pages: Sequence[Page], fields: Mapping[str, str | None], evidence: Mapping[str, Evidence],
                   whole: str, part: str) -> tuple[dict[str, str | None], dict[str, Evidence]]:
    """``fields``/``evidence`` with an OCR'd part (types.toml ``reconcile``: the net pay) put right by the page's
    arithmetic when one misread (:func:`misread_as`: a digit lost, added or changed) separates it from the whole
    less a deductions' total, and both of those are sure: the whole (the gross, labelled) and a figure ``d`` printed
    after it are each the total of the figures above them in their own column (:func:`column_sum`: the earnings
    add up to the gross, the deduction items to their total), and whole − d is the one such amount. Hold-out 14's
    photographed stub read NET PAY 4,198.46 as 498.46 under GROSS PAY 5,516.67 and DEDUCTION TOTALS 1,318.21: net =
    gross − deductions (the payslip's own arithmetic). The value taken is derived, not read: its confidence stays
    at :data:`REPAIRED` (below 0.9, the user confirms), its method says ``+figures:whole-less-total``.

    A part the page's figures already confirm (``+figures`` in its method, or the whole less it printed), a text
    layer's (it prints what the issuer wrote), or a whole not read right of its label is left alone. No raise."""
    out_f, out_e = dict(fields), dict(evidence)
    ew, ep = evidence.get(whole), evidence.get(part)
    if ew is None or ep is None or ep.source != "ocr" or "+figures" in ep.method or ep.page != ew.page \
            or not ew.method.startswith("label") or ew.box is None or ep.page is None \
            or not 1 <= ep.page <= len(pages):
        return out_f, out_e
    try:
        w, n = Decimal(fields.get(whole) or ""), Decimal(fields.get(part) or "")
    except InvalidOperation:
        return out_f, out_e
    page = pages[ep.page - 1]
    figures = page_figures(page)
    values = {g.value for g in figures}
    if not 0 < n or (w - n) in values:
        return out_f, out_e
    at_w = set(_own_words(page, ew.box))
    gw = [g for g in figures if g.words & at_w and g.value == w]
    if not gw or not column_sum(page, figures, gw[0]):
        return out_f, out_e
    made = {w - d.value for d in figures if d.order > gw[0].order and 0 < d.value < w and w - d.value > d.value
            and misread_as(n, w - d.value) in ("digit-lost", "digit-added", "one-digit")
            and column_sum(page, figures, d)}
    if len(made) != 1:
        return out_f, out_e
    m, = made
    log.info("%s read %s; %s less its deductions' total (each the sum of its column) makes %s", part, n, whole, m)
    out_f[part] = fmt_money(m)
    out_e[part] = replace(ep, confidence=min(ep.confidence, REPAIRED), method=ep.method + "+figures:whole-less-total")
    return out_f, out_e


def _ends_run(ordered: Sequence[Decimal], k: int) -> bool:
    """Whether ``ordered[k]`` is the sum of two or more figures printed just before it."""
    total = Decimal(0)
    for j in range(k - 1, max(-1, k - 1 - MAX_RUN), -1):
        total += ordered[j]
        if total == ordered[k] and j < k - 1:
            return True
        if total > ordered[k]:
            return False
    return False


def _at(page: Page, figures: Sequence[Figure], value: Decimal, method: str) -> Evidence:
    """The evidence of ``value`` found among ``figures`` of ``page``: the box of its last occurrence's words."""
    g = [f for f in figures if f.value == value][-1]
    boxes = [page.words[i].box for i in g.words]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Evidence("ocr", GUESSED, page.number, box, method)


# --- pay worked out: payable − deductions = paid, confirmed once more ----------------------------------------

CHAIN_RUN = 6  # at most this many figures in a run that adds up (earnings before the gross, deductions after it)
PAY_HEAD_LINES = 4  # the lines of a page that hold its title, for pay_chain's pay words
CHAIN_FIGURES = 40  # at most this many different amounts on the page (a payslip's, with its year-to-date column)


def _reading_figures(lines: Sequence[Line]) -> tuple[list[Decimal], set[Decimal], list[int]]:
    """The amounts of the lines in reading order, each line's amount in words (大写, :func:`parse_daxie`) in its place
    among them, the set of the amounts in words, and for each amount the index in ``lines`` of the line printing it.
    Marked figures only (a currency sign, 元, decimals)."""
    seq: list[Decimal] = []
    words: set[Decimal] = set()
    at: list[int] = []
    for k, ln in enumerate(lines):
        text = fold(ln.text)
        big = parse_daxie(text, whole=True)
        hits = [h for h in find_money(text) if h.marked]
        if big is not None and big > 0:
            words.add(big)
            at_big = text.find(next((c for c in text if c in "零壹贰叁肆伍陆柒捌玖拾佰仟万"), "\0"))
            hits_before = [h.value for h in hits if h.start < at_big]
            seq += hits_before + [big] + [h.value for h in hits if h.start >= at_big]
        else:
            seq += [h.value for h in hits]
        at += [k] * (len(seq) - len(at))
    return seq, words, at


def pay_chain(lines: Sequence[Line], words: Sequence[str] | None = None) -> tuple[Decimal, Decimal] | None:
    """(payable, paid) when the figures, read in order, are pay worked out: a figure less the run of figures printed
    right after it (one to :data:`CHAIN_RUN`: the deductions, printed plain or signed as money taken: "-184.80")
    equals the next figure (paid = payable − deductions, to the cent), and that is confirmed once more: the first
    figure is the sum of the run of two or more figures printed right before it (the earnings add up to what is
    payable), or the paid figure is also printed in words (大写 = 小写), or what is payable is worked out as a quantity
    times a rate on a line above (:func:`_rated`: hours or units of work at a rate, a settlement of work). A wage
    voucher of a building site (计时工资 + 加班工资 = 应付工资; less 已预支生活费 and 伙食扣款 = 本月实付, in 大写 and 小写) or a roll slip with 【收入】/【扣款】 groups shows it whatever its labels say; the payslip's own labels (its
    core) must still be printed, so a bill whose items add up is no payslip. A statement's running balance chains the
    same way row by row: the caller asks only where no ledger was found.

    The same sums are any bill's less a discount or a share paid by another (premiums of the people a policy covers,
    less the employer's share = what is taken from payroll; fees less a bursary; charges less a credit): the chain is
    pay only where what is payable is named as pay — one of ``words`` (default: the vocabulary's ``pay_chain_words``:
    "salary", "wages", "overtime", "工资", "加班") printed on the lines of the payable side (the earnings, the payable
    figure, the label line over the first of them) or in the page's first :data:`PAY_HEAD_LINES` lines (its title).
    ``words=()`` asks for the arithmetic alone. None when no such figures."""
    if words is None:
        words = load_vocabulary().pay_chain_words
    patterns = [label_pattern(w) for w in words]
    for page in sorted({ln.page for ln in lines}):
        found = _page_chain([ln for ln in lines if ln.page == page], patterns, not words)
        if found is not None:
            return found
    return None


def _moved(seq: Sequence[Decimal], k: int) -> bool:
    """Whether ``seq[k]`` is the figure two before it moved by the one before it (b = b' ± m): a running balance's
    step, which goes on before a payable or after a paid figure where a pay calculation does not."""
    if k < 2 or k >= len(seq) or seq[k - 1] <= 0:
        return False
    return seq[k] in (seq[k - 2] + seq[k - 1], seq[k - 2] - seq[k - 1])


def _named_pay(lines: Sequence[Line], first: int, last: int, patterns: Sequence[re.Pattern[str]]) -> bool:
    """Whether a pay word (``patterns``) is printed on ``lines[first - 1 .. last]`` (the payable side of a chain and the
    label line over it) or in the first :data:`PAY_HEAD_LINES` lines (the title)."""
    keep = set(range(max(0, first - 1), last + 1)) | set(range(min(PAY_HEAD_LINES, len(lines))))
    texts = [fold(lines[k].text).lower() for k in sorted(keep)]
    return any(p.search(t) for p in patterns for t in texts)


_RATE_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")


def _rated(lines: Sequence[Line], amount: Decimal, last: int) -> bool:
    """Whether one of ``lines[: last + 1]`` prints ``amount`` as a quantity times a rate: two figures in a row whose
    product is ``amount`` to the cent, then ``amount`` itself after them ("服务工时 168小时 22.00 3,696.00",
    "Hours worked 37.5 hrs 24.00 900.00": hours or units of work at a rate; the quantity may carry its unit). The
    earnings of a settlement of work are so worked out where a payslip adds several of them up."""
    if amount <= 0:
        return False
    for ln in lines[:last + 1]:
        text = fold(ln.text)
        nums = [Decimal(m.group(0).replace(",", "")) for m in _RATE_FIGURE.finditer(text)]
        for k in range(len(nums) - 2):
            a, b = nums[k], nums[k + 1]
            if a > 0 and b > 0 and abs(a * b - amount) <= Decimal("0.01") and amount in nums[k + 2:]:
                return True
    return False


def _page_chain(lines: Sequence[Line], patterns: Sequence[re.Pattern[str]] = (),
                bare: bool = True) -> tuple[Decimal, Decimal] | None:
    """:func:`pay_chain` on one page's lines: a page of at most :data:`CHAIN_FIGURES` different amounts (a payslip's or
    a voucher's; on the pages of a brokerage's or a company's accounts, hundreds of figures meet such sums by chance).
    ``bare``: the arithmetic alone, no pay word asked (``patterns`` unused)."""
    seq, in_words, at = _reading_figures(lines)
    if len(set(seq)) > CHAIN_FIGURES:
        return None
    n = len(seq)
    for i in range(n):
        gross = seq[i]
        if gross <= 0:
            continue
        # the runs before it that add up to it: the earnings (two or more, each above zero)
        # (not where the first of them is itself a balance moved by the figure before it: a running balance)
        starts = [a for a in range(max(0, i - CHAIN_RUN), i - 1)
                  if sum(seq[a:i]) == gross and all(x > 0 for x in seq[a:i]) and not _moved(seq, a)]
        runs = [sorted(seq[a:i]) for a in starts]
        taken, deductions = Decimal(0), []
        for j in range(i + 1, min(n, i + 2 + CHAIN_RUN)):
            paid = seq[j]
            if j > i + 1 and paid == gross - taken and 0 < paid < gross and not _moved(seq, j + 2):
                # the deductions and the paid figure are not the earnings read back: net + tax = gross, then
                # gross − net = tax (an invoice's tax table) is the same two figures, not pay worked out
                if (any(r != sorted([*deductions, paid]) for r in runs) or paid in in_words
                        or _rated(lines, gross, at[i])) \
                        and (bare or _named_pay(lines, at[min(starts, default=i)], at[i], patterns)):
                    return gross, paid
            if paid < 0:  # a deduction printed signed as money taken ("平台服务费 (5%) -184.80")
                paid = -paid
            if paid >= gross:
                break
            taken += paid
            deductions.append(paid)
    return None


# --- an amount in English words: the figure spelled out under it ("Nine Thousand Five Hundred Only") --------------

WORDS_OTHER_AT_MOST = 6  # words of a line besides the amount's own (a label, a currency, "and", "only")


def _number_runs(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of the runs of number words in ``tokens`` (:func:`packet.understanding.values.number_word`;
    "and" between a scale and a unit joins a run: "one hundred and five")."""
    runs, start = [], None
    for k, t in enumerate(tokens + [""]):
        inside = number_word(t) is not None or (t == "and" and start is not None and k + 1 < len(tokens)
                                                 and number_word(tokens[k + 1]) == "unit"
                                                 and number_word(tokens[k - 1]) == "scale")
        if inside and start is None:
            start = k
        elif not inside and start is not None:
            runs.append((start, k))
            start = None
    return runs


def _run_value(tokens: Sequence[str]) -> int:
    """The number a run of English number words says ("nine thousand five hundred" → 9500), by
    :func:`packet.understanding.values.parse_number_words`; 0 when the words are not in the order numbers are
    written."""
    return parse_number_words(" ".join(tokens)) or 0


def amount_in_words(text: str) -> Decimal | None:
    """The amount a line spells out in English words: "Nine Thousand Five Hundred" → 9500, "Three Thousand Two
    Hundred Twenty-Four Dirhams and Seventeen Fils Only" → 3224.17 (a second run of words after the first, below a
    hundred, is the minor unit), "Rupees Eleven Lakh Twenty Thousand Only" → 1120000 (the Indian scale). The whole part
    must be two number words at least (a sentence's "one" is no amount), the line holds no digit, and at most
    :data:`WORDS_OTHER_AT_MOST` other words (a label, the currency, "only"): the way payslips and cheques in India, the
    Gulf, Africa and the Caribbean write the net paid in words. None otherwise."""
    if re.search(r"\d", text):
        return None
    tokens = [t for t in re.split(r"[\s\-–,:/()]+", fold(text).lower().strip(" .*")) if t]
    runs = _number_runs(tokens)
    if not runs or runs[0][1] - runs[0][0] < 2:
        return None
    a, b = runs[0]
    whole = _run_value(tokens[a:b])
    fraction = Decimal(0)
    taken = b - a
    if len(runs) > 1:
        c, d = runs[1]
        cents = _run_value(tokens[c:d])
        if cents >= 100 or c - b > 3:
            return None
        fraction = Decimal(cents) / 100
        taken += d - c
    if len(tokens) - taken > WORDS_OTHER_AT_MOST or whole <= 0:
        return None
    return Decimal(whole) + fraction


WORDS_NEAR = 2  # lines between a figure and its amount in words
YEARS = (1900, 2100)  # a whole amount in words in this range may be a year written out: never taken as paid


def paid_in_words(lines: Sequence[Line]) -> Decimal | None:
    """The one amount a page prints both as a figure and in English words (:func:`amount_in_words`) within
    :data:`WORDS_NEAR` lines of each other: on a payslip, the amount paid (the net, written out as on a cheque).
    The figure may be bare ("9500"): the words confirm it is an amount. A whole number of :data:`YEARS` is none (a
    year written out beside its figure). None when no amount, or more than one, is so printed twice."""
    found = set()
    for k, ln in enumerate(lines):
        spelled = amount_in_words(ln.text)
        if spelled is None or (spelled == spelled.to_integral_value() and YEARS[0] <= spelled <= YEARS[1]):
            continue  # "Two Thousand and Twenty-Six" by "2026": a year written out, as deeds and certificates do
        near = lines[max(0, k - WORDS_NEAR):k + WORDS_NEAR + 1]
        if any(h.value == spelled for n in near if n.page == ln.page for h in find_money(fold(n.text))):
            found.add(spelled)
    return found.pop() if len(found) == 1 else None
