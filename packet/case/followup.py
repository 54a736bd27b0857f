"""After sending: the reply deadline the letter asked for, the replies so far, and what to do next.

Deadlines and complaint routes are data (``checklists/followup.toml``, each entry with its ``source``),
read strictly (:mod:`packet.core.strict_toml`). Day, week and month counts are calendar counts; a month
count that lands past a month's end clamps to its last day (31 Aug + 6 months = 28 Feb, or 29 in a leap
year), as :func:`packet.case.repayment_plan.add_months` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from packet.case.casefile import Case, Reply, Sent
from packet.case.repayment_plan import add_months
from packet.core.countries import iso_country
from packet.core.display import command_path
from packet.core.i18n import tr
from packet.core.own_output import file_sha256
from packet.core.strict_toml import Strict, read_toml

# what starts a route step's clock (checklists/followup.toml explains each); "refused": the lender refused the request
# (``packet log --reply refused``), which is no final response to a complaint (FCA DISP 1.6.2R: a final response
# answers a complaint and tells of the right to refer it to the Ombudsman): the next step is to answer any other
# offer it made, or to complain to the lender first
TRIGGERS = ("reply-deadline", "complaint", "refused", "final-response")


@dataclass(frozen=True)
class Route:
    """One step of a country's complaint route (see the data file's header)."""

    country: str
    step: int
    after: str  # one of TRIGGERS
    wait: str  # "N days" | "N weeks" | "N months"
    within: str | None
    text: dict[str, str]  # {"en": …, "zh": …}
    source: str
    lender: str | None = None  # the lender kind the step is for ([[lender_kind]] kind, or "unknown"); None: any


@dataclass(frozen=True)
class LenderKind:
    """A kind of lender told by words in its name (``[[lender_kind]]`` of checklists/followup.toml): who supervises
    it decides where a complaint goes (a 小额贷款公司 answers to the local financial regulator, a bank to NFRA)."""

    country: str
    kind: str
    words: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class CountryClues:
    """What tells a case's country from its documents (``[[country]]`` of checklists/followup.toml)."""

    code: str
    currencies: tuple[str, ...]
    marks: tuple[str, ...]
    patterns: tuple[str, ...]
    languages: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpRules:
    reply_days: int
    reply_source: str
    routes: tuple[Route, ...]
    from_receipt: tuple[str, ...] = ()  # letter languages that count the reply days from the lender's receipt
    post_days: int = 0  # the days allowed for a posted letter to arrive, when no delivery date was recorded
    post_source: str = ""
    reference_labels: tuple[str, ...] = ()  # the words before the lender's own reference in a reply's summary
    countries: tuple[CountryClues, ...] = ()
    lender_kinds: tuple[LenderKind, ...] = ()
    letter_paper: tuple[str, ...] = ()  # the countries whose standard paper is US Letter ([paper] letter)

    def lender_kind(self, country: str | None, lender: str | None) -> str | None:
        """The kind of the lender named ``lender`` in ``country``: the first ``[[lender_kind]]`` of that country
        one of whose words its name holds (in file order: the more specific first), "unknown" when the country has
        kinds and none matches, None when the country has none (its routes do not depend on the lender)."""
        kinds = [k for k in self.lender_kinds if k.country == (country or "").upper()]
        if not kinds:
            return None
        name = (lender or "").casefold()
        return next((k.kind for k in kinds if any(w.casefold() in name for w in k.words)), "unknown")

    def has_route(self, country: str | None) -> bool:
        """Whether the table has a complaint route of its own for ``country`` (ISO 3166 code), not only the general
        "*" steps."""
        return any(r.country == (country or "").upper() for r in self.routes if r.country != "*")

    def for_country(self, country: str | None, lender: str | None = None) -> tuple[Route, ...]:
        """The steps for ``country`` (ISO 3166 code) in order, those for another kind of lender than the one
        ``lender`` (its name) is (:meth:`lender_kind`) left out; the "*" steps when none match."""
        kind = self.lender_kind(country, lender)
        mine = [r for r in self.routes if r.country == (country or "").upper() and r.lender in (None, kind)]
        return tuple(sorted(mine or [r for r in self.routes if r.country == "*"], key=lambda r: r.step))


_SPAN = re.compile(r"^(\d+) (day|days|week|weeks|month|months)$")


def after(start: date, span: str) -> date:
    """``start`` plus ``span`` ("14 days", "8 weeks", "6 months"; months clamp to the month's end).

    Raises ValueError for anything else."""
    m = _SPAN.match(span.strip())
    if not m:
        raise ValueError(f"not a span of time: {span!r} (write e.g. '14 days', '8 weeks', '6 months')")
    n, unit = int(m.group(1)), m.group(2)
    if unit.startswith("day"):
        return start + timedelta(days=n)
    if unit.startswith("week"):
        return start + timedelta(weeks=n)
    return add_months(start, n)


@lru_cache(maxsize=1)
def load_rules() -> FollowUpRules:
    """The deadlines and routes of ``checklists/followup.toml``; raises ChecklistError naming a bad key."""
    beside = Path(__file__).resolve().parents[2] / "checklists" / "followup.toml"  # a source checkout
    with resources.as_file(resources.files("packet.checklists") / "followup.toml") as installed:
        path = beside if beside.is_file() else installed
        data = read_toml(path)
        top = Strict(path, "", data).only("letter", "route", "reply", "country", "lender_kind", "paper")
        letter = top.child("letter").only("reply_days", "source", "from_receipt", "from_receipt_source", "post_days",
                                          "post_source")
        reply = top.child("reply").only("reference_labels", "reference_source")
        reply.get("reference_source", str)  # every rule names its source
        paper = top.child("paper").only("letter", "source")
        paper.get("source", str)
        routes = []
        for i, raw in enumerate(top.get("route", list)):
            r = Strict(path, f"route[{i}]", raw).only("country", "step", "after", "wait", "within", "en", "zh", "source",
                                                      "lender")
            route = Route(country=r.get("country", str), step=r.get("step", int), after=r.get("after", str, choices=TRIGGERS),
                          wait=r.get("wait", str), within=r.get("within", str, None),
                          text={"en": r.get("en", str), "zh": r.get("zh", str)}, source=r.get("source", str),
                          lender=r.get("lender", str, None))
            for span in (route.wait, route.within):
                if span is not None and not _SPAN.match(span):
                    r.fail(f"'{span}' is not a span of time (e.g. '14 days', '8 weeks', '6 months')", "wait")
            routes.append(route)
        return FollowUpRules(reply_days=letter.get("reply_days", int), reply_source=letter.get("source", str),
                             routes=tuple(routes), from_receipt=tuple(letter.get("from_receipt", list)),
                             post_days=letter.get("post_days", int), post_source=letter.get("post_source", str),
                             reference_labels=tuple(str(x) for x in reply.get("reference_labels", list)),
                             countries=tuple(_clues(path, i, raw) for i, raw in enumerate(top.get("country", list, []))),
                             lender_kinds=_lender_kinds(path, top.get("lender_kind", list, []), routes),
                             letter_paper=tuple(str(c).upper() for c in paper.get("letter", list, [])))


def _lender_kinds(path: Path, raws: list, routes: list[Route]) -> tuple[LenderKind, ...]:
    """The ``[[lender_kind]]`` entries; ChecklistError for a missing key, an entry without words or source, or a
    route naming a lender kind its country does not define."""
    out = []
    for i, raw in enumerate(raws):
        k = Strict(path, f"lender_kind[{i}]", raw).only("country", "kind", "words", "source")
        words = tuple(str(w) for w in k.get("words", list))
        if not words or not all(w.strip() for w in words):
            k.fail("needs at least one word, none empty", "words")
        out.append(LenderKind(k.get("country", str), k.get("kind", str), words, k.get("source", str)))
    for i, r in enumerate(routes):
        known = {x.kind for x in out if x.country == r.country} | {"unknown"}
        if r.lender is not None and r.lender not in known:
            Strict(path, f"route[{i}]", {}).fail(f"lender '{r.lender}' is not a [[lender_kind]] of {r.country}",
                                                 "lender")
    return tuple(out)


def _clues(path: Path, i: int, raw: dict) -> CountryClues:
    c = Strict(path, f"country[{i}]", raw).only("code", "currencies", "marks", "patterns", "languages", "names", "source")
    c.get("source", str)
    code = c.get("code", str)
    if not re.fullmatch(r"[A-Z]{2}", code):
        c.fail(f"'{code}' is not a two-letter country code", "code")
    patterns = tuple(str(x) for x in c.get("patterns", list, []))
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            c.fail(f"'{p}' is not a regular expression: {exc}", "patterns")
    return CountryClues(code, tuple(c.get("currencies", list, [])), tuple(c.get("marks", list, [])), patterns,
                        tuple(c.get("languages", list, [])), tuple(str(x) for x in c.get("names", list, [])))


def guess_country(texts: list[str], currency: str | None, language: str | None) -> tuple[str | None, tuple[str, ...]]:
    """The country the documents point to, with the clues seen: (code, clues) by ``[[country]]`` of
    checklists/followup.toml — each clue counts one (the documents' ``currency``, each mark and pattern found in
    ``texts``, their ``language``); the country with the most, when no other has as many; (None, ()) otherwise."""
    seen: dict[str, list[str]] = {}
    joined = "\n".join(texts)
    for c in load_rules().countries:
        clues = [currency] if currency and currency in c.currencies else []
        clues += [m for m in c.marks if re.search(r"(?<![A-Za-z])" + re.escape(m) + r"(?![A-Za-z])", joined, re.I)]
        clues += [m.group(0) for p in c.patterns for m in [re.search(p, joined)] if m]
        clues += [language] if language and language in c.languages else []
        if clues:
            seen[c.code] = clues
    ranked = sorted(seen.items(), key=lambda kv: -len(kv[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None, ()
    return ranked[0][0], tuple(ranked[0][1])


def has_complaint_route(country: str | None) -> bool:
    """Whether checklists/followup.toml has a complaint route of its own for ``country`` (ISO 3166 code)."""
    return load_rules().has_route(country)


def route_note(country: str | None, lang: str, surface: str = "cli", form: str | None = None) -> str | None:
    """What to say above the complaint route when checklists/followup.toml has none of its own for ``country``
    (the general steps are shown), in ``lang``; None when it has one. A country that is set is named as set
    (a trial: ``[request] country = "AU"`` was told to "set [request] country"); only a case without one is told
    how to set it. ``surface``: "cli" (packet.toml), "init" (said when the case file is written, before any step is
    shown), "page" (``packet serve``'s complaint route; ``form`` is the title of the page's form that holds the
    country, named as where to choose it) or "form" (``packet serve``, beside that form's country: said before any
    step is shown, as "init"; None when no country is set, the form itself asks for it)."""
    if has_complaint_route(country):
        return None
    if surface == "form":
        if not country:
            return None
        return tr(lang, "packet has no complaint route of its own for {c} yet: once the packet is sent and the reply "
                        "is late, this page gives general steps (complain to the lender first, then ask your "
                        "country's financial regulator or a free debt adviser which complaint body covers it).",
                  "packet 还没有 {c} 的投诉途径：申请材料发出后、对方逾期未答复时，本页会给出一般步骤（先向贷款机构投诉，"
                  "再向当地金融监管机构或免费债务咨询机构询问哪个机构受理）。", c=country)
    if country and surface == "init":
        return tr(lang, "packet has no complaint route of its own for {c} yet: packet status will give general steps "
                        "(complain to the lender first, then ask your country's financial regulator or a free debt "
                        "adviser which complaint body covers it).",
                  "packet 还没有 {c} 的投诉途径：packet status 会给出一般步骤（先向贷款机构投诉，再向当地金融监管机构或"
                  "免费债务咨询机构询问哪个机构受理）。", c=country)
    if country:
        return tr(lang, "packet has no complaint route of its own for {c} yet: the steps below are general ones. Ask "
                        "your country's financial regulator or a free debt adviser which complaint body covers your "
                        "lender, and keep a record of every contact.",
                  "packet 还没有 {c} 的投诉途径：下面是一般步骤。请向当地金融监管机构或免费债务咨询机构询问哪个机构受理对"
                  "您的贷款机构的投诉，并记录每次联系。", c=country)
    if surface == "page":
        return tr(lang, "No country is set for this case: the steps below are general ones. Choose your country "
                        "under “{f}” on this page and save, for its own complaint route.",
                  "本案件没有填写国家/地区：下面是一般步骤。请在本页“{f}”中选择所在国家/地区并保存，以显示当地的投诉途径。",
                  f=form or tr(lang, "The request and the plan", "申请内容和还款计划"))
    return tr(lang, "No country is set for this case: the steps below are general ones. Add country = \"GB\" (your "
                    "country's two letters) under [request] in packet.toml for its own complaint route.",
              "本案件没有填写国家/地区：下面是一般步骤。请在 packet.toml 的 [request] 下写上 country = \"CN\"（所在国家/"
              "地区的两个字母），以显示当地的投诉途径。")


def country_code(typed: str) -> str | None:
    """What a person typed for a country ("gb", "UK", "英国", "Germany", "DEU") as its ISO 3166-1 alpha-2 code, or None
    when it is none: one of a ``[[country]]``'s ``names`` (checklists/followup.toml), else a code or English name of
    the ISO 3166-1 list as pycountry carries it ("XX" and "ZZ" are no country: a trial's ``--country XX`` was kept)."""
    t = " ".join(typed.split())
    for c in load_rules().countries:
        if t.upper() == c.code or t.casefold() in (n.casefold() for n in c.names):
            return c.code
    return iso_country(t)


# the lender's reference after one of its labels: an optional ":" or "#" between, then a token of letters, digits,
# "-" and "/" holding at least 3 digits (a word after the label, "ref sent by email", is no reference)
_REF_TAIL = r"\s*[:：#.]?\s*#?\s*([A-Za-z0-9][A-Za-z0-9/-]*)"


def reply_reference(summary: str | None, rules: FollowUpRules | None = None) -> str | None:
    """The lender's own reference in a logged reply's ``summary`` ("Email acknowledgement, ref 88213" -> "88213";
    "已受理，受理号 SL2026-1201" -> "SL2026-1201"): the token after one of ``[reply] reference_labels`` of
    checklists/followup.toml (a Latin label only as a whole word) with at least 3 digits; None when there is none."""
    if not summary:
        return None
    rules = rules or load_rules()
    for label in sorted(rules.reference_labels, key=len, reverse=True):
        edge = r"(?<![A-Za-z])" if label[:1].isascii() else ""
        tail = r"(?![A-Za-z])" if label[-1:].isascii() else ""
        for m in re.finditer(edge + re.escape(label) + tail + _REF_TAIL, summary, re.I):
            token = m.group(1).rstrip("/-")
            if sum(c.isdigit() for c in token) >= 3:
                return token
    return None


@dataclass(frozen=True)
class Step:
    """A step of the route as it stands today: its words, when it opens (None: not yet known), until when."""

    text: str
    opens: date | None
    until: date | None
    source: str
    open_now: bool


@dataclass(frozen=True)
class Status:
    """Where a sent request stands on ``today``."""

    request: Sent | None  # the first request sent
    follow_ups: tuple[Sent, ...]
    deadline: date | None  # the reply date the letter asked for
    replies: tuple[Reply, ...]
    overdue: bool  # the deadline passed without an answer (an acknowledgement is not an answer)
    outcome: str | None  # "accepted" | "refused" | "final-response" once the lender answered so
    steps: tuple[Step, ...]  # the complaint route, once it applies
    next: str  # what to do next, in one paragraph
    country: str | None
    stale: str | None = None  # the built packet no longer matches the case: what changed (before it was sent)


def received_on(request: Sent, language: str | None, rules: FollowUpRules | None = None) -> date:
    """The day the reply days of ``request`` count from: the day sent, but for a letter in a language whose letter
    counts from the lender's receipt (``[letter] from_receipt``: zh, 收到本申请之日起) sent by post, its delivery:
    the ``delivered`` date of its ``[[sent]]`` entry when recorded, else the day sent plus ``[letter] post_days``
    (checklists/followup.toml says the source of both)."""
    rules = rules or load_rules()
    sent_on = request.at.date()
    if request.via != "post" or (language or "") not in rules.from_receipt:
        return sent_on
    if request.delivered is not None:
        return max(request.delivered.date(), sent_on)
    return after(sent_on, f"{rules.post_days} days")


def _shown(root: Path) -> str:
    """The case folder as the user would type it (:func:`packet.core.display.command_path`)."""
    return command_path(root)


def status(case: Case, today: date, lang: str, built: str | None = None, surface: str = "cli",
           stale: str | None = None) -> Status:
    """Where the request of ``case`` stands on ``today``, and what to do next, in ``lang``. ``built``: the name
    of the packet already built from the case (``<name>-packet.pdf``), if any, for the next step before sending.
    ``surface``: "cli" (the next step names the commands, ``packet sent DIR`` …) or "page" (``packet serve``:
    it names the page's own buttons and forms instead: “Write the follow-up letter”, “I have sent the follow-up”).
    ``stale``: what changed in the case since ``built`` was built (:mod:`packet.case.fingerprint`), if it did: the
    next step is then to build again, not to send it.

    The reply deadline is the first ``[[sent]]`` request's date (a posted zh letter: its delivery,
    :func:`received_on`) plus the letter's ``reply_days``; the
    route is the one for ``[request] country`` (zh cases: CN), each step dated from what starts its clock."""
    rules = load_rules()
    folder = _shown(case.root)
    page = surface == "page"

    def said(cli: str, on_page: str) -> str:
        return on_page if page else cli

    log_it = said(tr(lang, "with  packet log {dir}", "用  packet log {dir}  ", dir=folder),
                  tr(lang, "under “Record a call, message or letter”", "在“记录一次电话、消息或信件”中"))
    requests = [s for s in case.sent if s.kind == "request"]
    follow_ups = tuple(s for s in case.sent if s.kind == "follow-up")
    request = requests[0] if requests else None
    country = case.request.jurisdiction
    if request is None and built and stale:
        return Status(None, follow_ups, None, case.replies, False, None, (), said(
            tr(lang, "Not sent yet. {f} is out of date: the case changed after it was built ({w}). Build it again "
                     "with  packet build {dir}, check every page, send it, then record it with  packet sent {dir}.",
               "尚未发送。{f} 已过时：生成之后案件有改动（{w}）。请运行  packet build {dir}  重新生成，逐页检查后发送，"
               "然后运行  packet sent {dir}  记录发送。", f=built, w=stale, dir=folder),
            tr(lang, "Not sent yet. {f} is out of date: the case changed after it was built ({w}). Build it again "
                     "(“Build it again” below), check every page, send it, then record it with “I have sent it”.",
               "尚未发送。{f} 已过时：生成之后案件有改动（{w}）。请点击下方“重新生成”，逐页检查后发送，"
               "然后在“我已经发送”中记录。", f=built, w=stale)), country, stale)
    if request is None and built:
        return Status(None, follow_ups, None, case.replies, False, None, (), said(
            tr(lang, "Not sent yet. {f} is built: check every page, send it to the lender, then record it with  "
                     "packet sent {dir}.",
               "尚未发送。{f} 已经生成：请逐页检查后发送给贷款机构，然后运行  packet sent {dir}  记录发送。",
               f=built, dir=folder),
            tr(lang, "Not sent yet. {f} is built: download it, check every page, send it to the lender, then record "
                     "it with “I have sent it” below.",
               "尚未发送。{f} 已经生成：请下载并逐页检查，发送给贷款机构，然后在下方“我已经发送”中记录。", f=built)),
            country)
    if request is None:
        return Status(None, follow_ups, None, case.replies, False, None, (), said(
            tr(lang, "Not sent yet. Build the packet, send it to the lender, then record it with  packet sent {dir}.",
               "尚未发送。请生成申请材料并发送给贷款机构，然后运行  packet sent {dir}  记录发送。", dir=folder),
            tr(lang, "Not sent yet. Build the packet (“Build the packet” below), send it to the lender, then record "
                     "it with “I have sent it”, which appears once it is built.",
               "尚未发送。请生成申请材料（下方“生成申请材料”），发送给贷款机构，然后在生成后出现的“我已经发送”中记录。")),
            country)
    sent_on = request.at.date()
    received = received_on(request, case.language, rules)
    deadline = after(received, f"{rules.reply_days} days")
    if received == sent_on:
        counted = tr(lang, "{n} days after sending", "发送后 {n} 日", n=rules.reply_days)
    elif request.delivered is not None:
        counted = tr(lang, "{n} days after it reached the lender on {r}", "对方 {r} 收到后 {n} 日", n=rules.reply_days,
                     r=received.isoformat())
    else:
        counted = tr(lang, "{n} days after it should reach the lender by post, on {r}; {p} days allowed for the post",
                     "邮寄预计 {r} 送达（按邮寄 {p} 日计）后 {n} 日", n=rules.reply_days, r=received.isoformat(),
                     p=rules.post_days)
    answers = [r for r in case.replies if r.kind != "acknowledged" and r.at.date() >= sent_on]
    outcome = next((r.kind for r in reversed(answers) if r.kind in ("accepted", "refused", "final-response")), None)
    overdue = not answers and today > deadline
    # a refusal of the request is not a final response to a complaint: its own steps (answer the offer, complain to
    # the lender first); only a logged final response opens the steps after one (the UK's Ombudsman within 6 months)
    starts = {"reply-deadline": deadline + timedelta(days=1) if overdue else None,
              "complaint": follow_ups[0].at.date() if follow_ups else None,
              "refused": next((r.at.date() for r in answers if r.kind == "refused"), None),
              "final-response": next((r.at.date() for r in answers if r.kind == "final-response"), None)}
    answered = starts["final-response"] or starts["refused"]
    lender = case.lender.name or tr(lang, "the lender", "贷款机构")
    complaints = case.lender.complaints or case.lender.email or case.lender.address or tr(
        lang, "its complaints address", "其投诉地址")
    steps = []
    if outcome != "accepted" and (overdue or follow_ups or answered):
        for r in rules.for_country(country, case.lender.name):
            if r.after == "reply-deadline" and answers:
                continue  # the lender answered: the steps for a request left without reply do not apply
            if r.after == "refused" and starts["refused"] is None:
                continue  # no refusal logged: its step does not apply
            start = starts[r.after]
            opens = after(start, r.wait) if start else None
            until = after(start, r.within) if start and r.within else None
            # the step the reply's deadline opens is the complaint, and the follow-up recorded as sent made it (its
            # date starts the "complaint" clock): done, no longer what to do next (a trial: after the follow-up was
            # sent, "next" still said to send it)
            # likewise the complaint a refusal calls for, once a follow-up (a complaint) was sent after it
            done = (r.after == "reply-deadline" and bool(follow_ups)) or (
                r.after == "refused" and start is not None and any(f.at.date() >= start for f in follow_ups))
            steps.append(Step(r.text["zh" if lang == "zh" else "en"].format(lender=lender, complaints=complaints),
                              opens, until, r.source,
                              not done and bool(opens and opens <= today and (until is None or today <= until))))
    if outcome == "accepted":
        nxt = said(tr(lang, "{l} accepted your request. Keep to the plan and keep a record of every payment and "
                            "contact (packet log {dir}).",
                      "{l}已同意您的申请。请按计划还款，并记录每次还款和联系（packet log {dir}）。", l=lender, dir=folder),
                   tr(lang, "{l} accepted your request. Keep to the plan and keep a record of every payment and "
                            "contact (“Record a call, message or letter”).",
                      "{l}已同意您的申请。请按计划还款，并记录每次还款和联系（“记录一次电话、消息或信件”）。", l=lender))
    elif answers and not answered:
        nxt = tr(lang, "{l} has answered. Read the answer, reply in writing if needed, and log every contact.",
                 "{l}已答复。请阅读答复，必要时书面回复，并记录每次联系。", l=lender)
    elif not overdue and not answered:
        nxt = said(tr(lang, "Wait for a written reply until {d} ({c}). Log every call or message "
                            "meanwhile with  packet log {dir}.",
                      "请等待书面答复，截至 {d}（{c}）。期间的每次电话或消息请用  packet log {dir}  记录。",
                      d=deadline.isoformat(), c=counted, dir=folder),
                   tr(lang, "Wait for a written reply until {d} ({c}). Record every call or "
                            "message meanwhile under “Record a call, message or letter”.",
                      "请等待书面答复，截至 {d}（{c}）。期间的每次电话或消息请在“记录一次电话、消息或信件”中记录。",
                      d=deadline.isoformat(), c=counted))
    elif not follow_ups and not answered:
        nxt = said(tr(lang, "No written reply by {d}. Send a follow-up:  packet status {dir} --follow-up  writes the "
                            "letter and an email draft; record it with  packet sent {dir} --follow-up.",
                      "截至 {d} 未收到书面答复。请发送跟进函：  packet status {dir} --follow-up  会生成跟进函和邮件草稿；"
                      "发送后用  packet sent {dir} --follow-up  记录。", d=deadline.isoformat(), dir=folder),
                   tr(lang, "No written reply by {d}. Send a follow-up: “Write the follow-up letter” below writes the "
                            "letter (it is also a formal complaint) and an email draft; sign it, send it, then record "
                            "it with “I have sent the follow-up”.",
                      "截至 {d} 未收到书面答复。请发送跟进函：点击下方“生成跟进函”，会生成跟进函（同时是正式投诉）"
                      "和邮件草稿；签字并发送后，在“我已经发送跟进函”中记录。", d=deadline.isoformat()))
    else:
        due = [s for s in steps if s.open_now]
        later = [s for s in steps if s.opens and s.opens > today]
        if due:
            nxt = due[-1].text
        elif later:
            nxt = tr(lang, "Wait for the next step below to open on {d}; log every contact meanwhile.",
                     "请等待下面的下一步（{d} 起）；期间请记录每次联系。", d=later[0].opens.isoformat())
            if follow_ups:
                nxt = tr(lang, "You sent the follow-up (your complaint) on {f}. ", "您已于 {f} 发送跟进函（即投诉）。",
                         f=follow_ups[-1].at.date().isoformat()) + nxt
        elif answered:
            nxt = tr(lang, "{l} gave its answer on {d}. If you disagree, complain to {l} in writing ({c}), say why, "
                           "and log it {how}; keep every letter.",
                     "{l}已于 {d} 答复。如不同意，请书面向{l}投诉（{c}），说明理由，并{how}记录；"
                     "保留所有往来信件。", l=lender, d=answered.isoformat(), c=complaints, how=log_it)
        else:
            nxt = said(tr(lang, "Log every contact with  packet log {dir}  and check again later.",
                          "请用  packet log {dir}  记录每次联系，稍后再查看。", dir=folder),
                       tr(lang, "Record every contact under “Record a call, message or letter”, and check again later.",
                          "请在“记录一次电话、消息或信件”中记录每次联系，稍后再查看。"))
    return Status(request, follow_ups, deadline, case.replies, overdue, outcome, tuple(steps), nxt, country)


def sent_as(case: Case, path: Path) -> Sent | None:
    """The ``[[sent]]`` record of ``case`` whose sha256 is that of the file at ``path`` (the very PDF the lender
    has), or None: no such record, no such file, or a file that cannot be read. Building again must not replace it
    unnoticed (the page asks first; the CLI keeps it aside: packet.pipeline)."""
    sent = {s.sha256: s for s in case.sent if s.sha256}
    if not sent or not Path(path).is_file():
        return None
    try:
        return sent.get(file_sha256(Path(path)))
    except OSError:
        return None
