"""The one strict TOML reader: the case file (``packet.toml``), the checklists and the document types.

A malformed file is rejected, never skipped with a warning. Every message names the file, the line
(when it can be found in the text) and the key at fault, in the reader's language (zh or en), and
says what to write instead. :class:`TomlFile` holds the text and finds lines; :class:`Strict` gives
typed access to one table of it. The case file's loader (:mod:`packet.case.casefile`) builds its
own value checks (amounts, dates, paths) on :meth:`TomlFile.fail`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from packet.core.errors import ChecklistError, PacketError
from packet.core.i18n import env_lang, tr

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-\.]+)\s*=")


def _key_parts(raw: str) -> list[str]:
    """``a.b`` -> [a, b]; ``"statements/may.pdf"`` -> [statements/may.pdf] (a quoted key is one part)."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return [raw[1:-1]]
    return [p.strip().strip("\"'") for p in raw.split(".")]


def _line_map(text: str) -> dict[str, int]:
    """See :attr:`TomlFile.lines`. Arrays of tables are numbered per parent, as a parser numbers them."""
    out: dict[str, int] = {}
    counts: dict[str, int] = {}  # resolved path of an array of tables -> how many seen so far
    latest: dict[str, int] = {}  # resolved path of an array of tables -> index of its latest table
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m and "=" not in line.split("#")[0].split("]")[0]:
            names = [n for part in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', m.group(2)) for n in _key_parts(part)]
            resolved = ""
            for k, name in enumerate(names):
                resolved = f"{resolved}.{name}" if resolved else name
                if k == len(names) - 1 and m.group(1) == "[[":
                    latest[resolved] = counts.get(resolved, 0)
                    counts[resolved] = latest[resolved] + 1
                    resolved = f"{resolved}[{latest[resolved]}]"
                elif resolved in latest:
                    resolved = f"{resolved}[{latest[resolved]}]"
            current = resolved
            out.setdefault(current, number)
            continue
        m = _KEY.match(line)
        if m:
            path = current
            for part in _key_parts(m.group(1)):
                path = f"{path}.{part}" if path else part
                out.setdefault(path, number)
    return out


class TomlFile:
    """A TOML file's text, for messages that point at a line.

    ``error`` is the :class:`~packet.core.errors.PacketError` subclass raised by :meth:`fail`
    (``CaseFileError`` for the case file, ``ChecklistError`` for the data files); ``lang`` the
    language of the messages ("zh" or "en")."""

    def __init__(self, path: Path, text: str, lang: str | None = None,
                 error: type[PacketError] = ChecklistError) -> None:
        self.path, self.text, self.lang, self.error = Path(path), text, lang or env_lang(), error
        self._lines: dict[str, int] | None = None

    @property
    def lines(self) -> dict[str, int]:
        """Every table and key of the text by its path, to its 1-based line: ``plan.outstanding``,
        ``contact[2].at``, ``requirement[1].option[0].rule``, ``payslip.labels.employer``."""
        if self._lines is None:
            self._lines = _line_map(self.text)
        return self._lines

    def line_of(self, table: str, key: str | None, index: int | None = None) -> int | None:
        """1-based line of ``key`` inside ``[table]`` (or in the ``index``-th ``[[table]]``); the table's header
        line when ``key`` is None or not written on a line of its own; None when neither is in the text."""
        lines = self.lines
        base = f"{table}[{index}]" if index is not None else table
        if key:
            for path in (f"{base}.{key}" if base else key, key if not table else None):
                if path and path in lines:
                    return lines[path]
            if index is None and table:  # the key in any [[table]]: the first one that has it
                hits = [n for p, n in lines.items() if p.startswith(f"{table}[") and p.endswith(f"].{key}")]
                if hits:
                    return min(hits)
        return lines.get(base) or lines.get(f"{table}[0]") if base else None

    def line_of_path(self, where: str, key: str | None) -> int | None:
        """The line of a key path such as ``requirement[1].option[0]`` + ``rule``: the innermost part of the
        path that is written in the text."""
        parts = [p for p in where.split(".") if p] + ([key] if key else [])
        for cut in range(len(parts), 0, -1):
            line = self.lines.get(".".join(parts[:cut]))
            if line is not None:
                return line
        return None

    def fail(self, where: str, table: str | None, locate: str | None, en: str, zh: str,
             index: int | None = None, **kw: object):
        """Raise ``self.error`` for the key ``where`` (as the user reads it, e.g. ``[plan] outstanding``),
        found at ``locate`` in ``table`` (``table`` None: ``where`` is a dotted path for :meth:`line_of_path`).
        ``en``/``zh`` are message templates formatted with ``kw``. The error's ``plain`` is the message alone, without
        the file, line and key (for the web page, which names no packet.toml lines: a trial read "packet.toml 第 40
        行：…" for a date typed in a box)."""
        line = self.line_of_path(where, locate) if table is None else self.line_of(table, locate, index)
        name = self.path.name
        at = (f"{name}, line {line}" if line else name) if self.lang != "zh" else (f"{name} 第 {line} 行" if line else name)
        exc = self.error(tr(self.lang, "{at}: {where}: " + en, "{at}：{where}：" + zh, at=at,
                            where=where or tr(self.lang, "(top level)", "（最外层）"), **kw))
        exc.plain = tr(self.lang, en, zh, **kw)
        raise exc


MAX_DEPTH = 32  # arrays and inline tables inside each other; no real file nests more than 3
MAX_DIGITS = 40  # digits in one number (a bigger one is no amount; Python refuses ints past 4,300 digits)
# strings (an unterminated one runs to the end of its line: the parser then says what is wrong), comments,
# brackets, long numbers, long dotted keys
_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"?|\'[^\'\n]*\'?|#[^\n]*|'
                     r'[\[\]{}]|[+-]?[0-9][0-9_.eE+-]{39,}'  # 40+ characters: a number to count (MAX_DIGITS)
                     r'|(?<![\w.-])[\w-]+(?:[ \t]*\.[ \t]*[\w-]+){32,}')  # a dotted key of 33+ parts
_KEY_AT = re.compile(r"[ \t]*(\"[^\"\n]*\"|'[^'\n]*'|[A-Za-z0-9_\-\.]+)[ \t]*=")
_TABLES = re.compile(r"^[ \t]*\[\[[ \t]*([^\]\n]+?)[ \t]*\]\]", re.M)


def prescan(path: Path, text: str, lang: str, error: type[PacketError], max_entries: int | None = None) -> None:
    """Refuse, before parsing, what would stop or stall a parser: arrays and inline tables nested deeper
    than :data:`MAX_DEPTH` (100,000 brackets exhaust Python's recursion) and dotted keys of more parts,
    numbers of more than
    :data:`MAX_DIGITS` digits, and more than ``max_entries`` ``[[table]]`` entries of one name. Strings and
    comments are skipped. The message names the line and the key. Raises ``error``. Linear in the text."""
    def fail(pos: int, en: str, zh: str, **kw: object) -> None:
        line = text.count("\n", 0, pos) + 1
        start = text.rfind("\n", 0, pos) + 1
        key = None
        for _back in range(200):  # the key whose value this is: on this line or one above it
            m = _KEY_AT.match(text, start)
            if m:
                key = _key_parts(m.group(1))[-1]
                break
            if start == 0:
                break
            start = text.rfind("\n", 0, start - 1) + 1
        at = tr(lang, "{name}, line {line}", "{name} 第 {line} 行", name=path.name, line=line)
        where = f"{at}: {key}" if key and lang != "zh" else (f"{at}：{key}" if key else at)
        raise error(tr(lang, "{where}: " + en, "{where}：" + zh, where=where, **kw))

    depth = 0
    for m in _TOKENS.finditer(text):
        tok = m.group(0)
        if tok[0] in "\"'#":  # a string or a comment: nothing in it counts
            continue
        if tok in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                fail(m.start(), "lists or tables nested more than {n} deep; write the values plainly",
                     "列表或表嵌套超过 {n} 层；请直接写出各个值", n=MAX_DEPTH)
        elif tok in "]}":
            depth = max(0, depth - 1)
        elif tok.count(".") >= MAX_DEPTH and not tok[0].isdigit():
            fail(m.start(), "a dotted key of more than {n} parts; write the tables plainly",
                 "带点的键超过 {n} 段；请直接写出各个表", n=MAX_DEPTH)
        elif sum(ch.isdigit() for ch in tok) > MAX_DIGITS:
            fail(m.start(), "a number of more than {n} digits; check it (an amount is written like \"800.00\")",
                 "数字超过 {n} 位；请检查（金额写成 \"800.00\" 这样的形式）", n=MAX_DIGITS)
    if max_entries is not None:
        counts: dict[str, int] = {}
        for m in _TABLES.finditer(text):
            name = m.group(1)
            counts[name] = counts.get(name, 0) + 1
            if counts[name] > max_entries:
                fail(m.start(), "more than {n} [[{t}]] entries; keep the ones that matter",
                     "[[{t}]] 超过 {n} 条；请只保留重要的记录", n=max_entries, t=name)


_CURLY = re.compile("[“”‘’＂]")  # typographic quotes, and the full-width one: never TOML's quotes

# the parser's messages (tomllib/tomli wording, matched in this order) -> what went wrong (see _explain)
_SYNTAX = (
    (r"Illegal character '\\n'|Expected [\"']{2,3}$|Expected \"'\"|Unterminated string", "quote"),
    (r"Illegal character (.+)", "control"),
    (r"Cannot overwrite a value|Duplicate inline table key", "key-twice"),
    (r"Cannot declare \((.*)\) twice|Cannot redefine namespace (.*)|Cannot mutate immutable namespace (.*)",
     "table-twice"),
    (r"Invalid date or datetime", "date"),
    (r"Invalid value", "value"),
    (r"Expected '=' after a key", "equals"),
    (r"Expected newline or end of document", "extra"),
    (r"Unclosed array", "list"),
    (r"Unclosed inline table", "inline"),
    (r"Expected '\]\]?' at the end of", "header"),
    (r"Unescaped '\\' in a string|Invalid hex value|Escaped character is not a Unicode", "backslash"),
    (r"Invalid ", "key"),  # the rest of "Invalid …": a line that does not start with a key
)


def _explain(kind: str, lang: str, w: str, t: str) -> str:
    """The message for one kind of :data:`_SYNTAX` error at ``w`` (file, line, key); ``t`` the table named."""
    if kind == "quote":
        return tr(lang, "{w}: a text value has no closing quote: end it with the same quote it starts with (\" or ') on "
                        "the same line", "{w}：文字缺少结尾的引号：请在同一行末尾补上与开头相同的引号（\" 或 '）", w=w)
    if kind == "control":
        return tr(lang, "{w}: an invisible control character {t} is in the text: delete it (retype the line)",
                  "{w}：文字中有不可见的控制字符 {t}：请删除它（可以重新输入这一行）", w=w, t=t)
    if kind == "key-twice":
        return tr(lang, "{w}: this key is given twice: keep one of the two lines", "{w}：这个键写了两次：请只保留其中一行", w=w)
    if kind == "table-twice":
        return tr(lang, "{w}: the section [{t}] is written twice: put all its keys under one [{t}] header",
                  "{w}：小节 [{t}] 写了两次：请把它的键都放在同一个 [{t}] 标题下", w=w, t=t)
    if kind == "date":
        return tr(lang, "{w}: not a valid date: write it as 2027-01-15 (year-month-day, no quotes)",
                  "{w}：不是有效的年月日：请写成 2027-01-15（年-月-日，不加引号）", w=w)
    if kind == "value":
        return tr(lang, "{w}: the value is not valid: write text in quotes (\"…\"), an amount as \"800.00\", a date "
                        "as 2027-01-15", "{w}：值无效：文字要加引号（\"…\"），金额写成 \"800.00\"，年月日写成 2027-01-15",
                  w=w)
    if kind == "equals":
        return tr(lang, "{w}: a key must be followed by = and its value, e.g. name = \"…\"",
                  "{w}：键后面要有等号和值，例如 name = \"…\"", w=w)
    if kind == "extra":
        return tr(lang, "{w}: something follows the value on the same line: write one key = value a line (a note "
                        "starts with #)", "{w}：值后面还有多余的内容：每行只写一个“键 = 值”（说明文字以 # 开头）", w=w)
    if kind == "list":
        return tr(lang, "{w}: a list [ … ] is not closed: end it with ]", "{w}：列表 [ … ] 没有结束：请在末尾补上 ]", w=w)
    if kind == "inline":
        return tr(lang, "{w}: a table {{ … }} is not closed: end it with }} on the same line",
                  "{w}：表 {{ … }} 没有结束：请在同一行末尾补上 }}", w=w)
    if kind == "header":
        return tr(lang, "{w}: a [section] header is not closed: end it with ]", "{w}：[小节] 标题没有结束：请补上 ]", w=w)
    if kind == "backslash":
        return tr(lang, "{w}: a backslash \\ in quoted text: write it twice (\\\\), or use single quotes: 'C:\\folder'",
                  "{w}：引号中的文字含有反斜杠 \\：请写两次（\\\\），或改用单引号，例如 'C:\\folder'", w=w)
    return tr(lang, "{w}: this line is not key = value: a key is letters, digits, _ or - (put any other key in quotes)",
              "{w}：这一行不是“键 = 值”的形式：键只能由英文字母、数字、_ 或 - 组成（其他文字的键请加引号）", w=w)


_AT = re.compile(r"^(?P<body>.*?)\s*\(at (?:line (?P<line>\d+), column \d+|end of document)\)\s*$", re.S)


def _open_at(text: str) -> int | None:
    """The position of what is still open at the end of ``text``: an unclosed string, or the first unclosed
    bracket (for a parser error reported "at end of document"). None when nothing is."""
    opened: list[int] = []
    for m in _TOKENS.finditer(text):
        tok = m.group(0)
        if tok[0] in "\"'":
            if len(tok) < 2 or tok[-1] != tok[0] or (tok[:3] in ('"""', "'''") and (len(tok) < 6 or tok[-3:] != tok[:3])):
                return m.start()
        elif tok in "[{":
            opened.append(m.start())
        elif tok in "]}" and opened:
            opened.pop()
    return opened[0] if opened else None


def syntax_message(path: Path, text: str, exc: ValueError, lang: str) -> str:
    """The message for a file the TOML parser refused: file, line (the parser's, or where an unclosed string or
    bracket starts when it stopped at the end of the file), the key on that line, and what the error means and
    what to write, in ``lang`` — the parser's own English is not shown in a Chinese message."""
    raw = str(getattr(exc, "msg", None) or exc)
    m = _AT.match(str(exc))
    body = m.group("body") if m else raw
    line = int(m.group("line")) if m and m.group("line") else None
    if m and not m.group("line"):  # stopped at the end of the file: say what is still open, where it opens
        pos = _open_at(text)
        if pos is not None:
            line = text.count("\n", 0, pos) + 1
            body = {"[": "Unclosed array", "{": "Unclosed inline table"}.get(text[pos], "Unterminated string")
    key = None
    if line is not None:
        m_key = _KEY_AT.match((text.splitlines() or [""])[min(line, len(text.splitlines())) - 1])
        key = _key_parts(m_key.group(1))[-1] if m_key else None
    at = tr(lang, "{name}, line {line}", "{name} 第 {line} 行", name=path.name, line=line) if line else path.name
    where = (f"{at}: {key}" if lang != "zh" else f"{at}：{key}") if key else at
    lines = text.splitlines()
    if line is not None and 1 <= line <= len(lines) and _CURLY.search(lines[line - 1].split("#", 1)[0]):
        # “…” typed where "…" belongs (a Chinese keyboard, a word processor's smart quotes): the line has quotes,
        # so "write text in quotes" would not tell the person what is wrong
        return tr(lang, "{w}: the quotes “ ” (or ‘ ’) are typographic quotes, which packet.toml does not read as "
                        "quotes: type straight quotes \"…\" instead (switch the keyboard to English punctuation)",
                  "{w}：“ ”（或 ‘ ’）是中文标点的引号，packet.toml 不把它们当作引号：请改用英文标点的直引号 \"…\""
                  "（把输入法切换到英文标点再输入）", w=where)
    value = lines[line - 1].split("=", 1)[-1].split("#", 1)[0].strip() if line and 1 <= line <= len(lines) else ""
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):  # 2027-13-01: read as 2027, then "-13-01" left over
        return _explain("date", lang, where, "")
    if re.fullmatch(r"\d{1,4}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{1,4}", value):  # 15/01/2027: 15, then "/01/2027"
        return tr(lang, "{w}: {v} is not a date packet.toml can read: write it year-month-day, as 2027-01-15",
                  "{w}：{v} 不是 packet.toml 能读的日期格式：请按“年-月-日”写，例如 2027-01-15", w=where, v=value)
    if re.fullmatch(r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}[ T]+\d{1,2}[:.]\d{2}([:.]\d{2})?", value):
        # 14/10/2026 11:20 (a call's time in [[contact]] typed as a person writes it): a date, then a time after T
        return tr(lang, "{w}: {v} is not a date and time packet.toml can read: write it year-month-day, then T and "
                        "the time, as 2026-10-14T11:20:00 (no quotes)",
                  "{w}：{v} 不是 packet.toml 能读的日期时间格式：请按“年-月-日”写，再加 T 和时间，例如 "
                  "2026-10-14T11:20:00（不加引号）", w=where, v=value)
    for pattern, kind in _SYNTAX:
        hit = re.match(pattern, body)
        if hit:
            groups = [g for g in hit.groups() if g] or [""]
            return _explain(kind, lang, where, groups[0].replace("'", "").replace(", ", ".").strip("(),"))
    return tr(lang, "{w}: not valid TOML ({d}). Check quotes, '=' signs and [section] headers.",
              "{w}：TOML 格式有误。请检查引号、等号和 [小节] 标题。", w=where, d=body)


def load_toml(path: Path, lang: str | None = None, error: type[PacketError] = ChecklistError,
              text: str | None = None, max_entries: int | None = None) -> tuple[dict, TomlFile]:
    """Parse ``path`` (or ``text`` read from it) as TOML. Returns the data and its :class:`TomlFile`.

    :func:`prescan` runs first (nesting, number size, ``max_entries`` entries of one array of tables).
    Raises ``error`` when the file is missing, not UTF-8, refused by the prescan or not valid TOML (with the
    parser's line and column)."""
    lang = lang or env_lang()
    path = Path(path)
    if text is None:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            raise error(tr(lang, "{p}: no such file", "{p}：找不到该文件", p=path)) from None
        except UnicodeDecodeError:
            raise error(tr(lang, "{name} is not UTF-8 text; save it as UTF-8 in your editor",
                           "{name} 不是 UTF-8 编码的文本；请在编辑器中另存为 UTF-8", name=path.name)) from None
    prescan(path, text, lang, error, max_entries)
    try:
        data = tomllib.loads(text)
    except (RecursionError, MemoryError, ValueError) as exc:  # past the prescan: still never an internal error
        if isinstance(exc, tomllib.TOMLDecodeError):
            raise error(syntax_message(path, text, exc, lang)) from None
        raise error(tr(lang, "{name}: cannot be read ({detail}); it is too deeply nested or holds too big a value.",
                       "{name}：无法读取（{detail}）；嵌套过深或某个值过大。", name=path.name,
                       detail=type(exc).__name__)) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(syntax_message(path, text, exc, lang)) from None
    return data, TomlFile(path, text, lang, error)


def read_toml(path: Path, lang: str | None = None, error: type[PacketError] = ChecklistError) -> dict:
    """:func:`load_toml` without the :class:`TomlFile`: the data alone."""
    return load_toml(path, lang, error)[0]


class Strict:
    """Typed access to one table of a :class:`TomlFile`; every error names the file, line and key path.

    ``where`` is the dotted path of this table (``""`` at the top level, ``requirement[0].option[1]``
    inside arrays of tables)."""

    def __init__(self, source: TomlFile | Path, where: str, data: Any) -> None:
        if not isinstance(source, TomlFile):  # a path: read its text once more, for line numbers only
            try:
                text = Path(source).read_bytes().decode("utf-8-sig", "replace")
            except OSError:
                text = ""
            source = TomlFile(Path(source), text)
        self.source, self.where = source, where
        if not isinstance(data, dict):
            self.fail("must be a table, got {got}", None, "应为表，实际是 {got}", got=type(data).__name__)
        self.data: Mapping[str, Any] = data

    @property
    def path(self) -> Path:
        return self.source.path

    def fail(self, en: str, key: str | None = None, zh: str | None = None, **kw: object):
        """Raise the file's error for ``key`` of this table; ``zh`` defaults to the English text."""
        if not kw:  # a message already formatted by the caller: its braces are text
            en, zh = en.replace("{", "{{").replace("}", "}}"), (zh or en).replace("{", "{{").replace("}", "}}")
        self.source.fail(".".join(x for x in (self.where, key) if x), None, None, en, zh or en, **kw)

    def only(self, *allowed: str) -> Strict:
        for key in self.data:
            if key not in allowed:
                self.fail("unknown key (allowed: {allowed}). Check the spelling.", key,
                          "未知的键（这里可以写：{allowed}）。请检查拼写。", allowed=", ".join(allowed))
        return self

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ..., choices: tuple | None = None) -> Any:
        if key not in self.data:
            if default is ...:
                self.fail("is required", key, "必须填写")
            return default
        value = self.data[key]
        name = getattr(kind, "__name__", str(kind))
        if isinstance(value, bool) and kind is not bool:
            self.fail("must be {kind}, got true/false", key, "应为 {kind}，实际是 true/false", kind=name)
        if not isinstance(value, kind):
            self.fail("must be {kind}, got {got}", key, "应为 {kind}，实际是 {got}", kind=name, got=type(value).__name__)
        if choices is not None and value not in choices:
            self.fail("'{value}' is not one of {choices}", key, "'{value}' 不在可选值之中：{choices}",
                      value=value, choices=", ".join(map(str, choices)))
        if kind is int and value < 0:
            self.fail("must not be negative", key, "不能为负数")
        return value

    def child(self, key: str, default: Any = ...) -> Strict:
        if key not in self.data and default is not ...:
            return Strict(self.source, f"{self.where}.{key}".strip("."), default)
        return Strict(self.source, f"{self.where}.{key}".strip("."), self.get(key, dict))

    def item(self, key: str, index: int, data: Any) -> Strict:
        """The ``index``-th table of the array of tables ``key`` (``requirement[0]``)."""
        return Strict(self.source, f"{self.where}.{key}[{index}]".strip("."), data)

    def texts(self, key: str) -> dict[str, str]:
        """A {zh = "…", en = "…"} pair; both languages required."""
        t = self.child(key).only("zh", "en")
        return {lang: t.get(lang, str) for lang in ("zh", "en")}

    def str_list(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(key, list, default)
        if any(not isinstance(v, str) for v in value):
            self.fail("must be a list of strings", key, "应为文字列表")
        return tuple(value)
