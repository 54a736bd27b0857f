"""Organisations printed without a label or under the wrong one: banks, issuers, employers and providers known by
the form of their name (building society, credit union, 农村商业银行, a public body named by what it does, a shop
over its trade), a bank's heading over its branch, and values that are no organisation at all (a sentence, a
table's next heading, a row's item, the statement's own bank as its holder).

Every input is made here, in layouts, names and figures of our own (none is a corpus document's): born-digital
PDFs drawn with reportlab, and one scan rasterised from such a PDF, read through the real reading stage
(text layer or Tesseract), classified and extracted as ``packet check`` does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from fixtures_reading import CJK_FONT
from textdoc import make_doc

from packet.case.casefile import Case, Request
from packet.core.model import Classified
from packet.reading.engines import choose
from packet.reading.ingest import read_case
from packet.understanding.classify import classify_one
from packet.understanding.extract import doc_lines, extract, is_sentence, sane_bank, sane_org
from packet.understanding.unlabelled import under_tagline

A4 = (595.0, 842.0)
Item = tuple[float, float, float, str]  # x from the left, y from the top (points), font size (points), text


def _pdf(path: Path, items: list[Item], *, cjk: bool) -> Path:
    """A one-page born-digital document: each item's text drawn at its place and size."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if cjk:
        if "WQY" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
        font = "WQY"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x, y, size, text in items:
        c.setFont(font, size)
        c.drawString(x, A4[1] - y, text)
    c.showPage()
    c.save()
    return path


def _rows(y: float, cells: list[tuple[float, str]], size: float = 10) -> list[Item]:
    return [(x, y, size, text) for x, text in cells]


def _read(root: Path, language: str, want: str):
    """The one document in ``root`` read, classified (asserted to be ``want``) and extracted: its fields."""
    case = Case(root=root, request=Request(language=language,
                                           checklist="en-hardship" if language == "en" else "zh-stop-collection"))
    read = read_case(case, languages="eng" if language == "en" else "chi_sim+eng", jobs=1, cache=None,
                     engine=choose("auto", language))
    assert not read.errors
    [doc] = read.documents
    item = classify_one(doc)
    assert item.type == want
    return extract(item, language).fields


# --- Chinese banks: the heading's bank, not a branch or a sentence --------------------------------------------------

def _village_bank_statement(path: Path) -> Path:
    """A 村镇银行's statement: its name only in the heading; 开户行 gives a branch alone; the footnote names 开户网点
    inside a sentence."""
    items: list[Item] = [(200, 60, 18, "青禾村镇银行"), (215, 88, 13, "个人账户交易明细")]
    items += _rows(120, [(50, "户名：严晓霞"), (300, "卡号：6231 88** **** 3071")])
    items += _rows(140, [(50, "开户行：城西支行"), (300, "查询期间：2026年09月01日—2026年09月30日")])
    items += _rows(170, [(50, "交易日期"), (140, "摘要"), (250, "支出"), (330, "存入"), (420, "余额")])
    rows = [("2026-09-01", "上期结余", "", "", "2,310.40"), ("2026-09-03", "工资", "", "3,600.00", "5,910.40"),
            ("2026-09-07", "消费", "128.50", "", "5,781.90"), ("2026-09-15", "转出", "1,500.00", "", "4,281.90"),
            ("2026-09-22", "消费", "66.30", "", "4,215.60")]
    for k, (d, what, out, inn, bal) in enumerate(rows):
        items += _rows(190 + 18 * k, [(50, d), (140, what), (250, out), (330, inn), (420, bal)])
    items += _rows(300, [(50, "本期余额：4,215.60")])
    items += _rows(330, [(50, "说明：如对本明细有异议，请携带身份证件到开户网点查询。")], 9)
    return _pdf(path, items, cjk=True)


def test_a_branch_or_a_sentence_after_a_bank_label_yields_to_the_bank_in_the_heading(tmp_path: Path) -> None:
    _village_bank_statement(tmp_path / "明细.pdf")
    fields = _read(tmp_path, "zh", "bank_statement")
    assert fields["bank"] == "青禾村镇银行"
    assert fields["account_holder"] == "严晓霞"


def test_the_same_statement_scanned(tmp_path: Path) -> None:
    """The statement above as a 200 dpi scan, read by OCR: the same bank."""
    pdf = _village_bank_statement(tmp_path / "src.pdf")
    scans = tmp_path / "case"
    scans.mkdir()
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(scans / "scan")], check=True)
    fields = _read(scans, "zh", "bank_statement")
    assert fields["bank"] == "青禾村镇银行"


def test_a_known_bank_in_the_heading_beats_the_branch_after_its_label(tmp_path: Path) -> None:
    items: list[Item] = [(170, 60, 17, "中国建设银行 个人活期账户明细")]
    items += _rows(100, [(50, "账户名称：滕佳怡"), (300, "账号：6217 00** **** 5528")])
    items += _rows(120, [(50, "开户网点：南昌分行青山湖支行"), (300, "起止日期：2026-07-01 至 2026-09-30")])
    items += _rows(150, [(50, "日期"), (150, "摘要"), (260, "金额"), (360, "余额")])
    for k, (d, what, amt, bal) in enumerate([("2026-07-02", "代发工资", "5,200.00", "7,450.10"),
                                            ("2026-08-11", "消费", "-312.60", "7,137.50"),
                                            ("2026-09-20", "转账", "-900.00", "6,237.50")]):
        items += _rows(170 + 18 * k, [(50, d), (150, what), (260, amt), (360, bal)])
    _pdf(tmp_path / "ccb.pdf", items, cjk=True)
    fields = _read(tmp_path, "zh", "bank_statement")
    assert fields["bank"] == "中国建设银行"


# --- sentences, placeholders and row items are no organisation -------------------------------------------------------

def test_prose_is_never_an_organisation_or_a_bank() -> None:
    assert is_sentence("经审核，该人员符合失业登记条件")
    assert is_sentence("查询。")
    assert not is_sentence("杭州市西湖区就业管理服务中心")
    assert not is_sentence("Bramble & Finch, Inc.")
    assert sane_org("经审核，该人员符合失业登记条件") is None
    assert sane_org("杭州市西湖区就业管理服务中心") == "杭州市西湖区就业管理服务中心"
    assert sane_bank("查询。") is None
    assert sane_bank("城西支行") is None  # a branch alone names no bank
    assert sane_bank("青禾村镇银行城西支行") == "青禾村镇银行城西支行"
    assert sane_bank("Kestrel Valley Building Society") == "Kestrel Valley Building Society"


def test_an_issuer_under_its_registration_cell_not_the_sentence_under_a_reason(tmp_path: Path) -> None:
    """A registration certificate laid out as a grid: 用人单位 begins a reason's cell ("用人单位经济性裁员") and a
    sentence follows below; the issuer is the office in the 登记机构 cell."""
    items: list[Item] = [(220, 60, 18, "就业失业登记证明")]
    grid = [[(50, "姓  名"), (150, "包子涵"), (300, "性  别"), (400, "女")],
            [(50, "身份证号"), (150, "330106199203154427")],
            [(50, "登记日期"), (150, "2026年08月12日"), (300, "失业原因"), (400, "用人单位经济性裁员")],
            [(50, "登记机构"), (150, "杭州市西湖区就业管理服务中心")]]
    for k, row in enumerate(grid):
        items += _rows(110 + 24 * k, row, 11)
    items += _rows(220, [(50, "经审核，该人员符合失业登记条件，已办理失业登记，现处于失业状态。")], 11)
    items += _rows(240, [(50, "特此证明。")], 11)
    items += _rows(300, [(330, "出具日期：2026年08月15日")], 11)
    _pdf(tmp_path / "登记证明.pdf", items, cjk=True)
    fields = _read(tmp_path, "zh", "unemployment_proof")
    assert fields["issuer"] == "杭州市西湖区就业管理服务中心"


def test_an_employer_under_its_payment_cell_in_an_app_screenshot(tmp_path: Path) -> None:
    """A phone's payslip screen: the employer printed only at the foot, after 发放单位."""
    items: list[Item] = [(40, 30, 10, "10:26"), (480, 30, 10, "4G 62%"), (230, 70, 14, "工资明细"),
                         (210, 100, 13, "2026年08月工资"), (220, 130, 11, "实发金额(元)"), (215, 160, 22, "6,402.75")]
    lines = [("姓名", "韩沐阳"), ("工号", "HZ20417"), ("应发合计", "7,650.00"), ("基本工资", "5,900.00"),
             ("岗位津贴", "1,750.00"), ("社保个人", "-612.00"), ("公积金个人", "-459.00"), ("个人所得税", "-176.25")]
    for k, (label, value) in enumerate(lines):
        items += _rows(200 + 26 * k, [(50, label), (420, value)], 11)
    items += _rows(430, [(50, "发放单位：宁波海曙拓远贸易有限公司")], 9)
    items += _rows(448, [(50, "发放日期：2026-09-10")], 9)
    _pdf(tmp_path / "工资.pdf", items, cjk=True)
    fields = _read(tmp_path, "zh", "payslip")
    assert fields["employer"] == "宁波海曙拓远贸易有限公司"


def test_an_employers_contribution_row_is_not_the_employer(tmp_path: Path) -> None:
    """A template's payslip: "Employer" begins a contribution row whose amount is a placeholder; the employer's
    name is printed nowhere, so none is found (a wrong one would be worse)."""
    items: list[Item] = [(60, 60, 16, "SALARY ADVICE"), (300, 60, 12, "{period}")]
    rows = [("Employee Name", "Kwame Asante"), ("Grade", "{grade}"), ("Basic Pay", "4,150.00"), ("Transport", "380.00"),
            ("Gross Earnings", "4,530.00"), ("Income Tax", "612.40"), ("Take Home Pay", "3,917.60"),
            ("8.5% Employer PF", "{pf_amount}")]
    for k, (label, value) in enumerate(rows):
        items += _rows(100 + 20 * k, [(60, label), (330, value)], 11)
    _pdf(tmp_path / "advice.pdf", items, cjk=False)
    fields = _read(tmp_path, "en", "payslip")
    assert fields["employer"] is None
    assert fields["employee"] == "Kwame Asante"


# --- English banks and public bodies known by their form -------------------------------------------------------------

def test_a_building_society_is_the_bank(tmp_path: Path) -> None:
    items: list[Item] = [(50, 50, 16, "Kestrel Valley Building Society"), (380, 50, 11, "Savings Account Statement"),
                         (50, 68, 8, "Principal Office: 4 Mill Lane, Harrogate HG1 2QT")]
    items += [(50, 110, 10, "Mrs Priya Nair"), (50, 124, 10, "18 Beech Grove"), (50, 138, 10, "York YO24 3FD")]
    items += _rows(110, [(330, "Account number"), (450, "55082714")])
    items += _rows(124, [(330, "Statement date"), (450, "30 September 2026")])
    items += _rows(170, [(50, "Date"), (140, "Description"), (330, "Withdrawn"), (410, "Paid in"), (490, "Balance")])
    for k, (d, what, out, inn, bal) in enumerate([("01 Sep 2026", "Opening balance", "", "", "2,940.00"),
                                                 ("09 Sep 2026", "Transfer in", "", "250.00", "3,190.00"),
                                                 ("21 Sep 2026", "Cash withdrawal", "120.00", "", "3,070.00"),
                                                 ("30 Sep 2026", "Interest", "", "4.12", "3,074.12")]):
        items += _rows(190 + 16 * k, [(50, d), (140, what), (330, out), (410, inn), (490, bal)])
    items += _rows(270, [(330, "Closing balance"), (490, "3,074.12")])
    _pdf(tmp_path / "statement.pdf", items, cjk=False)
    fields = _read(tmp_path, "en", "bank_statement")
    assert fields["bank"] == "Kestrel Valley Building Society"


def test_a_credit_union_in_capitals_is_the_bank_and_never_the_holder(tmp_path: Path) -> None:
    items: list[Item] = [(50, 50, 13, "NORTHGATE TEACHERS CREDIT UNION"), (400, 50, 10, "Statement Period"),
                         (50, 66, 9, "1200 Ridge Ave - Dayton, OH 45402"), (400, 66, 10, "08/01/26 - 08/31/26")]
    items += [(50, 110, 9, "ROBERT J KEMP"), (50, 122, 9, "88 WILLOW CT"), (50, 134, 9, "DAYTON OH 45419")]
    items += _rows(170, [(50, "Date"), (110, "Description"), (330, "Withdrawals"), (410, "Deposits"),
                         (490, "Balance")])
    for k, (d, what, out, inn, bal) in enumerate([("08/03", "PAYROLL DEPOSIT", "", "1,910.55", "2,405.30"),
                                                 ("08/09", "DEBIT CARD GROCER", "84.17", "", "2,321.13"),
                                                 ("08/22", "ACH UTILITY", "133.40", "", "2,187.73")]):
        items += _rows(188 + 16 * k, [(50, d), (110, what), (330, out), (410, inn), (490, bal)])
    items += _rows(260, [(330, "Ending Balance"), (490, "2,187.73")])
    _pdf(tmp_path / "cu.pdf", items, cjk=False)
    fields = _read(tmp_path, "en", "bank_statement")
    assert fields["bank"] == "NORTHGATE TEACHERS CREDIT UNION"
    assert fields["account_holder"] != "NORTHGATE TEACHERS CREDIT UNION"


def test_a_benefit_notice_is_issued_by_the_body_in_its_letterhead_not_a_wages_table(tmp_path: Path) -> None:
    """A benefit determination: the state's workforce agency in its letterhead, a table of the base period's
    employers and wages under an "EMPLOYER" heading (its next heading and its rows are not the issuer)."""
    items: list[Item] = [(50, 40, 10, "COMMONWEALTH OF ALDERA"), (50, 54, 11, "WORKFORCE DEVELOPMENT AGENCY"),
                         (50, 68, 8, "Unemployment Insurance Division - 40 Capitol Sq - Aldera City")]
    items += [(50, 100, 12, "NOTICE OF MONETARY DETERMINATION")]
    items += _rows(130, [(50, "NINA R SALAZAR"), (330, "NOTICE DATE:"), (450, "08/14/2026")], 9)
    items += _rows(143, [(50, "512 ORCHARD WAY"), (330, "CLAIM FILED:"), (450, "08/02/2026")], 9)
    items += _rows(180, [(50, "QUARTER"), (170, "EMPLOYER"), (380, "EARNINGS"), (470, "WEEKS")], 9)
    for k, q in enumerate(["2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1"]):
        items += _rows(196 + 14 * k, [(50, q), (170, "LUMEN DENTAL LABS LLC"), (380, f"{11000 + 217 * k:,}.00"),
                                      (470, "13")], 9)
    items += [(50, 270, 9, "YOUR WEEKLY BENEFIT AMOUNT IS $488.00. YOUR UNEMPLOYMENT CLAIM IS VALID.")]
    _pdf(tmp_path / "notice.pdf", items, cjk=False)
    fields = _read(tmp_path, "en", "unemployment_proof")
    assert fields["issuer"] == "WORKFORCE DEVELOPMENT AGENCY"


def test_a_pharmacy_known_by_the_trade_under_its_name(tmp_path: Path) -> None:
    items: list[Item] = [(170, 50, 20, "Lakshmi Health & Beauty Mart"), (215, 74, 12, "Pharmacists & Opticians"),
                         (150, 92, 9, "12 Station Road, Pune  |  Tel 020 5550 1182")]
    items += _rows(120, [(50, "Patient : Anil Deshmukh"), (350, "Bill No : 4471")], 10)
    items += _rows(136, [(50, "Doctor : Dr. S. Kulkarni"), (350, "Date : 14-09-2026")], 10)
    items += _rows(165, [(50, "Qty"), (100, "Item"), (300, "Batch"), (420, "Amount")], 10)
    items += _rows(181, [(50, "2"), (100, "Cetirizine 10mg"), (300, "C881"), (420, "Rs 84.00")], 10)
    items += _rows(197, [(50, "1"), (100, "Cough syrup 100ml"), (300, "S204"), (420, "Rs 96.00")], 10)
    items += _rows(225, [(300, "TOTAL"), (420, "Rs 180.00")], 11)
    _pdf(tmp_path / "bill.pdf", items, cjk=False)
    fields = _read(tmp_path, "en", "medical_bill")
    assert fields["provider"] == "Lakshmi Health & Beauty Mart"


@pytest.mark.parametrize("tagline", ["General Provisions & Stationery", "Open 9 to 9"])
def test_a_tagline_that_names_no_medical_trade_names_no_provider(tmp_path: Path, tagline: str) -> None:
    doc = make_doc(f"Lakshmi Health & Beauty Mart\n{tagline}\nBill No : 4471")
    assert under_tagline(doc_lines(doc.pages)) is None
    trade = make_doc("Lakshmi Health & Beauty Mart\nChemist & Druggist\nBill No : 4471")
    assert under_tagline(doc_lines(trade.pages)) == "Lakshmi Health & Beauty Mart"


def test_two_documents_reading_the_same_words_do_not_make_a_non_name_sure() -> None:
    """Agreement between documents lifts an organisation's confidence only for a value that reads as one: two
    statements of one bank print the same footnote, and words read after a label inside it ("查询。") agree on
    both without naming the bank. (Values are given as another stage would leave them; a fast unit test.)"""
    from packet.core.model import Classified, Evidence, Extracted
    from packet.understanding import consistency

    def stmt(rel: str, bank: str) -> Extracted:
        doc = make_doc("对账单", rel=rel, sha=rel)  # two files (copies of one file count once)
        item = extract(Classified(doc, "bank_statement"), "zh")
        return Extracted(item.document, "bank_statement", {**item.fields, "bank": bank},
                         evidence={"bank": Evidence("text", 0.86, 1, (0.1, 0.1, 0.2, 0.12), "label")})

    noise = consistency.agree([stmt("a.pdf", "查询。"), stmt("b.pdf", "查询。")])
    assert [x.evidence["bank"].confidence for x in noise] == [0.86, 0.86]
    named = consistency.agree([stmt("a.pdf", "青禾村镇银行"), stmt("b.pdf", "青禾村镇银行")])
    assert [x.evidence["bank"].confidence for x in named] == [0.93, 0.93]


def test_a_label_with_its_value_in_one_cell_beside_a_dated_cell_is_no_row_item() -> None:
    """"员工姓名 韩梅" beside "工资期间 2026.09": the last cell holds a period, not one figure, so the label's cell is
    a label and its value, not a row's item; "Employer pension | 120.00" is a row's item, and the employer is the
    letterhead's company."""
    zh = make_doc("工资单\n单位名称 湖州青檀文具有限公司\n员工姓名 韩梅            工资期间 2026.09\n"
                  "应发工资    实发工资\n6,800.00    5,903.20")
    item = extract(Classified(zh, "payslip"), "zh")
    assert item.fields["employee"] == "韩梅"
    en = make_doc("Tui Software Limited\nPAYSLIP  September 2026\nEmployee name: Aroha Ngata\n"
                  "Gross pay                      5,200.00\nEmployer pension               156.00\n"
                  "Net pay                        3,912.44")
    item = extract(Classified(en, "payslip"), "en")
    assert item.fields["employer"] == "Tui Software Limited"


@pytest.mark.parametrize(("heading", "want"), [
    ("INDUS RIVER FOODS (PVT) LTD.", "INDUS RIVER FOODS (PVT) LTD"),
    ("Ceylon Weaving Mills (Private) Limited", "Ceylon Weaving Mills (Private) Limited"),
    ("Karoo Dairy (Pty) Ltd", "Karoo Dairy (Pty) Ltd")])
def test_an_employer_whose_legal_form_has_a_bracketed_word_beats_the_salary_bank(heading: str, want: str) -> None:
    """Pakistan's and Sri Lanka's "(Pvt) Ltd", "(Private) Limited": a form word in brackets before the legal form is
    still the heading's company, not the salary bank named further down ("Salary A/C Habib Bank Ltd. …")."""
    text = f"""{heading}
Plot 14, Industrial Estate
PAY SLIP FOR THE MONTH OF SEPTEMBER, 2026
Employee Name: Ayesha Siddiqui
Salary A/C Habib Bank Ltd. 0412 ****** 7781
Gross Salary 74,300.00
Net Salary 68,115.00
"""
    got = dict(extract(Classified(make_doc(text), "payslip"), "en").fields)
    assert got["employer"] == want
