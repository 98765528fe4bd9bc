"""The draft figures section: computed from the store, read back to the same figures."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from sqlalchemy.orm import Session

from ktxh.extract.pipeline import extract
from ktxh.monitor.catalog import link_figure
from ktxh.report import draft_report
from ktxh.report.draft import SOURCES_HEAD, build_draft
from ktxh.report.selection import EmptySelection
from ktxh.text.readers import read
from tests.report.conftest import PERIOD


def _read_back(path: Path) -> set[tuple]:
    doc = read(path)
    ex = extract(doc)
    cut = doc.text.find(SOURCES_HEAD)
    assert cut > 0
    out = set()
    for f in ex.figures:
        if f.span.start < cut:
            match = link_figure(f.indicator, f.kind, f.unit)
            out.add((match.code if match else f.indicator, f.value, f.unit, f.kind, f.base))
    return out


def test_draft_round_trip(session: Session, tmp_path: Path) -> None:
    draft = build_draft(session, PERIOD)
    path = tmp_path / "du-thao.md"
    path.write_bytes(draft_report(session, PERIOD))
    written = {(w.code, w.value, w.unit, w.kind, w.base) for w in draft.figures}
    assert len(written) > 20
    assert _read_back(path) == written


def test_draft_change_is_computed_from_two_levels(session: Session) -> None:
    draft = build_draft(session, PERIOD)
    exports = next(s for _, sents in draft.sections for s in sents if s.code == "exports")
    # no stated change for exports: 760 / 610 - 1 from the two quarterly levels
    assert "tăng 24,6% so với cùng kỳ" in exports.text
    assert any("85/BC-UBND" in src for src in exports.sources)
    assert any("92/BC-UBND" in src for src in exports.sources)


def test_draft_is_traceable(session: Session) -> None:
    text = draft_report(session, PERIOD).decode()
    body, _, notes = text.partition(f"**{SOURCES_HEAD}**")
    marks = body.count("<sup>")
    assert marks == notes.count("<sup>") > 0
    assert "<sup>1</sup> " in notes and "“" in notes
    assert "**III. THƯƠNG MẠI, DỊCH VỤ, DU LỊCH**" in body


def test_draft_docx(session: Session) -> None:
    doc = docx.Document(io.BytesIO(draft_report(session, PERIOD, fmt="docx")))
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("Tổng mức bán lẻ hàng hóa") and "bằng 23,6% kế hoạch" in t
               for t in texts)
    assert any(t.startswith("(1) ") for t in texts)


def test_draft_empty_period(session: Session) -> None:
    with pytest.raises(EmptySelection):
        build_draft(session, "2015")
