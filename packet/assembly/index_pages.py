"""The generated pages after the letter: the index of exhibits, the contact log, and part covers.

Index rows record where they were drawn so that :mod:`packet.assembly.pdf_writing` can turn each into a link to the
exhibit's first page. A part cover (when the packet is split for email) says which part this is and
what every part holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from packet.assembly.exhibits import Layout, page_ref
from packet.assembly.front_matter import Front
from packet.assembly.page_frame import Band
from packet.assembly.pdf_style import (
    LinkRow,
    LinkSpot,
    Rendered,
    grid,
    make_styles,
    render_story,
    usable_width,
)
from packet.case.casefile import Contact
from packet.case.value_names import value_name


def render_index(f: Front, band: Band, layout: Layout, first_page: int) -> Rendered:
    """附件目录 / Index of exhibits: label, description, pages; every row links to its first page."""
    s = make_styles(f.fonts, f.lang)
    w = usable_width(f.paper)
    widths = [w * 0.17, w * 0.60, w * 0.23]
    head = ["编号", "材料", "页码"] if f.zh else ["Exhibit", "Document", "Pages"]
    story: list = [s.p("附件目录" if f.zh else "Index of exhibits", s.title)]
    if f.case.lender.contract_number or f.case.applicant.name:
        story.append(s.p(band.middle(), s.small))
        story.append(Spacer(1, 3 * mm))
    story.append(grid([[s.p(h, s.cell_head) for h in head]], widths))
    spots: list[LinkSpot] = []
    letter = layout.sections[0]
    rows = [("", "申请书" if f.zh else "Cover letter", letter.first, letter.last)]
    for sec in layout.sections:
        if sec.kind == "exhibit" and sec.exhibit:
            rows.append((sec.label, sec.exhibit.description, sec.first, sec.last))
        elif sec.kind == "appendix":
            rows.append((sec.label, "沟通记录（与贷款机构的通话、信息、信函）" if f.zh else
                         "Log of my contacts with the lender (calls, chats, letters)", sec.first, sec.last))
    for label, desc, first, last in rows:
        row = grid([[s.p(label, s.cell_head), s.p(desc, s.cell), s.p(page_ref(first, last, f.lang), s.cell)]],
                   widths, header=False)
        story.append(LinkRow(row, first, spots, first_page))
    if f.still_to_follow:
        story += [Spacer(1, 4 * mm), s.p("尚待补交：" if f.zh else "Still to follow:", s.heading)]
        story += [s.p(f"· {m}") for m in f.still_to_follow]
    story += [Spacer(1, 4 * mm), s.p(
        "页码即本文件的页码（申请书为第 1 页），每页底部均标注附件编号、申请人、合同编号及页码。" if f.zh else
        "Page numbers are this file's own page numbers (the cover letter is page 1); every page is stamped at the "
        "bottom with its exhibit, my name, the contract number and its page number.", s.small)]
    out = render_story(story, paper=f.paper, band=band, first_page=first_page, label="附件目录" if f.zh else "Index")
    out.spots = spots
    return out


def contact_gist(c: Contact, zh: bool) -> str:
    """What a contact was about, for the log's last column: its summary, then what was said, promised and agreed
    as the next step (``packet log --said/--promised/--next``), each named; "" when none was recorded."""
    labelled = ((None, c.summary), ("对方表示" if zh else "Said", c.said), ("承诺" if zh else "Promised", c.promised),
                ("下一步" if zh else "Next step", c.next_step))
    parts = [(f"{label}：{v}" if zh else f"{label}: {v}") if label else v for label, v in labelled if v]
    return ("；" if zh else "; ").join(parts)


def render_contacts(f: Front, band: Band, first_page: int) -> Rendered | None:
    """附录 沟通记录 / Appendix — contact log: when, how, with whom, what was said."""
    contacts = f.case.contacts
    if not contacts:
        return None
    s = make_styles(f.fonts, f.lang)
    w = usable_width(f.paper)
    head = ["时间", "方式", "对方", "内容摘要"] if f.zh else ["Date and time", "Channel", "With", "Summary"]
    rows = [[s.p(h, s.cell_head) for h in head]]
    for c in contacts:
        en, zh = value_name("channel", c.channel, "en"), value_name("channel", c.channel, "zh")
        rows.append([s.p(c.at.strftime("%Y-%m-%d %H:%M"), s.cell), s.p(zh if f.zh else en, s.cell),
                     s.p(c.with_ or "—", s.cell), s.p(contact_gist(c, f.zh) or "—", s.cell)])
    story = [s.p("附录　沟通记录" if f.zh else "Appendix — Contact log", s.title),
             s.p("以下为本人与贵司（含催收方）的联系记录。" if f.zh else
                 "My contacts with you (and anyone collecting for you) so far.", s.body),
             grid(rows, [w * 0.2, w * 0.13, w * 0.2, w * 0.47])]
    return render_story(story, paper=f.paper, band=band, first_page=first_page, label="附录" if f.zh else "Appendix")


@dataclass(frozen=True)
class PartInfo:
    number: int  # 1-based
    count: int
    first: int  # packet page numbers this part holds (cover pages not counted)
    last: int
    labels: tuple[str, ...]  # what it holds: "申请书", "附件 1", …


def render_part_cover(f: Front, band: Band, part: PartInfo, parts: tuple[PartInfo, ...], file_names: tuple[str, ...]) -> Rendered:
    """The unnumbered first page of each part: which part this is and what each part holds."""
    s = make_styles(f.fonts, f.lang)
    w = usable_width(f.paper)
    title = (f"第 {part.number} 部分（共 {part.count} 部分）" if f.zh else f"Part {part.number} of {part.count}")
    story: list = [s.p(f.request_title(), s.title), s.p(title, s.heading), s.p(band.middle(), s.body),
                   s.p("因电子邮件附件大小限制，本申请材料分为多个文件发送，页码在各部分之间连续。" if f.zh else
                       "This submission is sent as several files because of email size limits; page numbers run on "
                       "from one part to the next.", s.body), Spacer(1, 3 * mm)]
    head = ["部分", "文件", "页码", "内容"] if f.zh else ["Part", "File", "Pages", "Contents"]
    rows = [[s.p(h, s.cell_head) for h in head]]
    for p, name in zip(parts, file_names, strict=True):
        mark = ("（本文件）" if f.zh else " (this file)") if p.number == part.number else ""
        rows.append([s.p(f"{p.number}/{p.count}{mark}", s.cell), s.p(name, s.cell),
                     s.p(page_ref(p.first, p.last, f.lang), s.cell), s.p("、".join(p.labels) if f.zh else ", ".join(p.labels), s.cell)])
    story.append(grid(rows, [w * 0.14, w * 0.3, w * 0.18, w * 0.38]))
    label = f"第 {part.number}/{part.count} 部分" if f.zh else f"Part {part.number}/{part.count}"
    return render_story(story, paper=f.paper, band=band, first_page=None, label=label, numbered=False)
