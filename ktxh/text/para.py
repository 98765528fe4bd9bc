"""The readers' common output: paragraphs before structure is built.

Every reader (.txt/.md, .docx, .pdf) turns its file into a list of
:class:`Para` in reading order, with markup already removed and footnote marks
recorded (not left in the text). :mod:`ktxh.text.structure` then rejoins
paragraphs split by a page break, moves footnotes after the body, finds
headings and sentences and builds the :class:`~ktxh.text.model.Doc`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mark:
    """A footnote mark that stood at ``offset`` of its paragraph's text."""

    offset: int
    marker: str
    seq: int = 0  # reading-order index of the paragraph it came from


@dataclass(slots=True)
class Para:
    """One paragraph, line, table row or footnote text as a reader saw it.

    ``heading`` is the source's own hint (markdown ``#``, a Word heading
    style); ``footnote`` is the marker when the paragraph is a footnote's
    text; ``cells`` holds a table row's cell texts (``text`` is then unused).
    """

    text: str
    marks: list[Mark] = field(default_factory=list)
    bold: bool = False
    heading: bool = False
    footnote: str | None = None
    cells: tuple[str, ...] | None = None
    seq: int = 0
    outline: int | None = None  # Word "Heading N" level of an unnumbered heading

    def joined(self, other: Para) -> Para:
        """This paragraph continued by ``other`` with one space between."""
        left = self.text.rstrip()
        right = other.text.lstrip()
        shift = len(left) + 1 - (len(other.text) - len(right))
        marks = [Mark(min(m.offset, len(left)), m.marker, m.seq) for m in self.marks]
        marks += [Mark(max(0, m.offset + shift), m.marker, m.seq) for m in other.marks]
        return Para(
            text=f"{left} {right}",
            marks=marks,
            bold=self.bold and other.bold,
            heading=self.heading,
            footnote=self.footnote,
            seq=self.seq,
            outline=self.outline,
        )
