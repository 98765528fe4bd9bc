"""Reading the monitor's kept results (:mod:`ktxh.monitor.kept` keeps them):
one document's findings, every current document's, the cross-document
conflicts, and the series points per indicator."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ktxh.monitor.point_counts import PointCount
from ktxh.store.kept_tables import ConflictDocument, ConflictGroup, DocumentCheck, IndicatorPoints
from ktxh.store.tables import Document


def findings_of(session: Session, document_id: int) -> list[dict[str, Any]] | None:
    """One document's kept findings (None when not kept)."""
    row = session.get(DocumentCheck, document_id)
    return None if row is None else list(row.findings)


def current_findings(session: Session) -> list[dict[str, Any]]:
    """The kept findings of every current document, in document order."""
    out: list[dict[str, Any]] = []
    for findings in session.scalars(
            select(DocumentCheck.findings)
            .join(Document, Document.id == DocumentCheck.document_id)
            .where(Document.superseded_by_id.is_(None)).order_by(DocumentCheck.document_id)):
        out += findings
    return out


_ORDER = (ConflictGroup.first_document_id, ConflictGroup.first_start,
          ConflictGroup.first_figure_id)


def conflicts(session: Session, document_id: int | None = None) -> list[dict[str, Any]]:
    """The kept cross-document conflicts (naming ``document_id`` if given),
    in the order of each group's first figure (document, position)."""
    stmt = select(ConflictGroup.finding).order_by(*_ORDER)
    if document_id is not None:
        stmt = stmt.join(ConflictDocument, ConflictDocument.conflict_id == ConflictGroup.id
                         ).where(ConflictDocument.document_id == document_id)
    return list(session.scalars(stmt))


def point_counts(session: Session) -> dict[str, PointCount]:
    """Per catalog code: the series points of the current documents (as
    :func:`ktxh.monitor.point_counts.point_counts` counts them), kept."""
    out: dict[str, PointCount] = {}
    for code, period, n in session.execute(
            select(IndicatorPoints.code, IndicatorPoints.period, IndicatorPoints.points)):
        out.setdefault(code, PointCount()).add(period, n)
    return out
