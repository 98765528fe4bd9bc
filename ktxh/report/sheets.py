"""Shared sheet layout for the Excel reports: title rows, a header row, borders,
widths, frozen panes and print setup (A4 landscape, fit to width, header rows
repeated on every page).

Vietnamese numbers: a number format in an .xlsx file is locale-independent
("," is always the thousands mark, "." the decimal mark in the format code);
the program shows them with the separators of a locale. We keep numbers as
numbers (so formulas and sums work) and prefix every format with the
Vietnamese locale id ``[$-42A]``: LibreOffice then shows "24.580" and
"23,6%" whatever the machine's locale, and Excel on a vi-VN system does the
same (Excel follows the system separators).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ktxh.report.admin_format import FONT_NAME
from ktxh.report.vnnum import decimals_of

VI_LOCALE = "[$-42A]"
PERCENT_FORMAT = VI_LOCALE + "0.0%"
CHANGE_FORMAT = VI_LOCALE + "+0.0%;-0.0%;0.0%"
DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")


def number_format(value: float, most: int = 2) -> str:
    """"[$-42A]#,##0" for 24580, "[$-42A]#,##0.0" for 23.7 (shown 24.580 / 23,7)."""
    n = decimals_of(value, most)
    return VI_LOCALE + ("#,##0" if n == 0 else "#,##0." + "0" * n)


def font(bold: bool = False, italic: bool = False, size: float = 12) -> Font:
    return Font(name=FONT_NAME, bold=bold, italic=italic, size=size)


def start_sheet(ws: Worksheet, title: str, subtitle: str, heads: Sequence[str],
                widths: Sequence[float]) -> int:
    """Title, subtitle and header rows; returns the first data row."""
    last = get_column_letter(len(heads))
    ws.merge_cells(f"A1:{last}1")
    ws.merge_cells(f"A2:{last}2")
    ws["A1"] = title
    ws["A1"].font = font(bold=True, size=14)
    ws["A1"].alignment = CENTER
    ws["A2"] = subtitle
    ws["A2"].font = font(italic=True)
    ws["A2"].alignment = CENTER
    ws.row_dimensions[1].height = 24
    header_row = 4
    for i, (head, width) in enumerate(zip(heads, widths, strict=True), start=1):
        cell = ws.cell(row=header_row, column=i, value=head)
        cell.font = font(bold=True)
        cell.alignment = CENTER
        cell.border = BORDER
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[header_row].height = 36
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    ws.print_title_rows = f"{header_row}:{header_row}"
    page_setup(ws)
    return header_row + 1


def page_setup(ws: Worksheet) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT_NAME


def put_row(ws: Worksheet, row: int, values: Sequence[Any],
            formats: dict[int, str] | None = None, bold: bool = False) -> None:
    """One bordered data row; numbers right-aligned with a Vietnamese format."""
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = font(bold=bold)
        cell.border = BORDER
        fmt = (formats or {}).get(col)
        if fmt:
            cell.number_format = fmt
            cell.alignment = RIGHT
        elif isinstance(value, int | float) and not isinstance(value, bool):
            cell.number_format = number_format(value)
            cell.alignment = RIGHT
        else:
            cell.alignment = WRAP
        if col == 1:  # STT
            cell.alignment = CENTER
    fit_height(ws, row, values)


def fit_height(ws: Worksheet, row: int, values: Sequence[Any], line_pt: float = 15.5) -> None:
    """Row height for the wrapped text (LibreOffice and Excel do not grow rows
    of a generated file by themselves): lines ≈ characters / column width."""
    lines = 1
    for col, value in enumerate(values, start=1):
        if isinstance(value, str) and not value.startswith("="):
            width = ws.column_dimensions[get_column_letter(col)].width or 10
            per_line = max(1.0, width * 1.05 - 1)
            lines = max(lines, sum(math.ceil(max(1, len(part)) / per_line)
                                   for part in value.split("\n")))
    ws.row_dimensions[row].height = lines * line_pt + 3


def section_row(ws: Worksheet, row: int, label: str, width: int) -> None:
    """A bold, shaded row naming a section, across the table."""
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
    for col in range(1, width + 1):
        cell = ws.cell(row=row, column=col)
        cell.border = BORDER
        cell.fill = SECTION_FILL
    ws.cell(row=row, column=2, value=label).font = font(bold=True)
    ws.cell(row=row, column=2).alignment = WRAP
