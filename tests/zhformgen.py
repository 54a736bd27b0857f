"""Generator of Chinese forms whose parties and dates are told apart by their ROLES (branch r17-zh; the failures of
independent set 12), as phone-screen or scanned images (PNG) that packet must OCR.

- ``dispatch``: a labour-dispatch agency's pay confirmation. The agency (the employer: it signs the labour contract
  and pays) heads the page; the firm the worker is placed with is printed under "用工单位" — one character from the
  employer's label 用人单位 — with its workshop in brackets. The employer is the agency.
- ``dispatchnote``: the same slip whose notes say, in a sentence, that the agency named after 派遣单位 pays the wage:
  the employer is the agency's name alone, not the sentence it sits in.
- ``claimform``: an unemployment-benefit claim form. The claimant filled it in (填表日期), the office registered and
  examined it later (受理/审核/审批 …日期, one of them the last act); the former employer's legal form is printed
  in a cell of its own (单位性质). Its date is the office's last act; no issuer is a legal form alone.
- ``appresult``: a government app's result screen for an unemployment registration: the date it was registered.
- ``walletmonth``: a payment app's month of payments (账单), rows of payee and signed amount with a yearless day under
  each, one of the payees a hospital, saved as a "bill" (the app calls it 账单). Not a medical bill.
- ``shortslip``: a payslip headed by a firm registered in a bracketed place ("…管理（杭州）有限公司") whose pay is
  printed short on one line: 应发 / 应扣 / 实发.
- ``expiry``: a certificate that a labour contract ended "于…日期满", dated in Chinese numerals (二〇二六年十一月二日):
  its date is the certificate's, the 日 of the contract's end followed by 期满 no 日期 label.

The wording is written for this generator from how such forms are printed; it shares no list or code with packet.

    make(kind, seed) -> Doc   (the PNG's bytes and what a reader should find)
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
KINDS = ("dispatch", "dispatchnote", "claimform", "appresult", "walletmonth", "shortslip", "expiry")

_AGENCIES = ["漳州海联人力资源服务有限公司", "襄阳汉川劳务派遣有限公司", "绵阳科城人力资源开发有限公司",
             "湛江南粤人才服务有限公司"]
_HOSTS = [("东莞锦程电子科技有限公司", "贴片车间"), ("佛山美雅家具制造有限公司", "喷漆线"),
          ("温州瓯江鞋材有限公司", "二号仓"), ("盐城恒丰纺织有限公司", "织布车间")]
_PEOPLE = ["覃秀英", "晏国庆", "蒲海燕", "冉德明", "甘玉兰", "屠春生"]
_OFFICES = ["岳阳市岳阳楼区社会保险服务中心", "宜宾市翠屏区就业服务管理局", "铁岭市银州区公共就业服务中心"]
_SHOPS = ["罗森便利店", "高德打车", "中国联通话费", "华润万家", "蜜雪冰城", "转账-来自阿芳"]
_HOSPITALS = ["桂林市第三人民医院", "荆门市中医医院", "衢州市妇幼保健院"]


@dataclass
class Doc:
    """One generated document: its image (PNG bytes), the type it must be read as, the fields a reader should find,
    and values a reader must never give (field -> value)."""

    kind: str
    png: bytes
    type: str
    fields: dict[str, str] = field(default_factory=dict)
    never: dict[str, str] = field(default_factory=dict)
    saved_as: str = ""  # the name a person saves it under, when it matters ("wechat-bill": an app's 账单 export)


class _Sheet:
    """Text drawn at points of a white sheet (x, y in pixels from the top left)."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.img = Image.new("L", size, 255)
        self.draw = ImageDraw.Draw(self.img)

    def put(self, x: int, y: int, text: str, px: int = 30) -> None:
        self.draw.text((x, y), text, fill=0, font=ImageFont.truetype(FONT, px, index=0))

    def png(self) -> bytes:
        buf = io.BytesIO()
        self.img.save(buf, format="PNG", dpi=(200, 200))
        return buf.getvalue()


def _yuan(v: Decimal) -> str:
    return f"{v:,.2f}"


def _pay_rows(rng: random.Random) -> tuple[list[tuple[str, Decimal]], list[tuple[str, Decimal]]]:
    earn = [("基本工资", Decimal(rng.randint(1800, 2400))), ("计件工资", Decimal(rng.randint(90000, 200000)) / 100),
            ("加班工资", Decimal(rng.randint(30000, 110000)) / 100), ("全勤奖", Decimal(rng.choice([100, 150, 200])))]
    take = [("社保个人部分", Decimal(rng.randint(30000, 42000)) / 100), ("住宿费", Decimal(rng.choice([50, 80, 120])))]
    return earn, take


def dispatch(rng: random.Random, note: bool = False) -> Doc:
    """A dispatch agency's pay confirmation: the agency heads it, the host firm is printed under 用工单位."""
    agency, (host, shop), who = rng.choice(_AGENCIES), rng.choice(_HOSTS), rng.choice(_PEOPLE)
    month = rng.randint(3, 10)
    s = _Sheet((1240, 1500))
    s.put(300, 60, agency, 38)
    s.put(380, 130, rng.choice(["派遣员工工资确认单", "劳务派遣人员工资条", "派遣人员薪酬发放单"]), 36)
    s.put(80, 230, f"用工单位：{host}（{shop}）", 30)
    s.put(80, 290, f"员工姓名：{who}", 30)
    s.put(700, 290, f"工资月份：2026年{month}月", 30)
    earn, take = _pay_rows(rng)
    gross = sum((v for _, v in earn), Decimal(0))
    cut = sum((v for _, v in take), Decimal(0))
    s.put(80, 370, "收入项目", 30)
    s.put(420, 370, "金额", 30)
    s.put(660, 370, "扣款项目", 30)
    s.put(980, 370, "金额", 30)
    y = 430
    for k in range(len(earn)):
        s.put(80, y, earn[k][0], 30)
        s.put(420, y, _yuan(earn[k][1]), 30)
        if k < len(take):
            s.put(660, y, take[k][0], 30)
            s.put(980, y, _yuan(take[k][1]), 30)
        y += 60
    s.put(80, y + 20, f"应发工资 {_yuan(gross)}", 30)
    s.put(660, y + 20, f"扣款合计 {_yuan(cut)}", 30)
    s.put(80, y + 90, f"实发工资 {_yuan(gross - cut)}", 30)
    if note:
        s.put(80, y + 170, f"说明：本月工资由派遣单位{agency}统一代发至本人银行卡。", 28)
    return Doc("dispatchnote" if note else "dispatch", s.png(), "payslip",
               {"employer": agency, "gross_pay": f"{gross:.2f}", "net_pay": f"{gross - cut:.2f}"},
               {"employer": f"{host}({shop})"})


def claimform(rng: random.Random) -> Doc:
    """An unemployment-benefit claim form: filled in, then registered and examined by the office on later days."""
    who, office = rng.choice(_PEOPLE), rng.choice(_OFFICES)
    firm = rng.choice(["常德湘北食品有限公司", "九江庐山旅游开发有限公司", "曲靖珠源建材有限公司"])
    filled = date(2026, rng.randint(6, 9), rng.randint(1, 20))
    acts = sorted(rng.sample(range(1, 12), 2))
    first, last = filled + timedelta(days=acts[0]), filled + timedelta(days=acts[1])
    words = rng.choice([("受理日期", "审核日期"), ("登记日期", "审批日期"), ("受理日期", "核准日期")])
    ended = filled - timedelta(days=rng.randint(10, 30))

    def cn(d: date) -> str:
        return f"{d.year}年{d.month}月{d.day}日"

    s = _Sheet((1240, 1400))
    s.put(360, 60, rng.choice(["失业保险金申领登记表", "失业保险待遇申领表"]), 40)
    s.put(80, 150, f"填表日期：{cn(filled)}", 28)
    s.put(80, 220, f"姓名 {who}", 30)
    s.put(640, 220, f"性别 {rng.choice(['男', '女'])}", 30)
    s.put(80, 290, f"原工作单位 {firm}", 30)
    s.put(80, 360, f"单位性质 {rng.choice(['有限责任公司', '股份有限公司'])}", 30)
    s.put(640, 360, f"离职日期 {cn(ended)}", 30)
    s.put(80, 430, "本人承诺以上信息真实有效，已办理失业登记，有求职要求。", 28)
    s.put(80, 500, f"申请人签字：{who}", 30)
    s.put(80, 600, f"经办机构：{office}", 30)
    s.put(80, 670, f"{words[0]}：{cn(first)}", 30)
    s.put(80, 740, "审核意见：符合领取条件，同意按月发放失业保险金。", 28)
    s.put(80, 810, f"{words[1]}：{cn(last)}", 30)
    return Doc("claimform", s.png(), "unemployment_proof", {"date": last.isoformat()},
               {"issuer": "有限责任公司"})


def appresult(rng: random.Random) -> Doc:
    """A government app's result screen for an unemployment registration."""
    who, office = rng.choice(_PEOPLE), rng.choice(_OFFICES)
    when = date(2026, rng.randint(6, 10), rng.randint(1, 28))
    s = _Sheet((750, 1334))
    s.put(300, 40, "14:26", 26)
    s.put(200, 110, rng.choice(["失业登记", "办理失业登记"]), 36)
    s.put(260, 200, "办理成功", 36)
    rows = [("业务名称", "失业登记"), ("姓名", who), ("证件号码", f"43{rng.randint(1000, 9999)}**********{rng.randint(1000, 9999)}"),
            ("登记机构", office), ("登记日期", when.isoformat()), ("办件编号", f"SY{rng.randint(10 ** 11, 10 ** 12 - 1)}")]
    y = 320
    for k, v in rows:
        s.put(40, y, k, 26)
        s.put(230, y, v, 26)
        y += 70
    s.put(40, y + 40, "请按时报告求职情况，享受公共就业服务。", 24)
    return Doc("appresult", s.png(), "unemployment_proof", {"date": when.isoformat(), "person": who})


def walletmonth(rng: random.Random) -> Doc:
    """A payment app's month: payee and signed amount on a row, the day and time under it, a hospital among them."""
    month = rng.randint(4, 10)
    days = sorted(rng.sample(range(1, 29), 7), reverse=True)
    payees = rng.sample(_SHOPS, 6) + [rng.choice(_HOSPITALS)]
    rng.shuffle(payees)
    s = _Sheet((750, 1500))
    s.put(320, 40, "账单", 34)
    s.put(40, 120, f"2026年{month}月", 30)
    s.put(40, 170, f"支出¥{rng.randint(300, 900)}.{rng.randint(10, 99)} 收入¥{rng.randint(100, 500)}.00", 26)
    y = 240
    for d, who in zip(days, payees, strict=True):
        sign = "+" if who.startswith("转账") else "-"
        s.put(40, y, who, 28)
        s.put(540, y, f"{sign}{rng.randint(8, 160)}.{rng.randint(10, 99)}", 28)
        s.put(40, y + 44, f"{month}月{d}日 {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", 22)
        y += 140
    return Doc("walletmonth", s.png(), "other", saved_as="wechat-bill")


_PLACED_FIRMS = [("云栖", "酒店管理", "杭州"), ("汇丰源", "餐饮管理", "重庆"), ("北辰", "物业服务", "呼和浩特")]
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_year(y: int) -> str:
    return "".join(_CN_DIGITS[int(c)] for c in str(y))


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else _CN_DIGITS[tens]) + ("十" if tens else "") + (_CN_DIGITS[ones] if ones else "")


def shortslip(rng: random.Random) -> Doc:
    """A payslip whose letterhead names the firm with the place it is registered in bracketed before its legal form,
    and whose foot prints the pay as the short 应发 / 应扣 / 实发 on one line."""
    brand, trade, place = rng.choice(_PLACED_FIRMS)
    firm = f"{brand}{trade}（{place}）有限公司"
    who, month = rng.choice(_PEOPLE), rng.randint(3, 10)
    earn, take = _pay_rows(rng)
    gross = sum((v for _, v in earn), Decimal(0))
    cut = sum((v for _, v in take), Decimal(0))
    s = _Sheet((1240, 1100))
    s.put(200, 60, f"{firm} 工资单", 36)
    s.put(80, 150, f"所属期间：2026年{month:02d}月  姓名：{who}  部门：客房部", 28)
    y = 230
    for k in range(len(earn)):
        s.put(80, y, f"{earn[k][0]} {_yuan(earn[k][1])}", 28)
        if k < len(take):
            s.put(640, y, f"{take[k][0]} {_yuan(take[k][1])}", 28)
        y += 60
    s.put(80, y + 30, f"应发：{_yuan(gross)}   应扣：{_yuan(cut)}   实发：{_yuan(gross - cut)}", 30)
    return Doc("shortslip", s.png(), "payslip",
               {"employer": firm.replace("（", "(").replace("）", ")"), "gross_pay": f"{gross:.2f}",
                "net_pay": f"{gross - cut:.2f}"})


def expiry(rng: random.Random) -> Doc:
    """A certificate that a labour contract ended: its sentences date the contract's end ("于…日期满"), the
    certificate is dated in Chinese numerals under the firm's name."""
    who = rng.choice(_PEOPLE)
    firm = rng.choice(["韶关丹霞五金制品有限公司", "宜昌三峡包装材料有限公司", "汉中天汉机电设备有限公司"])
    end = date(2026, rng.randint(5, 10), rng.randint(20, 30))
    issued = end + timedelta(days=rng.randint(2, 9))
    s = _Sheet((1240, 1300))
    s.put(380, 80, "终止劳动合同证明书", 40)
    s.put(80, 190, f"{who}同志：", 30)
    s.put(80, 260, f"你与我公司签订的劳动合同于{end.year}年{end.month}月{end.day}日期满，公司决定不再续订，", 28)
    s.put(80, 320, f"经双方协商，公司与你的劳动关系自{end.year}年{end.month}月{end.day}日起终止。", 28)
    s.put(80, 380, "特此证明。", 28)
    s.put(700, 520, firm, 28)
    s.put(760, 580, f"{_cn_year(issued.year)}年{_cn_small(issued.month)}月{_cn_small(issued.day)}日", 28)
    return Doc("expiry", s.png(), "unemployment_proof", {"date": issued.isoformat(), "person": who})


MAKERS = {"dispatch": dispatch, "dispatchnote": lambda rng: dispatch(rng, note=True), "claimform": claimform,
          "appresult": appresult, "walletmonth": walletmonth, "shortslip": shortslip, "expiry": expiry}


def make(kind: str, seed: int) -> Doc:
    """The ``seed``-th document of ``kind`` (one of :data:`KINDS`), made the same way every time."""
    return MAKERS[kind](random.Random(f"r17-zh-{kind}-{seed}"))
