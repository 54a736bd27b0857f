"""Command line: parses options, calls the public API (:mod:`packet`), renders the result.

Exit codes (the public contract): 0 complete / built, 1 something is missing or build refused, 2 could not
run, 130 interrupted. With ``--json`` every outcome is one JSON object on stdout; a run that cannot complete
prints ``{"error", "code", "hint", "exit_code"}`` (interface.md, "Errors and exit codes"). Messages, Click's
own included, are in the user's language (``--lang``, ``PACKET_LANG``, the case's, the locale).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import click

import packet
from packet import PacketError, __version__
from packet.core import display, stopping
from packet.core.i18n import LANGS, env_lang, explicit_lang, set_lang, tr
from packet.core.startup import is_the_program, started

log = logging.getLogger("packet")


def _as_of(_ctx: click.Context | None, _param: click.Parameter | None, value: str | None) -> date:
    """``--as-of``: a date, named in the message when it is not one (a click callback)."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(tr(_usage_lang(_STATE["argv"]), "'{v}' is not a date; write it as 2026-11-28",
                                    "'{v}' 不是有效日期；请写成 2026-11-28", v=value)) from None


def _size(_ctx: click.Context, _param: click.Parameter, value: str) -> int:
    return parse_size(value)


def parse_size(value: str) -> int:
    """'18MB', '1.5 MB', '900KB', '2000000' -> bytes (1 MB = 1,000,000 bytes, as mail services count)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not m:
        raise click.BadParameter(tr(_usage_lang(_STATE["argv"]), "'{v}' is not a size; write it like 18MB or 900KB",
                                    "'{v}' 不是有效的大小；请写成 18MB 或 900KB 这样的形式", v=value))
    number, unit = float(m.group(1)), m.group(2).lower()
    size = int(number * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[unit])
    if size < 100_000:
        raise click.BadParameter(tr(_usage_lang(_STATE["argv"]), "{v} is too small for a PDF with documents; use at least 100KB",
                                    "{v} 太小，放不下带材料的 PDF；请至少设为 100KB", v=value))
    return size


# --- a folder as a person types or drags it into a terminal ------------------------------------------------

def _unquoted(text: str) -> str:
    """``text`` without one pair of quotes around it (``'My Documents'``, ``"My Documents"``)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _unescaped(text: str) -> str:
    """``text`` with a shell's backslash escapes undone (``My\\ Documents`` as macOS Terminal drops a folder in)."""
    return re.sub(r"\\(.)", r"\1", text)


def _from_url(text: str) -> str:
    """A ``file://`` address (a folder dragged from some file managers) as its path; other text unchanged."""
    if not text.lower().startswith("file://"):
        return text
    from urllib.parse import unquote, urlparse

    return unquote(urlparse(text).path)


def meant_path(given: str) -> str | None:
    """The one existing path that ``given`` (a folder typed or dropped into a terminal, which names nothing as it
    is) was meant to be: with the spaces or line break at either end taken off (a drag-and-drop leaves a trailing
    space, which quotes keep), one pair of quotes around it taken off, backslash escapes undone, a ``file://``
    address read as its path, a ``~`` at its start made the home folder — each alone or together. None when
    ``given`` exists, when no variant exists, or when two different ones do (no guessing between folders)."""
    if not given or os.path.lexists(given):
        return None
    steps = (str.strip, _unquoted, _unescaped, _from_url, os.path.expanduser)
    seen, todo = {given}, [given]
    while todo and len(seen) < 200:
        text = todo.pop()
        for step in steps:
            try:
                out = step(text)
            except (ValueError, OSError):
                continue
            if out and out not in seen:
                seen.add(out)
                todo.append(out)
    found = {os.path.realpath(v): v for v in seen if v != given and os.path.lexists(v)}
    return next(iter(found.values())) if len(found) == 1 else None


class FolderArg(click.Path):
    """A folder argument (``DIR``, ``CASES_DIR``) that takes the folder a typed or dragged-in name was meant to be
    (:func:`meant_path`) when the name as given names nothing: a first-time terminal user's ``"My Documents "``
    (a trial, r27: "No such folder: My Documents " with the folder right there)."""

    def convert(self, value, param, ctx):
        if isinstance(value, str):
            meant = meant_path(value)
            if meant is not None:
                logging.getLogger("packet").info("no file or folder %r: taking %r", value, meant)
                value = meant
        return super().convert(value, param, ctx)


def spaced_name_hint(exc: click.UsageError, lang: str) -> str | None:
    """The hint for a folder name with spaces typed without quotes (``packet check My Documents``: click's "Got
    unexpected extra argument (Documents)"): the name in quotes, as the command to type, when the words joined by
    spaces name an existing file or folder. None otherwise."""
    ctx = exc.ctx
    if ctx is None or not exc.message.startswith("Got unexpected extra argument"):
        return None
    m = re.match(r"Got unexpected extra arguments? \((.*)\)$", exc.message, re.S)
    names = [p.name for p in ctx.command.params if isinstance(p, click.Argument) and p.name in ("case_dir", "cases_dir")]
    first = ctx.params.get(names[0]) if names else None
    if not m or first is None:
        return None
    joined = f"{first} {m.group(1)}"
    if not (os.path.lexists(joined) or meant_path(joined)):
        return None
    shown = display.command_path(meant_path(joined) or joined)
    return tr(lang, "A name with spaces must be in quotes, or the terminal reads it as several: {c} {d}",
              "名字里有空格时要加上引号，否则终端会把它当成几个参数：{c} {d}", c=ctx.command_path, d=shown)


# --- options every command takes (before or after the subcommand) ----------------------------------------

_STATE: dict = {"verbose": False, "quiet": False, "argv": []}  # argv: the command line, for messages' language


def _set_lang(_ctx, _param, value):
    if value:
        set_lang(value)


def _set_flag(name):
    def callback(_ctx, _param, value):
        if value:
            _STATE[name] = True
            if name == "verbose":
                logging.getLogger("packet").setLevel(logging.DEBUG)
    return callback


def _everywhere(f):
    """-v, --quiet and --lang: accepted on the group and on every command, so either order works."""
    f = click.option("--lang", type=click.Choice(LANGS), expose_value=False, callback=_set_lang, is_eager=True,
                     help="Language of packet's messages: zh or en (default: PACKET_LANG, the case's, the locale).")(f)
    f = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_flag("quiet"),
                     help="Print only what a script needs (results and errors).")(f)
    f = click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_set_flag("verbose"),
                     help="Log details to stderr (for troubleshooting).")(f)
    return f


def _echo(message: object = "", err: bool = False, **kw) -> None:
    """Print for a person: control and bidi formatting characters from file names and case-file values are
    shown as visible escapes (:func:`packet.core.display.terminal`), so none can act on the terminal."""
    click.echo(display.terminal(message), err=err, **kw)


def _echo_json(dumped: str) -> None:
    """Print one JSON document, exact values kept (:func:`packet.core.display.json_safe`)."""
    click.echo(display.json_safe(dumped))


def say(message: str = "", err: bool = False) -> None:
    """Print a message for a person; nothing with --quiet (errors are printed with err=True regardless)."""
    if err or not _STATE["quiet"]:
        _echo(message, err=err)


def _fail(exc: PacketError, as_json: bool) -> None:
    """Stop with ``exc``: its message (and hint) on stderr; with --json one JSON object on stdout and nothing on
    stderr (an adviser's script that runs ``2>&1`` reads one JSON object, not JSON and then the same error as text)."""
    if as_json:
        report = getattr(exc, "report", None)
        data = report.to_json() if report is not None else {}
        if report is not None:
            data["build"] = None
        data.update({"error": exc.message, "code": exc.code, "hint": exc.hint, "exit_code": exc.exit_code})
        if getattr(exc, "written", None):  # a batch stopped after some packets were written: which (r25 trial)
            data["written"] = exc.written
        if getattr(exc, "problems", None):  # a case file's mistakes, every one with its line
            data["problems"] = [{"line": line, "message": message} for line, message in exc.problems]
        _echo_json(json.dumps(data, ensure_ascii=False, indent=2 if report is not None else None))
    else:
        _echo(str(exc), err=True)
    sys.exit(exc.exit_code)


def _common(f):
    f = click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=_as_of,
                     help="Date the checklist is judged against (default: today).")(f)
    f = click.option("--checklist", metavar="NAME|FILE", help="A built-in checklist or your own .toml file.")(f)
    f = click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
                     help="Tasks run in parallel: OCR, second readings, page images (default: all cores; 1: no pool).")(f)
    f = click.option("--no-cache", is_flag=True, help="Do not use or fill the OCR cache (the words read from scanned pages, kept for your "
                                                       "user account only so no page is read twice; `packet cache` "
                                                       "shows where it is and how big, and clears it).")(f)
    f = click.option("--ocr-engine", "ocr_engine", type=click.Choice(["auto", "tesseract", "rapidocr"]), default=None,
                     help="Which OCR engine reads scans and photos (default: [request] ocr_engine, else auto: "
                          "Chinese with PP-OCR (rapidocr), English with Tesseract).")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")(f)
    return f


def _options(as_of, checklist, jobs, no_cache, as_json, ocr_engine=None):
    import os

    if not no_cache:  # a limit set to nothing valid is said, on stderr (the result on stdout stays clean)
        for problem in packet.cache_limit_problems(env_lang()):
            _echo(tr(env_lang(), "Warning: ", "警告：") + problem, err=True)
    return packet.CheckOptions(as_of=as_of, checklist=checklist, jobs=jobs or os.cpu_count() or 1,
                               use_cache=not no_cache, ocr_engine=ocr_engine,
                               progress=not as_json and not _STATE["quiet"] and sys.stderr.isatty())


# --- Click's own errors, in the user's language, and one JSON object with --json ------------------------------

_ZH_CLICK = (
    (r"^'(.+)' is not one of (.+)\.$", "'{0}' 不是可选的值；请使用以下之一：{1}"),
    (r"^'(.+)' is not a valid integer( range)?\.$", "'{0}' 不是有效的整数"),
    (r"^(.+) is not in the range (.+)\.$", "{0} 超出允许的范围（{1}）"),
    (r"^Option '(.+)' requires an argument\.$", "选项 {0} 后面需要一个值"),
    (r"^Option '(.+)' does not take a value\.$", "选项 {0} 后面不能带值"),
    (r"^No such option: (\S+)(?: Did you mean (.+)\?)?$", "没有这个选项：{0}"),
    (r"^No such command '([^']+)'\.(?: \(Did you mean(?: one of)?:? (.+)\?\))?$",
     "没有这个命令：{0}（运行 packet --help 查看全部命令）"),
    (r"^Missing argument '(.+)'\.$", "缺少参数 {0}"),
    (r"^Missing option '(.+)'\.$", "缺少选项 {0}"),
    (r"^Got unexpected extra arguments? \((.+)\)$", "多余的参数：{0}"),
)


def usage_message(exc: click.UsageError, lang: str) -> str:
    """Click's message for a usage error, translated for zh (its English wording is matched, the values kept)."""
    text = exc.format_message()
    if isinstance(exc, click.MissingParameter) and exc.param is not None and exc.param.param_type_name == "argument":
        return missing_argument(exc, lang)
    if lang != "zh":
        return text
    hint = getattr(exc, "param_hint", None)
    if isinstance(exc, click.BadParameter) and hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx) if exc.ctx else exc.param.name
    body = exc.message
    if isinstance(exc, click.NoSuchOption):
        body = f"没有这个选项：{exc.option_name}"
        if exc.possibilities:
            body += "。您是不是想用：" + "、".join(sorted(exc.possibilities))
        return body
    for pattern, zh in _ZH_CLICK:
        # a mistyped command's guesses are only in click's formatted message, not its bare one
        m = re.match(pattern, (text if pattern.startswith("^No such command") else body).strip(), re.S)
        if m:
            body = zh.format(*(g or "" for g in m.groups()))
            if pattern.startswith("^No such command") and m.group(2):  # click's own guesses (a typo: chek)
                body += "。您是不是想用：" + "、".join(x.strip("' ") for x in m.group(2).split(","))
            if "Did you mean" in exc.message and getattr(exc, "possibilities", None):
                body += "。您是不是想用：" + "、".join(exc.possibilities)
            break
    if isinstance(exc, click.BadParameter) and hint:
        hint = hint if isinstance(hint, str) else " / ".join(hint)
        return f"{hint} 的值无效：{body}"
    return body


def several_folders_hint(exc: click.UsageError, lang: str) -> str | None:
    """The hint for a command of one case folder given several (``packet status clients/*``, an adviser's first
    try at a follow-up round): how to do them all at once with ``packet batch`` (each case's state, reply
    deadline and last contact in one table), or one at a time. None when the extra arguments are not folders
    or the command does not take one case folder."""
    ctx = exc.ctx
    if ctx is None or not exc.message.startswith("Got unexpected extra argument"):
        return None
    if not any(isinstance(p, click.Argument) and p.name == "case_dir" for p in ctx.command.params):
        return None
    m = re.match(r"Got unexpected extra arguments? \((.*)\)$", exc.message, re.S)
    given = [a for a in (m.group(1).split(" ") if m else []) if a and Path(a).is_dir()]
    first = ctx.params.get("case_dir")
    folders = ([Path(first)] if first and Path(first).is_dir() else []) + [Path(a) for a in given]
    if len(given) < 1 or len(folders) < 2:
        return None
    parents = {f.resolve().parent for f in folders}
    where = display.command_path(parents.pop()) if len(parents) == 1 else "CASES_DIR"
    name = ctx.command.name
    return tr(lang, "packet {c} takes one case folder; {n} were given. For all of them at once: packet batch {w}  "
                    "(each case's state, reply deadline and last contact in one table; --json or --csv FILE for a "
                    "script). Or one at a time:  for d in {w}/*/; do packet {c} \"$d\"; done",
              "packet {c} 一次只处理一个案件文件夹，这里给了 {n} 个。要一次处理全部：packet batch {w}（每个案件的状态、"
              "答复期限和最近一次联系列成一张表；脚本可用 --json 或 --csv 文件）。或者逐个运行："
              "for d in {w}/*/; do packet {c} \"$d\"; done",
              c=name, n=len(folders), w=where)


# what each argument is, and an example of it, for the message when it is left out
_ARGUMENTS = {
    "DIR": (("the folder that holds your documents", "./my-docs"), ("存放材料的文件夹", "./我的材料")),
    "[DIR]": (("the case folder", "./my-docs"), ("案件文件夹", "./我的材料")),
    "CASES_DIR": (("the folder that holds one folder per case", "./cases"), ("存放各个案件文件夹的总文件夹", "./案件")),
}


def missing_argument(exc: click.MissingParameter, lang: str) -> str:
    """The message for a left-out argument: what it is and the command to type, with an example value
    (``Missing DIR: the folder that holds your documents. Type it after the command, e.g.  packet check ./my-docs``)."""
    param = exc.param
    assert param is not None
    metavar = param.metavar or param.name.upper()
    (what_en, eg_en), (what_zh, eg_zh) = _ARGUMENTS.get(metavar, ((metavar, metavar), (metavar, metavar)))
    cmd = exc.ctx.command_path if exc.ctx else "packet"
    return tr(lang, "Missing {m}: {w}. Type it after the command, e.g.  {c} {e}",
              "缺少 {m}：{w}。请把它写在命令后面，例如  {c} {e}", m=metavar, w=what_en if lang != "zh" else what_zh,
              c=cmd, e=eg_en if lang != "zh" else eg_zh)


def _prescan(argv: list[str]) -> tuple[str | None, bool]:
    """--lang and --json from the raw arguments, so that even a parsing error speaks the user's language."""
    lang, as_json = None, False
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--json":
            as_json = True
        elif arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return (lang if lang in LANGS else None), as_json


def _usage_lang(argv: list[str]) -> str:
    """The language of a usage error: --lang, PACKET_LANG, else that of the first case folder named in ``argv``
    (a folder holding a packet.toml: the command line could not be parsed, so its arguments are not known), else
    the locale. ``packet check 我的材料 --as-of 2026/11/20`` on a Chinese case answers in Chinese."""
    if explicit_lang():
        return env_lang()
    for arg in argv:
        if arg == "--":
            continue
        try:
            if not arg.startswith("-") and (Path(arg) / "packet.toml").is_file():
                return _lang_for(Path(arg))
        except (OSError, ValueError):  # a name too long for the system, a NUL byte: not a case folder
            continue
    return env_lang()


def _command_summaries(lang: str) -> dict[str, str]:
    """What each command does in a line, for ``packet`` typed alone (Click's help is English only)."""
    return {
        "init": tr(lang, "write packet.toml: asks on a terminal, else a commented template",
                   "生成 packet.toml：在终端中逐项询问申请书需要的信息，否则写入带说明的模板"),
        "check": tr(lang, "read every document, say what is still missing", "读取每一份材料，说明还缺什么"),
        "build": tr(lang, "write the PDF to send: letter, index, stamped documents",
                    "生成要提交的 PDF：申请书、附件目录、逐页盖章的材料"),
        "sent": tr(lang, "record that the packet was sent: when, how, its fingerprint",
                   "记录申请材料已经发出：时间、方式、文件指纹"),
        "log": tr(lang, "record each contact with the lender (--reply: its answer)",
                  "记录与贷款机构的每次联系（加 --reply 记录对方的答复）"),
        "status": tr(lang, "the reply deadline, the replies, the next step, the complaint route",
                     "查看答复期限、已收到的答复、下一步和投诉途径"),
        "serve": tr(lang, "the whole job in a page in your browser", "在浏览器中打开本地页面，完成全部步骤"),
        "batch": tr(lang, "check every case of a caseload, what needs action first",
                    "检查一个总文件夹下的每个案件，按紧急程度排队"),
        "doctor": tr(lang, "check that the OCR engines, fonts and packages are installed",
                     "检查识别引擎、字体和依赖是否已安装"),
        "checklists": tr(lang, "list the checklists, or show one", "列出材料清单，或查看其中一个"),
        "cache": tr(lang, "show or clear the OCR cache", "查看或清理识别结果缓存"),
    }


def _no_command(ctx: click.Context, lang: str, as_json: bool) -> None:
    """``packet`` typed without a command: which commands there are and where to start, in the user's language
    (not Click's "Error: Missing command" over the English help); exit 2 like every usage error."""
    message = tr(lang, "Which command? Type one after packet, e.g.  packet check ./my-docs",
                 "请在 packet 后面写上要执行的命令，例如  packet check ./我的材料")
    hint = tr(lang, "New here? Start with  packet init ./my-docs  (or  packet serve  for the page in your browser).",
              "第一次使用？请先运行  packet init ./我的材料（或运行  packet serve，在浏览器中操作）。")
    if as_json:  # one object on stdout, nothing on stderr
        _echo_json(json.dumps({"error": message, "code": "usage", "hint": hint, "exit_code": 2}, ensure_ascii=False))
        return
    if lang == "zh":
        summaries = _command_summaries(lang)
        names = [n for n in summaries if n in cli.commands] + sorted(set(cli.commands) - set(summaries))
        width = max(len(n) for n in names)
        body = "\n".join(f"  {n:<{width}}  {summaries.get(n, '')}" for n in names)
        _echo(f"{message}\n\n命令：\n{body}\n\n{hint}\n每个命令的详细用法：packet 命令 --help", err=True)
    else:
        _echo(f"{message}\n\n{ctx.get_help()}\n\n{hint}", err=True)


def _say_stopped(argv: list[str], as_json: bool) -> None:
    """The one line (with --json the one object) a stopped run says: nothing was written and how to start again, in
    the user's language; after some of a batch's packets were written, which ones (:class:`packet.BatchStopped`)."""
    written = stopping.written()
    if written:
        try:
            _fail(packet.BatchStopped(written), as_json)
        except SystemExit:
            pass
        return
    lang = _usage_lang(argv)  # a Chinese case's folder answers in Chinese (a trial: it said "Stopped.")
    _emit_error(as_json, tr(lang, "Stopped. Nothing was written.", "已停止，没有写入任何文件。"), "interrupted",
                tr(lang, "Run the same command again when you are ready.", "准备好后，再运行同一条命令即可。"), 130)


def _emit_error(as_json: bool, message: str, code: str, hint: str | None, exit_code: int) -> None:
    """An outcome that is an error: with --json one object on stdout and nothing on stderr, else text on stderr."""
    if as_json:
        _echo_json(json.dumps({"error": message, "code": code, "hint": hint, "exit_code": exit_code}, ensure_ascii=False))
    else:
        _echo(message + (f"\n{hint}" if hint else ""), err=True)


class PacketGroup(click.Group):
    """The ``packet`` group: handles every outcome itself (exit codes, language, --json), for ``main()`` and tests."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # noqa: D401
        argv = list(sys.argv[1:] if args is None else args)
        wanted, as_json = _prescan(argv)
        set_lang(wanted)
        _STATE.update(verbose=False, quiet=False, argv=argv)
        try:
            # KeyboardInterrupt is caught below from here on: Python's handler comes back inside the try (Ctrl-C in
            # the lines between the two used to escape as a traceback); until then the start-up guard answers
            started()
            if standalone_mode and is_the_program():
                # Ctrl-C, SIGTERM or a closed terminal from here on ends the run within a second, its OCR children
                # and temporary files with it (packet.core.stopping); the line is said by _say_stopped
                stopping.begin(lambda: _say_stopped(argv, as_json), 130)
            rv = super().main(args=argv, prog_name=prog_name or "packet", complete_var=complete_var,
                              standalone_mode=False, **extra)
            code = rv if isinstance(rv, int) else 0
        except click.UsageError as exc:
            lang = _usage_lang(argv)
            if exc.ctx is not None and exc.ctx.command is self and exc.ctx.invoked_subcommand is None and (
                    isinstance(exc, click.exceptions.NoArgsIsHelpError) or exc.message == "Missing command."):
                _no_command(exc.ctx, lang, as_json)
                code = 2
                if standalone_mode:
                    sys.exit(code)
                return code
            cmd = exc.ctx.command_path if exc.ctx else "packet"
            hint = spaced_name_hint(exc, lang) or several_folders_hint(exc, lang) or tr(lang, "Run '{c} --help' to see what it takes.",
                                                          "运行 '{c} --help' 查看用法。", c=cmd)
            if not as_json and exc.ctx is not None:
                usage = exc.ctx.get_usage()
                _echo(usage.replace("Usage: ", "用法：") if lang == "zh" else usage, err=True)
            message = usage_message(exc, lang)
            if as_json:
                _echo_json(json.dumps({"error": message, "code": "usage", "hint": hint, "exit_code": 2},
                                      ensure_ascii=False))
            else:
                _echo(tr(lang, "Error: {m}", "错误：{m}", m=message) + f"\n{hint}", err=True)
            code = 2
        except (click.Abort, KeyboardInterrupt):  # Ctrl-C (SIGTERM, SIGHUP), or end of input at a prompt
            if stopping.active():
                stopping.stop()  # says _say_stopped's line, ends the OCR children, exits 130 without waiting for them
            _say_stopped(argv, as_json)
            code = 130
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        except PacketError as exc:
            if exc.code == "interrupted" and stopping.active():  # a batch stopped after writing some packets
                stopping.stop()
            try:
                _fail(exc, as_json)
            except SystemExit as done:
                code = done.code
        except Exception as exc:  # the last line of defence: log the detail, tell the user what to do
            log.debug("internal error", exc_info=True)
            lang = _usage_lang(argv)
            _emit_error(as_json, tr(lang, "packet stopped because of an internal error: {e}",
                                    "packet 因内部错误而停止：{e}", e=exc), "internal",
                        tr(lang, "Your files were not changed. Run again with -v and report the output to the developers.",
                           "你的文件没有被修改。请加上 -v 再运行一次，并把输出反馈给开发者。"), 2)
            code = 2
        finally:
            set_lang(None)
            stopping.finish()  # the run's temporary folder
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(name="packet", cls=PacketGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="packet")
@_everywhere
def cli() -> None:
    """Turn a folder of hardship documents into one complete PDF for your lender.

    Start with `packet init DIR` (it writes packet.toml, the few facts the letter needs),
    then `packet check DIR`: it says what is there and what is still missing.
    Then `packet build DIR` writes the file to send; `packet sent`, `packet log` and
    `packet status` keep track of it afterwards.
    """
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("case_dir", metavar="DIR", type=FolderArg(path_type=Path, readable=False))
@_common
@_everywhere
def check(case_dir, as_of, checklist, jobs, no_cache, ocr_engine, as_json):
    """Read every document and say what is still missing."""
    try:
        run = packet.check(case_dir, _options(as_of, checklist, jobs, no_cache, as_json, ocr_engine))
    except PacketError as exc:
        _fail(exc, as_json)
    if as_json:
        _echo_json(json.dumps(run.report.to_json(), ensure_ascii=False, indent=2))
    else:
        say(packet.render_report(run.report, run.case, run.checklist))
    sys.exit(0 if run.report.complete else 1)


@cli.command()
@click.argument("case_dir", metavar="DIR", type=FolderArg(path_type=Path, readable=False))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Where to write the PDF (default: DIR-packet.pdf next to DIR).")
@click.option("--force", is_flag=True, help="Build even though documents are missing (the letter lists what will follow).")
@click.option("--max-size", metavar="SIZE", default="18MB", show_default=True, callback=_size,
              help="Largest PDF, e.g. 18MB or 900KB. An email carries a file a third bigger: for a mail service "
                   "that takes 20 MB, give 15MB (the default fits a 25 MB limit).")
@click.option("--split", is_flag=True, help="If it cannot fit, write several parts each under --max-size.")
@click.option("--eml", is_flag=True, help="Also write an email draft (.eml) with the PDF attached.")
@click.option("--print", "print_mode", is_flag=True, help="For double-sided printing: each exhibit starts on an odd page.")
@click.option("--paper", type=click.Choice(["A4", "letter"], case_sensitive=False), default=None,
              help="Paper size for English cases (default: the paper most of your documents' pages are, US Letter "
                   "or A4; Chinese cases are always A4).")
@_common
@_everywhere
def build(case_dir, output, force, max_size, split, eml, print_mode, paper, as_of, checklist, jobs, no_cache,
          ocr_engine, as_json):
    """Write the submission PDF: cover letter, index, stamped exhibits."""
    try:
        run, result = packet.build(case_dir, _options(as_of, checklist, jobs, no_cache, as_json, ocr_engine), output,
                                max_size=max_size, split=split, eml=eml, print_mode=print_mode, force=force,
                                paper=None if paper is None else "letter" if paper.lower() == "letter" else "A4")
    except PacketError as exc:
        _fail(exc, as_json)
    lang = run.report.language
    if as_json:
        data = run.report.to_json()
        data["build"] = {"files": [str(p) for p in result.files], "pages": result.pages, "size": result.size,
                         "parts": result.parts, "kept_sent": str(result.kept_sent) if result.kept_sent else None}
        _echo_json(json.dumps(data, ensure_ascii=False, indent=2))
        sys.exit(0)
    if result.kept_sent:
        say(tr(lang, "The PDF you recorded as sent was kept as {p} (the lender has it); the new one replaces it.",
               "您记录为已发送的 PDF 已另存为 {p}（贷款机构收到的就是它）；新生成的文件在原来的位置。", p=result.kept_sent))
    for path in result.files:
        _echo(tr(lang, "Written: {p}", "已生成：{p}", p=path))
    say(tr(lang, "{pages} pages, {size}{parts}.", "共 {pages} 页，{size}{parts}。",
           pages=result.pages, size=display.file_size(result.size),
           parts="" if result.parts == 1 else tr(lang, f" in {result.parts} parts", f"，分为 {result.parts} 个文件")))
    drafts = [p for p in result.files if p.suffix == ".eml" and p.is_file()]
    if drafts:  # what a mail service's limit counts is the email, a third bigger than its PDF (base64, RFC 2045)
        say(tr(lang, "The email draft is {size} (an attachment grows by a third in an email; a mail service's size "
                     "limit counts the email).", "邮件草稿为 {size}（附件放进邮件后会变大约三分之一；邮箱的大小限制按整封邮件计算）。",
               size=display.file_size(max(p.stat().st_size for p in drafts))))
    if "plan.first_payment" not in run.report.letter_needs:  # else forced: the letter offers no plan (see below)
        for line in packet.plan_summary(run.case.plan, lang, run.report.currency):
            say(line)
    if not run.report.complete:
        say(tr(lang, "Built with --force: the cover letter lists what will follow. Send it when you have it.",
               "已使用 --force 生成：申请书中列出了待补材料，备齐后请尽快补交。"))
    if run.report.letter_needs:
        say(tr(lang, "Built with --force: the letter still lacks {what}. Add it to packet.toml and build again before "
                     "sending.",
               "已使用 --force 生成：申请书中没有{what}。发送前请在 packet.toml 中补上并重新生成。",
               what=tr(lang, ", ", "、").join(packet.need_name(k, lang) for k in run.report.letter_needs)))
    if run.report.others:  # forced: say whose papers went in, once more
        say(tr(lang, "Built with --force: it includes documents in another person's name ({o}). Send it only if they "
                     "truly are yours.", "已使用 --force 生成：其中有别人名下的材料（{o}）。只有确实是您本人的材料时才发送。",
               o=tr(lang, "; ", "；").join(f"{rel}: {name}" for rel, name in run.report.others)))
    if "reply" in run.report.letter_warnings:  # the warning check, batch and the page give, in the same words
        say(packet.reply_warning(lang))
    if "written_reply" in run.report.letter_warnings:  # a phone only: check's warning, its lines to add as they are
        head, *block = packet.written_reply_warning(lang).split("\n")
        say(head)
        for line in block:
            say(f"    {line}")
    if "voice" in run.report.letter_warnings:  # the statement speaks of the applicant as someone else (check says it)
        say(packet.voice_warning(lang, run.case))
    if eml and not run.case.lender.email:
        say(tr(lang, "Warning: packet.toml gives no [lender] email, so the email draft has no 'To:' address. "
                     "Fill it in your mail program, or add it to packet.toml and build again.",
               "注意：packet.toml 中没有 [lender] email，邮件草稿没有收件人。请在邮件程序中填写，"
               "或在 packet.toml 中补上后重新生成。"))
    if run.report.letter_needs:  # a letter without a name, lender or contract number is no letter to send yet
        say(tr(lang, "Next: add what the letter lacks to packet.toml and run  packet build {d}  again; send that one, "
                     "not this.", "下一步：在 packet.toml 中补上申请书缺少的信息，再运行  packet build {d}  重新生成；"
                     "发送新生成的文件，不要发送这一份。", d=display.command_path(case_dir)))
        return
    where = (tr(lang, " (page {n})", "（第 {n} 页）", n=result.signature_page) if result.signature_page else "")
    say(tr(lang, "Before sending: sign the letter on its signature line{w} — print, sign and scan it, or "
                 "sign it in your PDF reader.",
           "发送前：请在申请书的签名处签字{w}——打印后签字再扫描，或在 PDF 阅读器中签名。", w=where))
    say(tr(lang, "Next: open the PDF, check every page, then send it to your lender; then record it with  "
                 "packet sent {d}", "下一步：打开 PDF 逐页检查，发送给贷款机构，然后运行  packet sent {d}  记录发送。",
           d=display.command_path(case_dir)))


@cli.command()
@click.argument("cases_dir", metavar="CASES_DIR", type=FolderArg(path_type=Path, readable=False))
@click.option("--csv", "csv_file", metavar="FILE", type=click.Path(path_type=Path),
              help="Also write the queue as a CSV file for a spreadsheet (UTF-8, formulas defused).")
@click.option("--build", "build_ready", is_flag=True, help="Also build the packet of every ready case, next to its folder.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the reading on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs packet[cluster]).")
@_common
@_everywhere
def batch(cases_dir, csv_file, build_ready, scheduler, as_of, checklist, jobs, no_cache, ocr_engine, as_json):
    """Check every case folder in CASES_DIR and list them, what needs action first."""
    from packet.core.executor import DaskExecutor, ExecutorUnavailable

    lang = env_lang()
    options = _options(as_of, checklist, jobs, no_cache, as_json, ocr_engine)
    executor = None
    if scheduler:
        try:
            executor = DaskExecutor(scheduler)
        except ExecutorUnavailable as exc:
            if exc.reason == "not-installed":
                _fail(PacketError(tr(lang, "--scheduler needs Dask, which is not installed.",
                                     "--scheduler 需要 Dask，但尚未安装。"),
                                  tr(lang, "Install it with  pip install 'packet[cluster]', or run without --scheduler.",
                                     "请运行  pip install 'packet[cluster]'  安装，或不加 --scheduler 运行。"),
                                  code="cluster"), as_json)
            _fail(PacketError(tr(lang, "Cannot reach the Dask scheduler at {a}.", "无法连接 Dask 调度器 {a}。", a=scheduler),
                              tr(lang, "Start it with  dask scheduler  (and workers with  dask worker {a}), check the "
                                       "address, or run without --scheduler.",
                                 "请用  dask scheduler  启动调度器（并用  dask worker {a}  启动工作节点），检查地址，"
                                 "或不加 --scheduler 运行。", a=scheduler), code="cluster"), as_json)

    def stage(name: str, n: int) -> None:
        if as_json or _STATE["quiet"]:
            return
        where = tr(lang, "on the cluster ({w} threads)", "在集群上（{w} 个线程）", w=executor.workers) if executor else ""
        text = {"read": tr(lang, "Reading {n} page(s) {w}…", "正在识别 {n} 页 {w}…", n=n, w=where),
                "understand": tr(lang, "Understanding {n} document(s)…", "正在理解 {n} 份材料…", n=n),
                "reread": tr(lang, "Reading {n} page(s) again for missing fields {w}…", "正在为缺少的字段重新识别 {n} 页 {w}…",
                             n=n, w=where),
                "look": tr(lang, "Reading {n} page(s) again with PP-OCR {w}…", "正在用 PP-OCR 重新识别 {n} 页 {w}…",
                           n=n, w=where)}[name]
        _echo(text, err=True)

    try:
        if csv_file:
            _check_csv_target(csv_file, cases_dir, lang)
        result = packet.batch(cases_dir, options, executor, build=build_ready, on_stage=stage)
    except PacketError as exc:
        _fail(exc, as_json)
    finally:
        if executor is not None:
            executor.close()
    rows = [r.to_json() for r in result.rows]
    if csv_file:
        try:
            _write_csv(csv_file, rows)
        except OSError as exc:
            _fail(PacketError(tr(lang, "Cannot write {p}: {e}", "无法写入 {p}：{e}", p=csv_file, e=exc.strerror or exc),
                              tr(lang, "Choose another place with --csv.", "请用 --csv 换一个位置。"), code="output"), as_json)
    if as_json:
        _echo_json(json.dumps({"cases": rows}, ensure_ascii=False, indent=2))
    else:
        say(render_queue(result.rows, lang, cases_dir))
        # the packets --build wrote, each named (a trial, r23: the table alone never said what was written where)
        for row in result.rows:
            if row.built:
                say(tr(lang, "Written: {p}", "已生成：{p}", p=row.built))
        if csv_file:
            say(tr(lang, "Written: {p}", "已生成：{p}", p=csv_file))
    sys.exit(0 if result.all_complete else 1)


def _check_csv_target(path: Path, cases_dir: Path, lang: str) -> None:
    """The CSV goes anywhere but inside a case folder (it would become one of that case's documents)."""
    target = path.resolve()
    root = cases_dir.resolve()
    if root in target.parents and target.parent != root:
        raise PacketError(tr(lang, "{p} is inside a case folder; packet never writes there.",
                             "{p} 位于案例文件夹内；packet 不会在那里写入文件。", p=path),
                          tr(lang, "Write it next to the cases instead, e.g. --csv {d}",
                             "请写在案例旁边，例如 --csv {d}", d=display.command_path(Path(cases_dir) / "queue.csv")), code="output")


def _write_csv(path: Path, rows: list[dict]) -> None:
    """The queue as CSV (UTF-8 with a byte-order mark, so spreadsheets read Chinese right), every text cell
    guarded against formulas (:mod:`packet.core.csv_cells`); written to a temporary file, then renamed."""
    import csv
    import io
    import os
    import tempfile

    from packet.core.csv_cells import guard_row

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(packet.BATCH_COLUMNS)
    for row in rows:
        writer.writerow(guard_row([_cell(row[k]) for k in packet.BATCH_COLUMNS]))
    path = Path(path)
    with stopping.committing():  # a stop (Ctrl-C) waits for it: the file whole or not at all
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                fh.write(buf.getvalue())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):  # the file problems: one cell, joined as the table joins them
        return " · ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _cols(text: str) -> int:
    from packet.core.text import is_wide

    return sum(2 if is_wide(ch) else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns (CJK counts two, "…" marks a cut) and padded to it."""
    if _cols(text) <= width:
        return text + " " * (width - _cols(text))
    out, used = "", 0
    for ch in text:
        if used + _cols(ch) > width - 1:
            break
        out += ch
        used += _cols(ch)
    return out + "…" + " " * (width - used - 1)


def _empty_folder(folder: Path) -> bool:
    """Whether ``folder`` holds nothing a person put there (no entry but hidden ones): an empty client folder."""
    try:
        return not any(not p.name.startswith(".") for p in Path(folder).iterdir())
    except OSError:
        return False


def render_queue(rows, lang: str, cases_dir: Path | None = None) -> str:
    """The queue as a table for the terminal: one line per case, what needs action first, then a summary whose
    next step names the first case that needs action, under ``cases_dir`` as the user gave it."""
    import shutil

    yes, no = tr(lang, "yes", "是"), tr(lang, "no", "否")
    heads = [tr(lang, "case", "案例"), tr(lang, "applicant", "申请人"), tr(lang, "complete", "齐全"),
             tr(lang, "ready", "可生成"), tr(lang, "deadline", "期限"), tr(lang, "last contact", "最近联系"),
             tr(lang, "missing / error", "缺少 / 错误")]
    body = []
    for r in rows:
        if r.is_error and r.complete is not None:  # checked, ready, but its packet could not be written (--build)
            flag, ok, rd = "!", yes, yes
            what = tr(lang, "NOT BUILT: {e}", "未生成：{e}", e=r.error.splitlines()[0])
        elif r.is_error:
            flag, ok, rd = "!", "—", "—"
            what = tr(lang, "ERROR: {e}", "错误：{e}", e=r.error.splitlines()[0])
        else:
            flag = "!" if r.deadline_passed else " "
            ok, rd = (yes if r.complete else no), (yes if r.ready else no)
            what = r.missing or (tr(lang, "letter needs: {k}", "申请书还需要：{k}", k=r.letter_needs) if r.letter_needs else "")
            nothing_yet = _empty_folder(r.path)  # a client with nothing yet: "No documents yet" says it all
            if "reply" in r.letter_warnings.split(", ") and not nothing_yet:  # the warning check and build give (packet.reply_warning),
                # first: short, and the long list of what is missing is cut at the terminal's width
                what = tr(lang, "letter: no way to reply", "申请书：无答复方式") + (" · " + what if what else "")
            if r.other_person:  # not ready for this alone: say why, as check and build say it
                what = tr(lang, "another person's papers: {o}", "有别人的材料：{o}", o=r.other_person) + (
                    " · " + what if what else "")
            if r.file_problems:  # first: an unreadable file is often why something is missing
                files = tr(lang, "{n} file(s) not read: {m}", "{n} 个文件无法读取：{m}", n=r.file_problems, m=" · ".join(r.file_problem))
                what = files + (" · " + what if what else "")
            if r.built:
                what = (what + " · " if what else "") + tr(lang, "built: {p}", "已生成：{p}", p=r.built.name)
        deadline = (r.next_deadline.isoformat() + (tr(lang, " passed", " 已过") if r.deadline_passed else "")) \
            if r.next_deadline else ""
        contact = r.last_contact.date().isoformat() if r.last_contact else ""
        body.append([flag + r.case, r.applicant or "", ok, rd, deadline, contact, what])
    widths = [min(24, max(_cols(x) for x in [heads[i], *[b[i] for b in body]])) for i in range(6)]
    total = shutil.get_terminal_size((120, 24)).columns
    last = max(20, total - sum(widths) - 2 * 6)
    lines = ["  ".join(_fit(h, w) for h, w in zip(heads[:6], widths, strict=True)) + "  " + heads[6]]
    for b in body:
        lines.append("  ".join(_fit(x, w) for x, w in zip(b[:6], widths, strict=True)) + "  " + _fit(b[6], last).rstrip())
    # a row whose check passed but whose packet could not be written (--build: a full disk, a read-only mount) counts
    # as checked and ready, and is said apart: "could not be checked" was untrue of it (a trial, r25)
    unbuilt = [r for r in rows if r.is_error and r.complete is not None]
    checked = [r for r in rows if not r.is_error or r.complete is not None]
    errors = len(rows) - len(checked)
    passed = sum(r.deadline_passed for r in checked)
    incomplete = sum(not r.complete for r in checked)
    ready = sum(bool(r.ready) for r in checked)
    unread = sum(bool(r.file_problems) for r in checked)
    lines.append("")
    lines.append(tr(lang, "{n} case(s): {e} could not be checked, {p} past the reply deadline, {i} incomplete, {r} ready "
                          "to build.", "共 {n} 个案例：{e} 个无法检查，{p} 个已过答复期限，{i} 个材料不齐，{r} 个可以生成。",
                    n=len(rows), e=errors, p=passed, i=incomplete, r=ready))
    if unbuilt:
        first = unbuilt[0].error.splitlines()
        lines.append(tr(lang, "{b} packet(s) could not be written: {e}", "{b} 份申请材料无法写入：{e}", b=len(unbuilt),
                        e=first[0]))
        lines.extend(first[1:])
    if unread:
        lines.append(tr(lang, "{u} case(s) hold files that could not be read: replace or remove them (see each case's "
                              "check).", "{u} 个案例中有无法读取的文件：请替换或移除（详见各案例的 check 结果）。", u=unread))
    if errors or incomplete or unread:
        first = next(r for r in rows if (r.is_error and r.complete is None) or (r.complete is False) or r.file_problems)
        where = str(Path(cases_dir) / first.case) if cases_dir is not None else first.case
        lines.append(tr(lang, "Next: see one case in full, e.g.  packet check {p}", "下一步：查看单个案例的详情，例如  packet check {p}",
                        p=display.command_path(where)))
    return "\n".join(lines)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
@_everywhere
def doctor(as_json):
    """Check that Tesseract, its language data, fonts and packages are installed.

    Never asks anything. Exit 0 when everything is there, 2 when something is missing (the commands that need
    it would stop with exit 2). With --json: {"ok", "missing", "checks": [{"id", "what", "ok", "detail", "fix"}]}."""
    checks = packet.doctor()
    lang = env_lang()
    bad = [c for c in checks if not c.ok]
    if as_json:
        _echo_json(json.dumps({"ok": not bad, "missing": len(bad), "checks": [c.to_json() for c in checks]},
                              ensure_ascii=False, indent=2))
        sys.exit(2 if bad else 0)

    def cols(text: str) -> int:  # terminal columns: a Chinese character takes two
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    width = max(cols(c.what) for c in checks)
    missing, install = tr(lang, "MISSING", "缺少"), tr(lang, "-> install: ", "-> 安装：")
    mark_width = max(8, cols(missing) + 1)
    for c in checks:
        mark = "ok" if c.ok else missing
        _echo(f"{mark}{' ' * (mark_width - cols(mark))}{c.what}{' ' * (width - cols(c.what))}  {c.detail}")
        if c.fix:
            _echo(f"{' ' * (mark_width + width)}  {install}{c.fix}")
    if bad:
        _echo(tr(lang, "\n{n} thing(s) missing: run the install commands above, then `packet doctor` again.",
                 "\n缺少 {n} 项：请运行上面的安装命令，然后再次运行 `packet doctor`。", n=len(bad)))
        sys.exit(2)
    _echo(tr(lang, "\nEverything packet needs is installed.", "\npacket 所需的一切都已安装。"))


@cli.command(name="checklists")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
@_everywhere
def checklists_cmd(name, as_json):
    """List the checklists, or show one (NAME or a .toml file) in readable form.

    With --json: {"checklists": [{"name", "language", "title", "description"}]}, or for one checklist the same
    keys with "source" and "requirements": [{"id", "title", "when", "options": [{"type", "rule", "months", "days",
    "count", "stand_in", "optional_fields"}]}] (titles and descriptions as {"zh", "en"})."""
    try:
        if not name:
            found = packet.all_checklists()
            if as_json:
                _echo_json(json.dumps({"checklists": [_checklist_json(cl) for cl in found]}, ensure_ascii=False,
                                      indent=2))
                return
            for cl in found:
                _echo(f"{cl.name:<22} {cl.description[cl.language]}")
            _echo(tr(env_lang(), "\nShow one with: packet checklists NAME", "\n查看某个清单：packet checklists 名称"))
            return
        cl = packet.load_checklist(name)
        types = packet.load_types()
    except PacketError as exc:
        _fail(exc, as_json)
    if as_json:
        _echo_json(json.dumps(_checklist_json(cl, full=True), ensure_ascii=False, indent=2))
        return
    _echo(packet.describe_checklist(cl, types))


def _checklist_json(cl, full: bool = False) -> dict:
    """A checklist as plain JSON values (see ``packet checklists --json``)."""
    import dataclasses

    def plain(value):
        if dataclasses.is_dataclass(value):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, dict) or hasattr(value, "items"):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, Path):
            return str(value)
        return value

    out = {"name": cl.name, "language": cl.language, "title": plain(cl.title), "description": plain(cl.description)}
    if full:
        out["source"] = str(cl.source)
        out["requirements"] = [plain(r) for r in cl.requirements]
    return out


@cli.command(name="cache")
@_everywhere
@click.option("--clear", is_flag=True, help="Delete everything packet keeps in its cache.")
@click.option("--prune", is_flag=True, help="Delete entries older than the age limit and beyond the size limit now.")
@click.option("--forget", "forget", metavar="DIR", type=click.Path(path_type=Path),
              help="Delete the entries of the documents in the case folder DIR.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
def cache_cmd(clear, prune, forget, as_json):
    """Show where packet keeps the text it read from your documents, and how much; clear or prune it.

    With --json: {"dir", "entries", "files", "size", "max_bytes", "max_age_days", "forgotten", "pruned",
    "cleared"} (sizes in bytes; an action not asked for is null)."""
    lang = env_lang()
    problems = packet.cache_limit_problems(lang, falls_back=False)
    if problems:  # the command that shows the limits must not show a default as if it were what was set
        _fail(PacketError(" ".join(problems),
                          tr(lang, "Set it to a number above 0, or unset it to use the default.",
                             "请把它设为大于 0 的数字，或删除这个环境变量以使用默认值。"), code="usage"), as_json)
    cache = packet.ocr_cache()
    done: dict[str, int | None] = {"forgotten": None, "pruned": None, "cleared": None}
    try:
        if forget:
            done["forgotten"] = packet.forget_case(forget)
        if prune:
            done["pruned"] = cache.prune()
        if clear:
            done["cleared"] = cache.clear()
    except PacketError as exc:
        _fail(exc, as_json)
    st = cache.stats()
    if as_json:
        _echo_json(json.dumps({"dir": str(st.dir), "entries": st.entries, "files": st.files, "size": st.size,
                               "max_bytes": st.max_bytes, "max_age_days": st.max_age_days, **done},
                              ensure_ascii=False, indent=2))
        return
    if done["forgotten"] is not None:
        say(tr(lang, "Forgot {n} page(s) read from the documents in {d}.", "已删除 {d} 中材料的 {n} 页识别结果。",
               n=done["forgotten"], d=forget))
    if done["pruned"] is not None:
        say(tr(lang, "Pruned the cache: {n} old entries deleted.", "已清理 {n} 条过期记录。", n=done["pruned"]))
    if done["cleared"] is not None:
        say(tr(lang, "Cleared the cache: {n} entries deleted.", "已清空缓存：删除 {n} 条记录。", n=done["cleared"]))
    _echo(tr(lang, "Cache: {d}\n  {e} page(s) from {f} document(s), {size} (limit {lim:.0f} MB); entries unused "
                   "for {days:g} days are deleted.\n  It holds the words read from your documents' pages (ID "
                   "numbers included), private to your user account. Set PACKET_CACHE_MAX_AGE_DAYS or "
                   "PACKET_CACHE_MAX_MB to change the limits, --no-cache to keep nothing.",
             "缓存位置：{d}\n  共 {f} 份材料的 {e} 页，{size}（上限 {lim:.0f} MB）；超过 {days:g} 天未使用的记录会被删除。\n"
             "  其中保存的是从您的材料中识别出的文字（包括证件号码），只有您的用户账户可以读取。可用 "
             "PACKET_CACHE_MAX_AGE_DAYS 或 PACKET_CACHE_MAX_MB 调整上限；加 --no-cache 则不保存任何内容。",
             d=st.dir, e=st.entries, f=st.files, size=display.file_size(st.size) if st.size else "0 KB",
             lim=st.max_bytes / 1e6, days=st.max_age_days))  # "30 KB", never "0.0 MB" (trial 13)


def main() -> None:
    """Entry point: no traceback ever reaches the user; see :class:`PacketGroup` for every outcome."""
    cli.main(prog_name="packet")


if __name__ == "__main__":  # pragma: no cover
    main()


# --- before and after the build: init, log, sent, status ------------------------------------------------------

def _lang_for(case_dir: Path | None) -> str:
    """The messages' language for a command on ``case_dir``: --lang, PACKET_LANG, the case file's, the locale."""
    from packet.core.i18n import explicit_lang, locale_lang

    if explicit_lang():
        return explicit_lang()
    toml = Path(case_dir or ".") / "packet.toml"
    try:  # a folder or case file this account may not read: the command itself says so (code no-permission)
        m = re.search(r"^\s*language\s*=\s*[\"'](zh|en)[\"']", toml.read_text(encoding="utf-8", errors="replace"),
                      re.M) if toml.is_file() else None
    except OSError:
        m = None
    return m.group(1) if m else locale_lang()


def _ask_when(lang: str, now: datetime) -> datetime:
    """Ask when the contact was, on a terminal: Enter is ``now``; a date, or a date and a time, as ``--at`` takes it
    ("2026-12-01", "2026-12-01 15:00"), or a time alone for today ("15:00"); asked again, with an example, when it
    is none of these or is later than now."""
    from datetime import datetime as dt

    while True:
        text = click.prompt(tr(lang, "When was it? (Enter: now; or e.g. {d} 15:00)", "是什么时候？（直接回车表示现在；或如 {d} 15:00）",
                               d=now.date().isoformat()), default="", show_default=False).strip()
        if not text:
            return now
        try:
            value = dt.fromisoformat(f"{now.date().isoformat()} {text}" if ":" in text and "-" not in text else text)
        except ValueError:
            say(tr(lang, "“{v}” is not a date: write it as {d} or {d} 15:00.", "“{v}”不是日期：请写成 {d} 或 {d} 15:00。",
                   v=text, d=now.date().isoformat()))
            continue
        if value > now:
            say(tr(lang, "“{v}” is later than now: write when the contact was.", "“{v}”晚于现在：请写联系发生的时间。", v=text))
            continue
        return value


def _when(value: str | None, lang: str) -> datetime:
    """``--at``: a date or a date and time (ISO 8601), or now; a click usage error in ``lang`` (the case's language,
    as every message about the case: a new user's trial got it in English on a Chinese case) when it is neither."""
    from datetime import datetime as dt

    if not value:
        return dt.now().replace(microsecond=0)
    try:
        return dt.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(tr(lang, "'{v}' is not a date or date and time; write 2026-11-20 or "
                                                "2026-11-20T10:30", "'{v}' 不是有效的日期或时间；请写成 2026-11-20 或 "
                                                "2026-11-20T10:30", v=value)) from None


@cli.command()
@click.argument("case_dir", metavar="[DIR]", required=False, default=".", type=FolderArg(path_type=Path, readable=False))
@click.option("--template", is_flag=True, help="Write the commented template without asking (also when not on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts; never asks).")
@click.option("--country", metavar="CODE", help="Where you live, two letters (GB, US, CN…): which complaint route "
                                                "applies. Default: the one your documents point to, if any.")
@_everywhere
def init(case_dir, template, as_json, country):
    """Write DIR/packet.toml: ask for what the letter needs, or write a commented template.

    With --json it never asks and prints {"written": PATH, "template": true, "country": CODE or null}."""
    lang = _lang_for(None)
    target = case_dir / "packet.toml"
    # whether the folder already holds documents (hidden files aside): read for their language and names, and the
    # closing advice says "check" rather than "put them in"
    holds = not target.exists() and case_dir.is_dir() and any(
        p.is_file() and not any(x.startswith(".") for x in p.relative_to(case_dir).parts) for p in case_dir.rglob("*"))
    doc_lang, names, hardship, guessed, clues = None, [], None, None, ()
    if country is not None:
        try:
            country = packet.check_init_answer(packet.INIT_COUNTRY, country) or None
        except ValueError:
            raise click.BadParameter(tr(lang, "'{v}' is not a country: write its two-letter code, e.g. GB, US or CN.",
                                        "'{v}' 不是国家/地区：请写两个字母的代码，例如 CN、GB、US。", v=country),
                                     param_hint="--country") from None
    if holds:  # the documents decide the case's language as check decides it, unless --lang / PACKET_LANG says
        if not as_json and sys.stdin.isatty() and not template:
            say(tr(lang, "Reading your documents first, to fill in what they show…", "先读取您的材料，自动填入材料上已有的信息……"))
        doc_lang, names, hardship, guessed, clues = packet.read_for_init(case_dir)
        if doc_lang and not explicit_lang():
            lang = doc_lang
    if target.exists():
        raise PacketError(tr(lang, "{p} already exists; packet never overwrites it.", "{p} 已存在；packet 不会覆盖它。",
                             p=target), tr(lang, "Edit it in a text editor, or run  packet check {d}.",
                                           "请用文本编辑器修改它，或运行  packet check {d}。", d=display.command_path(case_dir)),
                         code="case-file")
    answers = None
    if not template and not as_json and sys.stdin.isatty():
        say(tr(lang, "A few questions for the cover letter (Enter skips one; you can edit packet.toml later).",
               "回答几个问题，用于生成申请书（直接回车可跳过；之后也可以修改 packet.toml）。"))
        answers = {}
        shown = {}
        contact: dict[str, str] = {}  # applicant.email / phone / address: written as the page writes them
        if names:
            shown["name"] = names[0]
        if hardship:  # what check would suggest: Enter takes it (a trial: asked blind after the bills were read)
            shown["hardship"] = packet.choice_word(hardship, lang)
        for q in packet.INIT_QUESTIONS:
            if q.key == "first_payment" and not answers.get("monthly_payment"):
                continue
            text = q.zh if lang == "zh" else q.en
            if q.key in shown:
                text += tr(lang, " (Enter keeps what your documents show)", "（直接回车即采用材料上的信息）")
            while True:
                value = click.prompt(text, default=shown.get(q.key, ""), show_default=q.key in shown)
                if not value.strip() and packet.init_defaults({q.key: ""}).get(q.key):
                    # the letter has to ask for something: skipped, it was "stop" without a word (a new user's trial)
                    n = len(q.choices)
                    say(tr(lang, "The letter has to ask for one of these: type a number from 1 to {n}.",
                           "申请书必须写明申请哪一种：请输入 1 到 {n} 之间的数字。", n=n), err=True)
                    continue
                try:
                    answers[q.key] = packet.check_init_answer(q, value)
                except ValueError:
                    n = len(q.choices)
                    fmt = {"money": ("an amount above 0, e.g. 100.00 (or press Enter to skip it)",
                                     "大于 0 的金额，例如 100.00（没有可直接回车跳过）"), "date": ("a day, e.g. 2027-01-15 or 15 January 2027; January 2027 alone means its 1st; or "
                                             "press Enter to skip it", "哪一天，例如 2027-01-15 或 2027年1月15日；只写 2027年1月 即该月1日；"
                                             "没有可直接回车跳过"),
                           "email": ("one email address, e.g. name@example.com",
                                     "一个电子邮箱，例如 name@example.com"),
                           "month": packet.MONTH_FORMS,
                           "choice": (f"a number from 1 to {n}, or one of: {', '.join(q.choices)}",
                                      f"1 到 {n} 之间的数字（或问题中列出的词）")}
                    en, zh = fmt.get(q.kind, ("text", "文字"))
                    say(tr(lang, "Please write it as: {f}", "请按此格式填写：{f}", f=tr(lang, en, zh)), err=True)
                    continue
                note = packet.init_date_note(lang, q, value, answers[q.key])
                if note:  # a month alone: the day taken, said
                    say(note)
                warning = packet.init_warnings(lang, {q.key: answers[q.key]}).get(q.key)
                if warning:  # the answer is kept: a warning, never a refusal (it may be right)
                    say(tr(lang, "Note: {w}", "请注意：{w}", w=warning), err=True)
                break
        if country is None:  # where a complaint can go (a trial: a UK case got no Financial Ombudsman Service)
            q = packet.INIT_COUNTRY
            text = (q.zh if lang == "zh" else q.en) + (tr(lang, " (Enter keeps what your documents show)",
                                                          "（直接回车即采用材料上的信息）") if guessed else
                                                       tr(lang, " (Enter to skip)", "（可直接回车跳过）"))
            while True:
                value = click.prompt(text, default=guessed or "", show_default=bool(guessed))
                try:
                    answers["country"] = packet.check_init_answer(q, value)
                except ValueError:
                    say(tr(lang, "Please write it as: {f}", "请按此格式填写：{f}",
                           f=tr(lang, "two letters, e.g. GB, US or CN (or press Enter to skip it)",
                                "两个字母，例如 CN、GB、US（没有可直接回车跳过）")), err=True)
                    continue
                break
        # where the lender's reply can go, last (a script that answers the questions before keeps working): the keys
        # the page's new-case form writes
        for q in packet.INIT_REPLY:
            while True:
                value = " ".join(click.prompt(q.zh if lang == "zh" else q.en, default="", show_default=False).split())
                problem = packet.letter_fact_problems(lang, {q.key: value}).get(q.key) if value else None
                if problem:
                    say(problem, err=True)
                    continue
                contact[q.key] = value
                break
    # without a terminal (or --json, --template): the flag, else the country the documents point to
    written = country or (answers or {}).get("country") or guessed
    path = packet.init_case(case_dir, lang, answers, country=country or (None if answers is not None else guessed))
    given = {k: v for k, v in (contact if answers is not None else {}).items() if v}
    if given:
        packet.set_letter_facts(case_dir, given, lang)
    defaults = packet.init_defaults(answers)
    if as_json:
        _echo_json(json.dumps({"written": str(path), "template": answers is None, "defaults": defaults,
                               "country": written or None,
                               "country_from": "flag" if country else "documents" if written and written == guessed
                               else "answer" if written else None,
                               "country_clues": list(clues) if written and written == guessed and not country else []},
                              ensure_ascii=False))
        return
    say(tr(lang, "Written: {p}", "已生成：{p}", p=path))
    if answers is None and written:
        say(tr(lang, "Country: {c}{w} — it decides the complaint route; change [request] country in packet.toml if "
                     "it is wrong.", "国家/地区：{c}{w}——它决定投诉途径；如不对，请修改 packet.toml 中 [request] 下的 country。",
               c=written, w=tr(lang, " (from your documents: {k})", "（根据材料：{k}）", k=", ".join(clues))
               if written == guessed and clues and not country else ""))
    if written and not packet.has_complaint_route(written):  # init and status agree (a trial: AU had no route)
        say(packet.route_note(written, lang, surface="init"))
    if answers is None:
        say(tr(lang, "Open it in a text editor and fill in the values between the quotes.",
               "请用文本编辑器打开，在引号之间填写内容。"))
    missing = packet.init_plan_missing(answers)
    if missing:
        # the plan needs all three: the amount typed went into packet.toml as a comment, not into the letter (a
        # trial); only what is missing is named, each with a line to add (a trial was asked for the amount it gave)
        what = {"outstanding": (tr(lang, "the amount you owe", "欠款总额"), 'outstanding = "4200.00"'),
                "first_payment": (tr(lang, "the date of the first payment", "首次还款日期"), "first_payment = 2027-01-15")}
        say(tr(lang, "Your monthly payment ({m}) is not in the letter yet: a plan also needs {w}. Add under [plan] in "
                     "{p}, with your own figures, then remove the # before monthly_payment:",
               "每月还款金额（{m}）还没有写进申请书：还款计划还需要{w}。请在 {p} 的 [plan] 下补上（填写您自己的数字），"
               "并删去 monthly_payment 前面的 #：", m=answers["monthly_payment"], p=path,
               w=tr(lang, " and ", "和").join(what[k][0] for k in missing)), err=True)
        for k in missing:
            say(f"    {what[k][1]}", err=True)
    if defaults.get("kind"):  # written for want of an answer: said, with how to change it
        say(tr(lang, "What you ask for was not chosen, so packet.toml says kind = \"{k}\" ({w}). To ask for something "
                     "else, change kind under [request] in {p} (stop or reduce).",
               "没有选择申请内容，因此 packet.toml 中写的是 kind = \"{k}\"（{w}）。如需申请其他内容，请修改 {p} 中 "
               "[request] 下的 kind（stop 或 reduce）。", w=packet.value_name("kind", defaults["kind"], lang),
               k=defaults["kind"], p=path))
    shown = display.command_path(case_dir)
    if holds:  # the folder already held the documents (read above): then no "put them in"
        say(tr(lang, "Next: see what is still missing with  packet check {d}", "下一步：运行  packet check {d}  查看还缺哪些材料。",
               d=shown))
    else:
        say(tr(lang, "Next: put your documents in {f}, then run  packet check {d}",
               "下一步：把材料放进 {f}，然后运行  packet check {d}", f=case_dir, d=shown))


def _at_terminal(as_json: bool) -> bool:
    """Whether packet may ask questions: a person at a terminal (stdin and stdout), not a script (--json)."""
    return not as_json and sys.stdin.isatty() and sys.stdout.isatty()


def _given(name: str) -> bool:
    """Whether option ``name`` was given on the command line (not its default)."""
    return click.get_current_context().get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE


def _ask_choice(lang: str, question: tuple[str, str], table: str, choices: tuple[str, ...], default: str) -> str:
    """Ask for one of ``choices`` (codes) by number or code, showing each as packet names it in ``lang``
    (:func:`packet.value_name`); Enter takes ``default``. Asked again until the answer is one of them."""
    shown = [f"{i}. {packet.value_name(table, c, lang)} ({c})" for i, c in enumerate(choices, 1)]
    text = tr(lang, *question) + "\n  " + "\n  ".join(shown) + "\n" + tr(lang, "Number", "编号")
    while True:
        value = click.prompt(text, default=str(choices.index(default) + 1)).strip().lower()
        if value.isdigit() and 1 <= int(value) <= len(choices):
            return choices[int(value) - 1]
        if value in choices:
            return value
        say(tr(lang, "Please type a number from 1 to {n}.", "请输入 1 到 {n} 之间的数字。", n=len(choices)), err=True)


def _entry_number(case_dir: Path, table: str, when: datetime) -> int | None:
    """The number ``packet log --list`` gives the ``table`` entry at ``when`` (the last such), or None."""
    rows = packet.log_entries(case_dir)
    found = [i for i, (t, _, vals) in enumerate(rows, 1)
             if t == table and str(vals.get("at", ""))[:16].replace(" ", "T") == when.isoformat(timespec="minutes")]
    return found[-1] if found else None


@cli.command(name="log")
@click.argument("case_dir", metavar="DIR", type=FolderArg(path_type=Path, readable=False))
@click.option("--at", "at", metavar="WHEN", help="When (2026-11-20T10:30; default: now).")
@click.option("--channel", type=click.Choice(["phone", "chat", "email", "letter", "visit"]), default="phone",
              show_default=True, help="How you were in touch.")
@click.option("--with", "with_", metavar="WHO", help="Who: a name or staff number.")
@click.option("--said", help="What was said.")
@click.option("--promised", help="What was promised (by either side).")
@click.option("--next", "next_step", help="The next step agreed.")
@click.option("--reply", "reply", type=click.Choice(["acknowledged", "final-response", "accepted", "refused", "other"]),
              help="Record the lender's answer instead of a contact.")
@click.option("--summary", help="A short summary (for --reply: what the answer says).")
@click.option("--list", "list_", is_flag=True, help="Show the log, numbered.")
@click.option("--remove", type=click.IntRange(1), metavar="N", help="Remove entry N (see --list).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
@_everywhere
def log_cmd(case_dir, at, channel, with_, said, promised, next_step, reply, summary, list_, remove, as_json):
    """Record a contact with the lender (or, with --reply, its answer); --list, --remove N."""
    lang = _lang_for(case_dir)
    if list_:
        rows = packet.log_entries(case_dir)
        if as_json:
            _echo_json(json.dumps([{"n": i, "table": t, **{k: str(v) for k, v in vals.items()}}
                                   for i, (t, _, vals) in enumerate(rows, 1)], ensure_ascii=False))
            return
        if not rows:
            say(tr(lang, "The log is empty.", "还没有记录。"))
        for i, (table, _, vals) in enumerate(rows, 1):
            text = " · ".join(str(x) for x in (vals.get("with"), vals.get("summary") or vals.get("said"),
                                                vals.get("file")) if x)
            _echo(f"{i:>3}. {str(vals.get('at', ''))[:16]}  {log_kind(table, vals, lang)}" + (f"  {text}" if text else ""))
        return
    if remove:
        table, vals = packet.remove_log_entry(case_dir, remove)
        if as_json:
            _echo_json(json.dumps({"removed": {"n": remove, "table": table, **{k: str(v) for k, v in vals.items()}}},
                                  ensure_ascii=False))
            return
        say(tr(lang, "Removed entry {n} ({t}, {at}).", "已删除第 {n} 条（{t}，{at}）。", n=remove,
               t=log_kind(table, vals, lang), at=str(vals.get("at", ""))[:16]))
        return
    when = _when(at, lang)
    if reply:
        packet.log_reply(case_dir, at=when, kind=reply, summary=summary)
        if as_json:
            _echo_json(json.dumps({"logged": {"table": "reply", "at": when.isoformat(), "kind": reply,
                                              **packet.masked_log_texts(case_dir, {"summary": summary})}},
                                  ensure_ascii=False))
            return
        say(tr(lang, "Recorded the lender's answer ({k}). See where things stand with  packet status {d}",
               "已记录贷款机构的答复（{k}）。运行  packet status {d}  查看进展。", k=packet.value_name("reply", reply, lang),
               d=display.command_path(case_dir)))
        return
    asked = False
    if not any(x and x.strip() for x in (with_, said, promised, next_step, summary)) and _at_terminal(as_json):
        # `packet log DIR` alone, as build and status tell people to run it: ask, rather than refuse (a trial)
        asked = True
        say(tr(lang, "Recording a contact with the lender (Enter skips a question).",
               "记录一次与贷款机构的联系（直接回车可跳过）。"))
        if not at:  # a call logged the day after was recorded as now, and said so only afterwards (trial 14 (b))
            when = _ask_when(lang, when)
        if not _given("channel"):
            channel = _ask_choice(lang, ("How were you in touch?", "这次用的是哪种方式？"), "channel",
                                  ("phone", "chat", "email", "letter", "visit"), channel)
        with_ = click.prompt(tr(lang, "Who (a name or staff number)", "对方是谁（姓名或工号）"), default="",
                             show_default=False).strip() or None
        said = click.prompt(tr(lang, "What was said", "对方说了什么"), default="", show_default=False).strip() or None
        promised = click.prompt(tr(lang, "What was promised (by either side)", "双方承诺了什么"), default="",
                                show_default=False).strip() or None
        next_step = click.prompt(tr(lang, "The next step agreed", "约定的下一步"), default="",
                                 show_default=False).strip() or None
    packet.log_contact(case_dir, at=when, channel=channel, with_=with_, said=said, promised=promised,
                       next_step=next_step, summary=summary, assumed=not asked and not _given("channel"))
    if as_json:
        _echo_json(json.dumps({"logged": {"table": "contact", "at": when.isoformat(), "channel": channel,
                                          **packet.masked_log_texts(case_dir, {
                                              "with": with_, "said": said, "promised": promised,
                                              "next_step": next_step, "summary": summary})}}, ensure_ascii=False))
        return
    say(tr(lang, "Recorded the {c} contact of {at}. It appears in the packet's appendix next time you build.",
           "已记录 {at} 的{c}联系。下次生成时会出现在附录的沟通记录中。", c=packet.value_name("channel", channel, lang).lower(),
           at=when.isoformat(" ", "minutes")))
    if not asked and not _given("channel"):  # recorded without being told how: say so, and how to change it
        say(_default_note(lang, case_dir, "contact", when, packet.value_name("channel", channel, lang), "--channel",
                          "email", "chat, email, letter, visit"))


def _default_note(lang: str, case_dir: Path, table: str, when: datetime, name: str, option: str, example: str,
                  others: str) -> str:
    """The line said after recording an entry whose channel no one gave (no terminal to ask, no option): which one
    was recorded, and the commands that put it right (remove it, record it again with the option)."""
    n = _entry_number(case_dir, table, when)
    d = display.command_path(case_dir)
    return tr(lang, "Recorded as “{v}”, the default ({o} was not given). If it was another way ({x}), remove it with  "
                    "packet log {d} --remove {n}  and record it again with {o} {e}.",
              "按默认记录为“{v}”（没有给出 {o}）。如果是其他方式（{x}），请运行  packet log {d} --remove {n}  删除，"
              "再加上 {o} {e} 重新记录。", v=name, o=option, x=others, d=d, n=n or "N", e=example)


def log_kind(table: str, vals: dict, lang: str) -> str:
    """What a log entry is, in ``lang``: its channel for a contact (``电话``), ``reply: accepted`` for the lender's
    answer, ``sent by post`` for a sending; the codes (phone, post…) stay in --json only (:func:`packet.value_name`)."""
    if table == "contact":
        return packet.value_name("channel", str(vals.get("channel", "")), lang)
    if table == "reply":
        return tr(lang, "reply: ", "答复：") + packet.value_name("reply", str(vals.get("kind", "")), lang)
    return tr(lang, "sent by ", "发送：") + packet.value_name("via", str(vals.get("via", "")), lang)


@cli.command()
@click.argument("case_dir", metavar="DIR", type=FolderArg(path_type=Path, readable=False))
@click.option("--file", "file", type=click.Path(path_type=Path), help="The file you sent (default: DIR-packet.pdf).")
@click.option("--via", type=click.Choice(["email", "post", "portal", "in-person"]), default="email", show_default=True)
@click.option("--at", "at", metavar="WHEN", help="When it was sent (default: now).")
@click.option("--tracking", help="The postal tracking number.")
@click.option("--follow-up", "follow_up", is_flag=True, help="This was the follow-up letter (default file DIR-followup.pdf).")
@click.option("--again", is_flag=True, help="Record it even if the same file was recorded as sent the same day the same way.")
@click.option("--delivered", "delivered", metavar="WHEN",
              help="The day the tracking says the last sending reached the lender (records no new sending).")
@click.option("--force", is_flag=True, help="Record the packet even though the case changed after it was built.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
@_everywhere
def sent(case_dir, file, via, at, tracking, follow_up, again, delivered, force, as_json):
    """Record that the packet (or a follow-up) was sent: when, how, its sha256; or, with --delivered, the day the
    last sending reached the lender."""
    lang = _lang_for(case_dir)
    if delivered:
        day = _when(delivered, lang)
        given = [f"--{n.replace('_', '-')}" for n in ("file", "via", "at", "tracking", "follow_up", "again", "force")
                 if click.get_current_context().get_parameter_source(n) == click.core.ParameterSource.COMMANDLINE]
        if given:  # they describe a sending; --delivered records none: say so rather than drop them unsaid
            _fail(PacketError(tr(lang, "--delivered records when the last sending arrived; it cannot go with {o}.",
                                 "--delivered 只记录上一次发送的送达日期，不能与 {o} 一起使用。", o=" ".join(given)),
                              tr(lang, "Record the sending first (packet sent {d} --via post --tracking …), then its "
                                       "delivery (packet sent {d} --delivered DAY).",
                                 "请先记录发送（packet sent {d} --via post --tracking …），再记录送达（packet sent {d} "
                                 "--delivered 日期）。", d=display.command_path(case_dir)), code="usage"), as_json)
        try:
            entry = packet.record_delivered(case_dir, day)
        except PacketError as exc:
            _fail(exc, as_json)
        if as_json:
            _echo_json(json.dumps({"delivered": {"at": day.isoformat(), "sent": str(entry.get("at", "")),
                                                 "file": entry.get("file")}}, ensure_ascii=False))
            return
        say(tr(lang, "Recorded: the sending of {s} reached the lender on {d}. The reply deadline counts from then; "
                     "see it with  packet status {c}",
               "已记录：{s} 发送的材料于 {d} 送达。答复期限从这天起算；运行  packet status {c}  查看。",
               s=str(entry.get("at", ""))[:10], d=day.date().isoformat(), c=display.command_path(case_dir)))
        return
    suffix = "followup" if follow_up else "packet"
    # next to the case folder, as build writes it ("packet sent ." inside the folder: its parent, not ".")
    file = file or case_dir.resolve().parent / f"{case_dir.resolve().name}-{suffix}.pdf"
    when = _when(at, lang)
    asked = False
    if not _given("via") and _at_terminal(as_json) and Path(file).is_file():  # ask how, rather than assume email
        asked = True
        via = _ask_choice(lang, ("How did you send it?", "您是怎么发送的？"), "via",
                          ("email", "post", "portal", "in-person"), via)
        if via == "post" and not tracking:
            tracking = click.prompt(tr(lang, "The tracking number (Enter skips)", "快递/挂号单号（直接回车跳过）"),
                                    default="", show_default=False).strip() or None
    try:
        _case, digest = packet.record_sent(case_dir, file, via=via, at=when, tracking=tracking, follow_up=follow_up,
                                           again=again, force=force, assumed=not asked and not _given("via"))
    except PacketError as exc:
        _fail(exc, as_json)
    if as_json:
        _echo_json(json.dumps({"sent": {"at": when.isoformat(), "via": via, "file": str(file), "sha256": digest,
                                        "tracking": tracking, "kind": "follow-up" if follow_up else "request"}},
                              ensure_ascii=False))
        return
    say(tr(lang, "Recorded: {f} sent by {v} (sha256 {h}…).", "已记录：{f} 已通过{v}发送（sha256 {h}…）。",
           f=file, v=packet.value_name("via", via, lang), h=digest[:12]))
    if not asked and not _given("via"):
        say(_default_note(lang, case_dir, "sent", when, packet.value_name("via", via, lang), "--via", "post",
                          "post, portal, in-person"))
    say(tr(lang, "Next: log every call or message with  packet log {d}; see the reply deadline with  packet status {d}",
           "下一步：每次电话或消息用  packet log {d}  记录；运行  packet status {d}  查看答复期限。",
           d=display.command_path(case_dir)))


@cli.command()
@click.argument("case_dir", metavar="DIR", type=FolderArg(path_type=Path, readable=False))
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=_as_of, help="Today's date (default: today).")
@click.option("--follow-up", "follow_up", is_flag=True, help="Write the follow-up letter and email draft.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Where to write the follow-up (default: DIR-followup.pdf).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")
@_everywhere
def status(case_dir, as_of, follow_up, output, as_json):
    """Where the request stands: the reply deadline, the replies, what to do next."""
    case, st = packet.case_status(case_dir, as_of)
    from packet.core.i18n import message_lang

    lang = message_lang(case.language)
    files = packet.follow_up(case_dir, as_of, output) if follow_up else ()
    # a follow-up that gives nowhere to reply: the warning check and build give for the letter (packet.reply_warning)
    warnings = ["reply"] if files and not any((getattr(case.applicant, k.split(".")[1]) or "").strip()
                                              for k in packet.REPLY_WAYS) else []
    kept = packet.sent_differs(case_dir, case) if st.request else []  # rebuilt since sent: which PDF the lender has
    # the latest call or message logged: what the lender said and promised, and the next step the person wrote down
    # (a trial, r26: a lender's call logged with "promised a call back on 16 December" and "fill in the income and
    # expenditure form", then `status` said only "wait for a written reply")
    last = max(case.contacts, key=lambda c: c.at, default=None)
    if as_json:
        _echo_json(json.dumps({
            "sent": st.request.at.isoformat() if st.request else None, "deadline": st.deadline.isoformat() if st.deadline else None,
            "overdue": st.overdue, "outcome": st.outcome, "country": st.country,
            "replies": [{"at": r.at.isoformat(), "kind": r.kind, "summary": r.summary} for r in st.replies],
            "steps": [{"text": s.text, "opens": s.opens.isoformat() if s.opens else None,
                       "until": s.until.isoformat() if s.until else None, "open": s.open_now, "source": s.source}
                      for s in st.steps],
            "next": st.next, "files": [str(p) for p in files], "follow_up_warnings": warnings,
            "sent_copy_kept": [str(p) for p in kept], "out_of_date": st.stale,
            "last_contact": {"at": last.at.isoformat(), "channel": last.channel, "with": last.with_,
                             "said": last.said, "promised": last.promised, "next_step": last.next_step,
                             "summary": last.summary} if last else None},
            ensure_ascii=False, indent=2))
        return
    if st.request:
        say(tr(lang, "Sent on {d} by {v}" , "发送日期：{d}（{v}）", d=st.request.at.date().isoformat(),
               v=packet.value_name("via", st.request.via, lang))
            + (tr(lang, ", tracking {t}", "，快递单号 {t}", t=st.request.tracking) if st.request.tracking else ""))
        say(tr(lang, "Reply asked for by: {d}{o}", "要求答复期限：{d}{o}", d=st.deadline.isoformat(),
               o=tr(lang, " (passed, no answer)", "（已过期，未答复）") if st.overdue else ""))
        if kept:
            say(tr(lang, "The packet PDF there now differs from the one you sent; what the lender has is kept as {p}.",
                   "现在的申请材料 PDF 与您已发送的不同；贷款机构收到的版本保存为 {p}。",
                   p=display.command_path(kept[-1])))
    say(tr(lang, "Replies so far: {n}", "已收到答复：{n} 条", n=len(st.replies)))
    for r in st.replies:
        say(f"  - {r.at.date().isoformat()} {packet.value_name('reply', r.kind, lang)}" + (f": {r.summary}" if r.summary else ""))
    if last:
        said_by = ("，" if lang == "zh" else ", ").join(x for x in (packet.value_name("channel", last.channel, lang).lower(), last.with_) if x)
        say(tr(lang, "Last contact: {at}, {w}", "最近一次联系：{at}，{w}", at=last.at.strftime("%Y-%m-%d %H:%M"), w=said_by))
        for label, text in ((tr(lang, "What happened", "经过"), last.summary), (tr(lang, "They said", "对方说"), last.said),
                            (tr(lang, "They promised", "对方承诺"), last.promised),
                            (tr(lang, "Your next step", "您的下一步"), last.next_step)):
            if text:
                for line in packet.wrap_text(f"{label}: {text}" if lang != "zh" else f"{label}：{text}",
                                             indent="    ", first="  "):
                    say(line)
    if st.steps:
        say(tr(lang, "Complaint route ({c}):", "投诉途径（{c}）：", c=st.country or "—"))
        note = packet.route_note(st.country, lang)
        if note:
            for line in packet.wrap_text(note, indent="  ", first="  "):
                say(line)
        for i, s in enumerate(st.steps, 1):
            when_ = (tr(lang, "from {d}", "自 {d} 起", d=s.opens.isoformat()) if s.opens else tr(lang, "later", "之后"))
            if s.until:
                when_ += tr(lang, " until {d}", "，至 {d} 止", d=s.until.isoformat())
            for line in packet.wrap_text(f"{s.text} [{when_}]", indent="     ", first=f"  {i}. "):
                say(line)
            say(tr(lang, "     source: {s}", "     依据：{s}", s=s.source))
    say(tr(lang, "Next: {t}", "下一步：{t}", t=st.next))
    for p in files:
        say(tr(lang, "Written: {p}", "已生成：{p}", p=p))
    if warnings:
        say(packet.reply_warning(lang, letter="follow-up"))
    if files:
        say(tr(lang, "Sign the follow-up letter, send it, then record it with  packet sent {d} --follow-up",
               "请在跟进函上签字并发送，然后运行  packet sent {d} --follow-up  记录。", d=display.command_path(case_dir)))


@cli.command()
@click.argument("cases_dir", metavar="[DIR]", required=False, type=FolderArg(path_type=Path, readable=False))
@click.option("--port", type=click.IntRange(1024, 65535), help="Port on 127.0.0.1 (default: a free one).")
@click.option("--no-browser", is_flag=True, help="Do not open the browser (print the address only).")
@click.option("--lan", "lan", metavar="ADDRESS",
              help="Also answer phones on this address of your network, with an upload-only page (off by default).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=lambda c, p, v: _as_of(c, p, v) if v else None,
              help="Date the checklist is judged against (default: today, each time).")
@_everywhere
def serve(cases_dir, port, no_browser, lan, as_of):
    """Open the page: cases, documents, the check, the log and the build, in your browser.

    DIR is the folder of cases (default: packet-cases in your documents folder); each case is a
    normal case folder the other commands can use too. Only this computer can open the page."""
    from packet.web import Server, Settings, default_cases_dir
    from packet.web.server import check_lan_address, open_browser

    lang = env_lang()
    folder = (cases_dir or default_cases_dir()).expanduser()
    if folder.exists() and not folder.is_dir():
        raise PacketError(tr(lang, "{p} is a file, not a folder.", "{p} 是文件，不是文件夹。", p=folder),
                          tr(lang, "Give a folder for your cases.", "请给出存放案件的文件夹。"), code="no-such-folder")
    folder.mkdir(parents=True, exist_ok=True)
    if lan:
        try:
            check_lan_address(lan)
        except (ValueError, OSError):
            raise click.BadParameter(tr(lang, "'{a}' is not an address of this computer; give its address on your "
                                              "Wi-Fi, e.g. 192.168.1.20", "'{a}' 不是这台电脑的地址；请给出它在 Wi-Fi 上的地址，"
                                              "例如 192.168.1.20", a=lan), param_hint="--lan") from None
    try:
        server = Server(Settings(cases=folder.resolve(), lan=lan, as_of=as_of), port=port)
    except OSError as exc:
        raise PacketError(tr(lang, "Cannot listen on port {p}: {e}", "无法使用端口 {p}：{e}", p=port, e=exc),
                          tr(lang, "Leave out --port to use a free one.", "去掉 --port，使用空闲端口。"), code="usage") from None
    server.start()
    click.echo(tr(lang, "packet is open at:\n  {u}\nCases live in {d}", "packet 已打开：\n  {u}\n案件保存在 {d}",
                  u=server.url, d=folder.resolve()))
    if lan:
        click.echo(tr(lang, "Phones on your network can reach an upload-only page on {a} with a code shown on a case's page.",
                      "同一网络中的手机可通过案件页面上的二维码，访问 {a} 上的仅上传页面。", a=lan))
    click.echo(tr(lang, "Keep this window open while you use the page; press Ctrl-C to stop.",
                  "使用页面时请保持本窗口开启；按 Ctrl-C 停止。"))
    if not no_browser:
        open_browser(server.url)

    def stopped() -> None:
        click.echo(tr(lang, "Stopped.", "已停止。"))

    # Ctrl-C is how the page ends: "Stopped.", exit 0, whatever the page was doing (a check reading pages is not
    # waited for: its OCR children are ended, its temporary files removed, no cache entry or file is half-written)
    stopping.farewell(stopped, 0)
    try:
        server.wait()
    except KeyboardInterrupt:
        if stopping.active():
            stopping.stop()
        stopped()
