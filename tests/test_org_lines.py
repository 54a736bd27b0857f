"""An employer's name as OCR leaves it on a photo (branch r17-enpay; independent set 12's Guyanese pay advice and
Eswatini salary certificate): a printed rule read as underscores glued to its first word ("____Kaieteur …" lost the
word: "Coast Rice Milling Co. Ltd" for "Essequibo Coast Rice Milling Co. Ltd."), and a sign-off's name set in two
lines with the signatory's name read on a line between them ("GROWERS (PTY) LTD" for the whole name). Lines built
with their words' boxes, as OCR gives them (recorded layout, no OCR run); on main both gave the name's tail."""

from __future__ import annotations

from packet.core.model import Word
from packet.understanding import unlabelled as hx
from packet.understanding.label_geometry import Line


def _line(i: int, *cells: tuple[str, float, float, float, float]) -> Line:
    words = []
    for text, x0, y0, x1, y1 in cells:
        parts = text.split()
        step = (x1 - x0) / len(parts)
        words += [Word(p, (x0 + k * step, y0, x0 + (k + 1) * step - 0.004, y1), 88.0, i) for k, p in enumerate(parts)]
    return Line(0, i, tuple(words))


def test_underscores_glued_to_the_first_word_do_not_cut_the_name() -> None:
    lines = [_line(0, ("____Kaieteur Falls Sawmill Co. Ltd. WAGE ADVICE", 0.05, 0.05, 0.8, 0.07)),
             _line(1, ("Lot 9 Mahdia, Potaro, Guyana", 0.05, 0.08, 0.5, 0.1))]
    assert hx.org(lines) == "Kaieteur Falls Sawmill Co. Ltd"


def test_a_sign_off_name_in_two_lines_with_the_signature_between() -> None:
    lines = [_line(0, ("Yours faithfully,", 0.06, 0.50, 0.17, 0.512)),
             _line(1, ("TSHANENI CANE", 0.62, 0.545, 0.80, 0.552)),
             _line(2, ("B. Dlamini", 0.06, 0.552, 0.19, 0.567)),
             _line(3, ("PLANTERS (PTY) LTD", 0.63, 0.563, 0.79, 0.573)),
             _line(4, ("Bongani Dlamini, Director", 0.06, 0.577, 0.33, 0.592))]
    assert hx.org(lines) == "TSHANENI CANE PLANTERS (PTY) LTD"


def test_a_line_far_above_is_not_the_names_first_line() -> None:
    lines = [_line(0, ("TSHANENI CANE", 0.62, 0.30, 0.80, 0.307)),
             _line(1, ("B. Dlamini", 0.06, 0.40, 0.19, 0.415)),
             _line(2, ("PLANTERS (PTY) LTD", 0.63, 0.563, 0.79, 0.573))]
    assert hx.org(lines) == "PLANTERS (PTY) LTD"


def test_a_title_centred_over_the_letterhead_is_not_the_names_first_line() -> None:
    lines = [_line(0, ("Payslip", 0.45, 0.05, 0.55, 0.065)),
             _line(1, ("Quillmark Inc", 0.44, 0.075, 0.56, 0.088)),
             _line(2, ("4410 Harrow Point Road", 0.38, 0.095, 0.62, 0.108))]
    assert hx.org(lines) == "Quillmark Inc"


def test_a_wordmark_over_the_legal_names_small_print_is_its_first_word() -> None:
    """A logo's lettering, one word twice the height of the line under it (a new user's trial: "HARBOURLINE" over
    "Freight Pty Ltd - ABN …" gave the employer as "Freight Pty Ltd")."""
    lines = [_line(0, ("KESTRELBY", 0.05, 0.029, 0.40, 0.052)),
             _line(1, ("Haulage Pty Ltd - ABN 44 120 555 901", 0.05, 0.063, 0.42, 0.076)),
             _line(2, ("PAYSLIP", 0.05, 0.118, 0.21, 0.137))]
    assert hx.org(lines) == "KESTRELBY Haulage Pty Ltd"


def test_a_brand_the_legal_name_already_holds_or_a_line_of_the_same_size_is_not_joined() -> None:
    brand = [_line(0, ("TESCO", 0.05, 0.029, 0.30, 0.052)),
             _line(1, ("Tesco Stores Ltd", 0.05, 0.063, 0.30, 0.076))]
    assert hx.org(brand) == "Tesco Stores Ltd"
    same = [_line(0, ("Confidential", 0.05, 0.050, 0.20, 0.063)),
            _line(1, ("Haulage Pty Ltd", 0.05, 0.066, 0.30, 0.079))]
    assert hx.org(same) == "Haulage Pty Ltd"
    title = [_line(0, ("PAYSLIP", 0.05, 0.029, 0.30, 0.052)),
             _line(1, ("Haulage Pty Ltd", 0.05, 0.063, 0.30, 0.076))]
    assert hx.org(title) == "Haulage Pty Ltd"
