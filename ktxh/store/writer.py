"""Rows from an extraction, written inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, insert, select, update
from sqlalchemy.orm import Session

from ktxh.extract import project_names
from ktxh.extract import records as rec
from ktxh.store.anchors import AnchorMaker, anchor, document_key
from ktxh.store.status import due_date
from ktxh.store.tables import (
    LIGHT,
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    SearchEntry,
    Target,
    Task,
)
from ktxh.text.model import Span
from ktxh.text.normalize import strip_marks

if TYPE_CHECKING:
    from ktxh.store.ingest import Prepared


def _span(span: Span | None, limit: int) -> tuple[int, int]:
    if span is None:
        return 0, 0
    end = min(span.end, limit)
    return min(span.start, end), end


def _figure_columns(f: rec.Figure | rec.Target, limit: int) -> dict[str, Any]:
    start, end = _span(f.span, limit)
    vs = f.value_span
    return {
        "indicator": f.indicator,
        "value": f.value,
        "value_max": f.value_max,
        "unit": f.unit or "",
        "kind": f.kind,
        "period": f.period,
        "value_start": vs.start if vs else None,
        "value_end": vs.end if vs else None,
        "base_value": f.base_value,
        "base_unit": f.base_unit,
        "quote": f.quote,
        "start": start,
        "end": end,
    }


def _figure_row(f: rec.Figure, doc_id: int, limit: int, anchors: AnchorMaker) -> dict:
    return {
        "document_id": doc_id,
        "base": f.base,
        "estimate": f.estimate,
        "place": f.place,
        "project_mention_id": None,
        "anchor": anchors("figure", f.indicator, f.kind, f.value, f.quote),
        **_figure_columns(f, limit),
    }


@functools.cache
def _limits(model: type) -> dict[str, int]:
    return {
        c.key: c.type.length
        for c in model.__table__.columns
        if isinstance(c.type, String) and c.type.length
    }


def fit(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Clip strings to their column's length: PostgreSQL refuses longer ones
    (SQLite would keep them), so an odd extraction must not fail an ingest."""
    for name, n in _limits(model).items():
        v = values.get(name)
        if isinstance(v, str) and len(v) > n:
            values[name] = v[: n - 1] + "…"
    return values


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows at once (Core, not ORM objects: ingest speed); their ids."""
    if not rows:
        return []
    for row in rows:
        fit(model, row)
    stmt = insert(model.__table__).returning(model.id, sort_by_parameter_order=True)
    ids = list(session.execute(stmt, rows).scalars())
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    return ids


def _document_row(p: Prepared, version: int) -> Document:
    meta = p.extraction.document
    return Document(**fit(Document, dict(
        sha256=p.sha256,
        source_path=p.path,
        lineage=p.lineage,
        version=version,
        filename=Path(p.path).name,
        format=p.doc.format or Path(p.path).suffix.lstrip(".").lower(),
        number=meta.number,
        symbol=meta.symbol,
        type=meta.type or "other",
        place=meta.place,
        date=meta.date,
        title=meta.title,
        signer=meta.signer,
        signer_position=meta.signer_position,
        period=meta.period,
        issuer=meta.issuer,
        authority=meta.authority,
        recipients=list(meta.recipients),
        distribution=list(meta.distribution),
        warnings=list(p.doc.warnings),
        text=p.doc.text,
        raw=p.doc.raw,
        ingested_at=dt.datetime.now(dt.UTC),
        ref_key=document_key(meta.number),
        anchor=anchor(p.lineage, "document"),
    )))


def _projects(
    session: Session, ex: rec.Extraction, doc_id: int, limit: int, anchors: AnchorMaker
) -> tuple[list[ProjectMention], dict[int, ProjectMention], list[tuple[rec.Figure, int]]]:
    """Project rows (shared across documents), this document's mentions, and
    project figures not already among the document's figures."""
    keys = {_project_key(p) for p in ex.projects}
    known = {
        p.key: p for p in session.scalars(select(Project).where(Project.key.in_(keys)))
    } if keys else {}
    for p in ex.projects:
        key = _project_key(p)
        if key not in known:
            known[key] = _similar_project(session, p) or Project(
                **fit(Project, {"key": key, "name": p.name}))
            session.add(known[key])
    session.flush()
    mentions: list[ProjectMention] = []
    for p in ex.projects:
        start, end = _span(p.span, limit)
        mentions.append(
            ProjectMention(**fit(ProjectMention, {
                "project_id": known[_project_key(p)].id, "document_id": doc_id,
                "name": p.name, "form": p.form, "place": p.place, "quote": p.quote,
                "start": start, "end": end,
                "anchor": anchors("project_mention", p.key, p.quote),
            }))
        )
    session.add_all(mentions)
    session.flush()
    by_figure: dict[int, ProjectMention] = {}
    extra: list[tuple[rec.Figure, int]] = []
    index = {_figure_identity(f): i for i, f in enumerate(ex.figures)}
    for m, p in zip(mentions, ex.projects, strict=True):
        for f in p.figures:
            i = index.get(_figure_identity(f))
            if i is None:
                extra.append((f, m.id))
            else:
                by_figure[i] = m
    return mentions, by_figure, extra


def _project_key(p: rec.Project) -> str:
    return fit(Project, {"key": p.key})["key"]


def _similar_project(session: Session, p: rec.Project) -> Project | None:
    """A stored project that is the same one under another spelling
    ("Hồ chứa nước Bản Lải" / "... giai đoạn 1"), searched among those whose
    key shares the key's longest word, so one project keeps one history."""
    words = [w for w in p.key.split("#")[0].replace("|", " ").replace("~", " ").split()
             if len(w) > 2]
    if not words:
        return None
    longest = max(words, key=len)
    candidates = list(session.scalars(
        select(Project).where(Project.key.contains(longest, autoescape=True)).limit(200)))
    i = project_names.link(p.name, [c.name for c in candidates])
    return candidates[i] if i is not None else None


def _figure_identity(f: rec.Figure) -> tuple:
    return (f.span, f.value_span, f.indicator, f.value, f.kind)


def write_document(session: Session, p: Prepared) -> tuple[Document, dict[str, int]]:
    """Insert the document, its facts and search entries; link citations."""
    ex = p.extraction
    limit = len(p.doc.text)
    anchors = AnchorMaker(p.lineage)
    prev = session.scalars(
        select(Document).options(*LIGHT)
        .where(Document.lineage == p.lineage, Document.superseded_by_id.is_(None))
        .order_by(Document.version.desc())
    ).first()
    row = _document_row(p, prev.version + 1 if prev else 1)
    session.add(row)
    session.flush()
    if prev is not None:
        prev.superseded_by_id = row.id
    doc_id = row.id

    refs = []
    for r in ex.references:
        start, end = _span(r.span, limit)
        refs.append({
            "document_id": doc_id, "number": r.number, "type": r.type, "key": r.key,
            "issuer": r.issuer, "date": r.date, "quote": r.quote, "start": start, "end": end,
            "cited_document_id": None, "anchor": anchors("reference", r.key, r.quote),
        })
    mentions, by_figure, extra = _projects(session, ex, doc_id, limit, anchors)
    figures = []
    for i, f in enumerate(ex.figures):
        fig = _figure_row(f, doc_id, limit, anchors)
        if i in by_figure:
            fig["project_mention_id"] = by_figure[i].id
        figures.append(fig)
    for f, mention_id in extra:
        fig = _figure_row(f, doc_id, limit, anchors)
        fig["project_mention_id"] = mention_id
        figures.append(fig)
    targets = [
        {
            "document_id": doc_id,
            "anchor": anchors("target", t.indicator, t.kind, t.value, t.quote),
            **_figure_columns(t, limit),
        }
        for t in ex.targets
    ]
    tasks = []
    for t in ex.tasks:
        start, end = _span(t.span, limit)
        tasks.append({
            "document_id": doc_id, "kind": t.kind, "lead": t.lead, "lead_code": t.lead_code,
            "support": list(t.support), "support_codes": list(t.support_codes),
            "action": t.action, "deadline": t.deadline, "due_date": due_date(t.deadline),
            "deadline_text": t.deadline_text, "report_to": t.report_to,
            "recurring": t.recurring, "flags": list(t.flags), "quote": t.quote,
            "start": start, "end": end, "anchor": anchors("task", t.lead, t.action, t.quote),
        })
    for model, rows in ((Reference, refs), (Figure, figures), (Target, targets), (Task, tasks)):
        _insert(session, model, rows)
    mention_rows = [{"id": m.id, "start": m.start, "end": m.end} for m in mentions]
    _search_entries(session, p.doc, doc_id, [
        ("reference", refs), ("figure", figures), ("target", targets),
        ("task", tasks), ("project_mention", mention_rows),
    ])
    link_citations(session, row)
    counts = {
        "references": len(refs),
        "figures": len(figures),
        "targets": len(targets),
        "tasks": len(tasks),
        "projects": len(mentions),
    }
    return row, counts


def _search_entries(
    session: Session, doc: Any, doc_id: int, facts: list[tuple[str, list[dict[str, Any]]]]
) -> None:
    stripped = strip_marks(doc.text)
    spans = [b.span for b in doc.blocks] if doc.blocks else _paragraphs(doc.text)
    entries = [
        {"document_id": doc_id, "entity_type": "text", "entity_id": None, "start": s.start,
         "end": s.end, "stripped": stripped[s.start : s.end]}
        for s in spans
        if s.end > s.start
    ]
    for kind, rows in facts:
        entries.extend(
            {"document_id": doc_id, "entity_type": kind, "entity_id": r["id"],
             "start": r["start"], "end": r["end"], "stripped": stripped[r["start"] : r["end"]]}
            for r in rows
            if r["end"] > r["start"]
        )
    if entries:
        session.execute(insert(SearchEntry.__table__), entries)


def _paragraphs(text: str) -> list[Span]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append(Span(pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def link_citations(session: Session, row: Document) -> None:
    """Link references to the cited documents, in both directions.

    Citations of ``row`` (by key) now point to it, including those that pointed
    to an older version; ``row``'s own citations point to the newest current
    document holding each key.
    """
    if row.ref_key:
        session.execute(
            update(Reference)
            .where(Reference.key == row.ref_key, Reference.document_id != row.id)
            .values(cited_document_id=row.id)
        )
    own = session.scalars(select(Reference).where(Reference.document_id == row.id)).all()
    keys = {r.key for r in own if r.key}
    if not keys:
        return
    targets: dict[str, int] = {}
    for doc_id, key in session.execute(
        select(Document.id, Document.ref_key)
        .where(Document.ref_key.in_(keys), Document.superseded_by_id.is_(None),
               Document.id != row.id)
        .order_by(Document.id)
    ):
        targets[key] = doc_id  # newest wins
    for r in own:
        r.cited_document_id = targets.get(r.key)

