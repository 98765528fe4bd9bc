"""Build small .docx files for tests, footnotes included.

python-docx cannot add footnotes, so :func:`add_footnotes` writes the
``word/footnotes.xml`` part into the saved package and links it.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def footnote_reference(paragraph, note_id: int) -> None:
    """Append a superscript ``footnoteReference`` run to a python-docx paragraph."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    ))


def add_footnotes(docx_bytes: bytes, notes: dict[int, str]) -> bytes:
    """Return ``docx_bytes`` with a footnotes part holding ``notes`` (id → text)."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(t)}</w:t>'
        f"</w:r></w:p></w:footnote>"
        for i, t in notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    )
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdFn1" Type="{RT_FOOTNOTES}" '
                    f'Target="footnotes.xml"/></Relationships>'.encode(),
                )
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/word/footnotes.xml" ContentType="{CT_FOOTNOTES}"/>'
                    f"</Types>".encode(),
                )
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", xml)
    return out.getvalue()
