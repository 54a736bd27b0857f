"""A generator of doctors' and hospitals' letters that say what a patient has and charge nothing, written apart from
the extractor: a UK GP's "To whom it may concern" letter (practice letterhead, "Re:" line with the patient's name and
NHS number), a UK fit note (Statement of Fitness for Work: "Patient's name", "I assessed your case on", the doctor's
date), an NHS hospital's discharge letter (the Trust's heading, admission and discharge dates before the letter's
own), a Chinese 诊断证明书 (hospital heading, 姓名/性别/年龄 row, 诊断, 建议, the doctor's signature and the date by
the seal) and a Chinese doctor's letter in prose (兹证明患者…).

What competes: the letter's own date with the dates in its body (admission, discharge, when the patient was seen, a
date of birth); the patient with the doctor who signs; the practice or hospital with the Trust, the department, the
lender addressed. Every document comes with its truth: ``provider`` is whoever issued the letter (the practice or
the hospital printed at its head), ``patient`` the person it is about, ``date`` the date the letter was written.

The wording comes from how practices and hospitals print these letters, not from packet's vocabulary. Drawn with
:mod:`rolegen` (text PDFs; :func:`rolegen.draw_scan` for a scan). Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from rolegen import Doc


def _long(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _zh(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def gp_letter(rng: random.Random, n: int, own: date = date(2026, 11, 20)) -> Doc:
    """A UK GP's letter: the practice's name and address at its head, its date at the right, "Re:" with the
    patient's title, name, date of birth and NHS number, a body about the condition, signed by the GP."""
    practice = rng.choice(["Brookfield Surgery", "Oakwood Medical Practice", "Castle Street Health Centre"])
    patient, title, he = rng.choice([("Daniel Okafor", "Mr", "him"), ("Margaret Ellison", "Mrs", "her"),
                                     ("Rupinder Sahota", "Mr", "him")])
    seen = own - timedelta(days=rng.randint(10, 40))
    cells = [(60, 60, practice, 16), (60, 80, "14 Victoria Road, Manchester M14 6AB", 9),
             (60, 92, "Tel 0161 555 0142   www.example-practice.nhs.uk", 9),
             (420, 130, _long(own), 10),
             (60, 160, "To whom it may concern", 11),
             (60, 190, f"Re: {title} {patient}   DOB 14/03/1981   NHS No 943 476 5919", 11),
             (60, 220, "I confirm that the above named patient is registered with this practice and has been under", 10),
             (60, 234, f"my care since {_long(seen)} with a back injury which prevents {he} from working.", 10),
             (60, 248, f"{'He' if he == 'him' else 'She'} is receiving physiotherapy and pain relief and is not expected to return to work", 10),
             (60, 262, "for at least three months. NHS treatment is provided free of charge.", 10),
             (60, 290, f"Please take {'his' if he == 'him' else 'her'} circumstances into account.", 10),
             (60, 330, "Yours faithfully,", 10), (60, 370, "Dr Helen Marsh MBChB MRCGP", 10),
             (60, 384, "General Practitioner", 10)]
    truth = {"provider": practice, "patient": patient, "date": own.isoformat()}
    return Doc(f"gp_letter_{n}.pdf", "medical_evidence", "en", [cells], truth, rng.choice(["Helvetica", "Times-Roman"]),
               "gp_letter")


def fit_note(rng: random.Random, n: int, own: date = date(2026, 11, 18)) -> Doc:
    """A UK fit note: its title, the patient's name beside its label, the date the doctor assessed the case, the
    advice, the doctor's date and the surgery's stamp at the foot."""
    patient = rng.choice(["Daniel Okafor", "Grace Adeyemi", "Thomas Whitlock"])
    surgery = rng.choice(["Heaton Moor Medical Group", "Riverside Surgery"])
    assessed = own - timedelta(days=rng.randint(0, 3))
    cells = [(60, 60, "Statement of Fitness for Work", 16), (60, 80, "For social security or Statutory Sick Pay", 9),
             (60, 120, "Patient's name", 10), (200, 120, f"Mr {patient}", 11),
             (60, 146, "I assessed your case on:", 10), (200, 146, assessed.strftime("%d/%m/%Y"), 11),
             (60, 172, "and, because of the following condition(s):", 10), (200, 186, "Lumbar disc prolapse", 11),
             (60, 212, "I advise you that:", 10), (200, 212, "you are not fit for work.", 11),
             (60, 238, "This will be the case for", 10), (200, 238, "8 weeks", 11),
             (60, 290, "Doctor's signature", 10), (200, 290, "Dr A. Rahman", 11),
             (60, 316, "Date of statement", 10), (200, 316, own.strftime("%d/%m/%Y"), 11),
             (60, 342, "Doctor's address", 10), (200, 342, surgery, 11), (200, 356, "2 Shaw Road, Stockport SK4 4NA", 9)]
    truth = {"provider": surgery, "patient": patient, "date": own.isoformat()}
    return Doc(f"fit_note_{n}.pdf", "medical_evidence", "en", [cells], truth, "Helvetica", "fit_note")


def discharge_letter(rng: random.Random, n: int, own: date = date(2026, 11, 12)) -> Doc:
    """An NHS hospital's discharge letter to the GP: the hospital and its Trust at the head, the letter's date, the
    patient's name and hospital number beside labels, dates of admission and discharge before the letter's."""
    hospital = rng.choice(["Wythenshawe Hospital", "St Aldhelm's Hospital"])
    patient = rng.choice(["Daniel Okafor", "Lorna McBride"])
    admitted = own - timedelta(days=rng.randint(8, 20))
    discharged = own - timedelta(days=rng.randint(1, 6))
    cells = [(60, 56, hospital, 16), (60, 74, "Manchester University NHS Foundation Trust", 9),
             (60, 86, "Southmoor Road, Manchester M23 9LT", 9),
             (420, 120, f"Date: {_long(own)}", 10),
             (60, 150, "DISCHARGE LETTER", 13),
             (60, 178, "Patient:", 10), (160, 178, patient, 11),
             (60, 192, "Hospital No:", 10), (160, 192, "M" + str(rng.randint(1000000, 9999999)), 10),
             (60, 206, "Admitted:", 10), (160, 206, admitted.strftime("%d/%m/%Y"), 10),
             (60, 220, "Discharged:", 10), (160, 220, discharged.strftime("%d/%m/%Y"), 10),
             (60, 250, "Dear Dr Marsh,", 10),
             (60, 272, "Your patient was admitted with community-acquired pneumonia and treated with intravenous", 10),
             (60, 286, "antibiotics. Follow-up chest X-ray in six weeks. Unable to work for four weeks.", 10),
             (60, 330, "Yours sincerely,", 10), (60, 366, "Dr Priya Natarajan, Specialty Registrar, Respiratory Medicine", 10)]
    truth = {"provider": hospital, "patient": patient, "date": own.isoformat()}
    return Doc(f"discharge_{n}.pdf", "medical_evidence", "en", [cells], truth, "Times-Roman", "discharge_letter")


def zh_certificate(rng: random.Random, n: int, own: date = date(2026, 11, 16)) -> Doc:
    """A 诊断证明书: the hospital's name and the title at the head, a row of 姓名/性别/年龄/科室, 诊断 and 建议 lines,
    the doctor's name and the date at the foot by the seal."""
    hospital = rng.choice(["江州市第一人民医院", "临海县中医院"])
    patient = rng.choice(["张伟", "李秀英", "王建国"])
    seen = own - timedelta(days=rng.randint(1, 5))
    cells = [(190, 60, hospital, 18), (230, 90, "诊断证明书", 16),
             (60, 130, "姓名：", 11), (100, 130, patient, 11), (200, 130, "性别：男", 11), (300, 130, "年龄：46岁", 11),
             (400, 130, "科室：骨科", 11),
             (60, 160, f"就诊日期：{_zh(seen)}", 11),
             (60, 190, "诊断：腰椎间盘突出症", 11),
             (60, 220, "建议：全休三个月，避免负重，定期复查。", 11),
             (60, 280, "医师签名：刘明", 11),
             (330, 310, f"{hospital}（盖章）", 11), (360, 330, _zh(own), 11)]
    truth = {"provider": hospital, "patient": patient, "date": own.isoformat()}
    return Doc(f"zh_certificate_{n}.pdf", "medical_evidence", "zh", [cells], truth, "Helvetica", "zh_certificate")


def zh_prose(rng: random.Random, n: int, own: date = date(2026, 11, 10)) -> Doc:
    """A hospital's letter in prose: 兹证明患者… with the name in the sentence, the diagnosis and the advice in the
    body, the hospital and the date at the foot."""
    hospital = rng.choice(["青山区人民医院", "白沙镇中心卫生院"])
    patient = rng.choice(["刘芳", "陈志强"])
    since = own - timedelta(days=rng.randint(20, 60))
    cells = [(230, 70, "病情证明", 16),
             (60, 120, f"兹证明患者{patient}，女，52岁，于{_zh(since)}起在我院肾内科住院治疗，", 11),
             (60, 140, "诊断为慢性肾功能不全，需长期规律透析治疗，目前不能从事体力劳动。", 11),
             (60, 160, "特此证明。", 11),
             (330, 230, f"{hospital}医务科（盖章）", 11), (360, 250, _zh(own), 11)]
    truth = {"provider": hospital, "patient": patient, "date": own.isoformat()}
    return Doc(f"zh_prose_{n}.pdf", "medical_evidence", "zh", [cells], truth, "Helvetica", "zh_prose")


LAYOUTS = (gp_letter, fit_note, discharge_letter, zh_certificate, zh_prose)


def generate(seed: int = 3) -> list[Doc]:
    """One letter of each layout, deterministic for ``seed``."""
    rng = random.Random(seed)
    return [layout(rng, i) for i, layout in enumerate(LAYOUTS)]
