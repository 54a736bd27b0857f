"""Load and validate ``packet.toml`` (the case file) into frozen dataclasses.

Every mistake is reported with the key and its line, and what to write instead, so that a
person editing the file by hand can fix it. Later stages never see raw dictionaries.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath

if sys.version_info >= (3, 11):
    pass
else:  # pragma: no cover
    pass

from packet.core.errors import CaseFileError
from packet.core.i18n import env_lang, explicit_lang, locale_lang, tr
from packet.core.masking import mask
from packet.core.money import ISO_CODE, parse_amount
from packet.core.strict_toml import TomlFile, load_toml

CASE_FILE = "packet.toml"
KINDS = ("stop", "reduce")
LANGUAGES = ("zh", "en")
HARDSHIPS = ("unemployment", "medical", "income-drop", "other")
CHANNELS = ("phone", "chat", "email", "letter", "visit")
REPLY_KINDS = ("acknowledged", "final-response", "accepted", "refused", "other")
SENT_VIA = ("email", "post", "portal", "in-person")
SENT_KINDS = ("request", "follow-up")
OCR_ENGINES = ("auto", "tesseract", "rapidocr")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_AMOUNT = Decimal(10) ** 12  # an amount this large is a typo (and would not fit in a money column)


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


@dataclass(frozen=True)
class FileOption:
    """A ``[files]`` entry given as a table: type, whether the packet includes it, and its title for the lender."""

    type: str | None = None
    include: bool | None = None  # None: the default (included when the checklist needs its type)
    title: str | None = None


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
    # [fields."rel"] / [fields."rel#n"]: values the user read on a document, which replace what packet read
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    contacts: tuple[Contact, ...] = ()
    replies: tuple[Reply, ...] = ()
    sent: tuple[Sent, ...] = ()
    has_case_file: bool = False

    @property
    def name(self) -> str:
        return self.root.name

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


MAX_INSTALMENTS = 600  # 50 years of monthly payments: a plan longer than this is a typo, not a plan


def default_checklist(language: str, kind: str) -> str:
    return "en-hardship" if language == "en" else f"{language}-{kind}-collection"


class _Loader(TomlFile):
    """The case file's value checks (tables, text, amounts, dates, paths) on the one strict TOML reader.

    ``currencies`` collects the currencies amounts were written in ("£4,200" -> GBP)."""

    def __init__(self, path: Path, text: str, lang: str) -> None:
        super().__init__(path, text, lang, CaseFileError)
        self.currencies: set[str] = set()

    def table(self, data: Mapping, name: str, allowed: tuple[str, ...]) -> Mapping:
        value = data.get(name, {})
        if not isinstance(value, dict):
            self.fail(name, "", name, "must be a table [{name}]", "应写成表 [{name}]", name=name)
        for key in value:
            if key not in allowed:
                self.fail(
                    f"[{name}] {key}", name, key,
                    "unknown key '{key}'. Allowed here: {allowed}. Check the spelling.",
                    "未知的键 '{key}'。这里可以写：{allowed}。请检查拼写。",
                    key=key, allowed=", ".join(allowed),
                )
        return value

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
        value = value.strip()
        if choices and value not in choices:
            self.fail(where, table, key, "'{value}' is not allowed; use one of: {choices}",
                      "不支持 '{value}'；请使用以下之一：{choices}", index=index, value=value, choices=", ".join(choices))
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

    def case_path(self, root: Path, table: str, key: str) -> str:
        """A path in [files]/[passwords]: relative, inside the case folder, and existing."""
        where = f"[{table}] \"{key}\""
        rel = key.replace("\\", "/")
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


def load_case(root: Path, known_checklists: tuple[str, ...] | None = None,
              known_types: tuple[str, ...] | None = None) -> Case:
    """Read ``root/packet.toml`` if it exists and return the validated :class:`Case`.

    ``known_checklists`` are the built-in checklist names a bare ``checklist`` may give; ``known_types`` the
    document types (the registry's, :func:`packet.rules.registry.doc_types`) a ``[files]`` override may
    give — without it a type is only checked to be a name (lower-case letters, digits and _). Raises
    :class:`CaseFileError` naming the key and its line for anything invalid or unknown, or when the file
    may not be read (no permission)."""
    root = Path(root)
    path = root / CASE_FILE
    try:
        if not path.is_file():
            language = env_lang()
            return Case(root=root, request=Request(language=language, checklist=default_checklist(language, "stop")))
        raw = path.read_bytes()
    except PermissionError:
        raise CaseFileError(tr(env_lang(), "{name} cannot be opened: your user account has no permission to read it. "
                                           "Give yourself read access (for example chmod u+r {name}).",
                               "无法打开 {name}：当前用户没有读取权限。请给自己开放读取权限（例如 chmod u+r {name}）。",
                               name=path)) from None
    return parse_case(root, raw, known_checklists, known_types)


def parse_case(root: Path, raw: bytes, known_checklists: tuple[str, ...] | None = None,
               known_types: tuple[str, ...] | None = None) -> Case:
    """Validate ``raw`` (the bytes of a case file for the folder ``root``) as :func:`load_case` does.

    Used to check an edited case file before it replaces the old one."""
    root = Path(root)
    path = root / CASE_FILE
    # speak the file's own language in messages when we can see it
    m = re.search(rb"^\s*language\s*=\s*[\"'](zh|en)[\"']", raw, re.M)
    lang = explicit_lang() or (m.group(1).decode() if m else locale_lang())
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(tr(lang, "{name} is not UTF-8 text; save it as UTF-8 in your editor",
                               "{name} 不是 UTF-8 编码的文本；请在编辑器中另存为 UTF-8", name=CASE_FILE)) from None
    data, _source = load_toml(path, lang, CaseFileError, text=text)
    ld = _Loader(path, text, lang)
    top = ("applicant", "lender", "request", "plan", "files", "passwords", "fields", "contact", "reply", "sent")
    for key in data:
        if key not in top:
            ld.fail(key, "", key, "unknown key or section '{key}'. Allowed: {allowed}.",
                    "未知的键或小节 '{key}'。可以使用：{allowed}。", key=key, allowed=", ".join(top))

    a = ld.table(data, "applicant", ("name", "id_number", "phone", "email", "address"))
    applicant = Applicant(**{k: ld.text_value(a, "applicant", k) for k in ("name", "id_number", "phone", "email", "address")})
    lender_keys = ("name", "email", "address", "contract_number", "complaints")
    lt = ld.table(data, "lender", lender_keys)
    lender = Lender(**{k: ld.text_value(lt, "lender", k) for k in lender_keys})

    r = ld.table(data, "request", ("kind", "language", "checklist", "hardship", "statement", "currency", "country",
                                   "ocr_engine"))
    kind = ld.text_value(r, "request", "kind", KINDS) or "stop"
    language = ld.text_value(r, "request", "language", LANGUAGES) or env_lang()
    checklist = ld.text_value(r, "request", "checklist") or default_checklist(language, kind)
    if (known_checklists is not None and "checklist" in r and checklist not in known_checklists
            and not checklist.endswith(".toml")):
        ld.fail("[request] checklist", "request", "checklist",
                "unknown checklist '{value}'. Built-in checklists: {names} (see `packet checklists`).",
                "未知的清单 '{value}'。内置清单：{names}（运行 `packet checklists` 查看）。",
                value=checklist, names=", ".join(known_checklists))
    currency = ld.text_value(r, "request", "currency")
    if currency is not None and not ISO_CODE.match(currency.upper()):
        ld.fail("[request] currency", "request", "currency",
                "'{value}' is not a currency code; write the ISO 4217 code, e.g. \"GBP\", \"CNY\", \"USD\"",
                "'{value}' 不是货币代码；请写 ISO 4217 代码，例如 \"CNY\"、\"GBP\"、\"USD\"", value=currency)
    country = ld.text_value(r, "request", "country")
    if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
        ld.fail("[request] country", "request", "country",
                "'{value}' is not a country code; write the two-letter code, e.g. \"CN\", \"GB\", \"US\"",
                "'{value}' 不是国家代码；请写两个字母的代码，例如 \"CN\"、\"GB\"、\"US\"", value=country)
    request = Request(kind=kind, language=language, checklist=checklist,
                      hardship=ld.text_value(r, "request", "hardship", HARDSHIPS),
                      statement=ld.text_value(r, "request", "statement"),
                      currency=currency.upper() if currency else None,
                      country=country.upper() if country else None,
                      ocr_engine=ld.text_value(r, "request", "ocr_engine", OCR_ENGINES) or "auto")

    p = ld.table(data, "plan", ("outstanding", "monthly_payment", "first_payment", "installment"))
    installments = []
    raw_inst = p.get("installment", [])
    if not isinstance(raw_inst, list):
        ld.fail("[[plan.installment]]", "plan", "installment", "write each instalment as a [[plan.installment]] table",
                "每一期请写成一个 [[plan.installment]] 表")
    for i, item in enumerate(raw_inst):
        if not isinstance(item, dict):
            ld.fail(f"[[plan.installment]] #{i + 1}", "plan", "installment",
                    "write each instalment as a [[plan.installment]] table with date and amount",
                    "每一期请写成一个带 date 和 amount 的 [[plan.installment]] 表")
        for key in item:
            if key not in ("date", "amount"):
                ld.fail(f"[[plan.installment]] #{i + 1} {key}", "plan.installment", key,
                        "unknown key '{key}'; an instalment has only date and amount",
                        "未知的键 '{key}'；每期只有 date 和 amount", index=i, key=key)
        d = ld.a_date(item, "plan.installment", "date", i)
        amt = ld.money(item, "plan.installment", "amount", i)
        if d is None or amt is None:
            ld.fail(f"[[plan.installment]] #{i + 1}", "plan.installment", None,
                    "each instalment needs both date and amount", "每一期都需要 date 和 amount", index=i)
        installments.append(Installment(date=d, amount=amt))
    dates = [x.date for x in installments]
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        ld.fail("[[plan.installment]]", "plan.installment", None,
                "instalment dates must be in order, each date once", "各期日期必须按先后顺序排列，且不能重复", index=0)
    plan = Plan(outstanding=ld.money(p, "plan", "outstanding"), monthly_payment=ld.money(p, "plan", "monthly_payment"),
                first_payment=ld.a_date(p, "plan", "first_payment"), installments=tuple(installments))
    if plan.installments and plan.monthly_payment is not None:
        ld.fail("[plan]", "plan", "monthly_payment",
                "give either monthly_payment (with first_payment) or a list of [[plan.installment]], not both",
                "请只写其中一种：monthly_payment（配合 first_payment），或者逐期的 [[plan.installment]]")
    if plan.monthly_payment is not None and (plan.first_payment is None or plan.outstanding is None):
        ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                "a monthly payment also needs outstanding (what you owe) and first_payment (the first date)",
                "按月还款还需要填写 outstanding（欠款总额）和 first_payment（首次还款日期）")
    if plan.monthly_payment is not None and plan.outstanding is not None:

        months = -(-plan.outstanding // plan.monthly_payment)
        if months > MAX_INSTALMENTS:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "at {pay} a month, {owed} takes {n} months (more than {max}); check both amounts",
                    "每月 {pay}，{owed} 需要 {n} 个月（超过 {max} 个月）；请检查这两个金额",
                    pay=plan.monthly_payment, owed=plan.outstanding, n=months, max=MAX_INSTALMENTS)

    files: dict[str, str] = {}
    file_options: dict[str, FileOption] = {}
    ft = ld.table(data, "files", tuple(data.get("files", {}) if isinstance(data.get("files"), dict) else ()))
    for key, value in ft.items():
        rel = ld.case_path(root, "files", key)
        where = f"[files] \"{key}\""
        if isinstance(value, dict):
            for k in value:
                if k not in ("type", "include", "title"):
                    ld.fail(where, "files", key, "unknown key '{k}'; a file's table has type, include and title",
                            "未知的键 '{k}'；文件的表只能有 type、include、title", k=k)
            if "include" in value and not isinstance(value["include"], bool):
                ld.fail(where, "files", key, "include must be true or false (no quotes)", "include 应为 true 或 false（不加引号）")
            opt = FileOption(type=value.get("type"), include=value.get("include"),
                             title=ld.text_value(value, "files", "title"))
            file_options[rel] = opt
            value = opt.type
            if value is None:
                continue
        if not isinstance(value, str) or (value not in known_types if known_types is not None
                                          else not re.fullmatch(r"[a-z][a-z0-9_]*", value)):
            ld.fail(where, "files", key, "'{value}' is not a document type; use one of: {types}",
                    "'{value}' 不是文件类型；请使用以下之一：{types}", value=value,
                    types=", ".join(known_types or ()) or "(see `packet checklists`)")
        files[rel] = value
    passwords: dict[str, str] = {}
    pt = ld.table(data, "passwords", tuple(data.get("passwords", {}) if isinstance(data.get("passwords"), dict) else ()))
    for key, value in pt.items():
        rel = ld.case_path(root, "passwords", key)
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            ld.fail(f"[passwords] \"{key}\"", "passwords", key, "the password must be text in quotes",
                    "密码需要写在引号里")
        passwords[rel] = str(value)
    fields = _fields(ld, root, data)

    contacts = []
    raw_contacts = data.get("contact", [])
    if not isinstance(raw_contacts, list):
        ld.fail("[[contact]]", "", "contact", "write each contact as a [[contact]] table", "每条联系记录请写成一个 [[contact]] 表")
    for i, item in enumerate(raw_contacts):
        if not isinstance(item, dict):
            ld.fail(f"[[contact]] #{i + 1}", "", "contact", "write each contact as a [[contact]] table",
                    "每条联系记录请写成一个 [[contact]] 表")
        for key in item:
            if key not in CONTACT_KEYS:
                ld.fail(f"[[contact]] #{i + 1} {key}", "contact", key,
                        "unknown key '{key}'; a contact has {keys}", "未知的键 '{key}'；联系记录包含 {keys}",
                        index=i, key=key, keys=", ".join(CONTACT_KEYS))
        at = ld.a_datetime(item, "contact", "at", i)
        if at is None:
            ld.fail(f"[[contact]] #{i + 1}", "contact", None, "each contact needs 'at' (when it happened)",
                    "每条联系记录都需要 at（发生时间）", index=i)
        contacts.append(Contact(at=at, channel=ld.text_value(item, "contact", "channel", CHANNELS, i) or "phone",
                                with_=ld.text_value(item, "contact", "with", None, i),
                                summary=ld.text_value(item, "contact", "summary", None, i),
                                said=ld.text_value(item, "contact", "said", None, i),
                                promised=ld.text_value(item, "contact", "promised", None, i),
                                next_step=ld.text_value(item, "contact", "next_step", None, i)))
    contacts.sort(key=lambda c: c.at)
    replies = [Reply(at=at, kind=ld.text_value(item, "reply", "kind", REPLY_KINDS, i) or "other",
                     summary=ld.text_value(item, "reply", "summary", None, i))
               for i, item, at in _entries(ld, data, "reply", ("at", "kind", "summary"), ("at", "kind"))]
    sent = [Sent(at=at, via=ld.text_value(item, "sent", "via", SENT_VIA, i) or "email",
                 file=ld.text_value(item, "sent", "file", None, i), sha256=ld.text_value(item, "sent", "sha256", None, i),
                 tracking=ld.text_value(item, "sent", "tracking", None, i),
                 kind=ld.text_value(item, "sent", "kind", SENT_KINDS, i) or "request")
            for i, item, at in _entries(ld, data, "sent", ("at", "via", "file", "sha256", "tracking", "kind"),
                                        ("at", "via"))]
    if request.currency is None and len(ld.currencies) == 1:
        request = replace(request, currency=next(iter(ld.currencies)))
    return Case(root=root, applicant=applicant, lender=lender, request=request, plan=plan, files=files,
                file_options=file_options, passwords=passwords, fields=fields, contacts=tuple(contacts),
                replies=tuple(sorted(replies, key=lambda x: x.at)), sent=tuple(sorted(sent, key=lambda x: x.at)),
                has_case_file=True)


FIELD_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _fields(ld: _Loader, root: Path, data: Mapping) -> dict[str, dict[str, str]]:
    """``[fields."rel"]`` (or ``"rel#n"``, the n-th document of a file holding several): field name -> text.

    The path must name a file inside the case folder (as [files] does); values are text in quotes."""
    out: dict[str, dict[str, str]] = {}
    ft = data.get("fields", {})
    if not isinstance(ft, dict):
        ld.fail("fields", "", "fields", "must be tables [fields.\"file\"]", "应写成表 [fields.\"文件\"]")
    for key, values in ft.items():
        path, _, part = key.partition("#")
        where = f"[fields.\"{key}\"]"
        if part and not part.isdigit():
            ld.fail(where, "fields", key, "after # comes the number of the document in the file, e.g. \"{p}#2\"",
                    "# 之后应为文件中第几份材料，例如 \"{p}#2\"", p=path)
        rel = ld.case_path(root, "fields", path)
        if not isinstance(values, dict):
            ld.fail(where, "fields", key, "write the values as a table: [fields.\"{key}\"] then name = \"value\"",
                    "请写成表：[fields.\"{key}\"]，下一行写 字段 = \"值\"", key=key)
        got: dict[str, str] = {}
        for name in values:
            if not FIELD_NAME.fullmatch(str(name)):
                ld.fail(f"{where} {name}", f"fields.\"{key}\"", name, "'{name}' is not a field name (e.g. net_pay)",
                        "'{name}' 不是字段名（例如 net_pay）", name=name)
            value = ld.text_value(values, f"fields.\"{key}\"", name)
            if value is not None:
                got[name] = value
        out[rel + (f"#{int(part)}" if part else "")] = got
    return out


CONTACT_KEYS = ("at", "channel", "with", "summary", "said", "promised", "next_step")


def _entries(ld: _Loader, data: Mapping, table: str, allowed: tuple[str, ...], required: tuple[str, ...]):
    """Each ``[[table]]`` entry as (index, raw table, its ``at``), with unknown and missing keys reported."""
    raw = data.get(table, [])
    if not isinstance(raw, list):
        ld.fail(f"[[{table}]]", "", table, "write each entry as a [[{t}]] table", "每一条请写成一个 [[{t}]] 表", t=table)
    out = []
    for i, item in enumerate(raw):
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
        out.append((i, item, ld.a_datetime(item, table, "at", i)))
    return out
