"""Money and account figures chosen by the mechanisms of issue 10's money wave: figures that add up (a bill's
subtotal + tax = total; gross − deductions = net; each row's balance from the one before), signs (a negative amount
is never pay), and the forms banks print account numbers in. Text documents built here, read by the real extractor."""

from __future__ import annotations

from decimal import Decimal

from textdoc import make_doc

from packet.rules.registry import load_vocabulary
from packet.understanding.extract import (
    account_form,
    p_account,
    pay_runs,
    pay_set,
    read_fields,
    read_fields_evidence,
    row_balances,
    taxed_total,
)
from packet.understanding.label_geometry import doc_lines


def _lines(text: str):
    return doc_lines(make_doc(text).pages)


def test_a_bills_total_is_its_subtotal_plus_tax() -> None:
    v = load_vocabulary()
    text = ("Kowhai Health Centre\nTAX INVOICE\nPatient: Aroha Ngata\nInvoice Date: 12/03/2026\n"
            "Consultation 120.00\nBlood tests 80.00\nTotal (excl. GST) 200.00\nGST 15% 30.00\n"
            "Amount Payable $230.00\nPayment received -100.00\nBalance Due 130.00")
    assert taxed_total(_lines(text), "200.00", v.sales_tax_words, v.bill_deduction_words) == "230.00"
    fields = read_fields("medical_bill", make_doc(text).pages, "en")
    assert fields["total"] == "230.00"


def test_a_discount_before_tax_and_no_total_without_tax() -> None:
    v = load_vocabulary()
    text = ("Subtotal 1,000.00\nLess: Discount (100.00)\nVAT 20% 180.00\nGrand Total 1,080.00\n")
    assert taxed_total(_lines(text), "1000.00", v.sales_tax_words, v.bill_deduction_words) == "1080.00"
    # no tax line: a later figure that happens to be the subtotal less a payment is no total
    plain = "Subtotal 1,000.00\nPaid -400.00\nBalance 600.00"
    assert taxed_total(_lines(plain), "1000.00", v.sales_tax_words, v.bill_deduction_words) is None


def test_a_total_with_its_currency_sign_read_as_a_digit_is_what_subtotal_and_tax_make() -> None:
    """The far-photo bill of test_amounts_generated (seed 5, bill_tax-12): in about one full-suite run in six
    Tesseract read "TOTAL ₹4,745.38" as "TOTAL 74,745.38", and the bill's total came out as its subtotal, 4,021.51,
    at 0.86. Subtotal + CGST/SGST = the total without its first digit: that figure is the total."""
    v = load_vocabulary()
    text = ("Kowhai Health Centre Final Bill\nPatient: Thandiwe Mokoena Invoice Date: 02/04/2026\n"
            "Description Amount\nPhysiotherapy 864.19\nBlood tests 619.18\nDressings and consumables 872.19\n"
            "Pharmacy 894.19\nConsultation - specialist 324.01\nX-ray 447.75\nSubtotal 4,021.51\n"
            "CGST 9% + SGST 9% 723.87\nTOTAL 74,745.38\nDeposit paid -1,755.79\nBalance Due 2,989.59")
    assert taxed_total(_lines(text), "4021.51", v.sales_tax_words, v.bill_deduction_words) == "4745.38"
    fields = read_fields("medical_bill", make_doc(text, rel="bill.jpg", form="photo").pages, "en")
    assert fields["total"] == "4745.38"
    # a currency sign printed before the figure: its 7 is its own digit, and no sum explains the figure
    signed = text.replace("TOTAL 74,745.38", "TOTAL $74,745.38")
    assert taxed_total(_lines(signed), "4021.51", v.sales_tax_words, v.bill_deduction_words) is None


def test_gross_and_net_from_signed_deductions() -> None:
    text = ("Wage Slip\nEarnings\nBasic Salary KSh 8,368.40\nNight Shift KSh 2,318.31\nOvertime 1.5x KSh 193.50\n"
            "Less\nLoan Repayment (KSh 1,045.62)\nCanteen (KSh 45.00)\nAmount Credited to Bank KSh 9,789.59")
    assert pay_runs(_lines(text)) == (Decimal("10880.21"), Decimal("9789.59"), False)
    fields, found = read_fields_evidence("payslip", make_doc(text).pages, "en")
    assert (fields["gross_pay"], fields["net_pay"]) == ("10880.21", "9789.59")
    assert found["gross_pay"].confidence < 0.6  # a sum nobody printed: the user confirms it


def test_deductions_are_never_pay_and_figures_out_of_order_still_add_up() -> None:
    # a strip's cells read out of order: the deductions first, negative, then the earnings
    text = ("员工工资明细\n应发工资 社保 个税 扣款合计 实发工资\n-58.00 -390.00 -448.00 5,792.23\n"
            "1,053.66 200.00 6,240.23")
    got = pay_set(_lines(text), load_vocabulary().deduction_total_labels)
    assert got is not None and (str(got[0]), str(got[1])) == ("6240.23", "5792.23")
    fields = read_fields("payslip", make_doc(text).pages, "zh")
    assert (fields["gross_pay"], fields["net_pay"]) == ("6240.23", "5792.23")
    # nothing adds up: no figure is taken, and a negative one never
    lone = "工资条\n应发工资 -58.00\n实发工资 -500.00"
    fields = read_fields("payslip", make_doc(lone).pages, "zh")
    assert fields["gross_pay"] is None and fields["net_pay"] is None


def test_two_pairs_that_work_out_leave_the_choice_open() -> None:
    text = "Total deductions 100.00\n1,000.00 900.00\n2,000.00 1,900.00"
    assert pay_set(_lines(text), load_vocabulary().deduction_total_labels) is None


def test_account_numbers_in_the_forms_banks_print() -> None:
    v = load_vocabulary()
    assert p_account("IBAN: IE29 AIBK 9311 5212 3456 78") == "IE29AIBK93115212345678"
    assert p_account("尾号8046") == "8046"
    form = lambda text: account_form(_lines(text), v.account_form_patterns, v.phone_words)  # noqa: E731
    assert form("ASB\nStreamline 12-3077-0548819-00\nStatement") == "123077054881900"
    assert form("Personal account · Sort code 04-00-75 · Account 19927734") == "19927734"
    assert form("Everyday Account ••••8046\nAvailable balance") == "8046"
    assert form("中国邮政储蓄银行借记卡(尾号8046)") == "8046"
    assert form("手机：138****5678\n交易明细") is None  # a telephone's masked number
    assert form("Call us on 0800 123 456\nMobile ****5678") is None


def test_an_apps_row_balances_give_the_closing_balance() -> None:
    text = ("交易明细\n中国邮政储蓄银行借记卡(尾号8046)\n微信转账 -200.00\n2026-10-02 余额 1,862.15\n"
            "代发工资 +3,420.00\n2026-10-09 余额 5,282.15\n跨行汇款 -1,500.00\n2026-10-10 余额 3,782.15\n"
            "电费 -96.30\n2026-10-15 余额 3,685.85")
    assert str(row_balances(_lines(text), True, load_vocabulary().row_balance_words)) == "3685.85"
    fields, found = read_fields_evidence("bank_statement", make_doc(text).pages, "zh")
    assert fields["closing_balance"] == "3685.85" and fields["account_number"] == "8046"
    assert found["closing_balance"].confidence < 0.9
    # balances that do not follow from one another give nothing
    broken = text.replace("3,782.15", "9,999.99").replace("1,500.00", "7.00").replace("96.30", "1.00")
    assert row_balances(_lines(broken), True, load_vocabulary().row_balance_words) is None


def test_a_two_row_listing_gives_its_last_balance() -> None:
    text = ("Bank Statement - Citizens Bank\nAccount: 1234567890\nPeriod: 01/01/2024 - 01/31/2024\n"
            "Date Description Amount Balance\n01/05/24 Grocery Store -45.67 1000.25\n01/06/24 PAYROLL INC 1200.00 2200.25")
    fields, found = read_fields_evidence("bank_statement", make_doc(text).pages, "en")
    assert fields["closing_balance"] == "2200.25"
    assert found["closing_balance"].confidence < 0.9


def test_a_months_income_with_tax_words_inside_its_label() -> None:
    text = ("收入证明\n员工姓名 闵思远 入职时间 2019年7月\n月均税前收入 人民币16,800.00元 年收入 人民币201,600.00元\n"
            "单位名称（盖章）：成都云栈科技有限公司\n日期：2026年11月2日")
    assert read_fields("income_proof", make_doc(text).pages, "zh")["monthly_income"] == "16800.00"


def test_a_members_masked_number_is_not_the_account() -> None:
    v = load_vocabulary()
    text = ("PRAIRIE FEDERAL CREDIT UNION\nMember Number ****2013\nANGELA M WHITFIELD\n"
            "SHARE DRAFT CHECKING Account ending 4471\nPeriod ending 2026-10-31")
    assert account_form(_lines(text), v.account_form_patterns, v.phone_words) == "4471"
    assert account_form(_lines("Member Number ****2013\nStatement period ending 2026"), v.account_form_patterns,
                        v.phone_words) is None
