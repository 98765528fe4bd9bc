"""Command line: parse arguments, call the library, render table or JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ktxh import extract_file
from ktxh.cli_options import Db
from ktxh.extract.export import to_json
from ktxh.text.errors import ReadError

if TYPE_CHECKING:
    from ktxh.store import Store
    from ktxh.store.ingest import IngestSummary

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="ktxh: read provincial socio-economic documents.",
)
# Piped output (scripts, logs) gets wide tables instead of an 80-column squeeze.
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


@app.callback()
def root() -> None:
    """ktxh: read provincial socio-economic documents."""


@app.command("extract")
def extract_cmd(
    file: Annotated[Path, typer.Argument(help="A .txt, .md, .docx or .pdf document.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json or table")] = "table",
) -> None:
    """Extract one document (no database) and print the result."""
    try:
        ex = extract_file(file)
    except ReadError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    for problem in ex.problems:  # the other steps' records are still printed
        typer.echo(f"warning: {file}: extraction step {problem}", err=True)
    data = to_json(ex)
    if format == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        for key, value in data["document"].items():
            typer.echo(f"{key:12} {value}")
        for key in ("references", "figures", "targets", "tasks", "projects"):
            typer.echo(f"{key:12} {len(data[key])}")


# --- store commands -----------------------------------------------------------


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def _session(db: str | None) -> Iterator[Session]:
    """A session on the store; store errors become one line and exit code 2."""
    from ktxh.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as e:
        raise _fail(str(e), 2) from e
    try:
        with store.session() as session:
            yield session
            session.commit()
    except StoreError as e:
        raise _fail(str(e), 1) from e
    except SQLAlchemyError as e:
        reason = str(getattr(e, "orig", None) or e).splitlines()[0]
        raise _fail(f"database error: {reason}", 2) from e
    finally:
        store.close()


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def _cut(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


_WRAPPED = {"title", "action", "snippet", "quote", "name", "lead", "indicator", "file"}


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title, show_lines=False)
    for c in columns:
        # long words wrap; ids, numbers and dates stay whole
        wrapped = c in _WRAPPED
        table.add_column(c, no_wrap=not wrapped, overflow="fold" if wrapped else "ellipsis",
                         ratio=3 if wrapped else None)
    for r in rows:
        table.add_row(*(c if isinstance(c, Text) else _cut(c) for c in r))
    out.print(table)


def _shown_path(path: str) -> str:
    """A path relative to the current folder when it lies under it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (.txt .md .docx .pdf).")],
    db: Db = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Extract on a Dask cluster: tcp://HOST:PORT, local or local:N.",
    )] = None,
) -> None:
    """Read, extract and store documents; exit code 1 if any file failed."""
    from ktxh.config import get_settings
    from ktxh.store import StoreError, open_store

    try:
        settings = get_settings(database_url=db)
        store = open_store(settings.database_url)
    except StoreError as e:
        raise _fail(str(e), 2) from e
    try:
        summary = _ingest_with_progress(store, paths, jobs, cluster, settings.max_file_bytes)
    finally:
        store.close()
    _report_ingest(summary)
    if summary.failed:
        raise typer.Exit(1)


def _ingest_with_progress(store: Store, paths: list[Path], jobs: int, cluster: str | None,
                          max_bytes: int) -> IngestSummary:
    """Ingest with a progress bar on stderr (on a Dask ``cluster`` or in
    ``jobs`` processes), then the monitor's kept results brought up to date;
    the ingest summary."""
    from ktxh.store import ingest_paths

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        console=err, transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(result: Any, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total,
                       description=_cut(Path(result.path).name, 40))

        if cluster:
            from ktxh.store.distributed import ClusterError, ingest_distributed

            try:
                summary = ingest_distributed(store, paths, cluster, progress=progress,
                                             max_bytes=max_bytes)
            except ClusterError as e:
                raise _fail(str(e), 2) from e
        else:
            summary = ingest_paths(
                store, paths, jobs=jobs, progress=progress, max_bytes=max_bytes
            )
        if summary.ingested:
            from ktxh.monitor.kept import refresh_store

            bar.update(task, description="checking")
            refresh_store(store)  # the monitor's findings and conflicts, kept up to date
    return summary


def _report_ingest(summary: IngestSummary) -> None:
    """The ingest table and totals on stdout, warnings and failures on stderr."""
    _table(
        "ingest",
        ["file", "status", "document", "references", "figures", "targets", "tasks", "projects"],
        [
            [_shown_path(r.path), r.status, r.document_id or "",
             *(r.counts.get(k, "") for k in
               ("references", "figures", "targets", "tasks", "projects"))]
            for r in summary.results
        ],
    )
    out.print(
        f"{len(summary.ingested)} ingested, {len(summary.unchanged)} unchanged, "
        f"{len(summary.failed)} failed"
    )
    for r in summary.results:
        for warning in r.warnings:  # stored without what the failing step would have found
            typer.echo(f"{r.path}: warning: extraction step {warning}", err=True)
    for r in summary.failed:
        typer.echo(f"{r.path}: {r.reason}", err=True)


def _doc_label(d: dict[str, Any] | None) -> str:
    if not d:
        return ""
    return f"#{d['id']} {d.get('number') or ''}".strip()


def _date_opt(value: str | None, start: bool = False) -> dt.date | None:
    """A --from (``start``: the period's first day) or --to bound; None if unreadable."""
    if value is None:
        return None
    from ktxh.store.status import due_date, period_start

    return period_start(value) if start else due_date(value)


def _date_bounds(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, ...]:
    """--from and --to as dates (a period's first and last day); exit 2 if unreadable."""
    lo, hi = _date_opt(date_from, start=True), _date_opt(date_to)
    for raw, parsed in ((date_from, lo), (date_to, hi)):
        if raw and parsed is None:
            raise _fail(f"bad date {raw!r} (use YYYY-MM-DD, YYYY-MM or YYYY)", 2)
    return lo, hi


def _check_document(session: Session, doc_id: int) -> None:
    from ktxh.store.errors import NotFound
    from ktxh.store.tables import Document

    if session.get(Document, doc_id) is None:
        raise NotFound(f"no document with id {doc_id}")


from ktxh.store.cli_commands import register as _store  # noqa: E402

_store(app)  # docs, show, search, projects, correct (listed after ingest)

from ktxh.web.cli_commands import serve, user_app  # noqa: E402  (web commands)

app.add_typer(user_app, name="user")
app.command("serve")(serve)

from ktxh.monitor.cli_commands import register as _monitor  # noqa: E402

_monitor(app)  # targets, indicator, tasks (with statuses), update-task, check, findings


__import__("ktxh.report.cli_commands").report.cli_commands.register(app)  # ktxh report KIND


def main() -> None:
    app()
