"""How far an "(tính) đến ngày D/M/Y" phrase dates the figures after it.

"Tính đến ngày 15/11/2025, toàn tỉnh đã giải ngân 3.967,4 tỷ đồng ...": the
phrase opening a sentence (after a connective: "Tuy nhiên, từ đầu năm đến
ngày ...") dates the rest of its paragraph; a sentence ending with ":" dates
the list items under it; and a later paragraph of the same section that
goes on about the same activity ("Trong đó: vốn ngân sách địa phương giải
ngân ...", "Có 14/38 chủ đầu tư giải ngân ...", "Bên cạnh đó, thu ... mới đạt
51,4% dự toán") is of that day too. A
paragraph about something else ("Dự án ... đã hoàn thành 87% khối lượng")
keeps the document's period. A period phrase of a sentence's own always wins
(:func:`ktxh.extract.figure_pick.pick_period`).
"""

from __future__ import annotations

import re

from ktxh.extract.indicators import OPENING_VERBS
from ktxh.extract.timeframes import PeriodHit
from ktxh.extract.wordre import word_start
from ktxh.text.model import BlockKind, Doc

# --- language data -----------------------------------------------------------

# what may stand before an "(tính) đến ngày ..." that dates its paragraph; "Lũy kế
# giải ngân từ đầu năm đến ngày 30/11/2022 đạt …" names what is summed first
_OPENS = re.compile(
    r"[\s\-–+•*]*(?:(?:tuy nhiên|song|nhưng|mặt khác|trong khi đó|bên cạnh đó|ngoài ra"
    r"|đặc biệt|theo thống kê|theo báo cáo),?\s*)?"
    r"(?:tính|(?:lũy kế|luỹ kế)(?:\s[^\W\d_]+){0,5})?\s*"
)
# a paragraph that breaks the one before down: "Trong đó: ...", "Cụ thể: ..."
_BREAKS_DOWN = re.compile(r"[\s\-–+•*]*(?:trong đó|cụ thể|bao gồm)(?![\w])")
# the activities an "as of" sentence is about: verbs of two syllables or more
# ("giải ngân", "xảy ra", "tiếp nhận"); one syllable ("thu", "chi") says too little
_TOPICS = re.compile(
    word_start(*(re.escape(v) for v in sorted((v for v in OPENING_VERBS if " " in v),
                                              key=len, reverse=True))) + r"(?![\w])"
    # "… bằng 72,6% dự toán" then "Bên cạnh đó, … mới đạt 51,4% dự toán": measured
    # against the year's budget, so counted to the same day
    + "|" + word_start("dự toán") + r"(?![\w])"
)


class UntilCarry:
    """The "as of" period in force while the sentences of a document are read."""

    def __init__(self) -> None:
        self.current: str | None = None  # for the sentences of this paragraph
        self._listed: str | None = None  # for the list items under a sentence ending ":"
        self._section: tuple[int | None, str, frozenset[str]] | None = None

    def enter_block(self, doc: Doc, block: int) -> None:
        """A new block starts: a list item, a later paragraph on the same activity
        in the same section, or none."""
        b = doc.blocks[block]
        if b.kind is BlockKind.LIST_ITEM:
            self.current = self._listed
            return
        self._listed = None
        self.current = None
        if self._section is None:
            return
        parent, code, topics = self._section
        if b.parent != parent:
            self._section = None
            return
        folded = doc.folded
        if _BREAKS_DOWN.match(folded, b.span.start) or any(
                m.group() in topics for m in _TOPICS.finditer(folded, b.span.start, b.span.end)):
            self.current = code

    def after_sentence(self, doc: Doc, start: int, end: int, block: int,
                       hits: list[PeriodHit]) -> None:
        """Take the period phrases ``hits`` (bases left out) of the sentence read."""
        folded = doc.folded
        if hits:
            first = hits[0]
            opens = len(hits) == 1 and first.until and _OPENS.fullmatch(folded, start, first.start)
            self.current = first.code if opens else None
            if opens:
                topics = frozenset(m.group() for m in _TOPICS.finditer(folded, start, end))
                self._section = (doc.blocks[block].parent, first.code, topics)
        last = end
        while last > start and folded[last - 1].isspace():
            last -= 1
        if last > start and folded[last - 1] == ":":  # "... đến ngày 30/9/2025 như sau:"
            self._listed = (hits[0].code if len(hits) == 1 and hits[0].until
                            else None if hits else self.current)
