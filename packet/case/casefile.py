"""Load and validate ``packet.toml`` (the case file) into frozen dataclasses.

Every mistake is reported with the key and its line, and what to write instead, so that a
person editing the file by hand can fix it. Later stages never see raw dictionaries.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from packet.core.errors import CaseFileError
from packet.core.i18n import env_lang, tr
from packet.core.model import DOC_TYPES

CASE_FILE = "packet.toml"
KINDS = ("stop", "reduce")
LANGUAGES = ("zh", "en")
HARDSHIPS = ("unemployment", "medical", "income-drop", "other")
CHANNELS = ("phone", "chat", "email", "letter", "visit")
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
        return mask_number(self.id_number) if self.id_number else None


@dataclass(frozen=True)
class Lender:
    name: str | None = None
    email: str | None = None
    address: str | None = None
    contract_number: str | None = None


@dataclass(frozen=True)
class Request:
    kind: str = "stop"
    language: str = "en"
    checklist: str = "en-hardship"
    hardship: str | None = None
    statement: str | None = None


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


@dataclass(frozen=True)
class Case:
    root: Path
    applicant: Applicant = Applicant()
    lender: Lender = Lender()
    request: Request = Request()
    plan: Plan = Plan()
    files: Mapping[str, str] = field(default_factory=dict)  # rel path -> document type
    passwords: Mapping[str, str] = field(default_factory=dict, repr=False)  # never printed
    contacts: tuple[Contact, ...] = ()
    has_case_file: bool = False

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def language(self) -> str:
        return self.request.language


def password_for(case: Case, rel: str) -> str | None:
    """The password given for the input file ``rel`` under ``[passwords]`` (paths compared with "/"
    separators, a leading "./" ignored); None when none is given."""
    want = rel.replace("\\", "/").strip("/")
    for key, value in case.passwords.items():
        if key.replace("\\", "/").strip("/").removeprefix("./") == want:
            return value
    return None


def mask_number(value: str, keep: int = 4) -> str:
    """Mask an identity or account number to its last ``keep`` characters: ``**************1234``."""
    compact = re.sub(r"\s+", "", value)
    if len(compact) <= keep:
        return compact
    return "*" * (len(compact) - keep) + compact[-keep:]


def default_checklist(language: str, kind: str) -> str:
    return "en-hardship" if language == "en" else f"{language}-{kind}-collection"


# --- locating keys in the raw text, for messages -------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _norm_key(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def _line_of(text: str, table: str, key: str | None, index: int | None = None) -> int | None:
    """1-based line of ``key`` inside ``[table]`` (or the ``index``-th ``[[table]]``); the header if key is None."""
    current, seen, header_line = "", -1, None
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m and "=" not in line.split("#")[0].split("]")[0]:
            current = ".".join(_norm_key(p) for p in m.group(2).split("."))
            if table == "" and key is not None and current.split(".")[0] == key:
                return number
            if current == table:
                seen += 1
                if key is None and (index is None or index == seen):
                    return number
                header_line = number if (index is None or index == seen) else header_line
            continue
        if current != table or (index is not None and seen != index) or key is None:
            continue
        m = re.match(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-\.]+)\s*=", line)
        if m and _norm_key(m.group(1)) == key:
            return number
    return header_line


class _Loader:
    def __init__(self, path: Path, text: str, lang: str) -> None:
        self.path, self.text, self.lang = path, text, lang

    def fail(self, where: str, table: str, locate: str | None, en: str, zh: str, index: int | None = None, **kw: object):
        line = _line_of(self.text, table, locate, index)
        at = f"{self.path.name}" + (f", line {line}" if line else "")
        at_zh = f"{self.path.name}" + (f" 第 {line} 行" if line else "")
        raise CaseFileError(
            tr(self.lang, "{at}: {where}: " + en, "{at}：{where}：" + zh, at=at if self.lang == "en" else at_zh, where=where, **kw)
        )

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
        value = value.strip()
        if choices and value not in choices:
            self.fail(where, table, key, "'{value}' is not allowed; use one of: {choices}",
                      "不支持 '{value}'；请使用以下之一：{choices}", index=index, value=value, choices=", ".join(choices))
        return value or None

    def money(self, tbl: Mapping, table: str, key: str, index: int | None = None) -> Decimal | None:
        value = tbl.get(key)
        if value is None:
            return None
        where = f"[{table}] {key}"
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(where, table, key, "must be an amount such as \"800.00\"", "应为金额，例如 \"800.00\"", index=index)
        try:
            amount = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            amount = Decimal("NaN")
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


def load_case(root: Path, known_checklists: tuple[str, ...] | None = None) -> Case:
    """Read ``root/packet.toml`` if it exists and return the validated :class:`Case`."""
    root = Path(root)
    path = root / CASE_FILE
    if not path.is_file():
        language = env_lang()
        return Case(root=root, request=Request(language=language, checklist=default_checklist(language, "stop")))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(tr(env_lang(), "{name} is not UTF-8 text; save it as UTF-8 in your editor",
                               "{name} 不是 UTF-8 编码的文本；请在编辑器中另存为 UTF-8", name=CASE_FILE)) from None
    # speak the file's own language in messages when we can see it
    m = re.search(r"^\s*language\s*=\s*[\"'](zh|en)[\"']", text, re.M)
    lang = m.group(1) if m else env_lang()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseFileError(tr(lang, "{name}: not valid TOML ({detail}). Check quotes, '=' signs and [section] headers.",
                               "{name}：不是有效的 TOML 格式（{detail}）。请检查引号、等号和 [小节] 标题。",
                               name=CASE_FILE, detail=exc)) from None
    ld = _Loader(path, text, lang)
    top = ("applicant", "lender", "request", "plan", "files", "passwords", "contact")
    for key in data:
        if key not in top:
            ld.fail(key, "", key, "unknown key or section '{key}'. Allowed: {allowed}.",
                    "未知的键或小节 '{key}'。可以使用：{allowed}。", key=key, allowed=", ".join(top))

    a = ld.table(data, "applicant", ("name", "id_number", "phone", "email", "address"))
    applicant = Applicant(**{k: ld.text_value(a, "applicant", k) for k in ("name", "id_number", "phone", "email", "address")})
    lt = ld.table(data, "lender", ("name", "email", "address", "contract_number"))
    lender = Lender(**{k: ld.text_value(lt, "lender", k) for k in ("name", "email", "address", "contract_number")})

    r = ld.table(data, "request", ("kind", "language", "checklist", "hardship", "statement"))
    kind = ld.text_value(r, "request", "kind", KINDS) or "stop"
    language = ld.text_value(r, "request", "language", LANGUAGES) or env_lang()
    checklist = ld.text_value(r, "request", "checklist") or default_checklist(language, kind)
    if (known_checklists is not None and "checklist" in r and checklist not in known_checklists
            and not checklist.endswith(".toml")):
        ld.fail("[request] checklist", "request", "checklist",
                "unknown checklist '{value}'. Built-in checklists: {names} (see `packet checklists`).",
                "未知的清单 '{value}'。内置清单：{names}（运行 `packet checklists` 查看）。",
                value=checklist, names=", ".join(known_checklists))
    request = Request(kind=kind, language=language, checklist=checklist,
                      hardship=ld.text_value(r, "request", "hardship", HARDSHIPS),
                      statement=ld.text_value(r, "request", "statement"))

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
        from packet.case.repayment_plan import MAX_INSTALMENTS

        months = -(-plan.outstanding // plan.monthly_payment)
        if months > MAX_INSTALMENTS:
            ld.fail("[plan] monthly_payment", "plan", "monthly_payment",
                    "at {pay} a month, {owed} takes {n} months (more than {max}); check both amounts",
                    "每月 {pay}，{owed} 需要 {n} 个月（超过 {max} 个月）；请检查这两个金额",
                    pay=plan.monthly_payment, owed=plan.outstanding, n=months, max=MAX_INSTALMENTS)

    files: dict[str, str] = {}
    ft = ld.table(data, "files", tuple(data.get("files", {}) if isinstance(data.get("files"), dict) else ()))
    for key, value in ft.items():
        rel = ld.case_path(root, "files", key)
        if value not in DOC_TYPES:
            ld.fail(f"[files] \"{key}\"", "files", key, "'{value}' is not a document type; use one of: {types}",
                    "'{value}' 不是文件类型；请使用以下之一：{types}", value=value, types=", ".join(DOC_TYPES))
        files[rel] = value
    passwords: dict[str, str] = {}
    pt = ld.table(data, "passwords", tuple(data.get("passwords", {}) if isinstance(data.get("passwords"), dict) else ()))
    for key, value in pt.items():
        rel = ld.case_path(root, "passwords", key)
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            ld.fail(f"[passwords] \"{key}\"", "passwords", key, "the password must be text in quotes",
                    "密码需要写在引号里")
        passwords[rel] = str(value)

    contacts = []
    raw_contacts = data.get("contact", [])
    if not isinstance(raw_contacts, list):
        ld.fail("[[contact]]", "", "contact", "write each contact as a [[contact]] table", "每条联系记录请写成一个 [[contact]] 表")
    for i, item in enumerate(raw_contacts):
        if not isinstance(item, dict):
            ld.fail(f"[[contact]] #{i + 1}", "", "contact", "write each contact as a [[contact]] table",
                    "每条联系记录请写成一个 [[contact]] 表")
        for key in item:
            if key not in ("at", "channel", "with", "summary"):
                ld.fail(f"[[contact]] #{i + 1} {key}", "contact", key,
                        "unknown key '{key}'; a contact has at, channel, with and summary",
                        "未知的键 '{key}'；联系记录包含 at、channel、with、summary", index=i, key=key)
        at = ld.a_datetime(item, "contact", "at", i)
        if at is None:
            ld.fail(f"[[contact]] #{i + 1}", "contact", None, "each contact needs 'at' (when it happened)",
                    "每条联系记录都需要 at（发生时间）", index=i)
        contacts.append(Contact(at=at, channel=ld.text_value(item, "contact", "channel", CHANNELS, i) or "phone",
                                with_=ld.text_value(item, "contact", "with", None, i),
                                summary=ld.text_value(item, "contact", "summary", None, i)))
    contacts.sort(key=lambda c: c.at)
    return Case(root=root, applicant=applicant, lender=lender, request=request, plan=plan, files=files,
                passwords=passwords, contacts=tuple(contacts), has_case_file=True)
