"""Numbers and dates written the Vietnamese way ("1.234,5"; "ngày 05 tháng 02 năm 2024").

The draft sentences and the Word tables print numbers as text; the Excel
workbooks keep numbers as numbers (see :mod:`ktxh.report.excel`).
"""

from __future__ import annotations

import datetime as dt


def decimals_of(value: float, most: int = 2) -> int:
    """Digits needed after the decimal comma (at most ``most``): 24580 → 0, 23.65 → 2."""
    for n in range(most + 1):
        if abs(round(value, n) - value) < 10 ** -(most + 2):
            return n
    return most


def vn_number(value: float, decimals: int | None = None) -> str:
    """``24580`` → "24.580", ``-1.5`` → "-1,5" ("." thousands, "," decimals)."""
    n = decimals_of(value) if decimals is None else decimals
    text = f"{abs(value):,.{n}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if value < 0 and float(text.replace(".", "").replace(",", ".")) else "") + text


def vn_date(day: dt.date | str | None) -> str:
    """"22/01/2024" (day and month on two digits, as documents cite dates)."""
    if day is None:
        return ""
    if isinstance(day, str):
        parts = day.split("-")
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return f"{parts[1]}/{parts[0]}"
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    return day.strftime("%d/%m/%Y")


def long_date(day: dt.date | None) -> str:
    """"ngày 05 tháng 02 năm 2024" (NĐ 30/2020: a 0 before a day below 10 and a
    month below 3); blanks "ngày ... tháng ... năm ..." for a draft without a date."""
    if day is None:
        return "ngày      tháng      năm"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"
