"""The same document as an office writes it: .docx, .pdf, TCVN3 and VNI.

:func:`make_docx` turns a markdown-ish sample (the project's own format) into
a .docx built the way a Vietnamese provincial office types it: the header
block as a borderless 2-column table (issuer and "Số:" left, national motto
and place/date right), bold type word and title, numbered headings typed as
plain text, real footnotes in ``word/footnotes.xml``, the "Nơi nhận" list and
the signature block as a second borderless 2-column table, Times New Roman,
a page number field at the top of the page. :func:`make_pdf` converts that
.docx with LibreOffice headless. Nothing binary is committed: every file is
built inside the tests.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.text.docx_factory import add_footnotes, footnote_reference
from tests.text.legacy import to_tcvn3, to_vni

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_NUMBER_LINE = re.compile(r"^Số\s*:", re.I)
_DATE_LINE = re.compile(r"^[^\d,]{2,40},\s*ngày\s+\d", re.I)
_NOTE_DEF = re.compile(r"^<sup>(\d{1,3})</sup>\s*(.*)$")
_INLINE = re.compile(r"(\*\*|<sup>\d{1,3}</sup>)")
_ORDER = re.compile(r"^(?:\*\*)?(?:TM|KT|TL|TUQ|Q)\.\s", re.I)
_SEP_ROW = re.compile(r"^\|?\s*:?-{2,}")


@dataclass
class Sample:
    """A markdown sample cut into the parts an office lays out differently."""

    issuer: list[str] = field(default_factory=list)
    number: str = ""
    date: str = ""
    body: list[str] = field(default_factory=list)  # markdown paragraphs
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận" and its list
    signature: list[str] = field(default_factory=list)  # lines, name last
    notes: dict[int, str] = field(default_factory=dict)


def _lines(block: str) -> list[str]:
    return [ln.strip().replace("**", "") for ln in block.split("\n") if ln.strip()]


def split_sample(md: str) -> Sample:
    """Cut a sample into header, body, "Nơi nhận", signature and footnotes."""
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", md.strip()) if b.strip()]
    s = Sample()
    i = 0
    while i < len(blocks) and not _NUMBER_LINE.match(blocks[i]):
        s.issuer += _lines(blocks[i])
        i += 1
    if i < len(blocks):
        s.number = blocks[i].strip()
        i += 1
    if i < len(blocks) and _DATE_LINE.match(blocks[i]):
        s.date = blocks[i].strip()
        i += 1
    tail = False
    for block in blocks[i:]:
        note = _NOTE_DEF.match(block)
        if note:
            s.notes[int(note.group(1))] = note.group(2)
        elif block.replace("**", "").startswith("Nơi nhận"):
            tail = True
            s.recipients.append(block.replace("**", ""))
        elif tail and block.startswith("- ") and not s.signature:
            s.recipients += [ln.strip() for ln in block.split("\n") if ln.strip()]
        elif tail or _ORDER.match(block):
            tail = True
            s.signature += _lines(block)
        else:
            s.body.append(block)
    return s


def _font(run, size: float | None = None, bold: bool | None = None) -> None:
    run.font.name = "Times New Roman"
    if size:
        from docx.shared import Pt

        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _borderless(table) -> None:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    sides = "".join(f'<w:{s} w:val="nil"/>' for s in
                    ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {ns}>{sides}</w:tblBorders>"))


def _cell_lines(cell, lines: list[tuple[str, bool]], size: float = 13) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    first = True
    for text, bold in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), size, bold)


def _inline(paragraph, md: str, bold: bool, refs: list[int]) -> None:
    """Add runs for ``md`` ("**bold**", "<sup>N</sup>") to a python-docx paragraph."""
    for piece in _INLINE.split(md):
        if piece == "**":
            bold = not bold
        elif piece.startswith("<sup>"):
            note = int(piece[5:-6])
            refs.append(note)
            footnote_reference(paragraph, note)
        elif piece:
            _font(paragraph.add_run(piece), None, bold)


def _page_number(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml

    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p._p.append(parse_xml(
        f'<w:fldSimple {ns} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    ))


def _table(doc, rows: list[list[str]]):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            _font(cell.paragraphs[0].add_run(text), 12, r == 0)
    return table


def make_docx(md: str) -> bytes:
    """A .docx of the markdown sample ``md``, laid out as an office types it."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    s = split_sample(md)
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    _page_number(doc.sections[0])

    head = doc.add_table(rows=2, cols=2)
    _borderless(head)
    issuer = [(line, i > 0) for i, line in enumerate(s.issuer)]
    _cell_lines(head.cell(0, 0), issuer)
    _cell_lines(head.cell(0, 1), [(MOTTO[0], True), (MOTTO[1], True)])
    _cell_lines(head.cell(1, 0), [(s.number, False)])
    _cell_lines(head.cell(1, 1), [(s.date, False)])
    head.cell(1, 1).paragraphs[0].runs[0].italic = True

    refs: list[int] = []
    centered = 2  # the type word and the title
    for block in s.body:
        if block.startswith("|"):
            rows = [[c.strip() for c in ln.strip().strip("|").split("|")]
                    for ln in block.split("\n") if not _SEP_ROW.match(ln.strip())]
            _table(doc, rows)
            continue
        for line in block.split("\n") if block.startswith("- ") else [block]:
            text = line.rstrip()
            p = doc.add_paragraph()
            bold = text.startswith("**") and text.endswith("**") and text.count("**") == 2
            if centered and bold:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                centered -= 1
            else:
                centered = 0
                p.paragraph_format.first_line_indent = Pt(28)
            _inline(p, text[2:-2] if bold else text, bold, refs)

    if s.recipients or s.signature:
        tail = doc.add_table(rows=1, cols=2)
        _borderless(tail)
        left = tail.cell(0, 0)
        for j, line in enumerate(s.recipients):
            p = left.paragraphs[0] if j == 0 else left.add_paragraph()
            _font(p.add_run(line), 12 if j == 0 else 11, j == 0)
        lines = [(line, True) for line in s.signature]
        if lines:
            lines.insert(len(lines) - 1, ("", False))  # room for the signature
        _cell_lines(tail.cell(0, 1), lines, 14)

    buf = io.BytesIO()
    doc.save(buf)
    notes = {n: s.notes.get(n, "") for n in dict.fromkeys(refs)}
    return add_footnotes(buf.getvalue(), notes) if notes else buf.getvalue()


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def make_pdf(docx_bytes: bytes) -> bytes:
    """Convert a .docx to PDF with LibreOffice headless (own temporary profile)."""
    exe = libreoffice()
    if exe is None:
        raise RuntimeError("libreoffice is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.docx"
        src.write_bytes(docx_bytes)
        profile = Path(tmp) / "profile"
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=180,
        )
        return (Path(tmp) / "doc.pdf").read_bytes()


def make_pdfs(docx_files: dict[str, bytes]) -> dict[str, bytes]:
    """Convert many .docx at once (one LibreOffice start): name → PDF bytes."""
    exe = libreoffice()
    if exe is None:
        raise RuntimeError("libreoffice is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, data in docx_files.items():
            path = Path(tmp) / f"{name}.docx"
            path.write_bytes(data)
            paths.append(str(path))
        profile = Path(tmp) / "profile"
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, *paths],
            check=True, capture_output=True, timeout=300,
        )
        return {name: (Path(tmp) / f"{name}.pdf").read_bytes() for name in docx_files}


def make_legacy(md: str) -> dict[str, bytes]:
    """The sample's text in TCVN3 and VNI, as an old .txt file holds it."""
    return {"tcvn3": to_tcvn3(md), "vni": to_vni(md)}
