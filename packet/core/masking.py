"""The one masking rule: identity and account numbers are shown by their last four characters only.

Source: the interface page (``shared/spec/interface.md``, "Masking"): packet masks resident ID numbers,
National Insurance and passport numbers, bank card and account numbers to their last four characters
wherever it writes text itself (letter, index, email, terminal report, JSON). Contract numbers, phone
numbers, amounts and dates are never masked. The mask has a fixed width, so it does not tell the
length of the number either.
"""

from __future__ import annotations

import re
from datetime import date

MASK = "****"
KEEP = 4
_SEPARATORS = re.compile(r"[\s\-./]+")


def tail(value: str, keep: int = KEEP) -> str:
    """The last ``keep`` characters of ``value`` with spaces and separators (``- . /``) removed."""
    return _SEPARATORS.sub("", value)[-keep:]


def mask(value: str) -> str:
    """``"110101199003071234"`` -> ``"****1234"``; ``"QQ 12 34 56 C"`` -> ``"****456C"``; ``"0934"`` -> ``"****0934"``."""
    return MASK + tail(value)


def last_digits(value: str, keep: int = KEEP) -> str:
    """The last ``keep`` digits: how an account number is given as a field value in the JSON report
    (the interface allows "the last four digits"), so a report passed on never carries a full number."""
    return "".join(ch for ch in value if ch.isdigit())[-keep:]


# --- numbers in free text ------------------------------------------------------------------------------
# What is masked in text the user typed (a statement, a contact's summary), by mechanism:
# - a CN resident ID: 17 digits and a check character that agrees with them (GB 11643-1999, ISO 7064 MOD 11-2),
#   or, where packet writes (``by_shape``), anything of its shape whatever the check character: a region code
#   (first digit 1–8), a birth date that exists (1900–2099) and three digits and a digit or X after it. Masking
#   protects, it does not validate: a mistyped ID (or the interface page's own example) is someone's ID still;
# - a UK National Insurance number: two prefix letters (not BG GB NK KN TN NT ZZ, which HMRC never issues;
#   QQ, HMRC's example prefix, is masked too), six digits, a suffix A–D, spaces allowed between the pairs;
# - a bank card number: 13–19 digits (ISO/IEC 7812), written together, in groups of four or as American Express
#   (4-6-5) and Diners (4-6-4) print theirs, that pass
#   the Luhn check; where packet writes (``by_shape``), also 16–19 digits whose first (the ISO/IEC 7812-1 major
#   industry identifier) is 3–6 (travel, banking and financial: Visa 4, Mastercard 5, UnionPay 62, Amex 3),
#   whatever their check digit (a card number with a typo in it is still the card's);
# - an IBAN (ISO 13616): a country's two letters, two check digits and 11–30 letters or digits (together or in
#   groups of four) that pass the ISO 7064 MOD 97-10 check, with or without a label; and one of that shape whose
#   check digits do not agree (a typo, or a made-up example) when one of the caller's account labels stands just
#   before it ("IBAN: GB29 HVBK …") or its digits hold one of ``secrets`` (the document's own account number: an
#   IBAN carries the sort code and the whole account number in its BBAN);
# - an account or passport number: letters/digits after one of the caller's label words ("账号", "account
#   number", "passport no"), with "is", 是 or 为 allowed between ("账号是 110123456789"): a run of digits (6 or
#   more, spaces and hyphens allowed) or a passport's letters and digits (6–9, at least one digit);
# - a bank account number after its branch's routing code, found by the code's shape whatever words stand
#   around it: a UK sort code (two digits, hyphen, two, hyphen, two: "20-11-33") followed by 8 digits, or a
#   US routing number (9 digits passing the ABA check: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10)
#   followed by 4–17 digits; between them only punctuation, spaces and at most two of the caller's account
#   labels or short words of up to 8 letters ("sort code 20-11-33 acct 12345678", "routing 021000021, account
#   123456789012"), where packet writes (``by_shape``). The routing code itself stays: it names a bank's
#   branch, not a person's account. A UK account number is 8 digits (Pay.UK's standard form), so a phone
#   number (10–11 digits) after a date written like a sort code stays whole.
# Never masked: values in ``keep`` (the contract number, the phone numbers), amounts (they have a decimal
# point or a currency and are short), dates (not 13+ digits in one run or groups of four).

_ID18 = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_NINO = re.compile(r"(?<![A-Za-z0-9])((?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2}"
                   r" ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![A-Za-z0-9])", re.I)
# 13–19 digits together, in groups of four (the last group shorter), or 4-6-5 / 4-6-4 (American Express, Diners)
_CARD = re.compile(r"(?<![\d.,])(\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})"
                   r"(?![\d.,]\d)")
_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})(?![A-Za-z0-9])")
# an IBAN typed in lower or mixed case ("ie29 aibk 9311 …": a person's statement or contact note; a trial, r23, left
# it whole in the letter and the log): masked only when its check digits agree (:func:`iban_ok`), a word of that
# shape being far likelier than a typo'd IBAN in lower case
_IBAN_ANY_CASE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30})(?![A-Za-z0-9])")
_SORT_CODE = re.compile(r"\d{2}-\d{2}-\d{2}")
_ROUTING_CODE = re.compile(r"\d{2}-\d{2}-\d{2}|\d{9}")
# an IBAN whose check digits are not trusted: its BBAN printed together or in groups of four, the last shorter
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
                         r"|[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![A-Za-z0-9])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id_ok(value: str) -> bool:
    """True when ``value`` is 17 digits and the check character GB 11643-1999 gives for them."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17].upper()


def resident_id_shaped(value: str) -> bool:
    """True when ``value`` has the shape of a CN resident ID (GB 11643-1999), its check character aside: a region
    code whose first digit is 1–8, a birth date YYYYMMDD that exists in 1900–2099, a three-digit order number and a
    digit or X. ``"110101199003071234"`` (check digit wrong) -> True; ``"202611200000012345"`` (no such region) ->
    False."""
    if len(value) != 18 or not value[:17].isdigit() or not (value[17].isdigit() or value[17] in "xX"):
        return False
    if value[0] not in "12345678":
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2099


def card_like(value: str) -> bool:
    """True when ``value`` (digits and separators only) is a payment card number whose first digit, the major
    industry identifier of ISO/IEC 7812-1, is 3–6 (travel and entertainment, banking and financial): 13–19 digits
    passing the Luhn check, or 16–19 digits written in groups of four as a card prints them, whatever their check
    digit (a mistyped card number is the card's still). ``"4921 8830 1177 6642"`` -> True (its check digit fails);
    ``"3301012025000123"`` -> False (one run, Luhn fails: a loan contract number may look so); ``"JK20250312001"``
    -> False; ``"2025 0312 0001 0042"`` -> False (no card begins with 2). Used to tell a card number typed where a
    contract number belongs: it is then masked like any card number."""
    digits = _SEPARATORS.sub("", value or "")
    if not digits.isdigit() or not 13 <= len(digits) <= 19 or digits[0] not in "3456":
        return False
    grouped = re.fullmatch(r"\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?", value.strip()) is not None
    return luhn_ok(digits) or (grouped and card_shaped(digits))


def card_shaped(digits: str) -> bool:
    """True when ``digits`` (digits only) look like a payment card number by shape alone: 16–19 digits whose first
    one, the major industry identifier of ISO/IEC 7812-1, is 3, 4, 5 or 6 (travel and entertainment, banking and
    financial)."""
    return digits.isdigit() and 16 <= len(digits) <= 19 and digits[0] in "3456"


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check of a card number given as digits only (ISO/IEC 7812-1)."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    """True when ``value`` (spaces allowed) is an IBAN of 15–34 characters whose check digits agree: the first four
    characters moved to the end, letters as 10–35, the number mod 97 is 1 (ISO 13616-1, ISO 7064 MOD 97-10)."""
    v = value.replace(" ", "").upper()
    if not 15 <= len(v) <= 34 or not v[:2].isalpha() or not v[2:4].isdigit() or not v.isalnum():
        return False
    return int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1


def aba_ok(digits: str) -> bool:
    """True when ``digits`` is a US routing (ABA) number: 9 digits, not all zero, whose check agrees:
    3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10 (the American Bankers Association's rule)."""
    if len(digits) != 9 or not digits.isdigit() or not digits.strip("0"):
        return False
    d = [int(ch) for ch in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def _routed_accounts(text: str, labels: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where an account number follows its branch's routing code (see the rules above): (start, end) of each."""
    if not _ROUTING_CODE.search(text):  # most text has none: the long pattern below is not tried
        return []
    words = "|".join(re.escape(w) for w in sorted((w for w in labels if w), key=len, reverse=True))
    # one of the account labels, or any one short word ("acct", "a/c", 账号): never a number
    word = rf"(?:{words}|[^\W\d_][^\s\d,;:：，#]{{0,7}})" if words else r"[^\W\d_][^\s\d,;:：，#]{0,7}"
    between = rf"[\s,;:：，/#.]*(?:{word}[\s,;:：，/#.]*){{0,2}}"
    out = []
    for m in re.finditer(rf"(?<![\d-])(\d{{2}}-\d{{2}}-\d{{2}}|\d{{9}})(?![\d-]){between}(\d{{4,17}})(?!\d|[.,]\d)",
                         text, re.I):
        code, account = m.group(1), m.group(2)
        sort_code = _SORT_CODE.fullmatch(code) is not None
        if (sort_code and len(account) == 8) or (not sort_code and aba_ok(code)):
            out.append((m.start(2), m.end(2)))
    return out


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum()).upper()


def number_spans(text: str, *, labels: tuple[str, ...] = (), passport_labels: tuple[str, ...] = (),
                 id_labels: tuple[str, ...] = (), secrets: tuple[str | None, ...] = (),
                 keep: tuple[str | None, ...] = (), by_shape: bool = True) -> list[tuple[int, int]]:
    """Where the identity, card and account numbers of ``text`` stand: (start, end) character offsets of each,
    in text order, never overlapping. The arguments and rules are those of :func:`mask_numbers`."""
    kept = {_digits(k) for k in keep if k}
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str) -> None:
        if _digits(value) in kept or any(s < end and start < e for s, e in spans):
            return
        spans.append((start, end))

    for m in _ID18.finditer(text):
        if resident_id_ok(m.group(1)) or (by_shape and resident_id_shaped(m.group(1))):
            add(m.start(1), m.end(1), m.group(1))
    for m in _NINO.finditer(text):
        add(m.start(1), m.end(1), m.group(1))
    own = [b for b in (_digits(s or "") for s in secrets) if len(b) >= 6]
    label_end = _label_before(labels)
    for m in _IBAN.finditer(text):
        value = m.group(1)
        while " " in value and not iban_ok(value):  # a capitalised word after it ("… 3456 78 TODAY") is no part
            value = value[:value.rindex(" ")]
        if iban_ok(value):  # before cards: an IBAN's digits may hold a run that passes Luhn
            add(m.start(1), m.start(1) + len(value), value)
            continue
        shaped = _IBAN_SHAPE.match(text, m.start(1))
        if shaped is None:
            continue
        end = shaped.end()
        # digits grouped otherwise than by four (an OCR'd space): the digit groups after it are the IBAN's still,
        # or its last digits would stand beside the mask
        while (more := re.match(r" \d+(?=\s|$)", text[end:])) and len(_digits(text[m.start(1):end + more.end()])) <= 34:
            end += more.end()
        body = _digits(text[m.start(1):end])
        if len(body) > 34:
            continue
        if (label_end is not None and label_end.search(text[:m.start(1)])) or any(b in body for b in own):
            add(m.start(1), end, text[m.start(1):end])
    for m in _IBAN_ANY_CASE.finditer(text):
        value = m.group(1)
        while " " in value and not iban_ok(value):
            value = value[:value.rindex(" ")]
        if iban_ok(value):
            add(m.start(1), m.start(1) + len(value), value)
    if by_shape:
        for start, end in _routed_accounts(text, labels):  # packet's own text; a document's page keeps to labels
            add(start, end, text[start:end])
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if 13 <= len(digits) <= 19 and (luhn_ok(digits) or (by_shape and card_shaped(digits))):
            add(m.start(1), m.end(1), m.group(1))
    for secret in secrets:
        body = _digits(secret or "")
        if len(body) >= 6:  # the case's own number, written with any separators ("1101 0119 9003 0712 34")
            pattern = r"[\s\-./]?".join(re.escape(ch) for ch in body)
            for m in re.finditer(rf"(?<![0-9A-Za-z])({pattern})(?![0-9A-Za-z])", text, re.I):
                add(m.start(1), m.end(1), m.group(1))
    gap = r"[\s:：#.]{0,4}(?:is\s+|是\s*|为\s*)?"
    identity = r"([A-Za-z]{0,2}\d[\dA-Za-z]*(?:[ -]\d[\dA-Za-z]*)*)(?![A-Za-z0-9])"
    for words, value in ((labels, r"(\d[\d -]{4,}\d)"), (passport_labels, r"([A-Za-z]{0,2}\d[A-Za-z0-9]{5,8})(?![A-Za-z0-9])"),
                         (id_labels, identity)):
        for word in sorted((w for w in words if w), key=len, reverse=True):
            lead = r"(?<![A-Za-z])" if words is id_labels and word[:1].isascii() else ""  # "ni no", not "Nino"
            for m in re.finditer(lead + re.escape(word) + gap + value, text, re.I):
                if words is id_labels and sum(ch.isdigit() for ch in m.group(1)) < 6:
                    continue  # "ID no. 12": too short to be anyone's identity number
                add(m.start(1), m.end(1), m.group(1))
                end = m.end(1)
                # a pair of labels over a pair of values ("Sort code / Account number: 20-45-77 / 63018842"): the
                # values after the first one, joined by "/", are of the same account (a trial: the number stayed whole)
                paired = words is labels and re.search(r"/\s*$", text[:m.start()]) is not None
                while paired and (more := re.match(r"\s*/\s*(\d[\d -]{4,}\d)", text[end:])):
                    add(end + more.start(1), end + more.end(1), more.group(1))
                    end += more.end(1)
    return sorted(spans)


def _label_before(labels: tuple[str, ...]) -> re.Pattern | None:
    """A pattern matching the end of a text that ends with one of ``labels`` and the gap a label leaves before its
    value (``: ： # .`` and spaces), or None without labels."""
    words = [re.escape(w) for w in sorted((w for w in labels if w), key=len, reverse=True)]
    if not words:
        return None
    return re.compile(rf"(?:{'|'.join(words)})[\s:：#.]{{0,4}}$", re.I)


def kept_tail(text: str, start: int, end: int, keep: int = KEEP) -> int:
    """Where the part of the number ``text[start:end]`` that :func:`mask` keeps begins: the offset of its last
    ``keep`` letters or digits (separators between them stay with them)."""
    seen = 0
    for i in range(end - 1, start - 1, -1):
        if text[i].isalnum():
            seen += 1
            if seen == keep:
                return i
    return start


def mask_numbers(text: str, *, labels: tuple[str, ...] = (), passport_labels: tuple[str, ...] = (),
                 id_labels: tuple[str, ...] = (), secrets: tuple[str | None, ...] = (),
                 keep: tuple[str | None, ...] = (), by_shape: bool = True) -> tuple[str, int]:
    """``text`` with every identity, card and account number in it replaced by :func:`mask`, and how many.

    ``labels`` are the words that put an account or card number after them ("账号", "account number");
    ``passport_labels`` those of a passport number ("护照号", "passport no"); ``id_labels`` those of an identity
    number ("身份证号", "ID number", "NI number"): all data (the registry's vocabulary), matched case-insensitively,
    with up to 4 of ``: ： # .`` and spaces (and "is") between label and number. A number after an identity label
    is masked whatever its check character (a mistyped resident ID, or the README's example, fails GB 11643's
    check and was printed whole beside its own masked copy). ``secrets`` are the case's own identity numbers
    (``[applicant] id_number``; also a contract number that is a card number, and on a document's page its own
    account number as its fields give it): masked wherever they stand in the text, written with or without
    separators, and so is an IBAN that holds one, whatever its check digits.
    ``keep`` values (contract and phone numbers) are never masked, however they look. ``by_shape`` (packet's own
    text: the default) masks a resident ID or card number by its shape whatever its check digit; False (marking a
    user's document page for redaction) keeps to numbers whose check digit agrees. Rules: see above.
    """
    spans = number_spans(text, labels=labels, passport_labels=passport_labels, id_labels=id_labels,
                         secrets=secrets, keep=keep, by_shape=by_shape)
    for start, end in reversed(spans):
        text = text[:start] + mask(text[start:end]) + text[end:]
    return text, len(spans)
