"""A statement's closing balance checked against the page's own figures (issue 10, point 2): opening + credits −
debits = closing, each running balance follows from the row before, and among the candidates the one the others
agree with wins. Each page here is generated (text layer: the rows' figures are what OCR reads off a photo of them)
and carries one way the last running balance is not the closing one:

- a summary whose lines are dated like the rows ("09/30/2026 Ending Balance"), over rows that stop before the
  period's end (page 1 of 2): the summary's figures agree, the rows' last balance is mid-period (holdout 9);
- a last row whose balance the photo cut off: its movement moves the balance after the last one printed, and the
  labelled closing balance is that balance less it (independent 15's credit union);
- the rows of two accounts (two currencies) one after the other: the last row's balance is the second account's
  (independent 15's multi-currency statement);
- rows printed newest first whose top row's date OCR misread: the balance of the row under it was taken for the
  closing one, though the top row's figures follow from it (holdout 15's cropped statement);
- a counter statement photographed askew, its figures one line under their labels: "期末余额" beside the page
  total, its own figure on the line under it (independent 15's Yingtan statement).
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from fixtures_reading import text_pdf

from packet.cli import cli


def _closing(tmp_path, lines: list[list[str]], language: str = "en", cjk: bool = False) -> tuple[str | None, float]:
    text_pdf(tmp_path / "statement.pdf", lines, size=(612, 792), cjk=cjk)
    (tmp_path / "packet.toml").write_text(f'[request]\nlanguage = "{language}"\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path), "--as-of", "2026-12-01", "--json", "--no-cache"])
    doc = json.loads(out.output)["documents"][0]
    assert doc["type"] == "bank_statement", doc
    value = doc["fields"]["closing_balance"]
    return value, doc["evidence"]["closing_balance"]["confidence"] if value is not None else 0.0


def test_a_summary_dated_line_by_line_proves_the_closing_balance_over_rows_cut_short(tmp_path):
    rows = [("10/02/2026", "CARD PURCHASE CORNER MARKET", "64.10", "", "7,201.35"),
            ("10/05/2026", "ELECTRIC CO AUTOPAY", "131.77", "", "7,069.58"),
            ("10/08/2026", "PAYROLL DEPOSIT", "", "1,905.40", "8,974.98"),
            ("10/09/2026", "RENT PAYMENT PORTAL", "2,350.00", "", "6,624.98"),
            ("10/13/2026", "PHARMACY 0921", "27.45", "", "6,597.53"),
            ("10/15/2026", "ATM CASH WITHDRAWAL", "200.00", "", "6,397.53")]
    page = ["Ridgeline Savings Bank                                        Page 1 of 3",
            "Marisol Quintero",
            "Summary of Accounts",
            "Account Type                      Account Number         Ending Balance",
            "EVERYDAY CHECKING                 XXXXXX5521             $6,083.64",
            "Account Summary",
            "10/01/2026   Beginning Balance                      $7,265.45",
            "2 Credit(s) This Period                             $3,810.80",
            "9 Debit(s) This Period                              $4,992.61",
            "10/31/2026   Ending Balance                         $6,083.64",
            "Account Activity",
            "Date          Description                         Debits     Credits      Balance"]
    page += [f"{d}    {w:<34} {o:>9}  {i:>9}   {b:>10}" for d, w, o, i, b in rows]
    value, conf = _closing(tmp_path, [page])
    assert value == "6083.64", value  # 7,265.45 + 3,810.80 − 4,992.61; the rows stop on the 15th at 6,397.53
    assert conf >= 0.6


def test_a_movement_whose_balance_was_cut_off_moves_the_closing_balance(tmp_path):
    rows = [("03 Nov", "GROCERY MART EASTSIDE", "81.20", "", "2,318.80 CR"),
            ("07 Nov", "WATER UTILITY", "45.60", "", "2,273.20 CR"),
            ("12 Nov", "JOBSEEKER ALLOWANCE", "", "390.00", "2,663.20 CR"),
            ("18 Nov", "PHONE TOP UP", "25.00", "", "2,638.20 CR"),
            ("25 Nov", "JOBSEEKER ALLOWANCE", "", "390.00", "3,028.20 CR"),
            ("28 Nov", "MEMBER LOAN INSTALMENT 77-120", "275.00", "", "")]
    page = ["Harbourside Teachers Credit Union", "GRACE ABERNATHY-LOWE",
            "Member No. 50912       Statement period 01/11/2026 - 30/11/2026",
            "Opening balance   2,400.00", "Closing balance   2,753.20", "",
            "Date      Description                          Debit      Credit      Balance",
            "          Balance forward                                             2,400.00 CR"]
    page += [f"{d}    {w:<32} {o:>9}  {i:>9}   {b:>12}" for d, w, o, i, b in rows]
    value, conf = _closing(tmp_path, [page])
    assert value == "2753.20", value  # 3,028.20 − 275.00: the label and the rows agree
    assert conf >= 0.6


def test_the_rows_of_two_accounts_close_the_first_one(tmp_path):
    first = [("01 NOV", "BALANCE B/F", "", "", "3,102.55"), ("04 NOV", "TRANSIT CARD TOP UP", "50.00", "", "3,052.55"),
             ("10 NOV", "SALARY CREDIT", "", "2,760.00", "5,812.55"),
             ("16 NOV", "HAWKER CENTRE PAYMENT", "18.30", "", "5,794.25"),
             ("27 NOV", "CONDO MAINTENANCE GIRO", "412.00", "", "5,382.25")]
    second = [("01 NOV", "BALANCE B/F", "", "", "1,045.10"), ("09 NOV", "CARD PURCHASE ONLINE", "120.45", "", "924.65"),
              ("21 NOV", "INWARD REMITTANCE", "", "300.00", "1,224.65")]

    def table(rows):
        return [f"{d}    {w:<30} {o:>9}  {i:>9}   {b:>10}" for d, w, o, i, b in rows]
    pages = [["Lion City Commerce Bank", "Statement of account   Period 01 NOV 2026 TO 30 NOV 2026",
              "TAN WEI LING       Account No. 330-45812-9",
              "TRANSACTION DETAILS - SGD", "Date      Description                     Withdrawal   Deposit    Balance",
              *table(first), "BALANCE C/F (SGD)                                                 5,382.25"],
             ["TRANSACTION DETAILS - EUR", "Date      Description                     Withdrawal   Deposit    Balance",
              *table(second), "BALANCE C/F (EUR)                                                 1,224.65"]]
    value, _ = _closing(tmp_path, pages)
    assert value == "5382.25", value  # not the euro rows' 1,224.65


def test_a_top_row_whose_date_was_misread_closes_rows_printed_newest_first(tmp_path):
    rows = [("T71820455", "20/1 0/2026", "NEFT CR SALARY OCT", "9,850.00 (Cr)", "24,318.40"),  # misread as OCR did
            ("T71544210", "18/10/2026", "UPI DR GROCERY", "1,104.60 (Dr)", "14,468.40"),
            ("T70983377", "14/10/2026", "ATM WDL KOTHRUD", "2,000.00 (Dr)", "15,573.00"),
            ("T70412268", "09/10/2026", "ELECTRICITY BILL PAY", "842.00 (Dr)", "17,573.00"),
            ("T69950131", "05/10/2026", "UPI CR REFUND", "310.00 (Cr)", "18,415.00"),
            ("T69377042", "02/10/2026", "NACH DR LOAN EMI", "4,675.00 (Dr)", "18,105.00")]
    page = ["Statement Period From 01/10/2026 To 20/10/2026",
            "Tran Id      Tran Date     Remarks                      Amount (Rs.)        Balance (Rs.)"]
    page += [f"{t}    {d}    {w:<26} {a:>16}   {b:>12}" for t, d, w, a, b in rows]
    value, _ = _closing(tmp_path, [page])
    assert value == "24318.40", value  # 14,468.40 + 9,850.00; not the second row's balance


def test_a_closing_figure_one_line_under_its_label_is_the_one_the_figures_prove(tmp_path):
    page = ["户名：欧阳秀兰        某某农村商业银行账户交易明细",
            "起始日期：20261001    终止日期：20261031",
            "日期          摘要          借方发生额      贷方发生额      账户余额",
            "              上期余额",
            "                                                            2,105.60",
            "20261008      取现           300.00                          1,805.60",
            "20261015      代发工资                       1,450.00        3,255.60",
            "20261022      缴水费          86.30                          3,169.30",
            "              本页合计        386.30",
            "              期末余额                       1,450.00",
            "                                                            3,169.30"]
    value, _ = _closing(tmp_path, [page], language="zh", cjk=True)
    assert value == "3169.30", value  # 2,105.60 + 1,450.00 − 386.30; not the credits' total beside the label
