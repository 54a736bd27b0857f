"""A bank statement's account holder and institution, measured on documents from :mod:`holdergen` (round 15): the
holder over an address block of many countries (a Philippine purok and barangay, an Indian "H.No. 3-5-812"), after
labels of many kinds (a co-operative's "Member name", "Prepared for", a bare "For:", a label run into its value,
"Customer NameDeva dev cybertron"), test names printed with a lower-case word ("asdf Syed"); institutions that are
banks without the word "Bank" (savings and credit co-operatives, building societies, co-operative and thrift banks)
or with a kind's word before it; a Chinese city bank's logo, its first character, printed before its name.

Measured at main 1d80dc8 before this work (text PDFs): seed 5, 8 of each layout: 168/192 fields (87.5 %); seed 3,
4 of each: 85/96; nothing wrong at >= 0.9. After it: seed 5 191/192, seed 3 (6 of each) 141/144, seed 11 (3 of each)
71/72; in drawn forms (scans, photos) seed 7 96/96 (94/96 before the Indian house number was read as a street line),
seeds 9 and 13 (not looked at while fixing) 71/72 and 69/72; nothing wrong at >= 0.9. What is left: a "Mutual"
alone is not taken for a bank; a bare "For:" is no holder label (as a label it also matched prose, "… RM250,000 for
each depositor", and moved a scan's second reading); a co-operative's name of seven words is refused as a sentence
(sane_bank); an Eircode OCR misread ("DO9 K2x4") leaves its town line unread.
"""

from __future__ import annotations

from pathlib import Path

from holdergen import measure

from packet.core.model import Evidence

FIELD_BAR = 0.97


def test_holder_and_institution_on_generated_statements(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=11, per_layout=3, images=False)
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["types"] == got["docs"], got["failures"]
    assert got["right"] / got["fields"] >= FIELD_BAR, got["failures"]
    assert not [f for f in got["failures"] if f[2] == "account_holder"], got["failures"]


def test_holder_and_institution_in_drawn_forms(tmp_path: Path) -> None:
    """One of each layout in its drawn form (scans and phone photos, OCR'd)."""
    got = measure(tmp_path, seed=7, per_layout=1, images=True)
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["right"] / got["fields"] >= 0.95, got["failures"]


def test_a_mixed_case_name_is_a_name_only_when_its_words_are_a_name_s() -> None:
    from packet.understanding.extract import mixed_name

    assert mixed_name("asdf Syed") == "asdf Syed"
    assert mixed_name("vimal Achariya aru") == "vimal Achariya aru"
    assert mixed_name("Located on following") is None  # prose: a function word
    assert mixed_name("Jane Roe") is None  # a name already (sane_name's), not a mixed one
    assert mixed_name("Lakshmi Venkatesh lyer") is None  # OCR's l for a sans-serif capital I ("Iyer")


def test_a_logo_glyph_before_a_chinese_bank_s_name_is_no_part_of_it() -> None:
    from packet.understanding.extract import bank_name

    assert bank_name("赣 赣州银行") == "赣州银行"
    assert bank_name("赣赣州银行") == "赣州银行"
    assert bank_name("赣州银行") == "赣州银行"


def test_a_chinese_name_ocr_read_once_is_less_sure() -> None:
    from packet.understanding import evidence as ev

    read = Evidence("ocr", 0.86, 1, (0.1, 0.1, 0.2, 0.12), "label")
    once = ev.read_once(read, "牟风霞", "客户名称：牟风霞 账号：6231")
    assert once.confidence < 0.75
    twice = ev.read_once(read, "牟凤霞", "客户名称：牟凤霞\n户名 牟 凤 霞")
    assert twice.confidence == 0.86  # the page prints it twice and both readings agree
    assert ev.read_once(Evidence("text", 0.86, 1, None, "label"), "牟凤霞", "牟凤霞").confidence == 0.86
