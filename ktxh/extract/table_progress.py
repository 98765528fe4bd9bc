"""Progress written in a text cell of a table: "| Giải phóng mặt bằng |" over
"Bàn giao 38,2/43,6 km", "Đã hoàn thành 5/7 cầu", "38,5/45 km". The cell reads like
prose: ``a/b unit`` is progress, "Còn vướng 112 hộ" a level, "Đạt 96%" a rate; each
of the row's project, at the row's latest date (the date of a
"Giải ngân đến 31/7/2024" column where the cell's own column has none)."""

from __future__ import annotations

import re

from ktxh.extract.numbers import NUMBER, parse_number
from ktxh.extract.records import Figure
from ktxh.extract.units import match_unit, normalize
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import fold

# "bàn giao 38,2/43,6 km", "đã thi công 5/7 cầu", "38,5/45 km": words (or none),
# done/total, a unit of words
_PROGRESS_CELL = re.compile(
    rf"\s*(?:(?P<verb>[^\W\d_][^\d/|]{{0,40}}?)\s+)?(?P<done>{NUMBER})\s*/\s*(?P<total>{NUMBER})"
    r"\s*(?P<unit>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*\.?\s*"
)

# "Còn vướng 112 hộ", "Còn lại 4,6 ha", "Đạt 96%", "Đã đạt 80%": what is left, or
# the share done, alone in the cell (folded)
_STATUS_CELL = re.compile(
    rf"\s*(?P<verb>còn vướng|còn lại|còn|vướng|đã đạt|đạt)\s+(?P<value>{NUMBER})"
    r"\s*(?P<unit>%|[^\W\d_]+(?: [^\W\d_]+)?)\s*\.?\s*"
)


def progress_in_cell(doc: Doc, cell: Span, header: str, name: str, row: Span,
                     period: str | None) -> Figure | None:
    """The progress figure a text cell gives ("Bàn giao 38,2/43,6 km"), else None."""
    if doc.folded.find("/", cell.start, cell.end) < 0:
        return _status_in_cell(doc, cell, header, name, row, period)
    m = _PROGRESS_CELL.fullmatch(doc.folded, cell.start, cell.end)
    if m is None:
        return None
    done, total = parse_number(m.group("done")), parse_number(m.group("total"))
    if not 0 < done <= total:
        return None
    unit = doc.text[m.start("unit") : m.end("unit")]
    unit_m = match_unit(fold(" " + unit), 0)
    base_value, base_unit = normalize(done, unit_m) if unit_m else (done, None)
    verb = " ".join((m.group("verb") or "").split())
    measure = " ".join(header.split()).lower()
    return Figure(
        indicator=" ".join(w for w in (measure, verb, name) if w), value=done, unit=unit,
        kind="progress", span=row, quote=doc.text[row.start : row.end].strip(), value_max=total,
        period=period,
        value_span=Span(m.start("done"), m.end("done")), base_value=base_value,
        base_unit=base_unit,
    )


def _status_in_cell(doc: Doc, cell: Span, header: str, name: str, row: Span,
                    period: str | None) -> Figure | None:
    """What is left ("Còn vướng 112 hộ": a level) or done ("Đạt 96%": a rate) in a
    text cell, else None; the unit must be one the unit register knows."""
    m = _STATUS_CELL.fullmatch(doc.folded, cell.start, cell.end)
    if m is None:
        return None
    unit_m = match_unit(fold(" " + m.group("unit")), 0)
    if unit_m is None or unit_m.end != len(m.group("unit")) + 1:
        return None
    value, unit = parse_number(m.group("value")), doc.text[m.start("unit") : m.end("unit")]
    base_value, base_unit = normalize(value, unit_m)
    rate = unit == "%"
    measure = " ".join(header.split()).lower()
    verb = " ".join(doc.text[m.start("verb") : m.end("verb")].lower().split())
    return Figure(
        indicator=(f"{measure} {name}" if rate else f"{unit} {verb} {name}").strip(),
        value=value, unit=unit, kind="rate" if rate else "level", span=row,
        quote=doc.text[row.start : row.end].strip(), period=period,
        value_span=Span(m.start("value"), m.end("value")), base_value=base_value,
        base_unit=base_unit,
    )


def row_date(periods: list[str | None]) -> str | None:
    """The latest date among a row's column periods: a month or cumulative code ("2024-M7")
    over a year ("2024")."""
    dated = [p for p in periods if p and "-" in p]
    return dated[-1] if dated else None
