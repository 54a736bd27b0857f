"""Documents that look like ours but are not (they must stay ``other``), and real ones in forms that were missed:
a text layer that lost its spaces, a bill without a total label, a payslip dated only in its heading, a page whose
size sits on the PDF's page tree. Every document is generated here, born-digital, and read by the real stages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fixtures_reading import raw_pdf, text_pdf
from test_ingest import only, read

from packet.rules.registry import load_types
from packet.understanding.classify import MIN_SCORE, classify_one, core_met, lost_spaces, scores

A4 = (595.3, 841.9)


def _doc(tmp_path: Path, name: str, lines: list[str], lang: str = "en"):
    text_pdf(tmp_path / name, [lines], cjk=lang == "zh", size=A4)
    return only(read(tmp_path, lang), name)


def _words_only() -> dict:
    """The types with neither a core nor negative words: what the words in favour alone would score."""
    return {n: replace(t, core=(), negative={}) for n, t in load_types().items()}


LOOKALIKES = {
    "discharge_en": ("en", "medical_bill", [
        "RIVERSIDE GENERAL HOSPITAL", "Inpatient Discharge Record", "Patient name: Tomas Kerrigan",
        "Hospital number: RG-55102", "Admitted: 03/03/2025   Discharged: 09/03/2025",
        "Principal diagnosis: community-acquired pneumonia", "Treatment: IV antibiotics, oxygen therapy",
        "Consultant physician: Dr Helen Okafor", "Medication on discharge: Doxycycline 100 mg once daily",
        "Follow-up with the clinic in one week"]),
    "discharge_zh": ("zh", "medical_bill", [
        "华东第三人民医院", "出院小结", "患者姓名：冯晓雯    住院号：ZY2025-3318",
        "入院日期：2025年4月2日    出院日期：2025年4月11日", "入院诊断：胆囊结石伴胆囊炎",
        "治疗经过：腹腔镜胆囊切除术，术后恢复良好", "出院医嘱：低脂饮食，两周后门诊复查", "主治医师：何建国"]),
    "lab_en": ("en", "medical_bill", [
        "Northgate Hospital Pathology Laboratory", "Blood Test Results", "Patient name: Priya Raman",
        "Date of service: 14/05/2025", "Haemoglobin          13.8 g/dL     (11.5-16.5)",
        "Total cholesterol     5.20 mmol/L", "Platelets             245 x10^9/L", "Glucose (fasting)     5.4 mmol/L",
        "Requesting physician: Dr A. Byrne"]),
    "lab_zh": ("zh", "medical_bill", [
        "南山区人民医院检验科", "检验报告单", "患者姓名：邵一鸣    病历号：MZ-20250603-17", "就诊日期：2025年6月3日",
        "白细胞计数    6.35  10^9/L", "血红蛋白    132  g/L", "总胆固醇    4.86  mmol/L", "检验医师：唐敏"]),
    "prescription_en": ("en", "medical_bill", [
        "Elm Street Medical Practice", "Prescription", "Patient name: Gareth Lloyd", "Date: 11/02/2025",
        "Lisinopril 10 mg tablets - one daily - 28 tablets", "Metformin 500 mg tablets - twice daily - 56 tablets",
        "Prescribing physician: Dr K. Mensah", "Hospital referral: none"]),
    "annual_tax_en": ("en", "payslip", [
        "P60 End of Year Certificate", "Tax year to 5 April 2025", "Employee: Niamh Corrigan",
        "Employer: Brookfield Joinery Ltd", "Pay in this employment      £31,200.00",
        "Tax deducted                £3,726.00", "National Insurance          £1,980.40", "Final tax code: 1257L",
        "Net pay for the year        £25,493.60"]),
    "annual_tax_zh": ("zh", "payslip", [
        "2024年度个人所得税综合所得年度汇算", "纳税人姓名：陆嘉明", "任职受雇单位：杭州云帆科技有限公司",
        "全年应发工资：186,000.00", "全年实发工资：152,400.00", "已预缴个人所得税：6,480.00",
        "应补(退)税额：-1,230.00"]),
    "eob_en": ("en", "medical_bill", [
        "Explanation of Benefits", "THIS IS NOT A BILL", "Patient name: Dana Whitcombe",
        "Provider: Lakeside Orthopaedic Clinic", "Date of service: 02/10/2025", "Amount billed      $640.00",
        "Plan discount      $210.00", "Plan paid          $344.00", "Amount due         $86.00"]),
}


@pytest.mark.parametrize("key", sorted(LOOKALIKES))
def test_a_lookalike_stays_other(tmp_path, key):
    """Each look-alike has words enough for the type it resembles (so the test exercises the core or the
    negative words, not a low score), and is classified ``other``."""
    lang, resembles, lines = LOOKALIKES[key]
    doc = _doc(tmp_path, f"{key}.pdf", lines, lang)
    words_only = scores(doc, _words_only())
    assert words_only[resembles] >= MIN_SCORE
    assert classify_one(doc).type == "other", (scores(doc), words_only)


def test_clinical_and_annual_documents_lack_the_core():
    types = load_types()
    assert types["medical_bill"].core and types["payslip"].core


@pytest.mark.parametrize("lines", [
    ["Personal Loan Agreement", "Lender: Harwich Credit Union", "Borrower: Oliver Pratt",
     "Amount of credit     £8,000.00", "Total amount payable     £9,412.80", "Monthly repayment     £261.47",
     "Annual percentage rate 9.9%", "Account number: 40118822"],
    ["Tri-County Power", "Electricity bill", "Account number: 7701-2231", "Billing period 01/04/2025 - 30/04/2025",
     "Units used 412 kWh", "Energy charge £118.30", "Standing charge £9.92", "Amount due £128.22"],
])
def test_a_loan_agreement_and_a_utility_bill_stay_other(tmp_path, lines):
    doc = _doc(tmp_path, "doc.pdf", lines)
    assert classify_one(doc).type == "other", scores(doc)


RUN_TOGETHER = ["HarbourviewLogisticsLtd", "PAYSTUB", "EmployeeName:MarcusQuill", "SSN:XXX-XX-4410",
                "PayPeriod:03/01/2025-03/15/2025", "PAYDATE:03/20/2025", "GROSSPAY:$2,450.00", "NETPAY:$1,871.25",
                "Earnings Current YTD", "RegularHours 80.00 $2,450.00 $12,250.00",
                "FederalIncomeTax $294.00 $1,470.00", "StateIncomeTax $98.00 $490.00", "SocialSecurity $151.90"]


def test_a_pay_stub_whose_text_layer_lost_its_spaces_is_a_payslip(tmp_path):
    doc = _doc(tmp_path, "stub.pdf", RUN_TOGETHER)
    assert lost_spaces(doc.text)
    assert classify_one(doc).type == "payslip", scores(doc)


def test_an_ordinary_text_layer_has_not_lost_its_spaces(tmp_path):
    doc = _doc(tmp_path, "stub.pdf", [ln.replace("Ltd", " Ltd") for ln in LOOKALIKES["discharge_en"][2]])
    assert not lost_spaces(doc.text)
    assert not lost_spaces("Paid to McDonald's Restaurants for the staff lunch on Friday, then an iPhone repair at 12 "
                           "Main Street and a PayPal transfer to Tom O'Neill for the shared taxi home; the rest of "
                           "the month was rent, groceries, the electricity bill and two bus passes for the children")


def test_a_chinese_payslip_dated_only_in_its_heading_shows_the_core(tmp_path):
    doc = _doc(tmp_path, "pay.pdf", ["2025年3月工资条", "姓名：钟立群    部门：仓储部", "基本工资    6,500.00",
                                     "绩效工资    1,200.00", "应发合计    7,700.00", "代扣个税    87.65",
                                     "实发工资    7,212.35"], "zh")
    assert core_met(doc, load_types()["payslip"])
    assert classify_one(doc).type == "payslip", scores(doc)


def test_an_itemised_bill_without_a_total_label_is_a_bill(tmp_path):
    doc = _doc(tmp_path, "bill.pdf", [
        "Westbrook Community Hospital", "Statement of services", "Patient name: Leona Frick",
        "Date of service: 04/22/2025", "Description                         Amount",
        "Emergency department visit          720.00", "X-ray, left wrist                   185.50",
        "Splint application                   96.00", "Patient responsibility: $1,001.50"])
    assert core_met(doc, load_types()["medical_bill"])
    assert classify_one(doc).type == "medical_bill", scores(doc)


def test_a_chinese_outpatient_receipt_is_a_bill(tmp_path):
    doc = _doc(tmp_path, "bill.pdf", ["医疗门诊收费票据", "收费单位：滨江区第二医院", "患者姓名：秦雨桐",
                                      "收费日期：2025-05-08", "西药费    126.40", "检查费    260.00",
                                      "合计（小写）：¥386.40"], "zh")
    assert classify_one(doc).type == "medical_bill", scores(doc)


def _tree_mediabox_pdf(path: Path, lines: list[str]) -> None:
    """An A4 PDF whose /MediaBox sits on the /Pages node (inherited), its first line 20 pt from the top."""
    content = "BT /F1 12 Tf 40 822 Td 24 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595.28 841.89] >>",
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    raw_pdf(path, objects)


def test_a_short_statement_whose_page_size_is_inherited_keeps_its_title(tmp_path):
    """The page's size is on the page tree: the title near the top of the A4 page is on the page (it lies above
    US Letter's 792 pt, the size PDFium's own box lookup falls back to) and makes the four lines a statement."""
    _tree_mediabox_pdf(tmp_path / "stub.pdf", ["Bank Statement", "Account holder: Ines Varga",
                                               "Account number: 30-55-1187", "Closing balance: 2,310.75"])
    doc = only(read(tmp_path), "stub.pdf")
    assert doc.text.splitlines()[0] == "Bank Statement"
    assert classify_one(doc).type == "bank_statement", scores(doc)


def test_labels_of_a_layer_that_lost_its_spaces_are_found_with_spaces_optional(tmp_path):
    """"PayPeriod:", "NETPAY:" and "GROSSPAY:" are the labels "Pay period", "Net pay" and "Gross pay"; a label is not
    found inside a longer run ("PAYPERIODENDING" is no "pay period" followed by a value)."""
    from packet.understanding.extract import extract
    from packet.understanding.label_geometry import doc_lines, find_labels

    doc = _doc(tmp_path, "stub.pdf", RUN_TOGETHER)
    fields = extract(classify_one(doc), "en").fields
    assert (fields.get("net_pay"), fields.get("gross_pay")) == ("1871.25", "2450.00")
    assert fields.get("period") == "2025-03"
    lines = doc_lines(doc.pages)
    assert [h.line.text for h in find_labels(lines, "Net pay")] == ["NETPAY:$1,871.25"]
    spaced = _doc(tmp_path / "spaced", "stub.pdf", ["Brookfield Joinery Ltd", "Payslip", "NETPAYMENTS:  $1,871.25",
                                                      "Pay period: 03/2025"])
    assert not find_labels(doc_lines(spaced.pages), "Net pay")  # spaces kept: "netpay" is not "Net pay"


def test_a_payslip_that_prints_no_date_is_still_a_payslip(tmp_path):
    """A payslip's core is its pay figures: one that prints no month (or whose date OCR lost) is a payslip whose
    period the checklist asks for, never "other" (which would tell the user the payslip is missing)."""
    lines = ["宁波港达物流有限公司", "员工薪酬明细", "员工姓名：柯文静", "部门：单证部", "岗位：专员", "职级：P3",
             "基本工资    5,800.00", "岗位津贴    600.00", "应发合计    6,400.00", "实发工资    5,733.12"]
    undated = _doc(tmp_path, "pay.pdf", lines, "zh")
    assert classify_one(undated).type == "payslip", scores(undated)
    dated = _doc(tmp_path / "dated", "pay.pdf", lines + ["发放日期：2025-04-10"], "zh")
    assert classify_one(dated).type == "payslip", scores(dated)


def test_a_core_group_of_dates_is_met_by_a_date_label_never_a_birth_date(tmp_path):
    """A type whose core asks for a date group (here the payslip's core given ``["period"]`` too, in a types file of
    the user's): "发放日期" (a date label) far down meets it; a birth date does not."""
    from packet.rules.registry import parse_types, types_path

    text = types_path().read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith('core = [["gross_pay", "net_pay"'))
    custom = tmp_path / "types.toml"
    custom.write_text(text.replace(line, 'core = [["gross_pay", "net_pay"], ["period"]]'), encoding="utf-8")
    payslip = parse_types(custom)["payslip"]
    lines = ["宁波港达物流有限公司", "员工薪酬明细", "员工姓名：柯文静", "部门：单证部", "岗位：专员", "职级：P3",
             "基本工资    5,800.00", "岗位津贴    600.00", "应发合计    6,400.00", "实发工资    5,733.12"]
    assert core_met(_doc(tmp_path / "a", "pay.pdf", lines + ["发放日期：2025-04-10"], "zh"), payslip)
    assert not core_met(_doc(tmp_path / "b", "pay.pdf", lines + ["出生日期：1991-04-10"], "zh"), payslip)


@pytest.mark.parametrize("core", ['[["nonsense"]]', '[["patient"]]', '["total"]', "[[]]"])
def test_a_core_that_is_not_amount_or_date_fields_is_refused_with_its_key(tmp_path, core):
    from packet.core.errors import ChecklistError
    from packet.rules.registry import parse_types, types_path

    text = types_path().read_text(encoding="utf-8")
    assert 'core = [["total", "items", "medicine_items", "care_receipt"]]' in text
    bad = tmp_path / "types.toml"
    bad.write_text(text.replace('core = [["total", "items", "medicine_items", "care_receipt"]]', f"core = {core}"), encoding="utf-8")
    with pytest.raises(ChecklistError) as err:
        parse_types(bad)
    assert "core" in str(err.value) and "medical_bill" in str(err.value)
