"""Plain/markdown text to blocks and sentences (first version)."""

from __future__ import annotations

import re

from ktxh.text.model import Block, BlockKind, Doc, Footnote, Sentence, Span
from ktxh.text.normalize import nfc

_SUP = re.compile(r"<sup>\s*(\d+)\s*</sup>")
_MARKUP = re.compile(r"\*\*|__|^#+\s*|\\")


def build_doc(raw: str, source: str = "", fmt: str = "txt") -> Doc:
    raw = nfc(raw)
    parts: list[str] = []
    blocks: list[Block] = []
    footnotes: list[Footnote] = []
    pos = 0
    parent = None
    for para in re.split(r"\n\s*\n", raw):
        line = " ".join(x.strip() for x in para.splitlines()).strip()
        if not line:
            continue
        fn = re.match(r"<sup>\s*(\d+)\s*</sup>\s*", line)
        heading = line.startswith("#") or (line.startswith("**") and line.endswith("**"))
        clean = (
            _MARKUP.sub("", _SUP.sub("", line)).strip()
            if not fn
            else _MARKUP.sub("", line[fn.end() :]).strip()
        )
        if not clean:
            continue
        span = Span(pos, pos + len(clean))
        if fn:
            footnotes.append(Footnote(fn.group(1), len(blocks), None))
            blocks.append(Block(BlockKind.FOOTNOTE, span, label=fn.group(1)))
        elif heading:
            blocks.append(Block(BlockKind.HEADING, span, level=1, bold=True))
            parent = len(blocks) - 1
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, span, parent=parent))
        parts.append(clean)
        pos += len(clean) + 1
    text = "\n".join(parts)
    sentences = []
    for i, b in enumerate(blocks):
        start = b.span.start
        for m in re.finditer(r"[.;!?](?=\s+[A-ZĐÀ-Ỹ])|$", text[b.span.start : b.span.end]):
            end = b.span.start + m.end()
            if end > start:
                sentences.append(Sentence(Span(start, end), i))
            start = end + 1
    return Doc(
        text=text,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        footnotes=tuple(footnotes),
        source=source,
        format=fmt,
        raw=raw,
    )
