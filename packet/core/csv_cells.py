"""Spreadsheet-safe CSV cells: a cell a spreadsheet would take for a formula is written as text.

A CSV opened in Excel, LibreOffice Calc or Google Sheets runs any cell that starts with ``=``, ``+``, ``-``
or ``@`` as a formula (and a leading tab or carriage return can hide such a character), so a value typed
by someone else — an applicant's name, a file name, a lender's reply — could run a formula on the
adviser's machine ("CSV injection", "formula injection"). The guard follows the OWASP guidance
(https://owasp.org/www-community/attacks/CSV_Injection): prefix such a cell with a single quote, which
spreadsheets show as text and do not display; quoting of commas, quotes and line breaks is left to the
``csv`` module. Only text cells are guarded: numbers, booleans and empty cells are written as they are.

The rule itself is the one sanitiser's (:func:`packet.core.display.csv_cell`), which also shows control and
bidirectional formatting characters as visible escapes and keeps each cell on one line.
"""

from __future__ import annotations

from packet.core.display import FORMULA_START, csv_cell

FORMULA_STARTS = FORMULA_START  # OWASP, "CSV Injection": characters that start a formula


def guard_cell(value: object) -> object:
    """``value`` with a leading ``'`` when it is text that starts with one of :data:`FORMULA_STARTS`;
    anything else (numbers, booleans, None, safe text) unchanged. ``"=1+1"`` -> ``"'=1+1"``."""
    if isinstance(value, str):
        return csv_cell(value)
    return value


def guard_row(row: list[object]) -> list[object]:
    """Every cell of ``row`` through :func:`guard_cell`."""
    return [guard_cell(v) for v in row]
