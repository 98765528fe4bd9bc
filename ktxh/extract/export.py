"""Extraction records to the JSON shape of ../shared/schema/extraction.md."""

from __future__ import annotations

from typing import Any

from ktxh.extract.records import Extraction, Figure, Project, Reference, Target, Task

DOCUMENT_KEYS = ("number", "symbol", "type", "place", "date", "title", "signer", "period")


def _span(span) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def figure_json(f: Figure) -> dict[str, Any]:
    return {
        "indicator": f.indicator,
        "value": f.value,
        "value_max": f.value_max,
        "unit": f.unit,
        "kind": f.kind,
        "period": f.period,
        "base": f.base,
        "estimate": f.estimate,
        "place": f.place,
        "quote": f.quote,
        "span": _span(f.span),
    }


def target_json(t: Target) -> dict[str, Any]:
    return {
        "indicator": t.indicator,
        "value": t.value,
        "value_max": t.value_max,
        "unit": t.unit,
        "kind": t.kind,
        "period": t.period,
        "place": t.place,
        "quote": t.quote,
        "span": _span(t.span),
    }


def task_json(t: Task) -> dict[str, Any]:
    return {
        "kind": t.kind,
        "lead": t.lead,
        "support": list(t.support),
        "action": t.action,
        "deadline": t.deadline,
        "deadline_text": t.deadline_text,
        "report_to": t.report_to,
        "quote": t.quote,
        "span": _span(t.span),
    }


def reference_json(r: Reference) -> dict[str, Any]:
    return {
        "number": r.number,
        "type": r.type,
        "date": r.date,
        "issuer": r.issuer,
        "key": r.key,
        "quote": r.quote,
        "span": _span(r.span),
    }


def project_json(p: Project) -> dict[str, Any]:
    return {
        "name": p.name,
        "form": p.form,
        "figures": [figure_json(f) for f in p.figures],
        "quote": p.quote,
        "span": _span(p.span),
    }


def to_json(ex: Extraction) -> dict[str, Any]:
    meta = ex.document
    document = {k: getattr(meta, k) for k in DOCUMENT_KEYS}
    document.update(
        issuer=meta.issuer,
        authority=meta.authority,
        signer_position=meta.signer_position,
        recipients=list(meta.recipients),
        distribution=list(meta.distribution),
    )
    out: dict[str, Any] = {
        "document": document,
        "references": [reference_json(r) for r in ex.references],
        "figures": [figure_json(f) for f in ex.figures],
        "targets": [target_json(t) for t in ex.targets],
        "tasks": [task_json(t) for t in ex.tasks],
        "projects": [project_json(p) for p in ex.projects],
    }
    if ex.problems:  # only when an extractor raised; the scorer reads no other key
        out["problems"] = [str(p) for p in ex.problems]
    return out
