"""A private practice's bill headed by its doctor ("Dr. J. P. van der Walt" over "MB ChB (UFS) | Practice No. …"):
the doctor is the provider, the degree line never is (an independent set's South African GP receipt gave "MB ChB
(UFS)" as its provider, then nothing). Real Tesseract on a drawn receipt, and text pages for the edges."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_reading import LATIN_FONT
from PIL import Image, ImageDraw, ImageFont
from test_audit_kinds import fields

RECEIPT = """
{head}
{degrees}
RECEIPT / ACCOUNT
Patient            Lindiwe Dlamini
Date of service    03/10/2026
Code   Description                          Amount
0190   Consultation - general practitioner   480.00
0308   Wound suturing                        610.00
TOTAL R 1,090.00
"""


@pytest.mark.parametrize("head,degrees,want", [
    ("Dr. J. P. van der Walt", "MB ChB (UFS) | Practice No. 0486223 | 42 Kellner St, Bloemfontein",
     "Dr. J. P. van der Walt"),
    ("Dr Amaka Obi", "MBBS, FWACP   Practice 77 Allen Avenue, Ikeja", "Dr Amaka Obi"),
    ("Prof. Hendrik de la Rey", "M.B.B.Ch., F.C.P.(SA)", "Prof. Hendrik de la Rey"),
], ids=["za-gp", "ng-mbbs", "dotted-degrees"])
def test_a_doctor_over_a_degree_line_is_the_provider(head: str, degrees: str, want: str) -> None:
    got = fields("medical_bill", RECEIPT.format(head=head, degrees=degrees))
    assert got["provider"] == want, got
    assert got["total"] == "1090.00"


def test_a_titled_name_without_a_degree_is_not_taken_and_a_hospital_wins() -> None:
    got = fields("medical_bill", RECEIPT.format(head="Dr. J. P. van der Walt", degrees="42 Kellner St, Bloemfontein"))
    assert got["provider"] != "Dr. J. P. van der Walt"  # no degree: a patient's or an addressee's name, maybe
    got = fields("medical_bill", RECEIPT.format(head="Pelonomi Regional Hospital\nDr. J. P. van der Walt",
                                                degrees="MB ChB (UFS)"))
    assert got["provider"] == "Pelonomi Regional Hospital", got


def test_a_photographed_gp_receipt_names_its_doctor(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from packet.cli import cli

    img = Image.new("RGB", (1240, 1000), (250, 248, 240))
    d = ImageDraw.Draw(img)
    big, font = ImageFont.truetype(LATIN_FONT, 44), ImageFont.truetype(LATIN_FONT, 26)
    d.text((80, 60), "Dr. J. P. van der Walt", fill=(20, 20, 20), font=big)
    d.text((80, 125), "MB ChB (UFS)  |  Practice No. 0486223  |  42 Kellner St, Bloemfontein", fill=(60, 60, 60),
           font=font)
    for i, line in enumerate(RECEIPT.strip().splitlines()[2:]):
        d.text((80, 230 + i * 48), line, fill=(20, 20, 20), font=font)
    case = tmp_path / "case"
    case.mkdir()
    img.save(case / "receipt.png", dpi=(150, 150))
    import json

    out = CliRunner().invoke(cli, ["check", str(case), "--json", "--as-of", "2026-11-20", "--checklist", "en-hardship"])
    (doc,) = json.loads(out.stdout)["documents"]
    assert doc["type"] == "medical_bill" and doc["fields"]["provider"] == "Dr. J. P. van der Walt", doc["fields"]
    assert doc["evidence"]["provider"]["confidence"] < 0.9  # found by the letterhead's shape: shown to confirm
