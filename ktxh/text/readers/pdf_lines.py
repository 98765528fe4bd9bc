"""PDF words grouped into lines and rendered to text (shared by the reader
and its tables): a word in a smaller font whose bottom sits above the line's
baseline is a superscript, a footnote mark or, after "m"/"km", an exponent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ktxh.text.markup import EXPONENTS, UNIT_WORDS
from ktxh.text.para import Mark

SUPERSCRIPT_SIZE = 0.8  # a mark is drawn at most this share of the line's size
SUPERSCRIPT_RAISE = 0.15  # ... with its bottom raised by this share of the size
COLUMN_GAP = 1.2  # a gap this many font sizes wide parts two columns of a layout table


@dataclass
class Line:
    top: float
    bottom: float
    size: float
    words: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    bold: bool = False
    note: str | None = None
    in_margin: bool = False
    column: int | None = None  # 0/1: left/right part of a layout table row
    joins_prev: bool = False  # continues the column line above (a wrapped line)
    cells: tuple[str, ...] | None = None  # a ruled table's row: its cells' texts
    origin: list[tuple[str, ...]] | None = None  # a table row: its table's rows, from the first

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)


def group_lines(words: list[dict[str, Any]]) -> list[Line]:
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        for line in reversed(lines[-3:]):
            if line.top - 1 <= middle <= line.bottom + 1:
                line.words.append(w)
                if w["size"] >= line.size:
                    line.top, line.bottom = min(line.top, w["top"]), max(line.bottom, w["bottom"])
                    line.size = w["size"]
                break
        else:
            lines.append(Line(w["top"], w["bottom"], w["size"], [w]))
    return sorted(lines, key=lambda ln: ln.top)


def wide_gaps(line: Line) -> list[tuple[float, float]]:
    """Horizontal gaps wider than :data:`COLUMN_GAP` font sizes between words."""
    words = sorted(line.words, key=lambda w: w["x0"])
    return [
        (a["x1"], b["x0"])
        for a, b in pairwise(words)
        if b["x0"] - a["x1"] > COLUMN_GAP * line.size
    ]


def is_sup(w: dict[str, Any], line: Line) -> bool:
    return (
        w["size"] <= SUPERSCRIPT_SIZE * line.size
        and w["bottom"] < line.bottom - SUPERSCRIPT_RAISE * line.size
    )


def render(line: Line) -> None:
    parts: list[str] = []
    length = 0
    bold_chars = all_chars = 0
    prev: dict[str, Any] | None = None
    for w in sorted(line.words, key=lambda w: w["x0"]):
        text = w["text"]
        if is_sup(w, line) and len(text) <= 3:
            tail = parts[-1] if parts else ""
            word = re.findall(r"[^\W\d_]+$", tail)
            if text in EXPONENTS and word and word[0].lower() in UNIT_WORDS:
                parts.append(text)
                length += len(text)
            else:
                line.marks.append(Mark(length, text))
            continue  # the gap to the next word counts from the word before
        if prev is not None and w["x0"] - prev["x1"] > 0.15 * w["size"]:
            parts.append(" ")
            length += 1
        parts.append(text)
        length += len(text)
        all_chars += len(text)
        bold_chars += w["bold"]
        prev = w
    line.text = "".join(parts)
    line.bold = all_chars > 0 and bold_chars >= 0.9 * all_chars
    if line.marks and line.marks[0].offset == 0 and line.text.strip():
        line.note = line.marks.pop(0).marker
        stripped = line.text.lstrip()
        cut = len(line.text) - len(stripped)
        line.text = stripped
        line.marks = [Mark(max(0, m.offset - cut), m.marker) for m in line.marks]
