"""Is the cover letter writable? What the case file must still say before ``packet build`` writes a letter.

A letter goes to a lender who must find the account and know who writes: without the applicant's name,
the lender's name or the contract (account) number it is not sent (``letter_needs``; interface.md,
"Report additions"). Without a plan or a statement it can be sent, but is weaker (``letter_warnings``).
Values copied from the README's example case file count as not given: they are someone else's. The example's
applicant name (张伟) is also one of the most common names in China, so it counts as copied only beside another value
of the example: a real 张伟 with a lender and contract number of their own builds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from packet.case.casefile import Case
from packet.case.repayment_plan import first_date
from packet.core.i18n import tr

# the example case file printed in interface.md and the README: values no real person, lender or loan has
EXAMPLE_VALUES = frozenset({"某某消费金融", "JK20250312001", "110101199003071234", "zhang@example.com"})
# the example's applicant: a real name too (among the most frequent in China), an example only beside one of the above
EXAMPLE_NAMES = frozenset({"张伟"})

NEEDS = ("applicant.name", "lender.name", "lender.contract_number")


def example_copies(values: dict[str, str | None]) -> set[str]:
    """The keys of ``values`` (case-file keys or question names -> what was written) holding the README's example:
    any :data:`EXAMPLE_VALUES`, and an :data:`EXAMPLE_NAMES` name only when some other value is one of the example's."""
    clean = {k: (v or "").strip() for k, v in values.items()}
    copied = {k for k, v in clean.items() if v in EXAMPLE_VALUES}
    if copied:
        copied |= {k for k, v in clean.items() if v in EXAMPLE_NAMES}
    return copied


def _values(case: Case) -> dict[str, str | None]:
    return {"applicant.name": case.applicant.name, "lender.name": case.lender.name,
            "lender.contract_number": case.lender.contract_number, "applicant.id_number": case.applicant.id_number,
            "applicant.email": case.applicant.email, "lender.email": case.lender.email}


def letter_needs(case: Case, as_of: date | None = None) -> tuple[str, ...]:
    """The case-file keys the letter cannot do without and does not have, in this order:
    ``applicant.name``, ``lender.name``, ``lender.contract_number``. A README example value counts as missing
    (see :func:`example_copies`). Then ``plan.first_payment`` when the plan's first payment
    (:func:`packet.case.repayment_plan.first_date`) is before ``as_of`` (the check's date): a letter offering
    payments that are already late is worse than one offering to agree a plan (a trial typed a past date into
    packet.toml; ``init`` and the page warned, ``check`` and ``build`` did not)."""
    values = _values(case)
    copied = example_copies(values)
    out = tuple(k for k in NEEDS if not (values[k] or "").strip() or k in copied)
    return out + (("plan.first_payment",) if plan_is_past(case, as_of) else ())


def plan_is_past(case: Case, as_of: date | None) -> bool:
    """Whether the plan of ``case`` starts before ``as_of`` (False without a plan or a date to compare)."""
    first = first_date(case.plan)
    return bool(first and as_of and first < as_of)


def offered_types(checklist, case: Case, suggested: Iterable[str]) -> tuple[str, ...]:
    """Of the types a document read as the catch-all is pointed at (``suggested``: a type only the user gives, such
    as medical_evidence, whose words the document shows), those the case's checklist asks for
    (:meth:`Checklist.asked_types` with the case's hardship and kind), in order. One rule for ``packet check``'s
    hint and the page's type chooser (a trial: the page said a discharge summary reads like medical evidence, the
    command line, whose medical requirement a bill had met, offered payslip lines instead)."""
    asked = checklist.asked_types({"hardship": case.request.hardship, "kind": case.request.kind})
    return tuple(t for t in suggested if t in asked)


def leans_to(checklist, leaning: Iterable[str], type_name: str) -> bool:
    """Whether a document read as the catch-all shows signs of a document that would stand where ``type_name``
    does: one of its ``leaning`` types (scored above 0, :class:`packet.core.model.Classified`) is an option, or an
    option's stand-in, of a requirement of ``checklist`` that takes ``type_name``. A rider's income list leans to
    an income proof, so the payslip's "a platform's monthly income statement counts" is said of it; a discharge
    summary leans to none of the income documents, so it is not (a trial: the 外卖/跑腿 hint on every unrecognised
    document, even an elderly patient's medical case)."""
    near = {t for r in checklist.requirements if any(o.type == type_name for o in r.options) for o in r.options
            for t in (o.type, o.stand_in.type if o.stand_in else None) if t}
    return bool(near & set(leaning))


def suggested_hardship(case: Case, checklist, types_present) -> str | None:
    """The ``[request] hardship`` the documents point to when the case file names none: the ``when`` value of a
    checklist requirement that asks, only for that hardship, for a type of document the folder holds (medical bills
    → ``medical``), else None. ``checklist`` a :class:`packet.rules.checklist.Checklist`; ``types_present`` the
    document types read (an iterable of type names)."""
    if case.request.hardship:
        return None
    present = set(types_present)
    for req in checklist.requirements:
        value = req.when.get("hardship")
        if value and any(opt.type in present for opt in req.options):
            return value
    return None


REPLY_WAYS = ("applicant.email", "applicant.phone", "applicant.address")  # where the lender can send its reply
WRITTEN_WAYS = ("email", "address")  # [applicant] keys a written reply can go to (a phone takes a call only)


def letter_warnings(case: Case, hardship_hint: str | None = None) -> tuple[str, ...]:
    """What the letter would be weaker without: ``reply`` (none of :data:`REPLY_WAYS`: the letter asks for a written
    reply and would give nowhere to send it — a trial found "ready" with no address, email or phone),
    ``written_reply`` (a phone number only: the letter asks for a call back, and the lender cannot answer in writing,
    :func:`written_reply_warning`), ``plan`` (no
    [plan]), ``statement`` (no [request] statement) and ``hardship`` (none named while the documents show one:
    ``hardship_hint``, from :func:`suggested_hardship`), in this order."""
    out = []
    if not any((getattr(case.applicant, k.split(".")[1]) or "").strip() for k in REPLY_WAYS):
        out.append("reply")
    elif not any((getattr(case.applicant, k) or "").strip() for k in WRITTEN_WAYS):
        out.append("written_reply")
    if case.plan.is_empty:
        out.append("plan")
    if not (case.request.statement or "").strip():
        out.append("statement")
    if hardship_hint and not case.request.hardship:
        out.append("hardship")
    if third_person(case):
        out.append("voice")
    return tuple(out)


def benefit_income(case: Case, texts: Sequence[str] = ()) -> str | None:
    """The word that shows the applicant lives on a pension or a minimum-income benefit (the vocabulary's
    ``benefit_income_words``), found in ``[request] statement`` or in ``texts`` (the text of the case's proofs of
    income), or None. Such a person will never have payslips: the checklist's income requirement (payslips, or a
    proof of unemployment; interface.md) cannot be met, so ``check`` says so and how to go on (--force), and the letter
    says there are no wages instead of promising payslips (a new user's trial, r21)."""
    from packet.rules.registry import load_vocabulary

    words = [w for w in load_vocabulary().benefit_income_words if w]
    for text in (case.request.statement or "", *texts):
        low = " ".join(text.split()).casefold()
        found = next((w for w in words if w.casefold() in low), None)
        if found:
            return found
    return None


_AMOUNT = re.compile(r"\d[\d,]*[.,]\d{2}\b")


def statement_types(checklist) -> frozenset[str]:
    """The types a checklist asks to cover a span of days with (options of rule ``cover-days``: the bank statements),
    whose rows may show wages paid in (:func:`wages_paid_in`). Empty for None."""
    if checklist is None:
        return frozenset()
    return frozenset(o.type for r in checklist.requirements for o in r.options if o.rule == "cover-days")


def wages_paid_in(statements: Sequence[str]) -> str | None:
    """The first line of the case's bank statements (``statements``: their text) that is a payment of pay: a
    transaction row (it holds an amount, 240.00) whose description carries a word of pay (the vocabulary's
    ``pay_memo_words``: "WAGES", "SALARY", "工资", "代发工资"; a Latin word whole, not inside another). None when no
    line is. A person whose bank statement shows wages paid in has wages, whatever benefit tops them up: the letter
    must not say there are none, and the payslips for those months can still come (a trial, r26: a single parent on
    Universal Credit with part-time café wages on her statement was made to write "I have no wages")."""
    from packet.rules.registry import load_vocabulary

    words = [w.casefold() for w in load_vocabulary().pay_memo_words if w]
    for text in statements:
        for line in text.splitlines():
            if not _AMOUNT.search(line):
                continue
            low = line.casefold()
            for w in words:
                if (w in low) if not w.isascii() else re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low):
                    return " ".join(line.split())
    return None


def no_income(case: Case) -> str | None:
    """The words of ``[request] statement`` that say the applicant has no income at all now (the vocabulary's
    ``no_income_words``: "现在没有收入", "I have no income"), or None. The months since are months without wages: no
    payslip will come for them, so ``check`` says so and how to go on, and the letter says there is no income instead
    of promising payslips (a trial, r25: a delivery rider off work after an accident)."""
    from packet.rules.registry import load_vocabulary

    low = " ".join((case.request.statement or "").split()).casefold()
    return next((w for w in load_vocabulary().no_income_words if w and w.casefold() in low), None)


def build_anyway(lang: str, surface: str = "cli") -> str:
    """How to build a packet the checklist does not call complete, on ``surface`` ("page": the web page's box to
    tick; else the command's ``--force``), in ``lang``."""
    if surface == "page":
        return tr(lang, "tick “Build it now anyway” under “The packet to send” and build",
                  "在“要发送的申请材料”中勾选“仍然现在生成”再生成")
    return tr(lang, "build with packet build --force", "用 packet build --force 生成")


def no_income_note(lang: str, surface: str = "cli") -> str:
    """What ``check`` adds to a missing income requirement (payslips) when the statement says there is no income now
    (:func:`no_income`): the months without income will never have payslips; what shows the income instead and how to
    build."""
    how = build_anyway(lang, surface)
    return tr(lang, " Your statement says you have no income now: months without income have no payslips, so this "
                    "checklist cannot be complete. Add your bank statements (they show what comes in) and what shows why "
                    "(a doctor's note, a letter ending the work), then {h}: the letter then says you have no income now "
                    "instead of promising payslips.",
              "您的情况说明写了现在没有收入：没有收入的月份不会有工资单，因此本清单无法显示齐全。请补充银行流水（能看出收入情况）"
              "和说明原因的材料（如诊断证明、停工或解除合同的证明），然后{h}：申请书会写明您目前没有收入，而不会承诺补交工资单。",
              h=how)


def no_wages_note(lang: str, surface: str = "cli") -> str:
    """What ``check`` adds to a missing income requirement (payslips) when the applicant lives on a pension or a
    benefit (:func:`benefit_income`): payslips will never come; what to send instead and how to build."""
    how = build_anyway(lang, surface)
    return tr(lang, " If you have no wages (you live on a pension, or a benefit), there will never be payslips: this "
                    "checklist asks for them, so it cannot be complete. Add a proof of your pension or benefit from the "
                    "office that pays it, and your bank statements, then {h}: the letter then says you have "
                    "no wages instead of promising payslips.",
              "如果您没有工资收入（靠养老金、低保等生活），就不会有工资单：本清单要求工资单，因此无法显示齐全。请补充发放"
              "单位出具的养老金或低保证明，以及银行流水，然后{h}：申请书会写明您没有工资收入，而不会承诺补交工资单。",
              h=how)


def third_person(case: Case) -> str | None:
    """The words of ``[request] statement`` that speak of the applicant as someone else, or None: the applicant's
    own full name (``[applicant] name``) written in it, not right after a lead by which a person names themselves
    (the vocabulary's ``self_name_leads``: "I, …", "本人", "我叫"). The letter is written by the applicant in the first
    person (本人…, I…) and signed by them, so a statement a relative wrote about them ("我母亲王桂兰今年74岁…", a new
    user's trial, r21) reads as the applicant speaking of herself in the third person. Returns the name with up to
    six characters (Chinese) or three words before it, as written (what the warning quotes)."""
    from packet.rules.registry import load_vocabulary

    name, text = (case.applicant.name or "").strip(), case.request.statement or ""
    if len(name) < 2 or not text:
        return None
    flat = " ".join(text.split())
    leads = [w.casefold() for w in load_vocabulary().self_name_leads]
    at = flat.casefold().find(name.casefold())
    while at >= 0:
        before = flat[:at].rstrip(" ,，:：").casefold()
        if not any(before.endswith(w.rstrip(" ,，:：")) for w in leads):
            lead = flat[:at]
            lead = lead[-6:] if lead[-1:] > "\u2e7f" else " ".join(lead.split()[-3:]) + " "  # 6 CJK chars, 3 words
            return (lead + flat[at:at + len(name)]).strip()
        at = flat.casefold().find(name.casefold(), at + 1)
    return None


def voice_warning(lang: str, case: Case, surface: str = "cli") -> str:
    """The warning for ``voice`` (:func:`letter_warnings`, :func:`third_person`): the statement speaks of the
    applicant in the third person inside a first-person letter; how to word it, in ``lang``. ``surface`` "page" names
    the page's form instead of packet.toml."""
    name, seen = case.applicant.name or "", third_person(case) or ""
    where = (tr(lang, "under “{f}” on this page", "本页“{f}”中", f=tr(lang, *REQUEST_FORM_TITLE)) if surface == "page"
             else "packet.toml [request] statement")
    return tr(lang, "Warning: the statement ({w}) speaks of {n} as someone else (“…{s}…”), but the letter is written "
                    "by {n} in the first person (“I …”) and signed by {n}. Write it as {n} would say it: “I am …, "
                    "since … I …”. If you are filling this in for {n}, still write it in their words, and have {n} "
                    "read and sign the letter.",
              "注意：情况说明（{w}）把{n}写成了第三人称（“……{s}……”），而申请书是以{n}本人的口吻（“本人……”）写的，"
              "并由{n}签名。请按{n}本人的口吻改写，例如“本人今年……岁，……”。如果是家人代为填写，也请用申请人本人的"
              "口吻，并请{n}本人阅读后签名。", w=where, n=name, s=seen)


FORM_TITLE = ("Details for the letter", "申请书上的信息")  # the page's form for the letter's facts (packet serve)
REQUEST_FORM_TITLE = ("The request and the plan", "申请内容和还款计划")  # the page's form for [request] and [plan]


def reply_warning(lang: str, surface: str = "cli", letter: str = "letter") -> str:
    """The one warning for ``reply`` (:func:`letter_warnings`): a letter that asks for a written reply and gives the
    lender nowhere to send it. A warning, not a need: the letter is still written (the lender may reply to the address
    on its file), but a person must know before sending it. Said in these words by ``check``, ``build`` (forced or
    not), ``batch``, the follow-up letter and the page (a trial: check said "would be stronger", the page listed it in
    red under what the letter still needs, build said nothing). ``surface`` "cli" (where to add it: packet.toml) or
    "page" (the page's form); ``letter`` "letter" (the cover letter) or "follow-up" (the follow-up letter)."""
    what = tr(lang, "the follow-up letter", "跟进函") if letter == "follow-up" else tr(lang, "the letter", "申请书")
    text = tr(lang, "Warning: {w} asks the lender for a written reply but gives nowhere to send it (no email, phone or "
                    "address of yours).", "注意：{w}要求贷款机构书面答复，但没有写明寄到哪里（没有您的电子邮箱、电话或地址）。",
              w=what)
    gap = "" if lang == "zh" else " "
    if surface == "page":
        return text + gap + tr(lang, "Write one under “{form}” on this page and save, then write it again before you "
                                     "send it.", "请在本页“{form}”中填写一种并保存，然后重新生成再发送。",
                               form=tr(lang, *FORM_TITLE))
    return text + gap + tr(lang, "Add one under [applicant] in packet.toml (email, phone or address), then write it "
                                 "again before you send it.",
                           "请在 packet.toml 的 [applicant] 中填写一种（email、phone 或 address），然后重新生成再发送。")


def written_reply_warning(lang: str, letter: str = "letter", surface: str = "cli") -> str:
    """The warning for ``written_reply`` (:func:`letter_warnings`): the case gives a phone number and no email or
    address, so the letter asks the lender to call back, and a written answer (the one a complaint later relies on)
    has nowhere to go. Its last lines are the packet.toml lines to add under [applicant], to print as they are (not
    wrapped). Said by ``check`` and ``build``; ``letter`` "letter" or "follow-up" as :func:`reply_warning`.
    ``surface`` "page": one paragraph naming the page's form instead of packet.toml (``packet serve`` said nothing
    of it: r22 trial)."""
    what = tr(lang, "the follow-up letter", "跟进函") if letter == "follow-up" else tr(lang, "the letter", "申请书")
    if surface == "page":
        return tr(lang, "Warning: {w} gives only your phone number, so it asks the lender to call you back: the lender "
                        "cannot reply in writing without your postal address or email. To get a written reply, write "
                        "your email or address under “{form}” on this page and save, then build again.",
                  "注意：{w}只写了您的电话，因此只能请贷款机构回电答复：没有您的通讯地址或电子邮箱，对方无法书面答复。"
                  "如需书面答复，请在本页“{form}”中填写您的电子邮箱或地址并保存，然后重新生成。",
                  w=what, form=tr(lang, *FORM_TITLE))
    head = tr(lang, "Warning: {w} gives only your phone number, so it asks the lender to call you back: the lender "
                    "cannot reply in writing without your postal address or email. To get a written reply, add one "
                    "of these lines under [applicant] in packet.toml (with your own address or email), then build "
                    "again:",
              "注意：{w}只写了您的电话，因此只能请贷款机构回电答复：没有您的通讯地址或电子邮箱，对方无法书面答复。"
              "如需书面答复，请在 packet.toml 的 [applicant] 下加上其中一行（填写您自己的地址或邮箱），然后重新生成：",
              w=what)
    return "\n".join([head, tr(lang, 'address = "your postal address"', 'address = "您的通讯地址"'),
                      tr(lang, 'email = "your email address"', 'email = "您的电子邮箱"')])


def describe_need(key: str, lang: str, case: Case | None = None, surface: str = "cli") -> str:
    """One line saying what to add for ``key`` (a letter need or warning) and where: in packet.toml (``surface``
    "cli"), or, for a letter need on ``packet serve``'s page ("page"), the page's box in plain words (a trial: the
    page said "[applicant] name" and had nowhere to write it)."""
    if key == "reply":
        if surface == "page":
            return tr(lang, "A way for the lender to reply: the letter asks for a written reply, and has nowhere to "
                            "send it yet. Write your email, phone or address under “{form}” on this page, then save.",
                      "对方答复的方式：申请书要求书面答复，但还没写明寄到哪里。请在本页“{form}”中填写您的电子邮箱、"
                      "电话或地址，然后保存。", form=tr(lang, *FORM_TITLE))
        return tr(lang, "[applicant] email, phone or address: at least one way for the lender to reply — the letter "
                        "asks for a written reply and would give nowhere to send it (on the page: “{form}”)",
                  "[applicant] email、phone 或 address：至少写一种联系方式——申请书要求书面答复，没有它对方无处答复"
                  "（网页上：“{form}”）", form=tr(lang, *FORM_TITLE))
    if surface == "page" and key in NEEDS:
        text = tr(lang, "{what}: write it under “{form}” on this page, then save.", "{what}：请在本页“{form}”中填写后保存。",
                  what=need_name(key, lang), form=tr(lang, *FORM_TITLE))
        text = text[0].upper() + text[1:]
        if case is not None and key in example_copies(_values(case)):
            text += tr(lang, " (the value there now is the README's example, not yours)", "（现在填的是 README 中的示例，不是您的信息）")
        return text
    texts = {
        "applicant.name": ("[applicant] name: your full name, as on your documents", "[applicant] name：您的姓名（与材料上一致）"),
        "lender.name": ("[lender] name: the lender's name, as on your loan contract", "[lender] name：贷款机构名称（与借款合同一致）"),
        "lender.contract_number": ("[lender] contract_number: the loan contract or account number, so the lender "
                                   "can find your account", "[lender] contract_number：借款合同编号，便于对方查找您的账户"),
        "plan": ("[plan]: the repayment you can offer (outstanding, monthly_payment and first_payment) — without it "
                 "the letter only asks to agree a plan", "[plan]：您能承担的还款计划（outstanding、monthly_payment、"
                 "first_payment）——没有它，申请书只能写“愿意协商还款计划”"),
        "written_reply": ("[applicant] address or email: the letter gives only your phone number, so the lender "
                          "cannot reply in writing", "[applicant] address 或 email：申请书只写了电话，贷款机构无法书面答复"),
        "statement": ("[request] statement: a few sentences on what happened and since when",
                      "[request] statement：几句话说明发生了什么、从何时开始"),
        "hardship": ("[request] hardship: what happened (unemployment, medical, income-drop or other): the letter then "
                     "explains it, and the documents that prove it count",
                     "[request] hardship：发生了什么困难（unemployment 失业、medical 医疗、income-drop 收入下降或 other 其他）"
                     "——申请书会说明困难，证明它的材料也会计入"),
    }
    if key == "plan.first_payment" and surface == "page" and not (case is not None and case.plan.installments):
        first = first_date(case.plan) if case is not None else None
        return tr(lang, "The repayment plan: its first payment, {d}, is already past — the letter would offer payments "
                        "that are already late. Write the date you can really start paying under “{form}” on this "
                        "page, then save.",
                  "还款计划：首次还款日期 {d} 已经过去——申请书会提出一个已经逾期的还款计划。请在本页“{form}”中改为"
                  "您真正能开始还款的日期，然后保存。", d=first.isoformat() if first else "?",
                  form=tr(lang, *REQUEST_FORM_TITLE))
    if key == "plan.first_payment":
        first = first_date(case.plan) if case is not None else None
        where = "[[plan.installment]] date" if case is not None and case.plan.installments else "[plan] first_payment"
        text = tr(lang, "{w}: the first payment, {d}, is already past — the letter would offer payments that are "
                        "already late. Write the date you can really start paying (from today on) in packet.toml.",
                  "{w}：首次还款日期 {d} 已经过去——申请书会提出一个已经逾期的还款计划。请在 packet.toml 中改为"
                  "您真正能开始还款的日期（今天或以后）。", w=where, d=first.isoformat() if first else "?")
        return text
    en, zh = texts.get(key, (key, key))
    text = tr(lang, en, zh)
    if case is not None:
        if key in example_copies(_values(case)):
            text += tr(lang, " (the value there now is the README's example, not yours)", "（现在填的是 README 中的示例，不是您的信息）")
    return text


def need_name(key: str, lang: str) -> str:
    """What a letter need (``applicant.name``, ``lender.name``, ``lender.contract_number``, ``plan.first_payment``)
    is, in plain words."""
    names = {"applicant.name": ("your name", "您的姓名"), "lender.name": ("the lender's name", "贷款机构名称"),
             "lender.contract_number": ("the contract number", "合同编号"),
             "plan.first_payment": ("repayment plan (its first payment date has passed)", "还款计划（首次还款日期已过）")}
    en, zh = names.get(key, (key, key))
    return tr(lang, en, zh)
