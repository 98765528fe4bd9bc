"""The rows of one document, built from its extraction where it was extracted.

:func:`build` runs in the worker (process pool, Dask worker) right after the
extraction, so the one process that writes only runs inserts: every column
value is computed here (anchors, citation keys, due dates, strings clipped to
their column, JSON text, the diacritic-free search passages). A row is a
tuple in the order of its table's ``*_COLS``; the writer puts the ids in
front (``id``, ``document_id`` and the row's one link, see :data:`LINKS`).
Values are plain (str, int, float, bool, None), JSON and dates as text, so
the same tuple goes to SQLite and to PostgreSQL's COPY.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import String

from ktxh.extract import records as rec
from ktxh.store.anchors import AnchorMaker, anchor, document_key
from ktxh.store.status import due_date
from ktxh.store.tables import (
    Document,
    Figure,
    Project,
    ProjectMention,
    Reference,
    Target,
    Task,
    document_search_key,
    stripped_lead,
    stripped_support,
)
from ktxh.text.model import Doc, Span
from ktxh.text.normalize import strip_marks

_FIGURE = ("indicator", "value", "value_max", "unit", "kind", "period", "value_start",
           "value_end", "base_value", "base_unit", "quote", "start", "end")
REFERENCE_COLS = ("number", "type", "key", "issuer", "date", "quote", "start", "end", "anchor")
MENTION_COLS = ("name", "form", "place", "quote", "start", "end", "anchor")
FIGURE_COLS = (*_FIGURE, "base", "estimate", "place", "anchor")
TARGET_COLS = (*_FIGURE, "anchor")
TASK_COLS = ("kind", "lead", "lead_code", "support", "support_codes", "action", "deadline",
             "due_date", "deadline_text", "report_to", "recurring", "flags", "quote", "start",
             "end", "anchor", "lead_stripped", "support_stripped")
SEARCH_COLS = ("document_id", "entity_type", "entity_id", "start", "end", "stripped")
# the column each table's writer fills after id and document_id (None: nothing)
LINKS = {"references": "cited_document_id", "project_mentions": "project_id",
         "figures": "project_mention_id", "targets": None, "tasks": None}
COLUMNS = {"references": REFERENCE_COLS, "project_mentions": MENTION_COLS,
           "figures": FIGURE_COLS, "targets": TARGET_COLS, "tasks": TASK_COLS}
# search passages name their fact's table by entity type
ENTITY_TABLES = {"reference": "references", "figure": "figures", "target": "targets",
                 "task": "tasks", "project_mention": "project_mentions"}


@dataclass(slots=True)
class Rows:
    """What the writer needs of one file: its identity and every row but the ids."""

    path: str
    lineage: str
    sha256: str
    document: dict[str, Any]  # documents columns but id, version and ingested_at
    references: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    # per mention: (key as stored, name, key as extracted), to find its project
    projects: list[tuple[str, str, str]] = field(default_factory=list)
    figures: list[tuple] = field(default_factory=list)
    # per figure: the index of its project mention, or None
    figure_mentions: list[int | None] = field(default_factory=list)
    targets: list[tuple] = field(default_factory=list)
    tasks: list[tuple] = field(default_factory=list)
    # (entity_type, index of the fact in its list or None for text, start, end, stripped)
    passages: list[tuple[str, int | None, int, int, str]] = field(default_factory=list)
    # extractors that raised on this document (Extraction.problems, as text)
    problems: list[str] = field(default_factory=list)

    def facts(self) -> dict[str, list[tuple]]:
        return {"references": self.references, "project_mentions": self.mentions,
                "figures": self.figures, "targets": self.targets, "tasks": self.tasks}


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


def _row(model: type, cols: tuple[str, ...], values: dict[str, Any]) -> tuple:
    fit(model, values)
    return tuple(values[c] for c in cols)


def _span(span: Span | None, limit: int) -> tuple[int, int]:
    if span is None:
        return 0, 0
    end = min(span.end, limit)
    return min(span.start, end), end


def _figure_values(f: rec.Figure | rec.Target, limit: int) -> dict[str, Any]:
    start, end = _span(f.span, limit)
    vs = f.value_span
    return {
        "indicator": f.indicator, "value": f.value, "value_max": f.value_max,
        "unit": f.unit or "", "kind": f.kind, "period": f.period,
        "value_start": vs.start if vs else None, "value_end": vs.end if vs else None,
        "base_value": f.base_value, "base_unit": f.base_unit, "quote": f.quote,
        "start": start, "end": end,
    }


def _figure(f: rec.Figure, limit: int, anchors: AnchorMaker) -> tuple:
    values = _figure_values(f, limit)
    values.update(base=f.base, estimate=f.estimate, place=f.place,
                  anchor=anchors("figure", f.indicator, f.kind, f.value, f.quote))
    return _row(Figure, FIGURE_COLS, values)


def project_key(p: rec.Project) -> str:
    """The key a project is stored under (clipped to its column)."""
    return fit(Project, {"key": p.key})["key"]


def _figure_identity(f: rec.Figure) -> tuple:
    return (f.span, f.value_span, f.indicator, f.value, f.kind)


def document_values(doc: Doc, meta: rec.DocumentMeta, path: str, lineage: str,
                    sha256: str) -> dict[str, Any]:
    values = _document_values(doc, meta, path, lineage, sha256)
    values["search_key"] = document_search_key(values)
    return values


def _document_values(doc: Doc, meta: rec.DocumentMeta, path: str, lineage: str,
                     sha256: str) -> dict[str, Any]:
    return fit(Document, dict(
        sha256=sha256, source_path=path, lineage=lineage, filename=Path(path).name,
        format=doc.format or Path(path).suffix.lstrip(".").lower(),
        number=meta.number, symbol=meta.symbol, type=meta.type or "other",
        place=meta.place, date=meta.date, title=meta.title, signer=meta.signer,
        signer_position=meta.signer_position, period=meta.period, issuer=meta.issuer,
        authority=meta.authority, recipients=list(meta.recipients),
        distribution=list(meta.distribution), warnings=list(doc.warnings),
        text=doc.text, raw=doc.raw, ref_key=document_key(meta.number),
        anchor=anchor(lineage, "document"),
    ))


def build(doc: Doc, ex: rec.Extraction, path: str, lineage: str, sha256: str) -> Rows:
    """Every row of one document (ids left to the writer)."""
    limit = len(doc.text)
    anchors = AnchorMaker(lineage)
    out = Rows(path, lineage, sha256, document_values(doc, ex.document, path, lineage, sha256))
    out.problems = [str(p) for p in ex.problems]
    for r in ex.references:
        start, end = _span(r.span, limit)
        out.references.append(_row(Reference, REFERENCE_COLS, {
            "number": r.number, "type": r.type, "key": r.key, "issuer": r.issuer,
            "date": r.date, "quote": r.quote, "start": start, "end": end,
            "anchor": anchors("reference", r.key, r.quote)}))
    for p in ex.projects:
        start, end = _span(p.span, limit)
        out.projects.append((project_key(p), p.name, p.key))
        out.mentions.append(_row(ProjectMention, MENTION_COLS, {
            "name": p.name, "form": p.form, "place": p.place, "quote": p.quote,
            "start": start, "end": end, "anchor": anchors("project_mention", p.key, p.quote)}))
    _add_figures(out, ex, limit, anchors)
    for t in ex.targets:
        values = _figure_values(t, limit)
        values["anchor"] = anchors("target", t.indicator, t.kind, t.value, t.quote)
        out.targets.append(_row(Target, TARGET_COLS, values))
    out.tasks.extend(_task_row(t, limit, anchors) for t in ex.tasks)
    out.passages = _passages(doc, out)
    return out


def _add_figures(out: Rows, ex: rec.Extraction, limit: int, anchors: AnchorMaker) -> None:
    """The document's figures, each with the project mention it belongs to
    (or None), then the projects' figures that are none of them."""
    # a project's figure is stored once: tied to the document's own figure when
    # it is one of them, else added after them
    by_figure: dict[int, int] = {}
    extra: list[tuple[rec.Figure, int]] = []
    index = {_figure_identity(f): i for i, f in enumerate(ex.figures)}
    for m, p in enumerate(ex.projects):
        for f in p.figures:
            i = index.get(_figure_identity(f))
            if i is None:
                extra.append((f, m))
            else:
                by_figure[i] = m
    for i, f in enumerate(ex.figures):
        out.figures.append(_figure(f, limit, anchors))
        out.figure_mentions.append(by_figure.get(i))
    for f, m in extra:
        out.figures.append(_figure(f, limit, anchors))
        out.figure_mentions.append(m)


def _task_row(t: rec.Task, limit: int, anchors: AnchorMaker) -> tuple:
    """The row of one task, with its due date and stripped agency names."""
    start, end = _span(t.span, limit)
    due = due_date(t.deadline)
    values = fit(Task, {
        "kind": t.kind, "lead": t.lead, "lead_code": t.lead_code,
        "support": json.dumps(list(t.support)),
        "support_codes": json.dumps(list(t.support_codes)), "action": t.action,
        "deadline": t.deadline, "due_date": due.isoformat() if due else None,
        "deadline_text": t.deadline_text, "report_to": t.report_to,
        "recurring": t.recurring, "flags": json.dumps(list(t.flags)), "quote": t.quote,
        "start": start, "end": end, "anchor": anchors("task", t.lead, t.action, t.quote)})
    values["lead_stripped"] = stripped_lead(values)
    values["support_stripped"] = stripped_support({"support": t.support})
    return _row(Task, TASK_COLS, values)


def _passages(doc: Doc, rows: Rows) -> list[tuple[str, int | None, int, int, str]]:
    """Search passages: the text blocks (or lines), then each fact's quote."""
    stripped = strip_marks(doc.text)
    spans = [(b.span.start, b.span.end) for b in doc.blocks] if doc.blocks else _lines(doc.text)
    out: list[tuple[str, int | None, int, int, str]] = [
        ("text", None, s, e, stripped[s:e]) for s, e in spans if e > s
    ]
    for kind, facts in (("reference", rows.references), ("figure", rows.figures),
                        ("target", rows.targets), ("task", rows.tasks),
                        ("project_mention", rows.mentions)):
        cols = COLUMNS[ENTITY_TABLES[kind]]
        at_start, at_end = cols.index("start"), cols.index("end")
        for i, r in enumerate(facts):
            s, e = r[at_start], r[at_end]
            if e > s:
                out.append((kind, i, s, e, stripped[s:e]))
    return out



def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans
