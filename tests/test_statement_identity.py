"""Bank statements' identity blocks measured on documents from :mod:`stmtgen_identity` (issue 10, wave 11), read as
packet reads them: key/value grids (Customer | Name | Account Name; 户名 | 客户名称), summary tables whose header row
stands over one value row, short brands (HSBC, ANZ, DBS) with the holder in an unlabelled name-and-address block
(Malay "binti"/"bin" names, postcodes before the town, Eircodes), the account in the heading line, the account after a
sort code / BSB / transit / NSC on one line, masked accounts (****7716, xxxx xxxx 1234, 尾号7716), banking-app screens
with a month filter (2026年10月 ▼, "Oct 2026 ▾") and an app's name as the only bank name (平安口袋银行, 工银融e联), and
mini statements that print no period (it must then be absent or below 0.6).

Measured at main b264f52 before this work (text PDFs): seed 11, 4 of each layout: types 25/28, fields 123/156
(78.8 %), 8 of 8 unprinted period ends given at 0.7; seed 5, 6 of each: 41/42 and 196/234 (83.8 %), 12 of 12. After
it: seed 11 28/28 and 156/156; seed 5 42/42 and 232/234; seed 3 (not looked at while fixing) 42/42 and 234/234 after
one round of fixes (228/234 before it); no unprinted period at 0.6 or more, nothing wrong at 0.9, before or after. One
of each layout in its drawn form (summary table scanned, masked accounts photographed, the app screen captured, all
OCR'd): 37/39 before the month filter read OCR's "v" for its arrow, 39/39 after.
"""

from __future__ import annotations

from pathlib import Path

from stmtgen_identity import measure

TYPE_BAR = 0.96  # 28/28 on seed 11: one mistyped statement of 28 still passes
FIELD_BAR = 0.95  # 156/156 on seed 11; 232/234 (99.1 %) on seed 5, 234/234 on seed 3


def test_statement_identity_on_generated_layouts(tmp_path: Path) -> None:
    got = measure(tmp_path, seed=11, per_layout=2, images=False)  # 4 per layout measured when the bars were set
    assert got["sure_wrong"] == 0, got["failures"]
    assert got["absent_sure"] == 0, got["failures"]  # a mini statement's rows invent no period at 0.6 or more
    assert got["types"] / got["docs"] >= TYPE_BAR, got["failures"]
    assert got["right"] / got["fields"] >= FIELD_BAR, got["failures"]


def test_statement_identity_in_drawn_forms(tmp_path: Path) -> None:
    """One of each layout in its drawn form: three OCR'd pictures (a scan, a phone photo, an app screenshot)."""
    got = measure(tmp_path, seed=11, per_layout=1, images=True)
    assert got["sure_wrong"] == 0 and got["absent_sure"] == 0, got["failures"]
    assert got["types"] == got["docs"], got["failures"]
    assert got["right"] / got["fields"] >= 0.92, got["failures"]  # 39/39 measured


def _stmt(text: str, language: str = "en"):
    from textdoc import make_doc

    from packet.core.model import Classified
    from packet.understanding.extract import extract

    return extract(Classified(make_doc(text), "bank_statement"), language)


def test_the_account_after_a_routing_code_is_only_the_account_part() -> None:
    from packet.understanding.extract import p_account_after_code

    assert p_account_after_code("90-00-17  12345678") == "12345678"
    assert p_account_after_code("062-000 1234 5678") == "12345678"
    assert p_account_after_code("900017 12345678") == "12345678"
    assert p_account_after_code("12345678") == "12345678"  # the code printed elsewhere
    got = _stmt("Harbour Bank\nSort code / Account number   40-11-62  71234568\n"
                "Statement period 01 May 2026 to 31 May 2026\n")
    assert got.fields["account_number"] == "71234568"


def test_a_date_s_year_is_no_account_number() -> None:
    from packet.understanding.extract import p_account

    assert p_account("02 Oct 2026") is None
    assert p_account("2025-03-01") is None  # a date under a label the account's label is the start of
    assert p_account("Account ending 7716") == "7716"


def test_a_month_filter_over_yearless_rows_is_the_period() -> None:
    got = _stmt("平安口袋银行\n收支明细\n借记卡 尾号4521\n2026年10月 ▼\n消费-超市 -24.32\n10月21日 19:46\n"
                "代发工资 +8,391.38\n10月15日 09:59\n转账 -45.96\n10月3日 11:56\n", "zh")
    assert (got.fields["period_start"], got.fields["period_end"]) == ("2026-10-01", "2026-10-31")
    assert got.fields["bank"] == "平安银行"  # the app's name is its bank's
    assert got.fields["account_number"] == "4521"
    # a row outside the month printed: the month is not the listing's, and no period is made up
    off = _stmt("Activity Oct 2026 v\nRent -286.92\n30 Oct\nTop Up -164.93\n2 Nov\nInterest -1.20\n3 Oct\n")
    assert off.fields["period_start"] is None


def test_a_mini_statement_s_few_rows_give_its_period_only_as_a_guess() -> None:
    got = _stmt("Savanna Bank\nMini statement\nAccount holder: Wanjiru Kamau\nAccount number: 1029384756\n"
                "Date Details Debits Credits Balance\n02 Feb 2026 ATM WITHDRAWAL 226.16 3,682.92\n"
                "06 Feb 2026 DD ELECTRIC CO 101.35 3,581.57\n27 Feb 2026 EFTPOS PETROL 310.28 3,271.29\n")
    ev = got.evidence.get("period_start")
    assert got.fields["period_start"] is None or (ev is not None and ev.confidence < 0.6)


def test_a_name_with_a_particle_over_an_address_whose_postcode_leads_the_town() -> None:
    got = _stmt("RHB\nSiti Nurhaliza binti Kamal\nNo. 8, Jalan Bukit 24\n47300 Petaling Jaya, Selangor\n"
                "Statement period 01/05/2026 - 31/05/2026\n")
    assert got.fields["account_holder"] == "Siti Nurhaliza binti Kamal"
    assert got.evidence["account_holder"].confidence < 0.6  # by its place alone: the user confirms it
