"""Splitting a packet that is too big for one email into parts, cut between exhibits.

Page numbers run on across parts (the stamps already say "page n / total"), and each part's PDF page
labels match them, so "page 14" is page 14 in the viewer of whichever part holds it. Every part starts
with an unnumbered part cover saying which part it is and what each part holds; the first part then
has the cover letter and the index, whose lines link into the other parts' files.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from packet.assembly.front_matter import Laid
from packet.assembly.index_pages import PartInfo, render_part_cover
from packet.assembly.output_file import check_output_path, write_atomic
from packet.assembly.pdf_writing import Bookmark, Link, bookmark_title, finish, write_bytes
from packet.core.errors import PacketError
from packet.core.i18n import message_lang, tr

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unit:
    """Pages that must stay together: the letter with the index, one exhibit, or the contact log."""

    first: int
    last: int
    label: str
    size: int = 0


def _units(plan: Laid) -> list[Unit]:
    layout = plan.layout
    secs = layout.sections
    sep = "、" if plan.front.lang == "zh" else ", "
    units = [Unit(1, secs[1].last, secs[0].title + sep + secs[1].title)]
    for sec in secs[2:]:
        first = sec.first - 1 if (sec.first - 1) in layout.blanks else sec.first
        units.append(Unit(first, sec.last, sec.label))
    return units


def _size_of(reader: PdfReader, first: int, last: int) -> int:
    w = PdfWriter()
    for i in range(first - 1, last):
        w.add_page(reader.pages[i])
    buf = io.BytesIO()
    w.write(buf)
    return len(buf.getvalue())


def _pack(units: list[Unit], budget: int) -> list[list[Unit]]:
    groups: list[list[Unit]] = [[]]
    used = 0
    for u in units:
        if groups[-1] and used + u.size > budget:
            groups.append([])
            used = 0
        groups[-1].append(u)
        used += u.size
    return groups


def part_names(output: Path, count: int) -> tuple[Path, ...]:
    return tuple(output.with_name(f"{output.stem}-part{i}of{count}{output.suffix or '.pdf'}") for i in range(1, count + 1))


def _part_pdf(plan: Laid, reader: PdfReader, part: PartInfo, infos: tuple[PartInfo, ...], names: tuple[Path, ...],
              covers: list, meta: dict[str, str]) -> bytes:
    layout, lang = plan.layout, plan.front.lang
    cover = covers[part.number - 1]
    writer = PdfWriter()
    for p in PdfReader(io.BytesIO(cover.data)).pages:
        writer.add_page(p)
    offset = cover.pages  # file index of packet page n is n - part.first + offset
    for i in range(part.first - 1, part.last):
        writer.add_page(reader.pages[i])

    def where(page: int) -> tuple[int, str | None]:
        """File index of packet page ``page``, and the other part's file name when it is not in this one."""
        for info, name, other in zip(infos, names, covers, strict=True):
            if info.first <= page <= info.last:
                if info.number == part.number:
                    return page - info.first + offset, None
                return page - info.first + other.pages, name.name  # other parts: their cover, then pages
        raise ValueError(page)

    title = f"第 {part.number}/{part.count} 部分说明" if lang == "zh" else f"About part {part.number} of {part.count}"

    marks = [Bookmark(title, 0)] + [
        Bookmark(bookmark_title(s.title, s.first, lang), s.first - part.first + offset)
        for s in layout.sections if part.first <= s.first <= part.last]
    links = []
    for spot in plan.index_spots:
        if part.first <= spot.page <= part.last:
            target, file = where(spot.target)
            links.append(Link(spot.page - part.first + offset, spot.rect, target, file))
    prefix = f"第{part.number}部分说明" if lang == "zh" else f"Part {part.number} cover"
    labels = [(0, offset - 1, prefix, None), (offset, offset + part.last - part.first, None, part.first)]
    m = dict(meta)
    m["/Title"] = f"{meta['/Title']} ({part.number}/{part.count})"
    finish(writer, bookmarks=marks, links=links, labels=labels, meta=m)
    return write_bytes(writer)


def size_text(size: int) -> str:
    """``size`` bytes for a message: "0.3 MB" from 1 MB up, else whole kilobytes ("95 KB"; 1 KB = 1000 bytes, as
    --max-size reads "900KB"), so that two sizes under 1 MB never both read "0.1 MB"."""
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"


def split_packet(plan: Laid, body: bytes, output: Path, max_size: int, as_of: date,
                 meta: dict[str, str]) -> list[tuple[Path, int, int]]:
    """Write the parts of ``body`` (the packet's pages, serialised), each under ``max_size``;
    returns (path, pages, bytes) for each."""

    lang = plan.front.lang  # the pages' language (labels); messages follow --lang (message_lang)
    said = message_lang(lang)
    reader = PdfReader(io.BytesIO(body))
    units = [Unit(u.first, u.last, u.label, _size_of(reader, u.first, u.last)) for u in _units(plan)]
    biggest = max(units, key=lambda u: u.size)
    budget = int(max_size * 0.97) - 60_000  # room for the part cover (fonts) and the outline
    for _attempt in range(6):
        if biggest.size > budget:
            generated = biggest is units[0]  # the cover letter and index: nothing to scan again
            raise PacketError(
                tr(said, "{label} alone is {size}; with a part's cover page that is more than one email may carry "
                         "({mb}).",
                   "{label} 单独就有 {size}，加上每部分的说明页，超过一封邮件的上限（{mb}）。", label=biggest.label,
                   size=size_text(biggest.size), mb=size_text(max_size)),
                tr(said, "Raise --max-size (most mail services take 18MB).", "请调大 --max-size（多数邮箱可发 18MB）。")
                if generated else
                tr(said, "Scan or photograph that document again at a lower resolution (200 DPI is plenty), "
                         "or raise --max-size.",
                   "请把该材料以较低分辨率重新扫描或拍照（200 DPI 已足够），或调大 --max-size。"), code="output")
        groups = _pack(units, budget)
        count = len(groups)
        infos = tuple(PartInfo(i + 1, count, g[0].first, g[-1].last, tuple(u.label for u in g))
                      for i, g in enumerate(groups))
        names = part_names(output, count)
        covers = [render_part_cover(plan.front, plan.band, info, infos, tuple(n.name for n in names)) for info in infos]
        datas = [_part_pdf(plan, reader, info, infos, names, covers, meta) for info in infos]
        over = max(len(d) for d in datas) - max_size
        if over <= 0:
            break
        budget -= over + 20_000
        log.info("a part was %d bytes over; packing again with a budget of %d", over, budget)
    else:  # pragma: no cover - the budget shrinks every time
        raise PacketError(tr(said, "The packet could not be split under the size limit.", "无法把申请材料拆分到大小限制以内。"),
                          tr(said, "Raise --max-size.", "请调大 --max-size。"), code="output")
    for name in names:  # every part's path is checked before any is written
        check_output_path(plan.front.case, name, said)
    out = []
    for name, data in zip(names, datas, strict=True):
        write_atomic(name, data)
        out.append((name, len(PdfReader(io.BytesIO(data)).pages), len(data)))
    return out
