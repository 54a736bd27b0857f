"""OCR of page images: upright, straight, ~300 DPI, words with boxes and confidences, by either engine.

One page at a time (:func:`ocr_image`); every page of a run is an :class:`OcrTask`, looked up in the cache
or read by the pure worker :func:`read_task` on the run's executor (:mod:`packet.core.executor`), and the
parent stores what was read (:func:`read_pages`). Results come back in input order.

Orientation is only checked where it is in doubt, since an OSD pass costs 0.42x an OCR pass: when the
projection profile says the text runs top to bottom (a page turned 90/270 degrees) OSD runs *before*
OCR; when a first OCR pass has a low confidence (upside down reads as garbage) OSD runs after it and
the page is read again if OSD says so. Where OSD cannot tell (too few characters it trusts: a small
photo's blurred print), one strip of the page read at each candidate turn decides (:func:`strip_turn`). Skews up
to 15 degrees are straightened by a projection-profile search on a downscaled, binarised copy; a photo's dark
surround is cut away (:func:`paper_box`), a sheet photographed at an angle is flattened
(:func:`packet.core.page_images.flatten`) unless its four corners cut through print (:func:`_cuts_text`: the
quadrilateral of the lit part of a sheet whose far part lies in shade), and the print on it straightened (the same
profile search: a page printed askew on its sheet). Red seal ink is taken out
before reading (:func:`packet.core.page_images.ink_grey`).

The engine (:mod:`packet.reading.engines`: Tesseract or PP-OCR) only reads the prepared image; everything
around it (scaling, orientation, skew, the sheet of a photo, joining CJK runs, rows) is done here the same
way for both. PP-OCR has no separate orientation pass: a page whose lines it reads running down the page
(:func:`_reads_sideways`) is read again a quarter turn round; one that reads with its characters running right to
left (:func:`_reads_backwards`) half a turn round; one that reads with a confidence below :data:`RAPID_DOUBT` (an
upside-down phone photo reads as confident garbage) is turned as Tesseract's OSD says, as a Tesseract page is, or
half a turn round when OSD cannot tell; the better reading is kept.
"""

from __future__ import annotations

import hashlib
import logging
import math
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import fmean

from PIL import Image, ImageOps

from packet.core.errors import OCRFailed, TesseractMissing
from packet.core.executor import Executor, FileContent, SerialExecutor
from packet.core.model import LOW_CONFIDENCE, LOW_DPI, Page  # noqa: F401 - re-read by tests of this stage
from packet.core.page_images import (
    PDFIUM_LOCK,
    SHADE_FLOOR,  # noqa: F401 - re-read by tests of this stage
    SHADE_WINDOW,  # noqa: F401
    decode_image,
    even_light,
    even_shade,
    flatten,
    ink_grey,
    light_on_dark,
    on_paper,
    render_pdf_page,
    upright,
)
from packet.core.page_images import closing as _closing
from packet.reading import comb, engines, tesseract
from packet.reading.engines import parse_tsv  # noqa: F401 - kept here for callers of ocr.parse_tsv
from packet.reading.ocr_cache import OcrCache
from packet.reading.word_lines import Token, join_cjk, rows, to_words, unstack

logger = logging.getLogger(__name__)

OCR_VERSION = "ocr-17-comb-fields-3"  # bump when anything below changes what a page reads as (part of the cache key)
# The rules that find a photographed sheet's edges and what belongs to it (paper_box, sheet_corners and the helpers
# after them: a band printed to the sheet's edge, a smooth shade) have their own version, part of the cache key of photo
# pages only: a page read as a photographed sheet (Page.crop or Page.corners set) is looked up again under it
# (cached_or_task), so changing these rules re-reads photos alone and scans and text pages stay cached. Bump it when
# those rules change what a page already found to be a photographed sheet reads as; a change that makes a page a photo
# that was none before (or none that was) needs OCR_VERSION.
SHEET_VERSION = "sheet-5-band-colour-sides"
# bump when the way a page read by an engine without an orientation pass (PP-OCR) is turned upright changes
TURN_VERSION = "turn-2-osd-in-doubt"
TARGET_DPI = 300.0  # Tesseract reads best around 300 DPI: lower images are scaled up, much higher down
MAX_DPI = 400.0
DOUBT_CONFIDENCE = 70.0  # below this after a first pass, ask OSD whether the page is upside down
# PP-OCR read 6 of the 20 Chinese phone photos of tests/phototypegen.py corpus() turned 180 degrees as garbage at
# 0 or 90 degrees with a mean confidence of 71.8-77.1, above DOUBT_CONFIDENCE, and kept it (the other 14 were
# turned right, at 69.0-99.9); the same 20 photos upright read at 93.1-100 but one (a small, blurred income proof:
# 70.4, which a second reading at OSD's or half a turn only costs time, the better confidence being kept).
# Below this a PP-OCR page's orientation is in doubt
RAPID_DOUBT = 90.0
MAX_SKEW = 15.0  # degrees: a sheet laid crooked on a scanner glass or a phone held askew (issue 9: 10 degrees seen)
PSM = 3  # automatic layout: on real scans with ruled or shaded tables it reads far better than 6 (one block)
REGION_MARGIN = 12.0  # points of white paper round a region read alone (read_region)
MAX_OCR_PIXELS = 60_000_000  # never hand Tesseract more than this (a huge page is read at a lower DPI)


@dataclass(frozen=True)
class OcrTask:
    """One page to OCR: page ``index`` of a PDF (rendered) or frame ``index`` of an image file."""

    path: Path
    kind: str  # "pdf" | "image"
    index: int
    languages: str
    dpi: float  # effective resolution of the source (embedded image DPI, or image DPI) before scaling
    size_pt: tuple[float, float]  # the page before our rotation, in points (PDF: as displayed)
    render_dpi: float = TARGET_DPI  # PDF only
    password: str | None = field(default=None, repr=False)
    cache_key: str | None = None  # where the parent stores the page once read (None: not cached)
    sheet_keyed: bool = False  # cache_key is already that of a photographed sheet (sheet_key)
    # a second reading (packet.understanding.second_reading) knows the page's rotation and reads the pixels as they are
    rotation: int | None = None  # clockwise degrees already known to make the page upright; None: detect
    upscale: bool = True  # scale low-resolution pages up to TARGET_DPI (the first reading does)
    screen: bool = False  # a screen capture: pixel-exact, with no physical resolution (Page.dpi is None)
    engine: str = engines.TESSERACT  # which OCR engine reads it (packet.reading.engines)
    # a second reading of a scan may read only a strip of the page: (top, bottom) as fractions of the upright page's
    # height; the words keep their places on the whole page (None: the whole page)
    band: tuple[float, float] | None = None
    # a text-layer page's pictures (packet.reading.pdf_text.letterhead_images): only this region is read, (x0, y0,
    # x1, y1) fractions of the displayed page, as it is drawn (no skew, no sheet); the words keep their places
    region: tuple[float, float, float, float] | None = None


def cache_settings(languages: str, extra: str = "", engine: str = engines.TESSERACT) -> str:
    """The part of an OCR cache key that names how pages are read: languages, the engine with its version and
    models (:meth:`packet.reading.engines.OcrEngine.version`), this module."""
    eng = engines.engine(engine)
    # an engine that reads photos without evening their light first (OcrEngine.one_threshold) says so in its key
    light = "" if eng.one_threshold else "|uneven-light"
    # an engine without an orientation pass is turned by this module's own rules (ocr_image): their version too
    turn = "" if eng.orientation_pass else f"|{TURN_VERSION}"
    return f"{languages}|{eng.version()}|{OCR_VERSION}{light}{turn}" + (f"|{extra}" if extra else "")


def read_task(task: OcrTask) -> Page:
    """Worker: load the page image and OCR it. Pure: it writes nothing but temp files of its own (the parent
    stores the page in the cache), so any executor may run it. Raises :class:`OCRFailed`,
    :class:`TesseractMissing`, or whatever decoding the file raises (``OSError``, ``DecompressionBombError``)."""
    if task.region is not None:
        return read_region(task)
    if task.kind == "pdf":
        with PDFIUM_LOCK:
            img = render_pdf_page(task.path, task.index, task.render_dpi, task.password)
        colour = colour_copy(img)
        img = ink_grey(img)  # outside the lock: the other workers' pages render meanwhile
        dpi_now = task.render_dpi
    else:
        img, dpi_now, colour = load_image_colour(task.path, task.index, task.dpi)
    page = ocr_image(img, number=task.index + 1, languages=task.languages, dpi=task.dpi, dpi_now=dpi_now,
                     size_pt=task.size_pt, rotation=task.rotation, upscale=task.upscale, engine=task.engine,
                     band=task.band, colour=colour)
    if task.screen:  # its pixels are the text as drawn: no dpi to judge, no "scan it at 300 dpi" advice
        page = replace(page, dpi=None)
    return page


def read_region(task: OcrTask) -> Page:
    """Worker: OCR only ``task.region`` of a PDF page rendered at ``task.render_dpi`` (a logo or a letterhead image
    on a born-digital page), with a margin of paper round it. The page is returned whole
    (``task.size_pt``, source "ocr") holding only the region's words, at their places on it. Raises as
    :func:`read_task`."""
    with PDFIUM_LOCK:
        img = render_pdf_page(task.path, task.index, task.render_dpi, task.password)
    img = ink_grey(img)
    x0, y0, x1, y1 = task.region or (0.0, 0.0, 1.0, 1.0)
    left, top = max(0, round(x0 * img.width)), max(0, round(y0 * img.height))
    right, bottom = min(img.width, max(left + 1, round(x1 * img.width))), min(img.height, max(top + 1, round(y1 * img.height)))
    # a margin of paper round the region: a logo cut at its picture's edge loses its last letters to Tesseract
    pad = round(REGION_MARGIN / 72.0 * task.render_dpi)
    part = ImageOps.expand(img.crop((left, top, right, bottom)), border=pad, fill=255)
    left, top = left - pad, top - pad
    eng = engines.engine(task.engine)
    with tempfile.TemporaryDirectory(prefix="packet-ocr-") as tmp:
        path = Path(tmp) / "region.tif"
        part.save(path, dpi=(round(task.render_dpi), round(task.render_dpi)))
        got = eng.read(path, task.languages, task.render_dpi, psm=PSM)
    units = [sorted(u, key=lambda t: t.x0) for u in got.lines]
    for unit in units:
        for t in unit:
            t.x0, t.x1, t.y0, t.y1 = t.x0 + left, t.x1 + left, t.y0 + top, t.y1 + top
    words, text = to_words(rows([join_cjk(u) for u in units]), img.width, img.height)
    conf = fmean(got.confs) if got.confs else 0.0
    return Page(number=task.index + 1, width=task.size_pt[0], height=task.size_pt[1], source="ocr", text=text,
                words=words, confidence=round(conf, 1), dpi=round(task.render_dpi, 1))


def cached_or_task(task: OcrTask, sha256: str, cache: OcrCache | None, settings: str) -> Page | OcrTask:
    """The page ``task`` would read, from the cache (keyed by the file's ``sha256``, the page index and the
    reading ``settings`` of :func:`cache_settings`), or else ``task`` carrying the key to store it under."""
    if cache is None:
        return task
    key = OcrCache.key(sha256, task.index, settings)
    page = cache.get(key)
    if page is not None and (page.crop is not None or page.corners is not None):
        # a photographed sheet: its reading depends on the sheet-finding rules too (SHEET_VERSION)
        key = sheet_key(key)
        page = cache.get(key)
        if page is None:
            return replace(task, cache_key=key, sheet_keyed=True)
    if page is None:
        return replace(task, cache_key=key)
    # a screen capture has no dpi (read_task): also when the page was cached by a reading that took it for paper
    return replace(page, dpi=None) if task.screen and page.dpi is not None else page


def sheet_key(key: str) -> str:
    """The cache key under which a photographed sheet's page (``Page.crop`` or ``Page.corners`` set) read under
    ``key`` (:meth:`OcrCache.key`) is stored as well, naming :data:`SHEET_VERSION`: same file directory, another
    digest."""
    sha, _, digest = key.partition("/")
    return f"{sha}/{hashlib.sha256(f'{digest}|{SHEET_VERSION}'.encode()).hexdigest()}"


def read_pages(tasks: Sequence[OcrTask], executor: Executor | None = None, cache: OcrCache | None = None,
               on_done: Callable[[], None] | None = None) -> dict[int, Page | Exception]:
    """Read every task on ``executor`` (default: serially) and store each page read in ``cache`` under its
    ``cache_key``. Returns ``{id(task): Page or the exception that page raised}``; ``on_done`` is called
    once per task, in input order, as its result comes in (a progress bar)."""
    return _collect((executor or SerialExecutor()).map_ordered(read_task, tasks), cache, on_done)


def _collect(results: Iterable[tuple[OcrTask, Page | Exception]], cache: OcrCache | None,
             on_done: Callable[[], None] | None) -> dict[int, Page | Exception]:
    """``{id(task): result}`` of ``(task, result)`` pairs as they come in, each page read stored in ``cache``
    under its task's key (the parent writes the cache, never a worker), ``on_done`` called once per task."""
    done: dict[int, Page | Exception] = {}
    for task, result in results:
        if cache is not None and task.cache_key and isinstance(result, Page):
            cache.put(task.cache_key, result)
            if not task.sheet_keyed and (result.crop is not None or result.corners is not None):
                cache.put(sheet_key(task.cache_key), result)  # a photo: under SHEET_VERSION too (cached_or_task)
        done[id(task)] = result
        if on_done:
            on_done()
    return done


def load_image(path: Path, frame: int, dpi: float) -> tuple[Image.Image, float]:
    """Frame ``frame`` of an image file as :func:`packet.core.page_images.open_image` gives it, grey; JPEGs are decoded
    at a reduced size when they are far above :data:`TARGET_DPI` (half the memory and time). Returns the
    image and its DPI."""
    scale = TARGET_DPI / dpi if dpi > 2 * TARGET_DPI else None
    img, decoded = decode_image(path, frame, scale=scale, grey=True)
    return img, dpi * decoded


COLOUR_SIDE = 400  # pixels: the longer side of the colour copy a page is read with (_with_bands: a 400-px thumbnail)


def colour_copy(img: Image.Image) -> Image.Image | None:
    """A copy of the RGB page ``img`` at most :data:`COLOUR_SIDE` pixels a side, for :func:`ocr_image`'s ``colour``;
    None for a grey page."""
    if img.mode != "RGB":
        return None
    small = img.copy()
    small.thumbnail((COLOUR_SIDE, COLOUR_SIDE), Image.Resampling.BOX)
    return small


def load_image_colour(path: Path, frame: int, dpi: float) -> tuple[Image.Image, float, Image.Image | None]:
    """:func:`load_image` and the frame's :func:`colour_copy` (None for a grey picture)."""
    scale = TARGET_DPI / dpi if dpi > 2 * TARGET_DPI else None
    img, decoded = decode_image(path, frame, scale=scale)
    colour = colour_copy(img)
    return (ink_grey(img) if img.mode == "RGB" else img), dpi * decoded, colour


def grey(img: Image.Image) -> Image.Image:
    """8-bit grey for Tesseract, as the packet shows the page (:func:`packet.core.page_images.on_paper`)."""
    return on_paper(img, grey=True)


def ocr_image(img: Image.Image, *, number: int, languages: str, dpi: float, dpi_now: float | None = None,
              size_pt: tuple[float, float] | None = None, rotation: int | None = None,
              upscale: bool = True, engine: str = engines.TESSERACT,
              band: tuple[float, float] | None = None, colour: Image.Image | None = None) -> Page:
    """OCR one page image (the original as the assembler will load it) into a :class:`Page`.

    ``dpi`` is the effective resolution of the source (reported as ``Page.dpi``), ``dpi_now`` that of
    ``img`` (default ``dpi``), ``size_pt`` the page size before rotation (default from pixels and dpi).
    ``rotation`` given: the page is known to be upright after that turn (no orientation check);
    ``upscale=False``: a low-resolution page is read at its own resolution (a second, different look).
    ``engine``: "tesseract" or "rapidocr" (:mod:`packet.reading.engines`). ``band`` (with ``rotation`` only):
    read only that strip of the upright, straightened page, (top, bottom) as fractions of its height; the words
    keep their places on the whole page. A page whose sheet is cut out of a photo is read whole. ``colour``: the
    same picture in colour, any size (:func:`colour_copy`); a photo's sheet is then told from the desk by colour as
    well (:func:`_with_bands`).
    """
    eng = engines.engine(engine)
    dpi_now = dpi_now or dpi
    if size_pt is None:
        size_pt = (img.width / dpi_now * 72.0, img.height / dpi_now * 72.0)
    work, work_dpi = _scale(grey(img), dpi_now, upscale=upscale, max_side=eng.max_side)
    small = _binarised(work)
    with tempfile.TemporaryDirectory(prefix="packet-ocr-") as tmp:
        tmpdir = Path(tmp)
        if rotation is not None:
            best = _read(work, small, rotation % 360, languages, work_dpi, tmpdir, eng, band=band, colour=colour)
            return _page(best, number, dpi, size_pt)
        if not eng.orientation_pass:
            first = 90 if _lines_vertical(small) else 0
            best = _read(work, small, first, languages, work_dpi, tmpdir, eng, colour=colour)
            if best.sideways:  # its lines run down the page: the profile's guess was wrong (a wide ruled table)
                other = _read(work, small, 0 if first else 90, languages, work_dpi, tmpdir, eng, colour=colour)
                logger.debug("page %d reads sideways at %d degrees: read again at %d", number, first, other.rotation)
                if not other.sideways or other.conf > best.conf:
                    best = other
            if best.backwards or (best.words and best.conf < RAPID_DOUBT):
                # in doubt, Tesseract's orientation detection says which way up, as for Tesseract's pages; else
                # (no answer, or one already read) half a turn round
                tried = {first, best.rotation}
                osd = 0 if best.backwards else _osd_or_none(work, tmpdir)
                turn = osd if osd is not None and osd not in tried else (best.rotation + 180) % 360
                if turn not in tried:
                    again = _read(work, small, turn, languages, work_dpi, tmpdir, eng, colour=colour)
                    logger.debug("page %d reads %s at %d degrees (confidence %.1f, OSD %s): read again at %d, "
                                 "confidence %.1f", number, "backwards" if best.backwards else "doubtfully",
                                 best.rotation, best.conf, osd, turn, again.conf)
                    if again.conf > best.conf or (best.backwards and not again.backwards):
                        best = again
            return _page(best, number, dpi, size_pt)
        rotation = 0
        if _lines_vertical(small):
            osd = _osd_or_none(work, tmpdir)
            if osd in (90, 270):
                rotation = osd
            # OSD cannot tell (too few characters it trusts): the page is read as it stands, and only a doubtful
            # reading asks the strips below, keeping the better of the two readings. The strips deciding before any
            # reading turned an upright A5 payslip photo (its table's columns look like vertical lines) a quarter
            # round and it was read as nothing (independent 10's Sri Lankan payslip, caught by the full bench)
        best = _read(work, small, rotation, languages, work_dpi, tmpdir, eng, colour=colour)
        # in doubt: a low confidence (upside down reads as garbage), or lines read running down the page (Tesseract
        # finds the vertical lines of a page turned a quarter round whose table's columns hid the turn from the
        # profile, and reads them confidently, its words' boxes standing on end)
        if best.words and (best.conf < DOUBT_CONFIDENCE or best.sideways) and rotation == 0:
            osd = _osd_or_none(work, tmpdir)
            if osd is None:
                osd = strip_turn(work, (0, 90, 180, 270), languages, work_dpi, tmpdir, eng)
                logger.debug("page %d: OSD cannot tell; strips say rotate %d", number, osd)
            if osd:
                again = _read(work, small, osd, languages, work_dpi, tmpdir, eng, colour=colour)
                logger.debug("page %d: OSD says rotate %d; confidence %.1f -> %.1f", number, osd, best.conf,
                             again.conf)
                if again.conf > best.conf or (best.sideways and not again.sideways):
                    best = again
    return _page(best, number, dpi, size_pt)


def _page(best: _Reading, number: int, dpi: float, size_pt: tuple[float, float]) -> Page:
    w_pt, h_pt = size_pt if best.rotation in (0, 180) else (size_pt[1], size_pt[0])
    if best.crop:
        x0, y0, x1, y1 = best.crop
        w_pt, h_pt = w_pt * (x1 - x0), h_pt * (y1 - y0)
    w_pt, h_pt = w_pt * best.share[0], h_pt * best.share[1]
    words, text = to_words(best.lines, best.width, best.height)
    return Page(number=number, width=round(w_pt, 2), height=round(h_pt, 2), source="ocr", text=text,
                words=words, rotation=best.rotation, skew=best.skew,
                confidence=round(best.conf, 1), dpi=round(dpi, 1), crop=best.crop, corners=best.corners,
                shade=best.shade)


@dataclass
class _Reading:
    rotation: int
    skew: float
    lines: list[list[Token]]
    conf: float
    width: int
    height: int
    crop: tuple[float, float, float, float] | None = None
    corners: tuple[float, ...] | None = None
    share: tuple[float, float] = (1.0, 1.0)  # the flattened sheet's size as fractions of the turned image's
    backwards: bool = False  # most multi-character lines run right to left: the page is upside down
    sideways: bool = False  # most lines of three or more tokens run top to bottom: the page is turned 90 degrees
    shade: bool = False  # the sheet lies partly in a sharp shadow: its paper was evened (Page.shade)

    @property
    def words(self) -> bool:
        return any(self.lines)


def _reads_backwards(units: list[list[Token]]) -> bool:
    """Whether most lines of two or more tokens, in the engine's reading order, run right to left: PP-OCR reads
    each line of a page turned 180 degrees correctly (its line classifier turns it) but maps the characters back
    onto the turned page, so they run from right to left."""
    back = fwd = 0
    for unit in units:
        if len(unit) < 2:
            continue
        if unit[0].x0 > unit[-1].x0:
            back += 1
        else:
            fwd += 1
    return back > fwd and back >= 2


def _reads_sideways(units: list[list[Token]]) -> bool:
    """Whether most lines of three or more tokens spread further down than across (PP-OCR read a page turned a
    quarter round as columns of text)."""
    down = across = 0
    for unit in units:
        if len(unit) < 3:
            continue
        dx = max(t.x1 for t in unit) - min(t.x0 for t in unit)
        dy = max(t.y1 for t in unit) - min(t.y0 for t in unit)
        if dy > dx:
            down += 1
        else:
            across += 1
    return down > across and down >= 2


def _read(work: Image.Image, small: Image.Image, rotation: int, languages: str, dpi: float,
          tmpdir: Path, eng: engines.OcrEngine | None = None, band: tuple[float, float] | None = None,
          colour: Image.Image | None = None) -> _Reading:
    eng = eng or engines.engine(engines.TESSERACT)
    turned = upright(work, rotation)
    # part of the sheet lies in a sharp shadow: found through it (_sheet_corners, _sheet_box), its paper evened
    corners, shaded, sheet = _sheet_corners(turned)
    # the packet shows the paper evened where part of the sheet lies in shade, also when the reading needed no evening
    shade = shaded or _paper_in_shade(turned, sheet)
    bands: list[Band] = []
    if corners is not None:  # a sheet photographed at an angle: seen from above, it needs no crop
        img, box = flatten(turned, corners), None
        # its edges are square now, but the print on it may not be (printed or copied askew, a sheet not quite flat):
        # the same profile search as for a scan, on the flattened sheet (a few tens of ms)
        skew = estimate_skew(_binarised(img))
        img = upright(img, 0, skew)
    else:
        skew = estimate_skew(upright(small, rotation)) if small is not None else 0.0
        img = upright(turned, 0, skew)
        # the colour copy turned as the picture was (same fractions: a turn about the centre, not expanded)
        hues = upright(upright(colour, rotation), 0, skew) if colour is not None else None
        # the whole sheet's mask turned as the image was (found before the turn: the turn's white corners would join
        # the paper where the sheet nears them)
        box, shaded, bands = _sheet_box_bands(img, shade=shaded, sheet=lambda: sheet.rotate(skew, fillcolor=0),
                                              colour=hues)
    path = tmpdir / f"page-{rotation}.tif"
    top = 0
    if band is not None and corners is None and box is None:  # a strip of a scan (a second reading)
        top = max(0, min(img.height - 1, int(band[0] * img.height)))
        bottom = max(top + 1, min(img.height, int(band[1] * img.height + 0.999)))
        part = img.crop((0, top, img.width, bottom))
    else:
        part = img.crop(box) if box else img
    # white text on a dark band reaching the sheet's edge made dark on light: the image the engine reads
    inside = None
    if box and part is not img:
        x0, y0, x1, y1 = sheet_inside(box, img)
        inside = (x0 - box[0], y0 - box[1], x1 - box[0], y1 - box[1])
    part = light_on_dark(part, dpi, inside)
    if box and bands:  # bands printed to the sheet's edge that the box was grown over: their letters made dark too
        part = _turned_bands(part, bands, box)
    if shaded:  # a sharp shadow over part of the sheet: its paper made as white as the rest (either engine)
        part = even_shade(part, dpi)
    # a photo lit from one side: the paper made evenly white, so one threshold serves the whole sheet
    if eng.one_threshold:
        part = even_light(part, dpi)
    # uncompressed TIFF: 3 ms to write, and Tesseract reads it faster than PNG or PNM
    part.save(path, dpi=(round(dpi), round(dpi)))
    got = eng.read(path, languages, dpi, psm=PSM)
    units, confs = got.lines, got.confs
    # figures written one per box (a form's date in DD MM YYYY boxes): the boxes' borders read as characters; the
    # boxes found are read again without them (packet.reading.comb), their words put in place of the engine's
    units = comb.with_combs(part, units, dpi)
    for unit in units if top else ():  # the strip's words go back to their places on the page
        for t in unit:
            t.y0, t.y1 = t.y0 + top, t.y1 + top
    backwards, sideways = _reads_backwards(units), _reads_sideways(units)
    units = [sorted(u, key=lambda t: t.x0) for u in units]
    crop, width, height = None, img.width, img.height
    if box:  # only the sheet goes into the packet: the page becomes the sheet, and its words move onto it
        x0, y0, x1, y1 = sheet_inside(box, img)
        dx, dy, width, height = x0 - box[0], y0 - box[1], x1 - x0, y1 - y0
        crop = (x0 / img.width, y0 / img.height, x1 / img.width, y1 / img.height)
        for unit in units:
            for t in unit:
                t.x0, t.x1 = min(max(t.x0 - dx, 0), width), min(max(t.x1 - dx, 0), width)
                t.y0, t.y1 = min(max(t.y0 - dy, 0), height), min(max(t.y1 - dy, 0), height)
    lines = rows([join_cjk(u) for u in unstack(units)])
    share = (img.width / turned.width, img.height / turned.height) if corners else (1.0, 1.0)
    return _Reading(rotation, skew, lines, fmean(confs) if confs else 0.0, width, height, crop, corners, share,
                    backwards, sideways, shade or shaded)


def _paper_level(img: Image.Image) -> tuple[Image.Image, int]:
    """A thumbnail of ``img`` (at most 400 px a side) and the brightness (0-255) of its paper: the level below
    which 60 % of the pixels lie, since the sheet covers most of a document photo."""
    small = img.copy()
    small.thumbnail((400, 400), Image.Resampling.BOX)
    hist = small.histogram()
    total, acc = sum(hist), 0
    for value, count in enumerate(hist):
        acc += count
        if acc >= 0.6 * total:
            return small, value
    return small, 255


# A sheet's own dark parts (a letterhead printed white on a dark band along its edge) are part of the sheet, not of
# the surface it lies on: on a plain surface (the dark part of the thumbnail's outer ring, at least half of it, within
# SURFACE_FLAT grey levels of its median, 80 % of it), pixels darker than the surface by more than SURFACE_APART
# count as sheet too (only darker: the blurred edge of the sheet, between surface and paper, stays out, so sheets
# found before are found the same). Without this a
# navy letterhead band at the top edge of a photographed bill was cut away with the desk, and the hospital's name
# printed in it with it. A textured surface (wood, cloth) keeps the brightness rule alone.
SURFACE_SIDE = 0.01  # a surface shows round a photographed sheet on two sides at least, each this share of the image
SURFACE_FLAT = 12  # grey levels, 0-255
SURFACE_APART = 10  # grey levels, 0-255


def _sheet_mask(small: Image.Image, paper: int) -> Image.Image:
    """255 where the thumbnail ``small`` shows the sheet (brighter than 80 % of the ``paper`` level, or on a plain
    surface clearly darker than it), 0 elsewhere."""
    threshold = max(60, int(paper * 0.8))
    w, h = small.size
    data = small.tobytes()
    edge = data[:w] + data[(h - 1) * w:] + bytes(data[y * w] for y in range(h)) + bytes(data[y * w + w - 1] for y in range(h))
    # the surface is the ring's dark part: a deskewed image's corners are filled with white, and the sheet may touch it
    ring = sorted(v for v in edge if v < threshold)
    n = len(ring)
    if n < 0.5 * len(edge):
        return small.point(lambda v: 255 if v >= threshold else 0)
    surface, low, high = ring[n // 2], ring[n // 10], ring[9 * n // 10]
    if high - low > 2 * SURFACE_FLAT:
        return small.point(lambda v: 255 if v >= threshold else 0)
    return small.point(lambda v: 255 if v >= threshold or v < surface - SURFACE_APART else 0)


def paper_box(img: Image.Image) -> tuple[int, int, int, int] | None:
    """The sheet of paper in a photo taken on a darker surface, as a crop box; None when the page fills
    the image. A dark, textured surround makes Tesseract's layout analysis drop whole table columns, so
    only the sheet is read, and the page becomes the sheet (``Page.crop``): the packet shows it alone.
    A box edge that cuts through lines of text (a shadow's edge across the sheet) is moved out over them
    (:func:`_with_cut_text`)."""
    return _sheet_box(img)[0]


def _sheet_box(img: Image.Image, shade: bool = False,
               sheet: Callable[[], Image.Image] | None = None) -> tuple[tuple[int, int, int, int] | None, bool]:
    """:func:`_sheet_box_bands` without the bands."""
    box, shaded, _ = _sheet_box_bands(img, shade, sheet)
    return box, shaded


Band = tuple[tuple[int, int, int, int], int, int]  # (box in pixels, the band's ground, the paper's level), 0-255


def _sheet_box_bands(img: Image.Image, shade: bool = False, sheet: Callable[[], Image.Image] | None = None,
                     colour: Image.Image | None = None) -> tuple[tuple[int, int, int, int] | None, bool, list[Band]]:
    """:func:`paper_box`, whether part of the sheet lies in shade: its bright part ended inside its print
    (:func:`_with_cut_text` moved an edge out over text) or ``shade`` says so (:func:`_sheet_corners` found it). The
    box of a sheet in shade that the growth spread over the whole picture (or that ``shade`` names) is that of the
    whole sheet, when one is found: ``sheet()`` gives its mask on a thumbnail of ``img`` (default
    :func:`shaded_sheet` of ``img``, despeckled), and the bands printed dark to the sheet's edge that the box was grown
    over (:func:`_with_bands`, told from the desk by ``colour`` too when given: ``img`` in colour, any size; the
    caller turns their light letters dark for the engine)."""
    small, paper = _paper_level(img)
    box, shaded = _bright_box(img, small, _sheet_mask(small, paper))
    bands: list[Band] = []
    lit = box  # the bright box before any band: the whole sheet found by its edges must hold it
    if box is not None:  # a band printed dark to the sheet's edge looks like desk to the brightness rule
        box, bands = _with_bands(img, small, paper, box, colour)

    def whole_mask() -> Image.Image:
        mask = sheet() if sheet is not None else _despeckled(shaded_sheet(small))
        return mask if mask.size == small.size else mask.resize(small.size, Image.Resampling.NEAREST)

    # a box grown over cut text is kept as it is read today (hold-out and independent sets: it reads them right);
    # only a sheet the growth lost (the box spread over the whole picture) or that shade cut short is found again
    if not ((shaded and box is None) or shade):
        if box is None:
            return box, shaded, bands
        # a smooth shade (light falling off towards a corner) has no edge: the sheet found by its edges runs on through
        # it, and print lies there, outside the bright box (see SMOOTH_SHADE)
        mask = whole_mask()
        whole, _ = _bright_box(img, small, mask, WHOLE_SHARE)
        if whole is not None and lit is not None and _shade_hides_print(img, small, mask, lit, whole):
            # with the bands found above: the sheet found by its edges may end under a band (its letters' edges)
            return (min(whole[0], box[0]), min(whole[1], box[1]), max(whole[2], box[2]), max(whole[3], box[3])), True, bands
        return box, shaded, bands
    mask = whole_mask()
    # the whole sheet's mask is the sheet alone (no paper-bright desk): a row or column a third covered is sheet
    whole, _ = _bright_box(img, small, mask, WHOLE_SHARE)
    return (whole, True, bands) if whole is not None else (box, True, bands)


# A smooth shade over part of a photographed sheet (light falling off towards the far corner of an ID card taken at an
# angle, the new-user trial of round 22) darkens the paper there below the brightness _sheet_mask draws, but by no sharp
# step: the rows and columns of _bright_box that the shade darkens fall short of its share and the box ends inside the
# sheet, cutting off lines of print below a blank gap wider than _with_cut_text crosses (the card's issuing office and
# validity lines). The sheet found by its edges (shaded_sheet: no step of SHEET_STEP crossed from the desk) runs on
# through a shade, which has no edge, while a desk is always across one. Its box is taken instead of the bright one when
# (1) it holds the bright box (all but SMOOTH_SLACK of each side) and reaches SMOOTH_SHORT past one of its edges, (2) it
# is one four-cornered sheet (_one_sheet: no
# desk or second sheet joined to it), and (3) at least SHADE_TEXT_CELLS text cells lie in it but outside the bright
# box: an exhibit grows only to take in print it had lost. Paper that far darker is evened as a shade is (even_shade).
SMOOTH_SLACK = 0.02  # share of the thumbnail's side
# share of the picture's side: an edge of the bright box this far inside the whole sheet's ends short of it. A sheet
# turned on the desk has its corners outside its box by its turn (3-4 degrees: 3-6 % of the picture: 15 photos of the
# development sets, whose box must stay as it was); shade cut the trial's ID card short by 22-29 %.
SMOOTH_SHORT = 0.12


def _shade_hides_print(img: Image.Image, small: Image.Image, mask: Image.Image, box: tuple[int, int, int, int],
                       whole: tuple[int, int, int, int]) -> bool:
    """Whether the whole sheet's box ``whole`` (pixels of ``img``, from ``mask``, a sheet mask on ``img``'s thumbnail
    ``small``) should replace the bright box ``box``: see :data:`SMOOTH_SLACK`."""
    sx, sy = img.width / small.width, img.height / small.height
    slack_x, slack_y = SMOOTH_SLACK * img.width, SMOOTH_SLACK * img.height
    if (whole[0] > box[0] + slack_x or whole[1] > box[1] + slack_y or whole[2] < box[2] - slack_x
            or whole[3] < box[3] - slack_y):
        return False  # the whole sheet does not hold the bright box: something else was found
    short_x, short_y = SMOOTH_SHORT * img.width, SMOOTH_SHORT * img.height
    if (whole[0] > box[0] - short_x and whole[1] > box[1] - short_y and whole[2] < box[2] + short_x
            and whole[3] < box[3] + short_y):
        return False  # no edge of the bright box ends far inside the sheet: at most a turned sheet's corners stick out
    if not _one_sheet(mask):
        return False
    data, cw, ch, cell = _text_cells(img)
    inside = mask.tobytes()
    w = mask.width
    found = 0
    for cy in range(ch):
        py = (cy + 0.5) * (img.height / ch)
        if not whole[1] <= py < whole[3]:
            continue
        for cx in range(cw):
            px = (cx + 0.5) * cell
            if not data[cy * cw + cx] or not whole[0] <= px < whole[2]:
                continue
            if box[0] <= px < box[2] and box[1] <= py < box[3]:
                continue
            if inside[min(mask.height - 1, int(py / sy)) * w + min(w - 1, int(px / sx))]:
                found += 1
                if found >= SHADE_TEXT_CELLS:
                    return True
    return False


def _extremes(mask: Image.Image) -> tuple[list[tuple[float, int, int]], int]:
    """The silhouette of the sheet mask ``mask`` (255 sheet; its rows filled from their first to their last sheet
    pixel, :func:`_silhouette`): its extreme points along the two diagonals as ``(key, x, y)`` in pixels — least
    x + y (top left), greatest x − y (top right), greatest x + y (bottom right), least x − y (bottom left) — and the
    number of pixels it covers."""
    w, h = mask.size
    ext = [(float("inf"), 0, 0), (float("-inf"), 0, 0), (float("-inf"), 0, 0), (float("inf"), 0, 0)]
    count = 0
    for y, first, last in _silhouette(mask.tobytes(), w, h):
        count += last - first + 1
        for x in (first, last):
            s, d = x + y, x - y
            if s < ext[0][0]:
                ext[0] = (s, x, y)
            if d > ext[1][0]:
                ext[1] = (d, x, y)
            if s > ext[2][0]:
                ext[2] = (s, x, y)
            if d < ext[3][0]:
                ext[3] = (d, x, y)
    return ext, count


def _one_sheet(mask: Image.Image) -> bool:
    """Whether the sheet mask ``mask`` (255 sheet) is one four-cornered region: its silhouette covers at least a quarter
    of the picture, fills the quadrilateral of its extreme points along the diagonals (to within :data:`SHEET_SPILL`
    spilling out, as :func:`_corners_of` judges) and that quadrilateral holds no more than the silhouette: a desk, a
    hand or a second sheet joined to it would add a limb."""
    w, h = mask.size
    ext, count = _extremes(mask)
    if count < 0.25 * w * h:
        return False
    pts = [(x, y) for _, x, y in ext]
    area = 0.5 * abs(sum(pts[i][0] * pts[(i + 1) % 4][1] - pts[(i + 1) % 4][0] * pts[i][1] for i in range(4)))
    if area < 0.25 * w * h or area > 1.02 * count + 4 * (w + h):
        return False
    return _outside(mask.tobytes(), w, h, pts) <= SHEET_SPILL * area


# A band printed dark to the edge of the sheet (a letterhead in light letters on navy, a coloured footer) is darker
# than the paper level _sheet_mask draws, so on a desk that is not plain (the surface rule of _sheet_mask needs one) the
# bright box ends under it, and _with_cut_text does not cross it either (its letters are light on dark, not ink): the
# new-user trial of round 22 lost a payslip's employer and ABN printed white on a blue band at the paper's top edge,
# the exhibit and the reading starting at its title. A band is told from the desk by its shape, not its colour: outside
# an edge of the bright box, lines parallel to that edge that each have one dark ground (BAND_GROUND of the line within
# BAND_SPREAD of its lower quartile, on the thumbnail opened so thin light strokes drop out; darker than BAND_DARK of
# the paper) and the same ground as each other, ending (a) at a step of SHEET_STEP or more to what lies beyond, inside
# the picture, (b) at the sheet's sides: the band's tone does not continue past either side of the box by more than
# BAND_SIDE (a strip of desk or a table's edge runs across the whole picture; the white a straightening turn fills the
# corners with is no evidence either way), and (c) holding light-on-dark print
# (SHADE_TEXT_CELLS text cells of the inverted picture). The band is BAND_DEPTH of the box's depth at most.
# A band and a desk may be of one brightness but not of one colour: independent set 22's payslip photo had its
# employer and period printed white on a brown band whose step to the wooden desk beyond was 1.27 in brightness, and
# both the band's edge and the sheet's sides lay where they give no evidence (the picture's border, a straightening
# turn's white corner): the band was cut away with the desk. With the page's colour at hand, the band's outer edge is
# also where its ground's chromaticity (R, G, B over their sum, of the line's pixels within BAND_SPREAD of its ground)
# moves BAND_HUE or more from that of its innermost lines, for BAND_LINES lines running (measured on the 400-px
# thumbnail: the band's blue share 0.108-0.119 against the desk's 0.176-0.185; light and dark grain of the wood, and
# its shade, 0.176-0.185; a single line through the anti-aliased edges of large letters moves up to 0.054). A band
# ended so is the sheet's even where its sides show nothing (no side of the box with desk beside it); one whose tone
# runs on past a side in its own colour still is not (in another: the desk beside the sheet, as bright as the band).
BAND_HUE = 0.04  # largest difference of the R, G and B shares of a band's ground and what lies beyond its edge
BAND_DEPTH = 0.25  # share of the box's extent across the edge
BAND_SIDE = 0.04  # share of the box's extent along the edge: the band's tone may run this far past a side (a shadow)
BAND_GROUND = 0.4  # share of a band's line that is its ground (the rest: its letters)
FILL_WHITE = 250  # grey level: the white packet.core.page_images.upright fills a turned picture's corners with
BAND_LINES = 3  # thumbnail pixels: a band is at least this deep (a line of small print on a 400-pixel thumbnail)


def _with_bands(img: Image.Image, small: Image.Image, paper: int, box: tuple[int, int, int, int],
                colour: Image.Image | None = None) -> tuple[tuple[int, int, int, int], list[Band]]:
    """``box`` (pixels of ``img``) grown over each band printed dark to the sheet's edge just outside it (see
    :data:`BAND_DEPTH`), and those bands (:data:`Band`: box in pixels of ``img``, ground, paper level); ``small`` is
    ``img``'s thumbnail and ``paper`` its paper level (:func:`_paper_level`); ``colour``, ``img`` in colour (any size),
    tells a band from the desk by colour too (:data:`BAND_HUE`). ``(box, [])`` when no edge has one."""
    from packet.core.page_images import BAND_DARK, BAND_SPREAD

    w, h = small.size
    sx, sy = img.width / w, img.height / h
    flat = _opened(small, 1).tobytes()  # letters' thin light strokes out, the band's ground left
    rgb = colour.convert("RGB").resize((w, h), Image.Resampling.BOX).tobytes() if colour is not None else None
    raw = small.tobytes()
    bx0, by0 = int(box[0] / sx), int(box[1] / sy)
    bx1, by1 = min(w, int(-(-box[2] // sx))), min(h, int(-(-box[3] // sy)))
    dark = paper * BAND_DARK
    grown = list(box)
    bands: list[Band] = []
    inverted: tuple[bytes, int, int, float] | None = None
    for side in range(4):  # top, bottom, left, right
        along = (bx0, bx1) if side < 2 else (by0, by1)
        across = by1 - by0 if side < 2 else bx1 - bx0
        length = along[1] - along[0]
        if length < 10:
            continue
        trim = max(1, round(0.04 * length))
        limit = by0 if side == 0 else h - by1 if side == 1 else bx0 if side == 2 else w - bx1

        def spots(d: int, a: int, b: int, side: int = side) -> list[int]:
            """The thumbnail's pixel indices of the line ``d`` pixels outside the box's edge, from ``a`` to ``b``."""
            if side == 0:
                return [(by0 - 1 - d) * w + x for x in range(max(0, a), min(w, b))]
            if side == 1:
                return [(by1 + d) * w + x for x in range(max(0, a), min(w, b))]
            if side == 2:
                return [y * w + bx0 - 1 - d for y in range(max(0, a), min(h, b))]
            return [y * w + bx1 + d for y in range(max(0, a), min(h, b))]

        def line(d: int, a: int, b: int) -> list[int]:
            return [flat[i] for i in spots(d, a, b)]

        def hue_of(at: list[int], t: int) -> tuple[float, float, float] | None:
            """The chromaticity (R, G, B shares) of the pixels ``at`` within BAND_SPREAD of the tone ``t`` (unopened:
            not the letters the opening took out)."""
            if rgb is None:
                return None
            sums = [0, 0, 0]
            for i in at:
                if abs(raw[i] - t) <= BAND_SPREAD:
                    for c in range(3):
                        sums[c] += rgb[3 * i + c]
            total = sum(sums)
            return (sums[0] / total, sums[1] / total, sums[2] / total) if total else None

        def hue(d: int, a: int, b: int) -> tuple[float, float, float] | None:
            """The chromaticity of line ``d``'s ground from ``a`` to ``b`` (:func:`hue_of` its tone), the white a
            straightening turn fills the corners with left out."""
            at = [i for i in spots(d, a, b) if flat[i] < FILL_WHITE]
            return hue_of(at, tone_of([flat[i] for i in at])[0]) if at and rgb is not None else None

        def apart(p: tuple[float, float, float] | None, q: tuple[float, float, float] | None) -> bool:
            return p is not None and q is not None and max(abs(a - b) for a, b in zip(p, q, strict=True)) >= BAND_HUE

        def tone_of(vals: list[int]) -> tuple[int, float]:
            """The line's ground (its lower quartile: light letters cover less than half a band's line) and the share
            of the line within BAND_SPREAD of it."""
            if not vals:
                return 255, 0.0
            s = sorted(vals)
            t = s[len(s) // 4]
            return t, sum(1 for v in vals if abs(v - t) <= BAND_SPREAD) / len(vals)

        band: list[int] = []  # distances of the band's lines
        tone = None
        for d in range(min(limit, max(BAND_LINES, int(BAND_DEPTH * across)) + 1)):
            t, share = tone_of(line(d, along[0] + trim, along[1] - trim))
            is_band = t < dark and share >= BAND_GROUND and (tone is None or abs(t - tone) <= BAND_SPREAD)
            if is_band:
                tone = tone if tone is not None else t
                band.append(d)
            elif band or d > 3:  # the box's own edge may hold a line or three of the sheet's blurred edge
                break
        if len(band) < BAND_LINES or tone is None:
            continue
        # the band ends where its ground's colour changes (see BAND_HUE), whatever its brightness does
        by_hue = False
        span = (along[0] + trim, along[1] - trim)
        inner = hue(band[min(1, len(band) - 1)], *span)
        for k in range(BAND_LINES, len(band)):
            # a colour that stays: the anti-aliased edges of a line of large letters shift a single line's ground
            if all(apart(inner, hue(d, *span)) for d in band[k:k + BAND_LINES]):
                band, by_hue = band[:k], True
                break
        outer = band[-1] + 1
        # the band ends inside the picture, at a step to what lies beyond (the desk past the sheet's edge): a strip
        # running to the picture's border has no edge of its own to show it is printed (a desk's stretch above a turned
        # sheet, between its corners: 10 photos of the development sets)
        if outer >= limit or outer >= int(BAND_DEPTH * across):
            continue
        beyond, _ = tone_of(line(min(limit - 1, outer + 1), along[0] + trim, along[1] - trim))
        if not by_hue:
            by_hue = apart(inner, hue(min(limit - 1, outer + 1), *span))
        if abs(math.log(max(beyond, 4) / max(tone, 4))) < math.log(SHEET_STEP) and not by_hue:
            continue
        # the band ends at the sheet's sides: its tone does not run on past them
        ends = 0
        side_px = max(2, round(BAND_SIDE * length))
        for lo, hi in ((along[0] - 2 * side_px, along[0] - side_px), (along[1] + side_px, along[1] + 2 * side_px)):
            if hi <= 0 or lo >= (w if side < 2 else h):
                continue  # the box's side is at the picture's border: nothing to compare
            # the white a straightening turn fills the picture's corners with tells nothing
            at = [i for d in band for i in spots(d, lo, hi) if flat[i] < FILL_WHITE]
            vals = [flat[i] for i in at]
            if vals and sum(1 for v in vals if abs(v - tone) <= BAND_SPREAD) / len(vals) < 0.5:
                ends += 1
            elif vals and apart(inner, hue_of(at, tone)):
                ends += 1  # the band's brightness runs on past the side, in another colour: the desk
            elif vals:
                ends = -9
        if ends < 0 or (ends == 0 and not by_hue):
            continue
        # light-on-dark print in it
        if inverted is None:
            from PIL import ImageOps

            inverted = _text_cells(ImageOps.invert(img))
        data, cw, ch, cell = inverted
        if side == 0:
            region = (bx0, by0 - outer, bx1, by0)
        elif side == 1:
            region = (bx0, by1, bx1, by1 + outer)
        elif side == 2:
            region = (bx0 - outer, by0, bx0, by1)
        else:
            region = (bx1, by0, bx1 + outer, by1)
        cyh = img.height / ch
        found = sum(1 for cy in range(ch) for cx in range(cw) if data[cy * cw + cx]
                    and region[0] * sx <= (cx + 0.5) * cell < region[2] * sx
                    and region[1] * sy <= (cy + 0.5) * cyh < region[3] * sy)
        if found < SHADE_TEXT_CELLS:
            continue
        pad = 1
        if side == 0:
            grown[1] = max(0, int((by0 - outer - pad) * sy))
        elif side == 1:
            grown[3] = min(img.height, int((by1 + outer + pad) * sy))
        elif side == 2:
            grown[0] = max(0, int((bx0 - outer - pad) * sx))
        else:
            grown[2] = min(img.width, int((bx1 + outer + pad) * sx))
        x0, y0, x1, y1 = region
        bands.append(((max(0, int(x0 * sx)), max(0, int(y0 * sy)), min(img.width, int(x1 * sx)),
                       min(img.height, int(y1 * sy))), tone, paper))
    return (grown[0], grown[1], grown[2], grown[3]), bands


def _turned_bands(part: Image.Image, bands: list[Band], box: tuple[int, int, int, int]) -> Image.Image:
    """``part`` (the crop ``box`` of the picture the ``bands`` were found on, 8-bit grey) with each band's light letters
    made dark on light, as :func:`packet.core.page_images.light_on_dark` turns a band: its ground made white and the
    paper's level black. ``light_on_dark`` does not find such a band when the box holds a sliver of desk beside it (a
    sheet seen at a slight angle), the desk joining it into a region of many tones."""
    out = part
    for (x0, y0, x1, y1), tone, paper in bands:
        x0, y0 = max(0, x0 - box[0]), max(0, y0 - box[1])
        x1, y1 = min(part.width, x1 - box[0]), min(part.height, y1 - box[1])
        if x1 <= x0 or y1 <= y0:
            continue
        scale = 255.0 / max(1, paper - tone)
        region = part.crop((x0, y0, x1, y1)).point(
            lambda v, t=tone, s=scale: 255 - min(255, max(0, round((v - t) * s))))
        out = out.copy() if out is part else out
        out.paste(region, (x0, y0))
    return out


def _opened(img: Image.Image, radius: int) -> Image.Image:
    """Grey opening of ``img`` (8-bit) by a square ``2 * radius + 1`` pixels wide: light features narrower than it (the
    letters of a band printed light on dark) are taken out (:func:`packet.core.page_images.closing`, inverted)."""
    from PIL import ImageOps

    return ImageOps.invert(_closing(ImageOps.invert(img), radius))


WHOLE_SHARE = 85  # of 255: a row or column of the whole sheet's mask this much covered holds the sheet


def _bright_box(img: Image.Image, small: Image.Image, bright: Image.Image,
                share: int = 160) -> tuple[tuple[int, int, int, int] | None, bool]:
    """:func:`_sheet_box` of a sheet mask ``bright`` of ``small``, the thumbnail of ``img``: the box (rows and
    columns whose mean exceeds ``share``, of 255) and whether it grew over cut text."""
    rows = bright.resize((1, bright.height), Image.Resampling.BOX).tobytes()
    cols = bright.resize((bright.width, 1), Image.Resampling.BOX).tobytes()
    ys = [i for i, v in enumerate(rows) if v > share]
    xs = [i for i, v in enumerate(cols) if v > share]
    if not xs or not ys:
        return None, False
    x0, x1, y0, y1 = xs[0], xs[-1] + 1, ys[0], ys[-1] + 1
    if x0 + (small.width - x1) < 0.04 * small.width and y0 + (small.height - y1) < 0.04 * small.height:
        return None, False
    margins = (x0 / small.width, y0 / small.height, 1 - x1 / small.width, 1 - y1 / small.height)
    if sum(m >= SURFACE_SIDE for m in margins) < 2:
        return None, False  # dark along one edge only: a band printed to the sheet's edge, not a surface round a sheet
    if (x1 - x0) < 0.4 * small.width or (y1 - y0) < 0.4 * small.height:
        return None, False  # not a sheet on a surface: leave the image alone
    sx, sy = img.width / small.width, img.height / small.height
    pad = 2
    box = (max(0, int((x0 - pad) * sx)), max(0, int((y0 - pad) * sy)),
           min(img.width, int((x1 + pad) * sx)), min(img.height, int((y1 + pad) * sy)))
    grown = _with_cut_text(img, box)
    if grown[2] - grown[0] >= (1 - 0.04) * img.width and grown[3] - grown[1] >= (1 - 0.04) * img.height:
        return None, grown != box
    return grown, grown != box


# A shadow across the sheet (a hand or the phone shading part of it) makes the shaded paper darker than the one
# brightness level _sheet_mask draws, so the bright region, and paper_box's box, end at the shadow's edge, well inside
# the sheet: the new-user trial of round 17 (phone photos with a sharp shadow over a Chinese payslip and bill) lost the
# header (title, name, employer, month) with it, the page read confidently as 'other'. Brightness cannot tell a shadow
# edge from the sheet's edge (both are a step down by some factor, the same on paper and desk), but print can: a
# shadow's edge cuts through lines of text, while a sheet's edge has a blank margin inside it. Ink is found by its
# contrast with the paper right round it (a pixel darker than INK_RATIO of the brightest within a few pixels, after a
# closing that keeps steps of light and shade and removes only thin dark strokes), which a shadow dims in proportion
# and so leaves; a box edge with text cells just inside it and more just outside moves out to take them in, until no
# text continues past any edge. A sheet's own edge with a blank margin wider than TEXT_REACH inside it never moves, so
# photos cut right before are cut the same, whatever lies on the desk beyond. Measured on the development sets: the
# independent set 11 bus-kiosk roll photo (employee, period, gross and net pay not found before) reads all four;
# nothing else in independent set 11 or hold-out 11 changed.
TEXT_SIDE = 1000  # pixels: the longer side of the copy ink is looked for in (a 12 MP photo's characters: 10-25 px)
TEXT_CELL = 5  # pixels of that copy: a cell of the grid text is counted in (a character spans 2-5 cells)
INK_RATIO = 0.75  # a pixel this much darker than its neighbourhood's closing is ink
TEXT_SHARE = 0.04  # a cell with at least this share of ink pixels holds text
TEXT_RUN = 3  # of the five cells of a row round a cell (a word of two characters spans about three)
TEXT_REACH = 4  # cells (2 % of the longer side): text this close inside an edge reaches it
# cells (6 %): text this close past an edge that text reaches continues the sheet (a title's gap above a form, a column)
TEXT_GAP = 12


def _text_cells(img: Image.Image) -> tuple[bytes, int, int, float]:
    """A grid over ``img`` (grey) marking the cells that hold print: ``(data, w, h, scale)``, ``data`` ``w`` x ``h``
    bytes (1 text, 0 none), one cell ``scale`` pixels of ``img`` a side. Ink is a pixel darker than
    :data:`INK_RATIO` of the image's grey closing (5 pixels, on a :data:`TEXT_SIDE` copy) there: the closing keeps
    edges of light and shade and of the sheet, and fills only strokes thinner than 5 pixels."""
    from PIL import ImageChops

    copy = img.copy()
    copy.thumbnail((TEXT_SIDE, TEXT_SIDE), Image.Resampling.BOX)
    closed = _closing(copy, 2)
    # ink where copy < INK_RATIO * closed, i.e. closed * INK_RATIO - copy > 0; very dark surroundings (closed below 24:
    # a black desk, a deep shade) hold no readable print
    scaled = closed.point(lambda v: int(v * INK_RATIO) if v >= 24 else 0)
    ink = ImageChops.subtract(scaled, copy).point(lambda v: 255 if v > 0 else 0)
    w, h = max(1, copy.width // TEXT_CELL), max(1, copy.height // TEXT_CELL)
    cells = ink.resize((w, h), Image.Resampling.BOX)
    level = int(255 * TEXT_SHARE)
    marked = [1 if v >= level else 0 for v in cells.tobytes()]
    # print runs along its lines: a cell holds text only with TEXT_RUN marked cells among the five of its row round it
    # (specks of noise, a shade's sharp corner, a lone mark on the desk do not)
    kept = bytearray(w * h)
    for y in range(h):
        row = marked[y * w:(y + 1) * w]
        for x in range(w):
            if row[x] and sum(row[max(0, x - 2):x + 3]) >= TEXT_RUN:
                kept[y * w + x] = 1
    return bytes(kept), w, h, img.width / w


def _with_cut_text(img: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """``box`` (pixels of ``img``) moved out over any edge that cuts through lines of text: an edge with text within
    :data:`TEXT_REACH` cells inside it and more within as many cells outside moves out to the outermost of those, and
    so on until none does. Returns the box, the same when no edge cuts text."""
    data, w, h, scale = _text_cells(img)
    sy = img.height / h
    x0, y0 = int(box[0] / scale), int(box[1] / sy)
    x1, y1 = min(w, int(-(-box[2] // scale))), min(h, int(-(-box[3] // sy)))
    reach, gap = TEXT_REACH, TEXT_GAP
    start = (x0, y0, x1, y1)

    def cells(ax: int, bx: int, ay: int, by: int) -> list[tuple[int, int]]:
        return [(x, y) for y in range(max(0, ay), min(h, by)) for x in range(max(0, ax), min(w, bx))
                if data[y * w + x]]

    moved = True
    while moved:
        moved = False
        if y0 > 0 and cells(x0, x1, y0, y0 + reach) and (got := cells(x0 - gap, x1 + gap, y0 - gap, y0)):
            y0, moved = min(y for _, y in got), True
        if y1 < h and cells(x0, x1, y1 - reach, y1) and (got := cells(x0 - gap, x1 + gap, y1, y1 + gap)):
            y1, moved = max(y for _, y in got) + 1, True
        if x0 > 0 and cells(x0, x0 + reach, y0, y1) and (got := cells(x0 - gap, x0, y0 - gap, y1 + gap)):
            x0, moved = min(x for x, _ in got), True
        if x1 < w and cells(x1 - reach, x1, y0, y1) and (got := cells(x1, x1 + gap, y0 - gap, y1 + gap)):
            x1, moved = max(x for x, _ in got) + 1, True
    if (x0, y0, x1, y1) == start:
        return box
    pad = reach  # a grown edge lies on the last print found: keep a line's height of paper round it
    grown = (int((x0 - pad) * scale) if x0 < start[0] else box[0], int((y0 - pad) * sy) if y0 < start[1] else box[1],
             int((x1 + pad) * scale) if x1 > start[2] else box[2], int((y1 + pad) * sy) if y1 > start[3] else box[3])
    grown = (max(0, grown[0]), max(0, grown[1]), min(img.width, grown[2]), min(img.height, grown[3]))
    return (min(grown[0], box[0]), min(grown[1], box[1]), max(grown[2], box[2]), max(grown[3], box[3]))


KEYSTONE = 0.03  # a sheet whose corners stray further than this (fraction of the shorter side) from a rectangle


def sheet_corners(img: Image.Image) -> tuple[float, ...] | None:
    """The four corners of a sheet of paper photographed at an angle on a darker surface (x, y fractions of
    ``img``: top-left, top-right, bottom-right, bottom-left; for :func:`packet.core.page_images.flatten`), or
    None when the image holds no such sheet or its corners stray less than :data:`KEYSTONE` from an upright
    rectangle (a scan, or a photo :func:`paper_box` crops). The sheet is the bright region of a 400-pixel
    thumbnail (as in :func:`paper_box`), specks removed; each corner is its extreme point along a diagonal
    (exact for a quadrilateral turned less than 45 degrees), moved 3 thumbnail pixels inwards. A sheet partly in
    a sharp shadow is found whole (:func:`shaded_sheet`)."""
    return _sheet_corners(img)[0]


def _despeckled(mask: Image.Image) -> Image.Image:
    from PIL import ImageFilter

    return mask.filter(ImageFilter.MinFilter(5)).filter(ImageFilter.MaxFilter(5))


def _sheet_corners(img: Image.Image) -> tuple[tuple[float, ...] | None, bool, Image.Image]:
    """:func:`sheet_corners`, whether the sheet was found through a shadow over part of it (:func:`_shade_cuts`:
    then the corners are those of the whole sheet, None when it is a turned rectangle, which the caller cuts out as
    a box, :func:`_sheet_box` with ``shade``), and the whole sheet's mask (:func:`shaded_sheet`, despeckled) on a
    thumbnail of ``img``."""
    small, paper = _paper_level(img)
    bright = _despeckled(_sheet_mask(small, paper))
    corners = _corners_of(bright)
    sheet = _despeckled(shaded_sheet(small))
    if _shade_cuts(img, bright, sheet):
        whole = _corners_of(sheet)
        return (None if whole is not None and _cuts_text(img, whole) else whole), True, sheet
    if corners is not None and _cuts_text(img, corners):
        # never flatten text away: the sheet is cut out as a box instead, whose edges move out over cut text
        # (_with_cut_text)
        return None, False, sheet
    return corners, False, sheet


def _cuts_text(img: Image.Image, corners: tuple[float, ...]) -> bool:
    """Whether the quadrilateral ``corners`` (x, y fractions of ``img``, as :func:`sheet_corners` gives them) cuts
    through print, as :func:`_with_cut_text` judges a box's edge: one of its edges has text cells (:func:`_text_cells`)
    within :data:`TEXT_REACH` cells inside it (at least :data:`TEXT_RUN`) and at least :data:`SHADE_TEXT_CELLS` more
    from 2 to :data:`TEXT_GAP` cells outside it (the first two: the sheet's own blurred edge; further: another sheet on
    the desk). A quadrilateral taken from the lit part of a sheet whose far part lies in a smooth shade ends inside the
    print, and flattening it would throw the shaded lines away; a sheet's own edge has a blank margin inside it."""
    data, cw, ch, _ = _text_cells(img)
    pts = [(corners[2 * i] * cw, corners[2 * i + 1] * ch) for i in range(4)]
    lines = []  # each edge's start and inward unit normal (the points run clockwise on the picture: y down)
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        length = max(1e-9, ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)
        lines.append((x0, y0, -(y1 - y0) / length, (x1 - x0) / length))
    inside, outside = [0] * 4, [0] * 4
    for cy in range(ch):
        for cx in range(cw):
            if not data[cy * cw + cx]:
                continue
            px, py = cx + 0.5, cy + 0.5
            dist = [(px - x0) * nx + (py - y0) * ny for x0, y0, nx, ny in lines]
            near = min(range(4), key=dist.__getitem__)
            if 0 <= dist[near] <= TEXT_REACH:
                inside[near] += 1
            elif -TEXT_GAP <= dist[near] < -2:
                outside[near] += 1
    return any(i >= TEXT_RUN and o >= SHADE_TEXT_CELLS for i, o in zip(inside, outside, strict=True))


def _corners_of(bright: Image.Image) -> tuple[float, ...] | None:
    """The corners :func:`sheet_corners` gives for ``bright``, a thumbnail's sheet mask (255 sheet)."""
    w, h = bright.size
    ext, count = _extremes(bright)  # the sheet's silhouette: its print (holes in the mask) is sheet too
    if count < 0.25 * w * h or count > 0.97 * w * h:
        return None  # no sheet, or the sheet fills the picture
    pts = [(x, y) for _, x, y in ext]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = [(min(xs), min(ys)), (max(xs), min(ys)), (max(xs), max(ys)), (min(xs), max(ys))]
    stray = max(abs(p[0] - b[0]) + abs(p[1] - b[1]) for p, b in zip(pts, box, strict=True))
    if stray < KEYSTONE * min(w, h):
        return None
    area = 0.5 * abs(sum(pts[i][0] * pts[(i + 1) % 4][1] - pts[(i + 1) % 4][0] * pts[i][1] for i in range(4)))
    if area < 0.25 * w * h or area > 1.02 * count + 4 * (w + h):
        return None  # the bright region is not one four-cornered sheet
    if _turned_rectangle(pts):
        return None  # a sheet turned flat on a desk, seen from straight above: cut out and straightened as a scan is
    if _outside(bright.tobytes(), w, h, pts) > SHEET_SPILL * area:
        return None  # the sheet spills out of the four points: a corner lost to shade, not a quadrilateral
    cx, cy = sum(xs) / 4, sum(ys) / 4
    out: list[float] = []
    for x, y in pts:
        dx, dy = cx - x, cy - y
        norm = max(1e-9, (dx * dx + dy * dy) ** 0.5)
        out += [(x + 0.5 + 3 * dx / norm) / w, (y + 0.5 + 3 * dy / norm) / h]
    return tuple(round(v, 5) for v in out)


# A sharp shadow across a photographed sheet (a phone or a hand over it, a door frame) darkens sheet and desk alike by
# one factor: the shaded paper may be no brighter than the lit desk, so no brightness level tells the sheet from the
# desk (_sheet_mask then finds the lit part of the sheet only: the new-user trials of round 17, a payslip turned 3
# degrees with a wedge of shade over its header, went into the packet uncropped and crooked, desk and wedge included).
# A shadow keeps ratios, though: the step from desk to paper is the same factor in sun and shade, and a shadow's own
# edge, like every other edge, only separates regions. The sheet is what cannot be reached from the picture's border
# without crossing a step in brightness of SHEET_STEP or more (over 2 or 4 pixels of a 400-pixel thumbnail whose print
# is filled by a closing): the desk touches the border in sun and shade, and the shadow a phone or a hand casts comes
# in over the border too. Chosen on tests/sheetgen.py and tests/shadowgen.py photos (desk to paper ~2.2-3x, a shadow
# taking 45-70 % of the light); not tuned on the development sets, where it is used only when _shade_cuts or the growth
# over cut text says shade cut the sheet (2 of their ~240 photos, independent set 8: read as well as before).
SHEET_STEP = 1.35  # ratio of brightness
# Shade cut the bright region short when this many text cells (_text_cells) lie in the sheet found through the shade
# but outside the bright region's silhouette (a word of a few characters spans 3-6 cells): the photos of the
# development sets, lit evenly or not, have none (their print lies on the lit paper).
SHADE_TEXT_CELLS = 12


def shaded_sheet(small: Image.Image) -> Image.Image:
    """The sheet in ``small`` (a grey thumbnail, :func:`_paper_level`) found by its edges, not its brightness: 255
    where the picture cannot be reached from the desk along its border without crossing a step of :data:`SHEET_STEP`,
    0 elsewhere and on the steps themselves (see there). A shadow over part of the sheet leaves it whole. The fill
    starts from the whole border; when that reaches everything (a sheet running out of the picture: its paper lies
    on the border too, and the fill runs in over it) it starts again from the desk's stretches of the border alone
    (:func:`_desk_seeds`). ~40-80 ms on a 400-pixel thumbnail."""
    import math

    from PIL import ImageChops, ImageDraw, ImageFilter

    scale = 255 / math.log(255 / 4)
    logs = _closing(small, 2).point(lambda v: round(scale * math.log(max(v, 4) / 4)))
    edge = None
    for dx, dy in ((1, 0), (0, 1), (2, 0), (0, 2)):
        step = ImageChops.difference(ImageChops.offset(logs, dx, dy), ImageChops.offset(logs, -dx, -dy))
        edge = step if edge is None else ImageChops.lighter(edge, step)
    assert edge is not None
    limit = round(scale * math.log(SHEET_STEP))
    # thickened by a pixel: where a shadow's edge crosses the sheet's, the two steps leave a gap a pixel wide
    edge = edge.point(lambda v: 255 if v >= limit else 0).filter(ImageFilter.MaxFilter(3))
    w, h = edge.size
    raw = edge.tobytes()  # the steps, before the border is cleared (the desk's stretches are found along them)
    ImageDraw.Draw(edge).rectangle((0, 0, w - 1, h - 1), outline=0, width=3)  # offsets wrap round: no edge there
    ring = [*range(w), *range((h - 1) * w, h * w), *range(0, h * w, w), *range(w - 1, h * w, w)]
    mask = _fill(edge.tobytes(), w, h, ring)
    if _share(mask) >= SHEET_FOUND:
        return mask
    seeds = _desk_seeds(raw, logs.tobytes(), w, h, limit)
    if not seeds:
        return mask
    # the border's cleared ring joins the sheet's stretch to the desk's: here only the steps themselves block
    again = _fill(raw, w, h, seeds)
    return again if SHEET_FOUND <= _share(again) <= 1 - SHEET_FOUND else mask


# The border-seeded fill of shaded_sheet found a sheet when at least this share of the thumbnail is left unreached
SHEET_FOUND = 0.2
RING_IN = 4  # thumbnail pixels: the ring the desk's stretches are looked for on, this far in from the border
DESK_RING = 0.5  # share of that ring the desk's stretches must make up


def _share(mask: Image.Image) -> float:
    return sum(1 for v in mask.tobytes() if v) / max(1, mask.width * mask.height)


def _fill(blocks: bytes, w: int, h: int, seeds: Iterable[int]) -> Image.Image:
    """255 where a ``w`` x ``h`` picture cannot be reached from ``seeds`` (pixel indices) without crossing a non-zero
    pixel of ``blocks``, 0 where it can and on ``blocks``' pixels."""
    from collections import deque

    blocked = bytearray(1 if v else 0 for v in blocks)
    queue: deque[int] = deque()
    for i in seeds:
        if not blocked[i]:
            blocked[i] = 1
            queue.append(i)
    while queue:
        i = queue.popleft()
        x = i % w
        for j in (i - 1 if x else -1, i + 1 if x < w - 1 else -1, i - w, i + w):
            if 0 <= j < w * h and not blocked[j]:
                blocked[j] = 1
                queue.append(j)
    # blocked holds 0/1 here, the steps included as 1: reached or a step is left out, the rest is sheet
    return Image.frombytes("L", (w, h), bytes(blocked).translate(_SHEET_OF_REACHED_01))


_SHEET_OF_REACHED_01 = bytes([255, 0] + [0] * 254)


def _desk_seeds(steps: bytes, logs: bytes, w: int, h: int, limit: int) -> list[int]:
    """The pixels of the desk on a ring :data:`RING_IN` pixels inside the border of a thumbnail whose sheet runs out of
    the picture: the ring, cut into stretches where it crosses a step (``steps`` non-zero), loses each stretch that is
    the brighter side of every step it ends at by ``limit`` (of the log-brightness ``logs``, :func:`shaded_sheet`'s
    scale): paper stands brighter than the desk it lies on, in light or in shade alike. A ring crossing no step, or
    one whose desk would be less than :data:`DESK_RING` of it, gives []."""
    k = RING_IN
    if w <= 2 * k + 2 or h <= 2 * k + 2:
        return []
    ring = ([k * w + x for x in range(k, w - k)] + [y * w + w - 1 - k for y in range(k + 1, h - k)]
            + [(h - 1 - k) * w + x for x in range(w - 2 - k, k - 1, -1)] + [y * w + k for y in range(h - 2 - k, k, -1)])
    n = len(ring)
    cut = [bool(steps[i]) for i in ring]
    if all(cut) or not any(cut):
        return []
    first = cut.index(True)
    order = ring[first:] + ring[:first]
    flags = cut[first:] + cut[:first]
    # stretches: (start, end) positions in ``order`` of runs free of steps, each between two runs of step pixels
    stretches: list[tuple[int, int]] = []
    p = 0
    while p < n:
        if flags[p]:
            p += 1
            continue
        q = p
        while q < n and not flags[q]:
            q += 1
        stretches.append((p, q))
        p = q
    if len(stretches) < 2:
        return []

    def level(a: int, b: int) -> int:
        vals = sorted(logs[order[i]] for i in range(a, b))
        return vals[len(vals) // 2]

    def side(pos: int, direction: int) -> int:
        """Log-brightness just past the step run that starts at ``pos`` going ``direction``."""
        while flags[pos % n]:
            pos += direction
        vals = sorted(logs[order[(pos + direction * i) % n]] for i in range(3))
        return vals[1]

    seeds: list[int] = []
    for a, b in stretches:
        if b - a < 3:
            seeds.extend(order[a:b])
            continue
        own_a, own_b = level(a, min(b, a + 3)), level(max(a, b - 3), b)
        before, after = side(a - 1, -1), side(b, 1)
        if own_a - before >= limit // 2 and own_b - after >= limit // 2:
            continue  # brighter than both its neighbours across a step: paper
        seeds.extend(order[a:b])
    # the desk is most of the border of a photo of a sheet running out of it (a sheet over one edge, or two at a
    # corner); paper on most of it is a scan or a sheet filling the picture, with a dark band printed to its edge
    return seeds if len(seeds) >= DESK_RING * n else []


# Part of a sheet lies in shade when the paper there (the thumbnail's closing: print filled) is darker than
# SHADE_PAPER of the lit paper's level (the 90th percentile of the sheet's) over at least SHADE_SHARE of the sheet, and
# dark print lies on it (SHADE_TEXT_CELLS text cells): a band printed dark with light letters on it is no shade (its
# letters are lighter than it, not ink) and stays as printed, and the shadow's edge is sharp (SHADE_BETWEEN). Measured:
# on tests/sheetgen.py photos a side or a wedge in shade takes 45-70 % of the light; without SHADE_BETWEEN, 14 of the
# 16 photos of independent set 8 (lit from one side, light falling off across the sheet) were taken for shaded.
SHADE_PAPER = 0.7
SHADE_SHARE = 0.05
SHADE_LIT = 0.9  # paper at this share of the lit level or above is lit
SHADE_BETWEEN = 0.25  # paper between the two levels, as a share of the shaded paper, at most (a sharp edge)


def _paper_in_shade(img: Image.Image, sheet: Image.Image) -> bool:
    """Whether part of the sheet ``sheet`` (a mask on a thumbnail of ``img``, :func:`shaded_sheet`) lies in a
    shadow, with print on it (see :data:`SHADE_PAPER`)."""
    small, _ = _paper_level(img)
    if small.size != sheet.size:
        return False
    paper = _closing(small, 2).tobytes()
    inside = sheet.tobytes()
    levels = sorted(v for v, m in zip(paper, inside, strict=True) if m)
    if len(levels) < 0.2 * len(inside):
        return False  # no sheet to speak of
    lit = levels[int(0.9 * (len(levels) - 1))]
    dark = bytes(255 if m and v < SHADE_PAPER * lit else 0 for v, m in zip(paper, inside, strict=True))
    shaded = sum(1 for v in dark if v)
    if shaded < SHADE_SHARE * len(levels):
        return False
    # a shadow's edge is sharp: little paper lies between the shaded level and the lit one (light falling off
    # across the sheet, a lamp's or a vignette's, spreads over every level in between)
    between = sum(1 for v in levels if SHADE_PAPER * lit <= v < SHADE_LIT * lit)
    if between > SHADE_BETWEEN * shaded:
        return False
    data, cw, ch, cell = _text_cells(img)
    w, h = small.size
    sx, sy = img.width / w, img.height / h
    found = 0
    for cy in range(ch):
        y = min(h - 1, int((cy + 0.5) * (img.height / ch) / sy))
        for cx in range(cw):
            if data[cy * cw + cx] and dark[y * w + min(w - 1, int((cx + 0.5) * cell / sx))]:
                found += 1
                if found >= SHADE_TEXT_CELLS:
                    return True
    return False


def _shade_cuts(img: Image.Image, bright: Image.Image, sheet: Image.Image) -> bool:
    """Whether a shadow cut the bright region ``bright`` (a despeckled :func:`_sheet_mask` of ``img``'s thumbnail)
    short of the sheet ``sheet`` (:func:`shaded_sheet`, despeckled, same size): at least :data:`SHADE_TEXT_CELLS` of
    ``img``'s text cells lie in ``sheet`` and outside the silhouette of ``bright``."""
    w, h = bright.size
    spans = {y: (first, last) for y, first, last in _silhouette(bright.tobytes(), w, h)}
    inside = sheet.tobytes()
    grown = sum(1 for v in inside if v) - sum(last - first + 1 for first, last in spans.values())
    if grown < 0.02 * w * h:
        return False  # no more sheet than the bright region holds: nothing to look for
    data, cw, ch, cell = _text_cells(img)
    sx, sy = img.width / w, img.height / h
    cut = 0
    for cy in range(ch):
        y = min(h - 1, int((cy + 0.5) * (img.height / ch) / sy))
        first, last = spans.get(y, (w, -1))
        for cx in range(cw):
            if data[cy * cw + cx]:
                x = min(w - 1, int((cx + 0.5) * cell / sx))
                if inside[y * w + x] and not first <= x <= last:
                    cut += 1
                    if cut >= SHADE_TEXT_CELLS:
                        return True
    return False


# A sheet lit unevenly (the far end of the sheet in shade) leaves the shaded corner out of the bright region: the
# extreme point along that diagonal then lies on the shade's edge, well inside the sheet, and flattening the four points
# would warp the page (independent set 7, photos lit from one side: a bank's name cut to "Bank of Irela", figures
# misread); a glare on the desk joined to a corner of the sheet moves that corner out onto the desk (independent set 8:
# a letter's name and issuer lost). The bright region then spills over the edges of the quadrilateral the four points
# make: measured on the 147 photos of the development sets and bench/photo_gap.py, by 0.6-1.3 % of its area where the
# four corners are right (its blurred edges alone; every photo_gap photo), 1.6-1.7 % on three, 2.2-8.3 % where a corner
# is lost to shade or glare. Such a sheet is cut out by paper_box and its skew straightened instead, as before.
SHEET_SPILL = 0.018  # share of the quadrilateral's area


# A sheet lying turned on a desk, photographed from straight above, is a rectangle turned in the picture: paper_box and
# the skew search cut it out and turn it exactly, while flattening its four corners, found on a 400-pixel thumbnail to a
# pixel or so, warps it a little (measured on the development sets' photos made so, turned 2-4 degrees: flattened, two
# dates and a name each lost a character that the cut-out read right). Only a quadrilateral whose opposite sides are not
# parallel (a camera tilted towards the sheet: a keystone of 6 % turns each side edge ~1.2 degrees) is flattened.
PARALLEL = 1.5  # degrees: opposite sides closer to parallel than this, both pairs, make a turned rectangle


def _turned_rectangle(pts: list[tuple[int, int]]) -> bool:
    """Whether the quadrilateral ``pts`` (top-left, top-right, bottom-right, bottom-left) has both pairs of opposite
    sides parallel within :data:`PARALLEL` degrees."""
    import math

    def angle(a: tuple[int, int], b: tuple[int, int]) -> float:
        return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))

    tl, tr, br, bl = pts
    return abs(angle(tl, tr) - angle(bl, br)) < PARALLEL and abs(angle(tl, bl) - angle(tr, br)) < PARALLEL


def _silhouette(data: bytes, w: int, h: int) -> Iterator[tuple[int, int, int]]:
    """Each row ``y`` of a ``w`` x ``h`` mask (``data``, 255 bright) that holds a bright pixel, with its first and last
    bright pixel's x: ``(y, first, last)``, pixels. The region between them is the silhouette's row, holes and all."""
    for y in range(h):
        row = data[y * w:(y + 1) * w]
        first = row.find(255)
        if first >= 0:
            yield y, first, row.rfind(255)


def _outside(data: bytes, w: int, h: int, pts: list[tuple[int, int]]) -> int:
    """Pixels of the bright region (each row taken from its first to its last bright pixel: ``data``, a ``w`` x ``h``
    mask) that lie outside the quadrilateral ``pts`` (top-left, top-right, bottom-right, bottom-left, pixels)."""
    out = 0
    for y, first, last in _silhouette(data, w, h):
        yc = y + 0.5
        xs = [x0 + (yc - y0) * (x1 - x0) / (y1 - y0)
              for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True) if min(y0, y1) <= yc < max(y0, y1)]
        a, b = first, last + 1
        if len(xs) < 2:
            out += b - a
            continue
        out += (b - a) - max(0, min(b, max(xs)) - max(a, min(xs)))
    return out


def sheet_inside(box: tuple[int, int, int, int], img: Image.Image) -> tuple[int, int, int, int]:
    """The part of a :func:`paper_box` that the packet shows: a few thumbnail pixels inside it, so no sliver
    of desk is left at the edges (Tesseract reads the padded box; a sheet's margin is wider than the inset)."""
    step = max(img.width, img.height) / 400 * 3
    x0, y0, x1, y1 = box
    return (round(x0 + step), round(y0 + step), round(x1 - step), round(y1 - step))


def _osd_or_none(work: Image.Image, tmpdir: Path) -> int | None:
    """Tesseract's orientation detection (OSD) of ``work``: the clockwise turn that makes it upright (0 included), or
    None when it cannot say (too little text, a confidence below 1, or Tesseract not installed: PP-OCR runs without
    it; a Tesseract page is then turned by :func:`strip_turn`)."""
    try:
        path = tmpdir / "osd.tif"
        if not path.exists():
            work.save(path)
        osd = tesseract.run_osd(path)
    except (TesseractMissing, OCRFailed):
        return None
    if osd is None or osd.confidence < 1.0:
        return None
    return osd.rotate


# A page whose orientation OSD cannot tell is turned by reading one strip of it each way: the band of STRIP_SHARE of the
# page's height holding the most print, the strips stacked and read at once as one block (psm 6). A strip upside down or
# on its side reads as few characters at a low confidence, the right way up as many at a high one. Measured cost:
# bench/bench_turn.py (bench/README.md "Turning a page OSD cannot tell").
STRIP_SHARE = 0.1
STRIP_SCALE = 0.5  # strips are read at half the page's resolution (~150 dpi: print of 9 points and up still reads)
STRIP_PSM = 6


def strip_turn(work: Image.Image, turns: Sequence[int], languages: str, dpi: float,
               tmpdir: Path, eng: engines.OcrEngine) -> int:
    """The clockwise turn among ``turns`` (distinct multiples of 90) that makes ``work`` (grey, ``dpi`` pixels per inch)
    upright, decided by reading one strip of it at each: per turn, the band of :data:`STRIP_SHARE` of the turned page's
    height with the most print (:func:`_inkiest_band`; turns half a turn apart take the same band, the same pixels),
    evened (:func:`packet.core.page_images.even_light`) and scaled by :data:`STRIP_SCALE`. The strips are stacked one above the other with a gap of
    paper and read by ``eng`` at once (one start of the engine, one loading of its model: on a loaded machine that is
    most of a small image's time); each token counts for the strip its centre lies in, and the turn whose strip has the
    most characters weighted by confidence (:func:`_strip_score`) wins, the first of ``turns`` on a tie. Raises as
    ``eng.read``."""
    bands: dict[int, tuple[float, float]] = {}
    parts: list[Image.Image] = []
    for turn in turns:
        turned = upright(work, turn)
        pair = (turn + 180) % 360
        if pair in bands:  # the same band seen half a turn round: top and bottom swap
            top, bottom = bands[pair]
            bands[turn] = (1 - bottom, 1 - top)
        else:
            bands[turn] = _inkiest_band(turned)
        top, bottom = bands[turn]
        part = turned.crop((0, round(top * turned.height), turned.width, max(round(top * turned.height) + 1,
                                                                              round(bottom * turned.height))))
        part = even_light(part, dpi) if eng.one_threshold else part
        parts.append(part.resize((max(1, round(part.width * STRIP_SCALE)), max(1, round(part.height * STRIP_SCALE))),
                                 Image.Resampling.BOX))
    dpi *= STRIP_SCALE
    gap = max(8, round(dpi / 4))  # a quarter of an inch of paper between strips
    width = max(p.width for p in parts)
    sheet = Image.new("L", (width, sum(p.height for p in parts) + gap * (len(parts) + 1)), 255)
    spans: list[tuple[int, int]] = []
    y = gap
    for part in parts:
        sheet.paste(part, (0, y))
        spans.append((y, y + part.height))
        y += part.height + gap
    path = tmpdir / "strips.tif"
    sheet.save(path, dpi=(round(dpi), round(dpi)))
    got = eng.read(path, languages, dpi, psm=STRIP_PSM)
    scores = [0.0] * len(parts)
    for line in got.lines:
        for t in line:
            mid = (t.y0 + t.y1) / 2
            for k, (y0, y1) in enumerate(spans):
                if y0 <= mid < y1:
                    scores[k] += _strip_score(engines.EngineOutput([[t]], [t.conf]))
                    break
    logger.debug("strips at %s degrees: scores %s", list(turns), [round(v, 1) for v in scores])
    best = max(range(len(parts)), key=lambda k: (scores[k], -k))
    return turns[best]


def _inkiest_band(img: Image.Image) -> tuple[float, float]:
    """(top, bottom), fractions of ``img``'s height (grey), of the band :data:`STRIP_SHARE` high holding the most text
    cells (:func:`_text_cells`: print by its contrast with the paper round it, so a dark desk or a shade is none)."""
    data, w, h, _ = _text_cells(img)
    profile = [sum(data[y * w:(y + 1) * w]) for y in range(h)]
    span = max(1, round(STRIP_SHARE * h))
    if span >= h:
        return 0.0, 1.0
    run = sum(profile[:span])
    best, at = run, 0
    for i in range(span, h):
        run += profile[i] - profile[i - span]
        if run > best:
            best, at = run, i - span + 1
    return at / h, (at + span) / h


def _strip_score(got: engines.EngineOutput) -> float:
    """How well a strip read: the sum over its tokens of their letters and digits times their confidence (0-1), so
    many characters read confidently outweigh a few, and garbage (upside-down print read as punctuation and lone
    letters at low confidence) scores little."""
    return sum(sum(ch.isalnum() for ch in t.text) * max(0.0, t.conf) / 100.0 for line in got.lines for t in line)


def _scale(img: Image.Image, dpi: float, upscale: bool = True, max_side: int | None = None) -> tuple[Image.Image, float]:
    """Scale to ~TARGET_DPI when far off it (low-resolution images read much better scaled up);
    ``upscale=False`` only scales down what is above MAX_DPI; ``max_side`` (pixels) caps the longer side
    (an engine that would scale a larger image down itself: it is cheaper to do it once, here)."""
    factor = 1.0
    if (upscale and dpi < TARGET_DPI * 0.85) or dpi > MAX_DPI:
        factor = TARGET_DPI / dpi
    factor = min(factor, 4.0, (MAX_OCR_PIXELS / max(1, img.width * img.height)) ** 0.5)
    if max_side:
        factor = min(factor, max_side / max(1, img.width, img.height))
    if abs(factor - 1.0) < 0.02:
        return img, dpi
    size = (max(1, round(img.width * factor)), max(1, round(img.height * factor)))
    resample = Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX
    return img.resize(size, resample), dpi * factor


# --- orientation and skew from projection profiles -------------------------------------------------

_ANALYSIS_SIDE = 1000


def _binarised(img: Image.Image) -> Image.Image:
    """A small copy with ink white on black, for profile analysis."""
    small = img.copy()
    small.thumbnail((_ANALYSIS_SIDE, _ANALYSIS_SIDE), Image.Resampling.BOX)
    hist = small.histogram()
    total = sum(hist)
    acc, median = 0, 255
    for value, count in enumerate(hist):
        acc += count
        if acc * 2 >= total:
            median = value
            break
    threshold = max(40, int(median * 0.75))
    return small.point(lambda v: 255 if v < threshold else 0)


def _sharpness(profile: Sequence[float]) -> float:
    return sum((b - a) ** 2 for a, b in zip(profile[:-1], profile[1:], strict=True)) / max(1, len(profile))


def _row_profile(img: Image.Image) -> list[float]:
    return list(img.resize((1, img.height), Image.Resampling.BOX).tobytes())


def _col_profile(img: Image.Image) -> list[float]:
    return list(img.resize((img.width, 1), Image.Resampling.BOX).tobytes())


def _lines_vertical(small: Image.Image) -> bool:
    """True when the ink forms columns rather than rows: the page is probably turned 90 or 270 degrees."""
    square = small.resize((600, 600), Image.Resampling.BOX)
    rows_s, cols_s = _sharpness(_row_profile(square)), _sharpness(_col_profile(square))
    return cols_s > 1.5 * rows_s and cols_s > 1.0


def estimate_skew(small: Image.Image) -> float:
    """Degrees (PIL, counter-clockwise positive, within +-:data:`MAX_SKEW`) that make the text rows of ``small``
    horizontal; 0 when the gain is negligible. ``small`` is a binarised copy (ink white) as made by
    :func:`_binarised`. A coarse search in 1-degree steps on a half-size copy (31 angles for the cost of ~8),
    then 0.1-degree steps round the best at full size."""
    def scorer(img: Image.Image):
        def score(angle: float) -> float:
            return _sharpness(_row_profile(img.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)))
        return score

    half = small.reduce(2) if min(small.size) >= 200 else small
    coarse, fine = scorer(half), scorer(small)
    base_coarse = coarse(0.0)
    if base_coarse <= 0:
        return 0.0
    near, best_coarse = 0.0, base_coarse
    for step in range(-int(MAX_SKEW), int(MAX_SKEW) + 1):
        if step and (s := coarse(float(step))) > best_coarse:
            near, best_coarse = float(step), s
    base = fine(0.0)
    best_angle, best = (0.0, base) if near == 0 else (near, fine(near))
    for k in range(-6, 7):
        angle = round(near + k * 0.1, 2)
        if k and abs(angle) <= MAX_SKEW and (s := fine(angle)) > best:
            best_angle, best = angle, s
    if abs(best_angle) < 0.3 or best < base * 1.05:
        return 0.0
    return round(best_angle, 1)


def read_shipped(item: tuple[OcrTask, FileContent | bytes]) -> Page:
    """Worker for any executor, local or remote: ``(task, content)`` where ``content`` is the task's file as
    a :class:`packet.core.executor.FileContent` (read from ``task.path``, as :func:`read_task`) or as its
    bytes (sent by a remote executor: written to a private temporary folder, mode 0700, for the page's
    reading only, then deleted). Same result and errors as :func:`read_task`."""
    task, content = item
    if not isinstance(content, bytes):
        return read_task(task)
    with tempfile.TemporaryDirectory(prefix="packet-page-") as tmp:
        path = Path(tmp) / f"file{task.path.suffix.lower()}"
        path.write_bytes(content)
        return read_task(replace(task, path=path))


def read_pages_shipped(tasks: Sequence[OcrTask], executor: Executor, cache: OcrCache | None,
                       sha256_of: Callable[[OcrTask], str],
                       on_done: Callable[[], None] | None = None) -> dict[int, Page | Exception]:
    """:func:`read_pages` through :func:`read_shipped`: each task goes with its file as a
    :class:`packet.core.executor.FileContent` (``sha256_of(task)`` names it), so a remote executor sends the
    content and workers need no access to the files. Same return value as :func:`read_pages`."""
    items = [(t, FileContent(t.path, sha256_of(t))) for t in tasks]
    pairs = ((task, result) for (task, _content), result in executor.map_ordered(read_shipped, items))
    return _collect(pairs, cache, on_done)
