"""Figures in tables of results: one row per indicator, one column per role.

A header row names the columns: "Chỉ tiêu" (the indicator), "ĐVT"/"Đơn vị"
(the unit), "Kế hoạch"/"KH" (the plan: not a figure), "Thực hiện"/"TH"/"Ước
thực hiện" (the level reached; "ước" makes it an estimate), "% KH"/"TH/KH"/"So
với kế hoạch" (pct_of_plan) and "So cùng kỳ" (change on the same period last
year; a ratio, kind multiple, when every value of the column is 40 or more
and the header does not say "tăng": "So cùng kỳ (%)" 101,2 is 1,012 times
the level of last year). Each numeric cell of a data row under a known
column becomes a figure whose quote is the row; a period named in the header
of its column ("Ước thực hiện 9 tháng") is the row's period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ktxh.extract.numbers import NUMBER, parse_number
from ktxh.extract.records import Figure
from ktxh.extract.timeframes import find_period_hits
from ktxh.extract.units import match_unit, normalize
from ktxh.text.model import BlockKind, Doc, Span
from ktxh.text.normalize import fold

# --- language data -----------------------------------------------------------

COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pct_of_plan", re.compile(r"%\s*(?:kh|kế hoạch|dự toán|dt)|so (?:với )?(?:kh|kế hoạch|dự toán)"
                               r"|tỷ lệ.*(?:kh|kế hoạch)"
                               r"|(?:th|thực hiện)\s?/\s?(?:kh|kế hoạch|dt|dự toán)")),
    ("change", re.compile(r"cùng kỳ|tăng,? giảm|tăng/giảm")),
    ("plan", re.compile(r"^(?:kế hoạch|kh|dự toán|mục tiêu|chỉ tiêu giao)")),
    # "Thực hiện", "Ước TH", "TH 9 tháng"
    ("level", re.compile(r"thực hiện|ước|kết quả|lũy kế|luỹ kế|(?<![\w/])th(?![\w/])")),
    ("unit", re.compile(r"^(?:đvt|đơn vị)")),
    ("indicator", re.compile(r"^(?:chỉ tiêu|nội dung|danh mục|tên|ngành|lĩnh vực)")),
)
_NUMBER_CELL = re.compile(rf"\s*[-–]?\s*({NUMBER})\s*%?\s*")


_CHANGE_WORDS = re.compile(r"tăng|giảm")
RATIO_FROM = 40.0  # a "So cùng kỳ (%)" column of values all this high is a ratio


@dataclass(frozen=True, slots=True)
class Column:
    role: str
    estimate: bool
    period: str | None = None  # "Ước thực hiện 9 tháng" → "2024-M9"


def _roles(doc: Doc, header: int, year: int | None) -> list[Column | None]:
    out: list[Column | None] = []
    for cell in doc.blocks[header].cells:
        f = doc.folded[cell.start : cell.end].strip()
        role = next((r for r, rx in COLUMN_ROLES if rx.search(f)), None)
        hits = [h.code for h in find_period_hits(doc.folded, cell.start, cell.end, year=year)
                if not h.base] if role == "level" else []
        out.append(Column(role, "ước" in f.split(), hits[0] if hits else None) if role else None)
    return out


def _ratio_columns(doc: Doc, run: list[int], roles: list[Column | None]) -> set[int]:
    """Columns of changes that hold ratios to last year ("So cùng kỳ (%)": 101,2; 97,4)."""
    out = set()
    header = doc.blocks[run[0]].cells
    for k, col in enumerate(roles):
        if col is None or col.role != "change":
            continue
        if _CHANGE_WORDS.search(doc.folded, header[k].start, header[k].end):
            continue  # "Tăng, giảm so cùng kỳ (%)"
        values = []
        for row in run[1:]:
            cells = doc.blocks[row].cells
            if len(cells) != len(roles):
                continue
            m = _NUMBER_CELL.fullmatch(doc.folded, cells[k].start, cells[k].end)
            if m:
                signed = re.search(r"[-–]", doc.folded[cells[k].start : m.start(1)])
                values.append(-1.0 if signed else parse_number(m.group(1)))
        if values and min(values) >= RATIO_FROM:
            out.add(k)
    return out


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


def table_figures(doc: Doc, period_of: dict[int, str | None], year: int | None = None
                  ) -> tuple[list[Figure], set[int]]:
    """Figures of every table with a recognised header, and the rows read.

    ``period_of`` maps a row's block index to the period its place gives;
    ``year`` dates a column header's period without a year ("Thực hiện 9 tháng").
    """
    out: list[Figure] = []
    rows_read: set[int] = set()
    for run in _tables(doc):
        roles = _roles(doc, run[0], year)
        names = [c.role if c else None for c in roles]
        if "indicator" not in names or not {"level", "pct_of_plan", "change"} & set(names):
            continue
        ratios = _ratio_columns(doc, run, roles)
        column_period = next((c.period for c in roles if c and c.period), None)
        for row in run[1:]:
            cells = doc.blocks[row].cells
            if len(cells) != len(roles):
                continue
            rows_read.add(row)
            ind_cell = cells[names.index("indicator")]
            indicator = doc.text[ind_cell.start : ind_cell.end].strip()
            unit = ""
            if "unit" in names:
                u = cells[names.index("unit")]
                unit = doc.text[u.start : u.end].strip()
            span = doc.blocks[row].span
            quote = doc.text[span.start : span.end].strip()
            for k, (col, cell) in enumerate(zip(roles, cells, strict=True)):
                if col is None or col.role not in ("level", "pct_of_plan", "change"):
                    continue
                m = _NUMBER_CELL.fullmatch(doc.folded, cell.start, cell.end)
                if not m or not indicator:
                    continue
                value = parse_number(m.group(1))
                if re.search(r"[-–]", doc.folded[cell.start : m.start(1)]):
                    value = -value  # "-3,5" in a change column
                kind = "multiple" if k in ratios else col.role
                unit_m = match_unit(fold(" " + unit), 0) if kind == "level" else None
                base_value, base_unit = normalize(value, unit_m) if unit_m else (value, None)
                out.append(Figure(
                    indicator=indicator, value=value, unit=unit if kind == "level" else "%",
                    kind=kind, span=span, quote=quote,
                    period=col.period or column_period or period_of.get(row),
                    base={"pct_of_plan": "plan"}.get(kind, "same_period_last_year")
                    if kind != "level" else None,
                    estimate=col.estimate, value_span=Span(m.start(1), m.end(1)),
                    base_value=base_value, base_unit=base_unit,
                ))
    return out, rows_read
