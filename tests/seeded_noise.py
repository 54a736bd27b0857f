"""Noise for the test generators' scans and photos, drawn from a seeded ``random.Random``.

Pillow's ``Image.effect_noise`` draws from the C library's ``rand()``, which no Python seed reaches: a page made
with it degrades differently depending on how many noisy pages the same process made before, so a test that reads
it passed or failed with the order pytest-xdist gave the tests (CI run of 69d0380 on a fresh machine:
test_structure_r22's English months letter scan read "£2,328.25" alone and "£27328:25" after two leaver-form
scans). Every helper here takes the generator's ``rng`` and gives the same pixels on every run.
"""

from __future__ import annotations

import random

from PIL import Image

SQRT3 = 3 ** 0.5


def noise_field(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    """A greyscale ("L") image of ``size`` pixels of independent noise round 128 with standard deviation ``sigma``
    (grey levels; uniform, not Gaussian: a uniform spread of half-width sigma x sqrt(3) has that deviation), the
    seeded stand-in for ``Image.effect_noise(size, sigma)`` where the noise is blended over a page."""
    w, h = size
    half = min(128.0, sigma * SQRT3)
    raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    return raw.point(lambda v: max(0, min(255, round(128 + (v - 127.5) * half / 127.5))))


def specks(size: tuple[int, int], share: float, rng: random.Random) -> Image.Image:
    """A mask ("L", 255 = paper) with ``share`` (a fraction) of its pixels, placed by ``rng``, set to 0: the specks
    of dust a flatbed scan picks up."""
    mask = Image.new("L", size, 255)
    px = mask.load()
    w, h = size
    for _ in range(int(w * h * share)):
        px[rng.randrange(w), rng.randrange(h)] = 0
    return mask
