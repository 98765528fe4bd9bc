"""Tables of a PDF page as table-row lines (a :class:`Line` with ``cells``).

Ruled tables: a Word table printed to PDF keeps its cell borders, and
pdfplumber's table finder ("lines" strategy) turns the ruling lines into a
grid of cell boxes; each row becomes one line, each cell's words rendered
as text (a merged cell's other positions empty). Borderless tables laid out
with spaces: a run of close lines whose wide gaps between words fall on the
same places, three columns or more over three lines or more. A table cut by
a page break is joined, its header printed again on the next page dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ktxh.text.para import Mark
from ktxh.text.readers.pdf_lines import Line, group_lines, render, wide_gaps
from ktxh.text.structure import CELL_SEPARATOR

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
MIN_EDGES = 4  # fewer ruling lines than a box's four sides hold no table


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table: its box and, row by row, each cell's box (``None``
    where a merged cell covers the position)."""

    bbox: Box
    rows: tuple[tuple[Box | None, ...], ...]


def find_grids(page: Any) -> list[Grid]:
    """The page's ruled tables of two columns or more (a box drawn around a
    paragraph, a lone rule under a title are no tables); a table of one row
    is kept, as the last row of a table that a page break cut off."""
    if len(page.edges) < MIN_EDGES:
        return []
    grids = []
    for table in page.find_tables():
        rows = tuple(tuple(row.cells) for row in table.rows)
        if rows and max(sum(c is not None for c in r) for r in rows) >= 2:
            grids.append(Grid(tuple(table.bbox), rows))
    return grids


def inside(word: dict[str, Any], box: Box) -> bool:
    """Whether the word's centre lies in ``box``."""
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def split_words(
    words: list[dict[str, Any]], grids: list[Grid]
) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The words outside every grid, and each grid's words."""
    outside: list[dict[str, Any]] = []
    within: list[list[dict[str, Any]]] = [[] for _ in grids]
    for w in words:
        for k, grid in enumerate(grids):
            if inside(w, grid.bbox):
                within[k].append(w)
                break
        else:
            outside.append(w)
    return outside, within


def repeated_head(origin: list[tuple[str, ...]], rows: list[tuple[str, ...]]) -> int:
    """How many leading ``rows`` of a table continued on a new page repeat
    the leading rows ``origin`` of the table they continue (its header
    printed again on every page)."""
    n = 0
    while n < len(rows) and n < len(origin) and rows[n] == origin[n]:
        n += 1
    return n if n < len(rows) else 0


MIN_COLUMNS = 3  # a borderless table: at least three columns ...
MIN_ROWS = 3  # ... over at least three lines


def aligned_columns(gaps: list[list[tuple[float, float]]]) -> list[float] | None:
    """Where a run of lines laid out with spaces parts its columns, or None.

    ``gaps`` holds each line's wide gaps between words. The lines are a
    borderless table when every line's gaps fall on the same places (the
    gaps common to all lines, narrowed line by line), at least
    :data:`MIN_COLUMNS` columns over :data:`MIN_ROWS` lines; a wider gap (an
    empty cell) may cover two places. Returns the boundaries' x positions.
    """
    if len(gaps) < MIN_ROWS:
        return None
    common = list(gaps[0])
    for line in gaps[1:]:
        narrowed = []
        for lo, hi in common:
            hit = [g for g in line if g[0] < hi and g[1] > lo]
            if len(hit) != 1:
                return None  # a column boundary this line runs across
            narrowed.append((max(lo, hit[0][0]), min(hi, hit[0][1])))
        if any(not any(lo < g[1] and hi > g[0] for lo, hi in narrowed) for g in line):
            return None  # a gap of this line that no other line has
        common = narrowed
    if len(common) < MIN_COLUMNS - 1:
        return None
    return [(lo + hi) / 2 for lo, hi in common]


def cell_text(words: list[dict[str, Any]], at: int, marks: list[Mark]) -> str:
    """A cell's words as one line of text; its footnote marks go to
    ``marks`` at their offset in the row (the cell starts at ``at``)."""
    parts: list[str] = []
    length = 0
    for line in group_lines(words):
        render(line)
        if line.note is not None:  # a mark that opens the cell's line
            line.marks.insert(0, Mark(0, line.note))
        if not line.text.strip():
            continue
        if parts:
            length += 1
        marks += [Mark(at + length + m.offset, m.marker) for m in line.marks]
        parts.append(line.text)
        length += len(line.text)
    return " ".join(parts)


def table_lines(grid: Grid, words: list[dict[str, Any]]) -> list[Line]:
    """One line per row of a ruled table, with its cells' texts; a merged
    cell's other positions are empty cells, rows with no text are left out."""
    out: list[Line] = []
    for row in grid.rows:
        texts: list[str] = []
        marks: list[Mark] = []
        row_words: list[dict[str, Any]] = []
        at = 0
        for k, box in enumerate(row):
            if k:
                at += len(CELL_SEPARATOR)
            mine = [w for w in words if box is not None and inside(w, box)]
            row_words += mine
            texts.append(cell_text(mine, at, marks))
            at += len(texts[-1])
        if not row_words or not any(texts):
            continue
        boxes = [b for b in row if b is not None]
        line = Line(min(b[1] for b in boxes), max(b[3] for b in boxes),
                    max(w["size"] for w in row_words), row_words)
        line.cells, line.marks, line.text = tuple(texts), marks, CELL_SEPARATOR.join(texts)
        out.append(line)
    origin = [ln.cells for ln in out if ln.cells is not None]
    for line in out:
        line.origin = origin
    return out


def as_row(line: Line, bounds: list[float]) -> None:
    """Make a line of a borderless table a table row, cut at ``bounds``."""
    texts: list[str] = []
    marks: list[Mark] = []
    at = 0
    edges = [float("-inf"), *bounds, float("inf")]
    for k, (lo, hi) in enumerate(pairwise(edges)):
        if k:
            at += len(CELL_SEPARATOR)
        mine = [w for w in line.words if lo <= (w["x0"] + w["x1"]) / 2 < hi]
        texts.append(cell_text(mine, at, marks))
        at += len(texts[-1])
    line.cells, line.marks, line.text = tuple(texts), marks, CELL_SEPARATOR.join(texts)


def borderless(lines: list[Line]) -> None:
    """Read runs of close lines whose words stand in aligned columns (a
    table laid out with spaces or tabs, no ruling) as table rows."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and row_like(lines[j]) and (
                j == i or lines[j].top - lines[j - 1].bottom < 1.5 * lines[j].size):
            j += 1
        bounds = aligned_columns([wide_gaps(ln) for ln in lines[i:j]]) if j - i > 1 else None
        if bounds is None:
            i += 1
            continue
        origin: list[tuple[str, ...]] = []
        for ln in lines[i:j]:
            as_row(ln, bounds)
            origin.append(ln.cells or ())
            ln.origin = origin
        i = j


def row_like(line: Line) -> bool:
    """A line that may be a borderless table's row: two wide gaps or more."""
    return line.column is None and line.note is None and line.cells is None and len(
        wide_gaps(line)) >= 2


def with_tables(lines: list[Line], tables: list[list[Line]]) -> list[Line]:
    """Each table's rows put in reading order, before the first line below its top."""
    for rows in sorted((t for t in tables if t), key=lambda t: t[0].top):
        at = next((k for k, ln in enumerate(lines) if ln.top > rows[0].top), len(lines))
        lines[at:at] = rows
    return lines


def continue_tables(pages: list[list[Line]]) -> list[list[Line]]:
    """A table cut by a page break stays one table: when a page opens with
    a table as wide as the one the page before ended with, the header rows
    printed again on top of it are dropped and its rows join that table."""
    for a, b in pairwise(pages):
        body = [ln for ln in a if ln.note is None]
        if not body or not b or body[-1].origin is None or b[0].origin is None:
            continue
        last, first = body[-1], b[0]
        if len(last.cells or ()) != len(first.cells or ()):
            continue
        origin, rows = last.origin, b[0].origin
        drop = repeated_head(origin, rows)
        cut = {id(ln) for ln in b[:drop]}
        b[:] = [ln for ln in b if id(ln) not in cut]
        for ln in b:
            if ln.origin is rows:
                ln.origin = origin
    return pages
