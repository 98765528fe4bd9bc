"""Many rows in few statements: ids chosen in the transaction, then one bulk insert.

The ids of a document's facts are needed before they are inserted (figures
point at project mentions, search passages at their facts), so they are
taken first, in one statement for every table:

- SQLite: the writer holds the database's write lock from its first insert
  to its commit, so ``max(id) + 1 ...`` are the very ids SQLite would choose;
- PostgreSQL: ``nextval`` of each table's sequence, safe with writers in
  parallel.

The rows then go in with one ``COPY`` per table (PostgreSQL) or one
``executemany`` (SQLite: the statement is prepared once), except into
SQLite's ``search_entries``: its full-text index is kept by a trigger, and
FTS5 writes its pending terms out as a new segment at every statement that
fires it, so one statement per passage made the index five times slower to
fill than multi-row ``INSERT ... VALUES (...), (...)`` statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

# SQLite tables with an insert trigger into the full-text index
_TRIGGERED = frozenset({"search_entries"})
# rows per multi-row statement (a power of two, see _chunks)
_MAX_ROWS = 256
# bound values per statement: SQLite's limit (999 before 3.32, 32766 since)
_MAX_VARIABLES = 30_000 if sqlite3.sqlite_version_info >= (3, 32) else 999


def _quoted(name: str) -> str:
    return f'"{name}"'


def allocate_ids(session: Session, counts: dict[str, int]) -> dict[str, list[int]]:
    """``counts[table]`` new ids for each table (ascending)."""
    wanted = {t: n for t, n in counts.items() if n > 0}
    out: dict[str, list[int]] = {t: [] for t in counts}
    if not wanted:
        return out
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        cols = ", ".join(f"(SELECT max(id) FROM {_quoted(t)})" for t in wanted)
        tops = session.execute(text(f"SELECT {cols}")).one()
        for (t, n), top in zip(wanted.items(), tops, strict=True):
            first = (top or 0) + 1
            out[t] = list(range(first, first + n))
        return out
    if dialect == "postgresql":
        parts, params = [], {}
        for i, (t, n) in enumerate(wanted.items()):
            params[f"t{i}"], params[f"n{i}"] = t, n
            parts.append(
                f"SELECT :t{i} AS t, nextval(pg_get_serial_sequence(:q{i}, 'id')) AS id "
                f"FROM generate_series(1, :n{i})")
            params[f"q{i}"] = _quoted(t)
        for t, new_id in session.execute(text(" UNION ALL ".join(parts)), params):
            out[t].append(new_id)
        for ids in out.values():
            ids.sort()
        return out
    raise NotImplementedError(f"bulk insert on {dialect}")


def insert_rows(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[tuple]
) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``) into ``table``."""
    if not rows:
        return
    names = ", ".join(_quoted(c) for c in columns)
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(
            f"COPY {_quoted(table)} ({names}) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)
        return
    one = f"({', '.join('?' * len(columns))})"
    if table not in _TRIGGERED:
        conn.exec_driver_sql(f"INSERT INTO {_quoted(table)} ({names}) VALUES {one}", list(rows))
        return
    at = 0
    for size in _chunks(len(rows), max(1, min(_MAX_ROWS, _MAX_VARIABLES // len(columns)))):
        part = rows[at : at + size]
        at += size
        values = tuple(v for row in part for v in row)
        conn.exec_driver_sql(
            f"INSERT INTO {_quoted(table)} ({names}) VALUES {', '.join([one] * size)}",
            values)


def _chunks(n: int, most: int) -> list[int]:
    """Statement sizes adding up to ``n``: ``most`` rows, then powers of two.

    Few distinct statements: the driver caches each (with its last values)
    by its text, so a statement of any size would pile up in memory.
    """
    sizes = [most] * (n // most)
    rest = n % most
    bit = 1 << rest.bit_length()
    while rest:
        bit >>= 1
        if rest & bit:
            sizes.append(bit)
            rest -= bit
    return sizes
