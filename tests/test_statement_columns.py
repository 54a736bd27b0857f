"""Bank statements whose transaction table names the other party of each row (issue 10, sixth round): a column
head such as "对方卡号/账号" or "Counterparty account" holds one of our labels ("账号", "account") but labels the
other party's number, so the statement's own account and holder must come from the header, never from that
column's first row.

Every statement here is written for the test (other banks, names, figures and column orders than the corpora)
and read through the real extractor."""

from __future__ import annotations

from decimal import Decimal

from textdoc import make_doc

from packet.core.model import Classified
from packet.understanding.extract import extract


def fields(type_name: str, text: str, language: str = "en") -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


def test_a_counterparty_account_column_is_not_the_statement_account_zh() -> None:
    got = fields("bank_statement", """
                         华夏商业银行 活期账户交易明细
户名：钱美玲                        储蓄卡号：6230 5511 2208 7741 06
查询期间：2026-08-01 至 2026-08-31

交易日期      摘要        交易金额        账户余额      交易对手账号          对方户名
2026-08-03   转账        -450.00        12,150.00    955880 1234 5678    周大伟
2026-08-17   工资         7,300.00      19,450.00    3301 0088 7766      杭州云帆科技有限公司
2026-08-29   消费        -212.40        19,237.60    —                   联华超市
""", "zh")
    assert got.get("account_number") != "95588012345678"
    assert got.get("account_number") == "623055112208774106"
    assert got.get("account_holder") == "钱美玲"
    assert got.get("closing_balance") == "19237.60"


def test_without_its_own_number_a_statement_reports_none_rather_than_a_counterpartys() -> None:
    # the header gives no account number: the one under "对手方卡号" must not stand in for it
    got = fields("bank_statement", """
                    东江农村商业银行 个人账户对账单
客户姓名：梁振宇
起止日期：2026年9月1日 至 2026年9月30日

记账日      对手方卡号            对手方名称          支出        收入        结余
09-05      6217 0000 3355 8812   广州晨光餐饮有限公司              3,600.00    5,020.35
09-19      6228 4800 9090 1177   梁小芸              800.00                  4,220.35
""", "zh")
    assert got.get("account_number") is None
    assert got.get("account_holder") in (None, "梁振宇")


# --- a running-balance column headed "Closing Balance", a period in two labelled ends, a summary line ------------

def test_a_period_printed_as_two_labelled_ends_is_one_range() -> None:
    from packet.understanding.values import parse_range
    assert str(parse_range("Period From : 04/05/2025 To : 03/06/2025")) == \
        "(datetime.date(2025, 5, 4), datetime.date(2025, 6, 3))"
    assert str(parse_range("对账期间 2025-02-01 至：2025-02-28")) == \
        "(datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))"


def test_a_closing_balance_column_head_gives_the_last_running_balance() -> None:
    # the column of running balances is headed "Closing Balance" (its first row is no closing balance); a narration
    # carries another range of dates (an interest period); the last row is a day before the period's end; an
    # undated summary line under the rows is no transaction of the last day
    got = fields("bank_statement", """
Malabar Urban Co-operative Bank Ltd.
Fort Branch, Kochi 682001
ANIL THOMAS                                        Account No : 44719930021
                                                   Statement From : 01/03/2026 To : 31/03/2026
Date       Particulars                         Ref No.       Debit         Credit        Closing Balance
03/03/26   POS/RELIANCE FRESH/KOCHI            55102         2,460.00                    17,540.00
09/03/26   NEFT CR-KOCHI PORT TRUST SALARY     N88123                      41,250.00     58,790.00
14/03/26   EMI LOAN A/C 9931                   71003         12,900.00                   45,890.00
30/03/26   INT.CR:44719930021:01-01-2026 TO 30/03/26                       402.65        46,292.65
Opening Balance 20,000.00   Debits 2   Credits 2   Closing Bal 46,292.65
""")
    assert got["period_start"] == "2026-03-01"
    assert got["period_end"] == "2026-03-31"
    assert got["closing_balance"] == "46292.65"


def test_running_balances_misread_in_the_middle_still_chain_to_the_closing_balance() -> None:
    # a scan's OCR garbles two balances mid-table (a doubled point, a colon for the point): the rows around them
    # agree on what they were, so the column still confirms its last balance; no label names the closing balance
    text = """
                    江南农商银行 账户交易明细
户名：孔德明                        账号：6214 6611 0029 3385
查询期间：2026-06-01 至 2026-06-30
日期          交易金额      余额          摘要        渠道
2026-06-03    -230.00      5,120.40      消费        POS
2026-06-07    3,900.00     9,020.4.0     代发工资    其他
2026-06-11    -1,500.00    7,520.40      转账        手机银行
2026-06-18    -640.25      6,880:15.     还款        其他
2026-06-24    -75.00       6,805.15      缴费        网上银行
2026-06-29    0.88         6,806.03      结息        柜台
"""
    assert fields("bank_statement", text, "zh")["closing_balance"] == "6806.03"


def test_a_misread_balance_is_not_mended_when_the_next_row_does_not_agree() -> None:
    from packet.understanding.label_geometry import doc_lines
    from packet.understanding.tables import ledger

    rows = """
2026-06-03    -230.00      5,120.40      消费
2026-06-07    3,900.00     9,020.4.0     代发工资
2026-06-11    -1,500.00    7,000.00      转账
2026-06-18    -640.25      6,359.75      还款
"""
    book = ledger(doc_lines(make_doc(rows).pages), True)
    assert book is not None
    assert [e.amounts[-1] for e in book.entries][1] != Decimal("9020.40")


def test_a_holder_over_an_address_with_a_canadian_postal_code() -> None:
    # no label names the holder: a name over a street line and a town line ending in a postal code of the
    # letter-digit-letter form ("T2P 1J9"), the period and the account printed in a second column beside them
    got = fields("bank_statement", """
Aspen Valley Savings                                                     Chequing Statement
Box 220, Canmore, AB T1W 2T8

MARGUERITE L OSEI                                            Statement Period: Sep 1, 2026 - Sep 30, 2026
77 BOW VALLEY TRAIL                                          Member No: 55120
CALGARY AB T2P 1J9                                           Account: Chequing 20381-114-7702

Date        Description                           Withdrawals       Deposits        Balance
Sep 03      POS PURCHASE CO-OP                         62.18                          1,437.82
Sep 15      PAYROLL DEPOSIT                                            1,905.44       3,343.26
""")
    assert got.get("account_holder") == "MARGUERITE L OSEI"


def test_a_balance_column_printed_left_of_the_date_gives_the_closing_balance() -> None:
    """The running balance as each row's first amount (balance | date | description | amount): the balances chain
    that way and not the usual way, so the last row's first amount is the closing balance, not the column's first
    row under its 余额 head."""
    got = fields("bank_statement", """
                         浙商银行 个人账户交易流水
户名：严晓峰                       账号：6223 0912 4470 1185
起止日期：2026-09-01 至 2026-09-30
余额            交易日期      摘要        收支     金额
8,410.20       2026-09-01    期初余额
8,122.70       2026-09-04    消费        支出     287.50
13,902.70      2026-09-10    工资        收入     5,780.00
12,402.70      2026-09-15    还款        支出     1,500.00
12,360.30      2026-09-26    话费        支出     42.40
""", "zh")
    assert got.get("closing_balance") == "12360.30"


def test_a_scanned_dash_read_as_yi_still_joins_a_period() -> None:
    """A Chinese OCR model reads the dash between two whole dates as 一 ("one"): still a range."""
    got = fields("bank_statement", """
                         浙商银行 个人账户交易流水
户名：严晓峰                       账号：6223 0912 4470 1185
查询期间：2026年08月01日一2026年09月30日
2026-08-05   消费   -87.50     3,912.50
2026-09-12   工资    5,780.00  9,692.50
""", "zh")
    assert (got.get("period_start"), got.get("period_end")) == ("2026-08-01", "2026-09-30")


def test_a_monthly_summary_column_head_yields_to_the_labelled_closing_line() -> None:
    """"Closing Balance" heads a column of twelve months' figures; its first row is January's. The same words on a
    line of their own with a figure ("Year-end Closing Balance: 41,905.10") give the statement's closing balance."""
    months = "\n".join(f"{m} 2025    {1000 + i * 10:,}.00    {900 + i:,}.00    {30000 + i * 1000:,}.00"
                       for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                              "Nov", "Dec")))
    got = fields("bank_statement", f"""
Kestrel Mutual Bank - Annual Account Summary
Account Holder: Priya Raman
Account Number: 4410 2203 9987
Statement Period: Jan 2025 - Dec 2025
Month       Credits       Debits       Closing Balance
{months}
Year-end Closing Balance: 41,905.10
""")
    assert got.get("closing_balance") == "41905.10"
