"""Readers: a file path in, a :class:`~ktxh.text.model.Doc` out.

:func:`read` dispatches on the extension (.txt, .md, .docx, .pdf). Every
file that cannot become a document raises
:class:`~ktxh.text.errors.ReadError` with the reason: empty file, binary
data, unsupported extension, corrupt .docx/.pdf, scanned PDF, file over the
size limit, undecodable bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ktxh.text.errors import ReadError
from ktxh.text.model import Doc
from ktxh.text.readers.plain import read_plain

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def _read_docx(path: Path, data: bytes) -> Doc:
    from ktxh.text.readers.docx import read_docx  # python-docx loads slowly

    return read_docx(path, data)


def _read_pdf(path: Path, data: bytes) -> Doc:
    from ktxh.text.readers.pdf import read_pdf  # pdfplumber loads slowly

    return read_pdf(path, data)


READERS: dict[str, Callable[[Path, bytes], Doc]] = {
    ".txt": read_plain,
    ".markdown": read_plain,
    ".md": read_plain,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}


def read(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Doc:
    """Read ``path`` into a Doc; raise ReadError when it cannot be read."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        ext = path.suffix or "(none)"
        raise ReadError(str(path), f"unsupported extension {ext}: use .txt, .md, .docx or .pdf")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(str(path), f"file over the size limit ({size} > {max_bytes} bytes)")
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(str(path), f"cannot open: {err.strerror or err}") from err
    if not data.strip():
        raise ReadError(str(path), "empty file")
    return reader(path, data)
