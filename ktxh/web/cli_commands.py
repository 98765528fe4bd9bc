"""CLI: ``ktxh serve`` and ``ktxh user add|token`` (registered in :mod:`ktxh.cli`)."""

from __future__ import annotations

import sys
import time
from typing import Annotated

import typer
from sqlalchemy import func, select

from ktxh.cli_options import Db
from ktxh.store import StoreError, open_store
from ktxh.store.activity import User

user_app = typer.Typer(no_args_is_help=True, help="Accounts of the web dashboard and API.")


def _store(db: str | None):  # type: ignore[no-untyped-def]
    try:
        return open_store(db)
    except StoreError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option("--role", help="admin, editor or viewer")] = "viewer",
    agency: Annotated[str | None, typer.Option(
        "--agency", help="Agency code or name whose tasks an editor may update.")] = None,
    full_name: Annotated[str, typer.Option("--full-name")] = "",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from standard input.")] = False,
    db: Db = None,
) -> None:
    """Create an account."""
    from ktxh.web.auth import audit, create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = _store(db)
    try:
        with store.transaction() as session:
            user = create_user(session, name, password, role, agency, full_name)
            audit(session, "cli", "user_add", "user", user.id,
                  {"username": name, "role": role, "agency": agency})
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from err
    finally:
        store.close()
    typer.echo(f"user {name} ({role}) created")


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="Login name.")],
    label: Annotated[str, typer.Option("--name", help="What the token is for.")] = "cli",
    db: Db = None,
) -> None:
    """Issue an API token (printed once; only its digest is stored)."""
    from ktxh.web.auth import audit, issue_token

    store = _store(db)
    try:
        with store.transaction() as session:
            user = session.scalars(select(User).where(User.username == name)).first()
            if user is None:
                typer.echo(f"error: no user {name!r}", err=True)
                raise typer.Exit(1)
            token = issue_token(session, user, label)
            audit(session, "cli", "token_issue", "user", user.id, {"name": label})
    finally:
        store.close()
    typer.echo(token)


def serve(
    db: Db = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    refresh_every: Annotated[float, typer.Option(
        "--refresh-every", help="Seconds between the refresher's looks at the store.")] = 3.0,
    no_refresher: Annotated[bool, typer.Option(
        "--no-refresher", help="No refresher thread: the kept results are brought up to "
        "date before serving (in batches), then a request brings them up to date for a "
        "few changed documents.")] = False,
) -> None:
    """Serve the web dashboard and the JSON API at once; a refresher thread
    brings the monitor's kept results up to date in the background (after
    new rules in batches, progress printed) and keeps them, with the
    dashboard's lists, up to date."""
    import uvicorn

    from ktxh.web.app import create_app

    start = time.perf_counter()

    def progress(what: str) -> None:
        typer.echo(f"{what} ({time.perf_counter() - start:.0f} s)", err=True)

    try:
        app = create_app(db, progress=progress,
                         refresh_every=0 if no_refresher else refresh_every)
    except StoreError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    with app.state.store.session() as session:
        users = session.scalar(select(func.count()).select_from(User)) or 0
    if not users:
        typer.echo("No accounts yet. Create one with:\n"
                   "  ktxh user add admin --role admin --password-stdin <<< 'your-password'",
                   err=True)
    typer.echo(f"ktxh dashboard on http://{host}:{port}/  (API docs: /api/docs)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:  # also when the server stopped without its shutdown event
        if app.state.refresher is not None:
            app.state.refresher.stop()
