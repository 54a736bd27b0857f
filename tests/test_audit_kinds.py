"""Issue 10's "what went wrong, by kind", the kinds no other test covers with an input of its own: each made here
in a layout and with words and figures of its own (not a corpus file's), read as a text layer.

See also tests/test_structure.py (tables, ledgers, 大写/小写, magnitudes, ranges, gazetteers) and
tests/test_input_kinds.py (two-digit years)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from textdoc import make_doc

from packet.case.casefile import Applicant, Case, Request
from packet.cli import cli
from packet.core.model import UNCERTAIN_BELOW, Classified, Extracted
from packet.rules.checklist import load_checklist
from packet.rules.evaluate import evaluate
from packet.rules.registry import load_types
from packet.understanding.extract import extract


def read(type_name: str, *pages: str, language: str = "en") -> Extracted:
    return extract(Classified(make_doc(*pages), type_name), language)


def fields(type_name: str, *pages: str, language: str = "en") -> dict:
    return dict(read(type_name, *pages, language=language).fields)


# --- bank names --------------------------------------------------------------------------------------------

def test_an_all_caps_bank_name_is_the_bank() -> None:
    got = fields("bank_statement", """
GREYSTONE VALLEY BANK
STATEMENT OF ACCOUNT
Account holder: Priya Natarajan       Account number: 70412288
Statement period: 01/08/2026 to 31/08/2026
Closing balance: 3,906.12
""")
    assert (got["bank"] or "").casefold() == "greystone valley bank"


def test_a_brand_without_bank_from_the_gazetteer_as_an_acronym() -> None:
    got = fields("bank_statement", """
ANZ
Access Advantage statement
Account name: Liam O'Connell         BSB 012-345  Account number 4478 1290
Opening balance $1,020.00     Closing balance $1,845.77
Statement period 1 July 2026 to 31 July 2026
""")
    assert got["bank"] == "ANZ"


def test_telephone_banking_in_a_footer_is_not_the_bank() -> None:
    got = fields("bank_statement", """
Eastmoor Bank plc
Account holder: Owen Pritchard      Sort code 30-91-44   Account number 22089175
Statement period: 1 September 2026 to 30 September 2026
Closing balance £612.40
Telephone Banking: 0345 600 2290 (lines open 8am to 8pm)
""")
    assert got["bank"] == "Eastmoor Bank"  # its legal form dropped, as for every bank


@pytest.mark.parametrize("channel", ["网上银行", "微信支付"])
def test_a_channel_printed_on_a_statement_is_not_the_bank(channel: str) -> None:
    got = fields("bank_statement", f"""
{channel}  交易明细
户名：许文静        账号：6217 0012 3456 7890 123
起止日期：2026-06-01 至 2026-06-30
期末余额：4,211.90
""", language="zh")
    assert got["bank"] != channel  # a card prefix may still name the bank; the channel never is it


# --- labels --------------------------------------------------------------------------------------------------

def test_one_word_labels_inside_sentences_give_nothing() -> None:
    got = fields("medical_bill", """
Lakeshore Community Clinic
Patient Name: Marisol Vega          Statement Date: 09/14/2026
Service                                   Charge
Office visit, established patient         185.00
Laboratory panel                           92.40
Total charges                             277.40
Questions? The patient may call us. Payments from your insurer are shown separately.
""")
    assert got["patient"] == "Marisol Vega"
    assert got["provider"] == "Lakeshore Community Clinic"


def test_account_and_bank_inside_sentences_give_nothing() -> None:
    got = fields("bank_statement", """
Marlowe Bank
Statement period: 01/09/2026 to 30/09/2026
Your account number is shown on your card. Bank transfers from abroad may take 3 days.
Closing balance: £1,104.52
""")
    assert got["bank"] == "Marlowe Bank" and got["account_number"] is None and got["account_holder"] is None


def test_us_pay_stub_wording() -> None:
    got = fields("payslip", """
Ridgeline Concrete LLC      Earnings Statement
Employee: Hector Salas        Check Date: 09/30/2026
Pay Period: 09/16/2026 - 09/30/2026
Total Gross      2,140.00
Total Deductions   388.27
Net Check        1,751.73
""")
    assert (got["period"], got["gross_pay"], got["net_pay"]) == ("2026-09", "2140.00", "1751.73")


def test_uk_closing_balance_wording() -> None:
    got = fields("bank_statement", """
Fenwick Bank plc
Account holder: Colin Harper     Account number: 11893302
Statement period: 1 August 2026 to 31 August 2026
Balance brought forward  1,019.33
Balance at close of business 31 August 2026   884.20
""")
    assert got["closing_balance"] == "884.20"


def test_void_placeholders_are_not_a_name() -> None:
    got = fields("payslip", """
Bellweather Tool Hire Ltd      Payslip
Employee: VOID VOID VOID
Pay period: August 2026
Gross pay: 2,400.00     Net pay: 1,951.30
""")
    assert got["employee"] is None


def test_a_zip_code_or_a_year_is_not_an_account_number() -> None:
    got = fields("bank_statement", """
Prairie Mutual Bank
Marcus Feld
88 Alder Lane
Des Moines, IA 50309
Statement period: 08/01/2026 to 08/31/2026      Tax year 2026
Ending balance: $1,310.55
""")
    assert got["account_number"] not in ("50309", "2026")


def test_an_account_nickname_is_not_the_holder() -> None:
    got = fields("bank_statement", """
Westpac
Everyday account
Account name: Everyday account
BSB 032-111   Account number 556 219
Statement period 01/09/2026 to 30/09/2026
Closing balance $2,004.18
""")
    assert (got["account_holder"] or "").casefold() != "everyday account"


# --- types ---------------------------------------------------------------------------------------------------

BILL_PAGE1 = """
Redwood Valley Hospital
Itemized statement                   Statement date: 10/05/2026
Patient: Anton Weiss                 {due}
Date        Description                       Amount
09/21/2026  Emergency room visit              1,240.00
09/21/2026  CT scan, head                       860.00
"""
BILL_PAGE2 = """
{head}
09/22/2026  Observation room, per hour          420.00
09/22/2026  Pharmacy                             75.60
Total charges                                 2,595.60
"""


@pytest.mark.parametrize("due,head", [
    ("", ""),  # the total only on the last page
    ("Amount due: $2,595.60", ""),  # the amount due on page 1, the total again on page 2 under its rows' date
    ("Amount due: $2,595.60", "Redwood Valley Hospital    Patient: Anton Weiss\nDate of service: 09/22/2026"),
], ids=["total-on-last-page", "total-on-both", "running-header"])
def test_a_two_page_itemised_bill_is_one_bill(due: str, head: str) -> None:
    """Page 2 continues the items, each line with its own date: one bill, not two."""
    got = read("medical_bill", BILL_PAGE1.format(due=due), BILL_PAGE2.format(head=head))
    assert got.parts == ()
    assert got.fields["total"] == "2595.60"


ZH_FEE_PAGE1 = """
江夏区康和医院
住院费用清单
住院号 ZY0031   姓名 韦秋芳   入院日期 2026-09-02   出院日期 2026-09-07
日期    项目名称        单位  数量  单价     金额
09-02   床位费          日    5    40.00   200.00
09-03   推拿治疗        次    6    35.00   210.00
09-04   血常规          项    1    20.00    20.00
{foot}
"""
ZH_FEE_PAGE2 = """
日期    项目名称        单位  数量  单价     金额
09-06   中药饮片        剂    7    31.60   221.20
09-07   出院带药        盒    2    42.00    84.00
费用合计：735.20 元
"""


@pytest.mark.parametrize("foot", ["第1页/共2页", "第 1 页，共 2 页", "Page 1 of 2"])
def test_a_page_numbered_one_of_two_keeps_its_second_page_in_one_bill(foot: str) -> None:
    """An independent set's 住院费用清单 "第1页/共2页": page 2 prints other dates and then the total; its page 1 was
    read alone, an item (推拿 210.00) guessed as a total, and the file split in two — the subtotal of page 1 was
    reported as the bill's total. The page numbers say it is one bill."""
    got = read("medical_bill", ZH_FEE_PAGE1.format(foot=foot), ZH_FEE_PAGE2)
    assert got.parts == () and got.fields["total"] == "735.20", (got.parts, got.fields)


def test_two_bills_each_numbered_page_one_of_one_stay_two() -> None:
    one = BILL_PAGE1.format(due="Amount due: $2,595.60") + "Page 1 of 1\n"
    other = BILL_PAGE1.format(due="Amount due: $310.00").replace("10/05/2026", "11/02/2026") + "Page 1 of 1\n"
    assert [p["total"] for p in read("medical_bill", one, other).parts] == ["2595.60", "310.00"]


def test_two_bills_in_one_file_and_two_payslips_paying_the_same_are_still_two() -> None:
    other = BILL_PAGE1.format(due="Amount due: $310.00").replace("10/05/2026", "11/02/2026")
    got = read("medical_bill", BILL_PAGE1.format(due="Amount due: $2,595.60"), other)
    assert [p["total"] for p in got.parts] == ["2595.60", "310.00"]
    slip = "Larch & Finch Ltd   Payslip\nEmployee: Nora Quill\nPay period: {m} 2026\nGross pay: 2,000.00\nNet pay: 1,640.20"
    got = read("payslip", slip.format(m="August"), slip.format(m="September"))
    assert [p["period"] for p in got.parts] == ["2026-08", "2026-09"]


# --- duplicates ----------------------------------------------------------------------------------------------

def _stub(period: str, pay_date: str, net: str, rel: str) -> Extracted:
    text = f"""
Cobalt Freight Inc.           Pay Stub
Employee: Dana Whitfield
Pay period: {period}          Pay date: {pay_date}
Gross pay: 1,650.00           Net pay: {net}
"""
    e = read("payslip", text)
    return Extracted(make_doc(text, rel=rel), e.type, e.fields, evidence=e.evidence)


@pytest.mark.parametrize("second_net", ["1,287.44", "1,302.10"], ids=["same-net-pay", "different-net-pay"])
def test_two_bi_weekly_stubs_of_one_month_are_not_duplicates(second_net: str) -> None:
    a = _stub("10/01/2026 - 10/14/2026", "10/16/2026", "1,287.44", "oct-1.pdf")
    b = _stub("10/15/2026 - 10/28/2026", "10/30/2026", second_net, "oct-2.pdf")
    assert a.fields["period"] == b.fields["period"] == "2026-10"
    case = Case(root=Path("/tmp/c"), applicant=Applicant(name="Dana Whitfield"),
                request=Request(language="en", checklist="en-hardship", hardship="unemployment"))
    r = evaluate([a, b], (), case, load_checklist("en-hardship"), date(2026, 11, 20))
    assert [p.code for d in r.documents for p in d.problems] == []
    # the same stub twice (another file, the same figures and dates) still is one
    c = _stub("10/01/2026 - 10/14/2026", "10/16/2026", "1,287.44", "oct-1-copy.pdf")
    c = Extracted(make_doc(c.document.pages[0].text + "\n", rel="oct-1-copy.pdf"), c.type, c.fields)
    r = evaluate([a, c], (), case, load_checklist("en-hardship"), date(2026, 11, 20))
    assert [p.code for p in r.documents[1].problems] == ["duplicate"]


# --- amounts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [("月薪：3.5萬元", "35000"), ("月收入 8仟元", "8000"), ("約2.4萬", "24000")])
def test_traditional_magnitudes_next_to_digits(text: str, value: str) -> None:
    from decimal import Decimal

    from packet.understanding.values import find_money

    hits = find_money(text)
    assert hits and hits[0].value == Decimal(value) and hits[0].marked


def test_an_implausible_amount_is_uncertain_never_silently_counted(tmp_path) -> None:
    """A month's net pay of 3.60 (a misread magnitude, another column's figure) is shown for the user to confirm;
    a plausible one read the same way is not; a user's [fields] value settles it."""
    from fixtures_reading import text_pdf

    lines = ["Thornbury Joinery Ltd", "Payslip", "Employee: Agnes Mburu", "Pay period: September 2026",
             "Gross pay: 2,950.00"]
    text_pdf(tmp_path / "sep.pdf", [lines + ["Net pay: 3.60"]])
    text_pdf(tmp_path / "oct.pdf", [[ln.replace("September", "October") for ln in lines] + ["Net pay: 2,301.75"]])
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Agnes Mburu"\n[request]\nlanguage = "en"\n',
                                          encoding="utf-8")
    run = CliRunner()
    out = json.loads(run.invoke(cli, ["check", str(tmp_path), "--json", "--as-of", "2026-11-20", "--no-cache"]).stdout)
    docs = {d["path"]: d for d in out["documents"]}
    assert docs["sep.pdf"]["fields"]["net_pay"] == "3.60" and docs["sep.pdf"]["uncertain_fields"] == ["net_pay"]
    assert docs["sep.pdf"]["evidence"]["net_pay"]["confidence"] < UNCERTAIN_BELOW
    assert docs["oct.pdf"]["uncertain_fields"] == []
    text = run.invoke(cli, ["check", str(tmp_path), "--as-of", "2026-11-20", "--no-cache"]).output
    assert "net pay 3.60" in text and 'net_pay = "3.60"' in text  # shown, with the line that confirms or corrects it
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Agnes Mburu"\n[request]\nlanguage = "en"\n'
                                          '[fields."sep.pdf"]\nnet_pay = "2,360.00"\n', encoding="utf-8")
    out = json.loads(run.invoke(cli, ["check", str(tmp_path), "--json", "--as-of", "2026-11-20", "--no-cache"]).stdout)
    sep = next(d for d in out["documents"] if d["path"] == "sep.pdf")
    assert sep["fields"]["net_pay"] == "2360.00" and sep["uncertain_fields"] == []


def test_net_pay_above_gross_pay_doubts_both(tmp_path) -> None:
    """A part larger than its whole (net 9,227.63 under gross 2,640.00: one of them misread, a thumb over a figure)
    is shown for the user to confirm, both figures; net pay below gross is left as it is."""
    from fixtures_reading import text_pdf

    head = ["Kestrel Print Works Ltd", "Payslip", "Employee: Tomasz Wrobel", "Pay period: October 2026"]
    text_pdf(tmp_path / "oct.pdf", [head + ["Gross pay: 2,640.00", "Net pay: 9,227.63"]])
    text_pdf(tmp_path / "sep.pdf", [[ln.replace("October", "September") for ln in head]
                                    + ["Gross pay: 2,640.00", "Net pay: 2,227.63"]])
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Tomasz Wrobel"\n[request]\nlanguage = "en"\n',
                                          encoding="utf-8")
    out = json.loads(CliRunner().invoke(cli, ["check", str(tmp_path), "--json", "--as-of", "2026-11-20",
                                              "--no-cache"]).stdout)
    docs = {d["path"]: d for d in out["documents"]}
    assert docs["oct.pdf"]["fields"]["net_pay"] == "9227.63"  # still shown and counted
    assert sorted(docs["oct.pdf"]["uncertain_fields"]) == ["gross_pay", "net_pay"]
    assert docs["sep.pdf"]["uncertain_fields"] == []


def test_a_plausible_range_must_be_a_money_fields_two_bounds(tmp_path) -> None:
    from packet.core.errors import ChecklistError
    from packet.rules.registry import builtin_dir, parse_types

    text = (builtin_dir() / "types.toml").read_text(encoding="utf-8")
    assert load_types()["payslip"].plausible["net_pay"][0] > 1  # a month's pay of 1.20 (1.2万 misread) is doubted
    for bad in ('plausible = { net_pay = [1000000, 50] }', 'plausible = { period = [1, 2] }',
                'plausible = { net_pay = [50] }'):
        path = tmp_path / "types.toml"
        path.write_text(text.replace('plausible = { gross_pay = [50, 1000000], net_pay = [50, 1000000] }', bad),
                        encoding="utf-8")
        with pytest.raises(ChecklistError, match="plausible"):
            parse_types(path)


def test_a_payslip_as_a_pdf_and_as_a_scan_is_one_document(tmp_path) -> None:
    """The same figures and dates read once from a text layer and once by Tesseract from a scan: a duplicate
    (counted once), OCR's small misreadings notwithstanding."""
    from fixtures_reading import page_image, save_image, text_pdf

    lines = ["Osprey Marine Supplies Ltd", "Payslip", "Employee: Kwame Boateng   Staff no 40917",
             "Pay period: September 2026   Paid 30/09/2026", "Gross pay: 2,875.00", "Income tax: 346.20",
             "National Insurance: 187.44", "Net pay: 2,341.36"]
    text_pdf(tmp_path / "sep.pdf", [lines])
    save_image(page_image(lines, size_in=(5.5, 4.5), dpi=300), tmp_path / "scans" / "sep.png", "PNG", dpi=300)
    (tmp_path / "packet.toml").write_text('[applicant]\nname = "Kwame Boateng"\n[request]\nlanguage = "en"\n',
                                          encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--json", "--as-of", "2026-11-20", "--no-cache"])
    docs = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    assert docs["scans/sep.png"]["fields"]["net_pay"] == docs["sep.pdf"]["fields"]["net_pay"] == "2341.36"
    codes = sorted(p["code"] for d in docs.values() for p in d["problems"])
    assert codes == ["duplicate"]
    assert docs["scans/sep.png"]["problems"]  # the scan is the copy: the text layer counts (evaluate._copy_rank)


def test_a_credit_union_member_number_is_the_account() -> None:
    """Credit unions number their members' accounts by the member (an independent set's Cork statement: "Member no.
    20417" gave no account number)."""
    got = fields("bank_statement", """
Ballyhale Credit Union Ltd            MEMBER STATEMENT
Member        Aoife Brennan
Member no.    31822
Period        01/10/2026 to 31/10/2026
Date        Transaction             Shares     Share bal.
01/10/2026  Opening balance                    1,204.10
09/10/2026  Lodgement - salary      +2,040.00  3,244.10
""")
    assert got["account_number"] and got["account_number"].endswith("1822"), got


def test_a_holder_s_name_run_on_into_the_bank_s_is_cut_off() -> None:
    """"户名：饶冬梅 鹰潭农村商业银行账户交易明细" on one line of a photo gave the bank "饶冬梅鹰潭农村商业银行" (independent
    15, read after it was judged)."""
    got = fields("bank_statement", """
户名：宋佩兰          抚州农村商业银行账户交易明细
起始日期：20261001 账号：6230 9012 7700 4471
终止日期：20261031
20261002 POS消费 168.35 1,468.35
20261009 工资 3,000.00 4,468.35
期末余额 4,468.35
""", language="zh")
    assert got["account_holder"] == "宋佩兰" and got["bank"] and not got["bank"].startswith("宋佩兰"), got
    from packet.understanding.extract import p_name

    assert p_name("饶冬梅 鹰潭农村商业银行账户交易明细") == "饶冬梅"  # a name, a space, a title run on after it
    assert p_name("宋 佩 兰") == "宋佩兰" and p_name("工资条 明细表格式") is None  # spaced out; no family name


def test_a_site_wage_roster_is_paid_by_the_labour_subcontractor() -> None:
    """A 农民工工资发放表 names the general contractor first and the labour subcontractor, the workers' employer,
    second: the first was taken as the employer at 0.90 (independent 15, read after it was judged)."""
    got = fields("payslip", """
滨江花园（三期）项目 农民工工资发放表
施工总承包单位：宜宾建工集团有限公司                 工资所属期：2026年10月1日—10月31日
劳务分包单位：四川蜀禾建筑劳务有限公司               发放方式：银行代发（工资专用账户）
序号  姓名    工种    出勤天数  日工资(元)  应发金额(元)  代扣水电  实发金额(元)
1     罗德明  木工    25        300         7,500.00      60.00     7,440.00
""", language="zh")
    assert got["employer"] == "四川蜀禾建筑劳务有限公司", got


def test_a_member_number_stands_in_only_when_no_account_number_is_printed() -> None:
    """Independent 9's Kootenay statement prints "Member No. 48213" and names the account otherwise: the member number
    taken as the account (a regression of this round's member-number label, caught by the full bench)."""
    got = fields("bank_statement", """
KOOTENAY VALE CREDIT UNION                       Member Statement
Statement Period: Oct 1, 2026 to Oct 31, 2026    Member No. 51827
DELPHINE ARSENAULT                               Closing Balance 3,566.44
Chequing - Account 0051827-100
Date     Description                Withdrawals   Deposits   Balance
Oct 01   Opening Balance                                     1,322.57
Oct 02   e-Transfer Received                      250.00     1,572.57
""")
    assert got["account_number"] and got["account_number"].replace("-", "").endswith("7100"), got

