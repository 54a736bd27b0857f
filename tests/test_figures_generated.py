"""Money and account figures measured on documents from :mod:`figgen` (statements with only a running balance,
summary grids, banking-app screens with card tails, 交易明细; payslips with earnings rows and negative deductions,
工资条 with 大写 net; bills with GST/VAT; 住院结算清单; income letters zh/en), read as packet reads them: real PDFs
and pictures, classified and extracted.

The bar is what packet reaches, not a wish. Measured at main 44e5163 before this work: text PDFs (seed 11, 8 of
each layout) types 75/80, fields 87/118 (73.7 %); in their drawn forms (seed 11, 3 of each layout, 10 of them scans,
photos or screenshots read by OCR) types 29/30, fields 35/46 (76.1 %). After it: 75/80 and 118/118 (seed 5: 59/60,
94/94); in their drawn forms 29/30 and 45/46 (an app screenshot's masked tail "**** 2059" lost to OCR). Nothing
wrong at 0.9 before or after. What packet still misses: an English banking-app screen is taken as "other" (a balance
and a list of transactions are too few words for a bank statement), so its two fields are not counted."""

from __future__ import annotations

from pathlib import Path

from figgen import measure

TYPE_BAR = 0.9  # the English app screens (one layout in ten, about half of them) are still "other"
FIELD_BAR = 0.97  # 118/118 and 94/94 on seeds 11 and 5 (text): room for one miss in forty documents


def test_figures_on_generated_text_pdfs(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=11, per_layout=2, images=False)  # 4 per layout measured when the bars were set
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["types"] / got["docs"] >= TYPE_BAR, got["failures"]
    assert got["right"] / got["fields"] >= FIELD_BAR, got["failures"]


def test_figures_on_generated_pictures(tmp_path: Path) -> None:
    """One of each layout in the form the generator draws for it (a third of payslips and bills as scans or photos,
    the app as a screenshot): OCR'd figures hold too."""
    got = measure(tmp_path, seed=11, per_layout=1, images=True)
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["right"] / got["fields"] >= 0.85, got["failures"]  # 15/16 measured: one OCR misreading allowed
