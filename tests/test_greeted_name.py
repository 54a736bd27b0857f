"""A letter that greets its person by one name ("Dear Talia,") and prints the whole name in a particulars grid under a
key no person label of the vocabulary words ("Staff member | Talia Moana Ferris") names that person (round 22:
independent 18's redundancy notice, "Worker's name | …" over "Dear Semisi,", gave no person, so a laid-off worker's
complete case was told it lacked income). :func:`packet.understanding.extract.greeted_cell`, the unemployment proof's
``prose`` fallback. The pages are drawn here, in our own names and wording, as a text PDF and a scan read by the real
Tesseract; a greeting of no name, or a given name two cells share, names nobody."""

from __future__ import annotations

import pytest
from fixtures_reading import read_documents
from photo_forms import Sheet, write

from packet.core.model import Classified
from packet.understanding.extract import extract


def _notice(greeting: str, grid: list[tuple[str, str]]) -> Sheet:
    s = Sheet("en-layoff-notice", "en")
    s.text(40, 50, "HARTWELL TIMBER JOINERY LIMITED", 13, "sans-bold")
    s.text(40, 66, "7 Wharf Lane, Picton 7220", 9)
    s.text(40, 96, "Date: 06/11/2026", 10)
    s.text(40, 126, "NOTICE THAT YOUR EMPLOYMENT IS ENDING", 12, "sans-bold")
    y = 156
    for key, value in grid:
        s.text(40, y, key, 10)
        s.text(190, y, value, 10)
        y += 20
    y += 16
    s.text(40, y, greeting, 10)
    for sentence in ("The workshop's contract with the council ends this month and no further orders are booked.",
                     "Your role in the finishing bay is therefore no longer needed and your last day is 28/11/2026.",
                     "Your final pay, with notice in lieu and leave owed, goes to your usual account."):
        y += 18
        s.text(40, y, sentence, 10)
    s.text(40, y + 40, "Kind regards,", 10)
    s.text(40, y + 76, "Owen Pratt, Works Manager", 10)
    return s


GRID = [("Staff member", "Talia Moana Ferris"), ("Payroll no.", "30418"), ("Team", "Finishing bay")]


def _person(tmp_path, sheet: Sheet, form: str):
    write(sheet, form, tmp_path, "notice", 5)
    [doc] = read_documents(tmp_path, "en")
    e = extract(Classified(doc, "unemployment_proof"), "en")
    return e.fields["person"], e.evidence.get("person")


@pytest.mark.parametrize("form", ["text", "scan"])
def test_the_person_greeted_by_a_given_name_is_named_by_the_grid(tmp_path, form: str) -> None:
    person, evidence = _person(tmp_path, _notice("Dear Talia,", GRID), form)
    assert person == "Talia Moana Ferris"
    assert evidence is not None and evidence.confidence < 0.9  # found by agreement, never certain


def test_a_family_name_after_a_title_names_the_same_cell(tmp_path) -> None:
    person, _ = _person(tmp_path, _notice("Dear Ms Ferris,", GRID), "text")
    assert person == "Talia Moana Ferris"


def test_no_name_greeted_or_two_people_of_that_name_name_nobody(tmp_path) -> None:
    assert _person(tmp_path / "a", _notice("Dear Sir or Madam,", GRID), "text")[0] is None
    two = [*GRID, ("Nominated contact", "Talia Rose Benning")]
    assert _person(tmp_path / "b", _notice("Dear Talia,", two), "text")[0] is None
