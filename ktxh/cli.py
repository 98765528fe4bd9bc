"""Command line: parse arguments, call the library, render table or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ktxh import extract_file
from ktxh.extract.export import to_json
from ktxh.text.errors import ReadError

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="ktxh: read provincial socio-economic documents.",
)


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
    data = to_json(ex)
    if format == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        for key, value in data["document"].items():
            typer.echo(f"{key:12} {value}")
        for key in ("references", "figures", "targets", "tasks", "projects"):
            typer.echo(f"{key:12} {len(data[key])}")


def main() -> None:
    app()
