"""python-docx building blocks laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I).

Page setup, the header block (a borderless two-column table), number and
place/date lines, the type word and title, body paragraphs, page numbers in
the top margin from page 2, the "Nơi nhận:" block and the signature block.
Sizes and texts come from :mod:`ktxh.report.admin_format`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from ktxh.report import admin_format as A


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Who issues and signs: the texts of the header and signature blocks."""

    parent: str  # cơ quan chủ quản, "" for none ("ỦY BAN NHÂN DÂN")
    issuer: str  # cơ quan ban hành, in capitals ("TỈNH LẠNG SƠN")
    place: str  # địa danh ("Lạng Sơn")
    symbol: str = A.REPORT_SYMBOL
    authority: str = ""  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"
    position: str = ""  # "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (one line each)
    signer: str = ""
    name: str = ""  # the issuer's full name as written ("Ủy ban nhân dân tỉnh Lạng Sơn")


def text_width_mm(doc: DocxDocument) -> float:
    sec = doc.sections[-1]
    return (sec.page_width - sec.left_margin - sec.right_margin) / Mm(1)


def setup_page(doc: DocxDocument, landscape: bool = False) -> None:
    """A4 (portrait; landscape for a wide appendix table), the decree's
    margins, Times New Roman body, page numbers."""
    normal = doc.styles["Normal"]
    normal.font.name = A.FONT_NAME
    normal.font.size = Pt(A.BODY_SIZE)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), A.FONT_NAME)
    normal.paragraph_format.space_after = Pt(0)
    for section in doc.sections:
        short, long = Mm(A.PAGE_WIDTH_MM), Mm(A.PAGE_HEIGHT_MM)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = long, short
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = short, long
        section.top_margin, section.bottom_margin = Mm(A.MARGIN_TOP_MM), Mm(A.MARGIN_BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(A.MARGIN_LEFT_MM), Mm(A.MARGIN_RIGHT_MM)
        section.header_distance = Mm(10)
        section.different_first_page_header_footer = True
        _page_number(section.header.paragraphs[0])


def _page_number(p: Paragraph) -> None:
    """"Số trang ... đặt canh giữa theo chiều ngang trong phần lề trên", from page 2."""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(A.PAGE_NUMBER_SIZE)
    run.font.name = A.FONT_NAME
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def para(container, text: str = "", size: float = A.BODY_SIZE, bold: bool = False,
         italic: bool = False, align: int | None = WD_ALIGN_PARAGRAPH.CENTER,
         before: float = 0, after: float = 0) -> Paragraph:
    """A paragraph of one run in Times New Roman."""
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if text:
        run = p.add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
        run.font.name = A.FONT_NAME
    return p


def rule(container, length_mm: float, column_mm: float) -> Paragraph:
    """A centred horizontal line ``length_mm`` long (a top border of an empty
    paragraph whose indents leave that length)."""
    p = para(container, size=2, before=3)
    side = max(0.0, (column_mm - length_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    p.paragraph_format.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(k), v)
    borders.append(top)
    ppr.append(borders)
    return p


def text_mm(text: str, size: float, em: float) -> float:
    """Estimated printed length of ``text`` (for rules as long as a line)."""
    return len(text) * em * size * A.PT_MM


def _no_borders(table: Table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _cell_width(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths (grid and cells: Word reads one, LibreOffice the other)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)


def _first(cell) -> Paragraph:
    """The cell's own first paragraph, emptied of nothing: used once."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_block(doc: DocxDocument, head: Letterhead, place_date: str) -> Table:
    """Agency, number | quốc hiệu, tiêu ngữ, place and date: a borderless table."""
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_width(table, (A.HEADER_LEFT_MM, A.HEADER_RIGHT_MM))
    left, right = table.rows[0].cells
    p = _first(left)
    if head.parent:
        p.add_run(head.parent.upper()).font.size = Pt(A.AGENCY_SIZE)
        p = para(left)
    run = p.add_run(head.issuer.upper())
    run.font.size, run.font.bold = Pt(A.AGENCY_SIZE), True
    rule(left, A.RULE_SHARE * text_mm(head.issuer, A.AGENCY_SIZE, A.CHAR_EM_CAPS_BOLD),
         A.HEADER_LEFT_MM)
    para(left, f"Số:      /{head.symbol}", size=A.NUMBER_SIZE, before=6)
    p = _first(right)
    run = p.add_run(A.QUOC_HIEU)
    run.font.size, run.font.bold = Pt(A.QUOC_HIEU_SIZE), True
    para(right, A.TIEU_NGU, size=A.TIEU_NGU_SIZE, bold=True)
    rule(right, text_mm(A.TIEU_NGU, A.TIEU_NGU_SIZE, A.CHAR_EM_BOLD), A.HEADER_RIGHT_MM)
    para(right, place_date, size=A.PLACE_DATE_SIZE, italic=True, before=6)
    return table


def title_block(doc: DocxDocument, type_word: str, title_lines: Sequence[str],
                note: str = "") -> None:
    """"BÁO CÁO" then the trích yếu, centred and bold, a short rule below."""
    para(doc, type_word.upper(), size=A.TYPE_SIZE, bold=True, before=18)
    for line in title_lines:
        para(doc, line, size=A.TITLE_SIZE, bold=True)
    if note:
        para(doc, note, size=A.TITLE_SIZE, italic=True)
    width = text_width_mm(doc)
    longest = max((min(width, text_mm(t, A.TITLE_SIZE, A.CHAR_EM_BOLD)) for t in title_lines),
                  default=width / 2)
    rule(doc, A.RULE_SHARE * longest, width)
    para(doc, after=6)


def body(doc: DocxDocument, text: str, bold: bool = False, italic: bool = False,
         indent: bool = True) -> Paragraph:
    """A justified body paragraph with a first-line indent."""
    p = para(doc, text, bold=bold, italic=italic, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             before=A.PARAGRAPH_SPACE_PT)
    p.paragraph_format.line_spacing = A.LINE_SPACING
    if indent:
        p.paragraph_format.first_line_indent = Mm(A.FIRST_LINE_INDENT_MM)
    return p


def closing_block(doc: DocxDocument, head: Letterhead, recipients: Sequence[str]) -> Table:
    """"Nơi nhận:" list on the left, the signature block on the right."""
    para(doc, after=6)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    left_mm = A.SIGN_COLUMN_LEFT_MM
    _cell_width(table, (left_mm, text_width_mm(doc) - left_mm))
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = p.add_run(A.RECIPIENTS_HEAD)
    run.font.size, run.font.bold, run.font.italic = Pt(A.RECIPIENTS_HEAD_SIZE), True, True
    items = list(recipients)
    for i, name in enumerate(items):
        end = "." if i == len(items) - 1 else ";"
        para(left, f"- {name}{end}", size=A.RECIPIENTS_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = _first(right)
    lines = [x for x in (head.authority, *head.position.split("\n")) if x]
    for i, line in enumerate(lines):
        if i:
            p = para(right)
        run = p.add_run(line.upper())
        run.font.size, run.font.bold = Pt(A.SIGN_AUTHORITY_SIZE), True
    for _ in range(4):
        para(right)
    para(right, head.signer, size=A.SIGN_NAME_SIZE, bold=True)
    return table


def table_cell(cell, text: str, size: float = A.TABLE_SIZE, bold: bool = False,
               align: int = WD_ALIGN_PARAGRAPH.LEFT) -> None:
    p = cell.paragraphs[0]
    p.alignment = align
    run = p.add_run(text)
    run.font.size, run.font.bold = Pt(size), bold
    run.font.name = A.FONT_NAME


def set_widths(table: Table, widths_mm: Sequence[float]) -> None:
    _cell_width(table, widths_mm)


def repeat_header_row(table: Table) -> None:
    """The first row is repeated at the top of every page the table runs onto."""
    trpr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
