"""Build small text-layer PDFs for tests with reportlab."""

from __future__ import annotations

import io
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def font_name() -> str:
    """A font with Vietnamese glyphs when the system has one, else Helvetica."""
    if not DEJAVU.is_file():
        return "Helvetica"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    return "DejaVu"


def make_pdf(pages: list[list[tuple]]) -> bytes:
    """Each page is a list of ``(x, y, text, size)`` or ``(x, y, text, size, rise)``.

    ``rise`` draws the text with a raised baseline (a superscript mark).
    """
    from reportlab.pdfgen import canvas

    font = font_name()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for items in pages:
        for x, y, text, size, *rest in items:
            t = c.beginText(x, y + (rest[0] if rest else 0))
            t.setFont(font, size)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font_name(), size)


def empty_pdf() -> bytes:
    """A one-page PDF with no text layer (like a scan)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.rect(50, 50, 400, 600)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_flow_pdf(blocks: list[str | dict], size: float = 12, justify: bool = False) -> bytes:
    """A PDF laid out by reportlab's platypus from paragraphs (``str``) and
    ruled tables (``{"rows": [[...]], "spans": [((c0, r0), (c1, r1))],
    "repeat": n}``: grid lines on every cell, merged cells, the first ``n``
    rows printed again on top of each page the table runs onto)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = font_name()
    style = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.3,
                           alignment=4 if justify else 0)  # 4: TA_JUSTIFY
    cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
    story: list = []
    for block in blocks:
        if isinstance(block, str):
            story += [Paragraph(block, style), Spacer(1, size / 2)]
            continue
        rows = [[Paragraph(c, cell) if c else "" for c in row] for row in block["rows"]]
        commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        commands += [("SPAN", a, b) for a, b in block.get("spans", ())]
        table = Table(rows, repeatRows=block.get("repeat", 0), colWidths=block.get("widths"))
        table.setStyle(TableStyle(commands))
        story += [table, Spacer(1, size / 2)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=(595, 842), leftMargin=70, rightMargin=60).build(story)
    return buf.getvalue()
