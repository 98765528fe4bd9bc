"""The document model: one immutable text and spans into it.

Readers turn a file into a :class:`Doc`; every later record points into
``Doc.text`` with ``(start, end)`` character offsets (spaCy's Doc/Span idea).
``Doc.text`` is the clean reading text (NFC, markup removed, paragraphs split
by a page break rejoined, footnotes after the body). ``Doc.folded`` has the
same length and is what matchers search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from ktxh.text.normalize import fold

_SET = object.__setattr__


@dataclass(frozen=True, slots=True, order=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` into ``Doc.text``."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # by hand: every step makes thousands; the generated frozen __init__ and a
        # __post_init__ for the check took a third longer
        if not 0 <= start <= end:
            raise ValueError(f"bad span ({start}, {end})")
        _SET(self, "start", start)
        _SET(self, "end", end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    FOOTNOTE = "footnote"


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph, list item, table row or footnote.

    ``level`` orders headings (1 = "Phần I", 2 = "I.", 3 = "1.", 4 = "a)",
    ...); ``label`` is the numbering as printed ("I", "2.2.1", "a");
    ``parent`` is the index of the enclosing heading block, or ``None``.
    ``cells`` holds the spans of a table row's cells.
    """

    kind: BlockKind
    span: Span
    level: int | None = None
    label: str | None = None
    bold: bool = False
    parent: int | None = None
    cells: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    block: int


@dataclass(frozen=True, slots=True)
class Footnote:
    """Footnote ``marker`` whose text is block ``block``; ``ref`` is the
    offset in the body where its mark stood (``None`` if no mark was found)."""

    marker: str
    block: int
    ref: int | None


@dataclass(frozen=True)
class Doc:
    text: str
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    source: str = ""
    format: str = "txt"
    raw: str = ""
    warnings: tuple[str, ...] = field(default=())

    @cached_property
    def folded(self) -> str:
        """Lower-case, tone-unified text, same length as ``text``."""
        return fold(self.text)

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Answers of pure functions of this document kept by the extractors
        that ask them more than once (figures and targets both ask whether a
        sentence sets targets), one entry per function, keyed by its name."""
        return {}

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def headings(self, block_index: int) -> list[Block]:
        """Enclosing headings of a block, outermost first."""
        chain: list[Block] = []
        parent = self.blocks[block_index].parent
        while parent is not None:
            chain.append(self.blocks[parent])
            parent = self.blocks[parent].parent
        return chain[::-1]

    def block_at(self, offset: int) -> int | None:
        """Index of the block containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            span = self.blocks[mid].span
            if offset < span.start:
                hi = mid - 1
            elif offset >= span.end:
                lo = mid + 1
            else:
                return mid
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            span = self.sentences[mid].span
            if offset < span.start:
                hi = mid - 1
            elif offset >= span.end:
                lo = mid + 1
            else:
                return self.sentences[mid]
        return None

    def body_blocks(self) -> list[int]:
        return [i for i, b in enumerate(self.blocks) if b.kind is not BlockKind.FOOTNOTE]
