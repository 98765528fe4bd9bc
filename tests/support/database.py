"""Databases for tests: SQLite files, or PostgreSQL when a server is given.

``scripts/postgres.sh`` starts a throw-away server and sets
``KTXH_TEST_DATABASE_URL``; every test that opens a store then gets a
database of its own on that server, so a module's filled store and a
test's empty one never share tables. Without the variable, stores are
SQLite files under the test's temporary folder.

Both backends hand out migrated databases, copied from a template that is
migrated once per run (a file copy on SQLite, ``CREATE DATABASE ...
TEMPLATE`` on PostgreSQL): running the migrations for every test is slow.
"""

from __future__ import annotations

import atexit
import functools
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine, make_url

from ktxh.store import open_store
from ktxh.store.tables import Document

ENV = "KTXH_TEST_DATABASE_URL"
_NAMES = itertools.count()


def server_url() -> str | None:
    """The PostgreSQL database named by ``KTXH_TEST_DATABASE_URL``, if set."""
    return os.environ.get(ENV) or None


def is_postgres(url: str) -> bool:
    return url.startswith("postgresql")


def _execute(statement: str) -> None:
    """Run a CREATE/DROP DATABASE statement on the server (outside a transaction)."""
    engine = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def _database_url(name: str) -> str:
    return make_url(server_url()).set(database=name).render_as_string(hide_password=False)


def _new_name() -> str:
    return f"ktxh_t{os.getpid()}_{next(_NAMES)}"


@functools.cache
def _template() -> str:
    """A migrated, empty database to copy: a SQLite path or a PostgreSQL name."""
    if server_url():
        name = _new_name()
        _execute(f'CREATE DATABASE "{name}"')
        open_store(_database_url(name)).close()
        return name
    folder = tempfile.mkdtemp(prefix="ktxh-template-")
    atexit.register(shutil.rmtree, folder, True)
    path = Path(folder) / "template.db"
    open_store(f"sqlite:///{path}").close()
    return str(path)


def empty_url(tmp_path: Path) -> str:
    """URL of a new database with no tables at all (for migration tests)."""
    if server_url():
        name = _new_name()
        _execute(f'CREATE DATABASE "{name}"')
        return _database_url(name)
    return f"sqlite:///{tmp_path / f'empty-{next(_NAMES)}.db'}"


def fresh_url(tmp_path: Path) -> str:
    """URL of a new, migrated, empty store of the backend under test."""
    return copy_url(_template_url(), tmp_path)


def _template_url() -> str:
    tpl = _template()
    return _database_url(tpl) if server_url() else f"sqlite:///{tpl}"


def copy_url(url: str, tmp_path: Path) -> str:
    """A new database holding a copy of the one at ``url`` (which must be closed)."""
    if is_postgres(url):
        name = _new_name()
        _execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"')
        return _database_url(name)
    path = tmp_path / f"ktxh-{next(_NAMES)}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(make_url(url).database, path)
    return f"sqlite:///{path}"


def doc_id(session, number: str) -> int:
    """The id of the current document with this number."""
    return session.scalars(select(Document.id).where(Document.number == number,
                                                     Document.superseded_by_id.is_(None))).one()


def sqlite_plan(engine: Engine, run: Callable[[], object], wanted: Callable[[str], bool]) -> str:
    """SQLite's query plan of the first statement ``run`` executes that
    ``wanted`` accepts, its steps joined by spaces."""
    seen: list[tuple[str, object]] = []

    def log(conn, cursor, statement, parameters, *args):  # type: ignore[no-untyped-def]
        if wanted(statement):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", log)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", log)
    with engine.connect() as conn:
        return " ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + seen[0][0], seen[0][1]))
