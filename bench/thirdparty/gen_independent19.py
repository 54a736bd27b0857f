"""The nineteenth independently generated judging set (bench/thirdparty/independent19.json, ``--independent19``).

    python bench/thirdparty/gen_independent19.py --manifest   (rewrite independent19.json: labels + sha256)
    python bench/thirdparty/gen_independent19.py --out DIR    (write every entry into DIR, to look at them)

Written without reading packet's code, vocabulary or tests, by a new author: places and issuers no earlier set uses
(Macau's Taipa, Jieyang, Liupanshui, Hebi, Suihua; Mahikeng, Las Cruces, Savanna-la-Mar, Whangarei). The drawing and
photo plumbing (Page, _photo, _screenshot, _daxie) is imported from gen_independent11.py and the every-page scanner from
gen_independent12.py (one copy of each); everything else, layouts and wording, is this file's own.

What this set varies that earlier ones kept fixed: Macau papers in 繁體 with Portuguese beside the Chinese (a hotel's
salary slip in MOP whose deductions sit in a column left of the earnings; a bank's Extracto with dd/mm/yyyy dates and
the 結餘 column first after the date); a mobile bank's two-page 交易明细 export with a diagonal watermark repeated over
the rows, 收/支 as a column of its own and unsigned amounts; a 解除劳动合同证明 whose particulars are a two-column
grid with the reason ticked; a 社区居委会 失业证明 filled in by pen; a 农信社 passbook photographed open; a colliery's
工资条 with its heads over two rows; a 出院结算清单 beside a 出院小结 (look-alike); a dental clinic's 收费单 from 2025
(stale). South Africa's yyyy/mm/dd with a space as thousands separator (R 12 345,67 style is avoided: the payslip
prints 12 345.67); a two-page statement whose balance column carries Cr/Dr; a US state determination letter with the
weekly benefit amount in a framed box; an online-banking history printed from a browser with the URL and print date
in the page's header and footer; a Jamaican payslip (NIS, NHT, Education Tax, PAYE) whose year-to-date column sits
left of the current one; a credit union passbook with handwritten initials; a Jamaican ambulance invoice; a vet's bill
(not a person's medical bill: the patient is a dog); photos dim, angled, creased, held by a thumb.

Each document is drawn once with reportlab (invariant mode) as its issuer prints it; its labels are the values the
drawing prints (money figures are computed from the printed lines and returned by the drawing, see :func:`figures`).
Forms: ``text``, ``scan`` (every page), ``photo`` (JPEG of the first page; one-page documents only), ``image`` (a
phone screenshot, PNG). Every random choice is seeded by the entry's id.

Rendering needs pdftoppm (poppler-utils) and the WenQuanYi Zen Hei font for Chinese.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_independent11 import (  # noqa: E402
    Page,
    _daxie,
    _photo,
    _screenshot,
)
from gen_independent12 import _scan_pages  # noqa: E402

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "independent19.json"
PREFIX = "i19"
GREY = (0.5, 0.5, 0.5)
LIGHT = (0.93, 0.93, 0.93)
TEAL = (0.0, 0.4, 0.42)
NAVY = (0.08, 0.14, 0.38)
WINE = (0.5, 0.08, 0.16)
OLIVE = (0.33, 0.38, 0.1)
GREEN = (0.08, 0.42, 0.22)
PEN = (0.12, 0.16, 0.5)
PHONE = (390, 844)
DIM = dict(exposure=0.66, falloff=0.6, grain=5.0)


def _r(v: float) -> float:
    return round(v + 1e-9, 2)


def _c(v: float) -> str:
    """1,234.56"""
    return f"{v:,.2f}"


def _sp(v: float) -> str:
    """South African grouping: 12 345.67"""
    return f"{v:,.2f}".replace(",", " ")


def _s(v: float) -> str:
    """A label's spelling of an amount: two decimals, no grouping."""
    return f"{v:.2f}"


def _balances(opening: float, amounts: list[float]) -> list[float]:
    out, bal = [], opening
    for a in amounts:
        bal = _r(bal + a)
        out.append(bal)
    return out


def _watermark(p: Page, text: str, color=(0.86, 0.86, 0.9), size=15, step=(170, 120)):
    """The same words printed diagonally all over the page, pale (an app's export stamps its owner's use on it)."""
    c = p.c
    c.saveState()
    c.setFillColorRGB(*color)
    c.setFont(p.font(), size)
    for yy in range(-40, int(p.h) + 80, step[1]):
        for xx in range(-60, int(p.w) + 80, step[0]):
            c.saveState()
            c.translate(xx, yy)
            c.rotate(30)
            c.drawString(0, 0, text)
            c.restoreState()
    c.restoreState()


def _bar(p: Page, clock: str):
    """A phone's top line: the clock at the left, a battery percentage at the right."""
    p.t(22, 30, clock, 12.5, bold=True)
    p.t(340, 30, "78%", 10)
    p.box(362, 21, 18, 10, lw=0.8, radius=2)
    p.box(364, 23, 11, 6, fill=(0, 0, 0), stroke=None)


# --------------------------------------------------------------------------------------------------------------------
# Chinese documents

MO = dict(person="冼慧珊", employer="澳門氹仔海韻酒店有限公司", bank="澳門南灣商業銀行", account="21-07-10-338652",
          staff="HY-30417")
MO_EARN = [("基本薪金 Salário base", 14800.00), ("服務費 Taxa de serviço", 2360.00), ("夜班津貼 Subsídio nocturno", 720.00),
           ("超時工作 Horas extra", 1185.00)]
MO_DED = [("社會保障基金 FSS", 90.00), ("公積金供款 5%", 740.00), ("宿舍費 Alojamento", 600.00)]


def zh_pay_macau_hotel_salary_slip() -> tuple[bytes, dict]:
    """A Taipa hotel's 薪俸單 / Recibo de Vencimento (A5 portrait): particulars 僱員 / 職員編號 / 部門 / 糧期
    01/10/2026 - 31/10/2026 in a box, the DEDUCTIONS column LEFT of the earnings, each label in Chinese and Portuguese,
    sums under each column, 實收 (net) in a band at the foot with the pay date 05/11/2026; MOP."""
    p = Page(A5, zh=True)
    gross = _r(sum(v for _k, v in MO_EARN))
    ded = _r(sum(v for _k, v in MO_DED))
    net = _r(gross - ded)
    p.t(210, 40, MO["employer"], 12, bold=True, align="c", color=TEAL)
    p.t(210, 56, "Hotel Hoi Van Taipa, Limitada", 8.5, align="c", color=TEAL)
    p.t(210, 80, "薪 俸 單  RECIBO DE VENCIMENTO", 11, bold=True, align="c")
    p.box(24, 92, 372, 58, lw=0.6)
    p.t(32, 108, f"僱員 Empregado：{MO['person']}", 9)
    p.t(230, 108, f"職員編號 N.º：{MO['staff']}", 9)
    p.t(32, 126, "部門 Departamento：房務部 Andares", 9)
    p.t(230, 126, "支付方式：銀行轉賬", 9)
    p.t(32, 144, "糧期 Período：01/10/2026 - 31/10/2026", 9)
    p.t(230, 144, "發薪日：05/11/2026", 9)
    y = 166
    p.box(24, y, 186, 18, fill=LIGHT, stroke=None)
    p.box(210, y, 186, 18, fill=LIGHT, stroke=None)
    p.t(30, y + 13, "扣除 Descontos", 9, bold=True)
    p.t(216, y + 13, "收入 Rendimentos", 9, bold=True)
    p.line(210, y, 210, y + 150, 0.4)
    for k, (a, v) in enumerate(MO_DED):
        p.t(30, y + 34 + k * 18, a, 8)
        p.t(204, y + 34 + k * 18, _c(v), 8.5, align="r")
    for k, (a, v) in enumerate(MO_EARN):
        p.t(216, y + 34 + k * 18, a, 8)
        p.t(390, y + 34 + k * 18, _c(v), 8.5, align="r")
    p.line(24, y + 124, 396, y + 124, 0.5)
    p.t(30, y + 140, "扣除總額", 8.5, bold=True)
    p.t(204, y + 140, _c(ded), 9, align="r", bold=True)
    p.t(216, y + 140, "收入總額", 8.5, bold=True)
    p.t(390, y + 140, _c(gross), 9, align="r", bold=True)
    p.box(24, y + 158, 372, 30, fill=(0.86, 0.93, 0.93), stroke=TEAL, lw=0.8)
    p.t(32, y + 178, "實收 Líquido a receber  MOP", 10.5, bold=True, color=TEAL)
    p.t(388, y + 178, _c(net), 12, bold=True, align="r", color=TEAL)
    p.t(24, y + 214, "本單由電腦列印，毋須簽署。如有疑問請於七日內向人力資源部查詢。", 7.5, color=GREY)
    p.t(24, y + 228, "Este recibo é emitido por computador e dispensa assinatura.", 7, color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


MO_ROWS = [
    ("03/10/2026", "自動櫃員機提款 Levantamento ATM", -1000.00),
    ("05/10/2026", "薪金 Salário 海韻酒店", 17402.00),
    ("06/10/2026", "電費 CEM", -412.60),
    ("09/10/2026", "澳門通增值 Macau Pass", -200.00),
    ("12/10/2026", "轉賬 Transferência 何家", 1500.00),
    ("15/10/2026", "租金 Renda", -5800.00),
    ("20/10/2026", "電話費 Telefone", -168.00),
    ("24/10/2026", "超級市場 Supermercado", -736.40),
    ("31/10/2026", "利息 Juros", 2.37),
]
MO_OPEN = 9874.22


def zh_stmt_macau_bank_extracto() -> tuple[bytes, dict]:
    """A Macau bank's 儲蓄存款結單 / Extracto de Conta de Poupança: heads in Chinese over Portuguese, the columns
    日期 | 結餘 | 摘要 | 存入 | 提取 (the balance right after the date), dd/mm/yyyy, MOP, 承上結餘 first and no total row;
    the salary credit from the hotel on 05/11 falls outside the period (not printed)."""
    p = Page(A4, zh=True)
    amounts = [a for _d, _w, a in MO_ROWS]
    bal = _balances(MO_OPEN, amounts)
    p.box(0, 0, 595, 70, fill=(0.55, 0.08, 0.12), stroke=None)
    p.t(40, 36, MO["bank"], 17, bold=True, color=(1, 1, 1))
    p.t(40, 56, "Banco Comercial da Praia Sul, S.A.", 9, color=(1, 1, 1))
    p.t(555, 44, "結單 EXTRACTO", 12, bold=True, color=(1, 1, 1), align="r")
    p.t(40, 100, MO["person"], 11)
    p.t(40, 116, "澳門氹仔地堡街 88 號 海晴閣 6樓 C", 9)
    rows = [("賬戶號碼 N.º da conta", MO["account"]), ("貨幣 Moeda", "MOP 澳門元"),
            ("結單日期 Data", "31/10/2026"), ("結單期間 Período", "01/10/2026 – 31/10/2026")]
    for k, (a, v) in enumerate(rows):
        p.t(330, 100 + k * 16, a, 8.5, color=GREY)
        p.t(555, 100 + k * 16, v, 9, align="r")
    y = 184
    xs = [40, 150, 230, 440, 500, 555]
    heads = [("日期", "Data"), ("結餘", "Saldo"), ("摘要", "Descrição"), ("存入", "Depósito"), ("提取", "Levantamento")]
    p.line(40, y - 4, 555, y - 4, 1.0)
    for k, (zh, pt) in enumerate(heads):
        x = xs[k] if k in (0, 2) else xs[k + 1] if k >= 3 else 142
        al = "l" if k in (0, 2) else "r"
        p.t(x, y + 8, zh, 9, bold=True, align=al)
        p.t(x, y + 19, pt, 7.5, color=GREY, align=al)
    p.line(40, y + 25, 555, y + 25, 0.6)
    y += 42
    p.t(40, y, "01/10/2026", 9)
    p.t(142, y, _c(MO_OPEN), 9, align="r")
    p.t(160, y, "承上結餘 Saldo anterior", 9)
    for (d, what, a), b in zip(MO_ROWS, bal, strict=True):
        y += 20
        p.t(40, y, d, 9)
        p.t(142, y, _c(b), 9, align="r")
        p.t(160, y, what, 9)
        p.t(500 if a > 0 else 555, y, _c(abs(a)), 9, align="r")
    p.line(40, y + 10, 555, y + 10, 0.6)
    p.t(40, y + 40, "如發現結單內容有誤，請於收到結單後十四日內通知本行，否則作為確認無誤論。", 8, color=GREY)
    p.t(40, y + 54, "Qualquer discrepância deve ser comunicada ao Banco no prazo de 14 dias.", 7.5, color=GREY)
    p.t(297, 810, "第 1 頁 / 共 1 頁  Pág. 1/1", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


JY = dict(person="蔡泽鹏", employer="揭阳市榕城区宏锦五金制品有限公司", bank="揭阳榕城商业银行",
          account="6217 8620 0113 5570 482")
JY_ROWS = [  # yyyy-mm-dd hh:mm, 类型, 对方, 收/支, amount
    ("2026-10-01 08:12", "快捷支付", "美团", "支", 23.50), ("2026-10-02 19:40", "转账", "蔡楚丹", "收", 500.00),
    ("2026-10-03 10:05", "消费", "榕城百佳超市", "支", 146.30), ("2026-10-05 07:58", "代扣", "揭阳供电局", "支", 96.44),
    ("2026-10-08 12:20", "快捷支付", "拼多多", "支", 59.90), ("2026-10-10 16:02", "代发工资", JY["employer"], "收", 2310.45),
    ("2026-10-11 09:31", "ATM取款", "ATM0371", "支", 800.00), ("2026-10-13 20:44", "转账", "林晓纯", "支", 300.00),
    ("2026-10-15 08:03", "代扣", "中国移动", "支", 58.00), ("2026-10-16 11:17", "消费", "普宁药店", "支", 37.80),
    ("2026-10-18 14:29", "快捷支付", "滴滴出行", "支", 18.60), ("2026-10-19 18:55", "消费", "揭阳潮汕小食", "支", 42.00),
    ("2026-10-21 10:10", "经济补偿", JY["employer"], "收", 9600.00), ("2026-10-21 10:11", "代发工资", JY["employer"], "收",
                                                                     1654.20),
    ("2026-10-22 15:33", "转账", "蔡楚丹", "支", 1000.00), ("2026-10-23 09:00", "消费", "榕城百佳超市", "支", 203.15),
    ("2026-10-24 21:06", "快捷支付", "美团", "支", 31.40), ("2026-10-25 13:48", "转账", "房东 黄", "支", 1200.00),
    ("2026-10-26 10:30", "代扣", "揭阳水务", "支", 41.70), ("2026-10-27 17:12", "消费", "榕华加油站", "支", 150.00),
    ("2026-10-28 08:40", "快捷支付", "拼多多", "支", 88.00), ("2026-10-29 19:19", "消费", "揭阳潮汕小食", "支", 26.00),
    ("2026-10-30 11:55", "转账", "蔡楚丹", "收", 200.00), ("2026-10-31 23:59", "结息", "", "收", 1.26),
]
JY_OPEN = 3187.92


def zh_stmt_jieyang_mobile_bank_export_watermarked() -> tuple[bytes, dict]:
    """A city bank's 手机银行 交易明细 export (PDF, two pages): the bank's name and 账户交易明细 over a grid of
    户名 / 卡号 / 起止日期 2026-10-01 至 2026-10-31 / 导出时间, rows 交易时间 | 交易类型 | 对方户名 | 收/支 | 金额 | 余额
    (unsigned amounts, 收 or 支 in its own column), the words 仅供个人参考 不作他用 printed diagonally all over both
    pages; page 2 ends with 收入合计 / 支出合计 / 期末余额 and 第2页/共2页."""
    p = Page(A4, zh=True)
    signed = [a if d == "收" else -a for *_x, d, a in JY_ROWS]
    bal = _balances(JY_OPEN, signed)
    heads = ["交易时间", "交易类型", "对方户名", "收/支", "金额", "余额"]
    widths = [100, 60, 175, 36, 72, 72]
    aligns = ["l", "l", "l", "c", "r", "r"]

    def head(y):
        p.table(40, y, widths, [heads], rh=18, size=8.5, head_fill=(0.85, 0.91, 0.97))

    def rows(chunk, y):
        body = [[t, k, who, d, _c(a), _c(b)] for (t, k, who, d, a), b in chunk]
        return p.table(40, y, widths, [["", "", "", "", "", ""], *body][1:], rh=17, size=8, head=0, aligns=aligns,
                       grid=False, hlines=True)

    pairs = list(zip(JY_ROWS, bal, strict=True))
    _watermark(p, f"仅供个人参考 不作他用 {JY['person']}")
    p.t(40, 50, JY["bank"], 15, bold=True, color=(0.05, 0.3, 0.6))
    p.t(555, 50, "账户交易明细", 13, bold=True, align="r")
    grid = [["户名", JY["person"], "卡号", JY["account"]],
            ["起止日期", "2026-10-01 至 2026-10-31", "币种", "人民币"],
            ["导出渠道", "手机银行", "导出时间", "2026-11-04 21:37:05"]]
    p.table(40, 66, [70, 170, 70, 205], grid, rh=18, size=8.5, head=0)
    head(134)
    y = rows(pairs[:16], 152)
    p.t(297, 812, "第1页/共2页", 8, align="c", color=GREY)
    p.c.showPage()
    _watermark(p, f"仅供个人参考 不作他用 {JY['person']}")
    head(50)
    y = rows(pairs[16:], 68)
    inn = _r(sum(a for a in signed if a > 0))
    out = _r(-sum(a for a in signed if a < 0))
    p.t(40, y + 24, f"收入合计：{_c(inn)}    支出合计：{_c(out)}    期末余额：{_c(bal[-1])}", 9.5, bold=True)
    p.t(40, y + 44, "说明：本明细由客户通过手机银行自助导出，仅供参考；如需加盖业务章的流水，请至营业网点办理。", 8,
        color=GREY)
    p.t(297, 812, "第2页/共2页", 8, align="c", color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


def zh_unemp_jieyang_contract_termination_proof() -> tuple[bytes, dict]:
    """A hardware factory's 解除劳动合同证明书: title, a two-column grid of particulars (姓名 / 身份证号 / 岗位 /
    入职日期 / 合同期限 / 解除日期 2026年10月20日), the reason as a row of tick boxes (协商一致 ticked), a sentence on
    the 经济补偿, a tear-off 回执 at the foot; the seal over 2026年10月21日."""
    p = Page(A4, zh=True)
    p.t(297, 80, "解除劳动合同证明书", 19, bold=True, align="c")
    p.t(470, 104, "编号：HJ-RZ-2026-037", 9, color=GREY)
    grid = [["姓  名", JY["person"], "性  别", "男"],
            ["身份证号", "445202199104**3315", "岗  位", "冲压车间 操作工"],
            ["入职日期", "2019年3月11日", "合同期限", "2024年3月11日至2027年3月10日"],
            ["解除日期", "2026年10月20日", "工作年限", "7年7个月"]]
    p.table(60, 124, [80, 160, 70, 165], grid, rh=30, size=10, head=0)
    p.t(60, 270, "解除原因：", 11)
    opts = [("协商一致", True), ("合同期满", False), ("单位裁员", False), ("本人辞职", False), ("其他", False)]
    x = 140
    for word, on in opts:
        p.box(x, 259, 10, 10, lw=0.8)
        if on:
            p.t(x + 1, 268, "√", 11, color=PEN)
        p.t(x + 15, 268, word, 10.5)
        x += 82
    body = [f"兹证明{JY['person']}同志与本单位的劳动合同已于2026年10月20日解除，劳动关系自该日终止。",
            "本单位已依法支付经济补偿金人民币玖仟陆佰元整（¥9,600.00），并结清至解除之日的工资。",
            "该同志的社会保险缴纳至2026年10月，档案及社保关系请本人于十五日内办理转移手续。",
            "特此证明。"]
    for k, s in enumerate(body):
        p.t(80, 310 + k * 24, s, 10.5)
    p.t(270, 440, f"单位（盖章）：{JY['employer']}", 10)
    p.t(400, 466, "2026年10月21日", 10.5)
    p.stamp(440, 436, 44, JY["employer"], "人事专用章")
    p.line(40, 560, 555, 560, 0.6, dash=(4, 3))
    p.t(297, 575, "（沿虚线剪开）", 8, align="c", color=GREY)
    p.t(297, 604, "回    执", 13, bold=True, align="c")
    p.t(80, 636, "本人已收到《解除劳动合同证明书》及经济补偿金，对上述内容无异议。", 10.5)
    p.t(330, 672, "职工签名：", 10.5)
    p.hand(390, 672, JY["person"], 14, key="jy-receipt")
    p.t(330, 698, "日    期：", 10.5)
    p.hand(390, 698, "2026.10.21", 12, key="jy-receipt-date")
    return p.pdf(), {}


LPS = dict(person="龙秀芝", issuer="六盘水市钟山区荷泉社区居民委员会", street="荷城街道")


def zh_unemp_liupanshui_community_certificate() -> tuple[bytes, dict]:
    """A residents' committee's 失业证明 on a pre-printed half sheet filled in by pen: 兹证明 ___ 同志（身份证号 ___）
    系我社区居民 ..., the blanks written by hand (name, 自2026年8月起, 2026年11月6日), the committee's seal; no ruling but
    the blanks' underlines."""
    p = Page(landscape(A5), zh=True)
    p.t(298, 48, "证    明", 18, bold=True, align="c")
    p.line(60, 88, 190, 88, 0.5)
    p.t(40, 84, "兹证明", 11.5)
    p.hand(80, 82, LPS["person"], 14, key="lps-name")
    p.t(194, 84, "同志（身份证号：", 11.5)
    p.line(290, 88, 470, 88, 0.5)
    p.hand(296, 82, "52020119780915**26", 11.5, key="lps-id")
    p.t(474, 84, "）系我社区", 11.5)
    p.t(40, 112, "常住居民，户籍地址：", 11.5)
    p.line(150, 116, 420, 116, 0.5)
    p.hand(156, 110, "钟山区荷城街道荷泉路17号2单元", 12, key="lps-addr")
    p.t(40, 140, "该同志自", 11.5)
    p.line(88, 144, 190, 144, 0.5)
    p.hand(96, 138, "2026年8月", 13, key="lps-since")
    p.t(194, 140, "起处于失业状态，无固定工作单位，无固定收入来源，", 11.5)
    p.t(40, 168, "目前正在求职中。", 11.5)
    p.t(40, 196, "特此证明。", 11.5)
    p.t(40, 230, "（此证明仅用于：", 10)
    p.hand(118, 229, "申请延期还款", 12, key="lps-use")
    p.t(208, 230, "，有效期三个月）", 10)
    p.t(330, 286, LPS["issuer"], 10.5)
    for x, w in ((404, "年"), (446, "月"), (482, "日")):
        p.t(x, 336, w, 10.5)
    p.hand(366, 333, "2026", 12, key="lps-y")
    p.hand(424, 333, "11", 12, key="lps-m")
    p.hand(466, 333, "6", 12, key="lps-d")
    p.stamp(404, 282, 40, LPS["issuer"])
    p.t(40, 360, "经办人：", 9.5)
    p.hand(84, 359, "杨丽", 12, key="lps-clerk")
    p.t(150, 360, "联系电话：0858-8226917", 9.5)
    return p.pdf(), {}


HB = dict(person="牛建勋", employer="鹤壁市山城区鹤祥煤业有限公司", rcc="鹤壁市淇滨农村信用合作联社",
          hospital="鹤壁市淇滨区第二人民医院", account="6229 5120 0378 1146 907")
HB_EARN = [("岗位工资", 2650.00), ("井下津贴", 980.00), ("出勤奖", 300.00), ("夜班费", 240.00)]
HB_DED = [("养老保险", 333.60), ("医疗保险", 83.40), ("失业保险", 20.85), ("住房公积金", 250.20), ("个税", 0.00)]


def zh_pay_hebi_colliery_wage_strip() -> tuple[bytes, dict]:
    """A colliery's 工资条 cut from a sheet: one strip, heads over two rows (应发项目 spanning its four items, 扣款项目
    spanning five, then 应发合计 / 扣款合计 / 实发工资), the values under them, 2026年10月 in the strip's left cell;
    landscape, tiny print."""
    p = Page((842, 220), zh=True)
    gross = _r(sum(v for _k, v in HB_EARN))
    ded = _r(sum(v for _k, v in HB_DED))
    net = _r(gross - ded)
    p.t(421, 30, f"{HB['employer']}  职工工资条", 12, bold=True, align="c")
    x0, y0 = 20, 48
    fixed = [("月份", 62), ("工号", 48), ("姓名", 52)]
    w_item = 50
    xs = x0
    for h, w in fixed:
        p.box(xs, y0, w, 36, lw=0.5)
        p.t(xs + w / 2, y0 + 22, h, 8.5, align="c")
        xs += w
    for group, items in (("应发项目", HB_EARN), ("扣款项目", HB_DED)):
        p.box(xs, y0, w_item * len(items), 18, fill=LIGHT, lw=0.5)
        p.t(xs + w_item * len(items) / 2, y0 + 13, group, 8.5, align="c", bold=True)
        for k, (a, _v) in enumerate(items):
            p.box(xs + k * w_item, y0 + 18, w_item, 18, lw=0.5)
            p.t(xs + k * w_item + w_item / 2, y0 + 31, a, 7.5, align="c")
        xs += w_item * len(items)
    for h in ("应发合计", "扣款合计", "实发工资"):
        p.box(xs, y0, 62, 36, lw=0.5)
        p.t(xs + 31, y0 + 22, h, 8.5, align="c", bold=True)
        xs += 62
    vals = ["2026年10月", "0817", HB["person"]] + [_c(v) for _a, v in HB_EARN] + [_c(v) for _a, v in HB_DED] + [
        _c(gross), _c(ded), _c(net)]
    ws = [w for _h, w in fixed] + [w_item] * (len(HB_EARN) + len(HB_DED)) + [62] * 3
    xs = x0
    for v, w in zip(vals, ws, strict=True):
        p.box(xs, y0 + 36, w, 22, lw=0.5)
        p.t(xs + w - 4 if v[0].isdigit() and "年" not in v else xs + w / 2, y0 + 51, v, 8.5,
            align="r" if v[0].isdigit() and "年" not in v else "c")
        xs += w
    p.t(20, y0 + 80, "注：本月出勤26天；工资已于2026年11月8日转入职工信用社账户，请核对，如有异议请于3日内到财务科查询。", 8,
        color=GREY)
    p.line(10, 200, 832, 200, 0.4, dash=(3, 3), color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


HB_PB = [  # yymmdd, 摘要, signed, 网点
    ("261003", "取现", -600.00, "0412"), ("261009", "转支", -350.00, "0412"),
    ("261015", "代缴", -72.30, "9001"), ("261021", "存现", 500.00, "0415"),
    ("261029", "取现", -400.00, "0412"), ("261108", "代发", 3481.95, "9001"),
]
HB_PB_OPEN = 1468.54


def zh_stmt_hebi_rcc_passbook_open() -> tuple[bytes, dict]:
    """An 农信社 活期存折's inner pages photographed open: the pre-printed heads (日期 摘要 支出 存入 余额 网点 柜员)
    in brown on both leaves, the rows printed later by a passbook printer with six-digit yymmdd dates; the first row
    the 承前 balance; no holder's name inside (on the cover: absent); its period the first and last row."""
    p = Page(landscape(A5), zh=True)
    brown = (0.45, 0.25, 0.1)
    p.box(0, 0, 595, 420, fill=(0.97, 0.95, 0.88), stroke=None)
    p.line(297, 0, 297, 420, 1.6, color=(0.7, 0.65, 0.55))
    for x0 in (18, 310):
        p.t(x0 + 134, 30, HB["rcc"], 8.5, align="c", color=brown)
    cols = [(22, "日期"), (70, "摘要"), (112, "支出"), (172, "存入"), (232, "余额")]
    cols2 = [(314, "日期"), (362, "摘要"), (404, "支出"), (464, "存入"), (524, "余额"), (574, "网点")]
    for cs in (cols, cols2):
        for x, h in cs:
            p.t(x, 52, h, 8.5, color=brown)
    for k in range(12):
        yy = 60 + k * 26
        p.line(18, yy, 288, yy, 0.3, color=brown)
        p.line(310, yy, 588, yy, 0.3, color=brown)
    for k in range(1, 13):
        p.t(10, 60 + k * 26 - 8, str(k), 6, color=brown)
        p.t(302, 60 + k * 26 - 8, str(k + 12), 6, color=brown)
    amounts = [a for _d, _w, a, _n in HB_PB]
    bal = _balances(HB_PB_OPEN, amounts)
    dm = "Courier"
    ink = (0.15, 0.15, 0.25)
    # the left leaf is full from earlier printing, only its last two rows show this account's current run
    p.t(22, 60 + 10 * 26 - 8, "260921", 8, face=dm, color=ink)
    p.t(70, 60 + 10 * 26 - 8, "转存", 8, color=ink)
    p.t(172, 60 + 10 * 26 - 8, "200.00", 8, face=dm, color=ink)
    p.t(232, 60 + 10 * 26 - 8, _c(HB_PB_OPEN - 1.02), 8, face=dm, color=ink)
    p.t(22, 60 + 11 * 26 - 8, "260930", 8, face=dm, color=ink)
    p.t(70, 60 + 11 * 26 - 8, "结息", 8, color=ink)
    p.t(172, 60 + 11 * 26 - 8, "1.02", 8, face=dm, color=ink)
    p.t(232, 60 + 11 * 26 - 8, _c(HB_PB_OPEN), 8, face=dm, color=ink)
    y = 60 + 26 - 8
    p.t(314, y, "261001", 8, face=dm, color=ink)
    p.t(362, y, "承前", 8, color=ink)
    p.t(524, y, _c(HB_PB_OPEN), 8, face=dm, color=ink)
    p.t(314, y - 11, "6229512003781146907", 6.5, face=dm, color=ink)
    for k, ((d, what, a, site), b) in enumerate(zip(HB_PB, bal, strict=True)):
        yy = y + (k + 1) * 26
        p.t(314, yy, d, 8, face=dm, color=ink)
        p.t(362, yy, what, 8, color=ink)
        p.t(404 if a < 0 else 464, yy, _c(abs(a)), 8, face=dm, color=ink)
        p.t(524, yy, _c(b), 8, face=dm, color=ink)
        p.t(574, yy, site, 7, face=dm, color=ink)
    return p.pdf(), {"closing": _s(bal[-1])}


HB_CHARGES = [("床位费", 360.00), ("诊察费", 84.00), ("检查费", 1268.00), ("化验费", 742.50), ("治疗费", 913.20),
              ("手术费", 2860.00), ("护理费", 252.00), ("西药费", 2147.36), ("中成药费", 186.40), ("卫生材料费", 1635.80)]


def zh_med_hebi_discharge_settlement() -> tuple[bytes, dict]:
    """A district hospital's 出院结算清单 (住院费用结算): particulars as label：value pairs over three columns (住院号,
    姓名, 科室 普外科, 入院 2026-10-09, 出院 2026-10-17, 住院天数 8, 医保类型 职工医保), the charges in a two-across table
    (项目 | 金额 | 项目 | 金额), then a ruled block 费用总额 / 统筹支付 / 个人自付 / 预交金 / 补交(退) and 结算日期
    2026-10-17 at the foot with the cashier's number."""
    p = Page(A4, zh=True)
    total = _r(sum(v for _k, v in HB_CHARGES))
    fund = _r(total * 0.62)
    own = _r(total - fund)
    deposit = 5000.00
    back = _r(deposit - own)
    p.t(297, 56, HB["hospital"], 15, bold=True, align="c")
    p.t(297, 80, "出 院 结 算 清 单", 13, bold=True, align="c")
    pairs = [("住院号", "ZY2610093318"), ("姓名", HB["person"]), ("性别", "男"),
             ("科室", "普外科"), ("入院日期", "2026-10-09"), ("出院日期", "2026-10-17"),
             ("住院天数", "8"), ("医保类型", "职工医保"), ("床号", "21")]
    for k, (a, v) in enumerate(pairs):
        x = 50 + (k % 3) * 175
        y = 112 + (k // 3) * 20
        p.t(x, y, f"{a}：{v}", 10)
    rows = [["项目", "金额（元）", "项目", "金额（元）"]]
    half = (len(HB_CHARGES) + 1) // 2
    for k in range(half):
        a, v = HB_CHARGES[k]
        right = HB_CHARGES[k + half] if k + half < len(HB_CHARGES) else ("", None)
        rows.append([a, _c(v), right[0], _c(right[1]) if right[1] is not None else ""])
    y = p.table(50, 176, [130, 117, 130, 118], rows, rh=22, size=10, aligns=["l", "r", "l", "r"])
    block = [("费用总额", _c(total)), ("统筹基金支付", _c(fund)), ("个人自付", _c(own)), ("预交金", _c(deposit)),
             ("应退金额", _c(back))]
    y += 18
    for k, (a, v) in enumerate(block):
        p.box(50 + k * 99, y, 99, 44, lw=0.5)
        p.t(50 + k * 99 + 49, y + 16, a, 9, align="c", color=GREY)
        p.t(50 + k * 99 + 49, y + 36, v, 11, align="c", bold=k in (0, 2))
    p.t(50, y + 72, f"个人自付（大写）：{_daxie(own)}", 10)
    p.t(50, y + 100, "结算日期：2026-10-17 15:42    收款员：0316    本清单不作报销凭证，报销请持电子票据", 9)
    p.stamp(470, y + 120, 40, HB["hospital"], "住院结算专用章")
    return p.pdf(), {"total": _s(total), "own": _s(own)}


def zh_other_hebi_discharge_summary() -> tuple[bytes, dict]:
    """Look-alike: the same stay's 出院小结 (discharge summary): diagnosis, course, advice, the doctor's name; no fees."""
    p = Page(A4, zh=True)
    p.t(297, 56, HB["hospital"], 15, bold=True, align="c")
    p.t(297, 80, "出 院 小 结", 13, bold=True, align="c")
    p.t(50, 110, f"姓名：{HB['person']}    性别：男    年龄：48岁    科室：普外科    住院号：ZY2610093318", 10)
    p.line(50, 118, 545, 118, 0.6)
    parts = [("入院日期", "2026-10-09        出院日期：2026-10-17        共住院 8 天"),
             ("入院诊断", "急性结石性胆囊炎"), ("出院诊断", "1. 急性结石性胆囊炎  2. 高血压病2级"),
             ("入院情况", "患者因“右上腹痛伴发热2天”入院，查体：墨菲征阳性，体温38.4℃。"),
             ("诊疗经过", "入院后完善血常规、肝功能及腹部彩超检查，于2026-10-11在全麻下行腹腔镜胆囊切除术，"),
             ("", "术后予抗感染、补液等对症治疗，恢复良好，切口甲级愈合。"),
             ("出院情况", "一般情况可，无腹痛发热，饮食正常，切口无红肿渗出。"),
             ("出院医嘱", "1. 低脂饮食，注意休息，一月内避免重体力劳动；"),
             ("", "2. 术后两周门诊复查，不适随诊；  3. 继续口服降压药，监测血压。")]
    y = 146
    for a, v in parts:
        if a:
            p.t(50, y, f"{a}：", 10.5, bold=True)
        p.t(130, y, v, 10.5)
        y += 26
    p.t(340, y + 30, "主治医师：", 10.5)
    p.hand(400, y + 30, "郭志远", 14, key="hb-doctor")
    p.t(340, y + 56, "日    期：2026-10-17", 10.5)
    return p.pdf(), {}


SH = dict(person="矫玉凤", clinic="绥化市北林区皓齿口腔诊所")
SH_ITEMS = [("口腔检查", 1, 20.00), ("根管治疗（磨牙）", 1, 680.00), ("烤瓷冠（钴铬）", 1, 900.00),
            ("牙片（根尖片）", 2, 25.00), ("局部麻醉", 1, 35.00)]


def zh_med_suihua_dental_fee_slip_2025() -> tuple[bytes, dict]:
    """A private dental clinic's 收费单 (A5): 患者 / 病历号 / 日期 2025年8月14日 over a ruled list 项目 | 数量 | 单价
    | 金额, 合计 under the list in both 小写 and 大写, 实收 and the payment method, the clinic's seal. Dated 2025 (more
    than a year before the case's date: stale)."""
    p = Page(A5, zh=True)
    total = _r(sum(q * u for _a, q, u in SH_ITEMS))
    p.t(210, 44, SH["clinic"], 13, bold=True, align="c", color=(0.1, 0.35, 0.55))
    p.t(210, 66, "收  费  单", 12, align="c")
    p.t(30, 92, f"患者：{SH['person']}", 10)
    p.t(170, 92, "病历号：BH-25-0716", 9.5)
    p.t(300, 92, "2025年8月14日", 9.5)
    rows = [["项目", "数量", "单价", "金额"]] + [[a, str(q), _c(u), _c(q * u)] for a, q, u in SH_ITEMS]
    y = p.table(30, 104, [160, 50, 75, 75], rows, rh=22, size=9.5, aligns=["l", "c", "r", "r"])
    p.t(30, y + 22, f"合计：¥{_c(total)}", 10.5, bold=True)
    p.t(180, y + 22, f"大写：{_daxie(total)}", 9.5)
    p.t(30, y + 46, f"实收：¥{_c(total)}    支付方式：微信    收款人：于", 9.5)
    p.t(30, y + 70, "温馨提示：冠修复后如有不适请于一周内复诊。本单据请妥善保管。", 8, color=GREY)
    p.stamp(330, y + 58, 34, SH["clinic"], "收费专用章")
    return p.pdf(), {"total": _s(total)}


def zh_other_suihua_tax_app_income_detail_screen() -> tuple[bytes, dict]:
    """Look-alike: a tax app's 收入纳税明细 screen for 2026: the year's total income and tax reported, each month's
    工资薪金 with the withholding agent. A record of reported income and tax, not an employer's income proof."""
    p = Page(PHONE, zh=True)
    _bar(p, "20:41")
    p.t(195, 72, "收入纳税明细查询", 14, bold=True, align="c")
    p.t(24, 72, "<", 16)
    p.box(16, 92, 358, 88, fill=(0.9, 0.2, 0.2), stroke=None, radius=8)
    p.t(30, 116, "2026年度  工资薪金", 10, color=(1, 1, 1))
    p.t(30, 146, "收入合计（元）", 9, color=(1, 1, 1))
    p.t(30, 170, "31,460.00", 18, bold=True, color=(1, 1, 1))
    p.t(250, 146, "已申报税额（元）", 9, color=(1, 1, 1))
    p.t(250, 170, "0.00", 16, bold=True, color=(1, 1, 1))
    months = [("2026-10", 3120.00), ("2026-09", 3085.00), ("2026-08", 3160.00), ("2026-07", 3140.00),
              ("2026-06", 3200.00), ("2026-05", 3110.00), ("2026-04", 3145.00)]
    y = 206
    for ym, v in months:
        p.box(16, y, 358, 70, fill=(1, 1, 1), stroke=LIGHT, radius=6)
        p.t(28, y + 22, f"所得项目：工资薪金    {ym}", 10)
        p.t(362, y + 22, f"{_c(v)}", 11, bold=True, align="r")
        p.t(28, y + 44, "扣缴义务人：绥化市北林区顺达粮油贸易有限公司", 8.5, color=GREY)
        p.t(28, y + 60, "申报税额：0.00", 8.5, color=GREY)
        y += 80
    return p.pdf(), {}


def zh_other_suihua_social_insurance_payment_record() -> tuple[bytes, dict]:
    """Look-alike: a 社会保险个人缴费记录 printed from the provincial portal: each month's 缴费基数 and the shares paid
    by unit and person for 养老 / 医疗 / 失业; a record of contributions, not a bank statement or a payslip."""
    p = Page(landscape(A4), zh=True)
    p.t(421, 44, "黑龙江省社会保险个人权益记录（缴费明细）", 14, bold=True, align="c")
    p.t(40, 72, f"姓名：{SH['person']}    个人编号：2312010083416    单位名称：绥化市北林区顺达粮油贸易有限公司", 9.5)
    p.t(40, 88, "查询区间：202604 至 202610    打印日期：2026-11-12", 9.5)
    rows = [["费款所属期", "缴费基数", "养老 单位", "养老 个人", "医疗 单位", "医疗 个人", "失业 单位", "失业 个人",
             "到账标志"]]
    for m in range(4, 11):
        base = 3500.00
        rows.append([f"2026{m:02d}", _c(base), _c(base * 0.16), _c(base * 0.08), _c(base * 0.076), _c(base * 0.02),
                     _c(base * 0.005), _c(base * 0.005), "已到账"])
    p.table(40, 104, [84, 84, 84, 84, 84, 84, 84, 84, 76], rows, rh=22, size=9,
            aligns=["c", "r", "r", "r", "r", "r", "r", "r", "c"])
    p.t(40, 300, "说明：本记录仅供参保人查询个人缴费情况使用，以社保经办机构核定数据为准。", 8.5, color=GREY)
    return p.pdf(), {}


def zh_other_collection_text_messages_screen() -> tuple[bytes, dict]:
    """Look-alike: a phone's messages screen with three 催收 texts from a lender's number (overdue amount, days overdue,
    a threat of 上门), no bank, no account list."""
    p = Page(PHONE, zh=True)
    _bar(p, "09:17")
    p.t(195, 70, "1069 0295 5518", 13, bold=True, align="c")
    p.t(195, 86, "短信/彩信", 8.5, align="c", color=GREY)
    msgs = [("11月3日 10:02", ["【速信分期】尊敬的客户，您的借款已逾期", "15天，应还金额4,386.20元，请于今日", "18:00前还款，以免影响您的个人征信。"]),
            ("11月8日 14:25", ["【速信分期】您的账单逾期已达20天，", "累计逾期费用312.40元。如仍未处理，", "我司将依法委托第三方上门催收。"]),
            ("11月12日 08:50", ["【速信分期】最后通知：请立即联系", "400-820-6631协商还款，回T退订。"])]
    y = 120
    for when, lines in msgs:
        p.t(195, y, when, 8.5, align="c", color=GREY)
        h = 16 * len(lines) + 14
        p.box(16, y + 10, 300, h, fill=(0.92, 0.92, 0.94), stroke=None, radius=12)
        for k, s in enumerate(lines):
            p.t(28, y + 30 + k * 16, s, 10.5)
        y += h + 40
    p.box(16, 780, 300, 34, stroke=(0.8, 0.8, 0.8), radius=16)
    p.t(32, 802, "短信", 10, color=GREY)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# English documents

MK = dict(person="Kagiso Mothibedi", employer="Bophelo Grain Silos (Pty) Ltd", bank="Molopo Mutual Bank",
          account="4107 338 215")
MK_EARN = [("Basic Salary", 14250.00), ("Overtime 1.5", 1372.80), ("Shift Allowance", 650.00),
           ("Travel Allowance", 900.00)]
MK_DED = [("PAYE", 1584.32), ("UIF", 177.24), ("Pension Fund", 1068.75), ("Medical Aid", 1210.00),
          ("Union Subs", 85.50)]


def en_pay_za_mahikeng_silo_payslip() -> tuple[bytes, dict]:
    """A grain silo company's payslip (South Africa, A4 top half): the company block left and a PAYSLIP box right
    (Period 2026/10, Pay Date 2026/10/24, Employee Code, ID Number masked, Tax Number), earnings ABOVE deductions in
    one list with Amount | YTD columns, company contributions (UIF, SDL) in a narrow column at the right, NETT SALARY in a
    black band; amounts grouped with spaces (12 345.67)."""
    p = Page(A4)
    gross = _r(sum(v for _k, v in MK_EARN))
    ded = _r(sum(v for _k, v in MK_DED))
    net = _r(gross - ded)
    p.t(40, 50, MK["employer"].upper(), 13, bold=True)
    p.t(40, 64, "Plot 41, Industrial Road, Mahikeng, 2745  |  Reg. 2009/017744/07", 8)
    p.box(372, 34, 183, 86, lw=0.8)
    p.t(380, 50, "PAYSLIP", 12, bold=True)
    info = [("Period", "2026/10"), ("Pay Date", "2026/10/24"), ("Employee Code", "BGS0288"),
            ("ID Number", "880412 **** 08 3"), ("Tax Number", "0871 264 155")]
    for k, (a, v) in enumerate(info):
        p.t(380, 66 + k * 12, a, 8)
        p.t(548, 66 + k * 12, v, 8, align="r")
    p.t(40, 92, f"Employee: {MK['person'].upper()}", 10, bold=True)
    p.t(40, 106, "Occupation: Silo Operator    Department: Intake    Engaged: 2014/03/01", 8.5)
    y = 134
    p.box(40, y, 370, 16, fill=(0.2, 0.2, 0.2), stroke=None)
    p.t(46, y + 11.5, "Description", 8.5, bold=True, color=(1, 1, 1))
    p.t(320, y + 11.5, "Amount", 8.5, bold=True, color=(1, 1, 1), align="r")
    p.t(402, y + 11.5, "YTD", 8.5, bold=True, color=(1, 1, 1), align="r")
    y += 30
    p.t(46, y, "EARNINGS", 8.5, bold=True)
    ytd = 10 - 3  # months since the tax year began in March
    for a, v in MK_EARN:
        y += 14
        p.t(56, y, a, 8.5)
        p.t(320, y, _sp(v), 8.5, align="r")
        p.t(402, y, _sp(v * ytd), 8.5, align="r")
    y += 16
    p.t(56, y, "Total Earnings", 8.5, bold=True)
    p.t(320, y, _sp(gross), 8.5, bold=True, align="r")
    y += 22
    p.t(46, y, "DEDUCTIONS", 8.5, bold=True)
    for a, v in MK_DED:
        y += 14
        p.t(56, y, a, 8.5)
        p.t(320, y, _sp(v), 8.5, align="r")
        p.t(402, y, _sp(v * ytd), 8.5, align="r")
    y += 16
    p.t(56, y, "Total Deductions", 8.5, bold=True)
    p.t(320, y, _sp(ded), 8.5, bold=True, align="r")
    p.box(420, 134, 135, 16, fill=(0.2, 0.2, 0.2), stroke=None)
    p.t(426, 145.5, "Company Contributions", 8, bold=True, color=(1, 1, 1))
    for k, (a, v) in enumerate([("UIF", 177.24), ("SDL", 171.73), ("Pension", 1140.00)]):
        p.t(428, 170 + k * 14, a, 8.5)
        p.t(550, 170 + k * 14, _sp(v), 8.5, align="r")
    p.t(428, 240, "Leave due: 11.5 days", 8)
    p.t(428, 254, "Bank: Molopo Mutual", 8)
    p.t(428, 268, "Acc: ******3215", 8)
    y += 20
    p.box(40, y, 515, 24, fill=(0, 0, 0), stroke=None)
    p.t(48, y + 16, "NETT SALARY", 11, bold=True, color=(1, 1, 1))
    p.t(548, y + 16, f"R {_sp(net)}", 12, bold=True, color=(1, 1, 1), align="r")
    p.line(20, y + 60, 575, y + 60, 0.5, dash=(4, 4), color=GREY)
    return p.pdf(), {"gross": _s(gross), "net": _s(net)}


MK_ROWS = [  # yyyy/mm/dd, description, signed
    ("2026/10/01", "MONTHLY ACCOUNT FEE", -69.00), ("2026/10/02", "POS PURCHASE SPAR MAHIKENG", -412.35),
    ("2026/10/03", "PREPAID ELECTRICITY 0441", -300.00), ("2026/10/05", "DEBIT ORDER FUNERAL COVER", -189.00),
    ("2026/10/06", "ATM WITHDRAWAL CROSSING MALL", -1000.00), ("2026/10/08", "POS PURCHASE BUILD IT", -236.90),
    ("2026/10/09", "CASH DEPOSIT BRANCH", 450.00), ("2026/10/11", "DEBIT ORDER VODACOM", -399.00),
    ("2026/10/13", "POS PURCHASE SHOPRITE", -688.14), ("2026/10/15", "TRANSFER TO SAVINGS", -500.00),
    ("2026/10/16", "POS PURCHASE ENGEN GARAGE", -550.00), ("2026/10/17", "ATM WITHDRAWAL MEGA CITY", -600.00),
    ("2026/10/19", "DEBIT ORDER SCHOOL FEES", -850.00), ("2026/10/20", "POS PURCHASE PEP STORES", -279.97),
    ("2026/10/22", "INSTANT PAYMENT FROM L MOTHIBEDI", 800.00),
    ("2026/10/24", "SALARY BOPHELO GRAIN SILOS", 0.0),  # the payslip's nett, set below
    ("2026/10/24", "DEBIT ORDER VEHICLE FINANCE", -3120.00), ("2026/10/25", "POS PURCHASE CHECKERS", -1046.58),
    ("2026/10/26", "DEBIT ORDER RENT STAND 2231", -3800.00), ("2026/10/27", "ATM WITHDRAWAL CROSSING MALL", -1500.00),
    ("2026/10/28", "POS PURCHASE CLICKS", -164.90), ("2026/10/30", "CASH SEND FEE", -12.50),
    ("2026/10/30", "CASH SEND", -700.00), ("2026/10/31", "INTEREST", 3.11),
]
MK_OPEN = 2862.44


def _mk_rows() -> list[tuple[str, str, float]]:
    net = float(en_pay_za_mahikeng_silo_payslip()[1]["net"])
    return [(d, w, net if w.startswith("SALARY") else a) for d, w, a in MK_ROWS]


def _crdr(v: float) -> str:
    return f"{_sp(abs(v))} {'Cr' if v >= 0 else 'Dr'}"


def en_stmt_za_mahikeng_two_page_cr_dr() -> tuple[bytes, dict]:
    """A mutual bank's current account statement over two A4 pages: address block and a statement box (Statement
    period 2026/10/01 to 2026/10/31, Account number, Statement no. 10), Date | Transaction Description | Amount |
    Balance with debits as '412.35-' and the balance suffixed Cr or Dr; the balance goes into overdraft (Dr) late in
    the month; page 2 carries 'Balance brought forward', and ends with a summary box (Opening, Credits, Debits,
    Closing) and 'Page 2 of 2'."""
    p = Page(A4)
    rows = _mk_rows()
    amounts = [a for _d, _w, a in rows]
    bal = _balances(MK_OPEN, amounts)
    p.t(40, 52, MK["bank"].upper(), 15, bold=True, color=GREEN)
    p.t(40, 66, "Authorised financial services provider  |  Mahikeng Branch, 18 Shippard Street", 7.5, color=GREY)
    p.t(40, 110, f"MR {MK['person'].upper()}", 9.5)
    for k, s in enumerate(["2231 Unit 6 Extension", "Montshiwa", "MAHIKENG", "2745"]):
        p.t(40, 124 + k * 12, s, 9)
    p.box(330, 96, 225, 80, lw=0.6)
    box = [("Statement period", "2026/10/01 to 2026/10/31"), ("Account type", "Everyday Current"),
           ("Account number", MK["account"]), ("Statement no.", "10"), ("Statement date", "2026/11/01")]
    for k, (a, v) in enumerate(box):
        p.t(338, 112 + k * 13, a, 8)
        p.t(548, 112 + k * 13, v, 8, align="r")

    def heads(y):
        p.line(40, y, 555, y, 0.8)
        for x, h, al in ((40, "Date", "l"), (110, "Transaction Description", "l"), (440, "Amount", "r"),
                         (555, "Balance", "r")):
            p.t(x, y + 12, h, 8.5, bold=True, align=al)
        p.line(40, y + 17, 555, y + 17, 0.4)

    def line(y, d, w, a, b):
        p.t(40, y, d, 8.5)
        p.t(110, y, w, 8.5)
        if a is not None:
            p.t(440, y, _sp(a) if a >= 0 else _sp(-a) + "-", 8.5, align="r")
        p.t(555, y, _crdr(b), 8.5, align="r")

    heads(200)
    y = 232
    line(y, "2026/10/01", "Balance brought forward", None, MK_OPEN)
    split = 15
    for (d, w, a), b in zip(rows[:split], bal[:split], strict=True):
        y += 17
        line(y, d, w, a, b)
    p.t(555, 800, "Page 1 of 2", 8, align="r", color=GREY)
    p.t(40, 800, "Continued overleaf", 8, color=GREY)
    p.c.showPage()
    p.t(40, 50, MK["bank"].upper(), 11, bold=True, color=GREEN)
    p.t(555, 50, f"Account {MK['account']}  |  2026/10/01 to 2026/10/31", 8, align="r")
    heads(70)
    y = 102
    line(y, "", "Balance brought forward", None, bal[split - 1])
    for (d, w, a), b in zip(rows[split:], bal[split:], strict=True):
        y += 17
        line(y, d, w, a, b)
    y += 30
    cr = _r(sum(a for a in amounts if a > 0))
    dr = _r(-sum(a for a in amounts if a < 0))
    p.box(300, y, 255, 72, lw=0.6)
    summ = [("Opening balance", _crdr(MK_OPEN)), ("Total credits", _sp(cr)), ("Total debits", _sp(dr)),
            ("Closing balance", _crdr(bal[-1]))]
    for k, (a, v) in enumerate(summ):
        p.t(308, y + 16 + k * 15, a, 8.5, bold=k == 3)
        p.t(548, y + 16 + k * 15, v, 8.5, align="r", bold=k == 3)
    p.t(40, y + 100, "Please examine this statement and report any discrepancy within 30 days.", 7.5, color=GREY)
    p.t(555, 800, "Page 2 of 2", 8, align="r", color=GREY)
    return p.pdf(), {"closing": _s(bal[-1])}


MZ_ITEMS = [("8101", "Oral examination", 1, 412.00), ("8107", "Intra-oral radiograph", 2, 168.50),
            ("8341", "Root canal obturation, molar", 1, 2964.00), ("8159", "Pulp removal", 1, 980.00),
            ("8201", "Local anaesthetic", 1, 120.40)]


def en_med_za_mahikeng_dentist_account_2025() -> tuple[bytes, dict]:
    """A dental practice's patient account (South Africa, A5): practice number top right, patient / member / medical
    aid as pairs, lines Tariff | Description | Qty | Amount with ICD-10 codes under each, TOTAL then the medical aid's
    payment and 'Balance due by patient'; dated 2025/09/18 (more than a year before the case's date: stale)."""
    p = Page(A5)
    total = _r(sum(q * u for _c_, _d, q, u in MZ_ITEMS))
    aid = _r(total * 0.7)
    p.t(30, 42, "Dr R. Motsumi Inc.", 13, bold=True, color=NAVY)
    p.t(30, 56, "Dental Surgeons  |  14 Nelson Mandela Drive, Mahikeng", 7.5, color=GREY)
    p.t(390, 42, "Pr. No. 0548 291", 8, align="r")
    p.t(390, 54, "VAT exempt", 8, align="r")
    p.t(30, 86, "PATIENT ACCOUNT", 11, bold=True)
    pairs = [("Patient", "Boitumelo Seleke"), ("Account no.", "SEL0193"), ("Date", "2025/09/18"),
             ("Medical aid", "Bonitas BonCap"), ("Member no.", "51 804 227"), ("Dependant", "00")]
    for k, (a, v) in enumerate(pairs):
        x = 30 + (k % 2) * 190
        y = 106 + (k // 2) * 14
        p.t(x, y, a, 8, color=GREY)
        p.t(x + 70, y, v, 8.5)
    y = 160
    p.line(30, y, 390, y, 0.6)
    for x, h, al in ((30, "Tariff", "l"), (72, "Description", "l"), (300, "Qty", "r"), (390, "Amount", "r")):
        p.t(x, y + 11, h, 8, bold=True, align=al)
    p.line(30, y + 15, 390, y + 15, 0.4)
    y += 30
    for code, desc, q, u in MZ_ITEMS:
        p.t(30, y, code, 8.5)
        p.t(72, y, desc, 8.5)
        p.t(300, y, str(q), 8.5, align="r")
        p.t(390, y, _sp(q * u), 8.5, align="r")
        p.t(72, y + 10, "ICD-10: K04.0", 6.5, color=GREY)
        y += 24
    p.line(200, y, 390, y, 0.5)
    for k, (a, v) in enumerate([("TOTAL", total), ("Medical aid paid", aid), ("Balance due by patient", total - aid)]):
        p.t(210, y + 14 + k * 14, a, 8.5, bold=k != 1)
        p.t(390, y + 14 + k * 14, f"R {_sp(v)}", 8.5, align="r", bold=k != 1)
    p.t(30, y + 70, "Banking details: Molopo Mutual Bank, acc 4102 118 730, ref SEL0193", 7.5, color=GREY)
    return p.pdf(), {"total": _s(total)}


NM = dict(person="Marisol Tafoya-Quintana", issuer="New Mexico Department of Workforce Solutions",
          bank="Mesilla Valley Community Bank", wba=412.00)


def en_unemp_us_nm_monetary_determination_letter() -> tuple[bytes, dict]:
    """A state agency's 'Notice of Monetary Determination' (Letter): the agency block, mailing date 10/27/2026 and the
    claimant's address as a window-envelope block, the base-period wages by quarter in a ruled table with the
    employer, the Weekly Benefit Amount and Maximum Benefit Amount in a framed box, the appeal deadline; an
    unemployment proof (the state found her eligible for benefits after her job ended)."""
    p = Page(LETTER)
    p.t(306, 50, NM["issuer"].upper(), 12, bold=True, align="c")
    p.t(306, 64, "Unemployment Insurance Operation Center  ·  P.O. Box 1928  ·  Albuquerque, NM 87103", 8, align="c")
    p.line(50, 74, 562, 74, 0.8)
    p.t(50, 100, "Date mailed: 10/27/2026", 9.5)
    p.t(400, 100, "Claim ID: 00-7719-3380", 9.5)
    for k, s in enumerate([NM["person"].upper(), "2418 CALLE DE ALEGRIA", "LAS CRUCES NM 88005-3317"]):
        p.t(70, 134 + k * 13, s, 10)
    p.t(306, 206, "NOTICE OF MONETARY DETERMINATION", 13, bold=True, align="c")
    p.t(50, 232, "Benefit year begins: 10/11/2026      Benefit year ends: 10/09/2027", 9.5)
    p.t(50, 248, "Reason for separation reported: Lack of work — position eliminated (Rio Mesilla Pecan Processors LLC)",
        9.5)
    rows = [["Quarter", "Employer", "Wages"], ["07/01/2025 - 09/30/2025", "Rio Mesilla Pecan Processors LLC", "$9,204.00"],
            ["10/01/2025 - 12/31/2025", "Rio Mesilla Pecan Processors LLC", "$10,118.50"],
            ["01/01/2026 - 03/31/2026", "Rio Mesilla Pecan Processors LLC", "$9,871.25"],
            ["04/01/2026 - 06/30/2026", "Rio Mesilla Pecan Processors LLC", "$10,240.00"]]
    y = p.table(50, 266, [140, 250, 122], rows, rh=18, size=9, aligns=["l", "l", "r"])
    p.t(50, y + 16, "Total base period wages: $39,433.75", 9.5, bold=True)
    p.box(150, y + 34, 312, 66, lw=1.5)
    p.t(306, y + 56, f"Weekly Benefit Amount (WBA): ${NM['wba']:,.2f}", 12, bold=True, align="c")
    p.t(306, y + 78, "Maximum Benefit Amount (MBA): $10,712.00  (26 weeks)", 10.5, align="c")
    body = ["You are monetarily eligible for unemployment insurance benefits. To be paid, you must request payment",
            "every week, be able and available for work, and complete your work search contacts.",
            "If you disagree with this determination, you must file an appeal within 15 calendar days of the mailing",
            "date shown above. Late appeals may be dismissed.", "",
            "This notice is not a check. Keep it for your records."]
    for k, s in enumerate(body):
        p.t(50, y + 130 + k * 14, s, 9.5)
    p.t(50, 740, "Form UI-MD-01 (rev. 03/26)", 7.5, color=GREY)
    return p.pdf(), {}


NM_ROWS = [  # mm/dd/yyyy newest first, description, signed
    ("10/31/2026", "INTEREST PAID", 0.42), ("10/30/2026", "NM DWS UI BENEFIT", 412.00),
    ("10/29/2026", "EL PASO ELECTRIC AUTOPAY", -88.17), ("10/27/2026", "LOWES #0931 LAS CRUCES", -42.60),
    ("10/24/2026", "ZELLE TO R QUINTANA", -250.00), ("10/23/2026", "NM DWS UI BENEFIT", 412.00),
    ("10/21/2026", "ALBERTSONS #0945", -96.33), ("10/19/2026", "CHECK #1047", -875.00),
    ("10/16/2026", "FINAL PAY RIO MESILLA PECAN", 1184.90), ("10/14/2026", "TMOBILE*AUTOPAY", -65.00),
    ("10/10/2026", "SHELL OIL 5744", -38.25), ("10/07/2026", "WALMART SC 1208", -124.71),
    ("10/02/2026", "PAYROLL RIO MESILLA PECAN", 1431.66), ("10/01/2026", "MONTHLY SERVICE FEE", -6.00),
]
NM_CLOSE = 2931.84


def en_stmt_us_nm_browser_printed_activity() -> tuple[bytes, dict]:
    """An online-banking 'Account Activity' page printed from a browser (Letter): the browser's print header (date and
    time at the left, the page title in the middle) and footer (the URL at the left, 1/1 at the right), the site's
    navigation bar, the account card (owner, checking ...4471, available and current balance), a date-range filter
    10/01/2026 - 10/31/2026 and the activity newest first with a running balance; no opening balance printed."""
    p = Page(LETTER)
    amounts = [a for _d, _w, a in NM_ROWS]
    # the running balance read from the top: each older row's balance is the newer one minus the newer amount
    bal, b = [], NM_CLOSE
    for a in amounts:
        bal.append(b)
        b = _r(b - a)
    p.t(24, 20, "11/4/26, 8:12 PM", 7.5)
    p.t(306, 20, "Account Activity | Mesilla Valley Community Bank", 7.5, align="c")
    p.box(40, 36, 532, 34, fill=(0.12, 0.3, 0.28), stroke=None)
    p.t(52, 58, "Mesilla Valley", 13, bold=True, color=(1, 1, 1))
    p.t(150, 58, "Community Bank", 10, color=(1, 1, 1))
    for k, s in enumerate(["Accounts", "Transfers", "Bill Pay", "Statements", "Log out"]):
        p.t(300 + k * 55, 58, s, 8.5, color=(1, 1, 1))
    p.t(40, 96, "Accounts  >  Checking  >  Activity", 8, color=GREY)
    p.box(40, 106, 532, 64, stroke=(0.8, 0.8, 0.8), radius=4)
    p.t(52, 126, "Free Checking ...4471", 12, bold=True)
    p.t(52, 142, f"Account owner: {NM['person']}", 9)
    p.t(52, 158, "Routing 107006813", 8, color=GREY)
    p.t(560, 126, f"${NM_CLOSE:,.2f}", 14, bold=True, align="r")
    p.t(560, 142, "Current balance", 8, color=GREY, align="r")
    p.t(560, 158, f"Available ${NM_CLOSE - 30:,.2f}", 8, color=GREY, align="r")
    p.t(40, 192, "Date range:", 9)
    p.box(98, 181, 170, 16, stroke=(0.7, 0.7, 0.7))
    p.t(104, 192, "10/01/2026 - 10/31/2026", 9)
    p.t(290, 192, "Type: All transactions", 9)
    p.t(572, 192, "Export  |  Print", 8.5, color=(0.1, 0.3, 0.7), align="r")
    y = 214
    p.line(40, y, 572, y, 0.6)
    for x, h, al in ((44, "Date", "l"), (130, "Description", "l"), (470, "Amount", "r"), (568, "Balance", "r")):
        p.t(x, y + 13, h, 9, bold=True, align=al)
    p.line(40, y + 19, 572, y + 19, 0.6)
    y += 36
    for (d, w, a), b in zip(NM_ROWS, bal, strict=True):
        p.t(44, y, d, 9)
        p.t(130, y, w, 9)
        p.t(470, y, ("-$" if a < 0 else "$") + f"{abs(a):,.2f}", 9, align="r",
            color=(0.6, 0.1, 0.1) if a < 0 else (0, 0.4, 0.1))
        p.t(568, y, f"${b:,.2f}", 9, align="r")
        p.line(40, y + 7, 572, y + 7, 0.2, color=(0.85, 0.85, 0.85))
        y += 20
    p.t(40, y + 14, f"Showing {len(NM_ROWS)} transactions", 8, color=GREY)
    p.t(24, 776, "https://online.mesillavalleybank.com/banking/accounts/chk-4471/activity?from=2026-10-01&to=2026-10-31",
        7)
    p.t(588, 776, "1/1", 7, align="r")
    return p.pdf(), {"closing": _s(NM_CLOSE)}


def en_other_us_nm_eob_not_a_bill() -> tuple[bytes, dict]:
    """Look-alike: a health plan's Explanation of Benefits for an urgent-care visit: 'THIS IS NOT A BILL' across the
    top, billed / allowed / plan paid / you may owe per service; an insurer's notice, not the provider's bill."""
    p = Page(LETTER)
    p.t(50, 56, "Rio Grande Health Plan", 15, bold=True, color=NAVY)
    p.box(330, 36, 232, 28, fill=(0.1, 0.1, 0.1), stroke=None)
    p.t(446, 55, "THIS IS NOT A BILL", 13, bold=True, color=(1, 1, 1), align="c")
    p.t(50, 86, "EXPLANATION OF BENEFITS", 12, bold=True)
    pairs = [("Member", NM["person"]), ("Member ID", "RGH 4410 8823 01"), ("Claim number", "26-298-004417"),
             ("Provider", "Organ Mountain Urgent Care"), ("Date of service", "10/05/2026"), ("Processed", "10/25/2026")]
    for k, (a, v) in enumerate(pairs):
        p.t(50 + (k % 2) * 260, 110 + (k // 2) * 15, f"{a}: {v}", 9)
    rows = [["Service", "Amount billed", "Plan allowed", "Plan paid", "You may owe"],
            ["Office visit, level 3", "$245.00", "$131.40", "$91.40", "$40.00"],
            ["Rapid strep test", "$58.00", "$18.20", "$18.20", "$0.00"],
            ["Totals", "$303.00", "$149.60", "$109.60", "$40.00"]]
    y = p.table(50, 170, [170, 85, 85, 85, 87], rows, rh=20, size=9, aligns=["l", "r", "r", "r", "r"])
    for k, s in enumerate(["Your provider may bill you up to the 'You may owe' amount. Do not pay until you receive a bill",
                           "from your provider. Keep this notice with your records.",
                           "Deductible met for 2026: $660.00 of $1,500.00"]):
        p.t(50, y + 24 + k * 14, s, 9)
    return p.pdf(), {}


SM = dict(person="Delroy Alphonso McFarquhar", employer="Cabarita River Sugar Estates Ltd",
          cu="Westmoreland Cane Growers Co-operative Credit Union", ambulance="Frome Emergency Medical Transport Ltd")
SM_EARN = [("Basic Pay", 142000.00), ("Overtime", 18640.00), ("Crop Bonus", 9500.00), ("Meal Allowance", 4200.00)]


def _sm_pay() -> dict:
    gross = _r(sum(v for _k, v in SM_EARN))
    nis = _r(gross * 0.03)
    nht = _r(gross * 0.02)
    pension = _r(142000.00 * 0.05)
    statutory = _r(gross - nis - pension)
    edtax = _r(statutory * 0.0225)
    paye = _r(max(0.0, statutory - 141674.00) * 0.25)
    ded = [("NIS", nis), ("NHT", nht), ("Education Tax", edtax), ("PAYE Income Tax", paye), ("Pension 5%", pension),
           ("Credit Union Loan", 12000.00)]
    total = _r(sum(v for _k, v in ded))
    return dict(gross=gross, ded=ded, total=total, net=_r(gross - total))


def en_pay_jm_savanna_la_mar_sugar_payslip() -> tuple[bytes, dict]:
    """A sugar estate's monthly pay advice (Jamaica, A5 landscape): company and TRN top left, 'PAY ADVICE' and the
    period 'October 2026' top right, the employee's NIS and TRN numbers, earnings and deductions in one grid whose
    YEAR-TO-DATE column sits LEFT of THIS PERIOD; NIS, NHT, Education Tax, PAYE; Net Pay boxed at the bottom right."""
    p = Page(landscape(A5))
    f = _sm_pay()
    p.t(28, 38, SM["employer"], 12, bold=True, color=OLIVE)
    p.t(28, 51, "Frome, Westmoreland, Jamaica W.I.  ·  TRN 000-412-877", 7.5, color=GREY)
    p.t(568, 38, "PAY ADVICE", 13, bold=True, align="r")
    p.t(568, 52, "Pay period: October 2026", 9, align="r")
    p.t(568, 64, "Paid: 30/10/2026", 8.5, align="r")
    pairs = [("Employee", SM["person"]), ("Emp. No.", "CR-1184"), ("NIS No.", "C 44 18 27"), ("TRN", "118-230-559"),
             ("Dept.", "Factory — Boiling House")]
    for k, (a, v) in enumerate(pairs):
        p.t(28 + (k % 3) * 190, 84 + (k // 3) * 14, f"{a}: {v}", 8.5)
    y = 116
    hdr = ["Description", "Year-to-date", "This period"]
    xs = [(30, "l"), (400, "r"), (560, "r")]
    p.box(28, y, 540, 16, fill=(0.87, 0.9, 0.8), stroke=None)
    for (x, al), h in zip(xs, hdr, strict=True):
        p.t(x, y + 11.5, h, 8.5, bold=True, align=al)
    y += 30
    months = 7  # since April, the start of the tax year
    for a, v in SM_EARN:
        p.t(30, y, a, 8.5)
        p.t(400, y, _c(v * months), 8.5, align="r")
        p.t(560, y, _c(v), 8.5, align="r")
        y += 13
    p.t(30, y, "GROSS PAY", 8.5, bold=True)
    p.t(560, y, _c(f["gross"]), 8.5, bold=True, align="r")
    y += 18
    for a, v in f["ded"]:
        p.t(30, y, a, 8.5)
        p.t(400, y, _c(v * months), 8.5, align="r")
        p.t(560, y, _c(v), 8.5, align="r")
        y += 13
    p.t(30, y, "TOTAL DEDUCTIONS", 8.5, bold=True)
    p.t(560, y, _c(f["total"]), 8.5, bold=True, align="r")
    p.box(388, y + 12, 180, 30, lw=1.2)
    p.t(396, y + 32, "NET PAY  J$", 10, bold=True)
    p.t(562, y + 32, _c(f["net"]), 11, bold=True, align="r")
    p.t(28, y + 34, "Deposited to: WCG Co-op Credit Union a/c 40-118273", 8, color=GREY)
    return p.pdf(), {"gross": _s(f["gross"]), "net": _s(f["net"])}


def en_stmt_jm_cane_growers_credit_union_passbook() -> tuple[bytes, dict]:
    """A credit union's savings passbook page photographed (A5): the union's name and 'SAVINGS' at the head with the
    account number, Date (03-OCT-26) | Particulars | Withdrawal | Deposit | Balance | Init., the rows printed by the
    passbook printer, each initialled by hand; 'BAL B/F' on 30-SEP-26 first; no member's name on the page (absent); its
    period the first and last row."""
    p = Page(A5)
    net = _sm_pay()["net"]
    rows = [("03-OCT-26", "CASH W/D", -15000.00), ("09-OCT-26", "TFR LOAN", -12000.00),
            ("16-OCT-26", "CASH DEP", 8000.00), ("22-OCT-26", "JPS BILL PMT", -6240.50),
            ("30-OCT-26", "SALARY CRSE", net), ("31-OCT-26", "DIVIDEND", 318.77)]
    opening = 41226.08
    bal = _balances(opening, [a for _d, _w, a in rows])
    p.box(0, 0, 420, 595, fill=(0.96, 0.97, 0.93), stroke=None)
    p.t(210, 34, SM["cu"].upper(), 8.5, bold=True, align="c", color=OLIVE)
    p.t(30, 54, "SAVINGS", 10, bold=True, color=OLIVE)
    p.t(390, 54, "A/C No. 40-118273", 9, align="r", face="Courier", color=(0.15, 0.15, 0.2))
    heads = [(28, "DATE", "l"), (98, "PARTICULARS", "l"), (250, "WITHDRAWAL", "r"), (318, "DEPOSIT", "r"),
             (382, "BALANCE", "r"), (392, "INIT", "l")]
    for x, h, al in heads:
        p.t(x, 76, h, 6.5, bold=True, align=al, color=OLIVE)
    for k in range(18):
        p.line(24, 82 + k * 26, 412, 82 + k * 26, 0.3, color=(0.6, 0.7, 0.5))
    ink = (0.15, 0.15, 0.2)
    y = 100
    p.t(28, y, "30-SEP-26", 7.5, face="Courier", color=ink)
    p.t(98, y, "BAL B/F", 7.5, face="Courier", color=ink)
    p.t(382, y, _c(opening), 7.5, face="Courier", align="r", color=ink)
    for (d, w, a), b in zip(rows, bal, strict=True):
        y += 26
        p.t(28, y, d, 7.5, face="Courier", color=ink)
        p.t(98, y, w, 7.5, face="Courier", color=ink)
        p.t(250 if a < 0 else 318, y, _c(abs(a)), 7.5, face="Courier", align="r", color=ink)
        p.t(382, y, _c(b), 7.5, face="Courier", align="r", color=ink)
        p.hand(392, y + 1, "SB" if len(w) % 2 else "KM", 9, key=f"sm-init-{d}")
    return p.pdf(), {"closing": _s(bal[-1])}


SM_AMB = [("Emergency response — Advanced Life Support", 1, 28500.00), ("Mileage, scene to hospital (km)", 38, 450.00),
          ("Oxygen administration", 1, 4800.00), ("Cardiac monitoring", 1, 6200.00), ("IV fluids and supplies", 1, 3950.00)]


def en_med_jm_frome_ambulance_invoice() -> tuple[bytes, dict]:
    """A private ambulance company's INVOICE (Jamaica, A4): the company top right with GCT number, 'Bill to' the patient
    at the left, Invoice No. / Invoice Date 20/10/2026 / Date of Service 14/10/2026 / Pick-up / Destination as a
    column of pairs, lines Description | Qty | Rate | Amount, Sub-total, GCT exempt, TOTAL DUE J$, remittance
    stub."""
    p = Page(A4)
    total = _r(sum(q * u for _d, q, u in SM_AMB))
    p.t(555, 50, SM["ambulance"], 12, bold=True, align="r", color=WINE)
    p.t(555, 64, "Main Road, Frome, Westmoreland  ·  Tel 876-955-4420  ·  GCT Reg. 002-118-990", 7.5, align="r",
        color=GREY)
    p.t(40, 110, "INVOICE", 22, bold=True, color=WINE)
    p.t(40, 140, "Bill to:", 8.5, color=GREY)
    for k, s in enumerate([SM["person"], "Lot 12 Cabarita Road", "Savanna-la-Mar, Westmoreland"]):
        p.t(40, 154 + k * 13, s, 9.5)
    pairs = [("Invoice No.", "FEMT-26-1093"), ("Invoice Date", "20/10/2026"), ("Date of Service", "14/10/2026"),
             ("Pick-up", "Cabarita River Estate, factory"), ("Destination", "Savanna-la-Mar Public Hospital"),
             ("Run No.", "R-4471")]
    for k, (a, v) in enumerate(pairs):
        p.t(330, 140 + k * 14, a, 8.5, color=GREY)
        p.t(555, 140 + k * 14, v, 8.5, align="r")
    rows = [["Description", "Qty", "Rate", "Amount"]] + [[d, str(q), _c(u), _c(q * u)] for d, q, u in SM_AMB]
    y = p.table(40, 250, [285, 50, 90, 90], rows, rh=20, size=9, aligns=["l", "r", "r", "r"], grid=False, hlines=True,
                head_fill=(0.95, 0.88, 0.88))
    for k, (a, v) in enumerate([("Sub-total", _c(total)), ("GCT (medical, exempt)", "0.00"), ("TOTAL DUE  J$", _c(total))]):
        p.t(440, y + 18 + k * 16, a, 9, bold=k == 2, align="r")
        p.t(551, y + 18 + k * 16, v, 9, bold=k == 2, align="r")
    p.t(40, y + 90, "Payment due within 30 days. Health insurance claims are the patient's responsibility.", 8.5)
    p.line(40, 640, 555, 640, 0.5, dash=(4, 3))
    p.t(40, 660, "REMITTANCE — return with payment", 8.5, bold=True)
    p.t(40, 676, f"Invoice FEMT-26-1093    Patient: {SM['person']}    Amount due: J${_c(total)}", 8.5)
    return p.pdf(), {"total": _s(total)}


def en_other_jm_pension_annual_statement() -> tuple[bytes, dict]:
    """Look-alike: a pension fund's annual benefit statement for the year ended 30 September 2026 (contributions by
    member and employer, interest credited, fund value, projected pension at 65): a savings record, not income."""
    p = Page(A4)
    p.t(40, 56, "Caribbean Agricultural Workers' Pension Fund", 14, bold=True, color=NAVY)
    p.t(40, 72, "ANNUAL BENEFIT STATEMENT — year ended 30 September 2026", 10)
    p.t(40, 100, f"Member: {SM['person']}    Member no. CAW-77412    Date of birth: 02/06/1979", 9)
    rows = [["", "Member", "Employer", "Total"],
            ["Opening balance 01/10/2025", "612,440.18", "612,440.18", "1,224,880.36"],
            ["Contributions", "85,200.00", "85,200.00", "170,400.00"],
            ["Interest credited (7.1%)", "46,307.28", "46,307.28", "92,614.56"],
            ["Closing balance 30/09/2026", "743,947.46", "743,947.46", "1,487,894.92"]]
    y = p.table(40, 120, [200, 105, 105, 105], rows, rh=20, size=9, aligns=["l", "r", "r", "r"])
    p.t(40, y + 26, "Projected annual pension at normal retirement age 65: J$ 684,000.00", 9.5)
    p.t(40, y + 44, "Please check your details and tell the Fund Administrator of any change of beneficiary.", 8.5,
        color=GREY)
    return p.pdf(), {}


WG = dict(person="Aroha Te Rangi-Wharepapa", employer="Whangarei Harbour Marine Services Ltd", rate=26.85, hours=40)


def en_income_nz_whangarei_employment_confirmation() -> tuple[bytes, dict]:
    """An employer's letter confirming employment and pay (New Zealand): letterhead, date '11 November 2026', 'To whom
    it may concern', prose with the hourly rate and the usual weekly hours (no monthly figure printed: the monthly income
    is 26.85 x 40 x 52 / 12), the manager's signature; an income proof."""
    p = Page(A4)
    monthly = _r(WG["rate"] * WG["hours"] * 52 / 12)
    p.t(40, 56, WG["employer"], 14, bold=True, color=TEAL)
    p.t(40, 70, "Port Road, Portland, Whangarei 0118  ·  09 432 7781  ·  accounts@whmarine.co.nz", 8, color=GREY)
    p.line(40, 80, 555, 80, 0.8, color=TEAL)
    p.t(40, 116, "11 November 2026", 10)
    p.t(40, 150, "To whom it may concern", 10)
    p.t(40, 176, f"Confirmation of employment — {WG['person']}", 10.5, bold=True)
    body = [f"This letter confirms that {WG['person']} has been employed by {WG['employer']} since",
            "4 February 2021 as a permanent full-time Marine Fitter. Her ordinary hours are 40 hours per week and",
            f"her current rate of pay is ${WG['rate']:.2f} per hour (gross), paid fortnightly by direct credit.",
            "", "Her employment is continuing and she is not under notice. Please contact me if you need anything",
            "further.", "", "Yours faithfully,"]
    for k, s in enumerate(body):
        p.t(40, 206 + k * 16, s, 10)
    p.hand(40, 360, "P. Havili", 18, key="wg-sign", color=(0.1, 0.1, 0.2))
    p.t(40, 384, "Pita Havili, Operations Manager", 10)
    return p.pdf(), {"monthly": _s(monthly)}


def en_other_nz_whangarei_vet_invoice() -> tuple[bytes, dict]:
    """Look-alike: a veterinary clinic's tax invoice (New Zealand) for a dog's surgery: client and 'Patient: Miro
    (Canine, Huntaway X)', consultation, X-ray, anaesthetic, surgery, medication, GST. Not a medical bill: the patient
    is an animal, and a medical hardship is about the costs of a person's care."""
    p = Page(A5)
    items = [("Consultation", 78.00), ("Radiographs (2 views)", 245.00), ("General anaesthetic", 310.00),
             ("Wound repair, surgical", 486.00), ("Meloxicam 1.5mg/ml 32ml", 42.50), ("Cone collar", 24.00)]
    total = sum(v for _a, v in items)
    p.t(30, 42, "Kamo Road Veterinary Centre", 13, bold=True, color=GREEN)
    p.t(30, 55, "312 Kamo Road, Kensington, Whangarei  ·  GST 118-442-906", 7.5, color=GREY)
    p.t(390, 84, "TAX INVOICE", 11, bold=True, align="r")
    for k, s in enumerate([f"Client: {WG['person']}", "Patient: Miro (Canine, Huntaway X, 4y)", "Invoice: 55108",
                           "Date: 02/10/2026"]):
        p.t(30, 84 + k * 13, s, 8.5)
    rows = [["Item", "Amount"]] + [[a, f"${v:,.2f}"] for a, v in items]
    y = p.table(30, 146, [270, 90], rows, rh=18, size=8.5, aligns=["l", "r"], grid=False, hlines=True)
    p.t(300, y + 16, "Total (incl. GST)", 8.5, bold=True, align="r")
    p.t(390, y + 16, f"${total:,.2f}", 8.5, bold=True, align="r")
    p.t(300, y + 30, "GST included", 8, align="r")
    p.t(390, y + 30, f"${total * 3 / 23:,.2f}", 8, align="r")
    p.t(300, y + 44, "EFTPOS", 8, align="r")
    p.t(390, y + 44, f"${total:,.2f}", 8, align="r")
    p.t(30, y + 70, "Recheck in 10 days. Keep the cone on at all times.", 8, color=GREY)
    return p.pdf(), {}


def en_other_za_payday_loan_letter_of_demand() -> tuple[bytes, dict]:
    """Look-alike: a short-term lender's 'Notice in terms of Section 129' (South Africa): the arrears, the full balance,
    ten business days to pay or go to a debt counsellor; a creditor's demand, not evidence of a hardship."""
    p = Page(A4)
    p.t(40, 56, "Rand Express Cash Loans (Pty) Ltd", 14, bold=True)
    p.t(40, 70, "NCRCP 11842  ·  Private Bag X93, Rustenburg, 0300", 8, color=GREY)
    p.t(40, 110, "2026/11/09", 10)
    p.t(40, 134, f"Mr {MK['person']}", 10)
    p.t(40, 148, "2231 Unit 6 Extension, Montshiwa, Mahikeng, 2745", 10)
    p.t(40, 184, "NOTICE IN TERMS OF SECTION 129(1)(a) OF THE NATIONAL CREDIT ACT 34 OF 2005", 10.5, bold=True)
    body = ["Loan account: RX-0094471        Amount in arrears: R 3 486.20        Balance outstanding: R 8 912.55",
            "",
            "You are in default under the above agreement. We draw your attention to your right to refer the agreement to",
            "a debt counsellor, alternative dispute resolution agent, consumer court or ombud with jurisdiction, with the",
            "intent that the parties resolve any dispute or agree on a plan to bring the payments up to date.",
            "",
            "If the arrears are not paid within 10 (ten) business days of delivery of this notice, we may commence legal",
            "proceedings to enforce the agreement without further notice to you.",
            "", "Yours faithfully,", "", "Collections Department"]
    for k, s in enumerate(body):
        p.t(40, 214 + k * 15, s, 9.5)
    return p.pdf(), {}


# --------------------------------------------------------------------------------------------------------------------
# the set: labels by construction

WARM = (1.0, 0.88, 0.7)

DOCS: dict[str, dict] = {
    "zh-pay-macau-hotel-salary-slip": dict(
        draw=zh_pay_macau_hotel_salary_slip, type="payslip", lang="zh",
        fields={"employer": [MO["employer"], "Hotel Hoi Van Taipa, Limitada"], "employee": MO["person"],
                "period": "2026-10", "gross_pay": "19065.00", "net_pay": "17635.00"},
        forms={"photo": dict(desk="dark", cast=WARM, exposure=0.7, falloff=0.6, angle=-2.6, persp=0.08, blur=1.15,
                             quality=60, grain=5.0), "text": {}},
        note="a Taipa hotel's 薪俸單 / Recibo de Vencimento in 繁體 with Portuguese beside each label (A5): 糧期 "
             "01/10/2026 - 31/10/2026 and 發薪日 05/11/2026 (dd/mm/yyyy), the deductions column (社會保障基金, 公積金供款 "
             "5%, 宿舍費) LEFT of the earnings, 扣除總額 / 收入總額 under each, 實收 MOP in a band at the foot; "
             "the photo dim, under a warm lamp at night"),
    "zh-stmt-macau-bank-extracto": dict(
        draw=zh_stmt_macau_bank_extracto, type="bank_statement", lang="zh",
        fields={"bank": [MO["bank"], "Banco Comercial da Praia Sul, S.A."], "account_holder": MO["person"],
                "account_number": ["21-07-10-338652", "210710338652"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "20461.59"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=1.7, persp=0.07, blur=1.0, quality=66, falloff=0.4,
                                         hand="bottom")},
        note="a Macau bank's 結單 / Extracto under a dark red band: heads in Chinese over Portuguese, the columns 日期 | "
             "結餘 | 摘要 | 存入 | 提取 (the balance straight after the date, deposits before withdrawals), dd/mm/yyyy, "
             "MOP, 承上結餘 first, no total row, 結單期間 01/10/2026 – 31/10/2026 among pairs at the top right; the "
             "photo with a thumb at the bottom"),
    "zh-stmt-jieyang-mobile-bank-export-watermarked": dict(
        draw=zh_stmt_jieyang_mobile_bank_export_watermarked, type="bank_statement", lang="zh",
        fields={"bank": JY["bank"], "account_holder": JY["person"], "account_number": "6217862001135570482",
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "13131.04"},
        forms={"text": {}, "scan": {}},
        note="a city bank's 手机银行 账户交易明细 export over two pages, '仅供个人参考 不作他用' and the holder's name "
             "printed diagonally all over both: a ruled grid of 户名 / 卡号 / 起止日期 2026-10-01 至 2026-10-31 / "
             "导出时间, rows 交易时间 (with the clock) | 交易类型 | 对方户名 | 收/支 | 金额 | 余额 with unsigned amounts, "
             "收入合计 / 支出合计 / 期末余额 on one line at the end of page 2"),
    "zh-unemp-jieyang-contract-termination-proof": dict(
        draw=zh_unemp_jieyang_contract_termination_proof, type="unemployment_proof", lang="zh",
        fields={"person": JY["person"], "issuer": JY["employer"], "date": ["2026-10-21", "2026-10-20"]},
        forms={"scan": {}, "photo": dict(desk="wood", angle=3.8, persp=0.11, blur=1.1, quality=62, crumple=0.5,
                                         falloff=0.45)},
        note="a hardware factory's 解除劳动合同证明书 (an unemployment proof: the employer certifies the job ended): "
             "particulars in a ruled two-column grid (入职日期, 合同期限, 解除日期 2026年10月20日), the reason as a row of "
             "tick boxes with 协商一致 ticked, the 经济补偿 in prose, the seal over 2026年10月21日, and a tear-off 回执 "
             "signed by hand below a dashed line; the photo creased and angled"),
    "zh-unemp-liupanshui-community-certificate": dict(
        draw=zh_unemp_liupanshui_community_certificate, type="unemployment_proof", lang="zh",
        fields={"person": LPS["person"], "issuer": [LPS["issuer"], "荷泉社区居民委员会"], "date": "2026-11-06"},
        forms={"photo": dict(desk="cloth", exposure=0.62, falloff=0.65, grain=6.0, angle=-4.4, persp=0.12, blur=1.3,
                             quality=56, shadow=0.35)},
        note="a residents' committee's 证明 on a pre-printed A5 landscape sheet, its blanks filled in by pen (name, 身份证号, "
             "自2026年8月起 处于失业状态, 用途 申请延期还款, the date 2026 / 11 / 6 written over 年 月 日), the committee's seal; "
             "an unemployment proof issued by the community, not an employer or a labour office; photographed dim with "
             "the phone's shadow on it"),
    "zh-pay-hebi-colliery-wage-strip": dict(
        draw=zh_pay_hebi_colliery_wage_strip, type="payslip", lang="zh",
        fields={"employer": HB["employer"], "employee": HB["person"], "period": "2026-10", "gross_pay": "4170.00",
                "net_pay": "3481.95"},
        forms={"photo": dict(desk="wood", angle=-1.9, persp=0.06, blur=1.05, quality=64, margin=0.18, falloff=0.4,
                             dpi=200)},
        note="a colliery's 工资条 cut from a sheet (one strip, landscape, tiny print): heads over two rows (应发项目 over "
             "four items, 扣款项目 over five), 月份 2026年10月 / 工号 / 姓名 as the strip's first cells, 应发合计 / "
             "扣款合计 / 实发工资 last; a note that the pay went to the credit co-operative on 2026年11月8日; "
             "photographed small on a table"),
    "zh-stmt-hebi-rcc-passbook-open": dict(
        draw=zh_stmt_hebi_rcc_passbook_open, type="bank_statement", lang="zh",
        fields={"bank": [HB["rcc"], "淇滨农村信用合作联社"], "account_number": "6229512003781146907",
                "period_start": "2026-09-21", "period_end": "2026-11-08", "closing_balance": "4028.19"},
        absent=["account_holder"],
        forms={"photo": dict(desk="dark", cast=WARM, exposure=0.78, angle=2.2, persp=0.1, blur=1.2, quality=60,
                             falloff=0.5, hand="right")},
        note="a 农信社 passbook photographed open on both leaves: brown pre-printed heads (日期 摘要 支出 存入 余额 网点) "
             "and numbered rules, rows printed later in a passbook face with six-digit yymmdd dates, the left leaf's last "
             "two rows (260921, 260930) then 承前 on the right leaf with the card number above it; no holder's name "
             "inside (account_holder absent); its period the first and last row shown"),
    "zh-med-hebi-discharge-settlement": dict(
        draw=zh_med_hebi_discharge_settlement, type="medical_bill", lang="zh",
        fields={"provider": HB["hospital"], "patient": HB["person"], "date": "2026-10-17",
                "total": ["10449.26", "3970.72"]},
        forms={"scan": {}, "photo": dict(desk="laminate", angle=-3.0, persp=0.09, blur=1.1, quality=62, fold=0.5,
                                         falloff=0.45)},
        note="a district hospital's 出院结算清单: particulars as 项：值 pairs three to a line (入院日期 2026-10-09, 出院日期 "
             "2026-10-17), the charges two across in a ruled table (项目 | 金额 | 项目 | 金额), a row of five boxes 费用总额 / "
             "统筹基金支付 / 个人自付 / 预交金 / 应退金额, 个人自付 in 大写, 结算日期 at the foot; a medical bill (the "
             "settlement of what the stay cost), beside its look-alike the 出院小结"),
    "zh-other-hebi-discharge-summary": dict(
        draw=zh_other_hebi_discharge_summary, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: the same stay's 出院小结 (diagnosis, course, advice, the doctor's signature), the hospital's name "
             "and the patient's particulars as on the bill but no money: a clinical record, not a medical bill"),
    "zh-med-suihua-dental-fee-slip-2025": dict(
        draw=zh_med_suihua_dental_fee_slip_2025, type="medical_bill", lang="zh",
        fields={"provider": SH["clinic"], "patient": SH["person"], "date": "2025-08-14", "total": "1685.00"},
        forms={"photo": dict(desk="wood", angle=5.1, persp=0.13, blur=1.2, quality=60, falloff=0.5), "text": {}},
        note="a private dental clinic's 收费单 (A5): 患者 / 病历号 / 2025年8月14日 on one line, a ruled list 项目 | 数量 | 单价 "
             "| 金额 (根管治疗, 烤瓷冠, 牙片 x2), 合计 in 小写 and 大写 under the list, 实收 and 微信, the clinic's seal; dated "
             "August 2025, more than a year old (stale for a medical hardship)"),
    "zh-other-suihua-tax-app-income-detail-screen": dict(
        draw=zh_other_suihua_tax_app_income_detail_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a tax app's 收入纳税明细查询 screen: the year's 收入合计 and 已申报税额 in a red card, a card per "
             "month of 工资薪金 with the 扣缴义务人; the tax office's record of income reported by the withholding "
             "agent, not a payslip or an employer's 收入证明 (other)"),
    "zh-other-suihua-social-insurance-payment-record": dict(
        draw=zh_other_suihua_social_insurance_payment_record, type="other", lang="zh", fields={},
        forms={"text": {}},
        note="look-alike: a provincial portal's 社会保险个人权益记录（缴费明细） on a landscape page: 费款所属期 202604 to "
             "202610, 缴费基数 and the unit's and person's shares for 养老 / 医疗 / 失业, 到账标志; a contribution record"),
    "zh-other-collection-text-messages-screen": dict(
        draw=zh_other_collection_text_messages_screen, type="other", lang="zh", fields={},
        forms={"image": {}},
        note="look-alike: a messages screen with three 催收 texts from a lender's short number (逾期15天 应还金额, 逾期费用, "
             "上门催收, 最后通知): a creditor's demands"),
    "en-pay-za-mahikeng-silo-payslip": dict(
        draw=en_pay_za_mahikeng_silo_payslip, type="payslip", lang="en",
        fields={"employer": [MK["employer"], MK["employer"].upper()], "employee": [MK["person"], MK["person"].upper()],
                "period": "2026-10", "gross_pay": "17172.80", "net_pay": "13046.99"},
        forms={"photo": dict(desk="laminate", angle=-1.3, persp=0.07, blur=1.0, quality=64, falloff=0.5,
                             hand="right"), "text": {}},
        note="a grain silo company's payslip (South Africa, the top half of an A4 sheet): a PAYSLIP box at the top right "
             "(Period 2026/10, Pay Date 2026/10/24, yyyy/mm/dd), earnings ABOVE deductions in one list with Amount and "
             "YTD columns (PAYE, UIF, pension fund, medical aid), company contributions (UIF, SDL) in a narrow column "
             "at the right, NETT SALARY in a black band; amounts grouped with spaces (17 172.80)"),
    "en-stmt-za-mahikeng-two-page-cr-dr": dict(
        draw=en_stmt_za_mahikeng_two_page_cr_dr, type="bank_statement", lang="en",
        fields={"bank": MK["bank"], "account_holder": [MK["person"].upper(), MK["person"]],
                "account_number": ["4107338215", "4107 338 215"], "period_start": "2026-10-01",
                "period_end": "2026-10-31", "closing_balance": "744.20"},
        forms={"text": {}, "scan": {}},
        note="a mutual bank's current account statement over two A4 pages: Date (2026/10/03) | Transaction Description | "
             "Amount | Balance, debits printed with a trailing minus ('412.35-'), every balance suffixed Cr or Dr (the "
             "account overdrawn in the days before pay), amounts grouped with spaces; page 2 opens with 'Balance "
             "brought forward' and ends with a summary box (Opening, Total credits, Total debits, Closing balance)"),
    "en-med-za-mahikeng-dentist-account-2025": dict(
        draw=en_med_za_mahikeng_dentist_account_2025, type="medical_bill", lang="en",
        fields={"provider": "Dr R. Motsumi Inc.", "patient": "Boitumelo Seleke", "date": "2025-09-18",
                "total": "4813.40"},
        forms={"photo": dict(desk="cloth", angle=3.3, persp=0.1, blur=1.15, quality=60, exposure=0.85, falloff=0.5)},
        note="a dental practice's PATIENT ACCOUNT (South Africa, A5): practice number top right, patient / account / "
             "date 2025/09/18 / medical aid / member as pairs two across, Tariff | Description | Qty | Amount with an "
             "ICD-10 code under each line, TOTAL, the medical aid's payment and the patient's balance; September 2025, "
             "more than a year old (stale)"),
    "en-unemp-us-nm-monetary-determination-letter": dict(
        draw=en_unemp_us_nm_monetary_determination_letter, type="unemployment_proof", lang="en",
        fields={"person": [NM["person"], NM["person"].upper()], "issuer": [NM["issuer"], NM["issuer"].upper()],
                "date": "2026-10-27"},
        forms={"photo": dict(desk="wood", angle=-2.1, persp=0.09, blur=1.1, quality=62, fold=0.34, falloff=0.45),
               "scan": {}},
        note="a state workforce agency's NOTICE OF MONETARY DETERMINATION (US Letter): 'Date mailed: 10/27/2026' "
             "(mm/dd/yyyy), the claimant's address in an envelope window, the reason for separation (position "
             "eliminated), base-period wages by quarter in a ruled table, the Weekly Benefit Amount and Maximum Benefit "
             "Amount in a framed box; an unemployment proof; the photo folded in three"),
    "en-stmt-us-nm-browser-printed-activity": dict(
        draw=en_stmt_us_nm_browser_printed_activity, type="bank_statement", lang="en",
        fields={"bank": NM["bank"], "account_holder": NM["person"], "account_number": ["4471"],
                "period_start": "2026-10-01", "period_end": "2026-10-31", "closing_balance": "2931.84"},
        forms={"text": {}, "photo": dict(desk="laminate", angle=0.8, persp=0.05, blur=0.95, quality=66, falloff=0.35),
               "image": {}},
        note="an online-banking 'Account Activity' page printed from a browser: the browser's header (11/4/26, 8:12 PM "
             "and the page title) and footer (the page's URL, 1/1), the site's navigation bar, an account card (Free "
             "Checking ...4471, owner, current balance), a date-range box 10/01/2026 - 10/31/2026, activity newest first "
             "with signed coloured amounts and a running balance, no opening balance"),
    "en-other-us-nm-eob-not-a-bill": dict(
        draw=en_other_us_nm_eob_not_a_bill, type="other", lang="en", fields={},
        forms={"text": {}},
        note="look-alike: a health plan's Explanation of Benefits with 'THIS IS NOT A BILL' in a black box: billed / "
             "allowed / plan paid / you may owe for an urgent-care visit; the insurer's notice, not the provider's bill"),
    "en-pay-jm-savanna-la-mar-sugar-payslip": dict(
        draw=en_pay_jm_savanna_la_mar_sugar_payslip, type="payslip", lang="en",
        fields={"employer": SM["employer"], "employee": SM["person"], "period": "2026-10", "gross_pay": "174340.00",
                "net_pay": "137793.83"},
        forms={"scan": {}, "photo": dict(desk="dark", angle=1.5, persp=0.06, blur=1.05, quality=63, exposure=0.88,
                                         falloff=0.45)},
        note="a sugar estate's PAY ADVICE (Jamaica, A5 landscape): 'Pay period: October 2026' and 'Paid: 30/10/2026' at "
             "the top right, NIS and TRN numbers among the particulars, one grid whose Year-to-date column sits LEFT of "
             "This period, GROSS PAY between earnings and deductions (NIS, NHT, Education Tax, PAYE, pension, a credit "
             "union loan), NET PAY J$ boxed at the bottom right"),
    "en-stmt-jm-cane-growers-credit-union-passbook": dict(
        draw=en_stmt_jm_cane_growers_credit_union_passbook, type="bank_statement", lang="en",
        fields={"bank": [SM["cu"], SM["cu"].upper()], "account_number": "40-118273", "period_start": "2026-09-30",
                "period_end": "2026-10-31", "closing_balance": "154098.18"},
        absent=["account_holder"],
        forms={"photo": dict(desk="cloth", exposure=0.7, falloff=0.6, grain=5.0, angle=-3.6, persp=0.11, blur=1.25,
                             quality=58, hand="bottom")},
        note="a credit union's savings passbook page (A5, pale green): 'SAVINGS' and the account number at the head, "
             "DATE (03-OCT-26) | PARTICULARS | WITHDRAWAL | DEPOSIT | BALANCE | INIT on ruled lines, rows in a "
             "passbook printer's face each initialled by hand, BAL B/F on 30-SEP-26 first; no member's name on the page "
             "(account_holder absent); photographed dim, held by a thumb"),
    "en-med-jm-frome-ambulance-invoice": dict(
        draw=en_med_jm_frome_ambulance_invoice, type="medical_bill", lang="en",
        fields={"provider": SM["ambulance"], "patient": SM["person"], "date": ["2026-10-20", "2026-10-14"],
                "total": "60550.00"},
        forms={"text": {}, "photo": dict(desk="wood", angle=-4.2, persp=0.1, blur=1.15, quality=60, falloff=0.5,
                                         crumple=0.45)},
        note="a private ambulance company's INVOICE (Jamaica): the company top right, 'Bill to' the patient at the left, "
             "Invoice Date 20/10/2026 and Date of Service 14/10/2026 with pick-up and destination as pairs, lines "
             "Description | Qty | Rate | Amount (ALS response, 38 km, oxygen, monitoring), Sub-total, GCT exempt, TOTAL "
             "DUE J$, a remittance stub; a medical bill (the transport was the patient's care)"),
    "en-other-jm-pension-annual-statement": dict(
        draw=en_other_jm_pension_annual_statement, type="other", lang="en", fields={},
        forms={"photo": dict(desk="laminate", angle=2.4, persp=0.08, blur=1.05, quality=64)},
        note="look-alike: a pension fund's ANNUAL BENEFIT STATEMENT for the year ended 30 September 2026 (opening balance, "
             "member and employer contributions, interest, closing balance, projected pension): savings, not income"),
    "en-income-nz-whangarei-employment-confirmation": dict(
        draw=en_income_nz_whangarei_employment_confirmation, type="income_proof", lang="en",
        fields={"employer": WG["employer"], "employee": WG["person"], "monthly_income": "4654.00",
                "date": "2026-11-11"},
        forms={"photo": dict(desk="wood", angle=-1.1, persp=0.07, blur=1.0, quality=65, falloff=0.4)},
        note="an employer's 'Confirmation of employment' letter (New Zealand): dated '11 November 2026', prose giving the "
             "hourly rate $26.85 and 40 ordinary hours a week, paid fortnightly, no monthly figure printed (monthly "
             "income 26.85 x 40 x 52 / 12 = 4,654.00), the manager's signature; an income proof"),
    "en-other-nz-whangarei-vet-invoice": dict(
        draw=en_other_nz_whangarei_vet_invoice, type="other", lang="en", fields={},
        forms={"photo": dict(desk="dark", angle=4.0, persp=0.1, blur=1.2, quality=60, exposure=0.82, falloff=0.5)},
        note="look-alike: a veterinary centre's TAX INVOICE for a dog's wound repair (Patient: Miro, Canine, Huntaway X; "
             "consultation, radiographs, anaesthetic, surgery, medication, GST included, EFTPOS): not a medical bill, "
             "since the patient is an animal and a medical hardship concerns a person's care (other)"),
    "en-other-za-payday-loan-letter-of-demand": dict(
        draw=en_other_za_payday_loan_letter_of_demand, type="other", lang="en", fields={},
        forms={"scan": {}},
        note="look-alike: a short-term lender's 'Notice in terms of Section 129(1)(a)' (South Africa): arrears and "
             "balance outstanding, ten business days to pay, the right to a debt counsellor; a creditor's demand"),
}


def entries() -> list[tuple[str, str]]:
    """Every (document, form) pair of the set, in DOCS order."""
    return [(doc, form) for doc, spec in DOCS.items() for form in spec["forms"]]


def render(doc: str, form: str) -> tuple[bytes, str]:
    """(bytes, extension) of one entry of the set; deterministic (the same bytes on every call and machine with the
    same reportlab, poppler, Pillow and font). A photo shows the first page only, so only one-page documents are
    photographed: ValueError for a photo form of a longer one."""
    spec = DOCS[doc]
    pdf = spec["draw"]()[0]
    key = f"{PREFIX}-{doc}-{form}"
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan_pages(pdf, key), "pdf"
    if form == "image":
        return _screenshot(pdf), "png"
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    if pages != 1:
        raise ValueError(f"{doc}: a photo of a {pages}-page document would show only its first page")
    return _photo(pdf, key, spec["forms"][form]), "jpg"


def figures(doc: str) -> dict[str, str]:
    """The money figures a document's drawing computed (gross/net, closing balance, a bill's total and the patient's
    own share, a monthly income): the labels must agree."""
    return DOCS[doc]["draw"]()[1]


WANTED = {"payslip": ["employer", "employee", "period", "gross_pay", "net_pay"],
          "bank_statement": ["bank", "account_holder", "account_number", "period_start", "period_end",
                             "closing_balance"],
          "medical_bill": ["provider", "patient", "date", "total"],
          "unemployment_proof": ["person", "issuer", "date"],
          "income_proof": ["employer", "employee", "monthly_income", "date"], "other": []}


def manifest_entries() -> list[dict]:
    """The manifest's entries: labels from DOCS, the sha256 of each rendered entry."""
    out = []
    for doc, form in entries():
        spec = DOCS[doc]
        raw, _ext = render(doc, form)
        absent = list(spec.get("absent", []))
        assert set(spec["fields"]) | set(absent) == set(WANTED[spec["type"]]), doc
        out.append({"id": f"{PREFIX}-{doc}-{form}", "origin": "generated", "generator": "gen_independent19",
                    "doc": doc, "form": form, "type": spec["type"], "lang": spec["lang"], "fields": spec["fields"],
                    "absent": absent, "note": spec["note"] + f" ({form})",
                    "sha256": hashlib.sha256(raw).hexdigest()})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", action="store_true", help="rewrite independent19.json (labels and sha256)")
    ap.add_argument("--out", type=Path, help="write every entry into this folder")
    ap.add_argument("--only", help="only entries whose id contains this")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for doc, form in entries():
            if args.only and args.only not in f"{PREFIX}-{doc}-{form}":
                continue
            raw, ext = render(doc, form)
            (args.out / f"{PREFIX}-{doc}-{form}.{ext}").write_bytes(raw)
    if args.manifest:
        data = {"as_of_note": "October 2026 documents, judged as of 2026-11-27 (independent19-checklist.toml)",
                "documents": manifest_entries()}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(data['documents'])} entries in {MANIFEST}", file=sys.stderr)


if __name__ == "__main__":
    main()
