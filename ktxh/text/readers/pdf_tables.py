"""Ruled tables of a PDF page, found by pdfplumber's table finder.

A Word table printed to PDF keeps its cell borders; pdfplumber's "lines"
strategy turns those ruling lines into a grid of cell boxes. This module
only deals with geometry: which grids a page holds, which words lie in which
cell; :mod:`ktxh.text.readers.pdf` renders the cells' words into text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
MIN_EDGES = 4  # fewer ruling lines than a box's four sides hold no table


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table: its box and, row by row, each cell's box (``None``
    where a merged cell covers the position)."""

    bbox: Box
    rows: tuple[tuple[Box | None, ...], ...]


def find_grids(page: Any) -> list[Grid]:
    """The page's ruled tables of at least two rows and two columns (a box
    drawn around a paragraph, a lone rule under a title are no tables)."""
    if len(page.edges) < MIN_EDGES:
        return []
    grids = []
    for table in page.find_tables():
        rows = tuple(tuple(row.cells) for row in table.rows)
        if len(rows) >= 2 and max(sum(c is not None for c in r) for r in rows) >= 2:
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
