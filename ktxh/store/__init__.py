"""The register: documents and their facts in SQLite or PostgreSQL.

>>> store = open_store("sqlite://")      # doctest: +SKIP
>>> ingest_file(store, "bao-cao.md")     # doctest: +SKIP
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ktxh.store import migrate
from ktxh.store.errors import NotFound, StoreError


class Store:
    """An opened, migrated database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # write-ahead log: readers (the web pages) and the one writer (ingest) do
    # not block each other, and a commit appends to the log instead of
    # syncing a rollback journal and the database (fsync at checkpoints:
    # a power cut may lose the last commits, never the file's consistency)
    with suppress(sqlite3.OperationalError):  # locked by another connection, read-only
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as err:
        raise StoreError(f"bad database URL {url!r}: {err}") from err
    except ImportError as err:
        raise StoreError(f"no driver for {url!r}: {err}") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_store(url: str | None = None, upgrade: bool = True) -> Store:
    """Open the database at ``url`` (settings default) and migrate it to head."""
    if url is None:
        from ktxh.config import get_settings

        url = get_settings().database_url
    engine = make_engine(url)
    try:
        if upgrade:
            migrate.upgrade(engine)
        else:
            with engine.connect():
                pass
    except (SQLAlchemyError, CommandError) as err:
        # CommandError: the database is at a revision this code does not know
        engine.dispose()
        reason = str(getattr(err, "orig", None) or err).splitlines()[0]
        shown = engine.url.render_as_string(hide_password=True)
        raise StoreError(f"cannot open database {shown}: {reason}") from err
    return Store(engine)


from ktxh.store.ingest import IngestResult, IngestSummary, ingest_file, ingest_paths  # noqa: E402

__all__ = [
    "IngestResult",
    "IngestSummary",
    "NotFound",
    "Store",
    "StoreError",
    "ingest_file",
    "ingest_paths",
    "open_store",
]
