"""Options shared by the command groups of the CLI (``ktxh/cli.py`` and the
``cli_commands`` modules of store, monitor, web and report)."""

from __future__ import annotations

from typing import Annotated

import typer

Db = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $KTXH_DATABASE_URL or sqlite:///ktxh.db)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for machine use.")]
