"""The cover letter: a Chinese 申请书 (停催 / 缓催) or an English hardship letter, from the case file.

It states the request in one sentence, the hardship, the repayment plan as a dated schedule, the
enclosures (with their pages), what is still to follow, and asks for a written reply within
``REPLY_DAYS`` days. The applicant's ID number only ever appears masked to its last four digits.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from packet.assembly.exhibits import Layout, fmt_date, page_ref
from packet.assembly.front_matter import Front
from packet.assembly.page_frame import Band
from packet.assembly.pdf_style import Rendered, Styles, grid, make_styles, render_story, usable_width
from packet.case.casefile import Case
from packet.case.repayment_plan import money

REPLY_DAYS = 14

REASON_ZH = {
    "unemployment": "本人因失业，收入中断",
    "medical": "本人因疾病治疗产生大额医疗费用，收入减少",
    "income-drop": "本人收入大幅下降",
    "other": "本人遇到经济困难",
}
REASON_EN = {
    "unemployment": "I have lost my job and my income has stopped",
    "medical": "illness and the cost of medical treatment have reduced what I can pay",
    "income-drop": "my income has fallen sharply",
    "other": "I am in financial hardship",
}
CHANNELS = {"phone": ("Phone", "电话"), "chat": ("Chat", "在线沟通"), "email": ("Email", "电子邮件"),
            "letter": ("Letter", "信函"), "visit": ("Visit", "面谈/上门")}


def request_sentence(case: Case, lang: str) -> str:
    """The request in one clear sentence (停催: pause all contact / 缓催: reduce it)."""
    stop = case.request.kind == "stop"
    if lang == "zh":
        if stop:
            return ("申请贵司自收到本申请之日起暂停对本人的一切催收联系（包括电话、短信、上门，以及联系本人的家人、"
                    "同事等第三方），并按下列还款计划与本人协商还款。")
        return ("申请贵司减少对本人的催收联系：今后仅以书面方式或在双方约定的时间联系本人，不再联系本人的家人、"
                "同事等第三方，并按下列还款计划与本人协商还款。")
    if stop:
        return "I ask you to pause all collection activity on this account while you consider the repayment plan below."
    return ("I ask you to reduce collection contact on this account to written contact only, or calls at times "
            "we agree, while you consider the repayment plan below.")


def subject_line(case: Case, lang: str) -> str:
    """Short subject for the PDF metadata and the email."""
    c = case.lender.contract_number
    if lang == "zh":
        kind = "停催申请" if case.request.kind == "stop" else "缓催申请"
        return f"{kind}（合同编号 {c}）" if c else kind
    kind = "Request to pause collection activity" if case.request.kind == "stop" else "Request to reduce collection contact"
    return f"{kind} — contract {c}" if c else kind


def _plan_story(f: Front, s: Styles) -> list:
    sch = f.schedule
    if sch is None:
        return [s.p("本人愿与贵司协商可行的还款计划。" if f.zh else "I would like to agree an affordable repayment plan with you.")]
    plan = f.case.plan
    cur = " 元" if f.zh else ""
    first, last = sch.rows[0], sch.rows[-1]
    if plan.monthly_payment is not None:
        if f.zh:
            text = (f"本人拟自 {fmt_date(sch.first, 'zh')} 起，每月 {sch.first.day} 日还款 {money(plan.monthly_payment)} 元，"
                    f"共 {sch.months} 期，合计 {money(sch.total)} 元")
            text += (f"，最后一期（{fmt_date(sch.last, 'zh')}）还款 {money(last.amount)} 元。"
                     if last.amount != first.amount else "。")
        else:
            text = (f"I propose to pay {money(plan.monthly_payment)} a month on the {_ordinal(sch.first.day)} of each month "
                    f"from {fmt_date(sch.first, 'en')}: {sch.months} payments, {money(sch.total)} in total")
            text += (f", the last one of {money(last.amount)} on {fmt_date(sch.last, 'en')}." if last.amount != first.amount
                     else f", the last one on {fmt_date(sch.last, 'en')}.")
    else:
        text = (f"本人拟分 {sch.months} 期还款，合计 {money(sch.total)} 元，详见下表。" if f.zh else
                f"I propose to pay in {sch.months} instalments, {money(sch.total)} in total, as set out below.")
        if plan.outstanding is not None and plan.outstanding > sch.total:
            rest = money(plan.outstanding - sch.total)
            text += (f"剩余 {rest} 元另行协商。" if f.zh else f" The remaining {rest} to be agreed later.")
    head = (["期数", "还款日期", "还款金额（元）", "剩余欠款（元）"] if f.zh
            else ["No.", "Date", "Amount", "Balance after payment"])
    rows = [[s.p(h, s.cell_head) for h in head]]
    for r in sch.rows:
        rows.append([s.p(str(r.number), s.cell), s.p(r.date.isoformat() if f.zh else fmt_date(r.date, "en"), s.cell),
                     s.p(money(r.amount), s.cell_right), s.p(money(r.balance), s.cell_right)])
    rows.append([s.p("合计" if f.zh else "Total", s.cell_head),
                 s.p(f"{sch.months} 期" if f.zh else f"{sch.months} months", s.cell),
                 s.p(money(sch.total) + ("" if f.zh else cur), s.cell_right), s.p("", s.cell)])
    w = usable_width(f.paper)
    return [s.p(text), grid(rows, [w * 0.12, w * 0.32, w * 0.26, w * 0.30], total=True)]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _enclosures(f: Front, s: Styles, layout: Layout | None) -> list:
    items = []
    spans = {sec.exhibit.label: (sec.first, sec.last) for sec in (layout.sections if layout else ()) if sec.exhibit}
    for ex in f.exhibits:
        first, last = spans.get(ex.label, (0, 0))
        ref = page_ref(first, last, f.lang) if first else ""
        line = f"{ex.label}{'　' if f.zh else ': '}{ex.description}" + (f"（{ref}）" if f.zh and ref else f" ({ref})" if ref else "")
        items.append(s.p(line, s.body))
    if layout:
        log = next((sec for sec in layout.sections if sec.kind == "appendix"), None)
        if log:
            ref = page_ref(log.first, log.last, f.lang)
            items.append(s.p(f"附录　沟通记录（{ref}）" if f.zh else f"Appendix — Log of my contacts with you ({ref})"))
    if not f.exhibits:
        items.append(s.p("（无）" if f.zh else "(none)"))
    if f.still_to_follow:
        items.append(s.p("尚待补交（将尽快补充提交）：" if f.zh else "Still to follow (I will send these as soon as I have them):",
                         s.heading))
        for m in f.still_to_follow:
            items.append(s.p(f"· {m}", s.body))
    return items


def _applicant_table(f: Front, s: Styles) -> list:
    a, lender = f.case.applicant, f.case.lender
    w = usable_width(f.paper)
    dash = "—"
    rows = [
        [s.p("申请人", s.cell_head), s.p(a.name or dash, s.cell), s.p("身份证号", s.cell_head), s.p(a.masked_id or dash, s.cell)],
        [s.p("联系电话", s.cell_head), s.p(a.phone or dash, s.cell), s.p("电子邮箱", s.cell_head), s.p(a.email or dash, s.cell)],
        [s.p("联系地址", s.cell_head), s.p(a.address or dash, s.cell), "", ""],
        [s.p("借款合同编号", s.cell_head), s.p(lender.contract_number or dash, s.cell), "", ""],
    ]
    table = grid(rows, [w * 0.17, w * 0.33, w * 0.15, w * 0.35], header=False)
    table.setStyle([("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3))])
    return [table]


def _zh_story(f: Front, s: Styles, layout: Layout | None) -> list:
    c = f.case
    reason = REASON_ZH.get(c.request.hardship or "other", REASON_ZH["other"])
    contract = f"（借款合同编号：{c.lender.contract_number}）" if c.lender.contract_number else ""
    story = [s.p(f.request_title(), s.title), s.p(f"致：{c.lender.name or '贷款机构'}", s.heading)]
    story += _applicant_table(f, s)
    story += [s.p("一、事由", s.heading),
              s.p(f"{reason}，暂时无法按原借款合同{contract}约定按期足额还款，特提出本申请。"),
              s.p("二、申请事项", s.heading), s.p(request_sentence(c, "zh")),
              s.p("三、困难情况说明", s.heading), s.p(c.request.statement or "详见所附证明材料。"),
              s.p("四、还款计划", s.heading)]
    story += _plan_story(f, s)
    story += [s.p("五、附件清单", s.heading)] + _enclosures(f, s, layout)
    story += [Spacer(1, 3 * mm),
              s.p(f"请贵司于收到本申请之日起 {REPLY_DAYS} 日内书面答复（信函或电子邮件"
                  + (f"：{c.applicant.email}" if c.applicant.email else "") + "）。"),
              KeepTogether([Spacer(1, 4 * mm), s.p("　　此致"), s.p("敬礼"), Spacer(1, 8 * mm),
                            s.p("申请人（签名）：____________________", s.right),
                            s.p(f"日期：{fmt_date(f.as_of, 'zh')}", s.right)])]
    return story


def _en_story(f: Front, s: Styles, layout: Layout | None) -> list:
    c, a, lender = f.case, f.case.applicant, f.case.lender
    sender = [x for x in (a.name, a.address, a.phone, a.email) if x]
    if a.masked_id:
        sender.append(f"ID number: {a.masked_id}")
    story = [s.p("\n".join(sender), s.body), Spacer(1, 4 * mm), s.p(fmt_date(f.as_of, "en")), Spacer(1, 3 * mm)]
    to = [x for x in (lender.name, lender.address, lender.email) if x]
    if to:
        story.append(s.p("\n".join(to)))
    ref = f"account / contract {lender.contract_number}" if lender.contract_number else "my account"
    story += [Spacer(1, 3 * mm), s.rich(f"<b>Re: {s.m(ref[0].upper() + ref[1:])} — {s.m(f.request_title().lower())}</b>"),
              Spacer(1, 2 * mm), s.p("Dear Sir or Madam,"), s.p(request_sentence(c, "en")),
              s.p(f"I am writing because {REASON_EN.get(c.request.hardship or 'other', REASON_EN['other'])}, "
                  "and I cannot keep up the payments under the contract at the moment."),
              s.p("My circumstances", s.heading), s.p(c.request.statement or "Please see the enclosed documents."),
              s.p("Proposed repayment plan", s.heading)]
    story += _plan_story(f, s)
    story += [s.p("Enclosures", s.heading)] + _enclosures(f, s, layout)
    story += [Spacer(1, 3 * mm),
              s.p(f"Please reply in writing within {REPLY_DAYS} days of the date of this letter"
                  + (f" (by email to {a.email} or by post)." if a.email else ".")
                  + " Please note this request on my account in the meantime."),
              KeepTogether([Spacer(1, 3 * mm), s.p("Yours faithfully,"), Spacer(1, 10 * mm),
                            s.p("Signature: ____________________"), s.p(a.name or "")])]
    return story


def render_letter(f: Front, band: Band, layout: Layout | None) -> Rendered:
    """The cover letter as PDF bytes; page 1 of the packet. ``layout`` None: a first pass to count pages."""
    s = make_styles(f.fonts, f.lang)
    story = _zh_story(f, s, layout) if f.zh else _en_story(f, s, layout)
    label = "申请书" if f.zh else "Letter"
    return render_story(story, paper=f.paper, band=band, first_page=1, label=label)
