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
