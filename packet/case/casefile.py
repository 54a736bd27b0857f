"""Load and validate ``packet.toml`` (the case file) into frozen dataclasses.

Every mistake is reported with the key and its line, and what to write instead, so that a
person editing the file by hand can fix it. Later stages never see raw dictionaries.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from packet.case.months import parse_month, read_day
from packet.case.value_names import value_name
from packet.core.countries import iso_country
from packet.core.errors import CaseFileError
from packet.core.i18n import env_lang, explicit_lang, locale_lang, tr
from packet.core.masking import mask
from packet.core.money import ISO_CODE, parse_amount
from packet.core.strict_toml import TomlFile, load_toml, prescan, syntax_message

CASE_FILE = "packet.toml"
KINDS = ("stop", "reduce")
LANGUAGES = ("zh", "en")
HARDSHIPS = ("unemployment", "medical", "income-drop", "other")
CHANNELS = ("phone", "chat", "email", "letter", "visit")
REPLY_KINDS = ("acknowledged", "final-response", "accepted", "refused", "other")
SENT_VIA = ("email", "post", "portal", "in-person")
SENT_KINDS = ("request", "follow-up")
OCR_ENGINES = ("auto", "tesseract", "rapidocr")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")  # C0 but LF and tab, DEL, C1, line separators
_EMAIL = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")  # one address, no spaces or header syntax
MAX_CASE_BYTES = 1_000_000  # a case file is a few KB; 1 MB is far beyond any real one (issue 12)
MAX_TEXT = 20_000  # characters in one text value (a statement of ~10 pages)
MAX_ENTRIES = 2_000  # [[contact]], [[reply]], [[sent]], [[redact]] entries, [files]/[passwords]/[fields] keys
MAX_TOTAL_TEXT = 200_000  # characters of text across the whole file's free-text values
MAX_AMOUNT = Decimal(10) ** 12  # an amount this large is a typo (and would not fit in a money column)
T = TypeVar("T")


@dataclass(frozen=True)
class Applicant:
    name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None

    @property
    def masked_id(self) -> str | None:
        return mask(self.id_number) if self.id_number else None


@dataclass(frozen=True)
class Lender:
    name: str | None = None
    email: str | None = None
    address: str | None = None
    contract_number: str | None = None
    complaints: str | None = None  # where a complaint goes, if not the main address


@dataclass(frozen=True)
class Request:
    kind: str = "stop"
    language: str = "en"
    checklist: str = "en-hardship"
    hardship: str | None = None
    statement: str | None = None
    currency: str | None = None  # ISO 4217, as given or as marked on the plan's amounts ("£4,200")
    country: str | None = None  # CN | GB | US | …; None: from the language (zh -> CN)
    ocr_engine: str = "auto"

    @property
    def jurisdiction(self) -> str | None:
        """The country whose deadlines and complaint routes apply: ``country``, else CN for zh."""
        return self.country or ("CN" if self.language == "zh" else None)


@dataclass(frozen=True)
class Installment:
    date: date
    amount: Decimal


@dataclass(frozen=True)
class Plan:
    outstanding: Decimal | None = None
    monthly_payment: Decimal | None = None
    first_payment: date | None = None
    installments: tuple[Installment, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.installments and self.monthly_payment is None


@dataclass(frozen=True)
class Contact:
    at: datetime
    channel: str
    with_: str | None = None
    summary: str | None = None
    said: str | None = None
    promised: str | None = None
    next_step: str | None = None
    assumed: bool = False  # the channel is packet's default, not one anybody gave (`packet log` off a terminal)


@dataclass(frozen=True)
class Reply:
    """What the lender answered (``[[reply]]``)."""

    at: datetime
    kind: str  # one of REPLY_KINDS
    summary: str | None = None


@dataclass(frozen=True)
class Sent:
    """A packet (or a follow-up) that was sent (``[[sent]]``, written by ``packet sent``)."""

    at: datetime
    via: str  # one of SENT_VIA
    file: str | None = None
    sha256: str | None = None
    tracking: str | None = None
    kind: str = "request"  # request | follow-up
    delivered: datetime | None = None  # when it reached the lender (from the tracking), when recorded
    assumed: bool = False  # ``via`` is packet's default, not one anybody gave (`packet sent` off a terminal)


@dataclass(frozen=True)
class FileOption:
    """A ``[files]`` entry given as a table: type, whether the packet includes it, and its title for the lender."""

    type: str | None = None
    include: bool | None = None  # None: the default (included when the checklist needs its type)
    title: str | None = None
    # False: the picture is read on its own, never as a part of one paper with the picture before or after it
    # (packet.understanding.joining); None: the default (joined when the pages show they are parts of one paper)
    join: bool | None = None


@dataclass(frozen=True)
class Redaction:
    """A ``[[redact]]`` entry: what to paint over on the pages of ``file`` (relative to the case folder).

    Exactly one of: ``text`` (every occurrence of these words), ``transactions`` (a regular expression: every
    text line of the document whose text matches it is painted over as a whole), or ``page`` (1-based) with
    ``box`` (x0, y0, x1, y1): PDF points from the bottom-left of the page as displayed, or pixels from the
    top-left for an image file (interface page, "New case-file keys")."""

    file: str
    text: str | None = None
    transactions: str | None = None
    page: int | None = None
    box: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class FieldValue:
    """A value the user read on a document and gave under ``[fields."<path>"]`` (or ``"<path>#N"``).

    ``part``: the N-th document of a file holding several, 1-based as the report numbers them (None: the file, or
    its first document). ``value``: normalised for the field's kind as the report writes values (money
    ``"8968.40"``, a date ``YYYY-MM-DD``, a month ``YYYY-MM``); ``raw`` as written. ``key`` is the table's key as
    written and ``line`` its 1-based line in packet.toml (for messages)."""

    rel: str
    part: int | None
    field: str
    value: str
    raw: str = ""
    key: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Case:
    root: Path
    applicant: Applicant = Applicant()
    lender: Lender = Lender()
    request: Request = Request()
    plan: Plan = Plan()
    files: Mapping[str, str] = field(default_factory=dict)  # rel path -> document type
    file_options: Mapping[str, FileOption] = field(default_factory=dict)  # rel path -> include / title
    passwords: Mapping[str, str] = field(default_factory=dict, repr=False)  # never printed
    contacts: tuple[Contact, ...] = ()
    replies: tuple[Reply, ...] = ()
    sent: tuple[Sent, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    has_case_file: bool = False
    fields: tuple[FieldValue, ...] = ()  # [fields."<path>"]: values that replace what packet read

    @property
    def name(self) -> str:
        """The case folder's own name, from its resolved path: ``.``, ``./`` or ``sub/..`` name the folder they
        lead to, never "" or ".." (a new-user trial: ``packet status . --follow-up`` wrote ``/-followup.pdf``)."""
        return self.root.resolve().name

    def beside(self, suffix: str) -> Path:
        """The file ``<name><suffix>`` next to the case folder (resolved: ``.`` works as the folder's own name),
        e.g. ``beside("-packet.pdf")`` -> ``/home/me/my-docs-packet.pdf`` for ``root = my-docs``."""
        return beside(self.root, suffix)

    @property
    def language(self) -> str:
        return self.request.language

    def file_option(self, rel: str) -> FileOption:
        """The ``[files]`` table given for ``rel`` (a path relative to the case folder), or an empty one."""
        return self.file_options.get(rel.replace("\\", "/").strip("/"), FileOption())

    def password_for(self, rel: str) -> str | None:
        """The password given for ``rel`` (a path relative to the case folder) under ``[passwords]``.

        Paths are compared with "/" separators and without a leading "./"; None when none is given."""
        want = rel.replace("\\", "/").strip("/")
        for key, value in self.passwords.items():
            if key.replace("\\", "/").strip("/").removeprefix("./") == want:
                return value
        return None


def normalise_field(kind: str, value: object) -> str | None:
    """A [fields] value as the report writes values of ``kind`` (:data:`packet.rules.registry.KINDS`), or None
    when it does not parse: money ``"8,968.40"``/``"¥8968.4"`` -> ``"8968.40"`` (negative allowed: an overdrawn
    balance); date, start, end ``2026-10-31`` (a TOML date or that text); month ``"2026-10"``; account: its
    digits (spaces and dashes dropped, at least 4); any other kind: the text, trimmed."""
    if isinstance(value, bool):
        return None
    if kind == "any":  # the kind is not known here (no registry given): any plain value, as text
        if isinstance(value, (date, int, float)):
            return value.isoformat() if isinstance(value, date) else str(value)
        kind = "text"
    if kind == "money":
        if not isinstance(value, (str, int, float)):
            return None
        try:
            amount, _mark = parse_amount(str(value))
        except (ValueError, InvalidOperation):
            return None
        if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
            return None
        return str(amount.quantize(Decimal("0.01")))
    if kind in ("date", "start", "end"):
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):  # the forms a person types (packet.case.months.read_day): "31 10 2026" too
            return read_day(value)[0]
        return None
    if not isinstance(value, str) or _CONTROL.search(value):
        return None
    text = value.strip()
    if kind == "month":  # the forms a person writes (2026年6月, 6/2026, June 2026): packet.case.months
        return parse_month(text)
    if kind == "account":
        digits = re.sub(r"[\s\-]", "", text)
        return digits if re.fullmatch(r"\d{4,34}", digits) else None
    return text or None


def kind_example(lang: str, kind: str) -> str:
    """How a value of ``kind`` is written in [fields], in ``lang`` (for messages)."""
    if kind == "money":
        return tr(lang, "an amount such as \"8968.40\"", "金额，例如 \"8968.40\"")
    if kind in ("date", "start", "end"):
        return tr(lang, "a date such as 2026-10-31 (year-month-day)", "日期，例如 2026-10-31（年-月-日）")
    if kind == "month":
        return tr(lang, "a month such as \"2026-10\" (year-month)", "月份，例如 \"2026-10\"（年-月）")
    if kind == "account":
        return tr(lang, "the account number's digits, at least the last 4, such as \"6222 0212 3456 1234\"",
                  "账号的数字，至少最后 4 位，例如 \"6222 0212 3456 1234\"")
    return tr(lang, "text in quotes", "带引号的文字")


def not_a_day(lang: str, text: str) -> str | None:
    """Why ``text``, typed for a date, is not one day, and the exact thing to type, built from ``text``: a month
    without its day ("2026年9月": a day is needed, e.g. 2026-09-30, that month's last), or a day whose order nothing
    tells (``05 06 2026``: 2026-06-05 or 2026-05-06); None when it is neither (the general example then)."""
    import calendar

    month = parse_month(text)
    if month:
        year, m = int(month[:4]), int(month[5:])
        last = f"{month}-{calendar.monthrange(year, m)[1]:02d}"
        return tr(lang, "“{v}” is a month; a date needs its day too: write it as year-month-day, e.g. {d}.",
                  "“{v}”只是月份；日期还需要写上哪一天：请按 年-月-日 填写，例如 {d}。", v=text.strip(), d=last)
    _day, either = read_day(text)
    if len(either) == 2:
        return tr(lang, "“{v}” could be {a} or {b}: write the day as year-month-day ({a} or {b}), as printed.",
                  "“{v}”可能是 {a}，也可能是 {b}：请按 年-月-日 填写材料上的日期（{a} 或 {b}）。",
                  v=text.strip(), a=either[0], b=either[1])
    return None


_PART_KEY = re.compile(r"^(.*?)(?:#(\d+))?$")


def split_part(key: str) -> tuple[str, int | None]:
    """``"payslips/q3.pdf#2"`` -> ``("payslips/q3.pdf", 2)``; ``"a.pdf"`` -> ``("a.pdf", None)``."""
    m = _PART_KEY.match(key)
    assert m is not None
    return m.group(1), int(m.group(2)) if m.group(2) else None


def field_error(fv: FieldValue, lang: str, message: str) -> CaseFileError:
    """A case-file error about the [fields] value ``fv`` found after the documents were read (its type is known
    then): ``message`` (in ``lang``) after packet.toml, the line and the key, as the loader's errors name them."""
    at = tr(lang, "{name}, line {n}", "{name} 第 {n} 行", name=CASE_FILE, n=fv.line) if fv.line else CASE_FILE
    where = f'[fields."{fv.key}"] {fv.field}'
    return CaseFileError(tr(lang, "{at}: {where}: {m}", "{at}：{where}：{m}", at=at, where=where, m=message),
                         tr(lang, "Correct that line of packet.toml, then run packet check again.",
                            "请改正 packet.toml 中的这一行，然后再运行 packet check。"))


MAX_INSTALMENTS = 600  # 50 years of monthly payments: a plan longer than this is a typo, not a plan


def default_checklist(language: str, kind: str) -> str:
    return "en-hardship" if language == "en" else f"{language}-{kind}-collection"


class _Loader(TomlFile):
    """The case file's value checks (tables, text, amounts, dates, paths) on the one strict TOML reader.

    ``currencies`` collects the currencies amounts were written in ("£4,200" -> GBP)."""

    def __init__(self, path: Path, text: str, lang: str) -> None:
        super().__init__(path, text, lang, CaseFileError)
        self.currencies: set[str] = set()
        self.total_text = 0
        self.problems: list[CaseFileError] = []  # errors kept by :meth:`keep`, reported all at once
        self.known_types: tuple[str, ...] | None = None  # the document types a [files] line may give (None: unknown)

    def keep(self, make: Callable[[], T], default: T) -> T:
        """``make()``, or ``default`` with its :class:`CaseFileError` kept in :attr:`problems`: one key's mistake
        does not hide the next key's, so a file with several is fixed in one round."""
        try:
            return make()
        except CaseFileError as exc:
            self.problems.append(exc)
            return default

    def table(self, data: Mapping, name: str, allowed: tuple[str, ...]) -> Mapping:
        """The table ``[name]`` of ``data`` (``{}`` when absent); every key not in ``allowed`` is kept as a
        problem (all of them, not the first). Raises when ``[name]`` is not a table."""
        value = data.get(name, {})
        if not isinstance(value, dict):
            self.fail(name, "", name, "must be a table [{name}]", "应写成表 [{name}]", name=name)
        for key in value:
            if key not in allowed and self.names_a_file(key):
                self.keep(lambda key=key: self.misplaced_file_line(f"[{name}] {key}", name, key, value[key]), None)
            elif key not in allowed:
                self.keep(lambda key=key: self.fail(
                    f"[{name}] {key}", name, key,
                    "unknown key '{key}'. Allowed here: {allowed}. Check the spelling.",
                    "未知的键 '{key}'。这里可以写：{allowed}。请检查拼写。",
                    key=key, allowed=", ".join(allowed),
                ), None)
        return value

    def names_a_file(self, key: str) -> bool:
        """Whether ``key`` (a key of a table other than [files]) is the path of a file in the case folder (``#N``,
        a part of a combined file, allowed): a ``[files]`` line written under another heading, or above every
        heading (a trial, r25: pasted at the end of packet.toml, below [plan])."""
        rel = split_part(key)[0]
        try:
            return bool(rel) and not PurePosixPath(rel).is_absolute() and ".." not in PurePosixPath(rel).parts \
                and (self.path.parent / rel).is_file()
        except (OSError, ValueError):
            return False

    def misplaced_file_line(self, where: str, table: str, key: str, value: object = None):
        """Raise the error for a ``[files]`` or ``[passwords]`` line (``key`` names a file, :meth:`names_a_file`)
        found in ``table`` ("" at the top level): where such lines go, in words, instead of "unknown key, check the
        spelling". A text ``value`` that is no document type (:attr:`known_types`, when the caller gave them) is the
        file's password, as ``check`` asks for it (``"statement.pdf" = "K1234"``: a trial, r27, pasted it below
        [plan] and was sent to [files]); a table or a type is a ``[files]`` line."""
        heading = "files"
        if isinstance(value, str) and self.known_types is not None and value.strip() not in self.known_types:
            heading = "passwords"
        if heading == "passwords":
            self.fail(where, table, key,
                      "'{key}' names a file of this case: a file's password goes under a [passwords] heading. "
                      "Write [passwords] on a line of its own just above this line (once: every password line goes "
                      "under it), or move the line under the [passwords] heading already there.",
                      "“{key}”是本案例文件夹中的文件：文件的密码要写在 [passwords] 标题下面。请在这一行的上面单独写一行 "
                      "[passwords]（只写一次，密码行都放在它下面），或把这一行移到已有的 [passwords] 标题下面。", key=key)
        self.fail(where, table, key,
                  "'{key}' names a file of this case: a line that says what a file is goes under a [files] heading. "
                  "Write [files] on a line of its own just above this line (once: every such line goes under it), "
                  "or move the line under the [files] heading already there.",
                  "“{key}”是本案例文件夹中的文件：说明文件是什么的行，要写在 [files] 标题下面。请在这一行的上面单独写一行 "
                  "[files]（只写一次，这类行都放在它下面），或把这一行移到已有的 [files] 标题下面。", key=key)

    def text_value(self, tbl: Mapping, table: str, key: str, choices: tuple[str, ...] | None = None,
                   index: int | None = None) -> str | None:
        value = tbl.get(key)
        if value is None:
            return None
        where = f"[{table}] {key}"
        if not isinstance(value, str):
            self.fail(where, table, key, "must be text in quotes, e.g. {key} = \"…\"",
                      "应为带引号的文字，例如 {key} = \"…\"", index=index, key=key)
        if _CONTROL.search(value):
            self.fail(where, table, key, "holds a control character; only line breaks and tabs may appear in text",
                      "含有控制字符；文字中只能有换行和制表符", index=index)
        if len(value) > MAX_TEXT:
            self.fail(where, table, key, "is {n} characters long; the limit is {max}. Keep it to what the lender must know.",
                      "长达 {n} 个字符，上限为 {max}。请只写贷款机构需要知道的内容。", index=index, n=len(value), max=MAX_TEXT)
        self.total_text += len(value)
        if self.total_text > MAX_TOTAL_TEXT:
            self.fail(where, table, key, "the text values of packet.toml together pass {max} characters; shorten them",
                      "packet.toml 中文字合计超过 {max} 个字符；请精简", index=index, max=MAX_TOTAL_TEXT)
        value = value.strip()
        if choices and value and value not in choices:  # "" is "not given", as the init template says
            # in Chinese each value with what it means (a trial: `kind = "停催"` was told "stop, reduce" only)
            named = "，".join(f'"{c}"' + (f"（{value_name(key, c, 'zh')}）" if value_name(key, c, "zh") != c else "")
                             for c in choices)
            self.fail(where, table, key, "'{value}' is not allowed; use one of: {choices}",
                      "不支持 '{value}'；请使用以下之一（写引号里的英文）：{named}", index=index, value=value,
                      choices=", ".join(choices), named=named)
        return value or None

    def money(self, tbl: Mapping, table: str, key: str, index: int | None = None) -> Decimal | None:
        """An amount: "800.00", 800, "4,200" or with its currency mark ("£4,200", "4200 元"); "" is not given.

        A currency mark is remembered in ``self.currencies`` (the case's currency when [request] gives none)."""
        value = tbl.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        where = f"[{table}] {key}"
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(where, table, key, "must be an amount such as \"800.00\"", "应为金额，例如 \"800.00\"", index=index)
        try:
            amount, mark = parse_amount(str(value))
        except (ValueError, InvalidOperation):
            amount, mark = Decimal("NaN"), None
        if mark:
            self.currencies.add(mark)
        if not amount.is_finite() or amount <= 0 or amount >= MAX_AMOUNT:
            self.fail(where, table, key, "'{value}' is not a positive amount; write it like \"800.00\"",
                      "'{value}' 不是有效的正数金额；请写成 \"800.00\" 这样的形式", index=index, value=value)
        return amount.quantize(Decimal("0.01"))

    def a_date(self, tbl: Mapping, table: str, key: str, index: int | None = None) -> date | None:
        value = tbl.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(f"[{table}] {key}", table, key, "'{value}' is not a date; write it as 2027-01-15 (year-month-day)",
                  "'{value}' 不是有效日期；请写成 2027-01-15（年-月-日）", index=index, value=value)

    def a_datetime(self, tbl: Mapping, table: str, key: str, index: int | None = None) -> datetime | None:
        value = tbl.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, date):
            return datetime.combine(value, time())
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(f"[{table}] {key}", table, key,
                  "'{value}' is not a date and time; write it as 2026-11-20T10:30:00",
                  "'{value}' 不是有效的日期时间；请写成 2026-11-20T10:30:00", index=index, value=value)

    def case_path(self, root: Path, table: str, key: str, path: str | None = None) -> str:
        """A path in [files]/[passwords]/[fields]: relative, inside the case folder, and existing (``path``: the
        path within ``key`` when the key says more, as ``"a.pdf#2"`` does)."""
        where = f"[{table}] \"{key}\""
        if _CONTROL.search(key) or "\n" in key or "\t" in key or len(key) > 1000:
            self.fail(where.replace(key, repr(key)[1:-1][:80]), table, None,
                      "a file name with a control character (or over 1000 characters) cannot be in the case folder",
                      "文件名中不能有控制字符（也不能超过 1000 个字符）")
        rel = named_file(root, key if path is None else path).replace("\\", "/")
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", rel):
            self.fail(where, table, key, "the path must be inside the case folder, relative to it (e.g. \"statements/may.pdf\")",
                      "路径必须位于案件文件夹之内，并相对于它书写（例如 \"流水/五月.pdf\"）")
        target = (root / pure).resolve()
        try:
            target.relative_to(root.resolve())
        except ValueError:
            self.fail(where, table, key, "the path leads outside the case folder; move the file into it",
                      "该路径指向案件文件夹之外；请把文件移入案件文件夹")
        if not target.is_file():
            self.fail(where, table, key, "no such file in the case folder; check the name (it is case-sensitive)",
                      "案件文件夹中没有这个文件；请检查文件名（区分大小写）")
        return str(pure)


_BYTE = re.compile(r"\\x([0-9A-Fa-f]{2})")


def named_file(root: Path, name: str) -> str:
    """The file of the case folder ``root`` that ``name`` (a packet.toml key) names: ``name`` itself, or, when no file
    is so named and ``name`` writes bytes as ``\\xE9`` (as :func:`packet.core.display.toml_name` prints a name that is
    not UTF-8), the name with those bytes (Python's surrogate form, as the report's paths carry it) when that file
    exists. A Latin-1 name on a shared drive can then be given under [files], [fields] and [passwords] (a trial,
    r25)."""
    if not _BYTE.search(name) or (root / name).exists():
        return name
    parts, at = [], 0
    for m in _BYTE.finditer(name):
        parts.append(name[at:m.start()].encode("utf-8", "surrogateescape"))
        parts.append(bytes([int(m.group(1), 16)]))
        at = m.end()
    parts.append(name[at:].encode("utf-8", "surrogateescape"))
    real = os.fsdecode(b"".join(parts))
    return real if (root / real).exists() else name


def beside(root: Path, suffix: str) -> Path:
    """``<folder name><suffix>`` in the parent of the folder ``root`` leads to, from its resolved path (``.``,
    ``./`` and ``sub/..`` give the folder's real name and parent). Shape: an absolute Path."""
    real = Path(root).resolve()
    return real.parent / f"{real.name}{suffix}"


def load_case(root: Path, known_checklists: tuple[str, ...] | None = None,
              known_types: tuple[str, ...] | None = None,
              known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Read ``root/packet.toml`` if it exists and return the validated :class:`Case`.

    ``known_checklists`` are the built-in checklist names a bare ``checklist`` may give; ``known_types`` the
    document types (the registry's, :func:`packet.rules.registry.doc_types`) a ``[files]`` override may
    give — without it a type is only checked to be a name (lower-case letters, digits and _); ``known_fields`` each
    type's fields and their kinds ({type: {field: kind}}, the registry's) that ``[fields]`` may give — without it a
    field is only checked to be a name and its value to be text. Raises
    :class:`CaseFileError` naming the key and its line for anything invalid or unknown, or when the file
    may not be read (no permission)."""
    root = Path(root)
    path = root / CASE_FILE
    try:
        if not path.is_file():
            language = env_lang()
            return Case(root=root, request=Request(language=language, checklist=default_checklist(language, "stop")))
        refuse_outside_link(root)
        size = path.stat().st_size
        if size > MAX_CASE_BYTES:
            raise CaseFileError(tr(env_lang(), "{name} is {mb:.1f} MB; a case file is a few KB (the limit is {max} MB).",
                                   "{name} 有 {mb:.1f} MB；案件文件通常只有几 KB（上限 {max} MB）。", name=CASE_FILE,
                                   mb=size / 1e6, max=MAX_CASE_BYTES // 1_000_000),
                                tr(env_lang(), "Keep only the case's details in it; documents go in the folder as files.",
                                   "其中只写案件信息；材料请作为文件放在文件夹里。"))
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CASE_BYTES + 1)
    except PermissionError:
        raise unreadable_case_file(path) from None
    return parse_case(root, raw, known_checklists, known_types, known_fields)


def unreadable_case_file(path: Path, exc: OSError | None = None) -> CaseFileError:
    """The error (code ``case-file``, exit 2) for a ``packet.toml`` that exists but cannot be read: no permission
    (``exc`` None or a PermissionError: how to give read access), or another error of the disk (``exc``'s words)."""
    if exc is None or isinstance(exc, PermissionError):
        return CaseFileError(tr(env_lang(), "{name} cannot be opened: your user account has no permission to read it. "
                                            "Give yourself read access (for example chmod u+r {name}).",
                                "无法打开 {name}：当前用户没有读取权限。请给自己开放读取权限（例如 chmod u+r {name}）。",
                                name=path))
    return CaseFileError(tr(env_lang(), "{name} cannot be read: {e}.", "无法读取 {name}：{e}。", name=path,
                            e=exc.strerror or exc),
                         tr(env_lang(), "Check the drive it is on, then run the command again.",
                            "请检查它所在的磁盘（或 U 盘），然后再运行一次。"))


def read_case_text(path: Path) -> str:
    """The text of the case file ``path`` (UTF-8, a byte-order mark dropped) for an edit or a listing; a file that
    exists and cannot be read raises :func:`unreadable_case_file`'s error, never an OSError (a trial, r26: `packet
    log --list` on a packet.toml the user may not read stopped with "internal error")."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise unreadable_case_file(Path(path), exc) from None


_LANGUAGE_LINE = re.compile(rb"^[ \t]*language[ \t]*=[ \t]*[\"'](zh|en)[\"']", re.M)


def messages_lang(root: Path | None = None, raw: bytes | None = None) -> str:
    """The language of packet's messages about the case at ``root`` (or the case file bytes ``raw``): ``--lang``,
    then ``PACKET_LANG``, then the case file's ``[request] language`` (read without parsing the file, so that even
    a file that does not parse is described in its own language), then the locale (interface.md, "Commands")."""
    chosen = explicit_lang()
    if chosen:
        return chosen
    if raw is None and root is not None:
        try:
            with open(Path(root) / CASE_FILE, "rb") as fh:
                raw = fh.read(MAX_CASE_BYTES)
        except OSError:
            raw = None
    m = _LANGUAGE_LINE.search(raw[:MAX_CASE_BYTES]) if raw else None
    return m.group(1).decode() if m else locale_lang()


def parse_case(root: Path, raw: bytes, known_checklists: tuple[str, ...] | None = None,
               known_types: tuple[str, ...] | None = None,
               known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Validate ``raw`` (the bytes of a case file for the folder ``root``) as :func:`load_case` does.

    Used to check an edited case file before it replaces the old one."""
    root = Path(root)
    path = root / CASE_FILE
    # speak the file's own language in messages when we can see it
    lang = messages_lang(raw=raw)
    if len(raw) > MAX_CASE_BYTES:
        raise CaseFileError(tr(lang, "{name} is over {max} MB; a case file is a few KB.",
                               "{name} 超过 {max} MB；案件文件通常只有几 KB。", name=CASE_FILE, max=MAX_CASE_BYTES // 1_000_000),
                            tr(lang, "Keep only the case's details in it; documents go in the folder as files.",
                               "其中只写案件信息；材料请作为文件放在文件夹里。"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(tr(lang, "{name} is not UTF-8 text; save it as UTF-8 in your editor",
                               "{name} 不是 UTF-8 编码的文本；请在编辑器中另存为 UTF-8", name=CASE_FILE)) from None
    second_lender(text, lang)
    try:
        data, _source = load_toml(path, lang, CaseFileError, text=text, max_entries=MAX_ENTRIES)
    except CaseFileError as first:
        found, rest = syntax_problems(path, text, lang, first)
        raise all_problems(found + rest_problems(root, text, rest, known_checklists, known_types, known_fields),
                           lang) from None
    ld = _Loader(path, text, lang)
    ld.known_types = known_types
    top = ("applicant", "lender", "request", "plan", "files", "passwords", "contact", "reply", "sent", "redact",
           "fields")
    for name in ("files", "passwords", "fields"):
        if isinstance(data.get(name), dict) and len(data[name]) > MAX_ENTRIES:
            ld.fail(f"[{name}]", name, None, "more than {max} entries", "超过 {max} 项", max=MAX_ENTRIES)
    problems: list[CaseFileError] = []

    def part(make, default):
        """One section's value, or ``default`` with its error kept: every section is checked, all errors shown."""
        try:
            return make()
        except CaseFileError as exc:
            problems.append(exc)
            return default

    for key in data:
        if key not in top and ld.names_a_file(key):
            part(lambda key=key: ld.misplaced_file_line(key, "", key, data[key]), None)
        elif key not in top:
            part(lambda key=key: ld.fail(key, "", key, "unknown key or section '{key}'. Allowed: {allowed}.",
                                         "未知的键或小节 '{key}'。可以使用：{allowed}。", key=key, allowed=", ".join(top)),
                 None)
    applicant = part(lambda: _applicant(ld, data), Applicant())
    lender = part(lambda: _lender(ld, data), Lender())
    request = part(lambda: _request(ld, data, root, known_checklists), Request())  # the default only if raising
    plan = part(lambda: _plan(ld, data), Plan())
    files, file_options = part(lambda: _files(ld, data, root, known_types), ({}, {}))
    passwords = part(lambda: _passwords(ld, data, root), {})
    contacts = part(lambda: _contacts(ld, data), [])
    replies = part(lambda: _replies(ld, data), [])
    sent = part(lambda: _sent(ld, data), [])
    redactions = part(lambda: _redactions(ld, data, root), ())
    corrections = part(lambda: _fields(ld, data, root, files, known_fields), ())
    problems += ld.problems
    if problems:
        raise all_problems(problems, lang)
    if request.currency is None and len(ld.currencies) == 1:
        request = replace(request, currency=next(iter(ld.currencies)))
    return Case(root=root, applicant=applicant, lender=lender, request=request, plan=plan, files=files,
                file_options=file_options, passwords=passwords, contacts=tuple(contacts),
                replies=tuple(sorted(replies, key=lambda x: x.at)), sent=tuple(sorted(sent, key=lambda x: x.at)),
                redactions=redactions, has_case_file=True, fields=corrections)


MAX_SHOWN_PROBLEMS = 10  # errors listed at once; a file with more is usually not a case file at all
_PARSER_LINE = re.compile(r"\(at line (\d+), column \d+\)")


_KEY_OF_LINE = re.compile(r'^\s*("[^"]*"|[A-Za-z0-9_-]+)\s*=')


def rest_problems(root: Path, text: str, aside: tuple[int, ...] | None, known_checklists: tuple[str, ...] | None,
                  known_types: tuple[str, ...] | None, known_fields: Mapping[str, Mapping[str, str]] | None
                  ) -> list[CaseFileError]:
    """The value mistakes of a case file whose syntax mistakes were set aside (``aside``: their 1-based lines, which
    :func:`syntax_problems` found the file parses without; None: it does not, and nothing more is said), listed with
    the syntax ones so that one round of fixes is enough. Each line set aside keeps its key with a value no key takes
    (an empty inline table): the loader then counts the key as present but unreadable, and skips the checks across
    keys that would compare it (``monthly_payment also needs first_payment`` when first_payment is only misspelt
    would not be the user's mistake), as it does for any value that does not read. The file so mended is loaded as
    :func:`parse_case` does; its mistakes on the lines set aside (already listed) and those without a line are left
    out."""
    if not aside:
        return []
    lines = text.split("\n")
    for n in aside:
        m = _KEY_OF_LINE.match(lines[n - 1])
        lines[n - 1] = f"{m.group(1)} = {{}}" if m else ""
    mended = "\n".join(lines)
    try:
        tomllib.loads(mended)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return []
    try:
        parse_case(root, mended.encode("utf-8"), known_checklists, known_types, known_fields)
    except CaseFileError as later:
        listed = getattr(later, "problems", None) or ((problem_line(later), later.message),)
        return [CaseFileError(message) for line, message in listed if line and line not in aside]
    return []


_LENDER_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*lender[ \t]*\]\]?[ \t]*(?:#.*)?$", re.M)


def second_lender(text: str, lang: str) -> None:
    """Raise :class:`CaseFileError` when ``text`` (packet.toml) names a second lender: a second ``[lender]`` header, or
    ``[[lender]]``. A case is one request to one lender (one letter, one log, one reply deadline: interface.md); a
    person asking two lenders at once (a trial, r22: a rider asking two online lenders for 停催) was told by the TOML
    parser to "put all its keys under one [lender] header", which would mix the two lenders' names and contract
    numbers in one letter. The message says to make one case folder per lender."""
    heads = list(_LENDER_HEADER.finditer(text))  # [lender] twice, or [[lender]] twice: the second names the line
    if len(heads) < 2:
        return
    line = text.count("\n", 0, heads[1].start()) + 1
    error = CaseFileError(
        tr(lang, "{name}, line {line}: a second lender. A case is one request to one lender: one letter, one log and "
                 "one reply deadline.", "{name} 第 {line} 行：第二家贷款机构。一个案件只对应一家贷款机构：一份申请书、"
                 "一份沟通记录、一个答复期限。", name=CASE_FILE, line=line),
        tr(lang, "Keep one [lender] here; for the other lender make a second case folder (packet init with another "
                 "folder name, e.g. one folder per lender) and copy your documents into it. packet batch over the "
                 "folder that holds both shows both cases and their reply deadlines.",
           "这里只保留一个 [lender]；另一家贷款机构请另建一个案件文件夹（用另一个文件夹名运行 packet init，例如每家"
           "贷款机构一个文件夹），并把材料复制进去。对装有这两个文件夹的上级文件夹运行 packet batch，可以同时查看两个"
           "案件及其答复期限。"))
    error.problems = ((line, error.message),)  # as every case-file error: for --json's "problems"
    raise error


def syntax_problems(path: Path, text: str, lang: str, first: CaseFileError
                    ) -> tuple[list[CaseFileError], tuple[int, ...] | None]:
    """``first`` (the parser's first refusal of ``text``) with the further syntax mistakes a person would
    otherwise meet one run at a time: the line at fault is set aside (left empty) and the text parsed again,
    up to :data:`MAX_SHOWN_PROBLEMS` times. Collecting stops at what would make the rest misleading: a mistake
    reported at the end of the file (an unclosed string or bracket runs on), on a ``[section]`` line (setting it
    aside would move its keys into the section above), or not after the previous one. The values are checked
    once the file reads (their mistakes are then listed all at once too).

    Returns (the syntax mistakes, the lines set aside when the file parses without them, else None): with those,
    :func:`rest_problems` lists the value mistakes of the rest in the same round."""
    try:  # what the prescan refuses would stall the parser: that mistake alone is shown
        prescan(path, text, lang, CaseFileError, MAX_ENTRIES)
    except CaseFileError:
        return [first], None
    lines = text.split("\n")
    found = [first]
    previous = 0
    aside: list[int] = []
    for _ in range(MAX_SHOWN_PROBLEMS + 1):
        try:
            tomllib.loads("\n".join(lines))
            return found, tuple(aside)
        except tomllib.TOMLDecodeError as exc:
            m = _PARSER_LINE.search(str(exc))
            if not m:
                break
            line = int(m.group(1))
            if line <= previous or line > len(lines):
                break
            if previous:  # the first one is `first` itself, worded by the one strict reader
                found.append(CaseFileError(syntax_message(path, "\n".join(lines), exc, lang)))
            if lines[line - 1].lstrip().startswith("["):
                break
            lines[line - 1] = ""
            aside.append(line)
            previous = line
        except (RecursionError, MemoryError, ValueError):
            break
    return found, None


def problem_line(exc: CaseFileError) -> int | None:
    """The packet.toml line a case-file error names ("line 12" / "第 12 行"), or None."""
    m = re.search(r"(?:line|第) (\d+)", exc.message)
    return int(m.group(1)) if m else None


def all_problems(problems: list[CaseFileError], lang: str) -> CaseFileError:
    """One CaseFileError listing ``problems`` (each with its file, line and key), at most
    :data:`MAX_SHOWN_PROBLEMS` and how many more, in file order; the only one as it is when there is one.

    The error carries ``problems``: every one of them (not only those shown) as ``(line or None, message)``
    pairs in file order, for ``--json`` (the CLI prints them as ``"problems": [{"line", "message"}]``)."""
    ordered = sorted(problems, key=lambda p: problem_line(p) or 0)
    listed = tuple((problem_line(p), p.message) for p in ordered)
    if len(problems) == 1:
        problems[0].problems = listed  # type: ignore[attr-defined]
        return problems[0]
    shown = ordered[:MAX_SHOWN_PROBLEMS]
    lines = [tr(lang, "{n} problems in {f}:", "{f} 中有 {n} 处问题：", n=len(problems), f=CASE_FILE)]
    lines += [f"  - {p.message}" for p in shown]
    if len(ordered) > len(shown):
        lines.append(tr(lang, "  … and {n} more (fix these first)", "  ……另有 {n} 处（请先修改以上几处）",
                        n=len(ordered) - len(shown)))
    combined = CaseFileError("\n".join(lines), tr(lang, "Fix each line named above in packet.toml, then run the command "
                                                        "again.", "请在 packet.toml 中逐一修改以上各行，然后再运行一次。"))
    combined.problems = listed  # type: ignore[attr-defined]
    return combined


def _applicant(ld: _Loader, data: Mapping) -> Applicant:
    keys = ("name", "id_number", "phone", "email", "address")
    a = ld.table(data, "applicant", keys)
    applicant = Applicant(**{k: ld.keep(lambda k=k: ld.text_value(a, "applicant", k), None) for k in keys})
    ld.keep(lambda: _check_email(ld, "applicant", "email", applicant.email), None)
    return applicant


def _lender(ld: _Loader, data: Mapping) -> Lender:
    keys = ("name", "email", "address", "contract_number", "complaints")
    lt = ld.table(data, "lender", keys)
    lender = Lender(**{k: ld.keep(lambda k=k: ld.text_value(lt, "lender", k), None) for k in keys})
    ld.keep(lambda: _check_email(ld, "lender", "email", lender.email), None)
    if lender.complaints and "@" in lender.complaints and "\n" not in lender.complaints.strip():
        ld.keep(lambda: _check_email(ld, "lender", "complaints", lender.complaints), None)
    return lender


def refuse_outside_link(root: Path) -> None:
    """Raise :class:`CaseFileError` when ``root/packet.toml`` is a link to a file outside the case folder ``root``:
    packet reads nothing from outside the case folder (interface.md), and editing through such a link would
    also replace it with a copy. Anything else (no file, a plain file, a link inside the folder) passes."""
    path = Path(root) / CASE_FILE
    if not path.is_symlink():
        return
    try:
        path.resolve().relative_to(Path(root).resolve())
    except ValueError:
        raise CaseFileError(tr(env_lang(), "{name} is a link to a file outside the case folder ({target}); "
                                           "packet does not read it.",
                               "{name} 是指向案件文件夹之外文件（{target}）的链接；packet 不会读取它。",
                               name=CASE_FILE, target=path.resolve()),
                            tr(env_lang(), "Copy the file into the case folder instead of linking to it.",
                               "请把该文件复制到案件文件夹中，而不是链接。")) from None


# one address a person can be written to: as _EMAIL, and a domain of two or more dot-separated labels
_MAIL_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@.]+(?:\.[^\s<>()\[\],;:\"@.]+)+")


def is_email(value: str) -> bool:
    """True when ``value`` is one email address a person can be written to: no spaces, commas or header syntax
    (what packet.toml accepts, :data:`_EMAIL`), and a dot in its domain, between two non-empty labels ("wxl@qq",
    a trial's typo for wxl@qq.com, is refused). RFC 5321 allows a dotless domain (an address at a top-level domain
    or a local host name), but no mail provider a person uses has one; so the forms that ask for an address (the
    page's, ``packet init``'s) ask again. packet.toml itself still loads such an address (:func:`_check_email`
    guards the email headers only): a case written before is not broken by it."""
    return bool(_MAIL_ADDRESS.fullmatch(value))


# a phone number as a person writes it: digits and the separators people put between them (spaces, + - . ( ) /),
# then maybe an extension ("ext 12", "x12", "转12", "分机12"); 5 to 15 digits before it (ITU-T E.164: at most 15
# digits with the country code; a bank's short service number such as 95588 has 5)
_PHONE = re.compile(r"\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x|转|分机)\s*\d{1,6})?", re.IGNORECASE)


def is_phone(value: str) -> bool:
    """True when ``value`` reads as one phone number: digits with spaces, ``+ - . ( ) /`` between them, 5 to 15
    digits (ITU-T E.164 allows 15 with the country code), and maybe an extension ("ext 12", "x12", "转12",
    "分机12"). Letters ("abc", a name typed in the wrong box: a trial's page accepted "abc") are refused. Asked by the
    forms (the page's, ``packet init``'s), not by packet.toml's loader: a case written before is not broken by it."""
    if not _PHONE.fullmatch(value.strip()):
        return False
    main = re.split(r"(?i)ext|x|转|分机", value, maxsplit=1)[0]
    return 5 <= sum(c.isdigit() for c in main) <= 15


def _check_email(ld: _Loader, table: str, key: str, value: str | None) -> None:
    """Addresses go into email headers: checked here, before anything is written (no header injection)."""
    if value is not None and not _EMAIL.fullmatch(value):
        ld.fail(f"[{table}] {key}", table, key,
                "'{value}' is not one email address; write it like \"name@example.com\" (no spaces or line breaks)",
                "'{value}' 不是一个电子邮件地址；请写成 \"name@example.com\"（不要有空格或换行）",
                value=value.replace("\n", " ").replace("\t", " ")[:200])


def _request(ld: _Loader, data: Mapping, root: Path, known_checklists: tuple[str, ...] | None) -> Request:
    r = ld.table(data, "request", ("kind", "language", "checklist", "hardship", "statement", "currency", "country",
                                   "ocr_engine"))
    def text(key: str, choices: tuple[str, ...] | None = None) -> str | None:
        return ld.keep(lambda: ld.text_value(r, "request", key, choices), None)

    kind = text("kind", KINDS) or "stop"
    language = text("language", LANGUAGES) or env_lang()
    checklist = text("checklist") or default_checklist(language, kind)
    ld.keep(lambda: _check_checklist(ld, r, root, checklist, known_checklists), None)
    currency = text("currency")
    if currency is not None and not ISO_CODE.match(currency.upper()):
        ld.keep(lambda: ld.fail("[request] currency", "request", "currency",
                                "'{value}' is not a currency code; write the ISO 4217 code, e.g. \"GBP\", \"CNY\", \"USD\"",
                                "'{value}' 不是货币代码；请写 ISO 4217 代码，例如 \"CNY\"、\"GBP\"、\"USD\"", value=currency),
                None)
        currency = None
    country = text("country")
    if country is not None and not (re.fullmatch(r"[A-Za-z]{2}", country) and iso_country(country)):
        ld.keep(lambda: ld.fail("[request] country", "request", "country",
                                "'{value}' is not a country code; write the two-letter code, e.g. \"CN\", \"GB\", \"US\"",
                                "'{value}' 不是国家代码；请写两个字母的代码，例如 \"CN\"、\"GB\"、\"US\"", value=country), None)
        country = None
    return Request(kind=kind, language=language, checklist=checklist, hardship=text("hardship", HARDSHIPS),
                   statement=text("statement"), currency=currency.upper() if currency else None,
                   country=country.upper() if country else None, ocr_engine=text("ocr_engine", OCR_ENGINES) or "auto")


def _check_checklist(ld: _Loader, r: Mapping, root: Path, checklist: str,
                     known_checklists: tuple[str, ...] | None) -> None:
    """``[request] checklist``: a built-in name, or a .toml file inside the case folder."""
    if (known_checklists is not None and "checklist" in r and checklist not in known_checklists
            and not checklist.endswith(".toml")):
        ld.fail("[request] checklist", "request", "checklist",
                "unknown checklist '{value}'. Built-in checklists: {names} (see `packet checklists`).",
                "未知的清单 '{value}'。内置清单：{names}（运行 `packet checklists` 查看）。",
                value=checklist, names=", ".join(known_checklists))
    if checklist.endswith(".toml"):
        pure = PurePosixPath(checklist.replace("\\", "/"))
        target = (root / pure).resolve()
        try:
            inside = not pure.is_absolute() and not re.match(r"^[A-Za-z]:", checklist) and bool(
                target.relative_to(root.resolve()))
        except ValueError:
            inside = False
        if not inside:
            ld.fail("[request] checklist", "request", "checklist",
                    "'{value}' is outside the case folder; a checklist named here must be inside it (a shared "
                    "checklist is given with --checklist)",
                    "'{value}' 位于案件文件夹之外；这里只能写案件文件夹内的清单（共用的清单请用 --checklist 指定）",
                    value=checklist)


def _plan(ld: _Loader, data: Mapping) -> Plan:
    """``[plan]``: every instalment and every amount checked (each mistake kept, :meth:`_Loader.keep`); the checks
    across keys (either a monthly payment or instalments; a monthly payment's other keys) only when the keys
    they compare read."""
    p = ld.table(data, "plan", ("outstanding", "monthly_payment", "first_payment", "installment"))
    raw_inst = p.get("installment", [])
    if not isinstance(raw_inst, list):
        ld.fail("[[plan.installment]]", "plan", "installment", "write each instalment as a [[plan.installment]] table",
                "每一期请写成一个 [[plan.installment]] 表")
    errors_before = len(ld.problems)
    installments = [x for i, item in enumerate(raw_inst) if (x := ld.keep(lambda i=i, item=item: _instalment(ld, i, item),
                                                                         None)) is not None]
    outstanding = ld.keep(lambda: ld.money(p, "plan", "outstanding"), None)
    monthly = ld.keep(lambda: ld.money(p, "plan", "monthly_payment"), None)
    first = ld.keep(lambda: ld.a_date(p, "plan", "first_payment"), None)
    plan = Plan(outstanding=outstanding, monthly_payment=monthly, first_payment=first, installments=tuple(installments))
    if len(ld.problems) > errors_before:  # the checks across keys would only repeat (or guess at) these
        return plan
    dates = [x.date for x in installments]
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        ld.fail("[[plan.installment]]", "plan.installment", None,
                "instalment dates must be in order, each date once", "各期日期必须按先后顺序排列，且不能重复", index=0)
    if plan.installments and plan.monthly_payment is not None:
        ld.fail("[plan]", "plan", "monthly_payment",
                "give either monthly_payment (with first_payment) or a list of [[plan.installment]], not both",
                "请只写其中一种：monthly_payment（配合 first_payment），或者逐期的 [[plan.installment]]")
    if plan.monthly_payment is not None and (plan.first_payment is None or plan.outstanding is None):
        if plan.outstanding is None and plan.first_payment is None:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "a monthly payment also needs outstanding (what you owe) and first_payment (the first date)",
                    "按月还款还需要填写 outstanding（欠款总额）和 first_payment（首次还款日期）")
        elif plan.outstanding is None:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "a monthly payment also needs outstanding (what you owe)", "按月还款还需要填写 outstanding（欠款总额）")
        else:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "a monthly payment also needs first_payment (the first date)",
                    "按月还款还需要填写 first_payment（首次还款日期）")
    if plan.monthly_payment is not None and plan.outstanding is not None:
        months = -(-plan.outstanding // plan.monthly_payment)
        if months > MAX_INSTALMENTS:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "at {pay} a month, {owed} takes {n} months (more than {max}); check both amounts",
                    "每月 {pay}，{owed} 需要 {n} 个月（超过 {max} 个月）；请检查这两个金额",
                    pay=plan.monthly_payment, owed=plan.outstanding, n=months, max=MAX_INSTALMENTS)
    return plan


def _instalment(ld: _Loader, i: int, item: object) -> Installment | None:
    """The ``i``-th ``[[plan.installment]]`` (0-based): a date and a positive amount, no other key; None when
    its date or amount is wrong (that mistake kept in ``ld.problems``)."""
    if not isinstance(item, dict):
        ld.fail(f"[[plan.installment]] #{i + 1}", "plan", "installment",
                "write each instalment as a [[plan.installment]] table with date and amount",
                "每一期请写成一个带 date 和 amount 的 [[plan.installment]] 表")
    for key in item:
        if key not in ("date", "amount"):
            ld.keep(lambda key=key: ld.fail(f"[[plan.installment]] #{i + 1} {key}", "plan.installment", key,
                                            "unknown key '{key}'; an instalment has only date and amount",
                                            "未知的键 '{key}'；每期只有 date 和 amount", index=i, key=key), None)
    d = ld.keep(lambda: ld.a_date(item, "plan.installment", "date", i), False)
    amt = ld.keep(lambda: ld.money(item, "plan.installment", "amount", i), False)
    if d is None or amt is None:
        ld.fail(f"[[plan.installment]] #{i + 1}", "plan.installment", None,
                "each instalment needs both date and amount", "每一期都需要 date 和 amount", index=i)
    if d is False or amt is False:  # its date or amount is wrong: that mistake is kept already
        return None
    return Installment(date=d, amount=amt)


def _files(ld: _Loader, data: Mapping, root: Path,
           known_types: tuple[str, ...] | None) -> tuple[dict[str, str], dict[str, FileOption]]:
    """``[files]``: each entry a file of the case with a document type, or a table of type, include and title;
    every entry checked (each mistake kept)."""
    files: dict[str, str] = {}
    file_options: dict[str, FileOption] = {}
    ft = ld.table(data, "files", tuple(data.get("files", {}) if isinstance(data.get("files"), dict) else ()))

    def one(key: str, value: object) -> None:
        _refuse_unquoted(ld, root, "files", key, value)
        rel = ld.case_path(root, "files", key)
        where = f"[files] \"{key}\""
        if isinstance(value, dict):
            for k in value:
                if k not in ("type", "include", "title", "join"):
                    ld.fail(where, "files", key, "unknown key '{k}'; a file's table has type, include, title and join",
                            "未知的键 '{k}'；文件的表只能有 type、include、title、join", k=k)
            for k in ("include", "join"):
                if k in value and not isinstance(value[k], bool):
                    ld.fail(where, "files", key, "{k} must be true or false (no quotes)", "{k} 应为 true 或 false（不加引号）",
                            k=k)
            opt = FileOption(type=value.get("type"), include=value.get("include"),
                             title=ld.text_value(value, "files", "title"),
                             join=value["join"] if isinstance(value.get("join"), bool) else None)
            file_options[rel] = opt
            value = opt.type
            if value is None:
                return
        if not isinstance(value, str) or (value not in known_types if known_types is not None
                                          else not re.fullmatch(r"[a-z][a-z0-9_]*", value)):
            pdf = isinstance(value, str) and key.lower().endswith(".pdf")  # a PDF's password written here
            ld.fail(where, "files", key, "'{value}' is not a document type; use one of: {types}"
                    + (". If it is the file's password, it goes under a [passwords] heading instead." if pdf else ""),
                    "'{value}' 不是文件类型；请使用以下之一：{types}"
                    + ("。如果这是文件的密码，请写在 [passwords] 标题下面。" if pdf else ""), value=value,
                    types=", ".join(known_types or ()) or "(see `packet checklists`)")
        files[rel] = value

    for key, value in ft.items():
        ld.keep(lambda key=key, value=value: one(key, value), None)
    return files, file_options


def _unquoted_file_name(root: Path, key: str, value: object) -> str | None:
    """The file name a bare key with a dot was meant to be: TOML reads ``statement.pdf = "x"`` as the table
    ``statement`` holding ``pdf = "x"``, so the file is never found. Follows one-key tables from ``key``
    (``a.b.pdf`` nests twice) and returns the joined name when a file of that name is in the case folder
    ``root``, else None."""
    name = key
    while isinstance(value, dict) and len(value) == 1:
        (part, value), = value.items()
        name = f"{name}.{part}"
        try:
            if (root / name).is_file():
                return name
        except OSError:  # a name too long for the file system
            return None
    return None


def _refuse_unquoted(ld: _Loader, root: Path, table: str, key: str, value: object) -> None:
    """Fail, saying to put the name in quotes, when ``key`` = ``value`` of ``[table]`` is a file name with a dot
    written bare (:func:`_unquoted_file_name`)."""
    name = _unquoted_file_name(root, key, value)
    if name is not None:
        ld.fail(f"[{table}] {name}", table, key,
                "a file name with a dot must be written in quotes: \"{name}\" = … (without them the dot splits it)",
                "带点的文件名要写在引号里：\"{name}\" = …（不加引号，点会把文件名拆开）", name=name)


def _passwords(ld: _Loader, data: Mapping, root: Path) -> dict[str, str]:
    """``[passwords]``: each key a file of the case, each value text (every entry checked, each mistake kept)."""
    passwords: dict[str, str] = {}
    pt = ld.table(data, "passwords", tuple(data.get("passwords", {}) if isinstance(data.get("passwords"), dict) else ()))

    def one(key: str, value: object) -> None:
        _refuse_unquoted(ld, root, "passwords", key, value)
        rel = ld.case_path(root, "passwords", key)
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            ld.fail(f"[passwords] \"{key}\"", "passwords", key, "the password must be text in quotes",
                    "密码需要写在引号里")
        passwords[rel] = str(value)

    for key, value in pt.items():
        ld.keep(lambda key=key, value=value: one(key, value), None)
    return passwords


def _contacts(ld: _Loader, data: Mapping) -> list[Contact]:
    """Every ``[[contact]]`` entry (each checked on its own: a mistake in one does not hide the next one's)."""
    raw_contacts = data.get("contact", [])
    if not isinstance(raw_contacts, list):
        ld.fail("[[contact]]", "", "contact", "write each contact as a [[contact]] table", "每条联系记录请写成一个 [[contact]] 表")

    def one(i: int, item: object) -> Contact | None:
        """The ``i``-th entry; each of its mistakes kept (and then None)."""
        if not isinstance(item, dict):
            ld.fail(f"[[contact]] #{i + 1}", "", "contact", "write each contact as a [[contact]] table",
                    "每条联系记录请写成一个 [[contact]] 表")
        errors_before = len(ld.problems)
        for key in item:
            if key not in CONTACT_KEYS:
                ld.keep(lambda key=key: ld.fail(f"[[contact]] #{i + 1} {key}", "contact", key,
                                                "unknown key '{key}'; a contact has {keys}",
                                                "未知的键 '{key}'；联系记录包含 {keys}",
                                                index=i, key=key, keys=", ".join(CONTACT_KEYS)), None)
        at = ld.keep(lambda: ld.a_datetime(item, "contact", "at", i), False)
        if at is None:
            ld.keep(lambda: ld.fail(f"[[contact]] #{i + 1}", "contact", None, "each contact needs 'at' (when it happened)",
                                    "每条联系记录都需要 at（发生时间）", index=i), None)
        texts = {k: ld.keep(lambda k=k: ld.text_value(item, "contact", k, CHANNELS if k == "channel" else None, i), None)
                 for k in ("channel", "with", "summary", "said", "promised", "next_step")}
        if len(ld.problems) > errors_before:
            return None
        return Contact(at=at, channel=texts["channel"] or "phone", with_=texts["with"], summary=texts["summary"],
                       said=texts["said"], promised=texts["promised"], next_step=texts["next_step"],
                       assumed=item.get("assumed") is True or not texts["channel"])

    contacts = [c for i, item in enumerate(raw_contacts)
                if (c := ld.keep(lambda i=i, item=item: one(i, item), None)) is not None]
    contacts.sort(key=lambda c: c.at)
    return contacts


def _replies(ld: _Loader, data: Mapping) -> list[Reply]:
    """Every ``[[reply]]`` entry, each checked on its own."""
    def one(i: int, item: Mapping, at: datetime) -> Reply:
        return Reply(at=at, kind=ld.text_value(item, "reply", "kind", REPLY_KINDS, i) or "other",
                     summary=ld.text_value(item, "reply", "summary", None, i))

    return [r for i, item, at in _entries(ld, data, "reply", ("at", "kind", "summary"), ("at", "kind"))
            if (r := ld.keep(lambda i=i, item=item, at=at: one(i, item, at), None)) is not None]


def _sent(ld: _Loader, data: Mapping) -> list[Sent]:
    """Every ``[[sent]]`` entry, each checked on its own."""
    def one(i: int, item: Mapping, at: datetime) -> Sent:
        return Sent(at=at, via=ld.text_value(item, "sent", "via", SENT_VIA, i) or "email",
                    file=ld.text_value(item, "sent", "file", None, i), sha256=ld.text_value(item, "sent", "sha256", None, i),
                    tracking=ld.text_value(item, "sent", "tracking", None, i),
                    kind=ld.text_value(item, "sent", "kind", SENT_KINDS, i) or "request",
                    delivered=ld.a_datetime(item, "sent", "delivered", i), assumed=item.get("assumed") is True)

    return [x for i, item, at in _entries(ld, data, "sent", ("at", "via", "file", "sha256", "tracking", "kind",
                                                             "delivered", "assumed"),
                                          ("at", "via"))
            if (x := ld.keep(lambda i=i, item=item, at=at: one(i, item, at), None)) is not None]


def _fields(ld: _Loader, data: Mapping, root: Path, files: Mapping[str, str],
            known_fields: Mapping[str, Mapping[str, str]] | None) -> tuple[FieldValue, ...]:
    """The ``[fields."<path>"]`` tables: each path inside the case and existing, ``#N`` a number from 1, each field
    a field of the file's [files] type (else of some type: the document's own type is checked once it is read,
    :func:`packet.understanding.corrections.apply`), each value parsing for the field's kind."""
    raw = data.get("fields", {})
    if not isinstance(raw, dict):
        ld.fail("fields", "", "fields", "write it as tables: [fields.\"payslips/2026-10.pdf\"] then net_pay = \"8968.40\"",
                "请写成表：[fields.\"工资/2026-10.pdf\"]，下一行写 net_pay = \"8968.40\"")
    kinds_of: dict[str, dict[str, str]] = {}  # field -> {type: kind}
    for t, fs in (known_fields or {}).items():
        for f, kind in fs.items():
            kinds_of.setdefault(f, {})[t] = kind
    out = []

    def one_table(key: str, table: object) -> None:
        where = f'[fields."{key}"]'
        path, part = split_part(key)
        if part is not None and part < 1:
            ld.fail(where, "fields", key, "documents in a file are numbered from 1: write \"{p}#1\" or \"{p}#2\"",
                    "文件中的材料从 1 开始编号：请写 \"{p}#1\" 或 \"{p}#2\"", p=path)
        rel = ld.case_path(root, "fields", key, path)
        if not isinstance(table, dict):
            ld.fail(where, "fields", key, "write the values as a table: [fields.\"{k}\"] then one field = \"value\" "
                    "a line", "请写成表：[fields.\"{k}\"]，下面每行一个 字段 = \"值\"", k=key)
        typed = files.get(rel)  # all the documents of a file have its type
        for name, value in table.items():
            ld.keep(lambda name=name, value=value: one_field(key, rel, part, typed, name, value), None)

    def one_field(key: str, rel: str, part: int | None, typed: str | None, name: str, value: object) -> None:
        fwhere = f'[fields."{key}"] {name}'
        if known_fields is not None:
            allowed = tuple(known_fields.get(typed, {})) if typed else tuple(sorted(kinds_of))
            if name not in allowed:
                if typed:
                    ld.fail(fwhere, f"fields.{key}", name,
                            "'{f}' is not a field of a {t} ([files] says it is one). Its fields: {names}",
                            "'{f}' 不是 {t} 的字段（[files] 中设定了它的类型）。可以写：{names}",
                            f=name, t=typed, names=", ".join(allowed))
                ld.fail(fwhere, f"fields.{key}", name, "'{f}' is not a field name. Field names: {names}",
                        "'{f}' 不是字段名。可以写：{names}", f=name, names=", ".join(allowed))
            kinds = [known_fields[typed][name]] if typed else list(dict.fromkeys(kinds_of[name].values()))
        else:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", str(name)):
                ld.fail(fwhere, f"fields.{key}", name, "'{f}' is not a field name", "'{f}' 不是字段名", f=name)
            kinds = ["any"]  # without the registry: any plain value, checked once the types are known
        normal = next((v for k in kinds if (v := normalise_field(k, value)) is not None), None)
        if normal is None:
            day_kind = next((k for k in kinds if k in ("date", "start", "end")), None)
            if day_kind and isinstance(value, str):
                said = not_a_day(ld.lang, value)
                if said:
                    ld.fail(fwhere, f"fields.{key}", name, "{m}", "{m}", m=said)
            ld.fail(fwhere, f"fields.{key}", name, "'{v}' is not {what}", "'{v}' 不是有效的{what}", v=value,
                    what=kind_example(ld.lang, kinds[0]))
        out.append(FieldValue(rel=rel, part=part, field=name, value=normal, raw=str(value), key=key,
                              line=ld.line_of(f"fields.{key}", name)))

    for key, table in raw.items():
        ld.keep(lambda key=key, table=table: one_table(key, table), None)
    return tuple(out)


CONTACT_KEYS = ("at", "channel", "with", "summary", "said", "promised", "next_step", "assumed")


def _entries(ld: _Loader, data: Mapping, table: str, allowed: tuple[str, ...], required: tuple[str, ...]):
    """Each ``[[table]]`` entry as (index, raw table, its ``at``), with unknown and missing keys reported; an entry
    with a mistake is left out, its mistake kept (:meth:`_Loader.keep`), and the next entry still checked."""
    raw = data.get(table, [])
    if not isinstance(raw, list):
        ld.fail(f"[[{table}]]", "", table, "write each entry as a [[{t}]] table", "每一条请写成一个 [[{t}]] 表", t=table)

    def one(i: int, item: object):
        if not isinstance(item, dict):
            ld.fail(f"[[{table}]] #{i + 1}", "", table, "write each entry as a [[{t}]] table", "每一条请写成一个 [[{t}]] 表",
                    t=table)
        for key in item:
            if key not in allowed:
                ld.fail(f"[[{table}]] #{i + 1} {key}", table, key, "unknown key '{key}'; allowed here: {keys}",
                        "未知的键 '{key}'；这里可以写：{keys}", index=i, key=key, keys=", ".join(allowed))
        for key in required:
            if item.get(key) in (None, ""):
                ld.fail(f"[[{table}]] #{i + 1}", table, None, "'{key}' is required", "需要填写 '{key}'", index=i, key=key)
        return (i, item, ld.a_datetime(item, table, "at", i))

    return [x for i, item in enumerate(raw) if (x := ld.keep(lambda i=i, item=item: one(i, item), None)) is not None]


REDACT_KEYS = ("file", "text", "transactions", "page", "box")
MAX_PATTERN = 500  # characters of a transactions pattern


def _redactions(ld: _Loader, data: Mapping, root: Path) -> tuple[Redaction, ...]:
    """Every ``[[redact]]`` entry, checked: a file of the case, and exactly one of text, transactions, or page
    with box (four numbers, x0 < x1 and y0 < y1, not negative)."""
    raw = data.get("redact", [])
    if not isinstance(raw, list):
        ld.fail("[[redact]]", "", "redact", "write each redaction as a [[redact]] table", "每一项遮盖请写成一个 [[redact]] 表")

    def one(i: int, item: object) -> Redaction:
        where = f"[[redact]] #{i + 1}"
        if not isinstance(item, dict):
            ld.fail(where, "", "redact", "write each redaction as a [[redact]] table", "每一项遮盖请写成一个 [[redact]] 表")
        for key in item:
            if key not in REDACT_KEYS:
                ld.fail(f"{where} {key}", "redact", key, "unknown key '{key}'; allowed here: {keys}",
                        "未知的键 '{key}'；这里可以写：{keys}", index=i, key=key, keys=", ".join(REDACT_KEYS))
        name = item.get("file")
        if not isinstance(name, str) or not name.strip():
            ld.fail(where, "redact", "file", "needs file = \"…\" (the document's path in the case folder)",
                    "需要 file = \"……\"（材料在案件文件夹中的路径）", index=i)
        rel = ld.case_path(root, "redact", name)
        text = ld.text_value(item, "redact", "text", None, i)
        pattern = ld.text_value(item, "redact", "transactions", None, i)
        page, box = item.get("page"), item.get("box")
        ways = sum(x is not None for x in (text, pattern, page if page is not None or box is not None else None))
        if ways != 1:
            ld.fail(where, "redact", None, "give exactly one of: text, transactions, or page with box",
                    "请只写其中一种：text、transactions，或 page 加 box", index=i)
        if pattern is not None:
            if len(pattern) > MAX_PATTERN:
                ld.fail(f"{where} transactions", "redact", "transactions", "the pattern is longer than {n} characters",
                        "匹配式超过 {n} 个字符", index=i, n=MAX_PATTERN)
            try:
                re.compile(pattern)
            except re.error as exc:
                ld.fail(f"{where} transactions", "redact", "transactions",
                        "not a valid pattern ({e}); write words separated by |, e.g. \"PHARMACY|药房\"",
                        "不是有效的匹配式（{e}）；请用 | 分隔关键词，例如 \"PHARMACY|药房\"", index=i, e=exc)
        coords = None
        if page is not None or box is not None:
            if isinstance(page, bool) or not isinstance(page, int) or page < 1 or page > 100_000:
                ld.fail(f"{where} page", "redact", "page", "page must be a page number (1, 2, …)", "page 应为页码（1、2……）",
                        index=i)
            ok = (isinstance(box, list) and len(box) == 4
                  and all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v < 1e6 for v in box))
            if ok:
                coords = tuple(float(v) for v in box)
                ok = coords[0] < coords[2] and coords[1] < coords[3]
            if not ok:
                ld.fail(f"{where} box", "redact", "box",
                        "box must be [x0, y0, x1, y1]: four numbers with x0 < x1 and y0 < y1 (PDF points from the "
                        "bottom-left; pixels from the top-left for an image)",
                        "box 应为 [x0, y0, x1, y1]：四个数字，x0 < x1，y0 < y1（PDF 以点为单位、从左下角起算；图片以像素为"
                        "单位、从左上角起算）", index=i)
        return Redaction(file=rel, text=text, transactions=pattern, page=page, box=coords)

    return tuple(r for i, item in enumerate(raw) if (r := ld.keep(lambda i=i, item=item: one(i, item), None)) is not None)
