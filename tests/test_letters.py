"""Letters and notices in layouts of our own (issue 10): the letter's date is the date it was written or mailed,
never a date that a label in the body gives another role (a benefit year's end, a start of employment); the person
is the subject line's or the addressee block's, capitals and a bare middle initial included; an initial and a
surname under a label yield to the full name the same document prints for that person."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from textdoc import make_doc

from packet.core.model import UNCERTAIN_BELOW, Classified
from packet.understanding.extract import extract


def fields(type_name: str, text: str, language: str) -> dict:
    return dict(extract(Classified(make_doc(text), type_name), language).fields)


def test_a_notice_is_dated_by_its_mailing_date_not_by_the_body_dates() -> None:
    text = """
                         COMMONWEALTH LABOR AGENCY
                         Claims Processing Unit
                    NOTICE OF BENEFIT ELIGIBILITY
ROSALIND P OKWU                              MAILING DATE:       03/14/2026
4410 BIRCHWOOD AVE UNIT 7                    APPLICATION FILED:  02/28/2026
ALLENTOWN PA 18104                           BENEFIT YEAR ENDS:  02/27/2027
YOUR WEEKLY AMOUNT IS $455.00
"""
    got = fields("unemployment_proof", text, "en")
    assert got["date"] == "2026-03-14"
    assert got["person"] == "ROSALIND P OKWU"


def test_a_date_that_a_label_gives_another_role_is_never_the_letters_date() -> None:
    # the letter's date stands alone at its head; the body's labelled dates come later, in a column of their own
    text = """
Northfield Borough Council
Revenues and Benefits
                                                     17 February 2026
Ms Priya Nandakumar
22 Larkspur Close
Northfield NF4 2QT
Jobseeker's Allowance: end of your award
Your award ended because your claim was closed.
Start of award:                                      02 September 2025
Last day of entitlement:                             31 January 2026
"""
    got = fields("unemployment_proof", text, "en")
    assert got["date"] == "2026-02-17"


def test_chinese_letter_date_is_not_the_date_of_joining() -> None:
    text = """
在职收入证明
兹证明 欧阳海燕 女士为我公司正式员工。
入职日期：                2019年3月11日
岗位：                    财务主管
月均收入：                1.35万元
特此证明。
苏州泓川精密机械有限公司（盖章）
"""
    got = fields("income_proof", text, "zh")
    assert got["date"] is None  # no date of the letter is printed: none is better than the date of joining
    assert got["employee"] == "欧阳海燕"
    assert got["monthly_income"] == "13500.00"


def test_the_subject_line_names_the_person_with_a_middle_initial() -> None:
    text = """
Granite Peak Outfitters LLC
901 Summit Road, Boulder CO 80302
November 6, 2026
Re: Tobias R. Lindqvist, warehouse lead
To whom it may concern,
This letter confirms the employment of the above named since 2021 as a warehouse lead.
His gross monthly salary is $4,880.00 per month.
Sincerely, Dana Ortiz, Human Resources
"""
    got = fields("income_proof", text, "en")
    assert got["employee"] == "Tobias R. Lindqvist"
    assert got["date"] == "2026-11-06"
    assert got["monthly_income"] == "4880.00"


def test_a_letters_addressee_block_names_the_person_when_the_prose_does_not() -> None:
    text = """
                       Department of Jobs and Skills
                       PO Box 5512, Hobart TAS 7001
                                                         Date of issue: 12/10/2026
MELINDA J FAIRWEATHER
3/18 WATTLE GROVE
SANDY BAY TAS 7005
Your JobSeeker Payment has been cancelled from 05/10/2026 because you have no current claim.
"""
    got = fields("unemployment_proof", text, "en")
    assert got["person"] == "MELINDA J FAIRWEATHER"
    assert got["date"] == "2026-10-12"


def test_a_payslips_employee_in_a_capitals_block_with_a_middle_initial() -> None:
    text = """
Bluewater Marine Supply Inc.                       Earnings Statement
88 Dockside Drive, Mobile, AL 36602
                                                   Period Ending: 09/26/2026
                                                   Pay Date: 10/01/2026
HECTOR A VILLANUEVA
5021 MAGNOLIA RIDGE LN
THEODORE AL 36582
Earnings          rate      hours      this period
Regular          21.00      80.00        1,680.00
Gross Pay                               $1,680.00
Net Pay                                 $1,342.17
"""
    got = fields("payslip", text, "en")
    assert got["employee"] == "HECTOR A VILLANUEVA"


def test_an_initial_and_surname_under_a_label_yield_to_the_full_name_printed_for_the_same_person() -> None:
    text = """
Westmoor Savings                                   Account Statement
Mrs Harriet Achterberg                             Account holder   MRS H ACHTERBERG
14 Fenwick Lane                                    Sort code        30-92-14
Leeds LS6 2PX                                      Account number   55021873
Statement period 1 September 2026 to 30 September 2026
Date          Details                        Paid out    Paid in     Balance
01 Sep 2026   BALANCE BROUGHT FORWARD                                 812.40
03 Sep 2026   CARD PAYMENT GREGGS              4.20                   808.20
30 Sep 2026   BALANCE CARRIED FORWARD                                 808.20
"""
    got = fields("bank_statement", text, "en")
    assert got["account_holder"] == "Harriet Achterberg"


def test_chinese_numeral_date_spaced_out_by_ocr_with_latin_o_for_zero() -> None:
    # a scan read character by character: spaces everywhere, 〇 read as a capital O; the date of leaving in the body
    text = """
离 职 证 明
兹 证 明 祁 东 阳 同 志 自 2021 年 4 月 起 在 我 公 司 任 仓 储 主 管 ，
离职日期：                2026年7月31日
特 此 证 明 。
嘉 兴 禾 丰 仓 储 服 务 有 限 公 司 （ 盖 章 ）
二 O 二 六 年 八 月 十 二 日
"""
    got = fields("unemployment_proof", text, "zh")
    assert got["date"] == "2026-08-12"


def test_a_labelled_end_date_in_the_body_is_not_the_letters_date() -> None:
    text = """
Tamsin Okoro
Flat 9, 41 Harcourt Street
Cork T12 XK40
To whom it may concern
We confirm that Tamsin Okoro was employed by Lisnagry Dairies as a quality technician.
Employment end date: 30/09/2026
Reason: redundancy (the site closed)
Signed for Lisnagry Dairies, 08/10/2026
"""
    got = fields("unemployment_proof", text, "en")
    assert got["date"] == "2026-10-08"


def test_a_notice_dated_only_under_a_label_of_no_known_role_keeps_that_date() -> None:
    # nothing else dates it: the first labelled date of its head is the best there is (a last resort)
    text = """
Regional Employment Office
NOTICE OF CLAIM STATUS
Processed:        24/11/2026
Claimant: Oluwaseun Adeyemi
Your claim is closed and no further payments will be made.
"""
    got = fields("unemployment_proof", text, "en")
    assert got["date"] == "2026-11-24"
    assert got["person"] == "Oluwaseun Adeyemi"


def _extracted(type_name: str, text: str, language: str):
    return extract(Classified(make_doc(text), type_name), language)


def test_monthly_income_from_an_annual_salary_is_derived_and_uncertain() -> None:
    text = """
Pemberton Analytics Inc.
500 Lake Shore Drive, Chicago IL 60611
October 14, 2026
To whom it may concern:
This is to confirm that Keisha M. Gallagher has been employed full time as a data analyst since 2022,
with an annual salary of $54,000.00.
Regards, Human Resources
"""
    e = _extracted("income_proof", text, "en")
    assert e.fields["monthly_income"] == "4500.00"
    assert e.fields["employee"] == "Keisha M. Gallagher"
    assert e.evidence["monthly_income"].confidence < UNCERTAIN_BELOW  # derived: for the user to confirm
    # a year's total income from several sources is no salary: no month's figure is derived from it
    total = text.replace("with an annual salary of $54,000.00.", "Total annual income (wages and rent): $61,300.00")
    assert _extracted("income_proof", total, "en").fields["monthly_income"] is None


def test_monthly_income_from_an_hourly_rate_and_weekly_hours_is_derived_and_uncertain() -> None:
    # independent set 19's letter (read after judging) gives only a rate and hours: 31.40 × 37.5 × 52 / 12
    text = """
Kowhai Valley Orchards Limited
18 Packhouse Lane, Te Puke 3119
3 December 2026
To whom it may concern
Ngaire Tuhiwai-Brooks has worked with us as a permanent orchard supervisor since March 2019.
She works 37.5 hours per week and is paid $31.40 per hour before tax, by direct credit each fortnight.
Kind regards, Payroll Office
"""
    e = _extracted("income_proof", text, "en")
    assert e.fields["monthly_income"] == "5102.50"
    assert e.evidence["monthly_income"].confidence < UNCERTAIN_BELOW  # derived: for the user to confirm
    # a rate without the hours it is paid for gives no month's figure; nor do two different weekly hours
    assert _extracted("income_proof", text.replace("works 37.5 hours per week and ", ""), "en"
                      ).fields["monthly_income"] is None
    two = text.replace("She works", "She worked 20 hours per week until June and now works")
    assert _extracted("income_proof", two, "en").fields["monthly_income"] is None


def test_chinese_annual_income_in_wan_over_twelve_and_a_printed_monthly_amount_wins() -> None:
    derived = """
收入证明
兹证明 上官慧琳 女士自2020年起在我公司任高级设计师，年薪18万元（税前）。
特此证明。
厦门鹭岛视觉设计有限公司（盖章）
二〇二六年十一月二日
"""
    e = _extracted("income_proof", derived, "zh")
    assert e.fields["monthly_income"] == "15000.00"
    assert e.evidence["monthly_income"].confidence < UNCERTAIN_BELOW
    printed = derived.replace("年薪18万元（税前）", "年薪18万元，月均收入1.5万元")
    e = _extracted("income_proof", printed, "zh")
    assert e.fields["monthly_income"] == "15000.00"
    assert e.evidence["monthly_income"].confidence >= UNCERTAIN_BELOW  # printed: not derived


def test_a_name_in_capitals_is_given_as_the_body_prints_it() -> None:
    text = """
                      Office of Workforce Services
                                                     NOTICE DATE: 05/02/2026
JONAH W PRZYBYLSKI
612 CEDAR HOLLOW RD
LAFAYETTE IN 47905
Our records show that Jonah W. Przybylski filed a claim for unemployment insurance, now approved.
"""
    assert fields("unemployment_proof", text, "en")["person"] == "Jonah W. Przybylski"
    # printed only in capitals: kept so
    assert fields("unemployment_proof", text.replace("that Jonah W. Przybylski filed", "that you filed"), "en")[
        "person"] == "JONAH W PRZYBYLSKI"


# --- a real OCR reading of a notice drawn as an image -----------------------------------------------------------

def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no TrueType font to draw the notice")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract")
def test_ocr_of_a_scanned_notice_with_a_capitals_addressee_and_body_dates(tmp_path: Path) -> None:
    from packet.case.casefile import Case, Request
    from packet.reading.ingest import read_case
    from packet.understanding.classify import classify

    img = Image.new("L", (1275, 1650), 255)
    d = ImageDraw.Draw(img)
    f, big = _font(26), _font(34)
    d.text((330, 70), "DIVISION OF EMPLOYMENT SERVICES", font=big, fill=0)
    d.text((420, 120), "Unemployment Insurance Claims", font=f, fill=0)
    d.text((390, 200), "NOTICE OF UNEMPLOYMENT BENEFITS", font=big, fill=0)
    d.text((90, 300), "THEODORA M BRANKOVIC", font=f, fill=0)
    d.text((90, 338), "2817 QUINCE ORCHARD BLVD", font=f, fill=0)
    d.text((90, 376), "GAITHERSBURG MD 20878", font=f, fill=0)
    d.text((700, 300), "DATE ISSUED:", font=f, fill=0)
    d.text((960, 300), "11/03/2026", font=f, fill=0)
    d.text((700, 338), "CLAIM FILED:", font=f, fill=0)
    d.text((960, 338), "10/18/2026", font=f, fill=0)
    d.text((700, 376), "CLAIM END DATE:", font=f, fill=0)
    d.text((960, 376), "10/16/2027", font=f, fill=0)
    d.text((90, 520), "You are eligible for unemployment insurance benefits of $388.00 per week.", font=f, fill=0)
    d.text((90, 560), "You must file a weekly claim to be paid. You have been laid off by your employer.", font=f,
           fill=0)
    img.save(tmp_path / "ui-notice.png")

    case = Case(root=tmp_path, request=Request(language="en", checklist="en-hardship"))
    read = read_case(case, languages="eng")
    (item,) = classify(read.documents, case)
    assert item.type == "unemployment_proof"
    got = extract(item, "en").fields
    assert got["person"] == "THEODORA M BRANKOVIC"
    assert got["date"] == "2026-11-03"
