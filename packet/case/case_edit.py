"""Writing ``packet.toml``: the one file in a case folder packet itself may change (interface.md, "Writing
packet.toml").

Every change is made with a round-trip TOML library (tomlkit), so the user's comments and layout stay as
they were; the new text is validated by the case-file loader before it replaces the old one; it is written
to a temporary file in the same folder, synced and renamed over the old one (atomic: a crash or Ctrl-C
leaves the old file or the new one, never half of one); and an advisory lock keeps two writers apart.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

import tomlkit
from tomlkit.items import AoT, InlineTable

from packet.case.casefile import (
    CASE_FILE,
    Case,
    messages_lang,
    parse_case,
    read_case_text,
    refuse_outside_link,
    split_part,
)
from packet.core.display import command_path
from packet.core.errors import CaseFileError, OutputError
from packet.core.i18n import env_lang, tr
from packet.core.stopping import committing

ENTRY_TABLES = ("contact", "reply", "sent")  # the lists `packet log` and `packet sent` add to


LOCK_WAIT = 10.0  # seconds a command waits for another one editing the same packet.toml before it gives up


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path``'s lock file (``.packet.toml.lock``, hidden: never a document)
    while editing, waiting up to :data:`LOCK_WAIT` seconds for another command that holds it (an adviser's script
    logs several contacts at once). The lock file is left in place: removing it on release let a waiting command
    lock the removed file while a new one locked a fresh file, both "exclusive" (a trial: six `packet log` runs at
    once, four said they recorded, two entries were lost). Raises CaseFileError when the wait runs out, OutputError
    when the lock file cannot be made."""
    lock = path.with_name(f".{path.name}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise unwritable(path.parent, exc) from None
    try:
        try:
            import fcntl

            give_up = time.monotonic() + LOCK_WAIT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= give_up:
                        lang = messages_lang(path.parent)
                        raise CaseFileError(tr(lang, "{p} is being changed by another packet command.",
                                               "另一个 packet 命令正在修改 {p}。", p=path),
                                            tr(lang, "Wait for it to finish, then try again.", "请等它完成后再试。")) from None
                    time.sleep(0.05)
        except ImportError:  # pragma: no cover - Windows: no advisory locks, the rename is still atomic
            pass
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays (see above)


# The case file holding [passwords] is the owner's alone (read and write for the owner, nothing for the group and
# others): the passwords open the person's bank statements (a new user's trial, r21: it was written 0644, readable by
# every account on the machine). Without passwords the file keeps the mode it had (a new one: the umask's).
PRIVATE_MODE = 0o600


def write_atomic(path: Path, text: str, *, exclusive: bool = False, private: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder: fsync, then rename.

    ``exclusive``: fail with :class:`CaseFileError` if ``path`` exists (never overwrite a case file).
    ``private``: the file is written with mode 0600 (:data:`PRIVATE_MODE`: the owner alone may read it) — a case
    file that holds ``[passwords]``; otherwise it keeps the mode of the file it replaces (a new file: the umask's).
    Raises :class:`OutputError` when the folder cannot be written (:func:`unwritable`). A stop (Ctrl-C) waits for
    it (:func:`packet.core.stopping.committing`): the file whole or not at all, no temporary file left."""
    with committing():
        _write_atomic(path, text, exclusive=exclusive, private=private)


def _write_atomic(path: Path, text: str, *, exclusive: bool, private: bool) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    mode = PRIVATE_MODE if private else None
    if mode is None:
        with contextlib.suppress(OSError):
            mode = path.stat().st_mode & 0o777
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE if private else 0o666)
            if mode is not None:
                os.fchmod(fd, mode) if hasattr(os, "fchmod") else os.chmod(tmp, mode)
            with open(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise unwritable(path.parent, exc) from None
        if exclusive:
            try:
                os.link(tmp, path)  # fails if path exists: no overwrite even in a race
            except FileExistsError:
                raise exists_error(path) from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise exists_error(path) from None
                os.replace(tmp, path)
        else:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise unwritable(path.parent, exc) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def unwritable(folder: Path, exc: OSError) -> OutputError:
    """The error for a case folder packet may not write its case file into (read-only, no permission, disk full:
    ``exc`` says which), with what to do: an ``output`` error (exit 2), never an internal one. ``exc`` is kept as
    its ``os_error`` (the web page words the cause and the remedy in its own terms: packet.web.unwritable)."""
    lang = messages_lang(folder)
    why = exc.strerror or str(exc)
    err = OutputError(tr(lang, "packet could not write to {d} ({why}).", "packet 无法写入 {d}（{why}）。", d=folder, why=why),
                       tr(lang, "The folder is read-only, or your account may not write there, or the disk is full: "
                                "copy the case folder to a place you can write to (your home folder) and run the "
                                "command there, or free some space.",
                          "这个文件夹是只读的、您的账户无权写入，或者磁盘已满：请把案件文件夹复制到您可以写入的位置"
                          "（例如个人文件夹）再运行这个命令，或者腾出一些空间。"))
    err.os_error = exc  # type: ignore[attr-defined]
    return err


def exists_error(path: Path) -> CaseFileError:
    lang = env_lang()
    return CaseFileError(tr(lang, "{p} already exists; packet never overwrites it.", "{p} 已存在；packet 不会覆盖它。", p=path),
                         tr(lang, "Edit it in a text editor, or move it away and run  packet init  again.",
                            "请用文本编辑器修改它；或者先把它移走，再运行  packet init。"))


def edit_case(root: Path, change: Callable[[tomlkit.TOMLDocument], None], *,
              known_types: tuple[str, ...] | None = None,
              known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Apply ``change`` to ``root/packet.toml`` (a tomlkit document, comments kept), validate, write atomically;
    a case file that holds ``[passwords]`` is written 0600, readable by its owner alone (:func:`write_atomic`).

    ``known_types``/``known_fields`` validate the new file as :func:`packet.case.casefile.load_case` does with them.
    Returns the validated new :class:`Case`. Raises :class:`CaseFileError` when there is no case file, when
    the file does not parse, or when the change would make it invalid (the old file is then left untouched)."""
    root = Path(root)
    path = root / CASE_FILE
    lang = env_lang()
    if not path.is_file():
        raise CaseFileError(tr(lang, "There is no packet.toml in {d}.", "{d} 中没有 packet.toml。", d=root),
                            tr(lang, "Run  packet init {d}  first.", "请先运行  packet init {d}。", d=command_path(root)))
    refuse_outside_link(root)
    with _locked(path):
        text = read_case_text(path)
        parse_case(root, text.encode("utf-8"))  # the file as it is must be valid before we add to it
        doc = tomlkit.parse(text)
        change(doc)
        new = tomlkit.dumps(doc)
        case = parse_case(root, new.encode("utf-8"), known_types=known_types, known_fields=known_fields)
        write_atomic(path, new, private=bool(case.passwords))  # passwords: the owner's alone (0600)
    return case


def _clean(values: dict) -> dict:
    out = {}
    for k, v in values.items():
        if v is None or v == "":
            continue
        if isinstance(v, datetime):
            v = v.replace(microsecond=0, tzinfo=None)
        out[k] = v
    return out


def add_entry(root: Path, table: str, values: dict) -> Case:
    """Append one ``[[table]]`` (``contact``, ``reply`` or ``sent``) with ``values`` (None and "" left out).

    Values are TOML-typed: a ``datetime`` for ``at``. Raises :class:`CaseFileError` for an invalid entry
    (an unknown channel or reply kind is named with the allowed ones), leaving the file untouched."""
    if table not in ENTRY_TABLES:
        raise ValueError(table)

    def change(doc: tomlkit.TOMLDocument) -> None:
        item = tomlkit.table()
        for k, v in _clean(values).items():
            item[k] = v
        if table in doc:
            doc[table].append(item)
        else:
            aot = tomlkit.aot()
            aot.append(item)
            doc.append(table, aot)

    return edit_case(root, change)


def entries(root: Path) -> list[tuple[str, int, dict]]:
    """Every [[contact]], [[reply]] and [[sent]] in time order: (table, index within it, its values).

    The list `packet log --list` numbers from 1; :func:`remove_entry` takes the same number."""
    path = Path(root) / CASE_FILE
    refuse_outside_link(Path(root))
    data = tomlkit.parse(read_case_text(path)).unwrap() if path.is_file() else {}
    out = []
    for table in ENTRY_TABLES:
        for i, item in enumerate(data.get(table, []) or []):
            if isinstance(item, dict):
                out.append((table, i, item))

    def when(e: tuple[str, int, dict]) -> str:
        at = e[2].get("at")
        return at.isoformat() if hasattr(at, "isoformat") else str(at)

    return sorted(out, key=when)


def remove_entry(root: Path, number: int) -> tuple[str, dict]:
    """Remove entry ``number`` (1-based, as :func:`entries` numbers them); returns (table, its values).

    Raises :class:`CaseFileError` (code ``usage``: the number given is wrong) when there is no such entry."""
    found = entries(root)
    lang = messages_lang(root)
    if not 1 <= number <= len(found):
        raise CaseFileError(tr(lang, "There is no entry {n}; the log has {m}.", "没有第 {n} 条记录；共有 {m} 条。",
                               n=number, m=len(found)),
                            tr(lang, "See the numbers with  packet log {d} --list.", "用  packet log {d} --list  查看编号。",
                               d=command_path(root)), code="usage")  # a wrong number on the command line, not a broken file
    table, index, values = found[number - 1]

    def change(doc: tomlkit.TOMLDocument) -> None:
        aot = doc[table]
        assert isinstance(aot, AoT)
        del aot[index]
        if not len(aot):
            del doc[table]

    edit_case(root, change)
    return table, values


def set_delivered(root: Path, when: datetime) -> dict:
    """Write ``delivered = when`` into the latest ``[[sent]]`` entry (by its ``at``): the day the sending reached the
    lender (from the post's tracking), which a posted request's reply deadline counts from
    (:func:`packet.case.followup.deadline`). Returns that entry's values as they were before.

    Raises :class:`CaseFileError` (code ``usage``) when nothing was recorded as sent yet, when ``when`` is before
    the sending itself or after today, or when the last sending did not go by post (an email arrives the day it is
    sent); packet.toml is then left untouched."""
    lang = messages_lang(root)
    before: dict = {}

    def change(doc: tomlkit.TOMLDocument) -> None:  # packet.toml read once, under edit_case's lock
        sent = list(doc.get("sent", []) or [])
        if not sent:
            raise CaseFileError(tr(lang, "Nothing was recorded as sent yet, so there is no delivery to record.",
                                   "还没有发送记录，因此无法记录送达。"),
                                tr(lang, "Record the sending first with  packet sent {d}",
                                   "请先运行  packet sent {d}  记录发送。", d=command_path(root)), code="usage")
        item = max(sent, key=lambda x: str(x.get("at", "")))  # the latest sending, as entries() orders them
        values = item.unwrap() if hasattr(item, "unwrap") else dict(item)
        at = values.get("at")
        if when.date() > datetime.now().date():
            raise CaseFileError(tr(lang, "{w} has not come yet.", "{w} 还没有到。", w=when.date().isoformat()),
                                tr(lang, "Give the day the tracking says it was delivered.",
                                   "请填写快递查询显示的送达日期。"), code="usage")
        if hasattr(at, "date") and when.date() < at.date():
            raise CaseFileError(tr(lang, "{w} is before the day it was sent ({a}).", "{w} 早于发送日期（{a}）。",
                                   w=when.date().isoformat(), a=at.date().isoformat()),
                                tr(lang, "Give the day the tracking says it was delivered.",
                                   "请填写快递查询显示的送达日期。"), code="usage")
        if values.get("via") != "post":
            raise CaseFileError(tr(lang, "The last sending ({a}) went by {v}, not by post: it arrived the day it was "
                                         "sent, so no delivery day is kept for it.",
                                   "上一次发送（{a}）不是邮寄（{v}），当天即送达，无需记录送达日期。",
                                   a=str(at)[:10], v=values.get("via", "?")), code="usage")
        before.update(values)
        item["delivered"] = when.replace(microsecond=0, tzinfo=None)

    edit_case(root, change)
    return before


def _file_key(rel: str) -> tuple[str, int | None]:
    """A file's key as packet.toml's tables name it, and the document part (``"<path>#N"``): "/" separators, no
    leading "./", no spaces round it (:func:`packet.case.casefile.split_part`)."""
    return split_part(rel.replace("\\", "/").strip().removeprefix("./"))


def correct_field(case_dir: Path, rel: str, field: str, value: str | None, *,
                  known_types: tuple[str, ...] | None = None,
                  known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Give (or confirm) the value of ``field`` of the document ``rel`` in ``[fields."<rel>"]`` of packet.toml, as a
    person would by hand: ``rel`` is the path relative to the case folder, with ``#N`` for the N-th document of a
    file holding several (as the report numbers them); ``value`` is written as text (``"8968.40"``, ``"2026-10"``,
    ``"2026-10-31"``); None removes the field's value again (and the table when it is left empty).

    Round-trip (comments and layout kept), atomic and locked as every edit (:func:`edit_case`); the new file is
    validated first with ``known_types``/``known_fields`` (the registry's: pass them, as
    :func:`packet.workflow.correct_field` does) so a wrong path, a path outside the case, an unknown field or a value
    that does not parse for its kind raises :class:`CaseFileError` naming the key and line, and packet.toml is left
    as it was."""
    path, part = _file_key(rel)
    key = path if part is None else f"{path}#{part}"

    def change(doc: tomlkit.TOMLDocument) -> None:
        if "fields" not in doc:
            if value is None:
                return
            doc["fields"] = tomlkit.table(is_super_table=True)
        fields = doc["fields"]
        if key not in fields:
            if value is None:
                return
            fields[key] = tomlkit.table()
        table = fields[key]
        if value is None:
            if field in table:
                del table[field]
            if not len(table):
                del fields[key]
            if not len(fields):
                del doc["fields"]
            return
        table[field] = str(value).strip()

    return edit_case(case_dir, change, known_types=known_types, known_fields=known_fields)


def set_file_type(case_dir: Path, rel: str, doc_type: str | None, *,
                  known_types: tuple[str, ...] | None = None,
                  known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Say in ``[files]`` of packet.toml which type of document the file ``rel`` (path relative to the case folder)
    is, as a person would by hand: ``"<rel>" = "<type>"``, or the ``type`` key of the file's table when it has one
    (its ``include`` and ``title`` kept). ``doc_type`` None withdraws it (packet detects the type again; a table
    left with nothing in it goes, and ``[files]`` when it is empty).

    Round-trip, atomic and locked as every edit (:func:`edit_case`), validated with ``known_types``/``known_fields``
    first, so a path outside the case folder or not in it, or a type the registry does not have, raises
    :class:`CaseFileError` naming the key and line, and packet.toml is left as it was."""
    key, _part = _file_key(rel)  # a type is the whole file's

    def change(doc: tomlkit.TOMLDocument) -> None:
        _set_in_entry(doc, key, "type", doc_type)

    return edit_case(case_dir, change, known_types=known_types, known_fields=known_fields)


def _set_in_entry(doc: tomlkit.TOMLDocument, key: str, name: str, value: object) -> None:
    """Set ``name`` ("type", "include") of the file ``key``'s entry in ``[files]`` to ``value``, or withdraw it
    (``value`` None), as a person would write it: a type alone is the plain line ``"<rel>" = "<type>"``; an entry
    with more is an inline table (rebuilt: tomlkit's in-place edit loses the space before '}'), or, when the file
    has a ``[files."<rel>"]`` table of its own, that table edited in place; an entry left with nothing goes, and
    ``[files]`` when it is empty."""
    if "files" not in doc:
        if value is None:
            return
        doc["files"] = tomlkit.table()
    files = doc["files"]
    entry = files.get(key)
    kept = dict(entry.items()) if isinstance(entry, dict) else {"type": str(entry)} if entry is not None else {}
    kept.pop(name, None)
    if value is not None:
        kept[name] = value
    if not kept:
        if key in files:
            del files[key]
    elif set(kept) == {"type"}:
        files[key] = kept["type"]  # the plain line
    elif isinstance(entry, dict) and not isinstance(entry, InlineTable):
        if value is not None:
            entry[name] = value
        elif name in entry:
            del entry[name]
    else:
        files[key] = tomlkit.inline_table()
        files[key].update(kept)
    if not len(files):
        del doc["files"]


def set_file_include(case_dir: Path, rel: str, include: bool | None, *,
                     known_types: tuple[str, ...] | None = None,
                     known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Say in ``[files]`` of packet.toml whether the file ``rel`` goes into the packet whatever its type, as a person
    would by hand: ``"<rel>" = { include = true }`` (a type given as ``"<rel>" = "<type>"`` kept, as the table's
    ``type``; its ``title`` and ``join`` kept). ``include`` None withdraws it (the checklist decides again; a table
    left with nothing in it goes, and ``[files]`` when it is empty).

    Round-trip, atomic and locked as every edit (:func:`edit_case`), validated first, so a path outside the case
    folder or not in it raises :class:`CaseFileError` naming the key and line, and packet.toml is left as it was."""
    key, _part = _file_key(rel)  # whether it goes in is the whole file's

    def change(doc: tomlkit.TOMLDocument) -> None:
        _set_in_entry(doc, key, "include", include)

    return edit_case(case_dir, change, known_types=known_types, known_fields=known_fields)


def set_password(case_dir: Path, rel: str, password: str | None, *,
                 known_types: tuple[str, ...] | None = None,
                 known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Give the password of the PDF ``rel`` (path relative to the case folder) under ``[passwords]`` of packet.toml,
    as a person would by hand (``"<rel>" = "<password>"``), or (``password`` None) withdraw it (``[passwords]`` goes
    when it is left empty). The password is kept as typed (spaces too: they may be part of it).

    Round-trip, atomic and locked as every edit (:func:`edit_case`), validated first, so a path outside the case
    folder or not in it raises :class:`CaseFileError` naming the key and line, and packet.toml is left as it was."""
    key, _part = _file_key(rel)

    def change(doc: tomlkit.TOMLDocument) -> None:
        if "passwords" not in doc:
            if password is None:
                return
            doc["passwords"] = tomlkit.table()
        table = doc["passwords"]
        if password is None:
            if key in table:
                del table[key]
        else:
            table[key] = password
        if not len(table):
            del doc["passwords"]

    return edit_case(case_dir, change, known_types=known_types, known_fields=known_fields)


def forget_file(case_dir: Path, rel: str) -> tuple[str, ...]:
    """Take every entry of packet.toml that names the file ``rel`` (a path relative to the case folder) out of it —
    its ``[files]`` entry, its ``[fields."<rel>"]`` and ``[fields."<rel>#N"]`` tables, its ``[passwords]`` entry, its
    ``[[redact]]`` entries — before the file leaves the case (:func:`packet.workflow.remove_file`): a case file that
    names a file no longer there does not load. Returns the tables that held something (``("files", "fields")``),
    in file order; () when none did or there is no packet.toml (nothing is then written). Round-trip (comments
    kept), atomic and locked as every edit (:func:`edit_case`); CaseFileError when packet.toml does not load."""
    root = Path(case_dir)
    if not (root / CASE_FILE).is_file():
        return ()

    def same(key: object) -> bool:
        return _file_key(str(key))[0] == rel

    def naming(doc: tomlkit.TOMLDocument) -> list[str]:
        out = [t for t in ("files", "fields", "passwords") if isinstance(doc.get(t), dict) and any(map(same, doc[t]))]
        redact = doc.get("redact")
        if isinstance(redact, list) and any(isinstance(x, dict) and same(x.get("file", "")) for x in redact):
            out.append("redact")
        return out

    if not naming(tomlkit.parse(read_case_text(root / CASE_FILE))):
        return ()
    touched: list[str] = []

    def change(doc: tomlkit.TOMLDocument) -> None:
        touched[:] = naming(doc)
        for table in ("files", "fields", "passwords"):
            if table in touched:
                for key in [k for k in doc[table] if same(k)]:
                    del doc[table][key]
                if not len(doc[table]):
                    del doc[table]
        if "redact" in touched:
            kept = [x for x in doc["redact"] if not (isinstance(x, dict) and same(x.get("file", "")))]
            del doc["redact"]
            if kept:
                aot = tomlkit.aot()
                for x in kept:
                    aot.append(x)
                doc["redact"] = aot

    edit_case(root, change)
    return tuple(touched)


def set_values(root: Path, values: Mapping[tuple[str, str], str], *,
               known_types: tuple[str, ...] | None = None,
               known_fields: Mapping[str, Mapping[str, str]] | None = None) -> Case:
    """Write plain string values into ``root/packet.toml``: ``values`` maps (table, key), e.g. ("lender", "name"), to
    the text to write ("" for "not given", as ``packet init`` writes it). A line that is there keeps its place and
    its comment (``name = ""  # as on your loan contract (needed)``); a table or key that is not is added. Validated
    and written as :func:`edit_case` does (raises :class:`CaseFileError`, the old file untouched)."""

    def change(doc: tomlkit.TOMLDocument) -> None:
        for (table, key), value in values.items():
            if table not in doc:
                doc.add(table, tomlkit.table())
            section = doc[table]
            old = section.get(key)
            new = tomlkit.string(value)
            trivia = getattr(old, "trivia", None)
            if trivia is not None and trivia.comment:
                new.trivia.comment_ws, new.trivia.comment = trivia.comment_ws or "  ", trivia.comment
            section[key] = new

    return edit_case(root, change, known_types=known_types, known_fields=known_fields)
