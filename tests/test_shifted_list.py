"""A long payslip list that a photo of a bent sheet shows dropping to the right, paired one row off by the reader,
paired in order again (branch r26-zh22; independent set 22's Xining dairy payslip photo: "应发工资 100.00", the bonus
of the row above, and the net pay alone under "实发工资 -636.28": gross pay wrong, net pay lost, the case told its
income proof was missing).

Real PP-OCR on a page drawn here: labels at the left with dotted leaders, each figure at the right edge drawn lower
than its label by 0.55 to 0.95 of the line pitch, growing down the page (a sheet creased or seen at an angle: each
printed row stays level, so no deskew straightens it). Wording of our own, not the dairy's. The rule on word boxes is
also checked on boxes written out here."""

from __future__ import annotations

from pathlib import Path

from fixtures_reading import CJK_FONT, case_at, read_documents
from PIL import Image, ImageDraw, ImageFont

from packet.core.model import Word
from packet.understanding.row_pieces import repair_shifted_list

ROWS = [("基础薪金", "3,180.00"), ("工龄津贴", "150.00"), ("交通补助", "220.00"), ("餐费补助", "330.00"),
        ("加班工资", "412.50"), ("工资总额", "4,292.50"), ("社会保险代扣", "-452.30"), ("公积金代扣", "-310.00"),
        ("代扣个税", "-15.91"), ("扣除合计", "-778.21"), ("本月实发", "3,514.29")]


def _bent_list(dpi: int = 200) -> Image.Image:
    w, h = round(5.8 * dpi), round(8.3 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    px = round(11 / 72 * dpi)
    font = ImageFont.truetype(CJK_FONT, px, index=0)
    draw.text((round(0.5 * dpi), round(0.4 * dpi)), "青川五金制品厂　工资单", fill=0, font=font)
    draw.text((round(0.5 * dpi), round(0.75 * dpi)), "职工：冯晓岚", fill=0, font=font)
    draw.text((round(3.2 * dpi), round(0.75 * dpi)), "月份：2026年10月", fill=0, font=font)
    pitch = round(px * 1.9)
    y = round(1.3 * dpi)
    for k, (label, figure) in enumerate(ROWS):
        drop = round(pitch * (0.55 + 0.4 * k / (len(ROWS) - 1)))
        draw.text((round(0.5 * dpi), y), label, fill=0, font=font)
        lw = draw.textlength(label, font=font)
        for x in range(round(0.5 * dpi + lw + 12), round(4.0 * dpi), 9):  # the dotted leader, dropping with the row
            t = (x - 0.5 * dpi) / (3.5 * dpi)
            draw.point((x, y + px - 2 + round(drop * t * 0.6)), fill=60)
        fw = draw.textlength(figure, font=font)
        draw.text((round(5.2 * dpi - fw), y + drop), figure, fill=0, font=font)
        y += pitch
    return img


def test_a_bent_list_pays_each_label_its_own_figure(tmp_path: Path) -> None:
    from packet.understanding.classify import classify
    from packet.understanding.extract import extract

    _bent_list().save(tmp_path / "工资单.png", dpi=(200, 200))
    docs = read_documents(tmp_path, "zh")
    got = extract(classify(docs, case_at(tmp_path, "zh"))[0], "zh")
    assert got.fields.get("gross_pay") == "4292.50"
    assert got.fields.get("net_pay") == "3514.29"


def _w(text: str, x0: float, y0: float, x1: float, y1: float) -> Word:
    return Word(text, (x0, y0, x1, y1))


def test_a_list_read_level_or_off_the_other_way_stays() -> None:
    """Rows read level (each figure beside its label), or figures standing above the labels they were read with,
    are left as read; a heading over a level list and a lone total under it too."""
    level = [[_w("Pay items", 0.1, 0.10, 0.3, 0.12)]] + \
        [[_w(f"Item{k}", 0.1, 0.15 + 0.03 * k, 0.2, 0.17 + 0.03 * k), _w("1.00", 0.8, 0.15 + 0.03 * k, 0.85, 0.17 + 0.03 * k)]
         for k in range(4)] + [[_w("9.00", 0.8, 0.28, 0.85, 0.30)]]
    assert repair_shifted_list(level) == [list(ln) for ln in level]


def test_a_list_read_one_row_off_is_paired_in_order() -> None:
    rows = [[_w("A", 0.1, 0.100, 0.2, 0.120)]]
    for k in range(1, 5):  # each figure 0.017 below its label: read with the next label, 0.013 below it
        rows.append([_w(f"L{k}", 0.1, 0.100 + 0.030 * k, 0.2, 0.120 + 0.030 * k),
                     _w(f"{k}.00", 0.8, 0.087 + 0.030 * k, 0.85, 0.107 + 0.030 * k)])
    rows.append([_w("5.00", 0.8, 0.237, 0.85, 0.257)])
    got = [[w.text for w in ln] for ln in repair_shifted_list(rows)]
    assert got == [["A", "1.00"], ["L1", "2.00"], ["L2", "3.00"], ["L3", "4.00"], ["L4", "5.00"]]
