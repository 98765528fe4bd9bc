"""Store commands: docs, show, search, projects, correct.

:func:`register` adds them to the ``ktxh`` app (one line in ``ktxh/cli.py``,
right after ``ingest``, so that ``ktxh --help`` lists them in the same
order). The shared helpers (session, tables, JSON) are those of
:mod:`ktxh.cli`, imported when a command runs.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from ktxh.cli_options import AsJson, Db


def docs_cmd(
    type: Annotated[str | None, typer.Option("--type", help="bao_cao, ke_hoach ...")] = None,
    period: Annotated[str | None, typer.Option("--period", help="2024, 2024-Q1 ...")] = None,
    all_versions: Annotated[bool, typer.Option("--all-versions")] = False,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """List the documents in the store."""
    from ktxh.cli import _json, _session, _table
    from ktxh.store.queries import list_documents

    with _session(db) as s:
        rows = list_documents(s, type=type, period=period, include_superseded=all_versions)
    if as_json:
        return _json(rows)
    _table(
        "documents",
        ["id", "number", "type", "date", "period", "title", "figures", "targets", "tasks"],
        [
            [r["id"], r["number"] or "", r["type"], r["date"] or "", r["period"] or "",
             r["title"] or r["filename"], r["counts"]["figures"], r["counts"]["targets"],
             r["counts"]["tasks"]]
            for r in rows
        ],
    )


def _vn(x: float) -> str:
    """Vietnamese notation, as the documents write it: 1234.5 → "1.234,5"."""
    from ktxh.monitor.findings import vn_number

    return vn_number(x, 3)


def _value(f: dict[str, Any]) -> str:
    v = _vn(f["value"])
    if f.get("value_max") is not None:
        v += f" - {_vn(f['value_max'])}"
    return f"{v} {f.get('unit') or ''}".strip()


def show_cmd(
    doc_id: Annotated[int, typer.Argument(metavar="ID", help="Document id (see `ktxh docs`).")],
    db: Db = None,
    as_json: AsJson = False,
    limit: Annotated[int, typer.Option("--limit", help="Rows per section.")] = 15,
) -> None:
    """One document: metadata, counts, citations, figures, tasks, projects."""
    from ktxh.cli import _cut, _doc_label, _json, _session, _table, out
    from ktxh.store.queries import get_document

    with _session(db) as s:
        d = get_document(s, doc_id)
    if as_json:
        return _json(d)
    meta = Table.grid(padding=(0, 2))
    for key in ("id", "number", "type", "date", "place", "period", "title", "signer",
                "issuer", "filename", "version"):
        meta.add_row(key, _cut(d.get(key), 100))
    out.print(meta)
    if d["superseded_by_id"]:
        out.print(f"[bold]superseded by #{d['superseded_by_id']}[/] "
                  "(a newer version of the file)")
    out.print(", ".join(f"{k}: {n}" for k, n in d["counts"].items()))
    if d["references"]:
        _table("references", ["number", "type", "date", "linked to"],
               [[r["number"], r["type"], r["date"] or "", _doc_label(r["cited"]) or "—"]
                for r in d["references"][:limit]])
    if d["cited_by"]:
        _table("cited by", ["document", "quote"],
               [[_doc_label(c), c["quote"]] for c in d["cited_by"][:limit]])
    if d["figures"]:
        _table("figures", ["indicator", "value", "kind", "period"],
               [[f["indicator"], _value(f), f["kind"], f["period"] or ""]
                for f in d["figures"][:limit]])
    if d["targets"]:
        _table("targets", ["indicator", "value", "kind", "period"],
               [[t["indicator"], _value(t), t["kind"], t["period"] or ""]
                for t in d["targets"][:limit]])
    if d["tasks"]:
        _task_table(d["tasks"][:limit])
    if d["projects"]:
        _project_table(d["projects"][:limit])
    shown = [k for k in ("references", "figures", "targets", "tasks") if len(d[k]) > limit]
    if shown:
        out.print(f"(first {limit} of each shown; --limit N or --json for all)")


def _highlight(snippet: str, marks: list[tuple[int, int]]) -> Text:
    text = Text(snippet.replace("\n", " "))
    for s, e in marks:
        text.stylize("bold yellow", s, e)
    return text


def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, diacritics optional; "..." for a phrase.')],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    kind: Annotated[list[str] | None, typer.Option(
        "--kind", help="text, task, figure, target, reference, project_mention")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Full-text search, diacritic-insensitive ("ban lai" finds "Bản Lải")."""
    from ktxh.cli import _doc_label, _json, _session, _table, out
    from ktxh.store.search import search

    with _session(db) as s:
        hits = search(s, query, limit=limit, kinds=tuple(kind or ()))
    if as_json:
        return _json([h.as_dict() for h in hits])
    if not hits:
        out.print("no match")
        return
    _table(f"search: {query}", ["document", "in", "at", "snippet"],
           [[_doc_label({"id": h.document_id, "number": h.number}) or h.filename,
             h.entity_type, str(h.start), _highlight(h.snippet, h.highlights)] for h in hits])


def _task_table(rows: list[dict[str, Any]]) -> None:
    from ktxh.cli import _doc_label, _table
    _table("tasks", ["id", "lead", "action", "deadline", "status", "document"],
           [[t["id"], t["lead"], t["action"], t["deadline"] or ("thường xuyên" if
             t["recurring"] else ""), t["status"], _doc_label(t["document"])] for t in rows])


def _project_table(rows: list[dict[str, Any]]) -> None:
    from ktxh.cli import _doc_label, _table
    _table("projects", ["id", "name", "form", "documents", "figures"],
           [[p["id"], p["name"], ", ".join(p["forms"]),
             ", ".join(dict.fromkeys(_doc_label(m["document"]) for m in p["mentions"])),
             len(p["figures"])] for p in rows])


def projects_cmd(
    name: Annotated[str | None, typer.Option("--name", help="Part of the name.")] = None,
    document: Annotated[int | None, typer.Option("--document", help="Document id.")] = None,
    place: Annotated[str | None, typer.Option(
        "--place", help="District, commune or border gate named with the project.")] = None,
    form: Annotated[str | None, typer.Option("--form", help="BOT, BT, PPP, ODA ...")] = None,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="Reported on in a document dated on or after (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help="Reported on in a document dated on or before (ISO).")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Projects named across the documents, with their mentions and figures."""
    from ktxh.cli import _check_document, _date_bounds, _json, _session
    from ktxh.store.queries import list_projects

    lo, hi = _date_bounds(date_from, date_to)
    with _session(db) as s:
        if document is not None:
            _check_document(s, document)
        rows = list_projects(s, name=name, document_id=document, place=place, form=form,
                             date_from=lo, date_to=hi)
    if as_json:
        return _json(rows)
    _project_table(rows)


def _parse_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def correct_cmd(
    entity: Annotated[str, typer.Argument(help="document, task, figure, target, reference ...")],
    entity_id: Annotated[int, typer.Argument(metavar="ID")],
    field: Annotated[str, typer.Argument()],
    value: Annotated[str, typer.Argument(help="New value (JSON, or plain text).")],
    author: Annotated[str, typer.Option("--author", help="Who corrects.")] = "cli",
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Correct one extracted field by hand; the edit survives re-ingest."""
    from ktxh.cli import _fail, _json, _session, out
    from ktxh.store.corrections import add_correction, row_dict

    with _session(db) as s:
        try:
            c = add_correction(s, entity, entity_id, field, _parse_value(value), author, note)
        except ValueError as e:
            raise _fail(str(e), 2) from e
        data = row_dict(c)
    if as_json:
        return _json(data)
    out.print(f"{entity} {entity_id} {field}: {data['old_value']!r} → {data['new_value']!r}")


# in the order `ktxh --help` lists them
COMMANDS = {"docs": docs_cmd, "show": show_cmd, "search": search_cmd,
            "projects": projects_cmd, "correct": correct_cmd}


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""
    for name, fn in COMMANDS.items():
        app.command(name)(fn)
