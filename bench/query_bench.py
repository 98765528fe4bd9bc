"""Latency of the main list queries on a large store, and their query plans.

    python bench/query_bench.py [--db sqlite|postgresql] [--docs 20000]
                                [--figures 60] [--tasks 5] [--passages 10] [--runs 30]
                                [--url URL]   # query a store filled before

Rows are generated in bulk with direct inserts (no extraction): ``--docs``
documents with ``--figures``, ``--tasks`` and ``--passages`` (search
entries) each, i.e. 1.2 million figures by default. Prints p50/p95 per query
and the plan (EXPLAIN QUERY PLAN / EXPLAIN) of each dashboard query.
PostgreSQL needs ``KTXH_TEST_DATABASE_URL`` (``scripts/postgres.sh``).
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ingest_bench import fresh_url
from bench.make_corpus import AGENCIES, LEVELS, PROVINCES, RATES
from ktxh.store import Store, open_store, queries
from ktxh.store.search import search
from ktxh.store.tables import Base
from ktxh.text.normalize import strip_marks

TYPES = ("bao_cao", "ke_hoach", "thong_bao", "nghi_quyet", "quyet_dinh")
CHUNK = 20_000


def indicators() -> list[str]:
    """A few hundred distinct indicator names (base names × places)."""
    base = [name for name, *_ in LEVELS] + [name for name, *_ in RATES]
    return [f"{b} {p}" if i else b for b in base for i, p in enumerate(("", *PROVINCES[:10]))]


def period(rng: random.Random) -> str:
    year = rng.randint(2016, 2025)
    return rng.choice((str(year), f"{year}-Q{rng.randint(1, 4)}", f"{year}-H{rng.randint(1, 2)}"))


def fill(store: Store, args: argparse.Namespace, rng: random.Random) -> dict[str, int]:
    t = Base.metadata.tables
    names = indicators()
    body = ("Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - "
            "xã hội. ") * 40  # ~4 KB of text per document, never needed by lists
    now = dt.datetime.now(dt.UTC)
    counts = dict.fromkeys(("documents", "figures", "tasks", "search_entries"), 0)
    buffers: dict[str, list[dict[str, Any]]] = {k: [] for k in counts}

    def flush(conn: Any, force: bool = False) -> None:
        if not force and all(len(rows) < CHUNK for rows in buffers.values()):
            return
        for name, rows in buffers.items():  # documents first: the others refer to them
            if rows:
                conn.execute(insert(t[name]), rows)
                counts[name] += len(rows)
                rows.clear()

    with store.engine.begin() as conn:
        for d in range(1, args.docs + 1):
            y = rng.randint(2016, 2025)
            buffers["documents"].append(dict(
                id=d, sha256=f"{d:064x}", source_path=f"/kho/{d}.md", lineage=f"/kho/{d}.md",
                version=1, filename=f"{d}.md", format="md", number=f"{d}/BC-UBND",
                type=rng.choice(TYPES), date=dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
                .isoformat(),
                period=period(rng), title=f"Báo cáo số {d}", text=body, raw="", ingested_at=now,
                anchor=f"d{d}", recipients=[], distribution=[], warnings=[]))
            span = dict(document_id=d, quote="trích dẫn", start=0, end=10)
            for i in range(args.figures):
                buffers["figures"].append(dict(
                    **span, indicator=rng.choice(names), value=rng.uniform(0, 1e4), unit="%",
                    kind=rng.choice(("level", "change", "progress")), period=period(rng),
                    anchor=f"f{d}-{i}", estimate=False))
            for i in range(args.tasks):
                due = dt.date(rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28))
                lead, *support = rng.sample(AGENCIES, 3)
                buffers["tasks"].append(dict(
                    **span, kind="assignment", lead=lead, support=support, support_codes=[],
                    action="rà soát, tham mưu", deadline=due.isoformat(), due_date=due,
                    recurring=False, flags=[], anchor=f"t{d}-{i}"))
            for _ in range(args.passages):
                words = f"{rng.choice(names)} {rng.choice(AGENCIES)} đạt kết quả"
                buffers["search_entries"].append(dict(
                    document_id=d, entity_type="block", entity_id=None, start=0,
                    end=len(words), stripped=strip_marks(words)))
            flush(conn)
        flush(conn, force=True)
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return counts


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t0) * 1000)
    ms.sort()
    return statistics.median(ms), ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def plans(store: Store, fn: Callable[[Any], Any]) -> list[str]:
    """The plans of the SELECTs ``fn`` runs (captured, then explained)."""
    seen: list[tuple[str, Any]] = []

    def log(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "corrections" not in statement:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", log)
    try:
        with store.session() as s:
            fn(s)
    finally:
        event.remove(store.engine, "before_cursor_execute", log)
    pg = store.engine.dialect.name == "postgresql"
    out = []
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for stmt, params in seen:
            cur = raw.cursor()
            cur.execute(("EXPLAIN " if pg else "EXPLAIN QUERY PLAN ") + stmt, params)
            rows = cur.fetchall()
            lines = [r[0] for r in rows] if pg else [f"{'  ' * (r[1] > 0)}{r[3]}" for r in rows]
            out.append(" ".join(stmt.split())[:160] + "\n    " + "\n    ".join(lines))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="sqlite", choices=("sqlite", "postgresql"))
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--figures", type=int, default=60)
    ap.add_argument("--tasks", type=int, default=5)
    ap.add_argument("--passages", type=int, default=10)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--no-plans", action="store_true")
    ap.add_argument("--url", help="an already filled store to query (no fill)")
    args = ap.parse_args()
    rng = random.Random(7)
    if args.url:
        store = open_store(args.url)
    else:
        url = fresh_url(args.db, Path(tempfile.mkdtemp(prefix="ktxh-qbench-")))
        store = open_store(url)
        t0 = time.perf_counter()
        counts = fill(store, args, rng)
        print(f"{args.db}: filled {counts} in {time.perf_counter() - t0:.0f} s; "
              f"rerun with --url {store.url}")
    names = indicators()
    today = dt.date(2024, 6, 30)
    cases: dict[str, Callable[[Any], Any]] = {
        "documents, page 1 (50)": lambda s: queries.list_documents(s, limit=50),
        "documents, page 100 (50)": lambda s: queries.list_documents(s, limit=50, offset=4950),
        "documents by type, page 1": lambda s: queries.list_documents(s, type="ke_hoach",
                                                                      limit=50),
        "documents total": lambda s: queries.count_documents(s),
        "tasks, page 1 (100)": lambda s: queries.list_tasks(s, today=today, limit=100),
        "tasks due in 2024, page 1": lambda s: queries.list_tasks(
            s, today=today, date_from="2024-01-01", date_to="2024-12-31", limit=100),
        "tasks of one agency, page 1": lambda s: queries.list_tasks(
            s, today=today, agency="so tai chinh", limit=50),
        "tasks overdue, page 1": lambda s: queries.list_tasks(
            s, today=today, status="overdue", limit=50),
        "tasks total (SQL)": lambda s: queries.count_tasks(s, date_from="2024-01-01"),
        "figures by indicator (100)": lambda s: queries.list_figures(
            s, indicator=rng.choice(names), limit=100),
        "figures by indicator+period": lambda s: queries.list_figures(
            s, indicator=rng.choice(names), period="2024", limit=100),
        "figures by indicator, total": lambda s: queries.count_figures(
            s, indicator=rng.choice(names)),
        "search 'ty le ho ngheo'": lambda s: search(s, "tỷ lệ hộ nghèo"),
        "search 'so tai chinh' (phrase)": lambda s: search(s, '"sở tài chính"'),
    }
    print("| query | p50 ms | p95 ms | rows |\n|---|---|---|---|")
    for name, fn in cases.items():
        with store.session() as s:
            got = fn(s)
            p50, p95 = timed(lambda fn=fn, s=s: fn(s), args.runs)
        rows = got if isinstance(got, int) else len(got)
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {rows} |", flush=True)
    if not args.no_plans:
        for name in ("documents, page 1 (50)", "tasks due in 2024, page 1",
                     "tasks of one agency, page 1", "figures by indicator (100)",
                     "search 'ty le ho ngheo'"):
            print(f"\n### plan: {name}")
            for p in plans(store, cases[name]):
                print(p)
    store.close()


if __name__ == "__main__":
    main()
