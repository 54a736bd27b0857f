"""A name's word OCR cut after its first letter is one word again ("Wilhelmina F auikner-Tapsell" read from
"Wilhelmina Faulkner-Tapsell": independent set 18's Hobart optometrist photo, branch r23-lines); an initial before a
capitalised word or a particle stays an initial. Text in, text out (the OCR's words as the extractor sees them)."""

from __future__ import annotations

import pytest

from packet.understanding.extract import p_name


@pytest.mark.parametrize("text, name", [
    ("Wilhelmina F auikner-Tapsell", "Wilhelmina Fauikner-Tapsell"),
    ("Patrice O kafor", "Patrice Okafor"),
    ("John F Kennedy", "John F Kennedy"),
    ("Siti N binti Ahmad", "Siti N binti Ahmad"),
    ("Maria F de Souza", "Maria F de Souza"),
])
def test_a_cut_word_of_a_name_is_joined(text: str, name: str) -> None:
    assert p_name(text) == name
