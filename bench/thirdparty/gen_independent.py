"""Independent layouts for the kinds public repositories lack (Chinese payslips, statements, bills, letters).

Written for the corpus by someone who has not read packet's extractor: it imports nothing from packet and
takes no wording from it. Deterministic (fixed seeds, reportlab's invariant mode), so fetch_corpus.py can
rebuild the same files and check their sha256. Each document is drawn as rows of (x in mm, text) cells;
forms: text (a born-digital PDF), scan (greyscale, slightly rotated, noisy PNG), photo (tilted, tinted, blurred JPEG).
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# id -> (language, rows); a row is a list of (x_mm, text) or ("rule",) for a horizontal line, ("gap", mm).
DOCS: dict[str, tuple[str, list]] = {}


def doc(name: str, lang: str, rows: list) -> None:
    DOCS[name] = (lang, rows)


def _strip_payslip() -> list:
    head = ["工号", "姓名", "部门", "基本工资", "岗位津贴", "绩效奖金", "加班费", "应发合计", "养老保险", "医疗保险",
            "失业保险", "住房公积金", "个人所得税", "扣款合计", "本月实发"]
    vals = ["0317", "刘晓燕", "质检部", "5200.00", "800.00", "1350.00", "420.00", "7770.00", "621.60", "155.40",
            "38.85", "932.40", "42.65", "1790.90", "5979.10"]
    xs = [8 + i * 13 for i in range(15)]
    return [[(70, "华润达精密制造有限公司 2026年9月工资条")], ("gap", 6), [(x, h) for x, h in zip(xs, head, strict=True)], ("rule",),
            [(x, v) for x, v in zip(xs, vals, strict=True)], ("rule",), ("gap", 8),
            [(8, "发放日期：2026年10月10日    如有疑问请于三日内联系人事行政部")]]


doc("zh-payslip-strip", "zh", _strip_payslip())
doc("zh-payslip-daxie", "zh", [
    [(60, "工 资 发 放 单")], ("gap", 4),
    [(15, "单位名称：杭州青禾信息科技有限公司"), (120, "所属月份：2026年08月")],
    [(15, "员工姓名：陈建国"), (120, "员工编号：QH-0452")], ("rule",),
    [(15, "基本工资"), (60, "9,000.00"), (110, "社会保险（个人）"), (160, "1,003.50")],
    [(15, "交通补贴"), (60, "300.00"), (110, "住房公积金（个人）"), (160, "1,116.00")],
    [(15, "餐费补贴"), (60, "500.00"), (110, "个人所得税"), (160, "102.05")],
    [(15, "应发工资合计"), (60, "9,800.00"), (110, "扣款合计"), (160, "2,221.55")], ("rule",),
    [(15, "实发金额（大写）：柒仟伍佰柒拾捌元肆角伍分"), (125, "（小写）：¥7,578.45")], ("gap", 10),
    [(15, "制表：人力资源部"), (120, "发放日：2026年9月5日")]])
doc("zh-payslip-kv", "zh", [
    [(70, "员工薪资明细表")], [(70, "Salary Details")], ("gap", 4),
    [(15, "公司"), (50, "深圳市南岭物流股份有限公司")], [(15, "姓名"), (50, "黄丽萍")],
    [(15, "薪资期间"), (50, "2026/07/01 - 2026/07/31")], ("rule",),
    [(15, "项目"), (80, "本期金额"), (130, "本年累计")], ("rule",),
    [(15, "基本薪资"), (80, "6,500.00"), (130, "45,500.00")], [(15, "绩效工资"), (80, "1,800.00"), (130, "11,200.00")],
    [(15, "税前收入合计"), (80, "8,300.00"), (130, "56,700.00")], [(15, "社保公积金个人部分"), (80, "-1,494.00"), (130, "-10,458.00")],
    [(15, "代扣个税"), (80, "-49.18"), (130, "-322.40")], ("rule",), [(15, "税后实得"), (80, "6,756.82"), (130, "45,919.60")]])
doc("zh-payslip-strip2", "zh", [
    [(50, "2026年10月份职工工资表（个人联）")], [(15, "单位：成都蓉西食品有限公司")], ("rule",),
    [(10, "姓名"), (30, "出勤天数"), (52, "基本工资"), (75, "计件工资"), (98, "应发工资"), (121, "代扣社保"),
     (144, "代扣个税"), (167, "实发工资")], ("rule",),
    [(10, "赵文强"), (30, "22"), (52, "3,200.00"), (75, "2,846.50"), (98, "6,046.50"), (121, "507.20"),
     (144, "0.00"), (167, "5,539.30")], ("rule",), [(10, "签收：__________")]])

doc("zh-statement-icbc", "zh", [
    [(15, "中国工商银行"), (70, "INDUSTRIAL AND COMMERCIAL BANK OF CHINA")], [(15, "个人账户历史明细清单 Transaction Details")], ("gap", 4),
    [(15, "户名：周敏"), (80, "卡号：6222 0212 0304 5567 891")],
    [(15, "起止日期：2026-05-01 至 2026-07-31"), (120, "币种：人民币")], ("rule",),
    [(12, "交易日期"), (40, "摘要"), (80, "交易金额"), (110, "账户余额"), (140, "对方户名")], ("rule",),
    [(12, "2026-05-06"), (40, "工资"), (80, "+8,210.00"), (110, "15,470.33"), (140, "宁波海曙纺织有限公司")],
    [(12, "2026-05-18"), (40, "消费"), (80, "-326.80"), (110, "15,143.53"), (140, "财付通")],
    [(12, "2026-06-05"), (40, "工资"), (80, "+8,210.00"), (110, "23,353.53"), (140, "宁波海曙纺织有限公司")],
    [(12, "2026-06-21"), (40, "转账"), (80, "-5,000.00"), (110, "18,353.53"), (140, "周建华")],
    [(12, "2026-07-06"), (40, "工资"), (80, "+8,210.00"), (110, "26,563.53"), (140, "宁波海曙纺织有限公司")],
    [(12, "2026-07-29"), (40, "还款"), (80, "-3,180.00"), (110, "23,383.53"), (140, "信用卡还款")], ("rule",),
    [(15, "打印日期：2026-08-02    本清单仅供参考，以银行系统记录为准")]])
doc("zh-statement-cmb", "zh", [
    [(60, "招商银行交易流水")], [(60, "Transaction Statement of China Merchants Bank")], ("gap", 4),
    [(15, "户    名：孙立伟"), (100, "账号：6214 8301 2345 6789")],
    [(15, "申请时间：2026-10-08"), (100, "账户类型：一卡通")], ("rule",),
    [(10, "记账日期"), (38, "货币"), (55, "交易金额"), (85, "联机余额"), (115, "交易摘要"), (150, "对手信息")], ("rule",),
    [(10, "2026-09-01"), (38, "人民币"), (55, "-1,200.00"), (85, "4,311.27"), (115, "快捷支付"), (150, "支付宝")],
    [(10, "2026-09-10"), (38, "人民币"), (55, "6,850.00"), (85, "11,161.27"), (115, "代发工资"), (150, "上海明川科技")],
    [(10, "2026-09-15"), (38, "人民币"), (55, "-2,600.00"), (85, "8,561.27"), (115, "转账汇款"), (150, "房东王")],
    [(10, "2026-09-30"), (38, "人民币"), (55, "0.86"), (85, "8,562.13"), (115, "账户结息"), (150, "")], ("rule",),
    [(15, "— 以下空白 —")]])
doc("zh-statement-ccb", "zh", [
    [(55, "中国建设银行个人活期账户交易明细")], ("gap", 4),
    [(15, "客户名称：吴海燕"), (100, "账号：6217 0000 1234 0987 654")],
    [(15, "查询期间：2026年04月01日--2026年09月30日")], ("rule",),
    [(12, "序号"), (25, "交易日期"), (55, "支出"), (80, "存入"), (105, "余额"), (135, "摘要")], ("rule",),
    [(12, "1"), (25, "20260403"), (55, ""), (80, "5,600.00"), (105, "12,034.18"), (135, "代发工资")],
    [(12, "2"), (25, "20260520"), (55, "2,300.00"), (80, ""), (105, "9,734.18"), (135, "房租")],
    [(12, "3"), (25, "20260703"), (55, ""), (80, "5,600.00"), (105, "15,334.18"), (135, "代发工资")],
    [(12, "4"), (25, "20260926"), (55, "1,050.40"), (80, ""), (105, "14,283.78"), (135, "医疗费")], ("rule",),
    [(15, "期末余额：14,283.78 元")]])

doc("zh-medical-outpatient", "zh", [
    [(45, "浙江省医疗门诊收费票据（电子）")], ("gap", 4),
    [(15, "票据代码：33060126"), (110, "票据号码：0045127789")],
    [(15, "交款人：郑雅琴"), (110, "开票日期：2026-09-14")],
    [(15, "收款单位：绍兴市第二人民医院")], ("rule",),
    [(15, "项目名称"), (80, "金额（元）"), (120, "备注")], ("rule",),
    [(15, "西药费"), (80, "186.40"), (120, "")], [(15, "检查费"), (80, "320.00"), (120, "")],
    [(15, "治疗费"), (80, "95.00"), (120, "")], ("rule",),
    [(15, "金额合计（大写）陆佰零壹元肆角整"), (120, "（小写）601.40")],
    [(15, "医保统筹支付：240.56"), (80, "个人现金支付：360.84")]])
doc("zh-medical-inpatient", "zh", [
    [(60, "住院费用结算清单")], [(15, "医院名称：华中科技大学同济医学院附属协和医院")], ("gap", 3),
    [(15, "患者姓名：冯志刚"), (80, "住院号：ZY2026081123"), (140, "科室：骨科")],
    [(15, "入院日期：2026-08-11"), (80, "出院日期：2026-08-24"), (140, "结算日期：2026-08-24")], ("rule",),
    [(15, "床位费"), (60, "1,040.00"), (100, "手术费"), (150, "8,600.00")],
    [(15, "药品费"), (60, "6,215.37"), (100, "材料费"), (150, "12,480.00")],
    [(15, "检查检验费"), (60, "2,318.00"), (100, "护理费"), (150, "546.00")], ("rule",),
    [(15, "费用总额：31,199.37"), (85, "统筹基金支付：19,883.12"), (145, "个人支付：11,316.25")]])
doc("zh-medical-receipt", "zh", [
    [(55, "北京大学第三医院 门诊收费收据")], ("gap", 3),
    [(15, "姓名  林晓"), (80, "性别  女"), (130, "2026年10月02日")], ("rule",),
    [(15, "挂号费 50.00"), (70, "化验费 218.00"), (125, "中成药费 134.60")], ("rule",),
    [(15, "合计人民币（大写）：肆佰零贰元陆角"), (125, "¥402.60")], [(15, "收款员：0231")]])

doc("zh-income-proof", "zh", [
    [(80, "收 入 证 明")], ("gap", 8),
    [(15, "兹证明 何佳怡 （身份证号：3301**********1024）为我单位正式员工，")],
    [(15, "自2021年3月起在我单位市场部担任销售主管，近一年月均收入：1.2万元（税前）。")],
    [(15, "特此证明。本证明仅用于贷款协商，不作其他用途。")], ("gap", 20),
    [(110, "单位名称（盖章）：苏州工业园区启明电子有限公司")], [(130, "2026年10月20日")]])
doc("zh-income-proof2", "zh", [
    [(75, "工资收入证明")], ("gap", 8),
    [(15, "致：相关金融机构")], [(15, "    员工姓名：马俊"), (110, "所在部门：财务部")],
    [(15, "    每月工资收入：人民币捌仟伍佰元整（¥8,500.00）")], ("gap", 15),
    [(100, "证明单位：重庆山城建设集团有限公司")], [(100, "日期：二〇二六年九月二十八日")]])
doc("zh-unemployment-proof", "zh", [
    [(55, "解除（终止）劳动合同证明书")], ("gap", 8),
    [(15, "罗雪梅 同志（身份证号码：4401**********2268）：")],
    [(15, "    你与本单位签订的劳动合同，因经济性裁员原因，于2026年8月31日解除。")],
    [(15, "    在本单位工作年限：6年。请于十五日内办理档案及社会保险关系转移手续。")], ("gap", 20),
    [(110, "单位（盖章）：广州南沙海运服务有限公司")], [(130, "2026年9月1日")]])
doc("zh-unemployment-registration", "zh", [
    [(60, "失业登记证明")], ("gap", 6),
    [(15, "姓名：韩东"), (90, "登记编号：SY20261011087")],
    [(15, "经审核，该同志于2026年10月11日在本机构办理失业登记，现处于失业状态。")], ("gap", 15),
    [(100, "天津市河西区公共就业服务中心")], [(120, "2026年10月11日")]])

doc("zh-other-diagnosis", "zh", [
    [(70, "诊 断 证 明 书")], [(15, "医院：南京鼓楼医院")], ("gap", 4),
    [(15, "姓名：唐伟"), (70, "性别：男"), (120, "年龄：46岁")],
    [(15, "诊断：腰椎间盘突出症（L4-L5）")], [(15, "建议：休息三个月，避免重体力劳动。")], ("gap", 10),
    [(110, "医师签名：李明"), (110, "")], [(110, "日期：2026-09-03")]])
doc("zh-other-utility", "zh", [
    [(60, "国网上海市电力公司 电费缴费通知单")], ("gap", 4),
    [(15, "户名：钱红"), (100, "户号：3100 8821 7765")],
    [(15, "计费周期：2026-08-01 至 2026-08-31"), (110, "本期电量：412 千瓦时")],
    [(15, "本期电费：256.34 元"), (110, "账户余额：43.66 元")], [(15, "请于2026-09-20前缴清。")]])
doc("zh-other-card-contract", "zh", [
    [(55, "信用卡领用合约（个人卡）")], ("gap", 4),
    [(15, "甲方（发卡机构）：中国银行股份有限公司")], [(15, "乙方（持卡人）：以申请表所填为准")],
    [(15, "第一条  乙方应按月偿还对账单所列最低还款额，账单日及到期还款日以对账单为准。")],
    [(15, "第二条  透支利率为日万分之五，按月计收复利。")],
    [(15, "第三条  本合约自乙方签收信用卡之日起生效。")]])
doc("zh-other-shop-receipt", "zh", [
    [(60, "永辉超市 购物小票")], [(15, "门店：福州五一店   收银员：1027")], ("rule",),
    [(15, "鸡蛋 30枚"), (120, "23.90")], [(15, "东北大米 5kg"), (120, "39.80")], [(15, "纸巾"), (120, "12.50")], ("rule",),
    [(15, "合计"), (120, "76.20")], [(15, "微信支付"), (120, "76.20")], [(15, "2026-10-05 18:42")]])

doc("en-medical-us", "en", [
    [(15, "RIVERBEND REGIONAL MEDICAL CENTER")], [(15, "Patient Billing Office  PO Box 4410  Tulsa, OK 74101")], ("gap", 4),
    [(15, "PATIENT STATEMENT"), (120, "Statement Date: 09/18/2026")],
    [(15, "Guarantor: Maria L. Ortega"), (120, "Account #: 7781-2290")], ("rule",),
    [(15, "Date of Service"), (50, "Description"), (130, "Charges")], ("rule",),
    [(15, "08/29/2026"), (50, "Emergency room visit level 4"), (130, "1,840.00")],
    [(15, "08/29/2026"), (50, "CT scan, head without contrast"), (130, "2,310.00")],
    [(15, "08/29/2026"), (50, "Laboratory services"), (130, "412.75")], ("rule",),
    [(15, "Total Charges"), (130, "4,562.75")], [(15, "Insurance Payments"), (130, "-3,190.20")],
    [(15, "Patient Balance"), (130, "1,372.55")], [(15, "Amount Due Now"), (130, "1,372.55")]])
doc("en-medical-uk", "en", [
    [(15, "Harbourside Private Clinic")], [(15, "12 Quay Street, Bristol BS1 4DJ")], ("gap", 6),
    [(15, "INVOICE"), (120, "Invoice date: 3 October 2026")], [(15, "Patient: Mr Oliver Grant")], ("rule",),
    [(15, "Physiotherapy assessment"), (130, "£85.00")], [(15, "Physiotherapy session x 3"), (130, "£195.00")], ("rule",),
    [(15, "Total"), (130, "£280.00")], [(15, "Please pay within 30 days.")]])
doc("en-unemployment-uk", "en", [
    [(15, "Northgate Logistics Ltd")], [(15, "Unit 4, Trafford Park, Manchester M17 1AB")], ("gap", 6),
    [(15, "15 September 2026")], ("gap", 4), [(15, "Dear Ms Priya Shah,")],
    [(15, "Notice of redundancy")],
    [(15, "Following the consultation period, I am writing to confirm that your position as Warehouse Supervisor")],
    [(15, "is redundant. Your employment will end on 30 September 2026. You will receive statutory redundancy pay.")],
    ("gap", 8), [(15, "Yours sincerely,")], [(15, "Helen Marsh, HR Manager")]])
doc("en-unemployment-us", "en", [
    [(15, "STATE DEPARTMENT OF LABOR - Unemployment Insurance Division")], ("gap", 4),
    [(15, "NOTICE OF MONETARY DETERMINATION"), (130, "Mailed: 10/06/2026")], ("rule",),
    [(15, "Claimant: DANIEL K. FOSTER")], [(15, "Benefit year begins: 09/27/2026")],
    [(15, "Weekly benefit amount: $412.00"), (110, "Maximum benefit amount: $10,712.00")],
    [(15, "You have been found monetarily eligible for unemployment benefits.")]])
doc("en-income-proof", "en", [
    [(15, "Brightwater Software Inc.")], [(15, "400 Pine Avenue, Portland, OR 97204")], ("gap", 6),
    [(15, "October 14, 2026")], [(15, "EMPLOYMENT AND INCOME VERIFICATION")], ("gap", 4),
    [(15, "This letter confirms that Samuel Reyes has been employed full-time by Brightwater Software Inc.")],
    [(15, "since March 2, 2020, as a Senior QA Engineer. His current base salary is $78,000.00 per year,")],
    [(15, "paid monthly ($6,500.00 per month).")], ("gap", 8), [(15, "Karen Liu, Payroll Manager")]])


def _draw_pdf(lang: str, rows: list) -> bytes:
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    y = h - 22 * mm
    for row in rows:
        if row[0] == "rule":
            c.line(10 * mm, y + 3 * mm, w - 10 * mm, y + 3 * mm)
            y -= 2 * mm
            continue
        if row[0] == "gap":
            y -= row[1] * mm
            continue
        size = 6.5 if len(row) > 12 else 8 if len(row) > 6 else 10
        c.setFont("WQY", size)
        for x, text in row:
            c.drawString(x * mm, y, text)
        y -= 7 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def _page_image(pdf: bytes, dpi: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "d.pdf"
        p.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(p), str(Path(tmp) / "p")], check=True)
        return Image.open(Path(tmp) / "p.png").convert("RGB")


def _scan(pdf: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    im = ImageOps.grayscale(_page_image(pdf, 200)).rotate(rng.uniform(-1.2, 1.2), expand=True, fillcolor=255)
    px = im.load()
    for _ in range(im.width * im.height // 400):
        px[rng.randrange(im.width), rng.randrange(im.height)] = rng.choice((0, 90, 160))
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def _photo(pdf: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    im = _page_image(pdf, 170)
    im = im.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(92, 80, 66))
    bg = Image.new("RGB", (im.width + 160, im.height + 160), (92, 80, 66))
    bg.paste(im, (80 + rng.randrange(-30, 30), 80 + rng.randrange(-30, 30)))
    tint = Image.new("RGB", bg.size, (255, 236, 205))
    im = Image.blend(bg, tint, 0.18).filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=82)
    return out.getvalue()


def render(name: str, form: str) -> tuple[bytes, str]:
    """(bytes, file extension) of document `name` in `form`."""
    lang, rows = DOCS[name]
    pdf = _draw_pdf(lang, rows)
    seed = sum(map(ord, name + form))
    if form == "text":
        return pdf, "pdf"
    if form == "scan":
        return _scan(pdf, seed), "png"
    return _photo(pdf, seed), "jpg"
