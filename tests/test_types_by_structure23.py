"""Types decided by what a document's figures do, not by its title (round 23, independent 18's dev failures):

- an employer's statement of earnings states an average monthly income and prints no pay period and no net pay: an
  income proof, though its title is a payslip's ("Statement of earnings": classify.stated_income), and its monthly
  income is the average under "Average gross monthly";
- a loan's statement prints each payment as interest plus principal and its balance owing falls by the principal only:
  no bank statement (tables.instalment_rows);
- a pharmacy's till slip runs a medicine's name into its strength ("感冒清热颗粒12g*10袋"): its lines name medicines
  (medicine_items: a Chinese character may stand right before a strength);
- a 科目汇总表 prints rows of figures and no date at all (undated_table), a benefit award's statement prints Universal
  Credit's calculation: no bank statement;
- a bank statement dated "Statement Date: 31 Oct 2026" over rows dated "03 OCT" is no table of figures per period
  (period_table is only looked for where no ledger chains); a passbook page dated "28-09-26" is no undated table
  (independent 13's passbook photo, lost while undated_table asked find_dates alone).

Beside each, the page it must not be mistaken for keeps its type: a payslip titled "Statement of earnings" with its
period and net pay, a savings account whose balance moves by each row's one amount, a grocer's till slip. Generated
pages (:mod:`types23gen`), text PDFs and phone photos read by the real pipeline (PDF text layer, Tesseract). On main
the earnings statement was a payslip, the loan statement, the trial balance and the award statement bank statements,
the pharmacy's slip other."""

from __future__ import annotations

import pytest
from fixtures_reading import read_generated
from types23gen import generate

from packet.understanding.classify import classify_one, structures
from packet.understanding.extract import extract

SHAPES = {"earnings-statement": "stated_income", "loan-statement": "instalment_rows", "till-pharmacy": "medicine_items",
          "trial-balance": "undated_table"}
NOT_SHAPES = {"earnings-payslip": {"stated_income"}, "savings-statement": {"instalment_rows", "undated_table"},
              "yearless-statement": {"period_table", "instalment_rows"}, "till-grocer": {"medicine_items"},
              "loan-statement": {"undated_table"}, "passbook-page": {"undated_table", "instalment_rows"}}


@pytest.mark.parametrize(("form", "seed"), [("text", 1), ("photo", 2)])
def test_types_by_what_the_figures_do(tmp_path, form: str, seed: int) -> None:
    items = generate(seed, form)
    read = read_generated(items, tmp_path, seed)
    assert len({id(item) for item, _ in read}) == len(items) == len(read)
    wrong = [(item.sheet.layout, item.type, got) for item, doc in read if (got := classify_one(doc).type) != item.type]
    assert not wrong
    # the income proof's monthly income is the average printed under "8 Average gross monthly" (a box's label over
    # its figure; income_proof's labels), not lost because no "Monthly income" label stands
    income = [(item, doc) for item, doc in read if item.type == "income_proof"]
    assert len(income) == 1
    for item, doc in income:
        assert extract(classify_one(doc), "en").fields["monthly_income"] == item.sheet.truth["monthly_income"]
    for item, doc in read:
        found = structures(doc)
        layout = item.sheet.layout
        if layout in SHAPES:
            assert SHAPES[layout] in found, (layout, found)
        assert not NOT_SHAPES.get(layout, set()) & found, (layout, found)
