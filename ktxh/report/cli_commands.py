"""`ktxh report KIND`: write a report file from the store (atomically).

Registered on the main app by :func:`register` (one line in :mod:`ktxh.cli`).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

KIND_HELP = ("chi-tieu | nhiem-vu | du-an (Excel); bao-cao-nhiem-vu | phu-luc-chi-tieu "
             "(Word); du-thao (md or docx)")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file next to ``path``, then rename it over ``path``:
    a reader never sees half a file, and a failure leaves no file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"bad date {value!r} (use YYYY-MM-DD)") from e


def report_cmd(
    kind: Annotated[str, typer.Argument(help=KIND_HELP)],
    period: Annotated[str | None, typer.Option(
        "--period", help="2024, 2024-Q1, 2024-H1, 2024-M9, 2024-03")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="Lead body (tasks).")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Status and data as of this date (YYYY-MM-DD).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="md or docx (du-thao).")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Database URL.")] = None,
) -> None:
    """Write a report (Excel, Word or a draft) from the store; exit code 1 when
    the selection is empty."""
    from ktxh.cli import _session
    from ktxh.report import KINDS, EmptySelection, render

    day = _as_of(as_of)
    if out is not None and fmt is None and out.suffix.lstrip(".") in ("md", "docx"):
        fmt = out.suffix.lstrip(".")
    with _session(db) as session:
        try:
            data, ext = render(session, kind, period, agency, day, fmt)
        except EmptySelection as e:
            typer.echo(str(e), err=True)
            raise typer.Exit(1) from e
        except ValueError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2) from e
    target = out or Path(f"{kind}-{(period or 'tat-ca').replace('/', '-')}.{ext}")
    write_atomic(target, data)
    typer.echo(f"{KINDS[kind].title}: {target} ({len(data):,} bytes)")


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)
