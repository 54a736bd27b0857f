"""The exhibit of a photographed sheet in shade keeps a band printed to the sheet's top edge as printed (dark ground,
light letters), also when the sheet was seen at a slight angle and its box holds slivers of desk beside the band:
evening the shade must not blow the band's ground up to a bright colour (the new-user trial of round 22: a navy band
became cyan, its white letters unreadable)."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from packet.core import page_images

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _sheet_in_box() -> Image.Image:
    """A sheet's box as cut out of a photo at 150 dpi (A5-ish): a navy band with white letters along the top, paper
    below with a line of print, and a wedge of brown desk down each side (the sheet narrower at its far end)."""
    w, h = 870, 1240
    img = Image.new("RGB", (w, h), (238, 238, 236))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 95), fill=(14, 46, 96))
    d.text((60, 14), "TARRANT FREIGHT", font=ImageFont.truetype(BOLD, 44), fill=(255, 255, 255))
    d.text((60, 180), "Statement of earnings", font=ImageFont.truetype(BOLD, 30), fill=(20, 20, 20))
    d.polygon([(0, 0), (22, 0), (0, h)], fill=(96, 80, 64))
    d.polygon([(w, 0), (w - 26, 0), (w, h)], fill=(96, 80, 64))
    # a shade over the lower right: paper there at 62 % of the light
    shade = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shade).polygon([(w * 0.3, h), (w, h * 0.45), (w, h)], fill=255)
    return Image.composite(img.point(lambda v: int(v * 0.62)), img, shade)


def _mean(img: Image.Image) -> float:
    hist = img.histogram()
    return sum(v * n for v, n in enumerate(hist)) / sum(hist)


def test_a_band_beside_desk_slivers_keeps_its_colour_when_the_shade_is_evened():
    img = _sheet_in_box()
    out = page_images.even_shade_colour(img, 150.0)
    r, g, b = (_mean(c.crop((300, 60, 600, 90))) for c in out.split())
    assert max(r, g, b) < 140, (r, g, b)  # still a dark navy ground, not cyan or white
    # the shaded paper is lifted as before
    assert out.convert("L").getpixel((800, 1200)) > 200
