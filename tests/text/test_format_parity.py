"""One document, every reader, one extraction.

Each sample is rebuilt as an office would send it (.docx with layout tables
and real footnotes, .pdf printed from that .docx by LibreOffice, TCVN3 and
VNI .txt) and its extraction is compared with the .md extraction:
document fields, (kind, value, value_max, unit) of figures and targets,
(lead, deadline) of tasks, reference numbers and project names.

Tolerance (documented): TCVN3 has no code for capital letters with a tone
mark ("Ủ", "Ở") outside all-capital lines, so those letters come back in
lower case; names and leads are therefore compared case-insensitively.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.model import Doc
from ktxh.text.readers import read
from tests.text import parity_factory as pf

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "samples").glob("*.md")
                 if p.name != "README.md")
META_FIELDS = ("number", "symbol", "type", "place", "date", "title", "signer", "period",
               "issuer", "authority", "signer_position", "recipients", "distribution")
FORMATS = ("docx", "pdf", "tcvn3", "vni")


def _fold(value):
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, tuple):
        return tuple(_fold(v) for v in value)
    return value


def summary(ex) -> dict[str, Counter]:
    """What must be equal across formats, as multisets."""
    d = ex.document
    return {
        "document": Counter((f, _fold(getattr(d, f))) for f in META_FIELDS),
        "figures": Counter((f.kind, f.value, f.value_max, f.unit) for f in ex.figures),
        "targets": Counter((t.kind, t.value, t.value_max, t.unit) for t in ex.targets),
        "tasks": Counter((_fold(t.lead), t.deadline) for t in ex.tasks),
        "references": Counter(r.number for r in ex.references),
        "projects": Counter(_fold(p.name) for p in ex.projects),
    }


def differences(expected: dict[str, Counter], got: dict[str, Counter]) -> list[str]:
    out = []
    for key, want in expected.items():
        have = got[key]
        for item in sorted(map(str, (want - have).elements())):
            out.append(f"{key}: missing {item}")
        for item in sorted(map(str, (have - want).elements())):
            out.append(f"{key}: extra   {item}")
    return out


@functools.cache
def _built(fmt: str) -> dict[str, bytes]:
    """Every sample in ``fmt``: stem → file bytes (PDFs in one LibreOffice run)."""
    mds = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES}
    if fmt == "docx":
        return {k: pf.make_docx(v) for k, v in mds.items()}
    if fmt == "pdf":
        return pf.make_pdfs(_built("docx"))
    return {k: pf.make_legacy(v)[fmt] for k, v in mds.items()}


def read_as(stem: str, fmt: str, tmp_path: Path) -> Doc:
    ext = {"docx": ".docx", "pdf": ".pdf"}.get(fmt, ".txt")
    path = tmp_path / f"{stem}{ext}"
    path.write_bytes(_built(fmt)[stem])
    return read(path)


def _need(fmt: str) -> None:
    if fmt == "pdf" and pf.libreoffice() is None:
        pytest.skip("libreoffice is not installed")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_same_extraction(sample: Path, fmt: str, tmp_path: Path) -> None:
    _need(fmt)
    expected = summary(extract(read(sample)))
    got = summary(extract(read_as(sample.stem, fmt, tmp_path)))
    diff = differences(expected, got)
    assert not diff, f"{sample.name} as {fmt}:\n  " + "\n  ".join(diff)
