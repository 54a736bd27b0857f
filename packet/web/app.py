"""The routes of ``packet serve``: pages rendered on the server (Jinja2), forms posted back (Starlette).

Every page shows what the public API (:mod:`packet`) returns; the only logic here is the web's own: who may
ask (see :mod:`packet.web.guard`), which case folder a name means, where an upload is saved.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import hashlib
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import packet
from packet.core.display import file_size
from packet.core.i18n import LANGS, set_lang, tr
from packet.core.masking import mask
from packet.core.own_output import file_sha256
from packet.web import guard
from packet.web.jobs import Jobs
from packet.web.unwritable import refusal, unwritable

HERE = Path(__file__).parent
# bytes per uploaded file: the reader's own limit (packet.MAX_FILE_BYTES, 200 MiB), so the page takes every file
# ``packet check`` reads (a trial: the page refused a 65 MB phone photo at a 50 MB limit of its own, which the
# command line read). Uploads are spooled to disk by Starlette, never held in memory.
MAX_FILE = packet.MAX_FILE_BYTES
MAX_FILES = 40  # files per upload
MAX_REQUEST = 2 * MAX_FILE  # bytes of one upload request, all files together: one file of the largest size fits
NOTICES_KEPT = 256  # what the last actions said (see Web.notice): a few kilobytes at most


@dataclass
class Settings:
    """One run of ``packet serve``: the cases folder, the secret, the addresses it answers on."""

    cases: Path
    secret: str = field(default_factory=guard.new_secret)
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost")  # Host header values accepted (without port)
    lan: str | None = None  # the --lan address, when the phone page is on
    lan_port: int | None = None
    as_of: date | None = None  # fixed date of the checklist (tests); default today
    jobs: int | None = None
    phone_ttl: float = 600.0


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["mb"] = file_size
    env.filters["q"] = lambda s: quote(str(s), safe="")
    env.filters["mask"] = mask  # an account number is shown as the report shows it: ****1234
    return env


def request_lang(request: Request) -> str:
    """The page's language: the cookie set by the switch, else the browser's Accept-Language (zh or en)."""
    chosen = request.cookies.get(guard.LANG_COOKIE)
    if chosen in LANGS:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return "en"


class Both(str):
    """A notice's text, kept in both languages (a new user's trial: after switching the page to 中文, the notice of a
    removed file stayed in English): a ``str`` in the language it was made in (``lang``), so it goes wherever a text
    goes, and :meth:`in_` gives it in the language the page is shown in now. ``a + b`` keeps both languages when
    ``b`` is a :class:`Both` or a plain text (added to each)."""

    texts: dict[str, str]

    def __new__(cls, lang: str, en: str, zh: str, **kw) -> Both:
        return cls.of(lang, lambda lg: tr(lg, en, zh, **kw))

    @classmethod
    def of(cls, lang: str, render) -> Both:
        """The text ``render(lang)`` gives, for each of :data:`LANGS` (``render``: lang -> text)."""
        obj = str.__new__(cls, render(lang))
        obj.texts = {lg: render(lg) for lg in LANGS}
        return obj

    def in_(self, lang: str) -> str:
        """The text in ``lang`` (the one it was made in when it has no other)."""
        return self.texts.get(lang, str(self))

    def __add__(self, other: str) -> Both:
        obj = str.__new__(Both, str(self) + str(other))
        obj.texts = {lg: t + (other.in_(lg) if isinstance(other, Both) else str(other)) for lg, t in self.texts.items()}
        return obj


def _reply_facts(values: dict[str, str]) -> dict[str, str]:
    """The new-case form's ways for the lender to reply ({"applicant.email": …, "applicant.phone": …}, spaces tidied,
    "" where not given), as :func:`packet.set_letter_facts` takes them."""
    return {f"applicant.{k}": " ".join(values.get(f"reply_{k}", "").split()) for k in ("email", "phone")}


def _sha256(fh) -> tuple[str, int]:
    """(SHA-256 hex digest, bytes read) of a binary file object from where it stands to its end."""
    h, n = hashlib.sha256(), 0
    while chunk := fh.read(1 << 20):
        h.update(chunk)
        n += len(chunk)
    return h.hexdigest(), n


def same_content(folder: Path, upload) -> str | None:
    """The path (relative to ``folder``, ``/`` separators) of a file already in the case folder with exactly the
    bytes of ``upload`` (a binary file object, read from the start and left there), else None. Hidden files and
    packet's own are not documents and are skipped. Sizes are compared first, so only a file of the same size is
    read (SHA-256). A trial uploaded the same bill twice and got "bill (2).pdf" with no word that it was a copy."""
    upload.seek(0)
    digest, size = _sha256(upload)
    upload.seek(0)
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.name == "packet.toml":
            continue
        if path.is_symlink() or not path.is_file():  # a link may point outside the case: nothing there is read
            continue
        try:
            if path.stat().st_size != size:
                continue
            if file_sha256(path) == digest:
                return rel.as_posix()
        except OSError:
            continue
    return None


COPY_MARK = re.compile(r"\s*\(\d{1,3}\)$")  # "IMG_1 (1)": the number a browser or file manager adds to a copy's name


def originals_first(files: list) -> list:
    """``files`` (uploads, each with a ``filename``) in the order to save them: a copy's name (``IMG_1 (1).jpg``,
    :data:`COPY_MARK` on its stem) after the name it was copied from when that is uploaded too, else as given. Of two
    uploads with the same bytes the first saved is kept and the other refused (:func:`same_content`), so the one
    kept is the original (a new user's trial: "IMG_1 (1).jpg" sorts before "IMG_1.jpg", the copy was kept and the
    original refused)."""
    names = {os.path.splitext(str(f.filename or ""))[0] for f in files}

    def copied(f) -> bool:
        stem = os.path.splitext(str(f.filename or ""))[0]
        bare = COPY_MARK.sub("", stem)
        return bare != stem and bare in names

    return sorted(files, key=copied)  # stable: the order given otherwise


def shown_in(lang: str, text: str) -> str:
    """``text`` as the page in ``lang`` shows it: a :class:`Both` in that language, any other text as it is (a
    library's message, made in the page's language at the time)."""
    return text.in_(lang) if isinstance(text, Both) else text


class Web:
    """The application state and its handlers (one instance per run)."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.cases = settings.cases.resolve()
        self.env = _templates()
        self.jobs = Jobs(self.cases, settings.as_of, settings.jobs)
        self.csrf = guard.derive(settings.secret, "csrf")
        self.phone = guard.PhoneTokens(settings.phone_ttl)
        self._images: dict[tuple, bytes] = {}
        # what an action has to say on the page it sends the browser back to, kept here under a random key: the
        # address carries the key only, so no link can make the page show a sentence of its own (a new user's
        # trial: ?refused=<any text> was shown word for word)
        self._notices: collections.OrderedDict[str, dict[str, list[str]]] = collections.OrderedDict()
        self._shown: collections.OrderedDict[str, dict[str, list[str]]] = collections.OrderedDict()  # shown once

    # --- helpers ------------------------------------------------------------------------------------------

    def page(self, request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
        lang = request_lang(request)
        set_lang(lang)

        def t(en: str, zh: str, **kw) -> str:
            return tr(lang, en, zh, **kw)

        other = "en" if lang == "zh" else "zh"
        html = self.env.get_template(template).render(
            t=t, vn=lambda kind, code: packet.value_name(kind, str(code), lang), lang=lang, other=other, csrf=self.csrf, cases_dir=self.cases, path=request.url.path,
            query=request.url.query, version=packet.__version__, types=packet.load_types(),
            inline_css=(HERE / "static" / "style.css").read_text(encoding="utf-8") if template == "phone.html" else "",
            **ctx)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def case_dir(self, name: str) -> Path | None:
        """The case folder called ``name`` directly inside the cases folder, or None: a name is looked up among
        the folders that exist, never joined as a path (no ``..``, no absolute path, no link out)."""
        if not self.cases.is_dir():
            return None
        for p in self.cases.iterdir():
            if p.name == name and p.is_dir() and not p.is_symlink() and not name.startswith("."):
                return p
        return None

    def case_names(self) -> list[str]:
        if not self.cases.is_dir():
            return []
        return sorted((p.name for p in self.cases.iterdir()
                       if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")), key=str.lower)

    async def form(self, request: Request, max_files: int = 0):
        """The posted form, after the CSRF check; None when the token is missing or wrong."""
        form = await request.form(max_files=max_files, max_fields=60, max_part_size=200_000)
        if not guard.same(form.get("csrf") if isinstance(form.get("csrf"), str) else None, self.csrf):
            return None
        return form

    def refused(self, request: Request, why: str) -> HTMLResponse:
        lang = request_lang(request)
        text = {"csrf": tr(lang, "This form is out of date or came from another site. Go back, reload the page and "
                                 "try again.", "此表单已过期或来自其他网站。请返回、刷新页面后重试。")}[why]
        return self.page(request, "message.html", 403, title=tr(lang, "Refused", "已拒绝"), message=text)

    def summary(self, name: str) -> dict:
        """What the list shows for a case: the last check's outcome, and where the request stands."""
        folder = self.cases / name
        out: dict = {"name": name, "job": self.jobs.state(name), "run": self.jobs.runs.get(name), "status": None,
                     "error": None, "has_toml": (folder / "packet.toml").is_file()}
        if out["has_toml"]:
            try:
                case, st = packet.case_status(folder, self.s.as_of or date.today(), surface="page")
                out["status"] = st
            except packet.PacketError as exc:
                out["error"] = str(exc)
            else:  # rebuilt since it was sent: the PDF to send now is not the one the lender has
                out["differs"] = bool(st.request and packet.sent_differs(folder, case))
        return out

    def save_uploads(self, folder: Path, files: list[UploadFile], lang: str) -> tuple[list[str], list[str]]:
        """Copy the uploads into ``folder`` under safe names (never over an existing file). Returns (saved
        names, messages for the ones refused)."""
        saved, refused = [], []
        beside = {str(f.filename or "") for f in files} | {p.name for p in folder.iterdir()}  # a Live Photo's pair
        for up in originals_first(files):
            try:
                name = guard.safe_name(up.filename)
            except guard.BadName as bad:
                said = self.unreadable(up, bad.name, lang, beside) if bad.reason == "type" else None
                if said is not None:  # what check says of it, and how to convert it (Word: "Save as PDF")
                    refused.append(said)
                    continue
                refused.append({
                    "path": Both(lang, "“{n}” was refused: a file name may not hold a folder path.",
                               "“{n}”被拒绝：文件名中不能包含文件夹路径。", n=bad.name),
                    "odd": Both(lang, "“{n}” was refused: the name is empty, hidden or holds odd characters. Rename it "
                                    "and try again.", "“{n}”被拒绝：文件名为空、是隐藏文件或含有异常字符。请改名后重试。",
                              n=bad.name.encode("unicode_escape").decode()),
                    "type": Both(lang, "“{n}” was refused: packet reads PDF, JPEG, PNG, TIFF, HEIC and WebP files.",
                               "“{n}”被拒绝：packet 只能读取 PDF、JPEG、PNG、TIFF、HEIC 和 WebP 文件。", n=bad.name),
                }[bad.reason])
                continue
            size = up.size if up.size is not None else 0
            if size > MAX_FILE:
                refused.append(Both(lang, "“{n}” was not added: it is {mb:.0f} MB, more than the {lim:.0f} MB a file may "
                                        "be. Scan it at a lower resolution or split it.",
                                  "“{n}”未添加：文件大小 {mb:.0f} MB，超过单个文件 {lim:.0f} MB 的上限。请降低扫描分辨率或拆分文件。",
                                  n=name, mb=size / 2**20, lim=MAX_FILE / 2**20))
                continue
            twin = same_content(folder, up.file)
            if twin is not None:  # check counts a copy once and warns of it: here it is said before it is added
                refused.append(Both(lang, "“{n}” was not added: it is the same file as “{t}”, already in this case.",
                                  "“{n}”未添加：它与本案件中已有的“{t}”是同一个文件。", n=name, t=twin))
                continue
            target = folder / name
            stem, ext = os.path.splitext(name)
            n = 2
            while target.exists():
                target = folder / f"{stem} ({n}){ext}"
                n += 1
            tmp = folder / f".{target.name}.upload"
            up.file.seek(0)
            try:
                with open(tmp, "xb") as out:
                    shutil.copyfileobj(up.file, out)
                os.link(tmp, target)  # never over an existing file, even in a race
            except OSError as exc:  # a read-only share, no permission, a full disk: the rest would fail alike
                refused.append(Both.of(lang, lambda lg, n=name, e=exc: tr(lg, "“{n}”: {why}", "“{n}”：{why}", n=n,
                                                                          why=unwritable(lg, e, folder))))
                break
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
            saved.append(target.name)
        return saved, refused

    def unreadable(self, up: UploadFile, name: str, lang: str, beside: set[str] | None = None) -> Both | None:
        """The refusal of an upload of a type packet does not read, as ``packet check`` words it for that file
        (:func:`packet.unreadable_upload`: what it is by its content, and how to make a PDF of it), or None when the
        content is readable after all or cannot be looked at (the plain refusal is said then). The upload is copied
        to a temporary file outside the cases folder, removed at once; its name ``name`` says what a text file is
        (an ``.eml`` is an email: save its attachments, :func:`packet.unreadable_upload`); ``beside``, the names
        uploaded with it and in the case folder (a Live Photo's video beside its photo)."""
        import tempfile

        try:
            up.file.seek(0)
            with tempfile.NamedTemporaryFile(prefix="packet-upload-") as tmp:
                shutil.copyfileobj(up.file, tmp)  # in chunks: an upload may be MAX_FILE bytes
                tmp.flush()
                up.file.seek(0)
                near = beside or set()
                first = packet.unreadable_upload(Path(tmp.name), name, lang, near)
                if first is None:
                    return None
                return Both.of(lang, lambda lg: packet.unreadable_upload(Path(tmp.name), name, lg, near) or first)
        except OSError:
            return None

    def too_big(self, request: Request) -> bool:
        try:
            return int(request.headers.get("content-length", "0")) > MAX_REQUEST
        except ValueError:
            return True

    def image(self, name: str, rel: str, page: int, width: int) -> bytes | None:
        run = self.jobs.runs.get(name)
        if run is None:
            return None
        doc = next((d for d in run.read.documents if d.rel == rel), None)
        if doc is None:
            return None
        key = (name, rel, doc.source.sha256, page, width)
        if key not in self._images:
            try:
                data = packet.page_image(run, rel, page, width)
            except KeyError:
                return None
            if len(self._images) > 300:
                self._images.clear()
            self._images[key] = data
        return self._images[key]

    def writing(self, handler):
        """``handler`` (a route that writes into the cases folder) with any OSError it lets through answered as
        the page that says the folder cannot be written to (:func:`unwritable`), never a server error (500):
        back on the case's page with the message when the route names a case, else a page of its own (409)."""

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except OSError as exc:
                lang = request_lang(request)
                name = request.path_params.get("name")
                folder = self.case_dir(name) if name else None
                if folder is None and request.path_params.get("token"):
                    name = self.phone.peek(request.path_params["token"])
                    text = unwritable(lang, exc, self.cases / name if name else self.cases)
                    return self.page(request, "phone.html", 409, state="error", case=name, error=text)
                if folder is not None:
                    return self.back(name, "", refused=[Both.of(lang, lambda lg, e=exc: unwritable(lg, e, folder))])
                return self.page(request, "message.html", 409, title=tr(lang, "Not saved", "未保存"),
                                 message=unwritable(lang, exc, self.cases))

        guarded.__name__ = getattr(handler, "__name__", "guarded")
        guarded.__doc__ = handler.__doc__
        return guarded

    # --- pages ------------------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        rows = [self.summary(n) for n in self.case_names()]
        said = self.notices(request)
        return self.page(request, "home.html", rows=rows, today=self.s.as_of or date.today(),
                         message=" ".join(said.get("msg", [])))

    async def new_case(self, request: Request) -> Response:
        """The new-case form. A post with problems is kept (:meth:`notice`) and answered with a redirect to
        ``/new?n=KEY``, which shows the form again as typed, its problems worked out anew in the page's language
        (status 400): every page of the form in the history is a GET, so Back never meets "Confirm Form
        Resubmission" and a language switch says the problems in the new language (a trial: Back after a failed
        form lost what was typed, or landed on an error)."""
        lang = request_lang(request)
        values: dict[str, str] = {"kind": "stop" if lang == "zh" else "reduce", "language": lang}
        problems: dict[str, str] = {}
        if request.method == "POST":
            form = await self.form(request)
            if form is None:
                return self.refused(request, "csrf")
            values = {k: str(v) for k, v in form.items() if k != "csrf"}
            draft = values.pop("draft", None)  # the key of the refused form this one was corrected from
            letter_lang, tidy, problems, folder_name = self.new_case_problems(lang, values)
            reply = _reply_facts(values)
            if not problems:
                try:
                    self.cases.mkdir(parents=True, exist_ok=True)
                    packet.init_case(self.cases / folder_name, letter_lang, tidy)
                    if any(reply.values()):
                        packet.set_letter_facts(self.cases / folder_name, {k: v for k, v in reply.items() if v},
                                                letter_lang)
                except (packet.PacketError, OSError) as exc:
                    problems[""] = Both.of(lang, lambda lg, e=exc: refusal(lg, e, self.cases))
                    with contextlib.suppress(OSError):
                        (self.cases / folder_name).rmdir()  # made just now (it did not exist): never left empty
                else:  # what looks wrong though well formed is said on the case's page, the case is made
                    if draft in self._notices:  # Back to the refused form: it says the case is made, no stale error
                        self._notices[draft] = {"made": [folder_name]}
                    # each warning in both languages (Both): a switch of the page's language says it in the new one
                    keys = packet.init_warnings(lang, tidy, self.s.as_of, surface="page")
                    warned = [Both.of(lang, lambda lg, k=k: packet.init_warnings(lg, tidy, self.s.as_of,
                                                                               surface="page")[k]) for k in keys]
                    for q in packet.INIT_QUESTIONS:  # an amount typed as "3万": say the figure it was read as
                        typed = " ".join(values.get(q.key, "").split())
                        if q.kind == "money" and typed and tidy.get(q.key) and typed != tidy[q.key]:
                            warned.append(Both.of(lang, lambda lg, q=q, typed=typed: tr(
                                lg, "{q}: “{v}” was read as {a}. If that is wrong, change it under “{f}” on "
                                    "this page.",
                                "{q}：“{v}”按 {a} 记录。如不对，请在本页“{f}”中修改。",
                                q=_on_page(q, lg)["text"], v=typed, a=tidy[q.key], f=tr(lg, *packet.REQUEST_FORM_TITLE))))
                    key = self.notice(warn=warned)
                    return RedirectResponse(f"/case/{quote(folder_name)}?new=1" + (f"&n={key}" if key else ""),
                                            status_code=303)
            key = self.notice(draft=[values], failed=[problems.get("", "")], keys=sorted(k for k in problems if k))
            return RedirectResponse(f"/new?n={key}", status_code=303)
        kept = self.notices(request)
        draft = None
        if kept.get("draft"):  # a form that was refused, as typed: its problems said in the page's language now
            draft = request.query_params.get("n")
            values = kept["draft"][0]
            _lang, _tidy, now, _name = self.new_case_problems(lang, values)
            # only what was refused then (Back from the case made next must not say its name is now taken)
            problems = {k: v for k, v in now.items() if k in kept.get("keys", [])}
            if kept.get("failed"):
                problems[""] = kept["failed"][0]
        order = ["", "folder", *(q.key for q in packet.INIT_QUESTIONS), "reply_email", "reply_phone"]
        first = next((k for k in order if k in problems), None)  # the field the keyboard goes to, scrolled into view
        return self.page(request, "new.html", 400 if problems else 200, first_problem=first,
                         questions=[_on_page(q, lang) for q in packet.INIT_QUESTIONS],
                         values=values, problems=problems, draft=draft, made=(kept.get("made") or [None])[0])

    def new_case_problems(self, lang: str, values: dict[str, str]) -> tuple[str, dict, dict[str, str], str | None]:
        """What is wrong with the new-case form's ``values`` (field -> text, in ``lang``): (the letter's language,
        the answers tidied for :func:`packet.init_case`, {field: problem}, the folder's safe name or None)."""
        letter_lang = values.get("language") if values.get("language") in LANGS else lang
        # a first payment already past is refused beside its field (a trial: the case was made, then the page said
        # to delete it and make it again)
        tidy, problems = packet.init_problems(letter_lang, values, self.s.as_of or date.today())
        problems = dict(problems)
        # where the lender's written reply goes (the letter asks for one): not an init question, the letter's facts
        for key, said in packet.letter_fact_problems(lang, _reply_facts(values)).items():
            problems["reply_" + key.split(".")[1]] = said
        folder_name = None
        try:
            folder_name = guard.safe_folder(values.get("folder") or values.get("name"))
        except guard.BadName as bad:
            # a name starting with "." makes a hidden folder, which packet never reads (a trial got the / or \ message)
            problems["folder"] = tr(lang, "A case name cannot start with “.” (that makes a hidden folder, which packet "
                                          "does not read). Give another name, e.g. “Loan 2026”.",
                                    "案件名称不能以“.”开头（那样会成为隐藏文件夹，packet 不会读取）。请换一个名字，"
                                    "例如“贷款 2026”。") if bad.reason == "hidden" else \
                tr(lang, "Give the case a name without / or \\, e.g. “Loan 2026”.",
                   "请给案件起个名字，不要包含 / 或 \\，例如“贷款 2026”。")
        if folder_name and (self.cases / folder_name).exists():
            problems["folder"] = tr(lang, "There is already a case called “{n}”; choose another name.",
                                    "已经有一个名为“{n}”的案件；请换一个名字。", n=folder_name)
        return letter_lang, tidy, problems, folder_name

    async def case_page(self, request: Request) -> Response:
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        lang = request_lang(request)
        job = self.jobs.state(name)
        run = self.jobs.runs.get(name)
        if (job is None and run is None) or not self.jobs.speaks(name, lang):
            # nothing checked yet, or checked in the other language (the switch): check again, messages in the
            # page's language (the OCR cache makes it quick); the other language's report is not shown meanwhile
            job, run = self.jobs.submit(name, "check", lang), None
        # the job as it stands at one moment, for the whole page: a check with little to read (the OCR cache, a new
        # case) may end while the page is drawn, and a page that saw it running then done drew "Not checked yet" with
        # no progress to wait for and nothing to reload it (an r22 trial's new case stayed so). Done: its report
        job = dataclasses.replace(job) if job is not None else None
        if job is not None and job.state == "done" and run is None:
            run = self.jobs.runs.get(name)
        report = run.report.to_json() if run else None
        summary = self.summary(name)
        entries = []
        with contextlib.suppress(packet.PacketError):
            entries = packet.log_entries(folder)
        case = run.case if run else None
        with contextlib.suppress(packet.PacketError, OSError):
            case = packet.open_case(folder)[0]  # as it is now: a fact just saved is shown, and no longer asked for
        facts = {k: (getattr(getattr(case, k.split(".")[0]), k.split(".")[1]) or "") if case else ""
                 for k in packet.LETTER_FACTS}
        needs = []
        if run:
            needs = [packet.describe_need(k, lang, case or run.case, surface="page") for k in run.report.letter_needs
                     if not facts.get(k) or not case or case is run.case]
        privacy = []
        if run:  # what check says under "Privacy:": the message, then the [[redact]] lines the button writes
            privacy = [_privacy_note(n) for n in packet.privacy_notes(run.report, run.case, lang, "page")]
        # nowhere for the lender's reply to go: a warning (the letter is still written), in the words check and build
        # use, never in red under what the letter still needs (a trial: one page, two severities)
        no_reply_way = case is not None and not any(facts.get(k) for k in packet.REPLY_WAYS)
        reply_warn = (packet.reply_warning(lang, "page") if run and "reply" in run.report.letter_warnings
                      and no_reply_way else None)
        followup_warn = packet.reply_warning(lang, "page", "follow-up") if no_reply_way else None
        # a phone alone: the letter asks for a call back and a written answer has nowhere to go (check and build say it)
        phone_only = (case is not None and bool(facts.get("applicant.phone"))
                      and not any(facts.get(k) for k in ("applicant.email", "applicant.address")))
        written_warn = packet.written_reply_warning(lang, surface="page") if phone_only else None
        # what check and build say and the page did not (a known gap, r22): the statement speaking of the applicant in
        # the third person, said where it is mended (the request form) and above the build; the complaint route's
        # note for a country packet has no route of its own for (or none set), above the route and beside the
        # country's chooser. Worked out from the case as it is now: a statement just mended is no longer warned of
        voice_warn = packet.voice_warning(lang, case, "page") if case is not None and packet.third_person(case) else None
        form_title = tr(lang, *packet.REQUEST_FORM_TITLE)
        st_now = summary.get("status")
        route_note = packet.route_note(st_now.country, lang, "page", form_title) if st_now and st_now.steps else None
        country_note = packet.route_note(case.request.country, lang, "form") if case is not None else None
        # another person's papers: the build refuses them unless "Build it now anyway" (check and build say the same)
        others_warn = (packet.someone_else_message(lang, run.report.others, run.case.applicant.name or "", "page")
                       if run and run.report.others else None)
        built = self.jobs.builds.get(name)
        built_all = sorted(packet.built_files(folder), key=lambda p: (p.suffix != ".pdf", p.name))
        # "The packet to send" holds the packet (and its kept sent copy); the follow-up letter has its own place
        # (followup.html): a trial found it offered first as "the PDF to send"
        on_disk = [p for p in built_all if "-followup." not in p.name]
        lacks = [{"what": packet.need_name(k, lang), "filled": bool(facts.get(k))} for k in (built.lacks if built else ())]
        phone = None
        said = self.notices(request)
        if job is None or job.state not in ("queued", "running"):
            # shown once: Back or an old address does not say it again (a trial saw old notices replayed); while the
            # case is read the page reloads itself when done, and says it then, once more
            key = request.query_params.get("n", "")
            if key in self._notices:  # kept aside a while: switching the page's language shows it again, once
                self._shown[key] = self._notices.pop(key)
                while len(self._shown) > NOTICES_KEPT:
                    self._shown.popitem(last=False)
        token = request.query_params.get("phone")
        if token and self.s.lan and self.phone.peek(token) == name:
            url = f"http://{self.s.lan}:{self.s.lan_port}/p/{token}"
            phone = {"url": url, "svg": _qr_svg(url), "minutes": int(self.s.phone_ttl // 60)}
        kept_sent = [{"file": p.name, "size": p.stat().st_size} for p in packet.kept_sent_files(folder)]
        sent_copy = self.sent_copy(folder, case)
        # the PDF on offer was built before the case changed (a trial downloaded, sent and recorded such a one)
        stale = None
        pdf = packet.packet_pdf(folder)
        if pdf is not None and sent_copy is None:
            with contextlib.suppress(packet.PacketError, OSError):
                changed = packet.out_of_date(folder, pdf)
                stale = packet.stale_message(lang, pdf, changed) if changed else None
        no_to = [p.name for p in on_disk if p.suffix == ".eml" and not _addressed(p)]
        asked = (said.get("req_values") or [None])[0]  # the request form as typed when it was refused
        req_values = asked or (packet.request_values(case) if case else {})
        # a type only the user gives (types.toml given_only: a doctor's letter as medical evidence) is offered in the
        # type chooser only where the case's checklist asks for it (a medical hardship), or a document already has it
        asked = (run.checklist.asked_types({"hardship": run.case.request.hardship, "kind": run.case.request.kind})
                 if run else frozenset())
        # a document read as "other" whose words are those of such a type (a doctor's letter) has it chosen already:
        # the rule packet check's hint follows (packet.offered_types)
        suggested = ({d.document.rel: list(packet.offered_types(run.checklist, run.case, d.suggested))
                      for d in run.report.documents} if run else {})
        # what else counts as a type ("a platform's income statement counts as that month's payslip") is said of a
        # document with signs of an income document only, as check says it (packet.leans_to)
        # (never of a document that reads like another type, a doctor's letter: check's rule, r22 trial)
        counts_too = ({d.document.rel: [t for t, tt in packet.load_types().items() if tt.counts_too
                                        and packet.leans_to(run.checklist, d.leaning, t)]
                       if not suggested.get(d.document.rel) and not d.suggested else []
                       for d in run.report.documents} if run else {})
        return self.page(request, "case.html", name=name, folder=folder, job=job, run=run, report=report,
                         asked=asked, suggested=suggested, counts_too=counts_too, kept_sent=kept_sent, req_values=req_values, no_to=no_to,
                         removed=packet.removed_files(folder),
                         req_problems=(said.get("req_problems") or [{}])[0],
                         facts_problems={k: shown_in(lang, v) for k, v in (said.get("facts_problems") or [{}])[0].items()},
                         facts_values=(said.get("facts_values") or [{}])[0],
                         log_problems={k: shown_in(lang, v) for k, v in (said.get("log_problems") or [{}])[0].items()},
                         log_values=(said.get("log_values") or [{}])[0],
                         copy_problem=shown_in(lang, said["copy_problem"][0]) if said.get("copy_problem") else None,
                         copy_values=(said.get("copy_values") or [{}])[0],
                         req_questions=[_on_page(q, lang) for q in (*packet.INIT_QUESTIONS, packet.INIT_COUNTRY)
                                        if q.key in packet.REQUEST_KEYS],
                         request_title=form_title, voice_warn=voice_warn, route_note=route_note,
                         written_warn=written_warn,
                         country_note=country_note,
                         summary=summary, entries=entries, needs=needs, reply_warn=reply_warn, others_warn=others_warn,
                         followup_warn=followup_warn, privacy=privacy, built=built, on_disk=on_disk, facts=facts,
                         lacks=lacks,
                         sent_copy=sent_copy, stale=stale, has_toml=(folder / "packet.toml").is_file(),
                         followup_to=(case.lender.complaints or case.lender.email) if case else None,
                         followups=[p for p in built_all if "-followup." in p.name],
                         phone=phone, lan=self.s.lan, message=self.message(said, name),
                         refused=said.get("refused", []), now=self.now().strftime("%Y-%m-%dT%H:%M"),
                         uploaded=said.get("added", []), warned=said.get("warn", []),
                         at=(said.get("at") or [""])[0], at_path=(said.get("path") or [""])[0])

    async def progress(self, request: Request) -> Response:
        """The state of the case's job as a tiny JSON object (the page's script polls it while pages are read)."""
        from starlette.responses import JSONResponse

        job = self.jobs.state(request.path_params["name"])
        if job is None:
            return JSONResponse({"state": "none"})
        return JSONResponse({"state": job.state, "done": job.done, "total": job.total, "kind": job.kind})

    async def doc_page(self, request: Request) -> Response:
        name = request.path_params["name"]
        rel = request.query_params.get("path", "")
        run = self.jobs.runs.get(name)
        folder = self.case_dir(name)
        if folder is None or run is None:
            return self.not_found(request)
        docs = run.report.to_json()["documents"]
        doc = next((d for d in docs if d["path"] == rel), None)
        # the pictures of one paper photographed in parts are one document named by its first file: the next
        # part's own name opens that document at its first page (a trial, r26: the second photo was "not found")
        part = None if doc else next((d for d in docs if rel in (d.get("files") or ())), None)
        if doc is None and part is None:
            return self.not_found(request)
        doc = doc or part
        # each page's own file (a joined document's pages come from several), for its heading and the pager's labels
        found = next((d.document for d in run.report.documents if d.document.rel == doc["path"]), None)
        page_files = [found.locate(pg)[0].rel for pg in found.pages] if found is not None else []
        try:
            page_no = max(1, min(int(request.query_params.get("page", "1")), doc["pages"]))
        except ValueError:
            page_no = 1
        if part is not None and rel in page_files:
            page_no = page_files.index(rel) + 1
        evidence = doc.get("evidence") or {}
        said = self.notices(request)
        case = run.case
        with contextlib.suppress(packet.PacketError, OSError):
            # the case file as it is now, not as the last check read it: a value just saved is shown at once, while
            # the check that follows it is still running (a trial: the box kept the old reading and "please check")
            case = packet.open_case(folder)[0]
        corrected = {f.field: f.value for f in case.fields if f.rel == rel and not f.part}
        doc = {**doc, "fields": {**doc["fields"], **{k: str(v) for k, v in corrected.items() if k in doc["fields"]}}}
        return self.page(request, "doc.html", name=name, doc=doc, page_no=page_no, evidence=evidence,
                         page_files=page_files if len(set(page_files)) > 1 else [],
                         uncertain=set(doc.get("uncertain_fields") or ()), corrected=corrected,
                         focus=request.query_params.get("field"), message=self.message(said, name),
                         error=(said.get("err") or [None])[0])

    async def page_png(self, request: Request) -> Response:
        name = request.path_params["name"]
        try:
            page_no = int(request.query_params.get("page", "1"))
            width = max(100, min(int(request.query_params.get("w", "300")), 2000))
        except ValueError:
            return PlainTextResponse("bad request", 400)
        data = self.image(name, request.query_params.get("path", ""), page_no, width)
        if data is None:
            return PlainTextResponse("not found", 404)
        return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    def not_found(self, request: Request) -> HTMLResponse:
        lang = request_lang(request)
        return self.page(request, "message.html", 404, title=tr(lang, "Not found", "未找到"),
                         message=tr(lang, "There is no such case or document. Go back to the list of cases.",
                                    "没有这个案件或材料。请返回案件列表。"))

    # --- actions ----------------------------------------------------------------------------------------

    def notice(self, **params) -> str | None:
        """Keep what a page is to say (``msg``, ``refused``, ``added``, ``warn``, ``err``: a text or a list of
        texts) under a new random key and return it (None when there is nothing to say). The last
        :data:`NOTICES_KEPT` are kept, so a reload still shows them and memory stays bounded."""
        kept = {k: [x for x in (v if isinstance(v, list) else [v]) if x] for k, v in params.items()}
        kept = {k: v for k, v in kept.items() if v}
        if not kept:
            return None
        key = secrets.token_urlsafe(9)
        self._notices[key] = kept
        while len(self._notices) > NOTICES_KEPT:
            self._notices.popitem(last=False)
        return key

    def notices_by_key(self, key: str, lang: str | None = None) -> dict[str, list[str]]:
        """The notice kept under ``key`` (see :meth:`notice`), or nothing; each text in ``lang`` (the page's
        language now: :class:`Both`), or as made when ``lang`` is None."""
        kept = self._notices.get(key, {})
        return {k: [shown_in(lang, x) if lang else x for x in v] for k, v in kept.items()}

    def notices(self, request: Request) -> dict[str, list[str]]:
        """What the page at ``request`` is to say, in the page's language as shown now: the notice its address
        names (``?n=KEY``), or nothing."""
        return self.notices_by_key(request.query_params.get("n", ""), request_lang(request))

    def message(self, said: dict[str, list[str]], name: str) -> str | None:
        """The notice's ``msg``, followed by its ``pending`` part (:func:`CHECKING`) only while the case ``name`` is
        still being checked: once the check is done, "checking again…" would no longer be true."""
        job = self.jobs.state(name)
        running = job is not None and job.state in ("queued", "running")
        parts = [*(said.get("msg") or [])[:1], *((said.get("pending") or [])[:1] if running else [])]
        return " ".join(parts) or None

    def back(self, name: str, anchor: str = "", **params) -> RedirectResponse:
        """Back to the case's page at ``#anchor``, saying ``params`` (see :meth:`notice`) there: the page shows the
        notice in the section the anchor names (``at``), where the person is after the redirect (a new user's
        trial: an upload's refusal was printed at the top, out of sight below the fold)."""
        key = self.notice(**params, at=anchor) if any(params.values()) else None
        return RedirectResponse(f"/case/{quote(name)}" + (f"?n={key}" if key else "") + (f"#{anchor}" if anchor else ""),
                                status_code=303)

    async def upload(self, request: Request) -> Response:
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        lang = request_lang(request)
        if self.too_big(request):
            return self.page(request, "message.html", 413, title=tr(lang, "Too large", "文件太大"),
                             message=tr(lang, "That upload is larger than {lim:.0f} MB in all. Add the files a few at a "
                                              "time (each file up to {one:.0f} MB).",
                                        "一次上传的文件总计超过 {lim:.0f} MB。请分几次添加（每个文件不超过 {one:.0f} MB）。",
                                        lim=MAX_REQUEST / 2**20, one=MAX_FILE / 2**20))
        form = await self.form(request, max_files=MAX_FILES + 1)
        if form is None:
            return self.refused(request, "csrf")
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        if len(files) > MAX_FILES:
            return self.back(name, "add", refused=[Both(lang, "At most {n} files at a time; add the rest next.",
                                                      "一次最多 {n} 个文件；其余的请再添加一次。", n=MAX_FILES)])
        saved, refused = self.save_uploads(folder, files, lang)
        if saved:
            self.jobs.submit(name, "check", lang)
        return self.back(name, "add", added=saved, refused=refused)

    async def recheck(self, request: Request) -> Response:
        name = request.path_params["name"]
        if self.case_dir(name) is None:
            return self.not_found(request)
        if await self.form(request) is None:
            return self.refused(request, "csrf")
        self.jobs.submit(name, "check", request_lang(request))
        return self.back(name)

    async def _case_post(self, request: Request):
        """A form posted to a case: (name, folder, form), or the response that refuses it (no such case: 404;
        a missing or wrong CSRF token: 403)."""
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        form = await self.form(request)
        if form is None:
            return self.refused(request, "csrf")
        return name, folder, form

    async def correct(self, request: Request) -> Response:
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)  # the library already speaks it: set per request in __call__
        rel, fld, value = str(form.get("path", "")), str(form.get("field", "")), str(form.get("value", ""))
        back = f"/case/{quote(name)}/doc?" + urlencode({"path": rel, "page": form.get("page", "1"), "field": fld})
        was = form.get("was")
        if isinstance(was, str) and value.strip() == was.strip() and not self.confirms(name, rel, fld, value):
            # the box as it was shown: nothing to write (a masked account number's last digits were written)
            said = self.notice(msg=Both(lang, "Nothing changed: the value is as shown. To correct it, type the value "
                                              "as printed on the page, then save.",
                                        "没有修改：这一项与显示的相同。如需更正，请输入材料上印的内容后再保存。"))
            return RedirectResponse(back + "&n=" + str(said), status_code=303)
        gone = self.gone(folder, rel, lang)
        if gone is not None:
            return self.back(name, "documents", refused=[gone])
        try:
            packet.correct_field(folder, rel, fld, value)
        except (packet.PacketError, OSError) as exc:
            # what to type, in plain words: never "packet.toml line 40" (the page has no such file to open; a trial)
            said = self.notice(err=Both.of(lang, lambda lg, e=exc: getattr(e, "plain", None) or refusal(lg, e, folder)))
            return RedirectResponse(back + "&n=" + said, status_code=303)
        self.jobs.submit(name, "check", lang)
        return RedirectResponse(back + "&n=" + self.notice(msg=Both(lang, "Saved.", "已保存。"), pending=CHECKING(lang)),
                                status_code=303)

    async def facts(self, request: Request) -> Response:
        """POST the letter's facts (form fields named as :data:`packet.LETTER_FACTS`, e.g. ``lender.name``): written
        into packet.toml by :func:`packet.set_letter_facts` (comments and the rest kept; an email that is not one, or
        the README's example values, refused with the reason), then the case is checked again (a trial: the page
        said the letter needs "[applicant] name" and had no box for it)."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        values = {k: str(form.get(k, "")) for k in packet.LETTER_FACTS if isinstance(form.get(k), str)}
        problems = packet.letter_fact_problems(lang, values)
        if problems:  # each beside its box, the form as typed (a trial: Chrome's own bubble, in its language)
            return self.back(name, "facts", facts_problems=[{k: Both.of(lang, lambda lg, k=k: packet.letter_fact_problems(
                lg, values).get(k, "")) for k in problems}], facts_values=[values])
        run = self.jobs.runs.get(name)
        return self._edit_then_check(name, folder, lang, "facts", Both(lang, "Saved.", "已保存。"),
                                     lambda: packet.set_letter_facts(folder, values, run.report.language if run else lang))

    def _edit_then_check(self, name: str, folder: Path, lang: str, section: str, saved: Both,
                         edit: Callable[[], object]) -> Response:
        """Run ``edit`` (one change to the case file, e.g. :func:`packet.add_redaction`); a refusal
        (:class:`packet.PacketError`) goes back to ``section`` of the case page as the message naming it; else the
        case is checked again and the page says ``saved`` while it is."""
        try:
            edit()
        except packet.PacketError as exc:
            return self.back(name, section, refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))])
        self.jobs.submit(name, "check", lang)
        return self.back(name, section, msg=saved, pending=CHECKING(lang))

    async def request_plan(self, request: Request) -> Response:
        """POST the request and the plan (keys of :data:`packet.REQUEST_KEYS`: kind, hardship, statement,
        outstanding, monthly_payment, first_payment, country), changed after the case was made (a new user's trial: the page
        said to edit packet.toml, or to delete the case and make it again, to mend one typo). Written by
        :func:`packet.set_request` (the checks of the new-case form, a past first payment refused; one locked,
        validated, atomic edit of packet.toml), then the case is checked again. Problems come back beside their
        fields with the form as typed (status of the page 200: a redirect, post/redirect/get)."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        values = {k: str(form.get(k, "")) for k in packet.REQUEST_KEYS if k in form}
        try:
            packet.set_request(folder, values, self.s.as_of or date.today())
        except packet.PacketError as exc:
            fields = getattr(exc, "problems", None)
            if fields:
                return self.back(name, "request", req_problems=[fields], req_values=[values])
            return self.back(name, "request", refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))],
                             req_values=[values])
        self.jobs.submit(name, "check", lang)
        return self.back(name, "request", msg=Both(lang, "Saved.", "已保存。"), pending=CHECKING(lang))

    async def redact(self, request: Request) -> Response:
        """POST ``file`` and ``transactions``: the ``[[redact]]`` entry the privacy advice suggests, written into
        packet.toml by :func:`packet.add_redaction` (a new user's trial: the page only offered lines to paste into
        the file), then the case is checked again; a refusal comes back as the message naming it."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        return self._edit_then_check(
            name, folder, lang, "state", Both(lang, "Saved: those transactions will be blacked out in the packet.",
                                              "已保存：这些交易会在申请材料中被涂黑遮盖。"),
            lambda: packet.add_redaction(folder, str(form.get("file", "")), str(form.get("transactions", ""))))

    async def copy_case(self, request: Request) -> Response:
        """POST ``lender`` (and ``contract``): a new case for another lender with this case's documents and details
        (:func:`packet.copy_for_lender`), named after that lender, then its page; a refusal (no name, a case of that
        name already there) is said beside the field on this case's page (a trial: a worker behind on three lending
        apps, with only a phone, would have added every photo three times)."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        lender = " ".join(str(form.get("lender", "")).split())
        problem: Both | None = None
        target_name = None
        try:
            target_name = guard.safe_folder(lender)
        except guard.BadName:
            problem = Both(lang, "Write the other lender's name (it names the new case).",
                           "请填写另一家贷款机构的名称（新案件以它命名）。") if not lender else \
                Both(lang, "Write the lender's name without / or \\ and not starting with “.”.",
                     "贷款机构名称中不能有 / 或 \\，也不能以“.”开头。")
        if target_name and (self.cases / target_name).exists():
            problem = Both(lang, "There is already a case called “{n}”; open it, or write the name another way.",
                           "已经有一个名为“{n}”的案件；请打开它，或换一种写法。", n=target_name)
        if problem is None and target_name:
            try:
                copied = packet.copy_for_lender(folder, self.cases / target_name, lender,
                                                str(form.get("contract", "")), lang=lang)
            except (packet.PacketError, OSError) as exc:
                problem = Both.of(lang, lambda lg, e=exc: refusal(lg, e, self.cases))
            else:
                self.jobs.submit(target_name, "check", lang)
                key = self.notice(msg=[Both(lang, "A new case for {l}, with copies of the {n} documents of “{c}” and "
                                                  "your details. Check the contract number below, then build it.",
                                            "已为{l}新建案件，复制了“{c}”中的 {n} 份材料和您的信息。请核对下面的合同编号，"
                                            "然后生成。", l=lender, n=copied, c=name)])
                return RedirectResponse(f"/case/{quote(target_name)}?n={key}", status_code=303)
        key = self.notice(copy_problem=[problem], copy_values=[{"lender": lender,
                                                                "contract": str(form.get("contract", ""))}])
        return RedirectResponse(f"/case/{quote(name)}?n={key}#another", status_code=303)

    def confirms(self, name: str, rel: str, fld: str, value: str) -> bool:
        """Whether saving ``value`` unchanged for field ``fld`` of document ``rel`` confirms it: the last check marked
        the field "please check" (``uncertain_fields``) and the value is the one read, in full (an account number is
        shown masked, and a masked number is never a value to keep). Written, it is the person's and is no longer in
        doubt, as the "please check" mark asks."""
        run = self.jobs.runs.get(name)
        doc = next((d for d in run.report.documents if d.document.rel == rel), None) if run else None
        return bool(doc and fld in doc.uncertain_fields and doc.fields.get(fld) == value.strip())

    def gone(self, folder: Path, rel: str, lang: str) -> Both | None:
        """The page's words when the file ``rel`` (as a form posted it, ``#N`` allowed) is no longer in the case
        because it was removed ("Remove", in another tab or window) since the page was shown; None otherwise. A trial's
        second tab, left open after the file was removed in the first, read "[files] "IMG_黑屏.jpg"：案件文件夹中没有这个
        文件" (the case file's words)."""
        key = rel.split("#")[0].replace("\\", "/").strip().removeprefix("./")
        if not key or ".." in key.split("/") or (folder / key).exists():
            return None  # there, or not a path of the case at all: the library's refusal says what is wrong
        if not any(r == key or r.endswith("/" + key) for r in packet.removed_files(folder)):
            return None
        return Both(lang, "“{p}” was removed from the case (perhaps in another tab or window), so this was not saved. "
                          "Reload the page to see the case as it is now.",
                    "“{p}”已从案件中移除（可能是在另一个标签页或窗口中），因此没有保存。请刷新页面，查看案件的最新情况。",
                    p=key)

    async def set_type(self, request: Request) -> Response:
        """POST ``path`` and ``type`` (a registry type; blank: let packet decide again): writes the file's type under
        ``[files]`` in packet.toml (:func:`packet.set_file_type`) and checks the case again; a refusal (a path not in
        the case, an unknown type, a case file in error) comes back as the message that names it."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        gone = self.gone(folder, str(form.get("path", "")), lang)
        if gone is not None:
            return self.back(name, "documents", refused=[gone])
        return self._edit_then_check(name, folder, lang, "documents", Both(lang, "Saved.", "已保存。"),
                                     lambda: packet.set_file_type(folder, str(form.get("path", "")),
                                                                  str(form.get("type", ""))))

    async def include(self, request: Request) -> Response:
        """POST ``path`` and ``include`` ("1": send it in the packet as it is; "0": let the checklist decide again):
        writes ``{ include = true }`` in the file's ``[files]`` entry (:func:`packet.set_file_include`) and checks the
        case again. What ``check`` tells a terminal ("To send it anyway as it is: ... include = true") had no control
        on the page: a trial (r27) could not send a lender's overdue screen or a clinic's note read as "other"."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        rel = str(form.get("path", ""))
        gone = self.gone(folder, rel, lang)
        if gone is not None:
            return self.back(name, "documents", refused=[gone])
        wanted = True if str(form.get("include", "")) == "1" else None
        said = (Both(lang, "Saved: it goes into the packet as it is.", "已保存：它会按原样放入申请材料。") if wanted
                else Both(lang, "Saved: packet decides again whether it goes in.", "已保存：由 packet 重新判断是否放入。"))
        return self._edit_then_check(name, folder, lang, "documents", said,
                                     lambda: packet.set_file_include(folder, rel, wanted))

    async def password(self, request: Request) -> Response:
        """POST ``path`` and ``password``: the password of a locked PDF of the case, written under ``[passwords]`` in
        packet.toml (:func:`packet.set_password`), then the case is checked again (a new user's trial: the page told
        people to edit packet.toml, which it has no control for). A refusal comes back as the message naming it."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        secret = str(form.get("password", ""))
        if not secret:
            return self.back(name, "state", refused=[Both(lang, "Type the file's password, then save.",
                                                        "请输入文件的密码，再保存。")], path=str(form.get("path", "")))
        rel = str(form.get("path", ""))
        gone = self.gone(folder, rel, lang)
        if gone is not None:
            return self.back(name, "documents", refused=[gone])
        try:
            packet.set_password(folder, rel, secret)  # tried on the file first: a wrong one is not kept
        except packet.PacketError as exc:
            return self.back(name, "state", refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))], path=rel)
        self.jobs.submit(name, "check", lang)
        return self.back(name, "documents", msg=Both(lang, "Password kept on this computer only; reading the "
                                                         "file again…",
                                                   "密码已保存，只保存在这台电脑上；正在重新读取该文件……"))

    async def remove(self, request: Request) -> Response:
        """POST ``path`` (a file of the case, as the report names it): takes it out of the case with
        :func:`packet.remove_file` — moved into the case folder's hidden ``.removed`` folder, never deleted, nothing
        outside the case folder touched — then checks the case again; the page says where the file went. Refused
        while the case is being read (the reading would lose the file halfway) and for a path that is not a file of
        the case (the message names it)."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        rel = str(form.get("path", "")).split("#")[0]
        if self.jobs.busy(name):
            return self.back(name, "documents", refused=[Both(lang, "Wait until the case has finished reading, then "
                                                                  "remove the file.", "请等待读取完成后再移除文件。")])
        gone = self.gone(folder, rel, lang)
        if gone is not None:
            return self.back(name, "documents", refused=[gone])
        try:
            moved, forgotten = packet.remove_file(folder, rel)
        except packet.PacketError as exc:
            return self.back(name, "documents", refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))])
        self.jobs.submit(name, "check", lang)
        kept = moved.relative_to(folder).as_posix()
        said = Both(lang, "“{p}” was taken out of the case; nothing was deleted. It is kept in the case folder as {k} (a "
                        "hidden folder): to use it again, press “Put it back” under “Removed files”.",
                  "“{p}”已移出本案件，没有删除任何文件。它保存在案件文件夹中的 {k}（隐藏文件夹）：如需再用，请在"
                  "“已移出的文件”中点击“放回”。", p=rel, k=kept)
        if forgotten:
            said += Both(lang, " What was saved for it (the type, values or password given for it) was taken out too.",
                       "为它保存的设置（指定的类型、填写的值或密码）也一并删除了。")
        return self.back(name, "documents", msg=said, pending=CHECKING(lang))

    async def restore(self, request: Request) -> Response:
        """POST ``path`` (one of :func:`packet.removed_files`): the undo of "remove": the file is put back where it
        was (:func:`packet.restore_file`, never over a file) and the case is checked again. Refused while the case is
        being read, and for a name that is not a removed file (the message names it)."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)
        rel = str(form.get("path", ""))
        if self.jobs.busy(name):
            return self.back(name, "removed", refused=[Both(lang, "Wait until the case has finished reading, then "
                                                                "put the file back.", "请等待读取完成后再放回文件。")])
        try:
            back = packet.restore_file(folder, rel)
        except packet.PacketError as exc:
            return self.back(name, "removed", refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))])
        self.jobs.submit(name, "check", lang)
        return self.back(name, "documents", msg=Both(lang, "“{p}” is back in the case.", "“{p}”已放回本案件。",
                                                     p=back.relative_to(folder).as_posix()), pending=CHECKING(lang))

    async def log(self, request: Request) -> Response:
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, form = posted
        lang = request_lang(request)  # the library already speaks it: set per request in __call__
        try:
            at = datetime.fromisoformat(str(form.get("at") or self.now().strftime("%Y-%m-%dT%H:%M")))
        except ValueError:
            return self.back(name, "log", log_problems=[{"form": str(form.get("what", "contact")), "at": Both(
                lang, "Choose the day and time in the box, or type them, e.g. 2026-11-20 10:30.",
                "请在框中选择日期和时间，或直接填写，例如 2026-11-20 10:30。")}],
                log_values=[{k: str(v) for k, v in form.items() if k != "csrf"}])
        what = str(form.get("what", "contact"))
        # the page's "today" (--as-of of packet serve, else the clock): a date after it is refused beside the form
        today = self.s.as_of or date.today()
        if not (folder / "packet.toml").is_file():  # nowhere to keep the log yet: the form above makes the file
            return self.back(name, "facts", refused=[Both(
                lang, "First fill in “Details for the letter” and save: the log is kept with them.",
                "请先填写并保存“申请书上的信息”：沟通记录和它们保存在一起。")])
        try:
            if what == "delivered":  # the day the post's tracking says the request reached the lender
                if not form.get("at"):
                    return self.back(name, "log", log_problems=[{"form": "delivered", "at": Both(
                        lang, "Give the day the tracking says it was delivered.", "请填写快递查询显示的送达日期。")}])
                packet.record_delivered(folder, at)
                return self.back(name, "log", msg=Both(lang, "Delivery recorded: the reply deadline counts from that day.",
                                                       "已记录送达：答复期限从这天起算。"))
            if what == "reply":
                packet.log_reply(folder, at=at, kind=str(form.get("kind", "other")), summary=str(form.get("summary", "")),
                                 today=today, surface="page")
            elif what == "sent":
                follow_up = form.get("followup") == "1"  # the follow-up letter, not the packet
                built = [p for p in packet.built_files(folder)
                         if p.suffix == ".pdf" and ("-followup" in p.name) == follow_up]
                if not built:
                    return self.back(name, "log", refused=[
                        Both(lang, "Write the follow-up letter first, then record that you sent it.",
                             "请先生成跟进函，再记录发送。") if follow_up else
                        Both(lang, "Build the packet first, then record that you sent it.", "请先生成申请材料，再记录发送。")])
                packet.record_sent(folder, built[0], via=str(form.get("via", "email")), at=at,
                                   tracking=str(form.get("tracking", "")) or None, follow_up=follow_up, surface="page",
                                   force=form.get("force") == "1", today=today, again=form.get("again") == "1")
            else:
                packet.log_contact(folder, at=at, channel=str(form.get("channel", "phone")),
                                   with_=str(form.get("with", "")), summary=str(form.get("summary", "")),
                                   surface="page", today=today)
        except (packet.PacketError, OSError) as exc:
            said = Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))
            box = getattr(exc, "field", None)
            if box in ("summary", "at"):  # said beside its box, the form kept as typed (a trial: a general notice)
                return self.back(name, "log", log_problems=[{"form": what, box: said}],
                                 log_values=[{k: str(v) for k, v in form.items() if k != "csrf"}])
            return self.back(name, "log", refused=[said])
        return self.back(name, "log", msg=Both(lang, "Added to the log.", "已加入记录。"))

    async def follow_up(self, request: Request) -> Response:
        """POST: write the follow-up letter and its email draft (``DIR-followup.pdf``/``.eml`` next to the case) with
        the very code of ``packet status --follow-up`` (:func:`packet.follow_up`): refused, with its reason at the
        log, before the reply deadline has passed, when nothing was sent, or once the lender answered."""
        posted = await self._case_post(request)
        if isinstance(posted, Response):
            return posted
        name, folder, _form = posted
        lang = request_lang(request)
        try:
            pdf, _eml = packet.follow_up(folder, self.s.as_of or date.today())
        except (packet.PacketError, OSError) as exc:
            return self.back(name, "followup", refused=[Both.of(lang, lambda lg, e=exc: refusal(lg, e, folder))])
        return self.back(name, "followup", msg=Both(
            lang, "Written: {f} and its email draft. Download it, check it, sign it and send it; then record it with "
                  "“I have sent the follow-up”.",
            "已生成：{f} 及邮件草稿。请下载、检查、签字后发送，然后在“我已经发送跟进函”中记录。", f=pdf.name))

    def now(self) -> datetime:
        """The page's "now": the clock's, on the day ``packet serve --as-of`` gives when it does (the forms' "When"
        starts there, and a date after that day is refused: :func:`packet.workflow.not_in_future`)."""
        clock = datetime.now().replace(second=0, microsecond=0)
        return datetime.combine(self.s.as_of, clock.time()) if self.s.as_of else clock

    def sent_copy(self, folder: Path, case=None) -> dict | None:
        """The built packet that ``[[sent]]`` records as sent (same sha256), as {"file": its name, "at": the day sent
        (YYYY-MM-DD)}, or None: building again would replace the very PDF the lender has (a trial: Build after "I
        have sent it" replaced it without a word)."""
        if case is None:
            try:
                case = packet.open_case(folder)[0]
            except (packet.PacketError, OSError):
                return None
        for p in packet.built_files(folder):
            hit = packet.sent_as(case, p) if p.suffix == ".pdf" else None
            if hit is not None:
                return {"file": p.name, "at": hit.at.date().isoformat()}
        return None

    async def build(self, request: Request) -> Response:
        """POST: build the packet (``force`` "1": though it is not ready). When the PDF on disk is the one recorded
        as sent (:meth:`sent_copy`), the build itself moves it aside first, as ``packet build`` does
        (``<name>-packet-sent-<day>.pdf``, :func:`packet.kept_sent_files`; a trial: the page's rebuild deleted the
        version the lender has), and the page then offers it for download and says the new PDF differs."""
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        form = await self.form(request)
        if form is None:
            return self.refused(request, "csrf")
        self.jobs.submit(name, "build", request_lang(request), force=form.get("force") == "1", eml=True)
        # to the top, where "Building the packet…" and its progress are (the page's script puts the keyboard there)
        return self.back(name, "state")

    async def download(self, request: Request) -> Response:
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        wanted = request.path_params["file"]
        for p in [*packet.built_files(folder), *packet.kept_sent_files(folder)]:
            real = p.resolve()
            if p.name == wanted and real.parent == self.cases and real.is_file():
                media = "application/pdf" if p.suffix == ".pdf" else "message/rfc822"
                return FileResponse(real, media_type=media, filename=p.name, content_disposition_type="attachment")
        return self.not_found(request)

    async def delete(self, request: Request) -> Response:
        name = request.path_params["name"]
        folder = self.case_dir(name)
        if folder is None:
            return self.not_found(request)
        lang = request_lang(request)
        if request.method == "GET":
            error = " ".join(self.notices(request).get("err", []))
            return self.page(request, "delete.html", 400 if error else 200, name=name, folder=folder,
                             built=packet.built_files(folder), error=error or None)
        form = await self.form(request)
        if form is None:
            return self.refused(request, "csrf")
        # a refusal is said on the delete page reached by a redirect (post/redirect/get): the browser's Back then
        # goes to a page, not to "Confirm form resubmission" (a trial)
        refusal = None
        if form.get("confirm") != name:
            refusal = Both(lang, "Type the case's name exactly to delete it.", "请准确输入案件名称以确认删除。")
        elif self.jobs.busy(name):
            refusal = Both(lang, "Wait until the case has finished reading, then delete it.", "请等待读取完成后再删除。")
        if refusal is not None:
            return RedirectResponse(f"/case/{quote(name)}/delete?n={self.notice(err=refusal)}", status_code=303)
        with contextlib.suppress(packet.PacketError):
            packet.forget_case(folder)
        packet.delete_case(folder)
        self.jobs.forget(name)
        key = self.notice(msg=Both(lang, "The case “{n}” and its documents were deleted.", "案件“{n}”及其材料已删除。",
                                   n=name))
        return RedirectResponse(f"/?n={key}", status_code=303)

    async def phone_code(self, request: Request) -> Response:
        name = request.path_params["name"]
        if self.case_dir(name) is None or not self.s.lan:
            return self.not_found(request)
        if await self.form(request) is None:
            return self.refused(request, "csrf")
        token = self.phone.issue(name)
        return RedirectResponse(f"/case/{quote(name)}?phone={token}#phone", status_code=303)

    async def set_language(self, request: Request) -> Response:
        lang = request.path_params["lang"]
        target = request.query_params.get("next", "/")
        if not target.startswith("/") or target.startswith("//"):
            target = "/"
        shown = parse_qs(urlsplit(target).query).get("n", [""])[0]
        if shown in self._shown:  # the notice of the page being switched: said again, in the other language
            self._notices[shown] = self._shown.pop(shown)
        resp = RedirectResponse(target, status_code=303)
        if lang in LANGS:
            resp.set_cookie(guard.LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="strict")
        return resp

    # --- the phone's page (on the --lan address only) ---------------------------------------------------

    async def phone_page(self, request: Request) -> Response:
        token = request.path_params["token"]
        lang = request_lang(request)
        name = self.phone.peek(token)
        if name is None or self.case_dir(name) is None:
            return self.page(request, "phone.html", 403, state="expired")
        if request.method == "GET":
            return self.page(request, "phone.html", state="form", case=name, token=token,
                             phone_csrf=guard.derive(self.s.secret, "phone:" + token))
        if self.too_big(request):
            return self.page(request, "phone.html", 413, state="error", case=name,
                             error=tr(lang, "Too much at once: at most {lim:.0f} MB.", "一次太多：最多 {lim:.0f} MB。",
                                      lim=MAX_REQUEST / 2**20))
        form = await request.form(max_files=MAX_FILES + 1, max_fields=10, max_part_size=10_000)
        csrf = form.get("csrf")
        if not guard.same(csrf if isinstance(csrf, str) else None, guard.derive(self.s.secret, "phone:" + token)):
            return self.page(request, "phone.html", 403, state="expired")
        if self.phone.use(token) != name:
            return self.page(request, "phone.html", 403, state="expired")
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename][:MAX_FILES]
        saved, refused = self.save_uploads(self.cases / name, files, lang)
        if saved:
            self.jobs.submit(name, "check", lang)
        return self.page(request, "phone.html", state="done", case=name, saved=saved, refused=refused)


def CHECKING(lang: str) -> Both:  # noqa: N802 - a message, said only while the check it announces runs
    """The notice part that holds only while the case is checked again (``pending``): the page drops it once the
    check has finished (a trial: "Saved; checking again…" stayed after the result was shown)."""
    return Both(lang, "Checking again…", "正在重新检查……")


def _on_page(q, lang: str) -> dict:
    """An ``init`` question as the form shows it: its form label (:meth:`Question.label`, never the terminal's
    numbered choices or "Enter to skip"), and each choice as (code, its name in ``lang`` from
    :func:`packet.value_name`): the drop-down shows the words, the form posts the code."""
    text = q.label(lang).replace("(Enter to skip)", "(optional)").replace("（可直接回车跳过）", "（选填）")
    choices = [(c, packet.value_name(q.key, c, lang)) for c in q.choices]
    return {"key": q.key, "kind": q.kind, "text": text, "choices": choices}


def _addressed(eml: Path) -> bool:
    """Whether the email draft ``eml`` has a ``To:`` address (its headers read, the body not); True when it cannot
    be read (nothing is said of a file that is not there). ``packet build --eml`` warns of a draft without one; the
    page says it beside the draft (a new user's trial)."""
    from email.parser import BytesHeaderParser

    try:
        with open(eml, "rb") as fh:
            return bool(BytesHeaderParser().parse(fh).get("To", "").strip())
    except OSError:
        return True


def _privacy_note(note: str) -> dict:
    """A privacy note of :func:`packet.privacy_notes` as the page shows it: {"text": its message, "redact": the
    ``[[redact]]`` entry its lines hold ({"file": …, "transactions": …}) or None}. The page offers a button that
    writes the entry (:func:`packet.add_redaction`) instead of lines to paste into packet.toml."""
    import tomllib

    text, _, lines = note.partition("\n")
    entry = None
    if lines:
        with contextlib.suppress(tomllib.TOMLDecodeError):
            found = tomllib.loads(lines).get("redact") or [None]
            entry = found[0] if isinstance(found[0], dict) and found[0].get("transactions") else None
    if entry:  # the message without its last clause, the one that says to add the lines below (the button does)
        head = text.rstrip(":： ")
        cut = max(head.rfind(":"), head.rfind("："))
        if cut > 0:
            kept = head[:cut].rstrip()
            text = kept + ("。" if head[cut] == "：" else ".")
    return {"text": text, "redact": entry}


def _qr_svg(url: str) -> str:
    import segno

    return segno.make(url, error="m").svg_inline(scale=5, dark="#111", light="#fff")


class Guard:
    """ASGI middleware: the secret on every request, the Host header, cross-site posts refused.

    ``?s=<secret>`` on any address sets the cookie and redirects to the same address without it."""

    def __init__(self, app, web: Web) -> None:
        self.app = app
        self.web = web

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        lang = request_lang(request)
        if host_name(request) not in self.web.s.hosts:
            return await PlainTextResponse("unknown host", 421)(scope, receive, send)
        set_lang(lang)  # the library's messages in the page's language (a context variable: this request only)
        secret = self.web.s.secret
        given = request.query_params.get("s")
        if given is not None:
            if not guard.same(given, secret):
                return await self._deny(scope, receive, send, lang)
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "s"]
            resp = RedirectResponse(request.url.path + (f"?{urlencode(rest)}" if rest else ""), status_code=303)
            resp.set_cookie(guard.COOKIE, secret, httponly=True, samesite="strict")
            return await resp(scope, receive, send)
        if not guard.same(request.cookies.get(guard.COOKIE), secret):
            return await self._deny(scope, receive, send, lang)
        if cross_site_post(request):
            return await cross_site_refusal(lang)(scope, receive, send)
        return await self.app(scope, receive, send)

    async def _deny(self, scope, receive, send, lang):
        text = tr(lang, "This page needs its key. Open the address that  packet serve  printed (it ends in ?s=…), "
                        "or start  packet serve  again.",
                  "此页面需要密钥。请打开  packet serve  显示的地址（以 ?s=… 结尾），或重新运行  packet serve。")
        return await PlainTextResponse(text, 403)(scope, receive, send)


def host_name(request: Request) -> str:
    """The name the request was addressed to: its Host header without the port (and an IPv6 address's brackets)."""
    return (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]")


def cross_site_post(request: Request) -> bool:
    """A request that changes something (not GET or HEAD) sent from another site (:func:`same_origin`)."""
    return request.method not in ("GET", "HEAD") and not same_origin(request)


def cross_site_refusal(lang: str) -> PlainTextResponse:
    """The answer to a cross-site post (403), in the page's language."""
    return PlainTextResponse(tr(lang, "Refused: this form was sent from another site.", "已拒绝：此表单来自其他网站。"), 403)


def same_origin(request: Request) -> bool:
    """A post from this page itself: ``Sec-Fetch-Site`` is not cross-site and ``Origin`` (when sent) names the
    address that was asked."""
    site = request.headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        return origin in (f"http://{host}", f"https://{host}")
    return origin != "null"


class PhoneGuard:
    """ASGI middleware of the phone listener: the Host header must be the --lan address; cross-site posts refused."""

    def __init__(self, app, web: Web) -> None:
        self.app = app
        self.web = web

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        if host_name(request) != self.web.s.lan:
            return await PlainTextResponse("unknown host", 421)(scope, receive, send)
        lang = request_lang(request)
        set_lang(lang)
        if cross_site_post(request):
            return await cross_site_refusal(lang)(scope, receive, send)
        return await self.app(scope, receive, send)


def create_apps(settings: Settings) -> tuple[Starlette, Starlette, Web]:
    """The page's application (for the loopback listener), the phone's upload-only application (for the
    --lan listener; it has no other route), and their shared state."""
    web = Web(settings)
    static = StaticFiles(directory=HERE / "static")
    main = Starlette(routes=[
        Route("/", web.home),
        Route("/new", web.writing(web.new_case), methods=["GET", "POST"]),
        Route("/lang/{lang}", web.set_language),
        Route("/case/{name}", web.case_page),
        Route("/case/{name}/progress", web.progress),
        Route("/case/{name}/doc", web.doc_page),
        Route("/case/{name}/page.png", web.page_png),
        Route("/case/{name}/upload", web.writing(web.upload), methods=["POST"]),
        Route("/case/{name}/check", web.writing(web.recheck), methods=["POST"]),
        Route("/case/{name}/field", web.writing(web.correct), methods=["POST"]),
        Route("/case/{name}/type", web.writing(web.set_type), methods=["POST"]),
        Route("/case/{name}/include", web.writing(web.include), methods=["POST"]),
        Route("/case/{name}/facts", web.writing(web.facts), methods=["POST"]),
        Route("/case/{name}/request", web.writing(web.request_plan), methods=["POST"]),
        Route("/case/{name}/redact", web.writing(web.redact), methods=["POST"]),
        Route("/case/{name}/copy", web.writing(web.copy_case), methods=["POST"]),
        Route("/case/{name}/log", web.writing(web.log), methods=["POST"]),
        Route("/case/{name}/remove", web.writing(web.remove), methods=["POST"]),
        Route("/case/{name}/restore", web.writing(web.restore), methods=["POST"]),
        Route("/case/{name}/password", web.writing(web.password), methods=["POST"]),
        Route("/case/{name}/build", web.writing(web.build), methods=["POST"]),
        Route("/case/{name}/followup", web.writing(web.follow_up), methods=["POST"]),
        Route("/case/{name}/file/{file}", web.download),
        Route("/case/{name}/delete", web.writing(web.delete), methods=["GET", "POST"]),
        Route("/case/{name}/phone", web.phone_code, methods=["POST"]),
        Mount("/static", static),
    ], middleware=[Middleware(Guard, web=web)])
    phone = Starlette(routes=[
        Route("/p/{token}", web.writing(web.phone_page), methods=["GET", "POST"]),
    ], middleware=[Middleware(PhoneGuard, web=web)])
    return main, phone, web
