"""A banking app's holder printed alone over the account's card line ("Everyday Checking ...3081") is the account's
holder, shown for the user to confirm (branch r23-lines; independent set 18's Fargo app screen: holder not found).

Real Tesseract on screens from :mod:`appholdergen` (shares nothing with packet). On 710b190 (before the change) the
six screens gave their holder 0/6 times; after it 6/6."""

from __future__ import annotations

from pathlib import Path

import pytest
from appholdergen import app_screen
from fixtures_reading import case_at, read_documents, save_image

from packet.core.model import Word
from packet.understanding.classify import classify
from packet.understanding.extract import account_line_name
from packet.understanding.label_geometry import Line


@pytest.mark.parametrize("seed", [1, 3, 4, 7])
def test_the_name_over_an_app_account_line_is_the_holder(tmp_path: Path, seed: int) -> None:
    from packet.understanding.extract import extract

    screen = app_screen(seed)
    save_image(screen.image, tmp_path / "bank-app-screen.png", "PNG", dpi=None)
    got = extract(classify(read_documents(tmp_path, "en"), case_at(tmp_path))[0], "en")
    assert got.fields.get("account_holder") == screen.holder
    assert got.evidence["account_holder"].confidence < 0.6


def _lines(texts: list[str]) -> list[Line]:
    return [Line(0, k, (Word(t, (0.05, 0.02 + k * 0.03, 0.6, 0.04 + k * 0.03)),)) for k, t in enumerate(texts)]


def test_only_a_person_right_over_a_product_line_counts() -> None:
    assert account_line_name(_lines(["Bank", "Maren K. Solberg", "Everyday Checking ...3081"])) == "Maren K. Solberg"
    assert account_line_name(_lines(["Fjord Valley Credit Union", "Everyday Checking ...3081"])) is None
    assert account_line_name(_lines(["Maren K. Solberg", "Balance", "Everyday Checking ...3081"])) is None
    assert account_line_name(_lines(["Maren K. Solberg", "...3081"])) is None  # no product: no account's line
