"""Drawing helpers for the sample generator: one small surface API over reportlab and Pillow.

Layouts are written once against `Surface` (millimetres from the top-left, text at its baseline),
so a born-digital PDF and a raster "scan" share the same table and stamp code. Everything here is
deterministic: reportlab runs in invariant mode and all randomness comes from a seeded
`random.Random` passed in by the caller.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from statistics import NormalDist

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

MM = 72.0 / 25.4  # PDF points per millimetre
A4 = (210.0, 297.0)

# The one font file the samples need (Debian: fonts-wqy-zenhei, which run.sh installs). Rasters use it
# for English too, so no second font package decides whether the samples can be regenerated.
FONT_CJK = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
PDF_FONTS: dict[tuple[str, bool], str] = {
    ("cjk", False): "WQY",
    ("cjk", True): "WQY",  # fake bold with text render mode 2
    ("sans", False): "Helvetica",
    ("sans", True): "Helvetica-Bold",
    ("serif", False): "Times-Roman",
    ("serif", True): "Times-Bold",
    ("mono", False): "Courier",
    ("mono", True): "Courier-Bold",
}
REQUIRED_FONTS = [FONT_CJK]

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
WHITE: Color = (1.0, 1.0, 1.0)
STAMP_RED: Color = (0.86, 0.12, 0.14)
HEADER_GREY: Color = (0.88, 0.88, 0.88)


def toolchain() -> dict[str, str]:
    """Everything besides this code that decides the output bytes: writers, codecs, the font file."""
    import hashlib
    import zlib

    import PIL
    import reportlab
    from PIL import features

    return {
        "reportlab": reportlab.Version,
        "python zlib": zlib.ZLIB_RUNTIME_VERSION,
        "pillow": PIL.__version__,
        "pillow libjpeg-turbo": str(features.version("libjpeg_turbo")),
        "pillow zlib": str(features.version("zlib")),
        "pillow freetype": str(features.version("freetype2")),
        "font sha256": hashlib.sha256(FONT_CJK.read_bytes()).hexdigest()[:16],
    }


def missing_fonts() -> list[Path]:
    """Font files the generator needs that are not installed."""
    return [p for p in REQUIRED_FONTS if not p.exists()]


def grey(v: float) -> Color:
    return (v, v, v)


class Surface:
    """What a layout may draw. Coordinates in mm from the top-left corner; sizes in points."""

    width: float
    height: float

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        *,
        font: str = "cjk",
        bold: bool = False,
        align: str = "l",
        color: Color = BLACK,
        angle: float = 0,
    ) -> None:
        raise NotImplementedError

    def text_width(self, s: str, size: float, font: str = "cjk", bold: bool = False) -> float:
        raise NotImplementedError

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        lw: float = 0.5,
        color: Color = BLACK,
        dash: Sequence[float] | None = None,
    ) -> None:
        raise NotImplementedError

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        lw: float = 0.5,
    ) -> None:
        raise NotImplementedError

    def polygon(
        self,
        pts: Sequence[tuple[float, float]],
        *,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        lw: float = 0.5,
        closed: bool = True,
    ) -> None:
        raise NotImplementedError

    def ellipse(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        *,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        lw: float = 0.5,
    ) -> None:
        raise NotImplementedError

    # -- composite drawing, shared by both back ends --------------------------------------

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float,
        *,
        font: str = "cjk",
        leading: float | None = None,
        color: Color = BLACK,
    ) -> float:
        """Wrap `s` (by words, or by characters for CJK) into `width` mm; return the next baseline."""
        leading = leading or size * 1.45
        step = leading / MM
        for line in self._wrap(s, width, size, font):
            self.text(x, y, line, size, font=font, color=color)
            y += step
        return y

    def _wrap(self, s: str, width: float, size: float, font: str) -> list[str]:
        lines: list[str] = []
        for para in s.split("\n"):
            tokens = para.split(" ") if font != "cjk" else list(para)
            sep = " " if font != "cjk" else ""
            cur = ""
            for tok in tokens:
                trial = f"{cur}{sep}{tok}" if cur else tok
                if cur and self.text_width(trial, size, font) > width:
                    lines.append(cur)
                    cur = tok
                else:
                    cur = trial
            lines.append(cur)
        return lines

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        row_h: float = 7.0,
        size: float = 9,
        font: str = "cjk",
        header_rows: int = 1,
        header_fill: Color | None = HEADER_GREY,
        header_color: Color = BLACK,
        aligns: str | None = None,
        grid: str = "full",
        lw: float = 0.5,
        zebra: Color | None = None,
        bold_rows: Iterable[int] = (),
        pad: float = 1.6,
        color: Color = BLACK,
        line_color: Color = BLACK,
    ) -> float:
        """Draw a ruled table; return the y of its bottom edge.

        grid: "full" (every rule), "rows" (horizontal rules only), "frame" (outer box and the rule
        under the header), "open" (rules above and below the header and at the very end).
        aligns: one letter a column, l / c / r.
        """
        aligns = aligns or "l" * len(widths)
        total_w = sum(widths)
        bold = set(bold_rows)
        n = len(rows)
        for i, row in enumerate(rows):
            top = y + i * row_h
            is_head = i < header_rows
            if is_head and header_fill:
                self.rect(x, top, total_w, row_h, stroke=None, fill=header_fill)
            elif zebra and (i - header_rows) % 2 == 1:
                self.rect(x, top, total_w, row_h, stroke=None, fill=zebra)
            cx = x
            base = top + row_h / 2 + size * 0.35 / MM
            for j, cell in enumerate(row):
                w = widths[j]
                a = aligns[j]
                tx = {"l": cx + pad, "c": cx + w / 2, "r": cx + w - pad}[a]
                self.text(
                    tx,
                    base,
                    cell,
                    size,
                    font=font,
                    bold=is_head or i in bold,
                    align=a,
                    color=header_color if is_head else color,
                )
                cx += w
        bottom = y + n * row_h
        lc = line_color
        if grid == "full":
            for i in range(n + 1):
                self.line(x, y + i * row_h, x + total_w, y + i * row_h, lw, lc)
            cx = x
            for w in [0.0, *widths]:
                cx += w
                self.line(cx, y, cx, bottom, lw, lc)
        elif grid == "rows":
            for i in range(n + 1):
                heavy = i in (0, header_rows, n)
                self.line(x, y + i * row_h, x + total_w, y + i * row_h, lw * (1.6 if heavy else 0.6), lc)
        elif grid == "frame":
            self.rect(x, y, total_w, bottom - y, stroke=lc, lw=lw)
            self.line(x, y + header_rows * row_h, x + total_w, y + header_rows * row_h, lw, lc)
        elif grid == "open":
            for yy in (y, y + header_rows * row_h, bottom):
                self.line(x, yy, x + total_w, yy, lw, lc)
        return bottom

    def stamp(
        self,
        cx: float,
        cy: float,
        r: float,
        ring_text: str,
        centre_text: str = "",
        *,
        color: Color = STAMP_RED,
        size: float | None = None,
        star: bool = True,
    ) -> None:
        """A round Chinese company seal: double ring, text along the upper arc, a star."""
        self.ellipse(cx, cy, r, r, stroke=color, lw=2.2)
        self.ellipse(cx, cy, r - 1.2, r - 1.2, stroke=color, lw=0.5)
        size = size or r * 1.1
        n = len(ring_text)
        span = min(250.0, 24.0 * n)
        for k, ch in enumerate(ring_text):
            a = 90 + span / 2 - span * (k + 0.5) / n  # degrees, 90 = top
            rr = r - 1.6 - size / MM * 0.72
            tx = cx + rr * math.cos(math.radians(a))
            ty = cy - rr * math.sin(math.radians(a))
            self.text(tx, ty + size * 0.35 / MM, ch, size, color=color, align="c", angle=a - 90)
        if star:
            sr = r * 0.28
            pts = []
            for k in range(10):
                rad = sr if k % 2 == 0 else sr * 0.4
                a = math.radians(90 + 36 * k)
                pts.append((cx + rad * math.cos(a), cy - rad * math.sin(a)))
            self.polygon(pts, stroke=None, fill=color)
        if centre_text:
            self.text(cx, cy + r * 0.62, centre_text, size * 0.9, color=color, align="c")

    def signature(
        self, x: float, y: float, w: float, rng: random.Random, color: Color = (0.1, 0.15, 0.45)
    ) -> None:
        """A handwritten-looking scribble along a baseline, from a seeded generator."""
        pts = []
        steps = 60
        phase = rng.uniform(0, 6)
        for k in range(steps + 1):
            t = k / steps
            px = x + w * t + 1.2 * math.sin(t * 31 + phase)
            py = y - 2.6 * abs(math.sin(t * 9.5 + phase)) * (1 - 0.6 * t) + 0.6 * math.sin(t * 23)
            pts.append((px, py))
        self.polygon(pts, stroke=color, fill=None, lw=1.1, closed=False)
        self.line(x + w * 0.1, y + 1.3, x + w * 0.95, y + 0.4, 0.8, color)


# -- reportlab --------------------------------------------------------------------------------

_pdf_fonts_registered = False


def register_pdf_fonts() -> None:
    global _pdf_fonts_registered
    if not _pdf_fonts_registered:
        pdfmetrics.registerFont(TTFont("WQY", str(FONT_CJK), subfontIndex=0))
        _pdf_fonts_registered = True


class PdfSurface(Surface):
    """A born-digital PDF with a real text layer (reportlab, invariant mode)."""

    def __init__(
        self,
        path: Path,
        size_mm: tuple[float, float] = A4,
        *,
        title: str,
        author: str,
        creator: str,
        producer: str | None = None,
    ) -> None:
        register_pdf_fonts()
        self.width, self.height = size_mm
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path), pagesize=(self.width * MM, self.height * MM), invariant=1, pageCompression=1
        )
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(creator)
        if producer:
            self.c.setProducer(producer)

    def _y(self, y: float) -> float:
        return (self.height - y) * MM

    def text(self, x, y, s, size=10, *, font="cjk", bold=False, align="l", color=BLACK, angle=0):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        name = PDF_FONTS[(font, bold)]
        t = c.beginText()
        t.setFont(name, size)
        if bold and font == "cjk":
            c.setStrokeColorRGB(*color)
            c.setLineWidth(size * 0.035)
            t.setTextRenderMode(2)
        w = pdfmetrics.stringWidth(s, name, size)
        dx = {"l": 0.0, "c": -w / 2, "r": -w}[align]
        if angle:
            c.translate(x * MM, self._y(y))
            c.rotate(angle)
            t.setTextOrigin(dx, 0)
        else:
            t.setTextOrigin(x * MM + dx, self._y(y))
        t.textOut(s)
        c.drawText(t)
        c.restoreState()

    def text_width(self, s, size, font="cjk", bold=False):
        return pdfmetrics.stringWidth(s, PDF_FONTS[(font, bold)], size) / MM

    def line(self, x1, y1, x2, y2, lw=0.5, color=BLACK, dash=None):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(list(dash))
        c.line(x1 * MM, self._y(y1), x2 * MM, self._y(y2))
        c.restoreState()

    def rect(self, x, y, w, h, *, stroke=BLACK, fill=None, lw=0.5):
        c = self.c
        c.saveState()
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x * MM, self._y(y + h), w * MM, h * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def polygon(self, pts, *, stroke=BLACK, fill=None, lw=0.5, closed=True):
        c = self.c
        c.saveState()
        p = c.beginPath()
        p.moveTo(pts[0][0] * MM, self._y(pts[0][1]))
        for px, py in pts[1:]:
            p.lineTo(px * MM, self._y(py))
        if closed:
            p.close()
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
            c.setLineJoin(1)
            c.setLineCap(1)
        if fill:
            c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def ellipse(self, cx, cy, rx, ry, *, stroke=BLACK, fill=None, lw=0.5):
        c = self.c
        c.saveState()
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        c.ellipse(
            (cx - rx) * MM,
            self._y(cy + ry),
            (cx + rx) * MM,
            self._y(cy - ry),
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )
        c.restoreState()

    def image(self, img: Image.Image, *, quality: int = 70) -> None:
        """Fill the page with a raster (stored as JPEG, so the page has no text at all)."""
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(150, 150))
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), 0, 0, self.width * MM, self.height * MM)

    def new_page(self) -> None:
        self.c.showPage()

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


# -- Pillow -----------------------------------------------------------------------------------


class RasterSurface(Surface):
    """A page drawn into an RGB image at `dpi`; finish it with `scan` or `photo`."""

    def __init__(
        self, size_mm: tuple[float, float], dpi: int, paper: tuple[int, int, int] = (255, 255, 255)
    ) -> None:
        self.width, self.height = size_mm
        self.dpi = dpi
        self.px = dpi / 25.4
        self.img = Image.new("RGB", (round(self.width * self.px), round(self.height * self.px)), paper)
        self.draw = ImageDraw.Draw(self.img)
        self._fonts: dict[tuple[int, int], ImageFont.FreeTypeFont] = {}

    def _font(self, font: str, bold: bool, size: float) -> ImageFont.FreeTypeFont:
        px = max(4, round(size * self.dpi / 72))
        index = 1 if font == "mono" else 0  # face 1 of the collection is Zen Hei Mono
        if (index, px) not in self._fonts:
            self._fonts[index, px] = ImageFont.truetype(str(FONT_CJK), px, index=index)
        return self._fonts[index, px]

    @staticmethod
    def _c(color: Color) -> tuple[int, int, int]:
        return tuple(round(v * 255) for v in color)  # type: ignore[return-value]

    def _p(self, x: float, y: float) -> tuple[float, float]:
        return (x * self.px, y * self.px)

    def text(self, x, y, s, size=10, *, font="cjk", bold=False, align="l", color=BLACK, angle=0):
        f = self._font(font, bold, size)
        stroke = 1 if bold else 0  # the collection has no bold face
        anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
        if not angle:
            self.draw.text(
                self._p(x, y),
                s,
                font=f,
                fill=self._c(color),
                anchor=anchor,
                stroke_width=stroke,
                stroke_fill=self._c(color),
            )
            return
        w = int(f.getlength(s)) + 8
        h = int(f.size * 1.6)
        tile = Image.new("L", (w, h), 0)
        ImageDraw.Draw(tile).text((w / 2, h * 0.7), s, font=f, fill=255, anchor="ms")
        tile = tile.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        px, py = self._p(x, y)
        # the tile was centred on the baseline point: paste its centre there
        ox = round(px - tile.width / 2)
        oy = round(py - tile.height / 2 - 0.2 * h * math.cos(math.radians(angle)))
        solid = Image.new("RGB", tile.size, self._c(color))
        self.img.paste(solid, (ox, oy), tile)

    def text_width(self, s, size, font="cjk", bold=False):
        return self._font(font, bold, size).getlength(s) / self.px

    def line(self, x1, y1, x2, y2, lw=0.5, color=BLACK, dash=None):
        width = max(1, round(lw * self.dpi / 72))
        if not dash:
            self.draw.line([self._p(x1, y1), self._p(x2, y2)], fill=self._c(color), width=width)
            return
        on, off = dash[0] / MM, (dash[1] if len(dash) > 1 else dash[0]) / MM
        length = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        t = 0.0
        while t < length:
            e = min(length, t + on)
            self.draw.line(
                [self._p(x1 + ux * t, y1 + uy * t), self._p(x1 + ux * e, y1 + uy * e)],
                fill=self._c(color),
                width=width,
            )
            t = e + off

    def rect(self, x, y, w, h, *, stroke=BLACK, fill=None, lw=0.5):
        box = [self._p(x, y), self._p(x + w, y + h)]
        self.draw.rectangle(
            box,
            fill=self._c(fill) if fill else None,
            outline=self._c(stroke) if stroke else None,
            width=max(1, round(lw * self.dpi / 72)),
        )

    def polygon(self, pts, *, stroke=BLACK, fill=None, lw=0.5, closed=True):
        xy = [self._p(px, py) for px, py in pts]
        width = max(1, round(lw * self.dpi / 72))
        if fill:
            self.draw.polygon(xy, fill=self._c(fill))
        if stroke:
            if closed:
                xy = [*xy, xy[0]]
            self.draw.line(xy, fill=self._c(stroke), width=width, joint="curve")

    def ellipse(self, cx, cy, rx, ry, *, stroke=BLACK, fill=None, lw=0.5):
        self.draw.ellipse(
            [self._p(cx - rx, cy - ry), self._p(cx + rx, cy + ry)],
            fill=self._c(fill) if fill else None,
            outline=self._c(stroke) if stroke else None,
            width=max(1, round(lw * self.dpi / 72)),
        )


# -- making a clean raster look scanned or photographed ------------------------------------------

_NORMAL = NormalDist()


def noise_layer(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    """Gaussian noise centred on 128 (mode L), from seeded bytes mapped through the inverse CDF."""
    lut = [max(0, min(255, round(128 + sigma * _NORMAL.inv_cdf((u + 0.5) / 256)))) for u in range(256)]
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lut)


def scan(
    img: Image.Image,
    rng: random.Random,
    *,
    skew: float = 1.5,
    paper: int = 234,
    ink: int = 38,
    blur: float = 0.55,
    sigma: float = 3.2,
) -> Image.Image:
    """Grey 8-bit scan: paper tone, toner grey, skew, soft focus, sensor noise, a faint lid shadow."""
    g = img.convert("L")
    g = g.point([round(ink + (paper - ink) * v / 255) for v in range(256)])
    g = g.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=paper)
    # uneven illumination along the scan direction (a few grey levels)
    shade = Image.linear_gradient("L").resize(g.size).point(lambda v: 128 - v * 6 // 255)
    g = ImageChops.add(g, shade, 1.0, -128)
    g = g.filter(ImageFilter.GaussianBlur(blur))
    g = ImageChops.add(g, noise_layer(g.size, sigma, rng), 1.0, -128)
    return g


def desk(size: tuple[int, int], rng: random.Random, base: tuple[int, int, int] = (92, 66, 44)) -> Image.Image:
    """A wooden desk: horizontal grain of slightly varying browns, blurred."""
    w, h = size
    img = Image.new("RGB", size, base)
    d = ImageDraw.Draw(img)
    y = 0
    while y < h:
        band = rng.randint(3, 14)
        k = rng.uniform(0.82, 1.12)
        col = tuple(max(0, min(255, round(c * k))) for c in base)
        d.rectangle([0, y, w, y + band], fill=col)
        y += band
    return img.filter(ImageFilter.GaussianBlur(3))


def photo(
    page: Image.Image,
    canvas_size: tuple[int, int],
    rng: random.Random,
    *,
    at: tuple[int, int],
    angle: float = 0.8,
    light_from: str = "tl",
) -> Image.Image:
    """A phone photo of `page` lying on a desk: shadow, small tilt, uneven light, noise, softness."""
    bg = desk(canvas_size, rng)
    page = page.convert("RGB")
    mask = Image.new("L", page.size, 255)
    page_r = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask_r = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    shadow = Image.new("L", canvas_size, 0)
    shadow.paste(mask_r, (at[0] + 14, at[1] + 18))
    shadow = shadow.filter(ImageFilter.GaussianBlur(14)).point(lambda v: v * 110 // 255)
    bg = Image.composite(Image.new("RGB", canvas_size, (20, 14, 8)), bg, shadow)
    bg.paste(page_r, at, mask_r)
    # light: a bright spot off one corner falling away to ~78 % in the far corner
    w, h = canvas_size
    radial = Image.radial_gradient("L").resize((w * 2, h * 2))
    ox, oy = {"tl": (w // 2 + w // 5, h // 2 + h // 6), "tr": (w // 2 - w // 5, h // 2 + h // 6)}[light_from]
    light = radial.crop((ox, oy, ox + w, oy + h)).point(lambda v: 255 - v * 58 // 255)
    bg = ImageChops.multiply(bg, Image.merge("RGB", (light, light, light)))
    # a faint warm cast, as indoor light gives
    r, g, b = bg.split()
    b = b.point(lambda v: v * 94 // 100)
    bg = Image.merge("RGB", (r, g, b))
    bands = [ImageChops.add(ch, noise_layer(canvas_size, 2.6, rng), 1.0, -128) for ch in bg.split()]
    bg = Image.merge("RGB", bands).filter(ImageFilter.GaussianBlur(0.7))
    return bg.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))
