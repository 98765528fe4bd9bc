"""The fuzz documents as an office files them: .docx (python-docx) and .pdf (reportlab).

:func:`to_docx` lays a generated markdown-ish document (:mod:`tests.extract.fuzz_docs`)
out in Word the many ways offices do, chosen by the seed: plain paragraphs, bold
runs for ``**…**``, heading styles for ``#`` lines, real tables for pipe rows
(merged cells, a table inside a cell, a borderless header block), numbered
and bulleted list styles for labelled lines, superscript runs and real
footnotes for footnote marks, empty paragraphs, hard line breaks inside a
paragraph. :func:`to_pdf` sets the same blocks as a text-layer PDF: wrapped
lines, indented first lines, bold font runs, raised small footnote marks,
footnote texts at the page foot, table cells side by side with or without
rules, page numbers, page breaks. The same seed gives the same file.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass, field

from tests.text.docx_factory import add_footnotes, footnote_reference
from tests.text.pdf_factory import DEJAVU

# XML 1.0 refuses these; Word files cannot hold them either
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RULE = re.compile(r"^\|?\s*:?-{2,}")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^[-+•*]\s+(?=\S)")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[a-zđ])[.)]\s+(?=\S)")
_NOTE_MARK = re.compile(r"(¹|²|³|\[\d\]|\[\^\d\])")
_NOTE_LINE = re.compile(r"^(¹|²|³|\[\d\]|\[\^\d\]|\(\d\)|\*)\s+(.+)$")
_SUPERSCRIPT = {"¹": "1", "²": "2", "³": "3"}


@dataclass
class Block:
    """A paragraph (lines joined by hard breaks) or a table of rows."""

    lines: list[str] = field(default_factory=list)
    rows: list[list[str]] | None = None
    heading: int = 0
    note: str | None = None  # a footnote's text, its mark in ``lines[0]``


def blocks(text: str, r: random.Random) -> list[Block]:
    """Cut a fuzz document into paragraphs, tables, headings and footnote texts;
    now and then lines run on in one paragraph with hard breaks."""
    out: list[Block] = []
    for line in _NOT_XML.sub("", text).replace("\u2028", "\n").split("\n"):
        line = line.strip()
        last = out[-1] if out else None
        if line.startswith("|"):
            if _RULE.match(line):
                continue
            row = [c.strip() for c in line.strip("|").split("|")]
            if last is not None and last.rows is not None:
                last.rows.append(row)
            else:
                out.append(Block(rows=[row]))
        elif (h := _HEADING.match(line)) is not None:
            out.append(Block([h.group(2)], heading=len(h.group(1))))
        elif (n := _NOTE_LINE.match(line)) is not None and r.random() < 0.7:
            out.append(Block([n.group(1)], note=n.group(2)))
        elif (last is not None and last.rows is None and not last.heading and last.note is None
              and line and last.lines and last.lines[-1] and r.random() < 0.15):
            last.lines.append(line)  # a hard line break inside the paragraph
        else:
            out.append(Block([line]))
    return out


def _runs(text: str) -> list[tuple[str, bool, bool]]:
    """``(text, bold, superscript)`` runs: ``**`` toggles bold, a footnote mark
    is superscript."""
    out: list[tuple[str, bool, bool]] = []
    bold = False
    for piece in re.split(r"(\*\*)", text):
        if piece == "**":
            bold = not bold
            continue
        for part in _NOTE_MARK.split(piece):
            if part:
                mark = _NOTE_MARK.fullmatch(part) is not None
                out.append((_SUPERSCRIPT.get(part, part.strip("[]^")) if mark else part,
                            bold, mark))
    return out


# --- .docx --------------------------------------------------------------------


def _borderless(table) -> None:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sides = "".join(f'<w:{s} w:val="nil"/>' for s in
                    ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {ns}>{sides}</w:tblBorders>"))


class _Word:
    def __init__(self, r: random.Random) -> None:
        import docx

        self.r = r
        self.doc = docx.Document()
        self.notes: dict[int, str] = {}
        self.pending: dict[str, int] = {}  # footnote mark -> id of a real footnote

    def inline(self, p, text: str, bold: bool = False) -> None:
        for piece, b, sup in _runs(text):
            note = self.pending.get(piece) if sup else None
            if note is not None and self.r.random() < 0.8:
                footnote_reference(p, note)
                continue
            run = p.add_run(piece)  # "\t" becomes <w:tab/>
            run.bold = (b or bold) or None
            if sup:
                run.font.superscript = True

    def paragraph(self, block: Block, container=None) -> None:
        doc = container or self.doc
        r = self.r
        first = block.lines[0] if block.lines else ""
        style = None
        if block.heading and r.random() < 0.6:
            style = f"Heading {min(block.heading, 3)}"
        elif _BULLET.match(first) and r.random() < 0.5:
            style, first = "List Bullet", _BULLET.sub("", first, 1)
        elif _NUMBERED.match(first) and r.random() < 0.5:
            style, first = "List Number", _NUMBERED.sub("", first, 1)
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        if not style and r.random() < 0.3:
            from docx.shared import Pt

            p.paragraph_format.first_line_indent = Pt(28)
        bold = bool(block.heading) and style is None
        for i, line in enumerate([first, *block.lines[1:]]):
            if i:
                p.add_run().add_break()
            self.inline(p, line, bold)

    def cell_text(self, cell, text: str) -> None:
        parts = text.split("; ") if self.r.random() < 0.2 else [text]
        for i, part in enumerate(parts):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            self.inline(p, part)

    def table(self, rows: list[list[str]], container=None) -> None:
        from docx.exceptions import InvalidSpanError

        r = self.r
        width = max(len(row) for row in rows)
        host = container or self.doc
        table = host.add_table(rows=len(rows), cols=width)
        if r.random() < 0.7:
            table.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.cell_text(table.cell(i, j), text)
        for _ in range(r.randint(0, 2)):  # merged cells, across or down
            i, j = r.randrange(len(rows)), r.randrange(width)
            try:
                if r.random() < 0.5 and j + 1 < width:
                    table.cell(i, j).merge(table.cell(i, j + 1))
                elif i + 1 < len(rows):
                    table.cell(i, j).merge(table.cell(i + 1, j))
            except InvalidSpanError:  # across a cell merged before: not a rectangle
                pass
        if r.random() < 0.1:  # a table inside a cell
            cell = table.cell(r.randrange(len(rows)), r.randrange(width))
            inner = cell.add_table(rows=1, cols=2)
            inner.cell(0, 0).text, inner.cell(0, 1).text = "1", rows[-1][-1]

    def header(self, lines: list[str]) -> None:
        """The first lines as a borderless 2-column header block."""
        table = self.doc.add_table(rows=2, cols=2)
        _borderless(table)
        half = (len(lines) + 1) // 2
        for k, part in enumerate((lines[:half], lines[half:])):
            cell = table.cell(k, 0 if k == 0 else 1)
            for i, line in enumerate(part):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                self.inline(p, line, i == 0)

    def build(self, parts: list[Block]) -> bytes:
        r = self.r
        for b in parts:
            if b.note is not None and r.random() < 0.8:
                self.pending.setdefault(b.lines[0].strip("[]^").translate(
                    str.maketrans(_SUPERSCRIPT)), len(self.pending) + 1)
        head = 0
        if r.random() < 0.3:  # an office header block in a layout table
            while head < len(parts) and head < 4 and parts[head].rows is None and \
                    parts[head].note is None and parts[head].lines[0]:
                head += 1
            if head:
                self.header([b.lines[0] for b in parts[:head]])
        for b in parts[head:]:
            if b.rows is not None:
                self.table(b.rows)
                if r.random() < 0.3:
                    self.doc.add_paragraph()
            elif b.note is not None:
                mark = b.lines[0].strip("[]^").translate(str.maketrans(_SUPERSCRIPT))
                if mark in self.pending:
                    self.notes[self.pending[mark]] = b.note
                else:
                    self.paragraph(Block([f"{b.lines[0]} {b.note}"]))
            elif b.lines == [""]:
                if r.random() < 0.3:
                    self.doc.add_paragraph()  # an empty paragraph kept
            else:
                self.paragraph(b)
        buf = io.BytesIO()
        self.doc.save(buf)
        notes = {i: self.notes.get(i, "") for i in sorted(set(self.pending.values()))}
        return add_footnotes(buf.getvalue(), notes) if notes else buf.getvalue()


def to_docx(text: str, seed: int) -> bytes:
    """The fuzz document ``text`` as a .docx (layout chosen by ``seed``)."""
    r = random.Random(seed * 7919 + 1)
    return _Word(r).build(blocks(text, r))


# --- .pdf ---------------------------------------------------------------------

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 70.0, 50.0, 60.0, 60.0
# characters no text layer carries as such: format characters
_PDF_DROP = str.maketrans("", "", "\u200b\ufeff\u00ad")


def _fonts() -> tuple[str, str]:
    """(regular, bold) fonts with Vietnamese glyphs (DejaVu Serif), else Times."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = DEJAVU.parent
    if not (folder / "DejaVuSerif.ttf").is_file():
        return "Times-Roman", "Times-Bold"
    for name, file in (("DejaVuSerif", "DejaVuSerif.ttf"),
                       ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    return "DejaVuSerif", "DejaVuSerif-Bold"


class _Pdf:
    def __init__(self, r: random.Random) -> None:
        from reportlab.pdfgen import canvas

        self.r = r
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(PAGE_W, PAGE_H))
        self.font, self.bold = _fonts()
        self.size = r.choice((12.0, 13.0, 14.0))
        self.y = PAGE_H - TOP
        self.page = 1
        self.numbers = r.random() < 0.5
        self.ruled = r.random() < 0.5
        self.notes: list[tuple[str, str]] = []  # at this page's foot
        self._page_number()

    def width(self, text: str, bold: bool, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, self.bold if bold else self.font, size)

    def _page_number(self) -> None:
        if self.numbers:
            t = self.c.beginText(PAGE_W / 2, PAGE_H - 30)
            t.setFont(self.font, 11)
            t.textOut(str(self.page))
            self.c.drawText(t)

    def new_page(self) -> None:
        self._foot()
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP
        self._page_number()

    def _foot(self) -> None:
        y = BOTTOM - 5 + 11 * len(self.notes)
        for mark, text in self.notes:
            self.draw_words([(mark, False, True), (text, False, False)], LEFT, y, 10, PAGE_W)
            y -= 11
        self.notes = []

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM + 11 * (len(self.notes) + 2):
            self.new_page()

    def draw_words(self, words: list[tuple[str, bool, bool]], x: float, y: float, size: float,
                   right: float) -> list[list[tuple[str, bool, bool]]]:
        """Draw runs from ``x`` on the baseline ``y``; return the runs that did not fit."""
        c = self.c
        for k, (text, bold, sup) in enumerate(words):
            s = size * 0.6 if sup else size
            w = self.width(text, bold, s)
            if x + w > right and k:
                return [words[k:]]
            t = c.beginText(x, y + (size * 0.35 if sup else 0))
            t.setFont(self.bold if bold else self.font, s)
            t.textOut(text)
            c.drawText(t)
            x += w
        return []

    def words(self, text: str, bold: bool = False) -> list[tuple[str, bool, bool]]:
        """Runs cut into words (each with its trailing space) for wrapping."""
        out: list[tuple[str, bool, bool]] = []
        for piece, b, sup in _runs(text.translate(_PDF_DROP).replace("\t", " ")):
            if sup:
                out.append((piece.strip(), b or bold, True))
                continue
            out += [(w, b or bold, False) for w in re.findall(r"\S+\s*|\s+", piece)]
        return out

    def lines_of(self, words: list[tuple[str, bool, bool]], x0: float, first: float,
                 right: float, size: float) -> list[tuple[float, list[tuple[str, bool, bool]]]]:
        lines: list[tuple[float, list[tuple[str, bool, bool]]]] = []
        x, line = x0 + first, []
        for w in words:
            width = self.width(w[0], w[1], size * (0.6 if w[2] else 1))
            if line and x + width > right:
                lines.append((x0 + (first if not lines else 0), line))
                x, line = x0, []
            line.append(w)
            x += width
        if line:
            lines.append((x0 + (first if not lines else 0), line))
        return lines

    def paragraph(self, block: Block) -> None:
        r = self.r
        bold = bool(block.heading)
        indent = 0.0 if bold or r.random() < 0.4 else 28.0
        for k, text in enumerate(block.lines):
            words = self.words(text, bold)
            if not words:
                continue
            for x, line in self.lines_of(words, LEFT, indent if k == 0 else 0,
                                         PAGE_W - RIGHT, self.size):
                self.need(self.size * 1.3)
                self.draw_words(line, x, self.y, self.size, PAGE_W)
                self.y -= self.size * 1.3
        self.y -= self.size * r.choice((0.2, 0.5, 0.8))

    def table(self, rows: list[list[str]]) -> None:
        width = max(len(row) for row in rows)
        span = (PAGE_W - LEFT - RIGHT) / width
        size = self.size - 2
        for row in rows:
            cells = [self.lines_of(self.words(t), LEFT + j * span + 3, 0,
                                   LEFT + (j + 1) * span - 3, size) for j, t in enumerate(row)]
            height = max((len(c) for c in cells), default=1) * size * 1.25 + 4
            self.need(height)
            top = self.y + size
            for cell in cells:
                y = self.y
                for x, line in cell:
                    self.draw_words(line, x, y, size, PAGE_W)
                    y -= size * 1.25
            if self.ruled:
                self.c.setLineWidth(0.5)
                self.c.rect(LEFT, top - height, span * width, height)
                for j in range(1, width):
                    self.c.line(LEFT + j * span, top, LEFT + j * span, top - height)
            self.y -= height
        self.y -= self.size * 0.5

    def build(self, parts: list[Block]) -> bytes:
        r = self.r
        for b in parts:
            if b.rows is not None:
                self.table(b.rows)
            elif b.note is not None and r.random() < 0.7:
                mark = b.lines[0].strip("[]^").translate(str.maketrans(_SUPERSCRIPT))
                self.notes.append((mark, b.note.translate(_PDF_DROP)))
            elif b.lines != [""]:
                self.paragraph(b)
            elif r.random() < 0.05:
                self.new_page()
        self._foot()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def to_pdf(text: str, seed: int) -> bytes:
    """The fuzz document ``text`` as a text-layer PDF (layout chosen by ``seed``)."""
    r = random.Random(seed * 7919 + 2)
    return _Pdf(r).build(blocks(text, r))
