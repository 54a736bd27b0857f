"""packet.set_letter_facts: the page's "Details for the letter" written into packet.toml (round 16's trial: the page
asked for "[applicant] name" and had nowhere to write it)."""

from __future__ import annotations

import pytest

import packet


def _case(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    tidy, problems = packet.init_problems("en", {"name": "", "lender_email": "help@lender.example"})
    assert not problems
    packet.init_case(folder, "en", tidy)
    return folder


def test_facts_are_written_in_place_with_their_comments(tmp_path):
    folder = _case(tmp_path)
    case = packet.set_letter_facts(folder, {"applicant.name": "  Zoë  O'Brien \"Jr\" ", "lender.name": "Acme Bank",
                                            "lender.contract_number": "AC-1", "applicant.phone": "0161 496 0000",
                                            "request.kind": "reduce"})  # not a letter fact: ignored
    text = (folder / "packet.toml").read_text(encoding="utf-8")
    assert 'name = "Zoë O\'Brien \\"Jr\\""  # your full name, as on your documents (needed)' in text, text
    assert 'contract_number = "AC-1"  # the loan contract or account number (needed)' in text
    assert case.applicant.name == 'Zoë O\'Brien "Jr"' and case.lender.email == "help@lender.example"
    assert 'kind = "stop"' in text  # untouched
    assert text.count("[applicant]") == 1 and text.count("[lender]") == 1


@pytest.mark.parametrize("values,says", [
    ({"lender.contract_number": "JK20250312001"}, "example"),
    ({"lender.name": "某某消费金融", "applicant.name": "张伟"}, "example"),
    ({"applicant.email": "me at home"}, "not an email"),
])
def test_what_cannot_be_written_is_refused_and_nothing_changes(tmp_path, values, says):
    folder = _case(tmp_path)
    before = (folder / "packet.toml").read_bytes()
    with pytest.raises(packet.PacketError) as err:
        packet.set_letter_facts(folder, values)
    assert says in str(err.value) and err.value.exit_code == 2
    assert (folder / "packet.toml").read_bytes() == before
    assert set(packet.letter_fact_problems("en", values)) == {k for k, v in values.items()}
