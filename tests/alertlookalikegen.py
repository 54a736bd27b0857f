"""A generator of phone screens and papers about money owed or moved that are no bank statement (round 27), and of
real statements carrying the same traps.

Look-alikes (type "other"): a phone's list of a bank's text alerts for one card, each message naming the card by its
last digits and carrying the balance after its movement, in Chinese and in English wording of our own; a mobile-money
wallet's history in a currency without minor units (each movement over two lines: what and its signed amount, then
whom and when); a lender's collection texts about an overdue loan; a lending app's overdue notice; a landlord's rent
receipt; a page of a personal credit report (个人信用报告: each loan's lender, sum, balance owed and arrears).

Real statements (type "bank_statement"): a bank app's history in a currency without minor units, rows of the same
two-line shape under the bank's name and the account's available balance; a bank's printed statement of one page
whose rows each carry their balance.

Names, wording and figures written here from how banks, wallets, lenders and landlords print these; drawn with
:mod:`photo_forms`. Deterministic for a seed. Shares nothing with packet.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from photo_forms import Sheet
from photo_forms import TypedSheet as Item

D = Decimal


def _amt(rng: random.Random, lo: int, hi: int) -> Decimal:
    return D(rng.randint(lo, hi)) + D(rng.randint(0, 99)) / 100


def _bubbles(s: Sheet, messages: list[list[str]], stamps: list[str], font: str) -> None:
    y = 96
    for stamp, lines in zip(stamps, messages, strict=True):
        s.text(210, y, stamp, 7, font, "centre")
        y += 12
        s.rect(20, y, 330, y + 14 * len(lines) + 8, fill=235)
        for k, ln in enumerate(lines):
            s.text(28, y + 14 + 14 * k, ln, 8.5, font)
        y += 14 * len(lines) + 22


def zh_sms_alerts(rng: random.Random, form: str) -> Item:
    """A phone's messages from a bank's number: 动账通知 for one debit card, each with its balance after it."""
    s = Sheet("zh-sms-alerts", "zh")
    bank = rng.choice(["青溪农商银行", "鹭江银行", "澄湖村镇银行"])
    tail = rng.randint(1000, 9999)
    s.text(210, 40, str(rng.choice([95577, 96688, 95319])), 13, "cjk", "centre")
    s.text(210, 58, bank, 8, "cjk", "centre")
    bal = _amt(rng, 2000, 6000)
    day = date(2026, 10, rng.randint(2, 6))
    messages, stamps = [], []
    for what, sign in (("工资代发收入", 1), ("快捷支付支出", -1), ("跨行转出", -1), ("柜面取现", -1)):
        day += timedelta(days=rng.randint(1, 4))
        amt = _amt(rng, 2500, 5000) if sign > 0 else _amt(rng, 80, 900)
        bal += sign * amt
        hm = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
        stamps.append(f"{day.month}月{day.day}日 {hm}")
        messages.append([f"【{bank}】您账户{tail}于{day.month}月{day.day}日{hm}",
                         f"{what}{amt:,.2f}元，账户余额{bal:,.2f}元。",
                         "如有疑问请致电客服。"])
    _bubbles(s, messages, stamps, "cjk")
    return Item(s, form, "other")


def en_sms_alerts(rng: random.Random, form: str) -> Item:
    """A phone's messages from a bank's short code: debit and credit alerts for one account, each with its balance."""
    s = Sheet("en-sms-alerts", "en")
    bank = rng.choice(["Kestrel Bank", "Marula Savings Bank", "Tidewater Bank"])
    tail = rng.randint(1000, 9999)
    s.text(210, 40, rng.choice(["KESTRL", "MARULA", "TIDEBK"]), 13, "sans-bold", "centre")
    s.text(210, 58, "Text message", 8, "sans", "centre")
    bal = _amt(rng, 3000, 9000)
    day = date(2026, 10, rng.randint(2, 6))
    messages, stamps = [], []
    for what, sign in (("credited with", 1), ("debited for", -1), ("debited for", -1), ("debited for", -1)):
        day += timedelta(days=rng.randint(1, 4))
        amt = _amt(rng, 2500, 5000) if sign > 0 else _amt(rng, 40, 700)
        bal += sign * amt
        stamps.append(f"{day:%a} {day.day} {day:%b} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}")
        messages.append([f"{bank}: Your A/C XX{tail} is {what}",
                         f"KES {amt:,.2f} on {day:%d-%b-%y}. Avl Bal:",
                         f"KES {bal:,.2f}. Not you? Call 0800 720 500."])
    _bubbles(s, messages, stamps, "sans")
    return Item(s, form, "other")


def _two_line_history(s: Sheet, rng: random.Random, y: int, rows: list[tuple[str, int, str]], start: date) -> None:
    d = start
    for what, amt, who in rows:
        d -= timedelta(days=rng.randint(1, 3))
        s.text(28, y, what, 9.5, "sans-bold")
        s.text(392, y, f"{'+' if amt > 0 else '-'}{abs(amt):,}", 9.5, "sans-bold", "right")
        s.text(28, y + 14, who, 8)
        s.text(392, y + 14, f"{d.day:02d} {d:%b}, {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", 8, "sans",
               "right")
        s.hline(20, 400, y + 24)
        y += 40


def _whole_rows(rng: random.Random, scale: int) -> list[tuple[str, int, str]]:
    return [("Money received", rng.randint(30, 90) * scale, f"From 7{rng.randint(10, 99)} *** {rng.randint(100, 999)}"),
            ("Withdrawal", -rng.randint(10, 40) * scale, f"Agent {rng.randint(1000, 9999)} - charge {scale // 4:,}"),
            ("Airtime", -rng.randint(1, 5) * scale, "Own number"),
            ("Sent", -rng.randint(5, 20) * scale, f"To 7{rng.randint(10, 99)} *** {rng.randint(100, 999)}"),
            ("Water bill", -rng.randint(2, 9) * scale, "City water prepaid")]


def wallet_history(rng: random.Random, form: str) -> Item:
    """A mobile-money wallet's history in a currency without minor units: the wallet's balance, no bank's."""
    s = Sheet("en-wallet-history", "en")
    scale = rng.choice([500, 1000])
    s.text(28, 40, rng.choice(["Simu Pesa", "Tuma Cash", "Bawo Money"]), 14, "sans-bold")
    s.text(28, 62, "Wallet balance", 9)
    s.text(28, 84, f"UGX {rng.randint(20, 90) * scale:,}", 16, "sans-bold")
    s.text(28, 102, f"Mobile money wallet 07{rng.randint(10, 99)} *** {rng.randint(100, 999)}", 8.5)
    s.text(28, 130, "Recent activity", 11, "sans-bold")
    _two_line_history(s, rng, 156, _whole_rows(rng, scale), date(2026, 10, rng.randint(24, 28)))
    return Item(s, form, "other")


def bank_app_whole_units(rng: random.Random, form: str) -> Item:
    """A bank app's history of the same two-line shape in a currency without minor units, the bank named at its head."""
    s = Sheet("en-bank-app-whole", "en")
    scale = rng.choice([500, 1000])
    s.text(28, 40, rng.choice(["Rwenzori Commercial Bank", "Lake Victoria Bank"]), 13, "sans-bold")
    s.text(28, 62, f"Savings account ****{rng.randint(1000, 9999)}", 9)
    s.text(28, 84, f"Available balance UGX {rng.randint(20, 90) * scale:,}", 11, "sans-bold")
    s.text(28, 120, "Transaction history", 11, "sans-bold")
    _two_line_history(s, rng, 146, _whole_rows(rng, scale), date(2026, 10, rng.randint(24, 28)))
    return Item(s, form, "bank_statement")


def zh_collection_sms(rng: random.Random, form: str) -> Item:
    """A lender's collection texts about one overdue loan: the sum owed and days overdue, no account's money."""
    s = Sheet("zh-collection-sms", "zh")
    lender = rng.choice(["禾信消费金融", "安途小额贷款", "稳盈金服"])
    tail = rng.randint(1000, 9999)
    owed = _amt(rng, 2000, 9000)
    s.text(210, 40, f"1069{rng.randint(1000, 9999)}", 13, "cjk", "centre")
    day = date(2026, 10, rng.randint(3, 8))
    messages, stamps = [], []
    for k in range(3):
        day += timedelta(days=rng.randint(2, 5))
        owed += _amt(rng, 10, 60)
        stamps.append(f"{day.month}月{day.day}日 {rng.randint(9, 19):02d}:{rng.randint(0, 59):02d}")
        messages.append([f"【{lender}】您尾号{tail}的借款已逾期{5 + 7 * k}天，",
                         f"当前应还金额{owed:,.2f}元，请于今日24点前还款，",
                         "以免影响个人征信。退订回T"])
    _bubbles(s, messages, stamps, "cjk")
    return Item(s, form, "other")


def zh_overdue_notice(rng: random.Random, form: str) -> Item:
    """A lending app's overdue screen: the loan, its instalment due and the penalty, a button to repay."""
    s = Sheet("zh-overdue-notice", "zh")
    owed = _amt(rng, 1000, 5000)
    fee = _amt(rng, 20, 200)
    s.text(210, 40, "我的借款", 13, "cjk", "centre")
    s.text(28, 80, "逾期待还（元）", 9, "cjk")
    s.text(28, 104, f"{owed + fee:,.2f}", 18, "sans-bold")
    rows = [("借款编号", f"JK2026{rng.randint(100000, 999999)}"), ("借款金额", f"{owed * 3:,.2f}"),
            ("本期应还本息", f"{owed:,.2f}"), ("逾期罚息", f"{fee:,.2f}"), ("逾期天数", f"{rng.randint(3, 40)}天"),
            ("还款日", f"2026-10-{rng.randint(10, 28)}"), ("还款银行卡", f"储蓄卡 尾号{rng.randint(1000, 9999)}")]
    y = 140
    for k, v in rows:
        s.text(28, y, k, 9, "cjk")
        s.text(392, y, v, 9, "cjk", "right")
        y += 22
    s.text(210, y + 20, "立即还款", 11, "cjk", "centre")
    return Item(s, form, "other")


def zh_rent_receipt(rng: random.Random, form: str) -> Item:
    """A landlord's receipt for a month's rent: one sum in figures and in words, no account."""
    s = Sheet("zh-rent-receipt", "zh")
    rent = rng.choice([1800, 2300, 2800, 3200])
    words = {1800: "壹仟捌佰元整", 2300: "贰仟叁佰元整", 2800: "贰仟捌佰元整", 3200: "叁仟贰佰元整"}[rent]
    s.text(210, 40, "收 据", 15, "cjk", "centre")
    s.text(300, 62, f"2026年10月{rng.randint(1, 5)}日", 8.5, "cjk")
    s.text(28, 92, f"今收到 {rng.choice(['王海燕', '刘建军', '陈思远'])} 交来", 9.5, "cjk")
    s.text(28, 114, f"{rng.choice(['翠湖小区', '和平里'])}{rng.randint(1, 20)}栋{rng.randint(101, 1802)}室 2026年10月房租", 9.5,
           "cjk")
    s.text(28, 136, f"人民币（大写）{words}    ¥{rent:,.2f}", 9.5, "cjk")
    s.text(28, 166, "收款人：房东（签字）", 9, "cjk")
    return Item(s, form, "other")


def zh_credit_report(rng: random.Random, form: str) -> Item:
    """A page of a personal credit report (个人信用报告): who was queried, then each loan's and card's account with its
    lender, the sum lent or the limit, the balance owed and what is overdue; no account's movements."""
    s = Sheet("zh-credit-report", "zh")
    s.text(210, 36, "个人信用报告", 14, "cjk", "centre")
    s.text(24, 60, f"报告编号：2026110{rng.randint(1000000, 9999999)}    报告时间：2026-11-0{rng.randint(1, 9)} "
                   f"{rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", 7.5, "cjk")
    s.text(24, 76, f"被查询者姓名：{rng.choice(['周丽娟', '马文博'])}    证件号码：4101**********{rng.randint(1000, 9999)}",
           7.5, "cjk")
    s.text(24, 100, "信贷交易信息明细", 10, "cjk")
    y = 118
    banks = ["鹭江银行", "青溪农商银行", "澄湖村镇银行", "禾信消费金融有限公司"]
    rng.shuffle(banks)
    for k, lender in enumerate(banks[:3]):
        lent = D(rng.choice([30000, 50000, 80000, 120000]))
        owed = _amt(rng, 3000, int(lent) - 1000)
        s.text(24, y, f"{k + 1}. 20{rng.randint(21, 25)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{lender}发放的"
                      f"{lent:,.0f}元（人民币）个人消费贷款，", 7.5, "cjk")
        s.text(24, y + 13, f"2027年{rng.randint(1, 12)}月{rng.randint(1, 28)}日到期。截至2026年10月，余额{owed:,.2f}，"
                           f"当前逾期金额{_amt(rng, 300, 3000):,.2f}。", 7.5, "cjk")
        y += 34
    limit = D(rng.choice([10000, 20000, 30000]))
    s.text(24, y, f"{len(banks[:3]) + 1}. 2022年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{banks[3]}发放的贷记卡"
                  f"（人民币账户），授信额度{limit:,.0f}，", 7.5, "cjk")
    s.text(24, y + 13, f"已使用额度{_amt(rng, 1000, int(limit) - 500):,.2f}，最近6个月平均使用额度"
                       f"{_amt(rng, 1000, int(limit) - 500):,.2f}，当前有逾期。", 7.5, "cjk")
    s.text(24, y + 44, "本报告仅供本人了解自己的信用状况，请妥善保管。", 7.5, "cjk")
    return Item(s, form, "other")


def printed_statement(rng: random.Random, form: str) -> Item:
    """A bank's printed statement of one page: the account's head, then dated rows each with its balance."""
    s = Sheet("zh-printed-statement", "zh")
    s.text(210, 36, rng.choice(["鹭江银行 活期账户交易明细", "青溪农商银行 账户对账单"]), 12, "cjk", "centre")
    s.text(24, 60, f"户名：{rng.choice(['林晓梅', '赵国强'])}    账号：6217 **** **** {rng.randint(1000, 9999)}", 8.5, "cjk")
    s.text(24, 76, "起止日期：2026-10-01 至 2026-10-31", 8.5, "cjk")
    y = 100
    for x, h, al in ((24, "交易日期", "left"), (100, "摘要", "left"), (300, "交易金额", "right"),
                     (396, "余额", "right")):
        s.text(x, y, h, 8.5, "cjk", al)
    bal = _amt(rng, 1500, 4000)
    d = date(2026, 10, 1)
    for _ in range(7):
        d += timedelta(days=rng.randint(2, 4))
        out = rng.random() < 0.7
        amt = _amt(rng, 30, 600) if out else _amt(rng, 2000, 5000)
        bal = bal - amt if out else bal + amt
        y += 16
        s.text(24, y, f"{d:%Y-%m-%d}", 8.5)
        s.text(100, y, rng.choice(["消费", "转账支出", "ATM取款"]) if out else "工资", 8.5, "cjk")
        s.text(300, y, f"{'-' if out else ''}{amt:,.2f}", 8.5, align="right")
        s.text(396, y, f"{bal:,.2f}", 8.5, align="right")
    return Item(s, form, "bank_statement")


LOOKALIKES = (zh_sms_alerts, en_sms_alerts, wallet_history, zh_collection_sms, zh_overdue_notice, zh_rent_receipt,
              zh_credit_report)
STATEMENTS = (bank_app_whole_units, printed_statement)


def generate(seed: int, forms: tuple[str, ...] = ("text",)) -> list[Item]:
    """Every look-alike and every real statement, in each of ``forms`` (photo_forms.FORMS)."""
    rng = random.Random(seed)
    return [lay(rng, form) for lay in (*LOOKALIKES, *STATEMENTS) for form in forms]
