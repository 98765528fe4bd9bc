"""Full-text index: the only dialect-specific part of the store.

Both dialects index ``search_entries.stripped`` (text without diacritics,
same length as the original passage):

- SQLite: an FTS5 table ``search_fts`` with external content
  ``search_entries``, kept in step by triggers;
- PostgreSQL: a GIN index on ``to_tsvector('simple', stripped)``.

The migration calls :func:`create_index`; :func:`match` runs a query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ktxh.text.normalize import strip_marks

FTS_TABLE = "search_fts"
PG_INDEX = "ix_search_entries_tsv"

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(stripped, content='search_entries', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, stripped) VALUES (new.id, new.stripped); END",
    f"CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, stripped) "
    "VALUES ('delete', old.id, old.stripped); END",
)
_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
_PG_DDL = (
    f"CREATE INDEX {PG_INDEX} ON search_entries USING gin (to_tsvector('simple', stripped))",
)
_PG_DROP = (f"DROP INDEX IF EXISTS {PG_INDEX}",)


def create_index(conn: Connection) -> None:
    """Create the dialect's full-text index over ``search_entries``."""
    ddl = {"sqlite": _SQLITE_DDL, "postgresql": _PG_DDL}.get(conn.dialect.name, ())
    for stmt in ddl:
        conn.execute(text(stmt))


def drop_index(conn: Connection) -> None:
    drop = {"sqlite": _SQLITE_DROP, "postgresql": _PG_DROP}.get(conn.dialect.name, ())
    for stmt in drop:
        conn.execute(text(stmt))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Hide the index objects from Alembic's model comparison."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == PG_INDEX)


_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Query:
    """A user query: diacritic-free tokens, as a phrase or all required."""

    tokens: tuple[str, ...]
    phrase: bool = False

    @classmethod
    def parse(cls, query: str) -> Query:
        # `"ban lai"` in quotes asks for the words together
        stripped = query.strip()
        phrase = len(stripped) > 1 and stripped[0] == stripped[-1] == '"'
        return cls(tuple(_WORD.findall(strip_marks(stripped))), phrase)

    def fts5(self) -> str:
        quoted = [f'"{t}"' for t in self.tokens]
        return f'"{" ".join(self.tokens)}"' if self.phrase else " ".join(quoted)

    def postgres(self) -> tuple[str, str]:
        """(function, argument) for a tsquery."""
        fn = "phraseto_tsquery" if self.phrase else "plainto_tsquery"
        return fn, " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class Match:
    entry_id: int
    document_id: int
    entity_type: str
    entity_id: int | None
    start: int
    end: int
    stripped: str
    rank: float


# PostgreSQL ranks at most this many matches (see :func:`match`)
RANKED = 2000


def match(
    session: Session,
    query: Query,
    limit: int = 20,
    kinds: Sequence[str] = (),
    current_only: bool = True,
    ranked: int = RANKED,
) -> list[Match]:
    """Entries matching ``query``, best first.

    On PostgreSQL only the first ``ranked`` matches the index finds are
    ranked: words common to most passages would otherwise have every one
    of them ranked (and, for a phrase, its positions checked) on each
    query. The best ``limit`` of those are returned, so with more matches
    than ``ranked`` a better passage further on can be missed.
    """
    if not query.tokens:
        return []
    params: dict[str, object] = {"limit": limit}
    where = []
    if kinds:
        names = [f":k{i}" for i in range(len(kinds))]
        where.append(f"e.entity_type IN ({', '.join(names)})")
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
    if current_only:
        where.append(
            "e.document_id IN (SELECT id FROM documents WHERE superseded_by_id IS NULL)"
        )
    cols = 'e.id, e.document_id, e.entity_type, e.entity_id, e.start, e."end", e.stripped'
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        params["q"] = query.fts5()
        where.append(f"{FTS_TABLE} MATCH :q")
        sql = (
            f"SELECT {cols}, bm25({FTS_TABLE}) AS rank FROM {FTS_TABLE} "
            f"JOIN search_entries e ON e.id = {FTS_TABLE}.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY rank, e.id LIMIT :limit"
        )
    elif dialect == "postgresql":
        fn, params["q"] = query.postgres()
        params["ranked"] = max(ranked, limit)
        where.append("to_tsvector('simple', e.stripped) @@ q.q")
        found = (f"SELECT {cols} FROM search_entries e, {fn}('simple', :q) AS q(q) "
                 f"WHERE {' AND '.join(where)} LIMIT :ranked")
        sql = (
            f"SELECT e.*, -ts_rank(to_tsvector('simple', e.stripped), q.q) AS rank "
            f"FROM ({found}) AS e, {fn}('simple', :q) AS q(q) "
            f"ORDER BY rank, e.id LIMIT :limit"
        )
    else:
        raise NotImplementedError(f"full-text search on {dialect}")
    rows = session.execute(text(sql), params).all()
    return [Match(*row) for row in rows]
