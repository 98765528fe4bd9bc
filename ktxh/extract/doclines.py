"""Lines of a document body for the header and signature readers.

A line is a stripped stretch of ``Doc.text`` between newlines, table cell
bars or tabs, with its block and whether that block is bold or a heading.
Working on lines keeps :mod:`ktxh.extract.metadata` independent of how a
reader cut blocks (one block per line in .docx, joined lines in .md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ktxh.text.model import BlockKind, Doc

_LINE_RE = re.compile(r"[^\n|\t]+")
_EDGE = " *#_\u00a0"


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped, markup-free line of Doc.text
    folded: str
    block: int | None = None  # index of the Doc block holding the line
    bold: bool = False

    def part(self, a: int, b: int) -> Line | None:
        """The stripped stretch ``[a, b)`` of the line (relative offsets), or None."""
        raw = self.text[a:b]
        a += len(raw) - len(raw.lstrip(_EDGE))
        b -= len(raw) - len(raw.rstrip(_EDGE))
        if b <= a:
            return None
        return Line(self.start + a, self.start + b, self.text[a:b], self.folded[a:b],
                    self.block, self.bold)  # fmt: skip

    def cut(self, length: int) -> Line:
        """The first ``length`` characters of the line, right-stripped."""
        text = self.text[:length].rstrip()
        return Line(self.start, self.start + len(text), text, self.folded[: len(text)],
                    self.block, self.bold)  # fmt: skip

    def tail(self, offset: int) -> Line:
        """The line from ``offset`` (relative) on."""
        return Line(self.start + offset, self.end, self.text[offset:], self.folded[offset:],
                    self.block, self.bold)  # fmt: skip


def body_end(doc: Doc) -> int:
    """Offset where the footnotes start (they follow the body), else the end."""
    for b in doc.blocks:
        if b.kind is BlockKind.FOOTNOTE:
            return b.span.start
    return len(doc.text)


def _runs(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The spans of ``_LINE_RE.finditer(text, 0, end)``: lines split at "\n" with
    ``str.find``, and only a line holding "|" or a tab through the regex (whose
    negated set costs ~8 ns a character in ``re``)."""
    pos = 0
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if stop > pos:
            if text.find("|", pos, stop) >= 0 or text.find("\t", pos, stop) >= 0:
                for m in _LINE_RE.finditer(text, pos, stop):
                    yield m.span()
            else:
                yield pos, stop
        pos = stop + 1


def lines_of(doc: Doc, end: int | None = None) -> list[Line]:
    """Non-empty lines (and table cells, "|"/tab separated) of the body."""
    end = body_end(doc) if end is None else end
    text, folded, blocks = doc.text, doc.folded, doc.blocks
    out: list[Line] = []
    k, n = 0, len(blocks)  # lines come in text order: the block moves forward only
    for a, z in _runs(text, end):
        raw = text[a:z]
        s = a + len(raw) - len(raw.lstrip(_EDGE))
        e = z - (len(raw) - len(raw.rstrip(_EDGE)))
        if e > s:
            # Doc.block_at(s): blocks are in text order and do not overlap
            while k < n and blocks[k].span.end <= s:
                k += 1
            b = k if k < n and blocks[k].span.start <= s else None
            block = blocks[b] if b is not None else None
            bold = block is not None and (block.bold or block.kind is BlockKind.HEADING)
            out.append(Line(s, e, text[s:e], folded[s:e], b, bold))
    return out
