"""Command line: parses options, calls the library (:mod:`packet.pipeline`), renders the result.

Exit codes (the public contract): 0 complete / built, 1 something is missing, 2 could not run.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import date
from pathlib import Path

import click

from packet import __version__
from packet.core.errors import PacketError
from packet.core.i18n import env_lang, tr

log = logging.getLogger("packet")


def _as_of(_ctx: click.Context | None, _param: click.Parameter | None, value: str | None) -> date:
    """``--as-of``: a date, named in the message when it is not one (a click callback)."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(tr(env_lang(), "'{v}' is not a date; write it as 2026-11-28",
                                    "'{v}' 不是有效日期；请写成 2026-11-28", v=value)) from None


def _size(_ctx: click.Context, _param: click.Parameter, value: str) -> int:
    return parse_size(value)


def parse_size(value: str) -> int:
    """'18MB', '1.5 MB', '900KB', '2000000' -> bytes (1 MB = 1,000,000 bytes, as mail services count)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not m:
        raise click.BadParameter(f"'{value}' is not a size; write it like 18MB or 900KB")
    number, unit = float(m.group(1)), m.group(2).lower()
    size = int(number * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[unit])
    if size < 100_000:
        raise click.BadParameter(f"{value} is too small for a PDF with documents; use at least 100KB")
    return size


def _fail(exc: PacketError, as_json: bool) -> None:
    if as_json:
        report = getattr(exc, "report", None)
        data = report.to_json() if report is not None else {}
        if report is not None:
            data["build"] = None
        data.update({"error": exc.message, "hint": exc.hint, "exit_code": exc.exit_code})
        click.echo(json.dumps(data, ensure_ascii=False, indent=2 if report is not None else None))
    click.echo(str(exc), err=True)
    sys.exit(exc.exit_code)


def _common(f):
    f = click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=_as_of,
                     help="Date the checklist is judged against (default: today).")(f)
    f = click.option("--checklist", metavar="NAME|FILE", help="A built-in checklist or your own .toml file.")(f)
    f = click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
                     help="Tasks run in parallel: OCR, second readings, page images (default: all cores; 1: no pool).")(f)
    f = click.option("--no-cache", is_flag=True, help="Do not use or fill the OCR cache.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for scripts).")(f)
    return f


def _options(as_of, checklist, jobs, no_cache, as_json):
    import os

    from packet.pipeline import CheckOptions

    return CheckOptions(as_of=as_of, checklist=checklist, jobs=jobs or os.cpu_count() or 1,
                        use_cache=not no_cache, progress=not as_json and sys.stderr.isatty())


@click.group(name="packet", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="packet")
@click.option("-v", "--verbose", is_flag=True, help="Log details to stderr (for troubleshooting).")
def cli(verbose: bool) -> None:
    """Turn a folder of hardship documents into one complete PDF for your lender.

    Start with `packet check DIR`: it says what is there and what is still missing.
    Then `packet build DIR` writes the file to send.
    """
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if verbose:  # packet's own details; not every chunk Pillow parses
        logging.getLogger("packet").setLevel(logging.DEBUG)


@cli.command()
@click.argument("case_dir", metavar="DIR", type=click.Path(path_type=Path))
@_common
def check(case_dir, as_of, checklist, jobs, no_cache, as_json):
    """Read every document and say what is still missing."""
    from packet.pipeline import check as run_check

    try:
        run = run_check(case_dir, _options(as_of, checklist, jobs, no_cache, as_json))
    except PacketError as exc:
        _fail(exc, as_json)
    if as_json:
        click.echo(json.dumps(run.report.to_json(), ensure_ascii=False, indent=2))
    else:
        from packet.rules.report_text import render_text

        click.echo(render_text(run.report, run.case, run.checklist))
    sys.exit(0 if run.report.complete else 1)


@cli.command()
@click.argument("case_dir", metavar="DIR", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Where to write the PDF (default: DIR-packet.pdf next to DIR).")
@click.option("--force", is_flag=True, help="Build even though documents are missing (the letter lists what will follow).")
@click.option("--max-size", metavar="SIZE", default="18MB", show_default=True, callback=_size,
              help="Largest file size to email, e.g. 18MB or 900KB.")
@click.option("--split", is_flag=True, help="If it cannot fit, write several parts each under --max-size.")
@click.option("--eml", is_flag=True, help="Also write an email draft (.eml) with the PDF attached.")
@click.option("--print", "print_mode", is_flag=True, help="For double-sided printing: each exhibit starts on an odd page.")
@click.option("--paper", type=click.Choice(["A4", "letter"], case_sensitive=False), default="A4", show_default=True,
              help="Paper size for English cases (Chinese cases are always A4).")
@_common
def build(case_dir, output, force, max_size, split, eml, print_mode, paper, as_of, checklist, jobs, no_cache, as_json):
    """Write the submission PDF: cover letter, index, stamped exhibits."""
    from packet.pipeline import build as run_build

    try:
        run, result = run_build(case_dir, _options(as_of, checklist, jobs, no_cache, as_json), output,
                                max_size=max_size, split=split, eml=eml, print_mode=print_mode, force=force,
                                paper="letter" if paper.lower() == "letter" else "A4")
    except PacketError as exc:
        _fail(exc, as_json)
    lang = run.case.language
    if as_json:
        data = run.report.to_json()
        data["build"] = {"files": [str(p) for p in result.files], "pages": result.pages, "size": result.size,
                         "parts": result.parts}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        sys.exit(0)
    for path in result.files:
        click.echo(tr(lang, "Written: {p}", "已生成：{p}", p=path))
    click.echo(tr(lang, "{pages} pages, {mb:.1f} MB{parts}.", "共 {pages} 页，{mb:.1f} MB{parts}。",
                  pages=result.pages, mb=result.size / 1e6,
                  parts="" if result.parts == 1 else tr(lang, f" in {result.parts} parts", f"，分为 {result.parts} 个文件")))
    if not run.report.complete:
        click.echo(tr(lang, "Built with --force: the cover letter lists what will follow. Send it when you have it.",
                      "已使用 --force 生成：申请书中列出了待补材料，备齐后请尽快补交。"))
    click.echo(tr(lang, "Next: open the PDF, check every page, then send it to your lender.",
                  "下一步：打开 PDF 逐页检查，然后发送给贷款机构。"))


@cli.command()
def doctor():
    """Check that Tesseract, its language data, fonts and packages are installed."""
    from packet.doctor import run_checks

    checks = run_checks()
    width = max(len(c.what) for c in checks)
    for c in checks:
        mark = "ok " if c.ok else "MISSING"
        click.echo(f"{mark:8}{c.what:<{width}}  {c.detail}")
        if c.fix:
            click.echo(f"{'':8}{'':<{width}}  -> install: {c.fix}")
    bad = [c for c in checks if not c.ok]
    if bad:
        click.echo(tr(env_lang(), "\n{n} thing(s) missing: run the install commands above, then `packet doctor` again.",
                      "\n缺少 {n} 项：请运行上面的安装命令，然后再次运行 `packet doctor`。", n=len(bad)))
        sys.exit(2)
    click.echo(tr(env_lang(), "\nEverything packet needs is installed.", "\npacket 所需的一切都已安装。"))


@cli.command(name="checklists")
@click.argument("name", required=False)
def checklists_cmd(name):
    """List the checklists, or show one (NAME or a .toml file) in readable form."""
    from packet.rules.checklist import all_checklists, load_checklist
    from packet.rules.registry import load_types

    try:
        if not name:
            for cl in all_checklists():
                click.echo(f"{cl.name:<22} {cl.description[cl.language]}")
            click.echo(tr(env_lang(), "\nShow one with: packet checklists NAME", "\n查看某个清单：packet checklists 名称"))
            return
        cl = load_checklist(name)
        types = load_types()
    except PacketError as exc:
        _fail(exc, False)
    from packet.rules.checklist_text import describe

    click.echo(describe(cl, types))


def main() -> None:
    """Entry point: no traceback ever reaches the user; an unexpected failure is exit 2 with advice."""
    try:
        cli.main(prog_name="packet")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo(tr(env_lang(), "Stopped. Nothing was written.", "已停止，没有写入任何文件。"), err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: log the detail, tell the user what to do
        log.debug("internal error", exc_info=True)
        click.echo(tr(env_lang(), "packet stopped because of an internal error: {e}\n"
                                  "Your files were not changed. Run again with -v and report the output to the developers.",
                      "packet 因内部错误而停止：{e}\n你的文件没有被修改。请加上 -v 再运行一次，并把输出反馈给开发者。",
                      e=exc), err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
