"""Footnotes: move them after the body, rejoin what a page break split.

In a converted document the footnotes of a page sit between the last line of
that page and the first line of the next, often in the middle of a body
paragraph: "... Tiến độ giải" / footnotes / "phóng mặt bằng ...". The body
paragraph before the group does not end a sentence and the one after starts
with a lower-case word: they are one paragraph and are rejoined with one
space. The same holds for a page break with no footnotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ktxh.text.headings import heading_style, is_bullet, numbering
from ktxh.text.para import Mark, Para

_OPENERS = "\"“‘(«"
MIN_CUT_PARAGRAPH = 60  # shorter unpunctuated lines are titles, signatures ...


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip(_OPENERS + " ")
    return bool(stripped) and stripped[0].isalpha() and stripped[0].islower()


def _unfinished(text: str) -> bool:
    """A paragraph cut mid-sentence: "... chi cân đối 1.477,2 tỷ đồng, đạt"."""
    return len(text) >= MIN_CUT_PARAGRAPH and (text[-1].isalnum() or text[-1] in ",-–(")


def _continues(prev: Para, cur: Para, after_notes: bool) -> bool:
    """Whether ``cur`` is the rest of body paragraph ``prev``.

    ``after_notes``: a group of footnote texts stands between them.
    """
    if cur.cells is not None or prev.cells is not None or cur.heading:
        return False
    if numbering(cur.text) or is_bullet(cur.text):
        return False
    if heading_style(prev.text, prev.bold, prev.heading)[0] is not None:
        return False
    if _starts_lower(cur.text):
        # Even after a full stop, a lower-case start means the break was a
        # page's ("... năm 2015." / footnotes / "tăng 5% ..."): one paragraph.
        return True
    if not _unfinished(prev.text):
        return False
    if cur.text[0].isdigit():
        return True  # "... đạt" / footnotes / "20,7% dự toán, ..."
    # "... tại tỉnh" / footnotes / "Lạng Sơn ...": a name continues the clause
    return after_notes and heading_style(cur.text, cur.bold, cur.heading)[0] is None


def arrange(paras: Iterable[Para]) -> tuple[list[Para], list[Para]]:
    """Split ``paras`` into body and footnote texts, rejoining split paragraphs."""
    body: list[Para] = []
    notes: list[Para] = []
    after_notes = False
    for para in paras:
        if para.footnote is not None:
            notes.append(para)
            after_notes = True
            continue
        if body and _continues(body[-1], para, after_notes):
            body[-1] = body[-1].joined(para)
        else:
            body.append(para)
        after_notes = False
    return body, notes


@dataclass(frozen=True, slots=True)
class PlacedMark:
    """A mark with its final offset in ``Doc.text``."""

    ref: int
    mark: Mark


def link(marks: list[PlacedMark], notes: list[Para]) -> tuple[list[int | None], list[str]]:
    """For each footnote, the offset of its mark (or None), and warnings.

    A footnote goes with the last unused mark of the same marker read before
    it (footnote texts follow their page); failing that, the first unused
    mark of that marker anywhere.
    """
    unused = sorted(marks, key=lambda pm: (pm.mark.seq, pm.ref))
    taken: set[int] = set()
    refs: list[int | None] = []
    for note in notes:
        best = None
        for i, pm in enumerate(unused):
            if i in taken or pm.mark.marker != note.footnote:
                continue
            if pm.mark.seq <= note.seq:
                best = i
            elif best is None:
                best = i
                break
        if best is None:
            refs.append(None)
        else:
            taken.add(best)
            refs.append(unused[best].ref)
    warnings = [
        f"footnote {n.footnote} has no mark in the body"
        for n, r in zip(notes, refs, strict=True)
        if r is None
    ]
    warnings += [f"footnote mark {pm.mark.marker} has no footnote text"
                 for i, pm in enumerate(unused) if i not in taken]
    return refs, warnings
