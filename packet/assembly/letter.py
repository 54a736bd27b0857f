"""The cover letter: a Chinese 申请书 (停催 / 缓催) or an English hardship letter, from the case file.

It states the request in one sentence, the hardship, the repayment plan as a dated schedule, the
enclosures (with their pages), what is still to follow, and asks for a written reply within
``REPLY_DAYS`` days. The applicant's ID number only ever appears masked to its last four digits.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from packet.assembly.exhibits import Layout, fmt_date, page_ref
from packet.assembly.front_matter import Front
from packet.assembly.page_frame import Band
from packet.assembly.pdf_style import (
    PageMark,
    Rendered,
    Styles,
    grid,
    make_styles,
    render_story,
    usable_width,
)
from packet.case.casefile import Case
from packet.case.repayment_plan import grouped, money, run_text
from packet.core.money import unit_label
from packet.core.text import not_same_person, same_name
from packet.rules.registry import load_surnames, load_vocabulary

REPLY_DAYS = 14
SIGNATURE = "signature"  # the PageMark on the signature line: Rendered.marks says the letter's page it stands on

REASON_ZH = {
    "unemployment": "本人因失业，收入中断",
    "medical": "本人因疾病治疗产生医疗费用，收入减少",
    "income-drop": "本人收入大幅下降",
    "other": "本人遇到经济困难",
}
# said instead of REASON_ZH["medical"] only when the medical bills enclosed are large against the income shown
# (:func:`large_medical_bills`); a trial's letter said 大额 of a ¥1,201 outpatient bill
REASON_ZH_LARGE_MEDICAL = "本人因疾病治疗产生大额医疗费用，收入减少"
# whose treatment the enclosed medical bills are for (:func:`bill_patients`): the applicant's ("self", the words
# above), another person's ("family": a trial's letter said 本人因疾病 of his child's bill), both, or not told apart
# ("unsure": a name read that is neither clearly the applicant's nor clearly another's); {large} is 大额 / "large"
REASON_MEDICAL_FOR = {
    "family": {"zh": "本人家人因疾病治疗产生{large}医疗费用，家庭支出大幅增加",
               "en": "the {large}cost of a family member's medical treatment has reduced what I can pay"},
    "both": {"zh": "本人及家人因疾病治疗产生{large}医疗费用，家庭支出大幅增加",
             "en": "the {large}cost of medical treatment for myself and a family member has reduced what I can pay"},
    "unsure": {"zh": "因疾病治疗产生{large}医疗费用，家庭支出大幅增加",
               "en": "the {large}cost of medical treatment has reduced what I can pay"},
}
# the bills are large when they reach this share of a year's income: SDG indicator 3.8.2 (WHO / World Bank) counts
# out-of-pocket health spending above 10% of a household's income or consumption as catastrophic
LARGE_SHARE_OF_YEAR = Decimal("0.10")
REASON_EN = {
    "unemployment": "I have lost my job and my income has stopped",
    "medical": "illness and the cost of medical treatment have reduced what I can pay",
    "income-drop": "my income has fallen sharply",
    "other": "I am in financial hardship",
}
# said instead of the "medical" reasons when no medical bill is enclosed: treatment free at the point of use (the
# NHS, a public hospital's waived fee) costs the patient nothing, and the letter must not claim a cost it does not
# show (a trial's UK case enclosed a GP letter only and the letter spoke of "the cost of medical treatment")
REASON_EN_ILLNESS = "illness has reduced what I can pay"
REASON_ZH_ILLNESS = "本人因疾病，收入减少"


def medical_bill_enclosed(f: Front) -> bool:
    """Whether an exhibit of the packet is a medical bill (its type ``medical_bill``)."""
    return any(ex.result.type == "medical_bill" for ex in f.exhibits)


def _patients(f: Front) -> list[tuple[str, bool]]:
    """Each enclosed medical bill's ``patient`` (every part of a file) with whether the person gave or confirmed it
    (its evidence from the case file, ``[fields]``; a value without evidence is taken as given)."""
    out = []
    for ex in f.exhibits:
        if ex.result.type != "medical_bill":
            continue
        r = ex.result
        evs = r.part_evidence if r.parts and len(r.part_evidence) == len(r.parts) else ({},) * len(r.parts)
        for fields, ev in zip(r.parts, evs, strict=True) if r.parts else ((r.fields, r.evidence),):
            if p := fields.get("patient"):
                e = ev.get("patient")
                out.append((p, e is None or e.source == "case-file"))
    return out


def bill_patients(f: Front) -> str:
    """Whose treatment the medical bills enclosed are for, from each bill's ``patient`` (every part of a file):
    "self" (every patient read is the applicant's name, :func:`packet.core.text.same_name`, or no patient is read, or
    the case gives no name to compare), "family" (every patient is another person,
    :func:`packet.core.text.not_same_person`: a child shares the family name, and the person gave or confirmed that
    name under ``[fields]``), "both", or "unsure" (a name neither clearly the applicant's nor another's: an OCR slip
    or a two-character name one character apart; or another's name only read, not confirmed: a read "patient" may be
    no person at all, as a hospital's "Patient Financial Services" heading read as the patient "Financial Services"
    made a trial's letter (r23) tell a mortgage servicer of "a family member's" treatment after the applicant's own
    surgery). The letter never says the applicant was ill unless the bills say so, and never that someone else was
    unless the person said so."""
    wanted = f.case.applicant.name
    found = _patients(f)
    seen = [p for p, _ in found]
    if not wanted or not seen:
        return "self"
    vocab, variants = load_vocabulary(), load_surnames().variants
    own = [same_name(p, wanted, vocab.titles, vocab.honorifics) for p in seen]
    other = [given and not_same_person(p, wanted, vocab.titles, vocab.honorifics, variants) for p, given in found]
    if all(own):
        return "self"
    if all(o or m for o, m in zip(own, other, strict=True)):
        return "both" if any(own) else "family"
    return "unsure"


def _medical_reason(f: Front, lang: str) -> str | None:
    """The hardship sentence for medical bills enclosed whose patient is not only the applicant
    (:data:`REASON_MEDICAL_FOR`), else None (the applicant's own words apply)."""
    if f.case.request.hardship != "medical" or not medical_bill_enclosed(f):
        return None
    who = bill_patients(f)
    if who == "self":
        return None
    large = large_medical_bills(f)
    return REASON_MEDICAL_FOR[who][lang].format(large=("大额" if lang == "zh" else "large ") if large else "")


def _amount(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value else None
    except InvalidOperation:
        return None


def large_medical_bills(f: Front) -> bool:
    """Whether the medical bills enclosed (their ``total``) reach :data:`LARGE_SHARE_OF_YEAR` of a year's income:
    twelve times the monthly income the enclosures show (the payslips' mean ``net_pay``, else an income proof's
    ``monthly_income``). False when no bill has a total or no income is shown: "large" is then not said."""
    def values(kind: str, name: str) -> list[Decimal]:
        got = (_amount(ex.result.fields.get(name)) for ex in f.exhibits if ex.result.type == kind)
        return [v for v in got if v is not None and v > 0]

    bills = values("medical_bill", "total")
    pay = values("payslip", "net_pay") or values("income_proof", "monthly_income")
    if not bills or not pay:
        return False
    return sum(bills) >= sum(pay) / len(pay) * 12 * LARGE_SHARE_OF_YEAR


def request_sentence(case: Case, lang: str, where: str = "below") -> str:
    """The request in one clear sentence (停催: pause all contact / 缓催: reduce it).

    ``where`` says where the plan is ("below" in the letter and email); without a plan the sentence asks
    to agree one instead of pointing at nothing."""
    stop = case.request.kind == "stop"
    has_plan = not case.plan.is_empty
    if lang == "zh":
        tail = "并按下列还款计划与本人协商还款。" if has_plan else "并与本人协商可行的还款计划。"
        if stop:
            return ("申请贵司自收到本申请之日起暂停对本人的一切催收联系（包括电话、短信、上门，以及联系本人的家人、"
                    "同事等第三方），" + tail)
        return ("申请贵司减少对本人的催收联系：今后仅以书面方式或在双方约定的时间联系本人，不再联系本人的家人、"
                "同事等第三方，" + tail)
    tail = (f"while you consider the repayment plan {where}." if has_plan
            else "while we agree a repayment plan I can afford.")
    if stop:
        return f"I ask you to pause all collection activity on this account {tail}"
    return ("I ask you to reduce collection contact on this account to written contact only, or calls at times "
            f"we agree, {tail}")


def reply_ways(case: Case) -> tuple[str, ...]:
    """How the lender can answer the applicant, from what the case gives, in this order: "email", "post" (an
    address), "phone". A written reply needs an email or an address; a phone number only allows a call back."""
    a = case.applicant
    return tuple(w for w, v in (("email", a.email), ("post", a.address), ("phone", a.phone)) if (v or "").strip())


def asks_call_back(case: Case) -> bool:
    """Whether the cover letter asks the lender to call back rather than to reply in writing (:func:`reply_sentence`:
    the case gives a phone number and no email or address)."""
    return reply_ways(case) == ("phone",)


def reply_sentence(case: Case, lang: str, days: int = REPLY_DAYS) -> str:
    """The cover letter's closing request for a reply within ``days`` (zh counts from the lender's receipt, en from
    the letter's date, as :data:`packet.assembly.letter_record.REPLY_FROM` records), asking only for what the letter
    gives the lender to answer with (:func:`reply_ways`): a written reply by email and/or post when it gives an email
    or an address; a call back when it gives only a phone number (a trial's letter asked a reply "by letter or
    email" of a case that gave neither; ``check`` and ``build`` warn then:
    :func:`packet.rules.readiness.letter_warnings`, ``written_reply``); a written reply, no way named, when it gives
    none (the ``reply`` warning). The email draft needs none of this: the lender answers the email."""
    how, phone = written_reply_ways(case, lang), case.applicant.phone
    if lang == "zh":
        start = f"请贵司于收到本申请之日起 {days} 日内"
        if how:
            return start + f"书面答复（{how}）。"
        return start + (f"致电本人答复（联系电话：{phone}）。" if "phone" in reply_ways(case) else "书面答复。")
    if how:
        return f"Please reply in writing within {days} days of the date of this letter ({how})."
    if "phone" in reply_ways(case):
        return f"Please reply within {days} days of the date of this letter by calling me on {phone}."
    return f"Please reply in writing within {days} days of the date of this letter."


def written_reply_ways(case: Case, lang: str, spell: bool = False) -> str:
    """Where a written reply can go, in words ("by email to x@y or by post to the address above" /
    "电子邮件：x@y，或按上述联系地址邮寄信函"), from the case's email and address; "" when it gives neither.
    ``spell``: the address written out (a letter that does not print it above: the follow-up)."""
    a = case.applicant
    written = [w for w in reply_ways(case) if w != "phone"]
    if lang == "zh":
        post = f"邮寄信函至{a.address}" if spell else "按上述联系地址邮寄信函"
        return "，或".join(f"电子邮件：{a.email}" if w == "email" else post for w in written)
    post = f"by post to {a.address}" if spell else "by post to the address above"
    return " or ".join(f"by email to {a.email}" if w == "email" else post for w in written)


def plan_text(f: Front) -> str:
    """The plan in one or two sentences, amounts with the case's currency ("" when the case gives no plan)."""
    sch = f.schedule
    if sch is None:
        return ""
    plan = f.case.plan
    m = f.money
    first, last = sch.rows[0], sch.rows[-1]
    if plan.monthly_payment is not None and sch.reviewed:
        # too long to propose whole (repayment_plan.MAX_PLAN_MONTHS): the reduced payment for a stated period, then
        # a review. How many payments the whole would take at this rate is NOT said: it is the number a lender would
        # hold against the borrower ("521 payments" refuses itself; a new-user trial, r21). The terminal says it.
        if f.zh:
            return (f"本人拟自{fmt_date(sch.first, 'zh')}起，每月{sch.first.day}日还款 {m(plan.monthly_payment)}，"
                    f"先行 {sch.months} 期（至{fmt_date(sch.last, 'zh')}，合计 {m(sch.total)}），期满后与贵司重新协商"
                    f"还款安排。")
        return (f"I propose to pay {m(plan.monthly_payment)} a month on the {_ordinal(sch.first.day)} of each month "
                f"for {sch.months} months, from {fmt_date(sch.first, 'en')} to {fmt_date(sch.last, 'en')} "
                f"({m(sch.total)} in total), and then to review the arrangement with you.")
    if plan.monthly_payment is not None:
        if f.zh:
            text = (f"本人拟自{fmt_date(sch.first, 'zh')}起，每月{sch.first.day}日还款 {m(plan.monthly_payment)}，"
                    f"共 {sch.months} 期，合计 {m(sch.total)}")
            return text + (f"，最后一期（{fmt_date(sch.last, 'zh')}）还款 {m(last.amount)}。"
                           if last.amount != first.amount else "。")
        text = (f"I propose to pay {m(plan.monthly_payment)} a month on the {_ordinal(sch.first.day)} of each month "
                f"from {fmt_date(sch.first, 'en')}: {sch.months} payments, {m(sch.total)} in total")
        return text + (f", the last one of {m(last.amount)} on {fmt_date(sch.last, 'en')}." if last.amount != first.amount
                       else f", the last one on {fmt_date(sch.last, 'en')}.")
    text = (f"本人拟分 {sch.months} 期还款，合计 {m(sch.total)}。" if f.zh else
            f"I propose to pay in {sch.months} instalments, {m(sch.total)} in total.")
    if plan.outstanding is not None and plan.outstanding > sch.total:
        rest = m(plan.outstanding - sch.total)
        text += (f"剩余 {rest} 另行协商。" if f.zh else
                 f" I would like to agree with you how to pay the remaining {rest} after the last instalment.")
    return text


def schedule_lines(f: Front) -> list[str]:
    """The schedule as plain text lines for the email: "1. 5 January 2027 — £100.00"; a long one by runs of
    equal monthly payments ("· 12 payments of £150.00, monthly from …", :func:`packet.case.repayment_plan.grouped`),
    then where each payment is listed (the letter's annex)."""
    if f.schedule is None:
        return []
    runs = grouped(f.schedule)
    if runs:
        return [f"· {run_text(r, f.lang, f.money, lambda d: fmt_date(d, f.lang))}" for r in runs] + [
            (ANNEX_NOTE_SUMMARY if summarised(f) else ANNEX_NOTE)[f.lang]]
    return [f"{r.number}. {fmt_date(r.date, f.lang)}" + ("：" if f.zh else " — ") + f.money(r.amount)
            for r in f.schedule.rows]


ANNEX_TITLE = {"zh": "附表：还款计划明细", "en": "Annex: schedule of payments"}
ANNEX_NOTE = {"zh": "每一期的日期和金额见申请书末页所附《还款计划明细》。",
              "en": "Each payment, with its date and the balance after it, is listed in the annex at the end of "
                    "this letter."}
# said instead when the annex's table is summarised (more than TABLE_MAX_ROWS payments)
ANNEX_NOTE_SUMMARY = {"zh": "前几期和最后一期的日期、金额及剩余欠款见申请书末页所附《还款计划明细》。",
                      "en": "The first payments and the last, with their dates and the balance after each, are listed "
                            "in the annex at the end of this letter."}


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
    text = plan_text(f)
    runs = grouped(sch)
    if runs:
        return [s.p(text), *_runs_lines(f, s, runs), s.p((ANNEX_NOTE_SUMMARY if summarised(f) else ANNEX_NOTE)[f.lang])]
    return [s.p(text), _schedule_table(f, s)]


def _currency_tag(f: Front) -> str:
    unit = unit_label(f.currency, f.lang)
    return f"（{unit}）" if f.zh and unit else (f" ({unit})" if unit else "")


def _runs_lines(f: Front, s: Styles, runs) -> list:
    """A long schedule in a few lines, the words of the terminal and the email: one line per run of equal monthly
    payments ("12 payments of £150.00, monthly from 1 January 2027 to 1 December 2027")."""
    return [s.p(f"· {run_text(r, f.lang, f.money, lambda d: fmt_date(d, f.lang))}", s.body) for r in runs]


# a schedule of more rows than this is summarised in its table: the first SUMMARY_HEAD rows, a row "…", the last row
# and the total (a trial's 322 payments filled 10 pages); 24 rows and the table's head and total fit one A4 page
TABLE_MAX_ROWS = 24
SUMMARY_HEAD = 12


def summarised(f: Front) -> bool:
    """Whether the schedule's table leaves rows out (more than :data:`TABLE_MAX_ROWS` payments)."""
    return f.schedule is not None and len(f.schedule.rows) > TABLE_MAX_ROWS


def _schedule_table(f: Front, s: Styles) -> object:
    """The payments: number, date, amount and the balance after each; the total. More than :data:`TABLE_MAX_ROWS`
    payments: the first :data:`SUMMARY_HEAD`, a row "…", the last one, the total (never pages of rows). Kept whole on
    one page (KeepTogether): a table split with its last rows and total alone on the next page (a trial's zh letter)
    is hard to read."""
    sch, cur = f.schedule, _currency_tag(f)
    head = (["期数", "还款日期", f"还款金额{cur}", f"剩余欠款{cur}"] if f.zh
            else ["No.", "Date", f"Amount{cur}", f"Balance after payment{cur}"])
    rows = [[s.p(h, s.cell_head) for h in head]]
    shown = sch.rows if not summarised(f) else (*sch.rows[:SUMMARY_HEAD], None, sch.rows[-1])
    for r in shown:
        if r is None:
            rows.append([s.p("…", s.cell), s.p("…", s.cell), s.p("…", s.cell_right), s.p("…", s.cell_right)])
            continue
        rows.append([s.p(str(r.number), s.cell), s.p(r.date.isoformat() if f.zh else fmt_date(r.date, "en"), s.cell),
                     s.p(money(r.amount), s.cell_right), s.p(money(r.balance), s.cell_right)])
    rows.append([s.p("合计" if f.zh else "Total", s.cell_head),
                 s.p(f"{sch.months} 期" if f.zh else f"{sch.months} months", s.cell),
                 s.p(money(sch.total), s.cell_right), s.p("", s.cell)])
    w = usable_width(f.paper)
    return KeepTogether([grid(rows, [w * 0.12, w * 0.32, w * 0.26, w * 0.30], total=True)])


def _annex(f: Front, s: Styles) -> list:
    """The full schedule on a page of its own after the signature, when the letter shows it by runs."""
    if f.schedule is None or not grouped(f.schedule):
        return []
    return [PageBreak(), s.p(ANNEX_TITLE[f.lang], s.heading), _schedule_table(f, s)]


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
    if f.no_wages:  # a pension or a benefit: no payslips will ever come, and the letter says so (a trial, r21)
        items.append(s.p(_no_wages_sentence(f), s.body))
    return items


def _no_wages_sentence(f: Front) -> str:
    """The letter's sentence for a person with no wages: there are no payslips, and which of the documents that show
    the income (a proof of income, bank statements: interface.md's types) are enclosed, those alone; with neither,
    that they will be sent (a trial, r22: "the bank statements enclosed" stood under "Still to follow: Bank
    statement")."""
    enclosed = {ex.result.type for ex in f.exhibits}
    shown = [(zh, en) for t, zh, en in (("income_proof", "收入证明", "the proof of income"),
                                        ("bank_statement", "银行流水", "the bank statements")) if t in enclosed]
    if f.no_income:  # no income now (the statement says so): no payslips for the months since (a trial, r25)
        earlier = [("此前的工资单", "my earlier payslips")] if "payslip" in enclosed else []
        shown = earlier + shown
        if f.zh:
            head = "关于收入证明：本人目前没有收入（见上文困难情况说明），因此没有这段时间的工资单；"
            return head + ("本人的收入情况见所附" + "和".join(zh for zh, _en in shown) + "。" if shown
                           else "本人的收入情况将以银行流水说明，相关材料将尽快补交。")
        head = "About proof of income: I have no income at present (see my circumstances above), so there are no payslips for these months; "
        return head + ("my income is shown by " + " and ".join(en for _zh, en in shown) + " enclosed." if shown
                       else "my income will be shown by my bank statements, which I will send.")
    if f.zh:
        head = "关于收入证明：本人没有工资收入（靠养老金、低保等生活），因此没有工资单；"
        if shown:
            return head + "本人的收入情况见所附" + "和".join(zh for zh, _en in shown) + "。"
        return head + "本人的收入情况将以养老金、低保等的发放证明和银行流水说明，相关材料将尽快补交。"
    head = "About proof of income: I have no wages (I live on a pension or benefit), so there are no payslips; "
    if shown:
        return head + "my income is shown by " + " and ".join(en for _zh, en in shown) + " enclosed."
    return head + "my income will be shown by a proof of my pension or benefit and my bank statements, which I will send."


def _applicant_table(f: Front, s: Styles) -> list:
    """The applicant's details, only those given (no dashes standing in for what the case file lacks)."""
    a, lender = f.case.applicant, f.case.lender
    w = usable_width(f.paper)
    pairs = [(k, v) for k, v in (("申请人", a.name), ("身份证号", a.masked_id), ("联系电话", a.phone),
                                 ("电子邮箱", a.email)) if v]
    wide = [(k, v) for k, v in (("联系地址", a.address), ("借款合同编号", lender.contract_number)) if v]
    rows, spans = [], []
    for i in range(0, len(pairs), 2):
        row = [s.p(pairs[i][0], s.cell_head), s.p(pairs[i][1], s.cell)]
        if i + 1 < len(pairs):
            row += [s.p(pairs[i + 1][0], s.cell_head), s.p(pairs[i + 1][1], s.cell)]
        else:
            row += ["", ""]
            spans.append(len(rows))
        rows.append(row)
    for k, v in wide:
        spans.append(len(rows))
        rows.append([s.p(k, s.cell_head), s.p(v, s.cell), "", ""])
    if not rows:
        return []
    table = grid(rows, [w * 0.17, w * 0.33, w * 0.15, w * 0.35], header=False)
    table.setStyle([("SPAN", (1, r), (3, r)) for r in spans])
    return [table]


ZH_NUMERALS = "一二三四五六七八九十"


def _reason_en(f: Front) -> str:
    """Why the applicant writes, in English (:data:`REASON_EN`; an illness without a bill enclosed says no cost)."""
    hardship = f.case.request.hardship or "other"
    if (told := _medical_reason(f, "en")) is not None:
        return told
    if hardship == "medical" and not medical_bill_enclosed(f):
        return REASON_EN_ILLNESS
    return REASON_EN.get(hardship, REASON_EN["other"])


def _zh_story(f: Front, s: Styles, layout: Layout | None, tight: bool = False, carry: int = 0) -> list:
    c = f.case
    reason = REASON_ZH.get(c.request.hardship or "other", REASON_ZH["other"])
    if c.request.hardship == "medical" and large_medical_bills(f):
        reason = REASON_ZH_LARGE_MEDICAL
    elif c.request.hardship == "medical" and not medical_bill_enclosed(f):
        reason = REASON_ZH_ILLNESS
    reason = _medical_reason(f, "zh") or reason
    contract = f"（借款合同编号：{c.lender.contract_number}）" if c.lender.contract_number else ""
    story = [s.p(f.request_title(), s.title)]
    if c.lender.name:
        story.append(s.p(f"致：{c.lender.name}", s.heading))
    story += _applicant_table(f, s)
    numbers = iter(ZH_NUMERALS)
    story += [s.p(f"{next(numbers)}、事由", s.heading),
              s.p(f"{reason}，暂时无法按原借款合同{contract}约定按期足额还款，特提出本申请。"),
              s.p(f"{next(numbers)}、申请事项", s.heading), s.p(request_sentence(c, "zh"))]
    if c.request.statement:
        story += [s.p(f"{next(numbers)}、困难情况说明", s.heading), s.p(c.request.statement)]
    story += [s.p(f"{next(numbers)}、还款计划", s.heading)]
    story += _plan_story(f, s)
    story += [s.p(f"{next(numbers)}、附件清单", s.heading)] + _enclosures(f, s, layout)
    # the closing request stays with the signature block: a signature line alone on a page signs nothing it shows
    closing = [s.p(reply_sentence(c, "zh")),
               Spacer(1, (1 if tight else 4) * mm), s.p("　　此致"), s.p("敬礼"), Spacer(1, (3 if tight else 8) * mm),
               PageMark(SIGNATURE), s.p("申请人（签名）：____________________", s.right),
               s.p(f"日期：{fmt_date(f.as_of, 'zh')}", s.right)]
    return _closed(story, closing, tight, carry) + _annex(f, s)


def _en_story(f: Front, s: Styles, layout: Layout | None, tight: bool = False, carry: int = 0) -> list:
    c, a, lender = f.case, f.case.applicant, f.case.lender
    sender = [x for x in (a.name, a.address, a.phone, a.email) if x]
    if a.masked_id:
        sender.append(f"ID number: {a.masked_id}")
    story = [s.p("\n".join(sender), s.body), Spacer(1, 4 * mm), s.p(fmt_date(f.as_of, "en")), Spacer(1, 3 * mm)]
    to = [x for x in (lender.name, lender.address, lender.email) if x]
    if to:
        story.append(s.p("\n".join(to)))
    title = f.request_title()
    # "Re: Account / contract X — request to …"; without a contract number only the request (no dangling dash)
    re_line = (f"Account / contract {s.m(lender.contract_number)} — {s.m(title[0].lower() + title[1:])}"
               if lender.contract_number else s.m(title))
    story += [Spacer(1, 3 * mm), s.rich(f"<b>Re: {re_line}</b>"),
              Spacer(1, 2 * mm), s.p("Dear Sir or Madam,"), s.p(request_sentence(c, "en")),
              s.p(f"I am writing because {_reason_en(f)}, "
                  "and I cannot keep up the payments under the contract at the moment."),
              *([s.p("My circumstances", s.heading), s.p(c.request.statement)] if c.request.statement else []),
              s.p("Proposed repayment plan", s.heading)]
    story += _plan_story(f, s)
    story += [s.p("Enclosures", s.heading)] + _enclosures(f, s, layout)
    closing = [s.p(reply_sentence(c, "en") + " Please note this request on my account in the meantime."),
               Spacer(1, (1 if tight else 3) * mm), s.p("Yours faithfully,"), Spacer(1, (6 if tight else 10) * mm),
               PageMark(SIGNATURE), s.p("Signature: ____________________"), s.p(a.name or "")]
    return _closed(story, closing, tight, carry) + _annex(f, s)


BODY_END, CLOSING = "body-end", "closing"  # PageMarks: the page the body ends on, the page the closing starts on
CARRY_MAX = 4  # at most this many of the body's last flowables go over with the closing (a heading and its lines)


def _closed(body: list, closing: list, tight: bool, carry: int) -> list:
    """``body`` then ``closing`` (the reply request, the sign-off and the signature) kept together, with the body's
    last ``carry`` flowables kept with it: a page holding only the closing signs nothing it shows (a trial's zh
    letter: page 2 held only 请于…答复 / 此致敬礼 / the signature). :func:`render_letter` measures and chooses."""
    cut = len(body) - carry
    return body[:cut] + [PageMark(BODY_END), Spacer(1, (1 if tight else 3) * mm),
                         KeepTogether(body[cut:] + [PageMark(CLOSING)] + closing)]


def _carried(story: list) -> int:
    """How many of the body's last flowables to carry over with the closing: back to the last heading among the last
    :data:`CARRY_MAX` (a section is not split from its heading), else the last two (the closing never stands alone)."""
    body = story[:next(i for i, x in enumerate(story) if isinstance(x, PageMark) and x.name == BODY_END)]
    tail = body[-CARRY_MAX:]
    heads = [i for i, x in enumerate(tail) if getattr(getattr(x, "style", None), "name", "") == "heading"]
    return len(tail) - heads[-1] if heads else min(2, len(body))


def render_letter(f: Front, band: Band, layout: Layout | None) -> Rendered:
    """The cover letter as PDF bytes; page 1 of the packet. ``layout`` None: a first pass to count pages.

    Measured: when the closing would start a page of its own (the body ends on the page before), it is laid out
    again with tighter spacing before it and within it; when it still would, the body's last lines
    (:func:`_carried`) go over with it."""
    s = make_styles(f.fonts, f.lang)
    build = _zh_story if f.zh else _en_story
    label = "申请书" if f.zh else "Letter"
    out = render_story(build(f, s, layout), paper=f.paper, band=band, first_page=1, label=label)
    if _alone(out):
        out = render_story(build(f, s, layout, tight=True), paper=f.paper, band=band, first_page=1, label=label)
    if _alone(out):
        story = build(f, s, layout, tight=True)
        out = render_story(build(f, s, layout, tight=True, carry=_carried(story)), paper=f.paper, band=band,
                           first_page=1, label=label)
    return out


def _alone(r: Rendered) -> bool:
    """Whether the closing starts a page the body does not reach."""
    end, closing = r.marks.get(BODY_END), r.marks.get(CLOSING)
    return bool(end and closing and closing > end)
