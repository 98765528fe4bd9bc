"""Paragraphs to a :class:`~ktxh.text.model.Doc`: blocks, headings, sentences.

``Doc.text`` is the body blocks, one per line, followed by the footnote
blocks. Block spans never include the newline that separates blocks, and
sentences never cross a block.
"""

from __future__ import annotations

from collections.abc import Iterable

from ktxh.text.footnotes import PlacedMark, arrange, link
from ktxh.text.headings import (
    MAX_PLAIN_HEADING,
    RANKS,
    assign_levels,
    heading_style,
    is_bullet,
    numbering,
)
from ktxh.text.markup import lift_superscripts, parse_markup
from ktxh.text.model import Block, BlockKind, Doc, Footnote, Sentence, Span
from ktxh.text.normalize import nfc
from ktxh.text.para import Para
from ktxh.text.sentences import split_sentences

CELL_SEPARATOR = " | "


def build_doc(raw: str, source: str = "", fmt: str = "txt") -> Doc:
    """Build a Doc from markdown-ish plain text (.txt/.md)."""
    raw = nfc(raw)
    return assemble(parse_markup(raw), raw=raw, source=source, fmt=fmt)


def _plain_next(body: list[Para], i: int) -> bool:
    """Whether the paragraph after ``body[i]`` is unnumbered body text."""
    if i + 1 >= len(body):
        return False
    nxt = body[i + 1]
    return (
        nxt.cells is None
        and not nxt.bold
        and numbering(nxt.text) is None
        and not is_bullet(nxt.text)
        and len(nxt.text) > MAX_PLAIN_HEADING
    )


def _row(para: Para, pos: int) -> tuple[str, tuple[Span, ...]]:
    cells: list[Span] = []
    parts: list[str] = []
    at = pos
    for i, cell in enumerate(para.cells or ()):
        if i:
            at += len(CELL_SEPARATOR)
        cells.append(Span(at, at + len(cell)))
        parts.append(cell)
        at += len(cell)
    return CELL_SEPARATOR.join(parts), tuple(cells)


def assemble(
    paras: Iterable[Para],
    raw: str = "",
    source: str = "",
    fmt: str = "txt",
    warnings: Iterable[str] = (),
) -> Doc:
    """Rejoin, classify and lay out ``paras`` (in reading order) as a Doc."""
    body, notes = arrange(nfc_paras(paras))
    styles = [
        (None, None)
        if p.cells is not None
        else heading_style(p.text, p.bold, p.heading, _plain_next(body, i), p.outline)
        for i, p in enumerate(body)
    ]
    levels = assign_levels([s for s, _ in styles])
    texts: list[str] = []
    blocks: list[Block] = []
    placed: list[PlacedMark] = []
    stack: list[tuple[int, int, str]] = []  # (level, block index, style) of open headings
    pos = 0
    for para, (style, label) in zip(body, styles, strict=True):
        parent = stack[-1][1] if stack else None
        if para.cells is not None:
            text, cells = _row(para, pos)
            block = Block(BlockKind.TABLE_ROW, Span(pos, pos + len(text)), parent=parent,
                          bold=para.bold, cells=cells)
            placed += [PlacedMark(pos + min(m.offset, len(text)), m) for m in para.marks]
        else:
            text = para.text
            span = Span(pos, pos + len(text))
            if style is not None:
                level = levels[style]
                while stack and stack[-1][0] >= level:
                    stack.pop()
                parent = stack[-1][1] if stack else None
                stack.append((level, len(blocks), style))
                block = Block(BlockKind.HEADING, span, level, label, para.bold, parent)
            elif label is not None or is_bullet(text):
                num = numbering(text)
                if num is not None:
                    # "2. Về việc ..." after the heading "1. Về Dự án ...:" is its
                    # sibling: close the open headings of its rank and below.
                    rank = RANKS.index(num.style)
                    while stack and RANKS.index(stack[-1][2]) >= rank:
                        stack.pop()
                    parent = stack[-1][1] if stack else None
                block = Block(BlockKind.LIST_ITEM, span, None, label, para.bold, parent)
            else:
                block = Block(BlockKind.PARAGRAPH, span, None, None, para.bold, parent)
            placed += [PlacedMark(pos + m.offset, m) for m in para.marks]
        blocks.append(block)
        texts.append(text)
        pos += len(text) + 1
    first_note = len(blocks)
    for para in notes:
        span = Span(pos, pos + len(para.text))
        blocks.append(Block(BlockKind.FOOTNOTE, span, label=para.footnote))
        texts.append(para.text)
        pos += len(para.text) + 1
    refs, link_warnings = link(placed, notes)
    footnotes = tuple(
        Footnote(note.footnote or "", first_note + i, ref)
        for i, (note, ref) in enumerate(zip(notes, refs, strict=True))
    )
    text = "\n".join(texts)
    sentences = []
    for i, block in enumerate(blocks):
        pieces = block.cells if block.kind is BlockKind.TABLE_ROW else (block.span,)
        for piece in pieces:
            for a, b in split_sentences(text, piece.start, piece.end):
                sentences.append(Sentence(Span(a, b), i))
    return Doc(
        text=text,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        footnotes=footnotes,
        source=source,
        format=fmt,
        raw=raw,
        warnings=(*warnings, *link_warnings),
    )


def nfc_paras(paras: Iterable[Para]) -> list[Para]:
    """Readers of .docx/.pdf may hand decomposed text: make every text NFC.

    NFC can shorten a text, which would move the marks; such paragraphs keep
    their marks at the nearest earlier offset.
    """
    out = []
    for para in paras:
        text = nfc(para.text)
        if para.cells is not None:
            para.cells = tuple(nfc(c) for c in para.cells)
        if len(text) != len(para.text) and para.marks:
            para.marks = [
                type(m)(len(nfc(para.text[: m.offset])), m.marker, m.seq) for m in para.marks
            ]
        para.text = text
        out.append(lift_superscripts(para))
    return out
