"""Targets in tables: the plan column of a table of indicators.

"| Chỉ tiêu | ĐVT | Ước thực hiện năm 2024 | Kế hoạch năm 2025 |" in a
Quyết định giao chỉ tiêu, "| TT | Chỉ tiêu | ĐVT | Mục tiêu đến năm 2030 |"
in a five-year plan: each number of the plan column ("Kế hoạch", "KH",
"Mục tiêu", "Chỉ tiêu giao", see :data:`ktxh.extract.tables.COLUMN_ROLES`)
is a target when

- the column names a year not before the document's own and after every
  year of the table's results columns ("Ước thực hiện năm 2024"), or
- the table has no results column and does not stand among results
  (a heading or lead-in "Kết quả thực hiện ...").

A results table ("| Chỉ tiêu | Kế hoạch | Thực hiện | % KH |") keeps its
plan column out: that plan is the base of the figures beside it.
Kind: "%" is a rate ("tỷ trọng", "cơ cấu": share; "tốc độ tăng",
"tăng trưởng": change, growth_avg over a span of years or when it says
"bình quân" or "%/năm", over the plan's span when the column's year ends
it), else a level. The unit is the column's, the ĐVT cell's or the
caption's ("Đơn vị tính: triệu đồng"); a cell may hold a range ("10 - 10,5").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ktxh.extract.records import Target
from ktxh.extract.table_cells import (
    cell_value,
    falls,
    per_people_unit,
    percent_kind,
    place_of,
    span_before,
)
from ktxh.extract.table_figures import _name_unit, measure_name
from ktxh.extract.table_plans import assigned_columns, assigned_year
from ktxh.extract.tables import Table, _tables, header_hits, read_table
from ktxh.extract.target_lists import heading_section, lead_state
from ktxh.extract.timeframes import PeriodHit, year_of
from ktxh.extract.units import match_unit, normalize
from ktxh.text.model import BlockKind, Doc
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

_RESULT_ROLES = frozenset(("level", "pct_of_plan", "change"))
# "Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030": a sum over the span
_OVER_SPAN_RE = re.compile(r"(?<![\w])(?:giai đoạn|cả giai đoạn|5 năm)(?![\w])")


def _years(table: Table, k: int, year: int | None) -> list[PeriodHit]:
    """Period phrases of the header of column ``k``, or its bare year ("Mục tiêu 2025")."""
    col = table.columns[k]
    return header_hits(fold(col.header), year) if col else []


def _kind(indicator: str, unit: str, span: bool) -> str:
    f = fold(indicator)
    if unit.strip().startswith("%"):
        kind = percent_kind(indicator, unit)
        return "growth_avg" if kind == "change" and span else kind
    return "total" if span and _OVER_SPAN_RE.search(f) else "level"


def _given_targets(doc: Doc, table: Table, given: list[int], planning: int | None,
                   rows_read: set[int]) -> list[Target]:
    """Targets of the columns ``given`` of a table of targets given out (see
    :mod:`ktxh.extract.table_plans`): named by the row ("Tỷ lệ hộ nghèo") or,
    in a table of places, by the column ("thu ngân sách", place "huyện Kế Sách")."""
    code = str(assigned_year(table, planning))
    roles = [c.role if c else None for c in table.columns]
    unit_col = roles.index("unit") if "unit" in roles else None
    out = []
    for row in table.rows:
        cells = doc.blocks[row].cells
        name = " ".join(doc.text[cells[table.names].start : cells[table.names].end].split())
        if not name:
            continue
        own = doc.text[cells[unit_col].start : cells[unit_col].end].strip() if (
            unit_col is not None) else ""
        span = doc.blocks[row].span
        for k in given:
            col = table.columns[k]
            cv = cell_value(doc, cells[k])
            if cv is None or col is None:
                continue
            rows_read.add(row)
            unit = col.unit or own or table.unit
            label = col.header if table.places else name
            indicator = measure_name(col) if table.places else name
            kind = _kind(label, unit, False)
            if kind == "level" and (pu := per_people_unit(label, unit)):
                kind, unit = "rate", pu  # "Số bác sĩ/vạn dân | bác sĩ | 12"
            value, value_max = cv.value, cv.value_max
            if kind in ("change", "growth_avg") and falls(label) and value > 0:
                value, value_max = -value, -value_max if value_max else None  # "… giảm (%)"
            unit_m = match_unit(fold(" " + unit), 0)
            base_value, base_unit = normalize(cv.value, unit_m) if unit_m else (cv.value, None)
            out.append(Target(
                indicator=indicator, value=value, unit=unit, kind=kind, span=span,
                quote=doc.text[span.start : span.end].strip(), period=code,
                value_max=value_max, value_span=cv.span, base_value=base_value,
                base_unit=base_unit, place=place_of(name) if table.places else col.place,
            ))
    return out


def _plan_columns(doc: Doc, table: Table, run: list[int], names: list[str | None],
                  planning: int | None, period: str | None,
                  memo: dict[int, str | None],
                  as_of: int | None = None) -> list[tuple[int, str | None]]:
    """The plan columns that give targets, each with its period code. A result
    expected for a year after ``as_of`` (the document's: "Dự kiến 2025" in a review of
    2023) stands beside the plan of that year ("Mục tiêu 2025"), not after it."""
    results = [k for k, n in enumerate(names) if n in _RESULT_ROLES]
    result_years = [y for k in results for h in _years(table, k, planning)
                    if (y := year_of(h.code)) and not (
                        as_of and y > as_of and (c := table.columns[k]) and c.estimate)]
    among_results = (heading_section(doc, run[0], period) == "review"
                     or lead_state(doc, run[0], period, memo) == "review")
    columns: list[tuple[int, str | None]] = []
    for k, n in enumerate(names):
        if n != "plan":
            continue
        hits = _years(table, k, planning)
        y = year_of(hits[-1].code) if hits else year_of(table.period)
        code = hits[-1].code if hits else table.period
        if y is not None and (planning is None or y >= planning) and all(
                y > r for r in result_years) and (results or not among_results):
            columns.append((k, code))
        elif y is None and not results and not among_results:
            columns.append((k, period))
    return columns


def _row_targets(doc: Doc, table: Table, row: int, columns: list[tuple[int, str | None]],
                 ind_col: int, unit_col: int | None, period: str | None,
                 rows_read: set[int]) -> list[Target]:
    """The targets of one row's plan cells; adds the row to ``rows_read`` if it gives any."""
    out: list[Target] = []
    cells = doc.blocks[row].cells
    indicator = doc.text[cells[ind_col].start : cells[ind_col].end].strip()
    if not indicator:
        return out
    # the unit column's unit, else the name's bracket: "Tỷ lệ đô thị hóa (%)"
    indicator, own = _name_unit(doc, cells, indicator, unit_col)
    span = doc.blocks[row].span
    for k, code in columns:
        cv = cell_value(doc, cells[k])
        if cv is None:
            continue
        rows_read.add(row)
        col = table.columns[k]
        unit = (col.unit if col else "") or own or table.unit
        over_span = bool(code and "/" in code)
        kind = _kind(indicator, unit, over_span)
        if kind == "level" and (pu := per_people_unit(indicator, unit)):
            kind, unit = "rate", pu  # "Số bác sĩ/vạn dân | bác sĩ | 12"
        if kind == "growth_avg" and not over_span:
            code = span_before(code, period) or code  # "Mục tiêu đến 2030" of 2026-2030
        elif over_span and kind not in ("total", "growth_avg"):
            code = str(year_of(code))  # "Mục tiêu giai đoạn 2026-2030": by 2030
        unit_m = match_unit(fold(" " + unit), 0)
        base_value, base_unit = normalize(cv.value, unit_m) if unit_m else (
            cv.value, None)
        out.append(Target(
            indicator=indicator, value=cv.value, unit=unit, kind=kind, span=span,
            quote=doc.text[span.start : span.end].strip(), period=code,
            value_max=cv.value_max, value_span=cv.span, base_value=base_value,
            base_unit=base_unit,
        ))
    return out


def table_targets(doc: Doc, period: str | None, memo: dict[int, str | None],
                  as_of: int | None = None) -> tuple[list[Target], set[int]]:
    """Targets of the plan columns of every table, and the rows read.

    ``memo`` is the section cache of :func:`ktxh.extract.targets.find_targets`;
    ``as_of`` the year of the document's date.
    """
    out: list[Target] = []
    rows_read: set[int] = set()
    planning = year_of(period)
    for run in _tables(doc):
        table = read_table(doc, run)
        if table is None:
            continue
        names = [c.role if c else None for c in table.columns]
        given = assigned_columns(table, planning)
        if given:  # "CHỈ TIÊU KẾ HOẠCH NĂM 2023 GIAO CÁC HUYỆN": every column of the plan
            out.extend(_given_targets(doc, table, given, planning, rows_read))
            continue
        if "indicator" not in names or "plan" not in names:
            continue
        columns = _plan_columns(doc, table, run, names, planning, period, memo, as_of)
        if not columns:
            continue
        ind_col = names.index("indicator")
        unit_col = names.index("unit") if "unit" in names else None
        for row in table.rows:
            out += _row_targets(doc, table, row, columns, ind_col, unit_col, period, rows_read)
    return out, rows_read


def figure_rows(doc: Doc, figures: Any) -> set[int]:
    """The table rows that hold one of ``figures``."""
    rows = [(b.span.start, b.span.end, k) for k, b in enumerate(doc.blocks)
            if b.kind is BlockKind.TABLE_ROW]
    if not rows:
        return set()
    starts = [r[0] for r in rows]
    out: set[int] = set()
    for f in figures:
        at = getattr(f, "value_span", None) or f.span
        i = bisect_right(starts, at.start) - 1
        if i >= 0 and at.start < rows[i][1]:
            out.add(rows[i][2])
    return out
