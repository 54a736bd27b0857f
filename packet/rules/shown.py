"""What packet itself writes about the case, made safe to show: the case-file values sanitised and the
identity, card and account numbers typed into free text masked.

The one masking rule (:func:`packet.core.masking.mask`) is applied to the text values a user types freely
(the statement, every contact's and reply's text) by :func:`packet.core.masking.mask_numbers`, with the
label words of the registry's vocabulary (``account_number_labels``, ``passport_labels``); the contract
number and the phone numbers of the case are never masked. Every text value then goes through the one
sanitiser (:func:`packet.core.display.clean`), so a bidirectional override or control character in a
name cannot reorder or act on the page, the email or the terminal. The letter, the contact log, the
email and the report read the case through :func:`shown_case`; the JSON report keeps exact values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, replace

from packet.case.casefile import Case
from packet.core.display import clean, one_line
from packet.core.i18n import tr
from packet.core.masking import card_like, mask_numbers, number_spans, tail
from packet.core.model import Report
from packet.rules.readiness import FORM_TITLE
from packet.rules.registry import load_types, load_vocabulary


def card_contract(case: Case) -> bool:
    """True when the case's contract number is a payment card number (:func:`packet.core.masking.card_like`): a
    trial typed the card number there, and it was printed whole in the letter, every footer and the card's own
    statement. Such a contract number is masked like any card number, wherever packet writes or redacts."""
    return card_like(case.lender.contract_number or "")


def _kept(case: Case) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """(the numbers never masked, the case's own numbers masked wherever they stand): the contract number is kept
    unless it is a card number (then it is one of the case's own numbers); the phone number is kept."""
    contract = case.lender.contract_number
    if card_contract(case):
        return (case.applicant.phone,), (case.applicant.id_number, contract)
    return (contract, case.applicant.phone), (case.applicant.id_number,)


def mask_free_text(text: str | None, case: Case) -> tuple[str | None, int]:
    """``text`` with its ID, NI, passport, card and account numbers masked; (text, how many were masked).
    The case's contract number (unless it is a card number: :func:`card_contract`) and phone numbers stay whole."""
    if not text:
        return text, 0
    vocab = load_vocabulary()
    keep, secrets = _kept(case)
    return mask_numbers(text, labels=vocab.account_number_labels, passport_labels=vocab.passport_labels,
                        id_labels=vocab.id_number_labels, secrets=secrets, keep=keep)


def number_finder(case: Case, own: tuple[str | None, ...] = ()) -> Callable[[str], list[tuple[int, int]]]:
    """A function giving where the identity, card and account numbers of a text (a line of a document's page)
    stand, by the rules of :func:`mask_free_text` (the same labels, the case's own ID number, its contract number
    and phone numbers kept): (start, end) character offsets. ``own`` are the document's own account numbers (its
    fields of kind ``account``, as read): masked wherever they recur on its pages, an IBAN holding one included.
    The vocabulary is read once, here, not per line."""
    vocab = load_vocabulary()
    labels, passports, ids = vocab.account_number_labels, vocab.passport_labels, vocab.id_number_labels
    keep, secrets = _kept(case)
    secrets = secrets + tuple(own)

    def find(text: str) -> list[tuple[int, int]]:
        return number_spans(text, labels=labels, passport_labels=passports, id_labels=ids, secrets=secrets, keep=keep,
                            by_shape=False)  # a user's own page: only numbers whose check digit agrees

    return find


_FREE = ("summary", "said", "promised", "next_step", "with_")


def _clean_all(obj, free: tuple[str, ...], case: Case, counter: list[int]):
    changes = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if not isinstance(value, str):
            continue
        if f.name in free:
            value, n = mask_free_text(value, case)
            counter[0] += n
        changes[f.name] = clean(value).expandtabs(4)  # a page or a terminal line: no control character but \n
    return replace(obj, **changes)


def card_ending(value: str, lang: str) -> str:
    """How a card number is named where packet writes it: ``"card ending 6642"`` / ``"尾号6642"`` (its last four
    digits, the interface page's masking rule)."""
    return tr(lang, "card ending {t}", "尾号{t}", t=tail(value))


def shown_case(case: Case) -> tuple[Case, int]:
    """The case as packet's own pages show it: every text value sanitised, free text masked, a contract number that
    is a card number (:func:`card_contract`) named by its last four (:func:`card_ending`, in the case's language);
    and how many numbers were masked. Raw values (paths, passwords) are not touched."""
    n = [0]
    request = _clean_all(case.request, ("statement",), case, n)
    lender = _clean_all(case.lender, (), case, n)
    if card_contract(case):
        lender = replace(lender, contract_number=card_ending(case.lender.contract_number or "",
                                                             "zh" if case.language == "zh" else "en"))
    shown = replace(case, applicant=_clean_all(case.applicant, (), case, n), lender=lender, request=request,
                    contacts=tuple(_clean_all(c, _FREE, case, n) for c in case.contacts),
                    replies=tuple(_clean_all(r, _FREE, case, n) for r in case.replies))
    return shown, n[0]


def masking_note(case: Case, lang: str) -> str | None:
    """A line for ``packet check``: how many numbers typed into packet.toml are masked in the packet, or None."""
    _shown, n = shown_case(case)
    if not n:
        return None
    return tr(lang, "{n} ID, card or account number(s) written in packet.toml (statement or contacts) are shown "
                    "masked to the last four characters in the letter and the contact log.",
              "packet.toml 中（情况说明或沟通记录）写有 {n} 个证件号、银行卡号或账号，在申请书和沟通记录中"
              "只显示后四位。", n=n)


def sensitive_lines(report: Report, case: Case) -> dict[str, list[tuple[str, str]]]:
    """For every included statement-like document (its type has an ``account`` field: it lists transactions),
    the text lines that name health, religion or a place (the vocabulary's ``sensitive_transaction_words``)
    and that no ``[[redact]]`` of its file covers yet: {file: [(line, the word found), …]}. In a case whose
    hardship is medical, health care (``health_transaction_words``) is the evidence and is not among them."""
    vocab = load_vocabulary()
    evidence = {w.lower() for w in vocab.health_transaction_words} if case.request.hardship == "medical" else set()
    words = [w.lower() for w in vocab.sensitive_transaction_words if w and w.lower() not in evidence]
    if not words:
        return {}
    types = load_types()
    out: dict[str, list[str]] = {}
    for d in report.documents:
        t = types.get(d.type)
        if not d.included or t is None or t.field_of_kind("account") is None:
            continue
        mine = [r for r in case.redactions if r.file == d.document.rel]
        for page in d.document.pages:
            for line in page.text.splitlines():
                low = line.lower()
                found = next((w for w in words if w in low), None)
                if found is None:
                    continue
                if any((r.text and r.text.lower() in low) or (r.transactions and _search(r.transactions, line))
                       or r.page == page.number for r in mine):
                    continue
                out.setdefault(d.document.rel, []).append((line.strip(), found))
    return out


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text, re.I) is not None
    except re.error:
        return False


def redaction_notes(report: Report, case: Case, lang: str) -> list[str]:
    """Lines for ``packet check`` suggesting ``[[redact]]`` for transactions that reveal more than the
    checklist needs (it asks for income and balances, not where money was spent)."""
    notes = []
    for rel, lines in sensitive_lines(report, case).items():
        sample = "; ".join(one_line(x)[:60] for x, _ in lines[:3])
        pattern = "|".join(dict.fromkeys(re.escape(w) for _, w in lines))
        # a TOML literal string ('…') keeps a regular expression's backslashes as they are
        literal = f"'{pattern}'" if "'" not in pattern else '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '"'
        notes.append(tr(lang, "{p}: {n} transaction(s) may reveal health, religion or where you are ({s}). The lender "
                              "only needs income and balances: to hide them in the packet, add these lines to "
                              "packet.toml:\n[[redact]]\nfile = \"{p}\"\ntransactions = {r}",
                        "{p}：有 {n} 笔交易可能透露健康、宗教或行踪（{s}）。贷款机构只需要收入和余额：如要在申请材料中"
                        "遮盖，请在 packet.toml 中加上这几行：\n[[redact]]\nfile = \"{p}\"\ntransactions = {r}",
                        p=rel, n=len(lines), s=sample, r=literal))
    return notes


def card_contract_note(case: Case, lang: str, surface: str = "cli") -> str | None:
    """A line for ``packet check`` when the contract number is a card number (:func:`card_contract`): it is shown
    by its last four only, and the person is asked for the loan's own number; None otherwise. ``surface`` "page"
    (``packet serve``) names the page's form instead of packet.toml's key (a trial: the page spoke config-file)."""
    if not card_contract(case):
        return None
    if surface == "page":
        form = tr(lang, *FORM_TITLE)
        return tr(lang, "The contract number looks like a bank card number: the letter, the page footers and the "
                        "exhibits show only its last four digits ({c}). If your lender gave you a loan or contract "
                        "number, write that as the contract number in “{f}”.",
                  "合同编号看起来是银行卡号：申请书、页脚和附件中只显示后四位（{c}）。如果贷款机构给过您借款合同编号或"
                  "贷款编号，请在“{f}”中把它填为合同编号。",
                  c=card_ending(case.lender.contract_number or "", lang), f=form)
    return tr(lang, "[lender] contract_number looks like a bank card number: the letter, the page footers and the "
                    "exhibits show only its last four digits ({c}). If your lender gave you a loan or contract number, "
                    "write that in [lender] contract_number instead.",
              "[lender] contract_number 看起来是银行卡号：申请书、页脚和附件中只显示后四位（{c}）。如果贷款机构给过您"
              "借款合同编号或贷款编号，请改填在 [lender] contract_number 中。",
              c=card_ending(case.lender.contract_number or "", lang))


def privacy_notes(report: Report, case: Case, lang: str, surface: str = "cli") -> list[str]:
    """Every privacy line ``packet check`` prints under "Privacy:", in ``lang``: :func:`card_contract_note`,
    :func:`masking_note`, then :func:`redaction_notes`. A note's first line is the message; the lines after it (a ``[[redact]]`` table) are to
    be pasted into packet.toml as they are. The page (``packet serve``) shows the same notes (a trial: the page never
    said that a statement listed hospital payments)."""
    return [n for n in (card_contract_note(case, lang, surface), masking_note(case, lang),
                        *redaction_notes(report, case, lang))
            if n]
