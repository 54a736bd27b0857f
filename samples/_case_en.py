"""Case 2, `en-job-loss`: an English hardship case on unemployment grounds, incomplete on purpose.

The October 2026 bank statement is missing, so `en-hardship` at 2026-11-20 reports the bank
statements requirement; the energy bill is an `other` document that looks statement-like.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal as D
from pathlib import Path

import _render as r
from _render import PdfSurface, RasterSurface, grey

CASE = "en-job-loss"
NAME = "Daniel Okafor"
EMPLOYER = "Brightwater Logistics Ltd"
BANK = "Pennine Bank plc"
SORT_CODE = "20-45-77"
ACCOUNT = "43917702"
ADDRESS = ["Mr Daniel Okafor", "Flat 12", "48 Wilmslow Road", "Manchester", "M14 5TQ"]
NAVY = (0.07, 0.2, 0.38)
TEAL = (0.0, 0.47, 0.55)
GREEN = (0.0, 0.4, 0.25)
ORANGE = (0.93, 0.45, 0.05)

PACKET_TOML = '''\
# Hardship application: Daniel Okafor (redundancy). Sample data, entirely fictitious.
[applicant]
name = "Daniel Okafor"
id_number = "QQ123456C"
phone = "07700 900461"
email = "daniel.okafor@example.com"
address = "Flat 12, 48 Wilmslow Road, Manchester M14 5TQ"

[lender]
name = "Northfield Credit Ltd"
email = "hardship@northfield-credit.example"
address = "Northfield House, 21 Park Row, Leeds LS1 5JF"
contract_number = "NFC-7734-2291"

[request]
kind = "reduce"
language = "en"
checklist = "en-hardship"
country = "GB"    # which reply deadlines and complaint routes apply
currency = "GBP"
hardship = "unemployment"
statement = """I was made redundant by Brightwater Logistics Ltd on 30 September 2026, when the night-shift \\
operation at its Trafford Park depot closed. I am looking for work and have claimed Universal Credit, \\
which is now my main income. I cannot keep up the current payments of £245.00 a month, so I propose \\
to pay £100.00 a month for three months and £150.00 a month after that, and I will tell you as soon \\
as my situation changes."""

[plan]
outstanding = "4820.00"

[[plan.installment]]
date = 2027-01-05
amount = "100.00"

[[plan.installment]]
date = 2027-02-05
amount = "100.00"

[[plan.installment]]
date = 2027-03-05
amount = "100.00"

[[plan.installment]]
date = 2027-04-05
amount = "150.00"

[[plan.installment]]
date = 2027-05-05
amount = "150.00"

[[plan.installment]]
date = 2027-06-05
amount = "150.00"

[[contact]]
at = 2026-10-14T11:20:00
channel = "phone"
with = "Northfield Credit customer support (Priya)"
summary = "Explained the redundancy. Agent put a 30-day hold on collection and asked for a hardship application with payslips, two months of bank statements and proof of redundancy."

[[contact]]
at = 2026-11-16T09:45:00
channel = "email"
with = "hardship@northfield-credit.example"
summary = "Sent the proposed payment plan. Reply asked for the October 2026 bank statement before the plan can be reviewed."
'''

# -- payslip ----------------------------------------------------------------------------------
PAYMENTS = [
    ("Basic Pay", "1.00", "2583.33", D("2583.33")),
    ("Overtime", "8.00", "22.36", D("178.88")),
    ("Holiday pay", "12.00", "20.70", D("248.40")),
]
DEDUCTIONS = [("Income Tax", D("418.62")), ("National Insurance", D("157.01")), ("Pension (5%)", D("124.53"))]
GROSS = sum((a for *_, a in PAYMENTS), D("0"))
TOTAL_DED = sum((a for _, a in DEDUCTIONS), D("0"))
NET = GROSS - TOTAL_DED
assert NET == D("2310.45")
YTD_PRIOR = {"gross": D("13329.21"), "tax": D("1535.85"), "ni": D("610.55"), "pension": D("515.85")}


def gbp(a: D) -> str:
    return f"£{a:,.2f}"


def payslip(path: Path, rng: random.Random) -> None:
    """September payslip, printed on A5 and scanned grey at 200 DPI."""
    s = RasterSurface((210, 148), dpi=200)
    s.text(12, 16, EMPLOYER, 15, font="sans", bold=True)
    s.text(12, 21.5, "Unit 7, Canalside Park, Trafford Wharf Road, Manchester M17 1PQ", 7.5, font="sans")
    s.text(198, 17, "PAYSLIP", 18, font="sans", bold=True, align="r")
    s.text(198, 22, "Private & Confidential", 7.5, font="sans", align="r")
    head = [
        ["Employee No.", "Employee Name", "NI Number", "Tax Code", "NI Cat.", "Pay Date"],
        ["004127", NAME, "QQ 12 34 56 C", "1257L", "A", "25/09/2026"],
    ]
    s.table(
        12,
        26,
        [25, 45, 36, 25, 19, 36],
        head,
        row_h=7,
        size=8.5,
        font="sans",
        aligns="cccccc",
        header_fill=grey(0.85),
        lw=0.7,
    )
    s.text(12, 46, "Pay period: 01/09/2026 - 30/09/2026", 9.5, font="sans", bold=True)
    s.text(110, 46, "Tax period: 6 (Monthly)", 9, font="sans")
    s.text(198, 46, "Dept: Trafford Park Depot", 9, font="sans", align="r")
    pay = [["Payments", "Units", "Rate", "Amount"]]
    pay += [[d, u, rate, f"{a:,.2f}"] for d, u, rate, a in PAYMENTS]
    pay += [["", "", "", ""]]
    s.table(
        12,
        50,
        [38, 17, 21, 24],
        pay,
        row_h=7,
        size=8.5,
        font="sans",
        aligns="lrrr",
        grid="frame",
        header_fill=grey(0.85),
        lw=0.7,
    )
    ded = [["Deductions", "Amount"]] + [[d, f"{a:,.2f}"] for d, a in DEDUCTIONS] + [["", ""]]
    s.table(
        114,
        50,
        [60, 24],
        ded,
        row_h=7,
        size=8.5,
        font="sans",
        aligns="lr",
        grid="frame",
        header_fill=grey(0.85),
        lw=0.7,
    )
    tot = [["Gross Pay", "Total Deductions", "Net Pay"], [gbp(GROSS), gbp(TOTAL_DED), gbp(NET)]]
    s.table(
        12,
        89,
        [62, 62, 62],
        tot,
        row_h=8,
        size=10,
        font="sans",
        aligns="ccc",
        header_fill=grey(0.85),
        bold_rows=[1],
        lw=0.9,
    )
    s.text(12, 113, "Year to date", 9, font="sans", bold=True)
    ytd = [
        ["Taxable Pay", "Income Tax", "Employee NI", "Employee Pension"],
        [
            f"{YTD_PRIOR['gross'] + GROSS:,.2f}",
            f"{YTD_PRIOR['tax'] + DEDUCTIONS[0][1]:,.2f}",
            f"{YTD_PRIOR['ni'] + DEDUCTIONS[1][1]:,.2f}",
            f"{YTD_PRIOR['pension'] + DEDUCTIONS[2][1]:,.2f}",
        ],
    ]
    s.table(
        12,
        115,
        [46.5] * 4,
        ytd,
        row_h=6.5,
        size=8,
        font="sans",
        aligns="cccc",
        header_fill=None,
        grid="frame",
        lw=0.6,
    )
    s.text(
        12,
        136,
        f"Payment method: BACS to account ****{ACCOUNT[-4:]}    Employer PAYE ref: 120/BW55321",
        7.5,
        font="sans",
    )
    s.text(
        12,
        141,
        "Holiday pay is for 12 hours of accrued, untaken leave paid on termination. "
        "Redundancy pay will be paid separately.",
        7.5,
        font="sans",
    )
    s.img = r.scan(s.img, rng, skew=-1.2, paper=238, ink=30)
    s.img.save(path, "PNG", optimize=True, dpi=(200, 200))


# -- redundancy letter ------------------------------------------------------------------------


def _brightwater_logo(s: r.Surface, x: float, y: float) -> None:
    s.ellipse(x + 8, y + 8, 8, 8, stroke=None, fill=TEAL)
    for k, dy in enumerate((5.5, 8.5, 11.5)):
        pts = [(x + 1.5 + i * 1.3, y + dy + 0.9 * ((i % 4) in (1, 2)) - 0.45) for i in range(11)]
        s.polygon(pts, stroke=r.WHITE, fill=None, lw=1.2 - 0.2 * k, closed=False)


def redundancy_letter(path: Path, rng: random.Random) -> None:
    s = PdfSurface(
        path,
        title="Confirmation of redundancy - Daniel Okafor",
        author="Brightwater Logistics Ltd HR",
        creator="Microsoft Word",
    )
    _brightwater_logo(s, 20, 14)
    s.text(40, 22, "Brightwater", 20, font="sans", bold=True, color=NAVY)
    s.text(40, 28, "LOGISTICS", 9, font="sans", color=TEAL)
    for i, ln in enumerate(
        [
            "Brightwater Logistics Ltd",
            "Unit 7, Canalside Park",
            "Trafford Wharf Road",
            "Manchester M17 1PQ",
            "T 0161 496 0732   hr@brightwater-logistics.example",
        ]
    ):
        s.text(190, 16 + i * 4.2, ln, 8, font="sans", align="r", color=grey(0.3))
    s.line(20, 40, 190, 40, 1.5, TEAL)
    s.text(20, 50, "PRIVATE & CONFIDENTIAL", 9, font="sans", bold=True)
    for i, ln in enumerate(ADDRESS):
        s.text(20, 58 + i * 5, ln, 10.5, font="sans")
    s.text(190, 58, "30 September 2026", 10.5, font="sans", align="r")
    s.text(190, 63, "Our ref: HR/RED/2026/117", 9, font="sans", align="r", color=grey(0.3))
    s.text(20, 92, "Dear Daniel Okafor,", 10.5, font="sans")
    s.text(
        20,
        101,
        "Confirmation of termination of employment by reason of redundancy",
        10.5,
        font="sans",
        bold=True,
    )
    paras = [
        "Further to our consultation meetings on 2 September and 16 September 2026, I am writing to confirm "
        "that your position as Warehouse Operations Supervisor at our Trafford Park depot has been made "
        "redundant following the closure of the depot's night-shift operation.",
        "Your employment with Brightwater Logistics Ltd has ended by reason of redundancy. Your last day of "
        "employment is 30 September 2026, and you are not required to attend work after that date.",
        "Your final salary for September 2026, including payment for 12 hours of accrued but untaken holiday, "
        "will be paid on 25 September 2026 in the usual way. Your statutory redundancy payment of £3,570.00, "
        "based on six complete years of service, will be paid separately on 9 October 2026. Your P45 will be "
        "sent to your home address within 14 days.",
        "You have the right to appeal against this decision. If you wish to do so, please write to me within "
        "seven days of the date of this letter, setting out your reasons.",
        "I would like to thank you for your hard work and commitment over the past six years, and wish you "
        "every success for the future. We are happy to provide a reference on request.",
    ]
    y = 111.0
    for p in paras:
        y = s.paragraph(20, y, 170, p, 10.5, font="sans", leading=15) + 3
    s.text(20, y + 4, "Yours sincerely,", 10.5, font="sans")
    s.signature(22, y + 20, 38, rng)
    s.text(20, y + 30, "Sarah Whitfield", 10.5, font="sans", bold=True)
    s.text(20, y + 35, "HR Manager", 10.5, font="sans")
    s.text(20, y + 40, EMPLOYER, 10.5, font="sans")
    s.line(20, 278, 190, 278, 0.5, grey(0.6))
    s.text(
        105,
        283,
        "Brightwater Logistics Ltd. Registered in England and Wales No. 08844127. Registered office: "
        "Unit 7, Canalside Park, Manchester M17 1PQ.",
        7,
        font="sans",
        align="c",
        color=grey(0.4),
    )
    s.save()


# -- bank statement ---------------------------------------------------------------------------

CLOSING = D("412.09")
SEP_TXNS = [  # (day, description, amount: - paid out, + paid in)
    (1, "DD IRWELL ENERGY LTD", "-92.50"),
    (2, "CARD TESCO STORES 2911 MANCHESTER", "-23.47"),
    (3, "CARD TFGM METROLINK", "-5.80"),
    (4, "DD EE LIMITED", "-32.00"),
    (5, "CARD ALDI 78 MANCHESTER", "-41.26"),
    (6, "CARD GREGGS OXFORD RD", "-4.35"),
    (8, "DD MANCHESTER CITY COUNCIL", "-146.00"),
    (8, "CARD TFGM BEE NETWORK BUS", "-2.00"),
    (10, "CARD BOOTS 1143 MANCHESTER", "-12.99"),
    (11, "CARD TESCO STORES 2911 MANCHESTER", "-36.18"),
    (12, "FPO J OKAFOR", "-60.00"),
    (13, "CARD ASDA HULME", "-52.40"),
    (15, "DD NORTHFIELD CREDIT LTD", "-245.00"),
    (15, "CARD NETFLIX.COM", "-5.99"),
    (17, "CARD TFGM METROLINK", "-5.80"),
    (18, "CARD LIDL GB MANCHESTER", "-28.74"),
    (19, "ATM NOTEMACHINE WILMSLOW RD", "-40.00"),
    (20, "CARD SPOTIFY", "-11.99"),
    (22, "CARD TESCO STORES 2911 MANCHESTER", "-31.05"),
    (24, "CARD TFGM METROLINK", "-5.80"),
    (25, "BGC BRIGHTWATER LOGISTICS SALARY", "2310.45"),
    (26, "SO PARKVIEW LETTINGS RENT", "-875.00"),
    (26, "CARD ALDI 78 MANCHESTER", "-47.91"),
    (27, "CARD PAYPAL *EBAY", "-18.50"),
    (28, "DD TV LICENCE MBP", "-14.50"),
    (28, "DD VIRGIN MEDIA", "-38.00"),
    (28, "FPO PENNINE CREDIT CARD", "-400.00"),
    (29, "CARD TESCO STORES 2911 MANCHESTER", "-26.83"),
    (29, "DD PUREGYM LTD", "-24.99"),
    (30, "CARD TFGM METROLINK", "-5.80"),
    (30, "FPO D OKAFOR SAVINGS", "-520.00"),
]


def bank_statement(path: Path) -> D:
    txns = [(dt.date(2026, 9, d), desc, D(a)) for d, desc, a in SEP_TXNS]
    money_in = sum((a for *_, a in txns if a > 0), D("0"))
    money_out = -sum((a for *_, a in txns if a < 0), D("0"))
    opening = CLOSING - money_in + money_out
    bal, rows = opening, []
    for i, (d, desc, a) in enumerate(txns):
        bal += a
        assert bal >= 0, f"sample balance went negative on {d}"
        last_of_day = i + 1 == len(txns) or txns[i + 1][0] != d
        rows.append(
            [
                d.strftime("%d %b"),
                desc,
                f"{-a:,.2f}" if a < 0 else "",
                f"{a:,.2f}" if a > 0 else "",
                f"{bal:,.2f}" if last_of_day else "",
            ]
        )
    assert bal == CLOSING
    s = PdfSurface(path, title="Statement", author=BANK, creator="Pennine Bank statements")
    split = 19
    for page, chunk in enumerate((rows[:split], rows[split:]), 1):
        s.polygon([(20, 12), (32, 12), (32, 21), (26, 27), (20, 21)], stroke=None, fill=GREEN)
        s.polygon([(22.5, 20), (26, 15), (29.5, 20)], stroke=None, fill=r.WHITE)
        s.text(36, 20, "Pennine Bank", 18, font="sans", bold=True, color=GREEN)
        s.text(
            36, 25, "Pennine Bank plc, 1 Mill Street, Huddersfield HD1 2XX", 7, font="sans", color=grey(0.35)
        )
        s.text(190, 19, "Classic Current Account", 11, font="sans", bold=True, align="r")
        s.text(190, 24.5, f"Page {page} of 2", 8, font="sans", align="r")
        y = 36.0
        if page == 1:
            for i, ln in enumerate(ADDRESS):
                s.text(22, 42 + i * 5, ln, 10, font="sans")
            info = [
                ("Account name", NAME),
                ("Sort code", SORT_CODE),
                ("Account number", ACCOUNT),
                ("Statement number", "87"),
                ("Statement date", "30 September 2026"),
            ]
            s.rect(112, 36, 78, 34, stroke=GREEN, lw=0.8)
            for i, (k, v) in enumerate(info):
                s.text(116, 43 + i * 6, k, 9, font="sans", color=grey(0.3))
                s.text(186, 43 + i * 6, v, 9, font="sans", bold=True, align="r")
            s.text(
                20, 80, "Statement period 1 September 2026 to 30 September 2026", 11, font="sans", bold=True
            )
            summ = [
                ["Your account summary", ""],
                ["Balance on 1 September 2026", gbp(opening)],
                ["Money in", gbp(money_in)],
                ["Money out", gbp(money_out)],
                ["Balance on 30 September 2026", gbp(CLOSING)],
            ]
            s.table(
                20,
                84,
                [120, 50],
                summ,
                row_h=6.5,
                size=9,
                font="sans",
                aligns="lr",
                grid="rows",
                header_fill=(0.9, 0.95, 0.92),
                header_color=GREEN,
                lw=0.5,
                bold_rows=[4],
            )
            y = 124.0
        else:
            s.text(20, 36, f"{NAME}  ·  Sort code {SORT_CODE}  ·  Account number {ACCOUNT}", 8.5, font="sans")
            y = 42.0
        body = [["Date", "Description", "Paid out", "Paid in", "Balance"]]
        if page == 1:
            body.append(["01 Sep", "BALANCE BROUGHT FORWARD", "", "", f"{opening:,.2f}"])
        body += chunk
        if page == 2:
            body.append(["30 Sep", "Closing balance", "", "", f"{CLOSING:,.2f}"])
        y = s.table(
            20,
            y,
            [18, 86, 22, 22, 22],
            body,
            row_h=6.6,
            size=8.5,
            font="sans",
            aligns="llrrr",
            grid="open",
            header_fill=GREEN,
            header_color=r.WHITE,
            zebra=(0.95, 0.97, 0.96),
            lw=0.6,
            bold_rows=[len(body) - 1] if page == 2 else [],
        )
        if page == 2:
            s.text(20, y + 8, f"Closing balance {gbp(CLOSING)}", 11, font="sans", bold=True)
            s.rect(20, y + 16, 170, 30, stroke=grey(0.6), lw=0.5)
            s.paragraph(
                24,
                y + 22,
                162,
                "Your eligible deposits with Pennine Bank plc are protected up to a total "
                "of £85,000 by the Financial Services Compensation Scheme, the UK's deposit guarantee "
                "scheme. Any deposits you hold above the limit are unlikely to be covered. If you think "
                "there is a mistake on this statement, call us on 0113 496 0518.",
                8,
                font="sans",
                color=grey(0.3),
            )
        s.line(20, 284, 190, 284, 0.4, grey(0.6))
        s.text(
            20,
            289,
            "Pennine Bank plc is authorised by the Prudential Regulation Authority. Registered in "
            "England No. 04417730.",
            6.5,
            font="sans",
            color=grey(0.45),
        )
        if page == 1:
            s.new_page()
    s.save()
    return opening


# -- energy bill (type other) -----------------------------------------------------------------

ELEC = {"prev": 23118, "cur": 23730, "rate": D("24.86"), "standing": D("53.68")}
GAS = {"prev": 4021, "cur": 4102, "rate": D("6.24"), "standing": D("31.65"), "cv": D("39.3")}
DAYS = 61
PAYMENTS_RECEIVED = D("185.00")
PENCE = D("0.01")


def _charge(kwh: int, rate: D, standing: D) -> tuple[D, D, D, D]:
    energy = (kwh * rate / 100).quantize(PENCE)
    stand = (DAYS * standing / 100).quantize(PENCE)
    vat = ((energy + stand) * D("0.05")).quantize(PENCE)
    return energy, stand, vat, energy + stand + vat


def energy_bill(path: Path) -> D:
    e_kwh = ELEC["cur"] - ELEC["prev"]
    g_m3 = GAS["cur"] - GAS["prev"]
    g_kwh = int(g_m3 * D("1.02264") * GAS["cv"] / D("3.6"))
    e = _charge(e_kwh, ELEC["rate"], ELEC["standing"])
    g = _charge(g_kwh, GAS["rate"], GAS["standing"])
    due = e[3] + g[3] - PAYMENTS_RECEIVED
    s = PdfSurface(path, title="Your energy bill", author="Irwell Energy", creator="Irwell Energy billing")
    # page 1: summary
    s.ellipse(28, 22, 9, 9, stroke=None, fill=ORANGE)
    s.polygon(
        [(29.5, 14.5), (24, 23), (28, 23), (26.5, 29.5), (32, 20.5), (28, 20.5)], stroke=None, fill=r.WHITE
    )
    s.text(41, 25, "irwell energy", 20, font="sans", bold=True, color=ORANGE)
    s.text(190, 20, "Your energy bill", 16, font="sans", bold=True, align="r")
    s.text(190, 27, "Bill date 12 October 2026", 9.5, font="sans", align="r")
    for i, ln in enumerate(ADDRESS):
        s.text(22, 46 + i * 5, ln, 10, font="sans")
    acct = [
        ("Account number", "8812 4470 19"),
        ("Bill number", "300 559 1187"),
        ("Billing period", "14 Aug 2026 - 13 Oct 2026"),
        ("Supply address", "Flat 12, 48 Wilmslow Road, M14 5TQ"),
    ]
    for i, (k, v) in enumerate(acct):
        s.text(112, 46 + i * 6, k, 8.5, font="sans", color=grey(0.35))
        s.text(190, 46 + i * 6, v, 8.5, font="sans", align="r")
    s.rect(20, 76, 170, 30, stroke=None, fill=(1.0, 0.94, 0.86))
    s.text(26, 88, "Amount due", 13, font="sans", bold=True)
    s.text(184, 90, gbp(due), 24, font="sans", bold=True, align="r", color=ORANGE)
    s.text(26, 96, "We'll collect this by Direct Debit on or after 27 October 2026.", 9.5, font="sans")
    s.text(26, 101.5, "You don't need to do anything.", 9.5, font="sans")
    s.text(20, 118, "Your bill at a glance: 14 August 2026 to 13 October 2026", 11, font="sans", bold=True)
    glance = [
        ["", "£"],
        ["Balance from your last bill", "0.00"],
        ["Payments received - thank you", f"-{PAYMENTS_RECEIVED:,.2f}"],
        ["Electricity charges (incl. VAT)", f"{e[3]:,.2f}"],
        ["Gas charges (incl. VAT)", f"{g[3]:,.2f}"],
        ["Balance now - amount due", f"{due:,.2f}"],
    ]
    s.table(
        20,
        122,
        [130, 40],
        glance,
        row_h=7.5,
        size=9.5,
        font="sans",
        aligns="lr",
        grid="rows",
        header_fill=None,
        lw=0.6,
        bold_rows=[5],
    )
    s.rect(20, 176, 170, 38, stroke=ORANGE, lw=0.8)
    s.text(25, 184, "Your tariff", 10.5, font="sans", bold=True, color=ORANGE)
    tariff = [
        f"Irwell Standard Variable (dual fuel), paying by monthly Direct Debit of £{PAYMENTS_RECEIVED / 2:,.2f}.",
        f"Electricity: {ELEC['rate']}p per kWh, standing charge {ELEC['standing']}p per day.",
        f"Gas: {GAS['rate']}p per kWh, standing charge {GAS['standing']}p per day.",
        "Could you pay less? Compare tariffs at irwell-energy.example/tariffs.",
    ]
    for i, ln in enumerate(tariff):
        s.text(25, 191 + i * 5.5, ln, 9, font="sans")
    s.text(
        20,
        228,
        "Struggling to pay? Talk to us early on 0161 496 0990 - we can agree a payment plan.",
        9,
        font="sans",
    )
    s.line(20, 284, 190, 284, 0.4, grey(0.6))
    s.text(
        20,
        289,
        "Irwell Energy Ltd, 3 Riverside Way, Salford M3 7HH. Registered in England No. 11873402. Page 1 of 2",
        6.5,
        font="sans",
        color=grey(0.45),
    )
    s.new_page()
    # page 2: readings, charges, usage chart
    s.text(20, 22, "Your usage in detail", 15, font="sans", bold=True, color=ORANGE)
    s.text(190, 22, "Account number 8812 4470 19", 8.5, font="sans", align="r")
    reads = [
        ["Meter", "Serial", "Previous reading", "Current reading", "Used"],
        [
            "Electricity",
            "E14Z 0773512",
            f"{ELEC['prev']:,} (A) 14 Aug",
            f"{ELEC['cur']:,} (C) 13 Oct",
            f"{e_kwh} kWh",
        ],
        ["Gas", "G4K 00391862", f"{GAS['prev']:,} (A) 14 Aug", f"{GAS['cur']:,} (E) 13 Oct", f"{g_m3} m3"],
    ]
    s.table(
        20,
        30,
        [28, 32, 42, 42, 26],
        reads,
        row_h=7.5,
        size=9,
        font="sans",
        aligns="lllll",
        grid="full",
        header_fill=(1.0, 0.94, 0.86),
        lw=0.5,
    )
    s.text(20, 62, "A = actual reading, C = your reading, E = estimated.", 8, font="sans", color=grey(0.35))
    s.text(
        20,
        68,
        f"Gas used: {g_m3} m3 x 1.02264 (volume correction) x {GAS['cv']} (calorific value) / 3.6 "
        f"= {g_kwh} kWh",
        8,
        font="sans",
        color=grey(0.35),
    )
    ch = [
        ["Charges", "Quantity", "Rate", "£"],
        ["Electricity used", f"{e_kwh} kWh", f"{ELEC['rate']}p", f"{e[0]:,.2f}"],
        ["Electricity standing charge", f"{DAYS} days", f"{ELEC['standing']}p", f"{e[1]:,.2f}"],
        ["VAT on electricity", "", "5%", f"{e[2]:,.2f}"],
        ["Gas used", f"{g_kwh} kWh", f"{GAS['rate']}p", f"{g[0]:,.2f}"],
        ["Gas standing charge", f"{DAYS} days", f"{GAS['standing']}p", f"{g[1]:,.2f}"],
        ["VAT on gas", "", "5%", f"{g[2]:,.2f}"],
        ["Total charges this period", "", "", f"{e[3] + g[3]:,.2f}"],
    ]
    y = s.table(
        20,
        76,
        [80, 34, 26, 30],
        ch,
        row_h=7,
        size=9,
        font="sans",
        aligns="lrrr",
        grid="rows",
        header_fill=None,
        lw=0.6,
        bold_rows=[7],
    )
    s.text(20, y + 14, "Your electricity use over the last 12 months (kWh)", 10.5, font="sans", bold=True)
    months = ["Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    use = [388, 452, 471, 410, 362, 301, 268, 240, 251, 262, 301, 318]
    base = y + 74
    s.line(24, base, 186, base, 0.6)
    for i, (m, u) in enumerate(zip(months, use, strict=True)):
        h = u / 10
        x = 28 + i * 13
        s.rect(x, base - h, 8, h, stroke=None, fill=ORANGE if i >= 10 else (0.98, 0.78, 0.55))
        s.text(x + 4, base + 5, m, 7.5, font="sans", align="c")
        s.text(x + 4, base - h - 1.5, str(u), 6.5, font="sans", align="c", color=grey(0.35))
    s.line(20, 284, 190, 284, 0.4, grey(0.6))
    s.text(
        20,
        289,
        "Irwell Energy Ltd, 3 Riverside Way, Salford M3 7HH. Registered in England No. 11873402. Page 2 of 2",
        6.5,
        font="sans",
        color=grey(0.45),
    )
    s.save()
    return due


FILES = {
    "letter": "redundancy-letter.pdf",
    "payslip": "payslips/payslip-sep-2026-scan.png",
    "statement": "statements/pennine-statement-2026-09.pdf",
    "bill": "bills/irwell-energy-bill-2026-10.pdf",
}


def write(out: Path) -> dict[str, dict]:
    """Write the case folder under `out`; return ground truth keyed by relative path."""
    root = out / CASE
    for rel in FILES.values():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / "packet.toml").write_text(PACKET_TOML, encoding="utf-8")
    redundancy_letter(root / FILES["letter"], random.Random(11))
    payslip(root / FILES["payslip"], random.Random(12))
    bank_statement(root / FILES["statement"])
    due = energy_bill(root / FILES["bill"])
    return {
        FILES["letter"]: {
            "type": "unemployment_proof",
            "pages": 1,
            "form": "pdf-text",
            "fields": {"person": NAME, "issuer": EMPLOYER, "date": "2026-09-30"},
            "printed": {"date": "30 September 2026"},
        },
        FILES["payslip"]: {
            "type": "payslip",
            "pages": 1,
            "form": "scan-png",
            "fields": {
                "employer": EMPLOYER,
                "employee": NAME,
                "period": "2026-09",
                "gross_pay": f"{GROSS:.2f}",
                "net_pay": f"{NET:.2f}",
            },
            "printed": {"period": "Pay period: 01/09/2026 - 30/09/2026", "pay_date": "25/09/2026"},
        },
        FILES["statement"]: {
            "type": "bank_statement",
            "pages": 2,
            "form": "pdf-text",
            "fields": {
                "bank": "Pennine Bank",
                "account_holder": NAME,
                "account_number": ACCOUNT,
                "period_start": "2026-09-01",
                "period_end": "2026-09-30",
                "closing_balance": f"{CLOSING:.2f}",
            },
            "printed": {"legal_name": BANK, "sort_code": SORT_CODE},
        },
        FILES["bill"]: {
            "type": "other",
            "pages": 2,
            "form": "pdf-text",
            "fields": {},
            "printed": {
                "account_number": "8812 4470 19",
                "amount_due": f"{due:.2f}",
                "billing_period": "14 Aug 2026 - 13 Oct 2026",
            },
        },
    }
