"""Alembic environment, configured from code (no alembic.ini): see ktxh.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from ktxh.store.fts import include_name
from ktxh.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kw: object) -> None:
    context.configure(target_metadata=target_metadata, include_name=include_name, **kw)


def _run(connection: Connection) -> None:
    _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
    else:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as fresh:
            _run(fresh)
        engine.dispose()
