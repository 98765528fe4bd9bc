"""Sentences for the checks, split the same way for every check."""

from __future__ import annotations

from collections.abc import Iterator

from ktxh.monitor.check_patterns import SENTENCE_END
from ktxh.text.model import BlockKind, Doc


def sentences(doc: Doc) -> Iterator[tuple[int, int, int]]:
    """(start, end, block index) of the sentences of every text block.

    Split here (". " + capital) rather than taken from the reader, so that
    list items separated by ";" stay in one sentence.
    """
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.HEADING:
            continue
        start = block.span.start
        text = doc.text[start : block.span.end]
        pos = 0
        for m in SENTENCE_END.finditer(text):
            if m.end() > pos and text[pos : m.end()].strip():
                yield start + pos, start + m.end(), i
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if m.end() == len(text):
                break
