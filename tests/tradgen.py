"""Generator of Taiwan documents in Traditional characters (繁體), dated in the Minguo calendar (branch r23-trad; the
failures of independent set 18: a Tainan payslip typed other, a Tainan statement with no field read).

- ``payslip``: a small firm's 薪資單 whose month is printed bare (所屬月份：115年09月: the page says no 民國, its
  script tells), particulars as ``label：value`` lines, earnings and deductions, 實發金額 in whole NT dollars.
- ``statement``: a savings bank's 存款交易明細 with its holder (戶名), 帳號 and a period 查詢期間 in Minguo dates
  (115/09/01 至 115/09/30), rows dated 115/09/dd, and the 期末餘額.
- ``receipt``: a breakfast shop's till receipt headed 交易明細 (as a bank's list is), whole NT dollars, each item's
  price times its quantity its amount ("$130TX"): other, not a bank statement.

Each is written twice, in Traditional characters and in the same words in Simplified ones (``script``: "trad" or
"simp"): the Simplified twin must read exactly as a Simplified page always has. The wording is written for this
generator from how such Taiwan documents are printed; it shares no list or code with packet (the Simplified twin is
written out here by hand, not converted).

    make(kind, script, seed) -> Doc   (the lines to print and what a reader should find)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# (Traditional, Simplified) of each name: the same firm, bank or person written in either script
_FIRMS = [("彰化員林織襪股份有限公司", "彰化员林织袜股份有限公司"), ("高雄前鎮五金製造有限公司", "高雄前镇五金制造有限公司"),
          ("桃園龜山塑膠工業有限公司", "桃园龟山塑胶工业有限公司")]
_BANKS = [("嘉義興業商業銀行", "嘉义兴业商业银行"), ("新竹聯華儲蓄銀行", "新竹联华储蓄银行"),
          ("基隆港灣商業銀行", "基隆港湾商业银行")]
_PEOPLE = [("鄭雅婷", "郑雅婷"), ("劉冠廷", "刘冠廷"), ("陳俊傑", "陈俊杰")]
MINGUO = 1911  # the ROC calendar: year N is N + 1911


@dataclass
class Doc:
    """One generated document: its printed lines, the type it must be read as and the fields a reader should
    find (as printed: a Traditional name in Traditional characters)."""

    kind: str
    script: str
    lines: list[str]
    type: str
    fields: dict[str, str] = field(default_factory=dict)


def _nt(v: int) -> str:
    return f"{v:,}"


def payslip(rng: random.Random, script: str) -> Doc:
    t = script == "trad"
    firm, person = (x[0 if t else 1] for x in (rng.choice(_FIRMS), rng.choice(_PEOPLE)))
    roc, month = 115, rng.randint(3, 9)
    base, meal, extra = rng.randrange(28000, 36000, 100), 2400, rng.randrange(600, 3000, 10)
    labour, health = rng.randrange(700, 900), rng.randrange(420, 560)
    gross, cut = base + meal + extra, labour + health
    words = {True: ("薪資單", "所屬月份", "員工姓名", "員工編號", "本薪", "伙食津貼", "加班費", "應發合計", "勞保費",
                    "健保費", "應扣合計", "實發金額", "發薪日期", "新臺幣元"),
             False: ("薪资单", "所属月份", "员工姓名", "员工编号", "本薪", "伙食津贴", "加班费", "应发合计", "劳保费",
                     "健保费", "应扣合计", "实发金额", "发薪日期", "新台币元")}[t]
    (title, month_l, name_l, no_l, base_l, meal_l, extra_l, gross_l, labour_l, health_l, cut_l, net_l, paid_l,
     unit) = words
    lines = [firm, f"{title}（{unit}）", f"{month_l}：{roc}年{month:02d}月",
             f"{name_l}：{person}    {no_l}：K{rng.randint(1000, 9999)}",
             f"{base_l}  {_nt(base)}", f"{meal_l}  {_nt(meal)}", f"{extra_l}  {_nt(extra)}",
             f"{gross_l}  {_nt(gross)}", f"{labour_l}  {_nt(labour)}", f"{health_l}  {_nt(health)}",
             f"{cut_l}  {_nt(cut)}", f"{net_l}  {_nt(gross - cut)}", f"{paid_l}：{roc}/{month + 1:02d}/05"]
    return Doc("payslip", script, lines, "payslip",
               {"employer": firm, "employee": person, "period": f"{roc + MINGUO}-{month:02d}",
                "gross_pay": f"{gross}.00", "net_pay": f"{gross - cut}.00"})


def statement(rng: random.Random, script: str) -> Doc:
    t = script == "trad"
    bank, person = (x[0 if t else 1] for x in (rng.choice(_BANKS), rng.choice(_PEOPLE)))
    roc, month = 115, rng.randint(3, 9)
    account = f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    words = {True: ("存款交易明細", "戶名", "帳號", "查詢期間", "至", "交易日期", "摘要", "支出", "存入", "餘額",
                    "上期餘額", ("薪資轉入", "提款", "水費", "轉帳支出"), "期末餘額"),
             False: ("存款交易明细", "户名", "帐号", "查询期间", "至", "交易日期", "摘要", "支出", "存入", "余额",
                     "上期余额", ("薪资转入", "提款", "水费", "转帐支出"), "期末余额")}[t]
    title, holder_l, acct_l, period_l, to, date_h, memo_h, out_h, in_h, bal_h, open_l, memos, close_l = words
    balance = rng.randrange(3000, 9000)
    lines = [bank, title, f"{holder_l}：{person}", f"{acct_l}：{account}",
             f"{period_l}：{roc}/{month:02d}/01 {to} {roc}/{month:02d}/30",
             f"{date_h}  {memo_h}  {out_h}  {in_h}  {bal_h}", f"{roc}/{month:02d}/01  {open_l}  {_nt(balance)}"]
    for day, memo in zip((5, 12, 19, 26), memos, strict=True):
        amount = rng.randrange(500, 4000) if day != 5 else rng.randrange(26000, 34000)
        balance += amount if day == 5 else -amount
        money = f"      {_nt(amount)}" if day == 5 else f"{_nt(amount)}      "
        lines.append(f"{roc}/{month:02d}/{day:02d}  {memo}  {money}  {_nt(balance)}")
    lines.append(f"{close_l}：{_nt(balance)}")
    return Doc("statement", script, lines, "bank_statement",
               {"bank": bank, "account_holder": person, "account_number": account.replace("-", ""),
                "period_start": f"{roc + MINGUO}-{month:02d}-01", "period_end": f"{roc + MINGUO}-{month:02d}-30",
                "closing_balance": f"{balance}.00"})


_SHOPS = [("竹北光明早午餐", "竹北光明早午餐"), ("羅東夜市雜貨舖", "罗东夜市杂货铺")]
_ITEMS = [("燻雞蛋餅", "熏鸡蛋饼", 65), ("鮮奶紅茶", "鲜奶红茶", 45), ("蘿蔔糕", "萝卜糕", 40), ("鐵板麵", "铁板面", 70),
          ("豬排堡", "猪排堡", 85)]


def receipt(rng: random.Random, script: str) -> Doc:
    """A shop's till receipt headed 交易明細 (the words a bank's list of transactions is headed by too), whole NT
    dollars: each item's price times its quantity is its amount, printed after the dollar sign with the till's tax
    flag glued on ("$130TX"). A shop's receipt: other, never a bank statement."""
    t = script == "trad"
    shop = rng.choice(_SHOPS)[0 if t else 1]
    words = {True: ("交易明細", "統一編號", "機號", "合計", "現金", "找零"),
             False: ("交易明细", "统一编号", "机号", "合计", "现金", "找零")}[t]
    title, vat_l, till_l, total_l, cash_l, change_l = words
    lines = [title, shop, f"{vat_l}：{rng.randint(10000000, 99999999)}", f"{till_l}：0{rng.randint(1, 9)}",
             f"2026-10-{rng.randint(10, 28)} 0{rng.randint(7, 9)}:{rng.randint(10, 59)}"]
    total = count = 0
    for item in rng.sample(_ITEMS, 3):
        qty = rng.randint(1, 3)
        lines.append(f"{item[0 if t else 1]}  {item[2]}  *{qty}  ${item[2] * qty}TX")
        total, count = total + item[2] * qty, count + qty
    cash = (total // 100 + 1) * 100
    lines += [f"{total_l}：{count}  ${total}", f"{cash_l}  {cash}", f"{change_l}  {cash - total}"]
    return Doc("receipt", script, lines, "other", {})


KINDS = ("payslip", "statement", "receipt")


def make(kind: str, script: str, seed: int) -> Doc:
    """The document ``kind`` (:data:`KINDS`) in ``script`` ("trad" or "simp"), its names and figures drawn by ``seed``
    (the same seed gives the same document in either script)."""
    rng = random.Random(f"{kind}-{seed}")
    return {"payslip": payslip, "statement": statement, "receipt": receipt}[kind](rng, script)
