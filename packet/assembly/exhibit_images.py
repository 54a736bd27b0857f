"""Page images for scanned and photographed exhibits: upright, resized for email, re-encoded from pixels.

The image is re-created exactly as the reading stage saw it (:func:`packet.core.page_images.upright`), so the OCR
word boxes fit it. Re-encoding from pixels drops EXIF and GPS. Grey pages become grey JPEGs, colour
photos colour JPEGs; ``Quality`` levels trade size for sharpness but never go below 150 DPI / q50.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader

from packet.core import page_images as pages
from packet.core.executor import Executor, SerialExecutor
from packet.core.model import Document, Page

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Quality:
    dpi: int
    jpeg: int


LEVELS = (Quality(200, 75), Quality(200, 62), Quality(175, 55), Quality(150, 50))


@dataclass(frozen=True)
class PageImage:
    data: bytes  # JPEG, no metadata
    size: tuple[int, int]  # pixels
    grey: bool


def is_grey(img: Image.Image) -> bool:
    """True when the page has (almost) no colour: a small thumbnail with < 0.3 % saturated pixels."""
    if img.mode == "L":
        return True
    thumb = img.reduce(max(1, min(img.size) // 160))
    hsv = thumb.convert("HSV")
    sat = hsv.getchannel("S").point(lambda v: 255 if v > 60 else 0)
    val = hsv.getchannel("V").point(lambda v: 255 if v > 50 else 0)
    colourful = Image.composite(sat, Image.new("L", sat.size, 0), val)
    count = colourful.histogram()[255]
    return count < 0.003 * thumb.width * thumb.height


# A phone photo taken in dim light went into the packet as it was: the paper mid-grey (109-126 of 255 in the new-user
# trial of round 17), printing as a grey page with grey text. Its levels are set from the paper's own brightness: each
# channel scaled so that the paper (the level PAPER_SHARE of the picture's pixels lie below: a document's sheet is most
# of its picture, its print a small part) becomes white, which also takes out a yellow or blue cast of the light;
# ink, scaled by the same factor, stays dark (0 stays 0, a blacked-out area too). The gain is at most MAX_GAIN (noise
# in a very dark photo is not made into a grey page of speckles) and nothing is done to a picture whose paper is
# already near white (WHITE_ENOUGH) or that shows no paper at all (below NO_PAPER). The image keeps its size, so the
# OCR text layer stays where it was.
PAPER_SHARE = 0.9
WHITE_ENOUGH = 235  # grey level, 0-255
NO_PAPER = 60  # grey level, 0-255
MAX_GAIN = 2.6


def paper_white(img: Image.Image) -> Image.Image:
    """``img`` (a photographed page, RGB or L, upright and cut to its sheet) with its paper made white: every channel
    multiplied by ``255 / its level at`` :data:`PAPER_SHARE` (see there), at most :data:`MAX_GAIN`; ``img`` itself
    when its paper is already white or there is none. Same size and mode (other modes come back RGB)."""
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    thumb = img.reduce(max(1, min(img.size) // 300))
    paper = pages.histogram_level(thumb.convert("L").histogram(), PAPER_SHARE)
    if paper >= WHITE_ENOUGH or paper < NO_PAPER:
        return img
    hist = thumb.histogram()
    lut: list[int] = []
    for band in range(len(img.getbands())):
        level = max(1, pages.histogram_level(hist[band * 256:(band + 1) * 256], PAPER_SHARE))
        gain = min(MAX_GAIN, 255.0 / level)
        lut += [min(255, round(v * gain)) for v in range(256)]
    return img.point(lut)


def page_image(doc: Document, page: Page, placed: tuple[float, float], quality: Quality,
               password: str | None = None, band: tuple[float, float] = (0.0, 1.0),
               paint: tuple[tuple[float, float, float, float], ...] = ()) -> PageImage:
    """The upright image of ``page`` sized for ``placed`` (points) at ``quality``, as a clean JPEG; with
    ``band`` (top, bottom: fractions of the upright page's height) only that band of it (a slice of a tall
    screen capture, :class:`packet.assembly.exhibits.Sheet`). ``paint``: areas (fractions of the upright
    page, y down) painted solid black in the pixels before any band is cut ([[redact]])."""
    top, bottom = band
    part = max(0.01, bottom - top)
    target = (max(1, round(placed[0] / 72 * quality.dpi)), max(1, round(placed[1] / 72 * quality.dpi)))
    src, number = doc.locate(page)  # a joined document's page is in its own file (packet.understanding.joining)
    if src.kind == "pdf":
        scale = placed[0] / page.width if page.width else 1.0
        # render at the size it will be shown: no resampling afterwards
        img = pages.render_pdf_page(src.path, number - 1, quality.dpi * scale, password=password)
    else:
        # the original before rotation may be portrait or landscape: ask for enough pixels either way,
        # and for more when only the sheet (page.crop) of a photo is shown
        grow = 1.0
        if page.crop:
            grow = 1 / max(0.05, min(page.crop[2] - page.crop[0], page.crop[3] - page.crop[1]))
        elif page.corners:
            c = page.corners
            grow = 1 / max(0.05, min(max(c[2], c[4]) - min(c[0], c[6]), max(c[5], c[7]) - min(c[1], c[3])))
        img = pages.open_image(src.path, number - 1, draft=round(max(target) * grow / part))
    img = pages.upright(img, page.rotation, page.skew, page.crop, page.corners)
    if page.shade and page.width:
        # a sharp shadow over part of the sheet: its wedge lifted to the lit paper's white, as the reading saw it
        img = pages.even_shade_colour(img, img.width / (page.width / 72.0))
    if paint:
        img = _painted(img, paint)
    if top > 0.0 or bottom < 1.0:
        img = img.crop((0, round(top * img.height), img.width, max(round(top * img.height) + 1,
                                                                    round(bottom * img.height))))
    if doc.form == "photo":
        img = paper_white(img)
    grey = doc.form != "photo" and is_grey(img)
    if grey:
        # paper white is white: cleaner pages and smaller files (the faint grey of a scanner bed goes)
        img = img.convert("L").point(lambda v: 255 if v >= 244 else v)
    if img.width > target[0] * 1.03 or img.height > target[1] * 1.03:
        img = img.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality.jpeg, optimize=True, progressive=False, subsampling=2 if not grey else 0)
    return PageImage(buf.getvalue(), img.size, grey)


def _painted(img: Image.Image, areas) -> Image.Image:
    """``img`` with every area (fractions, y down) filled black, in the pixels themselves."""
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    draw = ImageDraw.Draw(img)
    for x0, y0, x1, y1 in areas:
        draw.rectangle((int(x0 * img.width), int(y0 * img.height), -(-x1 * img.width // 1), -(-y1 * img.height // 1)),
                       fill=0 if img.mode == "L" else (0, 0, 0))
    return img


PARALLEL_FROM = 8  # pages: below this a process pool costs more than it saves


def _one(job: tuple) -> PageImage:
    """Worker: :func:`page_image` of one job tuple (module-level and pure, so any executor can run it)."""
    return page_image(*job)


def page_images(jobs: list[tuple],
                executor: Executor | None = None) -> list[PageImage]:
    """:func:`page_image` for every job ``(document, page, placed size in points, quality, password[, band])``, in
    order, on ``executor`` (default: serially); a local executor spreads them over processes when there
    are :data:`PARALLEL_FROM` pages or more. Results do not depend on where they were made, so the output
    stays byte-identical. Raises what :func:`page_image` raises for the first page that fails."""
    executor = executor or SerialExecutor()
    # a worker needs the page and its file, not the words of every other page of the document
    slim = [(replace(job[0], pages=()), *job[1:]) for job in jobs]  # (…, password[, band[, paint areas]])
    if len(slim) < PARALLEL_FROM:
        executor = SerialExecutor()
    out: list[PageImage] = []
    for _, result in executor.map_ordered(_one, slim, python_heavy=True):
        if isinstance(result, Exception):
            raise result
        out.append(result)
    return out


def strip_jpeg_metadata(data: bytes) -> bytes:
    """Drop APP1–APP13/APP15 (EXIF, GPS, XMP, Photoshop) and COM segments from a JPEG, losslessly.

    APP0 (JFIF) and APP14 (Adobe: needed for the colour transform of CMYK/YCCK) are kept.
    """
    if data[:2] != b"\xff\xd8":
        return data
    out, i, n = bytearray(b"\xff\xd8"), 2, len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return data  # not a marker where one must be: leave the stream alone
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[i:]
            return bytes(out)
        length = int.from_bytes(data[i + 2:i + 4], "big")
        segment = data[i:i + 2 + length]
        if not (0xE1 <= marker <= 0xED or marker == 0xEF or marker == 0xFE):
            out += segment
        i += 2 + length
    return data


class JpegReader(ImageReader):
    """A JPEG for reportlab's ``drawImage``: embedded as it is (DCT passthrough) and named by its bytes,
    instead of reportlab decoding it a second time to digest the RGB pixels."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab's name; used only to name the image
        self._dataA = None
        return self._jpeg
