"""Every field of every bundled sample document, read through the whole check (OCR, second reading,
consistency across documents), equals its ground truth in samples/expected.json. The OCR cache is shared
with the other end-to-end tests of the run, so this mostly re-reads cached pages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import AS_OF, SAMPLES

from packet.pipeline import CheckOptions, check

EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_sample_fields_match_ground_truth(sample_case, name):
    run = check(sample_case(name), CheckOptions(as_of=date.fromisoformat(AS_OF)))
    want = EXPECTED[name]
    got = {d.document.rel: (d.type, dict(d.fields)) for d in run.report.documents}
    assert set(got) == set(want)
    wrong = {rel: {k: (v, want[rel]["fields"].get(k)) for k, v in fields.items() if v != want[rel]["fields"].get(k)}
             for rel, (_, fields) in got.items()}
    assert {rel: t for rel, (t, _) in got.items()} == {rel: w["type"] for rel, w in want.items()}
    assert not {rel: w for rel, w in wrong.items() if w}, "fields differ from samples/expected.json"
