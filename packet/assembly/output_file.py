"""Where the packet may be written, and writing it so that nothing is ever half-written.

An output never lands among the case's documents, never over an input, and never over a file packet did
not write; each file is written to a temporary name in the same folder, synced and renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path

from packet.case.casefile import Case
from packet.core.errors import OutputError
from packet.core.i18n import tr
from packet.core.own_output import written_by_packet

OUTPUT_MARKER = ".packet-output"  # a folder inside a case that holds packet's own output


def check_output_path(case: Case, output: Path, lang: str | None = None) -> None:
    """Refuse an output inside the case's inputs, over an input, or over a file packet did not write."""
    lang = lang or case.language
    out = Path(output).expanduser().resolve()
    root = case.root.resolve()
    if out.is_dir():
        raise OutputError(tr(lang, "{p} is a folder, not a file name.", "{p} 是文件夹，不是文件名。", p=out),
                          tr(lang, "Give a file name, e.g. -o {p}/packet.pdf", "请给出文件名，例如 -o {p}/申请材料.pdf", p=out))
    if out == root or root in out.parents:
        inside = out.relative_to(root).parts[:-1]
        ok = any(part.startswith(".") for part in inside) or any(
            (root.joinpath(*inside[: i + 1]) / OUTPUT_MARKER).exists() for i in range(len(inside)))
        if not ok:
            raise OutputError(
                tr(lang, "Will not write {p}: it is inside the case folder {root}, among your documents.",
                   "不能写入 {p}：它位于案件文件夹 {root} 之内，和您的材料混在一起。", p=out, root=root),
                tr(lang, "Write it next to the folder instead, e.g. -o {s}", "请写到文件夹之外，例如 -o {s}",
                   s=root.parent / f"{root.name}-packet.pdf"))
    if out.exists() and not written_by_packet(out):
        raise OutputError(
            tr(lang, "Will not overwrite {p}: it is not a file packet wrote.", "不会覆盖 {p}：它不是 packet 生成的文件。", p=out),
            tr(lang, "Choose another name with -o, or move that file away first.", "请用 -o 换一个文件名，或先把该文件移走。"))
    if not out.parent.exists():
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(tr(lang, "Cannot create the folder {p}: {e}", "无法创建文件夹 {p}：{e}", p=out.parent, e=exc),
                              tr(lang, "Choose another place with -o.", "请用 -o 选择其他位置。")) from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    try:
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:  # pragma: no cover - not every platform can fsync a folder
        pass
