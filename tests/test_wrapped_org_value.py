"""An organisation's Chinese name after its label, cut in two by the end of its line and continued at the start of
the next (round 22: independent 17's wage text message "…发放单位：钦州港湾粮油加工有限公" / "司。如有疑问…", whose
employer was not read), is read whole (:func:`packet.understanding.unlabelled.run_on`). A page drawn here (a phone's
text message, in our own names and wording), scanned and read by the real OCR; a cut name whose next line starts
elsewhere (another column) is not joined."""

from __future__ import annotations

from fixtures_reading import read_documents
from photo_forms import Sheet, write

from packet.core.model import Classified
from packet.understanding.extract import extract


def _message(lines: list[tuple[float, str]]) -> Sheet:
    s = Sheet("zh-wage-message", "zh")
    s.text(24, 36, "短信", 12, "cjk")
    s.text(24, 60, "11月8日 周六 09:40", 9, "cjk")
    y = 90
    for x, text in lines:
        s.text(x, y, text, 10.5, "cjk")
        y += 17
    return s


def _employer(tmp_path, sheet: Sheet) -> str | None:
    write(sheet, "scan", tmp_path, "message", 3)
    [doc] = read_documents(tmp_path, "zh")
    return extract(Classified(doc, "payslip"), "zh").fields["employer"]


BODY = [(24, "106 9051 2277 0454"),
        (24, "短信/彩信"),
        (24, "9月9日 周二 16:20"),
        (24, "【北岭米业】8月工资已发放，请注意查收。"),
        (24, "10月10日 周五 15:48"),
        (24, "【北岭米业】9月工资已发放至您的工资卡，明细请查收后续"),
        (24, "短信或登录员工自助平台。"),
        (24, "11月10日 周一 10:02"),
        (24, "【北岭米业】您2026年10月工资明细：应发工资5,120.00元，"),
        (24, "代扣社保410.60元，个税23.10元，实发工资4,686.30元，"),
        (24, "已转入尾号7730的工资卡。发放单位：北岭米业加工有限公")]


def test_a_name_cut_by_the_line_end_is_read_with_its_rest(tmp_path) -> None:
    sheet = _message([*BODY, (24, "司。如有疑问请联系人事部。")])
    assert _employer(tmp_path, sheet) == "北岭米业加工有限公司"


def test_a_name_whose_next_line_starts_elsewhere_is_not_joined(tmp_path) -> None:
    sheet = _message([*BODY, (240, "司机班通知")])
    assert _employer(tmp_path, sheet) != "北岭米业加工有限公司"
