"""Totals of tables: a "Tổng cộng" row against the rows it sums, and a group
row ("I", "II") against its items ("1", "2", ...).

Only additive columns are compared: a column whose header names a rate, a
share, an average or an index ("Tỷ lệ (%)", "Bình quân", "Chỉ số giá") is
not. A cell holding words ("Hoàn thành") leaves its column out; an empty
cell counts as nothing. A difference beyond the printed precision of the
numbers is a warning: a table has no partial lists, its rows are its parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby, takewhile

from ktxh.extract.numbers import parse_number
from ktxh.monitor.findings import WARNING, Finding, vn_number
from ktxh.text.model import BlockKind, Doc, Span

# a whole cell that is one number in Vietnamese notation: "6.753", "672,4"
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_ROMAN = re.compile(r"[IVX]+\.?")
_ARABIC = re.compile(r"\d{1,3}\.?")
# the label of the row that sums the table
_TOTAL = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|tổng toàn tỉnh)\s*:?")
# headers of columns that do not add up
_NOT_ADDITIVE = re.compile(
    r"tỷ lệ|tỉ lệ|%|bình quân|trung bình|tốc độ|năng suất|chỉ số|so với|so sánh|giá|"
    r"tỷ trọng|cơ cấu|thứ hạng|xếp hạng|năm\s+\d{4}\s*-|tt\b|stt\b"
)


@dataclass(frozen=True, slots=True)
class _Cell:
    value: float
    half_ulp: float
    span: Span


@dataclass(frozen=True, slots=True)
class _Row:
    level: int  # 0 the total row, 1 a group ("I"), 2 an item ("1"), -1 other
    label: str
    cells: tuple[_Cell | None | str, ...]  # a number, None when empty, else the words


def table_findings(doc: Doc) -> Iterator[Finding]:
    """Every table's totals and group rows against the rows they sum."""
    for rows, headers in _tables(doc):
        sums = _sums(rows)
        for col, header in enumerate(headers):
            if not _NOT_ADDITIVE.search(header.lower()):
                for total, parts in sums:
                    yield from _compare(total, parts, col, header)


def _tables(doc: Doc) -> Iterator[tuple[list[_Row], list[str]]]:
    """(data rows, column headers) of each run of table rows."""
    for is_table, run in groupby(doc.blocks, key=lambda b: b.kind is BlockKind.TABLE_ROW):
        if not is_table:
            continue
        cells = [b.cells for b in run]
        rows = [_row(doc, c) for c in cells]
        first = next((k for k, r in enumerate(rows)
                      if any(isinstance(c, _Cell) for c in r.cells)), 0)
        if first == 0:
            continue  # no numbers, or no header to tell the columns
        width = max(len(c) for c in cells)
        headers = [" ".join(doc.text[row[k].start : row[k].end].strip()
                            for row in cells[:first] if k < len(row)) for k in range(width)]
        yield rows[first:], headers


def _row(doc: Doc, spans: tuple[Span, ...]) -> _Row:
    texts = [doc.text[s.start : s.end].strip() for s in spans]
    label = texts[0] if texts else ""
    if _ROMAN.fullmatch(label):
        level = 1
    elif _ARABIC.fullmatch(label):
        level = 2
    elif _TOTAL.fullmatch(label.lower()) or (
            not label.strip(".") and len(texts) > 1 and _TOTAL.fullmatch(texts[1].lower())):
        level = 0
    else:
        level = -1
    return _Row(level, label, tuple(_cell(t, s) for t, s in zip(texts, spans, strict=True)))


def _cell(text: str, span: Span) -> _Cell | None | str:
    if not text or text in ("-", "–", "—"):
        return None
    if not _NUMBER.fullmatch(text):
        return text
    decimals = len(text.split(",")[1]) if "," in text else 0
    return _Cell(parse_number(text), 0.5 * 10 ** -decimals, span)


def _sums(rows: list[_Row]) -> list[tuple[_Row, list[_Row]]]:
    """(summing row, the rows it sums): the total row sums the shallowest
    labelled rows (the groups, else the items), a group row its items."""
    top = min((r.level for r in rows if r.level > 0), default=None)
    out = []
    for k, row in enumerate(rows):
        if row.level == 0:
            out.append((row, [r for r in rows if r.level == top]))
        elif row.level == 1:
            items = takewhile(lambda r: r.level not in (0, 1), rows[k + 1 :])
            out.append((row, [r for r in items if r.level == 2]))
    return out


def _compare(total: _Row, parts: list[_Row], col: int, header: str) -> Iterator[Finding]:
    if len(parts) < 2 or col >= len(total.cells) or not isinstance(
            cell := total.cells[col], _Cell):
        return
    values = [p.cells[col] if col < len(p.cells) else None for p in parts]
    if any(isinstance(v, str) for v in values):
        return  # a cell of words: not a column of amounts
    numbers = [v for v in values if isinstance(v, _Cell)]
    if len(numbers) < 2:
        return
    s = sum(v.value for v in numbers)
    if abs(s - cell.value) <= cell.half_ulp + sum(v.half_ulp for v in numbers):
        return
    which = "dòng tổng" if total.level == 0 else f"dòng {total.label}"
    labels = ", ".join(p.label for p in parts)
    yield Finding(
        "table_total_mismatch", WARNING,
        f"Bảng, cột «{header.strip()}»: {which} ghi {vn_number(cell.value, 3)}, "
        f"khác tổng các dòng {labels} ({vn_number(s, 3)}).",
        (cell.span, Span(numbers[0].span.start, numbers[-1].span.end)))
