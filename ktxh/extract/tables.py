"""Figures in tables: one row per indicator or project, one column per role.

A table is read when one column holds names and others hold numbers. The
header row (with the rows under it that hold no numbers) names the columns:

- names: "Chỉ tiêu", "Nội dung", "Đơn vị", "Tên ..." (indicators) or "Dự
  án", "Tên dự án", "Công trình" (projects); with no such word, the first
  column of text after an "STT"/"TT" column;
- "ĐVT"/"Đơn vị tính" (the unit); a unit in brackets in the header ("Tổng
  mức đầu tư (tỷ đồng)", "Tỷ lệ giải ngân (%)");
- "Kế hoạch"/"KH"/"Dự toán" (the plan: not a figure of an indicator, but
  the capital planned for a project, "Kế hoạch vốn năm 2025");
- "Thực hiện"/"TH", "Ước thực hiện 9 tháng", "Thực hiện quý III", "Lũy kế",
  "Giải ngân đến 31/3/2025" (the level reached; "ước" makes it an estimate);
- "% KH", "TH/KH", "So với kế hoạch", "Tỷ lệ giải ngân" (pct_of_plan);
- "So với cùng kỳ (%)": a ratio to the same period of last year (a multiple,
  as "bằng 91,4% so với cùng kỳ") when every value is one (40 and more),
  else a change, as "Tăng/giảm so cùng kỳ";
- "Tổng mức đầu tư", "Chiều dài", "Công suất" (a static size: no period).

The period of a column comes from its header ("Ước thực hiện 9 tháng" →
the first nine months of the table's year), else from the table's place.
Each numeric cell under a known column becomes a figure whose quote is the
row; a project's figures name what the column measures and the project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.numbers import NUMBER, parse_number
from ktxh.extract.records import Figure
from ktxh.extract.timeframes import find_period_hits, year_of
from ktxh.extract.units import match_unit, normalize
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:s?tt|số tt|số thứ tự)$")),
    ("unit", re.compile(r"^(?:đvt|đơn vị tính|đơn vị)$")),
    ("project", re.compile(r"^(?:tên |danh mục )?(?:dự án|công trình)")),
    ("indicator", re.compile(r"^(?:chỉ tiêu|nội dung|danh mục|tên|ngành|lĩnh vực|đơn vị"
                             r"|địa phương|huyện|sản phẩm|mặt hàng|hạng mục)(?![\w])")),
    ("static", re.compile(r"tổng mức đầu tư|^tmđt|chiều dài|công suất|dung tích|quy mô")),
    ("pct_of_plan", re.compile(r"%\s*(?:kh|kế hoạch|dự toán|dt)|so (?:với )?(?:kh|kế hoạch|dự toán)"
                               r"|tỷ lệ.*(?:kh|kế hoạch|giải ngân|thực hiện|hoàn thành)"
                               r"|(?:th|thực hiện)\s?/\s?(?:kh|kế hoạch|dt|dự toán)")),
    ("change", re.compile(r"cùng kỳ|tăng,? giảm|tăng/giảm|tốc độ tăng")),
    ("plan", re.compile(r"^(?:kế hoạch|kh|dự toán|mục tiêu|chỉ tiêu giao)|vốn kế hoạch|vốn giao")),
    # "Thực hiện", "Ước TH", "TH 9 tháng"
    ("level", re.compile(r"thực hiện|ước|kết quả|lũy kế|luỹ kế|giải ngân|khối lượng|giá trị"
                         r"|số lượng|^(?:năm )?(?:19|20)\d\d$|^quý|^tháng|(?<![\w/])th(?![\w/])")),
)
_NUMBER_CELL = re.compile(rf"\s*[-–]?\s*({NUMBER})\s*%?\s*")
NUMBER_CELL = _NUMBER_CELL
_UNIT_BRACKET = re.compile(r"\(([^()\d][^()]{0,19})\)\s*$")  # not "(1)", a column number
_EXPLICIT_CHANGE = re.compile(r"tăng|giảm")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_RATIO_FLOOR = 40.0  # "So với cùng kỳ (%)" of 101,8; 91,4: a ratio, not a change
# "Ước thực hiện 9 tháng", "Thực hiện 6 tháng": months from the start of the year
_MONTHS = re.compile(r"(?<![\w])(\d{1,2}) tháng(?! \d)")
_MONTH_CODES = {3: "Q1", 6: "H1"}
# header words that only carry the period, the estimate or the unit
_MEASURE_NOISE = re.compile(
    r"\([^()]*\)|(?<![\w])(?:ước|ước thực hiện|dự kiến)(?![\w])|(?<![\w])(?:đến|tính đến)\s[\d/.]+"
)
_GROWTH_ROW = re.compile(r"(?:tốc độ )?tăng trưởng|tốc độ tăng")
_BASES = {"pct_of_plan": "plan", "change": "same_period_last_year",
          "ratio": "same_period_last_year"}


@dataclass(frozen=True, slots=True)
class Column:
    role: str
    estimate: bool
    unit: str = ""  # "(tỷ đồng)" in the header
    header: str = ""  # the header words, as written


def _column(text: str) -> Column | None:
    f = fold(text).strip(" *")
    role = next((r for r, rx in COLUMN_ROLES if rx.search(f)), None)
    if role is None:
        return None
    unit = _UNIT_BRACKET.search(text)
    return Column(role, "ước" in f.split() or "dự kiến" in f, unit.group(1).strip() if unit else "",
                  " ".join(text.split()))


def _roles(doc: Doc, header: int) -> list[Column | None]:
    """The role of each column of the header row ``header`` (a block index)."""
    return [_column(doc.text[c.start : c.end]) for c in doc.blocks[header].cells]


def _tables(doc: Doc) -> list[list[int]]:
    """Runs of consecutive table rows (block indices)."""
    runs: list[list[int]] = []
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE_ROW and b.cells:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


@dataclass(frozen=True, slots=True)
class Table:
    """A table of figures: its columns and the rows of data under its header."""

    columns: list[Column | None]
    names: int  # the column of names
    projects: bool  # the names are of projects
    rows: list[int]  # block indices of the data rows
    header: list[int]  # block indices of the header rows
    period: str | None = None  # named over merged header cells: "Năm 2024"


def _has_numbers(doc: Doc, row: int) -> bool:
    """Whether a row holds numbers after its first cell, other than years
    only ("| Chỉ tiêu | ĐVT | 2023 | 2024 |" is a header)."""
    cells = doc.blocks[row].cells[1:]
    found = [doc.folded[c.start : c.end].strip() for c in cells
             if _NUMBER_CELL.fullmatch(doc.folded, c.start, c.end)]
    return bool(found) and not all(_YEAR_CELL.fullmatch(f) for f in found)


def _merged(doc: Doc, rows: list[int]) -> list[Column | None]:
    """Roles of columns whose header runs over several rows ("Năm 2024" over
    "Kế hoạch | Ước thực hiện"): each column's words joined from the top."""
    width = len(doc.blocks[rows[-1]].cells)
    words = [""] * width
    for r in rows:
        cells = doc.blocks[r].cells
        if len(cells) != width:
            continue
        for k, c in enumerate(cells):
            cell = doc.text[c.start : c.end].strip()
            if cell and cell not in words[k]:
                words[k] = f"{cell} {words[k]}".strip()  # "Kế hoạch" under "Năm 2024"
    return [_column(w) if w else None for w in words]


def read_table(doc: Doc, run: list[int]) -> Table | None:
    """The columns and data rows of the table of rows ``run``, None when no
    column holds names.

    The header is the rows before the first row of numbers that are as wide
    as it (the first, and those under it naming a column); a shorter row
    above them spans merged cells ("Năm 2024" over "Kế hoạch | Ước thực
    hiện" in a Word table) and may give the table its period.
    """
    first = next((k for k, r in enumerate(run) if _has_numbers(doc, r)), None)
    if not first:
        return None
    width = len(doc.blocks[run[first]].cells)
    head = []
    for r in run[:first]:
        cells = doc.blocks[r].cells
        if len(cells) == width and (not head or any(
                _column(doc.text[c.start : c.end]) for c in cells)):
            head.append(r)  # "| | | Kế hoạch | Ước thực hiện |" under "| TT | Chỉ tiêu | ... |"
    if not head:
        return None
    columns = _merged(doc, head) if len(head) > 1 else _roles(doc, head[0])
    roles = [c.role if c else None for c in columns]
    names = next((k for k, n in enumerate(roles) if n in ("project", "indicator")), None)
    if names is None and roles and roles[0] == "number" and len(roles) > 2 and not roles[1]:
        names = 1  # "| TT | | Kế hoạch | Thực hiện |": the names after the numbers
        columns[1] = Column("indicator", False)
    if names is None:
        return None
    spanning = {h.code for r in run[:first] if len(doc.blocks[r].cells) != width
                for h in find_period_hits(doc.folded, doc.blocks[r].span.start,
                                          doc.blocks[r].span.end) if not h.base}
    rows = [r for r in run[first:] if len(doc.blocks[r].cells) == width]
    column = columns[names]
    assert column is not None
    return Table(columns, names, column.role == "project", rows, head,
                 spanning.pop() if len(spanning) == 1 else None)


def read_tables(doc: Doc) -> list[Table]:
    """Every table of ``doc`` with a column of names and columns of numbers."""
    out = []
    for run in _tables(doc):
        table = read_table(doc, run)
        if table is not None and any(
                c is not None and c.role in ("level", "pct_of_plan", "change", "static")
                for c in table.columns):
            out.append(table)
    return out


def _period(doc: Doc, col: Column, default: str | None, year: int | None = None) -> str | None:
    """The column's own period, else ``default``: "Ước thực hiện 9 tháng" → "2024-M9"
    (the year of ``default``, else ``year``)."""
    if col.role == "static":
        return None
    year = year_of(default) or year
    f = fold(col.header)
    if _YEAR_CELL.fullmatch(f):
        return f  # "| Chỉ tiêu | 2023 | 2024 |"
    hits = [h for h in find_period_hits(f, year=year) if not h.base]
    if hits:
        return hits[-1].code
    m = _MONTHS.search(f)
    if m and year and 1 <= int(m.group(1)) <= 12:
        n = int(m.group(1))
        return str(year) if n == 12 else f"{year}-{_MONTH_CODES.get(n, f'M{n}')}"
    return default


def _measure(col: Column) -> str:
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
        c = doc.blocks[row].cells[k]
        m = _NUMBER_CELL.fullmatch(doc.folded, c.start, c.end)
        if m:
            if re.search(r"[-–]", doc.folded[c.start : m.start(1)]):
                return False
            values.append(parse_number(m.group(1)))
    return bool(values) and min(values) >= _RATIO_FLOOR


def table_figures(doc: Doc, period_of: dict[int, str | None], year: int | None = None
                  ) -> tuple[list[Figure], set[int]]:
    """Figures of every table read by :func:`read_tables`, and the rows read.

    ``period_of`` maps a row's block index to the period its place gives;
    ``year`` dates a column header's period without a year ("Thực hiện 9 tháng")
    where the place gives none.
    """
    out: list[Figure] = []
    rows_read: set[int] = set()
    for table in read_tables(doc):
        roles = [c.role if c else None for c in table.columns]
        unit_col = roles.index("unit") if "unit" in roles else None
        kinds: dict[int, str] = {}
        for k, col in enumerate(table.columns):
            role = col.role if col else None
            if role == "change" and _is_ratio(doc, table, k):
                role = "ratio"
            if role == "plan" and table.projects:
                role = "level"  # "Kế hoạch vốn năm 2025": the capital given to the project
            if role in ("level", "pct_of_plan", "change", "ratio", "static"):
                kinds[k] = role
        # "| Ước thực hiện 9 tháng | So với cùng kỳ (%) | % KH |": a comparison without a
        # period of its own is of the level column before it
        of_level: dict[int, int] = {}
        last_level = None
        for k, col in enumerate(table.columns):
            if kinds.get(k) == "level" and col is not None and col.role != "plan":
                last_level = k
            elif kinds.get(k) in ("pct_of_plan", "change", "ratio") and last_level is not None:
                of_level[k] = last_level
        for row in table.rows:
            rows_read.add(row)
            cells = doc.blocks[row].cells
            name_cell = cells[table.names]
            name = " ".join(doc.text[name_cell.start : name_cell.end].split())
            if not name or not kinds:
                continue
            unit = ""
            if unit_col is not None:
                unit = doc.text[cells[unit_col].start : cells[unit_col].end].strip()
            else:
                own = _UNIT_BRACKET.search(name)
                if own and match_unit(fold(" " + own.group(1)), 0):
                    unit, name = own.group(1).strip(), name[: own.start()].strip()  # "Lúa (ha)"
            span = doc.blocks[row].span
            quote = doc.text[span.start : span.end].strip()
            default = table.period or period_of.get(row)
            for k, role in kinds.items():
                col = table.columns[k]
                assert col is not None
                m = _NUMBER_CELL.fullmatch(doc.folded, cells[k].start, cells[k].end)
                if not m:
                    continue
                value = parse_number(m.group(1))
                if re.search(r"[-–]", doc.folded[cells[k].start : m.start(1)]):
                    value = -value  # "-3,5" in a change column
                kind = {"static": "level", "ratio": "multiple"}.get(role, role)
                amount = kind == "level"
                if amount and (col.unit or unit).strip() == "%":
                    # "| Tỷ lệ hộ nghèo | % | 2,18 |": a rate; "Tốc độ tăng trưởng GRDP": a change
                    kind = "change" if _GROWTH_ROW.match(fold(name)) else "rate"
                u = (col.unit or unit) if amount else "%"
                unit_m = match_unit(fold(" " + u), 0) if amount else None
                base_value, base_unit = normalize(value, unit_m) if unit_m else (value, None)
                indicator = f"{_measure(col)} {name}" if table.projects else name
                out.append(Figure(
                    indicator=indicator, value=value, unit=u, kind=kind, span=span, quote=quote,
                    period=_period(doc, col, _period(doc, table.columns[of_level[k]], default,
                                                      year) if k in of_level else default, year),
                    base=_BASES.get(role),
                    # "| Ước thực hiện | So với cùng kỳ (%) |": a ratio of the estimate is one
                    estimate=col.estimate or (k in of_level and bool(
                        (lv := table.columns[of_level[k]]) and lv.estimate)),
                    value_span=Span(m.start(1), m.end(1)),
                    base_value=base_value, base_unit=base_unit,
                ))
    return out, rows_read
