"""Monitoring commands: targets, indicator, tasks, update-task, check, findings.

:func:`register` adds them to the ``ktxh`` app (one line in ``ktxh/cli.py``);
the store's plain ``tasks`` command is replaced by the one here, which keeps
its options and adds the four statuses as of a date. The shared helpers
(session, tables, JSON) are those of :mod:`ktxh.cli`, imported when a
command runs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from ktxh.cli_options import AsJson, Db

AsOf = Annotated[str | None, typer.Option("--as-of", help="Date to judge on (YYYY-MM-DD); "
                                                          "default today.")]

STATUS_HELP = ("hoan_thanh_dung_han, hoan_thanh_qua_han, chua_hoan_thanh_con_han, "
               "chua_hoan_thanh_qua_han, thuong_xuyen (or open, overdue, due_soon, done)")


def _cli() -> Any:
    from ktxh import cli

    return cli


# columns whose text wraps; the others stay on one line
WRAPPED = frozenset({"indicator", "target", "latest", "reasoning", "lead", "action", "quote",
                     "message", "status", "last update", "value", "document", "place"})


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        wrapped = c in WRAPPED
        table.add_column(c, no_wrap=not wrapped, overflow="fold",
                         ratio=(4 if c in ("reasoning", "message", "action", "quote") else 2)
                         if wrapped else None)
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    _cli().out.print(table)


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _cli()._fail(f"bad date {value!r} for {option} (use YYYY-MM-DD)", 2) from None


def _number(value: float | None) -> str:
    if value is None:
        return ""
    from ktxh.monitor.findings import vn_number

    return vn_number(value)


def _target_value(t: dict[str, Any]) -> str:
    text = _number(t["value"])
    if t.get("value_max") is not None:
        text += f" - {_number(t['value_max'])}"
    return f"{text} {t.get('unit') or ''}".strip()


def _amount(p: dict[str, Any]) -> str:
    est = " (ước)" if p.get("estimate") else ""
    return f"{_number(p['value'])} {p['unit']}{est}"


def _point(p: dict[str, Any] | None) -> str:
    if not p:
        return "—"
    return f"{p['period']}: {_amount(p)} [{p['document']}]"


def targets_cmd(as_of: AsOf = None, db: Db = None, as_json: AsJson = False) -> None:
    """Targets against the latest actuals found: status and reasoning."""
    from ktxh.monitor.register import target_board

    cli = _cli()
    day = _day(as_of, "--as-of")
    with cli._session(db) as s:
        rows = target_board(s, as_of=day)
    if as_json:
        return cli._json(rows)
    _table("targets", ["id", "indicator", "target", "period", "latest", "status", "reasoning"],
               [[t["id"], t["indicator_name"] or t["indicator"], _target_value(t),
                 t["period"] or "", _point(t["latest"]), t["status_label"],
                 t["reasoning"]] for t in rows])


def indicator_cmd(
    name: Annotated[str, typer.Argument(help="Catalog code or indicator name.")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """One indicator: values by period with their sources, and its targets."""
    from ktxh.monitor.register import indicator_view

    cli = _cli()
    with cli._session(db) as s:
        view = indicator_view(s, name)
    if as_json:
        return cli._json(view)
    ind = view["indicator"]
    cli.out.print(f"{ind['name']} ({ind['code']}, {ind['unit']})")
    _table("series", ["period", "kind", "value", "place", "document", "quote"],
           [[p["period"], p["kind"], _amount(p), p["place"] or "", p["document"], p["quote"]]
            for p in view["series"]])
    if view["targets"]:
        _table("targets", ["target", "period", "status", "reasoning"],
                   [[_target_value(t), t["period"] or "", t["status_label"], t["reasoning"]]
                    for t in view["targets"]])


def tasks_cmd(
    agency: Annotated[str | None, typer.Option("--agency", help="Lead or supporting body.")] = None,
    status: Annotated[str | None, typer.Option("--status", help=STATUS_HELP)] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue, not done.")] = False,
    due_soon: Annotated[bool, typer.Option("--due-soon", help="Only due within a week.")] = False,
    as_of: AsOf = None,
    document: Annotated[int | None, typer.Option("--document", help="Document id.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Due on or after (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Due on or before (ISO).")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Tasks assigned in the documents, with their status as of a date."""
    from ktxh.monitor.task_register import FILTERS, task_register

    cli = _cli()
    if status and status not in FILTERS:
        raise cli._fail(f"unknown status {status!r} (use {', '.join(FILTERS)})", 2)
    day = _day(as_of, "--as-of")
    lo, hi = cli._date_bounds(date_from, date_to)
    with cli._session(db) as s:
        if document is not None:
            cli._check_document(s, document)
        rows = task_register(s, as_of=day, agency=agency, status=status, overdue=overdue,
                             due_soon=due_soon, document_id=document, date_from=lo, date_to=hi)
    if as_json:
        return cli._json(rows)
    _table("tasks", ["id", "lead", "action", "deadline", "status", "last update", "document"],
               [[t["id"], t["lead_display"], t["action"],
                 t["deadline"] or ("thường xuyên" if t["recurring"] else ""),
                 t["status_label"] + (" (sắp đến hạn)" if t["due_soon"] else ""),
                 _update_text(t["last_update"]), cli._doc_label(t["document"])] for t in rows])


def _update_text(u: dict[str, Any] | None) -> str:
    return f"{u['date']} {u['status_label']}" if u else ""


def update_task_cmd(
    task_id: Annotated[int, typer.Argument(metavar="ID", help="Task id (see `ktxh tasks`).")],
    status: Annotated[str, typer.Option("--status", help="done, in_progress or not_started")],
    note: Annotated[str, typer.Option("--note", help="What was done.")] = "",
    date: Annotated[str | None, typer.Option("--date", help="Date of the update "
                                                            "(YYYY-MM-DD); default today.")] = None,
    author: Annotated[str, typer.Option("--author", help="Who reports.")] = "cli",
    evidence: Annotated[int | None, typer.Option("--evidence",
                                                 help="Id of the document that shows it.")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Record progress on a task; earlier updates are kept."""
    from ktxh.monitor.task_register import update_task

    cli = _cli()
    day = _day(date, "--date")
    with cli._session(db) as s:
        try:
            data = update_task(s, task_id, status, note, author, date=day,
                               evidence_document_id=evidence)
        except ValueError as e:
            raise cli._fail(str(e), 2) from e
    if as_json:
        return cli._json(data)
    cli.out.print(f"task {task_id}: {data['status_label']} ({data['date']}) → "
                  f"{data['task']['status_label']}")


def _findings_table(rows: list[dict[str, Any]], title: str, stored: bool = True) -> None:
    if not rows:
        _cli().out.print("no finding")
        return
    columns = ["severity", "code", *(["document"] if stored else []), "quote", "message"]
    _table(title, columns,
           [[f["severity"], f["code"],
             *([f.get("document_number") or ", ".join(map(str, f["document_ids"]))]
               if stored else []),
             " … ".join(s.get("quote", "") for s in f["spans"]), f["message"]]
            for f in rows])


def check_cmd(
    file: Annotated[Path, typer.Argument(help="A draft .txt, .md, .docx or .pdf.")],
    as_json: AsJson = False,
) -> None:
    """Check a draft for inconsistencies (nothing is stored); exit code 1 on an error."""
    from ktxh.monitor.findings import ERROR
    from ktxh.monitor.store_checks import check_file
    from ktxh.text.errors import ReadError

    cli = _cli()
    try:
        rows = check_file(file)
    except ReadError as e:
        raise cli._fail(str(e), 2) from e
    if as_json:
        cli._json(rows)
    else:
        _findings_table(rows, f"check: {file.name}", stored=False)
    if any(f["severity"] == ERROR for f in rows):
        raise typer.Exit(1)


def findings_cmd(
    document: Annotated[int | None, typer.Option("--document", help="Document id.")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Consistency findings on stored documents (all current ones, or one)."""
    from ktxh.monitor.store_checks import all_findings, document_findings

    cli = _cli()
    with cli._session(db) as s:
        rows = document_findings(s, document) if document is not None else all_findings(s)
    if as_json:
        return cli._json(rows)
    _findings_table(rows, "findings")


COMMANDS = {
    "targets": targets_cmd,
    "indicator": indicator_cmd,
    "tasks": tasks_cmd,
    "update-task": update_task_cmd,
    "check": check_cmd,
    "findings": findings_cmd,
}


def register(app: typer.Typer) -> None:
    """Add the monitoring commands to ``app``, replacing one of the same name."""
    app.registered_commands[:] = [
        c for c in app.registered_commands
        if (c.name or c.callback.__name__.removesuffix("_cmd")) not in COMMANDS
    ]
    for name, fn in COMMANDS.items():
        app.command(name)(fn)
