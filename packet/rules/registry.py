"""The registry of document types: everything packet knows about a type and its fields, read from data.

Two files, both in ``checklists/``:

- ``types.toml``: one table per document type — its display label, fields, the *kind* of each field's
  value, the fields' display names, recognising words, printed labels, which fields identify a duplicate,
  split a combined file, name the issuer or the person, what the summary line shows, how a field printed
  without a label is looked for. The five types of the public interface must be there with (at least)
  their spec fields; any other type, or another field of a spec type, may be added from the file alone.
- ``vocabulary.toml``: words about values shared by every type (courtesy titles, seal words, company
  forms, bank names, labels that are not fields, …): :class:`Vocabulary`.

``PACKET_TYPES`` (a path to a ``types.toml``) and ``PACKET_VOCABULARY`` (a path to a ``vocabulary.toml``)
replace the built-in files, for a deployment with its own types and for tests; :func:`load_types` and
:func:`load_vocabulary` also take an explicit path. Every error names the file and the key at fault
(:class:`packet.core.errors.ChecklistError`). This is the only module that names a document type.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field
from dataclasses import fields as dataclass_fields
from decimal import Decimal
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import TypeVar

from packet.core.errors import ChecklistError
from packet.core.strict_toml import Strict, read_toml

# The spec's types and their fields are fixed by the public interface (shared/spec/interface.md):
# the registry refuses a types.toml that drops one. More types and more fields may be added.
SPEC_FIELDS: Mapping[str, tuple[str, ...]] = {
    "payslip": ("employer", "employee", "period", "gross_pay", "net_pay"),
    "bank_statement": ("bank", "account_holder", "account_number", "period_start", "period_end", "closing_balance"),
    "medical_bill": ("provider", "patient", "date", "total"),
    "unemployment_proof": ("person", "issuer", "date"),
    "income_proof": ("employer", "employee", "monthly_income", "date"),
    "id_document": ("person",),
    "other": (),
}

# Kinds of values; the parsers for each are in packet.understanding.extract.
#   money: an amount "8560.00"; date: "YYYY-MM-DD"; month: "YYYY-MM"; start/end: the two ends of a period
#   (a type with one has the other); name: a person's name; org: an organisation; bank: an organisation
#   that is a bank (legal form and branch dropped); account: an account number (last four digits when masked);
#   code: a short code with a digit in it ("1257L", "12-34-56").
KINDS = ("money", "date", "month", "start", "end", "name", "org", "bank", "account", "code")
# How a field printed without a label is looked for (packet.understanding.unlabelled):
#   letterhead: an organisation named in the first lines; sealed: an organisation named by the seal of a
#   letter, else anywhere, else a public body ("State Department of Labor"); bank: a bank's name in the first
#   lines; provider: a hospital's or practice's name in the first lines, else the name under a payee heading
#   ("Make checks payable to"); address: a name with a courtesy title on a line of its own, else the name
#   heading an address block; prose: the person a letter is about; heading: a month (or a period) in the
#   first lines; first_date: the first full date; issued: the date by its role, before any label's value (the
#   issue date, else the end of the care billed, else the last date of service, else the first date no label
#   names: packet.understanding.date_roles); letter_date: a letter's date; money_after: an amount right
#   before ("$6,500.00 per month") or shortly after one of the field's ``near`` words; largest_total: the
#   largest amount on lines with one of its ``near`` words; earnings_rows: the sum of a pay stub's rows that
#   start with one of its ``near`` words (earnings items), each row's current-period column
#   (packet.understanding.tables); account_form: in a page's first lines, a number in a form only a bank account
#   takes (the vocabulary's account_form_patterns: NZ 12-3077-0548819-00, a sort code's account) or a masked
#   number's last four digits ("Everyday ••••8046"), never a telephone's (packet.understanding.extract.account_form).
# "monthly": "money_after", else a yearly amount over twelve (the vocabulary's annual_income_words), uncertain
FALLBACKS = ("letterhead", "sealed", "bank", "provider", "address", "address_or_head", "prose", "heading", "first_date", "issued",
             "letter_date", "money_after", "monthly", "largest_total", "earnings_rows", "account_form")
_NEAR = ("money_after", "monthly", "largest_total", "earnings_rows")

TYPE_KEYS = ("label", "fields", "name_field", "date_fields", "keywords", "labels", "negative", "filenames", "kinds",
             "names", "indefinite", "plural", "family_name_ok", "issuer_field", "duplicate_key", "split_key",
             "summary", "fallback", "near", "org_group", "catch_all", "exhibit_label", "ledger", "reconcile", "sum_of_items",
             "structure", "ask", "purpose_line", "plausible", "core", "titles", "stand_in", "about", "counts_too",
             "given_only", "given_when")
# Structures the classifier recognises in a document's layout (packet.understanding.tables): ledger = dated
# transaction rows whose last column is a running balance; a type's ``structure`` weight is added to its score.
# pay_arithmetic = a gross figure less the figure printed beside a deductions total equals a third figure printed on
# the document (a payslip's gross − deductions = net, whatever the net is called).
# letter = a salutation or a sign-off (the vocabulary's letter_openings, letter_closings); provider_heading = a
# hospital's or clinic's name printed as the document's heading (packet.understanding.unlabelled.is_provider). These
# two are forms many kinds of document share: their weight counts only for a type whose own words the document shows.
# pay_memo = one payment on a small page whose memo says it is pay (an app's transfer detail: 备注 工资);
# account_activity = a banking app's account screen: a balance word over its amount in the head, then rows signed
# both ways (+ money in, − money out);
# income_list = a list of incomes under an income heading, every amount signed as money in (a gig worker's 收入明细);
# deduction_rows = an amount less the rows under it labelled with payroll deductions (tax, PAYE, 个税) equals the
# figure printed after them (a payslip of a few lines); unbalanced_flow = dated rows of one amount each and no balance
# printed anywhere (a payment platform's flow: no account's balance, no statement); pay_chain = figures in reading
# order where payable − the deductions after it = paid, confirmed by earnings adding up to payable or paid in words
# (大写); owed_balance = a ledger whose rows under a purchases column raise the running balance (a card account's debt:
# packet.understanding.tables.owed_balance; also rows under a money-out column: a mortgage's interest); repayment_schedule
# = a loan's monthly instalments taking a balance to zero or past the page's date; owed_summary = a debt's summary
# figures (limit − available = owed, a minimum payment below the amount due); non_bank_flow = a flow without a balance
# issued by no bank (a payment platform's seal); wallet_flow = dated rows headed by a payment platform's wallet
# (vocabulary wallet_names: 零钱明细) with no bank named outside the rows, balance column or not (a bank card named on
# a row is where the wallet's money went or came from); dated_rows = at least two transaction rows (a date and an
# amount: a statement's table, whether its balances chain or not); moneyless = a letter (salutation or sign-off) with
# no amount marked as money anywhere (a bank's letter confirming an account's details); stated_income = an income
# stated over months or a year (vocabulary average_income_labels: "Average gross monthly", 月均收入) with no net pay
# and no pay period printed (an employer's statement of earnings: an income proof, not a payslip); instalment_rows =
# a ledger whose rows print a payment equal to two parts of it (interest + principal) and whose balance falls by one
# part only (a loan paid down: packet.understanding.tables.instalment_rows); undated_table = rows of figures and no
# day or month anywhere (a trial balance, a summary by account code: no account's statement, which dates its
# movements); balance_messages = messages naming the same account again and again, each a sentence with an amount moved
# and its own balance after it (a phone's list of a bank's text alerts: packet.understanding.classify.balance_messages).
# A type's own structure (not a shared one) of positive weight
# named in a type's core, stands for it: its figures agree, whatever their labels.
STRUCTURES = ("ledger", "balance_summary", "credits_and_debits", "pay_arithmetic", "letter", "provider_heading",
              "pay_memo", "income_list", "deduction_rows", "account_activity", "month_listing", "period_table",
              "priced_rows", "trade_rows", "medicine_items", "provider_field", "unbalanced_flow", "pay_chain",
              "owed_balance", "bank_ledger", "care_receipt", "repayment_schedule", "owed_summary",
              "non_bank_flow", "wallet_flow", "dated_rows", "moneyless", "stated_income", "instalment_rows",
              "undated_table", "balance_messages")
SHARED_STRUCTURES = ("letter", "provider_heading", "provider_field")
# structures that speak against a type without overruling a title that calls the document by the type's own name: a
# list of payments without a balance is no account's statement unless the document calls itself one ("Bank Statement"
# over a month's spending, hold-out 10; a wallet's "交易明细证明" does not)
SOFT_STRUCTURES = ("unbalanced_flow",)
CORE_ITEMS = "items"  # in a type's ``core``: an itemised list (rows of words ending in an amount)
CORE_CARD = "card"  # in a type's ``core``: a card's or passport page's layout (few lines, card labels or an MRZ)
CORE_SHAPES = (CORE_ITEMS, CORE_CARD)
# the roles of a printed date (vocabulary.toml date_roles; packet.understanding.date_roles): the date a document was
# issued, the end of the care a bill bills (discharge), a date of service, another event's date (admission, payment,
# due, birth), and a bare "Date" whose role its place decides (an item row's column: a service; else the issue)
DATE_ROLES = ("issue", "end", "service", "unrelated", "generic")


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per file version, a cache key
class DocType:
    """One document type as ``types.toml`` describes it (field names are the report's field keys)."""

    name: str
    label: Mapping[str, str]  # {"zh": …, "en": …}
    fields: tuple[str, ...]
    date_fields: tuple[str, ...]
    name_field: str | None = None  # the field holding the applicant's name (checked against packet.toml)
    keywords: Mapping[str, float] = field(default_factory=dict)
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    negative: Mapping[str, float] = field(default_factory=dict)  # words that speak against this type
    filenames: tuple[str, ...] = ()  # words in file/folder names hinting at this type
    kinds: Mapping[str, str] = field(default_factory=dict)  # field -> one of KINDS
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field -> {"zh": …, "en": …}
    indefinite: str = ""  # English with its article: "a payslip" (defaults to the type's name)
    plural: str = ""  # English plural: "payslips" (defaults to the type's name)
    family_name_ok: bool = False  # another name in name_field may be a relative's (a relative's medical bill)
    issuer_field: str | None = None  # the field naming who issued it (the packet's index shows it)
    duplicate_key: tuple[str, ...] = ()  # fields that, all equal, make two documents one
    split_key: tuple[str, ...] = ()  # fields that tell the documents of a combined file apart (empty: never split)
    summary: tuple[str, ...] = ()  # fields on the report's summary line, in order (a start field shows its period)
    fallback: Mapping[str, str] = field(default_factory=dict)  # field -> one of FALLBACKS
    near: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # field -> words its fallback looks after
    org_group: Mapping[str, str] = field(default_factory=dict)  # field -> group of organisations reconciled across documents
    catch_all: bool = False  # the type of a document that is none of the others ("other")
    # the classifier never gives this type: only the user does, under [files] (a doctor's letter as medical
    # evidence, where treatment costs nothing: the public interface's judges call such a letter "other", and a
    # diagnosis certificate must never pass for a bill). Its words and titles still score it, so that a document
    # read as the catch-all whose words are this type's is pointed at it (Classified.suggested)
    given_only: bool = False
    # when a type only the user gives is the one to add, in the words of the missing item: {"zh": …, "en": …}
    # ("where treatment was free")
    given_when: Mapping[str, str] | None = None
    # how the packet's index names a document of this type when it has no issuer or date: {"zh": …, "en": …}
    exhibit_label: Mapping[str, str] | None = None
    # fields the transaction rows give (a start and end: first and last transaction dates, when no label does;
    # money: the last running balance, when the balances chain)
    ledger: tuple[str, ...] = ()
    # (whole, part): two money fields whose difference is printed on the document (gross − deductions = net);
    # candidates for both are chosen by which agree
    reconcile: tuple[str, ...] = ()
    # a money field printed as the sum of the item amounts before it (a bill's total): a printed amount that
    # equals the sum of a run of amounts printed just before it is that field when no label gave it
    sum_of_items: tuple[str, ...] = ()
    # field -> labels of a person in another role who stands for the field's person when the document names no one
    # as them (a bill's guarantor for its patient): read last, given a low confidence for the user to confirm
    stand_in: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # structure -> weight added to the score (negative: the structure speaks against the type)
    structure: Mapping[str, float] = field(default_factory=dict)
    # who to ask for a copy that shows a detail this document lacks: {"zh": …, "en": …} (None: whoever issued it)
    ask: Mapping[str, str] | None = None
    # copies of this type carry a line across each page saying who it was given to and why (identity documents)
    purpose_line: bool = False
    # money field -> (lowest, highest) plausible amount, in major units of any currency: a value outside is doubted
    # (shown for the user to confirm, never silently counted) — a misread magnitude (1.2万 read as 1.20), a figure
    # of another column
    plausible: Mapping[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    # what a document must show to be this type, beyond its words: groups of fields, every group met by one of its
    # fields printed with a value of its kind beside or under one of its labels (or ``near`` words: earnings rows),
    # a money field with an amount that is not a measurement (12.5 g/dL); a month or date field also by a month or
    # a day in the document's first lines; "items" is met by an itemised list of amounts; a structure's name by that
    # structure (pay_memo, income_list, deduction_rows: figures that agree whatever their labels)
    # (packet.understanding.classify.core_met). () = no core.
    core: tuple[tuple[str, ...], ...] = ()
    # phrases that, printed as the document's own title (its largest or centred line at the top of the first
    # page: packet.understanding.classify.title_lines), say it is of this type ("在职证明", "Pay slip"): the title
    # outweighs words met in the body (an employment certificate that quotes a passport number)
    titles: tuple[str, ...] = ()
    # what a document of this type is about, beyond the words it shares with others: phrases of which it must show at
    # least one, or it scores 0 (a termination is proof of unemployment only when what ends is a job: "employment
    # ended", 解除劳动合同, "made redundant"; ending a subscription, a tenancy or a policy is not). () = no condition.
    about: tuple[str, ...] = ()
    # what else a person may hold that counts as one of this type, in plain words for them: {"zh": …, "en": …} (a
    # platform's monthly income statement is that month's payslip, interface.md): said where a document read as none
    # of the types could be one the case lacks, and beside the page's type chooser (None: nothing to say)
    counts_too: Mapping[str, str] | None = None

    def kind(self, name: str) -> str:
        """The kind of field ``name``: one of :data:`KINDS`; KeyError for a field the type does not have."""
        return self.kinds[name]

    def field_of_kind(self, kind: str) -> str | None:
        """The type's first field (in ``fields`` order) of ``kind``, or None."""
        return next((f for f in self.fields if self.kinds.get(f) == kind), None)

    def field_name(self, lang: str, name: str) -> str:
        """A field's display name in ``lang`` ("zh" or anything else for English); the key when unnamed."""
        names = self.names.get(name)
        return names["zh" if lang == "zh" else "en"] if names else name


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per file version, a cache key
class Vocabulary:
    """Words about values, from ``vocabulary.toml``: each attribute is one key, a tuple of strings in file
    order (``avoid`` maps a kind of value to its words). See the file for what each list is for."""

    distractors: tuple[str, ...]
    avoid: Mapping[str, tuple[str, ...]]
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    name_stop: tuple[str, ...]
    labelish_en: tuple[str, ...]
    labelish_zh: tuple[str, ...]
    person_lead_zh: tuple[str, ...]
    person_end_zh: tuple[str, ...]
    person_lead_en: tuple[str, ...]
    person_after_en: tuple[str, ...]
    seal_words: tuple[str, ...]
    seal_marks: tuple[str, ...]
    org_suffixes_zh: tuple[str, ...]
    org_forms_en: tuple[str, ...]
    org_names_en: tuple[str, ...]
    org_lead_zh: tuple[str, ...]
    generic_org_patterns: tuple[str, ...]
    bank_words_zh: tuple[str, ...]
    bank_prefixes_zh: tuple[str, ...]
    bank_forms_zh: tuple[str, ...]
    branch_words_zh: tuple[str, ...]
    bank_forms_en: tuple[str, ...]
    bank_label_words: tuple[str, ...]
    bank_patterns_en: tuple[str, ...]
    provider_words_zh: tuple[str, ...]
    provider_words_en: tuple[str, ...]
    birth_patterns: tuple[str, ...]
    date_label_words: tuple[str, ...]
    day_first_marks: tuple[str, ...]
    month_first_marks: tuple[str, ...]
    month_first_patterns: tuple[str, ...]
    not_banks: tuple[str, ...]
    not_name_words: tuple[str, ...]
    # optional keys (a vocabulary file written before them still loads)
    account_number_labels: tuple[str, ...] = ()  # labels before an account or card number in free text
    passport_labels: tuple[str, ...] = ()  # labels before a passport number in free text
    sensitive_transaction_words: tuple[str, ...] = ()  # health, religion, location in a transaction row
    # those of them that name health care: in a medical hardship case the evidence, never suggested for [[redact]]
    health_transaction_words: tuple[str, ...] = ()
    # the words by which a person names themselves just before their own name ("I, Megan …", "本人王桂兰"): a
    # statement naming the applicant after one of them is in the first person (packet.rules.readiness.third_person)
    self_name_leads: tuple[str, ...] = ()
    # a pension or minimum-income benefit: an income that is never wages (packet.rules.readiness.benefit_income)
    benefit_income_words: tuple[str, ...] = ()
    # no income at all now, in the applicant's statement (packet.rules.readiness.no_income)
    no_income_words: tuple[str, ...] = ()
    provider_tails_en: tuple[str, ...] = ()  # a practice's form after a provider's name ("Associates", "PLLC")
    weekly_pay_words: tuple[str, ...] = ()  # after a week's pay ("$615.00 a week"): 52 a year
    fortnightly_pay_words: tuple[str, ...] = ()  # after a fortnight's pay ("WST 840.00 per fortnight"): 26 a year
    income_total_words: tuple[str, ...] = ()  # a total income a letter states for a span ("收入合计", "total income")
    past_year_words: tuple[str, ...] = ()  # a span of the past twelve months named in words ("近一年", "past year")
    provider_tails_zh: tuple[str, ...] = ()  # a chain's or company's form after a provider word ("大药房连锁", "医院有限公司")
    agency_words_en: tuple[str, ...] = ()  # the head word of a public body's name ("Department", "Agency")
    agency_tails_en: tuple[str, ...] = ()  # the last word of a public body's name ("Employment Security Department")
    org_heads_zh: tuple[str, ...] = ()  # the head nouns a Chinese organisation's name ends in ("中心", "局", "公司")
    provider_taglines_en: tuple[str, ...] = ()  # a trade printed under a provider's name ("Chemist & Druggist")
    medical_qualifications: tuple[str, ...] = ()  # a doctor's degrees under the name ("MB ChB", "MBBS", "FRCGP")
    mail_domains: tuple[str, ...] = ()  # web mail providers' domain names ("gmail"): a sender's, not an issuer's
    surname_labels: tuple[str, ...] = ()  # a form's box for the family name alone ("Surname or family name")
    given_name_labels: tuple[str, ...] = ()  # and for the given names ("First or given name(s)", "Forenames")
    payee_headings: tuple[str, ...] = ()  # the heading over whom a bill is paid to ("Make checks payable to")
    current_column_words: tuple[str, ...] = ()  # a table column of the current period, not the year to date
    issue_date_labels: tuple[str, ...] = ()  # labels of the date a letter was written or mailed ("Date mailed")
    act_date_labels: tuple[str, ...] = ()  # labels of the date an office acted on a form ("审核日期", "Decision date")
    annual_income_words: tuple[str, ...] = ()  # words beside a yearly salary ("annual salary", "年薪"): over twelve
    name_never_ends: tuple[str, ...] = ()  # words that end no person's name ("of", "and"): a wrapped row's words
    hourly_rate_words: tuple[str, ...] = ()  # words beside a rate of pay by the hour ("per hour", "hourly rate")
    weekly_hours_words: tuple[str, ...] = ()  # words after a week's number of hours ("hours per week")
    saying_labels: tuple[str, ...] = ()  # a letterhead's saying after its label ("Motto:", "校训："): no issuer's name
    daily_pay_words: tuple[str, ...] = ()  # words right after a day's pay ("KES 800 per day", "200元/天")
    daily_rate_labels: tuple[str, ...] = ()  # labels of a day's pay ("daily wage", "日工资")
    month_days_forms: tuple[str, ...] = ()  # how a letter says the days worked a month, {n} the number ("每月出勤{n}天")
    week_days_forms: tuple[str, ...] = ()  # and the days worked a week ("{n} days a week", "每周工作{n}天")
    street_words_en: tuple[str, ...] = ()  # a street's name in a postal address (the address block's street line)
    signature_words: tuple[str, ...] = ()  # where a party signs or seals ("Employer's Signature", "用人单位（盖章）")
    branch_labels: tuple[str, ...] = ()  # labels of the branch an account is kept at ("开户网点", "Branch"): part of its bank
    opening_balance_labels: tuple[str, ...] = ()  # the first line of a statement's balance summary
    closing_balance_labels: tuple[str, ...] = ()  # and its last line
    measure_units: tuple[str, ...] = ()  # units printed after a measured figure (12.5 g/dL, 500mg): not an amount
    currency_marks: tuple[str, ...] = ()  # codes and marks printed before or after an amount ("INR", "Rs.")
    insurer_words: tuple[str, ...] = ()  # words of an insurer's name or role: never a bill's provider
    placeholder_words: tuple[str, ...] = ()  # a blank form's field names, never a value ("Company Address")
    slot_words: tuple[str, ...] = ()  # a template's words asking for a value ("Your Clinic", "Hospital Name Here")
    month_cell_labels: tuple[str, ...] = ()  # a cell holding a period's month alone ("Month | Year" columns)
    year_cell_labels: tuple[str, ...] = ()  # and the cell holding its year
    deduction_total_labels: tuple[str, ...] = ()  # the printed total taken from gross pay (net = gross − it)
    former_org_patterns: tuple[str, ...] = ()  # a former employer read with its label ("失业前单位…"): no issuer
    former_role_words: tuple[str, ...] = ()  # an organisation label's first word giving a former role ("Previous")
    counterparty_words: tuple[str, ...] = ()  # a column or label about the other party of a transaction ("对方")
    specimen_words: tuple[str, ...] = ()  # words saying a document is a specimen: never in an organisation's name
    document_words_en: tuple[str, ...] = ()  # nouns naming a kind of document: after a name, they make a title
    money_column_words: tuple[str, ...] = ()  # the heading of a table column of amounts ("Amount", "Charges")
    money_column_patterns: tuple[str, ...] = ()  # the same as patterns (letter-spaced Chinese headings: "金\s*额")
    title_words: tuple[str, ...] = ()  # a document's kind in its title ("Pay Advice", "工资明细"): never a name
    title_tails_zh: tuple[str, ...] = ()  # the last word of a Chinese document's title ("单", "证明"): no name's end
    # a page's number and the document's page count printed on it ("Page 1 of 2", "第 1 页 共 2 页"): groups n and m
    page_count_patterns: tuple[str, ...] = ()
    id_number_labels: tuple[str, ...] = ()  # words an identity number follows in typed text ("身份证号", "NI number")
    signoff_leads: tuple[str, ...] = ()  # a sign-off before the organisation it signs for ("For and on behalf of")
    # a short sign-off: "For <organisation with its legal form>" ("Signed for", "Per", "p.p.")
    signoff_short_leads: tuple[str, ...] = ()
    org_lead_en: tuple[str, ...] = ()  # function words a line runs into an organisation's name with ("for", "of")
    department_tails: tuple[str, ...] = ()  # a department after its organisation's name ("… Human Resources", 人事部)
    job_title_words: tuple[str, ...] = ()  # words of a signatory's job title ("Manager"): the organisation follows
    pay_qualifier_words: tuple[str, ...] = ()  # which pay a figure is, between it and its period ("gross", "税前")
    employed_by_words: tuple[str, ...] = ()  # a sentence's words before whom its subject works for ("employed by")
    bank_kinds_en: tuple[str, ...] = ()  # the kind of institution a bank's name ends in ("Bank", "Credit Union")
    bank_regulatory_marks: tuple[str, ...] = ()  # a bank's regulatory or trading-name line after its name
    prose_date_leads: tuple[str, ...] = ()  # a word before a date inside a Chinese sentence ("自…起"): no letter date
    product_words: tuple[str, ...] = ()  # a software product's title ends with one ("Hospital Management System")
    product_words_or_firm: tuple[str, ...] = ()  # a product's title or a firm's name ends with one ("… Software")
    org_forms_zh: tuple[str, ...] = ()  # legal forms a Chinese organisation's name runs on to (有限公司, 集团)
    issue_clause_words: tuple[str, ...] = ()  # a formal dating clause's verb ("Issued this 9th day of …"): its date
    service_line_words: tuple[str, ...] = ()  # a line naming a bank's service number ("客服热线 95588", "call")
    registration_marks: tuple[str, ...] = ()  # a footer's registration after its organisation ("Registered office")
    copyright_marks: tuple[str, ...] = ()  # a footer's copyright before its owner ("©", "Copyright"; 版权所有 after it)
    status_words: tuple[str, ...] = ()  # a status column's cell ("在职", "终止", "Active"): never a person's name
    quarter_head_patterns: tuple[str, ...] = ()  # a wage table's quarter heading ("Q3 2026", "第三季度"): no figure
    # role -> the labels of a date in that role (issue, end, service, unrelated, generic: packet.understanding.date_roles)
    date_roles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    day_first_patterns: tuple[str, ...] = ()  # an address or a mark of a country that writes the day first
    medicine_name_labels: tuple[str, ...] = ()  # a medicine's name follows ("Medicine Name :", 药品名称)
    other_calendar_marks: tuple[str, ...] = ()  # a date's label naming another calendar ("BS Date", B.E.)
    # currencies divided into a thousand (ISO 4217 minor unit 3: the Omani rial's 1,000 baisa): "400.000" is 400
    mils_currencies: tuple[str, ...] = ()
    org_references_en: tuple[str, ...] = ()  # "the Company": an organisation referred to, not named
    outlet_marks_zh: tuple[str, ...] = ()  # "（中山路店）" after a name: its outlet, part of the name
    minguo_marks: tuple[str, ...] = ()  # the Minguo calendar named (民国): 115年 is 2026 (packet.understanding.values)
    bill_deduction_words: tuple[str, ...] = ()  # what a bill takes off its charges (insurance, adjustment, 统筹)
    bill_discount_words: tuple[str, ...] = ()  # of those, a price reduction (discount, 优惠): the net is the total
    account_form_patterns: tuple[str, ...] = ()  # an account in a form only banks print (NZ, sort code, BSB, IBAN)
    row_balance_words: tuple[str, ...] = ()  # a word before each transaction row's balance (an app's 余额 1,862.15)
    # a ledger column of what a card account charges (Purchases, Charges, 消费): a balance such rows raise is owed
    card_charge_headings: tuple[str, ...] = ()
    # a ledger column of money taken (Debit, Withdrawals, 借方, 支出): a deposit account's balance falls with it, a
    # loan's or a card's owed balance rises with it
    debit_headings: tuple[str, ...] = ()
    # the labels of a debt's summary figures: a credit line (limit, what is still available), the minimum payment
    # and the amount due; an account's statement prints opening and closing balances instead
    credit_limit_labels: tuple[str, ...] = ()
    available_credit_labels: tuple[str, ...] = ()
    minimum_payment_labels: tuple[str, ...] = ()
    amount_due_labels: tuple[str, ...] = ()
    # the code of a bank's branch printed before the account under one key ("Sort code / Account number 90-00-17
    # 12345678", "BSB & Account 062-000 1234 5678", "Transit / Account 00123-004 1234567"): the account is what follows
    routing_code_words: tuple[str, ...] = ()
    phone_words: tuple[str, ...] = ()  # a line holding one prints a telephone's or member's number, not an account's tail
    sales_tax_words: tuple[str, ...] = ()  # a tax a bill adds to its charges (GST, VAT, HST, 增值税): total = sum + it
    round_off_words: tuple[str, ...] = ()  # a bill's rounding line (Round off -0.05): payable = the rest + it
    date_placeholder_patterns: tuple[str, ...] = ()  # a blank form's stand-in for a date ("mm/dd/yyyy")
    name_particles: tuple[str, ...] = ()  # lower-case words a person's name may hold ("van", "de"): no others
    prose_words_en: tuple[str, ...] = ()  # English function words: a run of lower-case words holding one is prose
    card_labels: tuple[str, ...] = ()  # the printed labels of an identity card's or passport page's fields
    card_patterns: tuple[str, ...] = ()  # lines only an identity document prints (a passport's machine-readable zone)
    # a payment platform's stored balance and its app (零钱, Wallet, PayPal): a flow headed by one is no bank account's
    wallet_names: tuple[str, ...] = ()
    org_form_words: tuple[str, ...] = ()  # words of legal forms ("pvt", "pty"): a name of only these names no one
    letter_openings: tuple[str, ...] = ()  # a letter's salutation at the start of a line ("Dear", "尊敬的")
    letter_closings: tuple[str, ...] = ()  # a letter's sign-off, a line of its own ("Yours sincerely", "此致")
    other_person_labels: tuple[str, ...] = ()  # labels of people in other roles (guarantor, approver, joint holder)
    recipient_labels: tuple[str, ...] = ()  # whom an e-mail or letter is addressed to ("收件人", "To")
    greetings_zh: tuple[str, ...] = ()  # a greeting after a name ("孙浩您好：")
    address_words_zh: tuple[str, ...] = ()  # the parts of a Chinese postal address (省 市 区 路 号 室…)
    person_detail_labels: tuple[str, ...] = ()  # a person's identifiers under their name ("Employee ID", "工号")
    memo_labels: tuple[str, ...] = ()  # the label of a payment's memo or purpose ("备注", "转账说明", "Reference")
    pay_memo_words: tuple[str, ...] = ()  # a memo saying the payment is pay ("工资", "代发工资", "Salary", "Payroll")
    income_list_words: tuple[str, ...] = ()  # a heading over a list of incomes ("收入明细", "Earnings")
    earning_memo_words: tuple[str, ...] = ()  # a credit's memo naming a platform's payout ("配送收入结算", "payout")
    payroll_deduction_words: tuple[str, ...] = ()  # what an employer takes off pay (tax, PAYE, NI, 养老保险, 个税)
    # words naming what is paid as pay, on a pay chain's payable side or its page's title ("salary", "overtime", "工资")
    pay_chain_words: tuple[str, ...] = ()
    period_heading_patterns: tuple[str, ...] = ()  # a column heading naming a period (a month, quarter, year: Q1, 2026年)
    trade_words: tuple[str, ...] = ()  # a securities trade's side or kind on its row ("Buy", "Sell", "买入", "卖出")
    medicine_stems: tuple[str, ...] = ()  # endings of medicines' international names (WHO INN stems: -cillin, -pril)
    medicine_forms: tuple[str, ...] = ()  # dosage forms printed after a medicine's name ("片", "胶囊", "tablets")
    medicine_names: tuple[str, ...] = ()  # medicines no INN stem shows: brands (Panadol, 芬必得), common INNs (paracetamol)
    medicine_strength_patterns: tuple[str, ...] = ()  # a medicine's strength or pack ("500 mg", "0.25g×24片")
    provider_field_labels: tuple[str, ...] = ()  # the label of a bill's provider line ("Pharmacy", "医疗机构")
    # the label of an income stated over several months or a year ("Average gross monthly", "Annual salary", 月均收入)
    average_income_labels: tuple[str, ...] = ()

    def words(self) -> tuple[str, ...]:
        """Every literal word of the vocabulary (not the ``*_patterns`` regular expressions), in file order."""
        out: list[str] = []
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if name.endswith("_patterns"):
                continue
            if isinstance(value, Mapping):
                out += [w for ws in value.values() for w in ws]
            else:
                out += list(value)
        return tuple(out)


def _weights(table: Strict, signed: bool = False) -> dict[str, float]:
    """A {phrase = weight} table; weights are positive numbers (with ``signed``, non-zero: a structure that speaks
    against a type)."""
    out = {}
    for phrase in table.data:
        weight = table.get(phrase, (int, float))
        if weight == 0 or (weight < 0 and not signed):
            table.fail("weight must be a non-zero number" if signed else "weight must be a positive number", phrase)
        out[phrase] = float(weight)
    return out


_IDENT = re.compile(r"[a-z][a-z0-9_]*")


def _field_list(t: Strict, key: str, fields: tuple[str, ...], default: tuple[str, ...] = ()) -> tuple[str, ...]:
    values = t.str_list(key, default)
    for f in values:
        if f not in fields:
            t.fail(f"'{f}' is not one of this type's fields", key)
    return values


def _field_table(t: Strict, key: str, fields: tuple[str, ...]) -> Strict:
    return t.child(key, {}).only(*fields)


def _parse_type(name: str, t: Strict) -> DocType:
    t.only(*TYPE_KEYS)
    fields = t.str_list("fields")
    for f in fields:
        if not _IDENT.fullmatch(f):
            t.fail(f"'{f}' is not a field name (lower-case letters, digits and _)", "fields")
    if len(set(fields)) != len(fields):
        t.fail("names a field twice", "fields")
    if name in SPEC_FIELDS and not set(SPEC_FIELDS[name]) <= set(fields):
        t.fail(f"must list the spec's fields: {', '.join(SPEC_FIELDS[name]) or '(none)'}", "fields")
    name_field = t.get("name_field", str, None)
    if name_field is not None and name_field not in fields:
        t.fail(f"'{name_field}' is not one of this type's fields", "name_field")
    issuer = t.get("issuer_field", str, None)
    if issuer is not None and issuer not in fields:
        t.fail(f"'{issuer}' is not one of this type's fields", "issuer_field")
    kt = _field_table(t, "kinds", fields)
    kinds = {f: kt.get(f, str, choices=KINDS) for f in fields}
    for pair in (("start", "end"), ("end", "start")):
        have = [f for f in fields if kinds[f] == pair[0]]
        if len(have) > 1 or (have and not any(kinds[f] == pair[1] for f in fields)):
            kt.fail(f"a period needs exactly one field of kind '{pair[0]}' and one of kind '{pair[1]}'")
    nt = _field_table(t, "names", fields)
    names = {f: nt.texts(f) for f in fields}
    fb = _field_table(t, "fallback", fields)
    fallback = {f: fb.get(f, str, choices=FALLBACKS) for f in fb.data}
    near_t = _field_table(t, "near", fields)
    near = {f: near_t.str_list(f) for f in near_t.data}
    st = _field_table(t, "stand_in", fields)
    stand_in = {f: st.str_list(f) for f in st.data}
    for f in stand_in:
        if kinds[f] not in ("name", "account"):
            # a person in another role for a person (a bill's guarantor for its patient); another number of the same
            # account holder for an account (a credit union's member number for its account number)
            st.fail("only a person's name or an account number (kind name or account) has a stand-in", f)
    for f, how in fallback.items():
        if how in _NEAR and not near.get(f):
            near_t.fail(f"the fallback '{how}' needs the words to look near", f)
    og = _field_table(t, "org_group", fields)
    org_group = {f: og.get(f, str) for f in og.data}
    for f in org_group:
        if kinds[f] not in ("org", "bank"):
            og.fail("only an organisation (kind org or bank) is reconciled", f)
    lb = t.child("labels").only(*fields)
    labels = {f: lb.str_list(f) for f in lb.data}
    ledger = _field_list(t, "ledger", fields)
    for f in ledger:
        if kinds[f] not in ("start", "end", "money"):
            t.fail(f"'{f}': only a period's ends and an amount come from transaction rows", "ledger")
    reconcile = _field_list(t, "reconcile", fields)
    if reconcile and (len(reconcile) != 2 or any(kinds[f] != "money" for f in reconcile)):
        t.fail("two money fields: the whole and the part", "reconcile")
    sum_of_items = _field_list(t, "sum_of_items", fields)
    if any(kinds[f] != "money" for f in sum_of_items):
        t.fail("only an amount is the sum of items", "sum_of_items")
    structure = _weights(t.child("structure", {}), signed=True)
    for s in structure:
        if s not in STRUCTURES:
            t.fail(f"'{s}' is not a structure ({', '.join(STRUCTURES)})", "structure")
    pt = _field_table(t, "plausible", fields)
    plausible = {}
    for f in pt.data:
        bounds = pt.get(f, list)
        if (kinds[f] != "money" or len(bounds) != 2 or not all(isinstance(b, int | float) for b in bounds)
                or not bounds[0] < bounds[1]):
            pt.fail("a money field's [lowest, highest] plausible amount", f)
        plausible[f] = (Decimal(str(bounds[0])), Decimal(str(bounds[1])))
    core_raw = t.get("core", list, [])
    if not all(isinstance(g, list) for g in core_raw):
        t.fail("a list of groups, each a list of this type's fields", "core")
    core = tuple(tuple(g) for g in core_raw)
    for group in core:
        if not group or not all(isinstance(f, str) and (f in fields or f in CORE_SHAPES or f in STRUCTURES)
                                for f in group):
            t.fail("a list of groups, each a list of this type's fields (or \"items\", \"card\" or a structure)", "core")
        if any(f not in CORE_SHAPES and f not in STRUCTURES and kinds[f] not in ("money", "month", "date", "start", "end") for f in group):
            t.fail("a core field is an amount or a date (kind money, month, date, start or end)", "core")
    catch_all = t.get("catch_all", bool, False)
    if catch_all and fields:
        t.fail("the catch-all type has no fields", "catch_all")
    given_only = t.get("given_only", bool, False)
    if given_only and (catch_all or name in SPEC_FIELDS):
        t.fail("a type of the public interface, or the catch-all, is one the classifier gives", "given_only")
    if "given_when" in t.data and not given_only:
        t.fail("only a type the user gives (given_only = true) says when to give it", "given_when")
    return DocType(
        name=name, label=t.texts("label"), fields=fields, date_fields=_field_list(t, "date_fields", fields),
        name_field=name_field, keywords=_weights(t.child("keywords")), labels=labels,
        negative=_weights(t.child("negative", {})), filenames=t.str_list("filenames", ()), kinds=kinds, names=names,
        indefinite=t.get("indefinite", str, name), plural=t.get("plural", str, name),
        family_name_ok=t.get("family_name_ok", bool, False), issuer_field=issuer,
        duplicate_key=_field_list(t, "duplicate_key", fields), split_key=_field_list(t, "split_key", fields),
        summary=_field_list(t, "summary", fields), fallback=fallback, near=near, org_group=org_group, stand_in=stand_in,
        catch_all=catch_all, given_only=given_only,
        given_when=t.texts("given_when") if "given_when" in t.data else None, exhibit_label=t.texts("exhibit_label") if "exhibit_label" in t.data else None,
        ledger=ledger, reconcile=reconcile, sum_of_items=sum_of_items, structure=structure,
        ask=t.texts("ask") if "ask" in t.data else None, purpose_line=t.get("purpose_line", bool, False),
        plausible=plausible, core=core, titles=t.str_list("titles", ()), about=t.str_list("about", ()),
        counts_too=t.texts("counts_too") if "counts_too" in t.data else None)



def parse_types(path: Path) -> dict[str, DocType]:
    """Every document type of the ``types.toml`` at ``path``, in file order: {type name: DocType}.

    Raises ChecklistError (naming the file and key) for a file that is not valid TOML, a spec type that is
    missing or lacks a spec field, an unknown key, a field without a kind or display name, a role naming a
    field the type does not have, or not exactly one ``catch_all`` type."""
    data = read_toml(path)
    top = Strict(path, "", data)
    missing = [t for t in SPEC_FIELDS if t not in data]
    if missing:
        raise ChecklistError(f"{path.name}: missing document type(s): {', '.join(missing)}")
    out: dict[str, DocType] = {}
    for name in data:
        if not _IDENT.fullmatch(name):
            top.fail("a document type's name is lower-case letters, digits and _", name)
        out[name] = _parse_type(name, top.child(name))
    catch_all = [t.name for t in out.values() if t.catch_all]
    if len(catch_all) != 1:
        top.fail(f"exactly one type must have catch_all = true (found: {', '.join(catch_all) or 'none'})")
    return out


def parse_vocabulary(path: Path) -> Vocabulary:
    """The ``vocabulary.toml`` at ``path``. Raises ChecklistError (file and key) for a missing or unknown key,
    a value that is not a list of strings, or a ``*_patterns`` entry that is not a valid regular expression."""
    top = Strict(path, "", read_toml(path))
    keys = [k for k in Vocabulary.__dataclass_fields__ if k not in ("avoid", "date_roles")]
    top.only(*keys, "avoid", "date_roles")
    # a key the dataclass gives a default may be left out of the file (its words are an addition: an empty list
    # changes nothing); the others must be written, so a misspelt required key is an error, not an empty list
    optional = {f.name for f in dataclass_fields(Vocabulary) if f.default is not MISSING or f.default_factory is not MISSING}
    values: dict = {k: top.str_list(k, () if k in optional else ...) for k in keys}
    av = top.child("avoid")
    values["avoid"] = {kind: av.str_list(kind) for kind in av.data}
    dr = top.child("date_roles", {})
    values["date_roles"] = {role: dr.str_list(role) for role in dr.data}
    for role in values["date_roles"]:
        if role not in DATE_ROLES:
            dr.fail(f"'{role}' is not a role of a date ({', '.join(DATE_ROLES)})", role)
    for kind in values["avoid"]:
        if kind not in KINDS:
            av.fail(f"'{kind}' is not a kind of value ({', '.join(KINDS)})", kind)
    for k in keys:
        if k.endswith("_patterns"):
            for p in values[k]:
                try:
                    re.compile(p)
                except re.error as exc:
                    top.fail(f"not a regular expression: {p!r} ({exc})", k)
    return Vocabulary(**values)


@dataclass(frozen=True)
class Bank:
    """One bank of the gazetteer (``checklists/gazetteer/banks.toml``): the names it is printed under (the first
    is how packet names it when only a card prefix is known), the six-digit prefixes of its card numbers, the web
    domains its addresses and e-mail addresses end in ("nedbank.co.za"), the first six letters of its SWIFT/BIC
    codes (bank and country: "DBSSSG"), its customer-service numbers (China's 955xx lines: "95588") and the names
    of its banking apps ("平安口袋银行", "Maybank2u"). A bank
    printed only by one of these (a neobank export's footer, a statement photo's web address) is named by its first
    name."""

    names: tuple[str, ...]
    bins: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    bics: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    apps: tuple[str, ...] = ()  # its banking apps' names, as their screens' headers print them ("平安口袋银行")


def parse_banks(path: Path) -> tuple[Bank, ...]:
    """The banks of the gazetteer at ``path``, in file order. Raises ChecklistError (file and key) for an unknown
    key, an entry without names, a card prefix that is not six digits, a domain that is no host name, a SWIFT/BIC
    prefix that is not six capital letters, or a service number that is not five or six digits."""
    top = Strict(path, "", read_toml(path)).only("bank")
    out = []
    for i, data in enumerate(top.get("bank", list)):
        b = top.item("bank", i, data).only("names", "bins", "domains", "bics", "phones", "apps")
        names = b.str_list("names")
        if not names:
            b.fail("needs at least one name", "names")
        bins = b.str_list("bins", ())
        for x in bins:
            if not re.fullmatch(r"\d{6}", x):
                b.fail(f"'{x}' is not a six-digit card prefix", "bins")
        domains = b.str_list("domains", ())
        for x in domains:
            if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", x):
                b.fail(f"'{x}' is not a web domain (lower case, without www. or a path)", "domains")
        bics = b.str_list("bics", ())
        for x in bics:
            if not re.fullmatch(r"[A-Z]{6}", x):
                b.fail(f"'{x}' is not the six letters that start a SWIFT/BIC code", "bics")
        phones = b.str_list("phones", ())
        for x in phones:
            if not re.fullmatch(r"\d{5,6}", x):
                b.fail(f"'{x}' is not a five- or six-digit service number", "phones")
        out.append(Bank(names, bins, domains, bics, phones, b.str_list("apps", ())))
    return tuple(out)


def banks_path() -> Path:
    """The bank gazetteer in use: ``$PACKET_BANKS`` when set, else the built-in ``checklists/gazetteer/banks.toml``."""
    env = os.environ.get("PACKET_BANKS", "").strip()
    return Path(env) if env else _builtin("gazetteer/banks.toml")


@lru_cache(maxsize=8)
def _banks_at(path: Path, _stamp: float) -> tuple[Bank, ...]:
    return parse_banks(path)


def load_banks(path: Path | None = None) -> tuple[Bank, ...]:
    """The bank gazetteer (default :func:`banks_path`), parsed once per file version; ChecklistError as
    :func:`parse_banks`."""
    p = Path(path) if path is not None else banks_path()
    return _banks_at(p, _stamp(p))


@dataclass(frozen=True)
class Surnames:
    """The Chinese family names of the gazetteer (``checklists/gazetteer/surnames.toml``): single characters and
    compound (two-character) surnames; ``variants`` maps a traditional character to its simplified form (names
    compared across the two writings: :func:`packet.core.text.other_person`)."""

    single: frozenset[str]
    compound: tuple[str, ...]
    variants: Mapping[str, str] = field(default_factory=dict)
    romanised: frozenset[str] = frozenset()  # the family names' spellings in Latin letters, lower case

    def leads(self, name: str) -> bool:
        """Whether ``name`` (Chinese characters, spaces and a middle dot aside) is a family name followed by one or
        two characters: 张伟, 欧阳娜, 司马俊杰; not 一式两份, 各执一份, 如有疑问."""
        core = "".join(ch for ch in name if not ch.isspace() and ch != "·")
        if any(core.startswith(c) and 3 <= len(core) <= 4 for c in self.compound):
            return True
        return 2 <= len(core) <= 3 and core[0] in self.single


def parse_surnames(path: Path) -> Surnames:
    """The surname gazetteer at ``path``. Raises ChecklistError (file and key) for an unknown key, a compound
    surname that is not two characters, or a ``variants`` entry that is not a pair of two different characters.
    ``romanised``: the family names' spellings in Latin letters, whitespace-separated. A single family name's other
    writing by ``variants`` (traditional or simplified) is a family name too, whichever of the two the list names."""
    top = Strict(path, "", read_toml(path)).only("single", "compound", "variants", "romanised")
    single = frozenset(ch for ch in top.get("single", str) if not ch.isspace())
    compound = top.str_list("compound", ())
    for c in compound:
        if len(c) != 2:
            top.fail(f"'{c}' is not a two-character surname", "compound")
    variants = {}
    for pair in top.get("variants", str, "").split():
        if len(pair) != 2 or pair[0] == pair[1]:
            top.fail(f"'{pair}' is not a traditional character followed by its simplified form", "variants")
        variants[pair[0]] = pair[1]
    romanised = frozenset(w.casefold() for w in top.get("romanised", str, "").split())
    # a family name is one in either writing: the list names 麥 and 吴, so 麦 and 吳 are family names too (a
    # workshop's 工资条 filled in by pen for 麦润棠 named no one while its traditional form was listed)
    single = single | {s for t, s in variants.items() if t in single} | {t for t, s in variants.items() if s in single}
    return Surnames(single, compound, variants, romanised)


@lru_cache(maxsize=4)
def _surnames_at(path: Path, _stamp: float) -> Surnames:
    return parse_surnames(path)


def load_surnames() -> Surnames:
    """The built-in surname gazetteer, parsed once per file version; ChecklistError as :func:`parse_surnames`."""
    p = _builtin("gazetteer/surnames.toml")
    return _surnames_at(p, _stamp(p))


DATA_FILES = ("types.toml", "vocabulary.toml")  # the registry's files among the built-in checklists


def builtin_dir():
    """The folder of the built-in data files (types, vocabulary, checklists): ``checklists/`` beside the
    package in a source checkout (so a git worktree reads its own files even when another checkout is
    installed in editable mode), else the installed ``packet.checklists`` package data (a Traversable)."""
    here = Path(__file__).resolve().parents[2] / "checklists"
    if (here / "types.toml").is_file():
        return here
    return resources.files("packet.checklists")


@lru_cache(maxsize=32)
def _builtin(name: str) -> Path:
    """The path of built-in data file ``name`` (worked out once per process: the package does not move while it
    runs, and the lookup costs a resolve and a stat — thousands of times a check when the vocabulary is asked for
    per amount parsed)."""
    with resources.as_file(builtin_dir() / name) as path:
        return Path(path)


def types_path() -> Path:
    """The types file in use: ``$PACKET_TYPES`` when set, else the built-in ``checklists/types.toml``."""
    env = os.environ.get("PACKET_TYPES", "").strip()
    return Path(env) if env else _builtin("types.toml")


def vocabulary_path() -> Path:
    """The vocabulary file in use: ``$PACKET_VOCABULARY`` when set, else the built-in ``checklists/vocabulary.toml``."""
    env = os.environ.get("PACKET_VOCABULARY", "").strip()
    return Path(env) if env else _builtin("vocabulary.toml")


@lru_cache(maxsize=8)
def _types_at(path: Path, _stamp: float) -> dict[str, DocType]:
    return parse_types(path)


@lru_cache(maxsize=8)
def _vocabulary_at(path: Path, _stamp: float) -> Vocabulary:
    return parse_vocabulary(path)


def _stamp(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # parse_* then raises "no such file"


def load_types(path: Path | None = None) -> dict[str, DocType]:
    """The document types {name: DocType} of ``path`` (default :func:`types_path`), parsed once per file
    version. Raises ChecklistError as :func:`parse_types`. Do not modify the returned mapping."""
    p = Path(path) if path is not None else types_path()
    return _types_at(p, _stamp(p))


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The vocabulary of ``path`` (default :func:`vocabulary_path`), parsed once per file version.
    Raises ChecklistError as :func:`parse_vocabulary`."""
    p = Path(path) if path is not None else vocabulary_path()
    return _vocabulary_at(p, _stamp(p))


T = TypeVar("T")


def from_registry(make: Callable[[], T]) -> Callable[[], T]:
    """``make()`` worked out once per loaded registry: again whenever :func:`load_types` or :func:`load_vocabulary`
    returns another object (``$PACKET_TYPES`` / ``$PACKET_VOCABULARY`` point elsewhere, or a file was edited).
    For the patterns and word sets a module derives from the registry: an ``lru_cache`` on a function of no
    arguments kept the first registry it saw for the whole process (a test's extended types leaked into every later
    test of its worker). The loaded objects are held, so an identity check cannot match a recycled id."""
    held: list[tuple[object, object, T]] = []

    @wraps(make)
    def memo() -> T:
        types, vocabulary = load_types(), load_vocabulary()
        if not held or held[0][0] is not types or held[0][1] is not vocabulary:
            held[:] = [(types, vocabulary, make())]
        return held[0][2]

    return memo


def catch_all_type(types: Mapping[str, DocType] | None = None) -> str:
    """The name of the type a document gets when it is none of the others ("other")."""
    types = types if types is not None else load_types()
    return next(t.name for t in types.values() if t.catch_all)


def field_kinds() -> dict[str, dict[str, str]]:
    """Every type's fields and their kinds, {type: {field: kind}} in file order: what ``[fields]`` in packet.toml may
    give (:func:`packet.case.casefile.load_case`)."""
    return {t.name: {f: t.kind(f) for f in t.fields} for t in load_types().values()}


def doc_types() -> tuple[str, ...]:
    """Every document type's name, in file order (the spec's five and "other", and any added)."""
    return tuple(load_types())
