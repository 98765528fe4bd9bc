"""What the pages and the API show: the services of :mod:`ktxh.monitor.register`.

The web layer only translates. This module names those services for the
pages and the API, turns "not found" into None where a page shows a 404, and
caches the cross-document findings, which read every stored document.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ktxh.monitor import register
from ktxh.monitor.task_register import UPDATE_LABELS
from ktxh.monitor.task_register import get_task as _get_task
from ktxh.store.errors import NotFound
from ktxh.store.tables import Correction, Document

# task update statuses a person may report, with their Vietnamese labels
UPDATE_STATUSES = UPDATE_LABELS

target_board = register.target_board
indicators = register.indicator_list
task_register = register.task_register
update_task = register.update_task
task_history = register.task_history
project_board = register.project_board
document_findings = register.document_findings
review_list = register.review_list
check_file = register.check_file


def indicator_view(session: Session, code_or_name: str) -> dict[str, Any] | None:
    """One indicator's series and targets, or None when no indicator matches."""
    try:
        return register.indicator_view(session, code_or_name)
    except NotFound:
        return None


def get_task(session: Session, task_id: int) -> dict[str, Any] | None:
    """One task of the register, or None when there is no such task."""
    try:
        return _get_task(session, task_id)
    except NotFound:
        return None


_FINDINGS: dict[tuple, list[dict[str, Any]]] = {}


def _store_version(session: Session) -> tuple:
    """Changes whenever documents or corrections change (ingest never edits in place)."""
    docs = session.execute(select(func.count(Document.id), func.max(Document.id))).one()
    fixes = session.execute(select(func.count(Correction.id), func.max(Correction.id))).one()
    return (str(session.get_bind().url), *docs, *fixes)


def all_findings(session: Session) -> list[dict[str, Any]]:
    """Cross-document findings, cached until the store's documents or corrections change."""
    key = _store_version(session)
    if key not in _FINDINGS:
        if len(_FINDINGS) > 16:
            _FINDINGS.clear()
        _FINDINGS[key] = register.all_findings(session)
    return _FINDINGS[key]
