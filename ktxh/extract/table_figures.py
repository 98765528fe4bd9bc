"""Figures of tables: each number of a column of results, comparisons,
sizes or measures, named by its row and column (:mod:`ktxh.extract.tables`
reads the columns).

The period of a column comes from its header ("Ước thực hiện 9 tháng" →
the first nine months of the table's year), else from the table's place.
Each numeric cell under a known column becomes a figure whose quote is the
row; a project's figures name what the column measures and the project, a
place's the column ("bổ sung cân đối", place "huyện Sông Lô"), an item's
under a measure both ("diện tích lúa").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.records import Figure
from ktxh.extract.table_cells import (
    CellValue,
    cell_value,
    falls,
    is_bare_rate,
    is_total,
    per_people_unit,
    percent_kind,
    place_of,
    span_before,
)
from ktxh.extract.table_plans import assigned_columns
from ktxh.extract.table_progress import progress_in_cell, row_date
from ktxh.extract.tables import (
    _UNIT_BRACKET,
    _YEAR_CELL,
    Column,
    Table,
    _budget,
    header_hits,
    read_tables,
)
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.units import match_unit, normalize
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import fold

_EXPLICIT_CHANGE = re.compile(r"tăng|giảm")
_RATIO_FLOOR = 40.0  # "So với cùng kỳ (%)" of 101,8; 91,4: a ratio, not a change
# "Ước thực hiện 9 tháng", "Thực hiện 6 tháng": months from the start of the year
_MONTHS = re.compile(r"(?<![\w])(\d{1,2}) tháng(?! \d)")
_MONTH_CODES = {3: "Q1", 6: "H1"}
# "Thực hiện 9 tháng 2018": the months right before a bare year
_MONTHS_BEFORE = re.compile(r"(?<![\w])(\d{1,2}) tháng\s*$")
# header words that only carry the period, the estimate or the unit
# "Số hộ nghèo cuối năm 2024" → "số hộ nghèo": the time in a header is the period's
_MEASURE_NOISE = re.compile(
    r"\([^()]*\)|(?<![\w])(?:ước|ước thực hiện|dự kiến)(?![\w])|(?<![\w])(?:đến|tính đến)\s[\d/.]+"
    r"|(?<![\w])(?:cuối|đầu|giữa) năm(?=\s+(?:19|20)\d\d)", re.IGNORECASE
)
# "2025-M9", "2019-H1": a time from the start of the year to a date
_TO_DATE = re.compile(r"\d{4}-(?:M\d{1,2}|H1)")
_BASES = {"pct_of_plan": "plan", "change": "same_period_last_year",
          "ratio": "same_period_last_year"}


def _period(doc: Doc, col: Column, default: str | None, year: int | None = None) -> str | None:
    """The column's own period, else ``default``: "Ước thực hiện 9 tháng" → "2024-M9"
    (the year of ``default``, else ``year``)."""
    if col.role == "static":
        return None
    year = year_of(default) or year
    f = fold(col.header)
    if _YEAR_CELL.fullmatch(f):
        return f  # "| Chỉ tiêu | 2023 | 2024 |"
    hits = header_hits(f, year)  # "Ước 2020", "Kế hoạch vốn 2022", "Thực hiện 2016 - 2020"
    if hits:
        return _months_of(f, hits[-1].start, hits[-1].code)
    m = _MONTHS.search(f)
    if m and year and 1 <= int(m.group(1)) <= 12:
        n = int(m.group(1))
        return str(year) if n == 12 else f"{year}-{_MONTH_CODES.get(n, f'M{n}')}"
    return default


def _lead_in_to_date(table: Table, default: str | None) -> str | None:
    """The time to date that the sentence leading into the table names, when the
    table is dated only by its year: "Tính đến ngày 30/9/2025 đã giải ngân …. Kết quả
    theo nhóm chủ đầu tư như sau:" over "| Đã giải ngân | Tỷ lệ (%) |" → "2025-M9".
    In a document of no period (a thông báo), the lead's own cumulative date dates
    the table: "Lũy kế đến hết tháng 9/2025, tổng thu … . Kết quả theo từng nguồn
    thu như sau:" over "| Lũy kế thực hiện |" → "2025-M9"."""
    year = year_of(default)
    lead = table.caption.rsplit("\n", 1)[-1].rstrip(" *")
    if (default is not None and (not year or default != str(year))) or not lead.endswith(":"):
        return None
    hits = [h for h in find_period_hits(lead, year=year) if not h.base]
    codes = [h.code for h in hits]
    if default is None:
        # only an "(lũy kế) đến hết tháng 9/2025" the lead names as its one time
        return codes[0] if len(hits) == 1 and hits[0].until and _TO_DATE.fullmatch(
            codes[0]) else None
    if codes and _TO_DATE.fullmatch(codes[-1]) and year_of(codes[-1]) == year:
        return codes[-1]
    return None


def _months_of(folded: str, start: int, code: str) -> str:
    """A bare year after "N tháng" ("Thực hiện 9 tháng 2018") → "2018-M9"."""
    if not _YEAR_CELL.fullmatch(code) or "tháng" not in folded[:start]:
        return code
    m = _MONTHS_BEFORE.search(folded[:start])
    n = int(m.group(1)) if m else 0
    if not 1 <= n <= 12:
        return code
    return code if n == 12 else f"{code}-{_MONTH_CODES.get(n, f'M{n}')}"


def measure_name(col: Column) -> str:
    """What a column of a project table measures: "Tổng mức đầu tư (tỷ đồng)" →
    "tổng mức đầu tư", "Giải ngân đến 31/3/2025" → "giải ngân"."""
    s = _MEASURE_NOISE.sub(" ", col.header)
    s = " ".join(w for w in s.split() if not re.fullmatch(r"năm|(?:19|20)\d\d|[\d/.]+", w))
    return (s[:1].lower() + s[1:]).strip(" ,:-") or col.role


def _is_ratio(doc: Doc, table: Table, k: int) -> bool:
    """A "So với cùng kỳ (%)" column of ratios: no sign, every value ≥ 40."""
    col = table.columns[k]
    if col is None or _EXPLICIT_CHANGE.search(fold(col.header)):
        return False
    values = []
    for row in table.rows:
        cv = cell_value(doc, doc.blocks[row].cells[k])
        if cv is not None:
            if cv.value < 0:
                return False
            values.append(cv.value)
    return bool(values) and min(values) >= _RATIO_FLOOR


def _column_kinds(doc: Doc, table: Table) -> dict[int, str]:
    """The role each column of numbers is read in."""
    roles = [c.role if c else None for c in table.columns]
    results = [k for k, n in enumerate(roles) if n in ("level", "measure")]
    kinds: dict[int, str] = {}
    for k, col in enumerate(table.columns):
        role = col.role if col else None
        if role == "change" and _is_ratio(doc, table, k):
            role = "ratio"
        if role == "plan" and table.projects:
            role = "level"  # "Kế hoạch vốn năm 2025": the capital given to the project
        elif role == "plan" and "pct_of_plan" in roles[k + 1 :]:
            # "| Kế hoạch năm 2022 | Ước thực hiện 6 tháng | So với kế hoạch (%) |": the
            # plan the results are measured against, a level of its year
            role = "base_plan"
        elif role == "plan" and _measured_by_rate(doc, table, k, roles):
            role = "base_plan"  # "| Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ (%) |"
        elif role == "plan" and col is not None and _budget(col) and all(
                _after(col, table.columns[r]) for r in results):
            role = "level"  # "Dự toán năm 2024" of a nghị quyết: the budget decided
        if role == "rate":  # "Tỷ lệ (%)" beside "Kế hoạch vốn" and "Giải ngân": of the plan
            plan = any(n == "plan" for n in roles[:k]) or (table.projects and any(
                c is not None and "kế hoạch" in fold(c.header) for c in table.columns[:k]))
            role = "pct_of_plan" if plan and any(n == "level" for n in roles[:k]) else "rate"
        if role in ("level", "pct_of_plan", "change", "ratio", "static", "measure", "rate",
                    "average", "base_plan"):
            kinds[k] = role
    return kinds


def _measured_by_rate(doc: Doc, table: Table, k: int, roles: list[str | None]) -> bool:
    """Whether a plan column ``k`` with no year ("Kế hoạch (tỷ đồng)") is the base of
    a later "Tỷ lệ (%)" / "Đạt (%)" column: a column of results lies between them and
    each row's percentage is its result over its plan ("| 132,0 | 98,4 | 74,5 |")."""
    for r in range(k + 1, len(roles)):
        if roles[r] != "rate":
            continue
        for m in range(k + 1, r):
            if roles[m] in ("level", "measure") and _rows_agree(doc, table, k, m, r):
                return True
    return False


def _rows_agree(doc: Doc, table: Table, plan: int, done: int, pct: int) -> bool:
    """Every row with the three numbers has ``pct`` = 100 · ``done`` / ``plan``
    (to the rounding of a whole percent), and at least one row has them."""
    seen = False
    for row in table.rows:
        cells = doc.blocks[row].cells
        if max(plan, done, pct) >= len(cells):
            continue
        p, d, q = (cell_value(doc, cells[i]) for i in (plan, done, pct))
        if p is None or d is None or q is None:
            continue
        if p.value <= 0 or abs(100 * d.value / p.value - q.value) > 0.51:
            return False
        seen = True
    return seen


def _beside_estimate(table: Table, k: int) -> bool:
    """ "| Ước 2020 | Bình quân giai đoạn (%/năm) |": an average over an estimated
    year is an estimate too."""
    return any(c is not None and c.estimate for c in table.columns[max(0, k - 1) : k + 2])


def _after(col: Column, other: Column | None) -> bool:
    """Whether ``col`` names a year after the years ``other`` names ("Dự toán năm 2024"
    after "Ước thực hiện năm 2023"); not when ``other`` names none ("Thực hiện 9
    tháng": the budget is the base of its results)."""
    mine = [y for h in header_hits(fold(col.header)) if (y := year_of(h.code))]
    theirs = [y for h in header_hits(fold(other.header)) if (y := year_of(h.code))] if other else []
    return bool(mine) and bool(theirs) and all(mine[-1] > y for y in theirs)


def _indicator(table: Table, col: Column, name: str, level: Column | None = None) -> str:
    """Project: "giải ngân Đường X", a bare "Tỷ lệ (%)" after "Giải ngân …": "tỷ
    lệ giải ngân Đường X", the "Cộng" row: "giải ngân"; place: the column ("Bổ
    sung cân đối"); an item under a measure: "diện tích lúa"; else the row's indicator."""
    names = table.columns[table.names]
    if table.projects:
        measure = measure_name(col)
        if level is not None and is_bare_rate(col.header):
            measure = f"tỷ lệ {measure_name(level)}"  # "| Giải ngân … | Tỷ lệ (%) |"
        return measure if is_total(name) else f"{measure} {name}"
    if table.places:
        return measure_name(col)
    if names is not None and names.role == "item" and col.role in ("measure", "change"):
        measure = _COMPARED.sub("", measure_name(col)).strip()
        return f"{measure} {name[:1].lower() + name[1:]}".strip()
    return name


_COMPARED = re.compile(r"\s*(?:so (?:với )?cùng kỳ|so với năm trước|tăng,? giảm|tăng/giảm).*$")


@dataclass(frozen=True, slots=True)
class _Row:
    """What every figure of one table row shares."""

    name: str
    unit: str
    span: Span
    quote: str
    default: str | None  # the period the table or the row's place gives
    to_date: str | None


def _levels_of(table: Table, kinds: dict[int, str]) -> dict[int, int]:
    """The level column each comparison column without a period of its own is of."""
    # "| Ước thực hiện 9 tháng | So với cùng kỳ (%) | % KH |": a comparison without a
    # period of its own is of the level column before it
    of_level: dict[int, int] = {}
    last_level = None
    for k, col in enumerate(table.columns):
        if kinds.get(k) in ("level", "measure") and col is not None and col.role != "plan":
            last_level = k
        elif kinds.get(k) in ("pct_of_plan", "change", "ratio") and last_level is not None:
            of_level[k] = last_level
    return of_level


def _name_unit(doc: Doc, cells: tuple[Span, ...], name: str,
               unit_col: int | None) -> tuple[str, str]:
    """The row's indicator name and unit, from the unit column or the name's bracket."""
    unit = ""
    if unit_col is not None:
        unit = doc.text[cells[unit_col].start : cells[unit_col].end].strip()
    else:
        own = _UNIT_BRACKET.search(name)
        if own and match_unit(fold(" " + own.group(1)), 0):
            unit, name = own.group(1).strip(), name[: own.start()].strip()  # "Lúa (ha)"
    return name, unit


def _cell_period(doc: Doc, table: Table, of_level: dict[int, int], k: int, role: str,
                 row: _Row, year: int | None) -> str | None:
    """The period of column ``k``'s cell before the kind refines it."""
    col = table.columns[k]
    assert col is not None
    default = row.default
    period = _period(doc, col, _period(doc, table.columns[of_level[k]], default, year)
                     if k in of_level else default, year)
    if role == "base_plan" and period == default and (y := year_of(default) or year):
        period = str(y)  # "Kế hoạch" of a report of 6 months: the year's plan
    elif row.to_date and period == default and col.role not in ("plan", "base_plan"):
        period = row.to_date  # "| Đã giải ngân |" under "Tính đến ngày 30/9/2025 …:"
    return period


def _cell_figure(doc: Doc, table: Table, of_level: dict[int, int], k: int, role: str,
                 cv: CellValue, row: _Row, year: int | None,
                 doc_period: str | None) -> Figure:
    """The figure of one table cell with a value."""
    col = table.columns[k]
    assert col is not None
    name = row.name
    kind = {"static": "level", "ratio": "multiple", "measure": "level",
            "average": "growth_avg", "base_plan": "level"}.get(role, role)
    u = (col.unit or row.unit or table.unit) if kind == "level" else (
        col.unit if role == "average" and col.unit.startswith("%") else "%")
    period = _cell_period(doc, table, of_level, k, role, row, year)
    # "Tỷ lệ hộ nghèo giảm (%)" over places: the column names the rate
    label = col.header if table.places else name
    if kind == "level" and (pu := per_people_unit(label, u)):
        kind, u = "rate", pu  # "Số bác sĩ/vạn dân | bác sĩ | 11,4"
    if kind == "level" and u.startswith("%"):
        kind = percent_kind(label, u)  # "Tỷ lệ lao động qua đào tạo | % | 68,5"
        if kind == "growth_avg":
            period = span_before(period, doc_period) or period
    if role == "average":  # "Bình quân giai đoạn (%/năm)" of "| 2016 | … | 2020 |"
        period = next((h.code for h in header_hits(fold(col.header))
                       if h.is_span), table.span) or period
    value, value_max = cv.value, cv.value_max
    if kind in ("change", "growth_avg") and falls(label) and value > 0:
        value, value_max = -value, -value_max if value_max else None
    amount = kind == "level"
    unit_m = match_unit(fold(" " + u), 0) if amount else None
    base_value, base_unit = normalize(cv.value, unit_m) if unit_m else (cv.value, None)
    level = table.columns[of_level[k]] if k in of_level else None
    return Figure(
        indicator=_indicator(table, col, name, level), value=value, unit=u, kind=kind,
        span=row.span, quote=row.quote, value_max=value_max, period=period,
        # "| Ước thực hiện | So với cùng kỳ (%) |": a ratio of the estimate is one
        base=_BASES.get(role), estimate=col.estimate or (k in of_level and bool(
            (lv := table.columns[of_level[k]]) and lv.estimate)) or (
            role == "average" and _beside_estimate(table, k)),
        place=place_of(name) if table.places else col.place,
        value_span=cv.span, base_value=base_value, base_unit=base_unit,
    )


def table_figures(doc: Doc, period_of: dict[int, str | None], year: int | None = None,
                  doc_period: str | None = None) -> tuple[list[Figure], set[int]]:
    """Figures of every table read by :func:`read_tables`, and the rows read.

    ``period_of`` maps a row's block index to the period its place gives;
    ``year`` dates a column header's period without a year ("Thực hiện 9 tháng")
    where the place gives none; ``doc_period`` spans an average over "giai
    đoạn" ("Ước TH đến 2025" in a plan 2026 - 2030 → 2021/2025).
    """
    out: list[Figure] = []
    rows_read: set[int] = set()
    for table in read_tables(doc):
        roles = [c.role if c else None for c in table.columns]
        unit_col = roles.index("unit") if "unit" in roles else None
        kinds = _column_kinds(doc, table)
        assigned = set(assigned_columns(table, year_of(doc_period)))  # targets given out
        of_level = _levels_of(table, kinds)
        to_dates: dict[str | None, str | None] = {}
        for r in table.rows:
            rows_read.add(r)
            cells = doc.blocks[r].cells
            name_cell = cells[table.names]
            name = " ".join(doc.text[name_cell.start : name_cell.end].split())
            if not name or not kinds:
                continue
            name, unit = _name_unit(doc, cells, name, unit_col)
            span = doc.blocks[r].span
            default = table.period or period_of.get(r)
            if default not in to_dates:
                to_dates[default] = _lead_in_to_date(table, default)
            row = _Row(name, unit, span, doc.text[span.start : span.end].strip(), default,
                       to_dates[default])
            for k, role in kinds.items():
                cv = cell_value(doc, cells[k])
                if cv is None or k in assigned:
                    continue
                out.append(_cell_figure(doc, table, of_level, k, role, cv, row, year, doc_period))
            if table.projects:  # "| Giải phóng mặt bằng |" over "Bàn giao 38,2/43,6 km"
                out += _text_cells(doc, table, r, name, kinds, row_date(
                    [f.period for f in out if f.span == span]))
    return out, rows_read


def _text_cells(doc: Doc, table: Table, row: int, name: str, kinds: dict[int, str],
                period: str | None) -> list[Figure]:
    """Progress figures of a project row's text cells (:mod:`ktxh.extract.table_progress`)."""
    cells, span = doc.blocks[row].cells, doc.blocks[row].span
    head = doc.blocks[table.header[-1]].cells if table.header else []
    out = []
    for k, cell in enumerate(cells):
        if k in kinds or k == table.names or k >= len(head):
            continue
        header = doc.text[head[k].start : head[k].end]
        fig = progress_in_cell(doc, cell, header, name, span, period)
        if fig is not None:
            out.append(fig)
    return out
