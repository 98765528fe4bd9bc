"""Word (.docx) documents via python-docx.

Paragraphs and tables in document order (a table row becomes one Para with
cells; a table inside a cell is read into that cell, rows parted by "; ");
automatic numbering rendered from ``word/numbering.xml`` ("1.", "a)", "I.")
in front of the text, as a reader sees it; bold from runs or the
paragraph style; real footnotes read from ``word/footnotes.xml`` (python-docx
has no footnote API) and linked to their ``footnoteReference`` marks.
Superscript runs are footnote marks, never glued to the number before them
("2.587³ tỷ" must not read "2.5873 tỷ"), except "m²"/"m³" after a unit.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from ktxh.text.errors import ReadError
from ktxh.text.markup import EXPONENTS, UNIT_WORDS
from ktxh.text.model import Doc
from ktxh.text.para import Mark, Para
from ktxh.text.readers.numbering import Numberer
from ktxh.text.structure import assemble

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_SKIPPED_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_FALSE = {"0", "false", "off"}
_HEADING_STYLE = re.compile(r"(?:heading|tiêu đề)\s*(\d)$")
_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_NO_LINE = {"nil", "none"}
# A cell that only a layout table holds: the national motto, "Số: 45/TB-...",
# "Nơi nhận:", a signature "TM. ỦY BAN NHÂN DÂN".
_LAYOUT_CELL = re.compile(
    r"^(?:CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|Số\s*:|Nơi nhận"
    r"|(?:TM|KT|TL|TUQ)\.\s)",
    re.I,
)


def _on(el: Any, tag: str) -> bool | None:
    """State of an on/off run property (``<w:b/>``), None when absent."""
    if el is None:
        return None
    prop = el.find(W + tag)
    if prop is None:
        return None
    return prop.get(W + "val", "true").lower() not in _FALSE


class _Builder:
    """Accumulates one paragraph's text, marks and bold coverage."""

    def __init__(self, style_bold: bool, notes: dict[str, str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[Mark] = []
        self.bold_chars = self.all_chars = 0
        self.style_bold = style_bold
        self.notes = notes  # footnote id -> marker, filled in reading order

    def add(self, text: str, bold: bool) -> None:
        self.parts.append(text)
        self.length += len(text)
        visible = len(text.replace(" ", "").replace("\t", ""))
        self.all_chars += visible
        self.bold_chars += visible if bold else 0

    def mark(self, marker: str) -> None:
        self.marks.append(Mark(self.length, marker))

    def unit_before(self) -> bool:
        tail = "".join(self.parts[-2:]).rstrip("\t ")
        word = tail.split(" ")[-1] if tail else ""
        letters = "".join(c for c in word if c.isalpha())
        return bool(word) and word[-1].isalpha() and letters.lower() in UNIT_WORDS

    def run(self, r: Any) -> None:
        rpr = r.find(W + "rPr")
        bold = _on(rpr, "b")
        bold = self.style_bold if bold is None else bold
        valign = rpr.find(W + "vertAlign") if rpr is not None else None
        sup = valign is not None and valign.get(W + "val") == "superscript"
        for child in r:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                if sup and text.strip():
                    if text.strip() in EXPONENTS and self.unit_before():
                        self.add(text.strip(), bold)
                    else:
                        self.mark(text.strip())
                else:
                    self.add(text, bold)
            elif tag == W + "tab":
                self.add("\t", bold)
            elif tag in (W + "br", W + "cr"):
                self.add("\n", bold)
            elif tag == W + "noBreakHyphen":
                self.add("-", bold)
            elif tag == W + "footnoteReference":
                note_id = child.get(W + "id", "")
                marker = self.notes.setdefault(note_id, str(len(self.notes) + 1))
                self.mark(marker)

    def paras(self, prefix: str, heading: bool, seq: int) -> list[Para]:
        text = prefix + "".join(self.parts)
        shift = len(prefix)
        bold = self.all_chars > 0 and self.bold_chars >= 0.9 * self.all_chars
        out: list[Para] = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            marks = [
                Mark(min(max(0, m.offset + shift - start - lead), len(stripped)), m.marker, seq)
                for m in self.marks
                if start <= m.offset + shift <= end
            ]
            if stripped:
                out.append(Para(stripped, marks, bold, heading, seq=seq))
            start = end + 1
        return out


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numberer = Numberer(document.part)
        self.note_markers: dict[str, str] = {}
        self.seq = 0

    def _style_info(self, paragraph: Any) -> tuple[bool, bool, int | None]:
        """``(bold, heading, outline level)`` from the paragraph style and its bases."""
        style = paragraph.style
        name = (style.name or "").lower() if style is not None else ""
        bold = False
        while style is not None:
            if style.font.bold is not None:
                bold = bool(style.font.bold)
                break
            style = style.base_style
        m = _HEADING_STYLE.match(name)
        outline = int(m.group(1)) if m else None
        return bold, outline is not None or name in ("title", "tiêu đề"), outline

    def paragraph(self, paragraph: Any, with_number: bool = True) -> list[Para]:
        style_bold, heading, outline = self._style_info(paragraph)
        builder = _Builder(style_bold, self.note_markers)
        for r in paragraph._p.iter(W + "r"):
            builder.run(r)
        prefix = self.numberer.label(paragraph) if with_number else ""
        self.seq += 1
        paras = builder.paras(prefix, heading, self.seq)
        for para in paras:
            para.outline = outline
        return paras

    def _bordered(self, table: Any) -> bool:
        """Whether the table or its style draws any border line."""
        style = table.style
        elements = [table._tbl.tblPr]
        while style is not None:
            elements.append(style.element.find(W + "tblPr"))
            style = style.base_style
        for tbl_pr in elements:
            borders = tbl_pr.find(W + "tblBorders") if tbl_pr is not None else None
            if borders is not None:
                return any(
                    (side := borders.find(W + name)) is not None
                    and side.get(W + "val", "single") not in _NO_LINE
                    for name in _SIDES
                )
        return False

    def _is_layout(self, table: Any) -> bool:
        """A table that only places text side by side: the header block
        (issuer | motto, "Số:" | place and date) or "Nơi nhận" | signature.
        """
        grid = table._tbl.tblGrid
        columns = len(grid.findall(W + "gridCol")) if grid is not None else 0
        if columns > 3:
            return False
        texts = [p.text.strip() for cell in table._cells for p in cell.paragraphs]
        if any(_LAYOUT_CELL.match(t) for t in texts if t):
            return True
        return columns <= 2 and len(table.rows) <= 4 and not self._bordered(table)

    def layout(self, table: Any) -> list[Para]:
        """A layout table read column by column, each cell paragraph a Para."""
        out: list[Para] = []
        seen: set[int] = set()
        rows = [row.cells for row in table.rows]
        for col in range(max((len(r) for r in rows), default=0)):
            for cells in rows:
                if col >= len(cells) or id(cells[col]._tc) in seen:
                    continue
                seen.add(id(cells[col]._tc))
                out += self._cell(cells[col])
        return out

    def _cell(self, cell: Any) -> list[Para]:
        """A cell's paragraphs in order, a table inside the cell among them."""
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        out: list[Para] = []
        for child in cell._tc:
            if child.tag == W + "p":
                out += self.paragraph(Paragraph(child, cell))
            elif child.tag == W + "tbl":
                out += self._inner(Table(child, cell))
        return out

    def _inner(self, table: Any) -> list[Para]:
        """A table inside a cell as one Para: each row's cells joined by a
        space, the rows by "; " ("Thu nội địa 1.250 tỷ đồng; Thu thuế ...")."""
        rows: list[str] = []
        marks: list[Mark] = []
        for row in table.rows:
            cells, row_marks = self._row(row)
            if any(cells):
                rows.append(" ".join(c for c in cells if c))
                marks += row_marks
        self.seq += 1
        if not rows:
            return []
        return [Para("; ".join(rows), [Mark(0, m.marker, self.seq) for m in marks], seq=self.seq)]

    def _row(self, row: Any) -> tuple[list[str], list[Mark]]:
        """A row's cell texts (a merged cell once) and the footnote marks in them."""
        seen: set[int] = set()
        cells: list[str] = []
        marks: list[Mark] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell repeats
            seen.add(id(cell._tc))
            texts = []
            for para in self._cell(cell):
                texts.append(para.text)
                marks += para.marks
            cells.append(" ".join(texts))
        return cells, marks

    def table(self, table: Any) -> list[Para]:
        if self._is_layout(table):
            return self.layout(table)
        out: list[Para] = []
        for row in table.rows:
            cells, marks = self._row(row)
            self.seq += 1
            if any(cells):
                # marks inside cells are kept for linking, at the row start
                out.append(Para("", [Mark(0, m.marker, self.seq) for m in marks],
                                cells=tuple(cells), seq=self.seq))
        return out

    def _blocks(self, parent: Any) -> list[Para]:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        out: list[Para] = []
        for child in parent:
            if child.tag == W + "p":
                out += self.paragraph(Paragraph(child, self.document.part))
            elif child.tag == W + "tbl":
                out += self.table(Table(child, self.document.part))
            elif child.tag == W + "sdt":  # content controls wrap paragraphs too
                content = child.find(W + "sdtContent")
                if content is not None:
                    out += self._blocks(content)
        return out

    def body(self) -> list[Para]:
        return self._blocks(self.document.element.body)

    def footnotes(self) -> list[Para]:
        part = next(
            (rel.target_part for rel in self.document.part.rels.values()
             if rel.reltype == RT_FOOTNOTES and not rel.is_external),
            None,
        )
        if part is None:
            return []
        from docx.oxml.parser import parse_xml
        from docx.text.paragraph import Paragraph

        root = parse_xml(part.blob)
        by_id: dict[str, list[Para]] = {}
        for note in root.iter(W + "footnote"):
            if note.get(W + "type") in _SKIPPED_NOTES:
                continue
            paras: list[Para] = []
            for p in note.iter(W + "p"):
                paras += self.paragraph(Paragraph(p, self.document.part), with_number=False)
            by_id[note.get(W + "id", "")] = paras
        out: list[Para] = []
        for note_id, marker in self.note_markers.items():
            paras = by_id.get(note_id)
            if not paras:
                continue
            text = " ".join(p.text for p in paras)
            out.append(Para(text, footnote=marker, seq=10**9))
        return out


def read_docx(path: Path, data: bytes) -> Doc:
    """Read a .docx file's bytes into a Doc."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise ReadError(str(path), f"corrupt .docx ({err.__class__.__name__}: {err})") from err
    except Exception as err:  # lxml errors on broken XML inside the package
        raise ReadError(str(path), f"corrupt .docx ({err.__class__.__name__}: {err})") from err
    reader = _Reader(document)
    paras = reader.body()
    notes = reader.footnotes()
    if not any(p.text.strip() or p.cells for p in paras):
        raise ReadError(str(path), "empty file: the document has no text")
    raw = "\n".join(p.text if p.cells is None else "\t".join(p.cells) for p in paras + notes)
    return assemble(paras + notes, raw=raw, source=str(path), fmt="docx")
