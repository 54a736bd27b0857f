"""`packet init`: a new ``packet.toml``, either from a person's answers or as a commented template.

The template holds no invented values: every value the letter would print is empty ("" or commented
out) until the user fills it, and the loader reads the template as a valid case with those values missing
(so `check` lists them in ``letter_needs``). Nothing here overwrites an existing case file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import tomlkit

from packet.case.case_edit import exists_error, write_atomic
from packet.case.casefile import CASE_FILE, HARDSHIPS, KINDS, Case, is_email, load_case, messages_lang
from packet.case.months import month_words, names_month, parse_day, parse_month
from packet.core.errors import OutputError
from packet.core.i18n import tr
from packet.core.money import MAGNITUDES, parse_amount


@dataclass(frozen=True)
class Question:
    """One thing `packet init` asks on a terminal: ``key`` in :class:`Answers`, the question in en and zh.

    ``form``: the (en, zh) label of a form field asking it (the page of ``packet serve``), when the terminal's
    question does not read as one (it numbers the choices a drop-down lists); empty: the question is the label.
    A choice's own words are :func:`packet.case.value_names.value_name` of ``key``."""

    key: str
    en: str
    zh: str
    choices: tuple[str, ...] = ()
    kind: str = "text"  # text | email | date | month | money | choice
    form: tuple[str, str] = ()

    def label(self, lang: str) -> str:
        """The label of the form field in ``lang``: ``form`` when given, else the question itself."""
        en, zh = self.form or (self.en, self.zh)
        return zh if lang == "zh" else en


QUESTIONS: tuple[Question, ...] = (
    Question("name", "Your full name, as on your documents", "您的姓名（与材料上一致）"),
    Question("lender", "The lender's name, as on your loan contract", "贷款机构名称（与借款合同一致）"),
    Question("contract_number", "The loan contract or account number", "借款合同编号"),
    Question("lender_email", "The lender's email address for this request (Enter to skip)",
             "接收申请的贷款机构邮箱（可直接回车跳过）", kind="email"),
    Question("hardship", "What happened? 1 unemployment, 2 medical, 3 income-drop or 4 other",
             "遇到了什么困难？1 失业、2 疾病/医疗、3 收入下降、4 其他（输入数字或文字）",
             HARDSHIPS, "choice", ("What happened?", "遇到了什么困难？")),
    Question("since", "Since when? (the month it began, e.g. 2026-06 or June 2026)",
             "从什么时候开始？（月份，例如 2026年6月 或 2026-06）",
             kind="month"),
    Question("statement", "In a few sentences: what happened and what you live on now",
             "用几句话说明：发生了什么、现在靠什么生活"),
    Question("kind", "What do you ask? 1 stop (pause all collection) or 2 reduce (fewer, written contacts)",
             "申请什么？1 停催（暂停一切催收）或 2 缓催（减少催收联系）（输入数字或文字）", KINDS, "choice",
             ("What do you ask the lender for?", "您向贷款机构申请什么？")),
    Question("outstanding", "How much do you owe now? (Enter to skip)", "目前欠款总额？（可直接回车跳过）", kind="money"),
    Question("monthly_payment", "How much can you pay each month? (Enter to skip)", "每月能还多少？（可直接回车跳过）",
             kind="money"),
    Question("first_payment", "From which date? (e.g. 2027-01-15; a month alone, e.g. January 2027, means its 1st; "
                              "Enter to skip: the letter then offers no plan, only to agree one)",
             "从哪天开始还？（例如 2027-01-15；只写月份如 2027年1月，即该月1日；直接回车跳过：申请书就不写还款计划，"
             "只写愿意协商）", kind="date",
             # the page's date box: a calendar, so neither "a month alone" nor "Enter to skip" fits it (a trial)
             form=("The day of your first payment (optional: without it the letter offers no plan, only to agree one)",
                   "第一次还款的日期（选填：不填则申请书不写还款计划，只写愿意协商）")),
)


# where the lender's written reply can go (the letter asks for one; a reply way missing is warned of by check):
# asked by the terminal's `packet init` last (after the country), each optional, written under the keys the page's new-case
# form writes (packet.workflow.set_letter_facts); an email that is not one is asked again (a trial: init never asked,
# and the next check warned that the letter gives nowhere to reply)
REPLY_QUESTIONS: tuple[Question, ...] = (
    Question("applicant.email", "Your email, where the lender can reply (Enter to skip)",
             "您的电子邮箱，贷款机构可回复到这里（可直接回车跳过）", kind="email"),
    Question("applicant.phone", "Your phone number (Enter to skip)", "您的电话（可直接回车跳过）"),
    Question("applicant.address", "Your postal address, on one line (Enter to skip)",
             "您的通信地址，写在一行（可直接回车跳过）"),
)


# asked by the terminal's `packet init` after the others, offered with the country the documents point to
# (packet.case.followup.guess_country); not a question of the page's new-case form (it has no documents yet)
COUNTRY = Question("country", "Which country do you live in? Two letters, e.g. GB, US, CN (it decides where a complaint "
                              "can go)", "您在哪个国家/地区？两个字母，例如 CN、GB、US（决定投诉途径）", kind="country",
                   form=("The country you live in (two letters, e.g. GB, US, CN; optional): it decides where a "
                         "complaint can go", "所在国家/地区（两个字母，例如 CN、GB、US；选填）：决定投诉途径"))


# how a month may be written (packet.case.months.parse_month), said when one is not: (en, zh)
# the years a hardship's month or a plan's first payment can be in: anything else is a typing mistake (27 for 2027)
PLAUSIBLE_YEARS = (2000, 2099)
MONTH_FORMS = ("a month, e.g. 2026-09, 9/2026 or September 2026", "月份，例如 2026-09、2026年9月 或 9/2026")

# what packet.toml says when an answer is left empty, where the file cannot say nothing: the letter asks for
# something (the example case file of interface.md writes kind = "stop"); init says so and how to change it
DEFAULTS: dict[str, str] = {"kind": "stop"}


def defaults_used(answers: dict[str, str] | None) -> dict[str, str]:
    """The keys of :data:`DEFAULTS` that ``answers`` (None: the blank template) leave empty, with the value
    :func:`render` writes for each: ``{"kind": "stop"}`` when the "what do you ask for" question was skipped."""
    a = answers or {}
    return {k: v for k, v in DEFAULTS.items() if not str(a.get(k) or "").strip()}


# the Chinese words a person may type for a choice (the prompts name them), as the case file's values
CHOICE_WORDS = {"失业": "unemployment", "下岗": "unemployment", "疾病": "medical", "医疗": "medical", "生病": "medical",
                "收入下降": "income-drop", "降薪": "income-drop", "其他": "other", "停催": "stop", "缓催": "reduce"}


def choice_word(value: str, lang: str) -> str:
    """How a choice's value (``medical``) is typed back as an answer in ``lang``: the first word of
    :data:`CHOICE_WORDS` for it in Chinese (疾病), the value itself in English; :func:`check_answer` takes either."""
    if lang == "zh":
        return next((w for w, v in CHOICE_WORDS.items() if v == value), value)
    return value


def check_answer(q: Question, value: str) -> str:
    """``value`` tidied for ``q``; raises ValueError (with the format wanted) when it is not acceptable.

    An empty answer is accepted for every question (it stays empty in the file)."""
    value = value.strip()
    if not value:
        return ""
    if q.kind == "choice":
        if value.isdigit() and 1 <= int(value) <= len(q.choices):
            return q.choices[int(value) - 1]
        value = CHOICE_WORDS.get(value, value.lower())
        if value not in q.choices:
            raise ValueError(" | ".join(f"{i} {c}" for i, c in enumerate(q.choices, 1)))
    if q.kind == "country":
        from packet.case.followup import country_code

        code = country_code(value)
        if code is None:
            raise ValueError("GB | US | CN")
        return code
    if q.kind == "email" and not is_email(value):
        raise ValueError("name@example.com")
    if q.kind in ("date", "month"):
        month = parse_month(value)  # 2026年6月, 6/2026, June 2026, 2026-06
        if q.kind == "month":
            day = month or date.fromisoformat(value).isoformat()  # a month kept as YYYY-MM; a whole date as it was
        else:  # a day (2027-01-15, 2027年1月15日, 15 January 2027); a month alone is its 1st (said: date_note)
            whole = parse_day(value)
            if whole is None and month is None:
                raise ValueError(value)
            day = whole.isoformat() if whole else f"{month}-01"
        if not PLAUSIBLE_YEARS[0] <= int(day[:4]) <= PLAUSIBLE_YEARS[1]:
            raise ValueError(day)  # year 27 typed for 2027: asked again (a trial's letter offered payments "from 27")
        return day
    if q.kind == "money":
        amount, _ = parse_amount(value)
        if amount <= 0:
            raise ValueError("> 0")
    return value


def date_note(lang: str, q: Question, typed: str, kept: str) -> str | None:
    """What ``init`` says after a date question (``q.kind`` "date") answered with a month alone (``typed`` "January
    2027", kept as ``kept`` "2027-01-01"): which day was taken and how to change it; None for a whole date or
    another question."""
    if q.kind != "date" or not kept or parse_day(typed) is not None or parse_month(typed) is None:
        return None
    d = date.fromisoformat(kept)
    shown = f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {month_words(kept[:7], 'en')}"
    return tr(lang, "Taken as {d}, the 1st of that month: the plan's payments fall on the 1st of each month. For "
                    "another day, change {k} in packet.toml.",
              "已按 {d}（该月1日）填写：每月的还款日为1日。如需改成其他日子，请修改 packet.toml 中的 {k}。",
              d=shown, k=q.key)


def plan_missing(answers: dict[str, str] | None) -> tuple[str, ...]:
    """What a monthly payment answered still needs to become the letter's plan: the keys of ``outstanding`` and
    ``first_payment`` left empty, in that order; () when no monthly payment was given or nothing is missing."""
    a = answers or {}
    if not str(a.get("monthly_payment") or "").strip():
        return ()
    return tuple(k for k in ("outstanding", "first_payment") if not str(a.get(k) or "").strip())


def _q(value: str) -> str:
    return tomlkit.string(value).as_string()


def _ml(value: str) -> str:
    return tomlkit.string(value, multiline=True).as_string() if "\n" in value else _q(value)


def render(lang: str, answers: dict[str, str] | None = None, folder: str | None = None) -> str:
    """The text of a new packet.toml in ``lang`` (zh/en): commented, filled with ``answers`` (keys of
    :data:`QUESTIONS`) where given and left empty elsewhere. Without answers: the blank template. ``folder``: the
    case folder as the user gave it, for the command the file's first lines tell them to run.

    Every commented-out ``key = value`` line is valid TOML once its ``#`` is removed (an example date is a
    real date: ``2027-01-15``), so a person who uncomments one gets no syntax error."""
    a = {k: v for k, v in (answers or {}).items() if v}
    zh = lang == "zh"

    def t(en: str, zh_text: str) -> str:
        return zh_text if zh else en

    statement = a.get("statement", "")
    since = a.get("since", "")
    if since and len(since) == 7 and not names_month(statement, since):  # a whole date typed is kept as it was
        # the month said in the letter's words, as a sentence of its own; a statement that names the month already
        # ("in September") stays as written (a trial: "… in September … This has been so since 2026-09.")
        if statement and not zh and statement[-1] not in ".!?":
            statement += "."
        statement = (statement + (f"（自{month_words(since, 'zh')}起）" if zh
                                  else f" This began in {month_words(since, 'en')}.")).strip()
    elif since and len(since) != 7:
        if statement and not zh and statement[-1] not in ".!?":
            statement += "."
        statement = (statement + (f"（自{since}起）" if zh else f" This began on {since}.")).strip()
    lines = [
        t("# packet.toml: the facts of your case that the cover letter needs.",
          "# packet.toml：申请书需要的案件信息。"),
        t("# Write each value between the quotes; an empty \"\" means not given. Lines starting with # are notes.",
          "# 请把内容写在引号之间；空的 \"\" 表示未填写。以 # 开头的行是说明，不会被读取。"),
        t("# Then run:  packet check {d}", "# 填好后运行：packet check {d}").format(
            d=folder or t("<your case folder>", "<案件文件夹>")),
        "",
        "[applicant]",
        f"name = {_q(a.get('name', ''))}" + t("  # your full name, as on your documents (needed)",
                                               "  # 您的姓名，与材料上一致（必填）"),
        "phone = \"\"",
        "email = \"\"" + t("  # the lender replies here", "  # 贷款机构会回复到这里"),
        "address = \"\"",
        "",
        "[lender]",
        f"name = {_q(a.get('lender', ''))}" + t("  # as on your loan contract (needed)", "  # 与借款合同一致（必填）"),
        f"contract_number = {_q(a.get('contract_number', ''))}" + t("  # the loan contract or account number (needed)",
                                                                     "  # 借款合同编号（必填）"),
        f"email = {_q(a.get('lender_email', ''))}" + t("  # where the request goes; the email draft is addressed to it",
                                                       "  # 接收申请的邮箱；邮件草稿会发给它"),
        "address = \"\"",
        "",
        "[request]",
        f"language = {_q(lang)}" + t("  # zh | en: the language of the letter", "  # zh | en：申请书的语言"),
        f"kind = {_q(a.get('kind', DEFAULTS['kind']))}" + t("  # stop: pause all collection | reduce: fewer, written contacts",
                                                  "  # stop：停催（暂停一切催收）| reduce：缓催（减少催收联系）"),
        (f"country = {_q(a['country'])}" if a.get("country") else "# country = \"\"")
        + t("  # where you live, two letters (GB, US, CN…): which complaint route `packet status` gives",
            "  # 所在国家/地区，两个字母（CN、GB、US…）：决定 `packet status` 给出的投诉途径"),
    ]
    if a.get("hardship"):
        lines.append(f"hardship = {_q(a['hardship'])}  # unemployment | medical | income-drop | other")
    else:
        lines.append("# hardship = \"\"  # unemployment | medical | income-drop | other")
    lines += [t("# what happened, since when, and what you live on now:", "# 发生了什么、从何时开始、现在靠什么生活："),
              f"statement = {_ml(statement)}", ""]
    lines += ["[plan]", t("# what you can offer; amounts may be written \"4200.00\" or \"£4,200\"; the date without quotes",
                          "# 您能承担的还款计划；金额写成 \"4200.00\"；日期不加引号，例如 2027-01-15")]
    if a.get("outstanding"):
        lines.append(f"outstanding = {_q(a['outstanding'])}" + t("  # what you owe now", "  # 目前欠款总额"))
    else:
        lines.append(t("# outstanding = \"\"  # what you owe now", "# outstanding = \"\"  # 目前欠款总额"))
    plan_ok = a.get("monthly_payment") and a.get("first_payment") and a.get("outstanding")
    if plan_ok:
        lines += [f"monthly_payment = {_q(a['monthly_payment'])}", f"first_payment = {a['first_payment']}"]
    else:
        if a.get("monthly_payment"):
            lines.append(t("# (a monthly payment also needs outstanding and first_payment)",
                           "# （按月还款还需要 outstanding 和 first_payment）"))
        lines += [f"# monthly_payment = {_q(a.get('monthly_payment', ''))}",
                  "# first_payment = " + (a.get("first_payment") or "2027-01-15")
                  + t("  # a date without quotes: year-month-day", "  # 日期不加引号：年-月-日")]
    lines += ["",
              t("# Later, packet log / packet sent add [[contact]], [[reply]] and [[sent]] entries below.",
                "# 之后 packet log / packet sent 会在下面添加 [[contact]]、[[reply]] 和 [[sent]] 记录。"), ""]
    return "\n".join(lines)


def write_new(root: Path, text: str) -> Case:
    """Write ``text`` as ``root/packet.toml`` if there is none, and return the case it describes.

    Raises :class:`packet.core.errors.CaseFileError` (exit 2) when a case file is already there; it is
    never overwritten. The text is validated before it is written."""
    root = Path(root)
    path = root / CASE_FILE
    if path.exists():
        raise exists_error(path)
    from packet.case.casefile import parse_case

    parse_case(root, text.encode("utf-8"))
    lang = messages_lang(root)
    if root.exists() and not root.is_dir():
        raise OutputError(tr(lang, "{p} is a file, not a folder: packet.toml goes inside a case folder.",
                             "{p} 是文件，不是文件夹：packet.toml 要放在案件文件夹里。", p=root),
                          tr(lang, "Give a folder (a new one is created), e.g.  packet init ./my-docs",
                             "请给出一个文件夹（不存在时会新建），例如  packet init ./我的材料"))
    try:
        root.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text, exclusive=True)
    except OSError as exc:
        if path.exists():  # written by someone else between the check above and now: still never overwritten
            raise exists_error(path) from None
        raise OutputError(tr(lang, "Cannot write {p}: {e}", "无法写入 {p}：{e}", p=path, e=exc.strerror or exc),
                          tr(lang, "Choose a folder you can write to, e.g. one in your home folder.",
                             "请选择一个您有权写入的文件夹，例如您个人主目录下的文件夹。")) from None
    return load_case(root)


def money_text(value: str) -> str:
    """An answer's amount as the case file keeps it ("£4,200" stays as written; "4200" -> "4200.00"; "3万" ->
    "30000.00": a magnitude is worked out, so the file and the letter show the figure that was understood)."""
    amount, mark = parse_amount(value)
    if mark and not any(m in value for m in MAGNITUDES):
        return value.strip()
    return f"{amount.quantize(Decimal('0.01'))}"
